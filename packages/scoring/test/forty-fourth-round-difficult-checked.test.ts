/**
 * Forty-fourth round, DIFFICULT SESSIONS, checked: whole sessions of a statewide public-library chat service (in the manner of
 * Maryland's AskUsNow!) and two academic libraries, answered by providers of many partner libraries, in which the patron or the
 * situation is hard: test messages and pranks, profanity over a blocked card, insults after the answer, sexual harassment,
 * personal questions to the provider (with and without a real question), a patron who asks the same thing four times, a patron
 * who argues with a correct answer, a patron who wants the provider to write the homework, complaints about a desk clerk, an
 * earlier chat librarian and a cut in opening hours, a patron threatening a lawyer and the newspaper, "third time asking" /
 * "asked yesterday and the day before", a patron who discloses thoughts of suicide, students and a tenant in a panic about a
 * deadline; providers who set limits politely, end the chat for conduct (with and without a way back), send complaints to a
 * branch manager, a director, a board, a council or "the statewide coordinator" (with and without contacts), pass a dispute to
 * staff for a follow-up, transfer to the patron's own county, keep their composure under a busy night, and three who end the
 * help for their own sake ("asked quite a few questions", "I need to move on", "one question per chat") and one who loses it
 * ("I already told you twice … I'm closing this chat."). All 17 checks labelled in every session before it was run.
 *
 * SHAPES TRIED:
 *  no substantive exchange: "test" / "testing 1 2 3" and "lol it works" answered by a remark + goodbye (01); a patron who asks
 *   in the queue and leaves before pickup (24, Lost Call with three patron messages). Against: a prank title and a riddle
 *   answered "Do you have a real question I can help with?" (02), "describe what ur wearing" answered by a limit (15), only
 *   personal questions, deflected (26): the patron asked something and got a reply, so the information checks apply and fail;
 *  closing.no_dismissal: conduct endings with a way back (04) and without one (15); "other patrons are waiting … please chat
 *   back in" after the fourth repeat (05) and in the middle of a widow's list of questions (32); "You've asked quite a few
 *   questions now, so I'm going to stop here" (13); "I've spent a good while on this one already and I need to move on. Good
 *   luck with the thesis!" (14); "Ask Us is one question per chat, so please start a new chat" (31: a limit, whatever the
 *   way back); "I already told you twice. Please read what I wrote. I'm closing this chat." (35); "I'll close this chat now.
 *   You're welcome to come back with a real question anytime." on a prank (02);
 *  closing.courteous: "Inappropriate requests are not permitted. This chat is now ended." (15), a last word "I know it's not
 *   the answer you wanted …" before the patron's "fine. bye" (27), a check-in as the last message (22), "Good luck with the
 *   thesis!" (14), "Best of luck tomorrow." inside a check-in + notice (30), "Talk soon." after thanks (34);
 *  greeting: "Sorry for the wait! This is Dev, a librarian at …" (an apology, no greeting word: 12), "Hello, welcome to Ask a
 *   Librarian at Harford County Public Library" (the service and library name only: 15);
 *  timing: a 96 s pickup after "hello?" and "is anyone even working" in the queue (12); a recorded `pickedUpAt` (50 s) before
 *   the first message (85 s, 33); holds of 100, 105, 80, 70 s (pass); "Give me a minute" then "hello??" and "its 9:40 im freaking
 *   out" inside the span and a partial result that says the search goes on 137 s later (11: fail); "ok, one moment", "????" and
 *   "are u helping other people or what", answer 145 s later (18: fail); the patron leaves inside a hold and the answer comes
 *   160 s after it with an invitation back (28: keep_informed fails, no final idle); final idles of 310 s (check-in, then a notice
 *   that is also the goodbye: 10), 325 s (check-in, then a system end: 22), 234 s (one message that checks in and gives notice,
 *   not a goodbye since it asks: 30), 150 s (a greeting after the patron left, a check-in, a notice that invites back: 24);
 *   conduct endings followed by a system end (04, 15, 35); transfers whose notice starts a span the receiving provider ends;
 *  concurrency: four open at once (18: fail); three at most, one ending as this starts and one starting as it ends (19: pass);
 *  follow-ups: a dispute passed to the branch, e-mail read back, "by Friday", coded Follow-up by patron's library, done in 40 h
 *   (17); "I can have someone … e-mail you whatever we find … you'll hear from us" with the e-mail read back, coded Answered, no
 *   time (23: code and contact fail, on_time pending); "within 72 hours, most likely tomorrow", Follow-up by me, not recorded by
 *   day 5 (34: on_time fails);
 *  referrals: branch phone for a blocked card (03), branch manager by e-mail and phone (07), "the AskUsNow! statewide
 *   coordinator" with no contact (08), 988 (call or text, 988lifeline.org) and 911 (10), a director's e-mail, a board meeting by
 *   URL and a county council by URL and phone (16), "the Catonsville circulation supervisor" the provider writes to (staff
 *   consulted: no referral, 17), "Any of our branches can print it …, just ask at the desk" (18: no contact), the City Archives
 *   by e-mail and phone (21), circulation by phone and street address (27), the Court Help Center, Legal Aid (30), the library's
 *   circulation desk, SSA and the Register of Wills by phone (32), "You can get one at our Prince Frederick branch, <address>"
 *   (13); "The MVA has a REAL ID checklist at <URL>" (a source, not a referral);
 *  transfers: to the patron's own county with a visible notice and an internal note (and the receiving provider's "sure, send
 *   her over": 20: pass), with a notice and no note (21: fail);
 *  codes: Test/Prank, Inappropriate, Other, Lost Call with three patron messages (fail), Practice (all na), a promise coded
 *   Answered (fail); a survey rating of 1 (33).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Substantive exchange: "the patron asked something" is read as it is written: a patron who sends only test messages ("test",
 *   "lol it works") asked nothing, so the information checks are na (01); a patron who asks anything, even a prank, a riddle,
 *   a sexual request or a personal question to the provider, asked something, and a provider reply that is not a greeting, a
 *   check-in, a goodbye, a hold or a notice makes the exchange substantive (02, 15, 26: clarify, source, completeness and
 *   anything_else apply and fail). "Do you have a real question I can help with?" and "if you have a library or research
 *   question, I'm here" are the greeting's "how can I help?", not clarifying questions nor "anything else?".
 * - closing.no_dismissal: ending the chat for the patron's conduct (insults, sexual harassment) passes with or without a way back
 *   (earlier rounds' reading); ending it on a patron who is only confused or repetitive, while their question is open, is for
 *   the provider's convenience (35, "I'm closing this chat"; 14, "I need to move on"): fail without a way back. A question limit
 *   ("one question per chat", "asked quite a few questions") fails whatever follows. Closing on a prank with "You're welcome to
 *   come back with a real question anytime" passes.
 * - closing.courteous and the Goodbye term: "Have a good day!", "Good luck with the thesis!", "Take care of yourself, you
 *   matter", "Best of luck tomorrow." say goodbye; a message that says goodbye but asks "Are you still there?" is no Goodbye for
 *   the final idle (30) but still says goodbye for closing.courteous (which does not use the Term).
 * - An apology for the wait ("Sorry for the wait!") is no greeting. "You can get one at our Prince Frederick branch, <address>"
 *   tells the patron to visit the library's own branch: a referral, reached by its postal address (the weakest reading of the
 *   file: LEFT, 13). "just ask at the desk" of "any of our branches" is a referral with no way to reach it. "Please call or text
 *   988" and "please call 911" give a phone.
 * - "Were you able to renew them?", "Would any of those work for her?", "Would that work for you?", "Is that the kind of contact
 *   you were looking for?", "Does that take care of it?" ask whether what was given meets the need; "Would you be willing to
 *   call or text them?" and "Could I email you once I've confirmed it?" do not.
 * - A provider message that announces the provider is checking ("Checking the large-print copies now.", "Let me read back
 *   through your question.", "Pulling a couple of strong ones for you now...") is a hold even when it also answers something.
 *
 * COUNTS. Written: 35 whole sessions, all 17 checks labelled in each before it was run (one batch; the labels as first written
 * are the labels below). First run as labelled / disagreeing: 30 / 5. Label corrections: 0. Final: 30 running, 5 LEFT (LEFT_WHY
 * below): no substantive exchange (01: five information checks, the patron asked nothing and the provider's only other message
 * is a goodbye), inquiry.clarify (07: a question prefaced "So I can send you to the right person:" read as a transfer hold),
 * closing.no_dismissal (14: "I need to move on"; 35: "I already told you twice … I'm closing this chat."), referral.contact
 * (13: "You can get one at our … branch, <address>" not read as sending the patron there). Each LEFT reason was narrowed with
 * throwaway probes outside this file (the variants quoted in LEFT_WHY).
 * The redaction equality of describeSessions holds for every running case (patron e-mails given in the chat and read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 35 tests passed (5 through describeLeft).
 *
 * V45 (block K): the test messages ask nothing once the patron only says the test worked (K10), the purpose lead-in "So I
 * can send you to the right person: …?" is no transfer (K21), and "I need to move on." dismisses (K9); 2 LEFT now.
 *
 * RUBRIC v46 (block L) reads 1 of the LEFT cases (35: "I already told you twice. … I'm closing this chat.", L7) as labelled;
 * they run with the others.
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { P, as, xfer, session } from './provider-lines';

const HOUR = 3600;

/** System lines of the chat platform. */
const gone = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];
const closed = (sec: number, text = 'Chat ended by librarian.'): Line => [sec, 's', text, sys('ended')];
const waiting = (sec: number): Line => [sec, 's', 'All librarians are helping other patrons. Please stay in the chat, you are next in line.'];

