/**
 * The rubric is versioned data: any change to thresholds, weights, critical flags or phrase
 * lists needs a new version string (stored scores record the version they were computed with).
 * This fingerprint makes an unversioned change fail loudly.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { currentRubric, rubricV1, rubricV2, rubricV3, rubricV4, rubricV5, rubricV6, rubricV7, rubricV8, rubricV9, rubricV10, rubricV11, rubricV12, rubricV13, rubricV14, rubricV15, rubricV16, rubricV17, rubricV18, rubricV19, rubricV20, rubricV21, rubricV22, rubricV23, rubricV24, rubricV25, rubricV26, rubricV27, rubricV28, rubricV29, rubricV30, rubricV31, rubricV32, rubricV33, rubricV34, rubricV35, rubricV36, rubricV37, rubricV38, rubricV39, rubricV40, rubricV41, rubricV42, rubricV43, rubricV44, rubricV45, rubricV46, rubricV47, rubricV48, rubricV49, rubricV50, rubricV51, rubricV52, rubricV53, rubricV54, rubricV55, rubricV56, rubricV57, rubricV58, rubricV59, rubricV60, rubricV61, rubricV62, rubricV63, rubricV64, rubricV65, rubricV66, rubricV67, rubricV68, rubricV69, rubricV70, rubricV71, rubricV72, rubricV73, rubricV74 } from '../src/index';
import { PHRASE_FAMILIES } from '../src/rubric';

const FINGERPRINTS: Record<string, string> = {
  '1': '30093bdc086358eb',
  '2': '84ba90c0dd167dcc',
  '3': '211e867d870246c4',
  '4': 'a050cb268b9c019a',
  '5': '0f6bf821764b41ed',
  '6': '7f000a35f0d99b4a',
  '7': '67092f6382f16106',
  '8': '16c357565b3904fe',
  '9': '4bb81ea3dd9a9324',
  '10': 'b42afc9e21b8e9fb',
  '11': 'aee2bbb93c2ed045',
  '12': '4e7288a5258d5a77',
  '13': 'a717209b2e31c18d',
  '14': '5f5c2c4947efa851',
  '15': '24590b4f3e402646',
  '16': 'd92c0b49fc82670f',
  '17': 'addc8929a5995ef5',
  '18': '49ef48e7408f7c8b',
  '19': 'd0dff93b69826894',
  '20': '446088b416d959ab',
  '21': '5861cb2432f99d32',
  '22': 'e009961094cf4259',
  '23': '78d8346125e52386',
  '24': '69d7c0fe36b47ce2',
  '25': 'ac19904a269d7921',
  '26': '0f6d5afaf86669ad',
  '27': 'ff0f5d1e2573168b',
  '28': 'ecc9a10a542c3b83',
  '29': '4ef4709689f89105',
  '30': '7e5a0fc0fa35865c',
  '31': '0af2b6235b0b2884',
  '32': '530ebc73087a80e4',
  '33': 'a3dc8be505c97a23',
  '34': '4d10901d0cf94609',
  '35': '6ebd7b249b543a75',
  '36': 'ce46d3a4699a0eb0',
  '37': '71f684016f66d338',
  '38': 'c4aeb7e6afd91621',
  '39': '7421a15fc52991bc',
  '40': '1009d28baac0e13b',
  '41': 'c5b0e76c37b8d2a4',
  '42': '3a3cee0cc9e400b0',
  '43': '84ceb442e0d1308e',
  '44': '8a8ba65be585a1e4',
  '45': 'edcc684106dffe6c',
  '46': '79d5031f06705d1a',
  '47': '9793ec7e8cedc930',
  '48': '0965e7b809b1e638',
  '49': 'c8a92782d62cd17b',
  '50': '7d8580a011e7d5a7',
  '51': '73678522e91a156a',
  '52': 'ecb60174c127368f',
  '53': '00b8e309cd5d0e65',
  '54': 'c41c10fb439a4827',
  '55': '7b98d8b945e9c7a8',
  '56': '0124c23564cc5484',
  '57': 'e9e57badcefa0633',
  '58': '09bbd77957c75e09',
  '59': '0b932643a8f1fbbf',
  '60': '764d91150e167563',
  '61': '03259834e065d069',
  '62': 'f1c87a242944de11',
  '63': '0624a710ef92c9d3',
  '64': '3bafe414983ddeb2',
  '65': '088dcca91472a1f4',
  '66': 'db6a3e0603ff117f',
  '67': '780fe32b26699a9c',
  '68': '102cbc46b297958e',
  '69': 'b146b53f6fe78e17',
  '70': 'd5b92a74e7392c42',
  '71': '0cc6b81bb7a544a9',
  '72': '294e776b87bf926c',
  '73': 'bc4d37c7cfce3dd4',
  '74': '32acc55d44199548',
};

function fingerprint(r: typeof rubricV1): string {
  const { version: _v, ...data } = r;
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

describe('rubric', () => {
  it('is v74', () => {
    expect(currentRubric).toBe(rubricV74);
    // v14 keeps v13's phrases (phrases.test.ts checks each phrase set once)
    expect(rubricV14.phrases).toBe(rubricV13.phrases);
    // v2-v25 change phrase families and how text is read only
    for (const later of [rubricV2, rubricV3, rubricV4, rubricV5, rubricV6, rubricV7, rubricV8, rubricV9, rubricV10, rubricV11, rubricV12, rubricV13, rubricV14, rubricV15, rubricV16, rubricV17, rubricV18, rubricV19, rubricV20, rubricV21, rubricV22, rubricV23, rubricV24, rubricV25, rubricV26, rubricV27, rubricV28, rubricV29, rubricV30, rubricV31, rubricV32, rubricV33, rubricV34, rubricV35, rubricV36, rubricV37, rubricV38, rubricV39, rubricV40, rubricV41, rubricV42, rubricV43, rubricV44, rubricV45, rubricV46, rubricV47, rubricV48, rubricV49, rubricV50, rubricV51, rubricV52, rubricV53, rubricV54, rubricV55, rubricV56, rubricV57, rubricV58, rubricV59, rubricV60, rubricV61, rubricV62, rubricV63, rubricV64, rubricV65, rubricV66, rubricV67, rubricV68, rubricV69, rubricV70, rubricV71, rubricV72, rubricV73, rubricV74]) {
      expect(later.settings).toEqual(rubricV1.settings);
      expect(later.checks).toEqual(rubricV1.checks);
    }
  });

  it('holds no control character in any phrase of the rubric in force (v13-v21 keep three backspaces written for "\\b")', () => {
    for (const f of PHRASE_FAMILIES) for (const src of currentRubric.phrases[f]) expect(/[\x00-\x1f\x7f]/.test(src), `${f}: ${JSON.stringify(src)}`).toBe(false);
    expect(rubricV13.phrases.questionOpening[0]).toContain('\x08');
  });
});

/** The "|" of a regex source outside every group and character class. */
function topLevelBars(src: string): number {
  let depth = 0;
  let inClass = false;
  let bars = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) bars++;
  }
  return bars;
}

