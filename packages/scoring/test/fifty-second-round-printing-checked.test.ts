/**
 * Fifty-second round, theme PRINTING, SCANNING, COPYING AND FAXING AT THE LIBRARY, checked: 31 whole sessions no one had
 * written, from public, statewide and university "ask a librarian" chats about the library's print, copy, scan and fax
 * services: print and copy costs (B&W, color, double-sided, international fax pages), printing from a phone, an iPad, a
 * school Chromebook or a laptop (mobile-print pages, the print-by-e-mail address, print drivers), print release stations
 * (a job that never shows up, a Pages file dropped by e-mail printing), print accounts (adding money, checking a balance,
 * a refund for a smeared job), scanning (to e-mail, to Google Drive, to USB at a law library, legal-size court papers,
 * 35mm slides, 300 photos for a birthday), microfilm printing (an obituary, a broken reader-printer), faxing (pay stubs to
 * unemployment, the Social Security office in Spanish, a doctor's fax received at the branch, Mexico, a branch open on
 * Sunday, a library with no fax), a boarding pass, a science-fair poster, sheet music for a choir, a passport copy. Every
 * one of the 17 checks labelled in every session before it was run (the labels copied aside, at
 * /tmp/fiftySecondRoundPrinting-labels.ts, before the first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line with the patron's "hello??" and a 95 s pickup (04); `pickedUpAt` at 50 s with the first visible
 *   line at 190 (29); "Hello! Yes they can." under the screen name "EastlakeRef" (no one identified: fail, 03); "hello!
 *   this is Denise at Oakridge Library" in lower case (25); a statewide "Ask Us Now … I'm covering for several libraries"
 *   (17); Spanish "¡Hola! Le atiende Lucía, bibliotecaria de …" (06); a greeting that is also the goodbye to a patron who
 *   already left (11, Lost Call);
 *  inquiry: branch, print queue, phone vs lab computer, pages and format, send vs receive, slides vs negatives, exact date of
 *   death, home library and deadline, home vs library; a question only after the first source (24: fail);
 *  waits: "One sec, checking Bayview" 55 s (02); "hang on" then two internal lines and 154 s (05: fail); "Let me check
 *   something" then a patron "hello?" at 74 s and the answer at 124 s (16: fail, the patron line does not restart the span);
 *   holds at 80/190/300 with 110/110/95 s gaps (26: pass); a partial result that says the search goes on ("Central … has a
 *   fax (URL). Still checking whether Rockport is open Sunday, one sec.") then 150 s (30: fail); a silent transfer with the
 *   receiver's first line 145 s after the patron (18: fail); "No problem, take your time." and 259 s of the patron away (27:
 *   pass); 140 s between `pickedUpAt` and the first visible line (29: fail);
 *  endings: "Are you still there?" at +144 and "It looks like you've disconnected, so I'm going to end this chat. Feel free
 *   to chat back in anytime!" at +264 (19); "Hi, are you still there?" then a system end, final idle 219 s (20: idle pass,
 *   notice fails, courteous fails); a goodbye 156 s after the answer with no check-in (21); the patron's "yes!! thats
 *   everything thank u" as the last line (26: courteous fails); "you've hit the limit for one chat session, so I'm going to
 *   end it here" and the patron's "wtf" (22: dismissal); "a few other patrons waiting … please chat back in later, or call
 *   our Reference Desk at 555-880-1200" (23: allowed); "Great, have a good one!", "Safe travels! Thanks for chatting.",
 *   "Yay! Thanks for chatting with …", "¡Con mucho gusto! Gracias por usar nuestro chat."; patron-side "that's all i needed
 *   thx", "perfect thats all", "no that's everything", "eso es todo", "omg that was it … thanks thats all", "kinda, thanks.
 *   thats all" (done) and "yea thanks", "ok ty", "ok", "ok will do", "yes thank you", "ok ill try the workforce place" (not);
 *  sources: library URLs for mobile print, fax, scan, copy prices, print balance, print driver, media and memory labs, the
 *   catalog, a copyright guide; a print e-mail address; none at all (25: guest printing explained from memory);
 *  referrals: "I'd call the unemployment office to confirm they got your pages" (no contact: LEFT, 02); "llame a su oficina
 *   local del Seguro Social al 1-800-772-1213" (06); "Bring the smeared pages to the Riverside circulation desk … call
 *   Riverside at 555-310-2277" (17, own library's desk by phone); "call our Reference Desk at 555-880-1200" (23); "Ask the
 *   staff at the front desk for a guest pass" (25: fail); "the UPS Store at 88 Main St, Brookfield" (address) with "go to
 *   the county Workforce Center" (none: fail, 28); staff consulted for the patron ("check with the staff at the desk", "ask
 *   our tech team", "ask the Local History staff", "asking around") as no referral; "release it at the print station",
 *   "pay at a release station", "Go to release station 1" as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow at noon", done in 20 h (07); a promise to "get back to you"
 *   with an e-mail and no time, coded Answered (08: code, contact fail, on_time pending); FU_LIB, phone read back, "by
 *   Thursday", not done by day 5 (09); FU_ME, "within 72 hours", e-mail read back, done after 90 h (10); FU_ME with no patron
 *   contact at all (31: code, contact fail, on_time pending);
 *  codes: a true Lost Call (11); Lost Call after three patron lines (12); null (13); Practice (14);
 *  transfers: a visible "I'm transferring you to her. One moment." and a note that says why (17: pass); a note only (18:
 *   fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at the end (16: three at
 *   most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "I'd call the unemployment office to confirm they got your pages" tells the patron to call an agency: a referral
 *   (Terms: "call, write to, ask or visit them"), here with no contact (02);
 * - "Ask the staff at the front desk for a guest pass when you come in" tells the patron to ask a department of the
 *   provider's own library: a referral, with no contact (25); "release it at the print station", "pay at a release station"
 *   and "Go to release station 1 by the entrance" name machines, not people or offices: no referral;
 * - "Bring the smeared pages to the Riverside circulation desk … If you can't come in, call Riverside at 555-310-2277"
 *   reaches the desk through its branch's phone (17);
 * - "the UPS Store at 88 Main St, Brookfield" is reached by a postal address; "the county Workforce Center" by nothing, so
 *   not every party is reachable (28);
 * - a partial result that says the search goes on is a hold (Terms), also when it carries a URL (30);
 * - with `pickedUpAt` before the first visible provider line, the patron's wait from pickup (50 s) to that line (190 s) is a
 *   wait on the provider after pickup: 140 s, over the 120 s (29);
 * - "Would that work?", "Does that cover it?", "Does that fix it?", "Will that work for you?", "¿Le sirve esta información?"
 *   ask whether what was given meets the need;
 * - "Great, have a good one!" says goodbye (03); "Safe travels!" and "Good luck … Bye now." too;
 * - "kinda, thanks. thats all" and "perfect thats all" say the patron is done; "ok will do", "ok ty", "yea thanks" do not;
 * - a greeting that also tells a patron who already left to chat back is the first non-hold provider line after the
 *   patron's last, and a goodbye: final idle 0 (11); a goodbye 100 s after the patron's "ok" (the patron had left at 110)
 *   ends a 100 s wait (12);
 * - the "hello??" sent in the queue before pickup belongs to the pickup wait only (04).
 *
 * COUNTS. Written: 31 whole sessions (the brief asked for 30; one more was written in the same batch), all 17 statuses
 * labelled in each before the first run (one batch; labels copied aside). First run as labelled / disagreeing: 30 / 1.
 * Label corrections: 0.
 * Final: 30 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 02: "After you send it, I'd call the unemployment office to confirm they got your pages" read
 *    as no referral (na; RUBRIC fails: an agency the patron is told to call, no contact). Probing outside this file: "call
 *    the unemployment office." and "You should call the unemployment office." are read as referrals (fail); "call the
 *    unemployment office to confirm …" / "to check." / "call the Department of Labor to confirm …" are not: a purpose clause
 *    after the object seems to hide the referral.
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, internal lines, a patron "hello?",
 * a partial result and a transfer, idle and disconnect spans, concurrency at touching ends, on_time done / late / pending /
 * not done by day 5) scored as labelled on the first run, with evidence on the labelled messages. The redaction equality of
 * describeSessions holds for every running case (patron e-mails and a phone typed in the chat, a print e-mail address in a
 * patron line).
 *
 * ON v50 (block P, written after this file and from it): case 02 stays LEFT ("After you send it, I'd call the unemployment
 *   office to confirm they got your pages": each part alone reads as a referral; the whole does not, not traced this round).
 * ON v51 (block Q): case 02's "After you send it, I'd call the unemployment office to confirm …" reads as a referral without
 *   contact, as labelled (Q7: the "send it" before no longer hides the call), and runs: 31 running, 0 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];
/** The chat ended by the provider (system). */
const ended = (sec: number): Line => [sec, 's', 'Chat ended by librarian.', sys('ended')];

