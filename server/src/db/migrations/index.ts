import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Initial } from './sqlite/20261123000000-initial.js';

/**
 * Migrations in order. Add one: write `sqlite/<timestamp>-<name>.ts` (the schema diff is printed by
 * `npm run migration:diff -w server`) and list it here; it runs at the next start.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Initial', class: Migration20261123000000Initial },
];
