/**
 * Forty-fourth round, SCIENCE, MATHS, ENGINEERING AND COMPUTING, checked. Whole sessions of statewide public-library and
 * university "ask a librarian" chat on STEM homework and research: chemistry (an SDS for a lab binder, redox in basic solution,
 * a melting point from the CRC, bleach + vinegar), physics (Planck's constant after the 2019 SI, projectile motion), biology
 * (CRISPR drought papers, Krebs cycle images, mitosis vs meiosis for a non-native nursing student), statistics (an R lm() error,
 * t-test vs chi-square), calculus and precalculus (an integral for WebAssign, a trig cheat sheet), programming (R, Python for a
 * career changer, Arduino for a 12-year-old); engineering standards (ASTM D638 through ASTM Compass, ISO 14971 not held,
 * IEEE 802.11 editions, IEEE 1394-1995), patents and trademarks (prior art by CPC class at a PTRC, a design patent's term, a
 * trademark knockout search, a provisional patent fee), a NASA technical note, a 1975 magazine schematic, a PLOS dataset "on
 * request", NOAA rainfall data, a Tektronix manual, IEEE citation style. Patrons: high-school and college students (chat-speak
 * and typos), a grad student, a teacher, a homeschooling parent, hobbyists and inventors. Providers who find reference works
 * and databases, who will not do the homework, who refer to tutoring, to a subject librarian and to a Patent and Trademark
 * Resource Center, with and without contacts. Every one of the 17 checks labelled in every session before it was run (labels
 * kept in a copy of the file before the first run).
 *
 * SHAPES TRIED:
 *  opening: queue system messages; pickups at 17-55 s and late ones (96 s after the patron left the queue, 140 s after "hello??");
 *   a recorded `pickedUpAt` (50 s) with the first word at 130 s; a greeting that names the librarian and carries the clarifying
 *   question; "Hey there!" + "what class is this for, gen chem 1?" under a screen name only ("Tobi (Sci Ref)");
 *  waits: holds every ~105 s through long searches (CPC classification, Web of Science, a manual hunt, a tech-report hunt); a
 *   partial result that says the search goes on ("Still looking for the 2016 edition"), 110 s before the rest; "ok one sec" then
 *   192 s (fail); internal notes (one by another provider) inside a 170 s hold (fail: they do not end it); "Take your time." (no
 *   hold) before the patron's 252 s drafting; a transfer announcement (a hold) answered 47 s later; a silent transfer (internal
 *   note only) with the patron's message answered 60 s later;
 *  endings: check-in at +140 s and a notice that is the goodbye at +270 s; "Still there?" then a system close after inactivity
 *   (no notice, no goodbye); one message that asks "Are you still there?", says the patron seems disconnected and the chat will
 *   close, thanks and invites back (so it is no Goodbye: the idle runs to the end); 306 s of silence after "Would those work for
 *   you?" to the end (idle and notice fail); the patron's "no ty" as the last message after two provider questions; "np, good
 *   luck!", "Have a great day!", "Take care.", "Good night."; a two-question limit ending in "Bye." (dismissal); "several other
 *   students waiting ... please chat back in later tonight" (allowed);
 *  follow-ups: by me with the e-mail given and read back and "by Thursday afternoon" (done in 30 h); by me by phone "within a
 *   week" (done after 80 h, fail); by the patron's library with the e-mail in the chat and "will be in touch" (no when, pending);
 *   a promise to e-mail a datasheet coded Answered, no when, nothing by day 4;
 *  codes: a true Lost Call (one patron message), a Lost Call after two patron messages, a null code;
 *  referrals: PTRC staff with phone and e-mail plus the USPTO Pro Bono Program with a URL; an engineering librarian with e-mail;
 *   Poison Control with its number beside "ask his science teacher" (none); a corresponding author and the PLOS data team by
 *   e-mail; "the Patent and Trademark Resource Center at the Enoch Pratt Central Library in Baltimore" (a place, no address);
 *   "I'd talk to one [a trademark attorney]"; "the Math Tutoring Lab ...: just stop by, it's on the 2nd floor of the Science
 *   Complex"; "set up a time with our chemistry librarian"; Gov Docs and ILL staff consulted by the provider (no referral);
 *  transfers: a notice and a note before it (pass); a notice, the note written after the transfer (fail); a note and no word to
 *   the patron (fail);
 *  concurrency: four chats at once (fail); in a transfer, each provider at most three in their own part though the receiving
 *   one had three others open just before she took it (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a referral may name a person by role ("his science teacher", "a trademark attorney", "our chemistry librarian"), as round 42
 *   read "check with your pharmacist"; advice phrased "I'd talk to one", "just stop by" and "set up a time with" tells the
 *   patron to contact or visit; a building and floor ("2nd floor of the Science Complex") or "the Enoch Pratt Central Library in
 *   Baltimore" is no postal address;
 * - "Have a great day!", "Take care.", "Good night.", "bye for now" and "np, good luck!" as the last word are farewells (they say
 *   goodbye); the latter after a label correction (below);
 * - "thats all", "no more questions", "that covers it", "all set" and "That's everything" say the patron is done; "ok thanks",
 *   "ok ty", "yes thanks", "perfect, thank you!" and "ok fair, thanks" do not;
 * - "did that fix it?", "does that make sense?", "Does that settle it?", "Were you able to open it, and is that the edition you
 *   need?" and "Let me know if it opens for you." (an indirect question, after a label correction) ask whether what was given
 *   meets the need; "Does that work for you?" right after a promise to e-mail "a scan ... or an interlibrary loan option" asks
 *   about the plan, something not yet given (LEFT 11);
 * - "Does that answer your question?" asks for completeness, not whether anything else is needed;
 * - a hold that names where the provider looked ("I've tried NTRS (ntrs.nasa.gov) and HathiTrust so far") gives a source;
 * - with `pickedUpAt` at 50 s and the first provider message at 130 s, only the 80 s after pickup count for keep_informed (RUBRIC:
 *   "the wait before pickup is approachability.pickup's alone"): pass;
 * - "Your library can try to get a copy through interlibrary loan for you" with the provider passing the question on is a
 *   follow-up by the patron's library ("Harford will be in touch"), not a referral.
 *
 * COUNTS. Written: 36 whole sessions, all 17 checks labelled in each before the first run. First run as labelled /
 * disagreeing: 30 / 6. Label corrections: 2 —
 *  - 14 followup.completeness fail -> pass: "Let me know if it opens for you." (after the proxy route) is an indirect question
 *    asking whether what was given works; RUBRIC asks that the provider "asks whether the information already given meets the
 *    need" and requires no question mark (round 43 reads "Does it open now?" as one);
 *  - 23 closing.courteous fail -> pass: "np, good luck!" as the last word after "no more questions" is a parting formula, i.e.
 *    "says goodbye", the same as "Have a great day!" and "Take care." that I had labelled pass in 08 and 04.
 * Final: 32 running, 4 LEFT (LEFT_WHY, below): referral.contact 3 (02 "just stop by" after the party's description, 04 "I'd talk
 * to one" with the party in the previous clause, 36 "set up a time with our chemistry librarian": all na where RUBRIC fails),
 * followup.completeness 1 (11 "Does that work for you?" about a promised follow-up read as a completeness question: pass where
 * RUBRIC fails).
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 36 tests passed (4 through describeLeft).
 *
 * V45 (block K): "set up a time with our chemistry librarian" refers (K2); 3 LEFT now. The NASA note's "Does that work
 * for you?" after a promise stays LEFT: a reading of it as a question about the plan (K3) was tried and withdrawn, since
 * six whole sessions of earlier rounds and fourteenth-round-urban's deliberate planCheckO4 near miss label that shape pass.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, P, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. Please wait for the next available librarian.`];

const NADIA: Prov = P('nadia', 'Nadia R.', 'UMD-STEM');
const HUGO: Prov = P('hugo', 'Hugo L.', 'TOWSON');
const MARISOL: Prov = P('marisol', 'Marisol Vega', 'EPFL');
const DEV: Prov = P('dev', 'Dev', 'HCLS');
const OWEN: Prov = P('owen', 'Owen T', 'JHU');
const LENA: Prov = P('lena', 'Lena', 'UMBC');
const KAT: Prov = P('kat', 'Kat M', 'FCPL');
const JUN: Prov = P('jun', 'Jun', 'MCPL');
const TESSA: Prov = P('tessa', 'Tessa B.', 'UMCP');
const MATT: Prov = P('matt', 'Matt', 'CCPL');
const GRETA: Prov = P('greta', 'Greta', 'BCPL');
const IKE: Prov = P('ike', 'Ike', 'AACPL');
const NELL: Prov = P('nell', 'Nell', 'PGCMLS');
const WEN: Prov = P('wen', 'Wen Li', 'UMCP');
const BO: Prov = P('bo', 'Bo', 'WCFL');
const PAZ: Prov = P('paz', 'Paz', 'SMCL');
const RAFA: Prov = P('rafa', 'Rafa G.', 'UMES');
const WILLA: Prov = P('willa', 'Willa', 'CALV');
const TOBI: Prov = P('tobi', 'Tobi (Sci Ref)', 'UMBC');

export const stem: SessionCase[] = [
  // 1 a teacher's SDS for the lab binder, by the book
  s(NADIA, '01 acetone SDS for a 9th-grade lab binder: supplier asked, Flinn + PubChem, teacher says that is everything', [
    [0, 'p', 'Hi - I teach 9th grade physical science and need a safety data sheet for acetone for our lab binder. Does the library have those?'],
    queue(3),
    [31, 'l', 'Good morning! This is Nadia, science librarian at the UMD STEM Library. Happy to help.'],
    [38, 'l', "Do you need the SDS from the supplier your school actually buys from (Flinn, Fisher, Carolina...), or will any manufacturer's current SDS do?"],
    [95, 'p', 'We buy from Flinn Scientific I think. but any is probably fine for the binder'],
    [101, 'l', 'Let me pull it up.'],
    [170, 'l', 'Flinn posts theirs free: flinnsci.com, search "acetone", then open the "SDS" tab on the product page. It is the 16-section GHS format. PubChem also has a plain summary of the hazards at pubchem.ncbi.nlm.nih.gov/compound/Acetone under "Safety and Hazards", if you want something students can read.'],
    [176, 'l', 'Does that cover what you need for the binder?'],
    [240, 'p', "yes, downloaded it. that's everything I needed today, thank you!"],
    [247, 'l', "You're welcome — thanks for contacting us, and good luck with the labs!"],
  ], usual()),

  // 2 calc homework the librarian will not do; drop-in tutoring named with a place only
  s(HUGO, '02 integral of x e^x for WebAssign: no homework done, Lamar notes, "stop by" the Math Tutoring Lab (no contact)', [
    [0, 'p', 'can u just give me the answer to the integral of x times e^x dx. its for webassign due at midnight'],
    [22, 'l', "Hi there, you've reached Hugo at Cook Library's Ask a Librarian chat."],
    [30, 'l', "I can't work homework problems for you, but I can point you to something that walks through exactly this kind of integral. Have you covered integration by parts in class yet?"],
    [70, 'p', 'ya last week but i dont get it'],
    [78, 'p', 'like which one is u'],
    [85, 'l', "Paul's Online Math Notes has a clear walkthrough with examples almost identical to yours: tutorial.math.lamar.edu > Calculus II > Integration Techniques > Integration by Parts. Example 1 there is the x·e^x pattern, and he explains how to pick u (the LIATE rule)."],
    [92, 'l', 'Does that give you enough to get going?'],
    [150, 'p', 'ok yeah that example helps'],
    [160, 'l', "Great. If you'd like a person to go over it with you, the Math Tutoring Lab does free drop-in calc help: just stop by, it's on the 2nd floor of the Science Complex."],
    [170, 'p', 'cool'],
    [176, 'l', 'Anything else I can help you find tonight?'],
    [205, 'p', 'nah im good'],
    [211, 'l', 'Good luck with WebAssign! Chat again anytime.'],
  ], usual({ referral: 'fail' })),

  // 3 PTRC: prior art for a kayak paddle holder, a long classification search held every ~105 s, PTRC staff with phone + e-mail
  s(MARISOL, '03 prior art for a kayak paddle holder (PTRC): holds at 131/240, CPC codes, one-on-one session by phone or e-mail', [
    [0, 'p', 'Hello. I have invented a folding kayak paddle holder and want to know if somebody already patented it before I spend money on a lawyer'],
    queue(4, 2),
    [48, 'l', "Hello and welcome! I'm Marisol, a librarian in the Patent and Trademark Resource Center at the Enoch Pratt Free Library."],
    [55, 'l', 'Just so I search the right way: does your holder clamp to the kayak itself, or is it something the paddler wears?'],
    [120, 'p', 'it clamps on the deck rail behind the seat. folds flat when not used'],
    [131, 'l', 'Thanks! Give me a couple of minutes to run some searches in the USPTO database.'],
    [240, 'l', "Still searching — I'm trying a few classification codes, since keyword searches miss a lot of older patents."],
    [345, 'l', 'OK, here is a start. In Patent Public Search (ppubs.uspto.gov), CPC B63B 34/26 covers accessories for kayaks and canoes, and B63H 16/04 covers paddle holders. Searching those with "deck" and "fold*" brings up about 40 documents, including two that look close to what you describe (US 9,038,557 and US 10,486,797).'],
    [352, 'l', 'Is that the kind of result you were hoping to find?'],
    [420, 'p', 'wow ok. yes. how do I know if mine is different enough'],
    [431, 'l', "Whether yours is different enough is a legal judgment we can't make. But our PTRC staff can sit down with you for a free one-on-one session and show you how to do a thorough search yourself: call 410-396-5430 or email ptrc@prattlibrary.org to book one. The USPTO's Pro Bono Program (uspto.gov/probono) can also match eligible inventors with a volunteer attorney."],
    [520, 'p', "great, I'll email them. Thats all I needed"],
    [527, 'l', 'Wonderful. Thank you for chatting with the Pratt Library, and good luck with the invention!'],
  ], usual({ referral: 'pass' })),

  // 4 trademark knockout search; "I'd talk to [a trademark attorney]" with no way to reach one
  s(DEV, '04 SkyForge trademark for 3D-printed drone parts: tmsearch.uspto.gov, "talk to [a trademark attorney]" (no contact), "ok thanks"', [
    [0, 'p', 'how do i check if a business name is trademarked? want to sell 3d printed drone parts under the name SkyForge'],
    [40, 'l', "Hi! I'm Dev, a librarian with Howard County Library System. Great question."],
    [47, 'l', 'Are you planning to sell just online, or in stores too? And is it only the name, or a logo as well?'],
    [90, 'p', 'online, etsy mostly. just the name for now'],
    [99, 'l', 'ok, one moment while I pull up the search tool'],
    [150, 'l', 'The USPTO\'s free trademark search is at tmsearch.uspto.gov. Type SkyForge in the search box; results show live and dead marks, and the "goods and services" column tells you whether an existing mark covers drone parts (class 12 for aircraft parts, class 28 for toy drones).'],
    [190, 'p', 'theres one for SKYFORGE for video games, is that a problem'],
    [230, 'l', "That depends on whether buyers could confuse the two, and that's really a call for a trademark attorney, so I'd talk to one before you file."],
    [238, 'l', 'Does that help?'],
    [300, 'p', 'yeah kinda. ok thanks'],
    [306, 'l', "You're welcome! Take care."],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 5 ASTM standard through ASTM Compass
  s(OWEN, '05 ASTM D638-14 for a materials lab: edition asked in the greeting message, ASTM Compass + JHED, "thats all i needed"', [
    [0, 'p', 'I need ASTM D638 for my materials lab report. Google only gives me the preview page'],
    [19, 'l', 'Hi! Owen here, engineering librarian at the Milton S. Eisenhower Library. Which edition does your lab manual cite? ASTM revises D638 every few years.'],
    [64, 'p', 'D638-14 I think'],
    [72, 'l', 'We get D638-14 and later through ASTM Compass. From library.jhu.edu go to Databases A-Z > ASTM Compass, sign in with your JHED ID, then search D638. Tick the "Historical" box to see -14 instead of the current -22.'],
    [79, 'l', 'Were you able to open it, and is that the edition you need?'],
    [190, 'p', 'got it!! had to log in twice but it worked'],
    [196, 'p', 'thats all i needed thanks so much'],
    [202, 'l', 'Glad it worked — good luck with the report, bye!'],
  ], usual()),

  // 6 ISO standard not held: the answer comes before any question; ILL and the engineering librarian with e-mail
  s(LENA, '06 ISO 14971 for an insulin-pump capstone: "Let me check", not held, ILL + engineering librarian (e-mail), deadline asked only after', [
    [0, 'p', 'hi, does UMBC have access to ISO 14971:2019? need it for my capstone on an insulin pump'],
    [55, 'l', "Hi, welcome to Ask a Librarian at the Albin O. Kuhn Library! I'm Lena."],
    [61, 'l', 'Let me check our standards subscriptions.'],
    [140, 'l', "Unfortunately we don't subscribe to ISO standards directly, and 14971 isn't in IEEE Xplore or ASTM Compass either."],
    [146, 'l', 'Two options: request it through Interlibrary Loan (library.umbc.edu/ill, log in with your myUMBC ID), or email our engineering librarian, Priya Nair (pnair@umbc.edu) — she sometimes knows of a department copy.'],
    [200, 'p', "ok I'll try ILL first. how long does it take usually"],
    [208, 'l', "Usually 5-10 business days for standards, since they're often bought rather than borrowed. Is your capstone deadline before then?"],
    [240, 'p', 'no its in april, so fine'],
    [248, 'l', 'Great. Does that answer your question?'],
    [280, 'p', 'yes thanks'],
    [286, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 7 R error; "ok one sec" and then 192 s of nothing
  s(KAT, '07 R lm() NA/NaN/Inf error: "ok one sec" then 192 s, na.omit + R for Data Science, "did that fix it?"', [
    [0, 'p', "hey so im doing a stats project in R and it says Error in lm.fit(x, y) : NA/NaN/Inf in 'y'. library has books on R?"],
    [26, 'l', 'hi! Kat here from Frederick County Public Libraries 🙂 what kind of help do you want — a book to learn R, or help figuring out that error?'],
    [61, 'p', 'both i guess, mostly the error tho'],
    [70, 'l', 'ok one sec'],
    [262, 'l', "sorry about the wait! That error usually means your y column has missing values or text in it. R's own help page for lm (type ?lm in R, or the manuals at cran.r-project.org/manuals.html) explains na.action; try lm(y ~ x, data = df, na.action = na.omit). For a book, 'R for Data Science' by Wickham is in our catalog and free online at r4ds.hadley.nz."],
    [268, 'l', 'did that fix it?'],
    [330, 'p', 'omg yes it was blank rows. thx'],
    [336, 'l', 'yay! anything else?'],
    [350, 'p', 'no thats it'],
    [356, 'l', 'ok, happy coding! bye'],
  ], usual({ informed: 'fail' })),

  // 8 a fact answered straight away: no question, no completeness question
  s(JUN, "08 Planck's constant since the 2019 SI redefinition: answered at once from NIST CODATA, no question asked", [
    [0, 'p', "What is the exact value of Planck's constant? My textbook and my teacher's worksheet say different things"],
    [17, 'l', 'Hello, this is Jun at Montgomery County Public Libraries.'],
    [24, 'l', 'Since the 2019 SI redefinition, Planck\'s constant is exact by definition: h = 6.626 070 15 × 10^-34 J·s. Older textbooks give a measured value such as 6.626 068 96 × 10^-34 with an uncertainty, which is probably why yours differ. The official value is on NIST\'s CODATA page: physics.nist.gov/cuu/Constants (search "Planck constant").'],
    [90, 'p', 'oh that makes sense, my book is from 2012'],
    [97, 'l', 'That would explain it. Anything else I can help with?'],
    [120, 'p', 'no thank you!'],
    [125, 'l', 'Have a great day!'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 9 CRISPR drought papers; holds; the student goes quiet; check-in, then a notice that is the goodbye
  s(TESSA, '09 CRISPR + drought articles for BSCI 330: holds at 118/225, WoS search string, quiet; check-in 440, notice-goodbye 570', [
    [0, 'p', 'Hello, I need 5 peer reviewed articles on CRISPR in crop plants for BSCI 330, published in the last 5 years'],
    queue(12, 3),
    [44, 'l', "Hi, thanks for contacting Ask Us! My name is Tessa and I'm a librarian at the University of Maryland Libraries."],
    [52, 'l', "Any particular crop or trait you're focusing on — drought tolerance in rice, disease resistance in wheat? That will narrow 'crop plants' down a lot."],
    [110, 'p', 'drought tolerance, any crop'],
    [118, 'l', 'Great, let me build a search for you. Just a moment.'],
    [225, 'l', 'Still working on it — Web of Science is slow this afternoon.'],
    [300, 'l', 'Here\'s a search that works well in Web of Science (lib.umd.edu > Research > Databases > Web of Science): TS=(CRISPR OR Cas9 OR "genome edit*") AND TS=(drought) AND TS=(crop* OR rice OR maize OR wheat OR sorghum), limited to 2020-2025 and Document Type = Article. About 180 results; sorting by Times Cited puts the strongest papers on top.'],
    [306, 'l', 'The same words work in Agricola and BIOSIS Previews too. Does that give you what you need to get started?'],
    [440, 'l', 'Are you still with me?'],
    [570, 'l', "I haven't heard back, so it looks like you may have been disconnected. I'll end the chat now — please feel free to chat with us again, and thanks for using Ask Us!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 Arduino books; "Still there?" and then the system closes the idle chat
  s(MATT, '10 Arduino books for a 12-year-old: answer at 95, "Still there?" at 260, system end at 500 (no notice, no goodbye)', [
    [0, 'p', 'Looking for a beginner book on Arduino for my 12 yr old who is into robotics'],
    [33, 'l', "Hi there! I'm Matt, a librarian at Cecil County Public Library."],
    [39, 'l', 'Does he have a kit already (like the Arduino Starter Kit), or is he starting from scratch?'],
    [80, 'p', 'he got an Elegoo kit for his birthday'],
    [95, 'l', "Nice, those kits follow the standard Arduino projects. In our catalog (cecilcountylibrary.org > Catalog), 'Arduino Projects for Kids' and 'Make: Getting Started with Arduino' by Massimo Banzi are both on the shelf at Elkton. Neither assumes any experience."],
    [101, 'l', 'Would either of those work for him?'],
    [260, 'l', 'Still there?'],
    [500, 's', 'Chat closed after inactivity.', sys('ended')],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 0 }),

  // 11 a 1973 NASA technical note: follow-up by me, e-mail given and read back, "by Thursday afternoon", done in 30 h
  s(OWEN, '11 NASA TN D-7428 (1973): not online, Gov Docs consulted, follow-up by e-mail "by Thursday afternoon", "Does that work for you?" on the plan', [
    [0, 'p', "Hi — I'm looking for NASA TN D-7428 from 1973 (a wind tunnel study). NTRS only has the citation, no PDF."],
    [25, 'l', 'Hello! This is Owen, engineering librarian at the Eisenhower Library, Johns Hopkins. Is this for a course or your own research, and do you need the whole report or specific data tables?'],
    [70, 'p', 'own research, grad student in aero. I need the whole thing, mostly the pressure distribution figures'],
    [80, 'l', 'Let me look in a few places, one moment.'],
    [185, 'l', "Still checking — I've tried NTRS (ntrs.nasa.gov) and HathiTrust so far."],
    [280, 'l', "It isn't digitized anywhere I can reach right now, but our Government Documents collection may hold the microfiche. I'll need to check with our Gov Docs staff, who aren't in until tomorrow morning."],
    [288, 'l', "If you'd like, I can follow up by email once I know. What's the best address for you?"],
    [330, 'p', 'sure, its akim42@jhu.edu'],
    [338, 'l', "Got it — akim42@jhu.edu. I'll email you by Thursday afternoon either way, with a scan if we have it or an interlibrary loan option if not."],
    [345, 'l', 'Does that work for you?'],
    [380, 'p', 'perfect, thank you!'],
    [386, 'l', "You're welcome, thanks for your patience. Talk soon!"],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 12 IEEE 1394-1995 through the home library's ILL: e-mail in the chat, no time said, not yet done
  s(GRETA, "12 IEEE 1394-1995 for an old camcorder rig: passed to Harford's ILL with the e-mail, \"will be in touch\" (no when), pending", [
    [0, 'p', "My home library is Harford County. I'm restoring an old camcorder setup and need the IEEE 1394-1995 standard document. Is it free anywhere?"],
    [38, 'l', "Hi, Greta here — I'm a librarian at Baltimore County Public Library, answering for AskUsNow! tonight."],
    [44, 'l', 'Do you need the original 1995 standard, or would the later 1394-2008 revision (which merged the amendments) work for you?'],
    [100, 'p', 'the 1995 one ideally, the old hardware follows that'],
    [108, 'l', 'OK, checking.'],
    [200, 'l', "IEEE sells current standards on its store (standards.ieee.org), but the withdrawn 1995 version is only in IEEE Xplore, which Maryland's public libraries don't subscribe to. Your library can try to get a copy through interlibrary loan for you."],
    [207, 'l', "I can send your question to Harford County's ILL staff so they contact you. Can I have your email?"],
    [260, 'p', 'rt.blake@verizon.net'],
    [266, 'l', "Thanks, I've passed it along with rt.blake@verizon.net. Harford will be in touch about the request."],
    [272, 'l', 'Anything else tonight?'],
    [300, 'p', 'no thats all, thanks a lot'],
    [305, 'l', "You're welcome! Good night."],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 13 a promise to e-mail a datasheet, coded Answered, no time said; day 4, nothing recorded
  s(IKE, '13 DHT11 sensor datasheet for an 8th-grade fair: Adafruit specs, "I\'ll keep hunting ... and email it to you", coded Answered, day 4', [
    [0, 'p', 'hi i need the datasheet for a DHT11 humidity sensor for my science fair board, the link on the package is dead'],
    [29, 'l', "Hi! I'm Ike with Anne Arundel County Public Library. What grade is your project for, and do you need the full datasheet or just the specs (range and accuracy)?"],
    [75, 'p', '8th grade. just the specs i think. range and accuracy'],
    [82, 'l', 'let me look'],
    [165, 'l', 'The Adafruit learning guide for the DHT11 lists them: learn.adafruit.com/dht, "Overview" page — 20-80% humidity with ±5% accuracy, and 0-50°C with ±2°C. The original Aosong datasheet is harder to find; I\'ll keep hunting for it and email it to you.'],
    [171, 'l', "what's your email?"],
    [230, 'p', 'maya.science@gmail.com'],
    [236, 'l', 'thanks!'],
    [240, 'p', 'ok ty'],
    [246, 'l', 'bye for now, good luck at the fair!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 14 off-campus JACS article: a public-library provider transfers to the campus librarian, notice and note first
  s(NELL, '14 JACS article off campus: transfer announced and explained (internal) before it, Wen gives the proxy route, "Let me know if it opens"', [
    [0, 'p', "I'm a UMD chem student, I need J. Am. Chem. Soc. 2021, 143, 1234 full text but off campus it asks me to pay"],
    [24, 'l', "Hello! Nell here, a librarian at Prince George's County Memorial Library System, for AskUsNow!"],
    [30, 'l', "Are you signed in through the UMD Libraries' off-campus login, or going straight to the ACS website?"],
    [66, 'p', 'straight to acs website'],
    [74, 'l', "UMD's own librarians can sort out your campus login better than I can, so I'm going to transfer you to the University of Maryland librarian on duty. Please stay on the chat."],
    [79, 'i', 'Wen — UMD chem undergrad, needs a JACS article off campus, going to pubs.acs.org directly and hitting the paywall. Needs proxy/VPN login help.'],
    xfer(84, 'Wen Li', 'wen'),
    [121, 'l', 'Hi, Wen here, a librarian at the UMD STEM Library. Picking up from Nell.', as(WEN)],
    [128, 'l', 'Start from lib.umd.edu, search the journal title in the Journals search, and choose the ACS Publications link; that routes you through the UMD login (your Directory ID) so the article opens free. Or install the LibKey Nomad browser extension and pick University of Maryland.', as(WEN)],
    [134, 'l', 'Let me know if it opens for you.', as(WEN)],
    [200, 'p', 'it opened!! thank you. thats all'],
    [205, 'l', 'Great! Thanks for using AskUsNow, bye!', as(WEN)],
  ], usual({ transfer: 'pass' })), // label corrected: complete was 'fail' (see the header)

  // 15 design patent expiry: transfer announced, the note written after it; each provider busy only outside their part
  s(BO, '15 design patent D187,455 on a vintage lamp: notice, transfer at 66, note at 70 (after); Marisol at 3 others only before her part', [
    [0, 'p', 'How do I find out if a design patent expired? for a vintage lamp I want to reproduce'],
    [20, 'l', 'Good afternoon, Bo at Washington County Free Library here. Do you have the patent number, or just the maker and year of the lamp?'],
    [55, 'p', 'it says Des. 187,455 on the base'],
    [63, 'l', "We have a Patent & Trademark Resource Center librarian on the statewide service today; I'm sending you over to her."],
    xfer(66, 'Marisol Vega', 'marisol'),
    [70, 'i', 'Marisol, design patent expiry q, D187455, vintage lamp'],
    [110, 'l', "Hello, I'm Marisol with the Pratt Library's Patent and Trademark Resource Center. Design patents from that era had a 14-year term from the issue date; D187,455 issued in 1960, so it expired in 1974. You can see the full document in Patent Public Search at ppubs.uspto.gov: type D187455 in the search box.", as(MARISOL)],
    [118, 'l', 'Does that answer your question?', as(MARISOL)],
    [170, 'p', 'yes!! thats great'],
    [176, 'l', 'Anything else I can look up?', as(MARISOL)],
    [200, 'p', "no, that's everything"],
    [205, 'l', 'Thanks for chatting, take care!', as(MARISOL)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [
      other('b1', 'bo', -100, 400), other('b2', 'bo', 50, 300), other('b3', 'bo', 80, 500),
      other('m1', 'marisol', -500, 60), other('m2', 'marisol', -300, 64), other('m3', 'marisol', -200, 65),
    ],
  }),

  // 16 Krebs cycle images: four chats open at once
  s(JUN, '16 Krebs cycle diagram for AP Bio slides (APA image credits): Jun had four chats open at once', [
    [0, 'p', 'Do you have a good diagram of the Krebs cycle I can use in my AP Bio slides? needs to be free to use'],
    [45, 'l', "Hi! I'm Jun, a librarian at Montgomery County Public Libraries. Does your teacher require you to cite image sources, or just that they're free?"],
    [100, 'p', 'cite them, in APA'],
    [108, 'l', 'Wikimedia Commons has openly licensed diagrams: commons.wikimedia.org, search "citric acid cycle". Each file page lists the license (CC BY-SA etc.) and the author, which is everything you need for an APA image credit. OpenStax Biology 2e (openstax.org, section 7.3) also has a free-to-reuse Krebs cycle figure.'],
    [114, 'l', 'Is that what you were looking for?'],
    [170, 'p', 'yes that works'],
    [176, 'l', 'Anything else for your slides?'],
    [210, 'p', 'nope thats everything'],
    [215, 'l', 'Good luck with the presentation — thanks for using the chat!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'jun', -600, 100), other('j2', 'jun', -200, 500), other('j3', 'jun', 60, 900)],
  }),

  // 17 a true Lost Call: the patron left in the queue
  s(LENA, "17 Ohm's law calculator: patron leaves the queue at 70, greeting-goodbye at 96: Lost Call", [
    [0, 'p', "is there an ohm's law calculator on the library website"],
    queue(3, 5),
    left(70),
    [96, 'l', "Hi, this is Lena at UMBC's Kuhn Library — sorry about the wait! It looks like you've already left; please come back anytime."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 a projectile-motion worksheet cut off at a question limit
  s(PAZ, '18 projectile motion worksheet: Physics Classroom, then "we only allow 2 questions per chat ... Bye." (dismissal)', [
    [0, 'p', 'i have a physics worksheet on projectile motion can you help'],
    [28, 'l', "Hi! I'm Paz, librarian at St. Mary's County Library. Which part are you stuck on?"],
    [60, 'p', 'question 1 asks how long a ball thrown horizontally at 12 m/s off a 20 m cliff is in the air'],
    [70, 'l', "I can't do the worksheet for you, but The Physics Classroom explains exactly this: physicsclassroom.com > Physics Tutorial > Vectors and Projectiles > Horizontally Launched Projectiles. The time only depends on the height, so use d = ½gt²."],
    [76, 'l', 'Does that help you set it up?'],
    [130, 'p', 'ok i got 2.02 s. now number 2 is about the range'],
    [140, 'l', 'Same page covers range: horizontal distance = horizontal speed × time.'],
    [190, 'p', 'ok and 3? its about max height of a ball thrown up at an angle'],
    [200, 'l', "Sorry, we only allow 2 questions per chat and you've used yours up. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 biostatistics questions by the half dozen: "other students waiting ... chat back in later" (allowed)
  s(RAFA, '19 t-test vs chi-square: OpenIntro, then "several other students waiting ... please chat back in later" (allowed)', [
    [0, 'p', 'Need help w/ my biostat hw: when do I use a t-test vs chi-square?'],
    [35, 'l', 'Hi there, Rafa from the Frederick Douglass Library at UMES. Are your variables numbers (like blood pressure) or categories (like smoker / non-smoker)?'],
    [80, 'p', 'q1 is blood pressure between 2 groups, q2 is smoker vs lung disease yes/no'],
    [90, 'l', 'Then q1 is a two-sample t-test (a numeric outcome, two groups) and q2 is a chi-square test of independence (two categorical variables). OpenIntro Statistics, free at openintro.org/book/os, has both in chapters 7 and 6 with worked examples.'],
    [96, 'l', 'Does that clear it up?'],
    [150, 'p', 'yes! ok now q3 is about regression, q4 anova, q5 is confidence intervals and q6'],
    [175, 'l', "I'd love to help with all of them, but there are several other students waiting in the queue right now. The OpenIntro chapters cover each of those — give them a try, and please chat back in later tonight if you get stuck on one."],
    [200, 'p', 'ok fair, thanks'],
    [206, 'l', 'Thanks for understanding, good luck!'],
  ], usual({ anything: 'fail' })),

  // 20 an oscilloscope manual for a hamfest find; long search held; the patron's "ok"
  s(WILLA, '20 Tektronix 2465 operators manual: holds at 146/250, tek.com + archive.org + TekWiki, patron "ok"', [
    [0, 'p', 'Looking for the user manual for a Tektronix 2465 oscilloscope (1980s). bought one at a hamfest'],
    [52, 'l', "Hello, and welcome to AskUsNow! I'm Willa from Calvert Library."],
    [58, 'l', "Are you after the operator's manual (front panel, how to use it) or the service manual (schematics, calibration)?"],
    [140, 'p', 'operators for now, service later maybe'],
    [146, 'l', 'OK, hang on a sec while I look'],
    [250, 'l', 'Still looking — there are lots of scans floating around, trying to find a complete one.'],
    [330, 'l', 'Tektronix still hosts many legacy manuals: tek.com > Support > Manuals, search "2465" (the 2465 Operators Manual, 070-4255-00). There is also a complete scan on the Internet Archive: archive.org, search "Tektronix 2465 operators manual". For the service manual later, TekWiki (w140.com/tekwiki) lists where each version lives.'],
    [340, 'p', 'ok'],
    [346, 'l', 'Thanks for using AskUsNow!, happy tinkering!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 21 rainfall data for a science fair
  s(DEV, '21 ten years of daily rainfall for a science fair: spreadsheet asked, NCEI Climate Data Online, "That\'s all we needed!"', [
    [0, 'p', "My daughter's science fair project needs daily rainfall for our town (Ellicott City) for the last 10 yrs. where can we get real data"],
    [21, 'l', 'Hi! This is Dev, a Howard County Library System librarian. Does she need it as a spreadsheet she can graph, or just to look at?'],
    [70, 'p', 'spreadsheet'],
    [78, 'l', "NOAA's National Centers for Environmental Information has it free: ncei.noaa.gov/cdo-web (Climate Data Online). Choose Daily Summaries, set the date range, search Ellicott City, MD or the nearest station (BWI is the most complete), add it to the cart and order the CSV; it's free and arrives by email in a few minutes."],
    [84, 'l', 'Is that the kind of data she needs?'],
    [150, 'p', "Perfect. That's all we needed!"],
    [156, 'l', 'Wonderful — thanks for contacting us and good luck to her at the fair!'],
  ], usual()),

  // 22 bleach + vinegar: Poison Control with its number, "ask his science teacher" with none
  s(IKE, '22 bleach + vinegar "cool reaction" video: CDC chlorine facts, Poison Control 1-800-222-1222, "ask his science teacher" (no contact)', [
    [0, 'p', 'is it dangerous to mix bleach and vinegar? my kid wants to do it for a "cool reaction" video'],
    [18, 'l', 'Hi, Ike here, librarian at Anne Arundel County Public Library. Has anyone already mixed them, or are you asking before trying it?'],
    [46, 'p', 'before. havent done anything'],
    [55, 'l', "Good — please don't. Mixing bleach (sodium hypochlorite) with an acid like vinegar releases chlorine gas, which damages the lungs even in small amounts. The CDC's chlorine fact sheet explains it: emergency.cdc.gov/agent/chlorine/basics/facts.asp."],
    [61, 'l', 'If anyone ever does breathe it in, call Poison Control at 1-800-222-1222 right away. For a safe cool-reaction idea, ask his science teacher; they usually keep a list of safe demos.'],
    [110, 'p', 'yikes ok. thank you'],
    [118, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes'],
    [156, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [176, 'l', 'Bye, stay safe!'],
  ], usual({ referral: 'fail' })),

  // 23 a terse science-reference screen name: "Hey there!" names no one; "np, good luck!" is no goodbye
  s(TOBI, '23 redox in basic solution (chem 102): "Hey there!" + "what class is this for" under a screen name only; "np, good luck!"', [
    [0, 'p', 'how do I balance redox equations in basic solution? we did acidic in class but the hw has basic'],
    [36, 'l', 'Hey there!'],
    [41, 'l', 'what class is this for, gen chem 1?'],
    [75, 'p', 'chem 102'],
    [82, 'l', "cool. The free OpenStax Chemistry 2e textbook walks through it: openstax.org/books/chemistry-2e, section 17.1 'Review of Redox Chemistry'. For basic solution: balance as if acidic, then add OH- to both sides to cancel the H+."],
    [90, 'l', 'does that make sense?'],
    [140, 'p', 'yes thanks!! no more questions'],
    [146, 'l', 'np, good luck!'],
  ], usual({ greeting: 'fail' })), // label corrected: courteous was 'fail' (see the header)

  // 24 pickup recorded at 50 s, first word at 130 s
  s(KAT, '24 periodic table for a homeschooled 10-year-old: pickedUpAt 50, first message 130 (80 s after pickup), RSC + Theodore Gray', [
    [0, 'p', 'Hi, homeschooling mom here. Any good free periodic table resources for a 10 year old?'],
    [130, 'l', "Hello! I'm Kat, a children's librarian at Frederick County Public Libraries — sorry, I was finishing another chat. Is she more into games and videos, or reading?"],
    [180, 'p', 'she loves videos and anything hands on'],
    [188, 'l', "Then try these two: the Royal Society of Chemistry's interactive table at rsc.org/periodic-table (each element has a short video and fun facts), and 'The Elements' by Theodore Gray, which is in our catalog (fcpl.org) and full of photos of real samples."],
    [194, 'l', 'Do those sound like a good fit?'],
    [260, 'p', "yes, great. I'll put the book on hold. That's everything, thanks so much!"],
    [266, 'l', "You're so welcome! Thanks for chatting, happy exploring!"],
  ], usual(), { pickedUpAt: at(50) }),

  // 25 the patron has the last word; the provider's last two are questions
  s(NELL, '25 trig identities cheat sheet: "Did that help?", "Is there anything else ...?", patron "no ty" and leaves', [
    [0, 'p', 'where can i find a table of trig identities for my precalc test'],
    [30, 'l', "Hi, I'm Nell, a librarian with PGCMLS. Do you need just the basic ones (Pythagorean, double angle) or the sum-to-product ones too?"],
    [80, 'p', 'basic ones'],
    [88, 'l', "Paul's Online Math Notes has a free printable cheat sheet: tutorial.math.lamar.edu > Cheat Sheets & Tables > Trig Cheat Sheet (PDF). It has the Pythagorean, double-angle and half-angle identities on two pages."],
    [93, 'l', 'Did that help?'],
    [140, 'p', 'yes'],
    [146, 'l', 'Is there anything else I can help with?'],
    [200, 'p', 'no ty'],
    left(210),
  ], usual({ courteous: 'fail' })),

  // 26 IEEE citation: a restatement, "Take your time", the patron back 252 s later
  s(RAFA, '26 IEEE conference-paper citation: restated need, IEEE Reference Guide, "Take your time." then 252 s of the patron drafting', [
    [0, 'p', 'Can you help me find the IEEE citation format for a conference paper?'],
    [28, 'l', 'Hi! Rafa here, from the Frederick Douglass Library at UMES. So you need to cite a paper from a conference proceedings in IEEE style — is that right?'],
    [60, 'p', 'yes, its from an IEEE conference on robotics'],
    [68, 'l', 'The IEEE Reference Guide (journals.ieeeauthorcenter.ieee.org, search "IEEE Reference Guide") shows the pattern: [1] A. Author, "Title of paper," in Proc. Abbrev. Name of Conf., City, Country, Year, pp. xx–xx, doi: xxx. Try building yours from that and paste it here if you want me to look it over. Take your time.'],
    [320, 'p', '[1] J. Park and L. Chen, "Soft gripper control using tactile feedback," in Proc. IEEE Int. Conf. Robot. Autom., Xi\'an, China, 2021, pp. 4021–4027, doi: 10.1109/ICRA48506.2021.9561234.'],
    [335, 'l', "That looks right! The only thing I'd add is the abbreviation (ICRA) after Autom. — it's optional, so it's fine as is."],
    [340, 'l', 'Does that answer your question?'],
    [380, 'p', 'yes thank you!! thats all'],
    [386, 'l', 'Thanks for using the chat, bye!'],
  ], usual()),

  // 27 two editions of 802.11: a partial result that says the search goes on, 110 s before the rest
  s(OWEN, '27 IEEE 802.11-2016 and -2020: hold at 97, partial result "Still looking for the 2016 edition" at 190, rest at 300', [
    [0, 'p', 'Hi, I need IEEE 802.11-2016 and 802.11-2020 for a wireless networking paper. Do we have both through the library?'],
    [40, 'l', 'Hello! Owen, engineering librarian at Johns Hopkins, here. Do you need the full standards or only certain clauses, like the MAC layer?'],
    [90, 'p', 'full docs, im comparing the two'],
    [97, 'l', 'Let me check IEEE Xplore for you.'],
    [190, 'l', 'I found 802.11-2020 in IEEE Xplore (library.jhu.edu > Databases > IEEE Xplore, then search "802.11-2020"); it is a 4,379-page PDF, so give it a minute to download. Still looking for the 2016 edition, which is listed as superseded.'],
    [300, 'l', 'Got it: superseded standards show up if you tick "Include Inactive/Superseded" in the left-hand filters, and 802.11-2016 is there in full.'],
    [306, 'l', 'Are those the two versions you need?'],
    [360, 'p', 'yes got them both. thanks a lot'],
    [366, 'l', 'Anything else I can help you with?'],
    [390, 'p', 'no thats all'],
    [395, 'l', 'OK, thanks for chatting with us — good luck with the paper!'],
  ], usual()),

  // 28 a melting point: internal messages inside a 170 s hold do not end it
  s(TESSA, '28 acetanilide melting point (CRC): hold at 66, internal notes at 125/140, answer at 236 (170 s)', [
    [0, 'p', "what's the melting point of acetanilide? my lab got 110 but I need the literature value for the report"],
    [22, 'l', 'Hi! Tessa at UMD Libraries here. Do you need it from a specific source your instructor wants cited, like the CRC Handbook?'],
    [58, 'p', 'yeah she said CRC or merck index'],
    [66, 'l', 'One moment while I look it up in the CRC.'],
    [125, 'i', '(to Wen) do we still have the CRC online via Knovel or only CHEMnetBASE?'],
    [140, 'i', 'CHEMnetBASE only, Knovel dropped it', as(WEN)],
    [236, 'l', 'The CRC Handbook of Chemistry and Physics online (lib.umd.edu > Databases > CRC Handbook of Chemistry and Physics) lists acetanilide at 114.3 °C. Cite it as: CRC Handbook of Chemistry and Physics, 104th ed.; Rumble, J. R., Ed.; CRC Press: Boca Raton, FL, 2023.'],
    [242, 'l', 'Does that give you what you need for the report?'],
    [300, 'p', 'yes thank you, thats everything'],
    [306, 'l', "You're welcome, good luck with the report! Bye"],
  ], usual({ informed: 'fail' })),

  // 29 coded Lost Call though the patron wrote twice
  s(BO, '29 significant figures in 0.00450: question, "hello??", leaves; provider at 140: coded Lost Call after two patron messages', [
    [0, 'p', 'how many significant figures in 0.00450'],
    [75, 'p', 'hello??'],
    left(120),
    [140, 'l', "Hi, this is Bo at Washington County Free Library — sorry for the wait. It looks like you've left; feel free to chat back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 tomato: an answer with no source, "Does that settle it?", no resolution code
  s(PAZ, '30 is a tomato a fruit: botanical answer with no source, "Does that settle it?", no resolution code', [
    [0, 'p', 'quick q: is a tomato a fruit or a vegetable, scientifically? arguing with my roommate'],
    [25, 'l', "Hi, Paz at St. Mary's County Library here! Botanically speaking, a tomato is a fruit: it develops from the flower's ovary and holds the seeds. In cooking (and in a famous 1893 Supreme Court tax case) it's treated as a vegetable, so you're both a little bit right."],
    [31, 'l', 'Does that settle it?'],
    [80, 'p', 'ha yes, I win. thx'],
    [86, 'l', 'Anything else I can help with?'],
    [110, 'p', 'nope'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail', source: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 31 a career changer goes quiet after "Would those work for you?"; the session ends 300 s later
  s(GRETA, '31 free Python course for a career changer: LinkedIn Learning + CS50P, "Would those work for you?", then 306 s of silence to the end', [
    [0, 'p', "looking for a free python course for beginners, i'm 45 and switching careers"],
    [35, 'l', "Hi! I'm Greta, a librarian at Baltimore County Public Library. Good for you! Do you prefer video lessons, or reading and doing exercises?"],
    [95, 'p', 'video mostly'],
    [102, 'l', 'Your library card gets you LinkedIn Learning free: bcpl.info > eLibrary > LinkedIn Learning, then search "Python Essential Training" (about 4 hours, beginner level). Free without a card is Harvard\'s CS50P, at cs50.harvard.edu/python or on YouTube.'],
    [108, 'l', 'Would those work for you?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 300 }),

  // 32 a provisional patent: the PTRC named with a place but no address, phone, e-mail or URL
  s(MATT, '32 provisional patent fee (micro entity): USPTO fee schedule, "visit the PTRC at the Enoch Pratt Central Library in Baltimore" (no contact)', [
    [0, 'p', 'how much does it cost to file a provisional patent, and do i need a lawyer for it'],
    [40, 'l', 'Hi there, Matt from Cecil County Public Library. Are you an individual inventor (not a company)? The fee depends on that.'],
    [78, 'p', 'just me'],
    [85, 'l', "Then you'd likely qualify as a micro entity. The USPTO fee schedule (uspto.gov/learning-and-resources/fees-and-payment/uspto-fee-schedule) lists the provisional application fee for micro entities; it's about $65 right now. You don't need a lawyer to file a provisional, though advice on what to put in it helps."],
    [92, 'l', 'For free help with the search and the forms, visit the Patent and Trademark Resource Center at the Enoch Pratt Central Library in Baltimore.'],
    [100, 'l', 'Did that answer your question?'],
    [160, 'p', 'yes very helpful'],
    [166, 'l', 'Is there anything else I can help you with today?'],
    [190, 'p', 'no that covers it'],
    [195, 'l', 'Thank you for chatting with us. Bye!'],
  ], usual({ referral: 'fail' })),

  // 33 an Altair 8800 article: follow-up by me by phone, "within a week", done after 80 h
  s(WILLA, '33 Popular Electronics Jan 1975 (Altair 8800): scan missing 2 pages, ILL asked, call back at a phone "within a week", done at 80 h', [
    [0, 'p', "I'm trying to find the Altair 8800 article from Popular Electronics January 1975, the schematic part especially"],
    [30, 'l', 'Hello! Willa here at Calvert Library for AskUsNow!. Do you need the whole article or only the schematic pages?'],
    [70, 'p', 'the whole article incl the schematic, to build a replica'],
    [78, 'l', 'Let me check a few archives, just a moment'],
    [180, 'l', 'Still digging, thanks for waiting.'],
    [270, 'l', "The cover story is on World Radio History (worldradiohistory.com > Popular Electronics > 1975 > January), but that scan is missing pages 35-36, where the schematic continues. I'll ask our interlibrary loan staff to request the print issue and send you the two missing pages."],
    [277, 'l', "What's the best way to reach you?"],
    [320, 'p', 'phone is best, 410-555-0182'],
    [326, 'l', "Great, I'll call you at 410-555-0182 within a week, once the pages arrive."],
    [333, 'l', 'Does the online scan help in the meantime?'],
    [380, 'p', 'yes the article text is great. thanks!'],
    [386, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 34 PLOS data on request: a transfer with an internal note but no word to the patron
  s(DEV, '34 PLOS One "data available on request": note to Tessa, transfer with no word to the patron, corresponding author by e-mail', [
    [0, 'p', "Is there a way to get the dataset from a PLOS One paper? it says data available on request"],
    [22, 'l', "Hi, I'm Dev, a librarian with Howard County Library System. Which paper is it? A DOI or the title works."],
    [70, 'p', 'doi 10.1371/journal.pone.0254321'],
    [80, 'i', "Tessa, academic data-sharing q, PLOS One DOI 10.1371/journal.pone.0254321, patron asks how to get 'available on request' data. Can you take it?"],
    xfer(86, 'Tessa B.', 'tessa'),
    [130, 'l', "Hi, I'm Tessa, a research data librarian at the University of Maryland Libraries.", as(TESSA)],
    [136, 'l', "The article's Data Availability Statement (on its page at journals.plos.org) says to ask the corresponding author, Dr. Ana Okafor: write to her at aokafor@umd.edu with the DOI and what you'll use the data for. If there's no reply in a couple of weeks, the PLOS data team is at data@plos.org.", as(TESSA)],
    [142, 'l', 'Does that help?', as(TESSA)],
    [200, 'p', "yes I'll email her. thats all i needed"],
    [206, 'l', 'Great, thanks for using AskUsNow!', as(TESSA)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 35 a nursing student in simple English; one message that checks in, says disconnected, closes and invites back
  s(JUN, '35 mitosis vs meiosis in simple English: Khan Academy (es. too), quiet; one message at 300 asks, notices, closes and invites back', [
    [0, 'p', 'Hello, I am study nursing and need explain the difference of mitosis and meiosis, for my english is not good, there is simple book?'],
    [26, 'l', 'Hello, welcome! My name is Jun, I am a librarian at Montgomery County Public Libraries. Do you want something in simple English, or in Spanish, or another language?'],
    [90, 'p', 'simple english please, or spanish ok too'],
    [98, 'l', "Here is a simple page with pictures: the Khan Academy lesson 'Mitosis vs. meiosis' (khanacademy.org, search 'mitosis vs meiosis'). It has Spanish subtitles, and the Spanish site es.khanacademy.org has the same lesson."],
    [104, 'l', 'Is this helpful for you?'],
    [300, 'l', 'Are you still there? It seems you may have disconnected, so I will close this chat soon. Thank you for visiting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 36 SciFinder: "set up a time with our chemistry librarian" with no way to reach her
  s(HUGO, '36 CAS SciFinder for an undergrad in a research lab: registration steps, "set up a time with our chemistry librarian" (no contact), "all set"', [
    [0, 'p', 'does Towson have SciFinder? I need to do a reaction search for my research project'],
    [30, 'l', 'Hi! Hugo at Cook Library, Towson University. Are you a grad student or an undergrad? Access differs.'],
    [66, 'p', "undergrad, in Dr. Patel's lab"],
    [74, 'l', "Yes — it's called CAS SciFinder now. You register once with your towson.edu email: library.towson.edu > Databases A-Z > CAS SciFinder > Register. After that, use the Reactions tab and draw your starting material."],
    [80, 'l', 'For a proper walkthrough, set up a time with our chemistry librarian — she runs short SciFinder trainings for research students.'],
    [86, 'l', 'Does that get you what you need?'],
    [150, 'p', 'yes registered, thanks! all set'],
    [156, 'l', 'Great! Thanks for chatting, good luck in the lab.'],
  ], usual({ referral: 'fail' })),
];

/**
 * LEFT: labelled from RUBRIC.md, still misread by the scorer. Each runs through `describeLeft`.
 */
