import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../client/src/features/timeline/model/bar-geometry.js';
import { fittingLabel, unitLabels } from '../../../client/src/features/timeline/model/header-labels.js';
import { layoutRows, ROW_HEIGHT, type LayoutRow } from '../../../client/src/features/timeline/model/layout.js';
import { pageBox } from '../../../client/src/features/timeline/model/paper.js';
import {
  paginateRows,
  PRINT_METRICS,
  printLayout,
  printRowHeight,
  type PrintRowText,
} from '../../../client/src/features/timeline/model/print-pages.js';
import { makeTask } from './fixtures.js';

const none = new Set<string>();
const fallback = { start: '2013-01-01', end: '2025-12-31' } as const;
const text = (title: string): PrintRowText => ({ title, leadUnit: 'TTCNTT', dates: ['01/01/2014', '31/12/2014'] });
const textsOf = (rows: readonly LayoutRow[]) => rows.map((row) => text(row.type === 'task' ? row.task.title : row.label));

/** n tasks, one a year from 2013, titles of growing length. */
function roadmap(n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeTask({
      id: `t${i}`,
      title: `Nhiệm vụ số ${i} ${'xây dựng cơ sở dữ liệu '.repeat(i % 6)}`.trim(),
      start: `${2013 + (i % 13)}-03-01`,
      due: `${2013 + (i % 13)}-11-30`,
    }),
  );
}

