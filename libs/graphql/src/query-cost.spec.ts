import { GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { listCost, operationCost, pageItemsCost } from './query-cost.js';

/** A small schema with each kind of field the estimator knows: plain, paged, bounded, unbounded, recursive. */
const Item: GraphQLObjectType = new GraphQLObjectType({
  name: 'Item',
  fields: () => ({
    id: { type: GraphQLID },
    left: { type: Item },
    right: { type: Item },
    children: { type: new GraphQLList(Item), extensions: { complexity: listCost(10) } },
    tags: { type: new GraphQLList(GraphQLString) },
  }),
});
const ItemPage = new GraphQLObjectType({ name: 'ItemPage', fields: { nodes: { type: new GraphQLList(Item), extensions: { complexity: pageItemsCost } } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      item: { type: Item },
      page: { type: ItemPage, args: { first: { type: new GraphQLNonNull(GraphQLInt) } } },
      unbounded: { type: new GraphQLList(Item) },
    },
  }),
});

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables, 1000);

describe('operationCost', () => {
  it('should charge 1 a field, a paged list its page size times each item, a bounded list its bound times each item', () => {
    expect(cost('{ item { id } }')).toBe(2);
    expect(cost('query($n: Int!) { page(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7 * 1);
    expect(cost('{ item { children { id left { id } } } }')).toBe(1 + 1 + 10 * (1 + 2));
    expect(cost('{ item { tags } }')).toBe(2);
  });

  it('should charge nothing for __typename and introspection', () => {
    expect(cost('{ __typename item { __typename id } }')).toBe(cost('{ item { id } }'));
    expect(cost('{ __schema { types { name fields { name type { ofType { name } } } } } }')).toBe(0);
  });

  it('should refuse (fail closed) a list of records with no declared length', () => {
    expect(() => cost('{ unbounded { id } }')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' }) }));
  });

  it('should refuse (fail closed) a document whose fragments expand beyond what it will cost', () => {
    let fragments = 'fragment F0 on Item { id }';
    for (let i = 1; i <= 14; i++) fragments += ` fragment F${i} on Item { left { ...F${i - 1} } right { ...F${i - 1} } }`;
    expect(() => cost(`${fragments} { item { ...F14 } }`)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ limit: 'cost' }) }));
  });

  it('should refuse variables that do not fit as bad input', () => {
    expect(() => cost('query($n: Int!) { page(first: $n) { nodes { id } } }', { n: 'many' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
