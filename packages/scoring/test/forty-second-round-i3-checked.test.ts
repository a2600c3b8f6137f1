/**
 * Forty-second round, block I's phrase families checked (helperF): rubric v43's I3-I10 (rubric.ts `CHAT_BACK_IN_I3`,
 * `STREET_LETTER_I4`, `LIKELY_THE_ONE_I5`, `GOT_IT_STRAIGHT_I6`, `SEGUIR_ATENDIENDO_I7`, `SO_YOUD_I8`, `ANYTHING_ELSE_I9`,
 * `CUENTAME_I10`, in `phrasesV43I`), checked both ways with cases no one had written: FALSE READINGS the new phrases may
 * now cause and the behaviour they mean to read in NEW words and shapes.
 *
 *
 * SHAPES TRIED:
 *  I3 (courteous, no_dismissal's way back): "log back in" to Libby, an app or the Wi-Fi after "then / just / can", a hold that
 *   "pops back in", "to restart, text back in" (SMS alerts), a shift-end dismissal whose only "way back" is "just log back
 *   in"; against: "feel free to pop / drop back in", chat-speak "msg back in l8r", "hop back on the chat", "Pop back in later
 *   and a colleague will pick it up" after "I have to go";
 *  I4 (referral.contact, postal address): a bus route ("bus 5B down Reisterstown Road"), a highway exit ("exit 3A to Ritchie
 *   Highway"), an opening hour ("open 8a weekdays on Ritchie Hwy"); against: "1200A East Main St", British "14a High Street",
 *   "45-C Old Court Rd", "6764 B Reisterstown Road" (a space), "300R Main Street" (a letter after h), Spanish "Vaya / Visite …
 *   6764-B Reisterstown Road";
 *  I5 (completeness): "Could those be the ones you need?", "Would that be it?", British "you were after", "the one you're
 *   thinking of", "Could that be him?" (genealogy), "going to be the right one for your class", Spanish "¿Será ese el que
 *   busca?"; against: "Would that be the one you need?" about a reprint only offered, "Is that likely to be a problem?", and
 *   "Octavia Butler, could that be her?" before any source (clarify, not completeness);
 *  I6 (clarify; answers): "Just so I have it right: you're after …", "Just so I'm clear", "on the same page", chat-speak "just
 *   so i got it right - u need …", non-native "For to be sure I understand"; against: the opener before a hold, a look-up, a
 *   policy, and a recap that gives the answer or a source;
 *  I8: "so you'd want to get / take …" restating the patron's need before a source, "so you'd want the 1990 edition"; advice
 *   "so you'd want to order it through ILL" and "to head over to …" answering, then "Does that help?";
 *  I7 (no_dismissal): "Ya no te puedo seguir ayudando" (clitic first), "No puedo continuar atendiéndole hoy", "ya no podemos
 *   seguir con su consulta", and with a way back; against: a tutoring program that ended ("no podemos seguir atendiendo a
 *   estudiantes allí" + URL), a colleague who goes on in the chat, software no longer supported ("no podemos seguir ayudando
 *   con ese programa" + URL);
 *  I9 (anything_else): "got / enjoy / finished anything else", Spanish "¿Ha leído algo más de ella?", "Does your son own
 *   anything else"; against: "anything else you'd like to borrow?", "renew anything else you've borrowed?";
 *  I10 (clarify; answers): "Dime qué carrera estudias …", "Cuéntame un poquito más", Mexican "Platícame un poco más", usted
 *   "Indíqueme por favor qué …"; against: small talk "Me gustaría saber más sobre eso yo también" (with and without a "¡…!"
 *   before it), "Cuéntame cómo te va mañana" with no source ever, "dime cuándo puedes venir" inside an answer.
 *
 * Statuses read from RUBRIC.md: closing.courteous ("thanks the patron, says goodbye or invites them back"), closing.no_dismissal
 * ("ends the help for the provider's convenience without offering a way back"), referral.contact ("e-mail, phone, postal
 * address or URL") and the Term "Referral" (visit an organisation), followup.completeness ("in or after the first message that
 * gives a source or answer … whether the information already given meets the need … A question about something not yet given
 * … does not count"), inquiry.clarify ("a question about the need … or restates the question … before the first message that
 * gives a source. If no source is ever given, any such question counts"), closing.anything_else ("asks whether the patron needs
 * anything else").
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - logging back in to an app, a database or the Wi-Fi, or texting a number to restart alerts, invites no one back to the chat;
 * - a bus route, a highway exit or an opening hour next to a road's name is no postal address (no street number of a place);
 * - "take bus 5B … to the Division of Vital Records office" sends the patron to visit it: a referral;
 * - an "anything else" about what the patron has, enjoyed or read is a reader's-advisory question, not "anything else?";
 * - a recap that states what the patron gets ("we don't have it …, but ILL can get it") answers, whatever its opener;
 * - "so you'd want to <verb> …" restates when it repeats the patron's own stated need (large print, weekends) and advises when
 *   it tells the patron where to go or what to do;
 * - a provider going off shift while a named colleague goes on in the same chat does not end the help;
 * - an imperative "Dime / Cuéntame / Indíqueme … qué …" about the need is a question about the need (as "Tell me a bit more").
 *
 * COUNTS. Written: 69 cases, all labelled before running: 65 in a first batch and 4 probes written after it (each labelled
 * before it ran: the I3 text-alert line, the I4 bus line with "Visit …", the I4 Spanish line with "Visite …", the I10 small
 * talk without "¡…!").
 * First run: 65 (28 as labelled, 37 disagreeing); the probes: 1 as labelled, 3 disagreeing. Labels corrected: 0; one case
 * reworded before the LEFT list was written (the I8 large-print line: the patron's question now asks for big print, so the
 * provider's "so you'd want to get the large-print edition" repeats a need the patron stated; it disagrees the same), and the
 * three I8 clarify sessions now give a source that fits the question (no status changed).
 * The 40 disagreeing, by cause (each in LEFT below with its reason):
 *  - v43's change (18; v42 scored each as labelled): I3 4 ("just log back in." twice, "can log back in once", ", text back
 *    in."), I4 3 ("3A to Ritchie Highway", "8a weekdays on Ritchie Hwy", "5B down Reisterstown Road"), I6 4 ("just so I've got
 *    it right / I have everything right / we have it clear" before no restatement; a recap answer skipped), I7 2 ("no podemos
 *    seguir atendiendo / ayudando" about a program), I8 2 ("so you'd want to get / take …" restating, now advice), I10 3 ("me
 *    gustaría saber más" small talk, "cuéntame cómo te va" with no source, "dime cuándo puedes venir" skipping an answer);
 *  - older readings or shapes the families do not reach (22; v42 the same): I9 4, I3 4 (2 already read by v42's own phrases
 *    and now by I3 too; "l8r", "hop back on"), I10 4 ("un poquito", "platícame", "por favor" in between, a "¡…!" read as a
 *    question), I6 1, I5 3 ("thinking of", "for your class", Spanish), I7 2 (clitic first; "mi turno termina" with a colleague
 *    going on), I8 1 ("order" not in the verb list), I4 3 ("take bus … to" read as no referral, "300R", Spanish "Vaya en
 *    persona a …").
 *  - AS LABELLED (29): I3 3, I4 5, I5 7, I6 5, I8 2, I7 3, I9 3, I10 1 (of which v43 newly gets 9 right, v42 misread them: "45-C Old Court Rd",
 *    Spanish "Visite … 6764-B", "Could those be the ones you need?", "you were after", "Just so I have it right:", "just so i
 *    got it right", "to head over to …" answering, "Does your son own anything else", "Dime qué carrera …").
 *
 * AFTER THE CHECK (v43 had not landed, so no new block): I3 reads "chat / message / hop / pop back in" only (not "log" nor
 * "text", an app's or an alert service's); I4's street number follows no "exit / bus / route / open …" and no preposition
 * comes between it and the street; I6 only before a colon, comma or dash not followed by the provider's own act or a policy
 * ("I'll", "we", "our", "unfortunately" …); I7 only "seguir atendiendo / ayudando" with "le / lo / la / te" or at a clause's
 * end (also "no te puedo seguir …"); I8's advice verbs only verbs of going to or getting in touch (not "get", "take"), now
 * with "order"; I10 not "cómo te va / fue", "cuándo puedes venir", "… yo también"; I5 also "you're thinking of". Then all 18
 * of (a) and 3 of (b) read as labelled: 50 running, 19 LEFT, all older or not reached (v42 the same).
 *
 * FINAL RUN (`--project scoring`, this file only): 69 tests passed (40 through describeLeft) on the first cut; 69 passed (19
 * through describeLeft) after the narrowing.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, OPEN_ES, es, one, last } from './narrowing-lines';

const GREET = 'Hi, this is Jo, a librarian at Sample County Library.';
const GREET_ES = 'Hola, soy Jo, bibliotecaria de Sample County Library.';
/**
 * inquiry.clarify: the question `q`, a greeting that asks nothing, the provider's `said` at 30 s, the patron's `reply`, then
 * the first source (with "Does that help?") and a goodbye: clarify passes only if `said` asks about or restates the need.
 */
