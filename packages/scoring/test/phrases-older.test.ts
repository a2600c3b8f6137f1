/**
 * The word index's checks of the older half of the rubric versions (`phrase-index-cases.ts`; the newer half is in
 * `phrases.test.ts`), and the guard that each rubric keeps its families at their first words (decision 008): a file of its own
 * so that the phrases project's two processes share the versions (decision 013, second addendum).
 */
import { describe, expect, it } from 'vitest';
import { anchorStrings, compilePhrases } from '../src/phrases';
import { PHRASE_FAMILIES } from '../src/rubric';
import { describePhraseIndex, NEWER_FROM, VERSIONS } from './phrase-index-cases';

describePhraseIndex(VERSIONS.slice(0, NEWER_FROM));

describe('each rubric keeps its families at their first words', () => {
  // A family runs only where its alternatives may start (decision 008): one alternative whose start cannot be told
  // (say one opening with "&") makes the whole family run at every character of every message. v12's merge met one
  // (the scorer ~4x slower); a later rubric must keep every family the rubric before it ran at words.
  const versions = VERSIONS;
  const atWords = (rubric: (typeof VERSIONS)[number]) => {
    const P = compilePhrases(rubric);
    return PHRASE_FAMILIES.map((f, fi) => ({
      f,
      sticky: P.sticky[fi] !== null,
      anchored: (rubric.phrases[f] ?? []).every((src) => {
        const starts = anchorStrings(src);
        return starts !== null && [...starts].every((s) => /^[a-z0-9]/.test(s));
      }),
    }));
  };
  it.each(versions.slice(1).map((after, i) => ({ before: versions[i]!, after, name: `v${after.version}` })))('$name loses none of the version before', ({ before, after }) => {
    const a = atWords(before);
    const b = atWords(after);
    // frozen versions that took the cost knowingly: v8's referralActor (an alternative opening at a sentence's start,
    // run on the few words before a verb) and v10's patronDone (emoji between "ok" and "thats it", run on patron messages)
    const known: Record<string, string[]> = { '8': ['referralActor'], '10': ['patronDone'] };
    const lost = a.flatMap((x, i) =>
      (known[after.version] ?? []).includes(x.f)
        ? []
        : [...(x.sticky && !b[i]!.sticky ? [`${x.f} (first words)`] : []), ...(x.anchored && !b[i]!.anchored ? [`${x.f} (anchors)`] : [])],
    );
    expect(lost, `v${after.version} runs these families everywhere`).toEqual([]);
  });
});
