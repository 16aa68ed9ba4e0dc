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
      expect(node, task.key).toMatchObject({ title: task.title, titleEn: task.titleEn, kind: task.kind, start: task.start.date, due: task.due.date });
      expect(node['completedOn'], task.key).toBe(task.completedOn);
      expect(node['progress'], task.key).toBe(task.progress);
      expect((node['leadUnit'] as { code: string } | null)?.code ?? null, task.key).toBe(task.lead);
      expect(sorted((node['supportUnits'] as { code: string }[]).map((u) => u.code)), task.key).toEqual(sorted(task.support));
      expect((node['plan'] as { key: string }).key, task.key).toBe(task.plan);
      const citations = node['citations'] as { sourceFile: string | null; url: string | null; quote: string }[];
      expect(quotesOf(citations), task.key).toEqual(quotesOf(task.citations));
      expect(citations.every((c) => (c.sourceFile ?? c.url) !== null), task.key).toBe(true);
    }
  });

  it('gives nodes, edges with cursors, pageInfo and totalCount, and `after` walks every task exactly once', async () => {
    type Page = { tasks: { nodes: { id: string }[]; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };
    const first = ok(await server.gql<Page>('{ tasks(first: 10) { nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }')).tasks;
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
    const empty = ok(await server.gql<Page>(`{ tasks(first: 5, after: "${last.pageInfo.endCursor}") { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`)).tasks;
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
    for (const node of data.tasks.nodes) expect(node).toMatchObject({ due: '2013-11-30', leadUnit: { code: 'TTCNTT' }, assignedBy: { number: '458/TB-VP' } });
  });

  it('what a source said about status: the projects behind schedule as of September 2013', async () => {
    const behind = roadmap.observations.filter((o) => o.status === 'BEHIND' && o.observedOn === '2013-09-30');
    expect(behind.length).toBeGreaterThan(0);
    for (const observation of behind) {
      const data = ok(
        await server.gql<{ task: { statusHistory: { observedOn: string; status: string; note: string; document: { number: string } | null; citations: { quote: string }[] }[] } }>(
          `query($id: ID!) { task(id: $id) { statusHistory { observedOn status note document { number } citations { quote } } } }`,
          { id: await taskIdByKey(server, observation.task) },
        ),
      );
      const seen = data.task.statusHistory.find((h) => h.observedOn === '2013-09-30');
      expect(seen, observation.task).toMatchObject({ status: 'BEHIND', note: observation.note, document: observation.document ? { number: observation.document } : null });
      expect(quotesOf(seen!.citations)).toEqual(quotesOf(observation.citations));
    }
  });

  it('every indicator value has a date and a citation, and matches the dataset', async () => {
    const data = ok(
      await server.gql<{ indicators: { totalCount: number; nodes: { code: string; name: string; unitOfMeasure: string; values: { date: string; value: number; numerator: number | null; denominator: number | null; kind: string; citations: { quote: string }[] }[] }[] } }>(
        `{ indicators { totalCount nodes { code name unitOfMeasure values { date value numerator denominator kind citations { sourceFile url quote } } } } }`,
      ),
    );
    expect(data.indicators.totalCount).toBe(roadmap.indicators.length);
    for (const indicator of data.indicators.nodes) {
      const source = roadmap.indicators.find((i) => i.code === indicator.code)!;
      expect(indicator).toMatchObject({ name: source.name, unitOfMeasure: source.unitOfMeasure });
      const expected = [...source.values].sort((a, b) => a.date.localeCompare(b.date));
      expect(indicator.values.map(({ citations: _c, ...v }) => v)).toEqual(
        expected.map((v) => ({ date: v.date, value: v.value, numerator: v.numerator ?? null, denominator: v.denominator ?? null, kind: v.kind })),
      );
      indicator.values.forEach((value, i) => {
        expect(value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(value.citations.map((c) => c.quote)).toEqual([expected[i]!.citation.quote]);
      });
    }
  });
});

