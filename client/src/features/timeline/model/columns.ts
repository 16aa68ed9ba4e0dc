import type { SortKey } from './row-sort.js';

/** The task list's columns as data; each one sorts by its own key. */
export interface ColumnSpec {
  key: SortKey;
  initial: number;
  min: number;
  max: number;
  align: 'start' | 'end';
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'title', initial: 220, min: 120, max: 720, align: 'start' },
  { key: 'leadUnit', initial: 72, min: 48, max: 240, align: 'start' },
  { key: 'start', initial: 96, min: 64, max: 180, align: 'start' },
  { key: 'due', initial: 96, min: 64, max: 180, align: 'start' },
  { key: 'status', initial: 136, min: 48, max: 260, align: 'start' },
  { key: 'progress', initial: 76, min: 48, max: 140, align: 'end' },
];

export type ColumnWidths = Readonly<Record<SortKey, number>>;

export function initialColumnWidths(): ColumnWidths {
  return Object.fromEntries(COLUMNS.map((column) => [column.key, column.initial])) as Record<SortKey, number>;
}

/** A column's width kept inside its limits. */
export function clampColumnWidth({ key, width }: { key: SortKey; width: number }): number {
  const spec = COLUMNS.find((column) => column.key === key);
  if (!spec) return width;
  return Math.round(Math.min(spec.max, Math.max(spec.min, width)));
}

export function listWidth({ widths }: { widths: ColumnWidths }): number {
  return COLUMNS.reduce((sum, column) => sum + widths[column.key], 0);
}

/** The next sort when a column header is pressed: ascending, then descending, then none. */
export function nextSort({
  current,
  key,
}: {
  current: { key: SortKey; dir: 'asc' | 'desc' } | null;
  key: SortKey;
}): { key: SortKey; dir: 'asc' | 'desc' } | null {
  if (current?.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : null;
}
