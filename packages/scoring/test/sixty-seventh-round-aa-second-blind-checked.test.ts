/**
 * Sixty-seventh round, second blind check of block AA (rubric v61): AA5 and AA9 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break).
 * - AA5, followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 *   whether the information already given meets the need; "a question about something not yet given … does not count").
 * - AA9, resolution.code / followup.contact / followup.on_time (RUBRIC Terms, Follow-up session: "the provider promises in the
 *   chat to send or find more later", "someone from your library will contact you"; resolution.code fails when the provider
 *   promised a follow-up but the code is not a follow-up code; followup.contact and followup.on_time are na unless a follow-up
 *   session).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AA5: "If you want / like / prefer …, <a resource, site or branch> has / carries / offers / covers / lists …" tells the patron
 *   what exists: it gives information and offers no act, so a completeness question right after it asks about what was given
 *   (pass). The same sentence in Spanish ("Si le interesa …, Hoopla también lo tiene") reads the same. When someone is to do
 *   something for the patron ("the branch can hold it", "I can email you", "someone at the desk has time to walk you through
 *   it", "Maria in Local History has a few minutes to look for it", "our branch has a copy I could set aside"), the sentence
 *   offers an act not yet done, the question right after it asks about that offer, and with no other completeness question the
 *   check fails.
 * - AA9: a site or app, the sentence's subject, that "can / will text / email / notify you" is a machine of another's, not the
 *   provider promising to send or find more: no follow-up session (resolution.code passes on 'Answered'; contact and on_time na).
 *   The same when the subject is "they" and plainly stands for a site named in the sentence before ("Heavens-Above … lists the
 *   passes. They can text you alerts too."): RUBRIC asks whether the *provider* promises; a pronoun standing for a website does
 *   not make the website the provider, so no promise (labelled so, though the brief lists the pronoun among the near misses).
 *   "I … can text you", "I'll … email you", the library's branch, desk or staff "will call / email you" are promises: a
 *   follow-up session with code 'Answered' (resolution.code fails), no e-mail confirmed in the chat (followup.contact fails), and
 *   not yet recorded with the deadline not passed (followup.on_time pending, scored a day after T0).
 *
 * COUNTS. Written: 27 cases, 14 for and 13 against (AA5 7/5, AA9 7/8; the AA9 pronoun case counted "against" as the brief lists
 * it, though labelled no promise from RUBRIC), in two batches: 23 labelled and copied aside to /tmp/wt-aa2-labels.ts before the
 * first run, then 4 more (AA5 2 for, AA9 1 for and 1 against) labelled and copied aside to /tmp/wt-aa2-labels-2.ts before their
 * own first run. First run as labelled: 24 of 27 (20 of 23, then 4 of 4). Disagreeing: 3, all AA5 "against". Label corrections: 0
 * (each reread against followup.completeness's "a question about something not yet given … does not count"; the labels stand).
 * Final: 24 running, 3 LEFT (each scored on rubric v60 as well, to tell "older" from "AA caused"):
 * - followup.completeness, expected fail / got pass: "If you like, Maria in Local History has a few minutes to look for it. Would
 *   that be what you need?" (a person of the library's offers to look; AA5's `IF_WANTED_HAS_AA5` takes "maria in local history"
 *   as a thing that "has", so the offer no longer guards the question; AA caused: v60 fail as labelled).
 * - followup.completeness, expected fail / got pass: "If you want, the branch can hold it for you. Does that work?" (an offered
 *   hold; "Does that work?" is not among the question shapes checked against an offer before them, so it counts whatever
 *   precedes it; older: v60 pass the same).
 * - followup.completeness, expected fail / got pass: "if u want, our branch has a copy i could set aside. that work?" (first
 *   person offer; the same "(does) that work?" gap; older: v60 pass the same).
 * Of the running "for" cases, the AA5 SkySafari case and five AA9 cases (Weather Service, FlightAware, 511, Goodreads, bank) were
 * misread by v60 and are read by AA; the other "for" cases and all "against" cases score the same on v60.
 * MENDED AFTER THIS CHECK (the author, with no label changed): the one reading AA caused is mended and its case runs with the
 *   others: AA5's subject is none of the library's people (`LIBRARY_N1`: "Maria in Local History") and what it has is no time to
 *   give ("has a few minutes to look for it"). The two older readings ("Does that work?", "that work?" after an offer) stay LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Fernwood Public Library.';
/** `said`; `then` adds a separate provider message `ask` after the provider's `text` (near-miss-lines' `saidThen`). */
const { said, saidThen: then } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'northgate' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Pública de Fernwood.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** No follow-up session on an 'Answered' code. */
const NO_PROMISE = some({ code: 'pass', contact: 'na', onTime: 'na' });
/** A promise read on an 'Answered' code, no e-mail in the chat, a day after: the code fails, contact fails, on_time pending. */
const PROMISE = some({ code: 'fail', contact: 'fail', onTime: 'pending' });

