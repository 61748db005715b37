export { Outbox, type OutboxEntry, OutboxEventKind, OutboxModule, type OutboxRow } from './outbox.js';
