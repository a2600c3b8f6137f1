/**
 * Fortieth round, third wave, block E31: CHECKS OF v41's BLOCKS E27 (holds, restatements, the patron gone: WAIT_KIN_E27,
 * TANTITO_E27, NOT_A_WAIT_E27, RESTATE_E27, SIGNAL_GONE_E27) AND E28 (services abroad: SHORT_PHONE_E28, SHORT_PARTY_E28,
 * AGENCY_PARTY_E28, AU_13_E28, ABROAD_CALLS_E28, NATIONAL_DB_E28), both ways, FALSE PASSES FIRST, with cases no one had
 * written, in British, Irish, Scottish, Australian (chat-speak too), New Zealand, Canadian, American, Indian English,
 * Mexican, Colombian and other Spanish registers, terse and warm. Short cases use E28's opening-then-answer shape (`then`),
 * `noTransfer` / `espera` (a said line at 52 s, the next provider message 200 s later: a hold fails keep_informed) and E27's
 * `notice` (a final idle of 190 s ending at the said line).
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  short numbers in other senses: "your account number ends in 000", "call number 000 on level 2", "1 000 euros", "the intro
 *   course is called 101 on the course list", "dial 112 for the local studies extension", "Room 101", "ask for extension 105",
 *   "item 119 in the catalogue", "form 999", the provider's own "I rang 111 myself once"; as phones: "call 911", "Call 311 to
 *   report the pothole", "phone 999 and ask for the ambulance", "dial 112 from any mobile", "pls call 000 now" (with and
 *   without the comma), "Report the stolen bike to the police on 101, not 999", "Ring 119 to book the vaccine";
 *  agencies before numbers that are no phones: "Ring Centrelink at 0830 / at 1300 hours", "the Medicare 2024 plan", "the HMRC
 *   2023 guidance", "Medicare is 132 000 claims behind"; phones: "ring the DVLA on 0300 …", "Centrelink is 132 300", "Medicare
 *   is 132 011; ring them", "Ring Medicare: 132 011", "Ring Centrelink on 132 300";
 *  13 numbers: "your number is 13 in the queue", "your ticket is number 13 in the queue", "the ISBN is 978 0 14 132 850 1",
 *   "the case number is 132 850"; "its number is 132 861", "Call Services Australia (132 468)";
 *  agencies who will contact the patron: Tusla, Kainga Ora, Home Affairs, SAAS; the library's own ("Our NDIS support
 *   librarian", "The branch's Service NSW kiosk volunteer"); "The HSE will text you; I'll also send you the leaflet";
 *  national databases: "a talk / blog on Canadiana", "The gift shop's / Her Canadiana has …", "Jobs / Growth in digital NZ";
 *   "DigitalNZ pulls in …", "Try / Look it up on Canadiana", "…, and Canadiana has …", "Papers Past holds …", "Search in
 *   Digital NZ";
 *  holds: "Kindly wait for the confirmation email", "Kindly wait while the page loads", "Please wait while the app updates",
 *   "pls wait till it finishes downloading", "Better / Id / You'd best / maybe wait a bit, I …", "Wait a bit before renewing";
 *   "Kindly hold on, I am checking", "wait a sec ok, lemme look", "Just wait a bit please.", "Wait a bit please, I'm checking.",
 *   "Kindly wait while I check / while my colleague looks it up"; Spanish "hace un ratito", "estuvo caída un ratito", "se
 *   retrasó un ratito", "se cayó un ratito", "apartado un ratito"; "Nomás tantito", "Deme un ratico y le confirmo", "Ok un
 *   ratito y le digo", "Solo un ratito, por favor";
 *  restatements vs holds: "Let me get this for you" (a hold), "lemme get this straight", "Let me make sure I understand",
 *   "Let me make sure it's in", "Let me see if I got this right", "Let me make sure I heard you right";
 *  the patron gone: "Parece que se te fue la señal", "Parece que se cayó la línea", "Looks like your connection dropped",
 *   "Seems the line was cut on your end"; not: "Se cayó la línea telefónica de la sucursal", "Se fue la conexión wifi otra
 *   vez en la Central", "I think the line was cut in the storm", "the signal dropped at the branch", "The signal at the
 *   branch is weak".
 *
 * Statuses are read from the literal text of RUBRIC.md's Terms (Hold message: "announcing that the provider is looking
 * something up or asking the patron to wait"; Referral: "telling the patron to contact or visit a person or organisation
 * outside the chat"; Follow-up session: "the provider promises …", "someone from your library will contact you";
 * session.disconnect_notice: "told the patron that they seem to have disconnected"; info.source), decided before the scorer
 * ran. READINGS TAKEN where RUBRIC.md leaves room (E27's and E28's kept):
 * - "Kindly / please wait while the page loads / the app updates / until it finishes downloading" asks the patron to wait on
 *   something outside the chat, not on the provider (as E27's "please wait until the book arrives"): no hold; "Kindly wait
 *   while I check / while my colleague looks it up" is one;
 * - "Better / I'd / you'd best / maybe wait a bit, I think …" is advice, no hold; "Just wait a bit please" is a hold;
 * - "un ratito" after a verb of time passed ("estuvo caída un ratito", "se retrasó un ratito") is no request; after "deme /
 *   solo / ok …" or opening the clause it is one;
 * - "Let me get this for you" announces the provider fetching something: a hold; "let me make sure I heard you right"
 *   restates: no hold (the scorer already reads it so: no change);
 * - a phone line, a wifi connection or a signal of a place, or cut by a storm, is no patron gone;
 * - "Call 311" is a city service reached by its number (as "call 911"): a referral that passes; an extension alone, with no
 *   number to ring, is no way to reach the branch;
 * - "Centrelink is 132 300", "Medicare is 132 011" give the agency's phone; a count after it ("132 000 claims") does not;
 * - "Canadiana" after a talk, a blog, a book … on it, or owned ("Her Canadiana has …"), and "digital NZ" after jobs or growth
 *   in it, are ordinary words, no source.
 *
 * Written: 94 cases, all labelled before running: a first batch of 64 (false passes first), a second batch of 30 probing the
 * fixes' words (17 near misses), two near misses of the second batch rewritten after the widening test showed they did not
 * depend on the fix ("Just wait a bit, I'll check the shelf" became "Just wait a bit please."; "Try our catalogue first, and
 * Canadiana has …" became "The desk staff can help too, and Canadiana has …": the catalogue is a source by itself). Run: 87;
 * LEFT: 7.
 * First run (64): 16 disagreed. By check:
 *  - interest.keep_informed 5 (false holds): "Kindly wait while the page loads", "Better wait a bit, I think …", "id wait a
 *    bit, im not sure …" (E27's WAIT_KIN_E27), "La página estuvo caída un ratito.", "El sistema se retrasó un ratito, ya
 *    funciona." (TANTITO_E27);
 *  - session.disconnect_notice 2 (false notices): "Se cayó la línea telefónica de la sucursal", "I think the line was cut in
 *    the storm, …" (SIGNAL_GONE_E27);
 *  - info.source 3 (false sources): "a talk on Canadiana", "The gift shop's Canadiana has sold out", "Jobs in digital NZ"
 *    (NATIONAL_DB_E28);
 *  - referral.contact 6: "ask for extension 105" read as a phone (older than v41: LEFT); "pls call 000 now" (no comma after the
 *    lead-in: LEFT); "Ask Medicare about the Medicare 2024 plan", "Ring Centrelink; your number is 13 in the queue", "Ring the
 *    bookshop; the ISBN is …" (no false pass: the numbers are read as no phones, but no party word in the verb's clause: na
 *    for fail, LEFT, and rewritten with "the Medicare office", "the council", "the branch" in the second batch, which score
 *    as labelled); "Ring Centrelink; Centrelink is 132 300" (fixed in part, still LEFT).
 *  No false pass of E28's short numbers was found: "000" after a comma or a digit, "call number 000", "called 101", Room 101,
 *  "dial 112 for the … extension" (reads as fail, as labelled, the branch having no number) all score as labelled; E27's
 *  restatements and "Let me get this for you" likewise.
 * Second run (the second batch, 30, with the fixes): 1 disagreed: "Ring Medicare: 132 011" (LEFT).
 * My labels corrected: 0.
 *
 * Fixed in block E31 (v41 only; each near miss checked to fail with its part of the fix widened, then restored):
 *  - hold (swap of WAIT_KIN_E27's "wait a bit" and "wait ok" alternatives, `WAIT_KIN_E31`): not after "better / id / i would /
 *    youd / you would / best / could / maybe / probably" [near miss: "Just wait a bit please." fails with "just" added];
 *  - notHold (plus, `WAIT_FOR_PAGE_E31`): "kindly / please / pls wait|hold while / as / till / until the|your|it|its|this|that
 *    (…) loads / downloads / opens / updates / installs / syncs / restarts / uploads / finishes / is processed / buffers"
 *    [near miss: "Kindly wait while my colleague looks it up." fails with any subject and verb allowed];
 *  - hold (swap of TANTITO_E27's diminutives, `TANTITO_E31`): "un ratito / momentico …" only opening its clause or after a
 *    word of asking or a filler (dame, deme, permítame, espere, aguárdeme, nomás, solo, porfa, ok, bueno, vale, ya, ahorita,
 *    pues, mira, oiga …) [near misses: "Deme un ratico y le confirmo", "Ok un ratito y le digo" fail with those words taken
 *    out];
 *  - seemGone (swaps of SIGNAL_GONE_E27's two alternatives, `SIGNAL_GONE_E31`): not before a line's kind (telefónica, fija,
 *    wifi, inalámbrica, eléctrica, móvil, celular, satelital, de datos); English not before "in / during / at / to / for /
 *    from / across / by / because / due the|a|an|our|this|that|all" [near miss: "Seems the line was cut on your end" fails
 *    with "on … your" added];
 *  - knownResource (swaps of NATIONAL_DB_E28's "digital nz" after a verb, "canadiana" after a verb, "canadiana has",
 *    `NATIONAL_DB_E31`): not after a noun of topic or trade (talk, blog, book, display, course, jobs, growth, industry …, in
 *    `ON_TOPIC_E31`) before "in digital nz" / "on canadiana"; "Canadiana has / covers …" only opening its clause [near misses:
 *    "Look it up on Canadiana", "Search in Digital NZ" fail with any word allowed before; "…, and Canadiana has …" with "and"
 *    taken out];
 *  - referralParty and phone (plus, `AGENCY_13_PARTY_E31`, `AGENCY_13_PHONE_E31`): E28's agencies right before a 13 number in
 *    two threes ("Medicare is 132 011"), and that number after "<agency> is" as its phone; not before more digits or a count
 *    [near miss: "Medicare is 132 000 claims behind, so ring them early" fails with the counts taken out].
 * Not changed: E27's and E28's blocks (their files pass unchanged); the phone family's "extension 105"; the lead-in reading
 * without a comma; the party words (bookshop, Medicare / Centrelink without a phone); the verb's clause ending at ":" or ";".
 *
 * Left (7): "ask for extension 105" (older phone family, v40 too); "if hes not breathing pls call 000 now" (no comma after the
 * lead-in, as E28's LEFT "In an emergency dial 111"); "Ask Medicare about the Medicare 2024 plan" and "Ring Centrelink; your
 * number is 13 in the queue" (Medicare / Centrelink a party only before their phone: E28's narrowing, kept for the twenty-
 * ninth round's cases); "Ring the bookshop; the ISBN is …" ("bookshop" no party word); "Ring Centrelink; Centrelink is 132
 * 300" (the verb's clause holds no party, the next clause no verb); "Ring Medicare: 132 011" (the verb's clause ends at the
 * colon). In none is a false pass left.
 *
 * Final run: this file, rubric.test.ts, symbols-one-byte.test.ts; phrases.test.ts (320 tests, passed); every thirty-seventh-,
 * thirty-eighth-, thirty-ninth- and fortieth-round file on this branch and the files found by grep for the fixes' words
 * (wait a bit / sec / while, kindly wait / hold, please|pls|kindly wait while|as|till|until, ratito, ratico, momentico,
 * tantito, señal, línea, "line was", Canadiana, digital NZ, Centrelink, Medicare, HMRC, 13x xxx numbers, let me get this,
 * make sure I, extension, call 000, ring 101 / 111 / 119, call 911, call 311): 165 files, 16612 tests, all passed.
 * v41's fingerprint after block E31: c455181557508a63.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some, noTransfer } from './helpers';
import { espera } from './narrowing-lines';

/** A British public library's opening. */
const UK: Line[] = [
  [0, 'p', 'hiya, need a hand with something'],
  [20, 'l', 'Hello, Priti here at Ask a Librarian, Leeds Libraries. Which library do you use?'],
  [50, 'p', 'Headingley'],
];
/** An Australian opening. */
const AU: Line[] = [
  [0, 'p', 'hey can u help with some stuff'],
  [20, 'l', "Hi, Kylie here from Ask a Librarian, City of Sydney Library. What's it about?"],
  [50, 'p', 'a few things'],
];
/** A New Zealand opening. */
const NZ: Line[] = [
  [0, 'p', 'kia ora, got a question'],
  [20, 'l', 'Kia ora, Hemi here from AnyQuestions. Go for it.'],
  [50, 'p', 'its for my nan'],
];
/** An Irish opening. */
const IE: Line[] = [
  [0, 'p', 'hello, bit of help please'],
  [20, 'l', 'Hi, Niamh at Ask a Librarian, Cork City Libraries. What can I do?'],
  [50, 'p', 'a form thing'],
];
/** A Canadian opening. */
const CA: Line[] = [
  [0, 'p', 'hi, looking for some help'],
  [20, 'l', 'Hi there, Marc at Ask Ontario. What are you after?'],
  [50, 'p', 'history stuff and a form'],
];
/** An American opening. */
const US: Line[] = [
  [0, 'p', 'hi quick question'],
  [20, 'l', "Hi! I'm Dana, a librarian at Springfield Public Library. What's up?"],
  [50, 'p', 'couple things'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Cheers, bye!']];
const uk = (text: string) => then(UK, text);
const au = (text: string) => then(AU, text);
const nz = (text: string) => then(NZ, text);
const ie = (text: string) => then(IE, text);
const ca = (text: string) => then(CA, text);
const us = (text: string) => then(US, text);

const NO_FU = some({ contact: 'na', code: 'pass' });
const FU = some({ contact: 'fail', code: 'fail' });
const HOLD = some({ informed: 'fail' });
const NO_HOLD = some({ informed: 'pass' });

/** The E27 idle: an answer at 70 s, a check-in at 150 s, `said` at 260 s and the end there (a final idle of 190 s). */
const ASK: Line[] = [
  [0, 'p', 'hi, do you have any books on raising backyard chickens?'],
  [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Which branch do you usually use?"],
  [50, 'p', 'the main one'],
];
const ANSWER = 'We have several: search "chickens" in the catalogue at samplelibrary.org/catalog and filter to Main. Does that help?';
const notice = (said: string, checkin = 'Are you still there?'): Line[] => [...ASK, [70, 'l', ANSWER], [150, 'l', checkin], [260, 'l', said]];
const idleExp = (idle: string, disconnect: string, courteous = 'fail') => some({ idle: idle as never, disconnect: disconnect as never, courteous: courteous as never });

/** First batch, labelled from RUBRIC.md before the scorer ran: false passes first. */
export const first: SessionCase[] = [
  // ---- E28's short numbers in other senses: a party told to be rung with no phone given fails (Referral; referral.contact) ----
  { name: 'near miss: "Ring the bank about it; your account ends in 000" : referral fails', lines: uk('Ring the bank about it; your account number ends in 000, they will ask for that.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the branch; computing books are at call number 000 on level 2" : referral fails', lines: au('Ring the branch about it; computing books are at call number 000 on level 2.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the council about it; the grant is 1 000 euros" : referral fails', lines: ie('Ring the council about it; the grant is 1 000 euros this year.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Email the registrar; the intro course is called 101 on the course list" : referral fails', lines: ca('Email the registrar about it; the intro course is called 101 on the course list.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the branch; from a library phone dial 112 for the extension" (an extension) : referral fails', lines: uk('Ring the branch about it; from a library phone, dial 112 for the local studies extension.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the college about it; the class is in Room 101" : referral fails', lines: uk('Ring the college about it; the class is in Room 101.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Call the museum about it; the photo is item 119 in the catalogue" : referral fails', lines: ca('Call the museum about it; the photo is item 119 in the catalogue.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the council; it was form 999 back then" (a form number) : referral fails', lines: uk('Ring the council about it; it was form 999 back then.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: no one to contact, "I rang 111 myself once, they were kind" : no referral', lines: nz('I rang 111 myself once, they were kind. Anyway, the book is on hold for you.'), exp: some({ referral: 'na' }) },
  // the American numbers beside them: a service reached by its number (as v16's "call 911")
  { name: 'American, "If anyone is hurt, call 911 right away" : referral passes', lines: us('If anyone is hurt, call 911 right away. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'American, "Call 311 to report the pothole" (a city line by its number) : referral passes', lines: us('Call 311 to report the pothole, they log it for the city. Does that help?'), exp: some({ referral: 'pass' }) },
  // the short numbers in new words, as phones
  { name: 'British, "phone 999 and ask for the ambulance" : referral passes', lines: uk('If she has collapsed, phone 999 and ask for the ambulance. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Irish, "you can dial 112 from any mobile" : referral passes', lines: ie('In an emergency you can dial 112 from any mobile. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "report it to the police on 101" (new words: "let the police know on 101") : referral passes', lines: uk('Report the stolen bike to the police on 101, not 999. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "ring 119 to book the jab" : referral passes', lines: uk('Ring 119 to book the vaccine. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- AGENCY_PARTY_E28: an agency right before a number that is no phone ----
  { name: 'near miss: "Ring Centrelink at 0830 when the lines open" (a time) : referral fails', lines: au('Ring Centrelink at 0830 when the lines open. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Check with HMRC; the HMRC 2023 guidance changed it" : referral fails', lines: uk('Check with HMRC; the HMRC 2023 guidance changed it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring Centrelink at 1300 hours, it is quieter" (a time) : referral fails', lines: au('Ring Centrelink at 1300 hours, it is quieter then. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'British, "ring the DVLA on 0300 790 6806" : referral passes', lines: uk('Ring the DVLA on 0300 790 6806 about the licence. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- AU_13_E28 ----
  { name: 'near miss: "Ring the council; the case number is 132 850" : referral fails', lines: au('Ring the council about it; the case number is 132 850.'), exp: some({ referral: 'fail' }) },
  { name: 'Australian, "Ring the ATO, its number is 132 861" : referral passes', lines: au('Ring the ATO, its number is 132 861. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call Services Australia (132 468) and ask for a review" : referral passes', lines: au('Call Services Australia (132 468) and ask for a review. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- ABROAD_CALLS_E28: agencies abroad (no promise) vs the library's own teams (a promise) ----
  { name: 'Irish, "Tusla will be in touch about the records" : no follow-up', lines: ie('Apply at tusla.ie; Tusla will be in touch about the records. Does that help?'), exp: NO_FU },
  { name: 'New Zealand, "Kainga Ora will contact you about the tenancy" : no follow-up', lines: nz('Apply at kaingaora.govt.nz; Kāinga Ora will contact you about the tenancy. Does that help?'), exp: NO_FU },
  { name: 'Australian, "Home Affairs will email you a grant letter" : no follow-up', lines: au('Lodge it at immi.homeaffairs.gov.au; Home Affairs will email you a grant letter. Does that help?'), exp: NO_FU },
  { name: 'Scottish, "SAAS will email you when it is approved" : no follow-up', lines: uk('Apply at saas.gov.uk; SAAS will email you when it is approved. Does that help?'), exp: NO_FU },
  { name: 'library\'s own: "Our NDIS support librarian will email you the list tomorrow" : a follow-up', lines: au('Our NDIS support librarian will email you the list tomorrow. Does that help?'), exp: FU },
  { name: 'library\'s own: "The branch\'s Service NSW kiosk volunteer will ring you Friday" : a follow-up', lines: au("The branch's Service NSW kiosk volunteer will ring you on Friday. Does that help?"), exp: FU },
  { name: 'agency and the provider: "The HSE will text you; I\'ll also send you the leaflet tomorrow" : a follow-up', lines: ie("The HSE will text you; I'll also send you the leaflet tomorrow. Does that help?"), exp: FU },
  // ---- NATIONAL_DB_E28: the databases vs the same words as ordinary words ----
  { name: 'near miss: "There\'s a talk on Canadiana at the branch on Saturday" : source fails', lines: ca("There's a talk on Canadiana at the branch on Saturday, by the way."), exp: some({ source: 'fail' }) },
  { name: 'near miss: "The gift shop\'s Canadiana has sold out" : source fails', lines: ca("The gift shop's Canadiana has sold out, sorry."), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Jobs in digital NZ are growing fast" : source fails', lines: nz('Jobs in digital NZ are growing fast, so good luck.'), exp: some({ source: 'fail' }) },
  { name: 'New Zealand, "DigitalNZ pulls in photos from Te Papa" : source passes', lines: nz('DigitalNZ pulls in photos from Te Papa too. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Canadian, "Try Canadiana for the old parish registers" : source passes', lines: ca('Try Canadiana for the old parish registers. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "Papers Past holds the Auckland Star to 1945" : source passes', lines: nz('Papers Past holds the Auckland Star to 1945. Does that help?'), exp: some({ source: 'pass' }) },

  // ---- E27's holds (Hold message: "asking the patron to wait"; not something outside the chat) ----
  { name: 'near miss: "Kindly wait for the confirmation email before logging in." is no hold', lines: noTransfer('how do i get the ebook', 'Kindly wait for the confirmation email before logging in.'), exp: NO_HOLD },
  { name: 'near miss: "Kindly wait while the page loads, then click Borrow." is no hold (the patron waits on the page)', lines: noTransfer('how do i get the ebook', 'Kindly wait while the page loads, then click Borrow.'), exp: NO_HOLD },
  { name: 'near miss: "Better wait a bit, I think the system is slow today." is no hold', lines: noTransfer('can i renew now', 'Better wait a bit, I think the system is slow today.'), exp: NO_HOLD },
  { name: 'near miss: "Id wait a bit, im not sure the ebook is out yet" is no hold', lines: noTransfer('can i get the ebook', 'id wait a bit, im not sure the ebook is out yet'), exp: NO_HOLD },
  { name: 'near miss: "Wait a bit before renewing, it resets at midnight." is no hold', lines: noTransfer('can i renew now', 'Wait a bit before renewing, it resets at midnight.'), exp: NO_HOLD },
  { name: 'Indian English hold "Kindly hold on, I am checking the availability."', lines: noTransfer('is the alchemist available', 'Kindly hold on, I am checking the availability.'), exp: HOLD },
  { name: 'chat-speak hold "wait a sec ok, lemme look"', lines: noTransfer('is the alchemist in', 'wait a sec ok, lemme look'), exp: HOLD },
  // Spanish: "un ratito" as time passed, not a request
  { name: 'near miss: "Lo devolvieron hace un ratito." is no hold', lines: espera('Lo devolvieron hace un ratito.'), exp: NO_HOLD },
  { name: 'near miss: "La página estuvo caída un ratito." is no hold', lines: espera('La página estuvo caída un ratito.'), exp: NO_HOLD },
  { name: 'near miss: "El sistema se retrasó un ratito, ya funciona." is no hold', lines: espera('El sistema se retrasó un ratito, ya funciona.'), exp: NO_HOLD },
  { name: 'Mexican hold "Nomás tantito, ya casi lo tengo"', lines: espera('Nomás tantito, ya casi lo tengo.'), exp: HOLD },
  { name: 'Colombian hold "Deme un ratico y le confirmo"', lines: espera('Deme un ratico y le confirmo.'), exp: HOLD },
  // restatements vs holds
  { name: '"Let me get this for you." is a hold (the provider goes to fetch it)', lines: noTransfer('can i see the article', 'Let me get this for you.'), exp: HOLD },
  { name: '"Lemme get this straight, u returned it already?" is no hold', lines: noTransfer('it says i owe a fine', 'lemme get this straight, u returned it already?'), exp: NO_HOLD },
  { name: '"Let me make sure I understand: you need the 2019 edition?" is no hold', lines: noTransfer('i need campbell biology', 'Let me make sure I understand: you need the 2019 edition?'), exp: NO_HOLD },
  { name: '"Let me make sure it\'s in before you come." is a hold', lines: noTransfer('is dune in', "Let me make sure it's in before you come."), exp: HOLD },
  { name: '"Let me see if I got this right: the card expired?" is no hold', lines: noTransfer('my card wont work', 'Let me see if I got this right: the card expired last month?'), exp: NO_HOLD },
  { name: '"Let me make sure I heard you right, the blue one?" is no hold', lines: noTransfer('i want the blue book', 'Let me make sure I heard you right, the blue one with the dog?'), exp: NO_HOLD },
  // ---- SIGNAL_GONE_E27 (Disconnect notice: the patron seems to have disconnected) ----
  { name: 'Spanish notice "Parece que se te fue la señal; cerraré el chat."', lines: notice('Parece que se te fue la señal; cerraré el chat.', '¿Sigues ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'near miss: "Se cayó la línea telefónica de la sucursal; cerraré el chat." is no notice', lines: notice('Se cayó la línea telefónica de la sucursal; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'near miss: "I think the line was cut in the storm, the branch phones are down; I\'ll close the chat." is no notice', lines: notice("I think the line was cut in the storm, the branch phones are down; I'll close the chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'near miss: "The signal at the branch is weak today; I\'ll close the chat." is no notice', lines: notice("The signal at the branch is weak today; I'll close the chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'English notice "Looks like your connection dropped, so I\'ll close this chat."', lines: notice("Looks like your connection dropped, so I'll close this chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
];

/** A second batch, probing the words of block E31's fixes (near misses marked). */
export const second: SessionCase[] = [
  // the party and its 13 number in other orders (AGENCY_13_PARTY_E31, AGENCY_13_PHONE_E31)
  { name: 'Australian, "Ring Centrelink on 132 300 for the pension line" : referral passes', lines: au('Ring Centrelink on 132 300 for the pension line. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Medicare is 132 011; ring them to update your address" : referral passes', lines: au('Medicare is 132 011; ring them to update your address. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Medicare is 132 000 claims behind, so ring them early" (a count) : referral fails', lines: au('Medicare is 132 000 claims behind, so ring them early.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the branch about it; the ISBN is 978 0 14 132 850 1" : referral fails', lines: au('Ring the branch about it; the ISBN is 978 0 14 132 850 1.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Call the council; your ticket is number 13 in the queue" : referral fails', lines: au('Call the council about it; your ticket is number 13 in the queue.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ask the Medicare office about the Medicare 2024 plan changes" : referral fails', lines: au('Ask the Medicare office about the Medicare 2024 plan changes. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Australian chat-speak with a comma, "if hes not breathing, pls call 000 now" : referral passes', lines: au('if hes not breathing, pls call 000 now. does that help?'), exp: some({ referral: 'pass' }) },
  // WAIT_KIN_E31: advice to wait vs a hold
  { name: 'near miss: "Just wait a bit please." stays a hold', lines: noTransfer('is dune in', 'Just wait a bit please.'), exp: HOLD },
  { name: '"You\'d best wait a bit, I reckon the update is still running." is no hold', lines: noTransfer('can i log in now', "You'd best wait a bit, I reckon the update is still running."), exp: NO_HOLD },
  { name: '"maybe wait a bit, im not sure the ebook is out" is no hold', lines: noTransfer('can i get the ebook', 'maybe wait a bit, im not sure the ebook is out'), exp: NO_HOLD },
  { name: 'near miss: "Wait a bit please, I\'m checking." stays a hold', lines: noTransfer('is dune in', "Wait a bit please, I'm checking."), exp: HOLD },
  // WAIT_FOR_PAGE_E31
  { name: 'near miss: "Kindly wait while I check the catalogue." stays a hold', lines: noTransfer('is dune in', 'Kindly wait while I check the catalogue.'), exp: HOLD },
  { name: '"Please wait while the app updates, then sign in again." is no hold', lines: noTransfer('libby wont open', 'Please wait while the app updates, then sign in again.'), exp: NO_HOLD },
  { name: '"pls wait till it finishes downloading then open it" is no hold', lines: noTransfer('the ebook is stuck', 'pls wait till it finishes downloading then open it'), exp: NO_HOLD },
  { name: 'near miss: "Kindly wait while my colleague looks it up." stays a hold', lines: noTransfer('is dune in', 'Kindly wait while my colleague looks it up.'), exp: HOLD },
  // TANTITO_E31
  { name: 'near miss: Spanish "Ok un ratito y le digo." stays a hold', lines: espera('Ok un ratito y le digo.'), exp: HOLD },
  { name: 'near miss: Spanish "Solo un ratito, por favor." stays a hold', lines: espera('Solo un ratito, por favor.'), exp: HOLD },
  { name: '"El catálogo se cayó un ratito, ya volvió." is no hold', lines: espera('El catálogo se cayó un ratito, ya volvió.'), exp: NO_HOLD },
  { name: '"Lo tuvimos apartado un ratito." is no hold', lines: espera('Lo tuvimos apartado un ratito.'), exp: NO_HOLD },
  // SIGNAL_GONE_E31
  { name: 'near miss: "Se fue la conexión wifi otra vez en la Central; cerraré el chat." is no notice', lines: notice('Se fue la conexión wifi otra vez en la Central; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'Spanish notice "Parece que se cayó la línea; cerraré el chat." stays a notice', lines: notice('Parece que se cayó la línea; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'near miss: "I think the signal dropped at the branch this morning; I\'ll close the chat." is no notice', lines: notice("I think the signal dropped at the branch this morning; I'll close the chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"Seems the line was cut on your end, so I\'ll close the chat." stays a notice', lines: notice("Seems the line was cut on your end, so I'll close the chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  // NATIONAL_DB_E31
  { name: 'Canadian, "The desk staff can help, and Canadiana has the census returns" : source passes', lines: ca('The desk staff can help too, and Canadiana has the census returns. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Canadian, "Look it up on Canadiana, it is free" : source passes', lines: ca('Look it up on Canadiana, it is free. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "There is a great blog on Canadiana, by the way" : source fails', lines: ca('There is a great blog on Canadiana, by the way.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Her Canadiana has been donated to the museum" : source fails', lines: ca('Her Canadiana has been donated to the museum, I believe.'), exp: some({ source: 'fail' }) },
  { name: 'New Zealand, "Search in Digital NZ for the photos" : source passes', lines: nz('Search in Digital NZ for the photos. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "Growth in digital NZ has slowed, they say" : source fails', lines: nz('Growth in digital NZ has slowed, they say.'), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong. */
export const LEFT: SessionCase[] = [
  // LEFT (first batch): an extension with no number to ring is no way to reach the branch (Referral: fails), but the phone
  // family has read "extension 105" as a phone since before v41 (v40 too): older, shared by every area
  { name: 'near miss: "Ring the branch; ask for extension 105" (an extension, no phone) : referral fails', lines: nz('Ring the branch about it and ask for extension 105.'), exp: some({ referral: 'fail' }) },
  // LEFT (first batch): "pls call 000 now" tells the patron to ring 000 (a referral with its number: passes; "call 000" is
  // read as a phone and 000 as the party), but with no comma after "if hes not breathing" the older lead-in reading finds no
  // verb telling the patron to act (E28's LEFT "In an emergency dial 111"); with the comma it passes (second batch)
  { name: 'Australian chat-speak, "pls call 000 now" : referral passes', lines: au('if hes not breathing pls call 000 now. does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT (first batch): "Ring Centrelink; Centrelink is 132 300" gives the agency's phone (passes); block E31 reads "Centrelink
  // is 132 300" as the party and its phone, but the verb's clause ("Ring Centrelink;") holds no party word and the clause after
  // ";" no verb: the older clause readings of referrals ("Medicare is 132 011; ring them …" passes, second batch)
  { name: 'Australian, "Centrelink is 132 850 for older Australians" : referral passes', lines: au('Ring Centrelink; Centrelink is 132 300 for older Australians. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT (first batch): no false pass ("13 in the queue" is read as no phone), but "Ring Centrelink about it" names no party
  // word (Centrelink only before its phone, E28), so the scorer finds no referral (na) where the rubric has one with no way
  // to reach it (fails); "the council" in the second batch fails as labelled
  { name: 'near miss: "Ring Centrelink; your number is 13 in the queue" : referral fails', lines: au('Ring Centrelink about it; your number is 13 in the queue, they said.'), exp: some({ referral: 'fail' }) },
  // LEFT (first batch): no false pass (the ISBN is read as no phone), but "bookshop" is no referralParty word (the older party
  // words, as E28's LEFT "Land Registry"): na where a referral with no way to reach it fails; "the branch" in the second
  // batch fails as labelled
  { name: 'near miss: "Ring the bookshop; the ISBN is 978 0 14 132 850 1" : referral fails', lines: au('Ring the bookshop about it; the ISBN is 978 0 14 132 850 1.'), exp: some({ referral: 'fail' }) },
];

describeSessions('fortieth round (E31): E27 and E28 checked, first batch', first);
describeSessions('fortieth round (E31): E27 and E28 checked, second batch', second);
/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // read since v52 (R1: Medicare named right after the verb is a party). LEFT (first batch): "Ask Medicare" is a referral with no way to reach it (fails), but Medicare is a party only right before
  // its phone (E28's AGENCY_PARTY_E28, narrowed so for the twenty-ninth round's "call Centrelink on 14 March"): the scorer
  // finds no referral (na). No false pass: "Medicare 2024" is read as no phone (the same words with "the Medicare office" in
  // the second batch fail as labelled)
  { name: 'near miss: "Ask Medicare about the Medicare 2024 plan changes" : referral fails', lines: au('Ask Medicare about the Medicare 2024 plan changes. Does that help?'), exp: some({ referral: 'fail' }) },
  // read since v52 (R1: Medicare named right after the verb is a party). LEFT (second batch): "Ring Medicare: 132 011" gives the phone (passes); block E31 reads Medicare before "132 011" as the
  // party and 132 011 after a colon is a phone (G22), but the older verb reading ends the verb's clause at the colon and finds
  // no party in it ("Ring Centrelink on 132 300" passes)
  { name: 'Australian, "Ring Medicare: 132 011" : referral passes', lines: au('Ring Medicare: 132 011. Does that help?'), exp: some({ referral: 'pass' }) },
];

describeSessions('fortieth-round-e31-checked: once left, now read as labelled', READ_SINCE_LEFT);
describeLeft('fortieth-round-e31-checked', LEFT);
