/**
 * Seventy-seventh round, theme CIVIL WAR HISTORY, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: battlefields (a one-day Antietam visit with a father who uses a cane, Antietam's dead,
 * the Maryland monument at Antietam, Monocacy books, the Gettysburg cyclorama, Spanish-language tours at Gettysburg, ghost
 * tours), regimental records and pension files (a Spanish pension search through NARA, the 2nd Maryland CSA roster, a
 * widow's pension in Hagerstown, the 1890 veterans schedules, a USCT soldier from Kent County, "mustered out" on a 3rd
 * Delaware card, a Virginia Confederate pension, GAR post records), Underground Railroad sites (a Maryland road trip, a
 * Sandy Spring meeting house), letters and diaries (soldiers' letters online, a Gettysburg nurse's diary, the 54th
 * Massachusetts, Hispanic soldiers' letters in Spanish, a Frederick diary of 1862, preserving brittle family letters),
 * reenactments (summer events near Frederick, a Union infantry uniform) and monuments (the Rockville statue's move). Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s73/civilwar-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup, "Good morning! This is Owen, a reference librarian at …" (01); pickup at exactly 60 s (03: pass)
 *   and at 61 s (04: fail); `pickedUpAt` recorded at 50 s with the first typed line at 95 s (25: pass by pickedUpAt);
 *   "Hi there! How can I help?" then a question, under the screen name "Ref Desk 3" (05: no one named, fail); Spanish
 *   "¡Buenas tardes! Le atiende Lucía, bibliotecaria del servicio …" (02), "¡Hola! Soy Ulises, bibliotecario de …" (14),
 *   "¡Hola! Le saluda Silas, bibliotecario de …" (24); chat-speak "hey!! zed from ask us now (howard co library) here 👋"
 *   (26); "Hi hi!" then "This is Cal, a librarian with Ask Us Now — …" over two lines (30: pass); a queue line and no
 *   provider ever (19);
 *  inquiry: walking or driving, state or regiment, handwritten copies or facts, starting point, Union or Confederate,
 *   enlistment county, which monument, killed or all casualties, town of the post, nurse's name, widow's name, church and
 *   purpose, school grade, time of the articles, one person or the county, infantry or cavalry, letters or records, name
 *   and birth year, card or pension, children or group, state of application, who is going, originals or translations,
 *   short or detailed, school or personal, condition of the letters; sources straight after the greeting with no question
 *   (08: fail);
 *  waits: holds of 84 s and exactly 120 s with a "still looking … trying the compiled service records next" in between
 *   (06: pass); "Give me a minute while I look that up." answered 121 s later with the patron's "hello??" in between (07:
 *   fail); a transfer notice answered 69 s later by the receiver (22) and one answered 130 s later (24: fail); a silent
 *   transfer, the receiver 90 s after the patron (23: pass); "No rush, take your time." then the patron back 200 s later
 *   (30: waiting on the patron, pass);
 *  endings: a Lost Call with only a greeting, "Are you still with me?" at 160 and "It looks like you've left the chat, so
 *   I'm going to close this session now." at 330, no thanks (16: final idle 305 s, both pass, courteous fails); a notice
 *   with thanks exactly 180 s after the answer and no check-in (17: idle fails, notice passes); "Still there?" and a
 *   goodbye 200 s after the answer that says nothing of a disconnect (28: idle passes, notice fails); a Spanish goodbye
 *   exactly 120 s after the answer (27: idle fails, notice na) and a chat-speak one 119 s after (26: na); the patron's "no
 *   more questions, thx" as the last line (29: courteous fails); "You've asked quite a few questions already, I need to
 *   wrap this chat up." then "Bye." (20: dismissal fails, courteous passes); "I have several other patrons waiting right
 *   now, so please log back on later" (21: allowed); goodbyes "thanks for using Ask a Librarian!", "¡Gracias por
 *   escribirnos y suerte con la búsqueda!", "Good luck with the essay, bye!", "Thank you for your patience, and good
 *   luck!", "Thanks, talk to you tomorrow!", "¡Gracias a usted! Disfruten la visita.", "ok cool, have a good trip, thx for
 *   chatting!"; patron-side "thats everything", "eso es todo", "thats all i need", "es todo", "no more questions", and "ok
 *   thanks", "yeah ok", "fine" that do not count;
 *  sources: nps.gov pages (anti, mono, gett, ugrr, articles), loc.gov, harriettubmanbyway.org, mdhistory.org, Fold3 and
 *   Ancestry Library Edition through library pages, FamilySearch, archive.org, archives.gov, ProQuest Historical Newspapers,
 *   lva.virginia.gov, gettysburgfoundation.org, masshist.org, afroamcivilwar.org, nedcc.org, books in the catalogue
 *   (Redkey, Worthington, Thompson, a GAR encampment journal), a city page for the Engelbrecht diary; none (09: figures
 *   from memory, fail);
 *  referrals: NARA by postal address in Spanish (02: pass); a historical society "stop by" with no contact beside a visitor
 *   center with a phone (04: fail, every party); a park curator by e-mail (07: pass); "you should visit the Historical
 *   Society of Baltimore County" (10: fail); a county historical society by phone and URL (11: pass); the patron's local
 *   library asked to call the patron (14: consulted on the patron's behalf, no referral); Maryland Room staff who
 *   confirmed something for the provider (29: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 40 h (12: pass); a promise to e-mail with the e-mail
 *   read back and no time, coded Answered (13: code and contact fail, on_time pending); FU_LIB, a phone typed with spaces
 *   and read back with dashes, "dentro de 72 horas", not recorded at day 4 (14: on_time fails); FU_ME with "get back to
 *   you tomorrow", no e-mail or phone anywhere, done at 80 h (15: code, contact and on_time fail);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); no code field at all (09: na); null with no
 *   provider (19); an empty string (30); Practice (18);
 *  completeness: "Would you like me to check whether we have a membership list … as well?" (10: an offer of something not
 *   yet given, fail); "lmk if u want the hours too" (26: fail);
 *  transfers: a visible notice (a hold) and an internal note that says why (22: pass); an internal note only (23: fail); a
 *   visible notice with the internal note written after the transfer (24: fail);
 *  concurrency: three others open through the session, four at once (25: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Buenas tardes!", "¡Hola!",
 *   "bibliotecaria", "bibliotecario", "Le atiende", "Le saluda", 02, 14, 24, 27); "hey!!" and "Hi hi!" greet (26, 30);
 *   "Hi there! How can I help?" names no one (05: fail);
 * - the patron's "eso es todo" and "es todo" ("that's all") say explicitly that they are done (02, 24: pass); "no more
 *   questions, thx" as well (29);
 * - "Still looking — he isn't in the first roster I checked, so I'm trying the compiled service records next." says the
 *   search goes on: a hold (06), so the next span is 150 -> 270 = exactly 120 s, not longer;
 * - 16's greeting ends "How can I help you today?", the greeting's question: no substantive exchange; the final idle runs
 *   from that greeting (the first non-hold provider message after the patron's only line) to `endedAt` (30 -> 335 = 305 s),
 *   since "It looks like you've left the chat, so I'm going to close this session now." announces the end without thanks
 *   or goodbye (no goodbye, so courteous fails on the last two messages);
 * - "It seems you've disconnected, so I'm closing this chat. Thanks for contacting us, and come back anytime!" thanks and
 *   invites back without asking whether the patron is there: a goodbye, so the final idle of 17 ends at it (62 -> 242 =
 *   180 s) and it is the notice, but not a check-in;
 * - "Voy a pedir a su biblioteca local que busque un soldado de Maryland y le llamen" is a promise that someone will
 *   contact the patron (a follow-up session) and staff consulted on the patron's behalf, not a referral (14);
 * - "please log back on later" after "several other patrons waiting" invites the patron back: the allowed form (21);
 * - "Does that get you closer to what you need?", "Did that clear it up?", "¿Le sirve?", "¿Es lo que buscaba?", "Does the
 *   index card help for now?" ask whether what was given meets the need (11, 23, 27, 24, 12);
 * - "I'll pull some of the earlier debate articles and get back to you tomorrow" is a promise of more later (15), and with
 *   no e-mail or phone anywhere the FU_ME code fails too;
 * - `resolutionCode: undefined` is a field left out (a source without codes): code na (09);
 * - sites named with their address (nedcc.org, sandyspringmuseum.org, mdhistory.org, lva.virginia.gov) are sources to use,
 *   not instructions to contact those bodies (30, 13, 05, 25: referral na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (02 and 04, both referral.contact). Label corrections: none (both labels reread
 * against RUBRIC's Terms "Referral" and referral.contact and kept).
 * Final: 28 running, 2 LEFT (02: a written-to agency with a postal address read as no referral; 04: a second party with no
 * contact read as covered by the first party's phone).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean for this file.
 * ON v68 (block AH12, AH11, AH13): cases 02 ("o escribir por correo al National Archives …, 700 Pennsylvania Avenue NW, …") and
 *   04 (the historical society "stop by" with no way to reach it, beside the visitor center's number "to check their hours") run,
 *   none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. You are number ${n} in line.`];

const OWEN: Prov = { id: 'owen-cw', name: 'Owen', library: 'WCFL' };
const LUCIA: Prov = { id: 'lucia-cw', name: 'Lucía', library: 'AUN' };
const PRIYA: Prov = { id: 'priya-cw', name: 'Priya', library: 'AUN' };
const DESMOND: Prov = { id: 'desmond-cw', name: 'Desmond', library: 'EPFL' };
const REFDESK: Prov = { id: 'refdesk3-cw', name: 'Ref Desk 3', library: 'MCHC' };
const HOLLIS: Prov = { id: 'hollis-cw', name: 'Hollis', library: 'HCLS' };
const MIRA: Prov = { id: 'mira-cw', name: 'Mira', library: 'FCPL-MD' };
const TOBIAS: Prov = { id: 'tobias-cw', name: 'Tobias', library: 'FCPL-MD' };
const GRETA: Prov = { id: 'greta-cw', name: 'Greta', library: 'ACLS' };
const NASH: Prov = { id: 'nash-cw', name: 'Nash', library: 'BCPL' };
const ESTELA: Prov = { id: 'estela-cw', name: 'Estela', library: 'CCPL-MD' };
const FARID: Prov = { id: 'farid-cw', name: 'Farid', library: 'AUN' };
const IRENE: Prov = { id: 'irene-cw', name: 'Irene', library: 'MCPL' };
const ULISES: Prov = { id: 'ulises-cw', name: 'Ulises', library: 'AUN' };
const JUNE: Prov = { id: 'june-cw', name: 'June', library: 'MCPL' };
const KEEGAN: Prov = { id: 'keegan-cw', name: 'Keegan', library: 'CCPL-CE' };
const LORNA: Prov = { id: 'lorna-cw', name: 'Lorna', library: 'AACPL' };
const TRAINEE: Prov = { id: 'trainee-cw', name: 'Trainee 12', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-cw', name: 'Queue', library: 'VRQ' };
const MANNY: Prov = { id: 'manny-cw', name: 'Manny', library: 'AUN' };
const NORA: Prov = { id: 'nora-cw', name: 'Nora', library: 'HCPL-MD' };
const QUINN: Prov = { id: 'quinn-cw', name: 'Quinn', library: 'KCPL' };
const THEA: Prov = { id: 'thea-cw', name: 'Thea', library: 'KCPL' };
const RHEA: Prov = { id: 'rhea-cw', name: 'Rhea', library: 'AUN' };
const VIC: Prov = { id: 'vic-cw', name: 'Vic', library: 'AUN' };
const SILAS: Prov = { id: 'silas-cw', name: 'Silas', library: 'AUN' };
const WES: Prov = { id: 'wes-cw', name: 'Wes', library: 'AUN' };
const WALT: Prov = { id: 'walt-cw', name: 'Walt', library: 'AUN' };
const ZED: Prov = { id: 'zed-cw', name: 'zed_hcls', library: 'HCLS' };
const XIMENA: Prov = { id: 'ximena-cw', name: 'Ximena', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-cw', name: 'Yusuf', library: 'FCPL-MD' };
const BEA: Prov = { id: 'bea-cw', name: 'Bea', library: 'FCPL-MD' };
const CAL: Prov = { id: 'cal-cw', name: 'Cal', library: 'AUN' };

const s = session;

export const CIVILWAR: SessionCase[] = [
  // 01 the plain good session
  s(OWEN, '01 one day at Antietam with a dad who uses a cane: "Good morning! This is Owen", driving or walking asked, nps.gov/anti, "thats everything"', [
    [0, 'p', 'hi, planning a trip to antietam w my dad next month, what should we see if we only have one day'],
    [18, 'l', 'Good morning! This is Owen, a reference librarian at Washington County Free Library.'],
    [24, 'l', 'Will you be driving the tour road, or mostly walking? And does your dad have any trouble getting around?'],
    [70, 'p', 'driving mostly, he uses a cane so short walks only'],
    [78, 'l', "The park's driving tour has 11 stops, and the Bloody Lane and Burnside Bridge stops both have short paths from the parking areas. The official map and tour stops are at nps.gov/anti/planyourvisit. We also have Antietam: A Guide to the Battlefield Landmarks in our catalog if you want to read ahead."],
    [84, 'l', 'Does that cover what you needed?'],
    [120, 'p', 'yes thats everything, thank you so much'],
    [126, 'l', "You're very welcome — enjoy the trip, and thanks for using Ask a Librarian!"],
  ], usual()),

  // 02 Spanish: a pension file, NARA by postal address
  s(LUCIA, '02 expediente de pensión del tatarabuelo (español): regimiento preguntado, FamilySearch + archives.gov + NARA por correo postal, "eso es todo"', [
    [0, 'p', 'Buenas tardes, quiero encontrar el expediente de pensión de mi tatarabuelo, peleó en la guerra civil de Estados Unidos'],
    [25, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria del servicio Pregunte al Bibliotecario.'],
    [31, 'l', '¿Sabe en qué estado se alistó o en qué regimiento sirvió?'],
    [80, 'p', 'creo que en el 7o de Maryland, infanteria. se llamaba Tomás Reyes'],
    [88, 'l', 'Gracias. Los expedientes de pensión de la Unión están en el Archivo Nacional. Primero busque su nombre en el índice de pensiones de FamilySearch (familysearch.org, es gratis). Luego puede pedir la copia del expediente en línea en archives.gov/veterans/military-service-records, o escribir por correo al National Archives and Records Administration, 700 Pennsylvania Avenue NW, Washington, DC 20408.'],
    [95, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'sí, muchísimas gracias. eso es todo'],
    [146, 'l', 'Con mucho gusto. ¡Gracias por escribirnos y suerte con la búsqueda!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(PRIYA, '03 how many Gettysburg Address copies (8th grade essay): pickup at exactly 60 s, handwritten or facts asked, loc.gov', [
    [0, 'p', 'how many copies of the gettysburg address did lincoln write out? for my 8th grade essay'],
    [60, 'l', "Hi! I'm Priya, a librarian with Ask Us Now. Sorry for the wait."],
    [66, 'l', 'Do you need to see the actual handwritten copies, or just the facts about them?'],
    [100, 'p', 'both if possible'],
    [108, 'l', "There are five known copies in Lincoln's hand, named for the people he gave them to: Nicolay, Hay, Everett, Bancroft and Bliss. The Library of Congress shows the Nicolay and Hay drafts with images at loc.gov/exhibits/gettysburg-address. Was that what you needed for the essay?"],
    [150, 'p', 'yes!! perfect'],
    [154, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Good luck with the essay, bye!'],
  ], usual()),

  // 04 pickup at 61 s; two parties, one without contact
  s(DESMOND, '04 Underground Railroad road trip in Maryland: pickup at 61 s, byway + nps.gov/subjects/ugrr, a society "stop by" with no contact beside a visitor center phone', [
    [0, 'p', 'looking for underground railroad sites i can visit in maryland, doing a road trip'],
    [61, 'l', "Hello, Desmond here at Enoch Pratt Free Library's Ask a Librarian."],
    [66, 'l', 'What part of the state are you starting from?'],
    [95, 'p', 'baltimore. eastern shore is fine too'],
    [102, 'l', 'The Harriet Tubman Underground Railroad Byway starts in Cambridge and has 36 stops; the map and audio guide are at harriettubmanbyway.org. The National Park Service lists Maryland sites in its Network to Freedom at nps.gov/subjects/ugrr. While you are in Cambridge, stop by the Dorchester County Historical Society, and call the Harriet Tubman Underground Railroad Visitor Center at 410-221-2290 to check their hours before you go.'],
    [108, 'l', 'Is that helpful?'],
    [150, 'p', 'very. thats all i need, thanks'],
    [155, 'l', 'Have a great trip! Thanks for chatting.'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // 05 greeting without anyone named
  s(REFDESK, '05 soldiers\' letters online (screen name "Ref Desk 3"): "Hi there! How can I help?" names no one, mdhistory.org + loc.gov', [
    [0, 'p', 'do you have civil war soldiers letters i can read online? for a project'],
    [20, 'l', 'Hi there! How can I help?'],
    [26, 'l', 'Are you looking for Union or Confederate soldiers, or either?'],
    [60, 'p', 'either, preferably from maryland'],
    [68, 'l', "The Maryland Center for History and Culture has digitized soldiers' letters: search 'civil war letters' at mdhistory.org/collections. The Library of Congress has more in its Civil War collections at loc.gov (search 'civil war letters')."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yep'],
    [114, 'l', 'Anything else today?'],
    [130, 'p', 'nope'],
    [133, 'l', 'Ok, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 84 and exactly 120 s
  s(HOLLIS, '06 2nd Maryland Infantry (CSA) roster: "Let me check a few rosters" at 66, "Still looking … trying the compiled service records next" at 150, answer at 270 (120 s)', [
    [0, 'p', 'trying to find if my ancestor james whitcomb was in the 2nd maryland infantry (confederate)'],
    [20, 'l', "Hi, I'm Hollis, a librarian at Howard County Library System."],
    [26, 'l', 'Do you know roughly when he enlisted, or which county he lived in?'],
    [60, 'p', 'carroll county i think, 1862?'],
    [66, 'l', 'Let me check a few rosters, one moment.'],
    [150, 'l', "Still looking — he isn't in the first roster I checked, so I'm trying the compiled service records next."],
    [270, 'l', 'Found him: James Whitcomb, Company C, 2nd Maryland Infantry, in the Compiled Service Records of Confederate Soldiers on Fold3, which you can search through our databases page, hclibrary.org/research. Does that answer your question?'],
    [310, 'p', 'omg yes!! thats all i needed'],
    [315, 'l', 'Wonderful, thanks for chatting and happy researching!'],
  ], usual()),

  // 07 a hold answered 121 s later; a curator by e-mail
  s(MIRA, '07 the Maryland monument at Antietam: "Give me a minute while I look that up." answered 121 s later, "hello??" between, curator by e-mail', [
    [0, 'p', 'who designed the big maryland monument at antietam? its got a dome'],
    [15, 'l', 'Hello! Mira here, librarian at Frederick County Public Libraries.'],
    [21, 'l', 'Do you mean the domed state monument near the Dunker Church?'],
    [50, 'p', 'yes that one'],
    [56, 'l', 'Give me a minute while I look that up.'],
    [150, 'p', 'hello??'],
    [177, 'l', "Sorry for the wait! The Maryland State Monument was dedicated in 1900; the park's page on it, with its designer and the story of the dedication, is at nps.gov/anti/learn/historyculture/maryland-monument.htm. If you'd like to see the original dedication photographs, you can email the park's museum curator at anti_curator@nps.gov. Does that help?"],
    [220, 'p', 'yeah thanks'],
    [224, 'l', 'Anything else I can look up for you?'],
    [240, 'p', 'no thats all'],
    [244, 'l', 'Thanks for stopping by, take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 sources with no question
  s(TOBIAS, '08 summer reenactments near Frederick: sources straight after the greeting, no question asked, then Gettysburg too', [
    [0, 'p', 'are there any civil war reenactments coming up near frederick this summer?'],
    [14, 'l', 'Hi! Tobias at Ask Us Now, Frederick County Public Libraries.'],
    [40, 'l', "Monocacy National Battlefield lists its living history weekends at nps.gov/mono/planyourvisit/calendar.htm, and Visit Frederick's calendar at visitfrederick.org/events has the reenactments too."],
    [46, 'l', 'Did that help?'],
    [80, 'p', 'yes thx. also is there one at gettysburg'],
    [88, 'l', "Gettysburg's anniversary reenactment is usually around the first weekend of July; the details are posted at gettysburgreenactment.com. Does that help?"],
    [120, 'p', "great that's all i needed"],
    [124, 'l', 'Have fun, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source at all; no code field
  s(GRETA, '09 how many died at Antietam: killed or all casualties asked, figures from memory with no source, "ok thanks", no code field', [
    [0, 'p', 'how many people died at antietam'],
    [22, 'l', 'Hello, this is Greta, a librarian at Allegany County Library System.'],
    [28, 'l', 'Do you mean soldiers killed in the battle, or all casualties (killed, wounded and missing)?'],
    [60, 'p', 'killed i guess'],
    [70, 'l', 'About 3,650 soldiers were killed on September 17, 1862, the bloodiest single day in American history. With the wounded and missing, the total is around 23,000.'],
    [75, 'l', 'Does that answer your question?'],
    [110, 'p', 'ok thanks'],
    [114, 'l', "You're welcome, goodbye!"],
  ], usual({ source: 'fail', anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 10 a referral without contact; an offer of more
  s(NASH, '10 GAR post records in Towson: encampment journal in the catalog, "you should visit the Historical Society of Baltimore County" (no contact), an offer of a membership list', [
    [0, 'p', 'my great grandpa was in the GAR after the war, where would records of his post be'],
    [20, 'l', "Hi, Nash here — I'm a librarian at Baltimore County Public Library."],
    [26, 'l', 'Do you know which town his post was in?'],
    [70, 'p', 'towson i think'],
    [78, 'l', "GAR records for Maryland are scattered, but our catalog at bcpl.info has the Journal of the Annual Encampment of the Department of Maryland, which lists the posts and their officers. For the Towson post's own minute books, you should visit the Historical Society of Baltimore County, they keep a lot of local GAR material."],
    [84, 'l', 'Would you like me to check whether we have a membership list for the Towson post as well?'],
    [120, 'p', "no that's ok, thank you"],
    [125, 'l', 'Any other questions for me?'],
    [140, 'p', 'no'],
    [143, 'l', 'Thanks for chatting with us, bye!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 11 an upset patron; a referral by phone and URL
  s(ESTELA, '11 a Gettysburg nurse\'s diary (fed-up patron): nurse\'s name asked, archive.org, Adams County Historical Society by phone and URL', [
    [0, 'p', "I need to see the original diary of a nurse at gettysburg, I've been told 3 different things by 3 different people and I'm honestly fed up"],
    [28, 'l', "Hello, and I'm sorry it's been such a runaround! This is Estela, a librarian with Ask a Librarian at Carroll County Public Library."],
    [34, 'l', 'Do you know the nurse\'s name, or which hospital she worked in?'],
    [80, 'p', 'sophronia bucklin, she wrote a book after'],
    [92, 'l', 'Her memoir, In Hospital and Camp (1869), is free to read at archive.org (search her name). For any original manuscript material, please call the Adams County Historical Society at 717-334-4723 or write to them through achs-pa.org; they hold Gettysburg hospital records and can tell you what survives.'],
    [98, 'l', 'Does that get you closer to what you need?'],
    [140, 'p', 'finally someone with an actual answer. yes.'],
    [146, 'l', 'Glad it helped. Is there anything else I can do for you?'],
    [170, 'p', 'no thats everything'],
    [175, 'l', 'Thank you for your patience, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 12 FU_ME done in 40 h
  s(FARID, '12 a widow\'s pension in Hagerstown: FU_ME, e-mail typed and read back, "by Friday", done in 40 h', [
    [0, 'p', 'can you help me find a union pension file for john kessler, 1st maryland cavalry? i want to know if his widow got one'],
    [20, 'l', "Hi, this is Farid at Ask Us Now, Maryland's statewide librarian chat."],
    [26, 'l', "Do you know his widow's first name or where she lived after the war?"],
    [70, 'p', 'mary, in hagerstown'],
    [76, 'l', 'Let me look in the pension index.'],
    [150, 'l', "The Organization Index to Pension Files lists a widow's certificate for Mary Kessler; the index card is on FamilySearch (familysearch.org, 'United States Civil War and Later Pension Index'). I'd like to check a couple of other sources for the file number and send you what I find. What's the best email for you?"],
    [190, 'p', 'mkessler.family@gmail.com'],
    [196, 'l', "Thanks, that's mkessler.family@gmail.com. I'll have it to you by Friday. Does the index card help for now?"],
    [230, 'p', 'yes!! thanks so much'],
    [234, 'l', 'Anything else in the meantime?'],
    [250, 'p', "no that's all"],
    [254, 'l', 'Thanks for writing in, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise with no time, coded Answered
  s(IRENE, '13 was the Sandy Spring meeting house a UGRR stop: promise to e-mail, e-mail read back, no time given, coded Answered', [
    [0, 'p', 'hi is there a way to find out if my church in sandy spring was really an underground railroad stop? people say it was'],
    [24, 'l', 'Hello! Irene here, librarian at Montgomery County Public Libraries.'],
    [30, 'l', 'Which church is it, and is this for a church history project or personal interest?'],
    [75, 'p', 'sandy spring friends meeting house, for our anniversary booklet'],
    [82, 'l', "The Sandy Spring Museum has an Underground Railroad research page at sandyspringmuseum.org, and the Network to Freedom database at nps.gov/subjects/ugrr lists the sites that have been verified. Is that what you were looking for?"],
    [120, 'p', "it helps but i'd love anything more specific"],
    [126, 'l', "I'll search our Maryland special collections and email you what I find. What email should I use?"],
    [160, 'p', 'ssmeeting.booklet@verizon.net'],
    [165, 'l', "Got it — ssmeeting.booklet@verizon.net. I'll be in touch."],
    [180, 'p', 'thank you!!'],
    [184, 'l', 'Thanks for reaching out, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 Spanish, FU_LIB not recorded at day 4
  s(ULISES, '14 soldados hispanos para un proyecto de 5º grado (español): FU_LIB, teléfono con espacios repetido con guiones, "dentro de 72 horas", sin registro al día 4', [
    [0, 'p', 'hola, necesito info sobre soldados hispanos en la guerra civil para un proyecto de mi hija'],
    [30, 'l', '¡Hola! Soy Ulises, bibliotecario de Ask Us Now. ¿Para qué grado es el proyecto?'],
    [70, 'p', '5to grado. tiene que ser de alguien de maryland si es posible'],
    [78, 'l', 'Para empezar, el Servicio de Parques Nacionales tiene una página sobre los hispanos en la Guerra Civil: nps.gov/articles/hispanics-and-the-civil-war.htm. ¿Le sirve para empezar?'],
    [115, 'p', 'si pero necesita a alguien de maryland'],
    [122, 'l', 'Entiendo. Voy a pedir a su biblioteca local que busque un soldado de Maryland y que la llamen. ¿A qué número la pueden llamar?'],
    [160, 'p', '410 555 0187'],
    [166, 'l', 'Perfecto, 410-555-0187. Alguien de su biblioteca la llamará dentro de 72 horas. ¿Algo más en que le pueda ayudar?'],
    [190, 'p', 'no, es todo. gracias'],
    [195, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 FU_ME, no contact anywhere, done late
  s(JUNE, '15 the Rockville Confederate statue\'s move: "get back to you tomorrow", FU_ME with no e-mail or phone anywhere, done at 80 h', [
    [0, 'p', 'when did they move the confederate statue out of rockville, and where did it go? need newspaper articles'],
    [19, 'l', 'Hi, June here with Ask Us Now. Happy to help.'],
    [25, 'l', 'Do you need articles from the time of the move, or about the debate before it?'],
    [60, 'p', 'both really'],
    [68, 'l', "It was moved in July 2017 to White's Ferry on the Potomac. Washington Post coverage from then is in ProQuest Historical Newspapers on our research page, montgomerycountymd.gov/library/research. I'll pull some of the earlier debate articles and get back to you tomorrow."],
    [74, 'l', 'Does that help for a start?'],
    [110, 'p', 'yeah ok'],
    [114, 'l', 'Thanks, talk to you tomorrow!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a true Lost Call
  s(KEEGAN, '16 Gettysburg ghost tours (Lost Call): greeting only, "Are you still with me?" at 160, "It looks like you\'ve left the chat … close this session now." at 330, no thanks', [
    [0, 'p', 'battlefield ghost tours gettysburg'],
    [30, 'l', 'Hi there, Keegan from Ask a Librarian at Cecil County Public Library. How can I help you today?'],
    [160, 'l', 'Are you still with me?'],
    [330, 'l', "It looks like you've left the chat, so I'm going to close this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; a notice with thanks at 180 s, no check-in
  s(LORNA, '17 the 1890 veterans schedule for one man: Lost Call after three patron lines, notice + thanks exactly 180 s after the answer, no check-in', [
    [0, 'p', 'hi where can i find the 1890 veterans census for anne arundel county'],
    [18, 'l', 'Hello, Lorna here, librarian at Anne Arundel County Public Library.'],
    [24, 'l', "Are you looking for one person, or the whole county's list?"],
    [50, 'p', 'one person, my gr gr grandfather'],
    [53, 'p', 'his name was elias brandt'],
    [62, 'l', "Maryland's 1890 Veterans Schedules survived. Search them in Ancestry Library Edition from our databases page, aacpl.net/research, or free on FamilySearch at familysearch.org; put Elias Brandt and Anne Arundel County in the search."],
    [66, 'l', 'Does that help?'],
    [242, 'l', "It seems you've disconnected, so I'm closing this chat. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (Antietam map): coded Practice, every check na', [
    [0, 'p', 'test - antietam map pls'],
    [6, 'l', 'practice reply: the map is at nps.gov/anti'],
    [12, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 a USCT pension file: no provider ever joined, "hello???", patron left, code null', [
    [0, 'p', 'how do i get the pension file for a usct soldier'],
    waitLine(2, 3),
    [140, 'p', 'hello???'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a dismissal
  s(MANNY, '20 a Union infantry uniform, then a long list: "You\'ve asked quite a few questions already, I need to wrap this chat up." then "Bye."', [
    [0, 'p', 'where can i buy a union uniform for reenacting'],
    [20, 'l', 'Hi, Manny at Ask Us Now.'],
    [25, 'l', 'Infantry or cavalry?'],
    [50, 'p', 'infantry'],
    [56, 'l', "The American Battlefield Trust's living history pages at battlefields.org list sutlers, and our catalog has Echoes of Glory: Arms and Equipment of the Union for what's accurate. Did that help?"],
    [90, 'p', 'ya. what about shoes. and a musket. and a tent. and what unit should i join. and how much does it all cost'],
    [98, 'l', "You've asked quite a few questions already, I need to wrap this chat up."],
    [110, 'p', 'seriously?? wow'],
    [114, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, come back later (allowed)
  s(NORA, '21 the 54th Massachusetts for a book, then a long list: "I have several other patrons waiting right now, so please log back on later"', [
    [0, 'p', "i'm writing a book on the 54th massachusetts, need primary sources"],
    [22, 'l', "Good afternoon! I'm Nora, a librarian at Harford County Public Library."],
    [28, 'l', "Are you after soldiers' letters, official records, or newspaper coverage?"],
    [70, 'p', 'letters mostly'],
    [78, 'l', "A good start is A Grand Army of Black Men: Letters from African-American Soldiers in the Union Army, edited by Edwin Redkey, in our catalog at hcplonline.org, and the Massachusetts Historical Society's 54th Regiment collection online at masshist.org/online/54thregiment. Is that the sort of thing you wanted?"],
    [120, 'p', 'yes. ok also I need photos, maps of fort wagner, pension files for 12 men, the muster rolls, and newspapers from boston'],
    [128, 'l', "That's a big list! I have several other patrons waiting right now, so please log back on later and we'll keep going on the rest."],
    [150, 'p', 'fine'],
    [154, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(QUINN, '22 a 4th USCT soldier from Kent County: transfer notice at 71 + internal note why, Thea at 140 with the research page and afroamcivilwar.org', [
    [0, 'p', 'need help tracing a usct soldier from kent county md, 4th usct'],
    [20, 'l', 'Hi, Quinn here at Ask a Librarian, Kent County Public Library.'],
    [26, 'l', 'Do you have his name and an approximate birth year?'],
    [65, 'p', 'samuel gibbs, born about 1840'],
    [71, 'l', "I'm going to transfer you to Thea, our genealogy specialist — she knows the USCT records well. Please hold on a moment."],
    [74, 'i', "Thea — patron tracing Samuel Gibbs, 4th USCT, Kent Co.; needs service record + pension, sending to you since it's genealogy"],
    xfer(77, 'Thea', 'thea-cw'),
    [140, 'l', "Hi, Thea here! Samuel Gibbs's compiled service record is searchable in Fold3 from the library's databases page, kentcountylibrary.org/research, and the African American Civil War Museum's soldier database is at afroamcivilwar.org. Does that help?", as(THEA)],
    [190, 'p', "yes that's everything, thanks"],
    [194, 'l', 'My pleasure, goodbye!', as(THEA)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer
  s(RHEA, '23 "mustered out" on a 3rd Delaware card: internal note only, silent transfer, Vic 90 s after the patron with archives.gov', [
    [0, 'p', "what does 'mustered out' mean on my ancestors record"],
    [25, 'l', 'Hello, Rhea from Ask Us Now here.'],
    [31, 'l', 'Is that on a service record card, or a pension document?'],
    [70, 'p', 'service card, 3rd delaware'],
    [74, 'i', "Vic, military records q (mustered out, 3rd Delaware), you're better at these, can you take it?"],
    xfer(78, 'Vic', 'vic-cw'),
    [160, 'l', "Hi, Vic here. 'Mustered out' means he was formally discharged when his unit's term of service ended; the National Archives explains the card terms at archives.gov/research/military/civil-war. Did that clear it up?", as(VIC)],
    [200, 'p', 'yes thx'],
    [204, 'l', 'Anything else?', as(VIC)],
    [220, 'p', 'no'],
    [223, 'l', 'Take care, bye!', as(VIC)],
  ], usual({ transfer: 'fail' })),

  // 24 Spanish: a notice, the note after the transfer, the receiver 130 s later
  s(SILAS, '24 tours en español en Gettysburg: aviso de transferencia (espera) a los 66, nota interna después de la transferencia, Wes 130 s después', [
    [0, 'p', 'hola, hay tours en español en gettysburg?'],
    [22, 'l', '¡Hola! Le saluda Silas, bibliotecario de Ask Us Now.'],
    [28, 'l', '¿Va a ir con niños o con un grupo grande?'],
    [60, 'p', 'con mi familia, 2 niños'],
    [66, 'l', 'Le voy a transferir a mi compañero Wes, que trabaja a menudo con los guías del parque. Un momento, por favor.'],
    xfer(70, 'Wes', 'wes-cw'),
    [72, 'i', 'Wes, family wants Spanish-language tours at Gettysburg, you know the park folks'],
    [196, 'l', '¡Hola! Soy Wes. El parque tiene un folleto y un mapa en español en nps.gov/gett/planyourvisit (busque "Español"), y el programa Junior Ranger para los niños. ¿Es lo que buscaba?', as(WES)],
    [240, 'p', 'si gracias, es todo'],
    [244, 'l', '¡Gracias a usted! Disfruten la visita.', as(WES)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 25 four at once; pickedUpAt before the first line
  s(WALT, '25 a Virginia Confederate pension: pickedUpAt 50 s with the first line at 95 s, lva.virginia.gov, three other chats open through it (four at once)', [
    [0, 'p', "how do i look up a confederate soldier's pension from virginia"],
    [95, 'l', 'Hello, Walt here, librarian at Ask Us Now — sorry, it took me a moment to get typing.'],
    [100, 'l', 'Did he apply from Virginia, or from another state after moving?'],
    [140, 'p', 'virginia, he lived in fairfax'],
    [146, 'l', "Confederate pensions were paid by the states, not the federal government. The Library of Virginia's Confederate Pension Rolls are searchable free at lva.virginia.gov (under Collections, then Search). Does that help?"],
    [180, 'p', 'yes thats all i needed'],
    [185, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), { pickedUpAt: at(50) }, {
    otherIntervals: [other('wa1', 'walt-cw', -200, 400), other('wa2', 'walt-cw', 20, 300), other('wa3', 'walt-cw', 100, 250)],
  }),

  // 26 three at most, touching ends; chat-speak; a goodbye 119 s after the answer
  s(ZED, '26 is the Gettysburg cyclorama worth it (chat-speak): "lmk if u want the hours too", goodbye 119 s after, others touching both ends (three at most)', [
    [0, 'p', 'yo is the gettysburg cyclorama worth it lol'],
    [12, 'l', 'hey!! zed from ask us now (howard co library) here 👋'],
    [17, 'l', 'r u going w kids or just adults?'],
    [40, 'p', 'just me n my gf'],
    [46, 'l', 'def worth it imo — the painting + light show is ~20 min, tix are on the museum site gettysburgfoundation.org. lmk if u want the hours too'],
    [165, 'l', 'ok cool, have a good trip, thx for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zed-cw', -300, 0), other('z2', 'zed-cw', -50, 100), other('z3', 'zed-cw', 10, 400), other('z4', 'zed-cw', 170, 500)],
  }),

  // 27 Spanish: a goodbye exactly 120 s after the answer, no check-in
  s(XIMENA, '27 cartas de soldados hispanos (español): originales o traducciones, loc.gov + libro, despedida exactamente 120 s después sin preguntar si sigue ahí', [
    [0, 'p', 'buenas, donde puedo ver cartas de soldados de la guerra civil en español?'],
    [20, 'l', '¡Buenas tardes! Soy Ximena, bibliotecaria de Ask Us Now.'],
    [26, 'l', '¿Le interesan cartas originales escritas en español, o traducciones de cartas en inglés?'],
    [60, 'p', 'originales, de soldados hispanos'],
    [68, 'l', 'La Biblioteca del Congreso tiene una guía de fuentes hispanas en loc.gov/rr/hispanic, y el libro Vaqueros in Blue and Gray de Jerry Thompson, en nuestro catálogo, cita varias cartas. ¿Le sirve?'],
    [188, 'l', '¡Gracias por escribirnos, que tenga buen día!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 a check-in, then a goodbye 200 s after the answer that says nothing of a disconnect
  s(YUSUF, '28 a short book on Monocacy: "Still there?" at 150, "thanks for chatting, come back anytime!" 200 s after the answer, no disconnect notice', [
    [0, 'p', "what's a good book about the battle of monocacy"],
    [16, 'l', "Hi! I'm Yusuf, a librarian at Frederick County Public Libraries."],
    [22, 'l', 'Do you want something short and readable, or a detailed military history?'],
    [50, 'p', 'short'],
    [58, 'l', "Try Monocacy: The Battle That Saved Washington by Glenn Worthington; it's in our catalog and also an e-book on Libby. Is that what you were after?"],
    [150, 'l', 'Still there?'],
    [258, 'l', 'Okay — thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 the patron's last line ends it
  s(BEA, '29 a Frederick diary of 1862: Maryland Room staff consulted, city page, "Anything else I can help with?", the patron\'s "no more questions, thx" last', [
    [0, 'p', 'is there a diary from someone in frederick when the armies came through in 1862?'],
    [20, 'l', 'Hello! Bea here, a librarian with Ask a Librarian at FCPL.'],
    [26, 'l', 'Is this for school, or personal reading? And would you like to read it online?'],
    [55, 'p', 'personal, online is best'],
    [62, 'l', "Our Maryland Room staff confirmed for me that Jacob Engelbrecht's diary covers Frederick from 1819 to 1878, the 1862 campaign included; the city has it transcribed online at cityoffrederickmd.gov (search 'Engelbrecht diary'). Is that what you wanted?"],
    [100, 'p', 'yes!!'],
    [104, 'l', 'Anything else I can help with?'],
    [125, 'p', 'no more questions, thx'],
  ], usual({ courteous: 'fail' })),

  // 30 greeting in two lines, "take your time", code ""
  s(CAL, '30 preserving brittle family letters: "Hi hi!" + "This is Cal, a librarian …", "No rush, take your time" then 200 s away, code ""', [
    [0, 'p', 'hi, i have my great great grandmas letters from the 1860s, how do i preserve them'],
    [18, 'l', 'Hi hi!'],
    [22, 'l', 'This is Cal, a librarian with Ask Us Now — what kind of shape are the letters in?'],
    [60, 'p', 'hang on let me go look at them'],
    [65, 'l', 'No rush, take your time.'],
    [265, 'p', "ok they're kind of brittle and folded, a few torn"],
    [272, 'l', "Don't unfold the brittle ones yourself. The Library of Congress explains how to care for letters and paper at loc.gov/preservation/care (look for 'Paper'), and the Northeast Document Conservation Center has free storage leaflets at nedcc.org. Does that answer your question?"],
    [310, 'p', 'yes thank u'],
    [314, 'l', 'Is there anything else you need?'],
    [330, 'p', 'nope'],
    [334, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CIVILWAR.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-seventh round: civil war history, checked', () => {
  describeSessions('whole sessions', CIVILWAR.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CIVILWAR.filter((c) => c.name in LEFT_WHY));
});
