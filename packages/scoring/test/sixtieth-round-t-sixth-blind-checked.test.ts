/**
 * Sixtieth round, sixth blind check of block T (rubric v54): T3, T1, T8 and T7 / T14 tried both ways in cases written by a helper who
 * did not see the author's cases nor the earlier blind checks, each labelled from RUBRIC.md before it ran ("for": the meant behaviour
 * in new words; "against": near misses the block must not read, and older readings next to them it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T3: the provider's own "I / we will, I'm going to, let me … send / forward / post / email" information "to you" with a time or
 *   e-mail cue is a promise "to send or find more later" (RUBRIC Terms, Follow-up session), however long the object; "I could send …
 *   but …" promises nothing; "… to you right now" is sent in the chat, not later; another body's mailing ("the genealogy society is
 *   happy to mail …") is no promise of the provider's; forwarding papers to a third party sends nothing to the patron.
 * - T1: the library's own card mailed to the patron is the service delivered, no promise of more; a card from the library's
 *   collections (a 1908 postcard, a grandfather's draft card scanned from the files) is information sent later, a promise; a card
 *   with information (storytime dates) or with a call when a book comes in promises more.
 * - T8: a website or app ("it") sending a code or link writes to the patron automatically: no promise of the provider's, also when
 *   the app is named without the word "app" (Hoopla) or chat-speak drops the comma; the library's own room or librarians answering
 *   through a portal or app ("it will email u by Monday") is a promise.
 * - T7 / T14: "were u able to get it set up?", "that get u what u needed??", "would either one of those work for you?", "¿Logró
 *   instalar la aplicación?" after steps or sources ask whether what was given meets the need (RUBRIC followup.completeness); right
 *   after the provider's own offer, about a visit or an attempt before the chat, about appointment times offered, or before any source,
 *   they do not.
 *
 * COUNTS. Written: 36 cases (19 for, 17 against), each labelled before it ran (labels copied aside before the first run). First run as
 * labelled: 28. Disagreeing: 8. Label corrections: 0. Final: 28 running, 8 LEFT (v53 scored on each LEFT case to tell "older" from
 * "T caused"):
 * - followup.on_time / resolution.code, expected na / pass, got pending / fail: "The genealogy society is happy to mail copies of their
 *   members' obituary index to you for a small fee." (T3's bare "happy to" reads another body's offer as the provider's; T caused).
 * - followup.completeness, expected fail / got pass: "Were you able to make the trip to the place they sent you?" (a visit before
 *   the chat; T7's "make" guard stops only "make it … to"; T caused).
 * - followup.on_time / resolution.code, expected na / pass, got pending / fail: "once u download the libby app it will text u a code"
 *   (no comma, so the subject is not the bare "it" T8 needs; older).
 * - followup.on_time / resolution.code, expected pending / fail, got na / pass: "I'll scan it tonight and email the card to you
 *   tomorrow." (a 1908 postcard of the collection read as the library's card; older).
 * - followup.on_time / resolution.code, expected pending / fail, got na / pass: "I'll email your grandpa's card to you tomorrow as a
 *   scan." (a WWI draft card from the files read as the library's card; older).
 * - followup.completeness, expected pass / got fail: "Would either one of those work for you?" after two services ("either one of"
 *   is neither "either of" nor "one of"; older).
 * - followup.completeness, expected pass / got fail: "¿Logró instalar la aplicación?" after the steps (the Spanish list has "logro"
 *   with find / open / enter verbs only; older).
 * - followup.completeness, expected fail / got pass: "Were you able to submit it the first time you tried?" (an attempt before the
 *   chat; "the first time you tried" is not among T7's past cues; older: v53 passes it too).
 *
 * AFTER THE MENDS (by the author, labels unchanged; checked by the full suite only): the two T caused read as labelled and run (T3's
 * "happy / glad to" only after "I'm / we're / I'd be"; T7's "make" not "make the trip / a visit / your way"). Final: 30 running,
 * 6 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi, Sam here with the Brookfield Public Library chat.';
const BRANCH = 'Which branch do you use most?';
const { said, asked } = nearMissLines(HI, { branch: BRANCH, branchReply: 'westside' });
/** The patron's `q`, the greeting that asks the branch, the reply, the provider's `answer`, the patron's `reply`, then the provider's `question` in a message of its own, thanks and goodbye. */
const later = (q: string, answer: string, reply: string, question: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ${BRANCH}`],
  [50, 'p', 'westside'],
  [70, 'l', answer],
  [100, 'p', reply],
  [115, 'l', question],
  [140, 'p', 'ok thanks'],
  [150, 'l', 'Thanks for chatting, bye!'],
];
const PROMISE = some({ onTime: 'pending', code: 'fail' });
const NONE = some({ onTime: 'na', code: 'pass' });

export const t3: SessionCase[] = [
  // ---- T3 for: the provider's own sending promise with a long object
  c('T3 for: "We\'ll forward the full list of tax forms the Westside branch has on hand to u tomorrow."', said('do you have the 1040 and the state tax forms', "Westside keeps paper forms at the desk. We'll forward the full list of tax forms the Westside branch has on hand to u tomorrow."), PROMISE),
  c('T3 for: "Let me email the scans of the 1952 plat map pages to you by Friday."', said('looking for the 1952 plat map of my street', 'The 1952 plat book is in our Local History room and has not been digitized. Let me email the scans of the 1952 plat map pages to you by Friday.'), PROMISE),
  c('T3 for: "im going to post photocopies of both marriage records from the county book to you next week" (chat-speak)', said('marriage records for my great grandparents 1921', 'The county marriage book for 1921 has both entries. im going to post photocopies of both marriage records from the county book to you next week'), PROMISE),
  c('T3 for: "Tomorrow I will send the first three chapters of the Brookfield centennial history to you." (the time first)', said('is there a history of brookfield', 'Yes, the Brookfield centennial history from 1976 is only in print. Tomorrow I will send the first three chapters of the Brookfield centennial history to you.'), PROMISE),
  c('T3 for (older, Spanish): "Le voy a mandar mañana la lista completa de los formularios de impuestos que tenemos."', said('formularios de impuestos', 'Tenemos varios en el mostrador. Le voy a mandar mañana la lista completa de los formularios de impuestos que tenemos.'), PROMISE),
  // ---- T3 against
  c('T3 against: "I could send the scans of all twelve yearbook pages to you, but the files are too big for email."', said('can i see the 1968 yearbook pages', 'I could send the scans of all twelve yearbook pages to you, but the files are too big for email. The yearbook itself is on the shelf in the Local History room.'), NONE),
  c('T3 against: "I\'ll email the scanned pages of the 1952 flood report to you right now." (sent now)', said('the 1952 flood report', "Found it in our digital archive. I'll email the scanned pages of the 1952 flood report to you right now."), NONE),
  c('T3 against: "The genealogy society is happy to mail copies of their members\' obituary index to you for a small fee." (another body)', said('obituary of my great aunt 1930s', "The Brookfield Genealogy Society indexes old obituaries. The genealogy society is happy to mail copies of their members' obituary index to you for a small fee."), NONE),
  c('T3 against: "We\'ll forward the scanned pages of your grandmother\'s naturalization file to the State Archives for you tomorrow." (a third party)', said('can u send my grandmas naturalization file to the state archives so they can certify it', "We have her 1931 file in our county records. We'll forward the scanned pages of your grandmother's naturalization file to the State Archives for you tomorrow."), NONE),
];

export const t1: SessionCase[] = [
  // ---- T1 for: the library's card alone
  c('T1 for: "k, we\'ll mail ur daughter\'s new card to u by fri" (chat-speak "ur")', said('my daughter needs a new library card, hers broke', "I've ordered the replacement on her account. k, we'll mail ur daughter's new card to u by fri"), some({ onTime: 'na', code: 'pass', contact: 'na' })),
  c('T1 for: "I\'ll put your grandson\'s new library card in the mail today."', said('my grandson lost his card', "I've cancelled the old one and made a new one. I'll put your grandson's new library card in the mail today."), some({ onTime: 'na', code: 'pass', contact: 'na' })),
  c('T1 for: "Le vamos a mandar su credencial nueva por correo esta semana."', said('necesito una credencial nueva', 'Ya la pedí en su cuenta. Le vamos a mandar su credencial nueva por correo esta semana.'), some({ onTime: 'na', code: 'pass', contact: 'na' })),
  c('T1 for: "I\'ll send your son\'s replacement card to u tomorrow morning."', said('my son lost his library card', "I've blocked the lost card on his account. I'll send your son's replacement card to u tomorrow morning."), some({ onTime: 'na', code: 'pass', contact: 'na' })),
  // ---- T1 against
  c('T1 against: "We\'ll mail your new library card and the dates of the fall storytimes to you by Friday." (with information)', said('i need a new library card and when is storytime', "I've made the card on your account. We'll mail your new library card and the dates of the fall storytimes to you by Friday."), PROMISE),
  c('T1 against: "I\'ll scan it tonight and email the card to you tomorrow." (a 1908 postcard of the collection)', said('do u have an old postcard of the brookfield mill? need a copy for a school project', "Yes, our local history collection has a 1908 postcard of the mill. I'll scan it tonight and email the card to you tomorrow."), PROMISE),
  c('T1 against: "I\'ll email your grandpa\'s card to you tomorrow as a scan." (a draft card from the files)', said("my grandpa's WWI draft card is supposed to be in ur local history files, can i get a copy", "Yes, it is in the 1917 draft files. I'll email your grandpa's card to you tomorrow as a scan."), PROMISE),
  c('T1 against: "I\'ll mail your card to you tomorrow and call you once the genealogy book comes in."', said('i need a new card and the genealogy book i requested', "Your new card is ready. I'll mail your card to you tomorrow and call you once the genealogy book comes in."), PROMISE),
];

export const t8: SessionCase[] = [
  // ---- T8 for: a website or app writes to the patron
  c('T8 for: "It\'ll text u a 6 digit code after u make ur account on the Libby app." ("it" first)', said('how do i get ebooks on my phone', "Libby is the app for our ebooks. It'll text u a 6 digit code after u make ur account on the Libby app."), NONE),
  c('T8 for: "once u download the libby app it will text u a code" (no comma)', said('how do i get ebooks on my phone', 'get libby from the app store. once u download the libby app it will text u a code'), NONE),
  c('T8 for: "Download Hoopla on your phone and it will email you a confirmation code." (an app named without "app")', said('can i get audiobooks free', 'Yes, through Hoopla with your library card. Download Hoopla on your phone and it will email you a confirmation code.'), NONE),
  c('T8 for: "Make your account at brookfieldlib.org/register, it\'ll email you a PIN to finish."', said('how do i get a pin for my account', "You set the PIN yourself online. Make your account at brookfieldlib.org/register, it'll email you a PIN to finish."), NONE),
  // ---- T8 against
  c('T8 against: "Ur question went to the Local History room via the staff portal, it will email u by Monday." (the library\'s room)', said('when did my street get paved', 'That needs the old council minutes. Ur question went to the Local History room via the staff portal, it will email u by Monday.'), PROMISE),
  c('T8 against: "Your question went to the Teen Services librarians through the app, and it\'ll text you their reply by Thursday."', said('need sources on the 1911 factory fire for a school paper', "That one needs our teen librarians. Your question went to the Teen Services librarians through the app, and it'll text you their reply by Thursday."), PROMISE),
  c('T8 against (older): "Your request is in our hold system now, and it will email you when the book arrives." (a notice)', said('can i get the new grisham book', 'I placed the hold for you. Your request is in our hold system now, and it will email you when the book arrives.'), NONE),
];

export const t7: SessionCase[] = [
  // ---- T7 / T14 for: asks whether what was given meets the need
  c('T7 for: "were u able to get it set up?" after the steps', later('how do i set up the printer app', 'Get the Mopria app from your app store, then add printer BPL-WEST using the steps at brookfieldlib.org/print.', 'trying now', 'were u able to get it set up?'), some({ complete: 'pass' })),
  c('T7 for: "were you able to set it up ok?" after the steps', later('how do i connect to the library wifi', 'Pick the network BPL-Public, open any page and accept the terms; the steps are at brookfieldlib.org/wifi.', 'one sec', 'were you able to set it up ok?'), some({ complete: 'pass' })),
  c('T14 for: "k that get u what u needed??" after two books', later('books on raising chickens', "Two good ones: Storey's Guide to Raising Chickens and The Chicken Health Handbook, both in our catalog at brookfieldlib.org/catalog.", 'cool', 'k that get u what u needed??'), some({ complete: 'pass' })),
  c('T7 for: "Would either one of those work for you?" after two services', later('audiobooks for a long car trip', 'Libby and Hoopla both have free audiobooks with your card; links are at brookfieldlib.org/ebooks.', 'nice', 'Would either one of those work for you?'), some({ complete: 'pass' })),
  c('T7 for: "Would one of those titles work for u?" after two titles', later('a mystery for my book club, something short', 'Try The Thursday Murder Club or The Maid; both are in our catalog at brookfieldlib.org/catalog.', 'hmm', 'Would one of those titles work for u?'), some({ complete: 'pass' })),
  c('T7 for (Spanish): "¿Logró instalar la aplicación?" after the steps', later('cómo pongo Libby en mi teléfono', 'Baje la aplicación Libby de la tienda de su teléfono y siga los pasos de brookfieldlib.org/libby.', 'ok', '¿Logró instalar la aplicación?'), some({ complete: 'pass' })),
  // ---- T7 / T14 against
  c('T14 against: "I can request it from Eastside for ya. that get u what u need?" (the offer)', said('do u have the new louise penny', 'The catalog shows it at Eastside: brookfieldlib.org/catalog. I can request it from Eastside for ya. that get u what u need?'), some({ complete: 'fail' })),
  c('T7 against: "I can hold the next copy at Westside or ship one to your house when it\'s back. Would one of those work for you?"', said('do you have Lessons in Chemistry', "It's in the catalog at brookfieldlib.org/catalog but all copies are out. I can hold the next copy at Westside or ship one to your house when it's back. Would one of those work for you?"), some({ complete: 'fail' })),
  c('T7 against: "Were you able to make the trip to the place they sent you?" (a visit before the chat)', later('i need groceries, the pantry on elm st sent me somewhere else', 'Grace Pantry, 14 Oak Ave, 555-201-3344, is open Tuesday and Saturday; the county list is at brookfieldcounty.example.gov/food.', 'ok', 'Were you able to make the trip to the place they sent you?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to submit it the first time you tried?" (the past)', later('stuck on the fafsa, tried it before and it timed out', "The FAFSA is at studentaid.gov; save after each section so it won't time out.", 'ok', 'Were you able to submit it the first time you tried?'), some({ complete: 'fail' })),
  c('T7 against (older): "Were you able to set up the printer app already?" before any source', asked('how do i print from my phone', 'Were you able to set up the printer app already?', 'no not yet', 'Get Mopria from your app store and follow brookfieldlib.org/print.'), some({ complete: 'fail' })),
  c('T7 against: "We also have tech help slots Tuesday at 2 or Thursday at 10. Would one of those times work for you?" (times offered)', said('how do i scan documents at the library', 'Our scanner guide is at brookfieldlib.org/scan. We also have tech help slots Tuesday at 2 or Thursday at 10. Would one of those times work for you?'), some({ complete: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'T8 for: "once u download the libby app it will text u a code" (no comma)':
    'followup.on_time/resolution.code expected na/pass, got pending/fail: the app texts a code, no promise of the provider\'s; without a comma the subject read is "u download the libby app it", not the bare "it" T8 needs. older (v53: pending/fail).',
  'T1 against: "I\'ll scan it tonight and email the card to you tomorrow." (a 1908 postcard of the collection)':
    'followup.on_time/resolution.code expected pending/fail, got na/pass: a scan of a collection postcard sent tomorrow is information sent later; "email the card to you" is read as the library\'s card alone. older (v53: na/pass).',
  'T1 against: "I\'ll email your grandpa\'s card to you tomorrow as a scan." (a draft card from the files)':
    'followup.on_time/resolution.code expected pending/fail, got na/pass: a WWI draft card from the local history files, scanned and sent tomorrow, is information sent later; "your grandpa\'s card" is read as the library\'s card alone. older (v53: na/pass).',
  'T7 for: "Would either one of those work for you?" after two services':
    'followup.completeness expected pass, got fail: asks whether the two services given (Libby, Hoopla) meet the need; "either one of those" is neither "either of those" nor "one of those". older (v53: fail).',
  'T7 for (Spanish): "¿Logró instalar la aplicación?" after the steps':
    'followup.completeness expected pass, got fail: asks whether the install steps given worked; the Spanish "logro / pudo" list has only find / access / open / enter / see / download. older (v53: fail).',
  'T7 against: "Were you able to submit it the first time you tried?" (the past)':
    'followup.completeness expected fail, got pass: asks about the patron\'s attempt before the chat; "the first time you tried" is not among T7\'s past cues. older (v53: pass too).',
};

describe('sixtieth round: block T checked blind (sixth), both ways', () => {
  for (const [t, cs] of [['T3', t3], ['T1', t1], ['T8', t8], ['T7/T14', t7]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
