import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';

/** One knex migration, listed explicitly so it runs the same under tsx, jest and compiled code. */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A knex instance over PostgreSQL (`postgres://…`) or a SQLite file (any other value). */
export function createDb(url: string, opts: { poolMax?: number } = {}): Knex {
  if (isPostgres(url)) {
    return knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: opts.poolMax ?? 10 } });
  }
  if (url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: url },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { pragma(s: string): unknown }, done: (err: Error | null, conn: unknown) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        done(null, conn);
      },
    },
  });
}

/** Create the PostgreSQL database named in `url` when it does not exist yet (connects to `postgres`). */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  if (!isPostgres(url)) return;
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Refusing unusual database name ${name}`);
  u.pathname = '/postgres';
  const admin = knexFactory({ client: 'pg', connection: u.toString(), pool: { min: 0, max: 1 } });
  try {
    const found = await admin.raw('select 1 from pg_database where datname = ?', [name]);
    if (found.rows.length === 0) await admin.raw(`create database "${name}"`);
  } finally {
    await admin.destroy();
  }
}

/** Drop a PostgreSQL database (tests only). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const admin = knexFactory({ client: 'pg', connection: u.toString(), pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.destroy();
  }
}

/** Bring a database to the latest of the given migrations. */
export async function migrateLatest(db: Knex, migrations: Migration[]): Promise<void> {
  await db.migrate.latest({
    migrationSource: {
      getMigrations: async () => migrations,
      getMigrationName: (m: Migration) => m.name,
      getMigration: async (m: Migration) => m,
    },
  });
}

/** Insert many rows in chunks that both SQLite (999 variables) and PostgreSQL accept. */
export async function insertChunked(db: Knex | Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.floor(900 / columns));
  for (let i = 0; i < rows.length; i += size) await db(table).insert(rows.slice(i, i + size));
}
