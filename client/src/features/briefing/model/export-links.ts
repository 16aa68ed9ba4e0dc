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

/** A file name for an export: `lo-trinh-<what>-<day>[-<scope>].<ext>`, ASCII only. */
export function exportFileName({
  what,
  asOf,
  scope,
  ext,
}: {
  what: string;
  asOf: LocalDate;
  scope: readonly (string | null)[];
  ext: string;
}): string {
  const parts = ['lo-trinh', what, asOf, ...scope.filter((part): part is string => Boolean(part))];
  const safe = parts.map((part) =>
    part
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9-]+/g, '-'),
  );
  return `${safe.join('-')}.${ext}`;
}
