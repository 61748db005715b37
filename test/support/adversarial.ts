/**
 * Documents built to make a GraphQL server work hard: each as large as the limits let it be (or larger),
 * for the front-door suites and bench scripts.
 */

/** `fragment F{i} on Query { ...F{i-1} ...F{i-1} }`: each fragment doubles the one before it. */
export function fanOut(fragments: number, leaf = '__typename'): string {
  const lines = [`fragment F0 on Query { ${leaf} }`];
  for (let i = 1; i <= fragments; i++) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `${lines.join('\n')}\nquery { ...F${fragments} }`;
}

/** The same field selected `count` times in one selection set (graphql-js compares every pair). */
export const sameField = (count: number) => `{ ${'me { id } '.repeat(count)}}`;

/** `count` fragments on one type, all spread into one selection set, each selecting the same fields. */
export const manyFragments = (count: number) =>
  `${Array.from({ length: count }, (_, i) => `fragment G${i} on StaffMember { id name }`).join('\n')}\nquery { me { ${Array.from({ length: count }, (_, i) => `...G${i}`).join(' ')} } }`;

/** Fields nested `depth` levels (plan, episode, patient, current plan, episode, ...). */
export function deepNesting(depth: number): string {
  const chain = ['episode', 'patient', 'currentPlan'];
  let body = 'id';
  for (let level = depth - 2; level > 0; level--) body = `${chain[(level - 1) % 3]} { ${body} }`;
  return `{ patientPlan(patientId: "00000000-0000-4000-8000-000000000000") { ${body} } }`;
}

/** Inline fragments nested `depth` levels inside one another (no field nesting at all). */
export const nestedInlineFragments = (depth: number) => `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`;

/** One field carrying `count` directives. */
export const manyDirectives = (count: number) => `{ me ${'@include(if: true) '.repeat(count)}{ id } }`;

/** `count` aliases of one field. */
export const manyAliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

/** Two fragments spreading each other. */
export const fragmentCycle = () => 'fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }';

/** A document padded with a comment to `length` characters (a cheap way past any length check). */
export const padded = (length: number) => `{ me { id } }\n#`.padEnd(length, 'x');

/**
 * Composite fields repeated inside repeated composite fields (plans, their episode, its patient): the
 * overlapping-fields check compares every pair at every level, so its work multiplies with each level.
 */
export const nestedRepeats = (plans: number, episodes: number, patients: number) =>
  `{ ${`patientPlan(patientId: "00000000-0000-4000-8000-000000000000") { ${`episode { ${'patient { id } '.repeat(patients)}} `.repeat(episodes)}} `.repeat(plans)}}`;
