import 'reflect-metadata';
import { it } from 'vitest';
import * as g from 'graphql';
import { createRequire } from 'node:module';
it('probe', async () => {
  const require = createRequire(import.meta.url);
  const cjs = require('graphql');
  const mjs = await import('/work/main/node_modules/graphql/index.mjs');
  console.log('test g === cjs', g.GraphQLScalarType === cjs.GraphQLScalarType, 'g === mjs', g.GraphQLScalarType === mjs.GraphQLScalarType);
  const tgs = await import('/work/main/node_modules/type-graphql/build/esm/schema/schema-generator.js');
  console.log(Object.keys(tgs));
});
