import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsUUID, Length, Max, Min, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { IANAZone } from 'luxon';
import { LevelOfCare } from '../models/enums.js';

@ValidatorConstraint({ name: 'ianaTimeZone' })
export class IsIanaTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && IANAZone.isValidZone(value);
  }

  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as America/New_York';
  }
}

@InputType({ description: 'A new program.' })
export class CreateProgramInput {
  @Field({ description: 'Program name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field(() => LevelOfCare, { description: 'Level of care the program delivers.' })
  @IsEnum(LevelOfCare)
  levelOfCare!: LevelOfCare;

  @Field({ description: 'IANA time zone, e.g. America/Denver.' })
  @Validate(IsIanaTimeZone)
  timeZone!: string;
}

@InputType({ description: "Sets how often a program's plans at one level of care are reviewed." })
export class SetReviewCadenceInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => LevelOfCare, { description: 'The level of care.' })
  @IsEnum(LevelOfCare)
  levelOfCare!: LevelOfCare;

  @Field(() => Int, { description: 'Days between reviews (1-180).' })
  @Min(1)
  @Max(180)
  days!: number;
}
