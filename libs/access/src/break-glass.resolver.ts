import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@oneplan/auth';
import { APP_CONFIG, type AppConfig } from '@oneplan/config';
import { type Actor, listCost } from '@oneplan/graphql';
import { Outbox, OutboxEventKind } from '@oneplan/outbox';
import { TransactionRunner } from '@oneplan/prisma';
import { AccessRepository } from './access.repository.js';
import { BreakTheGlassInput, EmergencyAccessesArgs } from './dto/break-the-glass.input.js';
import { EmergencyAccess } from './models/emergency-access.model.js';

/** Emergency accesses one patient's record realistically sees (the list is costed as this many). */
const EMERGENCY_ACCESSES_PER_PATIENT = 20;

@Resolver(() => EmergencyAccess)
export class BreakGlassResolver {
  constructor(
    private readonly access: AccessRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly transactions: TransactionRunner,
  ) {}

  @Mutation(() => EmergencyAccess, { description: `Opens a patient's record to a staff member outside the care team for a limited time (BREAK_GLASS_MINUTES, 60 by default), with a stated reason.` })
  breakTheGlass(@CurrentActor() actor: Actor, @Args('input', { description: 'Patient and reason.' }) input: BreakTheGlassInput) {
    const expiresAt = new Date(Date.now() + this.config.BREAK_GLASS_MINUTES * 60_000);
    return this.transactions.run(async (tx) => {
      const access = await this.access.grantEmergencyAccess(tx, { patientId: input.patientId, staffId: actor.staffId, reason: input.reason, expiresAt });
      await this.outbox.add(tx, { kind: OutboxEventKind.EmergencyAccessOpened, subjectId: access.id, actorId: actor.staffId });
      return access;
    });
  }

  @Query(() => [EmergencyAccess], { complexity: listCost(EMERGENCY_ACCESSES_PER_PATIENT), description: "Emergency accesses to a patient's record, newest first." })
  emergencyAccesses(@Args() args: EmergencyAccessesArgs) {
    return this.access.emergencyAccessesOf(args.patientId);
  }
}
