import { createHash } from 'node:crypto';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  type ExecutionResult,
  getOperationAST,
  Kind,
  GraphQLBoolean,
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { NotFoundError } from '@oneplan/errors';
import { compiledExecutor } from './compiled-executor.js';

/** Which executor ran each resolver call: graphql-jit's generated code calls resolvers from its runtime. */
const runs: string[] = [];
const record = () => runs.push(new Error().stack!.includes('graphql-jit') ? 'compiled' : 'graphql-js');

const Goal = new GraphQLObjectType({
  name: 'Goal',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    statement: { type: GraphQLString },
    owner: { type: GraphQLString, resolve: (goal: { ownerId: string }) => (record(), `staff ${goal.ownerId}`) },
  },
});
const GoalFilter = new GraphQLInputObjectType({
  name: 'GoalFilter',
  fields: { status: { type: GraphQLString }, includeClosed: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false } },
});
const goals = [
  { id: 'g1', statement: 'Sleep through the night', ownerId: 's1' },
  { id: 'g2', statement: 'Use grounding skills', ownerId: 's2' },
];
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      goals: {
        type: new GraphQLList(Goal),
        args: { ids: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) } },
        resolve: (_root, { ids }) => goals.filter((goal) => !ids || ids.includes(goal.id)),
      },
      goal: {
        type: Goal,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_root, { id }) => {
          record();
          const goal = goals.find((candidate) => candidate.id === id);
          if (!goal) throw new NotFoundError('Goal', id);
          return goal;
        },
      },
      echo: { type: GraphQLString, args: { text: { type: GraphQLString } }, resolve: (_root, { text }) => (record(), text) },
      filtered: {
        type: new GraphQLList(Goal),
        args: { filter: { type: new GraphQLNonNull(GoalFilter) } },
        resolve: (_root, { filter }) => (record(), filter.includeClosed ? goals : goals.slice(0, 1)),
      },
    },
  }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLString, resolve: () => (record(), 'touched') } } }),
});

describe('compiledExecutor', () => {
  let executor: (request: GatewayGraphQLRequestContext) => Promise<ExecutionResult>;

  beforeEach(async () => {
    runs.length = 0;
    const { gateway, transformSchema } = compiledExecutor(1);
    await transformSchema(schema);
    executor = (await gateway.load({ apollo: {} as never })).executor!;
  });

  const run = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const request = { request: { query, variables }, document, operation: getOperationAST(document), operationName: null, queryHash: createHash('sha256').update(query).digest('hex'), context: {} };
    return executor(request as unknown as GatewayGraphQLRequestContext);
  };

  it('should run a query on graphql-js the first time and compiled after, with the same result', async () => {
    const query = 'query($ids: [ID!]) { goals(ids: $ids) { id statement owner } }';
    const first = await run(query, { ids: ['g2'] });
    const second = await run(query, { ids: ['g2'] });
    const third = await run(query, { ids: ['g1', 'g2'] });
    expect(runs).toEqual(['graphql-js', 'compiled', 'compiled', 'compiled']);
    expect(second).toEqual(first);
    expect(first).toEqual({ data: { goals: [{ id: 'g2', statement: 'Use grounding skills', owner: 'staff s2' }] } });
    expect(third.data?.goals).toHaveLength(2);
  });

  it('should give a compiled query the errors graphql-js gives: GraphQL errors with extensions, original error and location', async () => {
    const query = '{ goal(id: "missing") { id } }';
    const plain = await run(query);
    const compiled = await run(query);
    expect(runs).toEqual(['graphql-js', 'compiled']);
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError).toBeInstanceOf(NotFoundError);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
  });

  it('should refuse bad variables of a compiled query as graphql-js does, naming the variable', async () => {
    const query = 'query($ids: [ID!]) { goals(ids: $ids) { id owner } }';
    await run(query, { ids: ['g1'] });
    await run(query, { ids: ['g1'] });
    for (const ids of [[{ a: 1 }], [null], 12.5]) {
      const [error] = (await run(query, { ids })).errors!;
      expect(error.nodes?.[0].kind).toBe(Kind.VARIABLE_DEFINITION);
      expect(error.message).toMatch(/^Variable "\$ids" got invalid value /);
    }
    expect(runs).toEqual(['graphql-js', 'compiled']);
  });

  it('should keep string literals data in the code it generates: quotes, backticks and line separators run nothing', async () => {
    const hostile = [
      '"); globalThis.compiledInjection = 1; ("',
      "'); globalThis.compiledInjection = 2; ('",
      '`${(globalThis.compiledInjection = 3)}`',
      '\u2028\u2029 */ globalThis.compiledInjection = 4; /*',
    ];
    for (const text of hostile) {
      const query = `{ echo(text: ${JSON.stringify(text)}) }`;
      for (let i = 0; i < 2; i++) expect((await run(query)).data).toEqual({ echo: text });
    }
    expect(runs.filter((executor) => executor === 'compiled')).toHaveLength(hostile.length);
    expect((globalThis as { compiledInjection?: number }).compiledInjection).toBeUndefined();
  });

  it('should leave input objects and mutations to graphql-js, which fills in a non-null field default', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await run('query($filter: GoalFilter!) { filtered(filter: $filter) { id } }', { filter: { status: 'ACTIVE' } })).data).toEqual({ filtered: [{ id: 'g1' }] });
      expect((await run('{ filtered(filter: { status: "ACTIVE", includeClosed: true }) { id } }')).data?.filtered).toHaveLength(2);
      expect((await run('mutation { touch }')).data).toEqual({ touch: 'touched' });
    }
    expect(runs.every((executor) => executor === 'graphql-js')).toBe(true);
    expect(runs).toHaveLength(9);
  });
});
