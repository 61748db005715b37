import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';

@ArgsType()
export class AuditRangeArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Events at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Events before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class PatientAccessHistoryArgs extends AuditRangeArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}

@ArgsType()
export class StaffAccessLogArgs extends AuditRangeArgs {
  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  staffId!: string;
}
