import { ActorRepository } from '../../libs/auth/src/actor.repository.js';
import { CareTeamRepository } from '../../libs/care-team/src/care-team.repository.js';
import { CareTeamService } from '../../libs/care-team/src/care-team.service.js';
import { ConsentRepository } from '../../libs/consent/src/consent.repository.js';
import { HealthRepository } from '../../libs/health/src/health.repository.js';
import { OutcomeMeasureRepository } from '../../libs/measures/src/outcome-measure.repository.js';
import { IndividualSessionRepository } from '../../libs/sessions/src/individual-session.repository.js';
import { DeliveryRepository } from '../../libs/reminders/src/delivery/delivery.repository.js';
import { WebhooksRepository } from '../../libs/reminders/src/webhooks.repository.js';
import { useIntegration } from '../support/integration.js';

/** The repositories (and the care-team service) that are not about a plan's changes, on a real database. */
describe('Care team, consents, measures, sessions, webhooks and sign-in records (integration)', () => {
  const it_ = useIntegration();

  it("should find a program's patients by name prefix with wildcards taken literally, and refuse a second record number", async () => {
    const { prisma, clinic } = it_;
    const service = new CareTeamService(new CareTeamRepository(prisma));
    const create = (lastName: string, recordNumber: string) =>
      service.createPatient({ programId: clinic.programId, firstName: 'A', lastName, dateOfBirth: new Date('1990-01-01'), recordNumber } as never);
    await create('O_Hara', 'r-1');
    await create('Ohara', 'r-2');
    await expect(create('Other', 'r-1')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'recordNumber' } });
    const found = await new CareTeamRepository(prisma).patientsPage({ programId: clinic.programId, lastNameStartsWith: 'O_' }, 'NAME', { size: 10, backward: false });
    expect(found.map((patient) => patient.lastName)).toEqual(['O_Hara']);
  });

  it('should keep the accounting of disclosures append-only', async () => {
    const { prisma, clinic } = it_;
    const consents = new ConsentRepository(prisma);
    const consent = await consents.create(prisma, {
      patientId: clinic.patientId,
      recipientType: 'ORGANIZATION',
      recipientName: 'Clinic',
      purpose: 'x',
      allCategories: true,
      categories: [],
      startsOn: new Date('2026-01-01'),
      expiresOn: new Date('2030-01-01'),
      recordedById: clinic.therapist.staffId,
    } as never);
    const disclosure = await prisma.$transaction((tx) =>
      consents.recordDisclosure(tx, {
        patientId: clinic.patientId,
        consentId: consent.id,
        planId: clinic.planId,
        recipientType: 'ORGANIZATION',
        recipientName: 'Clinic',
        categories: ['MEDICATIONS'],
        disclosedById: clinic.therapist.staffId,
      }),
    );
    await expect(prisma.disclosure.update({ where: { id: disclosure.id }, data: { recipientName: 'Elsewhere' } })).rejects.toThrow(/append-only/);
    expect(await consents.countDisclosures(clinic.patientId)).toBe(1);
  });

  it('should give each measure its change from the previous one of its type', async () => {
    const { prisma, clinic } = it_;
    const measures = new OutcomeMeasureRepository(prisma);
    const at = (days: number) => new Date(Date.now() - days * 86_400_000);
    const record = (type: 'PHQ9' | 'GAD7', score: number, days: number) =>
      prisma.$transaction((tx) =>
        measures.create(tx, { planId: clinic.planId, type, score, selfHarmItem: type === 'PHQ9' ? 0 : null, administeredAt: at(days), recordedById: clinic.therapist.staffId }),
      );
    await record('PHQ9', 15, 14);
    await record('GAD7', 9, 10);
    const latest = await record('PHQ9', 11, 7);
    expect((await measures.byIds([latest.id]))[0].changeFromPrevious).toBe(-4);
  });

  it('should store a session with its goals, a delivery once per webhook and notification, and answer sign-in and health lookups', async () => {
    const { prisma, clinic } = it_;
    const goal = await prisma.goal.create({ data: { planId: clinic.planId, statement: 'x', ownerId: clinic.therapist.staffId, createdById: clinic.therapist.staffId } });
    const sessions = new IndividualSessionRepository(prisma);
    const session = await prisma.$transaction((tx) =>
      sessions.create(
        tx,
        { planId: clinic.planId, therapistId: clinic.therapist.staffId, type: 'THERAPY', scheduledStart: new Date(), scheduledEnd: new Date(), createdById: clinic.therapist.staffId },
        [goal.id],
      ),
    );
    expect(await sessions.goalLinksBySessionIds([session.id])).toEqual([{ sessionId: session.id, goalId: goal.id }]);

    const webhook = await prisma.webhook.create({ data: { programId: clinic.programId, url: 'http://127.0.0.1:9/x', secret: 's'.repeat(32) } });
    const notification = await prisma.notification.create({ data: { dedupeKey: 'k', recipientId: clinic.therapist.staffId, kind: 'MEDICATION_CHANGED', message: 'x', urgent: false } });
    const deliveries = new DeliveryRepository(prisma);
    const [first, again] = [await deliveries.delivery(webhook.id, notification.id), await deliveries.delivery(webhook.id, notification.id)];
    expect(first.id).toBe(again.id);
    expect(await new WebhooksRepository(prisma).countDeliveries(clinic.programId)).toBe(1);

    const actors = new ActorRepository(prisma);
    expect(await actors.findActive({ staffId: clinic.therapist.staffId })).toEqual(clinic.therapist);
    await prisma.staffMember.update({ where: { id: clinic.outsider.staffId }, data: { active: false } });
    expect(await actors.findActive({ staffId: clinic.outsider.staffId })).toBeNull();
    await expect(new HealthRepository(prisma).ping()).resolves.toBeUndefined();
  });
});
