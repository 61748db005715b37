import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASAM_DIMENSIONS } from '../level-of-care.js';

export const AsamDimensionEnum = Object.fromEntries(ASAM_DIMENSIONS.map((dimension) => [dimension, dimension])) as { [D in (typeof ASAM_DIMENSIONS)[number]]: D };
registerEnumType(AsamDimensionEnum, { name: 'AsamDimension', description: 'The six dimensions of the ASAM Criteria, in order (1 to 6).' });

@ObjectType({ description: 'One ASAM Criteria dimension as rated (at intake, or to justify a change of level of care).' })
export class AsamRating {
  @Field(() => AsamDimensionEnum, { description: 'The dimension.' })
  dimension!: string;

  @Field(() => Int, { description: 'Severity, 0 (none) to 4 (severe).' })
  rating!: number;

  @Field({ description: 'What the rating rests on.' })
  note!: string;
}
