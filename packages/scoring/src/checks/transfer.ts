/**
 * transfer.handoff (RUBRIC.md, Session handling): before each transfer the transferring provider
 * sent an internal message to the receiving provider saying why, and told the patron in a
 * visible message.
 */
import { wordCount } from '../text';
import type { Msg } from '../timeline';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';

/** An internal note shorter than this cannot say why ("ok", "taking it"). */
const MIN_HANDOFF_WORDS = 5;

export const handoff: Check = (s) => {
  const id = 'transfer.handoff';
  const transfers = s.order.filter((m) => m.role === 'system' && m.event === 'transfer');
  if (transfers.length === 0) return na(id, 'the session was not transferred');
  const evidence = [];
  let from = s.providerId;
  let windowStart = 0;
  for (const tr of transfers) {
    const pos = s.order.indexOf(tr);
    const window = s.order.slice(windowStart, pos);
    const receiver = tr.to ?? '';
    const internal = window.find(
      (m: Msg) => m.role === 'internal' && (m.authorId === null || m.authorId !== receiver) && wordCount(m.raw) >= MIN_HANDOFF_WORDS,
    );
    const notice = window.find((m: Msg) => m.role === 'provider' && m.has(F.transferNotice));
    if (!internal || !notice) {
      const what = !internal && !notice ? 'neither explained it to the receiving provider nor told the patron' : !internal ? 'sent no internal message to the receiving provider saying why' : 'never told the patron about the transfer';
      const evd = [ev(tr)];
      if (internal) evd.unshift(ev(internal));
      if (notice) evd.unshift(ev(notice));
      return result(id, 'fail', `transfer from ${from || 'the provider'} to ${receiver || 'another provider'}: ${what}`, evd);
    }
    evidence.push(ev(internal), ev(notice));
    from = receiver;
    windowStart = pos + 1;
  }
  return result(id, 'pass', 'explained the transfer to the receiving provider and told the patron', evidence);
};
