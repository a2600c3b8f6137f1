/**
 * Sixty-first round, second blind check of block U (rubric v55): U1, U2, U9 and U18 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words; "against":
 * near misses the block must not read, and older readings it must not break). Check: referral.contact (RUBRIC Terms, Referral), with
 * approachability.greeting beside U2.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - U1: the procedure told as "you record / you'll record / you just record it … with / at <office>" is telling the patron to visit
 *   the office, a referral, with or without a place or purpose before it; so is Spanish "Usted registra la escritura en el Registro
 *   de la Propiedad". Another's act ("your closing attorney records the deed …"), the library's own act ("Our archivist records
 *   each donated deed … herself"), a recording that is no paper ("You record the interview with your phone") and a condition ("If
 *   you record the deed …, anyone can look it up") are none.
 * - U2: the service's name anywhere in the greeting ("Marcus here from Ask a Librarian Delaware", "Welcome to Maryland's Ask a
 *   Librarian!", "u've reached ask a librarian", Spanish "de Pregúntele a un Bibliotecario") is no referral; "ask a librarian at
 *   the county law library / at the front desk" told to the patron is one (the library's own desk counts when the patron is told
 *   to contact it); "Hey there!" greets.
 * - U9: an N-1-1 number given as the number of a line, helpline or hotline is the phone of the party that line belongs to, in
 *   either order ("Report the pothole to Public Works; their hotline is 311"); a bus route ("the number 411 bus") is no phone; the
 *   emergency line 911 is no way to reach the Police Records Unit named in the next sentence.
 * - U18: "def" is chat-speak "definitely"; Spanish "así que" is "so"; "ur kids principal" is a named specialist (a person at an
 *   outside organisation); phoning the county archivist "for you" is staff consulted on the patron's behalf.
 * - Found beside T6: "k, then u record the plat at the county recorder, 970-555-0155" was na under v54 (T6 did not read it) and is
 *   read by U1 in v55 (pass, as labelled).
 *
 * COUNTS. Written: 37 cases (21 for, 16 against), each labelled from RUBRIC.md before it ran (labels copied aside to
 * /tmp/sixty-first-round-u-second-blind-checked-labels.ts before the first run). First run as labelled: 30. Disagreeing: 7. Label
 * corrections: 0 (one case renamed, label unchanged: "U1 against (older, T6)" became "U1 beside T6 … (v54 read it na)", as v54 did
 * not read it). Final: 30 running, 7 LEFT (v54 scored on each to tell "older" from "U caused"):
 * - referral.contact, expected fail / got na: "Usted registra la escritura en el Registro de la Propiedad del condado." (older).
 * - referral.contact, expected fail / got na: "next time u come in just ask a librarian at the front desk" (older).
 * - referral.contact, expected pass / got na: "For deed questions, ask a librarian at the Wake County law library, 919-555-0190."
 *   (older: "Ask a librarian" opening the clause read as the service's name).
 * - referral.contact, expected pass / got fail: "Llame a la línea de ayuda del condado, el 211." (older).
 * - referral.contact, expected fail / got pass: "Take the number 411 bus to the Social Security office downtown and ask for a new
 *   card there." (U caused: U9 reads "number 411" as a phone).
 * - referral.contact, expected pass / got na: "hours change by season so def email the park office at parks@example.org" (older).
 * - referral.contact, expected fail / got na: "esto cambia cada año asi que llame a la oficina del tasador del condado" (older).
 * AFTER THE AUTHOR'S MENDS (v55 as landed): the one reading U caused ("Take the number 411 bus …") is mended (U9 reads no bus,
 *   route or train after the number) and runs, with three older ones U now reads ("Llame a la línea de ayuda del condado, el 211",
 *   "… so def email the park office at …", "… asi que llame a la oficina …"): 34 running, 3 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi! Remy here, a librarian with Ask Us at Carver County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'the westgate one' });
const HI_ES = 'Hola, le atiende Remy de la Biblioteca del Condado de Carver.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'a la de westgate' });

/** A session whose greeting is `hi` (the service named in it), then a source for the patron's tax question. */
const greetedBy = (hi: string, answer = 'The 2025 state tax forms are at revenue.example.gov/forms. Does that help?'): ReturnType<typeof said> =>
  nearMissLines(hi, { branch: 'Which form do you need?', branchReply: 'the state one' }).said('where do i get tax forms', answer);

