import { randomBytes } from 'node:crypto';
import { asamRatings, daysFromToday, programDay } from './clinic.js';
import { ehrBundle, newMrn } from './fhir-bundles.js';
import type { TestApi } from './test-api.js';

/** A patient with a plan and one of each record an operation can name, and the staff who made them. */
export interface PatientRecord {
  programId: string;
  patientId: string;
  episodeId: string;
  planId: string;
  problemId: string;
  goalId: string;
  groupSessionId: string;
  therapistId: string;
  facilitatorId: string;
  adminId: string;
  consentRecipient: string;
}

export interface OperationCall {
  document: string;
  variables: Record<string, unknown>;
}

/** Builds one call of an operation by `actorId` against `target`, creating fresh records where an edit needs one. */
export type OperationCase = (api: TestApi, target: PatientRecord, actorId: string) => Promise<OperationCall>;

const tag = () => randomBytes(4).toString('hex');
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const mutation = (name: string, inputType: string, selection = '__typename') => `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;
const call = (document: string, variables: Record<string, unknown>): OperationCall => ({ document, variables });
const input = (name: string, inputType: string, values: Record<string, unknown>, selection?: string) => call(mutation(name, inputType, selection), { input: values });

/**
 * Another patient of the same program whose team and emergency accesses copy the target's, so every
 * actor stands towards it as towards the target: with an open episode and no plan yet, or with only a
 * discharged episode (so a new one may be opened).
 */
async function twinPatient(api: TestApi, target: PatientRecord, episode: 'open' | 'discharged') {
  const patient = await api.prisma.patient.create({
    data: { programId: target.programId, firstName: 'Twin', lastName: `Patient ${tag()}`, dateOfBirth: new Date('1988-01-01'), recordNumber: tag() },
  });
  const created = await api.prisma.episode.create({
    data: { patientId: patient.id, programId: target.programId, startDate: daysFromToday(-30), status: episode === 'open' ? 'OPEN' : 'DISCHARGED' },
  });
  const team = await api.prisma.careTeamMember.findMany({ where: { episodeId: target.episodeId } });
  await api.prisma.careTeamMember.createMany({ data: team.map(({ staffId, role, fromDate, toDate, removedAt }) => ({ episodeId: created.id, staffId, role, fromDate, toDate, removedAt })) });
  const grants = await api.prisma.breakGlassAccess.findMany({ where: { patientId: target.patientId } });
  await api.prisma.breakGlassAccess.createMany({ data: grants.map(({ staffId, reason, expiresAt }) => ({ patientId: patient.id, staffId, reason, expiresAt })) });
  return { patientId: patient.id, episodeId: created.id };
}

/** A person registered in the target's program with no episode, assessed at intake (IOP recommended), the level decided unless not. */
async function assessedPerson(api: TestApi, target: PatientRecord, decided = true) {
  const patient = await api.prisma.patient.create({
    data: { programId: target.programId, firstName: 'Intake', lastName: `Person ${tag()}`, dateOfBirth: new Date('1993-05-06'), recordNumber: tag() },
  });
  const assessment = await api.prisma.intakeAssessment.create({
    data: {
      patientId: patient.id,
      programId: target.programId,
      assessedById: target.therapistId,
      presentingConcerns: 'Drinking daily',
      substanceUse: [],
      withdrawalRisk: false,
      asamRatings: asamRatings(),
      recommendedLevel: 'IOP',
      recommendationReasons: ['Dimension 5 (2) rated 2: intensive outpatient (IOP)'],
      ...(decided ? { decidedLevel: 'IOP' as const, decidedById: target.therapistId, decidedAt: new Date() } : {}),
    },
  });
  return { patientId: patient.id, assessmentId: assessment.id };
}

const TEMPLATE_CONTENT = {
  description: 'Starting point',
  problems: [{ key: 'ptsd', title: 'Posttraumatic stress', description: 'Intrusions', category: 'TRAUMA' }],
  goals: [
    {
      statement: 'Fewer nightmares',
      problemKeys: ['ptsd'],
      objectives: [{ description: 'PCL-5 below 33', measuredBy: 'PCL-5', measureType: 'PCL5', target: 33, targetInDays: 60 }],
      interventions: [{ name: 'Grounding skills' }],
    },
  ],
  tasks: [{ title: 'Complete the safety plan', dueInDays: 2, ownerRole: 'PRIMARY_THERAPIST' }],
};

/** A plan template of the target's program. */
function template(api: TestApi, target: PatientRecord) {
  return api.prisma.planTemplate.create({
    data: { programId: target.programId, name: `Template ${tag()}`, description: 'x', content: { problems: [], goals: [], tasks: [] }, createdById: target.therapistId },
  });
}

/** A staff member of the program on no team, whose membership an admin operation may change freely. */
async function spareMembership(api: TestApi, target: PatientRecord) {
  const staff = await api.prisma.staffMember.create({
    data: { programId: target.programId, name: `Spare ${tag()}`, email: `spare.${tag()}@test.example`, credentials: 'LPC', discipline: 'THERAPIST' },
  });
  const membership = await api.prisma.careTeamMember.create({ data: { episodeId: target.episodeId, staffId: staff.id, role: 'THERAPIST', fromDate: daysFromToday(-5) } });
  return { staffId: staff.id, membershipId: membership.id };
}

const currentPlan = (api: TestApi, target: PatientRecord) => api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: target.planId }, include: { safetyPlan: true } });

/** One case per query and mutation; the access tests check that every operation of the schema has one. */
export const OPERATIONS: Record<string, OperationCase> = {
  patient: async (_api, t) => call(`query($id: ID!) { patient(id: $id) { id lastName } }`, { id: t.patientId }),
  patientPlan: async (_api, t) => call(`query($patientId: ID!) { patientPlan(patientId: $patientId) { id goals { statement } } }`, { patientId: t.patientId }),
  treatmentPlan: async (_api, t) => call(`query($id: ID!) { treatmentPlan(id: $id) { id phase } }`, { id: t.planId }),
  planHistory: async (_api, t) => call(`query($planId: ID!) { planHistory(planId: $planId, first: 5) { nodes { id } } }`, { planId: t.planId }),
  patientAttendance: async (_api, t) =>
    call(`query($patientId: ID!, $from: DateTime!, $to: DateTime!) { patientAttendance(patientId: $patientId, from: $from, to: $to) { nodes { status } } }`, {
      patientId: t.patientId,
      from: hoursFromNow(-24 * 30),
      to: hoursFromNow(24),
    }),
  consents: async (_api, t) => call(`query($patientId: ID!) { consents(patientId: $patientId) { nodes { id } } }`, { patientId: t.patientId }),
  disclosures: async (_api, t) => call(`query($patientId: ID!) { disclosures(patientId: $patientId) { nodes { id } } }`, { patientId: t.patientId }),
  emergencyAccesses: async (_api, t) => call(`query($patientId: ID!) { emergencyAccesses(patientId: $patientId) { nodes { id } } }`, { patientId: t.patientId }),
  episodes: async (_api, t) => call(`query($patientId: ID!) { episodes(patientId: $patientId) { nodes { id careTeam { role } } } }`, { patientId: t.patientId }),
  episode: async (_api, t) => call(`query($id: ID!) { episode(id: $id) { id careTeam { role } } }`, { id: t.episodeId }),
  patientAccessHistory: async (_api, t) => call(`query($patientId: ID!) { patientAccessHistory(patientId: $patientId, first: 5) { nodes { id } } }`, { patientId: t.patientId }),

  createTreatmentPlan: async (api, t) => input('createTreatmentPlan', 'CreateTreatmentPlanInput', { episodeId: (await twinPatient(api, t, 'open')).episodeId }),
  updateTreatmentPlan: async (api, t) => {
    const plan = await currentPlan(api, t);
    return input('updateTreatmentPlan', 'UpdateTreatmentPlanInput', { planId: t.planId, expectedVersion: plan.version, nextReviewDate: programDay(5 + (plan.version % 20)) });
  },
  changePhase: async (api, t) => {
    const plan = await currentPlan(api, t);
    const phase = plan.phase === 'STABILIZATION' ? 'MAINTENANCE' : 'STABILIZATION';
    return input('changePhase', 'ChangePhaseInput', { planId: t.planId, expectedVersion: plan.version, phase, reason: 'Team review' });
  },
  changeLevelOfCare: async (api, t) => {
    const plan = await currentPlan(api, t);
    return input('changeLevelOfCare', 'ChangeLevelOfCareInput', {
      planId: t.planId,
      expectedVersion: plan.version,
      toLevel: plan.levelOfCare === 'IOP' ? 'PHP' : 'IOP',
      reason: 'Team review',
      ratings: asamRatings(),
    });
  },
  addProblem: async (_api, t) => input('addProblem', 'AddProblemInput', { planId: t.planId, title: 'Sleep', description: 'Wakes at night.', category: 'TRAUMA' }),
  updateProblem: async (api, t) => {
    const problem = await api.prisma.problem.create({ data: { planId: t.planId, title: 'Fresh', description: 'x', category: 'TRAUMA', createdById: t.therapistId } });
    return input('updateProblem', 'UpdateProblemInput', { problemId: problem.id, expectedVersion: 1, title: 'Renamed' });
  },
  addTriggerDate: async (_api, t) => input('addTriggerDate', 'AddTriggerDateInput', { planId: t.planId, label: 'Anniversary', date: '2019-06-01', leadTimeDays: 7 }),
  updateSafetyPlan: async (api, t) => {
    const plan = await currentPlan(api, t);
    return input('updateSafetyPlan', 'UpdateSafetyPlanInput', { planId: t.planId, expectedVersion: plan.safetyPlan!.version, warningSigns: [`sign ${tag()}`] });
  },
  addGoal: async (_api, t) => input('addGoal', 'AddGoalInput', { planId: t.planId, statement: 'Sleep through', problemIds: [t.problemId], ownerId: t.therapistId }),
  reviseGoal: async (api, t) => {
    const goal = await api.prisma.goal.create({ data: { planId: t.planId, statement: 'Fresh goal', ownerId: t.therapistId, createdById: t.therapistId } });
    return input('reviseGoal', 'ReviseGoalInput', { goalId: goal.id, expectedVersion: 1, status: 'ACTIVE' }, 'goal { id }');
  },
  addObjective: async (_api, t) => input('addObjective', 'AddObjectiveInput', { goalId: t.goalId, description: 'Nights slept', measuredBy: 'Diary', target: 5, targetDate: programDay(30) }),
  updateObjective: async (api, t) => {
    const objective = await api.prisma.objective.create({
      data: { goalId: t.goalId, description: 'Fresh', measuredBy: 'Diary', target: 3, targetDate: daysFromToday(20), createdById: t.therapistId },
    });
    return input('updateObjective', 'UpdateObjectiveInput', { objectiveId: objective.id, expectedVersion: 1, target: 4 });
  },
  addIntervention: async (_api, t) => input('addIntervention', 'AddInterventionInput', { goalId: t.goalId, name: 'Sleep hygiene' }),
  addTask: async (_api, t) => input('addTask', 'AddTaskInput', { planId: t.planId, title: 'Call pharmacy', ownerId: t.therapistId, dueDate: programDay(3) }),
  updateTask: async (api, t) => {
    const task = await api.prisma.task.create({ data: { planId: t.planId, title: 'Fresh task', ownerId: t.therapistId, dueDate: daysFromToday(3), createdById: t.therapistId } });
    return input('updateTask', 'UpdateTaskInput', { taskId: task.id, expectedVersion: 1, status: 'DONE' });
  },
  addClinicalNote: async (_api, t) => input('addClinicalNote', 'AddClinicalNoteInput', { planId: t.planId, kind: 'PROGRESS', text: 'Attended and engaged.', noteDate: programDay(0) }),
  amendClinicalNote: async (api, t, actorId) => {
    const note = await api.prisma.clinicalNote.create({ data: { planId: t.planId, kind: 'PROGRESS', text: 'Original', noteDate: daysFromToday(-1), authorId: actorId } });
    return input('amendClinicalNote', 'AmendClinicalNoteInput', { noteId: note.id, text: 'Corrected', reason: 'Typo' });
  },
  recordOutcomeMeasure: async (_api, t) => input('recordOutcomeMeasure', 'RecordOutcomeMeasureInput', { planId: t.planId, type: 'GAD7', score: 8, administeredAt: new Date().toISOString() }),
  recordMedicationChange: async (_api, t) =>
    input('recordMedicationChange', 'RecordMedicationChangeInput', {
      planId: t.planId,
      medicationName: `Medication ${tag()}`,
      dose: '10 mg',
      route: 'oral',
      frequency: 'daily',
      changeType: 'START',
      reason: 'Sleep',
      effectiveAt: new Date().toISOString(),
    }),
  scheduleIndividualSession: async (_api, t) =>
    input('scheduleIndividualSession', 'ScheduleIndividualSessionInput', {
      planId: t.planId,
      therapistId: t.therapistId,
      type: 'THERAPY',
      scheduledStart: hoursFromNow(24),
      scheduledEnd: hoursFromNow(25),
    }),
  recordSessionOutcome: async (api, t) => {
    const session = await api.prisma.individualSession.create({
      data: { planId: t.planId, therapistId: t.therapistId, type: 'THERAPY', scheduledStart: new Date(hoursFromNow(-3)), scheduledEnd: new Date(hoursFromNow(-2)), createdById: t.therapistId },
    });
    return input('recordSessionOutcome', 'RecordSessionOutcomeInput', { sessionId: session.id, expectedVersion: 1, status: 'NO_SHOW' });
  },
  openEpisode: async (api, t) => input('openEpisode', 'OpenEpisodeInput', { patientId: (await twinPatient(api, t, 'discharged')).patientId, startDate: programDay(0) }),
  addCareTeamMember: async (api, t) => {
    const { staffId } = await spareMembership(api, t);
    return input('addCareTeamMember', 'AddCareTeamMemberInput', { episodeId: t.episodeId, staffId, role: 'CASE_MANAGER', fromDate: programDay(1) });
  },
  endCareTeamMembership: async (api, t) => input('endCareTeamMembership', 'EndCareTeamMembershipInput', { membershipId: (await spareMembership(api, t)).membershipId, toDate: programDay(10) }),
  removeFromCareTeam: async (api, t) => input('removeFromCareTeam', 'RemoveFromCareTeamInput', { membershipId: (await spareMembership(api, t)).membershipId }),
  dismissImportedItem: async (api, t) => {
    const record = await api.prisma.patientImport.create({
      data: { patientId: t.patientId, programId: t.programId, planId: t.planId, source: 'EHR', matchedBy: 'IDENTIFIER', importedById: t.adminId },
    });
    const item = await api.prisma.importedItem.create({ data: { importId: record.id, planId: t.planId, kind: 'CONDITION', display: 'Hypertension', sourceReference: 'Condition/1' } });
    return input('dismissImportedItem', 'DismissImportedItemInput', { importedItemId: item.id, reason: 'Not relevant' }, 'importedItem { status }');
  },
  recordConsent: async (_api, t) =>
    input('recordConsent', 'RecordConsentInput', {
      patientId: t.patientId,
      recipientType: 'PERSON',
      recipientName: 'Dana Reyes',
      purpose: 'Family support',
      categories: ['SAFETY_PLAN'],
      startsOn: programDay(0),
      expiresOn: programDay(90),
    }),
  revokeConsent: async (api, t) => {
    const consent = await api.prisma.consent.create({
      data: {
        patientId: t.patientId,
        recipientType: 'PERSON',
        recipientName: 'Sam',
        purpose: 'x',
        allCategories: true,
        startsOn: daysFromToday(-1),
        expiresOn: daysFromToday(30),
        recordedById: t.therapistId,
      },
    });
    return input('revokeConsent', 'RevokeConsentInput', { consentId: consent.id, reason: 'Patient asked' });
  },
  exportPlan: async (_api, t) =>
    input('exportPlan', 'ExportPlanInput', { patientId: t.patientId, recipientType: 'ORGANIZATION', recipientName: t.consentRecipient, categories: ['MEDICATIONS'] }, 'notice disclosure { id }'),
  breakTheGlass: async (api, t) => input('breakTheGlass', 'BreakTheGlassInput', { patientId: (await twinPatient(api, t, 'open')).patientId, reason: 'Patient in crisis at the front desk' }),

  node: async (_api, t) => call(`query($id: ID!) { node(id: $id) { id } }`, { id: t.goalId }),
  nodes: async (_api, t) => call(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [t.goalId, t.planId] }),
  me: async () => call(`{ me { id } }`, {}),
  organization: async () => call(`{ organization { id name } }`, {}),
  programs: async () => call(`{ programs(first: 5) { nodes { id name } totalCount } }`, {}),
  myNotifications: async () => call(`{ myNotifications(first: 5) { nodes { id message } } }`, {}),
  myTasks: async () => call(`{ myTasks(first: 5) { nodes { id title } totalCount } }`, {}),
  myAgenda: async () => call(`{ myAgenda { kind id title startsAt patientId } }`, {}),
  unreadNotificationCount: async () => call(`{ unreadNotificationCount }`, {}),
  markNotificationsRead: async (_api, t) => call(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { markedRead } }`, { ids: [t.planId] }),
  caseload: async (_api, _t, actorId) => call(`query($staffId: ID) { caseload(staffId: $staffId, first: 5) { nodes { id } } }`, { staffId: actorId }),
  program: async (_api, t) => call(`query($id: ID!) { program(id: $id) { id name } }`, { id: t.programId }),
  patients: async (_api, t) => call(`query($programId: ID!) { patients(programId: $programId, first: 5) { nodes { id } } }`, { programId: t.programId }),
  groupSessions: async (_api, t) =>
    call(`query($programId: ID!, $from: DateTime!, $to: DateTime!) { groupSessions(programId: $programId, from: $from, to: $to) { nodes { id attendance { patientId } } } }`, {
      programId: t.programId,
      from: hoursFromNow(-24 * 7),
      to: hoursFromNow(24),
    }),
  scheduleGroupSession: async (_api, t) =>
    input('scheduleGroupSession', 'ScheduleGroupSessionInput', {
      programId: t.programId,
      type: 'SKILLS',
      facilitatorId: t.facilitatorId,
      startsAt: hoursFromNow(48),
      endsAt: hoursFromNow(49),
      modality: 'VIRTUAL',
      topic: 'Grounding',
    }),
  recordGroupAttendance: async (_api, t) =>
    input('recordGroupAttendance', 'RecordGroupAttendanceInput', { groupSessionId: t.groupSessionId, entries: [{ patientId: t.patientId, status: 'PRESENT' }] }, 'attendance { status }'),
  addSupport: async (_api, t) => input('addSupport', 'AddSupportInput', { planId: t.planId, name: 'Dana Reyes', relation: 'sister', role: 'FAMILY', email: 'dana@example.test' }, 'support { id }'),
  updateSupport: async (api, t) => input('updateSupport', 'UpdateSupportInput', { supportId: (await support(api, t)).id, expectedVersion: 1, phone: '+1 555 0100' }, 'support { version }'),
  sendSupportUpdate: async (api, t) => {
    const named = await support(api, t);
    await api.prisma.consent.create({
      data: {
        patientId: t.patientId,
        supportId: named.id,
        recipientType: 'FAMILY_MEMBER',
        recipientName: named.name,
        purpose: 'Family involvement',
        allCategories: false,
        categories: ['SAFETY_PLAN'],
        startsOn: daysFromToday(-1),
        expiresOn: daysFromToday(30),
        recordedById: t.therapistId,
      },
    });
    return input('sendSupportUpdate', 'SendSupportUpdateInput', { planId: t.planId, supportId: named.id, contents: ['CRISIS_LINES'] }, 'update { id }');
  },
  sendSelfReportLink: async (_api, t) => input('sendSelfReportLink', 'SendSelfReportLinkInput', { planId: t.planId, types: ['PHQ9'], email: 'patient@example.test' }, 'link { id }'),
  setSelfReportLinks: async (_api, t) => input('setSelfReportLinks', 'SetSelfReportLinksInput', { programId: t.programId, automatic: false }, 'program { selfReportLinks }'),
  groupSchedules: async (_api, t) => call(`query($programId: ID!) { groupSchedules(programId: $programId) { id roster { patientId } } }`, { programId: t.programId }),
  myGroupWeek: async () => call(`{ myGroupWeek { id roster { patientId } } }`, {}),
  createGroupSchedule: async (_api, t) =>
    input(
      'createGroupSchedule',
      'CreateGroupScheduleInput',
      {
        programId: t.programId,
        type: 'PROCESS',
        topic: 'Process group',
        facilitatorIds: [t.facilitatorId],
        weekdays: [1, 3],
        startTime: '09:00',
        durationMinutes: 90,
        modality: 'IN_PERSON',
        startsOn: programDay(0),
      },
      'schedule { id }',
    ),
  changeGroupOccurrence: async (api, t) => {
    const schedule = await groupSchedule(api, t);
    const monday = schedule.startsOn.toISOString().slice(0, 10);
    return input('changeGroupOccurrence', 'ChangeGroupOccurrenceInput', { scheduleId: schedule.id, occursOn: monday, change: 'CANCELLED', reason: 'Holiday' }, 'exception { change }');
  },
  endGroupSchedule: async (api, t) => {
    const schedule = await groupSchedule(api, t);
    return input('endGroupSchedule', 'EndGroupScheduleInput', { scheduleId: schedule.id, endsOn: schedule.startsOn.toISOString().slice(0, 10) }, 'schedule { endsOn }');
  },
  enrollInGroup: async (api, t) => input('enrollInGroup', 'EnrollInGroupInput', { planId: t.planId, scheduleId: (await groupSchedule(api, t)).id, fromDate: programDay(0) }, 'enrollment { id }'),
  endGroupEnrollment: async (api, t) => {
    const schedule = await groupSchedule(api, t);
    const enrollment = await api.prisma.groupEnrollment.create({
      data: { scheduleId: schedule.id, patientId: t.patientId, planId: t.planId, fromDate: schedule.startsOn, enrolledById: t.therapistId },
    });
    return input('endGroupEnrollment', 'EndGroupEnrollmentInput', { enrollmentId: enrollment.id, expectedVersion: 1, untilDate: programDay(30) }, 'enrollment { untilDate }');
  },
  createProgram: async () => input('createProgram', 'CreateProgramInput', { name: `Program ${tag()}`, levelOfCare: 'IOP', timeZone: 'America/Chicago' }),
  setReviewCadence: async (_api, t) => input('setReviewCadence', 'SetReviewCadenceInput', { programId: t.programId, levelOfCare: 'PHP', days: 14 }, 'reviewCadence { days }'),
  setMeasureSchedule: async (_api, t) => input('setMeasureSchedule', 'SetMeasureScheduleInput', { programId: t.programId, type: 'PCL5', everyDays: 14 }, 'measureScheduleEntry { everyDays }'),
  setAgendaTime: async (_api, t) => input('setAgendaTime', 'SetAgendaTimeInput', { programId: t.programId, agendaTime: '07:30' }, 'program { agendaTime }'),
  createStaffMember: async (_api, t) =>
    input('createStaffMember', 'CreateStaffMemberInput', { programId: t.programId, name: 'New Hire', email: `hire.${tag()}@test.example`, credentials: 'LCSW', discipline: 'THERAPIST' }),
  setStaffActive: async (api, t) => input('setStaffActive', 'SetStaffActiveInput', { staffId: (await spareMembership(api, t)).staffId, active: true }),
  recordIntakeAssessment: async (api, t) => {
    const patient = await api.prisma.patient.create({ data: { programId: t.programId, firstName: 'New', lastName: `Referral ${tag()}`, dateOfBirth: new Date('1990-02-03'), recordNumber: tag() } });
    return input(
      'recordIntakeAssessment',
      'RecordIntakeAssessmentInput',
      { programId: t.programId, patientId: patient.id, presentingConcerns: 'Nightmares and drinking', substanceUse: [], withdrawalRisk: false, asamRatings: asamRatings() },
      'assessment { id }',
    );
  },
  decideIntakeLevel: async (api, t) => input('decideIntakeLevel', 'DecideIntakeLevelInput', { assessmentId: (await assessedPerson(api, t, false)).assessmentId, level: 'IOP' }, 'assessment { id }'),
  admitFromAssessment: async (api, t) =>
    input(
      'admitFromAssessment',
      'AdmitFromAssessmentInput',
      { assessmentId: (await assessedPerson(api, t)).assessmentId, admissionDate: programDay(0), careTeam: [{ staffId: t.therapistId, role: 'PRIMARY_THERAPIST' }] },
      'plan { id }',
    ),
  referOutFromAssessment: async (api, t) =>
    input(
      'referOutFromAssessment',
      'ReferOutFromAssessmentInput',
      { assessmentId: (await assessedPerson(api, t)).assessmentId, referredTo: 'County detox unit', reason: 'Withdrawal risk' },
      'assessment { id }',
    ),
  recordReferralArrival: async (api, t) => {
    const { assessmentId } = await assessedPerson(api, t);
    await api.prisma.intakeAssessment.update({ where: { id: assessmentId }, data: { outcome: 'REFERRED_OUT', referredTo: 'Detox', referralReason: 'x', referralFollowUpDue: daysFromToday(2) } });
    return input('recordReferralArrival', 'RecordReferralArrivalInput', { assessmentId, arrived: true }, 'assessment { id }');
  },
  recordIntakeSafetyCheck: async (api, t) => {
    const { assessmentId } = await assessedPerson(api, t);
    await api.prisma.intakeAssessment.update({ where: { id: assessmentId }, data: { phq9: 12, phq9Item9: 1 } });
    return input('recordIntakeSafetyCheck', 'RecordIntakeSafetyCheckInput', { assessmentId, note: 'Safety plan started; no plan or means' }, 'assessment { id }');
  },
  myReferralFollowUps: async () => call(`{ myReferralFollowUps { id } }`, {}),
  intakeAssessments: async (_api, t) => call(`query($patientId: ID!) { intakeAssessments(patientId: $patientId) { id } }`, { patientId: t.patientId }),
  dischargePatient: async (api, t, actorId) => {
    const twin = await twinPatient(api, t, 'open');
    const plan = await api.prisma.treatmentPlan.create({ data: { episodeId: twin.episodeId, levelOfCare: 'IOP', reviewCadenceDays: 30, nextReviewDate: daysFromToday(30), createdById: actorId } });
    return input(
      'dischargePatient',
      'DischargePatientInput',
      {
        planId: plan.id,
        reason: 'COMPLETED',
        dischargeDate: programDay(0),
        summary: 'Completed IOP',
        followUpAt: hoursFromNow(48),
        followUpWith: 'Community clinic',
      },
      'discharge { id }',
    );
  },
  planTemplates: async (_api, t) => call(`query($programId: ID!) { planTemplates(programId: $programId) { id } }`, { programId: t.programId }),
  previewPlanTemplate: async (api, t) =>
    call(`query($planId: ID!, $templateId: ID!) { previewPlanTemplate(planId: $planId, templateId: $templateId) { notes } }`, { planId: t.planId, templateId: (await template(api, t)).id }),
  createPlanTemplate: async (_api, t) => input('createPlanTemplate', 'CreatePlanTemplateInput', { programId: t.programId, ...TEMPLATE_CONTENT, name: `Template ${tag()}` }, 'template { id }'),
  updatePlanTemplate: async (api, t) => {
    const made = await template(api, t);
    return input('updatePlanTemplate', 'UpdatePlanTemplateInput', { templateId: made.id, expectedVersion: made.version, ...TEMPLATE_CONTENT, name: `Template ${tag()}` }, 'template { id }');
  },
  applyPlanTemplate: async (api, t) => input('applyPlanTemplate', 'ApplyPlanTemplateInput', { planId: t.planId, templateId: (await template(api, t)).id }, 'plan { id }'),
  importPatientBundle: async () =>
    input(
      'importPatientBundle',
      'ImportPatientBundleInput',
      { bundle: JSON.stringify(ehrBundle({ mrn: newMrn(), family: `Import ${tag()}`, given: 'New', birthDate: '1985-02-03' })), recordNumber: tag() },
      'matchedBy',
    ),
  createPatient: async (_api, t) => input('createPatient', 'CreatePatientInput', { programId: t.programId, firstName: 'New', lastName: 'Admission', dateOfBirth: '1992-03-04', recordNumber: tag() }),
  registerWebhook: async (_api, t) => input('registerWebhook', 'RegisterWebhookInput', { programId: t.programId, url: 'http://127.0.0.1:9/unused' }, 'webhook { id }'),
  webhookDeliveries: async (_api, t) => call(`query($programId: ID!) { webhookDeliveries(programId: $programId) { nodes { id status } } }`, { programId: t.programId }),
  failedReminderJobs: async () => call(`{ failedReminderJobs(first: 5) { nodes { jobId attemptsMade } } }`, {}),
  staffAccessLog: async (_api, t) => call(`query($staffId: ID!) { staffAccessLog(staffId: $staffId, first: 5) { nodes { id } } }`, { staffId: t.therapistId }),
};

