import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/sqlite';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { LIMITS } from '@lotrinh/shared';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config/config.js';
import { createContext } from '../graphql/context.js';
import { TaskRowCache } from '../modules/tasks/query/task-row-cache.js';
import { createApolloServer } from './apollo.js';
import { exportRouter } from './export.route.js';
import { sourcesRouter } from './sources.route.js';

export interface AppParts {
  app: Express;
  stop: () => Promise<void>;
}

/** A browser asking for a page (not a GraphQL client): `/graphql` then opens the playground. */
function wantsPage(request: Request): boolean {
  return request.method === 'GET' && request.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html' && !request.query['query'];
}

/** One Express app: GraphQL at /graphql (playground for browsers), exports under /api, the client everywhere else. */
export async function createApp(config: Pick<AppConfig, 'production' | 'clientDist'>, orm: MikroORM, schema: GraphQLSchema): Promise<AppParts> {
  const apollo = createApolloServer(schema, config.production);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  const em = orm.em as SqlEntityManager;
  const taskRowCache = new TaskRowCache();
  const indexHtml = join(config.clientDist, 'index.html');
  const hasClient = existsSync(indexHtml);
  const sendClient = (_request: Request, response: Response) =>
    hasClient ? response.sendFile(indexHtml) : response.status(503).type('text').send('The client is not built: run `npm run build`.');

  app.get('/healthz', (_request, response) => {
    response.json({ ok: true });
  });
  app.get('/graphql', (request, response, next) => (wantsPage(request) ? sendClient(request, response) : next()));
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.requestBodyBytesMax }),
    expressMiddleware(apollo, { context: async () => createContext(em, taskRowCache) }),
  );
  app.use('/api', exportRouter({ schema, createContext: () => createContext(em, taskRowCache), production: config.production }), sourcesRouter());
  if (hasClient) app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
  app.get(/^(?!\/(graphql|api)\b).*/, sendClient);

  app.use((error: Error & { status?: number; type?: string }, _request: Request, response: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `The request body is larger than ${LIMITS.requestBodyBytesMax} bytes.` : status < 500 ? error.message : 'Internal server error.';
    if (status >= 500 && !config.production) console.error(error);
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  });
  return { app, stop: () => apollo.stop() };
}
