/**
 * Forty-fourth round, block K's info.source change checked: v45 K23 `SAYS_SO_K23` (rubric.ts, a `namedResource` alternative):
 * a directory, quotation book, gazetteer, index or newspaper (…Times, Herald, Tribune, Gazette, Journal, Evening Star …)
 * followed by a reporting verb (lists, credits, reports, says, shows, has, records, ran, printed …) is a named resource. Tried
 * both ways with cases no one had written, as one provider message after the opening (`one`, `es`) and as whole short
 * sessions where `namedResource` is read by other checks (a completeness question after an offer, "if you want", a hold,
 * the clarifying question before the first source).
 *
 * SHAPES TRIED:
 *  As meant, new words: British "Kelly's Directory of Sussex for 1938 lists", "The Oxford Dictionary of Quotations
 *   attributes", chat-speak "the 1955 city directory has ur grandpa", non-native "The directory of year 1962 is showing",
 *   "The Columbus Dispatch ran her obituary", "The Boston Globe reported", "The Guardian covered", "The Sunday Post for 12
 *   March 1961 carried", "The Times Index for 1912 lists", "The Columbia Gazetteer of the World gives", "Our obituary index
 *   shows", "Per the Evening Standard of 4 June 1953", "The Wall Street Journal reported", bare "Bartlett's says", "The
 *   Millbrook Herald dated May 2, 1975 mentions", lowercase "the tribune had", "The Congressional Record notes", "The 1940 city
 *   directory listed", "Crockford's Clerical Directory records", "The Times-Picayune reported", "According to the Ohio
 *   Obituary Index", "The 1975 phone book had"; Spanish "El directorio de 1920 muestra", "Según el periódico La Opinión",
 *   "El Diario de Yucatán publicó".
 *  Against: the paper or directory said not to have it ("the Herald has nothing", "has no listing", "Neither the Times nor
 *   the Tribune reported", "the Gazette for those years has never been filmed", "The Ledger has never published an index");
 *   asked ("Does the Herald say …?"); offered or planned ("I can look at what the Evening Star reported …", "Tomorrow I'll see
 *   what the Courier printed"); the patron's own item restated ("your aunt's clipping from the Herald says 1979", "You
 *   mentioned the Gazette ran a piece"); doubt ("I'm not sure the directory lists", "I don't know if the Observer printed");
 *   a person at a paper ("Someone at the Herald said"); other senses of the nouns ("the times had changed", "Our Sunday times
 *   had to change", "The heat index has been over 100", "Our staff directory has her as retired", "The journal has a
 *   paywall", "Your journal has been turned in", "The Sentinel has closed its … office", "The Times has changed its paywall",
 *   "The Chronicle has a new owner", "Our local history index has moved"); a resource the provider could not open ("the
 *   Examiner has its archive behind a login I can't get past"); controls the regex should not reach ("the times have
 *   changed", "the post office has", "the news said", "index finger", "the register says", Spanish "El periódico no dice
 *   nada", "El directorio de 1920 no tiene a nadie").
 *  Whole sessions: the source between an offer and "Does that help?"; a K23 fact about a paper between an interlibrary-loan
 *   offer and "Would that help?"; "… lists him … if you want to check it yourself. Is that what you needed?"; the question in
 *   the next message; a partial find before "still checking"; "The Herald has nothing so far, still checking"; a hold on what
 *   the Herald has, then nothing; a notice about the index in the greeting before the clarifying question; the provider's
 *   echo of the patron's Herald clipping with a question about it.
 *
 * Statuses read from RUBRIC.md: info.source passes when "the provider gives at least one source: … a named resource (a
 * database, the catalogue, a guide, a book …)"; "An organisation … named without a way to reach it is not a source";
 * followup.completeness: "A question about something not yet given … does not count"; inquiry.clarify: the question must come
 * "before the first message that gives a source".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a newspaper issue, a directory, an index or a quotation book named with what it says is a publication, so a named
 *   resource (as K23 means), in any language and with any masthead;
 * - a resource named only as lacking what was asked, as never filmed or published, as asked about, offered, planned, doubted,
 *   or as the patron's own item, gives the patron no source (as v32 M2's "not in the catalogue" and J3's "we don't subscribe to
 *   NoveList" read); so does a resource the provider says they could not open, with nothing from it;
 * - a staff directory used by the provider, a journal with a paywall the library lacks, a paper's office, owner or people are
 *   not resources given to the patron; "times", "index", "journal" in their other senses name nothing.
 *
 * COUNTS. Written: 65 cases (25 as meant, 31 against, 9 whole sessions), all labelled from RUBRIC.md before the first run.
 * First run: 28 as labelled, 37 disagreeing. Labels corrected after rereading RUBRIC: 0.
 * FINAL: 28 running, 37 LEFT (LEFT_WHY): (a) 24 caused by v45's K23 (v44 scored them as labelled): 21 false passes of
 * info.source and 3 whole sessions (a false completeness pass, a false clarify fail, a false source pass); (b) 13 older
 * readings (v44 scored them the same): 12 real sources K23 does not reach (other mastheads, other verbs, Spanish) and 1 false
 * pass of v44's own ("archive").
 *
 * FINAL RUN (`--project scoring`, this file only): 65 tests passed (37 through describeLeft).
 *
 * V45 REVIEW (after this file): SAYS_SO_K23 narrowed to a directory, quotation book, gazetteer or masthead word followed
 * by a reporting verb that says something (not "has / had / ran", "index", "journal", "times"; not after "neither / nor /
 * not / if / whether / what / your / at / from / mentioned / staff"; not "lists no / nothing"). 23 of the first cut's 24
 * false readings read as labelled now; the echo "Right, so the Herald reported 1979." is still read. 22 LEFT: 13 older, 8
 * that only the first cut read, 1 caused by K23.
 *
 * RUBRIC v46 (block L) reads 1 of the LEFT cases ("The Boston Globe reported", L9) as labelled; it runs with the others ("is
 * showing" and "The Guardian covered", which L9's first cut read, stay LEFT: that cut also read "The directory is showing an
 * error" and "the guardian covered the costs").
 * RUBRIC v61 (block AA, sixty-seventh round): K23's "The Wall Street Journal reported the merger …" is read by AA8's
 *   PERIODICAL_AA8 (a periodical's capitalised title in the raw text) and runs with the others; the lower-case journals and times
 *   that narrowed v45's K23 still read as labelled; no label changed.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, es, one, says } from './narrowing-lines';

const PALACE = 'what year did the palace theater on main st close? my dad says 1979';
const GRANDPA = 'trying to find where my grandfather lived in the 1950s, john hartley';
const QUOTE = 'who said "a penny saved is a penny earned"?';
const OBIT = 'need an obituary for my great aunt ruth keller, she died in 1988';
const NEWS = 'was there anything in the papers about the mill fire in 1942?';
const HOURS = 'when are you open on sundays now?';

type St = 'pass' | 'fail';
/** One provider message `text` after the opening (info.source only). */
const src = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(q, text), exp: some({ source: st }) });
/** The same in Spanish. */
const srcEs = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: es(q, text), exp: some({ source: st }) });

