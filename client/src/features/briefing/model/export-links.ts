import type { LocalDate } from '@lotrinh/shared';
import type { ScopeFilter } from './briefing-scope.js';

/** The server's task export for a scope and day (`/api/tasks.csv` or `.json`, UTF-8 with a BOM for CSV). */
export function taskExportUrl({
  format,
  filter,
  asOf,
}: {
  format: 'csv' | 'json';
  filter: ScopeFilter | null;
  asOf: LocalDate | null;
}): string {
  const params = new URLSearchParams();
  if (filter) params.set('filter', JSON.stringify(filter));
  if (asOf) params.set('asOf', asOf);
  const query = params.toString();
  return `/api/tasks.${format}${query ? `?${query}` : ''}`;
}
