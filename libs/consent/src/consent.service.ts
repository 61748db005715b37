import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@oneplan/audit';
import { todayIn } from '@oneplan/care-team';
import { assertInOrder, BadUserInputError, ForbiddenError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import { type Actor, RequestLoaders } from '@oneplan/graphql';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { PlanLoaders } from '@oneplan/plan';
import { type ConsentRow, TransactionRunner } from '@oneplan/prisma';
import { findCoveringConsent } from './consent-rules.js';
import { ConsentRepository } from './consent.repository.js';
import type { ExportPlanInput, RecordConsentInput, RevokeConsentInput } from './dto/consent.input.js';
import { buildPlanExport, PART2_NOTICE } from './plan-export.js';

@Injectable()
export class ConsentService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly consents: ConsentRepository,
    private readonly outbox: Outbox,
    private readonly planLoaders: PlanLoaders,
    private readonly transactions: TransactionRunner,
  ) {}

  async record(actor: Actor, input: RecordConsentInput): Promise<ConsentRow> {
    assertInOrder(input.startsOn, input.expiresOn, 'expiresOn');
    if (!input.allCategories && input.categories.length === 0) throw new BadUserInputError('categories', 'Set allCategories or name at least one category');
    return this.transactions.run(async (tx) => {
      const consent = await this.consents.create(tx, { ...input, categories: [...new Set(input.categories)], recordedById: actor.staffId });
      await this.audit.recordChange(tx, actor, [input.patientId]);
      return consent;
    });
  }

  async revoke(actor: Actor, input: RevokeConsentInput): Promise<ConsentRow> {
    const consent = await this.consents.findById(input.consentId);
    if (!consent) throw new NotFoundError('Consent', 'consentId');
    if (consent.revokedAt) throw new RuleViolationError('The consent is already revoked', 'consentId');
    return this.transactions.run(async (tx) => {
      const revoked = await this.consents.revoke(tx, consent.id, actor.staffId, input.reason);
      await this.outbox.addMany(tx, [{ kind: OutboxEventKind.ConsentRevoked, subjectId: consent.id, actorId: actor.staffId }]);
      await this.audit.recordChange(tx, actor, [consent.patientId]);
      return revoked;
    });
  }

  /** Exports the plan if a consent in force covers the recipient and every category; records the disclosure. */
  async exportPlan(actor: Actor, input: ExportPlanInput) {
    const source = await this.consents.exportSource(input.patientId);
    if (!source) throw new NotFoundError('Patient', 'patientId');
    const { plan } = source;
    if (!plan) throw new RuleViolationError('The patient has no current treatment plan to export', 'patientId');
    const categories = [...new Set(input.categories)];
    const disclosure = await this.transactions.run(async (tx) => {
      const found = findCoveringConsent(await this.consents.ofPatient(input.patientId, tx), input, categories, todayIn(source.timeZone));
      if ('missing' in found) throw new ForbiddenError(`Disclosure refused: ${found.missing}`);
      await this.audit.recordChange(tx, actor, [input.patientId]);
      return this.consents.recordDisclosure(tx, {
        patientId: input.patientId,
        consentId: found.consent.id,
        planId: plan.id,
        recipientType: found.consent.recipientType,
        recipientName: found.consent.recipientName,
        categories,
        disclosedById: actor.staffId,
      });
    });
    const labels = await this.planLoaders.part2Labels(new RequestLoaders()).load(plan.id);
    const content = buildPlanExport({ ...source, plan }, labels, categories);
    const document = JSON.stringify({ notice: PART2_NOTICE, recipient: input.recipientName, disclosedAt: disclosure.disclosedAt, ...content });
    return { disclosure, notice: PART2_NOTICE, document };
  }
}
