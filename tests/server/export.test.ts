import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../server/src/db/sources.js';
import { startTestServer, type TestServer } from './harness.js';
import { datasetTask, ok, roadmap, serverToday, walkTasks } from './helpers.js';

let server: TestServer;
let today: string;
beforeAll(async () => {
  server = await startTestServer();
  today = await serverToday(server);
});
afterAll(() => server?.close());

/** RFC 4180: quoted fields, doubled quotes, CRLF between records; written here, not taken from the server. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else {
      field += ch;
    }
  }
  if (field || record.length) {
    endField();
    records.push(record);
  }
  return records;
}

const FILTER = { leadUnit: ['TTCNTT', 'KHCNMT'], plan: ['tb458-it-tasks-2013'] };
const GRAPHQL_FILTER = '{ leadUnit: ["TTCNTT", "KHCNMT"], plan: ["tb458-it-tasks-2013"] }';
const get = (path: string) => fetch(`${server.url}${path}`);

describe('GET /api/tasks.csv', () => {
  it('is UTF-8 with a BOM and a header row, with the same rows as the GraphQL query with the same filter', async () => {
    const response = await get(`/api/tasks.csv?filter=${encodeURIComponent(JSON.stringify(FILTER))}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/i);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(expect.arrayContaining(['id', 'title', 'titleEn', 'leadUnit', 'start', 'due', 'status']));
    const col = (name: string) => header!.indexOf(name);

    const { nodes } = await walkTasks(server, `filter: ${GRAPHQL_FILTER}`, 'id key title status due leadUnit { code }', 100);
    expect(nodes.length).toBeGreaterThan(1);
    expect(rows.map((r) => r[col('id')])).toEqual(nodes.map((n) => n.id)); // same rows, same order
    for (const [i, node] of nodes.entries()) {
      const task = datasetTask(node.key!);
      const row = rows[i]!;
      expect(row).toHaveLength(header!.length);
      expect(row[col('title')]).toBe(task.title); // Vietnamese diacritics intact, commas quoted
      expect(row[col('leadUnit')]).toBe(task.lead);
      expect(row[col('due')]).toBe(task.due.date ?? '');
      expect(row[col('status')]).toBe(node['status']);
    }
    expect(rows.some((r) => /[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữự]/i.test(r[col('title')]!))).toBe(true);
  });

  it('without a filter, exports every task; with asOf, the roadmap of that day', async () => {
    const all = parseCsv((await (await get('/api/tasks.csv')).text()).slice(1));
    expect(all.length - 1).toBe(roadmap.tasks.length);
    const early = await get('/api/tasks.csv?asOf=2013-12-31');
    expect(early.headers.get('content-disposition')).toContain('2013-12-31');
    expect(parseCsv((await early.text()).slice(1)).length - 1).toBe(roadmap.tasks.filter((t) => t.assignedOn <= '2013-12-31').length);
  });
});

describe('GET /api/tasks.json', () => {
  it('gives the same tasks as the GraphQL query, as objects, with the day they stood on', async () => {
    const response = await get(`/api/tasks.json?filter=${encodeURIComponent(JSON.stringify(FILTER))}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { asOf: string; tasks: Record<string, unknown>[] };
    expect(body.asOf).toBe(today);
    const data = ok(
      await server.gql<{ tasks: { nodes: { id: string; title: string; due: string | null }[] } }>(
        `{ tasks(first: 500, filter: ${GRAPHQL_FILTER}) { nodes { id title due } } }`,
      ),
    );
    expect(body.tasks.map((t) => ({ id: t['id'], title: t['title'], due: t['due'] }))).toEqual(data.tasks.nodes);
  });
});

describe('bad export requests', () => {
  it.each(['{bad json', '[1,2]', '"text"', 'null'])('filter=%s is refused with 400 BAD_USER_INPUT', async (filter) => {
    for (const format of ['csv', 'json']) {
      const response = await get(`/api/tasks.${format}?filter=${encodeURIComponent(filter)}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toMatch(/filter/);
    }
  });

  it('asOf that is not a calendar date is refused with 400 BAD_USER_INPUT', async () => {
    const response = await get('/api/tasks.json?asOf=2019-02-29');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it(
    'a filter of the wrong shape is refused with 400 BAD_USER_INPUT',
    async () => {
      for (const filter of [
        '{"search":5}',
        '{"AND":{"x":1}}',
        '{"dueBefore":"garbage"}',
        '{"progressMin":140}',
        '{"nonsense":true}',
      ]) {
        const response = await get(`/api/tasks.json?filter=${encodeURIComponent(filter)}`);
        expect(response.status, filter).toBe(400);
        expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, filter).toBe(
          'BAD_USER_INPUT',
        );
      }
    },
  );
});

describe('GET /api/sources/:file', () => {
  it('returns a seed document as UTF-8 text', async () => {
    const response = await get('/api/sources/000_aabe5bf2301142d2.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    const text = await response.text();
    expect(text).toBe(readFileSync(join(SOURCES_DIR, '000_aabe5bf2301142d2.txt'), 'utf8'));
    expect(text).toContain('458/TB-VP');
  });

  it.each(['nope.txt', '..%2Fpackage.json', '%2E%2E%2F%2E%2E%2Fpackage.json'])('answers 404 for %s', async (file) => {
    const response = await get(`/api/sources/${file}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });
});
