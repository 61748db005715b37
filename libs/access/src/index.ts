export { ACCESS_RULES, type AccessRule, ADMINS, PATIENT_ROLES, type PatientRole, PROGRAM_ROLES } from './access-rules.js';
export { AccessModule } from './access.module.js';
export { renderAccessTables } from './access-table.js';
export { PatientVisibility } from './patient-visibility.js';
export { day, membershipInForce, programToday } from './care-team-in-force.js';
export { NodeAccess } from './node-access.js';
export { AccessGuard } from './access.guard.js';
export { taskPatients } from './task-patients.js';
