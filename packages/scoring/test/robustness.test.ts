/** Bad input never throws: every result is a valid Score with all 17 checks in order. */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, scoreSchema, type Transcript } from '@askqa/contract';
import { providerIntervals, rubricV42, scoreSession } from '../src/index';
import { hostileTranscripts } from '../../../bench/hostile';
import { at, chat, OPEN, score } from './helpers';

function valid(t: unknown) {
  const s = scoreSession(t as Transcript, { now: Date.now() });
  const parsed = scoreSchema.parse(s);
  expect(parsed.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  expect(() => providerIntervals(t as Transcript)).not.toThrow();
  return s;
}

describe('robustness', () => {
  it('handles a session with no messages (Lost Call)', () => {
    const s = valid(chat([], { resolutionCode: 'Lost Call' }));
    expect(s.checks.find((c) => c.id === 'approachability.pickup')?.status).toBe('fail');
  });

  it('handles one message', () => {
    valid(chat([[0, 'p', 'hello']]));
    valid(chat([[0, 'l', 'Hello?']]));
  });

  it('handles out-of-order messages and identical timestamps', () => {
    const t = chat([[50, 'l', 'Anything else?'], [0, 'p', 'hi'], [20, 'l', "Hi, I'm Jo. What grade?"], [20, 'p', '5th'], [20, 'l', 'See library.example.org.']]);
    const s = valid(t);
    expect(s.checks.find((c) => c.id === 'approachability.pickup')?.value).toBe(20);
  });

  it('handles a missing endedAt and missing provider messages', () => {
    valid({ ...chat([[0, 'p', 'hi'], [30, 'p', 'hello??']]), endedAt: undefined });
    valid({ ...chat(OPEN), endedAt: null, pickedUpAt: null });
  });

  it('handles unparseable text, times and fields', () => {
    const weird = {
      externalId: 'w',
      library: 'X',
      provider: { id: 'jo' },
      startedAt: 'not a date',
      endedAt: 12,
      resolutionCode: 42,
      survey: { rating: 'bad', comment: { x: 1 } },
      followUps: [{ doneAt: 'soon' }, null],
      messages: [
        { at: at(0), role: 'patron', text: null },
        { at: 'yesterday', role: 'provider', text: 12345 },
        { at: at(30), role: 'robot', text: 'beep' },
        null,
        'a string',
        { at: at(40), role: 'provider', text: '\u0000\uffff\ud800 emoji 🎉 \u202e reversed' },
        { at: at(50), role: 'system', event: 'transfer', text: 'transfer without a receiver' },
      ],
    };
    valid(weird);
  });

  it('handles missing optional objects and non-objects', () => {
    valid({ externalId: 'm', library: 'X', provider: { id: 'jo' }, startedAt: at(0), messages: [{ at: at(1), role: 'patron', text: 'hi' }] });
    valid({ externalId: 'n', library: 'X', provider: null, patron: null, survey: null, startedAt: at(0), messages: 'nope' });
    valid(null);
    valid(undefined);
  });

  // The inputs `npm run bench` times (scoring.hostileWorstMs): here only what they score, never how fast (a timing
  // assertion fails on a busy machine, not on a slow scorer).
  const [big, hostile, quotes, referrals, contacts, long] = hostileTranscripts();
  it('scores messages of 100 KB', () => {
    const s = valid(big!.transcript);
    const source = s.checks.find((c) => c.id === 'info.source')!;
    expect(source.status).toBe('pass');
    expect(source.evidence[0]!.message).toBe(3);
    expect(source.evidence[0]!.quote.length).toBeLessThan(300);
  });

  it('scores regexp-hostile text', () => {
    const s = valid(hostile!.transcript);
    expect(s.checks.find((c) => c.id === 'approachability.greeting')?.status).toBe('pass');
  });

  it('scores text full of quote marks and apostrophes', () => {
    const s = valid(quotes!.transcript);
    // the last message thanks the patron: its inch marks quote nothing
    expect(s.checks.find((c) => c.id === 'closing.courteous')?.status).toBe('pass');
    expect(s.checks.find((c) => c.id === 'approachability.greeting')?.status).toBe('pass');
  });

  it('scores long sentences full of referral verbs', () => {
    const s = valid(referrals!.transcript);
    // the County Clerk and its phone, after 100 KB of "call", "text" and "desk" in sentences of 20,000 characters
    const source = s.checks.find((c) => c.id === 'info.source')!;
    expect(source.status).toBe('pass');
    expect(source.evidence[0]).toMatchObject({ message: 7, quote: 'For that, please call the County Clerk at 410-555-0100.' });
    expect(s.checks.find((c) => c.id === 'approachability.greeting')?.status).toBe('pass');
  });

  it('scores messages of 200 KB full of referrals with phone numbers', () => {
    const s = valid(contacts!.transcript);
    // the number the provider gives first is the one the patron typed (the patron's own, no way to reach the office); the next
    // provider message names the Jessup visiting office again with 410-555-0199, which reaches it (v43 I18, `namedNextI18`)
    const referral = s.checks.find((c) => c.id === 'referral.contact')!;
    expect(referral.status).toBe('pass');
    expect(referral.evidence[0]).toMatchObject({ message: 3, quote: 'Call the Jessup visiting office at 410-555-0100.' });
    expect(referral.evidence.map((e) => e.message)).toContain(4);
    // as v42 read it, without I18: the first message's party has no way to be reached
    const before = scoreSession(contacts!.transcript, { now: Date.now(), rubric: rubricV42 }).checks.find((c) => c.id === 'referral.contact')!;
    expect(before.status).toBe('fail');
  });

  it('scores a session of 5,000 messages', () => {
    const s = valid(long!.transcript);
    // the provider only ever says "Let me check on that.": holds, so no substantive exchange
    expect(s.checks.find((c) => c.id === 'approachability.pickup')?.value).toBe(5);
    expect(s.checks.find((c) => c.id === 'interest.keep_informed')?.status).toBe('na');
    for (const c of s.checks) for (const e of c.evidence) expect(e.message).toBeLessThan(5000);
  });

  it('scores sessions with the default context fields missing', () => {
    expect(() => score(chat(OPEN), { now: undefined as unknown as number })).not.toThrow();
  });
});
