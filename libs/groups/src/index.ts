export { GroupDateRangeArgs } from './dto/group-session.input.js';
export { GENERATION_HORIZON_DAYS, GroupSessionGenerator } from './group-session-generator.js';
export { GroupSchedulesModule } from './group-schedules.module.js';
export { GroupLoaders } from './groups.loaders.js';
export { GroupsModule } from './groups.module.js';
export { GroupsRepository } from './groups.repository.js';
export { GroupSession, GroupType, Modality } from './models/group-session.model.js';
