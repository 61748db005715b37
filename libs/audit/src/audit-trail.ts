import { Injectable, Logger } from '@nestjs/common';
import type { AuditAccess, AuditOutcome } from '@oneplan/prisma';
import type { OnePlanRequest, RefusedOperation } from '@oneplan/graphql';
import { AuditRepository } from './audit.repository.js';

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

  constructor(private readonly repository: AuditRepository) {}

  record(req: OnePlanRequest, entry: AuditEntry): void {
    let entries = this.pending.get(req);
    if (!entries) this.pending.set(req, (entries = new Map()));
    const key = `${entry.patientId}|${entry.operation}|${entry.outcome}`;
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
    const refusals = new Map(refused.map((refusal) => [refusal.responseKey, refusal.reason]));
    const common = { staffId: req.actor?.staffId ?? null, requestId: String(req.id ?? ''), clientAddress: req.ip ?? '' };
    const events = [...entries.values()].map(({ responseKey, ...entry }) => {
      const reason = entry.outcome === 'ALLOWED' && responseKey !== undefined ? refusals.get(responseKey) : undefined;
      return { ...common, ...entry, ...(reason ? { outcome: 'REFUSED' as const, reason } : {}), reason: reason ?? entry.reason ?? null, breakGlass: entry.breakGlass ?? false };
    });
    try {
      await this.repository.insertMany(events);
    } catch (error) {
      this.logger.error({ requestId: common.requestId, err: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'Audit events could not be written');
      throw error;
    }
  }
}
