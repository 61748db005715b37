export { type AuditEntry, AuditTrail } from './audit-trail.js';
export { AuditModule } from './audit.module.js';
export { AuditTrailModule } from './audit-trail.module.js';
export { type BrokenLink, type ChainReport, verifyAuditChain } from './audit-chain.js';
