import type { Transcript } from '@askqa/contract';
import { describe, expect, it } from 'vitest';
import { redactTranscript, restoreOriginals } from '../src/index';
import { allStrings, importAll, sample, valid } from './helpers';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

async function samples(): Promise<Transcript[]> {
  const lc = await importAll(sample('libchat-sample.csv'), { library: 'TU' });
  const h3 = await importAll(sample('libraryh3lp-sample.csv'), { library: 'EPFL' });
  return [...lc, ...h3].map(valid);
}

/** Every string of a transcript except its externalId (checked on its own). */
function strings(t: Transcript): string[] {
  const { externalId: _id, ...rest } = t;
  return allStrings(rest);
}

function transcript(messages: Transcript['messages'], extra: Partial<Transcript> = {}): Transcript {
  return {
    externalId: 't-1',
    library: 'BCPL',
    provider: { id: 'jsmith', name: 'Jane Smith' },
    patron: { name: null, email: null, phone: null },
    startedAt: '2026-03-02T14:05:10-05:00',
    messages,
    ...extra,
  };
}
const at = '2026-03-02T14:05:10-05:00';
const patron = (text: string, author = 'Patron') => ({ at, role: 'patron' as const, author, text });
const staff = (text: string) => ({ at, role: 'provider' as const, author: 'Jane Smith', authorId: 'jsmith', text });

