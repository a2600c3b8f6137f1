import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transcript } from '@askqa/contract';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTranscripts, LIBCHAT_COLUMNS, transcriptToLibChatRow, writeLibChatCsv } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'askqa-generator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Chat ID,Timestamp,Wait Time,Duration (seconds),Guest,Answerer,Initial Question,Message Count,Transcript,Rating (0-4),Department,Tags';

describe('LibChat CSV export', () => {
  it('writes a parseable CSV with the LibChat header, CRLF rows and one row per session', async () => {
    const path = join(dir, 'demo.csv');
    await writeLibChatCsv(path, { sessions: 700 });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(LIBCHAT_COLUMNS.join(',')).toBe(HEADER);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(rows).toHaveLength(700);
    const transcripts = [...generateTranscripts({ sessions: 700 })];
    rows.forEach((row, i) => {
      const t = transcripts[i] as Transcript;
      expect(Object.keys(row)).toEqual([...LIBCHAT_COLUMNS]);
      expect(row['Chat ID']).toBe(t.externalId);
      expect(row.Timestamp).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2} \d{1,2}:\d{2}$/);
      const lines = row.Transcript ? row.Transcript.split('\n') : [];
      expect(lines).toHaveLength(Number(row['Message Count']));
      expect(row.Transcript).not.toContain('\r');
      for (const line of lines) expect(line).toMatch(/^\d{2}:\d{2}:\d{2} - .+ : /);
      expect(row['Rating (0-4)']).toBe(t.survey?.rating ? String(t.survey.rating - 1) : '');
    });
    // entities as real exports have them
    expect(text).toContain('&#x27;');
    expect(rows.some((r) => /<a href="https:\/\/[^"]+" target="_blank">https:\/\//.test(r.Transcript ?? ''))).toBe(true);
    expect(rows.some((r) => r['Rating (0-4)'] === '0')).toBe(true);
    expect(rows.some((r) => (r.Guest ?? '').includes('@example.org'))).toBe(true);
  });

  it('maps one transcript to a row in New York time', () => {
    const t: Transcript = {
      externalId: 'x-1',
      source: 'askusnow',
      library: 'TU',
      provider: { id: 'pr', name: 'Priya Raman', library: 'TU' },
      patron: { name: null, email: 'mlee@example.org', phone: null },
      startedAt: '2026-03-09T10:05:43-04:00',
      pickedUpAt: null,
      endedAt: '2026-03-09T10:10:18-04:00',
      resolutionCode: 'Answered',
      descriptiveCodes: ['Citation'],
      survey: { rating: 4 },
      messages: [
        { at: '2026-03-09T10:05:43-04:00', role: 'patron', author: 'Patron', text: 'How do I cite "Urban Ecology & Planning"?' },
        { at: '2026-03-09T10:05:50-04:00', role: 'provider', author: 'Priya Raman', authorId: 'pr', text: "Hello! I'm Priya. See https://owl.purdue.edu/owl." },
        { at: '2026-03-09T10:06:00-04:00', role: 'internal', author: 'Priya Raman', authorId: 'pr', text: 'not exported' },
      ],
    };
    const row = transcriptToLibChatRow(t);
    expect(row).toEqual({
      'Chat ID': 'x-1',
      Timestamp: '3/9/26 10:05',
      'Wait Time': '7',
      'Duration (seconds)': '268',
      Guest: 'mlee@example.org',
      Answerer: 'Priya Raman',
      'Initial Question': 'How do I cite &quot;Urban Ecology &amp; Planning&quot;?',
      'Message Count': '2',
      Transcript:
        '10:05:43 - mlee@example.org : How do I cite &quot;Urban Ecology &amp; Planning&quot;?\n' +
        '10:05:50 - Priya Raman : Hello! I&#x27;m Priya. See <a href="https://owl.purdue.edu/owl" target="_blank">https://owl.purdue.edu/owl</a>.',
      'Rating (0-4)': '3',
      Department: 'Research Help',
      Tags: 'citation',
    });
  });

  it('leaves wait time and answerer empty when nobody picked up', () => {
    const t = [...generateTranscripts({})].find((x) => x.provider.id === 'unassigned') as Transcript;
    const row = transcriptToLibChatRow(t);
    expect(row.Answerer).toBe('');
    expect(row['Wait Time']).toBe('');
    expect(Number(row['Duration (seconds)'])).toBeGreaterThan(0);
  });
});
