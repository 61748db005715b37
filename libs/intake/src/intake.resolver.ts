import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, type GraphQLContext, listCost, Payload } from '@oneplan/graphql';
import { PlanLoaders, TreatmentPlan } from '@oneplan/plan';
import {
  AdmitFromAssessmentInput,
  DecideIntakeLevelInput,
  RecordIntakeAssessmentInput,
  RecordIntakeSafetyCheckInput,
  RecordReferralArrivalInput,
  ReferOutFromAssessmentInput,
} from './dto/intake.input.js';
import { type IntakeAssessmentRow, IntakeRepository, MAX_ASSESSMENTS } from './intake.repository.js';
import { IntakeService } from './intake.service.js';
import { IntakeAssessment, type SubstanceUse } from './models/intake-assessment.model.js';

const assessmentField = { assessment: { type: () => IntakeAssessment, description: 'The assessment.' } };
const RecordIntakeAssessmentPayload = Payload('RecordIntakeAssessmentPayload', 'The assessment with its recommendation.', assessmentField);
const DecideIntakeLevelPayload = Payload('DecideIntakeLevelPayload', 'The assessment with the level decided.', assessmentField);
const ReferOutFromAssessmentPayload = Payload('ReferOutFromAssessmentPayload', 'The assessment as referred out.', assessmentField);
const RecordReferralArrivalPayload = Payload('RecordReferralArrivalPayload', 'The assessment with the check on its referral.', assessmentField);
const RecordIntakeSafetyCheckPayload = Payload('RecordIntakeSafetyCheckPayload', 'The assessment with its safety check.', assessmentField);
const AdmitFromAssessmentPayload = Payload('AdmitFromAssessmentPayload', 'The admission.', {
  ...assessmentField,
  plan: { type: () => TreatmentPlan, description: 'The new plan, in stabilization.' },
});

/** An assessment as the API shows it. */
function toAssessment(row: IntakeAssessmentRow): IntakeAssessment {
  const uses = row.substanceUse as Array<Omit<SubstanceUse, 'lastUse'> & { lastUse: string | null }>;
  return {
    ...row,
    substanceUse: uses.map((use) => ({ ...use, lastUse: use.lastUse ? new Date(`${use.lastUse}T00:00:00Z`) : null })),
    asamRatings: row.asamRatings as unknown as IntakeAssessment['asamRatings'],
    part2: true,
  };
}

@Resolver(() => IntakeAssessment)
export class IntakeResolver {
  constructor(
    private readonly intakes: IntakeRepository,
    private readonly planLoaders: PlanLoaders,
    private readonly service: IntakeService,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => [IntakeAssessment], { complexity: listCost(MAX_ASSESSMENTS), description: `A person's intake assessments, newest first (at most ${MAX_ASSESSMENTS}).` })
  async intakeAssessments(@Args('patientId', { type: () => ID, description: 'The person.' }) patientId: string) {
    return (await this.intakes.ofPatient(patientId)).map(toAssessment);
  }

  @Query(() => [IntakeAssessment], {
    complexity: listCost(MAX_ASSESSMENTS),
    description: 'People you assessed and referred out whose arrival nobody has checked yet, soonest due first: the follow-up each referral needs.',
  })
  async myReferralFollowUps(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const rows = await this.intakes.referralsToCheck(actor.staffId);
    this.visibility.recordRead(
      ctx,
      info,
      rows.map((row) => row.patientId),
    );
    return rows.map(toAssessment);
  }

  @Mutation(() => RecordReferralArrivalPayload, { description: 'Records whether a person referred out arrived where they were referred.' })
  async recordReferralArrival(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The referral and what the check found.' }) input: RecordReferralArrivalInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const assessment = await this.service.recordArrival(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment) };
  }

  @Mutation(() => RecordIntakeSafetyCheckPayload, {
    description: 'Records the safety assessment a PHQ-9 item 9 above 0 at intake asked for, once, before admission, and closes its urgent task.',
  })
  async recordIntakeSafetyCheck(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The assessment and what the safety assessment found.' }) input: RecordIntakeSafetyCheckInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const assessment = await this.service.recordSafetyCheck(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment) };
  }

  @Mutation(() => RecordIntakeAssessmentPayload, { description: 'Records an intake assessment of a person registered in the program; the rules recommend a level of care from it.' })
  async recordIntakeAssessment(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The assessment.' }) input: RecordIntakeAssessmentInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const assessment = await this.service.record(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment) };
  }

  @Mutation(() => DecideIntakeLevelPayload, { description: 'Accepts the recommended level of care, or overrides it with a reason.' })
  async decideIntakeLevel(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The level decided.' }) input: DecideIntakeLevelInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const assessment = await this.service.decide(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment) };
  }

  @Mutation(() => AdmitFromAssessmentPayload, {
    description:
      'Admits the person at the decided level: opens the episode with its care team and a plan in stabilization, proposes a problem from the assessment, and records the intake scores as the baseline measures (a PHQ-9 item 9 above 0 raises the urgent safety-plan task).',
  })
  async admitFromAssessment(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The assessment, date and team.' }) input: AdmitFromAssessmentInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { assessment, planId } = await this.service.admit(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment), plan: this.planLoaders.after(ctx, planId) };
  }

  @Mutation(() => ReferOutFromAssessmentPayload, { description: 'Refers the person out (withdrawal management, residential, another provider) instead of admitting them.' })
  async referOutFromAssessment(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Where to and why.' }) input: ReferOutFromAssessmentInput,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const assessment = await this.service.referOut(actor, input);
    this.visibility.recordWrite(ctx, info, [assessment.patientId]);
    return { assessment: toAssessment(assessment) };
  }
}
