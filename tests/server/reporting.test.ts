import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { dumpTaskTables, errorOf, ok, roadmap, sql } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

interface Obligation {
  unit: { code: string } | null;
  task: { id: string; version: number; title: string };
  state: string;
  report: { status: string; observedOn: string; submittedOn: string } | null;
}

const QUARTER = `query Q($year: Int!, $quarter: Int!) {
  quarterlyReport(year: $year, quarter: $quarter) {
    period { year quarter start end reportDue }
    obligations { unit { code } task { id version title } state report { status observedOn submittedOn } }
  }
}`;

const SUBMIT = `mutation S($input: SubmitQuarterlyReportInput!) { submitQuarterlyReport(input: $input) { id version statusHistory { status reportYear reportQuarter } } }`;

async function quarter(year: number, q: number) {
  return ok(await server.gql<{ quarterlyReport: { period: Record<string, unknown>; obligations: Obligation[] } }>(QUARTER, { year, quarter: q })).quarterlyReport;
}

describe('quarterly reporting of the 2022 plan', () => {
  const plan = roadmap.reportingRules[0]!.plan;
  const planTasks = roadmap.tasks.filter((task) => task.plan === plan && task.kind !== 'SUMMARY');

  it('gives the calendar of the quarter and the reports owed on the plan’s open tasks', async () => {
    const { period, obligations } = await quarter(2022, 3);
    expect(period).toEqual({ year: 2022, quarter: 3, start: '2022-06-15', end: '2022-09-14', reportDue: '2022-09-25' });
    expect(obligations.length).toBeGreaterThan(0);
    expect(obligations.length).toBeLessThanOrEqual(planTasks.length);
    const titles = new Set(planTasks.map((task) => task.title));
    expect(obligations.every((o) => titles.has(o.task.title))).toBe(true);
    // Nothing was submitted yet and the due day has passed: every report is missing.
    expect(new Set(obligations.map((o) => o.state))).toEqual(new Set(['MISSING']));
  });

  it('turns a submitted report into observations, all in one transaction', async () => {
    const { obligations } = await quarter(2022, 3);
    const led = obligations.find((o) => o.unit !== null)!;
    const unit = led.unit!.code;
    const result = ok(
      await server.gql<{ submitQuarterlyReport: { id: string; version: number; statusHistory: { status: string; reportYear: number | null; reportQuarter: number | null }[] }[] }>(
        SUBMIT,
        { input: { unit, year: 2022, quarter: 3, items: [{ id: led.task.id, version: led.task.version, status: 'ON_TRACK', progress: 60, note: 'Đang triển khai đúng tiến độ' }] } },
      ),
    ).submitQuarterlyReport;
    expect(result[0]).toMatchObject({ id: led.task.id, version: led.task.version + 1 });
    expect(result[0]!.statusHistory.at(-1)).toEqual({ status: 'ON_TRACK', reportYear: 2022, reportQuarter: 3 });
    const rows = await sql(server, 'select observed_on, status, progress, report_year, report_quarter, submitted_on from status_observation where task_id = ? and report_year = 2022', [Number(led.task.id.split(':')[1])]);
    expect(rows).toEqual([{ observed_on: '2022-09-14', status: 'ON_TRACK', progress: 60, report_year: 2022, report_quarter: 3, submitted_on: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) }]);
    const after = (await quarter(2022, 3)).obligations.find((o) => o.task.id === led.task.id)!;
    // Submitted today, long after 25/09/2022: received, but late.
    expect(after.state).toBe('RECEIVED_LATE');
    expect(after.report).toMatchObject({ status: 'ON_TRACK', observedOn: '2022-09-14' });
  });

  it('lets the plan’s report recipient report on a task with no lead unit, and nobody else', async () => {
    const { obligations } = await quarter(2022, 4);
    const orphan = obligations.find((o) => o.unit === null)!;
    expect(orphan, 'the 2022 plan has tasks with no lead unit').toBeDefined();
    const recipient = roadmap.reportingRules[0]!.recipient;
    const stranger = roadmap.units.find((unit) => unit.code !== recipient && unit.kind === 'MINISTRY_UNIT')!.code;
    const item = { id: orphan.task.id, version: orphan.task.version, status: 'IN_PROGRESS', note: 'Báo cáo quý IV' };
    const before = await dumpTaskTables(server);
    expect(errorOf(await server.gql(SUBMIT, { input: { unit: stranger, year: 2022, quarter: 4, items: [item] } })).code).toBe('BAD_USER_INPUT');
    expect(await dumpTaskTables(server)).toEqual(before);
    ok(await server.gql(SUBMIT, { input: { unit: recipient, year: 2022, quarter: 4, items: [item] } }));
  });

  it('writes nothing when one entry of a report is stale', async () => {
    const { obligations } = await quarter(2022, 2);
    // The recipient reports on every task with no lead unit; take two of them.
    const [first, second] = obligations.filter((o) => o.unit === null);
    if (!first || !second) throw new Error('expected two tasks with no lead unit in 2022 Q2');
    const before = await dumpTaskTables(server);
    const items = [
      { id: first.task.id, version: first.task.version, status: 'ON_TRACK', note: 'Tốt' },
      { id: second.task.id, version: second.task.version + 7, status: 'ON_TRACK', note: 'Tốt' },
    ];
    const unit = roadmap.reportingRules[0]!.recipient;
    expect(errorOf(await server.gql(SUBMIT, { input: { unit, year: 2022, quarter: 2, items } })).code).toBe('CONFLICT');
    expect(await dumpTaskTables(server)).toEqual(before);
  });

  it('refuses a quarter outside 1–4 and an empty report', async () => {
    expect(errorOf(await server.gql(QUARTER, { year: 2022, quarter: 5 })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await server.gql(SUBMIT, { input: { unit: 'TTCNTT', year: 2022, quarter: 1, items: [] } })).code).toBe('BAD_USER_INPUT');
  });
});

describe('indicator values as of a day', () => {
  it('shows a value only from the day its source made it known', async () => {
    const query = `query I($asOf: LocalDate) { indicators(first: 50) { nodes { code values(asOf: $asOf) { date knownOn kind } } } }`;
    const count = async (asOf: string | null) =>
      ok(await server.gql<{ indicators: { nodes: { values: unknown[] }[] } }>(query, { asOf })).indicators.nodes.flatMap((n) => n.values).length;
    const all = roadmap.indicators.flatMap((indicator) => indicator.values);
    expect(await count(null)).toBe(all.length);
    expect(await count('2018-06-04')).toBe(all.filter((v) => v.knownOn <= '2018-06-04').length);
    expect(await count('2019-06-30')).toBe(all.filter((v) => v.knownOn <= '2019-06-30').length);
    expect(await count('2019-06-30')).toBeGreaterThan(await count('2018-06-04'));
  });
});
