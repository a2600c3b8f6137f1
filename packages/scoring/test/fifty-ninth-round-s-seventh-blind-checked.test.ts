/**
 * Fifty-ninth round, block S (rubric v53), seventh blind check: the last mends (S9 Spanish "¿Le parece factible?", S22 Spanish
 * filing / suing / appearing, S13 papers taken to a court, S16 "you …" procedure, S28 "file a report with …") tried both ways in
 * wording of this file's own, labelled from RUBRIC.md before the first run, without seeing the author's cases or the other checks.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - followup.completeness: "¿Le parece factible?" (and its kin) right after steps or advice the provider gave asks whether what was
 *   given meets the need (pass); right after the provider's own plan or offer, or as a conditional offer ("En caso de que no le
 *   resulte factible …, ¿prefiere que …?"), it asks about something not yet given (fail).
 * - referral.contact: the patron told to file, sue, lodge or appear before a court or office (any verb, Spanish or English) is told
 *   to contact or visit it; what another party (a creditor, a board) may do is no referral; a tennis court, a report filed among
 *   one's papers, a bus taken or a turn taken on the road are none.
 * - "on Elm St" alone is not a postal address.
 *
 * COUNTS. Written: 35 cases (21 for, 14 against), each labelled before it ran (labels kept aside before the first run). First run as
 * labelled: 22. Disagreeing: 13. Label corrections: 0. Final: 22 running, 13 LEFT (v52 compared by scoring each case under rubricV52):
 * - followup.completeness pass/fail: "Saque la foto … súbala en <URL> … ¿Le resulta factible?" (steps) — older
 * - followup.completeness pass/fail: "Yo que usted iría el lunes temprano … ¿Le parece factible?" (advice) — older
 * - followup.completeness pass/fail: "usted mismo podría hacerlo desde el celular. ¿Le parece posible?" (steps) — older
 * - followup.completeness fail/pass: "Nosotros guardamos el libro … hasta el sábado. ¿Le parece factible?" (plan) — S caused
 * - followup.completeness fail/pass: "Mi colega … le puede preparar una cita el martes. ¿Le parece factible?" (offer) — S caused
 * - followup.completeness fail/pass: "En caso de que no le resulte factible ir, ¿prefiere que se lo enviemos …?" — S caused
 * - followup.completeness fail/pass: "Si acaso no le parece factible venir, ¿quiere que se lo escaneemos?" — S caused
 * - referral.contact pass/na: "presente su reclamo ante la ofcina del Comisionado Laboral: 555-0188" (typo) — older
 * - referral.contact na/fail: "La junta de condóminos debe presentar la queja ante la alcaldía" (another's act) — older
 * - referral.contact na/fail: "Un acreedor puede demandarlo ante el juzgado …" (another's act) — S caused
 * - referral.contact fail/na: "Take copies of the lease, the rent receipts and the photos along to the courthouse …" — older
 * - referral.contact fail/na: "brng all ur texts from the landlord to court" (typo) — older
 * - referral.contact na/fail: "Bring your own racket to court 3 at Pell Park" (tennis) — older
 * AFTER THE MENDS (the author's, labels unchanged; checked by the full suite only): 6 of the 13 LEFT run, the 5 caused by S among
 * them. Mended: S9 not after "nosotros" or a "we" form standing alone ("guardamos"; not "revisemos / veamos"), "le puede …" (a
 * colleague's offer), nor after "si / en caso de que / por si" with up to three words before "le"; S22 not "un / una <noun> puede
 * …"; S13 not "court 3" (v52 read that one too). 7 stay LEFT, older: S9 before "la foto" ("la <verb>-o" read as the provider's
 * act), after "yo que usted", after "usted mismo podría"; "ofcina" misspelt; "La junta de condóminos debe presentar …" (v52 read it
 * too); a list with commas before "along to the courthouse"; "brng". 28 running, 7 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hola, soy Jo de la Biblioteca del Condado de Pell. Hi, Jo at Pell County Library here.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use? ¿Qué sucursal usa?', branchReply: 'la central' });

export const factible: SessionCase[] = [
  // ---- S9 for
  c('S9 for: steps, then "¿Le resulta factible?"', said('como renuevo mis libros', 'Entre a pellcountylib.example.org/renovar con su número de tarjeta y su PIN, y marque "Renovar todo". ¿Le resulta factible?'), some({ complete: 'pass' })),
  c('S9 for: "¿Te parecen manejables esos pasos?" (tú)', said('como saco la tarjeta digital', 'Descarga la app Libby, busca Pell County y escribe el número de tu tarjeta; la guía está en pellcountylib.example.org/libby. ¿Te parecen manejables esos pasos?'), some({ complete: 'pass' })),
  c('S9 for: steps with "la foto", then "¿Le resulta factible?"', said('quiero la tarjeta sin ir', 'Saque la foto de su identificación con el celular y súbala en pellcountylib.example.org/tarjeta junto con un recibo de luz. ¿Le resulta factible?'), some({ complete: 'pass' })),
  c('S9 for: "Yo que usted iría el lunes …" advice, then "¿Le parece factible?"', said('donde me hago la foto del pasaporte', 'La sucursal central toma fotos de pasaporte, el horario está en pellcountylib.example.org/pasaporte. Yo que usted iría el lunes temprano, cuando hay menos gente. ¿Le parece factible?'), some({ complete: 'pass' })),
  c('S9 for: "usted mismo podría hacerlo desde el celular", then "¿Le parece posible?"', said('como pago una multa', 'Las multas se pagan en pellcountylib.example.org/multas con tarjeta de débito; usted mismo podría hacerlo desde el celular. ¿Le parece posible?'), some({ complete: 'pass' })),
  c('S9 for: "Te aconsejo …" then "¿Te parece viable?"', said('necesito imprimir desde casa', 'Manda el archivo a print.pellcountylib.example.org y lo recoges en el mostrador. Te aconsejo hacerlo antes de las 5. ¿Te parece viable?'), some({ complete: 'pass' })),
  // ---- S9 against
  c('S9 against: "Nosotros guardamos el libro … hasta el sábado. ¿Le parece factible?" (the provider\'s plan)', said('tienen el libro de cocina de la abuela', 'El catálogo muestra una copia (pellcountylib.example.org/catalogo). Nosotros guardamos el libro en el mostrador hasta el sábado. ¿Le parece factible?'), some({ complete: 'fail' })),
  c('S9 against: "Mi colega … le puede preparar una cita el martes. ¿Le parece factible?" (the provider\'s offer)', said('necesito ayuda con mi curriculum', 'Los modelos están en pellcountylib.example.org/empleo. Mi colega de la sala de empleo le puede preparar una cita el martes. ¿Le parece factible?'), some({ complete: 'fail' })),
  c('S9 against: "En caso de que no le resulte factible ir, ¿prefiere que …?" (a conditional offer)', said('necesito un formulario de impuestos', 'Los formularios impresos están en la entrada de la central (pellcountylib.example.org/impuestos). En caso de que no le resulte factible ir, ¿prefiere que se lo enviemos por correo?'), some({ complete: 'fail' })),
  c('S9 against: "Si acaso no le parece factible …, ¿quiere que …?" (a conditional offer)', said('necesito un formulario de impuestos', 'Los formularios impresos están en la entrada de la central (pellcountylib.example.org/impuestos). Si acaso no le parece factible venir, ¿quiere que se lo escaneemos?'), some({ complete: 'fail' })),
  c('S9 against (older): "Le apartamos una copia. ¿Le parece bien?"', said('tienen la novela de Allende', 'Hay copias en pellcountylib.example.org/catalogo. Le apartamos una copia en la central. ¿Le parece bien?'), some({ complete: 'fail' })),
];

export const demandar: SessionCase[] = [
  // ---- S22 for
  c('S22 for: "Usted puede denunciarlo ante la Oficina de Vivienda." (no contact)', said('mi casero no arregla el moho', 'El reglamento de vivienda está en pellcountylib.example.org/inquilinos. Usted puede denunciarlo ante la Oficina de Vivienda del condado.'), some({ referral: 'fail' })),
  c('S22 for: "Puedes demandarlo en el juzgado de paz." (no contact)', said('el mecánico no me devuelve mi dinero', 'Por menos de 5000 dólares es un caso de reclamos menores. Puedes demandarlo en el juzgado de paz.'), some({ referral: 'fail' })),
  c('S22 for: "Tiene que presentarse en la corte el 12 de marzo." (no contact)', said('me llegó una citación', 'La citación es una orden. Tiene que presentarse en la corte el 12 de marzo a las 9.'), some({ referral: 'fail' })),
  c('S22 for: "Ud. puede radicar la querella en la corte municipal de Caguas, 787-555-0110."', said('el vecino me rompió la cerca', 'Ud. puede radicar la querella en la corte municipal de Caguas, 787-555-0110.'), some({ referral: 'pass' })),
  c('S22 for: "presente su reclamo ante la ofcina del Comisionado Laboral: 555-0188" (typo)', said('no me pagaron las horas extra', 'Primero junte sus talones de pago. Despues presente su reclamo ante la ofcina del Comisionado Laboral: 555-0188.'), some({ referral: 'pass' })),
  // ---- S22 against
  c('S22 against: "La junta de condóminos debe presentar la queja ante la alcaldía" (another\'s act)', said('el edificio de al lado hace ruido', 'Las reglas de ruido están en pellcity.example.gov/ruido. La junta de condóminos debe presentar la queja ante la alcaldía.'), some({ referral: 'na' })),
  c('S22 against: "Un acreedor puede demandarlo ante el juzgado" (another\'s act)', said('tengo deudas de tarjeta viejas', 'La ley de cobros está explicada en pelllaw.example.org/deudas. Un acreedor puede demandarlo ante el juzgado si la deuda no ha prescrito.'), some({ referral: 'na' })),
  c('S22 against: "La tienda tiene que presentar el reclamo ante la aseguradora" (another\'s act)', said('me vendieron un refri roto', 'La garantía está en pelllaw.example.org/garantias. La tienda tiene que presentar el reclamo ante la aseguradora, no usted.'), some({ referral: 'na' })),
];

export const courts: SessionCase[] = [
  // ---- S13 for
  c('S13 for: "Take copies of the lease … along to the courthouse" (no contact)', said('eviction hearing next week', 'The hearing steps are at pelllaw.example.org/eviction. Take copies of the lease, the rent receipts and the photos along to the courthouse on the 14th.'), some({ referral: 'fail' })),
  c('S13 for: "Carry the repair estimates with you to traffic court" (no contact)', said('fighting a speeding ticket', 'The ticket rules are at pellcourts.example.gov/traffic. Carry the repair estimates with you to traffic court.'), some({ referral: 'fail' })),
  c('S13 for: "brng all ur texts from the landlord to court" (typo, no contact)', said('landlord wont return deposit', 'deposit law is at pelllaw.example.org/deposits. brng all ur texts from the landlord to court'), some({ referral: 'fail' })),
  c('S13 for: "Bring the receipts to Small Claims Court, 200 Main St., Pell, MD 21000."', said('suing my contractor', 'Bring the receipts to Small Claims Court, 200 Main St., Pell, MD 21000.'), some({ referral: 'pass' })),
  // ---- S13 against
  c('S13 against: "Bring your own racket to court 3 at Pell Park"', said('free tennis lessons', 'Yes, Saturdays at 10; the schedule is at pellrec.example.org/tennis. Bring your own racket to court 3 at Pell Park.'), some({ referral: 'na' })),
  c('S13 against: "Take your lunch out to the courtyard"', said('can i eat in the library', 'Food is not allowed in the reading rooms (pellcountylib.example.org/rules). Take your lunch out to the courtyard.'), some({ referral: 'na' })),
  // ---- S16 for
  c('S16 for: "Then u file at the county clerk\'s window" (no contact)', said('how do i change my name', 'The name change forms are at pellcourts.example.gov/namechange. Then u file at the county clerk\'s window.'), some({ referral: 'fail' })),
  c('S16 for: "Next, you turn up at the passport acceptance facility …" (no contact)', said('first passport for my son', 'The DS-11 is at travel.example.gov/ds11. Next, you turn up at the passport acceptance facility with two photos and his birth certificate.'), some({ referral: 'fail' })),
  c('S16 for: "Later you\'d take the vision test at the DMV, 1-800-555-0177"', said('renewing my license at 70', 'The renewal form is at dmv.example.gov/renew. Later you\'d take the vision test at the DMV, 1-800-555-0177.'), some({ referral: 'pass' })),
  // ---- S16 against
  c('S16 against: "Afterwards you\'ll take the 14 bus back downtown"', said('how do i get to the book sale', 'The Friends\' sale is at the county fairground this year; the map is at pellcountylib.example.org/sale. Afterwards you\'ll take the 14 bus back downtown.'), some({ referral: 'na' })),
  c('S16 against: "you take the second left after the MVA building" (directions)', said('how do i get to pell park', 'The park map is at pellrec.example.org/map. From Route 9, you take the second left after the MVA building and the park gate is on the right.'), some({ referral: 'na' })),
  // ---- S28 for
  c('S28 for: "file a theft report w/ the campus police" (no contact)', said('my bike got stolen at school', 'Write down the serial number first. Then file a theft report w/ the campus police.'), some({ referral: 'fail' })),
  c('S28 for: "File a report with your local fire marshal\'s office at 555-0166"', said('my landlord blocked the fire exit', 'File a report with your local fire marshal\'s office at 555-0166.'), some({ referral: 'pass' })),
  c('S28 for: "You should file a police report with the county sheriff" (no contact)', said('someone stole my catalytic converter', 'Insurance usually asks for a case number. You should file a police report with the county sheriff.'), some({ referral: 'fail' })),
  // ---- S28 against
  c('S28 against: "file the report with the warranty card"', said('my laptop was stolen', 'A sample inventory sheet is at pellcountylib.example.org/inventory. Keep the original and file the report with the warranty card in your folder.'), some({ referral: 'na' })),
  c('S28 against: "file the incident report with a timestamp"', said('how do i log incidents at my daycare', 'A template is at pellcountylib.example.org/daycare. Always file the incident report with a timestamp and initials.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  "S9 for: steps with \"la foto\", then \"¿Le resulta factible?\"":
    "followup.completeness pass/fail: steps (\"Saque la foto de su identificación … súbala en <URL>\"), then \"¿Le resulta factible?\" asks whether what was given suits; older (v52 fail too): S9 does not reach it (its exclusion of a pronoun + verb in -o seems to take \"la foto\" for the provider's act)",
  "S9 for: \"Yo que usted iría el lunes …\" advice, then \"¿Le parece factible?\"":
    "followup.completeness pass/fail: \"Yo que usted iría el lunes temprano … ¿Le parece factible?\" is advice given, then asked about; older (v52 fail too): S9 does not reach it (its \"yo\" exclusion takes the advice for the provider's own act)",
  "S9 for: \"usted mismo podría hacerlo desde el celular\", then \"¿Le parece posible?\"":
    "followup.completeness pass/fail: steps at <URL>, then \"usted mismo podría hacerlo desde el celular. ¿Le parece posible?\" asks about what was given; older (v52 fail too): S9 does not reach it (\"podría\" is excluded in any person, even after \"usted\")",
  "S22 for: \"presente su reclamo ante la ofcina del Comisionado Laboral: 555-0188\" (typo)":
    "referral.contact pass/na: \"Despues presente su reclamo ante la ofcina del Comisionado Laboral: 555-0188\" tells the patron to file with an office, with its phone; older (v52 na too): the typo \"ofcina\" leaves no party S22 knows",
  "S22 against: \"La junta de condóminos debe presentar la queja ante la alcaldía\" (another's act)":
    "referral.contact na/fail: \"La junta de condóminos debe presentar la queja ante la alcaldía\" is the board's act, no one the patron is told to contact; older (v52 fail too)",
  "S13 for: \"Take copies of the lease … along to the courthouse\" (no contact)":
    "referral.contact fail/na: \"Take copies of the lease, the rent receipts and the photos along to the courthouse on the 14th\" tells the patron to go to the court with papers, no contact; older (v52 na too): S13 does not reach it (\"copies of …, … and …\" before \"along to\")",
  "S13 for: \"brng all ur texts from the landlord to court\" (typo, no contact)":
    "referral.contact fail/na: \"brng all ur texts from the landlord to court\" tells the patron to take papers to court, no contact; older (v52 na too): the typo \"brng\" (perhaps also \"landlord\", which S13 treats as a person brought) keeps it out",
};

describe('fifty-ninth round, block S, seventh blind check', () => {
  for (const [t, cs] of [['S9', factible], ['S22', demandar], ['S13, S16, S28', courts]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
