import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index';
import { startCheckpointer } from './checkpointer';

export * from './schema/index';
export { schema };

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type DbHandle = {
  db: Db;
  sqlite: Database.Database;
  /** where the file lives, or ':memory:' */
  path: string;
  close: () => void;
};

/** The writer's own checkpoint threshold (pages, 80 MB of log) when a background checkpointer runs (SQLite's default: 1,000). */
const BACKSTOP_PAGES = 20_000;

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../migrations');

/**
 * Parses DATABASE_URL. Only SQLite is supported today: `file:./data/qa.sqlite`, a plain path,
 * or `:memory:`. Other schemes fail clearly so a PostgreSQL dialect can be added here later.
 */
export function sqlitePathFromUrl(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:';
  if (url.startsWith('file:')) return url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`DATABASE_URL "${url.replace(/\/\/[^@/]*@/, '//***@')}" uses a scheme this build does not support; use file:PATH`);
  }
  return url;
}

/**
 * Opens (creating and migrating when needed) the database at `url`. `cacheMB` is SQLite's page
 * cache (default 64 MB, for the server's queries; bulk command-line work keeps its memory small
 * with less). `backgroundCheckpoints` moves WAL checkpoints to a thread of their own
 * (checkpointer.ts), for the server and bulk writes.
 */
export function createDb(url: string, options: { migrate?: boolean; cacheMB?: number; backgroundCheckpoints?: boolean } = {}): DbHandle {
  const path = sqlitePathFromUrl(url);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = -${Math.round((options.cacheMB ?? 64) * 1024)}`);
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder });
  if (!options.backgroundCheckpoints || path === ':memory:') return { db, sqlite, path, close: () => sqlite.close() };
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const checkpointer = startCheckpointer(path);
  return {
    db,
    sqlite,
    path,
    close: () => {
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)'); // leave no write-ahead log behind
      } catch {
        /* busy: the log stays, and is replayed by the next open */
      }
      void checkpointer.stop();
      sqlite.close();
    },
  };
}
