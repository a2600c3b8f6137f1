/**
 * Fifty-second round, third blind check of block P (rubric v50): the MENDS made after two earlier blind checks, tried both ways in
 * cases the author never saw, each labelled from RUBRIC.md's text before it ran (the earlier blind files were not read).
 *
 * This check is on the MENDS made after two earlier blind checks (whose files, fifty-second-round-p-blind-checked and
 * fifty-second-round-p-second-blind-checked, were NOT read before labelling). Each mend checked both ways:
 * - P1 (followup.completeness): a bare Spanish "¿Está bien?", "¿Así está bien?", "ta bien?", "ta bueno?", "¿Todo bien con eso?",
 *   "¿Sirve?", "¿Bien?" right after the sentence that gives a source asks whether the answer meets the need, but not when any
 *   sentence of the message before it plans or offers (Spanish plan words with the clitic forms "te lo / se lo … mando / envío /
 *   paso / aviso", "le puedo …", "voy a …", "vamos a …", "necesito …", "tengo que …"). English bare "ok?" and "¿Le parece bien?"
 *   are not read (older rounds' choice).
 * - P2 (inquiry.clarify): "What would you like to know about <something>?" is a question about the need, but not "about us / our
 *   … / the library / this service / today" nor about a library, branch, service or chat named by its name.
 * - P3 (referral.contact): "<party> can / could go over / look over / review … your <case, return, lease …>" refers the patron to
 *   the party, not with will/would, not the provider's own "I can …", not inside a clause that says why, when or whether.
 * - P4 (referral.contact): "by phone / mail / e-mail / fax at / with / to / through the … <party>" with no verb of contact; no
 *   longer "from".
 * - P5 (referral.contact): an imperative + "by" + a referring verb in -ing, with its preposition ("by writing to …"), and after a
 *   comma ("Renew online, or by calling …").
 * - P6 (referral.contact): a relayed instruction before the referring verb ("they ask / want … you to", "they'd like you to",
 *   "you're / you'll be asked / told / supposed to", "youre supposed to").
 * - P7 (referral.contact): an insurance plan as the party right after a referring verb, only when "plan" ends its phrase.
 * - P8 (referral.contact): the procedure's first step told to the patron before the referring verb ("you start by", "the first
 *   step is (to)", "step one is (to)"); not "you" alone, not "Most people start by …".
 * - P13 (follow-up session via a promise: resolution.code, followup.contact): "I'll ask / check with / contact <someone> <up to 24
 *   words> and (then/also) e-mail / send / text … <it / them / you …>" is the provider's own promise; not the patron's acts.
 * - P14 (referral.contact): Spanish "enviar / mandar / llevar / entregar … a / al <oficina, registro, consulado …>" tells the
 *   patron to write to or visit the office; not its web address, not the impersonal "se …".
 *
 * TAKEN where RUBRIC.md leaves room: "¿Está bien?" after a plan in the same message asks agreement to the plan (something not yet
 * given), as the block reads it; a provider sentence that hands over the link now ("Aquí le paso el enlace: …", "Te lo mando
 * aquí: …") gives a source, it plans nothing. A "plan administrator" is a person to contact (a referral), though not P7's plan.
 * A party that "can review your claim" in a clause of what the patron should keep or do for later ("Keep copies so the agency can
 * review your claim") is no instruction to contact it.
 *
 * COUNTS. Written: 48 cases, labelled from RUBRIC.md before they ran (copied aside to /tmp/pBlindC-labels.ts first). First run:
 * 39 as labelled, 9 disagreeing. Label corrections: 0 (each disagreement kept its label by RUBRIC's text). Final: 39 running,
 * 9 LEFT (2 P caused, 7 older, i.e. scored the same under rubricV49):
 * - followup.completeness, pass/fail, "Aquí le paso el enlace del formulario: <url>. ¿Sirve?": "le paso" read as a plan (older).
 * - followup.completeness, pass/fail, "Te lo mando aquí: <url>. ta bueno?": "te lo mando" read as a plan (older).
 * - inquiry.clarify, pass/fail, "What would you like to know about your library card?": "library" taken as a library named (older).
 * - inquiry.clarify, pass/fail, "What would you like to know about the food services job?": "services" taken as a service (older).
 * - referral.contact, na/fail, "Keep copies of every receipt so the agency can review your claim later": bare "so" (P caused).
 * - referral.contact, pass/na, "Complaints go by e-mail to the Consumer Protection Unit, <e-mail>": not read (older).
 * - referral.contact, pass/fail, "Mándela por correo al Registro Civil, Calle 5 #120, Monterrey, NL 64000": the Mexican postal
 *   address is not a way to reach it (P caused; v49 na).
 * - referral.contact, fail/na, "mandalo x correo al consulado de chicago": "mandalo" not listed (older).
 * - referral.contact, fail/na, "Entréguelo en la ventanilla del Juzgado de Paz": "entregar en" not read (older).
 * MENDED after the check (v50's final cut, by the author): the P caused bare "so" (P3's clause words hold "so"), the hand-over
 *   "Aquí le paso el enlace …: <URL>" and "Te lo mando aquí: <URL>" (no plan when the sentence hands a web address over here,
 *   `HANDED_ES_P1`), P2's library or service word only when it ends the question ("your library card", "the food services
 *   job" are the need), and "mandalo" (the tú forms): these 6 run now. Still LEFT: "the Consumer Protection Unit" ("unit" is no
 *   party word), the Mexican postal address (P caused a wrong fail where v49 gave a wrong na: the referral is read, its address
 *   is not), "entregar en". Final on v50: 45 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { greetedLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Kim here at Marsh Valley Library chat.';
const { asked, said, followUp } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'north' });

/** The patron's "hola", the provider's greeting `hi2` (its only question), the patron's `q`, the provider's `answer`, thanks, bye. */
const opened = greetedLines('hello?', 'ok thank you', 'Thanks for using Marsh Valley chat, bye!', [0, 18, 45, 75, 100, 108]);

