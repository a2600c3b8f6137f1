import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index';
import { errorsOf, importAll, valid, warningsOf } from './helpers';

const opts = { library: 'BCPL' };

const QUESTIONPOINT = `QuestionPoint Chat Transcript
Date: 03/02/2026 2:05 PM
Patron: pat@example.org
Question: Do you have books on Maryland lighthouses?
Librarian: Jane Smith
Institution: Baltimore County Public Library
Resolution: Answered

[2:05:10 PM] pat@example.org: Do you have books on Maryland lighthouses?
[2:05:31 PM] Jane Smith: Hi, I'm Jane, a librarian at BCPL. For kids or adults?
[2:06:02 PM] pat@example.org: adults, and
maybe something with photos
[2:08:40 PM] Jane Smith: Try "Lighthouses of the Chesapeake" in our catalog: https://catalog.bcpl.info
[2:09:00 PM] Librarian ended chat session
==========
Session date: 2026-03-03
Patron e-mail: sam@example.org
Answered by: Bob Lee (blee)
Resolution code: follow up by me

14:00:05 - Patron : hi, is the Towson branch open?
14:00:30 - Librarian : Hello! Bob here. Yes, until 9.
14:01:00 - Patron : thanks
Patron ended chat session
`;

describe('text transcripts', () => {
  it('reads QuestionPoint-style records separated by a line of =====', async () => {
    expect(detectFormat(Buffer.from(QUESTIONPOINT))).toBe('text');
    const items = await importAll(QUESTIONPOINT, opts);
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    const [a, b] = items.map(valid);
    expect(a).toMatchObject({
      source: 'text',
      library: 'BCPL',
      provider: { id: 'Jane Smith', name: 'Jane Smith', library: 'Baltimore County Public Library' },
      patron: { name: null, email: 'pat@example.org', phone: null },
      startedAt: '2026-03-02T14:05:00-05:00',
      endedAt: '2026-03-02T14:09:00-05:00',
      resolutionCode: 'Answered',
    });
    expect(a!.messages.map((m) => [m.at, m.role, m.text, m.event])).toEqual([
      ['2026-03-02T14:05:10-05:00', 'patron', 'Do you have books on Maryland lighthouses?', undefined],
      ['2026-03-02T14:05:31-05:00', 'provider', "Hi, I'm Jane, a librarian at BCPL. For kids or adults?", undefined],
      ['2026-03-02T14:06:02-05:00', 'patron', 'adults, and\nmaybe something with photos', undefined],
      ['2026-03-02T14:08:40-05:00', 'provider', 'Try "Lighthouses of the Chesapeake" in our catalog: https://catalog.bcpl.info', undefined],
      ['2026-03-02T14:09:00-05:00', 'system', 'Librarian ended chat session', 'ended'],
    ]);
    expect(items[0]!.warnings).toEqual([
      { path: 'text', message: 'a line was not read (not a "Key: value" header, a message or an event line): line 1 "QuestionPoint Chat Transcript"' },
      { path: 'text', message: 'line 12 has no time and speaker: kept as part of the message before' },
    ]);
    expect(b).toMatchObject({
      provider: { id: 'blee', name: 'Bob Lee' },
      patron: { email: 'sam@example.org' },
      startedAt: '2026-03-03T14:00:05-05:00',
      resolutionCode: 'Follow-up by me',
    });
    expect(b!.messages.map((m) => [m.role, m.author, m.authorId, m.event])).toEqual([
      ['patron', 'Patron', undefined, undefined],
      ['provider', 'Librarian', 'blee', undefined],
      ['patron', 'Patron', undefined, undefined],
      ['system', undefined, undefined, 'patron_left'],
    ]);
    expect(b!.messages[3]!.at).toBe('2026-03-03T14:01:00-05:00');
  });

  it('starts a new transcript at a new header block, without a separator line', async () => {
    const text = [
      'Date: 2026-06-01',
      'Librarian: Ann',
      '[10:00] Patron: a',
      '[10:01] Ann: b',
      'Date: 2026-06-02',
      'Librarian: Ben',
      '[23:59:30] Patron: c',
      '[00:00:20] Ben: d (after midnight)',
    ].join('\n');
    const items = await importAll(text, opts);
    expect(items.map((i) => [i.row, valid(i).provider.id, valid(i).messages.length])).toEqual([
      [1, 'Ann', 2],
      [2, 'Ben', 2],
    ]);
    expect(valid(items[1]!).messages.map((m) => m.at)).toEqual(['2026-06-02T23:59:30-04:00', '2026-06-03T00:00:20-04:00']);
  });

  it('accepts the speaker-then-time layout, dates inside the brackets, and e-mail quoting', async () => {
    const text = [
      '> Patron: Ana Ruiz',
      '> Jane Smith (2:05 PM): Hello Ana, how can I help?',
      '> [2026-03-02 14:06:00] Ana Ruiz: hours today?',
      '> Jane Smith (2:07 PM): 9 to 9',
    ].join('\r\n');
    const [item] = await importAll(text, opts);
    const t = valid(item!);
    expect(t.patron).toEqual({ name: 'Ana Ruiz', email: null, phone: null });
    expect(t.provider).toEqual({ id: 'Jane Smith', name: 'Jane Smith' });
    expect(t.startedAt).toBe('2026-03-02T14:05:00-05:00');
    expect(t.messages.map((m) => [m.at, m.role, m.author])).toEqual([
      ['2026-03-02T14:05:00-05:00', 'provider', 'Jane Smith'],
      ['2026-03-02T14:06:00-05:00', 'patron', 'Ana Ruiz'],
      ['2026-03-02T14:07:00-05:00', 'provider', 'Jane Smith'],
    ]);
    // the header named only the patron, so the other speaker was taken for the librarian: the report says so
    expect(warningsOf(item)).toBe(
      'text: speaker "Jane Smith" (line 2, 4) is not the librarian or patron named in the header, nor a known label: read as provider',
    );
  });

  it('uses the librarian named in the header to tell roles apart', async () => {
    const text = ['Date: 2026-03-02', 'Librarian: Jane Smith', 'Jane Smith (2:05 PM): Hello, how can I help?', '[14:06:00] Ana: hours today?', 'Jane Smith (2:07 PM): 9 to 9'].join('\n');
    const [item] = await importAll(text, opts);
    const t = valid(item!);
    expect(t.messages.map((m) => [m.at, m.role])).toEqual([
      ['2026-03-02T14:05:00-05:00', 'provider'],
      ['2026-03-02T14:06:00-05:00', 'patron'],
      ['2026-03-02T14:07:00-05:00', 'provider'],
    ]);
    // a speaker taken for the patron is not named in the report
    expect(warningsOf(item)).toBe('text: a speaker (line 4) is not the librarian or patron named in the header, nor a known label: read as patron');
  });

  it('keeps an untimed "Patron: …" line inside the conversation, and splits at a header after the session ended', async () => {
    const text = [
      'Date: 2026-03-02',
      'Patron: Ana',
      'Librarian: Ben',
      '[10:00] Ana: hi',
      'Patron: (typed again) hi?',
      '[10:01] Ben: hello',
      'Librarian ended chat session',
      'Patron: Cy',
      'Librarian: Ben',
      '[11:00] Cy: hours?',
    ].join('\n');
    const items = await importAll(text, opts);
    expect(items).toHaveLength(2);
    expect(valid(items[0]!).messages.map((m) => m.text)).toEqual(['hi\nPatron: (typed again) hi?', 'hello', 'Librarian ended chat session']);
    // the second transcript starts at "Patron: Cy"; it has no date of its own, which is its error
    expect(items[1]!.row).toBe(2);
    expect(errorsOf(items[1])).toMatch(/^Date: line 8: no session date/);
  });

  it('reads a simple HTML transcript', async () => {
    const html = `<!DOCTYPE html><html><head><title>Chat</title><style>p { color: red }</style></head><body>
<h2>Chat transcript</h2>
<p><b>Date:</b> March 2, 2026</p>
<p><b>Librarian:</b> Jane&nbsp;Smith</p>
<table>
<tr><td>[14:05:10]</td><td>Patron:</td><td>I need &quot;Dune&quot; &amp; more</td></tr>
<tr><td>[14:05:31]</td><td>Jane Smith:</td><td>See <a href="https://catalog.example.org/dune">our catalog</a><br>or call</td></tr>
</table>
<p>Librarian ended chat session</p>
<hr>
<div>Date: 2026-03-03</div><div>14:00 - Patron : hi</div><div>14:01 - Jane Smith : hello</div>
</body></html>`;
    expect(detectFormat(Buffer.from(html))).toBe('text');
    const items = await importAll(html, opts, 17);
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    const t = valid(items[0]!);
    expect(t.provider.id).toBe('Jane Smith');
    expect(t.messages.map((m) => [m.at, m.role, m.text])).toEqual([
      ['2026-03-02T14:05:10-05:00', 'patron', 'I need "Dune" & more'],
      ['2026-03-02T14:05:31-05:00', 'provider', 'See our catalog (https://catalog.example.org/dune)\nor call'],
      ['2026-03-02T14:05:31-05:00', 'system', 'Librarian ended chat session'],
    ]);
    expect(warningsOf(items[0])).toBe(
      'text: a line was not read (not a "Key: value" header, a message or an event line): line 4 "Chat transcript"\n' +
        'text: line 14 has no time and speaker: kept as part of the message before',
    );
    expect(valid(items[1]!).messages.map((m) => m.role)).toEqual(['patron', 'provider']);
  });

  it('reports a transcript without a date, and a block with no messages, as errors', async () => {
    const text = ['[10:00] Patron: hi', '[10:01] Librarian: hello', '-----', 'Date: 2026-03-02', 'Librarian: Ann', 'just some notes', '-----', '', '-----'].join('\n');
    const items = await importAll(text, opts);
    expect(items.map((i) => i.row)).toEqual([1, 2]);
    expect(items[0]!.errors).toEqual([
      { path: 'Date', message: 'line 1: no session date: add a "Date:" header line (e.g. Date: 2026-03-02) or dates in the message times (e.g. [2026-03-02 14:05:10])' },
    ]);
    expect(errorsOf(items[1])).toBe(
      'text: line 4: no message lines found (expected "[time] Speaker: text" or "time - Speaker : text"); unread lines: line 6 "just some notes"',
    );
  });

  it('keeps a Lost Call with no messages, and a bare question', async () => {
    const text = ['Date: 2026-03-02 10:00', 'Resolution: Lost Call', '=====', 'Date: 2026-03-02 11:00', 'Question: is the library open?'].join('\n');
    const [lost, question] = await importAll(text, opts);
    expect(valid(lost!)).toMatchObject({ resolutionCode: 'Lost Call', messages: [], provider: { id: 'unassigned' } });
    expect(valid(question!).messages).toEqual([{ at: '2026-03-02T11:00:00-05:00', role: 'patron', author: 'Patron', text: 'is the library open?' }]);
    expect(warningsOf(question)).toBe('text: no message lines: only the Question header was imported');
  });

  it('derives the same ids on every import', async () => {
    const a = await importAll(QUESTIONPOINT, opts);
    const b = await importAll(QUESTIONPOINT, opts);
    expect(a.map((i) => i.externalId)).toEqual(b.map((i) => i.externalId));
    expect(a[0]!.externalId).toMatch(/^2026-03-02T14:05:00-05:00\/[0-9a-f]{16}$/);
    const withId = await importAll(`Transcript ID: QP-991\n${QUESTIONPOINT}`, opts);
    expect(withId[0]!.externalId).toBe('QP-991');
  });
});
