/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new note on a plan, a goal, a session or a medication change. */
export type AddClinicalNoteInput = {
  /** The goal the note is about. */
  goalId?: string | null | undefined;
  /** A pending imported draft this confirms (see TreatmentPlan.pendingImportedItems): it is marked confirmed with this record. */
  importedItemId?: string | null | undefined;
  /** The individual session the note documents. */
  individualSessionId?: string | null | undefined;
  /** PROGRESS or READINESS on the plan or a goal; SESSION needs individualSessionId; MEDICATION needs medicationChangeId. */
  kind: NoteKind;
  /** The medication change the note is about. */
  medicationChangeId?: string | null | undefined;
  /** The date the note is about. */
  noteDate: string;
  /** The plan. */
  planId: string;
  /** A SUD counseling session note (SESSION notes only): only its author reads it, and it is disclosed only under a consent that names such notes. */
  sudCounseling?: boolean | null | undefined;
  /** The text (1-20000 characters). */
  text: string;
};

/** A measurable objective for a goal. */
export type AddObjectiveInput = {
  /** Baseline. */
  baseline?: number | null | undefined;
  /** What the patient will do (1-2000 characters). */
  description: string;
  /** The goal. */
  goalId: string;
  /** A standard outcome measure it targets. */
  measureType?: OutcomeMeasureType | null | undefined;
  /** What is measured (1-500 characters). */
  measuredBy: string;
  /** Target. */
  target: number;
  /** Target date. */
  targetDate: string;
};

/** A new problem on the plan. */
export type AddProblemInput = {
  /** Trauma, substance use or co-occurring. */
  category: ProblemCategory;
  /** Description (1-4000 characters). */
  description: string;
  /** ICD-10-CM code, e.g. F43.10 or F10.20. */
  icd10Code?: string | null | undefined;
  /** The ICD-10-CM code's display (1-300 characters). */
  icd10Display?: string | null | undefined;
  /** A pending imported condition this problem confirms (see TreatmentPlan.pendingImportedItems). */
  importedItemId?: string | null | undefined;
  /** The plan. */
  planId: string;
  /** SNOMED CT concept id (6-18 digits), e.g. 47505003 (posttraumatic stress disorder). */
  snomedCode?: string | null | undefined;
  /** The SNOMED CT concept's display (1-300 characters). */
  snomedDisplay?: string | null | undefined;
  /** Short title (1-200 characters). */
  title: string;
};

/** An individual session one runs, or a group one facilitates. */
export type AgendaItemKind = 'GROUP' | 'SESSION';

/** Corrects a note you wrote; the original stays, with its author and time. */
export type AmendClinicalNoteInput = {
  /** The note to correct. */
  noteId: string;
  /** Why the note is amended (1-1000 characters). */
  reason: string;
  /** The corrected text (1-20000 characters). */
  text: string;
};

/** One patient's attendance. */
export type AttendanceEntryInput = {
  /** Minutes attended, for LATE or LEFT_EARLY (0-600). */
  minutesAttended?: number | null | undefined;
  /** Optional note (up to 1000 characters). */
  note?: string | null | undefined;
  /** The patient. */
  patientId: string;
  /** Attendance. */
  status: AttendanceStatus;
  /** The patient's supports who came with them (a family group; up to 10). */
  supportIds?: Array<string> | null | undefined;
};

/** A patient's attendance at one group. */
export type AttendanceStatus = 'ABSENT' | 'EXCUSED' | 'LATE' | 'LEFT_EARLY' | 'PRESENT';

/** Hours delivered in a week against the band the level of care requires. */
export type CareHoursBand = 'ABOVE' | 'BELOW' | 'WITHIN';

/** How a caseload is ordered. */
export type CaseloadOrder =
  /** Soonest plan review first. */
  | 'NEXT_REVIEW_DATE'
  /** By the patient's last name, then first name. */
  | 'PATIENT_NAME';

/** Moves the plan to another phase of care. */
export type ChangePhaseInput = {
  /** The plan version this change is based on. */
  expectedVersion: number;
  /** The new phase. TRAUMA_PROCESSING needs a complete safety plan and a readiness note. */
  phase: TreatmentPhase;
  /** The plan. */
  planId: string;
  /** Why (1-2000 characters). */
  reason: string;
};

