import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { errorsOf, expected, importAll, plain, q, sample, valid, warningsOf } from './helpers';

const opts = { library: 'EPFL' };

/** The devset's expected transcripts, with SMS patrons' ids hashed as the importer does. */
function expectedH3lp() {
  return (expected('libraryh3lp-sample.expected.json') as { externalId: string }[]).map((t) => {
    const [start, address] = t.externalId.split('/') as [string, string];
    return address.includes('@twilio.') ? { ...t, externalId: `${start}/sms-${createHash('sha256').update(address).digest("hex").slice(0, 16)}` } : t;
  });
}

describe('LibraryH3lp CSV', () => {
  it('imports the Windows-1252 devset sample to exactly the expected transcripts', async () => {
    const items = await importAll(sample('libraryh3lp-sample.csv'), opts);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items.every((i) => !i.errors && !i.warnings)).toBe(true);
    expect(items.map((i) => plain(i.transcript))).toEqual(expectedH3lp());
    for (const i of items) valid(i);
    // an SMS patron's number is hashed out of the id (privacy); web addresses stay as the devset has them
    expect(items[1]!.externalId).toMatch(/^2026-03-14T11:02:00-04:00\/sms-[0-9a-f]{16}$/);
    expect(items[0]!.externalId).toBe('2026-03-02T17:26:00-05:00/0445309952346240019@web.libraryh3lp.com');
  });

  it('reads the same chats from a UTF-8 copy (with or without BOM), in small chunks', async () => {
    const utf8 = Buffer.from(iconv.decode(sample('libraryh3lp-sample.csv'), 'win1252'), 'utf8');
    const want = expectedH3lp();
    expect((await importAll(utf8, opts, 5)).map((i) => plain(i.transcript))).toEqual(want);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect((await importAll(bom, opts, 3)).map((i) => plain(i.transcript))).toEqual(want);
  });

  it('loses no character when UTF-8 and Windows-1252 rows are mixed in one file', async () => {
    const head = 'started,wait,duration,text\r\n';
    const rowText = (who: string) => `"10:00AM 1@web.libraryh3lp.com: I’m in Montréal — “${who}”\r\r10:01AM q@chat.libraryh3lp.com: café ok"\r\n`;
    const file = Buffer.concat([
      Buffer.from(head, 'utf8'),
      Buffer.from(`3/2/26 10:00,0:00:10,0:01:00,${rowText('utf8')}`, 'utf8'),
      iconv.encode(`3/2/26 11:00,0:00:10,0:01:00,${rowText('cp1252')}`.replace('1@web', '2@web'), 'win1252'),
      Buffer.from(`3/2/26 12:00,0:00:10,0:01:00,${rowText('utf8 again')}`.replace('1@web', '3@web'), 'utf8'),
    ]);
    const items = await importAll(file, opts, 16);
    expect(items.map((i) => valid(i).messages.map((m) => m.text))).toEqual([
      ['I’m in Montréal — “utf8”', 'café ok'],
      ['I’m in Montréal — “cp1252”', 'café ok'],
      ['I’m in Montréal — “utf8 again”', 'café ok'],
    ]);
  });

  it('reads the richer export: queue, operator, guest, protocol, accepted, ended; newline separators; system messages; midnight', async () => {
    const text = [
      'started,queue,operator,guest,protocol,wait,accepted,duration,ended,text',
      [
        '2026-05-11 23:58:00',
        'askref',
        'jtorres@chat.libraryh3lp.com',
        '+14105550177@twilio.libraryh3lp.com',
        'sms',
        '0:00:40',
        '2026-05-11 23:58:40',
        '0:05:00',
        '2026-05-12 00:03:40',
        q(
          [
            '23:58PM +14105550177@twilio.libraryh3lp.com: hi, still open?',
            '23:59PM jtorres@chat.libraryh3lp.com: Hi! I’m Jess. We are, until 1.',
            'Anything I can find for you?',
            '00:01AM System message: Chat transferred to mlee',
            '00:02AM mlee@chat.libraryh3lp.com: Hello, Mia here.',
            '00:03AM System message: Patron has left the chat',
          ].join('\n'),
        ),
      ].join(','),
    ].join('\r\n');
    const [item] = await importAll(text, opts);
    const t = valid(item!);
    expect(item!.externalId).toMatch(/^2026-05-11T23:58:00-04:00\/sms-[0-9a-f]{16}$/);
    expect(item!.externalId).not.toContain('4105550177');
    expect(t.provider).toEqual({ id: 'jtorres' });
    expect(t.patron).toEqual({ name: null, email: null, phone: '+14105550177' });
    expect(t.pickedUpAt).toBe('2026-05-11T23:58:40-04:00');
    expect(t.endedAt).toBe('2026-05-12T00:03:40-04:00');
    expect(t.messages).toEqual([
      { at: '2026-05-11T23:58:00-04:00', role: 'patron', author: '+14105550177@twilio.libraryh3lp.com', text: 'hi, still open?' },
      {
        at: '2026-05-11T23:59:00-04:00',
        role: 'provider',
        author: 'jtorres@chat.libraryh3lp.com',
        authorId: 'jtorres',
        text: 'Hi! I’m Jess. We are, until 1.\nAnything I can find for you?',
      },
      { at: '2026-05-12T00:01:00-04:00', role: 'system', event: 'transfer', to: 'mlee', text: 'Chat transferred to mlee' },
      { at: '2026-05-12T00:02:00-04:00', role: 'provider', author: 'mlee@chat.libraryh3lp.com', authorId: 'mlee', text: 'Hello, Mia here.' },
      { at: '2026-05-12T00:03:00-04:00', role: 'system', event: 'patron_left', text: 'Patron has left the chat' },
    ]);
    expect(warningsOf(item)).toContain('line 3 "Anything I can find for you?" is not "HH:MM[AM|PM] sender@address: text": kept as part of the message before it');
  });

  it('reads a real 12-hour clock as well as the meaningless suffix', async () => {
    const text = 'started,wait,duration,text\r\n3/2/26 17:26,0:00:10,0:01:00,"5:26PM 1@web.libraryh3lp.com: hi\r\r5:27PM a@chat.libraryh3lp.com: hello"\r\n';
    const [item] = await importAll(text, opts);
    expect(valid(item!).messages.map((m) => m.at)).toEqual(['2026-03-02T17:26:00-05:00', '2026-03-02T17:27:00-05:00']);
  });

  it('reports a wrong header, a bad start and an empty text, row by row', async () => {
    const wrong = await importAll('start time,who,what\r\n1,2,3\r\n', { ...opts, format: 'libraryh3lp' });
    expect(wrong).toHaveLength(1);
    expect(errorsOf(wrong[0])).toMatch(/^header: no recognisable columns in the header "start time,who,what": a LibraryH3lp export needs the columns started and text/);

    const text = [
      'started,wait,duration,text',
      '2/30/26 10:00,0:00:10,0:01:00,"10:00AM 1@web.libraryh3lp.com: hi"',
      '3/2/26 10:00,0:00:10,0:01:00,',
      '3/2/26 10:00,0:00:10,0:01:00,"10:00AM 2@web.libraryh3lp.com: hi"',
    ].join('\r\n');
    const items = await importAll(text, opts);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(items[0]!.errors).toEqual([{ path: 'started', message: '"2/30/26 10:00" is not a date (expected M/D/YY H:MM or YYYY-MM-DD HH:MM:SS)' }]);
    expect(items[1]!.errors).toEqual([{ path: 'text', message: 'is empty: there are no messages to import' }]);
    valid(items[2]!);
  });

  it('guesses the role of an unknown sender and says so', async () => {
    const text = 'started,wait,duration,text\r\n3/2/26 10:00,0:00:10,0:01:00,"10:00AM 1@web.libraryh3lp.com: hi\r\r10:01AM jo@partner.example.org: hello, partner library here"\r\n';
    const [item] = await importAll(text, opts);
    const t = valid(item!);
    expect(t.messages[1]).toMatchObject({ role: 'provider', authorId: 'jo' });
    expect(t.provider.id).toBe('jo');
    // report messages never show contact details, whoever they belong to
    expect(warningsOf(item)).toBe('text: sender "[email]" (line 3) is not a known LibraryH3lp address: read as provider');
  });

  it('derives a stable id when no patron address is known', async () => {
    const text = 'started,wait,duration,text\r\n3/2/26 10:00,0:00:10,0:01:00,"10:00AM a@chat.libraryh3lp.com: anyone there?"\r\n';
    const a = await importAll(text, opts);
    const b = await importAll(text, opts);
    expect(a[0]!.externalId).toBe(b[0]!.externalId);
    expect(a[0]!.externalId).toMatch(/^2026-03-02T10:00:00-05:00\/[0-9a-f]{16}$/);
  });
});
