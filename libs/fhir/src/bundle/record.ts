import type { DocumentReference, Encounter, MedicationRequest, Observation } from '@medplum/fhirtypes';
import { MEASURE_CODES, PHQ9_ITEM_9_CODE } from '@oneplan/measures';
import { medicationKey } from '@oneplan/medications';
import { part2, type Part2Labels, safetyPlanSections } from '@oneplan/plan';
import type { AttendanceStatus, MedicationChangeType, SessionStatus } from '@oneplan/prisma';
import { TERMINOLOGY, US_CORE } from '../fhir-codes.js';
import type { FhirExportSource, FhirPlan } from '../fhir-export.repository.js';
import { day, instant, meta, readable, ref } from './references.js';

type Change = FhirPlan['medicationChanges'][number];
type Note = FhirPlan['notes'][number];

/** Superseded changes are history (completed); the latest of each medication says where it stands. */
const LATEST_STATUS: Record<MedicationChangeType, MedicationRequest['status']> = { START: 'active', ADJUST: 'active', HOLD: 'on-hold', STOP: 'stopped' };

/** Each medication change as an order, with the RxNorm code the prescriber entered. */
export function medicationRequestResources(changes: Change[], patientId: string, labels: Part2Labels | null): MedicationRequest[] {
  const latest = new Map(changes.map((change) => [medicationKey(change), change.id]));
  return changes.map((change) => ({
    resourceType: 'MedicationRequest',
    id: change.id,
    meta: meta(US_CORE.medicationRequest, part2.medicationChange(change, labels)),
    status: latest.get(medicationKey(change)) === change.id ? LATEST_STATUS[change.changeType] : 'completed',
    intent: 'order',
    reportedBoolean: false,
    medicationCodeableConcept: {
      ...(change.rxNormCode ? { coding: [{ system: TERMINOLOGY.rxnorm, code: change.rxNormCode, display: change.medicationName }] } : {}),
      text: change.medicationName,
    },
    subject: ref('Patient', patientId),
    authoredOn: instant(change.effectiveAt),
    requester: ref('Practitioner', change.prescriberId),
    reasonCode: [{ text: change.reason }],
    note: [{ text: `${readable(change.changeType)}${change.targetSymptoms.length ? `; target symptoms: ${change.targetSymptoms.join(', ')}` : ''}` }],
    dosageInstruction: [{ text: `${change.dose} ${change.route} ${change.frequency}`, route: { text: change.route } }],
  }));
}

/** Each score as a survey Observation coded in LOINC (PHQ-9's item 9 as a component of its total). */
export function observationResources(measures: FhirPlan['measures'], patientId: string): Observation[] {
  return measures.map((measure) => ({
    resourceType: 'Observation',
    id: measure.id,
    meta: meta(US_CORE.observation, part2.measure(measure)),
    status: 'final',
    category: [{ coding: [{ system: TERMINOLOGY.observationCategory, code: 'survey', display: 'Survey' }] }],
    code: { coding: [MEASURE_CODES[measure.type]], text: MEASURE_CODES[measure.type].display },
    subject: ref('Patient', patientId),
    effectiveDateTime: instant(measure.administeredAt),
    performer: [ref('Practitioner', measure.recordedById)],
    valueInteger: measure.score,
    ...(measure.selfHarmItem === null ? {} : { component: [{ code: { coding: [PHQ9_ITEM_9_CODE] }, valueInteger: measure.selfHarmItem }] }),
  }));
}

const SESSION_STATUS: Record<SessionStatus, Encounter['status']> = { SCHEDULED: 'planned', COMPLETED: 'finished', NO_SHOW: 'cancelled', CANCELLED: 'cancelled' };
const ATTENDED: Record<AttendanceStatus, Encounter['status']> = { PRESENT: 'finished', LATE: 'finished', LEFT_EARLY: 'finished', ABSENT: 'cancelled', EXCUSED: 'cancelled' };
const AMBULATORY = { system: TERMINOLOGY.actCode, code: 'AMB', display: 'ambulatory' };
const VIRTUAL = { system: TERMINOLOGY.actCode, code: 'VR', display: 'virtual' };

