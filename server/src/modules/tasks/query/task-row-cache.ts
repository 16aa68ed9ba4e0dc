import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '@lotrinh/shared';
import { dataVersion } from '../../../db/sqlite-adapter.js';
import { loadTaskRows } from './load-task-rows.js';
import type { TaskRow } from './task-row.js';

export type Sorted<K> = { row: TaskRow; key: K }[];

export interface TaskOrdering<K extends unknown[]> {
  signature: string;
  keyOf: (row: TaskRow) => K;
  compare: (a: K, b: K) => number;
}

/** The roadmap of one day as loaded once: every row by id, the live ones, and the orders asked for so far. */
export class DayRows {
  readonly byId: Map<number, TaskRow>;
  readonly live: TaskRow[];
  private readonly orders = new Map<string, Sorted<unknown[]>>();

  constructor(
    readonly fingerprint: string,
    rows: TaskRow[],
  ) {
    this.byId = new Map(rows.map((row) => [row.id, row]));
    this.live = rows.filter((row) => !row.deleted);
  }

  /** The live rows in an order, sorted once and kept. */
  sorted<K extends unknown[]>(order: TaskOrdering<K>): Sorted<K> {
    let sorted = this.orders.get(order.signature) as Sorted<K> | undefined;
    if (!sorted) {
      sorted = this.live.map((row) => ({ row, key: order.keyOf(row) }));
      sorted.sort((a, b) => order.compare(a.key, b.key));
      this.orders.set(order.signature, sorted as Sorted<unknown[]>);
    }
    return sorted;
  }
}

/**
 * The task rows of the most recent days, kept between requests while the data stays the same.
 * Whether it did is told by the database's data version, so a write by any path — a mutation, a
 * seed, a test's own SQL — is seen on the next read. Concurrent requests for the same day share one load.
 */
export class TaskRowCache {
  private readonly days = new Map<LocalDate, Promise<DayRows>>();

  constructor(private readonly maxDays = 8) {}

  async day(em: SqlEntityManager, asOf: LocalDate): Promise<DayRows> {
    const fingerprint = await dataVersion(em);
    const cached = this.days.get(asOf);
    if (cached) {
      const day = await cached.catch(() => null);
      if (day?.fingerprint === fingerprint) return day;
    }
    const loading = loadTaskRows(em, { asOf, includeDeleted: true }).then((rows) => new DayRows(fingerprint, rows));
    this.days.delete(asOf);
    this.days.set(asOf, loading);
    if (this.days.size > this.maxDays) this.days.delete(this.days.keys().next().value!);
    return loading;
  }
}
