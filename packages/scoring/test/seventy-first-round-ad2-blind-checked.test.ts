/**
 * Seventy-first round, blind check of block AD (rubric v64): AD1, AD2 and AD4 tried both ways in cases written by a helper who did
 * not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Checks: followup.completeness (AD1: in or after the first message that gives a source or answer, the provider asks whether
 * the information already given meets the need; a question about something not yet given does not count), info.source and
 * inquiry.clarify (AD2: a named resource, a URL, the catalogue, a guide, a book is a source; a clarifying question counts before the
 * first message that gives a source, and any such question counts when no source is ever given), referral.contact (AD4: RUBRIC
 * Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat, the provider's own library's
 * departments included; na with no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AD1: "does / did / do that / this / these clear up the <words> question / charge / confusion …?" after the answer asks whether
 *   what was given meets the need: pass. How many words stand before the noun does not matter to RUBRIC ("Does that clear up the
 *   whole library late fee question?" is labelled pass, though the block reads at most two). Spanish "¿Eso le aclara la duda de
 *   la multa?" is the same question: pass. Told nothing about what was given: "will that clear up …" about a step still to come,
 *   an offer ("Would it clear up the billing question if I e-mailed you the statement?"), a question before any source or answer,
 *   the patron's own words: fail.
 * - AD2: a sentence whose only resource words follow "each / every / any / which / some / another / other" names no resource (no
 *   source: "Every shipping line's database is organised a bit differently."); a Spanish sentence of the same kind ("Cada base de
 *   datos de las navieras es distinta.") names none either. A named resource, a URL, the catalogue or a book in the same sentence
 *   is a source whatever generic words stand beside it.
 * - AD4: "stop at / stop in at / pase por" a party is telling the patron to visit it: a referral (the front desk of the provider's
 *   own branch too: a department the patron is told to visit). A bus that stops at a museum, "don't stop at the first result",
 *   "stop at page 5", a condition ("If you stop at the visitor center, …"), the provider's own stop: no referral, na.
 *
 * COUNTS. Written: 30 cases, 15 for and 15 against (AD1 10: 5 for / 5 against, the "against" group holding the older "Does that clear
 * up the question?" kept as pass; AD2 9: 4/5; AD4 11: 6/5). First batch 28 cases, labels copied aside to /tmp/wt-ad2-labels.ts
 * before the first run: 26 of 28 as labelled. The first run showed every AD4 "for" case of the first batch read already on v63
 * (through other verbs or the address), so a second batch of two AD4 "for" cases with "stop at / stop in at" alone was written,
 * labelled and copied aside again before its own run: 1 of 2 as labelled. In all 27 of 30 as labelled at the first run.
 * Disagreeing: 3. Label corrections: 0 (each reread against RUBRIC; the labels stand). Final: 27 running, 3 LEFT, each scored on
 * rubric v63 too (`scoreSession(t, { now, rubric: rubricV63 })`, a throwaway test since deleted) to tell "older" from "AD caused":
 * - followup.completeness, expected pass / got fail: "Does that clear up the whole library late fee question?" (after the answer
 *   and its URL, it asks whether what was given meets the need; AD1's alternative allows one or two words before the noun and
 *   this has three; note "never asked whether the information given meets the need"; older: v63 fail the same).
 * - info.source, expected fail / got pass: "Cada base de datos de las navieras es distinta, y muchas no llegan a 1900." (the Spanish
 *   of AD2's own example: no resource named; `GENERIC_AD2` knows English words only; note "gave a source"; older: v63 pass the
 *   same).
 * - referral.contact, expected pass / got na: "most places cant, but stop in at Hals Hardware on Pine, (802) 555-0134" (a shop is an
 *   organisation the patron is told to visit, its phone given; the verb is read but no party: "stop in at the hardware store on
 *   Pine, …" passes, as does "call Hals Hardware …", while "stop by / visit Hals Hardware …" are na too; note "no referral to a
 *   person or organisation outside the chat"; older: v63 na the same).
 * Of the cases AD changed (v63 → v64, from the same throwaway run): AD1 for "does that clear up the ILL fee question for u?" and "Do
 *   these clear up the property tax questions?" (v63 fail, now pass as labelled), AD2 for "Every freight company's database is
 *   set up a bit differently." (v63 source pass / clarify fail, now as labelled), AD4 for "You might stop at the Bristol clock
 *   museum while you're in town." (v63 na, now fail as labelled). No "against" case changed from v63: none false read by AD.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, ASKED, NOT_ASKED, SOURCE, NO_SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Ren, a librarian with Ask Us at Marrow Creek Library.';
const { said, asked, done } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'northgate' });
const HI_ES = 'Hola, soy Ren, bibliotecaria de la Biblioteca de Marrow Creek.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

/**
 * The patron's `q`, a greeting that asks nothing, the provider's `first`, the patron's `reply`, the provider's `ask`, the patron's
 * `reply2`, the provider's `answer`, thanks and goodbye (a clarifying question after `first`: it counts only if `first` gave no source).
 */
