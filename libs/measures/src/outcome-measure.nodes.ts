import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { OutcomeMeasureRepository } from './outcome-measure.repository.js';

/** Outcome measures by id (node), with their change from the previous score. */
@Injectable()
export class OutcomeMeasureNodes implements OnModuleInit {
  constructor(
    private readonly measures: OutcomeMeasureRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('OutcomeMeasure', (ids) => this.measures.byIds(ids));
  }
}
