import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createDb } from '@askqa/db';
import type { Transcript } from '@askqa/contract';
import { buildApp } from '../src/app';
import { defaultConfig, type Config } from '../src/config';
import { createApiToken, createUser } from '../src/services/auth';

export type TestApp = { app: FastifyInstance; token: string; auth: { authorization: string }; clock: { now: number } };

/** A real app on a fresh, migrated in-memory database, with an API token and a movable clock. */
export async function testApp(opts: { config?: Partial<Config>; now?: string } = {}): Promise<TestApp> {
  const clock = { now: opts.now ? Date.parse(opts.now) : Date.parse('2026-11-01T12:00:00Z') };
  const config = { ...defaultConfig(), LOG_LEVEL: 'silent' as const, JOB_INTERVAL_SECONDS: 0, ...opts.config };
  const handle = createDb(':memory:');
  const app = await buildApp({ config, db: handle, now: () => clock.now, logger: false });
  app.addHook('onClose', async () => handle.close());
  const { token } = createApiToken(app.services, { name: 'test' });
  return { app, token, auth: { authorization: `Bearer ${token}` }, clock };
}

export async function signIn(app: FastifyInstance, user: { email: string; role: string; library?: string }): Promise<{ cookie: string }> {
  const password = 'correct horse battery';
  await createUser(app.services, { ...user, password });
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'askqa_session')!;
  return { cookie: `${c.name}=${c.value}` };
}

export const DEVSET_DIR = join(import.meta.dirname, '../../../../shared/devset');

export type DevCase = { file: string; transcript: Transcript; expect: Record<string, string>; why: Record<string, string>; asOf: string };

export function loadDevset(): DevCase[] {
  return readdirSync(DEVSET_DIR)
    .filter((f) => /^\d{3}-.*\.json$/.test(f))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(DEVSET_DIR, file), 'utf8')) }));
}

/** A small valid transcript; override what the test is about. */
export function transcript(over: Partial<Transcript> & { externalId?: string } = {}): Transcript {
  const base: Transcript = {
    externalId: 'ext-1',
    source: 'test',
    library: 'BCPL',
    provider: { id: 'jsmith', name: 'Jane Smith', library: 'BCPL' },
    patron: { name: null, email: null, phone: null },
    startedAt: '2026-03-02T14:05:10-05:00',
    endedAt: '2026-03-02T14:12:00-05:00',
    resolutionCode: 'Answered',
    messages: [
      { at: '2026-03-02T14:05:10-05:00', role: 'patron', author: 'Patron', text: 'Do you have books about beekeeping?' },
      { at: '2026-03-02T14:05:31-05:00', role: 'provider', author: 'Jane Smith', authorId: 'jsmith', text: "Hi, I'm Jane, a librarian at BCPL. Are you a beginner?" },
      { at: '2026-03-02T14:06:00-05:00', role: 'patron', author: 'Patron', text: 'yes total beginner' },
      { at: '2026-03-02T14:07:00-05:00', role: 'provider', author: 'Jane Smith', authorId: 'jsmith', text: 'Try "The Beekeeper\'s Handbook" in our catalog at bcpl.info. Does that answer your question?' },
      { at: '2026-03-02T14:08:00-05:00', role: 'patron', author: 'Patron', text: 'yes thanks, that is all I needed' },
      { at: '2026-03-02T14:08:30-05:00', role: 'provider', author: 'Jane Smith', authorId: 'jsmith', text: 'Thanks for chatting, goodbye!' },
    ],
  };
  return { ...base, ...over };
}
