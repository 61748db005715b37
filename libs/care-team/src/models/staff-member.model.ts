import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline } from './enums.js';
import { Node } from '@oneplan/graphql';

@ObjectType({ implements: () => [Node], description: 'A clinician or administrator of a program.' })
export class StaffMember {
  @Field(() => ID, { description: 'Staff member id.' })
  id!: string;

  @Field(() => ID, { description: 'The program the staff member belongs to.' })
  programId!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Work email, used to sign in.' })
  email!: string;

  @Field({ description: 'Credentials, e.g. LCSW, LADC, MD, PMHNP.' })
  credentials!: string;

  @Field(() => Discipline, { description: 'Discipline.' })
  discipline!: Discipline;

  @Field({ description: 'Inactive staff members cannot sign in.' })
  active!: boolean;
}
