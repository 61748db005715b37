import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsUUID, Length } from 'class-validator';
import { Discipline } from '../models/enums.js';

const PROGRAM_DISCIPLINES = Object.values(Discipline).filter((discipline) => discipline !== Discipline.ORGANIZATION_ADMIN);

@InputType({ description: 'A new staff member.' })
export class CreateStaffMemberInput {
  @Field(() => ID, { description: 'The program.' })
  @IsUUID()
  programId!: string;

  @Field({ description: 'Full name (1-200 characters).' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Work email; unique.' })
  @IsEmail()
  @Length(3, 320)
  email!: string;

  @Field({ description: 'Credentials, e.g. LCSW (1-100 characters).' })
  @Length(1, 100)
  credentials!: string;

  @Field(() => Discipline, { description: 'Discipline in the program (an organization administrator is made with npm run admin:create).' })
  @IsIn(PROGRAM_DISCIPLINES, { message: `discipline must be one of ${PROGRAM_DISCIPLINES.join(', ')}: a program's staff member` })
  discipline!: Discipline;
}

@InputType({ description: 'Activates or deactivates a staff member.' })
export class SetStaffActiveInput {
  @Field(() => ID, { description: 'The staff member.' })
  @IsUUID()
  staffId!: string;

  @Field({ description: 'Whether the staff member may sign in.' })
  @IsBoolean()
  active!: boolean;
}
