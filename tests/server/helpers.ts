import { expect } from 'vitest';
import { roadmap } from '../../server/src/db/dataset/roadmap.js';
import type { TaskData } from '../../server/src/db/dataset/types.js';
import type { GraphQLResult, TestServer } from './harness.js';

export { roadmap };
export type { TaskData };

/** Runs raw SQL on the test database, outside the app, so tests see what is really stored. */
export function sql<T = Record<string, unknown>>(server: TestServer, query: string, params: unknown[] = []): Promise<T[]> {
  return server
    .em()
    .getConnection()
    .execute<T[]>(query, params as never[]);
}

/** Every row of the tables a task mutation touches, to prove a refused change wrote nothing. */
export async function dumpTaskTables(server: TestServer): Promise<Record<string, unknown[]>> {
  const tables = ['task', 'task_dependency', 'task_support_units', 'status_observation', 'task_change'];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = await sql(server, `select * from ${table} order by rowid`);
  return dump;
}

/** The data of a successful response; fails the test with the errors otherwise. */
export function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data as T;
}

/** The one error of a refused request, with its code. */
export function errorOf(result: GraphQLResult): { message: string; code: string | undefined; extensions: Record<string, unknown> } {
  expect(result.errors, `expected an error, got ${JSON.stringify(result.data)}`).toHaveLength(1);
  const [error] = result.errors!;
  return { message: error!.message, code: error!.extensions?.code, extensions: error!.extensions ?? {} };
}

/**
 * Folds text for search the way the contract describes it (case and Vietnamese diacritics ignored),
 * written here independently of the server's own folding.
 */
export function fold(text: string): string {
  const plain: Record<string, string> = { đ: 'd', Đ: 'd' };
  return [...text.normalize('NFKD')]
    .filter((ch) => !/[\u0300-\u036f]/.test(ch))
    .map((ch) => plain[ch] ?? ch)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const datasetTask = (key: string): TaskData => {
  const task = roadmap.tasks.find((t) => t.key === key);
  if (!task) throw new Error(`no task ${key} in the dataset`);
  return task;
};

/** Dataset task keys matching a predicate, sorted, for set comparison. */
export const keysWhere = (predicate: (task: TaskData) => boolean): string[] =>
  roadmap.tasks
    .filter(predicate)
    .map((t) => t.key)
    .sort();

export const sorted = <T>(items: readonly T[]): T[] => [...items].sort();

export interface TaskNode {
  id: string;
  key: string | null;
  [field: string]: unknown;
}

/**
 * Walks a `tasks` connection page by page with `after`, returning every node in order and the
 * pages seen; `args` is the GraphQL argument text without `first`/`after`.
 */
export async function walkTasks(
  server: TestServer,
  args: string,
  fields = 'id key',
  pageSize = 17,
): Promise<{ nodes: TaskNode[]; pages: number; totalCount: number }> {
  const nodes: TaskNode[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const data: { tasks: { nodes: TaskNode[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = ok(
      await server.gql(
        `query($after: String) { tasks(first: ${pageSize}, after: $after ${args ? `, ${args}` : ''}) { totalCount nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      ),
    );
    pages += 1;
    totalCount = data.tasks.totalCount;
    nodes.push(...data.tasks.nodes);
    if (!data.tasks.pageInfo.hasNextPage) break;
    after = data.tasks.pageInfo.endCursor;
    if (pages > 100) throw new Error('paging does not end');
  }
  return { nodes, pages, totalCount };
}

/** The server's today, as it reports it (`viewAsOf` of a task seen with no `asOf`). */
export async function serverToday(server: TestServer): Promise<string> {
  const data = ok(await server.gql<{ tasks: { nodes: { viewAsOf: string }[] } }>('{ tasks(first: 1) { nodes { viewAsOf } } }'));
  return data.tasks.nodes[0]!.viewAsOf;
}

/** The calendar day before `day` (YYYY-MM-DD), computed with UTC arithmetic. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The global id of a seeded task, looked up by its dataset key through SQL. */
export async function taskIdByKey(server: TestServer, key: string): Promise<string> {
  const [row] = await sql<{ id: number }>(server, 'select id from task where key = ?', [key]);
  if (!row) throw new Error(`no task ${key} in the database`);
  return `Task:${row.id}`;
}

export const numericId = (globalId: string): number => Number(globalId.split(':')[1]);
