import { ConflictError, NotFoundError } from '@oneplan/errors';

export interface FieldChangeValue {
  field: string;
  from: string | null;
  to: string | null;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** The fields of `patch` whose value differs from `current`, as revision entries. */
export function diffFields(current: object | null, patch: object): FieldChangeValue[] {
  return Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ field, from: toJson((current as Record<string, unknown> | null)?.[field]), to: toJson(value) }))
    .filter((change) => change.from !== change.to);
}

export interface VersionedEdit<T extends { version: number }, P extends object> {
  entity: string;
  /** The item as it is now, read inside the transaction. */
  current: T | null;
  expectedVersion: number;
  patch: P;
  /** Changes made outside `patch` (links to other items) that still count as an edit of this item. */
  extraChanges?: FieldChangeValue[];
  /** Writes the changed fields only if the version is still `expectedVersion`; returns whether it did. */
  write: (changed: Partial<P>) => Promise<boolean>;
  /** Reads the current version after a lost race. */
  currentVersion: () => Promise<number | undefined>;
}

/**
 * Optimistic concurrency for edits of existing items: an edit names the version it saw; a stale
 * version is refused with CONFLICT carrying the current one, so nothing is silently overwritten.
 */
export async function applyVersionedEdit<T extends { version: number }, P extends object>(edit: VersionedEdit<T, P>): Promise<FieldChangeValue[]> {
  if (!edit.current) throw new NotFoundError(edit.entity);
  if (edit.current.version !== edit.expectedVersion) throw new ConflictError(edit.entity, edit.current.version);
  const changes = diffFields(edit.current as object, edit.patch);
  if (changes.length === 0 && !edit.extraChanges?.length) return changes;
  const changed = Object.fromEntries(changes.map(({ field }) => [field, edit.patch[field as keyof P]])) as Partial<P>;
  if (!(await edit.write(changed))) {
    throw new ConflictError(edit.entity, (await edit.currentVersion()) ?? edit.expectedVersion + 1);
  }
  return [...changes, ...(edit.extraChanges ?? [])];
}