/** The provider's source `src` in one message and the bare question `q` opening the next one. */
const splitAsk = (ask: string, src: string, q: string): Line[] => [
  [0, 'p', ask],
  [20, 'l', `${HI} Which branch is yours?`],
  [48, 'p', 'north'],
  [70, 'l', src],
  [74, 'l', q],
  [100, 'p', 'gracias'],
  [108, 'l', 'Gracias por usar el chat, ¡adiós!'],
];

export const p1p2: SessionCase[] = [
  // ---- P1 for
  c('P1 for: "ta bien?" right after the e-book link', said('donde leo libros en español en el cel', 'Hay libros en español en la app Libby: marshvalley.example.org/libby. ta bien?'), some({ complete: 'pass' })),
  c('P1 for: "¿Todo bien con eso?" after the class calendar', said('clases de ciudadania?', 'Las clases de ciudadanía son los martes; el calendario está en marshvalley.example.org/ciudadania. ¿Todo bien con eso?'), some({ complete: 'pass' })),
  c('P1 for: "¿Bien?" opening the next message after the source', splitAsk('necesito una impresora', 'Puede imprimir desde su casa con marshvalley.example.org/imprimir y recogerlo en la biblioteca.', '¿Bien?'), some({ complete: 'pass' })),
  c('P1 for: "Aquí le paso el enlace: …. ¿Sirve?" hands the link over now', said('formulario para la tarjeta de biblioteca', 'Aquí le paso el enlace del formulario: marshvalley.example.org/tarjeta. ¿Sirve?'), some({ complete: 'pass' })),
  c('P1 for: "Te lo mando aquí: …. ta bueno?" hands the link over now', said('mapa de las rutas de bus porfa', 'Te lo mando aquí: marshvalley.example.org/guias/bus. ta bueno?'), some({ complete: 'pass' })),
  // ---- P1 against
  c('P1 against: "Te lo mando por correo mañana" earlier, then "¿Está bien?"', said('quiero la lista de libros de cocina', 'Te lo mando por correo mañana con más títulos. Por ahora, mira marshvalley.example.org/cocina. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Tengo que consultar con mi colega" earlier, then "¿Sirve?"', said('tienen libros de medicina en español', 'Tengo que consultar con mi colega de referencia sobre los demás. Algunos están en marshvalley.example.org/salud. ¿Sirve?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien si le hago una pregunta?" asks leave, not about the answer', said('busco trabajo', 'Los anuncios de trabajo están en marshvalley.example.org/empleo. ¿Está bien si le hago una pregunta sobre su experiencia?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien?" before any source (about the patron)', asked('me siento mal y no encuentro mi tarjeta', '¿Está bien?', 'si solo perdi la tarjeta', 'Puede pedir otra en marshvalley.example.org/tarjeta.'), some({ complete: 'fail' })),
  // ---- P2 for
  c('P2 for: "What would you like to know about your library card?" after the patron names it', asked('question about my library card', 'What would you like to know about your library card?', 'it expired', 'You can renew it online at marshvalley.example.org/card.'), some({ clarify: 'pass' })),
  c('P2 for: "what would u like to know about the canal?" in chat-speak', asked('doing a school thing on the erie canal', 'what would u like to know about the canal?', 'why it was built', 'Try the Erie Canal history page at eriecanal.org/history.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about the food services job?"', asked('i have an interview for a food services job', 'What would you like to know about the food services job?', 'what they ask', 'Interview questions are in the Job & Career Accelerator at marshvalley.example.org/jobs.'), some({ clarify: 'pass' })),
  // ---- P2 against
  c('P2 against: "What would you like to know about Marsh Valley Library?" in the greeting', opened('Hi, Kim at Marsh Valley Library. What would you like to know about Marsh Valley Library?', 'are you open sunday', 'Yes, 1 to 5 on Sundays: marshvalley.example.org/hours.'), some({ clarify: 'fail' })),
  c('P2 against: "What would you like to know about the Riverside branch?" in the greeting', opened('Hi, Kim at Marsh Valley Library, Riverside branch. What would you like to know about the Riverside branch?', 'do you have a scanner', 'Yes, there is a scanner by the printers: marshvalley.example.org/riverside.'), some({ clarify: 'fail' })),
  c('P2 against: "What would you like to know about our services today?"', opened('Hi, this is Kim with Marsh Valley Library. What would you like to know about our services today?', 'can i print', 'Yes, printing is 10 cents a page: marshvalley.example.org/print.'), some({ clarify: 'fail' })),
];

export const p3p8: SessionCase[] = [
  // ---- P3
  c('P3 for: "the Tax-Aide volunteers could look through your paperwork (phone)"', said('can someone check my taxes', 'The AARP Tax-Aide volunteers at the north branch could look through your paperwork on Saturdays, 610-555-0133.'), some({ referral: 'pass' })),
  c('P3 for: "a housing counselor can check over your application" (no contact)', said('section 8 application help', 'The application guide is at marshvalley.example.org/housing. A housing counselor at the Housing Authority can check over your application before you send it.'), some({ referral: 'fail' })),
  c('P3 against: "Keep copies so the agency can review your claim"', said('flood damage claim', 'FEMA\'s claim checklist is at marshvalley.example.org/fema. Keep copies of every receipt so the agency can review your claim later.'), some({ referral: 'na' })),
  c('P3 against: "Because the IRS can review your return for three years, keep it"', said('how long do i keep tax papers', 'The retention chart is at marshvalley.example.org/taxrecords. Because the IRS can review your return for three years, keep it at least that long.'), some({ referral: 'na' })),
  c('P3 against: "the assessor would review your bill" (would)', said('why did my property tax go up', 'The reassessment notice explains it at marshvalley.example.org/assess. In a reassessment year the assessor would review your bill automatically.'), some({ referral: 'na' })),
  // ---- P4
  c('P4 for: "Complaints go by e-mail to the Consumer Protection Unit, <e-mail>"', said('landlord kept my deposit', 'Complaints go by e-mail to the Consumer Protection Unit, consumer@ag.example.gov.'), some({ referral: 'pass' })),
  c('P4 for: "Appointments are booked by telephone with the Records Division." (no contact)', said('see old court files', 'The court file index is at marshvalley.example.org/courts. Appointments are booked by telephone with the Records Division.'), some({ referral: 'fail' })),
  c('P4 against: "your refund comes by mail from the state Treasury"', said('where is my state refund', 'Refund status is at revenue.example.gov/refund. Paper refunds come by mail from the state Treasury.'), some({ referral: 'na' })),
  c('P4 against: "The bill is sent by mail to the owner listed on the deed"', said('who gets the property tax bill', 'The tax lookup is at marshvalley.example.org/tax. The bill is sent by mail to the owner listed on the deed.'), some({ referral: 'na' })),
  // ---- P5
  c('P5 for: "Dispute the fee by writing to the Billing Office, PO Box …"', said('wrong water bill', 'Dispute the fee by writing to the Billing Office, PO Box 44, Marsh Valley PA 19020.'), some({ referral: 'pass' })),
  c('P5 for: "Cancel it by speaking with customer service at 1-800-…"', said('how do i stop my newspaper subscription', 'Cancel it by speaking with customer service at 1-800-555-0199.'), some({ referral: 'pass' })),
  c('P5 for: "You can appeal online, or by writing to the Appeals Board." (no contact)', said('my permit was denied', 'The appeal form is at marshvalley.example.org/permits. You can appeal online, or by writing to the Appeals Board.'), some({ referral: 'fail' })),
  c('P5 against: "I renewed mine by calling the branch" is the provider\'s own', said('can i renew by phone', 'Renewals are at marshvalley.example.org/renew. I renewed mine by calling the branch last week.'), some({ referral: 'na' })),
  // ---- P6
  c('P6 for: "they\'d like you to email the registrar first" (no contact)', said('transfer my credits', 'The transfer guide is at marshvalley.example.org/college. They\'d like you to email the registrar first.'), some({ referral: 'fail' })),
  c('P6 for: "youre supposed to call the hotline at 1-800-…"', said('report a pothole', 'youre supposed to call the road hotline at 1-800-555-0110.'), some({ referral: 'pass' })),
  c('P6 for: "You\'ll be told to visit the DMV in person." (no contact)', said('real id', 'The document list is at marshvalley.example.org/realid. You\'ll be told to visit the DMV in person.'), some({ referral: 'fail' })),
  c('P6 against: "they\'d like me to call the clinic" is the provider\'s', said('is the clinic open', 'The clinic hours are at marshvalley.example.org/clinic. They\'d like me to call the clinic before I post changes.'), some({ referral: 'na' })),
  // ---- P7
  c('P7 for: "Write to your Part D plan at PO Box …"', said('my drug is not covered', 'Write to your Part D plan at PO Box 1234, Chicago IL 60601.'), some({ referral: 'pass' })),
  c('P7 for: "Call your dental plan directly." (no contact)', said('is a crown covered', 'The coverage basics are at marshvalley.example.org/dental. Call your dental plan directly.'), some({ referral: 'fail' })),
  c('P7 for: "Ask your plan administrator about a hardship withdrawal." (a person, no contact)', said('can i take money out of my 401k', 'The IRS page on hardship distributions is irs.gov/hardship. Ask your plan administrator about a hardship withdrawal.'), some({ referral: 'fail' })),
  c('P7 against: "Check the plan summary" is a document', said('does my plan cover glasses', 'Check the plan summary you got at enrollment. Vision basics are at marshvalley.example.org/vision.'), some({ referral: 'na' })),
  // ---- P8
  c('P8 for: "Step 1 is to contact the assessor at 610-…"', said('how do i appeal my assessment', 'Step 1 is to contact the assessor at 610-555-0140.'), some({ referral: 'pass' })),
  c('P8 for: "u gotta start by calling the tax office" (no contact)', said('how to get a tax clearance', 'The form is at marshvalley.example.org/clearance. u gotta start by calling the tax office tho.'), some({ referral: 'fail' })),
  c('P8 against: "My coworker started by calling the clerk"', said('how do i get a copy of a deed', 'The deed search is at marshvalley.example.org/deeds. My coworker started by calling the clerk, but the search is faster.'), some({ referral: 'na' })),
];

export const p13p14: SessionCase[] = [
  // ---- P13
  c('P13 for: "I\'ll check with our local history librarian, who is in Monday, and then email you what she says by Tuesday"', followUp('The board minutes before 2000 are not online. What e-mail should I use?', "I'll check with our local history librarian, who is in on Monday, and then email you what she says by Tuesday."), some({ code: 'fail', contact: 'pass' })),
  c('P13 for: "We\'ll ask the archivist, once she is back, to pull the files and send them to you by Friday"', followUp('The 1998 minutes are in storage. What e-mail should I use?', "We'll ask the archivist, once she is back from leave, to pull the March and April files and send them to you by Friday."), some({ code: 'fail', contact: 'pass' })),
  c('P13 against: the patron\'s "ill ask my teacher and email you"', [
    [0, 'p', 'need sources on the dust bowl'],
    [20, 'l', `${HI} Is this for a class?`],
    [45, 'p', 'yes 8th grade'],
    [60, 'l', 'The Library of Congress has Dust Bowl photos at loc.gov/dustbowl. Does that help?'],
    [90, 'p', 'ill ask my teacher if photos count and email you'],
    [100, 'l', 'Sounds good, thanks for chatting, bye!'],
  ], some({ code: 'pass' })),
  c('P13 against: "Just ask the front desk for a scan and email it to your professor"', said('can i get a scan of the map', 'The map is in the catalog at marshvalley.example.org/maps. Just ask the front desk for a scan and email it to your professor.'), some({ code: 'pass' })),
  // ---- P14
  c('P14 for: "Mándela por correo al Registro Civil, <address>"', said('acta de nacimiento de mexico', 'La guía está en marshvalley.example.org/actas. Mándela por correo al Registro Civil, Calle 5 #120, Monterrey, NL 64000.'), some({ referral: 'pass' })),
  c('P14 for: "mandalo x correo al consulado" in chat-speak (no contact)', said('renovar matricula consular', 'Los requisitos están en marshvalley.example.org/consular. mandalo x correo al consulado de chicago.'), some({ referral: 'fail' })),
  c('P14 for: "Entréguelo en la ventanilla del Juzgado" (other wording, no contact)', said('donde dejo la demanda', 'Los formularios están en marshvalley.example.org/corte. Entréguelo en la ventanilla del Juzgado de Paz.'), some({ referral: 'fail' })),
  c('P14 against: "La solicitud se manda a la oficina central sola"', said('como pido un libro de otra biblioteca', 'Llene el formulario en marshvalley.example.org/prestamo; la solicitud se manda a la oficina central automáticamente.'), some({ referral: 'na' })),
  c('P14 against: "La biblioteca va a enviar su solicitud al departamento de préstamos"', said('quiero un libro que no tienen', 'Pídalo en marshvalley.example.org/prestamo y nosotros vamos a enviar su solicitud al departamento de préstamos.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'P4 for: "Complaints go by e-mail to the Consumer Protection Unit, <e-mail>"':
    'referral.contact expected pass, got na: "Complaints go by e-mail to the Consumer Protection Unit, consumer@ag.example.gov" tells the patron where to write, with the e-mail; not read as a referral. Older: v49 na too; P4 does not reach it.',
  'P14 for: "Entréguelo en la ventanilla del Juzgado" (other wording, no contact)':
    'referral.contact expected fail, got na: "Entréguelo en la ventanilla del Juzgado de Paz" tells the patron to take the papers to the court in person; P14 reads only "a / al <office>". Older: v49 na too.',
};

describe('fifty-second round, third blind check: block P\'s mends tried both ways', () => {
  for (const [t, cs] of [['P1 and P2', p1p2], ['P3 to P8', p3p8], ['P13 and P14', p13p14]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
