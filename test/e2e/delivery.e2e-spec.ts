import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { WEBHOOK_ATTEMPTS } from '@oneplan/queue';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@oneplan/reminders';
import { useClinic } from '../support/clinic.js';
import { freePort } from '../support/processes.js';
import { localSmtp } from '../support/smtp.js';
import { ok } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

interface Received {
  path: string;
  body: string;
  timestamp: string;
  signature: string;
  answered: number;
}

/** A real SMTP server and a real HTTP receiver, both in this process. */
const smtp = await localSmtp();
const { mails } = smtp;
const hookPort = await freePort();
const received: Received[] = [];
/** /flaky fails the first 3 posts of each notification; /broken always fails. */
const receiver: Server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const seenBefore = received.filter((entry) => entry.path === req.url && entry.body === body).length;
    const answered = req.url === '/flaky' && seenBefore >= 3 ? 200 : 500;
    received.push({ path: req.url!, body, timestamp: String(req.headers[TIMESTAMP_HEADER]), signature: String(req.headers[SIGNATURE_HEADER]), answered });
    res.writeHead(answered).end();
  });
});

describe('Delivery by email and webhook (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-test-${randomBytes(4).toString('hex')}`, SMTP_URL: smtp.url, WEBHOOK_BACKOFF_MS: '50' });
  let worker: INestApplicationContext;
  const register = async (path: string) =>
    ok(
      await api.gql(clinic.staff.admin, `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } secret } }`, {
        input: { programId: clinic.programId, url: `http://127.0.0.1:${hookPort}${path}` },
      }),
    ).registerWebhook;

  beforeAll(async () => {
    await smtp.start();
    await new Promise<void>((resolve) => receiver.listen(hookPort, '127.0.0.1', resolve));
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await smtp.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('should post a signed reference to a webhook failing 3 times: delivered once, 4 attempts logged; email the recipient; no clinical content in either', async () => {
    const flaky = await register('/flaky');
    const broken = await register('/broken');
    ok(
      await api.gql(clinic.staff.outsider, `mutation($input: BreakTheGlassInput!) { breakTheGlass(input: $input) { emergencyAccess { id } } }`, {
        input: { patientId: clinic.patientId, reason: 'Crisis call at night' },
      }),
    );
    const notification = await (async () => {
      await eventually(async () => (await api.prisma.notification.count({ where: { kind: 'EMERGENCY_ACCESS' } })) === 1);
      return api.prisma.notification.findFirstOrThrow({ where: { kind: 'EMERGENCY_ACCESS' } });
    })();

    expect(await eventually(async () => (await api.prisma.webhookDelivery.count({ where: { webhookId: flaky.webhook.id, status: 'DELIVERED' } })) === 1, 20_000)).toBe(true);
    const posts = received.filter((entry) => entry.path === '/flaky');
    expect(posts.map((entry) => entry.answered)).toEqual([500, 500, 500, 200]);
    for (const post of posts) expect(verifyWebhook(flaky.secret, post.timestamp, post.body, post.signature)).toBe(true);
    expect(verifyWebhook(flaky.secret, posts[0].timestamp, posts[0].body.replace('EMERGENCY', 'OTHER'), posts[0].signature)).toBe(false);
    expect(JSON.parse(posts[0].body)).toEqual({
      notificationId: notification.id,
      kind: 'EMERGENCY_ACCESS',
      urgent: false,
      createdAt: notification.createdAt.toISOString(),
      url: expect.stringContaining(notification.id),
    });

    const patient = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
    const deliveries = ok(
      await api.gql(clinic.staff.admin, `query($programId: ID!) { webhookDeliveries(programId: $programId) { nodes { webhookId status attempts { attempt statusCode } } } }`, {
        programId: clinic.programId,
      }),
    ).webhookDeliveries.nodes;
    expect(deliveries.find((delivery: any) => delivery.webhookId === flaky.webhook.id)).toEqual({
      webhookId: flaky.webhook.id,
      status: 'DELIVERED',
      attempts: [500, 500, 500, 200].map((statusCode, index) => ({ attempt: index + 1, statusCode })),
    });

    expect(await eventually(async () => (await api.prisma.webhookDelivery.count({ where: { webhookId: broken.webhook.id, status: 'DEAD' } })) === 1, 20_000)).toBe(true);
    const dead = await api.prisma.webhookDelivery.findFirstOrThrow({ where: { webhookId: broken.webhook.id }, include: { attempts: true } });
    expect(dead.attempts).toHaveLength(WEBHOOK_ATTEMPTS);

    expect(await eventually(async () => mails.length === 1)).toBe(true);
    const therapist = await api.prisma.staffMember.findUniqueOrThrow({ where: { id: clinic.staff.therapist } });
    expect(mails[0].to).toBe(therapist.email);
    expect(mails[0].text).toContain(notification.id);
    for (const text of [mails[0].text, ...posts.map((post) => post.body)]) {
      expect(text).not.toContain(patient.lastName);
      expect(text).not.toContain(patient.recordNumber);
      expect(text).not.toContain('Crisis');
    }
    expect((await api.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).emailedAt).not.toBeNull();
  });
});
