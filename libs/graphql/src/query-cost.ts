import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, getNamedType, getNullableType, isListType, isObjectType, Kind, visit } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import { limitError } from './document-limits.js';
import type { GraphQLContext } from './request-context.js';

/** Arguments whose values change what a document costs: page sizes and the conditions of @include / @skip. */
const COST_ARGUMENTS = new Set(['first', 'last', 'if', 'weeks']);

/** Selections costed at most, fragments expanded: far above any real query, and a bound on the work. */
const MAX_COSTED_NODES = 5000;

/**
 * A list's realistic length, declared on its field (`complexity: listCost(n)`): the field costs 1 plus n
 * times what each item costs. Every list of records has one, or is paged (see pageSizeOf); a list
 * without either cannot be costed, and an operation that cannot be costed is refused.
 */
export const listCost =
  (bound: number) =>
  ({ childComplexity }: { childComplexity: number }) =>
    1 + bound * childComplexity;

/** The items of a page: their number is the page size the paged field was charged for. */
export const pageItemsCost = ({ childComplexity }: { childComplexity: number }) => childComplexity;

/** A connection's page size: `first` or `last`, or the default page when it takes either and got neither. */
function pageSizeOf(field: { args: ReadonlyArray<{ name: string }> }, args: Record<string, unknown>): number | undefined {
  const size = typeof args.first === 'number' ? args.first : args.last;
  if (typeof size === 'number') return Math.max(size, 0);
  return field.args.some((arg) => arg.name === 'first' || arg.name === 'last') ? DEFAULT_PAGE_SIZE : undefined;
}

/**
 * What a field costs: introspection and `__typename` nothing; a paged field 1 plus its page size times
 * what each item costs; a field with a declared cost that; any other field 1 plus its selection. A list
 * of records with neither a page size nor a declared cost has no estimate, so the operation is refused.
 */
const estimate: ComplexityEstimator = (options) => {
  const { type, field, args, childComplexity } = options;
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const pageSize = pageSizeOf(field, args);
  if (pageSize !== undefined) return 1 + pageSize * childComplexity;
  const declared = field.extensions?.complexity as number | ComplexityEstimator | undefined;
  if (typeof declared === 'number') return declared + childComplexity;
  if (typeof declared === 'function') return declared(options) ?? undefined;
  const nullable = getNullableType(field.type);
  if (isListType(nullable) && isObjectType(getNamedType(nullable))) return undefined;
  return 1 + childComplexity;
};

/** Names of the variables an operation's cost depends on (see COST_ARGUMENTS). */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (COST_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/** Works out an operation's cost; anything that goes wrong refuses the request (fails closed). */
export function operationCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  maxCost: number,
): number {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [estimate], maxQueryNodes: MAX_COSTED_NODES });
  } catch (error) {
    const variableError = error instanceof GraphQLError && /^Variable "\$/.test(error.message);
    if (variableError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    throw limitError('cost', maxCost, undefined, 'The query could not be costed, so it was not run: ask for fewer or smaller lists');
  }
}

/**
 * Refuses, once the operation and its variables are known and before execution, an operation over the
 * cost budget; reports every operation's cost and the budget in the response's `extensions.cost`. The
 * cost is worked out once per parsed document, operation and cost-bearing variables (Apollo hands back
 * the same parsed document for the same text).
 */
export function queryCostPlugin(maxCost: number, admit: (context: GraphQLContext, cost: number) => Promise<() => void>): ApolloServerPlugin<GraphQLContext> {
  const known = new WeakMap<DocumentNode, { variables: string[]; byKey: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          let entry = known.get(document);
          if (!entry) known.set(document, (entry = { variables: costVariables(document), byKey: new Map() }));
          const variables = request.variables ?? {};
          const key = JSON.stringify([request.operationName, ...entry.variables.map((name) => variables[name])]);
          let cost = entry.byKey.get(key);
          if (cost === undefined) {
            cost = operationCost(schema, document, request.operationName ?? undefined, variables, maxCost);
            if (entry.byKey.size < 100) entry.byKey.set(key, cost);
          }
          contextValue.cost = cost;
          if (cost > maxCost) throw limitError('cost', maxCost, cost, `The query costs ${cost}, over the budget of ${maxCost}: ask for smaller pages or fewer fields`);
          contextValue.finished = await admit(contextValue, cost);
        },
        async willSendResponse({ response, contextValue }) {
          // Executed (or failed): its share of the budget goes back once its response is out too.
          contextValue.finished?.();
          if (response.body.kind !== 'single' || contextValue.cost === undefined) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: contextValue.cost, maximum: maxCost } };
        },
      };
    },
  };
}