// ---- K23 as meant: a reference work or a paper named with what it says, in new words ----
export const meant: SessionCase[] = [
  src("K23 British Kelly's", GRANDPA, "Kelly's Directory of Sussex for 1938 lists a J. Hartley, baker, at 14 High Street.", 'pass'),
  src('K23 Oxford quotations', QUOTE, 'The Oxford Dictionary of Quotations attributes the idea to Franklin, though his wording was different.', 'pass'),
  src('K23 chat-speak directory has', GRANDPA, 'ok so the 1955 city directory has ur grandpa at 212 elm st, listed as machinist', 'pass'),
  src('K23 non-native "is showing"', GRANDPA, 'The directory of year 1962 is showing your grandfather on Pine Street, number 14.', 'pass'),
  src('K23 Dispatch ran', OBIT, 'The Columbus Dispatch ran her obituary on March 11, 1988, page 23.', 'pass'),
  src('K23 Globe reported', NEWS, 'The Boston Globe reported the fire on January 12, 1942, on the front page.', 'pass'),
  src('K23 Guardian covered', PALACE, 'The Guardian covered the closure on 3 May 1997, page 5.', 'pass'),
  src('K23 Sunday Post for a date', NEWS, 'The Sunday Post for 12 March 1961 carried a photo of the whole team.', 'pass'),
  src('K23 Times Index', QUOTE, 'The Times Index for 1912 lists three letters from him to the editor.', 'pass'),
  src('K23 gazetteer gives', NEWS, 'The Columbia Gazetteer of the World gives its population as 4,210 in 1990.', 'pass'),
  src('K23 obituary index shows', OBIT, 'Our obituary index shows a death notice for Ruth Keller, March 9, 1988.', 'pass'),
  src('K23 Evening Standard "per"', NEWS, 'Per the Evening Standard of 4 June 1953, the street party was held on Coronation Day.', 'pass'),
  src('K23 WSJ reported', NEWS, 'The Wall Street Journal reported the merger on October 3, 2001.', 'pass'),
  src("K23 bare Bartlett's says", QUOTE, "Bartlett's says it's Franklin, more or less, not Emerson.", 'pass'),
  src('K23 Herald dated', PALACE, 'The Millbrook Herald dated May 2, 1975 mentions the ribbon cutting at the new branch.', 'pass'),
  src('K23 lowercase tribune had', NEWS, 'the tribune had a short article on it, april 9 1968 pg 3', 'pass'),
  src('K23 Congressional Record notes', NEWS, 'The Congressional Record notes his remarks on the bill on May 5, 1964.', 'pass'),
  src('K23 directory listed', GRANDPA, 'The 1940 city directory listed him as a porter at Union Station.', 'pass'),
  src("K23 Crockford's records", GRANDPA, "Crockford's Clerical Directory records him as vicar of St Mary's from 1921 to 1934.", 'pass'),
  src('K23 Times-Picayune reported', NEWS, 'The Times-Picayune reported the flood on May 4, 1927.', 'pass'),
  src('K23 according to an index', OBIT, 'According to the Ohio Obituary Index, she died on March 9, 1988 in Dayton.', 'pass'),
  src('K23 phone book had', GRANDPA, "The 1975 phone book had your grandmother's number under Keller, R.", 'pass'),
  srcEs('K23 Spanish directorio muestra', 'busco donde vivia mi bisabuelo en 1920', 'El directorio de 1920 muestra a su bisabuelo en la calle Real, número 8.', 'pass'),
  srcEs('K23 Spanish según el periódico', 'cuando abrio la tienda la esperanza?', 'Según el periódico La Opinión del 5 de mayo de 1965, la tienda abrió en 1964.', 'pass'),
  srcEs('K23 Spanish publicó', 'cuando cerro el teatro palacio?', 'El Diario de Yucatán publicó la noticia del cierre el 3 de marzo de 1982.', 'pass'),
];

