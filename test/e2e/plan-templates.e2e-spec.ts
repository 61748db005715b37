import { addDays } from '@oneplan/care-team';
import { isoDate, programDate, useClinic } from '../support/clinic.js';
import { failure, ok } from '../support/test-api.js';

const CREATE = `mutation($input: CreatePlanTemplateInput!) { createPlanTemplate(input: $input) { template { id version name problems { key } goals { statement problemKeys objectives { targetInDays } } tasks { title ownerRole } } } }`;
const PREVIEW = `query($planId: ID!, $templateId: ID!) { previewPlanTemplate(planId: $planId, templateId: $templateId) { problems { title } goals { statement } tasks { title dueDate ownerRole ownerId } notes measureSchedule { type everyDays } } }`;
const APPLY = `mutation($input: ApplyPlanTemplateInput!) { applyPlanTemplate(input: $input) { plan { problems { title } goals { statement objectives { targetDate } interventions { name } } } } }`;
const CONTENT = {
  description: 'PHP for co-occurring PTSD and alcohol use disorder',
  problems: [
    { key: 'ptsd', title: 'PTSD symptoms', description: 'Intrusions, avoidance, hyperarousal', category: 'TRAUMA' },
    { key: 'aud', title: 'Alcohol use', description: 'Drinking to sleep', category: 'SUBSTANCE_USE' },
  ],
  goals: [
    {
      statement: 'Manage trauma symptoms without alcohol',
      problemKeys: ['ptsd', 'aud'],
      objectives: [{ description: 'PCL-5 below 33', measuredBy: 'PCL-5 every two weeks', measureType: 'PCL5', target: 33, targetInDays: 60 }],
      interventions: [{ name: 'Seeking Safety groups', frequency: 'Twice weekly' }, { name: 'Grounding skills' }],
    },
  ],
  tasks: [
    { title: 'Complete the safety plan', dueInDays: 2, ownerRole: 'PRIMARY_THERAPIST' },
    { title: 'Medication evaluation', dueInDays: 5, ownerRole: 'PRESCRIBER' },
    { title: 'Family session', dueInDays: 14, ownerRole: 'CASE_MANAGER' },
  ],
  measureSchedule: [{ type: 'PCL5', everyDays: 7 }],
};

