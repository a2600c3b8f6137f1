/**
 * Sixty-third round, theme WINTER WEATHER, SNOW AND HEATING EMERGENCIES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: snow-emergency parking (Minneapolis Day 2, a St. Paul night plow
 * route, Connecticut Ave in DC, a Baltimore tow from Harford Rd), who shovels (a Boston rental, an 81-year-old in Ann Arbor,
 * a Worcester driveway filled in by the plow), warming centers (the Bronx, Philadelphia's Code Blue), frozen and burst pipes
 * (Toledo, Milwaukee), space heaters on a power strip, generators in an ice storm, free sand-salt in Grand Rapids, a plow
 * request to Syracuse's Cityline, school closings (FCPS, DPS, Ohio make-up hours, Howard County buses), heat (a Chicago
 * landlord, Lowell fuel assistance, Minnesota's Cold Weather Rule), power outages (Vermont, Consumers Energy food loss), an
 * Erie County travel ban, an Indianapolis dog left out in the cold, an ice dam in Maine and a car kit for I-80. Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundWinter-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! This is Annika, a librarian with …" (01); a 61 s pickup (04: fail) and `pickedUpAt` at exactly
 *   60 s with the first line at 75 (05: pass); "hey there! ❄️" + "do you need it for your own sidewalk …" under the screen
 *   name "ref_desk3" (09: fail); "Hi there!" + a question, the name only in the third message (19: fail); "Good morning! ☃️"
 *   then "Hollis here at DC Public Library's Ask Us" (24: the two parts in two messages, pass); Spanish "Buenas noches, le
 *   saluda Lucía, bibliotecaria de …" (03) and "¡Hola! Soy Rafael, bibliotecario de …" (13); "Hi, Ask Colorado here — my
 *   name is Ji-woo" (14); no provider ever joined, a queue line (27);
 *  inquiry: Day 1 or 2 and which side, renter or owner, city street or county road, electric or kerosene, portable or
 *   standby, which district, house or apartment, shelter or none; the first source before "Is yours a portable generator
 *   …?" (08: fail); "Is this in Worcester?" (30: residence counts);
 *  waits: a hold, a partial result that says the search goes on 120 s later, the answer 118 s after that (06: pass); a
 *   patron's second question answered 122 s later with an internal line in between (07: fail); a silent transfer, the
 *   receiver 90 s after the patron (21: pass); an announced transfer answered 125 s after the notice (22: fail); the
 *   patron's last line left unanswered at the end (18, 19, 30: not counted);
 *  endings: final idle of exactly 120 s ending on "Are you still there?" (14: check-in pass, courteous fails); 119 s to a
 *   goodbye (15: na); 181 s with "You still there?" and a notice that invites back (16: both pass); 179 s with a notice and
 *   no check-in (17: check-in fails, notice na); a Lost Call with a check-in and a thankful notice 310 s after the greeting
 *   (26); "your time is up — chats are limited to 10 minutes. Goodbye." (18: dismissal); "several people waiting … please
 *   start a new chat later" (19: allowed); the patron's "?? it hasnt been 10 min", "ok" and "nope thats all" as the last
 *   line; patron-side "thats all i needed", "that's everything", "eso es todo", "no more questions", "that is everything
 *   for now", and "yes ty", "si gracias", "ok", "yes"/"thx" that do not count;
 *  sources: city snow pages (minneapolismn.gov, boston.gov, stpaul.gov, snow.dc.gov, worcesterma.gov, grandrapidsmi.gov,
 *   a2gov.org, baltimorecity.gov), fcps.edu, dpsk12.org, education.ohio.gov, the Red Cross, usfa.fema.gov, cdc.gov,
 *   iowadot.gov, mn.gov/puc, michigan.gov/mpsc, mass.gov, greenmountainpower.com, erie.gov, municode, UMN Extension;
 *  referrals: BOS:311 by phone and "your landlord" with none (02: fail); 311 by phone in Spanish (03, 13); SYRCityline by URL
 *   and phone (06); Milwaukee Water Works by phone (16); the Homeless Outreach Hotline by phone (17); Community Teamwork by
 *   phone after a transfer (20); the Mayor's Action Center by phone (23); legal reference staff who "will get back to you"
 *   (12: a follow-up, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 71 h after the end (10: pass); a promise to e-mail,
 *   e-mail typed, "tomorrow morning", coded Answered (11: code fails, contact passes, pending); FU_LIB with no contact
 *   anywhere, never recorded at day 4 (12: code, contact, on_time fail); FU_ME, a phone typed and read back, no time, done
 *   73 h after the end (13: contact and on_time fail); FU_ME, phone read back, "within 48 hours", not yet due (29: pending);
 *  codes: a true Lost Call (26); Lost Call after four patron lines (28); null with no provider (27); Practice (25);
 *  transfers: notice + internal note that says why (20: pass); internal note only (21: fail); notice only (22: fail);
 *  concurrency: three others open at once over this one (23: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "it's worth letting your landlord know too" tells the patron to contact a person outside the chat: a second party with
 *   no way to reach it (02: referral fails);
 * - "Syracuse takes plow requests through SYRCityline … at syr.gov/cityline or by calling 315-448-2489" tells the patron to
 *   call or write to the city's office (06: a referral, reached);
 * - "Consumers' claims form is on consumersenergy.com" points to a form on a website (10: a source, no referral); "There's
 *   also a volunteer program through a local senior agency" names an agency without telling the patron to contact it (29);
 * - Spanish "le saluda Lucía, bibliotecaria de …", "Soy Rafael, bibliotecario de …" greet and identify; "¿Le sirve esta
 *   información?" and "¿Le ayuda lo del 311 mientras tanto?" ask whether what was given meets the need; "eso es todo" says
 *   explicitly that the patron is done, "si gracias" does not; "Gracias por escribirnos" thanks the patron;
 * - "Stay warm, and thanks for using the chat!", "Bye for now", "Come back anytime if you need more help!" are goodbyes;
 *   "It looks like you've been disconnected, so I'm closing this chat." is a notice, not a goodbye (17);
 * - a patron e-mail typed by the patron and only acknowledged ("Got it.") is "given … there" (11: contact passes with
 *   "tomorrow morning");
 * - `pickedUpAt` at 60 s decides the pickup even though the first line comes at 75 s (05).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact: 02, 06). Label corrections: 0 (both labels reread
 * against RUBRIC's Referral and referral.contact and kept).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "… and it's worth letting your landlord know too" read as no second party (pass on 311's phone
 *    alone; RUBRIC fail: every party referred to needs a way to reach them, the landlord has none);
 *  - referral.contact, case 06: "Syracuse takes plow requests through SYRCityline, the city's 311, at syr.gov/cityline or by
 *    calling 315-448-2489" read as no referral (na; RUBRIC pass: the patron is told to call the city's office, phone given).
 * Every timing check (pickup at 61 s and by `pickedUpAt` at 60 s, no provider; keep_informed at exactly 120 s after a hold and
 * 118 s after a partial result, at 122 s across an internal line, three transfers at 80, 90 and 125 s; final idles of 119,
 * 120, 179, 181 and 310 s; concurrency at four and at touching ends; on_time done at 71 h and 73 h, unrecorded past the
 * deadline, pending twice) and every code (Practice, true and false Lost Call, null, a promise under Answered, follow-up codes
 * with and without a contact) scored as labelled on the first run, and the redaction equality of describeSessions held for
 * every running case (patron e-mails typed and read back, typed only; patron phones with spaces and read back; library and
 * agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). tsc clean.
 * ON v57 (block W): as on v56, 28 running, 2 LEFT (02: the report's first part "… to BOS:311 by calling …" names no party the
 *   scorer reads, so W27 does not reach it; 06).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ANNIKA: Prov = { id: 'annika-w', name: 'Annika', library: 'HCL-MN' };
const MARCUS: Prov = { id: 'marcus-w', name: 'Marcus', library: 'BPL-MA' };
const LUCIA: Prov = { id: 'lucia-w', name: 'Lucía', library: 'NYPL' };
const DEE: Prov = { id: 'dee-w', name: 'Dee', library: 'FCPL-VA' };
const NOOR: Prov = { id: 'noor-w', name: 'Noor', library: 'TLCPL' };
const GWEN: Prov = { id: 'gwen-w', name: 'Gwen', library: 'OCPL-NY' };
const THEO: Prov = { id: 'theo-w', name: 'Theo', library: 'AUN' };
const HARPER: Prov = { id: 'harper-w', name: 'Harper', library: 'DEL-AAL' };
const REFDESK: Prov = { id: 'refdesk3-w', name: 'ref_desk3', library: 'GRPL' };
const INES: Prov = { id: 'ines-w', name: 'Ines', library: 'MEL' };
const CELESTE: Prov = { id: 'celeste-w', name: 'Celeste', library: 'KIN-OH' };
const KWAME: Prov = { id: 'kwame-w', name: 'Kwame', library: 'EPFL' };
const RAFAEL: Prov = { id: 'rafael-w', name: 'Rafael', library: 'CPL-IL' };
const JIWOO: Prov = { id: 'jiwoo-w', name: 'Ji-woo', library: 'DPL-CO' };
const OLU: Prov = { id: 'olu-w', name: 'Olu', library: 'SPPL' };
const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'MPL-WI' };
const SAM: Prov = { id: 'sam-w', name: 'Sam', library: 'FLP' };
const MORGAN: Prov = { id: 'morgan-w', name: 'Morgan', library: 'AIL' };
const RORY: Prov = { id: 'rory-w', name: 'Rory', library: 'DCL-MN' };
const ABE: Prov = { id: 'abe-w', name: 'Abe', library: 'MAAL' };
const CORA: Prov = { id: 'cora-w', name: 'Cora', library: 'PML' };
const BETH: Prov = { id: 'beth-w', name: 'Beth', library: 'KHL' };
const DARIUS: Prov = { id: 'darius-w', name: 'Darius', library: 'VTDL' };
const EVA: Prov = { id: 'eva-w', name: 'Eva', library: 'BECPL' };
const FINN: Prov = { id: 'finn-w', name: 'Finn', library: 'BECPL' };
const GRETA: Prov = { id: 'greta-w', name: 'Greta', library: 'IndyPL' };
const HOLLIS: Prov = { id: 'hollis-w', name: 'Hollis', library: 'DCPL' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 12', library: 'TRN' };
const IRIS: Prov = { id: 'iris-w', name: 'Iris', library: 'HCLS' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'VRQ' };
const JONAH: Prov = { id: 'jonah-w', name: 'Jonah', library: 'PPL-ME' };
const KAI: Prov = { id: 'kai-w', name: 'Kai', library: 'AADL' };
const LEX: Prov = { id: 'lex-w', name: 'Lex', library: 'WPL-MA' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. / All librarians are busy, please stay in the chat.'];

export const sixtyThirdRoundWinter: SessionCase[] = [
  // 01 the plain good session
  s(ANNIKA, '01 Minneapolis snow emergency Day 2, even side: "This is Annika, a librarian", minneapolismn.gov/snow, "thats all i needed"', [
    [0, 'p', 'hi my street got a snow emergency text last night. can i park on my side today or will i get towed'],
    [24, 'l', "Good morning! This is Annika, a librarian with Hennepin County Library's chat service."],
    [30, 'l', 'Which day of the snow emergency is it today, and are you parked on the even or the odd side of the street?'],
    [75, 'p', 'day 2 i think. even side'],
    [82, 'l', "On Day 2 Minneapolis bans parking on the EVEN side of streets that aren't snow emergency routes, 8 a.m. to 8 p.m., so move the car before 8. The rules and the map are at minneapolismn.gov/snow (Snow Emergency > Day 2)."],
    [88, 'l', 'Is that what you needed to know?'],
    [130, 'p', 'yes thats all i needed thank u!!'],
    [135, 'l', 'Stay warm, and thanks for using the chat!'],
  ], usual()),

  // 02 Boston: 311 by phone, the landlord with no contact
  s(MARCUS, '02 unshoveled sidewalk at a Boston rental: boston.gov, BOS:311 at 617-635-4500, "letting your landlord know" with no contact', [
    [0, 'p', 'whose job is it to shovel the sidewalk in front of my apartment building? boston. its been 3 days and nobody did it'],
    [20, 'l', 'Hi, thanks for contacting Boston Public Library! Marcus here.'],
    [26, 'l', 'Do you rent, and how many units are in the building?'],
    [60, 'p', 'yes renting, 6 units'],
    [67, 'l', "Boston makes the property owner clear the sidewalk within 3 hours after the snow stops (6 hours if it fell overnight); the rule is on boston.gov/departments/public-works/snow-removal. You can report an unshoveled walk to BOS:311 by calling 617-635-4500, and it's worth letting your landlord know too."],
    [73, 'l', 'Does that answer your question?'],
    [110, 'p', "yeah that's everything. ty"],
    [115, 'l', 'Take care on the ice — goodbye!'],
  ], usual({ referral: 'fail' })),

  // 03 Spanish: Bronx, no heat, warming centers, 311 by phone
  s(LUCIA, '03 sin calefacción en el Bronx con una niña (Spanish): "le saluda Lucía, bibliotecaria", nyc.gov, el 311 por teléfono, "eso es todo"', [
    [0, 'p', 'hola, hace mucho frio y se fue la calefaccion en mi apartamento en el Bronx. hay algun lugar caliente donde pueda ir esta noche con mi hija?'],
    [30, 'l', 'Buenas noches, le saluda Lucía, bibliotecaria de la Biblioteca Pública de Nueva York. Siento mucho lo de la calefacción.'],
    [36, 'l', '¿Necesita un lugar solo para calentarse unas horas, o también para dormir esta noche?'],
    [90, 'p', 'para dormir si se puede'],
    [97, 'l', 'Cuando la ciudad declara "Code Blue", los albergues reciben a todas las personas y se abren centros de calentamiento; la lista está en nyc.gov/site/em/ready/winter-weather.page. Para la falta de calefacción, llame al 311 (o al 212-639-9675) y ponga una queja contra el edificio.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si gracias, eso es todo'],
    [156, 'l', 'Con mucho gusto. Cuídense mucho y gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(DEE, '04 are FCPS schools closed tomorrow: 61 s pickup, "Dee speaking", fcps.edu emergency announcements', [
    [0, 'p', 'are fcps schools closed tomorrow?? my kid says yes but i cant find anything'],
    [61, 'l', "Hello, you've reached Ask Fairfax Library — Dee speaking. Sorry you had to wait!"],
    [67, 'l', 'Just to be sure: Fairfax County Public Schools, not a private school?'],
    [100, 'p', 'yes fcps'],
    [106, 'l', "FCPS posts closings and delays by 5 a.m. on its Emergency Announcements page, fcps.edu/news/emergency-announcements. Right now there's nothing posted for tomorrow, so your kid may just be hoping!"],
    [112, 'l', 'Did that help?'],
    [150, 'p', 'lol ok thanks, that answers it. thats all'],
    [155, 'l', 'Thanks for chatting — hope the roads are clear!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt exactly 60 s
  s(NOOR, '05 frozen kitchen pipe on an outside wall: pickedUpAt 60 s, first line at 75, hair dryer, redcross.org winter storm page', [
    [0, 'p', 'my kitchen pipe froze, no water coming out. how do i thaw it without it bursting'],
    [75, 'l', "Hi! I'm Noor, reference librarian at Toledo Lucas County Public Library's Ask a Librarian."],
    [81, 'l', 'Can you see the frozen part of the pipe, or is it inside a wall?'],
    [120, 'p', 'under the sink i think, its an outside wall'],
    [127, 'l', 'Open the faucet first so melted water can run out, then warm the pipe with a hair dryer, a heating pad or towels soaked in hot water, starting at the faucet end. Never use an open flame. The Red Cross winter storm page has a Frozen Pipes section: redcross.org/get-help/how-to-prepare-for-emergencies/types-of-emergencies/winter-storm.'],
    [133, 'l', 'Does that cover it?'],
    [170, 'p', 'ok trying the hair dryer now. thats all i needed thx'],
    [176, 'l', 'Good luck — and thanks for writing in!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 a hold, a partial result that says the search goes on (120 s), the answer 118 s later
  s(GWEN, '06 unplowed dead end in Syracuse: "Give me a minute", "still looking for the request form itself" at +120 s, SYRCityline by URL and phone at +118 s', [
    [0, 'p', 'our street hasnt been plowed in 2 days. how do i ask the city to plow it? syracuse'],
    [18, 'l', 'Hello, Gwen at Onondaga County Public Libraries, here to help.'],
    [24, 'l', 'Is it a city street or a county road? Different departments plow them.'],
    [55, 'p', 'city, its a dead end off james st'],
    [61, 'l', 'Give me a minute to find the right request form.'],
    [181, 'l', "Found the city's snow page — still looking for the request form itself, bear with me."],
    [299, 'l', "Here it is: Syracuse takes plow requests through SYRCityline, the city's 311, at syr.gov/cityline or by calling 315-448-2489. Choose Snow & Ice > Street Not Plowed. Dead ends usually get plowed after the main and secondary streets."],
    [305, 'l', 'Does that answer it?'],
    [340, 'p', 'yes. thats everything, thanks for digging'],
    [345, 'l', 'Thanks for your patience, and good luck with the plow!'],
  ], usual({ referral: 'pass' })),

  // 07 a second question answered 122 s later, an internal line in between
  s(THEO, '07 an oil-filled space heater on a power strip: usfa.fema.gov, the overnight question answered 122 s later (internal line at +50 s)', [
    [0, 'p', 'is it safe to plug a space heater into a power strip? my room is freezing'],
    [15, 'l', "Hey there, thanks for reaching Ask Us Now! I'm Theo, a librarian."],
    [21, 'l', 'Is it an electric heater, or a kerosene or propane one?'],
    [45, 'p', 'electric, the oil filled kind'],
    [52, 'l', "Plug it straight into a wall outlet, never a power strip or extension cord: heaters draw too much current for them. Keep it 3 feet from beds and curtains. The U.S. Fire Administration's heating tips are at usfa.fema.gov/prevention/home-fires/prevent-fires/heating."],
    [58, 'l', 'Does that help?'],
    [90, 'p', 'yes. what about leaving it on overnight if it has auto shut off?'],
    [140, 'i', 'anyone have the CPSC heater recall link handy?'],
    [212, 'l', 'Sorry for the wait! Even with tip-over and overheat shut-off, the fire service says to turn it off when you go to sleep or leave the room.'],
    [218, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no thats it'],
    [245, 'l', 'Stay warm! Bye for now.'],
  ], usual({ informed: 'fail' })),

  // 08 the source before the question
  s(HARPER, '08 a portable generator in an ice storm: the CDC page given first, then "Is yours a portable generator or a standby one …?"', [
    [0, 'p', 'power might go out tonight w the ice storm. where can i put my generator'],
    [20, 'l', 'Good evening, Harper at Ask a Librarian Delaware here.'],
    [26, 'l', 'The CDC says a generator must run outdoors, at least 20 feet from the house, with the exhaust pointed away from windows and doors: cdc.gov/carbon-monoxide (Generator Safety).'],
    [32, 'l', 'Is yours a portable generator or a standby one wired into the house?'],
    [70, 'p', 'portable, a small one'],
    [76, 'l', 'Then never in the garage, even with the door up, and put a battery carbon monoxide alarm inside the house. The CDC page has a printable fact sheet you can keep by the door.'],
    [82, 'l', 'Did that answer your question?'],
    [120, 'p', 'yep, thats all i needed'],
    [126, 'l', 'Stay safe tonight, and thank you for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 09 greets but names no one
  s(REFDESK, '09 free sand-salt for a senior in Grand Rapids: "hey there! ❄️" + a question under "ref_desk3", grandrapidsmi.gov', [
    [0, 'p', 'does the city give out free salt or sand for sidewalks?? im in grand rapids'],
    [12, 'l', 'hey there! ❄️'],
    [17, 'l', 'do you need it for your own sidewalk or for a business?'],
    [40, 'p', 'my house, im a senior and cant afford the bags'],
    [46, 'l', 'Grand Rapids puts out a free sand-salt mix for residents at several city sites in winter; bring your own bucket and shovel. The list is on grandrapidsmi.gov (Snow & Ice > Free Sand/Salt Mix).'],
    [52, 'l', 'that help?'],
    [80, 'p', 'yes thank you dear, thats all'],
    [84, 'l', 'stay warm, bye!'],
  ], usual({ greeting: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done 71 h after the end
  s(INES, '10 food spoiled in a four-day outage (follow-up by me): MPSC outage credits, e-mail read back, "by Friday", done 71 h after the end', [
    [0, 'p', 'we lost power for 4 days after the ice storm, all our food spoiled. does consumers energy have to pay us back?'],
    [26, 'l', "Good afternoon, I'm Ines, a librarian with the Michigan eLibrary's Ask a Librarian service."],
    [32, 'l', 'Was the outage in the last couple of weeks, and is Consumers Energy your electric company (not a co-op)?'],
    [80, 'p', 'yes consumers, it was last week'],
    [87, 'l', "Michigan's outage credit rules give customers a bill credit when an outage runs past 96 hours in a catastrophic storm; the MPSC explains them at michigan.gov/mpsc (Consumer > Outage Credits). Food loss isn't automatic: Consumers' claims form is on consumersenergy.com."],
    [93, 'l', "I'd like to check whether they ever pay for spoiled food and send you what I find. What e-mail should I use?"],
    [140, 'p', 'sure, its dwight.k.harlan@example.com'],
    [146, 'l', "Thanks — dwight.k.harlan@example.com. I'll send it by Friday."],
    [152, 'l', 'Do the MPSC and claims pages help for now?'],
    [190, 'p', 'yes they do, thank you. that is everything for now'],
    [196, 'l', 'Thanks for contacting us, and I hope the fridge fills up again soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(201 + 71 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 a promise to e-mail, e-mail typed, "tomorrow morning", coded Answered
  s(CELESTE, '11 Ohio snow-day make-up hours for Worthington: "I\'ll … e-mail it to you", e-mail typed, "tomorrow morning", coded Answered', [
    [0, 'p', 'how many snow days can ohio schools take before they have to make them up? my district already used 6'],
    [22, 'l', "Hi, welcome to Ohio's KnowItNow chat! Celeste here, a librarian."],
    [28, 'l', 'Which district is it? Some have their own make-up plans on top of the state law.'],
    [70, 'p', 'worthington'],
    [77, 'l', 'Ohio counts hours now, not days, so there is no fixed number: each district has to meet its minimum hours and may use online "blizzard bag" lessons for up to three days. The Department of Education explains it at education.ohio.gov (search "calamity days").'],
    [83, 'l', "I'll look for Worthington's own make-up plan and e-mail it to you. Where should I send it?"],
    [120, 'p', 'jen.okafor@example.org'],
    [125, 'l', "Got it. You'll hear from me tomorrow morning. Does the state page help meanwhile?"],
    [160, 'p', 'yes ty'],
    [165, 'l', 'Bye, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library with no contact anywhere, never recorded at day 4
  s(KWAME, '12 a car towed from a Baltimore snow route (follow-up by patron\'s library): baltimorecity.gov/towing, "someone from the library will get back to you", no contact', [
    [0, 'p', 'my car got towed during the snow emergency in baltimore. where is it and how much to get it back'],
    [25, 'l', 'Hello! Kwame from Enoch Pratt Free Library, thanks for writing to AskUsNow!.'],
    [31, 'l', 'Was it parked on a posted snow emergency route, and do you know the date it was towed?'],
    [70, 'p', 'yes on harford rd, yesterday morning'],
    [76, 'l', 'Cars towed from snow emergency routes go to a city impound lot; you can find yours by plate number at baltimorecity.gov/towing (Find My Vehicle). Fees are the tow plus a daily storage charge.'],
    [82, 'l', 'Does that help you find it?'],
    [120, 'p', 'found it. but can i fight the ticket?'],
    [128, 'l', "Possibly — I'll pass that to the Pratt's legal reference staff and someone from the library will get back to you."],
    [160, 'p', 'ok'],
    [165, 'l', 'Thanks for using AskUsNow!, take care.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 partly Spanish; follow-up by me: phone read back, no time, done 73 h after the end
  s(RAFAEL, '13 el casero no prende la calefacción en Chicago (partly Spanish, follow-up by me): 311 por teléfono, chicago.gov/heat, teléfono repetido, sin fecha, hecho a las 73 h', [
    [0, 'p', 'hola, my landlord no prende la calefaccion y hace frio. en chicago. que puedo hacer?'],
    [28, 'l', '¡Hola! Soy Rafael, bibliotecario de Chicago Public Library. Hablo español e inglés.'],
    [34, 'l', '¿Desde cuándo está sin calefacción, y ya habló con el casero?'],
    [80, 'p', 'desde el lunes, si le dije y nada'],
    [88, 'l', 'En Chicago el casero tiene que mantener 68°F de día y 66°F de noche del 15 de septiembre al 1 de junio; la ordenanza está en chicago.gov/heat. Llame al 311 (o al 312-744-5000) para poner una queja.'],
    [94, 'l', 'También le puedo buscar grupos de inquilinos que ayudan en español y llamarle. ¿A qué número?'],
    [140, 'p', '773 555 0148'],
    [146, 'l', 'Perfecto, 773-555-0148. Le llamo con la lista.'],
    [152, 'l', '¿Le ayuda lo del 311 mientras tanto?'],
    [190, 'p', 'si gracias'],
    [195, 'l', '¡De nada! Gracias por escribir, cuídese del frío.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(200 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 final idle exactly 120 s, ending on a check-in
  s(JIWOO, '14 Denver Public Schools snow days vs remote learning: answer at 50, "Are you still there?" at 160, end at 170 (120 s)', [
    [0, 'p', 'do denver public schools do remote learning on snow days or just close?'],
    [16, 'l', 'Hi, Ask Colorado here — my name is Ji-woo, librarian at Denver Public Library.'],
    [22, 'l', 'Are you asking about this week in particular, or the general policy?'],
    [45, 'p', 'general'],
    [50, 'l', 'DPS usually closes all schools on a snow day rather than switching to remote learning, and posts the decision by 5 a.m. at dpsk12.org (Inclement Weather). Does that answer it?'],
    [160, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 10 }),

  // 15 final idle 119 s to a goodbye
  s(OLU, '15 a St. Paul night plow route at Marshall and Dale: stpaul.gov/snow, goodbye 119 s after the answer', [
    [0, 'p', 'st paul declared snow emergency. i live on a night plow route?? how do i tell'],
    [20, 'l', 'Good evening, this is Olu at Saint Paul Public Library. Happy to help!'],
    [26, 'l', "What's your street and the nearest cross street?"],
    [55, 'p', 'marshall and dale'],
    [62, 'l', "Marshall Ave is a Night Plow Route, so no parking on either side from 9 p.m. tonight until 6 a.m. The city's lookup map is at stpaul.gov/snow (Snow Emergency Map). Does that help?"],
    [181, 'l', 'Thanks for chatting and stay warm — good night!'],
  ], usual({ anything: 'fail' })),

  // 16 final idle 181 s: "You still there?" and a notice that invites back
  s(PRIYA, '16 burst basement pipe in Milwaukee: Water Works by phone, "You still there?" at 160, notice that invites back at 217 (181 s)', [
    [0, 'p', 'pipe burst in basement HELP where is the water shut off valve usually'],
    [14, 'l', 'Hi — Priya with Milwaukee Public Library Ask a Librarian.'],
    [18, 'l', 'Are you in a house or an apartment?'],
    [30, 'p', 'house'],
    [36, 'l', "The main shut-off is usually where the water line comes through the basement wall by the meter, on the street side; turn it clockwise. If you can't find it, call Milwaukee Water Works' 24-hour line at 414-286-3710. The steps are at milwaukee.gov/water. Does that help?"],
    [160, 'l', 'You still there? Hope the water is off!'],
    [217, 'l', "I think we've been disconnected, so I'll end the chat now. Come back anytime if you need more help!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 17 a notice with no check-in, final idle 179 s
  s(SAM, '17 closest Philadelphia warming center in a Code Blue: outreach hotline by phone, "It looks like you\'ve been disconnected, so I\'m closing this chat." (179 s)', [
    [0, 'p', 'wheres the closest warming center in philly, im near broad and erie'],
    [22, 'l', 'Hello, Free Library of Philadelphia here, Sam speaking.'],
    [28, 'l', 'Is it for you alone tonight, or with kids or pets?'],
    [55, 'p', 'just me'],
    [61, 'l', 'During a Code Blue the city opens extra warming spaces; the current list with addresses is on phila.gov (search "Code Blue"). You can also call the Homeless Outreach Hotline at 215-232-1984 and they can send a van. Did that help?'],
    [235, 'l', "It looks like you've been disconnected, so I'm closing this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', referral: 'pass' })),

  // 18 "your time is up"
  s(MORGAN, '18 a winter car kit for I-80: iowadot.gov/winter, then "Sorry, your time is up — chats are limited to 10 minutes. Goodbye."', [
    [0, 'p', 'what should i keep in my car for winter in case i get stuck'],
    [18, 'l', 'Hi there, welcome to Ask Iowa Libraries — Morgan, librarian, at your service.'],
    [24, 'l', 'Do you do long highway drives, or mostly around town?'],
    [50, 'p', 'i drive I-80 to des moines every week'],
    [56, 'l', "Then pack a blanket, a charged power bank, water, snacks, a small shovel, sand or kitty litter for traction, a flashlight and a bright cloth to tie on the antenna. Iowa DOT's checklist is at iowadot.gov/winter (Winter Survival Kit). Does that help?"],
    [90, 'p', 'yes! and what about checking road conditions, and should i get snow tires, and how do i'],
    [95, 'p', 'sorry hit enter. how do i put on chains'],
    [101, 'l', 'Sorry, your time is up — chats are limited to 10 minutes. Goodbye.'],
    [110, 'p', '?? it hasnt been 10 min'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 the name only in the third message; other patrons waiting, invited back
  s(RORY, '19 Xcel gas shut-off in a Minnesota winter: "Hi there!" + a question, the name in the third message, "several people waiting … start a new chat later"', [
    [0, 'p', 'can xcel shut off my heat in winter if im behind on bills? minnesota'],
    [15, 'l', 'Hi there!'],
    [20, 'l', 'Are you behind on the gas bill, the electric, or both?'],
    [50, 'p', 'gas. like 3 months'],
    [56, 'l', "I'm Rory, by the way, a librarian at Dakota County Library. Minnesota's Cold Weather Rule (Oct 1 – Apr 30) limits heat shut-offs for customers who are behind; the Public Utilities Commission explains who qualifies at mn.gov/puc (Cold Weather Rule). Does that help?"],
    [90, 'p', 'yes. also can u help me apply for energy assistance and find a food shelf and'],
    [97, 'l', "We've got several people waiting in the queue right now, so I need to stop here, but please start a new chat later for the energy assistance and food shelf questions — we'd be glad to help then. Thanks!"],
    [115, 'p', 'ok'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 20 a transfer with a notice and a note that says why
  s(ABE, '20 fuel assistance in Lowell with the oil tank almost empty: transfer notice + internal note why, Cora 80 s after the notice, Community Teamwork by phone', [
    [0, 'p', 'how do i apply for fuel assistance in mass? oil tank almost empty'],
    [20, 'l', 'Hi, welcome to Massachusetts Ask a Librarian! Abe here.'],
    [26, 'l', 'What town do you live in? The local agency depends on it.'],
    [60, 'p', 'lowell'],
    [66, 'l', "My colleague Cora knows the fuel assistance agencies well, so I'm transferring you to her — one moment please."],
    [69, 'i', 'Cora, patron in Lowell needs fuel assistance (LIHEAP) and is almost out of oil — can you take this one?'],
    xfer(72, 'Cora', 'cora-w'),
    [146, 'l', "Hi, this is Cora, a librarian at Pollard Memorial Library. In Lowell, fuel assistance goes through Community Teamwork, Inc.: call them at 978-459-0551 and ask about an emergency oil delivery. The state's overview is at mass.gov/heatingassistance.", as(CORA)],
    [152, 'l', 'Does that help?', as(CORA)],
    [190, 'p', 'yes thank u so much thats all'],
    [195, 'l', 'Thanks for chatting, stay warm!', as(CORA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 21 a silent transfer
  s(BETH, '21 a Montpelier power outage: internal note only, silent transfer, Darius 90 s after the patron, greenmountainpower.com/outages', [
    [0, 'p', 'power has been out since last night in montpelier. how do i find out when its coming back'],
    [25, 'l', 'Good morning, Beth here at Kellogg-Hubbard Library.'],
    [31, 'l', 'Do you know who your electric company is — Green Mountain Power or Washington Electric Co-op?'],
    [60, 'p', 'green mountain i think'],
    [66, 'i', 'Darius, GMP outage restoration times q — can you take it? I have to open the desk'],
    xfer(69, 'Darius', 'darius-w'),
    [150, 'l', "Hi, Darius here from the Vermont Department of Libraries reference desk. Green Mountain Power's outage map shows estimated restoration times by town: greenmountainpower.com/outages. vtoutages.org covers the whole state.", as(DARIUS)],
    [156, 'l', 'Is that what you were looking for?', as(DARIUS)],
    [200, 'p', 'yes it says tonight. thanks thats everything'],
    [205, 'l', 'Glad to help — bye and stay warm!', as(DARIUS)],
  ], usual({ transfer: 'fail' })),

  // 22 an announced transfer with no internal note, answered 125 s after the notice
  s(EVA, '22 Erie County driving ban, Cheektowaga to a 3 pm shift: "handing you to my colleague Finn … Hang on", no note, Finn 125 s later', [
    [0, 'p', 'is there a driving ban in erie county right now? i need to get to work in buffalo'],
    [18, 'l', 'Hello, Eva at Buffalo & Erie County Public Library. Thanks for writing!'],
    [24, 'l', 'Which town are you driving from, and what time is your shift?'],
    [55, 'p', 'cheektowaga, 3pm'],
    [61, 'l', "I'm handing you to my colleague Finn, who's been tracking the storm updates today. Hang on a moment."],
    xfer(64, 'Finn', 'finn-w'),
    [186, 'l', "Hi, Finn here, a librarian at the Central Library. Erie County posts travel bans and advisories at erie.gov/emergency (Travel Advisories) as conditions change; right now Cheektowaga is under a travel advisory, not a full ban.", as(FINN)],
    [192, 'l', 'Does that answer your question?', as(FINN)],
    [230, 'p', 'ok ya. no more questions thx'],
    [236, 'l', 'Drive carefully, and thanks for using the chat!', as(FINN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 23 four at once
  s(GRETA, '23 a neighbor\'s dog outside at 5°F in Indianapolis: Mayor\'s Action Center by phone, municode, three other chats open at once over this one (four)', [
    [0, 'p', 'my neighbors dog is outside all day in this cold, like 5 degrees. is that legal in indianapolis? who do i call'],
    [30, 'l', "Hi, I'm Greta, a librarian with Indianapolis Public Library. Thank you for looking out for the dog."],
    [36, 'l', 'Does the dog have any shelter, like a doghouse with straw, or nothing at all?'],
    [80, 'p', 'a doghouse but no straw i think'],
    [86, 'l', "Indianapolis requires adequate shelter and bedding for dogs kept outside, and limits leaving them out in extreme cold. Call the Mayor's Action Center at 317-327-4622 to report it to Animal Care Services. The ordinance is in the Indianapolis code on library.municode.com/in/indianapolis (Chapter 531)."],
    [92, 'l', 'Is that helpful?'],
    [130, 'p', 'very. thats all i needed'],
    [136, 'l', 'Thank you for caring about the pup — goodbye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('w23a', 'greta-w', -100, 200), other('w23b', 'greta-w', 10, 500), other('w23c', 'greta-w', 120, 300)],
  }),

  // 24 three at most, touching ends; greeting and name in two messages
  s(HOLLIS, '24 a car on Connecticut Ave in a DC snow emergency: "Good morning! ☃️" then "Hollis here at DC Public Library", snow.dc.gov, touching chats (three at most)', [
    [0, 'p', 'dc snow emergency — do i really have to move my car off connecticut ave? it says snow emergency route'],
    [20, 'l', 'Good morning! ☃️'],
    [26, 'l', "Hollis here at DC Public Library's Ask Us. Is your car parked on Connecticut itself, or on a side street nearby?"],
    [60, 'p', 'on connecticut'],
    [66, 'l', "Yes: once DC declares a snow emergency, parking on the signed snow emergency routes (Connecticut Ave is one) is banned, and cars there are ticketed and towed. DDOT lists the routes at snow.dc.gov."],
    [72, 'l', 'Does that answer it?'],
    [100, 'p', 'yes, ugh. thats all'],
    [105, 'l', 'Thanks for chatting — good luck finding a spot!'],
  ], usual(), {}, {
    otherIntervals: [other('w24a', 'hollis-w', -300, 0), other('w24b', 'hollis-w', -30, 100), other('w24c', 'hollis-w', 50, 400), other('w24d', 'hollis-w', 110, 700)],
  }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (winter weather macro): coded Practice, every check na', [
    [0, 'p', 'test: snow emergency canned message'],
    [5, 'l', 'Hi, testing the winter weather macro: ready.gov/winter'],
    [10, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 a true Lost Call: greeting, check-in, thankful notice 310 s after the greeting
  s(IRIS, '26 Howard County school buses in heavy snow (Lost Call): greeting only, "are you still with me?" at 150, notice with thanks at 332', [
    [0, 'p', 'is the school bus running late today in howard county? its snowing a lot'],
    [22, 'l', 'Hello and welcome to AskUsNow! This is Iris, a librarian at Howard County Library System.'],
    [150, 'l', 'Hi, are you still with me?'],
    [332, 'l', "It seems you've been disconnected, so I'll end this chat now. Thanks for contacting AskUsNow!, and please come back if you still need help."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 no provider ever joined (Spanish), code null
  s(NOBODY, '27 se fue la luz con un bebé (Spanish): no provider ever joined, "hola? alguien?", patron left, code null', [
    [0, 'p', 'hola se fue la luz en toda la calle y tengo un bebé. a donde voy?'],
    waiting(3),
    [140, 'p', 'hola? alguien?'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 28 Lost Call after four patron lines
  s(JONAH, '28 an ice dam dripping by the window in Portland, Maine: extension.umn.edu, coded Lost Call after four patron lines, "yes" / "thx"', [
    [0, 'p', 'theres huge icicles and water coming in through the ceiling. ice dam?'],
    [20, 'l', 'Hi! Jonah here, Ask a Librarian at Portland Public Library (Maine).'],
    [26, 'l', 'Is water actually dripping inside right now, or is it just stains?'],
    [60, 'p', 'dripping by the window'],
    [66, 'l', 'That\'s the classic sign of an ice dam. Put a bucket down and stay off the roof. The University of Minnesota Extension\'s page on ice dams explains the short-term fixes: extension.umn.edu (search "ice dams"). Does that help?'],
    [100, 'p', 'yes'],
    [104, 'p', 'thx'],
    [108, 'l', 'Thanks for chatting, and good luck with the roof!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 follow-up by me: phone read back, "within 48 hours", not yet due
  s(KAI, '29 sidewalk shoveling help for an 81-year-old in Ann Arbor (follow-up by me): a2gov.org, phone read back, "within 48 hours", pending', [
    [0, 'p', 'im 81 and cant shovel anymore. is there any program in ann arbor that helps seniors shovel'],
    [26, 'l', "Good afternoon! You've reached Ask AADL, Ann Arbor District Library — I'm Kai."],
    [32, 'l', 'Do you own your home, and is it the sidewalk, the driveway or both?'],
    [75, 'p', 'own it. sidewalk mostly, the city fines you'],
    [82, 'l', "The city keeps a list of snow removal help for older residents on a2gov.org (Sidewalk Snow Removal > Assistance). There's also a volunteer program through a local senior agency, but I need to confirm it's still running this winter."],
    [88, 'l', "I'll call you once I've confirmed it — what's a good number?"],
    [130, 'p', '734-555-0193, thank you'],
    [136, 'l', "Thanks, that's 734-555-0193. You'll hear from me within 48 hours."],
    [142, 'l', 'Does the city list help for now?'],
    [180, 'p', 'yes it does'],
    [186, 'l', 'Anything else I can look into?'],
    [205, 'p', 'no that is all, bless you'],
    [210, 'l', 'Thank you for chatting, take care!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 30 the patron has the last word; no completeness question, no goodbye
  s(LEX, '30 the plow filled in a Worcester driveway again (emoji): "Is this in Worcester?", worcesterma.gov/snow, "Anything else …?", patron "nope thats all" last', [
    [0, 'p', 'city plow just pushed a wall of snow across my driveway AGAIN. do they have to clear it??? 😤'],
    [17, 'l', 'Hi, Lex from the Ask Us chat at Worcester Public Library.'],
    [23, 'l', 'Is this in Worcester?'],
    [40, 'p', 'yes'],
    [46, 'l', 'Worcester, like most cities, doesn\'t clear the end of driveways after plowing; that\'s on the homeowner. It\'s in the DPW snow FAQ at worcesterma.gov/snow ("Why did the plow fill in my driveway?").'],
    [52, 'l', 'Anything else I can help you with?'],
    [90, 'p', 'thats so dumb. nope thats all'],
  ], usual({ complete: 'fail', courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundWinter.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('02')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "You can report an unshoveled walk to BOS:311 by calling 617-635-4500, and it\'s worth letting your landlord know too." ' +
    '(RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; referral.contact: "pass: every party the patron is referred to comes with a way to reach them": the landlord is a second party, with none)',
  [byNo('06')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "Here it is: Syracuse takes plow requests through SYRCityline, the city\'s 311, at syr.gov/cityline or by calling 315-448-2489." ' +
    '(RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)": the patron asked how to ask the city, and is told to call its 311 office, phone and URL given)',
};

describe('sixty-third round: winter weather, snow and heating emergencies, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundWinter.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundWinter.filter((c) => c.name in LEFT_WHY));
});
