import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { SelfReportDue } from '@oneplan/self-report';
import { launchChromium } from '../support/browser.js';
import { buildClinic, type Clinic } from '../support/clinic.js';
import { localSmtp } from '../support/smtp.js';
import { ok, startTestApi, type TestApi } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
type PageGlobals = { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } };
const PHONE = { width: 390, height: 844 };
const SEND = `mutation($input: SendSelfReportLinkInput!) { sendSelfReportLink(input: $input) { link { id sentAt } } }`;
const EMAIL = 'alex.patient@example.test';

const smtp = await localSmtp();

/** The patient's self-report link: email through a real SMTP server, the page in Chromium at a phone's size, the worker's rules. */
describe('Patient self-report (e2e)', () => {
  let api: TestApi;
  let clinic: Clinic;
  let base: string;
  let browser: Browser;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await smtp.start();
    api = await startTestApi({ QUEUE_PREFIX: `oneplan-self-report-${randomBytes(4).toString('hex')}`, SMTP_URL: smtp.url, SELF_REPORT_RATE_LIMIT: '40' });
    clinic = await buildClinic(api);
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    worker = await startTestWorker();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await smtp.stop();
  });

  /** What reached the patient (staff get their notifications by email from the same server). */
  const toPatient = () => smtp.mails.filter((mail) => mail.to === EMAIL);

  /** Sends a link as the therapist and reads its token from the email the patient gets. */
  async function linkFor(types: string[]): Promise<{ id: string; token: string; text: string }> {
    const before = toPatient().length;
    const { link } = ok(await api.gql(clinic.staff.therapist, SEND, { input: { planId: clinic.planId, types, email: EMAIL } })).sendSelfReportLink;
    expect(await eventually(async () => toPatient().length > before)).toBe(true);
    const { text } = toPatient().at(-1)!;
    const token = /\/self-report#([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token).toBeDefined();
    return { id: link.id, token: token!, text };
  }

  const post = async (route: string, body: object) => {
    const response = await fetch(`${base}/self-report/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
  };
  const patientMeasures = () => api.prisma.outcomeMeasure.count({ where: { planId: clinic.planId, source: 'PATIENT' } });

  it('should email a link naming no diagnosis, record the answers once, and refuse the link used twice, expired or tampered', async () => {
    const { token, text } = await linkFor(['PHQ9', 'GAD7']);
    const { lastName } = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
    for (const word of ['PHQ', 'GAD', 'depress', 'anxiety', 'PTSD', 'substance', lastName]) expect(text).not.toContain(word);
    expect(text).toContain('988');

    const form = await post('form', { token });
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(form.body.measures.map((measure: { type: string; items: string[] }) => [measure.type, measure.items.length])).toEqual([
      ['PHQ9', 9],
      ['GAD7', 7],
    ]);
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(await post('form', { token: tampered })).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await post('form', { token: 'not a token' })).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });

    const before = await patientMeasures();
    const wrong = await post('answers', { token, answers: { PHQ9: [0, 0, 0, 0, 0, 0, 0, 0, 0], GAD7: [0, 1, 2, 3, 4, 0, 0] } });
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'answers.GAD7' } } });
    const extra = await post('answers', { token, answers: { PHQ9: Array(9).fill(0), GAD7: Array(7).fill(0), PCL5: Array(20).fill(0) } });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'answers' } } });
    expect(await patientMeasures()).toBe(before);

    const [first, second] = await Promise.all([
      post('answers', { token, answers: { PHQ9: [1, 1, 0, 1, 0, 0, 0, 0, 0], GAD7: [1, 1, 1, 0, 0, 0, 0] } }),
      post('answers', { token, answers: { PHQ9: [1, 1, 0, 1, 0, 0, 0, 0, 0], GAD7: [1, 1, 1, 0, 0, 0, 0] } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 410]);
    expect([first, second].find((answer) => answer.status === 200)!.body).toEqual({ recorded: true, crisis: false, crisisLines: [] });
    expect([first, second].find((answer) => answer.status === 410)!.body.error.code).toBe('LINK_USED');
    expect(await patientMeasures()).toBe(before + 2);
    expect(await api.prisma.outcomeMeasure.findFirstOrThrow({ where: { planId: clinic.planId, type: 'PHQ9', source: 'PATIENT' } })).toMatchObject({
      score: 3,
      selfHarmItem: 0,
      recordedById: clinic.staff.therapist,
    });
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'OutcomeMeasure', authorRule: 'self-report' } })).toBe(2);

    const expiring = await linkFor(['CRAVING']);
    await api.prisma.selfReportLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await post('answers', { token: expiring.token, answers: { CRAVING: [3] } })).toMatchObject({ status: 410, body: { error: { code: 'LINK_EXPIRED' } } });
    expect(await patientMeasures()).toBe(before + 2);
  });

  it('should show the crisis lines the moment PHQ-9 item 9 is answered above 0, raise the urgent task, and pass axe-core at a phone size', async () => {
    const { token } = await linkFor(['PHQ9']);
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/self-report#${token}`);
      await page.getByRole('group', { name: /Thoughts that you would be better off dead/ }).waitFor();
      expect(page.url()).toBe(`${base}/self-report`);
      const crisis = page.getByRole('region', { name: /help is here right now/ });
      expect(await crisis.isVisible()).toBe(false);
      await page.addScriptTag({ path: AXE });
      const serious = async () =>
        (await page.evaluate(async () => (globalThis as unknown as PageGlobals).axe.run())).violations.filter((item) => item.impact === 'serious' || item.impact === 'critical').map((item) => item.id);
      expect(await serious()).toEqual([]);

      await page
        .getByRole('group', { name: /Thoughts that you would be better off dead/ })
        .getByRole('radio', { name: 'Several days' })
        .check();
      await crisis.waitFor();
      for (const line of ['988', '911', '1-800-662-4357']) expect(await crisis.textContent()).toContain(line);

      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByText('Some questions are not answered yet').waitFor();
      for (let item = 1; item <= 8; item++)
        await page
          .getByRole('group', { name: new RegExp(`^${item}\\. `) })
          .getByRole('radio', { name: 'Not at all' })
          .check();
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByText('Thank you. Your answers were sent to your care team.').waitFor();
      expect(await crisis.isVisible()).toBe(true);
      expect(await serious()).toEqual([]);
    } finally {
      await context.close();
    }
    const measure = await api.prisma.outcomeMeasure.findFirstOrThrow({ where: { planId: clinic.planId, type: 'PHQ9', selfHarmItem: 1, source: 'PATIENT' } });
    expect(measure.score).toBe(1);
    // The same rule as a measure staff enter: the primary therapist's urgent task, and the prescriber told.
    expect(
      await eventually(async () => (await api.prisma.task.count({ where: { planId: clinic.planId, title: 'Urgent: review the safety plan (PHQ-9 item 9)', ownerId: clinic.staff.therapist } })) === 1),
    ).toBe(true);
    expect(await api.prisma.notification.count({ where: { kind: 'SELF_HARM_RISK', urgent: true, recipientId: clinic.staff.prescriber, subjectId: measure.id } })).toBe(1);
  }, 120_000);

  it('should send a link by itself when measures fall due in a program that turned it on, once', async () => {
    const due = () => worker.get(SelfReportDue).sendDue();
    expect(await due()).toBe(0);
    ok(
      await api.gql(clinic.staff.admin, `mutation($input: SetSelfReportLinksInput!) { setSelfReportLinks(input: $input) { program { selfReportLinks } } }`, {
        input: { programId: clinic.programId, automatic: true },
      }),
    );
    // PCL-5 has never been given: it is due since admission. PHQ-9 was given today: not due.
    const before = toPatient().length;
    expect(await due()).toBe(1);
    expect(await due()).toBe(0);
    const link = await api.prisma.selfReportLink.findFirstOrThrow({ where: { planId: clinic.planId, dueKey: { not: null } } });
    expect(link).toMatchObject({ email: EMAIL, requestedById: clinic.staff.therapist });
    expect(link.measureTypes).toContain('PCL5');
    expect(link.measureTypes).not.toContain('PHQ9');
    expect(await eventually(async () => toPatient().length === before + 1, 20_000)).toBe(true);
  });

  it('should hold each address to a small budget on the page’s routes, with the time to wait', async () => {
    const answers = await Promise.all(Array.from({ length: 45 }, () => post('form', { token: 'x' })));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
