/**
 * session.idle_checkin, session.disconnect_notice and session.concurrency (RUBRIC.md, Session
 * handling), plus the provider intervals that concurrency is counted over.
 */
import type { CheckResult, Transcript } from '@askqa/contract';
import { seemsGone, stillThere, willEnd } from '../classify';
import { finalIdle } from '../facts';
import { secs } from '../text';
import { defaultSessionKey, parseTime } from '../timeline';
import { ev, na, result, type Check } from './common';

/** session.idle_checkin: when the final idle reaches idleCheckSeconds, the provider asked whether the patron is still there. */
export const idleCheckin: Check = (s) => {
  const id = 'session.idle_checkin';
  const idle = finalIdle(s);
  const limit = s.settings.idleCheckSeconds;
  if (!idle) return na(id, 'no final idle (the patron sent the last message, or the provider was still on hold)');
  const seconds = secs(idle.seconds * 1000);
  if (idle.seconds < limit) return result(id, 'na', `final idle ${seconds} s is under ${limit} s`, [], { value: seconds });
  for (const m of idle.msgs) {
    const k = stillThere(s, m);
    if (k >= 0) return result(id, 'pass', `asked whether the patron was still there during a ${seconds} s final idle`, [ev(m, k)], { value: seconds });
  }
  return result(id, 'fail', `final idle of ${seconds} s (from this message) without asking whether the patron was still there`, [ev(idle.start)], {
    value: seconds,
  });
};

/** session.disconnect_notice: when the final idle reaches disconnectSeconds, the provider said the patron seems gone and the session will end. */
export const disconnectNotice: Check = (s) => {
  const id = 'session.disconnect_notice';
  const idle = finalIdle(s);
  const limit = s.settings.disconnectSeconds;
  if (!idle) return na(id, 'no final idle (the patron sent the last message, or the provider was still on hold)');
  const seconds = secs(idle.seconds * 1000);
  if (idle.seconds < limit) return result(id, 'na', `final idle ${seconds} s is under ${limit} s`, [], { value: seconds });
  let gone: [number, number] | null = null;
  let ending: [number, number] | null = null;
  for (let j = 0; j < idle.msgs.length; j++) {
    const m = idle.msgs[j]!;
    if (!gone) {
      const k = seemsGone(s, m);
      if (k >= 0) gone = [j, k];
    }
    if (!ending) {
      const k = willEnd(s, m);
      if (k >= 0) ending = [j, k];
    }
  }
  if (gone && ending) {
    const evidence = [ev(idle.msgs[gone[0]]!, gone[1])];
    if (ending[0] !== gone[0] || ending[1] !== gone[1]) evidence.push(ev(idle.msgs[ending[0]]!, ending[1]));
    return result(id, 'pass', 'told the idle patron they seem disconnected and that the session will end', evidence, { value: seconds });
  }
  const missing = gone ? 'never said the session would end' : ending ? 'never said the patron seems to have disconnected' : 'no disconnect notice';
  const evidence = gone ? [ev(idle.msgs[gone[0]]!, gone[1])] : ending ? [ev(idle.msgs[ending[0]]!, ending[1])] : [ev(idle.start)];
  return result(id, 'fail', `final idle of ${seconds} s: ${missing}`, evidence, { value: seconds });
};

export type ProviderInterval = { sessionKey: string; providerId: string; start: number; end: number };

/**
 * This session's per-provider open intervals [start, end): the picking-up provider until a
 * transfer, the receiving provider after it. Empty when no provider joined. `times` are the
 * messages' times when already parsed (Session.times).
 */
