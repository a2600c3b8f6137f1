/**
 * interest.keep_informed (RUBRIC.md, Interest): after pickup, no span of waiting on the provider
 * longer than silenceSeconds. A span begins at a patron message or a provider hold message and
 * ends at the next provider message; further patron messages do not restart it; a hold message
 * ends one span and starts the next; a span still open at the end does not count.
 */
import { isHold } from '../classify';
import { substantiveExchange } from '../facts';
import { secs } from '../text';
import type { Msg } from '../timeline';
import { ev, na, result, type Check } from './common';

export const keepInformed: Check = (s) => {
  const id = 'interest.keep_informed';
  if (!substantiveExchange(s)) return na(id, 'no substantive exchange');
  const limit = s.settings.silenceSeconds * 1000;
  const pickup = s.pickup ?? -Infinity;
  let from: Msg | null = null; // the message that began the current span
  let longest = 0;
  let worst: [Msg, Msg] | null = null;
  let firstFail: [Msg, Msg, number] | null = null;
  let j = 0; // index of m in s.prov
  for (let p = 0; p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (m.role === 'patron') {
      if (from === null) from = m;
      continue;
    }
    if (from !== null) {
      // (v5) a message after the end closes nothing: the span was still open when the session ended
      if (m.t > s.end && s.rubric.afterEndOutside === true) break;
      // The wait before pickup is approachability.pickup's alone.
      const span = m.t - Math.max(from.t, pickup);
      if (span > longest) {
        longest = span;
        worst = [from, m];
      }
      if (span > limit && !firstFail) firstFail = [from, m, span];
    }
    // Only a hold message starts a new span; deciding that costs a regex, so skip it when the
    // next provider message comes soon enough that the span could not be too long.
    from = null;
    const next = s.prov[++j];
    if (next) {
      const gap = next.t - Math.max(m.t, pickup);
      // (v11 K2) a shorter span a hold begins still counts for the value: classify when it could be the longest
      if ((gap > limit || (s.rubric.holdSpanValueK2 === true && gap > longest)) && isHold(s, m)) from = m;
    }
  }
  if (firstFail) {
    const [a, b, span] = firstFail;
    return result(id, 'fail', `the patron waited ${secs(span)} s without news; the standard is ${s.settings.silenceSeconds} s`, [ev(a), ev(b)], {
      value: secs(longest),
    });
  }
  const evidence = worst ? [ev(worst[0]), ev(worst[1])] : [];
  return result(id, 'pass', `longest wait without news ${secs(longest)} s; the standard is ${s.settings.silenceSeconds} s`, evidence, {
    value: secs(longest),
  });
};
