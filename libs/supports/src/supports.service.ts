import { Injectable } from '@nestjs/common';
import { addDays } from '@oneplan/care-team';
import { ConsentRepository, covers, findCoveringConsent } from '@oneplan/consent';
import { ForbiddenError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { OutboxEventKind } from '@oneplan/outbox';
import { applyVersionedEdit, created, PlanUnitOfWork, todayIn, updated } from '@oneplan/plan';
import { type SupportRow, type SupportUpdateRow, type Tx } from '@oneplan/prisma';
import type { AddSupportInput, SendSupportUpdateInput, UpdateSupportInput } from './dto/support.input.js';
import { CATEGORIES_OF, supportUpdateText } from './support-update-text.js';
import { SupportsRepository } from './supports.repository.js';

/** Appointments an update lists: the next two weeks. */
const APPOINTMENT_DAYS = 14;

@Injectable()
export class SupportsService {
  constructor(
    private readonly consents: ConsentRepository,
    private readonly supports: SupportsRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  addSupport(actor: Actor, input: AddSupportInput): Promise<SupportRow> {
    const { planId, ...fields } = input;
    return this.work.change(actor, planId, async ({ tx, scope }) => {
      const support = await this.supports.create(tx, { ...fields, patientId: scope.patientId, createdById: actor.staffId });
      return { value: support, revisions: [created('Support', support.id, { relation: fields.relation, role: fields.role })] };
    });
  }

  /** Contact details change with a revision in the patient's current plan; a support is ended, never deleted. */
  updateSupport(actor: Actor, input: UpdateSupportInput): Promise<SupportRow> {
    let current: SupportRow | undefined;
    const planOf = async (tx: Tx) => {
      [current] = await this.supports.supportsByIds([input.supportId], tx);
      if (!current) throw new NotFoundError('Support', 'supportId');
      const planId = await this.supports.currentPlanOf(tx, current.patientId);
      if (!planId) throw new NotFoundError('TreatmentPlan of the patient', 'supportId');
      return planId;
    };
    return this.work.change(
      actor,
      planOf,
      async ({ tx }) => {
        [current] = await this.supports.supportsByIds([input.supportId], tx);
        if (current?.endedAt) throw new RuleViolationError('The patient no longer names this support', 'supportId');
        const patch = { relation: input.relation, email: input.email, phone: input.phone, endedAt: input.ended ? new Date() : undefined };
        const changes = await applyVersionedEdit({
          entity: 'Support',
          current: current ?? null,
          expectedVersion: input.expectedVersion,
          patch,
          write: (changed) => this.supports.update(tx, input.supportId, input.expectedVersion, changed),
          currentVersion: async () => (await this.supports.supportsByIds([input.supportId], tx))[0]?.version,
        });
        const [after] = await this.supports.supportsByIds([input.supportId], tx);
        return { value: after, revisions: updated('Support', after.id, changes) };
      },
      { closedPlans: true },
    );
  }

  /**
   * Writes the update the consent covers and its disclosure entry in one unit of work; the worker emails
   * it. Without a consent naming the support, in force and covering every part, it is refused with what is missing.
   */
  sendUpdate(actor: Actor, input: SendSupportUpdateInput): Promise<SupportUpdateRow> {
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      const [support] = await this.supports.supportsByIds([input.supportId], tx);
      if (!support || support.patientId !== scope.patientId || support.endedAt) throw new NotFoundError('Support of the patient', 'supportId');
      if (!support.email) throw new RuleViolationError('The support has no email address', 'supportId');
      const categories = [...new Set(input.contents.flatMap((content) => CATEGORIES_OF[content]))];
      const today = todayIn(scope.timeZone);
      const found = findCoveringConsent(await this.consents.ofPatient(scope.patientId, tx), { supportId: support.id, label: `support "${support.name}"` }, categories, today);
      if ('missing' in found) {
        const refusal = new ForbiddenError(`Update refused: ${found.missing}`);
        refusal.details.field = 'supportId';
        throw refusal;
      }
      const now = new Date();
      const { subject, body } = supportUpdateText({
        firstName: await this.supports.firstName(tx, scope.patientId),
        supportName: support.name,
        contents: input.contents,
        appointments: input.contents.includes('APPOINTMENTS') ? await this.supports.appointments(tx, scope.planId, scope.patientId, now, addDays(now, APPOINTMENT_DAYS)) : [],
        safetyPlan: input.contents.some((content) => content !== 'APPOINTMENTS') ? await this.supports.safetyPlan(tx, scope.planId) : null,
        substanceUse: covers(found.consent, 'SUBSTANCE_USE'),
        note: input.note,
        timeZone: scope.timeZone,
      });
      const disclosure = await this.consents.recordDisclosure(tx, {
        patientId: scope.patientId,
        consentId: found.consent.id,
        planId: scope.planId,
        recipientType: found.consent.recipientType,
        recipientName: found.consent.recipientName,
        categories,
        disclosedById: actor.staffId,
        supportId: support.id,
      });
      const update = await this.supports.createUpdate(tx, {
        supportId: support.id,
        patientId: scope.patientId,
        planId: scope.planId,
        disclosureId: disclosure.id,
        contents: input.contents,
        subject,
        body,
        sentById: actor.staffId,
      });
      return {
        value: update,
        revisions: [created('SupportUpdate', update.id, { supportId: support.id, contents: input.contents })],
        events: [{ kind: OutboxEventKind.SupportUpdateWritten, subjectId: update.id }],
      };
    });
  }
}
