/**
 * Browser tests run the real server (apps/api) on a fresh SQLite file with the built dashboard,
 * and drive Debian's chromium through playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { Transcript } from '@askqa/contract';
import { buildApp } from '../../apps/api/src/app';
import { defaultConfig } from '../../apps/api/src/config';
import { createUser } from '../../apps/api/src/services/auth';
import { ingestTranscripts } from '../../apps/api/src/services/ingest';

export const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'apps/web');
const DIST_INDEX = join(WEB, 'dist/index.html');
export const DEVSET_DIR = resolve(ROOT, '../shared/devset');
export const PASSWORD = 'correct horse battery';

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/**
 * Builds apps/web when dist is missing or older than its sources. Test files run in parallel
 * processes, so one builds under a lock (an atomic mkdir) while the others wait for it.
 */
export async function ensureDashboardBuilt(): Promise<void> {
  const sources = [join(WEB, 'src'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts'), join(ROOT, 'packages/contract/src')];
  const fresh = () => existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (fresh()) return;
  const lock = join(tmpdir(), 'askqa-web-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another test file is building; a lock older than 3 minutes is left over from a crash
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      if (fresh()) return;
    }
  }
  try {
    if (!fresh()) execFileSync('npx', ['vite', 'build', 'apps/web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function devsetTranscripts(): Transcript[] {
  return readdirSync(DEVSET_DIR)
    .filter((f) => /^\d{3}-.*\.json$/.test(f))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(DEVSET_DIR, f), 'utf8')) as { transcript: Transcript }).transcript);
}

export type Server = { app: FastifyInstance; url: string; close: () => Promise<void> };

/** The real app on a temporary database file, with the given users and transcripts. */
export async function startServer(opts: { users: { email: string; role: string; library?: string }[]; transcripts?: unknown[] }): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'askqa-web-'));
  const config = { ...defaultConfig(), DATABASE_URL: `file:${join(dir, 'qa.sqlite')}`, LOG_LEVEL: 'silent' as const, JOB_INTERVAL_SECONDS: 0 };
  const app = await buildApp({ config, logger: false });
  for (const u of opts.users) await createUser(app.services, { ...u, password: PASSWORD });
  if (opts.transcripts?.length) {
    const results = ingestTranscripts(app.services, opts.transcripts);
    const bad = results.filter((r) => r.status === 'rejected');
    if (bad.length) throw new Error(`test data rejected: ${JSON.stringify(bad.map((r) => r.errors))}`);
  }
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: address,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context in the service's time zone (the dashboard shows and reads times in the browser's zone). */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, timezoneId: 'America/New_York', locale: 'en-US', viewport: { width: 1360, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
