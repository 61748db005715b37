import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SPEC, parseConfig } from './config.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('Configuration', () => {
  it('should take the defaults of an empty environment', () => {
    const { config, problems } = parseConfig({});
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/oneplan', TRUST_PROXY: 'loopback', GRAPHQL_MAX_IN_FLIGHT: 256, REMINDER_SWEEP_SECONDS: 300 });
  });

  it.each([
    [{ GRAPHQL_MAX_IN_FLIGHT: '0' }, 'GRAPHQL_MAX_IN_FLIGHT: must be a whole number of at least 1'],
    [{ DATABASE_POOL_SIZE: 'ten' }, 'DATABASE_POOL_SIZE: must be a whole number of at least 1'],
    [{ SWEEP_BATCH_SIZE: '2.5' }, 'SWEEP_BATCH_SIZE: must be a whole number of at least 1'],
    [{ REMINDER_SWEEP_SECONDS: '-1' }, 'REMINDER_SWEEP_SECONDS: must be a whole number of at least 0'],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1/oneplan' }, 'DATABASE_URL: must be a postgres: or postgresql: URL, not mysql:'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: must be a URL (postgres://...)'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL: must be a redis: or rediss: URL, not http:'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY: must be loopback, a hop count, or IP addresses or subnets separated by commas'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET: must be at least 32 characters'],
    [{ GRAPHQL_COST_BUDGET: '10', GRAPHQL_MAX_COST: '100' }, 'GRAPHQL_COST_BUDGET: must be at least GRAPHQL_MAX_COST, or the costliest allowed operation could never run'],
  ])('should refuse %j with one line naming the variable', (env, line) => {
    expect(parseConfig(env).problems).toEqual([line]);
  });

  it('should name every bad variable, never echoing a secret', () => {
    const { problems } = parseConfig({ JWT_SECRET: 'tiny', GRAPHQL_MAX_DEPTH: '0', DATABASE_URL: 'mysql://user:hunter2@db/oneplan' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'GRAPHQL_MAX_DEPTH']);
  });

  it('should read a trusted proxy as a hop count or a list of addresses and subnets', () => {
    expect(parseConfig({ TRUST_PROXY: '2' }).config?.TRUST_PROXY).toBe(2);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,loopback' }).config?.TRUST_PROXY).toBe('10.0.0.0/8,192.168.1.7,loopback');
  });

  it('should list every variable with its default in .env.example', () => {
    const example = Object.fromEntries(
      readFileSync(path.join(root, '.env.example'), 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
          const [name, ...value] = line.split('=');
          return [name, value.join('=').replace(/^"(.*)"$/, '$1')];
        }),
    );
    const defaults = Object.fromEntries(Object.entries(CONFIG_SPEC).map(([name, spec]) => [name, String((spec as { default?: unknown }).default)]));
    expect(example).toEqual(defaults);
  });
});
