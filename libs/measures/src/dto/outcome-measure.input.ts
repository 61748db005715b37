import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { OutcomeMeasureType } from '@oneplan/goals';

@InputType({ description: 'A score of a standard outcome measure. Out-of-range scores are refused.' })
export class RecordOutcomeMeasureInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => OutcomeMeasureType, { description: 'Which instrument.' })
  @IsEnum(OutcomeMeasureType)
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: "Total score, within the instrument's range." })
  @IsInt()
  score!: number;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 item 9 (0-3); required for PHQ-9, refused for others.' })
  @IsOptional()
  @IsInt()
  selfHarmItem?: number;

  @Field({ description: 'When it was administered; not in the future.' })
  @IsDate()
  administeredAt!: Date;
}
