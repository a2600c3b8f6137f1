import { CHECK_IDS, FOLLOW_UP_CODES, type CheckId } from '@askqa/contract';
import { describe, expect, it } from 'vitest';
import { generateSessions, type GeneratedSession } from '../src/index';
import { evaluate, overloaded, type Statuses } from './oracle';

const sessions: GeneratedSession[] = [...generateSessions({})];
const transcripts = sessions.map((s) => s.transcript);
const overloadedIds = overloaded(transcripts);
/** end of the last generated day (endDate 2026-11-27): "now" for follow-ups */
const asOf = Date.parse('2026-11-28T00:00:00-05:00') / 1000;
const rows = sessions.map((s) => ({ s, st: evaluate(s.transcript, overloadedIds, asOf) }));
const has = (s: GeneratedSession, prefix: string) => s.behaviours.some((b) => b.startsWith(prefix));
const sec = (iso: string) => Date.parse(iso) / 1000;

describe('every rubric check is exercised', () => {
  it.each(CHECK_IDS.map((id) => [id]))('%s passes, fails and does not apply somewhere', (id) => {
    const seen = new Set(rows.map(({ st }) => st[id]));
    expect(seen).toContain('pass');
    expect(seen).toContain('fail');
    expect(seen).toContain('na');
  });

  it('has a follow-up still pending at the end of the range', () => {
    expect(rows.some(({ st }) => st['followup.on_time'] === 'pending')).toBe(true);
  });

  it('keeps most sessions good', () => {
    const good = (id: CheckId) => rows.filter(({ st }) => st[id] === 'pass').length / rows.filter(({ st }) => st[id] === 'pass' || st[id] === 'fail').length;
    expect(good('approachability.pickup')).toBeGreaterThan(0.8);
    expect(good('approachability.greeting')).toBeGreaterThan(0.8);
    expect(good('interest.keep_informed')).toBeGreaterThan(0.8);
    expect(good('info.source')).toBeGreaterThan(0.8);
    expect(good('closing.no_dismissal')).toBeGreaterThan(0.98);
    expect(good('session.concurrency')).toBeGreaterThan(0.95);
  });
});

