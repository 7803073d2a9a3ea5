import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropPostgresDatabase, ensurePostgresDatabase, isPostgres } from '../../subgraphs/kit/db';

/**
 * Test databases. With `HUB_TEST_PG_URL` set (e.g. postgres://postgres@127.0.0.1:5432/postgres) every test
 * gets fresh PostgreSQL databases; otherwise fresh SQLite files in a temp folder.
 */
export const PG_BASE = process.env.HUB_TEST_PG_URL;
export const dialect = PG_BASE ? 'postgres' : 'sqlite';

export async function freshDatabaseUrl(name: string): Promise<string> {
  const tag = `${process.pid}_${randomBytes(3).toString('hex')}`;
  if (PG_BASE) {
    const u = new URL(PG_BASE);
    u.pathname = `/hubt_${tag}_${name.replace(/-/g, '_')}`;
    await ensurePostgresDatabase(u.toString());
    return u.toString();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  return path.join(dir, `${name}.sqlite`);
}

export async function disposeDatabaseUrl(url: string): Promise<void> {
  if (isPostgres(url)) await dropPostgresDatabase(url);
  else fs.rmSync(path.dirname(url), { recursive: true, force: true });
}
