import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Event } from './event.entity.js';

export const EventCatalogResolver = catalogResolver({
  entity: Event,
  listName: 'events',
  description: 'Meetings, inspections, conferences and reviews, by date.',
  searchable: (event) => [event.title, event.titleEn, event.conclusion],
  sortKey: (event) => event.date,
});

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who chaired it.' })
  chair(@Root() event: Event): Promise<Person | null> | null {
    return event.chair?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Unit], { description: 'Units that took part.' })
  participants(@Root() event: Event): Promise<Unit[]> {
    return event.participants.loadItems({ dataloader: true });
  }
}
