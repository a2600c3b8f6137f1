import { describe, expect, it } from 'vitest';
import type { Transcript } from '@askqa/contract';
import { providerIntervals, type ProviderInterval } from '../src/index';
import { at, chat, check, OPEN, T0 } from './helpers';

const base = chat([...OPEN, [600, 'l', 'Bye!']], { endAfter: 0 }); // open [T0, T0+600 s)
const other = (key: string, startS: number, endS: number, providerId = 'jo'): ProviderInterval => ({ sessionKey: key, providerId, start: T0 + startS * 1000, end: T0 + endS * 1000 });

describe('session.concurrency', () => {
  it('passes with exactly maxConcurrent sessions open at once', () => {
    const r = check(base, 'session.concurrency', { otherIntervals: [other('x:1', 100, 300), other('x:2', 200, 400)] });
    expect(r.status).toBe('pass');
    expect(r.value).toBe(3);
  });

  it('fails with one more, naming the overlapping sessions in related', () => {
    const r = check(base, 'session.concurrency', { otherIntervals: [other('x:1', 100, 300), other('x:2', 200, 400), other('x:3', 250, 260), other('x:4', 700, 800)] });
    expect(r.status).toBe('fail');
    expect(r.value).toBe(4);
    expect(r.related).toEqual(['x:1', 'x:2', 'x:3']);
  });

  it('treats intervals as open at the end: touching sessions do not overlap', () => {
    const r = check(base, 'session.concurrency', { otherIntervals: [other('x:1', -100, 0), other('x:2', 600, 700), other('x:3', 300, 600), other('x:4', 0, 10)] });
    expect(r.status).toBe('pass');
  });

  it("ignores other providers' sessions and this session's own key", () => {
    const r = check(base, 'session.concurrency', {
      otherIntervals: [other('x:1', 0, 600, 'bob'), other('x:2', 0, 600, 'bob'), other('x:3', 0, 600, 'bob'), other('test:t-1', 0, 600), other('x:5', 0, 600)],
    });
    expect(r.status).toBe('pass');
  });

  it('judges each provider of a transferred session over the part they handled', () => {
    const t = chat([...OPEN, [100, 'i', 'Bob can you take this genealogy one?'], [110, 'l', "I'm transferring you to Bob."], [120, 's', 'Transferred', { event: 'transfer', to: 'bob' }], [130, 'l', 'Hi, Bob here.', { authorId: 'bob' }]], { endAfter: 470 });
    // jo is busy before the transfer, bob after it
    const busyJo = [other('a:1', 0, 100), other('a:2', 0, 100), other('a:3', 0, 100)];
    expect(check(t, 'session.concurrency', { otherIntervals: busyJo }).status).toBe('fail');
    const joLater = [other('a:1', 200, 500), other('a:2', 200, 500), other('a:3', 200, 500)];
    expect(check(t, 'session.concurrency', { otherIntervals: joLater }).status).toBe('pass');
    const bobLater = [other('b:1', 200, 500, 'bob'), other('b:2', 200, 500, 'bob'), other('b:3', 200, 500, 'bob')];
    expect(check(t, 'session.concurrency', { otherIntervals: bobLater }).status).toBe('fail');
  });

  it('is na when no provider joined', () => {
    expect(check(chat([[0, 'p', 'hello?']], { resolutionCode: 'Lost Call' }), 'session.concurrency').status).toBe('na');
  });
});

describe('providerIntervals', () => {
  it('splits a transferred session at the transfer', () => {
    const t = chat([...OPEN, [120, 's', 'Transferred', { event: 'transfer', to: 'bob' }], [130, 'l', 'Hi, Bob here.', { authorId: 'bob' }]], { endAfter: 70 });
    expect(providerIntervals(t)).toEqual([
      { sessionKey: 'test:t-1', providerId: 'jo', start: T0, end: T0 + 120_000 },
      { sessionKey: 'test:t-1', providerId: 'bob', start: T0 + 120_000, end: T0 + 200_000 },
    ]);
  });

  it('runs to the last message of any role when endedAt is missing, and takes the given key', () => {
    const t: Transcript = { ...chat([...OPEN, [300, 's', 'Patron left', { event: 'patron_left' }]]), endedAt: null };
    expect(providerIntervals(t, 'k:1')).toEqual([{ sessionKey: 'k:1', providerId: 'jo', start: T0, end: Date.parse(at(300)) }]);
  });

  it('is empty when no provider joined', () => {
    expect(providerIntervals(chat([[0, 'p', 'hello?']], { resolutionCode: 'Lost Call' }))).toEqual([]);
  });
});