/** A crisis line. */
export type CrisisLineInput = {
  /** Name (1-200 characters). */
  name: string;
  /** Number (1-40 characters). */
  number: string;
};

/** Where a goal stands. */
export type GoalStatus = 'ACHIEVED' | 'ACTIVE' | 'DISCONTINUED' | 'PROPOSED' | 'REVISED';

/** Kind of group. */
export type GroupType = 'FAMILY' | 'PROCESS' | 'PSYCHOEDUCATION' | 'RELAPSE_PREVENTION' | 'SKILLS';

/** Level of care: partial hospitalization (PHP), intensive outpatient (IOP) or virtual IOP. */
export type LevelOfCare = 'IOP' | 'PHP' | 'VIRTUAL_IOP';

/** Who entered a measure. */
export type MeasureSource = 'PATIENT' | 'STAFF';

/** Start, adjust, hold or stop. */
export type MedicationChangeType = 'ADJUST' | 'HOLD' | 'START' | 'STOP';

/** In person or virtual. */
export type Modality = 'IN_PERSON' | 'VIRTUAL';

/** Progress note, readiness note (readiness for trauma processing), session note or medication note. */
export type NoteKind = 'MEDICATION' | 'PROGRESS' | 'READINESS' | 'SESSION';

/** What a notification is about. */
export type NotificationKind =
  | 'CARE_HOURS_BELOW_BAND'
  | 'CONSENT_EXPIRING'
  | 'CONSENT_REVOKED'
  | 'DAILY_AGENDA'
  | 'EMERGENCY_ACCESS'
  | 'LEVEL_OF_CARE_CHANGED'
  | 'MEASURE_DUE'
  | 'MEDICATION_CHANGED'
  | 'MISSED_GROUPS'
  | 'OBJECTIVE_TARGET_APPROACHING'
  | 'PHASE_CHANGED'
  | 'REFERRED_OUT'
  | 'REVIEW_DUE'
  | 'REVIEW_OVERDUE'
  | 'SCORE_WORSENED'
  | 'SELF_HARM_RISK'
  | 'SESSION_TOMORROW'
  | 'TRIGGER_DATE_APPROACHING';

/** Standard outcome measures: PHQ-9 (0-27), GAD-7 (0-21), PCL-5 (0-80), AUDIT-C (0-12), craving rating (0-10). */
export type OutcomeMeasureType = 'AUDIT_C' | 'CRAVING' | 'GAD7' | 'PCL5' | 'PHQ9';

/** The kind of record a revision changed. */
export type PlanEntityType =
  | 'CLINICAL_NOTE'
  | 'DISCHARGE'
  | 'GOAL'
  | 'GROUP_ATTENDANCE'
  | 'GROUP_ENROLLMENT'
  | 'IMPORTED_ITEM'
  | 'INDIVIDUAL_SESSION'
  | 'INTERVENTION'
  | 'MEDICATION_CHANGE'
  | 'OBJECTIVE'
  | 'OUTCOME_MEASURE'
  | 'PATIENT_IMPORT'
  | 'PROBLEM'
  | 'SAFETY_PLAN'
  | 'SELF_REPORT_LINK'
  | 'SUPPORT'
  | 'SUPPORT_UPDATE'
  | 'TASK'
  | 'TREATMENT_PLAN'
  | 'TRIGGER_DATE';

/** Where a treatment plan stands. */
export type PlanStatus = 'ACTIVE' | 'CLOSED' | 'DRAFT' | 'UNDER_REVIEW';

/** What a problem concerns: trauma, substance use, or both. */
export type ProblemCategory = 'CO_OCCURRING' | 'SUBSTANCE_USE' | 'TRAUMA';

/** A whole group's attendance, recorded at once: all of it is saved or none. */
export type RecordGroupAttendanceInput = {
  /** One entry per patient (1-100). */
  entries: Array<AttendanceEntryInput>;
  /** The group session. */
  groupSessionId: string;
};

