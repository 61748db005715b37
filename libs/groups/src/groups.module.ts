import { Module } from '@nestjs/common';
import { GroupSessionGenerator } from './group-session-generator.js';
import { GroupsRepository } from './groups.repository.js';

/** Groups' records and the generation of recurring groups' sessions: what the API and the worker share. */
@Module({
  providers: [GroupSessionGenerator, GroupsRepository],
  exports: [GroupSessionGenerator, GroupsRepository],
})
export class GroupsModule {}
