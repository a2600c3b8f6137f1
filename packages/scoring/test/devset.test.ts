/**
 * The labelled development set (shared/devset): every check of every case must get the labelled
 * status. Concurrency spans files, so the provider intervals of all 40 sessions are loaded first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_IDS, scoreSchema, type CheckId, type CheckStatus, type Transcript } from '@askqa/contract';
import { providerIntervals, scoreSession } from '../src/index';

const DIR = process.env.ASKQA_DEVSET ?? join(__dirname, '../../../../shared/devset');

type Case = { file: string; transcript: Transcript; expect: Record<CheckId, CheckStatus>; asOf: string };

const cases: Case[] = readdirSync(DIR)
  .filter((f) => /^\d{3}-.*\.json$/.test(f))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Omit<Case, 'file'>) }));

const allIntervals = cases.flatMap((c) => providerIntervals(c.transcript));
const agree = Object.fromEntries(CHECK_IDS.map((id) => [id, { agree: 0, total: 0 }])) as Record<CheckId, { agree: number; total: number }>;

describe('devset', () => {
  it('has the 40 labelled cases', () => {
    expect(cases.length).toBe(40);
  });

  describe.each(cases)('$file', (c) => {
    const score = scoreSession(c.transcript, { now: Date.parse(c.asOf), otherIntervals: allIntervals });

    it('is a valid Score with every check in order', () => {
      expect(scoreSchema.parse(score).checks.map((x) => x.id)).toEqual([...CHECK_IDS]);
    });

    it.each([...CHECK_IDS])('%s', (id) => {
      const got = score.checks.find((x) => x.id === id);
      agree[id].total++;
      if (got?.status === c.expect[id]) agree[id].agree++;
      expect(got?.status, `${c.file} ${id}: ${got?.note}`).toBe(c.expect[id]);
      if (got && (got.status === 'pass' || got.status === 'fail')) expect(typeof got.note).toBe('string');
    });
  });

  afterAll(() => {
    const rows = CHECK_IDS.map((id) => `${id.padEnd(28)} ${String(agree[id].agree).padStart(3)}/${agree[id].total}`);
    const a = CHECK_IDS.reduce((n, id) => n + agree[id].agree, 0);
    const t = CHECK_IDS.reduce((n, id) => n + agree[id].total, 0);
    console.log(`devset agreement (check: agree/total)\n${rows.join('\n')}\n${'all'.padEnd(28)} ${a}/${t}`);
  });
});
