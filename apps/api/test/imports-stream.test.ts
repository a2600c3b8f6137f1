import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '@askqa/generator';
import { importStream } from '../src/services/imports';
import { PreparePool } from '../src/services/prepare-pool';
import { testApp, type TestApp } from './helpers';

const apps: TestApp[] = [];
const pool = new PreparePool(1);
afterAll(async () => {
  for (const t of apps) await t.app.close();
  await pool.close();
});

const ndjson = (n: number, seed: number) => [...generateTranscripts({ sessions: n, seed, weeks: 1 })].filter((t) => t.messages.length > 0).map((t) => `${JSON.stringify(t)}\n`);

describe('importStream', () => {
  it('stores rows a chunk at a time on the workers and reports every row in file order', async () => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(t);
    const lines = ndjson(450, 21);
    lines.splice(200, 0, '{"externalId": "bad"}\n');
    const rows: number[] = [];
    const summary = await importStream(t.app.services, Readable.from([Buffer.from(lines.join(''))]), { format: 'ndjson' }, { pool, onRow: (r) => rows.push(r.row) });
    expect(summary.created).toBe(lines.length - 1);
    expect(summary.rejected).toBe(1);
    expect(summary.rows.find((r) => r.status === 'rejected')).toMatchObject({ row: 201, externalId: 'bad' });
    expect(rows).toEqual(lines.map((_, i) => i + 1));
    expect(pool.counts.prepared).toBeGreaterThan(0);
  });

  it('stores every row read before the file broke off, and reports where reading stopped', async () => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(t);
    const lines = ndjson(260, 22);
    async function* broken() {
      yield Buffer.from(lines.join(''));
      throw new Error('the disk went away');
    }
    const summary = await importStream(t.app.services, broken(), { format: 'ndjson' }, { pool });
    expect(summary.created).toBe(lines.length);
    expect(summary.rows.filter((r) => r.status === 'rejected')).toEqual([
      expect.objectContaining({ row: lines.length + 1, errors: [expect.objectContaining({ message: expect.stringMatching(/reading stopped after row \d+: the disk went away/) })] }),
    ]);
    const n = t.app.services.db.$client.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
    expect(n.n).toBe(lines.length);
  });
});