export const aa5: SessionCase[] = [
  // ---- AA5 for: "if you want/like …, <a thing> has/carries/offers …", then a completeness question
  c('AA5 for: "If you want a phone app later, SkySafari has a free version too. Does that fit what you wanted?"', said('whats a good beginner star chart', 'The monthly sky map at skymaps.com is free to print. If you want a phone app later, SkySafari has a free version too. Does that fit what you wanted?'), ASKED),
  c('AA5 for: "if u like ebooks, Libby has it too" then "did that help?" (chat-speak, own message)', then('do u have the new james mcbride book', 'yep, 2 copies at northgate, call no. FIC MCBRIDE. if u like ebooks, Libby has it too.', 'did that help?'), ASKED),
  c('AA5 for: "If you prefer large print, the Eastside branch carries a copy as well. Is that what you were looking for?" (a branch as what has)', said('is the new grisham book in', 'Yes, it is on the new books shelf at Northgate, see catalog.fernwood.org. If you prefer large print, the Eastside branch carries a copy as well. Is that what you were looking for?'), ASKED),
  c('AA5 for: "If you like the first one, the NoveList database covers read-alikes." then "Does that one fit?"', then('books like the hunger games for my 12 yo', 'Try Legend by Marie Lu, it is on the shelf at Northgate. If you like the first one, the NoveList database covers read-alikes.', 'Does that one fit?'), ASKED),
  c('AA5 for: "Si le interesa en audio, Hoopla también lo tiene. ¿Es lo que buscaba?" (Spanish)', es.said('tienen cien años de soledad', 'Sí, hay dos copias en la sucursal del norte, vea catalog.fernwood.org. Si le interesa en audio, Hoopla también lo tiene. ¿Es lo que buscaba?'), ASKED),
  // ---- AA5 against: someone is to do something for the patron: still an offer, the question after it asks about it
  c('AA5 against: "If you want, the branch can hold it for you. Does that work?" (a modal act)', said('is the cookbook salt fat acid heat in', 'Yes, catalog.fernwood.org shows one copy on the shelf at Northgate. If you want, the branch can hold it for you. Does that work?'), NOT_ASKED),
  c('AA5 against: "If you\'d like, I can email you the list. Would that help?" (first person)', said('i need a list of knitting groups in town', 'The community calendar at fernwood.org/events lists a few. If you\'d like, I can email you the list. Would that help?'), NOT_ASKED),
  c('AA5 against: "If you want, someone at the desk has time to walk you through it." then "Would that help?"', then('how do i use the microfilm reader', 'There is a how-to sheet at fernwood.org/microfilm. If you want, someone at the desk has time to walk you through it.', 'Would that help?'), NOT_ASKED),
  c('AA5 against: "If you like, Maria in Local History has a few minutes to look for it. Would that be what you need?" (a person acts)', said('is there a photo of the old mill on river st', 'The digital archive at fernwood.org/photos has a few mill pictures. If you like, Maria in Local History has a few minutes to look for it. Would that be what you need?'), NOT_ASKED),
  c('AA5 against: "if u want, our branch has a copy i could set aside. that work?" (first person, chat-speak)', said('do u have the drivers ed manual', 'the online one is at dmv.example.gov/manual. if u want, our branch has a copy i could set aside. that work?'), NOT_ASKED),
  // ---- second batch (labelled before its own run, copied aside to /tmp/wt-aa2-labels-2.ts)
  c('AA5 for: "If you wish to stream it, the Kanopy service offers the film too." then "Does this completely answer your question?"', then('do you have the documentary 13th', 'Yes, on DVD at Northgate, see catalog.fernwood.org. If you wish to stream it, the Kanopy service offers the film too.', 'Does this completely answer your question?'), ASKED),
  c('AA5 for: "If you want the audiobook, Hoopla doesn\'t have it, sorry. Did that help?" (a negation: still information)', said('is there an audiobook of the overstory', 'The print book is at Northgate, see catalog.fernwood.org. If you want the audiobook, Hoopla doesn\'t have it, sorry. Did that help?'), ASKED),
];

