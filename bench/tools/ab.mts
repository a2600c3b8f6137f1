// In-process A/B of two rubrics (env A, B) on the bench's 27-33-message sessions: alternating chunks, total time each.
// usage: A=rubricV40 B=rubricV41 node --no-regexp-tier-up --import tsx bench/tools/ab.mts [rounds]
// (or bundled with esbuild into bench/cache/ab.mjs, as for profv.mts)
import { generateTranscripts } from '@askqa/generator';
import { scoreSession } from '../../packages/scoring/src/index';
import * as R from '../../packages/scoring/src/rubric';
const A = (R as any)[process.env.A ?? 'rubricV40'], B = (R as any)[process.env.B ?? 'currentRubric'];
const all = [...generateTranscripts({ sessions: 40_000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const long = all.filter((t: any) => t.messages.length >= 27 && t.messages.length <= 33).slice(0, 5_000);
const now = Date.parse('2026-12-01T00:00:00Z');
for (const r of [A, B]) for (const t of long.slice(0, 1000)) scoreSession(t, { now, rubric: r });
const rounds = Number(process.argv[2] ?? 20);
let ta = 0, tb = 0, n = 0;
const ratios: number[] = [];
for (let i = 0; i < rounds; i++) {
  const chunk = long.slice((i * 250) % 5000, ((i * 250) % 5000) + 250);
  const order = i % 2 === 0 ? [A, B] : [B, A];
  const t: number[] = [];
  for (const r of order) { const t0 = performance.now(); for (const s of chunk) scoreSession(s, { now, rubric: r }); t.push(performance.now() - t0); }
  const [a, b] = i % 2 === 0 ? t : [t[1]!, t[0]!];
  ta += a!; tb += b!; n += chunk.length; ratios.push(b! / a!);
}
ratios.sort((x, y) => x - y);
console.log(`${A.version}: ${((ta * 1000) / n).toFixed(1)} µs/session; ${B.version}: ${((tb * 1000) / n).toFixed(1)} µs/session; ratio ${(tb / ta).toFixed(3)}, chunk ratios median ${ratios[ratios.length >> 1]!.toFixed(3)} (${ratios[0]!.toFixed(2)}-${ratios[ratios.length - 1]!.toFixed(2)})`);
