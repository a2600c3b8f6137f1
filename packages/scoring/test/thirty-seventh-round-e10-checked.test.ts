/**
 * Thirty-seventh round (E10), a narrowing wave: v37's blocks E7 (`ownHostE7`; the utility's "will call you" kept as the
 * provider's promise when the library's staff act in the sentence; `dismissalConvenience`'s "not my job" with its "but"
 * bound), G9 (utility brands as `referralParty`, `notPromise` of a utility or OHEP / EUSP / LIHEAP, `actTailG9`) and G10
 * (`referralParty` notary / notario, `referralVerb` "pregunte por el / la …", `dismissalConvenience` "that's not my job /
 * problem", "no es mi problema"), E7 having had no wave after it: both ways, what they read that is not their behaviour,
 * and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish, outside utilities and the
 * library building where the words allow:
 *  the notary negated ("No vaya a un notario para su caso de inmigración", "No necesita un notario para esta solicitud",
 *   "You don't need a notary", "Please don't go to a notario", "You won't need a notary public"), the patron's own calling
 *   ("since ur a notary u can renew at …", a whole chat with a bank notary renewing), a topic after a party with its number
 *   ("ask about the notary exam", "about notary renewals", "pregunte por el examen de notario", "el curso de notario",
 *   "Consulte el horario del notario en …", "Becoming a notary takes …"), and notaries to visit ("Vaya a un notario en su
 *   banco", "Any notary can do it: call the UPS Store …", "Pregunte por el notario en el mostrador", "Pídale al notario de
 *   la sucursal …; llame antes al …", "ask a notary to witness your signature");
 *  "pregunte por" with times, dates and discounts on a page ("el horario de verano en samplelibrary.org/horarios", "la fecha
 *   límite de la FAFSA en studentaid.gov/es", "los descuentos … en pepco.com/es") and with people ("la señora Gómez", "el
 *   plan de pagos" after "Llame a Pepco al …");
 *  "not my job / problem" asked back ("Not my problem? Of course it is", "¿No es mi problema? Claro que sí", chat-speak "not
 *   my problem?? of course it is lol"), taken back ("Sorry, I said that's not my job, I was wrong", "I shouldn't have said
 *   …"), in the patron's mouth ("lol not my problem anymore, my sister handles the bills"), "not really my job / my
 *   responsibility", and the "but" bound with other conjunctions: "though" (and a bare trailing "though. Bye." / "though,
 *   bye."), "however" (and the adverb "however you look at it", "however, I'm ending the chat now"), "although" (and
 *   "although I wish it were. Bye."), "instead", "sin embargo", "aunque", "no obstante", "but whatever. Bye."; the way forward
 *   in the next sentence ("That's not my job. The Circuit Court clerk's office at 410-… can help you", "Eso no es mi trabajo.
 *   Llame a la oficina de pasaportes al …") or none ("Our hours are at samplelibrary.org/hours. Bye.");
 *  utility brands as other things ("con ed" as continuing education, Ohio's form "DTE 105A", Britain's "National Grid
 *   reference") and brands G9 lacks as parties (Dominion Energy, Duke Energy, Washington Gas after "call", PG&E, Georgia
 *   Power's outage map as a thing); the utility's own call in other words ("Washington Gas will call you", "Dominion Energy
 *   will contact you", "BGE will give you a call", "PG&E will give u a call", "Your electric company should give you a call",
 *   "Un técnico de BGE le llamará", "Washington Gas lo llamará") and the provider's promise beside it ("I'll ask Washington
 *   Gas to call you back", "…, and I'll e-mail you the list …", "I'll call Columbia Gas and then give you a call back", "…,
 *   and our outreach librarian will call you Friday");
 *  errand clauses with and without the party's own host ("Contact Pepco …, and pay the past-due amount at pepco.com/pay" vs
 *   "…, and apply for aid at dhs.maryland.gov/ohep"; "wsscwater.com" for the Washington Suburban Sanitary Commission,
 *   "nationalgridus.com", "pepcoonline.com", "dominionenergy.com", "smeco.coop"; "mdenergy.org", "h2ofund.org",
 *   "mass.gov/liheap"), and in Spanish ("Llame a Pepco por el plan de pagos, y solicite ayuda de energía en
 *   dhs.maryland.gov/ohep", "…; llene la solicitud …", "…, e inscríbase en …", "…, y solicítelo en pepco.com/es", "Llame a
 *   WSSC por la fuga, y descargue el formulario … en wsscwater.com/es").
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms, Referral: "telling the patron to contact or visit a person
 * or organisation outside the chat"; Follow-up session: the provider "promises in the chat to send or find more later";
 * closing.no_dismissal: "ends the help for the provider's convenience without offering a way back"), decided before the
 * scorer ran. Readings taken where the text leaves room:
 * - a notary the patron is told not to see, or does not need, is no referral; nor a notary exam, course or hours (a topic),
 *   nor the patron's own commission;
 * - "not my job" asked back with "?", taken back ("I was wrong", "I shouldn't have said"), or followed by a way forward, in
 *   the same sentence after a conjunction or in a later one of the same message (a party with a way to reach it), dismisses
 *   no one; a conjunction that offers nothing ("but whatever", "although I wish it were", "however, I'm ending the chat
 *   now") does not save the refusal; "That's not my department. Our hours are at …. Bye." is still a dismissal (a source,
 *   no one to turn to); "…, and I won't call the clerk at 410-… for you. Bye." gives the patron the number all the same: no
 *   dismissal (my label corrected);
 * - any utility that will call, contact or "give you a call" is the utility acting, no promise of the provider's;
 * - a host that is the party's initials or name with a kind or country word after it ("wsscwater", "nationalgridus",
 *   "pepcoonline") is the party's own page.
 *
 * Written: 96 cases, all labelled before running: 2 whole sessions and 44 short cases in a first batch; 36 near misses and
 * behaviour cases of the fixes in a second (`guards`; one swapped with the same label before it counted: "ask a notary at
 * your bank to witness …" became "ask a notary to witness …", since "your bank" is a party of its own and never reached the
 * rule it guarded); 2 whole sessions and 10 short cases in a third, probing E10's own words; 2 more after the third run.
 * Run: 4 whole, 43 short, 36 guards, 12 short in `third`; LEFT: 1.
 *
 * First run (46 cases): 16 disagreed; my labels corrected: 0.
 *  - closing.no_dismissal 8: E7's and G10's over-reach: the echo "Not my problem?", the apology "I said that's not my job,
 *    I was wrong", "though", "however", "instead" (next sentence), "sin embargo", "aunque", a way forward in the next sentence.
 *  - referral.contact 5: G10's (older: v8's Spanish list) "pregunte por el examen de notario" read as a party; G9's/E7's
 *    ownHost gaps "wsscwater.com", Spanish `actTailG9` gap (the URL lent to Pepco); "Call Dominion Energy" unread (a brand
 *    G9 lacks, after "call"); "smeco.coop" (LEFT).
 *  - followup.contact 3: G9's/E7's notPromise gaps: "Washington Gas will call you", "Dominion Energy will contact you", "BGE
 *    will give you a call".
 * Fixed in block E10 (v38 only; near misses in `guards`):
 *  - dismissalConvenience (swap of E7's English alternative): also "not really my job"; E7's "but" bound widened to
 *    "however / although / instead / though" (not "though" before "bye / sorry / lol" or an end), the conjunction not before
 *    "whatever / anyway / bye / I wish / I'm ending / I have to go" and "however" not an adverb ("however you look at it");
 *    not with "?" after; not taken back ("I was wrong / I misspoke / scratch that", "I shouldn't have said")
 *    [near misses still read: "That's not really my job. Bye.", "That's not my job though, bye.", "…, but whatever. Bye.", "I
 *    said that's not my job, and I meant it. Goodbye.", "…; however, I'm ending the chat now. Goodbye.", "…, however you look
 *    at it. Goodbye.", "…, although I wish it were. Bye."];
 *  - dismissalConvenience (swap of E7's Spanish alternative): "sin embargo / aunque / no obstante / en cambio" as "pero", not
 *    before "bueno / adiós / me tengo que ir"; not with "?" after [still: "No es mi trabajo. Adiós."];
 *  - dismissalConvenience (E7's chat-speak alternative): its clause ends with "." or "!", not "?" [still: "not my problem lol.
 *    bye"];
 *  - setting `wayForwardE10` (classify.ts `wayForwardE10`, hooked in closing.ts): the refusal's sentence or a later one of
 *    the message refers the patron to a party with a phone, e-mail, URL or address [near miss: "That's not my department.
 *    Our hours are at samplelibrary.org/hours. Bye." still fails];
 *  - notPromise (swap of E7's utility-people alternative): also the brands G9 lacks (Washington Gas, Columbia Gas, Dominion,
 *    Duke, Xcel, PG&E, …), a utility by its kind ("your electric company") and "give you a call"; G9's alternative (as E7 left
 *    it) also with those brands, "la compañía de luz" and Spanish "lo / la llamará" [near misses still promises: "I'll ask
 *    Washington Gas to call you back", "Washington Gas will call you, and I'll e-mail you …", "I'll call Columbia Gas and
 *    then give you a call back tomorrow", "The water company will give you a call, and our outreach librarian will call you
 *    Friday"];
 *  - referralParty (new alternative): those brands, with G9's exclusions [near misses: "Log in to your Dominion Energy account
 *    …", "Check the Georgia Power outage map at …" no referral];
 *  - referralParty (swap of G10's notary, and v8's Spanish list's "notari[oa]"): not before "exam / course / commission /
 *    training / law / renewal …", not after Spanish "examen / curso / horario / servicios … de(l)" [near misses still parties:
 *    "ask a notary to witness your signature", "Pregunte por el notario en el mostrador de Wheaton", "Pídale al notario de la
 *    sucursal …"];
 *  - setting `ownHostSuffixE10` (classify.ts `ownHostSuffixE10`, in referral.ts `sourceCutZ4` after `ownHostE7`): initials
 *    of three or more party words, or the party's one name word, with a kind or country word after it ("wsscwater",
 *    "nationalgridus", "pepcoonline"), the party's words ending at "about" or Spanish "por / para / sobre" [near misses
 *    still cut: "mdenergy.org/apply", "h2ofund.org", "mass.gov/liheap"];
 *  - setting `actTailEsE10` (classify.ts `actTailEsE10`, in `sourceCutZ4`): G9's errand clause in Spanish ("…, y solicite /
 *    llene / descargue / inscríbase … en <URL>", with "y / e / o / luego"), the party's own page not cut [near misses:
 *    "…, y solicítelo en pepco.com/es", "Llame a WSSC …, y descargue … en wsscwater.com/es", "Llame a Pepco al 1-877-…, y
 *    solicite …" still pass].
 * Three readings were widened on purpose (a bare "though", no list of empty conjunction clauses, any later sentence with a
 * contact for `wayForwardE10`): 4 guards failed, as they should; the rules went back as written. A fourth reading first
 * written with the notary (not after the patron's own calling: "become / as / I'm a notary") was widened with "ask" and no
 * guard failed: no case needed it, so it was dropped.
 * Second run (the 36 guards): 4 disagreed: "but whatever. Bye.", "however, I'm ending the chat now" (fixed: the list of
 * empty conjunction clauses), Spanish "Washington Gas lo llamará" (fixed: G9's alternative, "lo / la"), "Llame a WSSC por la
 * fuga, … wsscwater.com/es" (fixed: the Spanish party's end and the one name word). Third run (12): 3 disagreed, the adverb
 * "however you look at it", "although I wish it were", Spanish "e inscríbase" (all fixed). Fourth (2): 2 disagreed, "…, but
 * I wish I could help; try the Circuit Court clerk at 410-…" (fixed: `wayForwardE10` reads the refusal's own sentence too)
 * and "I won't call the clerk at 410-… for you" (my label corrected). My labels corrected in all: 1.
 * Left (1, with its reason in LEFT): "Call Southern Maryland Electric Cooperative …, and apply for one at smeco.coop/plans"
 * (".coop" is no top-level domain to the url family, and "Call <three capitalised words> about" reads as a name given;
 * both older, outside E7, G9 and G10).
 * v38's fingerprint after block E10: 41073866d83fd186.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A utility question, the greeting's clarifying question and the reply, then the provider's `text` and a goodbye. */
