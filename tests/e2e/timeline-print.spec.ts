import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { formatVi, today } from '@lotrinh/shared';
import { launchBrowser, openPage } from './browser.js';
import { query } from './db.js';
import { flat, pdfFonts, pdfText, type PdfPage } from './pdf-text.js';
import { TASKS_AS_OF } from './roadmap-sql.js';

/**
 * The printed timeline in real Chromium against the real server: the PDF of every view holds every task
 * the view shows (read independently from the SQLite file), page after page of the chosen paper, each
 * with its heading and the time axis; nothing is clipped on paper; the PNG export is a real PNG.
 */

interface ShownTask {
  title: string;
  plan: string | null;
  unit: string | null;
  /** The years of its dates as of the day (either date when one is unknown). */
  firstYear: number;
  lastYear: number;
}

/** The tasks a view as of `day` shows, optionally of one lead unit, by plain SQL. */
async function shownTasks(day: string, unit: string | null = null): Promise<ShownTask[]> {
  const rows = await query<ShownTask>(
    `${TASKS_AS_OF} select r.title, p.key as plan, u.code as unit,
            cast(substr(coalesce(r.start, r.due), 1, 4) as integer) as firstYear, cast(substr(coalesce(r.due, r.start), 1, 4) as integer) as lastYear
       from rated r
       left join plan p on p.id = r.plan_id left join unit u on u.id = r.lead_unit_id`,
    { ':d': day },
  );
  return unit === null ? rows : rows.filter((row) => row.unit === unit);
}

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const ROADMAP_YEARS = years(2013, 2025);
const A4 = { width: 841.9, height: 595.3 };
const A3 = { width: 1190.6, height: 841.9 };
const print = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true });
/** White space does not count: a title wraps on paper wherever its column ends. */
const packed = (text: string) => text.replace(/\s+/g, '');

async function openTimeline(browser: Browser, search = ''): Promise<Page> {
  const page = await openPage(browser, `${inject('baseUrl')}/timeline${search}`);
  await page.locator('.tl-chart [data-task-id]').first().waitFor({ timeout: 30_000 });
  return page;
}

async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'In, xuất' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Each page is one sheet of `size`, with the heading, the page number and the years of the axis in order. */
function expectSheets(
  pages: readonly PdfPage[],
  size: { width: number; height: number },
  heading: readonly string[],
  axis = ROADMAP_YEARS,
): void {
  pages.forEach((page, index) => {
    expect(page).toMatchObject({ width: expect.closeTo(size.width, -1), height: expect.closeTo(size.height, -1) });
    const text = flat(page.text);
    for (const part of [...heading, `Trang ${index + 1}/${pages.length}`, axis.join(' ')])
      expect(text, `page ${index + 1}`).toContain(part);
  });
}

/** Every title is somewhere in the PDF. */
function expectTitles(pages: readonly PdfPage[], tasks: readonly ShownTask[]): void {
  const text = packed(pages.map((page) => page.text).join(''));
  const missing = tasks.filter((task) => !text.includes(packed(task.title)));
  expect(missing.map((task) => task.title)).toEqual([]);
}

