import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '@oneplan/graphql';

@ObjectType({ implements: () => [Node], description: "An emergency (break-the-glass) access to a patient's record by a staff member outside the care team." })
export class EmergencyAccess {
  @Field(() => ID, { description: 'Access id.' })
  id!: string;

  @Field(() => ID, { description: 'The patient.' })
  patientId!: string;

  @Field(() => ID, { description: 'The staff member who opened the record.' })
  staffId!: string;

  @Field({ description: 'The reason they stated.' })
  reason!: string;

  @Field({ description: 'When access began.' })
  grantedAt!: Date;

  @Field({ description: 'When access ends.' })
  expiresAt!: Date;
}
