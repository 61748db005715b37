import { Injectable } from '@nestjs/common';
import { planToExport, PrismaService } from '@oneplan/prisma';

const STAFF = { select: { id: true, name: true, credentials: true, discipline: true } } as const;

/** What a FHIR export of a patient's plan (the open one, else the latest) reads: identity, program, team, the plan's content and the record around it. */
@Injectable()
export class FhirExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  async source(patientId: string) {
    const patient = await this.prisma.patient.findUnique({
      where: { id: patientId },
      include: { program: { include: { organization: true } }, attendance: { include: { groupSession: true }, orderBy: { recordedAt: 'asc' } } },
    });
    if (!patient) return null;
    const include = {
      episode: { include: { careTeam: { include: { staff: STAFF }, orderBy: { createdAt: 'asc' as const } } } },
      levelOfCareChanges: { orderBy: { changedAt: 'asc' as const } },
      problems: { orderBy: { createdAt: 'asc' as const } },
      goals: { include: { objectives: { orderBy: { createdAt: 'asc' as const } }, interventions: { orderBy: { createdAt: 'asc' as const } }, problems: true }, orderBy: { createdAt: 'asc' as const } },
      medicationChanges: { orderBy: { effectiveAt: 'asc' as const } },
      measures: { orderBy: { administeredAt: 'asc' as const } },
      sessions: { orderBy: { scheduledStart: 'asc' as const } },
      notes: { orderBy: { writtenAt: 'asc' as const } },
      safetyPlan: true,
      discharge: true,
    };
    const which = planToExport(patientId);
    const plan = (await this.prisma.treatmentPlan.findFirst({ where: which.open, include })) ?? (await this.prisma.treatmentPlan.findFirst({ ...which.latest, include }));
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
