import type { OperationDefinitionNode } from 'graphql';

/**
 * What logs and metrics call an operation: its type and first root field. Names the schema bounds, never
 * the operation name a client chose (unbounded, and free text).
 */
export function operationLabel(operation: OperationDefinitionNode): { type: string; field: string } {
  const [first] = operation.selectionSet.selections;
  return { type: operation.operation, field: first?.kind === 'Field' ? first.name.value : 'fragment' };
}
