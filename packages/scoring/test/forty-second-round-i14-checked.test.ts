/**
 * Forty-second round, block I's second wave checked (helperJ): v43's I14 `askedMoreI14` (closing.ts), I17
 * `bareContactNextI17` (referral.ts `BARE_CONTACT_I17` in `contactNext`), I1's bare unit (`BARE_UNIT_I1` in `namedAgainI1`),
 * I2's "Text a Librarian service here" (v7 `SERVICE_NAME_OBJECT` with v11 `SERVICE_VERB_K4`) and the phrase families I15
 * `THE_X_YOU_NEED_I15` and I16 `AT_THE_LIMIT_I16`, tried both ways with cases no one had written.
 *
 * SHAPES TRIED:
 *  I14: against, a message that mentions others waiting AND says the chat ends now, with "Anything else?" rhetorical ("…
 *   Anything else? Bye."), answered for the patron ("Anything else? No? OK, I'm closing the chat now."), asked and then ended
 *   ("Anything else you need? I'm ending the chat now."), about something else ("Did the clerk tell you anything else?",
 *   "anything else in your inbox from the clerk?", "anything else on the form you're unsure about?"); "others" with no noun;
 *   a later refusal after the patron takes up the offer. As meant: British "shall we wrap things up? Is there anything else …",
 *   chat-speak "gotta wrap up, anything else u need?", non-native "we must finish soon. You have any other question for me?",
 *   "Anything else? If not, I have to go", "… before I go?", "swamped with chats", the offer in a second text 5 s later,
 *   Spanish "vamos terminando. ¿Necesita algo más?".
 *  I17: against, the bare text after a sentence naming the library last ("call us back here at the library"), a resource's URL
 *   after a person (doctor / medlineplus.gov, school librarian / readingrockets.org), the library's own guide URL, another
 *   party's number after "For the deed, it's Land Records:", the patron asking another party's number between. As meant: an
 *   e-mail alone, a URL alone, "+1 (410) 555-0160", an emoji, "ok its …", "ext 3", a British number, Spanish, 45 s later, the
 *   patron's "number?" between.
 *  I1 bare unit: against, the library's desk after the IRS's or Social Security's number ("… or stop by the desk and we'll print
 *   it", "bring the letter to the front desk so we can scan it", bare "or stop by the desk"), the courthouse's counter, the
 *   county clerk's "their office", "Our copies are ready, so stop by the desk" after the Archives' e-mail. As meant: "pop by
 *   the counter", British "pop into their office", a later sentence, "their window", chat-speak "swing by the front desk",
 *   "the reading room", Spanish "el mostrador".
 *  I2: against, greetings that also refer ("Call a librarian here at the branch …", "Email a librarian here: ask@…", "Call the
 *   librarian, Ms. Ruiz, at your school …", "phone the librarian at the Makerspace"). As meant: "with the Chat with a Librarian
 *   service", "you've reached Text a Librarian!", "Txt a Librarian service here", "Email a Librarian team here", "Message a
 *   Librarian service, this is Lee", Spanish "del servicio Chatea con un Bibliotecario".
 *  I15: against, "Is it the large print edition you need?", "Is it the township one you need?" (which of two), "Is that the
 *   one you need to return?". As meant: "Is this the form you need?", "Are those the articles you were after?", "is that the 1
 *   u need?", "the kind of table", "Was that the info you needed?", Spanish "¿Es esa la tabla que necesita?".
 *  I16: against, a limit of holds, renewals, fines and printed pages in a sentence that says "question(s)". As meant: "3
 *   questions per session and you've hit your limit", "maxed out ur questions", "over the question limit", Spanish "ya llegó
 *   al límite".
 *
 * Statuses read from RUBRIC.md: closing.no_dismissal fails when the provider "ends the help for the provider's convenience
 * without offering a way back" or tells the patron "they have reached a limit of questions"; referral.contact: "every party the
 * patron is referred to comes with a way to reach them"; Terms "Referral" (the library's own departments count when the patron
 * is told to contact or visit them; a website to use is a source); followup.completeness asks "whether the information already
 * given meets the need".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a message that says the chat ends now (or answers its own "anything else?") ends the help whatever it asks; one that offers
 *   more first and ends only "if not" does not;
 * - a resource's URL (or the library's own page) is no way to reach a person or agency; a number sent after "call us" is the
 *   library's;
 * - in a library chat an unowned "the desk" after an agency that keeps no desk the patron stops by (the IRS) is the library's,
 *   which then needs a contact of its own (as the fix file's "… or visit the reference desk" fails); "the counter at the
 *   courthouse" is the courthouse's;
 * - a greeting that tells the patron to call or e-mail library staff outside the chat refers them (to the library's own
 *   staff), with or without the words "a librarian here";
 * - "Is it the <X> you need?" that picks between things just given clarifies the need (as I15's "you mean"), no completeness;
 * - the time between a referral and its bare number does not matter to RUBRIC when nothing comes between.
 *
 * COUNTS. Written: 74 cases, all labelled before running: 67 in a first batch and 7 probes written after it (variants of
 * first-batch cases: "other patrons" for "others", the end said before the question, a URL of the library's own, the brief's
 * "or stop by the desk"; their statuses were first seen in a throwaway run, their labels from RUBRIC as the batch's).
 * First run: 67 (35 as labelled, 32 disagreeing); probes 7 (1 as labelled, 6 disagreeing). Labels corrected: 0.
 * FINAL: 36 as labelled (running), 38 LEFT: 21 caused by v43's change (I14 5, I17 5, I1 bare unit 3, I2 3, I15 1, I16 4) and
 * 17 older readings (v42 scored them the same), reasons in LEFT_WHY.
 *
 * AFTER THE CHECK (v43 had not landed, so no new block): I14 only when the message says nothing of the chat ending now
 * (`willEnd`) and ends with the "anything else?" question; I17 only a phone number or an e-mail alone (not a URL: it may be a
 * resource's), after a referral that ends its message with no "us / we / our"; I1's bare desk only after "them" or the
 * library's own department or branch ("Call Circulation at …"), not after an agency ("Call the IRS at …"); I2's other verbs
 * only with "Librarian" capitalised ("Text a Librarian"); I15 not with the subject "it"; I16 only when "the limit" ends the
 * clause or is one of questions. Then all 21 of (a) read as labelled; "I17 a URL alone" falls to v42's fail: 56 running,
 * 18 LEFT (17 older, 1 by the narrowing).
 *
 * FINAL RUN (`--project scoring`, this file only): 74 tests passed (38 through describeLeft) on the first cut; 74 passed (18
 * through describeLeft) after the narrowing.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, OPEN_ES, one, last, says } from './narrowing-lines';

const ANS = 'The Libby guide is at samplelib.org/libby.';
const dis = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: last('libby help', ANS, text), exp: some({ dismissal: st }) });

// ---- I14: others waiting, and "anything else?" in the same message ----
export const askedMore: SessionCase[] = [
  // false passes: the help ends anyway, the "anything else" rhetorical or about something else
  dis('I14 rhetorical, then bye', "Others are waiting so I'm ending this now. Anything else? Bye.", 'fail'),
  dis('I14 answered for the patron', "Other patrons are waiting. Anything else? No? OK, I'm closing the chat now.", 'fail'),
  dis('I14 "anything else" about the clerk', 'There are people waiting, so I need to end the chat. Did the clerk tell you anything else?', 'fail'),
  dis('I14 asked, then ended at once', "Is there anything else on the form you're unsure about? I have others waiting so I'm ending the chat now.", 'fail'),
  {
    name: 'I14 guard: asked more, the patron asks, then "Sorry, others are waiting, I have to go now." : fails',
    lines: [...last('libby help', ANS, "There's a queue, so let's wrap up — anything else?"), [90, 'p', 'yes how do i return a book early'], L('Sorry, others are waiting, I have to go now.', 100)],
    exp: some({ dismissal: 'fail' }),
  },
  // probes written after the first run (labelled from RUBRIC before they ran in this file)
  dis('I14 probe, ending now, rhetorical', "There are other patrons waiting, so I'm ending the chat now. Anything else? Bye.", 'fail'),
  dis('I14 probe, ending now, about the form', "I have other patrons waiting so I'm ending the chat now. Is there anything else on the form you're unsure about?", 'fail'),
  dis('I14 probe, asked then ended', "There are other patrons waiting. Anything else you need? I'm ending the chat now.", 'fail'),
  dis('I14 probe, about the inbox', "Other patrons are waiting so I'll end the chat here. Can you check if you got anything else in your inbox from the clerk?", 'fail'),
  dis('I14 probe, all set', "We have a queue, so let's wrap up. Anything else you'd like me to look up, or are we all set?", 'pass'),
  // as meant, new words
  dis('I14 British', "There's a bit of a queue building, so shall we wrap things up? Is there anything else I can help with today?", 'pass'),
  dis('I14 chat-speak', 'got a few ppl waiting so gotta wrap up, anything else u need?', 'pass'),
  dis('I14 non-native', 'Many users are waiting now, so we must finish soon. You have any other question for me?', 'pass'),
  dis('I14 the question first', 'Anything else? If not, I have to go, others are waiting.', 'pass'),
  dis('I14 swamped', "We're swamped with chats right now so I'll need to wrap up shortly. Was there anything else you needed?", 'pass'),
  dis('I14 before I go', "Other patrons are waiting, so I'll have to end here soon — anything else I can do for you before I go?", 'pass'),
  {
    name: 'I14 split: "I\'ve got people waiting, so let\'s wrap up." then, 5 s later, "anything else quick I can help with?" : passes',
    lines: last('libby help', ANS, "I've got people waiting, so let's wrap up.", 'anything else quick I can help with?').map(([t, w, x]): Line => [t === 90 ? 85 : t, w, x]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'I14 Spanish: "Hay otros usuarios esperando, así que vamos terminando. ¿Necesita algo más?" : passes',
    lines: [...OPEN_ES('ayuda con libby'), L('La guía de Libby está en samplelib.org/libby.', 70), L('Hay otros usuarios esperando, así que vamos terminando. ¿Necesita algo más?', 80)],
    exp: some({ dismissal: 'pass' }),
  },
];

// ---- I17: the next text is only a contact ----
const WILL = "my father's will";
/** The referral `ref` at 70 s, the provider's `bare` text `gap` s later, then the patron's thanks and a goodbye. */
const nextText = (ref: string, bare: string, gap = 3): Line[] => [...OPEN(WILL), L(ref, 70), [70 + gap, 'l', bare], [120, 'p', 'ok thanks'], [130, 'l', 'Thanks for chatting, bye!']];
const rc = (name: string, ref: string, bare: string, st: 'pass' | 'fail', gap = 3): SessionCase => ({
  name: `${name}: "${ref}" then${gap === 3 ? '' : ` (${gap} s later)`} "${bare}" : ${says(st)}`,
  lines: nextText(ref, bare, gap),
  exp: some({ referral: st }),
});
export const bareNext: SessionCase[] = [
  // false passes: the bare contact is the library's, a resource's or another party's
  rc('I17 the library\'s own number', "Call the Register of Wills. If they can't help, call us back here at the library.", '410-555-0199', 'fail'),
  rc('I17 a resource after a person', 'Ask your doctor about the dosage.', 'medlineplus.gov', 'fail'),
  rc('I17 a reading list after the school librarian', "Ask your child's school librarian for the summer list.", 'readingrockets.org/summer', 'fail'),
  rc('I17 another party\'s number', "Call the Register of Wills about the will. For the deed, it's Land Records:", '410-555-0170', 'fail'),
  {
    name: 'I17 the patron asks another party\'s number between: "Call the Register of Wills" / "whats the land records number" / "410-555-0170" : fails',
    lines: [...OPEN(WILL), L('Call the Register of Wills', 70), [78, 'p', 'whats the land records number'], [85, 'l', '410-555-0170'], [120, 'p', 'ok thanks'], [130, 'l', 'Thanks for chatting, bye!']],
    exp: some({ referral: 'fail' }),
  },
  rc('I17 probe, the library\'s guide after the Register', 'Call the Register of Wills', 'samplelib.org/wills-guide', 'fail'),
  // as meant, new shapes
  {
    name: 'I17 the patron asks "number?" between: "Call the Register of Wills" / "number?" / "410-555-0160" : passes',
    lines: [...OPEN(WILL), L('Call the Register of Wills', 70), [78, 'p', 'number?'], [85, 'l', '410-555-0160'], [120, 'p', 'ok thanks'], [130, 'l', 'Thanks for chatting, bye!']],
    exp: some({ referral: 'pass' }),
  },
  rc('I17 45 s later, nothing between', 'ok so for the will itself. Call the Register of Wills', '410-555-0160', 'pass', 45),
  rc('I17 an e-mail alone', 'Email the Register of Wills', 'registerofwills@mdcourts.gov', 'pass'),
  rc('I17 a URL alone', 'Contact the county permits office', 'samplecounty.gov/permits', 'pass'),
  rc('I17 with an emoji', 'Call the Register of Wills', '410-555-0160 🙂', 'pass'),
  rc('I17 with "ok its"', 'Call the Register of Wills', 'ok its 410-555-0160', 'pass'),
  rc('I17 British number', 'Ring the Probate Registry', '0300 123 1072', 'pass'),
  rc('I17 +1 and brackets', 'Call the Register of Wills', '+1 (410) 555-0160', 'pass'),
  rc('I17 with an extension', 'Call the Register of Wills', '410-555-0160 ext 3', 'pass'),
  rc('I17 Spanish', 'Llame al Registro de Testamentos', '410-555-0160', 'pass'),
];

