/**
 * Sixty-sixth round, theme HOME HEALTH HAZARDS: RADON, LEAD, MOLD AND ASBESTOS, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: radon (a Kansas test kit, a 9.2 pCi/L short-term
 * result in Ohio, winter testing in Minneapolis, a home daycare in Iowa at 5.1, whether testing is free in Colorado), lead
 * (a 1950 Baltimore rental and the disclosure rule, a toddler's blood test in Rochester in Spanish, zip-code data for a
 * Chicago school meeting in Spanish, RRP-certified window contractors in Portland, a toddler chewing a 1940 windowsill in
 * Cleveland, porch scraping and respirators, Newark's free water tests, Detroit service lines, Illinois' hazard-control
 * grants, hardware-store swab kits, an adult stained-glass maker's own blood test, a Vermont farmhouse), mold (a bathroom
 * ceiling patch, Minnesota labs, a flooded Nashville basement, an LA rental in Spanish, basement humidity), asbestos (9x9
 * floor tiles in Allegheny County, Zonolite vermiculite in Spokane, pipe wrap in Buffalo, 1950s linoleum, a neighbour's
 * demolition, a popcorn ceiling in Phoenix in Spanglish) and private wells (Dane County lead and arsenic). Every one of the
 * 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/hazards-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22 s (01), exactly 60 s (02: pass) and 61 s (03: fail); "Hello and thanks for contacting Ask Us!
 *   This is Eve, reference librarian at …" (02); Spanish "¡Buenas tardes! Le atiende Marisol, bibliotecaria de …" (03) and
 *   "Hola, buenos días. Soy Inma, bibliotecaria del servicio …" (08); "Hey there! 👋" then a question, under the screen name
 *   "AskDesk" (04: names no one, fail); "Hiya! 🙂" + "I'm Ella, a librarian at Vermont's Ask a Librarian service. So you
 *   want …" split over two lines (30: pass); chat-speak "hi, Dev here — librarian with Ask MN / Hennepin County Library :)"
 *   (29); `pickedUpAt` at 50 s with the first visible line at 90 (26); no provider ever joined, three patron lines, the
 *   patron leaves (25);
 *  inquiry: ownership, lease date and a child under six, insurance, patch size, crumbling or solid, county, first test,
 *   build year, disturbed or not, short- or long-term kit, DIY or hired, the child's age, scraping method, sample type, a
 *   lead service line, damage at the elbows, flood timing, language plus written notice, income, licensed daycare, what is
 *   tested; a restatement "So you want a starting point … right?" (30); the question asked only after the EPA page (28:
 *   fail);
 *  waits: a hold answered exactly 120 s later (05: pass) and 121 s later (06: fail); "Un momento, voy a buscar." answered
 *   84 s later (08); "No problem, take your time." then the patron back 300 s later, a hold at 368, a partial-result hold at
 *   478 (110 s) and the answer at 590 (112 s) (30: pass); a transfer notice answered 74 s later by the receiver (19); a
 *   silent transfer, the receiver 130 s after the patron (20: fail); a transfer notice with no internal note, answered 54 s
 *   later (21); 40 s between `pickedUpAt` and the first line (26); the patron's last line open 300 s at the end (29: does not
 *   count);
 *  endings: a Lost Call with a greeting only, "Are you still there?" 120 s later and "It looks like you've been disconnected,
 *   so I'm closing this chat. Feel free to chat back in any time!" exactly 180 s after the greeting (11: both pass); an
 *   answer then "Still there?" and the session ending 179 s after the answer (12: check-in passes, notice na, courteous
 *   fails); a goodbye 119 s after the answer (13: idle na); "Anything else …?" and a goodbye exactly 120 s after the answer
 *   with no check-in (14: idle fails); "Are you still with me?" then a goodbye exactly 180 s after the answer with no notice
 *   (15: disconnect fails); "It seems you've disconnected, so I'll be ending this session. Thanks for contacting us!" 240 s
 *   after the answer with no check-in (16: idle fails, notice passes); "That's your question for today; we only do one per
 *   chat. Goodbye." (17: dismissal); "a few other patrons waiting … Please chat back in later … or call our reference desk"
 *   (18: allowed); "Happy to help!" as the last line (10: neither thanks, goodbye nor invitation: courteous fails); the
 *   patron's "ya perfect ok thats everything, bye" as the last line (29: courteous fails, anything passes); goodbyes "Take
 *   care, and thanks for writing in!", "Bye!", "You're welcome, have a good evening!", "Thank you, talk soon!", "¡Gracias a
 *   usted! Que le vaya bien en la reunión.", "Thank you for waiting!", "Take care, bye now."; patron-side "thats all i
 *   need", "eso es todo", "es todo", "thats everything", "no thats it thanks", and "ya thx 👍", "yes thx", "kind of,
 *   thanks", "yep" that do not count;
 *  sources: kansasradonprogram.org, epa.gov pages (lead disclosure, mold, radon, vermiculite, RRP, test kits, mold course),
 *   health.ny.gov, alleghenycounty.us, slh.wisc.edu, chicagohealthatlas.org, odh.ohio.gov, oregon.gov/ccb, cdc.gov,
 *   aihaaccreditedlabs.org, a Newark replacement-program domain, dol.ny.gov, detroitmi.gov, fema.gov, housing.lacity.gov and
 *   courts.ca.gov, dph.illinois.gov, legis.iowa.gov and hhs.iowa.gov, health.state.mn.us, mde.maryland.gov,
 *   maricopa.gov, healthvermont.gov; none (27: an answer from memory and a county office named without a contact);
 *  referrals: MDE's lead program by phone (02); the Monroe County health department's lead program by phone, in Spanish
 *   (03); Allegheny County's air quality program by phone (05); "ask your pediatrician" with no contact (12: fail); the
 *   library's own reference desk by phone (18); LAHD by phone and URL, in Spanish (19); "report it to the county's
 *   environmental protection office" with no contact (27: fail); a business librarian consulted on the patron's behalf (07)
 *   and a branch that will call the patron (08) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done exactly 72 h after the end (07: pass); FU_LIB
 *   in Spanish, phone read back as a question, "antes del miércoles", done 72 h + 1 s after the end (08: fail); a promise
 *   to e-mail "by tomorrow" with the e-mail read back, coded Answered (09: code fails, contact passes, on_time pending);
 *   FU_ME with "I'll … send it along" and no e-mail, phone or time anywhere (10: code and contact fail, on_time pending);
 *  codes: a true Lost Call (11); Lost Call with two patron lines (12: fail); null with no provider (25); an empty string (26);
 *   Practice (24);
 *  transfers: a notice (a hold) in Spanish and an internal note that says why (19: pass); an internal note only (20: fail);
 *   a visible notice and no internal note (21: fail);
 *  concurrency: three others open across the session, four at once (22: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Did that cover what you needed?", "Would that work for you?", "Does that get you started?", "Does that give you a place
 *   to start?", "¿Le sirve esta información?", "that help?" ask whether what was given meets the need; "Would you like me to
 *   find a list of certified mitigators too?" offers something not yet given and does not (21);
 * - "Happy to help!" neither thanks the patron, says goodbye nor invites them back (10: courteous fails); "You're welcome,
 *   have a good evening!" and "Thank you for waiting!" do (06, 21);
 * - "ask your pediatrician" tells the patron to ask a person outside the chat (a referral, 12), no way to reach given;
 *   "report it to the county's environmental protection office" tells the patron to contact an office (27); "I want to check
 *   the current status with our business librarian" is staff consulted on the patron's behalf (07: na); "la sucursal de su
 *   biblioteca puede conseguirle la tabla" followed by the branch calling the patron tells her to contact no one (08: na);
 *   "A certified risk assessor with an XRF gun gives a firm answer" and "New York requires a certified asbestos inspector"
 *   describe, they do not tell the patron to contact anyone (22, 16: na);
 * - a follow-up recorded exactly 72 h after the end is "within `followUpHours`" (07: pass); one second more is not (08);
 * - "No problem, take your time." is not a hold (Terms), so the 300 s after it is waiting on the patron (30);
 * - the Lost Call's greeting (11) is not substantive, so its final idle starts there and ends at the notice that invites back.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; the whole file copied
 * aside to /tmp/hazards-labels.ts before anything ran).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0 (no disagreement to reread RUBRIC.md for; no label was
 * changed after the run).
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check scored as labelled on the first run: pickup at 22, exactly 60 (pass) and 61 s (fail), by `pickedUpAt`
 * (50 s, first line at 90), no provider; keep_informed spans of exactly 120 s (pass), 121 s (fail), 130 s across a silent
 * transfer (fail), 74 and 54 s across announced transfers, 110 and 112 s across a hold and a partial-result hold, 300 s after
 * "take your time" (waiting on the patron) and 300 s open at the end (not counted); final idles of 119 s (na), exactly 120 s
 * (idle fails), 179 s (check-in passes, notice na), exactly 180 s twice (the Lost Call: both pass; 15: notice fails) and
 * 240 s (notice without check-in); concurrency at four and at touching ends; on_time done exactly 72 h after the end (pass),
 * 72 h + 1 s (fail), pending at day 1 twice. The redaction equality of describeSessions holds for every case (patron e-mails
 * typed and read back, a patron phone read back as a question in Spanish, agency and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waiting = (sec: number): Line => [sec, 's', 'All librarians are helping others right now. Your chat is in the queue.'];

const DANA: Prov = { id: 'dana-h', name: 'Dana', library: 'TSCPL' };
const EVE: Prov = { id: 'eve-h', name: 'Eve', library: 'BCPL-MD' };
const MARISOL: Prov = { id: 'marisol-h', name: 'Marisol', library: 'RPL-NY' };
const ASKDESK: Prov = { id: 'askdesk-h', name: 'AskDesk', library: 'SCL' };
const FRANK: Prov = { id: 'frank-h', name: 'Frank', library: 'CLP' };
const GRACE: Prov = { id: 'grace-h', name: 'Grace', library: 'MPL-WI' };
const HUGO: Prov = { id: 'hugo-h', name: 'Hugo', library: 'SCLD' };
const INMA: Prov = { id: 'inma-h', name: 'Inma', library: 'CPL-IL' };
const JAY: Prov = { id: 'jay-h', name: 'Jay', library: 'CML' };
const KIT: Prov = { id: 'kit-h', name: 'Kit', library: 'MCL-OR' };
const LOU: Prov = { id: 'lou-h', name: 'Lou', library: 'DPL-CO' };
const MAE: Prov = { id: 'mae-h', name: 'Mae', library: 'CPL-OH' };
const NED: Prov = { id: 'ned-h', name: 'Ned', library: 'HCLS' };
const OONA: Prov = { id: 'oona-h', name: 'Oona', library: 'HCL-MN' };
const PIA: Prov = { id: 'pia-h', name: 'Pia', library: 'NPL-NJ' };
const QUENTIN: Prov = { id: 'quentin-h', name: 'Quentin', library: 'BECPL' };
const RAY: Prov = { id: 'ray-h', name: 'Ray', library: 'DPL-MI' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'NPL-TN' };
const TESS: Prov = { id: 'tess-h', name: 'Tess', library: 'LACL' };
const UMBERTO: Prov = { id: 'umberto-h', name: 'Umberto', library: 'LACL' };
const VERA: Prov = { id: 'vera-h', name: 'Vera', library: 'IAL' };
const WILL: Prov = { id: 'will-h', name: 'Will', library: 'IAL' };
const XAN: Prov = { id: 'xan-h', name: 'Xan', library: 'DMPL' };
const YARA: Prov = { id: 'yara-h', name: 'Yara', library: 'SLI' };
const ZED: Prov = { id: 'zed-h', name: 'Zed', library: 'ACL' };
const ABBY: Prov = { id: 'abby-h', name: 'Abby', library: 'SLCL' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'AACPL' };
const BEN: Prov = { id: 'ben-h', name: 'Ben', library: 'JPL' };
const CARMEN: Prov = { id: 'carmen-h', name: 'Carmen', library: 'PPL-AZ' };
const DEV: Prov = { id: 'dev-h', name: 'Dev', library: 'HCL-MN' };
const ELLA: Prov = { id: 'ella-h', name: 'Ella', library: 'VTLIB' };

const s = session;

export const HAZARDS: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Kansas radon test kit: "Good morning! You\'ve got Dana", own or rent, kansasradonprogram.org, "thats all i need"', [
    [0, 'p', 'hi, saw on the news that kansas gives out radon test kits?? how do i get one. we live in topeka'],
    [22, 'l', "Good morning! You've got Dana, a librarian at Topeka & Shawnee County Public Library."],
    [27, 'l', 'Happy to help with that. Is it a house you own, or are you renting?'],
    [70, 'p', 'own it, built 1978, we have a basement'],
    [78, 'l', "The state radon program is run by Kansas State University, and you can order a low-cost kit online from them at kansasradonprogram.org. Their instructions say to put it on the lowest lived-in level, so your basement if you use it."],
    [84, 'l', 'Did that cover what you needed?'],
    [130, 'p', 'yes perfect, thats all i need. ty!!'],
    [136, 'l', 'Take care, and thanks for writing in!'],
  ], usual()),

  // 02 pickup exactly 60 s; MDE's lead program by phone
  s(EVE, '02 landlord and lead paint in a 1950 Baltimore rental: pickup at exactly 60 s, EPA disclosure page, MDE by phone', [
    [0, 'p', 'My landlord says he doesnt have to tell me about lead paint. Apartment is from 1950. Is that true?'],
    [60, 'l', 'Hello and thanks for contacting Ask Us! This is Eve, reference librarian at Baltimore County Public Library.'],
    [66, 'l', 'Did you sign the lease recently, and is there a child under six living with you?'],
    [120, 'p', 'signed in august. my daughter is 2'],
    [127, 'l', 'For any home built before 1978, federal law makes the landlord disclose known lead paint and hand you the EPA pamphlet "Protect Your Family From Lead in Your Home" before you sign; the rule and the pamphlet are at epa.gov/lead/real-estate-disclosure. Maryland goes further: pre-1978 rentals must be registered and inspected. To check your unit, call the Maryland Department of the Environment\'s Lead Poisoning Prevention Program at 410-537-4199.'],
    [133, 'l', 'Is that what you were looking for?'],
    [180, 'p', 'yes thank you'],
    [185, 'l', 'Can I help you find anything else today?'],
    [210, 'p', 'no'],
    [214, 'l', 'Thanks for chatting with us. Bye!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish, pickup 61 s
  s(MARISOL, '03 prueba de plomo en la sangre para un niño de 1 año en Rochester (Spanish): pickup at 61 s, Medicaid asked, county lead program by phone', [
    [0, 'p', 'hola buenas tardes, mi hijo tiene 1 año y la clinica me dijo que le hagan la prueba de plomo en la sangre, es gratis? vivimos en Rochester NY'],
    [61, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria de la Biblioteca Pública de Rochester.'],
    [67, 'l', '¿Su hijo tiene Medicaid o Child Health Plus, o algún otro seguro?'],
    [120, 'p', 'si tiene medicaid'],
    [126, 'l', 'En Nueva York la ley pide la prueba de plomo a los 1 y a los 2 años, y Medicaid la cubre sin costo. La información en español está en health.ny.gov/environmental/lead (elija "Español"). Si tiene dudas, llame al programa de plomo del Departamento de Salud del Condado de Monroe al 585-753-5087.'],
    [133, 'l', '¿Le sirve esta información?'],
    [190, 'p', 'si mucho, eso es todo gracias'],
    [196, 'l', '¡Con gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 greets, names no one
  s(ASKDESK, '04 black spots on a bathroom ceiling (emoji): "Hey there! 👋" under the screen name "AskDesk", patch size asked, EPA mold guide', [
    [0, 'p', 'theres black stuff growing on my bathroom ceiling 😩 is it toxic mold?? how do i get rid of it'],
    [14, 'l', 'Hey there! 👋'],
    [20, 'l', 'How big is the patch, roughly? Bigger than a doormat?'],
    [50, 'p', 'nah like size of a dinner plate lol'],
    [57, 'l', 'At that size you can usually clean it yourself: scrub with detergent and water, dry it completely, and fix the moisture (run the fan!). EPA\'s "A Brief Guide to Mold, Moisture, and Your Home" walks through it: epa.gov/mold.'],
    [62, 'l', 'does that help?'],
    [90, 'p', 'ya thx 👍'],
    [95, 'l', 'anything else?'],
    [110, 'p', 'nope'],
    [113, 'l', 'Bye!'],
  ], usual({ greeting: 'fail' })),

  // 05 a hold answered exactly 120 s later
  s(FRANK, '05 9x9 floor tiles under carpet in a 1962 Pittsburgh house: hold at 76 answered at exactly 196 (120 s), county air quality program by phone', [
    [0, 'p', 'pulled up carpet in our 1962 house and theres 9x9 black tiles underneath. my uncle says asbestos. can we just rip them up ourselves?'],
    [18, 'l', 'Hi, Frank with the Carnegie Library of Pittsburgh reference team here.'],
    [24, 'l', 'Before anything else: are the tiles cracked or crumbling, or still solid? And is the house in Allegheny County?'],
    [70, 'p', 'solid mostly, yes allegheny'],
    [76, 'l', 'Let me check what the county requires from homeowners, one moment.'],
    [196, 'l', "Thanks for your patience. Tiles that size from that era often contain asbestos, and only a lab test of a sample can tell. The Health Department's asbestos rules for homeowners are at alleghenycounty.us/asbestos. If you want to ask before you start, call the Health Department's air quality program at 412-578-8103."],
    [202, 'l', 'Does that answer your question?'],
    [250, 'p', 'yeah, guess we wont rip them up lol. thats all i needed'],
    [256, 'l', 'Good call! Thanks for chatting, good luck with the floors.'],
  ], usual({ referral: 'pass' })),

  // 06 a hold answered 121 s later
  s(GRACE, '06 first test of a private well in Dane County (lead, arsenic): "One sec while I check …" answered 121 s later, slh.wisc.edu', [
    [0, 'p', 'We just bought a house with a private well in Dane County. How do I get the water tested for lead and arsenic?'],
    [30, 'l', 'Hi there! Grace from Madison Public Library Ask a Librarian.'],
    [36, 'l', 'Has the well ever been tested, as far as you know, or is this the first time?'],
    [80, 'p', 'seller didnt have any records so first time'],
    [86, 'l', 'One sec while I check which lab handles private wells.'],
    [207, 'l', 'The Wisconsin State Laboratory of Hygiene sells private well kits, including a homeowner package for lead and arsenic; order at slh.wisc.edu (Environmental Health > Private Well Testing). The DNR guide "Tests for Drinking Water from Private Wells" explains which tests to pick.'],
    [213, 'l', 'Would that work for you?'],
    [260, 'p', 'yes great'],
    [266, 'l', 'Anything else I can look up?'],
    [290, 'p', 'no thats it thanks'],
    [294, 'l', "You're welcome, have a good evening!"],
  ], usual({ informed: 'fail' })),

  // 07 follow-up by me, e-mail read back, "by Thursday afternoon", done exactly 72 h after the end
  s(HUGO, '07 Zonolite vermiculite in a 1955 attic (follow-up by me): e-mail read back, "by Thursday afternoon", done exactly 72 h after the end', [
    [0, 'p', 'Our attic has that gray-brown pebbly insulation. Someone told me it might be Zonolite with asbestos. Is there a trust fund that pays for removal?'],
    [25, 'l', 'Good afternoon, this is Hugo, a librarian with Ask a Librarian at Spokane County Library District.'],
    [31, 'l', 'Do you know roughly when the house was built, and is the insulation disturbed anywhere (an open hatch, holes in the ceiling)?'],
    [90, 'p', 'built 1955. its just sitting there, hatch is closed'],
    [96, 'l', "EPA's vermiculite page says to leave it undisturbed and not to sample it yourself: epa.gov/asbestos/protect-your-family-exposure-asbestos (Vermiculite Insulation). The Zonolite trust's claim rules changed a few years ago, and I want to check the current status with our business librarian before I tell you something wrong."],
    [102, 'l', 'I can e-mail you what I find. What address should I use?'],
    [150, 'p', 'sure its m.okafor.home@example.net'],
    [156, 'l', 'Thanks, that is m.okafor.home@example.net. You will have it by Thursday afternoon.'],
    [162, 'l', 'Does the EPA page help for now?'],
    [200, 'p', 'yes it does'],
    [205, 'l', 'Anything else for today?'],
    [230, 'p', 'no, thanks so much'],
    [235, 'l', 'Thank you, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(240 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 08 Spanish, follow-up by the patron's library by phone, done 72 h + 1 s after the end
  s(INMA, '08 niños con plomo alto por código postal 60623 (Spanish, follow-up by patron\'s library): phone read back "¿Es el …?", "antes del miércoles", done 72 h + 1 s after the end', [
    [0, 'p', 'Hola. Necesito saber cuantos niños salieron con plomo alto en mi código postal 60623 en Chicago. Es para una reunión de padres de la escuela'],
    [20, 'l', 'Hola, buenos días. Soy Inma, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Chicago.'],
    [26, 'l', '¿Para cuándo necesita los datos? ¿Y le sirven cifras por área comunitaria (La Villita / South Lawndale) o tienen que ser por código postal?'],
    [90, 'p', 'la reunion es el jueves. por codigo postal mejor'],
    [96, 'l', 'Un momento, voy a buscar.'],
    [180, 'l', 'El Chicago Health Atlas tiene el porcentaje de niños con plomo elevado por área comunitaria: chicagohealthatlas.org (busque "lead"). Por código postal, los datos salen en un informe anual del Departamento de Salud Pública de Illinois; la sucursal de su biblioteca puede conseguirle la tabla. ¿Me da un teléfono o correo para que le llamen?'],
    [240, 'p', 'mi cel es 773-555-0182'],
    [246, 'l', '¿Es el 773-555-0182? Le llamarán de la biblioteca antes del miércoles.'],
    [270, 'p', 'si correcto'],
    [276, 'l', 'Mientras tanto, ¿le sirve el Health Atlas?'],
    [320, 'p', 'si, gracias. es todo'],
    [326, 'l', '¡Gracias a usted! Que le vaya bien en la reunión.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(331 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 09 a promise to e-mail "by tomorrow", coded Answered
  s(JAY, '09 a 9.2 pCi/L short-term radon result in Ohio: "e-mail you what I find by tomorrow", e-mail read back, coded Answered', [
    [0, 'p', 'got a radon result of 9.2 pCi/L from a home test. how much does mitigation cost and who does it in Ohio?'],
    [15, 'l', 'Hi! This is Jay at the Columbus Metropolitan Library, here to help.'],
    [21, 'l', 'Was that a short-term kit (2-7 days) or a long-term one?'],
    [60, 'p', 'short term, 3 days'],
    [66, 'l', 'With a short-term result that high, EPA suggests a second test to confirm before fixing anything; the steps are in EPA\'s "A Citizen\'s Guide to Radon" (epa.gov/radon). Ohio licenses radon mitigation contractors, and the Ohio Department of Health keeps the list at odh.ohio.gov (search "radon licensee").'],
    [72, 'l', "For typical costs, I'll check a couple of consumer reports in our databases and e-mail you what I find by tomorrow. What's your e-mail?"],
    [110, 'p', 'dwalters88@example.com'],
    [116, 'l', 'Got it, dwalters88@example.com. Is the guide what you needed for now?'],
    [150, 'p', 'yep'],
    [155, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 10 coded follow-up by me, no contact and no time anywhere; "Happy to help!" last
  s(KIT, '10 replacing 1920 windows in Portland, RRP firms (follow-up by me): "send it along" with no e-mail, phone or time, "Happy to help!" last', [
    [0, 'p', 'need to replace original windows in a 1920 house in Portland OR. do i need a special contractor because of lead paint'],
    [20, 'l', 'Hello, Kit with Multnomah County Library here.'],
    [26, 'l', 'Are you doing the work yourself or hiring someone?'],
    [55, 'p', 'hiring someone'],
    [61, 'l', "Then it has to be an RRP-certified firm (EPA's Renovation, Repair and Painting rule); in Oregon the lead-based paint license comes from the Construction Contractors Board, and you can look a firm up at oregon.gov/ccb. I'll also track down the Oregon Health Authority's lead-safe checklist for homeowners and send it along."],
    [67, 'l', 'Does that get you started?'],
    [100, 'p', 'yes thx'],
    [104, 'l', 'Happy to help!'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 11 a true Lost Call at the thresholds
  s(LOU, '11 is radon testing free in Colorado (Lost Call): greeting only, "Are you still there?" 120 s later, notice + invitation back exactly 180 s after the greeting', [
    [0, 'p', 'is radon testing free in colorado'],
    [15, 'l', 'Hi, this is Lou at Denver Public Library.'],
    [135, 'l', 'Are you still there?'],
    [195, 'l', "It looks like you've been disconnected, so I'm closing this chat. Feel free to chat back in any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call after two patron lines; final idle 179 s with a check-in
  s(MAE, '12 a toddler chewed a 1940 windowsill (Lost Call, two patron lines): "ask your pediatrician", "Still there?", session ends 179 s after the answer', [
    [0, 'p', 'my kid chewed on a windowsill in our old house is that dangerous'],
    [30, 'l', "Hello, you're chatting with Mae, a librarian at Cleveland Public Library."],
    [36, 'l', 'Oh no. How old is your child, and do you know about when the house was built?'],
    [80, 'p', '18 months, house is like 1940'],
    [86, 'l', "Paint in a house that old very likely has lead, and the CDC advises a blood lead test for any child who may have swallowed paint chips, so ask your pediatrician about one. The CDC's page for parents is cdc.gov/lead-prevention. Does that help?"],
    [186, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(265) }),

  // 13 goodbye 119 s after the answer
  s(NED, '13 a respirator for scraping a 1930 porch: answer + "Does that help?" at 66, goodbye at 185 (final idle 119 s)', [
    [0, 'p', 'what kind of mask do i need to scrape old paint off my porch (house built 1930)'],
    [20, 'l', 'Hi! Ned from Ask Us Now, Howard County Library System.'],
    [26, 'l', 'Are you planning to dry-scrape, or use a heat gun?'],
    [60, 'p', 'scrape + sand probably'],
    [66, 'l', 'Then a dust mask is not enough: use a respirator rated N100 or P100, mist the surface first, and skip dry sanding. It\'s all in EPA\'s "Steps to Lead Safe Renovation, Repair and Painting" booklet at epa.gov/lead. Does that help?'],
    [185, 'l', 'Thanks for contacting Ask Us Now, take care!'],
  ], usual({ anything: 'fail' })),

  // 14 goodbye exactly 120 s after the answer, no check-in
  s(OONA, '14 labs that test mold in Minnesota: answer at 56, "Anything else …?" at 116, goodbye at 176 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'Is there a list of labs that test mold samples in Minnesota?'],
    [12, 'l', 'Good morning! This is Oona, reference librarian at Hennepin County Library.'],
    [18, 'l', 'Are you thinking of air samples, or a piece of the moldy material itself?'],
    [50, 'p', 'a piece of drywall'],
    [56, 'l', "The Minnesota Department of Health actually advises against testing in most cases, since the cleanup is the same whatever the species: health.state.mn.us/communities/environment/air/mold. If you still want a lab, AIHA's accredited lab directory at aihaaccreditedlabs.org filters by Environmental Microbiology. Is that what you needed?"],
    [116, 'l', 'Anything else I can help with today?'],
    [176, 'l', 'Thank you for chatting with Hennepin County Library. Goodbye!'],
  ], usual({ idle: 'fail' })),

  // 15 check-in, goodbye exactly 180 s after the answer, no notice
  s(PIA, '15 free lead water test in Newark: answer at 81, "Are you still with me?" at 201, goodbye at 261 (final idle exactly 180 s), no notice', [
    [0, 'p', 'can i get a free lead test for my water? city of Newark NJ'],
    [25, 'l', 'Hello! Pia here, a librarian with the Newark Public Library.'],
    [31, 'l', 'Do you know whether your home has a lead service line, or are you not sure?'],
    [75, 'p', 'not sure, i rent'],
    [81, 'l', 'Newark offers free water testing and lead service line replacement, renters included; the request form is at newarkleadservicelinereplacement.com.'],
    [87, 'l', 'Does that help?'],
    [201, 'l', 'Are you still with me?'],
    [261, 'l', 'Thanks for stopping by, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 16 a notice without a check-in
  s(QUENTIN, '16 white wrap on basement pipes in Buffalo: answer at 66, "It seems you\'ve disconnected, so I\'ll be ending this session. Thanks …" at 306, no check-in', [
    [0, 'p', 'how do i know if the old pipes wrapped in white stuff in my basement are asbestos'],
    [18, 'l', 'Hi, Quentin at the Ask a Librarian desk of Buffalo & Erie County Public Library.'],
    [24, 'l', 'Is the wrap damaged or flaking anywhere?'],
    [60, 'p', 'a little at the elbows'],
    [66, 'l', "You can't tell by looking; a sample has to go to a lab. New York requires a certified asbestos inspector for that, and the state's list of licensed inspectors is at dol.ny.gov/asbestos-control-program. Meanwhile, leave the damaged spots alone. Was that helpful?"],
    [306, 'l', "It seems you've disconnected, so I'll be ending this session. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 a dismissal: one question per chat
  s(RAY, '17 Detroit lead service line, then a school and Flint: "That\'s your question for today; we only do one per chat. Goodbye."', [
    [0, 'p', 'How do I find out if my water line is lead? And who pays to replace it? And does the city test for free? And what about my kids school?'],
    [20, 'l', 'Hi, Ray with Detroit Public Library.'],
    [26, 'l', "Let's start with your line. Are you a Detroit homeowner?"],
    [60, 'p', 'yes. also my kids school, and my moms house in flint'],
    [66, 'l', "Detroit's water department replaces lead service lines at no cost to homeowners; check your address at detroitmi.gov/dwsd (Lead Service Line Replacement)."],
    [72, 'p', 'ok and the school? and flint?'],
    [80, 'l', "That's your question for today; we only do one per chat. Goodbye."],
    [95, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 18 other patrons waiting, a way back, the reference desk by phone
  s(SAM, '18 a flooded Nashville basement, a list of mold questions: "a few other patrons waiting … chat back in later, or call our reference desk at 615-862-5800"', [
    [0, 'p', 'hi i have a bunch of questions about mold after our basement flooded'],
    [22, 'l', "Hi! Welcome to Ask a Librarian, I'm Sam at Nashville Public Library."],
    [28, 'l', 'Sorry about the flood! Is the water out now, and when did it happen?'],
    [60, 'p', 'pumped out yesterday. how fast do we need to dry stuff before mold starts'],
    [66, 'l', 'Within 24 to 48 hours, per CDC and FEMA. FEMA\'s "Dealing with Mold and Mildew in Your Flood Damaged Home" is at fema.gov (search "mold flood"). Did that answer it?'],
    [100, 'p', 'yes. next: can we keep the carpet, is insurance gonna pay, what about the drywall, can my asthma kid be in the house'],
    [108, 'l', "There are a few other patrons waiting for me right now, so I'll have to wrap up here. Please chat back in later for the rest, or call our reference desk at 615-862-5800 and they can go through the list with you."],
    [130, 'p', 'ok thanks'],
    [134, 'l', 'Thanks for understanding, and good luck with the cleanup!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 19 partly Spanish: a transfer announced, an internal note that says why
  s(TESS, '19 moho en un apartamento de Los Ángeles (partly Spanish): transfer notice in Spanish + internal note why, Umberto 74 s after the notice, LAHD by phone and URL', [
    [0, 'p', 'hi, my apartment has mold everywhere and landlord wont fix it. que puedo hacer? im in los angeles'],
    [20, 'l', 'Hi, Tess here at LA County Library, thanks for reaching out. ¡Hola!'],
    [26, 'l', '¿Prefiere que sigamos en español o en inglés? And have you told the landlord in writing yet?'],
    [70, 'p', 'español por favor. le mandé mensajes de texto nada más'],
    [76, 'l', 'Le voy a transferir a mi colega Umberto, que atiende preguntas de vivienda en español. Un momento, por favor.'],
    [79, 'i', 'Umberto, can you take this? Spanish-speaking tenant in LA, mold, landlord not repairing: needs code enforcement + tenant rights info.'],
    xfer(82, 'Umberto', 'umberto-h'),
    [150, 'l', 'Hola, soy Umberto, bibliotecario de LA County Library. En Los Ángeles, el moho que el dueño no repara se reporta al Departamento de Vivienda (LAHD): llame al 866-557-7368 o presente la queja en housing.lacity.gov. La guía del estado sobre los derechos de los inquilinos está en courts.ca.gov (busque "inquilinos").', as(UMBERTO)],
    [156, 'l', '¿Le ayuda esto?', as(UMBERTO)],
    [210, 'p', 'si mucho, es todo'],
    [216, 'l', '¡Gracias por comunicarse! Mucha suerte.', as(UMBERTO)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 20 a silent transfer, the receiver 130 s after the patron
  s(VERA, '20 Illinois lead hazard grants for a 1910 Peoria house: internal note only, silent transfer, Will 130 s after the patron', [
    [0, 'p', 'Does Illinois have a program that pays to fix lead paint hazards? house built 1910 in Peoria, I have a 3 yr old'],
    [20, 'l', 'Good afternoon, Vera with the Illinois Ask a Librarian service.'],
    [26, 'l', 'Do you own the house, and would you fall under an income limit? Some programs are income-based.'],
    [70, 'p', 'own it, yes low income'],
    [75, 'i', 'Will, grant programs are yours, taking this one?'],
    xfer(80, 'Will', 'will-h'),
    [200, 'l', "Hi, Will here, librarian with Ask a Librarian. The Illinois Department of Public Health's lead hazard control program funds repairs for income-eligible homeowners with young children; the application is on dph.illinois.gov (search \"lead hazard control\").", as(WILL)],
    [206, 'l', 'Is this what you were looking for?', as(WILL)],
    [250, 'p', 'yes thanks'],
    [255, 'l', 'Anything else?', as(WILL)],
    [270, 'p', 'no'],
    [274, 'l', 'Take care, bye now.', as(WILL)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 a visible transfer notice, no internal note; an offer instead of the completeness question
  s(XAN, '21 radon at 5.1 in an Iowa home daycare: visible transfer notice, no internal note, "Would you like me to find a list … too?", "Thank you for waiting!"', [
    [0, 'p', 'radon test came back 5.1 in our daycare building, home daycare in Iowa. do I have to tell parents??'],
    [15, 'l', 'Hello! Xan at Des Moines Public Library.'],
    [21, 'l', 'Is the daycare registered with the state, or informal?'],
    [50, 'p', 'registered child development home'],
    [56, 'l', "That's a regulations question, so I'm passing you to Yara, who covers state law questions. Hang on a moment."],
    xfer(60, 'Yara', 'yara-h'),
    [110, 'l', "Hi, I'm Yara, a librarian at the State Library of Iowa. I couldn't find a radon disclosure rule in Iowa's child development home rules (Iowa Administrative Code 441, chapter 110, at legis.iowa.gov), but the state radon program recommends fixing anything at 4.0 pCi/L or more: hhs.iowa.gov/radon. Would you like me to find a list of certified mitigators too?", as(YARA)],
    [160, 'p', 'sure'],
    [166, 'l', "Iowa's certified radon mitigators are listed on that same radon page. Thank you for waiting!", as(YARA)],
  ], usual({ complete: 'fail', anything: 'fail', transfer: 'fail' })),

  // 22 four at once
  s(ZED, '22 hardware-store lead swabs on old cabinets: three other chats open across this one (four at once)', [
    [0, 'p', 'are those lead test swabs from the hardware store reliable?'],
    [28, 'l', "Hi, I'm Zed, a librarian at AskColorado."],
    [34, 'l', 'What are you testing: paint, dishes, toys?'],
    [65, 'p', 'old painted kitchen cabinets'],
    [71, 'l', 'EPA recognizes only a few kits for paint (3M LeadCheck and D-Lead among them), and they can miss lead under newer layers; the list is at epa.gov/lead/lead-test-kits. A certified risk assessor with an XRF gun gives a firm answer.'],
    [77, 'l', 'Did that help?'],
    [110, 'p', 'yes, thats all i needed thanks'],
    [116, 'l', 'Glad I could help. Goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zed-h', -200, 300), other('z2', 'zed-h', 10, 200), other('z3', 'zed-h', 20, 400)],
  }),

  // 23 three at most, touching ends
  s(ABBY, '23 basement humidity and mold: one chat ending at the start, two overlapping, one starting at `endedAt` (three at most)', [
    [0, 'p', 'what humidity should i keep my house at to stop mold'],
    [10, 'l', 'Hello, Abby from the Ask Us librarians at Salt Lake County Library!'],
    [16, 'l', 'Is this for the whole house, or one damp room like a basement?'],
    [40, 'p', 'basement'],
    [46, 'l', "EPA recommends keeping indoor humidity below 60 percent, ideally 30 to 50; a cheap hygrometer tells you where you are. It's in EPA's mold course at epa.gov/mold/mold-course-chapter-2."],
    [52, 'l', 'Does that answer your question?'],
    [80, 'p', 'yep! thats everything'],
    [85, 'l', 'Great, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abby-h', -300, 0), other('a2', 'abby-h', -60, 100), other('a3', 'abby-h', 30, 300), other('a4', 'abby-h', 90, 400)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (radon script): coded Practice, every check na', [
    [0, 'p', 'test 1 2: radon kit question'],
    [5, 'l', 'hi, testing the radon macro'],
    [9, 'l', 'Radon kits: example.org/radon. Did that help?'],
    [15, 'p', 'test ok'],
    [20, 'l', 'anything else? (test)'],
    [26, 'p', 'no, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 no provider ever joined
  s(NOBODY, '25 1950s kitchen linoleum: no provider ever joined, "hello?", "anyone there", "guess not 😕", patron left, code null', [
    [0, 'p', 'does anybody know if the 1950s linoleum in my kitchen has asbestos'],
    waiting(2),
    [90, 'p', 'hello?'],
    [150, 'p', 'anyone there'],
    [200, 'p', 'guess not 😕'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 26 pickedUpAt 50 s, first line at 90; code ""
  s(ANA, '26 an adult stained-glass maker\'s own blood lead test: pickedUpAt 50 s, first line at 90, code ""', [
    [0, 'p', 'where do I get a blood lead test for myself? I do stained glass with lead came'],
    [90, 'l', 'Hi, thanks for waiting. This is Ana with the Ask Us librarians at Anne Arundel County Public Library.'],
    [96, 'l', 'Are you in Anne Arundel County, and do you have a regular doctor?'],
    [140, 'p', 'yes and yes'],
    [146, 'l', "Any doctor can order the test (a venous blood lead level). The Maryland Department of the Environment's guidance for adults who work with lead is at mde.maryland.gov (search \"adult lead\")."],
    [152, 'l', 'Did that help?'],
    [190, 'p', 'yes thx'],
    [195, 'l', 'Anything else today?'],
    [210, 'p', 'nope'],
    [214, 'l', 'Thanks for chatting with us, goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(50) }),

  // 27 no source; a county office named with no contact
  s(BEN, '27 dust from a neighbour\'s demolition: an answer from memory, "report it to the county\'s environmental protection office" (no contact, no source)', [
    [0, 'p', 'my neighbor is doing demo on his old house and theres dust blowing into my yard, could it be asbestos? what do i do'],
    [20, 'l', 'Hi, Ben at the Ask a Librarian service, Jacksonville Public Library.'],
    [26, 'l', 'Do you know how old the house is?'],
    [60, 'p', 'maybe 1960s'],
    [66, 'l', "It could be; buildings from then often have asbestos in siding, flooring or ceilings, and a demolition usually needs an asbestos survey first. You could report it to the county's environmental protection office, and they can check whether a survey was filed."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'kind of, thanks'],
    [115, 'l', 'Thanks for reaching out. Take care!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 28 partly Spanish: the question comes after the first source
  s(CARMEN, '28 popcorn ceiling en Phoenix (Spanglish): EPA page given first, then "¿Sabe en qué año se construyó la casa?"', [
    [0, 'p', 'hola quiero quitar el popcorn ceiling de mi casa, como se si tiene asbesto? I live in Phoenix'],
    [18, 'l', '¡Hola! Soy Carmen, de la Biblioteca Pública de Phoenix.'],
    [24, 'l', "La EPA explica cómo se analiza el asbesto en techos tipo 'popcorn' en su página en español: epa.gov/asbestos (Información en español)."],
    [30, 'l', '¿Sabe en qué año se construyó la casa?'],
    [80, 'p', '1975 creo'],
    [86, 'l', "Then it's worth testing before you scrape: the Maricopa County Air Quality Department has the rules for homeowners at maricopa.gov/aq (Asbestos). ¿Le sirve?"],
    [130, 'p', 'si thank u, eso es todo'],
    [136, 'l', '¡De nada! Gracias por usar la biblioteca.'],
  ], usual({ clarify: 'fail' })),

  // 29 the patron has the last word, the span after it open for 300 s
  s(DEV, '29 radon in winter in Minneapolis (chat-speak): patron "ya perfect ok thats everything, bye" last, session ends 300 s later', [
    [0, 'p', 'r radon levels higher in winter? testing this wk in minneapolis'],
    [16, 'l', 'hi, Dev here — librarian with Ask MN / Hennepin County Library :)'],
    [22, 'l', 'is it a short-term test kit (few days)?'],
    [45, 'p', 'ya 3 day one'],
    [51, 'l', "winter is actually a good time: closed windows give you the higher, more cautious reading. MDH's radon testing page has the how-to for short-term kits: health.state.mn.us/radon"],
    [57, 'l', 'that help?'],
    [90, 'p', 'ya perfect ok thats everything, bye'],
  ], usual({ courteous: 'fail' }), { endAfter: 300 }),

  // 30 split greeting, restatement, "take your time", holds every ~110 s
  s(ELLA, '30 a Vermont farmhouse with lead, asbestos siding and a well: "Hiya! 🙂" + "I\'m Ella …", restated, "take your time", holds at 368/478, answer at 590', [
    [0, 'p', 'helloooo 🙂 so we want to buy a 1890s farmhouse in vermont and the inspector flagged lead paint + maybe asbestos siding + the well. im overwhelmed lol where do i even start'],
    [20, 'l', 'Hiya! 🙂'],
    [25, 'l', "I'm Ella, a librarian at Vermont's Ask a Librarian service. So you want a starting point for the lead, asbestos and well issues before you buy the farmhouse, right?"],
    [55, 'p', 'yes exactly. hang on my realtor is calling'],
    [62, 'l', 'No problem, take your time.'],
    [362, 'p', 'ok back!! sorry'],
    [368, 'l', 'Welcome back! Bear with me while I pull the state pages together.'],
    [478, 'l', 'Still gathering: the lead part is done, checking the well testing page now.'],
    [590, 'l', "Here you go: lead (Vermont's lead law for pre-1978 housing and its Essential Maintenance Practices) at healthvermont.gov/lead; asbestos, with the list of licensed asbestos inspectors, at healthvermont.gov/asbestos; and the well, with the Health Department Laboratory's test kits, at healthvermont.gov/water."],
    [596, 'l', 'Does that give you a place to start?'],
    [650, 'p', 'yes! thank you so much, thats all i needed'],
    [656, 'l', 'You are so welcome. Good luck with the farmhouse, and thanks for chatting!'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => HAZARDS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('sixty-sixth round: home health hazards (radon, lead, mold, asbestos), checked', () => {
  describeSessions('whole sessions', HAZARDS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', HAZARDS.filter((c) => c.name in LEFT_WHY));
});
