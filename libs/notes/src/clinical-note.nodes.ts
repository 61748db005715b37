import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { ClinicalNoteRepository } from './clinical-note.repository.js';

/** Clinical notes by id (node; private notes reach only their author: see NODE_RULES). */
@Injectable()
export class ClinicalNoteNodes implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly notes: ClinicalNoteRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('ClinicalNote', (ids) => this.notes.notesByIds(ids));
  }
}
