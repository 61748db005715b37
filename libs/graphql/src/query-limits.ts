import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxOperations: number;
}

/** Lists that are not paginated (a plan's goals, a goal's notes) are assumed to hold this many items. */
export const UNPAGED_LIST_WEIGHT = 10;

/** One stable code for every limit; `limit` says which one. */
function limitError(limit: string, maximum: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, actual, http: { status: 400 } } });
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** Validation rules: they run after parsing and before anything executes. */
export function queryLimitRules(limits: QueryLimits) {
  const operations = (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const count = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
      if (count > limits.maxOperations) {
        context.reportError(limitError('operations', limits.maxOperations, count, `A request may hold at most ${limits.maxOperations} operations; this one holds ${count}`));
      }
    },
  });
  const aliases = (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(field: FieldNode) {
        if (field.alias) count++;
      },
      Document: {
        leave() {
          if (count > limits.maxAliases) context.reportError(limitError('aliases', limits.maxAliases, count, `A request may use at most ${limits.maxAliases} aliases; this one uses ${count}`));
        },
      },
    };
  };
  const depth = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const found = depthOf(operation.selectionSet, fragments, new Set());
      if (found > limits.maxDepth) context.reportError(limitError('depth', limits.maxDepth, found, `Queries may nest at most ${limits.maxDepth} levels; this one nests ${found}`));
    },
  });
  return [operations, aliases, depth];
}

/**
 * Paginated fields cost their page size (`first`) times what each item costs; other lists count as
 * UNPAGED_LIST_WEIGHT items; every field costs at least 1.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (typeof args.first === 'number') return 1 + args.first * childComplexity;
  // A page's nodes are already counted by the page size of the field that returned the page.
  if (type.name.endsWith('Page') && field.name === 'nodes') return childComplexity;
  const isList = String(field.type).includes('[');
  return isList ? 1 + UNPAGED_LIST_WEIGHT * childComplexity : undefined;
};

/** Names of the variables a document passes as page sizes: the only ones its cost depends on. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/**
 * Refuses, once the operation and its variables are known and before execution, an operation over the
 * cost budget. Apollo hands back the same parsed document for the same query text, so the cost is
 * worked out once per document, operation and page sizes.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, { pageSizes: string[]; byKey: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let known = costs.get(document);
          if (!known) costs.set(document, (known = { pageSizes: pageSizeVariables(document), byKey: new Map() }));
          const variables = request.variables ?? {};
          const key = JSON.stringify([request.operationName, ...known.pageSizes.map((name) => variables[name])]);
          let cost = known.byKey.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables,
                estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT.
              return;
            }
            if (known.byKey.size < 100) known.byKey.set(key, cost);
          }
          if (cost > maxCost) throw limitError('cost', maxCost, cost, `The query costs ${cost}, over the budget of ${maxCost}: ask for smaller pages or fewer fields`);
        },
      };
    },
  };
}