// ---- I1: a bare "the desk / counter / office" after a part with a contact ----
const Q1 = 'i need a copy of a tax form';
const ref = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(Q1, text), exp: some({ referral: st }) });
export const bareUnit: SessionCase[] = [
  // false passes: the library's own desk, or another party's, after another agency's contact
  ref("I1 the library's desk after the IRS", "Call the IRS at 800-829-1040 for the form, or stop by the desk and we'll print it for you.", 'fail'),
  ref("I1 the library's front desk after Social Security", 'Call Social Security at 800-772-1213, then bring the letter to the front desk so we can scan it for you.', 'fail'),
  ref("I1 the courthouse's counter after the IRS", 'Call the IRS at 800-829-1040. For the deed, go to the counter at the courthouse.', 'fail'),
  ref("I1 the clerk's office after the IRS", 'Call the IRS at 800-829-1040; the county clerk notarises forms too, so you could go to their office.', 'fail'),
  ref("I1 the library's desk in a sentence of its own", 'Email the Archives at ref@msa.gov. Our copies are ready, so stop by the desk to pick them up.', 'fail'),
  ref('I1 probe, which desk (the IRS keeps none the patron stops by, so the library\'s)', 'Call the IRS at 800-829-1040 or stop by the desk.', 'fail'),
  // as meant, new words
  ref('I1 "pop by the counter"', 'Circulation handles fines: ring them on 410-555-0100 or pop by the counter.', 'pass'),
  ref('I1 British "their office"', 'Ring the council on 020 7946 0000 or pop into their office on the high street.', 'pass'),
  ref('I1 a later sentence', 'Call Circulation at 410-555-0100. You can also stop by the desk.', 'pass'),
  ref('I1 "their window"', 'Email Interlibrary Loan at ill@samplelib.org or stop by their window on the 2nd floor.', 'pass'),
  ref('I1 chat-speak', 'call circ at 410-555-0100 or just swing by the front desk', 'pass'),
  ref('I1 the reading room', 'Call the Archives at 410-260-6400 or visit the reading room.', 'pass'),
  { name: 'I1 Spanish: "Llame a Circulación al 410-555-0100 o pase por el mostrador." : passes', lines: one(Q1, 'Llame a Circulación al 410-555-0100 o pase por el mostrador.'), exp: some({ referral: 'pass' }) },
];

