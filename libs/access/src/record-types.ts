import { getNamedType, type GraphQLResolveInfo, isObjectType, Kind, type SelectionSetNode, type GraphQLObjectType } from 'graphql';

const WRAPPERS = /(Page|PageInfo)$/;
const cache = new WeakMap<object, string[]>();

/**
 * The kinds of record an operation's selection reaches (TreatmentPlan, Goal, ClinicalNote ...), for the
 * audit trail. Worked out once per parsed document and field.
 */
export function recordTypesOf(info: GraphQLResolveInfo): string[] {
  const node = info.fieldNodes[0];
  const known = cache.get(node);
  if (known) return known;
  const found = new Set<string>();
  const visit = (type: GraphQLObjectType, selectionSet: SelectionSetNode | undefined) => {
    if (!WRAPPERS.test(type.name)) found.add(type.name);
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (named && isObjectType(named)) visit(named, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(type, selection.selectionSet);
      } else {
        visit(type, info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  const root = getNamedType(info.returnType);
  if (isObjectType(root)) visit(root, node.selectionSet);
  const types = [...found].sort();
  cache.set(node, types);
  return types;
}