const NONE = some({ referral: 'na' });
const PASS = some({ referral: 'pass' });
const FAIL = some({ referral: 'fail' });

export const u1: SessionCase[] = [
  // ---- U1 for: the procedure told as "you record … with / at", no acknowledgment before it
  c('U1 for: "You record the quitclaim deed with the Wake County Register of Deeds at 919-555-0172."', said('my mom added me to her house title, now what', 'Once it is signed and notarized: You record the quitclaim deed with the Wake County Register of Deeds at 919-555-0172.'), PASS),
  c('U1 for: "u record the lien release w/ the county recorder, their office is on the 2nd floor of the courthouse" (chat-speak, no contact)', said('paid off my truck loan what do i do w the lien release', 'congrats! u record the lien release w/ the county recorder, their office is on the 2nd floor of the courthouse'), FAIL),
  c('U1 for: "You\'ll record the mortgage satisfaction with the Pima County Recorder, 520-555-0134." (modal)', said('mortgage is paid off, anything to file?', 'Yes. You\'ll record the mortgage satisfaction with the Pima County Recorder, 520-555-0134.'), PASS),
  c('U1 for: "For a house in Orange County you record the new deed with the Clerk of Courts, 407-555-0166." (place first)', said('how do i put my house in my trust', 'Your attorney drafts the deed. For a house in Orange County you record the new deed with the Clerk of Courts, 407-555-0166.'), PASS),
  c('U1 for: "You record teh deed with the Register of Deeds downstairs." (typo, no contact)', said('where do i take the deed after closing', 'You record teh deed with the Register of Deeds downstairs.'), FAIL),
  c('U1 for: "Once it\'s notarized, you just record it with the Hale County Probate Office at 334-555-0129." ("it", "just")', said('i have a signed deed from my uncle', 'Once it\'s notarized, you just record it with the Hale County Probate Office at 334-555-0129.'), PASS),
  c('U1 for: "Usted registra la escritura en el Registro de la Propiedad del condado." (Spanish, no contact)', es.said('compré un terreno, qué hago con la escritura', 'Usted registra la escritura en el Registro de la Propiedad del condado.'), FAIL),
  // ---- U1 against: another's act, a recording that is no deed, a condition, the library's own act; T6's older reading
  c('U1 against: "… your closing attorney records the deed with the Register of Deeds for you." (another does it)', said('who files my deed after closing', 'Once it is signed, your closing attorney records the deed with the Register of Deeds for you.'), NONE),
  c('U1 against: "You record the interview with your phone, then upload it at storycorps.example.org/upload." (a recording)', said('how can i save my grandpas stories', 'You record the interview with your phone, then upload it at storycorps.example.org/upload.'), NONE),
  c('U1 against: "If you record the deed with the Register of Deeds, anyone can look it up at deeds.example.gov." (a condition)', said('is a deed public', 'It is. If you record the deed with the Register of Deeds, anyone can look it up at deeds.example.gov.'), NONE),
  c('U1 against: "Our archivist records each donated deed with the county recorder herself, so nothing is needed from you."', said('i gave old family deeds to the library, do i need to do anything', 'No. Our archivist records each donated deed with the county recorder herself, so nothing is needed from you.'), NONE),
  c('U1 beside T6: "k, then u record the plat at the county recorder, 970-555-0155" (v54 read it na)', said('surveyor finished the plat whats next', 'k, then u record the plat at the county recorder, 970-555-0155'), PASS),
];

