import request from 'supertest';
import { useClinic } from '../support/clinic.js';

describe('API metrics (e2e)', () => {
  const { api, clinic } = useClinic();

  it('should count requests, operations by root field and errors by code, with the pool and the process', async () => {
    await api.gql(clinic.staff.therapist, '{ me { id } }');
    await api.gql(clinic.staff.therapist, 'query Named { patientPlan(patientId: "00000000-0000-4000-8000-000000000000") { id } }');
    await api.gql(null, '{ me { id } }');
    const response = await request(api.app.getHttpServer()).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const metrics = response.text;
    expect(metrics).toMatch(/^oneplan_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^oneplan_graphql_operation_duration_seconds_count\{type="query",field="me"\} [1-9]\d*$/m);
    // The root field, never the operation name the client chose.
    expect(metrics).toMatch(/^oneplan_graphql_operation_duration_seconds_count\{type="query",field="patientPlan"\} 1$/m);
    expect(metrics).not.toContain('Named');
    expect(metrics).toMatch(/^oneplan_graphql_errors_total\{code="NOT_FOUND"\} 1$/m);
    expect(metrics).toMatch(/^oneplan_graphql_errors_total\{code="UNAUTHENTICATED"\} 1$/m);
    expect(metrics).toMatch(/^oneplan_db_pool_connections\{state="total"\} \d+$/m);
    expect(metrics).toMatch(/^oneplan_api_process_resident_memory_bytes \d+$/m);
  });

  it('should label a path no route has as "other", whatever a client sends', async () => {
    await request(api.app.getHttpServer()).get('/no-such-path-a1b2c3');
    const metrics = (await request(api.app.getHttpServer()).get('/metrics')).text;
    expect(metrics).not.toContain('a1b2c3');
    expect(metrics).toMatch(/^oneplan_http_request_duration_seconds_count\{method="GET",route="other",status="404"\} [1-9]\d*$/m);
  });
});
