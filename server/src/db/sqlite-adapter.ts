import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * The one place with SQLite-only SQL. `dataVersion` changes whenever any row changes: writes on our
 * connection move `total_changes()`, writes by another connection move `PRAGMA data_version`.
 * A PostgreSQL adapter would answer the same question its own way.
 */
export async function dataVersion(em: SqlEntityManager): Promise<string> {
  const [changes] = await em.execute<{ changes: number }[]>('select total_changes() as changes');
  const [pragma] = await em.execute<{ data_version: number }[]>('pragma data_version');
  return `${changes?.changes}:${pragma?.data_version}`;
}