describe('paginateRows', () => {
  it('fills each page with whole rows in order and never splits one', () => {
    const heights = [30, 30, 30, 50, 20, 40];
    const pages = paginateRows({ heights, bodyHeight: 100 });
    expect(pages.map((page) => page.rows.map((row) => row.index))).toEqual([[0, 1, 2], [3, 4], [5]]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    for (const page of pages) {
      const last = page.rows[page.rows.length - 1]!;
      expect(last.top + last.height).toBeLessThanOrEqual(100);
      page.rows.forEach((row, i) => expect(row.top).toBe(i === 0 ? 0 : page.rows[i - 1]!.top + page.rows[i - 1]!.height));
    }
  });

  it('moves a group heading that would end a page over to the next, with its first row', () => {
    const pages = paginateRows({ heights: [40, 40, 40, 40], bodyHeight: 100, keepWithNext: [false, true, false, false] });
    expect(pages.map((page) => page.rows.map((row) => row.index))).toEqual([[0], [1, 2], [3]]);
    expect(pages[1]!.rows[0]!.top).toBe(0);
  });

  it('keeps a heading alone on its page rather than loop when nothing else is there', () => {
    const pages = paginateRows({ heights: [90, 90], bodyHeight: 100, keepWithNext: [true, false] });
    expect(pages.map((page) => page.rows.map((row) => row.index))).toEqual([[0], [1]]);
  });

  it('gives an empty view one page', () => {
    expect(paginateRows({ heights: [], bodyHeight: 100 })).toEqual([{ number: 1, rows: [] }]);
  });
});

describe('printRowHeight', () => {
  const base = { titleWidth: 260, depth: 0, bold: false, bodyHeight: 500 };

  it('is one line tall for a short title, and grows a line at a time as the title wraps', () => {
    const one = printRowHeight({ ...base, text: { title: 'Ngắn', leadUnit: 'VP', dates: ['01/01/2014'] } });
    expect(one).toBe(PRINT_METRICS.minRowHeight);
    const long =
      'Báo cáo kết quả triển khai thực hiện các dự án: Hệ thống thông tin điện tử Văn hóa - Xã hội; Kết nối Cổng thông tin Chính phủ (CPNET); Ứng dụng công nghệ IPTV';
    const tall = printRowHeight({ ...base, text: { title: long, leadUnit: 'VP', dates: [] } });
    expect((tall - 2 * PRINT_METRICS.rowPadPx) % PRINT_METRICS.lineHeightPx).toBe(0);
    expect(tall).toBeGreaterThan(2 * PRINT_METRICS.lineHeightPx);
    const indented = printRowHeight({ ...base, depth: 8, text: { title: long, leadUnit: 'VP', dates: [] } });
    expect(indented).toBeGreaterThanOrEqual(tall);
  });

  it('counts the dates column, start over due, as two lines', () => {
    expect(printRowHeight({ ...base, text: text('Ngắn') })).toBe(2 * PRINT_METRICS.lineHeightPx + 2 * PRINT_METRICS.rowPadPx);
  });

  it('is never taller than a page body', () => {
    expect(printRowHeight({ ...base, bodyHeight: 40, text: { title: 'chữ '.repeat(400), leadUnit: '', dates: [] } })).toBe(40);
  });
});

describe('printLayout', () => {
  const tasks = roadmap(60);
  const layout = layoutRows({ tasks, grouping: 'plan', collapsed: none });

  for (const paper of ['A4', 'A3'] as const) {
    it(`puts every row of the view on ${paper} pages exactly once, within the page body`, () => {
      const print = printLayout({ rows: layout.rows, texts: textsOf(layout.rows), paper, fallback });
      const printed = print.pages.flatMap((page) => page.rows.map((row) => row.index));
      expect(printed).toEqual(layout.rows.map((_, index) => index));
      for (const page of print.pages) for (const row of page.rows) expect(row.top + row.height).toBeLessThanOrEqual(print.bodyHeight);
      expect(print.listWidth + print.chartWidth).toBe(pageBox({ paper }).width);
      expect(print.bodyHeight + print.axisHeight + PRINT_METRICS.headerHeight + PRINT_METRICS.footerHeight).toBe(pageBox({ paper }).height);
    });
  }

  it('needs fewer A3 sheets than A4 ones, and gives A3 a wider title column', () => {
    const a4 = printLayout({ rows: layout.rows, texts: textsOf(layout.rows), paper: 'A4', fallback });
    const a3 = printLayout({ rows: layout.rows, texts: textsOf(layout.rows), paper: 'A3', fallback });
    expect(a3.pages.length).toBeLessThan(a4.pages.length);
    expect(a3.titleWidth).toBeGreaterThan(a4.titleWidth);
  });

  it('leaves each year of 2013–2025 room for its full label', () => {
    const print = printLayout({ rows: layout.rows, texts: textsOf(layout.rows), paper: 'A4', fallback });
    expect(print.range.start).toBe('2013-01-01');
    expect(print.range.end).toBe('2025-12-31');
    const labels = unitLabels({
      unit: 'YEAR',
      parts: { year: 2019, quarter: 1, month: 1, day: 1, isoWeek: 1 },
      lang: 'vi',
      withYear: false,
    });
    expect(fittingLabel({ labels, width: print.range.scale.pxPerDay * 365 })).toBe('2019');
  });

  it('draws every bar inside the chart, the room either side included', () => {
    const print = printLayout({ rows: layout.rows, texts: textsOf(layout.rows), paper: 'A4', fallback });
    const inner = print.chartWidth - 2 * PRINT_METRICS.chartPad;
    for (const row of layout.rows) {
      const kind = row.type === 'group' ? 'GROUP' : row.task.kind;
      const bar = barGeometry({ key: row.key, rowIndex: 0, dates: row.dates, kind, scale: print.range.scale, rowHeight: ROW_HEIGHT });
      if (!bar) continue;
      expect(bar.x).toBeGreaterThanOrEqual(-PRINT_METRICS.chartPad);
      expect(bar.x + bar.width).toBeLessThanOrEqual(inner + PRINT_METRICS.chartPad);
    }
  });

  it('prints collapsed groups as their heading only, as the screen shows them', () => {
    const collapsed = new Set([layout.rows[0]!.key]);
    const shut = layoutRows({ tasks, grouping: 'plan', collapsed });
    const print = printLayout({ rows: shut.rows, texts: textsOf(shut.rows), paper: 'A4', fallback });
    expect(print.pages.flatMap((page) => page.rows)).toHaveLength(shut.rows.length);
    expect(shut.rows.length).toBeLessThan(layout.rows.length);
  });
});
