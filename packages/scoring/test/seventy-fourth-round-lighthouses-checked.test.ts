/**
 * Seventy-fourth round, theme LIGHTHOUSES, BRIDGES AND FAMOUS STRUCTURES, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: visiting lighthouses (Concord Point with children, Thomas Point
 * Shoal by boat, Point Lookout, the Piney Point museum in Spanish, buying a surplus lighthouse), keepers' records (a Sharps
 * Island keeper at the National Archives, Cove Point logs for a newsletter, Bay Bridge ironworkers), bridge history and
 * visiting (why two Bay Bridge spans, Frederick County covered bridges in Spanish, the Casselman River Bridge, London Bridge
 * in Arizona, photos of Seven Foot Knoll), engineering for school (the Golden Gate in Spanish, Brooklyn Bridge caissons, a
 * balsa truss, the Chesapeake Bay Bridge-Tunnel's tubes, the Leaning Tower of Pisa, the Eiffel Tower in summer, Hoover Dam
 * concrete, Statue of Liberty crown tickets), bridge collapses (Tacoma Narrows, the Key Bridge, the Silver Bridge, the Sunshine
 * Skyway) and preservation groups (volunteer carpentry, grants for repainting). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/lighthouses-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask a Librarian! My name's Mira …" (01); pickup at exactly 60 s (03:
 *   pass) and at 61 s (04: fail); a `pickedUpAt` of 55 s with the first line at 70 s (25: pass); "Pat at the Enoch Pratt Free
 *   Library, State Library Resource Center." then a question, with no greeting word (05: fail); a hold "One moment while I
 *   read through your question." first and "Hi! Yves here, a librarian …" second (24: pass); "Thanks for contacting Calvert
 *   Library's Ask a Librarian — this is Kit …" (12); Spanish "¡Hola, buenos días! Habla Lucía, bibliotecaria …" (02), "¡Hola!
 *   Soy Sofía, bibliotecaria …" (11), "¡Hola! Le saluda Andrés, bibliotecario …" (27); chat-speak "hiya 👋" then "zoe here,
 *   librarian w/ montgomery county public libraries ask us" under the screen name "zoe_mc" (25); a queue line and no provider
 *   ever, patron in Spanish (19);
 *  inquiry: children's ages, school or curiosity, peer review, ancestor's name and years, grade and format, ship or bridge
 *   design, bet or citation, hands-on or fundraising, driving or guided, decades, balsa rules, county and nonprofit status,
 *   report or articles, "Do you mean the … Casselman River Bridge …?", class and citation, standing or lost, print or publish,
 *   tunnels or islands, travel month, short answer or proof, curiosity or bidding, season, page images or text, book or
 *   website, contractor; sources straight after the greeting with no question (08: fail);
 *  waits: holds of 84 s and exactly 120 s across a partial-result hold (06: pass); "Let me pull those up, one moment please."
 *   answered 121 s later (07: fail); "One sec, checking." answered in 58 s (15); transfer notices answered 52 s and 57 s later
 *   by the receiver (22, 23); a silent transfer, the receiver 80 s after the patron (10); "Of course, take your time!" then
 *   the patron back 214 s later (30: waiting on the patron); the patron's last new question never answered before they left
 *   (29: a span still open at the end, pass);
 *  endings: a true Lost Call, greeting at 24, "Are you still with me?" at 140, a disconnect notice that invites back at 204
 *   (16: final idle exactly 180 s, both pass); Lost Call after three patron lines, "Still there?" at 210, the patron gone,
 *   `endedAt` at 400 with no notice (17: 330 s, check-in pass, notice and courteous fail); a check-in at 190 and a notice
 *   with no thanks at 250 (26: 191 s, courteous fails); a Spanish notice with thanks exactly 120 s after the answer and no
 *   check-in (27: idle fails, notice na); a goodbye 119 s after the read-back (28: na); "Chats are capped at 10 minutes and
 *   your time is up." then "Bye." (20: dismissal fails, courteous passes); "a few other people waiting for help right now …
 *   please log back on later" (21: allowed); goodbyes "Enjoy the climb, and thanks for chatting with us! 🗼", "¡Que les quede
 *   linda la maqueta! Hasta luego.", "You too, bye!", "Thanks for using Ask a Librarian.", "Enjoy the win, bye!", "talk soon!",
 *   "Thanks for understanding. Bye for now!", "np! bye 👋", "have a lovely day!"; patron-side "thats everything", "no more questions",
 *   "eso es todo lo que necesitaba", "that is all i needed", "thats all i needed", and "yes perfect", "nah thats ok lol thx"
 *   that do not count;
 *  sources: concordpointlighthouse.org, a book in the catalogue (Building World Landmarks, The Great Bridge, de Gast, Bridges!,
 *   a Wonders of the World title), goldengate.org, mdta.maryland.gov with its menu path, Academic Search Premier "under
 *   Research > Databases", archives.gov/contact with a postal address, pbs.org, ntsb.gov, amaritime.org, visitfrederick.org,
 *   calvertmarinemuseum.com, mht.maryland.gov, rosap.ntl.bts.gov, dnr.maryland.gov, usbr.gov, lighthousefriends.com,
 *   digitalmaryland.org, cbbt.com, a reservation line's phone as the only source (24), golakehavasu.com, realestatesales.gov,
 *   stmarysmd.com, Newspapers.com on bcpl.info, msa.maryland.gov; none, only "The tower's official website explains it too"
 *   (09: fail);
 *  completeness: "Is that the info you were after?", "¿Le sirve esto para la maqueta?", "Did that clear it up?", "Does that
 *   settle it?", "Would one of those work for him?", "¿Le sirve la información?"; an offer of more, "want me to find old photos
 *   of it being moved too?" (25: fail); none at all (13: fail);
 *  referrals: the National Archives by URL and postal address (05: pass); a museum's volunteer coordinator with no contact,
 *   after a silent transfer (10: fail); a visitor centre by phone in Spanish (11: pass); a cruise line's reservation line by
 *   phone (24: pass); the provider's own Kent Island branch, "stop by and ask the staff there", with no contact (30: fail);
 *   not referrals: a museum that runs tours named with its site (08), a home library's grants librarian asked to phone the
 *   patron (14), the provider checking the Maryland Room herself (12);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at the latest", done exactly 72 h after `endedAt` and recorded in
 *   UTC ("Z") (12: pass); "I'll also send you a couple of competition write-ups", e-mail read back, no time, coded Answered
 *   (13: code and contact fail, pending); FU_LIB, a phone typed with spaces and read back with dashes, "by Wednesday", done at
 *   80 h (14: late, fail); FU_ME, "get back to you tomorrow", the e-mail only in `patron.email`, not recorded at day 4 (15:
 *   code passes, contact and on_time fail); FU_ME with a promise and no contact anywhere (26: code and contact fail,
 *   pending); FU_ME, e-mail read back, "by tomorrow afternoon", not recorded at day 1 (28: pending);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); null with no provider (19); an empty string (30);
 *   Practice (18); the field left out (`undefined`, 09: na);
 *  transfers: a visible notice and an internal note that says why (22: pass); a visible notice and no note (23: fail); a
 *   note and no notice (10: fail);
 *  concurrency: three others open through the session, four at once (24: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Pat at the Enoch Pratt Free Library, State Library Resource Center." identifies who answers but greets no one, and the
 *   second message is a question: greeting fails (05); "Thanks for contacting …" greets (12: RUBRIC lists it);
 * - Spanish greetings, identifications, completeness questions and goodbyes count as the English forms RUBRIC lists
 *   ("¡Hola!", "bibliotecaria", "¿Le sirve …?", "Hasta luego", "¡Gracias por escribirnos …!"), and the patron's "eso es todo lo
 *   que necesitaba" is an explicit "that's all I needed" (11);
 * - "The tower's official website explains it too" names a website with neither its address nor the steps to reach it: not a
 *   source (09: fail); a reservation line's phone given for the patron to call is "an e-mail or phone contact for a referral"
 *   and so a source (24);
 * - a `resolutionCode` that is `undefined` is a field left out (JSON cannot carry it): the source has no codes, na (09);
 * - "the Annapolis Maritime Museum runs summer boat tours out to it; dates and tickets are on amaritime.org" tells the patron
 *   what exists and where to read it, not to contact or visit anyone: a source, no referral (08: na); likewise a museum's
 *   collection search (12) and the Maryland State Archives' site "(search …)" (30);
 * - "I'll ask their grants librarian to search it for your group and phone you" is staff consulted on the patron's behalf and a
 *   promise that someone will contact the patron: a follow-up session, no referral (14);
 * - "Our Kent Island branch also has a local history collection — stop by and ask the staff there …" tells the patron to visit
 *   the provider's own library's branch: a referral, with no e-mail, phone, postal address or URL (30: fail);
 * - "Still on it: the sickness was 'caisson disease' … I'm finding you a page written for students." gives a partial result and
 *   says the search goes on: a hold (06), so the spans are 61 -> 145 = 84 s and 145 -> 265 = exactly 120 s, not longer;
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (12: pass; "fail: recorded later");
 * - `pickedUpAt` recorded by the source is the pickup even when the first line comes later (25: 55 s, pass);
 * - "want me to find old photos of it being moved too?" offers something not yet given: neither a completeness question nor
 *   an "anything else?" (25); "nah thats ok lol thx" declines the offer but does not say the patron is done (25);
 * - "I'll look up which ones are listed right now and get back to you" is a follow-up promise (26); whether or not it is also
 *   read as a hold, the final idle runs from 64 or 70 to `endedAt` 255, ≥ 180 s either way;
 * - "Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos y buen paseo!" thanks the patron and does
 *   not ask whether they are there: a goodbye, so the final idle ends at it (27: 61 -> 181 = 120 s, no check-in: fail; < 180:
 *   notice na); "I haven't heard back, so it looks like you've been disconnected. I'm going to close this chat now — please
 *   come back anytime!" likewise ends the idle at 204 (16: 24 -> 204 = exactly 180 s);
 * - "It looks like you've been disconnected, so I'm going to end this session." with no thanks is the notice but no goodbye:
 *   the idle runs to `endedAt` and courteous fails (26);
 * - "Bye." after "your time is up" says goodbye (20: courteous passes while no_dismissal fails);
 * - a patron's question sent last and never answered before they left opens a span still open at the end: it does not count
 *   (29: keep_informed passes); there is no final idle, as the patron sent the last visible message.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: none.
 * Final: 29 running, 1 LEFT (11: the Spanish "llamen al centro de visitantes al 301-555-0164" not read as a referral).
 * Every timing check (pickup at 60 and 61 s, a pickedUpAt before the first line, no provider; keep_informed at exactly 120
 * and at 121 s, across a partial-result hold, "take your time", two notice-transfers, a silent transfer and a span open at
 * the end; final idles of 119, 120, 180, 191 and 330 s; concurrency at four and at touching ends; on_time done at exactly
 * 72 h in UTC, done at 80 h, not recorded at day 4, pending at day 1 three times) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone
 * typed with spaces and read back with dashes, an e-mail only in patron.email, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running, 1 through describeLeft). `npx tsc -p
 * tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG5): case 11's "llamen al centro de visitantes al …" refers; it runs, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Todos nuestros bibliotecarios están ocupados / All librarians are busy. Position in queue: ${n}.`];

const MIRA: Prov = { id: 'mira-lh', name: 'Mira', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-lh', name: 'Lucía', library: 'PGCMLS' };
const THEO: Prov = { id: 'theo-lh', name: 'Theo', library: 'AACPL' };
const OWEN: Prov = { id: 'owen-lh', name: 'Owen', library: 'BCPL' };
const PAT: Prov = { id: 'pat-lh', name: 'Pat', library: 'EPFL' };
const NOOR: Prov = { id: 'noor-lh', name: 'Noor', library: 'HCLS' };
const GIL: Prov = { id: 'gil-lh', name: 'Gil', library: 'AUN' };
const IRIS: Prov = { id: 'iris-lh', name: 'Iris', library: 'AACPL' };
const FERN: Prov = { id: 'fern-lh', name: 'Fern', library: 'WCPL' };
const QUINN: Prov = { id: 'quinn-lh', name: 'Quinn', library: 'TCFL' };
const SOL: Prov = { id: 'sol-lh', name: 'Sol', library: 'TCFL' };
const SOFIA: Prov = { id: 'sofia-lh', name: 'Sofía', library: 'FCPL-MD' };
const KIT: Prov = { id: 'kit-lh', name: 'Kit', library: 'CCPL-CA' };
const ABE: Prov = { id: 'abe-lh', name: 'Abe', library: 'WCFL' };
const ELLA: Prov = { id: 'ella-lh', name: 'Ella', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-lh', name: 'Hugo', library: 'CCPL-CE' };
const LENA: Prov = { id: 'lena-lh', name: 'Lena', library: 'SMCL' };
const NED: Prov = { id: 'ned-lh', name: 'Ned', library: 'GCPL' };
const TRAINEE: Prov = { id: 'trainee-lh', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-lh', name: 'Queue', library: 'VRQ' };
const RAFE: Prov = { id: 'rafe-lh', name: 'Rafe', library: 'AUN' };
const TAMSIN: Prov = { id: 'tamsin-lh', name: 'Tamsin', library: 'QACL' };
const VIC: Prov = { id: 'vic-lh', name: 'Vic', library: 'EPFL' };
const RHEA: Prov = { id: 'rhea-lh', name: 'Rhea', library: 'EPFL' };
const WES: Prov = { id: 'wes-lh', name: 'Wes', library: 'AUN' };
const DORA: Prov = { id: 'dora-lh', name: 'Dora', library: 'AUN' };
const YVES: Prov = { id: 'yves-lh', name: 'Yves', library: 'MCPL' };
const ZOE: Prov = { id: 'zoe-lh', name: 'zoe_mc', library: 'MCPL' };
const BEA: Prov = { id: 'bea-lh', name: 'Bea', library: 'HCLS' };
const ANDRES: Prov = { id: 'andres-lh', name: 'Andrés', library: 'SMCL' };
const CYD: Prov = { id: 'cyd-lh', name: 'Cyd', library: 'BCPL' };
const DEV: Prov = { id: 'dev-lh', name: 'Dev', library: 'CCPL-MD' };
const ONA: Prov = { id: 'ona-lh', name: 'Ona', library: 'QACL' };

const s = session;

export const LIGHTHOUSES: SessionCase[] = [
  // 01 the plain good session
  s(MIRA, '01 Concord Point Lighthouse with kids: "thanks for contacting … My name\'s Mira", ages asked, concordpointlighthouse.org, "thats everything"', [
    [0, 'p', 'hi! is the concord point lighthouse in havre de grace open to go inside? thinking of going this weekend w my kids'],
    [19, 'l', "Good morning, and thanks for contacting Ask a Librarian! My name's Mira and I'm at Harford County Public Library."],
    [25, 'l', 'How old are the kids? The climb to the top has some rules for little ones, so I want to check the right thing.'],
    [58, 'p', '6 and 9'],
    [64, 'l', "The Friends of Concord Point Lighthouse post the hours on their site, concordpointlighthouse.org: it's open weekend afternoons in season, and kids have to be able to climb the last ladder on their own with an adult right behind them. Is that the info you were after?"],
    [101, 'p', 'perfect thats everything, thanks!!'],
    [107, 'l', 'Enjoy the climb, and thanks for chatting with us! 🗼'],
  ], usual()),

  // 02 wholly Spanish
  s(LUCIA, '02 maqueta del Golden Gate (Spanish): "¡Hola, buenos días! Habla Lucía, bibliotecaria", grade asked, catalogue + goldengate.org, "Hasta luego"', [
    [0, 'p', 'buenos días, mi hija tiene que hacer una maqueta del puente golden gate para la escuela y no sabemos como se construyó 😅'],
    [24, 'l', '¡Hola, buenos días! Habla Lucía, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George.'],
    [31, 'l', '¿En qué grado está su hija? Así le busco algo a su nivel.'],
    [70, 'p', 'cuarto grado'],
    [77, 'l', 'Para cuarto grado le recomiendo el libro "The Golden Gate Bridge" de la serie Building World Landmarks; está en nuestro catálogo (pgcmls.info, busque "Golden Gate"). El sitio oficial del puente también tiene fotos de la construcción en goldengate.org/bridge/history-research/. ¿Le sirve esto para la maqueta?'],
    [120, 'p', 'si!! muy bien'],
    [126, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [150, 'p', 'no, nada más. muchas gracias'],
    [156, 'l', 'Con mucho gusto. ¡Que les quede linda la maqueta! Hasta luego.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(THEO, '03 why two Bay Bridge spans: pickup at exactly 60 s, school or curiosity asked, mdta.maryland.gov with its menu path, "no more questions"', [
    [0, 'p', 'why are there two bay bridges side by side? was one built later'],
    [60, 'l', 'Hi there, Theo with Anne Arundel County Public Library. Happy to dig into that.'],
    [66, 'l', 'Is this for a school assignment or just curiosity? If it is for school I can point you to something you can cite.'],
    [110, 'p', 'curiosity, i drive it every week lol'],
    [116, 'l', 'The first span opened in 1952 and traffic outgrew it, so the parallel westbound span was added in 1973. The Maryland Transportation Authority has the history at mdta.maryland.gov (About > Facilities > Bay Bridge).'],
    [121, 'l', 'Did that clear it up?'],
    [160, 'p', 'yep! no more questions, have a good one'],
    [166, 'l', 'You too, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(OWEN, '04 Tacoma Narrows for a physics paper: pickup at 61 s, peer review asked, an AJP article in Academic Search Premier "under Research > Databases"', [
    [0, 'p', 'need sources on the tacoma narrows bridge collapse for a physics paper (resonance?)'],
    [61, 'l', "Hello! You've reached Ask a Librarian at Baltimore County Public Library, Owen speaking."],
    [68, 'l', 'Does your teacher want scholarly articles, or are books and websites OK?'],
    [105, 'p', 'needs at least one peer reviewed article'],
    [111, 'l', 'Good call. The classic one is Billah & Scanlan, "Resonance, Tacoma Narrows bridge failure, and undergraduate physics textbooks," American Journal of Physics, 1991. It\'s in Academic Search Premier, on our site under Research > Databases. It argues the collapse was not simple resonance, which could make your paper stand out.'],
    [117, 'l', 'Does this give you what you need for the paper?'],
    [160, 'p', 'omg yes thats perfect'],
    [165, 'l', 'Anything else I can help with today?'],
    [190, 'p', 'nah'],
    [194, 'l', 'Good luck with the paper! Thanks for using Ask a Librarian.'],
  ], usual({ pickup: 'fail' })),

  // 05 identifies, does not greet; a referral with a URL and a postal address
  s(PAT, '05 a Sharps Island keeper in the 1880s: "Pat at the Enoch Pratt Free Library …" (no greeting), National Archives by URL and postal address', [
    [0, 'p', 'my great great grandfather was a lighthouse keeper at sharps island md in the 1880s. where would his records be?'],
    [21, 'l', 'Pat at the Enoch Pratt Free Library, State Library Resource Center.'],
    [27, 'l', 'Do you know his full name and roughly which years he served?'],
    [70, 'p', 'Elias Marsh, maybe 1878 to 1890'],
    [78, 'l', 'Keeper appointments from those years are in the Coast Guard records (Record Group 26) at the National Archives in Washington. Their reference staff can search the registers for you: write to them through archives.gov/contact, or by mail at 700 Pennsylvania Ave NW, Washington, DC 20408.'],
    [84, 'l', 'Does that point you the right way?'],
    [130, 'p', 'yes thank you so much'],
    [135, 'l', 'Is there anything else I can look up?'],
    [160, 'p', 'no thats all i needed'],
    [165, 'l', 'Good luck with the search, goodbye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 holds of 84 s and exactly 120 s (a partial result that says the search goes on)
  s(NOOR, '06 Brooklyn Bridge caissons: "bear with me" at 61, partial-result hold at 145, answer at 265 (exactly 120 s), pbs.org + The Great Bridge', [
    [0, 'p', 'hi im doing a project on the brooklyn bridge, why did workers get sick in the caissons?'],
    [17, 'l', "Hi! I'm Noor, a librarian with Howard County Library System."],
    [23, 'l', 'What grade is the project for, and do you need a book or is a website fine?'],
    [55, 'p', '8th grade. website ok'],
    [61, 'l', 'Ok, bear with me while I look.'],
    [145, 'l', 'Still on it: the sickness was "caisson disease," what divers call the bends. I\'m finding you a page written for students.'],
    [265, 'l', "Here it is: PBS's American Experience has a page on the caissons and the bends at pbs.org/wgbh/americanexperience/features/brooklyn-caissons/. David McCullough's book The Great Bridge is in our catalog too if you want more."],
    [271, 'l', 'Does that cover what you needed?'],
    [300, 'p', 'yes thank u'],
    [305, 'l', 'Anything else for the project?'],
    [330, 'p', 'no thats it'],
    [334, 'l', 'Good luck, bye!'],
  ], usual()),

  // 07 a hold answered 121 s later; an annoyed commuter
  s(GIL, '07 the Key Bridge collapse report (annoyed commuter): "Let me pull those up, one moment please." answered 121 s later, ntsb.gov', [
    [0, 'p', 'where can i read the official report on why the key bridge fell. my commute is 40 min longer now 😤'],
    [20, 'l', 'Hello, Gil here, a librarian with Maryland AskUsNow!'],
    [26, 'l', "Do you want the investigators' findings on the ship, or the report on the bridge's design and protection piers?"],
    [64, 'p', 'both if possible'],
    [70, 'l', 'Let me pull those up, one moment please.'],
    [191, 'l', 'Sorry for the wait! The NTSB investigation of the Dali striking the Key Bridge has its docket and reports at ntsb.gov (search "DCA24MM031"), and its report on how vulnerable other bridges are to ship strikes is linked from the same page.'],
    [197, 'l', 'Is that what you were looking for?'],
    [240, 'p', 'yeah thats helpful i guess'],
    [245, 'l', 'Anything else today?'],
    [262, 'p', 'no'],
    [266, 'l', 'Take care, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source
  s(IRIS, '08 Thomas Point Shoal by boat: the answer at once with no question, museum tours named with amaritime.org (not a referral)', [
    [0, 'p', 'can you tour thomas point lighthouse? the one out in the water'],
    [16, 'l', 'Hi! Iris from Anne Arundel County Public Library here.'],
    [22, 'l', 'You can! The Annapolis Maritime Museum runs summer boat tours out to Thomas Point Shoal Lighthouse; dates and tickets are on amaritime.org.'],
    [28, 'l', 'Did that help?'],
    [60, 'p', 'ya thx'],
    [65, 'l', 'Is there anything else I can help you with?'],
    [85, 'p', 'no thats all'],
    [89, 'l', 'Have a great trip, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 partly Spanish; no source; the code field left out
  s(FERN, '09 la torre Eiffel crece en verano (partly Spanish): bet or citation asked, "The tower\'s official website explains it too" (no source), code undefined', [
    [0, 'p', 'es verdad que la torre eiffel crece en verano?? my brother says no way'],
    [22, 'l', 'Hi, welcome to Ask Us! Fern, librarian, at your service 🙂'],
    [28, 'l', 'Are you settling a bet, or do you need something you can cite for school?'],
    [55, 'p', 'bet lol. hermano vs me'],
    [60, 'l', "Then you win 😄 Iron expands in the heat, so on a hot summer day the top of the tower can sit about 15 cm (6 in) higher than in winter. The tower's official website explains it too."],
    [66, 'l', 'Does that settle it?'],
    [90, 'p', 'YES gracias!!'],
    [94, 'l', 'Anything else?'],
    [110, 'p', 'nope'],
    [114, 'l', '¡De nada! Enjoy the win, bye!'],
  ], usual({ source: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 10 a silent transfer; a referral with no contact
  s(QUINN, '10 volunteering on a lighthouse (silent transfer): note only, Sol at 150, "get in touch with their volunteer coordinator" (no contact), de Gast', [
    [0, 'p', 'how do i volunteer to help fix up an old lighthouse? i live near st michaels'],
    [25, 'l', 'Hello! Quinn here, a librarian at Talbot County Free Library.'],
    [31, 'l', 'Are you looking for hands-on restoration work, or helping with tours and fundraising?'],
    [70, 'p', 'hands on, im a retired carpenter'],
    [74, 'i', 'Sol, lighthouse volunteering q from a St Michaels carpenter, you know the maritime museum folks, can you take it?'],
    xfer(78, 'Sol', 'sol-lh'),
    [150, 'l', "Hi, Sol here, I'll take it from here! The Chesapeake Bay Maritime Museum in St. Michaels, where the Hooper Strait Lighthouse stands now, relies on volunteer carpenters for its restoration work, so get in touch with their volunteer coordinator. For background, The Lighthouses of the Chesapeake by Robert de Gast is in our catalog.", as(SOL)],
    [156, 'l', 'Does that help you get started?', as(SOL)],
    [190, 'p', 'yes thanks'],
    [195, 'l', 'Anything else I can do for you?', as(SOL)],
    [210, 'p', 'no'],
    [214, 'l', 'Happy building, thanks for writing in!', as(SOL)],
  ], usual({ referral: 'fail', transfer: 'fail' })),

  // 11 Spanish: a visitor centre by phone
  s(SOFIA, '11 puentes cubiertos de Frederick (Spanish): "¡Hola! Soy Sofía, bibliotecaria", visitfrederick.org + visitor centre by phone, "eso es todo lo que necesitaba"', [
    [0, 'p', 'hola, quiero visitar los puentes cubiertos de frederick county con mis papás. hay algun tour?'],
    [18, 'l', '¡Hola! Soy Sofía, bibliotecaria de Frederick County Public Libraries. Con gusto le ayudo.'],
    [24, 'l', '¿Piensan ir en carro por su cuenta, o prefieren una visita guiada?'],
    [60, 'p', 'en carro, solos'],
    [66, 'l', 'Hay tres puentes cubiertos: Loy\'s Station, Roddy Road y Utica. Visit Frederick tiene un mapa para hacer la ruta en carro en visitfrederick.org (busque "covered bridges"). Si quieren más detalles, llamen al centro de visitantes al 301-555-0164.'],
    [72, 'l', '¿Esto es lo que buscaba?'],
    [110, 'p', 'si perfecto, eso es todo lo que necesitaba'],
    [116, 'l', '¡Que disfruten el paseo! Gracias por usar el servicio.'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, e-mail read back, "by Friday", done exactly 72 h after the end, recorded in UTC
  s(KIT, '12 Cove Point keepers\' logs (follow-up by me): "Thanks for contacting …", e-mail read back, "by Friday at the latest", done at exactly 72 h (Z)', [
    [0, 'p', "Hello, I'm researching the keepers of Cove Point Lighthouse for a historical society newsletter. Are any keepers' logs digitized?"],
    [26, 'l', "Thanks for contacting Calvert Library's Ask a Librarian — this is Kit, local history librarian."],
    [32, 'l', 'Which decades are you interested in? The logs survive unevenly.'],
    [80, 'p', 'Anything from 1900 to 1930.'],
    [86, 'l', "Calvert Marine Museum's library holds copies of some station logs; their collection search is at calvertmarinemuseum.com/research. I also want to check whether our Maryland Room has transcriptions. May I e-mail you what I find?"],
    [130, 'p', 'Yes please — hwaters.history@example.org'],
    [137, 'l', "Thank you, I have hwaters.history@example.org. You'll hear from me by Friday at the latest."],
    [143, 'l', "Does the museum's search help in the meantime?"],
    [190, 'p', 'It does, thank you.'],
    [195, 'l', 'Anything else I can help with?'],
    [215, 'p', "No, that's all for now."],
    [220, 'l', 'Thanks again for contacting Calvert Library — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, endedAt: at(225), followUps: [{ doneAt: '2026-03-05T15:03:45Z' }] }, { now: T0 + 4 * DAY }),

  // 13 a promise to send more, e-mail read back, no time, coded Answered
  s(ABE, '13 a balsa truss for science class: "I\'ll also send you a couple of competition write-ups", e-mail read back, no time, coded Answered', [
    [0, 'p', 'my son has to build a balsa wood truss bridge for science class, which truss design holds the most weight'],
    [20, 'l', "Hi, Abe here at Washington County Free Library's Ask a Librarian."],
    [26, 'l', 'Is there a limit on the balsa, or rules on the span length?'],
    [70, 'p', '30 cm span, max 50 grams of wood'],
    [76, 'l', "For light models a Warren or Pratt truss usually does best. The book Bridges! by Carol A. Johmann and Elizabeth Rieth has build-and-test projects, and it's in our catalog. I'll also send you a couple of competition write-ups I know of. What e-mail should I use?"],
    [118, 'p', 'kmorrow88@example.com'],
    [124, 'l', 'Got it — kmorrow88@example.com. Anything else for now?'],
    [150, 'p', 'no that covers it'],
    [155, 'l', 'Thanks, and good luck to your son!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 follow-up by the patron's library, phone read back, "by Wednesday", done at 80 h
  s(ELLA, '14 grants for repainting a lighthouse (follow-up by patron\'s library): phone typed with spaces, read back with dashes, "by Wednesday", done at 80 h', [
    [0, 'p', 'our little lighthouse preservation group needs grants for repainting, where do we even look'],
    [28, 'l', "Hi, thanks for contacting AskUsNow! I'm Ella, a librarian on the statewide service."],
    [34, 'l', 'Which county is your group in, and is it a registered nonprofit?'],
    [75, 'p', 'st marys county, yes 501c3'],
    [81, 'l', "The Maryland Historical Trust lists its preservation grants at mht.maryland.gov/grants. Your home library, St. Mary's County Library, has Candid's Foundation Directory Online; I'll ask their grants librarian to search it for your group and phone you. What number should they use?"],
    [125, 'p', '301 555 0199'],
    [131, 'l', "Thanks, that's 301-555-0199. They'll call you by Wednesday."],
    [137, 'l', 'Does the MHT grants page help for now?'],
    [170, 'p', 'yes'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks for reaching out, and good luck with the repainting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me, the e-mail only in the patron field, not recorded at day 4
  s(HUGO, '15 the Silver Bridge report (follow-up by me): hold at 72, rosap.ntl.bts.gov, "get back to you tomorrow", e-mail only in patron.email, day 4', [
    [0, 'p', 'im writing about the silver bridge collapse in 1967, was there a federal report'],
    [22, 'l', 'Hey, Hugo at Cecil County Public Library here, welcome!'],
    [28, 'l', 'Do you need the accident report itself, or articles about what changed afterward?'],
    [66, 'p', 'the report'],
    [72, 'l', 'One sec, checking.'],
    [130, 'l', 'The NTSB\'s Highway Accident Report on the collapse of the Point Pleasant (Silver) Bridge is in the National Transportation Library: search "Silver Bridge" at rosap.ntl.bts.gov. I\'ll look for the history of the bridge inspection law that came out of it too, and get back to you tomorrow.'],
    [136, 'l', 'Is the report what you needed for now?'],
    [180, 'p', 'yes perfect'],
    [185, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'reyes.bridges@example.net', phone: null } }, { now: T0 + 4 * DAY }),

  // 16 a true Lost Call, final idle exactly 180 s
  s(LENA, '16 Point Lookout Lighthouse (Lost Call): greeting at 24, "Are you still with me?" at 140, notice + "come back anytime" at 204 (final idle 180 s)', [
    [0, 'p', 'when was point lookout lighthouse built'],
    [24, 'l', "Hi there! This is Lena, a librarian at St. Mary's County Library."],
    [140, 'l', 'Are you still with me?'],
    [204, 'l', "I haven't heard back, so it looks like you've been disconnected. I'm going to close this chat now — please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; check-in, no notice, endedAt 400
  s(NED, '17 the Casselman River Bridge (Lost Call after three patron lines): answer at 70, "Still there?" at 210, patron left, ended at 400 with no notice', [
    [0, 'p', 'is the old stone bridge in grantsville still open to walk on'],
    [20, 'l', 'Hello, Ned at Garrett County Public Library here.'],
    [26, 'l', 'Do you mean the big stone arch, the Casselman River Bridge, next to the Spruce Forest artisan village?'],
    [58, 'p', 'yes that one'],
    [63, 'p', 'the big arch'],
    [70, 'l', "Yep — it's been closed to cars for decades but you can walk across it; it's inside Casselman River Bridge State Park. The park page is at dnr.maryland.gov/publiclands (choose Western Region > Casselman River Bridge)."],
    [76, 'l', 'Did that help?'],
    [210, 'l', 'Still there?'],
    left(280),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endedAt: at(400) }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (lighthouse hours macro): coded Practice, every check na', [
    [0, 'p', 'TEST - lighthouse hours macro, please ignore'],
    [6, 'l', 'Practice run: Concord Point Lighthouse hours are at concordpointlighthouse.org'],
    [12, 'l', 'Does that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined (Spanish)
  s(NOBODY, '19 horario del faro de Point Lookout (Spanish): no provider ever joined, "hola?? hay alguien", patron left, code null', [
    [0, 'p', 'hola, a qué hora abre el faro de point lookout? vamos mañana'],
    queueLine(2, 3),
    [150, 'p', 'hola?? hay alguien'],
    left(270),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 "your time is up", then "Bye."
  s(RAFE, '20 Hoover Dam concrete, then a long list: "Chats are capped at 10 minutes and your time is up." then "Bye." (dismissal fails, courteous passes)', [
    [0, 'p', 'how much concrete is in hoover dam'],
    [18, 'l', 'Hi, Rafe with AskUsNow! here.'],
    [24, 'l', 'Is this for a class? Do you need a source you can cite?'],
    [50, 'p', 'yes for a report'],
    [56, 'l', "The Bureau of Reclamation's Hoover Dam FAQ gives about 3.25 million cubic yards of concrete in the dam itself: usbr.gov/lc/hooverdam/faqs/damfaqs.html. Does that answer your question?"],
    [90, 'p', "ok and also how many workers died, and how long did it take, and what's the lake called, and why is it curved, and can u write my intro"],
    [99, 'l', "Chats are capped at 10 minutes and your time is up. You'll have to look up the rest on your own."],
    [112, 'p', 'wow rude'],
    [118, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, come back later (allowed)
  s(TAMSIN, '21 every lighthouse in Maryland, then a long list: "a few other people waiting … please log back on later", lighthousefriends.com', [
    [0, 'p', 'hi i need a list of every lighthouse in maryland'],
    [21, 'l', "Hello, you've got Tamsin at Queen Anne's County Library."],
    [27, 'l', 'Do you mean the ones still standing, or every one ever built, including the lost ones?'],
    [60, 'p', 'still standing'],
    [66, 'l', 'Lighthouse Friends keeps a state-by-state list with photos and visiting info: lighthousefriends.com, then pick Maryland. Is that the kind of list you meant?'],
    [100, 'p', 'yes. also I need the height of each one, the year, the keepers, which ones you can stay overnight in, and the ghost stories'],
    [108, 'l', "That's a big project! There are a few other people waiting for help right now, so I need to wrap up here — but please log back on later and we'll gladly pick up the rest with you."],
    [140, 'p', 'fine'],
    [146, 'l', 'Thanks for understanding. Bye for now!'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(VIC, '22 a photo of Seven Foot Knoll in the bay: transfer notice at 58 + internal note why, Rhea at 110 with digitalmaryland.org', [
    [0, 'p', 'is there a picture of the seven foot knoll lighthouse from when it was still out in the bay?'],
    [15, 'l', "Hi! Vic here at the Pratt Library's Ask a Librarian."],
    [21, 'l', 'Are you looking for a photo to look at, or one you can publish?'],
    [52, 'p', 'to print for my dad, hes a retired harbor pilot'],
    [58, 'l', "Our Maryland Department has the photo files, so I'm passing you to Rhea there — she'll be with you in a moment."],
    [61, 'i', 'Rhea: pt wants a photo of Seven Foot Knoll at its old bay site, to print for family. Your collections?'],
    xfer(64, 'Rhea', 'rhea-lh'),
    [110, 'l', 'Hello, this is Rhea in the Maryland Department. Digital Maryland has several: search "Seven Foot Knoll" at digitalmaryland.org. Most are fine to print for personal use.', as(RHEA)],
    [116, 'l', 'Would one of those work for him?', as(RHEA)],
    [150, 'p', 'yes!! there is a great one from the 1930s. thanks, thats all i needed'],
    [156, 'l', 'Wonderful — give him our best. Thanks for chatting!', as(RHEA)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer with a notice and no note
  s(WES, '23 the Bay Bridge-Tunnel\'s tubes for a science fair: "I\'m going to hand you to my colleague Dora", no internal note, cbbt.com', [
    [0, 'p', 'how does the bay bridge tunnel in virginia go underwater? for my science fair'],
    [20, 'l', 'Hello! Wes here, a librarian with AskUsNow!.'],
    [26, 'l', 'Which part do you need to explain: how the tunnels were built, or how the islands hold them?'],
    [62, 'p', 'how they built the tunnels'],
    [68, 'l', "I'm going to hand you to my colleague Dora, who does our engineering questions. Hang tight!"],
    xfer(72, 'Dora', 'dora-lh'),
    [125, 'l', "Hi, Dora here! The tunnel sections were built as big steel tubes, floated out, and sunk into a trench dredged in the bay floor, then covered over. The Bridge-Tunnel's own history page explains it with photos: cbbt.com/history.", as(DORA)],
    [131, 'l', 'Does that help for your project?', as(DORA)],
    [170, 'p', 'yes thank you!'],
    [175, 'l', 'Anything else I can help with?', as(DORA)],
    [190, 'p', 'no'],
    [194, 'l', 'Good luck at the science fair, bye!', as(DORA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; a hold first; a reservation line's phone as the only source
  s(YVES, '24 Statue of Liberty crown tickets: a hold then "Hi! Yves here", a cruise line\'s phone as the only source, three other chats open (four at once)', [
    [0, 'p', 'can you climb up into the statue of libertys crown? how do i get tickets'],
    [14, 'l', 'One moment while I read through your question.'],
    [30, 'l', 'Hi! Yves here, a librarian at Montgomery County Public Libraries.'],
    [36, 'l', 'When are you planning to go? Crown tickets sell out months ahead.'],
    [70, 'p', 'july, with my wife'],
    [76, 'l', 'Yes, the crown is open, but only a small number of people a day can go up, and the only seller is Statue City Cruises. Call their reservation line at 877-555-0148 as soon as you can to book crown access for July.'],
    [82, 'l', 'Does that answer what you needed?'],
    [120, 'p', 'yes great, that is all i needed'],
    [126, 'l', 'Have a wonderful trip, and thanks for chatting!'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yves-lh', -60, 400), other('y2', 'yves-lh', 10, 300), other('y3', 'yves-lh', 20, 200)],
  }),

  // 25 pickedUpAt, a split greeting in chat-speak, an offer of more; three at most with touching ends
  s(ZOE, '25 London Bridge in Arizona (chat-speak): pickedUpAt 55, "hiya 👋" + "zoe here, librarian …", an offer of photos, three chats at most', [
    [0, 'p', 'wait is london bridge actually in arizona?? my friend swears it is'],
    [70, 'l', 'hiya 👋'],
    [74, 'l', 'zoe here, librarian w/ montgomery county public libraries ask us'],
    [80, 'l', 'do u want the short answer or something u can show ur friend?'],
    [105, 'p', 'something to show him lol'],
    [111, 'l', "lol ok: yes! the 1830s london bridge was sold in 1968 and rebuilt at lake havasu city, az. the city's visitor site has the whole story: golakehavasu.com/london-bridge"],
    [116, 'l', 'want me to find old photos of it being moved too?'],
    [140, 'p', 'nah thats ok lol thx'],
    [145, 'l', 'np! bye 👋'],
  ], usual({ complete: 'fail', anything: 'fail' }), { pickedUpAt: at(55) }, {
    otherIntervals: [other('z1', 'zoe-lh', -200, 0), other('z2', 'zoe-lh', -30, 100), other('z3', 'zoe-lh', 60, 300), other('z4', 'zoe-lh', 150, 500)],
  }),

  // 26 a promise with no contact; check-in and a notice with no thanks
  s(BEA, '26 buying a surplus lighthouse (follow-up by me, no contact): realestatesales.gov, "Are you still there?" at 190, notice with no thanks at 250', [
    [0, 'p', 'is it true the government sells old lighthouses?? how would someone buy one'],
    [18, 'l', 'Hello! Bea here, librarian at Howard County Library System.'],
    [24, 'l', 'Are you curious how it works, or actually thinking of bidding on one?'],
    [58, 'p', 'maybe bidding haha, we have some savings'],
    [64, 'l', "It's real: under the National Historic Lighthouse Preservation Act, lighthouses the Coast Guard no longer needs are offered free to nonprofits and governments first, and the rest are auctioned by the GSA at realestatesales.gov. I'll look up which ones are listed right now and get back to you."],
    [70, 'l', 'Does that explain how it works?'],
    [190, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've been disconnected, so I'm going to end this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 27 Spanish: a notice with thanks exactly 120 s after the answer, no check-in
  s(ANDRES, '27 museo del faro de Piney Point (Spanish): answer at 61, "Parece que se desconectó … ¡Gracias por escribirnos …!" at 181 (final idle 120 s)', [
    [0, 'p', 'hola buenas, el museo del faro de piney point abre los domingos?'],
    [20, 'l', "¡Hola! Le saluda Andrés, bibliotecario de la Biblioteca del Condado de St. Mary's."],
    [26, 'l', '¿Piensa ir este fin de semana o más adelante? El horario cambia según la temporada.'],
    [55, 'p', 'en abril'],
    [61, 'l', 'En abril sí abre los domingos por la tarde. El horario de los museos del condado está en stmarysmd.com/museums (busque "Piney Point"). ¿Le sirve la información?'],
    [181, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos y buen paseo!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 follow-up by me, pending; final idle 119 s
  s(CYD, '28 Sunshine Skyway 1980 front pages (follow-up by me): e-mail read back, "by tomorrow afternoon", goodbye 119 s later, pending at day 1', [
    [0, 'p', 'doing a report on the sunshine skyway bridge disaster in 1980. need newspaper articles from then'],
    [19, 'l', 'Hi, Cyd here at Baltimore County Public Library — thanks for reaching out.'],
    [25, 'l', 'Do you need the articles as images of the actual pages, or is the text alone OK?'],
    [60, 'p', 'actual pages would be cool'],
    [66, 'l', "Our Newspapers.com Library Edition has the Tampa papers from May 1980; it's on bcpl.info under Research > Newspapers and works from home with your library card. I can clip a few front pages and e-mail them. What's your e-mail?"],
    [110, 'p', 'dsanz.report@example.com'],
    [116, 'l', "Thanks! I'll send them to dsanz.report@example.com by tomorrow afternoon."],
    [121, 'l', 'Does the database help in the meantime?'],
    [235, 'l', 'Thanks for chatting, bye for now!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 29 the patron's last question never answered; the patron leaves
  s(DEV, '29 why Pisa leans (5th grade): a book in the catalogue, the patron\'s last question open when they leave (span open at the end), no goodbye', [
    [0, 'p', 'why does the leaning tower of pisa lean? 5th grade report'],
    [23, 'l', 'Hi! This is Dev, a librarian at Carroll County Public Library.'],
    [29, 'l', 'Do you need a book you can check out, or is a website OK?'],
    [60, 'p', 'book pls'],
    [66, 'l', "The Wonders of the World book The Leaning Tower of Pisa is in our catalog. It explains that the ground under the tower is soft clay, so one side started sinking while they were still building it."],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'yes! and when did they fix it so it stops leaning more'],
    left(300),
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 30 take your time; the provider's own branch with no contact; code ""
  s(ONA, '30 Bay Bridge ironworkers 1950-52: "take your time" then 214 s away, msa.maryland.gov, "stop by" the Kent Island branch (no contact), code ""', [
    [0, 'p', 'hi my grandpa worked on building the bay bridge in 1950-52, is there any list of the workers?'],
    [22, 'l', "Good morning, thanks for contacting Ask a Librarian! I'm Ona with Queen Anne's County Library."],
    [28, 'l', 'Do you know which company he worked for? Several contractors built different parts.'],
    [70, 'p', 'not sure, hang on let me ask my mom, shes here'],
    [76, 'l', 'Of course, take your time!'],
    [290, 'p', 'ok she says he was an ironworker, maybe with bethlehem steel?'],
    [296, 'l', 'Thank you! There\'s no single list of workers, but the Maryland State Archives has the State Roads Commission\'s construction records and photos: msa.maryland.gov (search "Chesapeake Bay Bridge construction"). Our Kent Island branch also has a local history collection — stop by and ask the staff there to show you the bridge scrapbooks.'],
    [302, 'l', 'Is that a helpful place to start?'],
    [340, 'p', 'yes!! thank you so much'],
    [345, 'l', 'Anything else I can help you find?'],
    [360, 'p', 'no thats everything'],
    [365, 'l', 'Good luck with the search — have a lovely day!'],
  ], usual({ referral: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => LIGHTHOUSES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-fourth round: lighthouses, bridges and famous structures, checked', () => {
  describeSessions('whole sessions', LIGHTHOUSES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', LIGHTHOUSES.filter((c) => c.name in LEFT_WHY));
});