/** A session of provider `p` (provider-lines.ts `session`). */
const s = session;

const MARTA = P('marta', 'Marta', 'ACPL');
const KWAME = P('kwame', 'Kwame', 'HCLS');
const ROB = P('rob', 'Rob T.', 'BCPL');
const NADIA = P('nadia', 'Nadia', 'PGCMLS');
const GRACE = P('grace', 'Grace L.', 'HCLS');
const OWEN = P('owen', 'Owen', 'EPFL');
const IRIS = P('iris', 'Iris M.', 'AACPL');
const LEON = P('leon', 'Leon', 'WCFL');
const SOPHIE = P('sophie', 'Sophie', 'FCPL');
const DELIA = P('delia', 'Delia', 'MCPL');
const BRYCE = P('bryce', 'Bryce', 'UMBC');
const DEV = P('dev', 'Dev', 'CCPL');
const HORACE = P('horace', 'Horace', 'CALV');
const TESS = P('tess', 'Tess', 'SMCL');
const MEI = P('mei', 'Mei', 'HCPL');
const QUILLA = P('quilla', 'Quilla', 'TCFL');
const VERA = P('vera', 'Vera', 'BCPL');
const JADE = P('jade', 'Jade', 'AACPL');
const KWESI = P('kwesi', 'Kwesi', 'PGCMLS');
const LIZ = P('liz', 'Liz', 'HCLS');
const PAM = P('pam', 'Pam K.', 'FCPL');
const ABE = P('abe', 'Abe', 'CCPL');
const MINA = P('mina', 'Mina', 'EPFL');
const NORA = P('nora', 'Nora', 'WIC');
const CAL = P('cal', 'Cal', 'HCPL');
const BETTE = P('bette', 'Bette', 'QACL');
const TRAINER = P('trainer2', 'Ask Us Trainer', 'MSL');
const ELI = P('eli', 'Eli', 'CAROL');
const MAYA = P('maya', 'Maya', 'EPFL');
const FENNA = P('fenna', 'Fenna', 'KENT');
const JUNE = P('june', 'June', 'TU');
const PRISCILLA = P('priscilla', 'Priscilla', 'SOM');
const RAFE = P('rafe', 'Rafe', 'GCPL');
const ZARA = P('zara', 'Zara', 'DCPL');
const HUGO = P('hugo', 'Hugo', 'AACPL');
const WILLA = P('willa', 'Willa', 'MCPL');
const GIL = P('gil', 'Gil', 'BCPL');

