/**
 * Fortieth round, block E32 (a third wave): CHECKING v41's blocks E29 and E30 both ways. (Header completed below.)
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, OPEN_ES, one, es, ends, endsEs, second } from './narrowing-lines';

/** A question up to the patron's answer to the clarifying question (E29's builder). */
const Q: Line[] = [
  [0, 'p', 'do you have books on growing tomatoes'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. Are you after a beginner's guide, or something on a particular problem?"],
  [50, 'p', 'beginner please'],
];
const BOOK = "The Vegetable Gardener's Bible (635 SMI) is at Main.";
/** `Q`, the answer `text` at 70 s, the patron's thanks and the provider's last message `bye`. */
const answered = (text: string, bye = 'Thanks for chatting, bye!'): Line[] => [...Q, L(text), [100, 'p', 'ok thanks'], [110, 'l', bye]];
/** `answered` with the book and "Does that help?", then the provider's last message `last`. */
const bye = (last: string): Line[] => answered(`${BOOK} Does that help?`, last);
/** `Q`, the provider's `hold` at 60 s, the answer at 200 s: keep_informed FAILS only if `hold` is a hold message. */
const held = (hold: string): Line[] => [
  ...Q,
  [60, 'l', hold],
  [200, 'l', "The Vegetable Gardener's Bible is on the shelf at Main, call number 635 SMI. Does that help?"],
  [220, 'p', 'yes thats all, thanks'],
  [226, 'l', 'Thanks for chatting, bye!'],
];
/** `Q`, an answer with a source, the patron's "yes", the provider's `ask` and the patron's "no". */
const asked = (ask: string): Line[] => [...Q, L(`${BOOK} Does that help?`), [90, 'p', 'yes'], [95, 'l', ask], [120, 'p', 'no'], [125, 'l', 'Thanks for chatting, bye!']];
/** `Q`, an answer with a source, then the patron gone: the provider's `check` at 200 s and `notice` at 400 s. */
const idle = (check: string, notice: string): Line[] => [...Q, L(`${BOOK} Does that help?`), [200, 'l', check], [400, 'l', notice]];
/** `Q` and the provider's `text` at 70 s, the patron's e-mail, read back, "anything else?" and a goodbye. */
const promised = (text: string): Line[] => [
  ...Q,
  L(text),
  [100, 'p', 'k.lee@example.com'],
  [105, 'l', 'Thanks, k.lee@example.com. Anything else?'],
  [120, 'p', 'no'],
  [125, 'l', 'Thanks for chatting, bye!'],
];
/** `Q`, an answer with a source, the patron's `said` at 90 s, the provider's `last` at 110 s. */
const patronThen = (said: string, last = 'Thanks for chatting, bye!'): Line[] => [...Q, L(`${BOOK} Does that help?`), [90, 'p', said], [110, 'l', last]];
/** `Q`, an answer with no completeness question, the patron's question `said`, the provider's `reply` (no "anything else"), a goodbye. */
const patronAsks = (said: string, reply: string): Line[] => [...Q, L(BOOK), [90, 'p', said], [100, 'l', reply], [120, 'p', 'ok'], [125, 'l', 'Thanks for chatting, bye!']];
/** A bus-pass question answered, then a second question and the provider's `last` message(s) (E25's builder). */
const bus = (...last: string[]): Line[] =>
  second('how do i get a senior bus pass', 'Apply at the transit office or online at mta.maryland.gov/reduced-fare. Does that help?', 'ok and can i do it by mail?', ...last);
/** A reading question answered, then "one more" and the provider's `last` message(s) (E25's builder). */
const novel = (...last: string[]): Line[] =>
  second('is the new richard osman book out yet', 'Yes, it came out last week; place a hold at catalog.samplelibrary.org. Does that help?', 'great, how long is the waitlist?', ...last);
/** A refusal at 70 s, the patron's `said` at 90 s and the provider's `next` at 110 s, the last message (E23's / E26's builder). */
const refused = (refusal: string, said: string, next: string, q = 'can u renew my passport for me'): Line[] => [...OPEN(q), L(refusal), [90, 'p', said], [110, 'l', next]];
/** An English answered question, the patron's thanks, then the provider's `text` as the last message (E26's builder). */
const lastEn = (q: string, text: string): Line[] => [...OPEN(q), L("It's in the catalogue, samplelibrary.org/catalog. Did that help?"), [110, 'p', 'yes thanks'], [120, 'l', text]];

// ---- E29's slips: false passes first (real words, names, codes the slips spell), then slips in new words ----
// RUBRIC (Hold message, Waiting on the provider; closing.anything_else; Goodbye; session checks; Follow-up session; Referral).
export const slips: SessionCase[] = [
  // hold: "checkin" (a word: a self check-in) before "now" is no search; keep_informed passes when there is no hold
  { name: 'near miss (hold): "Self checkin now takes phones too, at every branch." (a kiosk, no search)', lines: held('Self checkin now takes phones too, at every branch.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Online checkin on that app opens at 9." (no search)', lines: held('Online checkin on that app opens at 9 for the seed swap.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "The grizzly will baer with me? No: the book says bears avoid people." (quoted, a title)', lines: held('Chapter 3, "Will the bear wait with me", says bears avoid people.'), exp: some({ informed: 'pass' }) },
  { name: 'hold (British, slipped): "bare wiht me a sec, love" ', lines: held('baer wiht me a sec, love'), exp: some({ informed: 'fail' }) },
  { name: 'hold (non-native): "I will chekc for you, wait please"', lines: held('I will chekc for you, wait please'), exp: some({ informed: 'fail' }) },
  { name: 'hold (chat-speak): "sitll lookin, brb"', lines: held('sitll lookin, brb'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "searcing on that now"', lines: held('searcing on that now'), exp: some({ informed: 'fail' }) },
  { name: 'hold (Spanish): "Espere un mintuo, por favor"', lines: held('Espere un mintuo, por favor'), exp: some({ informed: 'fail' }) },
  { name: 'hold (Spanish): "Permitame buscralo"', lines: held('Permitame buscralo'), exp: some({ informed: 'fail' }) },
  // completeness
  { name: 'completeness (chat-speak): "was tht usefull?"', lines: answered(`${BOOK} was tht usefull?`), exp: some({ complete: 'pass' }) },
  // anything else: the provider's statement "something else I can suggest is …" asks nothing
  { name: 'near miss (anything else): "Somthing else I can suggest is the seed library." (a suggestion, no question)', lines: asked('Somthing else I can suggest is the seed library at Main.'), exp: some({ anything: 'fail' }) },
  { name: 'near miss (anything else): "Something else we could try is Libby." (unslipped, a suggestion)', lines: asked('Something else we could try is the ebook on Libby.'), exp: some({ anything: 'fail' }) },
  { name: 'near miss (anything else): the patron\'s "is there somthing else i could read?" (the patron asks)', lines: patronAsks('is there somthing else i could read?', 'Try Square Foot Gardening, 635 BAR, at Main too.'), exp: some({ anything: 'fail' }) },
  { name: 'near miss (anything else): "Any other qestions on the worksheet are in the key." (no question)', lines: asked('Any other qestions on the worksheet are in the answer key at the back.'), exp: some({ anything: 'fail' }) },
  { name: 'anything else (British): "Have you got any more qeustions?"', lines: asked('Have you got any more qeustions?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else (terse): "need somthing else?"', lines: asked('need somthing else?'), exp: some({ anything: 'pass' }) },
  // check-ins
  { name: 'near miss (check-in): "Still these?" (asks about the books, not whether the patron is there)', lines: idle('Still these?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'idle: "Stll tehre??"', lines: idle('Stll tehre??', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // notices
  { name: 'notice (non-native): "No answer from you, so I have to close thsi chat now."', lines: idle('Are you still there?', 'No answer from you, so I have to close thsi chat now.'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "we will end our chta now since you seem to be gone"', lines: idle('Are you still there?', 'we will end our chta now since you seem to be gone'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // goodbyes
  { name: 'near miss (courteous): Kenyan "For the certificate, you must also take CRE." (a school subject)', lines: bye('For the KCSE certificate, students also take CRE.'), exp: some({ courteous: 'fail' }) },
  { name: 'courteous: "ok tkae caer!"', lines: bye('ok tkae caer!'), exp: some({ courteous: 'pass' }) },
  // days
  { name: 'follow-up: "Ill email you the list by Thursay"', lines: promised("I'll email you the list by Thursay, whats your email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'near miss (follow-up): "Sir Thomas More is a play by Munday and others, at 822.3 MUN." (a name)', lines: answered('Sir Thomas More is a play by Munday and others, at 822.3 MUN. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss (follow-up): "The Sunday\'s paper has the planting calendar, on the rack." (no promise)', lines: answered("Sunday's paper has the planting calendar; it is on the rack at Main. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  // referral
  { name: 'referral (chat-speak): "gve them a call at 410-555-0100"', lines: answered('the county extension office knows, gve them a call at 410-555-0100. does that help?'), exp: some({ referral: 'pass' }) },
];

// ---- E30: words of address before an end; Spanish and non-native last-question limits ----
// RUBRIC: closing.no_dismissal fails when the provider "tells the patron … that they have reached a limit of questions … or
// otherwise ends the help for the provider's convenience without offering a way back".
export const ends30: SessionCase[] = [
  { name: 'end: "Can\'t wait any longer, amigo, closing this now." : fails', lines: bus("Can't wait any longer, amigo, closing this now."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "cant wait any longer sweetheart, bye" : fails', lines: bus('cant wait any longer sweetheart, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'near: "Pooh can\'t wait any longer, honey is his favourite! The book is at E MIL." : passes', lines: novel("Pooh can't wait any longer, honey is his favourite! The book is at E MIL. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'limit (Spanish): "Esta es la última que les puedo contestar hoy." : fails', lines: endsEs('y otra, tienen juegos de mesa', 'Esta es la última que les puedo contestar hoy. Vuelvan mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'near (Spanish): "Es la última que le puedo renovar; después hay que devolverla." (a renewal) : passes', lines: endsEs('puedo renovar la novela otra vez', 'Sí, es la última vez que le puedo renovar; después hay que devolverla. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near (Spanish): "¿Es la última que le puedo responder, o tiene más?" (asked) : passes', lines: endsEs('y a que hora cierran', 'A las 8. ¿Es la última que le puedo responder, o tiene más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit (non-native, tag): "This is last question I can answer today, ok?" : fails', lines: ends('and one more, you have notary', 'This is last question I can answer today, ok? Please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
];

// ---- E30: "enjoy" as a wish against conditions and statements ----
// RUBRIC (Goodbye): "thanks the patron, says goodbye or invites them back"; a wish as the send-off reads as a goodbye (E26).
export const enjoy: SessionCase[] = [
  { name: 'near: "Should you enjoy the book, the sequel is on order." (a condition) : courteous fails', lines: lastEn('is the first dune any good', 'Should you enjoy the book, the sequel is on order too.'), exp: some({ courteous: 'fail' }) },
  { name: 'near: "If you dont enjoy the first chapter, try the audiobook." (a condition) : courteous fails', lines: lastEn('is wolf hall hard', "If you don't enjoy the first chapter, try the audiobook."), exp: some({ courteous: 'fail' }) },
  { name: 'near: "Fans of cozy mysteries enjoy the series too." (a statement) : courteous fails', lines: lastEn('is the thursday murder club good', 'Fans of cozy mysteries enjoy the series too.'), exp: some({ courteous: 'fail' }) },
  { name: 'near: "My kids enjoy the audio version more." (a statement) : courteous fails', lines: lastEn('is the hobbit audiobook good', 'My kids enjoy the audio version more.'), exp: some({ courteous: 'fail' }) },
  { name: 'near: "Book clubs enjoy the discussion guide at the back." (a statement) : courteous fails', lines: lastEn('is there a reading guide for circe', 'Book clubs enjoy the discussion guide at the back.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish: "Enjoy the concert tonight, hun!" : courteous passes', lines: lastEn('do you have concert tickets to lend', 'Enjoy the concert tonight, hun!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "Hope your mum enjoys the book!" : courteous passes', lines: lastEn('large print for my mum', 'Hope your mum enjoys the book!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish (terse): "enjoy ur reading" : courteous passes', lines: lastEn('got the new jack reacher', 'enjoy ur reading'), exp: some({ courteous: 'pass' }) },
];

// ---- E30: search pages ----
export const pages: SessionCase[] = [
  { name: 'search: "then where?" / "www.startpage.com/sp/search?query=passport+renewal, bye" : fails', lines: refused('Not my job.', 'then where?', 'www.startpage.com/sp/search?query=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "https://www.ecosia.org/search?method=index&q=passport. bye" : fails', lines: refused('Not my job.', 'then where?', 'https://www.ecosia.org/search?method=index&q=passport. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'near: "then where?" / "startpage.com/en/privacy-policy … " no search; the State Dept page is a way : passes', lines: refused('Not my department.', 'then where?', 'travel.state.gov/passports has the renewal form, and you can mail it in. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near: "then where?" / "brave.com/learn/passports has the renewal steps. Bye." : passes', lines: refused('Not my department.', 'then where?', 'brave.com/learn/passports has the renewal steps. Bye.'), exp: some({ dismissal: 'pass' }) },
];

// ---- E30: rooms at other owners against the library's own branches and archives ----
// RUBRIC (Referral): the provider's own library's departments count; another owner's room is another party the library's number does not reach.
export const owners: SessionCase[] = [
  { name: 'own: "Visit the local history room at the Courthouse Square branch, or call us at 410-…" : referral passes', lines: one('old photos of main street', 'Visit the local history room at the Courthouse Square branch, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'own: "Ask at the childrens room at the College Park branch, or call us at 410-…" : referral passes', lines: one('toddler storytime', "Ask at the children's room at the College Park branch, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'own: "Visit the genealogy room in the Museum District branch, or call us at 410-…" : referral passes', lines: one('my family tree', 'Visit the genealogy room in the Museum District branch, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'other: "Visit the reading room at the Maryland State Archives, or call us at 410-…" : referral fails', lines: one('1850 land records', 'Visit the reading room at the Maryland State Archives, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'other: "Ask at the records desk of the county historical society, or call us at 410-…" : referral fails', lines: one('who built the mill', 'Ask at the records desk of the county historical society, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'other: "Visit the law library at the courthouse, or ring us on 410-…" : referral fails', lines: one('how do i file small claims', 'Visit the self-help desk at the courthouse, or ring us on 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
];

// ---- E30: citations ----
// RUBRIC: a named resource is a source; a law cited by code and section is one (E22's, E25's, E30's reading); a class, office or form is not.
export const cites: SessionCase[] = [
  { name: 'MD: "Md. Ann. Code art. 27 § 445" (no comma) : source passes', lines: one('old md gun dealer law', 'Before 2002 it was Md. Ann. Code art. 27 § 445. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Gen. Oblig., Debt & Coll. Law § 5-501" (commas before "&") : source passes', lines: one('ny usury law', 'The cap is in N.Y. Gen. Oblig., Debt & Coll. Law § 5-501. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near: "the Md. Ann. Code art. 27 office is in room 36B" (an office) : source fails', lines: one('where is the old code office', 'Per your flyer, the Md. Ann. Code art. 27 office is in room 36B. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "the N.Y. Parks, Rec. & Hist. Preserv. Law form, part 3, is due" (a form) : source fails', lines: one('which form for the grant', 'Per the letter you pasted, the N.Y. Parks, Rec. & Hist. Preserv. Law form, part 3, is due Friday. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- near misses and fix cases written with the fixes (labelled before running) ----
export const guards: SessionCase[] = [
  // LOOKING_NOW_E32: the chat-speak slip itself still reads
  { name: '(fix) hold (chat-speak): "checkin now, 1 sec"', lines: held('checkin now, 1 sec'), exp: some({ informed: 'fail' }) },
  { name: '(fix) hold (chat-speak): "ok lookin into it"', lines: held('ok lookin into it'), exp: some({ informed: 'fail' }) },
  { name: 'guard (hold): "Mobile checkin now works at Main." (a kiosk)', lines: held('Mobile checkin now works at Main for the seed swap.'), exp: some({ informed: 'pass' }) },
  // TAKE_CRE_E32
  { name: '(fix) courteous: "bye, take cre"', lines: bye('bye, take cre'), exp: some({ courteous: 'pass' }) },
  { name: 'guard (courteous): "Form 3 pupils take CRE." (a subject)', lines: bye('In Kenya, Form 3 pupils take CRE.'), exp: some({ courteous: 'fail' }) },
  // ENJOY_V1_E32
  { name: 'guard: "Thanks and enjoy the film!" : courteous passes', lines: lastEn('have you got paddington 2', 'Thanks and enjoy the film!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard: "I hope the kids enjoy the puppet show!" : courteous passes', lines: lastEn('is the puppet show on saturday', 'I hope the kids enjoy the puppet show!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard: "Have fun and enjoy the long weekend!" : courteous passes', lines: lastEn('are you open monday', 'Have fun and enjoy the long weekend!'), exp: some({ courteous: 'pass' }) },
  { name: '(fix) near: "Kids who liked Dog Man enjoy the Cat Kid books too." : courteous fails', lines: lastEn('what after dog man', 'Kids who liked Dog Man enjoy the Cat Kid books too.'), exp: some({ courteous: 'fail' }) },
  { name: '(fix) near: "Unless you dont enjoy the genre, try book two." : courteous fails', lines: lastEn('is book one worth it', "Even if you don't enjoy the genre, try book two."), exp: some({ courteous: 'fail' }) },
  // HOPE_ENJOYS_E32
  { name: '(fix) wish: "I hope your son enjoys the concert!" : courteous passes', lines: lastEn('concert passes for teens', 'I hope your son enjoys the concert!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard: "My mum enjoys the large print ones." (a statement) : courteous fails', lines: lastEn('large print mysteries', 'My mum enjoys the large print ones.'), exp: some({ courteous: 'fail' }) },
  { name: 'guard: "Do you hope she enjoys the book, or is it for a class?" (a question) : courteous fails', lines: lastEn('a gift book for my aunt', 'Do you hope she enjoys the book, or is it for a class?'), exp: some({ courteous: 'fail' }) },
  // LAST_Q_BARE_ART_E32
  { name: '(fix) near (non-native): "It is last question I can answer with this book; the others need the atlas" : passes', lines: one('help with my geography worksheet', 'It is last question I can answer with this book; for the others, use the atlas at samplelibrary.org/atlas. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "This is last question I can answer in this chat, sorry." : fails', lines: ends('and one more, notary?', 'This is last question I can answer in this chat, sorry. Please come tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard: "That is last question we can help with from the desk today." (a limit) : fails', lines: ends('and one more, the scanner?', 'That is last question we can help with today, sorry, please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
  // SEARCH_PAGE_E32
  { name: 'guard: "then where?" / "startpage.com/sp/privacy has their policy" : passes', lines: refused('Not my department.', 'then where?', 'travel.state.gov/passports has the form; startpage.com/en/privacy-policy is not it. Bye.'), exp: some({ dismissal: 'pass' }) },
  // OWN_BRANCH_E32
  { name: 'guard: "Visit the reading room at the county archives, or call us at 410-…" : referral fails', lines: one('1900 census', 'Visit the reading room at the county archives, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard: "Ask at the reference desk at the university, or call us at 410-…" : referral fails', lines: one('thesis on the mill', 'Ask at the reference desk at the state university, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: E22's v40 alternative reads ", and" after "can't wait any longer" as an end whatever follows ("I can't wait any longer, and neither can …" alike, probe below); E30 only added the word of address: older reading
  { name: 'near: "I can\'t wait any longer, darling, and neither can the book club!" : passes', lines: novel("I can't wait any longer, darling, and neither can the book club! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'probe: "I can\'t wait any longer, and neither can the book club!" (v40) : passes', lines: novel("I can't wait any longer, and neither can the book club! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  // LEFT: E23's v40 "this is the last question I can answer" reads a book's capacity alike (a capacity of a book, no limit of the patron's questions); E32 narrowed only E30's article-less copy (fix 4)
  { name: 'probe: "This is the last question I can answer with this book; …" (E23) : passes', lines: one('help with my geography worksheet', 'This is the last question I can answer with this book; for the others, use the atlas at samplelibrary.org/atlas. Does that help?'), exp: some({ dismissal: 'pass' }) },
  // LEFT: a desk is no room of E26's `OWN_ROOM_E26` ("the children's desk" is not read as the library's department, with or without a branch: probe); outside E30's owners
  { name: 'probe: "Ask at the childrens desk at the College Park branch, or call us at 410-…" : referral passes', lines: one('toddler storytime', "Ask at the children's desk at the College Park branch, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
];

const LEFT_WHY: Record<string, string> = {};
const all = [...slips, ...ends30, ...enjoy, ...pages, ...owners, ...cites, ...guards];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('fortieth round (E32): v41 E29 and E30 checked', () => {
  describeSessions('slips', running(slips));
  describeSessions('ends', running(ends30));
  describeSessions('enjoy', running(enjoy));
  describeSessions('search pages', running(pages));
  describeSessions('owners', running(owners));
  describeSessions('citations', running(cites));
  describeSessions('guards', running(guards));
  describeLeft('E32', LEFT);
});
