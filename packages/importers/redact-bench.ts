/**
 * redactTranscript benchmark: 3,000 demo sessions (seed 3), plus a variant of
 * each with patron contact details mixed in. Prints µs/session for all, for
 * sessions with nothing to hide and for sessions with contacts, and a hash of
 * every output (to check that a change keeps behaviour identical).
 * Run: cd /work/main && npx tsx packages/importers/redact-bench.ts [sessions] [rounds]
 */
import { createHash } from 'node:crypto';
import type { Transcript } from '@askqa/contract';
import { generateTranscripts } from '@askqa/generator';
import { redactTranscript, restoreOriginals } from './src/index';

const N = Number(process.argv[2] ?? 3000);
const ROUNDS = Number(process.argv[3] ?? 5);
const base = [...generateTranscripts({ seed: 3, sessions: N })];

/** Deterministic variants with contacts, names, and odd values mixed in. */
const snippets = [
  'my email is Pat.Doe@example.org',
  'call me at (410) 555-0123 please',
  'I live at 12 Elm Street Apt 4',
  'my name is Ana Ruiz',
  'text me 4105550188',
  'order 4105550123 is late, 3 books on the way',
  'my cell: 443.555.0199 and 5550123',
  'we are at 400 N. Charles St, Suite 2',
  'reach me: x_y+z@mail.example.co.uk or a@b.io',
  'bot@web.libraryh3lp.com wrote',
];
function withContacts(t: Transcript, i: number): Transcript {
  const c = structuredClone(t);
  const s = snippets[i % snippets.length]!;
  const pm = c.messages.findIndex((m) => m.role === 'patron');
  if (pm >= 0) c.messages[pm]!.text += ' ' + s;
  const sm = c.messages.findIndex((m) => m.role === 'provider');
  if (i % 3 === 0 && sm >= 0) c.messages[sm]!.text += ' ' + snippets[(i + 1) % snippets.length];
  if (i % 4 === 1) c.patron = { name: i % 8 === 1 ? 'Kim Ota' : 'Guest', email: i % 5 === 1 ? 'kim@example.org' : null, phone: i % 7 === 1 ? '410-555-0123 ext. 12' : null };
  if (i % 6 === 2 && pm >= 0) c.messages[pm]!.author = 'Dana R.';
  if (i % 9 === 0) c.survey = { rating: 4, comment: 'thanks, ' + s };
  if (i % 11 === 0) c.followUps = [{ doneAt: c.startedAt, by: c.provider.id, note: 'called about ' + s }];
  return c;
}
const variants = base.map(withContacts);

/** The demo sessions with every patron name made unique (as real patrons' names are): V8 caches a
 * compiled RegExp by its source, so repeated demo names would hide the cost of a per-name regex. */
const word = (i: number) => { let w = ''; do { w += String.fromCharCode(97 + (i % 26)); i = Math.floor(i / 26); } while (i); return 'Q' + w; };
function uniqueNames(t: Transcript, i: number): Transcript {
  const c = structuredClone(t);
  const old = c.patron?.name;
  const fresh = (s: string) => `${s.split(' ')[0]} ${word(i)}`;
  if (old && !/^(guest|patron)$/i.test(old)) c.patron!.name = fresh(old);
  for (const m of c.messages) if (m.role === 'patron' && m.author && m.author !== 'Patron' && !m.author.includes('@')) m.author = fresh(m.author);
  return c;
}
const unique = base.map(uniqueNames);

// first pass: every session seen for the first time, nothing warmed up yet
{
  const t0 = performance.now();
  for (const t of unique) redactTranscript(t);
  console.log(`first pass (cold), unique names   ${(((performance.now() - t0) * 1000) / unique.length).toFixed(1).padStart(8)} µs/session`);
}

// correctness: fingerprint, purity, round trip
const h = createHash('sha256');
let bad = 0;
for (const t of [...base, ...variants, ...unique]) {
  const before = JSON.stringify(t);
  const r = redactTranscript(t);
  h.update(JSON.stringify(r));
  if (JSON.stringify(t) !== before) bad++;
  const back = r.originals ? restoreOriginals(r.transcript, r.originals) : r.transcript;
  if (JSON.stringify(back) !== before) bad++;
}
console.log(`output hash ${h.digest('hex').slice(0, 16)}  (purity/round-trip failures: ${bad})`);

const nothing = [...base, ...variants].filter((t) => !redactTranscript(t).originals);
const something = [...base, ...variants].filter((t) => redactTranscript(t).originals);
const msgs = base.reduce((a, t) => a + t.messages.length, 0) / base.length;
console.log(`${base.length} demo sessions (avg ${msgs.toFixed(1)} messages), ${base.filter((t) => redactTranscript(t).originals).length} with something to hide; ${nothing.length} nothing / ${something.length} something overall`);

/** Best of ROUNDS; `sets(r)` may give each round its own sessions (unseen names each round). */
function time(label: string, sets: (round: number) => Transcript[]): void {
  let best = Infinity;
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const set = sets(r);
    n = set.length;
    if (!n) return;
    const t0 = performance.now();
    for (const t of set) redactTranscript(t);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(34)} ${((best * 1000) / n).toFixed(1).padStart(8)} µs/session  (n=${n}, best of ${ROUNDS})`);
}
/** ROUNDS sets of the demo sessions, names unseen so far (`k` keeps the sets of different timings apart). */
const uniqueRounds = (k: number) => Array.from({ length: ROUNDS }, (_, r) => base.map((t, i) => uniqueNames(t, (k * ROUNDS + r + 1) * N + i)));
// classified by the demo session each was made from (running redactTranscript here would warm the regex cache)
const hides = base.map((t) => !!redactTranscript(t).originals);
const uniqueAll = uniqueRounds(0);
const uniqueSomething = uniqueRounds(1).map((set) => set.filter((_, i) => hides[i]));
const uniqueNothing = uniqueRounds(2).map((set) => set.filter((_, i) => !hides[i]));

console.log('-- every round on unseen patron names (as at ingest):');
time('demo sessions, all', (r) => uniqueAll[r]!);
time('demo, nothing to hide', (r) => uniqueNothing[r]!);
time('demo, names/contacts to hide', (r) => uniqueSomething[r]!);
console.log('-- the same sessions every round (compiled regexes cached by V8 after round 1):');
time('demo sessions, all (warm)', () => base);
time('nothing to hide (demo+variants)', () => nothing);
time('contacts/names (demo+variants)', () => something);
