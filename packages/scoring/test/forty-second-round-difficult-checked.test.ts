/**
 * Forty-second round, helper G, checked: DIFFICULT SESSIONS of a statewide public-library chat service ("Ask Us 24/7",
 * answered by providers of many partner libraries). Frustrated and angry patrons (a fine a desk clerk "waived", slow wifi with
 * swearing, a refused library card, a vanished Libby hold, "the third time I've asked", "you're just trying to get rid of me"),
 * complaints about the library or a previous librarian, patrons who keep adding questions, a patron who asks for a supervisor,
 * rude, insulting and harassing patrons and providers who end the chat for conduct (with and without a way back), providers
 * under pressure (busy nights with `ctx.otherIntervals`, a message sent to the wrong chat, shift changes handed over well and
 * badly, closing time, "a line of people waiting"), providers who apologise at every turn, providers who cannot answer and refer
 * elsewhere (legal, unemployment, complaints), survey ratings 1 and 5 with comments, sessions that end abruptly (the patron leaves
 * mid-search or mid-clarification, the provider's connection drops with a system message, once for good and once rejoining),
 * and curt providers ("np", "Closing chat.", "bye", "I don't have time to argue about this. Closing the chat."). All 17 checks
 * labelled in every session, before it was run.
 *
 * SHAPES TRIED:
 *  closing.no_dismissal: "several other patrons waiting … please start a new chat anytime" (pass); "we're only able to answer three
 *   questions per chat session, and you've reached that limit" then thanks (fail); "My shift is over and I have to log off now.
 *   Bye." (fail); a shift ending mid-search with "if u start a new chat another librarian can keep going" (pass); conduct endings
 *   with no way back and with one (pass); "just google that one" + "I have to get to the others. bye" (fail); "There are other
 *   patrons waiting, so I need to end this chat now." + "Goodbye." (fail); the seed's own "move on to other customers now, but
 *   you're welcome to log back on later" (pass); "your time is up for this session. You're welcome to start a new chat tomorrow"
 *   (fail: the seed's "time is up" with a way back); a disconnect notice that gives "other patrons waiting" as the reason to close
 *   (pass: the patron is gone); shift-change transfers (pass); the service's closing time with no way back (fail); closing after
 *   the patron's "ok" to "Is that what you needed?" (pass); an emergency at the branch with "Please start a new chat" (pass); "a
 *   line of people waiting, so let's wrap up — is there anything else quick I can answer?" (pass); "one more question and then I
 *   have to go" + "OK I have to go now. Bye!" (fail); "I don't have time to argue about this. Closing the chat." (fail);
 *  closing.courteous: "np"; "Closing chat."; "bye" to "thanks for nothing"; a conduct ending that thanks no one; holds as the last
 *   two provider messages; a check-in + a notice with no thanks; a check-in then a system end; "Thank you for understanding!";
 *   "Sorry again it took so long. Thanks for your patience"; "I'm going to go ahead and close out the chat now.";
 *  timing: a hold then 150 s (fail); apologetic holds 110 / 100 / 80 s apart (pass); a hold, the patron leaves, the answer 182 s
 *   after the hold (fail: the span ends at the provider's next message); holds still open when the patron leaves (not counted);
 *   the provider's connection dropping 194 s inside a hold span (fail); "Sorry!! I'm here. So sorry." (no hold) then the answer
 *   140 s later (a wait on the patron: pass); "HELLO???" and "answer me" inside a hold span (do not restart it); the patron's "ok"
 *   answered by "Closing chat." 200 s later (fail); a 70 s and a 95 s pickup; final idles of 265 s (check-in + notice) and 250 s
 *   (check-in only), and idles ended by a goodbye or a notice that invites back (na);
 *  concurrency: four open at once (fail, twice), three at most with one ending as this one starts (pass);
 *  follow-ups: "by tomorrow evening" with the e-mail given and read back (done in 26 h); "someone will get back to you" with no
 *   contact and no time, coded Answered (code and contact fail, on_time pending);
 *  codes: Inappropriate, Lost Call (one patron message), "Patron left", "Unanswered", null after a dropped connection;
 *  referrals: a library's circulation desk, tech line and 2nd-floor desk with phones; a branch manager with e-mail and phone; the
 *   statewide coordinator by e-mail; Legal Aid with a phone but "go to the county law library" with none; "contact the Department
 *   of Labor" and "ask the Westside branch manager" with none; the Fire Marshal by URL and a historical society by phone;
 *   "I'll pass this to … e-resources staff" (staff consulted: no referral);
 *  transfers: notice + note + transfer (pass), notice + transfer without a note (fail), notice + note + transfer to a provider who
 *   never writes (pass; the patron leaves).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - closing.no_dismissal: ending the help for the patron's conduct (harassment, insults, abusive language) passes with or without a
 *   way back (earlier rounds' reading); a shift ending, the service's closing time, "super busy", "I have to get to the others",
 *   "I don't have time to argue" end the help for the provider's (or service's) convenience: fail without a way back, pass with
 *   one ("start a new chat", "log back on later"); a transfer to a colleague at a shift change ends nothing. A limit of questions
 *   ("three questions per chat", "one more question and then I have to go") and "your time is up" fail whatever way back follows
 *   (the limit and time clauses carry no "way back" rider; the seed forbids both words). Saying others are waiting while asking
 *   "is there anything else quick I can answer?" ends no help: pass. Closing after the patron's "ok" to a completeness question, or
 *   closing on a patron who seems gone (even giving "other patrons waiting" as the reason) is an allowed ending, not a dismissal.
 *   A technical drop of the provider's connection is no dismissal.
 * - closing.courteous: "Take care", "Have a good night", "Good luck …", "Bye for now", "bye" say goodbye; "Thanks for your
 *   patience" and "Thank you for understanding!" thank the patron; "np", "Closing chat.", "I'm going to go ahead and close out
 *   the chat now.", "I'm ending it now." and a system "Chat ended by librarian." do not.
 * - A provider message that gives a partial result and says the search goes on ("the Salem Daily Herald … is on microfilm … still
 *   looking for the exact date…") is a hold; "So sorry for the wait", "Sorry!! I'm here. So sorry." and "Oops, sorry — that was
 *   meant for another chat!" are not.
 * - "thats all", "no thats it", "thanks that's all", "that's everything" and (LEFT, the weakest reading) "whatever. that's it" say
 *   the patron is done; "ok", "fine", "i guess", "ok. going over there now" do not.
 * - "Did that work?", "Did you find it there?", "Would that work for you?", "Is that him?", "Does that give you somewhere to
 *   start?" and "Is that the table you need?" ask whether what was given meets the need; "Could I e-mail you what I find?" does not.
 * - A clarifying question that is the provider's only substantive message makes the exchange substantive (info checks apply,
 *   source fails); a patron who sends only insults asked nothing (info checks na). "Google that" names no source.
 * - A supervisor or branch manager the patron is told to reach, and the library's own desks the patron is told to call, are
 *   referrals; staff the provider passes the question to are not.
 * - When the provider's last visible messages are holds (or a transfer notice) and the patron leaves, there is no final idle
 *   (idle, disconnect na) and the open span does not count for keep_informed.
 *
 * COUNTS. Written: 44 whole sessions, all 17 checks labelled in each before it was run: a first batch of 36 and a second of 8
 * (37-44, endings for the provider's or the service's sake and near misses), each batch labelled before its run. First run as
 * labelled / disagreeing: 40 / 4 (first batch 34 / 2, second 6 / 2). Label corrections: 0. Final: 40 running, 4 LEFT (LEFT_WHY
 * below): closing.no_dismissal (others waiting + "is there anything else quick I can answer?" read as a dismissal),
 * followup.completeness ("Is that the table you need?" not read), referral.contact (a desk with its phone lost to a trailing
 * "… or move you to Room 4"), closing.anything_else ("whatever. that's it" not read as done; the weakest reading).
 * The redaction equality of describeSessions holds for every running case (a patron e-mail given in the chat and in
 * `patron.email`).
 *
 * ON v43 after block I's second wave (I14: "a line of people waiting, so let's wrap up — is there anything else quick I can
 * answer?" offers more help; I15: "Is that the table you need?"): 42 running, 2 LEFT (the bare "that's it" after "whatever.",
 * and "… or move you to Room 4" read as a transfer notice that drops the referral).
 *
 * FINAL RUN (`--project scoring`, this file only): 44 tests passed (4 through describeLeft) on the first v43; 44 passed (2
 * through describeLeft) after block I's second wave.
 */
