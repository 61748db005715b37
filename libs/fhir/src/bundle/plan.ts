import type { CarePlan, CarePlanActivity, Condition, Goal } from '@medplum/fhirtypes';
import { MEASURE_CODES } from '@oneplan/measures';
import { part2, type Part2Labels } from '@oneplan/plan';
import type { GoalStatus, PlanStatus } from '@oneplan/prisma';
import { LEVEL_OF_CARE_TEXT, TERMINOLOGY, US_CORE } from '../fhir-codes.js';
import type { FhirPlan } from '../fhir-export.repository.js';
import { day, derivedId, instant, meta, narrative, readable, ref } from './references.js';

type ProblemRow = FhirPlan['problems'][number];
type GoalRow = FhirPlan['goals'][number];

const CARE_PLAN_STATUS: Record<PlanStatus, CarePlan['status']> = { DRAFT: 'draft', ACTIVE: 'active', UNDER_REVIEW: 'active', CLOSED: 'completed' };

/** A revised goal was replaced by another and a discontinued one stopped: FHIR calls both cancelled. */
const GOAL_STATUS: Record<GoalStatus, Goal['lifecycleStatus']> = { PROPOSED: 'proposed', ACTIVE: 'active', ACHIEVED: 'completed', REVISED: 'cancelled', DISCONTINUED: 'cancelled' };

/** A problem as a problem-list Condition, with its SNOMED CT and ICD-10-CM codes when the team coded it. */
export function conditionResource(problem: ProblemRow, patientId: string): Condition {
  const coding = [
    ...(problem.snomedCode ? [{ system: TERMINOLOGY.snomed, code: problem.snomedCode, display: problem.snomedDisplay ?? undefined }] : []),
    ...(problem.icd10Code ? [{ system: TERMINOLOGY.icd10cm, code: problem.icd10Code, display: problem.icd10Display ?? undefined }] : []),
  ];
  const status = problem.resolved ? 'resolved' : 'active';
  return {
    resourceType: 'Condition',
    id: problem.id,
    meta: meta(US_CORE.condition, part2.problem(problem)),
    clinicalStatus: { coding: [{ system: TERMINOLOGY.conditionClinical, code: status, display: readable(status) }] },
    verificationStatus: { coding: [{ system: TERMINOLOGY.conditionVerification, code: 'confirmed', display: 'Confirmed' }] },
    category: [{ coding: [{ system: TERMINOLOGY.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' }] }],
    code: { ...(coding.length ? { coding } : {}), text: problem.title },
    subject: ref('Patient', patientId),
    recordedDate: instant(problem.createdAt),
    note: [{ text: `${readable(problem.category)}: ${problem.description}` }],
  };
}

/** A goal with a target per objective: the measure's LOINC code when the objective is scored by one. */
export function goalResource(goal: GoalRow, patientId: string, labels: Part2Labels | null, disclosedProblemIds: Set<string>): Goal {
  const achieved = goal.status === 'ACHIEVED';
  return {
    resourceType: 'Goal',
    id: goal.id,
    meta: meta(US_CORE.goal, part2.goal(goal, labels)),
    lifecycleStatus: GOAL_STATUS[goal.status],
    ...(achieved ? { achievementStatus: { coding: [{ system: TERMINOLOGY.goalAchievement, code: 'achieved', display: 'Achieved' }] } } : {}),
    description: { text: goal.statement },
    subject: ref('Patient', patientId),
    startDate: day(goal.createdAt),
    target: goal.objectives.map((objective) => ({
      measure: { ...(objective.measureType ? { coding: [MEASURE_CODES[objective.measureType]] } : {}), text: `${objective.description} (measured by ${objective.measuredBy})` },
      detailQuantity: { value: objective.target },
      dueDate: day(objective.targetDate),
    })),
    addresses: goal.problems.filter((link) => disclosedProblemIds.has(link.problemId)).map((link) => ref('Condition', link.problemId)),
  };
}

function activitiesOf(goals: GoalRow[]): CarePlanActivity[] {
  return goals.flatMap((goal) =>
    goal.interventions.map((intervention) => ({
      detail: {
        status: 'in-progress' as const,
        code: { text: intervention.name },
        goal: [ref('Goal', goal.id)],
        description: [intervention.description, intervention.frequency].filter(Boolean).join(' - ') || intervention.name,
      },
    })),
  );
}

/** The shared plan: what it addresses, its goals and their interventions, its author and its team. */
export function carePlanResource(plan: FhirPlan, patientId: string, problems: ProblemRow[], goals: GoalRow[], labelled: boolean): CarePlan {
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    meta: meta(US_CORE.carePlan, labelled),
    text: narrative(`Treatment plan, ${LEVEL_OF_CARE_TEXT[plan.levelOfCare]}, phase: ${readable(plan.phase).toLowerCase()}.`),
    status: CARE_PLAN_STATUS[plan.status],
    intent: 'plan',
    category: [{ coding: [{ system: TERMINOLOGY.usCoreCarePlanCategory, code: 'assess-plan', display: 'Assessment and Plan of Treatment' }] }],
    title: 'Integrated trauma and substance use treatment plan',
    subject: ref('Patient', patientId),
    period: { start: day(plan.createdAt) },
    created: instant(plan.createdAt),
    author: ref('Practitioner', plan.createdById),
    careTeam: [ref('CareTeam', derivedId(plan.episodeId, 'care-team'))],
    addresses: problems.map((problem) => ref('Condition', problem.id)),
    goal: goals.map((goal) => ref('Goal', goal.id)),
    activity: activitiesOf(goals),
  };
}
