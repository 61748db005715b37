import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { LiveTopic, LiveUpdates } from '@oneplan/queue';
import { NotificationsRepository, patientLabel } from '@oneplan/reminders';
import { AuditTrail } from '@oneplan/audit';
import { addDays, CareTeamRepository, todayIn } from '@oneplan/care-team';
import { BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { OutcomeMeasureRepository } from '@oneplan/measures';
import { OutboxEventKind } from '@oneplan/outbox';
import {
  created,
  type FieldChangeValue,
  IntakeTaskPurpose,
  intakeTaskKey,
  orderedRatings,
  PlanContentRepository,
  PlanService,
  PlanUnitOfWork,
  type RevisionDraft,
  TaskRepository,
  updated,
} from '@oneplan/plan';
import { type LevelOfCare, onCommit, type OutcomeMeasureType, type ProblemCategory, type RecommendedLevel, TransactionRunner, type Tx } from '@oneplan/prisma';
import type {
  AdmitFromAssessmentInput,
  DecideIntakeLevelInput,
  RecordIntakeAssessmentInput,
  RecordIntakeSafetyCheckInput,
  RecordReferralArrivalInput,
  ReferOutFromAssessmentInput,
} from './dto/intake.input.js';
import { PlanTemplateService } from '@oneplan/templates';
import { type IntakeAssessmentRow, IntakeRepository } from './intake.repository.js';
import { type AsamDimension, recommendLevel } from './level-of-care-rules.js';

/** The levels this program treats at; the others are referred out. */
const PROGRAM_LEVELS: RecommendedLevel[] = ['PHP', 'IOP', 'VIRTUAL_IOP'];

/** Intake scores that become the plan's baseline measures on admission. */
const BASELINE: Array<[keyof IntakeAssessmentRow & ('pcl5' | 'phq9' | 'gad7' | 'auditC'), OutcomeMeasureType]> = [
  ['phq9', 'PHQ9'],
  ['gad7', 'GAD7'],
  ['pcl5', 'PCL5'],
  ['auditC', 'AUDIT_C'],
];

/** The problem an assessment proposes: co-occurring when the person named both trauma and substance use. */
function proposedProblem(assessment: IntakeAssessmentRow): { title: string; category: ProblemCategory } | null {
  const trauma = Boolean(assessment.traumaSummary) || assessment.traumaExperiences.some((experience) => experience !== 'PREFERS_NOT_TO_SAY');
  const substances = (assessment.substanceUse as unknown[]).length > 0;
  if (trauma && substances) return { title: 'Co-occurring trauma and substance use (from intake)', category: 'CO_OCCURRING' };
  if (substances) return { title: 'Substance use (from intake)', category: 'SUBSTANCE_USE' };
  if (trauma) return { title: 'Trauma (from intake)', category: 'TRAUMA' };
  return null;
}

/**
 * From first assessment to admission: the assessment with its ratings and the recommendation the rules
 * give; the clinician's decision; then an admission at the decided level (episode, care team, plan in
 * stabilization with the proposed problem and the intake scores as baseline measures, in one unit of
 * work) or a referral out.
 */
@Injectable()
export class IntakeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditTrail,
    private readonly live: LiveUpdates,
    private readonly notifications: NotificationsRepository,
    private readonly careTeams: CareTeamRepository,
    private readonly content: PlanContentRepository,
    private readonly intakes: IntakeRepository,
    private readonly measures: OutcomeMeasureRepository,
    private readonly plans: PlanService,
    private readonly tasks: TaskRepository,
    private readonly transactions: TransactionRunner,
    private readonly templates: PlanTemplateService,
    private readonly work: PlanUnitOfWork,
  ) {}

  async record(actor: Actor, input: RecordIntakeAssessmentInput): Promise<IntakeAssessmentRow> {
    const checked = orderedRatings(input.asamRatings);
    if ('missing' in checked) throw new BadUserInputError('asamRatings', `Rate each ASAM dimension once; missing: ${checked.missing.join(', ')}`);
    if (((input.phq9 ?? null) === null) !== ((input.phq9Item9 ?? null) === null)) throw new BadUserInputError('phq9Item9', 'A PHQ-9 total and its item 9 go together');
    if (input.phq9Item9 !== null && input.phq9Item9 !== undefined && input.phq9Item9 > input.phq9!) throw new BadUserInputError('phq9Item9', 'Item 9 cannot exceed the PHQ-9 total');
    const ratings = Object.fromEntries(input.asamRatings.map((rating) => [rating.dimension, rating.rating])) as Record<AsamDimension, number>;
    const recommendation = recommendLevel({ ratings, withdrawalRisk: input.withdrawalRisk, phq9Item9: input.phq9Item9 ?? null });
    return this.transactions.run(async (tx) => {
      const patient = await this.intakes.patientOf(tx, input.patientId);
      if (!patient || patient.programId !== input.programId) throw new NotFoundError('Patient', 'patientId');
      const assessment = await this.intakes.create(tx, {
        patientId: input.patientId,
        programId: input.programId,
        assessedById: actor.staffId,
        presentingConcerns: input.presentingConcerns,
        substanceUse: input.substanceUse.map((use) => ({ ...use, lastUse: use.lastUse?.toISOString().slice(0, 10) ?? null })),
        traumaSummary: input.traumaSummary ?? null,
        traumaExperiences: [...new Set(input.traumaExperiences)],
        pcl5: input.pcl5 ?? null,
        phq9: input.phq9 ?? null,
        phq9Item9: input.phq9Item9 ?? null,
        gad7: input.gad7 ?? null,
        auditC: input.auditC ?? null,
        withdrawalRisk: input.withdrawalRisk,
        asamRatings: checked.ordered.map(({ dimension, rating, note }) => ({ dimension, rating, note })),
        recommendedLevel: recommendation.level,
        recommendationReasons: recommendation.reasons,
      });
      if ((input.phq9Item9 ?? 0) > 0) await this.raiseSelfHarmRisk(tx, actor, assessment, patient);
      await this.audit.recordChange(tx, actor, [input.patientId]);
      return assessment;
    });
  }

  /**
   * A PHQ-9 item 9 above 0 before there is a plan: as for a measure of a plan, an urgent task due today (the
   * assessing clinician's, on the assessment until admission moves it onto the plan) and urgent
   * notifications by every channel, to the clinician and the program's admins, in the assessment's
   * transaction. Admission then also raises the plan's own safety-plan task from the same score.
   */
  private async raiseSelfHarmRisk(tx: Tx, actor: Actor, assessment: IntakeAssessmentRow, patient: { firstName: string; lastName: string; recordNumber: string }) {
    const [program] = await this.careTeams.programsByIds([assessment.programId], tx);
    const task = await this.tasks.openIntakeTask(tx, {
      assessmentId: assessment.id,
      title: 'Urgent: assess safety and start a safety plan (PHQ-9 item 9 at intake)',
      ownerId: actor.staffId,
      dueDate: todayIn(program.timeZone),
      createdById: actor.staffId,
      reminderKey: intakeTaskKey(IntakeTaskPurpose.SafetyCheck, assessment.id, actor.staffId),
    });
    const recipients = [...new Set([actor.staffId, ...(await this.intakes.programAdminIds(tx, assessment.programId))])];
    const created = await this.notifications.insertNew(
      tx,
      recipients.map((recipientId) => ({
        dedupeKey: `intake-self-harm:${assessment.id}:${recipientId}`,
        recipientId,
        kind: 'SELF_HARM_RISK' as const,
        message: `${patientLabel(patient)} answered PHQ-9 item 9 above 0 at intake: assess their safety and start a safety plan before they leave.`,
        urgent: true,
        patientId: assessment.patientId,
        planId: null,
        subjectId: assessment.id,
        taskId: recipientId === task.ownerId ? task.id : null,
      })),
      Boolean(this.config.SMTP_URL),
    );
    onCommit(tx, () => Promise.all(created.map(({ id, recipientId }) => this.live.publish(LiveTopic.NotificationAdded, { notificationId: id, recipientId }))).then(() => undefined));
  }

  decide(actor: Actor, input: DecideIntakeLevelInput): Promise<IntakeAssessmentRow> {
    return this.transactions.run(async (tx) => {
      const assessment = await this.pending(tx, input.assessmentId);
      const overriding = input.level !== assessment.recommendedLevel;
      if (overriding && !input.overrideReason) throw new BadUserInputError('overrideReason', `Say why ${input.level} rather than the recommended ${assessment.recommendedLevel}`);
      const decided = await this.intakes.update(tx, assessment.id, {
        decidedLevel: input.level,
        overrideReason: overriding ? input.overrideReason : null,
        decidedById: actor.staffId,
        decidedAt: new Date(),
      });
      await this.audit.recordChange(tx, actor, [assessment.patientId]);
      return decided;
    });
  }

  async admit(actor: Actor, input: AdmitFromAssessmentInput): Promise<{ assessment: IntakeAssessmentRow; planId: string }> {
    const primary = input.careTeam.filter((member) => member.role === 'PRIMARY_THERAPIST');
    if (primary.length !== 1) throw new BadUserInputError('careTeam', 'Name exactly one PRIMARY_THERAPIST');
    if (new Set(input.careTeam.map((member) => `${member.staffId}/${member.role}`)).size !== input.careTeam.length) throw new BadUserInputError('careTeam', 'Name each member and role once');
    const revisions: RevisionDraft[] = [];
    let assessment: IntakeAssessmentRow;
    const target = async (tx: Tx) => {
      assessment = await this.pending(tx, input.assessmentId);
      const level = assessment.decidedLevel;
      if (!level) throw new RuleViolationError('Decide the level of care first (decideIntakeLevel)', 'assessmentId');
      if (!PROGRAM_LEVELS.includes(level)) throw new RuleViolationError(`${level} is a higher level than this program offers: refer the person out`, 'assessmentId');
      if (await this.careTeams.openEpisodeOf(assessment.patientId, tx)) throw new RuleViolationError('The person already has an open episode of care', 'assessmentId');
      const staff = await this.careTeams.staffByIds(
        input.careTeam.map((member) => member.staffId),
        tx,
      );
      if (staff.some((member) => !member.active) || staff.length !== new Set(input.careTeam.map((member) => member.staffId)).size) throw new NotFoundError('StaffMember', 'careTeam');
      const episode = await this.careTeams.createEpisode({ patientId: assessment.patientId, programId: assessment.programId, startDate: input.admissionDate }, tx);
      for (const member of input.careTeam) await this.careTeams.addCareTeamMember({ episodeId: episode.id, staffId: member.staffId, role: member.role, fromDate: input.admissionDate }, tx);
      const made = await this.plans.createPlanIn(tx, actor, episode, level as LevelOfCare);
      revisions.push(made.revision);
      await this.intakes.update(tx, assessment.id, { outcome: 'ADMITTED', episodeId: episode.id });
      return made.plan.id;
    };
    const planId = await this.work.change(actor, target, async ({ tx, scope }) => {
      const events = [];
      if (input.templateId) revisions.push(...(await this.templates.applyIn(tx, actor, scope, input.templateId)));
      const team = input.careTeam.map((member) => member.staffId);
      for (const task of await this.tasks.moveIntakeTasksToPlan(tx, assessment.id, scope.planId, team, primary[0].staffId)) {
        const changes: FieldChangeValue[] = [{ field: 'planId', from: null, to: JSON.stringify(scope.planId) }];
        if (task.ownerId !== task.fromOwnerId) changes.push({ field: 'ownerId', from: JSON.stringify(task.fromOwnerId), to: JSON.stringify(task.ownerId) });
        revisions.push(...updated('Task', task.id, changes, 'Admitted from the intake assessment that raised it'));
      }
      const problem = proposedProblem(assessment);
      if (problem) {
        const row = await this.content.createProblem(tx, { planId: scope.planId, ...problem, description: assessment.presentingConcerns, createdById: actor.staffId });
        revisions.push(created('Problem', row.id, { title: row.title, category: row.category }));
      }
      for (const [field, type] of BASELINE) {
        const score = assessment[field];
        if (score === null) continue;
        const measure = await this.measures.create(tx, {
          planId: scope.planId,
          type,
          score,
          selfHarmItem: type === 'PHQ9' ? assessment.phq9Item9 : null,
          administeredAt: assessment.assessedAt,
          recordedById: assessment.assessedById,
        });
        revisions.push(created('OutcomeMeasure', measure.id, { type, administeredAt: assessment.assessedAt }, 'RECORDED'));
        // A PHQ-9 item 9 above 0 raises the same urgent task as any measure of the plan would.
        events.push({ kind: OutboxEventKind.OutcomeMeasureRecorded, subjectId: measure.id });
      }
      return { value: scope.planId, revisions, events };
    });
    return { assessment: (await this.intakes.findById(input.assessmentId))!, planId };
  }

  referOut(actor: Actor, input: ReferOutFromAssessmentInput): Promise<IntakeAssessmentRow> {
    return this.transactions.run(async (tx) => {
      const assessment = await this.pending(tx, input.assessmentId);
      const [program] = await this.careTeams.programsByIds([assessment.programId], tx);
      const due = addDays(todayIn(program.timeZone), input.followUpInDays);
      const referred = await this.intakes.update(tx, assessment.id, { outcome: 'REFERRED_OUT', referredTo: input.referredTo, referralReason: input.reason, referralFollowUpDue: due });
      await this.tasks.openIntakeTask(tx, {
        assessmentId: assessment.id,
        title: `Check that the person arrived (referred to ${input.referredTo})`,
        ownerId: assessment.assessedById,
        dueDate: due,
        createdById: actor.staffId,
        reminderKey: intakeTaskKey(IntakeTaskPurpose.ReferralArrival, assessment.id, assessment.assessedById),
      });
      await this.audit.recordChange(tx, actor, [assessment.patientId]);
      return referred;
    });
  }

  /** Records whether a person referred out arrived; once per referral. */
  recordArrival(actor: Actor, input: RecordReferralArrivalInput): Promise<IntakeAssessmentRow> {
    return this.transactions.run(async (tx) => {
      const assessment = await this.locked(tx, input.assessmentId);
      if (assessment.outcome !== 'REFERRED_OUT') throw new RuleViolationError('The person was not referred out from this assessment', 'assessmentId');
      if (assessment.referralCheckedAt) throw new RuleViolationError('The referral was checked already', 'assessmentId');
      const checked = await this.intakes.update(tx, assessment.id, { referralCheckedAt: new Date(), referralArrived: input.arrived, referralCheckNote: input.note ?? null });
      await this.tasks.closeIntakeTasks(tx, assessment.id, IntakeTaskPurpose.ReferralArrival);
      await this.audit.recordChange(tx, actor, [assessment.patientId]);
      return checked;
    });
  }

  /**
   * Records the safety assessment a PHQ-9 item 9 above 0 at intake asked for, once, and closes its task.
   * After admission the task is on the plan, where recording the safety plan closes it.
   */
  recordSafetyCheck(actor: Actor, input: RecordIntakeSafetyCheckInput): Promise<IntakeAssessmentRow> {
    return this.transactions.run(async (tx) => {
      const assessment = await this.locked(tx, input.assessmentId);
      if ((assessment.phq9Item9 ?? 0) === 0) throw new RuleViolationError('No PHQ-9 item 9 above 0 at this intake asks for a safety check', 'assessmentId');
      if (assessment.safetyCheckedAt) throw new RuleViolationError('The safety check was recorded already', 'assessmentId');
      if (assessment.outcome === 'ADMITTED') throw new RuleViolationError("The person was admitted: their plan's safety plan answers the task", 'assessmentId');
      const checked = await this.intakes.update(tx, assessment.id, { safetyCheckedAt: new Date(), safetyCheckedById: actor.staffId, safetyCheckNote: input.note });
      await this.tasks.closeIntakeTasks(tx, assessment.id, IntakeTaskPurpose.SafetyCheck);
      await this.audit.recordChange(tx, actor, [assessment.patientId]);
      return checked;
    });
  }

  /** The assessment, locked for the rest of the transaction. */
  private async locked(tx: Tx, id: string): Promise<IntakeAssessmentRow> {
    const assessment = await this.intakes.lock(tx, id);
    if (!assessment) throw new NotFoundError('IntakeAssessment', 'assessmentId');
    return assessment;
  }

  private async pending(tx: Tx, id: string): Promise<IntakeAssessmentRow> {
    const assessment = await this.locked(tx, id);
    if (assessment.outcome !== 'PENDING')
      throw new RuleViolationError(`The person was ${assessment.outcome === 'ADMITTED' ? 'admitted' : 'referred out'} from this assessment already`, 'assessmentId');
    return assessment;
  }
}
