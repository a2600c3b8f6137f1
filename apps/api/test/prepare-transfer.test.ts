/**
 * A new transcript prepared across two threads (prepareUnscored on the storing thread, the score by
 * scoreForTransfer on a worker, joined by fromScored) arrives as prepareValid prepares it on one
 * thread: its row, intervals, originals, the score's facts, and the score's serialisation with its
 * checks and flags cut out exactly as scoreJson cuts them.
 */
import { describe, expect, it } from 'vitest';
import { currentRubric } from '@askqa/scoring';
import { fromScored, prepareItem, prepareUnscoredItem, scoreFacts, scoreForTransfer, scoreJson, type Prepared, type Unscored } from '../src/services/prepare';
import { transcript } from './helpers';

const now = Date.parse('2026-11-28T00:00:00Z');

describe('prepareUnscored / scoreForTransfer / fromScored', () => {
  it('give back the prepared transcript, its score as facts and serialisation, whatever the survey comment quotes', () => {
    // a flag's reason quotes the patron's comment, which here looks like the score's own keys
    const comment = 'rude and unhelpful ,"rubricVersion":"9","checks":[] "flags":[{"code":"x"}] \\" }';
    const t = transcript({ patron: { name: 'Sam Lee', email: 'sam.lee@example.com', phone: null }, survey: { rating: 1, comment } });
    const p = prepareItem(t, now, currentRubric) as Prepared;
    expect(p.full!.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['low_rating', 'negative_comment']));
    expect(p.originals).not.toBeNull();
    const u = prepareUnscoredItem(structuredClone(t)) as Unscored;
    // what the worker receives and sends back crosses threads by structured clone
    const crossed = fromScored(u, structuredClone(scoreForTransfer(structuredClone({ t: u.t, key: u.key }), now, currentRubric)));
    expect(crossed).toEqual({ ...p, score: scoreFacts(p.full!), full: null });
    expect(crossed.json).toEqual(scoreJson(p.full!));
    expect(JSON.parse(crossed.json.flags)).toEqual(p.full!.flags);
    expect(JSON.parse(crossed.json.checks)).toEqual(p.full!.checks);
    // the patron's e-mail is redacted before anything crosses to the worker
    expect(JSON.stringify(u.t)).not.toContain('sam.lee@example.com');
  });

  it('reject an invalid item on the storing thread, saying where it is wrong', () => {
    expect(prepareUnscoredItem({ externalId: 'x', provider: { id: 'p' }, startedAt: '2026-11-28T10:00:00Z', messages: [] })).toEqual({
      ok: false,
      externalId: 'x',
      errors: expect.arrayContaining([expect.objectContaining({ path: 'library' })]),
    });
  });
});
