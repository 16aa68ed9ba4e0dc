import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config/config.js';

const folder = mkdtempSync(join(tmpdir(), 'lotrinh-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const validDb = join(folder, 'ok.sqlite');
const aFile = join(folder, 'a-file');
writeFileSync(aFile, 'not a folder');

/** The ConfigError `loadConfig` throws for an environment, or fails the test. */
function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it.each(['abc', '65536', '-1', '80.5', ''])('refuses PORT=%j with one line naming PORT', (port) => {
    const error = refusal({ PORT: port, DB_PATH: validDb });
    expect(error.message).toMatch(/^PORT\b/);
    expect(error.message).toContain(JSON.stringify(port));
    expect(error.message).not.toContain('\n');
  });

  it('refuses a DB_PATH whose folder cannot be created, naming DB_PATH and the path', () => {
    const path = join(aFile, 'sub', 'db.sqlite');
    const error = refusal({ DB_PATH: path });
    expect(error.message).toMatch(/^DB_PATH\b/);
    expect(error.message).toContain(path);
    expect(error.message).not.toContain('\n');
  });

  it('refuses DB_PATH=/proc/nope/db.sqlite, naming DB_PATH and the path, and returns at once', () => {
    const error = refusal({ DB_PATH: '/proc/nope/db.sqlite' });
    expect(error.message).toContain('DB_PATH');
    expect(error.message).toContain('/proc/nope/db.sqlite');
  });

  it('refuses a DB_PATH inside a regular file or naming a folder', () => {
    expect(refusal({ DB_PATH: join(aFile, 'db.sqlite') }).message).toMatch(/^DB_PATH\b/);
    expect(refusal({ DB_PATH: folder }).message).toMatch(/^DB_PATH\b/);
  });

  it('refuses an empty DB_PATH and a NODE_ENV it does not know, naming each', () => {
    expect(refusal({ DB_PATH: '' }).message).toMatch(/^DB_PATH\b/);
    const env = refusal({ NODE_ENV: 'prod', DB_PATH: validDb });
    expect(env.message).toMatch(/^NODE_ENV\b/);
    expect(env.message).not.toContain('\n');
  });

  it('has defaults: port 4000, every interface, a database file under server/data, development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '0.0.0.0', production: false, logQueries: false });
    expect(config.dbPath).toMatch(/[/\\]server[/\\]data[/\\][^/\\]+\.sqlite$/);
    expect(config.clientDist).toMatch(/[/\\]client[/\\]dist$/);
  });

  it('reads each variable', () => {
    const config = loadConfig({ PORT: '8080', HOST: '127.0.0.1', DB_PATH: validDb, NODE_ENV: 'production', LOG_QUERIES: 'true' });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dbPath: resolve(validDb), production: true, logQueries: true });
  });

  it('allows :memory: and creates the folder of a new database file', () => {
    expect(loadConfig({ DB_PATH: ':memory:' }).dbPath).toBe(':memory:');
    const nested = join(folder, 'new-folder', 'new.sqlite');
    expect(loadConfig({ DB_PATH: nested }).dbPath).toBe(resolve(nested));
    expect(existsSync(join(folder, 'new-folder'))).toBe(true);
  });

  it('ignores variables it does not use', () => {
    expect(loadConfig({ DB_PATH: validDb, SOMETHING_ELSE: 'x', PATH: '/usr/bin' }).port).toBe(4000);
  });
});
