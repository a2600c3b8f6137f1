/**
 * Fifty-ninth round, block S (rubric v53), fourth blind check: the mended readings S9, S22, S10/S18, S8, S13, S17, S19 and S6 tried
 * both ways in new wording, and the older readings next to them, in cases written without seeing the author's cases or the earlier
 * blind checks, each labelled from RUBRIC.md before it ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - S9: "¿Le parece posible hacerlo así?", "¿Les parece viable?", "¿Le resulta factible?", "¿Cree que le será posible …?" after
 *   steps already given ask whether the information given meets the need (as v52 R22's "Does that sound doable?"); the same question
 *   after the provider's own offer (what is not yet given) does not (RUBRIC followup.completeness: "A question about something not yet
 *   given … does not count"), nor a conditional that offers something more ("Si no le parece factible …, ¿quiere que le explique …?").
 * - S22: suing, filing or appearing at a court told to the patron ("Puede demandarlo en la corte …", "se presenta usted en el
 *   juzgado") is a visit to the court, a referral (RUBRIC Terms, Referral: "visit them"); another's filing is none.
 * - S10, S18, S8, S13, S17, S19, S6: handing, mailing or writing to an agency, requesting records from an office, taking papers to
 *   court, applying to a board or authority, an appointment with an assister, a couple or a group told to call or visit, are
 *   referrals; what another party does (a bank, a process server, a lawyer, an employer), a web page to use, applying to jobs or
 *   a cohort, and the state of things for those who apply are not.
 *
 * COUNTS. Written: 39 cases (22 for, 17 against), each labelled before it ran (labels kept aside in
 * /tmp/fifty-ninth-round-s-fourth-blind-checked-labels.ts). First run as labelled: 28. Disagreeing: 11. Label corrections: 0.
 * Final: 28 running, 11 LEFT (each scored under rubricV52 too: "older" = v52 read it the same, "S caused" = block S made it):
 * - followup.completeness pass/fail "Vamos a revisarlo paso a paso: … ¿Le resulta factible?": older (S9's "vamos a" guard keeps it out).
 * - followup.completeness pass/fail "¿Cree que le será posible seguir esos pasos?": older (S9 reads no "cree que … posible").
 * - followup.completeness fail/pass "Yo lo solicito a otra biblioteca … ¿Le parece factible esperar …?": S caused.
 * - followup.completeness fail/pass "Le dejo el libro apartado … ¿Le parece posible pasar a recogerlo?": S caused.
 * - followup.completeness fail/pass "Si no le parece factible hacerlo en línea, ¿quiere que le explique la otra opción?": S caused.
 * - referral.contact fail/na "Puede demandarlo en la corte de reclamos menores del condado.": older.
 * - referral.contact fail/na "Luego se presenta usted en el juzgado el día de la audiencia.": older.
 * - referral.contact na/fail "El administrador del edificio tiene que radicar el caso en la corte …": S caused.
 * - referral.contact na/fail "Si su casero quiere sacarla, primero debe presentar una demanda ante el juzgado.": S caused.
 * - referral.contact fail/na "Bring the lease, the texts & your bank statements to the courthouse on the hearing date.": older.
 * - referral.contact fail/na "take ur photos n receipts to small claims court": older.
 * AFTER THE MENDS (the author's, labels unchanged; checked by the sixth check and the full suite): 9 of the 11 LEFT run. Mended:
 * S9 not after the provider's own offer or plan ("yo lo solicito", "le dejo …", any "le / lo / se lo <verb>-o"), not "si (no) le
 * parece …" (the 3 S caused), with the filler "vamos a revisar"; S22 not another's act with any words between the other party and
 * the verb unless "usted" comes between, "el administrador …" (the 2 S caused), with "demandarlo", "se presenta usted"; S13 "to
 * small claims court" (the kinds of court named, no article needed). 2 stay LEFT, older: "¿Cree que le será posible seguir esos
 * pasos?" (no "le parece / resulta") and a list of papers with commas. 37 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi there, Sam at Ridge Valley Public Library.';
const { said } = nearMissLines(HI);
const ES = nearMissLines('Hola, le atiende Sam de la Biblioteca Pública de Ridge Valley.', { branch: '¿En qué sucursal está inscrita?', branchReply: 'en la del centro' });
/** `said` in Spanish, with a Spanish goodbye. */
const dice = (q: string, text: string) => ES.said(q, text, 'Gracias por escribirnos, ¡que le vaya bien!');

