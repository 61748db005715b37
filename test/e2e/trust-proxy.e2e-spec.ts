import request from 'supertest';
import { useClinic } from '../support/clinic.js';

describe('The client address behind a trusted proxy (e2e)', () => {
  const { api } = useClinic({ TRUST_PROXY: '1', RATE_LIMIT_PER_ADDRESS: '3' });
  afterAll(() => {
    delete process.env.TRUST_PROXY;
  });
  const ask = (forwardedFor: string, token = 'not-a-token') =>
    request(api.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).set('x-forwarded-for', forwardedFor).send({ query: '{ me { id } }' });

  const refusedSignIn = async (forwardedFor: string) => {
    const since = new Date();
    const response = await ask(forwardedFor);
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [event] = await api.prisma.auditEvent.findMany({ where: { operation: 'signIn', occurredAt: { gte: since } }, orderBy: { seq: 'desc' }, take: 1 });
    return event.clientAddress;
  };

  it('should take the address the one trusted proxy saw, not what the client wrote before it', async () => {
    expect(await refusedSignIn('198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await refusedSignIn('203.0.113.10')).toBe('203.0.113.10');
  });

  it('should spend the rate budget of each forwarded address on its own', async () => {
    const codes = async (address: string, times: number) => {
      const answers = [];
      for (let index = 0; index < times; index++) answers.push((await ask(address)).body.errors[0].extensions.code);
      return answers;
    };
    expect(await codes('203.0.113.21', 4)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(await codes('203.0.113.22', 1)).toEqual(['UNAUTHENTICATED']);
  });
});
