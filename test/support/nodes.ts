import { randomBytes } from 'node:crypto';
import { daysFromToday } from './clinic.js';
import type { PatientRecord } from './operations.js';
import type { TestApi } from './test-api.js';

/**
 * One record of every Node type belonging to the target patient (or their program), by type, for the
 * suites that read records by id. A notification belongs to `recipientId`.
 */
export async function recordsOfEveryType(api: TestApi, t: PatientRecord, recipientId: string): Promise<Record<string, string>> {
  const p = api.prisma;
  const by = t.therapistId;
  const tag = randomBytes(3).toString('hex');
  const plan = await p.treatmentPlan.findUniqueOrThrow({ where: { id: t.planId }, include: { safetyPlan: true } });
  const membership = await p.careTeamMember.findFirstOrThrow({ where: { episodeId: t.episodeId } });
  const objective = await p.objective.create({ data: { goalId: t.goalId, description: 'Nights slept', measuredBy: 'Diary', target: 5, targetDate: daysFromToday(30), createdById: by } });
  const intervention = await p.intervention.create({ data: { goalId: t.goalId, name: 'Sleep hygiene', createdById: by } });
  const triggerDate = await p.triggerDate.create({ data: { planId: t.planId, label: 'Anniversary', date: daysFromToday(40), leadTimeDays: 7, createdById: by } });
  const note = await p.clinicalNote.create({ data: { planId: t.planId, kind: 'PROGRESS', text: 'Engaged in group.', noteDate: daysFromToday(0), authorId: by } });
  const measure = await p.outcomeMeasure.create({ data: { planId: t.planId, type: 'GAD7', score: 7, administeredAt: new Date(), recordedById: by } });
  const task = await p.task.create({ data: { planId: t.planId, title: 'Call pharmacy', ownerId: by, dueDate: daysFromToday(2), createdById: by } });
  const attendance = await p.groupAttendance.upsert({
    where: { groupSessionId_patientId: { groupSessionId: t.groupSessionId, patientId: t.patientId } },
    create: { groupSessionId: t.groupSessionId, patientId: t.patientId, status: 'PRESENT', recordedById: t.facilitatorId },
    update: {},
  });
  const session = await p.individualSession.create({
    data: { planId: t.planId, therapistId: by, type: 'THERAPY', scheduledStart: new Date(Date.now() + 86_400_000), scheduledEnd: new Date(Date.now() + 90_000_000), createdById: by },
  });
  const medication = await p.medicationChange.create({
    data: { planId: t.planId, prescriberId: by, medicationName: 'Prazosin', dose: '1 mg', route: 'oral', frequency: 'nightly', changeType: 'START', reason: 'Nightmares', effectiveAt: new Date() },
  });
  const levelChange = await p.levelOfCareChange.create({ data: { planId: t.planId, fromLevel: 'IOP', toLevel: 'PHP', reason: 'Review', changedById: by } });
  const phaseChange = await p.phaseChange.create({ data: { planId: t.planId, fromPhase: 'STABILIZATION', toPhase: 'STABILIZATION', reason: 'Review', changedById: by } });
  const revision = await p.planRevision.create({ data: { planId: t.planId, authorId: by, entityType: 'Goal', entityId: t.goalId, action: 'UPDATED', changes: [] } });
  const consent = await p.consent.findFirstOrThrow({ where: { patientId: t.patientId } });
  const disclosure = await p.disclosure.create({
    data: { patientId: t.patientId, consentId: consent.id, planId: t.planId, recipientType: 'ORGANIZATION', recipientName: consent.recipientName, categories: ['MEDICATIONS'], disclosedById: by },
  });
  const emergency = await p.breakGlassAccess.create({ data: { patientId: t.patientId, staffId: by, reason: 'Earlier crisis call', expiresAt: new Date(Date.now() - 60_000) } });
  const audit = await p.auditEvent.create({
    data: { staffId: by, patientId: t.patientId, operation: 'patientPlan', access: 'READ', recordTypes: ['TreatmentPlan'], outcome: 'ALLOWED', requestId: tag, clientAddress: '127.0.0.1' },
  });
  const schedule = await p.groupSchedule.create({
    data: {
      programId: t.programId,
      type: 'PROCESS',
      topic: 'Process group',
      facilitatorIds: [t.facilitatorId],
      weekdays: [2],
      startTime: '10:00',
      durationMinutes: 90,
      modality: 'IN_PERSON',
      startsOn: daysFromToday(1),
      createdById: t.facilitatorId,
    },
  });
  const enrollment = await p.groupEnrollment.create({ data: { scheduleId: schedule.id, patientId: t.patientId, planId: t.planId, fromDate: daysFromToday(1), enrolledById: by } });
  const support = await p.support.create({ data: { patientId: t.patientId, name: 'Dana Reyes', relation: 'sister', role: 'FAMILY', createdById: by } });
  const webhook = await p.webhook.create({ data: { programId: t.programId, url: 'http://127.0.0.1:9/unused', secret: tag } });
  const notification = await p.notification.create({
    data: { dedupeKey: `node-test:${tag}`, recipientId, kind: 'MEASURE_DUE', patientId: t.patientId, planId: t.planId, subjectId: t.planId, message: 'A measure is due' },
  });
  const delivery = await p.webhookDelivery.create({ data: { webhookId: webhook.id, notificationId: notification.id } });
  const attempt = await p.webhookAttempt.create({ data: { deliveryId: delivery.id, attempt: 1, statusCode: 500 } });
  return {
    Patient: t.patientId,
    Episode: t.episodeId,
    CareTeamMember: membership.id,
    TreatmentPlan: t.planId,
    Problem: t.problemId,
    TriggerDate: triggerDate.id,
    SafetyPlan: plan.safetyPlan!.id,
    Goal: t.goalId,
    Objective: objective.id,
    Intervention: intervention.id,
    ClinicalNote: note.id,
    OutcomeMeasure: measure.id,
    Task: task.id,
    GroupAttendance: attendance.id,
    IndividualSession: session.id,
    MedicationChange: medication.id,
    LevelOfCareChange: levelChange.id,
    PhaseChange: phaseChange.id,
    PlanRevision: revision.id,
    Consent: consent.id,
    Disclosure: disclosure.id,
    EmergencyAccess: emergency.id,
    Program: t.programId,
    StaffMember: by,
    GroupSession: t.groupSessionId,
    GroupSchedule: schedule.id,
    GroupEnrollment: enrollment.id,
    Support: support.id,
    AuditEvent: audit.id,
    Webhook: webhook.id,
    WebhookDelivery: delivery.id,
    WebhookAttempt: attempt.id,
    Notification: notification.id,
  };
}
