/**
 * Thirty-eighth round (E15), a second narrowing wave: v39's own blocks E12 (other States' code citations as sources,
 * `STATE_CODE_CITE_E12`, the read across sentences `citationAcrossE12`, PACER and the Online Case Information System, the
 * library's own clinics as the provider's promise, "well" as an adverb) and E13 (other professionals after "without talking
 * to" / "see", "never" as advice, other services' providers, "háblele al 988", insurers and outside clinics as callers, the
 * library's own navigator as a promise, "closing anyway"): both ways, with cases no earlier file wrote.
 *
 * PARAPHRASE SWEEP (shapes tried, outside law and health where they could be): citations E12 does not list ("Mass. Gen.
 * Laws ch. 186 § 15", "RCW 59.18.060", "ORS 90.320", "42 Pa.C.S. § 5524", "765 ILCS 705/1", Spanish "el Código Civil de
 * California, sección 1942"), the same across two sentences; code-looking text that cites nothing ("Va. Beach zip code
 * 23451", "Cal. Poly's dress code", "the Texas area code 512"); PACER of federal records and of the fitness test in other
 * words; "we'll" in chat-speak ("well get back to u tmrw") and "well" as an adverb ("it went well"); the library's own
 * tech, tax and job clinics promising contact; "without talking to your accountant / financial adviser / a tax pro",
 * "see a doctor's note", "you'll see a lawyer in the film", "see a career counselor"; "háblele al 988" and 988 as a sum;
 * Aetna, Cigna, an urgent care calling; "our nurse navigator will call you"; "closing anyway" and its near misses.
 *
 * READINGS TAKEN where RUBRIC.md leaves room: a statute or code cited by section is "a named document" the patron can read
 * (E12's reading); a building or county code cited by section is the same; a zip, area or dress code is not; an outside
 * insurer's or clinic's call is no promise of the provider (E13's reading); the library's own clinic or navigator is.
 *
 * COUNTS. Written: 46 cases (35 in the first batch, short, one provider message each; 11 near misses and paraphrases of the
 * fixes in `guards`; no whole session: not done for lack of time). Run 1 (first batch): 28 agree, 7 disagree: info.source 5
 * (four real citations skipped: "Mass. Gen. Laws ch. N §", "N Pa.C.S. §", Spanish "Código Civil de <State>", a building
 * code by its full title; one near miss read: "The PACER counts laps; … records …"), followup.contact 1 (an outside job
 * centre's "their staff will call you" read as a promise), closing.no_dismissal 1 ("we're locking up in a few anyway"
 * skipped). Run 2 (with the fixes and guards): 1 disagreement, info.source of "ch. 3 § 2 of the textbook", whose label was
 * wrong (the textbook named is a document the patron can read): labels corrected: 1. Run 3 (fix 3 and its cases): no disagreement. LEFT: 3.
 *
 * FIXES (block E15 only):
 *  1. namedResource + setting `citationAcrossE15` (classify.ts `citationAtE15`, the same read across sentences as E12's
 *     `citationAtE12`, since "Pa." and "Gen." end sentences): `STATE_LAWS_CITE_E15`, Pennsylvania's Consolidated Statutes by
 *     title ("42 Pa.C.S. § 5524", "68 Pa. C.S. § 250.512") and the Massachusetts General Laws by chapter ("Mass. Gen. Laws
 *     ch. 186 § 15B", "Massachusetts General Laws chapter 186, section 14"). Near misses: "ch. 186 § 15" with no State's laws,
 *     "the Pa. C.S. Lewis Society", "chapter 2, section 3 of your physics notes" (source fails).
 *  2. knownResource, a swap of E12's PACER alternative: not where its sentence has fitness-test words (`FITNESS_E15`: laps,
 *     gym, PE class, shuttle, beep, fitness, coach) before or after it. Near misses: "The PACER counts laps; your records are
 *     on the coach's sheet", "His PACER result from gym is in the school records portal" (both read before the fix); still
 *     read: "Search PACER for the bankruptcy filings".
 *  3. dismissalConvenience, a swap of E13's "we're closing anyway": "(we're) locking up / about to lock up", "we lock up" as
 *     closing verbs ("Sorry, we're locking up in a few anyway. Bye!", "we lock up in 5 anyways lol bye"). Near misses:
 *     "We're locking up the rare books anyway after 5, so ask at the desk", "the Elm branch is locking up early anyway"
 *     (no_dismissal passes).
 *  Widening checks: the PACER guards fail without fix 2 (run 1); with fix 1's Massachusetts form widened to any "ch. N §"
 *  the "ch. 186 § 15" and "physics notes" guards fail (tried, restored); the Pa. and "locking up" guards were not tried wide.
 *
 * NOT CHANGED: E12's and E13's blocks (their files pass unchanged); E13's families read every E13 case written here as
 * labelled ("without talking to a financial adviser", "see a career counselor", "you'll see a lawyer in the film", "see a
 * doctor's note template", "never talked to a lawyer", "háblele al 988", "988 dollars", Cigna, urgent care, imaging centre,
 * "our nurse navigator", "the library's benefits counselor", "Anyway, here is the link", another branch closing, closing
 * with a way back); E12's "well" (adverb and chat-speak "well get back to u") and the library's tax clinic as a promise.
 *
 * LEFT (3): Spanish "Código Civil de California, sección 1942" (E12's Spanish form wants "código de <State>"); a building code
 * by its full title ("Virginia Uniform Statewide Building Code, section 102.3": CODE_WORD_E12 lacks "uniform/statewide/
 * building"); "Register with the American Job Center …; their staff will call you" read as the provider's promise (outside
 * E12/E13's parties). Not done: whole sessions, fixes for these.
 *
 * FINAL RUN: this file, rubric.test.ts, thirty-sixth-round-*, thirty-seventh-round-*, thirty-eighth-round-* and, for the
 * fixes' words ("PACER", "Gen. Laws", "locking up", "anyway"): thirty-third-round-records, twenty-fourth-round-identifiers,
 * thirty-fifth-round-getting-places, eleventh-round-difficult, twenty-first-round-endings-checked, twenty-ninth-round-pressure (23 files, all pass).
 *
 * v39's fingerprint after block E15: a46db0255e83221a.
 */
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

