import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { PlanModule } from '@oneplan/plan';
import { GroupEnrollmentResolver, PlanGroupsResolver } from './group-enrollment.resolver.js';
import { GroupScheduleResolver } from './group-schedule.resolver.js';
import { GroupScheduleService } from './group-schedule.service.js';
import { GroupSessionResolver } from './group-session.resolver.js';
import { GroupSessionService } from './group-session.service.js';
import { GroupLoaders } from './groups.loaders.js';
import { GroupNodes } from './groups.nodes.js';
import { GroupsModule } from './groups.module.js';

/** The API's side of groups: sessions, recurring groups, their exceptions and rosters. */
@Module({
  imports: [CareTeamModule, GroupsModule, PlanModule],
  providers: [GroupEnrollmentResolver, GroupLoaders, GroupNodes, GroupScheduleResolver, GroupScheduleService, GroupSessionResolver, GroupSessionService, PlanGroupsResolver],
  exports: [GroupLoaders],
})
export class GroupSchedulesModule {}
