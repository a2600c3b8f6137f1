/** Worker thread of prepare-pool.ts: prepares chunks of an upload, or scores stored sessions (prepare.ts), for the main thread to store. */
import { parentPort } from 'node:worker_threads';
import { currentRubric } from '@askqa/scoring';
import { forTransfer, prepareEntry, prepareItem, scoreStored, type EntryResult, type ImportEntry, type Packed, type ScoreInput } from './prepare';

type Job = { id: number; now: number } & (
  | { kind: 'prepare'; items: unknown[] }
  | { kind: 'import'; items: ImportEntry[]; onlyLibrary?: string }
  | { kind: 'score'; items: Pick<ScoreInput, 'doc' | 'key' | 'followUps' | 'others' | 'seen'>[] }
);

const entry = (e: ImportEntry, now: number, onlyLibrary: string | undefined): EntryResult<Packed> => {
  const r = prepareEntry(e, now, currentRubric, onlyLibrary);
  return r.prepared ? { ...r, prepared: forTransfer(r.prepared) } : r;
};

parentPort!.on('message', (job: Job) => {
  const out =
    job.kind === 'prepare'
      ? job.items.map((item) => forTransfer(prepareItem(item, job.now, currentRubric)))
      : job.kind === 'import'
        ? job.items.map((e) => entry(e, job.now, job.onlyLibrary))
        : job.items.map((x) => scoreStored(x, job.now, currentRubric));
  parentPort!.postMessage({ id: job.id, out });
});
