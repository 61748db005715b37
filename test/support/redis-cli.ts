import { execFileSync } from 'node:child_process';

/** redis-cli against a private server or sentinel: its answer, or '' while it cannot answer. */
export function redisCli(port: number, ...args: string[]): string {
  try {
    return execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
