/**
 * Sixty-fourth round, theme RESTAURANT INSPECTIONS, FOOD SAFETY AND FOOD BUSINESS PERMITS, checked: 30 whole sessions no
 * one had written, from public library and statewide "ask a librarian" chats: inspection scores and grades (a Raleigh
 * birthday dinner, a "Grade Pending" pizza place in NYC, a failed Chicago inspection, a 74 C in Georgia, Parma violations
 * for small claims, Denver reports from 2012-2016 for a paper), complaints (a Minnesota buffet, a mouse in South Philly, a
 * Nashville restaurant that made the patron sick), cottage food (Texas cookies, Michigan salsa, pasteles y flan en Miami),
 * food trucks (tacos en Los Ángeles, a San Antonio commissary, burgers in Phoenix), food handler and manager cards
 * (Washington, ServSafe in Columbus, ServSafe en español near Fresno, Texas en español, a Montgomery County fair stand),
 * farmers market rules (Portland jam and honey, Kansas salsa samples, raw milk in Colorado), permits (a Baltimore bakery, a
 * pho restaurant in Seattle, a church tamale fundraiser in San Diego), home food safety (rice left out overnight), a
 * catering hot-holding rule and a food safety book for a cafe. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundRestaurants-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Morning! Marisol here, a reference librarian with …" (01); "Hey there! Denise, reference librarian at NYPL, at
 *   your service." (08); a 61 s pickup (04: fail); `pickedUpAt` at exactly 60 s with the first visible line at 95 (05: pass);
 *   "Hi! 👋" then straight into the answer under the screen name "chicagoref" (10: greets, names no one: fail); Spanish
 *   "Buenos días, habla Teresa, bibliotecaria de …" (03), "Hola, buenas tardes. Le habla Soledad, bibliotecaria del …" (17),
 *   "Hola, buenas. Le atiende Diego, bibliotecario de …" (25); bilingual "Hola, buenas tardes! Soy Nayeli, bibliotecaria de …
 *   I can help in Spanish or English." (12); "Hi, welcome to the San Antonio Public Library chat! I'm Priscilla." (14);
 *  inquiry: which restaurant, seating or carry-out, home kitchen or licensed, one spot or roving, which city and exam format,
 *   which years, dining room and address, doctor; the first source given before "Is it a cooked tomato salsa, or a fresh one?"
 *   (09: fail); no question at all before or after the source (10: fail); a question with "No hay prisa, conteste cuando
 *   pueda." in it, then 210 s waiting on the patron (25: not a hold, pass);
 *  waits: "one moment while I find the right number" answered exactly 120 s later (06: pass); "Checking … now — hang tight."
 *   answered 125 s later (07: fail); a patron's second question answered 130 s later with no hold (08: fail); "Let me see who
 *   handles those" with an internal question inside, answered 130 s later (30: fail); a transfer notice answered 70 s later
 *   by the receiver (21: pass) and 121 s later (23: fail); a silent transfer, the receiver 108 s after the patron (22: pass);
 *  endings: final idle of 119 s with no check-in and no goodbye (15: idle na, courteous fails); a check-in at 130 and "Seems
 *   the connection dropped on your end — I'm closing this chat now. Come back anytime!" ending a 185 s idle (16: both pass);
 *   "¿Sigue conectada?" and a goodbye ending a 179 s idle (17: check-in pass, notice na); a bare "It seems you've
 *   disconnected, so this session will now end." with no check-in, 205 s (18: idle fails, notice passes, courteous fails); a
 *   true Lost Call with "Hello? Are you still with me?" and a notice that invites back (27: 186 s); "You still there?" in a 160 s
 *   idle after a Lost Call with two patron messages (28); "Sorry, I only answer one question per chat. Goodbye." (19: dismissal;
 *   courteous passes on "Goodbye."); "a few other patrons waiting … Please come back later today or tomorrow" (20: allowed);
 *   the patron's "wow ok", "ok" and "🙏" as the last line (19, 20, 29); patron-side "thats all i needed", "eso era todo", "no
 *   more questions", "es todo", "thats everything", and "si gracias!", "yes thank you" that do not count;
 *  sources: county and city inspection pages (wake.gov, nyc.gov/health, data.cityofchicago.org, ccbh.net, denvergov.org,
 *   ga.healthinspections.us), state pages (dshs.texas.gov, michigan.gov/mdard, oregon.gov/oda, fdacs.gov, agriculture.ks.gov,
 *   foodworkercard.wa.gov, health.state.mn.us), fda.gov's Food Code, foodsafety.gov and the FoodKeeper app, servsafe.com,
 *   books in the catalogue (the ServSafe ManagerBook, McSwane's "Essentials of Food Safety and Sanitation");
 *  referrals: "call your city's planning office" (02: no contact, fail); the county's Environmental Health office by phone (03);
 *   the MDH foodborne illness hotline by phone (06); the Baltimore Food Control office by phone (13); Philly311 by phone and URL
 *   (16); the library's own Business & Economics librarians by URL and phone (20); the Board of Health by e-mail and phone (21);
 *   Metro Public Health by phone and URL (30); "I'll ask our government documents librarian" (11: staff consulted, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (11: pass); a promise in Spanish ("le
 *   mando la información por correo") with the e-mail read back and no time, coded Answered (12: code and contact fail, pending);
 *   FU_LIB with the patron's phone typed and read back and "within two business days", unrecorded at day 5 (13: contact pass,
 *   on_time fail); FU_ME with the e-mail only in `patron.email` ("the address on your account") and "by Friday" (14: code pass,
 *   contact fails, pending);
 *  codes: Practice (26); a true Lost Call (27); Lost Call after two patron messages and an answer (28: fail); null (30); none
 *   in the source (29);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (25: three at most, pass); the receiving provider with three other chats open over the part he
 *   handled (22: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Buenos días", "Hola, buenas tardes", "Hola, buenas") greet; "habla Teresa, bibliotecaria de …", "Le
 *   habla Soledad, bibliotecaria del …", "Le atiende Diego, bibliotecario de …", "Soy Nayeli, bibliotecaria de …" identify;
 *   "¿Le sirve esta información?", "¿Le sirve?", "¿Le ayuda esta información?" and "¿Le sirve el enlace mientras tanto?" are the
 *   completeness question; "¿Sigue conectada?" asks whether the patron is still there; "No he recibido respuesta, así que voy a
 *   cerrar el chat. ¡Gracias …!" is a goodbye;
 * - "eso era todo", "es todo", "thats all", "no more questions" say explicitly that the patron is done; "si gracias!", "yes
 *   thank you", "yes super helpful" do not;
 * - "Would that work for you?" right after the book is named asks about what was given (29: completeness passes); "Is that ok?"
 *   about a promised e-mail is not the completeness question (14: the later "Does the Metro Health page cover the rest?" is);
 * - being told who issues a permit ("You'll need a Mobile Food Unit permit from Maricopa County Environmental Services", "needs a
 *   Temporary Event Food Facility permit from the County's Department of Environmental Health") is not being told to contact
 *   them: no referral (19, 23); "call your city's planning office" is one, with no way to reach it (02); "Report it … through
 *   Philly311: call 311 … or file online at phila.gov/311" is one, with a phone and a URL (16);
 * - "I'll have a business librarian from your home library call you" and "I'll ask our government documents librarian" send
 *   no one to the patron to contact: no referral (13, 11);
 * - "voy a averiguar si alguna es en Fresno y le mando la información por correo" promises to send more later: a follow-up
 *   session under an Answered code (12); "within two business days" says when (13);
 * - "Seems the connection dropped on your end — I'm closing this chat now. Come back anytime!" tells the patron they seem to
 *   have disconnected and that the chat ends, and invites back (a goodbye: the idle ends there, 16); "How can I help?" in the
 *   Lost Call greeting is not a hold, so the final idle starts at the greeting (27);
 * - a transfer: the receiving provider is judged over the part he handled (22: Zeke's three other chats overlap it: four);
 * - `resolutionCode: undefined` is a field left out (29: the source has no codes, na); `null` is a missing code (30: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtyFourthRoundRestaurants-labels.ts before anything ran). First run as labelled / disagreeing: 29 / 1 (case 16,
 * referral.contact). Label corrections: 0 (case 16 reread against RUBRIC's Referral term and referral.contact: the patron is
 * told to report to the Office of Food Protection "through Philly311: call 311 (or 215-555-0186 …) or file online at
 * phila.gov/311", so the one route to the office comes with phones and a URL; the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 16: "Report it to the city's Office of Food Protection through Philly311: call 311 (or
 *    215-555-0186 from outside the city) or file online at phila.gov/311" read as a referral to a party with no contact (fail;
 *    RUBRIC pass: every party named comes with a way to reach it, the office by way of Philly311's phones and URL).
 * Every timing check (pickup at 61 s and by `pickedUpAt` at exactly 60 s; keep_informed at exactly 120 s after a hold, 125 s
 * after a hold, 130 s after a patron's question with no hold, 130 s across an internal message, 70 s and 121 s after transfer
 * notices, 108 s across a silent transfer, 210 s of waiting on the patron after "No hay prisa"; final idles of 119, 160, 179,
 * 185, 186 and 205 s; concurrency at four, at touching ends and over the receiving provider's part; on_time done at 70 h,
 * unrecorded past the deadline, pending twice) and every code (Practice, a true Lost Call, Lost Call after two patron messages,
 * null, no codes in the source, a promise under Answered, follow-up codes with a contact in the chat and only in
 * `patron.email`) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back or only in `patron.email`; a patron phone typed and read back beside an office's phone).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): as on v57, 29 running, 1 LEFT
 *   (16).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-r', name: 'Marisol', library: 'WCPL-NC' };
const CLIFF: Prov = { id: 'cliff-r', name: 'Cliff', library: 'APL-TX' };
const TERESA: Prov = { id: 'teresa-r', name: 'Teresa', library: 'LAPL' };
const HOLLIS: Prov = { id: 'hollis-r', name: 'Hollis', library: 'KCLS' };
const BRIGID: Prov = { id: 'brigid-r', name: 'Brigid', library: 'KIN-OH' };
const ASHA: Prov = { id: 'asha-r', name: 'Asha', library: 'HCL-MN' };
const OSKAR: Prov = { id: 'oskar-r', name: 'Oskar', library: 'MCL-OR' };
const DENISE: Prov = { id: 'denise-r', name: 'Denise', library: 'NYPL' };
const GUS: Prov = { id: 'gus-r', name: 'Gus', library: 'KDL' };
const CHIREF: Prov = { id: 'chiref-r', name: 'chicagoref', library: 'CPL-IL' };
const LEON: Prov = { id: 'leon-r', name: 'Leon', library: 'DPL-CO' };
const NAYELI: Prov = { id: 'nayeli-r', name: 'Nayeli', library: 'FCPL-CA' };
const OLU: Prov = { id: 'olu-r', name: 'Olu', library: 'AUN' };
const PRISCILLA: Prov = { id: 'priscilla-r', name: 'Priscilla', library: 'SAPL' };
const QUINN: Prov = { id: 'quinn-r', name: 'Quinn', library: 'SLCL' };
const RAFE: Prov = { id: 'rafe-r', name: 'Rafe', library: 'FLP' };
const SOLEDAD: Prov = { id: 'soledad-r', name: 'Soledad', library: 'MDPLS' };
const TOBIAS: Prov = { id: 'tobias-r', name: 'Tobias', library: 'INDYPL' };
const UMA: Prov = { id: 'uma-r', name: 'Uma', library: 'PHXPL' };
const VIVIAN: Prov = { id: 'vivian-r', name: 'Vivian', library: 'SPL-WA' };
const WREN: Prov = { id: 'wren-r', name: 'Wren', library: 'CCPL-OH' };
const XAVIER: Prov = { id: 'xavier-r', name: 'Xavier', library: 'CCPL-OH' };
const YARA: Prov = { id: 'yara-r', name: 'Yara', library: 'TSCPL' };
const ZEKE: Prov = { id: 'zeke-r', name: 'Zeke', library: 'TSCPL' };
const ABEL: Prov = { id: 'abel-r', name: 'Abel', library: 'SDCL' };
const BEA: Prov = { id: 'bea-r', name: 'Bea', library: 'SDCL' };
const CELESTE: Prov = { id: 'celeste-r', name: 'Celeste', library: 'AFPL' };
const DIEGO: Prov = { id: 'diego-r', name: 'Diego', library: 'EPPL' };
const TRAINEE: Prov = { id: 'trainee-r', name: 'Trainee 7', library: 'TRN' };
const DANA: Prov = { id: 'dana-r', name: 'Dana', library: 'ASKCO' };
const ELLIS: Prov = { id: 'ellis-r', name: 'Ellis', library: 'MCPL-MD' };
const FIONA: Prov = { id: 'fiona-r', name: 'Fiona', library: 'NOPL' };
const GIDEON: Prov = { id: 'gideon-r', name: 'Gideon', library: 'NPL-TN' };

const s = session;

export const sixtyFourthRoundRestaurants: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a Raleigh restaurant\'s inspection score before a birthday dinner: "Morning! Marisol here", which restaurant, wake.gov with the steps, "thats all i needed"', [
    [0, 'p', 'hi how do i look up the health inspection score for a restaurant in raleigh? want to check b4 my moms bday dinner'],
    [19, 'l', 'Morning! Marisol here, a reference librarian with Wake County Public Libraries 😊'],
    [25, 'l', 'Do you know the name of the restaurant, or are you hoping to browse scores for a whole area?'],
    [58, 'p', 'its called Saffron Table on glenwood ave'],
    [66, 'l', 'Wake County Environmental Health posts every inspection online. Go to wake.gov, search "restaurant inspections", then type Saffron Table in the name box — you\'ll see each score with the inspector\'s notes. Did that get you what you need?'],
    [110, 'p', 'yes!! 98.5 nice. thats all i needed'],
    [116, 'l', 'Wonderful — enjoy the dinner, and thanks for chatting!'],
  ], usual()),

  // 02 a referral with no way to reach it
  s(CLIFF, '02 selling cookies from home in Texas: dshs.texas.gov, "call your city\'s planning office" (no contact), "Anything else"', [
    [0, 'p', 'can i sell cookies from my house in texas without a permit'],
    [21, 'l', "Hi, I'm Cliff, one of the librarians at Austin Public Library."],
    [27, 'l', 'Will you be selling straight to customers (at your door, markets, online), or to stores and restaurants?'],
    [70, 'p', 'just to ppl directly, maybe at the market on saturdays'],
    [77, 'l', "Texas cottage food law lets you sell baked goods like cookies directly to consumers without a permit, as long as you have a food handler card and label each item. The Texas Department of State Health Services explains the rules at dshs.texas.gov/cottage-food-production. Your city may still have zoning or home-business rules, so call your city's planning office before you start. Is that what you were hoping to find?"],
    [130, 'p', 'yes super helpful'],
    [135, 'l', 'Anything else I can help with today?'],
    [160, 'p', 'nope thats it!'],
    [164, 'l', 'Good luck with the cookies — bye!'],
  ], usual({ referral: 'fail' })),

  // 03 Spanish; a referral by phone
  s(TERESA, '03 permisos para un food truck de tacos en Los Ángeles (Spanish): "habla Teresa, bibliotecaria", publichealth.lacounty.gov, the county office by phone, "eso era todo"', [
    [0, 'p', 'hola quiero abrir un food truck de tacos en los angeles que permisos necesito??'],
    [24, 'l', 'Buenos días, habla Teresa, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¡Con gusto le ayudo!'],
    [31, 'l', '¿Piensa vender dentro de la ciudad de Los Ángeles o en otras ciudades del condado también?'],
    [75, 'p', 'solo en la ciudad, en boyle heights'],
    [83, 'l', 'Necesita un permiso sanitario del Departamento de Salud Pública del Condado (la inspección del camión y una cocina base o "commissary") y además un permiso de negocio de la ciudad. La guía para vehículos de comida está en publichealth.lacounty.gov/eh (busque "Mobile Food Facilities"). Para pedir la cita de inspección puede llamar a la oficina de Salud Ambiental del Condado al 626-555-0148.'],
    [89, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchisimas gracias eso era todo'],
    [146, 'l', '¡Mucho éxito con su negocio! Gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(HOLLIS, '04 a Washington food worker card before a coffee shop job: 61 s pickup, foodworkercard.wa.gov, "Is there anything else"', [
    [0, 'p', 'where do i get a food handlers card in washington state, starting at a coffee shop monday'],
    [61, 'l', 'Hello and sorry for the wait! This is Hollis with the Ask a Librarian service at King County Library System.'],
    [67, 'l', 'Are you looking to take the class online, or would you rather do it in person?'],
    [100, 'p', 'online is fine'],
    [106, 'l', "Washington's official online course and test are at foodworkercard.wa.gov. It costs $10, takes about an hour, and you can print the card right away. Watch out for look-alike sites that charge more. Does that help?"],
    [140, 'p', 'yep perfect thank u'],
    [146, 'l', 'Is there anything else I can look up for you?'],
    [170, 'p', 'no thats everything'],
    [175, 'l', 'Have a great first week — goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt exactly 60 s, first visible line at 95
  s(BRIGID, '05 the ServSafe Manager exam in Columbus: pickedUpAt 60 s, first line at 95, servsafe.com and the ManagerBook in the catalogue, "ty thats all"', [
    [0, 'p', 'my boss says i need servsafe manager cert. is the exam hard and where do I take it'],
    [95, 'l', "Hi, thanks for your patience! Brigid with KnowItNow, Ohio's ask-a-librarian service."],
    [101, 'l', 'Which city are you in, and would you prefer an in-person or an online proctored exam?'],
    [140, 'p', 'columbus, in person'],
    [147, 'l', 'The ServSafe Manager exam is 90 multiple-choice questions and you need 75% to pass. Find an in-person test site at servsafe.com (Find a Class/Exam), and to study, the library has the ServSafe ManagerBook, 7th edition — search the catalog at columbuslibrary.org. Is that what you were looking for?'],
    [190, 'p', 'yes ty thats all'],
    [196, 'l', 'Good luck on the exam, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 a hold answered exactly 120 s later; a hotline by phone
  s(ASHA, '06 reporting food poisoning from a Minnesota buffet: "one moment while I find the right number" answered exactly 120 s later, the MDH hotline by phone and URL', [
    [0, 'p', 'i think i got food poisoning from a buffet yesterday, how do i report it in minnesota'],
    [17, 'l', "Hi! You're chatting with Asha, a librarian at Hennepin County Library. I'm sorry you're feeling unwell."],
    [23, 'l', 'Do you want to report the restaurant, or are you also looking for advice on whether to see a doctor?'],
    [55, 'p', 'report it, im feeling better now'],
    [60, 'l', 'OK, one moment while I find the right number.'],
    [180, 'l', 'Thanks for hanging on. The Minnesota Department of Health runs a foodborne illness hotline: call 1-877-555-0132 or use the online form at health.state.mn.us (search "foodborne illness complaint"). They will ask what you ate and when you got sick. Does that answer your question?'],
    [220, 'p', 'yes thats all i need, thank you'],
    [226, 'l', 'Feel better soon — take care and thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 07 a hold answered 125 s later
  s(OSKAR, '07 jam and honey at the Portland farmers market: "Checking … now — hang tight." answered 125 s later, oregon.gov/oda', [
    [0, 'p', 'what license do i need to sell jam and honey at the portland farmers market'],
    [20, 'l', 'Hello, Oskar at Multnomah County Library here.'],
    [26, 'l', 'Are you making the jam in your home kitchen, and is the honey from your own hives?'],
    [60, 'p', 'yes home kitchen and my own bees'],
    [66, 'l', 'Checking the Oregon Department of Agriculture rules now — hang tight.'],
    [191, 'l', "Found it. Oregon's Farm Direct rules let you sell honey from your own bees, and some jams made with fruit you grew, without a license; other jams need a domestic kitchen license. The ODA explains both at oregon.gov/oda (Food Safety > Farm Direct). The market also posts its vendor rules at portlandfarmersmarket.org. Does that help?"],
    [240, 'p', 'yes thank you so much, that is everything'],
    [246, 'l', 'Thanks for chatting, and good luck at the market!'],
  ], usual({ informed: 'fail' })),

  // 08 a second question answered 130 s later, no hold
  s(DENISE, '08 a "Grade Pending" sign on an NYC pizza place (chat-speak): nyc.gov/health, the re-inspection question answered 130 s later with no hold, "no more questions"', [
    [0, 'p', 'wat does a "grade pending" sign mean on a restaurant in nyc?? is it bad lol'],
    [16, 'l', 'Hey there! Denise, reference librarian at NYPL, at your service.'],
    [22, 'l', 'Have you seen the sign at a particular place, and do you want to find its actual inspection results?'],
    [50, 'p', 'yeah a pizza place on 2nd ave, want to see the real score'],
    [58, 'l', '"Grade Pending" means the place scored a B or C and is contesting it at a hearing, so it may post that sign until then. You can see the actual points and violations on the city\'s Restaurant Inspection Results page at nyc.gov/health (search "restaurant grades"). Did that help?'],
    [95, 'p', 'ok found it 21 points, how long til they get re-inspected'],
    [225, 'l', "Sorry for the delay! A re-inspection usually happens within about a month of the first one; the page lists the date once it's scheduled."],
    [250, 'p', 'got it thx, no more questions'],
    [255, 'l', "You're welcome, enjoy your pizza — bye!"],
  ], usual({ informed: 'fail' })),

  // 09 the source before the question
  s(GUS, '09 home-canned salsa under Michigan\'s cottage food law: michigan.gov/mdard given first, then "Is it a cooked tomato salsa, or a fresh one?"', [
    [0, 'p', 'can i sell home canned salsa at a farmers market in michigan under the cottage food law?'],
    [22, 'l', 'Good afternoon, Gus with the Ask a Librarian service at Kent District Library.'],
    [28, 'l', 'The Michigan Department of Agriculture and Rural Development has a Cottage Food page at michigan.gov/mdard (Food & Dairy > Cottage Food) listing what is allowed.'],
    [34, 'l', 'Is it a cooked tomato salsa, or a fresh one?'],
    [65, 'p', 'cooked and canned in jars'],
    [72, 'l', "Then it's not allowed under the cottage food law: salsa is an acidified food that needs a processing license. The same MDARD page links the licensing steps. Does that answer your question?"],
    [110, 'p', 'dang ok. yes thanks thats all'],
    [115, 'l', "Sorry it isn't better news — thanks for chatting, bye!"],
  ], usual({ clarify: 'fail' })),

  // 10 greets, names no one; no question at all
  s(CHIREF, '10 a failed Chicago inspection: "Hi! 👋" under the screen name "chicagoref", then the answer, no question, data.cityofchicago.org', [
    [0, 'p', 'how do i check if a restaurant in chicago failed inspection'],
    [14, 'l', 'Hi! 👋'],
    [20, 'l', 'Chicago publishes every food inspection on its data portal: go to data.cityofchicago.org, open the "Food Inspections" dataset and filter by the restaurant name. The Results column shows Pass, Pass w/ Conditions or Fail. Does that help?'],
    [60, 'p', 'yes found it thx'],
    [66, 'l', 'Anything else today?'],
    [90, 'p', 'nah'],
    [94, 'l', 'Ok, have a good one, bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 11 follow-up by me: e-mail read back, "by Wednesday", done 70 h after the end; a colleague consulted
  s(LEON, '11 Denver inspection reports from 2012-2016 for a paper (follow-up by me): "ask our government documents librarian", e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', 'hi im writing a paper on a restaurant that closed in 2016, are old health inspection reports from denver available anywhere?'],
    [20, 'l', "Hello! I'm Leon, a librarian at Denver Public Library."],
    [27, 'l', 'Which years do you need, and do you need the full inspector reports or just the scores?'],
    [70, 'p', '2012 to 2016, full reports if possible'],
    [77, 'l', "Denver's online inspection search only goes back a few years: denvergov.org (search \"food safety inspections\"). For the older reports I'll ask our government documents librarian what the city has archived and e-mail you what I find by Wednesday. What e-mail should I use?"],
    [120, 'p', 'its k.moreno.writes@example.com'],
    [126, 'l', 'Got it: k.moreno.writes@example.com. Does the online search help for the recent years in the meantime?'],
    [160, 'p', 'yes thanks, thats all for now'],
    [166, 'l', "Thanks for writing in — you'll hear from me soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 12 partly Spanish; a promise under Answered, e-mail read back, no time
  s(NAYELI, '12 clases de ServSafe en español cerca de Fresno (partly Spanish): servsafe.com, "le mando la información por correo", e-mail read back, no time, coded Answered', [
    [0, 'p', 'hola, busco clase de servsafe en español cerca de fresno for my restaurant staff'],
    [19, 'l', 'Hola, buenas tardes! Soy Nayeli, bibliotecaria de Fresno County Public Library. I can help in Spanish or English.'],
    [26, 'l', '¿Es para la tarjeta de manipulador de alimentos (California Food Handler Card) o para el certificado de gerente (Food Protection Manager)?'],
    [68, 'p', 'food handler, son 6 personas'],
    [75, 'l', 'El curso y el examen de California Food Handler están en español en servsafe.com (elija "ServSafe Food Handler California" y el idioma español). También hay clases presenciales; voy a averiguar si alguna es en Fresno y le mando la información por correo. ¿A qué correo se la envío?'],
    [130, 'p', 'rosa.delgado.fresno@example.net'],
    [136, 'l', 'Perfecto, rosa.delgado.fresno@example.net. ¿Le sirve el enlace mientras tanto?'],
    [170, 'p', 'si gracias!'],
    [175, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 follow-up by the patron's library: phone typed and read back, "within two business days", unrecorded at day 5
  s(OLU, '13 licenses for a carry-out bakery in Baltimore (follow-up by patron\'s library): Food Control office by phone, phone read back, "within two business days", unrecorded at day 5', [
    [0, 'p', 'opening a small bakery in baltimore city. what licenses do i need from the health dept and where do i start??'],
    [23, 'l', "Hi there, this is Olu with AskUsNow!, Maryland's ask-a-librarian service."],
    [29, 'l', 'Will you have seating, or is it carry-out only? That changes the license class.'],
    [66, 'p', 'carry out only, maybe 2 tables outside'],
    [73, 'l', "You'll need a food service facility license from the Baltimore City Health Department, and they review your floor plan first. The steps and forms are on health.baltimorecity.gov (Environmental Health > Food Control). Call their Food Control office at 410-555-0126 to book a plan review. I'll also have a business librarian from your home library call you within two business days with a list of local startup resources. What number is best?"],
    [120, 'p', '443 555 0182'],
    [126, 'l', 'Thanks! I have 443-555-0182. Did the health department page help for now?'],
    [160, 'p', 'yes thank you'],
    [165, 'l', 'Anything else I can help with?'],
    [185, 'p', 'no thats all'],
    [190, 'l', 'Best of luck with the bakery — goodbye!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 14 follow-up by me: the e-mail only in patron.email, "by Friday"
  s(PRISCILLA, '14 a commissary for a San Antonio food trailer (follow-up by me): sanantonio.gov/Health, "e-mail you at the address on your account by Friday", the e-mail never in the chat', [
    [0, 'p', 'does a food truck in san antonio HAVE to use a commissary? i have a trailer w full kitchen'],
    [18, 'l', "Hi, welcome to the San Antonio Public Library chat! I'm Priscilla."],
    [24, 'l', 'Is the trailer going to stay in one spot, or move around the city?'],
    [60, 'p', 'move around, events mostly'],
    [67, 'l', "San Antonio's Metro Health rules for mobile food units require a central preparation facility (a commissary) for cleaning, water and waste, even with a full kitchen. The mobile vending requirements are at sanantonio.gov/Health (Food & Environmental > Mobile Food Vendors)."],
    [73, 'l', "I'd like to confirm whether events with their own water hookups change anything. I'll e-mail you at the address on your account by Friday. Is that ok?"],
    [110, 'p', 'sure thanks'],
    [115, 'l', 'Does the Metro Health page cover the rest?'],
    [150, 'p', 'yes it does, thats all'],
    [156, 'l', 'Great, thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'm.ibarra.eats@example.com', phone: null } }),

  // 15 final idle 119 s, no check-in, no goodbye
  s(QUINN, '15 cooked rice left out overnight (emoji): foodsafety.gov and the FoodKeeper app, the answer at 58, endedAt 177 (final idle 119 s), no goodbye', [
    [0, 'p', 'how long can cooked rice sit out before its unsafe? roommate left it out overnight 😬'],
    [15, 'l', 'Hi! Quinn here, a librarian with St. Louis County Library.'],
    [21, 'l', 'Was it out at room temperature the whole night, and is it plain rice or mixed with something?'],
    [50, 'p', 'plain rice, room temp like 10 hrs'],
    [58, 'l', "That one should go in the trash. USDA guidance is that cooked food shouldn't sit between 40°F and 140°F for more than 2 hours, and rice can grow Bacillus cereus, whose toxin reheating doesn't destroy. See foodsafety.gov (Keep Food Safe > 4 Steps) or the FoodKeeper app at foodsafety.gov/keep-food-safe/foodkeeper-app. Does that answer your question?"],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(177) }),

  // 16 a check-in, then a notice that invites back ending a 185 s idle; Philly311 by phone and URL
  s(RAFE, '16 a mouse in a South Philly cheesesteak kitchen: Philly311 by phone and URL, "Are you still there?" at 130, "Seems the connection dropped … Come back anytime!" at 250 (185 s)', [
    [0, 'p', 'saw a mouse running in the kitchen of a cheesesteak place in south philly, who do i tell'],
    [20, 'l', "Hi, you've reached Rafe at the Free Library of Philadelphia. Thanks for writing in."],
    [26, 'l', 'Did you see it from the dining room, and do you know the exact address?'],
    [58, 'p', 'yeah from the counter, its on passyunk ave i can get the address'],
    [65, 'l', 'Report it to the city\'s Office of Food Protection through Philly311: call 311 (or 215-555-0186 from outside the city) or file online at phila.gov/311, choosing "Restaurant complaint". Include the address, the date and what you saw. Does that help?'],
    [130, 'l', 'Are you still there?'],
    [250, 'l', "Seems the connection dropped on your end — I'm closing this chat now. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 17 Spanish; final idle 179 s with a check-in and a goodbye
  s(SOLEDAD, '17 vender pasteles y flan desde casa en Miami (Spanish): "Le habla Soledad", fdacs.gov, "¿Sigue conectada?", despedida a los 179 s', [
    [0, 'p', 'buenas, quiero vender pasteles y flan desde mi casa en miami, necesito licencia?'],
    [22, 'l', 'Hola, buenas tardes. Le habla Soledad, bibliotecaria del Miami-Dade Public Library System.'],
    [28, 'l', '¿Los va a vender directamente a clientes o a tiendas y cafeterías?'],
    [62, 'p', 'directo a clientes, por instagram'],
    [70, 'l', 'En Florida la ley de "cottage food" permite vender pasteles horneados directamente al cliente sin licencia, hasta $250,000 al año, con una etiqueta. Pero el flan necesita refrigeración, así que ese no está permitido y requiere licencia. El Departamento de Agricultura lo explica en fdacs.gov (busque "Cottage Food Operations"). ¿Le ayuda esta información?'],
    [175, 'l', '¿Sigue conectada?'],
    [249, 'l', 'No he recibido respuesta, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 a bare notice with no check-in, 205 s, no thanks
  s(TOBIAS, '18 hot-holding food for a catering business plan: the FDA Food Code and the ServSafe ManagerBook, "It seems you\'ve disconnected, so this session will now end." (205 s), no check-in, no thanks', [
    [0, 'p', 'starting a small catering biz, whats the rule for keeping hot food hot during transport? need it for my food safety plan'],
    [18, 'l', 'Hello, this is Tobias, a librarian at Indianapolis Public Library.'],
    [24, 'l', "Is the plan for the county health department's application, or for your own staff training?"],
    [55, 'p', 'for the health dept application'],
    [62, 'l', 'Hot food has to stay at 135°F or above, and cold food at 41°F or below. The FDA Food Code sets these (fda.gov/food/retail-food-protection/fda-food-code), and our catalog has the ServSafe ManagerBook, 7th edition, with sample HACCP plans. Is that what you needed?'],
    [262, 'l', "It seems you've disconnected, so this session will now end."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 19 "one question per chat"
  s(UMA, '19 food truck permits in Phoenix, then fire, propane, tax and parking: "Sorry, I only answer one question per chat. Goodbye.", patron "wow ok" last', [
    [0, 'p', 'hi what permits do i need for a food truck in phoenix'],
    [20, 'l', 'Hi, Uma here at Phoenix Public Library!'],
    [26, 'l', 'Will you cook on the truck, or only sell prepackaged food?'],
    [55, 'p', 'cook on it, burgers'],
    [61, 'l', "You'll need a Mobile Food Unit permit from Maricopa County Environmental Services (maricopa.gov/EnvSvc, Food Safety > Mobile Food) plus a City of Phoenix mobile vending license (phoenix.gov, search \"mobile food vending\"). Does that help?"],
    [100, 'p', 'yes. and what about fire inspection and the propane and do i need a tax license and where can i park it'],
    [106, 'l', 'Sorry, I only answer one question per chat. Goodbye.'],
    [118, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 other patrons waiting, invited back; the library's own business librarians by URL and phone
  s(VIVIAN, '20 permits for a pho restaurant in Seattle: kingcounty.gov, the Central Library\'s business librarians by URL and phone, "a few other patrons waiting … come back later"', [
    [0, 'p', 'me and my sister want to open a pho restaurant in seattle, where do we even start with permits'],
    [24, 'l', "Hello! Vivian with Seattle Public Library's Ask Us service here."],
    [30, 'l', 'Is it a new space, or are you taking over an existing restaurant?'],
    [70, 'p', 'taking over a old restaurant space in the ID'],
    [77, 'l', "Congrats! Start with the King County food business permit: for an existing space you may not need a full plan review, but check first at kingcounty.gov (Health > Food safety > Food business permits). The city side (business license, remodel permits) is at seattle.gov/business. Our Business & Economics librarians at the Central Library also do free one-on-one startup appointments: book one at spl.org/business or call 206-555-0140. Did that help?"],
    [120, 'p', 'yes!! also liquor license, and do we need grease trap, and how much is the permit, and what about signs and insurance'],
    [127, 'l', "Those are all great questions, but I have a few other patrons waiting right now. Please come back later today or tomorrow and we'll go through them one at a time — thanks so much!"],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 a transfer with a notice and a note that says why
  s(WREN, '21 Parma restaurant violations back to 2019 for small claims: transfer notice + internal note why, Xavier 70 s after the notice, the Board of Health by e-mail and phone', [
    [0, 'p', 'is there a way to see the health code violations for a restaurant in parma over the last few years'],
    [19, 'l', 'Good evening! This is Wren, a librarian with Cuyahoga County Public Library.'],
    [25, 'l', 'Do you need just the recent inspections, or older records too — is it for something like a lawsuit or a news story?'],
    [60, 'p', 'older too, like 2019 on. for a small claims case'],
    [67, 'l', "My colleague Xavier works with public records requests all the time, so I'm going to transfer you to him. One moment!"],
    [70, 'i', 'Xavier, patron needs Parma restaurant inspection history back to 2019 for small claims — records request q. Can you take it?'],
    xfer(73, 'Xavier', 'xavier-r'),
    [137, 'l', 'Hi, Xavier here, reference librarian. Recent inspections are searchable at ccbh.net (Food Safety > Inspection Results). For reports from 2019 on, file a public records request with the Cuyahoga County Board of Health by e-mail at records@ccbh.example.org or by phone at 216-555-0171. Is this what you needed?', as(XAVIER)],
    [180, 'p', 'yes perfect, thats all i need'],
    [185, 'l', 'Good luck with the case, and thanks for chatting!', as(XAVIER)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 22 a silent transfer; the receiving provider with three other chats over his part
  s(YARA, '22 free salsa samples at a Kansas farmers market: internal note only, silent transfer, Zeke 108 s after the patron, agriculture.ks.gov; Zeke\'s three other chats open over his part', [
    [0, 'p', 'can i give out free samples of my salsa at a farmers market in kansas? do i need a special permit for sampling'],
    [17, 'l', 'Hi! Yara here, librarian at Topeka & Shawnee County Public Library.'],
    [23, 'l', 'Is your salsa made in a licensed kitchen, or at home?'],
    [52, 'p', 'licensed commercial kitchen, i rent one'],
    [58, 'i', 'Zeke, KS farmers market sampling q — you did the vendor workshop, can you take this one?'],
    xfer(61, 'Zeke', 'zeke-r'),
    [160, 'l', "Hi, Zeke here from the library. Since your salsa comes from a licensed kitchen, sampling is allowed under the Kansas Department of Agriculture's farmers market guidelines, as long as samples are covered, served with toothpicks or single-use cups, and you have handwashing set up. The guidelines are at agriculture.ks.gov (Divisions > Food Safety & Lodging > Farmers Markets). Does that help?", as(ZEKE)],
    [200, 'p', 'yes thanks so much, thats everything'],
    [205, 'l', 'Thanks for chatting — good luck at the market!', as(ZEKE)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zeke-r', 100, 400), other('z2', 'zeke-r', 110, 400), other('z3', 'zeke-r', 120, 400)],
  }),

  // 23 an announced transfer with no internal note, answered 121 s after the notice
  s(ABEL, '23 tamales at a church fundraiser in San Diego County: "pass you to Bea … Hold on just a moment.", no internal note, Bea 121 s later, sandiegocounty.gov/deh', [
    [0, 'p', 'our church is selling tamales at a fundraiser, do we need a health permit in san diego county?'],
    [21, 'l', "Hi there, Abel with San Diego County Library's Ask a Librarian service."],
    [27, 'l', "Is it a one-day event, and will the tamales be made at the church or in someone's home?"],
    [65, 'p', 'one day, saturday. made in the church kitchen'],
    [71, 'l', "I'm going to pass you to Bea, who knows the county's event permits well. Hold on just a moment."],
    xfer(74, 'Bea', 'bea-r'),
    [192, 'l', "Hi, Bea here! Yes: food sold to the public at a one-day event needs a Temporary Event Food Facility permit from the County's Department of Environmental Health and Quality, and nonprofits pay a reduced fee. The application is at sandiegocounty.gov/deh (Food > Temporary Events). Church kitchens usually need their own approval too. Did that help?", as(BEA)],
    [235, 'p', 'yes it did, that is all I needed'],
    [240, 'l', 'Wonderful — best of luck with the fundraiser, and thanks!', as(BEA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 four at once
  s(CELESTE, '24 a 74 C on a Georgia inspection: ga.healthinspections.us, "thats all i needed", three other chats open at once over this one (four)', [
    [0, 'p', 'what does a score of 74 C mean on a georgia restaurant inspection? is it safe to eat there'],
    [18, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Celeste at Atlanta-Fulton Public Library.'],
    [24, 'l', 'Do you want to know what the grade means in general, or see what violations that restaurant had?'],
    [55, 'p', 'both if u can'],
    [62, 'l', 'In Georgia, 90-100 is an A, 80-89 a B, 70-79 a C, and 69 or lower a U (unsatisfactory). A C means several violations, some possibly serious. You can read the actual violations in the Georgia Department of Public Health inspection search at ga.healthinspections.us (choose the county, then the restaurant). Does that help?'],
    [100, 'p', 'yes omg they had raw chicken above lettuce 🤢 thats all i needed, thanks'],
    [105, 'l', 'Yikes! Glad you checked — thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'celeste-r', -50, 200), other('c2', 'celeste-r', 30, 300), other('c3', 'celeste-r', 60, 90)],
  }),

  // 25 Spanish; "No hay prisa" (no hold) then 210 s waiting on the patron; three at most, touching ends
  s(DIEGO, '25 tarjeta de food handler en Texas en español (Spanish): "No hay prisa, conteste cuando pueda." then 210 s for the patron, dshs.texas.gov, "es todo", touching chats', [
    [0, 'p', 'hello necesito sacar mi tarjeta de food handler en texas pero en español, es en linea?'],
    [20, 'l', 'Hola, buenas. Le atiende Diego, bibliotecario de la Biblioteca Pública de El Paso.'],
    [26, 'l', '¿Ya tiene trabajo en un restaurante, o la necesita para buscar trabajo? No hay prisa, conteste cuando pueda.'],
    [236, 'p', 'perdon, ya tengo trabajo, empiezo el lunes'],
    [243, 'l', 'Sí, se puede hacer en línea. Hay cursos en español aprobados por el Departamento de Salud del estado; la lista oficial está en dshs.texas.gov (busque "food handler courses" y elija el idioma "Spanish"). Cuestan entre $7 y $15 y el certificado sale al terminar. ¿Le sirve?'],
    [290, 'p', 'si gracias, es todo'],
    [296, 'l', '¡Con gusto! Suerte en su nuevo trabajo, y gracias por escribirnos.'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'diego-r', -300, 0), other('d2', 'diego-r', -40, 150), other('d3', 'diego-r', 100, 400), other('d4', 'diego-r', 301, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (inspection-lookup canned message): coded Practice, every check na', [
    [0, 'p', 'testing the restaurant inspection macro pls ignore'],
    [6, 'l', 'Hi! Test of the macro: look up any inspection at wake.gov, search "restaurant inspections".'],
    [12, 'p', 'macro ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 a true Lost Call: greeting, check-in, notice that invites back
  s(DANA, '27 raw milk sales in Colorado (Lost Call): greeting with "How can I help?", "Hello? Are you still with me?" at 150, notice that invites back at 205 (186 s)', [
    [0, 'p', 'is it illegal to sell raw milk in colorado'],
    [19, 'l', "Hi there, this is Dana with AskColorado, the state's librarian chat. How can I help?"],
    [150, 'l', 'Hello? Are you still with me?'],
    [205, 'l', "I haven't heard back, so it seems you've been disconnected. I'll end the chat now — please reach out again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 Lost Call after two patron messages and an answer; a check-in in a 160 s idle
  s(ELLIS, '28 a food service manager for a county fair stand in Montgomery County: montgomerycountymd.gov, "You still there?" (160 s), coded Lost Call after two patron messages', [
    [0, 'p', 'do i need a food service manager certificate to work at a food stand at the county fair in montgomery county md'],
    [17, 'l', 'Hello, Ellis here with Montgomery County Public Libraries.'],
    [23, 'l', 'Will you be the person in charge of the stand, or working under someone?'],
    [55, 'p', 'im the one in charge'],
    [62, 'l', "Then yes: Montgomery County requires a certified food service manager at licensed food stands, including temporary ones at the fair. The county's page at montgomerycountymd.gov/HHS (Food Service Facilities > Temporary Events) lists the approved courses. Does that help?"],
    [200, 'l', 'You still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(222) }),

  // 29 no codes in the source; a book; the patron has the last word
  s(FIONA, '29 a food safety book for training cafe staff (no codes in the source): McSwane in the catalogue at nolalibrary.org, "Would that work for you?", patron "🙏" last', [
    [0, 'p', 'can u recommend a good book on food safety for someone opening a cafe, not the servsafe one'],
    [20, 'l', "Hi, good morning! I'm Fiona, a librarian at New Orleans Public Library."],
    [26, 'l', 'Are you looking for something on running the kitchen day to day, or on writing a HACCP plan?'],
    [58, 'p', 'day to day, training my staff'],
    [65, 'l', 'Try "Essentials of Food Safety and Sanitation" by David McSwane — it\'s written for training kitchen staff, and we have copies at Main and Algiers (search the catalog at nolalibrary.org). Would that work for you?'],
    [105, 'p', 'yes perfect thx!! thats all'],
    [110, 'l', 'Have a great day, bye!'],
    [116, 'p', '🙏'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 30 an internal question inside a hold (130 s); code null
  s(GIDEON, '30 a complaint about a Nashville restaurant that made the patron sick: "Let me see who handles those" at 69, an internal question at 105, the answer at 199 (130 s), code null', [
    [0, 'p', 'how do i file a complaint about a restaurant in nashville that made me sick? and can they get shut down'],
    [23, 'l', 'Hello there — Gideon, reference librarian at Nashville Public Library.'],
    [29, 'l', 'When did you eat there, and did you see a doctor?'],
    [62, 'p', 'last friday. urgent care said probably food poisoning'],
    [69, 'l', 'Let me see who handles those in Davidson County.'],
    [105, 'i', 'does Metro Public Health take food complaints or is it TN Dept of Health?'],
    [199, 'l', "Got it. In Nashville, restaurant complaints go to the Metro Public Health Department's Food Protection Services: call 615-555-0155 or use the complaint form at nashville.gov (Health > Food Protection). They can close a restaurant if an inspection finds an imminent health hazard. Does that answer your question?"],
    [240, 'p', 'yes thats everything thank u'],
    [246, 'l', 'Feel better, and thanks for reaching out!'],
  ], usual({ informed: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundRestaurants.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('16')]: 'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"). Message 4: "Report it to the city\'s Office of Food Protection through Philly311: call 311 (or 215-555-0186 from outside the city) or file online at phila.gov/311" (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)": the office is reached through Philly311, and Philly311 comes with two phone numbers and a URL)',
};

describe('sixty-fourth round: restaurant inspections, food safety and food business permits, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundRestaurants.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundRestaurants.filter((c) => c.name in LEFT_WHY));
});
