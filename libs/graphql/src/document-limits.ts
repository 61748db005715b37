import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  Lexer,
  type SelectionSetNode,
  Source,
  TokenKind,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** What one GraphQL document may hold; every check is linear in the document (each fragment worked out once). */
export interface DocumentLimits {
  maxLength: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxOperations: number;
  maxFieldRepeats: number;
}

/** One stable code for every limit; `limit` says which one. */
export function limitError(limit: string, maximum: number, actual: number | undefined, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, maximum, ...(actual === undefined ? {} : { actual }), http: { status: 400 } } });
}

/** Length and tokens, checked on the source text before anything is parsed (the lexer stops one token past the cap). */
export function checkSource(source: string, limits: DocumentLimits): GraphQLError | undefined {
  if (source.length > limits.maxLength) {
    return limitError('length', limits.maxLength, source.length, `A document may be at most ${limits.maxLength} characters long; this one has ${source.length}`);
  }
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > limits.maxTokens) return limitError('tokens', limits.maxTokens, undefined, `A document may hold at most ${limits.maxTokens} tokens`);
    }
  } catch {
    // A lexical error: the parser reports it with its location.
  }
  return undefined;
}

/**
 * How many field nodes share one response path (`patientPlan.goals.owner`) once fragments are merged in.
 * graphql-js's check that fields can merge compares every such pair, with no memory of pairs it compared,
 * so its work grows with the square of these counts and multiplies down repeated paths; a fragment spread
 * twice doubles every path under it. Two passes, both linear: each selection set's counts, with every
 * fragment's counts worked out once (so a fan-out of fragments is refused before anything is expanded),
 * then the counts along each response path of each operation.
 */
function fieldRepeatsRule(maximum: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let refused = false;
    const refuse = () => {
      if (refused) return;
      refused = true;
      context.reportError(limitError('fieldRepeats', maximum, undefined, `A field may be selected at most ${maximum} times at one place in a query (fragments included)`));
    };

    const known = new Map<SelectionSetNode | string, Map<string, number>>();
    const bump = (counts: Map<string, number>, name: string, by: number) => counts.set(name, Math.min((counts.get(name) ?? 0) + by, maximum + 1));
    const countsOf = (selectionSet: SelectionSetNode): Map<string, number> => {
      const cached = known.get(selectionSet);
      if (cached) return cached;
      const counts = new Map<string, number>();
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) bump(counts, selection.alias?.value ?? selection.name.value, 1);
        else {
          const merged = selection.kind === Kind.INLINE_FRAGMENT ? countsOf(selection.selectionSet) : fragmentCounts(selection.name.value);
          for (const [name, count] of merged) bump(counts, name, count);
        }
      }
      known.set(selectionSet, counts);
      return counts;
    };
    const fragmentCounts = (name: string): Map<string, number> => {
      const cached = known.get(name);
      if (cached) return cached;
      // Set before descending, so a cycle (refused by validation later) counts nothing.
      known.set(name, new Map());
      const fragment = fragments.get(name);
      const counts = fragment ? countsOf(fragment.selectionSet) : new Map<string, number>();
      known.set(name, counts);
      return counts;
    };

    /** The fields selected by these selection sets together, by response name, fragments merged in (each once). */
    const fieldsOf = (selectionSets: SelectionSetNode[]): Map<string, FieldNode[]> => {
      const byName = new Map<string, FieldNode[]>();
      const spread = new Set<string>();
      const collect = (selectionSet: SelectionSetNode) => {
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            const name = selection.alias?.value ?? selection.name.value;
            byName.set(name, [...(byName.get(name) ?? []), selection]);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
          else if (!spread.has(selection.name.value)) {
            spread.add(selection.name.value);
            const fragment = fragments.get(selection.name.value);
            if (fragment) collect(fragment.selectionSet);
          }
        }
      };
      selectionSets.forEach(collect);
      return byName;
    };
    const walk = (selectionSets: SelectionSetNode[]) => {
      for (const nodes of fieldsOf(selectionSets).values()) {
        if (nodes.length > maximum) return refuse();
        const children = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
        if (children.length) walk(children);
        if (refused) return;
      }
    };

    return {
      SelectionSet(selectionSet) {
        if (!refused && [...countsOf(selectionSet).values()].some((count) => count > maximum)) refuse();
      },
      Document: {
        leave(document) {
          for (const definition of document.definitions) {
            if (!refused && definition.kind === Kind.OPERATION_DEFINITION) walk([definition.selectionSet]);
          }
        },
      },
    };
  };
}

function operationsRule(maximum: number): ValidationRule {
  return (context) => ({
    Document(document) {
      const count = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
      if (count > maximum) context.reportError(limitError('operations', maximum, count, `A request may hold at most ${maximum} operations; this one holds ${count}`));
    },
  });
}

/** graphql-armor's memoized counters report through this, with the figure they found when their message gives one. */
function armorRule(limit: string, maximum: number, rule: (options: object) => ValidationRule, noun: string): ValidationRule {
  return (context) =>
    rule({
      n: maximum,
      propagateOnRejection: false,
      onReject: [
        (_context: unknown, error: GraphQLError) => {
          const found = /found (\d+)/.exec(error.message);
          context.reportError(limitError(limit, maximum, found ? Number(found[1]) : undefined, `Queries may hold at most ${maximum} ${noun}${found ? `; this one has ${found[1]}` : ''}`));
        },
      ],
      // Introspection (GraphiQL, codegen) nests deeper than any query of ours; it is off in production.
      ignoreIntrospection: true,
      // A fragment's fields sit where it is spread: only field nesting adds depth.
      flattenFragments: true,
    })(context);
}

/**
 * The structural limits, to run before the standard validation rules (whose overlapping-fields check is
 * quadratic in the fields selected under one name): a document over a limit is refused before that work.
 */
export function checkDocument(schema: GraphQLSchema, document: DocumentNode, limits: DocumentLimits): GraphQLError | undefined {
  const rules = [
    operationsRule(limits.maxOperations),
    fieldRepeatsRule(limits.maxFieldRepeats),
    armorRule('depth', limits.maxDepth, maxDepthRule as (options: object) => ValidationRule, 'levels of nesting'),
    armorRule('aliases', limits.maxAliases, maxAliasesRule as (options: object) => ValidationRule, 'aliases'),
    armorRule('directives', limits.maxDirectives, maxDirectivesRule as (options: object) => ValidationRule, 'directives'),
  ];
  return validate(schema, document, rules, { maxErrors: 1 })[0];
}
