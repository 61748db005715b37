import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { SupportUpdateDelivery } from '@oneplan/supports';
import { programDay, useClinic } from '../support/clinic.js';
import { localSmtp } from '../support/smtp.js';
import { ok } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

const smtp = await localSmtp();

const ADD = `mutation($input: AddSupportInput!) { addSupport(input: $input) { support { id name version } } }`;
const SEND = `mutation($input: SendSupportUpdateInput!) { sendSupportUpdate(input: $input) { update { id disclosureId body emailedAt } } }`;

/** Family and supports: consent-scoped updates by email through a real SMTP server, in the accounting of disclosures. */
describe('Supports and family (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-test-${randomBytes(4).toString('hex')}`, SMTP_URL: smtp.url });
  let worker: INestApplicationContext;
  const add = async (name: string, role: string, email: string) =>
    ok(await api.gql(clinic.staff.therapist, ADD, { input: { planId: clinic.planId, name, relation: role === 'SPONSOR' ? 'AA sponsor' : 'sister', role, email } })).addSupport.support;
  const consentFor = (support: { id: string; name: string }, categories: string[]) =>
    api.gql(clinic.staff.therapist, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id supportId } } }`, {
      input: {
        patientId: clinic.patientId,
        recipientType: 'FAMILY_MEMBER',
        recipientName: support.name,
        purpose: 'Family involvement',
        categories,
        startsOn: programDay(0),
        expiresOn: programDay(90),
        supportId: support.id,
      },
    });
  const written = async () => ({ disclosures: await api.prisma.disclosure.count({ where: { patientId: clinic.patientId } }), updates: await api.prisma.supportUpdate.count() });

  beforeAll(async () => {
    await smtp.start();
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker.close();
    await smtp.stop();
  });

  it('should refuse an update to a support without a consent, naming what is missing, and send nothing', async () => {
    const sponsor = await add('Sam Ortiz', 'SPONSOR', 'sam@example.test');
    const before = await written();
    const refused = await api.gql(clinic.staff.therapist, SEND, { input: { planId: clinic.planId, supportId: sponsor.id, contents: ['CRISIS_LINES'] } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Update refused: no consent names support "Sam Ortiz" as recipient', extensions: { code: 'FORBIDDEN', field: 'supportId' } });
    const uncovered = ok(await consentFor(sponsor, ['ATTENDANCE'])).recordConsent.consent;
    expect(uncovered.supportId).toBe(sponsor.id);
    const partial = await api.gql(clinic.staff.therapist, SEND, { input: { planId: clinic.planId, supportId: sponsor.id, contents: ['APPOINTMENTS', 'HOW_TO_HELP'] } });
    expect(partial.errors?.[0].message).toBe('Update refused: the consent for support "Sam Ortiz" does not cover: SAFETY_PLAN');
    expect(await written()).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.mails.filter((mail) => mail.to === 'sam@example.test')).toEqual([]);
  });

  it('should email a consented update once through the SMTP server, with one entry in the accounting of disclosures', async () => {
    const sister = await add('Dana Reyes', 'FAMILY', 'dana@example.test');
    ok(await consentFor(sister, ['SAFETY_PLAN']));
    const before = await written();
    const { update } = ok(
      await api.gql(clinic.staff.therapist, SEND, { input: { planId: clinic.planId, supportId: sister.id, contents: ['CRISIS_LINES', 'HOW_TO_HELP'], note: 'Thank you for coming on Tuesday.' } }),
    ).sendSupportUpdate;
    expect(update.body).toContain('988');
    expect(await eventually(async () => smtp.mails.some((mail) => mail.to === 'dana@example.test'))).toBe(true);
    const [mail] = smtp.mails.filter((entry) => entry.to === 'dana@example.test');
    for (const text of ['call or text 988', 'call 911', '1-800-662-4357', 'Thank you for coming on Tuesday.']) expect(mail.text).toContain(text);
    expect(await written()).toEqual({ disclosures: before.disclosures + 1, updates: before.updates + 1 });
    const disclosure = await api.prisma.disclosure.findUniqueOrThrow({ where: { id: update.disclosureId } });
    expect(disclosure).toMatchObject({ supportId: sister.id, recipientName: 'Dana Reyes', categories: ['SAFETY_PLAN'], disclosedById: clinic.staff.therapist });
    expect(await api.prisma.planRevision.count({ where: { planId: clinic.planId, entityType: 'SupportUpdate', entityId: update.id } })).toBe(1);

    // A job delivered twice emails once.
    const event = await api.prisma.outboxEvent.findFirstOrThrow({ where: { subjectId: update.id } });
    await worker.get(SupportUpdateDelivery).deliver({ eventId: event.id });
    expect(smtp.mails.filter((entry) => entry.to === 'dana@example.test')).toHaveLength(1);
    expect(await api.prisma.supportUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({ emailedAt: expect.any(Date) });
  });

  it('should name the supports who took part in a family session, and only the patient’s own', async () => {
    const partner = await add('Chris Reyes', 'PARTNER', 'chris@example.test');
    const session = await api.prisma.individualSession.create({
      data: {
        planId: clinic.planId,
        therapistId: clinic.staff.therapist,
        type: 'FAMILY',
        scheduledStart: new Date(Date.now() - 7_200_000),
        scheduledEnd: new Date(Date.now() - 3_600_000),
        createdById: clinic.staff.therapist,
      },
    });
    const record = (supportIds: string[]) =>
      api.gql(clinic.staff.therapist, `mutation($input: RecordSessionOutcomeInput!) { recordSessionOutcome(input: $input) { individualSession { supportIds } } }`, {
        input: { sessionId: session.id, expectedVersion: 1, status: 'COMPLETED', actualStart: session.scheduledStart.toISOString(), actualEnd: session.scheduledEnd.toISOString(), supportIds },
      });
    expect((await record(['00000000-0000-4000-8000-000000000001'])).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(ok(await record([partner.id])).recordSessionOutcome.individualSession.supportIds).toEqual([partner.id]);
    const supports = ok(await api.gql(clinic.staff.prescriber, `query($id: ID!) { patient(id: $id) { supports { name role updates { id } } } }`, { id: clinic.patientId })).patient.supports;
    expect(supports.map((support: { name: string }) => support.name)).toEqual(['Sam Ortiz', 'Dana Reyes', 'Chris Reyes']);
  });
});
