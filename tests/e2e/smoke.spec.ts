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
    for (const year of ['2013', '2019', '2025']) {
      await expect.poll(() => page.getByText(year, { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
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