describe('Plan templates: kept per program, previewed, applied with their source (e2e)', () => {
  const { api, clinic } = useClinic();
  let templateId: string;

  it('should let admins and therapists keep templates, refusing unknown problem keys and duplicate names', async () => {
    const made = ok(await api.gql(clinic.staff.admin, CREATE, { input: { programId: clinic.programId, name: 'PHP co-occurring PTSD and alcohol use', ...CONTENT } })).createPlanTemplate.template;
    templateId = made.id;
    expect(made).toMatchObject({ version: 1, problems: [{ key: 'ptsd' }, { key: 'aud' }], goals: [{ problemKeys: ['ptsd', 'aud'], objectives: [{ targetInDays: 60 }] }] });
    const twice = failure(
      await api.gql(clinic.staff.therapist, CREATE, {
        input: {
          programId: clinic.programId,
          name: 'Twice',
          ...CONTENT,
          measureSchedule: [
            { type: 'PCL5', everyDays: 7 },
            { type: 'PCL5', everyDays: 14 },
          ],
        },
      }),
    );
    expect(twice).toMatchObject({ message: 'Name each measure once', extensions: { field: 'measureSchedule' } });
    const badKey = failure(
      await api.gql(clinic.staff.therapist, CREATE, { input: { programId: clinic.programId, name: 'Other', ...CONTENT, goals: [{ ...CONTENT.goals[0], problemKeys: ['gad'] }] } }),
    );
    expect(badKey).toMatchObject({ message: 'No template problem has the key gad', extensions: { field: 'goals.0.problemKeys' } });
    expect(failure(await api.gql(clinic.staff.therapist, CREATE, { input: { programId: clinic.programId, name: 'PHP co-occurring PTSD and alcohol use', ...CONTENT } })).extensions.field).toBe('name');
    expect(failure(await api.gql(clinic.staff.facilitator, CREATE, { input: { programId: clinic.programId, name: 'Facilitator', ...CONTENT } })).extensions.code).toBe('FORBIDDEN');
    const listed = ok(await api.gql(clinic.staff.facilitator, `query($id: ID!) { planTemplates(programId: $id) { id name } }`, { id: clinic.programId })).planTemplates;
    expect(listed).toEqual([{ id: templateId, name: 'PHP co-occurring PTSD and alcohol use' }]);
  });

  it('should preview what applying adds, tasks with owners and due dates, and then add exactly that, each item marked with the template', async () => {
    const today = programDate();
    const preview = ok(await api.gql(clinic.staff.therapist, PREVIEW, { planId: clinic.planId, templateId })).previewPlanTemplate;
    expect(preview.tasks).toEqual([
      { title: 'Complete the safety plan', dueDate: isoDate(addDays(today, 2)), ownerRole: 'PRIMARY_THERAPIST', ownerId: clinic.staff.therapist },
      { title: 'Medication evaluation', dueDate: isoDate(addDays(today, 5)), ownerRole: 'PRESCRIBER', ownerId: clinic.staff.prescriber },
      { title: 'Family session', dueDate: isoDate(addDays(today, 14)), ownerRole: 'CASE_MANAGER', ownerId: clinic.staff.caseManager },
    ]);
    expect(preview.notes).toEqual([]);
    expect(preview.measureSchedule).toEqual([{ type: 'PCL5', everyDays: 7 }]);
    expect(await api.prisma.problem.count({ where: { planId: clinic.planId } })).toBe(0);

    const plan = ok(await api.gql(clinic.staff.therapist, APPLY, { input: { planId: clinic.planId, templateId } })).applyPlanTemplate.plan;
    expect(plan.problems.map((problem: { title: string }) => problem.title)).toEqual(['PTSD symptoms', 'Alcohol use']);
    expect(plan.goals).toEqual([
      {
        statement: 'Manage trauma symptoms without alcohol',
        objectives: [{ targetDate: isoDate(addDays(today, 60)) }],
        interventions: [{ name: 'Seeking Safety groups' }, { name: 'Grounding skills' }],
      },
    ]);
    for (const table of ['problem', 'goal', 'task'] as const) {
      const rows = await (api.prisma[table] as unknown as { findMany: (query: object) => Promise<Array<{ templateId: string | null }>> }).findMany({ where: { planId: clinic.planId } });
      expect(rows.map((row) => row.templateId)).toEqual(rows.map(() => templateId));
    }
    const tasks = await api.prisma.task.findMany({ where: { planId: clinic.planId }, orderBy: { dueDate: 'asc' } });
    expect(tasks.map((task) => [task.title, isoDate(task.dueDate), task.ownerId])).toEqual(
      preview.tasks.map((task: { title: string; dueDate: string; ownerId: string }) => [task.title, task.dueDate, task.ownerId]),
    );
    const revisions = await api.prisma.planRevision.findMany({ where: { planId: clinic.planId, changes: { array_contains: [{ field: 'templateId' }] } } });
    expect(revisions.length).toBe(2 + 1 + 1 + 2 + 3);
    // The plan keeps the template's measure days over the program's (the measure sweeps read them).
    expect((await api.prisma.treatmentPlan.findUniqueOrThrow({ where: { id: clinic.planId } })).measureSchedule).toEqual([{ type: 'PCL5', everyDays: 7 }]);

    // Applying again is previewed as a repeat.
    const again = ok(await api.gql(clinic.staff.therapist, PREVIEW, { planId: clinic.planId, templateId })).previewPlanTemplate;
    expect(again.notes).toContain('The plan already has "PTSD symptoms": it would be added again');
  });

  it('should refuse a stale edit, and a template no longer offered', async () => {
    const UPDATE = `mutation($input: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $input) { template { version active } } }`;
    const edited = ok(await api.gql(clinic.staff.admin, UPDATE, { input: { templateId, expectedVersion: 1, name: 'PHP co-occurring (retired)', ...CONTENT, active: false } })).updatePlanTemplate
      .template;
    expect(edited).toEqual({ version: 2, active: false });
    expect(failure(await api.gql(clinic.staff.admin, UPDATE, { input: { templateId, expectedVersion: 1, name: 'Stale', ...CONTENT } })).extensions.code).toBe('CONFLICT');
    expect(failure(await api.gql(clinic.staff.therapist, APPLY, { input: { planId: clinic.planId, templateId } })).message).toBe('The template is no longer offered');
  });
});
