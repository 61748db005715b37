import { Injectable, Logger } from '@nestjs/common';
import { Outbox } from '@oneplan/outbox';
import type { JobName, JobPayloads } from '@oneplan/queue';
import { Mailer } from '@oneplan/mail';
import { SupportsRepository } from './supports.repository.js';

/** Emails a support update once (emailedAt), however often its job runs; a support no longer named gets nothing. */
@Injectable()
export class SupportUpdateDelivery {
  private readonly logger = new Logger(SupportUpdateDelivery.name);

  constructor(
    private readonly mail: Mailer,
    private readonly outbox: Outbox,
    private readonly supports: SupportsRepository,
  ) {}

  async deliver({ eventId }: JobPayloads[JobName.SupportUpdateDelivery]): Promise<void> {
    const subjectId = await this.supports.eventSubject(eventId);
    const update = subjectId && (await this.supports.pendingUpdate(subjectId));
    if (update && !update.emailedAt && !update.ended && update.email) {
      if (await this.mail.send({ to: update.email, subject: update.subject, text: update.body })) await this.supports.markEmailed(update.id);
      else this.logger.warn({ updateId: update.id }, 'No SMTP server: the support update waits');
    }
    await this.outbox.markHandled(eventId);
  }
}