const ut = (text: string): Line[] => one('i got a shut off notice, what can i do', text);
/** A Spanish session: the patron's question, a Spanish greeting that asks the county, the reply, `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** The patron's question, the greeting, the reply, then the provider's `text` alone as the last message (no goodbye after). */
const ends = (q: string, text: string): Line[] => [...OPEN(q), L(text)];

export const whole: SessionCase[] = [
  {
    name: 'Spanish, immigration papers: "No vaya a un notario" (a warning), CASA with its number',
    lines: [
      [0, 'p', 'hola, necesito un notario para llenar mis papeles de inmigración, donde hay uno barato?'],
      [25, 'l', 'Hola, le saluda Andrés, bibliotecario de AskUsNow!. ¿Qué trámite necesita hacer, la residencia o la ciudadanía?'],
      [70, 'p', 'la ciudadanía'],
      [110, 'l', 'Un consejo importante: no vaya a un notario para eso. En Estados Unidos un notario no es abogado y no puede darle asesoría legal. Llame a CASA al 301-431-4185: tienen clínicas gratis de ciudadanía. ¿Le sirve esa información?'],
      [160, 'p', 'sí, muchas gracias, eso es todo'],
      [170, 'l', '¡Con gusto! Mucha suerte, y gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak, the patron is a notary renewing her commission: the notary is the patron, no one to contact',
    lines: [
      [0, 'p', 'hey so im a notary at my bank and my commission runs out in march. how do i renew'],
      [20, 'l', "Hi! I'm Sam, a librarian at Sample County Library. Is your commission from Maryland?"],
      [50, 'p', 'yep'],
      [80, 'l', "Since you're a notary already, you can renew online at sos.maryland.gov/notary, ideally 30 days before it runs out; the fee is $9. Does that answer your question?"],
      [130, 'p', 'yes thats all i needed thx'],
      [140, 'l', 'Great, thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- notary / notario: negated, the patron's own job, a topic (near misses); a notary to visit (behaviour) ----
  { name: 'notary near miss: Spanish negated, "no vaya a un notario para su caso de inmigración" : referral na', lines: es('necesito ayuda con mi caso de inmigración', 'No vaya a un notario para su caso de inmigración: en EE. UU. un notario no es abogado. La guía contra fraudes está en uscis.gov/es/evite-fraudes. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: Spanish negated, "No necesita un notario para esta solicitud" : referral na', lines: es('tengo que notarizar la solicitud de energía?', 'No necesita un notario para esta solicitud: solo fírmela y envíela por correo. El formulario está en dhs.maryland.gov/ohep. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: "You don\'t need a notary for this form; just sign it and mail it" : referral na', lines: one('do i have to notarize the energy assistance form', "You don't need a notary for this form; just sign it and mail it. The form is at dhs.maryland.gov/ohep. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: "Please don\'t go to a notario for immigration paperwork" : referral na', lines: one('can a notario help me with my green card', "Please don't go to a notario for immigration paperwork: they are not lawyers here. The warning page is at uscis.gov/avoid-scams. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: "You won\'t need a notary public; the county accepts a signed statement" : referral na', lines: one('does the affidavit need to be notarized', "You won't need a notary public; the county accepts a signed statement. The form is at montgomerycountymd.gov/forms. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: chat-speak, the patron is one, "since ur a notary u can renew at sos.maryland.gov/notary" : referral na', lines: one('im a notary, how do i renew', 'since ur a notary u can renew at sos.maryland.gov/notary, takes like 10 min. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: a topic after a party with its number, "Check with the Secretary of State at 410-… about notary renewals" : referral passes', lines: one('how do i become a notary', 'Check with the Secretary of State at 410-974-5521 about notary renewals; the handbook is at sos.maryland.gov/notary. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'notary near miss: Spanish topic, "Llame a la Secretaría de Estado al 410-… y pregunte por el examen de notario" : referral passes', lines: es('como me hago notario', 'Llame a la Secretaría de Estado al 410-974-5521 y pregunte por el examen de notario. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'notary near miss: Spanish, "Consulte el horario del notario en samplelibrary.org/notaria" (a page) : referral na', lines: es('la biblioteca tiene notario?', 'Sí. Consulte el horario del notario en samplelibrary.org/notaria. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary behaviour: Spanish "Vaya a un notario en su banco" (no way to reach one) : referral fails', lines: es('necesito notarizar un poder', 'Vaya a un notario en su banco; muchos lo hacen gratis para sus clientes. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'notary behaviour: "Any notary can do it: call the UPS Store on Main St at 301-… to check" : referral passes', lines: one('where can i get something notarized today', 'Any notary can do it: call the UPS Store on Main St at 301-555-0144 to check they have one in today. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- "pregunte por": things, times (near misses); people (behaviour) ----
  { name: 'pregunte por near miss: "Pregunte por el horario de verano en samplelibrary.org/horarios" (a time, a page) : referral na', lines: es('a qué hora abren en verano', 'Pregunte por el horario de verano en samplelibrary.org/horarios; cambia en junio. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pregunte por near miss: "Pregunte por la fecha límite de la FAFSA en studentaid.gov/es" (a date, a page) : referral na', lines: es('cuando se cierra la fafsa', 'Pregunte por la fecha límite de la FAFSA en studentaid.gov/es; para Maryland es el 1 de marzo. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pregunte por near miss: "Pregunte por los descuentos para mayores cuando abra su cuenta en pepco.com" : referral na', lines: es('hay descuento de luz para personas mayores', 'Pregunte por los descuentos para mayores cuando abra su cuenta en pepco.com/es. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pregunte por behaviour: "Vaya a la oficina del condado y pregunte por la señora Gómez" : referral fails', lines: es('necesito ayuda para pagar la luz', 'Vaya a la oficina del condado y pregunte por la señora Gómez, ella lleva los casos de energía. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'pregunte por behaviour: "Llame a Pepco al 1-877-… y pregunte por el plan de pagos" : referral passes', lines: es('me van a cortar la luz', 'Llame a Pepco al 1-877-737-2662 y pregunte por el plan de pagos. ¿Le sirve?'), exp: some({ referral: 'pass' }) },

  // ---- "not my job / problem": reassurance, apology, the patron's mouth, other conjunctions (near misses) ----
  { name: 'dismissal near miss: reassurance, "Not my problem? Of course it is, helping is what we do!" : dismissal passes', lines: ends('sorry i know this isnt really your problem', "Not my problem? Of course it is, helping is what we do! The renewal form is at travel.state.gov/renew."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: apology, "Sorry, I said that\'s not my job, I was wrong: the form you need is at …" : dismissal passes', lines: ends('so u wont help me??', "Sorry, I said that's not my job, I was wrong: the form you need is at travel.state.gov/ds82."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the patron\'s words, "lol not my problem anymore, my sister handles the bills" : dismissal passes', lines: [...OPEN('how do i get the fuel fund form'), [60, 'p', 'lol not my problem anymore, my sister handles the bills now. just need the form'], L('Got it! The Fuel Fund application is at fuelfund.org/apply.', 80), ...BYE], exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "though", "That\'s not my department, though the circulation desk at 240-… can help" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department, though the circulation desk at 240-777-0001 can help with fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "however", "That\'s not my department; however, the circulation desk at 240-… can waive fines" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department; however, the circulation desk at 240-777-0001 can waive fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: Spanish "sin embargo", "Eso no es mi trabajo; sin embargo, la oficina de pasaportes le puede ayudar" : dismissal passes', lines: ends('me ayuda a llenar el pasaporte?', 'Eso no es mi trabajo; sin embargo, la oficina de pasaportes del condado le puede ayudar al 240-777-8400.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: Spanish "aunque", "No es mi trabajo, aunque la oficina de pasaportes le puede ayudar" : dismissal passes', lines: ends('me ayuda a llenar el pasaporte?', 'No es mi trabajo, aunque la oficina de pasaportes del condado le puede ayudar al 240-777-8400.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "although", "That\'s not really my job, although the post office at 301-… takes passport applications" : dismissal passes', lines: ends('can u do my passport application', "That's not really my job, although the post office at 301-555-0100 takes passport applications."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "instead", "That\'s not my department. Instead, try the circulation desk at 240-…" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department. Instead, try the circulation desk at 240-777-0001."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the way forward in the next sentence, "That\'s not my job. The clerk\'s office at 410-… can help you" : dismissal passes', lines: ends('can u help me with my passport renewal', "That's not my job. The Circuit Court clerk's office at 410-222-1397 can help you with that."), exp: some({ dismissal: 'pass' }) },
  // ---- "not my job": dismissals still (behaviour) ----
  { name: 'dismissal behaviour: a trailing "though", "That\'s not my job though. Bye." : dismissal fails', lines: ends('can u help me with my passport renewal', "That's not my job though. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: "However, that\'s not my job. Goodbye." : dismissal fails', lines: ends('can u just fill out the form for me', "However, that's not my job. Goodbye."), exp: some({ dismissal: 'fail' }) },

  // ---- utility brands as other things (near misses) and as parties (behaviour) ----
  { name: 'utility near miss: "con ed" as continuing education, "try con ed courses on nurse.com" : referral na', lines: one('how many ce hours do nurses need', 'Maryland RNs need 30 con ed hours per renewal; try con ed courses on nurse.com/ce, lots are free. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'utility near miss: Ohio form "DTE 105A", "Contact your county auditor at 614-… and ask for form DTE 105A" : referral passes', lines: one('how do i get the homestead exemption in ohio', 'Contact your county auditor at 614-525-3240 and ask for form DTE 105A, the homestead application. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'utility near miss: British "quote the National Grid reference" to a clerk with an e-mail : referral passes', lines: one('how do i report a blocked footpath', 'Email the parish clerk at clerk@ashparish.org.uk and quote the National Grid reference of the stile. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'utility behaviour: "Call Con Ed at 1-800-… and ask for a deferred payment agreement" : referral passes', lines: ut('Call Con Ed at 1-800-752-6633 and ask for a deferred payment agreement. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- notPromise: utilities outside G9's list and other ways the utility calls (behaviour) ----
  { name: 'notPromise behaviour: "Washington Gas will call you to set up the payment plan" : contact na', lines: ut('Washington Gas will call you to set up the payment plan; the terms are at washingtongas.com/plans. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: "Dominion Energy will contact you within 5 days" : contact na', lines: ut('Dominion Energy will contact you within 5 days about the arrangement; the rules are at dominionenergy.com/help. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: "BGE will give you a call to set up the plan" : contact na', lines: ut('BGE will give you a call to set up the plan; the terms are at bge.com/payment-plans. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: Spanish "Un técnico de BGE le llamará para la cita" : contact na', lines: es('me van a cambiar el medidor', 'Un técnico de BGE le llamará para la cita; los detalles están en bge.com/es. ¿Le sirve?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise near miss: "I\'ll have Washington Gas call you" (the provider\'s act) : contact fails', lines: ut("I'll ask Washington Gas to call you back about the plan; their rules are at washingtongas.com/plans. Does that help?"), exp: some({ contact: 'fail' }) },

  // ---- actTailG9 / ownHostE7: errand clauses with and without the party's own host ----
  { name: 'actTail near miss: "Contact Pepco about the shut-off, and pay the past-due amount at pepco.com/pay" (its own page) : referral passes', lines: ut('Contact Pepco about the shut-off, and pay the past-due amount at pepco.com/pay. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'actTail behaviour: "Contact Pepco about the shut-off, and apply for aid at dhs.maryland.gov/ohep" : referral fails', lines: ut('Contact Pepco about the shut-off, and apply for aid at dhs.maryland.gov/ohep. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'ownHost near miss: "Call the Washington Suburban Sanitary Commission …, and apply for it at wsscwater.com/leak" (its own page) : referral passes', lines: ut('Call the Washington Suburban Sanitary Commission about the leak adjustment, and apply for it at wsscwater.com/leak. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'ownHost near miss: "Call Dominion Energy about budget billing, and sign up at dominionenergy.com/budget" : referral passes', lines: ut('Call Dominion Energy about budget billing, and sign up at dominionenergy.com/budget. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'actTail behaviour: Spanish "Llame a Pepco por el plan de pagos, y solicite ayuda de energía en dhs.maryland.gov/ohep" : referral fails', lines: es('me van a cortar la luz', 'Llame a Pepco por el plan de pagos, y solicite ayuda de energía en dhs.maryland.gov/ohep. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'actTail near miss: Spanish "Llame a Pepco por el plan de pagos, y solicítelo en pepco.com/es" (its own page) : referral passes', lines: es('me van a cortar la luz', 'Llame a Pepco por el plan de pagos, y solicítelo en pepco.com/es. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

export const guards: SessionCase[] = [
  // ---- dismissalConvenience (E10's swaps): still dismissals, and the new readings' behaviour ----
  { name: 'guard dismissal: "That\'s not really my job. Bye." : dismissal fails', lines: ends('can u help me with my passport renewal', "That's not really my job. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: a trailing "though" before a goodbye, "That\'s not my job though, bye." : dismissal fails', lines: ends('can u help me with my passport renewal', "That's not my job though, bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "That\'s not my job, but whatever. Bye." (a "but" that offers nothing) : dismissal fails', lines: ends('can u just fill out the form for me', "That's not my job, but whatever. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "I said that\'s not my job, and I meant it. Goodbye." (not taken back) : dismissal fails', lines: ends('but can u just fill it out for me', "I said that's not my job, and I meant it. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "I shouldn\'t have said that\'s not my job. The form is at …" (taken back) : dismissal passes', lines: ends('so u wont help me??', "I shouldn't have said that's not my job. The form you need is at travel.state.gov/ds82."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard dismissal: "That\'s not my department; however, I\'m ending the chat now. Goodbye." : dismissal fails', lines: ends('can i get my fines waived', "That's not my department; however, I'm ending the chat now. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: Spanish "¿No es mi problema? Claro que sí, para eso estamos" (asked back) : dismissal passes', lines: ends('perdón, sé que no es su problema', '¿No es mi problema? Claro que sí, para eso estamos. El formulario está en travel.state.gov/es.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard dismissal: Spanish "No es mi trabajo. Adiós." : dismissal fails', lines: ends('me ayuda a llenar el pasaporte?', 'No es mi trabajo. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: chat-speak "not my problem lol. bye" : dismissal fails', lines: ends('can u pay my fine for me lol', 'not my problem lol. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: chat-speak "not my problem?? of course it is lol, the form is at …" : dismissal passes', lines: ends('sry i know its not ur problem', 'not my problem?? of course it is lol, the form is at travel.state.gov/ds82'), exp: some({ dismissal: 'pass' }) },
  // ---- wayForwardE10 ----
  { name: 'guard wayForward: "That\'s not my department. Our hours are at samplelibrary.org/hours. Bye." (a source, no one to turn to) : dismissal fails', lines: ends('can i get my fines waived', "That's not my department. Our hours are at samplelibrary.org/hours. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard wayForward: "That\'s not my job. You could ask the Circuit Court clerk\'s office at 410-…" : dismissal passes', lines: ends('can u help me with my passport renewal', "That's not my job. You could ask the Circuit Court clerk's office at 410-222-1397."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard wayForward: Spanish "Eso no es mi trabajo. Llame a la oficina de pasaportes al 240-…" : dismissal passes', lines: ends('me ayuda a llenar el pasaporte?', 'Eso no es mi trabajo. Llame a la oficina de pasaportes del condado al 240-777-8400.'), exp: some({ dismissal: 'pass' }) },
  // ---- notPromise (E10's swap of E7's utility people) ----
  { name: 'guard notPromise: "The gas company will call you to confirm the payment plan" : contact na', lines: ut('The gas company will call you to confirm the payment plan; the rules are at psc.state.md.us/utilities. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'guard notPromise: "Your electric company should give you a call within a week" : contact na', lines: ut('Your electric company should give you a call within a week; the rules are at psc.state.md.us/utilities. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'guard notPromise: "Washington Gas will call you, and I\'ll e-mail you the list of funds tomorrow" : contact fails', lines: ut("Washington Gas will call you, and I'll e-mail you the list of funds tomorrow; the application is at mydhrbenefits.dhr.state.md.us. Does that help?"), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: "I\'ll call Columbia Gas and then give you a call back tomorrow" : contact fails', lines: ut("I'll call Columbia Gas and then give you a call back tomorrow with what they say; their rules are at columbiagasmd.com. Does that help?"), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: "The water company will give you a call, and our outreach librarian will call you Friday" : contact fails', lines: ut('The water company will give you a call, and our outreach librarian will call you Friday to help with the forms at wsscwater.com/help. Does that help?'), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: Spanish "Washington Gas lo llamará para confirmar el plan" : contact na', lines: es('me van a cortar el gas', 'Washington Gas lo llamará para confirmar el plan; los detalles están en washingtongas.com/es. ¿Le sirve?'), exp: some({ contact: 'na' }) },
  // ---- referralParty: E10's utility brands ----
  { name: 'guard utility: "Call Duke Energy about the payment plan" : referral fails', lines: ut('Call Duke Energy about the payment plan. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard utility: "Call PG&E at 1-800-… and ask for the CARE discount" : referral passes', lines: ut('Call PG&E at 1-800-743-5000 and ask for the CARE discount. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'guard utility: "Log in to your Dominion Energy account to set up budget billing at dominionenergy.com" : referral na', lines: ut('Log in to your Dominion Energy account to set up budget billing at dominionenergy.com/budget. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard utility: "Check the Georgia Power outage map at outagemap.georgiapower.com" : referral na', lines: ut('Check the Georgia Power outage map at outagemap.georgiapower.com for your street. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralParty: E10's notary ----
  { name: 'guard notary: "Call the Secretary of State at 410-… and ask about the notary exam" : referral passes', lines: one('how do i become a notary', 'Call the Secretary of State at 410-974-5521 and ask about the notary exam. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'guard notary: "As a notary, you must keep a journal; ask the Secretary of State at 410-… for the rules" : referral passes', lines: one('im a notary, do i need a journal', 'As a notary, you must keep a journal; ask the Secretary of State at 410-974-5521 for the rules. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'guard notary: "Ask a notary to witness your signature before you mail it" (a party, no contact) : referral fails', lines: one('does the affidavit need to be notarized', 'Yes: ask a notary to witness your signature before you mail it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard notary: Spanish "Pregunte por el notario en el mostrador de Wheaton" : referral fails', lines: es('la biblioteca tiene notario?', 'Sí. Pregunte por el notario en el mostrador de Wheaton. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'guard notary: Spanish "Pídale al notario de la sucursal que selle el documento; llame antes al 240-…" : referral passes', lines: es('necesito notarizar un poder', 'Pídale al notario de la sucursal que selle el documento; llame antes al 240-777-0678. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard notary: Spanish "El curso de notario es en línea: inscríbase en montgomerycollege.edu/notario" : referral na', lines: es('como me hago notario', 'El curso de notario es en línea: inscríbase en montgomerycollege.edu/notario. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- ownHostSuffixE10 ----
  { name: 'guard ownHost: "Contact National Grid about the shut-off, and sign up for a plan at nationalgridus.com/plans" : referral passes', lines: ut('Contact National Grid about the shut-off, and sign up for a plan at nationalgridus.com/plans. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'guard ownHost: "Contact Washington Gas about the plan, and apply for energy assistance at mdenergy.org/apply" : referral fails', lines: ut('Contact Washington Gas about the plan, and apply for energy assistance at mdenergy.org/apply. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard ownHost: "Contact the Washington Suburban Sanitary Commission …, and apply for the water fund at h2ofund.org" : referral fails', lines: ut('Contact the Washington Suburban Sanitary Commission about the leak, and apply for the water bill fund at h2ofund.org. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- actTailEsE10 ----
  { name: 'guard actTailEs: "Llame a WSSC por la fuga, y descargue el formulario de ajuste en wsscwater.com/es" (its own page) : referral passes', lines: es('tengo una fuga y la factura salió altísima', 'Llame a WSSC por la fuga, y descargue el formulario de ajuste en wsscwater.com/es. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard actTailEs: "Llame a Pepco por el plan de pagos; llene la solicitud de ayuda en dhs.maryland.gov/ohep" : referral fails', lines: es('me van a cortar la luz', 'Llame a Pepco por el plan de pagos; llene la solicitud de ayuda en dhs.maryland.gov/ohep. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'guard actTailEs: "Llame a Pepco al 1-877-…, y solicite ayuda de energía en dhs.maryland.gov/ohep" (its number) : referral passes', lines: es('me van a cortar la luz', 'Llame a Pepco al 1-877-737-2662, y solicite ayuda de energía en dhs.maryland.gov/ohep. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard actTailEs: "Hable con su trabajadora social, y solicite la ayuda en mydhrbenefits.dhr.state.md.us" : referral fails', lines: es('necesito ayuda con la luz', 'Hable con su trabajadora social, y solicite la ayuda en mydhrbenefits.dhr.state.md.us. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

/** A third batch, written after the second run: two whole sessions and probes of E10's own words, labelled before running. */
export const third: SessionCase[] = [
  {
    name: 'a gas shut-off: "Washington Gas will call you back to set up a payment arrangement" (the utility\'s act), OHEP\'s page',
    lines: [
      [0, 'p', 'hi my gas is getting shut off friday, i called washington gas and they said someone will call me back?? what else can i do'],
      [25, 'l', "Hi, this is Dana, a librarian at Sample County Library. I'm sorry, that's stressful. Is the account in your name, and are you in Maryland or DC?"],
      [60, 'p', 'maryland, its in my name'],
      [100, 'l', 'Thanks. Washington Gas will call you back to set up a payment arrangement; in the meantime, apply for energy assistance (OHEP) at mydhrbenefits.dhr.state.md.us. Does that answer your question?'],
      [150, 'p', 'ok yes thats everything thank you'],
      [160, 'l', "You're welcome, good luck, and take care!"],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, a passport form: "no es mi trabajo; sin embargo, … la oficina de pasaportes del condado le puede ayudar al 240-…"',
    lines: [
      [0, 'p', 'buenas, me puede ayudar a llenar la solicitud de pasaporte de mi hijo?'],
      [25, 'l', 'Hola, soy Andrés, bibliotecario de AskUsNow!. ¿Es la primera vez que su hijo saca pasaporte?'],
      [60, 'p', 'si, tiene 10 años'],
      [100, 'l', 'Llenar el formulario por usted no es mi trabajo; sin embargo, el formulario DS-11 está en travel.state.gov/es y la oficina de pasaportes del condado le puede ayudar al 240-777-8400. ¿Le sirve esa información?'],
      [150, 'p', 'sí, gracias, es todo'],
      [160, 'l', '¡Con gusto! Gracias por escribirnos, hasta luego.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  { name: 'third dismissal: Spanish "No es mi problema, no obstante la oficina del condado le puede ayudar al 240-…" : dismissal passes', lines: ends('me ayuda con la multa?', 'No es mi problema, no obstante la oficina del condado le puede ayudar al 240-777-8400.'), exp: some({ dismissal: 'pass' }) },
  { name: 'third dismissal: "That is not really my responsibility. Goodbye." : dismissal fails', lines: ends('can u renew my passport for me', 'That is not really my responsibility. Goodbye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'third dismissal: adverbial "however", "It\'s not my problem, however you look at it. Goodbye." : dismissal fails', lines: ends('but the late fee is your fault', "It's not my problem, however you look at it. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'third dismissal: "That\'s not my job, although I wish it were. Bye." (no way forward) : dismissal fails', lines: ends('can u just fill out the form for me', "That's not my job, although I wish it were. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'third dismissal: "That\'s not my job, but I wish I could help; try the Circuit Court clerk at 410-…" : dismissal passes', lines: ends('can u help me with my passport renewal', "That's not my job, but I wish I could help; try the Circuit Court clerk at 410-222-1397."), exp: some({ dismissal: 'pass' }) },
  // (labelled "fails" first; corrected: the clerk's number is given to the patron, a way forward, as E7's reading has it)
  { name: 'third dismissal: "That\'s not my job, and I won\'t call the clerk at 410-… for you. Bye." (the number given all the same) : dismissal passes', lines: ends('can u call the clerk for me', "That's not my job, and I won't call the clerk at 410-222-1397 for you. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'third notPromise: chat-speak "PG&E will give u a call to set up the plan" : contact na', lines: ut('PG&E will give u a call to set up the plan, the rules are at pge.com/plans. that help?'), exp: some({ contact: 'na' }) },
  { name: 'third ownHost: "Contact Pepco about the shut-off, and register for paperless billing at pepcoonline.com" : referral passes', lines: ut('Contact Pepco about the shut-off, and register for paperless billing at pepcoonline.com. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'third actTail: "Contact National Grid about the shut-off, and apply for energy assistance at mass.gov/liheap" : referral fails', lines: ut('Contact National Grid about the shut-off, and apply for energy assistance at mass.gov/liheap. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'third actTailEs: "Llame a Columbia Gas por el plan de pagos, e inscríbase en el programa de ayuda en energyhelp.org" : referral fails', lines: es('me van a cortar el gas', 'Llame a Columbia Gas por el plan de pagos, e inscríbase en el programa de ayuda en energyhelp.org. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'third notary: Spanish "Pregunte por el notario en la recepción de la sucursal de Wheaton, o llame al 240-…" : referral passes', lines: es('la biblioteca tiene notario?', 'Pregunte por el notario en la recepción de la sucursal de Wheaton, o llame al 240-777-0678. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'third notary: "Becoming a notary takes about a month; ask the Secretary of State\'s notary division at 410-…" : referral passes', lines: one('how long does it take to become a notary', "Becoming a notary takes about a month; ask the Secretary of State's notary division at 410-974-5521. Does that help?"), exp: some({ referral: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: ".coop" is no top-level domain to the url family (smeco.coop is no source at all), and "Call <three capitalised
  // words> about …" is read as a name given, not a referral (older than G9; both widenings outside E7, G9 and G10)
  { name: 'ownHost near miss: "Call Southern Maryland Electric Cooperative …, and apply for one at smeco.coop/plans" (its own page) : referral passes', lines: ut('Call Southern Maryland Electric Cooperative about a payment plan, and apply for one at smeco.coop/plans. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-seventh round (E10): every whole case lists all 17 checks', () => {
  it.each([...whole, ...third.slice(0, 2)])('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (E10): whole sessions', whole);
describeSessions('thirty-seventh round (E10): E7, G9 and G10 checked', short);
describeSessions('thirty-seventh round (E10): near misses of the fixes', guards);
describeSessions('thirty-seventh round (E10): a third batch', third);

describeLeft('thirty-seventh-round-e10-checked', LEFT);
