import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@oneplan/graphql';
import { AttendanceRepository } from './attendance.repository.js';

@Injectable()
export class AttendanceLoaders {
  constructor(private readonly attendance: AttendanceRepository) {}

  groupSession(loaders: RequestLoaders) {
    return loaders.one('groupSession.byId', (ids) => this.attendance.groupSessionsByIds(ids), (row) => row.id);
  }

  byGroup(loaders: RequestLoaders) {
    return loaders.many('attendance.byGroup', (ids) => this.attendance.attendanceByGroupIds(ids), (row) => row.groupSessionId);
  }

  /** Every attendance of each patient, with its group. */
  byPatient(loaders: RequestLoaders) {
    return loaders.many('attendance.byPatient', (ids) => this.attendance.attendanceByPatientIds(ids), (row) => row.patientId);
  }
}
