// npm start: runs the API and the worker side by side (after prestart built, migrated and seeded),
// prints where to reach them, and stops both on Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const port = process.env.PORT ?? '3000';
const runtimeOf = (app) => JSON.parse(readFileSync(new URL(`../apps/${app}/runtime.json`, import.meta.url), 'utf8'));
const children = ['api', 'worker'].map((app) => {
  const { nodeFlags, env } = runtimeOf(app);
  return spawn(process.execPath, [...nodeFlags, '--enable-source-maps', `dist/apps/${app}/src/main.js`], { stdio: 'inherit', env: { ...env, ...process.env } });
});

process.stdout.write(
  `\nOnePlan is starting.\n  The care team's web app: http://127.0.0.1:${port}/ (development: sign in as any demo staff member)\n  GraphQL: http://127.0.0.1:${port}/graphql\n  A token for a demo clinician: npm run token -- maya.okafor@riverbend.example\n  Then send it as "Authorization: Bearer <token>".\n\n`,
);

let stopping = false;
const stop = (signal) => {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      stop('SIGTERM');
      process.exitCode = code ?? 1;
    }
  });
}
