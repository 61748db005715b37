import { Injectable } from '@nestjs/common';
import { PrismaService } from '@oneplan/prisma';

const STAFF = { select: { id: true, name: true, credentials: true, discipline: true } } as const;

/** What a FHIR export of a patient's current plan reads: identity, program, team, the plan's content and the record around it. */
@Injectable()
export class FhirExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  async source(patientId: string) {
    const patient = await this.prisma.patient.findUnique({
      where: { id: patientId },
      include: { program: { include: { organization: true } }, attendance: { include: { groupSession: true }, orderBy: { recordedAt: 'asc' } } },
    });
    if (!patient) return null;
    const plan = await this.prisma.treatmentPlan.findFirst({
      where: { episode: { patientId }, status: { not: 'CLOSED' } },
      include: {
        episode: { include: { careTeam: { include: { staff: STAFF }, orderBy: { createdAt: 'asc' } } } },
        levelOfCareChanges: { orderBy: { changedAt: 'asc' } },
        problems: { orderBy: { createdAt: 'asc' } },
        goals: { include: { objectives: { orderBy: { createdAt: 'asc' } }, interventions: { orderBy: { createdAt: 'asc' } }, problems: true }, orderBy: { createdAt: 'asc' } },
        medicationChanges: { orderBy: { effectiveAt: 'asc' } },
        measures: { orderBy: { administeredAt: 'asc' } },
        sessions: { orderBy: { scheduledStart: 'asc' } },
        notes: { orderBy: { writtenAt: 'asc' } },
        safetyPlan: true,
      },
    });
    return { patient, plan };
  }

  /** Staff named by the exported records (authors, prescribers, facilitators), one statement. */
  staff(ids: string[]) {
    return this.prisma.staffMember.findMany({ where: { id: { in: ids } }, ...STAFF });
  }
}

export type FhirExportSource = NonNullable<Awaited<ReturnType<FhirExportRepository['source']>>>;
export type FhirPlan = NonNullable<FhirExportSource['plan']>;
export type FhirStaff = Awaited<ReturnType<FhirExportRepository['staff']>>[number];
