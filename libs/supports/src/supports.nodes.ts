import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { SupportsRepository } from './supports.repository.js';

/** Supports by id (node). */
@Injectable()
export class SupportNodes implements OnModuleInit {
  constructor(
    private readonly supports: SupportsRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('Support', (ids) => this.supports.supportsByIds(ids));
  }
}
