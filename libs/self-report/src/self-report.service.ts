import { Injectable } from '@nestjs/common';
import { BadUserInputError, ErrorCode, LinkNotUsableError, NotFoundError, RuleViolationError } from '@oneplan/errors';
import type { Actor } from '@oneplan/graphql';
import { OutcomeMeasureRepository } from '@oneplan/measures';
import { OutboxEventKind } from '@oneplan/outbox';
import { created, PlanUnitOfWork } from '@oneplan/plan';
import type { SelfReportLinkRow } from '@oneplan/prisma';
import type { SendSelfReportLinkInput } from './dto/self-report.input.js';
import { INSTRUMENTS, type Instrument, scoreAnswers, type Scored, type SelfReportType } from './instruments.js';
import { linkTokenHash } from './link-token.js';
import { SelfReportRepository } from './self-report.repository.js';

/** The author, in the plan's history and the audit trail, of what the patient fills in. */
export const SELF_REPORT_RULE = 'self-report';

export interface SelfReportForm {
  expiresAt: Date;
  measures: Array<Instrument & { type: SelfReportType }>;
}

@Injectable()
export class SelfReportService {
  constructor(
    private readonly links: SelfReportRepository,
    private readonly measures: OutcomeMeasureRepository,
    private readonly work: PlanUnitOfWork,
  ) {}

  /** Writes the link to send (the worker makes its token and emails it), with a revision in the plan. */
  send(actor: Actor, input: SendSelfReportLinkInput): Promise<SelfReportLinkRow> {
    return this.work.change(actor, input.planId, async ({ tx, scope }) => {
      const link = await this.links.create(tx, { planId: scope.planId, patientId: scope.patientId, measureTypes: input.types, email: input.email, requestedById: actor.staffId });
      return {
        value: link,
        revisions: [created('SelfReportLink', link.id, { measureTypes: input.types })],
        events: [{ kind: OutboxEventKind.SelfReportLinkRequested, subjectId: link.id }],
      };
    });
  }

  /** The questionnaires a link asks for, while it can be used. */
  async form(token: unknown): Promise<SelfReportForm> {
    const hash = linkTokenHash(token);
    const link = hash ? await this.links.byHash(hash) : null;
    usable(link);
    return { expiresAt: link!.expiresAt!, measures: (link!.measureTypes as SelfReportType[]).map((type) => ({ type, ...INSTRUMENTS[type] })) };
  }

  /**
   * Records the answers as measures the patient filled in, under the same rules as staff-entered ones
   * (PHQ-9 item 9 above 0 reaches the team at once), and uses the link up: all in one unit of work.
   */
  async submit(token: unknown, answers: unknown): Promise<{ crisis: boolean }> {
    const hash = linkTokenHash(token);
    if (!hash) throw new NotFoundError('Self-report link', 'token');
    const found = await this.links.byHash(hash);
    usable(found);
    const scored = scoreAll(found!, answers);
    try {
      await this.work.changeByRule(SELF_REPORT_RULE, found!.planId, async ({ tx }) => {
        const link = await this.links.lockByHash(tx, hash);
        // Two submissions at once: the second sees the first's use under the lock.
        usable(link);
        await this.links.markUsed(tx, link!.id);
        const administeredAt = new Date();
        const rows = [];
        for (const measure of scored) {
          rows.push(await this.measures.create(tx, { ...measure, planId: link!.planId, administeredAt, recordedById: link!.requestedById, source: 'PATIENT' }));
        }
        return {
          value: undefined,
          revisions: rows.map((row) => created('OutcomeMeasure', row.id, { type: row.type, administeredAt, source: 'PATIENT' }, 'RECORDED')),
          events: rows.map((row) => ({ kind: OutboxEventKind.OutcomeMeasureRecorded, subjectId: row.id })),
        };
      });
    } catch (error) {
      // The plan closed since the link was sent (the patient was discharged): the link has lapsed.
      if (error instanceof RuleViolationError && error.details.field === 'planId') throw new LinkNotUsableError(ErrorCode.LinkExpired);
      throw error;
    }
    return { crisis: scored.some((measure) => (measure.selfHarmItem ?? 0) > 0) };
  }
}

function usable(link: SelfReportLinkRow | null | undefined): void {
  if (!link || !link.sentAt || !link.expiresAt) throw new NotFoundError('Self-report link', 'token');
  if (link.usedAt) throw new LinkNotUsableError(ErrorCode.LinkUsed);
  if (link.expiresAt.getTime() <= Date.now()) throw new LinkNotUsableError(ErrorCode.LinkExpired);
}

/** Every questionnaire the link asks for, answered in full; nothing else. */
function scoreAll(link: SelfReportLinkRow, answers: unknown): Scored[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new BadUserInputError('answers', 'answers must map each questionnaire to its answers');
  const given = answers as Record<string, unknown>;
  const extra = Object.keys(given).find((type) => !link.measureTypes.includes(type as SelfReportType));
  if (extra !== undefined) throw new BadUserInputError('answers', 'answers may hold only the questionnaires the link asks for');
  return (link.measureTypes as SelfReportType[]).map((type) => {
    const result = scoreAnswers(type, given[type]);
    if ('invalid' in result) throw new BadUserInputError(`answers.${type}`, result.invalid);
    return result;
  });
}