/** A support the target patient names. */
export function support(api: TestApi, t: Pick<PatientRecord, 'patientId' | 'therapistId'>) {
  return api.prisma.support.create({ data: { patientId: t.patientId, name: `Dana ${tag()}`, relation: 'sister', role: 'FAMILY', email: 'dana@example.test', createdById: t.therapistId } });
}

/** A Monday group of the target's program, from next Monday (a fresh one per call: no roster overlaps). */
export async function groupSchedule(api: TestApi, t: Pick<PatientRecord, 'programId' | 'facilitatorId'>) {
  const today = daysFromToday(0);
  const startsOn = new Date(today.getTime() + ((8 - today.getUTCDay()) % 7 || 7) * 86_400_000);
  return api.prisma.groupSchedule.create({
    data: {
      programId: t.programId,
      type: 'SKILLS',
      topic: 'Skills',
      facilitatorIds: [t.facilitatorId],
      weekdays: [1],
      startTime: '13:00',
      durationMinutes: 60,
      modality: 'IN_PERSON',
      startsOn,
      createdById: t.facilitatorId,
    },
  });
}

/** The content every target patient gets: a problem, a goal, a group the facilitator ran, a consent. */
export async function recordFor(
  api: TestApi,
  base: { programId: string; patientId: string; episodeId: string; planId: string; therapistId: string; facilitatorId: string; adminId: string },
): Promise<PatientRecord> {
  const problem = await api.prisma.problem.create({ data: { planId: base.planId, title: 'Nightmares', description: 'x', category: 'TRAUMA', createdById: base.therapistId } });
  const goal = await api.prisma.goal.create({
    data: { planId: base.planId, statement: 'Sleep', ownerId: base.therapistId, createdById: base.therapistId, problems: { create: [{ problemId: problem.id }] } },
  });
  const startsAt = new Date(Date.now() - 2 * 3_600_000);
  const group = await api.prisma.groupSession.create({
    data: {
      programId: base.programId,
      type: 'SKILLS',
      facilitatorId: base.facilitatorId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      modality: 'VIRTUAL',
      topic: 'Skills',
      createdById: base.adminId,
    },
  });
  const consentRecipient = `Harbor Primary Care ${tag()}`;
  await api.prisma.consent.create({
    data: {
      patientId: base.patientId,
      recipientType: 'ORGANIZATION',
      recipientName: consentRecipient,
      purpose: 'Care coordination',
      allCategories: true,
      startsOn: daysFromToday(-1),
      expiresOn: daysFromToday(180),
      recordedById: base.therapistId,
    },
  });
  return { ...base, problemId: problem.id, goalId: goal.id, groupSessionId: group.id, consentRecipient };
}

const fingerprinted = new WeakSet<TestApi>();

/**
 * A checksum of every row of every table but the audit trail (which refusals do write to). The query is
 * kept in a function of the suite's database, so each connection plans its fifty scans once.
 */
export async function databaseSnapshot(api: TestApi): Promise<Record<string, string | null>> {
  if (!fingerprinted.has(api)) {
    const tables = await api.prisma.$queryRaw<Array<{ table: string }>>`
      SELECT table_name AS "table" FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('AuditEvent', '_prisma_migrations')`;
    const parts = tables.map(({ table }) => `SELECT '${table}'::text, md5(string_agg(t::text, ',' ORDER BY t::text)) FROM "${table}" t`);
    await api.prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_table_checksums() RETURNS TABLE (tbl text, checksum text) LANGUAGE plpgsql AS $fn$ BEGIN RETURN QUERY ${parts.join(' UNION ALL ')}; END $fn$`,
    );
    fingerprinted.add(api);
  }
  const rows = await api.prisma.$queryRawUnsafe<Array<{ tbl: string; checksum: string | null }>>('SELECT * FROM test_table_checksums()');
  return Object.fromEntries(rows.map((row) => [row.tbl, row.checksum]));
}
