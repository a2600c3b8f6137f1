/** The benchmark is not a test; this only checks that the quick run works and writes valid results. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REQUIRED = [
  'scoring.sessionsPerSec',
  'scoring.hostileWorstMs',
  'ingest.sessionsPerSec',
  'ingest.baselinePerSec',
  'ingest.ratioToBaseline',
  'import.rowsPerSec',
  'import.peakRssMB',
  'query.overview.p95ms',
  'query.page.p95ms',
  'query.search.p95ms',
  'query.failingCheck.p95ms',
  'db.bytesPer1000Sessions',
  'rescore.seconds',
  'web.initialJsKB',
  'web.chartsRenderedMs',
];

describe('npm run bench -- --quick', () => {
  it('runs and writes bench results with every required figure', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'askqa-bench-test-')), 'results.json');
    execFileSync('npm', ['run', 'bench', '--silent', '--', '--quick', '--out', out], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.mode).toBe('quick');
    expect(r.sessions).toBe(10_000);
    expect(r.machine).toEqual({ cpus: expect.any(Number), memoryGB: expect.any(Number), node: expect.stringMatching(/^v\d+/), cpuModel: expect.any(String), referenceOpsPerSec: expect.any(Number) });
    expect(r.machine.referenceOpsPerSec).toBeGreaterThan(0);
    for (const key of REQUIRED) {
      expect(r.results[key], key).toBeTypeOf('number');
      expect(Number.isFinite(r.results[key]) && r.results[key] > 0, key).toBe(true);
    }
  }, 600_000);
});
