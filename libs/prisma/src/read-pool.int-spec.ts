import { useIntegration } from '../../../test/support/integration.js';
import { CONNECTION_MAX_USES, createPool } from './read-pool.js';

describe('The shared pool (integration)', () => {
  useIntegration([]);

  it('should replace a connection once it has served its uses, so that its statements are planned again', async () => {
    const pool = createPool(process.env.DATABASE_URL!, 1);
    const backend = async () => (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS "pid"')).rows[0].pid;
    try {
      const first = await backend();
      for (let use = 2; use < CONNECTION_MAX_USES; use++) await pool.query('SELECT 1');
      expect(await backend()).toBe(first);
      expect(await backend()).not.toBe(first);
    } finally {
      await pool.end();
    }
  });
});
