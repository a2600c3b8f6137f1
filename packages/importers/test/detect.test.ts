import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index';
import { importAll } from './helpers';
import { sample } from './helpers';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('detectFormat', () => {
  it('tells the samples apart from their first bytes', () => {
    expect(detectFormat(sample('libchat-sample.csv').subarray(0, 4096))).toBe('libchat');
    expect(detectFormat(sample('libraryh3lp-sample.csv').subarray(0, 4096))).toBe('libraryh3lp');
  });

  it('reads JSON, NDJSON and a pretty-printed object', () => {
    expect(detectFormat(b('  [\n {"externalId": "a"}'))).toBe('json');
    expect(detectFormat(b('[]'))).toBe('json');
    expect(detectFormat(b('{"externalId":"a"}\n{"externalId":"b"}\n'))).toBe('ndjson');
    expect(detectFormat(b('{\n  "externalId": "a",\n  "messages": []\n}\n'))).toBe('json');
    expect(detectFormat(b('{"externalId":"a"}'))).toBe('json');
  });

  it('recognises LibChat and LibraryH3lp headers in any order, with a BOM, tabs or semicolons', () => {
    expect(detectFormat(b('\uFEFFTranscript,Timestamp,Answerer\r\n'))).toBe('libchat');
    expect(detectFormat(b('Chat ID\tTimestamp\tGuest\tTranscript\n'))).toBe('libchat');
    expect(detectFormat(b('Timestamp;Transcript;Answerer\n'))).toBe('libchat');
    expect(detectFormat(b('started,queue,operator,guest,protocol,wait,accepted,duration,ended,text\r\n'))).toBe('libraryh3lp');
    expect(detectFormat(iconv.encode('started,wait,duration,text\r\n3/2/26 17:26,0:00:57,0:06:12,"17:26PM a@web.libraryh3lp.com: I’m"', 'win1252'))).toBe('libraryh3lp');
  });

  it('recognises text and HTML transcripts, including ones that open with "[time]"', () => {
    expect(detectFormat(b('[10:00] Patron: hi\n[10:01] Librarian: hello\n'))).toBe('text');
    expect(detectFormat(b('Date: 2026-03-02\nLibrarian: Ann\n'))).toBe('text');
    expect(detectFormat(b('14:00:05 - Patron : hi\n'))).toBe('text');
    expect(detectFormat(b('<html><body><p>[10:00] Patron: hi</p></body></html>'))).toBe('text');
  });

  it('recognises an XLSX workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['Timestamp', 'Transcript']);
    expect(detectFormat(Buffer.from(await wb.xlsx.writeBuffer()))).toBe('libchat');
  });

  it('falls back to the file name, then to the CSV reader (which explains the header), then to text', () => {
    expect(detectFormat(b('hello there'), 'notes.json')).toBe('json');
    expect(detectFormat(b('Name,Email,Phone\n'))).toBe('libchat');
    expect(detectFormat(b('hello there'))).toBe('text');
  });

  it('tells the caller which format is being read', async () => {
    const seen: string[] = [];
    await importAll(sample('libraryh3lp-sample.csv'), { library: 'EPFL', onFormat: (f) => seen.push(f) });
    await importAll('[]', { format: 'ndjson', onFormat: (f) => seen.push(f) });
    expect(seen).toEqual(['libraryh3lp', 'ndjson']);
  });
});
