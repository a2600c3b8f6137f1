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

/** How often, and how far apart, `close` tries its final TRUNCATE checkpoint while the background thread is busy. */
const CLOSE_TRIES = 100;
const CLOSE_WAIT_MS = 10;
/** A word to sleep on (`Atomics.wait`) between those tries: `close` is synchronous. */
const CLOSE_PAUSE = new Int32Array(new SharedArrayBuffer(4));
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
      // Leave no write-ahead log behind. The background thread may be in a PASSIVE checkpoint of its own just now: a
      // TRUNCATE then reports busy (it returns `busy: 1` rather than throwing), so it is tried again for up to a second.
      // If it is still busy, the log stays and is replayed by the next open.
      for (let tries = 0; tries < CLOSE_TRIES; tries++) {
        try {
          const [r] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
          if (r === undefined || r.busy === 0) break;
        } catch {
          /* busy */
        }
        Atomics.wait(CLOSE_PAUSE, 0, 0, CLOSE_WAIT_MS);
      }
      void checkpointer.stop();
      sqlite.close();
    },
  };
}
