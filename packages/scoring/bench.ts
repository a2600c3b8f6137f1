/**
 * Scoring speed: `node --no-regexp-tier-up --import tsx packages/scoring/bench.ts [seconds]` (the flag as `npm start` has it).
 * Scores the devset (shared/devset, or ASKQA_DEVSET) and synthetic ~30-message sessions built
 * from it, on one core, and prints sessions per second. The target is >= 20,000/s at 30 messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message, Transcript } from '@askqa/contract';
import { providerIntervals, scoreSession } from './src/index';

const DIR = process.env.ASKQA_DEVSET ?? join(import.meta.dirname, '../../../shared/devset');
const seconds = Number(process.argv[2] ?? 3);

const devset: { t: Transcript; now: number }[] = readdirSync(DIR)
  .filter((f) => /^\d{3}-.*\.json$/.test(f))
  .sort()
  .map((f) => {
    const d = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { transcript: Transcript; asOf: string };
    return { t: d.transcript, now: Date.parse(d.asOf) };
  });
const intervals = devset.flatMap((d) => providerIntervals(d.t));

/** ~30 messages: a devset session with its middle exchange repeated, times shifted forward. */
function thirty(t: Transcript): Transcript {
  const msgs = t.messages;
  if (msgs.length < 4) return t;
  const out: Message[] = [];
  let shift = 0;
  const mid = msgs.slice(1, -1);
  out.push(msgs[0]!);
  while (out.length + mid.length + 1 <= 30) {
    for (const m of mid) out.push({ ...m, at: new Date(Date.parse(m.at) + shift).toISOString().replace('Z', '+00:00') });
    shift += Date.parse(msgs[msgs.length - 1]!.at) - Date.parse(msgs[0]!.at);
  }
  const last = msgs[msgs.length - 1]!;
  out.push({ ...last, at: new Date(Date.parse(last.at) + shift).toISOString().replace('Z', '+00:00') });
  return { ...t, messages: out, endedAt: null };
}

function run(label: string, set: { t: Transcript; now: number }[]): void {
  // JSON round-trip per session so no cache between runs can help (scoring must not rely on one).
  const fresh = set.map((d) => JSON.stringify(d.t));
  for (let w = 0; w < 2000; w++) scoreSession(JSON.parse(fresh[w % fresh.length]!), { now: set[w % set.length]!.now, otherIntervals: intervals });
  const docs = Array.from({ length: 20 }, () => fresh.map((f) => JSON.parse(f) as Transcript)).flat();
  let n = 0;
  let parsedAt = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 200; i++) {
      const k = n % docs.length;
      scoreSession(docs[k]!, { now: set[k % set.length]!.now, otherIntervals: intervals });
      n++;
      if (k === docs.length - 1) {
        const p0 = performance.now();
        for (let j = 0; j < docs.length; j++) docs[j] = JSON.parse(fresh[j % fresh.length]!) as Transcript;
        parsedAt += performance.now() - p0;
      }
    }
  }
  const wall = performance.now() - start - parsedAt;
  const used = process.cpuUsage(cpu0);
  // CPU time of this process: on a busy machine wall time also counts waiting for a core.
  const cpu = (used.user + used.system) / 1000 - parsedAt;
  const avg = set.reduce((a, d) => a + d.t.messages.length, 0) / set.length;
  const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(8);
  console.log(
    `${label.padEnd(32)} ${rate(cpu)} sessions/s of CPU time (${((cpu * 1000) / n).toFixed(1)} µs each), ${rate(wall)}/s wall; ${avg.toFixed(1)} messages avg`,
  );
}

run('devset (40 sessions)', devset);
run('synthetic ~30-message sessions', devset.map((d) => ({ t: thirty(d.t), now: d.now })));
