import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';

describe('the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the seeded roadmap at / in Vietnamese, with the years 2013 … 2025 on the axis', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/`);
    await page.waitForURL(/\/timeline/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    // On the time axis itself (a year may also appear elsewhere, e.g. hidden in a select), and in full: a narrow
    // fitted chart used to shorten the labels to '13 … '25 or leave them clipped.
    const axis = page.getByRole('group', { name: 'Trục thời gian' });
    for (const year of ['2013', '2019', '2025']) {
      const label = axis.getByText(year, { exact: true });
      await expect.poll(() => label.isVisible(), { timeout: 20_000 }).toBe(true);
      const inside = await label.evaluate((text) => {
        const cell = text.parentElement!.getBoundingClientRect();
        const box = text.getBoundingClientRect();
        return box.width > 0 && box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5;
      });
      expect(inside, `${year} is drawn in full`).toBe(true);
    }
    expect(await page.locator('[data-task-id]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('switches the interface to English', async () => {
    const page = await openPage(browser, `${inject('baseUrl')}/timeline`);
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.getByRole('link', { name: 'Timeline' }).isVisible()).toBe(true);
    expect(page.url()).toContain('lang=en');
    await page.close();
  });
});
