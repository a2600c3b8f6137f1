/**
 * Eleventh round, area (K2): TIMING. Pickup times at, just under and just over the 60 s limit (queue waits with a
 * system "joined" line before the first provider message, a recorded `pickedUpAt`, a provider's first message that is
 * internal, a pre-chat form opening the session before the patron types, fractions of a second over the limit, no
 * provider at all); hold messages in many wordings ("bear with me", "digging into this", "let me look", "one sec",
 * "I'm checking with a colleague", a transfer announcement, a partial result that says the search goes on, Spanish,
 * chat-speak, SMS) and messages that look like holds but are answers, offers or questions ("let me know", "take your
 * time", "thanks for waiting!", "the hold on that book", "my colleague checked", "would you like me to check?");
 * waiting spans on the provider at and around 120 s (after a patron message, after a hold, after several patron
 * messages in a row, with internal and system lines inside the span, across a transfer, while the provider sends a
 * long answer in parts), spans still open at the end; final idles at and around 120 s and 180 s measured exactly as the
 * Terms say (from the first non-hold provider message after the patron's last visible message, to `endedAt`, else the
 * last message of any role, or to the provider's last visible message when that is a goodbye; a goodbye that also
 * asks whether the patron is still there is no Goodbye); concurrency with other stored sessions (`other()`), with
 * intervals touching at their ends, other providers' sessions, a stored copy of this same session, and transferred
 * sessions judged per provider over the part each handled. Where a check has a measured `value` (pickup seconds,
 * the longest wait on the provider, the final idle's seconds, the most sessions open at once), the case gives it in
 * `val` and the last describe block checks it.
 * Voices: public libraries across the US, academic libraries, a school district, the statewide cooperative, SMS and
 * text services, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a `system` "joined" line and an `internal` message are not the pickup (only the first VISIBLE provider message,
 *   or `pickedUpAt`); pickup time is counted from `startedAt`, even when the patron typed the question later;
 * - "longer than 120 s" is strict: a span of exactly 120 s passes, 120.5 s fails; the final idle limits are "≥":
 *   exactly 120 s needs the check-in, exactly 180 s the notice;
 * - any patron message starts waiting on the provider, the patron's own "hang on, let me find it" included; the
 *   provider's "take your time" is no hold, so it ends the span and starts waiting on the patron;
 * - after a provider message that is not a hold, the provider sending a second part 160 s later ends no wait (the
 *   patron sent nothing): waiting on the patron, pass; when the first part says the search goes on it is a hold;
 * - an offer or question ("Would you like me to check with a colleague?") announces no lookup and asks no wait: not a
 *   hold; "Can you hold on while I check…?" asks the patron to wait: a hold;
 * - a span opened by a hold that no provider message ever ends is "still open when the session ends" and does not
 *   count, however long; and with only holds after the patron's last message there is no final idle;
 * - after a `pickedUpAt`, the part of the patron's first wait that falls after it counts for keep_informed;
 * - the value of keep_informed is the longest span of waiting on the provider after pickup, spans begun by holds
 *   included; the value of the idle checks is the final idle's seconds.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, chat, describeSessions, KEYS, type Key, type Line, other, score, type SessionCase, some, sys, usual, who } from './helpers';

/** A case that may also give the measured `value` of some checks. */
type TimedCase = SessionCase & { val?: Partial<Record<Key, number | null>> };

/** ISO time `s` seconds and `ms` milliseconds after T0. */
const atMs = (s: number, ms: number): string => at(s).replace('-05:00', `.${String(ms).padStart(3, '0')}-05:00`);

