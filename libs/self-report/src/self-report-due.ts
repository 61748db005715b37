import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { measureSchedule } from '@oneplan/care-team';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { type LevelOfCare, TransactionRunner } from '@oneplan/prisma';
import { SELF_REPORT_TYPES } from './instruments.js';
import { type AutoSendPlan, SelfReportRepository } from './self-report.repository.js';

const PAGE_SIZE = 500;
const ISO_DATE = 'yyyy-MM-dd';

/**
 * In programs that turned it on, measures that fall due (the same schedule as the measures-due reminder)
 * are sent to the patient as one link, at the address their last link went to. A link is keyed by the
 * plan and the due dates it answers, so it is sent once however often this runs; answering moves the
 * dates on, and the next ones send the next link.
 */
@Injectable()
export class SelfReportDue {
  private readonly logger = new Logger(SelfReportDue.name);

  constructor(
    private readonly links: SelfReportRepository,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {}

  async sendDue(now: Date = new Date()): Promise<number> {
    let sent = 0;
    let after: string | null = null;
    for (;;) {
      const plans: AutoSendPlan[] = await this.links.autoSendPlans(after, PAGE_SIZE);
      if (plans.length === 0) break;
      sent += await this.sendPage(plans, now);
      if (plans.length < PAGE_SIZE) break;
      after = plans[plans.length - 1].planId;
    }
    if (sent) this.logger.log({ sent }, 'Self-report links sent for measures due');
    return sent;
  }

  private async sendPage(plans: AutoSendPlan[], now: Date): Promise<number> {
    const [programRows, last] = await Promise.all([this.links.programMeasureSchedules([...new Set(plans.map((plan) => plan.programId))]), this.links.lastMeasures(plans.map((plan) => plan.planId))]);
    const rows = plans
      .filter((plan) => plan.therapistId)
      .flatMap((plan) => {
        const today = DateTime.fromJSDate(now).setZone(plan.timeZone).toFormat(ISO_DATE);
        const schedule = measureSchedule(plan.levelOfCare as LevelOfCare, [...programRows.filter((row) => row.programId === plan.programId), ...(plan.measureSchedule ?? [])]);
        const due = schedule
          .filter(({ type }) => (SELF_REPORT_TYPES as readonly string[]).includes(type))
          .map(({ type, everyDays }) => {
            const given = last.get(`${plan.planId}:${type}`);
            const date = given ? DateTime.fromJSDate(given).setZone(plan.timeZone).startOf('day').plus({ days: everyDays }).toFormat(ISO_DATE) : plan.episodeStart.toISOString().slice(0, 10);
            return { type, date };
          })
          .filter(({ date }) => date <= today);
        if (due.length === 0) return [];
        return [
          {
            planId: plan.planId,
            patientId: plan.patientId,
            measureTypes: due.map(({ type }) => type),
            email: plan.email,
            requestedById: plan.therapistId!,
            dueKey: `${plan.planId}:${due.map(({ type, date }) => `${type}@${date}`).join(',')}`,
          },
        ];
      });
    // The links and their events in one transaction: a link exists exactly when its email is on its way.
    return this.transactions.run(async (tx) => {
      const created = await this.links.createDue(tx, rows);
      await this.outbox.addMany(
        tx,
        created.map((id) => ({ kind: OutboxEventKind.SelfReportLinkRequested, subjectId: id, actorId: null })),
      );
      return created.length;
    });
  }
}
