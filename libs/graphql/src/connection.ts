import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '@oneplan/errors';
import { pageItemsCost } from './query-cost.js';
import { lazyField } from './lazy-field.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Relay's connection arguments: `first` items (after the `after` cursor) forward, or `last` items (before
 * the `before` cursor) backward. Without either, the first 20.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items from the start, or after \`after\` (1-${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of an item: the page starts after it (with first).' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;

  @Field(() => Int, { nullable: true, description: `How many items from the end, or before \`before\` (1-${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of an item: the page ends before it (with last).' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  before?: string;
}

/** Which rows a page asks for: `size` rows from the start or, `backward`, from the end, past the cursor's sort values. */
export interface PageWindow {
  size: number;
  backward: boolean;
  cursor?: string[];
}

@ObjectType({ description: 'Where a page starts and ends, and whether more items lie beyond either end.' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of items as Relay expects it; edges (a cursor per item) and totalCount are worked out only when a client asks for them. */
export interface ConnectionOf<T> {
  edges: () => Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: () => Promise<number>;
}

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, field: string): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length > 0 && values.length <= 4 && values.every((value) => typeof value === 'string' && value.length <= 256)) return values;
  } catch {
    // refused below
  }
  throw new BadUserInputError(field, 'The cursor is not one this API issued');
}

/** The rows a connection's arguments ask for; first and last together, or a cursor on the wrong side, are refused. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  if (args.first !== undefined && args.last !== undefined) throw new BadUserInputError('last', 'Give first or last, not both');
  if (args.after !== undefined && args.last !== undefined) throw new BadUserInputError('after', 'Page backward with last and before, forward with first and after');
  if (args.before !== undefined && args.first !== undefined) throw new BadUserInputError('before', 'Page backward with last and before, forward with first and after');
  if (args.last !== undefined || args.before !== undefined) return { size: args.last ?? DEFAULT_PAGE_SIZE, backward: true, cursor: args.before ? decodeCursor(args.before, 'before') : undefined };
  return { size: args.first ?? DEFAULT_PAGE_SIZE, backward: false, cursor: args.after ? decodeCursor(args.after, 'after') : undefined };
}

/**
 * Builds a connection from rows read in the window's reading order with one row more than the page
 * holds (to learn whether more lie beyond): backward windows are read from the end and turned around.
 */
export function toConnection<T>(rows: T[], window: PageWindow, keyOf: (row: T) => string[], totalCount?: () => Promise<number>): ConnectionOf<T> {
  const more = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const cursorOf = (node: T) => encodeCursor(keyOf(node));
  return {
    edges: () => page.map((node) => ({ cursor: cursorOf(node), node })),
    nodes: page,
    pageInfo: {
      hasNextPage: window.backward ? window.cursor !== undefined : more,
      hasPreviousPage: window.backward ? more : window.cursor !== undefined,
      startCursor: page.length ? cursorOf(page[0]) : null,
      endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
    },
    ...(totalCount ? { totalCount } : {}),
  };
}

const connections = new Map<Type<unknown>, Type<ConnectionOf<unknown>>>();

/** The connection type of a node type (one per node type, shared by every list of it): edges, nodes, pageInfo and totalCount. */
export function Connection<T>(node: Type<T>): Type<ConnectionOf<T>> {
  const known = connections.get(node);
  if (known) return known as Type<ConnectionOf<T>>;

  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Cursor of this item: pass it as after or before to page from here.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${node.name}Connection`, { description: `A page of ${node.name} items (Relay connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { complexity: pageItemsCost, middleware: [lazyField], description: 'The items on this page with their cursors, in order.' })
    edges!: () => EdgeType[];

    @Field(() => [node], { complexity: pageItemsCost, description: 'The items on this page, in order.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page starts and ends, and whether more items lie beyond.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, middleware: [lazyField], description: 'How many items the whole list holds (null where counting would be costly).' })
    totalCount?: () => Promise<number>;
  }

  connections.set(node, ConnectionType as Type<ConnectionOf<unknown>>);
  return ConnectionType as Type<ConnectionOf<T>>;
}
