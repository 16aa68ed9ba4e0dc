import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage } from './browser.js';
import { query } from './db.js';
import { pdfFonts, pdfText } from './pdf-text.js';
import { TASKS_AS_OF } from './roadmap-sql.js';

interface Counts {
  key: string;
  count: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  atRisk: number;
  unknown: number;
}

const COUNTS = `count(*) as count,
  sum(status in ('DONE_ON_TIME', 'DONE_LATE')) as done, sum(status = 'DONE_ON_TIME') as doneOnTime, sum(status = 'DONE_LATE') as doneLate,
  sum(status = 'OVERDUE') as overdue, sum(status = 'AT_RISK') as atRisk, sum(status = 'UNKNOWN') as unknown`;

const byPlan = (d: string) =>
  query<Counts>(
    `${TASKS_AS_OF} select coalesce(p.key, '') as key, ${COUNTS} from rated r left join plan p on p.id = r.plan_id group by key`,
    { ':d': d },
  );
const byUnit = (d: string) =>
  query<Counts>(
    `${TASKS_AS_OF} select coalesce(u.code, '') as key, ${COUNTS} from rated r left join unit u on u.id = r.lead_unit_id group by key`,
    { ':d': d },
  );
const total = async (d: string) => (await query<Counts>(`${TASKS_AS_OF} select '' as key, ${COUNTS} from rated`, { ':d': d }))[0]!;
const late = (d: string) =>
  query<{ id: number; status: string; days: number | null }>(
    `${TASKS_AS_OF} select id, status, case when status = 'OVERDUE' then cast(julianday(:d) - julianday(due) as integer) end as days from rated where status in ('OVERDUE', 'AT_RISK')`,
    { ':d': d },
  );

async function openBriefing(browser: Browser, search: string, asOf: string): Promise<Page> {
  const page = await openPage(browser, `${inject('baseUrl')}/briefing?${search}`);
  await page.locator(`.briefing-page[data-loaded-as-of="${asOf}"][aria-busy="false"]`).waitFor({ timeout: 30_000 });
  return page;
}

/** The numbers of a table's rows, by the row's data attribute and the cells' `data-cell`. */
async function tableNumbers(page: Page, table: string, attribute: string): Promise<Record<string, Record<string, number>>> {
  return page
    .locator(`[data-testid="${table}"] tbody tr`)
    .evaluateAll(
      (rows, attr) =>
        Object.fromEntries(
          rows.map((row) => [
            row.getAttribute(attr) ?? '',
            Object.fromEntries(
              [...row.querySelectorAll('[data-cell]')].map((cell) => [
                cell.getAttribute('data-cell'),
                Number.parseInt(cell.textContent ?? '', 10),
              ]),
            ),
          ]),
        ),
      attribute,
    );
}

