import { makeLocalDate, yearOf, type LocalDate } from '@lotrinh/shared';
import { barGeometry } from './bar-geometry.js';
import { dayIndexOf, type TimeUnit } from './calendar-units.js';
import { layoutSpan, ROW_HEIGHT, type LayoutRow } from './layout.js';
import type { TimeScale } from './scale.js';

/** The dates a printed timeline spans (whole years), its scale, and the units of its two header rows. */
export interface PrintRange {
  start: LocalDate;
  /** The last day drawn. */
  end: LocalDate;
  scale: TimeScale;
  header: { top: TimeUnit; bottom: TimeUnit };
}

/** Months get their own header cells once a month is this wide ("T12", "Dec" fit); quarters otherwise. */
const MIN_MONTH_PX = 36;

/** Which side of [−pad, width + pad] some bar leaves, if any. */
function overflow(options: { rows: readonly LayoutRow[]; scale: TimeScale; width: number; pad: number }): {
  left: boolean;
  right: boolean;
} {
  const { rows, scale, width, pad } = options;
  let left = false;
  let right = false;
  for (const row of rows) {
    const kind = row.type === 'group' ? 'GROUP' : row.task.kind;
    const bar = barGeometry({ key: row.key, rowIndex: 0, dates: row.dates, kind, scale, rowHeight: ROW_HEIGHT });
    if (!bar) continue;
    if (bar.x < -pad) left = true;
    if (bar.x + bar.width > width + pad) right = true;
  }
  return { left, right };
}

/**
 * The time range of a printed timeline fitted to `width` pixels: the whole years the rows' dates fall in
 * (`fallback`'s when no row has a date), widened a year at a time on the side where a bar would still be
 * cut (an open-ended bar reaching past its known date, a milestone's diamond wider than `pad`). Every
 * page uses this one range, so a bar is never cut and the axis reads the same on every sheet.
 */
export function fitPrintRange(options: {
  rows: readonly LayoutRow[];
  width: number;
  /** Room left and right of the range that bars may use (half a milestone and a little). */
  pad: number;
  fallback: { start: LocalDate; end: LocalDate };
}): PrintRange {
  const { rows, pad, fallback } = options;
  const width = Math.max(1, options.width);
  const span = layoutSpan({ layout: { rows } }) ?? { min: fallback.start, max: fallback.end };
  let firstYear = yearOf(span.min);
  let lastYear = yearOf(span.max);
  let range = rangeOf({ firstYear, lastYear, width });
  // Each round widens by a year and shrinks every bar; a handful of rounds settle any real roadmap.
  for (let round = 0; round < 20; round += 1) {
    const cut = overflow({ rows, scale: range.scale, width, pad });
    if (!cut.left && !cut.right) break;
    if (cut.left) firstYear -= 1;
    if (cut.right) lastYear += 1;
    range = rangeOf({ firstYear, lastYear, width });
  }
  return range;
}

function rangeOf({ firstYear, lastYear, width }: { firstYear: number; lastYear: number; width: number }): PrintRange {
  const start = makeLocalDate(firstYear, 1, 1);
  const end = makeLocalDate(lastYear, 12, 31);
  const days = dayIndexOf({ date: end }) - dayIndexOf({ date: start }) + 1;
  const pxPerDay = width / days;
  return {
    start,
    end,
    scale: { origin: start, pxPerDay },
    header: { top: 'YEAR', bottom: pxPerDay * 28 >= MIN_MONTH_PX ? 'MONTH' : 'QUARTER' },
  };
}
