import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LIBCHAT_HEADER, errorsOf, expected, importAll, plain, q, sample, valid, warningsOf } from './helpers';

const opts = { format: 'libchat' as const, library: 'TU' };

function csv(...rows: string[][]): string {
  return [LIBCHAT_HEADER, ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** A LibChat row with the sample's column order. */
function row(o: { id?: string; ts?: string; wait?: string; dur?: string; guest?: string; answerer?: string; question?: string; count?: string; transcript: string; rating?: string; tags?: string }): string[] {
  return [
    o.id ?? '1',
    o.ts ?? '2/26/26 14:31',
    o.wait ?? '10',
    o.dur ?? '100',
    o.guest ?? 'Patron',
    o.answerer ?? 'Jordan Ellis',
    q(o.question ?? ''),
    o.count ?? '',
    q(o.transcript),
    o.rating ?? '',
    'Research Help',
    q(o.tags ?? ''),
  ];
}

describe('LibChat CSV', () => {
  it('imports the devset sample to exactly the expected transcripts', async () => {
    const items = await importAll(sample('libchat-sample.csv'), opts);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items.every((i) => !i.errors && !i.warnings)).toBe(true);
    expect(items.map((i) => plain(i.transcript))).toEqual(expected('libchat-sample.expected.json'));
    for (const i of items) valid(i);
    expect(items.map((i) => i.externalId)).toEqual(['12840511', '12840697', '12841920', '12842208', '12842577', '12843010']);
  });

  it('gives the same result however the bytes are chunked, and detects the format', async () => {
    const items = await importAll(sample('libchat-sample.csv'), { library: 'TU' }, 7);
    expect(items.map((i) => plain(i.transcript))).toEqual(expected('libchat-sample.expected.json'));
  });

  it('maps columns by name in any order and tolerates missing optional columns', async () => {
    const text = ['Transcript,Answerer,Timestamp', `${q('09:00:05 - Patron : hours?\n09:00:30 - Ann Li : 9 to 5')},Ann Li,2026-01-15 09:00:05`].join('\n');
    const [item, ...rest] = await importAll(text, opts);
    expect(rest).toEqual([]);
    const t = valid(item!);
    expect(t.provider).toEqual({ id: 'Ann Li', name: 'Ann Li' });
    expect(t.startedAt).toBe('2026-01-15T09:00:05-05:00');
    expect(t.pickedUpAt).toBeUndefined();
    expect(t.messages.map((m) => [m.role, m.at])).toEqual([
      ['patron', '2026-01-15T09:00:05-05:00'],
      ['provider', '2026-01-15T09:00:30-05:00'],
    ]);
    expect(t.externalId).toMatch(/^2026-01-15T09:00:05-05:00\/[0-9a-f]{16}$/);
    expect(warningsOf(item)).toContain('Chat ID: no Chat ID column');
  });

  it('reads transcript lines without seconds or the space before the colon, across midnight, with HTML decoded', async () => {
    const transcript = [
      '23:58 - Patron: it&#x27;s late &amp; I need &quot;help&quot;',
      '23:59:30 - Jordan Ellis : see <a href="https://x.example.edu/guide" target="_blank">our guide</a>&nbsp;or <a href="https://x.example.edu/a">https://x.example.edu/a</a>',
      '00:00:10 - Patron : Patron attached a file: notes.pdf',
      'Jordan Ellis attached a file: reply.docx',
      '00:01 - Jordan Ellis : bye',
    ].join('\n');
    const [item] = await importAll(csv(row({ ts: '3/31/26 23:58', transcript })), opts);
    const t = valid(item!);
    expect(t.messages.map((m) => [m.at, m.role, m.text])).toEqual([
      ['2026-03-31T23:58:00-04:00', 'patron', 'it\'s late & I need "help"'],
      ['2026-03-31T23:59:30-04:00', 'provider', 'see our guide (https://x.example.edu/guide) or https://x.example.edu/a'],
      ['2026-04-01T00:00:10-04:00', 'patron', 'Patron attached a file: notes.pdf'],
      ['2026-04-01T00:00:10-04:00', 'provider', 'Jordan Ellis attached a file: reply.docx'],
      ['2026-04-01T00:01:00-04:00', 'provider', 'bye'],
    ]);
    expect(item!.warnings).toBeUndefined();
  });

  it('is DST-correct on both sides of the change', async () => {
    const items = await importAll(
      csv(
        row({ id: 'a', ts: '3/7/26 12:00', transcript: '12:00:01 - Patron : hi' }),
        row({ id: 'b', ts: '3/9/26 12:00', transcript: '12:00:01 - Patron : hi' }),
        row({ id: 'c', ts: '11/1/26 0:59', wait: '7200', dur: '60', transcript: '00:59:30 - Patron : hi' }),
      ),
      opts,
    );
    const [a, b, c] = items.map(valid);
    expect(a!.startedAt).toBe('2026-03-07T12:00:00-05:00');
    expect(b!.startedAt).toBe('2026-03-09T12:00:00-04:00');
    // two hours of wait across the fall-back hour: elapsed time, so the clock shows 01:59 EST
    expect(c!.pickedUpAt).toBe('2026-11-01T01:59:00-05:00');
    expect(c!.endedAt).toBe('2026-11-01T02:00:00-05:00');
  });

  it('maps rating 0–4 to 1–5 and keeps the comment; tags become descriptive codes', async () => {
    const text = [
      'Chat ID,Timestamp,Answerer,Transcript,Rating (0-4),Comment,Tags',
      `7,2/26/26 14:31,Jo,${q('14:31:09 - Patron : hi')},0,${q('too slow &amp; rude')},${q('a, b,, a')}`,
      `8,2/26/26 14:31,Jo,${q('14:31:09 - Patron : hi')},9,,`,
    ].join('\n');
    const [a, b] = await importAll(text, opts);
    expect(valid(a!).survey).toEqual({ rating: 1, comment: 'too slow & rude' });
    expect(valid(a!).descriptiveCodes).toEqual(['a', 'b']);
    expect(valid(b!).survey).toBeUndefined();
    expect(warningsOf(b)).toContain('Rating (0-4): "9" is not a rating from 0 to 4');
  });

  it('reports a wrong header once, clearly, and nothing else', async () => {
    const items = await importAll('Name,Email,Phone\nA,a@example.org,555\nB,b@example.org,556\n', opts);
    expect(items).toHaveLength(1);
    expect(items[0]!.row).toBe(0);
    expect(errorsOf(items[0])).toMatch(/^header: no Timestamp and Transcript column in the header "Name, Email, Phone": a LibChat export needs at least Timestamp and Transcript/);
  });

  it('reports an invalid date on its row and imports the others', async () => {
    const items = await importAll(
      csv(row({ id: '1', ts: '31/31/26', transcript: '14:31:09 - Patron : hi' }), row({ id: '2', transcript: '14:31:09 - Patron : hi' })),
      opts,
    );
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    expect(items[0]!.errors).toEqual([{ path: 'Timestamp', message: '"31/31/26" is not a date (expected M/D/YY h:mm or YYYY-MM-DD HH:MM:SS)' }]);
    expect(items[0]!.externalId).toBe('1');
    valid(items[1]!);
  });

  it('rejects an empty transcript cell, or imports the Initial Question alone with a warning', async () => {
    const [empty, question] = await importAll(
      csv(row({ id: '1', transcript: '' }), row({ id: '2', transcript: '', question: 'do you have &quot;Dune&quot;?', guest: 'Sam P.' })),
      opts,
    );
    expect(empty!.errors).toEqual([{ path: 'Transcript', message: 'is empty: there are no messages to import' }]);
    const t = valid(question!);
    expect(t.messages).toEqual([{ at: '2026-02-26T14:31:00-05:00', role: 'patron', author: 'Sam P.', text: 'do you have "Dune"?' }]);
    expect(warningsOf(question)).toContain('only the Initial Question was imported');
  });

  it('rejects a transcript whose first line is unreadable, and keeps a later unreadable line with a warning', async () => {
    const [bad, kept] = await importAll(
      csv(
        row({ id: '1', transcript: '??\n14:31:09 - Patron : hi' }),
        row({ id: '2', transcript: '14:31:09 - Patron : hi\n14:31:20 - Jordan Ellis : hello\n??\n14:32:00 - Patron : ok', count: '3' }),
      ),
      opts,
    );
    expect(bad!.errors).toEqual([{ path: 'Transcript', message: 'line 1 "??" is not "HH:MM:SS - Name : text"' }]);
    const t = valid(kept!);
    expect(t.messages.map((m) => m.text)).toEqual(['hi', 'hello\n??', 'ok']);
    expect(kept!.warnings).toEqual([{ path: 'Transcript', message: 'line 3 "??" is not "HH:MM:SS - Name : text": kept as part of the message before it' }]);
  });

  it('never quotes contact details in a report message', async () => {
    const [item] = await importAll(csv(row({ transcript: 'write me at pat@example.org or (410) 555-0123\n14:31:09 - Patron : hi' })), opts);
    expect(item!.errors).toEqual([{ path: 'Transcript', message: 'line 1 "write me at [email] or [phone]" is not "HH:MM:SS - Name : text"' }]);
  });

  it('reads unknown speakers as staff once the patron has spoken, and says so', async () => {
    const transcript = ['14:31:09 - Kim : my wifi is down', '14:31:20 - Jordan Ellis : one moment', '14:33:00 - Bob Lee : IT here, try again', '14:34:00 - Kim : works'].join('\n');
    const [item] = await importAll(csv(row({ guest: 'Patron', transcript })), opts);
    const t = valid(item!);
    expect(t.messages.map((m) => [m.author, m.role, m.authorId])).toEqual([
      ['Kim', 'patron', undefined],
      ['Jordan Ellis', 'provider', 'Jordan Ellis'],
      ['Bob Lee', 'provider', 'Bob Lee'],
      ['Kim', 'patron', undefined],
    ]);
    const w = warningsOf(item);
    // the speaker taken for the patron is not named in the report
    expect(w).toContain('a speaker (line 1, 4) is neither the Answerer "Jordan Ellis" nor the Guest or "Patron": read as patron');
    expect(w).toContain('speaker "Bob Lee" (line 3) is neither the Answerer "Jordan Ellis" nor the Guest or "Patron": read as provider');
  });

  it('warns when Message Count disagrees with the transcript', async () => {
    const [item] = await importAll(csv(row({ count: '5', transcript: '14:31:09 - Patron : hi' })), opts);
    expect(warningsOf(item)).toBe('Message Count: says 5 but the transcript has 1 messages');
  });

  it('keeps stray quotes inside a cell as text', async () => {
    const text = `${LIBCHAT_HEADER}\r\n1,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : the "Dune" book",,,\r\n2,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : ok",,,\r\n`;
    const items = await importAll(text, opts);
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    expect(valid(items[0]!).messages[0]!.text).toBe('the "Dune" book');
    valid(items[1]!);
  });

  it('reports a row whose unclosed quote swallows the next row, with its lines, and goes on', async () => {
    const text = [
      LIBCHAT_HEADER,
      '1,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : a",,,',
      '2,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : b,,,',
      '3,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : c",,,',
      '4,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : d",,,',
    ].join('\r\n');
    const items = await importAll(text, opts);
    expect(items.map((i) => [i.row, i.externalId])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '4'],
    ]);
    expect(valid(items[0]!).messages[0]!.text).toBe('a');
    expect(errorsOf(items[1])).toBe(
      'row: lines 3–4: line 2 of the Transcript cell looks like the start of another row ("3,2/26/26 14:31,1,2,Patron,Jo,q,1,\\"14:31:09 - Patron : c"), so a quote is not closed; the rows in these lines could not be read separately',
    );
    expect(valid(items[2]!).messages[0]!.text).toBe('d');
  });

  it('points at the quoting when a row has too few cells to convert', async () => {
    const text = [LIBCHAT_HEADER, '2,2/26/26 14:31,1,2,"Patron,Jo,q,1,"14:31:09 - Patron : b",,,'].join('\r\n');
    const [item] = await importAll(text, opts);
    expect(errorsOf(item)).toContain('row: line 2: the row has 8 cells but the header has 12; a quote or delimiter is probably out of place');
  });

  it('reports extra cells as a broken row', async () => {
    const text = `${LIBCHAT_HEADER}\n1,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : a",,,,x,y\n`;
    const [item] = await importAll(text, opts);
    expect(errorsOf(item)).toBe('row: line 2: the row has 14 cells but the header has 12, so a quote or delimiter is out of place; the row was not imported');
  });

  it('imports the rows before a truncated end and reports the rest in one item', async () => {
    const full = sample('libchat-sample.csv').toString('utf8');
    const cut = full.slice(0, full.indexOf('12842208') + 200); // inside row 4's transcript
    const items = await importAll(cut, opts);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4]);
    expect(items.slice(0, 3).map((i) => plain(i.transcript))).toEqual(expected('libchat-sample.expected.json').slice(0, 3));
    expect(items[3]!.transcript).toBeUndefined();
    expect(errorsOf(items[3])).toBe(
      "row: the file ends inside a quoted cell opened on line 31: from line 31 to the end (this row and everything after it) nothing could be read; the file is truncated or a quote is not closed",
    );
  });

  it('accounts for every data row: each one is a transcript or an error, in order', async () => {
    const text =
      csv(
        row({ id: 'ok-1', transcript: '14:31:09 - Patron : hi' }),
        row({ id: 'bad-date', ts: 'yesterday', transcript: '14:31:09 - Patron : hi' }),
        row({ id: 'empty', transcript: '' }),
        row({ id: 'unreadable', transcript: 'hello?' }),
      ) +
      '\r\n' + // a blank line is not a row
      `extra,2/26/26 14:31,1,2,Patron,Jo,q,1,"14:31:09 - Patron : a",,,,x\r\n` +
      csv(row({ id: 'ok-2', transcript: '14:31:09 - Patron : bye' })).split('\r\n').slice(1).join('\r\n');
    const items = await importAll(text, opts);
    expect(items.map((i) => [i.row, i.externalId, i.errors ? 'error' : 'transcript'])).toEqual([
      [1, 'ok-1', 'transcript'],
      [2, 'bad-date', 'error'],
      [3, 'empty', 'error'],
      [4, 'unreadable', 'error'],
      [5, 'extra', 'error'],
      [6, 'ok-2', 'transcript'],
    ]);
    for (const i of items) expect(i.errors?.every((e) => e.path && e.message) ?? true).toBe(true);
  });

  it('derives stable ids for rows without a Chat ID', async () => {
    const text = csv(row({ id: '', transcript: '14:31:09 - Patron : a' }), row({ id: '', transcript: '14:31:09 - Patron : b' }));
    const first = await importAll(text, opts);
    const again = await importAll(text, opts);
    expect(first.map((i) => i.externalId)).toEqual(again.map((i) => i.externalId));
    expect(new Set(first.map((i) => i.externalId)).size).toBe(2);
    for (const i of first) expect(valid(i).externalId).toBe(i.externalId);
  });

  it('puts the Guest into patron.email, patron.name or patron.phone', async () => {
    const items = await importAll(
      csv(
        row({ id: '1', guest: 'Ana Ruiz <ana@example.org>', transcript: '14:31:09 - Ana Ruiz : hi' }),
        row({ id: '2', guest: '(410) 555-0188', transcript: '14:31:09 - Patron : hi' }),
      ),
      opts,
    );
    expect(valid(items[0]!).patron).toEqual({ name: 'Ana Ruiz', email: 'ana@example.org', phone: null });
    expect(valid(items[0]!).messages[0]!.role).toBe('patron');
    expect(valid(items[1]!).patron).toEqual({ name: null, email: null, phone: '(410) 555-0188' });
  });
});