export const whole: TimedCase[] = [
  // ---- pickup --------------------------------------------------------------------------------------------------------
  {
    // reading: the system "joined" line is no visible provider message; pickup is the first provider message at 74 s
    name: 'queue wait: "Librarian Kwame has joined the chat." at 38 s, first provider message at 74 s: pickup fails (74 s)',
    lines: [
      [0, 'p', 'Hi, is the Mid-Manhattan branch open on Sundays now?'],
      [38, 's', 'Librarian Kwame has joined the chat.', sys('joined')],
      [74, 'l', "Hello! This is Kwame with the New York Public Library's Ask NYPL service. Are you asking about the Stavros Niarchos Foundation Library, which replaced Mid-Manhattan?"],
      [110, 'p', 'oh yes that one'],
      [118, 'l', 'SNFL is open Sundays 1-5 pm; all hours are at nypl.org/locations/snfl. Does that answer your question?'],
      [150, 'p', "yes that's all i needed, thank you"],
      [156, 'l', 'Thanks for chatting with Ask NYPL. Have a good day!'],
    ],
    exp: usual({ pickup: 'fail' }),
    val: { pickup: 74, informed: 8 },
  },
  {
    // reading: pickedUpAt (45 s) is the pickup; the 43 s from it to the first message count for keep_informed
    name: 'academic: pickedUpAt recorded at 45 s, first message at 88 s: pickup passes on the recorded time (45 s)',
    lines: [
      [0, 'p', 'Hi! I need the impact factor for the Journal of Hydrology, is there a way to look it up?'],
      [88, 'l', "Hello, thanks for contacting Ask a Librarian at the University of Michigan Library. I'm Priya. Do you need the current year's impact factor or a past year's?"],
      [130, 'p', 'current one please'],
      [138, 'l', "Impact factors are in Journal Citation Reports: go to lib.umich.edu/databases, search for Journal Citation Reports, then type Journal of Hydrology in the search box; the 2024 JIF shows at the top of the journal's profile. Does that answer your question?"],
      [175, 'p', "yes found it, that's everything, thanks!"],
      [180, 'l', 'Great! Thanks for using Ask a Librarian, have a good one.'],
    ],
    over: { pickedUpAt: at(45) },
    exp: usual(),
    val: { pickup: 45, informed: 43 },
  },
  {
    // reading: an internal message is not seen by the patron, so it is not the pickup
    name: 'the provider\'s first message is internal ("grabbing this one") at 14 s, the first visible one at 61 s: pickup fails (61 s)',
    lines: [
      [0, 'p', 'Where can I find the Federal Register from 1978?'],
      [14, 'i', 'grabbing this one, gov docs'],
      [61, 'l', 'Good afternoon, this is Martin, a reference librarian at the Boston Public Library. Do you need a particular notice or rule, or the whole 1978 volume?'],
      [100, 'p', 'a rule about lead paint, I think it was in April'],
      [106, 'l', 'One moment while I search govinfo.'],
      [170, 'l', 'The full 1978 Federal Register is searchable on govinfo.gov (Federal Register > 1978). The lead-based paint rule from April is at 43 FR 16104, in the issue at govinfo.gov/app/details/FR-1978-04-14. Is that the rule you were after?'],
      [215, 'p', "Yes exactly. That's all I needed, thanks!"],
      [220, 'l', 'You are welcome! Thanks for using BPL chat.'],
    ],
    exp: usual({ pickup: 'fail' }),
    val: { pickup: 61, informed: 64 },
  },
  {
    name: 'SMS: pickup at exactly 60 s passes',
    lines: [
      [0, 'p', 'do u have passport photos at the library'],
      [60, 'l', 'Hi this is Tasha at Brooklyn Public Library text service. Which branch r u near?'],
      [95, 'p', 'flatbush'],
      [102, 'l', 'Flatbush doesnt do passport photos but Central Library does, $15, Tues-Sat; details at bklynlibrary.org/passport. Does that help?'],
      [140, 'p', 'ok cool thats all i needed'],
      [146, 'l', 'Great, thx for texting BPL! Bye'],
    ],
    exp: usual(),
    val: { pickup: 60 },
  },
  {
    // reading: pickup time = pickup − startedAt, not − the patron's first message
    name: 'a pre-chat form opens the session at 0 s, the patron types at 35 s, the provider answers at 78 s: pickup fails (78 s, not 43 s)',
    lines: [
      [0, 's', 'Chat request received from the Ask Us form.'],
      [35, 'p', 'hello, I am looking for the minutes of the Evanston city council from 1968'],
      [78, 'l', 'Hi, this is Ruth at Evanston Public Library. Are you looking for a specific meeting or topic?'],
      [110, 'p', 'the fair housing ordinance vote'],
      [118, 'l', 'The 1968 council minutes are digitized at evanston.illinoisdigitalarchives.org; the fair housing ordinance passed on April 15, 1968, and the minutes for that meeting are under "City Council 1968". Is that what you were looking for?'],
      [160, 'p', "yes, that's everything, thank you"],
      [166, 'l', 'Thank you for chatting with EPL, goodbye!'],
    ],
    exp: usual({ pickup: 'fail' }),
    val: { pickup: 78 },
  },
  {
    name: 'no provider ever joined: the patron asks twice and leaves; Lost Call with two patron messages: pickup fails (value null), code fails, all else na',
    lines: [
      [0, 'p', 'Does the library notarize documents?'],
      [65, 'p', 'hello? anyone there'],
      [140, 's', 'Patron has left the session', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', provider: { id: 'jo', name: 'Jo Smith', library: 'TST' } },
    exp: usual({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na', courteous: 'na',
      concurrency: 'na', code: 'fail',
    }),
    val: { pickup: null },
  },
  {
    name: 'chat-speak text service: pickup at 59 s passes',
    lines: [
      [0, 'p', 'yo does the library have any free tax help'],
      [59, 'l', 'hey! this is Dre w/ Detroit Public Library txt service. r u looking for help filing or just the forms?'],
      [90, 'p', 'help filing, i made like 30k'],
      [97, 'l', 'u qualify for free VITA tax prep: DPL Main hosts it Tues + Thurs 10-2 thru April 15, walk-ins ok. details at detroitpubliclibrary.org/tax-help. does that help?'],
      [130, 'p', 'ya thats all i needed thx'],
      [135, 'l', 'np! thx for txting DPL, good luck'],
    ],
    exp: usual(),
    val: { pickup: 59 },
  },

  // ---- waiting on the provider around 120 s ------------------------------------------------------------------------
  {
    name: 'the answer comes exactly 120 s after the patron\'s message: keep_informed passes (not longer than 120 s)',
    lines: [
      [0, 'p', 'Hello, I am trying to find how many people in Cuyahoga County speak Arabic at home'],
      [25, 'l', "Hi! I'm Dmitri with the Cleveland Public Library's KnowItNow service. Would the county as a whole be enough, or do you need it by city?"],
      [60, 'p', 'whole county is fine'],
      [180, 'l', 'The Census Bureau\'s American Community Survey table B16001 has it: at data.census.gov search "B16001 Cuyahoga County"; the 2023 5-year estimate shows about 11,900 people age 5+ speaking Arabic at home. Does that answer your question?'],
      [215, 'p', 'Yes perfect, that is everything, thanks'],
      [220, 'l', 'Thanks for chatting with KnowItNow. Have a great day!'],
    ],
    exp: usual(),
    val: { informed: 120 },
  },
  {
    name: 'the answer comes 121 s after the patron\'s message, no hold: keep_informed fails',
    lines: [
      [0, 'p', 'hi what year did the Wabash Cannonball train stop running'],
      [30, 'l', 'Hello, this is Jen at Indianapolis Public Library. Do you mean the Wabash Railroad passenger train, not the song?'],
      [58, 'p', 'yes the train'],
      [179, 'l', "The Wabash Railroad's Wabash Cannonball made its last run on April 30, 1971, when Amtrak took over passenger service. The Indiana Memory collection at digital.library.in.gov has photos of its last trip. Does that help?"],
      [205, 'p', "great, that's all I wanted to know, thanks"],
      [210, 'l', 'Thanks for chatting with IndyPL, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
    val: { informed: 121 },
  },
  {
    // reading: further patron messages do not restart the span: 62 s -> 188 s is 126 s
    name: 'school district: three patron messages in a row ("also…", "hello?"), the answer 126 s after the first: keep_informed fails',
    lines: [
      [0, 'p', 'Hi, my daughter needs 3 books on volcanoes for a 4th grade report'],
      [20, 'l', 'Hello! This is Ms. Ortiz, librarian at Round Rock ISD library services. Does she need print books, or are e-books OK?'],
      [62, 'p', 'ebooks are ok'],
      [95, 'p', 'she also needs one with pictures of mount st helens'],
      [150, 'p', 'hello?'],
      [188, 'l', 'Sorry for the wait! On Sora (soraapp.com, log in with her student ID) she can borrow "Volcanoes" by Seymour Simon, "Mount St. Helens" from Pebble Explore, and "Volcano Rising" by Elizabeth Rusch; the Mount St. Helens one has lots of photos. Do those work for her report?'],
      [220, 'p', 'yes!! thats everything thank you'],
      [225, 'l', 'Thanks for asking, and good luck on the report!'],
    ],
    exp: usual({ informed: 'fail' }),
    val: { informed: 126 },
  },
  {
    // reading: the first part is an answer (no hold), so the patron is then awaited; 160 s to the second part is no wait on the provider
    name: 'a long answer in two parts 160 s apart, the first without a hold: keep_informed passes',
    lines: [
      [0, 'p', 'Can you explain how to find a grave in Green-Wood Cemetery? My great-grandfather is buried there, Giuseppe Russo, died 1918'],
      [30, 'l', "Hi, I'm Sofia, a librarian at Brooklyn Public Library's Center for Brooklyn History. Do you know his exact date of death, or just the year?"],
      [70, 'p', 'just 1918, maybe the flu'],
      [110, 'l', 'Green-Wood has its own burial search at green-wood.com/burial_search: type Russo and limit to 1918. It shows the lot and section, which you need for a visit.'],
      [270, 'l', 'Also, the Brooklyn Daily Eagle on bklyn.newspapers.com has 1918 death notices; searching "Giuseppe Russo" 1918 there often gives the funeral home and church too. Did these help?'],
      [300, 'p', "yes, that's all I needed. thanks!"],
      [305, 'l', 'Thanks for chatting with us, and good luck with the search!'],
    ],
    exp: usual(),
    val: { informed: 40 },
  },
  {
    // reading: a partial result that says the search goes on is a hold: 100 s -> 240 s is 140 s
    name: 'a partial result "Found the Kowalskis in 1940… Still looking for them in 1950, one moment." then the rest 140 s later: keep_informed fails',
    lines: [
      [0, 'p', 'Looking for the 1940 and 1950 census records for 412 Elm St, Dayton Ohio'],
      [28, 'l', 'Hello! This is Mark at Dayton Metro Library. Do you know who lived there, a family name?'],
      [60, 'p', 'the Kowalski family'],
      [100, 'l', 'Found the Kowalskis at 412 Elm in the 1940 census on FamilySearch (familysearch.org, search Kowalski, Dayton, 1940): sheet 7B. Still looking for them in 1950, one moment.'],
      [240, 'l', 'The 1950 census is on 1950census.archives.gov; searching Kowalski in Dayton gives Enumeration District 57-112, sheet 14, same address. Is that what you were looking for?'],
      [270, 'p', "yes that's everything I needed, thank you!"],
      [275, 'l', 'Thanks for using Ask Dayton Metro, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
    val: { informed: 140 },
  },
  {
    name: 'Spanish: "Un momento, por favor, estoy buscando…" then "Sigo buscando; gracias por su paciencia." 110 s later and the answer 114 s after that: keep_informed passes',
    lines: [
      [0, 'p', 'hola, busco el reglamento de zonificación de la ciudad de El Paso del año 1985'],
      [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de El Paso. ¿Necesita todo el reglamento o solo una parte, por ejemplo el mapa?'],
      [70, 'p', 'solo la parte de zonas residenciales'],
      [76, 'l', 'Un momento, por favor, estoy buscando en nuestras colecciones.'],
      [186, 'l', 'Sigo buscando; gracias por su paciencia.'],
      [300, 'l', 'Lo encontré: el reglamento de 1985 está digitalizado en elpasotexas.gov/municipal-clerk, sección "Ordenanzas históricas", capítulo 20.04 para zonas residenciales. ¿Responde esto a su pregunta?'],
      [330, 'p', 'sí, es todo lo que necesitaba, gracias'],
      [335, 'l', '¡Gracias por comunicarse con la biblioteca! Que tenga buen día.'],
    ],
    exp: usual(),
    val: { informed: 114 },
  },
  {
    // reading: internal and system lines do not end the span that the hold began (66 s -> 196 s is 130 s)
    name: 'a hold "Let me check with our special collections librarian", then internal messages and a system line, the answer 130 s after the hold: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have Sanborn fire insurance maps for Ybor City around 1915?'],
      [24, 'l', 'Hi, this is Carla at Tampa-Hillsborough County Public Library. Are you looking for a particular block or address?'],
      [60, 'p', 'yes 1600 block of 8th avenue'],
      [66, 'l', 'Let me check with our special collections librarian, one moment.'],
      [90, 'i', 'Pat, do we have the 1915 Sanborn for Ybor, 8th Ave?'],
      [140, 'i', 'Yes, vol 2 sheet 112, also on the LOC site'],
      [150, 's', 'Pat Nguyen joined the conversation as an observer.'],
      [196, 'l', 'Yes: the 1915 Sanborn for Tampa, volume 2, sheet 112 covers the 1600 block of 8th Avenue; it is free online at loc.gov/collections/sanborn-maps (search "Tampa 1915"). Does that answer your question?'],
      [230, 'p', 'Yes! that is all I needed, thank you'],
      [235, 'l', 'Thank you for chatting with us, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
    val: { informed: 130 },
  },
  {
    name: 'chat-speak hold "ok lemme check what we have, 1 sec" and the answer exactly 120 s later: keep_informed passes',
    lines: [
      [0, 'p', 'need a book about the 1921 tulsa race massacre for my history class'],
      [25, 'l', 'Hi! Jess here from the Metropolitan Library System in Oklahoma City. Does it need to be a book, or are articles ok too?'],
      [60, 'p', 'book, 9th grade level'],
      [66, 'l', 'ok lemme check what we have, 1 sec'],
      [186, 'l', '"Unspeakable: The Tulsa Race Massacre" by Carole Boston Weatherford is a good fit (on the shelf at Belle Isle); also "Dreamland Burning" by Jennifer Latham, a novel. Place holds at metrolibrary.org/catalog. Do those work?'],
      [215, 'p', 'yes the first one. thats all i needed'],
      [220, 'l', 'Awesome, thanks for chatting with Metro Library!'],
    ],
    exp: usual(),
    val: { informed: 120 },
  },
  {
    // reading: the patron's "hang on, let me find…" is a patron message, so waiting on the provider begins there (60 s -> 228 s)
    name: 'the patron says "hang on let me find my old passport number" and comes back 155 s later; the provider said nothing meanwhile: keep_informed fails (168 s)',
    lines: [
      [0, 'p', 'Hi, I want to renew my passport at the library, do I need an appointment?'],
      [22, 'l', 'Hello, this is Terri at Anne Arundel County Public Library. Is this a renewal by mail or are you applying for a child?'],
      [60, 'p', 'renewal for me. hang on let me find my old passport number'],
      [215, 'p', 'ok found it, it expires in june'],
      [228, 'l', 'Adult renewals with an undamaged passport go by mail (form DS-82), so no appointment is needed; the steps are at travel.state.gov/renew. Our branches take first-time and child applications by appointment at aacpl.net/passports. Does that answer your question?'],
      [260, 'p', 'yes thats all, thanks!'],
      [265, 'l', 'Thanks for chatting with AACPL, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
    val: { informed: 168 },
  },
  {
    // reading: "take your time" is no hold: it ends the span and the provider then waits on the patron
    name: 'the patron says "one sec, let me find my old passport", the provider answers "No problem, take your time!": keep_informed passes',
    lines: [
      [0, 'p', 'Hi, I want to renew my passport at the library, do I need an appointment?'],
      [22, 'l', 'Hello, this is Terri at Anne Arundel County Public Library. Is this a renewal by mail or are you applying for a child?'],
      [60, 'p', 'renewal. one sec, let me find my old passport'],
      [66, 'l', 'No problem, take your time!'],
      [215, 'p', 'ok got it, it expires in june'],
      [228, 'l', 'Adult renewals with an undamaged passport go by mail (form DS-82), so no appointment is needed; the steps are at travel.state.gov/renew. Does that answer your question?'],
      [260, 'p', 'yes thats all, thanks!'],
      [265, 'l', 'Thanks for chatting with AACPL, bye!'],
    ],
    exp: usual(),
    val: { informed: 13 },
  },
  {
    // reading: "Let me know if the link gives you any trouble" is no hold: the patron is awaited for 150 s, not the provider
    name: 'near miss of a hold: "Let me know if the link gives you any trouble." then more 152 s later: keep_informed passes',
    lines: [
      [0, 'p', 'How do I get into the New York Times with my library card'],
      [20, 'l', 'Hi, this is Sam at Hennepin County Library. Are you on a phone or a computer?'],
      [50, 'p', 'computer'],
      [58, 'l', 'Go to hclib.org/nyt, sign in with your card, and it gives you a 72-hour pass to nytimes.com; renew it the same way. Let me know if the link gives you any trouble.'],
      [210, 'l', 'Also, the pass works on the NYT Cooking site too. Did that answer your question?'],
      [240, 'p', "yes, that's all I needed, thanks"],
      [245, 'l', 'Thanks for using HCL chat, bye!'],
    ],
    exp: usual(),
    val: { informed: 8 },
  },

  // ---- transfers -----------------------------------------------------------------------------------------------------
  {
    // reading: the transfer announcement is a hold (Terms), so the span runs from it to the receiver's first message
    name: 'a transfer announced at 76 s, the receiving librarian writes 140 s later: keep_informed fails; handoff passes',
    lines: [
      [0, 'p', 'I run a small bakery and want to find grants for small businesses in Philadelphia'],
      [26, 'l', 'Hello, this is Jo at the Free Library of Philadelphia. Is the bakery already open, or are you just starting out?'],
      [60, 'p', 'open for 2 years'],
      [70, 'i', 'Dana, can you take this patron? Small business grants for a 2-year-old bakery; you run the Business Resource & Innovation Center.'],
      [76, 'l', "Our business librarian Dana can help with that, so I'm transferring you to her now; she'll be with you in a moment."],
      [80, 's', 'Chat transferred to Dana Ruiz', sys('transfer', 'dana')],
      [216, 'l', "Hi, Dana here from the Business Resource & Innovation Center. For a bakery open two years, look at the Philadelphia Department of Commerce's grants at phila.gov/commerce and the Small Business Grants list in our guide at libwww.freelibrary.org/biz. Does that help?", who('Dana Ruiz', 'dana')],
      [250, 'p', "yes, that's everything, thanks"],
      [255, 'l', 'Thanks for visiting the Free Library, good luck with the bakery!', who('Dana Ruiz', 'dana')],
    ],
    exp: usual({ informed: 'fail', transfer: 'pass' }),
    val: { informed: 140 },
  },
  {
    name: 'academic: a transfer announced at 80 s, the data librarian writes 115 s later: keep_informed passes; handoff passes',
    lines: [
      [0, 'p', 'Hi, is there someone who can help me with R? I need to merge two census datasets'],
      [20, 'l', "Hi there! I'm Omar, a librarian at Ask a Librarian, NC State University Libraries. Are both datasets in CSV, and what variable do they share?"],
      [70, 'p', 'yes both csv, they share a county FIPS code'],
      [75, 'i', 'Lena, can you pick up this R merge question? Two CSVs joined on county FIPS; you are on the data services desk.'],
      [80, 'l', 'Great question for our Data & Visualization Services team; I am transferring you to Lena, one of our data librarians. One moment please.'],
      [84, 's', 'Transferred to Lena Park', sys('transfer', 'lena')],
      [195, 'l', "Hello, this is Lena. With two CSVs, read both with read.csv(), make sure the FIPS columns are the same type (character, with leading zeros), then use merge(a, b, by = 'fips'). Our guide at lib.ncsu.edu/guides/r-data-merging walks through it. Does that answer your question?", who('Lena Park', 'lena')],
      [240, 'p', 'that worked! thats all i needed thanks'],
      [245, 'l', 'Glad it worked, thanks for using Ask a Librarian!', who('Lena Park', 'lena')],
    ],
    exp: usual({ transfer: 'pass' }),
    val: { informed: 115 },
  },

  // ---- spans still open at the end -----------------------------------------------------------------------------------
  {
    // reading: the patron's last question is never answered: a span still open at the end does not count; no final idle
    name: 'the patron asks one more thing and the session ends 300 s later unanswered: keep_informed passes (open span), no final idle; no goodbye',
    lines: [
      [0, 'p', 'what time does the Rockville library open on saturdays'],
      [18, 'l', "Hello, you're chatting with Ana from Montgomery County Public Libraries. Is that the Rockville Memorial branch on Maryland Ave?"],
      [50, 'p', 'yes'],
      [56, 'l', 'Rockville Memorial opens at 10 am on Saturdays and closes at 5; all branch hours are at montgomerycountymd.gov/library/branches. Does that answer your question? Anything else I can help with?'],
      [90, 'p', 'yes. oh also do they have a 3D printer there?'],
    ],
    over: { endAfter: 300 },
    exp: usual({ courteous: 'fail' }),
    val: { informed: 6 },
  },
  {
    // reading: the span from the hold is still open when the patron leaves (334 s): it does not count; only a hold after
    // the patron's last message, so no final idle; the greeting's clarifying question makes the exchange substantive
    name: 'a hold "Let me pull up the statute for you, one moment." and the patron leaves 334 s later: keep_informed passes (open span), no final idle, no source',
    lines: [
      [0, 'p', 'I need the text of the Ohio Revised Code on fences between neighbors'],
      [22, 'l', 'Hi, this is Ben at Columbus Metropolitan Library. Is this about who pays for a shared fence?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Let me pull up the statute for you, one moment.'],
      [400, 's', 'The patron has left the chat.', sys('patron_left')],
    ],
    over: { resolutionCode: 'Patron disconnected' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
    val: { informed: 6 },
  },

  // ---- final idles ---------------------------------------------------------------------------------------------------
  {
    name: 'final idle of 119 s to endedAt, nothing sent: both na',
    lines: [
      [0, 'p', 'Is there a limit on how many ebooks I can borrow on Libby?'],
      [15, 'l', 'Hi! Kelly here, a librarian at King County Library System. Are you asking about checkouts or holds?'],
      [45, 'p', 'checkouts'],
      [52, 'l', 'KCLS lets you have 20 Libby checkouts at a time (and 25 holds); see kcls.org/ebooks for the details. Does that answer your question?'],
    ],
    over: { endAfter: 119 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
    val: { idle: 119, disconnect: 119 },
  },
  {
    name: 'final idle of exactly 120 s to endedAt, nothing sent: check-in fails',
    lines: [
      [0, 'p', 'whats the wifi password at the Eastside branch'],
      [20, 'l', 'Hello, this is Marcus with Tulsa City-County Library. Are you in the branch now?'],
      [40, 'p', 'yeah'],
      [47, 'l', 'The network is TCCL-Public and needs no password; just open a browser and accept the terms on the splash page. Help is at tulsalibrary.org/wifi. Did that work?'],
    ],
    over: { endAfter: 120 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
    val: { idle: 120, disconnect: 120 },
  },
  {
    // reading: "Just want to make sure you are still with me." asks (as a statement) whether the patron is there
    name: 'final idle of 121 s with "Just want to make sure you are still with me.": check-in passes, disconnect na',
    lines: [
      [0, 'p', 'Can I bring my dog into the library?'],
      [25, 'l', "Hi, I'm Nadia at Austin Public Library. Is it a service animal or a pet?"],
      [55, 'p', 'pet, a small one'],
      [61, 'l', 'Only service animals are allowed inside Austin Public Library buildings; pets can wait on the patio at Central. The policy is at library.austintexas.gov/rules. Does that help?'],
      [170, 'l', 'Just want to make sure you are still with me.'],
    ],
    over: { endAfter: 12 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
    val: { idle: 121 },
  },
  {
    name: 'final idle of 179 s with "Hi, are you still there?" and no notice: disconnect na',
    lines: [
      [0, 'p', "Do you have any Korean-language children's books?"],
      [30, 'l', 'Hello, this is Grace from Fairfax County Public Library. How old are the children?'],
      [70, 'p', '3 and 5'],
      [78, 'l', 'Yes: our World Languages collection has Korean picture books at the Chantilly and George Mason branches; search the catalog at fairfaxcounty.gov/library with Language: Korean and Audience: Juvenile. Does that answer your question?'],
      [200, 'l', 'Hi, are you still there?'],
    ],
    over: { endAfter: 57 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
    val: { idle: 179, disconnect: 179 },
  },
  {
    name: 'final idle of exactly 180 s with "Still with me?" and no notice: disconnect fails',
    lines: [
      [0, 'p', 'how do i download audiobooks to my kindle'],
      [22, 'l', 'Hi! This is Rob at Sacramento Public Library. Which Kindle do you have, a Paperwhite or a Fire?'],
      [50, 'p', 'paperwhite'],
      [57, 'l', 'Kindle Paperwhites cannot play audiobooks, sorry, only ebooks. For audiobooks use the Libby app on a phone (saclibrary.org/libby has the steps). Did that answer your question?'],
      [190, 'l', 'Still with me?'],
    ],
    over: { endAfter: 47 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
    val: { idle: 180, disconnect: 180 },
  },
  {
    name: 'final idle of 181 s with a check-in and "It seems we\'ve lost the connection, so I\'ll close this chat in a moment." (a referral with its phone in the answer): both pass',
    lines: [
      [0, 'p', 'hello, I need the phone number for the Cook County Recorder of Deeds'],
      [25, 'l', 'Hello, you have reached Ask a Librarian at Chicago Public Library; this is Imani. Are you trying to get a copy of a deed?'],
      [60, 'p', 'yes for my moms house'],
      [68, 'l', "Recording moved to the Cook County Clerk: call the Clerk's Recordings Division at 312-603-5050, or search deeds at cookcountyclerkil.gov/recordings. Is that what you needed?"],
      [200, 'l', 'Are you still there?'],
      [240, 'l', "It seems we've lost the connection, so I'll close this chat in a moment."],
    ],
    over: { endAfter: 9 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
    val: { idle: 181, disconnect: 181 },
  },
  {
    // reading: the provider's last visible message is a goodbye, so the idle ends there (128 s), not at endedAt (642 s)
    name: 'a goodbye 128 s after the answer and endedAt 514 s later: the idle ends at the goodbye (128 s): check-in fails, disconnect na',
    lines: [
      [0, 'p', 'do you have study rooms I can book at the main library'],
      [20, 'l', 'Hello! This is Kai, a librarian at Salt Lake City Public Library. How many people will be using the room?'],
      [50, 'p', 'just me and one friend'],
      [58, 'l', 'The Main Library has 2-4 person study rooms you can book up to a week ahead at slcpl.org/rooms with your card. Does that answer your question?'],
      [186, 'l', 'Thanks for chatting with The City Library, have a good one!'],
    ],
    over: { endAfter: 514 },
    exp: usual({ anything: 'fail', idle: 'fail' }),
    val: { idle: 128, disconnect: 128 },
  },
  {
    // reading: a message that also asks whether the patron is still there is no Goodbye (Terms), so the idle runs to
    // endedAt (220 s); closing.courteous's own rule has no such exception
    name: '"Are you still there? If not, thanks for chatting and come back anytime!" as the last message, endedAt 86 s later: idle 220 s, check-in passes, disconnect fails',
    lines: [
      [0, 'p', 'Does the library lend fishing poles?'],
      [25, 'l', "Hi! I'm Beth with Cuyahoga County Public Library. Which branch is closest to you?"],
      [60, 'p', 'Parma'],
      [66, 'l', 'Yes! Parma branch lends fishing rod kits for 7 days with an adult card; see cuyahogalibrary.org/fishing for the kit contents. Does that help?'],
      [200, 'l', 'Are you still there? If not, thanks for chatting and come back anytime!'],
    ],
    over: { endAfter: 86 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
    val: { idle: 220, disconnect: 220 },
  },
  {
    // reading: the final idle starts at the answer (160 s), the first non-hold message after the patron's last one
    name: 'a hold "Got it. Let me search the draft registrations." before the answer; endedAt 125 s after the answer: idle 125 s, check-in fails, disconnect na',
    lines: [
      [0, 'p', "I need a copy of my grandfather's WWII draft card, he lived in Fresno"],
      [30, 'l', 'Hello, this is Luis at Fresno County Public Library. Do you know his full name and birth year?'],
      [60, 'p', 'Manuel Ortega, 1921'],
      [66, 'l', 'Got it. Let me search the draft registrations.'],
      [160, 'l', 'His card is on FamilySearch (familysearch.org): "United States, World War II Draft Registration Cards, 1940-1947", Manuel Ortega, born 1921, Fresno. Is that the record you needed?'],
    ],
    over: { endAfter: 125 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
    val: { idle: 125, disconnect: 125 },
  },
  {
    name: 'Spanish: the hold "Un momentito, por favor, estoy revisando los requisitos." before the answer; "¿Sigue conectada?" and endedAt 175 s after the answer: check-in passes, disconnect na',
    lines: [
      [0, 'p', 'Buenas, necesito saber cómo sacar la tarjeta de la biblioteca para mi mamá que no tiene ID de aquí'],
      [28, 'l', '¡Buenas tardes! Habla Rosa, bibliotecaria de la Biblioteca Pública de Houston. ¿Su mamá tiene pasaporte o matrícula consular?'],
      [70, 'p', 'tiene pasaporte de Honduras'],
      [76, 'l', 'Un momentito, por favor, estoy revisando los requisitos.'],
      [170, 'l', 'Con el pasaporte y un comprobante de domicilio (por ejemplo, una factura de luz a nombre de ella o de usted) puede sacar la tarjeta en cualquier sucursal. Los requisitos están en houstonlibrary.org/tarjeta. ¿Le sirve esta información?'],
      [300, 'l', '¿Sigue conectada?'],
    ],
    over: { endAfter: 45 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
    val: { idle: 175, disconnect: 175 },
  },
  {
    // reading: no endedAt: the idle ends at the last message of any role (the system time-out at 250 s): 190 s
    name: 'no endedAt: the system time-out line at 250 s ends the session; a check-in but no notice in a 190 s idle: disconnect fails',
    lines: [
      [0, 'p', 'is the Midtown branch still closed for renovation'],
      [22, 'l', 'Hi, this is Ahmed at Atlanta-Fulton Public Library. Do you mean the Ponce de Leon branch in Midtown?'],
      [55, 'p', 'yes'],
      [60, 'l', 'Ponce de Leon reopened on March 1; hours are at fulcolibrary.org/locations. Does that answer your question?'],
      [185, 'l', 'Are you still there?'],
      [250, 's', 'Chat timed out due to inactivity.', sys('idle')],
    ],
    over: { endedAt: undefined },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
    val: { idle: 190, disconnect: 190 },
  },

  // ---- concurrency ---------------------------------------------------------------------------------------------------
  {
    name: 'busy evening: three other sessions of the same librarian open at 90 s: four at once, concurrency fails',
    lines: [
      [0, 'p', 'Hi, can I get a museum pass for the Science Museum of Minnesota this weekend?'],
      [30, 'l', 'Hello, this is Joan at Saint Paul Public Library. Which day this weekend were you hoping for?'],
      [70, 'p', 'saturday'],
      [80, 'l', 'Saturday passes for the Science Museum are all booked, but Sunday has two left; reserve at sppl.org/museum-pass with your card. Does that work for you?'],
      [120, 'p', "sunday works, i'll grab one. that's everything, thanks"],
      [126, 'l', 'Great, thanks for chatting with SPPL, enjoy the museum!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 120), other('b', 'jo', -60, 400), other('c', 'jo', 90, 500)] },
    exp: usual({ concurrency: 'fail' }),
    val: { concurrency: 4 },
  },
  {
    // reading: intervals exclude their end: one that ends at this session's start, and one that starts at its end, do not overlap it
    name: 'three other sessions, one ending at this one\'s start and one starting at its end, two overlapping: at most three at once, concurrency passes',
    lines: [
      [0, 'p', 'Hi, is there a library near Pike Place that has a makerspace?'],
      [25, 'l', 'Hi! This is Leo at Seattle Public Library. Are you looking for 3D printing, sewing, or something else?'],
      [60, 'p', '3d printing'],
      [68, 'l', 'The Central Library (1000 4th Ave) has 3D printers in the Level 5 makerspace; book a slot at spl.org/makerspace. Is that what you were looking for?'],
      [100, 'p', "perfect, that's all I needed"],
      [105, 'l', 'Thanks for using Ask Us, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -600, 0), other('b', 'jo', -100, 300), other('c', 'jo', 50, 400), other('d', 'jo', 110, 700)] },
    exp: usual(),
    val: { concurrency: 3 },
  },
  {
    // reading: each provider is judged over the part they handled: Bo's three others all end by the transfer (120 s),
    // Jo's three others start after it
    name: 'transferred at 120 s from Jo to Bo; Bo\'s busy period ends at the transfer and Jo\'s starts after it: concurrency passes',
    lines: [
      [0, 'p', 'hello, I need help finding Illinois court records for an eviction case from 2019'],
      [20, 'l', 'Hi, this is Jo with the Illinois statewide Ask a Librarian service. Do you know the county where the case was filed?'],
      [60, 'p', 'cook county'],
      [100, 'i', 'Bo, can you take this? Cook County eviction case records from 2019; you know the Clerk of the Circuit Court site.'],
      [110, 'l', "I'm transferring you to Bo, our legal research librarian; one moment."],
      [120, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [150, 'l', "Hi, I'm Bo. Cook County civil case records from 2019 are searchable at cookcountyclerkofcourt.org (Online Case Search > Civil, by name or case number). Does that answer your question?", who('Bo Lee', 'bo')],
      [190, 'p', 'yes found it. thats all i needed, thank you'],
      [195, 'l', 'Thanks for chatting with Ask a Librarian, bye!', who('Bo Lee', 'bo')],
    ],
    ctx: {
      otherIntervals: [
        other('b1', 'bo', -600, 60),
        other('b2', 'bo', -300, 100),
        other('b3', 'bo', 0, 120),
        other('j1', 'jo', 130, 600),
        other('j2', 'jo', 150, 700),
        other('j3', 'jo', 160, 800),
      ],
    },
    exp: usual({ transfer: 'pass' }),
    val: { concurrency: 1 },
  },
  {
    name: 'transferred at 120 s from Jo to Bo, who already has three sessions open after it: concurrency fails (four at once)',
    lines: [
      [0, 'p', 'hello, I need help finding Illinois court records for an eviction case from 2019'],
      [20, 'l', 'Hi, this is Jo with the Illinois statewide Ask a Librarian service. Do you know the county where the case was filed?'],
      [60, 'p', 'cook county'],
      [100, 'i', 'Bo, can you take this? Cook County eviction case records from 2019; you know the Clerk of the Circuit Court site.'],
      [110, 'l', "I'm transferring you to Bo, our legal research librarian; one moment."],
      [120, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [150, 'l', "Hi, I'm Bo. Cook County civil case records from 2019 are searchable at cookcountyclerkofcourt.org (Online Case Search > Civil, by name or case number). Does that answer your question?", who('Bo Lee', 'bo')],
      [190, 'p', 'yes found it. thats all i needed, thank you'],
      [195, 'l', 'Thanks for chatting with Ask a Librarian, bye!', who('Bo Lee', 'bo')],
    ],
    ctx: { otherIntervals: [other('b1', 'bo', 100, 600), other('b2', 'bo', 130, 700), other('b3', 'bo', 140, 800)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
    val: { concurrency: 4 },
  },
  {
    // reading: a stored copy of this same session (same key) and other providers' sessions are not counted
    name: 'a stored copy of this session and three sessions of another librarian overlap it, plus one of Jo\'s own: two at once, concurrency passes',
    lines: [
      [0, 'p', 'can i get a hunting license at the library'],
      [25, 'l', 'Hello, this is Jo at Boise Public Library. Is it for this fall\'s season?'],
      [55, 'p', 'yes, deer'],
      [62, 'l', 'Libraries do not sell them, but Idaho Fish and Game sells licenses online at gooutdoorsidaho.com, and deer tags are on the same site. Does that answer your question?'],
      [100, 'p', "yep that's all I needed"],
      [105, 'l', 'Thanks for chatting with Boise Public Library, have a good hunt!'],
    ],
    ctx: {
      otherIntervals: [
        other('t-1', 'jo', 0, 300),
        other('m1', 'mia', -100, 300),
        other('m2', 'mia', 0, 300),
        other('m3', 'mia', 10, 300),
        other('j1', 'jo', 50, 90),
      ],
    },
    exp: usual(),
    val: { concurrency: 2 },
  },
];

// ---- short cases: one timeline or one phrasing --------------------------------------------------------------------------
const ASK: Line[] = [
  [0, 'p', 'hi, do you have the 1925 Polk city directory for Tampa?'],
  [22, 'l', 'Hello, this is Rae at Tampa-Hillsborough County Public Library. Are you looking for a street or a name?'],
  [50, 'p', 'a street, the 1400 block of 7th ave in ybor'],
];
const FOUND = (t: number): Line => [t, 'l', 'The 1925 Polk directory is digitized at digitalcollections.hcplc.org; the 1400 block of 7th Ave is on page 412. Does that help?'];

/** A hold at 56 s and the answer 130 s after it: keep_informed fails when the message is a hold. */
const hold = (name: string, text: string): TimedCase => ({
  name: `hold${name ? ` (${name})` : ''}: "${text}" then the answer 130 s later: keep_informed fails`,
  lines: [...ASK, [56, 'l', text], FOUND(186), [200, 'p', 'yes thanks thats all'], [204, 'l', 'Thanks, bye!']],
  exp: some({ informed: 'fail' }),
  val: { informed: 130 },
});

/** Not a hold: the patron is then awaited, and the provider's next message 150 s later ends no wait. */
const notHold = (name: string, patron: string, text: string): TimedCase => ({
  name: `not a hold (${name}): "${text}" then a check-in 150 s later: keep_informed passes`,
  lines: [
    [0, 'p', 'hi, quick question about my library account'],
    [22, 'l', 'Hello, this is Rae at Tampa-Hillsborough County Public Library. What would you like to know?'],
    [50, 'p', patron],
    [56, 'l', text],
    [206, 'l', 'Just checking in, did that help?'],
    [215, 'p', 'yes thanks thats all'],
    [220, 'l', 'Bye!'],
  ],
  exp: some({ informed: 'pass' }),
  val: { informed: 6 },
});

export const short: TimedCase[] = [
  // ---- holds in many wordings ----------------------------------------------------------------------------------------
  hold('', 'Bear with me a sec while I dig through the 1920s directories.'),
  hold('', 'Digging into this now 🔍'),
  hold('', 'Let me look.'),
  hold('', 'one sec'),
  hold('a colleague', "I'm checking with a colleague in Special Collections, back shortly."),
  hold('Spanish', 'Permítame un momento, estoy buscando la información.'),
  hold('Spanish, a colleague', 'Déjeme consultarlo con una compañera y enseguida le digo.'),
  hold('chat-speak', 'k lemme check'),
  hold('chat-speak', 'gimme a min, pulling it up'),
  hold('', 'Hang tight!'),
  // reading: a question that asks the patron to wait is a hold
  hold('a question', 'Can you hold on while I check the stacks?'),
  hold('', 'Searching our digital collections now...'),
  hold('chat-speak', 'brb, running to the reference shelf to check the print edition'),
  hold('', 'Working on it!'),
  hold('', "I'm still searching, thanks for your patience."),
  hold('', 'Let me see what I can find.'),
  hold('', 'Just a moment please.'),
  hold('SMS', 'Looking into it, will text back in a few'),

  // ---- look like holds but are not -----------------------------------------------------------------------------------
  notHold('take your time', 'hmm let me find my card, its somewhere', "Take your time, I'll be right here."),
  notHold('an answer that thanks for the wait', 'when is my book due', 'Thanks for waiting! Your copy of "The Women" is due back on March 16; you can renew it once at hcplc.org/account.'),
  notHold('"hold" in the library sense', 'is my hold in yet', 'Yes, the hold on "Fourth Wing" is ready for pickup at John F. Germany Library; you have 7 days to pick it up.'),
  notHold('a colleague already checked', 'is the microfilm reader fixed', 'My colleague checked this morning and the microfilm reader on the 3rd floor is working again.'),
  // reading: an offer to check announces no lookup and asks no wait
  notHold('an offer', 'can i see old yearbooks from Hillsborough High', 'Would you like me to check with a colleague in Special Collections about the yearbooks?'),
  notHold('Spanish', 'cuanto tarda la tarjeta digital', 'No hace falta esperar: la tarjeta digital funciona enseguida en hcplc.org/tarjeta.'),
  notHold('"dig into this" as advice', 'i need stuff on the cigar industry', 'If you want to dig into this more, the Tampa cigar industry guide at hcplc.org/cigars is a great start.'),
  notHold('"hang on to"', 'i paid for a lost book, then found it', 'Hang on to your receipt: bring it and the book to any branch and they will refund the fee.'),
  notHold('a finished search in the past tense', 'is there a copy of the Ybor 1925 photo book', 'I looked in WorldCat and the nearest copy is at the University of South Florida library.'),

  // near misses and positives beside this round's widenings (K2)
  hold('Spanish, pronoun on the verb', 'Permítame buscarle el directorio en nuestras colecciones digitales.'),
  hold('chat-speak', '1 sec checking'),
  notHold('Spanish "permítame" + a verb that looks nothing up', 'a que hora cierran hoy', 'Permítame recordarle que hoy la biblioteca cierra a las 6, y el horario completo está en hcplc.org/horario.'),
  notHold('"Second," listing a step', 'what do i bring to get a card', 'First, a photo ID. Second, bring a utility bill with your new address; the list is at hcplc.org/card.'),
  {
    name: 'check-in "wanna make sure ur still there" in a final idle of 150 s: passes',
    lines: [...ASK, FOUND(60), [170, 'l', 'wanna make sure ur still there']],
    over: { endAfter: 40 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
    val: { idle: 150 },
  },
  {
    name: 'near miss: "I just want to make sure you still have the link." in a final idle of 150 s asks nothing about being there: check-in fails',
    lines: [...ASK, FOUND(60), [170, 'l', 'I just want to make sure you still have the link.']],
    over: { endAfter: 40 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
    val: { idle: 150 },
  },

  // ---- spans at the limits -------------------------------------------------------------------------------------------
  {
    name: 'the answer 120.5 s after the patron\'s message: longer than 120 s, keep_informed fails',
    lines: [...ASK, [170, 'l', 'The 1925 Polk directory is at digitalcollections.hcplc.org, page 412. Does that help?', { at: atMs(170, 500) }], [190, 'p', 'yes thx'], [194, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
    val: { informed: 120.5 },
  },
  {
    name: 'the answer 119 s after the patron\'s message: keep_informed passes',
    lines: [...ASK, FOUND(169), [190, 'p', 'yes thx'], [194, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
    val: { informed: 119 },
  },
  {
    name: 'a hold and the answer 121 s after it: keep_informed fails',
    lines: [...ASK, [56, 'l', 'One moment while I look.'], FOUND(177), [190, 'p', 'yes thx'], [194, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
    val: { informed: 121 },
  },
  {
    // reading: after pickup: pickedUpAt at 30 s, first provider message at 160 s: 130 s of waiting after pickup
    name: 'pickedUpAt at 30 s but the first provider message at 160 s: pickup passes (30 s), keep_informed fails (130 s after pickup)',
    lines: [
      [0, 'p', 'hi, do you have the 1925 Polk city directory for Tampa?'],
      [160, 'l', 'Hello, this is Rae at Tampa-Hillsborough County Public Library. It is digitized at digitalcollections.hcplc.org. Which street do you need?'],
      [190, 'p', '7th ave'],
      [196, 'l', 'That is page 412. Does that help?'],
      [220, 'p', 'yes thx'],
      [224, 'l', 'Bye!'],
    ],
    over: { pickedUpAt: at(30) },
    exp: some({ pickup: 'pass', informed: 'fail' }),
    val: { pickup: 30, informed: 130 },
  },
  {
    // reading: the wait before pickup is approachability.pickup's alone
    name: 'the patron waits 150 s for pickup (two messages), then every answer comes quickly: pickup fails, keep_informed passes',
    lines: [
      [0, 'p', 'hi, do you have the 1925 Polk city directory for Tampa?'],
      [90, 'p', 'hello??'],
      [150, 'l', 'Hello, sorry for the wait! This is Rae at Tampa-Hillsborough County Public Library. Which street do you need?'],
      [180, 'p', '7th ave'],
      [190, 'l', 'It is digitized at digitalcollections.hcplc.org, page 412. Does that help?'],
      [220, 'p', 'yes thx'],
      [224, 'l', 'Bye!'],
    ],
    exp: some({ pickup: 'fail', informed: 'pass' }),
    val: { pickup: 150, informed: 10 },
  },

  // ---- pickup --------------------------------------------------------------------------------------------------------
  {
    name: 'pickup at 60.5 s: longer than 60 s, fails',
    lines: [[0, 'p', 'hi, are you open tomorrow?'], [60, 'l', 'Hi, this is Rae at Tampa-Hillsborough County Public Library. Which branch?', { at: atMs(60, 500) }], [90, 'p', 'main'], [96, 'l', 'Yes, 9 to 6; see hcplc.org/hours.']],
    exp: some({ pickup: 'fail' }),
    val: { pickup: 60.5 },
  },
  {
    // reading: a system auto-message is not the pickup
    name: 'a system auto-message "Thanks for waiting, a librarian will be with you shortly" at 2 s, the provider at 65 s: pickup fails',
    lines: [
      [0, 'p', 'hi, are you open tomorrow?'],
      [2, 's', 'Thanks for waiting, a librarian will be with you shortly.'],
      [65, 'l', 'Hi, this is Rae at Tampa-Hillsborough County Public Library. Which branch?'],
      [90, 'p', 'main'],
      [96, 'l', 'Yes, 9 to 6; see hcplc.org/hours.'],
    ],
    exp: some({ pickup: 'fail' }),
    val: { pickup: 65 },
  },
  {
    name: 'an internal note at 5 s, a system "joined" line at 10 s, the provider at 30 s: pickup passes (30 s)',
    lines: [
      [0, 'p', 'hi, are you open tomorrow?'],
      [5, 'i', 'mine'],
      [10, 's', 'Rae joined the chat', sys('joined')],
      [30, 'l', 'Hi, this is Rae at Tampa-Hillsborough County Public Library. Which branch?'],
      [60, 'p', 'main'],
      [66, 'l', 'Yes, 9 to 6; see hcplc.org/hours.'],
    ],
    exp: some({ pickup: 'pass' }),
    val: { pickup: 30 },
  },
  {
    name: 'pickedUpAt at 58 s, the first message at 95 s: pickup passes (58 s)',
    lines: [[0, 'p', 'hi, are you open tomorrow?'], [95, 'l', 'Hi, this is Rae at Tampa-Hillsborough County Public Library. Which branch?'], [120, 'p', 'main'], [126, 'l', 'Yes, 9 to 6; see hcplc.org/hours.']],
    over: { pickedUpAt: at(58) },
    exp: some({ pickup: 'pass' }),
    val: { pickup: 58 },
  },

  // ---- final idles ---------------------------------------------------------------------------------------------------
  {
    name: 'final idle of 179.9 s with a check-in and no notice: disconnect na',
    lines: [...ASK, FOUND(60), [180, 'l', 'Are you still there?']],
    over: { endedAt: atMs(239, 900) },
    exp: some({ idle: 'pass', disconnect: 'na' }),
    val: { idle: 179.9, disconnect: 179.9 },
  },
  {
    // reading: the goodbye counts as sent during the idle, but thanks are no check-in
    name: 'a goodbye exactly 120 s after the answer, endedAt much later: idle 120 s, check-in fails, disconnect na',
    lines: [...ASK, FOUND(60), [180, 'l', 'Thanks for contacting us, bye!']],
    over: { endAfter: 400 },
    exp: some({ idle: 'fail', disconnect: 'na', courteous: 'pass' }),
    val: { idle: 120, disconnect: 120 },
  },
  {
    name: 'a goodbye 119 s after the answer, endedAt 900 s later: both na',
    lines: [...ASK, FOUND(60), [179, 'l', 'Thank you for chatting with the library, take care!']],
    over: { endAfter: 900 },
    exp: some({ idle: 'na', disconnect: 'na' }),
    val: { idle: 119 },
  },
  {
    // reading: only a hold after the patron's last message: no final idle
    name: 'only a hold "let me check" after the patron\'s last message, then 544 s to the end: no final idle, both na',
    lines: [...ASK, [56, 'l', 'Let me check on that for you.']],
    over: { endAfter: 544 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'near miss: only "Let me know if you need the address too." after the patron\'s last message, 544 s to the end: final idle, both fail',
    lines: [...ASK, [56, 'l', 'Page 412 of the 1925 directory at digitalcollections.hcplc.org has it. Let me know if you need the address too.']],
    over: { endAfter: 544 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
    val: { idle: 544 },
  },
  {
    name: 'chat-speak hold "sec, lookin" before the answer, endedAt 125 s after the answer (194 s after the hold): check-in fails, disconnect na',
    lines: [...ASK, [56, 'l', 'sec, lookin'], FOUND(125)],
    over: { endAfter: 125 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
    val: { idle: 125 },
  },

  // ---- concurrency ---------------------------------------------------------------------------------------------------
  {
    name: 'four other sessions of the same librarian, one after another, never two at once: two open at once, concurrency passes',
    lines: [...ASK, FOUND(60), [90, 'p', 'yes thanks'], [94, 'l', 'Bye!']],
    ctx: { otherIntervals: [other('a', 'jo', -100, 20), other('b', 'jo', 20, 40), other('c', 'jo', 40, 70), other('d', 'jo', 70, 200)] },
    exp: some({ concurrency: 'pass' }),
    val: { concurrency: 2 },
  },
  {
    name: 'three other sessions all open from 50 s to 60 s: four at once, concurrency fails',
    lines: [...ASK, FOUND(60), [90, 'p', 'yes thanks'], [94, 'l', 'Bye!']],
    ctx: { otherIntervals: [other('a', 'jo', -100, 60), other('b', 'jo', 20, 61), other('c', 'jo', 50, 200)] },
    exp: some({ concurrency: 'fail' }),
    val: { concurrency: 4 },
  },
  {
    name: 'transferred at 80 s to Bo; Jo had three other sessions open before it: concurrency fails for Jo\'s part',
    lines: [
      ...ASK,
      [60, 'i', 'Bo, can you take this one? 1925 Polk directory, you know the digital collections.'],
      [66, 'l', 'Transferring you to Bo, our local history librarian, one moment.'],
      [80, 's', 'Transferred to Bo', sys('transfer', 'bo')],
      [100, 'l', 'Hi, Bo here. It is at digitalcollections.hcplc.org, page 412. Does that help?', who('Bo Lee', 'bo')],
      [130, 'p', 'yes thanks'],
      [134, 'l', 'Bye!', who('Bo Lee', 'bo')],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 70), other('b', 'jo', 10, 90), other('c', 'jo', 30, 300)] },
    exp: some({ concurrency: 'fail', transfer: 'pass' }),
    val: { concurrency: 4 },
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('eleventh round (K2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K2): timing, every check', whole);
describeSessions('eleventh round (K2): timing, short cases', short);

describe('eleventh round (K2): measured values', () => {
  const withVal = [...whole, ...short].filter((c) => c.val);
  it.each(withVal)('$name', (c) => {
    const s = score(chat(c.lines, c.over ?? {}), c.ctx);
    const keys = Object.keys(c.val!) as Key[];
    const got = Object.fromEntries(keys.map((k) => [k, s.checks.find((x) => x.id === KEYS[k])?.value]));
    expect(got).toEqual(c.val);
  });
});

describeLeft('eleventh-round-timing', LEFT);
