import { Module } from '@nestjs/common';
import { CareTeamModule } from '@oneplan/care-team';
import { OutboxModule } from '@oneplan/outbox';
import { PlanModule } from '@oneplan/plan';
import { AttendanceLoaders } from './attendance.loaders.js';
import { AttendanceRepository } from './attendance.repository.js';
import { GroupAttendanceResolver, GroupSessionResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { PlanAttendanceResolver } from './plan-attendance.resolver.js';
import { AttendanceNodes } from './attendance.nodes.js';

@Module({
  imports: [CareTeamModule, OutboxModule, PlanModule],
  providers: [AttendanceNodes, AttendanceLoaders, AttendanceRepository, AttendanceService, GroupAttendanceResolver, GroupSessionResolver, PlanAttendanceResolver],
})
export class AttendanceModule {}
