import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsIn, IsUUID, Length } from 'class-validator';
import { OutcomeMeasureType } from '@oneplan/prisma';
import { SELF_REPORT_TYPES } from '../instruments.js';

@InputType({ description: 'Emails the patient a link to fill in measures themselves: single-use, expiring after 72 hours, naming no diagnosis.' })
export class SendSelfReportLinkInput {
  @Field(() => ID, { description: "The patient's open treatment plan." })
  @IsUUID()
  planId!: string;

  @Field(() => [OutcomeMeasureType], { description: `The measures to fill in (1-4 of ${SELF_REPORT_TYPES.join(', ')}, each once).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(SELF_REPORT_TYPES, { each: true })
  types!: OutcomeMeasureType[];

  @Field({ description: "The patient's email (up to 254 characters); later links the program sends when measures fall due go there too." })
  @Length(3, 254)
  @IsEmail()
  email!: string;
}
