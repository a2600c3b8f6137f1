/**
 * Thirty-sixth round, area (G9): UTILITIES, HOME ENERGY AND HEATING HELP. A high gas or electric bill (BGE, Pepco, Delmarva,
 * SMECO, Washington Gas), a shut-off notice, energy assistance (Maryland's Office of Home Energy Programs: OHEP, EUSP, MEAP,
 * LIHEAP; the Fuel Fund of Maryland, the Salvation Army), weatherization, water bills and leaks (Baltimore's DPW, WSSC),
 * budget billing, oil and propane deliveries, a landlord who controls the heat, space-heater safety and free smoke alarms,
 * internet discounts (Internet Essentials, Lifeline); referrals to the utility, the county's energy office, 211 and 311, a
 * caseworker, the Public Service Commission, the Office of People's Counsel, the State Fire Marshal (info.source,
 * referral.contact, closing.no_dismissal, followup.*, inquiry.clarify, followup.completeness, closing.anything_else,
 * closing.courteous).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "Call Pepco right away and ask for a payment arrangement",
 *   "Call BGE and ask for a payment arrangement", "Give Pepco a call", "Phone SMECO and ask for a medical certificate form",
 *   "Ask Delmarva about budget billing", "Potomac Edison can help with a payment plan", "Call ComEd and ask about the hardship
 *   programme", "Call DPW to report the leak", "Llame a Pepco para pedir un plan de pagos", "Your local Office of Home Energy
 *   Programs can help …, so contact them", "Reach out to the Fuel Fund of Maryland", "contact your local weatherization
 *   agency", "Contact the Public Service Commission", "Talk to your caseworker", "Ask your caseworker at Social Services",
 *   "call your local OHEP office".
 *  a referral WITH one (passes): "call BGE customer service at 800-685-0123", "ring BGE on 800-685-0123", "Ring PECO on
 *   1-800-…", "Write to Con Edison at 4 Irving Place, New York, NY 10003", "Llame a BGE al 1-800-685-0123", "Call the Fuel
 *   Fund of Maryland at 410-235-9080", "the PSC's Consumer Affairs Division at 410-767-8028 or online at psc.state.md.us",
 *   "The Office of People's Counsel … can also help: opc.maryland.gov", "call 311 and ask for a housing inspector", "Call 211
 *   now", "Visit the Salvation Army at 814 Light Street", "Call DPW customer support at 410-396-5398", "you can ask WSSC Water
 *   for a leak adjustment; how it works is at wsscwater.com/…", "Contact Washington Gas at washingtongas.com/contact-us",
 *   "Call Comcast at 1-855-… and ask for Internet Essentials", "call their Bel Air office at 410-836-4844".
 *  a source, not a referral: "Apply for OHEP online at mydhrbenefits.dhr.state.md.us", "WSSC's page at wsscwater.com/leak",
 *   "the DHCD page at dhcd.maryland.gov/…", "Delmarva Power explains it at delmarva.com/…", the U.S. Fire Administration's
 *   tips at usfa.fema.gov/…; not a source: "Check BGE's website" (no address), budget billing explained from memory.
 *  clarifying: "Is it gas, electric or both, and do you live in Baltimore County?", "Do you own the home or rent it?", "Has
 *   the leak been fixed?", "So you need help paying for a propane delivery before the tank runs out?", "¿Ya recibió un aviso
 *   de corte?"; not: a question in the message that gives the first source.
 *  completeness: "Does that help?", "Does that sort it?", "Does that cover what you needed?", "Did that answer your question
 *   about the shut-off?", "Is this the kind of help you were looking for?", "¿Le sirve esta información?", "¿Contesta eso su
 *   pregunta?", "¿Es lo que buscaba?"; not: "Would you like the application in Spanish too?".
 *  dismissal: "We only allow 15 minutes per chat and you have used them up", "I've already spent 20 minutes on your bill, I
 *   need to end this chat now", "That's your third question, and we only take two per chat", "I need to log off now, sorry";
 *   allowed: "I have a few other patrons waiting … please chat with us again later", "Our chat service closes in 5 minutes
 *   … please chat with us again tomorrow from 10".
 *  the patron done: "yes thats all i needed thank you", "That is everything", "No more questions", "si, es todo, gracias",
 *   "no, that's everything for now", "that's all for today"; not done: "ok thx", "ok cool", "ok yes thanks".
 *  goodbyes: "Stay warm, bye!", "Lovely, cheers, mind how you go!", "¡De nada! Cuídense mucho, adiós.", "Stay safe, goodbye!".
 *  follow-ups: "I'll find the current form and e-mail it to you by tomorrow afternoon", "I'll call you back tomorrow morning
 *   once I reach the Fuel Fund", "a librarian there will e-mail you the nearest sites by Wednesday"; none of the provider's:
 *   "BGE will call you to set up the payment plan", "OHEP will mail you a decision within 45 days", "EUSP will send you a
 *   letter", "WSSC will send you a decision by mail", "Pepco will text you when the power is back", "the Fuel Fund will
 *   contact you within two weeks", "Your caseworker will contact you", "Pepco le llamará para confirmar el plan".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - a utility named by its brand (BGE, Pepco, SMECO, WSSC, DPW) is an organisation: telling the patron to call or ask it is
 *   a referral, as "call the MVA" is;
 * - "you can ask WSSC Water for a leak adjustment; how it works is at wsscwater.com/…" refers, and the utility's own site
 *   reaches it (my first label was na: corrected);
 * - a URL in a later clause of the referral's sentence for another step or another thing ("…, and apply for energy
 *   assistance at dhs.maryland.gov/…", "; OHEP is at dhs.maryland.gov/…") is not the party's way to be reached: Pepco's
 *   referral fails;
 * - a utility, a programme or a caseworker who will call, mail or text the patron makes no promise of the provider's (as
 *   v36's travel trainer); the provider's own promise beside it ("… and so will I on Friday") is one;
 * - "A librarian will be with you shortly" is a hold, and the canned "Thank you for contacting AskUsNow!, Maryland's online
 *   reference service" greets and names the service;
 * - a greeting and "I'm sorry to hear that" before the patron left is no substantive exchange (the information checks na;
 *   Lost Call passes), while a clarifying question the patron never answered is one (source, completeness and
 *   anything-else fail);
 * - "I'm not the utility company, I can't help with your bill. Bye." ends the help with no way back on the service's own
 *   ground: a dismissal (LEFT);
 * - "Does that sort it?" (British) asks whether the information meets the need; "Cheers" and "mind how you go" end a chat.
 * Written: 26 whole sessions (23 first, 3 in a second batch), 64 short cases (34 first, 16 in a second batch, 9 in a third,
 * 5 for the fixes, one of the second batch in LEFT), 18 near misses in `guards` (one in LEFT); 106 run, 2 in LEFT.
 * First run (23 whole + 34 short, labelled before running): 6 of 57 disagreed: referral.contact 4 ("Call Pepco right away
 * …", "Call BGE and ask …", "Llame a Pepco …", "Ask WSSC Water …; their customer service number is …" read as no referral:
 * a utility by its brand is no party word), followup.contact and resolution.code 2 ("BGE will call you to set up the payment
 * plan", "OHEP will mail you a decision within 45 days" read as the provider's promise). With the brands read, 3 more:
 * referral.contact of the Pepco session and of "Call BGE …; OHEP is at dhs.maryland.gov/…" read as passing (another
 * step's URL taken as the utility's), and the WSSC session's referral, where my label was wrong. Second run (3 whole + 16
 * short, labelled before running, with 5 cases and 9 near misses for the fixes): 2 of 19 disagreed: referral.contact 1
 * ("Call DPW to report the leak" read as no referral), closing.no_dismissal 1 (LEFT); and 1 near miss that an older reading
 * misreads with or without G9's changes (LEFT). Third run (9 short, labelled before running): 2 disagreed: followup.contact
 * and resolution.code ("The Fuel Fund will call you back, and so will I on Friday" read as no promise: my own notPromise;
 * "Pepco le llamará para confirmar el plan" read as the provider's promise). My labels corrected: 1 (of 11 disagreements).
 * Fixed in block G9:
 *  - referralParty (phrase family): a gas, electric or water utility by a brand without a kind word (v19 S3 reads "Duke
 *    Energy", "Washington Gas"): BGE, Pepco, SMECO, WSSC, Delmarva, Potomac Edison, DPW, and ComEd, Con Ed(ison), PECO, DTE,
 *    Entergy, Ameren, Evergy, Eversource, National Grid; not before its own websites, pages, apps, accounts, bills, meters,
 *    maps, programmes, rebates, plans or forms [near misses: "Visit the Pepco outage map", "Go to the BGE website …", "Visit
 *    the BGE Energy Savers programme page", "Go to the Pepco app", "Visit the DPW bill payment portal", "Go to the DPW
 *    website", "Check your SMECO account online" (only the outage map is read without the fix's look-ahead: the others are
 *    held by older readings too)];
 *  - notPromise (phrase family, as v18's offices and v36's travel trainer): those utilities and OHEP, EUSP, MEAP, LIHEAP and
 *    the Fuel Fund that "will call / contact / mail / send / text you", and in Spanish "le llamará / enviará / escribirá …"
 *    [near misses, still promises: "Delmarva Power will mail you the form, and I'll e-mail you the list tomorrow", "Pepco
 *    will call you to confirm, and I'll e-mail you the rebate list by Friday", "BGE will call you …, and so will we by
 *    Friday", "Pepco le llamará para confirmar, y yo le escribiré mañana"];
 *  - `actTailG9` (setting; classify.ts `actTailG9`, read by referral.ts `sourceCutZ4` beside v34's `sourceTailZ4`): in a
 *    referral's sentence, a clause after ";" or "," that sends the patron to a web page for another step ("…, and apply for
 *    energy assistance at …", "…, then fill out the OHEP form at …") or says where another thing by its bare name is ("; OHEP
 *    is at …") gives that step's URL, not the party's; not a clause that points back, nor a URL that names the party, nor
 *    an article's or a possessive's noun, the party's details, hours or process [near misses, still the party's: "Contact the
 *    Fuel Fund of Maryland; their application is at …", "Call the energy assistance office, and apply with them at …", "Call
 *    the county's energy office, and apply at aacounty.org/energy-assistance", "Call BGE, and check the payment options at
 *    bge.com/…", "Call the Salvation Army, details are at tinyurl.com/…"].
 * The full run then showed `actTailG9` too wide in two older files ("…; find one near you at pngdealers.org" after a dealer,
 * "…; check the plumber at labor.maryland.gov/pq"): its errands were narrowed to apply, sign up, register, enrol, fill out,
 * download, print, read and learn more (near miss added: "…; find one near you at …"), and an older LEFT case of
 * `thirty-first-round-emergencies` ("Check with the county first, then apply at disasterassistance.gov") now runs there.
 * Each fix's near misses were checked to fail with the fix made too wide (the look-ahead of the brands dropped; the
 * provider's own promise no longer tested; the party's site and the clause's subject no longer tested), except those noted.
 * Left: 2 (each with its reason at the case): the refusal "I can't help with your bill. Bye." (the meaning: whether a way on
 * follows and the help was within reach), and "Contact the county energy program; how to apply is at …" (an older reading).
 * v37's fingerprint after block G9: ff986a16e0926708.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, T0, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A high gas-and-electric bill with a shut-off notice, up to the patron's answer. */
