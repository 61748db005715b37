import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, Node } from '@oneplan/graphql';

@ObjectType({ description: "A patient's emergency contact." })
export class EmergencyContact {
  @Field({ description: 'Contact name.' })
  name!: string;

  @Field({ description: 'Relationship to the patient.' })
  relationship!: string;

  @Field({ description: 'Phone number.' })
  phone!: string;
}

@ObjectType({ implements: () => [Node], description: 'A person in treatment in a program.' })
export class Patient {
  @Field(() => ID, { description: 'Patient id.' })
  id!: string;

  @Field(() => ID, { description: 'The program the patient is enrolled in.' })
  programId!: string;

  @Field({ description: 'First name.' })
  firstName!: string;

  @Field({ description: 'Last name.' })
  lastName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth.' })
  dateOfBirth!: Date;

  @Field({ description: 'Medical record number, unique within the program.' })
  recordNumber!: string;

  @Field(() => String, { nullable: true, description: 'Pronouns, as the patient states them.' })
  pronouns!: string | null;

  @Field(() => EmergencyContact, { nullable: true, description: 'Emergency contact.' })
  emergencyContact!: EmergencyContact | null;
}
