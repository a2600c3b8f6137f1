/** Bad input never throws: every result is a valid Score with all 17 checks in order. */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, scoreSchema, type Transcript } from '@askqa/contract';
import { providerIntervals, scoreSession } from '../src/index';
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

  it('handles a 100 KB message quickly', () => {
    const big = 'lorem ipsum dolor sit amet, see https://example.org/page and call 410-555-0100. '.repeat(1300);
    const t0 = performance.now();
    valid(chat([...OPEN, [30, 'p', big], [40, 'l', big], [50, 'l', 'a.'.repeat(50_000)], [60, 'p', 'x'.repeat(100_000)]]));
    expect(performance.now() - t0).toBeLessThan(2000);
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

  it('handles regex-hostile text without slowing down', () => {
    const t0 = performance.now();
    valid(chat([...OPEN, [30, 'l', `${'a'.repeat(30_000)}@`], [40, 'l', `${'1-'.repeat(20_000)}`], [50, 'l', `${'so you '.repeat(5000)}?`], [60, 'p', '.'.repeat(40_000)]]));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('handles many messages', () => {
    const lines = Array.from({ length: 5000 }, (_, i): [number, 'p' | 'l', string] => [i * 5, i % 2 ? 'l' : 'p', i % 2 ? 'Let me check on that.' : 'still there?']);
    const t0 = performance.now();
    valid(chat(lines));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('scores sessions with the default context fields missing', () => {
    expect(() => score(chat(OPEN), { now: undefined as unknown as number })).not.toThrow();
  });
});
