import request from 'supertest';
import { useClinic } from '../support/clinic.js';

describe('The API in production mode (e2e)', () => {
  const { api, clinic } = useClinic({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' });

  it('should refuse introspection', async () => {
    const response = await api.gql(clinic.staff.therapist, '{ __schema { queryType { name } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  it('should not describe the schema in validation errors (no "Did you mean ...?")', async () => {
    const response = await api.gql(clinic.staff.therapist, '{ patien(id: "x") { id } }');
    expect(response.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).not.toMatch(/did you mean|patient/i);
  });

  it('should serve no landing page', async () => {
    const page = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/<html|<!DOCTYPE/i);
  });

  it('should serve the web app with its content security policy, and no development sign-in', async () => {
    const server = api.app.getHttpServer();
    const page = await request(server).get('/').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toMatch(/<div id="root">/);
    expect((await request(server).get('/auth/dev/staff')).status).toBe(404);
    expect((await request(server).post('/auth/dev/sign-in').send({ email: 'maya.okafor@riverbend.example' })).headers['set-cookie']).toBeUndefined();
    expect((await request(server).get('/auth/session')).status).toBe(401);
  });

  it('should answer queries, with unexpected errors masked to the request id', async () => {
    expect((await api.gql(clinic.staff.therapist, '{ me { id } }')).data).toEqual({ me: { id: clinic.staff.therapist } });
    await api.prisma.$executeRawUnsafe('ALTER TABLE "Problem" RENAME TO "ProblemMissing"');
    try {
      const broken = await api.gql(clinic.staff.therapist, `query($id: ID!) { treatmentPlan(id: $id) { problems { id } } }`, { id: clinic.planId });
      expect(broken.errors).toEqual([{ message: 'Internal server error', path: ['treatmentPlan', 'problems'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } }]);
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE "ProblemMissing" RENAME TO "Problem"');
    }
  });
});
