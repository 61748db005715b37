import type { GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  type FragmentDefinitionNode,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';

/**
 * Heap a compiled operation holds per field it selects, fragments expanded, and per operation: twice what
 * was measured (400 compiled whole-plan queries of 155 fields each grew the API's RSS by 83 MB).
 */
const BYTES_PER_COMPILED_FIELD = 3 * 1024;
const BYTES_PER_COMPILED_OPERATION = 32 * 1024;

/** Fields counted at most: the cost plugin refuses an operation selecting more than 5,000 before it gets here. */
const MAX_COUNTED_FIELDS = 10_000;

/**
 * Fields an operation selects with its fragments expanded (what graphql-jit generates code for), and
 * whether every argument is a scalar or an enum (no input object, as a variable or written in place).
 */
function survey(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): { fields: number; scalarArguments: boolean } {
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  let fields = 0;
  let scalarArguments = (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as never);
    return type !== undefined && !isInputObjectType(getNamedType(type));
  });
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (fields > MAX_COUNTED_FIELDS) return;
      if (selection.kind === Kind.FIELD) {
        fields++;
        if (selection.arguments?.some((argument) => argument.value.kind === Kind.OBJECT || argument.value.kind === Kind.LIST)) scalarArguments = false;
        if (selection.selectionSet) walk(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return { fields, scalarArguments };
}

/**
 * graphql-jit's errors carry no `extensions` object when the original error has none, which Apollo's
 * error formatting reads; the same error as graphql-js makes it, with its original error.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  return Object.assign(copy, { locations: error.locations });
}

/** An operation's compiled form, or none when it is left to graphql-js (so it is surveyed once). */
interface Compiled {
  query?: CompiledQuery;
  bytes: number;
}

/**
 * Runs queries compiled by graphql-jit, which turns an operation into a function once and then executes
 * it without graphql-js's per-field bookkeeping (a whole plan selects about 2,400 fields); everything
 * else runs on graphql-js. Apollo Server 5 takes a custom executor only through its gateway interface;
 * the schema is the one Nest builds, handed over by `transformSchema`.
 *
 * What is compiled: a query whose arguments are scalars and enums (graphql-jit refuses an input object
 * that leaves out a non-null field with a default, which graphql-js fills in; mutations return small
 * payloads and gain little), on its second execution, so a document sent once costs no compilation.
 * It has passed validation and the cost limits by then, so its size is bounded; compiled forms are kept
 * in an LRU bounded by their estimated heap (`cacheMb`), by document and operation.
 */
export function compiledExecutor(cacheMb: number): { gateway: GatewayInterface; transformSchema: NonNullable<ApolloDriverConfig['transformSchema']> } {
  let schema: GraphQLSchema;
  const compiled = new InMemoryLRUCache<Compiled>({ maxSize: cacheMb * 1024 * 1024, sizeCalculation: (entry) => entry.bytes });
  const seen = new InMemoryLRUCache<true>({ max: 10_000 });

  const compiledFor = async (request: GatewayGraphQLRequestContext): Promise<CompiledQuery | undefined> => {
    if (request.operation.operation !== 'query') return undefined;
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const known = await compiled.get(key);
    if (known) return known.query;
    if (!(await seen.get(key))) {
      await seen.set(key, true);
      return undefined;
    }
    const { fields, scalarArguments } = survey(schema, request.document, request.operation);
    const query = scalarArguments ? compileQuery(schema, request.document, request.operationName ?? undefined) : undefined;
    const entry = query && isCompiledQuery(query) ? { query, bytes: BYTES_PER_COMPILED_OPERATION + fields * BYTES_PER_COMPILED_FIELD } : { bytes: key.length };
    await compiled.set(key, entry);
    return entry.query;
  };

  const executor = async (request: GatewayGraphQLRequestContext): Promise<ExecutionResult> => {
    const { document, context, operationName } = request;
    const variableValues = request.request.variables;
    const query = await compiledFor(request);
    if (!query) return execute({ schema, document, contextValue: context, variableValues, operationName });
    // Variables are checked as graphql-js checks them, so a bad one is the error Apollo answers BAD_USER_INPUT
    // (graphql-jit's own errors name no variable definition, and would reach clients masked).
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  const gateway: GatewayInterface = {
    load: async () => ({ schema, executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
  return {
    gateway,
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
  };
}
