import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

/** Written by `npm run build` (scripts/fhir-definitions.mjs), relative to the project root the API runs from. */
const DEFINITIONS = path.resolve('dist/fhir/r4-import-definitions.json');

let resourceTypes: Set<string> | undefined;

function load(): Set<string> {
  if (!resourceTypes) {
    const definitions = JSON.parse(readFileSync(DEFINITIONS, 'utf8')) as { resourceTypes: string[]; bundle: Bundle };
    indexStructureDefinitionBundle(definitions.bundle);
    resourceTypes = new Set(definitions.resourceTypes);
  }
  return resourceTypes;
}

/** Whether this is the name of a FHIR R4 resource type. */
export function isR4ResourceType(name: unknown): boolean {
  return typeof name === 'string' && load().has(name);
}

/**
 * The errors FHIR R4's definitions find in one resource (types, cardinality, value sets bound as required,
 * invariants), each with the element's path. The definitions are indexed on first use: every data type and
 * the resources an imported Bundle may hold.
 */
export function r4Errors(resource: Resource): OperationOutcomeIssue[] {
  load();
  try {
    return validateResource(resource).filter((issue) => issue.severity === 'error');
  } catch (error) {
    const issues = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome?.issue;
    if (!issues) throw error;
    return issues.filter((issue) => issue.severity === 'error');
  }
}