const BILL: Line[] = [
  [0, 'p', 'my bge bill is like $600 this month how do i get help paying'],
  [20, 'l', "Hi, I'm Jo at Ask Us. Is it the gas, the electric, or both, and have you had a shut-off notice?"],
  [50, 'p', 'both, and yes a notice came tuesday'],
];
/** A water bill that tripled (a leak?), up to the patron's answer. */
const WATER: Line[] = [
  [0, 'p', 'my water bill from wssc tripled, i think there is a leak somewhere'],
  [20, 'l', 'Hello, Jo at AskUsNow! here. Do you own the home or rent it?'],
  [50, 'p', 'own it'],
];
/** A landlord who controls the heat, up to the patron's answer. */
const HEAT: Line[] = [
  [0, 'p', 'our landlord controls the heat and its 58 degrees in the apartment'],
  [20, 'l', 'Hi, this is Jo, a librarian at Ask Us. Which county or city do you live in?'],
  [50, 'p', 'baltimore city'],
];
/** A Spanish question (help paying the electric bill) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito ayuda para pagar la luz'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Ya recibió un aviso de corte?'],
  [50, 'p', 'si, de Pepco'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, then the provider's `text` at 70 s, the patron's `reply` at 100 s, and the provider's `last` at 106 s. */
const reply = (base: Line[], text: string, r: string, last = 'Stay warm, bye!'): Line[] => [...base, [70, 'l', text], [100, 'p', r], [106, 'l', last]];

