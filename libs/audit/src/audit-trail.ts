import { Injectable, Logger } from '@nestjs/common';
import { unavailableFor } from '@oneplan/errors';
import { type AuditAccess, type AuditOutcome, onCommit, type Prisma, type Tx } from '@oneplan/prisma';
import { type Actor, type OnePlanRequest, type RefusedOperation, requestOf } from '@oneplan/graphql';
import { AuditRepository, type NewAuditEvent } from './audit.repository.js';

/** One access to (or attempt on) a patient's data, before the request's own details are added. */
export interface AuditEntry {
  patientId: string | null;
  operation: string;
  access: AuditAccess;
  recordTypes: string[];
  outcome: AuditOutcome;
  reason?: string;
  breakGlass?: boolean;
  /** The operation's key in the response (its alias, if any): not stored, used to match a later refusal. */
  responseKey?: string;
}

/**
 * Collects the audit events of one request and writes them in one statement before the response is
 * sent, so auditing costs one query per request however many patients a list returns.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger(AuditTrail.name);
  private readonly pending = new WeakMap<OnePlanRequest, Map<string, AuditEntry>>();
  /** The response key of the write a request runs now (mutations run one after another). */
  private readonly currentWrite = new WeakMap<OnePlanRequest, string | undefined>();

  constructor(private readonly repository: AuditRepository) {}

  record(req: OnePlanRequest, entry: AuditEntry): void {
    let entries = this.pending.get(req);
    if (!entries) this.pending.set(req, (entries = new Map()));
    if (entry.access === 'WRITE') this.currentWrite.set(req, entry.responseKey);
    const key = `${entry.patientId}|${entry.operation}|${entry.outcome}|${entry.responseKey}`;
    // Refused after all (an id it names, checked after the record itself): not also recorded as allowed.
    if (entry.outcome === 'REFUSED') entries.delete(`${entry.patientId}|${entry.operation}|ALLOWED|${entry.responseKey}`);
    const seen = entries.get(key);
    if (seen) seen.recordTypes = [...new Set([...seen.recordTypes, ...entry.recordTypes])];
    else entries.set(key, { ...entry });
  }

  /** Records a read or write of each of these patients under an operation already allowed. */
  recordPatients(req: OnePlanRequest, patientIds: Iterable<string>, entry: Omit<AuditEntry, 'patientId' | 'outcome'>): void {
    for (const patientId of new Set(patientIds)) this.record(req, { ...entry, patientId, outcome: 'ALLOWED' });
  }

  /**
   * Writes the request's events; throws if they cannot be written, so nothing is answered unaudited.
   * An operation its resolver refused (a disclosure without consent, say) is recorded as refused.
   */
  async flush(req: OnePlanRequest, refused: RefusedOperation[] = []): Promise<void> {
    const entries = this.pending.get(req);
    if (!entries?.size) return;
    this.pending.delete(req);
    const refusals = new Map(refused.map((refusal) => [refusal.responseKey, refusal]));
    const events = [...entries.values()].map(({ responseKey, ...entry }) => {
      const refusal = entry.outcome === 'ALLOWED' && responseKey !== undefined ? refusals.get(responseKey) : undefined;
      return this.event(req, { ...entry, ...(refusal ? { outcome: refusal.outcome, reason: refusal.reason } : {}) });
    });
    await this.write(events);
  }

  /**
   * Writes, in a change's own transaction, the audit events of the write the actor's request runs now, so
   * a committed change always has its event and a rolled-back one has none (the response then records
   * the attempt as refused or failed). `patientIds`: the patients the change was made for.
   */
  recordChange(tx: Tx, actor: Actor, patientIds: string[]): Promise<void> {
    return this.repository.insertMany(this.changeEvents(tx, actor, patientIds), tx);
  }

  /** The INSERT recordChange runs, for a unit of work that writes it with its other records (see insertTogether). */
  changeInsert(tx: Tx, actor: Actor, patientIds: string[]): Prisma.Sql | undefined {
    return this.repository.insertOf(this.changeEvents(tx, actor, patientIds));
  }

  private changeEvents(tx: Tx, actor: Actor, patientIds: string[]): NewAuditEvent[] {
    const req = requestOf(actor);
    const entries = req && this.pending.get(req);
    if (!req || !entries) return [];
    const responseKey = this.currentWrite.get(req);
    const taken = [...entries].filter(([, entry]) => entry.access === 'WRITE' && entry.outcome === 'ALLOWED' && entry.responseKey === responseKey);
    const patients = new Set(patientIds);
    const written = taken.filter(([, entry]) => entry.patientId === null || patients.has(entry.patientId));
    if (written.length === 0) return [];
    onCommit(tx, async () => {
      for (const [key] of written) entries.delete(key);
    });
    return written.map(([, { responseKey: _key, ...entry }]) => this.event(req, entry));
  }

  /**
   * The INSERT of the events of a change the worker made by a reminder rule, run in its transaction: no
   * staff member or request, the rule names the operation. One event per patient whose plan changed.
   */
  ruleChangeInsert(rule: string, patientIds: string[], recordTypes: string[]): Prisma.Sql | undefined {
    const base = {
      staffId: null,
      operation: `rule:${rule}`,
      access: 'WRITE' as const,
      recordTypes,
      outcome: 'ALLOWED' as const,
      reason: null,
      breakGlass: false,
      requestId: '',
      clientAddress: 'worker',
    };
    return this.repository.insertOf([...new Set(patientIds)].map((patientId) => ({ ...base, patientId })));
  }

  /** A sign-in refused (no token, a bad one, an inactive staff member): who tried from where, never the token. */
  async signInRefused(req: OnePlanRequest, reason: string): Promise<void> {
    await this.write([this.event(req, { patientId: null, operation: 'signIn', access: 'READ', recordTypes: [], outcome: 'REFUSED', reason })]);
  }

  private event(req: OnePlanRequest, entry: Omit<AuditEntry, 'responseKey'>) {
    return {
      staffId: req.actor?.staffId ?? null,
      requestId: String(req.id ?? ''),
      clientAddress: req.ip ?? '',
      ...entry,
      reason: entry.reason ?? null,
      breakGlass: entry.breakGlass ?? false,
    };
  }

  private async write(events: ReturnType<AuditTrail['event']>[]): Promise<void> {
    try {
      await this.repository.insertMany(events);
    } catch (error) {
      const failure = { requestId: events[0]?.requestId, err: { name: (error as Error).name, code: (error as { code?: unknown }).code } };
      // The database being down is reported once per request as a warning; anything else is a defect.
      if (unavailableFor(error)) this.logger.warn(failure, 'Audit events could not be written: the database is unavailable');
      else this.logger.error(failure, 'Audit events could not be written');
      throw error;
    }
  }
}
