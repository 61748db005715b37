import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLNamedType, isInputObjectType, isObjectType } from 'graphql';
import { ACCESS_RULES } from '@oneplan/access';
import { README_FILE, withAccessTables } from '../../apps/api/src/access-docs.js';
import { SCHEMA_FILE, schemaSdl } from '../../apps/api/src/schema-sdl.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('GraphQL schema (e2e)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('should match the committed apps/api/schema.gql (run npm run schema:emit after changing the API)', async () => {
    expect(schemaSdl(api.app)).toBe(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('should have exactly one access rule per query, mutation and subscription, and the README tables rendered from them', async () => {
    const schema = buildSchema(schemaSdl(api.app));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type!.getFields())).sort();
    expect(Object.keys(ACCESS_RULES).sort()).toEqual(operations);
    const readme = await readFile(README_FILE, 'utf8');
    expect(withAccessTables(readme)).toBe(readme);
  });

  it('should describe every type, field and argument', () => {
    const schema = buildSchema(schemaSdl(api.app));
    const undocumented: string[] = [];
    const ours = (type: GraphQLNamedType) => !type.name.startsWith('__');
    for (const type of Object.values(schema.getTypeMap()).filter(ours)) {
      if (!type.description && !['Boolean', 'String', 'Int', 'Float', 'ID', 'DateTime', 'Query', 'Mutation', 'Subscription'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
