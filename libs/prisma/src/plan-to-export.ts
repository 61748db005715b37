import type { Prisma } from './generated/client.js';

/**
 * Which of a patient's plans an export discloses: the open one, else the latest closed one (a discharged
 * patient's record goes to the next provider). Callers read `open` first, then `latest`.
 */
export function planToExport(patientId: string): { open: Prisma.TreatmentPlanWhereInput; latest: { where: Prisma.TreatmentPlanWhereInput; orderBy: Prisma.TreatmentPlanOrderByWithRelationInput[] } } {
  return {
    open: { episode: { patientId }, status: { not: 'CLOSED' } },
    latest: { where: { episode: { patientId } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  };
}