export const s9: SessionCase[] = [
  // ---- S9 for: the steps given, then whether they suit the patron
  c('S9 for: "¿Le parece posible hacerlo así?" after the steps', dice('cómo renuevo mi tarjeta vencida', 'Entre a ridgevalley.example.org/renovar con su número de tarjeta y su PIN, y confirme su dirección. ¿Le parece posible hacerlo así?'), some({ complete: 'pass' })),
  c('S9 for: "Vamos a ver: … ¿Les parece viable?"', dice('queremos leer libros electrónicos en la tableta', 'Vamos a ver: primero descarguen la app Libby (libbyapp.example.com), luego agreguen nuestra biblioteca y escriban el número de tarjeta. ¿Les parece viable?'), some({ complete: 'pass' })),
  c('S9 for: "Vamos a revisarlo paso a paso: … ¿Le resulta factible?" (a filler other than "vamos a ver")', dice('no me conecto al wifi de la biblioteca', 'Vamos a revisarlo paso a paso: elija la red RVPL-Public, abra ridgevalley.example.org/wifi y acepte las condiciones. ¿Le resulta factible?'), some({ complete: 'pass' })),
  c('S9 for: "A ver, … ¿Te parecen manejables esos pasos?"', dice('como imprimo desde mi celular', 'A ver, manda el archivo a print@ridgevalley.example.org, luego vienes al mostrador y pagas 10 centavos por hoja. ¿Te parecen manejables esos pasos?'), some({ complete: 'pass' })),
  c('S9 for: "¿Cree que le será posible seguir esos pasos?"', dice('quiero sacar una cita para el pasaporte', 'Llene el formulario DS-11 en travel.example.gov/ds11, imprímalo sin firmarlo y pida cita en la oficina de correos. ¿Cree que le será posible seguir esos pasos?'), some({ complete: 'pass' })),
  // ---- S9 against: the question is about the provider's offer, or offers more
  c('S9 against: "Yo lo solicito a otra biblioteca … ¿Le parece factible esperar …?" (an offer)', dice('busco una novela que no encuentro', 'No está en nuestro catálogo (ridgevalley.example.org/catalogo). Yo lo solicito a otra biblioteca por préstamo interbibliotecario. ¿Le parece factible esperar unas dos semanas?'), some({ complete: 'fail' })),
  c('S9 against: "Le dejo el libro apartado … ¿Le parece posible pasar a recogerlo?" (an offer)', dice('tienen el libro de cocina de Nitza Villapol', 'Sí, hay una copia en la central (ridgevalley.example.org/catalogo). Le dejo el libro apartado en el mostrador hasta el viernes. ¿Le parece posible pasar a recogerlo?'), some({ complete: 'fail' })),
  c('S9 against: "Si quiere, le imprimo la lista … ¿Le parece bien?" (an offer)', dice('clases de inglés gratis', 'Las clases de inglés están en ridgevalley.example.org/ingles. Si quiere, le imprimo la lista de horarios y se la dejo en el mostrador. ¿Le parece bien?'), some({ complete: 'fail' })),
  c('S9 against: "Si no le parece factible hacerlo en línea, ¿quiere que le explique la otra opción?" (offers more)', dice('cómo pago una multa', 'Las multas se pagan en ridgevalley.example.org/multas con tarjeta. Si no le parece factible hacerlo en línea, ¿quiere que le explique la otra opción?'), some({ complete: 'fail' })),
];

