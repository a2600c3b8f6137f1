/**
 * The rubric is versioned data: any change to thresholds, weights, critical flags or phrase
 * lists needs a new version string (stored scores record the version they were computed with).
 * This fingerprint makes an unversioned change fail loudly.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { currentRubric, rubricV1 } from '../src/index';
import { PHRASE_FAMILIES } from '../src/rubric';

const FINGERPRINTS: Record<string, string> = {
  '1': '30093bdc086358eb',
};

function fingerprint(r: typeof rubricV1): string {
  const { version: _v, ...data } = r;
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

describe('rubric', () => {
  it('has settings, every check and every phrase family', () => {
    expect(Object.keys(rubricV1.checks).sort()).toEqual([...CHECK_IDS].sort());
    for (const f of PHRASE_FAMILIES) expect(rubricV1.phrases[f].length, f).toBeGreaterThan(0);
    expect(rubricV1.checks['closing.no_dismissal'].critical).toBe(true);
    expect(rubricV1.checks['followup.contact'].critical).toBe(true);
    expect(currentRubric).toBe(rubricV1);
  });

  it('compiles every phrase pattern', () => {
    for (const f of PHRASE_FAMILIES) for (const src of rubricV1.phrases[f]) expect(() => new RegExp(src), `${f}: ${src}`).not.toThrow();
  });

  it('changes only with a new version', () => {
    const fp = fingerprint(rubricV1);
    expect(fp, `rubric ${rubricV1.version} now has fingerprint ${fp}: a changed rubric needs a new version (README)`).toBe(FINGERPRINTS[rubricV1.version]);
  });
});