const thenAsked = (q: string, first: string, reply: string, ask: string, reply2: string, answer: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [30, 'l', first],
  [60, 'p', reply],
  [70, 'l', ask],
  [90, 'p', reply2],
  [100, 'l', answer],
  [130, 'p', 'ok thanks'],
  [140, 'l', 'Thanks for chatting, bye!'],
];

export const ad1: SessionCase[] = [
  // ---- AD1 for: "does / did / do … clear up the <words> question / charge …?" after the answer
  c('AD1 for: "does that clear up the ILL fee thing for u?" (chat-speak)', said('why was i charged 3 dollars', 'thats the interlibrary loan fee, its on the fines page at marrowcreek.example.org/fees. does that clear up the ILL fee question for u?'), ASKED),
  c('AD1 for: "Did this clear up the parking permit confusion?"', said('do i need a permit to park at the main library', 'Only on weekdays before 5; the permit rules are at marrowcreek.example.org/parking. Did this clear up the parking permit confusion?'), ASKED),
  c('AD1 for: "Do these clear up the property tax questions?"', said('where do i find my property tax history', 'The county treasurer posts it: tax.example.gov/lookup, and the FAQ at tax.example.gov/faq. Do these clear up the property tax questions?'), ASKED),
  c('AD1 for: "Does that clear up the whole library late fee question?" (three words before the noun)', said('do you still charge late fees', 'No, the board dropped late fees in 2022; the notice is at marrowcreek.example.org/news/fines. Does that clear up the whole library late fee question?'), ASKED),
  c('AD1 for: "¿Eso le aclara la duda de la multa?" (Spanish)', es.said('por qué tengo una multa en mi cuenta', 'Es por un libro devuelto tarde en mayo; lo puede ver en marrowcreek.example.org/cuenta. ¿Eso le aclara la duda de la multa?'), ASKED),
  // ---- AD1 against: a step still to come, an offer, before anything was given, the patron's words; the older reading kept
  c('AD1 against: "Once you send the form to the assessor, will that clear up the property tax bill?" (still to happen)', said('my tax bill lists a garage i dont have', 'The assessor has a correction form at tax.example.gov/forms/correction. Once you send the form to the assessor, will that clear up the property tax bill?'), NOT_ASKED),
  c('AD1 against: "Would it clear up the billing question if I e-mailed you the statement?" (an offer)', said('why does my library account say i owe 12 dollars', 'That is a lost-item charge for a DVD; your account at marrowcreek.example.org/account lists it. Would it clear up the billing question if I e-mailed you the statement?'), NOT_ASKED),
  c('AD1 against: "Did the county letter clear up the water bill question?" (before anything was given)', asked('can you help me read my water bill', 'Did the county letter clear up the water bill question?', 'no it made it worse', 'The rate table is at water.example.gov/rates: the first line is the base charge.'), NOT_ASKED),
  c('AD1 against: the patron\'s "does that clear up the overdue fine question" echoed, the provider asks nothing', done('do i owe anything for the late dvd', 'No, the fine was waived; your account at marrowcreek.example.org/account shows $0.', 'ok so does that clear up the overdue fine question with the other branch too?', 'Yes, it does! Have a good one, bye!'), NOT_ASKED),
  c('AD1 against (older kept): "Does that clear up the question?" (no words between)', said('are you open on labor day', 'No, all branches close on Labor Day; the holiday list is at marrowcreek.example.org/hours. Does that clear up the question?'), ASKED),
];

