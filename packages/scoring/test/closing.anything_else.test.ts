import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const base: Line[] = [...OPEN, [30, 'l', 'Which year?'], [40, 'p', '1920'], [50, 'l', 'The 1920 directory is in our catalog at library.example.org.']];
const provider = (text: string) => status(chat([...base, [60, 'l', text], [70, 'p', 'no']]), 'closing.anything_else');
const patron = (text: string) => status(chat([...base, [60, 'p', text], [70, 'l', 'Take care!']]), 'closing.anything_else');

describe('closing.anything_else', () => {
  it('passes when the provider asks, with its evidence', () => {
    const r = check(chat([...base, [60, 'l', 'Is there anything else I can help you with?'], [70, 'p', 'no']]), 'closing.anything_else');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(5);
  });

  it('passes paraphrases and Spanish', () => {
    for (const q of ['Anything else?', 'Is there something else I can help you with?', 'any other questions for me?', 'Let me know if there is anything else you need.', '¿Algo más en que le pueda ayudar?', 'need help w anything else']) {
      expect(provider(q), q).toBe('pass');
    }
  });

  it('passes when the patron says explicitly that they are done', () => {
    for (const p of ["that's all I needed, thanks!", 'thats everything', 'no more questions, thank you', 'im all set', 'nope thats it', 'eso es todo, gracias']) {
      expect(patron(p), p).toBe('pass');
    }
  });

  it('does not take small talk before any answer as being done', () => {
    const t = chat([[0, 'p', 'hi'], [10, 'l', "Hi, I'm Jo, a librarian. How are you today?"], [20, 'p', "i'm good! do you have books on bees?"], [30, 'l', 'Yes: search "bees" in our catalog at library.example.org.'], [40, 'p', 'ok thanks']]);
    expect(status(t, 'closing.anything_else')).toBe('fail');
  });

  it('fails on thanks or ok alone', () => {
    expect(patron('ok thanks')).toBe('fail');
    expect(patron('thank you!!')).toBe('fail');
  });

  it('does not take "something else" among clarifying options as the question', () => {
    expect(provider('Do you want survey data, economic indicators, or something else?')).toBe('fail');
  });

  it('is na when info.source is na', () => {
    expect(status(chat([[0, 'p', 'hi'], [20, 'l', 'Hello, I am Jo.']], { endAfter: 30 }), 'closing.anything_else')).toBe('na');
  });
});
