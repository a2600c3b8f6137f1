/** Worker thread of prepare-pool.ts: scores chunks of an upload the main thread has validated and redacted, or stored sessions (prepare.ts), for the main thread to store. */
import { parentPort } from 'node:worker_threads';
import { currentRubric } from '@askqa/scoring';
import { scoreForTransfer, scoreStored, type ScoreInput, type Unscored } from './prepare';

type Job = { id: number; now: number } & ({ kind: 'prepare'; items: Pick<Unscored, 't' | 'key'>[] } | { kind: 'score'; items: Pick<ScoreInput, 'doc' | 'key' | 'followUps' | 'others' | 'seen'>[] });

parentPort!.on('message', (job: Job) => {
  const out = job.kind === 'prepare' ? job.items.map((x) => scoreForTransfer(x, job.now, currentRubric)) : job.items.map((x) => scoreStored(x, job.now, currentRubric));
  parentPort!.postMessage({ id: job.id, out });
});
