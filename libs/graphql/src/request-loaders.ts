import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use by name. Every relation a field resolves goes
 * through one of these, so a plan or a page of plans costs one query per kind of record.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** `within` runs each batch: for GraphQL requests, so that the batches of one level share a statement (see ReadWave). */
  constructor(private readonly within: <T>(work: () => T) => T = (work) => work()) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => this.within(() => batch(keys)), { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Rows grouped under each key, in key order (for one-to-many relations). */
  many<V>(name: string, fetch: (keys: string[]) => Promise<V[]>, keyOf: (row: V) => string) {
    return this.get<string, V[]>(name, async (keys) => groupByKey(await fetch([...keys]), keys, keyOf));
  }

  /** The row for each key or null (for many-to-one relations). */
  one<V>(name: string, fetch: (keys: string[]) => Promise<V[]>, keyOf: (row: V) => string) {
    return this.get<string, V | null>(name, async (keys) => {
      const byKey = new Map((await fetch([...keys])).map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }
}

export function groupByKey<V>(rows: V[], keys: readonly string[], keyOf: (row: V) => string): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** The items whose id is among `ids`, in the items' order (a many-to-many link resolved from two batch loads). */
export function pickByIds<T extends { id: string }>(items: T[], ids: string[]): T[] {
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id));
}
