import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { ReminderEventHandler } from '@oneplan/reminders';
import { asamRatings, type Clinic, useClinic } from '../support/clinic.js';
import { ok } from '../support/test-api.js';
import { eventually, startTestWorker } from '../support/worker.js';

const MEDICATION = `mutation($input: RecordMedicationChangeInput!) { recordMedicationChange(input: $input) { medicationChange { id } } }`;
const MEASURE = `mutation($input: RecordOutcomeMeasureInput!) { recordOutcomeMeasure(input: $input) { outcomeMeasure { id } } }`;

describe('Reminders through the outbox, BullMQ and the worker (e2e)', () => {
  const { api, clinic } = useClinic({ QUEUE_PREFIX: `oneplan-test-${randomBytes(4).toString('hex')}` });
  let worker: INestApplicationContext;

  beforeAll(async () => {
    worker = await startTestWorker();
  });
  afterAll(() => worker.close());

  const names = (c: Clinic) => Object.fromEntries(Object.entries(c.staff).map(([key, id]) => [id, key]));
  /** Notifications of one kind about this clinic's patient, as "recipient key" (sorted), once they stop arriving. */
  const recipientsOf = async (kind: string, expected: number) => {
    await eventually(async () => (await api.prisma.notification.count({ where: { kind: kind as never, patientId: clinic.patientId } })) >= expected);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await api.prisma.notification.findMany({ where: { kind: kind as never, patientId: clinic.patientId } });
    return rows.map((row) => names(clinic)[row.recipientId] ?? row.recipientId).sort();
  };

  it('should tell every other member of the care team about a medication change, once each', async () => {
    ok(
      await api.gql(clinic.staff.prescriber, MEDICATION, {
        input: {
          planId: clinic.planId,
          medicationName: 'Prazosin',
          dose: '1 mg',
          route: 'oral',
          frequency: 'nightly',
          changeType: 'START',
          reason: 'Nightmares',
          effectiveAt: new Date().toISOString(),
        },
      }),
    );
    expect(await recipientsOf('MEDICATION_CHANGED', 4)).toEqual(['caseManager', 'cotherapist', 'facilitator', 'therapist']);
  });

  it('should alert the primary therapist and the prescriber at once to PHQ-9 item 9, with an urgent task to review the safety plan', async () => {
    ok(await api.gql(clinic.staff.caseManager, MEASURE, { input: { planId: clinic.planId, type: 'PHQ9', score: 12, selfHarmItem: 1, administeredAt: new Date().toISOString() } }));
    expect(await recipientsOf('SELF_HARM_RISK', 2)).toEqual(['prescriber', 'therapist']);
    const forTherapist = await api.prisma.notification.findFirstOrThrow({ where: { kind: 'SELF_HARM_RISK', recipientId: clinic.staff.therapist } });
    expect(forTherapist.urgent).toBe(true);
    const task = await api.prisma.task.findUniqueOrThrow({ where: { id: forTherapist.taskId! } });
    expect(task).toMatchObject({ ownerId: clinic.staff.therapist, status: 'OPEN', title: 'Urgent: review the safety plan (PHQ-9 item 9)' });
    const { safetyPlan } = await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId }, include: { safetyPlan: true } });
    ok(
      await api.gql(clinic.staff.therapist, `mutation($input: UpdateSafetyPlanInput!) { updateSafetyPlan(input: $input) { safetyPlan { version } } }`, {
        input: { planId: clinic.planId, expectedVersion: safetyPlan!.version, warningSigns: ['Not answering texts'], reason: 'Reviewed after PHQ-9 item 9' },
      }),
    );
    expect(await api.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: 'DONE' });
  });

  it('should ask the primary therapist for a plan review when PCL-5 rises by 10 or more', async () => {
    const record = (score: number, daysAgo: number) =>
      api.gql(clinic.staff.cotherapist, MEASURE, { input: { planId: clinic.planId, type: 'PCL5', score, administeredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() } });
    ok(await record(30, 14));
    ok(await record(39, 7));
    ok(await record(49, 0));
    expect(await recipientsOf('SCORE_WORSENED', 1)).toEqual(['therapist']);
  });

  it('should tell the whole team but the author about a phase change, and never twice for one event', async () => {
    const plan = await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } });
    ok(
      await api.gql(clinic.staff.therapist, `mutation($input: ChangePhaseInput!) { changePhase(input: $input) { plan { phase } } }`, {
        input: { planId: clinic.planId, expectedVersion: plan.version, phase: 'MAINTENANCE', reason: 'Stable for six weeks' },
      }),
    );
    expect(await recipientsOf('PHASE_CHANGED', 4)).toEqual(['caseManager', 'cotherapist', 'facilitator', 'prescriber']);
    const event = await api.prisma.outboxEvent.findFirstOrThrow({ where: { kind: 'PHASE_CHANGED' } });
    await worker.get(ReminderEventHandler).handle({ eventId: event.id });
    expect(await recipientsOf('PHASE_CHANGED', 4)).toHaveLength(4);
  });

  it('should tell the whole team but the author of a level-of-care change and of a referral out', async () => {
    const version = async () => (await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } })).version;
    const change = `mutation($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { plan { levelOfCare } } }`;
    ok(
      await api.gql(clinic.staff.cotherapist, change, { input: { planId: clinic.planId, expectedVersion: await version(), toLevel: 'PHP', reason: 'More structure needed', ratings: asamRatings() } }),
    );
    expect(await recipientsOf('LEVEL_OF_CARE_CHANGED', 4)).toEqual(['caseManager', 'facilitator', 'prescriber', 'therapist']);
    ok(await api.gql(clinic.staff.therapist, change, { input: { planId: clinic.planId, expectedVersion: await version(), referralTo: 'DETOX', reason: 'Withdrawal risk' } }));
    expect(await recipientsOf('REFERRED_OUT', 4)).toEqual(['caseManager', 'cotherapist', 'facilitator', 'prescriber']);
  });

  it('should ask for a plan review when PHQ-9 rises by 5, and tell the primary therapist of a revoked consent', async () => {
    const measure = (score: number, daysAgo: number) =>
      api.gql(clinic.staff.prescriber, MEASURE, {
        input: { planId: clinic.planId, type: 'PHQ9', score, selfHarmItem: 0, administeredAt: new Date(Date.now() - daysAgo * 86_400_000 - 3_600_000).toISOString() },
      });
    const phq9Worsened = async (expected: number) => {
      await eventually(async () => (await api.prisma.notification.count({ where: { kind: 'SCORE_WORSENED', message: { contains: 'PHQ9' } } })) >= expected, 3000);
      return (await api.prisma.notification.findMany({ where: { kind: 'SCORE_WORSENED', message: { contains: 'PHQ9' } } })).map((row) => names(clinic)[row.recipientId]);
    };
    ok(await measure(10, 20));
    ok(await measure(14, 10));
    expect(await phq9Worsened(1)).toEqual([]);
    ok(await measure(19, 0));
    expect(await phq9Worsened(1)).toEqual(['therapist']);
    const consent = await api.prisma.consent.create({
      data: {
        patientId: clinic.patientId,
        recipientType: 'PERSON',
        recipientName: 'Sam',
        purpose: 'x',
        allCategories: true,
        startsOn: new Date('2026-01-01'),
        expiresOn: new Date('2027-12-31'),
        recordedById: clinic.staff.therapist,
      },
    });
    ok(
      await api.gql(clinic.staff.caseManager, `mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) { consent { revokedAt } } }`, {
        input: { consentId: consent.id, reason: 'Patient asked' },
      }),
    );
    expect(await recipientsOf('CONSENT_REVOKED', 1)).toEqual(['therapist']);
  });

  it('should show the queue dashboard at /admin/queues to program and organization admins only', async () => {
    const get = async (path: string, staffId?: string) => {
      const call = request(api.app.getHttpServer()).get(path);
      if (staffId) call.set('authorization', `Bearer ${await api.tokenFor(staffId)}`);
      return call;
    };
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues', clinic.staff.therapist)).status).toBe(403);
    const page = await get('/admin/queues', clinic.staff.admin);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const queues = await get('/admin/queues/api/queues', clinic.staff.admin);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toEqual(['reminders']);
    expect((await get('/admin/queues', clinic.staff.organizationAdmin)).status).toBe(200);
  });

  it('should let the primary therapist see an emergency access in their notifications, unread first', async () => {
    ok(
      await api.gql(clinic.staff.outsider, `mutation($input: BreakTheGlassInput!) { breakTheGlass(input: $input) { emergencyAccess { id } } }`, {
        input: { patientId: clinic.patientId, reason: 'Crisis call, team unreachable' },
      }),
    );
    expect(await recipientsOf('EMERGENCY_ACCESS', 1)).toEqual(['therapist']);
    const mine = ok(await api.gql(clinic.staff.therapist, `{ unreadNotificationCount myNotifications(first: 50) { nodes { id kind message readAt } } }`));
    expect(mine.unreadNotificationCount).toBe(mine.myNotifications.nodes.length);
    const access = mine.myNotifications.nodes.find((node: any) => node.kind === 'EMERGENCY_ACCESS');
    expect(access.message).toMatch(/opened .* record in an emergency\.$/);
    expect(ok(await api.gql(clinic.staff.therapist, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { markedRead } }`, { ids: [access.id] })).markNotificationsRead.markedRead).toBe(1);
    expect(ok(await api.gql(clinic.staff.cotherapist, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { markedRead } }`, { ids: [access.id] })).markNotificationsRead.markedRead).toBe(0);
    const after = ok(await api.gql(clinic.staff.therapist, `{ unreadNotificationCount myNotifications(first: 50) { nodes { id readAt } } }`));
    expect(after.unreadNotificationCount).toBe(mine.unreadNotificationCount - 1);
    expect(after.myNotifications.nodes.at(-1)).toMatchObject({ id: access.id, readAt: expect.any(String) });
  });

  it('should filter my notifications by patient, kind and read state, each naming the record that caused it', async () => {
    const query = `query($patientId: ID, $kind: NotificationKind, $unread: Boolean) {
      myNotifications(patientId: $patientId, kind: $kind, unread: $unread, first: 100) { totalCount nodes { kind patientId readAt subject { __typename id } } }
    }`;
    const all = ok(await api.gql(clinic.staff.therapist, query, {})).myNotifications;
    expect(new Set(all.nodes.map((node: any) => node.kind)).size).toBeGreaterThan(2);
    const medication = ok(await api.gql(clinic.staff.therapist, query, { kind: 'MEDICATION_CHANGED', patientId: clinic.patientId })).myNotifications;
    expect(medication.nodes.length).toBeGreaterThan(0);
    expect(medication.totalCount).toBe(medication.nodes.length);
    expect(medication.nodes.every((node: any) => node.kind === 'MEDICATION_CHANGED' && node.patientId === clinic.patientId && node.subject.__typename === 'MedicationChange')).toBe(true);
    const unread = ok(await api.gql(clinic.staff.therapist, query, { unread: true })).myNotifications;
    expect(unread.nodes.every((node: any) => node.readAt === null)).toBe(true);
    const read = ok(await api.gql(clinic.staff.therapist, query, { unread: false })).myNotifications;
    expect(read.nodes.every((node: any) => node.readAt !== null)).toBe(true);
    expect(unread.totalCount + read.totalCount).toBe(all.totalCount);
    const access = all.nodes.find((node: any) => node.kind === 'EMERGENCY_ACCESS');
    expect(access.subject.__typename).toBe('EmergencyAccess');
    const elsewhere = ok(await api.gql(clinic.staff.therapist, query, { patientId: '00000000-0000-4000-8000-000000000000' })).myNotifications;
    expect(elsewhere).toEqual({ totalCount: 0, nodes: [] });
  });
});
