/**
 * Sixty-first round, theme THE LIBRARY'S OWN POLICIES AND SERVICES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats about the library itself: fines and lost items (lost-billing after 30
 * days overdue in a fine-free library, a $5 DVD fee, a claims-returned drop-box return, a shared-catalog lost bill from another
 * library, a lost card, late fees on a child's card), privacy of borrowing records (a parent asking for a 15-year-old's
 * checkouts, "can the police see what ive checked out", who had a book before me), meeting and study rooms (a neighborhood
 * association, a campaign kickoff, a fundraiser concert in the auditorium, a 4-hour study room, cancelling a booking),
 * donating books (ten boxes to the Friends, a 1985 Britannica set, 1940-62 local newspapers for the archive), interlibrary
 * loan (a book not in the catalog, a 1974 journal article, an "unfilled" dissertation, how long it takes), accessibility
 * services (large print and the talking book library in Spanish, an ASL interpreter, a power chair at a branch, homebound
 * delivery) and library jobs and volunteering (a page job at 16, NHS volunteer hours, a retired teacher, a new MLIS). Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFirstRoundLibrary-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); "hello??" in the queue and a 95 s pickup (03: fail); `pickedUpAt` at 40 s
 *   with the first line at 100 s (28: pickup passes, 60 s after pickup); no provider ever joined (10); "Hi! What can I help you
 *   with?" under the screen name "Ref Desk 2" (24: names no one, fail); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …"
 *   (06); chat-speak "hi! Jun from Ask a Librarian @ Pinewood Library here 👋" (11); "Congrats! Hi, I'm Noor …" (30); "Hello,
 *   and thanks for contacting Ask a Librarian at Westbrook Library! My name is Tom." (16);
 *  inquiry: card type, how late, edition, date and head count, age, branch, title, the patron's county, driving or bus,
 *   nonprofit status, which talk, loose or bound, chat or computers; a restatement with no question mark ("So you want to know
 *   whether we can take a 1985 Britannica set …", 26, LEFT); a question only after the first source (04, 29: fail);
 *  waits: a hold answered 74-84 s later (03, 05, 06, 18); holds at 76 ("bear with me") and 180 (partial, "Still looking") and
 *   the answer at 285 (22: pass); "No worries, take your time." then the patron back 244 s later (23: waiting on the patron);
 *   a transfer notice (a hold) and the receiver 64 s later (12); a silent transfer, the receiver 140 s after the patron (13:
 *   fail);
 *  endings: a Lost Call with a plain greeting at 38, the patron's window closing, "Are you still there?" at 200 and a notice
 *   that invites back at 400 (09: final idle 362 s); "Are you still there?" at 230 and nothing until 420 (20: notice and
 *   courteous fail); a goodbye 150 s after the answer with no check-in (21: idle fails, notice na); "I've already answered your
 *   question and I have other work to do, so I'm ending the chat now." (07: dismissal, courteous fails); "a few other patrons
 *   waiting … Please chat back in later, or call the Teen Services desk" (08: allowed); goodbyes "Yep! Thanks for chatting, have
 *   a good one.", "Have a great meeting, bye!", "cool, thx for being so honest w it! bye", "¡Con gusto! Gracias por comunicarse
 *   con nosotros.", "Great, best of luck with the concert! Bye!", "Enjoy your visit, and thanks for chatting!"; patron-side
 *   "thats all i needed thx", "yes that's everything", "es todo", "that is all", "nope, thats all", "no more questions", "that's
 *   everything, thanks" (29, with no provider question) and "ok", "ok thanks", "great thanks" that do not count;
 *  sources: the library's account, policy (fines, privacy, gifts, meeting rooms, lost items), rooms, ILL, volunteer,
 *   homebound, accessibility and jobs pages; worldcat.org; btbl.ca.gov; ala.org; joblist.ala.org; none (25: fees explained
 *   from memory, source fails, completeness still passes);
 *  referrals: "call the Friends at 555-0188" (04); "e-mail City HR at hr@…" (07); "call the Teen Services desk at 555-0177"
 *   (08: own library's department); the talking book library "llame al 800-… o visite btbl.ca.gov" (06, Spanish); "call
 *   Outreach Services at 555-0163" (21); "e-mail our ADA coordinator … or call 555-0140" (27); "drop the letter at the
 *   downtown circ desk" with no contact (11, LEFT); "You could try the Habitat for Humanity ReStore" with no contact (26,
 *   LEFT); colleagues consulted or handed to (Circulation, Interlibrary Loan, the archivist, the events team) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday at the latest", done in 30 h (05: pass); "I'll check with
 *   our events team and get back to you", e-mail read back, "I'll be in touch" (no time), coded Answered (16: code and contact
 *   fail, on_time pending at day 1); FU_LIB by a statewide provider, "at the e-mail on your account within 72 hours" (only in
 *   `patron.email`), done after 80 h (17: contact and on_time fail); FU_ME with the phone read back, "by tomorrow at noon",
 *   never recorded, day 4 (18: on_time fails);
 *  codes: a true Lost Call (09); Lost Call after two patron lines and no provider (10: fail); an empty string (30); Practice
 *   (19);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail);
 *  concurrency: four at once from 30 s (14: fail); others ending exactly at the start and starting exactly at the end, three
 *   at most (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "drop the letter at the downtown circ desk, staff keep found items 30 days in case the owner asks" tells the patron to
 *   visit a department of the provider's own library that will deal with the need (return to the owner): a referral (RUBRIC:
 *   own departments count "when the patron is told to contact or visit them"), with no e-mail, phone, address or URL (11);
 * - "You could try the Habitat for Humanity ReStore, they sometimes take books" tells the patron to take the books to an
 *   organisation outside the chat (visit them): a referral; the URL in the same message is the library's own donation
 *   guidelines, no way to reach the ReStore (26);
 * - "So you want to know whether we can take a 1985 Britannica set and a collection of National Geographics." restates the
 *   question ("so you need…") with no question mark; naming the patron's own books points the patron to nothing to use (26);
 * - "Does that clear things up?", "Does that cover it?", "Would that work for you?", "Is that helpful?", "that help?", "¿Le
 *   sirve esta información?", "Does the accessibility page help in the meantime?", "Does the policy page answer your question
 *   for now?" ask whether what was given meets the need; "Would you like me to start a request?" does not (it offers more, 29);
 * - "Have a great meeting, bye!", "Great, best of luck with the concert! Bye!", "Enjoy your visit, and thanks for chatting!"
 *   say goodbye; "I'm ending the chat now." alone does not (07);
 * - "I've marked it claims-returned … and Oak Street staff will search their shelves" promises the patron nothing more later:
 *   no follow-up session (12); "someone from your library will contact you … within 72 hours" is a promise with a time, but
 *   the e-mail is never given or repeated in the chat (17);
 * - with `pickedUpAt` at 40 s and the first line at 100 s, the 60 s after pickup are within `silenceSeconds` (28);
 * - in the Lost Call (09) the plain greeting at 38 s is the first non-hold provider message after the patron's only line, so
 *   the final idle runs 38-400 s, and both the check-in (200) and the notice that invites back (400) fall in it; with no
 *   substantive exchange the information checks are na.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 11: "drop the letter at the downtown circ desk" read as no referral (na; RUBRIC fail: visit the
 *    library's own department, no contact);
 *  - inquiry.clarify + referral.contact, case 26: "So you want to know whether we can take …" not read as a restatement
 *    (clarify fail; RUBRIC pass), and "You could try the Habitat for Humanity ReStore" taken as reached by the library's own
 *    donate URL in the same message (referral pass; RUBRIC fail: no way to reach the ReStore).
 * Every timing check (pickup at 30 and 95 s, by `pickedUpAt`, no provider; keep_informed across holds, a partial-result hold,
 * "take your time", a transfer notice and a silent transfer; final idles of 0, 150, 344 and 362 s; concurrency at four and at
 * touching ends; on_time done at 30 h, late at 80 h, pending at day 1, not recorded by day 4) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 * phone read back, an e-mail in `patron.email`, library phones and e-mails beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for your patience! You are #${n} in line for a librarian.`];

const RENEE: Prov = { id: 'renee', name: 'Renée', library: 'MWPL' };
const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'CHPL' };
const MARCUS: Prov = { id: 'marcus-e', name: 'Marcus', library: 'EBL' };
const PRIYA: Prov = { id: 'priya-f', name: 'Priya', library: 'FFL' };
const TEODORO: Prov = { id: 'teodoro', name: 'Teodoro', library: 'RPL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'RVPL' };
const SAM: Prov = { id: 'sam-l', name: 'Sam', library: 'LKL' };
const KIARA: Prov = { id: 'kiara', name: 'Kiara', library: 'BRPL' };
const DEE: Prov = { id: 'dee', name: 'Dee', library: 'WFL' };
const NOBODY: Prov = { id: 'queue-vol', name: 'Queue', library: 'MCL' };
const JUN: Prov = { id: 'jun', name: 'jun_pinewood', library: 'PWL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'HCL' };
const BETH: Prov = { id: 'beth', name: 'Beth Ngata', library: 'HCL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'GBL' };
const LIN: Prov = { id: 'lin', name: 'Lin Zhou', library: 'GBL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'APL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'BWL' };
const TOM: Prov = { id: 'tom-w', name: 'Tom', library: 'WBL' };
const REGGIE: Prov = { id: 'reggie', name: 'Reggie (statewide)', library: 'STATE' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'MBL' };
const TRAINER: Prov = { id: 'trainer-l', name: 'Training Account', library: 'TRN' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'FVL' };
const IRMA: Prov = { id: 'irma', name: 'Irma', library: 'OCL' };
const BAO: Prov = { id: 'bao', name: 'Bao', library: 'SDPL' };
const JORDAN: Prov = { id: 'jordan', name: 'Jordan', library: 'LVL' };
const REFDESK: Prov = { id: 'refdesk2', name: 'Ref Desk 2', library: 'ORL' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'BPT' };
const CAROL: Prov = { id: 'carol', name: 'Carol', library: 'WML' };
const GWEN: Prov = { id: 'gwen-n', name: 'Gwen', library: 'NFPL' };
const PRISCILLA: Prov = { id: 'priscilla', name: 'Priscilla', library: 'BFL' };
const FELIPE: Prov = { id: 'felipe', name: 'Felipe', library: 'SVL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'HPL' };

export const sixtyFirstRoundLibrary: SessionCase[] = [
  // 01 lost-billed after 30 days overdue; fine-free policy
  s(RENEE, '01 "i thought u guys stopped doing fines": queue line, 30-day lost billing explained, account + policy URLs, "thats all i needed thx"', [
    [0, 'p', 'hi i returned a book late and now my card says i owe $22?? i thought u guys stopped doing fines'],
    queue(2),
    [30, 'l', "Hi! This is Renée at Maplewood Public Library's Ask a Librarian chat."],
    [36, 'l', 'Was the book returned more than 30 days late, or is it still showing as checked out?'],
    [80, 'p', 'it was like 6 weeks late but i returned it last week'],
    [86, 'l', "We did go fine-free in 2024, but anything more than 30 days overdue gets billed as lost. Once it's checked back in, the lost charge should come off within 2 business days. You can watch your account at maplewoodlibrary.org/myaccount (Fees tab), and the details are on our Fines and Fees policy page, maplewoodlibrary.org/policies/fines."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'ok cool so i just wait. thats all i needed thx'],
    [146, 'l', 'Yep! Thanks for chatting, have a good one.'],
  ], usual()),

  // 02 a parent asks for a teen's borrowing record
  s(MAYA, '02 parent wants a 15-year-old\'s checkout history: confidentiality policy URL, "Does that clear things up?", "No."', [
    [0, 'p', "Hello. I'd like to see what books my daughter has been checking out. She's 15 and I'm worried about some of what she's reading."],
    [25, 'l', "Good afternoon, you've reached Maya, a librarian with Cedar Hollow Public Library."],
    [31, 'l', 'Is she using her own library card, or is she on yours?'],
    [90, 'p', 'Her own card. I signed for it when she was 12.'],
    [97, 'l', "I understand the concern. Under state law and our Confidentiality of Library Records policy (cedarhollowlibrary.org/policies/privacy), we can't share what a cardholder has borrowed with anyone else, parents of teens included, unless the cardholder agrees or there's a court order. If your daughter logs in with you, you can both see her current checkouts at cedarhollowlibrary.org/account."],
    [104, 'l', 'Does that clear things up?'],
    [170, 'p', "I don't like it, but I understand."],
    [176, 'l', 'Is there anything else I can help you with today?'],
    [200, 'p', 'No.'],
    [205, 'l', 'Thank you for contacting us. Take care.'],
  ], usual()),

  // 03 meeting room, slow pickup, patron "ok" only
  s(MARCUS, '03 community room for a neighborhood association: "hello??" in the queue, 95 s pickup, room page URL, patron "ok", "Have a great meeting, bye!"', [
    [0, 'p', 'how do i book the community room for a neighborhood association meeting'],
    queue(2, 3),
    [70, 'p', 'hello??'],
    [95, 'l', 'Hey there, thanks for waiting! Marcus here at the Eastside Branch Library.'],
    [101, 'l', 'What date are you looking at, and about how many people?'],
    [150, 'p', 'april 14 evening, maybe 40 ppl'],
    [156, 'l', 'One sec, checking the room calendar.'],
    [230, 'l', 'The Community Room (seats 60) is open April 14 from 6 to 8:30 pm. Nonprofit and neighborhood groups book it free through our room reservation page, eastsidelibrary.org/rooms: sign in with a library card, pick the room and date, and accept the Meeting Room Policy. Meetings have to be open to the public and end 15 minutes before closing.'],
    [236, 'l', 'Did that help?'],
    [290, 'p', 'ok'],
    [296, 'l', 'Have a great meeting, bye!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 donations: answered first, question only after
  s(PRIYA, '04 ten boxes of a late mother\'s books: donate page + "call the Friends at 555-0188", question only after the source', [
    [0, 'p', "Does the library take book donations? We're clearing out my mom's house and have maybe 10 boxes"],
    [20, 'l', "Hi, I'm Priya at the Fairfield Library. Sorry you're going through all that."],
    [26, 'l', 'Yes, we do! Our Friends of the Library run the book sale and take donations; what they accept is listed at fairfieldlibrary.org/donate. For more than 3 boxes, call the Friends at 555-0188 to set up a drop-off time instead of bringing them to the desk.'],
    [32, 'l', "Are they mostly recent books, or older ones? The Friends can't take textbooks or encyclopedias."],
    [90, 'p', 'mix. some old readers digest condensed books lol'],
    [96, 'l', "Those they'll probably pass on, sadly. Everything else should be fine. Does that answer your question?"],
    [140, 'p', "yes that's everything, thank you!"],
    [145, 'l', "You're welcome! Thanks for thinking of us."],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 05 ILL request placed, follow-up by me done in 30 h
  s(TEODORO, '05 ILL for a book not in the catalog (follow-up by me): WorldCat, e-mail typed and read back, "by Friday at the latest", done in 30 h', [
    [0, 'p', "I'm looking for a book called The Salt Road Atlas by Imogen Varga, I can't find it in the catalog"],
    [18, 'l', 'Hello! Teodoro here, reference librarian at Ridgeline Public Library.'],
    [24, 'l', 'Do you need this particular edition, or would an e-book work too?'],
    [60, 'p', 'any edition is fine, print preferred'],
    [66, 'l', 'Let me check WorldCat, one moment.'],
    [150, 'l', "We don't own it, but WorldCat (worldcat.org) shows 14 libraries that do, so interlibrary loan should work. I can place the ILL request for you now; I just need an e-mail for the confirmation."],
    [230, 'p', 'sure its vargafan.reads@example.com'],
    [238, 'l', "Thanks! Request placed. I'll e-mail you at vargafan.reads@example.com once a lending library accepts it, by Friday at the latest. You'll pick it up at the Main desk."],
    [244, 'l', 'Does that work for you?'],
    [290, 'p', 'perfect'],
    [296, 'l', 'Anything else today?'],
    [320, 'p', 'nope, thats all'],
    [325, 'l', 'Great, thanks for using Ask Ridgeline!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 06 Spanish: large print and the talking book library
  s(LUCIA, '06 letra grande para papá (Spanish): large-print catalog URL, "llame al 800-… o visite btbl.ca.gov para inscribirlo", "es todo"', [
    [0, 'p', 'hola, mi papá ya no puede leer letra chica, ¿tienen libros para personas que no ven bien?'],
    [28, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de Riverside. Con gusto le ayudo.'],
    [35, 'l', '¿Su papá usa computadora o celular, o prefiere algo más sencillo?'],
    [100, 'p', 'no usa computadora. tiene 82 años'],
    [107, 'l', 'Un momento, por favor.'],
    [180, 'l', 'Tenemos libros en letra grande en todas las sucursales; la lista está en riversidelibrary.org/letragrande. Además, la Biblioteca Braille y de Libros Parlantes de California presta audiolibros y un reproductor fácil de usar, gratis y por correo: llame al 800-952-5666 o visite btbl.ca.gov para inscribirlo.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'sí, muchas gracias. es todo'],
    [246, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),

  // 07 summer job, then a dismissal with no way back
  s(SAM, '07 library page job at 16: city jobs URL, "e-mail City HR at hr@…", "I\'ve already answered your question and I have other work to do, so I\'m ending the chat now."', [
    [0, 'p', 'hey is the library hiring? i need a job for the summer'],
    [22, 'l', 'Hi! Sam here with the Ask a Librarian service at Lakeside Library.'],
    [28, 'l', 'How old are you? Some of our jobs need you to be 18.'],
    [60, 'p', '16'],
    [66, 'l', 'At 16 you can apply to be a Library Page (shelving books, about 10 hrs a week). Library jobs are posted on the city jobs site, jobs.lakesideca.gov: search "Library Page". If you have questions after you apply, e-mail City HR at hr@lakesideca.gov.'],
    [72, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'ya but how much does it pay and how do i get it and do u know the manager and can u tell them i applied and what do i wear to the interview'],
    [140, 'l', "I've already answered your question and I have other work to do, so I'm ending the chat now."],
    [150, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 08 teen volunteering; other patrons waiting, a way back
  s(KIARA, '08 NHS volunteer hours: teen volunteer page, "a few other patrons waiting … chat back in later, or call the Teen Services desk at 555-0177"', [
    [0, 'p', 'my son needs 20 volunteer hours for national honor society, can he volunteer at the library?'],
    [26, 'l', "Good evening! I'm Kiara, a teen services librarian at Brookfield Public Library."],
    [32, 'l', 'How old is he, and which branch is closest to you?'],
    [80, 'p', '15, north branch'],
    [87, 'l', 'Teens 14 and up can join our Teen Volunteer program: shelving, summer reading helpers, and the Saturday homework club. The application is at brookfieldlibrary.org/teens/volunteer, and the volunteer coordinator signs school hour forms.'],
    [93, 'l', 'Does that help?'],
    [140, 'p', 'yes. also can he do it online, can he do it with his friend, do you need a reference letter, what if he misses a shift, and my daughter is 12 can she'],
    [150, 'l', "Great questions! I have a few other patrons waiting right now, so I can't get to all of them. Please chat back in later, or call the Teen Services desk at 555-0177 and they can go over the details."],
    [175, 'p', 'ok thanks'],
    [180, 'l', 'Thanks for your patience, good night!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 09 Lost Call: greeting, patron gone, check-in and notice
  s(DEE, '09 $5 DVD fee (Lost Call): greeting at 38, patron left at 50, "Are you still there?" at 200, notice + invitation back at 400', [
    [0, 'p', 'why do i have a $5 fee on my account for a dvd'],
    [38, 'l', "Hi, this is Dee at Westfield Library's chat service."],
    left(50),
    [200, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 no provider joined; Lost Call after two patron lines
  s(NOBODY, '10 volunteering at 60+: no provider joined, "anyone there?", patron left, coded Lost Call with two patron lines', [
    [0, 'p', 'do u guys take volunteers over 60? retired teacher here'],
    queue(2, 5),
    [150, 'p', 'anyone there?'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 chat-speak: who had the book before me
  s(JUN, '11 letter found in a book, who borrowed it before (chat-speak): privacy URL, "drop the letter at the downtown circ desk" (no contact), "nah thats it"', [
    [0, 'p', 'found a letter w a name + address inside a book i checked out. can u tell me who had it before me so i can give it back'],
    [16, 'l', 'hi! Jun from Ask a Librarian @ Pinewood Library here 👋'],
    [21, 'l', 'which branch did u check it out from?'],
    [45, 'p', 'downtown'],
    [50, 'l', 'ty! we dont keep a record of who had an item before u once its returned (privacy policy: pinewoodlib.org/privacy), so i cant look that up. best bet: drop the letter at the downtown circ desk, staff keep found items 30 days in case the owner asks'],
    [56, 'l', 'that help?'],
    [80, 'p', 'ya ok will do'],
    [84, 'l', 'anything else?'],
    [100, 'p', 'nah thats it'],
    [104, 'l', 'cool, thx for being so honest w it! bye'],
  ], usual({ referral: 'fail' })),

  // 12 claims-returned: transfer to Circulation by the book
  s(GRACE, '12 billed $38 for a book put in the drop box: transfer to the circulation supervisor with a notice and a note, Beth 58 s later', [
    [0, 'p', 'I was charged $38 for a lost book that I KNOW I returned. I put it in the drop box on March 3rd.'],
    [24, 'l', "Hello, I'm Grace at Ask Us, Hamilton County Library. I'm sorry about the charge."],
    [30, 'l', 'Which title is it, and which drop box did you use?'],
    [80, 'p', 'The Overstory, the drop box at the Oak Street branch'],
    [86, 'l', "Thanks. Our circulation supervisor can search the branch shelves and clear the charge, so I'm transferring you to her now. One moment, please."],
    [89, 'i', 'Beth, patron says The Overstory went in the Oak St drop box 3/3 but was billed lost $38. can you take a claims-returned?'],
    xfer(92, 'Beth Ngata', 'beth'),
    [150, 'l', "Hi, Beth from Circulation here. I've marked it claims-returned, so the $38 is on hold and won't block your card, and Oak Street staff will search their shelves. Our lost and claims-returned policy is at hamiltonlibrary.org/policies/lost-items.", as(BETH)],
    [156, 'l', 'Does that take care of it for now?', as(BETH)],
    [200, 'p', 'yes, thank you so much. that is all'],
    [206, 'l', 'My pleasure. Thanks for your patience, and have a good day!', as(BETH)],
  ], usual({ transfer: 'pass' })),

  // 13 silent transfer to ILL; 140 s wait
  s(OMAR, '13 ILL request "unfilled": internal note only, transfer, Lin\'s first line 140 s after the patron, ProQuest via the databases page', [
    [0, 'p', 'my interlibrary loan request says "unfilled" what does that mean'],
    [30, 'l', 'Hi there! This is Omar with the Ask Us chat at Greenbriar Library.'],
    [36, 'l', 'What is the title you requested?'],
    [90, 'p', 'a dissertation from 1987 about lake erie fish'],
    [96, 'i', 'Lin, ILL q — unfilled 1987 dissertation, can you take it?'],
    xfer(99, 'Lin Zhou', 'lin'),
    [230, 'l', "Hi, Lin from Interlibrary Loan. Unfilled means no library agreed to lend it; libraries often won't lend dissertations. Many are in ProQuest Dissertations & Theses, which you can search from greenbriarlibrary.org/databases; if it's there, you can download it free.", as(LIN)],
    [236, 'l', 'Does that help?', as(LIN)],
    [280, 'p', 'ok i will look, thats all thanks'],
    [286, 'l', 'Thanks for chatting!', as(LIN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 14 four chats at once
  s(NELL, '14 replacing a lost card: "Replace card" online, three other chats open, four at once from 30 s', [
    [0, 'p', 'how much is it to replace a lost library card'],
    [20, 'l', 'Hi, Nell here, librarian at Ashby Public Library!'],
    [25, 'l', "Is it your adult card or a kid's card?"],
    [60, 'p', 'adult'],
    [66, 'l', "The first replacement is free, after that it's $2. Sign in at ashbylibrary.org/card and choose \"Replace card\"; the new one is mailed in about 5 days."],
    [70, 'l', 'Does that answer it?'],
    [100, 'p', 'yep thats all i needed'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nell', -200, 300), other('n2', 'nell', -50, 500), other('n3', 'nell', 30, 400)],
  }),

  // 15 three at most, touching ends
  s(KOFI, '15 4-hour study room for a Zoom interview: 2-hour limit, the Interview Pod on the same page; others touch both ends, three at most', [
    [0, 'p', 'can i book a study room for 4 hrs? need it for a zoom interview + prep'],
    [22, 'l', 'Hi, Kofi here at the Ask Us chat, Brightwater Library.'],
    [28, 'l', 'Which day, and which branch?'],
    [70, 'p', 'thursday, central'],
    [76, 'l', "Study rooms can be booked for up to 2 hours a day per card, at brightwaterlibrary.org/studyrooms. For a video interview, Central also has a quiet Interview Pod you can book for 3 hours: it's on the same page under 'Interview Pod'."],
    [82, 'l', 'Would that work for you?'],
    [140, 'p', 'oh nice the pod is perfect'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nope!'],
    [175, 'l', 'Good luck with the interview, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kofi', -600, 0), other('k2', 'kofi', -100, 150), other('k3', 'kofi', 100, 700), other('k4', 'kofi', 180, 800)],
  }),

  // 16 ASL interpreter: a promise with no time, coded Answered
  s(TOM, '16 ASL interpreter for an author talk: "I\'ll check with our events team and get back to you", e-mail read back, no time, coded Answered', [
    [0, 'p', 'Hi, I am Deaf and want to go to the author talk on the 21st. Will there be an ASL interpreter?'],
    [22, 'l', 'Hello, and thanks for contacting Ask a Librarian at Westbrook Library! My name is Tom.'],
    [28, 'l', 'Is it the Jason Reynolds talk at the Main Library on March 21?'],
    [70, 'p', 'yes that one'],
    [76, 'l', "Our accessibility page (westbrooklibrary.org/accessibility) says interpreters can be arranged with a week's notice, but I don't see one listed for that event yet. I'll check with our events team and get back to you. What's the best e-mail to reach you?"],
    [120, 'p', 'deafreader22@example.com'],
    [126, 'l', "Got it, deafreader22@example.com. I'll be in touch."],
    [132, 'l', 'Does the accessibility page help in the meantime?'],
    [170, 'p', 'yes thank you'],
    [176, 'l', 'Anything else I can help with?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks, take care!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 17 statewide: follow-up by the patron's library, e-mail on the account only, done after 80 h
  s(REGGIE, '17 shared-catalog lost bill (follow-up by patron\'s library): "at the e-mail on your account within 72 hours", done after 80 h', [
    [0, 'p', 'I got a bill from Dover Public Library for a lost book but I am a Camden cardholder, I returned it in Camden'],
    [35, 'l', "Hi, I'm Reggie with the statewide Ask Us service. I'm at a different library, but I'll help however I can."],
    [41, 'l', 'Did you borrow it from Dover through interlibrary loan, or through the shared catalog?'],
    [100, 'p', 'shared catalog i think. it was a cookbook'],
    [106, 'l', "Thanks. Bills for shared-catalog items come from the library that owns them, and the statewide lost-item rules are at lib.statewide.example.org/lost-items. I'll pass this to Camden's circulation staff so they can trace the return, and someone from your library will contact you at the e-mail on your account within 72 hours."],
    [112, 'l', 'Does that help for now?'],
    [160, 'p', 'ok'],
    [166, 'l', 'Thanks for chatting with us.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'pat.camden@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 archive donation: call-back promised by tomorrow noon, never recorded
  s(HELEN, '18 1940-62 Millbrook Gazettes to donate (follow-up by me): gifts policy URL, phone read back, "by tomorrow at noon", not recorded by day 4', [
    [0, 'p', 'my grandfather kept every issue of the Millbrook Gazette from 1940-1962. would the library want them?'],
    [25, 'l', "Good morning! This is Helen at Millbrook Library's reference chat. What a collection!"],
    [31, 'l', 'Are they loose issues or bound volumes, and what shape are they in?'],
    [95, 'p', 'loose, in boxes in the attic. some are yellow but not falling apart'],
    [101, 'l', 'Let me check our gift policy.'],
    [170, 'l', "Our Gifts and Donations policy (millbrooklibrary.org/policies/gifts) says local history donations go to our archivist for review before we accept them. She's in tomorrow morning; I can ask her and call you back. What number should she use?"],
    [230, 'p', '555-203-4418'],
    [236, 'l', "555-203-4418, got it. You'll hear from us by tomorrow at noon."],
    [242, 'l', 'Does the policy page answer your question for now?'],
    [280, 'p', 'yes thanks, no more questions'],
    [286, 'l', 'Thank you, and thanks for thinking of the library!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 19 Practice
  s(TRAINER, '19 practice chat (fines script): coded Practice, every check na', [
    [0, 'p', 'testing 123 - do you have late fees'],
    [8, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [18, 'l', 'No late fees: see oursamplelibrary.org/fines. Did that help?'],
    [30, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 check-in then nothing
  s(ANA, '20 cancel a study room: answer at 76, "Are you still there?" at 230, session ends at 420 with no notice', [
    [0, 'p', 'need to cancel my study room booking for tomorrow'],
    [20, 'l', 'Hello! Ana here at Ask a Librarian, Fox Valley Library.'],
    [26, 'l', 'Did you book it online or at the desk?'],
    [70, 'p', 'online'],
    [76, 'l', "Sign in at foxvalleylibrary.org/rooms, open My Reservations and click Cancel next to tomorrow's booking. Cancelling less than 2 hours ahead counts as a no-show."],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 190 }),

  // 21 homebound delivery; goodbye 150 s after the answer
  s(IRMA, '21 homebound delivery for a mother: Outreach Services phone, goodbye 150 s after the answer with no check-in', [
    [0, 'p', 'can the library deliver books to my mother, shes homebound'],
    [30, 'l', "Good afternoon! You've reached Irma, librarian at Oakdale County Library."],
    [36, 'l', 'Does she live in Oakdale County?'],
    [80, 'p', 'yes in Elmira'],
    [86, 'l', "Our Homebound Delivery service brings books, audiobooks and DVDs every 3 weeks to county residents who can't get to a branch. The sign-up form is at oakdalelibrary.org/homebound, or call Outreach Services at 555-0163 and they'll sign her up by phone."],
    [92, 'l', 'Is that what you were looking for?'],
    [236, 'l', 'Thanks for chatting with us today — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 22 holds every ~105 s
  s(BAO, '22 1974 folklore journal article by ILL: holds at 76 ("bear with me") and 180 (partial, still looking), answer at 285', [
    [0, 'p', 'I need an article from a 1974 journal, Journal of Ozark Folklore vol 3. our library doesnt have it'],
    [20, 'l', 'Hi! This is Bao, a librarian at Springdale Public Library.'],
    [26, 'l', 'Do you have the article title or author? It will help the ILL request.'],
    [70, 'p', '"Quilting bees in Stone County" by R. Hollis'],
    [76, 'l', 'Great, let me search for it, bear with me.'],
    [180, 'l', "Still looking — it's not in any of our databases, checking WorldCat now."],
    [285, 'l', "Found it: WorldCat lists the journal at 3 libraries. Request the article through our ILL form, springdalelibrary.org/ill (choose 'Article'); articles usually come by e-mail as a PDF in 3-7 days, free."],
    [291, 'l', 'Does that answer your question?'],
    [340, 'p', "yes thank you, that's all I needed"],
    [346, 'l', "You're welcome, thanks for using Ask a Librarian!"],
  ], usual()),

  // 23 "No worries, take your time." then 244 s away
  s(JORDAN, '23 fundraiser concert in the auditorium: "No worries, take your time." then the patron back 244 s later, 501(c)(3), application URL', [
    [0, 'p', 'Hi, we want to reserve the auditorium for a fundraiser concert. is that allowed?'],
    [25, 'l', "Hello, thanks for contacting Lakeview Library! I'm Jordan, one of the librarians."],
    [31, 'l', 'Is your group a registered nonprofit? Fundraisers are only allowed for nonprofits.'],
    [70, 'p', 'i think so, let me check with our treasurer'],
    [76, 'l', 'No worries, take your time.'],
    [320, 'p', "ok yes we're a 501c3"],
    [326, 'l', 'Then you can apply! Fundraising events need the Auditorium Use Application at lakeviewlibrary.org/auditorium at least 30 days ahead, with proof of 501(c)(3) status. Ticket sales are allowed.'],
    [332, 'l', 'Is that what you needed?'],
    [380, 'p', 'yep thats everything thank you'],
    [386, 'l', 'Great, best of luck with the concert! Bye!'],
  ], usual()),

  // 24 greeting with no name
  s(REFDESK, '24 campaign kickoff in a meeting room: "Hi! What can I help you with?" under the screen name "Ref Desk 2", meeting room policy URL', [
    [0, 'p', 'can a political campaign use the meeting room'],
    [28, 'l', 'Hi! What can I help you with?'],
    [34, 'l', 'Is it for a candidate forum open to everyone, or an event for one campaign?'],
    [80, 'p', 'campaign kickoff for my city council run'],
    [86, 'l', 'Our Meeting Room Policy (oakridgelibrary.org/policies/meeting-rooms) lets candidates use rooms for meetings open to the public, but no fundraising or selling campaign items on library property. Book at oakridgelibrary.org/rooms.'],
    [92, 'l', 'Does that answer it?'],
    [130, 'p', 'yes thank u, thats all'],
    [135, 'l', 'Good luck with the campaign! Bye!'],
  ], usual({ greeting: 'fail' })),

  // 25 no source at all
  s(LENA, '25 late fees on a 7-year-old\'s card: answered from memory, no URL or resource named (source fails)', [
    [0, 'p', 'do you charge late fees on kids books'],
    [18, 'l', 'Hi, Lena at Bridgeport Library here!'],
    [23, 'l', "Is this for a child's card or an adult card?"],
    [50, 'p', 'my sons card, hes 7'],
    [56, 'l', "No late fees at all on children's cards. If a book is lost you just pay the replacement cost, and if you find it within 6 months we refund it."],
    [62, 'l', 'Does that answer your question?'],
    [90, 'p', 'great thanks'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no thats it'],
    [115, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ source: 'fail' })),

  // 26 restatement; "You could try the … ReStore" with no contact
  s(CAROL, '26 1985 Britannica + National Geographics: restated, donation guidelines URL, "You could try the Habitat for Humanity ReStore" (no contact)', [
    [0, 'p', 'my husband passed and he had a whole set of Encyclopaedia Britannica 1985 plus lots of old National Geographics. will the library take them?'],
    [40, 'l', "Hello, I'm Carol, a librarian at Westfield Memorial Library. I'm so sorry for your loss."],
    [46, 'l', 'So you want to know whether we can take a 1985 Britannica set and a collection of National Geographics.'],
    [100, 'p', 'yes'],
    [106, 'l', "Unfortunately our donation guidelines (westfieldmemorial.org/donate) don't accept encyclopedias or magazines, since we can't add or sell them. You could try the Habitat for Humanity ReStore, they sometimes take books for resale."],
    [112, 'l', 'Does that help?'],
    [160, 'p', 'ok i understand. thats all'],
    [166, 'l', 'Take care, and thank you for thinking of us.'],
  ], usual({ referral: 'fail' })),

  // 27 wheelchair access; the ADA coordinator by e-mail and phone
  s(GWEN, '27 power chair at the Maple St branch: accessibility page, "e-mail our ADA coordinator … or call 555-0140", "no thanks" to anything else', [
    [0, 'p', 'Is the Maple St branch wheelchair accessible? Going for the first time Saturday'],
    [15, 'l', 'Hi there, this is Gwen from Ask a Librarian at Northfield Public Library.'],
    [20, 'l', 'Will you be driving, or coming by bus?'],
    [55, 'p', 'driving, i use a power chair'],
    [60, 'l', 'Maple St has two accessible spaces by the side entrance on Birch Ave, an automatic door and an elevator to the lower level. Accessibility details for every branch are at northfieldlibrary.org/accessibility. If you need anything set up ahead of time, e-mail our ADA coordinator, Pat Ruiz, at ada@northfieldlibrary.org or call 555-0140.'],
    [66, 'l', 'Does that cover it?'],
    [110, 'p', 'yes!! perfect'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'no thanks'],
    [145, 'l', 'Enjoy your visit, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 28 police and borrowing records; pickedUpAt 40, first line 100
  s(PRISCILLA, '28 can police see my checkouts ("asking for a friend lol"): pickedUpAt 40 s, first line at 100, privacy policy + ALA URL', [
    [0, 'p', 'can the police see what ive checked out from the library? asking for a friend lol'],
    [100, 'l', 'Hi! Priscilla here, a librarian with Ask Us at Brandon Free Library. Ha, totally fair question.'],
    [106, 'l', 'Are you asking about your checkout history, or what you do on the library computers?'],
    [160, 'p', 'both i guess'],
    [166, 'l', "By default we don't keep your checkout history once items are returned, unless you turn on Reading History yourself, and computer sessions are wiped at log-off. Police would need a subpoena or court order for whatever records do exist. It's all in our Privacy Policy, brandonlibrary.org/privacy, and ALA explains the law at ala.org/advocacy/privacy."],
    [172, 'l', 'Did that answer it?'],
    [230, 'p', 'yes. thats all i needed'],
    [236, 'l', 'Glad to help. Thanks for chatting!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 29 answered before asking; "Would you like me to start a request?"
  s(FELIPE, '29 how long ILL takes: ILL page first, then "Do you have a specific book in mind? Would you like me to start a request?", patron "that\'s everything"', [
    [0, 'p', 'how long does interlibrary loan take'],
    [20, 'l', 'Hi, Felipe at Ask a Librarian, Sunnyvale Library!'],
    [25, 'l', 'Usually 1 to 3 weeks for books and 3 to 7 days for articles. The ILL page, sunnyvalelibrary.org/ill, has the request form and current wait times.'],
    [31, 'l', 'Do you have a specific book in mind? Would you like me to start a request?'],
    [80, 'p', "no, just wondering. that's everything, thanks"],
    [85, 'l', 'No problem! Thanks for chatting, bye.'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 30 librarian jobs; code an empty string
  s(NOOR, '30 new MLIS grad looking for librarian jobs: library jobs page + ALA JobLIST URL, "Is that helpful?", code an empty string', [
    [0, 'p', 'Are there any open librarian positions? I just finished my MLIS'],
    [30, 'l', "Congrats! Hi, I'm Noor, a librarian at Hillcrest Public Library."],
    [36, 'l', 'Are you looking for full-time work only, or part-time too?'],
    [90, 'p', 'either'],
    [96, 'l', "Our current openings are at hillcrestlibrary.org/jobs; right now there's a part-time Reference Librarian posting that closes March 20. For openings at other libraries, ALA's JobLIST at joblist.ala.org is the big national board."],
    [102, 'l', 'Is that helpful?'],
    [150, 'p', 'very, thanks. that is all'],
    [155, 'l', 'Good luck with the search, and thanks for reaching out!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
/** The full name of case `no` ("11"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundLibrary.find((c) => c.name.startsWith(`${no} `))!.name;

const LEFT_WHY: Record<string, string> = {
  [byNo('11')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "best bet: drop the letter at the downtown circ desk, staff keep found items 30 days in case the owner asks" tells the patron to visit the provider\'s own library\'s circulation desk, which will deal with the need (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), with no e-mail, phone, postal address or URL.',
  [byNo('26')]:
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2 "So you want to know whether we can take a 1985 Britannica set …"): message 2 restates the question (RUBRIC: "or restates the question (\u201cso you need…\u201d)") and gives no source, before the first source in message 4 (westfieldmemorial.org/donate). referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "You could try the Habitat for Humanity ReStore …"): the only URL in message 4 is the library\'s own donation guidelines; the ReStore, the party the patron is referred to, comes with no e-mail, phone, address or URL (RUBRIC: "every party the patron is referred to comes with a way to reach them").',
};

describe('sixty-first round: the library\'s own policies and services, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundLibrary.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundLibrary.filter((c) => c.name in LEFT_WHY));
});
