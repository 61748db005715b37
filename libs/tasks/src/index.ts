export { Task } from './models/task.model.js';
export { TaskLoaders } from './task.loaders.js';
export { TasksModule } from './tasks.module.js';
