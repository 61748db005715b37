import { Injectable } from '@nestjs/common';
import { CareTeamRepository } from '@oneplan/care-team';
import { BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import { type Actor, type ConnectionOf, pageWindow, toConnection } from '@oneplan/graphql';
import { type OutboxEntry, OutboxEventKind } from '@oneplan/outbox';
import { type LevelOfCare, type LevelOfCareChangeRow, type PhaseChangeRow, PrismaErrorCode, prismaErrorCode, type TreatmentPlanRow, type Tx } from '@oneplan/prisma';
import { addDays, todayIn } from '@oneplan/care-team';
import type { CaseloadArgs, ChangeLevelOfCareInput, ChangePhaseInput, CreateTreatmentPlanInput, UpdateTreatmentPlanInput } from './dto/treatment-plan.input.js';
import { PlanContentRepository } from './plan-content.repository.js';
import { CASELOAD_ORDERS, type CaseloadPlan, type PlanHeader, PlanRepository } from './plan.repository.js';
import { DEFAULT_CRISIS_LINES, missingSafetyPlanSections } from './safety-plan.rules.js';
import { ReminderTaskPurpose, TaskRepository } from './task.repository.js';
import { closedTasks, created, PlanUnitOfWork, type RevisionDraft, updated } from './unit-of-work.js';
import { applyVersionedEdit } from './versioned-edit.js';
import { orderedRatings } from './level-of-care.js';

/** A header edit: the plan after it, and the record a phase or level-of-care change wrote. */
export interface HeaderChange<C> {
  plan: TreatmentPlanRow;
  change?: C;
}

/** Review cadence in days when a program sets none for a level of care. */
export const DEFAULT_REVIEW_CADENCE_DAYS: Record<LevelOfCare, number> = { PHP: 14, IOP: 30, VIRTUAL_IOP: 30 };

@Injectable()
export class PlanService {
  constructor(
    private readonly careTeams: CareTeamRepository,
    private readonly content: PlanContentRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  async createPlan(actor: Actor, input: CreateTreatmentPlanInput): Promise<TreatmentPlanRow> {
    const [episode] = await this.careTeams.episodesByIds([input.episodeId]);
    if (!episode) throw new NotFoundError('Episode', 'episodeId');
    if (episode.status !== 'OPEN') throw new RuleViolationError('The episode of care is closed', 'episodeId');
    let revision: RevisionDraft;
    const createIt = async (tx: Tx) => {
      const made = await this.createPlanIn(tx, actor, episode, input.levelOfCare);
      revision = made.revision;
      return made.plan.id;
    };
    try {
      return await this.work.change(actor, createIt, async ({ tx, scope }) => ({ value: (await this.plans.findPlan(scope.planId, tx))!, revisions: [revision] }));
    } catch (error) {
      if (prismaErrorCode(error) === PrismaErrorCode.UniqueConstraintFailed) {
        throw new BadUserInputError('episodeId', 'The episode already has an open treatment plan');
      }
      throw error;
    }
  }

  /**
   * Creates an episode's plan in a transaction the caller runs (under the unit of work's target, as
   * createPlan and an imported patient's first plan do): the program's level of care unless named, its
   * review cadence, the default crisis lines. Returns the plan and its revision.
   */
  async createPlanIn(tx: Tx, actor: Actor, episode: { id: string; programId: string }, level?: LevelOfCare | null): Promise<{ plan: TreatmentPlanRow; revision: RevisionDraft }> {
    const [program] = await this.careTeams.programsByIds([episode.programId], tx);
    const levelOfCare = level ?? program.levelOfCare;
    const reviewCadenceDays = (await this.plans.reviewCadenceDays(program.id, levelOfCare, tx)) ?? DEFAULT_REVIEW_CADENCE_DAYS[levelOfCare];
    const nextReviewDate = addDays(todayIn(program.timeZone), reviewCadenceDays);
    const fields = { levelOfCare, reviewCadenceDays, nextReviewDate };
    const plan = await this.plans.createPlan(tx, { episodeId: episode.id, ...fields, createdById: actor.staffId }, DEFAULT_CRISIS_LINES);
    return { plan, revision: created('TreatmentPlan', plan.id, { status: plan.status, ...fields, phase: plan.phase }) };
  }

  async updatePlan(actor: Actor, input: UpdateTreatmentPlanInput): Promise<TreatmentPlanRow> {
    const { planId, expectedVersion, reason, ...patch } = input;
    return (await this.editHeader(actor, planId, expectedVersion, patch, reason, async () => undefined)).plan;
  }

  async changePhase(actor: Actor, input: ChangePhaseInput): Promise<HeaderChange<PhaseChangeRow>> {
    return this.editHeader(actor, input.planId, input.expectedVersion, { phase: input.phase }, input.reason, async (tx, current) => {
      if (current.phase === input.phase) throw new BadUserInputError('phase', `The plan is already in ${input.phase}`);
      if (input.phase === 'TRAUMA_PROCESSING') {
        const missing = missingSafetyPlanSections(await this.content.safetyPlanOf(current.id, tx)).map((section) => `safety plan: ${section}`);
        if (!(await this.plans.hasReadinessNote(current.id, tx))) missing.push('a readiness note');
        if (missing.length) {
          throw new RuleViolationError(`Trauma processing needs stabilization first; missing: ${missing.join(', ')}`, 'phase', missing);
        }
      }
      return async () => {
        const change = await this.plans.createPhaseChange(tx, { planId: current.id, fromPhase: current.phase, toPhase: input.phase, reason: input.reason, changedById: actor.staffId });
        return { change, event: { kind: OutboxEventKind.PhaseChanged, subjectId: change.id } };
      };
    });
  }

  async changeLevelOfCare(actor: Actor, input: ChangeLevelOfCareInput): Promise<HeaderChange<LevelOfCareChangeRow>> {
    if (Boolean(input.toLevel) === Boolean(input.referralTo)) {
      throw new BadUserInputError('toLevel', 'Give either toLevel or referralTo');
    }
    // A step down or up is justified by a short re-assessment; a referral out may be urgent, so it may go without one.
    const ratings = input.toLevel || input.ratings.length ? orderedRatings(input.ratings) : { ordered: [] };
    if ('missing' in ratings) {
      const rule = input.toLevel ? 'A step down or up needs its re-assessment: rate all six ASAM dimensions' : 'Rate all six ASAM dimensions, or none';
      throw new BadUserInputError('ratings', `${rule}; missing: ${ratings.missing.join(', ')}`);
    }
    const [plan] = await this.plans.plansByIds([input.planId]);
    if (!plan) throw new NotFoundError('TreatmentPlan', 'planId');
    const [episode] = await this.careTeams.episodesByIds([plan.episodeId]);
    const toLevel = input.toLevel ?? null;
    const cadence = toLevel ? ((await this.plans.reviewCadenceDays(episode.programId, toLevel)) ?? DEFAULT_REVIEW_CADENCE_DAYS[toLevel]) : undefined;
    const patch: Partial<PlanHeader> = toLevel ? { levelOfCare: toLevel, referredOutTo: null, reviewCadenceDays: cadence } : { referredOutTo: input.referralTo };
    const [program] = await this.careTeams.programsByIds([episode.programId]);
    const handoffToIds = [...new Set(input.handoffToIds)];
    if (handoffToIds.length && !toLevel) throw new BadUserInputError('handoffToIds', 'A referral out hands off to no one on this team');
    return this.editHeader(actor, input.planId, input.expectedVersion, patch, input.reason, async (tx, current) => {
      if (toLevel === current.levelOfCare && !current.referredOutTo) throw new BadUserInputError('toLevel', `The plan is already at ${toLevel}`);
      const today = todayIn(program.timeZone);
      for (const [index, staffId] of handoffToIds.entries()) {
        if ((await this.plans.rolesOnTeam(current.episodeId, staffId, today, tx)).length === 0) throw new BadUserInputError(`handoffToIds.${index}`, 'Hand off only to members of the care team');
      }
      return async () => {
        const change = await this.plans.createLevelOfCareChange(tx, {
          planId: current.id,
          fromLevel: current.levelOfCare,
          toLevel,
          referralTo: input.referralTo ?? null,
          reason: input.reason,
          changedById: actor.staffId,
          ratings: ratings.ordered.map(({ dimension, rating, note }) => ({ dimension, rating, note })),
          ...(cadence ? { reviewCadenceDays: cadence } : {}),
        });
        // Whoever receives the patient at the new level gets the plan handed over, with a task to show it.
        const revisions: RevisionDraft[] = [];
        for (const ownerId of handoffToIds) {
          const task = await this.tasks.create(tx, {
            planId: current.id,
            title: `Handoff: ${current.levelOfCare.replace('_', ' ')} to ${toLevel!.replace('_', ' ')}, review the plan and meet the patient`,
            ownerId,
            dueDate: addDays(today, 2),
            createdById: actor.staffId,
          });
          revisions.push(created('Task', task.id, { title: task.title, ownerId, dueDate: task.dueDate }));
        }
        return { change, event: { kind: OutboxEventKind.LevelOfCareChanged, subjectId: change.id }, revisions };
      };
    });
  }

  async caseload(actor: Actor, args: CaseloadArgs): Promise<ConnectionOf<CaseloadPlan>> {
    const staffId = args.staffId ?? actor.staffId;
    const [staff] = await this.careTeams.staffByIds([staffId]);
    // An organization admin has no program, so no caseload.
    if (!staff?.programId) throw new NotFoundError('StaffMember', 'staffId');
    const [program] = await this.careTeams.programsByIds([staff.programId]);
    const today = todayIn(program.timeZone);
    const window = pageWindow(args);
    const rows = await this.plans.caseloadPage(staffId, today, args.orderBy, window, args.lastNameStartsWith);
    return toConnection(rows, window, CASELOAD_ORDERS[args.orderBy].valuesOf, () => this.plans.countCaseload(staffId, today, args.lastNameStartsWith));
  }

  /**
   * Edits the plan header under optimistic concurrency, in one transaction with its revision.
   * `check` may refuse the edit and may return a follow-up write (a phase or level-of-care change row),
   * whose result comes back with the plan.
   */
  private async editHeader<C>(
    actor: Actor,
    planId: string,
    expectedVersion: number,
    patch: Partial<PlanHeader>,
    reason: string | undefined,
    check: (tx: Tx, current: TreatmentPlanRow) => Promise<(() => Promise<{ change: C; event: Omit<OutboxEntry, 'actorId'>; revisions?: RevisionDraft[] }>) | undefined>,
  ): Promise<HeaderChange<C>> {
    return this.work.change<HeaderChange<C>>(actor, planId, async ({ tx }) => {
      const current = (await this.plans.findPlan(planId, tx))!;
      const followUp = await check(tx, current);
      const changes = await applyVersionedEdit({
        entity: 'TreatmentPlan',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.plans.updateHeader(tx, planId, expectedVersion, changed),
        currentVersion: () => this.plans.planVersion(planId, tx),
      });
      if (changes.length === 0) return { value: { plan: current } };
      const made = await followUp?.();
      // Setting the next review date records a review: the review tasks reminders opened are done.
      const closed = changes.some((change) => change.field === 'nextReviewDate') ? await this.tasks.closeReminderTasks(tx, [planId], ReminderTaskPurpose.PlanReview) : [];
      return {
        value: { plan: (await this.plans.findPlan(planId, tx))!, change: made?.change },
        revisions: [...updated('TreatmentPlan', planId, changes, reason), ...closedTasks(closed), ...(made?.revisions ?? [])],
        events: made ? [made.event] : [],
      };
    });
  }
}
