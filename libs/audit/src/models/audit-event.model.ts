import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditAccess, AuditOutcome } from '@oneplan/prisma';
import { Node } from '@oneplan/graphql';

registerEnumType(AuditAccess, { name: 'AuditAccess', description: 'Whether data was read or written.' });
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'Whether the access was allowed, refused, or allowed but failed.',
  valuesMap: {
    ALLOWED: { description: 'Allowed, and done.' },
    REFUSED: { description: 'Refused by the access rules or a rule below them (the reason says which).' },
    FAILED: { description: 'Allowed, but it did not complete (invalid input, a conflict, a fault): nothing was changed.' },
  },
});

@ObjectType({ implements: () => [Node], description: "One read or write of a patient's data, an attempt that was refused or failed, or a refused sign-in." })
export class AuditEvent {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The staff member who acted.' })
  staffId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The patient whose data it was (empty when the record named did not exist).' })
  patientId!: string | null;

  @Field({ description: 'The GraphQL operation (field) used.' })
  operation!: string;

  @Field(() => AuditAccess, { description: 'Read or write.' })
  access!: AuditAccess;

  @Field(() => [String], { description: 'Kinds of record involved.' })
  recordTypes!: string[];

  @Field(() => AuditOutcome, { description: 'Allowed or refused.' })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was refused.' })
  reason!: string | null;

  @Field({ description: 'Whether the access was an emergency (break-the-glass) access.' })
  breakGlass!: boolean;

  @Field({ description: 'Request id, to find the request in the logs.' })
  requestId!: string;

  @Field({ description: 'Client address.' })
  clientAddress!: string;
}
