import type { I18n } from '../../../i18n/i18n.js';
import { activeFilterCount, assignerFor, type FilterOptions } from './filter-options.js';
import type { Grouping, TimelineFilters } from './types.js';

type Text = Pick<I18n, 't' | 'formatDate' | 'pick'>;

/**
 * What a printed view shows, in words, for its page header: the grouping, each filter with the names of what
 * it keeps (plans and documents by their titles, statuses by their names), the date window, the search and
 * how many rows are collapsed away; "every task" when no filter narrows the view, else how many it keeps.
 */
export function printCaption(options: {
  grouping: Grouping;
  filters: TimelineFilters;
  search: string;
  matchCount: number;
  /** Rows shown collapsed (their subtrees are not printed). */
  collapsedCount: number;
  /** Tasks the filters keep, and tasks in all. */
  shown: number;
  total: number;
  filterOptions: FilterOptions;
  text: Text;
}): string[] {
  const { grouping, filters, search, matchCount, collapsedCount, shown, total, filterOptions, text } = options;
  const { t, formatDate, pick } = text;
  const parts: string[] = [];
  const named = (label: string, values: readonly string[]) => `${label}: ${values.join(', ')}`;
  if (grouping !== 'none') parts.push(named(t('timeline.grouping'), [t(`timeline.grouping.${grouping}`)]));
  if (filters.units.length > 0) parts.push(named(t('timeline.filter.units'), filters.units));
  if (filters.plan !== null) {
    const plan = filterOptions.plans.find((option) => option.id === filters.plan);
    parts.push(named(t('timeline.filter.plan'), [plan ? pick(plan.title, plan.titleEn) : filters.plan]));
  }
  if (filters.status.length > 0)
    parts.push(
      named(
        t('timeline.filter.status'),
        filters.status.map((status) => t(`timeline.status.${status}`)),
      ),
    );
  if (filters.document !== null) {
    const assigner = assignerFor({ options: filterOptions.assigners, value: filters.document });
    parts.push(named(t('timeline.filter.document'), [assigner?.label ?? filters.document]));
  }
  const from = filters.from === null ? null : formatDate(filters.from);
  const to = filters.to === null ? null : formatDate(filters.to);
  if (from !== null && to !== null) parts.push(t('timeline.print.window', { from, to }));
  else if (from !== null) parts.push(t('timeline.print.from', { from }));
  else if (to !== null) parts.push(t('timeline.print.to', { to }));
  if (activeFilterCount({ filters }) === 0) parts.unshift(t('timeline.print.everyTask'));
  else parts.push(t('timeline.filter.shown', { shown, total }));
  const query = search.trim();
  if (query !== '') parts.push(t('timeline.print.search', { query, count: matchCount }));
  if (collapsedCount > 0) parts.push(t('timeline.print.collapsed', { count: collapsedCount }));
  return parts;
}
