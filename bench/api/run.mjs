// npm run bench:api — the API's budgets, measured in one run against a generated 10,000-task roadmap:
// the timeline query vs a raw-SQL baseline, SQL statements per page (10 vs 500), and load (autocannon).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import sqlite3 from 'sqlite3';
import { openDatabase } from '../../server/dist/db/database.js';
import { buildAppSchema } from '../../server/dist/graphql/build-schema.js';
import { createApp } from '../../server/dist/http/app.js';
import { generateRoadmap } from '../lib/generate-roadmap.mjs';
import { median, percentile, printTable } from '../lib/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const folder = mkdtempSync(join(tmpdir(), 'lotrinh-bench-api-'));
const dbPath = join(folder, 'bench.sqlite');

const TIMELINE_QUERY = `{ timeline { id parentId title titleEn kind status progress start startKnown due dueKnown completedOn leadUnit plan document event version dependencies { id dependsOnId type lagDays } } }`;
const PAGE_QUERY = (first) => `{ tasks(first: ${first}) { nodes { id title due leadUnit { code } supportUnits { code } plan { key } dependencies { type dependsOn { id } } citations { quote } } } }`;

// The baseline: the same rows with the same joins, read with raw SQL and serialised to JSON.
const BASELINE_SQL = `
  select t.id, t.parent_id, t.title, t.title_en, t.kind, t.progress, t.start, t.start_known, t.due, t.due_known,
         t.completed_on, t.assigned_on, u.code as lead_unit, p.key as plan, d.number as document, e.key as event, t.version,
         (select json_group_array(json_object('id', x.id, 'dependsOnId', x.depends_on_id, 'type', x.type, 'lagDays', x.lag_days))
            from task_dependency x where x.task_id = t.id) as dependencies,
         (select group_concat(o.observed_on || ':' || o.status) from status_observation o where o.task_id = t.id) as observations
    from task t left join unit u on u.id = t.lead_unit_id left join plan p on p.id = t.plan_id
    left join document d on d.id = t.assigned_by_document_id left join event e on e.id = t.assigned_by_event_id
   where t.deleted_at is null order by t.start, t.due, t.id`;

function rawBaseline(db) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    db.all(BASELINE_SQL, (error, rows) => {
      if (error) return reject(error);
      JSON.stringify(rows);
      resolve({ ms: performance.now() - started, rows: rows.length });
    });
  });
}

async function post(url, query) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - started, body };
}

console.log(`Generating ${TASKS} tasks …`);
const generated = await generateRoadmap({ dbPath, count: TASKS });
let statements = 0;
const orm = await openDatabase({ dbPath, onQuery: () => (statements += 1) });
const { app, stop } = await createApp({ production: true, clientDist: join(folder, 'none') }, orm, await buildAppSchema());
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}`;
const raw = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY);

// Warm up both paths, then alternate them so both see the same machine state.
const first = await post(url, TIMELINE_QUERY);
const rowCount = first.body.data.timeline.length;
await rawBaseline(raw);
const ours = [];
const baseline = [];
for (let i = 0; i < RUNS; i++) {
  ours.push((await post(url, TIMELINE_QUERY)).ms);
  baseline.push((await rawBaseline(raw)).ms);
}

const countStatements = async (query) => {
  await post(url, query);
  statements = 0;
  await post(url, query);
  return statements;
};
const page10 = await countStatements(PAGE_QUERY(10));
const page500 = await countStatements(PAGE_QUERY(500));

const load = await autocannon({
  url: `${url}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `{ tasks(first: 50) { nodes { id title due status leadUnit { code } } } }` }),
  connections: 50,
  duration: Number(process.env.BENCH_LOAD_SECONDS ?? 10),
});

server.closeAllConnections();
server.close();
await stop();
await orm.close();
raw.close();
rmSync(folder, { recursive: true, force: true });

const result = {
  dataset: { ...generated, timelineRows: rowCount },
  timelineQuery10k: {
    p50Ms: +median(ours).toFixed(1),
    p95Ms: +percentile(ours, 95).toFixed(1),
    rawBaselineMs: +median(baseline).toFixed(1),
    ratio: +(median(ours) / median(baseline)).toFixed(2),
    runs: RUNS,
  },
  sqlStatements: { page10, page500 },
  load: { rps: Math.round(load.requests.average), p99Ms: load.latency.p99, errors: load.errors + load.non2xx + load.timeouts, connections: 50 },
};

printTable('API benchmark', [
  ['timeline query, all tasks (p50)', `${result.timelineQuery10k.p50Ms} ms`, `budget ≤ 4 × baseline`],
  ['timeline query (p95)', `${result.timelineQuery10k.p95Ms} ms`, ''],
  ['raw SQL + JSON baseline (p50)', `${result.timelineQuery10k.rawBaselineMs} ms`, ''],
  ['ratio', `${result.timelineQuery10k.ratio} ×`, result.timelineQuery10k.ratio <= 4 ? 'within budget' : 'OVER BUDGET'],
  ['SQL statements, page of 10', String(page10), ''],
  ['SQL statements, page of 500', String(page500), page10 === page500 ? 'same: no N+1' : 'DIFFERENT: N+1'],
  ['load: requests/s (50 clients)', String(result.load.rps), ''],
  ['load: p99 latency', `${result.load.p99Ms} ms`, ''],
  ['load: errors', String(result.load.errors), result.load.errors === 0 ? 'none' : 'ERRORS'],
]);
console.log(JSON.stringify(result));
