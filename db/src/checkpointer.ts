/**
 * WAL checkpoints on a thread of their own. SQLite copies the write-ahead log back into the
 * database (and syncs it) at the commit that crosses `wal_autocheckpoint` pages: on the thread
 * that writes, ~10% of a bulk ingest here. A second connection on a worker thread checkpoints
 * PASSIVE (never blocking the writer or readers) every `intervalMs`; the writer's own automatic
 * checkpoint stays on as a backstop, at a higher threshold, should this thread fall behind.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// plain CommonJS evaluated in the worker: it needs no TypeScript loader and loads only better-sqlite3
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next round, or the writer's backstop, does it */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export type Checkpointer = { stop: () => Promise<void> };

export function startCheckpointer(path: string, intervalMs = 500): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CODE, { eval: true, workerData: { driver, path, intervalMs } });
  worker.unref(); // never keeps a process alive
  worker.on('error', () => {
    /* a checkpointer that fails leaves the writer's own automatic checkpoint to do the work */
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