describe('the catalogs', () => {
  it('unit(code: "TTCNTT") and the units connection', async () => {
    const source = roadmap.units.find((u) => u.code === 'TTCNTT')!;
    const data = ok(await server.gql<{ unit: Record<string, unknown>; units: { totalCount: number }; none: null }>(
      `{ unit(code: "TTCNTT") { id code name nameEn kind parent { code } citations { quote } } units { totalCount } none: unit(code: "NOPE") { id } }`,
    ));
    expect(data.unit).toMatchObject({ code: 'TTCNTT', name: source.name, nameEn: source.nameEn, kind: source.kind, parent: source.parent ? { code: source.parent } : null });
    expect(quotesOf(data.unit['citations'] as { quote: string }[])).toEqual(quotesOf(source.citations));
    expect(data.units.totalCount).toBe(roadmap.units.length);
    expect(data.none).toBeNull();
  });

  it('document(number: "458/TB-VP") with what it implements and cites', async () => {
    const source = roadmap.documents.find((d) => d.number === '458/TB-VP')!;
    const data = ok(await server.gql<{ document: { number: string; kind: string; issuedOn: string | null; title: string; issuer: { code: string } | null; implements: { number: string }[]; cites: { number: string }[] } }>(
      `{ document(number: "458/TB-VP") { number kind issuedOn title issuer { code } implements { number } cites { number } } }`,
    ));
    expect(data.document).toMatchObject({ number: source.number, kind: source.kind, issuedOn: source.issuedOn, title: source.title, issuer: source.issuer ? { code: source.issuer } : null });
    expect(sorted(data.document.cites.map((d) => d.number))).toEqual(sorted(source.cites ?? []));
    expect(sorted(data.document.implements.map((d) => d.number))).toEqual(sorted(source.implements ?? []));
    const implementing = roadmap.documents.find((d) => d.implements?.length)!;
    const other = ok(await server.gql<{ document: { implements: { number: string }[] } }>(`query($n: String!) { document(number: $n) { implements { number } } }`, { n: implementing.number }));
    expect(sorted(other.document.implements.map((d) => d.number))).toEqual(sorted(implementing.implements!));
  });

  it('events, people and plans as the dataset gives them', async () => {
    const data = ok(await server.gql<{
      events: { totalCount: number; nodes: { date: string; kind: string; title: string; chair: { title: string } | null; participants: { code: string }[] }[] };
      people: { totalCount: number; nodes: { name: string | null; title: string; unit: { code: string } | null }[] };
      plans: { totalCount: number; nodes: { key: string; document: { number: string } | null; basis: { number: string }[] }[] };
    }>(`{ events(first: 500) { totalCount nodes { date kind title chair { title } participants { code } } }
          people(first: 500) { totalCount nodes { name title unit { code } } }
          plans(first: 500) { totalCount nodes { key document { number } basis { number } } } }`));
    expect(data.events.totalCount).toBe(roadmap.events.length);
    expect(data.events.nodes.map((e) => e.date)).toEqual(sorted(roadmap.events.map((e) => e.date)));
    for (const event of roadmap.events) {
      const node = data.events.nodes.find((e) => e.title === event.title)!;
      const chair = roadmap.people.find((p) => p.key === event.chair);
      expect(node, event.key).toMatchObject({ date: event.date, kind: event.kind, chair: chair ? { title: chair.title } : null });
      expect(sorted(node.participants.map((u) => u.code))).toEqual(sorted(event.participants));
    }
    expect(data.people.totalCount).toBe(roadmap.people.length);
    expect(sorted(data.people.nodes.map((p) => `${p.name}|${p.title}|${p.unit?.code ?? null}`))).toEqual(
      sorted(roadmap.people.map((p) => `${p.name}|${p.title}|${p.unit ?? null}`)),
    );
    expect(data.plans.totalCount).toBe(roadmap.plans.length);
    for (const plan of roadmap.plans) {
      const node = data.plans.nodes.find((p) => p.key === plan.key)!;
      expect(node.document?.number ?? null, plan.key).toBe(plan.document ?? null);
      expect(sorted(node.basis.map((d) => d.number))).toEqual(sorted(plan.basis));
    }
  });

  it('the reporting calendar of 2022 and the rule it comes from', async () => {
    const data = ok(await server.gql<{ reportingPeriods: unknown[]; reportingRules: { dueDay: number; plan: { key: string }; recipient: { code: string }; citations: { quote: string }[] }[] }>(
      `{ reportingPeriods(year: 2022) { year quarter start end reportDue } reportingRules { dueDay plan { key } recipient { code } citations { quote } } }`,
    ));
    // as DESIGN.md states it: Q1 15/12 of the previous year – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12, due the 25th
    expect(data.reportingPeriods).toEqual([
      { year: 2022, quarter: 1, start: '2021-12-15', end: '2022-03-14', reportDue: '2022-03-25' },
      { year: 2022, quarter: 2, start: '2022-03-15', end: '2022-06-14', reportDue: '2022-06-25' },
      { year: 2022, quarter: 3, start: '2022-06-15', end: '2022-09-14', reportDue: '2022-09-25' },
      { year: 2022, quarter: 4, start: '2022-09-15', end: '2022-12-14', reportDue: '2022-12-25' },
    ]);
    expect(data.reportingRules).toHaveLength(roadmap.reportingRules.length);
    const [rule] = roadmap.reportingRules;
    expect(data.reportingRules[0]).toMatchObject({ dueDay: rule!.dueDay, plan: { key: rule!.plan }, recipient: { code: rule!.recipient } });
    expect(quotesOf(data.reportingRules[0]!.citations)).toEqual(quotesOf(rule!.citations));
  });

  it('node(id) fetches a Task and a Unit by global id, and null for unknown ids', async () => {
    const taskId = await taskIdByKey(server, 'tb458-complete-7-criteria');
    const unitId = ok(await server.gql<{ unit: { id: string } }>('{ unit(code: "TTCNTT") { id } }')).unit.id;
    const data = ok(await server.gql<Record<string, unknown>>(
      `query($t: ID!, $u: ID!) { t: node(id: $t) { id __typename ... on Task { key } } u: node(id: $u) { id __typename ... on Unit { code } }
         missing: node(id: "Unit:999999") { id } foreign: node(id: "Nothing:1") { id } }`,
      { t: taskId, u: unitId },
    ));
    expect(data).toEqual({
      t: { id: taskId, __typename: 'Task', key: 'tb458-complete-7-criteria' },
      u: { id: unitId, __typename: 'Unit', code: 'TTCNTT' },
      missing: null,
      foreign: null,
    });
  });
});