export const u2: SessionCase[] = [
  // ---- U2 for: "Ask a Librarian" as the service's name, anywhere in the greeting, is no referral
  c('U2 for: "Hey there! Marcus here from Ask a Librarian Delaware."', greetedBy('Hey there! Marcus here from Ask a Librarian Delaware.'), some({ referral: 'na', greeting: 'pass' })),
  c('U2 for: "hi!! u\'ve reached ask a librarian, I\'m Theo at Brookfield library" (chat-speak)', greetedBy("hi!! u've reached ask a librarian, I'm Theo at Brookfield library"), NONE),
  c('U2 for: "Welcome to Maryland\'s Ask a Librarian! This is Kim at the Carroll branch."', greetedBy("Welcome to Maryland's Ask a Librarian! This is Kim at the Carroll branch."), some({ referral: 'na', greeting: 'pass' })),
  c('U2 for: "Good evening, Priya answering for Ask A Librarian tonight, Summit Public Library."', greetedBy('Good evening, Priya answering for Ask A Librarian tonight, Summit Public Library.'), NONE),
  c(
    'U2 for: "Hola, soy Ana, de Pregúntele a un Bibliotecario, Biblioteca de Marlow." (Spanish)',
    nearMissLines('Hola, soy Ana, de Pregúntele a un Bibliotecario, Biblioteca de Marlow.', { branch: '¿Qué formulario necesita?', branchReply: 'el del estado' }).said(
      'dónde consigo los formularios de impuestos',
      'Los formularios estatales están en revenue.example.gov/formularios.',
    ),
    NONE,
  ),
  // ---- U2 against: the patron told to ask a librarian somewhere; the service's name beside a real referral
  c('U2 against: "You can always ask a librarian at the county law library."', said('can u tell me if my lease is legal', 'Our chat can\'t give legal advice. You can always ask a librarian at the county law library.'), FAIL),
  c('U2 against: "Stop by any time and ask the librarian at the Eastside reference desk, 410-555-0133."', said('i need help with a genealogy site', 'Stop by any time and ask the librarian at the Eastside reference desk, 410-555-0133.'), PASS),
  c('U2 against: "next time u come in just ask a librarian at the front desk" (chat-speak, no contact)', said('how do i get a museum pass', 'they go fast! next time u come in just ask a librarian at the front desk'), FAIL),
  c(
    'U2 against: greeting "with the statewide Ask a Librarian service", then "ask a librarian at the Wake County law library, 919-555-0190"',
    greetedBy('Hi, Ivy with the statewide Ask a Librarian service.', 'For deed questions, ask a librarian at the Wake County law library, 919-555-0190.'),
    some({ referral: 'pass', greeting: 'pass' }),
  ),
];

export const u9: SessionCase[] = [
  // ---- U9 for: an N-1-1 line given as the number of the line named before it
  c('U9 for: "… contact Animal Services through the city non-emergency number, 311."', said('neighbors dog barks all night', 'For the barking dog, contact Animal Services through the city non-emergency number, 311.'), PASS),
  c('U9 for: "Call United Way\'s helpline, 211, and ask about rent help."', said('i am behind on rent', 'Call United Way\'s helpline, 211, and ask about rent help.'), PASS),
  c('U9 for: "Report the pothole to Public Works; their hotline is 311." (the number after the party)', said('huge pothole on my street', 'Report the pothole to Public Works; their hotline is 311.'), PASS),
  c('U9 for: "Llame a la línea de ayuda del condado, el 211." (Spanish)', es.said('necesito ayuda con la comida', 'Llame a la línea de ayuda del condado, el 211.'), PASS),
  // ---- U9 against: a number that is no phone; a phone that is another party's
  c('U9 against: "Take the number 411 bus to the Social Security office downtown and ask for a new card there." (a bus)', said('lost my social security card', 'Take the number 411 bus to the Social Security office downtown and ask for a new card there.'), FAIL),
  c('U9 against: "… the emergency line is 911. For the accident report, visit the Police Records Unit." (another party\'s line)', said('how do i get a copy of my accident report', 'If anyone is hurt, the emergency line is 911. For the accident report, visit the Police Records Unit.'), FAIL),
  c('U9 against (older, v10): "just call 311 and ask for Code Enforcement"', said('junk cars all over my neighbors yard', 'just call 311 and ask for Code Enforcement'), PASS),
];