// ---- K23 against: the noun and the verb where no source is given ----
export const against: SessionCase[] = [
  src('K23 the Herald has nothing', NEWS, 'Sorry, the Herald has nothing on the fire in those weeks.', 'fail'),
  src('K23 directory has no listing', PALACE, 'I checked, and the 1982 city directory has no listing for the Palace.', 'fail'),
  src('K23 neither paper reported', OBIT, 'Neither the Times nor the Tribune reported a cause of death.', 'fail'),
  src('K23 Gazette never filmed', NEWS, 'Unfortunately the Gazette for those years has never been filmed, so no copy survives.', 'fail'),
  src('K23 asked "Does the Herald say"', PALACE, 'Does the Herald say when it closed?', 'fail'),
  src('K23 offer of the Evening Star', NEWS, "I can look at what the Evening Star reported that week if you'd like.", 'fail'),
  src('K23 plan for the Courier', PALACE, "Tomorrow I'll see what the Courier printed about it and let you know.", 'fail'),
  src("K23 the patron's clipping restated", PALACE, "So your aunt's clipping from the Herald says 1979, and your dad remembers 1983.", 'fail'),
  src('K23 "You mentioned the Gazette ran"', PALACE, 'You mentioned the Gazette ran a piece on it back then.', 'fail'),
  src('K23 "the times had changed"', PALACE, "By 1985 the times had changed and the theater couldn't compete with the mall multiplex.", 'fail'),
  src('K23 Sunday times had to change', HOURS, "Our Sunday times had to change in March: it's 1 to 4 now.", 'fail'),
  src('K23 control "the times have changed"', PALACE, 'Hours were cut in 2009, and the times have changed a lot since then.', 'fail'),
  src('K23 heat index has', HOURS, 'The heat index has been over 100 all week, so the branch closed at noon.', 'fail'),
  src('K23 control "the post office has"', 'where can i get a passport form', 'The post office has the passport forms too.', 'fail'),
  src('K23 control "the news said"', HOURS, "The news said the branch would reopen in May, but we don't have a date yet.", 'fail'),
  src('K23 staff directory has', 'is ms. ruiz still the childrens librarian at elm branch?', "Our staff directory has her as retired since June, so she's no longer here.", 'fail'),
  src('K23 journal has a paywall', 'can i get this article from the journal of rural health', "The journal has a paywall and we don't subscribe to it, sorry.", 'fail'),
  src('K23 Examiner behind a login', NEWS, "I tried, but the Examiner has its archive behind a login I can't get past.", 'fail'),
  src('K23 not sure the directory lists', GRANDPA, "I'm not sure the directory lists people who only rented rooms.", 'fail'),
  src("K23 don't know if the Observer printed", NEWS, "I don't know if the Observer printed a correction.", 'fail'),
  src('K23 someone at the Herald said', OBIT, 'Someone at the Herald said they only keep back issues to 2005.', 'fail'),
  src('K23 index has moved', PALACE, "Our local history index has moved to a new system and isn't searchable this week.", 'fail'),
  src('K23 Ledger never published', OBIT, 'The Ledger has never published an index for those years.', 'fail'),
  src('K23 Sentinel closed its office', 'where is the sentinel newspaper office now?', 'The Sentinel has closed its Main Street office.', 'fail'),
  src('K23 Times changed its paywall', 'can i read the times free with my card?', 'The Times has changed its paywall, so our free access ended last month.', 'fail'),
  src('K23 Chronicle new owner', NEWS, 'The Chronicle has a new owner, and nobody there knows where the old files went.', 'fail'),
  src("K23 the patron's own journal", 'i left my journal at the elm branch yesterday', "Your journal has been turned in, it's safe at Elm.", 'fail'),
  src('K23 control index finger', 'how do i unlock the laptop kiosk', 'Put your index finger on the pad of the laptop kiosk to unlock it.', 'fail'),
  src('K23 control "the register says"', 'did my fine get paid?', 'The register says you paid the fine on Tuesday.', 'fail'),
  srcEs('K23 Spanish control periódico no dice', 'cuando cerro el teatro palacio?', 'El periódico no dice nada de eso, lo siento.', 'fail'),
  srcEs('K23 Spanish control directorio no tiene', 'busco donde vivia mi bisabuelo en 1920', 'El directorio de 1920 no tiene a nadie con ese apellido.', 'fail'),
];

