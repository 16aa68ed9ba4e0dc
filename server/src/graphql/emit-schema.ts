import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './build-schema.js';

/** Writes the SDL, sorted, to `server/schema.graphql`: a committed artifact CI compares against. */
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const schema = await buildAppSchema();
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`Wrote ${target}`);
