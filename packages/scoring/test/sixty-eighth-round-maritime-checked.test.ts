/**
 * Sixty-eighth round, theme MARITIME HISTORY, SHIPS AND SHIPWRECKS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: a whaling ancestor out of New Bedford, Ellis Island and Baltimore
 * (Locust Point) passenger lists, a grandfather from Cuba landing at Key West (Spanish), lighthouse keepers' logs, Cape
 * Hatteras climbing hours, tide tables for Sandy Point, an old Puget Sound chart, a San Juan harbour chart (partly Spanish),
 * Door County schooner wrecks, the Great Storm of 1913, the Eastland disaster, the Titanic, the Frolic off Mendocino, a 1957
 * Chris-Craft by hull number, a Florida boat registration, a Mystic fishing boat's name history, Chesapeake oyster
 * schooners, a ship's log at a maritime museum, the USS Constitution museum, a Spanish merchant-navy grandfather (Spanish)
 * and an Italian emigrant ship to Buenos Aires (Spanish follow-up). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/maritime-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a waiting-room system line and a 20 s pickup (01); the first provider line at exactly 60 s (02: pass) and at
 *   61 s (03: fail); `pickedUpAt` at 45 s with the first line at 90 (22: pass); a 70 s pickup after the patron's "hello?"
 *   (14: fail); no provider ever joined (16); greetings "Good morning, you've reached Marisol at …", "Hey there! Ask a
 *   Librarian, this is Dev from …", "Hi, sorry for the wait. Gwen here, Maine State Library reference.", Spanish "Buenas
 *   tardes, le atiende Rafael, bibliotecario de …" (04), "¡Hola! Soy Lucía, bibliotecaria del servicio …" (28), "Buenas
 *   tardes, habla Inés, de la Biblioteca …" with the clarifying question in the same line (30), bilingual "Hello / ¡Hola!
 *   This is Mateo …" (29), "Good evening!" + "This is Harriet at Seattle Public Library." over two lines (06), "Hi, thanks
 *   for contacting Ask Us Now!" naming only the service (11: pass), "Hello there!" under the screen name HarborRef (08: fail);
 *  inquiry: name, years, class of travel, home port, hull number, titled or registered, paper or PDF, language preference,
 *   which port, visit or research; a restatement with no question mark (19: pass); the source before any question (07: fail);
 *   a clarifying question in a session that never gives a source (14: pass);
 *  waits: a hold at 100 answered at exactly 220 (05: 120 s, pass); the patron at 80 answered at 201 (06: 121 s, fail); holds
 *   at 80/190 (the second a partial result that says the search goes on) and the answer at 300 (10: pass); a transfer notice
 *   at 80, the patron's "ok" at 90 inside the span, the receiver at 195 (18: 115 s, pass); a Spanish hold "Un momento, por
 *   favor, lo estoy buscando." answered 125 s later (29: fail); "No problem, take your time." and the patron back 180 s later
 *   (20: waiting on the patron, pass); a silent transfer, the receiver 90 s after the patron (17: pass);
 *  endings: a true Lost Call, "Are you still with me?" at 150 and "It seems you've been disconnected, so I'll close this chat
 *   now. Come back anytime!" at 211 (13: final idle 181 s, both pass); Lost Call after two patron lines with a check-in and no
 *   notice or goodbye (14: idle pass, disconnect and courteous fail, code fail); final idles of exactly 120 s with a check-in
 *   (24: pass, disconnect na), 119 s (25: na), exactly 180 s with "Still with me?" and "Looks like we've lost you. I'll close
 *   out this chat now; feel free to come back anytime!" (26: both pass), 247 s with a notice and no question or goodbye (27:
 *   idle and courteous fail, disconnect pass); the patron's "great, that's all I needed!! bye" last (23: courteous fails);
 *   "We limit chats to one question, so that's all I can do today. Bye." (21: dismissal fails, courteous passes); "There are
 *   a few folks waiting in line … please come back tonight or tomorrow" (22: allowed, and an invitation back); goodbyes "Happy
 *   hunting, bye for now.", "Bye, take care!", "Tight lines! Thanks for using AskUsNow!", "Goodbye!", "Bye now!", "Talk
 *   tomorrow. Thanks for chatting!", "¡Que le vaya bien! Gracias por escribirnos.", "¡Hasta luego, y suerte con la
 *   búsqueda!", "¡Buena navegación! Gracias por escribir.", "Con gusto. ¡Gracias por consultarnos!"; patron-side "thats
 *   everything", "that is all i needed", "sí, eso es todo", "yep thats all i needed 🎣", "ok cool thats all i needed", "that
 *   is all for now", "ok thats all", "perfect thats all", "si perfecto, es todo 👍", "sí, muchas gracias, es todo", and "yes
 *   thank u", "yes", "yes ty", "si mucho, gracias", "ok" that do not count;
 *  sources: whalinghistory.org, heritage.statueofliberty.org, archives.gov (RG 26), familysearch.org collections,
 *   tidesandcurrents.noaa.gov, historicalcharts.noaa.gov, charts.noaa.gov, wisconsinshipwrecks.org, myfwc.com,
 *   greatlakes.bgsu.edu, cgmix.uscg.mil/PSIX, eastlanddisaster.org and ProQuest Historical Newspapers, HathiTrust's "Merchant
 *   Vessels of the United States", nps.gov/caha, mysticseaport.org, pointcabrillo.org, shipwreckmuseum.com and the book
 *   "Black November", a library's digital collections with the steps, sdmaritime.org, gloucesterfishermensmemorial.org,
 *   ussconstitutionmuseum.org, pares.cultura.gob.es, cemla.com; none (22: a museum library and its archives named with no way
 *   to reach them: LEFT);
 *  referrals: "ask the U.S. Lighthouse Society (uslhs.org)" (03: LEFT); "call your county tax collector's office" with no
 *   contact (08: fail); the library's own Maryland Department by phone (09: pass); "call the lighthouse at 252-473-2111" (19:
 *   pass); "le recomiendo escribir al Archivo General de la Marina …, en Viso del Marqués" (28: LEFT); staff consulted on the
 *   patron's behalf (10's Great Lakes collection staff, 12's local history room, 30's sala de genealogía) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done exactly 72 h after `endedAt` (09: pass); FU_ME, phone
 *   read back, "tomorrow afternoon", done 72 h + 60 s after (10: fail); a promise "I'll send you the finding aid once I track
 *   it down" with the e-mail repeated and no time, coded Answered (11: code and contact fail, on_time pending); FU_LIB with
 *   "someone there will get in touch next week" and no contact anywhere (12: code and contact fail, pending); FU_LIB in
 *   Spanish, "Confirmo: …@example.com. … le escribirá antes del viernes." (30: contact pass, pending);
 *  codes: a true Lost Call (13), Lost Call after two patron lines (14), Practice (15), the code field left out (16: na);
 *  transfers: an internal note only, silent to the patron (17: fail); a visible notice plus an internal note why (18: pass);
 *  concurrency: three others overlapping (19: four at once, fail); one ending at the start, two overlapping each other, one
 *   starting at `endedAt` (20: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "you could also ask the U.S. Lighthouse Society (uslhs.org)" tells the patron to ask an organisation: a referral with a URL
 *   (03); "le recomiendo escribir al Archivo General de la Marina …, en Viso del Marqués" tells the patron to write to an
 *   archive, and a town is not a postal address (28: fail); "The Historical Collections of the Great Lakes at
 *   greatlakes.bgsu.edu has vessel files", "The Eastland Disaster Historical Society keeps a searchable … list at
 *   eastlanddisaster.org" and "El CEMLA … tiene la base … (cemla.com)" point to a website to use: sources, not referrals;
 * - "The Mariners' Museum Library in Newport News holds the Chris-Craft company archives, including the hull cards by number"
 *   names an organisation and what it holds with no way to reach either: not a source, and, telling the patron to contact no
 *   one, not a referral (22);
 * - "Did you find Agnes there?", "Is that the one?", "Does the FamilySearch index help in the meantime?" and "¿Le sirve lo de
 *   FamilySearch mientras tanto?" ask whether what was given meets the need (17, 20, 09, 30);
 * - "¿Prefiere que sigamos en español?" and "¿La necesita en papel o le sirve en PDF?" are questions about format that shape
 *   the answer (29); "es todo" / "eso es todo" is the patron saying explicitly that that is all (04, 29, 30), "that is all
 *   for now" too (10);
 * - "Looks like we've lost you. I'll close out this chat now" tells the patron they seem to have disconnected and that the
 *   chat will end (26); its "feel free to come back anytime!" makes it a goodbye, so the final idle ends there (180 s);
 * - in a Lost Call the greeting with "What can I help you find?" is no substantive exchange (13), while in 14 the clarifying
 *   question is one, so source, completeness and anything-else apply there and fail;
 * - a `resolutionCode: undefined` override leaves the field out: the source has no codes (16: na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; the whole file copied
 * aside to /tmp/maritime-labels.ts). First run as labelled / disagreeing: 25 / 5 (03, 17, 22, 28, 29, one check each).
 * Label corrections: 0 (each of the five reread against RUBRIC.md; each label stands by its text).
 * Final: 25 running, 5 LEFT (reasons in LEFT_WHY):
 *  - 03 referral.contact: expected pass, got na: "you could also ask the U.S. Lighthouse Society (uslhs.org)";
 *  - 17 followup.completeness: expected pass, got fail: "Did you find Agnes there?" after the answer;
 *  - 22 info.source: expected fail, got pass: "The Mariners' Museum Library in Newport News holds the Chris-Craft company
 *    archives …" with no way to reach it;
 *  - 28 referral.contact: expected fail, got na: "le recomiendo escribir al Archivo General de la Marina Álvaro de Bazán, en
 *    Viso del Marqués" (Spanish, no contact);
 *  - 29 closing.anything_else: expected pass, got fail: the patron's "si perfecto, es todo 👍" (the same "es todo" counted in
 *    04 and 30).
 * Every timing check (pickup at 20, 60, 61, 70 s, by `pickedUpAt` 45 s, no provider; keep_informed at 120 s after a hold,
 * 121 s after the patron, 125 s after a Spanish hold, 115 s across a transfer notice, "take your time"; final idles of 119,
 * 120, 180, 181, 195 and 247 s; concurrency at four and at touching ends; on_time done at exactly 72 h, 60 s late, pending
 * three times; Lost Call with one and two patron lines; the code field left out) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone
 * read back, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (25 running, 5 through describeLeft); `npx tsc -p
 * tsconfig.json --noEmit` clean.
 * RUBRIC v62 (block AB, written after this file): cases 03 (AB3: "ask the U.S. Lighthouse Society (uslhs.org)", the clause no
 *   longer ends at "u."), 17 (AB10: "Did you find Agnes there?"), 28 (AB1: "escribir al Archivo General de la Marina") and 29
 *   (AB8: "si perfecto, es todo 👍") now score as labelled and run with the others; 22 is still LEFT; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting-room line of the queue (system). */
