import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutcomeMeasureType } from '@oneplan/goals';
import { Node } from '@oneplan/graphql';
import { MeasureSource } from '@oneplan/prisma';

registerEnumType(MeasureSource, { name: 'MeasureSource', description: 'Who entered a measure.' });

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

  @Field(() => ID, { description: 'Who recorded it (for one the patient filled in: who sent the link).' })
  recordedById!: string;

  @Field(() => MeasureSource, { description: 'Entered by staff, or filled in by the patient through a self-report link.' })
  source!: MeasureSource;

  /** Present when the measure was read with its plan's others (see OutcomeMeasureResolver.changeFromPrevious). */
  changeFromPrevious?: number | null;
}
