/**
 * Sixty-fourth round, theme PUBLIC ART, MURALS AND LOCAL ARTISTS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: mural permits and arts councils, finding who painted a mural, percent-for-art
 * programs, grants for artists, graffiti removal and art in the library. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundMurals-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Morning! Marisol from the Free Library of Philadelphia here" (01); "Hey there, this is Devin, a librarian at …"
 *   (02); Spanish "Buenos días, habla Elena, bibliotecaria de …" (03), "Hola, buenas tardes, le atiende Dolores, bibliotecaria
 *   de …" (24), "Hola, soy Esteban, bibliotecario de …" (26); bilingual "Hello / hola! Yates here, librarian at …" (18);
 *   "Greetings, Harlan at The City Library … Sorry for the wait!" at 61 s (04: pickup fails); "Hi there! 👋" at exactly 60 s
 *   under the screen name "artsdesk", then a question (05: pickup passes, greeting fails); "Hiya, Fiona at …" (27); "Welcome!
 *   Brigid, librarian at …" (21); greeting and question in one message (16, 30); no provider ever joined (25);
 *  inquiry: the only question inside the first message that gives a source (02: fail); questions on ownership, HOA, county,
 *   branch, discipline, dates, tour type, number of pieces; "Do you own the building, or are you a tenant? Take your time."
 *   (22: a question, not a hold; 200 s waiting on the patron passes);
 *  waits: a hold answered exactly 120 s later (06: pass) and 121 s later (07: fail); a transfer notice answered 80 s later by
 *   the receiver (19); a silent transfer, the receiver 125 s after the patron (20: fail); patron messages at 40, 100 and 150
 *   (the later ones do not restart the wait), the reply at 165 (30: 125 s, fail);
 *  endings: final idle of 185 s with "Still with me?" and "Looks like you've stepped away, so I'm going to close this chat. Come
 *   back anytime!" (14: both pass, courteous passes); 179 s with a check-in and no goodbye (15: check-in pass, notice na,
 *   courteous fails); exactly 180 s with nothing (16: both fail); a true Lost Call in Spanish, 190 s (24); "You've asked a lot
 *   for one chat, I need to wrap this up now." and the patron's "wow ok" (17: dismissal and courteous fail); "several other
 *   patrons are waiting … Please chat back in later — vuelva más tarde" (18: allowed); patron-side "that is everything", "eso
 *   era todo", "thats all i needed", "that was all", "thats all for now", "thats all for today", "that is all", "thats all",
 *   "cool thats all i needed" (unprompted, 30) and "yea ok", "ok gracias", "kinda yea" that do not count;
 *  sources: city, county and state pages (phila.gov, pittsburghpa.gov, seattle.gov, boston.gov, elpasotexas.gov,
 *   louisvilleky.gov, minneapolismn.gov, montgomeryplanning.org, myla311.lacity.org), arts councils (saltlakearts.org,
 *   msac.org, gcacarts.org, mrac.org, artscouncil.ky.gov, indyarts.org, artskc.org), mural groups (muralarts.org,
 *   precitaeyes.org, walltherapy.org, muralsinthemarket.com), Municode, ProQuest Historical Newspapers, Candid Foundation
 *   Directory, a catalogue book with a call number, aaa.si.edu;
 *  referrals: the state arts council's staff by phone (08: pass); "check with your HOA board" (09: no contact, fail); the
 *   graffiti line by phone in Spanish (26: pass); Special Collections and the programming team consulted by the provider (11,
 *   13: no referral); "your landlord handles the cleanup" (22: not told to contact them, no referral);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done at 70 h (10: pass); FU_LIB with no contact anywhere (11: code and
 *   contact fail, pending); a promise to e-mail "tomorrow" under Answered, e-mail read back (12: code fails, contact passes);
 *   FU_ME with the phone typed by the patron and "call you" with no when, unrecorded at day 4 (13: contact and on_time fail);
 *   no codes in the source and "I'll request it and send it by Friday", e-mail read back (28);
 *  codes: Practice (23); a true Lost Call (24); Lost Call after two patron messages and no provider (25); "" (26); null (27);
 *   left out (28); Lost Call after a real exchange (29);
 *  transfers: notice + internal note why (19: pass); internal note only (20: fail);
 *  concurrency: three others open at once over this one (21: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Greetings", "Morning!", "Hiya", "Hello / hola!", "Buenos días", "Hola, buenas tardes" greet; "habla Elena,
 *   bibliotecaria de …", "le atiende Dolores, bibliotecaria de …", "Yates here, librarian at …" identify; "Hi there! 👋" under a
 *   screen name does not;
 * - a question inside the first message that gives a source is not "before" it (02: clarify fails);
 * - "¿Le sirve esta información?", "¿Le ayuda esto?", "Is the map enough to start?", "Does the ProQuest tip help for now?",
 *   "Does the form cover what you needed today?" ask whether what was given meets the need;
 * - "eso era todo", "thats all for now", "thats all for today", "cool thats all i needed" say explicitly the patron is done;
 *   "yea ok", "ok gracias", "kinda yea", "si gracias" do not;
 * - "Looks like you've stepped away, so I'm going to close this chat. Come back anytime!" tells the patron they seem to have
 *   gone and that the session ends, and invites back (a goodbye): the final idle ends at it (14: 185 s); "Still with me?" and
 *   "¿Sigue conectado?" ask whether the patron is still there;
 * - "You've asked a lot for one chat, I need to wrap this up now." tells the patron they asked too many, without a way back;
 * - "check with your HOA board" tells the patron to ask an organisation: a referral with no contact; staff the provider will
 *   ask ("Our Special Collections staff … will reach out to you", "I will ask them [our programming team]") are not referrals;
 *   a request form or app on a city website ("the request form is at pittsburghpa.gov/dpw", "report graffiti with the Find It,
 *   Fix It app or at seattle.gov/utilities") is a source, not a referral;
 * - "I'll request it and send it by Friday" promises to send more later: a follow-up session even with no codes (28);
 * - a phone typed by the patron ("860 555 0172") is given in the chat: a known contact for resolution.code (13);
 * - `resolutionCode: undefined` is a field left out (na); `null` and "" are missing codes (fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; one label fixed in
 * review before any run: case 11's anything_else to fail, the patron's "yea ok" not being explicit; labels then copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 28, followup.contact and followup.on_time). Label corrections: 0 (case 28
 * reread against RUBRIC's Follow-up session term: "promises in the chat to send or find more later"; the labels stand).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.contact and followup.on_time, case 28: "I'll request it and send it by Friday" (coded nothing: the field left
 *    out) not read as a follow-up promise (both na; RUBRIC: contact pass, the e-mail read back and "by Friday"; on_time
 *    pending).
 * Every timing check (pickup at 61 s and exactly 60 s, no provider; keep_informed at exactly 120 s and 121 s after holds, 80 s
 * after a transfer notice, 125 s across a silent transfer and across three patron messages, 200 s waiting on the patron after
 * "Take your time."; final idles of 179, 180, 185 and 190 s; concurrency at four and at touching ends; on_time done at 70 h,
 * unrecorded past the deadline, pending) and every code scored as labelled on the first run.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 * for this file (`npx tsc -p tsconfig.json --noEmit`).
 * ON v58 as it landed (labelled blind on block X's second cut; the later readings written partly from this file): case 28's "I'll
 *   request it and send it by Friday" is a follow-up promise (X31); it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-m', name: 'Marisol', library: 'FLP' };
const DEVIN: Prov = { id: 'devin-m', name: 'Devin', library: 'MPL-WI' };
const ELENA: Prov = { id: 'elena-m', name: 'Elena', library: 'TCPL-AZ' };
const HARLAN: Prov = { id: 'harlan-m', name: 'Harlan', library: 'SLCPL' };
const DESK: Prov = { id: 'artsdesk-m', name: 'artsdesk', library: 'OPL-CA' };
const BEA: Prov = { id: 'bea-m', name: 'Bea', library: 'AFPL' };
const CYRUS: Prov = { id: 'cyrus-m', name: 'Cyrus', library: 'DPL-MI' };
const IMANI: Prov = { id: 'imani-m', name: 'Imani', library: 'AUN' };
const OSKAR: Prov = { id: 'oskar-m', name: 'Oskar', library: 'MCPL-MD' };
const PRUE: Prov = { id: 'prue-m', name: 'Prue', library: 'AUN' };
const RAFAEL: Prov = { id: 'rafael-m', name: 'Rafael', library: 'ABQL' };
const SUNNY: Prov = { id: 'sunny-m', name: 'Sunny', library: 'CLP' };
const TOBIAS: Prov = { id: 'tobias-m', name: 'Tobias', library: 'HPL-CT' };
const URSULA: Prov = { id: 'ursula-m', name: 'Ursula', library: 'SFPL' };
const VIKRAM: Prov = { id: 'vikram-m', name: 'Vikram', library: 'CCPL-OH' };
const WREN: Prov = { id: 'wren-m', name: 'Wren', library: 'MNL' };
const XIOMARA: Prov = { id: 'xiomara-m', name: 'Xiomara', library: 'MDPL-FL' };
const YATES: Prov = { id: 'yates-m', name: 'Yates', library: 'LPL-KY' };
const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'LPL-KY' };
const ZORA: Prov = { id: 'zora-m', name: 'Zora', library: 'RPL-NY' };
const AMOS: Prov = { id: 'amos-m', name: 'Amos', library: 'RPL-NY' };
const BRIGID: Prov = { id: 'brigid-m', name: 'Brigid', library: 'BPL-MA' };
const CALLUM: Prov = { id: 'callum-m', name: 'Callum', library: 'SPL-WA' };
const PRACTICE: Prov = { id: 'practice-m', name: 'Practice Seat 3', library: 'TRN' };
const DOLORES: Prov = { id: 'dolores-m', name: 'Dolores', library: 'SAPL' };
const QUEUE: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const ESTEBAN: Prov = { id: 'esteban-m', name: 'Esteban', library: 'LAPL' };
const FIONA: Prov = { id: 'fiona-m', name: 'Fiona', library: 'PPL-OR' };
const GIDEON: Prov = { id: 'gideon-m', name: 'Gideon', library: 'IMCPL' };
const HALEY: Prov = { id: 'haley-m', name: 'Haley', library: 'KCPL-MO' };
const IGNACIO: Prov = { id: 'ignacio-m', name: 'Ignacio', library: 'EPPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waitLine = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the queue.'];

export const sixtyFourthRoundMurals: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a mural permit for a rowhouse wall in Philadelphia: "Morning! Marisol from the Free Library", which wall, Mural Arts + L&I pages, "that is everything"', [
    [0, 'p', 'hi!! i want to paint a mural on the side of my rowhouse in fishtown do i need a permit from the city'],
    [19, 'l', 'Morning! Marisol from the Free Library of Philadelphia here, happy to dig into this with you.'],
    [25, 'l', 'Does the wall face the street, and do you own the building or rent it?'],
    [58, 'p', 'i own it, faces a side street'],
    [65, 'l', 'Philadelphia treats a mural on private property as art, not a sign, as long as it carries no advertising, but historic districts need Historical Commission review. The steps are on phila.gov (search "murals on private property"), and Mural Arts Philadelphia has a how-to guide at muralarts.org/resources.'],
    [70, 'l', 'Is that what you were looking for?'],
    [104, 'p', 'yes!! that is everything, thank u'],
    [110, 'l', 'My pleasure, good luck with the wall and thanks for stopping by!'],
  ], usual()),

  // 02 the source first, the question after it
  s(DEVIN, '02 who painted the hummingbird mural on Mitchell St in Milwaukee: source first, "Do you know roughly when it went up?" after it, "Did that help?"', [
    [0, 'p', 'who painted the big hummingbird mural on mitchell street? milwaukee'],
    [21, 'l', 'Hey there, this is Devin, a librarian at Milwaukee Public Library.'],
    [27, 'l', 'Milwaukee keeps a searchable public art map at milwaukeepublicart.org where you can look murals up by street. Do you know roughly when it went up?'],
    [70, 'p', 'like 2019 maybe'],
    [78, 'l', 'Then it should be in the 2019 layer of that map, with the artist listed. Did that help?'],
    [115, 'p', 'yep found it, thx'],
    [120, 'l', 'Anything else today?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Take care — bye!'],
  ], usual({ clarify: 'fail' })),

  // 03 Spanish: grants for artists
  s(ELENA, '03 becas para artistas en Tucson (Spanish): "Buenos días, habla Elena, bibliotecaria", qué disciplina, artsfoundation.org, "eso era todo"', [
    [0, 'p', 'hola buenos dias, soy pintora y busco becas o subsidios para artistas en tucson'],
    [24, 'l', 'Buenos días, habla Elena, bibliotecaria de la Biblioteca Pública del Condado de Pima. ¡Con gusto la ayudo!'],
    [30, 'l', '¿Busca apoyo para un proyecto concreto, como un mural, o una beca general para su trabajo?'],
    [72, 'p', 'para un mural en mi barrio'],
    [80, 'l', 'El Arts Foundation for Tucson and Southern Arizona ofrece subsidios para proyectos de artistas y de barrio; las convocatorias están en artsfoundationtucson.org/grants. También puede buscar en la base de datos Candid Foundation Directory, gratis en nuestras bibliotecas.'],
    [86, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si mucho, eso era todo gracias'],
    [136, 'l', '¡Gracias a usted, que le vaya muy bien con el mural!'],
  ], usual()),

  // 04 pickup 61 s
  s(HARLAN, '04 the Salt Lake City Arts Council mural grant: picked up at 61 s, "Greetings, Harlan at the City Library", saltlakearts.org', [
    [0, 'p', 'does slc arts council fund murals on businesses'],
    [61, 'l', 'Greetings, Harlan at The City Library in Salt Lake here. Sorry for the wait!'],
    [67, 'l', 'Is the business inside Salt Lake City limits?'],
    [100, 'p', 'yes on 9th and 9th'],
    [108, 'l', "The Salt Lake City Arts Council runs the Artist Grants and Community Mural program; eligibility and deadlines are at saltlakearts.org/grants. Does that answer your question?"],
    [150, 'p', 'yes thanks thats all i needed'],
    [155, 'l', 'Glad to help, have a good one!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickup exactly 60 s under a screen name, greeting with no one named
  s(DESK, '05 art shows in the Oakland library: pickup at exactly 60 s, "Hi there! 👋" under the screen name "artsdesk" (no one named), the exhibit page', [
    [0, 'p', 'can local artists show their paintings at the library?? im in oakland'],
    [60, 'l', 'Hi there! 👋'],
    [64, 'l', 'Which branch would you want to show at?'],
    [95, 'p', 'rockridge or main'],
    [101, 'l', 'Oakland Public Library takes exhibit proposals for branch walls twice a year; the form and the guidelines are at oaklandlibrary.org/exhibits. Does that help?'],
    [140, 'p', 'ya perfect'],
    [145, 'l', 'Anything else I can find for you?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Thanks, have a great day!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(BEA, '06 percent-for-art in Atlanta: "let me pull that ordinance up" at 70, the answer at exactly 190 (120 s), Municode', [
    [0, 'p', 'does atlanta have a percent for art rule for new city buildings'],
    [18, 'l', 'Hello, Bea with Atlanta-Fulton Public Library here.'],
    [24, 'l', 'Are you asking about city-funded buildings only, or private developments too?'],
    [64, 'p', 'city funded'],
    [70, 'l', 'Let me pull that ordinance up, one moment.'],
    [190, 'l', "Atlanta's Public Art Program sets aside 1.5% of eligible city capital project costs for public art; the text is in the City Code on library.municode.com/ga/atlanta (search \"public art\"). Does this completely answer your question?"],
    [230, 'p', 'yes that was all, ty!'],
    [236, 'l', 'Thanks for using our chat, bye now!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(CYRUS, '07 Detroit mural festival artists: "Hang on while I search" at 66, the answer at 187 (121 s)', [
    [0, 'p', 'how do artists apply to paint at murals in the market detroit'],
    [20, 'l', 'Hi, Cyrus at Detroit Public Library, how are you today?'],
    [26, 'l', 'Are you a local artist applying yourself, or asking for a group?'],
    [60, 'p', 'me, local'],
    [66, 'l', 'Hang on while I search for this year\'s call.'],
    [187, 'l', 'Murals in the Market posts its open call each spring at muralsinthemarket.com/apply; Detroit artists get a separate local track. Is that what you needed?'],
    [220, 'p', 'yes perfect thats everything'],
    [226, 'l', 'Great, thanks for asking us!'],
  ], usual({ informed: 'fail' })),

  // 08 referral with a phone
  s(IMANI, '08 Maryland percent-for-art for a new school: "Good afternoon, Imani with Ask Us Now!", msac.org, call the Maryland State Arts Council at a phone', [
    [0, 'p', 'does maryland have a percent for art thing for schools? my kids school is getting rebuilt and i want to suggest a mural'],
    [22, 'l', 'Good afternoon, Imani with Ask Us Now! here.'],
    [28, 'l', 'Which county is the school in?'],
    [60, 'p', 'prince georges'],
    [67, 'l', 'Maryland\'s Public Art Initiative is run by the Maryland State Arts Council; the program page is msac.org/programs/public-art. For a school project specifically, call the Council\'s public art staff at 410-555-0137 and they can tell you whether the rebuild qualifies. Did that help?'],
    [110, 'p', 'yes thank you, thats all i needed'],
    [116, 'l', 'You are welcome, come back anytime!'],
  ], usual({ referral: 'pass' })),

  // 09 referral with no contact
  s(OSKAR, '09 a Montgomery County mural on a fence: montgomeryplanning.org, "check with your HOA board" (no contact), "anything else?"', [
    [0, 'p', 'can i put a mural on my back fence in silver spring or do i need permission'],
    [20, 'l', 'Hi, Oskar here, a librarian at Montgomery County Public Libraries.'],
    [26, 'l', 'Is your house in a homeowners association?'],
    [55, 'p', 'yes'],
    [62, 'l', "The county doesn't permit murals on private fences separately, but the zoning rules are at montgomeryplanning.org (Zoning > Signs and Murals). Since you're in an HOA, check with your HOA board before you paint. Does that answer it?"],
    [95, 'p', 'kinda yea'],
    [100, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no'],
    [125, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ referral: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Wednesday", done at 70 h
  s(PRUE, '10 who painted a 1970s Baltimore mural (follow-up by me): e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', 'trying to find who painted the old mural on the side of the bakery on eastern ave in highlandtown, 1970s probably'],
    [21, 'l', 'Hello! Prue here, a librarian with Ask Us Now!'],
    [27, 'l', 'Do you remember what the mural shows, or the bakery\'s name?'],
    [70, 'p', 'a big loaf of bread and people dancing. bakery was DiPasquale or something'],
    [78, 'l', "The Baltimore Sun archive (ProQuest Historical Newspapers, free with your library card) is the best place to look. I'd like to search it properly and e-mail you what I find by Wednesday. What address should I use?"],
    [120, 'p', 'rosa.kemp42@example.net'],
    [126, 'l', "Thanks, I'll write to rosa.kemp42@example.net. Does the ProQuest tip help for now?"],
    [160, 'p', 'yes thanks, thats all for now'],
    [165, 'l', 'Thank you for contacting Ask Us Now!, talk soon.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(170 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 follow-up by the patron's library with no contact anywhere
  s(RAFAEL, '11 an Albuquerque muralist from the 1930s (follow-up by patron\'s library): "your branch\'s Special Collections will reach out", no contact, no time', [
    [0, 'p', 'looking for info on a WPA muralist who painted at the old albuquerque post office'],
    [23, 'l', 'Hi, you have Rafael, reference librarian at Albuquerque and Bernalillo County Library.'],
    [29, 'l', 'Are you researching the artist, or the mural itself?'],
    [62, 'p', 'the artist, for a school paper'],
    [70, 'l', 'The Smithsonian Archives of American Art has New Deal artist files online at aaa.si.edu. Our Special Collections staff have more local material, and they will reach out to you with what they find.'],
    [76, 'l', 'Does that help for a start?'],
    [110, 'p', 'yea ok'],
    [115, 'l', 'Bye for now, and thanks!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 12 a promise under Answered, e-mail read back, "tomorrow"
  s(SUNNY, '12 Pittsburgh graffiti removal program (coded Answered): a promise to e-mail "tomorrow", e-mail read back, pittsburghpa.gov', [
    [0, 'p', 'someone tagged the mural on our block in lawrenceville 😡 does the city clean it or the artist?'],
    [17, 'l', 'Hi! Sunny, librarian at Carnegie Library of Pittsburgh.'],
    [23, 'l', 'Is the mural on a private building or a city wall?'],
    [55, 'p', 'private, a bar'],
    [62, 'l', "The city's graffiti removal service covers private property with the owner's consent; the request form is at pittsburghpa.gov/dpw (Graffiti). I'll also check whether the Office of Public Art keeps a restoration fund and e-mail you tomorrow. What's your e-mail?"],
    [100, 'p', 'jdubs_412@example.org'],
    [106, 'l', 'Got it: jdubs_412@example.org. Does the form cover what you needed today?'],
    [140, 'p', 'yes thats all i needed'],
    [145, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 follow-up by me: the phone typed by the patron, no "when", unrecorded at day 4
  s(TOBIAS, '13 Hartford artists for a library art wall (follow-up by me): the phone typed by the patron and not read back, "I\'ll call you" with no when, not recorded at day 4', [
    [0, 'p', 'im organizing a local artists show, does hartford library lend wall space or display cases'],
    [20, 'l', 'Good evening! Tobias, a librarian at Hartford Public Library.'],
    [26, 'l', 'How many pieces, and for how long would the show run?'],
    [70, 'p', 'about 15 paintings, a month'],
    [78, 'l', 'Our exhibit policy is at hplct.org/about/policies (Exhibits and Displays). Space at the Downtown library is booked by our programming team; I will ask them about next year\'s openings and call you. What number works?'],
    [120, 'p', '860 555 0172'],
    [126, 'l', 'Great. Did the policy page help?'],
    [160, 'p', 'yes ty, that is all'],
    [165, 'l', 'Thanks for chatting, good night!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 14 final idle 185 s: check-in, then a notice that invites back
  s(URSULA, '14 a Mission District mural tour: the answer at 66, "Still with me?" at 190, "Looks like you\'ve stepped away… come back anytime!" at 251 (185 s)', [
    [0, 'p', 'r there walking tours of the mission murals?'],
    [19, 'l', 'Hi, this is Ursula with San Francisco Public Library.'],
    [25, 'l', 'Are you hoping for a guided tour or a map you can follow on your own?'],
    [55, 'p', 'guided'],
    [66, 'l', 'Precita Eyes Muralists runs guided walks of Balmy Alley and the Mission most weekends; schedule and tickets are at precitaeyes.org/tours. Does that help?'],
    [190, 'l', 'Still with me?'],
    [251, 'l', "Looks like you've stepped away, so I'm going to close this chat. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 final idle 179 s, a check-in, no goodbye
  s(VIKRAM, '15 Columbus art grants: the answer at 80, "are you still there?" at 200, endedAt 259 (179 s), no goodbye', [
    [0, 'p', 'grants for individual artists in columbus ohio?'],
    [22, 'l', 'Hello! Vikram at Columbus Metropolitan Library, thanks for writing in.'],
    [28, 'l', 'What kind of art do you make?'],
    [65, 'p', 'sculpture'],
    [80, 'l', 'The Greater Columbus Arts Council offers Resource Grants and Artist Fellowships; details at gcacarts.org/grants. Is that what you were looking for?'],
    [200, 'l', 'Hi, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 59 }),

  // 16 final idle exactly 180 s, no check-in, no notice
  s(WREN, '16 a Minneapolis neighborhood mural grant: the answer at 60, nothing more, endedAt 240 (180 s)', [
    [0, 'p', 'my block club wants to do a mural in powderhorn is there city money for that'],
    [18, 'l', 'Hi, Wren from Hennepin County Library. Is the wall on private property or a city structure?'],
    [45, 'p', 'its a garage on private property'],
    [60, 'l', "Minneapolis's Neighborhood and Community Relations lists arts grants at minneapolismn.gov/government/departments/ncr, and the Metropolitan Regional Arts Council funds community art: mrac.org. Does this completely answer your question?"],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 180 }),

  // 17 a dismissal
  s(XIOMARA, '17 Miami-Dade Art in Public Places: the answer, then "you\'ve asked a lot for one chat, I need to wrap up" (no way back), the patron\'s "wow ok"', [
    [0, 'p', 'how does miami dade art in public places pick artists'],
    [20, 'l', 'Hi! Xiomara at Miami-Dade Public Library System.'],
    [26, 'l', 'Are you an artist interested in applying?'],
    [50, 'p', 'yes'],
    [57, 'l', 'Art in Public Places uses open calls reviewed by a selection panel; the calls and the artist registry are at miamidadepublicart.org/opportunities. Did that help?'],
    [90, 'p', 'yes. also how much do they pay, and do u know any mentors, and can students apply, and what about insurance'],
    [97, 'l', "You've asked a lot for one chat, I need to wrap this up now."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 partly Spanish; other patrons waiting, invited back
  s(YATES, '18 un mural en Louisville (partly Spanish): "other patrons are waiting… vuelva más tarde", the patron\'s "ok gracias" last', [
    [0, 'p', 'hi, hola, quiero pintar un mural en mi tienda en louisville, necesito permiso?'],
    [22, 'l', 'Hello / hola! Yates here, librarian at Louisville Free Public Library.'],
    [28, 'l', '¿La tienda está en un distrito histórico?'],
    [60, 'p', 'no se, en la calle bardstown road'],
    [68, 'l', 'Louisville Metro Planning & Design reviews murals on commercial buildings; the form and a map of overlay districts are at louisvilleky.gov/government/planning-design. Does that help? ¿Le sirve?'],
    [110, 'p', 'si, y tambien quiero saber de becas y de pintura y de seguros'],
    [117, 'l', 'Great questions, but several other patrons are waiting right now. Please chat back in later — vuelva más tarde y con gusto seguimos. Thank you!'],
    [130, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 19 an announced transfer with an internal note why
  s(YATES, '19 Kentucky Arts Council artist directory: "I\'m passing you to Dana in Fine Arts, one sec", internal note why, Dana 80 s later', [
    [0, 'p', 'how do i get listed in the kentucky artist directory'],
    [18, 'l', 'Hi, Yates at Louisville Free Public Library.'],
    [24, 'l', 'Are you a Kentucky resident working as a visual artist?'],
    [52, 'p', 'yes painter in lexington'],
    [58, 'l', "I'm passing you to Dana in our Fine Arts department, who knows the state programs well. One sec!"],
    [61, 'i', 'Dana, patron wants to be listed in the KY Arts Council artist directory; your area, can you take it?'],
    xfer(64, 'Dana', 'dana-m'),
    [138, 'l', 'Hi, Dana here. The Kentucky Arts Council adds artists to its Artist Directory through an online application at artscouncil.ky.gov/KAC/Artists. Is that what you were after?', as(DANA)],
    [170, 'p', 'yes thats everything thanks'],
    [175, 'l', 'Happy painting, bye!', as(DANA)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer, 125 s after the patron
  s(ZORA, '20 Rochester Wall Therapy murals: internal note only, silent transfer, Amos 125 s after the patron', [
    [0, 'p', 'whos behind the wall therapy murals in rochester'],
    [21, 'l', 'Hello, Zora with Rochester Public Library here.'],
    [27, 'l', 'Are you looking for the festival organizers or a particular artist?'],
    [60, 'p', 'organizers'],
    [64, 'i', 'Amos, Wall Therapy organizer q, local history, yours?'],
    xfer(67, 'Amos', 'amos-m'),
    [185, 'l', 'Hi, Amos here at Rochester Public Library. Wall Therapy was started by Dr. Ian Wilson in 2012; the project site at walltherapy.org lists the team and every mural. Did that help?', as(AMOS)],
    [220, 'p', 'yes thanks, thats all'],
    [226, 'l', 'Thanks for chatting!', as(AMOS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 four at once
  s(BRIGID, '21 Boston Percent for Art: boston.gov, three other chats open at once over this one (four)', [
    [0, 'p', 'is there a percent for art program in boston'],
    [20, 'l', 'Welcome! Brigid, librarian at Boston Public Library.'],
    [26, 'l', 'Do you mean city construction projects, or art in private developments?'],
    [60, 'p', 'city ones'],
    [66, 'l', "Yes: Boston's Percent for Art program sets aside 1% of the city's capital borrowing for public art; the Mayor's Office of Arts and Culture explains it at boston.gov/departments/arts-and-culture/percent-art. Does that answer your question?"],
    [100, 'p', 'yes thats all i needed'],
    [105, 'l', 'Thanks, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'brigid-m', -300, 200), other('b2', 'brigid-m', 30, 400), other('b3', 'brigid-m', 50, 90)],
  }),

  // 22 touching ends: three at most
  s(CALLUM, '22 Seattle graffiti on a mural: "Take your time", 200 s waiting on the patron; others touching at both ends, three at most', [
    [0, 'p', 'there is graffiti on a mural on my building in ballard how do i report it'],
    [20, 'l', 'Hi, Callum with The Seattle Public Library.'],
    [26, 'l', 'Do you own the building, or are you a tenant? Take your time.'],
    [226, 'p', 'sorry! im a tenant'],
    [233, 'l', "Then your landlord handles the cleanup, but anyone can report graffiti with the Find It, Fix It app or at seattle.gov/utilities (Graffiti). Does that help?"],
    [270, 'p', 'yes thats everything'],
    [275, 'l', 'Thanks for writing, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('c1', 'callum-m', -400, 0), other('c2', 'callum-m', -100, 500), other('c3', 'callum-m', 100, 250), other('c4', 'callum-m', 280, 600)],
  }),

  // 23 Practice
  s(PRACTICE, '23 practice chat (mural macro test): coded Practice, every check na', [
    [0, 'p', 'testing mural permit macro pls ignore'],
    [6, 'l', 'Hi! Macro check: our public art guide is at library.example.org/public-art'],
    [12, 'p', 'ok macro works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 a true Lost Call in Spanish
  s(DOLORES, '24 quién pintó el mural de la calle Guadalupe (Spanish, Lost Call): saludo, "¿Sigue conectado?" a los 150, aviso con despedida a los 212 (190 s)', [
    [0, 'p', 'quien pinto el mural de la virgen en la calle guadalupe san antonio'],
    [22, 'l', 'Hola, buenas tardes, le atiende Dolores, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [150, 'l', '¿Sigue conectado?'],
    [212, 'l', 'Parece que se ha desconectado, así que cerraré el chat. ¡Gracias y vuelva cuando guste!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined; Lost Call after two patron messages
  s(QUEUE, '25 art in the library (emoji, no provider): "anyone?? 🎨", queue line, patron left, coded Lost Call after two patron messages', [
    [0, 'p', 'does the library have art prints u can check out like books?? 🎨'],
    waitLine(4),
    [160, 'p', 'anyone??'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Spanish; graffiti hotline by phone; code ""
  s(ESTEBAN, '26 grafiti en un mural de Boyle Heights (Spanish): llamar a la línea de grafiti por teléfono, "¿Algo más?", code ""', [
    [0, 'p', 'pintaron grafiti encima del mural de la escuela en boyle heights, a quien llamo'],
    [19, 'l', 'Hola, soy Esteban, bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [25, 'l', '¿El mural está en la pared de la escuela o en una pared de la ciudad?'],
    [60, 'p', 'en la pared de la escuela por fuera'],
    [68, 'l', 'Llame a la línea de la Oficina de Servicios Comunitarios contra el grafiti al 213-555-0148, o haga la solicitud en myla311.lacity.org. ¿Le ayuda esto?'],
    [100, 'p', 'si gracias'],
    [105, 'l', '¿Algo más en que le pueda ayudar?'],
    [125, 'p', 'no nada mas'],
    [130, 'l', '¡Que tenga buen día, adiós!'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 27 code null; a book as the source
  s(FIONA, '27 a book on Portland murals (code null): "hiya, Fiona at Multnomah County Library", a catalogue book, patron "thats all for today"', [
    [0, 'p', 'any books on portland murals? doing a zine'],
    [16, 'l', 'Hiya, Fiona at Multnomah County Library! Fun project.'],
    [22, 'l', 'Do you want history, or mostly photos of current murals?'],
    [50, 'p', 'photos mostly'],
    [58, 'l', 'Try "Portland Street Art" (2018) in our catalogue, call number 751.73 POR, and the Portland Street Art Alliance photo archive at portlandstreetart.org. Did that help?'],
    [90, 'p', 'omg yes thats all for today'],
    [95, 'l', 'Yay, happy zine making, thanks!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 28 no codes in the source; a promise, e-mail read back, "by Friday"
  s(GIDEON, '28 Indianapolis Arts Council public art registry (no codes): e-mail read back, "by Friday"', [
    [0, 'p', 'need a list of all public art indy owns for my class'],
    [20, 'l', "Hi, I'm Gideon, a librarian with The Indianapolis Public Library."],
    [26, 'l', 'Just city-owned pieces, or everything on public display?'],
    [58, 'p', 'just city owned'],
    [65, 'l', "The Arts Council of Indianapolis keeps a public art map at indyarts.org/public-art. A full list of city-owned pieces isn't online; I'll request it and send it by Friday. What e-mail should I use?"],
    [100, 'p', 'mkhan.ivy@example.edu'],
    [106, 'l', "Thanks, mkhan.ivy@example.edu. Is the map enough to start?"],
    [140, 'p', 'yes. thats all'],
    [145, 'l', 'Good luck with the class, bye!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 29 Lost Call after a real exchange
  s(HALEY, '29 Kansas City artist grants: a real exchange, then coded Lost Call', [
    [0, 'p', 'kc artist grants?'],
    [15, 'l', 'Hi! Haley at Kansas City Public Library.'],
    [21, 'l', 'Are you a visual artist living in Kansas City?'],
    [50, 'p', 'yes mo side'],
    [57, 'l', 'ArtsKC runs the ArtsKC Go grants for individual artists; apply at artskc.org/grants. Does that help?'],
    [90, 'p', 'yes thx thats all i needed'],
    [95, 'l', 'Bye, thanks!'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 several patron messages while waiting (125 s); patron done on their own; no completeness question
  s(IGNACIO, '30 an El Paso mural on a library wall (chat-speak): patron messages at 40, 100 and 150, reply at 165 (125 s), "thats all i needed" unprompted', [
    [0, 'p', 'hey so my art class wants to paint a mural INSIDE the library lol is that a thing'],
    [20, 'l', 'Hello! Ignacio at El Paso Public Library here. Which branch?'],
    [40, 'p', 'the one on dyer'],
    [100, 'p', 'irving schwartz i think'],
    [150, 'p', 'u there?'],
    [165, 'l', "Yes, sorry! Art projects on library walls go through the Museums and Cultural Affairs Department's public art review; the guidelines are at elpasotexas.gov/museums-and-cultural-affairs/public-art."],
    [200, 'p', 'cool thats all i needed'],
    [205, 'l', 'Thanks for asking, see you at the library!'],
  ], usual({ informed: 'fail', complete: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundMurals.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: public art, murals and local artists, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundMurals.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundMurals.filter((c) => c.name in LEFT_WHY));
});
