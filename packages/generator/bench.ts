/**
 * Generator throughput: `npx tsx packages/generator/bench.ts [sessions] [--csv]`.
 * Prints sessions/s for generating transcripts (default 100,000 sessions), optionally the
 * LibChat CSV writer's rate, and the peak resident memory of the process.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTranscripts, writeLibChatCsv } from './src/index';

const args = process.argv.slice(2);
const sessions = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const withCsv = args.includes('--csv');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let messages = 0;
let chars = 0;
const t0 = performance.now();
for (const t of generateTranscripts({ sessions })) {
  messages += t.messages.length;
  chars += t.messages.length ? (t.messages[t.messages.length - 1] as { text: string }).text.length : 0;
}
const genSeconds = (performance.now() - t0) / 1000;
console.log(`generate: ${sessions.toLocaleString('en-US')} sessions in ${genSeconds.toFixed(2)} s = ${Math.round(sessions / genSeconds).toLocaleString('en-US')} sessions/s (${(messages / sessions).toFixed(1)} messages/session, ${Math.round(messages / genSeconds).toLocaleString('en-US')} messages/s)`);
void chars;

if (withCsv) {
  const dir = mkdtempSync(join(tmpdir(), 'askqa-bench-'));
  const path = join(dir, 'libchat.csv');
  const t1 = performance.now();
  await writeLibChatCsv(path, { sessions });
  const csvSeconds = (performance.now() - t1) / 1000;
  console.log(`libchat csv: ${Math.round(sessions / csvSeconds).toLocaleString('en-US')} rows/s, ${mb(statSync(path).size)} written in ${csvSeconds.toFixed(2)} s`);
  rmSync(dir, { recursive: true, force: true });
}

// maxRSS is in kilobytes
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
