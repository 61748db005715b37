/**
 * How long the unpaged lists of a plan realistically grow, some months into PHP or IOP (the benchmark's
 * realistic plan holds 10 goals, 100 attendance rows, 20 sessions, 20 medication changes): the cost
 * limit charges each list as if it held this many (see listCost in libs/graphql), so a query's cost
 * bounds what it returns.
 */
export const PLAN_LISTS = {
  problems: 20,
  triggerDates: 20,
  goals: 20,
  problemsPerGoal: 5,
  objectivesPerGoal: 10,
  interventionsPerGoal: 10,
  progressNotesPerGoal: 30,
  amendmentsPerNote: 3,
  planNotes: 50,
  outcomeMeasures: 60,
  tasks: 40,
  individualSessions: 60,
  goalsPerSession: 5,
  notesPerSession: 3,
  medicationChanges: 40,
  goalsPerMedicationChange: 3,
  notesPerMedicationChange: 3,
  currentMedications: 15,
  attendance: 200,
  phaseChanges: 10,
  levelOfCareChanges: 10,
  fieldsPerChange: 10,
  revisionsPerChange: 5,
  /** Pending imported drafts: MAX_PENDING_IMPORTED_ITEMS bounds them. */
  pendingImportedItems: 200,
} as const;

/** Entries of each list of the safety plan (contacts, crisis lines). */
export const SAFETY_PLAN_ENTRIES = 10;
