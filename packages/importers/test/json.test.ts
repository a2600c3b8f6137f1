import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsOf, importAll, plain, valid, warningsOf } from './helpers';

const dev = (n: string) => (JSON.parse(readFileSync(`/work/shared/devset/${n}`, 'utf8')) as { transcript: Record<string, unknown> }).transcript;
const a = dev('001-umcp-nursing-burnout-databases.json');
const b = dev('024-tu-libchat-laptop-printing-no-codes.json');
const c = dev('040-umbc-lh3-thesis-data-combined-disconnect.json');

describe('canonical JSON', () => {
  it('imports one object', async () => {
    const items = await importAll(JSON.stringify(a, null, 2));
    expect(items).toHaveLength(1);
    expect(items[0]!.row).toBe(1);
    expect(items[0]!.externalId).toBe(a.externalId);
    expect(plain(items[0]!.transcript)).toEqual(a);
    valid(items[0]!);
  });

  it('streams an array element by element, in any chunking', async () => {
    const text = JSON.stringify([a, b, c], null, 2);
    for (const size of [3, 1000, 1 << 20]) {
      const items = await importAll(text, { format: 'auto' }, size);
      expect(items.map((i) => [i.row, i.externalId])).toEqual([
        [1, a.externalId],
        [2, b.externalId],
        [3, c.externalId],
      ]);
      expect(items.map((i) => plain(i.transcript))).toEqual([a, b, c]);
    }
  });

  it('imports the API body shape { "transcripts": [...] }', async () => {
    const items = await importAll(JSON.stringify({ transcripts: [a, b] }));
    expect(items.map((i) => [i.row, i.externalId])).toEqual([
      [1, a.externalId],
      [2, b.externalId],
    ]);
  });

  it('reads NDJSON line by line: a broken line is a row error and the rest continue', async () => {
    const text = [JSON.stringify(a), '{"externalId": "x", broken', '', JSON.stringify(b), '[1]', JSON.stringify(c)].join('\n');
    const items = await importAll(text);
    expect(items.map((i) => i.row)).toEqual([1, 2, 4, 5, 6]);
    expect(items.map((i) => i.externalId)).toEqual([a.externalId, null, b.externalId, null, c.externalId]);
    expect(errorsOf(items[1])).toMatch(/^line: line 2 is not valid JSON: /);
    expect(errorsOf(items[3])).toBe(': is an array, not a transcript object');
    expect(plain(items[4]!.transcript)).toEqual(c);
  });

  it('reports an element that is not valid JSON and goes on when the brackets still balance', async () => {
    const text = `[${JSON.stringify(a)},\n{"externalId": "bad", "x": [1,,2]},\n${JSON.stringify(b)}]`;
    const items = await importAll(text);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(errorsOf(items[1])).toMatch(/^\[1\]: element #2 \(line 2\) is not valid JSON: /);
    expect(items[2]!.externalId).toBe(b.externalId);
  });

  it('stops a broken array with an error item that says where, keeping what came before', async () => {
    const text = `[${JSON.stringify(a)},\n{"externalId": "x", "messages": [1, 2}\n, ${JSON.stringify(b)}]`;
    const items = await importAll(text, {}, 10);
    expect(items).toHaveLength(2);
    expect(items[0]!.externalId).toBe(a.externalId);
    expect(items[1]!.row).toBe(2);
    expect(errorsOf(items[1])).toBe('[1]: the JSON is broken at line 2, column 38: "}" does not close "["; elements from #2 on were not read');
  });

  it('reports a truncated array', async () => {
    const text = `[${JSON.stringify(a)},\n${JSON.stringify(b).slice(0, 100)}`;
    const items = await importAll(text);
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    expect(errorsOf(items[1])).toBe('[1]: the file ends inside element #2 (line 2): it was not read; the file looks truncated');
  });

  it('fills source and library only where missing, and derives a stable id where there is none', async () => {
    const { externalId: _drop, source: _s, ...noId } = b;
    const text = JSON.stringify([noId, a]);
    const first = await importAll(text, { source: 'upload', library: 'ZZ' });
    const again = await importAll(text, { source: 'upload', library: 'ZZ' });
    const t0 = first[0]!.transcript as Record<string, unknown>;
    expect(t0.source).toBe('upload');
    expect(t0.library).toBe(b.library);
    expect(first[0]!.externalId).toMatch(/^2026-.*\/[0-9a-f]{16}$/);
    expect(first[0]!.externalId).toBe(again[0]!.externalId);
    expect(warningsOf(first[0])).toContain('externalId: missing: the id');
    expect((first[1]!.transcript as Record<string, unknown>).source).toBe(a.source);
  });

  it('reports an empty file and a file of blanks', async () => {
    expect(errorsOf((await importAll(''))[0])).toBe('file: the file is empty');
    expect(errorsOf((await importAll('   \n  ', { format: 'json' }))[0])).toBe('file: the file is empty: expected a JSON object, an array of objects or NDJSON');
  });
});
