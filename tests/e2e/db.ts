import { inject } from 'vitest';
import sqlite3 from 'sqlite3';

/** Runs one read-only query on the e2e server's SQLite file, independently of the server's code. */
export function query<T>(sql: string, params: unknown[] | Record<string, string | number> = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(inject('dbPath'), sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(sql, params, (error, rows) => {
        db.close();
        if (error) reject(error);
        else resolve(rows as T[]);
      });
    });
  });
}

/** A GraphQL request to the e2e server, as a client other than the page would send it; throws on errors. */
export async function gql<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
