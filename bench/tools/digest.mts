// A digest of every score (the whole Score object) under some rubrics, to show that a change
// to the scorer's code leaves every score as it was: run it before and after, and compare the two files (cmp or diff).
// Sessions: 40,000 from the generator, 10,000 LibChat import rows (as moved.mts, redacted as stored) and the devset.
// usage: node --import tsx bench/tools/digest.mts OUT [rubricV41,rubricV37,...]   (default: every version)
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTranscripts, writeLibChatCsv } from '@askqa/generator';
import { readImport } from '@askqa/importers';
import * as R from '../../packages/scoring/src/rubric';
import { scoreSession } from '../../packages/scoring/src/index';
import { redactTranscript } from '../../packages/importers/src/redact';

const [out, names] = process.argv.slice(2);
if (!out) throw new Error('usage: digest.mts OUT [rubricV41,rubricV37,...]');
const rubrics = (names ? names.split(',') : Object.keys(R).filter((k) => /^rubricV\d+$/.test(k))).map((k) => (R as any)[k]);
const now = Date.parse('2026-12-01T00:00:00Z');
const sessions: { tag: string; t: any }[] = [];
for (const t of generateTranscripts({ sessions: 40000, seed: 7, weeks: 26 })) sessions.push({ tag: `gen ${t.externalId}`, t: redactTranscript(structuredClone(t)).transcript });
const csv = '/tmp/moved-libchat.csv';
if (!existsSync(csv)) await writeLibChatCsv(csv, { sessions: 10000, seed: 31, weeks: 26 });
for await (const item of readImport(createReadStream(csv), { format: 'libchat' } as any)) {
  const t = (item as any).transcript;
  if (t) sessions.push({ tag: `libchat ${t.externalId}`, t: redactTranscript(structuredClone(t)).transcript });
}
const dir = process.env.ASKQA_DEVSET ?? join(import.meta.dirname, '../../../shared/devset');
for (const f of readdirSync(dir).filter((x) => /^\d{3}-.*\.json$/.test(x))) {
  const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  sessions.push({ tag: `devset ${f}`, t: d.transcript });
}
const lines: string[] = [];
for (const rubric of rubrics) {
  const h = createHash('sha256');
  for (const { tag, t } of sessions) {
    const s = scoreSession(t, { now, rubric });
    const one = JSON.stringify(s);
    h.update(one);
    if (process.env.ALL) lines.push(`v${rubric.version} ${tag} ${createHash('sha256').update(one).digest('hex').slice(0, 16)}`);
  }
  lines.push(`v${rubric.version} all ${sessions.length} sessions ${h.digest('hex')}`);
  console.log(lines[lines.length - 1]);
}
writeFileSync(out, lines.join('\n') + '\n');