/** A medication change, recorded by the prescriber who makes it. */
export type RecordMedicationChangeInput = {
  /** Start, adjust, hold or stop. */
  changeType: MedicationChangeType;
  /** Dose (1-100 characters). */
  dose: string;
  /** When the change takes effect. */
  effectiveAt: string;
  /** Prescribed for a substance use disorder (42 CFR Part 2 data). */
  forSubstanceUse?: boolean;
  /** Frequency (1-100 characters). */
  frequency: string;
  /** Goals of this plan the change serves. */
  goalIds?: Array<string>;
  /** A pending imported draft this confirms (see TreatmentPlan.pendingImportedItems): it is marked confirmed with this record. */
  importedItemId?: string | null | undefined;
  /** Medication name (1-200 characters). */
  medicationName: string;
  /** The plan. */
  planId: string;
  /** Why (1-2000 characters). */
  reason: string;
  /** Route (1-50 characters). */
  route: string;
  /** RxNorm concept id (digits). */
  rxNormCode?: string | null | undefined;
  /** Target symptoms (up to 10). */
  targetSymptoms?: Array<string>;
};

/** Revises a goal. Name the version you saw. */
export type ReviseGoalInput = {
  /** The goal version this edit is based on. */
  expectedVersion: number;
  /** The goal. */
  goalId: string;
  /** New owner. */
  ownerId?: string | null | undefined;
  /** The problems it addresses (replaces the list). */
  problemIds?: Array<string> | null | undefined;
  /** Why (kept in the plan history). */
  reason?: string | null | undefined;
  /** New statement. */
  statement?: string | null | undefined;
  /** New status. */
  status?: GoalStatus | null | undefined;
};

/** What a revision did to its record. */
export type RevisionAction =
  /** A clinical note was corrected by an amendment (the original is kept). */
  | 'AMENDED'
  /** The record was added. */
  | 'CREATED'
  /** Something that happened was recorded (attendance, a measure, a medication change). */
  | 'RECORDED'
  /** Fields of the record were edited. */
  | 'UPDATED';

/** Someone to contact in a crisis. */
export type SafetyContactInput = {
  /** Name (1-200 characters). */
  name: string;
  /** Phone number (3-40 characters). */
  phone: string;
  /** Relationship or role. */
  relationship?: string | null | undefined;
};

/** Scheduled, completed, no-show or cancelled. */
export type SessionStatus = 'CANCELLED' | 'COMPLETED' | 'NO_SHOW' | 'SCHEDULED';

/** Kind of individual session. */
export type SessionType = 'CASE_MANAGEMENT' | 'FAMILY' | 'INTAKE' | 'THERAPY' | 'TRAUMA_PROCESSING';

/** A support's place in the patient's care. */
export type SupportRole = 'FAMILY' | 'OTHER' | 'PARTNER' | 'SPONSOR';

/** Where a follow-up task stands. */
export type TaskStatus = 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'OPEN';

/** Stage of care: stabilization comes before trauma processing, then maintenance. */
export type TreatmentPhase = 'MAINTENANCE' | 'STABILIZATION' | 'TRAUMA_PROCESSING';

/** Edits an objective. Name the version you saw. */
export type UpdateObjectiveInput = {
  /** Whether the objective has been met. */
  achieved?: boolean | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The objective version this edit is based on. */
  expectedVersion: number;
  /** The objective. */
  objectiveId: string;
  /** New target. */
  target?: number | null | undefined;
  /** New target date. */
  targetDate?: string | null | undefined;
};

