import { Injectable } from '@nestjs/common';
import { membershipInForce, programToday, taskPatients } from '@oneplan/access';
import type { PageWindow } from '@oneplan/graphql';
import { type Keyset, Prisma, PrismaService, type TaskRow, type Tx, isAnyOf } from '@oneplan/prisma';

/** Soonest due first. */
export const TASKS_ORDER: Keyset<TaskRow> = {
  columns: [
    { sql: '"dueDate"', cast: 'date' },
    { sql: '"id"', cast: 'uuid' },
  ],
  descending: false,
  valuesOf: (row) => [row.dueDate.toISOString().slice(0, 10), row.id],
};

export type TaskFields = Pick<TaskRow, 'status' | 'ownerId' | 'dueDate' | 'completedAt'>;

/**
 * What a task a reminder created asks for; its key starts with this, so the change that does it can
 * close it in the same transaction.
 */
export enum ReminderTaskPurpose {
  PlanReview = 'plan-review',
  SafetyPlanReview = 'safety-plan-review',
  MissedGroups = 'missed-groups',
}

/** What a task an intake assessment raises asks for (its key starts with this), before there is a plan. */
export enum IntakeTaskPurpose {
  /** Shares the plan's safety-plan purpose: once on a plan, recording the safety plan closes it like the plan's own. */
  SafetyCheck = 'safety-plan-review',
  ReferralArrival = 'referral-arrival',
}

/** The key of an intake task: purpose, assessment, owner. */
export const intakeTaskKey = (purpose: IntakeTaskPurpose, assessmentId: string, ownerId: string) => `${purpose}:intake:${assessmentId}:${ownerId}`;

/** The key of a reminder's task: purpose, plan, what it is about, owner. */
export function reminderTaskKey(purpose: ReminderTaskPurpose, planId: string, about: string, ownerId: string): string {
  return `${purpose}:${planId}:${about}:${ownerId}`;
}

/** A reminder's task closed by the change that did what it asked. */
export interface ClosedReminderTask {
  id: string;
  planId: string;
  /** Its status before. */
  from: string;
}

/** A task a reminder opens, once per key however often the reminder is delivered. */
export interface ReminderTaskToOpen {
  planId: string;
  title: string;
  ownerId: string;
  dueDate: Date;
  createdById: string;
  reminderKey: string;
}

/**
 * The open tasks of staff members as their task lists show them (with each task's patient): on the plans of
 * patients whose care team the owner is on today (a task outlives its owner's place on the team, but is
 * then no longer theirs to see), and those an intake assessment raised before there was a plan, while the
 * owner works in its program. A closed plan's open tasks are its aftercare (discharge refuses while others
 * are open).
 */
export function openTasksOf(staffIds: string[]): Prisma.Sql {
  return Prisma.sql`SELECT t.*, e."patientId" FROM "Task" t JOIN "TreatmentPlan" p ON p."id" = t."planId" JOIN "Episode" e ON e."id" = p."episodeId" JOIN "Program" pr ON pr."id" = e."programId"
      WHERE t."ownerId" ${isAnyOf(staffIds)} AND t."status" IN ('OPEN', 'IN_PROGRESS') AND EXISTS (
        SELECT 1 FROM "CareTeamMember" m WHERE m."episodeId" = e."id" AND m."staffId" = t."ownerId" AND ${membershipInForce('m', programToday('pr."timeZone"'))})
      UNION ALL
      SELECT t.*, a."patientId" FROM "Task" t JOIN "IntakeAssessment" a ON a."id" = t."assessmentId" JOIN "StaffMember" s ON s."id" = t."ownerId"
      WHERE t."ownerId" ${isAnyOf(staffIds)} AND t."planId" IS NULL AND t."status" IN ('OPEN', 'IN_PROGRESS') AND s."programId" = a."programId" AND s."active"`;
}

