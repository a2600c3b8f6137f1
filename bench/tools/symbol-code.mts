// The machine code a scoring thread holds (V8's code space, MB) after scoring 1,500 of the bench's sessions, then 1,500
// more whose every message ends in SUFFIX (default " 😊"), with the one-byte stand-ins of symbols on or off (OFF=1) and
// the byte loop's walk of normalised text beyond ASCII on or off (WALK_OFF=1); also the time a session of the second lot.
// Decision 015: a normalised text that is a two-byte string compiles the phrase families a second time, and one that the
// byte loop does not walk runs them over whole sentences, a second set of regexps.
// usage: SUFFIX=" ß" OFF=1 WALK_OFF=1 node --expose-gc --no-regexp-tier-up --import tsx bench/tools/symbol-code.mts
import v8 from 'node:v8';
import { generateTranscripts } from '@askqa/generator';
import { currentRubric, scoreSession } from '../../packages/scoring/src/index';
import { useLatin1Bytes, useSymbolStandIns } from '../../packages/scoring/src/text';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const codeMB = () => {
  gc();
  return (v8.getHeapCodeStatistics().code_and_metadata_size / 1048576).toFixed(1);
};
const heapMB = () => {
  gc();
  return (v8.getHeapStatistics().used_heap_size / 1048576).toFixed(1);
};
const suffix = process.env.SUFFIX ?? ' 😊';
if (process.env.OFF) useSymbolStandIns(false);
if (process.env.WALK_OFF) useLatin1Bytes(false);
const all = [...generateTranscripts({ sessions: 3000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const now = Date.parse('2026-12-01T00:00:00Z');
for (const t of all.slice(0, 1500)) scoreSession(t, { now, rubric: currentRubric });
const before = codeMB();
const heapBefore = heapMB();
const second = all.slice(1500).map((t) => ({ ...t, messages: t.messages.map((m: { text: string }) => ({ ...m, text: m.text + suffix })) }));
for (const t of second) scoreSession(t, { now, rubric: currentRubric });
const after = codeMB();
const heapAfter = heapMB();
const t0 = performance.now();
for (let pass = 0; pass < 3; pass++) for (const t of second) scoreSession(t, { now, rubric: currentRubric });
const us = ((performance.now() - t0) * 1000) / (3 * second.length);
console.log(`suffix ${JSON.stringify(suffix)}, stand-ins ${process.env.OFF ? 'off' : 'on'}, walk ${process.env.WALK_OFF ? 'off' : 'on'}: code ${before} MB -> ${after} MB, heap used ${heapBefore} MB -> ${heapAfter} MB; ${us.toFixed(0)} µs a session of the second lot`);
