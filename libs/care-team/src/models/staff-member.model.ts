import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Discipline } from './enums.js';
import { Node } from '@oneplan/graphql';

@ObjectType({ implements: () => [Node], description: "A clinician or administrator of a program, or an administrator of the organization's programs." })
export class StaffMember {
  @Field(() => ID, { description: 'Staff member id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The program the staff member belongs to; null for an organization administrator.' })
  programId!: string | null;

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
