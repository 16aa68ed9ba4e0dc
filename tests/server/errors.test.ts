import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResult, type TestServer } from './harness.js';
import { dumpTaskTables, ok } from './helpers.js';

let server: TestServer;
let a: { id: string; version: number };
let b: { id: string; version: number };
/** Every error body the server sent, checked at the end for stack traces. */
const errorBodies: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const create = async (title: string) =>
    ok(
      await server.gql<{ createTask: { id: string; version: number } }>(
        `mutation { createTask(input: { title: "${title}", start: "2020-01-01", due: "2020-06-30" }) { id version } }`,
      ),
    ).createTask;
  a = await create('Nhiệm vụ A');
  b = await create('Nhiệm vụ B');
});
afterAll(() => server?.close());

/** Sends a request that must be refused: the error code, and not one row changed in the task tables. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown> | undefined,
  code: string,
  status?: number,
): Promise<{ message: string; extensions: Record<string, unknown> }> {
  const before = await dumpTaskTables(server);
  const result: GraphQLResult = await server.gql(query, variables);
  errorBodies.push(JSON.stringify(result));
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  const [error] = result.errors!;
  expect(error!.extensions?.code, error!.message).toBe(code);
  if (status !== undefined) expect(result.status).toBe(status);
  expect(await dumpTaskTables(server)).toEqual(before);
  return { message: error!.message, extensions: error!.extensions ?? {} };
}
const progress = (input: string) => `mutation { setTaskProgress(input: ${input}) { id version progress } }`;

describe('bad input: a clear coded error, and the database unchanged', () => {
  it('wrong types, in the query text or in variables', async () => {
    const literal = await expectRefused(
      progress(`{ id: "${a.id}", version: ${a.version}, progress: "abc" }`),
      undefined,
      'GRAPHQL_VALIDATION_FAILED',
      400,
    );
    expect(literal.message).toMatch(/Int/);
    const variable = await expectRefused(
      'mutation($p: Int!) { setTaskProgress(input: { id: "x", version: 1, progress: $p }) { id } }',
      { p: 'abc' },
      'BAD_USER_INPUT',
      400,
    );
    expect(variable.message).toMatch(/\$p/);
    await expectRefused('query($d: LocalDate) { tasks(asOf: $d) { totalCount } }', { d: '2019-02-29' }, 'BAD_USER_INPUT', 400);
  });

  it('unknown ids are NOT_FOUND', async () => {
    expect((await expectRefused(progress('{ id: "Task:999999", version: 1, progress: 10 }'), undefined, 'NOT_FOUND')).message).toContain(
      'Task:999999',
    );
    await expectRefused('mutation { createTask(input: { title: "x", leadUnit: "NOPE" }) { id } }', undefined, 'NOT_FOUND');
    await expectRefused('mutation { createTask(input: { title: "x", plan: "no-such-plan" }) { id } }', undefined, 'NOT_FOUND');
    await expectRefused(
      `mutation { removeDependency(input: { id: "${a.id}", version: ${a.version}, dependencyId: "TaskDependency:999999" }) { id } }`,
      undefined,
      'NOT_FOUND',
    );
    await expectRefused(`mutation { restoreTask(input: { id: "${a.id}", version: ${a.version} }) { id } }`, undefined, 'NOT_FOUND');
  });

  it('malformed ids are BAD_USER_INPUT', async () => {
    expect((await expectRefused('{ task(id: "Task:abc") { id } }', undefined, 'BAD_USER_INPUT')).message).toContain('Task:abc');
    await expectRefused(progress('{ id: "Unit:3", version: 1, progress: 10 }'), undefined, 'BAD_USER_INPUT');
    await expectRefused(
      `mutation { addDependency(input: { id: "${a.id}", version: ${a.version}, dependsOnId: "nonsense" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
  });

  it('an end before the start, a date outside the roadmap, a progress of 140 are BAD_USER_INPUT', async () => {
    const reschedule = await expectRefused(
      `mutation { rescheduleTask(input: { id: "${a.id}", version: ${a.version}, start: "2020-05-01", due: "2020-04-30" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
    expect(reschedule.message).toMatch(/2020-04-30.*before.*2020-05-01/);
    await expectRefused(
      `mutation { updateTask(input: { id: "${a.id}", version: ${a.version}, due: "2019-12-31" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
    await expectRefused(
      'mutation { createTask(input: { title: "x", start: "2021-01-02", due: "2021-01-01" }) { id } }',
      undefined,
      'BAD_USER_INPUT',
    );
    await expectRefused('mutation { createTask(input: { title: "x", start: "1990-01-01" }) { id } }', undefined, 'BAD_USER_INPUT');
    const tooMuch = await expectRefused(progress(`{ id: "${a.id}", version: ${a.version}, progress: 140 }`), undefined, 'BAD_USER_INPUT');
    expect(tooMuch.message).toMatch(/progress.*100/);
    await expectRefused(progress(`{ id: "${a.id}", version: ${a.version}, progress: -1 }`), undefined, 'BAD_USER_INPUT');
    await expectRefused('mutation { createTask(input: { title: "" }) { id } }', undefined, 'BAD_USER_INPUT');
    await expectRefused(`mutation { createTask(input: { title: "${'x'.repeat(501)}" }) { id } }`, undefined, 'BAD_USER_INPUT');
    await expectRefused(
      `mutation { recordStatus(input: { id: "${a.id}", version: ${a.version}, observedOn: "2035-01-01", status: DONE, note: "tương lai" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
  });

  it('a task cannot depend on itself', async () => {
    const self = await expectRefused(
      `mutation { addDependency(input: { id: "${a.id}", version: ${a.version}, dependsOnId: "${a.id}" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
    expect(self.message).toMatch(/itself/);
  });

  it('a dependency cycle (A→B, then B→A) is BAD_USER_INPUT', async () => {
    ok(await server.gql(`mutation { addDependency(input: { id: "${a.id}", version: ${a.version}, dependsOnId: "${b.id}" }) { id } }`));
    const cycle = await expectRefused(
      `mutation { addDependency(input: { id: "${b.id}", version: ${b.version}, dependsOnId: "${a.id}" }) { id } }`,
      undefined,
      'BAD_USER_INPUT',
    );
    expect(cycle.message).toMatch(/cycle/);
  });

  it('a stale version is CONFLICT', async () => {
    const { task } = ok(await server.gql<{ task: { version: number } }>(`{ task(id: "${a.id}") { version } }`));
    const stale = await expectRefused(progress(`{ id: "${a.id}", version: ${task.version + 5}, progress: 10 }`), undefined, 'CONFLICT');
    expect(stale.extensions['currentVersion']).toBe(task.version);
  });

  it('a cursor the API did not give out is BAD_USER_INPUT', async () => {
    await expectRefused('{ tasks(after: "garbage") { totalCount } }', undefined, 'BAD_USER_INPUT');
  });

  it(
    'an out-of-range filter value is BAD_USER_INPUT',
    async () => {
      await expectRefused('{ tasks(filter: { progressMin: 140 }) { totalCount } }', undefined, 'BAD_USER_INPUT');
      await expectRefused('{ tasks(filter: { AND: [{ progressMax: -5 }] }) { totalCount } }', undefined, 'BAD_USER_INPUT');
    },
  );
});

describe('limits', () => {
  it('a page size of 10000 is BAD_USER_INPUT naming the maximum of 500', async () => {
    for (const query of [
      '{ tasks(first: 10000) { totalCount } }',
      '{ tasks(first: 10000) { nodes { id } } }',
      '{ units(first: 10000) { totalCount } }',
    ]) {
      expect((await expectRefused(query, undefined, 'BAD_USER_INPUT')).message, query).toMatch(/500/);
    }
  });

  const deep = `{ task(id: "Task:1") { ${'parent { '.repeat(29)}id${' }'.repeat(29)} } }`;
  it('a query nested 30 deep is QUERY_TOO_COMPLEX with 400, naming the limit and the depth', async () => {
    const error = await expectRefused(deep, undefined, 'QUERY_TOO_COMPLEX', 400);
    expect(error.message).toMatch(/depth 31\b.*limit of 12\b/);
    expect(error.extensions).toMatchObject({ limit: 12, depth: 31 });
  });

  const costly = '{ tasks(first: 500) { nodes { id dependencies { dependsOn { dependencies { dependsOn { id title start due } } } } } } }';
  it('an over-cost query is QUERY_TOO_COMPLEX naming its cost and the limit', async () => {
    const error = await expectRefused(costly, undefined, 'QUERY_TOO_COMPLEX');
    const cost = Number(/cost (\d+) exceeds the limit of 50000/.exec(error.message)?.[1]);
    expect(cost).toBeGreaterThan(50_000);
    expect(error.extensions).toMatchObject({ limit: 50_000, cost });
  });
  it('an over-cost query is answered 400, not 500', async () => {
    await expectRefused(costly, undefined, 'QUERY_TOO_COMPLEX', 400);
  });

  it('a request body over 1 MB is refused with 413', async () => {
    const before = await dumpTaskTables(server);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { createTask(input: { title: "x", description: "${'y'.repeat(1_100_000)}" }) { id } }` }),
    });
    expect(response.status).toBe(413);
    errorBodies.push(await response.text());
    expect(await dumpTaskTables(server)).toEqual(before);
  });
});

describe('HTTP', () => {
  const mutation = JSON.stringify({ query: 'mutation { createTask(input: { title: "CSRF" }) { id } }' });
  it('refuses a GET with neither content-type nor preflight header, and a text/plain POST (CSRF), with 400', async () => {
    const before = await dumpTaskTables(server);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ units { totalCount } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(400);
    errorBodies.push(await get.text());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body: mutation });
      expect(post.status, type).toBe(400);
      errorBodies.push(await post.text());
    }
    expect(await dumpTaskTables(server)).toEqual(before);
  });

  it('GET with ?query= works with accept application/graphql-response+json and a preflight header; mutations need POST', async () => {
    const headers = { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' };
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ unit(code: "TTCNTT") { code } }')}`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { unit: { code: 'TTCNTT' } } });
    const before = await dumpTaskTables(server);
    const viaGet = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { createTask(input: { title: "GET" }) { id } }')}`,
      { headers },
    );
    expect(viaGet.status).toBe(405);
    errorBodies.push(await viaGet.text());
    expect(await dumpTaskTables(server)).toEqual(before);
  });

  it('a parse error and an unknown field give 400 with a coded error', async () => {
    const parse = await server.gql('{ tasks(first: 2 { id }');
    errorBodies.push(JSON.stringify(parse));
    expect(parse.status).toBe(400);
    expect(parse.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await server.gql('{ tasks { nope } }');
    errorBodies.push(JSON.stringify(unknown));
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badJson = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{bad json',
    });
    expect(badJson.status).toBe(400);
    errorBodies.push(await badJson.text());
  });

  it('an internal error says only "Internal server error." and writes nothing', async () => {
    const { task } = ok(await server.gql<{ task: { version: number } }>(`{ task(id: "${a.id}") { version } }`));
    // Break the history table behind the server's back, so the next change fails inside the transaction.
    await server.em().getConnection().execute('alter table task_change rename to task_change_hidden');
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: progress(`{ id: "${a.id}", version: ${task.version}, progress: 33 }`) }),
      });
      const body = await response.text();
      errorBodies.push(body);
      expect(JSON.parse(body)).toEqual({
        data: null,
        errors: [{ message: 'Internal server error.', locations: expect.any(Array), path: ['setTaskProgress'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    } finally {
      await server.em().getConnection().execute('alter table task_change_hidden rename to task_change');
    }
    const after = ok(await server.gql<{ task: { version: number; progress: number | null } }>(`{ task(id: "${a.id}") { version progress } }`));
    expect(after.task.version).toBe(task.version);
    expect(after.task.progress).not.toBe(33);
  });

  it('no error response carries a stack trace or a source path (production mode)', async () => {
    expect(errorBodies.length).toBeGreaterThan(30);
    for (const body of errorBodies) {
      expect(body).not.toMatch(/stacktrace/i);
      expect(body).not.toMatch(/\bat [\w.<>]+ \(|\.(ts|js):\d+:\d+|node_modules|\/work\//);
    }
  });
});
