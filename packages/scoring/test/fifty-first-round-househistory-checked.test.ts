/**
 * Fifty-first round, theme THE HISTORY OF A HOUSE OR BUILDING, checked: 30 whole sessions no one had written, from public
 * library "ask a librarian" chats: deeds and chains of title (registry searches, grantor-grantee indexes), city directories,
 * Sanborn maps, 1940s tax photos and assessor cards, building permits and blueprints, the National Register and local
 * historic districts, architects (AIA directory, newspaper permit notices), Sears kit houses, street names, a speakeasy, a
 * burned hotel, a Carnegie library, sessions handed on to local history staff. Every one of the 17 checks labelled in every
 * session before it was run (the labels copied aside before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi there! This is Maura …" + a question; "Hello!" alone + a question (no identification: fail) after a 75 s
 *   pickup; Spanish "¡Hola! Soy Lucía, bibliotecaria …"; "hi!! Liam @ Linwood Library here 🙂"; "Hi there! Good question."
 *   (no name: fail); `pickedUpAt` at 40 s with the first line at 90 s; pickup at exactly 60 s;
 *  inquiry: county, town, years, address, decade, National Register vs local, which building; a question asked only after the
 *   first source (fail);
 *  waits: holds at 60/150/245 before the answer at 330 (pass); "ok let me check" then 155 s (fail); a transfer notice then the
 *   receiver's first line 164 s later (fail); "Sure, take your time!" before a 234 s patron absence (pass);
 *  endings: check-in + disconnect notice without a goodbye (courteous fails); a check-in only over 234 s (notice fails); no
 *   check-in over 156 s (idle fails, notice na); a Lost Call whose check-in and notice-with-invitation pass; "you've used up
 *   your time for this chat — we only do one question per session" (dismissal); "other patrons waiting … chat back in later"
 *   (allowed); patron-side "thats all i needed thx", "no more questions", "omg yes thats all i needed", "yess ty!! thats all";
 *  sources: registry, LOC, NPS, city and county URLs; a library database path; books by title; none ("go to the Recorder's
 *   office in person");
 *  referrals: City Building Department by phone and e-mail; the State Historic Preservation Office bare (fail); the county
 *   Recorder's office bare (fail); "drop in to our Local History Room" (own department, no contact: fail); the library's
 *   Archives & Local History department by e-mail and phone (pass); local history staff consulted on the patron's behalf (none);
 *  follow-ups: FU_ME e-mail read back, "by Friday", done at 30 h (pass); a promise to e-mail coded Answered with no time
 *   (code fails, contact fails, on_time pending); FU_LIB by phone, "within 72 hours", not done by day 5; FU_ME with no contact
 *   anywhere, done at 80 h (code, contact and on_time fail);
 *  codes: a true Lost Call; Lost Call after three patron lines; null; Practice;
 *  transfers: notice + internal note (pass); notice only (fail);
 *  concurrency: four at once (fail); others touching at both ends, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "You'd want to go to the Recorder's office in person" and "you'd contact your State Historic Preservation Office" tell
 *   the patron to visit / contact an office: referrals, with no contact (fail); neither office is a source (named without a way
 *   to reach it);
 * - "drop in to our Local History Room" (in an allowed "other patrons waiting" closing) tells the patron to visit the library's
 *   own department: a referral, with no contact (fail);
 * - in session 16 (no source), the Recorder explanation is the first message that gives an answer, so "Does that help?" after
 *   it passes completeness (RUBRIC: "in or after the first message that gives a source or answer");
 * - "our local history librarian [will] check it … and e-mail you" and "someone from Pinewood Library will contact you" are
 *   staff working on the patron's behalf, not referrals;
 * - "Have a good one, thanks for asking!" thanks the patron; "Enjoy the detective work, bye!", "Have fun digging, bye!" say
 *   goodbye; "It looks like you've disconnected. I'll close this chat now." is not a goodbye;
 * - pickup at exactly 60 s passes (≤ `pickupSeconds`);
 * - "What would you like to know about the house?", sent in its own message after a greeting that asked nothing, to a
 *   patron who had only said "need help with a house history", is a question about the need (it narrows a vague topic),
 *   not the greeting's "how can I help?" (case 27, LEFT).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/fiftyFirstRoundHouseHistory-labels.ts). First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - inquiry.clarify, case 27: "What would you like to know about the house?" (message 3, before the first source) not read as
 *    a clarifying question (fail; RUBRIC pass).
 * Every timing check (pickup at 60 s, 75 s and with `pickedUpAt`, keep_informed across holds, a transfer and a "take your
 * time", idle and disconnect spans of 156, 234, 260 and 269 s, concurrency at four and at touching ends, on_time done / late /
 * pending / not done by day 5) scored as labelled on the first run; so did every referral reading above (SHPO and Recorder
 * bare, Local History Room bare, own department with e-mail and phone) and the no-source completeness of case 16.
 *
 * ON v50 (block P, the fifty-second round): case 27 reads as labelled (P2: "What would you like to know about the house?"
 *   names the need, no greeting's offer) and runs: 30 running, 0 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;

const MAURA: Prov = { id: 'maura', name: 'Maura', library: 'DPL' };
const LEN: Prov = { id: 'len', name: 'Len', library: 'TLC' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'FVL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'QPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'MCL' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'BRK' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'MBL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar (statewide)', library: 'STATE' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'HTL' };
const NINA: Prov = { id: 'nina', name: 'Nina', library: 'APL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'APL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'COOP' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'RDL' };
const KEN: Prov = { id: 'ken', name: 'Ken', library: 'BWL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'ODL' };
const OLIVE: Prov = { id: 'olive', name: 'Olive', library: 'CCL' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'RWL' };
const TINA: Prov = { id: 'tina', name: 'Tina', library: 'GCPL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'LSPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'DML' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'HDL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'WLPL' };
const FAY: Prov = { id: 'fay', name: 'Fay', library: 'MRCL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'BRL' };
const KARA: Prov = { id: 'kara', name: 'Kara', library: 'FNL' };
const LIAM: Prov = { id: 'liam', name: 'Liam', library: 'LWL' };
const TRAIN: Prov = { id: 'train-h', name: 'Training Account', library: 'TRN' };
const MONA: Prov = { id: 'mona', name: 'Mona', library: 'EBL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'COOP' };
const DEB: Prov = { id: 'deb', name: 'Deb', library: 'ALD' };
const DESK3: Prov = { id: 'desk3', name: 'Ask Desk 3', library: 'GVL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'KPL' };

const s = session;

export const fiftyFirstRoundHouseHistory: SessionCase[] = [
  s(MAURA, '01 chain of title on Oak St: county asked, hold, registry search URL, "thats all i needed thx"', [
    [0, 'p', 'hi im trying to find out who owned my house before us, its on Oak St in Danvers, built maybe 1890s?'],
    [25, 'l', 'Hi there! This is Maura, a reference librarian at Danvers Public Library.'],
    [31, 'l', "Happy to help with that. Do you know the current deed's book and page, or just the address?"],
    [70, 'p', 'just the address'],
    [76, 'l', "OK, let me check the registry's search for you, one moment."],
    [170, 'l', 'The Southern Essex District Registry of Deeds has an online search at salemdeeds.com: search by the street name under "Recorded Land", open your current deed, and each deed names the one before it ("being the same premises conveyed to…"), so you can walk the chain back. Deeds before 1950 are there as book images too.'],
    [176, 'l', 'Does that completely answer your question?'],
    [240, 'p', 'wow ok yes. thats all i needed thx'],
    [246, 'l', "You're welcome, thanks for chatting and good luck with the house!"],
  ], usual()),

  s(LEN, '02 Toledo city directories: pickup 75 s, "Hello!" with no identification, digital collections URL', [
    [0, 'p', 'Looking for city directories for Toledo 1920-1940, want to see who lived at 2214 Parkwood'],
    [75, 'l', 'Hello!'],
    [80, 'l', 'What years exactly do you need, all of them or a few?'],
    [120, 'p', 'every 5 yrs is fine'],
    [128, 'l', "Toledo directories 1858-1960 are free in the Toledo Lucas County Public Library's digital collections, images.toledolibrary.org: search \"city directory\" and pick the year; the street guide in the back lists residents by address."],
    [134, 'l', 'Did that help?'],
    [180, 'p', 'yes!!'],
    [186, 'l', 'Anything else I can help with?'],
    [210, 'p', 'no'],
    [214, 'l', 'Bye, thanks for chatting!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  s(ROB, '03 garage permit: City Building Department by phone and e-mail, "nope that\'s everything"', [
    [0, 'p', 'Where would I find original building permits for my house? Want to know when the garage was added.'],
    [20, 'l', 'Good afternoon, Rob here with Ask a Librarian at Fairview Library.'],
    [26, 'l', 'Which city is the house in? Around here permits are kept by the city, not the county.'],
    [60, 'p', 'fairview proper'],
    [66, 'l', "Fairview's older permits (before 1985) are on microfiche at the City Building Department, not online. Call their records clerk at 555-204-3100 or email permits@fairview.example.gov and ask for a search by address; there's no fee for viewing."],
    [72, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes thank you'],
    [136, 'l', 'Anything else today?'],
    [160, 'p', "nope that's everything"],
    [165, 'l', 'Thanks for chatting, take care!'],
  ], usual({ referral: 'pass' })),

  s(LUCIA, '04 (Spanish) 1940 tax photo of a Bronx building: "Un momento", Municipal Archives URL, "eso es todo"', [
    [0, 'p', 'Hola, busco una foto vieja de mi edificio en el Bronx, de los años 40'],
    [30, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio Pregunte al Bibliotecario de la Biblioteca de Queens.'],
    [37, 'l', '¿Tiene la dirección exacta o el número de bloque y lote?'],
    [100, 'p', '1520 Grand Concourse'],
    [106, 'l', 'Un momento, por favor, lo busco.'],
    [190, 'l', 'El Archivo Municipal de Nueva York tiene las fotos de impuestos de 1940 de cada edificio: vaya a nycrecords.access.preservica.com, busque "1940s Tax Photos" y escriba la dirección. Puede pedir una copia impresa allí mismo.'],
    [196, 'l', '¿Es esto lo que buscaba?'],
    [250, 'p', 'sí, perfecto, eso es todo'],
    [256, 'l', '¡Gracias por escribirnos! Hasta luego.'],
  ], usual()),

  s(GRANT, '05 National Register for a 1912 craftsman: NPGallery URL, "contact your State Historic Preservation Office" (no contact)', [
    [0, 'p', 'how do i get my house on the historic register? its a 1912 craftsman'],
    [35, 'l', "Hi, I'm Grant, a librarian at Mill Creek Library. Are you thinking of the National Register or a local landmark district?"],
    [90, 'p', 'national i think, not sure of the difference honestly'],
    [97, 'l', "The National Register is federal and mostly honorary; local designation comes with design rules. You can see listed properties and sample nominations in the NPS database at npgallery.nps.gov. To start a nomination you'd contact your State Historic Preservation Office, they review every one."],
    [103, 'l', 'Does that answer your question?'],
    [160, 'p', 'ok yes thanks'],
    [166, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  s(HELEN, '06 architect Whitcomb (follow-up by me): e-mail read back, "by Friday", done at 30 h', [
    [0, 'p', 'hi, my house at 44 Linden Ave was supposedly designed by an architect named Whitcomb? trying to confirm'],
    [22, 'l', "Hello, this is Helen at Brookfield Library's Ask Us chat."],
    [28, 'l', 'Do you know roughly when it was built?'],
    [60, 'p', '1925 or so'],
    [66, 'l', 'Let me look, one moment.'],
    [150, 'l', "The AIA Historical Directory of American Architects (aia.org/resources/6012-historical-directory-of-american-architects) has no Whitcomb in our state, but our Local History Room has a vertical file on Linden Ave houses that isn't online. I can have our local history librarian check it tomorrow and e-mail you what she finds. What's your e-mail?"],
    [200, 'p', 'sure its dana.k@example.com'],
    [206, 'l', "Got it, dana.k@example.com. You'll hear from us by Friday."],
    [212, 'l', 'Is there anything else I can help with?'],
    [240, 'p', 'nope thats all, thanks so much'],
    [246, 'l', "You're welcome! Thanks for using Ask Us."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(PETRA, '07 Sanborn sheet by e-mail, no time, coded Answered: code fails, contact fails, on_time pending', [
    [0, 'p', 'do u have sanborn maps for Millbrook? trying to see what was on my lot before the house'],
    [40, 'l', 'Hi! Petra here, librarian at Millbrook Public Library.'],
    [46, 'l', "What's the street address or cross streets?"],
    [80, 'p', 'corner of Elm and 3rd'],
    [86, 'l', "We have the Sanborn Maps database (millbrooklib.org > Research > Sanborn Maps) with Millbrook sheets for 1894, 1901 and 1912. The 1912 sheet isn't loading for me right now; I'll e-mail you a screenshot of your corner once it does. Is dmorrow@example.com still good?"],
    [120, 'p', "yes that's me"],
    [126, 'l', 'Great. Anything else?'],
    [150, 'p', 'no thanks'],
    [155, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  s(OSCAR, '08 torn-down house photos (follow-up by patron\'s library): phone read back, "within 72 hours", no source, not done by day 5', [
    [0, 'p', "my grandmother's house in Pinewood was torn down in the 70s. any old photos of it? 118 River Rd"],
    [30, 'l', "Good evening, I'm Oscar with the statewide Ask Us service."],
    [36, 'l', 'Is Pinewood Library your home library?'],
    [70, 'p', 'yes'],
    [76, 'l', "Pinewood's own photo collection isn't online, but their local history staff can search it. I'll pass your question to them and someone from Pinewood Library will contact you within 72 hours. What's the best phone number?"],
    [120, 'p', '555-867-0142'],
    [126, 'l', '555-867-0142, thanks. Anything else?'],
    [150, 'p', "no that's it"],
    [155, 'l', 'Thanks for contacting Ask Us, goodbye!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  s(IVY, '09 chain of title for a plaque (follow-up by me): no contact anywhere, "get back to you by Monday", done at 80 h', [
    [0, 'p', 'Need chain of title for 9 Harbor Lane back to 1900 for a house history plaque'],
    [28, 'l', 'Hi, this is Ivy, librarian at Harbor Town Library.'],
    [34, 'l', "Is the plaque for the historical society's program, or your own?"],
    [80, 'p', "the society's program, they want the first owner"],
    [86, 'l', 'Let me check our land records index, hang on.'],
    [180, 'l', "Our index of Harbor Town deeds (harbortownlib.org/deeds) goes back to 1921, and 9 Harbor Lane's 1921 owner was Ezra Pell. Earlier ones are in the county books; I'll look them up and get back to you by Monday."],
    [220, 'p', 'ok great'],
    [226, 'l', 'Thanks for your patience, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(NINA, '10 1908 Carnegie building: notice + internal note, transfer to Local History, 44 s handover', [
    [0, 'p', "hi, I'd like to know the history of the old Carnegie building on Main, who designed it"],
    [20, 'l', "Hello! I'm Nina, a librarian at Ashby Public Library. Do you mean the 1908 library building or the later annex?"],
    [50, 'p', 'the 1908 one'],
    [56, 'l', 'Our local history librarian is on chat right now and knows that building well, so I am transferring you to her. One moment please.'],
    [59, 'i', 'Ruth: pt asks who designed the 1908 Carnegie bldg, local history q, yours'],
    xfer(62, 'Ruth', 'ruth'),
    [100, 'l', "Hi, Ruth in Local History here! The 1908 building was designed by Patton & Miller of Chicago. Our building file is summarized at ashbylibrary.org/history/carnegie, and Theodore Jones's book Carnegie Libraries Across America covers the firm.", as(RUTH)],
    [106, 'l', 'Does that answer your question?', as(RUTH)],
    [150, 'p', 'yes, thanks!'],
    [155, 'l', 'Anything else?', as(RUTH)],
    [175, 'p', 'no, all set'],
    [180, 'l', 'Thanks for stopping by, bye!', as(RUTH)],
  ], usual({ transfer: 'pass' })),

  s(GUS, '11 Rosedale historic district: notice only (no internal note), receiver 164 s after the notice', [
    [0, 'p', 'my house is supposed to be in a historic district, how do I check? Rosedale'],
    [18, 'l', 'Hi, Gus here at Ask a Librarian.'],
    [24, 'l', 'Is the house inside Rosedale city limits?'],
    [60, 'p', 'yes'],
    [66, 'l', "I'll transfer you to a Rosedale librarian who knows the local districts, please hold."],
    xfer(70, 'Mei', 'mei'),
    [230, 'l', "Hello, this is Mei at Rosedale Library. The city's historic district map is at rosedale.example.gov/planning/historic-districts: type your address in the search box and it shows the district, if any.", as(MEI)],
    [236, 'l', 'Did that help?', as(MEI)],
    [290, 'p', "yes it's in one. ok thx"],
    [296, 'l', "You're welcome, goodbye!", as(MEI)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'fail' })),

  s(KEN, '12 Lost Call: one patron line, greeting, check-in at 170, disconnect notice + invitation back at 300', [
    [0, 'p', 'when was my house built? 33 Birch'],
    [40, 'l', 'Hello, this is Ken with Ask a Librarian at Birchwood Library.'],
    [170, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected, so I'll end this session. Feel free to chat back anytime!"],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call' }),

  s(BETH, '13 neighbor\'s deed too: "you\'ve used up your time for this chat — we only do one question per session"', [
    [0, 'p', 'can you find the deed for my house and the one next door and also when the street was renamed'],
    [30, 'l', 'Hi, Beth at Ask Us, Oakdale Library. Which county is this in?'],
    [60, 'p', 'Dade'],
    [66, 'l', "Deeds are searchable on the Clerk's Official Records search, miamidadeclerk.gov/ocs: search by owner name. Did that help?"],
    [110, 'p', 'kinda, what about the street name thing, and can you look up the neighbors deed for me too'],
    [118, 'l', "Sorry, you've used up your time for this chat — we only do one question per session."],
    [140, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(OLIVE, '14 how old is 812 Vine: census + directories, "other patrons waiting … chat back in later, or drop in to our Local History Room"', [
    [0, 'p', 'how old is my house? county says 1950 but the neighbors say older. also who built it, also were there any fires'],
    [25, 'l', "Hi! I'm Olive, a librarian at Cedar County Library. What's the address?"],
    [70, 'p', '812 Vine St, Cedar Falls'],
    [76, 'l', 'One sec, checking.'],
    [160, 'l', "The county's 1950 date is often just when its records start. The 1930 census on FamilySearch (familysearch.org) lists households on Vine St, and the 1920s city directories in our Digital Archive (cedarcountylib.org/digital) list residents by street, so if someone lived at 812 Vine before 1950 it'll show up there."],
    [166, 'l', 'Does that help?'],
    [220, 'p', 'yes. now about the fires and the builder and the old trolley line and my other property'],
    [228, 'l', "Those are great questions, but I have other patrons waiting right now. Please chat back in later, or drop in to our Local History Room, and we'll keep digging!"],
    [250, 'p', 'ok'],
    [255, 'l', 'Thanks, take care!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  s(SAM, '15 Sanborn maps at LOC: source first, "Which city?" after it (clarify fails)', [
    [0, 'p', 'where can I see old sanborn fire insurance maps'],
    [15, 'l', 'Hello, Sam at the Ridgeway Library chat here.'],
    [20, 'l', 'The Library of Congress has Sanborn maps online at loc.gov/collections/sanborn-maps, searchable by state and city.'],
    [50, 'l', 'Which city are you looking at?'],
    [80, 'p', 'Ridgeway, ohio'],
    [88, 'l', 'LOC has Ridgeway for 1887, 1893 and 1905. Is that what you needed?'],
    [130, 'p', 'yes thx'],
    [134, 'l', 'Anything else I can help you with?'],
    [160, 'p', 'no'],
    [165, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),

  s(TINA, '16 1800s land owners: "go to the Recorder\'s office in person" (no source, referral without contact), "Does that help?"', [
    [0, 'p', 'where do i find who owned my land in the 1800s? rural property in Greene county'],
    [30, 'l', "Hi, I'm Tina, a librarian at Greene County Public Library."],
    [36, 'l', 'Do you know the township?'],
    [90, 'p', 'Jackson twp'],
    [96, 'l', "Land records that old are kept by the county Recorder of Deeds. You'd want to go to the Recorder's office in person and ask them for the grantor-grantee indexes, starting with the current owner and working back."],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'ok thanks'],
    [156, 'l', "You're welcome, goodbye!"],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  s(VIC, '17 architect of The Mayfair: holds at 60/150/245, answer at 330 (ProQuest path), "that\'s everything"', [
    [0, 'p', "I'm trying to find the architect of a 1920s apartment building, The Mayfair, 300 Lake Shore"],
    [20, 'l', 'Hi, Vic here, a reference librarian at Lakeshore Public Library. Do you know the year it was finished?'],
    [55, 'p', '1927 I think'],
    [60, 'l', 'Let me look in a few places, bear with me.'],
    [150, 'l', 'Still looking — the permit notices are slow to search today.'],
    [245, 'l', 'Found a lead, just confirming it.'],
    [330, 'l', 'The Chicago Tribune of March 4, 1927 names Robert DeGolyer as architect of The Mayfair. It is in our ProQuest Historical Newspapers database at lakeshorelib.org/databases; search "Mayfair" and "DeGolyer".'],
    [336, 'l', 'Does this completely answer your question?'],
    [400, 'p', "yes!! amazing, that's everything"],
    [406, 'l', 'Happy to help, thanks for chatting!'],
  ], usual()),

  s(WES, '18 Hotel Regent photos: "ok let me check" then 155 s', [
    [0, 'p', 'trying to find old photos of the Hotel Regent downtown, from before it burned'],
    [25, 'l', 'Good morning, Wes here from Ask a Librarian at Dunmore Library.'],
    [30, 'l', 'Do you know what year it burned?'],
    [70, 'p', '1962'],
    [75, 'l', 'ok let me check'],
    [230, 'l', 'Our digital photo archive (dunmorelibrary.org/photos) has 14 photos of the Hotel Regent from 1910-1960: search "Regent".'],
    [236, 'l', 'Is that what you were looking for?'],
    [280, 'p', "yes that's all I needed"],
    [286, 'l', 'Great, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  s(ZOE, '19 Sears kit house: "Sure, take your time!" then the patron in the basement 234 s', [
    [0, 'p', 'how do I find out if my house was a Sears kit house?'],
    [30, 'l', "Hi there, this is Zoe at Hillsdale Library's Ask a Librarian."],
    [36, 'l', "Have you found any stamped lumber or part numbers in the basement or attic? That's the usual first clue."],
    [80, 'p', 'hmm let me go look in the basement'],
    [86, 'l', 'Sure, take your time!'],
    [320, 'p', "ok found '17 B 22' stamped on a joist"],
    [326, 'l', "That fits Sears' numbering. Compare your floor plan with the catalogs in the Sears Archives at searsarchives.com/homes, sorted by year, and with the book Houses by Mail by Stevenson and Jandl."],
    [332, 'l', 'Did that help?'],
    [380, 'p', 'yes! thanks'],
    [386, 'l', 'Anything else?'],
    [400, 'p', 'no thats it'],
    [405, 'l', 'Enjoy the detective work, bye!'],
  ], usual()),

  s(ABE, '20 1955 blueprints: answer at 76, check-in at 220, "It looks like you\'ve disconnected. I\'ll close this chat now." (no goodbye)', [
    [0, 'p', 'need to find the original blueprints for my house, built 1955 in Westlake'],
    [20, 'l', 'Hello, this is Abe, librarian at Westlake Public Library.'],
    [26, 'l', 'Do you know who built it — a developer or a custom builder?'],
    [70, 'p', 'a developer I think, the whole street looks the same'],
    [76, 'l', "For tract houses the plans were usually filed with the permit. Westlake's permit archive search is at westlake.example.gov/permits/archive; search by address and the plan set shows as a PDF if it was kept."],
    [82, 'l', 'Does that help?'],
    [220, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've disconnected. I'll close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  s(FAY, '21 assessor cards with photos: answer at 66, "Still with me?" at 200, ends at 300 with no notice', [
    [0, 'p', 'is there a way to see old tax assessment cards with photos for houses in Marion county'],
    [25, 'l', "Hi! I'm Fay with Marion County Library's Ask a Librarian."],
    [31, 'l', 'Which decade are you looking for?'],
    [60, 'p', '1960s'],
    [66, 'l', "The Assessor's historic property cards (1958-1975) are scanned at marionassessor.example.gov/historic-cards: enter the parcel number or address and the card shows the photo."],
    [72, 'l', 'Was that what you needed?'],
    [200, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 100 }),

  s(JUNE, '22 Maple Terrace street name: answer at 51, session ends at 207 with no check-in (idle 156 s)', [
    [0, 'p', 'looking for when our street got its name, Maple Terrace in Bristol'],
    [20, 'l', "Hello, you've reached June at Bristol Library."],
    [26, 'l', 'Bristol CT or Bristol RI?'],
    [45, 'p', 'CT'],
    [51, 'l', 'The book Bristol Street Names by Ruth Hummel, in our catalog at bristollib.com, says Maple Terrace was named in 1911 for the maples planted along the new lots.'],
    [57, 'l', 'Does that answer your question?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 150 }),

  s(KARA, '23 boarding house in the 1880s: Chronicling America; Kara at four open chats', [
    [0, 'p', 'Hi, I want to find old newspaper articles about my house, it was a boarding house in the 1880s'],
    [30, 'l', "Hi, Kara here, a librarian with Ask Us at Fenwick Library. What's the address and town?"],
    [75, 'p', '14 Water St, Fenwick'],
    [81, 'l', 'Try Chronicling America at loc.gov/chroniclingamerica, which has the Fenwick Herald 1870-1922; search "Water Street" and "boarding".'],
    [87, 'l', 'Is that helpful?'],
    [140, 'p', 'yes very'],
    [146, 'l', 'Anything else?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('k1', 'kara', -100, 300), other('k2', 'kara', 10, 250), other('k3', 'kara', 40, 500)] }),

  s(LIAM, '24 Linwood theater (chat-speak): "omg yes thats all i needed"; others touching at both ends, three at most', [
    [0, 'p', 'hey when was the Linwood theater built? my apt is in it now lol'],
    [22, 'l', 'hi!! Liam @ Linwood Library here 🙂 do u mean the old movie theater on 5th?'],
    [50, 'p', 'ya that one'],
    [56, 'l', 'built 1926, architect John Eberson. Cinema Treasures has its page w/ photos: cinematreasures.org/theaters/linwood. did that help?'],
    [90, 'p', 'omg yes thats all i needed'],
    [95, 'l', 'yay! thx for chatting, bye'],
  ], usual(), {}, { otherIntervals: [other('l1', 'liam', -300, 0), other('l2', 'liam', 100, 900), other('l3', 'liam', -50, 400), other('l4', 'liam', 20, 600)] }),

  s(TRAIN, '25 practice chat (house history script): coded Practice, every check na', [
    [0, 'p', 'test: how do I find my house deed'],
    [10, 'l', 'Hi, this is a practice chat for house history training.'],
    [20, 'l', 'Try the county registry search. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(MONA, '26 what is a chain of title: house history guide URL; resolution code null', [
    [0, 'p', 'What is a chain of title and how do I do one?'],
    [20, 'l', 'Hello! Mona here, librarian at Eastbrook Library.'],
    [25, 'l', 'Is this for a house you own, or for research on another property?'],
    [60, 'p', 'my own'],
    [66, 'l', "A chain of title is the list of every owner from now back to the first sale. Our guide Researching Your House's History, at eastbrooklib.org/guides/house-history, walks through it step by step with the county deed search."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'No thank you'],
    [135, 'l', 'Thanks for using our chat, goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  s(PAT, '27 Lost Call after three patron lines: pickup at exactly 60 s, 1910 census, check-in and notice with invitation back', [
    [0, 'p', 'hi'],
    [10, 'p', 'need help with a house history'],
    [60, 'l', 'Hi, Pat at Ask a Librarian here.'],
    [66, 'l', 'What would you like to know about the house?'],
    [90, 'p', 'who lived there in 1910'],
    [96, 'l', "The 1910 census on FamilySearch (familysearch.org) is searchable by place and lists every household. What's the address?"],
    [220, 'l', 'Are you still there?'],
    [290, 'l', "It looks like you've disconnected, so I'll end the chat. Please come back anytime!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(DEB, '28 Whitfield House nomination: pickedUpAt 40 s, first line at 90 s, NPGallery, "perfect, no more questions"', [
    [0, 'p', 'Looking for the National Register nomination form for the Whitfield House in Alder'],
    [90, 'l', "Hi, I'm Deb, a reference librarian at Alder Public Library. Is that the Whitfield House on Route 9?"],
    [130, 'p', 'yes'],
    [136, 'l', 'Its nomination form (1979) is a PDF on the NPS NPGallery: npgallery.nps.gov, search "Whitfield House" and "Alder". It has the architect, a history of the owners and photos.'],
    [142, 'l', 'Does that help?'],
    [180, 'p', 'perfect, no more questions'],
    [185, 'l', 'Thanks for chatting!'],
  ], usual(), { pickedUpAt: at(40) }),

  s(DESK3, '29 1930s look of 221 Poplar: "Hi there! Good question." under the screen name "Ask Desk 3" (no identification)', [
    [0, 'p', 'how can i find out what my house looked like in 1930'],
    [20, 'l', 'Hi there! Good question.'],
    [26, 'l', 'Do you have the address?'],
    [60, 'p', '221 Poplar, Greenville'],
    [66, 'l', 'The Greenville County Library\'s digital photo collection (greenvillelibrary.example.org/photos) has the 1937 WPA survey photos by address: search "Poplar".'],
    [72, 'l', 'Is that what you wanted?'],
    [120, 'p', 'yes thank you'],
    [125, 'l', 'Have a good one, thanks for asking!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  s(NELL, '30 speakeasy at 401 Cherry (chat-speak): the library\'s Archives & Local History by e-mail and phone, "yess ty!! thats all"', [
    [0, 'p', 'hiii so my landlord says our building was a speakeasy?? how would i even check that lol'],
    [28, 'l', "Hi! I'm Nell, a librarian at Kingsport Public Library. Fun question! Which building, and do you know when it was built?"],
    [80, 'p', 'the brick one at 401 Cherry, 1900s ish'],
    [86, 'l', "Our Archives & Local History department has the Kingsport Times index and the 1920s police blotters, which aren't online. Email them at localhistory@kingsportlib.example.org or call 555-246-8800 and ask for a search on 401 Cherry during Prohibition."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yess ty!! thats all'],
    [145, 'l', 'Have fun digging, bye!'],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-first round: house and building history, checked', () => {
  describeSessions('whole sessions', fiftyFirstRoundHouseHistory.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFirstRoundHouseHistory.filter((c) => c.name in LEFT_WHY));
});
