import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { dumpTaskTables, errorOf, numericId, ok, sql } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const UPDATE = `mutation($input: UpdateDependencyInput!) {
  updateDependency(input: $input) { id version dependencies { id type lagDays dependsOn { id } } }
}`;

interface Linked {
  id: string;
  version: number;
  dependencyId: string;
  dependsOnId: string;
}

/** Two fresh tasks, the first depending on the second (finish-to-start, no lag). */
async function linkedPair(): Promise<Linked> {
  const create = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
  const input = { title: 'Nhiệm vụ có liên kết', start: '2021-01-01', due: '2021-06-30' };
  const a = ok(await server.gql<{ createTask: { id: string; version: number } }>(create, { input })).createTask;
  const b = ok(await server.gql<{ createTask: { id: string; version: number } }>(create, { input })).createTask;
  const added = ok(
    await server.gql<{ addDependency: { version: number; dependencies: { id: string }[] } }>(
      'mutation($input: AddDependencyInput!) { addDependency(input: $input) { version dependencies { id } } }',
      { input: { id: a.id, version: a.version, dependsOnId: b.id } },
    ),
  ).addDependency;
  return { id: a.id, version: added.version, dependencyId: added.dependencies[0]!.id, dependsOnId: b.id };
}

const stored = (dependencyId: string) => sql(server, 'select type, lag_days from task_dependency where id = ?', [numericId(dependencyId)]);
const versionOf = async (id: string) =>
  (await sql<{ version: number }>(server, 'select version from task where id = ?', [numericId(id)]))[0]!.version;

/** A refused change: the code, and not one row of the task tables changed. */
async function expectRefused(input: Record<string, unknown>, code: string): Promise<Record<string, unknown>> {
  const before = await dumpTaskTables(server);
  const error = errorOf(await server.gql(UPDATE, { input }));
  expect(error.code, error.message).toBe(code);
  expect(await dumpTaskTables(server)).toEqual(before);
  return error.extensions;
}

describe('updateDependency', () => {
  it('changes the kind and the lag, bumps the dependent task’s version and records the change', async () => {
    const link = await linkedPair();
    const changes = async () => (await sql(server, 'select id from task_change where task_id = ?', [numericId(link.id)])).length;
    const recorded = await changes();
    const task = ok(
      await server.gql<{ updateDependency: { version: number; dependencies: unknown[] } }>(UPDATE, {
        input: { id: link.id, version: link.version, dependencyId: link.dependencyId, type: 'START_TO_START', lagDays: -3 },
      }),
    ).updateDependency;
    expect(task.version).toBe(link.version + 1);
    expect(task.dependencies).toEqual([
      { id: link.dependencyId, type: 'START_TO_START', lagDays: -3, dependsOn: { id: link.dependsOnId } },
    ]);
    expect(await stored(link.dependencyId)).toEqual([{ type: 'START_TO_START', lag_days: -3 }]);
    expect(await versionOf(link.id)).toBe(link.version + 1);
    expect(await changes()).toBe(recorded + 1);
  });

  it('leaves a field that is not given as it is', async () => {
    const link = await linkedPair();
    const input = { id: link.id, dependencyId: link.dependencyId };
    ok(await server.gql(UPDATE, { input: { ...input, version: link.version, lagDays: 12 } }));
    expect(await stored(link.dependencyId)).toEqual([{ type: 'FINISH_TO_START', lag_days: 12 }]);
    ok(await server.gql(UPDATE, { input: { ...input, version: link.version + 1, type: 'FINISH_TO_FINISH' } }));
    expect(await stored(link.dependencyId)).toEqual([{ type: 'FINISH_TO_FINISH', lag_days: 12 }]);
  });

  it('fails with CONFLICT on a stale version, naming the current one, and writes nothing', async () => {
    const link = await linkedPair();
    const extensions = await expectRefused(
      { id: link.id, version: link.version - 1, dependencyId: link.dependencyId, lagDays: 5 },
      'CONFLICT',
    );
    expect(extensions['currentVersion']).toBe(link.version);
  });

  it('refuses a lag beyond the shared limit and an unknown kind with BAD_USER_INPUT', async () => {
    const link = await linkedPair();
    const input = { id: link.id, version: link.version, dependencyId: link.dependencyId };
    await expectRefused({ ...input, lagDays: 3651 }, 'BAD_USER_INPUT');
    await expectRefused({ ...input, lagDays: -3651 }, 'BAD_USER_INPUT');
    await expectRefused({ ...input, type: 'SOMETIMES' }, 'BAD_USER_INPUT');
  });

  it('fails with NOT_FOUND for a dependency of another task or one that does not exist', async () => {
    const first = await linkedPair();
    const second = await linkedPair();
    await expectRefused({ id: first.id, version: first.version, dependencyId: second.dependencyId, lagDays: 1 }, 'NOT_FOUND');
    await expectRefused({ id: first.id, version: first.version, dependencyId: 'TaskDependency:999999', lagDays: 1 }, 'NOT_FOUND');
    expect(await stored(second.dependencyId)).toEqual([{ type: 'FINISH_TO_START', lag_days: 0 }]);
  });
});