export const whole: SessionCase[] = [
  {
    name: 'a $600 BGE bill: OHEP online, and BGE customer service with its number for a payment plan',
    lines: [
      [0, 'p', 'Hi, my BGE bill this month is almost $600 and I cant pay it. Is there any help?'],
      [25, 'l', "Hi there, thanks for contacting AskUsNow! I'm Dana, a librarian at Baltimore County Public Library. I'm sorry, that's a big bill. Is it gas, electric or both, and do you live in Baltimore County?"],
      [80, 'p', 'both, and yes Towson'],
      [110, 'l', "Maryland's Office of Home Energy Programs (OHEP) helps with both: you apply for the Electric Universal Service Program (EUSP) and MEAP together online at mydhrbenefits.dhr.state.md.us, or on paper. To spread the balance out, call BGE customer service at 800-685-0123 and ask for a payment arrangement. Does that help?"],
      [170, 'p', 'yes thats all i needed thank you'],
      [176, 'l', "You're welcome! Stay warm, and thanks for chatting with us."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a Pepco shut-off notice, terse provider: "call Pepco right away" with no number',
    lines: [
      [0, 'p', 'got a pepco shut off notice for the 15th what do i do'],
      [12, 'l', 'Hi, Sam at Ask Us. PG County or Montgomery?'],
      [40, 'p', 'pg'],
      [55, 'l', "Call Pepco right away and ask for a payment arrangement, and apply for energy assistance at dhs.maryland.gov/office-of-home-energy-programs; a pending application can hold off the shut-off. That help?"],
      [90, 'p', 'ya'],
      [94, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, LIHEAP in Maryland: the application online, the patron done in Spanish',
    lines: [
      [0, 'p', 'buenas tardes, como puedo pedir ayuda con la calefaccion? soy de Silver Spring'],
      [25, 'l', '¡Buenas tardes! Soy Marta, bibliotecaria de AskUsNow!. ¿Su calefacción es de gas, eléctrica o de aceite?'],
      [60, 'p', 'de gas, con Washington Gas'],
      [85, 'l', 'En Maryland la ayuda federal LIHEAP se llama MEAP y la maneja la Oficina de Programas de Energía (OHEP). Puede solicitarla en línea en mydhrbenefits.dhr.state.md.us; la página dhs.maryland.gov/office-of-home-energy-programs explica qué documentos necesita. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Gracias por escribirnos! Que tenga un buen día.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak, the Fuel Fund, the patron gone after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'hey r there grants 4 heating bills?? im behind like 3 months'],
      [18, 'l', "Hello, this is Chris, a librarian with Enoch Pratt Free Library's Ask Us service. Are you in Baltimore City, and is it BGE?"],
      [50, 'p', 'ya city, bge'],
      [80, 'l', 'The Fuel Fund of Maryland gives grants toward BGE bills once you have applied for OHEP; how to apply is at fuelfundmaryland.org. Does that help?'],
      [220, 'l', 'Are you still there?'],
      [330, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'weatherization for a drafty rowhouse: DHCD\'s programme page, "contact your local weatherization agency" with no contact',
    lines: [
      [0, 'p', 'Hello. Is there a program that helps seniors insulate their house? Our rowhouse is very drafty.'],
      [30, 'l', "Hello, and welcome to AskUsNow!. My name is Denise and I'm a reference librarian. Do you own the house, and roughly what is your household's income?"],
      [90, 'p', 'We own it. Two of us on Social Security, about $3000 a month.'],
      [115, 'l', "Then you may qualify for Maryland's Weatherization Assistance Program, which pays for insulation, air sealing and sometimes a new furnace. The rules are on the DHCD page at dhcd.maryland.gov/Residents/Pages/wap. To get on the list, contact your local weatherization agency; they do a free energy audit first. Is that what you were looking for?"],
      [180, 'p', 'Yes, thank you. That is everything.'],
      [186, 'l', 'You are very welcome. Take care and stay warm!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a landlord who keeps the heat at 58: the city\'s rule, and "call 311" for a housing inspector',
    lines: [
      [0, 'p', 'landlord controls the thermostat and keeps it at 58. is that legal?? baltimore city'],
      [20, 'l', "Hi! I'm Priya, a librarian at Ask Us (Enoch Pratt Free Library). Sorry you're cold. Have you told the landlord in writing yet?"],
      [55, 'p', 'texted him twice no answer'],
      [80, 'l', "In the city, landlords who supply heat must keep it at 68 degrees in the daytime; the rule is in the Baltimore City Property Maintenance Code at dhcd.baltimorecity.gov. To report it, call 311 and ask for a housing inspector. Is that what you were looking for?"],
      [130, 'p', 'yes great'],
      [135, 'l', 'Anything else I can help with?'],
      [150, 'p', 'nope'],
      [155, 'l', 'Good luck, and stay warm!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'space-heater safety, terse: the fire administration\'s page at once, no question',
    lines: [
      [0, 'p', 'is it safe to leave a space heater on overnight'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [25, 'l', "The U.S. Fire Administration says no: turn it off when you sleep or leave the room, and plug it straight into the wall, not a power strip. Their tips: usfa.fema.gov/prevention/home-fires/prepare-for-fire/heating. That help?"],
      [60, 'p', 'ya'],
      [64, 'l', 'Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a WSSC leak adjustment: the form to be e-mailed by tomorrow afternoon, recorded the next morning',
    lines: [
      [0, 'p', 'Hi, we had a leak under the house and our WSSC bill is $900. Can we get some of it back?'],
      [25, 'l', "Hi! I'm Grace, a librarian with Prince George's County Memorial Library System. Has the leak been fixed, and do you have the plumber's receipt?"],
      [70, 'p', 'Yes fixed last week, we have the receipt'],
      [95, 'l', "Then you can ask WSSC Water for a leak adjustment; how it works is at wsscwater.com/leak-adjustment. Is that what you were looking for?"],
      [150, 'p', 'Yes but the form link is broken for me'],
      [160, 'l', "I'll find the current form and e-mail it to you by tomorrow afternoon. What's the best e-mail for you?"],
      [200, 'p', 'kim.osei@example.net'],
      [210, 'l', "Thanks, I'll send it to kim.osei@example.net by tomorrow afternoon. Anything else for today?"],
      [240, 'p', "no that's all, thanks!"],
      [246, 'l', "You're welcome, talk soon. Bye for now!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'kim.osei@example.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent WSSC leak adjustment form' }] },
    // my first label was referral na: "you can ask WSSC Water for a leak adjustment" tells the patron to ask an organisation
    // (Terms: a referral), and its own site in the sentence (wsscwater.com) is a way to reach it
    exp: usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
  {
    name: 'the PSC\'s complaint records: "I\'ll send you what I find" with no time, the code left Answered',
    lines: [
      [0, 'p', 'how many complaints has the PSC gotten about smeco estimated bills? doing a story for our neighborhood newsletter'],
      [20, 'l', "Hello, I'm Tom, a librarian at Ask Us. Which years do you need?"],
      [55, 'p', 'last 2 years'],
      [75, 'l', "The Public Service Commission publishes yearly reports at psc.state.md.us/reports, with complaints by utility. Do those help?"],
      [120, 'p', 'kind of but i need just the estimated bill ones'],
      [130, 'l', "That breakdown may be in the Commission's case files. I'll look into it and send you what I find. Can I have your e-mail?"],
      [160, 'p', 'news@example.org'],
      [170, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'news@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'budget billing, then "we only allow 15 minutes per chat and you have used them"',
    lines: [
      [0, 'p', 'what is budget billing with delmarva and should i do it'],
      [20, 'l', 'Hi, this is Kay at AskUsNow!. Are you on the electric side, or gas too?'],
      [45, 'p', 'just electric'],
      [65, 'l', "Budget billing averages your yearly use into 12 equal bills; Delmarva Power explains it at delmarva.com/MyAccount/MyBillUsage/Pages/BudgetBilling. Does that help?"],
      [100, 'p', 'yes. also whats a good thermostat setting, and can they charge me a deposit, and what about the solar people knocking on my door'],
      [115, 'l', 'We only allow 15 minutes per chat and you have used them up. Goodbye.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'propane running low, then "other patrons waiting, please chat with us again later"',
    lines: [
      [0, 'p', 'Hi, our propane tank is at 10% and the company wants payment up front. Is there help for propane?'],
      [25, 'l', "Hello! I'm Nia, a librarian at Carroll County Public Library. Which county are you in, and is the propane your main heat?"],
      [60, 'p', 'Carroll, yes its our only heat'],
      [85, 'l', "MEAP through the Office of Home Energy Programs also pays propane and oil dealers; the application is at mydhrbenefits.dhr.state.md.us, and if the tank is nearly empty ask for the crisis help described at dhs.maryland.gov/office-of-home-energy-programs. Does that get you what you needed?"],
      [130, 'p', 'yes! also can you find me which dealers take MEAP, and whether they deliver on weekends, and the price per gallon'],
      [145, 'l', "Those are good questions. I have a few other patrons waiting right now, so I need to wrap up, but please chat with us again later and we'll help with those. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a local energy office question, transferred to the county\'s library with a note',
    lines: [
      [0, 'p', 'hi where is the energy assistance office in anne arundel county, i need to drop off papers'],
      [20, 'l', 'Hello, Jo at Ask Us here. Are you dropping off a new application or papers they asked for?'],
      [50, 'p', 'papers they asked for'],
      [56, 'l', "A librarian at Anne Arundel County Public Library knows the county offices well, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt needs AA County energy assistance office location for drop-off, local q'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa from Anne Arundel County Public Library here.', ROSA],
      [130, 'l', "The county's Community Action Agency handles energy assistance; their drop-off address and hours are on aacap.org (Energy Assistance > Locations). Did that help?", ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and good luck!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'canned opening, an internet discount: Internet Essentials and Lifeline with their pages',
    lines: [
      [0, 'p', 'is there still a discount for internet for low income? the ACP ended'],
      [5, 'l', "Thank you for contacting AskUsNow!, Maryland's online reference service. A librarian will be with you shortly."],
      [40, 'l', "Hi, I'm Alex. Do you get SNAP, Medicaid or energy assistance? Some plans use those to qualify."],
      [75, 'p', 'yes SNAP'],
      [100, 'l', 'Then Comcast Internet Essentials ($14.95 a month) takes SNAP: internetessentials.com. The federal Lifeline discount also still exists: lifelinesupport.org. Did that answer your question?'],
      [150, 'p', 'yes thank you so much, thats all'],
      [156, 'l', 'Glad to help. Thanks for chatting with AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'oil delivery, picked up late: the Maryland Energy Administration by phone',
    lines: [
      [0, 'p', 'is there a list of heating oil companies that do small deliveries? i can only afford 50 gallons'],
      [95, 'l', "Hi, sorry for the wait! I'm Lee, a librarian at Harford County Public Library. Do you need a delivery this week?"],
      [130, 'p', 'yes we are almost out'],
      [150, 'l', "Many dealers have a 100-gallon minimum. The Maryland Energy Administration keeps track of heating oil prices and dealers; call them at 410-537-4000. For an emergency delivery, MEAP's crisis help is at dhs.maryland.gov/office-of-home-energy-programs. Is that what you needed?"],
      [200, 'p', 'yes that is everything, thanks'],
      [205, 'l', 'Stay warm, goodbye!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    name: 'a disputed SMECO bill: the PSC\'s consumer affairs line and the Office of People\'s Counsel\'s site',
    lines: [
      [0, 'p', 'Good morning. SMECO says I used twice as much electricity as last year and I do not believe it. Who can I complain to?'],
      [30, 'l', "Good morning, and thank you for contacting Ask a Librarian. My name is Ruth, and I'm a librarian at St. Mary's County Library. Have you already disputed the bill with SMECO itself?"],
      [80, 'p', 'Yes, they said the meter is fine.'],
      [110, 'l', "Then you can file a complaint with the Public Service Commission's Consumer Affairs Division at 410-767-8028 or online at psc.state.md.us. The Office of People's Counsel, which represents residential customers, can also help: opc.maryland.gov. Does that answer your question?"],
      [170, 'p', 'Yes it does. No more questions, thank you.'],
      [176, 'l', 'You are welcome. Good luck, and have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the patron gone after the question, the greeting only: Lost Call, the information checks na',
    lines: [
      [0, 'p', 'my gas got shut off today what do i do'],
      [20, 'l', "Hello, this is Jo, a librarian at Ask Us. I'm sorry to hear that."],
      [160, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've disconnected, so I'll end this session now. Feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'budget billing explained from memory, no source given',
    lines: [
      [0, 'p', 'should i sign up for budget billing with bge'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Do your bills swing a lot between summer and winter?"],
      [50, 'p', 'yeah winter is huge'],
      [75, 'l', "Budget billing averages your year into equal monthly payments, so winter hurts less; you still pay for what you use, and it's settled up once a year. It doesn't lower the total. Did that help?"],
      [110, 'p', 'yes thats all i needed'],
      [115, 'l', 'Great, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'no heat and no money for a repair: "call 211" for emergency heating help',
    lines: [
      [0, 'p', 'furnace died and i cant afford the repair, kids are cold. Frederick county'],
      [20, 'l', "Hi, I'm Ana, a librarian at Frederick County Public Libraries. I'm so sorry. Do you own or rent?"],
      [45, 'p', 'own'],
      [65, 'l', 'Call 211 now; they can find emergency heating repair help in Frederick County, and the crisis part of MEAP is explained at dhs.maryland.gov/office-of-home-energy-programs. Is that what you needed?'],
      [100, 'p', 'ok yes thanks'],
      [106, 'l', 'Is there anything else I can help you with?'],
      [120, 'p', 'no'],
      [126, 'l', 'Take care of yourself and the kids. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a DSS caseworker to add energy assistance, no contact: referral fails',
    lines: [
      [0, 'p', 'i already get snap, do i need a separate application for energy help'],
      [20, 'l', 'Hello, Jo at Ask a Librarian here. Are you in Baltimore County?'],
      [45, 'p', 'yes'],
      [70, 'l', "Yes, it's a separate application, though you can do both at mydhrbenefits.dhr.state.md.us. Ask your caseworker at Social Services to note it on your file too. Does that help?"],
      [100, 'p', 'yes thank you thats everything'],
      [106, 'l', 'Thank you for chatting, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a silent stretch after the patron\'s question: keep informed fails',
    lines: [
      [0, 'p', 'how do i read the meter on my gas bill'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Which company is it, BGE or Washington Gas?"],
      [45, 'p', 'washington gas'],
      [230, 'l', 'Washington Gas shows how to read your bill at washingtongas.com/customer-support/bill. Does that help?'],
      [260, 'p', 'yes thats all'],
      [265, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'no identification in the first two messages: greeting fails',
    lines: [
      [0, 'p', 'is there a senior discount on the water bill in baltimore'],
      [20, 'l', 'Hi! Are you 65 or older, and is the account in your name?'],
      [50, 'p', 'yes 70 and yes'],
      [70, 'l', "Baltimore City's water bill assistance is BH2O Assists; the application is at publicworks.baltimorecity.gov/bh2o-assists. Did that help?"],
      [100, 'p', 'yes thanks thats all'],
      [105, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'Fuel Fund intake sites, the patron\'s library to e-mail by Wednesday, not recorded five days on',
    lines: [
      [0, 'p', 'Hello, where can I apply in person for the Fuel Fund? I do not have a computer.'],
      [30, 'l', "Hello! I'm Sam with AskUsNow!, answering from Howard County. Which town do you live in?"],
      [75, 'p', 'Glen Burnie'],
      [100, 'l', "The Fuel Fund of Maryland lists its partner sites at fuelfundmaryland.org (Get Help > Where to Apply). Since you have no computer, I'll pass your question to Anne Arundel County Public Library, and a librarian there will e-mail you the nearest sites by Wednesday. What's your e-mail address?"],
      [150, 'p', 'ana.r@example.com'],
      [160, 'l', "Thanks, I've noted ana.r@example.com. Does the Fuel Fund page help in the meantime?"],
      [200, 'p', 'yes it does'],
      [206, 'l', 'Great. Anything else?'],
      [220, 'p', 'no thanks'],
      [226, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'ana.r@example.com', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'British provider, a high bill after a meter swap: "ring BGE on 800-685-0123", the patron done',
    lines: [
      [0, 'p', 'They changed our meter and now the bill is double. Is that normal?'],
      [25, 'l', "Hiya, Harriet here, a librarian at Ask Us. When was the meter changed, and is the bill an estimate or an actual reading?"],
      [70, 'p', 'in october, it says actual'],
      [95, 'l', "A new smart meter can catch usage the old one under-read. BGE explains smart meter readings at bge.com/smartmeter; if it still looks wrong, ring BGE on 800-685-0123 and ask them to test the meter. Does that sort it?"],
      [140, 'p', 'yes cheers, that is everything'],
      [146, 'l', 'Lovely, cheers, mind how you go!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  {
    name: 'a water shut-off in the city, the patron gone after the clarifying question: Lost Call',
    lines: [
      [0, 'p', 'dpw says they will shut my water off friday, i owe $1400'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Is the account in your name, and do you own or rent?"],
      [160, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've disconnected, so I'll end this session now. Feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'bilingual, a BGE balance: "Llame a BGE al 1-800-685-0123", the patron done in Spanish',
    lines: [
      [0, 'p', 'hi my mom got a letter from bge, she only speaks spanish, can you help'],
      [25, 'l', "Hello! I'm Lucía, a librarian at AskUsNow!, and I speak Spanish too. ¿Es un aviso de corte o una factura normal?"],
      [60, 'p', 'aviso de corte, para el 20'],
      [85, 'l', 'Llame a BGE al 1-800-685-0123 y pida un plan de pagos; tienen intérpretes en español. También puede pedir ayuda de energía en mydhrbenefits.dhr.state.md.us. ¿Le sirve esta información?'],
      [140, 'p', 'si, es todo, gracias'],
      [146, 'l', '¡De nada! Cuídense mucho, adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'smoke alarms after a space-heater scare: two holds, the State Fire Marshal\'s office by phone',
    lines: [
      [0, 'p', 'our space heater started smoking last night. is there a program that gives free smoke alarms? Harford county'],
      [20, 'l', "Hello! I'm Sandra, a librarian at Harford County Public Library. I'm glad you're all right. Do you own the home?"],
      [55, 'p', 'yes'],
      [65, 'l', 'Let me look. One moment.'],
      [160, 'l', 'Still checking the county programmes, thanks for waiting.'],
      [250, 'l', "The Office of the State Fire Marshal installs free smoke alarms for homeowners; call their Bel Air office at 410-836-4844 to sign up. Heater safety tips are at usfa.fema.gov/prevention/home-fires. Does that help?"],
      [300, 'p', 'yes thank you, that is all'],
      [306, 'l', 'Stay safe, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral without a way to reach the party ------------------------------------------------------------------------
  { name: '"Call BGE and ask for a payment arrangement" with no number: referral fails', lines: then(BILL, 'Call BGE and ask for a payment arrangement before the shut-off date; OHEP is at dhs.maryland.gov/office-of-home-energy-programs. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Your local Office of Home Energy Programs can help, so contact them" : referral fails', lines: then(BILL, 'Your local Office of Home Energy Programs can help with the paperwork, so contact them this week. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Reach out to the Fuel Fund of Maryland for a grant" : referral fails', lines: then(BILL, 'Reach out to the Fuel Fund of Maryland for a grant toward the balance. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Llame a Pepco para pedir un plan de pagos" : referral fails', lines: thenEs('Llame a Pepco para pedir un plan de pagos antes de la fecha del corte. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Contact the Public Service Commission to file a complaint" : referral fails', lines: then(BILL, 'If BGE will not budge, contact the Public Service Commission to file a complaint. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Talk to your caseworker about adding MEAP" : referral fails', lines: then(BILL, 'Talk to your caseworker about adding MEAP to your benefits. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referral with a way ----------------------------------------------------------------------------------------------
  { name: '"Call the Fuel Fund of Maryland at 410-235-9080" : referral passes', lines: then(BILL, 'Call the Fuel Fund of Maryland at 410-235-9080 to ask about a grant. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"file a complaint with the PSC\'s Consumer Affairs Division at 410-767-8028" : referral passes', lines: then(BILL, "You can file a complaint with the PSC's Consumer Affairs Division at 410-767-8028. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Llame a la Oficina de Programas de Energía del condado al 410-555-0177" : referral passes', lines: thenEs('Llame a la Oficina de Programas de Energía del condado al 410-555-0177 para pedir una cita. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Visit the Salvation Army at 814 Light Street to apply" : referral passes (a postal address)', lines: then(BILL, 'Visit the Salvation Army at 814 Light Street, Baltimore, MD 21230 to apply for their energy help. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"WSSC customer service: 301-206-4001" after "ask WSSC" : referral passes', lines: then(WATER, 'Ask WSSC Water for a leak adjustment; their customer service number is 301-206-4001. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // ---- a source, not a referral ------------------------------------------------------------------------------------------
  { name: '"Apply for OHEP online at mydhrbenefits…" : a source, no referral', lines: then(BILL, 'Apply for OHEP online at mydhrbenefits.dhr.state.md.us; it covers both gas and electric. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"WSSC\'s page at wsscwater.com/leak explains the steps" : a source, no referral', lines: then(WATER, "WSSC's page at wsscwater.com/leak explains the steps for a leak adjustment. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Check BGE\'s website for budget billing" (no address) : no source', lines: then(BILL, "Check BGE's website for the budget billing option. Does that help?"), exp: some({ referral: 'na', source: 'fail' }) },
  // ---- clarify -----------------------------------------------------------------------------------------------------------
  { name: 'the question in the same message as the first source: clarify fails', lines: [[0, 'p', 'how do i apply for energy assistance'], [15, 'l', 'Hi, Jo at Ask Us.'], [40, 'l', 'OHEP is at dhs.maryland.gov/office-of-home-energy-programs. How many people live in your home?'], [70, 'p', 'three'], [80, 'l', 'Then the income limit is on that page. Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'a restatement: "So you need help paying for propane before it runs out?" : clarify passes', lines: [[0, 'p', 'propane almost gone and cant pay'], [15, 'l', "Hi, Jo at Ask Us. So you need help paying for a propane delivery before the tank runs out?"], [40, 'p', 'yes'], [50, 'l', 'MEAP pays propane dealers: mydhrbenefits.dhr.state.md.us. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'Spanish, "¿Ya recibió un aviso de corte?" before the source: clarify passes', lines: thenEs('Gracias. La solicitud está en mydhrbenefits.dhr.state.md.us. ¿Le sirve?'), exp: some({ clarify: 'pass' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  { name: '"Does that cover what you needed?" : completeness passes', lines: then(WATER, 'WSSC explains leak adjustments at wsscwater.com/leak. Does that cover what you needed?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like the application in Spanish too?" after the source: completeness fails', lines: then(BILL, 'The OHEP application is at mydhrbenefits.dhr.state.md.us. Would you like the application in Spanish too?'), exp: some({ complete: 'fail' }) },
  { name: '"Did that answer your question about the shut-off?" : completeness passes', lines: then(BILL, 'A pending OHEP application (dhs.maryland.gov/office-of-home-energy-programs) protects you from a shut-off for a while. Did that answer your question about the shut-off?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Contesta eso su pregunta?" : completeness passes', lines: thenEs('Puede solicitar ayuda en mydhrbenefits.dhr.state.md.us. ¿Contesta eso su pregunta?'), exp: some({ complete: 'pass' }) },
  // ---- anything else -----------------------------------------------------------------------------------------------------
  { name: '"nope thats all i needed" : anything else passes', lines: reply(BILL, 'OHEP: mydhrbenefits.dhr.state.md.us. Does that help?', 'nope thats all i needed'), exp: some({ anything: 'pass' }) },
  { name: '"ok thx" : anything else fails', lines: reply(BILL, 'OHEP: mydhrbenefits.dhr.state.md.us. Does that help?', 'ok thx'), exp: some({ anything: 'fail' }) },
  { name: '"¿Algo más en que le pueda ayudar?" : anything else passes', lines: [...ES, [70, 'l', 'La solicitud está en mydhrbenefits.dhr.state.md.us. ¿Le sirve?'], [100, 'p', 'si'], [106, 'l', '¿Algo más en que le pueda ayudar?'], [120, 'p', 'no'], [125, 'l', 'Adiós, ¡cuídese!']], exp: some({ anything: 'pass' }) },
  // ---- dismissal ---------------------------------------------------------------------------------------------------------
  { name: '"I\'ve already spent 20 minutes on your bill, I need to end this chat now" : dismissal fails', lines: reply(BILL, 'OHEP: mydhrbenefits.dhr.state.md.us. Does that help?', 'yes but what about the late fees and the deposit', "I've already spent 20 minutes on your bill, I need to end this chat now. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: '"That\'s your third question and we only take two per chat" : dismissal fails', lines: reply(WATER, 'WSSC explains it at wsscwater.com/leak. Does that help?', 'ok and what about the sewer charge, and the meter fee', "That's your third question, and we only take two per chat. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: '"closing in 5 minutes; please chat with us again tomorrow" : dismissal passes', lines: reply(WATER, 'WSSC explains it at wsscwater.com/leak. Does that help?', 'ok and what about the sewer charge, and the meter fee', "Our chat service closes in 5 minutes, so I can't get to those now; please chat with us again tomorrow from 10 and we'll go through the sewer charge. Thanks!"), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- courteous ---------------------------------------------------------------------------------------------------------
  { name: '"Stay warm! Bye." : courteous passes', lines: reply(HEAT, 'Call 311 for a housing inspector. Does that help?', 'yes', 'Stay warm! Bye.'), exp: some({ courteous: 'pass' }) },
  { name: 'the answer, then the patron\'s "ok" and nothing more: courteous fails', lines: [...HEAT, [70, 'l', 'Call 311 for a housing inspector; the heat rule is at dhcd.baltimorecity.gov. Does that help?'], [100, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- follow-up ---------------------------------------------------------------------------------------------------------
  { name: '"BGE will call you to set up the payment plan" : no follow-up', lines: then(BILL, 'Once you apply at mydhrbenefits.dhr.state.md.us, BGE will call you to set up the payment plan. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"OHEP will mail you a decision within 45 days" : no follow-up', lines: then(BILL, 'Apply at mydhrbenefits.dhr.state.md.us; OHEP will mail you a decision within 45 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your caseworker will contact you about the interview" : no follow-up', lines: then(BILL, 'After you apply at mydhrbenefits.dhr.state.md.us, your caseworker will contact you about the interview. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the intake sites by Thursday", the e-mail repeated: contact passes', lines: [...BILL, [70, 'l', "I'll e-mail you the list of Fuel Fund intake sites by Thursday. What's your e-mail?"], [100, 'p', 'warm@example.com'], [110, 'l', 'Thanks, warm@example.com, by Thursday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'warm@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll look into a county propane grant and get back to you", no e-mail, coded Answered: contact and code fail', lines: then(BILL, "I'll look into whether the county has a propane grant and get back to you. Does that help for now?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"Give Pepco a call about a payment plan" : referral fails', lines: then(BILL, 'Give Pepco a call about a payment plan before the 15th. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Phone SMECO and ask for a medical certificate form" : referral fails', lines: then(BILL, 'Phone SMECO and ask for a medical certificate form, since your husband is on oxygen. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You should call BGE\'s customer service line at 800-685-0123" : referral passes', lines: then(BILL, "You should call BGE's customer service line at 800-685-0123. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Ask Delmarva about budget billing" : referral fails', lines: then(BILL, 'Ask Delmarva about budget billing so the winter bills are smaller. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Potomac Edison can help with a payment plan" : referral fails', lines: then(BILL, 'Potomac Edison can help with a payment plan if you call before the due date. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call DPW to report the leak at the meter" with no number: referral fails', lines: then(WATER, 'Call DPW to report the leak at the meter; they fix leaks on the city side. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call DPW customer support at 410-396-5398" : referral passes', lines: then(WATER, 'Call DPW customer support at 410-396-5398 to report the leak at the meter. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Pepco will text you when the power is back" : no follow-up', lines: then(BILL, 'The outage is on pepco.com/outages; Pepco will text you when the power is back. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The Fuel Fund will contact you within two weeks" : no follow-up', lines: then(BILL, 'Apply at fuelfundmaryland.org; the Fuel Fund will contact you within two weeks. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Does that answer what you needed about the shut-off?" : completeness passes', lines: then(BILL, 'A medical certificate (bge.com/medical) can delay a shut-off. Does that answer what you needed about the shut-off?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Es lo que buscaba?" : completeness passes', lines: thenEs('La ayuda de energía está en mydhrbenefits.dhr.state.md.us. ¿Es lo que buscaba?'), exp: some({ complete: 'pass' }) },
  { name: '"no, that\'s everything for now" : anything else passes', lines: reply(HEAT, 'Call 311 for a housing inspector. Does that help?', "no, that's everything for now"), exp: some({ anything: 'pass' }) },
  { name: '"ok cool" : anything else fails', lines: reply(HEAT, 'Call 311 for a housing inspector. Does that help?', 'ok cool'), exp: some({ anything: 'fail' }) },
  { name: '"I need to log off now, sorry" after more questions: dismissal fails', lines: reply(BILL, 'OHEP: mydhrbenefits.dhr.state.md.us. Does that help?', 'yes, and what about the deposit they want', 'I need to log off now, sorry. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: '"I\'ll call you back tomorrow morning once I reach the Fuel Fund", the phone repeated: contact passes', lines: [...BILL, [70, 'l', "I'll call you back tomorrow morning once I reach the Fuel Fund. Is 410-555-0148 still the best number?"], [100, 'p', 'yes'], [110, 'l', 'Great, talk to you tomorrow. Bye!']], over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0148' } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- (third batch, written and labelled after the second run, before running it) -------------------------------------
  { name: '"Contact Washington Gas at washingtongas.com/contact-us" : referral passes', lines: then(BILL, 'Contact Washington Gas at washingtongas.com/contact-us about a payment plan. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"call your local OHEP office" with no contact: referral fails', lines: then(BILL, 'Your best bet is MEAP: call your local OHEP office and ask for an appointment. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call Comcast at 1-855-846-8376 and ask for Internet Essentials" : referral passes', lines: then(BILL, 'Call Comcast at 1-855-846-8376 and ask for Internet Essentials. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"EUSP will send you a letter with the credit amount" : no follow-up', lines: then(BILL, 'After you apply at mydhrbenefits.dhr.state.md.us, EUSP will send you a letter with the credit amount. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the Fuel Fund will call you back, and so will I on Friday" : a follow-up, no contact confirmed', lines: then(BILL, 'The Fuel Fund will call you back, and so will I on Friday with the list of dealers. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Pepco le llamará para confirmar el plan" : no follow-up', lines: thenEs('Solicite en mydhrbenefits.dhr.state.md.us; Pepco le llamará para confirmar el plan de pagos. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Is this the kind of help you were looking for?" : completeness passes', lines: then(HEAT, 'The heat rule is in the city code at dhcd.baltimorecity.gov. Is this the kind of help you were looking for?'), exp: some({ complete: 'pass' }) },
  { name: '"that\'s all for today, thanks!" : anything else passes', lines: reply(HEAT, 'The heat rule is at dhcd.baltimorecity.gov. Does that help?', "yes. that's all for today, thanks!"), exp: some({ anything: 'pass' }) },
  { name: '"I\'ll get back to you by e-mail by Monday", the e-mail repeated: contact passes', lines: [...BILL, [70, 'l', "I'll check with our branch that hosts the Fuel Fund intake and get back to you by e-mail by Monday. What's your e-mail?"], [100, 'p', 'heat@example.com'], [110, 'l', 'Thanks, heat@example.com, by Monday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'heat@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- (fixes) utilities by their brands, the utility's and programmes' own calls, another step's web page ---------------
  { name: '(fix) "Ring PECO on 1-800-494-4000" : referral passes', lines: then(BILL, 'Ring PECO on 1-800-494-4000 and ask for the CAP rate. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '(fix) "Write to Con Edison at 4 Irving Place, New York" : referral passes', lines: then(BILL, 'Write to Con Edison at 4 Irving Place, New York, NY 10003 to dispute it. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '(fix) "Call ComEd and ask about the hardship programme" : referral fails', lines: then(BILL, 'Call ComEd and ask about the hardship programme. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "WSSC will send you a leak adjustment decision" : no follow-up', lines: then(WATER, 'Send the plumber\'s receipt with the form at wsscwater.com/leak; WSSC will send you a decision by mail. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "Call BGE …, then fill out the form at mydhrbenefits…" : referral fails', lines: then(BILL, 'Call BGE about the notice, then fill out the OHEP form at mydhrbenefits.dhr.state.md.us. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the utility's pages, accounts and maps: no party
  { name: 'near miss: "Go to the BGE website and look under Budget Billing" : no referral', lines: then(BILL, 'Go to the BGE website and look under My Account for Budget Billing. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit the Pepco outage map for restoration times" : no referral', lines: then(BILL, 'Visit the Pepco outage map for restoration times. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Check your SMECO account online for the usage graph" : no referral', lines: then(BILL, 'Check your SMECO account online for the usage graph, at smeco.coop. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit the BGE Energy Savers programme page for insulation rebates" : no referral', lines: then(BILL, 'Visit the BGE Energy Savers programme page for insulation rebates. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go to the Pepco app and tap Report Outage" : no referral', lines: then(BILL, 'Go to the Pepco app and tap Report Outage. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit the DPW bill payment portal" : no referral', lines: then(WATER, 'Visit the DPW bill payment portal to set up autopay. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go to the DPW website to pay the water bill" : no referral', lines: then(WATER, 'Go to the DPW website to pay the water bill online. Does that help?'), exp: some({ referral: 'na' }) },
  // the provider's own promise beside the utility's
  { name: 'near miss: "Delmarva Power will mail you the form, and I\'ll e-mail you the list tomorrow" : a follow-up', lines: then(BILL, "Delmarva Power will mail you the budget billing form, and I'll e-mail you the list of grants tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Pepco will call you to confirm, and I\'ll e-mail you the rebate list by Friday" : a follow-up', lines: then(BILL, "Pepco will call you to confirm, and I'll e-mail you the rebate list by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Pepco le llamará para confirmar, y yo le escribiré mañana con la lista" : a follow-up', lines: thenEs('Pepco le llamará para confirmar el plan, y yo le escribiré mañana con la lista de ayudas. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "BGE will call you, and so will we by Friday" : a follow-up', lines: then(BILL, 'BGE will call you about the plan, and so will we by Friday with the grant list. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // the clause after points back at the party, or its URL is the party's own: still the party's way
  { name: 'near miss: "Contact the Fuel Fund of Maryland; their application is at fuelfundmaryland.org" : referral passes', lines: then(BILL, 'Contact the Fuel Fund of Maryland; their application is at fuelfundmaryland.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the energy assistance office, and apply with them at …" : referral passes', lines: then(BILL, 'Call the energy assistance office, and apply with them at energyhelp.example.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the county\'s energy office, and apply at aacounty.org/energy-assistance" : referral passes', lines: then(BILL, "Call the county's energy office, and apply at aacounty.org/energy-assistance. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "have a licensed HVAC contractor check the furnace; find one near you at …" : referral passes', lines: then(BILL, 'Have a licensed HVAC contractor check the furnace first; find one near you at hvaclicense.example.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the Salvation Army, details are at tinyurl.com/sa-energy" : referral passes', lines: then(BILL, 'Call the Salvation Army, details are at tinyurl.com/sa-energy. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call BGE, and check bge.com/payment-plans" (its own site) : referral passes', lines: then(BILL, 'Call BGE, and check the payment options at bge.com/payment-plans first. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // (an older reading, not G9's: the same with `actTailG9` off) the clause after ";" says how to apply to the programme the
  // patron is told to contact, so its URL is the programme's way in; the sentence is read as a source's tail and the
  // referral as unreached. Which URL is whose needs the meaning of "how to apply" here (an own page or another's guide)
  { name: '"Contact the county energy program; how to apply is at apply.example.org" : referral passes', lines: then(BILL, 'Contact the county energy program; how to apply is at apply.example.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // the refusal ends the help with no way back, and the provider could have helped (energy assistance is the service's
  // ground): a dismissal for the provider's convenience. No family reads a bare "I can't help with your bill" as one: the
  // same words open many honest scope statements followed by a way on ("I can't help with your bill itself, but OHEP …"),
  // and telling them apart needs what follows and whether the help was within reach (the meaning, not the words)
  { name: '"I\'m not the utility company, I can\'t help with your bill. Bye." : dismissal fails', lines: reply(BILL, "I'm not the utility company, I can't help with your bill. Bye.", 'oh ok'), exp: some({ dismissal: 'fail' }) },
];

describe('thirty-sixth round (G9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (G9): utilities and home energy, every check', whole);
describeSessions('thirty-sixth round (G9): utilities and home energy, short cases', short);
describeSessions('thirty-sixth round (G9): utilities and home energy, near misses of the changes', guards);

describeLeft('thirty-sixth-round-utilities', LEFT);