export const ad2: SessionCase[] = [
  // ---- AD2 for: resource words only after "each / every / any / which …": no source
  c('AD2 for: "Every freight company\'s database is set up a bit differently." (no source, the question before counts)', thenAsked('how do i trace a shipping container my grandfather sent', 'Every freight company\'s database is set up a bit differently.', 'ok', 'Do you know which company shipped it, or the year?', 'no idea sorry', 'Then the best I can say is to look for the bill of lading in his papers.'), some({ source: 'fail', clarify: 'pass' })),
  c('AD2 for: "tbh any free genealogy site will have gaps for that county" (chat-speak)', said('where can i find death records from 1890s kentucky', 'tbh any free genealogy site will have gaps for that county, the courthouse fire in 1901 took a lot'), NO_SOURCE),
  c('AD2 for: "Which website did your teacher recommend?" (a question, no source)', thenAsked('i need help with a history project', 'Some teachers want a particular site used.', 'she said to use a site', 'Which website did your teacher recommend?', 'i forgot', 'No problem: ask her tomorrow and come back, we can start from there.'), some({ source: 'fail', clarify: 'pass' })),
  c('AD2 for: "Cada base de datos de las navieras es distinta." (Spanish, no source)', es.said('cómo encuentro el barco en que llegó mi bisabuelo', 'Cada base de datos de las navieras es distinta, y muchas no llegan a 1900.'), NO_SOURCE),
  // ---- AD2 against: a named resource, a URL, the catalogue, a book in the same sentence; a question after a source
  c('AD2 against: "Every other census site charges, but HeritageQuest Online is free with your card." (named resource, then a question)', thenAsked('where can i see the 1940 census for free', 'Every other census site charges, but HeritageQuest Online is free with your card.', 'great', 'Which county are you looking in?', 'franklin, ohio', 'Then browse by enumeration district in HeritageQuest Online.'), some({ source: 'pass', clarify: 'fail' })),
  c('AD2 against: "Each state\'s site differs; Ohio\'s death index is at ohiohistory.example.org/deaths." (a URL)', said('how do i find an ohio death record from 1950', 'Each state\'s site differs; Ohio\'s death index is at ohiohistory.example.org/deaths.'), SOURCE),
  c('AD2 against: "Any of the shipwreck books is in our catalogue under the subject Shipwrecks -- Great Lakes." (the catalogue)', said('do you have books on great lakes shipwrecks', 'Lots. Any of the shipwreck books is in our catalogue under the subject Shipwrecks -- Great Lakes.'), SOURCE),
  c('AD2 against: "Some other guides are thin, but the book Unpuzzling Your Past by Emily Croom covers it." (a book)', said('how do i start a family tree', 'Some other guides are thin, but the book Unpuzzling Your Past by Emily Croom covers it well.'), SOURCE),
  c('AD2 against: "Try Fold3. The database has the draft cards, and every other site links to it." ("the database" after a named one)', said('where are ww1 draft cards', 'Try Fold3 at fold3.com. The database has the draft cards, and every other site links to it.'), SOURCE),
];

