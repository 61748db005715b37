import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { GroupDateRangeArgs } from '@oneplan/groups';
import { AttendanceStatus } from '../models/group-attendance.model.js';

/** Patients one attendance record may name: a group never seats more. */
export const MAX_ATTENDANCE_ENTRIES = 100;

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

  @Field(() => [ID], { nullable: true, description: "The patient's supports who came with them (a family group; up to 10)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  supportIds?: string[];
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

@ArgsType()
export class PatientAttendanceArgs extends GroupDateRangeArgs {
  @Field(() => ID, { description: 'The patient.' })
  @IsUUID()
  patientId!: string;
}
