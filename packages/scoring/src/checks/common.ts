/** Building check results: one human note, evidence as message indexes with short quotes. */
import type { CheckId, CheckResult, CheckStatus, Evidence } from '@askqa/contract';
import type { Msg, Session } from '../timeline';

export type Check = (s: Session, done: Partial<Record<CheckId, CheckResult>>) => CheckResult;

/** Evidence for message `m`, quoting sentence `k` when known. */
export function ev(m: Msg, k = -1): Evidence {
  return { message: m.i, quote: m.quote(k) };
}

export function result(
  id: CheckId,
  status: CheckStatus,
  note: string,
  evidence: Evidence[] = [],
  extra: { value?: number | null; related?: string[] } = {},
): CheckResult {
  const r: CheckResult = { id, status, note, evidence };
  if (extra.value !== undefined) r.value = extra.value;
  if (extra.related !== undefined) r.related = extra.related;
  return r;
}

export const na = (id: CheckId, note: string): CheckResult => result(id, 'na', note);
