import { Injectable } from '@nestjs/common';
import { membershipInForce, todayIn } from '@oneplan/care-team';
import { OutboxEventKind, type OutboxRow } from '@oneplan/outbox';
import { PrismaService } from '@oneplan/prisma';
import { patientLabel } from './patient-label.js';
import type { ReminderContext } from './reminder-rules.js';

type Where = { planId: string } | { patientId: string };
type Details = Pick<ReminderContext, 'measure' | 'phaseChange' | 'levelOfCareChange'>;

/** Reads what a reminder rule needs about an outbox event, for the worker. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  event(id: string): Promise<OutboxRow | null> {
    return this.prisma.outboxEvent.findUnique({ where: { id }, select: { id: true, kind: true, subjectId: true, actorId: true } }) as Promise<OutboxRow | null>;
  }

  /** The event's patient, plan, care team today and details; null when its subject no longer exists. */
  async context(event: OutboxRow): Promise<ReminderContext | null> {
    const found = await this.subjectOf(event);
    if (!found) return null;
    const { where, details } = found;
    const plan = await this.prisma.treatmentPlan.findFirst({
      where: 'planId' in where ? { id: where.planId } : { status: { not: 'CLOSED' }, episode: { patientId: where.patientId, status: 'OPEN' } },
      select: { id: true, episodeId: true, episode: { select: { patient: { select: { id: true, firstName: true, lastName: true, recordNumber: true } }, program: { select: { timeZone: true } } } } },
    });
    if (!plan) return null;
    const today = todayIn(plan.episode.program.timeZone);
    const [team, actor] = await Promise.all([
      this.prisma.careTeamMember.findMany({ where: { episodeId: plan.episodeId, ...membershipInForce(today) }, select: { staffId: true, role: true } }),
      event.actorId ? this.prisma.staffMember.findUnique({ where: { id: event.actorId }, select: { name: true } }) : null,
    ]);
    const { patient } = plan.episode;
    return {
      kind: event.kind,
      eventId: event.id,
      subjectId: event.subjectId,
      actorId: event.actorId,
      actorName: actor?.name ?? 'A colleague',
      patientId: patient.id,
      patientLabel: patientLabel(patient),
      planId: plan.id,
      today,
      team,
      ...details,
    };
  }

  private async subjectOf(event: OutboxRow): Promise<{ where: Where; details: Details } | null> {
    const id = event.subjectId;
    switch (event.kind) {
      case OutboxEventKind.MedicationChanged: {
        const row = await this.prisma.medicationChange.findUnique({ where: { id }, select: { planId: true } });
        return row && { where: { planId: row.planId }, details: {} };
      }
      case OutboxEventKind.PhaseChanged: {
        const row = await this.prisma.phaseChange.findUnique({ where: { id }, select: { planId: true, toPhase: true } });
        return row && { where: { planId: row.planId }, details: { phaseChange: { toPhase: row.toPhase } } };
      }
      case OutboxEventKind.LevelOfCareChanged: {
        const row = await this.prisma.levelOfCareChange.findUnique({ where: { id }, select: { planId: true, toLevel: true, referralTo: true } });
        return row && { where: { planId: row.planId }, details: { levelOfCareChange: { toLevel: row.toLevel, referralTo: row.referralTo } } };
      }
      case OutboxEventKind.OutcomeMeasureRecorded: {
        const row = await this.prisma.outcomeMeasure.findUnique({ where: { id }, select: { planId: true, type: true, score: true, selfHarmItem: true, administeredAt: true } });
        if (!row) return null;
        const previous = await this.prisma.outcomeMeasure.findFirst({
          where: { planId: row.planId, type: row.type, administeredAt: { lt: row.administeredAt } },
          orderBy: { administeredAt: 'desc' },
          select: { score: true },
        });
        return { where: { planId: row.planId }, details: { measure: { type: row.type, score: row.score, selfHarmItem: row.selfHarmItem, previousScore: previous?.score ?? null } } };
      }
      case OutboxEventKind.EmergencyAccessOpened: {
        const row = await this.prisma.breakGlassAccess.findUnique({ where: { id }, select: { patientId: true } });
        return row && { where: { patientId: row.patientId }, details: {} };
      }
      case OutboxEventKind.ConsentRevoked: {
        const row = await this.prisma.consent.findUnique({ where: { id }, select: { patientId: true } });
        return row && { where: { patientId: row.patientId }, details: {} };
      }
      case OutboxEventKind.NotificationCreated:
        return null;
    }
  }
}
