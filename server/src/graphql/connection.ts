import { LIMITS } from '@lotrinh/shared';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from './errors.js';

@ObjectType({ description: 'Where a page of a connection stands.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `Item`, named `<Item>Connection` with its `<Item>Edge`. */
export function Connection<T extends object>(Item: ClassType<T>, itemName: string) {
  @ObjectType(`${itemName}Edge`, { description: `One ${itemName} and its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => Item, { description: `The ${itemName}.` })
    node!: T;
  }

  @ObjectType(`${itemName}Connection`, { description: `A page of ${itemName} items (Relay connection).` })
  class ConnectionType {
    @Field(() => [Item], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(`"${cursor}" is not a cursor this API gave out.`, { argument: 'after' });
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? LIMITS.pageSizeDefault;
  if (size < 0 || size > LIMITS.pageSizeMax) {
    throw new BadInputError(`first must be between 0 and ${LIMITS.pageSizeMax}, got ${size}.`, { argument: 'first' });
  }
  return size;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/**
 * A keyset page of a sorted list: items after the cursor's key, then `first` of them. Cursors hold
 * the sort key, not an offset, so a page stays where it was when items are added before it.
 */
export function paginate<T, K extends unknown[]>(
  sorted: readonly T[],
  { first, after }: PageRequest,
  keyOf: (item: T) => K,
  compareKeys: (a: K, b: K) => number,
): Page<T> {
  const size = pageSize(first);
  let startIndex = 0;
  if (after) {
    const afterKey = decodeCursor(after) as K;
    const index = sorted.findIndex((item) => compareKeys(keyOf(item), afterKey) > 0);
    startIndex = index === -1 ? sorted.length : index;
  }
  const slice = sorted.slice(startIndex, startIndex + size);
  const edges = slice.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    nodes: slice,
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: startIndex + size < sorted.length,
      hasPreviousPage: startIndex > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
