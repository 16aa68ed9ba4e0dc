import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { dumpTaskTables, errorOf, numericId, ok, serverToday, sorted, sql, taskIdByKey } from './helpers.js';

let server: TestServer;
let today: string;
beforeAll(async () => {
  server = await startTestServer();
  today = await serverToday(server);
});
afterAll(() => server?.close());

const FIELDS =
  'id version title titleEn kind start due completedOn progress deleted leadUnit { code } supportUnits { code } plan { key } dependencies { id type lagDays dependsOn { id } } statusHistory { observedOn status note progress }';

/** The input type of each mutation, as the schema names it. */
const INPUT_TYPE: Record<string, string> = {
  createTask: 'CreateTaskInput',
  updateTask: 'UpdateTaskInput',
  rescheduleTask: 'RescheduleTaskInput',
  setTaskProgress: 'SetTaskProgressInput',
  deleteTask: 'VersionedInput',
  restoreTask: 'VersionedInput',
  addDependency: 'AddDependencyInput',
  removeDependency: 'RemoveDependencyInput',
  recordStatus: 'RecordStatusInput',
};
const mutation = (name: string, fields: string) => `mutation($input: ${INPUT_TYPE[name]}!) { ${name}(input: $input) { ${fields} } }`;

async function mutate<T = Record<string, unknown>>(name: string, input: Record<string, unknown>): Promise<T> {
  return ok(await server.gql<Record<string, T>>(mutation(name, FIELDS), { input }))[name]!;
}

async function row(id: string): Promise<Record<string, unknown>> {
  const [found] = await sql(
    server,
    'select t.*, u.code as lead_code from task t left join unit u on u.id = t.lead_unit_id where t.id = ?',
    [numericId(id)],
  );
  return found!;
}
const SUPPORT_SQL = 'select u.code from task_support_units s join unit u on u.id = s.unit_id where s.task_id = ?';
const supportCodes = async (id: string) => sorted((await sql<{ code: string }>(server, SUPPORT_SQL, [numericId(id)])).map((r) => r.code));
const versionOf = async (id: string) => Number((await row(id))['version']);

/** A fresh task for each test, so tests do not depend on each other's versions. */
async function freshTask(): Promise<{ id: string; version: number }> {
  return mutate('createTask', { title: 'Nhiệm vụ thử', leadUnit: 'TTCNTT', start: '2020-01-01', due: '2020-12-31' });
}

/** Runs a mutation with a stale version: CONFLICT naming the current version, and nothing written. */
async function expectConflict(name: string, input: Record<string, unknown>): Promise<void> {
  const before = await dumpTaskTables(server);
  const result = await server.gql(mutation(name, 'id version'), { input });
  const error = errorOf(result);
  expect(error.code, error.message).toBe('CONFLICT');
  expect(error.extensions['currentVersion']).toBe(await versionOf(input['id'] as string));
  expect(result.data ?? null).toBeNull();
  expect(await dumpTaskTables(server)).toEqual(before);
}

