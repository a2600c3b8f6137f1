/** Demo data: generated sessions (deterministic) and one account per role, listed in the README. */
import { eq } from 'drizzle-orm';
import type { Transcript } from '@askqa/contract';
import { generateTranscripts, LIBRARIES } from '@askqa/generator';
import { libraries, sessions, users } from '@askqa/db';
import type { ServiceContext } from './services/context';
import { createUser } from './services/auth';
import { storeTranscript } from './services/ingest';
import { inStatsBatch } from './services/stats-aggregates';

export const DEMO_PASSWORD = 'askqa-demo';
export const DEMO_ACCOUNTS = [
  { email: 'admin@askqa.demo', role: 'admin' },
  { email: 'coordinator@askqa.demo', role: 'coordinator' },
  { email: 'quality@askqa.demo', role: 'quality' },
  { email: 'liaison.bcpl@askqa.demo', role: 'liaison', library: 'BCPL' },
  { email: 'liaison.epfl@askqa.demo', role: 'liaison', library: 'EPFL' },
] as const;

/** Seeds an empty database; a database that already holds sessions is left as it is. */
export async function seedDemo(ctx: ServiceContext, opts: { sessions?: number; onProgress?: (n: number) => void } = {}): Promise<{ sessions: number }> {
  for (const a of DEMO_ACCOUNTS) {
    if (!ctx.db.select({ id: users.id }).from(users).where(eq(users.email, a.email)).get()) {
      await createUser(ctx, { ...a, password: DEMO_PASSWORD });
    }
  }
  for (const l of LIBRARIES) {
    ctx.db.insert(libraries).values({ code: l.code, name: l.name }).onConflictDoUpdate({ target: libraries.code, set: { name: l.name } }).run();
  }
  if (ctx.db.select({ id: sessions.id }).from(sessions).limit(1).get()) return { sessions: 0 };
  // generated transcripts are valid: stored directly, 500 to a transaction as ingest does
  const storeBatch = (batch: Transcript[]) =>
    inStatsBatch(ctx.db, () => {
      for (const t of batch) storeTranscript(ctx, t);
    });
  let n = 0;
  let batch: Transcript[] = [];
  for (const t of generateTranscripts({ sessions: opts.sessions ?? 3000 })) {
    batch.push(t);
    if (batch.length === 500) {
      storeBatch(batch);
      n += batch.length;
      batch = [];
      opts.onProgress?.(n);
    }
  }
  storeBatch(batch);
  return { sessions: n + batch.length };
}
