import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '@lotrinh/shared';
import { launchBrowser, openPage } from './browser.js';
import { gql, query } from './db.js';

/**
 * The planners' timeline in real Chromium against the real server: what the page shows, and what its
 * edits write, read back from the SQLite file (read-only, by plain SQL).
 */

interface TaskRow {
  id: number;
  title: string;
  start: string;
  due: string;
  version: number;
  progress: number | null;
}

const numberOf = (id: string) => Number(id.split(':')[1]);
const gid = (id: number) => `Task:${id}`;

async function taskRow(id: number): Promise<TaskRow> {
  const [row] = await query<TaskRow>('select id, title, start, due, version, progress from task where id = ?', [id]);
  if (!row) throw new Error(`no task ${id}`);
  return row;
}

/** Plain tasks of 2013 with both dates, no children and no links: safe to move, one per test. */
async function movableTasks(): Promise<TaskRow[]> {
  return query<TaskRow>(`
    select t.id, t.title, t.start, t.due, t.version, t.progress from task t
     where t.start is not null and t.due is not null and t.kind = 'TASK' and t.deleted_at is null
       and t.start < '2014-01-01'
       and not exists (select 1 from task c where c.parent_id = t.id)
       and not exists (select 1 from task_dependency d where d.task_id = t.id or d.depends_on_id = t.id)
     order by t.id`);
}

/** Opens the timeline at `search` and waits until its bars are drawn. */
async function openTimeline(browser: Browser, search = '', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await openPage(browser, `${inject('baseUrl')}/timeline${search}`);
  if (viewport) await page.setViewportSize(viewport);
  await page.locator('.tl-chart [data-task-id]').first().waitFor({ timeout: 30_000 });
  return page;
}

const bar = (page: Page, id: string) => page.locator(`.tl-chart .tl-bar[data-task-id="${id}"]`);
const axis = (page: Page) => page.getByRole('group', { name: 'Trục thời gian' });

/** Drags from the middle of a bar by `dx` pixels, with intermediate moves. */
async function dragBar(page: Page, id: string, dx: number): Promise<void> {
  const box = await bar(page, id).boundingBox();
  if (!box) throw new Error(`bar ${id} is not drawn`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1) await page.mouse.move(box.x + box.width / 2 + (dx * step) / 5, y);
  await page.mouse.up();
}

/** The accessible name of a bar, once it shows `text`. */
async function barLabel(page: Page, id: string): Promise<string> {
  return (await bar(page, id).getAttribute('aria-label')) ?? '';
}

/** The URL once scrolling has been reported (the view reports the first visible day after 250 ms of quiet). */
async function settledUrl(page: Page): Promise<string> {
  let last = '';
  for (let tries = 0; tries < 20 && last !== page.url(); tries += 1) {
    last = page.url();
    await page.waitForTimeout(400);
  }
  return page.url();
}

const viDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

