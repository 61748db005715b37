import { Args, Query, Resolver } from '@nestjs/graphql';
import { assertInOrder } from '@oneplan/errors';
import { Connection, pageWindow, toConnection } from '@oneplan/graphql';
import { AUDIT_ORDER, AuditRepository, type AuditFilter } from './audit.repository.js';
import { type AuditRangeArgs, PatientAccessHistoryArgs, StaffAccessLogArgs } from './dto/audit.args.js';
import { AuditEvent } from './models/audit-event.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const AuditEventConnection = Connection(AuditEvent);

/** Audit trails for program admins (the access rules decide who may ask). */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly repository: AuditRepository) {}

  @Query(() => AuditEventConnection, { description: "Who viewed or changed a patient's data, when, and what was refused, newest first; no totalCount." })
  patientAccessHistory(@Args() args: PatientAccessHistoryArgs) {
    return this.page({ patientId: args.patientId }, args);
  }

  @Query(() => AuditEventConnection, { description: "A staff member's access log: every patient record they read or changed, or tried to, newest first; no totalCount." })
  staffAccessLog(@Args() args: StaffAccessLogArgs) {
    return this.page({ staffId: args.staffId }, args);
  }

  /** Audit trails grow without end: they page by date, and are not counted. */
  private async page(filter: AuditFilter, args: AuditRangeArgs) {
    if (args.from) assertInOrder(args.from, args.to, 'to', true);
    const window = pageWindow(args);
    return toConnection(await this.repository.page({ ...filter, from: args.from, to: args.to }, window), window, AUDIT_ORDER.valuesOf);
  }
}
