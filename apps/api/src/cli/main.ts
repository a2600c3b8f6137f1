/**
 * `npm run qa -- <command>`: import, tokens, users, rescore, backup, purge.
 * Settings come from the environment (DATABASE_URL …), as for the server.
 */
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { ConfigError, loadConfig } from '../config';
import { AppError } from '../errors';
import { createApiToken, createUser, revokeApiToken } from '../services/auth';
import { importStream, type ImportRowReport } from '../services/imports';
import { purgeExpiredOriginals } from '../services/privacy';
import { judgeOverdueFollowUps, rescoreWithPool } from '../services/rescore';
import { openServices } from '../services/service-context';
import { defaultWorkerCount, PreparePool } from '../services/prepare-pool';
import { seedDemo } from '../demo';

const FORMATS = ['auto', 'json', 'ndjson', 'libchat', 'libraryh3lp', 'text'];

/**
 * The database for a command: a small SQLite page cache keeps memory flat (README, Benchmarks);
 * `bulk` commands (import, rescore, demo) also checkpoint on a thread of their own. The import,
 * whose memory has a budget, keeps an 8 MB cache (bench README, thirty-ninth round).
 */
function services(opts: { bulk?: boolean; cacheMB?: number } = {}) {
  return openServices(loadConfig(), { cacheMB: opts.cacheMB ?? 16, backgroundCheckpoints: opts.bulk === true });
}

/** The worker threads the INGEST_WORKERS setting asks for (null: none); `auto` means `auto` of them. */
function workerPool(auto = defaultWorkerCount()): PreparePool | null {
  const setting = loadConfig().INGEST_WORKERS;
  const size = setting === 'auto' ? auto : setting;
  try {
    return size > 0 ? new PreparePool(size) : null;
  } catch (err) {
    console.error(`worker threads could not start (${err instanceof Error ? err.message : String(err)}); working on one thread`);
    return null;
  }
}

function listFiles(target: string): string[] {
  const st = statSync(target, { throwIfNoEntry: false });
  if (!st) throw new AppError(1, 'not_found', `${target} does not exist`);
  if (st.isFile()) return [target];
  return readdirSync(target)
    .filter((f) => !f.startsWith('.') && !f.endsWith('.report.json') && statSync(join(target, f)).isFile())
    .sort()
    .map((f) => join(target, f));
}

const program = new Command('qa').description('AskQA command line').showHelpAfterError();

program
  .command('import')
  .description('import a file or every file of a folder: canonical JSON/NDJSON or chat-system exports')
  .argument('<path>', 'a file or a folder')
  .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'auto')
  .option('--timezone <tz>', 'time zone of exports without offsets', 'America/New_York')
  .option('--library <code>', 'library code for exports that do not name one')
  .option('--source <name>', 'source system name (part of the session identity)')
  .option('--report <file>', 'where to write the report of rejected rows', 'import-report.json')
  .action(async (path: string, o: { format: string; timezone: string; library?: string; source?: string; report: string }) => {
    if (!FORMATS.includes(o.format)) throw new InvalidArgumentError(`--format must be one of ${FORMATS.join(', ')}`);
    const { ctx, handle } = services({ bulk: true, cacheMB: 8 });
    const files = listFiles(path);
    const pool = workerPool();
    const totals = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    const rejected: (ImportRowReport & { file: string })[] = [];
    const bar = new cliProgress.SingleBar(
      { format: '{file} [{bar}] {percentage}% | {rows} rows | {rejected} rejected', hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    try {
      for (const file of files) {
        const size = statSync(file).size;
        let read = 0;
        let rows = 0;
        let bad = 0;
        bar.start(size || 1, 0, { file, rows, rejected: bad });
        const counter = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            read += chunk.length;
            cb(null, chunk);
          },
        });
        const stream = createReadStream(file).pipe(counter);
        const summary = await importStream(
          ctx,
          stream,
          { format: o.format as never, timezone: o.timezone, library: o.library, source: o.source, filename: file },
          {
            keepRows: 'rejected',
            pool,
            onRow: (r) => {
              rows++;
              if (r.status === 'rejected') bad++;
              if (rows % 200 === 0) bar.update(read, { rows, rejected: bad });
            },
          },
        );
        bar.update(size || 1, { rows, rejected: bad });
        bar.stop();
        for (const k of ['created', 'updated', 'unchanged', 'rejected'] as const) totals[k] += summary[k];
        for (const r of summary.rows) rejected.push({ file, ...r });
        console.log(`${file} (${summary.format}): ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected`);
      }
    } finally {
      handle.close();
      await pool?.close();
    }
    console.log(`total: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected`);
    if (rejected.length > 0) {
      await writeFile(o.report, JSON.stringify({ rejected }, null, 2));
      console.log(`the rejected rows, with their position and reason, are in ${resolve(o.report)}`);
      process.exitCode = 2;
    }
  });

