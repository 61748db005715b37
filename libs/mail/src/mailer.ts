import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';

/** The one SMTP transport of a process (SMTP_URL); without one, nothing is sent. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) this.transport = createTransport(config.SMTP_URL);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** Sends one plain-text email from EMAIL_FROM; false when no SMTP server is configured. */
  async send(message: { to: string; subject: string; text: string }): Promise<boolean> {
    if (!this.transport) return false;
    await this.transport.sendMail({ from: this.config.EMAIL_FROM, ...message });
    return true;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
