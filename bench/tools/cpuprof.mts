// A CPU profile of scoreSession (env RUBRIC) over the bench's 27-33-message sessions for SECONDS (default 8); summarise it
// with profsum.mjs. usage: RUBRIC=rubricV34 node --no-regexp-tier-up --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx
// bench/tools/cpuprof.mts [seconds] && node bench/tools/profsum.mjs /tmp/prof/*.cpuprofile [top]
import { generateTranscripts } from '@askqa/generator';
import { scoreSession } from '../../packages/scoring/src/index';
import * as R from '../../packages/scoring/src/rubric';
const rubric = (R as any)[process.env.RUBRIC ?? 'currentRubric'];
const all = [...generateTranscripts({ sessions: 20_000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const long = all.filter((t: any) => t.messages.length >= 27 && t.messages.length <= 33).slice(0, 3_000);
const now = Date.parse('2026-12-01T00:00:00Z');
for (const t of long) scoreSession(t, { now, rubric });
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < Number(process.argv[2] ?? 8) * 1000) { for (const t of long) scoreSession(t, { now, rubric }); n += long.length; }
console.log(rubric.version, ((performance.now() - t0) * 1000 / n).toFixed(1), 'µs/session');
