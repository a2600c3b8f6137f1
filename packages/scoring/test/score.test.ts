import { describe, expect, it } from 'vitest';
import { CHECK_IDS, scoreSchema } from '@askqa/contract';
import { currentRubric, judgeConcurrency, providerIntervals, rubricV1, scoreSession, withCheck, type Rubric } from '../src/index';
import { chat, OPEN, score, T0, type Line } from './helpers';

/** A model session: every applicable check passes. */
const GOOD: Line[] = [
  [0, 'p', 'do you have books on beekeeping'],
  [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library."],
  [30, 'l', 'Are you just starting out, or do you already keep bees?'],
  [50, 'p', 'just starting'],
  [60, 'l', "'Beekeeping for Dummies' is in our catalog at library.example.org. Does that help?"],
  [80, 'p', 'yes thanks'],
  [90, 'l', 'Anything else I can help with?'],
  [100, 'p', 'no'],
  [110, 'l', 'Thanks for chatting, have a good day!'],
];

const onlyWeights = (w: Partial<Record<(typeof CHECK_IDS)[number], number>>): Rubric => ({
  ...rubricV1,
  version: 'test-weights',
  checks: Object.fromEntries(CHECK_IDS.map((id) => [id, { ...rubricV1.checks[id], weight: w[id] ?? 0 }])) as Rubric['checks'],
});

describe('score', () => {
  it('scores 100 with no flags when every applicable check passes, and records the rubric version', () => {
    const s = score(chat(GOOD));
    expect(scoreSchema.parse(s)).toBeTruthy();
    expect(s.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(s).toMatchObject({ value: 100, rawScore: 100, critical: false, flagged: false, flags: [], rubricVersion: currentRubric.version });
  });

  it('computes rawScore as passed weight over applicable weight, rounded to one decimal', () => {
    // pickup fails (weight 2): 14 applicable weight... compute from the checks themselves
    const s = score(chat(GOOD.map(([sec, who, text]): Line => [sec === 0 ? 0 : sec + 100, who, text])));
    const w = (id: (typeof CHECK_IDS)[number]) => rubricV1.checks[id].weight;
    let pass = 0;
    let all = 0;
    for (const c of s.checks) {
      if (c.status === 'pass') pass += w(c.id);
      if (c.status === 'pass' || c.status === 'fail') all += w(c.id);
    }
    expect(s.checks.find((c) => c.id === 'approachability.pickup')?.status).toBe('fail');
    expect(s.rawScore).toBe(Math.round((1000 * pass) / all) / 10);
    expect(s.value).toBe(s.rawScore);
  });

  it('rounds 13/16 to 81.3 and 2/3 to 66.7', () => {
    // pickup passes (2 of 2); greeting fails (0 of 1): 2/3
    const t = chat([[0, 'p', 'hi'], [10, 'l', 'What do you need?']], { endAfter: 5 });
    const r = onlyWeights({ 'approachability.pickup': 2, 'approachability.greeting': 1 });
    expect(score(t, { rubric: r }).rawScore).toBe(66.7);
    const r2 = onlyWeights({ 'approachability.pickup': 13, 'approachability.greeting': 3 });
    expect(score(t, { rubric: r2 }).rawScore).toBe(81.3);
  });

  it('is null when no check applies', () => {
    const t = chat([[0, 'p', 'hi']], { resolutionCode: 'Lost Call' });
    const s = score(t, { rubric: onlyWeights({ 'approachability.greeting': 1 }) });
    expect(s.rawScore).toBeNull();
    expect(s.value).toBeNull();
    expect(s.flags.map((f) => f.code)).not.toContain('low_score');
  });

  it('sets value to 0 but keeps rawScore when a critical check fails', () => {
    const s = score(chat([...GOOD.slice(0, 5), [70, 'p', 'and what about wasps'], [80, 'l', 'You have asked too many questions. Goodbye.']]));
    expect(s.critical).toBe(true);
    expect(s.value).toBe(0);
    expect(s.rawScore).toBeGreaterThan(0);
    expect(s.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['critical_fail', 'low_score']));
  });

  it('flags a value below flagBelow', () => {
    const s = score(chat([[0, 'p', 'hi'], [200, 'l', 'ok'], [210, 'p', 'bye']]));
    expect(s.value).toBeLessThan(70);
    expect(s.flags.find((f) => f.code === 'low_score')?.reason).toMatch(/below 70/);
  });

  it('flags a survey rating of 1 or 2, not 3', () => {
    expect(score(chat(GOOD, { survey: { rating: 1 } })).flags.map((f) => f.code)).toEqual(['low_rating']);
    expect(score(chat(GOOD, { survey: { rating: 2 } })).flags.map((f) => f.code)).toEqual(['low_rating']);
    expect(score(chat(GOOD, { survey: { rating: 3 } })).flagged).toBe(false);
  });

  it('flags a negative comment, and not a positive or negated one', () => {
    for (const c of ['he was rude and kicked me out', 'Was cut off', 'left me with more questions than i started with', 'took forever to get someone', 'not very helpful']) {
      expect(score(chat(GOOD, { survey: { rating: 4, comment: c } })).flags.map((f) => f.code), c).toEqual(['negative_comment']);
    }
    for (const c of ['super helpful, thank you', 'Not bad at all, quick answer', 'kind and quick', 'no problems']) {
      expect(score(chat(GOOD, { survey: { rating: 5, comment: c } })).flagged, c).toBe(false);
    }
  });

  it('flags a follow-up session, and an overdue follow-up', () => {
    const fu = chat([...GOOD.slice(0, 5), [70, 'p', 'pat@example.org'], [80, 'l', "I'll e-mail you more titles by tomorrow."]], { resolutionCode: 'Follow-up by me' });
    const s = score(fu, { now: Date.parse('2026-04-01T00:00:00Z') });
    expect(s.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['followup_session', 'followup_overdue']));
    expect(s.flags.find((f) => f.code === 'followup_session')?.reason).toMatch(/Follow-up by me/);
  });

  it('does not score Practice sessions: every check na, nothing flagged', () => {
    const s = score(chat(OPEN, { resolutionCode: 'Practice', survey: { rating: 1, comment: 'terrible' } }));
    expect(s).toMatchObject({ value: null, rawScore: null, critical: false, flagged: false, flags: [] });
    expect(s.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(new Set(s.checks.map((c) => c.status))).toEqual(new Set(['na']));
  });

  it('is deterministic', () => {
    const t = chat(GOOD, { survey: { rating: 2, comment: 'slow' } });
    expect(score(t)).toEqual(score(t));
  });
});

describe('withCheck: a stored score completed with a re-judged session.concurrency', () => {
  // Five chats of one provider, each starting 10 s after the one before: at their busiest, five
  // are open at once (the limit is three). Some carry flags the transcript alone decides.
  const five = [0, 1, 2, 3, 4].map((k) => {
    const lines = GOOD.map(([sec, who, text]): Line => [sec + 10 * k, who, text]);
    if (k === 1) lines.splice(5, 0, [75, 'l', "I'm afraid you've reached the limit of questions for today."]);
    if (k === 2) lines.splice(5, 0, [75, 'l', "I'll email you the list by tomorrow at jo@example.org."]);
    return chat(lines, { externalId: `c-${k}`, survey: k === 3 ? { rating: 1, comment: 'rude and slow' } : null });
  });
  const intervals = five.map((t) => providerIntervals(t, `test:${t.externalId}`));

  for (const rubric of [currentRubric, { ...currentRubric, version: 'concurrency-critical', checks: { ...currentRubric.checks, 'session.concurrency': { ...currentRubric.checks['session.concurrency'], critical: true } } }]) {
    it(`gives exactly the score of scoring again, flags in order (rubric ${rubric.version})`, () => {
      let changed = 0;
      five.forEach((t, k) => {
        const key = `test:${t.externalId}`;
        const others = intervals.filter((_, j) => j !== k).flat();
        const alone = scoreSession(t, { now: T0 + 86_400_000, rubric, sessionKey: key });
        const full = scoreSession(t, { now: T0 + 86_400_000, rubric, sessionKey: key, otherIntervals: others });
        const next = judgeConcurrency(intervals[k]!, others, key, rubric.settings.maxConcurrent);
        if (next.status !== alone.checks.find((c) => c.id === 'session.concurrency')!.status) changed++;
        expect(withCheck(alone, next, rubric)).toEqual(full);
      });
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('refuses a score of another rubric version', () => {
    const s = scoreSession(five[0]!, { now: T0, rubric: rubricV1 });
    expect(() => withCheck(s, s.checks[0]!, currentRubric)).toThrow(/rubric 1 cannot be completed under rubric/);
  });
});