const tokens = program.command('tokens').description('API tokens for chat systems and scripts');
tokens
  .command('create')
  .requiredOption('--name <name>', 'what the token is for')
  .action((o: { name: string }) => {
    const { ctx, handle } = services();
    try {
      const t = createApiToken(ctx, o);
      console.log(`token "${t.name}" created. Copy it now; it is not shown again:\n${t.token}`);
    } finally {
      handle.close();
    }
  });
tokens
  .command('revoke')
  .requiredOption('--name <name>')
  .action((o: { name: string }) => {
    const { ctx, handle } = services();
    try {
      console.log(`${revokeApiToken(ctx, o)} token(s) revoked`);
    } finally {
      handle.close();
    }
  });

program
  .command('users')
  .description('people who sign in to the dashboard')
  .command('create')
  .requiredOption('--email <email>')
  .requiredOption('--role <role>', 'admin, coordinator, liaison or quality')
  .option('--library <code>', "the liaison's library")
  .option('--password <password>', 'without it, one is generated and printed')
  .action(async (o: { email: string; role: string; library?: string; password?: string }) => {
    const { ctx, handle } = services();
    try {
      const r = await createUser(ctx, o);
      console.log(`user ${r.user.email} (${r.user.role}${r.user.library ? `, ${r.user.library}` : ''}) created`);
      if (r.generated) console.log(`password: ${r.password}`);
    } finally {
      handle.close();
    }
  });

program
  .command('rescore')
  .description('rescore stored sessions to the rubric in force, and judge overdue follow-ups')
  .option('--all', 'rescore every session, not only those scored with an older rubric')
  .action(async (o: { all?: boolean }) => {
    const { ctx, handle } = services({ bulk: true });
    // a worker for every core, up to four: this thread only reads and writes, and at about a
    // quarter of a core's time a session it keeps up with two or three of them (decision 018)
    const pool = workerPool(Math.min(availableParallelism(), 4));
    const bar = new cliProgress.SingleBar({ format: 'rescoring [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic);
    try {
      let started = false;
      const r = await rescoreWithPool(ctx, {
        all: o.all,
        pool,
        scoreWhileWaiting: false,
        onProgress: (p) => {
          if (!started) {
            bar.start(p.total, 0);
            started = true;
          }
          bar.update(p.done);
        },
      });
      if (started) bar.stop();
      const overdue = judgeOverdueFollowUps(ctx);
      console.log(`${r.rescored} sessions rescored to rubric ${ctx.rubric.version}; ${overdue} pending follow-ups re-judged`);
    } finally {
      handle.close();
      await pool?.close();
    }
  });

program
  .command('backup')
  .description('an online, consistent copy of the database (safe while the server runs)')
  .option('--out <file>', 'where to write it', `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`)
  .action(async (o: { out: string }) => {
    const { handle } = services();
    try {
      await handle.sqlite.backup(o.out);
      console.log(`backup written to ${resolve(o.out)}`);
    } finally {
      handle.close();
    }
  });

program
  .command('purge')
  .description('delete patron details kept past the retention period (RETENTION_DAYS); scores stay')
  .action(() => {
    const { ctx, handle } = services();
    try {
      console.log(`${purgeExpiredOriginals(ctx)} sessions' patron details purged`);
    } finally {
      handle.close();
    }
  });

program
  .command('demo')
  .description('fill the database with generated demo sessions and accounts')
  .option('--sessions <n>', 'how many sessions', (v) => Number(v), 3000)
  .action(async (o: { sessions: number }) => {
    const { ctx, handle } = services({ bulk: true });
    try {
      const r = await seedDemo(ctx, { sessions: o.sessions });
      console.log(`${r.sessions} demo sessions stored`);
    } finally {
      handle.close();
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof AppError) console.error(err.message);
  else if (err instanceof Error) console.error(`error: ${err.message}`);
  else console.error(err);
  process.exitCode = 1;
});
