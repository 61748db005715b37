import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { SupportRole, SupportUpdateContent } from '../models/support.model.js';

const PHONE = /^[+0-9 ()-]{7,30}$/;

@InputType({ description: 'Someone the patient names as part of their support.' })
export class AddSupportInput {
  @Field(() => ID, { description: "The patient's open treatment plan (the change is in its history)." })
  @IsUUID()
  planId!: string;

  @Field({ description: 'Their name (1-100 characters).' })
  @Length(1, 100)
  name!: string;

  @Field({ description: 'Who they are to the patient, in the patient’s words (1-100 characters).' })
  @Length(1, 100)
  relation!: string;

  @Field(() => SupportRole, { description: 'Their place in care.' })
  @IsEnum(SupportRole)
  role!: SupportRole;

  @Field(() => String, { nullable: true, description: 'Email (up to 254 characters).' })
  @IsOptional()
  @Length(3, 254)
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true, description: 'Phone: digits, spaces, + ( ) - (7-30 characters).' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone may hold digits, spaces and + ( ) - (7-30 characters)' })
  phone?: string;
}

@InputType({ description: "Changes a support's details, or records that the patient no longer names them." })
export class UpdateSupportInput {
  @Field(() => ID, { description: 'The support.' })
  @IsUUID()
  supportId!: string;

  @Field(() => Int, { description: 'The version last read (a concurrent change is refused).' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Who they are to the patient (1-100 characters).' })
  @IsOptional()
  @Length(1, 100)
  relation?: string;

  @Field(() => String, { nullable: true, description: 'Email (up to 254 characters).' })
  @IsOptional()
  @Length(3, 254)
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true, description: 'Phone (7-30 characters).' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone may hold digits, spaces and + ( ) - (7-30 characters)' })
  phone?: string;

  @Field(() => Boolean, { nullable: true, description: 'True: the patient no longer names them (nothing more is sent to them).' })
  @IsOptional()
  @IsBoolean()
  ended?: boolean;
}

@InputType({ description: 'Emails a support a short update, under a consent that names them and covers what it carries.' })
export class SendSupportUpdateInput {
  @Field(() => ID, { description: "The patient's open treatment plan." })
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: 'The support.' })
  @IsUUID()
  supportId!: string;

  @Field(() => [SupportUpdateContent], { description: 'What it carries (1-3, each once).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(SupportUpdateContent, { each: true })
  contents!: SupportUpdateContent[];

  @Field(() => String, { nullable: true, description: 'A short personal line from the therapist (up to 500 characters), sent as written.' })
  @IsOptional()
  @Length(1, 500)
  note?: string;
}
