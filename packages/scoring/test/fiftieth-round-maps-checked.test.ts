/**
 * Fiftieth round, theme MAPS, LAND AND PLACES, checked: 30 whole sessions no one had written, from public, university and
 * cooperative "ask a librarian" chats: historic maps (Sanborn fire insurance maps, 1870s landowner atlases, a 1955 city
 * directory map, trolley lines, a hand-drawn 1852 attic map, georeferenced Ordnance Survey sheets, Underground Railroad
 * routes), property plats and surveys (subdivision plats, a 1924 plat on microfilm, 1915 township plat books, plat vs survey,
 * a neighbor's fence, adverse possession), GIS and parcel viewers (an appraisal district map viewer in Spanish, a county GIS
 * with section corners, commissioner and congressional districts, USGS elevation and FEMA flood maps), topographic maps
 * (USGS topoView), land grants (Texas GLO, Spanish and Mexican grants around Taos, the Lake Lanier takings), place-name
 * origins (Intercourse PA, Chattanooga, a renamed road) and boundaries (Delaware's Twelve-Mile Circle, an 1880s county line
 * survey). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (the labels
 * copied aside to /tmp/fiftiethRoundMaps-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi! This is Priya at …"; "Good afternoon, Derrick here, reference librarian at …"; chat-speak "hey! Sam w/
 *   AskNow Minnesota here 🙂"; Spanish "¡Hola! Soy Lucía, bibliotecaria de …"; "Hi, sorry for the wait! I'm Nell …" at 88 s
 *   after a queue line and a patron "hello??" (pickup fails); "Hi there!" + "Which city…?" at exactly 60 s under the screen
 *   name "Reference Desk" (pickup passes, greeting fails); greeting + clarifying question in one line (11, 21); `pickedUpAt`
 *   at 40 s with the first line at 75 s (30); a pickup at 70 s in a Lost Call (21);
 *  inquiry: town, county, subdivision or plat book, home library, state, grantee and county, scale, certified copy vs look,
 *   GeoTIFF vs view, official vs ballpark; restatements ("So you're looking for …", "So you need a map that shows …");
 *   a question asked only after the first source (04: fail); a question whose reason names the map series (01, LEFT);
 *  waits: holds every 95 s (03); "Let me look at what we have." then 164 s (07: fail); a transfer notice (a hold), the
 *   receiver's hold 38 s later and her answer exactly 120 s after it (22: pass); a silent transfer 70 s after the patron (23);
 *   "Of course, take your time." before a 244 s absence (30: waiting on the patron);
 *  endings: "thats all i needed", "that's everything", "eso es todo", "nope thats all", "no thats it" (patron, done);
 *   "yep ty", "ok fine", "ok" (not done); "cool, good luck w/ the project, bye!", "¡De nada! Gracias por usar nuestro chat",
 *   "Good luck with it — take care!", "Happy house hunting, bye!", "Great, take care!"; "Sorry, you've used up your time for
 *   this chat. Each patron only gets 15 minutes." (dismissal, no goodbye); "several other patrons waiting … Please chat back
 *   in later … thanks for your patience!" (allowed, courteous); the patron's "that's everything i needed" as the last line
 *   with no goodbye (courteous fails);
 *  final idle: 254 s with a check-in and a notice that invites back (12); 150 s with "Still there?" only (13: idle pass,
 *   disconnect na, courteous fails); 200 s of nothing (14); a Lost Call with a 200 s idle, check-in and notice + goodbye
 *   (20); 190 s with a check-in and no notice (21);
 *  sources: LOC, USGS, FEMA, GLO, state archives, county recorder, GIS and appraisal viewers by URL; a call number + URL; a
 *   book by title and author; an answer from memory with no source at all (27: fail);
 *  referrals: the Recorder's Office by phone (02); the State Archives "through archives…/reference-request" and a historical
 *   society by phone (28); "you'll need to hire a licensed land surveyor" with no contact (06, LEFT); "has to come from a
 *   licensed surveyor" as a statement (25: no referral); local history staff consulted on the patron's behalf (17) and the
 *   home library's staff who will contact the patron (16) as no referral; a transfer as no referral (22, 23);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (15); FU_LIB, e-mail read back, "Someone … will
 *   contact you" with no time, done after 100 h (16: contact and on_time fail); a promise "by tomorrow evening" with the e-mail
 *   read back, coded Answered (17: code fails, on_time pending); FU_ME by phone read back, "within 72 hours", nothing recorded
 *   by day 5 (18: on_time fails); FU_ME with no e-mail or phone anywhere (19: code and contact fail, on_time pending);
 *  codes: a true Lost Call (20); Lost Call after three patron lines (21); null (27); Practice (26);
 *  transfers: a visible notice + an internal note that says why (22: pass); an internal note only (23: fail);
 *  concurrency: four at once (24: fail); others ending exactly at startedAt and starting exactly at endedAt, three at most
 *   (25: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "you'll need to hire a licensed land surveyor to mark the corners" tells the patron to contact a person outside the chat:
 *   a referral, here with no contact (as the project read "have a lawyer look it over" in the forty-sixth round); "The
 *   official Elevation Certificate has to come from a licensed surveyor." states a requirement and tells the patron to
 *   contact no one: no referral;
 * - a clarifying question whose stated reason names the series the patron asked about ("What city or town is the lot in?
 *   Sanborn maps only cover some places and some years.") gives no source (no URL, nothing for the patron to use);
 * - "that work?", "Does that get you started?", "Does that give you a start?", "Is that enough for now?", "Does that match
 *   what you see?", "Does that clear it up?", "¿Es lo que buscaba?" ask whether what was given meets the need; "What's the
 *   best number?" and "What e-mail should they use?" do not;
 * - "Does that clear it up?" after an answer from memory passes completeness ("in or after the first message that gives a
 *   source or answer") while info.source fails (27);
 * - "Hi! Anh here, map & GIS librarian. Give me a minute to check our holdings." is a hold (it asks the patron to wait), so
 *   her answer 120 s later ends a span of exactly 120 s: not longer than `silenceSeconds`;
 * - "I'll dig into some other indexes and get back to you." is a follow-up promise (19); "Someone from Greene County Public
 *   Library will contact you." is one with no time (16);
 * - "thanks for your patience!" at the end of the "other patrons waiting" line thanks the patron (courteous passes, 11);
 * - a Lost Call whose provider lines are only a greeting, a check-in and a notice has no substantive exchange (information
 *   checks na); its final idle runs from the greeting (the first non-hold provider line after the patron's) to the goodbye.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - inquiry.clarify, case 01: "What city or town is the lot in? Sanborn maps only cover some places and some years." read as
 *    the first source (message 2), so the question is not before it (fail; RUBRIC pass);
 *  - referral.contact, case 06: "you'll need to hire a licensed land surveyor to mark the corners" read as no referral (na;
 *    RUBRIC fail: a person outside the chat, no contact).
 * Every timing check (pickup at 88 s, exactly 60 s, 70 s and by `pickedUpAt`; keep_informed across holds, a transfer and a
 * 120 s span; idle and disconnect spans of 150, 190, 200 and 254 s; concurrency at touching ends; on_time done / late /
 * pending / not done by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every running case (patron e-mails and a phone typed and read back in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 *
 * ON V49 (block O, after this file was labelled on v48): case 06 (O8: "hire a licensed land surveyor") reads as labelled: 29
 *   running, 1 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { as, P, session, xfer } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA = P('priya-m', 'Priya', 'EFPL');
const DERRICK = P('derrick', 'Derrick', 'CCL');
const SAM = P('sam-an', 'sam_asknow', 'ASKMN');
const HOLLIS = P('hollis', 'Hollis', 'LAL');
const LUCIA = P('lucia', 'Lucía', 'MPL-TX');
const GRETA = P('greta', 'Greta', 'PRL');
const BORIS = P('boris', 'Boris', 'DCL');
const NELL = P('nell', 'Nell', 'APL');
const REFDESK = P('refdesk', 'Reference Desk', 'WCL');
const VIC = P('vic', 'Vic', 'HPL');
const IDA = P('ida', 'Ida', 'ASKIN');
const OMAR = P('omar', 'Omar', 'HCPL');
const JUNE = P('june', 'June', 'FPL');
const KWAME = P('kwame', 'Kwame', 'BKL');
const ROSALIND = P('rosalind', 'Rosalind', 'MCL');
const TOBIAS = P('tobias', 'Tobias', 'ASKOH');
const ELLIS = P('ellis', 'Ellis', 'KDL');
const FAYE = P('faye', 'Faye', 'FCPL');
const GIDEON = P('gideon', 'Gideon', 'ASKTX');
const MARTA = P('marta', 'Marta', 'CML');
const PENN = P('penn', 'Penn', 'STATE');
const CLEO = P('cleo', 'Cleo', 'UNIV');
const ANH = P('anh', 'Anh', 'UNIV');
const BEA = P('bea', 'Bea', 'WCL-MI');
const KIT = P('kit', 'Kit', 'WCLL');
const LEO = P('leo', 'Leo', 'ASKDE');
const MAYA = P('maya', 'Maya', 'SGCL');
const TRAINEE = P('trainee3', 'Trainee 3', 'TRN');
const NOOR = P('noor', 'Noor', 'ASKUS');
const HAL = P('hal', 'Hal', 'RPL');
const TESSA = P('tessa', 'Tessa', 'ASKNM');
const IVY = P('ivy', 'Ivy', 'CHCL');

export const fiftiethRoundMaps: SessionCase[] = [
  // 01 Sanborn maps, a hold of 84 s, a clean ending
  s(PRIYA, '01 Sanborn fire insurance maps for a 1910 lot: town asked, hold 84 s, LOC + library database, "thats all i needed"', [
    [0, 'p', 'hi do you have old fire insurance maps? trying to see what was on my lot in like 1910'],
    [30, 'l', "Hi! This is Priya at Eastfield Public Library's Ask a Librarian chat."],
    [36, 'l', 'What city or town is the lot in? Sanborn maps only cover some places and some years.'],
    [80, 'p', 'Marlow, ohio. 412 Elm st'],
    [86, 'l', 'Great, let me check which years exist for Marlow.'],
    [170, 'l', 'Marlow has Sanborn sheets for 1893, 1904 and 1912. The Library of Congress has them free at loc.gov/collections/sanborn-maps (search Marlow, Ohio), and the 1912 set is in color in our Ohio Sanborn database at eastfieldlibrary.org/research > Maps. Elm St is on sheet 7 of 1912.'],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', 'omg yes, i can see the house!! thats all i needed'],
    [246, 'l', 'Wonderful! Thanks for chatting, bye!'],
  ], usual()),

  // 02 subdivision plat: Recorder search URL + Recorder's Office phone
  s(DERRICK, '02 subdivision plat: county asked, Recorder document search URL + "call the Cedar County Recorder\'s Office at 555-…"', [
    [0, 'p', 'I need the plat for my subdivision, Whispering Pines phase 2. where would that be'],
    [18, 'l', 'Good afternoon, Derrick here, reference librarian at Cedar County Library.'],
    [25, 'l', 'Is the subdivision in Cedar County? And do you need a certified copy or just to look at it?'],
    [60, 'p', 'yes cedar. just to look, trying to see where my back line is'],
    [70, 'l', "Recorded plats are online in the Recorder's document search at cedarcountyrecorder.example.gov/search: choose Document type = Plat and type Whispering Pines. If it isn't there, call the Cedar County Recorder's Office at 555-210-4400, they can pull the plat book for you."],
    [76, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'found it, thanks'],
    [125, 'l', 'Anything else I can help you with?'],
    [150, 'p', 'no'],
    [155, 'l', 'Have a great day — thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 03 chat-speak, holds every 95 s
  s(SAM, '03 1950s topo of Lake Harriet (chat-speak): "hey! Sam w/ AskNow Minnesota", holds "one sec, searching" / "still looking", topoView, "that work?"', [
    [0, 'p', 'need old topo map of area around lake harriet from like the 1950s for a school project'],
    [12, 'l', 'hey! Sam w/ AskNow Minnesota here 🙂'],
    [17, 'l', 'what scale do u need, or just any old topo that shows the lake?'],
    [50, 'p', 'any idk'],
    [55, 'l', 'ok one sec, searching'],
    [150, 'l', 'still looking, usgs has a bunch of editions'],
    [245, 'l', "found some! USGS topoView: ngmdb.usgs.gov/topoview, zoom to Lake Harriet and pick Minneapolis South 1:24000, there's 1951 and 1967 editions, free PDF or GeoTIFF download"],
    [250, 'l', 'that work?'],
    [290, 'p', 'ya thx'],
    [294, 'l', 'anything else?'],
    [320, 'p', 'nope'],
    [324, 'l', 'cool, good luck w/ the project, bye!'],
  ], usual()),

  // 04 place-name origin: the source first, the question after
  s(HOLLIS, '04 why "Intercourse, PA": Espenshade\'s Place Names + HathiTrust at once, "school assignment or curiosity?" only after', [
    [0, 'p', 'Why is our town called Intercourse PA? my kid asked and i had no idea lol'],
    [25, 'l', "Hello! I'm Hollis, a librarian at Lancaster Area Libraries."],
    [31, 'l', "There are a few stories. The book \"Pennsylvania Place Names\" by A. Howry Espenshade (1925) gives the old one: the village was called Cross Keys until 1814, and the name may come from the entrance to a racetrack ('Entercourse') or the old sense of 'intercourse' as fellowship. It's also on HathiTrust at hathitrust.org."],
    [37, 'l', 'Is this for a school assignment, or just curiosity?'],
    [80, 'p', 'just curious lol'],
    [86, 'l', "Then the village's own history page tells it well too: intercourse.example.org/history. Did that help?"],
    [120, 'p', 'yep ty'],
    [126, 'l', "You're welcome, thanks for asking!"],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 05 Spanish: appraisal district map viewer
  s(LUCIA, '05 límites del terreno (Spanish): "¡Hola! Soy Lucía", account or address asked, "Un momento", visor de mapas URL, "¿Es lo que buscaba?", "eso es todo"', [
    [0, 'p', 'hola, como puedo ver los limites de mi terreno en un mapa? vivo en el condado de Hidalgo'],
    [22, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de McAllen. Con gusto le ayudo.'],
    [28, 'l', '¿Tiene la dirección o el número de cuenta de la propiedad?'],
    [70, 'p', 'la direccion, 2210 calle naranjo'],
    [76, 'l', 'Un momento, por favor.'],
    [150, 'l', 'El Distrito de Tasación del Condado Hidalgo tiene un visor de mapas en hidalgoad.example.org/mapsearch. Escriba 2210 Naranjo en la búsqueda y haga clic en la parcela: verá las líneas del lote sobre la foto aérea. Ojo, son aproximadas, no son un levantamiento oficial.'],
    [156, 'l', '¿Es lo que buscaba?'],
    [210, 'p', 'si perfecto, eso es todo gracias'],
    [215, 'l', '¡De nada! Gracias por usar nuestro chat, que tenga buen día.'],
  ], usual()),

  // 06 fence on the line: "hire a licensed land surveyor" with no contact
  s(GRETA, '06 neighbor\'s fence: land records URL, "you\'ll need to hire a licensed land surveyor to mark the corners" (no contact)', [
    [0, 'p', 'my neighbor put up a fence and i think its on my property. how do i find out where the line actually is?'],
    [35, 'l', "Hi, this is Greta at Pine Ridge Library. Sorry you're dealing with that!"],
    [41, 'l', 'Do you have a copy of the survey or plat from when you bought the house?'],
    [100, 'p', 'no i dont think so, we bought in 2009'],
    [106, 'l', "Your deed and any recorded survey should be in the county's online land records at pineridgecounty.example.gov/landrecords (search your name, 2009). The GIS parcel lines on the county map are only approximate, though. To know exactly where the line is, you'll need to hire a licensed land surveyor to mark the corners."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'ok yeah thanks'],
    [176, 'l', 'Is there anything else I can help with?'],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Good luck with it — take care!'],
  ], usual({ referral: 'fail' })),

  // 07 "Let me look at what we have." then 164 s
  s(BORIS, '07 1870s landowner atlas: restated "So you\'re looking for…", "Let me look at what we have." then 164 s of silence', [
    [0, 'p', 'Looking for a map of the county from the 1870s showing landowners names'],
    [20, 'l', "Good morning, you've reached Boris at the Dover County Library reference desk."],
    [26, 'l', "So you're looking for an atlas or wall map from the 1870s that names each landowner — is it for family history?"],
    [60, 'p', 'yes my great great grandfather farmed there'],
    [66, 'l', 'Let me look at what we have.'],
    [230, 'l', 'We have the 1874 Atlas of Dover County (F157 .D6 A8) in Local History, and it\'s scanned on the state digital library: digital.statelib.example.org, search "Dover County atlas 1874". Each township page lists owners by parcel.'],
    [236, 'l', 'Does that cover what you need?'],
    [280, 'p', "perfect thanks so much. that's everything"],
    [286, 'l', 'My pleasure, thanks for using the chat!'],
  ], usual({ informed: 'fail' })),

  // 08 88 s pickup with a "hello??" in the queue
  s(NELL, '08 prior owners of a house: "hello??" at 40, picked up at 88 s, Registry of Deeds URL, "no thank you"', [
    [0, 'p', 'where can i find who owned my house before me'],
    queue(2, 2),
    [40, 'p', 'hello??'],
    [88, 'l', "Hi, sorry for the wait! I'm Nell, a librarian at Ashby Public Library."],
    [94, 'l', 'Which county is the house in?'],
    [130, 'p', 'essex'],
    [136, 'l', 'The Essex County Registry of Deeds has every deed back to the 1600s, searchable free at masslandrecords.example.com/essex. Search your own name first, then follow the "book/page" reference in your deed back to the seller.'],
    [142, 'l', 'Did that help?'],
    [200, 'p', 'yes, thank you'],
    [205, 'l', 'Anything else today?'],
    [230, 'p', 'no thank you'],
    [234, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail' })),

  // 09 greeting names no one; pickup at exactly 60 s
  s(REFDESK, '09 trolley lines map: "Hi there!" at exactly 60 s + "Which city?" under the screen name "Reference Desk", Richards Atlas + Leventhal URLs', [
    [0, 'p', 'is there a map showing the old trolley lines in the city'],
    [60, 'l', 'Hi there!'],
    [65, 'l', 'Which city are you asking about?'],
    [100, 'p', 'worcester'],
    [106, 'l', "Worcester's street railway lines are drawn on the 1911 Richards Atlas plates, online at the Worcester Historical Museum's digital collections (worcesterhistory.example.org/atlas), and the Leventhal Map Center has a 1902 trolley map at leventhalmap.org."],
    [111, 'l', 'Was that what you were after?'],
    [150, 'p', 'yes exactly'],
    [156, 'l', 'Need anything else?'],
    [180, 'p', 'no'],
    [184, 'l', 'Have a good one, thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 10 "you've used up your time for this chat"
  s(VIC, '10 plat books for 14 townships: "Sorry, you\'ve used up your time for this chat. Each patron only gets 15 minutes." (dismissal, no goodbye)', [
    [0, 'p', 'i need maps of every township in the county showing property lines for 1900, 1920, 1940, and 1960'],
    [30, 'l', 'Hello, Vic at Harlan Public Library here.'],
    [36, 'l', 'Which county?'],
    [60, 'p', 'harlan'],
    [66, 'l', "The 1900 and 1920 plat books are in our digital collections at harlanlibrary.example.org/plats. For 1940 and 1960 you'd need the microfilm."],
    [72, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes but can you look up each township for me and send me the pages for my family names, there are like 14 townships. also the 1960 ones'],
    [128, 'l', "Sorry, you've used up your time for this chat. Each patron only gets 15 minutes."],
    [135, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 11 other patrons waiting, a way back
  s(IDA, '11 sections + road survey + 1938 aerials: "several other patrons waiting … Please chat back in later … thanks for your patience!"', [
    [0, 'p', 'hi, can u help me find the plat maps for sections 4, 9, 16, 21 and 28 in Oak township, and the old road survey for county rd 12, and the 1938 aerial photos'],
    [25, 'l', "Hi, I'm Ida with the Ask Indiana chat service! Which county is Oak Township in?"],
    [60, 'p', 'Lagrange'],
    [66, 'l', "The LaGrange County GIS at lagrangegis.example.org has the section corner records and subdivision plats (turn on the 'Section Corners' and 'Subdivisions' layers). The 1938 aerials are in the Indiana Historical Aerial Photo Index at igws.example.edu/aerials."],
    [72, 'l', 'Does that give you a start?'],
    [120, 'p', 'ok yes but can you pull every section for me and also the road survey'],
    [128, 'l', "I have several other patrons waiting right now, so I can't pull each section today. Please chat back in later and we'll keep going with the road survey — thanks for your patience!"],
    [150, 'p', 'ok fine'],
  ], usual({ anything: 'fail' })),

  // 12 final idle 254 s: check-in, then a notice that invites back
  s(OMAR, '12 meaning of "Chattanooga": Tennessee Encyclopedia URL, "Are you still with me?" at 220, notice + "Come back any time" at 330', [
    [0, 'p', 'where does the name Chattanooga come from'],
    [20, 'l', 'Hello! Omar here, librarian at Hamilton County Public Library.'],
    [26, 'l', 'Are you after the original meaning, or how the city came to be called that?'],
    [70, 'p', 'the meaning'],
    [76, 'l', "Most sources trace it to a Creek or Cherokee word for Lookout Mountain, often glossed 'rock rising to a point'. The Tennessee Encyclopedia entry for Chattanooga (tennesseeencyclopedia.net/entries/chattanooga) goes over the theories."],
    [82, 'l', 'Does that answer it?'],
    [220, 'l', 'Are you still with me?'],
    [330, 'l', "It looks like we've been disconnected, so I'll end this chat shortly. Come back any time if you have more questions!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 13 final idle 150 s: "Still there?" and nothing more
  s(JUNE, '13 1955 Polk directory map: answer at 66, "Still there?" at 170, session ends at 216 (idle 150 s, no goodbye)', [
    [0, 'p', 'do you have the 1955 city directory map? the fold out one'],
    [25, 'l', 'Hi, this is June at Fairport Library.'],
    [31, 'l', 'Do you mean the street map bound into the 1955 Polk directory?'],
    [60, 'p', 'yes'],
    [66, 'l', "Yes, the 1955 Polk's Fairport City Directory is in our Local History room (R 917.47 P76 1955), map included; the room is open Tue-Sat 10-5. It's also digitized at fairportlibrary.example.org/directories."],
    [72, 'l', 'Does that help?'],
    [170, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 46 }),

  // 14 final idle 200 s, nothing at all
  s(KWAME, '14 commissioner district map: answer at 56, "Is that what you needed?", then 200 s of nothing to the end', [
    [0, 'p', 'where can i get a map of the county commissioner districts'],
    [18, 'l', 'Hi! Kwame, librarian at Brookfield Library, here.'],
    [24, 'l', 'Which county, and do you need the current districts?'],
    [50, 'p', 'brookfield county, current'],
    [56, 'l', "The current commissioner district map is a PDF on the county elections page: brookfieldcounty.example.gov/elections/maps. The GIS viewer there lets you type an address to see which district it's in."],
    [62, 'l', 'Is that what you needed?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 194 }),

  // 15 follow-up by me: e-mail read back, "by Friday", done in 30 h
  s(ROSALIND, '15 1924 plat on microfilm (follow-up by me): plat index URL, e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', "Im trying to find the original 1920s survey of my lot in Glen Echo, the county says its not online"],
    [30, 'l', 'Good afternoon, this is Rosalind at the Montrose County Library Maryland Room.'],
    [36, 'l', 'Do you know the subdivision name or the plat book number from your deed?'],
    [90, 'p', 'Glen Echo Heights, plat book 3 i think'],
    [96, 'l', 'Thanks, checking our plat index.'],
    [180, 'l', "Our plat index (montroselibrary.example.org/marylandroom/plats) shows Plat Book 3, page 47 for Glen Echo Heights (1924), on microfilm here in the Maryland Room. It hasn't been scanned, so I'd need to pull the reel tomorrow."],
    [186, 'l', "If you send me your e-mail, I'll scan the page and e-mail it to you by Friday."],
    [230, 'p', 'great, its dkowalski@example.com'],
    [236, 'l', 'Got it, dkowalski@example.com. You\'ll have the scan from me by Friday.'],
    [242, 'l', 'Anything else I can help with in the meantime?'],
    [270, 'p', 'no thats all, thank you!'],
    [275, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 16 follow-up by the patron's library: e-mail read back, no time, done after 100 h
  s(TOBIAS, '16 1915 plat book at the home library (follow-up by patron\'s library): e-mail read back, "Someone … will contact you" (no time), done after 100 h', [
    [0, 'p', 'hello, my town library has old farm maps (plat books) and I want to know if they have 1915 for Sugar Creek township'],
    [40, 'l', "Hello, I'm Tobias with the Ask Ohio cooperative chat, staffed by librarians around the state."],
    [46, 'l', 'Which library is your home library?'],
    [80, 'p', 'Greene County Public Library, xenia'],
    [86, 'l', "Their Local History catalog at greenelibrary.example.org/localhistory lists county plat books, but not which years are in the building. I'll pass your question to the Greene County staff so they can check the shelf. What e-mail should they use?"],
    [140, 'p', 'mabel.r@example.com'],
    [146, 'l', 'Thanks — mabel.r@example.com. Someone from Greene County Public Library will contact you.'],
    [152, 'l', 'Thanks for using Ask Ohio, have a good evening!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(152 + 100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 17 a promise coded Answered
  s(ELLIS, '17 when Old Mill Rd was renamed: 1936 highway map, "I\'ll … e-mail you … by tomorrow evening", e-mail read back, coded Answered', [
    [0, 'p', "Hi, I'm looking for when our road (Old Mill Rd) got its name. It used to be called something else on old maps"],
    [28, 'l', 'Hi there! Ellis here from Ask a Librarian at Kent District Library.'],
    [34, 'l', 'Do you know roughly when the name changed, or which township the road is in?'],
    [90, 'p', 'Cascade township, sometime before 1950 i think'],
    [96, 'l', 'Let me check the old county maps we have online.'],
    [190, 'l', "On the 1936 county highway map in our digital archive (kdl.example.org/digital, search 'Kent County highway map 1936') it's labelled 'Thornapple Road'. Road renamings are in the county road commission minutes, which our local history staff can check."],
    [196, 'l', 'Does that get you started?'],
    [240, 'p', 'yes! id love to know the date of the change'],
    [246, 'l', "I'll ask our local history staff to look through the minutes and I'll e-mail you what they find by tomorrow evening. What's your e-mail?"],
    [290, 'p', 'tom.h@example.com'],
    [296, 'l', 'Perfect, tom.h@example.com — talk to you tomorrow. Anything else?'],
    [320, 'p', 'nope thats all'],
    [325, 'l', 'Great, thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 18 follow-up by me by phone, "within 72 hours", never recorded (day 5)
  s(FAYE, '18 farm under Lake Lanier (follow-up by me): Georgia Archives URL, phone read back, "within 72 hours", nothing recorded by day 5', [
    [0, 'p', "my grandmother's farm was in the area flooded for Lake Lanier, is there a map of what was there before"],
    [30, 'l', 'Hello, Faye at Forsyth County Public Library here. What a great question.'],
    [37, 'l', 'Do you know which county the farm was in? The lake covers parts of five.'],
    [100, 'p', "forsyth, near the old Vann's Tavern"],
    [106, 'l', 'One moment while I check our collections.'],
    [200, 'l', "The Army Corps of Engineers land acquisition maps from the 1950s show every tract before the flooding; the Georgia Archives has copies (search 'Buford Dam land acquisition' at georgiaarchives.example.org/vcg). Our Georgia Room has a partial set that isn't scanned yet."],
    [206, 'l', "I can look up the tract in our set and call you with the tract number within 72 hours. What's the best number?"],
    [250, 'p', '770-555-0143'],
    [256, 'l', "770-555-0143, thank you. I'll call within 72 hours."],
    [262, 'l', 'Is there anything else?'],
    [290, 'p', "no that's all, thank you so much"],
    [296, 'l', "You're very welcome — goodbye!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 19 follow-up by me with no contact at all
  s(GIDEON, '19 1840s Texas land grant (follow-up by me): GLO database, "I\'ll dig into some other indexes and get back to you", no e-mail or phone, patron "ok" last', [
    [0, 'p', 'looking for the original land grant for my family in texas, 1840s'],
    [25, 'l', 'Hi, Gideon at Ask a Texas Librarian here.'],
    [31, 'l', "Do you know the grantee's name and the county?"],
    [80, 'p', 'Josiah Burkett, Bastrop county'],
    [86, 'l', 'The Texas General Land Office Land Grant Database at glo.texas.gov/history/archives/land-grants lets you search by name and county; each file has the survey sketch.'],
    [92, 'l', 'Did that help?'],
    [150, 'p', 'i tried that, nothing comes up for him'],
    [156, 'l', "I'll dig into some other indexes and get back to you."],
    [180, 'p', 'ok'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 20 true Lost Call
  s(MARTA, '20 Underground Railroad routes map (Lost Call): greeting at 20, "Are you still there?" at 140, notice + "come back anytime" at 220', [
    [0, 'p', 'do you have maps of the underground railroad routes through ohio'],
    [20, 'l', 'Hi, this is Marta at the Ask a Librarian service of Columbus Metropolitan Library.'],
    [140, 'l', 'Are you still there?'],
    [220, 'l', "It seems you've disconnected, so I'll end this chat. Please come back anytime!"],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after three patron lines; 70 s pickup; check-in, no notice
  s(PENN, '21 congressional districts (Lost Call after 3 patron lines): pickup 70 s, "Which state are you in?", "Are you still there?", ends at 260', [
    [0, 'p', 'hi'],
    [5, 'p', 'i need a map of the congressional districts'],
    [12, 'p', 'for 2022'],
    [70, 'l', 'Hello, Penn at the Statewide Ask service. Which state are you in?'],
    [200, 'l', 'Are you still there?'],
  ], all({ pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass', courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 22 transfer with notice + note; the receiver answers exactly 120 s after her hold
  s(CLEO, '22 georeferenced 1880s OS Dublin maps: notice + internal note, transfer to the map & GIS librarian, her hold at 110 and answer at 230 (120 s)', [
    [0, 'p', "I'm doing a thesis and need georeferenced versions of 1880s Ordnance Survey maps of Dublin, any idea?"],
    [20, 'l', "Hi, Cleo here at the University Library's Ask Us chat."],
    [26, 'l', 'Do you need them as GIS layers (GeoTIFFs) or just to view?'],
    [60, 'p', 'GeoTIFFs for QGIS ideally'],
    [66, 'l', "That's one for our map and GIS librarian, Anh, who's on chat now. I'm transferring you, one moment please."],
    [69, 'i', "Anh - grad student needs georef'd 1880s OS Dublin maps as GeoTIFF for QGIS, thesis. yours?"],
    xfer(72, 'Anh', 'anh'),
    [110, 'l', 'Hi! Anh here, map & GIS librarian. Give me a minute to check our holdings.', as(ANH)],
    [230, 'l', "The National Library of Scotland's georeferenced OS maps (maps.nls.uk/geo/explore) cover Ireland at 6-inch and you can download tiles; for the 1:2500 Dublin sheets, our Map Library has GeoTIFFs on the GIS data portal at library.example.edu/gis, search 'Dublin OS 1880'.", as(ANH)],
    [236, 'l', 'Is that what you need?', as(ANH)],
    [280, 'p', "yes thats amazing, that's everything thank you"],
    [285, 'l', 'Good luck with the thesis, bye!', as(ANH)],
  ], usual({ transfer: 'pass' })),

  // 23 transfer with an internal note only
  s(BEA, '23 adverse possession (Michigan): internal note only, silent transfer to the law librarian, Michigan Legal Help URL', [
    [0, 'p', 'can i claim my neighbors strip of land if ive mowed it for 20 years'],
    [25, 'l', 'Hi, Bea at the Ask Us chat, Wayne County Library.'],
    [31, 'l', 'Which state is the property in?'],
    [70, 'p', 'michigan'],
    [74, 'i', 'Kit - adverse possession q, MI, legal research, can you take it?'],
    xfer(78, 'Kit', 'kit'),
    [140, 'l', "Hi, I'm Kit, a law librarian at Wayne County Law Library.", as(KIT)],
    [146, 'l', "Michigan's adverse possession period is 15 years (MCL 600.5801). The Michigan Legal Help article at michiganlegalhelp.example.org/adverse-possession explains what you'd have to prove. We can't give legal advice, though.", as(KIT)],
    [152, 'l', 'Does that answer your question?', as(KIT)],
    [200, 'p', 'ok'],
    [206, 'l', 'Anything else?', as(KIT)],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for chatting!', as(KIT)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(LEO, '24 Delaware\'s Twelve-Mile Circle: a good session while Leo has three other chats open (four at once)', [
    [0, 'p', 'why is the top of delaware a circle'],
    [30, 'l', 'Hi, Leo here at the Ask Delaware Libraries chat!'],
    [36, 'l', 'Do you want the short version or sources for a paper?'],
    [70, 'p', 'short but with a source pls'],
    [76, 'l', "It's the Twelve-Mile Circle: the 1682 deed from the Duke of York to William Penn gave him land within twelve miles of New Castle, measured from the courthouse. The Delaware Public Archives page on it is at archives.delaware.example.gov/twelve-mile-circle."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes cool thanks. thats all'],
    [125, 'l', 'Thanks for asking — bye!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('l1', 'leo', -300, 400), other('l2', 'leo', -100, 500), other('l3', 'leo', 50, 600)] }),

  // 25 touching ends: at most three
  s(MAYA, '25 elevation of a house: EPQS + FEMA MSC URLs, "has to come from a licensed surveyor" (a fact, no referral), others touching both ends (three at most)', [
    [0, 'p', 'how do i find the elevation of my house? flood insurance thing'],
    [22, 'l', 'Hello, Maya with Ask a Librarian at Springfield-Greene County Library.'],
    [28, 'l', 'Do you need the official elevation for an Elevation Certificate, or just a ballpark figure?'],
    [70, 'p', 'ballpark for now'],
    [76, 'l', "The USGS Elevation Point Query at apps.nationalmap.gov/epqs gives the ground elevation at any point you click. For flood zones, FEMA's Flood Map Service Center at msc.fema.gov lets you search by address. The official Elevation Certificate has to come from a licensed surveyor."],
    [82, 'l', 'Is that enough for now?'],
    [130, 'p', "yep that's all i need"],
    [135, 'l', 'Great, take care!'],
  ], usual(), {}, { otherIntervals: [other('y1', 'maya', -500, 0), other('y2', 'maya', -100, 900), other('y3', 'maya', 10, 700), other('y4', 'maya', 140, 1500)] }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (plat maps test): coded Practice, every check na', [
    [0, 'p', 'test: plat maps?'],
    [8, 'l', 'Hi, practice chat here.'],
    [15, 'l', 'Plats are at the county recorder. testing 1 2 3'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 an answer from memory, code null
  s(NOOR, '27 plat vs survey: answered from memory (no source), "Does that clear it up?", code null', [
    [0, 'p', 'whats the difference between a plat and a survey'],
    [15, 'l', "Hi, I'm Noor, a librarian with Ask Us Now."],
    [21, 'l', 'Is this for buying a house, or just curious?'],
    [50, 'p', 'buying a house, the lender mentioned both'],
    [56, 'l', 'A plat is the map of a whole subdivision that the developer records with the county, showing all the lots and streets. A survey is done for one lot by a licensed surveyor, and shows where the house, fences and easements sit on that lot. Lenders and title companies often want a current survey for the one property.'],
    [62, 'l', 'Does that clear it up?'],
    [100, 'p', 'yes thanks'],
    [105, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thats all'],
    [134, 'l', 'Happy house hunting, bye!'],
  ], usual({ source: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 two referrals, both reachable; no completeness question
  s(HAL, '28 1880s county boundary survey: "Write to their reference staff through archives…/reference-request", historical society "call them at 555-…", no "does that help"', [
    [0, 'p', 'I need a copy of the 1880s survey that set the boundary between Adams and Brown counties, there was a dispute'],
    [35, 'l', 'Good evening! Hal at the Ask a Librarian desk, Riverbend Public Library.'],
    [41, 'l', "Do you need the survey itself, or the legislature's act that fixed the line?"],
    [90, 'p', 'the survey with the field notes if possible'],
    [96, 'l', 'Original county boundary surveys and field notes are kept by the State Archives. Write to their reference staff through archives.state.example.gov/reference-request and ask for the Adams-Brown boundary survey; give them the year if you know it. The Adams County Historical Society may also have a copy, call them at 555-388-1201.'],
    [102, 'l', 'Anything else I can help with tonight?'],
    [140, 'p', 'no thats great thanks'],
    [145, 'l', "You're welcome, goodnight!"],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 29 restatement; the patron says she is done; no goodbye
  s(TESSA, '29 Spanish land grants around Taos: restated "So you need a map that shows…", UNM digital collections URL, patron "that\'s everything i needed" last', [
    [0, 'p', 'looking for a map of the original Spanish land grants in New Mexico around Taos'],
    [20, 'l', 'Hi, Tessa here, reference librarian at the Ask NM Libraries chat.'],
    [26, 'l', 'So you need a map that shows the grant boundaries around Taos, not the grant documents themselves?'],
    [60, 'p', 'right, the boundaries'],
    [66, 'l', "The Bureau of Land Management's map of Spanish and Mexican land grants in New Mexico is online in the UNM Center for Southwest Research digital collections, rmoa.unm.example.edu. Search 'land grants Taos' and you'll see the Taos Pueblo, Cristóbal de la Serna and Antonio Martínez grants."],
    [72, 'l', 'Does that help?'],
    [120, 'p', "yes perfect that's everything i needed"],
  ], usual({ courteous: 'fail' })),

  // 30 pickedUpAt, "take your time" before a 244 s absence
  s(IVY, '30 attic map of "Bethel" 1852: pickedUpAt 40 s (first line at 75), "Of course, take your time." then 244 s away, hold 84 s, LOC item URL', [
    [0, 'p', "I found an old hand drawn map in my attic with a township name 'Bethel' and a date of 1852, is there a way to figure out where it is"],
    [75, 'l', 'Hi there, Ivy at the Ask a Librarian service, Chester County Library. What a find!'],
    [81, 'l', 'Can you send me any other names on it, like roads, creeks or neighbors?'],
    [130, 'p', 'hang on let me go get it'],
    [136, 'l', 'Of course, take your time.'],
    [380, 'p', "ok it says Brandywine Creek, Marshall's Mill and J. Taylor"],
    [386, 'l', 'Thanks! Let me look.'],
    [470, 'l', "Those fit Bethel Township in Delaware County, PA, which was split off from Chester County. Compare it with the 1848 Chester County map by J. W. Otley on the Library of Congress site (loc.gov/item/2012592041), where Marshall's Mill is marked on Brandywine Creek."],
    [476, 'l', 'Does that match what you see?'],
    [540, 'p', 'YES. wow. thats all, thank you!!'],
    [546, 'l', 'Amazing! Thanks for chatting with us.'],
  ], usual(), { pickedUpAt: at(40) }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '01 Sanborn fire insurance maps for a 1910 lot: town asked, hold 84 s, LOC + library database, "thats all i needed"':
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2 "Sanborn maps only cover some places and some years."). Message 2 asks "What city or town is the lot in?" and names the map series the patron asked about ("old fire insurance maps") only as the reason for asking: no URL, no resource for the patron to use (RUBRIC info.source). The first message that gives a source is message 5 (loc.gov/collections/sanborn-maps), after the question.',
};

describe('fiftieth round: maps, land and places, checked', () => {
  describeSessions('whole sessions', fiftiethRoundMaps.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundMaps.filter((c) => c.name in LEFT_WHY));
});
