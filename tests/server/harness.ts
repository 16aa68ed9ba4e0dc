import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/sqlite';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { openDatabase } from '../../server/src/db/database.js';
import { buildAppSchema } from '../../server/src/graphql/build-schema.js';
import { createApp } from '../../server/src/http/app.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  em: () => SqlEntityManager;
  /** SQL statements seen since the last `resetQueries()`. */
  queries: string[];
  resetQueries: () => void;
  gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  close: () => Promise<void>;
}

/**
 * A real server for one test file: a fresh SQLite file, migrated and seeded, served over real HTTP
 * on a free port. Every SQL statement is recorded, so tests can count them.
 */
export async function startTestServer(): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'lotrinh-test-'));
  const queries: string[] = [];
  const orm = await openDatabase({ dbPath: join(folder, 'test.sqlite'), onQuery: (sql) => queries.push(sql) });
  const schema = await buildAppSchema();
  const { app, stop } = await createApp({ production: true, clientDist: join(folder, 'no-client') }, orm, schema);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    orm,
    em: () => orm.em.fork() as SqlEntityManager,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    gql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await orm.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
