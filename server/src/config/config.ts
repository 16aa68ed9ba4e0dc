import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const serverRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface AppConfig {
  port: number;
  host: string;
  dbPath: string;
  production: boolean;
  /** The built client (`client/dist`); absent in tests that serve only the API. */
  clientDist: string;
  logQueries: boolean;
}

/** A bad value in the environment: the message is one clear line for the person starting the server. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const schema = z.object({
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 0 to 65535 (0 picks a free port)')
    .transform(Number)
    .refine((port) => port <= 65535, 'must be a whole number from 0 to 65535 (0 picks a free port)')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DB_PATH: z.string().min(1, 'must not be empty').default(resolve(serverRoot, 'data', 'lotrinh.sqlite')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_QUERIES: z.enum(['0', '1', 'true', 'false']).default('0'),
});

function ensureWritable(dbPath: string): void {
  if (dbPath === ':memory:') return;
  const target = resolve(dbPath);
  const folder = dirname(target);
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new ConfigError(`DB_PATH "${dbPath}" is a folder; name the database file inside it.`);
  }
  try {
    // One level only: a recursive mkdir under /proc never returns on some kernels.
    if (!existsSync(folder)) mkdirSync(folder);
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(existsSync(target) ? target : folder, constants.W_OK);
  } catch {
    throw new ConfigError(`DB_PATH "${dbPath}" is not writable: the database file or its folder cannot be written.`);
  }
}

/** Reads and validates the environment; the only place that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(`${name}=${JSON.stringify(env[name])} is invalid: ${issue.message}.`);
  }
  const { PORT, HOST, DB_PATH, NODE_ENV, LOG_QUERIES } = parsed.data;
  const dbPath = DB_PATH === ':memory:' ? DB_PATH : resolve(DB_PATH);
  ensureWritable(dbPath);
  return {
    port: PORT,
    host: HOST,
    dbPath,
    production: NODE_ENV === 'production',
    clientDist: resolve(serverRoot, '..', 'client', 'dist'),
    logQueries: LOG_QUERIES === '1' || LOG_QUERIES === 'true',
  };
}
