/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query FacilitatorWeek($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    groupSessions(programId: $programId, from: $from, to: $to, first: 50) {\n      nodes {\n        id\n        topic\n        type\n        startsAt\n        endsAt\n        modality\n        facilitatorId\n        coFacilitators {\n          id\n        }\n        cancelledAt\n        roster {\n          id\n          patient {\n            id\n            firstName\n            lastName\n          }\n        }\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n    caseload(orderBy: PATIENT_NAME, first: 100) {\n      nodes {\n        id\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.FacilitatorWeekDocument;
  '\n  mutation RecordGroupAttendance($input: RecordGroupAttendanceInput!) {\n    recordGroupAttendance(input: $input) {\n      groupSession {\n        id\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n  }\n': typeof types.RecordGroupAttendanceDocument;
  '\n  query Caseload($orderBy: CaseloadOrder!, $first: Int!, $after: String, $lastNameStartsWith: String) {\n    caseload(orderBy: $orderBy, first: $first, after: $after, lastNameStartsWith: $lastNameStartsWith) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        phase\n        levelOfCare\n        nextReviewDate\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.CaseloadDocument;
  '\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 10) {\n      nodes {\n        id\n        kind\n        message\n        urgent\n        createdAt\n        readAt\n        patientId\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  query MyTasks {\n    myTasks(first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        dueDate\n        status\n        planId\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  query MyAgenda {\n    myAgenda {\n      kind\n      id\n      title\n      startsAt\n      endsAt\n      patientId\n    }\n  }\n': typeof types.MyAgendaDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  query PatientPlan($patientId: ID!) {\n    patientPlan(patientId: $patientId) {\n      id\n      status\n      phase\n      levelOfCare\n      nextReviewDate\n      version\n      allowedOperations\n      patient {\n        id\n        firstName\n        lastName\n        recordNumber\n        supports {\n          id\n          name\n          relation\n          role\n          endedAt\n        }\n      }\n      groupEnrollments {\n        id\n        fromDate\n        untilDate\n        schedule {\n          id\n          topic\n          weekdays\n          startTime\n        }\n      }\n      problems {\n        id\n        title\n        category\n        part2\n        version\n      }\n      safetyPlan {\n        id\n        version\n        peopleAndPlaces\n        isComplete\n        missingSections\n        warningSigns\n        copingStrategies\n        crisisLines {\n          name\n          number\n        }\n        contacts {\n          name\n          phone\n        }\n      }\n      goals {\n        id\n        statement\n        status\n        version\n        owner {\n          id\n          name\n        }\n        objectives {\n          id\n          description\n          target\n          targetDate\n          measureType\n          version\n        }\n        interventions {\n          id\n          name\n        }\n        progressNotes(last: 5) {\n          nodes {\n            id\n            text\n            author {\n              id\n              name\n            }\n            amendments {\n              id\n              text\n              amendmentReason\n            }\n          }\n        }\n      }\n      outcomeMeasures(last: 60) {\n        nodes {\n          id\n          type\n          score\n          selfHarmItem\n          administeredAt\n          source\n        }\n      }\n      weeklyCareHours(weeks: 8) {\n        weekStart\n        totalHours\n        requiredMinimum\n        requiredMaximum\n        band\n      }\n      attendance(last: 20) {\n        nodes {\n          id\n          status\n          groupSession {\n            id\n            topic\n            startsAt\n          }\n        }\n      }\n      individualSessions(last: 10) {\n        nodes {\n          id\n          type\n          status\n          scheduledStart\n          therapist {\n            id\n            name\n          }\n        }\n      }\n      currentMedications {\n        medicationName\n        dose\n        frequency\n        onHold\n      }\n      medicationChanges(last: 20) {\n        nodes {\n          id\n          medicationName\n          changeType\n          dose\n          effectiveAt\n          prescriber {\n            id\n            name\n          }\n        }\n      }\n      tasks(first: 20) {\n        nodes {\n          id\n          title\n          status\n          dueDate\n        }\n      }\n      history(first: 15) {\n        nodes {\n          id\n          entityType\n          action\n          createdAt\n          authorRule\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PatientPlanDocument;
  '\n  subscription PlanChanged($planId: ID!) {\n    planChanged(planId: $planId) {\n      plan {\n        id\n        version\n      }\n    }\n  }\n': typeof types.PlanChangedDocument;
  '\n  mutation RecordMedicationChange($input: RecordMedicationChangeInput!) {\n    recordMedicationChange(input: $input) {\n      medicationChange {\n        id\n      }\n    }\n  }\n': typeof types.RecordMedicationChangeDocument;
  '\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      plan {\n        id\n        phase\n        version\n      }\n    }\n  }\n': typeof types.ChangePhaseDocument;
  '\n  mutation UpdateSafetyPlan($input: UpdateSafetyPlanInput!) {\n    updateSafetyPlan(input: $input) {\n      safetyPlan {\n        id\n        version\n        isComplete\n      }\n    }\n  }\n': typeof types.UpdateSafetyPlanDocument;
  '\n  mutation AddNote($input: AddClinicalNoteInput!) {\n    addClinicalNote(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n': typeof types.AddNoteDocument;
  '\n  mutation ReviseGoal($input: ReviseGoalInput!) {\n    reviseGoal(input: $input) {\n      goal {\n        id\n        statement\n        version\n      }\n    }\n  }\n': typeof types.ReviseGoalDocument;
  '\n  mutation AddProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      problem {\n        id\n      }\n    }\n  }\n': typeof types.AddProblemDocument;
  '\n  mutation AmendNote($input: AmendClinicalNoteInput!) {\n    amendClinicalNote(input: $input) {\n      amendment {\n        id\n      }\n    }\n  }\n': typeof types.AmendNoteDocument;
  '\n  mutation UpdatePlanHeader($input: UpdateTreatmentPlanInput!) {\n    updateTreatmentPlan(input: $input) {\n      plan {\n        id\n        status\n        nextReviewDate\n        version\n      }\n    }\n  }\n': typeof types.UpdatePlanHeaderDocument;
  '\n  mutation AddObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      objective {\n        id\n      }\n    }\n  }\n': typeof types.AddObjectiveDocument;
  '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      problem {\n        id\n        title\n        version\n      }\n    }\n  }\n': typeof types.UpdateProblemDocument;
  '\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        id\n        description\n        version\n      }\n    }\n  }\n': typeof types.UpdateObjectiveDocument;
};
const documents: Documents = {
  '\n  query FacilitatorWeek($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    groupSessions(programId: $programId, from: $from, to: $to, first: 50) {\n      nodes {\n        id\n        topic\n        type\n        startsAt\n        endsAt\n        modality\n        facilitatorId\n        coFacilitators {\n          id\n        }\n        cancelledAt\n        roster {\n          id\n          patient {\n            id\n            firstName\n            lastName\n          }\n        }\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n    caseload(orderBy: PATIENT_NAME, first: 100) {\n      nodes {\n        id\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n':
    types.FacilitatorWeekDocument,
  '\n  mutation RecordGroupAttendance($input: RecordGroupAttendanceInput!) {\n    recordGroupAttendance(input: $input) {\n      groupSession {\n        id\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n  }\n':
    types.RecordGroupAttendanceDocument,
  '\n  query Caseload($orderBy: CaseloadOrder!, $first: Int!, $after: String, $lastNameStartsWith: String) {\n    caseload(orderBy: $orderBy, first: $first, after: $after, lastNameStartsWith: $lastNameStartsWith) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        phase\n        levelOfCare\n        nextReviewDate\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n':
    types.CaseloadDocument,
  '\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 10) {\n      nodes {\n        id\n        kind\n        message\n        urgent\n        createdAt\n        readAt\n        patientId\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  query MyTasks {\n    myTasks(first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        dueDate\n        status\n        planId\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  query MyAgenda {\n    myAgenda {\n      kind\n      id\n      title\n      startsAt\n      endsAt\n      patientId\n    }\n  }\n': types.MyAgendaDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n': types.NotificationAddedDocument,
  '\n  query PatientPlan($patientId: ID!) {\n    patientPlan(patientId: $patientId) {\n      id\n      status\n      phase\n      levelOfCare\n      nextReviewDate\n      version\n      allowedOperations\n      patient {\n        id\n        firstName\n        lastName\n        recordNumber\n        supports {\n          id\n          name\n          relation\n          role\n          endedAt\n        }\n      }\n      groupEnrollments {\n        id\n        fromDate\n        untilDate\n        schedule {\n          id\n          topic\n          weekdays\n          startTime\n        }\n      }\n      problems {\n        id\n        title\n        category\n        part2\n        version\n      }\n      safetyPlan {\n        id\n        version\n        peopleAndPlaces\n        isComplete\n        missingSections\n        warningSigns\n        copingStrategies\n        crisisLines {\n          name\n          number\n        }\n        contacts {\n          name\n          phone\n        }\n      }\n      goals {\n        id\n        statement\n        status\n        version\n        owner {\n          id\n          name\n        }\n        objectives {\n          id\n          description\n          target\n          targetDate\n          measureType\n          version\n        }\n        interventions {\n          id\n          name\n        }\n        progressNotes(last: 5) {\n          nodes {\n            id\n            text\n            author {\n              id\n              name\n            }\n            amendments {\n              id\n              text\n              amendmentReason\n            }\n          }\n        }\n      }\n      outcomeMeasures(last: 60) {\n        nodes {\n          id\n          type\n          score\n          selfHarmItem\n          administeredAt\n          source\n        }\n      }\n      weeklyCareHours(weeks: 8) {\n        weekStart\n        totalHours\n        requiredMinimum\n        requiredMaximum\n        band\n      }\n      attendance(last: 20) {\n        nodes {\n          id\n          status\n          groupSession {\n            id\n            topic\n            startsAt\n          }\n        }\n      }\n      individualSessions(last: 10) {\n        nodes {\n          id\n          type\n          status\n          scheduledStart\n          therapist {\n            id\n            name\n          }\n        }\n      }\n      currentMedications {\n        medicationName\n        dose\n        frequency\n        onHold\n      }\n      medicationChanges(last: 20) {\n        nodes {\n          id\n          medicationName\n          changeType\n          dose\n          effectiveAt\n          prescriber {\n            id\n            name\n          }\n        }\n      }\n      tasks(first: 20) {\n        nodes {\n          id\n          title\n          status\n          dueDate\n        }\n      }\n      history(first: 15) {\n        nodes {\n          id\n          entityType\n          action\n          createdAt\n          authorRule\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PatientPlanDocument,
  '\n  subscription PlanChanged($planId: ID!) {\n    planChanged(planId: $planId) {\n      plan {\n        id\n        version\n      }\n    }\n  }\n': types.PlanChangedDocument,
  '\n  mutation RecordMedicationChange($input: RecordMedicationChangeInput!) {\n    recordMedicationChange(input: $input) {\n      medicationChange {\n        id\n      }\n    }\n  }\n':
    types.RecordMedicationChangeDocument,
  '\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      plan {\n        id\n        phase\n        version\n      }\n    }\n  }\n': types.ChangePhaseDocument,
  '\n  mutation UpdateSafetyPlan($input: UpdateSafetyPlanInput!) {\n    updateSafetyPlan(input: $input) {\n      safetyPlan {\n        id\n        version\n        isComplete\n      }\n    }\n  }\n':
    types.UpdateSafetyPlanDocument,
  '\n  mutation AddNote($input: AddClinicalNoteInput!) {\n    addClinicalNote(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n': types.AddNoteDocument,
  '\n  mutation ReviseGoal($input: ReviseGoalInput!) {\n    reviseGoal(input: $input) {\n      goal {\n        id\n        statement\n        version\n      }\n    }\n  }\n': types.ReviseGoalDocument,
  '\n  mutation AddProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      problem {\n        id\n      }\n    }\n  }\n': types.AddProblemDocument,
  '\n  mutation AmendNote($input: AmendClinicalNoteInput!) {\n    amendClinicalNote(input: $input) {\n      amendment {\n        id\n      }\n    }\n  }\n': types.AmendNoteDocument,
  '\n  mutation UpdatePlanHeader($input: UpdateTreatmentPlanInput!) {\n    updateTreatmentPlan(input: $input) {\n      plan {\n        id\n        status\n        nextReviewDate\n        version\n      }\n    }\n  }\n':
    types.UpdatePlanHeaderDocument,
  '\n  mutation AddObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      objective {\n        id\n      }\n    }\n  }\n': types.AddObjectiveDocument,
  '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      problem {\n        id\n        title\n        version\n      }\n    }\n  }\n':
    types.UpdateProblemDocument,
  '\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        id\n        description\n        version\n      }\n    }\n  }\n':
    types.UpdateObjectiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FacilitatorWeek($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    groupSessions(programId: $programId, from: $from, to: $to, first: 50) {\n      nodes {\n        id\n        topic\n        type\n        startsAt\n        endsAt\n        modality\n        facilitatorId\n        coFacilitators {\n          id\n        }\n        cancelledAt\n        roster {\n          id\n          patient {\n            id\n            firstName\n            lastName\n          }\n        }\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n    caseload(orderBy: PATIENT_NAME, first: 100) {\n      nodes {\n        id\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FacilitatorWeek($programId: ID!, $from: DateTime!, $to: DateTime!) {\n    groupSessions(programId: $programId, from: $from, to: $to, first: 50) {\n      nodes {\n        id\n        topic\n        type\n        startsAt\n        endsAt\n        modality\n        facilitatorId\n        coFacilitators {\n          id\n        }\n        cancelledAt\n        roster {\n          id\n          patient {\n            id\n            firstName\n            lastName\n          }\n        }\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n    caseload(orderBy: PATIENT_NAME, first: 100) {\n      nodes {\n        id\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordGroupAttendance($input: RecordGroupAttendanceInput!) {\n    recordGroupAttendance(input: $input) {\n      groupSession {\n        id\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordGroupAttendance($input: RecordGroupAttendanceInput!) {\n    recordGroupAttendance(input: $input) {\n      groupSession {\n        id\n        attendance {\n          id\n          patientId\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Caseload($orderBy: CaseloadOrder!, $first: Int!, $after: String, $lastNameStartsWith: String) {\n    caseload(orderBy: $orderBy, first: $first, after: $after, lastNameStartsWith: $lastNameStartsWith) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        phase\n        levelOfCare\n        nextReviewDate\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Caseload($orderBy: CaseloadOrder!, $first: Int!, $after: String, $lastNameStartsWith: String) {\n    caseload(orderBy: $orderBy, first: $first, after: $after, lastNameStartsWith: $lastNameStartsWith) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        phase\n        levelOfCare\n        nextReviewDate\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 10) {\n      nodes {\n        id\n        kind\n        message\n        urgent\n        createdAt\n        readAt\n        patientId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications {\n    unreadNotificationCount\n    myNotifications(first: 10) {\n      nodes {\n        id\n        kind\n        message\n        urgent\n        createdAt\n        readAt\n        patientId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks {\n    myTasks(first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        dueDate\n        status\n        planId\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks {\n    myTasks(first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        dueDate\n        status\n        planId\n        patient {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAgenda {\n    myAgenda {\n      kind\n      id\n      title\n      startsAt\n      endsAt\n      patientId\n    }\n  }\n',
): (typeof documents)['\n  query MyAgenda {\n    myAgenda {\n      kind\n      id\n      title\n      startsAt\n      endsAt\n      patientId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PatientPlan($patientId: ID!) {\n    patientPlan(patientId: $patientId) {\n      id\n      status\n      phase\n      levelOfCare\n      nextReviewDate\n      version\n      allowedOperations\n      patient {\n        id\n        firstName\n        lastName\n        recordNumber\n        supports {\n          id\n          name\n          relation\n          role\n          endedAt\n        }\n      }\n      groupEnrollments {\n        id\n        fromDate\n        untilDate\n        schedule {\n          id\n          topic\n          weekdays\n          startTime\n        }\n      }\n      problems {\n        id\n        title\n        category\n        part2\n        version\n      }\n      safetyPlan {\n        id\n        version\n        peopleAndPlaces\n        isComplete\n        missingSections\n        warningSigns\n        copingStrategies\n        crisisLines {\n          name\n          number\n        }\n        contacts {\n          name\n          phone\n        }\n      }\n      goals {\n        id\n        statement\n        status\n        version\n        owner {\n          id\n          name\n        }\n        objectives {\n          id\n          description\n          target\n          targetDate\n          measureType\n          version\n        }\n        interventions {\n          id\n          name\n        }\n        progressNotes(last: 5) {\n          nodes {\n            id\n            text\n            author {\n              id\n              name\n            }\n            amendments {\n              id\n              text\n              amendmentReason\n            }\n          }\n        }\n      }\n      outcomeMeasures(last: 60) {\n        nodes {\n          id\n          type\n          score\n          selfHarmItem\n          administeredAt\n          source\n        }\n      }\n      weeklyCareHours(weeks: 8) {\n        weekStart\n        totalHours\n        requiredMinimum\n        requiredMaximum\n        band\n      }\n      attendance(last: 20) {\n        nodes {\n          id\n          status\n          groupSession {\n            id\n            topic\n            startsAt\n          }\n        }\n      }\n      individualSessions(last: 10) {\n        nodes {\n          id\n          type\n          status\n          scheduledStart\n          therapist {\n            id\n            name\n          }\n        }\n      }\n      currentMedications {\n        medicationName\n        dose\n        frequency\n        onHold\n      }\n      medicationChanges(last: 20) {\n        nodes {\n          id\n          medicationName\n          changeType\n          dose\n          effectiveAt\n          prescriber {\n            id\n            name\n          }\n        }\n      }\n      tasks(first: 20) {\n        nodes {\n          id\n          title\n          status\n          dueDate\n        }\n      }\n      history(first: 15) {\n        nodes {\n          id\n          entityType\n          action\n          createdAt\n          authorRule\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PatientPlan($patientId: ID!) {\n    patientPlan(patientId: $patientId) {\n      id\n      status\n      phase\n      levelOfCare\n      nextReviewDate\n      version\n      allowedOperations\n      patient {\n        id\n        firstName\n        lastName\n        recordNumber\n        supports {\n          id\n          name\n          relation\n          role\n          endedAt\n        }\n      }\n      groupEnrollments {\n        id\n        fromDate\n        untilDate\n        schedule {\n          id\n          topic\n          weekdays\n          startTime\n        }\n      }\n      problems {\n        id\n        title\n        category\n        part2\n        version\n      }\n      safetyPlan {\n        id\n        version\n        peopleAndPlaces\n        isComplete\n        missingSections\n        warningSigns\n        copingStrategies\n        crisisLines {\n          name\n          number\n        }\n        contacts {\n          name\n          phone\n        }\n      }\n      goals {\n        id\n        statement\n        status\n        version\n        owner {\n          id\n          name\n        }\n        objectives {\n          id\n          description\n          target\n          targetDate\n          measureType\n          version\n        }\n        interventions {\n          id\n          name\n        }\n        progressNotes(last: 5) {\n          nodes {\n            id\n            text\n            author {\n              id\n              name\n            }\n            amendments {\n              id\n              text\n              amendmentReason\n            }\n          }\n        }\n      }\n      outcomeMeasures(last: 60) {\n        nodes {\n          id\n          type\n          score\n          selfHarmItem\n          administeredAt\n          source\n        }\n      }\n      weeklyCareHours(weeks: 8) {\n        weekStart\n        totalHours\n        requiredMinimum\n        requiredMaximum\n        band\n      }\n      attendance(last: 20) {\n        nodes {\n          id\n          status\n          groupSession {\n            id\n            topic\n            startsAt\n          }\n        }\n      }\n      individualSessions(last: 10) {\n        nodes {\n          id\n          type\n          status\n          scheduledStart\n          therapist {\n            id\n            name\n          }\n        }\n      }\n      currentMedications {\n        medicationName\n        dose\n        frequency\n        onHold\n      }\n      medicationChanges(last: 20) {\n        nodes {\n          id\n          medicationName\n          changeType\n          dose\n          effectiveAt\n          prescriber {\n            id\n            name\n          }\n        }\n      }\n      tasks(first: 20) {\n        nodes {\n          id\n          title\n          status\n          dueDate\n        }\n      }\n      history(first: 15) {\n        nodes {\n          id\n          entityType\n          action\n          createdAt\n          authorRule\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription PlanChanged($planId: ID!) {\n    planChanged(planId: $planId) {\n      plan {\n        id\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription PlanChanged($planId: ID!) {\n    planChanged(planId: $planId) {\n      plan {\n        id\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMedicationChange($input: RecordMedicationChangeInput!) {\n    recordMedicationChange(input: $input) {\n      medicationChange {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMedicationChange($input: RecordMedicationChangeInput!) {\n    recordMedicationChange(input: $input) {\n      medicationChange {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      plan {\n        id\n        phase\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangePhase($input: ChangePhaseInput!) {\n    changePhase(input: $input) {\n      plan {\n        id\n        phase\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSafetyPlan($input: UpdateSafetyPlanInput!) {\n    updateSafetyPlan(input: $input) {\n      safetyPlan {\n        id\n        version\n        isComplete\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSafetyPlan($input: UpdateSafetyPlanInput!) {\n    updateSafetyPlan(input: $input) {\n      safetyPlan {\n        id\n        version\n        isComplete\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddNote($input: AddClinicalNoteInput!) {\n    addClinicalNote(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddNote($input: AddClinicalNoteInput!) {\n    addClinicalNote(input: $input) {\n      note {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviseGoal($input: ReviseGoalInput!) {\n    reviseGoal(input: $input) {\n      goal {\n        id\n        statement\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviseGoal($input: ReviseGoalInput!) {\n    reviseGoal(input: $input) {\n      goal {\n        id\n        statement\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      problem {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      problem {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AmendNote($input: AmendClinicalNoteInput!) {\n    amendClinicalNote(input: $input) {\n      amendment {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AmendNote($input: AmendClinicalNoteInput!) {\n    amendClinicalNote(input: $input) {\n      amendment {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlanHeader($input: UpdateTreatmentPlanInput!) {\n    updateTreatmentPlan(input: $input) {\n      plan {\n        id\n        status\n        nextReviewDate\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlanHeader($input: UpdateTreatmentPlanInput!) {\n    updateTreatmentPlan(input: $input) {\n      plan {\n        id\n        status\n        nextReviewDate\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      objective {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      objective {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      problem {\n        id\n        title\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      problem {\n        id\n        title\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        id\n        description\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        id\n        description\n        version\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