describe('the timeline', () => {
  let browser: Browser;
  let tasks: TaskRow[];
  beforeAll(async () => {
    browser = await launchBrowser();
    tasks = await movableTasks();
    expect(tasks.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(() => browser.close());

  it('shows the years 2013 … 2025 on the axis, in full, at 1440 and at 1024 pixels', async () => {
    const page = await openTimeline(browser);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      for (let year = 2013; year <= 2025; year += 1) {
        const label = axis(page).getByText(String(year), { exact: true });
        await expect.poll(() => label.isVisible(), { timeout: 10_000 }).toBe(true);
        const fits = await label.evaluate((text) => {
          const cell = text.parentElement!.getBoundingClientRect();
          const box = text.getBoundingClientRect();
          return box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5;
        });
        expect(fits, `${year} at ${width}px`).toBe(true);
      }
    }
    await page.close();
  });

  it('changes the header when zooming, and remembers the zoom in the URL', async () => {
    const page = await openTimeline(browser);
    await expect.poll(() => axis(page).getByText('2019', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Xem theo tháng' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Xem theo tháng' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => axis(page).getByText(/^Tháng \d{1,2}\/20\d\d$/).count()).toBeGreaterThan(0);
    expect(page.url()).toContain('zoom=month');
    await page.getByRole('button', { name: 'Xem theo tuần' }).click();
    await expect.poll(() => axis(page).getByText(/^Tuần \d+ \(\d\d\/\d\d\)$/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Xem toàn bộ lộ trình 2013–2025 vừa màn hình' }).click();
    await expect.poll(() => axis(page).getByText('2013', { exact: true }).isVisible()).toBe(true);
    expect(page.url()).not.toContain('zoom=');
    await page.close();
  });

  it('moves a task by dragging its bar, saves the dates in the database, and undo puts them back', async () => {
    const task = tasks[0]!;
    const id = gid(task.id);
    const page = await openTimeline(browser, `?zoom=month&task=${encodeURIComponent(id)}`);
    await expect.poll(() => bar(page, id).isVisible()).toBe(true);
    // Month zoom: 5 px a day, so 50 px is 10 days.
    await dragBar(page, id, 50);
    const moved = { start: addDays(task.start, 10), due: addDays(task.due, 10) };
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(moved.start);
    expect((await taskRow(task.id)).due).toBe(moved.due);
    await expect.poll(() => barLabel(page, id)).toContain(`${viDate(moved.start)} – ${viDate(moved.due)}`);

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(task.start);
    expect((await taskRow(task.id)).due).toBe(task.due);
    await expect.poll(() => barLabel(page, id)).toContain(`${viDate(task.start)} – ${viDate(task.due)}`);

    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(moved.start);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(task.start);
    await page.close();
  });

  it('reschedules with the keyboard only: Tab to the bar, Alt+→ twice, Ctrl+Z twice', async () => {
    const task = tasks[1]!;
    const id = gid(task.id);
    const page = await openTimeline(browser, `?zoom=month&task=${encodeURIComponent(id)}`);
    await expect.poll(() => bar(page, id).getAttribute('tabindex')).toBe('0');
    await page.locator('body').focus();
    let focused: string | null = null;
    for (let presses = 0; presses < 80 && focused !== id; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-task-id') ?? null);
    }
    expect(focused).toBe(id);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(addDays(task.start, 1));
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(addDays(task.start, 2));
    expect((await taskRow(task.id)).due).toBe(addDays(task.due, 2));
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Đã lưu “/ }).count()).toBe(1);

    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await taskRow(task.id)).start, { timeout: 10_000 }).toBe(task.start);
    expect((await taskRow(task.id)).due).toBe(task.due);
    await page.close();
  });

  it('keeps the view across a reload: zoom, position, grouping, filters, search, selection', async () => {
    const id = gid(tasks[2]!.id);
    const page = await openTimeline(browser);
    await bar(page, id).click();
    await expect.poll(() => page.url()).toContain(`task=${encodeURIComponent(id)}`);
    await page.getByRole('button', { name: 'Xem theo quý' }).click();
    await page.getByRole('combobox', { name: 'Nhóm theo' }).selectOption('leadUnit');
    await page.getByRole('button', { name: /^Trạng thái:/ }).click();
    await page.getByRole('checkbox', { name: 'Quá hạn' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('báo cáo');
    await page.locator('.tl-scroller').evaluate((scroller) => (scroller.scrollLeft = 900));
    const url = await settledUrl(page);
    for (const part of ['zoom=quarter', 'start=', 'group=leadUnit', 'status=OVERDUE', 'q=b%C3%A1o+c%C3%A1o', `task=${encodeURIComponent(id)}`])
      expect(url).toContain(part);
    const scrollLeft = await page.locator('.tl-scroller').evaluate((scroller) => scroller.scrollLeft);

    await page.reload();
    await bar(page, id).waitFor();
    expect(await settledUrl(page)).toBe(url);
    await expect.poll(() => page.getByRole('button', { name: 'Xem theo quý' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Nhóm theo' }).inputValue()).toBe('leadUnit');
    expect(await page.getByRole('searchbox').inputValue()).toBe('báo cáo');
    expect(await page.getByRole('button', { name: /^Trạng thái:/ }).innerText()).toContain('Quá hạn');
    await expect.poll(() => page.getByRole('complementary', { name: 'Chi tiết nhiệm vụ' }).isVisible()).toBe(true);
    await expect.poll(() => bar(page, id).getAttribute('aria-current')).toBe('true');
    const restored = await page.locator('.tl-scroller').evaluate((scroller) => scroller.scrollLeft);
    // The URL keeps the first visible day: the position comes back to within a day (1.5 px at quarter zoom).
    expect(Math.abs(restored - scrollLeft)).toBeLessThan(2);
    await page.close();
  });

  it('shows the conflict message, with "Tải lại", when the task was changed behind the page’s back', async () => {
    const task = tasks[3]!;
    const id = gid(task.id);
    const page = await openTimeline(browser, `?zoom=month&task=${encodeURIComponent(id)}`);
    await expect.poll(() => bar(page, id).isVisible()).toBe(true);
    const before = await taskRow(task.id);
    await gql('mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { id version } }', {
      input: { id, version: before.version, progress: 15 },
    });
    await dragBar(page, id, 50);
    const alert = page.getByRole('alert').filter({ hasText: 'vừa được người khác sửa' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.getAttribute('data-error-code')).toBe('CONFLICT');
    const after = await taskRow(task.id);
    expect({ start: after.start, due: after.due, version: after.version }).toEqual({ start: before.start, due: before.due, version: before.version + 1 });
    // Rolled back on the page, then "Tải lại" shows the server's version.
    await expect.poll(() => barLabel(page, id)).toMatch(new RegExp(`${viDate(before.start)}( \\(suy ra\\))? – ${viDate(before.due)}`));
    await alert.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => barLabel(page, id)).toContain('tiến độ 15%');
    await page.close();
  });

  it('switches the interface to English', async () => {
    const task = await taskRow(tasks[0]!.id);
    const page = await openTimeline(browser, `?task=${encodeURIComponent(gid(task.id))}`);
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    for (const name of ['Zoom to years', 'Zoom to months', 'Fit the whole 2013–2025 roadmap to the screen', 'Undo', 'Add task', 'Go to today']) {
      await expect.poll(() => page.getByRole('button', { name }).isVisible(), { timeout: 10_000 }).toBe(true);
    }
    expect(await page.getByRole('button', { name: /^Lead unit:/ }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Group by' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Time axis' }).getByText('2019', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Task list' }).isVisible()).toBe(true);
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(task.start.slice(5, 7)) - 1];
    await expect.poll(() => barLabel(page, gid(task.id))).toContain(`${Number(task.start.slice(8, 10))} ${month} ${task.start.slice(0, 4)}`);
    expect(await page.getByRole('complementary', { name: 'Task details' }).isVisible()).toBe(true);
    const visibleText = (await page.getByRole('toolbar', { name: 'Timeline tools' }).innerText()) + (await page.getByRole('group', { name: 'Filters' }).innerText());
    for (const word of ['Năm', 'Hoàn tác', 'Nhóm theo', 'Đơn vị chủ trì', 'Quá hạn']) expect(visibleText).not.toContain(word);
    await page.close();
  });

  it('narrows the rows with the filters: unit, status, plan, document, date window', async () => {
    const page = await openTimeline(browser, '', { width: 1440, height: 3000 });
    const shown = async () =>
      (await page.locator('.tl-chart [data-task-id]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-task-id')!))])).sort();
    const all = await shown();

    await page.getByRole('button', { name: /^Đơn vị chủ trì/ }).click();
    await page.getByRole('checkbox', { name: /^TTCNTT —/ }).check();
    await page.keyboard.press('Escape');
    const ttcntt = (
      await query<{ id: number }>(
        "select t.id from task t join unit u on u.id = t.lead_unit_id where u.code = 'TTCNTT' and t.deleted_at is null order by t.id",
      )
    )
      .map((row) => gid(row.id))
      .sort();
    await expect.poll(shown, { timeout: 10_000 }).toEqual(ttcntt);
    expect(ttcntt.length).toBeLessThan(all.length);
    expect(page.url()).toContain('unit=TTCNTT');
    expect(await page.getByRole('status').filter({ hasText: /^Hiển thị \d+\/\d+ nhiệm vụ$/ }).innerText()).toBe(
      `Hiển thị ${ttcntt.length}/${all.length} nhiệm vụ`,
    );

    await page.getByRole('button', { name: /^Trạng thái:/ }).click();
    await page.getByRole('checkbox', { name: 'Quá hạn' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shown()).length).toBeLessThan(ttcntt.length);
    const statuses = await page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).locator('[role="row"][data-list-key] [role="cell"].tl-col--status').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Quá hạn']));

    await page.getByRole('button', { name: /^Xóa bộ lọc/ }).click();
    await expect.poll(shown).toEqual(all);

    const [plan] = await query<{ key: string; title: string; n: number }>(
      'select p.key, p.title, count(*) n from task t join plan p on p.id = t.plan_id where t.deleted_at is null group by p.id order by n desc limit 1',
    );
    await page.getByRole('combobox', { name: 'Kế hoạch', exact: true }).selectOption(plan!.key);
    await expect.poll(async () => (await shown()).length).toBe(plan!.n);
    expect(page.url()).toContain(`plan=${encodeURIComponent(plan!.key)}`);
    await page.getByRole('combobox', { name: 'Kế hoạch', exact: true }).selectOption('');

    const [document] = await query<{ number: string; n: number }>(
      'select d.number, count(*) n from task t join document d on d.id = t.assigned_by_document_id where t.deleted_at is null group by d.id order by n desc limit 1',
    );
    await page.getByRole('combobox', { name: 'Văn bản, sự kiện giao', exact: true }).selectOption(document!.number);
    await expect.poll(async () => (await shown()).length).toBe(document!.n);
    await page.getByRole('combobox', { name: 'Văn bản, sự kiện giao', exact: true }).selectOption('');

    await page.getByLabel('Từ ngày', { exact: true }).fill('2019-01-01');
    await page.getByLabel('Đến hết ngày', { exact: true }).fill('2019-12-31');
    const [window] = await query<{ n: number }>(
      "select count(*) n from task where deleted_at is null and coalesce(start, due) is not null and coalesce(due, start) >= '2019-01-01' and coalesce(start, due) <= '2019-12-31'",
    );
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(window!.n);
    expect(page.url()).toContain('from=2019-01-01');
    expect(page.url()).toContain('to=2019-12-31');
    await page.close();
  });

  it('creates a task on the timeline, draws a dependency to another bar, undoes and refuses a cycle', async () => {
    const page = await openTimeline(browser, '?zoom=year', { width: 1600, height: 1400 });
    const title = `Nhiệm vụ tạo từ dòng thời gian ${Date.now()}`;
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ mới' });
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();
    expect(await dialog.getByText('Hãy nhập tên nhiệm vụ.').isVisible()).toBe(true);
    await dialog.getByLabel('Tên nhiệm vụ').fill(title);
    await dialog.getByLabel('Ngày bắt đầu').fill('2014-03-03');
    await dialog.getByLabel('Hạn hoàn thành').fill('2014-02-01');
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();
    expect(await dialog.getByText('Hạn hoàn thành không được trước ngày bắt đầu.').isVisible()).toBe(true);
    await dialog.getByLabel('Hạn hoàn thành').fill('2014-04-30');
    await dialog.getByLabel('Đơn vị chủ trì').selectOption('TTCNTT');
    await dialog.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();

    await expect.poll(async () => (await query<{ id: number }>('select id from task where title = ?', [title])).length, { timeout: 10_000 }).toBe(1);
    const [created] = await query<{ id: number; start: string; due: string; code: string }>(
      'select t.id, t.start, t.due, u.code from task t join unit u on u.id = t.lead_unit_id where t.title = ?',
      [title],
    );
    expect(created).toMatchObject({ start: '2014-03-03', due: '2014-04-30', code: 'TTCNTT' });
    const id = gid(created!.id);
    await expect.poll(() => page.url()).toContain(`task=${encodeURIComponent(id)}`);
    await expect.poll(() => bar(page, id).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await barLabel(page, id)).toContain(`${title}, 03/03/2014 – 30/04/2014`);

    // A later task on screen, to depend on the new one.
    const from = (await bar(page, id).boundingBox())!;
    const later = await page.locator('.tl-chart .tl-bar--editable.tl-bar--bar').evaluateAll(
      (els, edge) =>
        els
          .map((el) => ({ id: el.getAttribute('data-task-id')!, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.left > edge + 40 && box.width > 12 && box.top > 300 && box.bottom < window.innerHeight - 20)
          .map(({ id }) => id),
      from.x + from.width,
    );
    const targetId = later.find((candidate) => candidate !== id)!;
    expect(targetId).toBeTruthy();
    const to = (await bar(page, targetId).boundingBox())!;
    await page.mouse.move(from.x + from.width + 7, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 20, to.y + to.height / 2, { steps: 8 });
    expect(await bar(page, targetId).getAttribute('class')).toContain('tl-bar--link-target');
    await page.mouse.up();

    const links = () =>
      query<{ type: string }>('select type from task_dependency where task_id = ? and depends_on_id = ?', [numberOf(targetId), created!.id]);
    await expect.poll(async () => (await links()).map((row) => row.type), { timeout: 10_000 }).toEqual(['FINISH_TO_START']);
    const linkList = page.getByRole('region', { name: /^Liên kết phụ thuộc của/ });
    await expect.poll(() => linkList.getByRole('button', { name: /^Xóa liên kết:/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(1);

    // Its arrow follows the bar while it is dragged, and goes back when Escape cancels.
    const arrow = page.locator(`path.tl-dependency[data-from="${id}"][data-to="${targetId}"]`);
    await expect.poll(() => arrow.count(), { timeout: 10_000 }).toBe(1);
    const drawn = await arrow.getAttribute('d');
    const box = (await bar(page, id).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 4; step += 1) await page.mouse.move(box.x + box.width / 2 + step * 10, box.y + box.height / 2);
    expect(await arrow.getAttribute('d')).not.toBe(drawn);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(await arrow.getAttribute('d')).toBe(drawn);

    // The other way round would be a cycle: refused on the page, nothing sent.
    await expect.poll(() => page.locator('.tl-dependency').count()).toBeGreaterThan(0);
    const target = (await bar(page, targetId).boundingBox())!;
    const source = (await bar(page, id).boundingBox())!;
    await page.mouse.move(target.x + target.width + 7, target.y + target.height / 2);
    await page.mouse.down();
    await page.mouse.move(source.x + 4, source.y + source.height / 2, { steps: 8 });
    await page.mouse.up();
    const alert = page.getByRole('alert').filter({ hasText: 'vòng lặp' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.getAttribute('data-error-code')).toBe('LINK_CYCLE');
    await alert.getByRole('button', { name: 'Đóng thông báo' }).click();

    // Removing it with its named button, then undoing the creation deletes the task.
    await linkList.getByRole('button', { name: /^Xóa liên kết:/ }).click();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect
      .poll(async () => (await query<{ deleted: number }>('select deleted_at is not null deleted from task where id = ?', [created!.id]))[0]?.deleted, {
        timeout: 10_000,
      })
      .toBe(1);
    await page.close();
  });

  it('shows the server’s refusal of a dependency that the page could not foresee', async () => {
    const [a, b] = tasks.slice(4, 6);
    if (!a || !b) return;
    const page = await openTimeline(browser, `?zoom=month&task=${encodeURIComponent(gid(a.id))}`, { width: 1600, height: 1400 });
    await expect.poll(() => bar(page, gid(b.id)).isVisible()).toBe(true);
    // Behind the page's back: A depends on B. On the page, B → A then looks fine, but it closes a cycle.
    const current = await taskRow(a.id);
    await gql('mutation($input: AddDependencyInput!) { addDependency(input: $input) { id } }', {
      input: { id: gid(a.id), version: current.version, dependsOnId: gid(b.id) },
    });
    const from = (await bar(page, gid(a.id)).boundingBox())!;
    const to = (await bar(page, gid(b.id)).boundingBox())!;
    await page.mouse.move(from.x + from.width + 7, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 4, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    const alert = page.getByRole('alert').filter({ hasText: 'Máy chủ không chấp nhận' });
    await expect.poll(() => alert.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await alert.innerText()).toMatch(/cycle/);
    expect(await alert.getAttribute('data-error-code')).toBe('BAD_USER_INPUT');
    const [link] = await query<{ id: number }>('select id from task_dependency where task_id = ? and depends_on_id = ?', [a.id, b.id]);
    const after = await taskRow(a.id);
    await gql('mutation($input: RemoveDependencyInput!) { removeDependency(input: $input) { id } }', {
      input: { id: gid(a.id), version: after.version, dependencyId: `TaskDependency:${link!.id}` },
    });
    await page.close();
  });
  it('edits a task in the side panel: checks the fields, saves through updateTask, offers to reload after a conflict', async () => {
    const task = tasks[6] ?? tasks[0]!;
    const id = gid(task.id);
    const page = await openTimeline(browser, `?task=${encodeURIComponent(id)}`);
    const panel = page.getByRole('complementary', { name: 'Chi tiết nhiệm vụ' });
    await panel.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    const form = panel.getByRole('form', { name: 'Sửa nhiệm vụ' });
    expect(await form.getByLabel('Tên nhiệm vụ').inputValue()).toBe(task.title);

    // Checked before anything is sent, with the limits the server uses.
    const before = await taskRow(task.id);
    await form.getByLabel('Hạn hoàn thành').fill('2013-01-02');
    await form.getByLabel('Ngày bắt đầu').fill('2013-02-01');
    await form.getByLabel('Tiến độ (%)').fill('140');
    await form.getByLabel('Tên nhiệm vụ').fill('   ');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    for (const text of ['Hãy nhập tên nhiệm vụ.', 'Hạn hoàn thành không được trước ngày bắt đầu.', 'Tiến độ là số nguyên từ 0 đến 100.'])
      expect(await form.getByText(text).isVisible()).toBe(true);
    expect(await form.getByLabel('Tiến độ (%)').getAttribute('aria-invalid')).toBe('true');
    expect((await taskRow(task.id)).version).toBe(before.version);

    await form.getByLabel('Tên nhiệm vụ').fill(`${task.title} (đã sửa)`);
    await form.getByLabel('Tên tiếng Anh').fill('Edited in the side panel');
    await form.getByLabel('Ngày bắt đầu').fill('2013-11-04');
    await form.getByLabel('Hạn hoàn thành').fill('2014-01-15');
    await form.getByLabel('Đơn vị chủ trì').selectOption('TTCNTT');
    await form.getByLabel('Tiến độ (%)').fill('45');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).isVisible(), { timeout: 10_000 }).toBe(true);
    const [saved] = await query<{ title: string; title_en: string; start: string; due: string; progress: number; code: string }>(
      'select t.title, t.title_en, t.start, t.due, t.progress, u.code from task t join unit u on u.id = t.lead_unit_id where t.id = ?',
      [task.id],
    );
    expect(saved).toEqual({ title: `${task.title} (đã sửa)`, title_en: 'Edited in the side panel', start: '2013-11-04', due: '2014-01-15', progress: 45, code: 'TTCNTT' });
    await expect.poll(() => barLabel(page, id)).toContain('04/11/2013 – 15/01/2014');

    // Someone else saves meanwhile: the panel's save is refused, and "Tải lại" brings the latest version.
    const current = await taskRow(task.id);
    await gql('mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { id } }', { input: { id, version: current.version, progress: 60 } });
    await panel.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    await form.getByLabel('Tiến độ (%)').fill('50');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('vừa được người khác sửa');
    expect(await alert.getAttribute('data-error-code')).toBe('CONFLICT');
    expect((await taskRow(task.id)).progress).toBe(60);
    await alert.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => form.getByLabel('Tiến độ (%)').inputValue(), { timeout: 10_000 }).toBe('60');
    expect(await form.getByRole('alert').count()).toBe(0);
    // The citations and the status history are still there.
    expect(await panel.getByRole('heading', { name: 'Nguồn trích dẫn' }).isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { name: 'Lịch sử trạng thái' }).isVisible()).toBe(true);
    await page.close();
  });

  it('links two tasks with the keyboard (L on one, L on the other), and L again unlinks them', async () => {
    const [a, b] = tasks.slice(7, 9);
    if (!a || !b) return;
    const page = await openTimeline(browser, `?zoom=month&task=${encodeURIComponent(gid(a.id))}`, { width: 1600, height: 1400 });
    await bar(page, gid(a.id)).focus();
    await page.keyboard.press('l');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Đang nối từ/ }).isVisible()).toBe(true);
    await bar(page, gid(b.id)).focus();
    await page.keyboard.press('l');
    const links = () => query<{ type: string }>('select type from task_dependency where task_id = ? and depends_on_id = ?', [b.id, a.id]);
    await expect.poll(async () => (await links()).map((row) => row.type), { timeout: 10_000 }).toEqual(['FINISH_TO_START']);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Đã nối phụ thuộc/ }).count()).toBe(1);
    await bar(page, gid(a.id)).focus();
    await page.keyboard.press('l');
    await bar(page, gid(b.id)).focus();
    await page.keyboard.press('l');
    await expect.poll(async () => (await links()).length, { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('opens the new-task form on a double-click on empty chart space, starting that day', async () => {
    // Only the 2013 tasks, the view scrolled to 1 Jan 2016 at month zoom (5 px a day): the first row is empty there.
    const page = await openTimeline(browser, '?zoom=month&start=2016-01-01&from=2013-01-01&to=2013-12-31');
    const listRight = await page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).evaluate((el) => el.getBoundingClientRect().right);
    const chart = (await page.getByRole('group', { name: 'Biểu đồ Gantt' }).boundingBox())!;
    await page.mouse.dblclick(listRight + 102, chart.y + 16);
    const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ mới' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Ngày bắt đầu').inputValue()).toBe('2016-01-21');
    expect(await dialog.getByLabel('Hạn hoàn thành').inputValue()).toBe('2016-02-19');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});

