import { describe, expect, it } from 'vitest';
import { normalize, splitSentences } from '../src/text';

describe('normalize', () => {
  it('lower-cases, makes quotes and dashes ASCII, strips accents and joins contractions', () => {
    expect(normalize('I\u2019m “Jo” \u2014 it\u2019s Caf\u00e9 \u00bfS\u00ed?')).toBe('im "jo" - its cafe si?');
    expect(normalize("don't dont can't that's thats")).toBe('dont dont cant thats thats');
  });

  it('expands chat-speak, not inside addresses or abbreviations', () => {
    expect(normalize('pls can u send ur info thx, r u there? brb 1 sec')).toBe('please can you send your info thanks, are you there? be right back 1 second');
    expect(normalize('the U.S. office, u@example.org, w/ notes, w/o fees, e-mail or E mail')).toBe('the u.s. office, u@example.org, with notes, without fees, email or email');
  });

  it('collapses spaces but keeps line breaks', () => {
    expect(normalize('  hello \t there\r\n\n  next line  ')).toBe('hello there\nnext line');
  });

  it('cuts very long text', () => {
    expect(normalize('a '.repeat(100_000)).length).toBeLessThanOrEqual(20_000);
  });
});

describe('splitSentences', () => {
  it('splits after . ! ? and at line breaks, not inside URLs or numbers', () => {
    expect(splitSentences('Hi! See bcpl.info > Research. Is 2.5 ok?\nYes')).toEqual(['Hi!', 'See bcpl.info > Research.', 'Is 2.5 ok?', 'Yes']);
  });
});
