import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { CareTeamRole, EpisodeStatus } from './enums.js';

@ObjectType({ implements: () => [Node], description: "A staff member's place on a patient's care team, from one date to another." })
export class CareTeamMember {
  @Field(() => ID, { description: 'Membership id.' })
  id!: string;

  @Field(() => ID, { description: 'The episode of care.' })
  episodeId!: string;

  @Field(() => ID, { description: 'The staff member.' })
  staffId!: string;

  @Field(() => CareTeamRole, { description: 'Role on this care team.' })
  role!: CareTeamRole;

  @Field(() => LocalDateScalar, { description: 'First day on the team.' })
  fromDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day on the team; empty while still on it.' })
  toDate!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member was taken off the team, if they were (access ended then).' })
  removedAt!: Date | null;
}

@ObjectType({ implements: () => [Node], description: 'An episode of care: one admission of a patient to a program.' })
export class Episode {
  @Field(() => ID, { description: 'Episode id.' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { description: 'The program.' })
  programId!: string;

  @Field(() => EpisodeStatus, { description: 'Open or discharged.' })
  status!: EpisodeStatus;

  @Field(() => LocalDateScalar, { description: 'Admission date.' })
  startDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Discharge date.' })
  endDate!: Date | null;
}
