/**
 * inquiry.clarify (RUBRIC.md, Listening & Inquiring): a question about the need, or a
 * restatement of it, before the first message that gives a source (any time if none does).
 * Questions that do not count: the greeting's "how can I help?", idle check-ins, "anything
 * else?", "does this answer your question?" (classify.ts, analyse).
 */
import { clarifyAt } from '../classify';
import { firstSource, substantiveExchange } from '../facts';
import { ev, na, result, type Check } from './common';

export const clarify: Check = (s) => {
  const id = 'inquiry.clarify';
  if (!substantiveExchange(s)) return na(id, 'no substantive exchange');
  const src = firstSource(s);
  for (const m of s.prov) {
    if (src && m.pos >= src.m.pos) break;
    const k = clarifyAt(s, m);
    if (k >= 0) {
      const note = src ? 'asked about the need before giving a source' : 'asked about the need (no source was given)';
      return result(id, 'pass', note, [ev(m, k)]);
    }
  }
  if (src) return result(id, 'fail', 'gave a source without first asking about the need or restating it', [ev(src.m, src.k)]);
  return result(id, 'fail', 'never asked about the need or restated it');
};
