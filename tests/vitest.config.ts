import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One vitest run, four projects: pure shared code, the server on real SQLite, client logic, and the browser suite. */
export default defineConfig({
  resolve: { alias: { '@lotrinh/shared': `${root}shared/src/index.ts` } },
  test: {
    root,
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          // One graphql for all: Vite would give the server sources graphql's ESM build (index.mjs) while
          // type-graphql and Apollo, loaded by Node, use its CommonJS build; two realms break buildSchema.
          alias: [{ find: /^graphql$/, replacement: `${root}node_modules/graphql/index.js` }],
          environment: 'node',
          setupFiles: ['tests/server/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { extends: true, test: { name: 'client', include: ['tests/client/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
