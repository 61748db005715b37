import { Injectable } from '@nestjs/common';
import { addDays, CareTeamRepository, todayIn } from '@oneplan/care-team';
import { BadUserInputError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { GroupsRepository } from '@oneplan/groups';
import { created, PlanRepository, PlanUnitOfWork, type RevisionDraft, TaskRepository, updated } from '@oneplan/plan';
import type { DischargePatientInput } from './dto/discharge.input.js';
import { dischargeSummary } from './discharge-summary.js';
import { type DischargeRow, DischargeRepository } from './discharge.repository.js';

const DAY_MS = 86_400_000;
/** The follow-up standard after a behavioral-health discharge: seen within 7 days. */
export const FOLLOW_UP_WITHIN_DAYS = 7;
/** Check-ins after discharge, when relapse risk is highest. */
const CHECK_INS = [7, 30];

/**
 * Discharge in one unit of work: refused while the plan has open tasks (listed, for reassignment first);
 * otherwise the discharge with its summary and aftercare plan is written, the plan closed and the episode
 * ended (the patient leaves every group roster), and the aftercare tasks opened for the primary therapist: the follow-up appointment, check-ins
 * at 7 and 30 days, and a call ahead of each trigger date in the 90 days after discharge.
 */
@Injectable()
export class DischargeService {
  constructor(
    private readonly careTeams: CareTeamRepository,
    private readonly discharges: DischargeRepository,
    private readonly groups: GroupsRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  discharge(actor: Actor, input: DischargePatientInput): Promise<DischargeRow> {
    const days = (input.followUpAt.getTime() - input.dischargeDate.getTime()) / DAY_MS;
    if (days < 0 || days >= FOLLOW_UP_WITHIN_DAYS + 1) throw new BadUserInputError('followUpAt', `Book the follow-up appointment within ${FOLLOW_UP_WITHIN_DAYS} days of discharge`);
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      if (input.dischargeDate > todayIn(scope.timeZone)) throw new BadUserInputError('dischargeDate', 'dischargeDate cannot be in the future');
      const open = await this.tasks.openOfPlan(scope.planId, tx);
      if (open.length) {
        const error = new RuleViolationError(`Reassign, finish or cancel the plan's ${open.length} open task(s) first`, 'planId');
        error.details.openTasks = open.map((task) => ({ taskId: task.id, title: task.title, ownerId: task.ownerId, dueDate: task.dueDate.toISOString().slice(0, 10) }));
        throw error;
      }
      const plan = (await this.plans.findPlan(scope.planId, tx))!;
      const record = await this.discharges.record(tx, scope.planId);
      const summary = dischargeSummary(record, input.dischargeDate);
      const discharge = await this.discharges.create(tx, {
        planId: scope.planId,
        episodeId: scope.episodeId,
        reason: input.reason,
        dischargeDate: input.dischargeDate,
        summary: input.summary,
        ...summary,
        triggerDates: summary.triggerDates.map(({ label, date }) => ({ label, date: date.toISOString().slice(0, 10) })),
        followUpAt: input.followUpAt,
        followUpWith: input.followUpWith,
        communitySupports: input.communitySupports,
        dischargedById: actor.staffId,
      });
      await this.plans.updateHeader(tx, plan.id, plan.version, { status: 'CLOSED' });
      await this.careTeams.dischargeEpisode(tx, scope.episodeId, input.dischargeDate);
      const leftGroups = await this.groups.endEnrollmentsOfPlan(tx, plan.id, input.dischargeDate);
      const owner = record.primaryTherapistId ?? actor.staffId;
      const aftercare = [
        {
          title: `Confirm the follow-up appointment with ${input.followUpWith} was kept`,
          dueDate: new Date(Date.UTC(input.followUpAt.getUTCFullYear(), input.followUpAt.getUTCMonth(), input.followUpAt.getUTCDate())),
        },
        ...CHECK_INS.map((after) => ({ title: `${after}-day check-in after discharge`, dueDate: addDays(input.dischargeDate, after) })),
        ...summary.triggerDates.map((trigger) => ({ title: `Reach out before a trigger date (${trigger.label})`, dueDate: addDays(trigger.date, -Math.min(trigger.leadTimeDays, 7)) })),
      ];
      const revisions: RevisionDraft[] = [
        created('Discharge', discharge.id, { reason: input.reason, dischargeDate: input.dischargeDate, followUpAt: input.followUpAt }, 'RECORDED'),
        ...updated('TreatmentPlan', plan.id, [{ field: 'status', from: JSON.stringify(plan.status), to: '"CLOSED"' }]),
        ...leftGroups.flatMap((row) => updated('GroupEnrollment', row.id, [{ field: 'untilDate', from: row.before && JSON.stringify(row.before), to: JSON.stringify(row.untilDate) }])),
      ];
      for (const task of aftercare) {
        const row = await this.tasks.create(tx, { planId: scope.planId, title: task.title.slice(0, 200), ownerId: owner, dueDate: task.dueDate, createdById: actor.staffId });
        revisions.push(created('Task', row.id, { title: row.title, dueDate: row.dueDate, ownerId: owner }));
      }
      return { value: discharge, revisions };
    });
  }
}
