import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@oneplan/graphql';
import { AttendanceRepository } from './attendance.repository.js';

/** Group attendance by id (node). */
@Injectable()
export class AttendanceNodes implements OnModuleInit {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registerByIds('GroupAttendance', (ids) => this.attendance.attendanceByIds(ids));
  }
}
