import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsInt, IsOptional, IsUrl, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { GroupOccurrenceChange, GroupType, Modality } from '@oneplan/prisma';

@InputType({ description: 'A recurring group: its sessions are generated ahead, in the program time zone.' })
export class CreateGroupScheduleInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => GroupType, { description: 'Kind of group.' })
  @IsEnum(GroupType)
  type!: GroupType;

  @Field({ description: 'Name or topic (1-200 characters).' })
  @Length(1, 200)
  topic!: string;

  @Field(() => [ID], { description: 'Facilitators (1-4 active staff of the program); the first leads; any of them records attendance.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  facilitatorIds!: string[];

  @Field(() => [Int], { description: 'ISO weekdays it meets on (1 Monday to 7 Sunday), each once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @Field({ description: 'Start time in the program time zone, HH:MM (24-hour).' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM (24-hour)' })
  startTime!: string;

  @Field(() => Int, { description: 'Length in minutes (15-480).' })
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes!: number;

  @Field(() => Modality, { description: 'In person or virtual.' })
  @IsEnum(Modality)
  modality!: Modality;

  @Field(() => String, { nullable: true, description: 'Meeting link of a virtual group (https, up to 500 characters); never logged.' })
  @IsOptional()
  @Length(1, 500)
  @IsUrl({ protocols: ['https'], require_protocol: true })
  meetingLink?: string;

  @Field(() => LocalDateScalar, { description: 'First date it may meet.' })
  @IsDate()
  startsOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last date it may meet (at most two years after the first); empty: runs on.' })
  @IsOptional()
  @IsDate()
  endsOn?: Date;
}

@InputType({ description: 'Cancels one occurrence of a recurring group (a holiday) or moves it.' })
export class ChangeGroupOccurrenceInput {
  @Field(() => ID, { description: 'The recurring group.' })
  @IsUUID()
  scheduleId!: string;

  @Field(() => LocalDateScalar, { description: 'The date the occurrence is scheduled on (a weekday it meets).' })
  @IsDate()
  occursOn!: Date;

  @Field(() => GroupOccurrenceChange, { description: 'Cancel it, or move it.' })
  @IsEnum(GroupOccurrenceChange)
  change!: GroupOccurrenceChange;

  @Field(() => Date, { nullable: true, description: 'Where a moved occurrence starts (within 7 days of its date); only for MOVED.' })
  @IsOptional()
  @IsDate()
  movedStartsAt?: Date;

  @Field({ description: 'Why (1-500 characters).' })
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: 'Ends a recurring group: no session after the last date (sessions with attendance stay).' })
export class EndGroupScheduleInput {
  @Field(() => ID, { description: 'The recurring group.' })
  @IsUUID()
  scheduleId!: string;

  @Field(() => LocalDateScalar, { description: 'The last date it meets (not before its first).' })
  @IsDate()
  endsOn!: Date;
}

@InputType({ description: "Puts a patient on a recurring group's roster." })
export class EnrollInGroupInput {
  @Field(() => ID, { description: "The patient's open treatment plan." })
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: 'The recurring group, of the patient’s program.' })
  @IsUUID()
  scheduleId!: string;

  @Field(() => LocalDateScalar, { description: 'First date on the roster.' })
  @IsDate()
  fromDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last date on the roster; empty: until ended.' })
  @IsOptional()
  @IsDate()
  untilDate?: Date;
}

@InputType({ description: "Takes a patient off a recurring group's roster after a date." })
export class EndGroupEnrollmentInput {
  @Field(() => ID, { description: 'The enrollment.' })
  @IsUUID()
  enrollmentId!: string;

  @Field(() => Int, { description: 'The version last read (a concurrent change is refused).' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => LocalDateScalar, { description: 'Last date on the roster (not before the first).' })
  @IsDate()
  untilDate!: Date;
}

@ArgsType()
export class GroupSchedulesArgs {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;
}

@ArgsType()
export class MyGroupWeekArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Any date of the week wanted (Monday to Sunday, program time); empty: this week.' })
  @IsOptional()
  @IsDate()
  weekOf?: Date;
}
