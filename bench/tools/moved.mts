// Compare two rubric versions: statuses of every check over 40,000 generator sessions and ~10,000 LibChat import rows.
// usage: node --import tsx bench/tools/moved.mts rubricV27 rubricV28 [setting1,setting2 to turn off in B]
import { createReadStream, existsSync } from 'node:fs';
import { generateTranscripts, writeLibChatCsv } from '@askqa/generator';
import { readImport } from '@askqa/importers';
import * as R from '../../packages/scoring/src/rubric';
import { scoreSession } from '../../packages/scoring/src/index';
import { redactTranscript } from '../../packages/importers/src/redact';

const [an, bn, off] = process.argv.slice(2);
const A = (R as any)[an!];
let B = (R as any)[bn!];
if (off) B = { ...B, ...Object.fromEntries(off.split(',').map((k) => [k, false])) };
const now = Date.parse('2026-12-01T00:00:00Z');
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
let n = 0, moved = 0, fullDiff = 0;
function cmp(t: any, tag: string) {
  n++;
  const a = scoreSession(t, { now, rubric: A });
  const b = scoreSession(t, { now, rubric: B });
  let any = false;
  for (let i = 0; i < a.checks.length; i++) {
    const x = a.checks[i]!, y = b.checks[i]!;
    if (x.status !== y.status) {
      any = true;
      const k = `${x.id}: ${x.status} -> ${y.status}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const ex = examples.get(k) ?? [];
      if (ex.length < 3) ex.push(`${tag} ${t.externalId}: ${y.note}`);
      examples.set(k, ex);
    }
  }
  if (any) moved++;
  if (JSON.stringify(a.checks.map((c) => [c.status, c.note, c.value, c.evidence])) !== JSON.stringify(b.checks.map((c) => [c.status, c.note, c.value, c.evidence]))) fullDiff++;
}
for (const t of generateTranscripts({ sessions: 40000, seed: 7, weeks: 26 })) cmp(redactTranscript(structuredClone(t)).transcript, 'gen');
const gen = n, genMoved = moved, genFull = fullDiff;
const csv = '/tmp/moved-libchat.csv';
if (!existsSync(csv)) await writeLibChatCsv(csv, { sessions: 10000, seed: 31, weeks: 26 });
for await (const item of readImport(createReadStream(csv), { format: 'libchat' } as any)) {
  if ((item as any).transcript) cmp(redactTranscript(structuredClone((item as any).transcript)).transcript, 'libchat');
}
console.log(`generator: ${genMoved} of ${gen} sessions move a status; ${genFull} change a note, value or evidence`);
console.log(`libchat: ${moved - genMoved} of ${n - gen} rows move a status; ${fullDiff - genFull} change a note, value or evidence`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${v}\t${k}`);
  for (const e of examples.get(k)!) console.log(`\t\t${e}`);
}
