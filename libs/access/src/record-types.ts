import { getNamedType, type GraphQLCompositeType, type GraphQLResolveInfo, isCompositeType, isObjectType, Kind, type SelectionSetNode } from 'graphql';

/** Types that only carry records (lists, pages, mutation results), not records themselves. */
const WRAPPERS = /(Connection|Edge|PageInfo|Payload)$/;
const cache = new WeakMap<object, string[]>();

/**
 * The kinds of record an operation's selection reaches (TreatmentPlan, Goal, ClinicalNote ...), for the
 * audit trail. Worked out once per parsed document and field. Through an interface or union (Node), the
 * kinds are those the selection names in its fragments.
 */
export function recordTypesOf(info: GraphQLResolveInfo): string[] {
  const node = info.fieldNodes[0];
  const known = cache.get(node);
  if (known) return known;
  const found = new Set<string>();
  const visit = (type: GraphQLCompositeType, selectionSet: SelectionSetNode | undefined) => {
    if (isObjectType(type) && !WRAPPERS.test(type.name)) found.add(type.name);
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const field = 'getFields' in type ? type.getFields()[selection.name.value] : undefined;
        const named = field && getNamedType(field.type);
        if (named && isCompositeType(named)) visit(named, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(conditionOf(info, selection.typeCondition?.name.value) ?? type, selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(conditionOf(info, fragment.typeCondition.name.value) ?? type, fragment.selectionSet);
      }
    }
  };
  const root = getNamedType(info.returnType);
  if (isCompositeType(root)) visit(root, node.selectionSet);
  const types = [...found].sort();
  cache.set(node, types);
  return types;
}

function conditionOf(info: GraphQLResolveInfo, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? info.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}
