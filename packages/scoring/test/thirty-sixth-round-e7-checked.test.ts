/**
 * Thirty-sixth round (E7), a narrowing wave: v37's blocks G9 (utilities: G9's brands as `referralParty`, its `notPromise` of
 * a utility or OHEP/EUSP/MEAP/LIHEAP/the Fuel Fund that "will call / mail / send you", setting `actTailG9`) and G10 (the
 * library building: `referralParty` notary / notario, `referralVerb` "pregunte por el / la …", `dismissalConvenience`
 * "that's not my job / problem / responsibility", "no es mi problema"), merged with no wave after them: both ways, what they
 * read that is not their behaviour, and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish:
 *  brand words as other things: a name given in a search ("call it DTE, not Detroit Edison"), a search term ("Try \"Ameren\"
 *   as the company name in Mergent"), a report in a docket ("the Entergy Louisiana storm report … at lpsc.louisiana.gov"),
 *   "the national grid" as the thing a GCSE essay studies, a brand as the topic of another party's call ("Ask them about the
 *   Pepco merger too", "tell them you have a Pepco shut-off notice"), the patron's own past call ("Since you already called
 *   BGE yesterday …", the patron's "i called BGE yesterday"); and brands told as parties ("Reach out to Eversource", "Talk to
 *   PECO's customer service", "Call National Grid's billing team", "Comuníquese con Con Edison");
 *  the utility's people acting on the patron's case ("BGE's billing department will call you", "A Pepco rep will call you",
 *   "BGE customer service will get back to you", "Pepco is going to call you", "Pepco lo va a llamar", "a Delmarva
 *   technician should contact you", "National Grid's customer service team will be in touch with you") and the provider's
 *   library's own staff promising in the same sentence ("…, and our outreach librarian will call you Friday", "y nuestra
 *   bibliotecaria le llamará el viernes"), or the provider's own act ("I'll ask BGE's billing team to call you back");
 *  the errand clause with the party's own page ("Call Baltimore Gas and Electric …, or apply for one at bge.com/…", "Contact
 *   Washington Gas …, and sign up at washgas.com/…", "Call Potomac Edison …, and apply for one at potedison.com/…") and with
 *   another errand's page ("… apply for energy assistance at dhs.maryland.gov/ohep", "… at energyhelp.org");
 *  "not my job" in reassurance ("it's not your job to know this"), with "to" ("that's not my problem to solve alone, let's
 *   …", "not my job to judge lol"), with a "but" a few words on ("That's not my job anymore since …, but the clerk at …"),
 *   reported ("The man at the counter said that's not my job and walked off?", "So she told you that's not her job?", "¿El
 *   empleado le dijo no es mi problema y se fue?"), a liability ("It is not our responsibility if the item is lost in the
 *   mail", "No es nuestra responsabilidad si …"), the patron's own words; and dismissals skipped ("Eso no es mi
 *   responsabilidad. Adiós.", chat-speak "not my job lol. bye", "That's not my department. Goodbye.");
 *  notaries as topics ("the notary commission requirements", "the notary training course", "A notary's duties are listed
 *   in …", "the notary laws for your state") and as people ("see a notary public at your bank"); "pregunte por" with things
 *   ("pregunte por el formulario W-9 en … irs.gov", "pregunte por el horario exacto en el mostrador", "pregunte por el plan
 *   de pagos") and with people ("pregunte por la trabajadora social de turno").
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms, Referral: "telling the patron to contact or visit a person
 * or organisation outside the chat"; Follow-up session: "someone from your library will contact you" is a promise;
 * closing.no_dismissal: "ends the help for the provider's convenience without offering a way back"), decided before the
 * scorer ran. Readings taken where the text leaves room:
 * - a name given to a company in a search ("call it DTE") or a search term is no party: no referral;
 * - a utility's staff, office or rep who will call the patron is the utility acting, no promise of the provider's; a
 *   sentence where the provider's library's staff "will call you" is a follow-up promise whatever the utility does first,
 *   while "the librarian at your branch can help you" promises nothing;
 * - a URL whose host is the party's name cut short word by word (washgas, potedison) is the party's own page: a way to reach it;
 * - "not my job" said by someone else and reported, a liability stated ("not our responsibility if …"), and "not my job …,
 *   but <who can help>" end no help; "As I said, that's not my job. Goodbye." and "not my department. Goodbye." do;
 * - "see a notary public at your bank" tells the patron to visit a person: a referral.
 *
 * Written: 60 cases, all labelled before running: 3 whole sessions and 37 short cases in a first batch; 20 near misses and
 * behaviour cases of the fixes in a second batch (`guards`), one of them swapped with the same label before it counted
 * ("OHEP will mail you a decision, and the librarian … can help" became "OHEP will call you …": "will mail you a decision"
 * is no promise to the scorer, so it never reached the rule it guards). Run: 3 whole, 34 short, 20 guards; LEFT: 3.
 *
 * First run (40 cases): 16 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - followup.contact 6: G9's gaps, 4 (the utility's people: "BGE's billing department", "A Pepco rep", "BGE customer
 *    service will get back to you", "Pepco is going to call you"); G9's over-reach, 2 (the library's own staff's promise in
 *    the same sentence taken as the utility's, English and Spanish).
 *  - closing.no_dismissal 6: G10's over-reach, 3 ("not my job anymore …, but", reported "said that's not my job", "not our
 *    responsibility if …"); G10's gaps, 3 (Spanish "no es mi responsabilidad", chat-speak "not my job lol. bye", "not my
 *    department").
 *  - referral.contact 4: G9's, 2 ("call it DTE" naming; washgas.com cut off as another errand's page by `actTailG9`); older,
 *    2 ("see a notary public", "Cuando llame a Pepco al …").
 * Fixed in block E7 (v37 only; near misses in `guards`):
 *  - notPromise (swap of G9's alternative): the utility's "will call you" is read again as a promise when the provider's
 *    library's staff will act in the sentence ("our outreach librarian will call you", "nuestra bibliotecaria le llamará")
 *    [near misses: "… and the librarian at your branch can help you fill in the form", "… y la biblioteca tiene computadoras"
 *    stay no promise];
 *  - notPromise (new alternative, on the brand words): the utility's people ("'s billing department / team / office",
 *    "customer service", "rep", "technician", "team") and "is going to", "should", "get back to / be in touch with you"
 *    [near misses still promises: "I'll ask BGE's billing team to call you back", "BGE's billing team will call you, and
 *    I'll e-mail you the list …", "Pepco's team will be in touch with you, and our librarian will call you Friday"];
 *  - dismissalConvenience (swap of G10's English alternative): also "not my department / dept"; not with a "but" up to
 *    eight words on, not after another speaker's "said / told you / was like", not "responsibility if / when / for / once"
 *    [near misses still read: "As I said, that's not my job. Goodbye.", "like i said thats not my job. bye", "It's not my
 *    problem if you can't find it. Goodbye.", "That's not my job, sorry. Bye."];
 *  - dismissalConvenience (swap of G10's Spanish one): also "nuestra", "responsabilidad", "asunto"; not with "pero" a few
 *    words on, not "si / cuando" after (a liability), not after "dijo / dice / contestó …" [still: "No es mi problema. Adiós."];
 *  - dismissalConvenience (new, chat-speak): "not my job / problem / prob / department" with no subject, after a clause break
 *    and ending the clause or before "sorry / lol / bye" [near miss: "not my job to judge lol, the form is at …"];
 *  - setting `ownHostE7` (classify.ts `ownHostE7`, hooked in referral.ts `sourceCutZ4` after `actTailG9`): a clause's URL
 *    whose first host label spells the party's words cut short ("washgas", "potedison") is the party's own page, not cut
 *    [near miss: "Contact Washington Gas …, and apply for energy help at energyhelp.org" still cut: referral fails].
 * Each fix was widened on purpose (the library staff without "will", the sayer "I" allowed, "if / when" after any noun,
 * every host label taken as the party's): 4 guards failed, as they should; the rules went back. (A "but" anywhere in the
 * sentence failed none: no guard has a later, unrelated "but"; the bound of eight words was kept.)
 * Second run (the 20 guards): 1 disagreed, the Spanish reported "¿El empleado le dijo no es mi problema …?" (fixed in the
 * Spanish swap above: "dijo …"); third run: 0. Earlier files pass.
 * Left (3, each with its reason in LEFT): "call it DTE" (the referral check tests its party family on the text after the
 * verb, where the naming "call it" cannot be seen: a referral.ts reading would be needed), "see a notary public" ("see" is
 * no referring verb; older), "Cuando llame a Pepco al …, pregunte por el plan de pagos" (a when-clause is read as no
 * referral; older).
 * v37's fingerprint after block E7: f081fa63ec717228.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A utility question, the greeting's clarifying question and the reply, then the provider's `text` and a goodbye. */
