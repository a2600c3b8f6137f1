import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, score, status, type Line } from './helpers';

const BASE: Line[] = [...OPEN, [30, 'l', 'Which years?'], [40, 'p', '1900s'], [50, 'l', 'Our digital collections (library.example.org > Local History) have a few.']];
const fu = (lines: Line[], over = {}) => chat([...BASE, ...lines], { resolutionCode: 'Follow-up by me', ...over });

describe('followup.contact', () => {
  it('is na unless a follow-up session', () => {
    expect(status(chat(BASE), 'followup.contact')).toBe('na');
  });

  it('passes when the e-mail is given in the chat and the provider says when, with both as evidence', () => {
    const t = fu([[60, 'l', "I'll search the print files and e-mail you. What's your e-mail?"], [70, 'p', 'pat@example.org'], [80, 'l', 'Got it. You will hear from me within 72 hours.']]);
    const r = check(t, 'followup.contact');
    expect(r.status).toBe('pass');
    expect(r.evidence.map((e) => e.message)).toEqual([6, 7]);
  });

  it('accepts a phone repeated back and several ways of saying when', () => {
    for (const when of ['by Friday', 'by the end of the day', 'in a couple of days', 'early next week', 'tomorrow morning']) {
      const t = fu([[60, 'l', `I have 410-555-0187 for you, is that right? Someone from your library will call you ${when}.`]], { resolutionCode: "Follow-up by patron's library" });
      expect(status(t, 'followup.contact'), when).toBe('pass');
    }
  });

  it('accepts a redacted e-mail placeholder and Spanish', () => {
    const t = fu([[60, 'p', 'mi correo es [email]'], [70, 'l', 'Le enviaré la información mañana por correo.']]);
    expect(status(t, 'followup.contact')).toBe('pass');
  });

  it('fails when the e-mail is only on record, and zeroes the value (critical)', () => {
    const t = fu([[60, 'l', "I'll look into it and e-mail you by tomorrow."]], { patron: { email: 'pat@example.org' } });
    expect(status(t, 'followup.contact')).toBe('fail');
    const s = score(t);
    expect(s.value).toBe(0);
    expect(s.critical).toBe(true);
  });

  it('fails when no time is given', () => {
    const t = fu([[60, 'l', "What's the best e-mail for you?"], [70, 'p', 'pat@example.org'], [80, 'l', "Thanks, I have pat@example.org. I'll send the scan once I've pulled the volume."]]);
    const r = check(t, 'followup.contact');
    expect(r.status).toBe('fail');
    expect(r.note).toMatch(/never said when/);
  });

  it('applies to a promise in the chat whatever the code', () => {
    const t = chat([...BASE, [60, 'l', 'I can put a list together and e-mail it to you tomorrow. Your e-mail?'], [70, 'p', 'crumbs@example.org']]);
    expect(status(t, 'followup.contact')).toBe('pass');
    expect(status(t, 'resolution.code')).toBe('fail');
  });
});