/**
 * Counts React's commits, and the task bars that rendered in each, through the hook React DevTools uses
 * (React calls it on every commit, production builds included). A bar rendered in a commit when its fiber
 * is not one of the previous commit's (a bailed-out subtree keeps its fibers) and did work (PerformedWork).
 */
function installRenderCounter(): void {
  const counts = { commits: 0, bars: 0, rows: 0 };
  (window as unknown as { __renders: typeof counts }).__renders = counts;
  interface Fiber {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    stateNode: unknown;
  }
  let previous = new Set<Fiber>();
  const FUNCTION_TAGS = new Set([0, 11, 14, 15]);
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      counts.commits += 1;
      const current = new Set<Fiber>();
      const stack: Fiber[] = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop()!;
        current.add(fiber);
        const host = fiber.child?.stateNode;
        if (!previous.has(fiber) && (fiber.flags & 1) === 1 && FUNCTION_TAGS.has(fiber.tag) && host instanceof Element) {
          if (host.classList.contains('tl-bar')) counts.bars += 1;
          if (host.classList.contains('tl-list-row')) counts.rows += 1;
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      previous = current;
    },
  };
}

describe('renders per interaction (STYLE rule 11)', () => {
  let browser: Browser;
  let page: Page;
  const renders = () => page.evaluate(() => ({ ...(window as unknown as { __renders: { commits: number; bars: number; rows: number } }).__renders }));
  const reset = () => page.evaluate(() => Object.assign((window as unknown as { __renders: object }).__renders, { commits: 0, bars: 0, rows: 0 }));

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    await context.addInitScript(installRenderCounter);
    page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/timeline?zoom=month&start=2013-10-01`);
    await page.locator('.tl-chart [data-task-id]').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
  });
  afterAll(() => browser.close());

  it('counts commits at all (the hook is in place)', async () => {
    expect((await renders()).commits).toBeGreaterThan(0);
  });

  it('renders nothing while a bar is dragged or when Escape cancels it, and only the dropped bar on release', async () => {
    const id = await page.locator('.tl-chart .tl-bar--editable.tl-bar--bar').nth(2).getAttribute('data-task-id');
    const box = (await bar(page, id!).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await reset();
    for (let step = 1; step <= 12; step += 1) await page.mouse.move(box.x + box.width / 2 + step * 5, y);
    expect(await renders()).toEqual({ commits: 0, bars: 0, rows: 0 });
    // Escape cancels without a render either; the bar is back where it was.
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(await renders()).toEqual({ commits: 0, bars: 0, rows: 0 });
    expect(await bar(page, id!).evaluate((el) => el.style.translate)).toBe('');

    // Dropped: the optimistic move renders that one bar (and its row in the list). The save is held back and
    // then refused here, so what the server sends later cannot blur the count, and nothing is written.
    let held: (() => Promise<void>) | null = null;
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('RescheduleTask')) held = () => route.abort('failed');
      else await route.continue();
    });
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step += 1) await page.mouse.move(box.x + box.width / 2 + step * 5, y);
    await reset();
    await page.mouse.up();
    await expect.poll(() => held !== null).toBe(true);
    const dropped = await renders();
    expect(dropped.bars).toBe(1);
    expect(dropped.rows).toBe(1);
    expect(dropped.commits).toBeLessThanOrEqual(2);
    await held!();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'NETWORK_ERROR' }).isVisible()).toBe(true);
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Đóng thông báo' }).click();
  });

  it('renders two bars when the keyboard moves to the next row; scrolling renders only the rows it brings in', async () => {
    const bars = page.locator('.tl-chart .tl-bar[data-task-id]');
    await bars.nth(3).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    await reset();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    const moved = await renders();
    expect(moved.bars).toBe(2);
    expect(moved.rows).toBe(0);
    expect(moved.commits).toBeLessThanOrEqual(2);

    // The window is quantised to 8 rows: one row down renders at most the 8 rows that come in, in one commit…
    await page.locator('.tl-scroller').evaluate((scroller) => (scroller.scrollTop = 0));
    await page.waitForTimeout(300);
    await reset();
    await page.locator('.tl-scroller').evaluate((scroller) => (scroller.scrollTop = 32));
    await page.waitForTimeout(300);
    const scrolled = await renders();
    expect(scrolled.commits).toBeLessThanOrEqual(1);
    expect(scrolled.rows).toBeLessThanOrEqual(8);
    expect(scrolled.bars).toBeLessThanOrEqual(8);
    // …and a few pixels more render nothing at all.
    await reset();
    for (let px = 36; px <= 48; px += 4) await page.locator('.tl-scroller').evaluate((scroller, top) => (scroller.scrollTop = top), px);
    await page.waitForTimeout(300);
    expect(await renders()).toEqual({ commits: 0, bars: 0, rows: 0 });
  });
});
