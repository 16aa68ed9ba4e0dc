import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { SOURCES_DIR } from '../db/sources.js';

/** `GET /api/sources/<file>`: a source document of the dataset, as plain UTF-8 text; only files that exist there. */
export function sourcesRouter(): Router {
  const router = Router();
  const files = new Set(readdirSync(SOURCES_DIR));
  router.get('/sources/:file', (request, response) => {
    const file = request.params['file'] ?? '';
    if (!files.has(file)) {
      response.status(404).json({ errors: [{ message: `No source document named "${file}".`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    response.type('text/plain; charset=utf-8').sendFile(join(SOURCES_DIR, file));
  });
  return router;
}
