export { Task } from './models/task.model.js';
export { TasksModule } from './tasks.module.js';
