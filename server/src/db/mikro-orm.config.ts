import 'reflect-metadata';
import { DataloaderType, defineConfig, type Options } from '@mikro-orm/sqlite';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  dbPath: string;
  logQueries?: boolean;
  /** Receives every SQL statement; tests count them. */
  onQuery?: (sql: string) => void;
}

/** The one place the SQLite driver is named; entities and queries stay dialect-neutral. */
export function ormConfig({ dbPath, logQueries = false, onQuery }: OrmOptions): Options {
  return defineConfig({
    dbName: dbPath,
    entities,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUndefined: false,
    debug: logQueries || onQuery ? ['query'] : false,
    logger: onQuery ? (message) => onQuery(message) : undefined,
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
  });
}

/** Used by the MikroORM CLI (`npm run migration:create -w server`). */
export default ormConfig({ dbPath: process.env['DB_PATH'] ?? 'data/lotrinh.sqlite' });
