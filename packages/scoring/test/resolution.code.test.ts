import { describe, expect, it } from 'vitest';
import type { Transcript } from '@askqa/contract';
import { chat, check, OPEN, status, type Line } from './helpers';

const ANSWERED: Line[] = [...OPEN, [30, 'l', 'Is it for school?'], [40, 'p', 'yes'], [50, 'l', 'See library.example.org > Local History.']];
const PROMISE: Line = [60, 'l', "I'll dig through the print files and e-mail you what I find by Friday."];

describe('resolution.code', () => {
  it('is na when the field is left out (the source has no codes), even with a promise', () => {
    const t = chat([...ANSWERED, PROMISE]);
    delete (t as Partial<Transcript>).resolutionCode;
    expect(status(t, 'resolution.code')).toBe('na');
    expect(status(t, 'followup.contact')).not.toBe('na');
  });

  it('fails a null or empty code', () => {
    expect(check(chat(ANSWERED, { resolutionCode: null }), 'resolution.code').note).toMatch(/no resolution code/);
    expect(status(chat(ANSWERED, { resolutionCode: null }), 'resolution.code')).toBe('fail');
    expect(status(chat(ANSWERED, { resolutionCode: '' }), 'resolution.code')).toBe('fail');
  });

  it('passes an ordinary code', () => {
    expect(status(chat(ANSWERED), 'resolution.code')).toBe('pass');
  });

  it('fails a promise of follow-up coded as Answered, with the promise as evidence', () => {
    const r = check(chat([...ANSWERED, PROMISE]), 'resolution.code');
    expect(r.status).toBe('fail');
    expect(r.evidence[0]?.message).toBe(5);
  });

  it('reads "You\'ll have the list by tomorrow evening." as a promise, not a hold\'s delivery (v74 AN8)', () => {
    expect(status(chat([...ANSWERED, [60, 'p', '443-555-0199'], [70, 'l', "Got it: 443-555-0199. You'll have the list by tomorrow evening."]]), 'resolution.code')).toBe('fail');
    expect(status(chat([...ANSWERED, [60, 'l', "You'll have it by Friday once your hold comes in."]]), 'resolution.code')).toBe('pass');
  });

  it('fails a follow-up code when no patron contact is known anywhere', () => {
    expect(status(chat([...ANSWERED, PROMISE], { resolutionCode: 'Follow-up by me' }), 'resolution.code')).toBe('fail');
  });

  it('passes a follow-up code with a contact in the patron fields (a placeholder counts) or in the chat', () => {
    expect(status(chat([...ANSWERED, PROMISE], { resolutionCode: 'Follow-up by me', patron: { email: 'pat@example.org' } }), 'resolution.code')).toBe('pass');
    expect(status(chat([...ANSWERED, PROMISE], { resolutionCode: 'Follow-up by me', patron: { email: '[email]' } }), 'resolution.code')).toBe('pass');
    expect(status(chat([...ANSWERED, PROMISE, [70, 'p', 'sure, [email]']], { resolutionCode: "Follow-up by patron\u2019s library" }), 'resolution.code')).toBe('pass');
  });

  it("does not take a referral's phone number for the patron's contact", () => {
    const t = chat([...ANSWERED, [60, 'l', 'The museum can help too: 410-555-0156. I will get back to you.']], { resolutionCode: 'Follow-up by me' });
    expect(status(t, 'resolution.code')).toBe('fail');
  });

  it('fails a Lost Call when the patron sent more than one message', () => {
    const one = chat([[0, 'p', 'where is the 502 form'], [20, 'l', 'Hi, I am Jo.'], [200, 'l', 'Are you still there?']], { resolutionCode: 'Lost Call' });
    expect(status(one, 'resolution.code')).toBe('pass');
    const two = chat([[0, 'p', 'where is the 502 form'], [20, 'l', 'Hi, I am Jo. Which year?'], [40, 'p', '2025']], { resolutionCode: 'Lost Call' });
    expect(status(two, 'resolution.code')).toBe('fail');
  });
});
