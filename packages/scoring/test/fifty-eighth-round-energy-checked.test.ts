/**
 * Fifty-eighth round, theme HOME ENERGY AND UTILITIES, checked: 45 whole sessions no one had written, from public library,
 * cooperative and statewide "ask a librarian" chats: heating and cooling assistance (LIHEAP under its state names: Ohio HEAP
 * and E-HEAP, Michigan SER on MI Bridges, NY HEAP and the HEAP Cooling Assistance Benefit, Texas CEAP, Vermont seasonal and
 * crisis fuel, Pennsylvania LIHEAP crisis, Wisconsin and firewood), shutoff protection (PA winter termination rules and the
 * PUC, Arizona's summer disconnection rule, Ohio's Winter Reconnect Order, a Virginia medical certification, an Xcel notice,
 * a nebulizer and a medical certificate, Chicago's heat ordinance and 311), payment plans and budget billing (Nicor, Con Ed
 * Deferred Payment Agreements, PIPP Plus vs budget billing), weatherization (WAP in Iowa, Maryland, Georgia; an Efficiency
 * Maine heat pump; free weatherization kits; a Kill A Watt meter in a Library of Things), water and sewer bills (a leak
 * adjustment, a senior shutoff, Baltimore Water4All, Philadelphia TAP, LADWP EZ-SAVE in Spanish, Cal Water's account
 * number, a sewer charge, a stormwater fee, a Tucson Water deposit) and internet discounts (Comcast Internet Essentials,
 * Spectrum Internet Assist, Lifeline, Access from AT&T after ACP ended, rural Kentucky and the FCC broadband map). Every one
 * of the 17 checks labelled in every session from RUBRIC.md's text before the session's first run, in four batches
 * (01-31, 32-37, 38-42, 43-45), each copied aside before its first run (/tmp/fiftyEighthRoundEnergy-labels.ts, then
 * -labels-batch2.ts, -labels-batch3.ts, -labels-batch4.ts).
 *
 * SHAPES TRIED:
 *  openings: queue lines (01, 21); pickups at 15-42 s; `pickedUpAt` at 50 s with the first line at 100 (22: pickup passes,
 *   50 s after pickup within silence); no provider ever joined (21: Lost Call with one patron line, code passes); the canned
 *   "Hi! How can I help?" under the screen name ref_chat (05: names no one, fail); "hey there!" + "I'm the librarian on duty
 *   tonight for Chicago Public Library's chat" (32); "Good evening — is the fee …?" + "(You're chatting with the Ask Us 24/7
 *   reference service.)" (39); "Welcome to Ask a Librarian NJ! Bilal here." (43); "hi! it's Bo @ Ask a Librarian, Lakeside
 *   Library 🙂" (36); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …", "Soy Rocío …", "Soy Valeria …" (02, 35, 38);
 *  inquiry: county, utility, benefit (SNAP, SSI, CalFresh, school lunch), own or rent, household size, date on the notice and a
 *   medical condition, the plumber's receipt, paper bill or online, smartphone or no internet; the WAP page given before "Do
 *   you own the house or rent it?" (04: fail); the receiver's answer after the transferring provider's question (12-14);
 *  waits: a hold answered 150 s later with a patron "ok" inside it (03: fail); holds at 66/160/250, one a partial result that
 *   says the search goes on (26: pass); "gimme a sec", then "bear w/ me" and the answer 130 s after it (32: fail); "Dame un
 *   segundito", "Sigo buscando" and the answer 125 s later (38: fail); "Sure, take your time." then the patron away 215 s
 *   (27: a wait on the patron); a transfer notice answered 140 s later (14: fail); a silent transfer, the receiver 55 s
 *   after the patron (13);
 *  endings: check-in at 210 and "It looks like you've disconnected … come back anytime" at 276 (06: final idle 200 s); "u
 *   still there?" and "looks like ur gone, so closing the chat now, pls chat back anytime!" (36: 250 s); "¿Sigue ahí?" and
 *   "Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!" (38: 215 s); "Hello? Are you there?"
 *   and "I'll assume you've stepped away and close this chat. Thanks for contacting us!" (45: 204 s); a goodbye 130 s after
 *   the answer with no check-in (28: idle fails, disconnect na); "Are you still with me?" and nothing until 410 (29: notice
 *   and courteous fail); the patron's "nope that's everything, thx" as the last line (25: courteous fails); "You've reached
 *   the limit of questions for one chat … You can start a new chat for the others." (07); "Sorry, my shift is over and I have
 *   to log off now. Bye." (22); "We've been at this a while and I need to wrap up here, so I'll end the chat now." (37);
 *   "several other patrons waiting … please chat back in later, or call our Central Library reference desk" (15: allowed);
 *   goodbyes "Take care, and stay warm!", "ok have a good one!", "¡Que tenga buen día!", "Have a great day!", "good luck,
 *   stay warm & thx for chatting!", "De nada! Thanks for …"; patron-side "thats all i needed", "eso es todo", "no necesito
 *   nada más", "thats everything", "thats all for now", and "ok", "yes thx", "yes ok", "no" that do not count;
 *  completeness: "Is that a good place to start?", "Did that give you some options?", "That get you sorted?", "Will that
 *   work for you?", "Does that sound doable?" (41, LEFT), "Is the crisis page useful in the meantime?", "¿Eso es lo que
 *   buscaba?", "¿Le sirve?"; none at all (18, 42); only "Would you like me to find the application form for you too?" (40);
 *  sources: state and utility URLs, the FCC broadband map, a Library of Things page; none ("Wisconsin's energy assistance
 *   program does count wood …", 30: fail);
 *  referrals: a community action agency by phone (01); the PUC and PECO by phone (02, Spanish); "call our Central Library
 *   reference desk at 716-…" (15); "Call Dominion and ask them …" (23: no contact); "Start by calling 2-1-1" (24); a county
 *   agency "call them at 956-…" (26); "report no heat by calling 311 or at 311.chicago.gov" (32); "the Salvation Army …
 *   give them a ring" (33: no contact); "Our Adult Services desk … call them at (802) 555-0142, ext. 3" (41); "swing by
 *   832 Manor St, Lancaster" (44); staff consulted on the patron's behalf (10, 31, 42) and applying online (03, 18, 29) as no
 *   referral;
 *  follow-ups: FU_ME, e-mail read back, "by Thursday noon", done 30 h (08); a promise with the e-mail read back and "I'll get
 *   back to you" coded Answered (09: code and contact fail, pending); FU_LIB, cell read back, "within 72 hours", done 90 h
 *   (10: late); FU_ME, "by tomorrow afternoon", not recorded by day 4 (11: overdue); FU_ME with no e-mail or phone anywhere
 *   (31: code fails, pending); FU_ME in chat-speak "shoot you an email w/ what I find tmrw morning" (34: pending); FU_LIB by
 *   text, "by Thursday", done 50 h (42);
 *  codes: a true Lost Call, the patron gone before the greeting (17); Lost Call after three patron lines (18); null (19);
 *   Practice (20);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail); a notice
 *   with no note (14: fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - no_dismissal's "without offering a way back" qualifies only "otherwise ends the help …": telling the patron they reached
 *   a limit of questions fails even with "You can start a new chat for the others." (07), which does invite them back
 *   (courteous passes); "my shift is over and I have to log off now" and "We've been at this a while and I need to wrap up
 *   here" end the help for the provider's convenience with no way back (22, 37); the "Bye." of 22 is a goodbye;
 * - "Is that a good place to start?", "Did that give you some options?", "That get you sorted?", "Does that sound doable?"
 *   ask whether what was given meets the need (the project's reading of "Would either of those work?"); "Would you like me to
 *   find the application form for you too?" offers something not yet given (40: fail);
 * - "2-1-1" and "311" are phone numbers: the referrals in 24 and 32 come with a way to reach them; a phone with an extension
 *   is a phone (41);
 * - "Our Adult Services desk … call them" tells the patron to contact the provider's own library's department: a referral
 *   (41); "swing by 832 Manor St" tells them to visit an office: a referral with a postal address (44); "Your township trustee
 *   can also help" (33) does not change the case (the Salvation Army without contact already fails it);
 * - "Wisconsin's energy assistance program" is a program named with no way to reach it: no source (30); completeness still
 *   passes there ("Does that help?" after the answer), being na only when info.source is na;
 * - "looks like ur gone", "I'll assume you've stepped away" and "Parece que se desconectó" tell the patron they seem to have
 *   disconnected; each message also says the chat will close and invites back or thanks, so it is the goodbye that ends the
 *   final idle;
 * - "Found the income limits; now checking who runs it for Hidalgo County." says the search goes on: a hold (26);
 * - "(You're chatting with the Ask Us 24/7 reference service.)" identifies the service in the second provider message, the
 *   greeting being the first's "Good evening" (39);
 * - "tmrw morning", "by Thursday noon", "within 72 hours" say when; "I'll get back to you" does not (09).
 *
 * COUNTS. Written: 45 whole sessions (30 asked for: a first batch of 31, then three small batches of wordings the first had
 * not tried, since the first scored entirely as labelled), all 17 statuses labelled in each before its first run.
 * First run as labelled / disagreeing: 44 / 1 (batch 01-31: 31 / 0; 32-37: 6 / 0; 38-42: 4 / 1; 43-45: 3 / 0).
 * Label corrections: 0.
 * Final: 44 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.completeness, case 41: "Does that sound doable?" after the answer read as no completeness question (fail;
 *    RUBRIC pass: it asks whether what was given meets the need).
 * Every timing check (pickup by `pickedUpAt` and with no provider; keep_informed at 150, 140, 130 and 125 s, across holds, a
 * partial-result hold, "take your time" and two transfers; final idles of 68, 130, 200, 204, 215, 250 and 314 s; concurrency
 * at four and at touching ends; on_time done at 30 and 50 h, late at 90 h, pending at day 1, not recorded by day 4) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails and
 * cell numbers typed and read back).
 *
 * ON v52's mends (block R, R22, written from this file): case 41's "Does that sound doable?" asks whether the steps given suit
 *   the patron, as labelled, and runs: 45 running, 0 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 45 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. You are #${n} in line; a librarian will join shortly.`];

const RENATA: Prov = { id: 'renata', name: 'Renata', library: 'CML' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'FLP' };
const DWAYNE: Prov = { id: 'dwayne', name: 'Dwayne', library: 'RPL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'MCPL-IA' };
const REFCHAT: Prov = { id: 'ref-chat', name: 'ref_chat', library: 'MVL' };
const FEMI: Prov = { id: 'femi', name: 'Femi', library: 'CADL' };
const KIT: Prov = { id: 'kit', name: 'Kit', library: 'EFL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'BFPL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'HCPL' };
const AMOS: Prov = { id: 'amos', name: 'Amos (statewide)', library: 'STATE' };
const JORDAN: Prov = { id: 'jordan', name: 'Jordan', library: 'RCPL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'COOP' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'COOP' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'VRL' };
const CLEO: Prov = { id: 'cleo', name: 'Cleo', library: 'VRL' };
const JONAH: Prov = { id: 'jonah', name: 'Jonah', library: 'MIN' };
const RUTH: Prov = { id: 'ruth-m', name: 'Ruth', library: 'MIN' };
const SIOBHAN: Prov = { id: 'siobhan', name: 'Siobhan', library: 'BECPL' };
const TARIQ: Prov = { id: 'tariq', name: 'Tariq', library: 'DML' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'DPL' };
const KENDRA: Prov = { id: 'kendra', name: 'Kendra', library: 'EPFL' };
const INES: Prov = { id: 'ines-f', name: 'Ines', library: 'FCPL' };
const PRACTICE: Prov = { id: 'practice-e', name: 'Practice Seat 2', library: 'TRN' };
const QUEUE: Prov = { id: 'askus-queue-e', name: 'Ask Us queue', library: 'STATE' };
const DANA: Prov = { id: 'dana-p', name: 'Dana', library: 'PHXPL' };
const PRISCILLA: Prov = { id: 'priscilla', name: 'Priscilla', library: 'RICH' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'SPL-CA' };
const NAVEEN: Prov = { id: 'naveen', name: 'Naveen', library: 'QPL' };
const MATEO: Prov = { id: 'mateo', name: 'Mateo', library: 'MPL-TX' };
const CELIA: Prov = { id: 'celia', name: 'Celia', library: 'KCL' };
const HANK: Prov = { id: 'hank', name: 'Hank', library: 'AOL' };
const ESTHER: Prov = { id: 'esther', name: 'Esther', library: 'NYPL' };
const LORNA: Prov = { id: 'lorna', name: 'Lorna', library: 'ACL-WI' };
const RUBEN: Prov = { id: 'ruben', name: 'Ruben', library: 'MGRL' };
const CPLNIGHT: Prov = { id: 'cpl-night', name: 'cpl_night', library: 'CPL-IL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'IndyPL' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'KDLA' };
const ROCIO: Prov = { id: 'rocio', name: 'Rocío', library: 'LAPL' };
const BO: Prov = { id: 'bo-l', name: 'bo_lakeside', library: 'LKL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'APL-PA' };
const VALERIA: Prov = { id: 'valeria', name: 'Valeria', library: 'SAPL' };
const ASKUS247: Prov = { id: 'askus247', name: 'Librarian 12', library: 'ASK247' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'FLP' };
const SAM: Prov = { id: 'sam-k', name: 'Sam', library: 'KHL' };
const GUS: Prov = { id: 'gus', name: 'Gus (statewide)', library: 'STATE' };
const BILAL: Prov = { id: 'bilal', name: 'Bilal', library: 'NJSL' };
const JOY: Prov = { id: 'joy', name: 'Joy', library: 'LPL-PA' };
const REGGIE: Prov = { id: 'reggie', name: 'Reggie', library: 'PCPL' };

export const fiftyEighthRoundEnergy: SessionCase[] = [
  // 01 Ohio E-HEAP: everything passes, the community action agency by phone
  s(RENATA, '01 E-HEAP with an AEP disconnect notice: queue line, county asked, hold, energyhelp.ohio.gov + IMPACT Community Action by phone, "thats all i needed"', [
    [0, 'p', 'hi how do i apply for HEAP? got a disconnect notice from AEP last week 😟'],
    queue(2),
    [28, 'l', "Good morning! This is Renata, a librarian at Columbus Metropolitan Library's Ask a Librarian chat. Sorry to hear about the notice — let's find you some help."],
    [34, 'l', 'Which county do you live in? The regular HEAP and the Emergency HEAP go through different local offices.'],
    [80, 'p', 'franklin'],
    [86, 'l', 'One moment while I check the Franklin County contact.'],
    [160, 'l', 'In Ohio, HEAP is run by the Department of Development; the application and the income chart are at energyhelp.ohio.gov. Because you have a disconnect notice, you want the Emergency HEAP (E-HEAP): in Franklin County that goes through IMPACT Community Action. Call them at 614-555-0172 to get an appointment, and have the notice, your ID and proof of income for the last 30 days ready.'],
    [166, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thank you so much. thats all i needed'],
    [236, 'l', "You're welcome! Thanks for chatting, and I hope it gets sorted quickly."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: winter shutoff rules in PA, the PUC and PECO by phone
  s(LUCIA, '02 aviso de corte de luz (PECO, Spanish): "Le saluda Lucía", date and medical condition asked, hold, puc.pa.gov + PUC and PECO by phone, "eso es todo"', [
    [0, 'p', 'hola, me llegó un aviso de corte de luz de PECO, tengo 2 niños chiquitos, pueden cortarme en invierno??'],
    [35, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Libre de Filadelfia. Con gusto le ayudo.'],
    [42, 'l', '¿Qué fecha de corte aparece en el aviso? ¿Y alguien en la casa tiene una condición médica?'],
    [100, 'p', 'dice 15 de diciembre. nadie enfermo'],
    [106, 'l', 'Un momento, reviso las reglas de invierno de Pensilvania.'],
    [190, 'l', 'En Pensilvania, del 1 de diciembre al 31 de marzo las compañías necesitan permiso de la Comisión de Servicios Públicos (PUC) para cortar la luz a hogares de bajos ingresos. Las reglas están en puc.pa.gov (busque "Winter Termination"). Llame a la PUC al 1-800-555-0140 antes del 15 para presentar una queja, y llame a PECO al 1-800-555-0133 para pedir un plan de pagos. El programa LIHEAP de Pensilvania también tiene ayuda de crisis: dhs.pa.gov/liheap.'],
    [196, 'l', '¿Le sirve esta información?'],
    [260, 'p', 'si, muchas gracias. eso es todo'],
    [266, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte.'],
  ], usual({ referral: 'pass' })),

  // 03 water leak adjustment: a hold answered 150 s later, a patron "ok" inside it
  s(DWAYNE, '03 $640 water bill after a leak: receipt asked, "ok, let me pull up the utility\'s policies", patron "ok", answer 150 s after the hold', [
    [0, 'p', 'my water bill is $640 bc of a leak we fixed. can i get a payment plan or a leak adjustment?? riverton city water'],
    [20, 'l', "Hi, Dwayne here at Riverton Public Library's Ask Us chat."],
    [26, 'l', "Do you have the plumber's receipt for the leak repair? The adjustment usually needs proof."],
    [70, 'p', 'yeah i have it'],
    [75, 'l', "ok, let me pull up the utility's policies"],
    [110, 'p', 'ok'],
    [225, 'l', "Thanks for waiting! Riverton Water has both. The Leak Adjustment Request form is at rivertonwater.gov/billing/leak-adjustment: upload the plumber's receipt and they credit part of the extra usage. Payment plans up to 12 months are on the same Billing page under 'Payment Arrangements', and you can set one up online."],
    [231, 'l', 'Does that cover it?'],
    [280, 'p', "yes that's everything, thanks"],
    [285, 'l', 'Great, good luck with it — thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 04 weatherization: the source before the question
  s(GRACE, '04 free insulation for a farmhouse: energy.gov WAP page given before "Do you own the house or rent it?", "Take care, and stay warm!"', [
    [0, 'p', 'Is there a program that would insulate my house for free? Its an old farmhouse and the heat just pours out'],
    [30, 'l', "Hi, I'm Grace, a librarian at Marshall County Public Library."],
    [36, 'l', "The federal Weatherization Assistance Program does exactly that for income-eligible households: energy.gov/scep/wap/how-apply-weatherization-assistance explains how to apply and links to each state's list of local providers."],
    [42, 'l', 'Do you own the house or rent it? Renters need the landlord to sign off.'],
    [100, 'p', 'own it. me and my husband, social security only'],
    [106, 'l', "Then you're very likely to qualify: households on SSI, or with income under 200% of the poverty line, are eligible. Iowa's map of the local weatherization providers by county is at hhs.iowa.gov/programs/weatherization."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'yes very much. thank you dear'],
    [176, 'l', 'Anything else I can look up for you?'],
    [210, 'p', 'no thats it'],
    [215, 'l', 'Take care, and stay warm!'],
  ], usual({ clarify: 'fail' })),

  // 05 Internet Essentials: a canned greeting that names no one
  s(REFCHAT, '05 cheap Comcast internet with SNAP (chat-speak): "Hi! How can I help?" under the screen name ref_chat, benefit asked, internetessentials.com, "ok have a good one!"', [
    [0, 'p', 'whats the cheap comcast internet for low income called and how do i sign up'],
    [15, 'l', 'Hi! How can I help?'],
    [25, 'l', 'Are you getting SNAP, Medicaid or another benefit? That decides if you qualify right away.'],
    [60, 'p', 'snap'],
    [66, 'l', "That's Comcast's Internet Essentials. With SNAP you qualify; it's $14.95/mo and you apply online at internetessentials.com (the form takes about 10 min)."],
    [72, 'l', 'did that help?'],
    [100, 'p', 'ya thx'],
    [104, 'l', 'anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'ok have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 06 Michigan SER: patron quiet, check-in, then a notice that invites back
  s(FEMI, '06 past-due DTE bill (MI SER): MI Bridges + DTE URLs at 76, "Are you still there?" at 210, "looks like you\'ve disconnected … come back anytime" at 276', [
    [0, 'p', 'When does LIHEAP open in Michigan? Trying to get help with my DTE bill'],
    [22, 'l', "Hello, this is Femi with the Ask a Librarian service at Capital Area District Libraries."],
    [28, 'l', 'Is it the heating part of the bill you need help with, or a past-due balance?'],
    [70, 'p', 'past due, like 900'],
    [76, 'l', "In Michigan that money goes out as State Emergency Relief (SER), and you can apply any time of year on MI Bridges: newmibridges.michigan.gov, choose 'Apply for Benefits' and then 'State Emergency Relief'. DTE also lists its assistance programs at dteenergy.com/assistance."],
    [82, 'l', 'Does that help?'],
    [210, 'l', 'Are you still there?'],
    [276, 'l', "It looks like you've disconnected, so I'm going to end this chat. Please come back anytime if you have more questions!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 07 a limit of questions, with "start a new chat"
  s(KIT, '07 Nicor budget plan, then a list: "You\'ve reached the limit of questions for one chat, so I\'m going to close this one. You can start a new chat"', [
    [0, 'p', 'can i get on budget billing with my gas company if im behind?'],
    [25, 'l', 'Hi there, this is Kit at Ask a Librarian, Eastfield Library. Which gas company is it?'],
    [50, 'p', 'nicor'],
    [56, 'l', "Nicor Gas's Budget Plan spreads your yearly cost over 12 equal payments; nicorgas.com/budget-plan says you can enroll with a past-due balance if you also set up a payment arrangement for it. Did that help?"],
    [100, 'p', 'kinda. also can i get LIHEAP for it and what about my electric, and PIPP, and can my landlord be billed instead'],
    [108, 'l', "You've reached the limit of questions for one chat, so I'm going to close this one. You can start a new chat for the others."],
    [125, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 08 Vermont crisis fuel: follow-up by me, e-mail read back, "by Thursday noon", done in 30 h
  s(HOLLIS, '08 propane at 10% (VT crisis fuel, follow-up by me): town and approval asked, hold, dcf.vermont.gov, e-mail read back, "by Thursday noon", done 30 h', [
    [0, 'p', 'hi. i heat w propane and the tank is at 10%. is there anything for emergency fuel in vermont? i already applied for seasonal fuel assistance in oct'],
    [30, 'l', "Good afternoon, you're chatting with Hollis at Brooks Memorial Library's Ask a Librarian service."],
    [37, 'l', 'Did you get an approval letter for the seasonal benefit yet, and which town are you in?'],
    [100, 'p', 'approved in november, i live in putney'],
    [106, 'l', 'Let me check the crisis rules.'],
    [190, 'l', "Vermont's Crisis Fuel Assistance is separate from the seasonal benefit: it's for when you're down to less than a 10-day supply, which you are. The rules are at dcf.vermont.gov/benefits/fuel-crisis. What I can't find is who takes crisis applications on weekends in Windham County this year. If you give me your e-mail, I'll find out and send you the answer by Thursday noon."],
    [240, 'p', 'sure its ptruax@example.com'],
    [246, 'l', "Thanks — ptruax@example.com. You'll hear from me by Thursday noon."],
    [252, 'l', 'Is the crisis page useful in the meantime?'],
    [300, 'p', 'yes, helps a lot. thank you'],
    [306, 'l', 'Anything else for now?'],
    [330, 'p', "no that's it"],
    [335, 'l', 'Thanks for chatting, stay warm!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 09 weatherization wait list: a promise with no time, coded Answered
  s(NELL, '09 weatherization wait list (MD): e-mail read back, "I\'ll get back to you" with no time, coded Answered (pending)', [
    [0, 'p', 'I applied for weatherization 8 months ago and never heard anything. how long is the wait list usually'],
    [26, 'l', "Hi, I'm Nell with Ask Us at Harford County Public Library."],
    [32, 'l', 'Which agency did you apply through, and do you rent or own?'],
    [90, 'p', 'SHORE UP, i own. eastern shore MD'],
    [96, 'l', "Thanks. The state's page on the program is dhcd.maryland.gov/Residents/Pages/wap (it lists the local agency for each county), but it doesn't give wait times. I'll look into the usual wait for Shore Up and e-mail you what I find. What's your e-mail?"],
    [150, 'p', 'dkeene77@example.com'],
    [156, 'l', "Got it, dkeene77@example.com. I'll get back to you."],
    [162, 'l', 'Does the state page help for now?'],
    [200, 'p', 'yes thanks, thats all'],
    [206, 'l', "You're welcome, take care!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 senior water shutoff: follow-up by the patron's library, phone read back, "within 72 hours", done after 90 h
  s(AMOS, '10 an 82-year-old\'s water shutoff (follow-up by patron\'s library): affordability URL, cell read back, "within 72 hours", done 90 h', [
    [0, 'p', 'my mom is 82 and the city says they will shut off her water friday for a 300 dollar bill. is there a senior program? we are in harlan'],
    [35, 'l', "Hello, I'm Amos with the statewide Ask Us chat. I'm sorry you're dealing with this."],
    [41, 'l', "Is the account in your mom's name, and is it City of Harlan Utilities?"],
    [90, 'p', 'yes her name, city of harlan'],
    [96, 'l', "The city's Water Affordability Program gives seniors a 40% discount, and applying stops a shutoff while it's reviewed: harlancity.gov/water/affordability. The Harlan Library's staff also keep a binder of local emergency funds (churches, the Salvation Army) that isn't online. I'll pass this to them so they can call you with the list. What's the best number?"],
    [150, 'p', '608-555-0177 my cell'],
    [156, 'l', '608-555-0177, thank you. Someone from the Harlan Library will call you within 72 hours, probably sooner given Friday.'],
    [162, 'l', 'Does the affordability page help in the meantime?'],
    [210, 'p', 'yes thank you'],
    [216, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no'],
    [246, 'l', 'Thanks for reaching out, and good luck to your mom.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 Lifeline for home internet: follow-up by me, e-mail read back, "by tomorrow afternoon", never recorded by day 4
  s(JORDAN, '11 Lifeline home internet in 57701 (follow-up by me): lifelinesupport.org, e-mail read back, "by tomorrow afternoon", not recorded by day 4', [
    [0, 'p', 'does lifeline still give a discount on home internet or is it only phones now? and who offers it in 57701'],
    [20, 'l', 'Hi! Jordan here, reference librarian at Rapid City Public Library.'],
    [26, 'l', 'Are you looking for home internet specifically, or a phone plan with data? Lifeline covers one or the other, not both.'],
    [70, 'p', 'home internet'],
    [76, 'l', "Lifeline is still $9.25/mo off phone or internet; you check eligibility and apply through the National Verifier at lifelinesupport.org. The list of companies by ZIP is on the same site (Companies Near Me), but it doesn't say which of them do home internet. I can call around and e-mail you the ones that do by tomorrow afternoon, if you want. What's your e-mail?"],
    [130, 'p', 'yes pls, wanda.b@example.com'],
    [136, 'l', "wanda.b@example.com, got it. I'll have that to you by tomorrow afternoon."],
    [142, 'l', 'Does the Lifeline info help for now?'],
    [180, 'p', 'yes. thats all for now, thanks'],
    [186, 'l', 'Thanks for chatting with us!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 12 transfer by the book
  s(PAT, '12 PIPP Plus vs budget billing: transfer to the benefits librarian with a notice and a note that says why, Yolanda 64 s later', [
    [0, 'p', 'whats the difference between PIPP and regular budget billing? trying to decide which to sign up for. ohio edison'],
    [18, 'l', "Hello! I'm Pat with the Ask Us cooperative chat."],
    [24, 'l', 'Are you already getting HEAP this winter? PIPP Plus goes through the HEAP application.'],
    [60, 'p', 'yes i got HEAP in nov'],
    [66, 'l', "Our consumer-benefits librarian, Yolanda, knows PIPP inside out, so I'm going to transfer you to her. One moment please."],
    [69, 'i', 'Yolanda: pt (Ohio Edison, already has HEAP) comparing PIPP Plus vs budget billing, benefits q - can you take it? thx'],
    xfer(72, 'Yolanda', 'yolanda'),
    [130, 'l', "Hi, Yolanda here, benefits librarian with Ask Us. With PIPP Plus you pay a set share of your income each month and your old balance shrinks every month you pay on time; budget billing only averages your real usage, so you still pay the full amount over the year. The comparison and the PIPP income limits are at energyhelp.ohio.gov/pipp-plus.", as(YOLANDA)],
    [136, 'l', 'Is that what you were looking for?', as(YOLANDA)],
    [180, 'p', 'yes!! that helps a lot. thats all i needed'],
    [186, 'l', 'Great, thanks for using Ask Us!', as(YOLANDA)],
  ], usual({ transfer: 'pass' })),

  // 13 silent transfer: an internal note only
  s(OMAR, '13 Spectrum Internet Assist via school lunch: transfer with an internal note only ("i have 3 open"), Cleo 55 s after the patron', [
    [0, 'p', 'my kids school says we can get cheap internet from spectrum, how'],
    [25, 'l', 'Hi, this is Omar at Ask a Librarian, Valley Regional Library.'],
    [31, 'l', "Do any of your kids get free or reduced school lunch? That's one of the ways to qualify."],
    [60, 'p', 'yes both of them'],
    [64, 'i', 'Cleo can you take this, spectrum internet assist q, i have 3 open'],
    xfer(66, 'Cleo', 'cleo'),
    [115, 'l', "Hi, Cleo here, a librarian with Valley Regional Library. Since your kids are in the National School Lunch Program, you qualify for Spectrum Internet Assist. Apply at spectrum.com/internet-assist with a copy of the school's lunch letter.", as(CLEO)],
    [121, 'l', 'Does that help?', as(CLEO)],
    [160, 'p', 'ok got it ty. thats everything'],
    [166, 'l', 'Thanks for chatting, good luck!', as(CLEO)],
  ], usual({ transfer: 'fail' })),

  // 14 transfer notice, no note; the receiver 140 s after the notice
  s(JONAH, '14 Efficiency Maine heat pump on HEAP: "I\'m going to transfer you to Ruth … hang tight!", no internal note, Ruth 140 s later', [
    [0, 'p', 'can i get a heat pump for free thru efficiency maine if im on HEAP?'],
    [22, 'l', 'Hi! This is Jonah at the Maine InfoNet Ask a Librarian chat.'],
    [28, 'l', 'Do you own your home, and is it a single-family house or a mobile home?'],
    [70, 'p', 'own, mobile home'],
    [76, 'l', "I'm going to transfer you to Ruth, who handles a lot of Efficiency Maine questions — hang tight!"],
    xfer(80, 'Ruth', 'ruth-m'),
    [216, 'l', "Hi, Ruth here, reference librarian. Efficiency Maine's low-income program can cover most or all of a heat pump for HEAP households: efficiencymaine.com/at-home/low-income-initiatives explains it, and there's a mobile home section on the same page.", as(RUTH)],
    [222, 'l', 'Is that what you needed?', as(RUTH)],
    [270, 'p', 'yes thank u. thats all'],
    [276, 'l', 'Thanks for using Ask a Librarian!', as(RUTH)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 15 four chats at once; other patrons waiting, a way back
  s(SIOBHAN, '15 NY HEAP income limit + "help me fill out the application": four at once, "several other patrons waiting … chat back in later, or call our Central Library reference desk"', [
    [0, 'p', 'what is the income limit for LIHEAP in NY for a family of 4'],
    [28, 'l', 'Hi, Siobhan here, a librarian at Buffalo & Erie County Public Library.'],
    [34, 'l', "Is this for the regular heating benefit, or an emergency one because you're about to run out or be shut off?"],
    [80, 'p', 'regular. also can you help me fill out the application and the SNAP recert and find my kid a tutor'],
    [88, 'l', "For a family of 4 the regular HEAP limit this season is about $6,156 a month before taxes; the table is at otda.ny.gov/programs/heap. I've got several other patrons waiting right now, so I can't go through the forms with you here — please chat back in later, or call our Central Library reference desk at 716-555-0120 and they can help with the application."],
    [94, 'l', 'Does the income table answer the first part?'],
    [140, 'p', 'yes ok'],
    [146, 'l', 'Thanks for understanding, and come back anytime!'],
  ], usual({ anything: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('e15a', 'siobhan', -300, 200), other('e15b', 'siobhan', -60, 400), other('e15c', 'siobhan', 30, 600)],
  }),

  // 16 three at most, two touching the ends
  s(TARIQ, '16 sewer charge bigger than the water: utility asked, daytonohio.gov rates; others end at the start and start at the end, three at most', [
    [0, 'p', 'why does my water bill have a sewer charge bigger than the water?? is that normal'],
    [20, 'l', 'Good evening! Tariq here, librarian at Dayton Metro Library.'],
    [26, 'l', 'Which utility sends the bill — the City of Dayton, or Montgomery County Environmental Services?'],
    [60, 'p', 'city'],
    [66, 'l', "It's normal: sewer is billed on how much water you use, and treating sewage costs more per gallon. The city's rate sheet is at daytonohio.gov/water-rates (scroll to 'Sanitary Sewer'). If a lot of your water goes on a garden, the deduct meter form is on the same page."],
    [72, 'l', 'Did that answer it?'],
    [120, 'p', 'ok yeah makes sense. thats all thanks'],
    [125, 'l', 'Thanks for chatting — have a good night!'],
  ], usual(), {}, {
    otherIntervals: [other('e16a', 'tariq', -500, 0), other('e16b', 'tariq', -100, 130), other('e16c', 'tariq', 50, 700), other('e16d', 'tariq', 130, 500)],
  }),

  // 17 a true Lost Call
  s(WES, '17 Xcel gas shutoff tomorrow (Lost Call): patron leaves at 30, greeting at 42, "looks like you\'ve left … come back anytime" at 110', [
    [0, 'p', 'how do i stop xcel from shutting off my gas? notice says tomorrow'],
    left(30),
    [42, 'l', "Hi, I'm Wes at the Denver Public Library's Ask a Librarian service."],
    [110, 'l', "It looks like you've left the chat. If you still need help with the shutoff, please come back anytime — we're here until 9."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Lost Call after three patron lines
  s(KENDRA, '18 Baltimore Water4All (Lost Call after 3 patron lines): own or rent asked, URL, no completeness question, patron "ok"', [
    [0, 'p', 'is there help for paying a water bill in baltimore'],
    [24, 'l', "Hello! Kendra here, librarian with the Enoch Pratt Free Library's Ask Us chat."],
    [30, 'l', 'Is it a house you own, or are you renting?'],
    [55, 'p', 'own'],
    [61, 'l', "Baltimore's Water4All program caps the water bill by income for homeowners, and for renters who pay their own water; apply at publicworks.baltimorecity.gov/water4all."],
    [90, 'p', 'ok'],
    [96, 'l', 'Thanks for contacting Ask Us!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 19 code null
  s(INES, '19 after ACP ended (AT&T): provider asked, Access from AT&T + Lifeline URLs, "no thats it", code null', [
    [0, 'p', 'my ACP internet discount stopped in june, is there anything replacing it??'],
    [30, 'l', 'Hi there! This is Ines with Ask a Librarian at Fresno County Public Library.'],
    [36, 'l', 'Who is your internet provider now? A lot of them kept their own low-income plans after ACP ended.'],
    [80, 'p', 'AT&T'],
    [86, 'l', "Right, Congress didn't renew ACP, so that $30 credit is gone. AT&T still has its own low-income plan, Access from AT&T, for households on SNAP, SSI or the school lunch program: att.com/access. And Lifeline ($9.25/mo) still exists: lifelinesupport.org."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes. thx'],
    [146, 'l', 'Anything else I can look up?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Have a great day — thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 20 Practice
  s(PRACTICE, '20 practice chat (LIHEAP script test): coded Practice, every check na', [
    [0, 'p', 'TEST test is LIHEAP open yet'],
    [8, 'l', 'Hi, training chat here. LIHEAP: acf.hhs.gov/ocs/liheap'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 medical certificate vs gas shutoff (nebulizer): no provider ever joined, patron left at 180, coded Lost Call', [
    [0, 'p', 'do u know if the gas company can shut me off if i have a medical certificate?? my son uses a nebulizer'],
    queue(2, 4),
    left(180),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 pickedUpAt 50, first line at 100; "my shift is over" with no way back
  s(DANA, '22 APS summer shutoff in a heat wave: pickedUpAt 50 s, first line at 100, azcc.gov, then "my shift is over and I have to log off now. Bye."', [
    [0, 'p', 'Can the electric company turn my power off during a heat wave? Its going to be 104 this week and I have a $380 balance. Arizona'],
    [100, 'l', 'Hi, sorry for the wait — this is Dana with Ask a Librarian at Phoenix Public Library.'],
    [106, 'l', 'Is your electric from APS or SRP?'],
    [140, 'p', 'APS'],
    [146, 'l', "Arizona Corporation Commission rules stop APS and the other regulated utilities from disconnecting for nonpayment from June 1 to October 15. The rule and how to file a complaint are at azcc.gov/utilities/summer-disconnection. Did that help?"],
    [200, 'p', 'yes thank god. can i also ask about my water and my internet and the'],
    [206, 'l', 'Sorry, my shift is over and I have to log off now. Bye.'],
    [220, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' }), { pickedUpAt: at(50) }),

  // 23 "Call Dominion" with no number
  s(PRISCILLA, '23 oxygen at home and Dominion shutoffs: SCC guide URL, "Call Dominion and ask them to put a medical flag on your account" (no contact)', [
    [0, 'p', 'my husband is on oxygen at home. is there a way to keep the electric company from ever shutting us off? we get behind sometimes'],
    [30, 'l', "Hello, I'm Priscilla, a reference librarian at Richmond Public Library."],
    [36, 'l', 'Who is your electric company — Dominion Energy?'],
    [80, 'p', 'yes dominion'],
    [86, 'l', "Virginia lets you delay a disconnection for medical reasons: his doctor fills out a Medical Certification, and it can be renewed. The rules are in the SCC's consumer guide at scc.virginia.gov/pages/Utility-Disconnection. Call Dominion and ask them to put a medical flag on your account, and they'll send you the form for his doctor."],
    [92, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes very helpful thank you. thats everything'],
    [156, 'l', "You're welcome — take good care of him, and thanks for chatting."],
  ], usual({ referral: 'fail' })),

  // 24 "Start by calling 2-1-1"
  s(TOBY, '24 behind on gas and electric (SMUD + PG&E): "Start by calling 2-1-1", smud.org + pge.com, "Is that a good place to start?"', [
    [0, 'p', 'im behind on gas AND electric and i got a kid. where do i even start'],
    [20, 'l', "Hi, you've reached Toby at Ask a Librarian, Sacramento Public Library. We'll figure it out together."],
    [26, 'l', 'Which companies are they — PG&E for both, or SMUD for electric?'],
    [60, 'p', 'smud and pg&e gas'],
    [66, 'l', "Start by calling 2-1-1: 211 Sacramento can screen you for every local program at once (LIHEAP through the county, SMUD's Energy Assistance Program Rate, PG&E's CARE discount) and connect you. You can also read about SMUD's EAPR at smud.org/assistance and CARE at pge.com/care."],
    [72, 'l', 'Is that a good place to start?'],
    [120, 'p', 'yea ok. ty'],
    [126, 'l', 'Anything else I can help with today?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 25 the patron has the last word
  s(NAVEEN, '25 Con Ed payment agreement: coned.com pages, "Anything else I can help you with?", patron "nope that\'s everything, thx" last (no goodbye)', [
    [0, 'p', 'Do you know if Con Ed has a payment plan? I owe 2 months'],
    [22, 'l', "Hello, this is Naveen at Queens Public Library's Ask a Librarian chat."],
    [28, 'l', 'Is this for your apartment electric bill, or gas too?'],
    [60, 'p', 'just electric'],
    [66, 'l', 'Yes — Con Edison offers Deferred Payment Agreements; you can set one up online at coned.com/payment-agreement once you log in. If you get SNAP or HEAP you may also qualify for their Energy Affordability Program, a monthly discount: coned.com/eap.'],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes!'],
    [116, 'l', 'Anything else I can help you with?'],
    [140, 'p', "nope that's everything, thx"],
  ], usual({ courteous: 'fail' })),

  // 26 holds every ~90 s, one a partial result
  s(MATEO, '26 Texas CEAP for 5 people in Hidalgo County: holds at 66/160/250, patron "ok" inside, answer at 340 with the agency by phone', [
    [0, 'p', 'I need to know the income limit for the Texas utility help program for 5 people, and who runs it in Hidalgo county'],
    [20, 'l', "Hi! I'm Mateo, a librarian at McAllen Public Library."],
    [26, 'l', "Is it for your electric bill, and is this for this year's program?"],
    [60, 'p', 'yes electric, this year'],
    [66, 'l', 'Let me look up the current limits, one moment.'],
    [100, 'p', 'ok'],
    [160, 'l', 'Still checking — the state posts it in a PDF, digging it out.'],
    [250, 'l', 'Found the income limits; now checking who runs it for Hidalgo County.'],
    [340, 'l', "In Texas it's CEAP, the Comprehensive Energy Assistance Program. For 5 people this year's limit is about $5,525 a month before taxes; the chart is at tdhca.texas.gov/comprehensive-energy-assistance-program-ceap. In Hidalgo County it's run by the Hidalgo County Community Services Agency: call them at 956-555-0183 to apply."],
    [346, 'l', 'Is that what you were looking for?'],
    [400, 'p', 'yes exactly. thats all i needed, gracias'],
    [406, 'l', 'De nada! Thanks for using Ask a Librarian.'],
  ], usual({ referral: 'pass' })),

  // 27 "Sure, take your time." then 215 s away
  s(CELIA, '27 account number for the water discount form: "Sure, take your time." then the patron away 215 s, calwater.com pages', [
    [0, 'p', 'applying for the water bill discount (LIHWAP?) and it asks for my account number and the "service ID", where is that'],
    [24, 'l', 'Hi, this is Celia with Ask Us at Kern County Library.'],
    [30, 'l', 'Do you have a paper bill handy, or do you pay online?'],
    [70, 'p', 'paper, let me go get it'],
    [75, 'l', 'Sure, take your time.'],
    [290, 'p', 'ok got it. its from Cal Water'],
    [296, 'l', "On Cal Water bills the account number is at the top right, and the Service ID is under your service address in the Service Information box; their bill explainer is at calwater.com/bill (hover over each box). LIHWAP itself has ended in most of California, but Cal Water's own Customer Assistance Program discount is still open: calwater.com/cap."],
    [302, 'l', 'Did that help?'],
    [350, 'p', 'yes thank you, thats all'],
    [356, 'l', 'Glad to help. Bye!'],
  ], usual()),

  // 28 goodbye 130 s after the answer, no check-in
  s(HANK, '28 Ohio Winter Reconnect Order (Columbia Gas): answer at 96, goodbye at 226 (final idle 130 s) with no check-in', [
    [0, 'p', 'got shut off last week, is the winter reconnect order a thing this year in ohio'],
    [35, 'l', 'Good afternoon, this is Hank, a librarian with Ask Ohio Libraries.'],
    [41, 'l', 'Is it gas, electric, or both that were shut off?'],
    [90, 'p', 'gas, columbia gas'],
    [96, 'l', 'Yes — PUCO issued the Winter Reconnect Order again this season: you pay $175 (plus a reconnection fee of up to $36) to get reconnected or to stop a disconnection, once between mid-October and mid-April. The details are at puco.ohio.gov/winter-reconnect-order.'],
    [102, 'l', 'Does that help?'],
    [226, 'l', 'Thanks for chatting with Ask Ohio Libraries — stay warm!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 29 cooling: a check-in and then nothing
  s(ESTHER, '29 an air conditioner for a grandmother (HEAP Cooling, NYC): answer at 96, "Are you still with me?" at 230, session ends at 410 with no notice', [
    [0, 'p', 'my grandmother is 79 and her apartment has no AC. is there any program that gives out air conditioners? we live in new york city'],
    [28, 'l', "Hi, my name is Esther and I'm a librarian at the New York Public Library."],
    [34, 'l', 'Does she get SNAP, SSI or HEAP already? The cooling program uses those to qualify.'],
    [90, 'p', 'she gets SSI'],
    [96, 'l', "Then she likely qualifies for the HEAP Cooling Assistance Benefit, which installs an air conditioner or a fan for people with a medical condition made worse by heat. It opens each spring until the money runs out; the details and the medical form are at otda.ny.gov/programs/heap/#cooling, and the application is on ACCESS HRA, access.nyc.gov."],
    [102, 'l', 'Does that help?'],
    [230, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 180 }),

  // 30 no source at all
  s(LORNA, '30 heating with wood (WI): state asked, "Wisconsin\'s energy assistance program does count wood" with no way to reach it (no source)', [
    [0, 'p', 'is there help for people who heat with wood? everything is for gas and electric'],
    [30, 'l', 'Hi! Lorna here, a librarian at Ashland County Library.'],
    [36, 'l', "Which state are you in? Some LIHEAP programs pay for firewood and some don't."],
    [70, 'p', 'wisconsin'],
    [76, 'l', "Wisconsin's energy assistance program does count wood as a heating fuel, so you can apply like anyone else: on the application you list wood as your main heat source, and they pay the benefit to you or to your wood vendor."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok good to know. thats all i needed'],
    [126, 'l', 'Great, take care and stay warm!'],
  ], usual({ source: 'fail' })),

  // 31 follow-up by me with no patron contact anywhere
  s(RUBEN, '31 Georgia weatherization income rules (follow-up by me): gefa.georgia.gov, "I\'ll … follow up with the current figure", no e-mail or phone anywhere', [
    [0, 'p', 'what are the income rules for the weatherization program in Georgia? my mom lives in Macon'],
    [25, 'l', "Hi, I'm Ruben with Ask a Librarian, Middle Georgia Regional Library."],
    [31, 'l', 'Is she a homeowner, and how many people live in her house?'],
    [80, 'p', 'yes owns, just her'],
    [86, 'l', "Georgia's Weatherization Assistance Program is run by GEFA; the eligibility basics are at gefa.georgia.gov/weatherization-assistance-program. The income table on that page is out of date, so I'll check with our government documents staff and follow up with the current figure."],
    [92, 'l', 'Does the GEFA page help in the meantime?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // ---- second batch (32-37), labelled and copied aside before its first run ----

  // 32 chat-speak holds; the answer 130 s after "bear w/ me"; 311 by phone and URL
  s(CPLNIGHT, '32 no heat at 55° (Chicago): "hey there!" + "I\'m the librarian on duty tonight …", "gimme a sec", "bear w/ me" then 130 s, 311 by phone + URL', [
    [0, 'p', 'need to find out if the landlord has to provide heat, its 55 degrees in my apt. chicago'],
    [18, 'l', 'hey there!'],
    [22, 'l', "I'm the librarian on duty tonight for Chicago Public Library's chat. Do you rent from a private landlord or from CHA?"],
    [60, 'p', 'private'],
    [65, 'l', 'gimme a sec to dig up the ordinance'],
    [120, 'l', 'bear w/ me, the city site is slow'],
    [250, 'l', "Ok! Chicago's heat ordinance says from Sept 15 to June 1 landlords must keep it at least 68° from 8:30am to 10:30pm and 66° at night. It's explained at chicago.gov/city/en/depts/bldgs/supp_info/heat.html, and you can report no heat by calling 311 or at 311.chicago.gov."],
    [256, 'l', 'does that help?'],
    [300, 'p', 'yes!! reporting now. thats everything'],
    [305, 'l', 'good luck, stay warm & thx for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 33 "give them a ring" with no number
  s(OPAL, '33 gas shutoff after LIHEAP is used up (Indianapolis): Citizens fuel fund URL, township trustee, "the Salvation Army … give them a ring" (no contact)', [
    [0, 'p', 'My gas is getting shut off next Tuesday, I already used my LIHEAP this year. Anything else out there? Indiana'],
    [30, 'l', "Hi, I'm Opal, a librarian at Indianapolis Public Library."],
    [36, 'l', 'How much is the past-due amount, and which county are you in?'],
    [90, 'p', 'about 410. marion county'],
    [96, 'l', "Citizens Energy has its own fund for people who've already used their energy assistance; the details are at citizensenergygroup.com/my-home/assistance. Your township trustee can also help with utilities once a year. And the Salvation Army sometimes pays a month — give them a ring."],
    [102, 'l', 'Did that give you some options?'],
    [150, 'p', 'yes thank you, ill call around. thats all'],
    [156, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual({ referral: 'fail' })),

  // 34 follow-up by me in chat-speak: "shoot you an email … tmrw morning"
  s(JESS, '34 low-income internet in Owsley County KY (follow-up by me): FCC broadband map, e-mail read back, "shoot you an email w/ what I find tmrw morning" (pending)', [
    [0, 'p', 'which internet companies in rural kentucky have low income plans? we only have like 2 options out here, Owsley county'],
    [25, 'l', 'Hello! This is Jess with Ask a Librarian at the Kentucky Department for Libraries and Archives.'],
    [31, 'l', 'Do you know which two companies serve your address?'],
    [70, 'p', 'Peoples Rural Telephone and some satellite one'],
    [76, 'l', "For satellite, the FCC's broadband map (broadbandmap.fcc.gov) shows every provider at your address. I don't see a low-income plan for Peoples Rural online, though. If you give me your email, I'll call them and shoot you an email w/ what I find tmrw morning."],
    [130, 'p', 'ok its hollyb@example.com'],
    [136, 'l', "hollyb@example.com — perfect, you'll have it tmrw morning."],
    [142, 'l', 'In the meantime, is the FCC map useful?'],
    [180, 'p', 'yes thx'],
    [186, 'l', 'Anything else today?'],
    [210, 'p', 'nope'],
    [215, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 35 Spanish: the patron says she needs nothing more; "¡Que tenga buen día!"
  s(ROCIO, '35 EZ-SAVE de LADWP (Spanish): CalFresh asked, ladwp.com/ezsave, "¿Eso es lo que buscaba?", patron "no necesito nada más", "¡Que tenga buen día!"', [
    [0, 'p', 'buenas, como aplico para el programa de ayuda con el agua en Los Angeles? el LADWP'],
    [30, 'l', '¡Buenas tardes! Soy Rocío, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [37, 'l', '¿Usted recibe CalFresh, Medi-Cal o SSI? Con eso se califica más fácil.'],
    [90, 'p', 'si calfresh'],
    [96, 'l', 'LADWP tiene el programa EZ-SAVE, un descuento para hogares de bajos ingresos en el agua y la luz. La solicitud en español está en ladwp.com/ezsave; sólo necesita su número de cuenta y el número de personas en su hogar.'],
    [102, 'l', '¿Eso es lo que buscaba?'],
    [150, 'p', 'si gracias, no necesito nada más'],
    [156, 'l', '¡Que tenga buen día!'],
  ], usual()),

  // 36 chat-speak check-in and notice
  s(BO, '36 borrowing a Kill A Watt meter (chat-speak): Library of Things URL at 50, "u still there?" at 200, "looks like ur gone, so closing the chat now, pls chat back anytime!" at 300', [
    [0, 'p', 'hi does the library lend those energy meter things? kill a watt?'],
    [15, 'l', "hi! it's Bo @ Ask a Librarian, Lakeside Library 🙂"],
    [20, 'l', 'which branch do u use?'],
    [45, 'p', 'north'],
    [50, 'l', "yep! we have Kill A Watt meters in the Library of Things. North has 2, check availability + place a hold here: lakesidelibrary.org/things (search 'energy meter'). loan is 3 weeks"],
    [55, 'l', 'that what u were looking for?'],
    [200, 'l', 'u still there?'],
    [300, 'l', 'looks like ur gone, so closing the chat now, pls chat back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 37 "We've been at this a while and I need to wrap up here"
  s(VICTOR, '37 PPL smart meter vs the bill, then more: "We\'ve been at this a while and I need to wrap up here, so I\'ll end the chat now." (no way back)', [
    [0, 'p', 'how do i read my smart meter and compare it to my bill, i think its wrong. also what is a kWh and why is the delivery charge so high and can i switch suppliers'],
    [28, 'l', "Hi, I'm Victor, a reference librarian at Allentown Public Library."],
    [34, 'l', 'Which utility is it — PPL Electric?'],
    [70, 'p', 'yes PPL'],
    [76, 'l', "PPL's meter reading guide is at pplelectric.com/my-account/meter-reading: it shows which number on the smart meter display to compare with the 'Meter Reading' box on your bill. A kWh is 1,000 watts used for an hour. Does that help with the meter?"],
    [130, 'p', 'kind of. what about the delivery charge and switching suppliers, and is budget billing worth it'],
    [138, 'l', "We've been at this a while and I need to wrap up here, so I'll end the chat now."],
    [150, 'p', 'oh'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // ---- third batch (38-42), labelled and copied aside before its first run ----

  // 38 Spanish holds, the answer 125 s after the second; Spanish check-in and notice
  s(VALERIA, '38 solicitud de CEAP (Texas, Spanish): "Dame un segundito", "Sigo buscando" then 125 s, "¿Sigue ahí?", "Parece que se desconectó … ¡Vuelva cuando quiera!"', [
    [0, 'p', 'hola, me pueden ayudar a llenar la solicitud de LIHEAP de Texas? no entiendo la parte de ingresos'],
    [25, 'l', '¡Hola! Soy Valeria, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto.'],
    [31, 'l', '¿Cuántas personas viven en su casa, y sus ingresos son de trabajo, de seguro social o de las dos cosas?'],
    [80, 'p', '4 personas, solo mi trabajo'],
    [86, 'l', 'Dame un segundito, busco la guía en español.'],
    [160, 'l', 'Sigo buscando, el sitio del estado está lento.'],
    [285, 'l', 'Listo: la guía en español está en tdhca.texas.gov/es (busque "CEAP"). En la parte de ingresos ponga lo que ganó antes de impuestos en los últimos 30 días, y adjunte los talones de pago de esas semanas.'],
    [291, 'l', '¿Le sirve?'],
    [420, 'l', '¿Sigue ahí?'],
    [500, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 39 the greeting's two parts: "Good evening" and, in the next line, the service
  s(ASKUS247, '39 a stormwater fee on a Howard County tax bill: "Good evening — is the fee on …?" + "(You\'re chatting with the Ask Us 24/7 reference service.)"', [
    [0, 'p', 'my property tax bill has a "stormwater fee" on it, what is that?? never had it before. Howard County MD'],
    [40, 'l', 'Good evening — is the fee on your county property tax bill, or on a water/sewer bill?'],
    [46, 'l', "(You're chatting with the Ask Us 24/7 reference service.)"],
    [80, 'p', 'property tax bill'],
    [86, 'l', "That's Howard County's Watershed Protection and Restoration Fee, which pays for stormwater projects; the county explains it at howardcountymd.gov/stormwater-fee, with the credits and the hardship exemption you can apply for."],
    [92, 'l', 'Did that answer your question?'],
    [130, 'p', 'yes. thats all'],
    [135, 'l', 'Thanks, have a good night!'],
  ], usual()),

  // 40 only an offer of more, no completeness question
  s(MIRA, '40 Philadelphia TAP for a renter: phila.gov/water/tap, then only "Would you like me to find the application form for you too?" (an offer, not completeness)', [
    [0, 'p', 'how do I sign up for the low income water discount in Philly'],
    [20, 'l', "Hi! This is Mira at the Free Library of Philadelphia's Ask a Librarian chat."],
    [26, 'l', 'Do you own your home or rent? Renters can apply too, but the steps are a bit different.'],
    [60, 'p', 'rent, the bill is in my name'],
    [66, 'l', 'Then you can apply for the Tiered Assistance Program (TAP), which bills you by income: phila.gov/water/tap explains who qualifies.'],
    [72, 'l', 'Would you like me to find the application form for you too?'],
    [110, 'p', 'no im good, ill find it. thats all i needed'],
    [116, 'l', 'Sounds good — thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 41 the library's own desk, by a phone with an extension; "Does that sound doable?"
  s(SAM, '41 online-only fuel assistance and no computer (VT): "Our Adult Services desk … call them at (802) 555-0142, ext. 3", dcf.vermont.gov, "Does that sound doable?"', [
    [0, 'p', 'the LIHEAP application is online only now and I dont have a computer or know how. Vermont. help'],
    [30, 'l', "Hello, I'm Sam at Ask a Librarian, Kellogg-Hubbard Library."],
    [36, 'l', 'Do you have a smartphone, or no internet at all at home?'],
    [80, 'p', 'just a flip phone'],
    [86, 'l', "Our Adult Services desk will sit down with you and do the online application on one of our computers: call them at (802) 555-0142, ext. 3 to book a time. You can also apply on paper: Vermont's Seasonal Fuel Assistance form can be printed from dcf.vermont.gov/benefits/fuel, and we'll print it for you free."],
    [92, 'l', 'Does that sound doable?'],
    [150, 'p', "yes, I'll call tomorrow. thank you so much honey"],
    [156, 'l', "You're so welcome. Is there anything else I can help with?"],
    [190, 'p', 'no thats everything'],
    [195, 'l', 'Take care!'],
  ], usual({ referral: 'pass' })),

  // 42 follow-up by the patron's library by text, cell read back, "by Thursday", done in 50 h
  s(GUS, '42 free weatherization kits at a branch (follow-up by patron\'s library): events URL, cell read back, "will text you by Thursday", no completeness question, done 50 h', [
    [0, 'p', 'does the library have any of those free weatherization kits, like window plastic and door sweeps? i heard some branch gives them out'],
    [25, 'l', 'Hi, this is Gus with the statewide Ask Us chat.'],
    [31, 'l', 'Which library system are you in? Each one runs its own giveaways.'],
    [70, 'p', 'Lane County, Springfield branch'],
    [76, 'l', "I don't see kits on Springfield's events page (springfieldlibrary.org/events), but branches often hand them out without posting it. I'll ask Springfield's staff to check and text you. What's your cell?"],
    [120, 'p', '541-555-0119'],
    [126, 'l', "541-555-0119 — thanks! Springfield's staff will text you by Thursday."],
    [132, 'l', 'Is there anything else I can help with?'],
    [160, 'p', 'no thank you'],
    [165, 'l', 'Thanks for chatting, have a warm week!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // ---- fourth batch (43-45), labelled and copied aside before its first run ----

  // 43 "Welcome to …! Bilal here."; "That get you sorted?"
  s(BILAL, '43 supply vs delivery on a PSE&G bill: "Welcome to Ask a Librarian NJ! Bilal here.", pseg.com + nj.gov/bpu, "That get you sorted?"', [
    [0, 'p', 'whats the difference between the "supply" and "delivery" lines on my electric bill? PSEG NJ'],
    [20, 'l', 'Welcome to Ask a Librarian NJ! Bilal here.'],
    [26, 'l', 'Is it a residential bill, and do you buy your power from PSE&G or from a third-party supplier?'],
    [70, 'p', 'residential, i think pseg for both'],
    [76, 'l', "Supply is the cost of the electricity itself; delivery is PSE&G's charge for the wires and poles that bring it to you. PSE&G's bill guide at pseg.com/understandyourbill marks each line, and the NJ BPU's shopping page, nj.gov/bpu/residential/shopping, explains switching suppliers, which only changes the supply part."],
    [82, 'l', 'That get you sorted?'],
    [120, 'p', 'yep makes sense now. thats all i needed'],
    [125, 'l', 'Great, thanks for stopping by!'],
  ], usual()),

  // 44 "swing by" an office at a street address
  s(JOY, '44 LIHEAP in person (Lancaster County PA): "swing by 832 Manor St, Lancaster", dhs.pa.gov/liheap, "Will that work for you?", "Have a great day!"', [
    [0, 'p', 'where can i apply for heating help in person? i dont trust online. Lancaster county PA'],
    [30, 'l', "Hi there, you've reached Joy at Lancaster Public Library's Ask a Librarian."],
    [36, 'l', "Is it LIHEAP you'd like to apply for, or help from your utility company?"],
    [70, 'p', 'LIHEAP'],
    [76, 'l', 'In Lancaster County you can apply in person at the County Assistance Office — swing by 832 Manor St, Lancaster, Mon-Fri 8-5, with your ID, Social Security cards and a recent heating bill. The full list of what to bring is at dhs.pa.gov/liheap.'],
    [82, 'l', 'Will that work for you?'],
    [130, 'p', 'yes. thank u. thats everything'],
    [136, 'l', 'Have a great day!'],
  ], usual({ referral: 'pass' })),

  // 45 "Hello? Are you there?" and "I'll assume you've stepped away and close this chat"
  s(REGGIE, '45 Tucson Water deposit refund: answer at 66, "Hello? Are you there?" at 150, "I\'ll assume you\'ve stepped away and close this chat. Thanks …" at 270', [
    [0, 'p', 'can i get a refund of my water deposit if ive paid on time for a year? Tucson'],
    [25, 'l', "Hi! I'm Reggie, librarian at Pima County Public Library."],
    [31, 'l', 'Is the deposit with Tucson Water, on a residential account?'],
    [60, 'p', 'yes'],
    [66, 'l', 'Tucson Water refunds a residential deposit after 12 months of on-time payments, as a credit on your bill; the rule is in their deposit policy at tucsonaz.gov/water/deposits.'],
    [72, 'l', 'Does that help?'],
    [150, 'l', 'Hello? Are you there?'],
    [270, 'l', "I haven't heard back, so I'll assume you've stepped away and close this chat. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyEighthRoundEnergy.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-eighth round: home energy and utilities, checked', () => {
  describeSessions('whole sessions', fiftyEighthRoundEnergy.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyEighthRoundEnergy.filter((c) => c.name in LEFT_WHY));
});
