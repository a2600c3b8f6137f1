// The machine code a scoring thread holds (V8's code space, MB) after scoring 1,500 of the bench's sessions, then 1,500
// more whose every message ends in SUFFIX (default " 😊"), with the one-byte stand-ins of symbols on or off (OFF=1).
// Decision 015: a normalised text that is a two-byte string compiles the phrase families a second time.
// usage: SUFFIX=" ß" OFF=1 node --expose-gc --no-regexp-tier-up --import tsx bench/tools/symbol-code.mts
import v8 from 'node:v8';
import { generateTranscripts } from '@askqa/generator';
import { currentRubric, scoreSession } from '../../packages/scoring/src/index';
import { useSymbolStandIns } from '../../packages/scoring/src/text';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const codeMB = () => {
  gc();
  return (v8.getHeapCodeStatistics().code_and_metadata_size / 1048576).toFixed(1);
};
const suffix = process.env.SUFFIX ?? ' 😊';
if (process.env.OFF) useSymbolStandIns(false);
const all = [...generateTranscripts({ sessions: 3000, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
const now = Date.parse('2026-12-01T00:00:00Z');
for (const t of all.slice(0, 1500)) scoreSession(t, { now, rubric: currentRubric });
const before = codeMB();
for (const t of all.slice(1500)) scoreSession({ ...t, messages: t.messages.map((m: { text: string }) => ({ ...m, text: m.text + suffix })) }, { now, rubric: currentRubric });
console.log(`suffix ${JSON.stringify(suffix)}, stand-ins ${process.env.OFF ? 'off' : 'on'}: code ${before} MB -> ${codeMB()} MB`);
