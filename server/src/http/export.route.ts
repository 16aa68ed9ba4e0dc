import { Router, type Request, type Response } from 'express';
import { graphql, type GraphQLSchema } from 'graphql';
import type { AppContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { taskExportTable, toCsv, type ExportedTask } from '../modules/tasks/task-export.js';

const EXPORT_QUERY = `query Export($filter: TaskFilter, $asOf: LocalDate) {
  timeline(filter: $filter, asOf: $asOf) {
    id title titleEn kind status leadUnit supportUnits plan document event assignedOn start due completedOn progress
  }
}`;

function parseJsonParam(request: Request, name: string): unknown {
  const raw = request.query[name];
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    return Symbol.for('invalid');
  }
}

function refuse(response: Response, message: string): void {
  response.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/**
 * `GET /api/tasks.csv` and `/api/tasks.json`: every task matching `filter` (a GraphQL TaskFilter
 * written as JSON) as it stood on `asOf`. The query runs through the GraphQL schema itself, so the
 * filter is checked exactly as the API checks it. CSV is UTF-8 with a BOM, for Excel.
 */
export function exportRouter({ schema, createContext, production }: { schema: GraphQLSchema; createContext: () => AppContext; production: boolean }): Router {
  const router = Router();
  router.get(/^\/tasks\.(csv|json)$/, async (request, response) => {
    const format = request.path.endsWith('.csv') ? 'csv' : 'json';
    const filter = parseJsonParam(request, 'filter');
    if (typeof filter === 'symbol' || (filter !== undefined && (filter === null || typeof filter !== 'object' || Array.isArray(filter)))) {
      return refuse(response, 'filter must be a TaskFilter written as JSON, e.g. {"leadUnit":["TTCNTT"]}.');
    }
    const ctx = createContext();
    const asOf = request.query['asOf'] ?? ctx.today;
    const result = await graphql({ schema, source: EXPORT_QUERY, variableValues: { filter, asOf }, contextValue: ctx });
    const [error] = result.errors ?? [];
    if (error) {
      // An error outside any field is the request's own (a filter of the wrong shape): bad input.
      const requestError = !error.path && error.extensions['code'] === undefined;
      const formatted = formatError(error.toJSON(), error, production);
      const code = requestError ? 'BAD_USER_INPUT' : formatted.extensions?.['code'];
      return response.status(code === 'INTERNAL_SERVER_ERROR' ? 500 : 400).json({ errors: [{ ...formatted, extensions: { ...formatted.extensions, code } }] });
    }
    const { timeline } = result.data as { timeline: ExportedTask[] };
    response.setHeader('Content-Disposition', `attachment; filename="lo-trinh-${String(asOf)}.${format}"`);
    if (format === 'csv') response.type('text/csv; charset=utf-8').send(`\uFEFF${toCsv(taskExportTable(timeline))}`);
    else response.json({ asOf, tasks: timeline });
  });
  return router;
}
