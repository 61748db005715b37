import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { MedicationChangeRepository } from './medication-change.repository.js';

/** Medication changes by id (node). */
@Injectable()
export class MedicationChangeNodes implements OnModuleInit {
  constructor(
    private readonly changes: MedicationChangeRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('MedicationChange', (ids) => this.changes.changesByIds(ids));
  }
}
