import { Inject } from '@nestjs/common';
import { AuditTrail } from '@oneplan/audit';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { type Actor, Connection, pageWindow, Payload, toConnection } from '@oneplan/graphql';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { TransactionRunner } from '@oneplan/prisma';
import { AccessRepository, EMERGENCY_ACCESS_ORDER } from './access.repository.js';
import { BreakTheGlassInput, EmergencyAccessesArgs } from './dto/break-the-glass.input.js';
import { EmergencyAccess } from './models/emergency-access.model.js';

// Connection types are created as the module loads, before Nest builds the schema.
const EmergencyAccessConnection = Connection(EmergencyAccess);

const BreakTheGlassPayload = Payload('BreakTheGlassPayload', 'The emergency access opened.', { emergencyAccess: { type: () => EmergencyAccess, description: 'The access, with when it expires.' } });

@Resolver(() => EmergencyAccess)
export class BreakGlassResolver {
  constructor(
    private readonly access: AccessRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {}

  @Mutation(() => BreakTheGlassPayload, {
    description: `Opens a patient's record to a staff member outside the care team for a limited time (BREAK_GLASS_MINUTES, 60 by default), with a stated reason.`,
  })
  async breakTheGlass(@CurrentActor() actor: Actor, @Args('input', { description: 'Patient and reason.' }) input: BreakTheGlassInput) {
    const expiresAt = new Date(Date.now() + this.config.BREAK_GLASS_MINUTES * 60_000);
    const emergencyAccess = await this.transactions.run(async (tx) => {
      const access = await this.access.grantEmergencyAccess(tx, { patientId: input.patientId, staffId: actor.staffId, reason: input.reason, expiresAt });
      await this.outbox.addMany(tx, [{ kind: OutboxEventKind.EmergencyAccessOpened, subjectId: access.id, actorId: actor.staffId }]);
      await this.audit.recordChange(tx, actor, [input.patientId]);
      return access;
    });
    return { emergencyAccess };
  }

  @Query(() => EmergencyAccessConnection, { description: "Emergency accesses to a patient's record, newest first." })
  async emergencyAccesses(@Args() args: EmergencyAccessesArgs) {
    const window = pageWindow(args);
    return toConnection(await this.access.emergencyAccessesPage(args.patientId, window), window, EMERGENCY_ACCESS_ORDER.valuesOf, () => this.access.countEmergencyAccesses(args.patientId));
  }
}
