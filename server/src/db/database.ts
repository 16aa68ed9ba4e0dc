import { MikroORM } from '@mikro-orm/sqlite';
import { roadmap } from './dataset/roadmap.js';
import { ormConfig, type OrmOptions } from './mikro-orm.config.js';
import { seedRoadmap } from './seeders/roadmap.seeder.js';
import { Unit } from '../modules/units/unit.entity.js';

/**
 * Opens the database: creates the file if needed, applies pending migrations, and seeds the curated
 * roadmap into an empty database. A database that already holds data is never reseeded.
 */
export async function openDatabase(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  try {
    await orm.getMigrator().up();
    const em = orm.em.fork();
    if ((await em.count(Unit)) === 0) await seedRoadmap(em, roadmap);
    return orm;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
