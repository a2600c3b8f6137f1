import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'askqa-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);

describe('background checkpoints', () => {
  it('copy the write-ahead log into the database while the writer goes on, and leave no log behind on close', async () => {
    const file = join(dir, 'qa.sqlite');
    const h = createDb(`file:${file}`, { backgroundCheckpoints: true });
    const before = size(file);
    // ~3 MB of log: below the writer's own checkpoint threshold, so only the background thread copies it back
    const put = h.sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    h.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) put.run(`k${i}`, 'x'.repeat(1000));
    })();
    expect(size(`${file}-wal`)).toBeGreaterThan(3_000_000);
    expect(h.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(1000);
    for (let waited = 0; size(file) < before + 3_000_000 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(size(file)).toBeGreaterThan(before + 3_000_000);
    h.close();
    expect(size(`${file}-wal`)).toBe(0);
    const again = createDb(`file:${file}`);
    expect(again.sqlite.prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'k%'").get()).toEqual({ n: 3000 });
    again.close();
  });

  it('are not started for an in-memory database', () => {
    const h = createDb(':memory:', { backgroundCheckpoints: true });
    expect(h.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    h.close();
  });
});
