/**
 * Sixty-sixth round, blind check of block Z (rubric v60): Z1, Z2 and Z3 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Checks: inquiry.clarify (a question about the need or the patron's situation before the first message that gives a
 * source; "does this answer your question?" does not count), followup.completeness (in or after the first message that gives a
 * source or answer, asking whether the information already given meets the need; a question about something not given does not
 * count), interest.keep_informed (Terms, Hold message: the provider announcing that the provider is looking something up; a span
 * of waiting on the provider longer than 120 s fails).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Z1: a whole sentence of sympathy only ("ugh, that sounds like such a headache", "Oof, what a rough week.", "Eso debe ser muy
 *   angustiante.") gives neither a source nor an answer, so a question about the patron's situation after it ("Did your landlord
 *   give you a reason?", "¿Le ayudó la compañía de luz?") is a clarifying question before any source (clarify pass) and no
 *   completeness question (nothing was given: completeness fails when no later question asks about what was given).
 *   "That sounds right." confirming the patron's own fact is an answer; sympathy joined to a rule in one sentence is an answer; a
 *   question in the same message as the first source is not "before" it.
 * - Z2: after a source, "does <the resource named> give you enough (to start / for your paper / detail)?" asks whether what was
 *   given meets the need: completeness. "does ur plan / did he / does FEMA give you enough <money, time, pills>" asks about the
 *   patron's situation or a third party: no completeness question. A statement ("it will prob give u enough to start") asks
 *   nothing.
 * - Z3: "looking into it / checking on that" said of another person (the patron's sister, the neighbours, the patron's mother)
 *   announces no look-up by the provider: no hold, so a 200 s gap after it is a wait on the patron (keep_informed pass), and a
 *   question in that form asks about the patron's situation (clarify). The provider's own "I'm looking into it now", "we're
 *   checking on that", "still lookin into it" stay holds (the 200 s gap is a wait on the provider: keep_informed fail).
 *
 * COUNTS. Written: 27 cases, 13 for and 14 against (Z1 4/4, Z2 5/6, Z3 4/4), in one batch, labels copied aside to
 * /tmp/wt-zb1-labels.ts before the first run. First run as labelled: 21 of 27. Disagreeing: 6. Label corrections: 0 (each reread
 * against RUBRIC's clarify and completeness rules and its Hold message term; the labels stand). Final: 21 running, 6 LEFT, every
 * one scored the same by rubric v59 (older; none caused by Z):
 * - Z1 for, inquiry.clarify expected pass / got fail and followup.completeness expected fail / got pass: "Oof, what a rough week.
 *   Did the insurance company give you a claim number?" (sympathy in words SOUNDS_HARD_Z1 does not take, "what a rough week", so
 *   the situation question reads as completeness; older: v59 the same).
 * - Z2 for, followup.completeness expected pass / got fail: "Could the Sanborn maps give you enough detail?" (a "could …" question
 *   is taken as an offer before the completeness family is tried, so Z2's "could / would" arms never read; older: v59 the same).
 * - Z2 for, followup.completeness expected pass / got fail: "Did NoveList give you enough ideas?" ("enough ideas" is not among
 *   GIVE_ENOUGH_Z2's tails; older: v59 the same).
 * - Z2 for, followup.completeness expected pass / got fail: "¿Le da MedlinePlus suficiente información?" (no Spanish form; older:
 *   v59 the same).
 * - Z2 against, followup.completeness expected fail / got pass: "Does the notice give you enough time to answer?" (v1's "does the X
 *   … give you" reads it whatever follows "give you"; older: v59 the same).
 * - Z3 for, interest.keep_informed expected pass / got fail: "Got it, they are checking on that with the traffic office already."
 *   (Z3's lookbehind takes "theyre" and "are they", not "they are"; older: v59 the same).
 * ON THE MENDS (after this check; labels unchanged): Z1 takes "what a rough week", "How stressful!"; Z2 takes the tails "ideas,
 *   suggestions, sources, leads, titles, options, results, examples, background" and a Spanish form ("¿Le da MedlinePlus
 *   suficiente información?", DA_SUFICIENTE_Z2); Z3 takes "they are", "he is", "she is": the first, third, fourth and sixth
 *   disagreements read as labelled and move to the running cases: 25 running, 2 LEFT (the "could" offer and "enough time", both
 *   older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/**
 * (Z3) The patron's `q`, a greeting that asks nothing (`hi`), the provider's `line` at 30 s, then nothing from the patron until
 * the provider's `answer` 200 s later, the patron's thanks and a goodbye. Read as a hold, `line` starts a 200 s wait on the
 * provider (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
const heldLines =
  (hi: string, thanks: string, bye: string) =>
  (q: string, line: string, answer: string): Line[] => [
    [0, 'p', q],
    [20, 'l', hi],
    [30, 'l', line],
    [230, 'l', answer],
    [260, 'p', thanks],
    [270, 'l', bye],
  ];
const held = heldLines(HI, 'yes thanks', 'Thanks for chatting, bye!');
const heldEs = heldLines(HI_ES, 'sí, gracias', 'Gracias por escribirnos, ¡adiós!');

export const z1: SessionCase[] = [
  // ---- Z1 for: a whole sentence of sympathy, then a question about the patron's situation, before any source
  c(
    'Z1 for: "ugh, that sounds like such a headache. did your landlord give you a reason for keeping it?" (chat-speak)',
    asked(
      'my landlord kept my whole security deposit and i move out friday',
      'ugh, that sounds like such a headache. did your landlord give you a reason for keeping it?',
      'no he just said its gone',
      'In Ohio a landlord has 30 days to return it or send a list of deductions; the tenant guide at ohiolegalhelp.example.org/deposits has a demand letter.',
    ),
    some({ clarify: 'pass', complete: 'fail' }),
  ),
  c(
    'Z1 for: "I\'m so sorry your family is going through this. Did the doctor\'s office help at all?"',
    asked(
      'my mom was just diagnosed with dementia and i need to find care options',
      "I'm so sorry your family is going through this. Did the doctor's office help at all?",
      'not really, they gave us a pamphlet',
      "The Alzheimer's Association care finder at alz.example.org/carefinder lists day programs and home care near you.",
    ),
    some({ clarify: 'pass', complete: 'fail' }),
  ),
  c(
    'Z1 for: "Eso debe ser muy angustiante. ¿Le ayudó la compañía de luz cuando llamó?"',
    es.asked(
      'me van a cortar la luz el lunes y no tengo cómo pagar',
      'Eso debe ser muy angustiante. ¿Le ayudó la compañía de luz cuando llamó?',
      'no, solo me dijeron que pague',
      'Hay un programa de ayuda con la factura, LIHEAP: la solicitud en español está en ayudaluz.example.gov.',
    ),
    some({ clarify: 'pass', complete: 'fail' }),
  ),
  c(
    'Z1 for: "Oof, what a rough week. Did the insurance company give you a claim number?" (other words of sympathy)',
    asked(
      'a tree fell on my car and then my basement flooded, how do i file a claim',
      'Oof, what a rough week. Did the insurance company give you a claim number?',
      'not yet',
      "The state insurance department's consumer guide at insurance.example.gov/claims walks through filing step by step.",
    ),
    some({ clarify: 'pass', complete: 'fail' }),
  ),
  // ---- Z1 against: more than sympathy (an answer, a rule, a source), "That sounds right"
  c(
    'Z1 against: "That sounds right. Is the thirty-day rule what you needed to know?" (confirms the patron\'s fact: an answer)',
    asked(
      'i read that landlords in ohio have thirty days to give back a deposit',
      'That sounds right. Is the thirty-day rule what you needed to know?',
      'yes but where does it say that',
      'It is Ohio Revised Code 5321.16, online at codes.ohio.gov/orc/5321.16.',
    ),
    some({ clarify: 'fail', complete: 'pass' }),
  ),
  c(
    'Z1 against: "That sounds stressful, but Ohio landlords must return a deposit … within 30 days. Does the deadline help you plan?" (sympathy joined to an answer)',
    asked(
      'my landlord kept my whole deposit and i moved out 3 weeks ago',
      'That sounds stressful, but Ohio landlords must return a deposit or send a list of deductions within 30 days. Does the deadline help you plan?',
      'yes, what if they dont',
      'Then you can file in small claims court; the steps are at ohiolegalhelp.example.org/deposits.',
    ),
    some({ clarify: 'fail', complete: 'pass' }),
  ),
  c(
    'Z1 against: "I\'m sorry you\'re dealing with this. The county tenant guide at tenants.example.gov … Did your landlord give you a reason?" (the question is in the source\'s message)',
    asked(
      'my landlord kept my deposit',
      "I'm sorry you're dealing with this. The county tenant guide at tenants.example.gov explains the deposit rules. Did your landlord give you a reason?",
      'no reason at all',
      'Then page 4 of the guide shows how to send a demand letter.',
    ),
    some({ clarify: 'fail' }),
  ),
  c(
    'Z1 against: "Qué difícil, pero la compañía no puede cortarle la luz si … certificado médico. ¿Le sirve esa información?" (sympathy joined to an answer)',
    es.asked(
      'me van a cortar la luz y mi mamá usa oxígeno',
      'Qué difícil, pero la compañía no puede cortarle la luz si alguien en casa tiene un certificado médico. ¿Le sirve esa información?',
      'sí, dónde consigo el formulario',
      'El formulario del certificado médico está en energia.example.gov/certificado.',
    ),
    some({ clarify: 'fail', complete: 'pass' }),
  ),
];

export const z2: SessionCase[] = [
  // ---- Z2 for: after a source, whether the resource named gives the patron enough
  c(
    'Z2 for: "does jstor give u enough for ur paper?" (chat-speak)',
    said('i need scholarly articles on the harlem renaissance for english class', 'JSTOR has lots: library.example.org/jstor, search "Harlem Renaissance" and limit to articles. does jstor give u enough for ur paper?'),
    some({ complete: 'pass' }),
  ),
  c(
    'Z2 for: "Will MedlinePlus give you enough to go on?"',
    said('what are the side effects of metformin', 'MedlinePlus has a plain-language page on it at medlineplus.gov/druginfo/meds. Will MedlinePlus give you enough to go on?'),
    some({ complete: 'pass' }),
  ),
  c(
    'Z2 for: "Could the Sanborn maps give you enough detail?"',
    said('where can i see what my street looked like in 1900', 'The Sanborn fire insurance maps show every building; ours are at library.example.org/sanborn. Could the Sanborn maps give you enough detail?'),
    some({ complete: 'pass' }),
  ),
  c(
    'Z2 for: "Did NoveList give you enough ideas?" (a later message)',
    asked('i loved the night circus, what should i read next', 'NoveList Plus at library.example.org/novelist suggests read-alikes by title.', 'ok im looking at it now', 'Did NoveList give you enough ideas?'),
    some({ complete: 'pass' }),
  ),
  c(
    'Z2 for: "¿Le da MedlinePlus suficiente información?" (Spanish)',
    es.said('necesito información sobre la diabetes en español', 'MedlinePlus tiene una sección en español en medlineplus.gov/spanish. ¿Le da MedlinePlus suficiente información?'),
    some({ complete: 'pass' }),
  ),
  // ---- Z2 against: the patron's plan or another person, money or time, a statement
  c(
    'Z2 against: "does ur plan give u enough for hearing aids?" (the patron\'s coverage)',
    said('does medicaid pay for hearing aids', 'It varies by state; the state Medicaid benefits list is at medicaid.example.gov/benefits. does ur plan give u enough for hearing aids?'),
    some({ complete: 'fail' }),
  ),
  c(
    'Z2 against: "Did he give you enough to last until your refill?" (the doctor\'s samples)',
    said('my doctor gave me samples of the new inhaler, how do i get more', 'The maker has a savings program listed at inhaler-savings.example.com. Did he give you enough to last until your refill?'),
    some({ complete: 'fail' }),
  ),
  c(
    'Z2 against: "Does FEMA give you enough money to rebuild?" (money)',
    said('our house flooded, what help is there', 'FEMA individual assistance is at disasterassistance.gov. Does FEMA give you enough money to rebuild?'),
    some({ complete: 'fail' }),
  ),
  c(
    'Z2 against: "Does the notice give you enough time to answer?" (time)',
    said('i got served with an eviction notice', 'The court self-help center explains the steps at courts.example.gov/eviction. Does the notice give you enough time to answer?'),
    some({ complete: 'fail' }),
  ),
  c(
    'Z2 against: "u can use worldcat at worldcat.org, it will prob give u enough to start" (a statement, chat-speak)',
    said('i need to find which libraries own an old cookbook', 'u can use worldcat at worldcat.org, it will prob give u enough to start'),
    some({ complete: 'fail' }),
  ),
  c(
    'Z2 against: "Auto Repair Source at library.example.org/autorepair will likely give you enough to start." (a statement)',
    said('how do i replace the brake pads on a 2009 civic', 'Auto Repair Source at library.example.org/autorepair will likely give you enough to start.'),
    some({ complete: 'fail' }),
  ),
];

export const z3: SessionCase[] = [
  // ---- Z3 for: another person looking into it or checking on that: no hold by the provider
  c(
    'Z3 for: "Has she already applied, or is she still looking into it?"',
    held('my sister wants to get into the community college nursing program, what does she need', 'Has she already applied, or is she still looking into it?', 'The program page at ccnursing.example.edu/admissions lists the prerequisites and deadlines. Did that help?'),
    some({ informed: 'pass', clarify: 'pass' }),
  ),
  c(
    'Z3 for: "ok so shes checking on that w her insurance agent?" (chat-speak)',
    held('my mom got a letter saying her medicare premium went up, can she appeal', 'ok so shes checking on that w her insurance agent?', 'The appeal steps are at medicare.gov/claims-appeals. Did that help?'),
    some({ informed: 'pass', clarify: 'pass' }),
  ),
  c(
    'Z3 for: "Got it, they are checking on that with the traffic office already." (the neighbours, a statement)',
    held('my neighbors and i want a stop sign on our street, they called the city but nothing yet', 'Got it, they are checking on that with the traffic office already.', "The city's traffic request form is at city.example.gov/traffic-requests. Did that help?"),
    some({ informed: 'pass', clarify: 'fail' }),
  ),
  c(
    'Z3 for: "¿Ya hizo la cita, o todavía lo está averiguando?" (Spanish, the patron\'s son)',
    heldEs('mi hijo quiere sacar la licencia de conducir, qué necesita', '¿Ya hizo la cita, o todavía lo está averiguando?', 'Los requisitos están en dmv.example.gov/licencia, con la lista de documentos. ¿Le sirvió?'),
    some({ informed: 'pass', clarify: 'pass' }),
  ),
  // ---- Z3 against: the provider's own look-up stays a hold
  c(
    'Z3 against: "I\'m looking into it now." (own act)',
    held('do you have the 1972 yearbook from central high', "I'm looking into it now.", 'Yes, it is in the Local History room, listed at library.example.org/catalog under Central High School 1972. Did that help?'),
    some({ informed: 'fail', clarify: 'fail' }),
  ),
  c(
    'Z3 against: "We\'re checking on that with our cataloguer." (own act, "we")',
    held('is there a large print copy of the new grisham book', "We're checking on that with our cataloguer.", 'Yes, the large print edition is on order; you can place a hold at library.example.org/catalog. Did that help?'),
    some({ informed: 'fail', clarify: 'fail' }),
  ),
  c(
    'Z3 against: "still lookin into it, sry" (own act, chat-speak)',
    held('whats the oldest map of the county you have', 'still lookin into it, sry', 'The oldest is an 1858 wall map, scanned at library.example.org/maps/1858. Did that help?'),
    some({ informed: 'fail', clarify: 'fail' }),
  ),
  c(
    'Z3 against: "Your brother asked us the same thing last week, so I\'m checking on that now." (another person named, the act the provider\'s)',
    held('did the library ever get the microfilm for the 1910 gazette', "Your brother asked us the same thing last week, so I'm checking on that now.", 'It arrived in March; the reels are listed at library.example.org/microfilm. Did that help?'),
    some({ informed: 'fail', clarify: 'fail' }),
  ),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Z2 for: "Could the Sanborn maps give you enough detail?"':
    'followup.completeness expected pass, got fail ("never asked whether the information given meets the need"): the maps were given in the same message and the question asks whether they meet the need (RUBRIC followup.completeness: "asks whether the information already given meets the need"); a question opening "could" is taken as an offer (offerQuestion) before GIVE_ENOUGH_Z2 is tried, so Z2\'s "could / would" never read (older: v59 the same)',
  'Z2 against: "Does the notice give you enough time to answer?" (time)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need"): the eviction notice is the patron\'s, and the question asks about their deadline, not whether what was given meets the need (RUBRIC followup.completeness: "the information already given"); v1\'s "does the <words> … give you" reads it whatever follows (Z2 keeps "enough time" out of its own arm only) (older: v59 the same)',
};

describe('sixty-sixth round: block Z checked blind, both ways', () => {
  for (const [t, cs] of [['Z1', z1], ['Z2', z2], ['Z3', z3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
