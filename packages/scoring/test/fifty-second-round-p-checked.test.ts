/**
 * Fifty-second round: block P's readings (rubric v50) tried both ways, in cases written with the block and labelled from RUBRIC.md
 * before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - P1: a bare Spanish "¿Está bien?", "ta bueno?", "¿Sirve?" right after the sentence that gives a source asks whether what was
 *   given meets the need, as v44 J15 reads "Is that ok?"; after a plan or an offer in the message ("le aviso cuando llegue") it
 *   asks agreement. A bare English "ok?" stays no completeness question (v13's reading).
 * - P2: "What would you like to know about the house?" names the need and asks which part of it: a question about the need, not
 *   the greeting's offer ("What would you like to know today?" still is one).
 * - P3: "<party> can go over / look over / review your case" refers the patron to the party (as v3's "can help you" does);
 *   "will review your case" stays no referral ("the judge will review your case at the hearing").
 * - P4, P5, P6, P8: a channel and the party it reaches ("or by phone at the customer service center, …"), an imperative and the
 *   means ("Renew by calling …", "Renew online, or by calling …"), an instruction relayed ("they ask you to call …") and the
 *   procedure's first step ("You start by asking the plan …", "The first step is to call …") tell the patron to contact the party.
 * - P7: an insurance plan ("your drug plan", "the plan") is an organisation to ask or call; its pages and papers are not.
 * - P10, P11: "does the grade 6 list help at all?" and "Does that sound like it?" ask whether what was given meets the need.
 * - P12: "I'd love to help." is the greeting's pleasantry: no work on the question.
 * - P13: "I'll ask our youth services team for a list of … and e-mail it to you" promises to send more later, however long the
 *   request between.
 * - P14: "Puede enviar el acta por correo a la oficina de …", "mail one w/ the form to the … Dept of State" tell the patron to
 *   write to the office.
 * - P15: "E-mail them to yourself" sends to the patron's own address: no one outside the chat is contacted.
 *
 * COUNTS. Written: 42 cases with the block, labelled before they ran: 40 as labelled, 2 disagreeing, both my wording, not a
 * label: a page named in the same sentence as the referral ("… at dorsetlaw.example.org/leases, and the tenant clinic … can look
 * over your lease", "…; the steps are explained at medicare.gov/appeals") is read as the party's way to reach it (older, as v49),
 * so the page was moved to a sentence of its own. Then 4 for P15, written with it and labelled before they ran: 4 as labelled.
 * Final: 46 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { greetedLines, lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi, this is Lou at Dorset County Library.';
const { asked, said, followUp } = nearMissLines(HI);

/** The patron's greeting, the provider's greeting `hi2` (its only question), the patron's question, the provider's `answer`. */
const greeted = greetedLines('hi', 'ok thanks', 'Thanks for chatting, bye!', [0, 20, 50, 70, 110, 120]);

