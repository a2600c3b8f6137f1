/**
 * Worker threads that score uploads while the main thread stores what is ready
 * (docs/decisions/005-ingest-pipeline.md). The calling thread validates and redacts a chunk itself
 * (prepare.ts, prepareUnscored) and hands the worker only the scoring, the larger part; chunks go
 * to the worker with the least work queued; a chunk whose worker fails is rejected, and the caller
 * prepares it itself.
 */
import { availableParallelism } from 'node:os';
import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import { currentRubric } from '@askqa/scoring';
import { bundleOptions, cachedModule } from '../bundle-cache.mjs';
import type { ServiceContext } from './context';
import { fromScored, prepareUnscoredItem, type Prepared, type Rejected, type Rescored, type ScoredPacked, type ScoreInput, type Unscored } from './prepare';

type Pending = { resolve: (out: unknown[]) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; answered: boolean };

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_SOURCE = new URL(`./prepare-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);
const ROOT = new URL('../../../../', import.meta.url);

let workerUrl: URL | undefined;

/**
 * The worker's module. Run from TypeScript sources (as the server, the CLI and the tests are),
 * the worker and the workspace packages it uses are bundled once per process into one
 * JavaScript module (npm packages stay imports), written under node_modules/.cache so those
 * imports resolve. A worker started on the .ts file would need the tsx loader, which on Node 20
 * costs each worker an extra loader thread (~25 MB) and a slower start.
 */
export function workerModule(): URL {
  if (workerUrl) return workerUrl;
  if (!FROM_SOURCE) return (workerUrl = WORKER_SOURCE);
  const out = buildSync(bundleOptions(ROOT, WORKER_SOURCE));
  return (workerUrl = cachedModule(ROOT, 'prepare-worker', out.outputFiles[0]!.text));
}

/**
 * The pool a caller may use: the workers score with the rubric in force, so a caller scoring with
 * another one (a test's) works on its own thread.
 */
export function poolFor(ctx: ServiceContext, pool: PreparePool | null | undefined): PreparePool | null {
  return pool && ctx.rubric === currentRubric ? pool : null;
}

/** Workers to use when the setting says "auto": every core but the one the main thread writes on. */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 1);
}

export class PreparePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  /** chunks prepared by the workers, and chunks a failing worker left to the caller */
  readonly counts = { prepared: 0, failed: 0 };

  /**
   * `youngGenerationMb`: the workers' young generation (V8's default when left out). The server
   * gives its workers one as large as its own thread's (three 32 MB semi-spaces), so the
   * transcripts of an upload are scavenged less often; the command line keeps the default to
   * stay within its memory budget.
   */
  constructor(
    readonly size: number,
    private readonly opts: { youngGenerationMb?: number } = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const young = this.opts.youngGenerationMb;
    const worker = new Worker(workerModule(), young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {});
    worker.unref(); // referenced only while it has work: an idle pool never keeps the process alive
    const slot: Slot = { worker, pending: new Map(), answered: false };
    worker.on('message', (msg: { id: number; out: unknown[] }) => {
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      slot.answered = true;
      this.counts.prepared++;
      if (slot.pending.size === 0) worker.unref();
      p?.resolve(msg.out);
    });
    const fail = (err: Error) => {
      this.counts.failed += slot.pending.size;
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      // a worker that dies having worked is replaced; one that never started (its code does not
      // load) is not, or it would be restarted forever: its share goes to the main thread
      if (slot.answered) this.slots[i] = this.spawn();
      else this.slots.splice(i, 1);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`prepare worker exited with code ${code}`)));
    return slot;
  }

  /**
   * Prepares `items` as prepareItem does, with the clock at `now`: validated, redacted and
   * serialised on this thread at once, and scored on the least busy worker. The workers set the
   * pace of an upload (scoring is most of the work), and the storing thread had time to spare.
   */
  async prepare(items: readonly unknown[], now: number): Promise<(Prepared | Rejected)[]> {
    const unusable = this.unusable();
    if (unusable) throw unusable; // (before any work: the caller prepares the chunk itself)
    const first = items.map(prepareUnscoredItem);
    const valid = first.filter((u): u is Unscored => u.ok);
    const scored = valid.length === 0 ? [] : ((await this.run('prepare', valid.map((u) => ({ t: u.t, key: u.key })), now)) as ScoredPacked[]);
    let k = 0;
    return first.map((u) => (u.ok ? fromScored(u, scored[k++]!) : u));
  }

  /** Scores stored sessions (scoreStored each, with the clock at `now`) on the least busy worker. */
  score(items: readonly ScoreInput[], now: number): Promise<Rescored[]> {
    const jobs = items.map((x) => ({ doc: x.doc, key: x.key, followUps: x.followUps, others: x.others, seen: x.seen }));
    return this.run('score', jobs, now) as Promise<Rescored[]>;
  }

  private run(kind: 'prepare' | 'score', items: readonly unknown[], now: number): Promise<unknown[]> {
    const unusable = this.unusable();
    if (unusable) return Promise.reject(unusable);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, kind, items, now });
    });
  }

  /** Why no job can be run (closed, or no worker left), or null. */
  private unusable(): Error | null {
    if (this.closed) return new Error('the prepare pool is closed');
    return this.slots.length === 0 ? new Error('the prepare pool has no worker left') : null;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
