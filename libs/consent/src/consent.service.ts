import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@oneplan/audit';
import { buildFhirBundle, type FhirDisclosure, FhirExportRepository, staffNamedBy } from '@oneplan/fhir';
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
import { PlanExportFormat } from './models/consent.model.js';

@Injectable()
export class ConsentService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly consents: ConsentRepository,
    private readonly fhirExport: FhirExportRepository,
    private readonly outbox: Outbox,
    private readonly planLoaders: PlanLoaders,
    private readonly transactions: TransactionRunner,
  ) {}

  async record(actor: Actor, input: RecordConsentInput): Promise<ConsentRow> {
    assertInOrder(input.startsOn, input.expiresOn, 'expiresOn');
    if (!input.allCategories && input.categories.length === 0) throw new BadUserInputError('categories', 'Set allCategories or name at least one category');
    if (input.supportId && input.recipientType === 'ORGANIZATION') throw new BadUserInputError('recipientType', 'A consent naming a support names a person or family member');
    return this.transactions.run(async (tx) => {
      if (input.supportId) {
        const support = await this.consents.currentSupport(tx, input.patientId, input.supportId);
        if (!support) throw new NotFoundError('Support of the patient', 'supportId');
        if (support.name.trim().toLowerCase() !== input.recipientName.trim().toLowerCase()) throw new BadUserInputError('recipientName', "recipientName must be the support's name");
      }
      const consent = await this.consents.create(tx, { ...input, supportId: input.supportId ?? null, categories: [...new Set(input.categories)], recordedById: actor.staffId });
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
    if (input.format === PlanExportFormat.FHIR_R4) {
      const { bundle, ...exported } = await this.exportFhirBundle(actor, input, 'collection');
      return { ...exported, document: JSON.stringify(bundle) };
    }
    const source = await this.consents.exportSource(input.patientId);
    if (!source) throw new NotFoundError('Patient', 'patientId');
    const plan = currentPlanOf(source.plan);
    const { disclosure } = await this.disclose(actor, input, plan.id, source.timeZone);
    const labels = await this.planLoaders.part2Labels(new RequestLoaders()).load(plan.id);
    const content = buildPlanExport({ ...source, plan }, labels, disclosure.categories);
    const document = JSON.stringify({ notice: PART2_NOTICE, recipient: input.recipientName, disclosedAt: disclosure.disclosedAt, ...content });
    return { disclosure, notice: PART2_NOTICE, document };
  }

  /** The same disclosure as a FHIR R4 Bundle (exportPlan's FHIR_R4 format, and the REST $everything operation). */
  async exportFhirBundle(actor: Actor, input: Omit<ExportPlanInput, 'format'>, type: FhirDisclosure['type']) {
    const source = await this.fhirExport.source(input.patientId);
    if (!source) throw new NotFoundError('Patient', 'patientId');
    const plan = currentPlanOf(source.plan);
    const { disclosure, consent } = await this.disclose(actor, input, plan.id, source.patient.program.timeZone);
    const labels = await this.planLoaders.part2Labels(new RequestLoaders()).load(plan.id);
    const full = { ...source, plan };
    const staff = new Map((await this.fhirExport.staff(staffNamedBy(full, actor.staffId))).map((member) => [member.id, member]));
    const bundle = buildFhirBundle({ source: full, staff, labels, categories: disclosure.categories, consent, disclosure, notice: PART2_NOTICE, type });
    return { disclosure, notice: PART2_NOTICE, bundle };
  }

  /** The consent that covers the disclosure (FORBIDDEN, naming what is missing, without one) and the accounting's entry. */
  private disclose(actor: Actor, input: Omit<ExportPlanInput, 'format'>, planId: string, timeZone: string) {
    const categories = [...new Set(input.categories)];
    return this.transactions.run(async (tx) => {
      const found = findCoveringConsent(await this.consents.ofPatient(input.patientId, tx), input, categories, todayIn(timeZone));
      if ('missing' in found) throw new ForbiddenError(`Disclosure refused: ${found.missing}`);
      await this.audit.recordChange(tx, actor, [input.patientId]);
      const disclosure = await this.consents.recordDisclosure(tx, {
        patientId: input.patientId,
        consentId: found.consent.id,
        planId,
        recipientType: found.consent.recipientType,
        recipientName: found.consent.recipientName,
        categories,
        disclosedById: actor.staffId,
      });
      return { disclosure, consent: found.consent };
    });
  }
}

function currentPlanOf<P>(plan: P | null): P {
  if (!plan) throw new RuleViolationError('The patient has no current treatment plan to export', 'patientId');
  return plan;
}
