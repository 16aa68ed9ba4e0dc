import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/sqlite';
import { ormConfig } from './mikro-orm.config.js';

/**
 * Prints the SQL that would bring a database migrated by the committed migrations in line with the
 * entities: empty when they agree. Paste it into a new migration after changing an entity.
 * Exits 1 when there is a difference, so CI can check that no migration is missing.
 */
const orm = await MikroORM.init(ormConfig({ dbPath: ':memory:' }));
await orm.getMigrator().up();
const diff = (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
await orm.close();
if (diff) {
  console.log(diff);
  process.exit(1);
}
console.log('The migrations match the entities.');
