import { Injectable } from '@nestjs/common';
import { assertInOrder, BadUserInputError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { applyVersionedEdit, PlanRevisionRepository, PlanScopes } from '@oneplan/plan';
import { type IndividualSessionRow, TransactionRunner } from '@oneplan/prisma';
import type { RecordSessionOutcomeInput, ScheduleIndividualSessionInput } from './dto/individual-session.input.js';
import { IndividualSessionRepository, type SessionOutcome } from './individual-session.repository.js';

@Injectable()
export class IndividualSessionService {
  constructor(
    private readonly revisions: PlanRevisionRepository,
    private readonly scopes: PlanScopes,
    private readonly sessions: IndividualSessionRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  schedule(actor: Actor, input: ScheduleIndividualSessionInput): Promise<IndividualSessionRow> {
    assertInOrder(input.scheduledStart, input.scheduledEnd, 'scheduledEnd', true);
    const { goalIds, ...fields } = input;
    return this.transactions.run(async (tx) => {
      const scope = await this.scopes.requireOpen(input.planId, tx);
      if (input.type === 'TRAUMA_PROCESSING' && scope.phase === 'STABILIZATION') {
        throw new RuleViolationError('A trauma processing session cannot be scheduled while the plan is in stabilization', 'type');
      }
      await this.scopes.requireOnTeam(scope, input.therapistId, 'therapistId', ['PRIMARY_THERAPIST', 'THERAPIST'], tx);
      await this.scopes.requireItems(tx, input.planId, 'goal', goalIds, 'goalIds');
      const session = await this.sessions.create(tx, { ...fields, createdById: actor.staffId }, [...new Set(goalIds)]);
      await this.revisions.recordCreated(tx, {
        planId: input.planId,
        authorId: actor.staffId,
        entityType: 'IndividualSession',
        entityId: session.id, fields: { ...fields, goalIds } });
      return session;
    });
  }

  recordOutcome(actor: Actor, input: RecordSessionOutcomeInput): Promise<IndividualSessionRow> {
    const { sessionId, expectedVersion, ...outcome } = input;
    if (outcome.status === 'COMPLETED') {
      if (!outcome.actualStart || !outcome.actualEnd) throw new BadUserInputError('actualStart', 'A completed session needs its actual start and end');
      assertInOrder(outcome.actualStart, outcome.actualEnd, 'actualEnd', true);
    } else if (outcome.actualStart || outcome.actualEnd) {
      throw new BadUserInputError('actualStart', `A ${outcome.status} session has no actual times`);
    }
    return this.transactions.run(async (tx) => {
      const current = await this.sessions.findById(sessionId, tx);
      if (!current) throw new NotFoundError('IndividualSession', 'sessionId');
      await this.scopes.requireOpen(current.planId, tx);
      const patch: Partial<SessionOutcome> = { status: outcome.status, actualStart: outcome.actualStart ?? null, actualEnd: outcome.actualEnd ?? null };
      const changes = await applyVersionedEdit({
        entity: 'IndividualSession',
        current,
        expectedVersion,
        patch,
        write: (changed) => this.sessions.recordOutcome(tx, sessionId, expectedVersion, changed),
        currentVersion: async () => (await this.sessions.findById(sessionId, tx))?.version,
      });
      if (changes.length === 0) return current;
      await this.revisions.record(tx, { planId: current.planId, authorId: actor.staffId, entityType: 'IndividualSession', entityId: sessionId, action: 'UPDATED', changes });
      return (await this.sessions.findById(sessionId, tx))!;
    });
  }
}