/** Edits a problem. Name the version you saw. */
export type UpdateProblemInput = {
  /** New category. */
  category?: ProblemCategory | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The problem version this edit is based on. */
  expectedVersion: number;
  /** ICD-10-CM code, e.g. F43.10 or F10.20. */
  icd10Code?: string | null | undefined;
  /** The ICD-10-CM code's display (1-300 characters). */
  icd10Display?: string | null | undefined;
  /** The problem. */
  problemId: string;
  /** Why (kept in the plan history). */
  reason?: string | null | undefined;
  /** Whether the problem is resolved. */
  resolved?: boolean | null | undefined;
  /** SNOMED CT concept id (6-18 digits), e.g. 47505003 (posttraumatic stress disorder). */
  snomedCode?: string | null | undefined;
  /** The SNOMED CT concept's display (1-300 characters). */
  snomedDisplay?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Edits the safety plan; each list given replaces the one before. Name the version you saw. */
export type UpdateSafetyPlanInput = {
  /** Contacts (up to 20). */
  contacts?: Array<SafetyContactInput> | null | undefined;
  /** Coping strategies (up to 30). */
  copingStrategies?: Array<string> | null | undefined;
  /** Crisis lines (up to 10). */
  crisisLines?: Array<CrisisLineInput> | null | undefined;
  /** The safety plan version this edit is based on. */
  expectedVersion: number;
  /** People and places that help (up to 30). */
  peopleAndPlaces?: Array<string> | null | undefined;
  /** The treatment plan. */
  planId: string;
  /** Why (kept in the plan history). */
  reason?: string | null | undefined;
  /** Warning signs (up to 30, each 1-500 characters). */
  warningSigns?: Array<string> | null | undefined;
};

/** Edits the plan's header. Name the version you saw. */
export type UpdateTreatmentPlanInput = {
  /** The plan version this edit is based on. */
  expectedVersion: number;
  /** Next review date. */
  nextReviewDate?: string | null | undefined;
  /** The plan. */
  planId: string;
  /** Why (kept in the plan history). */
  reason?: string | null | undefined;
  /** Days between reviews (1-180). */
  reviewCadenceDays?: number | null | undefined;
  /** New status; CLOSED is final. */
  status?: PlanStatus | null | undefined;
};

export type FacilitatorWeekQueryVariables = Exact<{
  programId: string;
  from: string;
  to: string;
}>;

export type FacilitatorWeekQuery = {
  groupSessions: {
    nodes: Array<{
      id: string;
      topic: string;
      type: GroupType;
      startsAt: string;
      endsAt: string;
      modality: Modality;
      facilitatorId: string;
      cancelledAt: string | null;
      coFacilitators: Array<{ id: string }>;
      roster: Array<{ id: string; patient: { id: string; firstName: string; lastName: string } }>;
      attendance: Array<{ id: string; patientId: string; status: AttendanceStatus }>;
    }>;
  };
  caseload: { nodes: Array<{ id: string; patient: { id: string; firstName: string; lastName: string } }> };
};

export type RecordGroupAttendanceMutationVariables = Exact<{
  input: RecordGroupAttendanceInput;
}>;

export type RecordGroupAttendanceMutation = { recordGroupAttendance: { groupSession: { id: string; attendance: Array<{ id: string; patientId: string; status: AttendanceStatus }> } } };

export type CaseloadQueryVariables = Exact<{
  orderBy: CaseloadOrder;
  first: number;
  after?: string | null | undefined;
  lastNameStartsWith?: string | null | undefined;
}>;

export type CaseloadQuery = {
  caseload: {
    totalCount: number | null;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string; phase: TreatmentPhase; levelOfCare: LevelOfCare; nextReviewDate: string; patient: { id: string; firstName: string; lastName: string } }>;
  };
};

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationsQuery = {
  unreadNotificationCount: number;
  myNotifications: { nodes: Array<{ id: string; kind: NotificationKind; message: string; urgent: boolean; createdAt: string; readAt: string | null; patientId: string | null }> };
};

export type MyTasksQueryVariables = Exact<{ [key: string]: never }>;

export type MyTasksQuery = {
  myTasks: {
    totalCount: number | null;
    nodes: Array<{ id: string; title: string; dueDate: string; status: TaskStatus; planId: string | null; patient: { id: string; firstName: string; lastName: string } }>;
  };
};

export type MyAgendaQueryVariables = Exact<{ [key: string]: never }>;

export type MyAgendaQuery = { myAgenda: Array<{ kind: AgendaItemKind; id: string; title: string; startsAt: string; endsAt: string; patientId: string | null }> };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = { notificationAdded: { id: string } };

export type PatientPlanQueryVariables = Exact<{
  patientId: string;
}>;

