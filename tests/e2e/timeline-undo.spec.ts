import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { addDays } from '@lotrinh/shared';
import { launchBrowser, openPage } from './browser.js';
import { gql, query } from './db.js';

/**
 * Undo and redo of the edits made beside the chart — in the side panel, and of a dependency's kind and lag
 * in the link list — in real Chromium against the real server, read back from the SQLite file.
 */

interface TaskRow {
  id: number;
  title: string;
  due: string;
  version: number;
  progress: number | null;
}

const gid = (id: number) => `Task:${id}`;
const dayMonthYear = (date: string) => date.split('-').reverse().join('/');

async function stored(id: number): Promise<TaskRow> {
  const [row] = await query<TaskRow>('select id, title, due, version, progress from task where id = ?', [id]);
  if (!row) throw new Error(`no task ${id}`);
  return row;
}

/** Plain tasks from 2016 on, with both dates, no children and no links (timeline.spec.ts moves those of 2013). */
function laterTasks(): Promise<TaskRow[]> {
  return query<TaskRow>(`
    select t.id, t.title, t.due, t.version, t.progress from task t
     where t.kind = 'TASK' and t.deleted_at is null and t.start >= '2016-01-01' and t.due is not null
       and not exists (select 1 from task c where c.parent_id = t.id)
       and not exists (select 1 from task_dependency d where d.task_id = t.id or d.depends_on_id = t.id)
     order by t.id`);
}

async function openWithTask(browser: Browser, id: string): Promise<Page> {
  const page = await openPage(browser, `${inject('baseUrl')}/timeline?zoom=year&task=${encodeURIComponent(id)}`);
  await page.setViewportSize({ width: 1600, height: 1200 });
  await page.locator(`.tl-chart .tl-bar[data-task-id="${id}"]`).waitFor({ timeout: 30_000 });
  return page;
}

const barOf = (page: Page, id: string) => page.locator(`.tl-chart .tl-bar[data-task-id="${id}"]`);
const labelOf = async (page: Page, id: string) => (await barOf(page, id).getAttribute('aria-label')) ?? '';

/** Saves the side panel's form after `fill` has changed it, and waits for "Đã lưu thay đổi.". */
async function editInPanel(page: Page, fill: (form: Locator) => Promise<void>): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Chi tiết nhiệm vụ' });
  await panel.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
  const form = panel.getByRole('form', { name: 'Sửa nhiệm vụ' });
  await fill(form);
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).isVisible(), { timeout: 10_000 }).toBe(true);
}

/** Holds the page's UpdateTask requests until released, to see what the page shows before the server answers. */
async function holdUpdates(page: Page): Promise<{ count: () => number; release: () => Promise<void> }> {
  const held: Route[] = [];
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('mutation UpdateTask')) held.push(route);
    else await route.continue();
  });
  return {
    count: () => held.length,
    release: async () => {
      for (const route of held.splice(0)) await route.continue();
      await page.unroute('**/graphql');
    },
  };
}

