import type { Type } from '@nestjs/common';
import { type Complexity, Field, ObjectType, type ReturnTypeFunc } from '@nestjs/graphql';
import { lazyField } from './lazy-field.js';

export interface PayloadField {
  type: ReturnTypeFunc;
  description: string;
  nullable?: boolean;
  /** For a list of records: its cost (see listCost). */
  complexity?: Complexity;
}

/**
 * A mutation's payload type (`<Mutation>Payload`): the record it changed and the records a client shows
 * that the change affects (the plan with its version and current lists, an episode's care team ...), so
 * that a normalized cache is right after the response without a refetch. Fields a resolver returns as
 * functions are read only when selected.
 */
export function Payload(name: string, description: string, fields: Record<string, PayloadField>): Type<unknown> {
  @ObjectType(name, { description })
  class MutationPayload {}
  for (const [key, field] of Object.entries(fields)) {
    Field(field.type, { description: field.description, nullable: field.nullable ?? false, complexity: field.complexity, middleware: [lazyField] })(MutationPayload.prototype, key);
  }
  return MutationPayload;
}
