import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@oneplan/graphql';
import { AttendanceStatus, GroupType, Modality } from '../models/group-session.model.js';

/** Patients one attendance record may name: a group never seats more. */
export const MAX_ATTENDANCE_ENTRIES = 100;

@InputType({ description: 'Schedules a group session.' })
export class ScheduleGroupSessionInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field(() => GroupType, { description: 'Kind of group.' })
  @IsEnum(GroupType)
  type!: GroupType;

  @Field(() => ID, { description: 'The facilitator; an active staff member of the program.' })
  @IsUUID()
  facilitatorId!: string;

  @Field({ description: 'Start.' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'End, after the start.' })
  @IsDate()
  endsAt!: Date;

  @Field(() => Modality, { description: 'In person or virtual.' })
  @IsEnum(Modality)
  modality!: Modality;

  @Field({ description: 'Topic or skill (1-200 characters).' })
  @Length(1, 200)
  topic!: string;
}

@InputType({ description: "One patient's attendance." })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;

  @Field(() => AttendanceStatus, { description: 'Attendance.' })
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Int, { nullable: true, description: 'Minutes attended, for LATE or LEFT_EARLY (0-600).' })
  @IsOptional()
  @Min(0)
  @Max(600)
  minutesAttended?: number;

  @Field(() => String, { nullable: true, description: 'Optional note (up to 1000 characters).' })
  @IsOptional()
  @Length(1, 1000)
  note?: string;
}

@InputType({ description: "A whole group's attendance, recorded at once: all of it is saved or none." })
export class RecordGroupAttendanceInput {
  @Field(() => ID, { description: 'The group session.' })
  @IsUUID()
  groupSessionId!: string;

  @Field(() => [AttendanceEntryInput], { description: `One entry per patient (1-${MAX_ATTENDANCE_ENTRIES}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

/** A page of items whose group started in [from, to). */
@ArgsType()
export class GroupDateRangeArgs extends ConnectionArgs {
  @Field({ description: 'Groups starting at or after this.' })
  @IsDate()
  from!: Date;

  @Field({ description: 'Groups starting before this.' })
  @IsDate()
  to!: Date;
}

@ArgsType()
export class GroupSessionsArgs extends GroupDateRangeArgs {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;
}

@ArgsType()
export class PatientAttendanceArgs extends GroupDateRangeArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}