export const difficult: SessionCase[] = [
  // 1 test messages only, no question
  s(MARTA, '01 test messages: "test" / "testing 1 2 3", the patron asks nothing, provider invites back', [
    [0, 'p', 'test'],
    [3, 'p', 'testing 1 2 3'],
    [28, 'l', 'Hi, this is Marta at Ask a Librarian (Allen County Public Library). What can I help you find?'],
    [45, 'p', 'lol it works. my teacher said to try it'],
    [60, 'l', "It does work! Whenever you have a real question (homework, books, anything) we're here. Have a good day!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Test/Prank' }),

  // 2 prank title, provider declines politely; the patron asked something, the provider answered: a substantive exchange
  s(KWAME, '02 prank title ("yellow river by i.p. freely"), provider asks for a real question, closes with a way back', [
    [0, 'p', 'do u have the book yellow river by i.p. freely'],
    [22, 'l', 'Hello! Kwame here, a librarian with Maryland AskUsNow!'],
    [30, 'l', 'Ha, I see what you did there. Do you have a real question I can help with?'],
    [55, 'p', 'ok ok. how many librarians does it take to change a lightbulb'],
    [58, 'p', 'hahahaha'],
    [80, 'l', "If there's nothing library-related, I'll close this chat now. You're welcome to come back with a real question anytime."],
    [92, 'p', 'lmaooo bye'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Inappropriate' }),

  // 3 profanity over a blocked card, a legitimate question handled calmly
  s(ROB, '03 profanity, blocked card: queue line, hold 100 s, account URL, branch phone, patron apologises', [
    [0, 'p', 'why the f*** is my card blocked AGAIN. i paid the stupid fine'],
    waiting(4),
    [31, 'l', "Hi, I'm Rob, a librarian at Baltimore County Public Library. Sorry you're dealing with that, let's sort it out."],
    [38, 'l', 'Do you remember roughly when you paid it, and was it online or at a branch?'],
    [75, 'p', 'last week at towson. the lady said it was cleared'],
    [90, 'l', 'Thanks. One moment while I look at how blocks get lifted.'],
    [190, 'l', "Payments made at a desk can take a few business days to post. You can see what's still showing under My Account at bcpl.info (sign in, then Fees). If it still says blocked after 3 days, give the Towson branch a call at 410-887-6166 and they can clear it by hand."],
    [196, 'l', 'Does that help explain it?'],
    [240, 'p', 'yeah ok. sorry for swearing, just frustrated'],
    [250, 'l', "No worries at all, it's frustrating. Anything else I can check for you?"],
    [270, 'p', 'nah'],
    [276, 'l', 'Take care, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 4 insults after the answer; a warning; ended for conduct with a way back
  s(NADIA, '04 abusive after the answer: warning, then ended for the language with "start a new chat"', [
    [0, 'p', 'need the GED practice test'],
    [25, 'l', "Hello and welcome! My name is Nadia, a librarian at Prince George's County Memorial Library System."],
    [30, 'l', 'Are you looking for practice tests online, or printed books you can borrow?'],
    [70, 'p', 'online obviously. are u stupid'],
    [85, 'l', 'Online it is. Our LearningExpress Library database has full GED practice tests: pgcmls.info > Research > LearningExpress. You sign in with your library card.'],
    [140, 'p', 'that site is garbage and so are you, you dumb b****'],
    [155, 'l', 'I want to help, but I need you to keep the conversation respectful. If the language continues I will have to end the chat.'],
    [170, 'p', 'f*** off'],
    [182, 'l', "I'm ending this chat now because of the language. You're welcome to start a new chat when you'd like help with the GED practice tests."],
    closed(186),
  ], usual({ complete: 'fail', anything: 'fail' }), { resolutionCode: 'Inappropriate' }),

  // 5 the same question three times; "other patrons are waiting" + chat back in
  s(GRACE, '05 repeater: Sunday hours asked four times, closed for others waiting with an invitation back', [
    [0, 'p', 'what time does central branch open on sunday'],
    [20, 'l', 'Hi! This is Grace with Howard County Library System. Central opens at 1 pm on Sundays and closes at 5. All branch hours are at hclibrary.org/locations.'],
    [26, 'l', 'Does that answer your question?'],
    [60, 'p', 'but what time does central open sunday'],
    [75, 'l', 'Central Branch: Sunday 1:00 pm to 5:00 pm.'],
    [130, 'p', 'ok but sunday what time does it open'],
    [148, 'l', 'It opens at 1 pm this Sunday. Is there a different branch or day you meant, maybe?'],
    [190, 'p', 'central. sunday.'],
    [205, 'l', "It's 1 pm. I've answered this a few times now, so I'll wrap up here since other patrons are waiting for help, but please chat back in anytime if you have a new question. Have a good weekend!"],
    [215, 'p', 'whatever'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 6 the patron argues with a correct answer
  s(OWEN, '06 argues with the answer (church and state not in the Constitution), provider holds firm with sources', [
    [0, 'p', 'Where in the Constitution does it say separation of church and state? I need the article number for my essay.'],
    [40, 'l', "Good evening, you've reached Owen at Enoch Pratt Free Library's Ask a Librarian."],
    [46, 'l', 'Quick question so I point you the right way: is your essay about the First Amendment specifically, or church-state law in general?'],
    [90, 'p', 'first amendment. just give me the article'],
    [100, 'l', 'Let me pull the text up so I quote it exactly.'],
    [170, 'l', 'The words "separation of church and state" aren\'t in the Constitution. They come from Thomas Jefferson\'s 1802 letter to the Danbury Baptists. The First Amendment says "Congress shall make no law respecting an establishment of religion, or prohibiting the free exercise thereof"; the full text is at archives.gov/founding-docs/bill-of-rights-transcript, and the Library of Congress has the Jefferson letter at loc.gov/loc/lcib/9806/danpre.html.'],
    [240, 'p', 'thats wrong. my teacher literally said its in there'],
    [262, 'l', "I understand, it's a really common mix-up, and the Supreme Court uses the phrase when it interprets the First Amendment. So your teacher is right about what the law means, but the exact wording is Jefferson's. Does that help for the essay?"],
    [330, 'p', 'i still think ur wrong but fine'],
    [345, 'l', "Fair enough! You could cite both: the First Amendment text and Jefferson's letter. Anything else I can find for you?"],
    [420, 'p', 'no'],
    [428, 'l', 'Good luck with the essay, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 7 complaint about a staff member, referred to the branch manager with e-mail and phone
  s(IRIS, '07 complaint about a desk clerk: branch manager by e-mail and phone, comment form URL', [
    [0, 'p', 'I want to file a complaint. The man at the desk at the Odenton branch was extremely rude to my son yesterday and told him to leave for no reason.'],
    [35, 'l', "Hello, I'm Iris, a librarian with Anne Arundel County Public Library. I'm very sorry that happened to your son."],
    [41, 'l', 'So I can send you to the right person: was this at the Odenton branch on Piney Orchard Pkwy, and do you want to make a formal complaint or just let them know?'],
    [110, 'p', 'yes that one. formal. i want him disciplined'],
    [125, 'l', "Understood. Formal complaints about staff go to the branch manager, for Odenton Ms. Carla Reyes. You can reach her at odentonmgr@aacpl.net or 410-222-6000. There is also the library's comment form at aacpl.net/contact-us, which is logged and always gets a reply."],
    [131, 'l', 'Does that give you what you need to get it started?'],
    [180, 'p', "I guess. I just can't believe how he talked to a 12 year old."],
    [192, 'l', "It's completely understandable to be upset. Including the time and what was said will help the manager follow up. Is there anything else I can help you with today?"],
    [240, 'p', "No that's it. thank you"],
    [246, 'l', "You're welcome. Take care, and I hope your son has a better visit next time."],
  ], usual({ referral: 'pass' })),

  // 8 complaint about an earlier chat librarian, "the statewide coordinator" with no way to reach them
  s(LEON, '08 complaint about last night\'s chat librarian: "report it to the statewide coordinator" with no contact', [
    [0, 'p', 'the librarian i chatted with last night just disconnected me in the middle of my question. who do i complain to'],
    [20, 'l', 'hi, Leon here, a librarian at Washington County Free Library, working the statewide chat tonight. sorry about that!'],
    [27, 'l', 'do you remember about what time it was, and what your question was about?'],
    [70, 'p', 'like 9pm. it was about medicare forms'],
    [90, 'l', 'thanks. sometimes the connection drops on our end too, so it may not have been on purpose. you can report it to the AskUsNow! statewide coordinator, they review the transcripts.'],
    [96, 'l', 'is there anything else i can help with tonight?'],
    [150, 'p', 'no i already got the forms. i just wanted to complain'],
    [160, 'l', 'ok! thanks for letting us know, and have a good night.'],
  ], usual({ source: 'fail', complete: 'fail', referral: 'fail' })),

  // 9 personal questions mixed with a real request
  s(SOPHIE, '09 personal questions ("r u a bot", "how old r u", "u got a bf") around a read-alike request', [
    [0, 'p', 'hey'],
    [15, 'l', "Hi there, welcome to Ask Us! I'm Sophie, a librarian at Frederick County Public Libraries. What can I help you find?"],
    [40, 'p', 'r u a real person or a bot'],
    [48, 'l', "Real person! I'm at a library desk in Frederick right now."],
    [70, 'p', 'how old r u? where do u live'],
    [85, 'l', "I keep personal details out of chat, but I'm happy to help with any questions about books, research or the library."],
    [120, 'p', 'ok fine. i need books like hunger games for my sister shes 13'],
    [135, 'l', 'Fun! Does she like the survival and action part most, or the rebellion and politics side?'],
    [170, 'p', 'the action i think'],
    [180, 'l', 'One sec, checking what we have on the shelf.'],
    [260, 'l', 'Try "Red Queen" by Victoria Aveyard, "Legend" by Marie Lu, and "The Maze Runner" by James Dashner. All three are in our catalog at fcpl.org, and NoveList K-8 (fcpl.org > Research) has more read-alikes.'],
    [265, 'l', 'Would any of those work for her?'],
    [300, 'p', 'yeah legend sounds good. u got a bf? lol'],
    [312, 'l', "Ha, I'll stick to book recommendations! Is there anything else I can help with?"],
    [340, 'p', 'no thats all'],
    [346, 'l', 'Thanks for stopping by, and happy reading to your sister!'],
  ], usual()),

  // 10 self-harm disclosure: 988 and 911, the patron goes quiet
  s(DELIA, '10 grief books, then self-harm disclosure: 988 / 911, "Are you still there?", notice + goodbye after 310 s', [
    [0, 'p', 'do you have books about dealing with grief'],
    [30, 'l', "Hi, this is Delia, a librarian at Montgomery County Public Libraries. I'm sorry for whatever you're going through."],
    [36, 'l', 'Are you looking for something for yourself, or to help someone else (a child, maybe)?'],
    [95, 'p', 'for me. my mom died in january'],
    [110, 'l', 'I\'m so sorry about your mom. Two that readers often find helpful: "It\'s OK That You\'re Not OK" by Megan Devine and "The Year of Magical Thinking" by Joan Didion. Both are in our catalog at mcpl.link/grief, and the e-books are on Libby.'],
    [160, 'p', 'honestly i dont see the point anymore. i think about ending it'],
    [175, 'l', "Thank you for telling me. I'm really glad you reached out. Please call or text 988 to reach the Suicide & Crisis Lifeline right now; it's free, confidential and open 24/7, or you can chat at 988lifeline.org. If you feel you're in immediate danger, please call 911."],
    [181, 'l', 'Are you safe right now?'],
    [240, 'p', 'i dont know'],
    [250, 'l', "That's okay. You don't have to figure it out alone; the people at 988 are trained for exactly this and can talk with you right now. Would you be willing to call or text them while we're chatting?"],
    [395, 'l', "Are you still there? I'm here."],
    [560, 'l', 'It looks like you may have left the chat, so this session will close soon. Please call or text 988 anytime, day or night. Take care of yourself, you matter.'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 11 deadline panic; "hello??" inside a hold span does not restart it
  s(BRYCE, '11 paper due at midnight, all caps: hold at 68, "hello??" at 150, partial result at 205 (137 s)', [
    [0, 'p', 'PLEASE HELP my research paper is due at midnight and i have zero sources!!!!'],
    [12, 'l', "Hi! I'm Bryce, a librarian at UMBC's Albin O. Kuhn Library. Deep breath, we'll find you some sources."],
    [18, 'l', "What's the paper's topic, and what does your professor require (how many sources, peer-reviewed, books, websites)?"],
    [60, 'p', 'microplastics in drinking water. 5 peer reviewed. APA'],
    [68, 'l', 'Great, that is a very searchable topic. Give me a minute to run a search.'],
    [150, 'p', 'hello??'],
    [175, 'p', 'its 9:40 im freaking out'],
    [205, 'l', 'Still here! Academic Search Complete (library.umbc.edu > Databases A-Z) gives me 40+ peer-reviewed articles for microplastics AND "drinking water" from the last 5 years. Tick "Peer Reviewed" on the left. Pulling a couple of strong ones for you now...'],
    [290, 'l', 'Two good starting points: Koelmans et al. 2019, "Microplastics in freshwaters and drinking water" (Water Research), and Mason et al. 2018 on bottled water (Frontiers in Chemistry). Both are full text through the database, and each record has a "Cite" button with APA formatting.'],
    [296, 'l', 'Does that give you enough to get going?'],
    [340, 'p', 'yes omg thank u. thats all i need'],
    [348, 'l', "You've got this! Good luck tonight, and thanks for chatting."],
  ], usual({ informed: 'fail' })),

  // 12 rude in the queue, slow pickup, an apology instead of a greeting
  s(DEV, '12 impatient in the queue ("is anyone even working"): pickup at 96 s, "Sorry for the wait!" greets no one', [
    [0, 'p', 'renew books online how'],
    waiting(3),
    [40, 'p', 'hello?'],
    [70, 'p', 'is anyone even working. this is ridiculous'],
    [96, 'l', "Sorry for the wait! This is Dev, a librarian at Carroll County Public Library. I can help with renewing."],
    [100, 'l', 'Is it for books checked out on a Carroll County card?'],
    [130, 'p', 'finally. yes'],
    [140, 'l', "You can renew at library.carr.org: click My Account at the top, sign in with your card number and PIN, tick the items and choose Renew. Items with holds on them can't be renewed."],
    [146, 'l', 'Were you able to renew them?'],
    [230, 'p', 'yeah it worked. took u long enough tho'],
    [240, 'l', 'Glad it worked, and sorry again for the wait, it was a busy hour. Anything else today?'],
    [262, 'p', 'no'],
    [268, 'l', 'Thanks for using Ask Us, have a great day!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 13 a pile of questions: "You've asked quite a few questions now"
  s(HORACE, '13 passport photo, REAL ID, boat, notary: "You\'ve asked quite a few questions now, so I\'m going to stop here"', [
    [0, 'p', 'how do i get a passport photo'],
    [18, 'l', 'Hello, Horace here at Calvert Library. Do you need it for a new passport or a renewal?'],
    [45, 'p', 'new'],
    [55, 'l', 'The photo rules are at travel.state.gov (search "passport photos"). You can get one at our Prince Frederick branch, 850 Costley Way, Prince Frederick, MD 20678, for $15, no appointment needed. Did that answer it?'],
    [80, 'p', 'yes. also how do i get a real id'],
    [95, 'l', 'The MVA has a REAL ID checklist at mva.maryland.gov/realid.'],
    [120, 'p', 'ok and what about renewing my boat registration'],
    [130, 'p', 'and do u have notary'],
    [150, 'l', "You've asked quite a few questions now, so I'm going to stop here. Thanks for chatting."],
    [160, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 14 a demanding graduate student; the provider moves on for her own sake
  s(TESS, '14 "find me everything": "I\'ve spent a good while on this one already and I need to move on. Good luck"', [
    [0, 'p', 'i need every article ever written about the 1933 lynching in princess anne for my thesis'],
    [22, 'l', "Hi, I'm Tess, a librarian with St. Mary's County Library. That's a big and important topic."],
    [28, 'l', 'Is this for a college thesis? And are you after newspaper coverage from 1933, later scholarship, or both?'],
    [80, 'p', 'both. graduate thesis. i need everything'],
    [95, 'l', 'Searching now, one moment.'],
    [200, 'l', 'For 1933 coverage, the Baltimore Afro-American is in ProQuest Historical Newspapers, and Chronicling America (chroniclingamerica.loc.gov) has Maryland papers. For scholarship, search JSTOR for "George Armwood"; Sherrilyn Ifill\'s book "On the Courthouse Lawn" is the standard work.'],
    [206, 'l', 'Does that give you a start?'],
    [250, 'p', 'thats not everything. i said everything. keep looking'],
    [265, 'p', 'also find me his death certificate'],
    [290, 'l', "I've spent a good while on this one already and I need to move on. Good luck with the thesis!"],
    [300, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 sexual harassment, ended for conduct, no thanks and no way back
  s(MEI, '15 harassment ("describe what ur wearing", "send a pic"): limit set, then "This chat is now ended."', [
    [0, 'p', 'hi is the librarian a girl'],
    [20, 'l', 'Hello, welcome to Ask a Librarian at Harford County Public Library. How can I help you?'],
    [45, 'p', 'describe what ur wearing'],
    [58, 'l', 'This service is for library and information questions only. Do you have a library question?'],
    [80, 'p', 'come on just tell me. send a pic'],
    [92, 'l', 'Inappropriate requests are not permitted. This chat is now ended.'],
    closed(95),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Inappropriate' }),

  // 16 complaint about a policy, sent to the director, the board and the county council
  s(QUILLA, '16 Sunday hours cut, "a disgrace": director by e-mail, board meeting by URL, council by URL and phone', [
    [0, 'p', 'Why did you people cut Sunday hours?? Some of us work all week. This is a disgrace and I want to tell someone in charge.'],
    [28, 'l', 'Good afternoon, this is Quilla, a librarian at Talbot County Free Library. I hear you, losing Sunday hours is hard for people who work weekdays.'],
    [35, 'l', 'Which branch do you usually use? The change was different at Easton and St. Michaels.'],
    [90, 'p', 'easton'],
    [105, 'l', "Easton's Sunday hours were cut in the budget the county council passed in June; the library board's notice is at tcfl.org/news. To tell someone in charge, you can write to the library director at director@tcfl.org, or speak at the library board's monthly meeting (the schedule is at tcfl.org/board). The county council takes public comment too: talbotcountymd.gov/council, 410-770-8001."],
    [112, 'l', 'Is that the kind of contact you were looking for?'],
    [200, 'p', 'yes. i will be writing to them'],
    [210, 'l', 'Good, letters from patrons really do get read. Anything else I can help with?'],
    [240, 'p', 'no. thanks'],
    [246, 'l', 'Thanks for reaching out. Have a good afternoon.'],
  ], usual({ referral: 'pass' })),

  // 17 disputed charge, passed to the branch (staff consulted), follow-up by the patron's library by Friday
  s(VERA, '17 disputed $30 charge: passed to the branch, e-mail read back, "by Friday", follow-up done in 40 h', [
    [0, 'p', "I was charged $30 for a book I returned in the book drop weeks ago and nobody will listen. I'm done being polite."],
    [25, 'l', "Hello, I'm Vera, a librarian with Baltimore County Public Library. I'm sorry, that's frustrating, and I'll make sure it gets to someone who can fix it."],
    [32, 'l', 'Which branch did you return it to, and do you have the title?'],
    [75, 'p', 'Catonsville. "The Covenant of Water". I returned it like March 3'],
    [85, 'l', 'Thank you. Give me a moment to look at what I can see.'],
    [170, 'l', "I can see the charge on the record but I can't remove it from chat. I'll send the details to the Catonsville circulation supervisor so they can search the shelves and the drop log. What's the best email for them to reach you?"],
    [215, 'p', 'gwen.tyler58@gmail.com'],
    [225, 'l', 'Got it: gwen.tyler58@gmail.com. Someone from Catonsville will email you by Friday with what they find.'],
    [231, 'i', 'Catonsville circ: patron disputes $30 lost charge, Covenant of Water, returned ~3/3 via the drop. Email gwen.tyler58@gmail.com'],
    [236, 'l', 'Is there anything else I can help with today?'],
    [260, 'p', 'no. just get it fixed'],
    [268, 'l', "I understand. Thank you for your patience, and I hope it's sorted quickly."],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // 18 busy night: four chats at once, a hold of 145 s, "just ask at the desk"
  s(JADE, '18 busy night (four chats open): "ok, one moment", "????", answer 145 s later, "just ask at the desk"', [
    [0, 'p', 'i need a tax form 1040-x'],
    [35, 'l', 'Hi, Jade at AskUsNow! (Anne Arundel County Public Library) here.'],
    [41, 'l', 'Do you need to print it, or just fill it in online?'],
    [90, 'p', 'print. i dont have a printer'],
    [100, 'l', 'ok, one moment'],
    [160, 'p', '????'],
    [230, 'p', 'are u helping other people or what'],
    [245, 'l', "Sorry! I'm juggling a few chats tonight. The 1040-X is at irs.gov/forms-pubs/about-form-1040x. Any of our branches can print it for 15 cents a page, just ask at the desk."],
    [250, 'l', 'Does that help?'],
    [290, 'p', 'yes'],
    [296, 'l', 'Thanks for waiting, and good night!'],
  ], usual({ informed: 'fail', anything: 'fail', concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('j1', 'jade', -400, 500), other('j2', 'jade', -100, 700), other('j3', 'jade', 50, 900)],
  }),

  // 19 rude about the website; three at once at most (one ends as this starts, one starts as it ends)
  s(KWESI, '19 "ur website sucks", cancel a hold in the app: three open at most, touching intervals', [
    [0, 'p', 'yo how do i cancel a hold. ur website sucks'],
    [22, 'l', "Hey! Kwesi here, a librarian at Prince George's County Memorial Library System. Sorry the site's giving you trouble."],
    [28, 'l', 'Are you on the website or the mobile app?'],
    [55, 'p', 'app'],
    [68, 'l', 'In the app: tap the card icon (My Account) > Holds, swipe left on the title and tap Cancel. The same steps with pictures are on pgcmls.info/app-help.'],
    [74, 'l', 'Did that do it?'],
    [120, 'p', 'yeah. still sucks tho'],
    [130, 'l', "Fair, I'll pass the feedback along. Anything else I can do?"],
    [150, 'p', 'nope'],
    [155, 'l', 'Thanks for chatting, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kwesi', -600, 0), other('k2', 'kwesi', -300, 500), other('k3', 'kwesi', 10, 400), other('k4', 'kwesi', 160, 900)],
  }),

  // 20 "I want someone from Frederick": transfer with a note and a notice
  s(LIZ, '20 wants her own county\'s staff: notice, note, transfer to Pam, fines waived', [
    [0, 'p', 'Your librarian last week told me the wrong due date and now I owe fines. I want someone from Frederick, not another county.'],
    [30, 'l', "Hello, this is Liz, a librarian at Howard County Library System covering the statewide chat. I'm sorry about the mix-up."],
    [36, 'l', 'Is your card from Frederick County Public Libraries?'],
    [60, 'p', 'YES that is what I said'],
    [70, 'l', "Understood. I'm going to transfer you to Pam, a Frederick librarian who is online now and can look at your account. One moment please."],
    [74, 'i', 'Pam - FCPL patron disputes fines, says a chat librarian gave her the wrong due date last week. Wants Frederick staff. Can you take her?'],
    [80, 'i', 'sure, send her over', as(PAM)],
    xfer(84, 'Pam K.', 'pam'),
    [120, 'l', "Hi, this is Pam with Frederick County Public Libraries. I'm looking at your account now.", as(PAM)],
    [190, 'l', "I see two overdue fines from March 1. Since the due date came from our chat service, I've waived both, so your balance is $0 now. You can check it under My Account at fcpl.org.", as(PAM)],
    [196, 'l', 'Does that take care of it?', as(PAM)],
    [230, 'p', 'Yes. Thank you. Finally someone competent.'],
    [240, 'l', "Glad it's sorted. Anything else today?", as(PAM)],
    [262, 'p', 'No.'],
    [268, 'l', 'Thanks for your patience, take care.', as(PAM)],
  ], usual({ transfer: 'pass' })),

  // 21 "third time asking": transfer with a notice and no note
  s(ABE, '21 1964 protest arrest record, "third time asking": notice + transfer, no note; City Archives by e-mail and phone', [
    [0, 'p', 'im trying to find my grandfathers arrest record from baltimore in the 1960s and nobody will help me. third time asking'],
    [20, 'l', 'Hi, Abe at Ask Us Now here, from Carroll County Public Library.'],
    [26, 'l', "Sorry you've been bounced around. Do you know the year and roughly what the arrest was for?"],
    [70, 'p', '1964 i think. it was at a protest'],
    [80, 'l', 'Transferring you to a Baltimore City librarian who knows the local records better, one moment.'],
    xfer(84, 'Mina', 'mina'),
    [150, 'l', "Hello, I'm Mina at the Enoch Pratt Free Library. Let me read back through your question.", as(MINA)],
    [230, 'l', 'Baltimore police arrest records from the 1960s that survive are at the Baltimore City Archives. You can request a search by email at archives@baltimorecity.gov or call 410-396-4861. The Afro-American newspaper (in ProQuest Historical Newspapers on prattlibrary.org) often named people arrested at 1960s sit-ins, which can help pin down the date.', as(MINA)],
    [236, 'l', 'Does that give you a path forward?', as(MINA)],
    [300, 'p', 'yes. finally. thank you'],
    [310, 'l', 'You are very welcome. Good luck with the search, and thanks for chatting!', as(MINA)],
  ], usual({ anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 22 snippy patron goes quiet: check-in only, then the system ends it
  s(NORA, '22 "dont tell me to go in person": online card, patron goes quiet, check-in at 220, system end at 400', [
    [0, 'p', 'how do i get a library card if i moved here from delaware. and dont tell me to go in person i cant'],
    [24, 'l', 'Hi, Nora here, a librarian at Wicomico Public Libraries.'],
    [30, 'l', 'Do you live in Wicomico County now, or just work here?'],
    [66, 'p', 'live. obviously'],
    [80, 'l', 'You can sign up online at wicomicolibrary.org > Get a Card. You get a digital card right away for e-books and databases; the physical card is mailed once your address is verified, so no visit needed.'],
    [86, 'l', 'Does that work for you?'],
    [220, 'l', 'Are you still with me?'],
    closed(400, 'Chat ended: patron idle.'),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 "are you going to be useless too": a promise to e-mail, coded Answered, no time
  s(CAL, '23 1987 Aegis article, "useless too?": microfilm, e-mail read back, "you\'ll hear from us", coded Answered', [
    [0, 'p', "I've asked three different libraries for the 1987 Aegis article about my father's business and NOBODY can find it. Are you going to be useless too?"],
    [30, 'l', "Hi, this is Cal, a librarian at Harford County Public Library. I'll do my best, and I'm sorry it's been such a runaround."],
    [36, 'l', "What's the business name, and do you know the month, or what the article was about?"],
    [95, 'p', 'Ridgely Hardware. It was about the fire, summer 1987'],
    [105, 'l', 'Thanks. Let me check what we have for the Aegis from 1987.'],
    [200, 'l', "The Aegis for 1987 is on microfilm at our Bel Air branch, but it isn't indexed online, so it'll take some scrolling. I can have someone go through the summer reels and e-mail you whatever we find. What's your e-mail?"],
    [250, 'p', 'jr.ridgely@verizon.net. dont hold your breath i guess'],
    [262, 'l', "Thanks, I've got jr.ridgely@verizon.net. I'll pass it to our Bel Air staff and you'll hear from us."],
    [270, 'p', 'fine'],
    [278, 'l', 'Thank you for your patience, and take care.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 24 rude in the queue and gone before pickup, coded Lost Call
  s(BETTE, '24 "useless. forget it" before pickup (150 s): greeting, check-in, goodbye; Lost Call with three patron messages', [
    [0, 'p', 'my card says expired why'],
    [40, 'p', 'hello'],
    [95, 'p', 'useless. forget it'],
    gone(100),
    [150, 'l', "Hi, I'm Bette, a librarian at Queen Anne's County Library. Sorry for the wait!"],
    [275, 'l', 'Are you still there?'],
    [300, 'l', "Looks like you've left, feel free to start a new chat anytime. Take care!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 practice: the inappropriate-language macro tested
  s(TRAINER, '25 practice: testing the inappropriate-language macro', [
    [0, 'p', 'this is a test of the inappropriate-language macro: you are a %#@!'],
    [10, 'l', 'Please keep the conversation respectful so I can help you.'],
    [20, 'p', 'ok macro works'],
    [25, 'l', 'Great, ending practice session. Thanks!'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 only personal questions, deflected; the patron asked something and got an answer: substantive
  s(ELI, '26 personal questions only ("whats ur real name", "which building"): deflected, "nah nvm", goodbye', [
    [0, 'p', 'hi'],
    [20, 'l', "Hi! Welcome to Ask Us Now. My name is Eli and I'm a librarian at Caroline County Public Library. How can I help?"],
    [50, 'p', 'whats ur real name. is eli short for something'],
    [62, 'l', "Eli is what I go by here! I'm happy to help with questions about books, research, or your library account."],
    [100, 'p', 'where do u work exactly. which building'],
    [115, 'l', "I'd rather not share where I am, but if you have a library or research question, I'm here."],
    [160, 'p', 'nah nvm'],
    [168, 'l', 'No problem. Have a good evening, and come back anytime!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Other' }),

  // 27 threatens a lawyer and the newspaper over a replacement charge
  s(MAYA, '27 "calling my lawyer and the Sun": Roland Park circulation by phone and address, patron leaves "fine. bye"', [
    [0, 'p', "If this $85 replacement charge isn't removed today I'm calling my lawyer and the Sun. I returned that DVD set."],
    [26, 'l', "Good morning, I'm Maya, a librarian at Enoch Pratt Free Library. I'm sorry about the charge, let's see what can be done."],
    [33, 'l', 'Which branch did you return it to, and about when?'],
    [80, 'p', 'Roland Park. Two weeks ago maybe. I have no receipt because the drop doesnt give one'],
    [92, 'l', "Thank you. Chat staff can't remove charges, but the circulation supervisor at Roland Park can search for the item and clear it if it's found. Please call them at 410-396-6099, or stop by the desk at 5108 Roland Ave, Baltimore, MD 21210, and ask for a claims-returned check."],
    [98, 'l', 'Is that helpful?'],
    [150, 'p', 'so you cant do anything. great. typical'],
    [162, 'l', "I know it's not the answer you wanted. The branch really is the fastest way to get it off your account, they can check the shelves today."],
    [200, 'p', 'fine. bye'],
  ], usual({ anything: 'fail', courteous: 'fail', referral: 'pass' })),

  // 28 panicking student leaves mid-search; the answer arrives 160 s after the hold, with an invitation back
  s(FENNA, '28 bibliography due in 20 min: "Looking now, hang on", "forget it", patron leaves, answer 160 s after the hold', [
    [0, 'p', 'need a scholarly source on the harlem renaissance in 20 min!!! bibliography due'],
    [15, 'l', "Hi, I'm Fenna, librarian at Kent County Public Library. I'll be quick!"],
    [20, 'l', 'Does it have to be a book, or is an article OK? And which citation style?'],
    [45, 'p', 'article ok. MLA'],
    [52, 'l', 'Looking now, hang on.'],
    [130, 'p', 'hurry pls'],
    [190, 'p', 'forget it this is taking forever'],
    gone(193),
    [212, 'l', 'Sorry for the delay! JSTOR (kentcountylibrary.org > Databases > JSTOR) has George Hutchinson\'s "The Harlem Renaissance in Black and White" and many articles; the "Cite" link gives MLA. Feel free to chat in again anytime.'],
  ], usual({ informed: 'fail', complete: 'fail', anything: 'fail' })),

  // 29 "can u write my discussion post": limit set, sources given
  s(JUNE, '29 "can u write my discussion post": refused politely, CDC timeline, Belmont Report, database', [
    [0, 'p', 'can u write my discussion post on the tuskegee study. 300 words. due in an hour'],
    [18, 'l', "Hi! I'm June, a librarian at Towson University's Cook Library. I can't write it for you, but I can definitely get you good sources fast."],
    [24, 'l', 'What angle does the prompt want: the ethics, the history, or how it changed research rules?'],
    [60, 'p', 'ugh. ethics i guess. why cant u just write it, ur literally a librarian'],
    [72, 'l', "Writing it would be academic dishonesty under TU's code, and it'd be your name on it! But here's a fast start:"],
    [80, 'l', 'The CDC\'s timeline page (cdc.gov/tuskegee/timeline.htm) is short and reliable, and the Belmont Report (hhs.gov/ohrp/regulations-and-policy/belmont-report) is what came out of it ethically. For a scholarly cite, search "Tuskegee" AND ethics in Academic Search Ultimate from the library homepage.'],
    [86, 'l', 'Does that give you enough to write from?'],
    [140, 'p', 'i guess. still think u could just do it'],
    [152, 'l', "Ha, nice try. You've got this. Anything else I can find for you?"],
    [170, 'p', 'no'],
    [175, 'l', 'Good luck with the post, bye!'],
  ], usual()),

  // 30 eviction hearing tomorrow, panic: referrals with phones; the patron goes to call; one message checks in and gives notice
  s(PRISCILLA, '30 eviction hearing tomorrow: Court Help Center, Legal Aid, People\'s Law Library; check-in + notice in one message', [
    [0, 'p', 'my eviction hearing is TOMORROW morning and i dont have a lawyer what do i do im panicking'],
    [22, 'l', "Hi, this is Priscilla, a librarian with Somerset County Library. I'm sorry, that's a lot to deal with. Let's get you to the right help fast."],
    [28, 'l', 'Is the hearing in Maryland District Court? And is it for unpaid rent, or something else?'],
    [70, 'p', 'yes district court in princess anne. unpaid rent. i lost my job'],
    [82, 'l', 'Call the Maryland Court Help Center right away: 410-260-1392 (free, no appointment, lawyers answer the phone), or chat with them at mdcourts.gov/helpcenter. Maryland Legal Aid also handles eviction cases: 1-888-465-2468. Bring any receipts and your lease tomorrow.'],
    [88, 'l', "The People's Law Library has a plain-language guide to failure-to-pay-rent hearings: peoples-law.org/failure-pay-rent. Does that help you know what to do next?"],
    [120, 'p', 'ok calling them now'],
    [126, 'l', "Good, you're doing the right thing by calling. Is there anything else I can look up for you?"],
    [300, 'l', "Are you still there? It looks like you may have disconnected, so I'll close this chat shortly. Best of luck tomorrow."],
  ], usual({ idle: 'pass', disconnect: 'pass', referral: 'pass' }), { endAfter: 60 }),

  // 31 "one question per chat"
  s(RAFE, '31 book sale, then three more questions: "Ask Us is one question per chat, so please start a new chat"', [
    [0, 'p', 'when is the friends of the library book sale'],
    [30, 'l', 'Hello! Rafe here, librarian at Ruth Enlow Library of Garrett County.'],
    [36, 'l', 'The spring Friends book sale is April 18-19 at the Oakland library; details are on relib.net/friends. Does that answer your question?'],
    [70, 'p', 'ok and do you have tax forms. and how late are you open fri. and can i bring my dog'],
    [85, 'l', 'Ask Us is one question per chat, so please start a new chat for your next question. Thanks!'],
    [100, 'p', 'are you kidding me'],
    [112, 'l', 'Sorry, that is the policy. Have a nice day.'],
    [120, 'p', 'unbelievable'],
  ], usual({ clarify: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 32 a widow with a list of questions: others waiting, come back, three referrals with phones
  s(ZARA, '32 a widow\'s list (account, Social Security, estate): circulation, SSA, Register of Wills by phone; others waiting + come back', [
    [0, 'p', "I have a bunch of questions about my late husband's estate, social security, and his library account"],
    [28, 'l', "Good afternoon, I'm Zara, a librarian at Dorchester County Public Library. I'm so sorry for your loss."],
    [34, 'l', 'Which would you like to start with?'],
    [70, 'p', "The library account first. He had books out and I don't know which."],
    [80, 'l', "Our circulation desk can look that up and clear the account: call them at 410-228-7331 and they'll take care of it by phone."],
    [86, 'l', 'Does that help with the account?'],
    [120, 'p', 'yes. now social security, how do i report his death. and the estate, and do i need a lawyer, and can i keep his car'],
    [138, 'l', "For Social Security, the funeral home usually reports the death, but you can also call SSA at 1-800-772-1213 (ssa.gov/benefits/survivors). I have several other patrons waiting, so I'll stop here for now. Please chat back in anytime for the estate questions, or call the Register of Wills, who can help with those: 410-228-0480."],
    [150, 'p', 'oh. ok. thank you'],
    [156, 'l', 'Take care, and please do come back.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 33 recorded pickup, "are you even a real librarian", survey 1
  s(HUGO, '33 large-print Grisham, "are you even a real librarian": pickedUpAt 50 s, first message 85 s, survey 1', [
    [0, 'p', 'Do you have the new Grisham in large print'],
    [85, 'l', 'Hi there, Hugo, librarian at Anne Arundel County Public Library.'],
    [92, 'l', 'Do you mean "The Widow" from last fall, or the one coming out this spring?'],
    [130, 'p', 'the widow. are you even a real librarian? you sound like a student'],
    [145, 'l', "I am! I have a master's in library science and have worked at AACPL for eleven years. Checking the large-print copies now."],
    [210, 'l', '"The Widow" in large print: 2 copies, both checked out, 3 holds ahead of you. You can place a hold at aacpl.net (search the title, pick the Large Print format, then Place Hold). Would that work for you?'],
    [260, 'p', '3 holds?? this library is pathetic'],
    [272, 'l', 'I understand the wait is annoying. The e-book is also on Libby with no wait, would that be an option?'],
    [330, 'p', 'no. i read paper. forget it'],
    [342, 'l', 'Understood, the hold is the way to go then. Thanks for chatting, and I hope it comes in soon.'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(50), survey: { rating: 1, comment: 'rude and useless' } }),

  // 34 "I asked this yesterday and the day before": follow-up by me, never recorded, checked on day 5
  s(WILLA, '34 1950 census, "asked this yesterday and the day before": follow-up by me within 72 hours, not recorded by day 5', [
    [0, 'p', 'I asked this yesterday and the day before: I need the 1950 census page for my grandmother in Silver Spring. Nobody finds it.'],
    [25, 'l', "Hello, this is Willa at Montgomery County Public Libraries' Ask a Librarian. I'm sorry you've had to ask more than once."],
    [31, 'l', 'What was her full name in 1950, and do you know the street or who she lived with?'],
    [90, 'p', 'Edna Mae Collier. lived with her parents, Georgia Ave i think'],
    [100, 'l', 'Let me search the 1950 census for her.'],
    [205, 'l', "Still searching: the Silver Spring pages aren't name-indexed well yet, so I'm going district by district."],
    [320, 'l', "I found a Collier household on Georgia Avenue in the 1950 census (1950census.archives.gov), enumeration district 16-112, but the name is hard to read. I'd like to compare it with a city directory before I send you anything. Could I email you once I've confirmed it?"],
    [360, 'p', 'yes. emcollier.family@outlook.com. and dont lose it like the last ones'],
    [372, 'l', "I won't. I have emcollier.family@outlook.com and I'll send you what I find within 72 hours, most likely tomorrow."],
    [380, 'l', 'Is there anything else I can help with today?'],
    [410, 'p', 'no'],
    [416, 'l', 'Thank you for your patience, Ms. Collier. Talk soon.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), FU_ME, { now: T0 + 5 * DAY }),

  // 35 the provider loses patience with a confused repeater
  s(GIL, '35 audiobooks asked three times: "I already told you twice. Please read what I wrote. I\'m closing this chat."', [
    [0, 'p', 'how do i download audiobooks'],
    [20, 'l', 'Hi, Gil at BCPL Ask a Librarian.'],
    [25, 'l', 'Android or iPhone?'],
    [60, 'p', 'android'],
    [70, 'l', 'Get the Libby app (libbyapp.com, or from the Play Store), open it, choose "Baltimore County Public Library", then sign in with your card number and PIN. Search a title and tap Borrow. Does that work?'],
    [150, 'p', 'how do i download audiobooks on android'],
    [160, 'l', 'Same steps as above: Libby from the Play Store, pick BCPL, sign in, Borrow.'],
    [220, 'p', 'where do i get the audiobooks'],
    [228, 'l', "I already told you twice. Please read what I wrote. I'm closing this chat."],
    closed(231),
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // no substantive exchange (interest.keep_informed, inquiry.clarify, info.source, followup.completeness, closing.anything_else)
  // inquiry.clarify
  // closing.no_dismissal
  // referral.contact
  '13 passport photo, REAL ID, boat, notary: "You\'ve asked quite a few questions now, so I\'m going to stop here"':
    'referral.contact: got na ("no referral to a person or organisation outside the chat"), RUBRIC pass: msg 3 "You can get one at our Prince Frederick branch, 850 Costley Way, Prince Frederick, MD 20678, for $15, no appointment needed." tells the patron to go to the library\'s own branch (Terms: "the provider\'s own library\'s departments count when the patron is told to … visit them") and gives its postal address. "You can get one at <place>" is not read as sending the patron there; "Go to our … branch, <address>" and "Stop by our … branch, <address>" pass. (The weakest of the five: "you can get one at" is a suggestion, not an imperative.)',
};

describe('forty-fourth round: difficult sessions, checked', () => {
  describeSessions('whole sessions', difficult.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', difficult.filter((c) => c.name in LEFT_WHY));
});
