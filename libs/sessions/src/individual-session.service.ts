import { Injectable } from '@nestjs/common';
import { assertInOrder, BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, created, PlanScopes, PlanUnitOfWork, updated } from '@oneplan/plan';
import type { IndividualSessionRow, Tx } from '@oneplan/prisma';
import type { RecordSessionOutcomeInput, ScheduleIndividualSessionInput } from './dto/individual-session.input.js';
import { IndividualSessionRepository, type SessionOutcome } from './individual-session.repository.js';

@Injectable()
export class IndividualSessionService {
  constructor(
    private readonly scopes: PlanScopes,
    private readonly sessions: IndividualSessionRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  async schedule(actor: Actor, input: ScheduleIndividualSessionInput): Promise<IndividualSessionRow> {
    assertInOrder(input.scheduledStart, input.scheduledEnd, 'scheduledEnd', true);
    const { goalIds, ...fields } = input;
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      if (input.type === 'TRAUMA_PROCESSING' && scope.phase === 'STABILIZATION') {
        throw new RuleViolationError('A trauma processing session cannot be scheduled while the plan is in stabilization', 'type');
      }
      await this.scopes.requireOnTeam(scope, input.therapistId, 'therapistId', ['PRIMARY_THERAPIST', 'THERAPIST'], tx);
      await this.scopes.requireItems(tx, input.planId, 'goal', goalIds, 'goalIds');
      const session = await this.sessions.create(tx, { ...fields, createdById: actor.staffId }, [...new Set(goalIds)]);
      return { value: session, revisions: [created('IndividualSession', session.id, { ...fields, goalIds })] };
    });
  }

  async recordOutcome(actor: Actor, input: RecordSessionOutcomeInput): Promise<IndividualSessionRow> {
    const { sessionId, expectedVersion, ...outcome } = input;
    if (outcome.status === 'COMPLETED') {
      if (!outcome.actualStart || !outcome.actualEnd) throw new BadUserInputError('actualStart', 'A completed session needs its actual start and end');
      assertInOrder(outcome.actualStart, outcome.actualEnd, 'actualEnd', true);
    } else if (outcome.actualStart || outcome.actualEnd) {
      throw new BadUserInputError('actualStart', `A ${outcome.status} session has no actual times`);
    }
    const planOf = async (tx: Tx) => {
      const session = await this.sessions.findById(sessionId, tx);
      if (!session) throw new NotFoundError('IndividualSession', 'sessionId');
      return session.planId;
    };
    return this.work.change(actor, planOf, async ({ tx, scope }) => {
      const current = await this.sessions.findById(sessionId, tx);
      const supportIds = outcome.supportIds ?? [];
      if (supportIds.length) {
        if (current?.type !== 'FAMILY' || outcome.status !== 'COMPLETED') throw new BadUserInputError('supportIds', 'Supports take part in a completed family session');
        const named = await this.sessions.currentSupports(tx, scope.patientId, supportIds);
        const unknown = supportIds.findIndex((id) => !named.has(id));
        if (unknown >= 0) throw new NotFoundError('Support of the patient', `supportIds.${unknown}`);
      }
      const patch: Partial<SessionOutcome> = { status: outcome.status, actualStart: outcome.actualStart ?? null, actualEnd: outcome.actualEnd ?? null, supportIds };
      const changes = await applyVersionedEdit({
        entity: 'IndividualSession',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.sessions.recordOutcome(tx, sessionId, expectedVersion, changed),
        currentVersion: async () => (await this.sessions.findById(sessionId, tx))?.version,
      });
      return { value: changes.length ? (await this.sessions.findById(sessionId, tx))! : current!, revisions: updated('IndividualSession', sessionId, changes) };
    });
  }
}
