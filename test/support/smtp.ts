import { SMTPServer } from 'smtp-server';
import { freePort } from './processes.js';

export interface ReceivedMail {
  to: string;
  text: string;
}

/** A real SMTP server in this process, keeping what it receives (decoded from quoted-printable). */
export async function localSmtp() {
  const port = await freePort();
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let text = '';
      stream.on('data', (chunk) => (text += chunk));
      stream.on('end', () => {
        text = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), text });
        done();
      });
    },
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
