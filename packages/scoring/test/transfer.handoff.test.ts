import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const TRANSFER: Line = [100, 's', 'Session transferred to Bob Lee', { event: 'transfer', to: 'bob' }];
const INTERNAL: Line = [80, 'i', 'Bob, can you take this one? Genealogy question, needs state archives.'];
const NOTICE: Line = [90, 'l', "I'm going to transfer you to my colleague Bob, who knows genealogy well."];
const AFTER: Line = [110, 'l', 'Hi, Bob here.', { authorId: 'bob' }];

describe('transfer.handoff', () => {
  it('is na without a transfer event', () => {
    expect(status(chat([...OPEN, NOTICE]), 'transfer.handoff')).toBe('na');
  });

  it('passes an internal reason and a patron notice before the transfer, with both as evidence', () => {
    const r = check(chat([...OPEN, INTERNAL, NOTICE, TRANSFER, AFTER]), 'transfer.handoff');
    expect(r.status).toBe('pass');
    expect(r.evidence.map((e) => e.message)).toEqual([2, 3]);
  });

  it('fails without the internal message, or with only a reply from the receiving provider', () => {
    expect(status(chat([...OPEN, NOTICE, TRANSFER, AFTER]), 'transfer.handoff')).toBe('fail');
    const reply: Line = [85, 'i', 'Sure, send them over to me now please', { authorId: 'bob' }];
    expect(status(chat([...OPEN, reply, NOTICE, TRANSFER, AFTER]), 'transfer.handoff')).toBe('fail');
  });

  it('fails without telling the patron, or telling them only after the transfer', () => {
    expect(check(chat([...OPEN, INTERNAL, TRANSFER, AFTER]), 'transfer.handoff').note).toMatch(/never told the patron/);
    const late: Line = [105, 'l', 'You have been transferred to my colleague.'];
    expect(status(chat([...OPEN, INTERNAL, TRANSFER, late, AFTER]), 'transfer.handoff')).toBe('fail');
  });

  it('accepts paraphrased notices', () => {
    for (const x of ["I'm connecting you with a colleague in Special Collections.", 'A colleague will be with you in just a moment.', 'Le paso con mi colega Roberto.']) {
      expect(status(chat([...OPEN, INTERNAL, [90, 'l', x], TRANSFER, AFTER]), 'transfer.handoff'), x).toBe('pass');
    }
  });

  it('judges every transfer', () => {
    const second: Line[] = [[150, 'l', 'Sending you back to Jo now.', { authorId: 'bob' }], [160, 's', 'Session transferred to Jo', { event: 'transfer', to: 'jo' }]];
    expect(status(chat([...OPEN, INTERNAL, NOTICE, TRANSFER, AFTER, ...second]), 'transfer.handoff')).toBe('fail');
  });
});
