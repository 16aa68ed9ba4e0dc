import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { fold, ok, roadmap, serverToday, sorted, sql, walkTasks } from './helpers.js';

/** A task as the filters see it, built from the dataset (or from what a test created), not from the API. */
interface Row {
  id: string;
  lead: string | null;
  support: string[];
  plan: string | null;
  document: string | null;
  event: string | null;
  kind: string;
  start: string | null;
  due: string | null;
  completedOn: string | null;
  progress: number | null;
  assignedOn: string;
  parent: boolean;
  text: string;
  observations: { observedOn: string; status: string }[];
}

let server: TestServer;
let today: string;
const universe: Row[] = [];

const created = [
  {
    title: 'Kiểm thử tiến độ thấp',
    titleEn: 'Progress probe low',
    kind: 'MILESTONE',
    leadUnit: 'VP',
    supportUnits: ['TTCNTT'],
    start: '2016-01-01',
    due: '2016-06-30',
    progress: 10,
  },
  {
    title: 'Kiểm thử tiến độ vừa',
    titleEn: 'Progress probe middle',
    kind: 'TASK',
    leadUnit: null,
    supportUnits: [],
    start: null,
    due: '2017-03-01',
    progress: 50,
  },
  {
    title: 'Kiểm thử tiến độ cao',
    titleEn: 'Progress probe high',
    kind: 'TASK',
    leadUnit: 'KHTC',
    supportUnits: [],
    start: '2015-05-05',
    due: null,
    progress: 90,
  },
];

beforeAll(async () => {
  server = await startTestServer();
  today = await serverToday(server);
  const ids = new Map((await sql<{ id: number; key: string }>(server, 'select id, key from task')).map((r) => [r.key, `Task:${r.id}`]));
  for (const t of roadmap.tasks) {
    universe.push({
      id: ids.get(t.key)!,
      lead: t.lead,
      support: t.support,
      plan: t.plan,
      document: t.assignedByDocument ?? null,
      event: t.assignedByEvent ?? null,
      kind: t.kind,
      start: t.start.date,
      due: t.due.date,
      completedOn: t.completedOn,
      progress: t.progress,
      assignedOn: t.assignedOn,
      parent: Boolean(t.parent),
      text: fold([t.title, t.titleEn, t.description ?? '', ...t.citations.map((c) => c.quote)].join(' ')),
      observations: roadmap.observations.filter((o) => o.task === t.key),
    });
  }
  for (const input of created) {
    const { createTask } = ok(
      await server.gql<{ createTask: { id: string; assignedOn: string } }>(
        'mutation($input: CreateTaskInput!) { createTask(input: $input) { id assignedOn } }',
        { input },
      ),
    );
    universe.push({
      id: createTask.id,
      lead: input.leadUnit,
      support: input.supportUnits,
      plan: null,
      document: null,
      event: null,
      kind: input.kind,
      start: input.start,
      due: input.due,
      completedOn: null,
      progress: input.progress,
      assignedOn: createTask.assignedOn,
      parent: false,
      text: fold(`${input.title} ${input.titleEn}`),
      observations: [],
    });
  }
});
afterAll(() => server?.close());

/** Ids the API returns for a filter (written as GraphQL input text), over every page. */
async function idsFor(filter: string): Promise<string[]> {
  return sorted((await walkTasks(server, `filter: ${filter}`, 'id', 200)).nodes.map((n) => n.id));
}
const expectedIds = (predicate: (row: Row) => boolean) => sorted(universe.filter(predicate).map((r) => r.id));

const overlaps = (r: Row, from: string | null, to: string | null) => {
  const begins = r.start ?? r.assignedOn;
  const ends = r.completedOn ?? r.due;
  return (!to || begins <= to) && (!from || ends === null || ends >= from);
};
const isOverdue = (r: Row) => {
  const last = [...r.observations].sort((a, b) => a.observedOn.localeCompare(b.observedOn)).at(-1);
  return r.due !== null && r.due < today && r.completedOn === null && !['DONE', 'CANCELLED'].includes(last?.status ?? '');
};

