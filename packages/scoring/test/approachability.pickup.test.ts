import { describe, expect, it } from 'vitest';
import { at, chat, check } from './helpers';

describe('approachability.pickup', () => {
  it('passes at exactly 60 s and records the seconds as value', () => {
    const r = check(chat([[0, 'p', 'hi'], [60, 'l', 'Hello, I am Jo.']]), 'approachability.pickup');
    expect(r.status).toBe('pass');
    expect(r.value).toBe(60);
    expect(r.evidence[0]?.message).toBe(1);
  });

  it('fails at 61 s', () => {
    const r = check(chat([[0, 'p', 'hi'], [61, 'l', 'Hello, I am Jo.']]), 'approachability.pickup');
    expect(r.status).toBe('fail');
    expect(r.value).toBe(61);
    expect(r.note).toMatch(/61 s.*60 s/);
  });

  it('passes just under the limit', () => {
    expect(check(chat([[0, 'p', 'hi'], [59, 'l', 'Hello']]), 'approachability.pickup').status).toBe('pass');
  });

  it('uses pickedUpAt when the source records it, even if the first message comes later', () => {
    const t = chat([[0, 'p', 'hi'], [75, 'l', 'One moment please.']], { pickedUpAt: at(38) });
    const r = check(t, 'approachability.pickup');
    expect(r.status).toBe('pass');
    expect(r.value).toBe(38);
  });

  it('fails on a late pickedUpAt although a message came early', () => {
    expect(check(chat([[0, 'p', 'hi'], [10, 'l', 'Hello']], { pickedUpAt: at(90) }), 'approachability.pickup').status).toBe('fail');
  });

  it('fails with no value when no provider ever joined', () => {
    const r = check(chat([[0, 'p', 'anyone?'], [100, 'p', 'hello??']], { resolutionCode: 'Lost Call' }), 'approachability.pickup');
    expect(r.status).toBe('fail');
    expect(r.value).toBeNull();
  });

  it('does not count internal or system messages as pickup', () => {
    const t = chat([
      [0, 'p', 'hi'],
      [5, 's', 'Jo joined', { event: 'joined' }],
      [10, 'i', 'I will take this one'],
      [90, 'l', 'Hello, I am Jo.'],
    ]);
    const r = check(t, 'approachability.pickup');
    expect(r.status).toBe('fail');
    expect(r.value).toBe(90);
    expect(r.evidence[0]?.message).toBe(3);
  });

  it('reads pickup in time order when the messages are out of order', () => {
    const t = chat([[30, 'l', 'Hello, I am Jo.'], [0, 'p', 'hi']]);
    const r = check(t, 'approachability.pickup');
    expect(r.status).toBe('pass');
    expect(r.value).toBe(30);
    expect(r.evidence[0]?.message).toBe(0);
  });

  it('follows the rubric setting, not a constant', async () => {
    const { rubricV1 } = await import('../src/index');
    const strict = { ...rubricV1, version: 'test-strict', settings: { ...rubricV1.settings, pickupSeconds: 30 } };
    expect(check(chat([[0, 'p', 'hi'], [45, 'l', 'Hello']]), 'approachability.pickup', { rubric: strict }).status).toBe('fail');
  });
});
