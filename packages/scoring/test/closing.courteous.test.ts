import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const last = (...provider: string[]) => status(chat([...OPEN, [30, 'p', 'ok'], ...provider.map((text, j): Line => [40 + j * 10, 'l', text])]), 'closing.courteous');

describe('closing.courteous', () => {
  it('passes thanks, goodbye or an invitation back in one of the last two provider messages', () => {
    for (const x of ['Thanks for using Ask Us!', 'Have a great day!', 'Bye for now.', 'Feel free to come back anytime.', 'Adiós, que tenga buen día.', 'good luck w/ the paper, take care']) {
      expect(last('The answer is on page 4.', x), x).toBe('pass');
    }
    expect(last('Good luck with the paper!', 'Are you still there?')).toBe('pass');
  });

  it('fails when neither of the last two thanks, says goodbye or invites back, with both as evidence', () => {
    const t = chat([...OPEN, [30, 'p', 'ok'], [40, 'l', 'Thanks!'], [50, 'l', 'The answer is on page 4.'], [60, 'l', 'Page 5 has the map.']]);
    const r = check(t, 'closing.courteous');
    expect(r.status).toBe('fail');
    expect(r.evidence.map((e) => e.message)).toEqual([5, 4]);
  });

  it('passes a bare goodbye even after a dismissal (the courteous check only looks for the words)', () => {
    expect(last('We only answer three questions per session. Goodbye.')).toBe('pass');
  });

  it('is na when no provider joined', () => {
    expect(status(chat([[0, 'p', 'hello?']], { resolutionCode: 'Lost Call' }), 'closing.courteous')).toBe('na');
  });
});
