import type { LocalDate } from '@lotrinh/shared';
import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar.js';
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
  @FieldResolver(() => [IndicatorValue], { description: 'Values over time, oldest first; with `asOf`, only those known by that day.' })
  async values(
    @Root() indicator: Indicator,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Only values whose source was known by this day.' }) asOf: LocalDate | null,
  ): Promise<IndicatorValue[]> {
    const values = await indicator.values.loadItems({ dataloader: true });
    return values.filter((value) => !asOf || value.knownOn <= asOf).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }
}
