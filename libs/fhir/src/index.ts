export { buildFhirBundle, type FhirDisclosure, staffNamedBy } from './fhir-bundle.js';
export { FhirExportRepository, type FhirExportSource } from './fhir-export.repository.js';
export { FhirModule } from './fhir.module.js';
export { ERROR_CODE_SYSTEM, operationOutcomeOf } from './operation-outcome.js';
