// npm test's checks before Jest: the type check, the linter and the build run side by side (each is
// mostly one thread, and the suite's time budget is shared with them). Each one's output is shown whole,
// in order; any failure fails the run.
import { spawn } from 'node:child_process';

const steps = ['check', 'lint', 'build'];

const results = await Promise.all(
  steps.map(
    (step) =>
      new Promise((resolve) => {
        const child = spawn('npm', ['run', step, '--silent'], { stdio: ['ignore', 'pipe', 'pipe'] });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('close', (code) => resolve({ step, code, output: Buffer.concat(output).toString() }));
      }),
  ),
);
for (const { step, code, output } of results) {
  if (output.trim()) process.stdout.write(`--- npm run ${step}\n${output}`);
  if (code !== 0) console.error(`npm run ${step} failed (exit ${code})`);
}
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
