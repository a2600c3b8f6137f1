/**
 * Thirty-third round, area (Z3): ONE READING OF "<party> can tell you / can help (you) with that / can answer that".
 *
 * The team's decision, settled here: ONE reading. A named party outside the chat, said to be able to help / tell / answer /
 * advise the patron on the need, is a referral (RUBRIC.md: "telling the patron to contact or visit a person or organisation
 * outside the chat (call, write to, ask or visit them)"): "The SBA can help with that." refers the patron to the SBA as "The
 * DMV can tell you" has since v1. The one older case read otherwise (test/thirty-second-round-money.test.ts, '"The SBA can
 * help with that."') is relabelled there to referral fail (no contact given), with a comment naming this decision.
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a party that can help, no way to reach it (referral fails): "The SBA can help with that", "Your local Small Business
 *   Development Center can help you there", "The Taxpayer Advocate Service can sort that out for you", "The MVA would be the
 *   ones to ask", "Your pharmacist is the person to talk to", "The registrar's office should be able to answer that", "the MVA
 *   would know", "ur registrar can def help w that!!", "County assessor can answer that.", "the passport office will be able
 *   to guide you regarding this", "la oficina del Contralor le puede ayudar con eso", "ellos le pueden informar";
 *  the same with a phone, e-mail or URL (passes): "SCORE can help with that: score.org or 1-800-634-0245", "… their number is
 *   877-777-4778", "The National Park Service can tell you …: 301-739-4200", "le puede ayudar con eso: 410-767-1700".
 *  no referral (near misses): the provider or the library itself ("I can help with that", "We can help with that", "I can def
 *   help"), a source as the subject ("The SBA's guide can help", "This database can tell you", "The catalogue can tell you",
 *   "La guía del Contralor le puede ayudar", "Su página web le puede informar"), a thing in capitals ("The CPI can tell you",
 *   "The DSM", "The FAFSA", "The PDF"), a negation ("the SBA can't help", "won't be able to tell you", "el consulado no le
 *   puede ayudar"), the past ("The SBA helped my cousin"), a party consulted for the patron ("the branch can tell me, I'll ask
 *   them"), the patron's words ("can the SBA help with that?", "if the SBA can help great"), and the party helping a class of
 *   people, not the patron ("The SBA can help small businesses in many ways").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - "<party> would know", "<party> would be the ones to ask", "<party> should be able to answer that" are the same reading as
 *   "can tell you": a referral;
 * - "can help small businesses / seniors" with no "like you" says what the party does in general: no referral ("… can help
 *   tenants like you" still refers);
 * - the chat service's own librarians and the provider's library "can help" refer to no one outside the chat (LEFT below).
 *
 * Written: 6 whole sessions, 44 short cases, 44 near misses in `guards`, 5 LEFT (99 in all; 59 first, 40 more for the fixes,
 * all labelled before running). First run: 12 of 62 disagreed, all on referral.contact; my labels corrected: 0. Scorer
 * errors: 7 read no referral where there is one ("The SBA can help with that" x2, "The Taxpayer Advocate Service can sort
 * that out" x3 with the whole session, "ur registrar can def help", "Centrelink can sort that out … 132 850"), 5 read one
 * where there is none ("Our Ask Us librarians can help", "our library can help you with this", "Ancestry Library Edition
 * would know!", "La guía del Contralor le puede ayudar", "El consulado no le puede ayudar"). The second batch (labelled
 * before running): 1 disagreement ("The VA would know", LEFT); and one near miss turned by the first fix ("The SBA can
 * help small businesses in many ways"), fixed by `othersObjectZ3`. Fixed in block Z3 (checks/referral.ts, the "… can help"
 * branch):
 *  - theAcronymZ3: an acronym in capitals after "the / your / a (local)" as the subject: "The SBA can help with that", "Your
 *    local SBDC can help you", "the IRS should be able to answer that", "A CPA can answer that" [near misses: "The CPI can tell
 *    you", "The DSM can tell you", "The FAFSA can help with that", "The PDF can tell you", "The SBA's guide can help", "the SBA
 *    can't help", the patron's "can the SBA help with that?", "The SBA helped my cousin"].
 *  - referralCanHelp (phrase family): chat-speak "def / defo / deffo" between the modal and the verb: "ur registrar can def
 *    help w that", "ur advisor can defo help u", "the financial aid office can def answer that" [near misses: "I can def help
 *    with that", "we can def help w that", "this site can def help", "u can def help urself"].
 *  - serviceNameZ3: two or more capitalised words ending in "Service" as the subject: "The Taxpayer Advocate Service can sort
 *    that out", "The Internal Revenue Service should be able to answer", "The National Park Service can tell you", "The US
 *    Forest Service would know" [near misses: "Our Ask Us Service can help", "our chat service can help", "This Chat Reference
 *    Service can help", "The National Weather Service's page can tell you"].
 *  - noPuedeZ3: Spanish "no" just before "le puede ayudar / le puede informar": "El consulado no le puede ayudar con eso",
 *    "la biblioteca no le puede ayudar", "El MVA ya no le puede informar" [near misses: "no solo le puede informar", "Si no,
 *    el consulado le puede informar", "No se preocupe: el consulado le puede informar", "Ellos no, pero la Oficina del
 *    Contralor le puede ayudar"].
 *  - resourceSubjectEsZ3: a Spanish subject opened by a resource: "La guía del Contralor le puede ayudar", "Su página web le
 *    puede informar", "El sitio de la Oficina del Contralor le puede ayudar" [near misses: "Según la guía, la oficina del
 *    Contralor le puede ayudar", "Con la guía en mano, el consulado…", "Vea la guía y el consulado…", "El bibliotecario de su
 *    escuela le puede ayudar"].
 *  - othersObjectZ3: "can help" + a class of people, no "like you(rs)": "The SBA can help small businesses in many ways", "The
 *    Area Agency on Aging can help seniors in lots of ways" [near misses: "… small business owners like you: call …",
 *    "Legal Aid can help tenants like you", "… businesses like yours get a loan", "… seniors and their families; call them
 *    at …"].
 * Left (5, each with its reason at the case): Centrelink and "132 850"; "the VA" (two letters); "Our Ask Us librarians can
 * help"; "our library can help you with this"; "Ancestry Library Edition would know!".
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** A small business question up to the patron's answer. */
const BIZ: Line[] = [
  [0, 'p', 'hi i want to open a bakery, how do i get a loan'],
  [20, 'l', 'Hi, Jo at Ask Us here. Do you have a business plan yet?'],
  [50, 'p', 'not yet'],
];
/** A held tax refund up to the patron's answer. */
const TAX: Line[] = [
  [0, 'p', 'the IRS is holding my refund since February, what do I do'],
  [20, 'l', "Hi, I'm Sam at AskUsNow!. Did they send you a letter about it?"],
  [50, 'p', 'yes a 5071C letter'],
];
/** A REAL ID renewal up to the patron's answer. */
const DMV: Line[] = [
  [0, 'p', 'what documents do i need for a real id'],
  [20, 'l', 'Hello, this is Dana, a librarian with Ask a Librarian. Is this your first Maryland licence or a renewal?'],
  [50, 'p', 'renewal'],
];
/** A medication question up to the patron's answer. */
const MED: Line[] = [
  [0, 'p', 'can I cut my blood pressure pills in half? they are too big to swallow'],
  [20, 'l', 'Hi, Jo here at Sample County Library. Which medicine is it, and is it an extended-release tablet?'],
  [50, 'p', 'metoprolol, it says ER'],
];
/** A college transcript question up to the patron's answer. */
const SCHOOL: Line[] = [
  [0, 'p', 'how do i get my transcript from umbc sent to another school'],
  [20, 'l', 'Hi! Riley at Ask Us, UMBC Library. Is it an official transcript you need?'],
  [50, 'p', 'yes official'],
];
/** A British benefits question up to the patron's answer. */
const UK: Line[] = [
  [0, 'p', 'Hello, my council tax bill has gone up and I think I should get a discount as I live alone. Who do I ask?'],
  [20, 'l', "Hello, you're through to Priya at the library's Ask a Librarian service. Which council are you with?"],
  [50, 'p', 'Leeds'],
];
/** A Spanish question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, creo que tengo dinero no reclamado, como lo busco'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Vive usted en Maryland?'],
  [50, 'p', 'sí, en Wheaton'],
];
/** A Spanish consular question up to the patron's answer. */
const CONSUL: Line[] = [
  [0, 'p', 'buenas, necesito renovar mi pasaporte mexicano, que papeles piden'],
  [20, 'l', 'Hola, le atiende Marta de Ask Us. ¿Está usted en Maryland?'],
  [50, 'p', 'si en Silver Spring'],
];
/** A book on the shelf, up to the patron's answer. */
const BOOK: Line[] = [
  [0, 'p', 'is the new Percival Everett book in at Wheaton'],
  [20, 'l', "Hi, I'm Jo at Ask Us, Montgomery County Public Libraries. Do you mean James?"],
  [50, 'p', 'yes James'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and a Spanish goodbye. */
const thenEs = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a bakery loan: the business plan database, then "SCORE can help you there" with no contact',
    lines: [
      [0, 'p', 'Hi there! I want to open a little bakery and need a loan but have no idea where to start'],
      [25, 'l', "Hi! I'm Dana, a librarian with AskUsNow!, and how exciting! Do you already have a business plan written up?"],
      [60, 'p', 'No, nothing yet :('],
      [80, 'l', 'No worries! Our Gale Business: Plan Builder database walks you through writing one: samplelibrary.org/databases, log in with your library card.'],
      [95, 'l', "And once you have a draft, SCORE can help you there: their volunteer mentors look over plans for free. Does that help?"],
      [140, 'p', "yes!! that's all I needed, thank you so much"],
      [150, 'l', 'You are so welcome. Good luck with the bakery, and come back any time!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'terse veteran, a held refund: "Taxpayer Advocate Service can sort that out", 877-777-4778',
    lines: [
      [0, 'p', 'irs holding my refund 4 months. who do i call'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Did you get a letter from them?'],
      [40, 'p', 'yeah 5071C'],
      [55, 'l', 'That one is identity verification: idverify.irs.gov. If you did that and still nothing, the Taxpayer Advocate Service can sort that out for you. 877-777-4778. That what you needed?'],
      [90, 'p', 'yep'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [115, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a consular passport: "el consulado le puede informar", no contact, patron leaves',
    lines: [
      [0, 'p', 'buenas, necesito renovar mi pasaporte mexicano, que papeles piden'],
      [20, 'l', 'Hola, le atiende Marta de Ask Us. ¿Está usted en Maryland?'],
      [50, 'p', 'si en Silver Spring'],
      [70, 'l', 'Los requisitos generales están en gob.mx/sre. Para su caso, el Consulado de México en Washington le puede informar sobre la cita. ¿Le sirve esta información?'],
      [110, 'p', 'si gracias'],
      [120, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [300, 'l', '¿Sigue usted ahí?'],
      [500, 'l', 'Parece que se desconectó; voy a cerrar el chat. ¡Gracias por escribirnos!'],
    ],
    exp: usual({ referral: 'fail', anything: 'pass', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British, a single person discount: "Leeds City Council would be the ones to ask", with their page and number',
    lines: [
      [0, 'p', 'Hello, my council tax bill has gone up and I think I should get a discount as I live alone. Who do I ask?'],
      [25, 'l', "Hello, you're through to Priya at the library's Ask a Librarian service. Which council are you with?"],
      [60, 'p', 'Leeds, thanks'],
      [80, 'l', 'Right, the Single Person Discount takes 25% off if you live alone. Leeds City Council would be the ones to ask: you can apply at leeds.gov.uk/council-tax or ring them on 0113 222 4404. Does that answer your question?'],
      [130, 'p', "Brilliant, that's everything, cheers"],
      [140, 'l', 'Lovely, take care. Bye for now!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student worker, chat-speak, a transcript: "ur registrar can def help w that!!" with their e-mail, patron vanishes',
    lines: [
      [0, 'p', 'how do i get my transcript sent to another school?? its due friday'],
      [30, 'l', 'hi! this is Kayla, student worker w/ Ask Us @ UMBC Library :) is it an official transcript?'],
      [70, 'p', 'yea official'],
      [90, 'l', 'ok so ur registrar can def help w that!! they do official ones, registrar@umbc.edu. does that help?'],
      [250, 'l', 'u still there?'],
      [480, 'l', 'looks like u got disconnected, im gonna end the chat now. thanks for using Ask Us!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'formal academic, IRB review for a thesis survey: "the Office of Research Compliance can advise you", irb@umd.edu',
    lines: [
      [0, 'p', 'Good afternoon. I am planning a survey of undergraduate students for my thesis. Do I need IRB approval, and where would I find the policy?'],
      [40, 'l', 'Good afternoon, and thank you for contacting Ask a Librarian at the University of Maryland Libraries. My name is Dr. Hollis. May I ask whether the survey will collect any identifying information?'],
      [120, 'p', 'Yes, email addresses for a follow-up interview.'],
      [150, 'l', 'One moment while I locate the policy.'],
      [230, 'l', 'The Human Research Protection Program policy is at research.umd.edu/irb. The determination itself is not one the Libraries can make, but the Office of Research Compliance can advise you on whether your survey needs review; they are at irb@umd.edu. Does this answer your question?'],
      [300, 'p', 'It does, thank you.'],
      [310, 'l', 'Is there anything else I can help you with today?'],
      [350, 'p', 'No, that is all.'],
      [360, 'l', 'Thank you for using Ask a Librarian. Best of luck with your thesis.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- "<party> can help / tell / answer / advise", no way to reach them: referral fails -------------------------------
  // the team's decision (round 33): a named party outside the chat said to be able to help / tell / answer / advise the
  // patron on the need is a referral, as "The DMV can tell you" has been since v1
  { name: '"The SBA can help with that." : referral fails, no source', lines: then(BIZ, 'The SBA can help with that. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Your local Small Business Development Center can help you there." : referral fails', lines: then(BIZ, 'Your local Small Business Development Center can help you there. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The Taxpayer Advocate Service can sort that out for you." : referral fails', lines: then(TAX, 'The Taxpayer Advocate Service can sort that out for you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The MVA would be the ones to ask about that." : referral fails', lines: then(DMV, 'The MVA would be the ones to ask about that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your pharmacist is the person to talk to about that." : referral fails', lines: then(MED, 'Your pharmacist is the person to talk to about that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The registrar\'s office should be able to answer that." : referral fails', lines: then(SCHOOL, "The registrar's office should be able to answer that. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Honestly, the MVA would know." : referral fails', lines: then(DMV, 'Honestly, the MVA would know. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your doctor\'s office would know best." : referral fails', lines: then(MED, "Your doctor's office would know best. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "La oficina del Contralor le puede ayudar con eso." : referral fails', lines: thenEs(ES, 'La oficina del Contralor le puede ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "…el consulado; ellos le pueden informar." : referral fails', lines: thenEs(CONSUL, 'El Consulado de México en Washington maneja las renovaciones; ellos le pueden informar. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'British "Leeds City Council can sort that out for you." : referral fails', lines: then(UK, 'Leeds City Council can sort that out for you, it is called the single person discount. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'chat-speak "ur registrar can def help w that!!" : referral fails', lines: then(SCHOOL, 'ur registrar can def help w that!! does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'terse "County assessor can answer that." : referral fails', lines: then(TAX, 'County assessor can answer that. Help?'), exp: some({ referral: 'fail' }) },
  { name: 'Indian English "the passport office will be able to guide you regarding this" : referral fails', lines: then(CONSUL, 'Kindly note the Mexican passport office will be able to guide you regarding this. Is this helpful?'), exp: some({ referral: 'fail' }) },
  { name: 'formal "The Office of Research Compliance can advise you on whether …" : referral fails', lines: then(SCHOOL, 'The Office of Research Compliance can advise you on whether your survey needs IRB approval. Does this answer your question?'), exp: some({ referral: 'fail' }) },
  { name: 'warm "The nice folks at the Area Agency on Aging can help you with that" : referral fails', lines: then(MED, 'The nice folks at the Area Agency on Aging can help you with that, they are wonderful! Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your HOA would be the people to ask about the fence rules." : referral fails', lines: then(TAX, 'Your HOA would be the people to ask about the fence rules. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'non-native "The embassy can help you for this question." : referral fails', lines: then(CONSUL, 'The embassy can help you for this question. Is helpful?'), exp: some({ referral: 'fail' }) },
  { name: '"Your school counselor would be the best person to ask." : referral fails', lines: then(SCHOOL, 'Your school counselor would be the best person to ask. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"A tax preparer can answer that." : referral fails', lines: then(TAX, 'A tax preparer can answer that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The county health department can tell you which clinics …" : referral fails', lines: then(MED, 'The county health department can tell you which clinics take walk-ins. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Maryland Legal Aid are the people to talk to." : referral fails', lines: then(TAX, 'Maryland Legal Aid are the people to talk to. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- the same, with a way to reach them: referral passes ------------------------------------------------------------
  { name: '"SCORE can help with that: score.org or 1-800-634-0245" : referral passes, source passes', lines: then(BIZ, 'SCORE can help with that: score.org or 1-800-634-0245. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"…can sort that out for you; their number is 877-777-4778" : referral passes', lines: then(TAX, 'The Taxpayer Advocate Service can sort that out for you; their number is 877-777-4778. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The MVA would be the ones to ask: 410-768-7000." : referral passes', lines: then(DMV, 'The MVA would be the ones to ask: 410-768-7000. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"…are the people to talk to; they\'re at 1-888-465-2468" : referral passes', lines: then(TAX, "The folks at Maryland Legal Aid are the people to talk to; they're at 1-888-465-2468. Is that helpful?"), exp: some({ referral: 'pass' }) },
  { name: '"The registrar\'s office should be able to answer that, registrar@umbc.edu." : referral passes', lines: then(SCHOOL, "The registrar's office should be able to answer that, registrar@umbc.edu. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish "…le puede ayudar con eso: 410-767-1700." : referral passes', lines: thenEs(ES, 'La oficina del Contralor le puede ayudar con eso: 410-767-1700. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish "El consulado … le puede informar …, al 202-736-1000." : referral passes', lines: thenEs(CONSUL, 'El Consulado de México en Washington le puede informar sobre los requisitos, al 202-736-1000. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"The Office of Research Compliance can advise you (irb@umbc.edu)" : referral passes', lines: then(SCHOOL, 'The Office of Research Compliance can advise you on that (irb@umbc.edu). Does this answer your question?'), exp: some({ referral: 'pass' }) },
  { name: '"The SBA can help with that. Their Baltimore office is at 410-962-6195." : referral passes', lines: then(BIZ, 'The SBA can help with that. Their Baltimore office is at 410-962-6195. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // ---- more for the fixes, labelled before running (theAcronymZ3, serviceNameZ3, noPuedeZ3, resourceSubjectEsZ3) --------
  { name: '"Your local SBDC can help you with the plan." : referral fails', lines: then(BIZ, 'Your local SBDC can help you with the plan. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Honestly the IRS should be able to answer that, 800-829-1040." : referral passes', lines: then(TAX, 'Honestly the IRS should be able to answer that, 800-829-1040. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"A CPA can answer that." : referral fails', lines: then(TAX, 'A CPA can answer that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The Internal Revenue Service should be able to answer that." : referral fails', lines: then(TAX, 'The Internal Revenue Service should be able to answer that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The National Park Service can tell you whether …: 301-739-4200" : referral passes', lines: then(DMV, 'The National Park Service can tell you whether the towpath is open: 301-739-4200. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The US Forest Service would know." : referral fails', lines: then(DMV, 'The US Forest Service would know. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "la biblioteca no le puede ayudar con trámites consulares; … gob.mx/sre" : no referral', lines: thenEs(CONSUL, 'Lamentablemente la biblioteca no le puede ayudar con trámites consulares; los requisitos están en gob.mx/sre. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Spanish "El MVA ya no le puede informar por teléfono; … mva.maryland.gov" : no referral', lines: thenEs(CONSUL, 'El MVA ya no le puede informar por teléfono; la lista de documentos está en mva.maryland.gov. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Spanish "Su página web le puede informar sobre las citas: …" : a source', lines: thenEs(CONSUL, 'Su página web le puede informar sobre las citas: consulmex.sre.gob.mx/washington. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Spanish "El sitio de la Oficina del Contralor le puede ayudar: …" : a source', lines: thenEs(ES, 'El sitio de la Oficina del Contralor le puede ayudar: interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The Area Agency on Aging can help seniors in lots of ways; their resource guide is at …" : no referral', lines: then(MED, 'The Area Agency on Aging can help seniors in lots of ways; their resource guide is at aging.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'chat-speak "ur advisor can defo help u pick classes" : referral fails', lines: then(SCHOOL, 'ur advisor can defo help u pick classes for the transfer. does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'chat-speak "the financial aid office can def answer that, finaid@umbc.edu" : referral passes', lines: then(SCHOOL, 'the financial aid office can def answer that, finaid@umbc.edu. does that help?'), exp: some({ referral: 'pass' }) },
];

/** Near misses (the same words for something else). */
export const guards: SessionCase[] = [
  // ---- the provider or the library itself --------------------------------------------------------------------------
  { name: 'near miss: "I can help with that! The SBA\'s loan guide is at sba.gov/…" : no referral', lines: then(BIZ, "I can help with that! The SBA's loan guide is at sba.gov/funding-programs/loans. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We can help with that: our Gale Business: Plan Builder …" : no referral', lines: then(BIZ, 'We can help with that: our Gale Business: Plan Builder at samplelibrary.org/databases walks you through it. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We would be the ones to ask, and I\'ve renewed it for you" : no referral', lines: then(BOOK, "We'd be the ones to ask, and good news: I've placed the hold for you in the catalogue at samplelibrary.org/catalog. Does that help?"), exp: some({ referral: 'na' }) },
  // ---- a source or thing as the subject ----------------------------------------------------------------------------
  { name: 'near miss: "The SBA\'s guide can help with that: sba.gov/business-guide." : a source', lines: then(BIZ, "The SBA's guide can help with that: sba.gov/business-guide. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "This database can tell you: ReferenceUSA …" : a source', lines: then(BIZ, 'This database can tell you how many bakeries are nearby: ReferenceUSA at samplelibrary.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The catalogue can tell you which branch has it" : a source', lines: then(BOOK, 'The catalogue can tell you which branch has it on the shelf: samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The FAQ page should be able to answer that: mva.maryland.gov/faq." : a source', lines: then(DMV, 'The FAQ page should be able to answer that: mva.maryland.gov/faq. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "This website can help you with that: mdlawhelp.org." : a source', lines: then(TAX, 'This website can help you with that: mdlawhelp.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: Spanish "La guía del Contralor le puede ayudar con eso: …" : a source', lines: thenEs(ES, 'La guía del Contralor le puede ayudar con eso: interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- negation ------------------------------------------------------------------------------------------------------
  { name: 'near miss: "the SBA can\'t help with that … the loan guide at sba.gov/loans" : no referral', lines: then(BIZ, "Unfortunately the SBA can't help with that directly, since they don't lend the money themselves; the loan guide at sba.gov/loans explains how it works. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The DMV won\'t be able to tell you that over the phone" : no referral', lines: then(DMV, "The DMV won't be able to tell you that over the phone, but the document list is at mva.maryland.gov/realid. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: Spanish "El consulado no le puede ayudar con eso; …" : no referral', lines: thenEs(CONSUL, 'El consulado no le puede ayudar con eso por teléfono; los requisitos están en gob.mx/sre. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- the past, a story ---------------------------------------------------------------------------------------------
  { name: 'near miss: "The SBA helped my cousin with her food truck" : no referral', lines: then(BIZ, 'The SBA helped my cousin with her food truck, actually! Their loan guide is at sba.gov/loans. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "SCORE was able to help a lot of our patrons last year" : no referral', lines: then(BIZ, 'SCORE was able to help a lot of our patrons last year. Start with the plan templates at sba.gov/business-guide. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- a party the provider consults on the patron's behalf -----------------------------------------------------------
  { name: 'near miss: "the branch can tell me, I\'ll ask them" : no referral', lines: [...BOOK, [60, 'l', 'The Wheaton branch can tell me if it is on the shelf, I will ask them now. One moment.'], [110, 'l', 'They say it is on the shelf, and the catalogue record is at samplelibrary.org/catalog. Does that help?'], [140, 'p', 'great thanks'], [146, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "our business librarian can tell me, let me check with her" : no referral', lines: [...BIZ, [60, 'l', 'Our business librarian can tell me which loan guides we have, let me check with her. One moment.'], [110, 'l', 'She recommends Gale Business: Plan Builder at samplelibrary.org/databases. Does that help?'], [140, 'p', 'great thanks'], [146, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  // ---- a conditional, the patron's question --------------------------------------------------------------------------
  { name: 'near miss: the patron\'s "can the SBA help with that?" : no referral', lines: [...BIZ, [60, 'p', 'can the SBA help with that?'], [80, 'l', 'Their loan guide at sba.gov/loans explains the 7(a) and microloan programs. Does that help?'], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: the patron\'s "if the SBA can help great" : no referral', lines: [...BIZ, [60, 'p', 'if the SBA can help great, but i heard they dont do small loans'], [80, 'l', 'They do: microloans up to $50,000, explained at sba.gov/microloans. Does that help?'], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: the patron\'s "the DMV would know but they never pick up" : no referral', lines: [...DMV, [60, 'p', 'the DMV would know but they never pick up'], [80, 'l', 'The document checklist is at mva.maryland.gov/realid. Does that help?'], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  // ---- the party helping with something other than the need ----------------------------------------------------------
  { name: 'near miss: "The SBA can help small businesses in many ways; their guide …" : no referral', lines: then(BIZ, 'The SBA can help small businesses in many ways; their guide at sba.gov/business-guide covers loans step by step. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- near misses of the fixes, labelled before running ---------------------------------------------------------------
  // theAcronymZ3: capitals after "the" that name a thing
  { name: 'near miss: "The CPI can tell you how much prices rose: bls.gov/cpi" : a source', lines: then(TAX, 'The CPI can tell you how much prices rose: bls.gov/cpi. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The DSM can tell you the criteria; … 616.89 DSM in our catalogue" : no referral', lines: then(MED, 'The DSM can tell you the diagnostic criteria; we have it at 616.89 DSM in our catalogue. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The FAFSA can help with that: … studentaid.gov" : a form, no referral', lines: then(SCHOOL, "The FAFSA can help with that: it asks for your parents' income, at studentaid.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The PDF can tell you which schedule to use: irs.gov/…" : a source', lines: then(TAX, 'The PDF can tell you which schedule to use: irs.gov/pub/irs-pdf/i1040gi.pdf. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // noPuedeZ3: "no" that does not deny the party's help
  { name: 'near miss: Spanish "El consulado no solo le puede informar …" : referral fails', lines: thenEs(CONSUL, 'El Consulado de México no solo le puede informar sobre la cita, también le da el turno. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "Si no, el consulado le puede informar." : referral fails', lines: thenEs(CONSUL, 'Los requisitos están en gob.mx/sre. Si no, el Consulado de México le puede informar. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "No se preocupe: el consulado le puede informar …" : referral fails', lines: thenEs(CONSUL, 'No se preocupe: el Consulado de México le puede informar sobre la cita. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "Ellos no, pero la Oficina del Contralor le puede ayudar …" : referral fails', lines: thenEs(ES, 'Ellos no, pero la Oficina del Contralor le puede ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // resourceSubjectEsZ3: a party opening the clause
  { name: 'near miss: Spanish "Según la guía, la oficina del Contralor le puede ayudar …" : referral fails', lines: thenEs(ES, 'Según la guía, la oficina del Contralor le puede ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "Con la guía en mano, el consulado le puede informar." : referral fails', lines: thenEs(CONSUL, 'Con la guía en mano, el Consulado de México le puede informar. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "Vea la guía y el consulado le puede informar sobre la cita." : referral fails', lines: thenEs(CONSUL, 'Vea la guía y el Consulado de México le puede informar sobre la cita. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: Spanish "El bibliotecario de su escuela le puede ayudar con eso." : referral fails', lines: thenEs(ES, 'El bibliotecario de su escuela le puede ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // serviceNameZ3: the chat service's or the library's own, a lower-case service, a page
  { name: 'near miss: "Our Ask Us Service can help with that any time" : no referral', lines: then(BOOK, 'It is on the shelf at Wheaton: samplelibrary.org/catalog. Our Ask Us Service can help with that any time. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "our chat service can help with that any time" : no referral', lines: then(BOOK, 'It is on the shelf at Wheaton: samplelibrary.org/catalog. And our chat service can help with that any time. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "This Chat Reference Service can help with that any time of day." : no referral', lines: then(BOOK, 'It is on the shelf at Wheaton: samplelibrary.org/catalog. This Chat Reference Service can help with that any time of day. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The National Weather Service\'s page can tell you: weather.gov" : a source', lines: then(DMV, "The National Weather Service's page can tell you: weather.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // othersObjectZ3: the patron among the people helped
  { name: 'near miss: "The SBA can help small business owners like you: call 410-962-6195." : referral passes', lines: then(BIZ, 'The SBA can help small business owners like you: call 410-962-6195. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Legal Aid can help tenants like you." : referral fails', lines: then(TAX, 'Maryland Legal Aid can help tenants like you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "The SBA can help businesses like yours get a loan." : referral fails', lines: then(BIZ, 'The SBA can help businesses like yours get a loan. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "The Office on Aging can help seniors and their families; call them at 410-887-2594." : referral passes', lines: then(MED, "The county's Office on Aging can help seniors and their families; call them at 410-887-2594. Does that help?"), exp: some({ referral: 'pass' }) },
  // the widened "def" / "defo": the provider, the patron, a resource before it
  { name: 'near miss: "I can def help with that! the plan builder is at …" : no referral', lines: then(BIZ, 'I can def help with that! the plan builder is at samplelibrary.org/databases. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "we can def help w that, our Plan Builder database …" : no referral', lines: then(BIZ, 'we can def help w that, our Plan Builder database is at samplelibrary.org/databases. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "this site can def help: sba.gov/business-guide" : a source', lines: then(BIZ, 'this site can def help: sba.gov/business-guide. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "u can def help urself with the FAQ at …" : no referral', lines: then(SCHOOL, 'u can def help urself with the FAQ at umbc.edu/registrar/faq. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: the chat service's own librarians before "can help" are read as a party (older than Z3; "our … librarians can help" is a referral to the own library in older rounds, and the service's name is not told apart here)
  { name: 'near miss: "Our Ask Us librarians can help with that any time" while the chat goes on : no referral', lines: [[0, 'p', 'can you help with a business loan question'], [20, 'l', "Hi, Jo at Ask Us here. Our Ask Us librarians can help with that any time, so let's start. Do you have a business plan yet?"], [50, 'p', 'no'], [70, 'l', 'Gale Business: Plan Builder at samplelibrary.org/databases walks you through one. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: "our library can help you with this" is read as a referral to the own library (older than Z3: the own library's departments count when the patron is told to contact them, and "our library" is not told apart)
  { name: 'near miss: Indian English "Kindly note our library can help you with this; the form is at …" : no referral', lines: then(BOOK, 'Kindly note our library can help you with this; please find the hold form at samplelibrary.org/holds. Is this helpful?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: "Library" in a database's name is read as a party word (older than Z3); a known resource's name before the modal is not checked
  { name: 'near miss: "Ancestry Library Edition would know!" : a source', lines: then(BOOK, 'Ancestry Library Edition would know! It is at samplelibrary.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

describe('thirty-third round (Z3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Z3): can help, every check', whole);
describeSessions('thirty-third round (Z3): can help, short cases', short);
describeSessions('thirty-third round (Z3): can help, near misses', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT ("132 850", an Australian 13 number of six digits, was not read as a phone): read since v41 G22, whose
  // AU_13_G22 reads a 13 number in two threes after "on / at", a calling verb or at the start of a number run
  { name: 'Australian "Centrelink can sort that out for you … 132 850" : referral passes', lines: then(UK, 'Centrelink can sort that out for you, mate. Give them a bell on 132 850. Does that help?'), exp: some({ referral: 'pass' }) },
  // once LEFT (a two-letter acronym after "the" was not read): read since v51 Q4, whose CHARITY_PARTY_Q4 names "the VA" a party
  { name: '"The VA would know. Their number is 1-800-698-2411." : referral passes', lines: then(TAX, 'The VA would know. Their number is 1-800-698-2411. Does that help?'), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-third-round-can-help: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-third-round-can-help', LEFT);