const cases: [string, string, (r: Row) => boolean][] = [
  ['leadUnit', '{ leadUnit: ["TTCNTT", "KHTC"] }', (r) => r.lead === 'TTCNTT' || r.lead === 'KHTC'],
  ['supportUnit', '{ supportUnit: ["TTCNTT"] }', (r) => r.support.includes('TTCNTT')],
  ['unit (lead or support)', '{ unit: ["TTCNTT"] }', (r) => r.lead === 'TTCNTT' || r.support.includes('TTCNTT')],
  ['plan', '{ plan: ["dx-plan-2022", "nq17-egov-plan-2019"] }', (r) => r.plan === 'dx-plan-2022' || r.plan === 'nq17-egov-plan-2019'],
  ['document', '{ document: ["458/TB-VP"] }', (r) => r.document === '458/TB-VP'],
  [
    'event',
    '{ event: ["review-2019-06-13-nq17", "inspection-2018-06-05-egov"] }',
    (r) => r.event === 'review-2019-06-13-nq17' || r.event === 'inspection-2018-06-05-egov',
  ],
  ['status', '{ status: [OVERDUE] }', isOverdue],
  ['kind', '{ kind: [MILESTONE, SUMMARY] }', (r) => r.kind === 'MILESTONE' || r.kind === 'SUMMARY'],
  ['progressMin', '{ progressMin: 50 }', (r) => r.progress !== null && r.progress >= 50],
  ['progressMax', '{ progressMax: 50 }', (r) => r.progress !== null && r.progress <= 50],
  [
    'progressMin and progressMax',
    '{ progressMin: 10, progressMax: 50 }',
    (r) => r.progress !== null && r.progress >= 10 && r.progress <= 50,
  ],
  ['activeFrom/activeTo overlap', '{ activeFrom: "2016-01-01", activeTo: "2016-12-31" }', (r) => overlaps(r, '2016-01-01', '2016-12-31')],
  ['activeFrom alone', '{ activeFrom: "2022-06-01" }', (r) => overlaps(r, '2022-06-01', null)],
  ['activeTo alone', '{ activeTo: "2013-12-31" }', (r) => overlaps(r, null, '2013-12-31')],
  ['dueBefore (strict)', '{ dueBefore: "2013-11-30" }', (r) => r.due !== null && r.due < '2013-11-30'],
  ['dueAfter (strict)', '{ dueAfter: "2013-11-30" }', (r) => r.due !== null && r.due > '2013-11-30'],
  ['startBefore (strict)', '{ startBefore: "2014-09-18" }', (r) => r.start !== null && r.start < '2014-09-18'],
  ['startAfter (strict)', '{ startAfter: "2014-09-18" }', (r) => r.start !== null && r.start > '2014-09-18'],
  ['has PARENT', '{ has: [PARENT] }', (r) => r.parent],
  ['has SUPPORT_UNITS and DUE', '{ has: [SUPPORT_UNITS, DUE] }', (r) => r.support.length > 0 && r.due !== null],
  ['has ASSIGNED_BY and PLAN', '{ has: [ASSIGNED_BY, PLAN] }', (r) => (r.document ?? r.event) !== null && r.plan !== null],
  ['has COMPLETED_ON', '{ has: [COMPLETED_ON] }', (r) => r.completedOn !== null],
  ['lacks LEAD_UNIT', '{ lacks: [LEAD_UNIT] }', (r) => r.lead === null],
  ['lacks START and PROGRESS', '{ lacks: [START, PROGRESS] }', (r) => r.start === null && r.progress === null],
  [
    'AND',
    '{ AND: [{ plan: ["tb458-it-tasks-2013"] }, { leadUnit: ["TTCNTT"] }, { has: [DUE] }] }',
    (r) => r.plan === 'tb458-it-tasks-2013' && r.lead === 'TTCNTT' && r.due !== null,
  ],
  ['OR', '{ OR: [{ leadUnit: ["KHCNMT"] }, { kind: [MILESTONE] }] }', (r) => r.lead === 'KHCNMT' || r.kind === 'MILESTONE'],
  ['NOT', '{ NOT: { lacks: [LEAD_UNIT] } }', (r) => r.lead !== null],
  [
    'nested OR of AND and NOT, beside a field',
    '{ has: [DUE], OR: [{ AND: [{ plan: ["dx-plan-2022"] }, { NOT: { kind: [TASK] } }] }, { NOT: { OR: [{ lacks: [LEAD_UNIT] }, { plan: ["tb458-it-tasks-2013"] }] } }] }',
    (r) => r.due !== null && ((r.plan === 'dx-plan-2022' && r.kind !== 'TASK') || !(r.lead === null || r.plan === 'tb458-it-tasks-2013')),
  ],
];