describe('planned behaviours show in the messages', () => {
  /** statuses the plan implies, for the sessions where it is unambiguous */
  const expected = (s: GeneratedSession): Partial<Statuses> => {
    const e: Partial<Statuses> = {};
    const normal = !has(s, 'lost_call') && !has(s, 'unpicked') && !has(s, 'practice');
    if (has(s, 'practice')) return Object.fromEntries(CHECK_IDS.map((id) => [id, 'na'])) as Statuses;
    e['approachability.pickup'] = has(s, 'pickup:slow') || has(s, 'unpicked') || has(s, 'lost_call:empty') ? 'fail' : 'pass';
    if (has(s, 'greeting:greetOnly') || has(s, 'greeting:identOnly') || has(s, 'greeting:none')) e['approachability.greeting'] = 'fail';
    else if (normal) e['approachability.greeting'] = 'pass';
    if (has(s, 'search:silence') || has(s, 'search:holdTooLong')) e['interest.keep_informed'] = 'fail';
    else if (normal) e['interest.keep_informed'] = 'pass';
    if (normal) {
      e['inquiry.clarify'] = has(s, 'no_clarify') ? 'fail' : 'pass';
      e['info.source'] = has(s, 'no_source') && !has(s, 'referral:contact') ? 'fail' : 'pass';
      e['followup.completeness'] = has(s, 'completeness') ? 'pass' : 'fail';
      e['closing.anything_else'] = has(s, 'closing:anythingElse') || has(s, 'closing:patronDone') ? 'pass' : 'fail';
    }
    if (has(s, 'dismissal')) e['closing.no_dismissal'] = 'fail';
    else if (normal) e['closing.no_dismissal'] = 'pass';
    if (has(s, 'ending:noGoodbye') || has(s, 'ending:closeNoCourtesy')) e['closing.courteous'] = 'fail';
    else if (normal && !has(s, 'idle:') && !has(s, 'dismissal')) e['closing.courteous'] = 'pass';
    const idle: Record<string, [string, string]> = {
      both: ['pass', 'pass'],
      combined: ['pass', 'pass'],
      checkinShort: ['pass', 'na'],
      noneShort: ['na', 'na'],
      noneLong: ['fail', 'fail'],
      noticeOnly: ['fail', 'pass'],
      checkinNoNotice: ['pass', 'fail'],
    };
    const variant = s.behaviours.find((b) => b.startsWith('idle:'))?.slice(5);
    const [checkin, notice] = variant ? (idle[variant] as [string, string]) : ['na', 'na'];
    e['session.idle_checkin'] = checkin as Statuses[CheckId];
    e['session.disconnect_notice'] = notice as Statuses[CheckId];
    e['transfer.handoff'] = !has(s, 'transfer:') ? 'na' : has(s, 'transfer:full') ? 'pass' : 'fail';
    e['referral.contact'] = has(s, 'referral:contact') ? 'pass' : has(s, 'referral:no_contact') ? 'fail' : 'na';
    if (has(s, 'source:')) e['resolution.code'] = 'na';
    else if (has(s, 'code:missing') || has(s, 'code:empty') || has(s, 'code:miscoded') || has(s, 'followup:promiseCodedAnswered') || has(s, 'followup:byMeNoContact')) e['resolution.code'] = 'fail';
    else if (normal) e['resolution.code'] = 'pass';
    if (!has(s, 'followup:')) e['followup.contact'] = 'na';
    else e['followup.contact'] = has(s, 'followup:byMeNoContact') || has(s, 'followup_contact:noDate') || has(s, 'followup_contact:formOnly') ? 'fail' : 'pass';
    if (has(s, 'followup_recorded:onTime')) e['followup.on_time'] = 'pass';
    if (has(s, 'followup_recorded:late') || has(s, 'followup_recorded:never')) e['followup.on_time'] = 'fail';
    if (has(s, 'followup_recorded:pending')) e['followup.on_time'] = 'pending';
    return e;
  };

  it('matches what each session was planned with', () => {
    const mismatches: string[] = [];
    for (const { s, st } of rows) {
      for (const [id, want] of Object.entries(expected(s))) {
        if (st[id as CheckId] !== want) mismatches.push(`${s.transcript.externalId} ${id}: planned ${want}, shows ${st[id as CheckId]} [${s.behaviours.join(' ')}]`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('has slow pickups (over 60 s) in about a tenth of the sessions', () => {
    const slow = transcripts.filter((t) => {
      const first = t.messages.find((m) => m.role === 'provider');
      const pickup = t.pickedUpAt ?? first?.at;
      return pickup && sec(pickup) - sec(t.startedAt) > 60;
    });
    expect(slow.length / transcripts.length).toBeGreaterThan(0.06);
    expect(slow.length / transcripts.length).toBeLessThan(0.15);
  });

  it('has transfers with an event naming the receiving provider, and a provider change after it', () => {
    const transferred = transcripts.filter((t) => t.messages.some((m) => m.event === 'transfer'));
    expect(transferred.length).toBeGreaterThan(30);
    for (const t of transferred) {
      const i = t.messages.findIndex((m) => m.event === 'transfer');
      const ev = t.messages[i]!;
      expect(ev.role).toBe('system');
      expect(ev.to).toBeTruthy();
      expect(ev.to).not.toBe(t.provider.id);
      const after = t.messages.slice(i + 1).filter((m) => m.role === 'provider');
      expect(after.length).toBeGreaterThan(0);
      for (const m of after) expect(m.authorId).toBe(ev.to);
    }
    expect(transferred.some((t) => t.messages.some((m) => m.role === 'internal'))).toBe(true);
  });

  it('has lost calls, sessions nobody picked up, practice sessions and missing codes', () => {
    const codes = transcripts.map((t) => t.resolutionCode);
    expect(codes.filter((c) => c === 'Lost Call').length).toBeGreaterThan(60);
    expect(codes.filter((c) => c === 'Practice').length).toBeGreaterThan(5);
    expect(codes.filter((c) => c === null).length).toBeGreaterThan(20);
    expect(codes.filter((c) => c === '').length).toBeGreaterThan(5);
    expect(transcripts.filter((t) => !('resolutionCode' in t)).length).toBeGreaterThan(60);
    expect(transcripts.filter((t) => t.messages.length === 0).every((t) => t.resolutionCode === 'Lost Call')).toBe(true);
    const unpicked = transcripts.filter((t) => t.provider.id === 'unassigned');
    expect(unpicked.length).toBeGreaterThan(20);
    for (const t of unpicked) expect(t.messages.every((m) => m.role === 'patron' || m.role === 'system')).toBe(true);
    // a lost call where the patron wrote once and left
    expect(transcripts.some((t) => t.resolutionCode === 'Lost Call' && t.messages.filter((m) => m.role === 'patron').length === 1)).toBe(true);
  });

  it('has follow-up sessions recorded on time, late, or not yet', () => {
    const fu = transcripts.filter((t) => (FOLLOW_UP_CODES as readonly string[]).includes(t.resolutionCode ?? ''));
    expect(fu.length).toBeGreaterThan(80);
    const hours = fu.flatMap((t) => (t.followUps ?? []).map((f) => (sec(f.doneAt) - sec(t.endedAt!)) / 3600));
    expect(hours.some((h) => h <= 72)).toBe(true);
    expect(hours.some((h) => h > 72)).toBe(true);
    expect(hours.every((h) => h > 0)).toBe(true);
    expect(fu.some((t) => (t.followUps ?? []).length === 0)).toBe(true);
    for (const t of transcripts) for (const f of t.followUps ?? []) expect(sec(f.doneAt)).toBeLessThanOrEqual(asOf);
  });

  it('has surveys with ratings 1 to 5, some comments, some negative', () => {
    const surveys = transcripts.flatMap((t) => (t.survey ? [t.survey] : []));
    expect(surveys.length / transcripts.length).toBeGreaterThan(0.15);
    expect(new Set(surveys.map((s) => s.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(surveys.some((s) => s.comment && /cut off|rude|forever|didn't|not helpful|ended the chat/i.test(s.comment))).toBe(true);
  });

  it('has providers over three concurrent sessions now and then', () => {
    expect(overloadedIds.size).toBeGreaterThan(10);
    expect(overloadedIds.size / transcripts.length).toBeLessThan(0.05);
  });

  it('mixes sources, queues and languages', () => {
    const count = (f: (t: (typeof transcripts)[number]) => boolean) => transcripts.filter(f).length;
    expect(count((t) => t.source === 'askusnow') / transcripts.length).toBeGreaterThan(0.9);
    expect(count((t) => t.source === 'libchat')).toBeGreaterThan(20);
    expect(count((t) => t.source === 'libraryh3lp')).toBeGreaterThan(20);
    expect(count((t) => t.queue === 'global')).toBeGreaterThan(100);
    expect(count((t) => t.queue === 'local')).toBeGreaterThan(2000);
    expect(count((t) => (t.descriptiveCodes ?? []).includes('Spanish'))).toBeGreaterThan(50);
    expect(count((t) => t.messages.some((m) => m.event === 'idle'))).toBeGreaterThan(10);
    expect(count((t) => t.messages.some((m) => m.event === 'joined'))).toBeGreaterThan(300);
    expect(new Set(transcripts.flatMap((t) => t.descriptiveCodes ?? [])).size).toBeGreaterThan(20);
  });
});
