import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { IndividualSessionRepository } from './individual-session.repository.js';

/** Individual sessions by id (node). */
@Injectable()
export class IndividualSessionNodes implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly sessions: IndividualSessionRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('IndividualSession', (ids) => this.sessions.sessionsByIds(ids));
  }
}
