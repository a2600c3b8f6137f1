import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTranscripts, LIBCHAT_COLUMNS, libChatCsvLine, transcriptToLibChatRow } from '@askqa/generator';
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

describe('importStream of a LibChat export', () => {
  const header = `${LIBCHAT_COLUMNS.join(',')}\r\n`;
  const rows = [...generateTranscripts({ sessions: 260, seed: 23, weeks: 1 })].filter((t) => t.messages.length > 0).map(transcriptToLibChatRow);
  // rows the conversion rejects or warns about, among good ones
  rows[3] = { ...rows[3]!, Timestamp: 'sometime tuesday' };
  rows[120] = { ...rows[120]!, 'Wait Time': 'a while', 'Chat ID': '' };
  rows[121] = { ...rows[121]!, Transcript: `not a line of the chat\n${rows[121]!.Transcript}` };
  const file = () => Readable.from([Buffer.from(header + rows.map(libChatCsvLine).join(''))]);
  /** What the main thread alone stores and reports (no workers). */
  const onOneThread = async (opts: { onlyLibrary?: string } = {}) => {
    const t = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(t);
    return { t, summary: await importStream(t.app.services, file(), { format: 'libchat', library: 'TU' }, opts) };
  };

  it('prepares rows on the worker and reports and stores exactly what preparing them on the main thread does', async () => {
    const a = await onOneThread();
    const b = await testApp({ now: '2026-11-28T00:00:00Z' });
    apps.push(b);
    const before = pool.counts.prepared;
    const summary = await importStream(b.app.services, file(), { format: 'libchat', library: 'TU' }, { pool });
    expect(pool.counts.prepared).toBeGreaterThan(before);
    expect(summary).toEqual(a.summary);
    expect(summary.rejected).toBe(2);
    expect(summary.rows[3]).toMatchObject({ row: 4, status: 'rejected', errors: [expect.objectContaining({ path: 'Timestamp' })] });
    expect(summary.rows[121]).toMatchObject({ row: 122, status: 'rejected', errors: [expect.objectContaining({ path: 'Transcript' })] });
    // a row read with a guess: stored, its warnings and derived id reported
    expect(summary.rows[120]).toMatchObject({ row: 121, status: 'created', externalId: expect.stringMatching(/^2026-11-2\dT[\d:]+-05:00\/[0-9a-f]{16}$/) });
    expect(summary.rows[120]!.warnings!.map((w) => w.path).sort()).toEqual(['Chat ID', 'Wait Time']);
    const dump = (x: TestApp) => x.app.services.db.$client.prepare('SELECT s.external_id, s.checks, s.flags, s.score_value, d.doc FROM sessions s JOIN session_documents d ON d.session_id = s.id ORDER BY s.id').all();
    expect(dump(b)).toEqual(dump(a.t));
    expect(dump(b)).toHaveLength(rows.length - 2);
  });
});
