import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { TaskStatus } from '../models/task.model.js';

@InputType({ description: 'A new follow-up task on a plan.' })
export class AddTaskInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID()
  planId!: string;

  @Field({ description: 'What has to be done (1-500 characters).' })
  @Length(1, 500)
  title!: string;

  @Field(() => ID, { description: "Owner; a member of the patient's care team." })
  @IsUUID()
  ownerId!: string;

  @Field(() => LocalDateScalar, { description: 'Due date.' })
  @IsDate()
  dueDate!: Date;

  @Field(() => ID, { nullable: true, description: 'The goal it is about.' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'The individual session it is about.' })
  @IsOptional()
  @IsUUID()
  individualSessionId?: string;
}

@InputType({ description: 'Changes the status, owner or due date of a task. Name the version you saw.' })
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task.' })
  @IsUUID()
  taskId!: string;

  @Field(() => Int, { description: 'The task version this edit is based on.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => TaskStatus, { nullable: true, description: 'New status.' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'New owner.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New due date.' })
  @IsOptional()
  dueDate?: Date;
}
