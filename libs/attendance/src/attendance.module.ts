import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { GroupSchedulesModule, GroupsModule } from '@oneplan/groups';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { AttendanceLoaders } from './attendance.loaders.js';
import { AttendanceRepository } from './attendance.repository.js';
import { GroupAttendanceResolver, GroupSessionAttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { PlanAttendanceResolver } from './plan-attendance.resolver.js';
import { AttendanceNodes } from './attendance.nodes.js';

@Module({
  imports: [CareTeamModule, GroupSchedulesModule, GroupsModule, OutboxModule, PlanModule],
  providers: [AttendanceNodes, AttendanceLoaders, AttendanceRepository, AttendanceService, GroupAttendanceResolver, GroupSessionAttendanceResolver, PlanAttendanceResolver],
})
export class AttendanceModule {}