describe('the briefing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const asOf of ['2019-06-30', '2013-12-31']) {
    it(`shows, as of ${asOf}, per plan and per lead unit the counts an independent SQL query gives`, async () => {
      const page = await openBriefing(browser, `asOf=${asOf}`, asOf);
      const plans = await tableNumbers(page, 'plan-progress', 'data-plan');
      const expectedPlans = Object.fromEntries(
        (await byPlan(asOf)).map((row) => [row.key, { count: row.count, done: row.done, overdue: row.overdue, atRisk: row.atRisk }]),
      );
      expect(plans).toEqual(expectedPlans);

      const units = await tableNumbers(page, 'unit-scorecard', 'data-unit');
      const expectedUnits = Object.fromEntries(
        (await byUnit(asOf)).map((row) => [
          row.key,
          {
            led: row.count,
            doneOnTime: row.doneOnTime,
            doneLate: row.doneLate,
            overdue: row.overdue,
            atRisk: row.atRisk,
            unknown: row.unknown,
          },
        ]),
      );
      expect(units).toEqual(expectedUnits);

      const lateRows = await page
        .locator('[data-testid="late-tasks"] tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => ({
            id: row.getAttribute('data-task-id'),
            status: row.getAttribute('data-status'),
            days: row.querySelector('[data-cell="days"]')?.textContent ?? '',
          })),
        );
      const expectedLate = await late(asOf);
      expect(lateRows.map((row) => row.id).sort()).toEqual(expectedLate.map((row) => `Task:${row.id}`).sort());
      for (const row of expectedLate.filter((r) => r.status === 'OVERDUE')) {
        expect(lateRows.find((shown) => shown.id === `Task:${row.id}`)?.days).toBe(`${row.days} ngày`);
      }

      const sum = await total(asOf);
      const [dd, mm, yyyy] = [asOf.slice(8), asOf.slice(5, 7), asOf.slice(0, 4)];
      const first = await page.locator('[data-testid="briefing-summary"] li').first().innerText();
      expect(first).toBe(
        `Tính đến ngày ${dd}/${mm}/${yyyy}, toàn Bộ có ${sum.count} nhiệm vụ trên lộ trình: ${sum.done} đã hoàn thành (${sum.doneOnTime} đúng hạn, ${sum.doneLate} muộn), ${sum.overdue} quá hạn, ${sum.atRisk} có nguy cơ chậm, ${sum.count - sum.done - sum.overdue - sum.atRisk - sum.unknown} đang hoặc chưa triển khai và ${sum.unknown} chưa rõ trạng thái.`,
      );
      await page.close();
    });
  }

  it('narrows to one lead unit from the URL, and the counts follow', async () => {
    const asOf = '2019-06-30';
    const page = await openBriefing(browser, `asOf=${asOf}&unit=TTCNTT`, asOf);
    const units = await tableNumbers(page, 'unit-scorecard', 'data-unit');
    const expected = (await byUnit(asOf)).find((row) => row.key === 'TTCNTT')!;
    expect(Object.keys(units)).toEqual(['TTCNTT']);
    expect(units['TTCNTT']).toMatchObject({ led: expected.count, overdue: expected.overdue });
    expect(await page.locator('[data-testid="briefing-summary"] li').first().innerText()).toContain(
      `các nhiệm vụ do TTCNTT chủ trì có ${expected.count} nhiệm vụ`,
    );
    await page.close();
  });

  it('states the rating rule, and gives each plan a rating with its reason', async () => {
    const page = await openBriefing(browser, 'asOf=2019-06-30', '2019-06-30');
    expect(await page.getByText('Quy tắc xếp hạng, xét theo thứ tự').isVisible()).toBe(true);
    const ratings = await page
      .locator('[data-testid="plan-progress"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-plan'), row.querySelector('[data-rating]')?.getAttribute('data-rating')]),
      );
    const plans = Object.fromEntries((await byPlan('2019-06-30')).map((row) => [row.key, row]));
    for (const [key, rating] of ratings) {
      const counts = plans[key ?? '']!;
      const expected = counts.overdue / counts.count >= 0.25 ? 'RED' : counts.overdue + counts.atRisk > 0 ? 'AMBER' : 'GREEN';
      expect(counts.unknown / counts.count > 0.5 ? 'NONE' : expected, `${key}`).toBe(rating);
    }
    await page.close();
  });

  it('links each indicator point to its source: focusing a point shows the verbatim quote and the file', async () => {
    const page = await openBriefing(browser, 'asOf=2019-06-30', '2019-06-30');
    const [value] = await query<{ id: number; quote: string; source_file: string }>(
      `select v.id, c.quote, c.source_file from indicator_value v join indicator i on i.id = v.indicator_id join citation c on c.indicator_value_id = v.id where i.code = 'online-services-level-3-4-share'`,
      {},
    );
    const chart = page.locator('[data-indicator="online-services-level-3-4-share"]');
    await chart.locator('.chart-point').first().focus();
    await expect.poll(() => chart.locator('.point-source').innerText()).toContain(value!.quote);
    const link = chart.locator('.point-source a');
    expect(await link.getAttribute('href')).toBe(`/api/sources/${value!.source_file}`);
    expect(await chart.locator('table caption').innerText()).toContain('Số liệu');
    await page.close();
  });

  it('writes the summary in English with ?lang=en', async () => {
    const page = await openBriefing(browser, 'asOf=2019-06-30&lang=en', '2019-06-30');
    const sum = await total('2019-06-30');
    expect(await page.locator('[data-testid="briefing-summary"] li').first().innerText()).toContain(
      `As of 30 Jun 2019, the whole Ministry has ${sum.count} tasks on the roadmap`,
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('exports the task list as CSV with the BOM and Vietnamese intact, for the day and scope shown', async () => {
    const page = await openBriefing(browser, 'asOf=2013-12-31&unit=TTCNTT', '2013-12-31');
    const href = await page.getByRole('link', { name: 'Danh sách nhiệm vụ (CSV)' }).getAttribute('href');
    const response = await fetch(new URL(href!, inject('baseUrl')));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [{ count }] = (await byUnit('2013-12-31')).filter((row) => row.key === 'TTCNTT') as [Counts];
    expect(text.trim().split('\r\n')).toHaveLength(count + 1);
    expect(text).toContain('Là đầu mối tập hợp, đề xuất 10 dịch vụ công trực tuyến mức độ 3');
    await page.close();
  });

  it('prints to a PDF (A4 landscape, or A3 when chosen) whose text holds the Vietnamese title, day and summary', async () => {
    const page = await openBriefing(browser, 'asOf=2019-06-30', '2019-06-30');
    const a4Bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const a4 = await pdfText(a4Bytes);
    // Every font it draws with is embedded (a subset, "ABCDEF+Name"): the diacritics print the same on any machine.
    expect(pdfFonts(a4Bytes).length).toBeGreaterThan(0);
    expect(pdfFonts(a4Bytes).every((name) => /^[A-Z]{6}\+/.test(name))).toBe(true);
    expect(a4.pages.length).toBeGreaterThan(1);
    expect(a4.pages[0]).toMatchObject({ width: expect.closeTo(841.9, -1), height: expect.closeTo(595.3, -1) });
    const text = a4.text.replace(/\s+/g, ' ');
    expect(text).toContain('Lộ trình CNTT và chuyển đổi số — Bộ VHTTDL');
    expect(text).toContain('Tổng quan lộ trình cho Lãnh đạo Bộ');
    expect(text).toContain('Tình trạng đến ngày 30/06/2019');
    expect(text).toContain('Phạm vi: toàn Bộ');
    const summary = (await page.locator('[data-testid="briefing-summary"] li').first().innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(summary);
    expect(text).not.toContain('Tải ảnh PNG');

    await page.getByLabel('Khổ giấy in').selectOption('A3');
    const a3 = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(a3.pages[0]).toMatchObject({ width: expect.closeTo(1190.6, -1), height: expect.closeTo(841.9, -1) });
    await page.close();
  });

  it('exports a PNG picture of the briefing, an XLSX task list and an iCalendar of the deadlines, all in the browser', async () => {
    const asOf = '2013-12-31';
    const page = await openBriefing(browser, `asOf=${asOf}`, asOf);
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
    };

    const png = await download('Tải ảnh PNG');
    expect(png.name).toBe('lo-trinh-tong-quan-2013-12-31.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const pageWidth = await page.locator('.briefing-page').evaluate((el) => el.scrollWidth);
    expect(width).toBe(pageWidth * 2);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(900 * 2);

    const xlsx = await download('Danh sách nhiệm vụ (XLSX)');
    expect(xlsx.name).toBe('lo-trinh-nhiem-vu-2013-12-31.xlsx');
    expect(xlsx.bytes.readUInt32LE(0)).toBe(0x04034b50);
    const sheetAt = xlsx.bytes.indexOf('xl/worksheets/sheet1.xml');
    expect(sheetAt).toBeGreaterThan(0);
    const sheet = xlsx.bytes.toString('utf8');
    expect(sheet).toContain('<t xml:space="preserve">Đơn vị chủ trì</t>');
    expect(sheet).toContain('Là đầu mối tập hợp, đề xuất 10 dịch vụ công trực tuyến mức độ 3');
    const total = (await byPlan(asOf)).reduce((sum, row) => sum + row.count, 0);
    expect(sheet.match(/<row r=/g)).toHaveLength(total + 1);

    const ics = await download('Lịch các hạn hoàn thành (.ics)');
    const calendar = ics.bytes.toString('utf8');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const [{ n }] = (await query<{ n: number }>(`${TASKS_AS_OF} select count(*) as n from rated where due is not null`, {
      ':d': asOf,
    })) as [{ n: number }];
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(n);
    expect(calendar.replace(/\r\n /g, '')).toContain('SUMMARY:Hạn: Là đầu mối tập hợp\\, đề xuất 10 dịch vụ công trực tuyến');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20131110');
    await page.close();
  });
});