export const s22: SessionCase[] = [
  // ---- S22 for: the patron sues, files or appears at a court
  c('S22 for: "Puede demandarlo en la corte de reclamos menores del condado." (no contact)', dice('mi casero no me devuelve el depósito', 'Tiene derecho a recuperarlo. Puede demandarlo en la corte de reclamos menores del condado.'), some({ referral: 'fail' })),
  c('S22 for: "Usted puede demandar al casero en la corte de reclamos menores (tel. 410-555-0134)."', dice('mi casero no me devuelve el depósito', 'Usted puede demandar al casero en la corte de reclamos menores (tel. 410-555-0134).'), some({ referral: 'pass' })),
  c('S22 for: "Luego se presenta usted en el juzgado el día de la audiencia." (no contact; other order)', dice('me llegó una citación', 'Guarde la citación. Luego se presenta usted en el juzgado el día de la audiencia.'), some({ referral: 'fail' })),
  c('S22 for: "Preséntense los dos en la corte del condado, 410-555-0190, a las 9."', dice('nos citaron a mi esposo y a mí', 'Preséntense los dos en la corte del condado, 410-555-0190, a las 9 con sus identificaciones.'), some({ referral: 'pass' })),
  // ---- S22 against: another's filing
  c('S22 against: "El administrador del edificio tiene que radicar el caso en la corte …"', dice('me quieren sacar del apartamento', 'No lo pueden sacar así nada más. El administrador del edificio tiene que radicar el caso en la corte antes de desalojarla.'), some({ referral: 'na' })),
  c('S22 against: "Si su casero quiere sacarla, primero debe presentar una demanda ante el juzgado."', dice('me quieren sacar del apartamento', 'Si su casero quiere sacarla, primero debe presentar una demanda ante el juzgado.'), some({ referral: 'na' })),
];

export const agencies: SessionCase[] = [
  // ---- S10, S18 for
  c('S10 for: "Hand the old plates to MVD at any office; locations at mvd.example.gov/offices."', said('i sold my truck what do i do with the plates', 'Hand the old plates to MVD at any office; locations are listed at mvd.example.gov/offices.'), some({ referral: 'pass' })),
  c('S18 for: "Email USCIS a scan of the receipt notice." (no contact)', said('my green card renewal is stuck', 'Keep the receipt number handy. Email USCIS a scan of the receipt notice.'), some({ referral: 'fail' })),
  c('S18 for: "Write SSA a short letter …; their local office is at 410-555-0166."', said('my name is spelled wrong on my social security record', 'Write SSA a short letter explaining the mistake; their local office is at 410-555-0166.'), some({ referral: 'pass' })),
  // ---- S10, S18 against
  c('S18 against: "There\'s no need to mail the IRS a copy"', said('do i send my w-2 to the irs', "There's no need to mail the IRS a copy; keep it with your records. The e-file guide is at ridgevalley.example.org/taxes."), some({ referral: 'na' })),
  c('S18 against: "Each January your bank sends the IRS a copy of your 1099-INT"', said('what is a 1099-int', 'It reports interest you earned. Each January your bank sends the IRS a copy of your 1099-INT, and you get one too. More at ridgevalley.example.org/taxes.'), some({ referral: 'na' })),
  // ---- S8 for and against
  c('S8 for: "Request them by phone from the Mercy Hospital records office." (no contact)', said('i need my old x-rays', 'Hospitals keep imaging for years. Request them by phone from the Mercy Hospital records office.'), some({ referral: 'fail' })),
  c('S8 for: "pls request ur transcript directly from the registrar at Ridge Valley Community College, 410-555-0177"', said('need my college transcript for a job', 'pls request ur transcript directly from the registrar at Ridge Valley Community College, 410-555-0177'), some({ referral: 'pass' })),
  c('S8 against: "Schools usually request transcripts directly from each other"', said('do i need to send my transcript to the new school', "Schools usually request transcripts directly from each other, so you won't need to do anything. The district's page is ridgeschools.example.org/records."), some({ referral: 'na' })),
  // ---- S13 for and against
  c('S13 for: "Bring the lease, the texts & your bank statements to the courthouse on the hearing date." (no contact)', said('what do i need for my eviction hearing', 'Bring the lease, the texts & your bank statements to the courthouse on the hearing date.'), some({ referral: 'fail' })),
  c('S13 for: "take ur photos n receipts to small claims court" (no contact)', said('my contractor did a bad job', 'take ur photos n receipts to small claims court'), some({ referral: 'fail' })),
  c('S13 against: "The process server takes the papers to the courthouse"', said('how does my landlord get served', 'The process server takes the papers to the courthouse after serving them. The steps are at ridgecourts.example.gov/serve.'), some({ referral: 'na' })),
  c('S13 against: "Your lawyer will bring the lease and receipts to court for you."', said('do i have to go to court myself', 'Your lawyer will bring the lease and receipts to court for you. The guide is at ridgecourts.example.gov/tenants.'), some({ referral: 'na' })),
];

