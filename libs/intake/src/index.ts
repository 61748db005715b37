export { IntakeModule } from './intake.module.js';
export { recommendLevel } from './level-of-care-rules.js';
