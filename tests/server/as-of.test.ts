import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { dayBefore, keysWhere, numericId, ok, roadmap, serverToday, sorted, sql, taskIdByKey, type TaskData } from './helpers.js';

let server: TestServer;
let today: string;
let yesterday: string;
beforeAll(async () => {
  server = await startTestServer();
  today = await serverToday(server);
  yesterday = dayBefore(today);
});
afterAll(() => server?.close());

interface Node {
  id: string;
  key: string | null;
  status: string;
  start: string | null;
  due: string | null;
  progress: number | null;
  deleted: boolean;
}
const FIELDS = 'id key status start due progress deleted';

async function tasksAsOf(day: string, filter = ''): Promise<Node[]> {
  const data = ok(
    await server.gql<{ tasks: { nodes: Node[]; totalCount: number } }>(
      `{ tasks(first: 500, asOf: "${day}" ${filter ? `, filter: ${filter}` : ''}) { totalCount nodes { ${FIELDS} } } }`,
    ),
  );
  expect(data.tasks.totalCount).toBe(data.tasks.nodes.length);
  return data.tasks.nodes;
}
const observationsOf = (task: TaskData, day: string) =>
  roadmap.observations.filter((o) => o.task === task.key && o.observedOn <= day).sort((a, b) => a.observedOn.localeCompare(b.observedOn));

describe('the roadmap as it stood on a past day', () => {
  it('on 2013-12-31 holds only the tasks assigned by then, with the statuses then known', async () => {
    const nodes = await tasksAsOf('2013-12-31');
    const expected = keysWhere((t) => t.assignedOn <= '2013-12-31');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(roadmap.tasks.length);
    expect(sorted(nodes.map((n) => n.key))).toEqual(expected);
    for (const node of nodes) {
      const task = roadmap.tasks.find((t) => t.key === node.key)!;
      const last = observationsOf(task, '2013-12-31').at(-1);
      if (task.due.date && task.due.date < '2013-12-31') expect(node.status, `${task.key} is past due`).toBe('OVERDUE');
      else if (last?.status === 'BEHIND') expect(node.status, `${task.key} was reported behind`).toBe('AT_RISK');
      else if (task.start.date && task.start.date <= '2013-12-31') expect(node.status, `${task.key} had started`).toBe('IN_PROGRESS');
    }
    // the four projects the notice reports late: behind schedule, not yet past a deadline
    const behind = nodes.filter((n) => n.status === 'AT_RISK').map((n) => n.key);
    expect(sorted(behind)).toEqual(
      sorted(roadmap.observations.filter((o) => o.status === 'BEHIND' && o.observedOn <= '2013-12-31').map((o) => o.task)),
    );
  });

  it('on 2019-06-30 includes the plan implementing 17/NQ-CP, with the review of 13/06/2019 applied', async () => {
    const nodes = await tasksAsOf('2019-06-30');
    expect(sorted(nodes.map((n) => n.key))).toEqual(keysWhere((t) => t.assignedOn <= '2019-06-30'));
    const nq17 = roadmap.tasks.filter((t) => t.plan === 'nq17-egov-plan-2019');
    expect(nq17.length).toBeGreaterThan(0);
    for (const task of nq17) {
      const node = nodes.find((n) => n.key === task.key);
      expect(node, task.key).toBeDefined();
      const last = observationsOf(task, '2019-06-30').at(-1);
      if (last?.status === 'DONE')
        expect(node!.status, task.key).toBe(!task.due.date || last.observedOn <= task.due.date ? 'DONE_ON_TIME' : 'UNKNOWN');
      else if (last && ['IN_PROGRESS', 'ON_TRACK'].includes(last.status)) expect(node!.status, task.key).toBe('IN_PROGRESS');
      else if (task.start.date && task.start.date > '2019-06-30') expect(node!.status, task.key).toBe('PLANNED');
    }
    expect(nodes.filter((n) => n.status === 'DONE_ON_TIME').length).toBeGreaterThan(0);
    // and nothing of the 2022 plan yet
    expect(nodes.some((n) => n.key?.startsWith('dx2022-'))).toBe(false);
  });

  it('gives different answers for 2013 and 2019, and for a task seen on both days', async () => {
    const [a, b] = [await tasksAsOf('2013-12-31'), await tasksAsOf('2019-06-30')];
    expect(b.length).toBeGreaterThan(a.length);
    const key = roadmap.observations.find(
      (o) => o.status === 'BEHIND' && o.observedOn <= '2013-12-31' && !roadmap.tasks.find((t) => t.key === o.task)!.due.date,
    )!.task;
    const id = await taskIdByKey(server, key);
    const seen = ok(
      await server.gql<{ a: { status: string; statusHistory: unknown[] }; b: null }>(
        `{ a: task(id: "${id}", asOf: "2013-12-31") { status statusHistory { observedOn } } b: task(id: "${id}", asOf: "2013-01-01") { id } }`,
      ),
    );
    expect(seen.a.status).toBe('AT_RISK');
    expect(seen.a.statusHistory).toHaveLength(
      observationsOf(
        roadmap.tasks.find((t) => t.key === key)!,
        '2013-12-31',
      ).length,
    );
    expect(seen.b).toBeNull(); // not yet assigned on 2013-01-01
  });
});