const ut = (text: string): Line[] => one('i got a shut off notice, what can i do', text);
/** A Spanish session: the patron's question, a Spanish greeting that asks the branch, the reply, `text` and a goodbye. */
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
    name: 'a shut-off notice: the patron "called BGE yesterday", "its not my job to know", the provider "It\'s not your job to know them", BGE with its number',
    lines: [
      [0, 'p', 'hi. i called BGE yesterday about my shutoff notice and the lady basically said its not her problem. what can i do??'],
      [25, 'l', "Hi, I'm Dana, a librarian at Sample County Library. I'm sorry that happened. Is the notice for gas, electric or both, and what date does it give?"],
      [60, 'p', 'both, the 15th. honestly its not my job to know all these programs lol'],
      [90, 'l', "It's not your job to know them, that's what we're here for! Apply for energy assistance online at mydhrbenefits.dhr.state.md.us, and call BGE at 800-685-0123 to tell them you applied so they can hold the shut-off. Does that answer your question?"],
      [150, 'p', 'yes thats everything, thank you'],
      [160, 'l', "You're welcome, good luck and take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a notary at the branch: "Pregunte por el horario exacto en el mostrador o llame a la sucursal al 240-…"',
    lines: [
      [0, 'p', 'buenas, necesito un notario para un poder, la biblioteca tiene?'],
      [25, 'l', 'Hola, le saluda Andrés, bibliotecario de Sample County Library. ¿Qué sucursal le queda más cerca?'],
      [60, 'p', 'wheaton'],
      [95, 'l', 'En Wheaton hay notaria los martes de 2 a 5. Pregunte por el horario exacto en el mostrador o llame a la sucursal al 240-777-0678. ¿Le sirve esa información?'],
      [150, 'p', 'si gracias, es todo'],
      [160, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a British energy essay: "the National Grid" as the thing studied, Gale and a URL, no one to contact',
    lines: [
      [0, 'p', 'hiya, doing a GCSE essay on how the national grid balances supply and demand, where do I start?'],
      [30, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona. Is it for physics or geography, and how long does it need to be?"],
      [70, 'p', 'physics, about 1000 words'],
      [110, 'l', 'Lovely. Try "national grid" as the search term in Gale In Context: Science (in our eResources), and the BBC Bitesize page at bbc.co.uk/bitesize/guides/z9c9p39 explains step-up transformers. Does that help?'],
      [160, 'p', "Yes that's all I need, cheers"],
      [170, 'l', 'Brilliant, good luck with it, bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // referralParty: utility brands that are no party told to the patron (near misses) and parties skipped (behaviour)
  { name: 'utility near miss: "Ask them about the Pepco merger too" (them: the OPC, reached by phone) : referral passes', lines: ut("Call the Office of People's Counsel at 410-767-8150. Ask them about the Pepco merger too, since it changed the rates. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'utility near miss: the patron\'s own past call, "Since you already called BGE yesterday and they told you to wait" : referral na', lines: ut('Since you already called BGE yesterday and they told you to wait, the next step is the complaint form at psc.state.md.us/complaint. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'utility near miss: "Call 211 now and tell them you have a Pepco shut-off notice" : referral passes', lines: ut('Call 211 now and tell them you have a Pepco shut-off notice; they can find emergency funds. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'utility near miss: "Try \\"Ameren\\" as the company name in Mergent" (a search term) : referral na', lines: one('i need financial data on a utility company for class', 'Try "Ameren" as the company name in Mergent Online, our business database at samplelibrary.org/mergent. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'utility near miss: a report title, "ask for the \\"Entergy Louisiana Storm Report\\" in the search box at lpsc.louisiana.gov" : referral na', lines: one('looking for the report on the hurricane ida outages', 'Search for the Entergy Louisiana storm report in the docket search at lpsc.louisiana.gov (docket U-36350). Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'utility behaviour: "Reach out to Eversource about the hardship rate" : referral fails', lines: ut('Reach out to Eversource about the hardship rate; they have one for customers on fuel assistance. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'utility behaviour: "Talk to PECO\'s customer service about a payment agreement" : referral fails', lines: ut("Talk to PECO's customer service about a payment agreement before the date on the notice. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'utility behaviour: "Call National Grid\'s billing team and ask about a payment plan" : referral fails', lines: ut("Call National Grid's billing team and ask about a payment plan. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'utility behaviour: Spanish "Comuníquese con Con Edison para pedir un plan de pagos" : referral fails', lines: es('me van a cortar la luz', 'Comuníquese con Con Edison para pedir un plan de pagos antes de la fecha del aviso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // notPromise: the utility's people acting on the patron's case (no promise), and the provider's library's promise
  { name: 'notPromise behaviour: "BGE\'s billing department will call you to set up the plan" : contact na', lines: ut("BGE's billing department will call you to set up the plan once OHEP approves you; the application is at mydhrbenefits.dhr.state.md.us. Does that help?"), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: "A Pepco rep will call you within two days" : contact na', lines: ut('A Pepco rep will call you within two days to confirm the arrangement; the details are at pepco.com/paymentarrangement. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: "BGE customer service will get back to you within 5 business days" : contact na', lines: ut('BGE customer service will get back to you within 5 business days about the dispute; the rules are at psc.state.md.us/complaints. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: "Pepco is going to call you to confirm the arrangement" : contact na', lines: ut('Pepco is going to call you to confirm the arrangement; the terms are at pepco.com/paymentarrangement. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise behaviour: Spanish "Pepco lo va a llamar para confirmar" : contact na', lines: es('me llego un aviso de corte', 'Pepco lo va a llamar para confirmar el plan de pagos; los detalles están en pepco.com/es. ¿Le sirve?'), exp: some({ contact: 'na' }) },
  { name: 'notPromise near miss: "OHEP will mail you a decision, and our outreach librarian will call you Friday" (the library\'s promise) : contact fails', lines: ut('OHEP will mail you a decision, and our outreach librarian will call you Friday to help with the paperwork. The application is at mydhrbenefits.dhr.state.md.us. Does that help?'), exp: some({ contact: 'fail' }) },
  { name: 'notPromise near miss: Spanish "Pepco le enviará una carta y nuestra bibliotecaria le llamará el viernes" : contact fails', lines: es('me llego un aviso de corte', 'Pepco le enviará una carta, y nuestra bibliotecaria le llamará el viernes para ayudarle con la solicitud en mydhrbenefits.dhr.state.md.us. ¿Le sirve?'), exp: some({ contact: 'fail' }) },

  // actTailG9: the clause's URL that is the party's own page
  { name: 'actTail near miss: "Call Baltimore Gas and Electric about a payment plan, or apply for one at bge.com/payment-plans" (its own page) : referral passes', lines: ut('Call Baltimore Gas and Electric about a payment plan, or apply for one at bge.com/payment-plans. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'actTail near miss: "Contact Washington Gas about budget billing, and sign up at washgas.com/budget" (its own page) : referral passes', lines: ut('Contact Washington Gas about budget billing, and sign up at washgas.com/budget-billing. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'actTail behaviour: "Call Pepco about a payment plan, and apply for energy assistance at dhs.maryland.gov/ohep" : referral fails', lines: ut('Call Pepco about a payment plan, and apply for energy assistance at dhs.maryland.gov/ohep. Does that help?'), exp: some({ referral: 'fail' }) },

  // dismissalConvenience: "not my job" that is no dismissal, and dismissals skipped
  { name: 'dismissal near miss: "That\'s not my job anymore since the county took passports over, but the clerk at 410-…" : dismissal passes', lines: one('can u help me with my passport renewal', "That's not my job anymore since the county took passports over, but the Circuit Court clerk at 410-222-1397 can help you. Does that help?"), exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: 'dismissal near miss: reassurance, "it\'s not your job to know this" : dismissal passes', lines: ends('sorry i dont know how any of this works', "Don't apologise, it's not your job to know this! The renewal form is at travel.state.gov/renew. Does that help?"), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "that\'s not my problem to solve alone, let\'s work it out together" : dismissal passes', lines: ends('the library says i owe $80 but i returned everything', "Well, that's not my problem to solve alone, let's work it out together: which items does your account list? Your account is at samplelibrary.org/account."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: reported, "The man at the counter said that\'s not my job and walked off? I\'m so sorry." : dismissal passes', lines: ends('the guy at the desk wouldnt help me print', "The man at the counter said that's not my job and walked off? I'm so sorry. You can print from home at samplelibrary.org/print and pick it up at any desk."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: a policy, "It is not our responsibility if the item is lost in the mail, so please use tracking" : dismissal passes', lines: ends('if i mail back the book and it gets lost do i pay', 'It is not our responsibility if the item is lost in the mail, so please use tracking; the return address is on samplelibrary.org/mail-returns.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the patron\'s words, "thats not my job, the school should do it" : dismissal passes', lines: [...OPEN('my kid needs a book for school'), [60, 'p', 'thats not my job, the school should give it to him'], L('I understand! We have it: the catalogue record is at samplelibrary.org/catalog/12345.', 80), ...BYE], exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal behaviour: Spanish "No es mi responsabilidad. Adiós." : dismissal fails', lines: ends('necesito ayuda con mi pasaporte', 'Eso no es mi responsabilidad. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: chat-speak "not my job lol, bye" : dismissal fails', lines: ends('can u help me with my passport renewal', 'we dont do passports, not my job lol. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: "That\'s not my department. Goodbye." : dismissal fails', lines: ends('can u help me with my passport renewal', "That's not my department. Goodbye."), exp: some({ dismissal: 'fail' }) },

  // notary as a topic, and "pregunte por" with things
  { name: 'notary near miss: "Ask about the notary commission requirements when you call the Secretary of State at 410-…" : referral passes', lines: one('how do i become a notary', 'Ask about the notary commission requirements when you call the Secretary of State at 410-974-5521. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'notary near miss: "Sign up for the notary training course at montgomerycollege.edu/notary" : referral na', lines: one('how do i become a notary', 'Sign up for the notary training course at montgomerycollege.edu/notary; the state exam follows. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: "A notary\'s duties are listed in the Maryland Notary Handbook at sos.maryland.gov/notary" : referral na', lines: one('what does a notary actually do', "A notary's duties are listed in the Maryland Notary Handbook at sos.maryland.gov/notary. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'notary near miss: "check the notary laws for your state at nationalnotary.org/knowledge-center" : referral na', lines: one('can a notary notarize for family', 'It depends on the state: check the notary laws for your state at nationalnotary.org/knowledge-center. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pregunte por near miss: "pregunte por el formulario en irs.gov/es/forms" (a thing on a site) : referral na', lines: es('necesito el formulario w-9', 'Lo encuentra en línea: pregunte por el formulario W-9 en el buscador de irs.gov/es/forms-instructions. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pregunte por behaviour: "pregunte por la trabajadora social en el DSS" : referral fails', lines: es('necesito ayuda con la renta', 'Vaya al Departamento de Servicios Sociales y pregunte por la trabajadora social de turno. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];


export const guards: SessionCase[] = [
  // the utility's people (E7's notPromise alternative): still the provider's promise with their own or the library's act
  { name: 'guard notPromise: "I\'ll ask BGE\'s billing team to call you back" (the provider\'s act) : contact fails', lines: ut("I'll ask BGE's billing team to call you back about the plan; their rules are at bge.com/payment-plans. Does that help?"), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: "BGE\'s billing team will call you, and I\'ll e-mail you the list of funds tomorrow" : contact fails', lines: ut("BGE's billing team will call you, and I'll e-mail you the list of funds tomorrow; the application is at mydhrbenefits.dhr.state.md.us. Does that help?"), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: "Pepco\'s team will be in touch with you, and our librarian will call you Friday" : contact fails', lines: ut("Pepco's team will be in touch with you, and our librarian will call you Friday with the forms from mydhrbenefits.dhr.state.md.us. Does that help?"), exp: some({ contact: 'fail' }) },
  { name: 'guard notPromise: "National Grid\'s customer service team will be in touch with you within 10 days" : contact na', lines: ut("National Grid's customer service team will be in touch with you within 10 days; the hardship rules are at nationalgridus.com/hardship. Does that help?"), exp: some({ contact: 'na' }) },
  { name: 'guard notPromise: "a Delmarva technician should contact you to schedule the meter swap" : contact na', lines: ut('A Delmarva technician should contact you to schedule the meter swap; the details are at delmarva.com/meters. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'guard notPromise: "OHEP will call you about the decision, and the librarian at your branch can help you fill in the form" (no promise) : contact na', lines: ut('OHEP will call you about the decision, and the librarian at your branch can help you fill in the form at mydhrbenefits.dhr.state.md.us. Does that help?'), exp: some({ contact: 'na' }) },
  { name: 'guard notPromise: Spanish "Pepco le enviará una carta; la biblioteca tiene computadoras" (no promise) : contact na', lines: es('me llego un aviso de corte', 'Pepco le enviará una carta con el plan, y la biblioteca tiene computadoras para llenar la solicitud en mydhrbenefits.dhr.state.md.us. ¿Le sirve?'), exp: some({ contact: 'na' }) },
  // dismissal (E7's swap of G10's, and its chat-speak alternative)
  { name: 'guard dismissal: "As I said, that\'s not my job. Goodbye." (the provider\'s own) : dismissal fails', lines: ends('but can u just tell me what to put on the passport form', "As I said, that's not my job. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "It\'s not my problem if you can\'t find it. Goodbye." : dismissal fails', lines: ends('i still cant find the form', "It's not my problem if you can't find it. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "That\'s not my job, sorry. Bye." : dismissal fails', lines: ends('can u help me with my passport renewal', "That's not my job, sorry. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "That\'s not my department, but the circulation desk at 240-777-0001 can help" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department, but the circulation desk at 240-777-0001 can help with fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard dismissal: chat-speak "not my job to judge lol, the form is at …" : dismissal passes', lines: ends('is it dumb that i still use paper forms', 'not my job to judge lol, the paper form is at travel.state.gov/ds82'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard dismissal: Spanish "No es nuestra responsabilidad si el libro se pierde en el correo" (a liability) : dismissal passes', lines: ends('si devuelvo el libro por correo y se pierde pago yo?', 'No es nuestra responsabilidad si el libro se pierde en el correo, así que use envío con seguimiento; la dirección está en samplelibrary.org/devoluciones.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard dismissal: Spanish "No es mi problema. Adiós." : dismissal fails', lines: ends('necesito ayuda con mi pasaporte', 'No es mi problema. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: chat-speak "like i said thats not my job. bye" (the provider\'s own, no comma) : dismissal fails', lines: ends('but can u just fill it out for me', 'like i said thats not my job. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard dismissal: "she told you that\'s not her job" (his / her: never read) and the help goes on : dismissal passes', lines: ends('the lady at the counter wouldnt help', "So she told you that's not her job? I'm sorry. The form you need is at travel.state.gov/ds82."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard notPromise: "Pepco\'s billing office is going to call you next week" : contact na', lines: ut("Pepco's billing office is going to call you next week about the arrangement; the terms are at pepco.com/paymentarrangement. Does that help?"), exp: some({ contact: 'na' }) },
  { name: 'guard dismissal: Spanish reported, "¿El empleado le dijo \'no es mi problema\' y se fue?" then help : dismissal passes', lines: ends('el empleado no me quiso ayudar', '¿El empleado le dijo no es mi problema y se fue? Lo siento mucho. El formulario está en travel.state.gov/es.'), exp: some({ dismissal: 'pass' }) },
  // ownHostE7
  { name: 'guard ownHost: "Contact Washington Gas …, and apply for energy help at energyhelp.org" (another errand\'s page) : referral fails', lines: ut('Contact Washington Gas about budget billing, and apply for energy help at energyhelp.org. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard ownHost: "Call Potomac Edison about a payment plan, and apply for one at potedison.com/plans" (its own page) : referral passes', lines: ut('Call Potomac Edison about a payment plan, and apply for one at potedison.com/plans. Does that help?'), exp: some({ referral: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: the referral check tests its party family on the text after the verb ("it DTE, not …"), where "call it" naming
  // cannot be seen; a code-level reading in referral.ts would be needed (v36 na, G9's brand read)
  { name: 'utility near miss: naming, "call it DTE, not Detroit Edison" in a database search : referral na', lines: one('where can i find old annual reports for detroit edison', 'In Mergent Online, search under the parent company: call it DTE, not Detroit Edison, and the 10-Ks are also at sec.gov/edgar. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: "see" is no referring verb (older than G10; "see our page", "see below" make a widening risky)
  { name: 'notary behaviour: "see a notary public at your bank before you mail it" : referral fails', lines: one('do i need to notarize the affidavit', 'Yes, see a notary public at your bank before you mail it. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: "Cuando llame a Pepco al …" (a when-clause) is not read as a referral at all (older than G9/G10)
  { name: 'pregunte por near miss: "pregunte por el plan de pagos" when calling Pepco at its number : referral passes', lines: es('me van a cortar la luz', 'Cuando llame a Pepco al 1-877-737-2662, pregunte por el plan de pagos. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-sixth round, E7 (narrowing G9 and G10)', () => {
  describeSessions('whole sessions', whole);
  describeSessions('short cases', short);
  describeSessions('guards', guards);
  describeLeft('E7', LEFT);
});
