export { Outbox, type OutboxEntry, OutboxEventKind, outboxInsertFrom, OutboxModule, type OutboxRow } from './outbox.js';
