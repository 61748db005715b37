import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { buildSchema, isInputObjectType } from 'graphql';
import { schemaSdl } from '../../apps/api/src/schema-sdl.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every exported class of every libs/<area>/src/dto file. */
async function inputClasses(): Promise<Map<string, abstract new () => unknown>> {
  const classes = new Map<string, abstract new () => unknown>();
  for (const area of await readdir(path.join(root, 'libs'))) {
    const folder = path.join(root, 'libs', area, 'src/dto');
    const files = await readdir(folder).catch(() => []);
    for (const file of files.filter((name) => name.endsWith('.ts'))) {
      for (const value of Object.values(await import(path.join(folder, file)))) if (typeof value === 'function') classes.set(value.name, value as abstract new () => unknown);
    }
  }
  return classes;
}

describe('GraphQL inputs (e2e)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  // The validation pipe drops properties that carry no validator (whitelist), so a field without one
  // would silently arrive empty.
  it('should give every field of every input type a validator', async () => {
    const classes = await inputClasses();
    const schema = buildSchema(schemaSdl(api.app));
    const inputTypes = Object.values(schema.getTypeMap()).filter(isInputObjectType);
    const unvalidated: string[] = [];
    for (const type of inputTypes) {
      const target = classes.get(type.name);
      expect(target).toBeDefined();
      const validated = new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(target!, '', true, false)
          .map((rule) => rule.propertyName),
      );
      for (const field of Object.keys(type.getFields())) if (!validated.has(field)) unvalidated.push(`${type.name}.${field}`);
    }
    expect(inputTypes.length).toBeGreaterThan(20);
    expect(unvalidated).toEqual([]);
  });
});