const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'MGPL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'DCL' };
const ELAB: Prov = { id: 'elab', name: 'EastlakeRef', library: 'ELPL' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'EWL' };
const TOM: Prov = { id: 'tom-w', name: 'Tom', library: 'WFL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'HCPL' };
const BEN: Prov = { id: 'ben', name: 'Ben', library: 'LWL' };
const DEV: Prov = { id: 'dev', name: 'Dev (statewide)', library: 'STATE' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'FVPL' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'LVL' };
const JENNA: Prov = { id: 'jenna', name: 'Jenna', library: 'BSL' };
const AARON: Prov = { id: 'aaron', name: 'Aaron', library: 'CRPL' };
const TRAINER: Prov = { id: 'trainer-p', name: 'Training Account', library: 'TRN' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'HUL' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'AFL' };
const AHMED: Prov = { id: 'ahmed', name: 'Ahmed', library: 'STATE' };
const HANA: Prov = { id: 'hana', name: 'Hana Lee', library: 'PCL' };
const OLIVIA: Prov = { id: 'olivia', name: 'Olivia', library: 'GSL' };
const FRANK: Prov = { id: 'frank', name: 'Frank Ott', library: 'MCLL' };
const CARLA: Prov = { id: 'carla', name: 'Carla', library: 'SVPL' };
const PAUL: Prov = { id: 'paul', name: 'Paul', library: 'RWL' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'EPPL' };
const JOANN: Prov = { id: 'joann', name: 'Jo-Ann', library: 'MBL' };
const TANYA: Prov = { id: 'tanya', name: 'Tanya', library: 'OBPL' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'GOL' };
const DENISE: Prov = { id: 'denise', name: 'Denise', library: 'ORL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'METRO' };
const LUIS: Prov = { id: 'luis', name: 'Luis', library: 'SDPL' };
const SANDRA: Prov = { id: 'sandra', name: 'Sandra', library: 'BFL' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'LSPL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'TVL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'CCL' };

export const fiftySecondRoundPrinting: SessionCase[] = [
  // 01 mobile printing + color cost, all well
  s(PRIYA, '01 color cost + printing from a phone: branch asked, mobileprint URL and print e-mail, "that\'s all i needed thx"', [
    [0, 'p', 'hi how much is it to print in color? and can i print from my phone'],
    [22, 'l', 'Hi there! This is Priya, a librarian at Maple Grove Public Library.'],
    [28, 'l', 'Are you printing from your own phone or laptop, or from one of our computers? And which branch?'],
    [70, 'p', 'my phone, central branch'],
    [76, 'l', 'From your phone: go to maplegrovelibrary.org/mobileprint and upload the file (or e-mail it to print-central@maplegrovelibrary.org), then release it at the print station on the 2nd floor with your library card. B&W is 10¢ a page, color 50¢.'],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', "yes! that's all i needed thx"],
    [126, 'l', "You're welcome, thanks for chatting with us!"],
  ], usual()),

  // 02 fax to unemployment; "call the unemployment office" with no contact
  s(MARCUS, '02 faxing pay stubs to unemployment: "One sec, checking Bayview", fax page URL, "call the unemployment office" (no contact)', [
    [0, 'p', 'do yall have a fax machine? i need to fax pay stubs to the unemployment office asap'],
    [35, 'l', "Hello! I'm Marcus with Ask a Librarian at Dover County Library."],
    [41, 'l', 'Which branch are you closest to? Not every branch has a public fax.'],
    [90, 'p', 'the one on route 9. bayview?'],
    [95, 'l', 'One sec, checking Bayview.'],
    [150, 'l', "Yes — Bayview has a self-service fax next to the copiers. It's $1 per page to send in the US, receiving is free. Instructions are on doverlibrary.org/fax. Bring the fax number the agency gave you; it prints a confirmation sheet you should keep."],
    [156, 'l', "After you send it, I'd call the unemployment office to confirm they got your pages, they sometimes lose them."],
    [162, 'l', 'Did that help?'],
    [200, 'p', 'yea thanks'],
    [205, 'l', 'Anything else I can help with today?'],
    [230, 'p', 'no'],
    [234, 'l', 'Ok, good luck! Thanks for using Ask a Librarian.'],
  ], usual({ referral: 'fail' })),

  // 03 scan to e-mail; the provider never says who is answering
  s(ELAB, '03 scan-to-email, 12 pages PDF: "Hello! Yes they can." under a screen name (no identity), "Great, have a good one!"', [
    [0, 'p', 'Can the scanners at the library send stuff straight to my email'],
    [18, 'l', 'Hello! Yes they can.'],
    [24, 'l', 'Is it one page or a bunch of pages? And do you want PDF or JPG?'],
    [60, 'p', 'like 12 pages, pdf'],
    [66, 'l', 'The scan stations in the computer lab do e-mail for free. Put the pages in the top feeder face up, pick "Scan to Email", type your address, and choose PDF under File type. There\'s a one-page how-to on our site: eastlakelibrary.org/scan.'],
    [72, 'l', 'Does that cover it?'],
    [110, 'p', 'perfect thats all'],
    [115, 'l', 'Great, have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 04 slow pickup, copies
  s(KEISHA, '04 B&W copies, 40 pages: queue line, "hello??" in the queue, pickup at 95 s, price list URL', [
    [0, 'p', 'how much are copies'],
    queue(2, 3),
    [50, 'p', 'hello??'],
    [95, 'l', "Hi, sorry for the wait! You've reached Keisha at Elmwood Library's Ask Us chat."],
    [101, 'l', 'Black and white or color? And regular letter size?'],
    [140, 'p', 'bw letter size, like 40 copies'],
    [146, 'l', 'B&W letter copies are 15 cents each, so about $6 for 40. Prices for everything (legal, color, tabloid) are on elmwoodlibrary.org/printing-and-copying. The copiers take coins, bills, or your card.'],
    [152, 'l', 'Is that what you needed to know?'],
    [190, 'p', 'ok ty'],
    [196, 'l', 'Anything else?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Have a great day, thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 release station: hold, two internal lines, answer 154 s after the hold
  s(TOM, '05 job missing at the release station: "hang on", two internal lines, answer 154 s after the hold', [
    [0, 'p', "I sent something to print from my laptop but it's not showing up at the release station"],
    [25, 'l', 'Hi, this is Tom at the Westfield Library Ask a Librarian service.'],
    [31, 'l', 'Which print queue did you pick when you sent it — "WF-BW" or "WF-Color"? And did you use your library card number or a guest name?'],
    [80, 'p', 'i think color? and my card number'],
    [86, 'l', 'Let me check with the staff at the desk, hang on.'],
    [95, 'i', 'desk: color queue jobs not showing on release station 2?'],
    [180, 'i', 'yes color release is down, use station 1'],
    [240, 'l', 'Thanks for waiting. The color release on station 2 is down today. Go to release station 1 by the entrance, tap your card, and your color job should be there. Jobs stay in the queue for 2 hours. The steps are on westfieldlib.org/print.'],
    [246, 'l', 'Does that fix it?'],
    [300, 'p', 'yes it came out! thank you'],
    [305, 'l', 'Glad it worked. Anything else?'],
    [330, 'p', "no that's everything"],
    [334, 'l', 'Bye, thanks for using the chat!'],
  ], usual({ informed: 'fail' })),

  // 06 Spanish: fax to Social Security, SSA by phone
  s(LUCIA, '06 fax al Seguro Social (Spanish): "Un momento", fax page URL, SSA by phone, "¿Le sirve…?", "eso es todo"', [
    [0, 'p', 'Hola, ¿se puede mandar un fax desde la biblioteca? Es para el Seguro Social'],
    [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [36, 'l', '¿A qué sucursal piensa ir? ¿Y ya tiene el número de fax de la oficina del Seguro Social?'],
    [90, 'p', 'la central. no tengo el numero'],
    [96, 'l', 'Un momento, por favor.'],
    [170, 'l', 'En la Biblioteca Central el fax está en el segundo piso; cuesta $1 por página para enviar. Las instrucciones están en sanmarcoslibrary.org/fax. Para el número de fax correcto, llame a su oficina local del Seguro Social al 1-800-772-1213 (hay servicio en español), porque cada oficina tiene su propio fax.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si gracias, eso es todo'],
    [236, 'l', '¡Con mucho gusto! Gracias por usar nuestro chat.'],
  ], usual({ referral: 'pass' })),

  // 07 slides scanner, follow-up by me, done in 20 h
  s(RUTH, '07 scanning 35mm slides (follow-up by me): media lab URL, e-mail typed and read back, "by tomorrow at noon", done in 20 h', [
    [0, 'p', 'does any branch have a scanner that can do 35mm slides? I have like 200 of my grandmas'],
    [20, 'l', "Good afternoon, I'm Ruth, a librarian with Harbor City Public Library."],
    [27, 'l', 'Are they mounted slides or strips of negatives? And do you want to do them yourself or are you asking about a service?'],
    [75, 'p', 'mounted slides, myself'],
    [81, 'l', 'Let me look.'],
    [170, 'l', "Our Digital Media Lab at Main has an Epson flatbed with a slide holder — the lab page is harborcitylibrary.org/medialab, you book it in 2-hour slots. I'm not sure whether the branches' new scanners take slides too. I can ask our tech team and e-mail you what I find. What's your e-mail?"],
    [230, 'p', 'dmorales@example.com'],
    [236, 'l', "dmorales@example.com — got it. I'll e-mail you by tomorrow at noon."],
    [242, 'l', 'Anything else for today?'],
    [270, 'p', 'no thats it thanks!'],
    [275, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 08 a promise with no time, coded Answered
  s(BEN, '08 receiving a fax from a doctor: "I\'ll check with South and get back to you", e-mail given, no time, coded Answered', [
    [0, 'p', 'can someone fax something TO me at the library? my doctor needs to send a form'],
    [28, 'l', "Hi! You're chatting with Ben at Linwood Library."],
    [34, 'l', 'Which branch would you pick it up at?'],
    [70, 'p', 'south'],
    [76, 'l', "Main definitely receives faxes for patrons for free (see linwoodlibrary.org/fax, the fax number is on that page), but I'm not sure South still does. I'll check with South and get back to you — what's the best e-mail?"],
    [120, 'p', 'its kwalsh@example.org'],
    [126, 'l', 'Thanks, I will e-mail you once I hear back from them.'],
    [135, 'p', 'ok thank u'],
    [140, 'l', 'Thank you, take care!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 poster printing, follow-up by the patron's library, phone read back, not done by day 5
  s(DEV, '09 24x36 science-fair poster (follow-up by patron\'s library): makerspace URL, phone read back, "by Thursday", not done by day 5', [
    [0, 'p', 'hi does the library do poster printing? like 24x36 for a science fair'],
    [40, 'l', "Hello, this is Dev with Ask Us Now, the statewide library chat. I'm a librarian in another county, but I can help."],
    [46, 'l', 'Which library system do you use, and when is the science fair?'],
    [100, 'p', 'Carroll county. fair is next Friday'],
    [106, 'l', 'Let me see what Carroll has.'],
    [200, 'l', "Carroll County Public Library's makerspace lists a large-format printer on carr.org/makerspace, but it doesn't say whether the public can order 24x36 posters or what it costs. I can pass this to Carroll staff so they contact you directly. What's a good phone number?"],
    [250, 'p', '410-555-0187'],
    [256, 'l', '410-555-0187, thanks. Someone from Carroll County Public Library will call you by Thursday.'],
    [262, 'l', 'Is there anything else I can help with?'],
    [300, 'p', 'nope thanks'],
    [305, 'l', 'Good luck at the science fair! Bye.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 10 microfilm obituary scan, follow-up by me, done after 90 h
  s(GRETA, '10 1987 obituary printed from microfilm (follow-up by me): catalog URL, "within 72 hours", e-mail read back, done after 90 h', [
    [0, 'p', 'I need a copy of an obituary from 1987 from the Ledger. can the library print it from microfilm and send it'],
    [25, 'l', "Hi, I'm Greta, reference librarian at Fairview Public Library."],
    [31, 'l', 'Do you know the exact date of death or of the funeral, and the full name?'],
    [90, 'p', 'Harold Lindqvist, died march 3 1987'],
    [96, 'l', "Thanks. We have the Ledger on microfilm (1952-2004, listed in our catalog at fairviewlib.org/catalog). I can't get to the reader right now, but I'll scan the obituary and e-mail it to you within 72 hours. Scans are free for obituaries. What e-mail should I use?"],
    [140, 'p', 'lindq.family@example.com'],
    [146, 'l', 'Got it: lindq.family@example.com. Anything else I can help with?'],
    [170, 'p', "no that's all, thank you so much"],
    [176, 'l', "You're welcome. Watch for my e-mail — take care!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 a true Lost Call
  s(SAM, '11 printing from an iPad (Lost Call): patron leaves at 40, greeting + "feel free to chat back" at 55', [
    [0, 'p', 'how do i print from my ipad at the library'],
    queue(2),
    left(40),
    [55, 'l', "Hi, this is Sam at Lakeview Library. It looks like you've left — feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call after three patron lines
  s(JENNA, '12 adding money to a copy card: answered, patron "ok" and leaves, goodbye at 200, coded Lost Call after 3 patron lines', [
    [0, 'p', 'how do i put money on my copy card'],
    [20, 'l', 'Hello! Jenna here, librarian at Brookside Library.'],
    [25, 'l', 'Do you want to add money online or in person?'],
    [60, 'p', 'online'],
    [66, 'l', 'Go to brooksidelibrary.org/printcash, log in with your library card and PIN, and add $5 or more with a credit card. It shows up on the card in about 5 minutes.'],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'ok'],
    left(110),
    [200, 'l', "Looks like you've gone — thanks for chatting, come back anytime!"],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 13 code null
  s(AARON, '13 boarding pass before a 6 am flight: hours asked, mobileprint + hours URLs, "Will that work for you?", code null', [
    [0, 'p', 'can i print my boarding pass there? flight is at 6am tmrw'],
    [12, 'l', 'Hi! Aaron at Cedar Rapids Public Library here.'],
    [18, 'l', 'Which location, and what time would you come in? Some branches close early on Saturdays.'],
    [50, 'p', 'downtown, like tonight before 8'],
    [55, 'l', "Downtown is open until 9 tonight. Open the airline's e-mail on any public computer, or send the PDF from your phone via crlibrary.org/mobileprint, then pay at a release station (10¢ a page). Hours for every branch are at crlibrary.org/hours."],
    [60, 'l', 'Will that work for you?'],
    [80, 'p', 'yes perfect'],
    [84, 'l', 'Anything else?'],
    [100, 'p', 'no thats all'],
    [104, 'l', 'Safe travels! Thanks for chatting.'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 14 Practice
  s(TRAINER, '14 practice chat (printing script): coded Practice, every check na', [
    [0, 'p', 'test test printing q'],
    [8, 'l', 'Hi this is a training chat, Ask Us practice.'],
    [15, 'l', 'Printing info: askuspractice.org/print. Did that help?'],
    [25, 'p', 'yep end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 four at once
  s(NOOR, '15 double-sided thesis printing from a laptop: driver URL, Duplex queue; provider at 4 chats at once', [
    [0, 'p', 'Can I print double sided on the library printers? printing my thesis 120 pages'],
    [30, 'l', 'Hi, this is Noor from the Ask a Librarian service at Hillcrest University Libraries.'],
    [36, 'l', 'Will you print from a lab computer or your own laptop?'],
    [80, 'p', 'own laptop'],
    [86, 'l', 'From your laptop, install the print driver from library.hillcrest.edu/print (steps for Mac and Windows are there), choose "Two-Sided" in the print dialog and pick the Duplex queue. It\'s 8 cents per side, charged to your student account.'],
    [92, 'l', 'Does that answer it?'],
    [130, 'p', "yep, that's everything thanks"],
    [135, 'l', 'Good luck with the thesis! Bye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'noor', -300, 400), other('n2', 'noor', -100, 600), other('n3', 'noor', 50, 500)],
  }),

  // 16 e-mail printing drops Pages files: "hello?" inside a 124 s hold span; touching intervals
  s(KIM, '16 e-mail print drops a Pages file: "Let me check" at 76, patron "hello?" at 150, answer at 200 (124 s); others touch the ends', [
    [0, 'p', 'I emailed my document to the print address but nothing shows up at the release station. is the email print thing broken?'],
    [25, 'l', 'Hi! Kim here, librarian at Ashby Free Library.'],
    [31, 'l', 'Which address did you send it to, and was the file a PDF or a Word doc?'],
    [70, 'p', 'print@ashbylibrary.org, it was a pages file from my mac'],
    [76, 'l', 'Let me check something for you.'],
    [150, 'p', 'hello?'],
    [200, 'l', 'Found it — e-mail printing only takes PDF, Word, Excel, images and text (listed at ashbylibrary.org/emailprint). Pages files are dropped without an error. Export it as a PDF in Pages (File > Export To > PDF) and e-mail it again.'],
    [206, 'l', 'Did that help?'],
    [240, 'p', 'omg that was it, it printed. thanks thats all'],
    [245, 'l', 'Yay! Thanks for chatting with Ashby Free Library.'],
  ], usual({ informed: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kim', -600, 0), other('k2', 'kim', -200, 300), other('k3', 'kim', 100, 900), other('k4', 'kim', 250, 1500)],
  }),

  // 17 transfer to the home library, pass
  s(AHMED, '17 refund for a smeared print job: statewide to Pine County (notice + note), Riverside circulation desk with phone', [
    [0, 'p', 'i got charged $4.50 for a print job that came out all smeared. can i get a refund'],
    [25, 'l', "Hi, this is Ahmed with Ask Us Now. I'm covering for several libraries tonight."],
    [31, 'l', 'Which library were you printing at?'],
    [60, 'p', 'Riverside branch of Pine County'],
    [66, 'l', "Refunds go through your own library, and a Pine County librarian is online right now, so I'm transferring you to her. One moment."],
    [70, 'i', 'Pine County pt, Riverside branch, smeared print job charged $4.50, wants a refund on print account'],
    xfer(74, 'Hana Lee', 'hana'),
    [110, 'l', 'Hi, Hana from Pine County Library here! Sorry about the smeared pages.', as(HANA)],
    [116, 'l', 'Do you still have the printouts, or the time you printed? That helps us find the job.', as(HANA)],
    [160, 'p', 'yeah i have them, printed around 3pm today'],
    [168, 'l', "Bring the smeared pages to the Riverside circulation desk and they'll credit your print account the same day — no form needed. The print policy, refunds included, is at pinecountylibrary.org/printing. If you can't come in, call Riverside at 555-310-2277.", as(HANA)],
    [174, 'l', 'Does that help?', as(HANA)],
    [220, 'p', "yes ty, that's all"],
    [225, 'l', 'Thanks for chatting with Pine County Library, bye!', as(HANA)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 18 silent transfer, 145 s wait
  s(OLIVIA, '18 scanning a chapter to USB at the law library: internal note only, transfer, receiver answers 145 s after the patron', [
    [0, 'p', 'is there a way to scan a book chapter to a usb at the law library'],
    [20, 'l', 'Hi! Olivia at Ask a Librarian, Granite State Libraries.'],
    [26, 'l', 'Is this the county law library or the university one?'],
    [55, 'p', 'county'],
    [60, 'i', 'county law lib scanning q, sending to you Frank, you know their equipment'],
    xfer(64, 'Frank Ott', 'frank'),
    [200, 'l', 'Hello, Frank at the Merrimack County Law Library. Yes: the overhead scanner by the reading room saves to USB for free (PDF or JPG). Its guide is at merrimacklawlib.org/scanning. Copyright limits on copying chapters apply.', as(FRANK)],
    [206, 'l', 'Does that answer your question?', as(FRANK)],
    [240, 'p', 'yes thanks'],
    [245, 'l', 'Anything else?', as(FRANK)],
    [270, 'p', "nope that's it"],
    [274, 'l', 'Take care, thanks for chatting!', as(FRANK)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 19 check-in and notice, final idle 264 s
  s(CARLA, '19 printing from a school Chromebook: web upload URL, patron gone; "Are you still there?" at 220, notice + invitation back at 340', [
    [0, 'p', 'hi can i print from a chromebook at the library'],
    [19, 'l', 'Hi, Carla here from Ask a Librarian at Sunnyvale Public Library.'],
    [25, 'l', 'Is it a school Chromebook or your own?'],
    [70, 'p', 'school one'],
    [76, 'l', 'School Chromebooks often block new printers, but you can still use our web upload: go to sunnyvalelibrary.org/print, upload the file and release it at any branch printer with your card. 10¢ a page B&W.'],
    [82, 'l', 'Does that work for you?'],
    [220, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've disconnected, so I'm going to end this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 check-in, no notice, ended by the system
  s(PAUL, '20 scan to Google Drive: answer at 86, "Hi, are you still there?" at 215, ended by the system at 300 (final idle 219 s)', [
    [0, 'p', 'can i scan stuff to google drive from the library scanners'],
    [26, 'l', 'Hi! This is Paul, a librarian at Ridgeway Library.'],
    [32, 'l', 'Are you using the scanner in the computer lab, or the self-serve one by the copiers?'],
    [80, 'p', 'idk the one by the copiers i guess'],
    [86, 'l', 'The self-serve scanner by the copiers can send to Google Drive: tap "Scan to Cloud", pick Google Drive and sign in on the touchscreen. The step-by-step guide is at ridgewaylibrary.org/scan-to-cloud. Remember to sign out when you\'re done.'],
    [92, 'l', 'Does that help?'],
    [215, 'l', 'Hi, are you still there?'],
    ended(300),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 21 goodbye 156 s after the answer, no check-in
  s(RAFAEL, '21 fax to Mexico: 3 pages priced, fax URL, goodbye at 242 (final idle 156 s) with no check-in', [
    [0, 'p', 'how much to send a fax to mexico from the library'],
    [33, 'l', "Good morning, you're chatting with Rafael, a librarian at Elm Park Public Library."],
    [39, 'l', 'How many pages, about? International faxes are priced per page.'],
    [80, 'p', '3 pages'],
    [86, 'l', 'International faxes at our Main branch are $3 for the first page and $1 for each additional page, so $5 for three. The fax price list is at elmparklibrary.org/fax. Receiving is free.'],
    [92, 'l', 'Is that what you needed?'],
    [242, 'l', 'Thanks for contacting Elm Park Public Library, have a good day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 22 a limit of questions
  s(JOANN, '22 printing, scanning, laminating, envelopes…: "you\'ve hit the limit for one chat session, so I\'m going to end it here", patron "wtf" last', [
    [0, 'p', 'hey whats the cost for printing'],
    [15, 'l', 'Hi, Jo-Ann at Millbrook Library here.'],
    [20, 'l', 'Black and white or color?'],
    [40, 'p', 'both'],
    [45, 'l', '10 cents b&w and 25 cents color per page; the full price list is at millbrooklib.org/print. Did that help?'],
    [70, 'p', 'ok and scanning? and laminating? and can u print my resume if i send it to u? and do u have envelopes and stamps and'],
    [78, 'l', "That's a lot of questions — you've hit the limit for one chat session, so I'm going to end it here."],
    [90, 'p', 'wtf'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 other patrons waiting, a way back
  s(TANYA, '23 digitizing for a mom\'s 80th: Memory Lab URL, "a few other patrons waiting … chat back in later, or call our Reference Desk at 555-880-1200"', [
    [0, 'p', 'hi i need to digitize a bunch of stuff for my moms 80th. can the library scan photos'],
    [20, 'l', "Hi! I'm Tanya, a librarian with Oak Bluff Public Library."],
    [26, 'l', 'Are they prints, slides, or something else? About how many?'],
    [60, 'p', 'prints, maybe 300'],
    [66, 'l', 'Our Memory Lab at Main has a fast photo scanner you can book for free in 3-hour slots at oakblufflibrary.org/memorylab. 300 prints takes about an hour. Does that help?'],
    [110, 'p', 'yes!! also can u convert vhs tapes. and cassette tapes. and print a big banner. and do u make slideshows. and what about film reels'],
    [118, 'l', "Great questions! The Memory Lab page lists its VHS and cassette converters too. I have a few other patrons waiting right now, so I can't go through everything — please chat back in later, or call our Reference Desk at 555-880-1200 and they'll help with the banner and the slideshow."],
    [150, 'p', 'ok will do'],
    [155, 'l', 'Thanks, and happy birthday to your mom!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 24 source before the first question
  s(MEI, '24 color copy of a passport: the copy page URL at 25, "Which branch…?" only after it', [
    [0, 'p', 'can i make a color copy of my passport at the library'],
    [20, 'l', 'Hi! This is Mei, librarian at Glen Oaks Library.'],
    [25, 'l', 'Yes, the copiers at every branch do color, 50 cents a page. Hours and copier locations are at glenoakslibrary.org/copy.'],
    [31, 'l', 'Which branch were you thinking of going to?'],
    [60, 'p', 'the one by the mall'],
    [66, 'l', 'That is Eastgate; its copier is next to the checkout desk, open till 8 tonight. Did that help?'],
    [90, 'p', 'yes thanks!!'],
    [95, 'l', 'Anything else I can help with?'],
    [115, 'p', 'nope'],
    [120, 'l', 'Have a great night, thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 25 no source; "Ask the staff at the front desk" with no contact
  s(DENISE, '25 printing without a card (visitor): guest printing explained with no source, "Ask the staff at the front desk for a guest pass"', [
    [0, 'p', 'do u need a library card to use the printer'],
    [45, 'l', 'hello! this is Denise at Oakridge Library'],
    [50, 'l', 'are you a resident of Oak county or visiting?'],
    [85, 'p', 'visiting from out of state'],
    [90, 'l', 'No card needed, you can log in as a guest on the computers and print for 15 cents a page, you pay at the machine with coins or a card. Ask the staff at the front desk for a guest pass when you come in.'],
    [95, 'l', 'does that answer your question?'],
    [130, 'p', 'yes thank you'],
    [134, 'l', "You're welcome! Bye!"],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 26 holds every ~110 s, the patron has the last word
  s(GRACE, '26 legal-size scan for court papers: holds at 80/190/300, answer at 395, patron "thats everything" last (no goodbye)', [
    [0, 'p', 'which branch has a scanner that takes legal size paper? i need to send court papers to my lawyer by email'],
    [30, 'l', 'Hi, Grace here, librarian with Ask Metro Libraries.'],
    [36, 'l', 'Which part of town are you in, and do you need it today?'],
    [75, 'p', 'northside, yes today'],
    [80, 'l', 'Ok, let me check the equipment lists, one moment.'],
    [190, 'l', "Still checking — the branch pages don't all list paper sizes, so I'm asking around."],
    [300, 'l', 'Thanks for your patience, almost there.'],
    [395, 'l', "Northside and Central both have legal-size scan stations that e-mail a PDF for free. Northside's is on the 1st floor; the equipment list is at metrolibraries.org/branches/northside/equipment. Northside is open until 6 today."],
    [400, 'l', 'Does that help?'],
    [440, 'p', 'yes!! thats everything thank u'],
  ], usual({ courteous: 'fail' })),

  // 27 "take your time" is not a hold
  s(LUIS, '27 print account balance: "No problem, take your time." then the patron away 259 s, balance page URL', [
    [0, 'p', 'how do i check how much money is left on my print account'],
    [22, 'l', "Hi, you're chatting with Luis at Springdale Public Library."],
    [28, 'l', 'Are you checking from home or at the library?'],
    [65, 'p', 'home. hold on let me find my card'],
    [71, 'l', 'No problem, take your time.'],
    [330, 'p', 'ok got it'],
    [336, 'l', 'Go to springdalelibrary.org/printbalance, log in with the card number and your PIN, and your balance is at the top. You can add money on the same page.'],
    [342, 'l', 'Is that what you needed?'],
    [380, 'p', 'yep its $2.35 lol. thats all i needed'],
    [385, 'l', 'Perfect, thanks for chatting!'],
  ], usual()),

  // 28 no fax here: a UPS Store with an address, the Workforce Center with none
  s(SANDRA, '28 no public fax: services URL, "the UPS Store at 88 Main St", "go to the county Workforce Center" (no contact)', [
    [0, 'p', 'does the library have a fax machine'],
    [25, 'l', 'Hi there! Sandra at Brookfield Library Ask a Librarian.'],
    [31, 'l', 'Are you sending or receiving, and is it for a job application or something else?'],
    [70, 'p', 'sending, job app stuff'],
    [76, 'l', "Unfortunately we took our public fax out last year (see brookfieldlibrary.org/services for what we do have: printing, copying and scan-to-email). Nearby, the UPS Store at 88 Main St, Brookfield sends faxes for about $2 a page. Since it's for a job, you could also go to the county Workforce Center — they let job seekers fax for free."],
    [82, 'l', 'Would that work?'],
    [120, 'p', 'ok ill try the workforce place'],
    [126, 'l', 'Good luck with the application! Bye now.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 29 pickedUpAt 50 s, first line at 190
  s(INES, '29 copying sheet music for a choir: pickedUpAt 50 s, first visible line at 190 (140 s after pickup), MLA copyright page', [
    [0, 'p', 'can i photocopy sheet music from a book at the library for my choir'],
    [190, 'l', "Hello, I'm Ines, music librarian at Lakeshore Public Library. Sorry for the delay!"],
    [196, 'l', 'How many pages, and is the book one of ours or your own?'],
    [240, 'p', 'ours, like 6 pages for 20 people'],
    [246, 'l', "The copiers in the Music Room copy at 10¢ a page. For copying music for a group, the Music Library Association's copyright guide at musiclibraryassoc.org/page/copyright explains what's allowed; generally, copying a whole piece for performance is not covered."],
    [252, 'l', 'Does that help?'],
    [300, 'p', 'kinda, thanks. thats all'],
    [305, 'l', 'Thanks for chatting, happy singing!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 30 a partial result that says the search goes on (a hold), 150 s
  s(BETH, '30 a fax open on Sunday: partial result "Still checking whether Rockport is open Sunday, one sec" at 80, answer at 230', [
    [0, 'p', 'which libraries in the county have a fax i can use on sunday'],
    [28, 'l', 'Hi, Beth with Ask a Librarian at Tri-Valley Libraries.'],
    [34, 'l', 'Do you need to send or receive, and which town are you in?'],
    [70, 'p', 'send. im in Rockport'],
    [80, 'l', 'Central is open Sundays 1-5 and has a fax (tvlibraries.org/locations/central). Still checking whether Rockport is open Sunday, one sec.'],
    [230, 'l', 'Rockport branch is closed on Sundays, so Central is your best bet; faxing is $1/page. Does that help?'],
    [270, 'p', 'yeah ok, thats all thx'],
    [275, 'l', 'Thanks for chatting, have a good Sunday!'],
  ], usual({ informed: 'fail' })),

  // 31 follow-up by me with no contact known
  s(VICTOR, '31 microfilm printer still broken? "I\'ll ask … and get back to you", patron gives no contact, coded Follow-up by me', [
    [0, 'p', 'is the microfilm reader printer at central fixed yet? it was broken last week'],
    [30, 'l', 'Hello! Victor here, librarian at Central City Library.'],
    [36, 'l', 'Do you need to print from it, or would saving to a USB stick work too?'],
    [70, 'p', 'print'],
    [76, 'l', "The notice on centralcitylib.org/microfilm still says the printer is out of order, but that page isn't always updated. I'll ask the Local History staff tomorrow morning and get back to you. Is there an e-mail or phone I can reach you at?"],
    [120, 'p', 'nah thats ok ill just check the page'],
    [126, 'l', 'Sure thing. Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-second round: printing, scanning, copying and faxing, checked', () => {
  describeSessions('whole sessions', fiftySecondRoundPrinting.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySecondRoundPrinting.filter((c) => c.name in LEFT_WHY));
});
