import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { Mailer } from '@oneplan/mail';
import { Outbox } from '@oneplan/outbox';
import { NATIONAL_CRISIS_LINES } from '@oneplan/plan';
import type { JobName, JobPayloads } from '@oneplan/queue';
import { linkTokenHash, newLinkToken } from './link-token.js';
import { SelfReportRepository } from './self-report.repository.js';

/** A link works for 72 hours from when it is emailed. */
export const LINK_HOURS = 72;

/** The page's address; the token rides in the fragment, which browsers never send to a server or in a Referer. */
export const selfReportUrl = (appUrl: string, token: string) => `${appUrl}/self-report#${token}`;

function linkEmail(url: string): string {
  return [
    'Your care team asks you to answer a few short questions about how you have been.',
    `Open this link on your phone or computer:\n${url}`,
    `It works once and expires in ${LINK_HOURS} hours. If it has expired, ask your care team for a new one.`,
    `If you need help right now:\n${NATIONAL_CRISIS_LINES.map((line) => `- ${line.name}: ${line.contact}`).join('\n')}`,
  ].join('\n\n');
}

/**
 * Makes a link's token and emails it, once: the token exists only in the email (the database keeps its
 * hash). A delivery retried before the email went out replaces the token, so only a sent one ever works.
 */
@Injectable()
export class SelfReportLinkDelivery {
  private readonly logger = new Logger(SelfReportLinkDelivery.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: SelfReportRepository,
    private readonly mail: Mailer,
    private readonly outbox: Outbox,
  ) {}

  async deliver({ eventId }: JobPayloads[JobName.SelfReportLinkDelivery]): Promise<void> {
    const linkId = await this.links.eventSubject(eventId);
    const [link] = linkId ? await this.links.linksByIds([linkId]) : [];
    if (link && !link.sentAt && !link.usedAt) {
      if (!this.mail.enabled) this.logger.warn({ linkId: link.id }, 'No SMTP server: the self-report link waits');
      else {
        const token = newLinkToken();
        const issued = await this.links.issueToken(link.id, linkTokenHash(token)!, new Date(Date.now() + LINK_HOURS * 3_600_000));
        if (issued) {
          await this.mail.send({ to: issued.email, subject: 'A few questions from your care team', text: linkEmail(selfReportUrl(this.config.APP_URL, token)) });
          await this.links.markSent(link.id);
        }
      }
    }
    await this.outbox.markHandled(eventId);
  }
}