/** The one writer of the Task table: clinicians' tasks and the tasks reminders open and close. */
@Injectable()
export class TaskRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each plan's tasks (a nested connection). */
  readonly tasksOfPlans = this.prisma.listUnder('tasks.ofPlan', 'Task', 'planId', TASKS_ORDER);

  /** A page of a staff member's open tasks (see openTasksOf), soonest due first. */
  openTasksOfPage(staffId: string, window: PageWindow): Promise<Array<TaskRow & { patientId: string }>> {
    return this.prisma.keysetPage(Prisma.sql`SELECT * FROM (${openTasksOf([staffId])}) x WHERE true`, TASKS_ORDER as Keyset<TaskRow & { patientId: string }>, window);
  }

  countOpenTasksOf(staffId: string): Promise<number> {
    return this.prisma.countOf(Prisma.sql`FROM (${openTasksOf([staffId])}) x`);
  }

  findById(id: string, tx: Tx = this.prisma): Promise<TaskRow | null> {
    return tx.task.findUnique({ where: { id } });
  }

  /** Open and in-progress tasks of a plan, soonest due first. */
  openOfPlan(planId: string, tx: Tx = this.prisma): Promise<TaskRow[]> {
    return tx.task.findMany({ where: { planId, status: { in: ['OPEN', 'IN_PROGRESS'] } }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
  }

  create(tx: Tx, data: { planId: string; title: string; ownerId: string; dueDate: Date; goalId?: string; individualSessionId?: string; createdById: string; templateId?: string }): Promise<TaskRow> {
    return tx.task.create({ data });
  }

  async update(tx: Tx, id: string, expectedVersion: number, data: Partial<TaskFields>): Promise<boolean> {
    const { count } = await tx.task.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  /** Opens the tasks not opened yet (by key); returns each key's task and whether this call created it. */
  async openReminderTasks(tx: Tx, tasks: ReminderTaskToOpen[]): Promise<Map<string, { id: string; created: boolean }>> {
    const opened = new Map<string, { id: string; created: boolean }>();
    if (tasks.length === 0) return opened;
    // One array per column: the statement's text and parameters are the same at any number of tasks.
    const column = <K extends keyof ReminderTaskToOpen>(key: K) => tasks.map((task) => task[key]);
    const created = await tx.$queryRaw<Array<{ id: string; reminderKey: string }>>`
      INSERT INTO "Task" ("id", "planId", "title", "ownerId", "dueDate", "createdById", "reminderKey")
      SELECT gen_random_uuid(), t.*
      FROM unnest(${column('planId')}::uuid[], ${column('title')}::text[], ${column('ownerId')}::uuid[], ${tasks.map((task) => task.dueDate.toISOString().slice(0, 10))}::date[],
        ${column('createdById')}::uuid[], ${column('reminderKey')}::text[]) t
      ON CONFLICT ("reminderKey") DO NOTHING
      RETURNING "id", "reminderKey"`;
    for (const task of created) opened.set(task.reminderKey, { id: task.id, created: true });
    const others = tasks.map((task) => task.reminderKey).filter((key) => !opened.has(key));
    if (others.length === 0) return opened;
    // Opened before (read after the INSERT, so a task another transaction committed meanwhile is found too).
    const existing = await tx.$queryRaw<Array<{ id: string; reminderKey: string }>>`SELECT "id", "reminderKey" FROM "Task" WHERE "reminderKey" = ANY(${others}::text[])`;
    for (const task of existing) opened.set(task.reminderKey, { id: task.id, created: false });
    return opened;
  }

  /** Closes the open tasks reminders created for a purpose once the act they ask for is recorded. */
  closeReminderTasks(tx: Tx, planIds: string[], purpose: ReminderTaskPurpose): Promise<ClosedReminderTask[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.prisma.readIn<ClosedReminderTask>(
      tx,
      Prisma.sql`
      UPDATE "Task" t SET "status" = 'DONE', "completedAt" = now() AT TIME ZONE 'UTC', "version" = t."version" + 1
      FROM (SELECT "id", "status" FROM "Task" WHERE "planId" ${isAnyOf(planIds)} AND "status" IN ('OPEN', 'IN_PROGRESS')
              AND "reminderKey" LIKE ${`${purpose}:%`} FOR UPDATE) before
      WHERE t."id" = before."id"
      RETURNING t."id", t."planId", before."status"::text AS "from"`,
    );
  }

  /** Opens the task an intake assessment raises before there is a plan, once per key. */
  async openIntakeTask(tx: Tx, data: { assessmentId: string; title: string; ownerId: string; dueDate: Date; createdById: string; reminderKey: string }): Promise<TaskRow> {
    const [created] = await tx.task.createManyAndReturn({ data: [data], skipDuplicates: true });
    return created ?? (await tx.task.findUniqueOrThrow({ where: { reminderKey: data.reminderKey } }));
  }

  /** Closes an assessment's open tasks raised for a purpose (before admission), returning them. */
  closeIntakeTasks(tx: Tx, assessmentId: string, purpose: IntakeTaskPurpose): Promise<TaskRow[]> {
    return tx.$queryRaw<TaskRow[]>`
      UPDATE "Task" SET "status" = 'DONE', "completedAt" = now() AT TIME ZONE 'UTC', "version" = "version" + 1
      WHERE "assessmentId" = ${assessmentId}::uuid AND "planId" IS NULL AND "status" IN ('OPEN', 'IN_PROGRESS') AND "reminderKey" LIKE ${`${purpose}:%`}
      RETURNING *`;
  }

  /**
   * On admission: the assessment's open tasks move onto the new plan; an owner who is not on its care team
   * hands theirs to the primary therapist. Returns each task moved with its owner before.
   */
  moveIntakeTasksToPlan(tx: Tx, assessmentId: string, planId: string, team: string[], primaryTherapistId: string): Promise<Array<{ id: string; fromOwnerId: string; ownerId: string }>> {
    return tx.$queryRaw`
      UPDATE "Task" t SET "planId" = ${planId}::uuid, "version" = t."version" + 1,
        "ownerId" = CASE WHEN t."ownerId" ${isAnyOf(team)} THEN t."ownerId" ELSE ${primaryTherapistId}::uuid END
      FROM (SELECT "id", "ownerId" FROM "Task" WHERE "assessmentId" = ${assessmentId}::uuid AND "planId" IS NULL AND "status" IN ('OPEN', 'IN_PROGRESS') FOR UPDATE) before
      WHERE t."id" = before."id"
      RETURNING t."id", before."ownerId" AS "fromOwnerId", t."ownerId"`;
  }

  /** Each task's patient: through its plan, or through the intake assessment that raised it. */
  patientsOfTasks(ids: string[]): Promise<Array<{ id: string; patientId: string }>> {
    return this.prisma.read(taskPatients(ids));
  }

  tasksByIds(ids: string[]): Promise<TaskRow[]> {
    return this.prisma.rowsWhereIn<TaskRow>('Task', 'id', ids);
  }
}
