import { describe, expect, it } from 'vitest';
import { chat, check, status, type Line } from './helpers';

const first = (...provider: string[]): Line[] => [[0, 'p', 'do you have books about bees'], ...provider.map((text, j): Line => [10 + j * 10, 'l', text])];
const g = (...provider: string[]) => status(chat(first(...provider)), 'approachability.greeting');

describe('approachability.greeting', () => {
  it('passes a greeting with name and role in one message', () => {
    expect(g("Good evening! I'm Priya, one of the reference librarians.")).toBe('pass');
  });

  it('passes when greeting and identification are in the first two messages', () => {
    const r = check(chat(first('Hey there!', 'Jen from the Reference Desk here. What grade is this for?')), 'approachability.greeting');
    expect(r.status).toBe('pass');
    expect(r.evidence.map((e) => e.message)).toEqual([1, 2]);
  });

  it('accepts the service or the library as identification', () => {
    expect(g("Hi, you've reached Ask a Librarian.")).toBe('pass');
    expect(g('Hello and thanks for contacting the Pratt Library!')).toBe('pass');
    expect(g('Welcome to AskUsNow!')).toBe('pass');
    expect(g('Hello from the Pratt Library!')).toBe('pass');
    expect(g("Good afternoon, you're chatting with Sue.")).toBe('pass');
  });

  it('accepts lower-case chat-speak introductions', () => {
    expect(g('hi im jo, a librarian here')).toBe('pass');
    expect(g('hey! sam here from cook library')).toBe('pass');
  });

  it('accepts a redacted name placeholder as a name', () => {
    expect(g("Hi, I'm [name], how can I help?")).toBe('pass');
  });

  it('accepts Spanish', () => {
    expect(g('¡Hola! Soy Ana, bibliotecaria de la Biblioteca Central.')).toBe('pass');
    expect(g('Buenas tardes, le saluda Carlos.')).toBe('pass');
  });

  it('fails when the provider never says who is answering (the screen name does not count)', () => {
    const r = check(chat(first("Hi there! Sorry you're having trouble.", 'Which library card are you using?')), 'approachability.greeting');
    expect(r.status).toBe('fail');
    expect(r.note).toMatch(/never says who/);
  });

  it('does not take a library mentioned in a question as identification', () => {
    expect(g('Hello!', 'Which library did you pick in the app?')).toBe('fail');
  });

  it('fails when the provider identifies but never greets', () => {
    expect(g('Sam at Central Library here.', 'Which branch is closest to you?')).toBe('fail');
  });

  it('fails when the identification only comes in the third message', () => {
    expect(g('Hi!', 'One second.', "I'm Jo, a librarian.")).toBe('fail');
  });

  it('does not count internal messages', () => {
    const t = chat([
      [0, 'p', 'hello'],
      [5, 'i', "Hi Bob, I'm Jo, taking this one"],
      [10, 'l', 'What do you need?'],
      [20, 'l', 'Let me check.'],
    ]);
    expect(status(t, 'approachability.greeting')).toBe('fail');
  });

  it('is na when no provider joined', () => {
    expect(status(chat([[0, 'p', 'hello?']], { resolutionCode: 'Lost Call' }), 'approachability.greeting')).toBe('na');
  });

  it('does not read "you\'re welcome" as a greeting', () => {
    expect(g("You're welcome. I'm Jo from the library.")).toBe('fail');
  });
});
