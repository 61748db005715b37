import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';

@InputType({ description: 'Dismisses an imported draft the team will not take into the plan.' })
export class DismissImportedItemInput {
  @Field(() => ID, { description: 'The pending imported draft.' })
  @IsUUID()
  importedItemId!: string;

  @Field({ description: 'Why (1-500 characters): not this patient, a duplicate, no longer current.' })
  @Length(1, 500)
  reason!: string;
}

/** The field of an input that adds what an imported draft becomes, confirming the draft with it. */
@InputType({ isAbstract: true })
export class ConfirmsImportedItemInput {
  @Field(() => ID, { nullable: true, description: 'A pending imported draft this confirms (see TreatmentPlan.pendingImportedItems): it is marked confirmed with this record.' })
  @IsOptional()
  @IsUUID()
  importedItemId?: string | null;
}
