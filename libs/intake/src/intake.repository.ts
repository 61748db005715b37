import { Injectable } from '@nestjs/common';
import { type IntakeAssessmentRow, Prisma, PrismaService, type Tx } from '@oneplan/prisma';

export type { IntakeAssessmentRow };

/** Assessments of one person read at most: a person is assessed a few times in a program's life. */
export const MAX_ASSESSMENTS = 50;
export type NewIntakeAssessment = Omit<Prisma.IntakeAssessmentUncheckedCreateInput, 'id' | 'assessedAt' | 'outcome'>;

/** Intake assessments: the one writer of their table. */
@Injectable()
export class IntakeRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: NewIntakeAssessment): Promise<IntakeAssessmentRow> {
    return tx.intakeAssessment.create({ data });
  }

  /** The assessment, locked for the rest of the transaction (deciding, admitting and referring take it in turn). */
  async lock(tx: Tx, id: string): Promise<IntakeAssessmentRow | null> {
    const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "IntakeAssessment" WHERE "id" = ${id}::uuid FOR UPDATE`;
    return row ? tx.intakeAssessment.findUnique({ where: { id } }) : null;
  }

  update(tx: Tx, id: string, data: Prisma.IntakeAssessmentUncheckedUpdateInput): Promise<IntakeAssessmentRow> {
    return tx.intakeAssessment.update({ where: { id }, data });
  }

  findById(id: string): Promise<IntakeAssessmentRow | null> {
    return this.prisma.intakeAssessment.findUnique({ where: { id } });
  }

  /** A person's assessments, newest first (a person is assessed a few times at most). */
  ofPatient(patientId: string): Promise<IntakeAssessmentRow[]> {
    return this.prisma.intakeAssessment.findMany({ where: { patientId }, orderBy: [{ assessedAt: 'desc' }, { id: 'desc' }], take: MAX_ASSESSMENTS });
  }

  /** Referrals out this clinician made that nobody has checked on yet, soonest due first. */
  referralsToCheck(assessedById: string): Promise<IntakeAssessmentRow[]> {
    return this.prisma.intakeAssessment.findMany({
      where: { assessedById, outcome: 'REFERRED_OUT', referralCheckedAt: null },
      orderBy: [{ referralFollowUpDue: 'asc' }, { id: 'asc' }],
      take: MAX_ASSESSMENTS,
    });
  }

  patientOf(tx: Tx, patientId: string) {
    return tx.patient.findUnique({ where: { id: patientId }, select: { id: true, programId: true, firstName: true, lastName: true, recordNumber: true } });
  }

  /** The program's active admins, who hear of risk found at intake with the clinician who found it. */
  async programAdminIds(tx: Tx, programId: string): Promise<string[]> {
    return (await tx.staffMember.findMany({ where: { programId, discipline: 'PROGRAM_ADMIN', active: true }, select: { id: true } })).map((staff) => staff.id);
  }
}
