export { AttendanceModule } from './attendance.module.js';
export { REQUIRED_WEEKLY_HOURS, weeklyCareHours } from './care-hours.js';
