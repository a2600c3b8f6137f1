/**
 * info.source (RUBRIC.md, Finding & Giving Info): at least one source, that is a URL or domain,
 * an e-mail or phone contact for a referral, or a named resource (database, catalogue, guide,
 * book, a web page with the steps to reach it). An organisation or app named without a way to
 * reach it is not a source.
 */
import { firstSource, substantiveExchange } from '../facts';
import { ev, na, result, type Check } from './common';

export const source: Check = (s) => {
  const id = 'info.source';
  const sub = substantiveExchange(s);
  if (!sub) return na(id, 'no substantive exchange');
  const src = firstSource(s);
  if (src) return result(id, 'pass', 'gave a source', [ev(src.m, src.k)]);
  return result(id, 'fail', 'answered without any URL, named resource or contact', [ev(sub)]);
};