describe('redaction', () => {
  it('leaves no patron e-mail or phone of the samples in any string, and restores exactly', async () => {
    for (const t of await samples()) {
      const before = structuredClone(t);
      const { transcript: r, originals } = redactTranscript(t);
      expect(t).toEqual(before); // pure
      const all = strings(r).join('\n');
      for (const leaked of ['mlee42@example.org', 'aj.parent@example.org', '+14105550123', '4105550123', 'Dana R.']) expect(all).not.toContain(leaked);
      const emails = (all.match(EMAIL) ?? []).filter((e) => !/libraryh3lp\.com$/.test(e));
      expect(emails).toEqual([]);
      expect(restoreOriginals(r, originals ?? { patron: {}, messages: [] })).toEqual(t);
    }
  });

  it('replaces the samples’ patron details with typed placeholders, wherever they recur', async () => {
    const byId = new Map((await samples()).map((t) => [t.externalId, redactTranscript(t).transcript]));
    const chat = byId.get('12840697')!;
    expect(chat.patron).toEqual({ name: null, email: '[email]', phone: null });
    expect(chat.messages[0]!.author).toBe('[email]');

    const dana = byId.get('12842208')!;
    expect(dana.patron!.name).toBe('[name]');
    expect(dana.messages[0]!.author).toBe('[name]');
    expect(dana.messages[1]!.text).toMatch(/^Hi \[name\], sorry for the wait!/);
    expect(dana.messages[1]!.author).toBe('Jordan Ellis');

    const sms = [...byId.values()].find((t) => t.startedAt === '2026-03-14T11:02:00-04:00')!;
    expect(sms.patron!.phone).toBe('[phone]');
    expect(sms.messages[0]!.author).toBe('[phone]@twilio.libraryh3lp.com');
    // the importer hashes an SMS patron's number out of the session key
    expect(sms.externalId).not.toContain('4105550123');

    const web = byId.get('2026-05-11T19:40:00-04:00/5520193847561029384@web.ca.libraryh3lp.com')!;
    expect(web.messages[4]!.text).toBe('great. whats the exact link? my email is [email] if thats easier');
    expect(web.messages[0]!.author).toBe('5520193847561029384@web.ca.libraryh3lp.com'); // a session address, not a contact
  });

  it("keeps the library contacts a librarian gives, while the patron's are hidden even when the librarian repeats them", () => {
    const t = transcript(
      [
        patron('my cell is (410) 555-0123 and my email is Pat.Doe@example.org, I live at 12 Elm Street Apt 4'),
        staff('Thanks! I will call 410.555.0123 or write to pat.doe@example.org. Is that 12 Elm St?'),
        staff('For the court records, call the Law Library at 410-555-0190 or lawlib@example.gov, 100 N. Calvert St.'),
        patron('ok so 410-555-0190 is the law library? and text me at 4105550123 if anything'),
        { at, role: 'internal', author: 'Jane Smith', authorId: 'jsmith', text: 'patron at 12 elm st wants a callback' },
      ],
      { followUps: [{ doneAt: at, by: 'jsmith', note: 'called (410) 555-0123, left message' }], survey: { rating: 5, comment: 'great, reach me at pat.doe@example.org' } },
    );
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'my cell is [phone] and my email is [email], I live at [address]',
      'Thanks! I will call [phone] or write to [email]. Is that [address]?',
      'For the court records, call the Law Library at 410-555-0190 or lawlib@example.gov, 100 N. Calvert St.',
      'ok so 410-555-0190 is the law library? and text me at [phone] if anything',
      'patron at [address] wants a callback',
    ]);
    expect(r.followUps![0]!.note).toBe('called [phone], left message');
    expect(r.survey!.comment).toBe('great, reach me at [email]');
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it("hides the patron's number wherever its digits recur, in shapes the phone detector does not take, and only that number", () => {
    const t = transcript(
      [
        patron('need a list of summer camps'),
        staff('I will text it to you by noon tomorrow. Is this # ok for that? (555) 010-4477'),
        patron('y, or my work cell 410-555-0123'),
        staff('Got it: (410)5550123. The camp office is at (301) 555-0123, and the county line is 555 010 4478.'),
        staff('The office is open 9 - 5 (555) 010-4477 will get a text when it opens.'),
      ],
      { patron: { name: null, email: null, phone: '555-010-4477' } },
    );
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.patron!.phone).toBe('[phone]');
    expect(r.messages.map((m) => m.text)).toEqual([
      'need a list of summer camps',
      'I will text it to you by noon tomorrow. Is this # ok for that? [phone]',
      'y, or my work cell [phone]',
      // the same last seven digits with another area code, and a number one digit off, are other numbers
      'Got it: [phone]. The camp office is at (301) 555-0123, and the county line is 555 010 4478.',
      // the number alone, not the hours written before it
      'The office is open 9 - 5 [phone] will get a text when it opens.',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('hides an e-mail address the patron spelled out in words, wherever it recurs, and nothing that only looks like one', () => {
    const t = transcript([
      patron('pls email me: Jane.Doe at gmail.com or my work one, kfarrow at umd dot edu'),
      staff('Got it, I will write to jane.doe@gmail.com tomorrow.'),
      patron("I'm at gmail.com all day. I found it at amazon.com for 5.99 at target.com; the catalog at hcplonline.org said no"),
      patron('log in at my.umd.edu, or reach my son at sam_k at yahoo.com'),
    ]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'pls email me: [email] or my work one, [email]',
      'Got it, I will write to [email] tomorrow.',
      "I'm at gmail.com all day. I found it at amazon.com for 5.99 at target.com; the catalog at hcplonline.org said no",
      'log in at my.umd.edu, or reach my son at [email]',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('hides an e-mail address spelled out in Spanish ("arroba", "punto"), and not the words alone', () => {
    const t = transcript([
      patron('mi correo es jperez.calvert arroba gmail punto com, o ana arroba yahoo.com'),
      staff('Gracias, le escribo a jperez.calvert@gmail.com antes del viernes.'),
      patron('el punto com de la biblioteca? la arroba no me sale en el teclado'),
    ]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'mi correo es [email], o [email]',
      'Gracias, le escribo a [email] antes del viernes.',
      'el punto com de la biblioteca? la arroba no me sale en el teclado',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('hides an e-mail address typed with a space beside the "@", wherever it recurs', () => {
    const t = transcript([
      patron('my email is kara.m @ gmail.com, or jsmith@ yahoo.com, or bo @gmail.com'),
      staff('Thanks, I will write to kara.m@gmail.com tomorrow, and copy jsmith @ yahoo.com.'),
      patron('meet me @ library.org? tweet @ 5pm, reply @ home'),
    ]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'my email is [email], or [email], or [email]',
      'Thanks, I will write to [email] tomorrow, and copy [email].',
      'meet me @ library.org? tweet @ 5pm, reply @ home',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('hides an e-mail address typed with spaces beside its dots, wherever it recurs', () => {
    const t = transcript([
      patron('its r.obuya @ stateu . edu, or g.fair@yahoo . com, or kim@umd. edu'),
      staff('Got it: r.obuya@stateu.edu, and I will copy g.fair @ yahoo.com and kim@umd.edu.'),
      patron('im @ work . co-op shift till 5. the site is umd . edu, see you @ 5 . ok?'),
    ]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'its [email], or [email], or [email]',
      'Got it: [email], and I will copy [email] and [email].',
      'im @ work . co-op shift till 5. the site is umd . edu, see you @ 5 . ok?',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('hides an e-mail address written with a bracketed "[at]" or "(dot)", wherever it recurs', () => {
    const t = transcript([
      patron('reach me at jsmith[at]gmail.com or kim [at] example [dot] org, work: j.doe(at)umd(dot)edu'),
      staff('Thanks, I will write to jsmith@gmail.com and copy kim@example.org and j.doe@umd.edu.'),
      patron('meet me [at] the library, the sale (at) target.com'),
    ]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'reach me at [email] or [email], work: [email]',
      'Thanks, I will write to [email] and copy [email] and [email].',
      'meet me [at] the library, the sale (at) target.com',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('finds bare digit phone numbers only where the words say phone, and street addresses only with a street', () => {
    const t = transcript([
      patron('order 4105550123 is late. 3 books on the way, 10 minutes drive from 4 Elm Court Apt 2'),
      patron('call me: 4105550188'),
    ]);
    const { transcript: r } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual(['order 4105550123 is late. 3 books on the way, 10 minutes drive from [address]', 'call me: [phone]']);
  });

  it('hides a name the patron gives, but not the librarian’s own', () => {
    const t = transcript([patron('hi, my name is Ana Ruiz'), staff("Hi Ana, I'm Jane. Ana Ruiz, right?")], { patron: { name: 'Jane Doe', email: null, phone: null } });
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.patron!.name).toBe('[name]');
    expect(r.messages.map((m) => m.text)).toEqual(['hi, my name is [name]', "Hi [name], I'm Jane. [name], right?"]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('keeps the letters of a web address the librarian wrote, even where the patron\'s name is part of it', () => {
    const t = transcript(
      [patron('hola, soy Ana, vivo en Santa Ana, mi sitio es ana-blog.net'), staff('Hola Ana: la página de programas de la biblioteca es santa-ana.org/library/programs (www.santa-ana.org). Santa Ana tiene clases.')],
      { patron: { name: 'Ana', email: null, phone: null } },
    );
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => m.text)).toEqual([
      'hola, soy [name], vivo en Santa [name], mi sitio es [name]-blog.net',
      'Hola [name]: la página de programas de la biblioteca es santa-ana.org/library/programs (www.santa-ana.org). Santa [name] tiene clases.',
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('treats the name patron messages are shown under as the patron\'s name', () => {
    const t = transcript([patron('wifi is down', 'Kim Ota'), staff('Thanks Kim, one moment.'), patron('ok', 'Kim Ota')]);
    const { transcript: r, originals } = redactTranscript(t);
    expect(r.messages.map((m) => [m.author, m.text])).toEqual([
      ['[name]', 'wifi is down'],
      ['Jane Smith', 'Thanks [name], one moment.'],
      ['[name]', 'ok'],
    ]);
    expect(restoreOriginals(r, originals!)).toEqual(t);
  });

  it('is idempotent and returns no originals when there is nothing to hide', () => {
    const t = transcript([patron('is the library open today?'), staff('Yes, until 9. Call 410-555-0100 for hours.')]);
    expect(redactTranscript(t)).toEqual({ transcript: t, originals: null });
    const once = redactTranscript(transcript([patron('my email is a@example.org')], { patron: { name: null, email: 'a@example.org', phone: null } }));
    const twice = redactTranscript(once.transcript);
    expect(twice.originals).toBeNull();
    expect(twice.transcript).toEqual(once.transcript);
  });
});