export const p1p2: SessionCase[] = [
  // ---- P1 for: a bare Spanish question right after the source
  c('P1 for: "¿Está bien?" right after the form\'s page', said('necesito el formulario de impuestos en español', 'El formulario está en irs.gov/es/forms. ¿Está bien?'), some({ complete: 'pass' })),
  c('P1 for: "ta bueno?" right after the hours page', said('a q hora abre la biblio el sabado', 'Los sábados abre de 10 a 5: dorsetlib.example.org/horas. ta bueno?'), some({ complete: 'pass' })),
  c('P1 for: "¿Sirve?" right after the catalog record', said('tienen cien años de soledad en español', 'Sí, hay dos copias en el catálogo: dorsetlib.example.org/catalogo/cien-anos. ¿Sirve?'), some({ complete: 'pass' })),
  c('P1 for: "¿Así está bien?" right after the guide', said('como aprendo ingles gratis', 'La guía de clases gratis de inglés está en dorsetlib.example.org/ingles. ¿Así está bien?'), some({ complete: 'pass' })),
  // ---- P1 against: after a plan, or English "ok?"
  c('P1 against: "¿Está bien?" after "le aviso cuando llegue"', said('tienen la película coco en español', 'Todavía no la tenemos en español; le aviso cuando llegue. Mientras tanto está en inglés en dorsetlib.example.org/catalogo/coco. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien?" after "le puedo enviar la lista"', said('busco clases de computación', 'Le puedo enviar la lista por correo. Las clases están en dorsetlib.example.org/clases. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: a bare English "ok?" (v13) stays no question about the answer', said('citizenship test practice?', 'uscis.gov/citizenship has the practice tests, and you can retake each one. ok?'), some({ complete: 'fail' })),
  // ---- P2
  c('P2 for: "What would you like to know about the house?" before the census', asked('need help with a house history', 'What would you like to know about the house?', 'who built it', 'The 1910 census on FamilySearch (familysearch.org) lists who lived there.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about your grandfather?"', asked('i want to research my grandfather', 'What would you like to know about your grandfather?', 'where he was born', 'His WWII draft card on FamilySearch (familysearch.org) gives his birthplace.'), some({ clarify: 'pass' })),
  c('P2 against: the greeting\'s "What would you like to know today?"', greeted('Hi, Lou at Dorset County Library here. What would you like to know today?', 'who built my house on elm st', 'The 1910 census on FamilySearch (familysearch.org) lists who lived there.'), some({ clarify: 'fail' })),
  c('P2 against: "What would you like to know about us?" in the greeting', greeted('Hi, Lou at Dorset County Library here. What would you like to know about us?', 'when do you close', 'We close at 8 tonight; the hours are at dorsetlib.example.org/hours.'), some({ clarify: 'fail' })),
];

export const p3p8: SessionCase[] = [
  // ---- P3
  c('P3 for: "SHIP counselors can go over your case: 1-800-…"', said('help with my medicare appeal', 'The steps are at medicare.gov/appeals. For free one-on-one help, the SHIP counselors can go over your case: 1-800-555-0177.'), some({ referral: 'pass' })),
  c('P3 for: "the tenant clinic can look over your lease" (no contact)', said('is my lease legal', 'The state guide to leases is at dorsetlaw.example.org/leases. The tenant clinic at Dorset Legal Aid can look over your lease for free.'), some({ referral: 'fail' })),
  c('P3 against: "the judge will review your case at the hearing"', said('how does expungement work', 'The forms are at mdcourts.gov/expungement; after you file, the judge will review your case at the hearing.'), some({ referral: 'na' })),
  c('P3 against: "I can go over your options" is the provider\'s own offer', said('which ebook app should i use', 'Libby is at dorsetlib.example.org/ebooks, and I can go over your options with you right here.'), some({ referral: 'na' })),
  // ---- P4
  c('P4 for: "or by phone at the statewide customer service center, 1-877-…"', said('how do i renew my medicaid', 'You can renew online at benefits.example.gov, or by phone at the statewide customer service center, 1-877-555-0150.'), some({ referral: 'pass' })),
  c('P4 for: "Reservations are taken by phone at the Parks office." (no contact)', said('can i reserve the pavilion', 'The pavilion rules are at dorsetparks.example.org/pavilion. Reservations are taken by phone at the Parks office.'), some({ referral: 'fail' })),
  c('P4 against: "sent by mail to the address on your account" names no party', said('when does my new card come', 'Your new card is sent by mail to the address on your account; the card page is dorsetlib.example.org/card.'), some({ referral: 'na' })),
  c('P4 against: "I reached them by phone at the county office" is the provider\'s own', said('is the deed office open saturday', 'I reached them by phone at the county office last year on a Saturday; the hours are at dorsetdeeds.example.gov.'), some({ referral: 'na' })),
  // ---- P5
  c('P5 for: "Renew by calling the statewide customer service center, 1-877-…"', said('how do i renew my medicaid', 'Renew by calling the statewide customer service center, 1-877-555-0150; the renewal guide is at benefits.example.gov/renew.'), some({ referral: 'pass' })),
  c('P5 for: "Renew online, or by calling the customer service center" (no contact)', said('how do i renew my medicaid', 'The renewal guide is at benefits.example.gov/renew. Renew online, or by calling the customer service center.'), some({ referral: 'fail' })),
  c('P5 against: "Many people renew by calling the center" tells no one', said('how do i renew my medicaid', 'Many people renew by calling the center, but the online form at benefits.example.gov/renew is faster.'), some({ referral: 'na' })),
  // ---- P6
  c('P6 for: "they ask you to call the Parks office at …"', said('can i reserve the pavilion', 'The rules are at dorsetparks.example.org/pavilion; for the big pavilion they ask you to call the Parks office at 319-555-0160.'), some({ referral: 'pass' })),
  c('P6 for: "They want you to call the clinic first." (no contact)', said('can i get a flu shot at the health fair', 'The fair is listed at dorsetlib.example.org/events. They want you to call the clinic first.'), some({ referral: 'fail' })),
  c('P6 against: "They asked me to call the Parks office, and I did"', said('is the pavilion free on the 12th', 'They asked me to call the Parks office, and I did: it is free on the 12th (dorsetparks.example.org/pavilion).'), some({ referral: 'na' })),
  // ---- P7, P8
  c('P7+P8 for: "You start by asking the plan for a coverage determination" (no contact)', said('my part d plan denied my drug', 'The steps are explained at medicare.gov/appeals. You start by asking the plan for a coverage determination.'), some({ referral: 'fail' })),
  c('P7 for: "Ask your drug plan for an exception" (no contact)', said('my part d plan denied my drug', 'Ask your drug plan for an exception. The appeal steps are on medicare.gov/appeals.'), some({ referral: 'fail' })),
  c('P7 against: "Check your plan\'s formulary online" is a document', said('is my drug covered', "Check your plan's formulary online; medicare.gov/plan-compare shows it too."), some({ referral: 'na' })),
  c('P8 for: "The first step is to call the county clerk at 410-…"', said('how do i get a copy of my marriage license', 'The first step is to call the county clerk at 410-555-0100; the fee list is at dorsetdeeds.example.gov/fees.'), some({ referral: 'pass' })),
  c('P8 against: "Most people start by calling the clerk" tells no one', said('how do i get a copy of my marriage license', 'Most people start by calling the clerk, but the request form at dorsetdeeds.example.gov/copies is quicker.'), some({ referral: 'na' })),
];

export const p10p14: SessionCase[] = [
  // ---- P10, P11
  c('P10 for: "does the grade 6 list help at all?" after the lists', asked('books for my 6th grader', 'The summer lists are at dorsetlib.example.org/kids/summer, one per grade.', 'ok', 'In the meantime, does the grade 6 list help at all?'), some({ complete: 'pass' })),
  c('P10 against: "Does the school reading list help him?" before any source', asked('books for my 6th grader', 'Does the school reading list help him at all, or is he stuck?', 'hes stuck', 'Try the summer lists at dorsetlib.example.org/kids/summer.'), some({ complete: 'fail' })),
  c('P11 for: "Does that sound like it?" after the title', asked('a kids book with a lighthouse and a seal, 1980s', 'One moment while I look.', 'ok', 'It might be "The Seal Keeper" by Ann Holt (worldcat.org/title/123). Does that sound like it?'), some({ complete: 'pass' })),
  c('P11 against: "Does the app look like it is frozen?" asks about the patron\'s screen', asked('libby wont open', 'The Libby help page is at help.libbyapp.com.', 'still stuck', 'Does the app look like it is frozen on your screen?'), some({ complete: 'fail' })),
  // ---- P12
  c('P12 for: a greeting with "I\'d love to help." then the patron leaves', lostCall('reading ideas for a 2nd grader who hates reading')("Hi, this is Sam at Dorset County Library's chat! I'd love to help.", 'Are you still there? I will close this chat soon; come back anytime!'), some({ source: 'na', clarify: 'na' })),
  c('P12 against: "I\'d love to help with that: the forms are at irs.gov/forms."', said('where are the tax forms', "I'd love to help with that: the forms are at irs.gov/forms."), some({ source: 'pass' })),
  // ---- P13
  c('P13 for: "I\'ll ask our youth services team for a list of … and e-mail it to you tomorrow"', followUp('Our catalog has a large print filter at dorsetlib.example.org/catalog. What e-mail should I use?', "I'll ask our youth services team for a list of large print and dyslexia-friendly chapter books and e-mail it to you tomorrow."), some({ code: 'fail', contact: 'pass' })),
  c('P13 against: "You can ask our youth services team for a list of … and e-mail it to his teacher" is the patron\'s to do', said('large print chapter books for my grandson', "The catalog's large print filter is at dorsetlib.example.org/catalog. You can ask our youth services team for a list of dyslexia-friendly chapter books and e-mail it to his teacher."), some({ code: 'pass' })),
  // ---- P14
  c('P14 for: "Puede enviar el acta por correo a la oficina de Sacramento, <address>"', said('necesito una apostilla para españa', 'La guía está en sos.ca.gov/apostilla. Puede enviar el acta por correo a la oficina de Sacramento, 1500 11th Street, Sacramento, CA 95814.'), some({ referral: 'pass' })),
  c('P14 for: "mail one w/ the request form to the FL Dept of State, PO Box …"', said('apostille for a florida death certificate', 'The request form is at dos.fl.gov/apostille. then mail one w/ the request form to the FL Dept of State, PO Box 6800, Tallahassee FL 32314.'), some({ referral: 'pass' })),
  c('P14 against: "se tramitan en el Consulado" says where (v11)', said('renovar pasaporte mexicano', 'Los pasaportes mexicanos se tramitan en el Consulado General de México; la cita se saca en citas.sre.gob.mx.'), some({ referral: 'na' })),
  c('P14 against: "enviarla a consulado.example.org" is a page', said('como pido una cita', 'Puede enviar la solicitud a consulado.example.org/citas, en línea.'), some({ referral: 'na' })),
  // ---- P15 (added after the fifth blind check, from the fifty-fourth round's photos file)
  c('P15 for: "E-mail them to yourself and save them to Drive" refers no one', said('how do i save my scans', 'The scanning guide is at dorsetlib.example.org/scan. E-mail them to yourself and save them to Drive from there.'), some({ referral: 'na' })),
  c('P15 for: "send the PDF to your own email" refers no one', said('can i scan to email', 'Yes: the steps are at dorsetlib.example.org/scan. Send the PDF to your own email from the Scan tab.'), some({ referral: 'na' })),
  c('P15 against: "Email them to the records office at records@…" still refers', said('where do i send my forms', 'The forms are at dorsetdeeds.example.gov/forms. Email them to the records office at records@dorset.example.gov.'), some({ referral: 'pass' })),
  c('P15 against: "Email it to your caseworker" still refers (no contact)', said('where do i send my pay stubs', 'The upload guide is at benefits.example.gov/upload. Email it to your caseworker.'), some({ referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-second round: block P tried both ways', () => {
  for (const [t, cs] of [['P1 and P2', p1p2], ['P3 to P8', p3p8], ['P10 to P14', p10p14]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
