export { GoalLoaders } from './goal.loaders.js';
export { GoalsModule } from './goals.module.js';
export { Goal, OutcomeMeasureType } from './models/goal.model.js';
export { GoalRepository } from './goal.repository.js';