export const u18: SessionCase[] = [
  // ---- U18 for: chat-speak "so" with no comma before the imperative
  c('U18 for: "the forms differ by county so just ask the county clerk" (no contact)', said('what form for a marriage license', 'the forms differ by county so just ask the county clerk'), FAIL),
  c('U18 for: "they close at noon on fridays so call the passport office at 410-555-0101 first"', said('can i get a passport on friday', 'they close at noon on fridays so call the passport office at 410-555-0101 first'), PASS),
  c('U18 for: "each school sets its own rules so talk to ur kids principal" (no contact)', said('can my kid skip the summer reading', 'each school sets its own rules so talk to ur kids principal'), FAIL),
  c('U18 for: "hours change by season so def email the park office at parks@example.org" ("def")', said('is the nature center open in winter', 'hours change by season so def email the park office at parks@example.org'), PASS),
  c('U18 for: "esto cambia cada año asi que llame a la oficina del tasador del condado" (Spanish, no contact)', es.said('cuánto es el impuesto de mi casa', 'esto cambia cada año asi que llame a la oficina del tasador del condado'), FAIL),
  // ---- U18 against: an acknowledgment before "so"; the provider's own act or no imperative after it; the comma's older reading
  c('U18 against: "k so visit times at the nursing home are 2 to 4 every day"', said('when can i see my aunt at the nursing home', 'k so visit times at the nursing home are 2 to 4 every day'), NONE),
  c('U18 against: "the archive doesnt answer email so we\'ll phone the county archivist for you on monday" (own act)', said('are the 1910 tax rolls online', 'the archive doesnt answer email so we\'ll phone the county archivist for you on monday'), NONE),
  c('U18 against: "the deadline passed so theres nothing the county clerk can do now" (no imperative)', said('can i still contest my property tax', 'the deadline passed so theres nothing the county clerk can do now'), NONE),
  c('U18 against (older): "rules vary by county, so call the county clerk at 252-555-0117"', said('do i need a permit for a yard sale', 'rules vary by county, so call the county clerk at 252-555-0117'), PASS),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'U1 for: "Usted registra la escritura en el Registro de la Propiedad del condado." (Spanish, no contact)':
    'referral.contact expected fail, got na (older: v54 the same): the procedure told to the patron ("usted registra … en el Registro de la Propiedad") sends them to an office, as U1\'s "you record the deed with the Register of Deeds"; U1 and T6 read English "record" only, so no referral is read in Spanish',
  'U2 against: "next time u come in just ask a librarian at the front desk" (chat-speak, no contact)':
    'referral.contact expected fail, got na (older: v54 the same): the patron is told to ask a librarian at the front desk (the library\'s own desk, contacted by the patron: RUBRIC Terms, Referral), with no way to reach it; the lead-in "next time u come in just" is read by no lead-in (bare "just ask a librarian at the front desk" is read and fails), so not U2\'s service name',
  'U2 against: greeting "with the statewide Ask a Librarian service", then "ask a librarian at the Wake County law library, 919-555-0190"':
    'referral.contact expected pass, got na (older: v54 the same): "For deed questions, ask a librarian at the Wake County law library, 919-555-0190" sends the patron to another library, with its phone; "ask a librarian" opening the clause is read as the service\'s name by v7 / v10 (with or without the greeting: "Ask a librarian at the Wake County law library, 919-555-0190." alone is na too), not by U2; "ask the reference staff at …" is read and passes',
};

describe('sixty-first round: block U checked blind a second time, both ways', () => {
  for (const [t, cs] of [['U1', u1], ['U2', u2], ['U9', u9], ['U18', u18]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
