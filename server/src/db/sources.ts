import { fileURLToPath } from 'node:url';

/** The five seed documents and the external facts, copied into the repo so citations can be checked anywhere. */
export const SOURCES_DIR = fileURLToPath(new URL('../../data/sources/', import.meta.url));