const lineUp = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian... you are #${n}.`];

const MARISOL: Prov = { id: 'marisol-m', name: 'Marisol', library: 'NBFPL' };
const DEV: Prov = { id: 'dev-m', name: 'Dev', library: 'QPL' };
const GWEN: Prov = { id: 'gwen-m', name: 'Gwen', library: 'MSL-ME' };
const RAFAEL: Prov = { id: 'rafael-m', name: 'Rafael', library: 'MDPLS' };
const TERRY: Prov = { id: 'terry-m', name: 'Terry', library: 'AUN' };
const HARRIET: Prov = { id: 'harriet-m', name: 'Harriet', library: 'SPL-WA' };
const IGOR: Prov = { id: 'igor-m', name: 'Igor', library: 'DCL-WI' };
const HARBOR: Prov = { id: 'harbor-m', name: 'HarborRef', library: 'BCL-FL' };
const NELL: Prov = { id: 'nell-m', name: 'Nell', library: 'EPFL' };
const CORMAC: Prov = { id: 'cormac-m', name: 'Cormac', library: 'CPL-OH' };
const BETTY: Prov = { id: 'betty-m', name: 'Betty', library: 'AUN' };
const SAUL: Prov = { id: 'saul-m', name: 'Saul', library: 'CTSL' };
const ANA: Prov = { id: 'ana-m', name: 'Ana', library: 'DEL' };
const KOFI: Prov = { id: 'kofi-m', name: 'Kofi', library: 'PPL-RI' };
const TRAINEE: Prov = { id: 'trainee-m', name: 'Trainee 7', library: 'TRN' };
const NOONE: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const LIAM: Prov = { id: 'liam-m', name: 'Liam', library: 'CPL-IL' };
const ROXANE: Prov = { id: 'roxane-m', name: 'Roxane', library: 'CPL-IL' };
const PEARL: Prov = { id: 'pearl-m', name: 'Pearl', library: 'AUN' };
const PAT: Prov = { id: 'pat-m', name: 'Pat', library: 'AUN' };
const DORIS: Prov = { id: 'doris-m', name: 'Doris', library: 'DCPL-NC' };
const FINN: Prov = { id: 'finn-m', name: 'Finn', library: 'NHPL' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'MCL-CA' };
const WREN: Prov = { id: 'wren-m', name: 'Wren', library: 'LVA' };
const OSCAR: Prov = { id: 'oscar-m', name: 'Oscar', library: 'MPL-WI' };
const TESS: Prov = { id: 'tess-m', name: 'Tess', library: 'TPL-WA' };
const ABBY: Prov = { id: 'abby-m', name: 'Abby', library: 'SDPL' };
const JUNO: Prov = { id: 'juno-m', name: 'Juno', library: 'GPL-MA' };
const OMAR: Prov = { id: 'omar-m', name: 'Omar', library: 'BPL-MA' };
const LUCIA: Prov = { id: 'lucia-m', name: 'Lucía', library: 'NJSL' };
const MATEO: Prov = { id: 'mateo-m', name: 'Mateo', library: 'NYPL' };
const INES: Prov = { id: 'ines-m', name: 'Inés', library: 'LAPL' };