export type PatientPlanQuery = {
  patientPlan: {
    id: string;
    status: PlanStatus;
    phase: TreatmentPhase;
    levelOfCare: LevelOfCare;
    nextReviewDate: string;
    version: number;
    allowedOperations: Array<string>;
    patient: { id: string; firstName: string; lastName: string; recordNumber: string; supports: Array<{ id: string; name: string; relation: string; role: SupportRole; endedAt: string | null }> };
    groupEnrollments: Array<{ id: string; fromDate: string; untilDate: string | null; schedule: { id: string; topic: string; weekdays: Array<number>; startTime: string } }>;
    problems: Array<{ id: string; title: string; category: ProblemCategory; part2: boolean; version: number }>;
    safetyPlan: {
      id: string;
      version: number;
      peopleAndPlaces: Array<string>;
      isComplete: boolean;
      missingSections: Array<string>;
      warningSigns: Array<string>;
      copingStrategies: Array<string>;
      crisisLines: Array<{ name: string; number: string }>;
      contacts: Array<{ name: string; phone: string }>;
    } | null;
    goals: Array<{
      id: string;
      statement: string;
      status: GoalStatus;
      version: number;
      owner: { id: string; name: string };
      objectives: Array<{ id: string; description: string; target: number; targetDate: string; measureType: OutcomeMeasureType | null; version: number }>;
      interventions: Array<{ id: string; name: string }>;
      progressNotes: { nodes: Array<{ id: string; text: string; author: { id: string; name: string }; amendments: Array<{ id: string; text: string; amendmentReason: string | null }> }> };
    }>;
    outcomeMeasures: { nodes: Array<{ id: string; type: OutcomeMeasureType; score: number; selfHarmItem: number | null; administeredAt: string; source: MeasureSource }> };
    weeklyCareHours: Array<{ weekStart: string; totalHours: number; requiredMinimum: number; requiredMaximum: number | null; band: CareHoursBand }>;
    attendance: { nodes: Array<{ id: string; status: AttendanceStatus; groupSession: { id: string; topic: string; startsAt: string } }> };
    individualSessions: { nodes: Array<{ id: string; type: SessionType; status: SessionStatus; scheduledStart: string; therapist: { id: string; name: string } }> };
    currentMedications: Array<{ medicationName: string; dose: string; frequency: string; onHold: boolean }>;
    medicationChanges: { nodes: Array<{ id: string; medicationName: string; changeType: MedicationChangeType; dose: string; effectiveAt: string; prescriber: { id: string; name: string } }> };
    tasks: { nodes: Array<{ id: string; title: string; status: TaskStatus; dueDate: string }> };
    history: { nodes: Array<{ id: string; entityType: PlanEntityType; action: RevisionAction; createdAt: string; authorRule: string | null; author: { id: string; name: string } | null }> };
  } | null;
};

export type PlanChangedSubscriptionVariables = Exact<{
  planId: string;
}>;

export type PlanChangedSubscription = { planChanged: { plan: { id: string; version: number } } };

export type RecordMedicationChangeMutationVariables = Exact<{
  input: RecordMedicationChangeInput;
}>;

export type RecordMedicationChangeMutation = { recordMedicationChange: { medicationChange: { id: string } } };

export type ChangePhaseMutationVariables = Exact<{
  input: ChangePhaseInput;
}>;

export type ChangePhaseMutation = { changePhase: { plan: { id: string; phase: TreatmentPhase; version: number } } };

export type UpdateSafetyPlanMutationVariables = Exact<{
  input: UpdateSafetyPlanInput;
}>;

export type UpdateSafetyPlanMutation = { updateSafetyPlan: { safetyPlan: { id: string; version: number; isComplete: boolean } } };

export type AddNoteMutationVariables = Exact<{
  input: AddClinicalNoteInput;
}>;

export type AddNoteMutation = { addClinicalNote: { note: { id: string } } };

export type ReviseGoalMutationVariables = Exact<{
  input: ReviseGoalInput;
}>;

export type ReviseGoalMutation = { reviseGoal: { goal: { id: string; statement: string; version: number } } };

export type AddProblemMutationVariables = Exact<{
  input: AddProblemInput;
}>;

export type AddProblemMutation = { addProblem: { problem: { id: string } } };

export type AmendNoteMutationVariables = Exact<{
  input: AmendClinicalNoteInput;
}>;

export type AmendNoteMutation = { amendClinicalNote: { amendment: { id: string } } };

export type UpdatePlanHeaderMutationVariables = Exact<{
  input: UpdateTreatmentPlanInput;
}>;

export type UpdatePlanHeaderMutation = { updateTreatmentPlan: { plan: { id: string; status: PlanStatus; nextReviewDate: string; version: number } } };

export type AddObjectiveMutationVariables = Exact<{
  input: AddObjectiveInput;
}>;

export type AddObjectiveMutation = { addObjective: { objective: { id: string } } };

