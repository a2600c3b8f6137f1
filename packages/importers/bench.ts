/**
 * Import benchmark: writes a generated 100,000-row LibChat CSV to a temp
 * dir, then imports it three ways: parse only; parse + validate (zod); parse
 * + validate + redact (everything the caller does before storing). Prints
 * rows/s and peak RSS. Run: cd /work/main && npx tsx packages/importers/bench.ts [rows]
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { transcriptSchema } from '@askqa/contract';
import { readImport, redactTranscript } from './src/index';
import { generateLibChat } from './test/fixtures/generate-libchat';

const ROWS = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'askqa-bench-'));
const file = join(dir, 'libchat-100k.csv');

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);

async function run(label: string, work: (t: unknown) => void): Promise<void> {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let rows = 0;
  let errors = 0;
  for await (const item of readImport(createReadStream(file, { highWaterMark: 256 * 1024 }), { library: 'TU' })) {
    rows++;
    if (item.errors) errors++;
    else work(item.transcript);
  }
  sample();
  const secs = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours
  console.log(
    `${label.padEnd(26)} ${rows} rows (${errors} errors): ${secs.toFixed(2)} s wall = ${rate(rows / secs)} rows/s; ${cpuSecs.toFixed(2)} s CPU = ${rate(rows / cpuSecs)} rows/CPU-s; peak RSS so far ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
  );
}

try {
  await pipeline(Readable.from(generateLibChat(ROWS)), createWriteStream(file));
  console.log(`generated ${ROWS} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB at ${file}`);
  sample();
  console.log(`RSS before importing: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await run('parse', () => {});
  await run('parse + validate', (t) => transcriptSchema.parse(t));
  await run('parse + validate + redact', (t) => redactTranscript(transcriptSchema.parse(t)));
  console.log(`load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
  console.log(`peak RSS (sampled every 50 ms): ${(peakRss / 1024 / 1024).toFixed(0)} MB; maxRSS reported by the OS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}
