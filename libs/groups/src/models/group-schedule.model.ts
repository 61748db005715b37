import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { GroupOccurrenceChange, GroupType, Modality } from '@oneplan/prisma';

registerEnumType(GroupOccurrenceChange, { name: 'GroupOccurrenceChange', description: 'How one occurrence of a recurring group differs from its schedule.' });

export { GroupOccurrenceChange };

@ObjectType({ implements: () => [Node], description: 'A group a program runs every week on the same weekdays at the same time (program time); its sessions are generated ahead.' })
export class GroupSchedule {
  @Field(() => ID, { description: 'Schedule id.' })
  id!: string;

  @Field(() => ID, { description: 'The program.' })
  programId!: string;

  @Field(() => GroupType, { description: 'Kind of group.' })
  type!: GroupType;

  @Field({ description: 'Name or topic of the group.' })
  topic!: string;

  @Field(() => [Int], { description: 'ISO weekdays it meets on: 1 is Monday, 7 Sunday.' })
  weekdays!: number[];

  @Field({ description: 'Start time in the program time zone, HH:MM.' })
  startTime!: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  durationMinutes!: number;

  @Field(() => Modality, { description: 'In person or virtual.' })
  modality!: Modality;

  @Field(() => String, { nullable: true, description: "A virtual group's meeting link (staff only; never logged)." })
  meetingLink!: string | null;

  @Field(() => LocalDateScalar, { description: 'First date it may meet.' })
  startsOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last date it may meet; empty while it runs on.' })
  endsOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Sessions exist through this date.' })
  generatedThrough!: Date | null;

  @Field(() => Int, { description: 'Version, raised by each change.' })
  version!: number;
}

@ObjectType({ description: 'One occurrence of a recurring group cancelled or moved.' })
export class GroupScheduleException {
  @Field(() => ID, { description: 'Exception id.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'The date the occurrence was scheduled on.' })
  occursOn!: Date;

  @Field(() => GroupOccurrenceChange, { description: 'Cancelled or moved.' })
  change!: GroupOccurrenceChange;

  @Field(() => Date, { nullable: true, description: 'Where a moved occurrence now starts.' })
  movedStartsAt!: Date | null;

  @Field({ description: 'Why (a holiday, the facilitator away).' })
  reason!: string;
}

@ObjectType({ implements: () => [Node], description: "A patient on a recurring group's roster, from a date to a date." })
export class GroupEnrollment {
  @Field(() => ID, { description: 'Enrollment id.' })
  id!: string;

  @Field(() => ID, { description: 'The recurring group.' })
  scheduleId!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { description: 'The treatment plan the enrollment is part of.' })
  planId!: string;

  @Field(() => LocalDateScalar, { description: 'First date on the roster.' })
  fromDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last date on the roster; empty while enrolled.' })
  untilDate!: Date | null;

  @Field(() => Int, { description: 'Version, raised by each change.' })
  version!: number;
}
