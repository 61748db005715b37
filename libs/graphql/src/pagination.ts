import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { BadUserInputError } from '@oneplan/errors';
import { pageItemsCost } from './query-cost.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `How many items to return (1-${MAX_PAGE_SIZE}).`, defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  after?: string;
}

@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether another page follows.' })
  hasNextPage!: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A keyset cursor: the sort value and id of the last row seen. */
export interface Cursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(after: string | undefined): Cursor | undefined {
  if (!after) return undefined;
  try {
    const [value, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof value === 'string' && typeof id === 'string') return { value, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('after', 'The cursor is not one this API issued');
}

/** Builds a page from rows fetched with `first + 1` to learn whether more follow. */
export function toPage<T extends { id: string }>(rows: T[], first: number, sortValue: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor({ value: sortValue(last), id: last.id }) : null },
  };
}

/** A GraphQL connection type for T: nodes plus page info. */
export function Paginated<T>(classRef: Type<T>, description: string): Type<Page<T>> {
  @ObjectType(`${classRef.name}Page`, { description })
  class PageType {
    @Field(() => [classRef], { complexity: pageItemsCost, description: 'The items on this page, in order.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;
  }
  return PageType;
}
