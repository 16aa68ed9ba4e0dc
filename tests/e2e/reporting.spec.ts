import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { gql, query } from './db.js';

async function openQuarter(browser: Browser, search: string): Promise<Page> {
  const page = await openPage(browser, `${inject('baseUrl')}/reporting?${search}`);
  const params = new URLSearchParams(search);
  await page
    .locator(`.reporting-page[data-loaded-quarter="${params.get('year')}-Q${params.get('quarter')}"][aria-busy="false"]`)
    .waitFor({ timeout: 30_000 });
  return page;
}

const form = (page: Page) => page.locator('section.report-form');
const item = (page: Page, taskId: string) => form(page).locator(`fieldset[data-task-id="${taskId}"]`);

describe('quarterly reporting', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the period the server computes and, per unit, the reports owed: the tasks of the plan with the rule, open in the data window', async () => {
    const page = await openQuarter(browser, 'year=2022&quarter=2');
    const period = await page.getByTestId('reporting-period').innerText();
    expect(period).toContain('từ 15/03/2022 đến 14/06/2022');
    expect(period).toContain('25/06/2022');
    const owed = await query<{ id: number }>(
      `select t.id from task t join plan p on p.id = t.plan_id join reporting_rule r on r.plan_id = p.id
        where t.deleted_at is null and t.kind <> 'SUMMARY' and coalesce(t.start, t.assigned_on) <= '2022-06-14'
          and (t.completed_on is null or t.completed_on >= '2022-03-15')`,
    );
    const shown = await page
      .locator('[data-testid="obligations"] tbody tr[data-task-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id')!).sort());
    expect(shown).toEqual(owed.map((row) => `Task:${row.id}`).sort());
    const units = await page
      .locator('[data-testid="obligations"] tbody[data-unit]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-unit')));
    expect(units.at(-1)).toBe('');
    await page.close();
  });

  it('refuses a report with empty notes, then records one through the form as status observations', async () => {
    const page = await openQuarter(browser, 'year=2025&quarter=4');
    await form(page).getByLabel('Đơn vị báo cáo').selectOption('TTCNTT');
    await form(page).locator('fieldset[data-task-id]').first().waitFor();
    const taskIds = await form(page)
      .locator('fieldset[data-task-id]')
      .evaluateAll((sets) => sets.map((set) => set.getAttribute('data-task-id')!));
    expect(taskIds.length).toBeGreaterThan(0);

    await form(page).getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => form(page).getByRole('alert').innerText()).toContain(`hãy sửa ${taskIds.length} lỗi`);
    expect(await item(page, taskIds[0]!).getByLabel('Ghi chú (tiếng Việt)').getAttribute('aria-invalid')).toBe('true');

    const notes = new Map(
      taskIds.map((id, i) => [id, `Quý 4/2025: đã hoàn thành ${i + 1} hạng mục, còn vướng kinh phí — báo cáo thử ${Date.now()}`]),
    );
    for (const id of taskIds) await item(page, id).getByLabel('Ghi chú (tiếng Việt)').fill(notes.get(id)!);
    const first = taskIds[0]!;
    await item(page, first).getByLabel('Tình trạng').selectOption('ON_TRACK');
    await item(page, first).getByLabel('Tiến độ (%)').fill('60');
    await form(page).getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect
      .poll(() => form(page).getByRole('status').innerText(), { timeout: 15_000 })
      .toBe(`Đã ghi nhận báo cáo Quý 4/2025 của TTCNTT về ${taskIds.length} nhiệm vụ.`);

    // The obligations refresh: each report is in, late (the due day, 25/12/2025, has passed), with what it said.
    for (const id of taskIds) {
      const row = page.locator(`[data-testid="obligations"] tr[data-task-id="${id}"]`);
      await expect.poll(() => row.getAttribute('data-state')).toBe('RECEIVED_LATE');
      expect(await row.innerText()).toContain(notes.get(id)!);
    }

    // And the database holds them as observations of the tasks, reported by TTCNTT for Q4 2025.
    const observations = await query<{
      task_id: number;
      status: string;
      progress: number | null;
      note: string;
      observed_on: string;
      submitted_on: string;
      code: string;
    }>(
      `select o.task_id, o.status, o.progress, o.note, o.observed_on, o.submitted_on, u.code from status_observation o join unit u on u.id = o.reported_by_id
        where o.report_year = 2025 and o.report_quarter = 4 and o.note like 'Quý 4/2025:%' order by o.id`,
    );
    expect(observations.map((o) => `Task:${o.task_id}`).sort()).toEqual([...taskIds].sort());
    for (const o of observations) {
      expect(o).toMatchObject({ code: 'TTCNTT', note: notes.get(`Task:${o.task_id}`), observed_on: '2025-12-14' });
      expect(o.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(observations.find((o) => `Task:${o.task_id}` === first)).toMatchObject({ status: 'ON_TRACK', progress: 60 });
    await page.close();
  });

  it('explains a conflict when a task changed meanwhile, reloads on request, keeps what was typed, and then records the report', async () => {
    const page = await openQuarter(browser, 'year=2025&quarter=4&reportUnit=KHTC');
    const fieldset = form(page).locator('fieldset[data-task-id]').first();
    await fieldset.waitFor();
    const taskId = (await fieldset.getAttribute('data-task-id'))!;
    const note = `Đã cân đối kinh phí ${Date.now()}`;
    await fieldset.getByLabel('Ghi chú (tiếng Việt)').fill(note);

    const { task } = await gql<{ task: { version: number; progress: number | null } }>(
      'query($id: ID!) { task(id: $id) { version progress } }',
      { id: taskId },
    );
    await gql('mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { id } }', {
      input: { id: taskId, version: task.version, progress: ((task.progress ?? 0) + 5) % 100 },
    });

    await form(page).getByRole('button', { name: 'Gửi báo cáo' }).click();
    const alert = form(page).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toContain('Có người vừa thay đổi một nhiệm vụ');
    await alert.getByRole('button', { name: 'Tải lại dữ liệu' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    expect(await fieldset.getByLabel('Ghi chú (tiếng Việt)').inputValue()).toBe(note);

    await form(page).getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect
      .poll(() => form(page).getByRole('status').innerText(), { timeout: 15_000 })
      .toContain('Đã ghi nhận báo cáo Quý 4/2025 của KHTC');
    const [stored] = await query<{ n: number }>(`select count(*) as n from status_observation where note = ?`, [note]);
    expect(stored!.n).toBe(1);
    await page.close();
  });
});