const before = (q: string, said: string, reply = 'yes', src = 'Start with CINAHL Complete at samplelib.org/databases. Does that help?'): Line[] => [
  [0, 'p', q],
  [20, 'l', GREET],
  [30, 'l', said],
  [50, 'p', reply],
  [70, 'l', src],
  [90, 'p', 'yes thanks'],
  [100, 'l', 'Thanks for chatting, bye!'],
];
/** The same in Spanish. */
const antes = (q: string, said: string, reply = 'sí'): Line[] => [
  [0, 'p', q],
  [20, 'l', GREET_ES],
  [30, 'l', said],
  [50, 'p', reply],
  [70, 'l', 'Prueba la base de datos Redalyc en redalyc.org. ¿Te sirve?'],
  [90, 'p', 'sí gracias'],
  [100, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** `OPEN(q)`, the provider's answer `said` (no source needed), "Does that help?" right after it, the patron's ok, a goodbye. */
const answered = (q: string, said: string, ask = 'Does that help?'): Line[] => [...OPEN(q), L(said, 70), L(ask, 80), [100, 'p', 'ok'], [110, 'l', 'Thanks for chatting, bye!']];
/** An answered ebook question, the patron's second question, then the provider's `text` as the last message. */
const cutOff = (text: string): Line[] => [
  ...OPEN('how do i renew my ebook'),
  L('Renew it in Libby under Shelf > Loans, or at samplelib.org/libby.', 70),
  [90, 'p', 'ok and how do i return it early?'],
  L(text, 100),
];
/** The same in Spanish. */
const corta = (text: string): Line[] => [
  ...OPEN_ES('busco la novela de isabel allende'),
  L('Está en el catálogo, samplelib.org/catalogo.', 70),
  [90, 'p', '¿y tienen también el segundo tomo?'],
  L(text, 100),
];
const Q_REC = 'how do i get a copy of my birth certificate';
const ref = (text: string, st: 'pass' | 'fail' | 'na') => ({ lines: one(Q_REC, text), exp: some({ referral: st }) });

// ---- I3 "chat back in": an invitation back (closing.courteous, closing.no_dismissal's way back) ----
// RUBRIC (closing.courteous): one of the last two provider messages "thanks the patron, says goodbye or invites them back";
// (closing.no_dismissal) ending the help for the provider's convenience fails "without offering a way back".
export const chatBack: SessionCase[] = [
  // false readings: logging back in to an app or the Wi-Fi, an item that shows again
  { name: 'I3 false: "Then log back in later with your card number and PIN." (Libby, not the chat) : courteous fails', lines: last('libby kicked me out', 'Your Libby session timed out.', 'Then log back in later with your card number and PIN.'), exp: some({ courteous: 'fail' }) },
  { name: 'I3 false: "If the app freezes, just log back in." : courteous fails', lines: last('how do i get audiobooks', 'Go to samplelib.org/libby and sign in with your card.', 'If the app freezes, just log back in.'), exp: some({ courteous: 'fail' }) },
  { name: 'I3 false: "Holds sometimes vanish from the app for a minute and then pop back in." : courteous fails', lines: last('my hold disappeared', 'Your hold is still there at samplelib.org/account.', 'Holds sometimes vanish from the app for a minute and then pop back in.'), exp: some({ courteous: 'fail' }) },
  { name: 'I3 false: "You can log back in once it reconnects." (the Wi-Fi) : courteous fails', lines: last('wifi keeps dropping', 'The Wi-Fi drops every few minutes on the second floor; the guide is at samplelib.org/wifi.', 'You can log back in once it reconnects.'), exp: some({ courteous: 'fail' }) },
  // new words: other invitations back
  { name: 'I3 false (probe): "To stop alerts reply STOP; to restart, text back in." (text alerts) : courteous fails', lines: last('how do i get text alerts for holds', 'Sign up at samplelib.org/alerts.', 'To stop alerts reply STOP; to restart, text back in.'), exp: some({ courteous: 'fail' }) },
  { name: 'I3 new: "Feel free to pop back in anytime if the citation still looks off." : courteous passes', lines: last('mla citation help', 'Put the author first: Smith, Jane.', 'Feel free to pop back in anytime if the citation still looks off.'), exp: some({ courteous: 'pass' }) },
  { name: 'I3 new: "Feel free to drop back in if you get stuck." : courteous passes', lines: last('mla citation help', 'Put the author first: Smith, Jane.', 'Feel free to drop back in if you get stuck.'), exp: some({ courteous: 'pass' }) },
  { name: 'I3 new (chat-speak): "np, msg back in l8r if u need" : courteous passes', lines: last('mla citation help', 'put the author first: Smith, Jane.', 'np, msg back in l8r if u need'), exp: some({ courteous: 'pass' }) },
  { name: 'I3 new: "If anything comes up, just hop back on the chat." : courteous passes', lines: last('mla citation help', 'Put the author first: Smith, Jane.', 'If anything comes up, just hop back on the chat.'), exp: some({ courteous: 'pass' }) },
  // closing.no_dismissal: a way back, and a "log back in" that is none
  { name: 'I3 new (dismissal): "Sorry, I have to go now, my shift is over. Pop back in later and a colleague will pick it up." : passes', lines: cutOff('Sorry, I have to go now, my shift is over. Pop back in later and a colleague will pick it up.'), exp: some({ dismissal: 'pass' }) },
  { name: 'I3 false (dismissal): "Sorry, I have to go now, my shift is over. Once your new PIN comes, just log back in." : fails', lines: cutOff('Sorry, I have to go now, my shift is over. Once your new PIN comes, just log back in.'), exp: some({ dismissal: 'fail' }) },
];

// ---- I4 a street number with a letter (referral.contact: "postal address") ----
export const streetLetter: SessionCase[] = [
  // false readings: a bus route, a highway exit, an opening hour before a road's name: no postal address
  { name: 'I4 false: "Take bus 5B down Reisterstown Road to the Division of Vital Records office." : fails', ...ref('Take bus 5B down Reisterstown Road to the Division of Vital Records office.', 'fail') },
  { name: 'I4 false: "Visit the MVA office in Glen Burnie: take exit 3A to Ritchie Highway." : fails', ...ref('Visit the MVA office in Glen Burnie: take exit 3A to Ritchie Highway.', 'fail') },
  { name: 'I4 false (chat-speak): "ur best bet is to go to the MVA, open 8a weekdays on Ritchie Hwy" : fails', ...ref('ur best bet is to go to the MVA, open 8a weekdays on Ritchie Hwy', 'fail') },
  { name: 'I4 false (probe): "Visit the Division of Vital Records office: take bus 5B down Reisterstown Road." : fails', ...ref('Visit the Division of Vital Records office: take bus 5B down Reisterstown Road.', 'fail') },
  // new shapes of a real address
  { name: 'I4 new: "… in person at 1200A East Main St, Westminster, MD 21157." : passes', ...ref('Visit the Division of Vital Records in person at 1200A East Main St, Westminster, MD 21157.', 'pass') },
  { name: 'I4 new (British): "Pop into the Register Office at 14a High Street, Bromley BR1 1AA." : passes', ...ref('Pop into the Register Office at 14a High Street, Bromley BR1 1AA.', 'pass') },
  { name: 'I4 new: "Go to the county clerk\'s office, 45-C Old Court Rd, Towson." : passes', ...ref("Go to the county clerk's office, 45-C Old Court Rd, Towson.", 'pass') },
  { name: 'I4 new: "… at 6764 B Reisterstown Road, Baltimore." (a space before the letter) : passes', ...ref('Visit the Vital Records office at 6764 B Reisterstown Road, Baltimore.', 'pass') },
  { name: 'I4 new: "Visit the clerk at 300R Main Street, Towson." (a letter after h) : passes', ...ref('Visit the county clerk at 300R Main Street, Towson.', 'pass') },
  { name: 'I4 new (Spanish): "Vaya en persona a la oficina del Registro Civil, 6764-B Reisterstown Road, Baltimore." : passes', lines: es('necesito copia de mi acta de nacimiento', 'Vaya en persona a la oficina del Registro Civil, 6764-B Reisterstown Road, Baltimore.'), exp: some({ referral: 'pass' }) },
  { name: 'I4 new (Spanish, probe): "Visite la oficina del Registro Civil en 6764-B Reisterstown Road, Baltimore." : passes', lines: es('necesito copia de mi acta de nacimiento', 'Visite la oficina del Registro Civil en 6764-B Reisterstown Road, Baltimore.'), exp: some({ referral: 'pass' }) },
];

// ---- I5 "Is that likely to be the one?" (followup.completeness) ----
// RUBRIC: "in or after the first message that gives a source or answer, the provider asks whether the information already
// given meets the need … A question about something not yet given … does not count."
const Q_COOK = 'old cookbook from the womens institute';
const SRC_COOK = 'I found two W.I. cookbooks from the 1970s in our catalog at samplelib.org/catalog.';
export const likelyOne: SessionCase[] = [
  { name: 'I5 new: "… Could those be the ones you need?" : completeness passes', lines: one(Q_COOK, `${SRC_COOK} Could those be the ones you need?`), exp: some({ complete: 'pass' }) },
  { name: 'I5 new: "… Would that be it?" : completeness passes', lines: one(Q_COOK, `${SRC_COOK} Would that be it?`), exp: some({ complete: 'pass' }) },
  { name: 'I5 new (British): "… Might that be the one you were after?" : completeness passes', lines: one(Q_COOK, `${SRC_COOK} Might that be the one you were after?`), exp: some({ complete: 'pass' }) },
  { name: 'I5 new: "… Could this be the one you\'re thinking of?" : completeness passes', lines: one(Q_COOK, `${SRC_COOK} Could this be the one you're thinking of?`), exp: some({ complete: 'pass' }) },
  { name: 'I5 new (genealogy): "… in the 1920 census on Ancestry Library Edition. Could that be him?" : completeness passes', lines: one('looking for my great grandfather john kowalski', 'There is a John Kowalski, age 34, in the 1920 census on Ancestry Library Edition at samplelib.org/ancestry. Could that be him?'), exp: some({ complete: 'pass' }) },
  { name: 'I5 new: "… Is that going to be the right one for your class?" : completeness passes', lines: one(Q_COOK, `${SRC_COOK} Is that going to be the right one for your class?`), exp: some({ complete: 'pass' }) },
  { name: 'I5 new (Spanish): "… ¿Será ese el que busca?" : completeness passes', lines: es('busco un libro de cocina antiguo', 'Encontré un recetario de 1974 en el catálogo: samplelib.org/catalogo. ¿Será ese el que busca?'), exp: some({ complete: 'pass' }) },
  // false readings: a question about something offered but not given; a question about a problem
  { name: 'I5 false: "… I could also request the 1982 reprint from another library. Would that be the one you need?" (not given yet) : completeness fails', lines: one(Q_COOK, 'The 1974 edition is checked out until the 20th. I could also request the 1982 reprint from another library. Would that be the one you need?'), exp: some({ complete: 'fail' }) },
  { name: 'I5 false: "… but it\'s due back on the 14th. Is that likely to be a problem?" : completeness fails', lines: one(Q_COOK, `${SRC_COOK} One is due back on the 14th. Is that likely to be a problem?`), exp: some({ complete: 'fail' }) },
  // before anything is given, "could that be her?" asks about the need (clarify), and answers nothing (completeness)
  { name: 'I5 before the source: "Octavia Butler, could that be her?" : clarify passes, completeness fails', lines: [[0, 'p', 'looking for books by that butler lady who wrote about time travel and slavery'], [20, 'l', GREET], [30, 'l', 'Hmm, Octavia Butler, could that be her?'], [50, 'p', 'yes!'], [70, 'l', 'Kindred is in our catalog at samplelib.org/catalog.'], [90, 'p', 'thanks'], [100, 'l', 'Thanks for chatting, bye!']], exp: some({ clarify: 'pass', complete: 'fail' }) },
];

// ---- I6 "just so I've got it straight" (inquiry.clarify: "restates the question … before the first message that gives a source") ----
const Q_NURSE = 'i need articles on nurse burnout';
export const gotStraight: SessionCase[] = [
  { name: 'I6 new: "Just so I have it right: you\'re after peer-reviewed articles on nurse burnout from the last five years." : clarify passes', lines: before(Q_NURSE, "Just so I have it right: you're after peer-reviewed articles on nurse burnout from the last five years."), exp: some({ clarify: 'pass' }) },
  { name: 'I6 new: "Just so I\'m clear: you need research articles, not news stories." : clarify passes', lines: before(Q_NURSE, "Just so I'm clear: you need research articles, not news stories."), exp: some({ clarify: 'pass' }) },
  { name: 'I6 new: "Just so we\'re on the same page, you want studies on ICU nurses specifically." : clarify passes', lines: before(Q_NURSE, "Just so we're on the same page, you want studies on ICU nurses specifically."), exp: some({ clarify: 'pass' }) },
  { name: 'I6 new (chat-speak): "ok just so i got it right - u need stuff on burnout in er nurses for ur capstone" : clarify passes', lines: before(Q_NURSE, 'ok just so i got it right - u need stuff on burnout in er nurses for ur capstone'), exp: some({ clarify: 'pass' }) },
  { name: 'I6 new (non-native): "For to be sure I understand: you are needing articles about burnout of nurses." : clarify passes', lines: before(Q_NURSE, 'For to be sure I understand: you are needing articles about burnout of nurses.'), exp: some({ clarify: 'pass' }) },
  // false readings: the opener before a hold, a look-up, a policy; "you've got it straight"
  { name: 'I6 false: "Just so I\'ve got it right, I\'ll check the catalog." (a hold) : clarify fails', lines: before(Q_NURSE, "Just so I've got it right, I'll check the catalog.", 'ok'), exp: some({ clarify: 'fail' }) },
  { name: 'I6 false: "Just so I have everything right on my end, I\'m pulling up the database list now." : clarify fails', lines: before(Q_NURSE, "Just so I have everything right on my end, I'm pulling up the database list now.", 'ok'), exp: some({ clarify: 'fail' }) },
  { name: 'I6 false: "Just so we have it clear, our databases are for Sample County cardholders only." (a policy) : clarify fails', lines: before(Q_NURSE, 'Just so we have it clear, our databases are for Sample County cardholders only.', 'ok i have a card'), exp: some({ clarify: 'fail' }) },
  // a recap that gives the answer is no restatement: the source stands, and the message answers
  { name: 'I6 false (source): "Just so we\'ve got everything straight: your hold is placed, and the renewal form is at samplelib.org/renew." : source passes', lines: one('can i renew my laptop loan', "Just so we've got everything straight: your hold is placed, and the renewal form is at samplelib.org/renew."), exp: some({ source: 'pass' }) },
  { name: 'I6 false (answer): "Just so we\'ve got it straight: we don\'t have it in Portuguese, but interlibrary loan can get it for you." then "Does that help?" : completeness passes', lines: answered('do you have the body keeps the score in portuguese', "Just so we've got it straight: we don't have it in Portuguese, but interlibrary loan can get it for you."), exp: some({ complete: 'pass' }) },
];

// ---- I8 "so you'd want …": a restatement, not advice ----
export const soYoud: SessionCase[] = [
  { name: 'I8 new: "Got it, so you\'d want to get the large-print edition, not the regular one." (before the source) : clarify passes', lines: before('do you have where the crawdads sing in big print? my eyes are bad', "Got it, so you'd want to get the large-print edition, not the regular one.", 'yes', 'The large-print copy is in our catalog at samplelib.org/catalog. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'I8 new: "So you\'d want to take the class on a weekend, then." (before the source) : clarify passes', lines: before('i want to learn excel but i work weekdays', "So you'd want to take the class on a weekend, then.", 'yes', 'Our Saturday Excel class is listed at samplelib.org/events. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'I8 guard: "So you\'d want the 1990 edition, not the reprint." (before the source) : clarify passes', lines: before('i need the 1990 edition of the state code', "So you'd want the 1990 edition, not the reprint.", 'yes', 'The 1990 edition is in our reference collection, listed at samplelib.org/catalog. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'I8 new (advice): "We don\'t have it in Portuguese, so you\'d want to order it through interlibrary loan." then "Does that help?" : completeness passes', lines: answered('do you have the body keeps the score in portuguese', "We don't have it in Portuguese, so you'd want to order it through interlibrary loan."), exp: some({ complete: 'pass' }) },
  { name: 'I8 guard (advice): "It\'s reference only, so you\'d want to head over to the second floor desk to read it." then "Does that help?" : completeness passes', lines: answered('can i borrow the 1990 state code', "It's reference only, so you'd want to head over to the second floor desk to read it."), exp: some({ complete: 'pass' }) },
];

// ---- I7 "Ya no puedo seguir atendiéndole" (closing.no_dismissal) ----
// RUBRIC: fail when the provider "ends the help for the provider's convenience without offering a way back".
export const seguir: SessionCase[] = [
  { name: 'I7 new: "Ya no te puedo seguir ayudando, estoy muy ocupada. Adiós." : fails', lines: corta('Ya no te puedo seguir ayudando, estoy muy ocupada. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'I7 new: "No puedo continuar atendiéndole hoy, tengo que irme." : fails', lines: corta('No puedo continuar atendiéndole hoy, tengo que irme.'), exp: some({ dismissal: 'fail' }) },
  { name: 'I7 new: "Lo siento, ya no podemos seguir con su consulta; hay otros usuarios esperando." (no way back) : fails', lines: corta('Lo siento, ya no podemos seguir con su consulta; hay otros usuarios esperando.'), exp: some({ dismissal: 'fail' }) },
  { name: 'I7 way back: "Ya no puedo seguir atendiéndole, pero puede volver a escribirnos mañana y con gusto le ayudamos." : passes', lines: corta('Ya no puedo seguir atendiéndole, pero puede volver a escribirnos mañana y con gusto le ayudamos.'), exp: some({ dismissal: 'pass' }) },
  // false readings: a program that ended, a colleague who goes on, software no longer supported
  { name: 'I7 false: "El programa de tutorías terminó en mayo, así que no podemos seguir atendiendo a estudiantes allí; ahora usamos Tutor.com: …" : passes', lines: es('todavía tienen tutorías para niños', 'El programa de tutorías terminó en mayo, así que no podemos seguir atendiendo a estudiantes allí; ahora usamos Tutor.com: samplelib.org/tutor.'), exp: some({ dismissal: 'pass' }) },
  { name: 'I7 false: "Mi turno termina, ya no puedo seguir atendiéndote, pero mi compañera Ana sigue contigo en este chat." : passes', lines: corta('Mi turno termina, ya no puedo seguir atendiéndote, pero mi compañera Ana sigue contigo en este chat.'), exp: some({ dismissal: 'pass' }) },
  { name: 'I7 false: "No podemos seguir ayudando con ese programa porque Microsoft ya no lo actualiza; pruebe LibreOffice en libreoffice.org." : passes', lines: es('me ayudan con microsoft works', 'No podemos seguir ayudando con ese programa porque Microsoft ya no lo actualiza; pruebe LibreOffice en libreoffice.org.'), exp: some({ dismissal: 'pass' }) },
];

// ---- I9 "anything else" about what the patron owns or has read (closing.anything_else) ----
// RUBRIC: pass when "the provider asks whether the patron needs anything else" (or the patron says they are done).
const Q_BOOKS = 'books like kindred';
const SRC_BOOKS = 'Try Wild Seed, in our catalog at samplelib.org.';
export const anythingOwned: SessionCase[] = [
  { name: 'I9 new (false): "Have you got anything else by her at home, or is this your first?" : anything fails', lines: last(Q_BOOKS, 'Have you got anything else by her at home, or is this your first?', SRC_BOOKS), exp: some({ anything: 'fail' }) },
  { name: 'I9 new (false): "Did you enjoy anything else she wrote?" : anything fails', lines: last(Q_BOOKS, 'Did you enjoy anything else she wrote?', SRC_BOOKS), exp: some({ anything: 'fail' }) },
  { name: 'I9 new (false): "Have you finished anything else in the Patternist series?" : anything fails', lines: last(Q_BOOKS, 'Have you finished anything else in the Patternist series?', SRC_BOOKS), exp: some({ anything: 'fail' }) },
  { name: 'I9 new (false, Spanish): "¿Ha leído algo más de ella?" : anything fails', lines: [...OPEN_ES('libros como kindred'), L('¿Ha leído algo más de ella?', 70), L('Pruebe Wild Seed, en el catálogo: samplelib.org.', 80)], exp: some({ anything: 'fail' }) },
  { name: 'I9 guard: "Does your son own anything else in the series?" : anything fails', lines: last('books for my son like dog man', 'Does your son own anything else in the series?', 'Try Cat Kid Comic Club, in our catalog at samplelib.org.'), exp: some({ anything: 'fail' }) },
  // still an "anything else?" with "borrow" after it
  { name: 'I9 guard: "Is there anything else you\'d like to borrow?" : anything passes', lines: last(Q_BOOKS, SRC_BOOKS, "Is there anything else you'd like to borrow?"), exp: some({ anything: 'pass' }) },
  { name: 'I9 guard: "Can I help renew anything else you\'ve borrowed?" : anything passes', lines: last(Q_BOOKS, SRC_BOOKS, "Can I help renew anything else you've borrowed?"), exp: some({ anything: 'pass' }) },
];

// ---- I10 "Cuéntame un poco más: qué …" (inquiry.clarify in Spanish) ----
const Q_ES = 'necesito fuentes para mi tarea';
export const cuentame: SessionCase[] = [
  { name: 'I10 new: "Dime qué carrera estudias y para cuándo es el trabajo." : clarify passes', lines: antes(Q_ES, 'Dime qué carrera estudias y para cuándo es el trabajo.', 'agronomía, para el viernes'), exp: some({ clarify: 'pass' }) },
  { name: 'I10 new: "Cuéntame un poquito más sobre tu trabajo." : clarify passes', lines: antes(Q_ES, 'Cuéntame un poquito más sobre tu trabajo.', 'es sobre agricultura orgánica'), exp: some({ clarify: 'pass' }) },
  { name: 'I10 new (Mexico): "Platícame un poco más de lo que buscas." : clarify passes', lines: antes(Q_ES, 'Platícame un poco más de lo que buscas.', 'es sobre agricultura orgánica'), exp: some({ clarify: 'pass' }) },
  { name: 'I10 new (usted): "Indíqueme por favor qué tipo de fuentes necesita." : clarify passes', lines: antes(Q_ES, 'Indíqueme por favor qué tipo de fuentes necesita.', 'artículos'), exp: some({ clarify: 'pass' }) },
  // false readings: small talk, an ask about later
  { name: 'I10 false (probe): "Qué buen tema. Me gustaría saber más sobre eso yo también." : clarify fails', lines: antes('necesito fuentes sobre los mayas', 'Qué buen tema. Me gustaría saber más sobre eso yo también.', 'jaja sí'), exp: some({ clarify: 'fail' }) },
  { name: 'I10 false: "¡Qué tema tan interesante! Me gustaría saber más sobre eso yo también." : clarify fails', lines: antes('necesito fuentes sobre los mayas', '¡Qué tema tan interesante! Me gustaría saber más sobre eso yo también.', 'jaja sí'), exp: some({ clarify: 'fail' }) },
  { name: 'I10 false (no source ever): "Hoy el sistema de reservas no funciona. Cuéntame cómo te va mañana cuando lo intentes de nuevo." : clarify fails', lines: [[0, 'p', 'no puedo reservar una sala de estudio'], [20, 'l', GREET_ES], [30, 'l', 'Lo siento, hoy el sistema de reservas no funciona. Cuéntame cómo te va mañana cuando lo intentes de nuevo.'], [50, 'p', 'ok gracias'], [60, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ clarify: 'fail' }) },
  // an answer with "dime cuándo …" in it still answers
  { name: 'I10 false (answer): "No tenemos la edición en portugués; dime cuándo puedes venir y la pedimos por préstamo interbibliotecario." then "¿Te sirve?" : completeness passes', lines: [...OPEN_ES('tienen el libro en portugues'), L('No tenemos la edición en portugués; dime cuándo puedes venir y la pedimos por préstamo interbibliotecario.', 70), L('¿Te sirve?', 80), [100, 'p', 'sí'], [110, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ complete: 'pass' }) },
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  "I9 new (false): \"Have you got anything else by her at home, or is this your first?\" : anything fails":
    "older reading (v42 the same): \"got anything else\" asks what the patron has, but only tried / read / … / own / owned / borrowed (I9) are kept out before \"anything\"",
  "I9 new (false): \"Did you enjoy anything else she wrote?\" : anything fails":
    "older reading (v42 the same): \"enjoy anything else she wrote\" asks about the patron's reading; \"enjoy\" is not among the words kept out before \"anything\"",
  "I9 new (false): \"Have you finished anything else in the Patternist series?\" : anything fails":
    "older reading (v42 the same): \"finished anything else in the series\" asks what the patron has read; \"finished\" is not kept out",
  "I9 new (false, Spanish): \"¿Ha leído algo más de ella?\" : anything fails":
    "older reading (v42 the same): Spanish \"¿Ha leído algo más de ella?\" is read as \"¿algo más?\"; I9 is English only",
  "I3 false: \"Then log back in later with your card number and PIN.\" (Libby, not the chat) : courteous fails":
    "older reading (v42 the same: inviteBack's v-old \"(log|sign) back in\" before \"later\"); v43's CHAT_BACK_IN_I3 reads it too (\"then log back in later\"): logging back in to Libby is no invitation back",
  "I3 false: \"Holds sometimes vanish from the app for a minute and then pop back in.\" : courteous fails":
    "older reading (v42 the same: inviteBack's \"pop back\", not after an item word); v43's CHAT_BACK_IN_I3 reads it too (\"then pop back in.\")",
  "I3 new (chat-speak): \"np, msg back in l8r if u need\" : courteous passes":
    "not read (v42 the same): I3's tail list has no \"l8r\", so \"msg back in l8r\" is no invitation back",
  "I3 new: \"If anything comes up, just hop back on the chat.\" : courteous passes":
    "not read (v42 the same): \"hop back on the chat\" (on, not in) is in no inviteBack phrase",
  "I10 new: \"Cuéntame un poquito más sobre tu trabajo.\" : clarify passes":
    "not read (v42 the same): CUENTAME_I10 allows \"un poco / algo\" only; \"un poquito más\" is missed",
  "I10 new (Mexico): \"Platícame un poco más de lo que buscas.\" : clarify passes":
    "not read (v42 the same): \"platícame\" is not among I10's verbs",
  "I10 new (usted): \"Indíqueme por favor qué tipo de fuentes necesita.\" : clarify passes":
    "not read (v42 the same): \"por favor\" between \"indíqueme\" and \"qué\" breaks CUENTAME_I10",
  "I10 false: \"¡Qué tema tan interesante! Me gustaría saber más sobre eso yo también.\" : clarify fails":
    "older reading (v42 the same): the exclamation \"¡Qué tema tan interesante!\" is taken for a question about the need; v43's I10 also reads \"me gustaría saber más\" (the probe without \"¡…!\" fails on I10 alone)",
  "I6 new (non-native): \"For to be sure I understand: you are needing articles about burnout of nurses.\" : clarify passes":
    "not read (v42 the same): \"For to be sure I understand:\" is no restatement opener",
  "I5 new: \"… Is that going to be the right one for your class?\" : completeness passes":
    "not read (v42 the same): I5 wants the sentence to end after \"the right one\" (or \"you need …\"); \"for your class\" stops it",
  "I5 new (Spanish): \"… ¿Será ese el que busca?\" : completeness passes":
    "not read (v42 the same): \"¿Será ese el que busca?\" is in no completeness phrase; I5 is English only",
  "I7 false: \"Mi turno termina, ya no puedo seguir atendiéndote, pero mi compañera Ana sigue contigo en este chat.\" : passes":
    "older reading (v42 the same: \"mi turno termina\"); v43's I7 adds \"no puedo seguir atendiéndote\"; a colleague goes on in the same chat, so the help does not end",
  "I4 false: \"Take bus 5B down Reisterstown Road to the Division of Vital Records office.\" : fails":
    "older reading (v42 the same): \"Take bus … to the … office\" is read as no referral (na), though it sends the patron there; the probe with \"Visit …\" shows I4's misreading",
  "I4 new: \"Visit the clerk at 300R Main Street, Towson.\" (a letter after h) : passes":
    "not read (v42 the same): STREET_LETTER_I4 takes a bare letter only from a to h; \"300R Main Street\" is missed",
  "I4 new (Spanish): \"Vaya en persona a la oficina del Registro Civil, 6764-B Reisterstown Road, Baltimore.\" : passes":
    "older reading (v42 the same): \"Vaya en persona a la oficina …, <address>\" is read as no referral (na); \"Visite la oficina … en 6764-B …\" passes with I4 (probe)",
};
const all = [...chatBack, ...streetLetter, ...likelyOne, ...gotStraight, ...soYoud, ...seguir, ...anythingOwned, ...cuentame];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('forty-second round, block I phrase families (I3-I10) checked', () => {
  describeSessions('I3 chat back in', running(chatBack));
  describeSessions('I4 a street number with a letter', running(streetLetter));
  describeSessions('I5 likely the one', running(likelyOne));
  describeSessions('I6 got it straight', running(gotStraight));
  describeSessions('I8 so you\'d want', running(soYoud));
  describeSessions('I7 seguir atendiendo', running(seguir));
  describeSessions('I9 anything else owned', running(anythingOwned));
  describeSessions('I10 cuéntame', running(cuentame));
  describeLeft('I3-I10', all.filter((c) => c.name in LEFT_WHY));
});
