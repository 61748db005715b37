import { Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PatientVisibility } from '@oneplan/access';
import { CurrentActor } from '@oneplan/auth';
import { type Actor, type GraphQLContext, listCost } from '@oneplan/graphql';
import { AGENDA_LIMIT, AgendaRepository } from './agenda.repository.js';
import { AgendaItem } from './models/agenda-item.model.js';

@Resolver(() => AgendaItem)
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaRepository,
    private readonly visibility: PatientVisibility,
  ) {}

  @Query(() => [AgendaItem], {
    complexity: listCost(AGENDA_LIMIT),
    description: "Your day in your program's time zone: the individual sessions you run and the groups you facilitate, by start time.",
  })
  async myAgenda(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const items = await this.agenda.today(actor.staffId);
    this.visibility.recordRead(
      ctx,
      info,
      items.flatMap((item) => (item.patientId ? [item.patientId] : [])),
    );
    return items;
  }
}
