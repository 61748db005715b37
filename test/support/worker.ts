import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';

/**
 * The real worker (relay, queue consumer) in this process, on the suite's database and queue prefix.
 * Its sweep schedule is off: suites sweep at instants of their choosing.
 */
export async function startTestWorker(): Promise<INestApplicationContext> {
  process.env.REMINDER_SWEEP_SECONDS = '0';
  const { WorkerModule } = await import('../../apps/worker/src/worker.module.js');
  return NestFactory.createApplicationContext(WorkerModule, { logger: false });
}

/** Polls until `check` returns true or the time is up; returns the last answer. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
