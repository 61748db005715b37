import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';
import { AttendanceStatus } from '@oneplan/prisma';

registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: "A patient's attendance at one group." });

export { AttendanceStatus };

export enum CareHoursBand {
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}
registerEnumType(CareHoursBand, { name: 'CareHoursBand', description: 'Hours delivered in a week against the band the level of care requires.' });

@ObjectType({ implements: () => [Node], description: "A patient's attendance at a group." })
export class GroupAttendance {
  @Field(() => ID, { description: 'Attendance id.' })
  id!: string;

  @Field(() => ID, { description: 'The group session.' })
  groupSessionId!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => AttendanceStatus, { description: 'Present, late, left early, absent or excused.' })
  status!: AttendanceStatus;

  @Field(() => Int, { nullable: true, description: 'Minutes attended, when late or leaving early.' })
  minutesAttended!: number | null;

  @Field(() => String, { nullable: true, description: 'Optional note.' })
  note!: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  recordedById!: string;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => [ID], { description: "The patient's supports who came with them (a family group)." })
  supportIds!: string[];
}

@ObjectType({ description: 'Hours of care delivered in one week (Monday to Sunday, program time) against the required band.' })
export class WeeklyCareHours {
  @Field(() => LocalDateScalar, { description: 'Monday of the week.' })
  weekStart!: Date;

  @Field(() => Float, { description: 'Hours in groups attended.' })
  groupHours!: number;

  @Field(() => Float, { description: 'Hours in completed individual sessions.' })
  individualHours!: number;

  @Field(() => Float, { description: 'All hours delivered.' })
  totalHours!: number;

  @Field(() => Float, { description: 'Fewest hours the level of care requires.' })
  requiredMinimum!: number;

  @Field(() => Float, { nullable: true, description: 'Most hours the level of care allows (empty for PHP).' })
  requiredMaximum!: number | null;

  @Field(() => CareHoursBand, { description: 'Below, within or above the band.' })
  band!: CareHoursBand;
}
