import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { CareTeamRole } from '../models/enums.js';

@InputType({ description: "Adds a staff member to an episode's care team." })
export class AddCareTeamMemberInput {
  @Field(() => ID, { description: 'The episode of care.' })
  @IsUUID()
  episodeId!: string;

  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  staffId!: string;

  @Field(() => CareTeamRole, { description: 'Role on this team.' })
  @IsEnum(CareTeamRole)
  role!: CareTeamRole;

  @Field(() => LocalDateScalar, { description: 'First day on the team.' })
  @IsDate()
  fromDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day on the team, if known.' })
  @IsOptional()
  toDate?: Date;
}

@InputType({ description: "Ends a staff member's place on a care team." })
export class EndCareTeamMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID()
  membershipId!: string;

  @Field(() => LocalDateScalar, { description: 'Last day on the team.' })
  @IsDate()
  toDate!: Date;
}

@InputType({ description: 'Takes a staff member off a care team now: their access to the patient ends at once.' })
export class RemoveFromCareTeamInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID()
  membershipId!: string;
}
