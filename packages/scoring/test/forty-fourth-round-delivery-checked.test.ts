/**
 * Forty-fourth round, checked: INTERLIBRARY LOAN, DOCUMENT DELIVERY AND FOLLOW-UPS. Whole sessions of academic, public, law,
 * health-sciences and conservatory libraries and of statewide / 24-7 cooperatives: patrons who need an article from a volume
 * not held, a book chapter, a 1960s thesis, a 1990s PhD thesis abroad, an out-of-print cookbook, a 1911 township history, a
 * historical-society quarterly, a 1931 newspaper obituary, a GAO report in storage, a committee report, a study score, a paid
 * industry report, naturalization papers; providers who send the patron to ILLiad, place the request for them, scan and e-mail
 * chapters (later, or during the chat), promise to finish the search and write back (with and without a time), collect the
 * e-mail or phone (given, spelled "at … dot edu", given in the first message, read back, only in the patron fields, refused),
 * hand the question to a subject specialist, to the patron's own library's staff or (by transfer) to the ILL librarian, or
 * refer the patron to a Document Delivery / ILL office or desk. American, British, chat-speak, Spanish and grieving-widow
 * registers. Every one of the 17 checks labelled in every session from RUBRIC.md before it was run.
 *
 * SHAPES TRIED:
 *  follow-ups: by me with the e-mail read back and "by Thursday" (done in 40 h); "once I hear from her" (no time; done 20 h);
 *   "by Wednesday" done at 80 h, checked on day 5 (fail); the patron's library "by tomorrow afternoon", phone in the chat,
 *   nothing recorded by day 4 (fail); "by friday" not recorded on day 2 (pending); a Saturday-night session whose follow-up is
 *   recorded Tuesday 20:30 -04:00 after the clocks went forward (71.4 h elapsed, 72.4 h by the wall clock: pass); a follow-up
 *   recorded only in the store (ctx.recordedFollowUps); recorded exactly 72 h after the end (pass); recorded 08:00 -08:00 by a
 *   West Coast library, earlier than the deadline's wall clock but 56 min past it (fail); unrecorded 1 min past the deadline
 *   (fail); "Our ILL staff will email you … when it arrives, usually in 2-3 weeks" coded Answered; a specialist "will e-mail you
 *   within two business days" coded "Referred to subject specialist"; "get back to you on that" with no contact coded
 *   Answered; coded Follow-up by me with no contact anywhere (the patron would rather chat back); the patron's library "within
 *   three days" with the phone only in `patron.phone`; the scan e-mailed during the chat (no follow-up); the e-mail given in
 *   the patron's first message "in case we get cut off" and not read back; a provider who declines to keep searching;
 *  referrals: "ask your home library's interlibrary loan department" (no contact), the Document Delivery office with e-mail and
 *   phone, "stop by the ILL desk on the second floor" (own department, a place but no contact), the reference desk's phone in
 *   Spanish, the ILL office with e-mail and phone; against: the music / business / genealogy librarian or another library's
 *   ILL or document delivery staff the provider writes to on the patron's behalf;
 *  transfers: to the ILL librarian with notice and a note saying why; a notice, then "over to you" written after the transfer
 *   and a 164 s wait for the receiving provider;
 *  waits: holds at 95-114 s through catalogue, WorldCat, ProQuest and microfilm searches; "Let me look." then a partial result
 *   "… up to 1968 so far; I'm still checking" (a hold) and 150 s more; a greeting (no hold) then 200 s of silent searching
 *   while the patron says nothing, and the same with the patron's "hello??" (145 s); `pickedUpAt` 45 s with the first message
 *   at 160 s (115 s after pickup); "I can't keep searching after the chat ends" (no hold);
 *  endings: check-in + notice-goodbye; check-in then "I'm going to close this chat now. Thanks…" (no disconnect); 305 s of
 *   nothing; a final idle of exactly 120 s; a goodbye 206 s after the answer with nothing between; a hold then the answer
 *   100 s before the end (the idle is 100 s, not 210); one message "Are you still there? … disconnected … chat back in
 *   anytime!" (no Goodbye, but an invitation back); Lost Call after a clarifying question; Lost Call with three patron
 *   messages; a null code; an ILL policy limit ("up to 10 article requests pending"); "you've asked a lot today"; other
 *   patrons waiting with a way back (Spanish);
 *  concurrency: four chats at once (fail); one ending at this one's start and one starting at its end (three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Our ILL staff will email you at <e-mail> when it arrives" (D2) is a promise that someone from the library will contact the
 *   patron later (Terms, Follow-up session, "someone from your library will contact you"): a follow-up session, although the
 *   message is an arrival notice. Sentences that only say how long ILL takes ("Articles usually arrive as a PDF in your ILLiad
 *   account in 1-3 business days", "Most books arrive within two weeks", "it should be on the hold shelf tomorrow") or state a
 *   policy ("in that case we contact you before paying anything") promise nothing; nor does "I've just e-mailed … to you"
 *   (sent during the chat);
 * - "usually in 2-3 weeks", "within two business days", "by end of day tomorrow", "early next week" say when; "once I hear
 *   from her" does not; an e-mail the patron gives in the chat, before the promise, is confirmed in the chat;
 * - a follow-up recorded exactly `followUpHours` after the end is "within" them; elapsed time is read from the offsets;
 * - "Is the IMSLP scan enough, or do you need a clean print edition?", "Does IBISWorld look useful in the meantime?", "that
 *   work for ur assignment?", "Will the online copy do?", "Will that work for your list?" ask whether what was given meets the
 *   need; "Is your Westbrook address the right one to use?" and "Would you like me to [place the request]?" do not;
 * - a library's ILL desk or office the patron is told to visit or write to is a referral (Terms: the own library's
 *   departments count); "the second floor, next to the periodicals" is no postal address; a department's staff the provider
 *   writes to ("I'll forward your question to her", "I'll pass your details on") are consulted, not referred to;
 * - a greeting is not a hold, so after it the patron's silence is waiting on the patron (D31 passes keep_informed after
 *   200 s); a patron "hello??" starts a wait on the provider (D32 fails);
 * - with `pickedUpAt` recorded, only the part of the first wait after pickup counts for keep_informed (115 s: pass);
 * - "Cheers!", "Take care!", "Have a good night!", "Talk soon!" after thanks, "Bye for now!" are goodbyes; "I'm going to close
 *   this chat now" says nothing of a disconnect; a library's ILL request limit is a policy, not a question limit;
 * - a request placed or a scan promised is no source by itself; every session that passes info.source names a database, the
 *   catalogue with its URL, a repository or a page with the steps.
 *
 * COUNTS. Written: 41 whole sessions, all 17 checks labelled in each before it was run: a first batch of 37 (D1-D37) and a
 * second of 4 (D38-D41), each labelled before its run. First run as labelled / disagreeing: 34 / 7 (first batch 31 / 6,
 * second 3 / 1). Label corrections: 0 (every disagreement was reread against RUBRIC.md's text; none of the labels was wrong
 * by it). Final: 34 running, 7 LEFT (LEFT_WHY below): followup.completeness 3 (D8 false pass, D9 and D10 false fails),
 * the follow-up promise "Our ILL staff will email you" not read (D2: contact, on_time, code), referral.contact 1 (D10,
 * consulted specialist read as a referral), closing.no_dismissal 1 (D29), inquiry.clarify 1 (D28), interest.keep_informed +
 * session.idle_checkin 1 (D40, "I can't keep searching" read as a hold).
 * The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 41 tests passed (7 through describeLeft).
 *
 * V45 (block K): "Is the IMSLP scan enough, or …?" asks about what was given (K4), "Is your Westbrook address the right
 * one to use?" does not (K5), the pass-on "I'll forward your question to her" in the next sentence consults for the
 * patron (K7), "I can't keep searching after the chat ends" is no hold (K8) and "That's about all I can do in one chat"
 * dismisses (K9); 3 LEFT now (D2's ILL arrival e-mail, D10's "Does IBISWorld look useful?" after K4's named form was
 * withdrawn, D28).
 * RUBRIC v61 (block AA, sixty-seventh round): D10's "Does IBISWorld look useful in the meantime?" is read again (AA4's
 *   LOOK_USEFUL_AA4: a named subject that is no person, at the question's end), so D10 runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, xfer, session } from './provider-lines';

const HOUR = 3600;
const s = session;
/** `lines` moved `base` seconds after T0 (a session on another day): its lines and its `startedAt`. */
const later = (base: number, lines: Line[]): Line[] => lines.map(([sec, w, t, x]): Line => [sec + base, w, t, x]);

