import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { ConsentRepository } from './consent.repository.js';

/** Consents and disclosures by id (node). */
@Injectable()
export class ConsentNodes implements OnModuleInit {
  constructor(
    private readonly consents: ConsentRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Consent', (ids) => this.consents.consentsByIds(ids));
    this.nodes.registerByIds('Disclosure', (ids) => this.consents.disclosuresByIds(ids));
  }
}