export const aa9: SessionCase[] = [
  // ---- AA9 for: a site or app, the sentence's subject, "and can/will text/email/notify you": no promise of the provider's
  c('AA9 for: "The Weather Service app at weather.gov shows alerts for your county and can text you warnings."', said('how do i get tornado warnings on my phone', 'The Weather Service app at weather.gov shows alerts for your county and can text you warnings.'), NO_PROMISE),
  c('AA9 for: "Citymapper\'s app tracks ur bus and can notify u when its 2 stops away" (chat-speak)', said('how do i know when the 12 bus is coming', 'Citymapper\'s app tracks ur bus and can notify u when its 2 stops away'), NO_PROMISE),
  c('AA9 for: "FlightAware (flightaware.com) tracks the plane in real time and can also text you if it is delayed."', said('how can i check if my moms flight is late', 'FlightAware (flightaware.com) tracks the plane in real time and can also text you if it is delayed.'), NO_PROMISE),
  c('AA9 for: "The 511 website maps road closures and will then email you when your route changes."', said('is the highway to the coast closed', 'The 511 website maps road closures and will then email you when your route changes.'), NO_PROMISE),
  c('AA9 for: "Goodreads\' site keeps your shelf, and will email you when an author you follow has a new book."', said('how do i keep track of books i want to read', 'Goodreads\' site keeps your shelf, and will email you when an author you follow has a new book.'), NO_PROMISE),
  c('AA9 for: "La app Mi Turno muestra sus citas y le puede enviar un correo cuando cambien." (Spanish)', es.said('cómo sé cuándo es mi cita en el consulado', 'La app Mi Turno (miturno.example.gov) muestra sus citas y le puede enviar un correo cuando cambien.'), NO_PROMISE),
  // ---- AA9 against: the provider, the library's people or places, a pronoun
  c('AA9 against: "I found the schedule on the Amtrak site and can text you the times tonight." (first person)', said('when does the train to albany leave on sundays', 'I found the schedule on the Amtrak site and can text you the times tonight.'), PROMISE),
  c('AA9 against: "Our branch has the kit and can call you when it\'s in." (the library\'s place)', said('can i borrow the radon test kit', 'Our branch has the kit and can call you when it\'s in.'), PROMISE),
  c('AA9 against: "The site is down right now, so I\'ll check it tomorrow and email you." (first person, later)', said('whats the deadline on the state grant site', 'The site is down right now, so I\'ll check it tomorrow and email you.'), PROMISE),
  c('AA9 against: "The reference desk has the microfilm and will call you when the reel is pulled." (the library\'s people)', said('can i see the 1952 gazette on microfilm', 'The reference desk has the microfilm and will call you when the reel is pulled.'), PROMISE),
  c('AA9 against: "Amtrak\'s app shows the train, and we can text you the platform tonight." (first person after a site)', said('which platform is the albany train', 'Amtrak\'s app shows the train, and we can text you the platform tonight.'), PROMISE),
  c('AA9 against: "The State Archives website has the index, and our archivist will email you the page." (the library\'s person)', said('can i get my great grandfathers naturalization page', 'The State Archives website has the index, and our archivist will email you the page.'), PROMISE),
  c('AA9 against: "Heavens-Above (heavens-above.com) lists every pass. They can text you alerts too." (a pronoun for the site: no promise)', said('when can i see the space station', 'Heavens-Above (heavens-above.com) lists every pass. They can text you alerts too.'), NO_PROMISE),
  // ---- second batch (labelled before its own run, copied aside to /tmp/wt-aa2-labels-2.ts)
  c('AA9 for: "Your bank\'s website shows the charge and can email you a receipt."', said('how do i get a receipt for my library fine payment', 'It went through your card. Your bank\'s website shows the charge and can email you a receipt.'), NO_PROMISE),
  c('AA9 against: "Hoopla\'s app lists it, and the branch will call you when the copy is in." (the library\'s place after an app)', said('do you have the new percy jackson', 'Hoopla\'s app lists it, and the branch will call you when the copy is in.'), PROMISE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AA5 against: "If you want, the branch can hold it for you. Does that work?" (a modal act)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", evidence "Does that work?"): the question asks about the hold offered just before it, not yet given (RUBRIC followup.completeness: "A question about something not yet given … does not count"); "Does that work?" is not among the question shapes tried against an offer before them (ABOUT_THAT_Q, FIT_Q_X9, …), so any offer before it is ignored (older: v60 pass the same)',
  'AA5 against: "if u want, our branch has a copy i could set aside. that work?" (first person, chat-speak)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", evidence "that work?"): the provider offers to set a copy aside, not yet given (RUBRIC followup.completeness: "A question about something not yet given … does not count"); the same "(does) that work?" gap as the branch-hold case (older: v60 pass the same)',
};

describe('sixty-seventh round: block AA (AA5, AA9) checked blind a second time, both ways', () => {
  for (const [t, cs] of [['AA5', aa5], ['AA9', aa9]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