describe('edits made today do not rewrite the past', () => {
  it('a task rescheduled today shows its old dates as of yesterday, and the change is dated today', async () => {
    const key = 'tb458-complete-7-criteria';
    const task = roadmap.tasks.find((t) => t.key === key)!;
    const id = await taskIdByKey(server, key);
    const { task: current } = ok(await server.gql<{ task: { version: number } }>(`{ task(id: "${id}") { version } }`));
    ok(
      await server.gql(
        `mutation { rescheduleTask(input: { id: "${id}", version: ${current.version}, start: "2014-01-06", due: "2014-03-31" }) { id } }`,
      ),
    );
    ok(await server.gql(`mutation { setTaskProgress(input: { id: "${id}", version: ${current.version + 1}, progress: 60 }) { id } }`));

    const query = `query($id: ID!, $day: LocalDate) { task(id: $id, asOf: $day) { start due progress } }`;
    expect(ok(await server.gql(query, { id, day: yesterday }))).toEqual({
      task: { start: task.start.date, due: task.due.date, progress: task.progress },
    });
    expect(ok(await server.gql(query, { id, day: '2014-02-01' }))).toEqual({
      task: { start: task.start.date, due: task.due.date, progress: task.progress },
    });
    expect(ok(await server.gql(query, { id, day: today }))).toEqual({ task: { start: '2014-01-06', due: '2014-03-31', progress: 60 } });
    expect(ok(await server.gql(query, { id }))).toEqual({ task: { start: '2014-01-06', due: '2014-03-31', progress: 60 } });

    const inList = (await tasksAsOf(yesterday)).find((n) => n.id === id)!;
    expect(inList).toMatchObject({ start: task.start.date, due: task.due.date });
    const timeline = ok(
      await server.gql<{ timeline: { id: string; due: string | null }[] }>(`{ timeline(asOf: "${yesterday}") { id due } }`),
    ).timeline;
    expect(timeline.find((row) => row.id === id)!.due).toBe(task.due.date);

    const changes = await sql<{ effective_on: string; action: string }>(
      server,
      'select effective_on, action from task_change where task_id = ? order by id',
      [numericId(id)],
    );
    expect(changes).toEqual([
      { effective_on: today, action: 'UPDATE' },
      { effective_on: today, action: 'UPDATE' },
    ]);
  });

  it('a task deleted today still appears as of yesterday, and not today', async () => {
    const id = await taskIdByKey(server, 'tb458-plan-2014');
    const { task: current } = ok(await server.gql<{ task: { version: number } }>(`{ task(id: "${id}") { version } }`));
    ok(await server.gql(`mutation { deleteTask(input: { id: "${id}", version: ${current.version} }) { id } }`));
    expect((await tasksAsOf(yesterday)).find((n) => n.id === id)).toMatchObject({ deleted: false });
    expect((await tasksAsOf(today)).some((n) => n.id === id)).toBe(false);
    expect(ok(await server.gql(`{ now: task(id: "${id}") { id } then: task(id: "${id}", asOf: "${yesterday}") { id deleted } }`))).toEqual({
      now: null,
      then: { id, deleted: false },
    });
  });

  it('a task created today did not exist yesterday, even with a start in the past', async () => {
    const { createTask } = ok(
      await server.gql<{ createTask: { id: string } }>(
        'mutation { createTask(input: { title: "Tạo hôm nay", start: "2015-01-01", due: "2015-12-31" }) { id } }',
      ),
    );
    expect((await tasksAsOf(yesterday)).some((n) => n.id === createTask.id)).toBe(false);
    expect((await tasksAsOf('2015-06-01')).some((n) => n.id === createTask.id)).toBe(false);
    expect((await tasksAsOf(today)).some((n) => n.id === createTask.id)).toBe(true);
  });

  it('taskStats as of a day counts the roadmap of that day', async () => {
    type Group = { key: { status: string | null }; count: number };
    const stats = async (day: string) =>
      ok(await server.gql<{ taskStats: Group[] }>(`{ taskStats(groupBy: [STATUS], asOf: "${day}") { key { status } count } }`)).taskStats;
    for (const day of ['2013-12-31', '2019-06-30', yesterday]) {
      const nodes = await tasksAsOf(day);
      const groups = await stats(day);
      expect(
        groups.reduce((sum, g) => sum + g.count, 0),
        day,
      ).toBe(nodes.length);
      for (const group of groups)
        expect(group.count, `${day} ${group.key.status}`).toBe(nodes.filter((n) => n.status === group.key.status).length);
    }
    const total = ok(await server.gql<{ taskStats: { count: number }[] }>('{ taskStats(asOf: "2013-12-31") { count } }')).taskStats;
    expect(total).toEqual([{ count: keysWhere((t) => t.assignedOn <= '2013-12-31').length }]);
  });
});
