export { CareTeamLoaders } from './care-team.loaders.js';
export { CareTeamModule } from './care-team.module.js';
export { CareTeamRepository, currentMembership, membershipInForce } from './care-team.repository.js';
export * from './models/enums.js';
export { CareTeamMember, Episode } from './models/episode.model.js';
export { Patient } from './models/patient.model.js';
export { Program } from './models/program.model.js';
export { StaffMember } from './models/staff-member.model.js';
export { addDays, todayIn } from './calendar.js';
