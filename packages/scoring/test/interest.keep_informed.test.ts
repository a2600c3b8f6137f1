import { describe, expect, it } from 'vitest';
import { at, chat, check, OPEN, status, type Line } from './helpers';

const ANSWER = 'The catalog at library.example.org lists three books on it.';

describe('interest.keep_informed', () => {
  it('passes a 120 s wait and fails a 121 s one', () => {
    const base: Line[] = [...OPEN, [30, 'p', 'local history of Elkton']];
    expect(status(chat([...base, [150, 'l', ANSWER]]), 'interest.keep_informed')).toBe('pass');
    const r = check(chat([...base, [151, 'l', ANSWER]]), 'interest.keep_informed');
    expect(r.status).toBe('fail');
    expect(r.evidence.map((e) => e.message)).toEqual([2, 3]);
    expect(r.note).toMatch(/121 s/);
  });

  it('lets hold messages start a new span ("still looking..." every minute or two passes)', () => {
    const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [40, 'l', 'Let me check the catalog.'], [150, 'l', 'Still digging, found one so far.'], [260, 'l', ANSWER]]);
    expect(status(t, 'interest.keep_informed')).toBe('pass');
  });

  it('counts paraphrased and chat-speak holds', () => {
    for (const hold of ['gimme a sec', 'hang tight while I look', 'bear w/ me pls', 'Un momento por favor, estoy buscando.', "I'm transferring you to a colleague who knows this well.", 'Found one article so far, still searching for more.']) {
      const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [40, 'l', hold], [150, 'l', ANSWER]]);
      expect(status(t, 'interest.keep_informed'), hold).toBe('pass');
      const t2 = chat([...OPEN, [30, 'p', 'local history of Elkton'], [40, 'l', hold], [200, 'l', ANSWER]]);
      expect(status(t2, 'interest.keep_informed'), hold).toBe('fail');
    }
  });

  it('does not restart the span on further patron messages', () => {
    const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [120, 'p', 'u there?'], [160, 'l', ANSWER]]);
    expect(status(t, 'interest.keep_informed')).toBe('fail');
  });

  it('is not ended by internal or system messages', () => {
    const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [60, 'i', 'anyone know Elkton sources?'], [90, 's', 'note', { event: 'idle' }], [160, 'l', ANSWER]]);
    expect(status(t, 'interest.keep_informed')).toBe('fail');
  });

  it('"take your time" is not a hold', () => {
    const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [40, 'l', 'Is this for a school project? Take your time.'], [300, 'l', ANSWER]]);
    expect(status(t, 'interest.keep_informed')).toBe('pass');
  });

  it('ignores a span still open at the end', () => {
    const t = chat([...OPEN, [30, 'p', 'local history of Elkton'], [40, 'l', ANSWER], [60, 'p', 'and maps?']], { endAfter: 900 });
    expect(status(t, 'interest.keep_informed')).toBe('pass');
  });

  it('leaves the wait before pickup to approachability.pickup', () => {
    const t = chat([[0, 'p', 'do you have anything on Elkton'], [200, 'l', "Hi, I'm Jo, a librarian. Is this for school?"], [230, 'p', 'yes'], [260, 'l', ANSWER]]);
    expect(status(t, 'interest.keep_informed')).toBe('pass');
  });

  it('measures from pickedUpAt when the first message comes later', () => {
    const t = chat([[0, 'p', 'do you have anything on Elkton'], [140, 'l', "Hi, I'm Jo. Is this for school?"], [160, 'p', 'yes'], [200, 'l', ANSWER]], { pickedUpAt: at(10) });
    expect(status(t, 'interest.keep_informed')).toBe('fail');
  });

  it('is na without a substantive exchange', () => {
    const t = chat([[0, 'p', 'hi'], [20, 'l', "Hello, I'm Jo, a librarian."], [200, 'l', 'Are you still there?']], { resolutionCode: 'Lost Call' });
    expect(status(t, 'interest.keep_informed')).toBe('na');
  });
});