export type UpdateProblemMutationVariables = Exact<{
  input: UpdateProblemInput;
}>;

export type UpdateProblemMutation = { updateProblem: { problem: { id: string; title: string; version: number } } };

export type UpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;

export type UpdateObjectiveMutation = { updateObjective: { objective: { id: string; description: string; version: number } } };

export const FacilitatorWeekDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FacilitatorWeek' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'groupSessions' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'programId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'programId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'from' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'facilitatorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'coFacilitators' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roster' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'patient' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'attendance' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'patientId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'orderBy' }, value: { kind: 'EnumValue', value: 'PATIENT_NAME' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'patient' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FacilitatorWeekQuery, FacilitatorWeekQueryVariables>;
export const RecordGroupAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordGroupAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordGroupAttendanceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordGroupAttendance' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groupSession' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'attendance' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'patientId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordGroupAttendanceMutation, RecordGroupAttendanceMutationVariables>;
export const CaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Caseload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseloadOrder' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastNameStartsWith' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'orderBy' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'lastNameStartsWith' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'lastNameStartsWith' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levelOfCare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'patient' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'urgent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'patientId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTasks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTasks' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'patient' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const MyAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAgenda' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAgenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'patientId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const NotificationAddedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationAdded' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'notificationAdded' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const PatientPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PatientPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'patientId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patientPlan' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'patientId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'patientId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelOfCare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedOperations' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'patient' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordNumber' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'supports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groupEnrollments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'untilDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'schedule' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'weekdays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startTime' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'part2' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'safetyPlan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleAndPlaces' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isComplete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingSections' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'warningSigns' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'copingStrategies' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'crisisLines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'contacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'objectives' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'measureType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interventions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'progressNotes' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'last' }, value: { kind: 'IntValue', value: '5' } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'author' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'amendments' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'amendmentReason' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcomeMeasures' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'last' }, value: { kind: 'IntValue', value: '60' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'selfHarmItem' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'administeredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeklyCareHours' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'weeks' }, value: { kind: 'IntValue', value: '8' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredMinimum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredMaximum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendance' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'last' }, value: { kind: 'IntValue', value: '20' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'groupSession' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'individualSessions' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'last' }, value: { kind: 'IntValue', value: '10' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scheduledStart' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'therapist' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentMedications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'medicationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onHold' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'medicationChanges' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'last' }, value: { kind: 'IntValue', value: '20' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'medicationName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changeType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dose' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'prescriber' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '15' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'authorRule' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'author' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PatientPlanQuery, PatientPlanQueryVariables>;
export const PlanChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'PlanChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planChanged' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'planId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanChangedSubscription, PlanChangedSubscriptionVariables>;
export const RecordMedicationChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMedicationChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMedicationChangeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMedicationChange' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'medicationChange' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMedicationChangeMutation, RecordMedicationChangeMutationVariables>;
export const ChangePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePhaseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePhase' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePhaseMutation, ChangePhaseMutationVariables>;
export const UpdateSafetyPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSafetyPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSafetyPlanInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSafetyPlan' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'safetyPlan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isComplete' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSafetyPlanMutation, UpdateSafetyPlanMutationVariables>;
export const AddNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddClinicalNoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addClinicalNote' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'note' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const ReviseGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviseGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviseGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviseGoal' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviseGoalMutation, ReviseGoalMutationVariables>;
export const AddProblemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddProblem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddProblemInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addProblem' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'problem' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddProblemMutation, AddProblemMutationVariables>;
export const AmendNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AmendNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AmendClinicalNoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendClinicalNote' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'amendment' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendNoteMutation, AmendNoteMutationVariables>;
export const UpdatePlanHeaderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePlanHeader' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTreatmentPlanInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTreatmentPlan' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePlanHeaderMutation, UpdatePlanHeaderMutationVariables>;
export const AddObjectiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddObjective' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddObjectiveInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addObjective' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'objective' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddObjectiveMutation, AddObjectiveMutationVariables>;
export const UpdateProblemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProblem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProblemInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProblem' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProblemMutation, UpdateProblemMutationVariables>;
export const UpdateObjectiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateObjective' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateObjectiveInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateObjective' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'objective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateObjectiveMutation, UpdateObjectiveMutationVariables>;