describe('the printed timeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('prints every task of the roadmap on A4 landscape, each page with its heading and the axis; A3 when chosen', async () => {
    const page = await openTimeline(browser);
    const day = today();
    const tasks = await shownTasks(day);
    expect(tasks.length).toBeGreaterThan(50);

    const a4Bytes = await print(page);
    const a4 = await pdfText(a4Bytes);
    // Every font it draws with is embedded (a subset, "ABCDEF+Name"): the diacritics print the same on any machine.
    expect(pdfFonts(a4Bytes).length).toBeGreaterThan(0);
    expect(pdfFonts(a4Bytes).every((name) => /^[A-Z]{6}\+/.test(name))).toBe(true);
    const heading = [
      'Lộ trình CNTT và chuyển đổi số — Bộ VHTTDL',
      'Lộ trình thực hiện',
      `Tình trạng đến ngày ${formatVi(day)}`,
      'Tất cả nhiệm vụ',
      `In ngày ${formatVi(day)}`,
    ];
    expectSheets(a4.pages, A4, heading);
    expectTitles(a4.pages, tasks);
    // At least two rows a page, and at most as many as two-line rows fill a body.
    expect(a4.pages.length).toBeGreaterThanOrEqual(Math.ceil(tasks.length / 20));
    expect(a4.pages.length).toBeLessThanOrEqual(Math.ceil(tasks.length / 2));
    // The screen is as it was: the sheet is drawn for printing only.
    expect(await page.locator('.tl-sheet').count()).toBe(0);
    expect(flat(a4.text)).not.toContain('Thêm nhiệm vụ');
    // Each page of the sheet fills exactly one sheet of paper: the preview shows as many.
    await openMenu(page);
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    expect(await page.getByRole('dialog', { name: 'Xem trước bản in' }).locator('.tl-sheet__page').count()).toBe(a4.pages.length);
    await page.getByRole('button', { name: 'Đóng xem trước' }).click();

    await openMenu(page);
    await page.getByLabel('Khổ giấy').selectOption('A3');
    const a3 = await pdfText(await print(page));
    expectSheets(a3.pages, A3, heading);
    expectTitles(a3.pages, tasks);
    expect(a3.pages.length).toBeLessThan(a4.pages.length);
    await page.close();
  });

  it('prints a narrowed view as the screen shows it: as of a day, one lead unit, grouped by plan', async () => {
    const day = '2019-06-30';
    const page = await openTimeline(browser, `?asOf=${day}&unit=TTCNTT&group=plan`);
    const tasks = await shownTasks(day, 'TTCNTT');
    const all = await shownTasks(day);
    expect(tasks.length).toBeGreaterThan(5);
    const pdf = await pdfText(await print(page));
    // The axis spans the years of the rows printed, fitted to the page.
    const [first, last] = [Math.min(...tasks.map((task) => task.firstYear)), Math.max(...tasks.map((task) => task.lastYear))];
    expectSheets(
      pdf.pages,
      A4,
      [
        'Lộ trình thực hiện — Tình trạng đến ngày 30/06/2019',
        `Nhóm theo: Kế hoạch · Đơn vị chủ trì: TTCNTT · Hiển thị ${tasks.length}/${all.length} nhiệm vụ`,
      ],
      years(first, last),
    );
    expectTitles(pdf.pages, tasks);
    const text = packed(pdf.text);
    const others = all.filter((task) => task.unit !== 'TTCNTT' && !tasks.some((shown) => shown.title.includes(task.title)));
    expect(others.length).toBeGreaterThan(0);
    for (const task of others) expect(text).not.toContain(packed(task.title));
    await page.close();
  });

  it('previews the sheet on screen: collapsed groups stay collapsed, every title fits its row, every bar its chart', async () => {
    const day = '2019-06-30';
    const page = await openTimeline(browser, `?asOf=${day}&group=plan`);
    const tasks = await shownTasks(day);
    const firstGroup = page.locator('.tl-list-row--group').first();
    await firstGroup.getByRole('button').click();
    const plan = (await firstGroup.getAttribute('data-list-key'))!.replace('group:plan:', '');
    const hidden = tasks.filter((task) => task.plan === plan).length;
    expect(hidden).toBeGreaterThan(0);

    await openMenu(page);
    for (const paper of ['A4', 'A3'] as const) {
      await page.getByLabel('Khổ giấy').selectOption(paper);
      await page.getByRole('button', { name: 'Xem trước bản in' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xem trước bản in' });
      await dialog.locator('.tl-sheet__page').first().waitFor();
      expect(await dialog.locator('[data-print-task-id]').count()).toBe(tasks.length - hidden);
      expect(await dialog.locator('.tl-sheet__meta').first().innerText()).toContain('1 dòng đang thu gọn');
      const clipped = await dialog
        .locator('.tl-prow__cell')
        .evaluateAll((cells) => cells.filter((cell) => cell.scrollHeight > cell.clientHeight + 1).map((cell) => cell.textContent));
      expect(clipped).toEqual([]);
      const cut = await dialog.locator('.tl-sheet__chart').evaluateAll((charts) =>
        charts.flatMap((chart) => {
          const box = chart.getBoundingClientRect();
          return [...chart.querySelectorAll('.tl-pbar')].filter((bar) => {
            const rect = bar.getBoundingClientRect();
            return rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5;
          }).length;
        }),
      );
      expect(cut.reduce((sum, n) => sum + n, 0)).toBe(0);
      await dialog.getByRole('button', { name: 'Đóng xem trước' }).click();
      await openMenu(page);
    }
    await page.close();
  });

  it('exports a PNG of the printed pages, made in the browser', async () => {
    const page = await openTimeline(browser, '?asOf=2013-12-31');
    await openMenu(page);
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('lo-trinh-tien-do-2013-12-31-A4.png');
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const a4Width = Math.floor(277 * (96 / 25.4)) - 1;
    expect(bytes.readUInt32BE(16)).toBe(a4Width * 2);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(a4Width);
    // Once made, the sheet is gone again.
    await expect.poll(() => page.locator('.tl-sheet').count()).toBe(0);
    await page.close();
  });

  it('prints in English with ?lang=en', async () => {
    const page = await openTimeline(browser, '?asOf=2019-06-30&lang=en');
    const pdf = await pdfText(await print(page));
    const text = flat(pdf.text);
    for (const part of ['Roadmap — Status as of 30 Jun 2019', 'Every task', `Page 1 of ${pdf.pages.length}`]) expect(text).toContain(part);
    await page.close();
  });
});
