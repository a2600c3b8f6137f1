import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const ANSWER: Line = [40, 'l', 'The 1920 directory is in our catalog at library.example.org. Does that help?'];
const idle = (extra: Line[], endAfter: number) => chat([...OPEN, [30, 'p', '1920 please'], ANSWER, ...extra], { endAfter });

describe('session.idle_checkin', () => {
  it('is na under idleCheckSeconds and applies at exactly 120 s', () => {
    expect(status(idle([], 119), 'session.idle_checkin')).toBe('na');
    const r = check(idle([], 120), 'session.idle_checkin');
    expect(r.status).toBe('fail');
    expect(r.value).toBe(120);
    expect(r.evidence[0]?.message).toBe(3);
  });

  it('passes when the provider asks whether the patron is still there, with its evidence', () => {
    const r = check(idle([[150, 'l', 'Are you still there?']], 30), 'session.idle_checkin');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(4);
  });

  it('accepts paraphrases, chat-speak and Spanish', () => {
    for (const q of ['You still there?', 'r u there', 'Just checking in, are you still with me?', 'Hello?', '¿Sigue ahí?', 'Have I lost you?']) {
      expect(status(idle([[150, 'l', q]], 30), 'session.idle_checkin'), q).toBe('pass');
    }
  });

  it('does not take a disconnect notice that does not ask as a check-in', () => {
    expect(status(idle([[150, 'l', "It looks like you've disconnected. I'll end this session soon."]], 40), 'session.idle_checkin')).toBe('fail');
  });

  it('ends the idle at a closing goodbye, which counts as sent during it', () => {
    expect(status(idle([[100, 'l', 'Thanks for chatting, take care!']], 400), 'session.idle_checkin')).toBe('na');
    // a goodbye that also asks whether the patron is still there is not a goodbye
    expect(status(idle([[100, 'l', 'Are you still there? If not, thanks for chatting!']], 400), 'session.idle_checkin')).toBe('pass');
  });

  it('starts the idle at the first provider message after the patron that is not a hold', () => {
    const t = chat([...OPEN, [30, 'p', '1920 please'], [40, 'l', 'Let me check.'], [100, 'l', 'It is in our catalog at library.example.org.']], { endAfter: 110 });
    expect(status(t, 'session.idle_checkin')).toBe('na'); // 100 -> 210 is 110 s
    const t2 = chat([...OPEN, [30, 'p', '1920 please'], [40, 'l', 'Let me check.'], [100, 'l', 'It is in our catalog at library.example.org.']], { endAfter: 125 });
    expect(status(t2, 'session.idle_checkin')).toBe('fail');
  });

  it('is na when the patron sent the last message', () => {
    expect(status(chat([...OPEN, [30, 'p', '1920 please'], ANSWER, [60, 'p', 'thanks bye']], { endAfter: 900 }), 'session.idle_checkin')).toBe('na');
  });

  it('does not count an internal "still there?"', () => {
    expect(status(idle([[150, 'i', 'is the patron still there?']], 30), 'session.idle_checkin')).toBe('fail');
  });
});