export const short: SessionCase[] = [
  // ---- E12: citations E12 does not list (behaviour: a named document, a source) ----
  { name: 'cite behaviour: "RCW 59.18.060" (Washington landlord duties) : source passes', lines: one('what does my landlord in seattle have to fix', 'The landlord\'s duties are listed in RCW 59.18.060. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite behaviour: "ORS 90.320" (Oregon habitability) : source passes', lines: one('is no heat legal in oregon rental', 'No: ORS 90.320 requires working heat in a rental. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite behaviour: "765 ILCS 705/1" (Illinois) : source passes', lines: one('can my chicago landlord make me pay for all repairs', 'Illinois voids lease clauses like that: 765 ILCS 705/1. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite behaviour: across sentences, "See Fla. Stat. § 83.51. It covers repairs." (chat-speak) : source passes', lines: one('wat r landlord duties in fl', 'ok so its Fla. Stat. § 83.51. it covers repairs n pests. that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite behaviour: "Mass. Gen. Laws ch. 186 § 15B" (security deposits) : source passes', lines: one('how much can a landlord in massachusetts charge for a deposit', 'Massachusetts caps it at one month\'s rent: Mass. Gen. Laws ch. 186 § 15B. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite behaviour: "42 Pa.C.S. § 5524" (Pennsylvania limitations) : source passes', lines: one('how long do i have to sue after a car accident in pa', 'Two years, under 42 Pa.C.S. § 5524. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'pacer near miss: "the PACER beep test in PE, the records are on the coach\'s sheet" : source fails', lines: one('how is the beep run scored', 'The PACER counts laps; your records are on the coach\'s sheet. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- E12: code-looking text that cites nothing (near misses: source fails) ----
  { name: 'cite near miss: "Va. Beach zip code 23451" : source fails', lines: one('what zip is the oceanfront in', 'The Va. Beach oceanfront is zip code 23451. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'cite near miss: "Cal. Poly\'s dress code, section 2 of the flyer" : source fails', lines: one('what do i wear to the cal poly mixer', 'Cal. Poly\'s dress code is in section 2 of your invite: business casual. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'cite near miss: "the Texas area code 512 is Austin" : source fails', lines: one('what area code is austin', 'The Texas area code 512 covers Austin. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'cite near miss: "Tex. code 4-2 on the locker" (a combination) : source fails', lines: one('i forgot my locker code', 'The code on your locker slip reads Tex. code 4-2-9, ask at the desk if it doesn\'t open. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- E12: PACER and the Online Case Information System ----
  { name: 'pacer behaviour: "search PACER for the docket" (British register) : source passes', lines: one('where would I find the docket for a federal lawsuit', 'You would search PACER for the docket; it charges 10p... sorry, 10 cents a page. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'ocis near miss: "the Online Case Information System doesn\'t have it" : source fails', lines: one('can u find my uncles 1985 case in virginia', 'Sorry, the Online Case Information System doesn\'t have cases that old. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- E12: the library's own clinics as the provider's promise ----
  { name: 'promise behaviour: "the library\'s tax clinic will call you Monday" : contact fails, code fails', lines: one('can someone help me with my taxes', "The library's tax clinic will call you Monday to book a slot. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise behaviour: chat-speak, "well get back to u tmrw" (we\'ll) : contact fails, code fails', lines: one('can u find the old photo of main st', 'still looking, well get back to u tmrw w/ what we find. anything else?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise near miss: "the workshop went well, the recording is at samplelibrary.org/videos" (adverb) : contact na', lines: one('did the resume workshop happen', 'Yes, it went really well; the recording is at samplelibrary.org/videos. Does that help?'), exp: some({ contact: 'na', code: 'pass', source: 'pass' }) },

  // ---- E13: other professionals after "without talking to" / "see" ----
  { name: 'referral behaviour: "don\'t sell the stock without talking to a financial adviser" (no contact) : referral fails', lines: one('should i sell my inherited shares', "I can't advise on that; don't sell without talking to a financial adviser first. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'referral behaviour: "see a career counselor at the One-Stop, 410-555-0123" : referral passes', lines: one('what job fits me', 'You could see a career counselor at the Sample County One-Stop, 410-555-0123. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referral near miss: "you\'ll see a lawyer in the film" : referral na', lines: one('is 12 angry men any good', "It's a classic; you'll see a lawyer in the film only at the start. We have the DVD at samplelibrary.org. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referral near miss: "you\'ll see a doctor\'s note template on the form" : referral na', lines: one('my kid missed school what do i need', "The school's absence form at sampleschools.org/absence has a space where you'll see a doctor's note template. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referral near miss: "never" as history: "he never talked to a lawyer" (biography) : referral na', lines: one('did van gogh have a will', 'He never talked to a lawyer about one, as far as the biography at samplelibrary.org says. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- E13: 988 ----
  { name: '988 behaviour: "háblele al 988 cuando quiera" : referral passes', lines: one('mi hijo está muy triste y no sé qué hacer', 'Háblele al 988 a cualquier hora, es gratis y confidencial. ¿Le puedo ayudar en algo más?'), exp: some({ referral: 'pass' }) },
  { name: '988 near miss: "the flight is $988 round trip" (a price) : referral na', lines: one('how much is it to fly to lima', 'Fares I found start at 988 dollars round trip on kayak.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- E13: insurers, urgent care, imaging as outside callers; the library's own navigator ----
  { name: 'caller near miss: "Cigna will mail you a new card" : contact na', lines: one('i lost my insurance card', 'Call Cigna at 1-800-997-1654; Cigna will mail you a new card. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'caller near miss: "the urgent care will text you when it\'s your turn" : contact na', lines: one('is the urgent care on main busy', 'Check in at samplehealth.org/urgent; the urgent care will text you when it is your turn. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'caller near miss: "the imaging centre will ring you" (British) : contact na', lines: one('when will I get my MRI appointment', 'Ring the imaging centre on 410-555-0175; the imaging centre will ring you with a date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise behaviour: "our nurse navigator will call you tomorrow" : contact fails, code fails', lines: one('can someone explain my medicare options', 'Our nurse navigator will call you tomorrow to go over them. Anything else?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise behaviour: "the library\'s benefits counselor will email you" : contact fails, code fails', lines: one('i need help with my snap renewal', "The library's benefits counselor will email you by Friday. Anything else?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- E13: "closing anyway" and its near misses ----
  { name: 'dismissal near miss: "Anyway, here is the link: samplelibrary.org/tax" (ordinary talk) : no_dismissal passes', lines: one('where are the tax forms', 'We ran out of paper copies. Anyway, here is the link: samplelibrary.org/tax. Does that help?'), exp: some({ dismissal: 'pass', source: 'pass' }) },
  { name: 'dismissal near miss: "the Oak branch is closing for good anyway" (another library) : no_dismissal passes', lines: one('can i return books at oak branch', 'Please use Main instead; the Oak branch is closing for good anyway next month. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "we\'re closing anyway, but chat us tomorrow at 9 at samplelibrary.org/ask" (a way back) : no_dismissal passes', lines: one('can u keep looking', "We're closing anyway, but chat us again tomorrow at 9 at samplelibrary.org/ask and we'll pick it up. Anything else?"), exp: some({ dismissal: 'pass' }) },
];

/** Near misses of E15's fixes (each checked to fail when the fix is made too wide), and more of what they must read. */
export const guards: SessionCase[] = [
  // label corrected after run 2: "of the textbook" names the patron's own book, a document the patron can read (older families
  // read it so, not E15's): source passes; the guard of E15's fix proper is the next case, with no book named
  { name: 'E15 guard: "ch. 3 § 2 of the textbook" (no State\'s laws; the textbook itself is named) : source passes', lines: one('where is the part on contracts in my book', "It's usually ch. 3 § 2 of the textbook, check the contents page. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'E15 guard: "usually ch. 186 § 15, check the contents" (no State\'s laws, nothing named) : source fails', lines: one('where is the part on leases in my notes', "It's usually ch. 186 § 15, check the contents. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'E15 guard: "the Pa. C.S. Lewis Society meets in section 4" (a society) : source fails', lines: one('is there a cs lewis club near me', 'The Pa. C.S. Lewis Society meets Tuesdays; I have no contact for it. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'E15 guard: "the mass general laws of physics, chapter 2 section 3" (no State) : source fails', lines: one('whats newtons second law', 'It is chapter 2, section 3 of your physics notes: force is mass times acceleration. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'E15 guard: "search PACER for the bankruptcy filings, it isn\'t a gym thing" — PACER with court words and no fitness words : source passes', lines: one('where are federal bankruptcy filings', 'Search PACER for the bankruptcy filings; it charges per page. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'E15 guard: "the PACER scores from gym are in your kid\'s records" : source fails', lines: one('where do i see my sons pacer result', 'His PACER result from gym is in the school records portal, ask the teacher. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'E15 behaviour: "Massachusetts General Laws chapter 186, section 14" in words : source passes', lines: one('my landlord in boston shut off my heat', 'That is against Massachusetts General Laws chapter 186, section 14. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'E15 behaviour: "68 Pa. C.S. § 250.512" (chat-speak register) : source passes', lines: one('pa landlord wont give deposit back', 'thats covered by 68 Pa. C.S. § 250.512, they have 30 days. that help?'), exp: some({ source: 'pass' }) },
  { name: 'dismissal behaviour: "we\'re locking up in a few anyway, bye" : no_dismissal fails', lines: one('can u look up one more thing', "Sorry, we're locking up in a few anyway. Bye!"), exp: some({ dismissal: 'fail' }) },
  { name: 'E15 behaviour: "we lock up in 5 anyways lol bye" (chat-speak) : no_dismissal fails', lines: one('can u check one more book', 'we lock up in 5 anyways lol bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'E15 guard: "we\'re locking up the rare books anyway, ask at the desk" (no closing) : no_dismissal passes', lines: one('can i see the old maps', "We're locking up the rare books anyway after 5, so ask at the desk before then; the map list is at samplelibrary.org/maps. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'E15 guard: "the Elm branch is locking up early anyway for the storm" (another branch) : no_dismissal passes', lines: one('is elm branch open tonight', 'No, the Elm branch is locking up early anyway for the storm; Main is open till 9. Anything else?'), exp: some({ dismissal: 'pass' }) },
];

/** Cases still misread after run 1, each with its reason. */
export const LEFT: SessionCase[] = [
  // LEFT: Spanish "el Código Civil de California, sección 1942": E12's Spanish form wants "código de <State>" right after "código"; a code word between ("Código Civil de …") is skipped; not done in time
  { name: 'cite behaviour: Spanish, "el Código Civil de California, sección 1942" : source passes', lines: one('puedo arreglar algo y descontarlo de la renta en california', 'Sí, lo permite el Código Civil de California, sección 1942. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // LEFT: "the Virginia Uniform Statewide Building Code, section 102.3": "uniform", "statewide", "building" are no CODE_WORD_E12 (and three are allowed at most); a building code cited by section is a named document the patron can read, but widening CODE_WORD_E12 needs near misses (dress, zip, area codes pass today), not done in time
  { name: 'cite behaviour: a building code by section, "Va. Uniform Statewide Building Code § 1301" (outside law chats) : source passes', lines: one('do i need a permit for a shed in virginia', 'Sheds under 256 square feet are exempt under the Virginia Uniform Statewide Building Code, section 102.3. Does that help?'), exp: some({ source: 'pass' }) },
  // LEFT: "Register with the American Job Center at …; their staff will call you": "their staff will call you" is read as the provider's promise (contact fails, code fails); "their" here is the outside centre's; E12's notPromise alternative lists legal-help parties only, and a job centre's people are outside E12/E13's families, not done in time
  { name: 'promise near miss: "the job center\'s staff will call you" (an outside service) : contact na', lines: one('i need help finding work', 'Register with the American Job Center at 410-555-0199; their staff will call you. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
];

describeSessions('thirty-eighth round (E15): E12 and E13 checked', short);
describeSessions('thirty-eighth round (E15): near misses of the fixes', guards);
describeLeft('thirty-eighth-round-e15-checked', LEFT);