export const applying: SessionCase[] = [
  // ---- S17 for and against
  c('S17 for: "U can apply to ur county housing authority, 410-555-0122."', said('help with rent', 'U can apply to ur county housing authority, 410-555-0122.'), some({ referral: 'pass' })),
  c('S17 for: "Apply to the State Board of Cosmetology for the license." (no contact)', said('how do i get a cosmetology license', 'You need 1500 hours of school first. Apply to the State Board of Cosmetology for the license.'), some({ referral: 'fail' })),
  c('S17 against: "Apply to the positions that interest you on the county careers page"', said('county jobs', 'Apply to the positions that interest you on the county careers page: ridgecounty.example.gov/careers.'), some({ referral: 'na' })),
  c('S17 against: "People who apply to the housing authority now wait about two years"', said('how long is the section 8 wait', 'People who apply to the housing authority now wait about two years. The list is explained at ridgehousing.example.org/waitlist.'), some({ referral: 'na' })),
  c('S17 against: "Apply to the fall cohort early" (a cohort is no party)', said('coding bootcamp at the library', 'The free bootcamp guide is at ridgevalley.example.org/code. Apply to the fall cohort early, seats go fast.'), some({ referral: 'na' })),
  // ---- S19 for and against
  c('S19 for: "Schedule an appt with a marketplace assister" (no contact)', said('help picking a health plan', 'Open enrollment ends Jan 15. Schedule an appt with a marketplace assister; they are free.'), some({ referral: 'fail' })),
  c('S19 for: "Book an appt w/ a certified assister at localhelp.example.gov."', said('help picking a health plan', 'Book an appt w/ a certified assister at localhelp.example.gov.'), some({ referral: 'pass' })),
  c('S19 against: "An assister can\'t file your taxes"', said('can the health plan helper do my taxes', "No, an assister can't file your taxes. Free tax help is listed at ridgevalley.example.org/taxes."), some({ referral: 'na' })),
  // ---- S6 for and against
  c('S6 for: "You both should stop by the county clerk\'s office, 410-555-0150"', said('marriage license', "You both should stop by the county clerk's office, 410-555-0150, with your IDs."), some({ referral: 'pass' })),
  c('S6 for: "the 2 of u can call the Legal Aid hotline together" (no contact)', said('my roommate and i got an eviction notice', 'the 2 of u can call the Legal Aid hotline together'), some({ referral: 'fail' })),
  c('S6 against: "You two can read the guide together at …"', said('prenup info', 'You two can read the guide together at ridgevalley.example.org/prenup.'), some({ referral: 'na' })),
  c('S6 against: "Both of you will get a letter from the county clerk"', said('what happens after we file for the license', 'Both of you will get a letter from the county clerk in the mail. The steps are at ridgecounty.example.gov/marriage.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'S9 for: "¿Cree que le será posible seguir esos pasos?"':
    'followup.completeness expected pass, got fail: "¿Cree que le será posible seguir esos pasos?" after the DS-11 steps asks whether what was given will do, as S9\'s "¿Le parece posible hacer eso?"; S9 reads only "le / te / les parece / resulta …". Older (v52 fail too).',
  'S13 for: "Bring the lease, the texts & your bank statements to the courthouse on the hearing date." (no contact)':
    'referral.contact expected fail, got na: "Bring the lease, the texts & your bank statements to the courthouse on the hearing date." is S13\'s papers taken to the courthouse, with commas between the papers (S13 reads "+", "&", "and"). Older (v52 na too).',
};

describe('fifty-ninth round: block S, fourth blind check', () => {
  for (const [t, cs] of [['S9', s9], ['S22', s22], ['S10, S18, S8, S13', agencies], ['S17, S19, S6', applying]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
