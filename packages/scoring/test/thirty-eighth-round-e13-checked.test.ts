/**
 * Thirty-eighth round (E13), a narrowing wave: v38's block G13 (health information and health insurance), merged with no wave
 * after it: its "without talking to your doctor" prohibition (referralOnesToAsk, English and Spanish), "see a dentist / your
 * PCP" and Spanish dialling (referralVerb), health providers and Spanish help lines as parties (referralParty), 988 after
 * Spanish "llame / marque … al" (phone), insurers', programmes' and clinics' people who "will call you" (notPromise) and
 * "we're closing soon anyway" (dismissalConvenience): both ways, what they read that is not their behaviour, and what they skip
 * that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, non-native, chat-speak, terse, warm, scripted) and
 * Spanish (Mexican "háblele al", Southern Cone "igual"), inside and OUTSIDE health chats:
 *  "without talking to": other professionals ("Don't sign the lease without talking to a lawyer", "… without checking with
 *   your tax preparer", "never cash out a 401(k) without speaking with a financial advisor", British "without first speaking
 *   to an independent financial adviser", "without calling your accountant", "without talking to a HUD counselor", "never
 *   file an amended return w/o checking w/ a CPA", chat-speak "w/o talking to ur doc / ur dr", non-native "without ask her
 *   doctor"; "No firme nada sin consultar a un abogado", "sin hablar con su contador", "sin consultar con una abogada");
 *   near misses: a memoir's, a novel's and a biography's habit ("the author never made a decision without asking her
 *   doctor", "the heroine never operates without consulting the chief physician", "Ada never signed a contract without asking
 *   her lawyer"), what can be done without one ("you can renew without talking to anyone", "you can file without talking to
 *   an accountant", "Puede declarar sin hablar con un contador"), "without checking your doc for typos" (a document), "without
 *   talking to your kids"; advice after "and" ("…, and never double a dose without asking your pharmacist");
 *  "see": "see a tax preparer", "see an accountant who knows trusts", "see a CPA", "see your financial planner", "see a
 *   physiotherapist", "u should see a doc asap", "vaya a ver a un dentista"; near misses: the titles "Going to See the
 *   Dentist" and "When Should I See a Doctor?", a plot ("Lola goes to see the dentist"), "you'll see the dentists listed by
 *   county", "you'll see the therapist's name on the claim form", "See the tax preparer's checklist at …", "See a doc called
 *   Printing From Your Phone at …", "The doctor will see you at 3";
 *  parties: "call your internet / cable / phone provider", "ask your childcare provider", "contact your insurance provider";
 *   near misses: "Compare internet providers at …", "Visit the internet provider map at …";
 *  988: "háblele al 988", "Hable al 988 a cualquier hora"; near misses: a street ("queda al 988 de Main Street"), a price ("el
 *   precio bajó al 988 por caja", "el deducible pasó de 1500 al 988"), a page ("la página 988 de su póliza", "on page 988"), a
 *   suite ("suite 988");
 *  promises: insurers by name and outside places ("CareFirst will mail you a new card", "Kaiser will call you", "Blue Cross
 *   Blue Shield will email you", "Aetna will send you", "Humana's pharmacy will mail you", "the urgent care will text you",
 *   "the imaging center / the radiology department will call you", "ur doc will call u", "Your insurer will send you an EOB",
 *   "the specialist's office will call you"; "Medicaid le enviará una tarjeta", "su seguro le mandará una carta", "su
 *   aseguradora le enviará", "el hospital le llamará", "Su médico le llamará", "la farmacia le avisará"); the library's own
 *   ("The library's (health insurance) navigator will call you", "The branch's SHIP counselor", "The library's Medicare
 *   counselor", "The library's health clinic", "the library's tax volunteers will txt u", "la navegadora de la biblioteca le
 *   llamará", "…, and our nurse will email you the handout today"); the provider's own beside ("CareFirst will mail you a
 *   card, and I'll email you …", "El hospital le llamará, y yo le escribo mañana"); near misses: "The library's hours are
 *   short so the navigator will call you", "Kaiser will call you …, and our guide to mammograms is at …";
 *  closing: "We're shutting in 5 anyway. Bye.", "we close in like 5 min anyways lol bye", "The library closes in ten minutes
 *   anyway, so I'm logging off", "It's almost / nearly closing time anyway", "we're shutting up shop anyway, cheers", "we're
 *   shutting in 10 anyhow, bye", "De todos modos ya vamos a cerrar. Adiós.", "Ya estamos por cerrar de todas formas, adiós",
 *   "Bueno, de todas maneras ya cerramos. Chao.", "Igual ya vamos a cerrar, adiós"; near misses: with a way back ("…, but the
 *   24/7 chat at askusnow.info is always open", "we close in 5 anyway, but chat us again tomorrow at askus.org", "Anyway, the
 *   library is closing soon, so here is the SHIP number"), another place closed ("the Elm Street library is closed now anyway
 *   for renovation", "The pharmacy is closing soon anyway, so call them first thing tomorrow"), "anyway" in ordinary sentences
 *   ("Anyway, we close at 8, and …", "We close at 9 anyway, so there is time …", "De todos modos, le recomiendo llamar …", "De
 *   todos modos, cerramos a las 8, así que …").
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms, Referral: "telling the patron to contact or visit a person or
 * organisation outside the chat"; info.source; Follow-up session: "someone from your library will contact you";
 * closing.no_dismissal: "ends the help for the provider's convenience without offering a way back"), decided before the
 * scorer ran. Readings taken where the text leaves room:
 * - G13's reading of "don't … without talking to your doctor" (a referral) holds for any professional one would contact (a
 *   lawyer, an accountant, a tax preparer, a financial adviser, a counselor); a character's or an author's habit ("she never
 *   … without asking her doctor") tells the patron nothing; "never" is advice at the clause's start or after should / must /
 *   please / and / but / so / you;
 * - "see a tax preparer / an accountant / a physiotherapist / a doc" is a visit to a person, as v1's "see a doctor"; a
 *   professional's checklist, form or page is a source;
 * - the provider of a service the patron already has (internet, cable, phone, childcare, insurance) is a party, as G13's
 *   primary care provider;
 * - "hable / háblele al 988" (Mexican Spanish "to call") gives a number to call, as "llame al 988"; a sum, a page or a suite
 *   988 does not;
 * - an insurer by name, its pharmacy, an urgent care, an imaging centre or the patron's own doctor who will contact the patron
 *   makes no promise of the provider's (G13's reading); the library's or branch's own navigator, counselor, clinic, nurse or
 *   volunteers are "someone from your library" (a promise, as E9 and E12 read G11's and G12's);
 * - the closing given as the reason to stop, in any words ("we're shutting in 5 anyway", "de todos modos ya vamos a cerrar"),
 *   ends the help for the provider's convenience; a closing said with a way back, of another place, or with the answer going on
 *   is none;
 * - "the state manual" is a guide named (a source), as E12 read "the volunteer handbook".
 *
 * Written: 105 cases, all labelled before running: a first batch of 3 whole sessions and 56 short cases; 18 near misses and
 * behaviour cases of the fixes (`guards`) with a second batch of a whole session and 14 short cases probing E13's own words;
 * a third batch of 9 short cases on the brief's other shapes; 4 guards written after (the imperative form of a LEFT case, and
 * near misses for fixes the earlier guards did not bind: "See a doc called …", "…, and our guide … is at …", "ur dr first").
 * Run: 101 (4 whole); LEFT: 4.
 *
 * First run (59 cases): 37 disagreed. By check:
 *  - referral.contact 17: the prohibition with a lawyer, tax preparer, financial adviser, accountant, "ur doc" and Spanish
 *    abogado / contador (8, the IRA session included) not read; the memoir's and the novel's "never … without" read (2); "see a
 *    tax preparer / an accountant / a doc / a physiotherapist" not read (4); internet and childcare providers no party (2, the
 *    childcare one LEFT); "háblele al 988" not read (also info.source);
 *  - info.source 2 more: "el precio bajó al 988 por caja" read as a phone; "in the state manual … page 988" (my label:
 *    corrected, the manual is a guide named);
 *  - followup.contact / resolution.code 11: CareFirst, Kaiser, Blue Cross Blue Shield, the urgent care, the imaging center,
 *    "su seguro le mandará", "el hospital le llamará", "Medicaid le enviará" (whole session) read as the provider's promises;
 *    "The library's (health insurance) navigator" (whole session) and "The branch's SHIP counselor" read as no promise;
 *  - closing.no_dismissal 7: "shutting in 5 anyway", "we close in like 5 min anyways", "almost closing time anyway", "shutting
 *    up shop anyway", "de todos modos ya vamos a cerrar", "estamos por cerrar de todas formas" not read; "the Elm Street
 *    library is closed now anyway for renovation" read as a dismissal.
 * Second run (guards and the second batch, 33): 5 disagreed: "See the tax preparer's checklist" (fixed), "without talking to a
 * HUD counselor" (fixed), "Igual ya vamos a cerrar" (fixed), "you can file without talking to an accountant" and "You usually
 * need to call your cable provider" (both LEFT: v38 reads them the same). Third run (9): 4 disagreed: "…, and our nurse will
 * email you", "ur doc will call u", "Humana's pharmacy will mail you" (fixed), "ur dr. that help?" (LEFT).
 * My labels corrected: 1 of 105 (the state manual).
 *
 * Fixed in block E13 (v39 phrase families only, no setting; near misses in `guards`, each checked to fail with its fix made too
 * wide, then restored):
 *  - referralOnesToAsk (swap of G13's English alternative): `PROFESSIONAL_E13` after "without talking to …": lawyers,
 *    attorneys, solicitors, accountants, CPAs, tax / financial / legal preparers, professionals, planners, consultants,
 *    advisers, counselors, and "doc / dr" only right after to / with / asking / calling / consulting [near miss: "Don't send
 *    the form without checking your doc for typos" fails with "doc" anywhere]; "never" only at the clause's start or after
 *    should / must / please / and / but / so / then / just / would / you / we / i / to [near misses: the memoir, the novel and
 *    Ada's biography fail with "never" anywhere]; (swap of the Spanish one) `PROFESIONAL_E13`: abogado, contador, asesor
 *    fiscal / financiero / legal / de impuestos, preparador de impuestos [near miss: "Puede declarar sin hablar con un
 *    contador" (no "no", G13's own test)];
 *  - referralVerb (swap of G13's "see"): accountants, CPAs, tax / financial preparers, professionals, pros, advisers and
 *    planners, physiotherapists, physios,
 *    chiropractors, allergists, neurologists, orthopedists, gynecologists, urologists, and "a / ur / your doc" not before a
 *    document's words (i, we, that, for, with, of, called, titled, link, file, shared …); the exclusions also checklist(s),
 *    form(s), instructions, tips, handout(s), worksheet(s) [near misses: "See the tax preparer's checklist at …" fails without
 *    them; "See a doc called Printing From Your Phone at …" fails only with both this and referralParty's doc exclusions
 *    taken off]; (swap of G13's Spanish dialling) "hable / háblele / hablen / háblenle / háblale / hablarle" before "al" and a
 *    number;
 *  - referralParty (plus): the professionals "see" adds that older parties lack, and "doc" as above; the providers of other
 *    services (internet, cable, phone, cell, mobile, wireless, broadband, TV, satellite, childcare, day care, home care, home
 *    health, hospice, dental, vision, utility, energy, electric, gas, water), not their lists, maps, pages or finders [near
 *    miss: "Visit the internet provider map at broadbandmap.fcc.gov" fails without the exclusions];
 *  - phone (swap of G13's 988): after "hable / háblele … al" too; not after a price word or a number before "al" (precio,
 *    costo, cuota, prima, deducible, copago, pago, factura, monto, total, bajó, subió, aumentó, "de 1200 al 988") nor before
 *    "por / pesos / dólares / al mes / mensuales / cada" [near miss: "el precio del genérico bajó al 988 por caja" fails
 *    without it];
 *  - notPromise (swap of G13's health alternative): `INSURER_E13` by name (CareFirst, Kaiser, Blue Cross (Blue Shield), BCBS,
 *    Aetna, Cigna, Humana, UnitedHealthcare, UHC, Amerigroup, Anthem, Priority Partners, Maryland Physicians Care, MedStar
 *    Family Choice, Jai Medical, Tricare, Molina, WellCare …); `HEALTH_PLACE_E13` (urgent care, imaging center, radiology)
 *    and doc / dr after "the / your" as G13's kinds, which may also follow an insurer's possessive ("Humana's pharmacy"); not
 *    one to three words after "library's / branch's" [near miss: "The library's hours are short so the navigator will call you"
 *    fails with the gap widened to eight words]; not with "our <one to three words> will call / email / send …" later in the
 *    sentence [near miss: "…, and our guide to mammograms is at …" fails with "our" alone]; (plus) the Spanish health
 *    parties (Medicaid, Medicare, Maryland Health Connection, the insurers, "su / el seguro (médico)", aseguradora, plan de
 *    salud, hospital, consultorio, laboratorio, farmacia, "su / el médico / doctora / dentista / pediatra / especialista",
 *    navegadora) before "le llamará / enviará / mandará / avisará …", not "de la biblioteca / sucursal", not with the
 *    provider's own "yo / le escribo …" in the sentence or "nuestro / mi" before [near miss: "El hospital le llamará, y yo le
 *    escribo mañana" fails without the own-promise test];
 *  - dismissalConvenience (swap of G13's "anyway"): anyway / anyhow / regardless after "we're / we are … closing / closed /
 *    shutting (down / up shop) / about to shut", "we close / shut", "the library / branch closes / shuts", "it's (almost /
 *    nearly) closing time", with "soon / shortly / now / in (like) 5 (min)"; the library or branch only after the / our / this
 *    / so / and / but or at the clause's start [near miss: "the Elm Street library is closed now anyway for renovation" fails
 *    without it]; (plus) "de todos modos / de todas formas / maneras / de cualquier forma" before or after "(ya) vamos a
 *    cerrar / estamos por cerrar / ya cerramos / la biblioteca cierra …" ending the clause [near miss: "De todos modos,
 *    cerramos a las 8, así que …" fails when the clause need not end], and "igual" opening it.
 * Not changed: G13's health professionals and Spanish help lines as parties, its "no … sin consultar" frame, its Spanish street
 * exclusion after 988, its "our / my / I'll" exclusions (every case of them scored as labelled).
 *
 * Left (4): "Apply at <URL>; ask your childcare provider …" (the sentence's URL is lent to the party: referral.ts attaches any
 * contact of the sentence, as G14's LEFT); "you can file without talking to an accountant: … irs.gov/freefile" (v38 reads it
 * the same: the "you can" frame of older "talking to" readings); "You usually need to call your cable provider" (v38 reads
 * "need to call your internet provider" the same); "… w/o talking to ur dr. that help?" ("dr." read as the title's
 * abbreviation, so the sentence runs into the question: text.ts's sentence splitting).
 * Final run: this file, rubric.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file, and the files that
 * hold a fix's words (`grep -li` of anyway, without talking / checking / speaking / asking / consulting, todos modos / todas
 * formas, 988, will call / mail / email / send you, le llamará / enviará / mandará, internet / cable / childcare / phone
 * provider, see a / see an / see your, hable al / háblele, closing time / shutting: 195 files, 19,044 tests): all passed.
 * v39's fingerprint after block E13: c6e8366f56f137a5.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one } from './narrowing-lines';

/** A Spanish session: the question, a Spanish greeting that asks the county, the reply, `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** An answered Medicare question, then the patron's second question and the provider's last message `text` (a dismissal or not). */
const last = (text: string): Line[] => [
  ...OPEN('my dad turns 65 soon, how do medicare plans work', 'Hi, Jo here at Ask a Librarian. Is he still working with insurance through his job?', 'no hes retired'),
  L("Medicare's Plan Finder at medicare.gov/plan-compare compares the plans. Does that help?"),
  [100, 'p', 'kind of, what about medigap plans'],
  [110, 'l', text],
];
/** The same in Spanish. */
const ultimo = (text: string): Line[] => [
  ...OPEN('mi papa cumple 65, como funciona medicare', 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿Su papá todavía trabaja?', 'no, ya se jubilo'),
  L('El buscador de planes de Medicare está en es.medicare.gov/plan-compare. ¿Le sirve?'),
  [100, 'p', 'mas o menos, y los planes medigap?'],
  [110, 'l', text],
];

export const whole: SessionCase[] = [
  {
    name: 'an inherited IRA, terse: IRS Publication 590-B at irs.gov, "Please don\'t cash it out without talking to a tax preparer" (a professional, no contact)',
    lines: [
      [0, 'p', 'my aunt left me her IRA, do i pay tax if i take it all out'],
      [20, 'l', 'Hi, Sam here, librarian at Sample County Library. Are you her spouse, or another relative?'],
      [55, 'p', 'niece'],
      [100, 'l', "The rules for inherited IRAs are in IRS Publication 590-B at irs.gov/pub590b; as a niece you usually have 10 years to empty it, and what you take out is taxed as income that year. Please don't cash it all out without talking to a tax preparer first. Is that what you were looking for?"],
      [140, 'p', "yes that's all i needed, thanks"],
      [150, 'l', 'Good luck, and thanks for chatting!'],
    ],
    // referral: "don't … without talking to a tax preparer" tells the patron to contact one (G13's reading of the doctor), no
    // way to reach one given; source: the publication and its URL; clarify: "Are you her spouse …?" shapes the answer
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a lost Medicaid card: "Medicaid le enviará una tarjeta nueva por correo" (the programme\'s mail, no promise of the provider\'s)',
    lines: [
      [0, 'p', 'hola perdi mi tarjeta de medicaid, que hago?'],
      [20, 'l', 'Hola, soy Lucía, bibliotecaria de Sample County Library. ¿Su cobertura es por Maryland Health Connection?'],
      [60, 'p', 'si'],
      [100, 'l', 'Puede pedir una tarjeta nueva en marylandhealthconnection.gov, en "Mi cuenta", o llamando al 1-855-642-8572. Medicaid le enviará una tarjeta nueva por correo en unas dos semanas. ¿Le sirve esta información?'],
      [150, 'p', 'si, eso es todo, muchas gracias'],
      [160, 'l', '¡De nada! Que le vaya bien, adiós.'],
    ],
    // no follow-up: Medicaid's mail is the programme's, not the provider's promise (G13's reading in English); referral: "llamando
    // al 1-855-…" is Maryland Health Connection's line with its number (a referral with a contact); source: the URL and the phone
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'warm, a Medicare question: "The library\'s health insurance navigator will call you Thursday" (the library\'s own: a promise), the phone read back, coded Answered',
    lines: [
      [0, 'p', 'Hello, I am turning 65 in May and I do not understand Medicare Advantage versus Medigap at all.'],
      [25, 'l', "Hello and welcome! I'm Priya, a librarian at Sample County Library. Do you already have Part A and Part B?"],
      [70, 'p', 'I signed up for A only'],
      [120, 'l', "Medicare's official handbook, Medicare & You, explains both at medicare.gov/medicare-and-you. The library's health insurance navigator will call you Thursday to go over the two with you. What's the best number for her to reach you?"],
      [160, 'p', '410-555-0143'],
      [170, 'l', 'Thank you, that is 410-555-0143. She will call on Thursday afternoon. Is there anything else I can help with?'],
      [200, 'p', 'no, that is all, thank you so much'],
      [210, 'l', 'You are very welcome. Take care, goodbye!'],
    ],
    // a follow-up session by promise: the library's own navigator is "someone from your library will contact you"; contact: the
    // phone given and repeated, "Thursday afternoon"; code: Answered for a promised follow-up fails; on time: not recorded, the
    // deadline (72 h) not passed a day later: pending; completeness: never asked whether it met the need (only "anything else")
    exp: usual({ complete: 'fail', contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- referralOnesToAsk: a prohibition "without talking to" another professional (behaviour: a referral, no contact) ----
  { name: 'ones-to-ask: "Don\'t sign the lease without talking to a lawyer" : referral fails', lines: one('my landlord wants me to sign a new lease with a no-pets clause', "Don't sign the new lease without talking to a lawyer; the clause may not be enforceable. MD's tenant guide is at peoples-law.org/tenants. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: "Don\'t file the amended return without checking with your tax preparer" : referral fails', lines: one('i forgot a w2, what do i do', "Use Form 1040-X (irs.gov/form1040x). Don't file the amended return without checking with your tax preparer. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: "You should never cash out a 401(k) without speaking with a financial advisor" : referral fails', lines: one('can i cash out my 401k when i quit', 'Yes, but there is usually a 10% penalty before 59½ (irs.gov/retirement-plans). You should never cash out a 401(k) without speaking with a financial advisor. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: British, "Please don\'t draw down your pension without first speaking to an independent financial adviser" : referral fails', lines: one('can I take my pension as a lump sum at 55', "Usually yes, and 25% is tax-free; MoneyHelper explains it at moneyhelper.org.uk/pensions. Please don't draw it down without first speaking to an independent financial adviser. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: "Don\'t pay the bill without calling your accountant" : referral fails', lines: one('the irs sent me a letter saying i owe 2000', "The IRS explains its notices at irs.gov/individuals/understanding-your-irs-notice-or-letter. Don't pay it without calling your accountant first. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: chat-speak, "dont stop the meds w/o talking to ur doc" : referral fails', lines: one('can i stop my blood pressure pills if i feel fine', 'medlineplus has it at medlineplus.gov/highbloodpressure.html. but dont stop the meds w/o talking to ur doc first. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: Spanish, "No firme nada sin consultar a un abogado" : referral fails', lines: es('mi casero me quiere hacer firmar un papel nuevo', 'La guía para inquilinos está en peoples-law.org/es. No firme nada sin consultar a un abogado. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: Spanish, "no presente la declaración sin hablar con su contador" : referral fails', lines: es('me olvide un formulario w2', 'Se corrige con el Formulario 1040-X (irs.gov/es/forms-pubs/about-form-1040x). Pero no presente la declaración corregida sin hablar con su contador. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'ones-to-ask: non-native, "please not change the dose without ask your doctor first" : referral fails', lines: one('my mother take warfarin, can she eat spinach', 'The leaflet is at medlineplus.gov/druginfo/meds/a682277.html. Vitamin K foods change how it works, so please she should not change the diet without ask her doctor first. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // ---- referralOnesToAsk near misses: no one the patron is told to contact ----
  { name: 'ones-to-ask near miss: a memoir, "the author never made a decision without asking her doctor" (a plot) : referral na', lines: one('a memoir about living with lupus', 'Try "Sick Girl Speaks" in our catalog at samplelibrary.org; the author never made a decision without asking her doctor, and writes about learning to. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ones-to-ask near miss: a novel, "the heroine never operates without consulting the chief physician" : referral na', lines: one('a medical drama novel for my book club', 'Try "The Surgeon" in our catalog at samplelibrary.org; the heroine never operates without consulting the chief physician, which drives the plot. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ones-to-ask near miss: "You can renew without talking to anyone: log in at samplelibrary.org" : referral na', lines: one('do i have to call to renew my books', 'No, you can renew without talking to anyone: log in at samplelibrary.org/account. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ones-to-ask near miss: "Don\'t start the challenge without talking to your kids about their goals" (not a party) : referral na', lines: one('how does the summer reading challenge work', "Sign up at samplelibrary.org/summer. Don't start the challenge without talking to your kids about their reading goals. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- referralVerb "see …": other professionals and chat-speak (behaviour: a referral, no contact) ----
  { name: 'see: "You should see a tax preparer before April" : referral fails', lines: one('i sold my rental house this year, what tax do i owe', 'Capital gains on rental property are explained in IRS Publication 544 at irs.gov/pub544. You should see a tax preparer before April, since depreciation is recaptured. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'see: "see an accountant who knows trusts" : referral fails', lines: one('how do i file taxes for my dads trust', 'Form 1041 is the trust return (irs.gov/forms-pubs/about-form-1041). For a first year, see an accountant who knows trusts. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'see: chat-speak, "u should see a doc asap" : referral fails', lines: one('my cough has been going 3 weeks', 'medlineplus has a page at medlineplus.gov/cough.html but 3 weeks is long, u should see a doc asap. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'see: British, "it\'s worth seeing a physio" / "see a physiotherapist" : referral fails', lines: one('my knee hurts after running, any books', "The NHS page at nhs.uk/conditions/knee-pain covers it; if it lasts more than a fortnight, see a physiotherapist. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'see: Spanish, "vaya a ver a un dentista lo antes posible" : referral fails', lines: es('a mi hijo se le hincho la encia', 'MedlinePlus lo explica en medlineplus.gov/spanish/toothdisorders.html. Vaya a ver a un dentista lo antes posible. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // ---- referralVerb "see …" near misses: a title, a plot, a list, a name on a card, a question ----
  { name: 'see near miss: the picture book "Going to See the Dentist" (a title) : referral na', lines: one('my son is scared of the dentist, any books', 'Try the picture book "Going to See the Dentist" by Anne Civardi, in our catalog at samplelibrary.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'see near miss: a plot, "Lola goes to see the dentist and learns to brush" : referral na', lines: one('a picture book about brushing teeth', '"Lola at the Dentist" is in our catalog at samplelibrary.org; Lola goes to see the dentist and learns to brush. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'see near miss: "you\'ll see the dentists listed by county" (a list on a page) : referral na', lines: one('dentists that take medicaid for kids', 'On insurekidsnow.gov/find-a-dentist you\'ll see the dentists listed by county. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'see near miss: "you\'ll see the therapist\'s name on the claim form" : referral na', lines: one('how do i send a claim for my therapy', 'The claim form is at carefirst.com/forms; you\'ll see the therapist\'s name and NPI on the second page. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- referralParty: providers of other things (behaviour: a party, no contact) ----
  { name: 'party: "Call your internet provider about the outage" : referral fails', lines: one('my home wifi keeps dropping and i cant get into my library account', 'The account page is samplelibrary.org/account. For the dropping wifi, call your internet provider. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'party: "contact your insurance provider before you book" : referral fails', lines: one('does insurance cover a sleep study', 'Usually with a referral; contact your insurance provider before you book. The AASM explains it at sleepeducation.org. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'party near miss: "Compare internet providers at broadbandmap.fcc.gov" (a page) : referral na', lines: one('who has internet at my address', 'Compare internet providers at broadbandmap.fcc.gov by typing your address. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- phone: 988 in Spanish (behaviour: a number) and near misses ----
  { name: '988: Mexican Spanish, "háblele al 988" (to call) : referral and source pass', lines: es('mi hermano dice que ya no quiere vivir', 'Si él está en crisis, háblele al 988, la línea de crisis, a cualquier hora. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '988 near miss: Spanish, "queda al 988 de Main Street" (a street number) : source fails', lines: es('donde hay una clinica sin seguro', 'Llame a la clínica Mary\'s Center; queda al 988 de Main Street, en Silver Spring. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: '988 near miss: Spanish, "llame a la farmacia; el precio bajó al 988" (a price) : source fails', lines: es('la insulina esta muy cara', 'Llame a la farmacia, porque el precio del genérico bajó al 988 por caja en otras tiendas. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  // (labelled "source fails" first; corrected: "the state manual" is a guide named, a source, as E12 read "the volunteer
  // handbook"; the page number is no phone either way: see the second batch's "suite 988")
  { name: '988 near miss: "Call the clinic; in the state manual the form is on page 988" (a manual named) : source passes', lines: one('where is the medicaid dental form', 'Call the clinic and ask; in the state manual the form is on page 988. Does that help?'), exp: some({ source: 'pass' }) },

  // ---- notPromise: outside insurers and clinics who will contact the patron (near misses: no promise of the provider's) ----
  { name: 'promise near miss: "CareFirst will mail you a new card in 7 to 10 days" : contact na', lines: one('i lost my insurance card', 'Order one at carefirst.com/myaccount; CareFirst will mail you a new card in 7 to 10 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "Kaiser will call you to schedule the mammogram" : contact na', lines: one('how do i get a mammogram', 'Request it at kp.org/appointments; Kaiser will call you to schedule the mammogram. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "Your insurer will send you an Explanation of Benefits" : contact na', lines: one('how do i know what insurance paid', 'Your insurer will send you an Explanation of Benefits after each claim; the CFPB explains them at consumerfinance.gov. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "Blue Cross Blue Shield will email you the decision" : contact na', lines: one('how long does a prior authorization take', 'Usually up to 15 days; Blue Cross Blue Shield will email you the decision. Their guide is at bcbs.com/prior-auth. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "The urgent care will text you when a room is ready" : contact na', lines: one('is there an urgent care with online check in', 'Check in at patientfirst.com; the urgent care will text you when a room is ready. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "The specialist\'s office will call you with a date" : contact na', lines: one('how long to see a cardiologist', 'Once your doctor sends the referral, the specialist\'s office will call you with a date; wait times are listed at medicare.gov/care-compare. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: "the imaging center will call you to book" : contact na', lines: one('how do i get the mri my doctor ordered', 'Your doctor sends the order and the imaging center will call you to book; RadiologyInfo explains MRIs at radiologyinfo.org. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: chat-speak, "ur insurance will txt u a code" : contact na', lines: one('cant log into my health plan app', 'reset it at uhc.com/login, ur insurance will txt u a code. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: Spanish, "su seguro le mandará una carta" : contact na', lines: es('me negaron un reclamo', 'Puede apelar en healthcare.gov/es/appeals; su seguro le mandará una carta con la decisión. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: Spanish, "el hospital le llamará para la cita" : contact na', lines: es('como consigo la cirugia de catarata', 'Su médico envía la orden y el hospital le llamará para la cita; MedlinePlus lo explica en medlineplus.gov/spanish/cataract.html. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise near miss: Spanish, "la farmacia le avisará cuando esté listo" : contact na', lines: es('como pido mas pastillas', 'Pida el resurtido en cvs.com/espanol; la farmacia le avisará cuando esté listo. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- notPromise: the library's own health people (behaviour: a promise; no contact or time confirmed) ----
  { name: 'promise: "The library\'s navigator will call you" (the library\'s own) : contact fails, code fails', lines: one('i need help signing up for a health plan', "The library's navigator will call you this week to help you enroll. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise: "The branch\'s SHIP counselor will call you tomorrow" : contact fails, code fails', lines: one('my medicare drug plan doubled its price', "The branch's SHIP counselor will call you tomorrow to compare plans. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise: "The library\'s health clinic will email you a time slot" : contact fails, code fails', lines: one('can someone check my blood pressure', "The library's health clinic will email you a time slot for the nurse visit. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },

  // ---- dismissalConvenience: the closing as the reason to stop (behaviour: a dismissal, no way back) ----
  { name: 'closing: "We\'re shutting in 5 anyway. Bye." : dismissal fails', lines: last("We're shutting in 5 anyway. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: chat-speak, "we close in like 5 min anyways lol bye" : dismissal fails', lines: last('we close in like 5 min anyways lol bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: "The library closes in ten minutes anyway, so I\'m logging off." : dismissal fails', lines: last("The library closes in ten minutes anyway, so I'm logging off."), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: "It\'s almost closing time anyway. Goodbye." : dismissal fails', lines: last("It's almost closing time anyway. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: British, "We\'re shutting up shop anyway, cheers" : dismissal fails', lines: last("Sorry, we're shutting up shop anyway, cheers."), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: Spanish, "De todos modos ya vamos a cerrar. Adiós." : dismissal fails', lines: ultimo('De todos modos ya vamos a cerrar. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'closing: Spanish, "Ya estamos por cerrar de todas formas, adiós" : dismissal fails', lines: ultimo('Ya estamos por cerrar de todas formas, adiós'), exp: some({ dismissal: 'fail' }) },
  // ---- near misses: "anyway" and closing with a way back, or not the provider's help ending ----
  { name: 'closing near miss: "We\'re closing soon anyway, but the 24/7 chat at askusnow.info is always open" : dismissal passes', lines: last("We're closing soon anyway, but the 24/7 chat at askusnow.info is always open, so ask there any time."), exp: some({ dismissal: 'pass' }) },
  { name: 'closing near miss: "the Elm Street library is closed now anyway for renovation, so use Central" : dismissal passes', lines: last('Medigap is explained at medicare.gov/supplements-other-insurance. The Elm Street library is closed now anyway for renovation, so pick up the printed guide at Central. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'closing near miss: "Anyway, we close at 8, and your book is on the hold shelf" : dismissal passes', lines: last('Medigap plans are at medicare.gov/supplements-other-insurance. Anyway, we close at 8, and the Medigap guide is on the hold shelf for you. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'closing near miss: Spanish, "De todos modos, le recomiendo llamar al SHIP al 1-800-243-3425" : dismissal passes', lines: ultimo('De todos modos, le recomiendo llamar al programa SHIP al 1-800-243-3425; le explican los planes Medigap gratis. ¿Le sirve?'), exp: some({ dismissal: 'pass' }) },
  { name: 'closing near miss: "The pharmacy is closing soon anyway, so call them first thing tomorrow" : dismissal passes', lines: last('Medigap is at medicare.gov/supplements-other-insurance. The pharmacy is closing soon anyway, so call them first thing tomorrow about his refill. Does that help?'), exp: some({ dismissal: 'pass' }) },
];

/** Near misses of the fixes: text each fix must not read, and text it still must. */
export const guards: SessionCase[] = [
  // referralOnesToAsk: the professionals only after a prohibition; "doc" only after to / with; "never" only as advice
  { name: 'guard without: "Don\'t send the form without checking your doc for typos" (a document) : referral na', lines: one('how do i submit my scholarship essay', "Upload it at samplecollege.edu/scholarships. Don't send the form without checking your doc for typos. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard without: a biography, "Ada never signed a contract without asking her lawyer" (a habit) : referral na', lines: one('a biography of ada lovelace', 'Try "Ada\'s Algorithm" in our catalog at samplelibrary.org; Ada never signed a contract without asking her lawyer, it says. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard without: "Take it with food, and never double a dose without asking your pharmacist" (advice after "and") : referral fails', lines: one('i missed a dose of my antibiotic', 'MedlinePlus covers it at medlineplus.gov/druginformation.html. Take the next one with food, and never double a dose without asking your pharmacist. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'guard without: Spanish, "Puede declarar sin hablar con un contador, en irs.gov/es/freefile" (no "no") : referral na', lines: es('necesito un contador para declarar?', 'Puede declarar sin hablar con un contador, gratis, en irs.gov/es/freefile. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // referralVerb "see": the professionals' pages, and "doc" as a document
  { name: 'guard see: "See the tax preparer\'s checklist at irs.gov/…" (a page) : referral na', lines: one('what do i bring to get my taxes done', "See the tax preparer's checklist at irs.gov/individuals/checklist-for-free-tax-return-preparation. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard see: "you\'ll see a doc with the steps at samplelibrary.org/help" (a document) : referral na', lines: one('how do i print from my phone', "Open samplelibrary.org/help and you'll see a doc with the steps for phones. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard see: "See a doc called Printing From Your Phone at samplelibrary.org/help" (a document) : referral na', lines: one('how do i print from my phone', 'See a doc called Printing From Your Phone at samplelibrary.org/help. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // referralParty: another service's provider, not its map or list
  { name: 'guard party: "Visit the internet provider map at broadbandmap.fcc.gov" (a page) : referral na', lines: one('who has internet at my address', 'Visit the internet provider map at broadbandmap.fcc.gov and type your address. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // (the imperative form of the LEFT case "You usually need to call your cable provider …", written after the first run of the guards)
  { name: 'guard party: "Call your cable provider to swap the box" : referral fails', lines: one('how do i return my old cable box', 'Call your cable provider to swap the box. Does that help?'), exp: some({ referral: 'fail' }) },
  // phone: 988 after "hable", not as a sum
  { name: 'guard 988: Spanish, "el deducible pasó de 1500 al 988" (a sum) : source fails', lines: es('mi seguro cambio el deducible', 'Llame a su seguro para confirmarlo, porque el deducible pasó de 1500 al 988 este año. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: 'guard 988: Spanish, "Hable al 988 a cualquier hora" : referral and source pass', lines: es('mi hija esta muy deprimida', 'Hable al 988 a cualquier hora; la línea de crisis atiende en español. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // notPromise: the library's own up to three words before; the provider's own promise beside an insurer
  { name: 'guard promise: "The library\'s hours are short so the navigator will call you at home" (the navigator\'s) : contact na', lines: one('i need help signing up for a health plan', "Start at marylandhealthconnection.gov. The library's hours are short so the navigator will call you at home. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard promise: "CareFirst will mail you a card, and I\'ll email you the dentist list by Friday" : contact fails, code fails', lines: one('i need a dentist in my plan', "CareFirst will mail you a card, and I'll email you the dentist list by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard promise: Spanish, "El hospital le llamará, y yo le escribo mañana con la lista" : contact fails, code fails', lines: es('necesito una cirugia', 'El hospital le llamará, y yo le escribo mañana con la lista de clínicas. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard promise: Spanish, "la navegadora de la biblioteca le llamará el jueves" (the library\'s own) : contact fails, code fails', lines: es('necesito ayuda con el seguro medico', 'La navegadora de la biblioteca le llamará el jueves para ayudarle con la solicitud. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard promise: "Kaiser will call you to schedule; our guide to mammograms is at samplelibrary.org/health" (no promise of ours) : contact na', lines: one('how do i get a mammogram', 'Request it at kp.org/appointments; Kaiser will call you to schedule, and our guide to mammograms is at samplelibrary.org/health. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard without: chat-speak, "dont stop … w/o talking to ur dr first" ("dr" after "to") : referral fails', lines: one('can i stop insulin if my sugar is good', 'medlineplus has it at medlineplus.gov/insulin.html. dont stop the insulin w/o talking to ur dr first. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // dismissalConvenience: a closing time said without "anyway" at its end, or with a way back; Spanish with the day going on
  { name: 'guard closing: "We close at 9 anyway, so there\'s time to pick it up tonight" : dismissal passes', lines: last('The Medigap guide is at medicare.gov/supplements-other-insurance. We close at 9 anyway, so there is time to pick up the printed copy tonight. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard closing: "we close in 5 anyway, but chat us tomorrow at askus.org" (a way back) : dismissal passes', lines: last('we close in 5 anyway, but chat us again tomorrow at askus.org and we will go through Medigap.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard closing: Spanish, "De todos modos, cerramos a las 8, así que puede recogerlo hoy" : dismissal passes', lines: ultimo('La guía de Medigap está en es.medicare.gov. De todos modos, cerramos a las 8, así que puede recoger la copia impresa hoy. ¿Le sirve?'), exp: some({ dismissal: 'pass' }) },
];

/** The second batch, written after the fixes to probe their own words (labelled before running). */
export const second: SessionCase[] = [
  {
    name: 'chat-speak, a tax refund question: "never file an amended return w/o checking w/ a CPA" and "the library\'s tax volunteers will txt u by fri" (the library\'s own), the phone read back',
    lines: [
      [0, 'p', 'hey i forgot my 1099 on my taxes can i fix it'],
      [20, 'l', 'hi! sam here, librarian @ Sample County Library. did u already get ur refund?'],
      [45, 'p', 'ya last week'],
      [80, 'l', 'ok u fix it w/ form 1040-X, its at irs.gov/form1040x. but never file an amended return w/o checking w/ a CPA, it can change ur credits. the librarys tax volunteers will txt u by fri to set up a time, whats ur cell?'],
      [110, 'p', '443-555-0188'],
      [120, 'l', 'got it 443-555-0188. anything else?'],
      [140, 'p', 'nope thats all thx'],
      [150, 'l', 'np, bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-04T10:00:00-05:00', by: 'sam' }] },
    // referral: "never … w/o checking w/ a CPA" (a professional, no contact); follow-up by code and by promise (the library's own
    // volunteers); contact: the phone given and read back, "by fri"; completeness: never asked whether it met the need
    exp: usual({ referral: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  { name: 'second: "Never sign a reverse mortgage without talking to a HUD counselor" : referral fails', lines: one('is a reverse mortgage a good idea for my mom', 'The CFPB explains them at consumerfinance.gov/reverse-mortgages. Never sign one without talking to a HUD counselor first. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'second: Spanish, "no deje de pagar sin consultar con una abogada" : referral fails', lines: es('me quieren cobrar una deuda vieja', 'La guía de deudas está en consumidor.ftc.gov. No deje de pagar ni firme nada sin consultar con una abogada. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'second: "Please see a CPA before you sell the stock" : referral fails', lines: one('how is inherited stock taxed', 'IRS Publication 551 at irs.gov/pub551 explains the stepped-up basis. Please see a CPA before you sell the stock. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'second: "see your financial planner about the rollover" : referral fails', lines: one('should i roll over my old 401k', 'FINRA explains rollovers at finra.org/investors. See your financial planner about the rollover. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'second: "Call your phone provider to unlock it" : referral fails', lines: one('can i use my old phone with the library hotspot', 'Yes, if it is unlocked. Call your phone provider to unlock it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'second: "Call the clinic; their office is suite 988" (a room) : source fails', lines: one('where is the sliding scale clinic', 'Call the clinic to ask; their office is suite 988 in the Elm building. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'second: "Aetna will send you a new ID card" : contact na', lines: one('my insurance card has the wrong name', 'Fix it at aetna.com/members; Aetna will send you a new ID card. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'second: "The library\'s Medicare counselor will email you by Friday" : contact fails, code fails', lines: one('which part d plan covers my inhalers', "The library's Medicare counselor will email you by Friday with three plans to compare. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'second: "the radiology department will call you with a time" : contact na', lines: one('how do i get the ct scan scheduled', 'Once the order is in, the radiology department will call you with a time; RadiologyInfo explains CT at radiologyinfo.org. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'second: Spanish, "su aseguradora le enviará la tarjeta" : contact na', lines: es('perdi mi tarjeta del seguro', 'Pídala en carefirst.com/espanol; su aseguradora le enviará la tarjeta en diez días. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'second: "we\'re shutting in 10 anyhow, bye" : dismissal fails', lines: last("we're shutting in 10 anyhow, bye"), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "It\'s nearly closing time anyway, so I\'ll say goodbye" : dismissal fails', lines: last("It's nearly closing time anyway, so I'll say goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'second: Spanish, "Bueno, de todas maneras ya cerramos. Chao." : dismissal fails', lines: ultimo('Bueno, de todas maneras ya cerramos. Chao.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: Spanish, "Igual ya vamos a cerrar, adiós" (Chilean "igual", anyway) : dismissal fails', lines: ultimo('Igual ya vamos a cerrar, adiós.'), exp: some({ dismissal: 'fail' }) },
];

/** The third batch, written after the second batch passed, on the brief's other shapes (labelled before running). */
export const third: SessionCase[] = [
  { name: 'third: "The doctor will see you at 3; bring your Medicaid card" (the doctor\'s seeing, no one to contact) : referral na', lines: one('do i need anything for my sons checkup', 'The doctor will see you at 3; bring his Medicaid card. The checkup schedule is at healthychildren.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'third: the book "When Should I See a Doctor?" (a title) : referral na', lines: one('a book for parents about when kids need a doctor', 'Try "When Should I See a Doctor?" in our catalog at samplelibrary.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'third: "Anyway, the library is closing soon, so here is the SHIP number: 1-800-243-3425" (a way forward) : dismissal passes', lines: last('Anyway, the library is closing soon, so here is the SHIP number for Medigap questions: 1-800-243-3425.'), exp: some({ dismissal: 'pass' }) },
  { name: 'third: "Your doctor will call you with the results, and our nurse will email you the handout today" (our own) : contact fails, code fails', lines: one('when do i get my a1c results', 'Your doctor will call you with the results, and our nurse will email you the diabetes handout today. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'third: chat-speak, "ur doc will call u w/ the results" (the patron\'s doctor) : contact na', lines: one('when do i get my blood test back', 'ur doc will call u w/ the results, medlineplus explains the test at medlineplus.gov/lab-tests. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'third: Spanish, "Su médico le llamará con los resultados" : contact na', lines: es('cuando me dan los resultados', 'Su médico le llamará con los resultados; MedlinePlus explica la prueba en medlineplus.gov/spanish/labtests. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'third: "Humana\'s pharmacy will mail you the refill" (the insurer\'s pharmacy) : contact na', lines: one('how do i get my pills by mail', "Sign up at centerwellpharmacy.com; Humana's pharmacy will mail you the refill. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'third: Spanish, "la página 988 del manual" after "llame" (a page) : source fails', lines: es('donde esta la regla del deducible', 'Llame a su seguro y pregunte por la regla que sale en la página 988 de su póliza. ¿Le sirve?'), exp: some({ source: 'fail' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: "… w/o talking to ur dr. that help?": "dr." is read as the title's abbreviation (Dr.), so the sentence runs on into
  // "that help?" and is read as a question, which refers no one; the family reads "ur dr" (E13) and "ur dr first." scores
  // right. Sentence splitting at abbreviations is text.ts's (E12 left it alone for the same reason: it moves every boundary)
  { name: 'third: chat-speak, "dont stop the insulin w/o talking to ur dr" : referral fails', lines: one('can i stop insulin if my sugar is good', 'medlineplus has it at medlineplus.gov/insulin.html, but dont stop the insulin w/o talking to ur dr. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: "you can file without talking to an accountant" (what can be done without one: no one the patron is told to contact) is
  // read as a referral, with the sentence's URL as its contact, by v38 too (not E13's alternative: older readings of "talking to
  // <party>"); G13's own near miss "The checker works without talking to a pharmacist" scores right, so the older reading is
  // about the "you can …" frame, not this block's words
  { name: 'guard without: "No, you can file without talking to an accountant: Free File at irs.gov/freefile" (no prohibition) : referral na', lines: one('do i need an accountant to file', 'No, you can file without talking to an accountant: Free File is at irs.gov/freefile. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: "You usually need to call your cable provider …" is not read as a referral, and v38 reads "You usually need to call your
  // internet provider …" the same (the "need to call" frame after an adverb is older than this block); the imperative "Call your
  // cable provider …" is read (guards)
  { name: 'guard party: "You usually need to call your cable provider to swap the box" : referral fails', lines: one('how do i return my old cable box', 'You usually need to call your cable provider to swap the box. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: the application page's URL in the sentence is lent to the childcare provider (referral.ts attaches any contact of the
  // sentence to the party, as G14's "Pregúntele a su casero …, y llámenos al 410-…"); the party itself is now read (E13's
  // referralParty), and the same words without the URL in the sentence score right (second batch, "call your cable provider")
  { name: 'party: "Apply at <URL>; ask your childcare provider for their part of the form" (the URL is the application\'s) : referral fails', lines: one('how do i get the child care subsidy', 'Apply at earlychildhood.marylandpublicschools.org; ask your childcare provider for their part of the form. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

describe('thirty-eighth round (E13): every whole case lists all 17 checks', () => {
  it.each([...whole])('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-eighth round (E13): whole sessions', whole);
describeSessions('thirty-eighth round (E13): G13 checked', short);
describeSessions('thirty-eighth round (E13): near misses of the fixes', guards);
describeSessions('thirty-eighth round (E13): the second batch, E13\'s own words', second);
describeSessions('thirty-eighth round (E13): the third batch, the brief\'s other shapes', third);

describeLeft('thirty-eighth-round-e13-checked', LEFT);

