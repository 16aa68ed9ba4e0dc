import { daysBetween, makeLocalDate, type LocalDate } from '@lotrinh/shared';
import type { IndicatorPoint } from './indicator-known.js';

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axes' labels. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface PlacedPoint {
  point: IndicatorPoint;
  x: number;
  y: number;
}

export interface ChartGeometry {
  actual: PlacedPoint[];
  target: PlacedPoint[];
  /** The polyline through the measured values, oldest first ("x,y x,y …"); empty with fewer than two. */
  actualPath: string;
  yMax: number;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  /** Where the "as of" day falls, when inside the span. */
  asOfX: number | null;
}

/** A round upper bound for the value axis: 100 for percentages, else 1, 2 or 5 × a power of ten. */
export function niceMax(max: number, unitOfMeasure: string): number {
  if (unitOfMeasure === '%') return 100;
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
}

/** Where each value of an indicator falls on a chart spanning `from`–`to` (dates) and 0–niceMax (values). */
export function chartGeometry({
  values,
  unitOfMeasure,
  box,
  from,
  to,
  asOf,
  yearStep = 2,
}: {
  values: readonly IndicatorPoint[];
  unitOfMeasure: string;
  box: ChartBox;
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  yearStep?: number;
}): ChartGeometry {
  const { padding } = box;
  const innerWidth = box.width - padding.left - padding.right;
  const innerHeight = box.height - padding.top - padding.bottom;
  const span = Math.max(1, daysBetween(from, to));
  const x = (date: LocalDate) => padding.left + (Math.min(Math.max(daysBetween(from, date), 0), span) / span) * innerWidth;
  const yMax = niceMax(Math.max(0, ...values.map((v) => v.value)), unitOfMeasure);
  const y = (value: number) => padding.top + innerHeight - (Math.min(Math.max(value, 0), yMax) / yMax) * innerHeight;
  const place = (point: IndicatorPoint): PlacedPoint => ({ point, x: x(point.date), y: y(point.value) });
  const sorted = [...values].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const actual = sorted.filter((v) => v.kind === 'ACTUAL').map(place);
  const target = sorted.filter((v) => v.kind === 'TARGET').map(place);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const xTicks: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) xTicks.push({ year, x: x(makeLocalDate(year, 1, 1)) });
  return {
    actual,
    target,
    actualPath: actual.length > 1 ? actual.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') : '',
    yMax,
    yTicks: [0, 0.5, 1].map((f) => ({ value: yMax * f, y: y(yMax * f) })),
    xTicks,
    asOfX: asOf >= from && asOf <= to ? x(asOf) : null,
  };
}
