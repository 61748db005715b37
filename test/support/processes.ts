import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `count` distinct free ports, taken before any server binds one (freePort alone may answer a port twice). */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; ms: number }>;
}

/** The Node flags and environment an app runs with in production. */
export interface Runtime {
  nodeFlags: string[];
  env: Record<string, string>;
}

/** How the API runs in production (apps/api/runtime.json). */
export const API_RUNTIME: Runtime = JSON.parse(readFileSync(path.join(root, 'apps/api/runtime.json'), 'utf8'));

/** Runs a built app (npm test builds first) with the given environment (and its production runtime). */
export function run(app: 'api' | 'worker', env: Record<string, string>, runtime: Runtime = { nodeFlags: [], env: {} }): Started {
  const child = spawn(process.execPath, [...runtime.nodeFlags, path.join(root, `dist/apps/${app}/src/main.js`)], {
    env: { ...process.env, ...runtime.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let signalled = 0;
  const exit = new Promise<{ code: number | null; ms: number }>((resolve) => child.on('exit', (code) => resolve({ code, ms: Date.now() - signalled })));
  const originalKill = child.kill.bind(child);
  child.kill = (signal) => {
    signalled = Date.now();
    return originalKill(signal);
  };
  return { child, output: () => output, exit };
}

/** Fetches `url` until the server behind it answers (a process starting on a loaded two-core machine took over 20 s). */
export async function waitFor(url: string, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A process's resident memory in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}
