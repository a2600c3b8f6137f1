/**
 * Forty-third round, block J checked (closing and sources): v44's J8 `ANY_OTHER_HELP_J8` (closing.anything_else), J16
 * `stillNeedBackJ16` (classify.ts: info.source and the Terms' substantive exchange) and J14 `CITY_DIRECTORY_J14`
 * (namedResource, info.source), tried both ways with cases no one had written.
 *
 * SHAPES TRIED:
 *  J8: against, the words with no offer of more: an internal note to a colleague, a form box and a teacher's note quoted
 *   ("Any other assistance required?", "Any further queries?"), a question about the patron's other benefits (SNAP, British
 *   housing benefit), a caseworker's or a child's therapist's help ("… Any other help?"), access needs at a workshop. As meant:
 *   Indian English "Any more assistance required?", "Ok sir, any other help from my side?", "So any further query?"; chat-speak
 *   "any further help needed?", "any more help req'd?", "K. Any other help?", "Any other help needed?? 🙂"; "needed today",
 *   "needed, ma'am", "help you need", "needed from me"; British "Any further assistance I can offer?", "Cheers. Any further
 *   queries at all?"; "Need any other help?"; Spanish "¿Alguna otra ayuda?".
 *  J16: against, a condition that is not the need ("If you have your card / kids", "Si tiene su tarjeta") or is, with a source
 *   in the rest of the sentence (HeritageQuest, JSTOR, TumbleBooks, Gale Legal Forms, the Bodleian's SOLO, Mango Languages,
 *   Chilton Library), with a URL (guard), or with an answer (Sunday hours, fines waived, Spanish hours), in full sessions and
 *   after the patron left. As meant, the patron gone and the sentence only naming the need: the Chilton manual, the 1940 census,
 *   British "do pop back in", chat-speak "if u still need help w the FAFSA", non-native "you can come again to chat", "If you're
 *   still looking for", "Should you still require", "Whenever you want to", a named title echoed (The Exchange by John
 *   Grisham), Spanish usted / tú / "sigue necesitando"; the patron running off after a hold; in full sessions, a title echoed
 *   is no source.
 *  J14: against, a directory named but none given: "no city directory for 1890 survives", "Polk's never did a directory for
 *   …", "Polk stopped printing city directories", an ancestor named Polk ("Ada Polk's not in any directory we have"), "We don't
 *   hold the 1923 city directory", "Check a city directory from 1920 if you can find one"; a clarifying question (guard) and a
 *   restatement naming one before the source. As meant: "the 1931 Hagerstown city directory", "Polk's Crisscross Directory
 *   for 1978", British "Kelly's Directory of Essex for 1894", chat-speak "1923 city dir", "city directories from 1900 to
 *   1910", "the 1950 Cole's reverse directory", "R. L. Polk & Co.'s directory of Frederick for 1915", Spanish "el directorio
 *   de la ciudad de Laredo de 1925", non-native "city directory of 1912 year", "The county directory of 1887 lists no
 *   Ruarks", "the 1903-04 city directory", "Polk's Hagerstown directory, 1927 ed.", "the Business Directory of 1880".
 *
 * Statuses read from RUBRIC.md: closing.anything_else passes when "the provider asks whether the patron needs anything else";
 * info.source wants "a named resource (a database, the catalogue, a guide, a book …)"; the Terms' substantive exchange is a
 * visible provider message "other than a greeting, an idle check-in or a goodbye, a hold message or a disconnect notice";
 * inquiry.clarify counts a restatement "before the first message that gives a source"; internal messages "never satisfy a check
 * that asks the provider to tell the patron something".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Any other help / assistance?" right after a question about the patron's benefits, caseworker, child's therapy or access
 *   needs at an event asks about the patron's situation (a clarifying question), not whether they need anything else from
 *   the chat;
 * - a message that gives a source or an answer is substantive even when it also invites the patron back (the Terms' goodbye
 *   excludes messages that only thank, say goodbye or invite back), also when the patron has already left;
 * - naming the item the patron asked for only to say it does not exist, is not held, or that they can come back for it, gives
 *   no source; a database named with where to use it ("free with your card", "on our website") is one;
 * - a directory with a place and a year, or a series named with its town (Kelly's of Essex, Polk's of Hagerstown), is a named
 *   print resource, as J14's own case; "a city directory from 1920 if you can find one" names none.
 *
 * COUNTS. Written: 71 cases, all labelled from RUBRIC before running: 69 in a first batch and 2 probes written after it
 * (J8 "Is she getting speech therapy …? Any other help?", J16 "… Chilton Library is free with your card, come back anytime!"
 * after the patron left; labelled before they ran). First run: 69 (39 as labelled, 30 disagreeing); probes 2 (0 as labelled,
 * 2 disagreeing). Labels corrected: 0 (each disagreement reread against RUBRIC.md).
 * By change: J8 23 cases (8 against, 15 as meant), J16 27 (12 against, 15 as meant), J14 21 (8 against, 13 as meant).
 * FINAL: 39 as labelled (running), 32 LEFT: 16 caused by v44's change (J8 2, J16 7, J14 7) and 16 older readings (v43
 * scored them the same; 12 of them shapes the J phrases do not reach), reasons in LEFT_WHY.
 *
 * FINAL RUN (`--project scoring`, this file only): 71 tests passed (32 through describeLeft).
 *
 * V44 AFTER THIS CHECK: J8 was narrowed (`otherHelpAfterAskJ8`: a bare "Any other help?" right after a question about the
 * patron's own situation is no "anything else"), J16 narrowed (the condition must be "still need / want …" or "need (more)
 * help", the invitation after its comma eight words at most and naming no resource), and J14 withdrawn (no directory reading
 * in v44: its 8 "as meant" cases that v44's first cut read are LEFT again, as v43 read them). Every case of (a) reads as
 * labelled now and runs with the others, and so do 3 older ones: "Any other assistance (required)?" and "Any further
 * assistance?" right after a question about the patron's benefits or needs, which v11's alternatives read and
 * `otherHelpAfterAskJ8` sets aside as J8's bare form.
 * Final under v44: 50 running, 21 LEFT (8 of them the J14 cases its withdrawal leaves misread, as v43 read them; the rest
 * older readings or shapes not reached).
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some, sys } from './helpers';
import { BYE, L, OPEN, OPEN_ES, es, one, says } from './narrowing-lines';

type St = 'pass' | 'fail' | 'na';

// ---- J8: "Any other help needed?" (closing.anything_else) ----
const ANS = 'The Libby guide is at samplelib.org/libby.';
/** The patron's question `q`, the answer `ans` at 70 s, the provider's `text` at 80 s, the patron's thanks and a goodbye. */
const afterAns = (text: string, q = 'libby help', ans = ANS): Line[] => [...OPEN(q), L(ans, 70), L(text, 80), ...BYE];
const ae = (name: string, text: string, st: St, q?: string, ans?: string): SessionCase => ({
  name: `${name}: "${text}" : ${says(st)}`,
  lines: afterAns(text, q, ans),
  exp: some({ anything: st }),
});
const BENEFITS_Q = 'help filling out the energy assistance application';
const BENEFITS_A = 'The LIHEAP application is at samplecounty.gov/energy, and page 2 lists the documents to bring.';
export const anyOtherHelp: SessionCase[] = [
  // against: the words, but no question whether the patron needs anything else from the chat
  {
    name: 'J8 against, internal note to a colleague: "Any other help needed? I can take your next chat." (internal) : fails',
    lines: [...OPEN('libby help'), L(ANS, 70), [75, 'i', 'Any other help needed? I can take your next chat.'], ...BYE],
    exp: some({ anything: 'fail' }),
  },
  ae('J8 against, a form box quoted', 'On the intake form, leave the last box, "Any other assistance required?", blank.', 'fail', BENEFITS_Q, BENEFITS_A),
  ae('J8 against, the teacher\'s note quoted', 'Your teacher\'s sheet ends with "Any further queries?", so she wants you to email her if you\'re stuck.', 'fail', 'help with my worksheet on fractions', 'Khan Academy has a fractions unit at khanacademy.org/math/arithmetic.'),
  ae('J8 against, other benefits (SNAP)', 'Page 3 asks about other benefits. Are you getting SNAP right now? Any other assistance?', 'fail', BENEFITS_Q, BENEFITS_A),
  ae('J8 against, other benefits (British)', 'The form asks what else you receive. Do you get housing benefit at the moment? Any further assistance?', 'fail', 'council tax reduction form help', 'The form is on the council site at samplecouncil.gov.uk/ctr.'),
  ae('J8 against, a caseworker', 'Does your caseworker help you with the paperwork? Any other help?', 'fail', BENEFITS_Q, BENEFITS_A),
  // probe written after the first run (labelled from RUBRIC before it ran)
  ae('J8 probe against, a child\'s support', 'Is she getting speech therapy through the school now? Any other help?', 'fail', 'books to help my 4 year old with speech delay', 'The Parent Shelf list at samplelib.org/speech has picture books for speech practice.'),
  ae('J8 against, accommodations at an event', 'Will you need a sign language interpreter at the workshop? Any other assistance required?', 'fail', 'can i sign up for the resume workshop saturday', "You're registered; the details are at samplelib.org/events."),
  // as meant, new words
  ae('J8 Indian English, more assistance', 'Any more assistance required?', 'pass'),
  ae('J8 chat-speak lower case', 'any further help needed?', 'pass'),
  ae('J8 from my side, after sir', 'Ok sir, any other help from my side?', 'pass'),
  ae('J8 singular query', 'So any further query?', 'pass'),
  ae('J8 needed today', 'Any other help needed today?', 'pass'),
  ae('J8 needed, ma\'am', "Any other help needed, ma'am?", 'pass'),
  ae('J8 help you need', 'Any other help you need?', 'pass'),
  ae('J8 British, assistance I can offer', 'Any further assistance I can offer?', 'pass'),
  ae('J8 abbreviated', "any more help req'd?", 'pass'),
  ae('J8 after K.', 'K. Any other help?', 'pass'),
  ae('J8 two marks and a smiley', 'Any other help needed?? 🙂', 'pass'),
  ae('J8 needed from me', 'Any further assistance needed from me?', 'pass'),
  ae('J8 British, at all', 'Cheers. Any further queries at all?', 'pass'),
  ae('J8 need any other help', 'Need any other help?', 'pass'),
  {
    name: 'J8 Spanish: "¿Alguna otra ayuda?" : passes',
    lines: [...OPEN_ES('ayuda con libby'), L('La guía de Libby está en samplelib.org/libby.', 70), L('¿Alguna otra ayuda?', 80), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']],
    exp: some({ anything: 'pass' }),
  },
];

// ---- J16: "If you still need <X>, <come back>" (info.source and the substantive exchange) ----
const left = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];
/** The patron asks `q` and leaves after the greeting; the provider then writes `text`. */
const early = (q: string, text: string): Line[] => [[0, 'p', q], [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library."], left(50), [70, 'l', text]];
const earlyEs = (q: string, text: string): Line[] => [[0, 'p', q], [30, 'l', 'Hola, soy Jo, bibliotecaria de Sample County Library.'], left(50), [70, 'l', text]];
/** The patron stays: a greeting with no question, then `text`, the patron's thanks and a goodbye. */
const greetOnly = (q: string, text: string): Line[] => [[0, 'p', q], [20, 'l', 'Hi, Jo at Sample County Library here.'], [40, 'l', text], [70, 'p', 'ok thanks'], [80, 'l', 'Thanks for chatting, bye!']];
const greetOnlyEs = (q: string, text: string): Line[] => [[0, 'p', q], [20, 'l', 'Hola, le atiende Jo de Sample County Library.'], [40, 'l', text], [70, 'p', 'ok gracias'], [80, 'l', 'Gracias por escribirnos, ¡hasta pronto!']];
const NA_INFO = some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' });
const LOST = { resolutionCode: 'Lost Call' };
const sn = (name: string, lines: Line[], text: string, exp: SessionCase['exp'], over?: SessionCase['over']): SessionCase => {
  const st = Object.values(exp)[0]!;
  const c: SessionCase = { name: `${name}: "${text}" : ${Object.values(exp).every((x) => x === 'na') ? 'information checks na' : `info.source ${st}${'inquiry.clarify' in exp ? `, inquiry.clarify ${exp['inquiry.clarify']}` : ''}`}`, lines, exp };
  return over ? { ...c, over } : c;
};
const ONE_SRC = (name: string, q: string, text: string, st: St) => sn(name, one(q, text), text, some({ source: st }));
const ES_SRC = (name: string, q: string, text: string, st: St) => sn(name, es(q, text), text, some({ source: st }));
const EARLY = (name: string, q: string, text: string) => sn(name, early(q, text), text, NA_INFO, LOST);
const EARLY_ES = (name: string, q: string, text: string) => sn(name, earlyEs(q, text), text, NA_INFO, LOST);
export const stillNeed: SessionCase[] = [
  // against: the condition is "if you still need / have / want …", but the rest of the sentence gives a source or an answer
  ONE_SRC('J16 against, HeritageQuest to try', 'family tree help', 'If you want to keep digging, try HeritageQuest on our website and come back anytime!', 'pass'),
  ONE_SRC('J16 against, JSTOR if you have a card', 'journal articles on climate change', 'If you have your card, JSTOR is free on our website, come back anytime.', 'pass'),
  ONE_SRC('J16 against, TumbleBooks if you have kids', 'any free reading apps', 'If you have kids, TumbleBooks is free with your card, come back anytime!', 'pass'),
  ONE_SRC('J16 against, Gale Legal Forms', 'need a lease template', "If you ever need it again, it's in Gale Legal Forms, so come back anytime.", 'pass'),
  ONE_SRC('J16 against, British, SOLO', 'old maps of oxford', "Should you want the originals, the Bodleian's online catalogue SOLO has them, do pop back anytime.", 'pass'),
  ES_SRC('J16 against, Spanish, Mango Languages', 'quiero aprender inglés', 'Si tiene su tarjeta, puede usar Mango Languages gratis, escríbanos si necesita ayuda.', 'pass'),
  ONE_SRC('J16 guard, the form with its URL', 'passport renewal form', "If you still need the form, it's the DS-82 at travel.state.gov, come back anytime.", 'pass'),
  sn('J16 against, the hours given (answer, no source)', greetOnly('are you open on sunday', "If you need us Sunday, we're open 1 to 5, come by anytime!"), "If you need us Sunday, we're open 1 to 5, come by anytime!", some({ source: 'fail', clarify: 'fail' })),
  sn('J16 against, fines waived (answer, no source)', greetOnly('do i still owe fines on my card', 'If you have overdue fines, they were waived last month, chat back if it still shows.'), 'If you have overdue fines, they were waived last month, chat back if it still shows.', some({ source: 'fail', clarify: 'fail' })),
  sn('J16 against, Spanish hours (answer, no source)', greetOnlyEs('¿abren el domingo?', 'Si necesita venir el domingo, abrimos de 1 a 5, venga cuando guste.'), 'Si necesita venir el domingo, abrimos de 1 a 5, venga cuando guste.', some({ source: 'fail', clarify: 'fail' })),
  sn('J16 against, the patron gone, Mango given', early('how do i learn spanish online', "Looks like you've gone. If you want to learn Spanish, Mango Languages is free with your card, come back anytime!"), "Looks like you've gone. If you want to learn Spanish, Mango Languages is free with your card, come back anytime!", some({ source: 'pass', clarify: 'fail' }), LOST),
  // probe written after the first run (labelled from RUBRIC before it ran)
  sn('J16 probe against, the patron gone, Chilton Library given', early('chilton manual for a 2008 civic', "Looks like you've left. If you want car repair info, Chilton Library is free with your card, come back anytime!"), "Looks like you've left. If you want car repair info, Chilton Library is free with your card, come back anytime!", some({ source: 'pass', clarify: 'fail' }), LOST),
  // as meant, the patron gone: the sentence only names the need (information checks na)
  EARLY('J16 the Chilton manual', 'where can i find a chilton manual for a 2008 civic', "Looks like you've left. If you still need the Chilton manual, come back anytime!"),
  EARLY('J16 the 1940 census', 'do you have the 1940 census for hagerstown', 'Seems we lost you. If you still want the 1940 census, please chat with us again.'),
  EARLY('J16 British, pop back in', 'need the OS map of my village from the 1890s', "Sorry, looks like you've gone. If you still need the Ordnance Survey map, do pop back in."),
  EARLY('J16 chat-speak', 'need help w my FAFSA', 'looks like u left! if u still need help w the FAFSA, just chat back in anytime :)'),
  EARLY('J16 non-native', 'I want book of TOEFL practice', 'You have left the chat I think. If you still need the TOEFL book, you can come again to chat.'),
  EARLY('J16 you\'re still looking for', 'looking for a 1910 plat map of my farm', "Looks like you've disconnected. If you're still looking for the 1910 plat map, feel free to chat again."),
  EARLY('J16 should you still require', 'need a copy of my parents deed', 'Looks like you\'ve gone. Should you still require the deed, do get in touch again.'),
  EARLY('J16 whenever you want', 'can i see the county plat book', 'Looks like you left. Whenever you want to look at the plat book, come back and chat with us!'),
  EARLY('J16 a named book echoed', 'do you have the new john grisham', 'Looks like you stepped away. If you still want The Exchange by John Grisham, message us again anytime!'),
  EARLY_ES('J16 Spanish usted', 'busco el formulario de la licencia de manejo', 'Parece que se desconectó. Si todavía necesita el formulario de la licencia, vuelva a escribirnos cuando guste.'),
  EARLY_ES('J16 Spanish tú', 'tienen harry potter en español', 'Creo que te desconectaste. Si aún buscas Harry Potter en español, escríbenos otra vez.'),
  EARLY_ES('J16 Spanish sigue necesitando', 'necesito ayuda con mi cuenta', 'Al parecer ya se fue. Si sigue necesitando ayuda con su cuenta, con gusto le atendemos de nuevo.'),
  {
    name: 'J16 the patron stays but runs: greeting and hold, "gotta go", then "No problem! If you still need the bus schedule, come back anytime." : information checks na',
    lines: [[0, 'p', 'when does the 12 bus stop at the main library'], [20, 'l', 'Hi, Jo at Sample County Library, let me look that up.'], [40, 'p', 'oh wait my bus is here, gotta go'], [50, 'l', 'No problem! If you still need the bus schedule, come back anytime.'], [60, 'p', 'thx bye']],
    exp: NA_INFO,
  },
  // as meant, a substantive exchange (the greeting's question): the echo is no source
  ONE_SRC('J16 full session, the Chilton manual echoed', 'chilton manual for a 2008 civic', 'If you still need the Chilton manual, come back anytime!', 'fail'),
  ES_SRC('J16 full session, Spanish, a title echoed', 'busco el libro Cien años de soledad', 'Si todavía necesita Cien años de soledad, escríbanos otra vez.', 'fail'),
];

// ---- J14: a city directory of a year, or Polk's (info.source) ----
export const cityDirectory: SessionCase[] = [
  // against: a directory named, but none given
  ONE_SRC('J14 against, none survives', 'is my great grandpa in the 1890 cumberland city directory', 'Unfortunately no city directory for 1890 survives for Cumberland; those years were lost in a fire.', 'fail'),
  ONE_SRC('J14 against, Polk\'s never did one', 'is there a polks directory for smithsburg', "Polk's never did a directory for Smithsburg, the town was too small.", 'fail'),
  ONE_SRC('J14 against, Polk stopped printing', 'where can i see the 1995 reverse directory', "Polk stopped printing city directories for most towns in the 1980s, so there isn't one for 1995.", 'fail'),
  ONE_SRC('J14 against, an ancestor named Polk', 'looking for my great-grandma ada polk in 1920s hagerstown', "Sorry, Ada Polk's not in any directory we have.", 'fail'),
  ONE_SRC('J14 against, not held', 'do you have the 1923 city directory', "We don't hold the 1923 city directory, sorry.", 'fail'),
  ONE_SRC('J14 against, any directory of a year', 'how do i find where my family lived in 1920', 'Check a city directory from 1920 if you can find one.', 'fail'),
  {
    name: 'J14 guard, a clarifying question naming the 1923 city directory, then the source : clarify, source and completeness pass',
    lines: [
      [0, 'p', 'need help finding my grandfather in an old directory'],
      [20, 'l', 'Hi, Jo at Sample County Library here.'],
      [30, 'l', 'Is it the 1923 city directory you saw at the library, or a phone book?'],
      [60, 'p', 'the city directory'],
      [70, 'l', "It's on the Internet Archive at archive.org/details/hagerstown1923. Does that help?"],
      [100, 'p', 'yes thanks'],
      [110, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'J14 against, a restatement naming the 1923 city directory before the source : clarify passes',
    lines: [
      [0, 'p', 'my grandpa ran a bakery in 1923, what was the address'],
      [20, 'l', 'Hi, Jo at Sample County Library here.'],
      [30, 'l', 'So you need his bakery listing in the 1923 city directory.'],
      [60, 'p', 'yes'],
      [70, 'l', 'The 1923 volume is at archive.org/details/hagerstown1923; page 412 lists Schaefer Bakery, 412 N Gay St. Does that help?'],
      [100, 'p', 'yes thanks'],
      [110, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // as meant, new words
  ONE_SRC('J14 the 1931 Hagerstown city directory', 'where did my grandpa live in 1931', "He's in the 1931 Hagerstown city directory, at 112 Potomac Ave, listed as a machinist.", 'pass'),
  ONE_SRC('J14 Polk\'s Crisscross', 'who lived in my house in 1978', "The Polk's Crisscross Directory for 1978 in our Maryland Room lists the house under Feeney.", 'pass'),
  ONE_SRC('J14 British, Kelly\'s', 'my ancestor was a grocer in chelmsford', "Kelly's Directory of Essex for 1894 lists a William Pettit, grocer, in the High Street.", 'pass'),
  ONE_SRC('J14 chat-speak, city dir', 'what was the address of schaefers bakery', 'found him!! 1923 city dir, 412 n gay st, baker', 'pass'),
  ONE_SRC('J14 directories from 1900 to 1910', 'baltimore addresses 1900s', 'Try the Baltimore city directories from 1900 to 1910 in our Maryland Department.', 'pass'),
  ONE_SRC('J14 Cole\'s reverse directory', 'who lived at 22 elm st in 1950', "The 1950 Cole's reverse directory at Central shows a Harold Dent at 22 Elm.", 'pass'),
  ONE_SRC('J14 R. L. Polk & Co.', 'was my great aunt a dressmaker in frederick', "R. L. Polk & Co.'s directory of Frederick for 1915 has her as a dressmaker on Market St.", 'pass'),
  ES_SRC('J14 Spanish', 'donde vivía mi abuelo en laredo en 1925', 'Aparece en el directorio de la ciudad de Laredo de 1925, en la calle Hidalgo 310.', 'pass'),
  ONE_SRC('J14 non-native', 'my grandfather address 1912', 'Your grandfather is in city directory of 1912 year, page 244, on Baltimore Street.', 'pass'),
  ONE_SRC('J14 a county directory, none found', 'any ruarks in dorchester county 1887', 'The county directory of 1887 lists no Ruarks in Dorchester, sorry.', 'pass'),
  ONE_SRC('J14 a two-year volume', 'when did the store open', 'He shows up first in the 1903-04 city directory, on Main St.', 'pass'),
  ONE_SRC('J14 Polk\'s, the year after', 'is my grandpa in the hagerstown directory', "Yep, Polk's Hagerstown directory, 1927 ed., p. 88: John Rohrer, clerk.", 'pass'),
  ONE_SRC('J14 business directory of 1880', 'was my ancestor a blacksmith', 'He is listed in the Business Directory of 1880 for Frederick County as a blacksmith.', 'pass'),
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "v44's change" = v43 scored it as labelled; "older" = v43 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  "J14 R. L. Polk & Co.": "older, and v45 K23's limit: \"R. L. Polk & Co.'s directory \u2026 has her\": K23 reads only reporting verbs (lists, shows, gives \u2026), not \"has\", which read \"the Herald has nothing\" and \"the heat index has\" in forty-fourth-round-k-sources",
  "J14 a county directory, none found": "v45 K23 would read it but wants something said: \"lists no Ruarks\" reports nothing found, and forty-fourth-round-k-sources labels a directory said to have nothing as no source (the two files disagree on this shape; K23 follows the later, stricter label)",
  'J14 the 1931 Hagerstown city directory': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  'J14 directories from 1900 to 1910': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  'J14 Cole\'s reverse directory': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  'J14 non-native': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  'J14 Polk\'s, the year after': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  'J14 business directory of 1880': 'J14 withdrawn in review (its first cut read 7 of this file\'s 8 "against" cases wrongly: a directory said not to exist, not held, or only asked for): a city, county, business or Polk\'s directory of a year is read as no named resource, as v43 read it',
  // (a) caused by v44's change (v43 scored them as labelled)
  // (b) older readings (v43 scored them the same)
  'J8 needed today': 'older, and J8\'s limit: ANY_OTHER_HELP_J8 takes one word after the noun ("needed" or "today"), not "needed today"',
  "J8 needed, ma'am": 'older, and J8\'s limit: the vocative after the question (", ma\'am?") is not allowed, only before ("ok sir, any …")',
  'J8 help you need': 'older, and J8\'s limit: "Any other help you need?": "you need" after the noun is outside J8\'s trailers',
  'J8 abbreviated': 'older, and J8\'s limit: chat-speak "req\'d" (normalised "reqd") is not "required"',
  'J8 Spanish': 'older: "¿Alguna otra ayuda?": the Spanish anythingElse phrase takes "pregunta / cosa / consulta" after "alguna otra", not "ayuda"; J8 is English only',
  'J16 against, the hours given (answer, no source)': 'older: an answer ending "come by anytime!" ("We\'re open 1 to 5 on Sunday, come by anytime!" too) is taken as an invitation back only, so no substantive exchange; J16 changes nothing here',
  'J16 non-native': 'older, and J16\'s limit: "you can come again to chat" is no inviteBack / wayBack phrase, so J16 does not apply and the sentence counts as an answer (with "come back anytime" it is na)',
  'J16 Spanish sigue necesitando': 'older, and J16\'s limit: STILL_NEED_J16 has "sigue" before "necesita" but not "sigue necesitando", and "con gusto le atendemos de nuevo" is no invitation back; the sentence counts as an answer',
  'J14 chat-speak, city dir': 'older, and J14\'s limit: "1923 city dir" (abbreviated) is not "directory"',
  'J14 Spanish': 'older: "el directorio de la ciudad de Laredo de 1925": J14 is English only',
  'J14 a two-year volume': 'older, and J14\'s limit: "the 1903-04 city directory" keeps "1903-04" in the normalised text, so the year before "city directory" is not read',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':')).trim();
const all = [...anyOtherHelp, ...stillNeed, ...cityDirectory];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-third round, block J closing checked (J8, J16, J14)', () => {
  describeSessions('J8 any other help', running(anyOtherHelp));
  describeSessions('J16 if you still need', running(stillNeed));
  describeSessions('J14 city directory', running(cityDirectory));
  describeLeft('block J closing', all.filter((c) => key(c) in LEFT_WHY));
});
