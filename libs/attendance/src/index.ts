export { AttendanceModule } from './attendance.module.js';
export { weeklyCareHours } from './care-hours.js';
