import { createDb, type DbHandle } from '@askqa/db';
import { currentRubric } from '@askqa/scoring';
import type { Config } from '../config';
import type { ServiceContext } from './context';

/** The services' context outside the HTTP server (command line, jobs, benchmarks). */
export function openServices(config: Config, opts: { now?: () => number; cacheMB?: number; backgroundCheckpoints?: boolean } = {}): { ctx: ServiceContext; handle: DbHandle } {
  const handle = createDb(config.DATABASE_URL, { cacheMB: opts.cacheMB, backgroundCheckpoints: opts.backgroundCheckpoints });
  return {
    handle,
    ctx: { db: handle.db, now: opts.now ?? (() => Date.now()), rubric: currentRubric, retentionDays: config.RETENTION_DAYS },
  };
}