describe('TaskFilter', () => {
  it.each(cases)('%s', async (_name, filter, predicate) => {
    const expected = expectedIds(predicate);
    expect(expected.length, 'the case must select something').toBeGreaterThan(0);
    expect(expected.length, 'the case must leave something out').toBeLessThan(universe.length);
    expect(await idsFor(filter)).toEqual(expected);
  });

  it('status filter agrees with the status each task reports', async () => {
    const all = (await walkTasks(server, '', 'id status', 200)).nodes;
    for (const status of ['OVERDUE', 'IN_PROGRESS', 'DONE_ON_TIME', 'AT_RISK']) {
      expect(await idsFor(`{ status: [${status}] }`), status).toEqual(sorted(all.filter((n) => n['status'] === status).map((n) => n.id)));
    }
  });
});

describe('search', () => {
  it('ignores case and Vietnamese diacritics: three spellings of "chuyển đổi số" find the same tasks', async () => {
    const expected = expectedIds((r) => r.text.includes('chuyen doi so'));
    expect(expected.length).toBeGreaterThan(0);
    for (const spelling of ['chuyen doi so', 'CHUYỂN ĐỔI SỐ', 'chuyển đổi số', '  Chuyển   đổi SỐ ']) {
      expect(await idsFor(`{ search: ${JSON.stringify(spelling)} }`), spelling).toEqual(expected);
    }
  });

  it('finds English titles too', async () => {
    const expected = expectedIds((r) => r.text.includes('digital transformation'));
    const onlyInEnglish = roadmap.tasks.filter(
      (t) => fold(t.titleEn).includes('digital transformation') && !fold(t.title).includes('digital'),
    );
    expect(onlyInEnglish.length).toBeGreaterThan(0);
    expect(await idsFor('{ search: "Digital Transformation" }')).toEqual(expected);
    expect(await idsFor('{ search: "probe middle" }')).toEqual([universe.at(-2)!.id]);
  });

  it(
    'still finds a seeded task by its source quote after the task is edited',
    async () => {
      const quoteOnly = (t: (typeof roadmap.tasks)[number]) =>
        t.citations.map((c) => fold(c.quote)).find((q) => !fold(`${t.title} ${t.titleEn} ${t.description ?? ''}`).includes(q));
      const task = roadmap.tasks.find((t) => quoteOnly(t))!;
      const quote = quoteOnly(task)!;
      const row = universe[roadmap.tasks.indexOf(task)]!;
      const filter = `{ search: ${JSON.stringify(quote)} }`;
      expect(await idsFor(filter)).toContain(row.id);
      const { task: current } = ok(await server.gql<{ task: { version: number } }>(`{ task(id: "${row.id}") { version } }`));
      ok(await server.gql(`mutation { setTaskProgress(input: { id: "${row.id}", version: ${current.version}, progress: 20 }) { id } }`));
      expect(await idsFor(filter)).toContain(row.id);
    },
  );
});
