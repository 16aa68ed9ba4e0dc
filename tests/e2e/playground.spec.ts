import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';

describe('the GraphQL playground', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens at /graphql with the network cut off, runs a query, and documents the schema', async () => {
    const requests: string[] = [];
    const page = await openPage(browser, `${inject('baseUrl')}/graphql`, { offline: true });
    page.on('request', (request) => requests.push(request.url()));
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain('WhoLeadsWhat');
    await expect
      .poll(
        async () => {
          await page.locator('.graphiql-execute-button').click();
          await page.waitForTimeout(500);
          return page.locator('.result-window').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain('"totalCount"');
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 20_000 }).toContain('Tasks of the roadmap, filtered');
    const outside = requests.filter((url) => !url.startsWith(inject('baseUrl')));
    expect(outside).toEqual([]);
    await page.close();
  });
});
