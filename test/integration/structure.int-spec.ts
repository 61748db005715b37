import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import type { Runtime } from '../support/processes.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('Project structure', () => {
  it('should list every library in nest-cli.json', async () => {
    const { projects } = JSON.parse(await readFile(path.join(root, 'nest-cli.json'), 'utf8')) as { projects: Record<string, { type: string; root: string }> };
    const listed = Object.values(projects)
      .filter((project) => project.type === 'library')
      .map((project) => project.root)
      .sort();
    const libraries = (await readdir(path.join(root, 'libs'))).map((name) => `libs/${name}`).sort();
    expect(listed).toEqual(libraries);
  });

  it.each(['api', 'worker'])("should run the %s's Docker image with the Node flags and environment of its runtime.json", async (app) => {
    const { nodeFlags, env } = JSON.parse(await readFile(path.join(root, `apps/${app}/runtime.json`), 'utf8')) as Runtime;
    const dockerfile = await readFile(path.join(root, 'docker/Dockerfile'), 'utf8');
    const stage = dockerfile.split(/^FROM /m).find((part) => part.startsWith(`runtime AS ${app}\n`))!;
    const command = JSON.parse(/^CMD (.*)$/m.exec(stage)![1]) as string[];
    expect(command.slice(1, 1 + nodeFlags.length)).toEqual(nodeFlags);
    expect(command.at(-1)).toBe(`dist/apps/${app}/src/main.js`);
    const stageEnv = Object.fromEntries([...stage.matchAll(/^ENV (\w+)=(\S+)$/gm)].map(([, name, value]) => [name, value]));
    expect(stageEnv).toEqual(env);
  });

  it('should refuse, by lint, a library importing another by a relative path or importing an app', async () => {
    const eslint = new ESLint({ cwd: root });
    const lint = async (file: string, source: string) => (await eslint.lintText(source, { filePath: path.join(root, file) }))[0].messages.map((message) => message.ruleId);
    expect(await lint('libs/plan/src/probe.ts', "import { CareTeamModule } from '../../care-team/src/index.js';\nexport { CareTeamModule };\n")).toContain('no-restricted-imports');
    expect(await lint('libs/reminders/src/rules/probe.ts', "import { Outbox } from '../../../outbox/src/outbox.js';\nexport { Outbox };\n")).toContain('no-restricted-imports');
    expect(await lint('libs/plan/src/probe.ts', "import { createApi } from '../../../apps/api/src/bootstrap.js';\nexport { createApi };\n")).toContain('no-restricted-imports');
    expect(await lint('libs/plan/src/probe.ts', "import { CareTeamModule } from '@oneplan/care-team';\nimport { part2 } from './part2.js';\nexport { CareTeamModule, part2 };\n")).toEqual([]);
  });
});
