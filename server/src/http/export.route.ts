import { Router, type Request } from 'express';
import { isLocalDate } from '@lotrinh/shared';
import type { AppContext } from '../graphql/context.js';
import { BadInputError, DomainError } from '../graphql/errors.js';
import { TaskQueryService } from '../modules/tasks/task-query.service.js';
import type { TaskFilterSpec } from '../modules/tasks/query/task-filter.js';
import { compareTaskRowsBy } from '../modules/tasks/query/task-order.js';
import { taskExportTable, toCsv } from '../modules/tasks/task-export.js';

function parseFilter(request: Request): TaskFilterSpec | null {
  const raw = request.query['filter'];
  if (raw === undefined) return null;
  try {
    const filter: unknown = JSON.parse(String(raw));
    if (filter && typeof filter === 'object' && !Array.isArray(filter)) return filter as TaskFilterSpec;
  } catch {
    // reported below
  }
  throw new BadInputError('filter must be a TaskFilter written as JSON, e.g. {"leadUnit":["TTCNTT"]}.');
}

/**
 * `GET /api/tasks.csv` and `/api/tasks.json`: every task matching `filter` (the GraphQL TaskFilter as
 * JSON) as it stood on `asOf`. CSV is UTF-8 with a BOM, so Excel shows Vietnamese correctly.
 */
export function exportRouter(createContext: () => AppContext): Router {
  const router = Router();
  router.get(/^\/tasks\.(csv|json)$/, async (request, response) => {
    const format = request.path.endsWith('.csv') ? 'csv' : 'json';
    try {
      const asOf = request.query['asOf'];
      if (asOf !== undefined && !isLocalDate(asOf)) throw new BadInputError('asOf must be a date written YYYY-MM-DD.');
      const ctx = createContext();
      const service = new TaskQueryService(ctx);
      const day = (asOf as string | undefined) ?? ctx.today;
      const rows = (await service.rows(parseFilter(request), day)).sort(compareTaskRowsBy());
      const table = taskExportTable(rows);
      const name = `lo-trinh-${day}.${format}`;
      response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      if (format === 'csv') response.type('text/csv; charset=utf-8').send(`\uFEFF${toCsv(table)}`);
      else response.json({ asOf: day, tasks: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]]))) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(400).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  });
  return router;
}
