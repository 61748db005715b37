import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OutcomeMeasureType } from '@oneplan/goals';
import { Node } from '@oneplan/graphql';

@ObjectType({ implements: () => [Node], description: 'One administration of a standard outcome measure.' })
export class OutcomeMeasure {
  @Field(() => ID, { description: 'Measure id.' })
  id!: string;

  @Field(() => OutcomeMeasureType, { description: 'Which instrument.' })
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: 'Total score.' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 item 9, thoughts of self-harm (0-3); PHQ-9 only.' })
  selfHarmItem!: number | null;

  @Field({ description: 'When the measure was administered.' })
  administeredAt!: Date;

  @Field(() => ID, { description: 'Who recorded it.' })
  recordedById!: string;

  @Field(() => Int, { nullable: true, description: 'Change from the previous score of the same instrument (empty for the first).' })
  changeFromPrevious!: number | null;
}
