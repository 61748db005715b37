import { Module } from '@nestjs/common';
import { FhirExportRepository } from './fhir-export.repository.js';

@Module({ providers: [FhirExportRepository], exports: [FhirExportRepository] })
export class FhirModule {}
