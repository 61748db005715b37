import { Injectable } from '@nestjs/common';
import type { PageWindow } from '@oneplan/graphql';
import { byTime, type ConsentRow, type DisclosureRow, planToExport, PrismaService, type Tx } from '@oneplan/prisma';

/** Consents oldest first; disclosures (the accounting) newest first. */
export const CONSENTS_ORDER = byTime<ConsentRow>('recordedAt', false);
export const DISCLOSURES_ORDER = byTime<DisclosureRow>('disclosedAt', true);

export type NewConsent = Omit<ConsentRow, 'id' | 'recordedAt' | 'revokedAt' | 'revokedById' | 'revocationReason'>;
export type NewDisclosure = Omit<DisclosureRow, 'id' | 'disclosedAt' | 'supportId'> & { supportId?: string };

/** Consents, the accounting of disclosures, and what an export of a plan reads. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: NewConsent): Promise<ConsentRow> {
    return tx.consent.create({ data });
  }

  /** A support of the patient the patient still names, for a consent naming them. */
  currentSupport(tx: Tx, patientId: string, supportId: string): Promise<{ name: string } | null> {
    return tx.support.findFirst({ where: { id: supportId, patientId, endedAt: null }, select: { name: true } });
  }

  findById(id: string): Promise<ConsentRow | null> {
    return this.prisma.consent.findUnique({ where: { id } });
  }

  revoke(tx: Tx, id: string, revokedById: string, reason: string): Promise<ConsentRow> {
    return tx.consent.update({ where: { id }, data: { revokedAt: new Date(), revokedById, revocationReason: reason } });
  }

  /** A patient's consents, oldest first. */
  ofPatient(patientId: string, tx: Tx = this.prisma): Promise<ConsentRow[]> {
    return tx.consent.findMany({ where: { patientId }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
  }

  recordDisclosure(tx: Tx, data: NewDisclosure): Promise<DisclosureRow> {
    return tx.disclosure.create({ data });
  }

  /** The accounting of disclosures, newest first. */
  consentsPage(patientId: string, window: PageWindow): Promise<ConsentRow[]> {
    return this.prisma.pageWhere('Consent', 'patientId', patientId, CONSENTS_ORDER, window);
  }

  countConsents(patientId: string): Promise<number> {
    return this.prisma.countWhere('Consent', 'patientId', patientId);
  }

  disclosuresPage(patientId: string, window: PageWindow): Promise<DisclosureRow[]> {
    return this.prisma.pageWhere('Disclosure', 'patientId', patientId, DISCLOSURES_ORDER, window);
  }

  countDisclosures(patientId: string): Promise<number> {
    return this.prisma.countWhere('Disclosure', 'patientId', patientId);
  }

  /** The patient's program time zone and plan to export (the open one, else the latest) with what an export may include. */
  async exportSource(patientId: string) {
    const patient = await this.prisma.patient.findUnique({
      where: { id: patientId },
      select: { program: { select: { timeZone: true } }, attendance: { include: { groupSession: { select: { startsAt: true, type: true } } } } },
    });
    const include = {
      problems: true,
      goals: { include: { objectives: true } },
      medicationChanges: true,
      measures: { orderBy: { administeredAt: 'asc' as const } },
      notes: { orderBy: { writtenAt: 'asc' as const } },
      safetyPlan: true,
    };
    const which = planToExport(patientId);
    const plan = (await this.prisma.treatmentPlan.findFirst({ where: which.open, include })) ?? (await this.prisma.treatmentPlan.findFirst({ ...which.latest, include }));
    return patient && { timeZone: patient.program.timeZone, attendance: patient.attendance, plan };
  }

  consentsByIds(ids: string[]): Promise<ConsentRow[]> {
    return this.prisma.rowsWhereIn<ConsentRow>('Consent', 'id', ids);
  }

  disclosuresByIds(ids: string[]): Promise<DisclosureRow[]> {
    return this.prisma.rowsWhereIn<DisclosureRow>('Disclosure', 'id', ids);
  }
}