describe('LibChat XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Transcripts');
    for (const r of rows) ws.addRow(r);
    wb.addWorksheet('Summary').addRow(['ignored']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('imports the sample rows from a workbook (columns reordered, a real date cell) to the expected transcripts', async () => {
    const records = parse(sample('libchat-sample.csv'), { bom: true }) as string[][];
    const header = records[0]!;
    const order = [...header.keys()].reverse();
    const rows: unknown[][] = [order.map((i) => header[i])];
    for (const r of records.slice(1)) {
      const cells: unknown[] = order.map((i) => r[i]);
      rows.push(cells);
    }
    // the first chat's Timestamp as an Excel date, numbers as numbers
    const tsCol = order.indexOf(header.indexOf('Timestamp'));
    rows[1]![tsCol] = new Date(Date.UTC(2026, 1, 26, 14, 31));
    const waitCol = order.indexOf(header.indexOf('Wait Time'));
    rows[1]![waitCol] = 18;
    const items = await importAll(await workbook(rows), { library: 'TU', filename: 'export.xlsx' });
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items.map((i) => plain(i.transcript))).toEqual(expected('libchat-sample.expected.json'));
  });

  it('reports a workbook without the needed columns', async () => {
    const items = await importAll(await workbook([['Name', 'Notes'], ['a', 'b']]), { library: 'TU' });
    expect(items).toHaveLength(1);
    expect(errorsOf(items[0])).toMatch(/^header: no Timestamp and Transcript column/);
  });

  it('says that an old .xls workbook must be saved as .xlsx or CSV', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const items = await importAll(ole, { library: 'TU' });
    expect(items).toHaveLength(1);
    expect(errorsOf(items[0])).toContain('save it as .xlsx or CSV');
  });
});