describe('undo and redo of the edits beside the chart', () => {
  let browser: Browser;
  let tasks: TaskRow[];
  beforeAll(async () => {
    browser = await launchBrowser();
    tasks = await laterTasks();
    expect(tasks.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(() => browser.close());

  it('undoes a side-panel edit with Ctrl+Z on the page (shown on the bar at once) and redoes it with Shift+Ctrl+Z in the timeline', async () => {
    const task = tasks[0]!;
    const id = gid(task.id);
    const edited = { title: `${task.title} (sửa trong bảng chi tiết)`, due: addDays(task.due, 45) };
    const page = await openWithTask(browser, id);
    await editInPanel(page, async (form) => {
      await form.getByLabel('Tên nhiệm vụ').fill(edited.title);
      await form.getByLabel('Hạn hoàn thành').fill(edited.due);
    });
    expect(await stored(task.id)).toMatchObject(edited);
    await expect.poll(() => labelOf(page, id)).toContain(dayMonthYear(edited.due));
    expect(await page.getByRole('button', { name: 'Hoàn tác' }).isEnabled()).toBe(true);

    // The form closed on saving, so the page itself has the focus. The bar goes back before the server answers.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const held = await holdUpdates(page);
    await page.keyboard.press('Control+z');
    await expect.poll(held.count).toBe(1);
    await expect.poll(() => labelOf(page, id)).toContain(dayMonthYear(task.due));
    expect((await stored(task.id)).due).toBe(edited.due);
    await held.release();
    await expect.poll(() => stored(task.id), { timeout: 10_000 }).toMatchObject({ title: task.title, due: task.due });
    const panel = page.getByRole('complementary', { name: 'Chi tiết nhiệm vụ' });
    await expect.poll(() => panel.getByRole('heading', { name: task.title, exact: true }).isVisible()).toBe(true);

    // In the timeline: Shift+Ctrl+Z on the task's bar applies the edit again, Ctrl+Z takes it back again.
    await barOf(page, id).focus();
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stored(task.id), { timeout: 10_000 }).toMatchObject(edited);
    await expect.poll(() => labelOf(page, id)).toContain(dayMonthYear(edited.due));
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(task.id), { timeout: 10_000 }).toMatchObject({ title: task.title, due: task.due });
    await page.close();
  });

  it('shows the conflict notice, with "Tải lại", when undoing a panel edit of a task someone else changed meanwhile', async () => {
    const task = tasks[1]!;
    const id = gid(task.id);
    const page = await openWithTask(browser, id);
    await editInPanel(page, (form) => form.getByLabel('Tiến độ (%)').fill('35'));
    expect((await stored(task.id)).progress).toBe(35);
    const current = await stored(task.id);
    await gql('mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { id } }', {
      input: { id, version: current.version, progress: 60 },
    });

    await page.keyboard.press('Control+z');
    const alert = page.getByRole('alert').filter({ hasText: 'vừa được người khác sửa' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.getAttribute('data-error-code')).toBe('CONFLICT');
    expect(await stored(task.id)).toMatchObject({ progress: 60, version: current.version + 1 });
    // The refused undo leaves the history: nothing to redo.
    expect(await page.getByRole('button', { name: 'Làm lại' }).isDisabled()).toBe(true);
    await alert.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => labelOf(page, id), { timeout: 10_000 }).toContain('tiến độ 60%');
    await page.close();
  });

  it('changes a dependency’s kind and lag in the link list: saved, the arrow redrawn, undone and redone', async () => {
    const [dependent] = await query<{ id: number }>("select id from task where key = 'nq17-items-review-2021-2025'");
    const [predecessor] = await query<{ id: number }>("select id from task where key = 'nq17-items-2019-2020'");
    const link = () =>
      query<{ type: string; lag_days: number }>('select type, lag_days from task_dependency where task_id = ? and depends_on_id = ?', [
        dependent!.id,
        predecessor!.id,
      ]);
    expect(await link()).toEqual([{ type: 'FINISH_TO_START', lag_days: 0 }]);
    const page = await openWithTask(browser, gid(dependent!.id));
    const list = page.getByRole('region', { name: /^Liên kết phụ thuộc của/ });
    const form = list.getByRole('form', { name: /^Sửa liên kết:/ });
    const lag = form.getByLabel('Độ trễ (ngày)', { exact: true });

    // Checked before anything is sent.
    await lag.fill('2.5');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    expect(await form.getByText('Độ trễ là số nguyên từ −3650 đến 3650 ngày.').isVisible()).toBe(true);
    expect(await lag.getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Kiểu', { exact: true }).selectOption('START_TO_START');
    await lag.fill('15');
    await lag.press('Enter');
    await expect.poll(link, { timeout: 10_000 }).toEqual([{ type: 'START_TO_START', lag_days: 15 }]);
    const arrow = page.locator(`path.tl-dependency[data-from="${gid(predecessor!.id)}"][data-to="${gid(dependent!.id)}"]`);
    await expect.poll(() => arrow.getAttribute('data-type'), { timeout: 10_000 }).toBe('START_TO_START');
    await expect.poll(() => list.innerText()).toContain('bắt đầu sau khi');
    expect(await list.innerText()).toContain('độ trễ 15 ngày');

    await barOf(page, gid(dependent!.id)).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(link, { timeout: 10_000 }).toEqual([{ type: 'FINISH_TO_START', lag_days: 0 }]);
    await expect.poll(() => arrow.getAttribute('data-type'), { timeout: 10_000 }).toBe('FINISH_TO_START');
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(link, { timeout: 10_000 }).toEqual([{ type: 'START_TO_START', lag_days: 15 }]);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(link, { timeout: 10_000 }).toEqual([{ type: 'FINISH_TO_START', lag_days: 0 }]);
    await page.close();
  });
});
