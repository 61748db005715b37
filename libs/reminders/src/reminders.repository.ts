import { Injectable } from '@nestjs/common';
import { todayIn } from '@oneplan/care-team';
import type { OutboxRow } from '@oneplan/outbox';
import { Prisma, PrismaService } from '@oneplan/prisma';
import { patientLabel } from './patient-label.js';
import type { TeamMember } from './care-team-members.js';
import { PLAN_WITH_PATIENT, TEAM_IN_FORCE } from './plan-sql.js';
import { REMINDER_RULES, type ReminderContext } from './rules/index.js';
import type { SubjectRow } from './rules/reminder-rule.js';

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

/** Reads what a reminder rule needs about an outbox event, for the worker. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  async event(id: string): Promise<OutboxRow | null> {
    const [row] = await this.prisma.read<OutboxRow>(Prisma.sql`SELECT "id", "kind", "subjectId", "actorId" FROM "OutboxEvent" WHERE "id" = ${id}::uuid`);
    return row ?? null;
  }

  /**
   * The event's patient, plan, care team today and the details its rule's loader reads; null when its
   * subject no longer exists (or the event kind has no rule).
   */
  async context(event: OutboxRow): Promise<ReminderContext<unknown> | null> {
    const rule = REMINDER_RULES[event.kind as keyof typeof REMINDER_RULES];
    if (!rule) return null;
    const [subject] = await this.prisma.read<SubjectRow<Record<string, unknown>>>(rule.subject(event.subjectId));
    if (!subject) return null;
    const { planId, patientId, ...details } = subject;
    // One statement: every event is read on the worker's hot path (see PrismaService.read).
    const planFilter = planId ? Prisma.sql`p."id" = ${planId}::uuid` : Prisma.sql`e."patientId" = ${patientId}::uuid AND e."status" = 'OPEN' AND p."status" <> 'CLOSED'`;
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
      details,
    };
  }
}