export const ad4: SessionCase[] = [
  // ---- AD4 for: "stop at / stop in at / pase por" a party
  c('AD4 for: "u could stop in at the county clerks office n ask for the plat" (chat-speak)', said('where do i get a map of my property lines', 'u could stop in at the county clerks office n ask for the plat'), NO_WAY),
  c('AD4 for: "Stop at the Lakeside Historical Society, 22 Shore Rd, Erie, PA 16507; they keep the ferry logs."', said('where are the old ferry records', 'Those were never digitised. Stop at the Lakeside Historical Society, 22 Shore Rd, Erie, PA 16507; they keep the ferry logs.'), WITH_WAY),
  c('AD4 for: "Pase por la oficina del registro civil del centro con su identificación." (Spanish)', es.said('cómo saco una copia del acta de nacimiento de mi hijo', 'Se pide en persona. Pase por la oficina del registro civil del centro con su identificación.'), NO_WAY),
  c('AD4 for: "Stop at the front desk of our Northgate branch and ask for a museum pass." (own department)', said('can i borrow a museum pass', 'Yes, they are paper passes. Stop at the front desk of our Northgate branch and ask for a museum pass.'), NO_WAY),
  // second batch (written after the first run, labelled and copied aside before its own run): "stop at" with nothing else that refers
  c('AD4 for: "You might stop at the Bristol clock museum while you\'re in town." (second batch)', said('who could tell me how old my mantel clock is', 'We have a dating guide, but an expert is better. You might stop at the Bristol clock museum while you\'re in town.'), NO_WAY),
  c('AD4 for: "stop in at Hals Hardware on Pine, (802) 555-0134" (chat-speak, second batch)', said('where can i get an old skeleton key copied', 'most places cant, but stop in at Hals Hardware on Pine, (802) 555-0134'), WITH_WAY),
  // ---- AD4 against: a shuttle, a search result, a page, a condition, the provider's own stop
  c('AD4 against: "The free shuttle stops at the museum every 20 minutes." (a bus, not the patron)', said('how do i get to the art museum from the library', 'It is close. The free shuttle stops at the museum every 20 minutes.'), NONE),
  c('AD4 against: "Don\'t stop at the first result in the catalogue; check the other editions too."', said('is there a newer edition of this textbook', 'Maybe. Don\'t stop at the first result in the catalogue; check the other editions too.'), NONE),
  c('AD4 against: "For the quiz, stop at page 5 of the PDF." (a page)', said('how much of the chapter do i need to read', 'Your teacher\'s note says: for the quiz, stop at page 5 of the PDF.'), NONE),
  c('AD4 against: "If you stop at the visitor center, grab a trail map." (condition)', said('any books on hiking the park', 'We have two guides. If you stop at the visitor center, grab a trail map too.'), NONE),
  c('AD4 against: "I stopped in at the historical society yesterday and they had nothing." (the provider\'s own act)', said('did you find anything on the old mill', 'Not much. I stopped in at the historical society yesterday and they had nothing.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AD1 for: "Does that clear up the whole library late fee question?" (three words before the noun)':
    'followup.completeness expected pass (RUBRIC: after the answer, asks whether the information given meets the need), got fail ("never asked whether the information given meets the need"): AD1 allows one or two words before the noun, this has three; older: v63 fail the same',
  'AD2 for: "Cada base de datos de las navieras es distinta." (Spanish, no source)':
    'info.source expected fail (RUBRIC: no URL, contact or named resource: "each shipping line\'s database" names none), got pass ("gave a source"): GENERIC_AD2 has English words only ("cada … base de datos" not read); older: v63 pass the same',
  'AD4 for: "stop in at Hals Hardware on Pine, (802) 555-0134" (chat-speak, second batch)':
    'referral.contact expected pass (RUBRIC Terms, Referral: told to visit an organisation outside the chat, a phone given), got na ("no referral to a person or organisation outside the chat"): the verb is read but a shop named without a party noun is not taken as a party after "stop in at / stop by / visit" ("call Hals Hardware …" and "stop in at the hardware store …" pass); older: v63 na the same',
};

describe('seventy-first round: block AD (AD1, AD2, AD4) checked blind, both ways', () => {
  for (const [t, cs] of [['AD1', ad1], ['AD2', ad2], ['AD4', ad4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
