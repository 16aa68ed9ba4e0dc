import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { query } from './db.js';
import { TASKS_AS_OF } from './roadmap-sql.js';

/** The tasks of the roadmap as they stood on :d, with their status, by plain SQL over the e2e database. */
async function tasksAsOf(d: string): Promise<Map<string, string>> {
  const rows = await query<{ id: number; status: string }>(`${TASKS_AS_OF} select id, status from rated`, { ':d': d });
  return new Map(rows.map((row) => [`Task:${row.id}`, row.status]));
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Ngày xem lộ trình' });
const shownDate = (page: Page) => page.getByTestId('replay-value').innerText();

/** The tasks the timeline draws, once it draws those of `asOf` (the previous day's stay up while loading). */
async function expectTimelineOf(page: Page, asOf: string): Promise<string[]> {
  await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`asOf=${asOf}`);
  const expected = [...(await tasksAsOf(asOf)).keys()].sort();
  const drawn = () =>
    page.locator('[data-task-id]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-task-id')!))].sort());
  await expect.poll(drawn, { timeout: 20_000 }).toEqual(expected);
  return expected;
}

describe('replay', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('moves the whole app to 31/12/2013 and 30/06/2019 with the keyboard, and the timeline shows the roadmap as it stood', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/timeline`);
    await page.setViewportSize({ width: 1440, height: 2600 });
    await slider(page).focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
    expect(await shownDate(page)).toBe('31/12/2013');
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('31/12/2013');

    const in2013 = await expectTimelineOf(page, '2013-12-31');
    const expected2013 = await tasksAsOf('2013-12-31');

    for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect(await shownDate(page)).toBe('30/06/2019');
    const in2019 = await expectTimelineOf(page, '2019-06-30');
    const expected2019 = await tasksAsOf('2019-06-30');
    expect(in2019.length).toBeGreaterThan(in2013.length);
    expect(in2019).toEqual(expect.arrayContaining(in2013));

    // The day follows to the briefing through the navigation, with the statuses of that day.
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await page.locator('.briefing-page[data-loaded-as-of="2019-06-30"][aria-busy="false"]').waitFor();
    const lateShown = await page
      .locator('[data-testid="late-tasks"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')!).sort());
    const lateExpected = [...expected2019]
      .filter(([, status]) => status === 'OVERDUE' || status === 'AT_RISK')
      .map(([id]) => id)
      .sort();
    expect(lateShown).toEqual(lateExpected);
    // A task due 31/12/2013 was in progress on that day and is overdue by 2019.
    const changed = [...expected2013].find(([id, status]) => status === 'IN_PROGRESS' && expected2019.get(id) === 'OVERDUE');
    expect(changed).toBeDefined();
    expect(lateShown).toContain(changed![0]);
    await page.close();
  });

  it('sets the day from the date field, and back to today with one button', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/briefing`);
    await page.getByLabel('Nhập ngày xem').fill('2016-02-29');
    await expect.poll(() => page.url()).toContain('asOf=2016-02-29');
    expect(await shownDate(page)).toBe('29/02/2016');
    await page.getByRole('button', { name: 'Về hôm nay' }).click();
    await expect.poll(() => page.url()).not.toContain('asOf=');
    await page.close();
  });

  it('plays through the years a year at a time when reduced motion is asked for, and stops', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/briefing?asOf=2013-01-01`);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.getByText('Đang giảm chuyển động').isVisible()).toBe(true);
    const play = page.getByRole('button', { name: 'Phát qua các năm' });
    await play.click();
    await expect.poll(() => shownDate(page), { timeout: 6_000 }).toBe('31/12/2013');
    await expect.poll(() => shownDate(page), { timeout: 6_000 }).toBe('31/12/2014');
    await page.getByRole('button', { name: 'Dừng phát' }).click();
    const stoppedAt = await shownDate(page);
    await page.waitForTimeout(2_500);
    expect(await shownDate(page)).toBe(stoppedAt);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('compares two dates: what was added, finished and slipped between them', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/briefing?asOf=2019-06-30&cmpFrom=2013-12-31&cmpTo=2019-06-30`);
    const before = await tasksAsOf('2013-12-31');
    const after = await tasksAsOf('2019-06-30');
    const done = (status: string | undefined) => status === 'DONE_ON_TIME' || status === 'DONE_LATE';
    const late = (status: string | undefined) => status === 'OVERDUE' || status === 'AT_RISK';
    const expected = {
      added: [...after.keys()].filter((id) => !before.has(id)),
      finished: [...after].filter(([id, s]) => before.has(id) && done(s) && !done(before.get(id))).map(([id]) => id),
      slipped: [...after].filter(([id, s]) => before.has(id) && late(s) && !late(before.get(id))).map(([id]) => id),
    };
    const list = (kind: string) =>
      page
        .locator(`[data-change-kind="${kind}"] li`)
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-task-id')!).sort());
    await expect.poll(() => list('added'), { timeout: 20_000 }).toEqual(expected.added.sort());
    expect(await list('finished')).toEqual(expected.finished.sort());
    expect(await list('slipped')).toEqual(expected.slipped.sort());
    expect(expected.added.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="briefing-summary"]').innerText()).toContain(
      `Từ 31/12/2013 đến 30/06/2019: ${expected.added.length} nhiệm vụ được giao thêm`,
    );
    await page.close();
  });
});
