import { buildSchema, parse } from 'graphql';
import { checkDocument, checkSource, type DocumentLimits } from './document-limits.js';

const schema = buildSchema(`
  type Query { node(id: ID): Node, nodes: [Node] }
  type Node { id: ID, name: String, parent: Node, children: [Node] }
`);
const limits: DocumentLimits = { maxLength: 2000, maxTokens: 300, maxDepth: 4, maxAliases: 3, maxDirectives: 2, maxOperations: 2, maxFieldRepeats: 4 };
const limitOf = (query: string) => (checkSource(query, limits) ?? checkDocument(schema, parse(query), limits))?.extensions.limit;

describe('document limits', () => {
  it('should count length and tokens before parsing', () => {
    expect(limitOf(`{ node { id } }${' '.repeat(2000)}`)).toBe('length');
    expect(limitOf(`{ ${'node { id } '.repeat(80)}}`)).toBe('tokens');
  });

  it('should count depth through fragments without letting fragments add depth, and never count introspection', () => {
    expect(limitOf('{ node { parent { parent { id } } } }')).toBeUndefined();
    expect(limitOf('{ node { parent { parent { parent { id } } } } }')).toBe('depth');
    expect(limitOf('fragment P on Node { parent { parent { id } } } { node { ...P } }')).toBeUndefined();
    expect(limitOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBeUndefined();
  });

  it('should count aliases, directives and operations, fragments included', () => {
    expect(limitOf('fragment A on Query { a: node { id } b: node { id } } { ...A c: node { id } }')).toBeUndefined();
    expect(limitOf('fragment A on Query { a: node { id } b: node { id } } { ...A c: node { id } d: node { id } }')).toBe('aliases');
    expect(limitOf('{ node @include(if: true) { id @skip(if: false) name @skip(if: false) } }')).toBe('directives');
    expect(limitOf('query A { node { id } } query B { node { id } } query C { node { id } }')).toBe('operations');
  });

  it('should count a field selected at one place of the response, through fragments and down repeated paths', () => {
    expect(limitOf(`{ node { ${'id '.repeat(4)}} }`)).toBeUndefined();
    expect(limitOf(`{ node { ${'id '.repeat(5)}} }`)).toBe('fieldRepeats');
    expect(limitOf('fragment F on Node { id id } { node { ...F id id id } }')).toBe('fieldRepeats');
    // Three `node`s, each with two `children`: six children at one place of the response.
    expect(limitOf(`{ ${'node { children { id } children { id } } '.repeat(3)}}`)).toBe('fieldRepeats');
  });

  it('should work a fan-out of fragments out once per fragment, however far it would expand', () => {
    let fan = 'fragment F0 on Query { node { id } }';
    for (let i = 1; i <= 60; i++) fan += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
    const started = performance.now();
    expect(checkDocument(schema, parse(`${fan} { ...F60 }`), limits)?.extensions.limit).toBe('fieldRepeats');
    expect(performance.now() - started).toBeLessThan(100);
    expect(limitOf('fragment A on Query { ...B } fragment B on Query { ...A } { ...A }')).toBeUndefined();
  });
});
