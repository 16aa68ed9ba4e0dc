import { yearOf, type LocalDate } from '@lotrinh/shared';
import { layoutSpan, type LayoutRow } from './layout.js';
import { pageBox, type Paper } from './paper.js';
import { fitPrintRange, type PrintRange } from './print-range.js';
import { textLines } from './text-lines.js';

/** Sizes of a printed timeline in CSS pixels; the print style sheet reads them as variables. */
export interface PrintMetrics {
  /** The page header: roadmap, view title and day, filters, print date. */
  headerHeight: number;
  /** The footer: the legend and the page number. */
  footerHeight: number;
  /** Each of the two header rows of the time axis, and the lane of document and event flags under them. */
  axisRowHeight: number;
  markerLaneHeight: number;
  /** The list's text. */
  fontPx: number;
  lineHeightPx: number;
  /** Above and below a row's text. */
  rowPadPx: number;
  minRowHeight: number;
  /** Left and right of a cell's text; a level of the tree indents the title this much more. */
  cellPadPx: number;
  indentPx: number;
  /** The list's columns after the title (the dates column holds the start over the due date). */
  columns: { leadUnit: number; dates: number; progress: number };
  /** The share of the page the list takes, and the least its title column keeps. */
  listShare: number;
  minTitleWidth: number;
  /** A year's width on the axis for "2019" to show in full (the header's fittingLabel wants 44 px; a leap year takes a share). */
  minYearPx: number;
  /** Room either side of the time range for a milestone's diamond. */
  chartPad: number;
  /** Group rows are bold: wider text (DejaVu Sans Bold is up to 12% wider than Book). */
  boldFactor: number;
}

export const PRINT_METRICS: Readonly<PrintMetrics> = {
  headerHeight: 64,
  footerHeight: 32,
  axisRowHeight: 18,
  markerLaneHeight: 18,
  fontPx: 10,
  lineHeightPx: 12.5,
  rowPadPx: 3,
  minRowHeight: 22,
  cellPadPx: 4,
  indentPx: 10,
  columns: { leadUnit: 62, dates: 80, progress: 40 },
  listShare: 0.45,
  minTitleWidth: 150,
  minYearPx: 45,
  chartPad: 10,
  boldFactor: 1.12,
};

/** One row on a page: its index in the layout, and where it sits in the page's body. */
export interface PrintRow {
  index: number;
  top: number;
  height: number;
}

export interface PrintPage {
  /** 1-based. */
  number: number;
  rows: PrintRow[];
}

export interface PrintLayout {
  paper: Paper;
  /** The printable box of a sheet. */
  page: { width: number; height: number };
  listWidth: number;
  titleWidth: number;
  /** The chart's width, the room either side of the range included. */
  chartWidth: number;
  axisHeight: number;
  /** Height left for rows on each page. */
  bodyHeight: number;
  range: PrintRange;
  pages: PrintPage[];
}

/**
 * Whole rows into pages of `bodyHeight`, in order: a row never splits; a row that keeps with the next one (a
 * group's heading) moves over with it rather than end a page alone. There is always at least one page.
 */
export function paginateRows(options: { heights: readonly number[]; bodyHeight: number; keepWithNext?: readonly boolean[] }): PrintPage[] {
  const { heights, bodyHeight, keepWithNext = [] } = options;
  const pages: PrintPage[] = [];
  let rows: PrintRow[] = [];
  let top = 0;
  const close = () => {
    pages.push({ number: pages.length + 1, rows });
    rows = [];
    top = 0;
  };
  heights.forEach((height, index) => {
    if (rows.length > 0 && top + height > bodyHeight) {
      const last = rows[rows.length - 1] as PrintRow;
      const carried = rows.length > 1 && keepWithNext[last.index] === true ? rows.pop() : undefined;
      close();
      if (carried) {
        rows.push({ ...carried, top: 0 });
        top = carried.height;
      }
    }
    rows.push({ index, top, height });
    top += height;
  });
  if (rows.length > 0 || pages.length === 0) close();
  return pages;
}

/** What a row prints in the list, in the chosen language: each string of `dates` is a line of its own. */
export interface PrintRowText {
  title: string;
  leadUnit: string;
  dates: readonly string[];
}

/**
 * A row's height on paper: as many lines as its tallest cell wraps to (the title indented by its depth, group
 * titles bold), at least a one-line row, at most a page's body.
 */
export function printRowHeight(options: {
  text: PrintRowText;
  titleWidth: number;
  depth: number;
  bold: boolean;
  bodyHeight: number;
  metrics?: PrintMetrics;
}): number {
  const { text, titleWidth, depth, bold, bodyHeight, metrics = PRINT_METRICS } = options;
  const room = (width: number) => width - 2 * metrics.cellPadPx;
  const lines = (value: string, width: number, fontPx = metrics.fontPx) =>
    value === '' ? 0 : textLines({ text: value, widthPx: width, fontPx });
  const tallest = Math.max(
    1,
    lines(text.title, room(titleWidth) - depth * metrics.indentPx, metrics.fontPx * (bold ? metrics.boldFactor : 1)),
    lines(text.leadUnit, room(metrics.columns.leadUnit)),
    text.dates.reduce((sum, date) => sum + lines(date, room(metrics.columns.dates)), 0),
  );
  return Math.min(bodyHeight, Math.max(metrics.minRowHeight, tallest * metrics.lineHeightPx + 2 * metrics.rowPadPx));
}

/**
 * A printed timeline: every row of the view, page by page on the chosen paper (landscape). The list takes
 * part of the width (less when the years need the room), the time range is fitted to the rest so no bar is
 * cut, rows are as tall as their wrapped text (`texts[i]` is row i's, as printed) and never split.
 */
export function printLayout(options: {
  rows: readonly LayoutRow[];
  texts: readonly PrintRowText[];
  paper: Paper;
  /** The range to draw when no row has a date (the chart's domain). */
  fallback: { start: LocalDate; end: LocalDate };
  metrics?: PrintMetrics;
}): PrintLayout {
  const { rows, texts, paper, fallback, metrics = PRINT_METRICS } = options;
  const page = pageBox({ paper });
  const span = layoutSpan({ layout: { rows } }) ?? { min: fallback.start, max: fallback.end };
  const years = yearOf(span.max) - yearOf(span.min) + 1;
  const otherColumns = Object.values(metrics.columns).reduce((sum, width) => sum + width, 0);
  const yearsRoom = page.width - years * metrics.minYearPx - 2 * metrics.chartPad;
  const listWidth = Math.round(Math.max(otherColumns + metrics.minTitleWidth, Math.min(page.width * metrics.listShare, yearsRoom)));
  const titleWidth = listWidth - otherColumns;
  const chartWidth = page.width - listWidth;
  const axisHeight = 2 * metrics.axisRowHeight + metrics.markerLaneHeight;
  const bodyHeight = page.height - metrics.headerHeight - axisHeight - metrics.footerHeight;
  const heights = rows.map((row, index) =>
    printRowHeight({
      text: texts[index] ?? { title: '', leadUnit: '', dates: [] },
      titleWidth,
      depth: row.depth,
      bold: row.type === 'group',
      bodyHeight,
      metrics,
    }),
  );
  const keepWithNext = rows.map((row) => row.type === 'group');
  return {
    paper,
    page,
    listWidth,
    titleWidth,
    chartWidth,
    axisHeight,
    bodyHeight,
    range: fitPrintRange({ rows, width: chartWidth - 2 * metrics.chartPad, pad: metrics.chartPad, fallback }),
    pages: paginateRows({ heights, bodyHeight, keepWithNext }),
  };
}