export function providerIntervals(t: Transcript, sessionKey?: string, times?: readonly number[]): ProviderInterval[] {
  try {
    const key = sessionKey ?? defaultSessionKey(t);
    const msgs: unknown[] = Array.isArray(t.messages) ? t.messages : [];
    let start = parseTime(t.startedAt);
    let last = -Infinity;
    let first = Infinity;
    let providerSpoke = false;
    const transfers: { at: number; to: string }[] = [];
    for (let i = 0; i < msgs.length; i++) {
      const raw = msgs[i];
      if (raw === null || typeof raw !== 'object') continue;
      const m = raw as { at?: unknown; role?: unknown; event?: unknown; to?: unknown };
      const at = times !== undefined ? times[i]! : parseTime(m.at);
      if (!Number.isNaN(at)) {
        if (at > last) last = at;
        if (at < first) first = at;
      }
      if (m.role === 'provider') providerSpoke = true;
      if (m.role === 'system' && m.event === 'transfer' && typeof m.to === 'string' && m.to.length > 0 && !Number.isNaN(at)) transfers.push({ at, to: m.to });
    }
    const picked = parseTime(t.pickedUpAt);
    if (!providerSpoke && Number.isNaN(picked)) return [];
    if (Number.isNaN(start)) start = Number.isFinite(first) ? first : NaN;
    if (Number.isNaN(start)) return [];
    const ended = parseTime(t.endedAt);
    const end = Number.isNaN(ended) ? Math.max(start, last) : ended;
    transfers.sort((a, b) => a.at - b.at);
    const out: ProviderInterval[] = [];
    const p = t.provider as { id?: unknown } | null | undefined;
    let who = typeof p?.id === 'string' ? p.id : '';
    let from = start;
    for (const tr of transfers) {
      if (tr.at <= from || tr.at >= end) {
        if (tr.at <= from) who = tr.to; // transferred before anything happened: the receiver holds it
        continue;
      }
      out.push({ sessionKey: key, providerId: who, start: from, end: tr.at });
      who = tr.to;
      from = tr.at;
    }
    if (end > from) out.push({ sessionKey: key, providerId: who, start: from, end });
    return out;
  } catch {
    return [];
  }
}

/**
 * session.concurrency: while this session was open, each provider who handled it had at most
 * maxConcurrent sessions open at once (counted over the part they handled).
 */
export const concurrency: Check = (s) => {
  if (!s.providerJoined) return na('session.concurrency', 'no provider joined');
  return judgeConcurrency(providerIntervals(s.t, s.key, s.times), s.ctx.otherIntervals, s.key, s.settings.maxConcurrent);
};

/**
 * The session.concurrency verdict from intervals alone, so a store can re-judge a session that a
 * newly stored, overlapping session affects without scoring it again.
 */
export function judgeConcurrency(own: ProviderInterval[], otherIntervals: ProviderInterval[] | undefined, key: string, limit: number): CheckResult {
  const id = 'session.concurrency';
  const others = Array.isArray(otherIntervals) ? otherIntervals : [];
  let max = own.length > 0 ? 1 : 0;
  const over = new Set<string>();
  let worstProvider = '';
  for (const iv of own) {
    const same = others.filter(
      (o) => o && o.sessionKey !== key && o.providerId === iv.providerId && o.start < iv.end && iv.start < o.end && o.end > o.start,
    );
    if (same.length === 0) continue;
    // Sweep the instants where an interval opens inside ours; ends come before starts at the same instant.
    const points = [iv.start, ...same.map((o) => o.start).filter((x) => x > iv.start && x < iv.end)];
    for (const x of points) {
      const open = same.filter((o) => o.start <= x && x < o.end);
      const count = 1 + open.length;
      if (count > max) {
        max = count;
        worstProvider = iv.providerId;
      }
      if (count > limit) for (const o of open) over.add(o.sessionKey);
    }
  }
  if (max > limit) {
    return result(id, 'fail', `${worstProvider} had ${max} sessions open at once; the limit is ${limit}`, [], { value: max, related: [...over].sort() });
  }
  return result(id, 'pass', `at most ${max} session${max === 1 ? '' : 's'} open at once; the limit is ${limit}`, [], { value: max });
}