// ---- K23 in whole sessions: completeness after a source, offers, holds, the clarifying question ----
const thanks: Line[] = [[150, 'p', "ok thanks, that's all"], [160, 'l', 'Thanks for chatting, bye!']];
export const sessions: SessionCase[] = [
  {
    name: 'K23 session, the source between an offer and "Does that help?": "I can also pull the reel for you. The Tribune ran a story on the 9th, page 4. Does that help?" : passes',
    lines: [...OPEN(NEWS), L('I can also pull the reel for you. The Tribune ran a story on the 9th, page 4. Does that help?'), ...BYE],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'K23 session, no source between the offer and "Would that help?": "I can order the reel through interlibrary loan. The Courier had only a weekly edition then, so it\'s a single reel. Would that help?" : fails',
    lines: [...OPEN(NEWS), L("I can order the reel through interlibrary loan. The Courier had only a weekly edition then, so it's a single reel. Would that help?"), ...BYE],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'K23 session, "if you want" with the source: "The 1950 directory lists him at 12 Oak St if you want to check it yourself. Is that what you needed?" : passes',
    lines: [...OPEN(GRANDPA), L('The 1950 directory lists him at 12 Oak St if you want to check it yourself. Is that what you needed?'), ...BYE],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'K23 session, the question in the next message: "Polk\'s 1958 city directory lists the Palace at 110 Main St, the last year it appears." / "Does that answer your question?" : passes',
    lines: [...OPEN(PALACE), L("Polk's 1958 city directory lists the Palace at 110 Main St, the last year it appears."), L('Does that answer your question?', 80), ...BYE],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'K23 session, a partial find before a hold: "The 1955 directory lists him on Elm St, still checking the later ones." : passes',
    lines: [...OPEN(GRANDPA), L('The 1955 directory lists him on Elm St, still checking the later ones.'), L('The 1956 and 1957 ones have him there too. Did that help?', 130), ...thanks],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'K23 session, nothing found before a hold: "The Herald has nothing so far, still checking." / "Sorry, I couldn\'t find anything else." : fails',
    lines: [...OPEN(NEWS), L('The Herald has nothing so far, still checking.'), L("Sorry, I couldn't find anything else. Is there anything else I can help with?", 130), ...thanks],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'K23 session, a hold on the Herald then nothing: "ok, give me a minute to see what the Herald has for that week" / "Sorry, nothing turned up that week." : fails',
    lines: [...OPEN(NEWS), L('ok, give me a minute to see what the Herald has for that week'), L('Sorry, nothing turned up that week.', 130), ...thanks],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'K23 session, a notice about the index before the clarifying question: "Heads up, our local history index has moved to a new system this week." / "Do you mean the Palace Theater on Main, or the Palace Hotel?" : passes',
    lines: [
      [0, 'p', 'when did the palace close'],
      [20, 'l', "Hi, I'm Jo, a librarian at Millbrook Library. Heads up, our local history index has moved to a new system this week."],
      [30, 'l', 'Do you mean the Palace Theater on Main, or the Palace Hotel?'],
      [50, 'p', 'the theater'],
      [70, 'l', 'It closed in 1982: the Millbrook Evening Star of March 3, 1982 reported the last show. Did that answer it?'],
      [90, 'p', "yes that's all i needed"],
      [100, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'K23 session, a patron\'s report then the provider\'s echo and a question: "Right, so the Herald reported 1979." / "Is that the date you need checked?" : fails',
    lines: [...OPEN(PALACE), [60, 'p', 'my dad showed me a herald clipping that says 1979'], L('Right, so the Herald reported 1979. Is that the date you need checked?'), ...BYE],
    exp: some({ source: 'fail', complete: 'fail' }),
  },
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "v45's change" = v44 scored it as labelled; "older" = v44 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  "K23 chat-speak directory has": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 Dispatch ran": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 Sunday Post for a date": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 Times Index": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 obituary index shows": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 lowercase tribune had": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  "K23 session, the source between an offer and \"Does that help?\"": "v45 K23 narrowed in review: only a directory, quotation book, gazetteer or a paper's masthead word followed by a verb that reports from it (lists, credits, reports, says, shows, gives, records, notes, mentions, printed, states) and says something; \"has / had / ran\", \"index\", \"journal\" and \"times\" were dropped after this file's 21 false readings, so this wording is read as v44 read it",
  // (a) caused by v45's K23 (v44 scored them as labelled): SAYS_SO_K23 has no test of negation, question words before it,
  //     modality, the subject's sense or who the paper belongs to: noun + verb anywhere in a statement is a named resource
  "K23 session, a patron's report then the provider's echo and a question": 'K23: "Herald reported" read in "Right, so the Herald reported 1979." (the patron\'s clipping echoed)',
  // (b) older readings (v44 scored them the same)
  'K23 Evening Standard "per"': 'older, K23 not reached: "Evening Standard" is not a K23 masthead, and "Per the … of 4 June 1953, …" has no verb after it',
  'K23 non-native "is showing"': 'older, K23 not reached: "is showing" is no K23 verb (only "shows / showed"); "the directory of year 1962" otherwise fits (v46 L9 took "is showing" in its first cut and dropped it: it read "The directory is showing an error for me too.")',
  'K23 Guardian covered': 'older, K23 not reached: "Guardian" is not in K23 (v46 L9 added "covered" but dropped "Guardian" after its first cut read "the guardian covered the costs", a legal guardian)',
  "K23 bare Bartlett's says": 'older, K23 not reached: "Bartlett\'s" alone (no "Familiar Quotations") is no K23 noun',
  'K23 Congressional Record notes': 'older, K23 not reached: "Record" is not a K23 noun',
  'K23 Times-Picayune reported': 'older, K23 not reached: "Times-Picayune" puts "-picayune" between "times" and "reported"; D3 reads the masthead only before an item noun',
  'K23 according to an index': 'older, K23 not reached: "According to the Ohio Obituary Index, she died …": no verb after the noun',
  'K23 phone book had': 'older, K23 not reached: "phone book" is no K23 noun',
  'K23 Spanish directorio muestra': 'older, K23 not reached: K23 is English only ("directorio … muestra")',
  'K23 Spanish según el periódico': 'older, K23 not reached: K23 is English only ("según el periódico La Opinión del …")',
  'K23 Spanish publicó': 'older, K23 not reached: K23 is English only ("El Diario de Yucatán publicó")',
  'K23 Examiner behind a login': 'older: v44 already reads "its archive" as a resource though the provider "can\'t get past" the login; with "its files" for "its archive" v44 fails it and v45 passes it by K23 ("Examiner has")',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...meant, ...against, ...sessions];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-fourth round, block K23 (info.source: a reference work or paper named with what it says) checked', () => {
  describeSessions('K23 as meant', running(meant));
  describeSessions('K23 against', running(against));
  describeSessions('K23 whole sessions', running(sessions));
  describeLeft('K23', all.filter((c) => key(c) in LEFT_WHY));
});
