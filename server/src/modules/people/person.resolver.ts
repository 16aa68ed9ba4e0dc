import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { Unit } from '../units/unit.entity.js';
import { Person } from './person.entity.js';

export const PersonCatalogResolver = catalogResolver({
  entity: Person,
  listName: 'people',
  description: 'People named or titled in the sources.',
  searchable: (person) => [person.name, person.title, person.titleEn],
  sortKey: (person) => person.name ?? person.title,
});

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit the person belongs to, when the source says.' })
  unit(@Root() person: Person): Promise<Unit | null> | null {
    return person.unit?.load({ dataloader: true }) ?? null;
  }
}
