import { Payload } from '@oneplan/graphql';
import { LevelOfCareChange, PhaseChange } from './plan-history.model.js';
import { Problem, SafetyPlan, TriggerDate } from './plan-content.model.js';
import { TreatmentPlan } from './treatment-plan.model.js';

/** The `plan` field of a plan change's payload. */
export const PLAN_AFTER = { type: () => TreatmentPlan, description: 'The plan as it is after the change: its version, current lists and anything else your views show.' };

export const CreateTreatmentPlanPayload = Payload('CreateTreatmentPlanPayload', 'The plan started.', { plan: PLAN_AFTER });
export const UpdateTreatmentPlanPayload = Payload('UpdateTreatmentPlanPayload', 'The plan as edited.', { plan: PLAN_AFTER });
export const ChangePhasePayload = Payload('ChangePhasePayload', 'The change of phase and the plan after it.', {
  phaseChange: { type: () => PhaseChange, description: 'The change recorded.' },
  plan: PLAN_AFTER,
});
export const ChangeLevelOfCarePayload = Payload('ChangeLevelOfCarePayload', 'The change of level of care (or referral out) and the plan after it.', {
  levelOfCareChange: { type: () => LevelOfCareChange, description: 'The change recorded.' },
  plan: PLAN_AFTER,
});
export const AddProblemPayload = Payload('AddProblemPayload', 'The problem added and its plan.', { problem: { type: () => Problem, description: 'The problem.' }, plan: PLAN_AFTER });
export const UpdateProblemPayload = Payload('UpdateProblemPayload', 'The problem as edited and its plan.', { problem: { type: () => Problem, description: 'The problem.' }, plan: PLAN_AFTER });
export const AddTriggerDatePayload = Payload('AddTriggerDatePayload', 'The trigger date added and its plan.', {
  triggerDate: { type: () => TriggerDate, description: 'The trigger date.' },
  plan: PLAN_AFTER,
});
export const UpdateSafetyPlanPayload = Payload('UpdateSafetyPlanPayload', 'The safety plan as edited and its plan.', {
  safetyPlan: { type: () => SafetyPlan, description: 'The safety plan.' },
  plan: PLAN_AFTER,
});
