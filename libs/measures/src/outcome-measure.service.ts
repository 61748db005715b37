import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { OutboxEventKind } from '@oneplan/outbox';
import { created, PlanUnitOfWork } from '@oneplan/plan';
import type { OutcomeMeasureRow } from '@oneplan/prisma';
import type { RecordOutcomeMeasureInput } from './dto/outcome-measure.input.js';
import { SCORE_RANGES, SELF_HARM_ITEM_RANGE } from './measure-ranges.js';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';

/** Allowance for clock skew between a client and the server when refusing future times. */
const CLOCK_SKEW_MS = 5 * 60_000;

function requireInRange(value: number, range: { min: number; max: number }, field: string, what: string): void {
  if (value < range.min || value > range.max) throw new BadUserInputError(field, `${what} must be between ${range.min} and ${range.max}`);
}

@Injectable()
export class OutcomeMeasureService {
  constructor(
    private readonly measures: OutcomeMeasureRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  async record(actor: Actor, input: RecordOutcomeMeasureInput): Promise<OutcomeMeasureRow> {
    requireInRange(input.score, SCORE_RANGES[input.type], 'score', `A ${input.type} score`);
    if (input.type === 'PHQ9') {
      if (input.selfHarmItem === undefined || input.selfHarmItem === null) throw new BadUserInputError('selfHarmItem', 'PHQ-9 needs item 9 (selfHarmItem)');
      requireInRange(input.selfHarmItem, SELF_HARM_ITEM_RANGE, 'selfHarmItem', 'PHQ-9 item 9');
      if (input.selfHarmItem > input.score) throw new BadUserInputError('selfHarmItem', 'Item 9 cannot exceed the PHQ-9 total');
    } else if (input.selfHarmItem !== undefined && input.selfHarmItem !== null) {
      throw new BadUserInputError('selfHarmItem', 'selfHarmItem belongs to PHQ-9 only');
    }
    if (input.administeredAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw new BadUserInputError('administeredAt', 'administeredAt cannot be in the future');
    return this.work.insert<OutcomeMeasureRow>(actor, input.planId, async () => {
      const measure = { id: randomUUID(), ...input, selfHarmItem: input.selfHarmItem ?? null, recordedById: actor.staffId };
      return {
        insert: this.measures.insertOf(measure),
        revisions: [created('OutcomeMeasure', measure.id, { type: input.type, administeredAt: input.administeredAt }, 'RECORDED')],
        events: [{ kind: OutboxEventKind.OutcomeMeasureRecorded, subjectId: measure.id }],
      };
    });
  }
}
