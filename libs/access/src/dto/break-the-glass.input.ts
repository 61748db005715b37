import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';

@InputType({ description: "Opens a patient's record in an emergency, for a limited time; audited and shown to the primary therapist." })
export class BreakTheGlassInput {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;

  @Field({ description: 'Why the record must be opened now (10-1000 characters).' })
  @Length(10, 1000)
  reason!: string;
}

@ArgsType()
export class EmergencyAccessesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}
