import { Injectable } from '@nestjs/common';
import { todayIn } from '@oneplan/care-team';
import { OutboxEventKind, type OutboxRow } from '@oneplan/outbox';
import { Prisma, PrismaService } from '@oneplan/prisma';
import { patientLabel } from './patient-label.js';
import type { TeamMember } from './care-team-members.js';
import { PLAN_WITH_PATIENT, TEAM_IN_FORCE } from './plan-sql.js';
import type { ReminderContext } from './reminder-rules.js';

type Where = { planId: string } | { patientId: string };

interface PlanContextRow {
  planId: string;
  patientId: string;
  firstName: string;
  lastName: string;
  recordNumber: string;
  timeZone: string;
  actorName: string | null;
  team: TeamMember[];
}
type Details = Pick<ReminderContext, 'measure' | 'phaseChange' | 'levelOfCareChange'>;

/** Reads what a reminder rule needs about an outbox event, for the worker. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async event(id: string): Promise<OutboxRow | null> {
    const [row] = await this.prisma.read<OutboxRow>(Prisma.sql`SELECT "id", "kind", "subjectId", "actorId" FROM "OutboxEvent" WHERE "id" = ${id}::uuid`);
    return row ?? null;
  }

  /** The event's patient, plan, care team today and details; null when its subject no longer exists. */
  async context(event: OutboxRow): Promise<ReminderContext | null> {
    const found = await this.subjectOf(event);
    if (!found) return null;
    const { where, details } = found;
    // One statement: every event is read on the worker's hot path (see PrismaService.read).
    const planFilter = 'planId' in where
      ? Prisma.sql`p."id" = ${where.planId}::uuid`
      : Prisma.sql`e."patientId" = ${where.patientId}::uuid AND e."status" = 'OPEN' AND p."status" <> 'CLOSED'`;
    const [plan] = await this.prisma.read<PlanContextRow>(Prisma.sql`
      SELECT p."id" AS "planId", pa."id" AS "patientId", pa."firstName", pa."lastName", pa."recordNumber", pr."timeZone",
             (SELECT "name" FROM "StaffMember" WHERE "id" = ${event.actorId}::uuid) AS "actorName",
             ${TEAM_IN_FORCE} AS "team"
      FROM ${PLAN_WITH_PATIENT}
      WHERE ${planFilter} LIMIT 1`);
    if (!plan) return null;
    return {
      kind: event.kind,
      eventId: event.id,
      subjectId: event.subjectId,
      actorId: event.actorId,
      actorName: plan.actorName ?? 'A colleague',
      patientId: plan.patientId,
      patientLabel: patientLabel(plan),
      planId: plan.planId,
      today: todayIn(plan.timeZone),
      team: plan.team,
      ...details,
    };
  }

  private async subjectOf(event: OutboxRow): Promise<{ where: Where; details: Details } | null> {
    const id = event.subjectId;
    switch (event.kind) {
      case OutboxEventKind.MedicationChanged: {
        const [row] = await this.prisma.read<{ planId: string }>(Prisma.sql`SELECT "planId" FROM "MedicationChange" WHERE "id" = ${id}::uuid`);
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
