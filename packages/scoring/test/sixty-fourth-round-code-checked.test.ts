/**
 * Sixty-fourth round, theme BUILDING CODE ENFORCEMENT AND UNSAFE HOUSING, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: no heat in Baltimore and in the Bronx (in Spanish), black mold in El
 * Paso (in Spanish), Detroit and Spokane, a chirping smoke detector in Akron, lead paint in Cleveland, roaches and no hot water
 * in Newark, an unsafe rental in Columbus, a red-tagged building in Kansas City, a condemned house next door in Minneapolis,
 * permits for a deck (Fairfax, Nashville), a shed (San Francisco), a carport (Tucson), an egress window (Salt Lake City) and
 * fences (Tulsa, Fort Worth), historic districts (windows in Portland, a porch in Savannah, painted brick in Denver), inspection
 * and permit records (a house for sale in Raleigh, a 1926 house in Providence, an Austin case file, code violations of a
 * Chicago building in Spanish, a Sacramento complaint's status, Philadelphia's condemned buildings as open data), a rental
 * registration inspection in Pittsburgh and a Houston landlord with rats nobody answered (Spanish). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFourthRoundCode-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask Us Now! This is Denise, a librarian at …" (01); "¡Hola, buenos días!
 *   Le atiende Marisol, bibliotecaria de …" (02); a 61 s pickup (03: fail); `pickedUpAt` exactly 60 s with the first visible line
 *   at 95 (04: pass); "Hey! 👋 Great question." under the screen name "AskDesk" (05: greets, names no one: fail); "Hello and
 *   welcome!" then "I'm Tom, a reference librarian at …" in the second message (06: pass); "Flora, librarian at the Free Library
 *   of Philadelphia, picking this up." (21: names, does not greet: fail); "¡Hola! Thanks for contacting Chicago Public Library.
 *   Soy Javier, bibliotecario." (11); "Hola, buenas tardes. Le saluda Rocío, bibliotecaria de …" (23); no provider ever joined
 *   (28);
 *  inquiry: attached or freestanding, height above grade, corner lot, tenant or neighbour, written notice to the landlord,
 *   hardwired or battery, permit number, case number, zoning, private landlord or housing authority, household size; the source
 *   given before "Are you the tenant, or a neighbor …?" (08: fail); "… tómese su tiempo." inside a question (23: not a hold, the
 *   174 s after it is a wait on the patron);
 *  waits: a hold ("Let me check the design guidelines …, one moment.") answered exactly 120 s later (06: pass); a partial result
 *   that says the search goes on ("I'm still looking for who handles relocation help, give me a minute"), answered 121 s later
 *   (07: fail); a transfer notice answered 69 s (19: pass) and 130 s (21: fail) later; a silent transfer, the receiver 95 s after
 *   the patron (20: pass); a patron's "hello??" inside a wait that began 125 s before the answer (30: fail, it does not restart
 *   the wait);
 *  endings: final idle of 119 s with no goodbye (14: idle na, courteous fails); exactly 180 s to a notice that thanks and
 *   invites back, after "Are you still there?" (15: both pass); 185 s to a bare notice with no check-in and no thanks (16: idle
 *   fails, notice passes, courteous fails); 198 s in a true Lost Call (25: both pass); 240 s to a plain "Thanks for chatting,
 *   goodbye." after the patron left (26: both fail, courteous passes); "You've asked a lot of questions already and I need to
 *   move on to the next person. That's all the time I have." (17: dismissal and courteous fail; the patron's "wow ok" last);
 *   "several other patrons are waiting … Please come back later" (18: allowed; the patron's "k" last); patron-side "thats
 *   everything", "es todo lo que necesito", "es todo", "thats all i needed 👍", "thats all for now", "thats all i need right
 *   now", and "ok", "yes thanks", "k" that do not count;
 *  sources: city code and 311 portals (balt311.baltimorecity.gov, columbus.gov/311, portal.311.nyc.gov, minneapolismn.gov/311),
 *   permit portals (permitportal.raleighnc.gov, epermits.nashville.gov, aca-prod.accela.com/CFW), open data
 *   (data.cityofchicago.org, opendataphilly.org), codes (library.municode.com, codes.iccsafe.org, RCW 59.18.060 with
 *   atg.wa.gov), historic district guidelines, legal aid sites, the EPA's Spanish mold guide; none at all (09: fail, with the
 *   fire marshal named without a way to reach them);
 *  referrals: code offices, 311, the Red Cross and Legal Aid by phone (02, 07, 08, 15, 17, 22); the Code Department by e-mail
 *   (20); historic preservation staff by phone (06, 19); the library's own Business & Government desk by street address and an
 *   inspection line by phone (27); "report it to 311 at minneapolismn.gov/311" (12); "ask the fire marshal's office to come look
 *   at it" (09: no contact, fail); "I'll also ask our government info desk" (29: staff consulted, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (10: pass); FU_LIB in Spanish, the
 *   patron's phone typed (not read back), "dentro de 72 horas" (11: contact pass, pending); an e-mail promise with the address
 *   read back but no time, coded Answered (12: code and contact fail, pending); FU_ME with no contact anywhere and "tomorrow",
 *   unrecorded at day 4 (13: code, contact and on_time fail); a text-message promise, phone read back, "by Thursday afternoon",
 *   no codes in the source (29: code na, contact pass, pending);
 *  codes: Practice (24); a true Lost Call (25); Lost Call after two patron messages (26: fail); a Lost Call with one patron
 *   message and no provider (28: pass); `null` (27: fail); "" (30: fail); none in the source (29: na);
 *  transfers: notice + internal note that says why (19: pass); internal note only (20: fail); notice only (21: fail);
 *  concurrency: three other chats open at once over this one (22: four, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to file a complaint with a city office or 311 "by calling … or online at …" (01, 15, 22, 23) is telling
 *   them to contact an agency: a referral, reached by the phone or URL given; "Vivienda (HPD) mandará un inspector" (23) and
 *   "needs design review from Landmark Preservation" (30) only say what an office does: no referral;
 * - "Columbus Code Enforcement takes complaints through the 311 Call Center: columbus.gov/311 or 614-555-3111." (08), given to
 *   a patron who asked how to report, tells them whom to contact: a referral with a URL and a phone;
 * - "The Providence City Archives hold building permit cards …; their finding aid is at …" (10) points to a source, not a
 *   referral; "you can visit them at 615 Church Street" about the library's own desk (27) is a referral with a postal address;
 * - "Hey! 👋 Great question." greets without identifying (05: fail); "Flora, librarian at …, picking this up." identifies
 *   without greeting (21: fail);
 * - "¿Le sirve?", "¿Le sirve esta información?", "¿Le ayuda esto?", "Does the case search work for you?", "Was the vacant
 *   buildings page helpful?" ask whether what was given meets the need; "Would you like me to look up the planning setback
 *   rules too?" (18) offers something not yet given: fail;
 * - "es todo lo que necesito", "es todo", "thats all i need right now", "thats all for now" say explicitly that the patron is
 *   done; "ok", "yes thanks", "k", "yes thx" do not;
 * - "I'm still looking for who handles relocation help, give me a minute" (07) is a partial result that says the search goes on:
 *   a hold; "… tómese su tiempo." (23) is not;
 * - "Looks like you've disconnected, so I'll close this chat now. Thanks for reaching out, and come back anytime!" (15) is a
 *   goodbye (it thanks, does not ask) and the notice at once; the final idle ends at it, exactly 180 s;
 *   "It seems you've disconnected; this session will now close." (16) tells both things and is not a goodbye;
 * - "Perfecto, gracias. ¡Que tenga buen día!" (11) thanks the patron; "Thanks for understanding!" (18) too;
 * - the patron's phone typed in the chat by the patron is "given … there" (11: contact confirmed); "dentro de 72 horas" says
 *   when; "I'll send it to you tomorrow" with no e-mail or phone anywhere (13) is a follow-up with no contact;
 * - a `patron_left` system line (26) does not end the final idle: it runs from the answer to the provider's goodbye;
 * - `pickedUpAt` at exactly 60 s is within `pickupSeconds` (04).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (08 on referral.contact, 11 on followup.contact). It compiled and ran at the first
 * attempt. Label corrections: 0 (each of the two reread against RUBRIC's text: 08 against the Referral term and
 * referral.contact, 11 against followup.contact; the labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 08: "Columbus Code Enforcement takes complaints through the 311 Call Center: columbus.gov/311 or
 *    614-555-3111." (the answer to "how do i report …?") read as no referral (na; RUBRIC pass: the office the patron is told to
 *    report to, with a URL and a phone; the reading is listed above);
 *  - followup.contact, case 11: "… que le llame dentro de 72 horas …" read as never saying when (fail; RUBRIC pass: the phone is
 *    given in the chat by the patron and "within 72 hours" is RUBRIC's own example, here in Spanish).
 * Every timing check (pickup at 61 s and by `pickedUpAt` at exactly 60 s, no provider; keep_informed at exactly 120 s after a
 * hold, 121 s after a partial result that says the search goes on, 130 s after a transfer notice, 95 s across a silent transfer,
 * 125 s across a patron's "hello??", 174 s of waiting on the patron after "tómese su tiempo"; final idles of 119, 180, 185, 198
 * and 240 s; concurrency at four and at touching ends; on_time done at 70 h, unrecorded past the deadline, pending three times)
 * and every code (Practice, a true Lost Call, Lost Call after two patron messages, Lost Call with no provider and one patron
 * message, null, "", no codes in the source, a promise under Answered, follow-up codes with and without a contact) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and
 * read back, patron phones read back; library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (28 running as labelled, 2 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 08's "Columbus Code
 *   Enforcement takes complaints …" names a party (X27) and case 11's "Voy a pedir a un bibliotecario … que le llame dentro de 72
 *   horas" is a follow-up promise with its time (X11); both run; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DENISE: Prov = { id: 'denise-g', name: 'Denise', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-g', name: 'Marisol', library: 'EPPL' };
const GREG: Prov = { id: 'greg-g', name: 'Greg', library: 'FCPL-VA' };
const HOLLIS: Prov = { id: 'hollis-g', name: 'Hollis', library: 'TCCL' };
const ASKDESK: Prov = { id: 'askdesk-g', name: 'AskDesk', library: 'WCPL-NC' };
const TOM: Prov = { id: 'tom-g', name: 'Tom', library: 'MCL' };
const RAE: Prov = { id: 'rae-g', name: 'Rae', library: 'KCPL-MO' };
const NADIA: Prov = { id: 'nadia-g', name: 'Nadia', library: 'CML' };
const BERNADETTE: Prov = { id: 'bernadette-g', name: 'Bernadette', library: 'ASCPL' };
const OKSANA: Prov = { id: 'oksana-g', name: 'Oksana', library: 'PPL-RI' };
const JAVIER: Prov = { id: 'javier-g', name: 'Javier', library: 'CPL-IL' };
const WES: Prov = { id: 'wes-g', name: 'Wes', library: 'HCL-MN' };
const ANIKA: Prov = { id: 'anika-g', name: 'Anika', library: 'PCPL-AZ' };
const PIPER: Prov = { id: 'piper-g', name: 'Piper', library: 'SPL-WA' };
const KOFI: Prov = { id: 'kofi-g', name: 'Kofi', library: 'DPL-MI' };
const LENA: Prov = { id: 'lena-g', name: 'Lena', library: 'SLCPL' };
const GORDON: Prov = { id: 'gordon-g', name: 'Gordon', library: 'NPL-NJ' };
const MEI: Prov = { id: 'mei-g', name: 'Mei', library: 'SFPL' };
const ELSIE: Prov = { id: 'elsie-g', name: 'Elsie', library: 'LOPL' };
const HARLAN: Prov = { id: 'harlan-g', name: 'Harlan', library: 'LOPL' };
const IRIS: Prov = { id: 'iris-g', name: 'Iris', library: 'APL-TX' };
const BRENT: Prov = { id: 'brent-g', name: 'Brent', library: 'APL-TX' };
const FLORA: Prov = { id: 'flora-g', name: 'Flora', library: 'FLP' };
const DEV: Prov = { id: 'dev-g', name: 'Dev', library: 'FLP' };
const OMAR: Prov = { id: 'omar-g', name: 'Omar', library: 'FWPL' };
const ROCIO: Prov = { id: 'rocio-g', name: 'Rocío', library: 'NYPL' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Trainee 7', library: 'TRN' };
const QUINN: Prov = { id: 'quinn-g', name: 'Quinn', library: 'CCPL-OH' };
const VERA: Prov = { id: 'vera-g', name: 'Vera', library: 'CLP' };
const YARA: Prov = { id: 'yara-g', name: 'Yara', library: 'NPL-TN' };
const NOBODY: Prov = { id: 'queue-g', name: 'Queue', library: 'HPL-TX' };
const HUGO: Prov = { id: 'hugo-g', name: 'Hugo', library: 'SPL-CA' };
const ZEKE: Prov = { id: 'zeke-g', name: 'Zeke', library: 'DPL-CO' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Usted es el siguiente.'];

export const sixtyFourthRoundCode: SessionCase[] = [
  // 01 the plain good session
  s(DENISE, '01 no heat in a Baltimore rental: "thanks for contacting Ask Us Now! This is Denise", written notice and licence, balt311 by phone or URL, "thats everything"', [
    [0, 'p', 'my landlord hasnt turned the heat on and its 50 degrees in my apt. who do i report that to?? baltimore city'],
    [19, 'l', 'Good morning, and thanks for contacting Ask Us Now! This is Denise, a librarian at the Enoch Pratt Free Library.'],
    [25, 'l', 'Have you let the landlord know in writing yet? And do you know if the unit has a rental license?'],
    [70, 'p', 'texted him twice, idk about license'],
    [77, 'l', 'Baltimore landlords must keep rentals at 68°F in the daytime from October through May. Report it to Baltimore City Housing by calling 311 or online at balt311.baltimorecity.gov ("No Heat"), and check the rental license at dhcd.baltimorecity.gov (Rental Licensing > Search). Keep your texts and a photo of a thermometer.'],
    [83, 'l', 'Does that answer what you needed?'],
    [120, 'p', 'yes!! thats everything thank u'],
    [126, 'l', 'You are very welcome. Stay warm, and goodbye!'],
  ], usual({ referral: 'pass' })),

  // 02 Spanish; mold; the code office by phone
  s(MARISOL, '02 moho negro en un apartamento de El Paso (Spanish): "Le atiende Marisol, bibliotecaria", Code Compliance por teléfono, guía de la EPA, "es todo lo que necesito"', [
    [0, 'p', 'hola buenas, en mi apartamento hay moho negro en el baño y el dueño no hace nada, a donde puedo reportarlo? vivo en el paso'],
    [24, 'l', '¡Hola, buenos días! Le atiende Marisol, bibliotecaria de la Biblioteca Pública de El Paso.'],
    [30, 'l', '¿El moho viene de alguna fuga de agua? ¿Ya le avisó al dueño por escrito?'],
    [75, 'p', 'si hay una fuga en el techo desde hace meses, le mande mensajes pero no carta formal'],
    [82, 'l', 'Las quejas de vivienda insegura las atiende el Departamento de Cumplimiento de Códigos (Code Compliance) de la ciudad. Puede llamarles al 915-555-0142 para pedir una inspección. La EPA tiene una guía en español sobre el moho: epa.gov/mold/guia-breve-sobre-moho-humedad-y-su-hogar. Y en texaslawhelp.org hay un modelo de carta para pedir reparaciones.'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, es todo lo que necesito'],
    [136, 'l', '¡Con mucho gusto! Que le vaya bien y gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(GREG, '03 a permit for an attached 12x14 deck in Fairfax County: 61 s pickup, attached and height, fairfaxcounty.gov, "thats all i needed 👍"', [
    [0, 'p', 'do i need a permit to build a deck?? its like 12x14 in the backyard, fairfax county'],
    [61, 'l', "Hi there, Greg with Fairfax County Public Library's Ask a Librarian here, sorry for the wait."],
    [67, 'l', 'Will the deck be attached to the house, and roughly how high off the ground will the floor be?'],
    [100, 'p', 'attached, maybe 3 ft up'],
    [107, 'l', "Then yes: in Fairfax County an attached deck, or any deck more than 30 inches above grade, needs a building permit. The county's \"Typical Deck Details\" handout covers footings, ledger boards and railings, and the application is at fairfaxcounty.gov/landdevelopment/decks."],
    [113, 'l', 'Did that help?'],
    [150, 'p', 'yes thats all i needed 👍'],
    [155, 'l', 'Happy building — bye for now!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickedUpAt exactly 60 s, first visible line at 95
  s(HOLLIS, '04 front-yard fence height in Tulsa: pickedUpAt 60 s, first line at 95, corner lot, municode, provider asks "Anything else"', [
    [0, 'p', 'how tall can a fence be in my front yard? city of tulsa. neighbor says 4 ft max'],
    [95, 'l', "Hello! You've reached Hollis, reference librarian at Tulsa City-County Library. Thanks for waiting."],
    [101, 'l', 'Is your lot on a corner, and would the fence run along the sidewalk or the side property line?'],
    [140, 'p', 'not a corner, along the sidewalk'],
    [147, 'l', 'Your neighbor is right: the Tulsa Zoning Code caps front-yard fences at 4 feet in most residential districts, with up to 8 feet allowed in side and rear yards. The code is searchable at library.municode.com/ok/tulsa (Zoning Code, Chapter 45). Is that what you were looking for?'],
    [190, 'p', 'yep ok'],
    [195, 'l', 'Anything else I can help with today?'],
    [220, 'p', 'nope'],
    [225, 'l', 'Alright, thanks for chatting, take care!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 05 greets, names no one
  s(ASKDESK, '05 permit history of a Raleigh house for sale: "Hey! 👋 Great question." under the screen name "AskDesk", permitportal.raleighnc.gov, "thats all"', [
    [0, 'p', 'buying a house, how can i see if the owner pulled permits for the basement finish? its in raleigh'],
    [14, 'l', 'Hey! 👋 Great question.'],
    [20, 'l', 'Do you have the property address or the PIN?'],
    [55, 'p', 'yes i have the address'],
    [61, 'l', "Raleigh's permit history is searchable by address in the city's portal at permitportal.raleighnc.gov; older records are in Wake County iMAPS at maps.wake.gov. If the basement was finished without a permit, nothing will show up. Does that help?"],
    [100, 'p', 'super helpful ty thats all'],
    [104, 'l', 'Good luck with the house, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 greeting split over two messages; a hold answered exactly 120 s later; preservation staff by phone
  s(TOM, '06 vinyl windows in Ladd\'s Addition, Portland: "Hello and welcome!" then "I\'m Tom, a reference librarian", hold answered at exactly 120 s, BDS staff by phone', [
    [0, 'p', "i live in the ladd's addition historic district in portland, can i replace my old wood windows with vinyl?"],
    [21, 'l', 'Hello and welcome!'],
    [24, 'l', "I'm Tom, a reference librarian at Multnomah County Library. Are these windows on the front of the house, facing the street?"],
    [60, 'p', 'yes front and one side'],
    [66, 'l', 'Let me check the design guidelines for that district, one moment.'],
    [186, 'l', "Found it. Street-facing windows on houses in Ladd's Addition need historic resource review, and vinyl replacements are rarely approved; the guidelines are at portland.gov/bps/historic-resources (Ladd's Addition Conservation District Guidelines). Before you order anything, call the historic resources staff at the Bureau of Development Services, 503-555-0177."],
    [192, 'l', 'Is that what you needed?'],
    [230, 'p', 'ugh ok. yes thats everything'],
    [236, 'l', "Sorry it's not better news! Thanks for chatting, goodbye."],
  ], usual({ referral: 'pass' })),

  // 07 a partial result that says the search goes on, answered 121 s later
  s(RAE, '07 a red-tagged building in Kansas City: kcmo.gov with "still looking …, give me a minute" at 67, the answer at 188 (121 s), Red Cross and Legal Aid by phone', [
    [0, 'p', 'city put a red tag on our apartment building today, says unsafe, we have to be out by friday. where do we go?? kansas city mo'],
    [18, 'l', "Hi, I'm Rae, a librarian at Kansas City Public Library. I'm so sorry, that is a lot to deal with."],
    [24, 'l', 'How many people are in your household, and do you have somewhere to stay tonight?'],
    [60, 'p', 'me and 2 kids, we can stay at my sisters a few days'],
    [67, 'l', "Okay. The city's page on dangerous buildings is kcmo.gov/city/neighborhood-services — I'm still looking for who handles relocation help, give me a minute."],
    [188, 'l', 'Thanks for hanging in there. For emergency help with a deposit and moving costs, call the Red Cross Greater Kansas City chapter at 816-555-0150. Your landlord may owe you relocation money too; Legal Aid of Western Missouri can advise you, 816-555-0123.'],
    [194, 'l', 'Did that help?'],
    [240, 'p', 'yes thank you so much, thats all i need right now'],
    [246, 'l', 'Take care of yourself and the kids — thanks for reaching out.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 the source before the question
  s(NADIA, '08 exposed wires and rotted steps in a Columbus rental: columbus.gov/311 and the phone given first, then "Are you the tenant, or a neighbor …?"', [
    [0, 'p', 'how do i report an unsafe rental house? theres exposed wires and the back steps are rotted'],
    [16, 'l', 'Hi, thanks for reaching out! Nadia at Columbus Metropolitan Library here.'],
    [21, 'l', 'Columbus Code Enforcement takes complaints through the 311 Call Center: columbus.gov/311 or 614-555-3111.'],
    [26, 'l', 'Are you the tenant, or a neighbor reporting the property?'],
    [60, 'p', 'tenant'],
    [66, 'l', "Then keep the complaint number; Ohio law protects tenants from retaliation for reporting code violations (ORC 5321.02). The Legal Aid Society of Columbus has a tenant guide at columbuslegalaid.org. Does that answer your question?"],
    [110, 'p', 'yes ty thats all'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 09 no source at all; the fire marshal with no contact
  s(BERNADETTE, '09 a chirping hardwired smoke detector in Akron: no source, "ask the fire marshal\'s office" with no contact, patron "ok"', [
    [0, 'p', 'landlord wont replace the smoke detector thats been chirping for weeks, is that even legal'],
    [20, 'l', 'Good afternoon, Bernadette with the Akron-Summit County Public Library chat service.'],
    [26, 'l', 'Is the detector hardwired, or one with a battery you could change yourself?'],
    [70, 'p', 'hardwired i think, theres a wire'],
    [76, 'l', "In Ohio, landlords have to keep the safety equipment they supply in working order, so he should fix it. Put the request in writing and keep a copy. If he still won't, you could ask the fire marshal's office to come look at it."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Good luck, and thanks for chatting with us.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Wednesday", done 70 h after the end
  s(OKSANA, '10 permit cards for a 1926 house in Providence (follow-up by me): city archives finding aid, e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', "Hi, I'm trying to find old building permits / inspection records for my house built in 1926 in Providence. The city says they only have stuff after 1980."],
    [25, 'l', "Hello, thanks for contacting Ask a Librarian! My name is Oksana and I'm a librarian at Providence Public Library."],
    [31, 'l', "What's the street address, and are you after the original construction permit or later work?"],
    [80, 'p', '88 Elmgrove Ave, original if possible'],
    [87, 'l', "The Providence City Archives hold building permit cards going back to the 1890s; their finding aid is at providenceri.gov/city-archives. Our Rhode Island Collection also has Sanborn fire insurance maps of your block in the Sanborn Maps database on our website. I can check our microfilm index of permit cards myself and e-mail you what I find by Wednesday — what address should I use?"],
    [140, 'p', 'great! its m.okafor@example.net'],
    [146, 'l', "Got it: m.okafor@example.net. I'll write by Wednesday. Does the archives page help in the meantime?"],
    [185, 'p', 'yes thank you, thats all for now'],
    [191, 'l', 'Thanks, and talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(196 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 partly Spanish; follow-up by the patron's library; the phone typed by the patron; "dentro de 72 horas"
  s(JAVIER, '11 violaciones de código de un edificio en Chicago (partly Spanish, follow-up by patron\'s library): data.cityofchicago.org, teléfono escrito por el usuario, "dentro de 72 horas"', [
    [0, 'p', 'hi, quiero saber si el edificio donde voy a rentar tiene violaciones de codigo. is there a way to check? chicago'],
    [22, 'l', '¡Hola! Thanks for contacting Chicago Public Library. Soy Javier, bibliotecario. ¿Tiene la dirección del edificio?'],
    [60, 'p', 'si, 3300 w armitage'],
    [66, 'l', 'Las violaciones de edificios de Chicago se buscan por dirección en el portal de datos de la ciudad: data.cityofchicago.org (Building Violations). ¿Le sirve?'],
    [110, 'p', 'si pero no entiendo bien los codigos que salen'],
    [116, 'l', 'Entiendo. Voy a pedir a un bibliotecario de su sucursal, Humboldt Park, que le llame dentro de 72 horas para explicarle los códigos. ¿A qué número le pueden llamar?'],
    [160, 'p', '773 555 0148 en las tardes'],
    [166, 'l', 'Perfecto, gracias. ¡Que tenga buen día!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 12 an e-mail promise under Answered: address read back, no time
  s(WES, '12 a condemned house next door in Minneapolis: vacant buildings page, 311 by URL, "I\'ll e-mail you the link when I find it", address read back, no time, coded Answered', [
    [0, 'p', 'the house next to me has been condemned for 2 yrs and is falling apart, rats everywhere. how do i find out if the city plans to tear it down? minneapolis'],
    [17, 'l', "Hi! This is Wes, a librarian with Hennepin County Library's AskHCL service."],
    [23, 'l', "Do you know if it's on the city's vacant building registry, or has it just been boarded up?"],
    [70, 'p', 'boarded with a sign on the door'],
    [77, 'l', 'Minneapolis lists condemned and boarded properties, with any demolition orders, on its vacant buildings page: minneapolismn.gov/government/departments/regulatory-services/vacant-buildings. For the rats, report it to 311 at minneapolismn.gov/311.'],
    [83, 'l', "There's also a committee list of upcoming demolition hearings — I'll e-mail you the link when I find it. What's your e-mail?"],
    [125, 'p', 'dana.k.lind@example.com'],
    [131, 'l', 'Thanks, dana.k.lind@example.com. Was the vacant buildings page helpful?'],
    [170, 'p', 'yes thx'],
    [176, 'l', 'Anything else I can look into?'],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Bye, and thanks for using AskHCL!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' })),

  // 13 follow-up by me with no contact anywhere, unrecorded at day 4
  s(ANIKA, '13 side setback for an attached carport in Tucson (follow-up by me): tucsonaz.gov/pdsd, "I\'ll send it to you tomorrow", no contact, unrecorded at day 4', [
    [0, 'p', 'need to know setback rules for a carport on the side of my house, tucson'],
    [20, 'l', 'Hello! Anika here, librarian at Pima County Public Library.'],
    [26, 'l', 'Is it a detached carport or attached to the house, and do you know your zoning (like R-1)?'],
    [70, 'p', 'attached, i think R-1'],
    [76, 'l', "Attached carports count as part of the house, so they follow the main building setbacks in the Unified Development Code, at tucsonaz.gov/pdsd (Codes & Ordinances). The exact side setback for R-1 is in a table I'm having trouble opening; I'll send it to you tomorrow."],
    [82, 'l', 'Does the UDC page help for now?'],
    [120, 'p', 'yes thanks'],
    [125, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 14 final idle 119 s, no goodbye
  s(PIPER, '14 mold from a leak in a Washington rental: RCW 59.18.060 and atg.wa.gov at 61, nothing more, endedAt 180 (final idle 119 s)', [
    [0, 'p', 'is my landlord required to fix mold in washington state'],
    [16, 'l', "Hi, Piper with Spokane Public Library's chat reference."],
    [22, 'l', 'Is the mold from a leak or repair problem, or mostly condensation?'],
    [55, 'p', 'leak under the sink, been 2 months'],
    [61, 'l', "Washington's Residential Landlord-Tenant Act (RCW 59.18.060) makes landlords fix leaks and keep the unit fit to live in. The Attorney General's landlord-tenant page explains how to give written notice: atg.wa.gov/landlord-tenant. Does that answer your question?"],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(180) }),

  // 15 final idle exactly 180 s: a check-in, then a notice that thanks and invites back
  s(KOFI, '15 black mold in a Detroit basement apartment: BSEED by URL and phone at 56, "Are you still there?" at 146, "Looks like you\'ve disconnected … Thanks … come back anytime!" at 236 (180 s)', [
    [0, 'p', 'black mold in my basement apartment, landlord says its my fault. detroit'],
    [20, 'l', "Hey there, Kofi from Detroit Public Library's Ask a Librarian here."],
    [26, 'l', 'Do you rent from a private landlord or from the Housing Commission?'],
    [50, 'p', 'private'],
    [56, 'l', "Detroit's Buildings, Safety Engineering and Environmental Department (BSEED) inspects rentals for mold and leaks: file a complaint at detroitmi.gov/bseed or call 313-555-0190. Michigan Legal Help has a repairs toolkit for tenants at michiganlegalhelp.org. Did that help?"],
    [146, 'l', 'Are you still there?'],
    [236, 'l', "Looks like you've disconnected, so I'll close this chat now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 16 final idle 185 s to a bare notice, no check-in, no thanks
  s(LENA, '16 a basement egress window in Salt Lake City: slc.gov at 70, "It seems you\'ve disconnected; this session will now close." at 250 (185 s), no check-in, no thanks', [
    [0, 'p', 'do i need a permit to cut a basement egress window? salt lake city'],
    [22, 'l', "Hi, I'm Lena, a librarian with the Salt Lake City Public Library."],
    [28, 'l', 'Is it for a new bedroom down there, or replacing an existing window?'],
    [64, 'p', 'new bedroom'],
    [70, 'l', "Yes: cutting a new opening in a foundation wall needs a building permit, and a bedroom needs an egress window that meets the International Residential Code (section R310). SLC's permit information is at slc.gov/buildingservices. Does that help?"],
    [250, 'l', "It seems you've disconnected; this session will now close."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 "You've asked a lot of questions … That's all the time I have."
  s(GORDON, '17 no hot water, roaches and a broken window in Newark: code enforcement by phone, then "You\'ve asked a lot of questions already … That\'s all the time I have.", patron "wow ok" last', [
    [0, 'p', 'my apt has roaches, broken window, no hot water sometimes. what can i do. newark nj'],
    [25, 'l', 'Hello, Gordon at Newark Public Library.'],
    [31, 'l', 'Which problem is the most urgent for you right now?'],
    [60, 'p', 'hot water'],
    [67, 'l', 'No hot water is a violation of the state housing code. Call the Newark Division of Code Enforcement at 973-555-0110 to request an inspection. The NJ Department of Community Affairs explains tenant rights at nj.gov/dca (Landlord-Tenant Information). Is that what you were looking for?'],
    [110, 'p', 'ok and the roaches? and the window? and can i stop paying rent? and what if he evicts me'],
    [117, 'l', "You've asked a lot of questions already and I need to move on to the next person. That's all the time I have."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 18 other patrons waiting, invited back; an offer of something not yet given
  s(MEI, '18 a 10x12 storage shed in San Francisco: sf.gov/dbi, "Would you like me to look up the planning setback rules too?" (an offer), "several other patrons are waiting … come back later", patron "k" last', [
    [0, 'p', 'do i need a permit for a 10x12 shed in my backyard in SF'],
    [18, 'l', "Hi, thanks for writing in! I'm Mei, a reference librarian at San Francisco Public Library."],
    [24, 'l', 'Will the shed have electricity or plumbing?'],
    [50, 'p', 'no just storage'],
    [56, 'l', 'In San Francisco a one-story detached storage building is exempt from a building permit only up to 100 square feet; yours is 120, so it needs one. The Department of Building Inspection explains it at sf.gov/dbi (Permits > Do I need a permit?).'],
    [62, 'l', 'Would you like me to look up the planning setback rules too?'],
    [100, 'p', 'sure and also whats the fee and how long and can i do it myself and do i need drawings'],
    [107, 'l', "Those are all good questions, but several other patrons are waiting for me right now. Please come back later and we'll go through them one at a time. Thanks for understanding!"],
    [120, 'p', 'k'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 19 a transfer with a notice and an internal note that says why
  s(ELSIE, '19 a new porch in the Thomas Square district of Savannah: transfer notice + internal note why, Harlan 69 s after the notice, preservation staff by phone', [
    [0, 'p', 'how can i tell if my house is in a historic district? savannah, thinking about putting on a new porch'],
    [20, 'l', 'Good afternoon! Elsie with Live Oak Public Libraries here.'],
    [26, 'l', 'What neighborhood is the house in?'],
    [55, 'p', 'thomas square'],
    [61, 'l', "Our local history librarian, Harlan, knows the district maps well, so I'm transferring you to him. One moment, please."],
    [64, 'i', 'Harlan, patron in Thomas Square asking whether the house is in a historic district + porch rules. Local history q, can you take it?'],
    xfer(67, 'Harlan', 'harlan-g'),
    [130, 'l', 'Hi, this is Harlan, local history librarian. Thomas Square is inside a locally designated historic district, so a new porch needs a Certificate of Appropriateness from the Historic Preservation Commission. The district map and design standards are at thempc.org/historic-preservation. Call the preservation staff at 912-555-0136 before you have plans drawn. Does that answer your question?', as(HARLAN)],
    [175, 'p', 'yes perfect thats all i needed'],
    [180, 'l', 'Great — good luck with the porch, bye!', as(HARLAN)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 20 a silent transfer; the Code Department by e-mail
  s(IRIS, '20 a copy of a code inspection report in Austin: internal note only, silent transfer, Brent 95 s after the patron, the Code Department by e-mail', [
    [0, 'p', 'how do i get copies of the code inspection report the city did on my apartment last month? austin'],
    [19, 'l', "Hi, you're chatting with Iris at Austin Public Library."],
    [25, 'l', 'Do you have the case number from the inspection notice?'],
    [60, 'p', 'yes CV-2026-00412'],
    [64, 'i', 'Brent, can you take this? Austin code case records request, you wrote our open records guide.'],
    xfer(67, 'Brent', 'brent-g'),
    [155, 'l', "Hi, Brent here, also at Austin Public Library. You can look the case up by number in the Austin Code Department's case search at abc.austintexas.gov. For a full copy of the report with photos, send a public information request to the Code Department by e-mail at coderecords@austintexas.gov with your case number. Did that help?", as(BRENT)],
    [200, 'p', 'yes thanks thats all'],
    [205, 'l', 'Thanks for chatting, take care!', as(BRENT)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 21 a transfer notice with no internal note, answered 130 s later; identifies without greeting
  s(FLORA, '21 condemned buildings in Philadelphia for a class project: "Flora, librarian at …, picking this up." (no greeting), notice only, Dev 130 s after the notice, opendataphilly.org', [
    [0, 'p', 'for a class project i need a list of buildings the city condemned in the last 5 years. philly'],
    [21, 'l', 'Flora, librarian at the Free Library of Philadelphia, picking this up.'],
    [27, 'l', 'Do you need addresses only, or the reasons and dates too?'],
    [60, 'p', 'addresses and dates'],
    [66, 'l', "I'm handing you over to Dev, our government documents librarian — he'll be right with you."],
    xfer(69, 'Dev', 'dev-g'),
    [196, 'l', 'Hi, I\'m Dev, government documents librarian. The Department of Licenses and Inspections publishes its unsafe and imminently dangerous building violations as open data at opendataphilly.org (search "L&I violations"); you can filter by date and download a spreadsheet. Is that what you were looking for?', as(DEV)],
    [240, 'p', 'yes! thank you thats everything'],
    [245, 'l', 'Good luck with the project — thanks for stopping by!', as(DEV)],
  ], usual({ greeting: 'fail', informed: 'fail', transfer: 'fail' })),

  // 22 four at once
  s(OMAR, '22 a neighbour\'s 8 ft fence in Fort Worth: Accela portal, Code Compliance by URL and phone, three other chats open at once over this one (four)', [
    [0, 'p', 'neighbor built a 8 ft fence without a permit i think, how do i check? and who do i report to. fort worth tx'],
    [18, 'l', 'Good evening, this is Omar at Fort Worth Public Library. Thanks for your question!'],
    [24, 'l', 'Is the fence on the line between your yards, or in his front yard?'],
    [55, 'p', 'between our backyards'],
    [62, 'l', 'In Fort Worth, fences over 7 feet need a building permit. You can see whether one was issued by searching the address on the Accela Citizen Access portal (aca-prod.accela.com/CFW), and report a fence built without one to Code Compliance through MyFW at fortworthtexas.gov/myfw or by calling 817-555-0100. Does that help?'],
    [100, 'p', 'yes thats all i need thanks'],
    [105, 'l', 'Thank you, have a good night!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'omar-g', -60, 300), other('g2', 'omar-g', 10, 250), other('g3', 'omar-g', 30, 200)],
  }),

  // 23 Spanish; "tómese su tiempo" (no hold), 174 s waiting on the patron; three at most with touching ends
  s(ROCIO, '23 sin calefacción ni agua caliente en el Bronx (Spanish): "… tómese su tiempo." y 174 s de espera del usuario, 311 por URL, HPD Online, chats que se tocan', [
    [0, 'p', 'hola no tenemos calefaccion ni agua caliente desde el lunes, en el bronx, que hago? el super no contesta'],
    [20, 'l', 'Hola, buenas tardes. Le saluda Rocío, bibliotecaria de la Biblioteca Pública de Nueva York.'],
    [26, 'l', '¿Es un edificio de alquiler con varios apartamentos? Si lo sabe, dígame también el nombre del dueño o de la administración; tómese su tiempo.'],
    [200, 'p', 'si son como 40 apartamentos, no se el nombre del dueño'],
    [206, 'l', 'En Nueva York la calefacción es obligatoria del 1 de octubre al 31 de mayo y el agua caliente todo el año. Llame al 311 o presente la queja en línea en portal.311.nyc.gov (también en español); Vivienda (HPD) mandará un inspector. El dueño registrado del edificio se busca en HPD Online: hpdonline.nyc.gov. ¿Le ayuda esto?'],
    [250, 'p', 'si gracias, es todo'],
    [255, 'l', '¡Que se resuelva pronto! Gracias por escribir.'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'rocio-g', -300, 0), other('r2', 'rocio-g', -100, 120), other('r3', 'rocio-g', 100, 400), other('r4', 'rocio-g', 260, 500)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (code enforcement macro): coded Practice, every check na', [
    [0, 'p', 'test: code enforcement macro'],
    [6, 'l', 'Testing the unsafe housing macro: example.gov/code-complaints'],
    [12, 'p', 'link ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a true Lost Call: greeting, check-in, a notice that thanks and invites back (198 s)
  s(QUINN, '25 a lead paint inspection for a Cleveland rental with a toddler (emoji, Lost Call): greeting at 22, "are you still with me?" at 145, notice with thanks at 220 (198 s)', [
    [0, 'p', 'how do i get the city to inspect my rental for lead paint?? i have a toddler 😟 cleveland'],
    [22, 'l', 'Hi there! Quinn here, a librarian with Cuyahoga County Public Library.'],
    [145, 'l', 'Hello, are you still with me?'],
    [220, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Please come back anytime, and thanks for writing!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Lost Call after two patron messages; the patron left; a plain goodbye 240 s after the answer
  s(VERA, '26 a rental registration inspection in Pittsburgh: hold, answer at 160, patron left at 200, "Thanks for chatting, goodbye." at 400 (240 s, no check-in or notice), coded Lost Call', [
    [0, 'p', 'my landlord says i have to let the city inspector in tomorrow, do i have to be home? pittsburgh'],
    [24, 'l', 'Hello, Vera from Carnegie Library of Pittsburgh here.'],
    [30, 'l', "Is this the city's rental registration inspection, or one you asked for?"],
    [62, 'p', 'the rental registration one i think'],
    [68, 'l', 'Let me look that up for you.'],
    [160, 'l', "Pittsburgh's rental registration program lets inspectors check units after the landlord gives the tenant notice; you don't have to be home. Details are at pittsburghpa.gov/pli/rental-registration. Does that help?"],
    left(200),
    [400, 'l', 'Thanks for chatting, goodbye.'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 code null; the library's own desk by street address; an inspection line by phone
  s(YARA, '27 a final deck inspection in Nashville: ePermits and the inspection line by phone, codes.iccsafe.org, "visit them at 615 Church Street", "Does this completely answer your question?", code null', [
    [0, 'p', 'how do i schedule a final inspection for my deck permit in nashville, and where can i read the actual code?'],
    [20, 'l', 'Hi! Yara at Nashville Public Library, happy to help.'],
    [26, 'l', 'Was the permit issued by Metro Codes, and do you have the permit number handy?'],
    [58, 'p', 'yes metro codes, have the number'],
    [64, 'l', "Inspections are requested online in the Metro Codes ePermits portal at epermits.nashville.gov, or by calling the inspection request line at 615-555-0170. Nashville uses the 2018 International Residential Code; a free read-only copy is at codes.iccsafe.org, and our Main Library's Business & Government desk has print copies — you can visit them at 615 Church Street."],
    [70, 'l', 'Does this completely answer your question?'],
    [110, 'p', "yes, thank you, that's all I needed"],
    [116, 'l', "You're welcome, good luck with the inspection — bye!"],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 28 Spanish; no provider ever joined; Lost Call with one patron message
  s(NOBODY, '28 ratas y goteras en Houston (Spanish): nadie contestó, una línea de la cola, el usuario se fue, Lost Call con un solo mensaje', [
    [0, 'p', 'buenas, como denuncio a mi casero porque hay ratas y goteras? estoy en houston'],
    waiting(4),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no codes in the source; a text promise, phone read back, "by Thursday afternoon"
  s(HUGO, '29 the status of a code complaint about a collapsed roof in Sacramento (no codes in the source): case search, "text you … by Thursday afternoon", phone read back', [
    [0, 'p', 'i filed a complaint w code enforcement 3 wks ago about my neighbors collapsed roof and nothing happened. can i check the status?? sacramento'],
    [19, 'l', "Good morning! I'm Hugo, a librarian with Sacramento Public Library."],
    [25, 'l', 'Do you have the complaint or case number they gave you?'],
    [60, 'p', 'no i did it by phone and lost it'],
    [66, 'l', "You can still search by address in the city's code enforcement case lookup at cityofsacramento.gov/cdd/code-compliance (Case Search). I'll also ask our government info desk whether there's a way to get the number back, and text you what I learn by Thursday afternoon. What number should I text?"],
    [110, 'p', '916-555-0184'],
    [116, 'l', 'Thanks — I have 916-555-0184. Does the case search work for you?'],
    [160, 'p', 'yes found it, it says open. thats all thx'],
    [166, 'l', 'Great! Thanks for chatting, bye.'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 30 a patron's "hello??" inside a 125 s wait (no restart); code ""
  s(ZEKE, '30 painting brick in Denver\'s Baker historic district: patron answers at 60, "hello??" at 120, the answer at 185 (125 s), denvergov.org/landmark, code ""', [
    [0, 'p', 'can i paint the brick on my house if its in a historic district? denver, baker neighborhood'],
    [20, 'l', "Hi there, Zeke from Denver Public Library's Ask Us chat."],
    [26, 'l', 'Is the house a designated landmark itself, or just inside the Baker historic district?'],
    [60, 'p', 'just in the district'],
    [120, 'p', 'hello??'],
    [185, 'l', 'Sorry for the delay! Painting unpainted brick in a Denver historic district needs design review from Landmark Preservation, because paint traps moisture and is hard to remove. The guidelines are at denvergov.org/landmark (Design Guidelines for Denver Landmark Structures and Districts). Is that what you needed?'],
    [230, 'p', 'yes ty, thats all'],
    [236, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundCode.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: building code enforcement and unsafe housing, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundCode.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundCode.filter((c) => c.name in LEFT_WHY));
});
