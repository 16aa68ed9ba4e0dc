import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Citation } from '../../server/src/modules/citations/citation.entity.js';
import { Document } from '../../server/src/modules/documents/document.entity.js';
import { Event } from '../../server/src/modules/events/event.entity.js';
import { Plan } from '../../server/src/modules/plans/plan.entity.js';
import { TaskDependency } from '../../server/src/modules/tasks/task-dependency.entity.js';
import { Task } from '../../server/src/modules/tasks/task.entity.js';
import { Unit } from '../../server/src/modules/units/unit.entity.js';
import { startTestServer, type TestServer } from './harness.js';
import { ok, sql } from './helpers.js';

const ANCHORS = 30;
const EXTRA = 520;

const TASK_FIELDS = `
  leadUnit { code } supportUnits { code } plan { key }
  dependencies { type dependsOn { id } }
  citations { quote } parent { id } assignedBy { __typename }`;
const pageQuery = (n: number) => `{ tasks(first: ${n}, orderBy: [{ field: ID, direction: DESC }]) { nodes { ${TASK_FIELDS} } } }`;
const edgesQuery = (n: number) =>
  `{ tasks(first: ${n}, orderBy: [{ field: ID, direction: DESC }]) { edges { cursor node { ${TASK_FIELDS} } } } }`;

let server: TestServer;
let timelineBefore = { cold: 0, warm: 0 };

/** Statements one request over HTTP costs. */
async function statementsFor(query: string): Promise<number> {
  server.resetQueries();
  ok(await server.gql(query));
  return server.queries.length;
}

/** Changes a task behind the app's back, so nothing the app kept from earlier requests still holds. */
async function touchData(): Promise<void> {
  await sql(server, 'update task set version = version + 1 where id = (select min(id) from task)');
}

/** Statements of a query on data just changed (cold), and of the same query again (warm). */
async function coldAndWarm(query: string): Promise<{ cold: number; warm: number }> {
  await touchData();
  const cold = await statementsFor(query);
  const warm = await statementsFor(query);
  return { cold, warm };
}

/**
 * Adds ANCHORS tasks, then EXTRA tasks in which every relation the page query reads has rows: a lead
 * and two supporting units, a plan, a citation, a document or an event, a parent among the first
 * ten anchors and two dependencies on the other anchors. Parents and dependencies point at anchors,
 * never into a page, so a page of 10 and a page of 500 need the same kinds of loads.
 */
async function addManyTasks(): Promise<void> {
  const em = server.em();
  const units = await em.find(Unit, {}, { orderBy: { id: 'asc' } });
  const plans = await em.find(Plan, {}, { orderBy: { id: 'asc' } });
  const documents = await em.find(Document, {}, { orderBy: { id: 'asc' } });
  const events = await em.find(Event, {}, { orderBy: { id: 'asc' } });
  const make = (i: number, parent: Task | null) => {
    const task = em.create(Task, {
      title: `Nhiệm vụ kiểm thử số ${i}`,
      titleEn: `Load-test task ${i}`,
      kind: 'TASK',
      plan: plans[i % plans.length]!,
      parent,
      leadUnit: units[i % units.length]!,
      supportUnits: [units[(i + 1) % units.length]!, units[(i + 2) % units.length]!],
      assignedByDocument: i % 2 === 0 ? documents[i % documents.length]! : null,
      assignedByEvent: i % 2 === 1 ? events[i % events.length]! : null,
      assignedOn: '2020-01-01',
      start: '2020-01-01',
      startKnown: 'STATED',
      due: '2021-01-01',
      dueKnown: 'STATED',
      searchText: `nhiem vu kiem thu so ${i}`,
    });
    em.create(Citation, { quote: `Trích dẫn ${i}`, sourceFile: '000_aabe5bf2301142d2.txt', task });
    return task;
  };
  const anchors = Array.from({ length: ANCHORS }, (_, k) => make(EXTRA + k, null));
  await em.flush();
  for (let i = 0; i < EXTRA; i++) {
    const task = make(i, anchors[i % 10]!);
    em.create(TaskDependency, { task, dependsOn: anchors[10 + (i % 10)]!, type: 'FINISH_TO_START', lagDays: 0 });
    em.create(TaskDependency, { task, dependsOn: anchors[20 + (i % 10)]!, type: 'START_TO_START', lagDays: 3 });
  }
  await em.flush();
}

beforeAll(async () => {
  server = await startTestServer();
  timelineBefore = await coldAndWarm('{ timeline { id } }');
  await addManyTasks();
});
afterAll(() => server?.close());

describe('SQL statements per request do not grow with the number of tasks', () => {
  it('has at least 500 tasks, each relation with rows for every new task', async () => {
    const [counts] = await sql<{ tasks: number; deps: number; support: number; citations: number }>(
      server,
      `select (select count(*) from task) as tasks, (select count(*) from task_dependency) as deps,
              (select count(*) from task_support_units) as support, (select count(*) from citation where task_id is not null) as citations`,
    );
    expect(counts!.tasks).toBeGreaterThanOrEqual(500 + 1);
    expect(counts!.deps).toBeGreaterThanOrEqual(2 * EXTRA);
    expect(counts!.support).toBeGreaterThanOrEqual(2 * EXTRA);
    expect(counts!.citations).toBeGreaterThanOrEqual(EXTRA);
  });

  it('a page of 10 and a page of 500 with every relation cost the same statements', async () => {
    const small = await coldAndWarm(pageQuery(10));
    const large = await coldAndWarm(pageQuery(500));
    const { nodes } = ok(
      await server.gql<{
        tasks: { nodes: { supportUnits: unknown[]; dependencies: { dependsOn: unknown }[]; citations: unknown[]; parent: unknown }[] };
      }>(pageQuery(500)),
    ).tasks;
    expect(nodes).toHaveLength(500);
    // the relations really were read: not a cheap page of empty lists
    expect(nodes.every((node) => node.supportUnits.length === 2 && node.citations.length === 1)).toBe(true);
    expect(nodes.every((node) => node.dependencies.length === 2 && node.dependencies.every((d) => d.dependsOn !== null))).toBe(true);
    expect(nodes.every((node) => node.parent !== null)).toBe(true);
    expect(small.cold).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });

  it('a page through `edges` costs what a page through `nodes` costs', async () => {
    expect(await coldAndWarm(edgesQuery(300))).toEqual(await coldAndWarm(pageQuery(300)));
  });

  it('timeline costs the same statements on the seeded roadmap and with 500 more tasks', async () => {
    const after = await coldAndWarm('{ timeline { id } }');
    const rows = ok(await server.gql<{ timeline: unknown[] }>('{ timeline { id dependencies { dependsOnId } } }')).timeline;
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(timelineBefore.cold).toBeGreaterThan(0);
    expect(after).toEqual(timelineBefore);
  });

  it('a filtered page and taskStats cost no more with more tasks matching', async () => {
    const few = await coldAndWarm('{ tasks(first: 5, filter: { search: "kiem thu so 1" }) { nodes { id title leadUnit { code } } } }');
    const many = await coldAndWarm('{ tasks(first: 400, filter: { search: "kiem thu" }) { nodes { id title leadUnit { code } } } }');
    expect(many).toEqual(few);
    const stats = await coldAndWarm('{ taskStats(groupBy: [LEAD_UNIT, YEAR]) { count } }');
    expect(stats.cold).toBeLessThanOrEqual(few.cold);
  });
});
