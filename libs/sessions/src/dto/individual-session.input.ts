import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsDate, IsEnum, IsIn, IsOptional, IsUUID, Min } from 'class-validator';
import { SessionStatus, SessionType } from '../models/individual-session.model.js';

@InputType({ description: 'Schedules an individual session.' })
export class ScheduleIndividualSessionInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: "The therapist; a therapist on the patient's care team." })
  @IsUUID()
  therapistId!: string;

  @Field(() => SessionType, { description: 'Kind of session; TRAUMA_PROCESSING is refused while the plan is in stabilization.' })
  @IsEnum(SessionType)
  type!: SessionType;

  @Field({ description: 'Scheduled start.' })
  @IsDate()
  scheduledStart!: Date;

  @Field({ description: 'Scheduled end, after the start.' })
  @IsDate()
  scheduledEnd!: Date;

  @Field(() => [ID], { description: 'Goals of this plan the session addresses.', defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  goalIds: string[] = [];
}

@InputType({ description: 'Records how a session went. Name the version you saw.' })
export class RecordSessionOutcomeInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID()
  sessionId!: string;

  @Field(() => Int, { description: 'The session version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => SessionStatus, { description: 'COMPLETED, NO_SHOW or CANCELLED.' })
  @IsIn(['COMPLETED', 'NO_SHOW', 'CANCELLED'])
  status!: SessionStatus;

  @Field(() => Date, { nullable: true, description: 'Actual start (completed sessions).' })
  @IsOptional()
  @IsDate()
  actualStart?: Date;

  @Field(() => Date, { nullable: true, description: 'Actual end (completed sessions).' })
  @IsOptional()
  @IsDate()
  actualEnd?: Date;

  @Field(() => [ID], { nullable: true, description: "The patient's supports who took part (a completed family session; up to 10)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  supportIds?: string[];
}
