export { SELF_REPORT_TYPES } from './instruments.js';
export { linkTokenHash } from './link-token.js';
export { SelfReportDue } from './self-report-due.js';
export { SelfReportLinkDelivery } from './self-report-link-delivery.js';
export { SelfReportDeliveryModule, SelfReportModule } from './self-report.module.js';
