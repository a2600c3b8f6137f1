// µs per session of scoreSession under one rubric (env RUBRIC), over the bench's 27-33-message sessions.
// usage: RUBRIC=rubricV27 node --no-regexp-tier-up --import tsx bench/tools/profv.mts [runs] [secondsPerRun]
// (the rounds' timings bundled it first: npx esbuild bench/tools/profv.mts --bundle --platform=node --format=esm
// --outfile=bench/cache/profv.mjs, then ran that file; bench/cache/ is git-ignored)
import { generateTranscripts } from '@askqa/generator';
import { scoreSession } from '../../packages/scoring/src/index';
import * as R from '../../packages/scoring/src/rubric';
let rubric = (R as any)[process.env.RUBRIC ?? 'currentRubric'];
if (process.env.OFF) rubric = { ...rubric, ...Object.fromEntries(process.env.OFF.split(',').map((k) => [k, false])) };
if (process.env.PHRASES) rubric = { ...rubric, phrases: (R as any)[process.env.PHRASES].phrases };
// FAM=family1,family2 FROM=rubricV29: those families from another rubric's phrases
if (process.env.FAM) rubric = { ...rubric, phrases: { ...rubric.phrases, ...Object.fromEntries(process.env.FAM.split(',').map((f) => [f, (R as any)[process.env.FROM!].phrases[f]])) } };
const runs = Number(process.argv[2] ?? 3), secs = Number(process.argv[3] ?? 3);
const all = [...generateTranscripts({ sessions: 40_000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const long = all.filter((t: any) => t.messages.length >= 27 && t.messages.length <= 33).slice(0, 5_000);
const now = Date.parse('2026-12-01T00:00:00Z');
for (const t of long.slice(0, 500)) scoreSession(t, { now, rubric });
const out: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < secs * 1000) {
    for (const t of long) scoreSession(t, { now, rubric });
    n += long.length;
  }
  out.push(((performance.now() - t0) * 1000) / n);
}
out.sort((a, b) => a - b);
console.log(`${rubric.version}: ${out.map((x) => x.toFixed(1)).join(' ')} µs/session, median ${out[out.length >> 1]!.toFixed(1)}`);
