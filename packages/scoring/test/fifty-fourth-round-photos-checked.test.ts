/**
 * Fifty-fourth round, theme PHOTOGRAPHS, SCANNING AND DIGITIZING, checked: 38 whole sessions no one had written, from public
 * library "ask a librarian" chats about family photos and old media: booking scanning stations and memory labs (photo
 * feeders, flatbeds, slide and 120-film holders, scan to USB / e-mail / phone, Google Drive), VHS, VHS-C, MiniDV, 8mm film,
 * audio cassettes and reel-to-reel tapes, Kodachrome carousels, glass plate negatives, dpi for enlargements, storing
 * negatives, flood-stuck prints, fixing scratches, dating a carte de visite, oral histories (a recorder kit, the Veterans
 * History Project, StoryCorps), local history photo searches (a hardware store, a school, the 1936 flood, a 1979 yearbook, a
 * 1912 plat map) and donating photos and slides to the local history room or a historical society. Providers book, explain,
 * search, refer (the archivist, a vendor, Adult Services, a historical society, a photo center) and promise follow-ups; the
 * patrons write in chat-speak, in Spanish, at length and curtly. Every one of the 17 checks labelled in every session before
 * it was run (batch 1: 01-32, copied aside to /tmp/fiftyFourthRoundPhotos-labels.ts before the first run; batch 2: 33-38,
 * copied aside to /tmp/fiftyFourthRoundPhotos-labels-batch2.ts before its first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 95 s pickup; `pickedUpAt` at 50 s with the first line at 75 s; a pickup at exactly 60 s;
 *   "Hi there!" + "This is Omar with …" split over two lines; "Hi! Sorry about the wait." under the screen name "Ref Desk 3"
 *   (names no one: fail); chat-speak "hi" + "yes at main, 2nd floor…" (fail); a greeting that is also a transfer notice in
 *   Spanish ("Un momento, le paso con mi compañera que habla español"); a restatement in the greeting ("So you'd like to
 *   record your grandmother's stories…?"); a statewide provider at another library;
 *  inquiry: print vs album, full-size vs VHS-C, mounts, prints vs negatives, branch, print size, grade, number of items, in
 *   person vs phone asked only after the kit and catalogue were given (fail);
 *  waits: "Let me check which branches…" then 155 s with a patron "ok" inside (fail); holds at 86/190/300 with a partial
 *   result "found two so far, still looking" (pass); an answer exactly 120 s after the patron (pass); two internal lines while
 *   the patron waits 140 s (fail); "Sure, take your time!" before a 250 s absence (waiting on the patron: pass);
 *  endings: check-in at 230 and "disconnected … end this session … chat back anytime" at 330; "You still with me?" and "I
 *   haven't heard from you in a few minutes, so I'll close this chat now. If you still need help, just start a new chat!";
 *   nothing after "Did that help?" until the end 306 s later (idle, notice, courteous fail); a goodbye 136 s after the answer
 *   with no check-in; the patron's "thats everything" last with no goodbye; "np, bye"; "Glad to help. Take care!";
 *   "¡Gracias por usar nuestro chat, que le vaya bien!"; "De nada! Thanks for using Ask a Librarian."; "you've reached the
 *   limit of questions for one chat session" (dismissal); "My shift is over so I have to close this chat now. Bye."
 *   (dismissal, no way back); "several other patrons waiting … chat back in later, or call our Adult Services desk" (allowed);
 *   patron-side "thats all i needed", "that's everything", "thats everything", "nothing else", "no more questions", "es
 *   todo", "yep cool that's it" (LEFT), "ok thx" and "ok" (not done);
 *  sources: booking pages, guides, the catalogue, LOC and NEDCC pages, archivists.org; none at all (flood-stuck prints:
 *   advice only);
 *  referrals: the archivist by e-mail and phone; a historical society named bare; a vendor by phone with "ask at the Costco
 *   photo center" bare (fail); the library's Adult Services desk by phone; "stop by the Local History Room on the 3rd floor …
 *   Tuesday to Thursday 10-4" (LEFT); "E-mail them to yourself" (no referral: LEFT); a forms page and "the archivist reviews
 *   it" (no referral);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h; "I'll get back to you at <e-mail>" with
 *   no time, coded Answered (code and contact fail, pending); FU_LIB with the phone read back, "within 72 hours", not done by
 *   day 4; FU_ME "by tomorrow afternoon" done after 90 h; FU_ME with the e-mail only in `patron.email` ("the address on your
 *   library account") and "by Monday", done in 50 h (contact fails, on_time passes);
 *  codes: a true Lost Call (greeting, check-in, notice); Lost Call after three patron lines; a Lost Call no provider picked
 *   up; null; Practice;
 *  transfers: a notice (a hold) and an internal note saying why (pass); a visible notice in Spanish with no note (fail); a note
 *   and the patron told only after the transfer, by the receiver (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, plus another
 *   provider's chat, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "yep cool that's it" (to "Did you get what you needed?") says explicitly that the patron is done, like "that's all";
 *   "ok thx", "ok", "ok ill try thanks" do not;
 * - "I haven't heard from you in a few minutes, so I'll close this chat now" tells the patron they seem to be gone and that
 *   the session will end (a disconnect notice), and "If you still need help, just start a new chat!" invites them back (a
 *   goodbye); "You still with me?" asks whether the patron is still there;
 * - "E-mail them to yourself and save them to Drive" names no person or organisation outside the chat: no referral;
 * - "stop by the Local History Room on the 3rd floor of the Main library, Tuesday to Thursday 10-4" tells the patron to visit
 *   the library's own department (a referral); a floor and hours are no e-mail, phone, postal address or URL, and the URL in
 *   the same message (alderbaylib.org/archive) is the digital archive to use, a source, not a way to reach the room;
 * - a Spanish transfer notice ("Un momento, le paso con mi compañera") is a hold, so the 60 s to the receiver's first line is
 *   one span; a receiver's "Soren passed your chat to me" after the transfer does not tell the patron before it;
 * - "I've found two so far, still looking for more." is a partial result that says the search goes on: a hold;
 * - "Glad to help. Take care!", "np, bye" and "You're welcome — enjoy the reunion! Goodbye." say goodbye;
 * - "Would that work for you?", "Would that work?", "Did that work?", "Did you get what you needed?", "Does the LOC guide help
 *   in the meantime?", "¿Le sirve esta información?" ask whether what was given meets the need;
 * - a Lost Call with no provider ever joining scores pickup fail, code pass (one patron message) and the rest na.
 *
 * COUNTS. Written: 38 whole sessions (batch 1: 32, batch 2: 6), all 17 statuses labelled in each before its first run.
 * First run as labelled / disagreeing: 35 / 3 (batch 1: 31 / 1; batch 2: 4 / 2). Label corrections: 0.
 * Final: 35 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 12: "E-mail them to yourself and save them to Drive from there." read as a referral without
 *    contact (fail; RUBRIC na: no one outside the chat to contact or visit);
 *  - closing.anything_else, case 33: the patron's "yep cool that's it" not read as saying they are done (fail; RUBRIC pass);
 *  - referral.contact, case 35: "stop by the Local History Room on the 3rd floor … Tuesday to Thursday 10-4" passed on the
 *    digital archive's URL in the same message (pass; RUBRIC fail: no way to reach the room).
 * Every timing check (pickup at 95 s, at exactly 60 s and by `pickedUpAt`, keep_informed across holds, a partial result,
 * internal lines, a Spanish transfer notice and an exact 120 s wait, idle and disconnect spans of 136, 210, 240, 254 and 306 s,
 * concurrency at touching ends, on_time done in 30 h / 50 h, late at 90 h, pending, overdue at day 4) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed in the chat,
 * an e-mail only in `patron.email`, a patron phone read back).
 *
 * ON v50's last reading (P15, written after this file and from it): case 12's "E-mail them to yourself and save them to Drive"
 *   reads as no referral, as labelled, and runs: 36 running, 2 LEFT.
 * ON v51 (block Q, written from this file): case 33's "yep cool that's it" reads as the patron being done (Q1), as labelled,
 *   and runs: 37 running, 1 LEFT (case 35).
 * FINAL RUN (`--project scoring`, this file only): 38 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. Please wait for the next available librarian.`];

const JUNE: Prov = { id: 'june-p', name: 'June', library: 'MCPL' };
const RAVI: Prov = { id: 'ravi', name: 'Ravi', library: 'EBL' };
const DESK3: Prov = { id: 'desk3', name: 'Ref Desk 3', library: 'ELL' };
const TOMASZ: Prov = { id: 'tomasz', name: 'Tomasz', library: 'LGL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'HFL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'PCL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'WML' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'GRL' };
const ANA: Prov = { id: 'ana-s', name: 'Ana (statewide)', library: 'STATE' };
const DENISE: Prov = { id: 'denise', name: 'Denise', library: 'TPL' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'RPL' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'BVY' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'FVL' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'CWL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'LKS' };
const TRAINEE: Prov = { id: 'trainee', name: 'Trainee 1', library: 'TRN' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'RVL' };
const LUIS: Prov = { id: 'luis', name: 'Luis Alvarez', library: 'RVL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'SVL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía Romero', library: 'SVL' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'CRL' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'MNL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'GWL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'NWL' };
const OAKDESK: Prov = { id: 'oak1', name: 'oaklib_chat1', library: 'OAK' };
const ELLEN: Prov = { id: 'ellen', name: 'Ellen', library: 'WBY' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'ASH' };
const FRANK: Prov = { id: 'frank', name: 'Frank', library: 'BXL' };
const CHO: Prov = { id: 'cho', name: 'Cho', library: 'MHL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'DVL' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'GFL' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'RWL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'SHL' };
const NOBODY: Prov = { id: 'queue-sh', name: 'Unassigned', library: 'SHL' };
const MINA: Prov = { id: 'mina', name: 'Mina', library: 'CBL' };
const ODILE: Prov = { id: 'odile', name: 'Odile', library: 'PNL' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'ABL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'RFL' };
const RHEA: Prov = { id: 'rhea', name: 'Rhea', library: 'TLL' };
const SOREN: Prov = { id: 'soren', name: 'Soren', library: 'HVL' };
const DALE: Prov = { id: 'dale', name: 'Dale Okafor', library: 'HVL' };

export const fiftyFourthRoundPhotos: SessionCase[] = [
  s(JUNE, '01 booking the photo scanner for 200 loose prints: format asked, booking URL, "thats all i needed"', [
    [0, 'p', 'hi can i book the scanner thing at main? i have like 200 old family photos'],
    [25, 'l', 'Good morning! This is June, a librarian at Mill Creek Public Library.'],
    [31, 'l', 'Are the photos loose prints, or are some of them still in albums? And do you want them saved to a USB or emailed?'],
    [80, 'p', 'loose prints mostly, a few in one of those sticky albums. usb i think'],
    [88, 'l', 'Our Digital Media Lab at Main has an Epson flatbed with a photo feeder for loose prints. You book it online at millcreeklibrary.org/dml (2-hour slots, library card needed). For the sticky album pages the lid lifts off, so you can scan a whole page without pulling the photos. Bring your own USB drive.'],
    [94, 'l', 'Does that answer what you needed?'],
    [140, 'p', 'yes!! thats all i needed'],
    [146, 'l', 'Wonderful — thanks for chatting, and have fun with the photos!'],
  ], usual()),

  s(RAVI, '02 mom\'s wedding VHS: "Let me check which branches…", patron "ok" inside the wait, answer 155 s after the hold', [
    [0, 'p', "Do you guys have a way to put VHS tapes on DVD or computer? My mom's wedding video"],
    [30, 'l', 'Hi there, Ravi here at Ask a Librarian, Eastbrook Library.'],
    [36, 'l', 'Is it a full-size VHS tape or one of the small camcorder ones (VHS-C or 8mm)?'],
    [90, 'p', 'full size i think. the normal one'],
    [95, 'l', 'Let me check which branches have the conversion station this month.'],
    [130, 'p', 'ok'],
    [250, 'l', 'Thanks for waiting. The Memory Lab at our Central branch has a VHS-to-digital station; reserve it at eastbrooklib.org/memorylab. It saves an MP4 to your USB drive. A 2-hour tape records in real time, so book a 3-hour slot.'],
    [256, 'l', 'Would that work for you?'],
    [300, 'p', 'yes perfect thanks'],
    [305, 'l', 'Anything else I can help with?'],
    [330, 'p', "no that's it"],
    [335, 'l', 'Great, thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail' })),

  s(DESK3, '03 kodachrome carousels: queue, pickup at 95 s, "Hi! Sorry about the wait." under the screen name "Ref Desk 3" (no one named)', [
    [0, 'p', 'hello, i have about 3 carousels of kodachrome slides from the 60s. can the library scan those'],
    queue(2, 2),
    [95, 'l', 'Hi! Sorry about the wait.'],
    [101, 'l', 'Are they mounted in cardboard frames, or plastic?'],
    [150, 'p', 'cardboard mostly'],
    [156, 'l', "Our slide scanner (a Plustek OpticFilm) is at the Ellis branch; it takes mounted 35mm slides one at a time. There's a how-to guide at ellislibrary.org/guides/slides. For 3 carousels that's several sessions."],
    [162, 'l', 'Is that helpful?'],
    [200, 'p', 'ok thx'],
    [206, 'l', "You're welcome. Bye!"],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  s(TOMASZ, '04 interviewing grandpa: kit and catalogue given first, "in person or over the phone?" only after', [
    [0, 'p', "I want to interview my grandpa about the war before it's too late. Does the library lend recorders?"],
    [20, 'l', "Hello, I'm Tomasz, a librarian at Linden Grove Library."],
    [26, 'l', "Yes! We lend an Oral History Kit (a Zoom H1n recorder, two lapel mics and a tripod) for 3 weeks; place a hold in the catalogue at lindengrove.org/catalog, search 'oral history kit'."],
    [32, 'l', 'Will you be recording in person or over the phone?'],
    [80, 'p', "in person, he's in a nursing home"],
    [86, 'l', "Then the kit is perfect. The Library of Congress Veterans History Project has a field kit with sample questions at loc.gov/vets."],
    [92, 'l', 'Does that cover it?'],
    [140, 'p', 'yes, thank you so much'],
    [146, 'l', 'Any other questions?'],
    [170, 'p', 'no'],
    [175, 'l', 'Thank you for chatting, and good luck with the interview!'],
  ], usual({ clarify: 'fail' })),

  s(PRIYA, '05 1950s Main St prints to the Local History Room: the archivist by e-mail and phone, donate page, "that\'s everything"', [
    [0, 'p', 'I have a box of photos of Main St from the 1950s, my dad took them. Would the local history room want them?'],
    [35, 'l', 'Hi! Thanks for contacting Ask Us. This is Priya at Harmon Falls Library.'],
    [41, 'l', 'Do you know roughly how many there are, and are they prints or negatives?'],
    [100, 'p', 'maybe 80 prints and an envelope of negatives'],
    [106, 'l', 'The Local History Room does take donations like that, but the archivist decides what to accept. Please e-mail Carol Weiss, our local history archivist, at localhistory@harmonfallslib.org with a few sample scans, or call her at 555-312-0044. The donation policy and deed of gift form are at harmonfallslib.org/localhistory/donate.'],
    [112, 'l', 'Is that what you were looking for?'],
    [170, 'p', "yes. that's everything, thanks"],
    [176, 'l', 'Thank you, and thanks for thinking of us!'],
  ], usual({ referral: 'pass' })),

  s(GUS, '06 aunt\'s town photos: "contact the Pikeville Historical Society" with no contact, archivists.org guide', [
    [0, 'p', 'my aunt passed and left tons of old photos of the town, like the mill and parades. who would want these'],
    [22, 'l', "Hi, I'm Gus, reference librarian at Pike County Library. Sorry about your aunt."],
    [28, 'l', 'Are the photos mostly of Pikeville itself? Do you know if any have names or dates on the back?'],
    [90, 'p', 'yes pikeville, some have writing on back'],
    [96, 'l', "Those sound like a great fit for a local collection. You should contact the Pikeville Historical Society, they collect exactly this kind of thing. Before you hand them over, the Society of American Archivists' guide 'Donating Your Personal or Family Records' at archivists.org explains what to expect."],
    [102, 'l', 'Does that help?'],
    [150, 'p', "yep thanks, that's all"],
    [156, 'l', 'Thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  s(BEA, '07 grandfather\'s hardware store (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Looking for any photos of my grandfathers hardware store, Kowalski Hardware on Elm St, maybe 1940s-60s'],
    [28, 'l', 'Good afternoon! Bea here, librarian at Westfield Memorial Library.'],
    [34, 'l', 'Do you know the street number, or roughly which years it was open?'],
    [80, 'p', '412 Elm, I think it closed in 1968'],
    [86, 'l', 'Let me search our digitized photo collection.'],
    [170, 'l', "Our online photo archive (westfieldlibrary.org/photos) has one 1955 street view of the 400 block of Elm, but the store sign is hard to read. Many more photos are in the Local History Room and aren't scanned yet. I can have our archivist go through the Elm Street folders and e-mail you what she finds. What's the best e-mail?"],
    [220, 'p', 'tkowalski88@example.com'],
    [226, 'l', "tkowalski88@example.com — got it. You'll hear from us by Friday."],
    [232, 'l', 'Anything else for today?'],
    [260, 'p', 'no thats great, thank you!!'],
    [266, 'l', 'Thanks for reaching out, bye for now!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  s(MARCUS, '08 120 film negatives: "I\'ll get back to you at <e-mail>" with no time, coded Answered (pending)', [
    [0, 'p', 'Can you tell me if the library has a scanner that does negatives? 120 film, medium format'],
    [24, 'l', 'Hi, Marcus from Ask a Librarian at Greer Public Library.'],
    [30, 'l', 'Are they strips of negatives, or individual frames? And color or black-and-white?'],
    [75, 'p', 'strips, b&w, from my grandmas Rolleiflex'],
    [82, 'l', "Our Creation Lab flatbed (Epson V600) has a 120 film holder; the lab's equipment list is at greerlibrary.org/creationlab. I'm not sure the holder is still in the kit though. I'll check with the lab staff and e-mail you. What address should I use?"],
    [130, 'p', 'ok its rolleigran@example.com'],
    [136, 'l', "Thanks, I'll get back to you at rolleigran@example.com."],
    [142, 'p', 'thank u'],
    [148, 'l', "You're welcome, take care!"],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  s(ANA, '09 1979 yearbook photo (follow-up by patron\'s library): phone read back, "within 72 hours", not done by day 4', [
    [0, 'p', 'does Brookside library have the old yearbooks scanned? class of 1979 Brookside High'],
    [45, 'l', "Hello, this is Ana with the statewide AskUsNow chat. I'm not at Brookside, but I'll see what I can find."],
    [52, 'l', 'Are you looking for a specific person or photo, or the whole yearbook?'],
    [110, 'p', 'a photo of my mom, Linda Perez, for her 65th bday party'],
    [116, 'l', 'One sec while I look.'],
    [200, 'l', "Brookside's digital collections page (brooksidelibrary.org/digital) has yearbooks only up to 1975. I'll send your question to the Brookside local history staff so they can check the print copy of the 1979 yearbook. What's a good phone number or e-mail for them to reach you?"],
    [250, 'p', '555-867-0134 is fine'],
    [256, 'l', 'Great, 555-867-0134. Someone from Brookside will contact you within 72 hours.'],
    [262, 'p', 'ok thanks!!'],
    [268, 'l', 'Thank you for using AskUsNow! Good luck with the party.'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  s(DENISE, '10 dating a carte de visite (follow-up by me): e-mail read back, "by tomorrow afternoon", done after 90 h', [
    [0, 'p', "hi, do you know how to date an old photo? it's on a thick card with a studio name, Hartley & Sons, Troy NY"],
    [30, 'l', "Hi there! I'm Denise, a librarian at Troy Public Library."],
    [36, 'l', 'Is it a small card (about 2.5 x 4 in) or a bigger one? That narrows the era a lot.'],
    [90, 'p', 'the small one. like a playing card'],
    [96, 'l', "That's a carte de visite, popular from about 1860 to 1890. The Library of Congress guide 'Dating Photographs' at loc.gov/rr/print/coll explains how the card mounts changed. Our city directories would show what years Hartley & Sons was in business, but they're on microfilm here. I can look them up and e-mail you the years. What's your e-mail?"],
    [150, 'p', 'sure, mfinch@example.org'],
    [156, 'l', "mfinch@example.org, thanks. I'll send the dates by tomorrow afternoon."],
    [162, 'l', 'Does the LOC guide help in the meantime?'],
    [200, 'p', 'yes very cool'],
    [206, 'l', 'Anything else I can do?'],
    [230, 'p', 'nope'],
    [236, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(KIM, '11 dpi for enlargements: answer with "Does that help?", patron gone, check-in at 230, "disconnected … end this session … chat back anytime" at 330', [
    [0, 'p', "what's the best resolution to scan old photos at? for printing later"],
    [20, 'l', "Hello! You've reached Kim at Ask a Librarian, Rockport Library."],
    [26, 'l', 'How big do you want the prints, same size or enlarged?'],
    [70, 'p', 'maybe bigger, like 8x10 from a 4x6'],
    [76, 'l', 'Scan at 600 dpi for that; 300 dpi is fine for same-size prints. Our scanning guide at rockportlib.org/guides/scanning has a table by print size. Does that help?'],
    [230, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll end this session now. Feel free to chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  s(LEO, '12 scanning to Google Drive: answer at 66, "Did that help?", then nothing until the session ends at 372', [
    [0, 'p', 'can i scan photos to google drive at the library'],
    [25, 'l', "Hi, Leo with Bayview Library's chat."],
    [31, 'l', 'Which branch are you going to?'],
    [60, 'p', 'harbor branch'],
    [66, 'l', "Harbor's scanner saves to USB or e-mail only, not straight to Google Drive. E-mail them to yourself and save them to Drive from there. The scanner instructions are at bayviewlibrary.org/scan."],
    [72, 'l', 'Did that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 300 }),

  s(SAM, '13 8mm home movies (Lost Call): greeting, patron gone at 40, check-in at 170, notice + invitation back at 240', [
    [0, 'p', 'how much does it cost to digitize 8mm home movies'],
    queue(2),
    [30, 'l', "Hi, I'm Sam, a librarian with Ask Us at Fairview Library."],
    left(40),
    [170, 'l', 'Are you still there?'],
    [240, 'l', "It seems you've disconnected, so I'm going to close this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(NORA, '14 family albums vs lake photos: answered, patron leaves, coded Lost Call after three patron lines', [
    [0, 'p', 'hi'],
    [8, 'p', 'i need to know if i can donate my old photo albums'],
    [40, 'l', 'Hello, this is Nora at Clearwater Library. Albums of your own family, or of the town?'],
    [90, 'p', 'family mostly but some of the lake'],
    [96, 'l', "The Local History Room takes photos of the lake and the town; the donation form is at clearwaterlib.org/donate. Family albums we usually don't take unless they show local places. Does that help?"],
    left(130),
    [135, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(OMAR, '15 dad\'s sermon cassettes: pickedUpAt 50 s, first line at 75, "Hi there!" + name in the second line, code null', [
    [0, 'p', 'Is there a place I can digitize audio cassettes? my dads sermons'],
    [75, 'l', 'Hi there!'],
    [80, 'l', "This is Omar with Lakeside Library's Ask Us service. Are they standard cassettes or microcassettes?"],
    [130, 'p', 'standard'],
    [136, 'l', "Lakeside's Memory Lab has a cassette deck hooked to a PC with Audacity. Book it at lakesidelib.org/memorylab; the step-by-step guide is on that page. Does that answer your question?"],
    [190, 'p', 'yes, thats all I needed'],
    [196, 'l', 'Glad to help. Take care!'],
  ], usual({ code: 'fail' }), { resolutionCode: null, pickedUpAt: at(50) }),

  s(TRAINEE, '16 practice chat (scanner script): coded Practice, every check na', [
    [0, 'p', 'testing 123 - scanner hours?'],
    [12, 'l', 'test reply: scanner hours are at example.org/hours'],
    [30, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(JESS, '17 1936 flood photos for an 8th-grade report: transfer to Local History with a notice and a note saying why', [
    [0, 'p', 'im writing a school report on the 1936 flood, are there pictures in the library?'],
    [20, 'l', "Hi! I'm Jess, a librarian at Riverton Library."],
    [26, 'l', 'What grade is the report for, and do you need pictures you can print in the report?'],
    [70, 'p', '8th grade, yes print'],
    [78, 'l', "Our local history librarian, Mr. Alvarez, knows the flood photos best, so I'm going to transfer you to him. Just a moment!"],
    [82, 'i', 'Luis, 8th grader needs printable 1936 flood photos for a report, can you take it?'],
    xfer(85, 'Luis Alvarez', 'luis'),
    [130, 'l', "Hi, this is Luis in Local History. Our digital collection at rivertonlibrary.org/digital has 40 photos of the 1936 flood; search 'flood 1936'. You can download and print them for school, just write 'Courtesy Riverton Library' under each one.", as(LUIS)],
    [136, 'l', 'Does that work for your report?', as(LUIS)],
    [180, 'p', "yes thanks!! that's all"],
    [186, 'l', 'Good luck with the report, thanks for asking us!', as(LUIS)],
  ], usual({ transfer: 'pass' })),

  s(PAT, '18 Spanish photo scanning: "le paso con mi compañera" then the transfer, no internal note', [
    [0, 'p', 'hola, quiero escanear fotos viejas de mi familia, ¿tienen escáner en la biblioteca?'],
    [30, 'l', "Hello! I'm Pat with Ask a Librarian at Sunnyvale Library. Un momento, le paso con mi compañera que habla español."],
    xfer(40, 'Lucía Romero', 'lucia'),
    [90, 'l', '¡Hola! Soy Lucía, bibliotecaria de Sunnyvale. ¿Las fotos son impresas o negativos?', as(LUCIA)],
    [140, 'p', 'impresas, unas 50'],
    [146, 'l', 'Tenemos un escáner de fotos en la Biblioteca Central, en el segundo piso. Puede reservarlo en sunnyvalelib.org/escaner. Guarda las fotos en su USB. ¿Le sirve esta información?', as(LUCIA)],
    [200, 'p', 'sí, gracias'],
    [206, 'l', '¿Algo más en que le pueda ayudar?', as(LUCIA)],
    [230, 'p', 'no, es todo'],
    [236, 'l', '¡Gracias por usar nuestro chat, que le vaya bien!', as(LUCIA)],
  ], usual({ transfer: 'fail' })),

  s(HAL, '19 fixing scratches on scans: three other chats open, four at once from 100 s', [
    [0, 'p', 'is there free software at the library to fix scratches on old scanned photos'],
    [18, 'l', "Hi, I'm Hal, a librarian at Cedar Ridge Library."],
    [24, 'l', 'Do you want to do it on a library computer or at home?'],
    [60, 'p', 'at the library'],
    [66, 'l', "The Creative Lab PCs have GIMP and Photoshop Elements; the healing tools fix scratches. Our guide 'Restoring Old Photos' is at cedarridgelib.org/guides/restore. Is that the sort of thing you wanted?"],
    [120, 'p', 'yes. thats everything'],
    [126, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'hal', -400, 300), other('h2', 'hal', -60, 500), other('h3', 'hal', 100, 700)],
  }),

  s(IRIS, '20 slide mounts vs sleeves: others touching both ends, three at most at once, a colleague\'s chat ignored', [
    [0, 'p', 'should i take my slides out of the plastic mounts before scanning?'],
    [22, 'l', 'Good afternoon, Iris here, librarian at Marion North Library.'],
    [28, 'l', 'Are the mounts glass-covered, or plain plastic?'],
    [60, 'p', 'plain plastic'],
    [66, 'l', "Leave them in: plain mounts fit the slide holder on our scanner. Our guide at marionnorthlib.org/guides/slides shows the holder. Did that answer it?"],
    [120, 'p', 'yes, thats all. thanks'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('i1', 'iris', -300, 0), other('i2', 'iris', -50, 200), other('i3', 'iris', 30, 400), other('i4', 'iris', 131, 500), other('x1', 'someone-else', 0, 300)],
  }),

  s(VIC, '21 slides and negatives and printing: "you\'ve reached the limit of questions for one chat session"', [
    [0, 'p', 'how do i scan slides AND negatives AND what format should i save as AND can i print them there'],
    [25, 'l', 'Hi, Vic from Ask Us at Glenwood Library.'],
    [30, 'l', 'Which do you want to start with, slides or negatives?'],
    [70, 'p', 'slides'],
    [76, 'l', 'The slide scanner at Glenwood Main scans mounted 35mm slides; the how-to is at glenwoodlib.org/slides. Save as TIFF for keeping and JPG for sharing.'],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'ok and the negatives? and printing? and can i do it on my phone instead'],
    [126, 'l', "Sorry, you've reached the limit of questions for one chat session. I have to end it here."],
    [140, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(RUTH, '22 church anniversary digitizing: "several other patrons waiting … chat back in later, or call our Adult Services desk"', [
    [0, 'p', 'my church is doing a 150th anniversary and wants to scan all the old directories and photos, can the library help'],
    [40, 'l', 'Good evening, this is Ruth at the Ask Us desk of Norwood Library.'],
    [46, 'l', 'About how many items, and do you want to do it yourselves or have someone do it?'],
    [110, 'p', 'hundreds. ourselves probably. also how do we make a book from it, and can we get a grant, and where to store them after, and can we use the meeting room'],
    [118, 'l', 'For doing it yourselves, the Digitization Station at Norwood Main (norwoodlib.org/digitize) has a large-format flatbed for the directories, and volunteers can book 3-hour slots. Does that fit what you had in mind?'],
    [170, 'p', 'yes and the other stuff?'],
    [176, 'l', 'Those are great questions, but I have several other patrons waiting right now. Please chat back in later, or call our Adult Services desk at 555-220-4810 and they can walk you through grants and the meeting room.'],
    [190, 'p', 'ok'],
    [195, 'l', 'Thanks so much, and congratulations on the anniversary!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(OAKDESK, '23 chat-speak: "hi" then "yes at main…" (no one named), "hours r at oaklib.org/hours", "np, bye"', [
    [0, 'p', 'do u have a scanner that does photos'],
    [15, 'l', 'hi'],
    [20, 'l', 'yes at main, 2nd floor. do u need the photo feeder or just flatbed?'],
    [50, 'p', 'just flatbed'],
    [55, 'l', 'k, flatbed is walk-in, no booking. hours r at oaklib.org/hours'],
    [70, 'p', 'k thx'],
    [75, 'l', 'np, bye'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  s(ELLEN, '24 flood-stuck prints: advice only, no source named, "Does that help a bit?"', [
    [0, 'p', "My grandmother's photos are stuck together from a flood. Can they be saved?"],
    [30, 'l', "Hi, I'm Ellen, a librarian at Westbury Library. Oh no, I'm sorry!"],
    [36, 'l', 'Are they still wet, or dried and stuck?'],
    [90, 'p', 'dried, stuck in a stack'],
    [96, 'l', "I'd be careful not to pull them apart dry, the emulsion can tear off. Some people soak them in cool distilled water until they separate, but older prints can dissolve, so test a corner of the one you care about least first."],
    [102, 'l', 'Does that help a bit?'],
    [150, 'p', 'ok ill try thanks'],
    [156, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  s(NADIA, '25 Lincoln School photos for a reunion: holds at 86/190 (partial result, still looking)/300, answer at 395', [
    [0, 'p', 'Looking for any photos of the old Lincoln School (torn down 1972?) for a reunion slideshow'],
    [22, 'l', 'Hello! Nadia here, librarian at Ashby Public Library.'],
    [28, 'l', 'Do you need photos of the building itself, or of classes and events too? And how high-res for the slideshow?'],
    [80, 'p', 'building mainly, anything that looks ok on a projector'],
    [86, 'l', 'Let me look through our digital collections, one moment.'],
    [190, 'l', "I've found two so far, still looking for more."],
    [300, 'l', 'Still searching the newspaper photo index, bear with me.'],
    [395, 'l', "Okay! In Ashby Digital Collections (ashbylibrary.org/digital) search 'Lincoln School': there are 5 photos of the building from 1920 to 1971, all downloadable at 1200 px or more, plenty for a projector."],
    [401, 'l', 'Is that what you were looking for?'],
    [450, 'p', 'yes!!! this is amazing. nothing else, thanks'],
    [456, 'l', "You're welcome — enjoy the reunion! Goodbye."],
  ], usual()),

  s(FRANK, '26 donating 600 county fair slides: "Sure, take your time!" then the patron away 250 s counting boxes', [
    [0, 'p', "I want to donate my late husband's slides of the county fair to the library, 1970s-80s"],
    [30, 'l', "Good morning, this is Frank with Ask Us at Baxter County Library. I'm sorry for your loss."],
    [36, 'l', 'How many slides are there? Are they labeled with years?'],
    [80, 'p', 'let me go count the boxes'],
    [86, 'l', 'Sure, take your time!'],
    [336, 'p', '6 boxes, about 600, labeled by year on the box'],
    [342, 'l', 'Thanks! One moment while I check the collecting policy.'],
    [420, 'l', 'Our Local History Room collects county fair material. The first step is the donation inquiry form at baxterlib.org/localhistory/donate; the archivist reviews it and sets up a time to look at the slides. Would that work for you?'],
    [470, 'p', "yes I'll fill it out. that's all I needed"],
    [476, 'l', 'Wonderful. Thank you for thinking of us!'],
  ], usual()),

  s(CHO, '27 phone vs scanner: PhotoScan named, guide URL, patron "thats everything" last, no goodbye', [
    [0, 'p', 'whats the difference between scanning a photo and photographing it with my phone? which is better'],
    [20, 'l', "Hi, I'm Cho, librarian at Maple Heights Library's Ask Us."],
    [26, 'l', 'What are you planning to do with the images, share online or make prints?'],
    [60, 'p', 'mostly facebook and a family slideshow'],
    [66, 'l', "For sharing online a phone scan is usually fine; Google's free PhotoScan app removes glare. For prints, a flatbed scanner gives more detail. Our 'Digitizing Family Photos' guide compares both: mapleheightslib.org/guides/family-photos."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yep perfect. thats everything'],
  ], usual({ courteous: 'fail' })),

  s(WREN, '28 scanning on the copier: answer at 76, goodbye at 212 (final idle 136 s) with no check-in', [
    [0, 'p', 'can you scan photos on the library copier'],
    [25, 'l', 'Hi! This is Wren at Ask a Librarian, Dover Library.'],
    [31, 'l', 'Do you want a digital file or a paper copy?'],
    [70, 'p', 'digital'],
    [76, 'l', 'The copiers can scan to e-mail or USB for free, but for photos the Photo Station at the Central branch gives much better quality. Instructions: doverlib.org/photostation.'],
    [82, 'l', 'Does that help?'],
    [212, 'l', 'Thanks for chatting with us today, have a good one!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  s(THEO, '29 40 tapes incl. MiniDV: a vendor with a phone, "ask at the Costco photo center" (no contact), NEDCC leaflet', [
    [0, 'p', 'we have like 40 VHS and camcorder tapes, the library station will take forever. who can do it for us'],
    [28, 'l', "Hello, you've reached Ask Us at Granite Falls Library, my name is Theo."],
    [34, 'l', 'Are any of them the small camcorder tapes (Hi8, MiniDV)? Not every service does those.'],
    [90, 'p', 'yes some mini dv'],
    [96, 'l', 'A local option that does MiniDV is Memory Lane Transfers in Granite Falls, phone 555-404-2231. You could also ask at the Costco photo center, they send tapes out. Before you choose, the Northeast Document Conservation Center has a leaflet on picking a vendor: nedcc.org/free-resources.'],
    [102, 'l', 'Does that give you what you need?'],
    [150, 'p', "yes thank you, that's all i needed"],
    [156, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  s(ALMA, '30 recording grandma\'s Puerto Rico stories: restated in the greeting, StoryCorps app URL, catalogue, "si! gracias"', [
    [0, 'p', 'i want to record my grandma telling stories about growing up in puerto rico. any tips or apps'],
    [25, 'l', "Hi there! I'm Alma, a librarian at Ridgeway Library. So you'd like to record your grandmother's stories and keep them for the family?"],
    [70, 'p', 'yes exactly, maybe share with cousins'],
    [76, 'l', "The StoryCorps app (storycorps.org/participate/storycorps-app) walks you through an interview, with question lists in English and Spanish. We also lend digital voice recorders; search 'voice recorder' in our catalogue at ridgewaylib.org/catalog."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'si! gracias'],
    [126, 'l', 'Anything else I can help with?'],
    [150, 'p', "no that's all"],
    [155, 'l', 'De nada! Thanks for using Ask a Librarian.'],
  ], usual()),

  s(GRETA, '31 scanner quota: a colleague asked in two internal lines while the patron waits 140 s for a visible answer', [
    [0, 'p', 'is there a limit on how many photos i can scan per day at Shelby main'],
    [20, 'l', 'Hello, Greta at Shelby Library here!'],
    [26, 'l', 'Are you using the self-serve scanner or the Digitization Lab?'],
    [60, 'p', 'the self serve one by the copiers'],
    [70, 'i', 'anyone know if main still caps the self-serve scanner?'],
    [160, 'i', 'Main: no cap, 2 hr session limit if ppl waiting'],
    [200, 'l', 'There is no daily limit on the self-serve scanner, but sessions are 2 hours if someone is waiting. The how-to sheet is at shelbylib.org/scan.'],
    [206, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes, no more questions, thanks'],
    [246, 'l', 'Thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  s(NOBODY, '32 no one picked up: patron asks about the memory lab, leaves at 240, coded Lost Call', [
    [0, 'p', 'is the memory lab open on sundays'],
    queue(2, 3),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
  // ---- batch 2 (labelled before its first run) ----
  s(MINA, '33 VHS-C adapter: pickup at exactly 60 s, answer exactly 120 s after the patron, "yep cool that\'s it"', [
    [0, 'p', 'do i need an adapter to play VHS-C tapes in the memory lab vcr'],
    [60, 'l', 'Hello, Mina at Ask Us, Corbin Library, here!'],
    [66, 'l', 'Do you have the adapter already, or are you asking if we lend one?'],
    [90, 'p', 'asking if u lend one'],
    [210, 'l', "Yes — the Memory Lab kit includes a motorized VHS-C adapter; it's listed on the kit page at corbinlib.org/memorylab/kit. It's in the kit bag, no need to ask for it."],
    [216, 'l', 'Did you get what you needed?'],
    [250, 'p', "yep cool that's it"],
    [255, 'l', 'Have a great day, bye!'],
  ], usual()),

  s(ODILE, '34 storing negatives: answer at 80, "You still with me?" at 200, "I haven\'t heard from you … I\'ll close this chat now … start a new chat!" at 320', [
    [0, 'p', 'hi whats the best way to store negatives after scanning them'],
    [30, 'l', "Hi! I'm Odile, a librarian at Pennock Library."],
    [36, 'l', 'Are they in strips, and are they color or black and white?'],
    [70, 'p', 'strips, mixed'],
    [80, 'l', "Archival polypropylene sleeves in a binder or box, kept somewhere cool and dry (not the attic or basement). The Library of Congress page 'Care, Handling, and Storage of Photographs' at loc.gov/preservation/care/photo.html lists what to buy. Does that cover it?"],
    [200, 'l', 'You still with me?'],
    [320, 'l', "I haven't heard from you in a few minutes, so I'll close this chat now. If you still need help, just start a new chat!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  s(PETRA, '35 glass plate negatives: "stop by the Local History Room on the 3rd floor … Tuesday to Thursday 10-4" (no contact), archive URL', [
    [0, 'p', 'where can i see the old glass plate negatives of the town you guys have'],
    [25, 'l', 'Good afternoon, Petra from Ask a Librarian at Alder Bay Library.'],
    [31, 'l', 'Do you want to see the originals, or would digital copies do?'],
    [70, 'p', 'originals if possible, im a photographer'],
    [76, 'l', "The originals are fragile, so they're viewed by appointment: stop by the Local History Room on the 3rd floor of the Main library, Tuesday to Thursday 10-4, and the staff there will set one up. About a third of them are also scanned in our Alder Bay Digital Archive at alderbaylib.org/archive."],
    [82, 'l', 'Would that work?'],
    [130, 'p', "ok, thx, that's all"],
    [135, 'l', 'Thanks for chatting with us!'],
  ], usual({ referral: 'fail' })),

  s(QUENTIN, '36 1912 plat map scan (follow-up by me): "the address on your library account", "by Monday", done in 50 h', [
    [0, 'p', "can someone scan the 1912 plat map of Oak Ridge from your map drawer? i can't come in, i live in Oregon now"],
    [35, 'l', 'Hello, this is Quentin, map librarian at Ridgefield Public Library.'],
    [41, 'l', 'Do you need the whole sheet, or just a section of it? And what resolution?'],
    [100, 'p', 'whole sheet, high res for printing'],
    [106, 'l', "Our large-format scanner can do that. I'll scan it and e-mail you a download link at the address on your library account by Monday. The map is also listed in our catalogue at ridgefieldlib.org/catalog under 'Oak Ridge plat 1912' if you want to check the details."],
    [112, 'l', 'Anything else I can help with?'],
    [140, 'p', "no thank you, that's perfect"],
    [146, 'l', 'Thanks for chatting, have a great weekend!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'q.reader@example.com', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }] }),

  s(RHEA, '37 scan to phone, "error 42": "My shift is over so I have to close this chat now. Bye." (no way back)', [
    [0, 'p', 'how do i get the scanned photos off the scanner onto my phone'],
    [20, 'l', 'Hi, Rhea here, librarian with Ask Us at Tolland Library.'],
    [26, 'l', 'Which scanner are you using, the one in the Teen room or the one by the copiers?'],
    [60, 'p', 'by the copiers'],
    [66, 'l', "That one can send to your phone with the Tolland Print & Scan app: pick 'Scan to mobile' on the screen and scan the QR code. Steps are at tollandlib.org/scan-to-phone."],
    [72, 'l', 'Did that work?'],
    [110, 'p', 'it says error 42 now'],
    [116, 'l', 'My shift is over so I have to close this chat now. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  s(SOREN, '38 reel-to-reel audio: internal note then the transfer; the patron told only afterwards, by the receiver', [
    [0, 'p', "my dad's old reel to reel tapes, can the library do those"],
    [22, 'l', "Hi, I'm Soren at Ask a Librarian, Halvorsen Library."],
    [28, 'l', 'Are they audio reels? Do you know the reel size?'],
    [70, 'p', 'audio, 7 inch reels'],
    [75, 'i', 'Dale, reel-to-reel audio q, 7in reels - you know the media lab gear, can you take this?'],
    xfer(78, 'Dale Okafor', 'dale'),
    [120, 'l', 'Hi, Dale from the Media Lab here — Soren passed your chat to me. Our lab has a reel-to-reel deck for 7-inch audio reels; book it at halvorsenlib.org/medialab and bring a USB drive.', as(DALE)],
    [126, 'l', 'Does that answer it?', as(DALE)],
    [170, 'p', 'yes great, no more questions'],
    [176, 'l', 'Thanks for chatting!', as(DALE)],
  ], usual({ transfer: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '35 glass plate negatives: "stop by the Local History Room on the 3rd floor … Tuesday to Thursday 10-4" (no contact), archive URL':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4). Message 4 tells the patron to "stop by the Local History Room on the 3rd floor of the Main library, Tuesday to Thursday 10-4" (visit the library\'s own department: a referral, RUBRIC Terms) and gives a floor and hours only; the URL in the same message, alderbaylib.org/archive, is the Digital Archive the patron is to use (a source), not a way to reach the room: no e-mail, phone, postal address or URL for the party referred to.',
};

describe('fifty-fourth round: photographs, scanning and digitizing, checked', () => {
  describeSessions('whole sessions', fiftyFourthRoundPhotos.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFourthRoundPhotos.filter((c) => c.name in LEFT_WHY));
});
