import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const ANSWER: Line = [40, 'l', 'The 1920 directory is in our catalog at library.example.org. Does that help?'];
const idle = (extra: Line[], endAfter: number) => chat([...OPEN, [30, 'p', '1920 please'], ANSWER, ...extra], { endAfter });

describe('session.disconnect_notice', () => {
  it('is na under 180 s and applies at exactly 180 s', () => {
    // the idle runs from the answer at 40 s to the end: 150 + 69 - 40 = 179 s, then 180 s
    expect(status(idle([[150, 'l', 'Are you still there?']], 69), 'session.disconnect_notice')).toBe('na');
    const r = check(idle([[150, 'l', 'Are you still there?']], 70), 'session.disconnect_notice');
    expect(r.status).toBe('fail');
    expect(r.value).toBe(180);
  });

  it('passes one message saying the patron seems gone and the session will end', () => {
    const r = check(idle([[150, 'l', 'Are you still there?'], [220, 'l', "It seems you've been disconnected, so I'll close this chat. Come back anytime!"]], 10), 'session.disconnect_notice');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(5);
  });

  it("passes the guidelines' wording and the two parts in separate messages", () => {
    expect(status(idle([[200, 'l', "It looks like you've disconnected. If I don't hear from you soon, I will end this session."]], 60), 'session.disconnect_notice')).toBe('pass');
    expect(status(idle([[150, 'l', "I haven't heard from you in a while."], [200, 'l', 'I will be closing this chat in a minute.']], 60), 'session.disconnect_notice')).toBe('pass');
    expect(status(idle([[200, 'l', 'Parece que se ha desconectado. Voy a cerrar el chat.']], 60), 'session.disconnect_notice')).toBe('pass');
  });

  it('fails with only one of the two parts', () => {
    expect(status(idle([[200, 'l', 'Are you still there?']], 60), 'session.disconnect_notice')).toBe('fail');
    expect(status(idle([[200, 'l', 'I am going to end this chat now.']], 60), 'session.disconnect_notice')).toBe('fail');
  });
});
