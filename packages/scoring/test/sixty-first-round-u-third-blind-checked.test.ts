/**
 * Sixty-first round, third blind check of block U (rubric v55): U3, U10, U11 and U17 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words; "against": near
 * misses the block must not read, and older readings it must not break). Checks: closing.no_dismissal (U3), interest.keep_informed
 * (U10, RUBRIC Terms: Hold message, Waiting on the provider), closing.courteous (U11, Terms: Goodbye), followup.completeness (U17).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - U3: the provider's own time for the chat being up, said alone ("Sorry, my time with you has run out.", "sry, my time w/ u is up"), or
 *   after the chat ("My time is up for this chat, so I am ending it here."), or in Spanish ("mi tiempo para este chat se terminó"), is
 *   telling the patron the time is up: fail. A condition ("once / as soon as my time … is up, Ray … picks it up"), a time still to
 *   come with a colleague taking over ("… is up in about ten minutes, but Ray will take over the chat then"), a negation ("is not up
 *   yet, so ask away") and the patron's own time end no help: pass.
 * - U10: "I will double-check the age for you." announces a look-up (a hold, as "let me double-check"); "I double-checked: …", the
 *   patron told to double-check and "let me know if you want me to double-check …" are not holds. A wait of exactly 120 s is not
 *   longer than silenceSeconds (pass), 121 s is (fail); an internal note does not end the wait.
 * - U11: "come back" of travel with no place named ("a green card holder can come back after a trip") and of things returned ("the
 *   laptops have to come back to the library") invites no one back; "come back to us / to the chat / to Ask Us", "come on back into
 *   the chat" do, even beside "after you come back to the US".
 * - U17: a form's name with digits first ("the 1099-NEC instructions") or without an article ("Does form 941 help?") is still the
 *   information given; a question about the patron's own paper ("the I-20 your school gave you", "the I-94 on your passport") or an
 *   offer of a slot or workshop ("the Tuesday DS-11 slot", "the CT-1 workshop on Saturday") is not a completeness question.
 *
 * COUNTS. Written: 37 cases (19 for, 18 against), each labelled from RUBRIC.md before it ran (the first 36 copied aside before the
 * first run; the 37th, added after it, copied aside with the rewrites before it ran). First run as labelled: 27 of 36. Disagreeing: 9.
 * Label corrections: 0. Rewritten after the first run, labels unchanged, because another sentence decided them: 2 (the first two U3
 * "for" cases ended "so I am closing the chat now" / "so im closing this out", which v54 already reads as ending the chat right after
 * the patron's question; now the time-up sentence alone, still as labelled, and v54 passes them, so U3 decides). Added after the first
 * run: 1 (U3, the time first; disagrees). Final: 27 running, 10 LEFT (v54 scored on each to tell "older" from "U caused"):
 * - closing.no_dismissal, expected fail / got pass: "My time is up for this chat, so I am ending it here." (older)
 * - closing.no_dismissal, expected fail / got pass: "Lo siento, mi tiempo para este chat se terminó, así que lo cierro aquí." (older)
 * - closing.no_dismissal, expected pass / got fail: "As soon as my time on this chat is up, Ray from the evening shift will pick it up." (U caused)
 * - closing.no_dismissal, expected pass / got fail: "My time with you is up in about ten minutes, but Ray will take over the chat then." (U caused)
 * - interest.keep_informed, expected fail / got pass: "I will double-check the age for you." then 200 s of silence (older)
 * - closing.courteous, expected fail / got pass: "A green card holder can come back after a trip of up to a year" (older)
 * - closing.courteous, expected fail / got pass: "The laptops have to come back to the library by 8 pm" (older)
 * - followup.completeness, expected pass / got fail: "Do the 1099-NEC instructions answer it?" (older)
 * - followup.completeness, expected fail / got pass: "Does the I-20 your school gave you cover the summer term?" (U caused)
 * - followup.completeness, expected fail / got pass: "Does the I-94 on your passport cover your whole stay?" (U caused)
 * Of the running cases, v54 already scores as labelled all the "against" cases but the two U11 country cases, and the U3 "for (older)",
 * "did the ds-82 page help?" and "Does form 941 help?"; the two U3 "for", the four running U10 "for", the two U11 country cases and
 * "the W-4 worksheet" / "the I-9 list" score as labelled only with block U.
 * AFTER THE AUTHOR'S MENDS (v55 as landed): the four readings U caused ("As soon as my time on this chat is up, …", "My time with
 *   you is up in about ten minutes, but …", "Does the I-20 your school gave you …", "Does the I-94 on your passport …") are mended
 *   and run, with three older ones U now reads ("My time is up for this chat, …", "mi tiempo para este chat se terminó", "Do the
 *   1099-NEC instructions answer it?"): 34 running, 3 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, DISMISSED, nearMissLines, NOT_DISMISSED } from './near-miss-lines';

const HI = 'Hello! Nia here, a librarian with Ask Us at Tolland Public Library.';
const { said, done } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Nia, bibliotecaria de Ask Us en la Biblioteca Pública de Tolland.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** A patron's question, a greeting that asks which branch, the reply, the provider's `hold` at 52 s, then news at `next` s, thanks, goodbye. */
const heldThen = (q: string, hold: string, next = 252, between: Line[] = []): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you go to?`],
  [45, 'p', 'northside'],
  [52, 'l', hold],
  ...between,
  [next, 'l', 'Kids 10 and older can use the teen room on their own; the rules are at tolland.example.org/teens.'],
  [next + 20, 'p', 'ok got it'],
  [next + 26, 'l', 'Thanks for chatting, bye!'],
];

const HOLD_TOO_LONG = some({ informed: 'fail' });
const INFORMED = some({ informed: 'pass' });
const NOT_COURTEOUS = some({ courteous: 'fail' });
const ASKED_COMPLETE = some({ complete: 'pass' });
const NOT_ASKED_COMPLETE = some({ complete: 'fail' });

const PASSPORT_Q = 'how do i renew a passport for my kid';
const PASSPORT_A = 'Children under 16 apply in person with the DS-11; the steps are at travel.state.gov/minors.';
const MORE = 'ok and also my own passport, my husbands, and a visa for my mom?';

export const u3: SessionCase[] = [
  // ---- U3 for: the provider's own time for the chat is up, and the help ends
  c('U3 for: "Sorry, my time with you has run out."', done(PASSPORT_Q, PASSPORT_A, MORE, 'Sorry, my time with you has run out.'), DISMISSED),
  c('U3 for: "sry, my time w/ u is up" (chat-speak)', done(PASSPORT_Q, PASSPORT_A, MORE, 'sry, my time w/ u is up'), DISMISSED),
  c('U3 for (older): "My chat time is up, so I need to stop here."', done(PASSPORT_Q, PASSPORT_A, MORE, 'My chat time is up, so I need to stop here.'), DISMISSED),
  c('U3 for (added after the first run): "My time is up for this chat, so I am ending it here." (the time first)', done(PASSPORT_Q, PASSPORT_A, MORE, 'My time is up for this chat, so I am ending it here.'), DISMISSED),
  c('U3 for: "Lo siento, mi tiempo para este chat se terminó, así que lo cierro aquí." (Spanish)', es.done('cómo renuevo el pasaporte de mi hijo', 'Los menores de 16 años lo tramitan en persona con el DS-11; los pasos están en travel.state.gov/minors.', 'y también el mío y el de mi esposo?', 'Lo siento, mi tiempo para este chat se terminó, así que lo cierro aquí.'), DISMISSED),
  // ---- U3 against: a condition, a handover, a negation, the patron's own time, a shift with a transfer (older)
  c('U3 against: "Once my time in this chat is over, Ray from the evening shift picks it up." (a condition)', said('can i get a hold on the new king novel', 'Holds are placed at tolland.example.org/holds. Once my time in this chat is over, Ray from the evening shift picks it up.'), NOT_DISMISSED),
  c('U3 against: "As soon as my time on this chat is up, Ray from the evening shift will pick it up." (a condition)', said('can i get a hold on the new king novel', 'Holds are placed at tolland.example.org/holds. As soon as my time on this chat is up, Ray from the evening shift will pick it up.'), NOT_DISMISSED),
  c('U3 against: "My time with you is up in about ten minutes, but Ray will take over the chat then." (a handover)', said('can i get a hold on the new king novel', 'Holds are placed at tolland.example.org/holds. My time with you is up in about ten minutes, but Ray will take over the chat then.'), NOT_DISMISSED),
  c('U3 against: "Don\'t worry, my time for this chat is not up yet, so ask away." (a negation)', said('sorry so many questions, can i get a hold on the new king novel', 'Holds are placed at tolland.example.org/holds. Don\'t worry, my time for this chat is not up yet, so ask away.'), NOT_DISMISSED),
  c('U3 against: the patron says "my time for this chat is up, my bus is here"', done(PASSPORT_Q, PASSPORT_A, 'oh no my time for this chat is up, my bus is here', 'Thanks for chatting, bye!'), NOT_DISMISSED),
  c('U3 against (older): "My shift ends at 6, so I am transferring you to my colleague Ray."', done(PASSPORT_Q, PASSPORT_A, MORE, 'My shift ends at 6, so I am transferring you to my colleague Ray.'), NOT_DISMISSED),
];

export const u10: SessionCase[] = [
  // ---- U10 for: "double-check" with the hyphen is a hold; the wait after it runs to the next provider message
  c('U10 for: "lemme double-check the min age 4 the teen room" (200 s after it)', heldThen('can my kid use the teen room alone', 'lemme double-check the min age 4 the teen room'), HOLD_TOO_LONG),
  c('U10 for: "Let me just double-check that with the branch rules." (200 s after it)', heldThen('can my kid use the teen room alone', 'Let me just double-check that with the branch rules.'), HOLD_TOO_LONG),
  c('U10 for: "I will double-check the age for you." (another verb form, 200 s after it)', heldThen('can my kid use the teen room alone', 'I will double-check the age for you.'), HOLD_TOO_LONG),
  c('U10 for: "lemme double-check the age rule" and news 121 s later', heldThen('can my kid use the teen room alone', 'lemme double-check the age rule', 173), HOLD_TOO_LONG),
  c('U10 for (older): "lemme double-check …", an internal note at 100 s does not end the wait, news at 200 s', heldThen('can my kid use the teen room alone', 'lemme double-check the age rule in the staff manual', 200, [[100, 'i', 'anyone know the teen room age rule?']]), HOLD_TOO_LONG),
  // ---- U10 against: the patron told to double-check, a check already done, "let me know", exactly 120 s
  c('U10 against: "You might double-check the age rule with the teen room staff before you go." (the patron checks)', heldThen('can my kid use the teen room alone', 'You might double-check the age rule with the teen room staff before you go.'), INFORMED),
  c('U10 against: "I double-checked: the teen room is for ages 10 and up." (done, not a hold)', heldThen('can my kid use the teen room alone', 'I double-checked: the teen room is for ages 10 and up.'), INFORMED),
  c('U10 against: "Let me know if you want me to double-check anything else."', heldThen('can my kid use the teen room alone', 'Let me know if you want me to double-check anything else.'), INFORMED),
  c('U10 against: "lemme double-check the age rule" and news exactly 120 s later', heldThen('can my kid use the teen room alone', 'lemme double-check the age rule', 172), INFORMED),
];

const TRIP_Q = 'what does my 14 yr old need to cross back from canada';
export const u11: SessionCase[] = [
  // ---- U11 against: "come back" that is travel or a return of things, with no invitation in the last two messages
  c('U11 against: "Teens under 16 can come back to the United States by sea with a birth certificate"', done(TRIP_Q, 'Teens under 16 can come back to the United States by sea with a birth certificate; the rules are at cbp.gov/travel.', 'ok', 'The same page has the rules for flights.'), NOT_COURTEOUS),
  c('U11 against: "A citizen can come back into the country with a passport card by land"', done(TRIP_Q, 'A citizen can come back into the country with a passport card by land; see travel.state.gov/card.', 'ok', 'A passport card does not work for flights.'), NOT_COURTEOUS),
  c('U11 against: "A green card holder can come back after a trip of up to a year"', done('can my mom travel on her green card', 'A green card holder can come back after a trip of up to a year; see uscis.gov/travel.', 'ok', 'Longer trips need a reentry permit.'), NOT_COURTEOUS),
  c('U11 against: "The laptops have to come back to the library by 8 pm"', done('can i take a laptop home', 'The laptops have to come back to the library by 8 pm; the rules are at tolland.example.org/laptops.', 'ok', 'Late returns block the card.'), NOT_COURTEOUS),
  // ---- U11 for: invitations back, in other words
  c('U11 for: "pls come back to the chat whenever u like"', done(TRIP_Q, 'Under 16 a birth certificate is enough by land; see cbp.gov/travel.', 'ok', 'pls come back to the chat whenever u like'), COURTEOUS),
  c('U11 for: "After you come back to the US, come back to us with any customs questions."', done(TRIP_Q, 'Under 16 a birth certificate is enough by land; see cbp.gov/travel.', 'ok', 'After you come back to the US, come back to us with any customs questions.'), COURTEOUS),
  c('U11 for: "Come on back into the chat if anything else comes up."', done(TRIP_Q, 'Under 16 a birth certificate is enough by land; see cbp.gov/travel.', 'ok', 'Come on back into the chat if anything else comes up.'), COURTEOUS),
  c('U11 for: "Come back to Ask Us when you plan the Mexico leg of the trip."', done(TRIP_Q, 'Under 16 a birth certificate is enough by land; see cbp.gov/travel.', 'ok', 'Come back to Ask Us when you plan the Mexico leg of the trip.'), COURTEOUS),
];

export const u17: SessionCase[] = [
  // ---- U17 for: whether a form's page or paper already given meets the need
  c('U17 for: "Does the W-4 worksheet answer your question?"', said('how do i fill out my w4', 'The W-4 form and its worksheet are at irs.gov/w4. Does the W-4 worksheet answer your question?'), ASKED_COMPLETE),
  c('U17 for: "did the ds-82 page help?" (lower case)', said('how do i renew my passport by mail', 'The DS-82 renewal steps are at travel.state.gov/renew. did the ds-82 page help?'), ASKED_COMPLETE),
  c('U17 for: "Did the I-9 list of acceptable documents help?"', said('what id do i need for a new job', 'The I-9 list of acceptable documents is at uscis.gov/i-9. Did the I-9 list of acceptable documents help?'), ASKED_COMPLETE),
  c('U17 for: "Do the 1099-NEC instructions answer it?" (digits first)', said('how do i report freelance pay', 'The 1099-NEC instructions are at irs.gov/1099nec. Do the 1099-NEC instructions answer it?'), ASKED_COMPLETE),
  c('U17 for: "Does form 941 help?" (no article)', said('what form do i use for quarterly payroll tax', 'Form 941 and its instructions are at irs.gov/941. Does form 941 help?'), ASKED_COMPLETE),
  // ---- U17 against: an offer not yet given, the patron's own papers, with a form's name
  c('U17 against: "Does the Tuesday DS-11 slot work for you?" (an offer)', said('can i get my passport done at the library', 'Passport appointments are listed at tolland.example.org/passports. Does the Tuesday DS-11 slot work for you?'), NOT_ASKED_COMPLETE),
  c('U17 against: "Does the CT-1 workshop on Saturday work for you?" (an offer)', said('i need help with railroad retirement tax forms', 'Our tax help guide is at tolland.example.org/tax. Does the CT-1 workshop on Saturday work for you?'), NOT_ASKED_COMPLETE),
  c('U17 against: "Does the I-20 your school gave you cover the summer term?" (the patron\'s papers)', said('can i stay in the us over summer on my student visa', 'The I-20 rules are at studyinthestates.dhs.gov. Does the I-20 your school gave you cover the summer term?'), NOT_ASKED_COMPLETE),
  c('U17 against: "Does the I-94 on your passport cover your whole stay?" (the patron\'s papers)', said('how long can i stay as a visitor', 'Stay limits are explained at i94.cbp.dhs.gov. Does the I-94 on your passport cover your whole stay?'), NOT_ASKED_COMPLETE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'U10 for: "I will double-check the age for you." (another verb form, 200 s after it)':
    'interest.keep_informed expected fail, got pass (older: v54 the same): "I will double-check …" announces a look-up, a hold (RUBRIC Terms), so the 200 s after it is a wait on the provider; holdWeak reads "I will check / look …" and U10 widened only "let me double check" to the hyphen',
  'U11 against: "A green card holder can come back after a trip of up to a year"':
    'closing.courteous expected fail, got pass (older: v54 the same): "come back after a trip" is re-entry to the country, no invitation; neither of the last two messages thanks, says goodbye or invites back. U11 excludes "come back in / into / to" a country only, and here no place is named',
  'U11 against: "The laptops have to come back to the library by 8 pm"':
    'closing.courteous expected fail, got pass (older: v54 the same): the laptops are to be returned, no invitation to the patron; v1\'s "come back" reads any subject',
};

describe('sixty-first round: block U checked blind a third time, both ways', () => {
  for (const [t, cs] of [['U3', u3], ['U10', u10], ['U11', u11], ['U17', u17]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
