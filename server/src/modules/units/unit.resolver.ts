import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { Unit } from './unit.entity.js';

export const UnitCatalogResolver = catalogResolver({
  entity: Unit,
  listName: 'units',
  description: 'Units (đơn vị) named in the sources, by code.',
  lookup: { name: 'unit', arg: 'code', description: 'One unit by its code, e.g. `TTCNTT`.' },
  searchable: (unit) => [unit.code, unit.name, unit.nameEn],
  sortKey: (unit) => unit.code,
});

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit this one belongs to (a centre under a general department …).' })
  parent(@Root() unit: Unit): Promise<Unit | null> | null {
    return unit.parent?.load({ dataloader: true }) ?? null;
  }
}
