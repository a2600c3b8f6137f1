import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, score, status } from './helpers';

const ending = (text: string) => chat([...OPEN, [30, 'p', 'and another thing, and another'], [40, 'l', text]]);
const d = (text: string) => status(ending(text), 'closing.no_dismissal');

describe('closing.no_dismissal', () => {
  it('fails "your time is up", with evidence, and zeroes the value (critical)', () => {
    const t = ending('Your time is up. Please log off now so I can help someone else.');
    const r = check(t, 'closing.no_dismissal');
    expect(r.status).toBe('fail');
    expect(r.evidence[0]?.message).toBe(3);
    const s = score(t);
    expect(s.critical).toBe(true);
    expect(s.value).toBe(0);
    expect(s.flags.map((f) => f.code)).toContain('critical_fail');
  });

  it('fails "our chat time is up for this session" (v74 AN2), not a room booking\'s time', () => {
    expect(d("I'm sorry, but our chat time is up for this session. Thanks for using AskUsNow!")).toBe('fail');
    expect(d('The time slot for the meeting room is on the booking page. Thanks for chatting!')).toBe('pass');
  });

  it('fails limits and too many questions', () => {
    for (const x of ["You've reached the limit of 3 questions per chat.", "You've asked too many questions.", 'We only answer two questions per session, goodbye.', 'Se le acabó el tiempo.', 'ur time is up sorry']) {
      expect(d(x), x).toBe('fail');
    }
  });

  it("fails ending the help for the provider's convenience without a way back", () => {
    expect(d('My shift is over so I have to close this chat now. Bye.')).toBe('fail');
    expect(d('I have to go now, bye.')).toBe('fail');
    expect(d('I have other patrons waiting so I need to end this chat.')).toBe('fail');
  });

  it('passes "other patrons are waiting" with an invitation to come back', () => {
    expect(d('I have several other patrons waiting, so I need to wrap up, but please come back later and we can go through the rest!')).toBe('pass');
  });

  it('passes closing on a patron who seems to have disconnected', () => {
    expect(d("It looks like you've disconnected, so I'm going to end this chat.")).toBe('pass');
  });

  it('passes a normal ending and is na when no provider joined', () => {
    expect(d('Thanks for chatting, good luck!')).toBe('pass');
    expect(status(chat([[0, 'p', 'hello?']], { resolutionCode: 'Lost Call' }), 'closing.no_dismissal')).toBe('na');
  });
});
