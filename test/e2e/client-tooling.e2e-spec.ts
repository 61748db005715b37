import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** The files the README gives a front-end project, by the path each `<!-- readme-example:PATH -->` marker names. */
function readmeExamples(): Record<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples: Record<string, string> = {};
  for (const match of readme.matchAll(/<!-- readme-example:(\S+) -->\n```\w+\n([\s\S]*?)```/g)) examples[match[1]] = match[2];
  return examples;
}

/**
 * A front-end project beside a checkout of OnePlan, as the README lays it out: `frontend/` holds the
 * given files (and sees this project's node_modules), `oneplan/` is this project.
 */
function frontEndProject(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'oneplan-client-'));
  symlinkSync(ROOT, join(base, 'oneplan'), 'dir');
  const project = join(base, 'frontend');
  mkdirSync(project);
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  return project;
}

/** TypeScript's errors for files of a browser project bundled as front ends are (strict). */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

describe('Front-end tooling against apps/api/schema.gql (e2e)', () => {
  const projects: string[] = [];
  afterAll(() => projects.forEach((project) => rmSync(dirname(project), { recursive: true, force: true })));

  it("should generate types for the README's operations with graphql-codegen's client preset, and type-check the README's client with them", async () => {
    const examples = readmeExamples();
    expect(Object.keys(examples).sort()).toEqual(['codegen.ts', 'src/plan-screen.ts']);
    const project = frontEndProject({
      ...examples,
      // A misuse the generated types must catch, so that a clean type-check means something.
      'src/misuse.ts': `import type { PlanScreenQuery } from './gql/graphql';\nexport const version: string = (null as unknown as PlanScreenQuery).patientPlan!.version;\n`,
    });
    projects.push(project);
    await run(process.execPath, [join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts', '--silent'], { cwd: project });
    const generated = readFileSync(join(project, 'src/gql/graphql.ts'), 'utf8');
    for (const type of ['PlanScreenQuery', 'CaseloadQuery', 'RecordMedicationChangeMutation', 'WatchPlanSubscription', 'PlanViewFragment']) expect(generated).toContain(`export type ${type} =`);
    expect(typeErrors([join(project, 'src/plan-screen.ts')])).toEqual([]);
    expect(typeErrors([join(project, 'src/misuse.ts')])).toEqual([expect.stringContaining("Type 'number' is not assignable to type 'string'")]);
  }, 120_000);

  it('should let relay-compiler compile fragments with @connection and @refetchable (through node) against the schema, and refuse a connection without edges', async () => {
    const config = JSON.stringify({ src: './src', schema: '../oneplan/apps/api/schema.gql', language: 'typescript', eagerEsModules: true });
    const fragments = {
      'relay.config.json': config,
      'src/CaseloadList.ts': `import { graphql } from 'relay-runtime';
export const caseload = graphql\`
  fragment CaseloadList_query on Query
    @refetchable(queryName: "CaseloadListPaginationQuery")
    @argumentDefinitions(first: { type: "Int", defaultValue: 20 }, after: { type: "String" }) {
    caseload(first: $first, after: $after, orderBy: PATIENT_NAME) @connection(key: "CaseloadList_caseload") {
      edges { node { id ...PlanCard_plan } }
      totalCount
    }
  }
\`;
export const screen = graphql\`query CaseloadListQuery { me { id name } ...CaseloadList_query }\`;
`,
      'src/PlanCard.ts': `import { graphql } from 'relay-runtime';
export const plan = graphql\`
  fragment PlanCard_plan on TreatmentPlan @refetchable(queryName: "PlanCardRefetchQuery") {
    id version phase
    currentMedications { medicationName dose }
    patient { firstName lastName }
  }
\`;
`,
      // The history read backwards, newest last, as a timeline pages to older changes.
      'src/PlanHistory.ts': `import { graphql } from 'relay-runtime';
export const history = graphql\`
  fragment PlanHistory_plan on TreatmentPlan
    @refetchable(queryName: "PlanHistoryPaginationQuery")
    @argumentDefinitions(last: { type: "Int", defaultValue: 10 }, before: { type: "String" }) {
    history(last: $last, before: $before) @connection(key: "PlanHistory_history") {
      edges { node { entityType action changes { field from to } author { name } } }
    }
  }
\`;
`,
    };
    const project = frontEndProject(fragments);
    projects.push(project);
    const relay = join(ROOT, 'node_modules/relay-compiler/cli.js');
    await run(process.execPath, [relay], { cwd: project });
    const refetch = readFileSync(join(project, 'src/__generated__/PlanCardRefetchQuery.graphql.ts'), 'utf8');
    expect(refetch).toContain('node(id: $id)');
    const pagination = readFileSync(join(project, 'src/__generated__/CaseloadListPaginationQuery.graphql.ts'), 'utf8');
    expect(pagination).toContain('caseload(');
    expect(readFileSync(join(project, 'src/__generated__/PlanHistoryPaginationQuery.graphql.ts'), 'utf8')).toContain('history(');

    const broken = frontEndProject({
      ...fragments,
      'src/PlanHistory.ts': fragments['src/PlanHistory.ts'].replace('edges { node { entityType action changes { field from to } author { name } } }', 'nodes { entityType }'),
    });
    projects.push(broken);
    await expect(run(process.execPath, [relay], { cwd: broken })).rejects.toMatchObject({ stderr: expect.stringMatching(/edges/) });
  }, 120_000);
});
