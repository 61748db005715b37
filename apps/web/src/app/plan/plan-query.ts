import { graphql } from '../../gql/index.js';

/** The whole shared plan as the plan page shows it. */
export const PlanQuery = graphql(`
  query PatientPlan($patientId: ID!) {
    patientPlan(patientId: $patientId) {
      id
      status
      phase
      levelOfCare
      nextReviewDate
      version
      allowedOperations
      patient {
        id
        firstName
        lastName
        recordNumber
        supports {
          id
          name
          relation
          role
          endedAt
        }
      }
      groupEnrollments {
        id
        fromDate
        untilDate
        schedule {
          id
          topic
          weekdays
          startTime
        }
      }
      problems {
        id
        title
        category
        part2
        version
      }
      safetyPlan {
        id
        version
        peopleAndPlaces
        isComplete
        missingSections
        warningSigns
        copingStrategies
        crisisLines {
          name
          number
        }
        contacts {
          name
          phone
        }
      }
      goals {
        id
        statement
        status
        version
        owner {
          id
          name
        }
        objectives {
          id
          description
          target
          targetDate
          measureType
          version
        }
        interventions {
          id
          name
        }
        progressNotes(last: 5) {
          nodes {
            id
            text
            author {
              id
              name
            }
            amendments {
              id
              text
              amendmentReason
            }
          }
        }
      }
      outcomeMeasures(last: 60) {
        nodes {
          id
          type
          score
          selfHarmItem
          administeredAt
          source
        }
      }
      weeklyCareHours(weeks: 8) {
        weekStart
        totalHours
        requiredMinimum
        requiredMaximum
        band
      }
      attendance(last: 20) {
        nodes {
          id
          status
          groupSession {
            id
            topic
            startsAt
          }
        }
      }
      individualSessions(last: 10) {
        nodes {
          id
          type
          status
          scheduledStart
          therapist {
            id
            name
          }
        }
      }
      currentMedications {
        medicationName
        dose
        frequency
        onHold
      }
      medicationChanges(last: 20) {
        nodes {
          id
          medicationName
          changeType
          dose
          effectiveAt
          prescriber {
            id
            name
          }
        }
      }
      tasks(first: 20) {
        nodes {
          id
          title
          status
          dueDate
        }
      }
      history(first: 15) {
        nodes {
          id
          entityType
          action
          createdAt
          authorRule
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export const PlanChanged = graphql(`
  subscription PlanChanged($planId: ID!) {
    planChanged(planId: $planId) {
      plan {
        id
        version
      }
    }
  }
`);

export const RecordMedicationChange = graphql(`
  mutation RecordMedicationChange($input: RecordMedicationChangeInput!) {
    recordMedicationChange(input: $input) {
      medicationChange {
        id
      }
    }
  }
`);

export const ChangePhase = graphql(`
  mutation ChangePhase($input: ChangePhaseInput!) {
    changePhase(input: $input) {
      plan {
        id
        phase
        version
      }
    }
  }
`);

export const UpdateSafetyPlan = graphql(`
  mutation UpdateSafetyPlan($input: UpdateSafetyPlanInput!) {
    updateSafetyPlan(input: $input) {
      safetyPlan {
        id
        version
        isComplete
      }
    }
  }
`);

export const AddNote = graphql(`
  mutation AddNote($input: AddClinicalNoteInput!) {
    addClinicalNote(input: $input) {
      note {
        id
      }
    }
  }
`);

export const ReviseGoal = graphql(`
  mutation ReviseGoal($input: ReviseGoalInput!) {
    reviseGoal(input: $input) {
      goal {
        id
        statement
        version
      }
    }
  }
`);

export const AddProblem = graphql(`
  mutation AddProblem($input: AddProblemInput!) {
    addProblem(input: $input) {
      problem {
        id
      }
    }
  }
`);

export const AmendNote = graphql(`
  mutation AmendNote($input: AmendClinicalNoteInput!) {
    amendClinicalNote(input: $input) {
      amendment {
        id
      }
    }
  }
`);

export const UpdatePlanHeader = graphql(`
  mutation UpdatePlanHeader($input: UpdateTreatmentPlanInput!) {
    updateTreatmentPlan(input: $input) {
      plan {
        id
        status
        nextReviewDate
        version
      }
    }
  }
`);

export const AddObjective = graphql(`
  mutation AddObjective($input: AddObjectiveInput!) {
    addObjective(input: $input) {
      objective {
        id
      }
    }
  }
`);

export const UpdateProblem = graphql(`
  mutation UpdateProblem($input: UpdateProblemInput!) {
    updateProblem(input: $input) {
      problem {
        id
        title
        version
      }
    }
  }
`);

export const UpdateObjective = graphql(`
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      objective {
        id
        description
        version
      }
    }
  }
`);
