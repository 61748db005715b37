import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID, Length, Matches, Max, Min, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { IANAZone } from 'luxon';
import { LevelOfCare, OutcomeMeasureType } from '../models/enums.js';

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

@InputType({ description: 'Sets how often a program gives an outcome measure (0 turns it off).' })
export class SetMeasureScheduleInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => OutcomeMeasureType, { description: 'The measure.' })
  @IsEnum(OutcomeMeasureType)
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: 'Days between administrations (1-90), or 0 for never.' })
  @Min(0)
  @Max(90)
  everyDays!: number;
}

@InputType({ description: "Sets the local time of a program's daily agenda." })
export class SetAgendaTimeInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'Local time, HH:MM (24-hour).' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'agendaTime must be HH:MM' })
  agendaTime!: string;
}

@InputType({ description: 'Turns on or off sending the patient a self-report link when a measure falls due.' })
export class SetSelfReportLinksInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'True: a measure that falls due is sent to the patient (at the address their last link went to).' })
  @IsBoolean()
  automatic!: boolean;
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
