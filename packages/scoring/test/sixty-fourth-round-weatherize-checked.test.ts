/**
 * Sixty-fourth round, theme HOME REPAIR GRANTS AND WEATHERIZATION, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: weatherization assistance (Ohio HWAP in Columbus, Texas and Austin in
 * Spanish, California LIWP in Sacramento, Baltimore City intake, Allegheny County, Colorado and Denver, a Georgia mobile home
 * nobody answered), energy audits (a Minneapolis duplex renter, a Hartford renter), USDA Section 504 repair grants and loans
 * (a grandma outside London KY, Azle in Tarrant County), lead paint (a Milwaukee porch with a baby coming, a Tucson rental, a
 * Portland rental the landlord won't fix, a Rhode Island lead certificate), accessibility ramps and grab bars (Baltimore
 * County, Dayton in Spanish and English, Charlotte, Boise, a Phoenix rental in Spanish), roof repair (Columbia SC, hail in
 * Tulsa, Spokane, a retiree in Queens in Spanish), the Detroit 0% loan, Nashville foundation cracks, and checking licensed
 * contractors (St. Louis County, Knoxville, North Carolina). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundWeatherize-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Thanks for reaching out to … — my name is Bea." (01); "you've reached Hal, a librarian at …"
 *   at exactly 60 s (02: pass); a 61 s pickup (04: fail); "Hi there! 🙂" + a question under the screen name "rampdesk" (05:
 *   greets, names no one: fail); "Hey, Mort from Detroit Public Library." (17); "Hi there, thanks for contacting Wake County
 *   Public Libraries — Finn here." (30); Spanish "Hola, buenas tardes. Soy Marisol, bibliotecaria de …" (03), "Soy Rosalba,
 *   bibliotecaria de …" (12), "Hola, le saluda Alma, bibliotecaria de …" (24), "Buenas tardes, bienvenida al chat. Soy Carmen,
 *   bibliotecaria de …" (27); no provider ever joined, a queue line only (25);
 *  inquiry: own or rent, household size, inside city limits, veteran, kids under 6, contractor names, age, steps at the door,
 *   the job's size in dollars; the first source given before "Is the house inside city limits, or out in the county?" (08:
 *   fail); no source ever and a question (09: pass); "… Take your time." inside a question (29: not a hold);
 *  waits: the answer 121 s after the patron with no hold (06: fail); "Let me check …", "I'm still searching" 119 s later, the
 *   answer exactly 120 s after that (07: pass); a partial result that says "I'm still looking for the Denver one, hang on"
 *   (a hold) and the rest 110 s later (22: pass); "One moment, let me check" with an internal question inside, answered 125 s
 *   later (29: fail); a transfer notice answered 74 s later by the receiver (19); a silent transfer, the receiver 95 s after
 *   the patron (20);
 *  endings: final idle of exactly 180 s with "Hello? Are you still with me?" and no notice (14: check-in pass, notice fail);
 *   119 s with nothing after the answer (15: idle na, courteous fail); 196 s ending on "It seems you've disconnected, so I'll
 *   close this chat now. Thanks … come back anytime!" after "are you still there?" (16: both pass, courteous pass); a true Lost
 *   Call in Spanish, "¿Sigue en el chat?" and "Parece que se ha desconectado … ¡Gracias por escribir, vuelva cuando quiera!"
 *   (24: 195 s); "That's a lot of questions and I'm about to go on break, so I have to wrap up here." (17: dismissal);
 *   "a few other patrons waiting … Please log back on later" (18: allowed); the patron's "wow ok", "ok" and "nope all good ty
 *   👍" as the last line (17, 18, 30: no final idle); patron-side "thats all i needed 🙏", "no more questions", "es todo lo que
 *   necesitaba", "eso es todo", "es todo", "thats all for now", "that was all", and "yes thanks", "ya thx", "nah" that do not
 *   count (where the provider asked "Anything else?");
 *  sources: state and city program pages (development.ohio.gov, tdhca.texas.gov, austintexas.gov, city.milwaukee.gov,
 *   dhcd.maryland.gov, csd.ca.gov, columbiasc.gov, pima.gov, stlouiscountymo.gov, charlottenc.gov, detroitmi.gov,
 *   alleghenycounty.us, portland.gov, rihousing.com, energyoffice.colorado.gov, denvergov.org, nashville.gov), federal pages
 *   (rd.usda.gov, eligibility.sc.egov.usda.gov, epa.gov/lead, hud.gov, energy.gov), nonprofits (mncee.org, snapwa.org,
 *   rebuildingtogetherdayton.org, rebuildingtogethertv.org, energizect.com), licence searches (verify.tn.gov, nclbgc.org), an
 *   EPA booklet; none at all (09);
 *  referrals: "call the Rural Development area office … at 606-555-0172" (02: pass); "call the city's housing office" (09: no
 *   contact, fail); "call the Community Alliance of Tenants hotline at 503-555-0199" (19: pass); "llamar a ABIL … 602-555-0131"
 *   (27: pass); "call the board at 919-555-0160" (30: pass); program pages where one applies (01, 04, 07, 16) are sources only;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (10: pass); an e-mail promise with no
 *   time under Answered, the e-mail only in `patron.email` (11: code and contact fail, pending); FU_LIB in Spanish, "una
 *   compañera de su biblioteca le llamará … dentro de dos días hábiles", the phone typed and read back, not recorded at day 4
 *   (12: contact pass, on_time fail); FU_ME with "get back to you" and no contact anywhere (13: code and contact fail,
 *   pending);
 *  codes: Practice (23); a true Lost Call (24); null with no provider (25: fail); Lost Call on an answered session with three
 *   patron messages (26: fail); none in the source (28: na);
 *  transfers: notice + internal note that says why (19: pass); internal note only (20: fail);
 *  concurrency: three others open at once from 30 to 60 s (21: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Hola, buenas tardes", "Buenas tardes, bienvenida al chat") greet; "Soy Marisol, bibliotecaria de …",
 *   "le saluda Alma, bibliotecaria de …" identify; "¿Le sirve esta información?", "¿Le ayuda esto?" and "¿Le ayuda la
 *   información … mientras tanto?" are the completeness question; "¿Sigue en el chat?" asks whether the patron is still there;
 *   "Parece que se ha desconectado, así que voy a terminar la sesión" tells them they seem to have disconnected and that the
 *   session ends; "¡Gracias por escribir, vuelva cuando quiera!" thanks and invites back;
 * - "es todo lo que necesitaba", "eso es todo", "es todo", "thats all for now", "no more questions" say explicitly that the
 *   patron is done;
 * - "dentro de dos días hábiles" and "by Wednesday" say when the information will come;
 * - "una compañera de su biblioteca le llamará" is a promise that someone from the patron's library will contact them (a
 *   follow-up session), not a referral;
 * - "I'll also check … and get back to you" (13) and "I'll also dig up … and e-mail it to you" (11) are follow-up promises;
 * - "She applies through the Rural Development area office …: call them at …" is a referral; "the eligibility check and how
 *   to apply … are at csd.ca.gov/…", "the application is at …" point to a website (sources, not referrals);
 * - "That's a lot of questions and I'm about to go on break, so I have to wrap up here." ends the help for the provider's
 *   convenience with no way back (17: dismissal);
 * - "Start with … energyoffice.colorado.gov/weatherization. I'm still looking for the Denver one, hang on." gives a partial
 *   result and says the search goes on: a hold (22);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h (10, scored with `now` at day 5).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (15 on closing.courteous, 17 on closing.no_dismissal, 24 on six checks).
 * Label corrections: 0 (each of the three reread against RUBRIC: the labels stand).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - closing.courteous, case 15: the answer "The City of Charlotte's Safe Home program … Does that help?" read as thanks, a
 *    goodbye or an invitation back (pass; RUBRIC fail: neither of the last two provider messages does any of those);
 *  - closing.no_dismissal, case 17: "That's a lot of questions and I'm about to go on break, so I have to wrap up here." read
 *    as no dismissal (pass; RUBRIC fail: help ended for the provider's convenience, no way back);
 *  - case 24 (Spanish Lost Call): "¿Sigue en el chat?" read as a question about the need, not a check-in, so a substantive
 *    exchange (keep_informed pass, clarify pass, source fail, completeness fail, anything_else fail; RUBRIC na for all five:
 *    a greeting, a check-in and a disconnect notice only) and session.idle_checkin fail (RUBRIC pass).
 * Every timing check (pickup at 60 and 61 s and with no provider; keep_informed at 121 s without a hold, 119 + 120 s across
 * holds, 110 s after a partial result, 125 s across an internal message, 74 s after a transfer notice and 95 s across a silent
 * transfer; final idles of 119, 180 and 196 s; concurrency at four and at touching ends; on_time done at 70 h, unrecorded past
 * the deadline, pending twice) and every code (Practice, a true Lost Call, null, Lost Call on an answered session, no codes in
 * the source, a promise under Answered, follow-up codes with and without a contact) scored as labelled on the first run, except
 * case 24's idle check-in. The redaction equality of describeSessions holds for every running case (a patron e-mail typed and
 * read back, one only in `patron.email`, a patron phone typed and read back; agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 as it landed (labelled blind on block X's second cut; the later readings written partly from this file): case 17's "I'm
 *   about to go on break, so I have to wrap up here." dismisses (X33) and case 24's "¿Sigue en el chat?" checks in (X32); both
 *   run; 29 running, 1 LEFT (15).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'CML' };
const HAL: Prov = { id: 'hal-w', name: 'Hal', library: 'LCPL-KY' };
const MARISOL: Prov = { id: 'marisol-w', name: 'Marisol', library: 'APL-TX' };
const GRETA: Prov = { id: 'greta-w', name: 'Greta', library: 'MPL-WI' };
const RAMPDESK: Prov = { id: 'rampdesk-w', name: 'rampdesk', library: 'BCPL' };
const OTIS: Prov = { id: 'otis-w', name: 'Otis', library: 'HCL-MN' };
const PILAR: Prov = { id: 'pilar-w', name: 'Pilar', library: 'SPL-SAC' };
const TOBIAS: Prov = { id: 'tobias-w', name: 'Tobias', library: 'RL-SC' };
const DEV: Prov = { id: 'dev-w', name: 'Dev', library: 'TCCL' };
const NADIA: Prov = { id: 'nadia-w', name: 'Nadia', library: 'PCPL-AZ' };
const FELIX: Prov = { id: 'felix-w', name: 'Felix', library: 'SLCL' };
const ROSALBA: Prov = { id: 'rosalba-w', name: 'Rosalba', library: 'DML' };
const WALLY: Prov = { id: 'wally-w', name: 'Wally', library: 'KCPL-TN' };
const IRIS: Prov = { id: 'iris-w', name: 'Iris', library: 'EPFL' };
const KOFI: Prov = { id: 'kofi-w', name: 'Kofi', library: 'CMLIB' };
const LENA: Prov = { id: 'lena-w', name: 'Lena', library: 'SPL-WA' };
const MORT: Prov = { id: 'mort-w', name: 'Mort', library: 'DPL-MI' };
const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'CLP-PA' };
const UMA: Prov = { id: 'uma-w', name: 'Uma', library: 'MCL-OR' };
const VICTOR: Prov = { id: 'victor-w', name: 'Victor', library: 'MCL-OR' };
const WREN: Prov = { id: 'wren-w', name: 'Wren', library: 'FWPL' };
const XAVI: Prov = { id: 'xavi-w', name: 'Xavi', library: 'FWPL' };
const YARA: Prov = { id: 'yara-w', name: 'Yara', library: 'PPL-RI' };
const ZEKE: Prov = { id: 'zeke-w', name: 'Zeke', library: 'DPL-CO' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 7', library: 'TRN' };
const ALMA: Prov = { id: 'alma-w', name: 'Alma', library: 'QPL' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'GVRQ' };
const BRYN: Prov = { id: 'bryn-w', name: 'Bryn', library: 'BPL-ID' };
const CARMEN: Prov = { id: 'carmen-w', name: 'Carmen', library: 'PHXPL' };
const DORA: Prov = { id: 'dora-w', name: 'Dora', library: 'HPL-CT' };
const ELLIS: Prov = { id: 'ellis-w', name: 'Ellis', library: 'NPL-TN' };
const FINN: Prov = { id: 'finn-w', name: 'Finn', library: 'WCPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay on the line, someone will be with you shortly.'];

export const sixtyFourthRoundWeatherize: SessionCase[] = [
  // 01 the plain good session
  s(BEA, '01 a drafty house and a dead furnace in Columbus: "my name is Bea", own or rent, development.ohio.gov HWAP, "thats all i needed 🙏"', [
    [0, 'p', 'hi my furnace is shot and house is drafty af, is there some program that fixes that for free? columbus ohio'],
    [18, 'l', "Good morning! Thanks for reaching out to Columbus Metropolitan Library's chat — my name is Bea."],
    [24, 'l', 'Do you own the home or rent it? And roughly how many people live there? The programs go by household income.'],
    [62, 'p', 'own it, me and my 2 kids'],
    [70, 'l', "You may qualify for Ohio's Home Weatherization Assistance Program (HWAP): free insulation, air sealing and sometimes a furnace repair or replacement for households up to 200% of the poverty line. The eligibility check, the income chart and the application are at development.ohio.gov (search \"Home Weatherization Assistance Program\")."],
    [76, 'l', 'Does that answer your question?'],
    [110, 'p', 'omg yes thank u thats all i needed 🙏'],
    [115, 'l', 'Stay warm, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; USDA Rural Development office by phone
  s(HAL, '02 USDA Section 504 repair for a grandma outside London KY: pickup at exactly 60 s, rd.usda.gov, "call them at 606-555-0172"', [
    [0, 'p', 'my grandma is 74 and her roof leaks, i heard usda has loans for old people to fix houses? she lives outside london ky'],
    [60, 'l', "Hi there, you've reached Hal, a librarian at Laurel County Public Library."],
    [66, 'l', 'Does she own the home, and would she be the one applying?'],
    [100, 'p', "yes she owns it and she would apply, i'm just helping her"],
    [107, 'l', 'That sounds like the USDA Section 504 Home Repair program: grants of up to about $10,000 for homeowners 62 and older, and 1% loans, in rural areas. The rules are at rd.usda.gov/programs-services/single-family-housing-programs/single-family-housing-repair-loans-grants. She applies through the Rural Development area office that serves Laurel County: call them at 606-555-0172 to set up an appointment.'],
    [113, 'l', 'Is that what you needed?'],
    [150, 'p', 'yes perfect, that is everything thank you'],
    [156, 'l', 'Best wishes to your grandma, bye!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish
  s(MARISOL, '03 ventanas viejas y luz carísima en Austin (Spanish): "Soy Marisol, bibliotecaria", casa propia, tdhca.texas.gov, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, mi casa en austin tiene ventanas viejas y la luz sale carisima. hay algun programa que ayude??'],
    [25, 'l', 'Hola, buenas tardes. Soy Marisol, bibliotecaria de la Biblioteca Pública de Austin. ¡Con gusto le ayudo!'],
    [31, 'l', '¿La casa es suya o la renta? Algunos programas piden permiso del dueño.'],
    [70, 'p', 'es mia, vivo con mi esposo y mi suegra'],
    [78, 'l', 'El programa de climatización de Texas (Weatherization Assistance Program) cubre gratis ventanas, aislamiento y sellado para hogares de bajos ingresos. Los requisitos y la lista por condado están en tdhca.texas.gov/weatherization-assistance-program. La Ciudad de Austin también tiene reparaciones gratuitas: austintexas.gov/department/home-repair.'],
    [84, 'l', '¿Le sirve esta información?'],
    [125, 'p', 'si mucho!! es todo lo que necesitaba, gracias'],
    [131, 'l', '¡Qué bueno! Gracias por escribirnos, que le vaya bien.'],
  ], usual()),

  // 04 pickup at 61 s
  s(GRETA, '04 peeling porch paint in a 1925 Milwaukee house with a baby coming: 61 s pickup, city.milwaukee.gov/health/Lead, EPA booklet, "no more questions"', [
    [0, 'p', 'built in 1925, we have a baby coming and the paint is peeling on the porch. is there help to get lead paint removed?'],
    [61, 'l', "Hello, I'm Greta, a reference librarian with Milwaukee Public Library. Sorry for the wait!"],
    [67, 'l', 'Do you own or rent, and is the house inside the City of Milwaukee?'],
    [100, 'p', 'own, yes in the city'],
    [108, 'l', 'The Milwaukee Health Department runs a lead hazard reduction program that pays for window replacement and paint stabilization in older homes, with priority for families expecting a baby. The program page and application are at city.milwaukee.gov/health/Lead. The EPA booklet "Protect Your Family From Lead in Your Home" (epa.gov/lead) covers safe cleanup in the meantime.'],
    [114, 'l', 'Did that help?'],
    [150, 'p', 'yes tysm, no more questions'],
    [155, 'l', 'Congratulations on the baby, and thanks for chatting — goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting that names no one
  s(RAMPDESK, '05 a wheelchair ramp for a dad just out of rehab in Baltimore County: "Hi there! 🙂" under the screen name "rampdesk", dhcd.maryland.gov', [
    [0, 'p', 'hey how do i get a wheelchair ramp built for my dad he just got out of rehab, we are in baltimore county'],
    [20, 'l', 'Hi there! 🙂'],
    [25, 'l', 'Is your dad a veteran, and does he own the house?'],
    [60, 'p', 'not a veteran, yes he owns it'],
    [67, 'l', "Maryland's Accessible Homes for Seniors program gives zero-interest loans and grants for ramps and similar changes to homeowners 55 and older. Details and the application are at dhcd.maryland.gov (Residents > Accessible Homes for Seniors)."],
    [72, 'l', 'Does this answer your question?'],
    [105, 'p', 'yes thanks'],
    [110, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thats everything'],
    [134, 'l', 'Good luck to your dad! Bye.'],
  ], usual({ greeting: 'fail' })),

  // 06 no hold, the answer 121 s after the patron
  s(OTIS, '06 a free energy audit for a Minneapolis duplex renter: the answer 121 s after the patron with no hold, mncee.org', [
    [0, 'p', 'do they still do those free energy audits in minneapolis? my heating bill was $400 in jan'],
    [17, 'l', 'Hello! Otis from Hennepin County Library here.'],
    [22, 'l', 'Do you rent or own, and is the place within Minneapolis?'],
    [50, 'p', 'rent, in mpls, duplex'],
    [171, 'l', 'Renters can get a Home Energy Squad visit too; it is free or low cost and includes air sealing and LED bulbs. Sign up at mncee.org/home-energy-squad. Does that help?'],
    [210, 'p', "yes i'll sign up, thats all thanks"],
    [215, 'l', 'Great, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 07 a hold, a "still searching" 119 s later, the answer 120 s after that
  s(PILAR, '07 windows and attic insulation in South Sacramento: "Let me check …", "I\'m still searching" 119 s later, the answer exactly 120 s after that, csd.ca.gov', [
    [0, 'p', 'looking for the california program that pays for new windows and attic insulation for low income, whats it called'],
    [20, 'l', 'Hi, Pilar here, a librarian at Sacramento Public Library.'],
    [26, 'l', 'Is it for a house you own, or an apartment?'],
    [55, 'p', 'own a small house in south sac'],
    [61, 'l', 'Let me check the current program name and how to apply.'],
    [180, 'l', "I'm still searching, appreciate you hanging on."],
    [300, 'l', "Found it: California's Low-Income Weatherization Program and the federal weatherization program both run through the Department of Community Services and Development. The eligibility check and how to apply in Sacramento County are at csd.ca.gov/Pages/FindServicesinMyArea.aspx."],
    [306, 'l', 'Did that answer it?'],
    [340, 'p', 'yea thank u'],
    [346, 'l', 'Anything else?'],
    [370, 'p', 'nah'],
    [375, 'l', 'Okay, take care, bye!'],
  ], usual()),

  // 08 the source before the question
  s(TOBIAS, '08 a leaking roof for a 68-year-old in Columbia SC: columbiasc.gov given first, then "inside city limits, or out in the county?"', [
    [0, 'p', "roof is leaking into the bedroom, i'm 68 on social security, any help with roof repair in columbia sc??"],
    [19, 'l', 'Hello, this is Tobias at Richland Library. Sorry to hear about the leak.'],
    [25, 'l', "The City of Columbia's Emergency Home Repair program covers roofs for low-income homeowners; the information is at columbiasc.gov/community-development."],
    [31, 'l', 'Is the house inside city limits, or out in the county?'],
    [70, 'p', 'city'],
    [77, 'l', 'Then the city program is the right one. Does that help?'],
    [110, 'p', 'yes thank you, that is all'],
    [115, 'l', 'Take care, goodbye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; "call the city's housing office" with no contact
  s(DEV, '09 hail damage and no insurance in north Tulsa: "call the city\'s housing office" with no number, no source, no completeness question', [
    [0, 'p', 'is there any help for fixing a roof in tulsa, got hail damage and no insurance'],
    [21, 'l', 'Hi, this is Dev at Tulsa City-County Library!'],
    [27, 'l', 'Do you own the home, and is it inside the Tulsa city limits?'],
    [60, 'p', 'yeah own it, north tulsa'],
    [68, 'l', "Your best bet is to call the city's housing office. They run the emergency home repair help for homeowners."],
    [75, 'l', 'Anything else I can help with today?'],
    [100, 'p', 'no thats it'],
    [105, 'l', 'Bye, thanks for chatting!'],
  ], usual({ source: 'fail', complete: 'fail', referral: 'fail' })),

  // 10 FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end
  s(NADIA, '10 lead testing for a Tucson rental with a 2-year-old: pima.gov, e-mail read back, "by Wednesday", FU_ME done 70 h after the end', [
    [0, 'p', 'how do i get my house tested for lead paint, is there a free program in tucson'],
    [20, 'l', "Hi! I'm Nadia, a librarian with Pima County Public Library. Happy to help."],
    [26, 'l', 'Are there kids under 6 in the home, and do you own or rent?'],
    [60, 'p', 'my 2 yr old, we rent'],
    [67, 'l', "The Pima County Health Department's lead program is at pima.gov (search \"lead poisoning prevention\"). I want to confirm whether the City of Tucson's lead hazard grant covers rentals; I'll e-mail you what I find by Wednesday. What's the best e-mail?"],
    [100, 'p', 'jess.m.ortiz@example.net'],
    [105, 'l', 'Got it: jess.m.ortiz@example.net. Does the county page help for now?'],
    [140, 'p', 'yes thanks thats all for now'],
    [145, 'l', 'You are welcome, talk soon. Bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(150 + 70 * HOUR), by: 'nadia-w', note: 'sent the Tucson lead grant rules' }] }, { now: T0 + 5 * DAY }),

  // 11 a promise under Answered; e-mail only in patron.email; no when
  s(FELIX, '11 checking a door-knocking roofer in unincorporated St. Louis County: stlouiscountymo.gov, "I\'ll … e-mail it to you" with no time, coded Answered, e-mail only in patron.email', [
    [0, 'p', 'how can i check if a roofer is licensed in st louis county, guy knocked on my door after the storm'],
    [22, 'l', 'Good afternoon, Felix here with St. Louis County Library.'],
    [28, 'l', 'Is the house in unincorporated St. Louis County or in a city like Florissant?'],
    [65, 'p', 'unincorporated'],
    [72, 'l', "Missouri doesn't license roofers statewide, but St. Louis County licenses contractors; the Public Works contractor lookup is at stlouiscountymo.gov (Public Works > Licenses). I'll also dig up the county's list of storm-chaser warning signs and e-mail it to you."],
    [78, 'l', 'Does the lookup page help?'],
    [110, 'p', 'yes it does thank you'],
    [115, 'l', 'Anything else today?'],
    [135, 'p', 'no that is all'],
    [140, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'r.keane@example.org', phone: null } }),

  // 12 partly Spanish; FU_LIB, phone typed and read back, "dentro de dos días hábiles", not recorded by day 4
  s(ROSALBA, '12 rampa y barras de apoyo para una mamá de 80 años en Dayton (partly Spanish): rebuildingtogetherdayton.org, phone read back, "dentro de dos días hábiles", FU_LIB unrecorded at day 4', [
    [0, 'p', 'hi necesito ayuda, my mom needs a ramp and grab bars, she is 80, dayton ohio. hablo mejor español'],
    [20, 'l', 'Hola, buenas tardes. Soy Rosalba, bibliotecaria de Dayton Metro Library. Podemos hablar en español, claro.'],
    [26, 'l', '¿Su mamá es dueña de la casa? ¿Y vive en la ciudad de Dayton o en otra parte del condado?'],
    [65, 'p', 'si es dueña, vive en dayton'],
    [72, 'l', 'Rebuilding Together Dayton instala rampas y barras de apoyo gratis para dueños mayores de bajos ingresos; la solicitud está en rebuildingtogetherdayton.org. También quiero averiguar si el programa del condado para personas mayores paga esto: una compañera de su biblioteca le llamará con la respuesta dentro de dos días hábiles. ¿A qué número le llamamos?'],
    [110, 'p', '937-555-0148'],
    [116, 'l', 'Perfecto, le llamaremos al 937-555-0148. ¿Le ayuda la información de Rebuilding Together mientras tanto?'],
    [150, 'p', 'si gracias, es todo'],
    [155, 'l', '¡De nada! Gracias por usar el chat, hasta luego.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), FU_LIB, { now: T0 + 4 * DAY }),

  // 13 FU_ME with no contact anywhere
  s(WALLY, '13 checking contractors on a Knoxville weatherization list: verify.tn.gov, "I\'ll … get back to you" with no contact and no time, FU_ME', [
    [0, 'p', 'need to find a licensed contractor for a weatherization job in knoxville, the agency gave me a list but i want to check them'],
    [18, 'l', 'Hello, Wally at Knox County Public Library here.'],
    [24, 'l', 'Do you have the names of the contractors on the list handy?'],
    [55, 'p', 'not on me, its at home'],
    [62, 'l', "Tennessee's Board for Licensing Contractors has a free license search at verify.tn.gov. I'll also check whether the weatherization agency publishes its approved contractors and get back to you."],
    [68, 'l', 'Does the license search help?'],
    [100, 'p', 'ya thx'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 14 final idle of exactly 180 s: a check-in, no notice
  s(IRIS, '14 Baltimore City weatherization intake: answer at 62, "Hello? Are you still with me?" at 185, endedAt 242 (final idle 180 s), no notice', [
    [0, 'p', 'hi is the baltimore city weatherization program still taking applications? 2025'],
    [20, 'l', "Hi, I'm Iris, a librarian at the Enoch Pratt Free Library."],
    [26, 'l', 'Are you a Baltimore City homeowner, or renting?'],
    [55, 'p', 'homeowner'],
    [62, 'l', "Yes, Maryland's Weatherization Assistance Program takes applications year-round through the Office of Home Energy Programs. The Baltimore City intake details are at dhcd.maryland.gov (Residents > Weatherization). Does that help?"],
    [185, 'l', 'Hello? Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 57 }),

  // 15 final idle of 119 s
  s(KOFI, '15 grab bars and a walk-in shower in Charlotte: charlottenc.gov Safe Home, then nothing; endedAt 119 s after the answer', [
    [0, 'p', 'my wife uses a walker now, we need the bathroom redone w/ grab bars and a walk in shower. any grants in charlotte?'],
    [22, 'l', 'Hi, Kofi here from Charlotte Mecklenburg Library.'],
    [28, 'l', 'Are you both over 62, and do you own the home?'],
    [60, 'p', 'yes 70 and 68, own'],
    [66, 'l', "The City of Charlotte's Safe Home program covers accessibility repairs for older homeowners; eligibility and the application are at charlottenc.gov (Housing > Safe Home). Does that help?"],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 119 }),

  // 16 final idle ending on a goodbye notice (196 s)
  s(LENA, '16 a whole new roof for a Spokane senior: snapwa.org, "are you still there?" at 175, "It seems you\'ve disconnected … come back anytime!" at 252', [
    [0, 'p', 'roof repair help for seniors spokane?'],
    [15, 'l', 'Hello and welcome to Ask a Librarian! This is Lena at Spokane Public Library.'],
    [21, 'l', "What's going on with the roof, a small repair or a full replacement? And do you own the home?"],
    [50, 'p', 'own, need whole roof i think'],
    [56, 'l', 'SNAP (Spokane Neighborhood Action Partners) has an Essential Home Repair program for low-income homeowners that includes roofs; the details and the application are at snapwa.org (Housing > Home Repair).'],
    [62, 'l', 'Did that answer your question?'],
    [175, 'l', 'Just checking in, are you still there?'],
    [252, 'l', "It seems you've disconnected, so I'll close this chat now. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 ended for the provider's convenience
  s(MORT, '17 the Detroit 0% home repair loan, then lead, porch, cosigner, furnace: "That\'s a lot of questions and I\'m about to go on break", patron "wow ok" last', [
    [0, 'p', 'how do i apply for the detroit 0% home repair loan'],
    [20, 'l', 'Hey, Mort from Detroit Public Library.'],
    [26, 'l', 'Do you own and live in the house in Detroit?'],
    [55, 'p', 'yes since 1998'],
    [62, 'l', 'The Detroit 0% Interest Home Repair Loan program is explained at detroitmi.gov (search "0% interest home repair loan"), with the income limits and the application. Did that help?'],
    [95, 'p', 'ok but what about the lead in the paint, and my porch steps, and can my son cosign, and what about the furnace'],
    [101, 'l', "That's a lot of questions and I'm about to go on break, so I have to wrap up here."],
    [115, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, invited back
  s(NORA, '18 windows, roof and front steps in Pittsburgh: alleghenycounty.us weatherization, "a few other patrons waiting … log back on later", patron "ok" last', [
    [0, 'p', 'hi!! i need help with my house, windows, roof and the steps out front all bad. pittsburgh'],
    [20, 'l', 'Hi! This is Nora, a librarian at Carnegie Library of Pittsburgh.'],
    [26, 'l', "Let's start with one: which is most urgent? And do you own the house?"],
    [60, 'p', 'own it, windows i guess its freezing'],
    [68, 'l', "Pennsylvania's Weatherization Assistance Program replaces drafty windows and seals the house for low-income homeowners. The Allegheny County program and how to apply are at alleghenycounty.us (Human Services > Weatherization). Does that help?"],
    [100, 'p', 'yes!! now roof and steps and also my neighbor wants to know about his gutters and can i get a tax credit'],
    [107, 'l', "Those are all good questions, but there are a few other patrons waiting for me right now. Please log back on later today or tomorrow and we'll take the roof and the steps next. Thanks for your patience!"],
    [118, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 19 a transfer with a notice and a note that says why; a tenants' hotline by phone
  s(UMA, '19 lead paint in a Portland rental the landlord won\'t fix: transfer notice + internal note why, Victor 74 s after the notice, portland.gov/phb/lead, a hotline by phone', [
    [0, 'p', 'lead paint in my rental, landlord wont fix it, portland'],
    [20, 'l', "Hi, I'm Uma with Multnomah County Library's Ask a Librarian."],
    [26, 'l', 'Are there children living there, and about when was the building built?'],
    [60, 'p', 'yes 4 yr old, built 1940s'],
    [66, 'l', "I'm going to transfer you to Victor, who knows tenant and housing resources well. One moment!"],
    [69, 'i', "Victor, renter in Portland with lead paint, 4yo in the home, landlord won't fix. Housing q for you?"],
    xfer(72, 'Victor', 'victor-w'),
    [140, 'l', "Hi, Victor here. Portland's Lead Hazard Control program can fix lead hazards in rentals where kids live, with the owner taking part; details are at portland.gov/phb/lead. For the landlord side, call the Community Alliance of Tenants hotline at 503-555-0199.", as(VICTOR)],
    [146, 'l', 'Is that what you were looking for?', as(VICTOR)],
    [180, 'p', "yes, that's everything thanks"],
    [185, 'l', 'Good luck, bye!', as(VICTOR)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 20 a silent transfer; the receiver 95 s after the patron
  s(WREN, '20 USDA 504 in Azle, Tarrant County: internal note only, silent transfer, Xavi 95 s after the patron, eligibility.sc.egov.usda.gov', [
    [0, 'p', 'does the usda 504 repair grant work in tarrant county or only country areas'],
    [18, 'l', 'Good evening! Wren with Fort Worth Public Library.'],
    [24, 'l', 'Which town in Tarrant County is the house in?'],
    [55, 'p', 'azle'],
    [58, 'i', 'Xavi, USDA rural eligibility question (Azle, TX). You wrote the RD guide, can you take it?'],
    xfer(61, 'Xavi', 'xavi-w'),
    [150, 'l', 'Hello, Xavi here. Azle is partly eligible, so check the exact address on the USDA eligibility map at eligibility.sc.egov.usda.gov (Single Family Housing Direct). If it shows as rural, the 504 grant is open to homeowners 62 and up. Does that answer it?', as(XAVI)],
    [190, 'p', "yes thank you that's all"],
    [195, 'l', 'Thanks for chatting, goodbye!', as(XAVI)],
  ], usual({ transfer: 'fail' })),

  // 21 four at once
  s(YARA, '21 a Rhode Island lead certificate for a 3-unit rental: rihousing.com LeadSafe Homes, three other chats open at once from 30 to 60 s (four)', [
    [0, 'p', 'RI lead safe certificate for my rental?'],
    [19, 'l', "Hello, you've reached Yara at Providence Public Library's chat."],
    [25, 'l', 'Is the rental in Providence, and how many units?'],
    [55, 'p', 'yes providence, 3 units'],
    [61, 'l', 'Rhode Island requires a Lead Conformance Certificate for most pre-1978 rentals, and Rhode Island Housing\'s LeadSafe Homes program helps owners pay for the work. The steps are at rihousing.com (search "LeadSafe Homes"). Does that help?'],
    [95, 'p', "yep that's all i needed"],
    [100, 'l', 'Great, thanks, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara-w', -50, 120), other('y2', 'yara-w', 10, 60), other('y3', 'yara-w', 30, 200)],
  }),

  // 22 three at most with touching ends; a partial result that says the search goes on (a hold), the rest 110 s later
  s(ZEKE, '22 insulation, a furnace and a contractor check in Denver: energyoffice.colorado.gov "I\'m still looking for the Denver one, hang on", denvergov.org 110 s later, touching chats', [
    [0, 'p', 'denver has some program that pays for insulation and a new furnace? also do they check contractors'],
    [20, 'l', 'Hi, Zeke here, a librarian at Denver Public Library.'],
    [26, 'l', 'Do you own your home in Denver, and how many people live there?'],
    [60, 'p', 'own, 3 people'],
    [66, 'l', "Start with Colorado's Weatherization Assistance Program at energyoffice.colorado.gov/weatherization. I'm still looking for the Denver one, hang on."],
    [176, 'l', 'Found it: Denver\'s Emergency Home Repair program is at denvergov.org (search "Emergency Home Repair"), and the contractor license search is at denvergov.org/contractor-licensing. Does that cover both parts?'],
    [210, 'p', 'yes perfect, thats everything'],
    [215, 'l', 'Thanks for chatting, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zeke-w', -100, 0), other('z2', 'zeke-w', -30, 100), other('z3', 'zeke-w', 50, 300), other('z4', 'zeke-w', 220, 500)],
  }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (weatherization macro test): coded Practice, every check na', [
    [0, 'p', 'test chat - weatherization macro'],
    [4, 'l', 'Testing: energy.gov/scep/wap/weatherization-assistance-program'],
    [10, 'p', 'ok link works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 Spanish; a true Lost Call: greeting, check-in, a notice that thanks and invites back
  s(ALMA, '24 arreglar el techo de una jubilada en Queens (Spanish, Lost Call): saludo a los 20, "¿Sigue en el chat?" a los 150, aviso con despedida a los 215 (195 s)', [
    [0, 'p', 'hola, hay ayuda para arreglar el techo de mi casa en queens? soy jubilada'],
    [20, 'l', 'Hola, le saluda Alma, bibliotecaria de Queens Public Library.'],
    [150, 'l', '¿Sigue en el chat?'],
    [215, 'l', 'Parece que se ha desconectado, así que voy a terminar la sesión. ¡Gracias por escribir, vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined; code null
  s(NOBODY, '25 weatherization for a mobile home in Georgia: no provider ever joined, "hello???", patron left, code null', [
    [0, 'p', 'anybody know if weatherization covers mobile homes?? in georgia'],
    queued(3),
    [140, 'p', 'hello???'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 26 an answered session coded Lost Call
  s(BRYN, '26 a free ramp for a husband in Boise: rebuildingtogethertv.org, "thats all", coded Lost Call after three patron messages', [
    [0, 'p', 'hi do u know any program that builds ramps for free in boise'],
    [18, 'l', 'Hello, Bryn at Boise Public Library here!'],
    [24, 'l', 'Who is the ramp for, and do they own the home?'],
    [60, 'p', 'my husband, yes we own'],
    [66, 'l', 'Rebuilding Together Treasure Valley builds free ramps for older and disabled homeowners; apply at rebuildingtogethertv.org. Does that help?'],
    [100, 'p', 'yes thanks thats all'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 Spanish; a referral with a phone, a HUD page
  s(CARMEN, '27 una rampa para un hijo en silla de ruedas, inquilinos en Phoenix (Spanish): "llamar a ABIL … 602-555-0131", hud.gov, "eso es todo"', [
    [0, 'p', 'buenas, mi hijo esta en silla de ruedas y necesitamos una rampa en la casa, rentamos en phoenix. el dueño dice q no paga'],
    [24, 'l', 'Buenas tardes, bienvenida al chat. Soy Carmen, bibliotecaria de Phoenix Public Library.'],
    [30, 'l', '¿Cuántos escalones hay en la entrada, más o menos? ¿Y el dueño aceptaría que ustedes pongan la rampa si a él no le cuesta?'],
    [75, 'p', 'como 3 escalones. creo q si acepta si no paga el'],
    [82, 'l', 'Le recomiendo llamar a ABIL (Arizona Bridge to Independent Living), que ayuda con rampas para inquilinos con discapacidad: 602-555-0131. Además, la ley de vivienda justa permite al inquilino hacer modificaciones razonables; la guía está en hud.gov (busque "reasonable modifications").'],
    [88, 'l', '¿Le ayuda esto?'],
    [120, 'p', 'si gracias!! eso es todo'],
    [126, 'l', 'Con mucho gusto. ¡Gracias por escribir y suerte!'],
  ], usual({ referral: 'pass' })),

  // 28 no codes in the source
  s(DORA, '28 a Home Energy Solutions visit for a Hartford renter (no codes in the source): energizect.com, "no more questions"', [
    [0, 'p', 'how do i get a free home energy solutions visit in ct'],
    [16, 'l', 'Hi! Dora, librarian at Hartford Public Library, here to help.'],
    [22, 'l', 'Are you an Eversource customer, and do you own or rent?'],
    [55, 'p', 'eversource, rent'],
    [62, 'l', "Renters can book a Home Energy Solutions visit too; there's a small copay, waived for income-eligible households. Book at energizect.com (Save Money > Home Energy Solutions). Is that what you were looking for?"],
    [95, 'p', 'yes ty, no more questions'],
    [100, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 29 "Take your time." (no hold); a hold with an internal question inside, answered 125 s later
  s(ELLIS, '29 foundation cracks for an 81-year-old in Nashville: "Take your time.", "One moment, let me check" at 86, an internal question at 120, the answer at 211 (125 s)', [
    [0, 'p', 'nashville — any grants for fixing foundation cracks for seniors? my dad is 81'],
    [20, 'l', 'Hello, Ellis at Nashville Public Library. Happy to look into this.'],
    [26, 'l', 'Is he the homeowner, and is the house in Davidson County? Take your time.'],
    [80, 'p', 'yes owner, davidson county'],
    [86, 'l', 'One moment, let me check what Metro has open right now.'],
    [120, 'i', 'does anyone know if the Metro homeowner repair program is still open for 2026?'],
    [211, 'l', 'Thanks for waiting. Metro Nashville\'s homeowner repair program helps seniors with structural repairs; eligibility and the application are at nashville.gov (search "Home Repair"). Does that answer your question?'],
    [250, 'p', 'yes thank you that was all'],
    [255, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 30 the patron has the last word; the licensing board by URL and phone
  s(FINN, '30 checking a general contractor before a deposit in NC: nclbgc.org, "call the board at 919-555-0160", "Anything else", patron "nope all good ty 👍" last', [
    [0, 'p', 'how do i check if a general contractor is legit in NC before i pay a deposit for the weatherization job'],
    [19, 'l', 'Hi there, thanks for contacting Wake County Public Libraries — Finn here.'],
    [25, 'l', 'Roughly how big is the job in dollars? North Carolina licensing kicks in at $40,000.'],
    [60, 'p', 'like 45k'],
    [67, 'l', 'Then they need a license from the NC Licensing Board for General Contractors: search the name at nclbgc.org (License Search). If anything looks off, call the board at 919-555-0160 and ask about complaints.'],
    [73, 'l', 'Does that help?'],
    [100, 'p', 'yes'],
    [105, 'l', 'Anything else I can help with?'],
    [125, 'p', 'nope all good ty 👍'],
  ], usual({ courteous: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundWeatherize.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'closing.courteous: expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"). Message 4: "The City of Charlotte\'s Safe Home program covers accessibility repairs for older homeowners; … Does that help?" and message 2: "Are you both over 62, and do you own the home?" (the provider\'s last two) neither thank, say goodbye nor invite back (RUBRIC closing.courteous: "pass: one of the provider\'s last two visible messages thanks the patron, says goodbye or invites them back. fail otherwise.")',
};

describe('sixty-fourth round: home repair grants and weatherization, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundWeatherize.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundWeatherize.filter((c) => c.name in LEFT_WHY));
});
