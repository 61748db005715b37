import { Injectable, Logger } from '@nestjs/common';
import type { AuditAccess, AuditOutcome } from '@oneplan/prisma';
import type { OnePlanRequest } from '@oneplan/graphql';
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

  /** Writes the request's events; throws if they cannot be written, so nothing is answered unaudited. */
  async flush(req: OnePlanRequest): Promise<void> {
    const entries = this.pending.get(req);
    if (!entries?.size) return;
    this.pending.delete(req);
    const common = { staffId: req.actor?.staffId ?? null, requestId: String(req.id ?? ''), clientAddress: req.ip ?? '' };
    try {
      await this.repository.insertMany([...entries.values()].map((entry) => ({ ...common, ...entry, reason: entry.reason ?? null, breakGlass: entry.breakGlass ?? false })));
    } catch (error) {
      this.logger.error({ requestId: common.requestId, err: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'Audit events could not be written');
      throw error;
    }
  }
}
