import { FieldResolver, Resolver, Root } from 'type-graphql';
import { catalogResolver } from '../common/catalog.resolver.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Indicator } from './indicator.entity.js';

export const IndicatorCatalogResolver = catalogResolver({
  entity: Indicator,
  listName: 'indicators',
  description: 'Indicators of the Ministry’s IT work, with their values over time.',
  searchable: (indicator) => [indicator.code, indicator.name, indicator.nameEn],
  sortKey: (indicator) => indicator.code,
});

export const IndicatorValueCatalogResolver = catalogResolver({
  entity: IndicatorValue,
  listName: 'indicatorValues',
  description: 'Every indicator value, by date.',
  searchable: (value) => [value.date, value.kind],
  sortKey: (value) => value.date,
});

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [IndicatorValue], { description: 'Values over time, oldest first.' })
  async values(@Root() indicator: Indicator): Promise<IndicatorValue[]> {
    const values = await indicator.values.loadItems({ dataloader: true });
    return [...values].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }
}
