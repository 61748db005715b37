import { type ConnectionArgs, type ConnectionOf, type PageWindow, pageWindow, toConnection } from './connection.js';
import type { RequestLoaders } from './request-loaders.js';

/** Where the items of a list under many parents come from (a plan's notes, a patient's episodes). */
export interface NestedList<T> {
  /** Unique among the request's loaders: batches of first pages and counts are keyed on it. */
  name: string;
  /** The first page of the window under each parent, in one statement. */
  firstPages(parentIds: readonly string[], window: PageWindow): Promise<Array<T & { parentId: string }>>;
  /** One page under one parent, after or before a cursor. */
  page(parentId: string, window: PageWindow): Promise<T[]>;
  /** How many items each parent has (parents with none may be left out). */
  counts(parentIds: readonly string[]): Promise<Array<{ parentId: string; count: number }>>;
  keyOf(row: T): string[];
}

/**
 * A connection under a parent, batched across parents: the first pages of all parents of a request in one
 * statement, and their counts in one more when asked for; a page past a cursor is read for its parent
 * alone. The page size is what the cost was charged for, so what is read matches what was paid for.
 */
export async function nestedConnection<T>(loaders: RequestLoaders, list: NestedList<T>, parentId: string, args: ConnectionArgs): Promise<ConnectionOf<T>> {
  const window = pageWindow(args);
  const totalCount = async () => {
    const counts = loaders.get<string, number>(`${list.name}.count`, async (ids) => {
      const byParent = new Map((await list.counts(ids)).map((row) => [row.parentId, row.count]));
      return ids.map((id) => byParent.get(id) ?? 0);
    });
    return counts.load(parentId);
  };
  if (window.cursor) return toConnection(await list.page(parentId, window), window, list.keyOf, totalCount);
  const pages = loaders.many(
    `${list.name}.first.${window.size}.${window.backward}`,
    (ids) => list.firstPages(ids, window),
    (row) => row.parentId,
  );
  return toConnection(await pages.load(parentId), window, list.keyOf, totalCount);
}
