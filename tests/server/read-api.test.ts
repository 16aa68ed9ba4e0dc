import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { datasetTask, keysWhere, ok, roadmap, sorted, taskIdByKey, walkTasks } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const quotesOf = (citations: { quote: string }[]) => sorted(citations.map((c) => c.quote));

describe('tasks: the whole roadmap as a Relay connection', () => {
  it('lists every task with its lead unit, dates, plan and citations as the dataset gives them', async () => {
    const { nodes, totalCount } = await walkTasks(
      server,
      '',
      'key title titleEn kind start due completedOn progress leadUnit { code } supportUnits { code } plan { key } citations { sourceFile url quote }',
      25,
    );
    expect(totalCount).toBe(roadmap.tasks.length);
    expect(sorted(nodes.map((n) => n.key))).toEqual(keysWhere(() => true));
    for (const node of nodes) {
      const task = datasetTask(node.key!);
      expect(node, task.key).toMatchObject({
        title: task.title,
        titleEn: task.titleEn,
        kind: task.kind,
        start: task.start.date,
        due: task.due.date,
      });
      expect(node['completedOn'], task.key).toBe(task.completedOn);
      expect(node['progress'], task.key).toBe(task.progress);
      expect((node['leadUnit'] as { code: string } | null)?.code ?? null, task.key).toBe(task.lead);
      expect(sorted((node['supportUnits'] as { code: string }[]).map((u) => u.code)), task.key).toEqual(sorted(task.support));
      expect((node['plan'] as { key: string }).key, task.key).toBe(task.plan);
      const citations = node['citations'] as { sourceFile: string | null; url: string | null; quote: string }[];
      expect(quotesOf(citations), task.key).toEqual(quotesOf(task.citations));
      expect(
        citations.every((c) => (c.sourceFile ?? c.url) !== null),
        task.key,
      ).toBe(true);
    }
  });

  it('gives nodes, edges with cursors, pageInfo and totalCount, and `after` walks every task exactly once', async () => {
    type Page = {
      tasks: {
        nodes: { id: string }[];
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    };
    const first = ok(
      await server.gql<Page>(
        '{ tasks(first: 10) { nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }',
      ),
    ).tasks;
    expect(first.nodes).toHaveLength(10);
    expect(first.edges.map((e) => e.node.id)).toEqual(first.nodes.map((n) => n.id));
    expect(new Set(first.edges.map((e) => e.cursor)).size).toBe(10);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[9]!.cursor });
    expect(first.totalCount).toBe(roadmap.tasks.length);

    for (const size of [1, 7, 50, 500]) {
      const { nodes, pages } = await walkTasks(server, '', 'id', size);
      expect(nodes).toHaveLength(roadmap.tasks.length);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(roadmap.tasks.length);
      expect(pages).toBe(Math.max(1, Math.ceil(roadmap.tasks.length / size)));
    }
    const last = ok(await server.gql<Page>('{ tasks(first: 500) { pageInfo { hasNextPage endCursor } } }')).tasks;
    const empty = ok(
      await server.gql<Page>(
        `{ tasks(first: 5, after: "${last.pageInfo.endCursor}") { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`,
      ),
    ).tasks;
    expect(empty).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: roadmap.tasks.length });
  });

  it('finds one task by id, and null for an id that does not exist', async () => {
    const key = 'tb458-complete-7-criteria';
    const id = await taskIdByKey(server, key);
    const data = ok(await server.gql<{ task: { id: string; key: string; title: string } }>(`{ task(id: "${id}") { id key title } }`));
    expect(data.task).toEqual({ id, key, title: datasetTask(key).title });
    expect(ok(await server.gql(`{ task(id: "Task:999999") { id } }`))).toEqual({ task: null });
  });

  it('says what assigned a task through the Assigner union: a document, or an event', async () => {
    const query = `query($id: ID!) { task(id: $id) { assignedBy { __typename ... on Document { number } ... on Event { date title } } } }`;
    const byDocument = datasetTask('tb458-complete-7-criteria');
    const documentTask = ok(await server.gql<{ task: { assignedBy: unknown } }>(query, { id: await taskIdByKey(server, byDocument.key) }));
    expect(documentTask.task.assignedBy).toEqual({ __typename: 'Document', number: byDocument.assignedByDocument });
    const byEvent = roadmap.tasks.find((t) => t.assignedByEvent && !t.assignedByDocument)!;
    const event = roadmap.events.find((e) => e.key === byEvent.assignedByEvent)!;
    const eventTask = ok(await server.gql<{ task: { assignedBy: unknown } }>(query, { id: await taskIdByKey(server, byEvent.key) }));
    expect(eventTask.task.assignedBy).toEqual({ __typename: 'Event', date: event.date, title: event.title });
  });
});