describe('mutations return the changed task with a bumped version, and the database holds the change', () => {
  it('createTask', async () => {
    const input = {
      title: 'Xây dựng CSDL di sản',
      titleEn: 'Build the heritage database',
      kind: 'MILESTONE',
      start: '2022-06-01',
      due: '2022-11-30',
      progress: 5,
    };
    const task = await mutate<{ id: string }>('createTask', {
      ...input,
      plan: 'dx-plan-2022',
      leadUnit: 'TTCNTT',
      supportUnits: ['VP', 'KHTC'],
    });
    expect(task).toMatchObject({ ...input, version: 1, leadUnit: { code: 'TTCNTT' }, plan: { key: 'dx-plan-2022' }, deleted: false });
    const { titleEn, ...columns } = input;
    expect(await row(task.id)).toMatchObject({ ...columns, title_en: titleEn, lead_code: 'TTCNTT', version: 1, deleted_at: null });
    expect(await supportCodes(task.id)).toEqual(['KHTC', 'VP']);
    const changes = await sql(server, 'select action, effective_on from task_change where task_id = ?', [numericId(task.id)]);
    expect(changes).toEqual([{ action: 'CREATE', effective_on: today }]);
  });

  it('updateTask, and a stale version fails with CONFLICT', async () => {
    const { id, version } = await freshTask();
    const task = await mutate('updateTask', {
      id,
      version,
      title: 'Tên mới',
      titleEn: 'New name',
      supportUnits: ['TTCNTT', 'KHTC'],
      completedOn: '2020-12-15',
      progress: 100,
    });
    expect(task).toMatchObject({
      id,
      version: version + 1,
      title: 'Tên mới',
      titleEn: 'New name',
      leadUnit: { code: 'TTCNTT' },
      completedOn: '2020-12-15',
      progress: 100,
    });
    expect(sorted((task['supportUnits'] as { code: string }[]).map((u) => u.code))).toEqual(['KHTC', 'TTCNTT']);
    expect(await row(id)).toMatchObject({
      title: 'Tên mới',
      title_en: 'New name',
      lead_code: 'TTCNTT',
      completed_on: '2020-12-15',
      progress: 100,
      version: version + 1,
    });
    expect(await supportCodes(id)).toEqual(['KHTC', 'TTCNTT']);
    const cleared = await mutate('updateTask', { id, version: version + 1, leadUnit: null, supportUnits: ['VP'] });
    expect(cleared).toMatchObject({ leadUnit: null, supportUnits: [{ code: 'VP' }], title: 'Tên mới', version: version + 2 });
    expect((await row(id))['lead_unit_id']).toBeNull();
    expect(await supportCodes(id)).toEqual(['VP']);
    await expectConflict('updateTask', { id, version, title: 'Cũ' });
  });

  it(
    'updateTask with supportUnits: [] removes every supporting unit',
    async () => {
      const { id, version } = await mutate<{ id: string; version: number }>('createTask', {
        title: 'Có đơn vị phối hợp',
        supportUnits: ['VP', 'KHTC'],
      });
      expect(await mutate('updateTask', { id, version, supportUnits: [] })).toMatchObject({ supportUnits: [], version: version + 1 });
      expect(await supportCodes(id)).toEqual([]);
      expect(ok(await server.gql(`{ task(id: "${id}") { supportUnits { code } } }`))).toEqual({ task: { supportUnits: [] } });
    },
  );

  it(
    'updateTask to another lead unit returns that unit',
    async () => {
      const { id, version } = await freshTask();
      expect(await mutate('updateTask', { id, version, leadUnit: 'VP' })).toMatchObject({ version: version + 1, leadUnit: { code: 'VP' } });
      expect((await row(id))['lead_code']).toBe('VP');
    },
  );

  it('a date moved and moved back (an undo) is derived again, with its basis; while moved, the edit states it', async () => {
    const id = await taskIdByKey(server, 'nq36-plan-to-end-2014');
    const dates = 'version start due startKnown dueKnown startBasis dueBasis';
    const read = async () => ok(await server.gql<{ task: Record<string, unknown> }>(`query($id: ID!) { task(id: $id) { ${dates} } }`, { id })).task;
    const seeded = await read();
    expect(seeded).toMatchObject({ start: '2014-09-18', due: '2014-12-31', startKnown: 'DERIVED', dueKnown: 'DERIVED' });
    const resched = (input: Record<string, unknown>) =>
      server.gql<{ rescheduleTask: Record<string, unknown> }>(`mutation($input: RescheduleTaskInput!) { rescheduleTask(input: $input) { ${dates} } }`, { input });
    const moved = ok(await resched({ id, version: seeded['version'], start: '2014-09-18', due: '2015-01-31' })).rescheduleTask;
    expect(moved).toMatchObject({ startKnown: 'DERIVED', startBasis: seeded['startBasis'], dueKnown: 'STATED', dueBasis: `Set by an edit on ${today}.` });
    const back = ok(await resched({ id, version: moved['version'], start: '2014-09-18', due: '2014-12-31' })).rescheduleTask;
    expect(back).toMatchObject({ ...seeded, version: expect.any(Number) });
  });

  it('rescheduleTask, and a stale version fails with CONFLICT', async () => {
    const { id, version } = await freshTask();
    expect(await mutate('rescheduleTask', { id, version, start: '2021-02-01', due: '2021-05-31' })).toMatchObject({
      version: version + 1,
      start: '2021-02-01',
      due: '2021-05-31',
    });
    expect(await row(id)).toMatchObject({
      start: '2021-02-01',
      due: '2021-05-31',
      start_known: 'STATED',
      due_known: 'STATED',
      version: version + 1,
    });
    await expectConflict('rescheduleTask', { id, version, start: '2020-01-01', due: '2020-02-01' });
  });

  it('setTaskProgress, and a stale version fails with CONFLICT', async () => {
    const { id, version } = await freshTask();
    expect(await mutate('setTaskProgress', { id, version, progress: 45 })).toMatchObject({ version: version + 1, progress: 45 });
    expect(await row(id)).toMatchObject({ progress: 45, version: version + 1 });
    await expectConflict('setTaskProgress', { id, version, progress: 80 });
  });

  it('deleteTask is a soft delete and restoreTask brings the task back; stale versions fail', async () => {
    const { id, version } = await freshTask();
    await expectConflict('deleteTask', { id, version: version + 7 });
    expect(await mutate('deleteTask', { id, version })).toMatchObject({ id, deleted: true, version: version + 1 });
    expect((await row(id))['deleted_at']).not.toBeNull();
    expect(ok(await server.gql(`{ task(id: "${id}") { id } }`))).toEqual({ task: null });
    await expectConflict('restoreTask', { id, version });
    expect(await mutate('restoreTask', { id, version: version + 1 })).toMatchObject({ id, deleted: false, version: version + 2 });
    expect(await row(id)).toMatchObject({ deleted_at: null, version: version + 2 });
    expect(ok(await server.gql(`{ task(id: "${id}") { id } }`))).toEqual({ task: { id } });
    expect(
      (await sql<{ action: string }>(server, 'select action from task_change where task_id = ? order by id', [numericId(id)])).map(
        (c) => c.action,
      ),
    ).toEqual(['CREATE', 'DELETE', 'RESTORE']);
  });

  it(
    'addDependency links two tasks',
    async () => {
      const a = await freshTask();
      const b = await freshTask();
      const task = await mutate<{ version: number; dependencies: { type: string; lagDays: number; dependsOn: { id: string } }[] }>(
        'addDependency',
        { id: a.id, version: a.version, dependsOnId: b.id, type: 'START_TO_START', lagDays: 5 },
      );
      expect(task.version).toBe(a.version + 1);
      expect(task.dependencies).toMatchObject([{ type: 'START_TO_START', lagDays: 5, dependsOn: { id: b.id } }]);
      expect(await sql(server, 'select depends_on_id, type, lag_days from task_dependency where task_id = ?', [numericId(a.id)])).toEqual([
        { depends_on_id: numericId(b.id), type: 'START_TO_START', lag_days: 5 },
      ]);
    },
  );

  it('addDependency with a stale version fails with CONFLICT', async () => {
    const a = await freshTask();
    const b = await freshTask();
    await expectConflict('addDependency', { id: a.id, version: a.version + 1, dependsOnId: b.id });
  });

  it('removeDependency removes a seeded link; a stale version fails with CONFLICT', async () => {
    const [link] = await sql<{ id: number; task_id: number; version: number }>(
      server,
      'select d.id, d.task_id, t.version from task_dependency d join task t on t.id = d.task_id order by d.id limit 1',
    );
    expect(link).toBeDefined();
    const id = `Task:${link!.task_id}`;
    const dependencyId = `TaskDependency:${link!.id}`;
    await expectConflict('removeDependency', { id, version: link!.version + 1, dependencyId });
    const task = await mutate<{ version: number; dependencies: { id: string }[] }>('removeDependency', {
      id,
      version: link!.version,
      dependencyId,
    });
    expect(task.version).toBe(link!.version + 1);
    expect(task.dependencies.map((d) => d.id)).not.toContain(dependencyId);
    expect(await sql(server, 'select id from task_dependency where id = ?', [link!.id])).toEqual([]);
  });

  it('recordStatus adds an observation; a stale version fails with CONFLICT', async () => {
    const id = await taskIdByKey(server, 'dx2022-ttcntt-quarterly-report');
    const version = await versionOf(id);
    const task = await mutate<{ version: number; progress: number; statusHistory: unknown[] }>('recordStatus', {
      id,
      version,
      observedOn: '2022-09-14',
      status: 'BEHIND',
      progress: 30,
      note: 'Chậm báo cáo quý III',
      reportedBy: 'TTCNTT',
    });
    expect(task.version).toBe(version + 1);
    expect(task.progress).toBe(30);
    expect(task.statusHistory).toContainEqual({ observedOn: '2022-09-14', status: 'BEHIND', note: 'Chậm báo cáo quý III', progress: 30 });
    expect(
      await sql(
        server,
        'select o.observed_on, o.status, o.progress, o.note, u.code from status_observation o left join unit u on u.id = o.reported_by_id where o.task_id = ?',
        [numericId(id)],
      ),
    ).toEqual([{ observed_on: '2022-09-14', status: 'BEHIND', progress: 30, note: 'Chậm báo cáo quý III', code: 'TTCNTT' }]);
    expect(await row(id)).toMatchObject({ progress: 30, version: version + 1 });
    await expectConflict('recordStatus', { id, version, observedOn: '2022-12-14', status: 'DONE', note: 'Xong' });
  });

  it('two planners editing the same version: the first wins, the second gets CONFLICT', async () => {
    const { id, version } = await freshTask();
    const [first, second] = await Promise.all([
      server.gql(`mutation { setTaskProgress(input: { id: "${id}", version: ${version}, progress: 10 }) { version } }`),
      server.gql(`mutation { setTaskProgress(input: { id: "${id}", version: ${version}, progress: 20 }) { version } }`),
    ]);
    const results = [first, second];
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    expect(await versionOf(id)).toBe(version + 1);
  });
});
