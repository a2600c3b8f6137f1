// Which regexps a scoring thread compiles, and how much machine code each costs. Scores the bench's sessions (N, default
// 1,500) with RegExp.prototype.exec wrapped to record every regexp run, then, in a fresh child process, compiles each one
// (one exec) and reads V8's code spaces before and after.
// usage: node --no-regexp-tier-up --import tsx bench/tools/regexp-code.mts [N] [top]
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import v8 from 'node:v8';
const codeMB = () => v8.getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code')).reduce((a, s) => a + s.physical_space_size, 0) / 2 ** 20;
if (process.env.REGEXP_CODE_LIST) {
  const list: { source: string; flags: string; runs: number; twoByte: boolean }[] = JSON.parse(readFileSync(process.env.REGEXP_CODE_LIST, 'utf8'));
  const out: { mb: number; runs: number; flags: string; source: string }[] = [];
  for (const r of list) {
    const before = codeMB();
    const re = new RegExp(r.source, r.flags);
    re.exec('x a b. c');
    if (r.twoByte) re.exec('x a b. c \u2019');
    out.push({ mb: codeMB() - before, runs: r.runs, flags: r.flags, source: r.source });
  }
  console.log(JSON.stringify(out));
} else {
  const { generateTranscripts } = await import('@askqa/generator');
  const { scoreSession, currentRubric } = await import('../../packages/scoring/src/index');
  const n = Number(process.argv[2] ?? 1500);
  const all = [...generateTranscripts({ sessions: n * 4, seed: 11, weeks: 4 })].map((t) => JSON.parse(JSON.stringify(t)));
  const sessions = all.filter((t: any) => t.messages.length >= 27 && t.messages.length <= 33).slice(0, n);
  const seen = new Map<RegExp, { runs: number; twoByte: boolean }>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    let e = seen.get(this);
    if (!e) seen.set(this, (e = { runs: 0, twoByte: false }));
    e.runs++;
    if (!e.twoByte) { const t = String(s); for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0xff) { e.twoByte = true; break; } }
    return exec.call(this, s);
  };
  const now = Date.parse('2026-12-01T00:00:00Z');
  for (const t of sessions) scoreSession(t, { now, rubric: currentRubric });
  RegExp.prototype.exec = exec;
  const byKey = new Map<string, { source: string; flags: string; runs: number; twoByte: boolean }>();
  for (const [re, e] of seen) {
    const k = re.flags + '/' + re.source;
    const x = byKey.get(k);
    if (x) { x.runs += e.runs; x.twoByte ||= e.twoByte; } else byKey.set(k, { source: re.source, flags: re.flags, ...e });
  }
  const file = '/tmp/regexp-code-list.json';
  writeFileSync(file, JSON.stringify([...byKey.values()]));
  const child = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', process.argv[1]!], { env: { ...process.env, REGEXP_CODE_LIST: file }, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const out: { mb: number; runs: number; flags: string; source: string }[] = JSON.parse(child.stdout);
  const total = out.reduce((a, r) => a + r.mb, 0);
  console.log(`${out.length} regexps run (${byKey.size} distinct source+flags), ${total.toFixed(1)} MB of code`);
  const byFlags = new Map<string, number>();
  for (const r of out) byFlags.set(r.flags, (byFlags.get(r.flags) ?? 0) + r.mb);
  console.log('by flags:', [...byFlags].map(([f, mb]) => `${f || '-'} ${mb.toFixed(1)} MB`).join(', '));
  const bySource = new Map<string, typeof out>();
  for (const r of out) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  const shared = [...bySource.values()].filter((rs) => rs.length > 1);
  const extra = shared.reduce((a, rs) => a + rs.reduce((b, r) => b + r.mb, 0) - Math.max(...rs.map((r) => r.mb)), 0);
  console.log(`${shared.length} sources compiled under more than one set of flags: ${extra.toFixed(1)} MB beyond one copy each`);
  out.sort((a, b) => b.mb - a.mb);
  for (const r of out.slice(0, Number(process.argv[3] ?? 25))) console.log(r.mb.toFixed(2).padStart(6), 'MB', String(r.runs).padStart(8), 'runs', (r.flags || '-').padEnd(2), r.source.length, r.source.slice(0, 110));
}