describe.each([rubricV1, rubricV2, rubricV3, rubricV4, rubricV5, rubricV6, rubricV7, rubricV8, rubricV9, rubricV10, rubricV11, rubricV12, rubricV13, rubricV14, rubricV15, rubricV16, rubricV17, rubricV18, rubricV19, rubricV20, rubricV21, rubricV22, rubricV23, rubricV24, rubricV25, rubricV26, rubricV27, rubricV28, rubricV29, rubricV30, rubricV31, rubricV32, rubricV33, rubricV34, rubricV35, rubricV36, rubricV37, rubricV38, rubricV39, rubricV40, rubricV41, rubricV42, rubricV43, rubricV44, rubricV45, rubricV46, rubricV47, rubricV48, rubricV49, rubricV50, rubricV51, rubricV52, rubricV53, rubricV54, rubricV55, rubricV56, rubricV57, rubricV58, rubricV59, rubricV60, rubricV61, rubricV62, rubricV63, rubricV64, rubricV65, rubricV66, rubricV67, rubricV68, rubricV69, rubricV70, rubricV71, rubricV72, rubricV73, rubricV74])('rubric $version', (rubric) => {
  it('has settings, every check and every phrase family', () => {
    expect(Object.keys(rubric.checks).sort()).toEqual([...CHECK_IDS].sort());
    for (const f of PHRASE_FAMILIES) expect(rubric.phrases[f].length, f).toBeGreaterThan(0);
    expect(rubric.checks['closing.no_dismissal'].critical).toBe(true);
    expect(rubric.checks['followup.contact'].critical).toBe(true);
  });

  it('compiles every phrase pattern', () => {
    for (const f of PHRASE_FAMILIES) for (const src of rubric.phrases[f]) expect(() => new RegExp(src), `${f}: ${src}`).not.toThrow();
  });

  it('keeps each phrase alternative one branch (a "|" outside any group would split it, and the word index with it)', () => {
    for (const f of PHRASE_FAMILIES) for (const src of rubric.phrases[f]) expect(topLevelBars(src), `${f}: ${src}`).toBe(0);
  });

  it('changes only with a new version', () => {
    const fp = fingerprint(rubric);
    expect(fp, `rubric ${rubric.version} now has fingerprint ${fp}: a changed rubric needs a new version (README)`).toBe(FINGERPRINTS[rubric.version]);
  });
});
