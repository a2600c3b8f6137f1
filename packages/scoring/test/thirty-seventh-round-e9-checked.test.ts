/**
 * Thirty-seventh round (E9), a narrowing wave: v37's block E8 (`cardSubjectE8`, E8's 311 clause rule in `phone`,
 * `bareTailE8`, `yesLeadE8`, `mapEventE8`, its `stillThere` "what happened" exception, the HOA documents in `referralParty`,
 * own-library pick-ups in `referralCanHelp`) and block G11 (neighbourhood problems: `referralParty` HOA / associations /
 * Public Works / DPW / 311; `referralCanHelp` pick-ups, "can inspect it", "can send a crew out"; `notPromise` of inspectors,
 * crews and 311; `phone` "ring / call … on / at 311"): both ways, what they read that is not their behaviour, and what they
 * skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish, mostly outside neighbourhood
 * problems:
 *  a card, an account or a document ending a subject that is a party's: joined by "or / and" ("Your union rep or the employee
 *   handbook can tell you …", "A consumer lawyer or the Fair Debt Collection Practices Act can help you …", "Your HOA board
 *   or the Homeowners Association Act …", "Your caseworker or your online benefits account …", "Your doctor or your MyChart
 *   account …", "The zoning board or the county code …"), by a relative clause or "for" ("The bank that issued your card can
 *   help you dispute the charge", "The Social Security office that manages your account …", "The credit union that holds
 *   your account …", "The office who handles your account …", "Customer service for your card …"), and the card or document
 *   alone or beside another document ("Your card and PIN can help you log in", "Log in, and your account can tell you …",
 *   "Your employee handbook and the state's sick leave law …", "The Social Security Handbook and your my Social Security
 *   account …", "The IRS taxpayer handbook or your online tax account …", "The app that came with your card …", "Your
 *   library card and the front desk at any branch …");
 *  documents that are also bodies: "The County Code / Montgomery County Code can tell you" (a law) beside "Code Enforcement
 *   can tell you; call them at …", "The city's zoning ordinance" beside "The county's Zoning Office", "The union contract";
 *  311 as a room, a building or an address after "call … at" ("Call the tutoring office at 311 Hale Hall", "… at 311 in the
 *   Student Union", "… at 311 Smith Building", "… at 311 Towers Hall", "Call in at the clinic at 311 West 43rd Street / 311
 *   N 5th St"), in Spanish ("Llame al 311 y pida …", "la oficina 311 del edificio B"), and as the number ("Call the city at
 *   311 or the Senior Center at …", "… at 311 in Montgomery County", "… at 311 and the building inspector will come out",
 *   British "Ring the council on 311 from any phone", "… or pop into the civic centre");
 *  bare check-ins in other frames: after a wh-word of an earlier clause ("ok thats where the renew button is are you still
 *   there", "thats what i found so far are u still there", "which one did u pick are you still there", "how about the
 *   audiobook instead are you still there"), without "are" ("sorry lost connection for a sec you still with me", "ok i put the
 *   hold on for u, you still there"), statements ("glad you still with me", "ok i see you still there, …"), and no check-in
 *   ("sorry what are you still on about", "what page u still on", "what days are you still around");
 *  "yeah / yes / yep / ya" before other verbs and nouns ("yeah call me old fashioned but …", "yes, contact lenses are covered",
 *   "Yes, call forwarding is free …") and before referring verbs ("yep write to the editor at …", "ya ask the judge …",
 *   "Yes, visit the Enoch Pratt Central Library", "yep, contact your landlord in writing first");
 *  crews, teams and inspectors who will call: the county's after "our" ("our county's tree crew / code inspector", "our city
 *   crew", "our state's inspector", "our town's public works crew", "our local 311"), the provider's own ("the library's tech
 *   crew will email you", "Our crew will email you the scans", "the branch's outreach crew", "Our library's tech crew", "the
 *   branch maintenance crew", Spanish "nuestro equipo de referencia le escribirá"), outside staff ("the county inspector will
 *   call you"), and "inspector" as the patron's own job (a home inspector asking for the county code);
 *  "… Map" events (Tour, Ride, Trivia Night) and a booklet of that name; pick-ups by a charity and by "our county's bulk
 *   trash crew".
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms: Referral, "telling the patron to contact or visit a person or
 * organisation outside the chat … Pointing to a website, database or publication for the patron to use is a source, not a
 * referral"; Follow-up session, "someone from your library will contact you"; session.idle_checkin, "asked whether the
 * patron is still there"; inquiry.clarify, "questions about the patron's situation that shape the answer … count"), decided
 * before the scorer ran. Readings taken where the text leaves room:
 * - a party joined to a card or document ("Your union rep or the employee handbook can tell you") is pointed to: a referral,
 *   whatever the document beside it; a party named by what it does with the patron's card or account ("The bank that issued
 *   your card", "Customer service for your card") is a party; two documents together are a source, no party;
 * - a county or city code, an ordinance and a union contract are publications (no party); "Code Enforcement" and "the Zoning
 *   Office" are parties;
 * - "at 311 Hale Hall", "at 311 in the Student Union", "at 311 West 43rd Street" are rooms and addresses, no phone (an
 *   address gives no source);
 * - "pop into the civic centre" after "Ring the council on 311" visits the council itself (one party, reached by 311);
 * - a run-on chat-speak "… are you still there" asks whether the patron is still there whatever wh-word an earlier clause
 *   has; "you still with me" without "are" after a lead asks it too; "glad you still with me" says it;
 * - "our county's / city's / state's / town's …" is the county's, not the provider's: their staff who will call are no
 *   promise of the provider's; the library's or the branch's own crew who will e-mail or call is the provider's library
 *   promising (a follow-up session);
 * - "Did it have anything else, like your driver's license?" asks about the patron's situation (a clarifying question),
 *   not whether the patron needs anything else;
 * - "the county's bulk trash crew can pick up the mattress; book it at …" points the patron to the county's crew: a referral
 *   (with a URL).
 *
 * Written: 83 cases, all labelled before running: a first batch of 3 whole sessions and 38 short cases; a second batch of 1
 * whole session and 28 near misses and probes after the fixes, and the whole session rewritten once (its first form asked
 * "Did it have anything else, like your driver's license?", read as the closing "anything else?" by an older rule: it went
 * to LEFT, and a sibling asking "Was your driver's license in it too?" runs, with the same labels); a third batch of 12 (2
 * two-document near misses written after a widening of `cardPartyE9` broke nothing, and 10 more frames of the fixes). Run:
 * 4 whole, 35 short, 39 in `guards`; LEFT: 5.
 *
 * First run (41 cases): 17 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - referral.contact 9: 7 E8's (v36 fail, v37 na: `cardSubjectE8` skipped the party before "or / and" or the relative
 *    clause: the bank that issued your card, the Social Security office, caseworker, union rep, consumer lawyer, HOA board,
 *    customer service); 2 older (v36 the same): the civic centre, "Yes, call forwarding".
 *  - info.source 3: G11's (v36 fail, v37 pass): 311 Hale Hall, 311 in the Student Union, 311 West 43rd Street.
 *  - session.idle_checkin 4: E8's (v37 fail): the run-on whole session after "where", "thats what i found … are u still
 *    there"; an older gap E8's tail left (no "are"): "… you still with me"; older (v36 pass): "what days are you still around".
 *  - resolution.code 1: G11's (v36 fail, v37 pass): "our county's tree crew will call you" (the "our" of G11's lookbehind).
 * Fixed in block E9 (v38 only; near misses in `guards`):
 *  - `cardSubjectNarrowE9` (classify.ts `cardPartyE9`, checks/referral.ts at E8's card skip): in the last clause of the
 *    subject, a word that is no card or document word then "or / and" + an article or possessive, or "that / who / which"
 *    + a verb + "your / the …", or "for / behind your / the …", before the card word: E8 does not skip, and the older party
 *    readings decide [near misses: "Your card and PIN …", "Log in, and your account …", "The app that came with your card
 *    …", "Your employee handbook and the state's sick leave law …", "The Social Security Handbook and your my Social Security
 *    account …", "The IRS taxpayer handbook or your online tax account …" stay no referral; "The credit union that holds your
 *    account …; call them at …", "The office who handles your account …" are read].
 *  - phone (swaps E8's form of G11's 311 alternative): not before "[in [the]] word word hall / building / bldg / annex /
 *    tower / wing / union / center / centre / house / basement" unless the first word is "and, or, to, then, for, if, so, but,
 *    about, when, because, with, from", nor before a numbered street ("[N/S/E/W/North…] 43rd") [near misses still read: "…
 *    at 311 or the Senior Center at …", "… at 311 in Montgomery County", "… at 311 and the building inspector will come out",
 *    "Ring the council on 311 from any phone"; not read: "… at 311 Smith Building", "… at 311 Towers Hall", "… at 311 N 5th
 *    St"].
 *  - notPromise (swaps G11's inspectors / crews / 311 alternative): its lookbehind's "our" not before "county / city / town /
 *    state / local / area" (possessive too), as E8's pick-ups; "library's / branch's" added to it [near misses: "Our crew will
 *    email you the scans by Friday", "Our library's tech crew …", "the branch's outreach crew will call you Friday" stay
 *    promises; "Our county's code inspector …", "our city crew …", "our state's inspector …", "our town's public works crew
 *    …", "our local 311 …" are not].
 *  - `bareTailNarrowE9` (classify.ts `bareTailE9`, hooked in `stillThere` in place of `bareTailE8` when on): E8's tail, or a
 *    sentence with a lead ending in "[are / r] you / u / ya still there / with me / with us" whatever wh-word comes before;
 *    without "are" not after "see, saw, seen, know, knew, hope, glad, happy, good, great, think, guess, that, because, cause,
 *    since, when, while, as" [near misses: "what page u still on", "ok i see you still there, …", "glad you still with me",
 *    "sorry what are you still on about" not read; "… r u still with me", "hmm which branch did u pick u still there", "… for
 *    u, you still there" read].
 * Each rule was then widened on purpose (the document word before "or / and" allowed; "our" excepted for every owner; no first
 * word kept out before a building word; no statement word before "you still …"): each time a guard failed, as it should
 * ("The Social Security Handbook and your my Social Security account …", "Our crew will email you the scans …", "… at 311 and
 * the building inspector will come out", "glad you still with me"); the rules went back as written. The first of these
 * broke nothing at first (the two-document guards had no party word in them): the third batch's two guards were written
 * for it.
 * Second run (29): 5 disagreed: the lost-wallet whole session (clarify, older: LEFT, and its sibling), "… at 311 and the
 * building inspector …" and "glad you still with me" (my fixes too wide: narrowed as above), "The library's tech crew will
 * email you …" (G11's notPromise: "library's" added), "Our county's bulk trash crew can pick up …" (LEFT). Third batch, run
 * in two parts (2, then 10): 0.
 * Earlier files still pass.
 * Left (5, each with its reason in LEFT): the lost-wallet whole session's first form (clarify), "… or pop into the civic
 * centre", "what days are you still around", "Yes, call forwarding is free …", "Our county's bulk trash crew can pick up …".
 * Noticed and left alone: the "… Map Tour / Ride / Trivia Night" events are not read as maps (no E8 words needed); the
 * mixed check-in "hope you still there" was not labelled (a wish or a check-in); `yesLeadE8`'s verbs before nouns other
 * than v33's ("call forwarding / waiting") are read by an older route, not the lead's.
 * v38's fingerprint after block E9: b280b76ce8549930.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one } from './narrowing-lines';

/** `OPEN(q)` in Spanish, the provider's `text` at 70 s, the patron's thanks and the provider's goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** An answered ebook question, then the provider's `text` at 230 s into a final idle, and a disconnect notice at 420 s. */
const idle = (text: string): Line[] => [
  [0, 'p', 'do u have the new stephen king book'],
  [20, 'l', 'hi! jo here, librarian at Sample County Library. do u want print, ebook or audio?'],
  [45, 'p', 'ebook'],
  [70, 'l', 'its on Libby, search "Holly" at samplecounty.overdrive.com and place a hold. did that answer it?'],
  [230, 'l', text],
  [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for using Ask Us, come back anytime!"],
];

export const whole: SessionCase[] = [
  {
    name: 'a home inspector new to the county: "The Montgomery County Code can tell you the local amendments" (a law, with its site)',
    lines: [
      [0, 'p', 'hi im a home inspector, new to montgomery county. where do i find the local rules on deck railings'],
      [20, 'l', "Hello, I'm Priya, a librarian at Sample County Library. Do you need the county's amendments or just the base code?"],
      [50, 'p', 'both if possible'],
      [90, 'l', "The Montgomery County Code can tell you the local amendments; it's free at codelibrary.amlegal.com. The base code is the International Residential Code, online at codes.iccsafe.org. Does that answer your question?"],
      [130, 'p', 'yes thats everything, thanks'],
      [140, 'l', 'Thanks for chatting, good luck with the inspections!'],
    ],
    // referral: a county code is a law, a publication the patron reads (a source), no party; "inspector" is the patron's job
    exp: usual({}),
  },
  {
    name: 'a hotspot loan: "the library\'s tech crew will email you by noon tomorrow" (the provider\'s own library promising)',
    lines: [
      [0, 'p', 'the hotspot i borrowed wont connect'],
      [20, 'l', "Hi, this is Marcus at Sample County Library's Ask Us service. Is the light on it blinking red or green?"],
      [50, 'p', 'red'],
      [90, 'l', "Red means the SIM isn't activating, and I can't reset it from here. What's your email?"],
      [110, 'p', 'kim.tran@example.com'],
      [130, 'l', "Got it: kim.tran@example.com. I've logged it, and the library's tech crew will email you by noon tomorrow with a fix. Anything else I can help with?"],
      [150, 'p', 'no thats all'],
      [160, 'l', 'Thanks, bye!'],
    ],
    // a follow-up session by promise ("someone from your library will contact you"): code Answered is no follow-up code
    // (fail); e-mail repeated and "by noon tomorrow" (contact pass); on_time pending (now T0 + 1 day); no source given
    // (fail); the answer "red means the SIM isn't activating" is given and never checked (completeness fail); staff
    // consulted for the patron, no referral (na)
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a lost wallet (asked "Was your driver\'s license in it too?"): "The bank that issued your debit card can help you cancel it" (a party, no way to reach it)',
    lines: [
      [0, 'p', 'i lost my wallet with my library card and debit card in it, what do i do'],
      [25, 'l', "Hi, I'm Ana, a librarian at Sample County Library. Sorry to hear that! Was your driver's license in it too?"],
      [60, 'p', 'yes my license too'],
      [100, 'l', "Your library card I can freeze from here: done. The bank that issued your debit card can help you cancel it; most banks list a 24-hour line on their site. For the license, the MVA replaces it online at mva.maryland.gov. Does that cover it?"],
      [140, 'p', 'yes thanks thats everything'],
      [150, 'l', 'Glad to help, take care!'],
    ],
    // referral: the bank is a party the patron is pointed to, with no e-mail, phone, address or URL ("their site" names none)
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, a final idle: "ok thats where the renew button is are you still there" (a "where" in a clause before it)',
    lines: idle('ok thats where the renew button is are you still there'),
    // the check-in is its own clause run on without punctuation: it asks whether the patron is still there
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const checked: SessionCase[] = [
  // ---- cardSubjectE8: a card / account / document ending a subject that is a party ----
  { name: 'card party: "The bank that issued your card can help you dispute the charge" : referral fails', lines: one('theres a charge on my debit card i didnt make', 'The bank that issued your card can help you dispute the charge. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "The Social Security office that manages your account can help you fix the name" : referral fails', lines: one('my name is wrong on my social security statement', 'The Social Security office that manages your account can help you fix the name on it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "Your caseworker or your online benefits account can tell you the renewal date" : referral fails', lines: one('when do i have to renew my snap', 'Your caseworker or your online benefits account can tell you the renewal date. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "Your union rep or the employee handbook can tell you the grievance steps" : referral fails', lines: one('how do i file a grievance at work', 'Your union rep or the employee handbook can tell you the grievance steps. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "A consumer lawyer or the Fair Debt Collection Practices Act can help you stop the calls" : referral fails', lines: one('a debt collector calls me 10 times a day', 'A consumer lawyer or the Fair Debt Collection Practices Act can help you stop the calls. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "Your HOA board or the Homeowners Association Act can tell you" : referral fails', lines: one('can my hoa ban my satellite dish', 'Your HOA board or the Homeowners Association Act can tell you what they may ban. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "Customer service for your card can help you replace it" : referral fails', lines: one('my credit card got stolen', 'Customer service for your card can help you replace it tonight. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card party: "Your library card and the front desk at any branch can help you get a museum pass" (own department, visited) : referral fails', lines: one('can i get free museum tickets', 'Your library card and the front desk at any branch can help you get a museum pass. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card near miss: "Your card and PIN can help you log in to Ancestry at samplelibrary.org/ancestry" : referral na', lines: one('how do i use ancestry from home', 'Your card and PIN can help you log in to Ancestry at samplelibrary.org/ancestry. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card near miss: "Your MyMVA account can tell you when your license expires" : referral na', lines: one('when does my license expire', 'Your MyMVA account can tell you when your license expires; sign in at mva.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- documents that are also bodies ----
  { name: 'doc near miss: "The County Code can tell you how tall a fence may be" (a law) : referral na', lines: one('how tall can my fence be', 'The County Code can tell you how tall a fence may be; it is at codelibrary.amlegal.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'doc behaviour: "Code Enforcement can tell you whether the fence is legal; call them at 240-777-0311" : referral passes', lines: one('is my neighbors fence legal', 'Code Enforcement can tell you whether the fence is legal; call them at 240-777-0311. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'doc near miss: "The city\'s zoning ordinance can tell you the setback" (a law) : referral na', lines: one('how close to the property line can i build a shed', "The city's zoning ordinance can tell you the setback; read it at ecode360.com. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'doc behaviour: "The county\'s Zoning Office can tell you the setback" (no contact) : referral fails', lines: one('how close to the property line can i build a shed', "The county's Zoning Office can tell you the setback. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'doc near miss: "The union contract can tell you the overtime rate" (a document) : referral na', lines: one('what is my overtime rate', 'The union contract can tell you the overtime rate; ask for a copy in the break room, and the DOL overtime page is at dol.gov/overtime. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- phone 311: rooms, addresses, Spanish ----
  { name: '311 near miss: a room, "Call the tutoring office at 311 Hale Hall to book a slot" : source fails', lines: one('is there free tutoring for stats', 'Call the tutoring office at 311 Hale Hall to book a slot. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: '311 near miss: a room, "Call the Writing Center at 311 in the Student Union" : source fails', lines: one('who can check my essay', 'Call the Writing Center at 311 in the Student Union before you go. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 near miss: an address, "Call on the clinic at 311 West 43rd Street" : source fails', lines: one('where can i get a free flu shot', 'Call in at the clinic at 311 West 43rd Street, no appointment needed. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 behaviour: Spanish "Llame al 311 y pida que recojan el colchón" : referral passes', lines: es('como me deshago de un colchon viejo', 'Llame al 311 y pida que recojan el colchón. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '311 near miss: Spanish room "Llame a la oficina 311 del edificio B" : source fails', lines: es('donde pido ayuda con la matricula', 'Pase por la oficina 311 del edificio B, o llame a la oficina de admisiones. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- bareTailE8: other frames ----
  { name: 'bareTail behaviour: "thats what i found so far are u still there" : idle passes', lines: idle('thats what i found so far are u still there'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail behaviour: "how about the audiobook are you still there" : idle passes', lines: idle('how about the audiobook instead are you still there'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail behaviour: "which one did u pick are you still there" : idle passes', lines: idle('which one did u pick are you still there'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail near miss: "sorry what are you still on about" (no check-in) : idle fails', lines: idle('sorry what are you still on about'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail behaviour: "sorry lost connection for a sec you still with me" (no "are") : idle passes', lines: idle('sorry lost connection for a sec you still with me'), exp: some({ idle: 'pass' }) },
  // ---- yesLeadE8: other verbs ----
  { name: 'yes near miss: "yeah call me old fashioned but the print atlas is better" : referral na', lines: one('whats the best road atlas', 'yeah call me old fashioned but the Rand McNally Road Atlas at the Central branch beats any app. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yes near miss: "yes, contact lenses are covered for kids under Medicaid" : referral na', lines: one('does medicaid pay for contacts', 'yes, contact lenses are covered for kids under Medicaid; the list is at health.maryland.gov/mmcp. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yes behaviour: "yep write to the editor at letters@baltsun.com" : referral passes', lines: one('how do i get my letter in the sun', 'yep write to the editor at letters@baltsun.com, keep it under 200 words. that help?'), exp: some({ referral: 'pass' }) },
  { name: 'yes behaviour: "ya ask the judge for more time at your hearing" : referral fails', lines: one('can i get more time to pay my fine', 'ya ask the judge for more time at your hearing, they usually say yes. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'yes behaviour: "Yes, visit the Enoch Pratt Central Library" (another library, no contact) : referral fails', lines: one('can i see old baltimore city directories', 'Yes, visit the Enoch Pratt Central Library, their Maryland Department has them. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- notPromise: crews and teams ----
  { name: 'crew behaviour: "our county\'s tree crew will call you to set a time" (the county\'s) : code passes', lines: one('a county tree fell on my fence', "Report it at montgomerycountymd.gov/311, and our county's tree crew will call you to set a time. Does that help?"), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew behaviour: "the branch maintenance crew will call you when it turns up" (own staff) : code fails', lines: one('i left my umbrella at the eastgate branch', "I've asked Eastgate to look; the branch maintenance crew will call you when it turns up. Does that help?"), exp: some({ code: 'fail' }) },
  { name: 'crew near miss: "The county inspector will call you within 48 hours" (outside staff) : code passes', lines: one('my landlord wont fix the heat', 'File a complaint at montgomerycountymd.gov/dhca; the county inspector will call you within 48 hours. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew behaviour: Spanish "nuestro equipo le escribirá mañana" (own staff) : code fails', lines: es('quien era dueño de mi casa en 1920', 'Necesito más tiempo; nuestro equipo de referencia le escribirá mañana con lo que encuentre. ¿Le sirve?'), exp: some({ code: 'fail' }) },
  // ---- pick-ups ----
  { name: 'pickUp behaviour: "The Salvation Army can pick up the couch for free; book at satruck.org" : referral passes', lines: one('how do i donate a couch', 'The Salvation Army can pick up the couch for free; book it at satruck.org. Does that help?'), exp: some({ referral: 'pass' }) },
];

export const guards: SessionCase[] = [
  // ---- second batch, labelled before running: cardPartyE9's near misses ----
  { name: 'cardParty guard: "Log in, and your account can tell you the due dates" (the coordinator opens the clause) : referral na', lines: one('when are my books due', 'Log in, and your account can tell you the due dates: samplelibrary.org/account. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardParty guard: "Your employee handbook and the state\'s leave law can tell you" (two documents) : referral na', lines: one('how much sick leave do i get', "Your employee handbook and the state's sick leave law can tell you; the law is at dllr.state.md.us. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardParty guard: "The Fair Housing Act and your landlord\'s lease can tell you" (two documents) : referral na', lines: one('can my landlord refuse my service dog', "The Fair Housing Act and your lease can tell you; HUD explains the Act at hud.gov/fairhousing. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardParty guard: "The app that came with your card can help you track spending" (no party) : referral na', lines: one('how do i see what i spent', 'The app that came with your card can help you track spending, and the CFPB budget worksheet is at consumerfinance.gov/budget. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardParty guard: "Your doctor or your MyChart account can tell you the results" : referral fails', lines: one('where do i see my blood test results', 'Your doctor or your MyChart account can tell you the results. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'cardParty guard: "The credit union that holds your account can help you; call them at 301-555-0100" : referral passes', lines: one('how do i set up direct deposit', 'The credit union that holds your account can help you set it up; call them at 301-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'cardParty guard: "The zoning board or the county code can tell you" : referral fails', lines: one('can i run a daycare from my house', 'The zoning board or the county code can tell you whether a home daycare is allowed. Does that help?'), exp: some({ referral: 'fail' }) },
  // third batch (labelled before running): two documents with a party's name in the first
  { name: 'cardParty guard: "The Social Security Handbook and your my Social Security account can tell you" (two documents) : referral na', lines: one('how do i check my earnings record', 'The Social Security Handbook and your my Social Security account can tell you; the handbook is at ssa.gov/OP_Home/handbook. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardParty guard: "The IRS handbook or your online tax account can tell you" (two documents) : referral na', lines: one('how do i see what i owe the irs', 'The IRS taxpayer handbook or your online tax account at irs.gov/account can tell you what you owe. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- 311's rooms: near misses ----
  { name: '311 guard: "Call the city at 311 or the Senior Center at 240-777-4925" : referral passes', lines: one('who helps seniors with snow removal', 'Call the city at 311 or the Senior Center at 240-777-4925. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '311 guard: "Call the county at 311 in Montgomery County" (a county, no building) : referral passes', lines: one('how do i report a pothole', 'Call the county at 311 in Montgomery County, or 240-777-0311 from outside it. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '311 guard: "Call the city at 311 and the building inspector will come out" : referral passes', lines: one('my neighbor is building without a permit', 'Call the city at 311 and the building inspector will come out. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '311 guard: "Call the dorm office at 311 Towers Hall" (a room) : source fails', lines: one('my dorm heater is broken', 'Call the dorm office at 311 Towers Hall, they handle repairs. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 guard: "call the clinic at 311 N 5th St" (an address) : source fails', lines: one('where can i get a tb test', 'call in at the clinic at 311 N 5th St, walk-ins ok. that help?'), exp: some({ source: 'fail' }) },
  // ---- bareTailE9's near misses ----
  { name: 'bareTail guard: "what page u still on" (no "are", "on") : idle fails', lines: idle('what page u still on'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail guard: "ok i see you still there" (a statement) : idle fails', lines: idle('ok i see you still there, the hold is in'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail guard: "glad you still with me" (a statement at the end) : idle fails', lines: idle('the hold went through, glad you still with me'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail guard: "sorry that took a while r u still with me" : idle passes', lines: idle('sorry that took a while r u still with me'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail guard: "hmm which branch did u pick u still there" : idle passes', lines: idle('hmm which branch did u pick u still there'), exp: some({ idle: 'pass' }) },
  // ---- notPromise: "our county's" and the provider's own ----
  { name: 'crew guard: "Our county\'s code inspector will contact you within 2 days" : code passes', lines: one('my landlord wont fix the mold', "File it at montgomerycountymd.gov/dhca. Our county's code inspector will contact you within 2 days. Does that help?"), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew guard: "our city crew will call you before they come" : code passes', lines: one('the storm drain on my street is clogged', 'Report it at baltimorecity.gov/311; our city crew will call you before they come. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew guard: "Our crew will email you the scans by Friday" (the provider\'s own) : code fails', lines: one('can you scan the 1950 yearbook for me', 'Yes. Our crew will email you the scans by Friday. Does that help?'), exp: some({ code: 'fail' }) },
  { name: 'crew behaviour: "The library\'s tech crew will email you by noon tomorrow" (the provider\'s own) : code fails', lines: one('my library laptop wont turn on', "The library's tech crew will email you by noon tomorrow with a fix. Does that help?"), exp: some({ code: 'fail' }) },
  { name: 'crew guard: "our local 311 will text you a ticket number" (the county\'s) : code passes', lines: one('how do i report a broken streetlight', 'Report it at montgomerycountymd.gov/311; our local 311 will text you a ticket number. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  // third batch (labelled before running): more frames of the fixes
  { name: 'bareTail guard: "ok i put the hold on for u, you still there" : idle passes', lines: idle('ok i put the hold on for u, you still there'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail guard: "that should do it you still with us" : idle passes', lines: idle('that should do it you still with us'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail guard: "thats the one i mentioned are ya still there" : idle passes', lines: idle('thats the one i mentioned are ya still there'), exp: some({ idle: 'pass' }) },
  { name: 'cardParty guard: "The office who handles your account can help you" (no contact) : referral fails', lines: one('my benefits stopped', 'The office who handles your account can help you find out why. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '311 guard: "Call the front desk at 311 Smith Building" (a room) : source fails', lines: one('where do i drop my thesis', 'Call the graduate office at 311 Smith Building first. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 guard: British "Ring the council on 311 from any phone" : referral passes', lines: one('abandoned car on our street', 'Ring the council on 311 from any phone and report it. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'crew guard: "our state\'s inspector will call you" (the state\'s) : code passes', lines: one('my elevator inspection sticker is expired', "File it at labor.maryland.gov/elevator; our state's inspector will call you to set a date. Does that help?"), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew guard: "Our town\'s public works crew will call you" (the town\'s) : code passes', lines: one('the sidewalk in front of my house is cracked', "Report it at rockvillemd.gov/report; our town's public works crew will call you before they start. Does that help?"), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'crew guard: "the branch\'s outreach crew will call you Friday" (the provider\'s own) : code fails', lines: one('can someone bring books to my mom, she cant leave the house', "Yes! The branch's outreach crew will call you Friday to set up her first delivery. Does that help?"), exp: some({ code: 'fail' }) },
  { name: 'crew guard: "our library\'s tech crew will email you tomorrow" (the provider\'s own) : code fails', lines: one('my hotspot wont connect', "Our library's tech crew will email you tomorrow with a fix. Does that help?"), exp: some({ code: 'fail' }) },
  // ---- yes leads and map events ----
  { name: 'yes behaviour: "yep, contact your landlord in writing first" : referral fails', lines: one('my heat is broken and its freezing', 'yep, contact your landlord in writing first, and keep a copy. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'mapEvent behaviour: "Join the Harbor History Map Tour on Saturday" (an event) : source fails', lines: one('anything fun about local history this weekend', 'Join the Harbor History Map Tour on Saturday at 10, it leaves from the Central branch. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'mapEvent behaviour: "the Neighborhood Bike Map Ride this Sunday" (an event) : source fails', lines: one('any bike events', 'Sign up for the Neighborhood Bike Map Ride this Sunday at the Eastgate branch. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'mapEvent guard: "our Old Town Map Trivia Night" (an event) : source fails', lines: one('any adult events', 'Come to our Old Town Map Trivia Night on Thursday. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'mapEvent guard: "the Civil War Map Tour booklet at the front desk" (a booklet) : source passes', lines: one('anything on civil war sites nearby', 'Pick up the free Civil War Map Tour booklet at the front desk of any branch. Does that help?'), exp: some({ source: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: referral fails in v36 too: "the civic centre" is read as a second party with no contact; that it is the council's own
  // building (reached by the same 311) needs the meaning of the sentence (older than G11 and E8)
  { name: '311 behaviour: "ring the council on 311 or pop into the civic centre" : referral passes', lines: one('fly tipping in our lane', 'Ring the council on 311 or pop into the civic centre to report it. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: idle passes in v36 too: a chat-speak wh-question with no "?" ending in "are you still around" (v12's question
  // reading and family 0's "around", which has no wh-narrowing); telling it from "thats what i found are you still around"
  // needs the wh-word's clause (older than E8)
  { name: 'bareTail near miss: "what time are you still around" (a wh-question, no "?") : idle fails', lines: idle('what days are you still around'), exp: some({ idle: 'fail' }) },
  // LEFT: referral passes in v36 too, without E8's yes lead: "call forwarding" is read as the verb "call" with an object (an
  // older route than `yesLeadE8`; v33's nouns guard only the "ok" and "yes" leads' own objects)
  { name: 'yes near miss: "Yes, call forwarding is free with Lifeline" : referral na', lines: one('does the free phone plan have call forwarding', 'Yes, call forwarding is free with the Lifeline plan; see lifelinesupport.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: referral na in v36 and v37 too: "crew" is no party word, so "the county's bulk trash crew can pick up …" names
  // none; making crews parties would take film, rowing and the library's own crews too
  { name: 'pickUp guard: "Our county\'s bulk trash crew can pick up the mattress; book at montgomerycountymd.gov/sws" : referral passes', lines: one('how do i get rid of a mattress', "Our county's bulk trash crew can pick up the mattress; book it at montgomerycountymd.gov/sws. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT: clarify fails in v36 too: "Did it have anything else, …?" is read as the closing "anything else?" (older than E8
  // and G11; its sibling in `whole`, asked another way, runs)
  {
    name: 'a lost wallet: "The bank that issued your debit card can help you cancel it" (a party, no way to reach it)',
    lines: [
      [0, 'p', 'i lost my wallet with my library card and debit card in it, what do i do'],
      [25, 'l', "Hi, I'm Ana, a librarian at Sample County Library. Sorry to hear that! Did it have anything else, like your driver's license?"],
      [60, 'p', 'yes my license too'],
      [100, 'l', "Your library card I can freeze from here: done. The bank that issued your debit card can help you cancel it; most banks list a 24-hour line on their site. For the license, the MVA replaces it online at mva.maryland.gov. Does that cover it?"],
      [140, 'p', 'yes thanks thats everything'],
      [150, 'l', 'Glad to help, take care!'],
    ],
    // referral: the bank is a party the patron is pointed to, with no e-mail, phone, address or URL ("their site" names none)
    // clarify: "Did it have anything else, like your driver's license?" asks about the patron's situation (a question about
    // the need), not whether the patron needs anything else
    exp: usual({ referral: 'fail' }),
  },
];

describe('thirty-seventh round (E9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (E9): whole sessions', whole);
describeSessions('thirty-seventh round (E9): E8 and G11 checked', checked);
describeSessions('thirty-seventh round (E9): near misses of the fixes, and the second batch', guards);

describeLeft('thirty-seventh-round-e9-checked', LEFT);