/** Individual sessions and group attendance as encounters of the episode. */
export function encounterResources(plan: FhirPlan, attendance: FhirExportSource['patient']['attendance'], patientId: string): Encounter[] {
  const sessions: Encounter[] = plan.sessions.map((session) => ({
    resourceType: 'Encounter',
    id: session.id,
    meta: meta(US_CORE.encounter, false),
    status: SESSION_STATUS[session.status],
    class: plan.levelOfCare === 'VIRTUAL_IOP' ? VIRTUAL : AMBULATORY,
    type: [{ text: `Individual session: ${readable(session.type).toLowerCase()}${session.status === 'NO_SHOW' ? ' (no-show)' : ''}` }],
    subject: ref('Patient', patientId),
    episodeOfCare: [ref('EpisodeOfCare', plan.episodeId)],
    participant: [{ individual: ref('Practitioner', session.therapistId) }],
    period: { start: instant(session.actualStart ?? session.scheduledStart), end: instant(session.actualEnd ?? session.scheduledEnd) },
  }));
  const groups: Encounter[] = attendance.map((row) => ({
    resourceType: 'Encounter',
    id: row.id,
    meta: meta(US_CORE.encounter, false),
    status: ATTENDED[row.status],
    class: row.groupSession.modality === 'VIRTUAL' ? VIRTUAL : AMBULATORY,
    type: [{ text: `Group: ${readable(row.groupSession.type).toLowerCase()} (${readable(row.status).toLowerCase()})` }],
    subject: ref('Patient', patientId),
    episodeOfCare: [ref('EpisodeOfCare', plan.episodeId)],
    participant: [{ individual: ref('Practitioner', row.groupSession.facilitatorId) }],
    period: { start: instant(row.groupSession.startsAt), end: instant(row.groupSession.endsAt) },
    ...(row.minutesAttended === null ? {} : { length: { value: row.minutesAttended, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' } }),
  }));
  return [...sessions, ...groups];
}

const PROGRESS_NOTE = { system: TERMINOLOGY.loinc, code: '11506-3', display: 'Progress note' };
const CLINICAL_NOTE = { system: TERMINOLOGY.usCoreDocumentCategory, code: 'clinical-note', display: 'Clinical Note' };

function textAttachment(text: string, title: string, creation: Date) {
  return { contentType: 'text/plain; charset=utf-8', data: Buffer.from(text, 'utf8').toString('base64'), title, creation: instant(creation) };
}

/** A note and each of its amendments (which append to it: clinical text is never replaced). */
export function noteResources(notes: Note[], amendmentsOf: (note: Note) => Note[], patientId: string, labels: Part2Labels | null, title: string): DocumentReference[] {
  return notes.flatMap((note) => {
    const isPart2 = part2.note(note, labels);
    const document = (row: Note, amends?: Note): DocumentReference => ({
      resourceType: 'DocumentReference',
      id: row.id,
      meta: meta(US_CORE.documentReference, isPart2),
      status: 'current',
      docStatus: amends ? 'amended' : 'final',
      type: { coding: [PROGRESS_NOTE], text: title },
      category: [{ coding: [CLINICAL_NOTE] }],
      subject: ref('Patient', patientId),
      date: instant(row.writtenAt),
      author: [ref('Practitioner', row.authorId)],
      ...(amends ? { relatesTo: [{ code: 'appends', target: ref('DocumentReference', amends.id) }], description: `Amendment: ${row.amendmentReason ?? ''}` } : {}),
      content: [{ attachment: textAttachment(row.text, `${title}, ${day(row.noteDate)}`, row.writtenAt) }],
    });
    return [document(note), ...amendmentsOf(note).map((amendment) => document(amendment, note))];
  });
}

const DISCHARGE_SUMMARY = { system: TERMINOLOGY.loinc, code: '18842-5', display: 'Discharge summary' };

/** The discharge that closed the plan: reason, the team's summary and the aftercare plan, as the recipient's first read. */
export function dischargeSummaryResource(discharge: NonNullable<FhirPlan['discharge']>, patientId: string, isPart2: boolean): DocumentReference {
  const text = [
    `Discharged ${day(discharge.dischargeDate)} (${readable(discharge.reason).toLowerCase()}).`,
    '',
    discharge.summary,
    '',
    `Follow-up: ${instant(discharge.followUpAt)} with ${discharge.followUpWith}.`,
    ...(discharge.communitySupports.length ? [`Community supports: ${discharge.communitySupports.join('; ')}.`] : []),
  ].join('\n');
  return {
    resourceType: 'DocumentReference',
    id: discharge.id,
    meta: meta(US_CORE.documentReference, isPart2),
    status: 'current',
    docStatus: 'final',
    type: { coding: [DISCHARGE_SUMMARY], text: 'Discharge summary' },
    category: [{ coding: [CLINICAL_NOTE] }],
    subject: ref('Patient', patientId),
    date: instant(discharge.createdAt),
    author: [ref('Practitioner', discharge.dischargedById)],
    content: [{ attachment: textAttachment(text, 'Discharge summary', discharge.createdAt) }],
  };
}

/** The safety plan as a document: its warning signs, coping strategies, people and places, contacts and crisis lines. */
export function safetyPlanResource(safetyPlan: NonNullable<FhirPlan['safetyPlan']>, patientId: string): DocumentReference {
  const lines = safetyPlanSections(safetyPlan).flatMap(({ heading, entries }) => [heading, ...entries.map((entry) => `- ${entry}`), '']);
  return {
    resourceType: 'DocumentReference',
    id: safetyPlan.id,
    meta: meta(US_CORE.documentReference, false),
    status: 'current',
    docStatus: 'final',
    type: { text: 'Safety plan' },
    category: [{ coding: [CLINICAL_NOTE] }],
    subject: ref('Patient', patientId),
    date: instant(safetyPlan.updatedAt),
    author: [ref('Practitioner', safetyPlan.updatedById)],
    content: [{ attachment: textAttachment(lines.join('\n'), 'Safety plan', safetyPlan.updatedAt) }],
  };
}