const AMARA: Prov = { id: 'amara', name: 'Amara O.', library: 'STATEU' };
const GLENDA: Prov = { id: 'glenda', name: 'Glenda', library: 'MAPLE' };
const THEO: Prov = { id: 'theo', name: 'Theo R', library: 'CARVER' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'ELKR' };
const PETRA: Prov = { id: 'petra', name: 'Petra V.', library: 'HSL' };
const MARCO: Prov = { id: 'marco', name: 'Marco (24/7)', library: 'COOP' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'RBCC' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah L.', library: 'WESTBROOK' };
const ODETTE: Prov = { id: 'odette', name: 'Odette', library: 'HALV' };
const LUIS: Prov = { id: 'luis', name: 'Luis M', library: 'DUNMORE' };
const BRIDGET: Prov = { id: 'bridget', name: 'Bridget', library: 'MSL' };
const FERGUS: Prov = { id: 'fergus', name: 'Fergus', library: 'CASTLE' };
const ZARA: Prov = { id: 'zara', name: 'Zara (QP)', library: 'COOP' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'GREENDALE' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'FAIRHAVEN' };
const ROB: Prov = { id: 'rob', name: 'Rob T.', library: 'NORWOOD' };
const DEVI: Prov = { id: 'devi', name: 'Devi S.', library: 'NORWOOD' };
const SHEILA: Prov = { id: 'sheila', name: 'Sheila', library: 'ASHFORD' };
const OWEN: Prov = { id: 'owen', name: 'Owen', library: 'ASHFORD' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'BROOK' };
const BORIS: Prov = { id: 'boris', name: 'Boris', library: 'MILLB' };
const CLAUDIA: Prov = { id: 'claudia', name: 'Claudia', library: 'WESTF' };
const ARJUN: Prov = { id: 'arjun', name: 'Arjun', library: 'OAKD' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'LAKEM' };
const VERA: Prov = { id: 'vera', name: 'Vera K', library: 'RIDGE' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'KESSLER' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'PINE' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'COAST' };
const ELLIS: Prov = { id: 'ellis', name: 'Ellis', library: 'RIDGELINE' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'HARTWELL' };
const RANDALL: Prov = { id: 'randall', name: 'Randall', library: 'SUMMIT' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'VALLE' };
const IGOR: Prov = { id: 'igor', name: 'Igor', library: 'MAPLEW' };
const JANELLE: Prov = { id: 'janelle', name: 'Janelle', library: 'CORV' };
const SUNITA: Prov = { id: 'sunita', name: 'Sunita', library: 'CEDAR' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'TILDEN' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn (24/7)', library: 'COOP' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'ASHG' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona', library: 'BIRCH' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'KCLL' };
const HOLLY: Prov = { id: 'holly', name: 'Holly', library: 'BRIGHT' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'MSL' };

/** Saturday 7 March 2026, 20:00 EST (the night before the clocks go forward). */
const SAT_EVENING = 5 * 86_400 + 10 * HOUR;

export const delivery: SessionCase[] = [
  // D1 self-service ILL through ILLiad: no promise by the provider
  s(AMARA, 'D1 article from a 1987 volume not held: checked, ILLiad link, patron submits it herself, "that\'s everything"', [
    [0, 'p', "Hi - I'm trying to get hold of an article from Journal of Phonetics, 1987, vol 15. Our library page says we don't have that year?"],
    [22, 'l', 'Hi there, this is Amara at the State University Libraries research help chat.'],
    [30, 'l', "Do you have the full citation (author, title, pages)? That'll help me check every place we might have it."],
    [95, 'p', "Ohala, 'Experimental phonology and the speech chain', pages 123-141 I think"],
    [104, 'l', 'Thanks, checking our e-journal holdings and the print stacks now.'],
    [205, 'l', "You're right, our online access starts in 1995 and we never had the print volumes. The quickest route is Interlibrary Loan: log in at lib.stateu.edu/illiad, choose 'Article Request' and paste the citation. Articles usually arrive as a PDF in your ILLiad account in 1-3 business days."],
    [212, 'l', 'Does that get you what you need?'],
    [260, 'p', "yes, submitting it now. that's everything, thank you!"],
    [268, 'l', 'Glad to help. Good luck with the research, and come back anytime.'],
  ], usual()),

  // D2 the provider places the request; "Our ILL staff will email you … usually in 2-3 weeks" coded Answered
  s(GLENDA, 'D2 out-of-print cookbook: request placed for the patron, "Our ILL staff will email you … usually in 2-3 weeks", coded Answered', [
    [0, 'p', 'do you have a book called The Salt Marsh Cookbook by Edna Pruitt, its from the 70s and out of print'],
    [48, 'l', "Good afternoon! You've reached Glenda at Maple County Public Library."],
    [55, 'l', 'Is that the 1974 edition from Tidewater Press? Let me look in our catalog.'],
    [150, 'l', "We don't own it, and WorldCat (worldcat.org) shows only 6 libraries that do, none in Maryland. I can put in an interlibrary loan request for you right now if you like. Would you like me to?"],
    [190, 'p', 'yes please!!'],
    [196, 'l', "Great. What's the best e-mail for the notice? I can find your card record from it."],
    [240, 'p', 'marsh.cook52@gmail.com'],
    [250, 'l', 'Thanks. Request placed for The Salt Marsh Cookbook. Our ILL staff will email you at marsh.cook52@gmail.com when it arrives, usually in 2-3 weeks, and you can pick it up at your branch.'],
    [258, 'l', 'Is there anything else I can help with?'],
    [290, 'p', "nope that's it"],
    [296, 'l', 'Happy cooking, and thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // D3 a 1962 thesis: partial source, promise "by Thursday", e-mail read back, done in 40 h
  s(THEO, 'D3 1962 master\'s thesis: held non-circulating elsewhere, "e-mail you … by Thursday", address read back, follow-up done in 40 h', [
    [0, 'p', "Hello, I'm looking for a master's thesis: 'Labor organizing in the Piedmont textile mills, 1929-1934' by R. Hensley, UNC 1962. Is there any way to read it?"],
    [35, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Theo, a reference librarian at Carver College Library."],
    [41, 'l', "Do you need the whole thesis, or only certain chapters? Older theses often can't be lent, so it helps to know."],
    [110, 'p', 'mostly chapter 3 on the Gastonia strike, but whole thing would be great'],
    [118, 'l', 'One moment while I check ProQuest Dissertations & Theses and the UNC catalog.'],
    [228, 'l', "Still digging — it isn't in ProQuest, which is common for 1960s master's theses."],
    [330, 'l', "I found it in UNC's catalog (catalog.lib.unc.edu): one copy in Wilson Library's North Carolina Collection, marked non-circulating. That means no loan, but they may scan a chapter for us. Does that help for a start?"],
    [372, 'p', 'yes that helps. can you ask them for the scan?'],
    [380, 'l', "I can. I'll write to their document delivery staff today and e-mail you what they say by Thursday. What address should I use?"],
    [430, 'p', 'rhensley.research@outlook.com — (no relation lol)'],
    [436, 'l', 'Got it: rhensley.research@outlook.com. You\'ll hear from me by Thursday at the latest.'],
    [442, 'l', 'Anything else for today?'],
    [470, 'p', 'no, thats all. thanks so much'],
    [476, 'l', 'You\'re welcome, have a good evening!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // D4 "I'll be in touch once I hear from her": no time said; done in 20 h
  s(NADIA, 'D4 historical-society quarterly (slow pickup): "I\'ll be in touch once I hear from her" says no time; done in 20 h', [
    [0, 'p', 'Hi! Looking for an article my grandfather wrote in the Elk Ridge Historical Society quarterly, maybe 1958? about the covered bridge'],
    [70, 'l', "Hi, I'm Nadia with the Ask Us reference team at Elk Ridge Free Library."],
    [76, 'l', "Do you know the article's title, or just the topic and the year?"],
    [120, 'p', 'just topic + year, his name was Walter Brisco'],
    [128, 'l', 'ok, give me a minute to search our local history index'],
    [240, 'l', "Our Local History Index (elkridgelibrary.org/localhistory) lists a 1958 piece on the Mill Creek covered bridge but not the author, and that issue of the quarterly isn't in our building. I'll check with our archivist, who keeps the society's back issues, and get back to you by email."],
    [246, 'l', "What's a good email?"],
    [300, 'p', 'wbrisco.grandson@yahoo.com'],
    [306, 'l', "Thanks! I'll be in touch once I hear from her."],
    [320, 'p', 'great thank you'],
    [326, 'l', 'Bye for now!'],
  ], usual({ pickup: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // D5 scan & deliver "by Wednesday", recorded after 80 h
  s(PETRA, 'D5 textbook chapter scan (nursing): "you\'ll have the PDF by Wednesday", follow-up recorded at 80 h, checked on day 5', [
    [0, 'p', "hey, need ch. 12 of Lewis's Medical-Surgical Nursing 11th ed for a class, our copy is at the downtown campus & I'm at the north campus"],
    [25, 'l', 'Hi, Petra here from the Health Sciences Library. I can help with that.'],
    [31, 'l', 'Just to be sure: chapter 12 is the one on pain management, right? And do you need it as a PDF?'],
    [80, 'p', 'yep pain mgmt, pdf is fine'],
    [88, 'l', "Great. Under copyright rules we can scan one chapter for you through our Scan & Deliver service (hsl.univ.edu/scan-deliver has the details). I'll put the request in now and you'll have the PDF by Wednesday."],
    [92, 'l', 'Which email should it go to — your university one?'],
    [130, 'p', 'yes, kmorrow@univ.edu'],
    [135, 'l', 'Perfect, kmorrow@univ.edu. Does that cover what you need?'],
    [160, 'p', 'yes thanks!!'],
    [166, 'l', 'Anything else I can help with?'],
    [190, 'p', 'nope'],
    [195, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // D6 after-hours cooperative: passes the question to the patron's library; phone in the chat; nothing recorded by day 4
  s(MARCO, 'D6 ILL status after hours (cooperative): question sent to Lakeside staff, phone given, "by tomorrow afternoon", nothing recorded by day 4', [
    [0, 'p', 'i put in an interlibrary loan like 3 weeks ago for a book and havent heard anything. can u check?'],
    [40, 'l', "Hi! I'm Marco, a librarian with the Ask Now 24/7 cooperative."],
    [44, 'l', 'Which library is your card from, and do you remember the title?'],
    [95, 'p', 'lakeside public. the book is Hidden Figures large print'],
    [104, 'l', "Thanks. I'm staffing the chat from another library tonight, so I can't see Lakeside's ILL records. I'll send your question to Lakeside's staff and someone there will contact you. What's the best number or e-mail to reach you?"],
    [150, 'p', 'call or text 419-555-0187'],
    [157, 'l', '419-555-0187, got it. Expect a call from Lakeside by tomorrow afternoon.'],
    [165, 'l', 'Is there anything else I can do tonight?'],
    [200, 'p', 'no thats it thx'],
    [205, 'l', 'Have a good night!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }), FU_LIB, { now: T0 + 4 * DAY }),

  // D7 chat-speak, e-mail spelled out, "by friday", not yet recorded on day 2
  s(KWAME, 'D7 ebook that cannot be lent (chat-speak): chapter by ILL "by friday", e-mail spelled "at … dot edu", not recorded on day 2', [
    [0, 'p', 'hi cn u get me a chapter from a book ur library doesnt have'],
    [15, 'l', 'hey! Kwame at Riverbend CC Library here 👋'],
    [20, 'l', "sure, what's the book + which chapter?"],
    [70, 'p', 'Race After Technology by Ruha Benjamin ch 1, for soc 101'],
    [78, 'l', "checking our catalog + the state's shared catalog, sec"],
    [180, 'l', "ok so we don't have it and the state catalog (marina.mdlib.net) shows it only as an ebook that can't be lent. I'll send an ILL request for the chapter to a library with print and email it to you by friday. what's ur email?"],
    [240, 'p', 'its dj.carver at riverbendcc dot edu'],
    [247, 'l', 'dj.carver@riverbendcc.edu — got it. by friday 👍'],
    [252, 'l', 'that work for ur assignment?'],
    [280, 'p', 'ya perfect'],
    [284, 'l', 'cool. anything else?'],
    [300, 'p', 'nah'],
    [304, 'l', 'ok bye! good luck in soc'],
  ], usual({ contact: 'pass', onTime: 'pending' }), FU_ME, { now: T0 + 2 * DAY }),

  // D8 across the clock change: Saturday 7 March 20:00 EST, recorded Tuesday 10 March 20:30 EDT (71.4 h elapsed, 72.4 h by the wall clock)
  s(HANNAH, 'D8 annex article on a Saturday night: "by Tuesday evening", recorded Tue 20:30 -04:00 after the clocks went forward: 71.4 h elapsed', later(SAT_EVENING, [
    [0, 'p', "Good evening, is anyone there on a Saturday? I need an article for my thesis that's only in print at your storage annex."],
    [30, 'l', 'Good evening! Yes, Hannah here, a librarian at Westbrook University Libraries. Which article is it?'],
    [90, 'p', "Brennan & Cole 1979, 'Soil salinity in the lower delta', Journal of Arid Agriculture 22(3)"],
    [98, 'l', 'Thanks. Let me check the annex holdings.'],
    [170, 'l', "Found it in the catalog (search.westbrook.edu): vol. 22 is in the Annex, which only pages items on weekdays. I'll put in a scan request now and e-mail you the PDF by Tuesday evening. Is your Westbrook address the right one to use?"],
    [215, 'p', "yes, it's s.okoye@westbrook.edu"],
    [222, 'l', 'Perfect — s.okoye@westbrook.edu, by Tuesday evening.'],
    [228, 'l', 'Anything else tonight?'],
    [260, 'p', "That's all, thank you!"],
    [265, 'l', "You're welcome. Enjoy the rest of your weekend!"],
  ]), usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(SAT_EVENING), followUps: [{ doneAt: '2026-03-10T20:30:00-04:00' }] }, { now: T0 + 10 * DAY }),

  // D9 a subject specialist will write; the follow-up is recorded in the store (ctx.recordedFollowUps)
  s(ODETTE, 'D9 study score (conservatory): IMSLP given, passed to the music librarian who "will e-mail you by Wednesday", done in 30 h (store)', [
    [0, 'p', "Hi, I need the full score of Amy Beach's Gaelic Symphony for a conducting seminar. Is it available anywhere?"],
    [20, 'l', 'Hello! This is Odette at the Halvorsen Conservatory Library. Happy to look.'],
    [26, 'l', 'Do you need a full score to study, or performance parts as well?'],
    [70, 'p', 'just a study score is fine'],
    [78, 'l', 'One moment, searching our catalog and IMSLP.'],
    [190, 'l', "IMSLP has a free scan of the 1897 full score: imslp.org, search 'Gaelic Symphony Beach'. Our own print copy is on reserve, though."],
    [196, 'l', 'Is the IMSLP scan enough, or do you need a clean print edition?'],
    [260, 'p', 'A print edition would be better for marking up, the scan is kind of blurry'],
    [268, 'l', "Understood. I'll pass this to our music librarian, Dr. Feld, who handles score purchases and ILL for scores; she'll e-mail you by Wednesday about borrowing one. What e-mail should she use?"],
    [320, 'p', 't.amsel@halvorsen.edu'],
    [326, 'l', 'Thanks, t.amsel@halvorsen.edu noted. Anything else I can look up?'],
    [350, 'p', "No that's everything. Thanks!"],
    [356, 'l', 'My pleasure, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), FU_ME, { now: T0 + 4 * DAY, recordedFollowUps: [{ doneAt: at(30 * HOUR) }] }),

  // D10 a specialist will write "within two business days", coded "Referred to subject specialist"
  s(LUIS, 'D10 paid industry report: IBISWorld given, business librarian "will e-mail you within two business days", coded Referred', [
    [0, 'p', 'I need market data on craft breweries for a business plan, specifically a 2023 report from the Brewers Association that costs $$$'],
    [50, 'l', "Welcome to Ask a Librarian at Dunmore Public Library — I'm Luis."],
    [58, 'l', 'Is your plan for a brewery in a particular state or region?'],
    [120, 'p', 'Vermont'],
    [126, 'l', 'Let me see what we can get you, one sec.'],
    [230, 'l', "We can't borrow that report through ILL since it's a paid industry report, but IBISWorld (dunmorelibrary.org/databases, log in with your card) has a current Craft Beer Production report with state breakdowns."],
    [236, 'l', "Our business librarian may know other ways to get the Brewers Association numbers. I'll forward your question to her and she'll e-mail you within two business days. Which e-mail should she use?"],
    [300, 'p', 'hopsandhills.vt@gmail.com'],
    [306, 'l', "Thanks, I've got hopsandhills.vt@gmail.com. Does IBISWorld look useful in the meantime?"],
    [340, 'p', "yeah I'll dig in, thanks"],
    [345, 'l', 'Anything else today?'],
    [370, 'p', 'no'],
    [375, 'l', 'Thanks for chatting, and good luck with the brewery!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' }), { resolutionCode: 'Referred to subject specialist' }),

  // D11 the patron's library will follow up; its phone only in patron.phone, never in the chat
  s(BRIDGET, "D11 Spanish edition for another county (statewide): sent to Hollins ILL staff \"within three days\", phone only in patron fields", [
    [0, 'p', 'My library said they could get me a book from another library but I forgot how to ask for it'],
    [28, 'l', "Hi, Bridget here with AskUsNow!, the state's chat reference service."],
    [34, 'l', 'Which library system are you with? Each one runs its own interlibrary loan.'],
    [80, 'p', 'Hollins County'],
    [86, 'l', "And what's the book?"],
    [130, 'p', 'The Warmth of Other Suns, but in Spanish if possible'],
    [138, 'l', "Let me check Hollins County's catalog for the Spanish edition first."],
    [220, 'l', "Hollins doesn't own the Spanish translation (El calor de otros soles), but it's in WorldCat (worldcat.org) at several libraries. I'll send your request to Hollins County's ILL staff so they can order it, and they'll follow up with you within three days."],
    [240, 'p', 'yes thank you!!'],
    [246, 'l', "You're welcome! Anything else?"],
    [270, 'p', 'no'],
    [274, 'l', 'Take care!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_LIB, patron: { name: null, email: null, phone: '(443) 555-0136' }, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // D12 British register: "get back to you on that", no contact, coded Answered
  s(FERGUS, 'D12 conference paper (British): "I\'ll look into … and get back to you on that", no contact, coded Answered, "Cheers!" last', [
    [0, 'p', 'Hiya, trying to track down a conference paper from the 1998 IEEE Ultrasonics Symposium, our library search says no full text'],
    [18, 'l', "Hello, you're through to Fergus on the Library Enquiries chat at Castlebridge University."],
    [25, 'l', "Have you got the paper's title or DOI? That'd save a bit of digging."],
    [90, 'p', '10.1109/ULTSYM.1998.765432'],
    [97, 'l', 'Cheers, bear with me while I check IEEE Xplore.'],
    [180, 'l', "Right, IEEE Xplore has it but our subscription only goes back to 2000. We can get a copy through the British Library's document supply service; I'll look into whether there's an open access version first and get back to you on that."],
    [230, 'p', 'brilliant, thanks'],
    [236, 'l', 'No worries. Cheers!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // D13 HathiTrust answer; physical copy: "ask your home library's interlibrary loan department" (no contact)
  s(ZARA, 'D13 1911 township history (slow pickup): HathiTrust full view, then "ask your home library\'s interlibrary loan department" with no contact', [
    [0, 'p', "Hello, I'm a retired teacher researching my town. I need a copy of 'Annals of Pike Township' (1911). Can the library get it?"],
    [75, 'l', "Hello and welcome! My name is Zara; I'm a librarian answering for the Pike Township Public Library tonight. Sorry for the wait."],
    [82, 'l', 'Are you hoping to borrow a physical copy, or would a digital copy work for you?'],
    [140, 'p', 'Either. I just want to read it.'],
    [147, 'l', 'Let me see if it has been digitized. One moment, please.'],
    [260, 'l', "Good news: it's in HathiTrust as full view, since it's from 1911. Go to hathitrust.org and search 'Annals of Pike Township'; you can read it online or download pages."],
    [266, 'l', "If you still want a physical copy, you would need to ask your home library's interlibrary loan department to request it."],
    [270, 'l', 'Does that answer your question?'],
    [330, 'p', 'Yes, wonderful. That is all I needed.'],
    [336, 'l', 'Thank you for using our chat service. Goodbye!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // D14 an alumna: Document Delivery office with e-mail and phone
  s(YUSUF, 'D14 alumni article access: "Contact the Document Delivery office at docdel@… or 555-…" (own department, reached)', [
    [0, 'p', 'hi, I graduated last year, can I still use ILL to get articles?'],
    [12, 'l', 'Hi! This is Yusuf from Greendale University Library.'],
    [20, 'l', 'Are you looking for articles for work, or for personal research? Alumni options differ a bit.'],
    [60, 'p', "personal, I'm writing a family history"],
    [68, 'l', "ok, so ILL itself is only for current students and staff, but alumni can use the Alumni Article Service for a small fee per article. Contact the Document Delivery office at docdel@greendale.edu or 555-318-4420 and they'll set you up. Some of our databases are also open to alumni at lib.greendale.edu/alumni."],
    [74, 'l', 'Did that answer what you were wondering?'],
    [110, 'p', "yes!! that's everything, thanks a bunch"],
    [115, 'l', 'Thanks for reaching out, and good luck with the family history!'],
  ], usual({ referral: 'pass' })),

  // D15 "stop by the ILL desk on the second floor": the own library's department, a place but no contact
  s(MEI, 'D15 ILL pickup: "stop by the ILL desk on the second floor" (own department to visit, no address / phone / URL), no source', [
    [0, 'p', 'got an email my interlibrary loan book came in, where do i pick it up? its not on the hold shelf'],
    [30, 'l', 'Hi there! Mei at Fairhaven Public Library.'],
    [36, 'l', 'Which branch did the email say — Main or one of the branches?'],
    [70, 'p', 'main'],
    [76, 'l', "At Main, interlibrary loan items aren't on the self-serve hold shelf: stop by the ILL desk on the second floor, next to the periodicals, and bring your card. The desk is staffed 10 to 6."],
    [82, 'l', 'Does that help?'],
    [100, 'p', 'oh ok. yes thanks'],
    [105, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thats it'],
    [134, 'l', 'Enjoy the book! Bye'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // D16 transfer to the ILL librarian: notice and a note saying why, both before the transfer
  s(ROB, 'D16 cancelled ILL request: transfer to the ILL librarian with a notice and a note saying why; ProQuest answer', [
    [0, 'p', "Hi, my ILL request for a dissertation got cancelled and I don't know why"],
    [20, 'l', "Hello, Rob at Norwood College Library's Ask Us desk here."],
    [26, 'l', 'Do you have the request number from the cancellation email?'],
    [80, 'p', 'TN 118842'],
    [88, 'l', "Thanks. Our interlibrary loan librarian is online and can see the reasons in the system, so I'm going to transfer you to her now. One moment."],
    [92, 'i', "Devi, patron's ILL TN 118842 (dissertation) was cancelled, wants to know why / next steps"],
    xfer(95, 'Devi S.', 'devi'),
    [150, 'l', "Hi, this is Devi, the ILL librarian. I see TN 118842 — the lender said the dissertation is only available through ProQuest, and it's open in ProQuest Dissertations & Theses Global from our databases page (norwood.edu/db).", as(DEVI)],
    [156, 'l', 'So you can download it directly. Does that solve it?', as(DEVI)],
    [200, 'p', 'oh great, found it! thank you'],
    [206, 'l', 'Anything else on your ILL requests?', as(DEVI)],
    [240, 'p', 'nope all good'],
    [245, 'l', 'Great, thanks for checking in with us. Bye!', as(DEVI)],
  ], usual({ transfer: 'pass' })),

  // D17 transfer: notice, but the note comes after the transfer and says no why; 164 s until Owen writes
  s(SHEILA, 'D17 1931 newspaper obituary scan: transfer notice, note after the transfer ("over to you"), Owen writes 164 s later; scan promised', [
    [0, 'p', 'Can someone scan a few pages from a bound newspaper volume for me? the Clarion Gazette, May 1931'],
    [25, 'l', "Good morning! Sheila here, from Ashford Public Library's reference team."],
    [31, 'l', 'Which pages or articles are you after, roughly?'],
    [85, 'p', 'obituary of Anna Lindqvist, around May 12-16 1931'],
    [92, 'l', "Our document delivery staff handle newspaper scans, so I'm transferring you to Owen now."],
    xfer(96, 'Owen', 'owen'),
    [102, 'i', 'over to you'],
    [256, 'l', "Hi, Owen in Document Delivery here. The Gazette for 1931 is on microfilm here (our film holdings are listed at ashfordlibrary.org/microfilm); I can scan the obituary pages for May 12-16 and email them to you by tomorrow noon. What's your email?", as(OWEN)],
    [300, 'p', 'lindqvist.family@comcast.net'],
    [306, 'l', "Great, lindqvist.family@comcast.net. You'll have them by noon tomorrow.", as(OWEN)],
    [312, 'l', 'Anything else?', as(OWEN)],
    [340, 'p', "No, that's all. Thanks Owen!"],
    [345, 'l', 'Thanks for contacting us. Bye!', as(OWEN)],
  ], usual({ informed: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass', transfer: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(22 * HOUR) }] }),

  // D18 the patron goes quiet: check-in, then a notice that is also the goodbye
  s(TESS, 'D18 first ILL request (book club): patron goes quiet after the link; "Are you still there?" at +138, notice + invitation at +268', [
    [0, 'p', 'how do I request a book through interlibrary loan? first time'],
    [22, 'l', "Hi! I'm Tess, a librarian at Brookfield Library. Glad to walk you through it."],
    [28, 'l', 'Is it a book or an article you need?'],
    [55, 'p', 'a book, for my book club'],
    [62, 'l', 'For books, go to brookfieldlib.org/ill, sign in with your card number and PIN, and fill in the title and author. Most books arrive within two weeks. Is that what you were looking for?'],
    [200, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll end this chat now. Please chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // D19 check-in at +102, then "I'm going to close this chat now" (no word of a disconnect) at +260
  s(BORIS, 'D19 1880 census on microfilm: FamilySearch instead; "Still with me?" at +102, "I\'m going to close this chat now. Thanks…" at +260', [
    [0, 'p', 'can I get microfilm through ILL? need the 1880 census reels for Hampshire County WV'],
    [35, 'l', 'Hello, Boris from Millbrook Public Library here.'],
    [40, 'l', 'Are you looking for the population schedule, or the agricultural schedule too?'],
    [75, 'p', 'population'],
    [82, 'l', 'Just a moment while I check.'],
    [160, 'l', "You won't need a reel: the 1880 population schedule for Hampshire County is free on FamilySearch (familysearch.org, Search > Records > United States Census, 1880) and in Ancestry Library Edition on our computers. Does that help?"],
    [262, 'l', 'Still with me?'],
    [420, 'l', "I'm going to close this chat now. Thanks for using Ask Us!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // D20 the provider answers and then says nothing for 305 s until the session ends
  s(CLAUDIA, 'D20 ILL fees: policy URL and "Does that answer your question?", then 305 s of nothing to the end', [
    [0, 'p', 'Is there a fee for interlibrary loan? The form mentions costs'],
    [18, 'l', 'Hi, this is Claudia at Westfield Memorial Library.'],
    [25, 'l', 'Is this for a book or for a journal article?'],
    [60, 'p', 'journal article'],
    [68, 'l', 'Articles are free for Westfield card holders unless the lending library charges more than $15; in that case we contact you before paying anything. The policy is at westfieldlib.org/ill-policy. Does that answer your question?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 305 }),

  // D21 final idle of exactly 120 s (from the answer at 65 to the end at 185), no check-in
  s(ARJUN, 'D21 renewing an ILL book: answer at 65, "Did that help?" at 71, session ends at 185: final idle exactly 120 s, no check-in', [
    [0, 'p', 'can i renew my interlibrary loan book? its due friday'],
    [14, 'l', "Hey there, Arjun from Oakdale Library's chat service."],
    [20, 'l', "Do you know which library lent it? It's on the band around the book."],
    [58, 'p', 'says University of Dayton'],
    [65, 'l', 'Lenders decide renewals. Ask for one in your ILL account at oakdalelib.org/ill (Renew button) at least 3 days before the due date.'],
    [71, 'l', 'Did that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 114 }),

  // D22 the goodbye ends a 206 s final idle that had no check-in
  s(NOEL, 'D22 course reserve chapter (sick student): answer at 150, goodbye at 356 with no check-in or notice between', [
    [0, 'p', 'is there a way to get a chapter of a course reserve book emailed? im sick at home'],
    [33, 'l', "Hi! Noel here, evening librarian at Lakemont College Library. Sorry you're sick."],
    [40, 'l', 'Which course and book is it?'],
    [90, 'p', 'HIST 210, the Foner Give Me Liberty book, ch 14'],
    [98, 'l', "One sec, checking whether it's in our e-reserves."],
    [150, 'l', 'Good news: chapter 14 is already scanned in your HIST 210 course page on Canvas under Library Reserves, so you can open it there tonight.'],
    [156, 'l', 'Is that the chapter you needed?'],
    [356, 'l', 'Thanks for chatting with us tonight, feel better soon!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // D23 the final idle starts at the answer after the hold, not at the hold (100 s, not 210 s)
  s(VERA, 'D23 document delivery PDF missing pages: hold at 310, open-access link at 420, session ends at 520 (final idle 100 s)', [
    [0, 'p', "Hi, I requested an article through document delivery on Monday and it's not in my account yet"],
    [20, 'l', 'Hello! Vera at Ridgeway University Library, happy to check.'],
    [26, 'l', "What's the article title, or your request number?"],
    [80, 'p', "'Groundwater recharge in karst aquifers', request 55102"],
    [88, 'l', 'Thanks, looking it up now.'],
    [190, 'l', 'Request 55102 was filled this morning — the PDF is in your account under Electronically Received Articles at ridgeway.edu/docdel. It stays there 30 days. Does that help?'],
    [300, 'p', 'found it, but the pdf is missing pages 14-15'],
    [310, 'l', "Hmm, let me check the lender's record."],
    [420, 'l', 'The publisher has it open access too: the full article, pages 14-15 included, is at doi.org/10.5555/kj.2019.014.'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 100 }),

  // D24 a busy afternoon: four chats at once
  s(GRETA, 'D24 print-only journal scan "tomorrow by 5 pm" while three other chats are open (four at once)', [
    [0, 'p', 'Hi, your catalogue says you have Journal of Moravian Studies in print only. Can I get an article scanned? Vol 8, 1994, pp. 45-67'],
    [40, 'l', 'Hi! Greta at Kessler Library here. Yes, we do scans for articles in print-only journals.'],
    [47, 'l', 'Is it the article by Hanák on mission schools? Just want to pull the right one.'],
    [90, 'p', 'yes that one'],
    [98, 'l', "Our stacks staff pull print requests once a day, so I'll send you the scan tomorrow by 5 pm. Email address?"],
    [140, 'p', 'pavla.n@seznam.cz'],
    [147, 'l', 'Thanks! pavla.n@seznam.cz, tomorrow by 5 pm. For future ones you can use the scan request form at kesslerlib.org/scan.'],
    [152, 'l', 'Anything else?'],
    [200, 'p', "No, that's all"],
    [205, 'l', 'Have a lovely day, thanks for writing in!'],
  ], usual({ complete: 'fail', concurrency: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(26 * HOUR) }] },
  { otherIntervals: [other('a', 'greta', -100, 300), other('b', 'greta', 50, 500), other('c', 'greta', 120, 400)] }),

  // D25 three at most: one ends as this starts, one starts as this ends
  s(HUGO, 'D25 DVD by ILL: Kanopy instead; other chats end at its start and start at its end (three at most)', [
    [0, 'p', "Can you get DVDs through interlibrary loan? looking for a 1960s Czech film, The Shop on Main Street"],
    [25, 'l', "Hello, Hugo at Pinecrest Public Library's Ask a Librarian chat."],
    [31, 'l', 'Is it for a class screening or personal viewing?'],
    [70, 'p', 'personal'],
    [78, 'l', 'Checking our catalog and streaming services, one moment.'],
    [170, 'l', "Most libraries won't lend DVDs through ILL, but you can stream it free on Kanopy with your Pinecrest card: pinecrest.kanopy.com, search 'Shop on Main Street'. Will that work for you?"],
    [220, 'p', "oh perfect, didnt know we had kanopy. that's all I needed"],
    [226, 'l', 'Enjoy the film! Thanks for chatting.'],
  ], usual(), {}, { otherIntervals: [other('a', 'hugo', -600, 0), other('b', 'hugo', -50, 400), other('c', 'hugo', 100, 900), other('d', 'hugo', 231, 600)] }),

  // D26 Lost Call after a clarifying question: one patron message
  s(WREN, 'D26 nursing article (Lost Call): the patron vanishes after the clarifying question; check-in, then notice + goodbye', [
    [0, 'p', 'i need an article for my nursing class can u get it'],
    [30, 'l', "Hi, I'm Wren, a librarian at Coastal State Library. Sure!"],
    [36, 'l', "What's the article title or the citation your instructor gave?"],
    [170, 'l', 'Are you still there?'],
    [300, 'l', "It seems we've been disconnected, so I'll close this chat. Please come back any time with the citation — thanks!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // D27 coded Lost Call though the patron wrote three times; the last message asks "still there?" and says goodbye
  s(ELLIS, 'D27 folklore article (Lost Call, 3 patron messages): JSTOR answer, then one "Are you still there? … disconnected … chat back in anytime!"', [
    [0, 'p', "Hi. I need the article 'Memory and place in Appalachian ballads' for tomorrow"],
    [20, 'l', 'Hi there, Ellis from Ask Ridgeline Libraries here!'],
    [26, 'l', 'Do you know which journal it was in, or the author?'],
    [70, 'p', 'Journal of American Folklore I think, by Carter'],
    [76, 'p', '2004?'],
    [84, 'l', 'Thanks, let me search JSTOR and our e-journals, one moment.'],
    [190, 'l', "Got it: Carter, 'Memory and Place in Appalachian Ballads', Journal of American Folklore 117 (2004). It's full text in JSTOR through our A-Z list at ridgeline.org/az, so no ILL needed. Does that help?"],
    [335, 'l', "Are you still there? It looks like you've disconnected, so I'm ending the chat now. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // D28 an ILL policy limit is no dismissal; no resolution code recorded
  s(PAULA, 'D28 fifteen articles for a literature review: "up to 10 article requests pending at once" (a policy, not a dismissal), code null', [
    [0, 'p', 'I have a list of 15 articles I need through ILL for my lit review, can you submit them all for me?'],
    [45, 'l', 'Good evening, Paula here at Ask a Librarian, Hartwell University.'],
    [52, 'l', 'Are these all journal articles, and do you have them in a citation manager like Zotero?'],
    [110, 'p', "yes journal articles, they're in Zotero"],
    [118, 'l', "Great. Our ILL system lets each person have up to 10 article requests pending at once, so submit the first 10 now and the rest as those arrive. The fastest way is to export from Zotero as RIS and use 'Import citations' in ILLiad (hartwell.edu/illiad > New Request > Import). Will that work for your list?"],
    [170, 'p', 'ok, ten at a time. got it'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thanks'],
    [205, 'l', 'Thanks for chatting, good luck with the lit review!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // D29 "That's about all I can do in one chat — you've asked a lot today."
  s(RANDALL, 'D29 four chapters by ILL: two found in Ebook Central, then "That\'s about all I can do in one chat, you\'ve asked a lot today."', [
    [0, 'p', 'hi need help getting 4 book chapters via ILL, citations below'],
    [5, 'p', '1) Smith 2011 ch 3 2) Okafor 2015 ch 7 3) Lutz 1998 ch 2 4) Perez 2020 ch 9'],
    [30, 'l', 'Hello, Randall with Library Chat at Summit County Library.'],
    [37, 'l', 'Are these for a class? Some might already be in our e-books.'],
    [80, 'p', 'yes for a class, due next week'],
    [88, 'l', 'Checking our e-books, one moment.'],
    [200, 'l', 'Smith 2011 and Perez 2020 are both in our Ebook Central collection (summitlib.org/ebooks); search the titles and you can download the chapters. Did that help with those two?'],
    [240, 'p', 'yes! what about the other two?'],
    [250, 'l', "That's about all I can do in one chat, you've asked a lot today."],
    [280, 'p', 'oh... ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // D30 Spanish: other patrons waiting, an invitation back and the reference desk's phone
  s(LUCIA, 'D30 Spanish critical edition by ILL: "hay otros usuarios esperando … vuelva a escribirnos más tarde o llame a referencia al 555-…"', [
    [0, 'p', "Hola, necesito un libro que no está en la biblioteca: 'Cien años de soledad', la edición crítica de Cátedra"],
    [35, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Valle Verde.'],
    [42, 'l', '¿Necesita esa edición en particular, o le sirve cualquier edición en español?'],
    [100, 'p', 'esa edición, es para una clase de literatura'],
    [108, 'l', 'Un momento, reviso el catálogo.'],
    [200, 'l', 'No la tenemos, pero puede pedirla por préstamo interbibliotecario en vallelib.org/prestamo con su número de tarjeta. Suele tardar dos o tres semanas. ¿Le sirve esta información?'],
    [240, 'p', 'sí gracias. y también necesito artículos sobre el realismo mágico, y otro libro de Borges, y...'],
    [250, 'l', 'Con gusto le ayudo con eso, pero ahora hay otros usuarios esperando. Por favor vuelva a escribirnos más tarde o llame a referencia al 555-201-3300. ¡Gracias por su paciencia!'],
    [270, 'p', 'ok, gracias'],
    [275, 'l', '¡Hasta luego!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // D31 a greeting (no hold), then 200 s of searching in silence while the patron says nothing
  s(IGOR, 'D31 Limits to Growth PDF: greeting at 20, answer at 220, patron silent between (waiting on the patron), no question first', [
    [0, 'p', 'Looking for a PDF of the 1972 Club of Rome report Limits to Growth'],
    [20, 'l', 'Hello! Igor here, reference librarian at Maplewood Library.'],
    [220, 'l', 'The Club of Rome hosts a free PDF of The Limits to Growth on its site: clubofrome.org/publication/the-limits-to-growth. Our catalog also has print copies. Is that the report you meant?'],
    [260, 'p', "yes that's it, thanks! that's all I needed"],
    [266, 'l', 'Great, thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // D32 the same shape, but the patron writes "hello??" at 80: 145 s until the answer
  s(IGOR, 'D32 Warren Commission volume 5: greeting at 20, patron "hello??" at 80, answer at 225 (145 s)', [
    [0, 'p', 'do you have the Warren Commission report? need volume 5 of the hearings'],
    [20, 'l', 'Hi, Igor at Maplewood Library here.'],
    [80, 'p', 'hello??'],
    [225, 'l', 'Sorry! Yes — all 26 volumes of the hearings are free at the Mary Ferrell Foundation site, maryferrell.org, and volume 5 is also in HathiTrust (hathitrust.org). Will the online copy do?'],
    [270, 'p', 'online is fine'],
    [276, 'l', 'Anything else?'],
    [300, 'p', 'nope'],
    [305, 'l', 'Bye, thanks for chatting!'],
  ], usual({ informed: 'fail', clarify: 'fail' })),

  // D33 pickup recorded at 45 s, first message at 160 s: 115 s of waiting after pickup
  s(JANELLE, 'D33 ILL book in transit: pickedUpAt 45 s, first message 160 s (115 s after pickup), tracking answer', [
    [0, 'p', "Hi, I got a notice that my interlibrary loan was shipped 10 days ago but it's still not here. Is that normal?"],
    [160, 'l', 'Hi, Janelle with the Corvallis Library chat here — sorry for the delay, I was finishing up with another patron.'],
    [166, 'l', 'Which title is it, and which branch did you choose for pickup?'],
    [210, 'p', 'The Overstory, pickup at Westside'],
    [218, 'l', 'Let me check its tracking.'],
    [310, 'l', 'It arrived at Main yesterday and is on the delivery van to Westside today, so it should be on the hold shelf tomorrow. You can watch its status under My Account > Interlibrary Loan at corvallislib.org. Does that help?'],
    [350, 'p', 'yes, thank you!'],
    [355, 'l', 'Anything else I can help with?'],
    [380, 'p', "no, that's all"],
    [385, 'l', 'Enjoy the book, bye!'],
  ], usual(), { pickedUpAt: at(45) }),

  // D34 coded Follow-up by me, but the patron would not leave a contact
  s(SUNITA, 'D34 1948 water works report: "get back to you", patron declines to leave a contact, coded Follow-up by me', [
    [0, 'p', 'I need the 1948 annual report of the Cedar Falls Water Works for a history project'],
    [25, 'l', 'Good morning! This is Sunita, a librarian at Cedar Falls Public Library.'],
    [31, 'l', "Is this the printed report the Water Works published, or the city council's summary of it?"],
    [90, 'p', 'the printed one'],
    [98, 'l', 'Let me check our local documents collection.'],
    [205, 'l', "Our catalog (cedarfallslib.org/catalog) shows a 1946-1950 run of Water Works reports, but 1948 is marked missing. I'll search the storage room and the city archive listings this afternoon and get back to you. What's the best way to reach you?"],
    [260, 'p', "I'd rather not leave my email. I'll chat back in tomorrow"],
    [266, 'l', "That works. Ask for me, Sunita, and I'll have the answer ready by tomorrow morning."],
    [300, 'p', 'ok thx'],
    [305, 'l', 'Thanks for your patience, talk tomorrow!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // D35 recorded exactly 72 h after the end
  s(CORA, 'D35 1983 GAO report from storage: "scan within three days", follow-up recorded exactly 72 h after the end', [
    [0, 'p', "Hi, looking for a GAO report from 1983 about the Clinch River breeder reactor. GAO's website doesn't have it"],
    [30, 'l', 'Hello! Cora at the Government Documents desk, Tilden State University Library.'],
    [36, 'l', 'Do you have the report number (it starts with GAO/ or EMD-)?'],
    [100, 'p', 'EMD-83-34 I think'],
    [108, 'l', 'Thanks, checking the depository records.'],
    [215, 'l', "It's in the GPO's Catalog of U.S. Government Publications (catalog.gpo.gov) but not digitized, and our depository copy went to storage. I'll have it retrieved and e-mail you a scan within three days. Which address should I use?"],
    [270, 'p', 'd.whitfield@tnhist.org'],
    [278, 'l', 'Thank you — d.whitfield@tnhist.org, scan within three days.'],
    [284, 'l', 'Is there anything else I can find for you?'],
    [330, 'p', 'No, that covers it. Thank you!'],
    [336, 'l', "You're welcome! Goodbye."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(341 + 72 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // D36 recorded by a West Coast library at 08:00 -08:00, which is 56 min past the deadline (10:04:29 -05:00)
  s(QUINN, 'D36 UBC thesis for Tacoma (cooperative): Tacoma ILL "will contact you within 3 days", recorded 08:00 -08:00 on day 3 (56 min late)', [
    [0, 'p', 'hi my library isnt open yet, i need to know if they can borrow a thesis from a university in Canada'],
    [22, 'l', "Hi! I'm Quinn, a librarian with the 24/7 cooperative, covering for Tacoma Public Library this morning."],
    [30, 'l', "Which thesis is it, and is it a master's or a PhD?"],
    [80, 'p', "PhD, UBC 1991, 'Salish weaving traditions' by M. Joe"],
    [88, 'l', 'One moment, checking whether UBC has put it online.'],
    [180, 'l', "UBC's repository, cIRcle (open.library.ubc.ca), has many older theses digitized, but I don't see this one yet. I'll send your question to Tacoma's interlibrary loan staff; they'll contact you within 3 days about borrowing it from UBC. What's the best e-mail?"],
    [230, 'p', 'weaver.tacoma@gmail.com'],
    [236, 'l', 'Thanks, weaver.tacoma@gmail.com. Anything else this morning?'],
    [260, 'p', 'no thats all'],
    [264, 'l', 'Thanks for using the service, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: '2026-03-05T08:00:00-08:00' }] }, { now: T0 + 6 * DAY }),

  // D37 a partial result that says the search goes on is a hold: 150 s until the next message
  s(BEA, 'D37 late husband\'s 1971 article: "found … up to 1968 so far; I\'m still checking" at 200 (a hold), answer at 350 (150 s)', [
    [0, 'p', "I'm trying to find an article my late husband published in 1971 in 'Bulletin of the Ohio Entomological Society'. Can you find it?"],
    [28, 'l', "Hello, this is Bea, a librarian at Ash Grove Public Library. I'm sorry for your loss."],
    [35, 'l', 'Do you remember roughly what the article was about?'],
    [95, 'p', 'beetles in corn fields, his name was Harold Mintz'],
    [104, 'l', 'Let me look.'],
    [200, 'l', "I found the Bulletin in the Biodiversity Heritage Library (biodiversitylibrary.org), but only up to 1968 so far; I'm still checking other sources for 1971."],
    [350, 'l', "Found it! Mintz, H. (1971), 'Carabid beetles of Ohio cornfields', vol. 4, pp. 12-19. Ohio State's library has the volume; our interlibrary loan form at ashgrovelib.org/ill will get you a copy. Does that help?"],
    [400, 'p', 'Oh my goodness, yes. Thank you so much.'],
    [406, 'l', 'Is there anything else I can help you with?'],
    [440, 'p', "No, that's all. You've been wonderful."],
    [446, 'l', 'Thank you for chatting with us, take good care.'],
  ], usual({ informed: 'fail' })),

  // ---- second batch (labelled before it was run) ----
  // D38 the scan is e-mailed during the chat: nothing is left to send later
  s(FIONA, 'D38 reserve chapter for a distance student: scanned and "I\'ve just e-mailed chapter 2 … to you at …" during the chat (no follow-up)', [
    [0, 'p', "Hi, I'm a distance student and need chapter 2 of 'Teaching Reading in the Middle Grades' (on reserve). Can you send it?"],
    [20, 'l', 'Hi! Fiona at Birchwood College Library here.'],
    [26, 'l', 'Is that the 3rd edition by Alvarez, the one on reserve for EDU 330?'],
    [60, 'p', 'yes'],
    [66, 'l', "One moment, I'll pull it from the reserve shelf and scan it."],
    [180, 'l', 'Still scanning, almost done.'],
    [270, 'l', "I've just e-mailed chapter 2 (pages 31-58) of Alvarez, Teaching Reading in the Middle Grades, 3rd ed., to you at a.ruiz@birchwood.edu as a PDF. Is that the chapter you wanted?"],
    [320, 'p', 'Got it! yes perfect'],
    [325, 'l', 'Anything else I can help with?'],
    [345, 'p', 'no thats all'],
    [350, 'l', 'Bye, and good luck with your course!'],
  ], usual(), { patron: { name: null, email: 'a.ruiz@birchwood.edu', phone: null } }),

  // D39 the patron gives the e-mail first ("in case we get cut off"); the promise comes later, not read back
  s(GIDEON, 'D39 1985 committee report (law library): e-mail given in the first message, "send you what I find by end of day tomorrow", done in 30 h', [
    [0, 'p', 'Hello, my email is m.koenig@fastmail.com in case we get cut off. I need the committee report for the 1985 Delaware HB 412.'],
    [40, 'l', 'Hello, this is Gideon, a law librarian at the Kent County Law Library.'],
    [46, 'l', "Is it the House committee's report you need, or the bill file with the amendments as well?"],
    [100, 'p', 'just the committee report'],
    [108, 'l', 'Let me check the legislative archives index.'],
    [215, 'l', "The Delaware Public Archives index (archives.delaware.gov) lists the 1985 House committee reports on microfilm but not online. I'll request a copy of HB 412's report from the Archives and send you what I find by end of day tomorrow."],
    [221, 'l', 'Is there anything else you need?'],
    [270, 'p', "No, that's it. Thank you"],
    [275, 'l', 'Thank you for your patience. Talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // D40 asked to follow up, the provider declines and refers to the ILL office with contacts; a check-in ends it
  s(HOLLY, 'D40 1930 Sears catalog: "I can\'t keep searching after the chat ends, but … ill@… or 937-…", then "Are you still there?" (final idle 150 s)', [
    [0, 'p', 'Could you find out if any library near me has the 1930 Sears catalog and let me know later?'],
    [25, 'l', "Hi, Holly here at Brightwater Library's online reference chat."],
    [31, 'l', 'Where are you located, roughly? And do you need the print catalog or would a reprint or scan do?'],
    [90, 'p', 'Dayton Ohio, a scan would be fine'],
    [98, 'l', 'Searching, one moment.'],
    [200, 'l', "Ancestry Library Edition has scanned Sears catalogs from 1896-1993, free on any Dayton Metro Library computer, and WorldCat (worldcat.org) shows a print 1930 reprint at Wright State University. I can't keep searching after the chat ends, but Dayton Metro's interlibrary loan office can help you borrow the reprint: ill@daytonmetrolibrary.org or 937-555-0164. Does that help?"],
    [325, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'pass' }), { endAfter: 25 }),

  // D41 the patron's library "will call you early next week"; nothing recorded one minute after the deadline
  s(PIA, 'D41 1921 naturalization papers (statewide): genealogy librarian "will call you early next week", phone read back, unrecorded 1 min past 72 h', [
    [0, 'p', 'hi! i need my grandmothers naturalization papers from 1921, my library said to ask here'],
    [30, 'l', "Hello! I'm Pia, a librarian with the statewide Ask service."],
    [36, 'l', 'Do you know where she was naturalized (which county or court), and roughly when she arrived?'],
    [90, 'p', 'Baltimore, she came in 1912'],
    [98, 'l', 'One moment please.'],
    [195, 'l', "Naturalizations in Baltimore courts from that era are indexed on FamilySearch (familysearch.org, 'Maryland, Naturalization Index'), and the files themselves are at the National Archives in Philadelphia. Harbor City Library's genealogy librarian can order a copy for you; I'll pass your details on and she'll call you early next week. What number should she use?"],
    [250, 'p', '410-555-0199'],
    [256, 'l', 'Thanks, 410-555-0199. Is there anything else?'],
    [280, 'p', 'no thank you'],
    [285, 'l', 'Good luck with the search, goodbye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), FU_LIB, { now: T0 + (290 + 72 * HOUR + 60) * 1000 }),
];

/**
 * Cases the scorer misreads, keyed by the case's id (the first word of its name), run through `describeLeft` with their
 * labels unchanged: the check, what the scorer gave, what RUBRIC.md says, and the deciding message.
 */
const LEFT_WHY: Record<string, string> = {
  D2: 'followup.contact / followup.on_time / resolution.code: got na / na / pass, labelled pass / pending / fail. Msg 250 "Our ILL staff will email you at marsh.cook52@gmail.com when it arrives, usually in 2-3 weeks" is a promise that someone from the library will contact the patron later (Terms, Follow-up session: "someone from your library will contact you"), so it is a follow-up session: the e-mail is given in the chat and "usually in 2-3 weeks" says when; nothing recorded by day 1 (pending); coded "Answered", which is no follow-up code (fail). The scorer notes "not a follow-up session" / "coded \"Answered\"".',
  D28: 'inquiry.clarify: got fail, labelled pass. Msg 52 "Are these all journal articles, and do you have them in a citation manager like Zotero?" asks about the need and the patron\'s situation before the first source (msg 118). Each half alone passes; a question whose second clause is "…, and do you have them (in …)?" is not read as a question. Scorer: "gave a source without first asking about the need or restating it".',
};
const isLeft = (c: SessionCase) => c.name.split(' ')[0]! in LEFT_WHY;

describe('forty-fourth round: interlibrary loan, document delivery and follow-ups, checked', () => {
  describeSessions('whole sessions', delivery.filter((c) => !isLeft(c)));
  describeLeft('whole sessions', delivery.filter(isLeft));
});