describe('analyst questions', () => {
  it('who leads what: the TTCNTT tasks of 458/TB-VP due on 30/11/2013', async () => {
    const expected = keysWhere((t) => t.lead === 'TTCNTT' && t.assignedByDocument === '458/TB-VP' && t.due.date === '2013-11-30');
    expect(expected.length).toBeGreaterThan(0);
    const data = ok(
      await server.gql<{ tasks: { nodes: { key: string; due: string; leadUnit: { code: string }; assignedBy: { number: string } }[] } }>(
        `{ tasks(filter: { leadUnit: ["TTCNTT"], document: ["458/TB-VP"], dueAfter: "2013-11-29", dueBefore: "2013-12-01" }) {
            nodes { key due leadUnit { code } assignedBy { ... on Document { number } } } } }`,
      ),
    );
    expect(sorted(data.tasks.nodes.map((n) => n.key))).toEqual(expected);
    for (const node of data.tasks.nodes)
      expect(node).toMatchObject({ due: '2013-11-30', leadUnit: { code: 'TTCNTT' }, assignedBy: { number: '458/TB-VP' } });
  });

  it('what a source said about status: the projects behind schedule as of September 2013', async () => {
    const behind = roadmap.observations.filter((o) => o.status === 'BEHIND' && o.observedOn === '2013-09-30');
    expect(behind.length).toBeGreaterThan(0);
    for (const observation of behind) {
      const data = ok(
        await server.gql<{
          task: {
            statusHistory: {
              observedOn: string;
              status: string;
              note: string;
              document: { number: string } | null;
              citations: { quote: string }[];
            }[];
          };
        }>(`query($id: ID!) { task(id: $id) { statusHistory { observedOn status note document { number } citations { quote } } } }`, {
          id: await taskIdByKey(server, observation.task),
        }),
      );
      const seen = data.task.statusHistory.find((h) => h.observedOn === '2013-09-30');
      expect(seen, observation.task).toMatchObject({
        status: 'BEHIND',
        note: observation.note,
        document: observation.document ? { number: observation.document } : null,
      });
      expect(quotesOf(seen!.citations)).toEqual(quotesOf(observation.citations));
    }
  });
});

describe('node(id)', () => {
  it('node(id) fetches a Task and a Unit by global id, and null for unknown ids', async () => {
    const taskId = await taskIdByKey(server, 'tb458-complete-7-criteria');
    const unitId = ok(await server.gql<{ unit: { id: string } }>('{ unit(code: "TTCNTT") { id } }')).unit.id;
    const data = ok(
      await server.gql<Record<string, unknown>>(
        `query($t: ID!, $u: ID!) { t: node(id: $t) { id __typename ... on Task { key } } u: node(id: $u) { id __typename ... on Unit { code } }
         missing: node(id: "Unit:999999") { id } foreign: node(id: "Nothing:1") { id } }`,
        { t: taskId, u: unitId },
      ),
    );
    expect(data).toEqual({
      t: { id: taskId, __typename: 'Task', key: 'tb458-complete-7-criteria' },
      u: { id: unitId, __typename: 'Unit', code: 'TTCNTT' },
      missing: null,
      foreign: null,
    });
  });
});

describe('every object with an id is reachable through node(id)', () => {
  const ids = `{ document(number: "458/TB-VP") { id citations { id } }
    task(id: "__TASK__") { statusHistory { id } }
    events(first: 1) { nodes { id } } people(first: 1) { nodes { id } } plans(first: 1) { nodes { id } }
    indicators(first: 1) { nodes { id values { id } } } reportingRules { id } }`;

  it('round-trips the id of a document, citation, observation, event, person, plan, indicator, value and rule', async () => {
    const taskId = await taskIdByKey(server, 'tb458-project-cpnet');
    const text = JSON.stringify(ok(await server.gql(ids.replace('__TASK__', taskId))));
    const all = [...text.matchAll(/"id":"([A-Za-z]+:\d+)"/g)].map((m) => m[1]!);
    expect(new Set(all.map((id) => id.split(':')[0]))).toEqual(
      new Set(['Document', 'Citation', 'StatusObservation', 'Event', 'Person', 'Plan', 'Indicator', 'IndicatorValue', 'ReportingRule']),
    );
    for (const id of all) {
      const data = ok(
        await server.gql<{ node: { id: string; __typename: string } | null }>(`query($id: ID!) { node(id: $id) { id __typename } }`, {
          id,
        }),
      );
      expect(data.node, id).toEqual({ id, __typename: id.split(':')[0] });
    }
  });

  it(
    'node(id) finds a TaskDependency by the id the API gives it',
    async () => {
      const taskId = await taskIdByKey(server, 'nq17-items-review-2021-2025');
      const { task } = ok(
        await server.gql<{ task: { dependencies: { id: string }[] } }>(`{ task(id: "${taskId}") { dependencies { id } } }`),
      );
      const id = task.dependencies[0]!.id;
      expect(ok(await server.gql(`{ node(id: "${id}") { id __typename } }`))).toEqual({ node: { id, __typename: 'TaskDependency' } });
    },
  );
});
