export { AttendanceModule } from './attendance.module.js';
export { type CareDelivered, careDeliveredSql } from './attendance.repository.js';
export { type CareWeeks, careWeeks, hoursInWeeks, weeklyCareHours } from './care-hours.js';