const s = session;

export const MARITIME: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 whaling ancestor out of New Bedford: "Good morning, you\'ve reached Marisol", ship or years asked, whalinghistory.org crew lists', [
    [0, 'p', 'hi!! my great great grandpa was supposedly on a whaling ship out of new bedford in the 1850s, how would i find which one'],
    lineUp(1),
    [20, 'l', "Good morning, you've reached Marisol at the New Bedford Free Public Library."],
    [27, 'l', 'Do you know his full name, and roughly what years he would have shipped out?'],
    [75, 'p', 'Amos Teague, maybe 1851-1856'],
    [83, 'l', 'The whaling crew list database at whalinghistory.org (Crew Lists) is built from our own New Bedford crew lists; search Teague and it gives the vessel, voyage dates and even his height and complexion.'],
    [88, 'l', 'Is that what you were after?'],
    [140, 'p', 'OMG he was on the Canton in 1853!! thats everything, thank you'],
    [146, 'l', 'What a find! Happy hunting, bye for now.'],
  ], usual()),

  // 02 pickup exactly 60 s
  s(DEV, '02 a grandmother at Ellis Island in 1907: first provider line at exactly 60 s, "Hey there! Ask a Librarian, this is Dev"', [
    [0, 'p', 'how do i find my grandmother on the ellis island ship lists, she came in 1907 from naples'],
    [60, 'l', 'Hey there! Ask a Librarian, this is Dev from Queens Public Library.'],
    [66, 'l', 'What name did she travel under — her maiden name?'],
    [110, 'p', 'Concetta Iorio'],
    [117, 'l', "The Statue of Liberty-Ellis Island Foundation's passenger search is free at heritage.statueofliberty.org; try Iorio with the year 1907 and the port Napoli. The manifest image shows her village and who she was joining."],
    [122, 'l', 'Does that get you what you need?'],
    [170, 'p', 'yes thank u'],
    [175, 'l', 'Anything else I can look up?'],
    [190, 'p', 'no'],
    [194, 'l', 'Bye, take care!'],
  ], usual()),

  // 03 pickup at 61 s; a referral with a URL
  s(GWEN, '03 a lighthouse keeper on Monhegan: pickup at 61 s, keepers\' logs at archives.gov, "ask the U.S. Lighthouse Society (uslhs.org)"', [
    [0, 'p', 'my ancestor kept the monhegan island light in maine around 1870. are there records of keepers?'],
    [61, 'l', 'Hi, sorry for the wait. Gwen here, Maine State Library reference.'],
    [68, 'l', 'Do you have his name, and are you after his appointment or the station logbooks?'],
    [120, 'p', 'Silas Pratt. both if possible'],
    [128, 'l', "Keeper appointments and many station logs are in Record Group 26 at the National Archives; the guide is at archives.gov/research/guide-fed-records/groups/026.html. For Monhegan specifically you could also ask the U.S. Lighthouse Society (uslhs.org), who answer keeper questions."],
    [134, 'l', 'Did that help?'],
    [180, 'p', 'yes a lot. that is all i needed'],
    [186, 'l', 'Glad to hear it. Thanks for chatting with us!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 Spanish: Key West passenger lists from Cuba
  s(RAFAEL, '04 abuelo llegado de Cuba a Key West (Spanish): "Buenas tardes, le atiende Rafael", FamilySearch, "sí, eso es todo"', [
    [0, 'p', 'buenas tardes, mi abuelo llego de la habana a key west en barco como en 1920, como encuentro la lista de pasajeros?'],
    [25, 'l', 'Buenas tardes, le atiende Rafael, bibliotecario de Miami-Dade Public Library System.'],
    [31, 'l', '¿Sabe su nombre completo y el año aproximado de llegada?'],
    [90, 'p', 'Ramón Echevarría Soto, 1919 o 1920'],
    [97, 'l', 'Las listas de pasajeros de Key West (1898-1945) están digitalizadas y son gratuitas en familysearch.org, colección "Florida, Key West Passenger Lists". Busque por apellido y año.'],
    [103, 'l', '¿Es lo que buscaba?'],
    [160, 'p', 'sí, eso es todo, gracias!!'],
    [166, 'l', '¡Que le vaya bien! Gracias por escribirnos.'],
  ], usual()),

  // 05 a wait of exactly 120 s after a hold
  s(TERRY, '05 tides at Sandy Point for Saturday: "Let me pull that up, one moment." at 100, the answer at exactly 220 (120 s)', [
    [0, 'p', 'need the tide tables for this saturday, going fishing on the chesapeake'],
    [18, 'l', "Hi, I'm Terry, a librarian with AskUsNow!"],
    [24, 'l', 'Where on the bay are you putting in?'],
    [90, 'p', 'sandy point state park'],
    [100, 'l', 'Let me pull that up, one moment.'],
    [220, 'l', "NOAA's predictions for the Sandy Point station are at tidesandcurrents.noaa.gov (search 'Sandy Point, MD'); Saturday shows a high around 6:40 am and a low near 1:10 pm."],
    [226, 'l', 'Does that cover it?'],
    [260, 'p', 'yep thats all i needed 🎣'],
    [266, 'l', 'Tight lines! Thanks for using AskUsNow!'],
  ], usual()),

  // 06 greeting over two lines; a wait of 121 s after the patron
  s(HARRIET, '06 a 1905 chart of Puget Sound: "Good evening!" + "This is Harriet at Seattle Public Library", answer 121 s after the patron', [
    [0, 'p', 'looking for an old nautical chart of elliott bay / puget sound from early 1900s for framing'],
    [22, 'l', 'Good evening!'],
    [27, 'l', 'This is Harriet at Seattle Public Library. Do you need a high-resolution file, or just to see it?'],
    [80, 'p', 'high res to print'],
    [201, 'l', "NOAA's Historical Map & Chart Collection has Coast Survey charts of Puget Sound from the 1890s-1910s as free downloads: historicalcharts.noaa.gov (search 'Seattle Harbor')."],
    [207, 'l', 'Will that work for you?'],
    [250, 'p', 'yes ty'],
    [255, 'l', 'Anything else I can dig up?'],
    [270, 'p', 'no'],
    [273, 'l', 'Goodbye!'],
  ], usual({ informed: 'fail' })),

  // 07 the source before any question
  s(IGOR, '07 schooner wrecks off Door County: wisconsinshipwrecks.org given straight away, "Does this completely answer your question?"', [
    [0, 'p', 'what ships sank near washington island door county? doing a school project'],
    [19, 'l', 'Hello! Igor, reference librarian at Door County Library.'],
    [25, 'l', "Wisconsin's shipwreck database at wisconsinshipwrecks.org lets you browse wrecks by county; Door County has dozens around Washington Island and Death's Door, with histories and photos."],
    [31, 'l', 'Does this completely answer your question?'],
    [90, 'p', 'yes'],
    [95, 'l', 'Anything else for your project?'],
    [110, 'p', 'nope'],
    [114, 'l', 'Good luck with it, and thanks for asking!'],
  ], usual({ clarify: 'fail' })),

  // 08 greets, names no one (screen name only); a referral without contact
  s(HARBOR, '08 who owned my boat before: "Hello there!" under the screen name HarborRef, myfwc.com, "call your county tax collector\'s office"', [
    [0, 'p', 'bought a used boat w/ florida numbers, want to know who owned it before. is that public??'],
    [15, 'l', 'Hello there!'],
    [20, 'l', 'Is it titled in Florida, or only registered?'],
    [60, 'p', 'titled and registered i think'],
    [68, 'l', "Florida vessel titles are public records; FWC explains the registration and title system at myfwc.com/boating/regulations/registration. For the previous owners' names, call your county tax collector's office and ask for the title history by hull ID."],
    [74, 'l', 'Did that help?'],
    [120, 'p', 'ok cool thats all i needed'],
    [124, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 09 follow-up by me, e-mail read back, "by Thursday", done at exactly 72 h; the library's own department by phone
  s(NELL, '09 Locust Point 1912 (follow-up by me): e-mail read back, "by Thursday", done exactly 72 h after the end; our Maryland Department by phone', [
    [0, 'p', 'Hello, my grandfather Jan Kowalski came through Baltimore on a ship from Bremen in 1912. I want the manifest.'],
    [30, 'l', "Good afternoon! I'm Nell, a librarian at the Enoch Pratt Free Library."],
    [36, 'l', 'Do you know the ship, or only the year and port?'],
    [90, 'p', 'only the year. it landed at locust point'],
    [97, 'l', "Baltimore passenger lists 1820-1948 are indexed on FamilySearch (familysearch.org, 'Maryland, Baltimore Passenger Lists'). The index misses some 1912 arrivals, so I'll check our microfilm and e-mail you what I find by Thursday. What's your e-mail address?"],
    [150, 'p', 'm.kowal@example.net'],
    [156, 'l', "Thanks: m.kowal@example.net. If you'd like to see the film yourself, call our Maryland Department at 410-396-5468."],
    [162, 'l', 'Does the FamilySearch index help in the meantime?'],
    [210, 'p', 'yes thank you'],
    [216, 'l', 'Anything else today?'],
    [230, 'p', "no that's everything"],
    [236, 'l', 'Thank you for contacting Pratt Library. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(241 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me by phone, "tomorrow afternoon", done 72 h + 60 s after the end; a partial-result hold
  s(CORMAC, '10 a crewman lost in the Great Storm of 1913 (follow-up by me): holds at 80/190 (partial), phone read back, done 60 s late', [
    [0, 'p', 'my great uncle was a deckhand lost in the 1913 storm on lake erie or huron. which ship? name was Walter Brennan'],
    [20, 'l', 'Hi, Cormac here, a librarian at Cleveland Public Library.'],
    [26, 'l', 'Was he from Cleveland, or do you know which port he sailed from?'],
    [74, 'p', 'cleveland i think'],
    [80, 'l', 'Let me look, bear with me.'],
    [190, 'l', "I've found the Great Lakes Storm of 1913 casualty lists so far, still checking the crew rosters for Brennan."],
    [300, 'l', "No Walter Brennan on the published lists yet. The Historical Collections of the Great Lakes at greatlakes.bgsu.edu has vessel files with crew names; I'll check with our Great Lakes collection staff too and call you with what we find. What's the best number?"],
    [350, 'p', '216-555-0147'],
    [356, 'l', "So that's 216-555-0147. I'll call you tomorrow afternoon."],
    [362, 'l', 'Does the BGSU site help for now?'],
    [400, 'p', 'yes, thanks!! that is all for now'],
    [406, 'l', 'Talk tomorrow. Thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(411 + 72 * HOUR + 60) }] }, { now: T0 + 5 * DAY }),

  // 11 a promise to send more, e-mail given and repeated, no time, coded Answered
  s(BETTY, '11 a whaler\'s logbook at a museum: "Hi, thanks for contacting Ask Us Now!", "I\'ll send you the finding aid", no time, coded Answered', [
    [0, 'p', 'where would the log book of the bark Catalpa be? the one from the fenian rescue'],
    [20, 'l', 'Hi, thanks for contacting Ask Us Now!'],
    [26, 'l', 'Are you hoping to see the original, or would a digitized copy do?'],
    [80, 'p', 'digitized is fine'],
    [88, 'l', "Several New Bedford logbooks are digitized in the Providence Public Library's Nicholson Whaling Collection (pplspcoll.wordpress.com has the list). I'll send you the finding aid for the Catalpa voyage once I track it down. What's your e-mail?"],
    [130, 'p', 'fenianfan@example.org'],
    [136, 'l', 'Got it, fenianfan@example.org.'],
    [142, 'l', 'Does the Nicholson list help so far?'],
    [180, 'p', 'yes'],
    [184, 'l', 'Is there anything else you need?'],
    [200, 'p', 'no thx'],
    [204, 'l', 'Thanks, have a great day!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library, no contact anywhere
  s(SAUL, '12 a Stonington dragger\'s earlier names (follow-up by patron\'s library): PSIX at cgmix.uscg.mil, "will get in touch next week", no contact', [
    [0, 'p', "our family fishing boat the 'Lady Irene' out of Stonington had another name before 1970, how can i find it"],
    [28, 'l', "Hello, I'm Saul, a reference librarian at the Connecticut State Library."],
    [34, 'l', 'Is she still documented with the Coast Guard, or was she scrapped?'],
    [90, 'p', 'still documented i think'],
    [97, 'l', "The Coast Guard's vessel lookup (PSIX) at cgmix.uscg.mil/PSIX shows the current name and documentation number; the earlier names are on the abstract of title. I'll pass your question to Stonington Free Library's local history room, and someone there will get in touch next week with what they have."],
    [103, 'l', 'Does that get you started?'],
    [150, 'p', 'yes thanks'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for your question, goodbye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 13 a true Lost Call, final idle 181 s
  s(ANA, '13 Cape Henlopen lighthouse collapse (Lost Call): greeting at 30, "Are you still with me?" at 150, notice + invitation at 211 (final idle 181 s)', [
    [0, 'p', 'when did the cape henlopen lighthouse fall into the ocean'],
    [30, 'l', 'Hello, this is Ana at Ask a Librarian Delaware. What can I help you find?'],
    [150, 'l', 'Are you still with me?'],
    [211, 'l', "It seems you've been disconnected, so I'll close this chat now. Come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; pickup 70 s; a check-in, no notice
  s(KOFI, '14 great-grandma on the Titanic?: "hello?" before a 70 s pickup, a clarifying question, "Are you still there?", coded Lost Call', [
    [0, 'p', 'was my great grandma on the titanic?? family says so'],
    [40, 'p', 'hello?'],
    [70, 'l', 'Hello! Kofi here, reference librarian at Providence Public Library.'],
    [76, 'l', 'What was her name, and do you know whether she was travelling in third class?'],
    [200, 'l', 'Are you still there?'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 65 }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (ship script): coded Practice, every check na', [
    [0, 'p', 'testing testing - ship passenger list q'],
    [6, 'l', 'test reply: passenger lists guide at samplelibrary.org/ships'],
    [12, 'l', 'Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined, no code field
  s(NOONE, '16 Andrea Doria survivors: no provider ever joined, "anyone?? 😩", patron left, the source has no codes (field left out)', [
    [0, 'p', 'is there a list of andrea doria survivors 1956'],
    lineUp(2, 4),
    [95, 'p', 'anyone?? 😩'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 17 a silent transfer (internal note only)
  s(LIAM, '17 Eastland disaster victims, 1915: internal note why, silent transfer, Roxane answers 90 s after the patron', [
    [0, 'p', 'my great grandfathers sister died on the eastland in the chicago river. is there a victims list'],
    [24, 'l', "Hi, I'm Liam at Chicago Public Library's Ask a Librarian."],
    [30, 'l', 'Do you know her name, or her married name?'],
    [60, 'p', 'Agnes Novak, she wasnt married'],
    [66, 'i', 'Roxane, Eastland victims list q, you did that exhibit, can you take this?'],
    xfer(70, 'Roxane', 'roxane-m'),
    [150, 'l', 'Hi, Roxane here. The Eastland Disaster Historical Society keeps a searchable passenger and victims list at eastlanddisaster.org; the Chicago Tribune archive through our ProQuest Historical Newspapers has the July 1915 lists too.', as(ROXANE)],
    [156, 'l', 'Did you find Agnes there?', as(ROXANE)],
    [210, 'p', 'yes shes on the list. ok thats all, thanks'],
    [215, 'l', 'So sorry for your family. Thank you for asking!', as(ROXANE)],
  ], usual({ transfer: 'fail' })),

  // 18 an announced transfer with a note why; the patron's "ok" inside the hold span
  s(PEARL, '18 Chesapeake oyster schooners of the 1890s: "I\'m handing you over to Pat…" at 80, patron "ok" at 90, Pat at 195 (115 s)', [
    [0, 'p', 'how can i find out about the oyster schooner my family owned in the 1890s on the chesapeake? called the Ida May'],
    [20, 'l', 'Good morning, Pearl with AskUsNow! here.'],
    [26, 'l', 'Do you know where she was home-ported?'],
    [70, 'p', 'crisfield'],
    [80, 'l', "I'm handing you over to Pat, our local history specialist; one sec while I transfer you."],
    [84, 'i', 'Pat, 1890s Crisfield oyster schooner Ida May, vessel registry question, can you take it?'],
    [90, 'p', 'ok'],
    xfer(92, 'Pat', 'pat-m'),
    [195, 'l', "Hi, Pat here. The annual 'Merchant Vessels of the United States' lists every documented schooner with her home port; the 1890s volumes are free on HathiTrust (hathitrust.org, search 'Merchant vessels of the United States').", as(PAT)],
    [201, 'l', 'Does that answer your question?', as(PAT)],
    [250, 'p', 'found her!! 1894, crisfield. thats everything thank you'],
    [256, 'l', 'Wonderful! Thanks for chatting with AskUsNow!', as(PAT)],
  ], usual({ transfer: 'pass' })),

  // 19 four at once; a restatement; a referral by phone
  s(DORIS, '19 climbing the Cape Hatteras Lighthouse: restated with no question mark, "call the lighthouse at 252-473-2111", four chats at once', [
    [0, 'p', 'can u still climb the hatteras lighthouse? going in july w kids'],
    [22, 'l', "Hi! I'm Doris, a librarian at Dare County Libraries."],
    [28, 'l', 'So you want to know whether the Cape Hatteras Lighthouse is open for climbing in July, with children.'],
    [50, 'p', 'yes'],
    [57, 'l', "It's usually open for climbs from late April to early October; kids must be at least 42 inches tall. The Park Service page nps.gov/caha has the current status, and you can call the lighthouse at 252-473-2111 to check before you drive over."],
    [63, 'l', 'Does that help?'],
    [100, 'p', 'perfect thats all'],
    [104, 'l', 'Have a great trip, thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('d1', 'doris-m', -100, 600), other('d2', 'doris-m', 20, 300), other('d3', 'doris-m', 50, 250)],
  }),

  // 20 three at most, touching ends; "take your time"
  s(FINN, '20 a Sea Scout ship\'s name history: "No problem, take your time." then 180 s away; one chat ending at the start, one starting at the end', [
    [0, 'p', 'hi there, i have an old photo of a tall ship named "Brilliant" in new haven, wondering about her history'],
    [16, 'l', 'Hi, this is Finn at New Haven Free Public Library.'],
    [22, 'l', 'Can you see a date or sail number anywhere on the photo?'],
    [50, 'p', 'hold on let me go find the photo'],
    [56, 'l', 'No problem, take your time.'],
    [236, 'p', 'back, says 1952 on the back'],
    [243, 'l', "That's the schooner Brilliant, given to Mystic Seaport in 1953 and still sailing there; her history is on mysticseaport.org (search 'Brilliant')."],
    [249, 'l', 'Is that the one?'],
    [290, 'p', 'yes!! amazing. thats everything i needed'],
    [295, 'l', 'Enjoy the photo, thanks for writing in!'],
  ], usual(), {}, {
    otherIntervals: [other('f1', 'finn-m', -300, 0), other('f2', 'finn-m', -60, 150), other('f3', 'finn-m', 100, 500), other('f4', 'finn-m', 300, 700)],
  }),

  // 21 a limit of questions, no way back
  s(VERA, '21 the Frolic wreck off Mendocino, then three more: "We limit chats to one question, so that\'s all I can do today. Bye."', [
    [0, 'p', 'what was the frolic shipwreck near mendocino'],
    [18, 'l', 'Hi, Vera at Mendocino County Library Ask a Librarian.'],
    [24, 'l', 'Are you after the history of the wreck or the diving site today?'],
    [60, 'p', 'history'],
    [66, 'l', "The Frolic was an opium clipper that wrecked at Point Cabrillo in 1850; the Point Cabrillo Light Station site (pointcabrillo.org) has a page on her and the artifacts. Did that help?"],
    [110, 'p', 'yes!! also what other ships sank around there, and where is the lighthouse keepers house, and can i see the artifacts'],
    [118, 'l', "We limit chats to one question, so that's all I can do today. Bye."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 22 no source (a museum named with no way to reach it), others waiting with a way back, pickedUpAt 45 s
  s(WREN, '22 a 1957 Chris-Craft by hull number: pickedUpAt 45, the Mariners\' Museum named with no way to reach it, "a few folks waiting … come back tonight"', [
    [0, 'p', 'i have a 1957 chris craft runabout, how do i find out who bought it new from the hull number'],
    [90, 'l', 'Hi there, this is Wren at Ask a Librarian Virginia.'],
    [96, 'l', 'Do you have the hull number handy?'],
    [130, 'p', 'R-57-0412. also what engine it came w, the original paint colors, what its worth, and where to get parts'],
    [138, 'l', "The Mariners' Museum Library in Newport News holds the Chris-Craft company archives, including the hull cards by number, which record the dealer the boat shipped to."],
    [145, 'l', 'There are a few folks waiting in line so I need to wrap up here, but please come back tonight or tomorrow for the rest and we will keep going!'],
    [160, 'p', 'ok'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail' }), { pickedUpAt: at(45) }),

  // 23 the patron has the last word
  s(OSCAR, '23 the Carl D. Bradley wreck: patron "great, that\'s all I needed!! bye" last, no goodbye from the provider', [
    [0, 'p', 'doing a report on the carl d bradley that sank in lake michigan in 1958, need good sources'],
    [17, 'l', "Hello and welcome, I'm Oscar, a librarian at Milwaukee Public Library."],
    [23, 'l', 'Is this for school, and do you need print sources or are websites okay?'],
    [60, 'p', 'school, websites ok'],
    [67, 'l', 'Start with the Great Lakes Shipwreck Historical Society page (shipwreckmuseum.com, search Bradley) and the book "Black November" by Andrew Kantar, which we have in the catalogue.'],
    [73, 'l', 'Is that what you were looking for?'],
    [110, 'p', "great, that's all I needed!! bye"],
  ], usual({ courteous: 'fail' })),

  // 24 final idle exactly 120 s with a check-in
  s(TESS, '24 ferry schedules of the old Black Ball Line: answer at 60, "Are you still there?" at 170, goodbye at 180 (final idle 120 s)', [
    [0, 'p', 'where can i find old schedules for the black ball ferries in puget sound, 1930s'],
    [15, 'l', 'Hi! Tess from Tacoma Public Library here.'],
    [20, 'l', 'Do you want the schedules themselves or the history of the line?'],
    [52, 'p', 'schedules themselves'],
    [60, 'l', "Our Northwest Room has Black Ball timetables from the 1930s; several are scanned in our digital collections at tacomapubliclibrary.org (Northwest Room > Digital Collections, search 'Black Ball'). Does that help?"],
    [170, 'l', 'Are you still there?'],
    [180, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 25 final idle 119 s, no check-in
  s(ABBY, '25 the Star of India\'s sailing days: answer at 60 with "Is that what you needed?", goodbye at 179 (final idle 119 s)', [
    [0, 'p', 'how old is the star of india ship in san diego and does it still sail??'],
    [14, 'l', 'Hi, Abby with San Diego Public Library here.'],
    [20, 'l', 'Is this for a visit, or for research?'],
    [50, 'p', 'visit next week w my dad'],
    [60, 'l', "Star of India was launched in 1863 and is the oldest ship still sailing regularly; the Maritime Museum of San Diego lists visiting hours and any sail dates at sdmaritime.org. Is that what you needed?"],
    [179, 'l', 'Have a great visit, bye!'],
  ], usual({ anything: 'fail' })),

  // 26 final idle exactly 180 s, check-in and notice
  s(JUNO, '26 the Gloucester Fishermen\'s Memorial names: answer at 50, "Still with me?" at 170, "Looks like we\'ve lost you. I\'ll close out this chat now" at 230', [
    [0, 'p', 'is my grandfathers name on the gloucester fishermens memorial? lost at sea 1942'],
    [18, 'l', "Good afternoon, Juno here at Gloucester's Sawyer Free Library."],
    [24, 'l', "What's his name?"],
    [44, 'p', 'Manuel Silva'],
    [50, 'l', 'The cenotaph lists are searchable at gloucesterfishermensmemorial.org (Names Search); there are several Manuel Silvas, one of them lost in 1942 with the dragger Catherine. Did that answer it?'],
    [170, 'l', 'Still with me?'],
    [230, 'l', "Looks like we've lost you. I'll close out this chat now; feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 27 a disconnect notice without the check-in question and without a goodbye
  s(OMAR, '27 USS Constitution museum tickets: answer at 58, "It looks like you\'ve disconnected. I\'ll be ending this session now." at 300, no check-in', [
    [0, 'p', 'is the uss constitution museum free'],
    [20, 'l', "Hi! You've got Omar, a librarian at Boston Public Library."],
    [26, 'l', 'Are you asking about the ship itself or the museum next to it?'],
    [50, 'p', 'both'],
    [58, 'l', "Both are free; the museum asks for a donation. Hours are at ussconstitutionmuseum.org, and boarding the ship (ID required for adults) is explained at navy.mil/USS-Constitution. Does that answer your question?"],
    [300, 'l', "It looks like you've disconnected. I'll be ending this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 28 Spanish: the Spanish merchant navy, a referral without contact
  s(LUCIA, '28 abuelo marino mercante español (Spanish): PARES, "le recomiendo escribir al Archivo General de la Marina" sin dirección', [
    [0, 'p', 'hola! mi abuelo fue marinero en la marina mercante española en los años 40, donde puedo buscar su historial?'],
    [26, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio Ask a Librarian de la New Jersey State Library.'],
    [33, 'l', '¿Sabe en qué puerto se inscribió o en qué barcos navegó?'],
    [95, 'p', 'en Vigo creo, en barcos de pesca y luego de carga'],
    [103, 'l', 'Muchos registros de inscripción marítima están descritos en el portal PARES (pares.cultura.gob.es), búsqueda por nombre. Para los expedientes personales, le recomiendo escribir al Archivo General de la Marina Álvaro de Bazán, en Viso del Marqués.'],
    [109, 'l', '¿Le ayuda esto?'],
    [160, 'p', 'si mucho, gracias'],
    [165, 'l', '¿Necesita algo más?'],
    [180, 'p', 'no, nada más'],
    [184, 'l', '¡Hasta luego, y suerte con la búsqueda!'],
  ], usual({ referral: 'fail' })),

  // 29 partly Spanish: a Spanish hold answered 125 s later
  s(MATEO, '29 carta náutica de la bahía de San Juan (partly Spanish): "Un momento, por favor, lo estoy buscando." at 90, answer at 215 (125 s)', [
    [0, 'p', 'hi, necesito una nautical chart de la bahia de san juan puerto rico, para mi bote'],
    [20, 'l', 'Hello / ¡Hola! This is Mateo, a librarian at the New York Public Library. ¿Prefiere que sigamos en español?'],
    [60, 'p', 'si porfa. es para navegar, no decoracion'],
    [80, 'l', '¿La necesita en papel o le sirve en PDF?'],
    [85, 'p', 'pdf esta bien'],
    [90, 'l', 'Un momento, por favor, lo estoy buscando.'],
    [215, 'l', 'La carta NOAA 25670 (San Juan Harbor) se descarga gratis en PDF en charts.noaa.gov (Chart Locator, número 25670). Para navegar, use siempre la edición más reciente.'],
    [221, 'l', '¿Es lo que necesitaba?'],
    [270, 'p', 'si perfecto, es todo 👍'],
    [276, 'l', '¡Buena navegación! Gracias por escribir.'],
  ], usual({ informed: 'fail' })),

  // 30 Spanish follow-up by patron's library: e-mail confirmed, "antes del viernes", pending
  s(INES, '30 bisabuelo emigrado a Buenos Aires en barco (Spanish, follow-up by patron\'s library): e-mail confirmado, "antes del viernes", pending', [
    [0, 'p', 'Buenas, busco el barco en que mi bisabuelo salió de Génova a Buenos Aires hacia 1890. Se llamaba Giacomo Ferraro.'],
    [30, 'l', 'Buenas tardes, habla Inés, de la Biblioteca Pública de Los Ángeles. ¿Sabe si llegó directo a Buenos Aires o pasó por Montevideo?'],
    [95, 'p', 'directo a buenos aires creo'],
    [102, 'l', 'El CEMLA de Buenos Aires tiene la base de llegadas de inmigrantes (cemla.com), y la colección "Argentina, Entradas de barcos" está en familysearch.org. Nuestra sala de genealogía puede revisar las listas de 1888-1892 por usted y escribirle. ¿A qué correo le escribimos?'],
    [160, 'p', 'ferraro.ana@example.com'],
    [166, 'l', 'Confirmo: ferraro.ana@example.com. La sala de genealogía le escribirá antes del viernes.'],
    [172, 'l', '¿Le sirve lo de FamilySearch mientras tanto?'],
    [220, 'p', 'sí, muchas gracias, es todo'],
    [226, 'l', 'Con gusto. ¡Gracias por consultarnos!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MARITIME.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('22')]:
    'info.source: expected fail, got pass ("gave a source"). Message 4: "The Mariners\' Museum Library in Newport News holds the Chris-Craft company archives, including the hull cards by number …" names an organisation and a collection it holds, with no URL, e-mail, phone or steps to reach either, and no other message gives a source (RUBRIC info.source: "An organisation or app named without a way to reach it is not a source").',
};

describe('sixty-eighth round: maritime history, ships and shipwrecks, checked', () => {
  describeSessions('whole sessions', MARITIME.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MARITIME.filter((c) => c.name in LEFT_WHY));
});
