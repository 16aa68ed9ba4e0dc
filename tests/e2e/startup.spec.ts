import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lotrinh-startup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Started {
  url: string;
  stop: () => Promise<void>;
}

/** Runs the built server until it prints its address, or until it exits. */
function start(env: Record<string, string>): Promise<Started | { exitCode: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main], { env: { ...process.env, HOST: '127.0.0.1', NODE_ENV: 'production', ...env } });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          stop: () => new Promise<void>((done) => (child.kill('SIGTERM'), child.once('exit', () => done()))),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (exitCode) => resolve({ exitCode, output }));
  });
}

async function gql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface SeededTasks {
  tasks: { totalCount: number; nodes: { id: string; leadUnit: { code: string } | null; due: string | null; citations: unknown[] }[] };
}

describe('starting the server', () => {
  it('stops with one clear line for a PORT of "abc"', async () => {
    const result = await start({ PORT: 'abc', DB_PATH: join(folder, 'a.sqlite') });
    expect('exitCode' in result && result.exitCode).toBe(1);
    const lines = 'output' in result ? result.output.trim().split('\n') : [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT="abc" is invalid/);
  });

  it('stops with one clear line for an unwritable DB_PATH', async () => {
    const result = await start({ PORT: '0', DB_PATH: '/proc/lotrinh/db.sqlite' });
    expect('exitCode' in result && result.exitCode).toBe(1);
    const lines = 'output' in result ? result.output.trim().split('\n') : [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DB_PATH .* is not writable/);
  });

  it('creates, migrates and seeds the database on first start, and keeps every change on the second', async () => {
    const dbPath = join(folder, 'keep.sqlite');
    const first = await start({ PORT: '0', DB_PATH: dbPath });
    if (!('url' in first)) throw new Error(first.output);
    const seeded = await gql<SeededTasks>(first.url, '{ tasks(first: 500) { totalCount nodes { id leadUnit { code } due citations { sourceFile url quote } } } }');
    const total = seeded.tasks.totalCount;
    expect(total).toBeGreaterThanOrEqual(40);
    expect(seeded.tasks.nodes.every((task) => task.citations.length > 0)).toBe(true);
    expect(seeded.tasks.nodes.some((task) => task.leadUnit?.code === 'TTCNTT' && task.due)).toBe(true);
    const created = await gql<{ createTask: { id: string } }>(
      first.url,
      'mutation { createTask(input: { title: "Nhiệm vụ giữ lại sau khởi động lại", due: "2025-12-31" }) { id } }',
    );
    const id = created.createTask.id;
    await first.stop();

    const second = await start({ PORT: '0', DB_PATH: dbPath });
    if (!('url' in second)) throw new Error(second.output);
    const again = await gql<{ tasks: { totalCount: number }; task: unknown }>(second.url, `{ tasks(first: 1) { totalCount } task(id: "${id}") { title due } }`);
    expect(again.tasks.totalCount).toBe(total + 1);
    expect(again.task).toEqual({ title: 'Nhiệm vụ giữ lại sau khởi động lại', due: '2025-12-31' });
    await second.stop();
  });
});
