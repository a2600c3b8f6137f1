/**
 * Thirty-ninth round, block E22 (a second wave): v40's blocks G17 (accessibility and disability services) and G18
 * (unemployment, wages and workers' rights) CHECKED both ways, with cases no one had written, in other areas than theirs
 * (a family changed for one area reads every chat): taxes and W-2s, car insurance, driving licences, British rent tribunals,
 * zoning, SSI, health plans, building inspectors, genealogy, bus passes, essays and citations, reader's advisory (a series'
 * next book), author talks, divorce decrees, tenancy deposits, Miranda rights, credit reports, immigration and custody
 * lawyers, Maryland's housing, pension, wills and alcohol law, California's and Texas's codes; every check in two whole
 * sessions (a deaf patron's tax refund through the relay; a late final paycheck).
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, terse, warm and scripted English and in
 * Spanish:
 *  notPromise: outside parties who "should mail you your W-2", "the insurance adjuster will call you", "the MVA will mail you
 *   a new card", "the tribunal will write to you", "the Planning Commission will notify you", "social security will mail u a
 *   letter", "the insurer will send you the new card", "a county inspector may call you", "su empleador le enviará el
 *   formulario W-2", "the State Library ADA coordinator will call you back", "the county ADA coordinator will call you"; the
 *   library's own: "The library ADA coordinator will call you Tuesday", "The Sample County Library ADA office will email you
 *   … by Friday", "The branch accessibility coordinator / ADA office will …", "The library disability coordinator will ring
 *   you", "Our Accessibility Services office will call you", "the library's career center will email you", "My boss will
 *   call you", and the provider's own "we'll" / "I'll" in the same or the next sentence, Spanish "y yo le escribiré el viernes";
 *  stillThere: "Still typing? No rush.", "Hiya, are you still typing?", "Hey, still typing?", "Hey there, still typing?",
 *   "Okay, are you still typing?", "Hola, ¿sigue escribiendo?", "Still typing? Or did you get what you needed?"; not "Still
 *   typing up the list for you, one sec.", "Hey, still typing up your list, hang on.", "I'm still typing up the citations, is
 *   APA ok?", "Sorry, I'm still typing the rest of the list, is that ok?", "Still writing your essay?", "¿Sigue escribiendo su
 *   novela?"; the patron's own "sorry still typing";
 *  dismissalConvenience: "I can't wait any longer for your reply, so I'm closing this chat", "cant wait any longer, closing
 *   this now", "Can't wait any longer for your reply, closing the chat now", "We can't wait any longer and are ending this
 *   session", "I can't wait any longer. Closing this chat now.", "I can't wait any longer! Closing this chat.", "cant wait
 *   anymore, ending the chat, bye", "It's taking too long, so I'm ending the chat"; not: "Me too, I can't wait any longer!",
 *   "Honestly I can't wait anymore, that cliffhanger was brutal!", "Can't wait anymore! Book 5 is on order", "We can't wait any
 *   longer, the new Towson branch opens in May!", "I can't wait any longer, this one sounds amazing!", "I can't wait to read it
 *   either!", "The driver can't wait for you to finish checking out", "We can't wait any longer for the roof repair, so the
 *   branch is closed", "It's taking too long, so I'm going to close this session and log in again, one moment", "This is
 *   taking too long to load, so I'm checking the print copy instead", "I can't wait any longer, but email ask@… ";
 *  referralVerb: programs "the talk with Dr. Lee is at 7", "Thursday's talk with the local historian", "We have / book a talk
 *   with the author …", "We had a talk with the mayor"; verbs "Have a talk with your landlord first", "You should have a talk
 *   with your son's teacher", "Please have a talk with the branch manager at 410-…", "Set up / Schedule / request a talk with
 *   …", "Talk with the clerk at the circuit court"; not "The book club will set up a talk with the author";
 *  relay: "call the state relay at 711 and ask for the clinic at 410-…", "a relay operator at 711", "the library relay race",
 *   "call the pharmacy through 711";
 *  othersWaiting: "I have other patrons waiting, so I'm done here", "ive got other chats so im done with this one", "I've got
 *   other people to help, so I'm finished with this chat", "… so I'm done with you now"; not "so I'm done with step one for
 *   now; step two is …", "done with part one of your list", "done with the second half of your list; here it is", "done with
 *   this part; the rest is at …", "done with the first step, next is …", "so I'll be slow", "so I'm done for now, but come back";
 *  referralActor: "You have the right to ask your landlord …", "you're entitled to request them from the hospital's records
 *   office at …", "Tiene derecho a pedir un intérprete; llame al juzgado al …"; none: "You have the right to remain silent",
 *   "You're entitled to a free credit report … at annualcreditreport.com", "Su hijo tiene derecho a un intérprete";
 *  referralCanHelp: "CASA at 301-… can find you an immigration lawyer", "The Family Law Self-Help Center can find you a family
 *   lawyer"; not "I can find you a lawyer referral list; it is in our legal guide", "Our catalogue … can find you a legal thriller";
 *  citations: "Md. Code, Hous. & Cmty. Dev. § 4-1801", "State Pers. & Pens. § 29-101", "Est. & Trusts § 4-102", "cts & jud proc
 *   sec 5-101", "Alc. Bev. & Cann. § 1-101", "Housing and Community Development § 4-1801 / Article, § 4-1801", "Lab. & Empl. §
 *   3-505", "Tex. Bus. & Com. Code § 17.46", "Cal. Bus. & Prof. Code § 17200", "Cal. Health & Safety Code § 1596.7"; not "Q & A
 *   § 2-3 of your syllabus", "Terms & Conditions, section 3-2", "the Lab. & Empl. quiz covered sec. 3-2 of your notes", "the
 *   Hous. & Cmty. Dev. office is in room 4-12", "the Cal. Bus. & Prof. quiz covered § 2 of your notes".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - the library's ADA / accessibility / disability coordinator or office is the provider's own library ("someone from your
 *   library will contact you": a promise), with or without a possessive ("The library ADA coordinator", "The Sample County
 *   Library ADA office", "The branch accessibility coordinator"); the State Library's and the county's are outside parties;
 * - outside parties of any area (an employer, an insurer and its adjuster, the MVA, a tribunal, a planning commission, an
 *   inspector, Social Security, a tax agency) calling or mailing the patron are no promise of the provider's, as G15's, G17's
 *   and G18's readings;
 * - "Still typing?" after a greeting ("Hiya", "Hey there", "Okay") asks a quiet patron whether they are still there; "Still
 *   writing your essay?" asks about their work, not whether they are there;
 * - "I can't wait any longer" ends the help only when said of the chat (before a stop, "so / and", a closing word, or "for
 *   your reply"); said of a book or an event with "!" or a clause about it, it is excitement, no dismissal;
 * - "I have other chats, so I'm done with step one / this part; <the next part>" goes on helping: no dismissal;
 * - "have / set up / schedule / request a talk with <a person>" told to the patron tells them to contact that person (a
 *   referral); "we have / book a talk with the author" is a program;
 * - law cited with "&" by its code and section (Maryland's articles, California's and Texas's codes) is a named resource
 *   (G12's, E12's and G18's reading); a room number, a quiz or a syllabus's section is not.
 *
 * Written: 113 cases, all labelled before running: a first batch of 1 whole session and 71 short cases (72); with the fixes, 1
 * whole session and 20 near misses and fix cases (`guards`); a second batch of 20 short cases probing the fixes' own words.
 * Run: 108 (1 whole); LEFT: 5.
 * First run (72 cases): 18 disagreed. By check:
 *  - followup.contact / resolution.code 3: "The library ADA coordinator will call you Tuesday" and "The Sample County Library
 *    ADA office will email you the policy by Friday" read as no promise (G17's parties after a non-possessive "library");
 *    the whole session's "the Comptroller will mail you a letter" read as a promise (LEFT);
 *  - session.idle_checkin 1: "Hiya, are you still typing?" (G17 took only "hi / hello / ok" before it);
 *  - closing.no_dismissal 4: "cant wait any longer, closing this now" read as none (no subject); "Me too, I can't wait any
 *    longer!" and "Honestly I can't wait anymore, that cliffhanger was brutal!" read as dismissals (G17 took any "!" or ","
 *    after it); "I have a few other chats, so I'm done with step one for now; step two is …" read as a dismissal (G18);
 *  - referral.contact 5: "Set up a talk with a career coach at the Job Centre" read as no referral (fixed); "Have a talk with
 *    your landlord first; the tenant guide at …", "Talk with the clerk at the circuit court; the forms are at …", "You have the
 *    right to ask your landlord …; the guide at …" read as passing (the sentence's URL lent to the party: LEFT); "CASA at
 *    301-… can find you an immigration lawyer" read as none (LEFT);
 *  - info.source 5: "Md. Code, Hous. & Cmty. Dev. § 4-1801", "State Pers. & Pens. § 29-101", "cts & jud proc sec 5-101" (the
 *    normaliser reads "sec" as "second"), "Tex. Bus. & Com. Code § 17.46", "Cal. Bus. & Prof. Code § 17200" read as no source.
 * Second run (the fixes, `guards` and the second whole session, 21): my first "set up a talk with" fix (a lookbehind added to
 * G17's "talk with" in the contact verbs) was not read (the referral reading wants the verb's own opening word): taken back and
 * written as an alternative of its own; then all passed.
 * Third run (the second batch, 20): 2 disagreed: "Hey there, still typing?" (idle_checkin; fixed: "there" after the greeting)
 * and "It is the Housing and Community Development Article, § 4-1801" (source; fixed: "Article" before the section).
 * My labels corrected: 0.
 *
 * Fixed in block E22 (v40 only; G17's and G18's blocks untouched; near misses in `guards` and `secondBatch`, each checked to
 * fail with its part of the fix made wider, then restored, except where said):
 *  - notPromise (swap of G17's accessibility parties' alternative, `OWN_ACCESS_E22`): not an ADA / accessibility / disability
 *    coordinator or office right after a non-possessive "library / branch" [near miss: "the State Library ADA coordinator will
 *    call you back" (fails with the "state / regional / national" exception taken out); "the county ADA coordinator will call
 *    you"];
 *  - stillThere (swap of G17's `STILL_TYPING_G17`): the greeting before "(are you) still typing?" may be "hiya / hey / heya /
 *    okay / sorry", and "there" may follow it [near misses "Hey, still typing up your list, hang on." and "Sorry, I'm still
 *    typing the rest of the list, is that ok?": they stay no check-in also with any greeting (the question must follow
 *    "still typing" at once)];
 *  - dismissalConvenience (swap of G17's `CANT_WAIT_G17` by `CANT_WAIT_V2_E22`): "any longer / anymore" alone only before a
 *    stop, ";", "so / and", or "," / "!" and a closing word ("closing", "ending", "bye" …); "for you / your reply" as G17's;
 *    the subject may be left out at a sentence's start [near misses: "Me too, I can't wait any longer!", "Honestly I can't wait
 *    anymore, that cliffhanger …", "I can't wait any longer, this one sounds amazing!" (all three fail with "!" and "," taken
 *    back as ends); "Can't wait anymore! Book 5 is on order", "We can't wait any longer, the new Towson branch opens in May!"];
 *  - referralVerb (plus, `SET_UP_TALK_E22`): "set up / book / schedule / arrange / request a talk with" [near misses: "We book a
 *    talk with a local author every spring", "The book club will set up a talk with the author in May": both stay no referral
 *    by the older reading of who is told (no one addressed), with the alternative as written];
 *  - othersWaiting (swap of G18's `HAVE_OTHERS_G18`, `DONE_STEP_E22`): "done with (the / this …) (first …) step / part / stage
 *    / section / half / bit / page / item" is no end of the help [near miss "I have other patrons waiting, so I'm done with
 *    you now" stays a dismissal also with any "done with" excluded (an older reading of it); "I've got other people to help,
 *    so I'm finished with this chat"];
 *  - `citationAmpersandE22` (setting, info.source; classify.ts `citationAtE22`, `LAW_AMP_E22`): G18's Maryland articles with
 *    "&" plus Housing and Community Development, State Personnel and Pensions, Alcoholic Beverages and Cannabis, "Article"
 *    before the section, the section written "sec" (normalised "second"), and California's and Texas's "<x> & <y> Code §"
 *    [near misses: "the Cal. Bus. & Prof. quiz covered § 2 of your notes" (fails with "Code" made optional); "the Hous. & Cmty.
 *    Dev. office is in room 4-12" (stays no source also with the section word optional: the reading wants a sentence with a
 *    section word before a number)].
 *
 * Not changed: G17's relay readings (both ways scored as labelled); G18's actor and can-find readings (scored as labelled
 * where the party is known); the normaliser's "sec" → "second" (text.ts, every version; read around in E22's citation).
 * LEFT (5): "Have a talk with your landlord first; the tenant guide at …", "Talk with the clerk at the circuit court; the
 * forms are at …", "You have the right to ask your landlord for an itemized list …; the guide at …" (the older attribution of
 * a sentence's URL to each party in it, as G17's LEFT; each has an own-sentence case that runs); "CASA at 301-… can find you an
 * immigration lawyer" (an organisation known only by its name, G18's LEFT); the whole session of the deaf patron's refund ("the
 * Comptroller will mail you a letter": tax agencies are no party of any block's list; a new area's block, not a narrowing).
 * On v48 that whole session runs (4 LEFT): block N1 reads "the Comptroller will mail you a letter" as another body's writing,
 * no promise of the provider's (`forty-ninth-round-n-checked`).
 * Not done: a bare "Bus. & Prof. Code § 17200" without "Cal." (not tried: the State left out).
 *
 * Final run: this file, rubric.test.ts, every thirty-sixth-, thirty-seventh-, thirty-eighth- and thirty-ninth-round file, and
 * the files found by grep for the fixes' words ("still typing / writing", "sigue escribiendo", "wait any longer / anymore",
 * "can't wait", "other patrons / chats", "talk with", "ADA / accessibility / disability coordinator / office", "& Empl", "&
 * Jud", "Cmty", "Pers. &", "Prof. Code", "Com. Code", "sec <digit>"): 154 files with this one (`--project scoring`), 15728 tests, all passed; and phrases.test.ts (`--project phrases`),
 * 312 tests, passed.
 *
 * v40's fingerprint after block E22: 50b4dd2a3250b352.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, one, second, segunda } from './narrowing-lines';

/** A reading question answered, then "one more" and the provider's `last` message(s). */
const novel = (...last: string[]): Line[] =>
  second('when does the next book in the wings of fire series come out', 'The next one is out March 3; you can place a hold at catalog.samplelibrary.org. Does that help?', 'yes! one more, is there a waitlist already?', ...last);
