import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, Length, Max, Min } from 'class-validator';
import { ASAM_DIMENSIONS } from '../level-of-care.js';
import { AsamDimensionEnum } from '../models/asam.model.js';

@InputType({ description: 'One ASAM Criteria dimension rated.' })
export class AsamRatingInput {
  @Field(() => AsamDimensionEnum, { description: 'The dimension.' })
  @IsIn(ASAM_DIMENSIONS)
  dimension!: string;

  @Field(() => Int, { description: 'Severity, 0 (none) to 4 (severe).' })
  @IsInt()
  @Min(0)
  @Max(4)
  rating!: number;

  @Field({ description: 'What the rating rests on (1-2000 characters).' })
  @Length(1, 2000)
  note!: string;
}
