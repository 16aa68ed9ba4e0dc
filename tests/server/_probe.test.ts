import { afterAll, beforeAll, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { sql } from './helpers.js';
let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(async () => s?.close());
it('probe', async () => {
  const c: any = await s.gql('mutation { createTask(input: {title: "x", supportUnits: ["VP", "KHTC"]}) { id version } }');
  const { id, version } = c.data.createTask;
  console.log(JSON.stringify(await s.gql(`mutation { updateTask(input: {id: "${id}", version: ${version}, supportUnits: ["TTCNTT"]}) { version supportUnits { code } } }`)));
  console.log(JSON.stringify(await s.gql(`{ task(id: "${id}") { version supportUnits { code } } }`)));
  console.log(JSON.stringify(await sql(s, 'select * from task_support_units where task_id = ?', [Number(id.split(':')[1])])));
  console.log(JSON.stringify(await s.gql(`mutation { updateTask(input: {id: "${id}", version: ${version + 1}, supportUnits: []}) { version supportUnits { code } } }`)));
  console.log(JSON.stringify(await s.gql(`{ task(id: "${id}") { version supportUnits { code } } }`)));
});
