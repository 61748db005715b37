import { Global, Injectable, Module } from '@nestjs/common';
import { Field, ID, InterfaceType } from '@nestjs/graphql';
import type { RequestLoaders } from './request-loaders.js';

/** The property naming the GraphQL type of a record resolved through the Node interface. */
export const NODE_TYPENAME = '__nodeType';

type Tagged<T> = T & { [NODE_TYPENAME]: string };

@InterfaceType('Node', {
  description: 'A record with an identity of its own. Its id is a UUID, unique across every type: node(id:) refetches it.',
  resolveType: (value: { [NODE_TYPENAME]?: string }) => value[NODE_TYPENAME],
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id: refetch the record with node(id:).' })
  id!: string;
}

/** Loads records of one type by id, in the order asked, null where there is none. */
export type NodeLoader = (loaders: RequestLoaders, ids: string[]) => Promise<Array<object | null>>;

/**
 * How each Node type loads by id: each domain module registers its types as it starts, so node(id:),
 * a revision's entity and a notification's subject load any record through its own batch loader.
 */
@Injectable()
export class NodeRegistry {
  private readonly loadersByType = new Map<string, NodeLoader>();

  register(type: string, load: NodeLoader): void {
    if (this.loadersByType.has(type)) throw new Error(`Node type ${type} is registered twice`);
    this.loadersByType.set(type, load);
  }

  /** Registers a type whose records a repository reads by id in one statement (batched per request). */
  registerByIds(type: string, fetch: (ids: string[]) => Promise<Array<{ id: string }>>): void {
    this.register(type, async (loaders, ids) => {
      const rows = await loaders.one(`node.${type}`, fetch, (row) => row.id).loadMany(ids);
      return rows.map((row) => {
        if (row instanceof Error) throw row;
        return row;
      });
    });
  }

  get types(): string[] {
    return [...this.loadersByType.keys()];
  }

  /** The records named by (type, id), tagged with their type; null for any that does not exist. */
  async load(loaders: RequestLoaders, targets: Array<{ type: string; id: string }>): Promise<Array<Tagged<object> | null>> {
    const byType = new Map<string, string[]>();
    for (const { type, id } of targets) byType.set(type, [...(byType.get(type) ?? []), id]);
    const found = new Map<string, Tagged<object>>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const load = this.loadersByType.get(type);
        if (!load) throw new Error(`Node type ${type} has no loader`);
        const rows = await load(loaders, ids);
        rows.forEach((row, index) => row && found.set(ids[index], { ...row, [NODE_TYPENAME]: type }));
      }),
    );
    return targets.map(({ id }) => found.get(id) ?? null);
  }
}

@Global()
@Module({ providers: [NodeRegistry], exports: [NodeRegistry] })
export class NodesModule {}
