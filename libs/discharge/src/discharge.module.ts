import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GroupsModule } from '@oneplan/groups';
import { PlanModule } from '@oneplan/plan';
import { DischargeRepository } from './discharge.repository.js';
import { DischargeResolver } from './discharge.resolver.js';
import { DischargeService } from './discharge.service.js';

/** The end of an episode: discharge summary, aftercare plan and its tasks. */
@Module({
  imports: [CareTeamModule, GroupsModule, PlanModule],
  providers: [DischargeRepository, DischargeResolver, DischargeService],
})
export class DischargeModule {}
