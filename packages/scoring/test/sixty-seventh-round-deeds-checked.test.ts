/**
 * Sixty-seventh round, theme DEEDS, LAND RECORDS AND PROPERTY LINES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: finding a deed (Baltimore County on mdlandrec.net, a lost Miami-Dade
 * escritura in Spanish), the chain of title on a Lancaster County farm, tax-sale history in Erie County, a 1920s farm-lane
 * right-of-way in Frederick County, mineral rights severed in Washington County PA; assessments, taxes and appeals (Cook
 * County, HCAD protests, Orange County homestead, King County eRealProperty, Bexar County over-65 exemption in Spanish);
 * surveys, plats and tract maps (Wake County plats, Owen Brown in Columbia, Leimert Park tract maps, a 1902 Story County
 * atlas, reading metes and bounds); easements and rights-of-way (a county sidewalk, a neighbour's easement in Fresno in
 * Spanish); where the recorder of deeds is (Allegheny, Philadelphia City Hall, Wayne County); boundary disputes (a fence three
 * feet over the line, branches over the line in Michigan); vacant-lot owners (Louisville PVA, Maricopa in Spanish); a
 * quitclaim to remove an ex; old land grants (Northern Neck grants, the 1832 Cherokee land lottery). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text alone before the first run (labels copied aside to
 * /tmp/deeds-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 25 s, exactly 60 s (03: pass) and 61 s (04: fail); "Hi there! How can I help you today?" under the
 *   screen name "Ask Desk" (04: identifies no one, fail); "Hello and welcome to Ask Us Now! I'm Grace …" (07); Spanish
 *   "¡Buenas tardes! Soy Elena, bibliotecaria …" (05), "Le atiende Beto …" (26), "habla Carmen …" (27); a greeting that is
 *   itself a transfer notice (21); "Good morning!" + "This is Fay …" split over two lines, `pickedUpAt` at 40 s and the first
 *   line at 165 (30); no provider ever joined, code "" (25);
 *  inquiry: copy or certified copy, city or suburb, subdivision or book and page, county, county road or state highway, a
 *   survey or the old fence, name and decade, current deed's book and page, years, owners then, address or parcel, draw or
 *   find the pins, lottery year, homestead or rental, tract number, township, pick up or record, add or remove; the first
 *   source given before "Do you know when your house was built …?" (06: fail);
 *  waits: a hold answered 121 s later (02: fail) and exactly 120 s later (03: pass); a Spanish hold "Un momento, busco …"
 *   answered 150 s later (27: fail); a transfer notice answered 64 s later by the receiver (19); a silent transfer, the receiver
 *   115 s after the patron (20: pass); two patron lines 10 s apart answered together (28); 125 s between `pickedUpAt` and the
 *   first line (30: fail, see READINGS);
 *  endings: final idles of 119 s with a goodbye (14: na), exactly 120 s with a check-in (15: pass, disconnect na), exactly
 *   180 s with a check-in and "It seems we lost you. Thanks for writing in!" (16: notice does not say the chat will end,
 *   fail), 185 s in a true Lost Call with "Are you still there?" and "Seems you've left the chat, so I'll close it now. Please
 *   come back anytime!" (13); "We limit chats to 15 minutes per patron and your time is up" (17: dismissal); "several other
 *   patrons waiting … please chat back in later" (18: allowed); the patron with the last word after "¿Algo más?" (26:
 *   courteous fails); goodbyes "Take care, and good luck with the appeal!", "Thank you, talk soon!", "¡Gracias a usted! Que
 *   le vaya bien.", "Happy hunting — thanks for using Ask a Librarian!"; patron-side "thats everything", "thats all i wanted to
 *   know", "that is all I needed", "no eso es todo", "eso es todo", and "i guess. thanks", "yes omg thank u", "ok" + "thx"
 *   that do not count;
 *  sources: mdlandrec.net, plats.net, cookcountyassessor.com, wake.gov, jeffersonpva.ky.gov, the Miami-Dade Clerk's official
 *   records, osbar.org and a Nolo book in the catalogue, lva.virginia.gov's Land Office Patents and Grants, lancasterdeeds.com,
 *   erie.gov, ocpafl.org, a surveying textbook, kingcounty.gov/assessor, stlouiscountymo.gov, The Cherokee Land Lottery of
 *   Georgia and the Virtual Vault, hcad.org's iFile, LA County Public Works land records, bexar.org and bcad.org, the Iowa
 *   historic county atlases, phila.gov, mcassessor.maricopa.gov, co.fresno.ca.us/recorder, Ohio legal form books in the
 *   catalogue; none (30: fail);
 *  referrals: the Miami-Dade records office by phone and street, in Spanish (05); the county Department of Public Works with
 *   no contact (07: fail); the Oregon State Bar Lawyer Referral Service by phone and URL (08); the Recorder of Deeds in City
 *   Hall Room 111 by street (23); the Maryland Room consulted on the patron's behalf (12: no referral); websites to use as
 *   sources (02, 21, 28);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done in 50 h (10: pass); a promise "I'll check those and get
 *   back to you" with the e-mail read back, no time, coded Answered (11: code and contact fail, on_time pending); FU_LIB,
 *   phone read back, "within 72 hours", never recorded at day 4 (12: on_time fails); FU_ME, "e-mail you what I find by
 *   Friday" with the e-mail only in `patron.email` (29: contact fails, code passes);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (28); "" with no provider (25); Practice (24);
 *  transfers: a notice and an internal note why (19: pass); an internal note, silent to the patron (20: fail); a visible
 *   notice with no internal note (21: fail);
 *  concurrency: three others open across part of the session, four at once (22: fail); one ending at the start, two
 *   overlapping, one starting at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Appeals are filed on the Cook County Assessor's website …", "the next step is a Board of Review complaint, filed at
 *   cookcountyboardofreview.com" (02), "the Franklin County Recorder's site … lists what a quitclaim must contain" (28) and
 *   "the exemption form is at bcad.org" (21) point to websites to use: sources, not referrals (referral na);
 * - "You should also ask the county's Department of Public Works" tells the patron to ask an office (07: a referral, no
 *   contact, fail); "Go to Philadelphia's Recorder of Deeds in City Hall, Room 111, 1400 John F Kennedy Blvd" tells the patron
 *   to visit one, by street address (23: pass); "llame a la oficina de Registros al 305-555-0172 o vaya al 22 NW 1st St" is
 *   a referral with a phone and a street (05: pass); "The Maryland Room can trace the chain for you, so I'll pass this to
 *   them" is staff consulted on the patron's behalf (12: no referral);
 * - "Hi there! How can I help you today?" greets and names no one (04); a transfer notice "Hi, this is Walt at San Antonio
 *   Public Library. I'll transfer you …" is a greeting with a name and also a hold (21);
 * - "Take care", "Have a great day, bye", "talk soon", "Que le vaya bien" after thanks are goodbyes; "It seems we lost you.
 *   Thanks for writing in!" thanks the patron (a goodbye, so the final idle ends there) but says nothing of ending the chat
 *   (16: disconnect fails);
 * - final idle exactly at 120 s (15) and 180 s (16) applies the checks ("≥");
 * - a hold answered exactly 120 s later is not "longer than" the limit (03: pass);
 * - with `pickedUpAt` at 40 s and the first provider line at 165 s, the 40 s belong to pickup alone and the 125 s after it are
 *   a span of waiting on the provider after pickup (30: keep_informed fails);
 * - "We limit chats to 15 minutes per patron and your time is up, so I'll be ending this chat now." is a "time is up" with
 *   no way back (17: dismissal); "several other patrons waiting … please chat back in later" invites back (18: pass);
 * - a follow-up code with the patron's e-mail only in `patron.email` has a known contact (29: resolution.code passes) but the
 *   e-mail is never confirmed in the chat (followup.contact fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/deeds-labels.ts, identical to this file's cases).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none (no disagreement to reread RUBRIC.md over).
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). Every timing case scored as labelled on the first run: pickup at 60 s (pass)
 * and 61 s (fail) and by `pickedUpAt`; keep_informed at 120 s (pass), 121 s and 150 s (fail) across holds, 64 s and 115 s
 * across a transfer, and 125 s after `pickedUpAt` (fail); final idles of 119 s (na), 120 s (check-in applies), 180 s
 * (notice applies) and 185 s; concurrency at four and at touching ends; on_time done at 20 h and 50 h, missed at day 4,
 * pending at day 1. The redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a
 * patron phone read back, an e-mail only in `patron.email`, office phones and street addresses beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running, none through describeLeft);
 * `npx tsc -p tsconfig.json --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const ANNA: Prov = { id: 'anna-d', name: 'Anna', library: 'BCPL-MD' };
const BRUNO: Prov = { id: 'bruno-d', name: 'Bruno', library: 'CPL-IL' };
const CELIA: Prov = { id: 'celia-d', name: 'Celia', library: 'WCPL-NC' };
const DESK: Prov = { id: 'desk-d', name: 'Ask Desk', library: 'LFPL' };
const ELENA: Prov = { id: 'elena-d', name: 'Elena', library: 'MDPLS' };
const FINN: Prov = { id: 'finn-d', name: 'Finn', library: 'HCLS' };
const GRACE: Prov = { id: 'grace-d', name: 'Grace', library: 'HCPL-MD' };
const HUGO: Prov = { id: 'hugo-d', name: 'Hugo', library: 'MCL-OR' };
const IMANI: Prov = { id: 'imani-d', name: 'Imani', library: 'LVA' };
const JONAH: Prov = { id: 'jonah-d', name: 'Jonah', library: 'LPL-PA' };
const KIRA: Prov = { id: 'kira-d', name: 'Kira', library: 'BECPL' };
const LUIS: Prov = { id: 'luis-d', name: 'Luis', library: 'AUN' };
const MARA: Prov = { id: 'mara-d', name: 'Mara', library: 'CLP' };
const NELL: Prov = { id: 'nell-d', name: 'Nell', library: 'OCLS' };
const OTTO: Prov = { id: 'otto-d', name: 'Otto', library: 'DEL' };
const PIA: Prov = { id: 'pia-d', name: 'Pia', library: 'KCLS' };
const QUEN: Prov = { id: 'quen-d', name: 'Quen', library: 'SLCL' };
const RAE: Prov = { id: 'rae-d', name: 'Rae', library: 'AFPL' };
const SAM: Prov = { id: 'sam-d', name: 'Sam', library: 'HCPL-TX' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'HCPL-TX' };
const UMBERTO: Prov = { id: 'umberto-d', name: 'Umberto', library: 'LACL' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'LACL' };
const WALT: Prov = { id: 'walt-d', name: 'Walt', library: 'SAPL' };
const XIMENA: Prov = { id: 'ximena-d', name: 'Ximena', library: 'SAPL' };
const YARA: Prov = { id: 'yara-d', name: 'Yara', library: 'APL-IA' };
const ZANE: Prov = { id: 'zane-d', name: 'Zane', library: 'FLP' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'VRQ' };
const BETO: Prov = { id: 'beto-d', name: 'Beto', library: 'PPL-AZ' };
const CARMEN: Prov = { id: 'carmen-d', name: 'Carmen', library: 'FCPL-CA' };
const DORA: Prov = { id: 'dora-d', name: 'Dora', library: 'CML' };
const ELI: Prov = { id: 'eli-d', name: 'Eli', library: 'CLW-PA' };
const FAY: Prov = { id: 'fay-d', name: 'Fay', library: 'AADL' };

const s = session;

export const DEEDS: SessionCase[] = [
  // 01 the plain good session
  s(ANNA, '01 deed to a 2004 Baltimore County house for a refinance: copy or certified, mdlandrec.net, "thats everything"', [
    [0, 'p', 'hi how do i find the deed to my house? baltimore county md, bought it in 2004'],
    [25, 'l', "Good morning, you've reached Anna at Baltimore County Public Library."],
    [31, 'l', 'Do you need just a copy to look at, or a certified copy for something official?'],
    [75, 'p', 'just to look at, refinancing and the bank asked about an easement'],
    [82, 'l', 'Maryland land records for every county are free online at mdlandrec.net once you make an account; search Baltimore County by grantee (your name) for 2004 and the deed opens as a PDF.'],
    [88, 'l', 'Does that get you what you need?'],
    [140, 'p', 'yes found it!! thats everything, thanks'],
    [146, 'l', 'Wonderful, good luck with the refinance. Bye!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(BRUNO, '02 Cook County assessment appeal, Lakeview: "Give me a moment to look up the Lakeview filing window." answered 121 s later', [
    [0, 'p', 'my property tax assessment went way up this year in cook county, can i appeal it??'],
    [20, 'l', "Hi! This is Bruno, a librarian with Chicago Public Library's chat service."],
    [26, 'l', 'Is the property in the city of Chicago or in the suburbs? The deadlines go by township.'],
    [60, 'p', 'city, Lakeview'],
    [66, 'l', 'Give me a moment to look up the Lakeview filing window.'],
    [187, 'l', "Thanks for holding. Appeals are filed on the Cook County Assessor's website, cookcountyassessor.com/appeals, where Lakeview's dates are posted. If the Assessor doesn't lower it, the next step is a Board of Review complaint, filed at cookcountyboardofreview.com."],
    [193, 'l', 'Is that what you were looking for?'],
    [240, 'p', 'yes thank you'],
    [245, 'l', 'Anything else I can help with today?'],
    [270, 'p', 'nope thats it'],
    [274, 'l', 'Take care, and good luck with the appeal!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup exactly 60 s, a hold answered exactly 120 s later
  s(CELIA, '03 Wake County subdivision plat: pickup at exactly 60 s, "Let me search the Register of Deeds index" answered exactly 120 s later', [
    [0, 'p', 'where can i get a copy of the plat for my subdivision? wake county nc'],
    [60, 'l', 'Hello, Celia here, reference librarian at Wake County Public Libraries. Thanks for waiting!'],
    [66, 'l', 'Do you know the subdivision name, or the book and page of the plat?'],
    [110, 'p', 'Bedford at Falls River, no book number'],
    [115, 'l', 'Let me search the Register of Deeds index for it, one moment.'],
    [235, 'l', 'Found it. Recorded plats are free to search in the Wake County Register of Deeds online books (wake.gov/registerofdeeds, "Search Records" > Plats); type the subdivision name and you\'ll see each phase, in the 2003 and 2004 Books of Maps.'],
    [241, 'l', 'Does that answer your question?'],
    [300, 'p', 'yes perfect, thats all i needed'],
    [305, 'l', 'Great! Thanks for chatting with us.'],
  ], usual()),

  // 04 pickup 61 s; greets but names no one
  s(DESK, '04 who owns the empty lot next door, Louisville: 61 s pickup, "Hi there! How can I help you today?" under "Ask Desk", PVA site', [
    [0, 'p', 'who owns the empty lot next to my house?? want to buy it lol'],
    [61, 'l', 'Hi there! How can I help you today?'],
    [70, 'l', 'What county is the lot in?'],
    [100, 'p', 'jefferson county, KY. louisville'],
    [108, 'l', "The PVA (Property Valuation Administrator) has a free owner search at jeffersonpva.ky.gov: type the address or click the lot on the map."],
    [114, 'l', 'Did that help?'],
    [160, 'p', 'yes omg thank u'],
    [165, 'l', "You're welcome! Have a great day, bye."],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a lost Miami-Dade deed, the records office by phone and street
  s(ELENA, '05 escritura perdida en Miami-Dade (Spanish): "Soy Elena", copia certificada, "llame a la oficina de Registros al 305-555-0172", "es todo"', [
    [0, 'p', 'hola buenas, necesito una copia de la escritura de mi casa en miami. la perdí 😢'],
    [35, 'l', '¡Buenas tardes! Soy Elena, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [42, 'l', '¿Necesita una copia simple o una copia certificada?'],
    [90, 'p', 'certificada, es para un tramite del banco'],
    [97, 'l', 'Las escrituras están en los Registros Oficiales del Secretario del Condado. Puede buscarla gratis en onlineservices.miamidadeclerk.gov/officialrecords, y para la copia certificada llame a la oficina de Registros al 305-555-0172 o vaya al 22 NW 1st St, Miami.'],
    [104, 'l', '¿Le sirve esta información?'],
    [160, 'p', 'si muchas gracias'],
    [166, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [190, 'p', 'no, es todo'],
    [195, 'l', '¡Con gusto! Gracias por usar nuestro servicio.'],
  ], usual({ referral: 'pass' })),

  // 06 the first source before the question
  s(FINN, '06 old survey of a Columbia lot: plats.net given first, then "Do you know when your house was built or the subdivision name?"', [
    [0, 'p', 'how do i find an old survey of my property? trying to figure out where the line is w my neighbor'],
    [22, 'l', 'Hi, Finn with the Ask a Librarian service at Howard County Library System.'],
    [28, 'l', 'Recorded surveys and plats in Maryland are on plats.net (free, with the same account as mdlandrec.net), searchable by subdivision.'],
    [34, 'l', 'Do you know when your house was built or the subdivision name?'],
    [80, 'p', '1978, Columbia, Village of Owen Brown'],
    [87, 'l', 'Then look under Howard County, subdivision "Owen Brown": the 1970s plats show each lot line with its length and bearing.'],
    [93, 'l', 'Does that help?'],
    [140, 'p', 'ya it does, thx'],
    [146, 'l', 'Anything else?'],
    [160, 'p', 'no'],
    [164, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),

  // 07 "ask the county's Department of Public Works" (no contact)
  s(GRACE, '07 a county sidewalk right-of-way over the front yard: plat and deed online, "ask the county\'s Department of Public Works" with no contact', [
    [0, 'p', 'the county says they have a right of way across my front yard for a sidewalk. how do i check if thats true'],
    [30, 'l', "Hello and welcome to Ask Us Now! I'm Grace, a librarian at Harford County Public Library."],
    [37, 'l', "Do you know whether it's a county road or a state highway in front of your house?"],
    [95, 'p', 'county road, Old Joppa Rd'],
    [102, 'l', "Road rights-of-way usually show on the recorded plat and sometimes in your deed's description; both are on mdlandrec.net and plats.net. You should also ask the county's Department of Public Works, since they keep the road right-of-way plans."],
    [108, 'l', 'Is that what you needed?'],
    [170, 'p', 'i guess. thanks'],
    [175, 'l', "You're welcome, take care!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 08 a fence over the line: the Lawyer Referral Service by phone and URL, a Nolo book
  s(HUGO, '08 neighbour\'s fence 3 ft over the line (emoji): no legal advice, Lawyer Referral Service by phone + URL, Nolo book, "thats all i wanted to know"', [
    [0, 'p', 'my neighbor put up a fence 3 ft onto MY land 😡😡 what do i do. can i just tear it down'],
    [18, 'l', "Hi, I'm Hugo, a librarian at Ask a Librarian, Multnomah County Library. Sorry you're dealing with that."],
    [24, 'l', 'Do you have a survey showing the line, or is it going by the old fence or markers?'],
    [70, 'p', 'no survey just the old fence was further over'],
    [77, 'l', "I can't give legal advice, but the Oregon State Bar's Lawyer Referral Service can set you up with a low-cost first consult: call 503-555-0120 or go to osbar.org/public/ris. A good plain-English book is Neighbor Law: Fences, Trees, Boundaries & Noise (Nolo), in our catalog."],
    [83, 'l', 'Does that help for a start?'],
    [130, 'p', 'yes ok thats all i wanted to know'],
    [136, 'l', 'Good luck with it, and thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 09 colonial land grant
  s(IMANI, '09 a 1750s Frederick County VA land grant: name and decade asked, Land Office Patents and Grants at lva.virginia.gov', [
    [0, 'p', 'My ancestor supposedly got a land grant in Virginia in the 1700s. Where would that be?'],
    [28, 'l', 'Good afternoon! Imani here, librarian at the Library of Virginia. Welcome.'],
    [35, 'l', 'Do you know his name and roughly which county or which decade?'],
    [90, 'p', 'Thomas Ashby, Frederick County maybe 1750s'],
    [97, 'l', 'Frederick was in the Northern Neck Proprietary, so look in the Northern Neck Grants and Surveys: our Land Office Patents and Grants database at lva.virginia.gov/public/guides/land-records has the images, searchable by name.'],
    [103, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes! that is all I needed, thank you so much'],
    [156, 'l', 'My pleasure, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 10 follow-up by me: e-mail read back, "by Wednesday", done in 50 h
  s(JONAH, '10 chain of title on a Lancaster County farm (follow-up by me): e-mail read back, "by Wednesday", done in 50 h', [
    [0, 'p', 'I need to trace the chain of title on my farm back to about 1900 - Lancaster County PA. Where do I start?'],
    [25, 'l', "Hi, this is Jonah at Lancaster Public Library's Ask a Librarian."],
    [31, 'l', 'Do you have your current deed, with the book and page of the deed before it?'],
    [80, 'p', 'yes, Record Book 4721 page 88'],
    [86, 'l', "Good, each deed cites the one before it. The Lancaster County Recorder of Deeds' records are searchable at lancasterdeeds.com. I can pull our local-history deed abstracts for 1900-1930 and send them to you. What's your e-mail?"],
    [140, 'p', 'mfisher.farm@example.net'],
    [146, 'l', "Thanks, mfisher.farm@example.net. I'll send the abstracts by Wednesday."],
    [152, 'l', "Does the Recorder's site help in the meantime?"],
    [200, 'p', 'yes thank you'],
    [205, 'l', 'Anything else today?'],
    [220, 'p', 'nope'],
    [224, 'l', 'Thank you for contacting us, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise with the e-mail read back, no time, coded Answered
  s(KIRA, '11 tax sale of 14 Elm St, Erie County NY: "I\'ll check those and get back to you", e-mail read back, no time, coded Answered', [
    [0, 'p', 'was the house at 14 Elm st ever sold at a tax sale? its in Erie County NY'],
    [24, 'l', 'Hi! Kira at Buffalo & Erie County Public Library, Ask Us.'],
    [30, 'l', 'Roughly which years are you wondering about?'],
    [75, 'p', '1980s-90s probably'],
    [82, 'l', "The County Clerk's online records (erie.gov/clerk) start in the 1990s; earlier tax-sale deeds are in the printed In Rem lists we hold. I'll check those and get back to you. What e-mail should I use?"],
    [125, 'p', 'its dan.o@example.org'],
    [131, 'l', 'Got it, dan.o@example.org.'],
    [150, 'p', 'thanks!!'],
    [155, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library: phone read back, "within 72 hours", not recorded at day 4
  s(LUIS, '12 a 1920s farm-lane right-of-way, Frederick County MD (follow-up by patron\'s library): phone read back, "within 72 hours", not done at day 4', [
    [0, 'p', 'there is a farm lane across our property and my neighbor says he has a right of way since the 1920s. how can i find the old deed that created it'],
    [30, 'l', 'Good evening! Luis here, a librarian with the statewide Ask Us Now service.'],
    [37, 'l', 'Which county, and do you know who owned the farm back then?'],
    [100, 'p', 'Frederick county, the Keller family'],
    [107, 'l', "Frederick County deeds from the 1920s are on mdlandrec.net (Frederick County, search grantor Keller). The Maryland Room at C. Burr Artz Library can trace the chain for you, so I'll pass this to them. What's a good phone number for them to call?"],
    [160, 'p', '301-555-0199'],
    [166, 'l', "So that's 301-555-0199. They'll call you within 72 hours."],
    [200, 'p', 'yes great thank you. thats everything'],
    [206, 'l', 'Thank you for using Ask Us Now!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call, final idle 185 s
  s(MARA, '13 where the Allegheny County recorder is (Lost Call): greeting only, "Are you still there?" at 160, "close it now … come back anytime" at 215', [
    [0, 'p', 'where is the recorder of deeds office in allegheny county'],
    [30, 'l', 'Hi, Mara at Carnegie Library of Pittsburgh here.'],
    [160, 'l', 'Are you still there?'],
    [215, 'l', "Seems you've left the chat, so I'll close it now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 final idle 119 s
  s(NELL, '14 Orange County FL homestead exemption: answer + "Did that help?" at 60, goodbye at 179 (final idle 119 s)', [
    [0, 'p', 'how do i sign up for homestead exemption in orange county fl, just bought a house'],
    [18, 'l', "Hello! Nell from Orange County Library System's Ask a Librarian here."],
    [24, 'l', 'Did you close on the house before January 1 of this year?'],
    [50, 'p', 'yes in october'],
    [60, 'l', "Then you can file for this year: the Orange County Property Appraiser takes applications online at ocpafl.org/homestead until March 1. Have your FL driver's license and voter or vehicle registration with the new address ready. Did that help?"],
    [179, 'l', 'Thanks for using Ask a Librarian, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 15 final idle exactly 120 s with a check-in
  s(OTTO, '15 reading "thence N 45 deg E 210 ft" (metes and bounds): answer at 70, "Are you still there?" at 150, goodbye at 190 (idle 120 s)', [
    [0, 'p', 'my deed says "thence N 45 deg E 210 ft to an iron pin" how do i read this'],
    [20, 'l', "Hi there, Otto at Ask a Librarian, Delaware Libraries. That's a metes-and-bounds description!"],
    [26, 'l', 'Are you trying to draw the lot yourself, or find the pins on the ground?'],
    [60, 'p', 'draw it i guess'],
    [70, 'l', 'The chapter on metes and bounds in Boundary Control and Legal Principles (Robillard and Wilson), in our catalog, explains each call step by step, with practice sketches. Does that help?'],
    [150, 'l', 'Are you still there?'],
    [190, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 16 final idle exactly 180 s: a check-in, a notice that does not say the chat will end
  s(PIA, '16 King County taxes on a house for sale: answer at 60, "Hello? Are you still with me?" at 190, "It seems we lost you. Thanks for writing in!" at 240', [
    [0, 'p', 'how can i see what the property taxes are on a house im thinking of buying in king county'],
    [20, 'l', 'Hi! Pia with King County Library System, Ask a Librarian.'],
    [26, 'l', 'Do you have the street address or the parcel number?'],
    [45, 'p', 'address'],
    [60, 'l', 'King County\'s eRealProperty (kingcounty.gov/assessor, "Look up property info") shows the assessed value and the tax bill by address. Is that what you needed?'],
    [190, 'l', 'Hello? Are you still with me?'],
    [240, 'l', 'It seems we lost you. Thanks for writing in!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 17 "your time is up"
  s(QUEN, '17 deed history of five St. Louis County houses: "We limit chats to 15 minutes per patron and your time is up" (dismissal), "wow ok" last', [
    [0, 'p', 'need the deed history for 5 properties my grandfather owned in st louis county. can u look them all up'],
    [22, 'l', 'Hi, Quen here, a librarian at St. Louis County Library.'],
    [28, 'l', 'Do you have the addresses or the parcel (locator) numbers?'],
    [70, 'p', 'addresses, ill paste them: 1201 Elm, 88 Ridge Rd, 4 Bayberry Ct, 900 Lindell, 17 Sunset'],
    [78, 'l', "The Recorder of Deeds' online search at stlouiscountymo.gov/recorder lets you look each one up by owner name back to 1980."],
    [84, 'l', 'Does that help?'],
    [130, 'p', 'kinda, but can u just do them for me? and also the ones in the city'],
    [137, 'l', "We limit chats to 15 minutes per patron and your time is up, so I'll be ending this chat now."],
    [150, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, invited back
  s(RAE, '18 grandma\'s 1832 Cherokee land lottery, then a will, deeds and a survey: "several other patrons waiting … please chat back in later"', [
    [0, 'p', 'hi!! need help with a LOT of stuff about my grandmas land in georgia. it was a land lottery thing??'],
    [25, 'l', "Hi, welcome! I'm Rae, a librarian at Atlanta-Fulton Public Library."],
    [31, 'l', 'Which land lottery: do you know the year or the county she drew in?'],
    [80, 'p', '1832 cherokee lottery i think. also need her will and a survey and some deeds from 1900s'],
    [86, 'l', "The 1832 winners are listed in the book The Cherokee Land Lottery of Georgia, 1832 by James F. Smith, and the Georgia Archives' Virtual Vault (vault.georgiaarchives.org) has the lottery plats online."],
    [92, 'l', 'Does that help with the lottery part?'],
    [140, 'p', 'yes!! now the will and deeds and survey pls'],
    [147, 'l', "I've got several other patrons waiting right now, so I'll stop here. Please chat back in later for the will and the deeds and we'll pick it up. Thanks for your patience!"],
    [170, 'p', 'ok bye'],
  ], usual({ anything: 'fail' })),

  // 19 a transfer with a notice and an internal note why
  s(SAM, '19 HCAD homestead protest: "I\'m transferring you to Tess, our government information librarian" + internal note why, Tess 64 s later', [
    [0, 'p', 'how do I protest my property appraisal with HCAD? deadline soon'],
    [20, 'l', "Hello, Sam at Harris County Public Library's Ask a Librarian here."],
    [26, 'l', 'Is it your home (homestead) or a rental property?'],
    [70, 'p', 'my home'],
    [76, 'l', "I'm transferring you to Tess, our government information librarian, who knows the HCAD protest process well. Please hold a moment."],
    [79, 'i', 'Tess, homestead protest with HCAD, deadline soon. Gov info q, can you take it?'],
    xfer(82, 'Tess', 'tess-d'),
    [140, 'l', "Hi, I'm Tess. Homestead protests can be filed online with HCAD's iFile at hcad.org (Protests > iFile) by May 15 or 30 days after your notice, whichever is later; the Property Owner's Guide to Protests is on the same page.", as(TESS)],
    [146, 'l', 'Is that what you needed?', as(TESS)],
    [190, 'p', 'yes thank u, thats all'],
    [195, 'l', 'Good luck, and thanks for chatting!', as(TESS)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer, the receiver 115 s after the patron
  s(UMBERTO, '20 1920s Leimert Park tract maps: internal note only, silent transfer, Vera 115 s after the patron', [
    [0, 'p', 'where can i see old tract maps for los angeles county, like from the 1920s'],
    [26, 'l', "Hi, Umberto here from LA County Library's Ask a Librarian."],
    [32, 'l', 'Do you know the tract number, or just the neighborhood?'],
    [75, 'p', 'just the neighborhood, Leimert Park'],
    [80, 'i', 'Vera, LA tract maps 1920s Leimert Park, yours?'],
    xfer(84, 'Vera', 'vera-d'),
    [190, 'l', "Hi, Vera here. LA County Public Works' land records site (pw.lacounty.gov/sur/nas/landrecords) has the scanned tract maps by tract number; most of Leimert Park is Tract 8770 and the tracts around it.", as(VERA)],
    [196, 'l', 'Did that help?', as(VERA)],
    [240, 'p', 'yes thanks!'],
    [246, 'l', 'Anything else?', as(VERA)],
    [260, 'p', 'no'],
    [264, 'l', 'Bye, thanks for chatting!', as(VERA)],
  ], usual({ transfer: 'fail' })),

  // 21 partly Spanish: a visible transfer notice, no internal note
  s(WALT, '21 impuestos de propiedad en San Antonio (partly Spanish): "I\'ll transfer you to a colleague who speaks Spanish", no internal note, Ximena answers', [
    [0, 'p', 'hello, necesito ayuda con los impuestos de mi propiedad en San Antonio, hablo poco ingles'],
    [20, 'l', "Hi, this is Walt at San Antonio Public Library. I'll transfer you to a colleague who speaks Spanish, one moment please."],
    xfer(26, 'Ximena', 'ximena-d'),
    [70, 'l', '¡Hola! Soy Ximena, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Qué necesita saber de sus impuestos: cuánto debe, o cómo bajar el avalúo?', as(XIMENA)],
    [120, 'p', 'cuanto debo y si hay descuento para mayores de 65'],
    [127, 'l', 'Lo que debe aparece en bexar.org/tax (Tax Assessor-Collector, busque por dirección). El formulario de la exención para mayores de 65 está en bcad.org (Forms).', as(XIMENA)],
    [133, 'l', '¿Le sirve?', as(XIMENA)],
    [180, 'p', 'si gracias, eso es todo'],
    [186, 'l', '¡Gracias por comunicarse con nosotros!', as(XIMENA)],
  ], usual({ transfer: 'fail' })),

  // 22 four at once
  s(YARA, '22 1902 Story County plat book, Nevada Township: three other chats open across this one (four at once)', [
    [0, 'p', 'does the library have old plat books for rural Story County iowa? like 1900s'],
    [30, 'l', "Hello! You're chatting with Yara, a librarian at Ames Public Library."],
    [36, 'l', 'Are you after a particular township, or the whole county?'],
    [80, 'p', 'Nevada township'],
    [86, 'l', "Yes: the University of Iowa's digital library (digital.lib.uiowa.edu, Iowa Counties Historic Atlases) has the 1902 Story County atlas with the Nevada Township plat pages, free."],
    [92, 'l', 'Does this completely answer your question?'],
    [140, 'p', 'yes!! exactly what i needed thank you. thats all'],
    [146, 'l', 'Happy hunting, and thanks for using Ask a Librarian!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara-d', -200, 200), other('y2', 'yara-d', 50, 600), other('y3', 'yara-d', 100, 300)],
  }),

  // 23 three at most, touching ends; a referral by street address
  s(ZANE, '23 recording a deed in Philadelphia: "Go to … City Hall, Room 111" by street, one chat ending at the start, one starting at the end (three at most)', [
    [0, 'p', 'wheres the recorder of deeds in philly and do i need an appointment'],
    [15, 'l', "Hey there, Zane with Free Library of Philadelphia's Ask a Librarian!"],
    [21, 'l', 'Are you going to pick up a copy or record a new deed?'],
    [50, 'p', 'record one, my mom is adding me to her house'],
    [57, 'l', "Go to Philadelphia's Recorder of Deeds in City Hall, Room 111, 1400 John F Kennedy Blvd; book a time slot first at phila.gov/departments/department-of-records. Bring the originally signed deed and the realty transfer tax statement."],
    [63, 'l', 'Does that answer it?'],
    [110, 'p', 'yes tysm 🙏'],
    [116, 'l', 'Anything else I can help with?'],
    [140, 'p', 'no thats it!!'],
    [150, 'l', 'Take care, bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('z1', 'zane-d', -400, 0), other('z2', 'zane-d', -30, 90), other('z3', 'zane-d', 60, 400), other('z4', 'zane-d', 155, 700)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (land records macro): coded Practice, every check na', [
    [0, 'p', 'test - deed question'],
    [5, 'l', 'testing macro: Land records: mdlandrec.net'],
    [12, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 no provider ever joined, code ""
  s(NOBODY, '25 Wayne County register of deeds on Saturdays: no provider ever joined, "anyone there?", patron left, code ""', [
    [0, 'p', 'is the register of deeds open saturdays? wayne county mi'],
    queue(2, 4),
    [120, 'p', 'anyone there?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 26 Spanish: the patron has the last word after "¿Algo más?"
  s(BETO, '26 dueño de un terreno vacío en Phoenix (Spanish): "Le atiende Beto", mcassessor.maricopa.gov, "¿Algo más?", patron "no eso es todo" last', [
    [0, 'p', 'hola, como puedo saber quien es el dueño de un terreno vacio en phoenix? quiero comprarlo'],
    [28, 'l', '¡Hola! Le atiende Beto, bibliotecario de Phoenix Public Library. Con gusto le ayudo.'],
    [35, 'l', '¿Tiene la dirección, o solo sabe dónde está en el mapa?'],
    [80, 'p', 'solo en el mapa, cerca de 35th ave y baseline'],
    [87, 'l', 'El Asesor del Condado Maricopa tiene un mapa interactivo gratis en mcassessor.maricopa.gov: haga clic en el terreno y le muestra el dueño y su dirección postal.'],
    [93, 'l', '¿Era eso lo que buscaba?'],
    [140, 'p', 'si perfecto!!'],
    [146, 'l', '¿Algo más?'],
    [170, 'p', 'no eso es todo, mil gracias'],
  ], usual({ courteous: 'fail' })),

  // 27 Spanish: a hold answered 150 s later
  s(CARMEN, '27 servidumbre de paso en Fresno (Spanish): "Un momento, busco …" answered 150 s later, Fresno County Recorder, "si gracias"', [
    [0, 'p', 'buenas tardes. mi vecino dice que tiene una servidumbre para pasar por mi terreno. como verifico eso? condado de fresno'],
    [40, 'l', 'Buenas tardes, habla Carmen, bibliotecaria de la Biblioteca del Condado de Fresno.'],
    [46, 'l', '¿Tiene usted una copia de su escritura (deed)?'],
    [100, 'p', 'si pero no entiendo el ingles legal'],
    [106, 'l', 'Un momento, busco dónde se consultan las servidumbres registradas.'],
    [256, 'l', 'Gracias por esperar. Las servidumbres registradas se buscan en el índice del Registrador del Condado (Fresno County Recorder, co.fresno.ca.us/recorder) por el nombre del dueño anterior. Su escritura también puede mencionarla como "subject to an easement".'],
    [262, 'l', '¿Le ayuda esto?'],
    [320, 'p', 'si gracias'],
    [326, 'l', '¡Gracias a usted! Que le vaya bien.'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 28 Lost Call after three patron lines
  s(DORA, '28 an Ohio quitclaim to remove an ex: coded Lost Call after three patron lines ("ok", "thx")', [
    [0, 'p', 'where do i get a quitclaim deed form for ohio'],
    [22, 'l', "Hi, Dora at Columbus Metropolitan Library's Ask a Librarian."],
    [28, 'l', 'Is this to add or remove someone from a deed on a house you own?'],
    [60, 'p', 'remove my ex'],
    [66, 'l', "Ohio legal form books are in our catalog (search 'Ohio legal forms'), and the Franklin County Recorder's site, recorder.franklincountyohio.gov, lists what a quitclaim must contain. Does that help?"],
    [110, 'p', 'ok'],
    [115, 'p', 'thx'],
    [120, 'l', "You're welcome, bye!"],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 follow-up by me, the e-mail only in patron.email
  s(ELI, '29 severed mineral rights on a Washington County PA farm (follow-up by me): "e-mail you what I find by Friday", e-mail only in patron.email, done in 20 h', [
    [0, 'p', 'trying to find out if the mineral rights under my farm were sold off way back, Washington County PA'],
    [30, 'l', "Good morning, this is Eli from Citizens Library's Ask a Librarian service."],
    [36, 'l', 'Do you know roughly when, or the family that owned the farm then?'],
    [90, 'p', 'the Yoders, 1920s-40s'],
    [97, 'l', "Washington County's Recorder of Deeds search (washingtoncopa.gov, Recorder of Deeds > Online Records) indexes deeds back to 1781 by grantor; a severance would show as a deed or lease from a Yoder. I'll check our oil-and-gas lease abstracts too and e-mail you what I find by Friday."],
    [103, 'l', 'Does that help for now?'],
    [150, 'p', 'yes thank you'],
    [156, 'l', 'Thank you, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'yoderfarm@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }, { now: T0 + 2 * DAY }),

  // 30 pickedUpAt 40 s, first line at 165; no source
  s(FAY, '30 cutting a neighbour\'s branches over the line, Michigan: pickedUpAt 40 s, "Good morning!" at 165 + "This is Fay …", no source', [
    [0, 'p', 'can i cut my neighbors tree branches that hang over the property line? michigan'],
    [165, 'l', 'Good morning!'],
    [170, 'l', 'This is Fay, a librarian with the Ann Arbor District Library.'],
    [176, 'l', 'Is it just the branches over your side, or is the trunk near the line too?'],
    [220, 'p', 'just branches'],
    [227, 'l', "Generally in Michigan you may trim branches back to the property line at your own cost, as long as you don't kill or badly damage the tree. Does that answer your question?"],
    [280, 'p', 'yes thanks thats all'],
    [286, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail', source: 'fail' }), { pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DEEDS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('sixty-seventh round: deeds, land records and property lines, checked', () => {
  describeSessions('whole sessions', DEEDS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DEEDS.filter((c) => c.name in LEFT_WHY));
});
