import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok, roadmap, sql, walkTasks } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // tasks with a progress and a completion, so those orders have values to compare, not only nulls
  for (const [title, progress, completedOn] of [
    ['Thứ tự một', 30, '2021-03-01'],
    ['Thứ tự hai', 70, null],
    ['thứ tự ba', 30, '2020-01-01'],
  ] as const) {
    ok(
      await server.gql('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
        input: { title, progress, start: '2020-01-01', due: '2021-12-31' },
      }),
    );
    if (completedOn) {
      const [row] = await sql<{ id: number; version: number }>(server, 'select id, version from task where title = ?', [title]);
      ok(
        await server.gql(
          `mutation { updateTask(input: { id: "Task:${row!.id}", version: ${row!.version}, completedOn: "${completedOn}" }) { id } }`,
        ),
      );
    }
  }
});
afterAll(() => server?.close());

const total = () => roadmap.tasks.length + 3;

describe('orderBy', () => {
  const fields = ['START', 'DUE', 'ASSIGNED_ON', 'COMPLETED_ON', 'TITLE', 'PROGRESS', 'STATUS', 'ID'] as const;
  const valueOf = (node: Record<string, unknown>, field: (typeof fields)[number], statusOrder: string[]): string | number | null => {
    const map = {
      START: 'start',
      DUE: 'due',
      ASSIGNED_ON: 'assignedOn',
      COMPLETED_ON: 'completedOn',
      TITLE: 'title',
      PROGRESS: 'progress',
    } as const;
    if (field === 'STATUS') return statusOrder.indexOf(node['status'] as string);
    if (field === 'ID') return Number(String(node['id']).split(':')[1]);
    return node[map[field]] as string | number | null;
  };
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

  it.each(fields.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => [field, direction] as const)))(
    '%s %s: nulls last, ties by id, every page in order',
    async (field, direction) => {
      const statusOrder = ok(
        await server.gql<{ __type: { enumValues: { name: string }[] } }>('{ __type(name: "TaskStatus") { enumValues { name } } }'),
      ).__type.enumValues.map((v) => v.name);
      const { nodes } = await walkTasks(
        server,
        `orderBy: [{ field: ${field}, direction: ${direction} }]`,
        'id title start due assignedOn completedOn progress status',
        9,
      );
      expect(nodes).toHaveLength(total());
      const values = nodes.map((n) => valueOf(n, field, statusOrder));
      const firstNull = values.indexOf(null);
      if (firstNull !== -1)
        expect(
          values.slice(firstNull).every((v) => v === null),
          'nulls last',
        ).toBe(true);
      for (let i = 1; i < nodes.length; i++) {
        const [a, b] = [values[i - 1]!, values[i]!];
        if (a === null || b === null) continue;
        const compared = field === 'TITLE' ? collator.compare(String(a), String(b)) : a < b ? -1 : a > b ? 1 : 0;
        const sign = direction === 'ASC' ? compared : -compared;
        expect(sign, `${nodes[i - 1]!.id} before ${nodes[i]!.id}`).toBeLessThanOrEqual(0);
        if (compared === 0)
          expect(valueOf(nodes[i - 1]!, 'ID', statusOrder)! < valueOf(nodes[i]!, 'ID', statusOrder)!, 'ties by id').toBe(true);
      }
    },
  );

  it('a cursor stays where it was when a task is inserted before it', async () => {
    const order = 'orderBy: [{ field: DUE, direction: ASC }, { field: TITLE, direction: DESC }]';
    const before = (await walkTasks(server, order, 'id', 200)).nodes.map((n) => n.id);
    const page1 = ok(
      await server.gql<{ tasks: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(
        `{ tasks(first: 10, ${order}) { nodes { id } pageInfo { endCursor } } }`,
      ),
    ).tasks;
    expect(page1.nodes.map((n) => n.id)).toEqual(before.slice(0, 10));
    const { createTask } = ok(
      await server.gql<{ createTask: { id: string } }>(
        'mutation { createTask(input: { title: "Chèn trước con trỏ", due: "2001-01-01" }) { id } }',
      ),
    );
    const page2 = ok(
      await server.gql<{ tasks: { nodes: { id: string }[] } }>(
        `query($after: String) { tasks(first: 10, after: $after, ${order}) { nodes { id } } }`,
        { after: page1.pageInfo.endCursor },
      ),
    ).tasks;
    expect(page2.nodes.map((n) => n.id)).toEqual(before.slice(10, 20));
    const fresh = ok(await server.gql<{ tasks: { nodes: { id: string }[] } }>(`{ tasks(first: 1, ${order}) { nodes { id } } }`)).tasks;
    expect(fresh.nodes[0]!.id).toBe(createTask.id);
  });
});
