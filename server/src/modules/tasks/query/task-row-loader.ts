import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '@lotrinh/shared';
import DataLoader from 'dataloader';
import { loadTaskRows } from './load-task-rows.js';
import type { TaskRow } from './task-row.js';

/**
 * Task rows (a task as it stood on a date, with its derived status) for one request: batched per
 * date, so a page of tasks reached through any relation costs the same few statements.
 */
export class TaskRowLoader {
  private readonly loaders = new Map<LocalDate, DataLoader<number, TaskRow | null>>();

  constructor(
    private readonly em: SqlEntityManager,
    readonly today: LocalDate,
  ) {}

  private loaderFor(asOf: LocalDate): DataLoader<number, TaskRow | null> {
    let loader = this.loaders.get(asOf);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await loadTaskRows(this.em, { asOf, ids, includeDeleted: true });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(asOf, loader);
    }
    return loader;
  }

  load(id: number, asOf: LocalDate = this.today): Promise<TaskRow | null> {
    return this.loaderFor(asOf).load(id);
  }

  /** Every task visible on the date; the rows are kept for the field resolvers of the same request. */
  async all(asOf: LocalDate = this.today): Promise<TaskRow[]> {
    const rows = await loadTaskRows(this.em, { asOf });
    const loader = this.loaderFor(asOf);
    for (const row of rows) loader.prime(row.id, row);
    return rows;
  }

  /** Forget what was loaded, after a mutation changed it. */
  clear(): void {
    this.loaders.clear();
  }
}
