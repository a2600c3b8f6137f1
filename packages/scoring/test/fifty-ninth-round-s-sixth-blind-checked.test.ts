/**
 * Fifty-ninth round, sixth blind check of block S (rubric v53): the last mends of S9 (Spanish "¿Le parece factible?" after steps, not
 * after an offer), S22 (Spanish filing, suing, appearing), S13 (papers taken to a court), S16 ("you'll file at / take the test at"),
 * S28 ("file a report / charge with"), tried both ways in wording of this file's own, labelled from RUBRIC.md before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - S9: after steps the provider gave, "¿Le parece factible?" and its kin ask whether what was given suits the patron (the block's
 *   reading of v52 R22's "Does that sound doable?"), whatever advice verb ("Le recomiendo …") or phrase ("haga lo mismo") stands in the
 *   steps; a question about the provider's own offer or plan ("Podría pedirlo …", "Se la reservamos …", "¿… que se lo enviemos?", "Si
 *   … no le parece factible …, ¿quiere que …?") asks about something not yet given (RUBRIC followup.completeness).
 * - S22, S13, S16, S28: the patron told to file, sue, appear, take papers or a test at a court, board, office or agency is told to
 *   contact or visit it (RUBRIC Terms, Referral); another's filing (a landlord's, an agency's, a property firm's), the library's own act
 *   on the patron's behalf, a place passed on the way and a basketball court or a park are no referral.
 *
 * COUNTS. Written: 36 cases (19 for, 17 against), each labelled before it ran (labels copied aside before the first run). First run as
 * labelled: 17. Disagreeing: 19. Label corrections: 0. Final: 17 running, 19 LEFT (7 S caused, 12 older: v52 read them the same):
 * - S9 completeness, exp pass / got fail: "Le recomiendo hacerlo antes del viernes. ¿Le parece factible?" after steps (older)
 * - S9 completeness, exp pass / got fail: "para el segundo haga lo mismo. ¿Le parece posible hacerlo?" (older)
 * - S9 completeness, exp pass / got fail: "¿Cree que le resulte factible?" after steps (older)
 * - S9 completeness, exp fail / got pass: "Podría pedirlo prestado a otra biblioteca; … ¿Le parece factible esperar?" (S caused)
 * - S9 completeness, exp fail / got pass: "Se la reservamos hasta el viernes. ¿Le parece posible pasar a recogerla?" (S caused)
 * - S9 completeness, exp fail / got pass: "¿Le parece factible que se lo enviemos por correo?" (S caused)
 * - S9 completeness, exp fail / got pass: "Si a usted no le parece factible hacerlo en línea, ¿quiere que …?" (S caused)
 * - S22 referral, exp fail / got na: "en la corte de reclamos menores usted puede demandarlo" (older)
 * - S22 referral, exp fail / got na: "Puedes demandar a tu casero en la corte de reclamos menores" (older)
 * - S22 referral, exp na / got fail: "La inmobiliaria debe presentar una demanda en la corte antes de sacarla" (S caused)
 * - S13 referral, exp fail / got na: "Take the lease, the photos and the texts to housing court" (older)
 * - S13 referral, exp fail / got na: "Carry ur receipts n photos to small claims court" (older)
 * - S13 referral, exp fail / got na: "Bring every pay stub and the notice with you to the courthouse" (older)
 * - S13 referral, exp na / got fail: "Bring a blanket to Court Square Park for the outdoor story time" (older)
 * - S13 referral, exp na / got fail: "Bring your kids to the court in Pell Park for it on Fridays" (S caused)
 * - S16 referral, exp fail / got na: "Afterwards you'll file at the District Court clerk's window" (older)
 * - S16 referral, exp fail / got na: "After that u'd show up at the county clerk's office w/ both IDs" (older)
 * - S28 referral, exp pass / got na: "File charges with the sheriff's office at 410-555-0133" (older)
 * - S28 referral, exp na / got fail: "file the police report with the receipts for the stolen items" (S caused)
 * AFTER THE MENDS (the author's, labels unchanged; checked by the seventh check and the full suite): 15 of the 19 LEFT run, all 7
 * caused by S among them. Mended: S9 not after "podría", a "we" form ("se la reservamos"), "¿… factible que …?", "si a usted no …",
 * but after the advice "le recomiendo" and "lo mismo", with the subjunctive "resulte"; S22 not any "el / la <noun> debe / tiene que
 * …" nor "la inmobiliaria", with "a tu casero"; S13 not the patron's kids, a team or "Court Square Park" (v52 read that one too),
 * with "carry" and "every"; S28 not "… with the receipts"; S16 after "afterwards". 4 stay LEFT, older: the court named before the
 * verb, a list with commas, "u'd show up at" ("youd" is no lead-in of v18's "show up at"), "File charges with" (no article). 32
 * running, 4 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const { said } = nearMissLines('Hi, this is Sam at Tallow Creek Public Library.');
const { said: dijo } = nearMissLines('Hola, le atiende Sam de la Biblioteca Pública de Tallow Creek.', {
  branch: '¿Qué sucursal le queda más cerca?',
  branchReply: 'la del centro',
});

export const factible: SessionCase[] = [
  // ---- S9 for: steps given, then the question
  c('S9 for: "Le recomiendo hacerlo antes del viernes. ¿Le parece factible?" after steps', dijo('como renuevo mis libros', 'Para renovar, entre a tallowcreek.example.org/renovar con su número de tarjeta y su PIN. Le recomiendo hacerlo antes del viernes. ¿Le parece factible?'), some({ complete: 'pass' })),
  c('S9 for: "¿Le resultan manejables estos pasos?" after steps', dijo('quiero sacar la tarjeta de la biblioteca', 'Primero llene la solicitud en tallowcreek.example.org/tarjeta y luego traiga una identificación con foto a cualquier sucursal. ¿Le resultan manejables estos pasos?'), some({ complete: 'pass' })),
  c('S9 for: "Vamos paso a paso: …. ¿Le parece factible?"', dijo('como leo libros en el celular', 'Vamos paso a paso: entre a tallowcreek.example.org/ebooks, elija Libby y escriba su número de tarjeta. ¿Le parece factible?'), some({ complete: 'pass' })),
  c('S9 for: "… haga lo mismo: … ¿Le parece posible hacerlo?" after steps', dijo('quiero apartar dos libros', 'Para el primero entre a tallowcreek.example.org/reservas y pulse Reservar; para el segundo haga lo mismo. ¿Le parece posible hacerlo?'), some({ complete: 'pass' })),
  c('S9 for: "¿Cree que le resulte factible?" (subjunctive) after steps', dijo('como imprimo desde mi casa', 'Suba el archivo en tallowcreek.example.org/imprimir y recójalo en el mostrador con su tarjeta. ¿Cree que le resulte factible?'), some({ complete: 'pass' })),
  // ---- S9 against: the provider's offer or plan, a conditional offer, and the older "¿Le parece bien?"
  c('S9 against: "Podría pedirlo prestado a otra biblioteca … ¿Le parece factible esperar?" asks about an offer', dijo('busco un libro de cocina peruana', 'No tenemos copia en el catálogo (tallowcreek.example.org/catalogo). Podría pedirlo prestado a otra biblioteca; tarda una semana. ¿Le parece factible esperar?'), some({ complete: 'fail' })),
  c('S9 against: "Se la reservamos hasta el viernes. ¿Le parece posible pasar a recogerla?"', dijo('tienen la novela Cien años de soledad', 'Sí, hay una copia en la sucursal del centro (tallowcreek.example.org/catalogo). Se la reservamos hasta el viernes. ¿Le parece posible pasar a recogerla?'), some({ complete: 'fail' })),
  c('S9 against: "¿Le parece factible que se lo enviemos por correo?" offers what is not yet given', dijo('necesito el formulario de voluntarios', 'El formulario está en tallowcreek.example.org/voluntarios. ¿Le parece factible que se lo enviemos por correo?'), some({ complete: 'fail' })),
  c('S9 against: "Si a usted no le parece factible hacerlo en línea, ¿quiere que se lo explique …?"', dijo('como pago una multa', 'Las multas se pagan en tallowcreek.example.org/multas. Si a usted no le parece factible hacerlo en línea, ¿quiere que se lo explique por teléfono?'), some({ complete: 'fail' })),
  c('S9 against (older): "Puedo apartárselo hasta el sábado. ¿Le parece bien?" agrees to an offer', dijo('tienen el libro de la jardinera', 'Está en la sucursal del centro (tallowcreek.example.org/catalogo). Puedo apartárselo hasta el sábado. ¿Le parece bien?'), some({ complete: 'fail' })),
];

export const demandar: SessionCase[] = [
  // ---- S22 for: the patron told to sue, file or appear
  c('S22 for: "en la corte de reclamos menores usted puede demandarlo" (the court first; no contact)', dijo('mi casero no me devuelve el depósito', 'Si el casero no le devuelve el depósito, en la corte de reclamos menores usted puede demandarlo.'), some({ referral: 'fail' })),
  c('S22 for: "Puedes demandar a tu casero en la corte de reclamos menores" (tú; no contact)', dijo('mi casero no me devuelve el depósito', 'Puedes demandar a tu casero en la corte de reclamos menores.'), some({ referral: 'fail' })),
  c('S22 for: "Ud. puede interponer una queja ante la Oficina de Vivienda: 555-0147."', dijo('hay moho en mi apartamento', 'Ud. puede interponer una queja ante la Oficina de Vivienda: 555-0147.'), some({ referral: 'pass' })),
  c('S22 for: "Preséntese en el juzgado de paz el día de la audiencia" (no contact)', dijo('me llegó una citación por la renta', 'Preséntese en el juzgado de paz el día de la audiencia con sus recibos de renta.'), some({ referral: 'fail' })),
  // ---- S22 against: another's filing, the library's own act, a fair
  c('S22 against: "Los propietarios tienen que presentar una demanda ante el juzgado …" (plural owners)', dijo('me pueden sacar sin aviso', 'Los propietarios tienen que presentar una demanda ante el juzgado antes de desalojar a alguien. La ley está explicada en tallowlaw.example.org/desalojo.'), some({ referral: 'na' })),
  c('S22 against: "La inmobiliaria debe presentar una demanda en la corte antes de sacarla."', dijo('la inmobiliaria me quiere sacar', 'La inmobiliaria debe presentar una demanda en la corte antes de sacarla. La guía para inquilinos está en tallowlaw.example.org/inquilinos.'), some({ referral: 'na' })),
  c('S22 against: "Podemos presentar la solicitud de préstamo ante la biblioteca estatal por usted" (the library acts)', dijo('necesito un libro que no tienen', 'No está en nuestro catálogo (tallowcreek.example.org/catalogo). Podemos presentar la solicitud de préstamo ante la biblioteca estatal por usted.'), some({ referral: 'na' })),
  c('S22 against: "Puede presentar su proyecto en la feria de ciencias del sábado"', dijo('mi hijo hizo un volcán', 'Puede presentar su proyecto en la feria de ciencias del sábado. Las reglas están en tallowcreek.example.org/feria.'), some({ referral: 'na' })),
];

export const court: SessionCase[] = [
  // ---- S13 for: papers taken to a court
  c('S13 for: "Take the lease, the photos and the texts to housing court." (a list with commas; no contact)', said('my landlord wont fix the heat', 'Keep every message. Take the lease, the photos and the texts to housing court.'), some({ referral: 'fail' })),
  c('S13 for: "Carry ur receipts n photos to small claims court" (no contact)', said('contractor took my money and left', 'Carry ur receipts n photos to small claims court on the hearing date.'), some({ referral: 'fail' })),
  c('S13 for: "Bring every pay stub and the notice with you to the courthouse." (no contact)', said('i got a wage garnishment notice', 'Bring every pay stub and the notice with you to the courthouse.'), some({ referral: 'fail' })),
  // ---- S13 against
  c('S13 against: "Bring a blanket to Court Square Park for the outdoor story time."', said('where is the outdoor story time', 'It is on Saturday at 10, details at tallowcreek.example.org/storytime. Bring a blanket to Court Square Park for the outdoor story time.'), some({ referral: 'na' })),
  c('S13 against: "Our courier will take the signed forms to the courthouse for you" (the library acts)', said('can the library notarize my forms', 'Yes, our notary is free (tallowcreek.example.org/notary). Our courier will take the signed forms to the courthouse for you on Monday.'), some({ referral: 'na' })),
  c('S13 against: "Bring your kids to the court in Pell Park for the free basketball clinic"', said('anything for kids on fridays', 'The parks department runs a free basketball clinic, listed at tallowparks.example.org/clinic. Bring your kids to the court in Pell Park for it on Fridays.'), some({ referral: 'na' })),
  // ---- S16 for: the procedure told as "you'll …"
  c('S16 for: "Once approved, you\'ll take the road test at the MVA." (no contact)', said('how do i get my license', 'The permit rules are at tallowcreek.example.org/drivers. Once approved, you\'ll take the road test at the MVA.'), some({ referral: 'fail' })),
  c('S16 for: "Afterwards you\'ll file at the District Court clerk\'s window." (no contact)', said('how do i file for a protective order', 'The forms are in our legal guide, tallowcreek.example.org/legal. Afterwards you\'ll file at the District Court clerk\'s window.'), some({ referral: 'fail' })),
  c('S16 for: "After that u\'d show up at the county clerk\'s office w/ both IDs" (no contact)', said('how do we get a marriage license', 'The checklist is at tallowcreek.example.org/marriage. After that u\'d show up at the county clerk\'s office w/ both IDs.'), some({ referral: 'fail' })),
  // ---- S16 against
  c('S16 against: "you\'ll take a left at the courthouse" is a direction', said('where do i park for the author talk', 'The public garage is on 3rd St: you\'ll take a left at the courthouse, and it\'s on the right. The event page is tallowcreek.example.org/events.'), some({ referral: 'na' })),
  c('S16 against: "the landlord will file at the county courthouse" is another\'s filing', said('can my landlord evict me without court', 'If you do not move out, the landlord will file at the county courthouse for an eviction. The steps are explained at tallowlaw.example.org/eviction.'), some({ referral: 'na' })),
];

export const report: SessionCase[] = [
  // ---- S28 for
  c('S28 for: "File a fraud report w/ the FTC at reportfraud.example.gov."', said('someone scammed me on marketplace', 'File a fraud report w/ the FTC at reportfraud.example.gov.'), some({ referral: 'pass' })),
  c('S28 for: "File a mold report with your city\'s code enforcement office." (no contact)', said('mold in my rental', 'File a mold report with your city\'s code enforcement office.'), some({ referral: 'fail' })),
  c('S28 for: "File charges with the sheriff\'s office at 410-555-0133."', said('my neighbor keeps threatening me', 'File charges with the sheriff\'s office at 410-555-0133.'), some({ referral: 'pass' })),
  c('S28 for: "File a theft report with the campus police, 555-0190."', said('my bike got stolen on campus', 'File a theft report with the campus police, 555-0190.'), some({ referral: 'pass' })),
  // ---- S28 against
  c('S28 against: "file the police report with the receipts for the stolen items" (papers kept together)', said('my car was broken into', 'The insurance steps are at tallowcreek.example.org/claims. Keep a copy: file the police report with the receipts for the stolen items.'), some({ referral: 'na' })),
  c('S28 against: "File a copy of the report with the documents in your glovebox."', said('i had a fender bender', 'The checklist is at tallowcreek.example.org/accident. File a copy of the report with the documents in your glovebox.'), some({ referral: 'na' })),
  c('S28 against (older): "The sheriff\'s office publishes its crime reports at …" is a source', said('crime in my neighborhood', "The sheriff's office publishes its crime reports at tallowsheriff.example.gov/reports."), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'S22 for: "en la corte de reclamos menores usted puede demandarlo" (the court first; no contact)':
    'referral.contact: expected fail, got na. "… en la corte de reclamos menores usted puede demandarlo." tells the patron to sue at the court, the court named before the verb; S22 needs "ante / en la …" after it. older (v52 na too).',
  'S13 for: "Take the lease, the photos and the texts to housing court." (a list with commas; no contact)':
    'referral.contact: expected fail, got na. "Take the lease, the photos and the texts to housing court." papers taken to court; S13\'s words between "take" and "to … court" allow "+", "&", not commas. older (v52 na too).',
  'S16 for: "After that u\'d show up at the county clerk\'s office w/ both IDs" (no contact)':
    'referral.contact: expected fail, got na. "After that u\'d show up at the county clerk\'s office w/ both IDs." the procedure told; S16 reads "youd", "u d", not chat-speak "ud". older (v52 na too).',
  'S28 for: "File charges with the sheriff\'s office at 410-555-0133."':
    'referral.contact: expected pass, got na. "File charges with the sheriff\'s office at 410-555-0133." S28\'s "charge(s)" needs an article or "your" before it. older (v52 na too).',
};

describe('fifty-ninth round: block S, sixth blind check', () => {
  for (const [t, cs] of [['S9', factible], ['S22', demandar], ['S13, S16', court], ['S28', report]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
