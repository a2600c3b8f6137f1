/**
 * Sixty-first round, fifth blind check of block U (rubric v55), its first mends: U3, U17, U10 and U11 tried both ways in cases written
 * by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words;
 * "against": near misses the block must not read, and older readings it must not break). Checks: closing.no_dismissal (U3),
 * followup.completeness (U17), interest.keep_informed (U10, RUBRIC Terms, Hold message), closing.courteous (U11).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - U3: the provider saying that their own time for the chat is up and ending it, in any order ("For this chat my time is up, so I am
 *   ending it"), is ending the help for the provider's convenience with no way back (fail); a condition ("when / before my time … is
 *   up"), a later time ("… is up around 4, but Dana will keep helping you"), "not up yet", a shift ending with a transfer, and the
 *   patron's own "my time … is up" end no help (pass).
 * - U17: "does the <form name> page / form / instructions … answer / cover …" asks whether what was given meets the need (pass); the
 *   same words about the patron's own paper ("the I-130 your sister filed", "the 1098-T form from your college") ask about the
 *   patron's situation, and a time slot offered is something not yet given (fail, when no other completeness question).
 * - U10: "lemme double-check …", "let me quickly double-check …", "dbl-check" announce looking something up (hold); telling the patron
 *   to double-check, an offer to, and a past "I double-checked" do not.
 * - U11: "come back to us / into the chat / pop back in" invite the patron back; "come back into the US / the country / Canada / the
 *   United States / Japan" is travel, no invitation.
 *
 * COUNTS. Written: 35 cases (18 for, 17 against), each labelled from RUBRIC.md before it ran (labels copied aside before the first
 * run). First run as labelled: 29. Disagreeing: 6. Label corrections: 0. Final: 29 running, 6 LEFT (each also scored under v54 to
 * tell "older" from "U caused"):
 * - closing.no_dismissal, expected fail / got pass: "For this chat my time is up, so I am ending it." (the chat named before "my
 *   time", an order U3 does not read; older).
 * - closing.no_dismissal, expected fail / got pass: "Your time for this chat is up, so I am closing it." (v1's "your time is up" not
 *   read with "for this chat" between; older).
 * - followup.completeness, expected fail / got pass: "Does the 1098-T form from your college cover the spring term?" (the patron's
 *   own paper read as what was given, "form" after the name; U caused).
 * - followup.completeness, expected fail / got pass: "Does the DS-2019 form from your program cover your husband as well?" (the
 *   patron's own paper; U caused).
 * - interest.keep_informed, expected fail / got pass: "k lemme dbl-check the hours" ("dbl-check" not read as a hold; older).
 * - closing.courteous, expected fail / got pass: "You will need a new visa to come back to Japan." (a country outside U11's list
 *   read as an invitation back; older).
 * AFTER THE AUTHOR'S MENDS (v55 as landed): the two readings U caused ("Does the 1098-T form from your college …", "Does the
 *   DS-2019 form from your program …") are mended (U17 reads no form "from / on / for your …") and run, with three older ones U now
 *   reads ("For this chat my time is up, …", "Your time for this chat is up, …", "k lemme dbl-check the hours"): 34 running, 1 LEFT
 *   (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, ASKED, COURTEOUS, DISMISSED, HOLD, NO_HOLD, NOT_ASKED, NOT_DISMISSED } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian at Ashford Public Library.';
const HI_ES = 'Hola, habla Kit, bibliotecaria de la Biblioteca Pública de Ashford.';

/** The patron's `q`, the greeting with a question, the reply, the provider's `answer`, the patron's one more thing, the provider's `last`. */
const ending = (q: string, answer: string, last: string): Line[] => [
  [0, 'p', q],
  [15, 'l', `${HI} What is it for?`],
  [40, 'p', 'a school project'],
  [60, 'l', answer],
  [90, 'p', 'ok, and can you also check one more thing'],
  [100, 'l', last],
];
/** The same in Spanish. */
const endingEs = (q: string, answer: string, last: string): Line[] => [
  [0, 'p', q],
  [15, 'l', `${HI_ES} ¿Para qué lo necesita?`],
  [40, 'p', 'para un trabajo de la escuela'],
  [60, 'l', answer],
  [90, 'p', 'ok, y me puede buscar otra cosa'],
  [100, 'l', last],
];
/** The patron's `q`, the greeting with a question, the reply, the provider's `answer` (source and question), thanks, goodbye. */
const answered = (q: string, answer: string): Line[] => [
  [0, 'p', q],
  [15, 'l', `${HI} Is it for this tax year?`],
  [40, 'p', 'yes'],
  [60, 'l', answer],
  [90, 'p', 'ok thanks'],
  [100, 'l', 'Bye for now!'],
];
/** The patron's `q`, the greeting with a question, the reply, the provider's `said` (52 s), then 200 s later "Did that help?". */
const held = (q: string, said: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you use?`],
  [45, 'p', 'the main one'],
  [52, 'l', said],
  [252, 'l', 'Did that help?'],
  [270, 'p', 'yes thanks'],
];
/** The patron's `q`, a greeting, the patron's detail, the provider's `answer`, the patron's "ok", the provider's `last`. */
const closed = (q: string, answer: string, last: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [40, 'p', 'it is for my family trip in june'],
  [60, 'l', answer],
  [90, 'p', 'ok'],
  [100, 'l', last],
];

const NOT_COURTEOUS = some({ courteous: 'fail' });

const TAX_Q = 'where do i find the census data for my county';
const TAX_A = 'County tables are at data.census.gov under Profiles.';

export const u3: SessionCase[] = [
  // ---- U3 for: the provider's own time for the chat is up, the help ends
  c('U3 for: "sry, my time on this chat has run out so im closing it now" (chat-speak, another verb)', ending(TAX_Q, TAX_A, 'sry, my time on this chat has run out so im closing it now'), DISMISSED),
  c('U3 for: "My time in this session is over, so I have to sign off."', ending(TAX_Q, TAX_A, 'My time in this session is over, so I have to sign off.'), DISMISSED),
  c('U3 for: "My time with you today is up. I am closing the chat now."', ending(TAX_Q, TAX_A, 'My time with you today is up. I am closing the chat now.'), DISMISSED),
  c('U3 for: "Lo siento, mi tiempo en este chat ya se acabó y tengo que cerrarlo." (Spanish)', endingEs('dónde encuentro datos del censo de mi condado', 'Las tablas del condado están en data.census.gov, en Profiles.', 'Lo siento, mi tiempo en este chat ya se acabó y tengo que cerrarlo.'), DISMISSED),
  c('U3 for: "For this chat my time is up, so I am ending it." (other order)', ending(TAX_Q, TAX_A, 'For this chat my time is up, so I am ending it.'), DISMISSED),
  c('U3 for (older): "Your time for this chat is up, so I am closing it."', ending(TAX_Q, TAX_A, 'Your time for this chat is up, so I am closing it.'), DISMISSED),
  // ---- U3 against: a condition, a later time, not yet up, a shift with a transfer, the patron's own time
  c('U3 against: "When my time on this chat is up, Dana from the evening shift will take over your question." (condition)', ending(TAX_Q, TAX_A, 'When my time on this chat is up, Dana from the evening shift will take over your question.'), NOT_DISMISSED),
  c('U3 against: "My time with u is up around 4, but Dana will keep helping you after that." (later time)', ending(TAX_Q, TAX_A, 'My time with u is up around 4, but Dana will keep helping you after that.'), NOT_DISMISSED),
  c('U3 against: "No rush at all, my time for this chat is not up yet."', ending(TAX_Q, TAX_A, 'No rush at all, my time for this chat is not up yet. Which county is it?'), NOT_DISMISSED),
  c('U3 against: "Before my time for this session is up, here is the last link: …" (condition)', ending(TAX_Q, TAX_A, 'Before my time for this session is up, here is the last link: ashford.example.org/census.'), NOT_DISMISSED),
  c('U3 against: the patron\'s own "sorry my time for this chat is up, class is starting"', [
    [0, 'p', TAX_Q],
    [15, 'l', `${HI} What is it for?`],
    [40, 'p', 'a school project'],
    [60, 'l', TAX_A],
    [90, 'p', 'sorry my time for this chat is up, class is starting'],
    [100, 'l', 'No problem, come back anytime!'],
  ], NOT_DISMISSED),
  c('U3 against: "Cuando se termine mi tiempo en este chat, la bibliotecaria Ana seguirá con usted." (Spanish condition)', endingEs('dónde encuentro datos del censo de mi condado', 'Las tablas del condado están en data.census.gov, en Profiles.', 'Cuando se termine mi tiempo en este chat, la bibliotecaria Ana seguirá con usted.'), NOT_DISMISSED),
];

export const u17: SessionCase[] = [
  // ---- U17 for: a form's name before a word of what was given
  c('U17 for: "Does the DS-82 form answer what you asked?"', answered('how do i renew my passport by mail', 'The renewal form is at travel.state.gov/renew. Does the DS-82 form answer what you asked?'), ASKED),
  c('U17 for: "did the 1040-SR instructions answer ur question?" (chat-speak)', answered('is there a tax form for seniors', 'yes, see irs.gov/1040sr. did the 1040-SR instructions answer ur question?'), ASKED),
  c('U17 for: "Does the SS-5 page cover what you needed?" (another verb)', answered('how do i replace my social security card', 'The application is at ssa.gov/forms/ss-5. Does the SS-5 page cover what you needed?'), ASKED),
  c('U17 for: "Do the 990-EZ pages answer it?" (plural)', answered('what form does a small nonprofit file', 'Small ones file the short form, explained at irs.gov/990ez. Do the 990-EZ pages answer it?'), ASKED),
  c('U17 for (older): "Does the library page answer your question?"', answered('where do i get tax forms', 'Our tax form list is at ashford.example.org/tax. Does the library page answer your question?'), ASKED),
  // ---- U17 against: the patron's own paper, a slot offered, an older guard
  c('U17 against: "Does the I-130 your sister filed cover you too?" (the patron\'s paper)', answered('can my sister sponsor me', 'The family petition rules are at uscis.gov/i-130. Does the I-130 your sister filed cover you too?'), NOT_ASKED),
  c('U17 against: "Does the 1098-T form from your college cover the spring term?" (the patron\'s paper, "form" after)', answered('can i deduct tuition', 'The education credits are explained at irs.gov/credits. Does the 1098-T form from your college cover the spring term?'), NOT_ASKED),
  c('U17 against: "Does the DS-2019 form from your program cover your husband as well?" (the patron\'s paper)', answered('can my husband come with me on my j-1', 'Spouse rules are at j1visa.state.gov/dependents. Does the DS-2019 form from your program cover your husband as well?'), NOT_ASKED),
  c('U17 against: "Would the 4-6 pm homework help slot work for you?" (an offer)', answered('do you have tax help for students', 'Our volunteers list their hours at ashford.example.org/vita. Would the 4-6 pm homework help slot work for you?'), NOT_ASKED),
];

export const u10: SessionCase[] = [
  // ---- U10 for: "double-check" announced (a hold: the 200 s after it is a wait on the provider)
  c('U10 for: "lemme double-check the age cutoff for that program"', held('can my 10 yr old join the teen robotics club', 'lemme double-check the age cutoff for that program'), HOLD),
  c('U10 for: "Let me quickly double-check with the children\'s desk."', held('is storytime still on fridays', 'Let me quickly double-check with the children\'s desk.'), HOLD),
  c('U10 for (older): "lemme double check the due date" (no hyphen)', held('when is my dvd due', 'lemme double check the due date'), HOLD),
  c('U10 for: "k lemme dbl-check the hours" (short form)', held('is the main branch open on sunday', 'k lemme dbl-check the hours'), HOLD),
  // ---- U10 against: the patron told to double-check, an offer, a past check
  c('U10 against: "Please double-check the due date in your account before you go."', held('when is my dvd due', 'It shows as due next Tuesday. Please double-check the due date in your account before you go.'), NO_HOLD),
  c('U10 against: "lemme know if you want me to double-check anything else."', held('is storytime still on fridays', 'Yes, Fridays at 10:30. lemme know if you want me to double-check anything else.'), NO_HOLD),
  c('U10 against: "I double-checked, and the cutoff is age 12."', held('can my 10 yr old join the teen robotics club', 'I double-checked, and the cutoff is age 12, so not yet.'), NO_HOLD),
];

export const u11: SessionCase[] = [
  // ---- U11 for: invitations back in other words
  c('U11 for: "You can always come back to us with more questions."', closed('what do kids need to cross the border', 'Kids under 16 need a birth certificate at land crossings; see travel.state.gov.', 'You can always come back to us with more questions.'), COURTEOUS),
  c('U11 for: "Feel free to come back into the chat if anything else comes up."', closed('what do kids need to cross the border', 'Kids under 16 need a birth certificate at land crossings; see travel.state.gov.', 'Feel free to come back into the chat if anything else comes up.'), COURTEOUS),
  c('U11 for: "u can pop back in anytime" (chat-speak)', closed('what do kids need to cross the border', 'Kids under 16 need a birth certificate at land crossings; see travel.state.gov.', 'u can pop back in anytime'), COURTEOUS),
  // ---- U11 against: coming back into a country
  c('U11 against: "Kids under 16 can come back into the US by land with just a birth certificate."', closed('what do kids need to cross the border', 'Kids under 16 can come back into the US by land with just a birth certificate.', 'The details are on travel.state.gov.'), NOT_COURTEOUS),
  c('U11 against: "You need a re-entry permit to come back into the country after a long trip."', closed('i have a green card and will be away 18 months', 'You need a re-entry permit to come back into the country after a long trip.', 'The form is the I-131 at uscis.gov/i-131.'), NOT_COURTEOUS),
  c('U11 against: "To come back into Canada by car you need your passport or an enhanced license."', closed('what do i need to drive home from the states', 'To come back into Canada by car you need your passport or an enhanced license.', 'The list is at cbsa-asfc.gc.ca/travel.'), NOT_COURTEOUS),
  c('U11 against: "You will need a new visa to come back to Japan." (a country not listed)', closed('my japanese visa expires while i am home', 'You will need a new visa to come back to Japan.', 'The embassy explains it at us.emb-japan.go.jp/visa.'), NOT_COURTEOUS),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'U11 against: "You will need a new visa to come back to Japan." (a country not listed)':
    'closing.courteous expected fail, got pass (older: v54 the same): coming back to a country is travel, no invitation back, and neither of the last two provider messages thanks or says goodbye; U11\'s guard lists the US, the country, the UK, the EU, Schengen, America, Canada and Mexico only, so "come back to Japan" is still read as "come back"',
};

describe('sixty-first round: block U checked blind a fifth time, both ways', () => {
  for (const [t, cs] of [['U3', u3], ['U17', u17], ['U10', u10], ['U11', u11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
