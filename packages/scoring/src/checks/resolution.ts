/**
 * resolution.code (RUBRIC.md, Session handling). A field left out means the source has no codes
 * (na); null or empty means no code was assigned (fail).
 */
import { firstPromise, isFollowUpCode, normCode, patronContactKnown } from '../facts';
import { ev, na, result, type Check } from './common';

export const resolutionCode: Check = (s) => {
  const id = 'resolution.code';
  const t = s.t as { resolutionCode?: unknown };
  if (!('resolutionCode' in t) || t.resolutionCode === undefined) return na(id, 'the source system has no resolution codes');
  const code = t.resolutionCode;
  if (typeof code !== 'string' || code.trim() === '') return result(id, 'fail', 'no resolution code was assigned');
  const promise = firstPromise(s);
  const fuCode = isFollowUpCode(code);
  if (promise && !fuCode) {
    return result(id, 'fail', `the provider promised a follow-up but the code is "${code}", not a follow-up code`, [ev(promise.m, promise.k)]);
  }
  if (fuCode && !patronContactKnown(s)) {
    return result(id, 'fail', `coded "${code}" but no patron e-mail or phone is known`);
  }
  if (normCode(code).startsWith('lostcall') && s.patron.length > 1) {
    return result(id, 'fail', `coded Lost Call although the patron sent ${s.patron.length} messages`, [ev(s.patron[1]!)]);
  }
  const evidence = promise ? [ev(promise.m, promise.k)] : [];
  return result(id, 'pass', `coded "${code}"`, evidence);
};