import { describe } from 'vitest';
import { at, describeLeft, describeSessions, FU_ME, type Line, other, type SessionCase, sys, usual } from './helpers';
import { P, as, xfer, session } from './provider-lines';

const HOUR = 3600;

/** A provider of one of the partner libraries of the statewide service. */
const left = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];
const ended = (sec: number, text = 'This chat has been ended by the librarian.'): Line => [sec, 's', text, sys('ended')];
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. Thanks for waiting.`];

/** A session of provider `p` (provider-lines.ts `session`). */
const s = session;

const MAUREEN = P('maureen', 'Maureen', 'LSPL');
const THEO = P('theo', 'Theo', 'CFPL');
const GLORIA = P('gloria', 'Gloria W.', 'WBL');
const ROSALIND = P('rosalind', 'Rosalind', 'HCL');
const OMARI = P('omari', 'Omari', 'HCL');
const ANNA = P('anna', 'Anna P.', 'RPL');
const DANA = P('dana', 'Dana', 'RPL');
const HANK = P('hank', 'Hank', 'PWL');
const JESS = P('jess', 'jess', 'GVL');
const LUCIA = P('lucia', 'Lucia', 'MLS');
const WALT = P('walt', 'Walt', 'NCL');
const BEA = P('bea', 'Bea', 'EGL');
const INES = P('ines', 'Ines', 'SLA');
const KOFI = P('kofi', 'Kofi', 'CML');
const MIRA = P('mira', 'Mira', 'KBL');
const RAUL = P('raul', 'Raul', 'TCL');
const SOOJIN = P('soojin', 'Soo-jin', 'MRL');
const GAIL = P('gail', 'Gail', 'BFL');
const TK = P('tk', 'TK', 'TCL');
const VERN = P('vern', 'Vern', 'LSPL');
const NATE = P('nate', 'Nate', 'BPL');
const PIA = P('pia', 'Pia', 'MBL');
const DOT = P('dot', 'Dot', 'FHL');
const QUINN = P('quinn', 'Quinn', 'WPL');
const LENA = P('lena', 'Lena', 'ECL');
const RAY = P('ray', 'Ray', 'HCRL');
const YARA = P('yara', 'Yara', 'SLA');
const FERN = P('fern', 'Fern', 'ASH');
const COLE = P('cole', 'Cole', 'DVL');
const IVAN = P('ivan', 'Ivan', 'NGL');
const HOPE = P('hope', 'Hope', 'SLA');
const WREN = P('wren', 'Wren', 'CWL');
const ZEKE = P('zeke', 'Zeke', 'SCL');
const PAZ = P('paz', 'Paz', 'LVL');
const BO = P('bo', 'Bo', 'RVL');
const ABBY = P('abby', 'Abby', 'FFL');
const MAX = P('max', 'Max', 'CCL');
const JUN = P('jun', 'Jun', 'SLA');
const ELSA = P('elsa', 'Elsa', 'DVR');
const FINN = P('finn', 'Finn', 'GCL');
const TESS = P('tess', 'Tess', 'MRN');
const HUGO = P('hugo', 'Hugo', 'ERL');
const IVY = P('ivy', 'Ivy', 'PBL');
const JADE = P('jade', 'Jade', 'SLA');
const KAI = P('kai', 'Kai', 'OGL');
const MACK = P('mack', 'Mack', 'WSL');

/** No substantive exchange but a provider joined: the information checks na. */
const quiet = (o: Partial<Parameters<typeof usual>[0]> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...o });

export const hard: SessionCase[] = [
  // 1 angry about a fine a previous librarian "waived"; calm provider, policy URL, circulation desk with phone; "thats all"
  s(MAUREEN, 'fine a desk clerk "waived": apology, home library asked, policy URL, circulation by phone, "still annoying. thats all"', [
    [0, 'p', 'why do i have a $40 fine?? the lady at the desk last week said it was waived. this is ridiculous'],
    queue(4),
    [38, 'l', "Hi, this is Maureen with Ask Us 24/7, I'm a librarian at Lakeshore Public Library. I'm sorry about the mix-up with your fine - let's sort it out."],
    [44, 'l', 'Which library is your card from, and do you remember which item the fine is for?'],
    [90, 'p', 'oak hollow library. its for a laptop charger i returned late. she SAID she would take it off'],
    [100, 'l', "Let me pull up Oak Hollow's fine policy, one moment."],
    [190, 'l', "Oak Hollow's policy is at oakhollowlibrary.example.org/policies/fines - equipment like chargers is $2 a day, up to $40. I can't see or change accounts from this chat, but the circulation supervisor there can remove a fine you were promised: call Oak Hollow Circulation at 608-555-0143 and mention the date and who you spoke with."],
    [196, 'l', 'Does that help you get it taken care of?'],
    [260, 'p', 'i guess. still annoying. thats all'],
    [266, 'l', 'I understand, and I hope they get it straightened out quickly. Thanks for contacting Ask Us 24/7!'],
  ], usual({ referral: 'pass' })),

  // 2 a patron who keeps adding questions; "several other patrons waiting … please start a new chat anytime" (allowed)
  s(THEO, 'keeps adding questions (renew, hold, passes, printing, notary, book lists): others waiting + "start a new chat anytime": allowed', [
    [0, 'p', 'hi can you tell me how to renew books online'],
    [22, 'l', "Hello! You've reached Ask Us 24/7 — I'm Theo, a librarian at Cedar Falls Public Library."],
    [27, 'l', 'Which library is your card from?'],
    [50, 'p', 'millbrook'],
    [58, 'l', "Millbrook's catalog is at millbrook.bibliocommons.example.com — sign in, go to My Account > Checked Out, tick the items and click Renew. Did that work?"],
    [110, 'p', 'yes. also how do i put a hold on a dvd'],
    [118, 'l', "On the DVD's catalog page click Place Hold and pick your pickup branch."],
    [125, 'l', 'Anything else I can help with?'],
    [150, 'p', 'ya what about museum passes, and can i print from home, and does millbrook have a notary'],
    [165, 'l', 'Sure, one at a time: museum passes are at millbrook.example.org/passes — you reserve online up to 2 weeks ahead.'],
    [200, 'p', 'ok and printing?'],
    [210, 'l', 'Mobile printing is on the same site under Services > Print From Anywhere; you pick the pages up at the front desk.'],
    [240, 'p', 'and the notary? and also my kid needs books on volcanoes for 3rd grade and my mom wants large print mysteries'],
    [250, 'l', "I've got several other patrons waiting in the queue, so I'll need to wrap up here — but please start a new chat anytime for the notary and the book lists, and someone will be glad to help."],
    [270, 'p', 'oh ok. thanks'],
    [276, 'l', 'Thanks for your patience, and have a good evening!'],
  ], usual()),

  // 3 a limit of questions, then a polite goodbye: the limit fails whatever the tone
  s(GLORIA, 'a list of questions: "we\'re only able to answer three questions per chat session, and you\'ve reached that limit" then thanks', [
    [0, 'p', 'Hi I have a bunch of questions about the library'],
    [30, 'l', "Hi, I'm Gloria from the Ask Us 24/7 team at Westbrook Library. What's your first question?"],
    [55, 'p', 'how late is the Elm St branch open on saturday'],
    [62, 'l', "Do you mean this coming Saturday? It's a holiday weekend, so hours are different."],
    [80, 'p', 'yes this one'],
    [95, 'l', 'Elm Street is open 10-2 this Saturday; holiday hours are posted at westbrooklib.example.org/hours. Does that answer it?'],
    [120, 'p', 'yes. next: can i return books at a different branch'],
    [128, 'l', 'Yes, any Westbrook branch takes returns, and so does the drive-up bin at City Hall.'],
    [150, 'p', 'ok. can i get a card if i live in another county. and do you have tax forms. and what about ESL classes'],
    [160, 'l', "I'm sorry, but we're only able to answer three questions per chat session, and you've reached that limit."],
    [165, 'l', 'Thanks for chatting with Ask Us 24/7.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 4 a busy night: four chats at once, apologies, a "give me a minute" hold followed by 150 s of nothing
  s(ROSALIND, 'busy night, four chats at once: "So sorry for the wait" greeting, a hold then 150 s, food-truck permits page and a book', [
    [0, 'p', 'do you have any books on starting a food truck business'],
    [48, 'l', "Hi there, Rosalind here with Ask Us 24/7 (Harbor City Library). So sorry for the wait, it's a busy night!"],
    [55, 'l', 'Are you looking for how-to books, or info on permits and licenses in your city?'],
    [90, 'p', "both honestly, mostly permits. I'm in harbor city"],
    [100, 'l', 'Sorry, give me a minute to look that up.'],
    [250, 'l', "Sorry that took a while — I'm juggling a few chats. For permits, the Harbor City Health Department's mobile food vendor page lists every step: harborcity.example.gov/health/mobile-food. For a book, try Running a Food Truck For Dummies, in our catalog at harborcitylibrary.example.org."],
    [256, 'l', 'Does that help?'],
    [300, 'p', 'yes thank you'],
    [306, 'l', 'Anything else tonight?'],
    [330, 'p', 'no thats it'],
    [336, 'l', 'Thanks for your patience — good luck with the truck!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('h4a', 'rosalind', -300, 500), other('h4b', 'rosalind', -60, 700), other('h4c', 'rosalind', 120, 900)],
  }),

  // 5 "a couple of other chats open": three at once at most (one ends as this starts)
  s(OMARI, 'slide scanner, "the guy at the desk had no clue": three chats at most (one ends at this start), a hold of 92 s, "thats all i needed"', [
    [0, 'p', 'does the downtown library have a scanner that does slides? last time i asked the guy at the desk had no clue'],
    [35, 'l', "Hello, I'm Omari, a librarian with Ask Us 24/7 at Harbor City Library. Sorry you got the runaround last time."],
    [40, 'l', 'Just a heads up, I have a couple of other chats open, so I may be a little slow. Is it 35mm slides you want to scan?'],
    [70, 'p', 'yes about 200 of them'],
    [78, 'l', 'Let me check the equipment list.'],
    [170, 'l', "Downtown's Digital Lab has an Epson V850 that scans 35mm slides, 12 at a time; you book it at harborcitylibrary.example.org/digitallab. Is that what you were after?"],
    [215, 'p', 'perfect. thats all i needed'],
    [220, 'l', 'Glad to help, thanks for your patience!'],
  ], usual(), {}, {
    otherIntervals: [other('h5a', 'omari', -400, 0), other('h5b', 'omari', -100, 300), other('h5c', 'omari', 60, 1000)],
  }),

  // 6 a shift change handed over properly: notice, a note why, transfer; Dana finds it
  s(ANNA, 'shift change: "my shift is ending … transfer you to my colleague Dana", a note why, transfer; Dana finds the minutes', [
    [0, 'p', 'I need the minutes from the school board meeting where they voted on the new boundary lines, probably 2022'],
    [25, 'l', 'Good evening, this is Anna at Ask Us 24/7, Riverside Public Library. Do you know which school district?'],
    [60, 'p', 'Fairview County schools'],
    [70, 'l', 'Thanks. Let me look.'],
    [160, 'l', "I'm in their BoardDocs archive now, still digging through 2022."],
    [190, 'l', "I'm so sorry — my shift is ending in a couple of minutes, so I'm going to transfer you to my colleague Dana, who will keep looking. You won't have to repeat anything."],
    [193, 'i', 'Pt needs 2022 Fairview Co school board minutes re: boundary vote. Found BoardDocs, not the meeting yet. My shift ends at 9, thanks!'],
    xfer(196, 'Dana', 'dana'),
    [240, 'l', "Hi, I'm Dana, also with Ask Us 24/7. I've read over your chat — give me a moment to pick up where Anna left off.", as(DANA)],
    [330, 'l', 'Found it: the boundary vote was at the March 14, 2022 meeting. The minutes are on BoardDocs at go.boarddocs.example.com/fairview — click Meetings, 2022, March 14. Is that the meeting you needed?', as(DANA)],
    [380, 'p', "yes!! that's it. thank you both"],
    [386, 'l', 'Anything else I can find for you?', as(DANA)],
    [410, 'p', 'nope'],
    [416, 'l', 'Great — thanks for using Ask Us 24/7, have a good night!', as(DANA)],
  ], usual({ transfer: 'pass' })),

  // 7 "My shift is over and I have to log off now. Bye." with the patron's problem open: no way back
  s(HANK, 'Libby over car Bluetooth: patron says it still fails + a new question, "My shift is over and I have to log off now. Bye."', [
    [0, 'p', 'hey how do i get the audiobook to play in my car thru bluetooth'],
    [30, 'l', 'Hi, Hank at Ask Us 24/7 (Pinewood Library) here.'],
    [35, 'l', 'Are you using Libby on an iPhone or an Android phone?'],
    [70, 'p', 'android'],
    [80, 'l', "In Libby, open the audiobook, then pair the car under Settings > Connected devices; the sound moves to the car once it's paired. Libby's help page has the same steps: help.libbyapp.com. Did that get it going?"],
    [150, 'p', 'no it still plays from the phone speaker. also is there a way to download for offline?'],
    [160, 'l', 'My shift is over and I have to log off now. Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 8 chat-speak provider whose shift ends mid-search, with a way back (new chat) and a referral with phone
  s(JESS, 'obituary 1961 (chat-speak): shift ends mid-search, "if u start a new chat another librarian can keep going" + Salem PL phone', [
    [0, 'p', "Hi, I'm looking for my great-grandmother's obituary, she died in Marion County in 1961"],
    [40, 'l', 'hi! jess w/ Ask Us 24/7, Greenvale Library :)'],
    [44, 'l', 'do u know the town or the month she died?'],
    [90, 'p', 'Salem, in October. Her name was Ruth Albright'],
    [100, 'l', 'ok one sec, checking newspaper archives'],
    [200, 'l', "the Salem Daily Herald for 1961 is on microfilm, and the state library's newspaper index at statelibrary.example.gov/newspapers covers it too. still looking for the exact date…"],
    [230, 'l', "ugh sorry, my shift ends in 5 min and I can't finish this one tonight. if u start a new chat another librarian can keep going, or call Salem PL's reference desk at 503-555-0190 and they can pull the microfilm for u"],
    [260, 'p', 'ok i guess. thanks'],
    [266, 'l', 'thanks for ur patience, and good luck w/ the search!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 9 harassment: a warning, then the chat ended for conduct with no way back; the ending thanks no one
  s(LUCIA, 'branch hours, then harassment: "Please keep the chat to library questions." then "I am ending this chat because of inappropriate comments."', [
    [0, 'p', 'what time does central close tonight'],
    [20, 'l', 'Hi, this is Lucia, a librarian with Ask Us 24/7.'],
    [24, 'l', 'Central is open until 8 tonight; every branch is listed at metrolibrary.example.org/hours.'],
    [50, 'p', 'ur name is lucia? u sound hot lol'],
    [58, 'l', 'Please keep the chat to library questions.'],
    [75, 'p', 'send me a pic of urself ;)'],
    [82, 'l', 'I am ending this chat because of inappropriate comments.'],
    ended(83),
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }), { resolutionCode: 'Inappropriate' }),

  // 10 a swearing patron helped patiently to the end; the survey is a 1 with an angry comment
  s(WALT, 'slow wifi, patron swears: apology, branch + device asked, network guide URL, branch tech line by phone; survey 1', [
    [0, 'p', 'why the hell is the wifi at the library so f***ing slow every single day'],
    [28, 'l', "Hi, I'm Walt, a librarian at Ask Us 24/7. Sorry the wifi has been so frustrating."],
    [34, 'l', 'Which branch are you at, and is it slow on a laptop, a phone, or both?'],
    [80, 'p', "north branch. laptop. it's garbage"],
    [90, 'l', "Thanks. One thing that often helps at North: connect to the 'Library-5G' network instead of 'Library-Guest'; the network guide is at northcountylib.example.org/wifi. If it's still crawling, report it to the branch's tech help line at 410-555-0177 so they can reset the access point."],
    [96, 'l', 'Does that help at all?'],
    [160, 'p', "5g is better i guess. whatever. that's it"],
    [166, 'l', "Glad that's a bit better. Thanks for letting us know, take care."],
  ], usual({ referral: 'pass' }), { survey: { rating: 1, comment: 'wifi still sucks, this library is a joke' } }),

  // 11 a patron who asks for a supervisor: the branch manager with e-mail and phone; the patron leaves
  s(BEA, 'card refused (lease not in her name), "I want to talk to your supervisor": branch manager by e-mail and phone, "fine", leaves', [
    [0, 'p', "I was told I can't get a library card because my lease isn't in my name. That's discrimination"],
    [45, 'l', "Hello, my name is Bea and I'm a librarian with Ask Us 24/7. I'm sorry you ran into that."],
    [52, 'l', 'Which library were you trying to get the card at?'],
    [80, 'p', 'Eastgate'],
    [95, 'l', 'Eastgate accepts other proof of address too: a utility bill, a pay stub, or mail from a government agency dated in the last 30 days. The full list is at eastgatelibrary.example.org/getacard. Does that answer your question?'],
    [140, 'p', 'no. I want to talk to your supervisor'],
    [150, 'l', "I can't transfer you to a supervisor from this chat, but you can reach Eastgate's branch manager, Carla Young, at cyoung@eastgatelibrary.example.org or 860-555-0122."],
    [190, 'p', 'fine'],
    left(191),
    [200, 'l', "I'm sorry this was frustrating. Take care."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 12 a complaint about a previous librarian: the coordinator by e-mail, then last night's question answered
  s(INES, 'complaint about a rude librarian last night: coordinator by e-mail + feedback form, then the property assessment answered', [
    [0, 'p', 'Last night I chatted with someone here and they were really rude and just ended the chat on me. I want to file a complaint.'],
    [55, 'l', "Hi, I'm Ines, a librarian with Ask Us 24/7. I'm really sorry that happened."],
    [62, 'l', "Do you remember about what time the chat was, or the librarian's name? That helps the coordinator find the transcript."],
    [120, 'p', 'around 9pm. it just said Librarian'],
    [130, 'l', 'Thank you. Complaints go to our statewide coordinator, Marcus Bell: e-mail him at askus-coordinator@statelib.example.gov, or use the feedback form at askus247.example.org/feedback. Mention the date and about 9 pm and he can pull the transcript.'],
    [136, 'l', 'Is that what you needed?'],
    [180, 'p', 'yes. and I still need what I asked last night, which was how to find my property tax assessment'],
    [188, 'l', 'I can help with that now. Which county is the property in?'],
    [215, 'p', 'Dunmore county'],
    [222, 'l', 'One moment.'],
    [300, 'l', "Dunmore County's assessments are searchable at dunmorecounty.example.gov/assessor — search by address and the current assessed value is on the first page. Does that give you what you need?"],
    [340, 'p', 'yes finally. thanks'],
    [346, 'l', 'Is there anything else I can help with?'],
    [400, 'p', 'no'],
    [406, 'l', "Thank you for your patience, and again, I'm sorry about last night."],
  ], usual({ referral: 'pass' })),

  // 13 cannot answer (legal): Legal Aid with phone, "go to the county law library" with none; "so basically you can't help me"
  s(KOFI, 'deposit dispute (no legal advice): Legal Aid by phone, "go to the county law library" with no contact, patron frustrated', [
    [0, 'p', "my landlord is keeping my whole deposit and says I damaged the carpet, which I didn't. can he do that"],
    [40, 'l', "Hi, I'm Kofi, a librarian with Ask Us 24/7."],
    [46, 'l', "I can't give legal advice, but I can point you to who can. What state and county are you renting in?"],
    [90, 'p', 'ohio, franklin county'],
    [100, 'l', "Ohio's rules on deposits are explained at ohiolegalhelp.org (search 'security deposit'). For help with your case, call the Legal Aid Society of Columbus at 614-555-0110. You can also go to the county law library and ask for their tenant guides."],
    [150, 'p', "so basically you can't help me"],
    [160, 'l', "I know it's frustrating. The law library can help you find the actual statute, and Legal Aid can tell you if you have a case. Does that give you somewhere to start?"],
    [210, 'p', 'i guess'],
    [216, 'l', "Sorry I couldn't do more. Good luck, and feel free to chat back in anytime."],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 14 the patron leaves mid-search; the provider comes back 182 s after her hold with the answer and a way back
  s(MIRA, 'teen sleep articles: hold at 78, patron "nvm i have to go" and leaves, answer + "feel free to chat again" at 260 (182 s span)', [
    [0, 'p', 'i need peer reviewed articles about screen time and teen sleep for my psych class'],
    [30, 'l', 'Hello! This is Mira from Ask Us 24/7 at Kingsbridge Library.'],
    [36, 'l', 'Is this for a high school or a college class, and do you need them from a certain range of years?'],
    [70, 'p', 'college, last 5 years'],
    [78, 'l', 'Let me run a search for you, one moment.'],
    [140, 'p', 'actually nvm i have to go'],
    left(142),
    [260, 'l', "I found two in Academic Search Premier (kingsbridgelibrary.example.org/databases): Smith & Lee (2021) in the Journal of Adolescent Health and Chen et al. (2022) in Sleep Health. It looks like you've left, but feel free to chat again if you'd like help getting the full text."],
  ], usual({ informed: 'fail', complete: 'fail', anything: 'fail' })),

  // 15 the patron leaves while the provider's last messages are holds: no final idle, no goodbye, no source
  s(RAUL, 'house history: county asked, two holds, patron leaves at 230, chat open to 290: no source, no goodbye', [
    [0, 'p', 'how do i find out who owned my house before me? built in the 1920s'],
    [25, 'l', 'Hi, Raul here, librarian at Ask Us 24/7 (Tri-County Library).'],
    [30, 'l', 'What county is the house in?'],
    [65, 'p', 'tri county, in Oakdale'],
    [75, 'l', 'Give me a minute to look.'],
    [180, 'l', 'Still digging, sorry, one sec.'],
    left(230),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }), { resolutionCode: 'Patron left', endAfter: 60 }),

  // 16 the provider's connection drops (system message) after a hold; no code recorded
  s(SOOJIN, 'prior-year PA-40: URL, "Did you find it there?", patron says page not found, hold, "The librarian\'s connection was lost"; no code', [
    [0, 'p', 'where can i get last years state tax form? the website only shows this year'],
    [35, 'l', "Hi, I'm Soo-jin with Ask Us 24/7, Maple Ridge Library. Which state are you filing in?"],
    [60, 'p', "pennsylvania, it's the 2023 PA-40"],
    [70, 'l', 'Prior-year PA forms are on the Department of Revenue site: revenue.pa.gov, under Forms and Publications > Prior Year Forms. Did you find it there?'],
    [130, 'p', 'it says page not found when I click prior year'],
    [138, 'l', 'Hmm, let me try it on my end — one moment.'],
    ended(150, "The librarian's connection was lost. This chat has ended."),
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 17 the provider drops and rejoins: "So sorry about that, my connection dropped!" 194 s after her hold
  s(GAIL, 'Percy Jackson holds: hold at 56, "Gail has been disconnected", rejoins, "So sorry … Are you still there?" at 250', [
    [0, 'p', 'does the library have the new Percy Jackson book? my son has been asking'],
    [20, 'l', 'Hi! Gail at Ask Us 24/7, Brookfield Library here.'],
    [24, 'l', 'Which library do you usually borrow from?'],
    [50, 'p', 'brookfield main'],
    [56, 'l', 'Checking the catalog now.'],
    [60, 's', 'Gail has been disconnected.'],
    [245, 's', 'Gail has rejoined the chat.'],
    [250, 'l', 'So sorry about that, my connection dropped! Are you still there?'],
    [270, 'p', 'yes'],
    [280, 'l', "Brookfield Main has 3 copies of Wrath of the Triple Goddess, all checked out with 12 holds. You can place a hold at brookfieldlib.example.org/catalog. Would that work for you?"],
    [320, 'p', "ok i'll put a hold. thanks that's all"],
    [326, 'l', "You're welcome! Bye for now."],
  ], usual({ informed: 'fail' })),

  // 18 a curt provider: "hi" + "which branch", the answer, "np"
  s(TK, 'holiday closing (curt): "hi" / "which branch" name no one, answer with URL, patron "ok thanks", provider "np"', [
    [0, 'p', 'hi is the library open on memorial day'],
    [15, 'l', 'hi'],
    [22, 'l', 'which branch'],
    [40, 'p', 'oakdale'],
    [45, 'l', 'closed mon, reopens tue 9am. holiday list: tricountylib.example.org/holidays'],
    [60, 'p', 'ok thanks'],
    [64, 'l', 'np'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 19 "Closing chat." 200 s after the patron's "ok"
  s(VERN, 'renewing a book with a hold: answer with URL and "Does that answer your question?", patron "ok", "Closing chat." 200 s later', [
    [0, 'p', 'can I renew a book that has a hold on it'],
    [42, 'l', 'Good afternoon, Vern at Ask Us 24/7 (Lakeshore Public Library).'],
    [48, 'l', "No — items with holds on them can't be renewed. The renewal rules are at lakeshorelibrary.example.org/renew. Does that answer your question?"],
    [90, 'p', 'ok'],
    [290, 'l', 'Closing chat.'],
  ], usual({ informed: 'fail', clarify: 'fail', anything: 'fail', courteous: 'fail' })),

  // 20 "just google that one", then "I have to get to the others. bye": a dismissal, and no source
  s(NATE, 'first congresswoman from Idaho: 70 s pickup, "super busy … just google that one", "I have to get to the others. bye"', [
    [0, 'p', 'who was the first woman elected to congress from our state (idaho)'],
    [70, 'l', 'hey, Nate at Ask Us 24/7.'],
    [75, 'l', 'sorry, super busy tonight. honestly you can probably just google that one'],
    [100, 'p', 'i did and got different answers, thats why im asking'],
    [108, 'l', 'sorry, I have to get to the others. bye'],
  ], usual({ pickup: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 21 an apologetic provider: holds every 100-110 s ("Sorry this is taking a while — still searching!"); survey 5
  s(PIA, 'photo of Lincoln High 1950s: three apologetic holds 110 / 100 / 80 s apart, archive URL, "no that\'s everything"; survey 5', [
    [0, 'p', "I'm trying to find a photo of my grandfather's high school, Lincoln High in Millersburg, from the 1950s"],
    [30, 'l', "Hello and welcome to Ask Us 24/7! I'm Pia, a librarian at Millersburg Public Library."],
    [36, 'l', 'Are you hoping for a photo of the building itself, or of a class or team from a particular year?'],
    [80, 'p', 'the building, any year in the 50s'],
    [90, 'l', "Let me search our local history collection, I'll be right back."],
    [200, 'l', 'Sorry this is taking a while — still searching!'],
    [300, 'l', 'Sorry again for the wait, still at it. Thank you for bearing with me.'],
    [380, 'l', "Found one! Our Digital Archive has a 1954 photo of Lincoln High: go to millersburglibrary.example.org/archive and search 'Lincoln High 1954'. It's a free download for personal use. Is that the kind of photo you had in mind?"],
    [420, 'p', "oh wow yes, that's exactly it. thank you so much"],
    [426, 'l', 'So glad! Anything else I can help with?'],
    [450, 'p', "no that's everything"],
    [455, 'l', 'Sorry again it took so long. Thanks for your patience, and enjoy the photo!'],
  ], usual(), { survey: { rating: 5, comment: 'Pia was so patient and found exactly what I needed!' } }),

  // 22 "There are other patrons waiting, so I need to end this chat now." + "Goodbye." (no way back)
  s(DOT, 'resume help: Job Center by phone, patron adds three questions, "other patrons waiting, so I need to end this chat now." + "Goodbye."', [
    [0, 'p', 'hi i need help with my resume, can you look at it'],
    [38, 'l', 'Hi, this is Dot at Ask Us 24/7, Fairhaven Library.'],
    [44, 'l', "We can't review documents in chat, but I can point you to resume help. Are you in Fairhaven County?"],
    [80, 'p', 'yes. ok so where do i go'],
    [90, 'l', 'The Fairhaven Job Center does free resume reviews; call them at 207-555-0168 to set one up. Our Career Online guide also has templates: fairhavenlib.example.org/careers. Does that help?'],
    [130, 'p', 'kind of. what about cover letters, and do they help with interviews, and can i use a library computer to print it'],
    [137, 'l', 'There are other patrons waiting, so I need to end this chat now.'],
    [139, 'l', 'Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 23 the seed's own allowance, to an angry patron: "move on to other customers now, but you're welcome to log back on later"
  s(QUINN, 'mill fire 1978 (a long list): Gazette database, Fire Marshal URL, Historical Society phone, "log back on later", "trying to get rid of me"', [
    [0, 'p', 'I need every article the Gazette ran about the mill fire in 1978, plus the fire marshal report, plus the names of everyone who worked there'],
    [40, 'l', "Hi, I'm Quinn, a librarian with Ask Us 24/7 at Westport Library. That's a big project — let's start with the Gazette."],
    [46, 'l', 'Do you know the month of the fire?'],
    [90, 'p', 'august'],
    [96, 'l', 'One moment while I check.'],
    [190, 'l', "The Westport Gazette for 1978 is searchable in our Newspaper Archive database (westportlibrary.example.org/gazette); searching 'mill fire' for August 1978 brings up 6 articles. Does that give you a good start?"],
    [240, 'p', 'ok but I also need the fire marshal report and the employee list. can you get those?'],
    [250, 'l', "The fire marshal's report would come from the State Fire Marshal's office: send a records request through firemarshal.state.example.gov/records. I don't know of a published employee list, but the Westport Historical Society may have company records; call them at 207-555-0137."],
    [300, 'p', 'and what about the lawsuits afterward? and the insurance? and the union?'],
    [310, 'l', "Those are great questions, but I need to move on to other customers now. You're welcome to log back on later and we can keep digging on the lawsuits and union records."],
    [330, 'p', "you're just trying to get rid of me"],
    [340, 'l', "Not at all — it's a busy night and I want to be fair to everyone waiting. Please do come back; thanks for your patience with me."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 24 "the third time I've asked": a follow-up by me with the e-mail given and read back and a day; done in 26 h
  s(LENA, '"third time I\'ve asked": 1930 census, holds, "Could I e-mail you", address read back, "by tomorrow evening"; done in 26 h', [
    [0, 'p', "This is the third time I've asked and nobody can tell me. I need the 1930 census page for my grandfather, Tomasz Nowak, in Erie County"],
    [50, 'l', "Hi, I'm Lena, a librarian with Ask Us 24/7. I'm sorry you've had to ask more than once — let's get it this time."],
    [56, 'l', 'Do you know what town or township he lived in, and roughly how old he was in 1930?'],
    [110, 'p', 'Buffalo, he was about 30'],
    [118, 'l', 'Let me search the census for you.'],
    [230, 'l', "I'm searching the 1930 census in Ancestry Library Edition — still searching, there are several Tomasz and Thomas Nowaks in Buffalo."],
    [330, 'l', "I've narrowed it to two possible entries, and I want to check them against the city directories before I send you the wrong one. Could I e-mail you what I find?"],
    [370, 'p', 'yes. tnowak.family@gmail.com'],
    [378, 'l', "Thanks — so that's tnowak.family@gmail.com. I'll e-mail you the census page and the directory listing by tomorrow evening."],
    [400, 'p', 'ok. please actually do it this time'],
    [406, 'l', 'I will, I promise. Thank you for your patience, and sorry again for the runaround.'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'tnowak.family@gmail.com', phone: null }, followUps: [{ doneAt: at(26 * HOUR) }],
  }),

  // 25 "someone will get back to you" with no contact and no time, coded Answered
  s(RAY, 'vanished Libby hold, "someone deleted it": "I\'ll pass this to Hillcrest\'s e-resources staff and someone will get back to you"; coded Answered', [
    [0, 'p', 'my hold on the Great Gatsby audiobook disappeared!! I was #2 and now its gone. what the heck'],
    [36, 'l', "Hi, this is Ray at Ask Us 24/7 (Hillcrest Library). Sorry about that, that's frustrating."],
    [42, 'l', 'Was it a hold in Libby, or in the library catalog?'],
    [75, 'p', 'libby'],
    [82, 'l', "Libby holds can drop off if the card expires or the library's license for the title ends. Libby's help article on this is at help.libbyapp.com (search 'hold missing')."],
    [88, 'l', 'Does that explain it?'],
    [130, 'p', 'no my card is fine. someone deleted it'],
    [140, 'l', "I can't see accounts from here, so I'll pass this to Hillcrest's e-resources staff and someone will get back to you."],
    [160, 'p', 'fine'],
    [166, 'l', 'Thanks for your patience!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 26 insults from the first message, no question; ended for conduct
  s(YARA, 'insults only ("ur all useless idiots lmao", "shut up loser lol"): "This chat is for library questions. I\'m ending it now."', [
    [0, 'p', 'ur all useless idiots lmao'],
    [25, 'l', "Hello, you've reached Ask Us 24/7. This is Yara, a librarian."],
    [30, 'l', 'Do you have a library question I can help with?'],
    [45, 'p', 'shut up loser lol'],
    [52, 'l', "This chat is for library questions. I'm ending it now."],
    ended(53),
  ], quiet({ courteous: 'fail' }), { resolutionCode: 'Inappropriate' }),

  // 27 a rude 7th grader: ended for the language, with a way back
  s(FERN, 'Civil War project, "just do it for me", "f*** off": "I\'m going to end our chat now … you\'re welcome to start a new chat"', [
    [0, 'p', 'need a book about the civil war for my 7th grade project'],
    [30, 'l', "Hi there! I'm Fern, a librarian with Ask Us 24/7, Ashford Library."],
    [36, 'l', 'Is there a part of the Civil War your project is about, like a battle or a person?'],
    [60, 'p', 'idk just do it for me'],
    [66, 'l', "I can help you find sources, but I can't do the project for you. What did your teacher assign?"],
    [90, 'p', 'this is stupid ur stupid'],
    [95, 'p', 'f*** off'],
    [102, 'l', "I'm going to end our chat now because of the language. If you'd like help finding Civil War books later, you're welcome to start a new chat."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail' }), { resolutionCode: 'Inappropriate' }),

  // 28 a curt refusal: "contact the Department of Labor" with no way to reach it; "thanks for nothing"; "bye"
  s(COLE, 'unemployment claim (curt): "We can\'t fill out claims … contact the Department of Labor." no contact; "thanks for nothing"; "bye"', [
    [0, 'p', 'can you help me fill out my unemployment claim, the site keeps kicking me out'],
    [55, 'l', 'Hi, Cole from Ask Us 24/7.'],
    [60, 'l', "We can't fill out claims for people. You'll need to contact the Department of Labor."],
    [90, 'p', 'wow ok thanks for nothing'],
    [95, 'l', 'bye'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 29 the patron goes quiet: check-in, then "it seems you've disconnected. I have other patrons waiting, so I'm closing this chat now."
  s(IVAN, 'museum pass: patron silent after the answer, check-in at 215, "seems you\'ve disconnected … other patrons waiting, so I\'m closing" at 340', [
    [0, 'p', 'how do I get a museum pass for the science center'],
    [28, 'l', 'Hi, Ivan at Ask Us 24/7, Northgate Library here.'],
    [32, 'l', 'Do you have a Northgate library card?'],
    [70, 'p', 'yes'],
    [80, 'l', 'Great. Science Center passes are reserved at northgatelibrary.example.org/passes — log in with your card, pick a date, and print the pass. Does that answer your question?'],
    [215, 'l', 'Are you still there?'],
    [340, 'l', "I haven't heard back, so it seems you've disconnected. I have other patrons waiting, so I'm closing this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 30 lost in the queue: a 95 s pickup with an apology, then "It looks like you've left the chat. Please come back anytime!"
  s(HOPE, 'Sunday hours, lost in the queue: patron leaves at 80, "so sorry about the wait tonight!" at 95, "Please come back anytime!"; Lost Call', [
    [0, 'p', 'are you guys open on sunday'],
    queue(5, 3),
    left(80),
    [95, 'l', 'Hi, this is Hope at Ask Us 24/7 — so sorry about the wait tonight!'],
    [100, 'l', "It looks like you've left the chat. Please come back anytime!"],
  ], quiet({ pickup: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 31 "your time is up for this session" with a way back: fails (the seed's "time is up")
  s(WREN, 'genealogy list: draft card found, probate court by URL, then "your time is up for this session. You\'re welcome to start a new chat tomorrow"', [
    [0, 'p', "I need help with my genealogy, I've got a list"],
    [40, 'l', "Hi, I'm Wren, a librarian with Ask Us 24/7 at Clearwater Library. What's first on your list?"],
    [80, 'p', "my great uncle's WWII draft card. Henry Voss, born 1910 in Ohio"],
    [88, 'l', 'Do you know what county he lived in around 1940?'],
    [120, 'p', 'Lucas county'],
    [128, 'l', 'One moment.'],
    [220, 'l', "WWII draft cards are in FamilySearch's free collection 'United States World War II Draft Registration Cards, 1942' at familysearch.org. There's a Henry Voss, born 1910, in Toledo (Lucas County). Is that him?"],
    [270, 'p', "yes!! ok next, his brother Carl, also his marriage record, and where they're buried"],
    [278, 'l', "Carl's card should be in the same collection. For marriages before 1950, contact the Lucas County Probate Court: lucascountyohio.example.gov/probate."],
    [330, 'p', 'great and the burials? and his immigration papers? and the farm deed?'],
    [338, 'l', "I'm sorry, but your time is up for this session. You're welcome to start a new chat tomorrow for the rest."],
    [345, 'p', 'seriously?'],
    [350, 'l', 'Thanks for chatting with Ask Us 24/7. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 32 several chats at once: a message meant for another chat, "Oops, sorry — that was meant for another chat!"; four open
  s(ZEKE, 'hotspot loan: a link meant for another chat, "Oops, sorry … I\'ve got a few going at once", four chats open at once', [
    [0, 'p', "what's the loan period for a hotspot"],
    [40, 'l', 'Hi, Zeke at Ask Us 24/7, Summit County Library.'],
    [45, 'l', 'Do you mean the mobile hotspots you borrow from Summit County Library?'],
    [70, 'p', 'yes'],
    [80, 'l', 'The LearningExpress database is at summitlib.example.org/databases'],
    [86, 'l', "Oops, sorry — that was meant for another chat! I've got a few going at once."],
    [92, 'l', 'Hotspots check out for 14 days, no renewals; details at summitlib.example.org/hotspots. Does that answer it?'],
    [130, 'p', 'lol ok. yes thanks'],
    [136, 'l', 'Anything else?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Thanks, have a good night!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('h32a', 'zeke', -200, 400), other('h32b', 'zeke', -50, 300), other('h32c', 'zeke', 100, 250)],
  }),

  // 33 the patron gives up while asked to clarify: "ugh forget it, you people never actually help"
  s(PAZ, '"i need a book": clarifying question, "ugh forget it, you people never actually help", leaves; "You\'re welcome to come back anytime."', [
    [0, 'p', 'i need a book'],
    [35, 'l', "Hi! I'm Paz, a librarian at Ask Us 24/7."],
    [40, 'l', 'Happy to help — do you have a title or author in mind, or a subject?'],
    [100, 'p', 'ugh forget it, you people never actually help'],
    left(101),
    [110, 'l', "I'm sorry to hear that. You're welcome to come back anytime."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail' }), { resolutionCode: 'Unanswered' }),

  // 34 a check-in, then the librarian ends the chat with no notice and no goodbye
  s(BO, 'summer reading link (chat-speak): "did that work?", patron silent, "u still there?" at 190, "Chat ended by librarian." at 300', [
    [0, 'p', 'can u send me the link for the summer reading signup'],
    [25, 'l', 'hi, Bo @ Ask Us 24/7 (Ridgeview Library)'],
    [30, 'l', 'for kids or adults?'],
    [50, 'p', 'kids'],
    [55, 'l', 'here u go: ridgeviewlib.example.org/summer — pick ur branch and add each kid. did that work?'],
    [190, 'l', 'u still there?'],
    ended(300, 'Chat ended by librarian.'),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 35 an apologetic provider: "Sorry!! I'm here. So sorry." (no hold) then 140 s before the answer: a wait on the patron
  s(ABBY, 'study room double-booked, "hello?? are you there": "Sorry!! I\'m here. So sorry." then the answer 140 s later, desk by phone', [
    [0, 'p', 'I reserved a study room for 3pm and when I got here the room was taken. This is the second time!'],
    [30, 'l', "Hi, I'm Abby with Ask Us 24/7, at Fairfield Library. I'm so sorry, that's really frustrating."],
    [36, 'l', 'Which branch are you at right now?'],
    [60, 'p', 'fairfield main'],
    [150, 'p', 'hello?? are you there'],
    [160, 'l', "Sorry!! I'm here. So sorry."],
    [300, 'l', 'Your booking shows for Room 2 at 3pm. Call the 2nd-floor desk at 203-555-0150 (or walk over) and they can ask the group to leave or move you to Room 4, which is free until 5. Bookings are at fairfieldlib.example.org/rooms if you want to check.'],
    [306, 'l', 'Sorry again! Does that help?'],
    [340, 'p', 'ok. going over there now'],
    [346, 'l', 'Sorry for the hassle, and thanks for letting us know!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 36 a shift-change transfer with the notice but no note to the receiving provider
  s(MAX, 'SNAP: "I\'m at the end of my shift, so I\'m transferring you to Jun" with no internal note; Jun goes through the limits', [
    [0, 'p', 'do you have any info on applying for SNAP benefits'],
    [30, 'l', 'Hi there, Max at Ask Us 24/7 (Cedar County Library). Are you applying for yourself or someone else?'],
    [70, 'p', 'for me and my 2 kids'],
    [80, 'l', 'Thanks. The state application is online at benefits.state.example.gov/snap. Is that what you needed?'],
    [120, 'p', 'yes but i dont know if i qualify'],
    [126, 'l', "Sorry — I'm at the end of my shift, so I'm transferring you to Jun, who can go through the income limits with you."],
    xfer(128, 'Jun', 'jun'),
    [190, 'l', "Hi, Jun here with Ask Us 24/7! Let's look at the limits. About how much does your household earn a month? It doesn't have to be exact.", as(JUN)],
    [230, 'p', 'about 2800'],
    [240, 'l', "For a household of 3 the gross monthly limit is about $3,400, so you'd likely qualify; the chart is at benefits.state.example.gov/snap/eligibility. Does that help?", as(JUN)],
    [280, 'p', "yes thank you so much, that's all"],
    [286, 'l', "You're welcome, good luck with the application!", as(JUN)],
  ], usual({ transfer: 'fail' })),
];

/** The second batch (37-44), labelled before its run: endings for the provider's or the service's sake, and near misses. */
export const hard2: SessionCase[] = [
  // 37 the service's closing time, no way back
  s(ELSA, 'APA citation of an EPA report: patron asks two more things, "Our chat service closes at 10 and it\'s 9:58, so I have to end the chat now."', [
    [0, 'p', 'how do I cite a government report in APA'],
    [30, 'l', 'Hi! Elsa here, a librarian with Ask Us 24/7 at Dover Library.'],
    [35, 'l', 'Is the report from a federal agency, like the CDC, or a state one?'],
    [70, 'p', 'federal, its from the EPA'],
    [80, 'l', "Purdue OWL's APA page on government reports shows the pattern: owl.purdue.edu (search 'APA government report'). It's Agency. (Year). Title (Report No.). URL. Does that help?"],
    [130, 'p', "kind of, but what if there's no report number? and what about in-text"],
    [136, 'l', "Our chat service closes at 10 and it's 9:58, so I have to end the chat now."],
    [140, 'l', 'Have a good night.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 38 closing after the patron's "ok" to the completeness question: no dismissal, but no courtesy either
  s(FINN, 'library hours: "Is that what you needed?", patron "ok", "I\'m going to go ahead and close out the chat now."', [
    [0, 'p', 'what time does the xenia library close tonight'],
    [20, 'l', "Hi, I'm Finn, librarian at Ask Us 24/7."],
    [25, 'l', 'The Xenia branch of Greene County, Ohio?'],
    [45, 'p', 'yes'],
    [52, 'l', 'Xenia closes at 8 tonight; all hours are at greenelibrary.example.org/hours. Is that what you needed?'],
    [90, 'p', 'ok'],
    [96, 'l', "I'm going to go ahead and close out the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 39 an emergency at the provider's branch mid-search, with a way back and thanks
  s(TESS, 'a school library book: hold, then "there\'s an emergency at my branch and I have to step away … Please start a new chat"', [
    [0, 'p', "Is there a way to see if my son's school library has a book? He's at Lincoln Elementary"],
    [25, 'l', 'Hi, Tess with Ask Us 24/7, Marion Library here.'],
    [30, 'l', "Do you know the book's title?"],
    [60, 'p', 'Dog Man: Twenty Thousand Fleas Under the Sea'],
    [66, 'l', 'Let me check.'],
    [130, 'l', "I'm so sorry — there's an emergency at my branch and I have to step away right now. Please start a new chat and another librarian will pick this up with you. Thank you for understanding!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail' }), { resolutionCode: 'Unanswered' }),

  // 40 "a line of people waiting, so let's wrap up — is there anything else quick I can answer?": no ending of the help
  s(HUGO, 'Libby audiobooks + kids + magazines: "a line of people waiting, so let\'s wrap up — is there anything else quick?", "no thats fine"', [
    [0, 'p', 'hi how do i download audiobooks'],
    [40, 'l', 'Hi, Hugo with Ask Us 24/7 (Elk River Library). Which app are you using, Libby or hoopla?'],
    [70, 'p', 'libby, but i also want to ask about ebooks for kids, and magazines, and movies'],
    [80, 'l', "Audiobooks: in Libby tap the title, Borrow, then the download arrow; steps at help.libbyapp.com. Kids' ebooks are under the Kids collection in the same app. Does that get you going?"],
    [120, 'p', 'yes. and magazines?'],
    [126, 'l', 'Magazines are in Libby too, under Explore > Magazines.'],
    [132, 'l', "I've got a line of people waiting, so let's wrap up — is there anything else quick I can answer?"],
    [160, 'p', 'no thats fine'],
    [166, 'l', 'Great, thanks for chatting!'],
  ], usual()),

  // 41 "one more question and then I have to go", then "OK I have to go now. Bye!"
  s(IVY, 'GED prep: four questions at once, "ok, one more question and then I have to go.", one answered, "OK I have to go now. Bye!"', [
    [0, 'p', 'do you have test prep books for the GED'],
    [30, 'l', 'Hello, Ivy at Ask Us 24/7 here, from Pine Bluff Library.'],
    [35, 'l', 'Do you want print books, or online practice tests?'],
    [60, 'p', 'both'],
    [70, 'l', 'We have Kaplan GED Test Prep in print (search the catalog at pinebluff.example.org), and free online practice tests in LearningExpress Library under Databases. Does that help?'],
    [110, 'p', 'yes. what about the math part specifically, and how much does the test cost, and can i take it online'],
    [118, 'l', 'ok, one more question and then I have to go.'],
    [140, 'p', 'how much does it cost'],
    [150, 'l', "The GED costs about $30 per subject in most states; ged.com lists your state's price."],
    [155, 'l', 'OK I have to go now. Bye!'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 42 a patron who shouts during the search ("HELLO???", "answer me"): the patron's messages do not restart the wait
  s(JADE, 'Kansas counties 1900: hold at 76, patron "HELLO???" and "answer me", "still working on it — thanks for your patience" at 160, table at 240', [
    [0, 'p', 'I need the population of every county in Kansas in 1900'],
    [35, 'l', "Hi, I'm Jade, a librarian with Ask Us 24/7."],
    [40, 'l', 'Do you need it as a table you can download, or just the numbers?'],
    [70, 'p', 'a table'],
    [76, 'l', 'Let me look, one moment.'],
    [140, 'p', 'HELLO???'],
    [150, 'p', 'answer me. this is taking forever'],
    [160, 'l', "I'm still working on it — thanks for your patience, it'll be just another minute."],
    [240, 'l', "Here it is: the 1900 census volume 'Population, Part 1' has a county table for Kansas, free as a PDF on census.gov (search '1900 census population part 1'), table 5. Is that the table you need?"],
    [290, 'p', 'finally. yes'],
    [296, 'l', 'Anything else I can help with?'],
    [330, 'p', 'no'],
    [335, 'l', 'Thanks for chatting with us!'],
  ], usual()),

  // 43 a shift ends: "another librarian will be with you shortly", note, transfer, and nobody comes; the patron leaves
  s(KAI, 'citizenship class: "My shift just ended, so another librarian will be with you shortly", note, transfer to Lee, nobody writes, patron leaves', [
    [0, 'p', 'can you tell me when the next citizenship class is at the library'],
    [40, 'l', "Hi there, I'm Kai with Ask Us 24/7 at Oak Grove Library. Which library are you near?"],
    [70, 'p', 'oak grove main'],
    [80, 'l', "My shift just ended, so another librarian will be with you shortly — I've passed along your question."],
    [82, 'i', "my shift's over — citizenship class at Oak Grove Main, pt just needs the next date. thx"],
    xfer(85, 'Lee', 'lee'),
    left(290),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', transfer: 'pass' }), { resolutionCode: 'Patron left' }),

  // 44 a rude provider: "I don't have time to argue about this. Closing the chat."
  s(MACK, 'chess club cancelled, angry patron: events URL, "ask the Westside branch manager" (no contact), "I don\'t have time to argue about this. Closing the chat."', [
    [0, 'p', 'why did you guys cancel the chess club at westside, nobody asked us'],
    [30, 'l', 'Hi, Mack at Ask Us 24/7.'],
    [36, 'l', 'Program changes are posted at westsidelib.example.org/events. If you want to know why, ask the Westside branch manager.'],
    [60, 'p', 'thats not an answer. you people never listen. I want to know WHO decided this'],
    [70, 'l', "I don't have time to argue about this. Closing the chat."],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'fail' })),
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // info.source (v48)
  '"third time I\'ve asked": 1930 census, holds, "Could I e-mail you", address read back, "by tomorrow evening"; done in 26 h':
    'info.source: got fail ("answered without any URL, named resource or contact"), RUBRIC pass: msg 6 names the database searched ("I\'m searching the 1930 census in Ancestry Library Edition — still searching"); older: a hold that names where it searches gives no source in any version, and v47 passed the session only through the patron\'s own e-mail read back ("so that\'s tnowak.family@gmail.com"), which v48 N2 reads as no source',
  // closing.no_dismissal (batch 2, 40)
  // followup.completeness (batch 2, 42)
  // referral.contact (batch 1, 35)
  'study room double-booked, "hello?? are you there": "Sorry!! I\'m here. So sorry." then the answer 140 s later, desk by phone':
    'referral.contact: got na ("no referral to a person or organisation outside the chat"), RUBRIC pass: msg 7 "Call the 2nd-floor desk at 203-555-0150 (or walk over) and they can ask the group to leave or move you to Room 4, …" tells the patron to call the library\'s own desk, with its phone; the clause "… or move / send you to <a place>" after it erases the referral (so does "Call the Legal Aid Society at 614-555-0110 and they can take your case or send you to Room 4 at the courthouse").',
  // closing.anything_else (batch 1, 10)
  'slow wifi, patron swears: apology, branch + device asked, network guide URL, branch tech line by phone; survey 1':
    'closing.anything_else: got fail ("never asked whether the patron needed anything else, and the patron never said they were done"), RUBRIC pass: msg 6, the patron\'s "5g is better i guess. whatever. that\'s it" says on their own that they are done (the "whatever." rules out "yes, that\'s it" = the right answer); bare "that\'s it" / "thats it" fail, "ok that\'s it" / "no thats it" pass. The weakest of the four: "that\'s it" alone can confirm an answer.',
};

describe('forty-second round: difficult sessions, checked', () => {
  describeSessions('whole sessions', [...hard, ...hard2].filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', [...hard, ...hard2].filter((c) => c.name in LEFT_WHY));
});
