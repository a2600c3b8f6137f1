// µs a session and V8's code space after scoring the bench's 27-33-message sessions: run under different regexp flags.
// usage: node [--no-regexp-tier-up | --regexp-tier-up-ticks=N] --import tsx bench/tools/tierup.mts [passes]
import v8 from 'node:v8';
import { generateTranscripts } from '@askqa/generator';
import { scoreSession, currentRubric } from '../../packages/scoring/src/index';
const codeMB = () => v8.getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code')).reduce((a, s) => a + s.physical_space_size, 0) / 2 ** 20;
const all = [...generateTranscripts({ sessions: 20_000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const long = all.filter((t: any) => t.messages.length >= 27 && t.messages.length <= 33).slice(0, 3_000);
const now = Date.parse('2026-12-01T00:00:00Z');
const c0 = codeMB();
let t0 = performance.now();
for (const t of long) scoreSession(t, { now, rubric: currentRubric });
const first = ((performance.now() - t0) * 1000) / long.length;
const c1 = codeMB();
t0 = performance.now();
const passes = Number(process.argv[2] ?? 4);
for (let p = 0; p < passes; p++) for (const t of long) scoreSession(t, { now, rubric: currentRubric });
const steady = ((performance.now() - t0) * 1000) / (long.length * passes);
console.log(`${process.execArgv.filter((a) => a.startsWith('--regexp') || a.startsWith('--no-regexp')).join(' ') || 'default'}: first pass ${first.toFixed(0)} µs, steady ${steady.toFixed(0)} µs/session; code ${c0.toFixed(1)} → ${c1.toFixed(1)} → ${codeMB().toFixed(1)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
