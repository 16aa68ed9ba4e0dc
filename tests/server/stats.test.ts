import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok, roadmap, serverToday, sql, walkTasks } from './helpers.js';

interface Group {
  key: { status: string | null; leadUnit: string | null; plan: string | null; year: number | null; quarter: number | null };
  count: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  atRisk: number;
  open: number;
  unknown: number;
  onTimeRate: number | null;
}

let server: TestServer;
let today: string;
beforeAll(async () => {
  server = await startTestServer();
  today = await serverToday(server);
});
afterAll(() => server?.close());

async function stats(groupBy: string, filter?: string, asOf?: string): Promise<Group[]> {
  const args = [`groupBy: [${groupBy}]`, filter ? `filter: ${filter}` : '', asOf ? `asOf: "${asOf}"` : ''].filter(Boolean).join(', ');
  return ok(
    await server.gql<{ taskStats: Group[] }>(
      `{ taskStats(${args}) { key { status leadUnit plan year quarter } count done doneOnTime doneLate overdue atRisk open unknown onTimeRate } }`,
    ),
  ).taskStats;
}

/** Counts by a SQL expression over the tasks visible today (not deleted, already assigned), computed by the test itself. */
async function sqlCounts(keyExpression: string, where = '1 = 1', params: unknown[] = []): Promise<Record<string, number>> {
  const rows = await sql<{ k: string | number | null; n: number }>(
    server,
    `select ${keyExpression} as k, count(*) as n
       from task t left join unit u on u.id = t.lead_unit_id left join plan p on p.id = t.plan_id
      where t.deleted_at is null and t.assigned_on <= ? and ${where}
      group by k`,
    [today, ...params],
  );
  return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
}
const countsOf = (groups: Group[], keyOf: (g: Group) => unknown) => Object.fromEntries(groups.map((g) => [String(keyOf(g)), g.count]));
const COUNTED_ON = 'coalesce(t.due, t.start, t.assigned_on)';

describe('taskStats', () => {
  it('LEAD_UNIT counts equal a count made with SQL', async () => {
    const groups = await stats('LEAD_UNIT');
    const expected = await sqlCounts('u.code');
    expect(Object.keys(expected).length).toBeGreaterThan(2);
    expect(countsOf(groups, (g) => g.key.leadUnit)).toEqual(expected);
    expect(groups.every((g) => g.key.status === null && g.key.plan === null && g.key.year === null)).toBe(true);
    // and the dataset agrees about one unit
    expect(groups.find((g) => g.key.leadUnit === 'TTCNTT')!.count).toBe(roadmap.tasks.filter((t) => t.lead === 'TTCNTT').length);
  });

  it('[LEAD_UNIT, YEAR] counts equal SQL, the year being that of the due date, else start, else assignment', async () => {
    const groups = await stats('LEAD_UNIT, YEAR');
    const expected = await sqlCounts(`coalesce(u.code, 'null') || '/' || cast(substr(${COUNTED_ON}, 1, 4) as integer)`);
    expect(countsOf(groups, (g) => `${g.key.leadUnit ?? 'null'}/${g.key.year}`)).toEqual(expected);
  });

  it('[PLAN] and [QUARTER] counts equal SQL', async () => {
    expect(countsOf(await stats('PLAN'), (g) => g.key.plan)).toEqual(await sqlCounts('p.key'));
    const quarters = await stats('QUARTER');
    expect(quarters.every((g) => g.key.year !== null && g.key.quarter! >= 1 && g.key.quarter! <= 4)).toBe(true);
    const expected = await sqlCounts(`substr(${COUNTED_ON}, 1, 4) || '-Q' || ((cast(substr(${COUNTED_ON}, 6, 2) as integer) + 2) / 3)`);
    expect(countsOf(quarters, (g) => `${g.key.year}-Q${g.key.quarter}`)).toEqual(expected);
  });

  it('with a filter, counts only the matching tasks', async () => {
    const groups = await stats('LEAD_UNIT', '{ plan: ["tb458-it-tasks-2013"], has: [DUE] }');
    expect(countsOf(groups, (g) => g.key.leadUnit)).toEqual(
      await sqlCounts('u.code', 'p.key = ? and t.due is not null', ['tb458-it-tasks-2013']),
    );
    const byYear = await stats('YEAR', '{ leadUnit: ["TTCNTT"] }');
    expect(countsOf(byYear, (g) => g.key.year)).toEqual(
      await sqlCounts(`cast(substr(${COUNTED_ON}, 1, 4) as integer)`, 'u.code = ?', ['TTCNTT']),
    );
  });

  it('[STATUS] groups agree with the statuses tasks report, and each counter with its status', async () => {
    const groups = await stats('STATUS');
    const { nodes } = await walkTasks(server, '', 'id status', 200);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(nodes.length);
    const field: Record<string, keyof Group> = {
      DONE_ON_TIME: 'doneOnTime',
      DONE_LATE: 'doneLate',
      OVERDUE: 'overdue',
      AT_RISK: 'atRisk',
      UNKNOWN: 'unknown',
      PLANNED: 'open',
      IN_PROGRESS: 'open',
    };
    for (const group of groups) {
      const status = group.key.status!;
      expect(group.count, status).toBe(nodes.filter((n) => n['status'] === status).length);
      if (field[status]) expect(group[field[status]], status).toBe(group.count);
      expect(group.done, status).toBe(group.doneOnTime + group.doneLate);
    }
    // a task the sources say was completed on or before its deadline is done on time
    const doneOnTime = roadmap.tasks.filter((t) => t.completedOn && t.due.date && t.completedOn <= t.due.date);
    expect(groups.find((g) => g.key.status === 'DONE_ON_TIME')!.count).toBeGreaterThanOrEqual(doneOnTime.length);
  });

  it('one total group with no groupBy, with a consistent on-time rate', async () => {
    const [total, ...rest] = await stats('');
    expect(rest).toEqual([]);
    expect(total!.count).toBe(Object.values(await sqlCounts("'all'")).reduce((a, b) => a + b, 0));
    expect(total!.key).toEqual({ status: null, leadUnit: null, plan: null, year: null, quarter: null });
    expect(total!.done).toBeGreaterThan(0);
    expect(total!.onTimeRate).toBeCloseTo(total!.doneOnTime / total!.done, 10);
    const none = await stats('LEAD_UNIT', '{ lacks: [COMPLETED_ON], status: [OVERDUE] }');
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((g) => g.onTimeRate === null && g.done === 0)).toBe(true);
  });

  it('follows changes: a new task and a deleted one move the counts as SQL sees them', async () => {
    const before = await stats('LEAD_UNIT');
    ok(await server.gql('mutation { createTask(input: { title: "Thống kê mới", leadUnit: "TCCB", due: "2030-01-01" }) { id } }'));
    const [victim] = await sql<{ id: number; version: number }>(
      server,
      "select t.id, t.version from task t join unit u on u.id = t.lead_unit_id where u.code = 'KHCNMT' order by t.id limit 1",
    );
    ok(await server.gql(`mutation { deleteTask(input: { id: "Task:${victim!.id}", version: ${victim!.version} }) { id } }`));
    const after = await stats('LEAD_UNIT');
    const count = (groups: Group[], code: string) => groups.find((g) => g.key.leadUnit === code)?.count ?? 0;
    expect(count(after, 'TCCB')).toBe(count(before, 'TCCB') + 1);
    expect(count(after, 'KHCNMT')).toBe(count(before, 'KHCNMT') - 1);
    expect(countsOf(after, (g) => g.key.leadUnit)).toEqual(await sqlCounts('u.code'));
  });
});
