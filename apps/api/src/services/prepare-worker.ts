/** Worker thread of prepare-pool.ts: prepares chunks of an upload, or scores stored sessions (prepare.ts), for the main thread to store. */
import { parentPort } from 'node:worker_threads';
import { currentRubric } from '@askqa/scoring';
import { forTransfer, prepareItem, scoreStored, type ScoreInput } from './prepare';

type Job = { id: number; now: number } & ({ kind: 'prepare'; items: unknown[] } | { kind: 'score'; items: Pick<ScoreInput, 'doc' | 'key' | 'followUps' | 'others' | 'seen'>[] });

parentPort!.on('message', (job: Job) => {
  const out = job.kind === 'prepare' ? job.items.map((item) => forTransfer(prepareItem(item, job.now, currentRubric))) : job.items.map((x) => scoreStored(x, job.now, currentRubric));
  parentPort!.postMessage({ id: job.id, out });
});
