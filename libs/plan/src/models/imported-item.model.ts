import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Coding } from '@oneplan/graphql';
import { ImportedItemKind, ImportedItemStatus } from '@oneplan/prisma';

registerEnumType(ImportedItemKind, { name: 'ImportedItemKind', description: 'What an imported draft is: a condition (a problem), a medication, or an allergy (a note).' });
registerEnumType(ImportedItemStatus, { name: 'ImportedItemStatus', description: 'Whether the team has reviewed an imported draft.' });

@ObjectType({
  description:
    "A problem, medication or allergy from another system's record, a draft until the team confirms it (addProblem, recordMedicationChange or addClinicalNote naming it in importedItemId) or dismisses it.",
})
export class ImportedItem {
  @Field(() => ID, { description: 'The draft.' })
  id!: string;

  @Field(() => ImportedItemKind, { description: 'What it is.' })
  kind!: ImportedItemKind;

  @Field(() => ImportedItemStatus, { description: 'PENDING until reviewed.' })
  status!: ImportedItemStatus;

  @Field({ description: 'How the source names it.' })
  display!: string;

  @Field(() => Coding, { nullable: true, description: 'Its SNOMED CT concept, when the source coded one (conditions).' })
  snomed!: Coding | null;

  @Field(() => Coding, { nullable: true, description: 'Its ICD-10-CM diagnosis, when the source coded one (conditions).' })
  icd10!: Coding | null;

  @Field(() => Coding, { nullable: true, description: 'Its RxNorm code, when the source coded one (medications).' })
  rxNorm!: Coding | null;

  @Field(() => String, { nullable: true, description: 'Dosage, clinical status or reactions, as the source wrote them.' })
  detail!: string | null;

  @Field({ description: 'The system it came from.' })
  source!: string;

  @Field({ description: 'The resource it came from in that system, e.g. Condition/123.' })
  sourceReference!: string;

  @Field({ description: 'When it was imported.' })
  importedAt!: Date;
}
