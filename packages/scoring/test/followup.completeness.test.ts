import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const SOURCE: Line = [40, 'l', 'The 1920 directory is in Ancestry Library Edition (library.example.org > Databases).'];
const after = (...qs: string[]) => chat([...OPEN, [30, 'l', 'Which year?'], SOURCE, ...qs.map((q, j): Line => [60 + j * 10, 'l', q]), [200, 'p', 'ok']]);
const c = (...qs: string[]) => status(after(...qs), 'followup.completeness');

describe('followup.completeness', () => {
  it('passes the classic question after the source, with its evidence', () => {
    const r = check(after('Does this completely answer your question?'), 'followup.completeness');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(4);
  });

  it('passes paraphrases and chat-speak', () => {
    for (const q of ['Did that help?', 'Let me know if that helps!', 'Is that what you were looking for?', 'were you able to find it?', 'does that give u what u need', 'Did the census page work for you?', 'Was that helpful?', '¿Le sirve esta información?']) {
      expect(c(q), q).toBe('pass');
    }
  });

  it('counts the question when it is in the same message as the answer', () => {
    const t = chat([...OPEN, [30, 'l', 'Which year?'], [40, 'l', 'The 1920 directory is in Ancestry Library Edition. Does that help?']]);
    expect(status(t, 'followup.completeness')).toBe('pass');
  });

  it('does not count questions about something not yet given or offers', () => {
    expect(c('Would a scan of the pages be what you need?')).toBe('fail');
    expect(c('Would you like me to email it to you?')).toBe('fail');
    expect(c('Anything else I can help with?')).toBe('fail');
  });

  it('does not count a question whose condition is the provider\'s own act still to come, unless it comes after an "or" (v71 AK10)', () => {
    expect(c('Is the ancestry.com copy useful to you if I track it down?')).toBe('fail');
    expect(c('Would the 1930 directory help once we pull it from storage?')).toBe('fail');
    expect(c('Did that answer it, or would it help if I send you a map too?')).toBe('pass');
    expect(c('Is that helpful, or should I look further if I can find more?')).toBe('pass');
  });

  it('counts "enough" of a kind, a named start and "what she\'d want" about what was given, not a time or an offer (v73 AM4-AM6)', () => {
    expect(c('Is that simple enough for Friday?')).toBe('pass');
    expect(c('Does Ancestry Library Edition give you a start?')).toBe('pass');
    expect(c("Does that look like what she'd want?")).toBe('pass');
    expect(c('I can email the rest by Friday. Is that soon enough?')).toBe('fail');
    expect(c('Would a scan give you a starting point?')).toBe('fail');
    expect(c('Does Wednesday give you a place to start, or is Saturday better?')).toBe('fail');
    expect(c('Does Saturday at 10 look like what she\'d want?')).toBe('fail');
  });

  it('counts "have everything you needed" and a named source covering the need for now (v73 AM11)', () => {
    expect(c('Did the census page have everything you needed, then?')).toBe('pass');
    expect(c('Does Ancestry Library Edition cover you in the meantime?')).toBe('pass');
    expect(c('Does your insurance cover you for now?')).toBe('fail');
  });

  it('fails (not na) when a substantive exchange gave no source and no answer', () => {
    const t = chat([...OPEN, [30, 'l', 'What is your thesis about?'], [60, 'p', 'commuting'], [70, 'l', 'Do you need county tables?']], { endAfter: 100 });
    expect(status(t, 'info.source')).toBe('fail');
    expect(status(t, 'followup.completeness')).toBe('fail');
  });

  it('is na when info.source is na', () => {
    const t = chat([[0, 'p', 'hi'], [20, 'l', 'Hello, I am Jo, a librarian.']], { endAfter: 30 });
    expect(status(t, 'followup.completeness')).toBe('na');
  });
});
