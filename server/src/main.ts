import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './db/database.js';
import { buildAppSchema } from './graphql/build-schema.js';
import { createApp } from './http/app.js';

/** config -> database (migrated, seeded once) -> schema -> HTTP -> listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase({ dbPath: config.dbPath, logQueries: config.logQueries });
  const schema = await buildAppSchema();
  const { app, stop } = await createApp(config, orm, schema);
  const server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Lộ trình is serving http://localhost:${port}/ (GraphQL at /graphql, database ${config.dbPath})`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is already in use; set PORT to another port.` : error.message);
    process.exit(1);
  });
  const shutdown = async () => {
    server.close();
    await stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Lộ trình could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
