/**
 * Sixty-third round, theme DRINKING WATER, PRIVATE WELLS AND LEAD PIPES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: private wells (a flooded basement in Frederick County, nitrate in an
 * Iowa well during a pregnancy, arsenic in Maine, a rotten-egg smell in Brownsville, coliform without E. coli in Wake County,
 * how often to test in Florida, a potability test before a Howard County closing, biosolids and PFAS near a Kent County well,
 * PFAS near the Merrimack NH plant, a well-to-septic setback in Anne Arundel), boil-water notices and main breaks (Pittsburgh,
 * Toledo, Jackson MS), lead service lines and lead tests (Chicago, Milwaukee, Newark, Cleveland kits, a Rochester landlord,
 * school fountains in Prince George's, SFPUC's 90th percentile), water bills and shut-offs (a DWSD notice, a $600 Baltimore
 * quarter, LADWP arrears), hard water and softeners (Phoenix hardness, softened water on plants), filters and fluoride (NSF
 * pitchers for PFAS, formula with fluoridated water), the consumer confidence report (Sacramento) and finding one's supplier
 * (Indianapolis). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/sixtyThirdRoundWater-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon! Amara here, reference librarian at …" (01); first provider line at exactly 60 s (02: pass) and at
 *   61 s (04: fail); `pickedUpAt` at 55 s with the first line at 70 (30: pass); "Hey there, thanks for writing in!" under the
 *   screen name RefDesk3, no name in the text (08: greeting fails); "Hello!" then "My name is Priya, I'm a librarian with …"
 *   in the next message (09: pass); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (03) and "Buenas tardes, le atiende
 *   Alma, bibliotecaria de …" (26); bilingual "¡Hola! Soy Mateo, bibliotecario de … I can help in English or Spanish." (27);
 *   chat-speak "hi! Milo from KCLS Ask a Librarian 🙂" (15); a queue line and no provider ever joined (24);
 *  inquiry: which water authority, owner or renter, bacteria or full panel, nitrate-N or nitrate, hot or cold tap, salt or
 *   potassium softener, drilled well and Critical Area, shut-off date, ZIP code; the first source given before "Do you live in a
 *   house built before 1986, by the way?" (28: fail); a Lost Call whose only provider content is a clarifying question (23:
 *   substantive, so the information checks apply: clarify passes, source/completeness/anything fail);
 *  waits: "give me a couple of minutes" answered 121 s later (05: fail); a hold answered 114 s later by a partial result that
 *   says the search goes on ("Found … still checking …, hang on"), itself answered exactly 120 s later (06: pass); "Claro,
 *   tómese su tiempo." and the patron back 186 s later (27: a wait on the patron, pass); an announced transfer answered 74 s
 *   after the notice (18); a silent transfer answered 100 s after the patron (19);
 *  endings: final idle exactly 180 s with "Are you still with me?" and "I think we've been disconnected, so I'll close this
 *   chat now. Feel free to come back anytime!" (14: both pass); exactly 120 s ending on "still there?" (15: check-in pass,
 *   notice na, courteous fails); 215 s with only "It looks like you've disconnected, so I'm closing this session." (20: idle
 *   fails, notice passes, courteous fails); a goodbye 119 s after the answer (30: na); a Lost Call idle of 314 s with a
 *   check-in and a notice that invites back (23); "you've reached the limit for this session — it's one question per chat.
 *   Ending the chat now." (16: dismissal, and the patron's "wow seriously" as the last word); "a few patrons waiting right now
 *   — please come back to the chat later" (17: allowed); patron-side "that's everything", "nah thats it", "eso es todo lo que
 *   necesitaba", "no, eso es todo", "thats all, thank you", and "yes ok", "yes great", "yes", "ok i guess", "si gracias!!" that
 *   do not count; goodbyes "Bye for now!", "Stay safe, thanks for chatting!", "¡Con gusto! Gracias por escribirnos …", "Take
 *   care, and thanks for writing in!", "Thanks for your patience — talk soon!", "Have a great day!";
 *  sources: state and county pages (mde.maryland.gov, health.frederickcountymd.gov, iowadnr.gov, des.nh.gov and its ArcGIS
 *   map, maine.gov, floridahealth.gov, epi.dph.ncdhhs.gov, michigan.gov/pfasresponse, hchealth.org, aacounty.org), utilities
 *   (pgh2o.com, leadsafechicago.org, city.milwaukee.gov, phoenix.gov, detroitmi.gov, cityofsacramento.gov,
 *   publicworks.baltimorecity.gov, toledo.oh.gov, sfpuc.gov, dcwater.com, ladwp.com, clevelandwater.com,
 *   citizensenergygroup.com), federal and other (cdc.gov, mywaterway.epa.gov, info.nsf.org, extension.colostate.edu,
 *   agrilifeextension.tamu.edu), COMAR 26.04.04; none at all (29: fail);
 *  referrals: "pedir un kit gratis … llamando al 311" (03: the City by phone); the State Hygienic Laboratory by phone (09); the
 *   LADWP customer line by phone in Spanish (27); "call the DWSD customer care line" and "your local Wayne Metro office" with no
 *   contact (07: fail); "call the City's Water Bureau" and "Legal Aid" with no contact (29: fail); "I'll ask the Health
 *   Department for you" (10: staff consulted on the patron's behalf, no referral); "pass your question to the Prince George's
 *   County Memorial Library System and a librarian there will contact you" (12: a follow-up promise, no referral);
 *  follow-ups: FU_ME, e-mail typed by the patron and read back, "by Friday", done 48 h after the end (10: pass); a promise to
 *   call back under Answered, phone read back, "talk soon" and no time (11: code and contact fail, pending); FU_LIB, phone typed
 *   by the patron in the chat, "within 72 hours", never recorded by day 4 (12: contact pass, on_time fail); FU_ME with "send it
 *   along tomorrow" and no e-mail or phone anywhere (13: code and contact fail, pending);
 *  codes: a Lost Call with one patron line (23: pass); Lost Call after five patron lines (25: fail); null with no provider
 *   (24); an empty string (30); Practice (22);
 *  transfers: visible notice + internal note that says why (18: pass); internal note only, silent transfer (19: fail);
 *  concurrency: three others open at once over this one (20: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "puede pedir un kit gratis para analizar el agua llamando al 311" tells the patron to call the City (an organisation outside
 *   the chat), and 311 is a telephone number: a referral with a phone (03: pass);
 * - "Hey there, thanks for writing in!" greets ("thanks for contacting…") but names no one, library or service, and the screen
 *   name does not count (08: fail); "Have a great day!" as a last line says goodbye (08: courteous passes);
 * - "Would that work for you?" right after an answer asks whether the information already given meets the need (29:
 *   completeness passes although no source was given; info.source is fail, not na, so completeness applies);
 * - "Found NHDES's PFAS investigation page (…); still checking whether there's a map …, hang on." gives a partial result and
 *   says the search goes on: a hold (06), so the next span is measured from it (exactly 120 s: not longer);
 * - "Claro, tómese su tiempo." tells the patron to take their time: not a hold (27);
 * - a Lost Call in which the provider asked one clarifying question has a substantive exchange ("a clarifying question counts"),
 *   and the final idle runs from the greeting (the first provider message after the patron's only line that is not a hold)
 *   to the goodbye-notice (23: 314 s);
 * - "It looks like you've disconnected, so I'm closing this session." says both parts of the notice but neither thanks, says
 *   goodbye nor invites back (20: courteous fails, the idle runs to `endedAt`);
 * - "thats all, thank you" says explicitly that the patron is done (19); "yes ok", "yes great", "ok i guess" do not;
 * - "Before Friday, call the DWSD customer care line" and "contacting your local Wayne Metro office" are referrals; Wayne Metro
 *   has no way to reach it, so 07 fails whatever the detroitmi.gov URL counts for DWSD.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 03, referral.contact). Label corrections: 0 (case 03 reread against
 *  RUBRIC's Referral and referral.contact: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: "Además puede pedir un kit gratis para analizar el agua llamando al 311." read as a referral
 *    with no way to reach the party (fail; RUBRIC pass: 311 is a phone number, "e-mail, phone, postal address or URL").
 * Every timing check (pickup at exactly 60 s, 61 s, `pickedUpAt` 55 s, no provider; keep_informed at 121 s after a hold and at
 * 114 + exactly 120 s across a partial-result hold, a take-your-time wait of 186 s, two transfers; final idles of 119, 120,
 * 180, 215 and 314 s; concurrency at four and at touching ends; on_time done at 48 h, unrecorded past the deadline, pending
 * twice) and every code (Practice, true and false Lost Call, null, "", a promise under Answered, follow-up codes with and
 * without a contact) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (a patron e-mail typed and read back, patron phones typed and read back, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 03's "llamando al 311" gives
 *   the N-1-1 line as the phone (W15) and runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const AMARA: Prov = { id: 'amara-w', name: 'Amara', library: 'FCPL-MD' };
const BEN: Prov = { id: 'ben-w', name: 'Ben', library: 'ACLA' };
const LUCIA: Prov = { id: 'lucia-w', name: 'Lucía', library: 'CPL-IL' };
const DESHAWN: Prov = { id: 'deshawn-w', name: 'DeShawn', library: 'MPL-WI' };
const FRAN: Prov = { id: 'fran-w', name: 'Fran', library: 'PPL-AZ' };
const NIALL: Prov = { id: 'niall-w', name: 'Niall', library: 'NHSL' };
const OMAR: Prov = { id: 'omar-w', name: 'Omar', library: 'DPL-MI' };
const DESK3: Prov = { id: 'refdesk3-w', name: 'RefDesk3', library: 'SPL-CA' };
const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'ICPL-IA' };
const TESS: Prov = { id: 'tess-w', name: 'Tess', library: 'HCLS' };
const VIC: Prov = { id: 'vic-w', name: 'Vic', library: 'EPFL' };
const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'AUN' };
const KAI: Prov = { id: 'kai-w', name: 'Kai', library: 'MCPL-MD' };
const JUNE: Prov = { id: 'june-w', name: 'June', library: 'TLCPL' };
const MILO: Prov = { id: 'milo-w', name: 'Milo', library: 'KCLS' };
const SID: Prov = { id: 'sid-w', name: 'Sid', library: 'OCLS' };
const WILLA: Prov = { id: 'willa-w', name: 'Willa', library: 'PPL-ME' };
const ZARA: Prov = { id: 'zara-w', name: 'Zara', library: 'AUN' };
const OWEN: Prov = { id: 'owen-w', name: 'Owen', library: 'MSLL' };
const CORA: Prov = { id: 'cora-w', name: 'Cora', library: 'WCPL-NC' };
const DEX: Prov = { id: 'dex-w', name: 'Dex', library: 'WCPL-NC' };
const ELENA: Prov = { id: 'elena-w', name: 'Elena', library: 'SFPL' };
const HUGH: Prov = { id: 'hugh-w', name: 'Hugh', library: 'DCPL' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 3', library: 'TRN' };
const PAZ: Prov = { id: 'paz-w', name: 'Paz', library: 'NPL-NJ' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'VRQ' };
const RUTH: Prov = { id: 'ruth-w', name: 'Ruth', library: 'GRPL' };
const ALMA: Prov = { id: 'alma-w', name: 'Alma', library: 'BPL-TX' };
const MATEO: Prov = { id: 'mateo-w', name: 'Mateo', library: 'LAPL' };
const YUSUF: Prov = { id: 'yusuf-w', name: 'Yusuf', library: 'CCPL-OH' };
const BECK: Prov = { id: 'beck-w', name: 'Beck', library: 'RPL-NY' };
const GINA: Prov = { id: 'gina-w', name: 'Gina', library: 'IndyPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'You are in the queue. A librarian will be with you shortly.'];

export const sixtyThirdRoundWater: SessionCase[] = [
  // 01 the plain good session
  s(AMARA, '01 a flooded basement and a private well in Frederick County, a baby at home: MDE flood page + county kit page, "that\'s everything"', [
    [0, 'p', 'hi we have a private well and the basement flooded last week. how do i get the water tested?? have a baby at home'],
    [24, 'l', 'Good afternoon! Amara here, reference librarian at Frederick County Public Libraries.'],
    [30, 'l', 'Are you in Frederick County itself, and do you want bacteria testing only or a wider panel (nitrates, lead)?'],
    [75, 'p', 'yes frederick county. bacteria mainly, after the flood'],
    [82, 'l', "After a flood the Maryland Department of the Environment says to shock-chlorinate the well first and test about a week later; its flooded-well page is at mde.maryland.gov (search 'flooded wells'). The county's bacteria sample-kit instructions and fees are on health.frederickcountymd.gov under Environmental Health > Well Water Testing. Did that cover it?"],
    [130, 'p', "perfect thank you, that's everything"],
    [136, 'l', "You're welcome, and congrats on the little one. Bye for now!"],
  ], usual()),

  // 02 pickup at exactly 60 s (chat-speak)
  s(BEN, '02 showering under a Pittsburgh boil-water advisory (chat-speak): first provider line at exactly 60 s, CDC + pgh2o.com, "nah thats it"', [
    [0, 'p', 'theres a boil water advisory for my street rn. can i still shower?? and brush teeth w tap'],
    [60, 'l', "Hi, Ben at the Allegheny County Library Association's Ask Us chat — thanks for waiting!"],
    [66, 'l', 'Was the notice from Pittsburgh Water, or from a different water authority?'],
    [100, 'p', 'pgh water yeah'],
    [108, 'l', "Showering is generally fine as long as you don't swallow the water; for brushing teeth, drinking and washing produce use water boiled for one full minute, or bottled water. The CDC's advisory guide is at cdc.gov/healthywater/emergency/drinking/drinking-water-advisories, and Pittsburgh Water posts updates on pgh2o.com. Does that answer your question?"],
    [140, 'p', 'ya ty 👍'],
    [145, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nah thats it'],
    [174, 'l', 'Stay safe, thanks for chatting!'],
  ], usual()),

  // 03 Spanish: Chicago lead service line, 311 by phone
  s(LUCIA, '03 tubería de plomo en un edificio viejo de Chicago (Spanish): "Le saluda Lucía", leadsafechicago.org, kit gratis "llamando al 311"', [
    [0, 'p', 'hola, vivo en Chicago en un edificio viejo. como sé si mi tubería de agua es de plomo? tengo niños pequeños'],
    [30, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de Chicago. Con gusto le ayudo.'],
    [36, 'l', '¿Usted es dueño del edificio o lo renta? Eso cambia un poco los pasos.'],
    [80, 'p', 'lo rentamos, somos 2 familias'],
    [88, 'l', 'La Ciudad tiene un buscador por dirección que muestra el material de la línea de servicio: leadsafechicago.org (tiene versión en español). Además puede pedir un kit gratis para analizar el agua llamando al 311.'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mucho!! eso es todo lo que necesitaba, gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y cuídense mucho.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(DESHAWN, '04 Milwaukee lead service line replacement for a 1925 duplex: 61 s pickup "sorry for the wait", city.milwaukee.gov', [
    [0, 'p', 'Does Milwaukee help pay to replace a lead pipe going into my house?'],
    [61, 'l', 'Hello, and sorry for the wait! This is DeShawn, a librarian at Milwaukee Public Library.'],
    [67, 'l', 'Do you own the home, and is it a single-family house or a duplex?'],
    [110, 'p', 'own it. duplex, built 1925'],
    [117, 'l', "Milwaukee Water Works runs a Lead Service Line Replacement Program: for owner-occupied homes the city covers most of the private side and the owner's share can be spread over the tax bill. Eligibility and sign-up are at city.milwaukee.gov/water/WaterQuality/LeadinWater. Is that what you were looking for?"],
    [160, 'p', 'yes exactly'],
    [165, 'l', 'Anything else on your mind?'],
    [190, 'p', "no, that's all"],
    [194, 'l', 'Thanks for chatting with us. Take care!'],
  ], usual({ pickup: 'fail' })),

  // 05 a hold answered 121 s later
  s(FRAN, '05 how hard is Phoenix tap water, buying a softener: "give me a couple of minutes" answered 121 s later, phoenix.gov', [
    [0, 'p', 'how hard is phoenix tap water? thinking of buying a softener'],
    [18, 'l', "Hi! Fran with Phoenix Public Library's Ask a Librarian."],
    [24, 'l', 'Do you want the hardness number itself, or advice on choosing a softener too?'],
    [55, 'p', 'the number mostly, in grains per gallon if possible'],
    [61, 'l', "I'll dig that out of the city's water quality report — give me a couple of minutes."],
    [182, 'l', "Thanks for hanging on. Phoenix's latest water quality report puts hardness at roughly 12 to 18 grains per gallon depending on the treatment plant; the report is at phoenix.gov/waterservices/waterquality. Does that help?"],
    [220, 'p', "yeah thats super hard lol. ok that's all i needed thanks"],
    [226, 'l', 'Good luck with the softener shopping, bye!'],
  ], usual({ informed: 'fail' })),

  // 06 holds 114 s and exactly 120 s apart, the second with a partial result
  s(NIALL, '06 PFAS near the Merrimack NH plant, private well: "searching NHDES now, one moment", a partial result that says the search goes on, answer exactly 120 s later', [
    [0, 'p', "is there PFAS in merrimack NH water? I keep hearing about the saint-gobain plant"],
    [22, 'l', "Hello, Niall here, a librarian at the New Hampshire State Library's chat service."],
    [28, 'l', 'Are you on Merrimack Village District water or on a private well?'],
    [60, 'p', 'private well'],
    [66, 'l', 'OK, searching NHDES for the well sampling results now, one moment.'],
    [180, 'l', "Found NHDES's PFAS investigation page (des.nh.gov, search 'Saint-Gobain PFAS'); still checking whether there's a map of the tested wells, hang on."],
    [300, 'l', "Here it is: the NHDES PFAS sampling map at nhdes.maps.arcgis.com lets you type in your address and see results for nearby wells, and the page says wells in the affected area are sampled for free. Does that answer your question?"],
    [330, 'p', 'yes wow, thank you'],
    [335, 'l', 'Is there anything else I can look into for you?'],
    [360, 'p', "no that's everything"],
    [364, 'l', 'Thanks for using the chat, take care!'],
  ], usual()),

  // 07 two referrals with no contact
  s(OMAR, '07 a DWSD shut-off notice for Friday (chat-speak): Lifeline Plan URL, "call the DWSD customer care line" and "your local Wayne Metro office" with no contact', [
    [0, 'p', 'got a shut off notice from DWSD, i cant pay the whole bill this month. what do i do. pls help'],
    [20, 'l', "Hi there, you're chatting with Omar, a librarian at Detroit Public Library."],
    [26, 'l', 'When does the notice say the water will be shut off?'],
    [55, 'p', 'friday'],
    [62, 'l', "Detroit's Lifeline Plan caps water bills by household income; the application and income limits are at detroitmi.gov/departments/water-and-sewerage-department/lifeline-plan. Before Friday, call the DWSD customer care line and ask for a payment plan, and it's worth contacting your local Wayne Metro office too, they help people with water bills."],
    [68, 'l', 'Was that helpful?'],
    [110, 'p', 'yes ok'],
    [116, 'l', 'Good luck, and thank you for reaching out!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 08 greets, names no one
  s(DESK3, '08 where is Sacramento\'s consumer confidence report: "Hey there, thanks for writing in!" under the screen name RefDesk3, "Have a great day!"', [
    [0, 'p', 'where can I find the consumer confidence report for sacramento water'],
    [15, 'l', 'Hey there, thanks for writing in!'],
    [20, 'l', 'Is your water from the City of Sacramento, or from a district like Sacramento Suburban or Cal Am?'],
    [50, 'p', 'city i think, i pay the city utility bill'],
    [56, 'l', "The City's Consumer Confidence Report (they call it the annual Water Quality Report) is at cityofsacramento.gov/utilities/water-quality, with past years archived at the bottom of the page. Does that help?"],
    [80, 'p', 'yes thank you'],
    [84, 'l', 'Anything else?'],
    [100, 'p', 'nope'],
    [104, 'l', 'Have a great day!'],
  ], usual({ greeting: 'fail' })),

  // 09 the greeting and the name in two messages; a lab by phone
  s(PRIYA, '09 nitrate 14 mg/L in an Iowa well, pregnant: "Hello!" then "My name is Priya …", Iowa DNR page, State Hygienic Laboratory by phone', [
    [0, 'p', "our well test came back nitrate 14 mg/L is that bad? i'm pregnant"],
    [25, 'l', 'Hello!'],
    [29, 'l', "My name is Priya, I'm a librarian with Iowa City Public Library. Is that 14 mg/L as nitrate-nitrogen? That's how most Iowa labs report it."],
    [70, 'p', 'it says nitrate-N yes'],
    [78, 'l', "Then it's above the federal limit of 10 mg/L, and the guidance is that pregnant people and infants shouldn't drink it. The Iowa DNR's private well page explains the numbers and the options: iowadnr.gov/environmental-protection/water-quality/private-well-program. For a retest, call the State Hygienic Laboratory at 319-555-0145."],
    [84, 'l', 'Does that answer what you were asking?'],
    [130, 'p', "yes, thank you so much. that's all i needed"],
    [136, 'l', 'Take good care, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done 48 h after the end
  s(TESS, '10 a potability test before closing on a house in Howard County (follow-up by me): "I\'ll ask the Health Department for you", e-mail read back, "by Friday", done at 48 h', [
    [0, 'p', 'does the howard county health dept still test well water for free for new owners? we close on our house in 2 weeks'],
    [28, 'l', "Hi, I'm Tess, a librarian at Howard County Library System. Congratulations on the house!"],
    [34, 'l', 'Is the well on the property part of the sale, and has the seller had it tested already?'],
    [80, 'p', 'yes its a well, seller says tested in 2021'],
    [87, 'l', "Maryland requires a potability test for some property transfers; the Health Department's well and septic page is at hchealth.org/environmental-health/well-septic. I'm not finding whether the test is free, so I'll ask the Health Department for you and e-mail you what they say. What address should I use?"],
    [130, 'p', 'jenna.park88@example.com'],
    [136, 'l', "Thanks, that's jenna.park88@example.com. You'll hear from me by Friday."],
    [141, 'l', 'Does the Health Department page help for now?'],
    [170, 'p', 'yes thanks!'],
    [176, 'l', 'Anything else before you go?'],
    [190, 'p', "no that's everything"],
    [194, 'l', 'Thanks for contacting us, and good luck with the closing!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(199 + 48 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back, phone read back, no time, coded Answered
  s(VIC, '11 a $600 Baltimore water bill for one quarter: DPW dispute page, "I\'ll find out and call you back", phone read back, no time, coded Answered', [
    [0, 'p', 'my baltimore water bill jumped to $600 for one quarter, nobody even lives in the basement apt. how do i dispute it'],
    [20, 'l', 'Hello, Vic at Enoch Pratt Free Library here.'],
    [26, 'l', 'Was it an estimated reading or an actual one? It is usually printed next to the meter reading on the bill.'],
    [70, 'p', 'says actual'],
    [76, 'l', "Baltimore City DPW explains the appeal steps and has the bill dispute form at publicworks.baltimorecity.gov/water-billing. I also want to check whether the water billing ombudsman's office takes calls yet, so I'll find out and call you back. What's a good number?"],
    [110, 'p', '410 555 0163'],
    [115, 'l', 'Got it, 410-555-0163. Does the dispute form page help meanwhile?'],
    [150, 'p', 'yeah thx'],
    [156, 'l', 'Thanks for your patience — talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library: phone typed in the chat, "within 72 hours", not recorded at day 4
  s(NORA, '12 lead results for school water fountains in Prince George\'s (follow-up by patron\'s library): phone typed by the patron, "within 72 hours", not recorded at day 4', [
    [0, 'p', "i want the lead test results for the water fountains at my kids elementary school in prince george's county. where are they"],
    [26, 'l', "Good evening, Nora with AskUsNow!, Maryland's statewide library chat, here."],
    [32, 'l', 'Which school is it? The results are posted school by school.'],
    [70, 'p', 'Rosa Parks Elementary in Hyattsville'],
    [77, 'l', "PGCPS posts its lead-in-water sampling at pgcps.org (Environmental Safety > Lead in Water). I can't see that school's latest round there yet, so I'll pass your question to the Prince George's County Memorial Library System and a librarian there will contact you within 72 hours. What's the best way to reach you?"],
    [120, 'p', 'text or call me 301-555-0177'],
    [126, 'l', "Great, I've sent it on. Is the PGCPS page useful in the meantime?"],
    [160, 'p', 'yes'],
    [165, 'l', 'Thanks for contacting AskUsNow!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me with no contact anywhere
  s(KAI, '13 which pitcher filters remove PFAS (follow-up by me): NSF certified-product search, "send it along tomorrow", no e-mail or phone anywhere', [
    [0, 'p', 'which water filter pitchers actually remove PFAS? is brita enough'],
    [19, 'l', 'Hi! Kai here, a librarian at Montgomery County Public Libraries.'],
    [25, 'l', 'Are you looking for a pitcher only, or would an under-sink filter be possible?'],
    [60, 'p', 'pitcher, i rent'],
    [66, 'l', "Look for filters certified to NSF/ANSI Standard 53 for PFOA/PFOS (or Standard 58 for reverse osmosis); you can search certified products at info.nsf.org/Certified/DWTU. I'm going to put together a short list of pitchers that carry the PFAS claim and send it along tomorrow."],
    [72, 'l', 'Does the NSF search help for now?'],
    [110, 'p', 'yes great'],
    [115, 'l', 'Wonderful, thanks for asking us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 final idle exactly 180 s: check-in, then a disconnect notice that invites back
  s(JUNE, '14 brown water after a Toledo main break: answer at 61, "Are you still with me?" at 181, "disconnected … close this chat … come back anytime" at 241 (180 s)', [
    [0, 'p', 'there was a water main break on my block in toledo this morning. is the water safe to drink now'],
    [20, 'l', "Hello, June here from Toledo Lucas County Public Library's Ask Us."],
    [26, 'l', 'Has the city put your street under a boil advisory, or did the water just go off and come back?'],
    [55, 'p', 'it went off and came back brownish'],
    [61, 'l', 'Discolored water after a main break is usually stirred-up sediment. The City of Toledo says to run the cold tap until it clears, and lists any boil advisories at toledo.oh.gov/residents/water. Does that help?'],
    [181, 'l', 'Are you still with me?'],
    [241, 'l', "I think we've been disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 final idle exactly 120 s ending on a check-in
  s(MILO, '15 is softened water bad for plants (emoji): "hi! Milo from KCLS Ask a Librarian 🙂", CSU Extension, last line "still there?" (final idle 120 s)', [
    [0, 'p', 'hey is it true that softened water is bad for plants? my husband says so lol'],
    [14, 'l', 'hi! Milo from KCLS Ask a Librarian 🙂'],
    [19, 'l', 'are you on a salt-based softener, or potassium?'],
    [40, 'p', 'salt'],
    [47, 'l', "He's partly right: sodium from a salt softener can build up in the soil over time. Colorado State University Extension has a plain fact sheet on it at extension.colostate.edu (search 'home water softeners'). A lot of people keep one outdoor tap on unsoftened water. Did that help?"],
    [140, 'l', 'still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 27 }),

  // 16 a dismissal
  s(SID, '16 how often to test a Florida well, then three more questions: "you\'ve reached the limit for this session … Ending the chat now.", patron "wow seriously"', [
    [0, 'p', 'how often should i test my well in florida'],
    [22, 'l', 'Hi, Sid at Orange County Library System.'],
    [28, 'l', 'Is it a drinking-water well, or for irrigation only?'],
    [50, 'p', 'drinking'],
    [56, 'l', 'The Florida Department of Health recommends testing a private drinking-water well at least once a year for bacteria, and after floods or repairs; its guide is at floridahealth.gov/environmental-health/private-well-testing. Does that help?'],
    [90, 'p', 'yes. and also how much do the kits cost and where do i drop them and whats a normal iron level'],
    [97, 'l', "Sorry, you've reached the limit for this session — it's one question per chat. Ending the chat now."],
    [110, 'p', 'wow seriously'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 patrons waiting, invited back
  s(WILLA, '17 arsenic 0.03 in a Maine well: Maine CDC wells page, then RO cost and state help: "a few patrons waiting … please come back to the chat later"', [
    [0, 'p', 'our well tested high for arsenic, 0.03. what kind of filter do we need? maine'],
    [25, 'l', 'Hi there, this is Willa at Portland Public Library. Sorry to hear that!'],
    [31, 'l', 'Is that result for total arsenic, and do you know if your iron is high too?'],
    [75, 'p', 'total arsenic yes, iron is normal'],
    [82, 'l', "At 0.03 mg/L (three times the 0.010 standard) Maine CDC generally points to a whole-house or reverse osmosis treatment system; its arsenic guide compares them at maine.gov/dhhs/mecdc/environmental-health/eohp/wells. Is that what you needed?"],
    [120, 'p', 'sort of. can you also tell me what RO costs, and whether the state pays for it, and about testing my neighbors well'],
    [128, 'l', "Those are good questions, but I've got a few patrons waiting right now — please come back to the chat later and one of us will take them up. Thanks for understanding!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 18 an announced transfer with an internal note that says why
  s(ZARA, '18 well-to-septic setback for a new house in Anne Arundel: "handing you over to him now, one moment" + internal note why, Owen 74 s later, COMAR', [
    [0, 'p', 'how far does a new well have to be from a septic field in anne arundel county? building a house'],
    [20, 'l', 'Hello! Zara here, a librarian with AskUsNow!'],
    [26, 'l', 'Is it a drilled well, and is the lot in the Critical Area near the bay?'],
    [60, 'p', 'drilled, not critical area'],
    [66, 'l', 'Our law library specialist Owen knows the county and state setback rules well, so I\'m handing you over to him now, one moment.'],
    [69, 'i', 'Owen, pt building in AA County, wants the well-to-septic setback for a drilled well outside the Critical Area. COMAR question, can you take it?'],
    xfer(72, 'Owen', 'owen-w'),
    [140, 'l', "Hi, Owen here, law librarian with the Maryland State Law Library. Under COMAR 26.04.04 a drilled well generally has to be at least 100 feet from a septic disposal area; the county's well permit checklist is at aacounty.org/departments/health (Well & Septic). Does that answer it?", as(OWEN)],
    [180, 'p', "yes thanks, that's all I needed"],
    [185, 'l', 'Good luck with the build, and thanks for chatting!', as(OWEN)],
  ], usual({ transfer: 'pass' })),

  // 19 a silent transfer
  s(CORA, '19 "total coliform present, E. coli absent" on a Wake County well report: internal note only, silent transfer, Dex 100 s after the patron', [
    [0, 'p', "my well report says 'total coliform: present, E. coli: absent'. what does that mean, can we drink it??"],
    [22, 'l', "Hi, I'm Cora, a librarian at Wake County Public Libraries."],
    [28, 'l', 'Is this a private well at your home, and was the sample taken from the kitchen tap?'],
    [58, 'p', 'yes home well, kitchen'],
    [63, 'i', "Dex, pt has coliform present / E. coli absent on a private well report, wants to know if it's drinkable. You did the well-water guide, can you take it?"],
    xfer(66, 'Dex', 'dex-w'),
    [158, 'l', "Hi there, Dex here, also with Wake County Public Libraries. Coliform present without E. coli means bacteria got into the system somewhere, often through the well cap or casing, not necessarily sewage; the usual advice is to shock-chlorinate and retest before drinking it. NC DHHS explains the results at epi.dph.ncdhhs.gov/oee/wellwater (Bacteria). Is that what you were looking for?", as(DEX)],
    [200, 'p', 'ok yes. thats all, thank you'],
    [205, 'l', 'Take care, and thanks for writing in!', as(DEX)],
  ], usual({ transfer: 'fail' })),

  // 20 four at once; a disconnect notice with no check-in (final idle 215 s)
  s(ELENA, '20 "lead 90th percentile 6 ppb" in the SFPUC report: three other chats open over this one (four), "It looks like you\'ve disconnected, so I\'m closing this session." at 266', [
    [0, 'p', "reading my city's water quality report and it says lead 90th percentile 6 ppb. is that ok?"],
    [18, 'l', 'Good morning, Elena at San Francisco Public Library here.'],
    [24, 'l', "Is this San Francisco's report from the SFPUC, or another city's?"],
    [50, 'p', 'sfpuc yes'],
    [56, 'l', "The 90th percentile means 90% of the homes sampled were at or below 6 ppb; the action level is 15 ppb, so it's under it, though EPA says no level of lead is entirely safe. The report has a glossary: sfpuc.gov/water-quality (Annual Water Quality Report). Does that clear it up?"],
    [266, 'l', "It looks like you've disconnected, so I'm closing this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('e1', 'elena-w', -100, 300), other('e2', 'elena-w', 30, 300), other('e3', 'elena-w', 90, 150)],
  }),

  // 21 three at most, touching ends
  s(HUGH, '21 fluoridated tap water for baby formula in DC: cdc.gov + dcwater.com, chats ending at its start and starting at its end (three at most)', [
    [0, 'p', 'can i mix baby formula with fluoridated tap water? DC'],
    [24, 'l', 'Hi, Hugh here, a librarian at DC Public Library.'],
    [30, 'l', 'Is it powdered formula, and is your baby under 6 months?'],
    [60, 'p', "powder, he's 3 mo"],
    [66, 'l', "The CDC says fluoridated tap water is fine for formula; if you're worried about faint white marks on the teeth later (mild fluorosis), you can sometimes use low-fluoride bottled water instead. It's at cdc.gov/fluoridation (search 'infant formula'), and DC Water's water quality page is dcwater.com/water-quality. Does that help?"],
    [110, 'p', "yes, thank you! that's all"],
    [115, 'l', 'Thanks for stopping by, and enjoy the little one!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hugh-w', -300, 0), other('h2', 'hugh-w', -50, 200), other('h3', 'hugh-w', 40, 90), other('h4', 'hugh-w', 120, 400)],
  }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (boil-water macro): coded Practice, every check na', [
    [0, 'p', 'testing - boil water notice macro'],
    [5, 'l', 'Test reply: boil water guidance at cdc.gov/healthywater'],
    [12, 'p', 'ok macro works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 Lost Call with one patron line and a clarifying question
  s(PAZ, '23 filter after Newark replaced the street line (Lost Call): a clarifying question never answered, "are you still there?" at 152, disconnect notice inviting back at 340', [
    [0, 'p', 'newark replaced the lead line on our street, do i need to still use the filter they gave us'],
    [26, 'l', 'Hi! This is Paz, a reference librarian at Newark Public Library.'],
    [32, 'l', 'Did the crew also replace the line up to your building, or only the part under the street?'],
    [152, 'l', 'Hi, are you still there?'],
    [340, 'l', "It looks like you've disconnected, so I'm going to end this chat. Please write back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 no provider ever joined
  s(NOBODY, '24 is the Jackson MS boil-water notice still on (emoji): no provider ever joined, "anyone??", patron left, code null', [
    [0, 'p', 'is the boil water notice in jackson ms still on?? 😩'],
    queued(2),
    [130, 'p', 'anyone??'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 Lost Call after five patron lines
  s(RUTH, '25 biosolids on the farm next door and PFAS in a shallow Kent County well: coded Lost Call after five patron lines, "yes" / "thanks"', [
    [0, 'p', 'the farm next to us spread sludge fertilizer, can that put PFAS in our well? michigan, kent county'],
    [22, 'l', "Hello, Ruth at Grand Rapids Public Library's Ask a Librarian."],
    [28, 'l', 'Do you know roughly how far the field is from your well?'],
    [60, 'p', 'maybe 300 ft'],
    [65, 'p', 'its a shallow well too'],
    [71, 'l', "It can: Michigan EGLE has found PFAS in some wells near fields where biosolids were spread. EGLE's MPART site has a biosolids page and a residential well sampling FAQ at michigan.gov/pfasresponse. Does that help?"],
    [110, 'p', 'yes'],
    [113, 'p', 'thanks'],
    [118, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 Spanish: rotten-egg smell from a well
  s(ALMA, '26 agua de pozo con olor a huevo podrido en Brownsville (Spanish): "le atiende Alma", ¿agua caliente o fría?, guía de AgriLife, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, tenemos pozo en la casa y el agua huele a huevo podrido. es peligroso? como se limpia'],
    [28, 'l', 'Buenas tardes, le atiende Alma, bibliotecaria de la Biblioteca Pública de Brownsville.'],
    [34, 'l', '¿El olor sale solo del agua caliente o también del agua fría?'],
    [80, 'p', 'de las dos'],
    [88, 'l', "Ese olor casi siempre es ácido sulfhídrico o bacterias de azufre; en cantidades pequeñas no suele ser peligroso, pero conviene desinfectar el pozo con cloro. Texas A&M AgriLife tiene una guía en español para clorar un pozo: agrilifeextension.tamu.edu (busque 'desinfección de pozos')."],
    [93, 'l', '¿Responde esto a su pregunta?'],
    [140, 'p', 'si, muchas gracias. es todo lo que necesitaba'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buena tarde.'],
  ], usual()),

  // 27 partly Spanish: "take your time" is not a hold; a billing line by phone
  s(MATEO, '27 atrasada con el bill de LADWP (partly Spanish): "tómese su tiempo" and the patron back 186 s later, ladwp.com/assistance, la línea de clientes por teléfono', [
    [0, 'p', 'hi, necesito ayuda con el bill del agua, LADWP, estoy atrasada 3 meses'],
    [20, 'l', '¡Hola! Soy Mateo, bibliotecario de Los Angeles Public Library. I can help in English or Spanish.'],
    [26, 'l', '¿Ya recibió un aviso de corte (shut-off notice), o solo está atrasada?'],
    [60, 'p', 'solo atrasada. espera voy a buscar el papel'],
    [64, 'l', 'Claro, tómese su tiempo.'],
    [250, 'p', 'ok ya. dice que debo $840'],
    [258, 'l', 'LADWP tiene descuentos para hogares de bajos ingresos y planes de pago; la información está en ladwp.com/assistance, también en español. Para el plan de pagos, llame a la línea de servicio al cliente al 1-800-555-0142.'],
    [264, 'l', '¿Le sirve esta información?'],
    [300, 'p', 'si gracias!!'],
    [305, 'l', '¿Necesita algo más?'],
    [320, 'p', 'no, eso es todo'],
    [324, 'l', 'Que le vaya bien. ¡Gracias por usar el chat!'],
  ], usual({ referral: 'pass' })),

  // 28 the source before the question
  s(YUSUF, '28 free lead test kits in Cleveland: clevelandwater.com/lead given first, then "Do you live in a house built before 1986, by the way?"', [
    [0, 'p', 'where can i get my tap water tested for lead? cleveland'],
    [15, 'l', 'Hi, Yusuf at Cuyahoga County Public Library. Happy to help.'],
    [21, 'l', 'Cleveland Water offers free lead testing kits to its customers; you can request one at clevelandwater.com/lead (Request a Lead Test).'],
    [27, 'l', 'Do you live in a house built before 1986, by the way?'],
    [60, 'p', 'yes 1940s house'],
    [66, 'l', "Then it's well worth testing, since older homes are the most likely to have lead service lines or lead solder. Does the kit request page do what you need?"],
    [100, 'p', "yes thank u, that's all i needed"],
    [105, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 29 no source; two referrals with no contact; the patron has the last word
  s(BECK, '29 a Rochester landlord who won\'t say if the pipes are lead: no source, "call the City\'s Water Bureau" and "Legal Aid" with no contact, "Would that work for you?", patron "ok i guess"', [
    [0, 'p', 'landlord wont tell me if our building has lead pipes. am i allowed to know? rochester ny'],
    [30, 'l', "Hello, I'm Beck, a librarian with Rochester Public Library."],
    [36, 'l', 'Are you renting a house, or an apartment in a bigger building?'],
    [70, 'p', 'apartment, 6 units'],
    [77, 'l', "Landlords in New York don't always have to tell you, but the water utility keeps a record of the service line material for each address. I'd call the City's Water Bureau and ask for your building's service line record, and Legal Aid can tell you more about your rights as a tenant."],
    [82, 'l', 'Would that work for you?'],
    [120, 'p', 'ok i guess'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' })),

  // 30 pickedUpAt 55 s with the first line at 70; a goodbye 119 s into the final idle; code ""
  s(GINA, '30 who is my water supplier in 46203: pickedUpAt 55 s, first line at 70, mywaterway.epa.gov, goodbye 119 s after the answer, code ""', [
    [0, 'p', 'how do i find out who my water supplier even is? i rent and the landlord pays water. indianapolis'],
    [70, 'l', "Hello! Gina from Indianapolis Public Library's chat reference here."],
    [76, 'l', 'Do you know your ZIP code? The supplier depends on where in Marion County you live.'],
    [110, 'p', '46203'],
    [116, 'l', "Most of 46203 is served by Citizens Energy Group; you can confirm by address with EPA's How's My Waterway tool at mywaterway.epa.gov, and Citizens posts its annual water quality report at citizensenergygroup.com/water-quality. Does that help?"],
    [235, 'l', 'Thanks for chatting with us, have a good evening!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(55) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundWater.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: drinking water, private wells and lead pipes, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundWater.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundWater.filter((c) => c.name in LEFT_WHY));
});
