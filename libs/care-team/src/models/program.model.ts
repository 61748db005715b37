import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LevelOfCare, OutcomeMeasureType } from './enums.js';
import { Node } from '@oneplan/graphql';

@ObjectType({ description: "Review cadence of a program's plans at one level of care." })
export class ReviewCadence {
  @Field(() => LevelOfCare, { description: 'The level of care this cadence applies to.' })
  levelOfCare!: LevelOfCare;

  @Field(() => Int, { description: 'Days between plan reviews.' })
  days!: number;
}

@ObjectType({ implements: () => [Node], description: "A clinic's treatment program." })
export class Program {
  @Field(() => ID, { description: 'Program id.' })
  id!: string;

  @Field(() => ID, { description: 'The organization that runs the program.' })
  organizationId!: string;

  @Field({ description: 'Program name.' })
  name!: string;

  @Field(() => LevelOfCare, { description: 'The level of care the program delivers.' })
  levelOfCare!: LevelOfCare;

  @Field({ description: 'IANA time zone the program keeps its calendar in, e.g. America/Chicago.' })
  timeZone!: string;

  @Field({ description: 'Local time (HH:MM) at which each staff member gets their daily agenda.' })
  agendaTime!: string;

  @Field({ description: 'Whether a measure that falls due is sent to the patient as a self-report link.' })
  selfReportLinks!: boolean;
}

@ObjectType({ description: 'How often an outcome measure is due.' })
export class MeasureScheduleEntry {
  @Field(() => OutcomeMeasureType, { description: 'The measure.' })
  type!: OutcomeMeasureType;

  @Field(() => Int, { description: 'Days between administrations.' })
  everyDays!: number;
}

@ObjectType({ description: 'The clinic organization that runs programs; its administrators run every one of them.' })
export class Organization {
  @Field(() => ID, { description: 'Organization id.' })
  id!: string;

  @Field({ description: 'Organization name.' })
  name!: string;
}
