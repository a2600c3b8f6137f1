import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, score, status, T0 } from './helpers';

const H = 3_600_000;
const t = (over = {}) => chat([...OPEN, [30, 'l', "I'll e-mail you the list by tomorrow."]], { resolutionCode: 'Follow-up by me', endAfter: 0, ...over });
const end = T0 + 30_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('followup.on_time', () => {
  it('is na unless a follow-up session', () => {
    expect(status(chat(OPEN), 'followup.on_time')).toBe('na');
  });

  it('passes a follow-up recorded within 72 h, also exactly at 72 h', () => {
    expect(status(t({ followUps: [{ doneAt: iso(end + 20 * H) }] }), 'followup.on_time')).toBe('pass');
    expect(status(t({ followUps: [{ doneAt: iso(end + 72 * H) }] }), 'followup.on_time')).toBe('pass');
  });

  it('fails one recorded later, and flags it overdue', () => {
    const late = t({ followUps: [{ doneAt: iso(end + 72 * H + 60_000) }] });
    expect(status(late, 'followup.on_time')).toBe('fail');
    expect(score(late).flags.map((f) => f.code)).toContain('followup_overdue');
  });

  it('is pending before the deadline and fails once it has passed', () => {
    expect(status(t(), 'followup.on_time', { now: end + 71 * H })).toBe('pending');
    expect(status(t(), 'followup.on_time', { now: end + 72 * H })).toBe('pending');
    expect(status(t(), 'followup.on_time', { now: end + 73 * H })).toBe('fail');
  });

  it('counts follow-ups recorded in the store', () => {
    expect(status(t(), 'followup.on_time', { now: end + 100 * H, recordedFollowUps: [{ doneAt: iso(end + 5 * H) }] })).toBe('pass');
  });

  it('measures real elapsed time across a clock change', () => {
    // ends Saturday 7 March 2026 12:00 EST; clocks spring forward on 8 March.
    const dst = chat([[0, 'p', 'hi'], [10, 'l', "Hi, I'm Jo. I'll e-mail you by Monday."]], {
      resolutionCode: 'Follow-up by me',
      startedAt: '2026-03-07T11:59:00-05:00',
      endedAt: '2026-03-07T12:00:00-05:00',
      messages: [
        { at: '2026-03-07T11:59:00-05:00', role: 'patron', text: 'hi' },
        { at: '2026-03-07T11:59:30-05:00', role: 'provider', text: "Hi, I'm Jo. I'll e-mail you by Monday." },
      ],
      followUps: [{ doneAt: '2026-03-10T12:30:00-04:00' }], // 71.5 h later in real time
    });
    const r = check(dst, 'followup.on_time');
    expect(r.status).toBe('pass');
    expect(r.value).toBe(71.5);
  });
});