const LEFT_WHY: Record<string, string> = {
  '02 integral of x e^x for WebAssign: no homework done, Lamar notes, "stop by" the Math Tutoring Lab (no contact)':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 7: "If you\'d like a person to go over it with you, the Math Tutoring Lab does free drop-in calc help: just stop by, it\'s on the 2nd floor of the Science Complex." RUBRIC (Referral): telling the patron to "visit" a department or office is a referral; a floor and a building are no postal address, so no way to reach it. The party is the subject of a description and the directive ("just stop by") has no object; "Stop by the Math Tutoring Lab …" fails as labelled.',
  '04 SkyForge trademark for 3D-printed drone parts: tmsearch.uspto.gov, "talk to [a trademark attorney]" (no contact), "ok thanks"':
    'referral.contact: expected fail, got na. Message 7: "That depends on whether buyers could confuse the two, and that\'s really a call for a trademark attorney, so I\'d talk to one before you file." RUBRIC (Referral): telling the patron to contact or ask a person outside the chat (read as in round 42: "check with your pharmacist" is one); no contact given. The advice is first-person ("I\'d talk to one") and the party is a pronoun pointing back to the previous clause; "Talk to a trademark attorney before you file." fails as labelled.',
  '11 NASA TN D-7428 (1973): not online, Gov Docs consulted, follow-up by e-mail "by Thursday afternoon", "Does that work for you?" on the plan':
    'followup.completeness: expected fail, got pass (evidence message 9 "Does that work for you?"). The question follows message 8 "I\'ll email you by Thursday afternoon either way, with a scan if we have it or an interlibrary loan option if not." and asks about that plan. RUBRIC: the question must ask whether the information ALREADY given meets the need; "A question about something not yet given … does not count". No other completeness question in the chat.',
};

describe('forty-fourth round: science, maths, engineering and computing, checked', () => {
  describeSessions('whole sessions', stem.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', stem.filter((c) => c.name in LEFT_WHY));
});
