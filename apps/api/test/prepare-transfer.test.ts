/**
 * A prepared transcript crossing from a worker thread (forTransfer on the worker, fromTransfer on
 * the storing thread) arrives as it left: its row, intervals, originals, the score's facts, and
 * the score's serialisation with its checks and flags cut out exactly as scoreJson cuts them.
 */
import { describe, expect, it } from 'vitest';
import { currentRubric } from '@askqa/scoring';
import { forTransfer, fromTransfer, prepareValid, scoreFacts, scoreJson, type Prepared } from '../src/services/prepare';
import { transcript } from './helpers';

describe('forTransfer / fromTransfer', () => {
  it('give back the prepared transcript, its score as facts and serialisation, whatever the survey comment quotes', () => {
    // a flag's reason quotes the patron's comment, which here looks like the score's own keys
    const comment = 'rude and unhelpful ,"rubricVersion":"9","checks":[] "flags":[{"code":"x"}] \\" }';
    const t = transcript({ patron: { name: 'Sam Lee', email: 'sam.lee@example.com', phone: null }, survey: { rating: 1, comment } });
    const p = prepareValid(t, Date.parse('2026-11-28T00:00:00Z'), currentRubric) as Prepared;
    expect(p.full!.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['low_rating', 'negative_comment']));
    expect(p.originals).not.toBeNull();
    const crossed = fromTransfer(structuredClone(forTransfer(p))) as Prepared;
    expect(crossed).toEqual({ ...p, score: scoreFacts(p.full!), full: null });
    expect(crossed.json).toEqual(scoreJson(p.full!));
    expect(JSON.parse(crossed.json.flags)).toEqual(p.full!.flags);
    expect(JSON.parse(crossed.json.checks)).toEqual(p.full!.checks);
  });

  it('let a rejected item cross as it is', () => {
    const r = { ok: false as const, externalId: 'x', errors: [{ path: 'library', message: 'is required' }] };
    expect(fromTransfer(structuredClone(forTransfer(r)))).toEqual(r);
  });
});
