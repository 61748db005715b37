import { Args, Query, Resolver } from '@nestjs/graphql';
import { assertInOrder } from '@oneplan/errors';
import { decodeCursor, Paginated, toPage } from '@oneplan/graphql';
import { AuditRepository, type AuditFilter } from './audit.repository.js';
import { type AuditRangeArgs, PatientAccessHistoryArgs, StaffAccessLogArgs } from './dto/audit.args.js';
import { AuditEvent } from './models/audit-event.model.js';

export const AuditEventPage = Paginated(AuditEvent, 'A page of audit events, newest first.');

/** Audit trails for program admins (the access rules decide who may ask). */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly repository: AuditRepository) {}

  @Query(() => AuditEventPage, { description: "Who viewed or changed a patient's data, when, and what was refused." })
  patientAccessHistory(@Args() args: PatientAccessHistoryArgs) {
    return this.page({ patientId: args.patientId }, args);
  }

  @Query(() => AuditEventPage, { description: "A staff member's access log: every patient record they read or changed, or tried to." })
  staffAccessLog(@Args() args: StaffAccessLogArgs) {
    return this.page({ staffId: args.staffId }, args);
  }

  private async page(filter: AuditFilter, args: AuditRangeArgs) {
    if (args.from) assertInOrder(args.from, args.to, 'to', true);
    const rows = await this.repository.page({ ...filter, from: args.from, to: args.to }, args.first + 1, decodeCursor(args.after));
    return toPage(rows, args.first, (row) => row.occurredAt.toISOString());
  }
}