/** A tax question answered, then a second question and the provider's `last` message(s). */
const taxes = (...last: string[]): Line[] =>
  second('where do i get the 1040 form', 'The IRS has it at irs.gov/forms, and the branch has paper copies. Does that help?', 'ok and what about the state form?', ...last);
/** The default opening, one provider message `text` (Spanish), thanks and a goodbye. */
const reply = (text: string, q = 'puedo renovar mi carnet por internet?'): Line[] => [...OPEN(q), L(text), [110, 'p', 'ok gracias'], [120, 'l', '¡Gracias por escribirnos, adiós!']];
/** An answer with a source at 70 s, then the provider's `rest` after the patron went quiet. */
const quiet = (q: string, answer: string, rest: Line[]): Line[] => [...OPEN(q), L(answer), ...rest];
/** A gone-quiet ending: `checkin` at 230 s, then the disconnect notice with a goodbye at 380 s. */
const gone = (q: string, answer: string, checkin: string): Line[] =>
  quiet(q, answer, [[230, 'l', checkin], [380, 'l', "It looks like you've left the chat, so I'm closing it now. Come back anytime!"]]);

// ---- notPromise: outside parties who will call or mail the patron (no promise), in other areas than G17's and G18's ----
// RUBRIC: a follow-up session is the provider's own promise ("I'll e-mail you", "someone from your library will contact
// you"); an outside party's call or letter is none. A promise with no e-mail/phone and time confirmed fails followup.contact,
// and the code (Answered) fails resolution.code.
export const outside: SessionCase[] = [
  { name: 'outside (taxes): "your employer should mail you your W-2 by January 31" : no follow-up', lines: one('i never got my w2, how do i file', 'Your employer should mail you your W-2 by January 31; if not, call the IRS at 800-829-1040. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (car crash): "the insurance adjuster will call you to set up an inspection" : no follow-up', lines: one('someone hit my parked car, what do i do', 'File the claim with your insurer online; the insurance adjuster will call you to set up an inspection. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (licence): "the MVA will mail you a new card in about two weeks" : no follow-up', lines: one('i lost my drivers licence, how do i replace it', 'Apply at mva.maryland.gov; the MVA will mail you a new card in about two weeks. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (rent, British): "the tribunal will write to you with a hearing date" : no follow-up', lines: one('my landlord put the rent up by £200, can I challenge it', 'Apply to the First-tier Tribunal at gov.uk/housing-tribunals; the tribunal will write to you with a hearing date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (zoning): "the Planning Commission will notify you before the hearing" : no follow-up', lines: one('my neighbour wants to build a huge garage, how do i object', 'Send your comments through the county site at samplecounty.gov/planning; the Planning Commission will notify you before the hearing. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (SSI, chat-speak): "social security will mail u a letter w/ the date" : no follow-up', lines: one('how do i apply for ssi 4 my son', 'apply at ssa.gov/ssi, social security will mail u a letter w/ the interview date. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (health plan, non-native): "the insurer will send you the new card, maybe two week" : no follow-up', lines: one('i change my health plan, when i get card', 'The insurer will send you the new card, maybe two week after you enroll at marylandhealthconnection.gov. It help you?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (building code): "a county inspector may call you to set up a visit" : no follow-up', lines: one('my apartment has no heat and the landlord ignores me', 'Report it at samplecounty.gov/311; a county inspector may call you to set up a visit. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside (Spanish, taxes): "su empleador le enviará el formulario W-2" : no follow-up', lines: reply('Su empleador le enviará el formulario W-2 antes del 31 de enero; si no, llame al IRS al 800-829-1040.', 'no me llego mi w2'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's own people (a promise)
  { name: 'own: "The library ADA coordinator will call you Tuesday" (no possessive) : a follow-up', lines: one('is the meeting room at central wheelchair accessible', 'Yes, by the side door. The library ADA coordinator will call you Tuesday to go over the ramp. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own: "Our Accessibility Services office will call you this week" : a follow-up', lines: one('can i get a large print copy of the book club book', 'Our Accessibility Services office will call you this week about a large print copy. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own: "the library\'s career center will email you the workshop dates" : a follow-up', lines: one('do you have resume workshops', "Yes; the library's career center will email you the workshop dates. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own: "The Sample County Library ADA office will email you by Friday" (non-possessive) : a follow-up', lines: one('can i bring my service dog to storytime', 'Yes, service animals are welcome. The Sample County Library ADA office will email you the policy by Friday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own beside outside: "Your employer will mail you the W-2, and we\'ll email you the tax guide tomorrow" : a follow-up', lines: one('when do i get my w2', "Your employer will mail you the W-2, and we'll email you our tax guide tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own in the next sentence: "The insurer will call you. I\'ll email you the claim checklist by Friday." : a follow-up', lines: one('someone hit my parked car', "Report it to your insurer. The insurer will call you. I'll email you the claim checklist by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own (Spanish): "el seguro social le enviará la carta, y yo le escribiré el viernes" : a follow-up', lines: reply('El Seguro Social le enviará la carta, y yo le escribiré el viernes con la lista de documentos.', 'como pido mi tarjeta de seguro social'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own: "My boss will call you tomorrow about the noise" : a follow-up', lines: one('i want to complain about the noise at the branch', 'I am sorry. My boss will call you tomorrow about the noise. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
];

// ---- stillThere: "still typing?" outside G17's area, and its near misses ----
// RUBRIC: session.idle_checkin passes when during the final idle the provider asked whether the patron is still there.
export const typing: SessionCase[] = [
  { name: 'check-in (genealogy): "Still typing? No rush." : idle passes', lines: gone('how do i find my great grandfathers ship record', 'Ancestry Library Edition at samplelibrary.org/ancestry has passenger lists. Does that help?', 'Still typing? No rush.'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'check-in (British): "Hiya, are you still typing?" : idle passes', lines: gone('how do I renew my bus pass', 'You can renew it at tfl.gov.uk/freedom-pass. Does that help?', 'Hiya, are you still typing?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'check-in (Spanish): "Hola, ¿sigue escribiendo?" : idle passes', lines: gone('tienen libros de cocina mexicana?', 'Sí, vea el catálogo en samplelibrary.org/catalogo. ¿Le sirve?', 'Hola, ¿sigue escribiendo?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'check-in: "Still typing? Or did you get what you needed?" : idle passes', lines: gone('where are the tax forms', 'They are at irs.gov/forms and at the branch desk. Does that help?', 'Still typing? Or did you get what you needed?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'near miss: "Still typing up the list for you, one sec." : idle fails', lines: gone('books like the hunger games?', 'Try Divergent and Legend; both are in the catalog at catalog.samplelibrary.org. Does that help?', 'Still typing up the list for you, one sec.'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss: "I\'m still typing up the citations, is APA ok?" : idle fails (asks the format)', lines: gone('can you help me cite sources for my essay', 'The Purdue OWL at owl.purdue.edu shows APA and MLA. Does that help?', "I'm still typing up the citations, is APA ok?"), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss: "Still writing your essay? Good luck!" : idle fails', lines: gone('can you help me cite sources for my essay', 'The Purdue OWL at owl.purdue.edu shows APA and MLA. Does that help?', 'Still writing your essay? Good luck with it!'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss (Spanish): "¿Sigue escribiendo la novela? ¡Suerte!" : idle fails', lines: gone('tienen libros para escritores?', 'Sí, vea el catálogo en samplelibrary.org/catalogo. ¿Le sirve?', '¿Sigue escribiendo su novela? ¡Mucha suerte!'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'the patron\'s own "sorry still typing" then they answer : no final idle', lines: [...OPEN('how do i find my great grandfathers ship record'), L('Ancestry Library Edition at samplelibrary.org/ancestry has passenger lists. Does that help?'), [100, 'p', 'sorry still typing... yes thats all i need'], [110, 'l', 'Great, bye!']], exp: some({ idle: 'na', anything: 'pass' }) },
];

// ---- dismissalConvenience: "can't wait any longer", "taking too long", and the near misses ----
// RUBRIC: closing.no_dismissal fails when the provider ends the help for their own convenience without offering a way back.
export const waiting: SessionCase[] = [
  { name: 'dismissal (taxes): "I can\'t wait any longer for your reply, so I\'m closing this chat" : fails', lines: taxes("I can't wait any longer for your reply, so I'm closing this chat."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal (chat-speak): "cant wait any longer, closing this now" : fails', lines: taxes('cant wait any longer, closing this now'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "It\'s taking too long, so I\'m ending the chat" : fails', lines: taxes("It's taking too long, so I'm ending the chat."), exp: some({ dismissal: 'fail' }) },
  { name: 'enthusiasm: "Me too, I can\'t wait any longer! Yes, 40 holds already" : passes', lines: novel("Me too, I can't wait any longer! Yes, there are 40 holds already; yours is number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'enthusiasm: "I honestly can\'t wait anymore, that cliffhanger! Holds: 40" : passes', lines: novel("Honestly I can't wait anymore, that cliffhanger was brutal! There are 40 holds so far. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'enthusiasm: "I can\'t wait to read it either" : passes', lines: novel("I can't wait to read it either! There are 40 holds so far. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "the bus can\'t wait any longer for you, so leave by 5" (advice) : passes', lines: second('what time does the last shuttle leave the library', 'The shuttle schedule is at samplecounty.gov/shuttle. Does that help?', 'can it wait for me if im late?', "The driver can't wait for you to finish checking out, so leave the desk by 4:50. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "It\'s taking too long, so I\'m going to close this session and log in again, one moment" (the database) : passes', lines: taxes("The state site is slow. It's taking too long, so I'm going to close this session and log in again, one moment.", 'Here it is: marylandtaxes.gov/forms has Form 502. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "This is taking too long to load, so I\'m checking the print copy instead" : passes', lines: taxes("This is taking too long to load, so I'm checking the print copy instead. Form 502 is at marylandtaxes.gov. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'with a way back: "I can\'t wait any longer, but email ask@… and we\'ll answer tomorrow" : passes', lines: taxes("I can't wait any longer, but email ask@samplelibrary.org and we'll answer tomorrow."), exp: some({ dismissal: 'pass' }) },
];

// ---- referralVerb: "the talk with" (a program) versus "have a talk with" (a verb) ----
// RUBRIC: a referral tells the patron to contact or visit a person or organisation; referral.contact passes when each comes
// with a way to reach them, fails otherwise, na without a referral.
export const talks: SessionCase[] = [
  { name: 'program: "The talk with Dr. Lee is at 7 in the auditorium" : no referral', lines: one('is there a lecture on climate this week', 'Yes: the talk with Dr. Lee is at 7 in the auditorium; details at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'program (British): "Book a place for Thursday\'s talk with the local historian at …" : no referral', lines: one('any local history events', "Book a place for Thursday's talk with the local historian at samplelibrary.org/events. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'verb: "Have a talk with your landlord first" (no contact) : referral fails', lines: one('my landlord wont return my deposit', 'Have a talk with your landlord first; the tenant guide at samplestate.gov/tenants explains the deadlines. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb: "have a talk with the branch manager at 410-555-0123" : referral passes', lines: one('the self checkout charged me twice', 'Please have a talk with the branch manager at 410-555-0123. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'verb: "Set up a talk with a career coach at the Job Centre" (no contact) : referral fails', lines: one('i dont know what job to look for', 'Set up a talk with a career coach at the Job Centre; our guide at samplelibrary.org/jobs lists careers. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb: "talk with the clerk at the courthouse" (no contact) : referral fails', lines: one('how do i get a copy of my divorce decree', 'Talk with the clerk at the circuit court; the forms are at mdcourts.gov/forms. Does that help?'), exp: some({ referral: 'fail' }) },
];

// ---- the relay service and 711 ----
export const relay: SessionCase[] = [
  { name: 'relay: "call the state relay at 711 and ask for the clinic at 410-555-0188" : referral passes', lines: one('im hard of hearing, how do i call my doctor', 'Call the state relay at 711 and ask for the clinic at 410-555-0188. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'relay: "A relay operator at 711 can place the call for you" : referral passes', lines: one('how can my deaf dad phone the pharmacy', 'Your dad can call a relay operator at 711, who can place the call to the pharmacy at 410-555-0144. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'relay near miss: "the relay race is on the 5th; sign up at …" : no referral', lines: one('is there a kids fun run', 'Yes, the library relay race is on the 5th; sign up at samplelibrary.org/run. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'relay near miss: "call the pharmacy through 711" : referral fails (the pharmacy has no number)', lines: one('how can my deaf dad phone the pharmacy', 'He can call the pharmacy through 711. Does that help?'), exp: some({ referral: 'fail' }) },
];

// ---- othersWaiting: "I have other patrons, so I'm done" and its near misses ----
export const others: SessionCase[] = [
  { name: 'done: "I have other patrons waiting, so I\'m done here. Bye" : no_dismissal fails', lines: taxes("I have other patrons waiting, so I'm done here. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'done (chat-speak): "ive got other chats so im done w this one" : no_dismissal fails', lines: taxes('ive got other chats so im done with this one'), exp: some({ dismissal: 'fail' }) },
  { name: 'not done: "I have a few other chats, so I\'m done with step one; step two is Form 502 at …" : passes', lines: taxes("I have a few other chats, so I'm done with step one for now; step two is Form 502 at marylandtaxes.gov. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'not done: "I have other patrons too, so I\'m done with part one of your list — part two in a sec" : passes', lines: taxes("I have other patrons too, so I'm done with part one of your list; part two in a sec.", 'Part two: Form 502 is at marylandtaxes.gov. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'slow: "I have other patrons, so I\'ll be slow" : passes', lines: taxes("I have other patrons, so I'll be slow, sorry.", 'Form 502 is at marylandtaxes.gov. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'way back: "I have other patrons, so I\'m done for now, but come back anytime" : passes', lines: taxes("I have other patrons, so I'm done for now, but come back anytime and we'll finish."), exp: some({ dismissal: 'pass' }) },
];

// ---- referralActor: "you have the right to / you're entitled to / tiene derecho a" ----
export const rights: SessionCase[] = [
  { name: 'actor (tenancy): "You have the right to ask your landlord for an itemised list" (no contact) : referral fails', lines: one('my landlord kept my deposit', 'You have the right to ask your landlord for an itemized list of deductions; the guide at samplestate.gov/tenants explains it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'actor (medical): "you\'re entitled to request your records from the hospital\'s records office at 410-…" : referral passes', lines: one('can i get my medical records', "Yes, you're entitled to request them from the hospital's medical records office at 410-555-0190. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'actor (Spanish): "Tiene derecho a pedir un intérprete al juzgado al 410-…" : referral passes', lines: reply('Tiene derecho a pedir un intérprete; llame al juzgado al 410-555-0177.', 'necesito un interprete para la corte'), exp: some({ referral: 'pass' }) },
  { name: 'no party: "You have the right to remain silent" : no referral', lines: one('what are miranda rights', 'They begin "You have the right to remain silent"; the full text is in Miranda v. Arizona, at oyez.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'no party: "you\'re entitled to a free credit report at annualcreditreport.com" : no referral', lines: one('how do i check my credit', "You're entitled to a free credit report every week at annualcreditreport.com. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'no party (Spanish): "Su hijo tiene derecho a un intérprete en la escuela" : no referral', lines: reply('Su hijo tiene derecho a un intérprete en la escuela; la guía está en samplestate.gov/ell.', 'mi hijo no habla ingles, que derechos tiene'), exp: some({ referral: 'na' }) },
];

// ---- referralCanHelp: "… can find you a lawyer" ----
export const lawyers: SessionCase[] = [
  { name: 'can find (immigration): "CASA at 301-431-4185 can find you an immigration lawyer" : referral passes', lines: one('i need help with my green card', 'CASA at 301-431-4185 can find you an immigration lawyer. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'can find (family): "the Family Law Self-Help Center can find you a family lawyer" (no contact) : referral fails', lines: one('i need a custody lawyer i cant afford', 'The Family Law Self-Help Center can find you a family lawyer. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "I can find you a lawyer referral list in our guide at …" (the provider) : no referral', lines: one('i need a lawyer for a car accident', 'I can find you a lawyer referral list; it is in our legal guide at samplelibrary.org/legal. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the catalogue can find you a legal thriller" : no referral', lines: one('books like john grisham', 'Our catalogue at catalog.samplelibrary.org can find you a legal thriller by subject. Does that help?'), exp: some({ referral: 'na' }) },
];

// ---- citationAmpersandG18: Maryland articles with "&", other States' codes with "&", and what merely looks like them ----
export const citations: SessionCase[] = [
  { name: 'MD (housing): "Md. Code, Hous. & Cmty. Dev. § 4-1801" : source passes', lines: one('what law covers maryland housing grants', 'The grant program is in Md. Code, Hous. & Cmty. Dev. § 4-1801. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (pensions): "State Pers. & Pens. § 29-101" : source passes', lines: one('where are the maryland state pension rules', 'The rules start at State Pers. & Pens. § 29-101. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (wills): "Est. & Trusts § 4-102" : source passes', lines: one('how many witnesses for a will in maryland', 'Two witnesses: see Est. & Trusts § 4-102. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (courts, chat-speak): "cts & jud proc sec 5-101" : source passes', lines: one('how long 2 sue in md', '3 yrs mostly, cts & jud proc sec 5-101. that help?'), exp: some({ source: 'pass' }) },
  { name: 'TX: "Tex. Bus. & Com. Code § 17.46" : source passes', lines: one('is it illegal for a texas car dealer to lie', 'Yes, false and misleading practices are listed in Tex. Bus. & Com. Code § 17.46. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'CA: "Cal. Bus. & Prof. Code § 17200" : source passes', lines: one('is there a california law on unfair business', 'Yes, the Unfair Competition Law, Cal. Bus. & Prof. Code § 17200. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "the Q & A § 2 of your syllabus" : source fails', lines: one('where did we cover contracts', 'Per what you pasted, the Q & A § 2-3 of your syllabus covers it. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Terms & Conditions, section 3-2 of the app you signed" : source fails', lines: one('can the gym app charge me to cancel', 'From what you pasted, Terms & Conditions, section 3-2 says a fee applies. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the Lab. & Empl. quiz, sec. 3-2 of your notes" : source fails', lines: one('what was on the employment law quiz', 'Per your notes the Lab. & Empl. quiz covered sec. 3-2 of your notes. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- a whole session: a deaf patron's tax question, a relay referral, an outside party's letter, an idle ending ----
export const whole: SessionCase[] = [
  {
    // A jobseeker (chat-speak) asks about a late final paycheck: the provider cites the Maryland law with "&", refers to the
    // wage office with its number, says the employer "should mail you" the check (no promise of the provider's), tells the
    // patron to "set up a talk with" the Job Centre's coach with its number, and asks "anything else?"; the patron is done.
    name: 'whole: a late final paycheck, "Lab. & Empl. § 3-505", the wage office at 410-767-2357, "your employer should mail you the check", "set up a talk with our Job Centre coach at 410-555-0150"',
    lines: [
      [0, 'p', 'hi my old job still hasnt paid my last check its been 3 weeks, is that legal in md??'],
      [30, 'l', "Hello, I'm Dana, a librarian with Ask Us Now. Sorry to hear that. Did you quit, or were you let go?"],
      [70, 'p', 'laid off'],
      [90, 'l', 'Thanks. Maryland says the final wages are due on the next regular payday: Md. Code, Lab. & Empl. § 3-505. Your employer should mail you the check if you are not on site.'],
      [100, 'l', 'If it does not come, file a wage claim with the Employment Standards Service at 410-767-2357. And if you want help with the job search, set up a talk with our Job Centre coach at 410-555-0150. Does that answer your question?'],
      [160, 'p', 'yes thx thats all i need'],
      [170, 'l', 'Good luck, take care, bye!'],
    ],
    exp: some({ pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass' }),
  },
  {
    // The provider refers to the Comptroller through the relay with the number (a referral with a contact), says the Comptroller
    // will mail a letter (no promise of the provider's), asks "Still typing?" when the patron goes quiet and closes with a
    // notice and a goodbye.
    name: 'whole: a deaf patron\'s refund, "Call Maryland Relay at 711 and ask for the Comptroller at 410-260-7980", "the Comptroller will mail you a letter", "Still typing?"',
    lines: [
      [0, 'p', 'im deaf, my state tax refund is late, who do i contact'],
      [25, 'l', 'Hi, this is Sam, a librarian at Sample County Library. Did you file on paper or online?'],
      [60, 'p', 'online in february'],
      [80, 'l', 'Thanks. Check it first at marylandtaxes.gov/refund. If it is not there, call Maryland Relay at 711 and ask for the Comptroller at 410-260-7980. If they need more, the Comptroller will mail you a letter. Does that help?'],
      [240, 'l', 'Still typing? Take your time.'],
      [400, 'l', "I haven't heard from you in a while, so I'll close this chat. Thanks for asking, come back anytime!"],
    ],
    exp: some({ pickup: 'pass', greeting: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', code: 'pass', contact: 'na', referral: 'pass' }),
  },
];

// ---- near misses and fix cases written with the fixes (labelled before running) ----
export const guards: SessionCase[] = [
  // notPromise: the library's own coordinator without a possessive (fix), and an outside State Library's (near miss)
  { name: '(fix) own: "The branch accessibility coordinator will email you the ramp plan by Friday" : a follow-up', lines: one('is there a ramp at the towson branch', 'There is a side ramp. The branch accessibility coordinator will email you the ramp plan by Friday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The State Library ADA coordinator will call you" (an outside agency) : no follow-up', lines: one('can the state help my library add captions', 'Ask the Maryland State Library at 410-767-0435; the State Library ADA coordinator will call you back about grants. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // stillThere: more greetings (fix), and a provider's own typing (near miss)
  { name: '(fix) check-in: "Hey, still typing?" : idle passes', lines: gone('how do I renew my bus pass', 'You can renew it at tfl.gov.uk/freedom-pass. Does that help?', 'Hey, still typing?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'near miss: "Sorry, I\'m still typing, is that ok?" (the provider) : idle fails', lines: gone('books like the hunger games?', 'Try Divergent and Legend; both are in the catalog at catalog.samplelibrary.org. Does that help?', "Sorry, I'm still typing the rest of the list, is that ok?"), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  // dismissalConvenience: "can't wait any longer" with a closing word or without a subject (fix), and excitement (near miss)
  { name: '(fix) dismissal: British "Can\'t wait any longer for your reply, closing the chat now" : fails', lines: taxes("Can't wait any longer for your reply, closing the chat now."), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) dismissal: "We can\'t wait any longer and are ending this session" : fails', lines: taxes("We can't wait any longer and are ending this session."), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "Can\'t wait anymore! Book 5 is on order; 40 holds" (subjectless excitement) : passes', lines: novel("Can't wait anymore! Book 5 is on order and has 40 holds. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We can\'t wait any longer, the new branch opens in May!" : passes', lines: novel("We can't wait any longer, the new Towson branch opens in May with a huge graphic novel section! Anything else?"), exp: some({ dismissal: 'pass' }) },
  // referralVerb: "set up a talk with" (fix), v8's "have a talk with" in its own sentence, "we have / book a talk with the author" (a program, near misses)
  { name: '(fix) verb: "Please set up a talk with the branch manager" (no contact) : referral fails', lines: one('the self checkout charged me twice', 'Please set up a talk with the branch manager. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "We book a talk with the author every spring; see …" : no referral', lines: one('any author events', 'We book a talk with a local author every spring; see samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'verb: "Have a talk with your landlord first. The guide is at …" (own sentence) : referral fails', lines: one('my landlord wont return my deposit', 'Have a talk with your landlord first. The tenant guide at samplestate.gov/tenants explains the deadlines. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb: "You should have a talk with your child\'s teacher at school" (no contact) : referral fails', lines: one('my son is being bullied at school', "You should have a talk with your son's teacher about it. Our parenting guide is at samplelibrary.org/parents. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "We have a talk with the author on Friday" (a program) : no referral', lines: one('any author events', 'We have a talk with the author of Educated on Friday; details at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We had a talk with the mayor last spring; the video is at …" : no referral', lines: one('did the library ever host the mayor', 'Yes, we had a talk with the mayor last spring; the video is at samplelibrary.org/video. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'verb: "Talk with the clerk at the circuit court. The forms are at …" (own sentence) : referral fails', lines: one('how do i get a copy of my divorce decree', 'Talk with the clerk at the circuit court. The forms are at mdcourts.gov/forms. Does that help?'), exp: some({ referral: 'fail' }) },
  // othersWaiting: done with a step (fix) and done with the patron (near miss of the fix)
  { name: '(fix) not done: "ive got other chats so im done with the first step, next is the form" : passes', lines: taxes('ive got other chats so im done with the first step, next is form 502 at marylandtaxes.gov. anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons waiting, so I\'m done with you now" : no_dismissal fails', lines: taxes("I have other patrons waiting, so I'm done with you now."), exp: some({ dismissal: 'fail' }) },
  // citations: "&" laws (fix) and look-alikes (near misses)
  { name: '(fix) MD: "Housing and Community Development Article, § 4-1801" in words : source passes', lines: one('what law covers maryland housing grants', 'It is in the Housing and Community Development § 4-1801 of the Maryland Code. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "the Hous. & Cmty. Dev. office, room 4-12" : source fails', lines: one('where do i ask about housing grants in the county building', 'From what you pasted, the Hous. & Cmty. Dev. office is in room 4-12. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Cal. Bus. & Prof. quiz, § 2 of your notes" : source fails', lines: one('what was on my business law quiz', 'Per your notes the Cal. Bus. & Prof. quiz covered § 2 of your notes. Does that help?'), exp: some({ source: 'fail' }) },
];
// ---- second batch: the fixes' own words, paraphrased both ways (labelled before running) ----
export const secondBatch: SessionCase[] = [
  { name: 'own: "The branch ADA office will mail you a large print copy by Monday" : a follow-up', lines: one('can i get the book club pick in large print', 'The branch ADA office will mail you a large print copy by Monday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'own: "The library disability coordinator will ring you tomorrow" (British) : a follow-up', lines: one('can my mum get books brought to her house', 'Yes, through Home Library Service. The library disability coordinator will ring you tomorrow to set it up. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'outside: "the county ADA coordinator will call you" (the county\'s, not the library\'s) : no follow-up', lines: one('the county office has no ramp, who do i tell', 'File it at samplecounty.gov/ada; the county ADA coordinator will call you about it. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'check-in: "Okay, are you still typing?" : idle passes', lines: gone('where are the tax forms', 'They are at irs.gov/forms and at the branch desk. Does that help?', 'Okay, are you still typing?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'check-in: "Hey there, still typing?" : idle passes', lines: gone('where are the tax forms', 'They are at irs.gov/forms and at the branch desk. Does that help?', 'Hey there, still typing?'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'near miss: "Hey, still typing up your list, hang on." (no question) : idle fails', lines: gone('books like the hunger games?', 'Try Divergent and Legend; both are in the catalog at catalog.samplelibrary.org. Does that help?', 'Hey, still typing up your list, hang on.'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'dismissal: "I can\'t wait any longer. Closing this chat now." : fails', lines: taxes("I can't wait any longer. Closing this chat now."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "I can\'t wait any longer! Closing this chat." : fails', lines: taxes("I can't wait any longer! Closing this chat."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: chat-speak "cant wait anymore, ending the chat, bye" : fails', lines: taxes('cant wait anymore, ending the chat, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'excitement: "I can\'t wait any longer, this one sounds amazing!" : passes', lines: novel("I can't wait any longer, this one sounds amazing! Your hold is number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We can\'t wait any longer for the roof repair, so the branch is closed until May" : passes', lines: novel("We can't wait any longer for the roof repair, so the Towson branch is closed until May; pick up holds at Central. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'not done: "I have other patrons, so I\'m done with the second half of your list; here it is" : passes', lines: taxes("I have other patrons, so I'm done with the second half of your list; here it is: Form 502 at marylandtaxes.gov. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'not done: "I\'ve got more chats, so I\'m done with this part; the rest is at …" : passes', lines: taxes("I've got more chats, so I'm done with this part; the rest is at marylandtaxes.gov/forms. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'done: "I\'ve got other people to help, so I\'m finished with this chat" : fails', lines: taxes("I've got other people to help, so I'm finished with this chat."), exp: some({ dismissal: 'fail' }) },
  { name: 'set up: "Schedule a talk with a financial aid counselor at finaid@sample.edu" : referral passes', lines: one('how do i pay for community college', 'Schedule a talk with a financial aid counselor at finaid@samplecc.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'set up: "You could request a talk with the ADA coordinator" (no contact) : referral fails', lines: one('the library website doesnt work with my screen reader', 'You could request a talk with the ADA coordinator about it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "The book club will set up a talk with the author in May; details at …" : no referral', lines: one('any author visits coming', 'The book club will set up a talk with the author in May; details at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'MD: "Alc. Bev. & Cann. § 1-101" : source passes', lines: one('where are the maryland alcohol laws', 'They start at Alc. Bev. & Cann. § 1-101 of the Maryland Code. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'CA: "Cal. Health & Safety Code § 1596.7" : source passes', lines: one('what law covers daycares in california', 'Child day care is in Cal. Health & Safety Code § 1596.7 and after. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD: "Housing and Community Development Article, § 4-1801" : source passes', lines: one('what law covers maryland housing grants', 'It is the Housing and Community Development Article, § 4-1801. Does that help?'), exp: some({ source: 'pass' }) },
];

const LEFT_WHY: Record<string, string> = {
  'verb: "Have a talk with your landlord first" (no contact) : referral fails':
    'read as passing: the sentence\'s URL (the tenant guide after ";") is lent to the landlord, the older attribution of a sentence\'s contact to each party in it (G17\'s LEFT "Call Maryland Relay at 711 to place the call to the branch" is the same); the verb itself is read (its own-sentence case passes)',
  'verb: "talk with the clerk at the courthouse" (no contact) : referral fails':
    'read as passing: the forms\' URL after ";" is lent to the clerk (the older attribution of a sentence\'s contact to each party in it); the own-sentence case passes',
  'actor (tenancy): "You have the right to ask your landlord for an itemised list" (no contact) : referral fails':
    'read as passing: G18\'s actor is read, but the guide\'s URL in the same sentence is lent to the landlord (the older attribution of a sentence\'s contact to each party in it)',
  'can find (immigration): "CASA at 301-431-4185 can find you an immigration lawyer" : referral passes':
    'read as no referral: CASA is an organisation known only by its name (G18\'s LEFT "puede ir a CASA …"); G18\'s can-find reading needs a party the scorer knows',
};
const all = [...outside, ...typing, ...waiting, ...talks, ...relay, ...others, ...rights, ...lawyers, ...citations, ...whole, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('thirty-ninth round (E22): v40 G17 and G18 checked', () => {
  describeSessions('notPromise outside', running(outside));
  describeSessions('still typing', running(typing));
  describeSessions('cannot wait', running(waiting));
  describeSessions('talk with', running(talks));
  describeSessions('relay', running(relay));
  describeSessions('other patrons', running(others));
  describeSessions('rights', running(rights));
  describeSessions('lawyers', running(lawyers));
  describeSessions('citations', running(citations));
  describeSessions('whole', running(whole));
  if (running(guards).length > 0) describeSessions('guards', running(guards));
  if (running(secondBatch).length > 0) describeSessions('second batch', running(secondBatch));
  describeLeft('E22', all.filter((c) => c.name in LEFT_WHY));
});
