import type { Collection, EntityName } from '@mikro-orm/core';
import { foldText } from '@lotrinh/shared';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { Connection, paginate, type Page } from '../../graphql/connection.js';
import type { AppContext } from '../../graphql/context.js';
import { Citation } from '../citations/citation.entity.js';
import type { Sourced } from './node.js';

@ArgsType()
export class CatalogArgs {
  @Field(() => String, { nullable: true, description: 'Text in the code, number, names or titles; ignores case and Vietnamese diacritics.' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size: 50 when absent, at most 500.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

interface CatalogOptions<T extends Sourced & { citations: Collection<Citation> }> {
  entity: ClassType<T> & EntityName<T>;
  /** The connection query, e.g. `units`. */
  listName: string;
  description: string;
  /** The single lookup, e.g. `unit(code)`, when there is one. */
  lookup?: { name: string; arg: keyof T & string; description: string };
  /** The texts a search matches. */
  searchable: (item: T) => (string | null)[];
  /** The order of the list (the id breaks ties). */
  sortKey: (item: T) => string;
}

/**
 * The read side shared by every small catalog (units, documents, events, people, plans, indicators):
 * a connection with text search, an optional lookup by its natural key, and the records' citations.
 */
export function catalogResolver<T extends Sourced & { citations: Collection<Citation> }>(options: CatalogOptions<T>) {
  const { entity, listName, lookup, searchable, sortKey } = options;
  const ItemConnection = Connection(entity, (entity as ClassType<T>).name);

  @Resolver(() => entity)
  class CatalogResolver {
    @Query(() => ItemConnection, { name: listName, description: options.description })
    async list(@Args() { search, first, after }: CatalogArgs, @Ctx() ctx: AppContext): Promise<Page<T>> {
      const needle = search ? foldText(search) : '';
      const items = (await ctx.em.find(entity, {})).filter((item) => !needle || foldText(searchable(item).join(' ')).includes(needle));
      const keyed = items.map((item) => ({ item, key: [sortKey(item), item.id] as [string, number] }));
      const compare = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0], 'vi') || a[1] - b[1];
      keyed.sort((a, b) => compare(a.key, b.key));
      const page = paginate(keyed, { first, after }, (k) => k.key, compare);
      return { ...page, nodes: page.nodes.map((k) => k.item), edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.item })) };
    }

    @FieldResolver(() => [Citation], { description: 'The sources of this record’s facts, each with its verbatim quote.' })
    citations(@Root() item: T): Promise<Citation[]> {
      return item.citations.loadItems({ dataloader: true });
    }
  }

  if (!lookup) return CatalogResolver;

  @Resolver(() => entity)
  class CatalogLookupResolver extends CatalogResolver {
    @Query(() => entity, { name: lookup!.name, nullable: true, description: lookup!.description })
    one(@Arg(lookup!.arg, () => String, { description: `The ${lookup!.arg}, as written.` }) key: string, @Ctx() ctx: AppContext): Promise<T | null> {
      return ctx.em.findOne(entity, { [lookup!.arg]: key } as never);
    }
  }
  return CatalogLookupResolver;
}
