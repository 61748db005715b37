import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsUUID, Length } from 'class-validator';
import { LocalDateScalar } from '@oneplan/graphql';
import { DischargeReason } from '../models/discharge.model.js';

@InputType({ description: 'Discharges the patient: closes the plan and the episode with a summary and an aftercare plan.' })
export class DischargePatientInput {
  @Field(() => ID, { description: 'The plan (its open tasks must be done, cancelled or reassigned first).' })
  @IsUUID()
  planId!: string;

  @Field(() => DischargeReason, { description: 'Why the episode ends.' })
  @IsEnum(DischargeReason)
  reason!: DischargeReason;

  @Field(() => LocalDateScalar, { description: 'Discharge date (not in the future).' })
  @IsDate()
  dischargeDate!: Date;

  @Field({ description: "The team's discharge summary: course of treatment, problems and goal outcomes in words (1-8000 characters)." })
  @Length(1, 8000)
  summary!: string;

  @Field({ description: 'The follow-up appointment (within 7 days of discharge, the standard for follow-up after a behavioral-health discharge).' })
  @IsDate()
  followUpAt!: Date;

  @Field({ description: 'With whom (1-200 characters): the outpatient therapist, clinic or prescriber.' })
  @Length(1, 200)
  followUpWith!: string;

  @Field(() => [String], { defaultValue: [], description: 'Community supports the person will use (mutual-help groups, peer recovery, family), at most 20 of 1-200 characters.' })
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  communitySupports: string[] = [];
}