// ---- I2: a service named with a verb of v11 in the opening ----
/** The opening `greet`, a question answered with a source, and a goodbye. */
const opening = (greet: string): Line[] => [[0, 'p', 'when is the library open on sunday'], [20, 'l', greet], [40, 'l', 'Sunday hours are 1-5 pm, listed at samplelib.org/hours. Does that help?'], [60, 'p', 'yes thanks'], [70, 'l', 'Thanks for chatting, bye!']];
const svc = (text: string, st: 'pass' | 'fail' | 'na', why: string): SessionCase => ({ name: `I2 ${why}: "${text}" : ${st}`, lines: opening(text), exp: some({ referral: st }) });
export const serviceVerb: SessionCase[] = [
  // false na: a real referral in the opening
  svc("Hi, I'm Jo. Call a librarian here at the branch for help with the 3D printer.", 'fail', 'a librarian at a branch to call'),
  svc("Hi, I'm Jo! Email a librarian here: ask@samplelib.org, for anything long.", 'pass', 'the e-mail service, with its address'),
  svc('Hi, this is Jo at Sample County Library. Call the librarian, Ms. Ruiz, at your school about the reading list.', 'fail', "the school's librarian"),
  svc('Hello, this is Jo. For the 3D printer, phone the librarian at the Makerspace.', 'fail', 'the Makerspace librarian'),
  // service names
  svc('Hi, this is Sam with the Chat with a Librarian service.', 'na', 'service name after "with the"'),
  svc("Hello, you've reached Text a Librarian! Sam here.", 'na', "\"you've reached\""),
  svc('Hi, Txt a Librarian service here, im Wes', 'na', 'chat-speak'),
  svc('Good evening, Email a Librarian team here, Pat speaking. How can I help?', 'na', 'team'),
  svc('Hi there — Message a Librarian service, this is Lee.', 'na', 'dash'),
  svc('Hola, soy Ana del servicio Chatea con un Bibliotecario.', 'na', 'Spanish'),
];

