import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { TaskStatus } from '@oneplan/prisma';

registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'Where a follow-up task stands.' });

export { TaskStatus };

@ObjectType({ implements: () => [Node], description: 'An owned follow-up with a due date, so accountability is visible.' })
export class Task {
  @Field(() => ID, { description: 'Task id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The plan it belongs to; null for a task an intake assessment raised before admission.' })
  planId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The intake assessment that raised it, if one did (admission moves its open tasks onto the plan).' })
  assessmentId!: string | null;

  @Field({ description: 'What has to be done.' })
  title!: string;

  @Field(() => ID, { description: 'Who owns it.' })
  ownerId!: string;

  @Field(() => LocalDateScalar, { description: 'When it is due.' })
  dueDate!: Date;

  @Field(() => TaskStatus, { description: 'Open, in progress, done or cancelled.' })
  status!: TaskStatus;

  @Field(() => ID, { nullable: true, description: 'The goal it is about, if any (otherwise the plan).' })
  goalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The individual session it is about, if any.' })
  individualSessionId!: string | null;

  @Field(() => Int, { description: 'Version; edits name the version they saw.' })
  version!: number;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was done or cancelled.' })
  completedAt!: Date | null;
}
