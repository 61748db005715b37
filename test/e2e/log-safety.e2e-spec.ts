import { BearerTokens } from '@oneplan/auth';
import { loadConfig } from '@oneplan/config';
import { programDay, useClinic } from '../support/clinic.js';
import { freePort, run, waitFor } from '../support/processes.js';

const SECRET_TEXT = 'Patient disclosed the name Zanzibar-Quokka';

describe('Logs (e2e)', () => {
  const { api, clinic } = useClinic();

  it('should keep note text and patient names out of the log, even when a write fails unexpectedly', async () => {
    const port = String(await freePort());
    const server = run('api', { DATABASE_URL: process.env.DATABASE_URL!, PORT: port, LOG_LEVEL: 'debug' });
    const token = await new BearerTokens(loadConfig()).issue(clinic.staff.therapist);
    const post = (query: string, variables: Record<string, unknown>, requestId: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
        body: JSON.stringify({ query, variables }),
      });
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      const patient = await api.prisma.patient.findUniqueOrThrow({ where: { id: clinic.patientId } });
      const read = await post('query($id: ID!) { patientPlan(patientId: $id) { patient { firstName lastName } } }', { id: clinic.patientId }, 'log-read-1');
      expect(((await read.json()) as any).data.patientPlan.patient.lastName).toBe(patient.lastName);
      // A search by name sent as GET puts the name in the URL; the log keeps the path only.
      const search = new URLSearchParams({ query: `{ patients(programId: "${clinic.programId}", lastNameStartsWith: "${patient.lastName}") { nodes { id } } }` });
      const found = await fetch(`http://127.0.0.1:${port}/graphql?${search}`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await found.json()) as any).data.patients.nodes).toEqual([{ id: clinic.patientId }]);
      await api.prisma.$executeRawUnsafe('ALTER TABLE "ClinicalNote" RENAME TO "ClinicalNoteMissing"');
      const write = await post(
        'mutation($input: AddClinicalNoteInput!) { addClinicalNote(input: $input) { note { id } } }',
        { input: { planId: clinic.planId, kind: 'PROGRESS', text: SECRET_TEXT, noteDate: programDay(0) } },
        'log-write-1',
      );
      expect(((await write.json()) as any).errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'log-write-1' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const log = server.output();
      const failureLine = log.split('\n').find((line) => line.includes('Unexpected error'));
      expect(JSON.parse(failureLine!)).toMatchObject({ level: 50, requestId: 'log-write-1', path: ['addClinicalNote'] });
      expect(log).not.toContain('Zanzibar');
      expect(log).not.toContain(patient.lastName);
      for (const line of log.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE IF EXISTS "ClinicalNoteMissing" RENAME TO "ClinicalNote"');
      server.child.kill('SIGTERM');
    }
  });

  it("should keep a virtual group's meeting link and a self-report token out of the log", async () => {
    const port = String(await freePort());
    const server = run('api', { DATABASE_URL: process.env.DATABASE_URL!, PORT: port, LOG_LEVEL: 'debug' });
    const token = await new BearerTokens(loadConfig()).issue(clinic.staff.facilitator);
    const linkToken = 'Kestrel'.padEnd(43, 'x');
    try {
      await waitFor(`http://127.0.0.1:${port}/health/live`);
      const created = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateGroupScheduleInput!) { createGroupSchedule(input: $input) { schedule { meetingLink } } }',
          variables: {
            input: {
              programId: clinic.programId,
              type: 'SKILLS',
              topic: 'Skills',
              facilitatorIds: [clinic.staff.facilitator],
              weekdays: [2],
              startTime: '12:00',
              durationMinutes: 60,
              modality: 'VIRTUAL',
              meetingLink: 'https://meet.example/room-Osprey-42',
              startsOn: programDay(0),
            },
          },
        }),
      });
      expect(((await created.json()) as any).data.createGroupSchedule.schedule.meetingLink).toBe('https://meet.example/room-Osprey-42');
      const refused = await fetch(`http://127.0.0.1:${port}/self-report/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: linkToken, answers: { PHQ9: [1] } }),
      });
      expect(refused.status).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const log = server.output();
      expect(log).toContain('/self-report/answers');
      expect(log).not.toContain('Osprey');
      expect(log).not.toContain('Kestrel');
    } finally {
      server.child.kill('SIGTERM');
    }
  });
});
