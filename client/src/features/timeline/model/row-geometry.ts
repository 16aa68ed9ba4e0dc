import { barGeometry, type BarGeometry } from './bar-geometry.js';
import type { LayoutRow, TimelineLayout } from './layout.js';
import { withEdit, type RowDates } from './rollup.js';
import type { TimeScale } from './scale.js';
import type { TaskEditValues } from './types.js';

export interface PlacedRow {
  index: number;
  row: LayoutRow;
  /** The dates drawn, pending edits applied. */
  dates: RowDates;
  /** Null for a row with no date at all. */
  bar: BarGeometry | null;
}

/** Row `index` of the layout with its bar, pending edits applied; undefined past the last row. */
export function placeRow(options: {
  layout: TimelineLayout;
  index: number;
  scale: TimeScale;
  rowHeight: number;
  edits: ReadonlyMap<string, TaskEditValues>;
}): PlacedRow | undefined {
  const { layout, index, scale, rowHeight, edits } = options;
  const row = layout.rows[index];
  if (!row) return undefined;
  const dates = row.type === 'task' && !row.dates.rolledUp ? withEdit({ dates: row.dates, edit: edits.get(row.key) }) : row.dates;
  const kind = row.type === 'group' ? 'GROUP' : row.task.kind;
  return { index, row, dates, bar: barGeometry({ key: row.key, rowIndex: index, dates, kind, scale, rowHeight }) };
}

/** The rows [firstRow, lastRow) placed, plus row `extra` (the focused one) wherever it is. */
export function placeRows(options: {
  layout: TimelineLayout;
  firstRow: number;
  lastRow: number;
  extra: number;
  scale: TimeScale;
  rowHeight: number;
  edits: ReadonlyMap<string, TaskEditValues>;
}): PlacedRow[] {
  const { firstRow, lastRow, extra, ...rest } = options;
  const placed: PlacedRow[] = [];
  if (extra >= 0 && extra < firstRow) pushRow(placed, placeRow({ ...rest, index: extra }));
  for (let index = firstRow; index < lastRow; index += 1) pushRow(placed, placeRow({ ...rest, index }));
  if (extra >= lastRow) pushRow(placed, placeRow({ ...rest, index: extra }));
  return placed;
}

function pushRow(into: PlacedRow[], row: PlacedRow | undefined): void {
  if (row) into.push(row);
}