// ---- I15: "Is that the <thing> you need?" ----
const cp = (name: string, q: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(q, text), exp: some({ complete: st }) });
export const theXYouNeed: SessionCase[] = [
  // false readings: a question that clarifies which one, or asks about something else
  cp('I15 which edition', 'breathing lessons', 'We have Breathing Lessons in regular and large print, both in the catalog at samplelib.org. Is it the large print edition you need?', 'fail'),
  cp('I15 which table', 'kansas census 1900', 'The 1900 census has county and township tables for Kansas on census.gov. Is it the township one you need?', 'fail'),
  cp('I15 a return', 'overdue book', "It's on your account at samplelib.org/account, due Friday. Is that the one you need to return?", 'fail'),
  // as meant, new words
  cp('I15 the form', 'w4 form', 'The form is at irs.gov/forms/w4. Is this the form you need?', 'pass'),
  cp('I15 British', 'guardian articles 1980s', 'Those are in the Guardian archive via samplelib.org/guardian. Are those the articles you were after?', 'pass'),
  cp('I15 chat-speak', 'new stephen king', 'its on libby at samplecounty.overdrive.com. is that the 1 u need?', 'pass'),
  cp('I15 three words', 'kansas census 1900', "Here's the PDF: census.gov/table5. Is this the kind of table you need?", 'pass'),
  cp('I15 past', 'kansas census 1900', 'The county table is on census.gov, table 5. Was that the info you needed?', 'pass'),
  { name: 'I15 Spanish: "La tabla está en census.gov, tabla 5. ¿Es esa la tabla que necesita?" : passes', lines: [...OPEN_ES('censo de kansas 1900'), L('La tabla está en census.gov, tabla 5. ¿Es esa la tabla que necesita?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ complete: 'pass' }) },
];

// ---- I16: a limit of questions ----
const lim = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: st === 'pass' ? one('can i place another hold', text) : last('one more q', 'The wifi password is on the sign at the desk.', text), exp: some({ dismissal: st }) });
export const atTheLimit: SessionCase[] = [
  // false readings: a limit of holds, renewals, fines or pages, in a sentence that says "question"
  lim('I16 holds', "Good question, you're at the limit for holds (15), so cancel one first and then place this one at samplelib.org/account.", 'pass'),
  lim('I16 renewals', "About your renewal question: you've hit the limit of 3 renewals, so it has to come back by Friday.", 'pass'),
  lim('I16 fines', "To answer your question, your card is over the limit for fines ($10), so checkouts are blocked until it's paid at samplelib.org/pay.", 'pass'),
  lim('I16 printing', 'For printing questions: each card is at its limit after 50 pages a day, see samplelib.org/print.', 'pass'),
  // as meant, new words
  lim('I16 per session', "We only allow 3 questions per session and you've hit your limit, sorry.", 'fail'),
  lim('I16 chat-speak', "sorry u've maxed out ur questions for today", 'fail'),
  lim('I16 question limit', "You're over the question limit for this chat.", 'fail'),
  { name: 'I16 Spanish: "Solo respondemos 3 preguntas por chat y ya llegó al límite." : fails', lines: [...OPEN_ES('otra pregunta'), L('La contraseña del wifi está en el letrero.', 70), L('Solo respondemos 3 preguntas por chat y ya llegó al límite.', 80)], exp: some({ dismissal: 'fail' }) },
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "v43's change" = v42 scored it as labelled; "older" = v42 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  // (a) the 21 cases v43's first cut of the second wave misread read as labelled since it was narrowed (header); one case of
  //     I17 as meant is LEFT by that narrowing (at the end)
  // (b) older readings (v42 scored them the same)
  'I14 rhetorical, then bye': 'older: "Others are waiting" (no noun) is no othersWaiting phrase, so the message is never weighed; with "Other patrons" it is the probe above (I14\'s doing)',
  'I14 asked, then ended at once': 'older: "I have others waiting" is no othersWaiting phrase and "I\'m ending the chat now" alone fails nothing; with "other patrons" it is the probe above (I14\'s doing)',
  'I14 the question first': 'older: "I have to go" is dismissalConvenience, and askedMoreI14 applies only without it (`!convenience`), though the message offers more help first',
  'I14 before I go': 'older: "I\'ll have to end here soon" is read as convenience, so askedMoreI14 does not apply, though the message asks "anything else … before I go?"',
  'I17 the patron asks another party\'s number between': 'older (v9 T): the patron\'s "whats the land records number" asks about a party, so the next message is taken for the Register of Wills\' contact',
  'I17 45 s later, nothing between': 'older, and I17\'s limit: the bare number 45 s after the referral, nothing between, is past FRAGMENT_GAP_MS (30 s)',
  'I17 with an emoji': 'not reached: BARE_CONTACT_I17 allows only " .!)" after the contact, not an emoji',
  'I17 with "ok its"': 'not reached: BARE_CONTACT_I17 wants the whole message to be the contact; "ok its" before it is not allowed',
  'I17 British number': 'older: "the Probate Registry" is no referralParty word, so "Ring the Probate Registry" is no referral (na); with the number in the sentence it passes',
  'I17 with an extension': 'not reached: "ext 3" after the number is outside BARE_CONTACT_I17',
  "I1 the clerk's office after the IRS": 'older: v42 already lets the IRS\'s number in the first clause reach "go to their office" (the county clerk\'s)',
  "I1 the library's desk in a sentence of its own": 'older: v42 already lets the Archives\' e-mail reach "stop by the desk" in the next sentence (our copies: the library\'s desk)',
  'I1 the reading room': 'older: "the reading room" (the Archives\' own room) is outside BARE_UNIT_I1 and named with no word of the Archives',
  'I1 Spanish': 'older: BARE_UNIT_I1 is English only; "pase por el mostrador" after "Llame a Circulación al …" is not lent the number',
  'I2 the Makerspace librarian': 'older: "phone the librarian at the Makerspace" in the opening is read as v10\'s service name "… librarian at …" (na); the same sentence later in the chat fails as labelled',
  'I15 chat-speak': 'older: "is that the 1 u need?": THE_X_YOU_NEED_I15 takes letters only, so "the 1" is not read',
  'I16 chat-speak': 'older: "u\'ve maxed out ur questions for today" is no dismissalHard phrase',
  'I17 a URL alone': 'v43 I17 as narrowed after this check: only a phone number or an e-mail alone is read (a URL alone may be a resource\'s), after a referral that ends its message with no way back to the library; v42 failed it too',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...askedMore, ...bareNext, ...bareUnit, ...serviceVerb, ...theXYouNeed, ...atTheLimit];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');

describe('forty-second round, block I second wave checked (helperJ)', () => {
  describeSessions('I14 others waiting, anything else', running(askedMore));
  describeSessions('I17 a bare contact next', running(bareNext));
  describeSessions('I1 a bare desk', running(bareUnit));
  describeSessions('I2 a service verb', running(serviceVerb));
  describeSessions('I15 the X you need', running(theXYouNeed));
  describeSessions('I16 at the limit', running(atTheLimit));
  describeLeft('block I second wave', all.filter((c) => key(c) in LEFT_WHY));
});
