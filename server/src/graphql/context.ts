import type { SqlEntityManager } from '@mikro-orm/knex';
import { today, type LocalDate } from '@lotrinh/shared';
import type { TaskRowCache } from '../modules/tasks/query/task-row-cache.js';
import { TaskRowLoader } from '../modules/tasks/query/task-row-loader.js';

/** What every resolver gets for one request: its own EntityManager fork and per-request loaders. */
export interface AppContext {
  em: SqlEntityManager;
  today: LocalDate;
  taskRows: TaskRowLoader;
}

export function createContext(em: SqlEntityManager, taskRowCache: TaskRowCache): AppContext {
  const fork = em.fork() as SqlEntityManager;
  const now = today();
  return { em: fork, today: now, taskRows: new TaskRowLoader(fork, now, taskRowCache) };
}
