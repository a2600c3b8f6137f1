/**
 * Forty-second round, helper L, checked (on rubric v43): LONG RESEARCH SESSIONS at public and academic libraries. Genealogy
 * (census with spelling variants, obituaries on microfilm and in NewsBank, Ellis Island and Baltimore manifests, deeds and plat
 * atlases, Civil War pensions, WWI draft cards, Irish civil registers, homestead patents, Find a Grave, British parish registers),
 * local history (an opera house, a house on Elm Ave, a village history, yearbooks, census population), business research
 * (bakery market data, a private company, franchises, a gym's ring study, nonprofit 990s, a patent search), grant seeking
 * (a community garden, individual artists, adult scholarships), science fair and thesis research (music and plants, volcanoes,
 * the Dust Bowl, heat islands, dual-language immersion, microplastics data, 19th-century weather records). Providers clarify in
 * one to three rounds, search for minutes with and without holds ("Still digging", "Found a couple of things, looking for more",
 * "Bear with me"), give sources in pieces (URLs, database click paths, call numbers, books by title and author, DOIs), ask
 * whether each helps; patrons add questions midway; endings by follow-up promise, transfer to a subject specialist (notice,
 * internal note, system event), the patron going idle, a dismissal. All 17 checks labelled in every session before it was run
 * (the labels as first written are kept in /tmp/helperL/labels-before-run.ts).
 *
 * SHAPES TRIED:
 *  keep_informed: holds 90-117 s apart (pass); a span of exactly 120 s (hold -> the receiving provider's partial-result hold,
 *   pass); 121 s with the patron's "no rush!" inside it (fail: it does not restart the span); 150 s and 222 s after "let me
 *   check" (fail); internal notes to and from a colleague inside a 132 s span (fail: internal messages end nothing); 205 s after
 *   a partial-result hold (fail, LEFT); "Take your time looking through the results — …?" then 224 s of the patron reading
 *   (a wait on the patron, pass); a non-hold clarifying question then 80 s; holds still open when the patron leaves (not
 *   counted); the transfer notice as a hold (98 -> 170 s across the note and the event);
 *  inquiry.clarify: questions about county, birth year, spellings, grade, format, 501(c)(3) status; a restatement "So you need
 *   … — is that right?"; the only question after the first URL (fail); a clarifying question as the only substantive message;
 *  followup.completeness: "Does that look like your August?", "Is this the Giuseppe you're after?", "Is that your dad?", "Does
 *   that match what you know?", "Would that work for you?", "Is that enough to go on, or would it help if I looked at the film
 *   myself?", "Do those three work for what the teacher asked?", "does that search bring up …?" (LEFT); "Would a PDF of the page
 *   be useful?" about something not yet given (fail); never asked before the patron leaves (fail);
 *  follow-ups: "by Friday" (done 50 h, 60 h, 71 h: pass), "by tomorrow afternoon" (20 h), a phone read back and "by Wednesday"
 *   done at 80 h (on_time fail), an e-mail read back with no time (contact fail), "someone from Fairport Public Library will
 *   contact you by Wednesday" with the e-mail only in `patron.email` (contact fail, nothing recorded at +5 days: on_time fail),
 *   a promise "by Thursday afternoon" coded Answered (code fail, on_time pending at +1 day);
 *  transfers: notice + note + event to Local History and to the patent librarian (pass), notice + event, no note (fail);
 *  final idle: 260 s ended by a notice that invites back (check-in + notice pass), 176 s from the answer (not the later
 *   completeness question) to a closing goodbye (check-in applies, notice na), 270 s to a patron_left with nothing (both fail),
 *   400 s with a check-in only (notice fail, courteous fail), 240 s after a partial-result hold, idle from the answer;
 *  concurrency: four open at once (fail); three at most, with neighbours ending at this session's start and starting at its end;
 *  referrals: the county Recorder with URL, phone and address; "ring Shropshire Archives on … or email …"; "you order a copy
 *   from the National Archives online at <URL>"; "The Dunmore Historical Society keeps files …, so I'd contact them" (fail);
 *  closings: "other patrons waiting … please start a new chat anytime" (pass), "we only answer three questions per chat and you've
 *   reached the limit" (fail); codes Lost Call with two patron messages (fail), "Patron left".
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Found a couple of things, looking for more: <result>" and "<result>. I'm still looking for a good website" are holds (a
 *   partial result that says the search goes on); "Thanks for waiting. <result>" is not.
 * - The final idle starts at the first non-hold provider message after the patron's last one (the answer), not at the
 *   completeness question a few seconds later (case 14: 176 s, so the notice is na).
 * - "Does that match what you know?" / "Is this the Giuseppe you're after?" ask whether the record given meets the need (as "Is
 *   that him?").
 * - "you order a copy from the National Archives online at <URL>" refers the patron to NARA (v43's "you order it from the
 *   Division of Vital Records: online at …"), with a URL; a page of NARA's named as a page ("the National Archives'
 *   naturalization page is archives.gov/…") is a source, not a referral.
 * - "your Fairport librarians will know best … I'll pass your question to them, and someone … will contact you" tells the
 *   patron to contact no one: a follow-up by the patron's library, no referral.
 * - "Take care", "good luck …", "Have a great day!" say goodbye; "You're welcome — thanks for chatting" thanks.
 * - `ctx.now` is set past every recorded follow-up (+5 days) so a recorded follow-up is never in the scorer's future.
 *
 * COUNTS. Written: 33 whole sessions (8-20 messages, 5-15 minutes each), all 17 checks labelled before the first run. First run
 * as labelled / disagreeing: 30 / 3. Label corrections: 0. Final: 30 running, 3 LEFT (LEFT_WHY below):
 * interest.keep_informed (a bare "looking for more" after a partial result not read as a hold), followup.completeness ("does
 * that search bring up …?" not read), referral.contact ("X will know best" read as a referral though the provider passes the
 * question on). The redaction equality of describeSessions holds for every running case.
 *
 * Written on v43 as it landed, as a measurement: no scorer change was made for these cases in the round that wrote them;
 * the LEFT cases are for a next round.
 *
 * After block I's third wave (I19: "Found a couple of things, looking for more." a hold; I20: "does that search bring up the
 * kind of studies you need?"), 28 and 16 read as labelled: 32 running, 1 LEFT (12).
 *
 * FINAL RUN (`--project scoring`, this file only): 33 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, usual } from './helpers';
import { P, as, xfer, session } from './provider-lines';

const HOUR = 3600;
const DAY_S = 24 * HOUR;

/** A provider of the library answering the chat. */
const left = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue.`];

/** A session of provider `p` (provider-lines.ts `session`). */
const s = session;
/** The session's end (chat's default: the last line + 5 s). */
const endOf = (lines: Line[], after = 5) => lines[lines.length - 1]![0] + after;

const MARGO = P('margo', 'Margo', 'LPL');
const DEVON = P('devon', 'Devon', 'HCPL');
const PRIYA = P('priya', 'Priya', 'BCL');
const TOM = P('tom', 'Tom', 'RPL');
const NADIA = P('nadia', 'Nadia', 'GFL');
const WALTER = P('walter', 'Walter Kim', 'GFL');
const KEN = P('ken', 'Ken', 'APL');
const LUPE = P('lupe', 'Lupe', 'APL');
const SAM = P('sam', 'Sam', 'KUL');
const BETH = P('beth', 'Beth', 'MPL');
const MARCUS = P('marcus', 'Marcus', 'ODL');
const ANA = P('ana', 'Ana', 'HUL');
const LOU = P('lou', 'Lou', 'CCL');
const RHEA = P('rhea', 'Rhea', 'AU24');
const GUS = P('gus', 'Gus', 'LPAR');
const ILSE = P('ilse', 'Ilse', 'PHPL');
const CORA = P('cora', 'Cora', 'ELK');
const HAL = P('hal', 'Hal', 'NGC');
const VIC = P('vic', 'Vic', 'BRK');
const WES = P('wes', 'Wes', 'CRPL');
const JO = P('jo', 'Jo Smith', 'TST');
const PAT = P('pat', 'Pat', 'LVLS');
const FIONA = P('fiona', 'Fiona', 'ASHBY');
const TAM = P('tam', 'tam_r', 'OUR');
const RUTH = P('ruth', 'Ruth', 'NFPL');
const OLA = P('ola', 'Ola', 'LSU');
const NOOR = P('noor', 'Noor', 'RVPL');
const ELI = P('eli', 'Eli Brandt', 'RVPL');
const DEE = P('dee', 'Dee', 'MCL');
const IVO = P('ivo', 'Ivo', 'PVL');
const BREE = P('bree', 'Bree', 'WBPL');
const HOLLIS = P('hollis', 'Hollis', 'KVL');
const SID = P('sid', 'Sid', 'CHL');
const MAE = P('mae', 'Mae', 'DPL');
const REN = P('ren', 'Ren', 'CSU');

// ---- the lines of sessions whose end the overrides need ----------------------------------------------------

const obitLines: Line[] = [
  [0, 'p', 'Hello. I am looking for my mother\'s obituary. She passed in March 1987 in Harbor City.'],
  [40, 'l', "Hello, and I'm so sorry for your loss. I'm Devon, a librarian at Harbor City Public Library. Do you know the exact date she passed, and her full name as it would have appeared in the paper?"],
  [130, 'p', 'Margaret Anne Kowalczyk, maiden name Doyle. March 14, 1987.'],
  [138, 'l', 'Thank you. Let me check what we have for 1987.'],
  [360, 'l', "Sorry for the wait. The Harbor City Register for 1987 isn't digitized yet, so it's only on microfilm here at the Central Library (Local History, 3rd floor, film call number MF 071 HAR 1987). The obituary would most likely have run between March 15 and 20."],
  [368, 'l', 'Is that enough to go on, or would it help if I looked at the film myself?'],
  [430, 'p', "I live in Arizona now so I can't come in. Could you look?"],
  [440, 'l', "Of course. The readers are all in use right now, but I can go through those dates and e-mail you a scan of the obituary. What's the best e-mail address for you?"],
  [490, 'p', 'mkfamily1950@outlook.com'],
  [498, 'l', "Got it: mkfamily1950@outlook.com. I'll send you the scan by Friday at the latest. Is there anything else I can help with today?"],
  [540, 'p', 'No that is all. Thank you dear.'],
  [546, 'l', 'You are welcome, Mrs. Kowalczyk. Take care, and watch your inbox.'],
];

const thesisLines: Line[] = [
  [0, 'p', "Hello, I'm a master's student writing my thesis on urban heat islands and tree canopy. I'm struggling to find recent studies for mid-sized US cities."],
  [20, 'l', 'Hi, this is Ana from Halvorsen University Library research help. Happy to help!'],
  [26, 'l', "What's your department, and how recent is 'recent' — the last five years? And are you after empirical studies with temperature data, or policy papers too?"],
  [110, 'p', 'Geography. last 5-7 years. empirical mostly, land surface temperature + canopy cover'],
  [118, 'l', 'Perfect, thanks. Give me a couple of minutes to run some searches in Web of Science and GeoRef.'],
  [230, 'l', "Still working on it — Web of Science keeps giving me megacity studies, so I'm filtering those out."],
  [330, 'l', 'Here\'s a search you can rerun yourself: library.halvorsen.edu > Databases > Web of Science Core Collection > Advanced Search: TS=("urban heat island" AND ("tree canopy" OR "urban forest") AND "land surface temperature"), years 2018-2025, then Refine > Countries/Regions = USA. That gets 143 results; sort by citations.'],
  [338, 'l', "One I'd start with: Ziter et al. (2019), \"Scale-dependent interactions between tree canopy cover and impervious surfaces reduce daytime urban heat during summer\", PNAS, https://doi.org/10.1073/pnas.1817561116 — it's Madison, WI, so a mid-sized city."],
  [345, 'l', 'Is that the kind of study you are looking for?'],
  [420, 'p', 'yes exactly!! Madison is perfect. do you have anything on heat and health outcomes, like ER visits?'],
  [430, 'l', 'Let me look, one moment.'],
  [545, 'l', 'Found a couple, looking for more — PubMed is the better bet for the health side: pubmed.ncbi.nlm.nih.gov with "urban heat island"[tiab] AND "emergency department".'],
  [660, 'l', "There are a few more I'd like to read in full text before I recommend them. Would it be ok if I e-mailed you a short list?"],
  [700, 'p', "yes please, that'd be great. my email is jpark23@halvorsen.edu"],
  [708, 'l', "Got it, jpark23@halvorsen.edu. I'll send the list by tomorrow afternoon."],
  [715, 'l', 'Anything else before I let you go?'],
  [760, 'p', "no, that's everything. thank you!!"],
  [766, 'l', "You're welcome — talk soon by e-mail, and good luck with the thesis!"],
];

const pensionLines: Line[] = [
  [0, 'p', 'My ancestor fought in the Civil War, Pvt. Elias Combs, 7th Kentucky Infantry. Does the library have his pension file?'],
  [30, 'l', 'Hello, I\'m Lou, a genealogy librarian with Carver County Library. Do you know if he or his widow ever applied for a pension? And was it the Union 7th Kentucky or the Confederate one? There were both.'],
  [120, 'p', 'Union. His widow Sarah got a pension I think, she lived til 1910'],
  [128, 'l', 'OK! Let me check the indexes.'],
  [238, 'l', 'Found a couple of things, still checking: the pension index card for Elias Combs, 7th Ky. Inf., shows a widow\'s application by Sarah Combs in 1889.'],
  [340, 'l', "The index card is on Fold3, which you can use free from any of our branches (carvercountylibrary.org > eResources > Fold3) — search 'Elias Combs' in the Civil War Pension Index. The full pension file isn't digitized; you order a copy from the National Archives online at eservices.archives.gov/orderonline (choose Pension Files)."],
  [348, 'l', 'Does that help?'],
  [400, 'p', 'yes but the order is $$$. could you check if anyone has transcribed his file?'],
  [410, 'l', "Good thought. I'll check a couple of Kentucky genealogy sites and our regimental histories and e-mail you whatever I find. What e-mail should I use?"],
  [450, 'p', 'combsfamily@gmail.com'],
  [456, 'l', 'combsfamily@gmail.com, got it. Anything else for today?'],
  [490, 'p', "no thanks, that's everything"],
  [495, 'l', 'Thanks for chatting, Ms. Combs. Take care!'],
];

const draftLines: Line[] = [
  [0, 'p', "Hi, how can I find my grandpa's WWI draft card? Anton Sedlak, lived in Chicago"],
  [30, 'l', 'Hello! Jo here, librarian at Sample County Library. Do you know his birth year? That helps pick the right card.'],
  [85, 'p', '1894'],
  [92, 'l', 'Great, searching now.'],
  [200, 'l', 'Found a couple of things, looking for more: there is an Anton Sedlak, born 1894, registered with Chicago draft board 61.'],
  [300, 'l', "The card image is free on FamilySearch: familysearch.org > Search > Records > 'United States World War I Draft Registration Cards, 1917-1918', name Anton Sedlak, residence Illinois. Ancestry Library Edition has the same set inside any of our branches."],
  [306, 'l', 'Does that help?'],
  [380, 'p', 'yes perfect. does it say where he worked?'],
  [390, 'l', "It lists his employer as Western Electric Co., Hawthorne Works, Cicero — it's on the front of the card, line 10."],
  [450, 'p', "wow ok that's all i needed, thank you"],
  [456, 'l', "You're welcome! Take care."],
];

const patentLines: Line[] = [
  [0, 'p', "hi, i invented a kitchen gadget and want to check if it's already patented. can you help?"],
  [35, 'l', "Hi! I'm Noor, a librarian at Riverside Public Library. Can you describe the gadget briefly — what it does and how it works?"],
  [120, 'p', 'its a clip that holds a measuring cup level on a bag of flour so you can scrape it flat'],
  [128, 'l', "Neat idea! Our Patent and Trademark Resource Center librarian, Eli, is on chat today and he's the expert on patent searching, so I'll transfer you to him. One moment please."],
  [131, 'i', 'Eli — patron wants a prior-art search for a kitchen clip that holds a measuring cup level on a flour bag. First-timer, no patent experience.'],
  xfer(133, 'Eli Brandt', 'eli'),
  [190, 'l', 'Hello, Eli Brandt here, patent librarian at Riverside. Thanks for the description.', as(ELI)],
  [198, 'l', 'Have you done any searching yet, or is this the very first look?', as(ELI)],
  [250, 'p', 'first look'],
  [258, 'l', "OK. The free tool is USPTO Patent Public Search at ppubs.uspto.gov. Start with Basic Search and words like 'measuring cup' AND bag AND clip; then search the classification for kitchen measuring devices, G01F 19/00, which catches ones with different wording.", as(ELI)],
  [266, 'l', 'Does that make sense as a starting point?', as(ELI)],
  [330, 'p', "kind of. it's a lot. could you do a search and send me what you find?"],
  [340, 'l', "I can do an initial search and e-mail you the closest patents I find, with notes. What's your e-mail?", as(ELI)],
  [380, 'p', 'tinker.joe@protonmail.com'],
  [388, 'l', "Thanks — tinker.joe@protonmail.com. I'll have that to you by Friday. Anything else for today?", as(ELI)],
  [420, 'p', 'no thats all, thanks a ton'],
  [426, 'l', "You're welcome — thanks for chatting, and watch for my e-mail!", as(ELI)],
];

const yearbookLines: Line[] = [
  [0, 'p', 'Do you have old Central High yearbooks? Looking for 1958 and 1959'],
  [25, 'l', 'Hello, this is Dee at Morrison County Library. Are you looking for a particular person, or just browsing the books?'],
  [80, 'p', 'my dad. Robert Lindqvist, class of 59'],
  [88, 'l', 'Let me check the catalog and our digitized yearbooks.'],
  [190, 'l', 'We have the 1955–1962 Central High yearbooks in the Local History collection (call number LH 373.776 CEN). The 1959 one is also digitized: morrisonlibrary.org/yearbooks > Central High > 1959. I see a Robert Lindqvist on page 42 with the seniors.'],
  [196, 'l', 'Is that your dad?'],
  [260, 'p', 'yes! can you check the 1958 one too? the online one is missing 1958'],
  [268, 'l', "Right, 1958 isn't scanned yet. The print copy is in storage, so I'll need to get back to you — what's the best way to reach you?"],
  [320, 'p', 'call me, 320-555-0184'],
  [328, 'l', "320-555-0184, got it. I'll call you by Wednesday with what's in the 1958 book."],
  [360, 'p', 'thank you so much'],
  [366, 'l', "You're very welcome! Anything else?"],
  [400, 'p', "nope that's all"],
  [405, 'l', 'Have a great day!'],
];

const weatherLines: Line[] = [
  [0, 'p', "Hi I'm a PhD student looking for historical weather records for Vermont 1870-1900 for my dissertation, daily if possible"],
  [45, 'l', "Hello! I'm Ren, a research librarian at Champlain State University Library. Do you need a particular station or town, and in what format — scanned originals or digitized tables?"],
  [130, 'p', 'Burlington ideally. digitized tables would be amazing but scans ok'],
  [138, 'l', 'OK, let me check NOAA and our special collections. This could take a few minutes.'],
  [250, 'l', "Still digging. NOAA's site is slow today."],
  [345, 'l', "Found a couple of things, looking for more: NOAA's Climate Data Online has Burlington daily records back to 1884: ncei.noaa.gov/cdo-web > Search Tool > Daily Summaries, station 'BURLINGTON INTERNATIONAL AIRPORT, VT US'."],
  [455, 'l', "For 1870–1884 the U.S. Army Signal Service kept the observations; the scans are in NOAA's Central Library imaging project at library.noaa.gov (Climate Data Imaging > U.S. Signal Service). They're page images, not tables."],
  [462, 'l', 'Does that cover the years you need?'],
  [540, 'p', "yes mostly. our library's special collections might have a local diary too?"],
  [550, 'l', "Good thought — there's a Burlington observer's diary in our catalog, but I have to check with Special Collections whether it's been digitized. I'll send you the rest by Friday. What's your email?"],
  [600, 'p', 'mkowal@champlain.edu'],
  [606, 'l', 'Thanks, mkowal@champlain.edu it is. Anything else?'],
  [640, 'p', "that's it for now, thanks Ren"],
  [645, 'l', 'Thanks for stopping by, good luck with the dissertation!'],
];

export const research: SessionCase[] = [
  // 1 census, two spellings, holds every 90-115 s, partial results; naturalization added midway; "thats all I needed"
  s(MARGO, '1 census 1900/1910 (Reinholt/Reinhold): holds 96-115 s apart, HeritageQuest click path, FamilySearch, naturalization added', [
    [0, 'p', "hi, I'm trying to find my great grandfather in the census. his name was August Reinholt and he lived in Ohio around 1900-1910"],
    [28, 'l', 'Good morning! This is Margo, a reference librarian at Linden Public Library. Happy to help with the census search.'],
    [35, 'l', "Do you know which county in Ohio, and roughly when he was born? Also — any other spellings of Reinholt you've seen in family papers?"],
    [95, 'p', 'Stark county i think. born 1871 in Germany. my aunt spells it Reinhold sometimes'],
    [104, 'l', 'Great, that helps. Give me a few minutes to run both spellings through the census indexes.'],
    [200, 'l', "Still digging — HeritageQuest's index is slow this morning."],
    [290, 'l', 'Found a couple of things, looking for more. In 1900 there is an August Reinhold, age 28, in Canton, Stark County, born Germany, immigrated 1889.'],
    [380, 'l', "Here's how to get to it yourself: lindenlibrary.org > Research > Databases A-Z > HeritageQuest Online, choose Census, and search surname Reinhold, state Ohio, year 1900. You'll need your library card number from home. It's sheet 7A, Canton Ward 3."],
    [388, 'l', 'Does that look like your August?'],
    [450, 'p', 'YES thats him!! wife Louisa, thats my great great grandma. what about 1910'],
    [458, 'l', 'One sec, checking 1910.'],
    [560, 'l', "1910 is trickier — I can't find him under either spelling in Stark County yet. Still looking in neighbouring Summit County."],
    [660, 'l', 'Got it: 1910, August Reinholt, Akron Ward 5, Summit County, with Louisa and three children. Same database, year 1910, state Ohio, county Summit. FamilySearch has it free too at familysearch.org (free account) if you want a second image.'],
    [668, 'l', 'Did that help?'],
    [720, 'p', 'this is amazing. one more thing, he became a citizen at some point, where would those papers be'],
    [730, 'l', 'Good question — let me look at where Ohio naturalization records for that period ended up.'],
    [845, 'l', "Before 1906 naturalizations went through the county courts, so for Stark County it's the Probate Court's records; many are digitized on FamilySearch (search 'Ohio, County Naturalization Records'). For after 1906, the National Archives' naturalization page is archives.gov/research/naturalization."],
    [852, 'l', 'Is that what you needed for the citizenship part?'],
    [905, 'p', 'yes. thats all I needed for today, thank you so much Margo'],
    [912, 'l', "You're very welcome — good luck with the family tree, and come back anytime!"],
  ], usual()),

  // 2 obituary: a 222 s silent search after a hold; microfilm call number; scan promised by Friday, e-mail read back; done at 50 h
  s(DEVON, '2 obituary 1987 on microfilm: 222 s after "Let me check", scan by e-mail "by Friday", read back, done in 50 h', obitLines,
    usual({ informed: 'fail', contact: 'pass', onTime: 'pass' }),
    { ...FU_ME, patron: { name: null, email: 'mkfamily1950@outlook.com', phone: null }, followUps: [{ doneAt: at(endOf(obitLines) + 50 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),

  // 3 ship manifest; partial-result holds; patron goes quiet; check-in at +150, notice that invites back at +260
  s(PRIYA, '3 Ellis Island manifest (Ferraro, Lombardia 1904): holds ~105 s apart, "Is this the Giuseppe…?", patron idle, check-in + notice', [
    [0, 'p', 'looking for the ship my great grandpa came over on. Giuseppe Ferraro from Naples, early 1900s'],
    [20, 'p', 'to New York i think'],
    [45, 'l', "Hi! Priya here, a librarian with Bellmont County Library's Ask a Librarian. Let's see if we can find his arrival."],
    [52, 'l', 'Do you have a rough year, or his age when he came? And do you know if he came alone or with family?'],
    [140, 'p', 'he was born 1884, came alone i think, maybe 1903 or 1904'],
    [150, 'l', "Thanks! I'll search the Ellis Island passenger records, hang on a few minutes."],
    [255, 'l', 'Still searching — lots of Giuseppe Ferraros, sorting by age now.'],
    [360, 'l', 'Found a couple of things, looking for more: a Giuseppe Ferraro, 19, from Caserta (near Naples) on the SS Lombardia, arriving April 1904.'],
    [470, 'l', "OK, here's where you can see the manifest itself: heritage.statueofliberty.org — click Passenger Search, type Ferraro, Giuseppe, set arrival year 1904 and birth year 1884 +/- 2. The Lombardia record is the second result; 'View Ship Manifest' shows the page with his line (line 14)."],
    [478, 'l', "Is this the Giuseppe you're after?"],
    [560, 'p', 'omg maybe. it says going to join brother in law in hoboken?? i didnt know about that'],
    [570, 'l', "That's a great clue for the next step. To trace the brother-in-law, the 1905 New Jersey state census on FamilySearch (familysearch.org > Search > Records > New Jersey State Census 1905) lists Hoboken households. Is there anything else you'd like to look into?"],
    [720, 'l', 'Are you still with me?'],
    [830, 'l', "I haven't heard from you in a bit, so it looks like we've been disconnected. I'll end this chat now, but please feel free to start a new one anytime. Thanks for using Ask a Librarian!"],
  ], usual({ idle: 'pass', disconnect: 'pass' })),

  // 4 land records: Recorder by URL, phone and address; the 1891 county atlas added midway
  s(TOM, "4 1890s deed: county Recorder with URL, phone and street address; plat atlas call number + ohiomemory; \"no that's it\"", [
    [0, 'p', "Hi. Where would I find the deed for my great-grandparents farm? They bought land in Franklin Township in the 1890s."],
    [25, 'l', "Hi, you've reached Ridgeway Public Library's chat — I'm Tom. Which county is that Franklin Township in? There are several in the state."],
    [80, 'p', 'Warren County'],
    [90, 'l', 'Thanks. And do you know their names and about when they bought it?'],
    [130, 'p', 'Henry and Clara Voss, maybe 1893'],
    [138, 'l', 'Let me look at what Warren County has online for deeds that old.'],
    [240, 'l', "Old deeds are kept by the county recorder, not the library. The Warren County Recorder's office has an index search at warrencountyrecorder.example.gov, but books before 1950 usually aren't online, so you'd contact them to order a copy: 513-555-0172, or stop by 406 Justice Drive, Lebanon."],
    [246, 'l', 'Does that give you what you need to get started?'],
    [300, 'p', 'yes ok. also do you have any old maps that show who owned what land?'],
    [310, 'l', 'We do! Checking the catalog, one moment.'],
    [400, 'l', "Our Local History Room has the 1891 Atlas of Warren County, call number R 912.77173 ATL, with township plat maps showing owners' names. It's reference-only, but it's also scanned on Ohio Memory: ohiomemory.org, search \"Warren County atlas 1891\"."],
    [408, 'l', 'Would that work for you?'],
    [470, 'p', 'perfect thank you'],
    [476, 'l', 'Anything else I can help with?'],
    [520, 'p', "no that's it"],
    [525, 'l', 'Thanks for chatting with Ridgeway Public Library — good luck with the search!'],
  ], usual({ referral: 'pass' })),

  // 5 local history: transfer to the local history librarian (notice + note + event); his holds 72 / 120 / 110 / 112 s
  s(NADIA, '5 opera house history for a newsletter: transfer to Local History (notice, note, event), spans up to exactly 120 s, directories', [
    [0, 'p', "Hello, I'm writing a piece for our neighborhood newsletter about the old Majestic Opera House on Main St. When was it built and what happened to it?"],
    [32, 'l', 'Hi there, this is Nadia at the Greenfield Library Ask Us service. Fun project! Is this for print, and do you need photos too, or just the history?'],
    [90, 'p', 'print, and photos would be great if we can use them'],
    [98, 'l', "Our local history librarian, Walter, keeps the building files and the photo collection, so he'll be the best person for this. I'm going to transfer you to him now — just a moment."],
    [104, 'i', 'Patron writing a newsletter piece on the Majestic Opera House (Main St): build date, what happened, photos usable in print. Over to you, Walter.'],
    xfer(106, 'Walter Kim', 'walter'),
    [170, 'l', "Hello! Walter Kim, Local History at Greenfield Library. I've got your question about the Majestic — let me pull the building file.", as(WALTER)],
    [290, 'l', "Here's what I have so far, and I'm still checking the photo index: the Majestic opened in 1889 and burned in 1931. The Greenfield Recorder covered both, and our digitized run is at greenfieldlibrary.org/recorder (Browse by date > 1889 > October).", as(WALTER)],
    [400, 'l', "Photos: there are four in our Digital Collections at greenfieldlibrary.org/digital — search 'Majestic Opera House'. Two are public domain (pre-1929) and fine for print with a credit line; the other two were donated with restrictions, so I'd stick to the first two.", as(WALTER)],
    [406, 'l', 'Does that cover what you need for the article?', as(WALTER)],
    [470, 'p', "That's wonderful. Do you know what was built on the site after the fire?"],
    [478, 'l', 'Let me check the city directories.', as(WALTER)],
    [590, 'l', "The 1935 city directory lists a Woolworth's at 212 Main, the Majestic's old address. The directories are on Ancestry Library Edition in the library, or in print in the Local History Room (call number R 917.4423 GRE).", as(WALTER)],
    [596, 'l', 'Is that what you were looking for?', as(WALTER)],
    [650, 'p', "Yes! That's everything, thank you both."],
    [656, 'l', 'My pleasure. Thanks for reaching out, and good luck with the newsletter!', as(WALTER)],
  ], usual({ transfer: 'pass' })),

  // 6 business: bakery market data; transfer notice + event but no internal note
  s(KEN, '6 bakery business plan: transfer to the business librarian with a notice but no internal note; Data Axle + SimplyAnalytics paths', [
    [0, 'p', "hey i'm writing a business plan for a bakery and need market data for my area. where do i even start"],
    [50, 'l', 'Hello! Ken with Ashford Public Library here. What area are you planning to open in, and what parts of the plan are you working on — customers, competitors, industry numbers?'],
    [140, 'p', 'east ashford, near the college. mostly i need how many bakeries are around and how much people spend on baked goods'],
    [150, 'l', "Our business librarian can walk you through the databases better than I can, so I'm transferring you to her now. One moment!"],
    xfer(153, 'Lupe', 'lupe'),
    [200, 'l', "Hi, I'm Lupe, the business librarian at Ashford. Let me take a look at the databases for your area.", as(LUPE)],
    [310, 'l', "OK, two places to start. For competitors: Data Axle Reference Solutions — from ashfordlibrary.org go to Research > Business > Data Axle, choose U.S. Businesses, Advanced Search, SIC code 5461 (Retail Bakeries), ZIP 44004. For spending: SimplyAnalytics (same Business page) under Consumer Expenditure > Food at home > Bakery products.", as(LUPE)],
    [318, 'l', 'Does that help, or would a worked example be better?', as(LUPE)],
    [400, 'p', 'this helps a lot. can i export the data axle list?'],
    [410, 'l', 'Yes — tick the records, click Download, and choose CSV. You can export up to 250 at a time.', as(LUPE)],
    [470, 'p', 'perfect. thats all i need'],
    [476, 'l', 'Great! Best of luck with the bakery — thanks for chatting.', as(LUPE)],
  ], usual({ transfer: 'fail' })),

  // 7 business: private company; 150 s after the hold; RMA ratios added
  s(SAM, '7 private company financials for a case study: 150 s after "let me check a couple of databases", Mergent, RMA', [
    [0, 'p', 'Hi I need financial info on a private company called Brightwell Packaging for a case study'],
    [18, 'l', "Hi, I'm Sam, a business librarian at Kessler University Libraries. Is this for a class? And do you need revenue figures, competitors, or something else?"],
    [70, 'p', 'MGMT 410, we need revenue, number of employees and main competitors'],
    [78, 'l', "Private companies are tricky since they don't file with the SEC, but let me check a couple of databases."],
    [228, 'l', 'Brightwell shows up in Mergent Intellect with an estimated revenue of $84M and 310 employees: from library.kessler.edu choose Databases > M > Mergent Intellect, search the company name, then open the Competitors tab. The figures are modeled, so cite them as estimates.'],
    [236, 'l', 'Does that give you enough for the case?'],
    [300, 'p', 'yes! our prof also wants industry ratios, is there somewhere for that?'],
    [310, 'l', 'Yes, RMA eStatement Studies: same Databases list > R > RMA eStatement Studies, search NAICS 322220.'],
    [380, 'p', 'yep got it'],
    [385, 'l', 'Anything else I can help you with today?'],
    [420, 'p', 'nope thanks!'],
    [425, 'l', 'Thanks for stopping by, and good luck on the case study!'],
  ], usual({ informed: 'fail' })),

  // 8 grants: list promised "by Thursday afternoon" to an e-mail read back, but coded Answered; nothing recorded yet (now = +1 day)
  s(BETH, '8 community garden grants: Foundation Directory Online in-library, list promised by Thursday, e-mail read back, coded Answered', [
    [0, 'p', "Good afternoon. I volunteer with a small nonprofit that runs a community garden. We're looking for grants. Can you help?"],
    [55, 'l', "Good afternoon! I'm Beth, a reference librarian at Millerton Public Library. Glad to help."],
    [62, 'l', 'Are you a registered 501(c)(3), and about how much funding are you hoping for? Also, what would the money be for — supplies, staff, land?'],
    [170, 'p', 'Yes we are a 501c3. Around $5,000 for raised beds and a tool shed.'],
    [178, 'l', 'Thanks. Let me pull some starting points; this may take a few minutes.'],
    [290, 'l', 'Still digging — found a couple of likely funders, checking their deadlines.'],
    [395, 'l', "Here's the main tool: Candid's Foundation Directory Online. It's free on our public computers (not from home): from millertonlibrary.org go to Research > Grants & Nonprofits > Foundation Directory Online. Search 'community gardens' with the geographic focus set to your county."],
    [402, 'l', 'Does that look like a good start?'],
    [460, 'p', "Yes. Could you maybe make a list of local foundations for us? I'm not great with databases."],
    [470, 'l', "Sure, I can put a list together for you. What's a good e-mail address to send it to?"],
    [520, 'p', 'gardens@millertoncommunity.org'],
    [528, 'l', "Thanks — that's gardens@millertoncommunity.org. I'll send the list by Thursday afternoon. Anything else in the meantime?"],
    [575, 'p', "No that's all. Thank you so much!"],
    [580, 'l', 'Thank you for contacting us, and good luck with the garden!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 9 science fair: book with call number + "still looking" hold, Science Buddies, a DOI; "thats all i needed"
  s(MARCUS, '9 science fair (music and plant growth): book by title/author + call number as a partial hold, website, DOI, "thats all i needed"', [
    [0, 'p', 'hi my son has a science fair project on whether music helps plants grow. we need sources lol'],
    [35, 'l', 'Hi! This is Marcus at Oakdale Public Library. Fun topic! What grade is he in, and does his teacher want books, websites, or both?'],
    [100, 'p', '6th grade. teacher says 3 sources, at least one book'],
    [108, 'l', "Got it. Let me check our catalog and a couple of kid-friendly sites."],
    [200, 'l', "The book 'Plant Experiments' by Vicki Cobb is at our Main branch, call number J 581.078 COB, on the shelf right now. I'm still looking for a good website for him."],
    [300, 'l', "Science Buddies has a project page that matches his idea: sciencebuddies.org, search 'music plant growth'. It explains how to set up a fair test."],
    [306, 'l', "And for the third source, if he wants a real study: Chowdhury & Gupta (2015), 'Effect of music on plants – an overview', doi.org/10.5958/2229-4473.2015.00009.6."],
    [312, 'l', 'Do those three work for what the teacher asked?'],
    [380, 'p', 'yes!! thats all i needed thx so much'],
    [386, 'l', 'Yay! Good luck at the fair — thanks for chatting with Oakdale Library.'],
  ], usual()),

  // 10 thesis: WoS search string, DOI, PubMed partial hold; list promised "by tomorrow afternoon"; done at 20 h
  s(ANA, '10 thesis on urban heat islands: WoS string, DOI, PubMed partial hold, list by e-mail "by tomorrow afternoon", done in 20 h', thesisLines,
    usual({ contact: 'pass', onTime: 'pass' }),
    { ...FU_ME, patron: { name: null, email: 'jpark23@halvorsen.edu', phone: null }, followUps: [{ doneAt: at(endOf(thesisLines) + 20 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),

  // 11 Civil War pension: NARA order page (referral with URL); e-mail read back, no time said; done at 30 h
  s(LOU, '11 Civil War pension file: Fold3 path, "you order a copy from the National Archives online at …", e-mail read back but no time', pensionLines,
    usual({ referral: 'pass', contact: 'fail', onTime: 'pass' }),
    { ...FU_ME, patron: { name: null, email: 'combsfamily@gmail.com', phone: null }, followUps: [{ doneAt: at(endOf(pensionLines) + 30 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),

  // 12 house history (statewide backup): "someone from Fairport Public Library will contact you by Wednesday"; e-mail only in the patron fields; nothing recorded at +5 days
  s(RHEA, '12 house history, statewide backup: passed to the home library "by Wednesday", e-mail never in the chat, not done at +5 days', [
    [0, 'p', 'hi, i want to learn the history of my house, built around 1920 on Elm Ave in Fairport. who lived there?'],
    [25, 'l', "Hi there! I'm Rhea, a librarian with the statewide Ask Us 24/7 service. I'm at a different library, but I'll see what I can find. What's the house number, and do you know the original owner or builder?"],
    [90, 'p', '418 elm. no idea who built it'],
    [98, 'l', 'Thanks. Let me try the census and city directories.'],
    [205, 'l', "The 1930 census on FamilySearch (familysearch.org > Search > Records, place Fairport, year 1930) can be browsed by street — there's a household at 418 Elm Avenue headed by Walter Brandt, a machinist. That's one owner or renter, at least."],
    [212, 'l', 'Is that helpful so far?'],
    [270, 'p', 'yes cool! but what about the deed or building permit? and old photos'],
    [280, 'l', "Those are local things your Fairport librarians will know best — they have the city directories and the historical photo file. I'll pass your question to them, and someone from Fairport Public Library will contact you by Wednesday."],
    [300, 'p', 'ok great thanks'],
    [306, 'l', 'Anything else I can help with tonight?'],
    [340, 'p', 'nope'],
    [345, 'l', 'Thanks for using Ask Us 24/7, have a great evening!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'elmave418@yahoo.com', phone: null } }, { now: Date.parse(at(5 * DAY_S)) }),

  // 13 burial place: answer + "Is that your grandfather?", then the patron leaves; no check-in, no notice, no goodbye
  s(GUS, '13 burial place on Find a Grave, "Is that your grandfather?", patron leaves 4 min later: no check-in, no notice, no goodbye', [
    [0, 'p', 'where can i find where my grandfather is buried. Frank Delacroix d. 1962 in Lafayette'],
    [30, 'l', "Hi, Gus here with the Lafayette Parish Library's Ask a Librarian. Do you know if he was Catholic? Many families there used the Catholic cemeteries, which helps narrow it down."],
    [100, 'p', 'yes catholic'],
    [108, 'l', 'Checking a couple of cemetery indexes now.'],
    [215, 'l', "Find a Grave has a Frank J. Delacroix, 1891–1962, in St. John Cathedral Cemetery, Lafayette: findagrave.com, search the name with death year 1962. There's a photo of the headstone."],
    [222, 'l', 'Is that your grandfather?'],
    left(480),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 14 Dust Bowl primary sources; final idle from the answer (180) to the goodbye (356) = 176 s: check-in applies, notice does not
  s(ILSE, '14 Dust Bowl primary sources: idle 176 s from the answer to a goodbye that closes, check-in at 125 s after it', [
    [0, 'p', 'i need primary sources about the dust bowl for a history paper'],
    [22, 'l', 'Hey! This is Ilse, a librarian at Pine Hollow Public Library. How long is the paper, and does your teacher want a certain kind of primary source — letters, photos, newspapers?'],
    [75, 'p', 'like 5 pages. any kind but needs 2'],
    [83, 'l', 'Let me grab a couple of good ones.'],
    [180, 'l', "Library of Congress has a big set: loc.gov, search 'Dust Bowl migration' and filter to Photos, including the Farm Security Administration photos by Dorothea Lange. The book 'The Worst Hard Time' by Timothy Egan (973.917 EGA) quotes lots of diaries, but it's secondary, so cite the diaries through it carefully."],
    [186, 'l', 'Do those work for the paper?'],
    [311, 'l', 'Are you still there?'],
    [356, 'l', "I'll close this chat for now since I haven't heard back — thanks for using Ask a Librarian, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 Irish civil birth registers: "no rush!" inside a hold span that lasts 121 s
  s(CORA, '15 Mayo baptism: patron\'s "no rush!" inside a 121 s hold span, irishgenealogy.ie, NLI registers, "that\'s all"', [
    [0, 'p', 'Hi! Looking for baptism records for my great-grandmother, Bridget Nolan, born around 1868 in County Mayo, Ireland.'],
    [40, 'l', "Hi! I'm Cora, a librarian at Eastlake Library. Do you know her parish or townland, or her parents' names?"],
    [130, 'p', 'parents were Patrick Nolan and Mary Walsh. no idea on parish'],
    [138, 'l', 'Okay, let me search the Irish civil and church indexes. Bear with me.'],
    [230, 'p', 'no rush!'],
    [259, 'l', 'Still at it — civil birth registration in Ireland started in 1864, so she should be in it.'],
    [360, 'l', 'Here we go: irishgenealogy.ie has the civil birth registers free. Choose Civil Records, search Bridget Nolan, 1866–1870, Mayo. There is a Bridget Nolan born 2 Feb 1868, registration district Castlebar, parents Patrick Nolan and Mary Walsh, with the register page linked on the record.'],
    [366, 'l', 'Does that match what you know?'],
    [430, 'p', "YES!!! that's her. amazing. are the church records online too?"],
    [438, 'l', "Many are: the National Library of Ireland's Catholic parish registers are at registers.nli.ie — pick the diocese of Tuam, then the parish. They're images only, no index, so it takes some scrolling."],
    [444, 'l', "Would you like me to work out which parish covered Castlebar's registrations?"],
    [500, 'p', "no thats ok i can dig. thanks so much, that's all"],
    [506, 'l', "You're welcome — enjoy the hunt! Thanks for using Ask a Librarian."],
  ], usual({ informed: 'fail' })),

  // 16 senior thesis: restatement, ERIC string, "Take your time…" (no hold), patron reads for 224 s
  s(HAL, '16 senior thesis on dual-language immersion: restated need, ERIC search string, "Take your time…", patron back after 224 s', [
    [0, 'p', "hi. i'm doing my senior thesis on dual-language immersion programs and reading scores in elementary school. i have like 4 sources and need 15"],
    [26, 'l', "Hi, I'm Hal, the Education librarian at Northgate College Library. So you need peer-reviewed studies on dual-language immersion and reading achievement in the elementary grades — is that right?"],
    [80, 'p', 'yes, US only if possible'],
    [88, 'l', 'Let me run that in ERIC.'],
    [190, 'l', 'ERIC is your best bet: library.northgate.edu > Databases > ERIC (EBSCO). Try ("dual language" OR "two-way immersion") AND (reading OR literacy) AND elementary, limit to Peer Reviewed, 2010–2025, and Geography = United States. I get 212 results.'],
    [196, 'l', 'Take your time looking through the results — does that search bring up the kind of studies you need?'],
    [420, 'p', "sorry was reading. yes these are good. how do i get the full text when it says 'find it'?"],
    [430, 'l', "Click 'Find It @ Northgate' and it either opens the PDF or offers an interlibrary loan form; ILL usually takes 2-3 days."],
    [490, 'p', 'ok cool. thats all i needed'],
    [495, 'l', 'Great, good luck with the thesis! Thanks for using chat.'],
  ], usual()),

  // 17 franchise research: the FTC guide first, the question after it
  s(VIC, '17 franchise costs: FTC guide URL in the first reply, "Which kind of franchise…?" only after it, Gale Business: Insights', [
    [0, 'p', "I'm thinking of buying a franchise. Where can I find info about franchise costs and how they do?"],
    [30, 'l', "Hi, this is Vic at Brookfield Public Library. A good place to start is the FTC's guide, ftc.gov/business-guidance/resources/consumers-guide-buying-franchise, and every franchisor has to give you a Franchise Disclosure Document (FDD) with the costs in Item 7."],
    [38, 'l', 'Which kind of franchise are you looking at?'],
    [100, 'p', 'fast food, maybe a sandwich place'],
    [108, 'l', "Let me see what's in our business databases for that."],
    [220, 'l', "Try Gale Business: Insights (brookfieldlib.org > Research > Business). Search 'sandwich franchise' for industry reports; Franchise Times' Top 400 list is in there too."],
    [226, 'l', 'Does this help with your research?'],
    [290, 'p', 'yes thank you thats everything'],
    [296, 'l', 'Thanks for chatting — good luck!'],
  ], usual({ clarify: 'fail' })),

  // 18 obituary in NewsBank: "Would a PDF of the page be useful?" is about something not given; never asked after
  s(WES, '18 2003 obituary in NewsBank: only "Would a PDF of the page be useful?" (not given yet), "ok got it. thanks", "bye"', [
    [0, 'p', 'Can you find an obit for Harold Finch who died in 2003 in Cedar Rapids?'],
    [35, 'l', 'Hello, Wes at the Cedar Rapids Public Library. Do you know roughly what month?'],
    [80, 'p', 'october i think'],
    [88, 'l', 'Checking our newspaper database.'],
    [200, 'l', "The Gazette's 2003 obituaries are in NewsBank (crlibrary.org > Research > Newspapers > Access World News). There's an obituary for Harold W. Finch, Oct 19, 2003, page B6."],
    [206, 'l', 'Would a PDF of the page be useful?'],
    [260, 'p', 'yes please'],
    [270, 'l', "I can't attach files in chat, but if you log in with your library card and click 'Page View', you can download it there."],
    [330, 'p', 'ok got it. thanks'],
    [335, 'l', "You're welcome, bye!"],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 19 town population: four sessions of Jo's open at once (120-350 s)
  s(JO, '19 village population 1880/1900 from the census volumes: Jo has three other chats open at 200-350 s (four at once)', [
    [0, 'p', 'what was the population of Millbrook in 1880 and 1900'],
    [45, 'l', "Hi, I'm Jo at Sample County Library. Millbrook the village or the township? The census counted them separately."],
    [110, 'p', 'the village'],
    [118, 'l', 'One moment while I look at the census volumes.'],
    [230, 'l', 'The 1880 and 1900 population volumes are online at census.gov/library/publications: in the 1900 volume 1, table 5, Millbrook village had 1,214 people; in 1880 (volume 1, table III) it had 862.'],
    [236, 'l', 'Is that what you needed?'],
    [290, 'p', 'yes, thanks, thats all'],
    [296, 'l', 'Thanks for asking Sample County Library!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('a', 'jo', -300, 500), other('b', 'jo', 100, 900), other('c', 'jo', 200, 350)] }),

  // 20 draft card: never more than three at once; a session ending as this starts and one starting as it ends
  s(JO, '20 WWI draft card (Sedlak): three at most at once, neighbours ending at its start and starting at its end', draftLines,
    usual(), {}, {
      otherIntervals: [
        other('d', 'jo', -600, 0), other('e', 'jo', 50, 300), other('f', 'jo', 200, 900), other('g', 'jo', 310, 600),
        other('h', 'jo', endOf(draftLines), endOf(draftLines) + 600),
      ],
    }),

  // 21 village history: county history on archive.org; "The Dunmore Historical Society … so I'd contact them" with no contact
  s(PAT, '21 Dunmore village history: 1885 county history (archive.org, call number), "I\'d contact" the historical society with no contact', [
    [0, 'p', 'Is there any history written about the village of Dunmore? My family farmed there in the 1800s'],
    [28, 'l', "Hi! I'm Pat with the Ask a Librarian service at Lakeview Library System. Are you looking for a published history of the village, or information about your family in particular?"],
    [90, 'p', 'both if possible. family name was Eberly'],
    [98, 'l', 'Okay, give me a few minutes.'],
    [210, 'l', 'Still searching — found a county history, checking it for Eberlys.'],
    [315, 'l', "The 1885 'History of Lake County' has a Dunmore chapter with a biography of Jacob Eberly on p. 412. It's free full-text at archive.org (search 'History of Lake County 1885'), and we have a reprint at the Main Library, call number 977.2 HIS."],
    [322, 'l', 'Does that help?'],
    [390, 'p', 'yes. is there anything more on the family?'],
    [400, 'l', "Not in our catalog, I'm afraid. The Dunmore Historical Society keeps files on the old farm families, so I'd contact them."],
    [460, 'p', 'ok'],
    [466, 'l', 'Anything else I can help with?'],
    [500, 'p', 'no, thanks'],
    [505, 'l', 'Thanks for chatting with us — good luck!'],
  ], usual({ referral: 'fail' })),

  // 22 British: 95 s in the queue; Findmypast path; "ring Shropshire Archives on … or email …"
  s(FIONA, '22 Shropshire parish registers (British): picked up at 95 s, Findmypast path, ring/email Shropshire Archives, "That\'s everything"', [
    [0, 'p', "Hello, I'm trying to trace my gran's family in Shropshire, she was born 1921. Where do I start with parish registers?"],
    queue(10, 2),
    [95, 'l', "Good afternoon, you're through to Fiona at Ashby Libraries' Ask a Librarian. Sorry for the wait!"],
    [102, 'l', "Do you know the parish or town she was born in, and her parents' names? Parish registers are kept parish by parish, so that's the key."],
    [190, 'p', 'Ludlow I think. Father was Albert Price'],
    [198, 'l', 'Lovely, let me have a look.'],
    [305, 'l', "Right: Ludlow St Laurence baptisms up to 1921 are indexed on Findmypast, which is free in our libraries (ashbylibraries.gov.uk > Online Resources > Findmypast) — search Price, born 1921, Shropshire. If her baptism isn't indexed, ring Shropshire Archives on 01743 255350 or email research@shropshirearchives.org.uk and they'll check the register."],
    [312, 'l', 'Does that point you in the right direction?'],
    [380, 'p', "Brilliant, yes. Cheers. That's everything for now"],
    [386, 'l', "You're welcome — all the best with the research, and thanks for getting in touch."],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 23 science fair (kid): "Hi there!" and a second question, no one named in the first two provider messages
  s(TAM, '23 volcano poster (5th grade): no name, library or service in the first two provider messages; Britannica School + a book', [
    [0, 'p', 'hi i need info on how volcanos erupt for science fair'],
    [20, 'l', 'Hi there! What grade are you in?'],
    [50, 'p', '5th'],
    [56, 'l', 'Cool. Is your project a model volcano, or a poster/report?'],
    [90, 'p', 'poster'],
    [96, 'l', "One sec, checking our kids' databases."],
    [190, 'l', "Try Britannica School (ourlibrary.org > Kids > Britannica School, choose Elementary, search 'volcano'). The 'How volcanoes erupt' article has diagrams you can print. And the book 'Volcanoes' by Seymour Simon, J 551.21 SIM, is at every branch."],
    [196, 'l', 'Does that help?'],
    [240, 'p', 'ya'],
    [245, 'l', 'Anything else?'],
    [270, 'p', 'no bye'],
    [274, 'l', 'Bye! Good luck at the fair!'],
  ], usual({ greeting: 'fail' })),

  // 24 artist grants: patron leaves after two messages, coded Lost Call; only a clarifying question; check-in + notice
  s(RUTH, '24 artist grants: two patron messages, a clarifying question, patron leaves; check-in and notice; coded Lost Call', [
    [0, 'p', 'hi are there grants for individual artists? im a painter'],
    [25, 'p', 'in minnesota'],
    [50, 'l', "Hello, I'm Ruth, a librarian at Northfield Public Library. Are you looking for project grants, fellowships, or emergency funds?"],
    left(55),
    [200, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you've been disconnected. I'm closing this chat now, but please feel free to come back anytime."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 25 microplastics data: internal notes to a colleague inside a 132 s span; "that's everything I needed"
  s(OLA, '25 Great Lakes microplastics data: internal notes to a colleague inside a 132 s span, EDI repository, methods review DOI', [
    [0, 'p', 'Hi, I need data on microplastic concentrations in Great Lakes surface water for my thesis methods chapter'],
    [30, 'l', "Hi! I'm Ola, science librarian at Lakeshore State University Libraries. Are you after published datasets you can reuse, or papers that report concentrations?"],
    [100, 'p', 'datasets ideally, papers are ok too'],
    [108, 'l', 'Let me check a few repositories — this may take a bit.'],
    [170, 'i', 'Dan, is the Great Lakes trawl microplastics data public anywhere? pt needs surface water concentrations'],
    [215, 'i', 'Dan: yes, EDI has it', { author: 'Dan', authorId: 'dan' }],
    [240, 'l', "Thanks for waiting. The Environmental Data Initiative repository has several Great Lakes surface-water microplastic datasets: portal.edirepository.org, search 'microplastic Great Lakes'. Each dataset page has a DOI to cite."],
    [248, 'l', 'Is that the kind of dataset you need?'],
    [310, 'p', 'yes this is great. also is there a review article I can cite for methods?'],
    [318, 'l', 'Searching Web of Science for a review.'],
    [420, 'l', "Try Hidalgo-Ruz et al. (2012), 'Microplastics in the marine environment: a review of the methods used for identification and quantification', Environmental Science & Technology, doi:10.1021/es2031505 — it's the standard methods citation."],
    [480, 'p', "perfect, that's everything I needed. thanks!"],
    [486, 'l', 'Glad to help! Good luck with the chapter.'],
  ], usual({ informed: 'fail' })),

  // 26 patent search: transfer to the PTRC librarian (notice, note, event); he promises results by Friday; done at 60 h
  s(NOOR, '26 prior-art search: transfer to the patent librarian (notice, note, event), results by e-mail "by Friday", read back, done in 60 h', patentLines,
    usual({ transfer: 'pass', contact: 'pass', onTime: 'pass' }),
    { ...FU_ME, patron: { name: null, email: 'tinker.joe@protonmail.com', phone: null }, followUps: [{ doneAt: at(endOf(patentLines) + 60 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),

  // 27 yearbooks: a call promised "by Wednesday" to a phone read back; done at 80 h (late)
  s(DEE, '27 1958/1959 yearbooks: digitized 1959, a call "by Wednesday" to a phone read back, done 80 h after the end', yearbookLines,
    usual({ contact: 'pass', onTime: 'fail' }),
    { ...FU_ME, patron: { name: null, email: null, phone: '320-555-0184' }, followUps: [{ doneAt: at(endOf(yearbookLines) + 80 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),

  // 28 homestead patent: 205 s after a partial-result hold; patron quiet; check-in + notice that invites back
  s(IVO, '28 Nebraska homestead patent: 205 s after a partial-result hold, GLO records, patron silent, check-in + disconnect notice', [
    [0, 'p', 'hi my ancestor homesteaded in Nebraska, how do I find the land patent'],
    [28, 'l', "Hi, I'm Ivo at Plainsview Library's chat service. Do you have his name and the county? Roughly what year?"],
    [90, 'p', 'Nils Andersen, Custer county, 1880s'],
    [98, 'l', 'Great — searching the federal land records, hang on.'],
    [150, 'p', 'ok'],
    [205, 'l', 'Found a couple of things, looking for more. There are two Nils Andersen patents in Custer County, 1886 and 1889.'],
    [410, 'l', "Here you go: the BLM's General Land Office Records site, glorecords.blm.gov > Search Documents > Land Patents, state Nebraska, name Andersen, Nils. The 1886 one is a homestead certificate with the image and legal description; the 1889 one looks like a cash sale."],
    [416, 'l', 'Does that help?'],
    [560, 'l', 'Are you still there?'],
    [650, 'l', "It looks like you've stepped away or been disconnected, so I'll end our chat now. You're welcome to start a new chat anytime — thanks!"],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 29 nonprofit 990s: answer, completeness question, a check-in, then nothing (400 s idle)
  s(BREE, '29 nonprofit salaries (990s on ProPublica, GuideStar): patron silent, one check-in, no notice, no goodbye, 400 s idle', [
    [0, 'p', 'how do i look up a nonprofit\'s finances, like their salaries and revenue'],
    [30, 'l', 'Hi! Bree at Westbrook Public Library here. Do you have a specific nonprofit in mind, or is this general research?'],
    [85, 'p', 'Harborview Youth Alliance. thinking of applying for a job there lol'],
    [92, 'l', 'Ha, smart move. One moment.'],
    [180, 'l', "Their Form 990s are free on ProPublica's Nonprofit Explorer: projects.propublica.org/nonprofits, search the name. Part VII lists the top salaries and Part I has revenue. Candid's GuideStar profile (guidestar.org) has a summary too."],
    [186, 'l', 'Does this help?'],
    [330, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 250 }),

  // 30 Baltimore passenger list; patron piles on questions; "several other patrons waiting … start a new chat anytime"
  s(HOLLIS, '30 Baltimore arrival (Wisniewski): patron piles on three questions, "other patrons waiting… start a new chat anytime"', [
    [0, 'p', "hello i'm researching my Polish grandparents. they came through Baltimore around 1910"],
    [40, 'l', "Hello! I'm Hollis, a librarian with Ask Us 24/7 at Kent Valley Library. What are their names, and do you know if they came together?"],
    [110, 'p', 'Jozef and Helena Wisniewski, i think separately, he came first'],
    [118, 'l', 'Thanks — let me check the Baltimore passenger lists.'],
    [235, 'l', 'Still looking; the Baltimore lists are indexed differently, one more minute.'],
    [330, 'l', "Got one: Jozef Wisniewski, 24, arrived Baltimore on the SS Breslau, 12 May 1909. FamilySearch has the index and the image free: familysearch.org > Search > Records, collection 'Maryland, Baltimore Passenger Lists, 1820-1948', name Jozef Wisniewski, arrival 1909."],
    [337, 'l', 'Is that him?'],
    [400, 'p', 'yes!! the town says Kolbuszowa. what about Helena? and also did they ever become citizens? and where did they live in 1920?'],
    [410, 'l', 'Lots of good questions! Let me try Helena first.'],
    [520, 'l', "I don't see Helena under Wisniewski — she may have travelled under her maiden name. Do you know it?"],
    [600, 'p', 'no idea sorry'],
    [610, 'l', "No problem. I've got several other patrons waiting, so I'll need to wrap up here. For Helena, the naturalization and the 1920 census, please start a new chat anytime and someone will be glad to pick it up."],
    [650, 'p', 'ok thank you'],
    [656, 'l', 'Thanks for your patience, and good luck with the search!'],
  ], usual({ anything: 'fail' })),

  // 31 gym market research: "we only answer three questions per chat and you've reached the limit"
  s(SID, '31 gym site research: SimplyAnalytics ring study, Data Axle, then "we only answer three questions per chat…" on the third', [
    [0, 'p', 'hi, how do i find how many people live within 3 miles of a storefront? opening a gym'],
    [30, 'l', "Hi, Sid here at Cobb Hill Library's Ask a Librarian. What's the address or ZIP of the storefront?"],
    [70, 'p', '48203'],
    [78, 'l', 'One moment.'],
    [170, 'l', 'SimplyAnalytics does radius reports: cobbhilllibrary.org > Databases > SimplyAnalytics, New Project > Ring Study, enter the address, 3-mile radius, and choose Total Population and Median Household Income.'],
    [176, 'l', 'Did that help?'],
    [230, 'p', 'yes. and what about gyms nearby? and foot traffic?'],
    [240, 'l', 'Competitors you can pull from Data Axle on the same Databases page, SIC 7991.'],
    [300, 'p', 'cool and foot traffic?'],
    [308, 'l', "Sorry, we only answer three questions per chat and you've reached the limit. Thanks for using Ask a Librarian."],
    [330, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 32 adult scholarships: the provider's last messages are holds; the patron leaves during the search
  s(MAE, '32 adult nursing scholarships: a partial-result hold with a URL, another hold, patron leaves mid-search (no final idle)', [
    [0, 'p', 'are there scholarships for adults going back to college? im 45'],
    [25, 'l', 'Hi, this is Mae at Dover Public Library. What field are you planning to study, and which state do you live in?'],
    [90, 'p', 'nursing, delaware'],
    [98, 'l', 'Great, let me look up a few.'],
    [200, 'l', 'Found a couple of things, still checking for more: the Delaware Higher Education Office lists the state scholarships at doe.k12.de.us/dheo.'],
    [300, 'l', 'Still digging — there is a nursing-specific one I want to confirm the deadline for.'],
    left(380),
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }), { resolutionCode: 'Patron left' }),

  // 33 dissertation weather data: "I'll send you the rest by Friday", e-mail read back; done at 71 h
  s(REN, '33 1870-1900 Burlington weather data: NOAA paths in pieces, "I\'ll send you the rest by Friday", e-mail read back, done in 71 h', weatherLines,
    usual({ contact: 'pass', onTime: 'pass' }),
    { ...FU_ME, patron: { name: null, email: 'mkowal@champlain.edu', phone: null }, followUps: [{ doneAt: at(endOf(weatherLines) + 71 * HOUR) }] }, { now: Date.parse(at(5 * DAY_S)) }),
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // interest.keep_informed (28)
  // followup.completeness (16)
  // referral.contact (12)
  '12 house history, statewide backup: passed to the home library "by Wednesday", e-mail never in the chat, not done at +5 days':
    'referral.contact: got fail ("referred the patron without an e-mail, phone, postal address or URL"), RUBRIC na: msg 7 "Those are local things your Fairport librarians will know best — they have the city directories and the historical photo file. I\'ll pass your question to them, and someone from Fairport Public Library will contact you by Wednesday." tells the patron to contact no one: the provider passes the question on (staff consulted on the patron\'s behalf, a follow-up by the patron\'s library). "X will know best" is read as a referral even when the same message says the provider passes the question to X.',
};

describe('forty-second round: long research sessions, checked', () => {
  describeSessions('whole sessions', research.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', research.filter((c) => c.name in LEFT_WHY));
});
