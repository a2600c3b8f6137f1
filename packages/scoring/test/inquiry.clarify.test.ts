import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const SOURCE = 'Try the database JSTOR: from library.example.org choose Databases, then JSTOR.';
const withFirst = (...provider: string[]) => chat([...OPEN, ...provider.map((text, j): Line => [30 + j * 10, 'l', text]), [200, 'p', 'ok thanks']]);

describe('inquiry.clarify', () => {
  it('passes a question about the need before the first source, with its evidence', () => {
    const r = check(withFirst('Is this for a class, and how far back do you need to go?', SOURCE), 'inquiry.clarify');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(2);
  });

  it('fails when the only question comes after the source', () => {
    const r = check(withFirst(SOURCE, 'Is this for a class?'), 'inquiry.clarify');
    expect(r.status).toBe('fail');
    expect(r.evidence[0]?.message).toBe(2);
  });

  it('counts a restatement of the need', () => {
    expect(status(withFirst("So you're trying to find articles about the mill fire.", SOURCE), 'inquiry.clarify')).toBe('pass');
    expect(status(withFirst('If I understand correctly, you need the 1910 census.', SOURCE), 'inquiry.clarify')).toBe('pass');
    expect(status(withFirst('Entonces usted busca libros sobre la historia del pueblo.', SOURCE), 'inquiry.clarify')).toBe('pass');
  });

  it('counts a restatement of a choice to make as the need (v74 AN3)', () => {
    expect(status(withFirst("So you're choosing between an air rower and a water rower for home.", SOURCE), 'inquiry.clarify')).toBe('pass');
    expect(status(withFirst(SOURCE, "So you're choosing between the two, then."), 'inquiry.clarify')).toBe('fail');
  });

  it('counts questions about the patron situation, also without a question mark', () => {
    expect(status(withFirst('which branch is closest to you', SOURCE), 'inquiry.clarify')).toBe('pass');
    expect(status(withFirst('do u need it for a class', SOURCE), 'inquiry.clarify')).toBe('pass');
    expect(status(withFirst('¿Para qué clase es?', SOURCE), 'inquiry.clarify')).toBe('pass');
  });

  it('does not count the greeting offer, check-ins, "anything else?" or completeness questions', () => {
    expect(status(withFirst('How can I help you today?', SOURCE), 'inquiry.clarify')).toBe('fail');
    expect(status(withFirst('Are you still there?', SOURCE), 'inquiry.clarify')).toBe('fail');
    expect(status(withFirst('Is there anything else I can do?', SOURCE), 'inquiry.clarify')).toBe('fail');
    expect(status(withFirst('Does that answer your question?', SOURCE), 'inquiry.clarify')).toBe('fail');
    expect(status(withFirst('¿En qué le puedo ayudar?', SOURCE), 'inquiry.clarify')).toBe('fail');
  });

  it('accepts any such question when no source is ever given', () => {
    const t = chat([...OPEN, [30, 'l', 'Is your dog a service animal?'], [60, 'p', 'pet'], [70, 'l', 'Only service animals are allowed inside.']]);
    expect(status(t, 'inquiry.clarify')).toBe('pass');
    expect(status(t, 'info.source')).toBe('fail');
  });

  it('does not count internal questions', () => {
    const t = chat([...OPEN, [30, 'i', 'Is this for a class, do you think?'], [40, 'l', SOURCE]]);
    expect(status(t, 'inquiry.clarify')).toBe('fail');
  });

  it('is na without a substantive exchange', () => {
    const t = chat([[0, 'p', 'hello i need help'], [20, 'l', "Hi, I'm Jo, a librarian. How can I help?"]], { endAfter: 60 });
    expect(status(t, 'inquiry.clarify')).toBe('na');
  });
});
