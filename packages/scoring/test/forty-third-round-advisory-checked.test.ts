/**
 * Forty-third round, advisory, checked: READERS' ADVISORY, PROGRAMS AND EVENTS. Whole sessions of public-library "ask a
 * librarian" chat in which patrons look for their next book or for something on the events calendar: what to read after a TV
 * series (Slow Horses, Bridgerton), road-trip audiobooks for a family, large print for an 87-year-old mother, a book club kit
 * and a set of copies, discussion questions, graphic novels for a reluctant reader, epic and cozy fantasy, romantasy, sci-fi,
 * memoir audiobooks, manga, gentle WWII fiction for an older patron, a Book Bundle of personal picks; storytimes (baby, toddler,
 * bilingual), an ESL conversation group, an author talk, tax help days, the makerspace, museum passes, meeting rooms, a kids'
 * chess club, Lego Club, a knitting group, a seed library, the summer reading kickoff, a coding camp waitlist, a genealogy
 * workshop, a teen board-games night. Providers suggest titles from the catalogue, NoveList and Libby, place or point to
 * holds and ask whether the suggestions suit. Registers: chat-speak, a teen librarian's lower case, a non-native patron,
 * British English, an older patron ("Hello dear"), a parent writing about a child, Spanish. Every one of the 17 checks
 * labelled in every session, from RUBRIC.md read literally, before the session was run.
 *
 * SHAPES TRIED:
 *  opening: pickups at 12-45 s, at exactly 60 s (pass), at 95 s after a queue message (fail); `pickedUpAt` at 25 s with the
 *   first message at 150 s; a welcome macro at 3 s ("A librarian will be with you in a moment", a hold); a greeting split over
 *   "Hello and welcome!" + "I'm Dana, one of the librarians here at Ask Us"; "Hi there! 👋" + a question, the name only in the
 *   fifth provider message (fail); a teen librarian under a screen name who names herself in the text;
 *  waits: holds every 92-110 s through NoveList searches, a partial result "while I keep looking" (a hold); "ok one sec" then
 *   145 s; "I'll poke around in NoveList and see what turns up." then 140 s; the patron's "ok great" and "Let me write these
 *   down" left 150 s and 130 s without a word (waits on the provider); an internal question to colleagues (does not end the
 *   wait) and a patron "?" (does not restart it), 148 s; the patron leaving during a hold and the answer 132 s after the hold;
 *   "Sure, take your time!" (no hold) before a 256 s absence of the patron; a transfer announcement as a hold;
 *  clarifying: appeal ("what hooked you most"), ages and format, branch, "is it open to the public?", a restatement with no
 *   question mark ("So you want a history of the band for your husband's birthday."); titles given before any question (fail);
 *  sources: titles with authors (no quotes), catalogue URLs, Libby via a URL, events-calendar URLs, NoveList; times read from
 *   memory with no source (fail); only apps named ("Libby and Hoopla … download the apps") with no way to reach them (fail);
 *  completeness: "Do any of those sound like your kind of thing?", "Would those work for the car?", "Any of those grab you?",
 *   "Does that sound like something she would enjoy?", "Think he'd go for any of those?", "How do those sound?", "Does that
 *   work for your group?", "Would the 26th work for you?", "¿Le sirve esta información?"; "Would a list … be useful?" asked
 *   only before the answer (fail);
 *  closing: patrons done ("thats all i needed", "Is all what I need." (non-native), "im all set", "es todo", "That's all.",
 *   "that's all for now") or not ("yes thanks", "ok", "No, thank you" after the question); a limit of five recommendations per
 *   chat (critical fail); "My shift is over now, so I have to close this chat." + "Bye." (critical fail); "other patrons waiting
 *   … please chat back in later" (allowed); no goodbye after the patron's "ok" (courteous fails);
 *  endings: check-in, then a notice that invites back (a Goodbye: the final idle ends at it, 250 s and 254 s); one message
 *   asking "Are you still there?", saying the connection seems lost and inviting back (not a Goodbye: the idle runs to the
 *   end, 280 s); a check-in and then the session just ends (175 s: idle pass, notice na, courteous fail); a goodbye exactly
 *   120 s after the answer with no check-in (idle fail);
 *  follow-ups: a longer list by e-mail "by tomorrow afternoon", e-mail read back, done in 20 h; "I'll dig around for more …
 *   and send them over", e-mail read back, no time, coded Answered; "Someone from Outreach will contact you by Thursday" with
 *   the e-mail only in `patron.email`, done in 50 h; "email you by Friday", done after 80 h; "someone from your branch will get
 *   in touch" with no contact anywhere (code fails, pending); a phone read back and "by Monday", done in 60 h;
 *  codes: a true Lost Call, Lost Call after two and after four patron messages, null;
 *  referrals: the library's Outreach office with phone and e-mail, the Literacy Council, the AARP Tax-Aide booking line, the
 *   makerspace team's e-mail (own department); "call the aquarium" with no number and "stop by the Information Desk at the
 *   Main Library and ask for Carol, our adult programming coordinator" (no way to reach, fail);
 *  transfers: notice + internal note before the transfer (pass), notice only (Spanish, fail), note written after it (fail);
 *  concurrency: four chats at once (fail); three at most with touching intervals at both ends (pass); a transfer where the
 *   transferring provider had four open before it (fail) and the receiving one only two after it.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a named book (title, usually with its author, no quotes) is a source (RUBRIC: "a named resource (… a book …)"); "Libby and
 *   Hoopla both have thousands of audiobooks … download the apps" names apps with no way to reach them and no title: no source;
 *   a program's time and room from memory ("Baby Rhyme Time is Wednesdays at 10:15 …") is an answer with no source;
 * - a question whether suggestions suit the patron or the person they are for ("Think he'd go for any of those?", "How do
 *   those sound?", "Any of those grab you?", "Does that sound like something she would enjoy?") or whether an offered
 *   alternative meets the need ("Does that work for your group?", "Would the 26th work for you?" after the 26th was given)
 *   asks whether the information given meets the need; "Would a list … be useful?" before the list does not;
 * - "I'll poke around in NoveList and see what turns up." announces that the provider is looking something up: a hold;
 * - `pickedUpAt` at 25 s and the first message at 150 s: the patron waits on the provider 125 s after pickup, a span longer
 *   than 120 s (keep_informed fails; the wait before pickup is pickup's alone);
 * - the patron leaving during a hold does not end the wait on the provider (only a provider message ends it), so an answer
 *   132 s after the hold fails keep_informed even though the patron had gone;
 * - "Is all what I need." (non-native), "im all set", "es todo", "that's all for now" say the patron is done;
 * - "I'll dig around for more in-depth ones and send them over." promises to find and send more later: a follow-up session;
 *   "Someone from Outreach will contact you by Thursday" / "someone from your branch will get in touch" too;
 * - "stop by the Information Desk at the Main Library and ask for Carol, our adult programming coordinator" tells the patron to
 *   visit a named specialist of the library's own: a referral, and "the Main Library" is no postal address, so no way to reach
 *   her; the Conversation Circle "meets at the Eastside Branch" says where a program is, not a referral;
 * - "I'll check with the Harborview children's librarian" and "I'll send your request to the Millbrook Corners staff" are
 *   staff consulted on the patron's behalf, not referrals;
 * - "Enjoy the book, bye for now!", "Yay! Thanks for stopping by the chat 😊", "¡Gracias a usted!" are goodbyes / thanks.
 *
 * COUNTS. Written: 41 whole sessions, all 17 checks labelled in each before it was run: a first batch of 36 (01-36) and a
 * second of 5 (37-41), each labelled before its run (copies of the labels kept outside the repo).
 * First run as labelled / disagreeing: 36 / 5 (first batch 33 / 3: cases 05, 07, 16; second batch 3 / 2: cases 37, 39).
 * Label corrections: 0.
 * Final: 36 running, 5 LEFT (below, with LEFT_WHY): followup.completeness 3 (05 "Think he'd go for any of those?", 37 "How do
 * those sound?", 39 "Would the 26th work for you?", each read as no completeness question), interest.keep_informed 1 (37,
 * "I'll poke around in NoveList and see what turns up." read as no hold), closing.anything_else 1 (07, "Is all what I need."
 * read as not done), a follow-up promise missed (16, "I'll dig around … and send them over": resolution.code,
 * followup.contact, followup.on_time).
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a patron phone in the chat, an
 * e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 41 tests passed (5 through describeLeft).
 *
 * V44 (after this file was written, v44's fourth wave): 1 of the 5 LEFT cases reads as labelled now and runs with the others:
 * 07 ("Is all what I need.", J28). 05 ("Think he'd go for any of those?") was read by a widening of J4 that its check
 * withdrew. Final under v44: 37 running, 4 LEFT (05, 16, 37, 39).
 */
import { describe } from 'vitest';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual, all } from './helpers';
import { type Prov, P, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n: number): Line => [sec, 's', `You are number ${n} in the queue.`];

const NELL: Prov = P('nell', 'Nell', 'MPL');
const DARNELL: Prov = P('darnell', 'Darnell', 'HCL');
const RUTHANNE: Prov = P('ruthanne', 'Ruthanne B.', 'BPL');
const MARISOL: Prov = P('marisol', 'Marisol', 'EVL');
const GRETA: Prov = P('greta', 'Greta', 'FHL');
const OSCAR: Prov = P('oscar', 'Oscar', 'LPL');
const TOMASZ: Prov = P('tomasz', 'Tomasz', 'WPL');
const PRIYA: Prov = P('priya', 'Priya S', 'OPL');
const THEO: Prov = P('theo', 'Theo', 'RCL');
const JUN: Prov = P('jun', 'Jun', 'CFPL');
const BEA: Prov = P('bea', 'Bea', 'NGL');
const KEN: Prov = P('ken', 'Ken', 'COOP');
const DEV: Prov = P('dev', 'Dev Patel', 'WSB');
const KAI: Prov = P('kai', 'Kai', 'GFL');
const LUCIA: Prov = P('lucia', 'Lucía M.', 'GFL');
const SAM: Prov = P('sam', 'Sam', 'LVL');
const HANNAH: Prov = P('hannah', 'Hannah', 'MWPL');
const ALMA: Prov = P('alma', 'Alma', 'RVL');
const LEO: Prov = P('leo', 'Leo', 'APL');
const FRANCES: Prov = P('frances', 'Frances', 'PHL');
const RAFAEL: Prov = P('rafael', 'Rafael', 'SBL');
const DEVI: Prov = P('devi', 'Devi', 'BWL');
const QUINN: Prov = P('quinn', 'Quinn', 'EWL');
const WENDELL: Prov = P('wendell', 'Wendell', 'MCL');
const NOOR: Prov = P('noor', 'Noor', 'KGL');
const SADIE: Prov = P('sadie', 'Sadie', 'CWL');
const GLENN: Prov = P('glenn', 'Glenn', 'HPCL');
const IVAN: Prov = P('ivan', 'Ivan', 'DPL');
const DANA: Prov = P('dana', 'Dana', 'ASK');
const BERNADETTE: Prov = P('bernadette', 'Bernadette', 'CVPL');
const YUSUF: Prov = P('yusuf', 'Yusuf', 'HOL');
const KIT: Prov = P('kit', 'kit_teenlib', 'HRW');
const MATEO: Prov = P('mateo', 'Mateo', 'BSPL');
const PAULA: Prov = P('paula', 'Paula', 'CLS');
const MONA: Prov = P('mona', 'Mona', 'FWL');
const CORA: Prov = P('cora', 'Cora', 'ACL');
const ELLIE: Prov = P('ellie', 'Ellie', 'KBL');
const INES: Prov = P('ines', 'Ines', 'LKL');
const ZARA: Prov = P('zara', 'Zara', 'QHL');
const HUGO: Prov = P('hugo', 'Hugo', 'BPLC');
const VERA: Prov = P('vera', 'Vera', 'TDL');
const OWEN: Prov = P('owen', 'Owen', 'TDL');
const MAEVE: Prov = P('maeve', 'Maeve', 'CBL');
const AMIR: Prov = P('amir', 'Amir', 'FWK');

export const advisory: SessionCase[] = [
  // 01 after a TV series: clarifying the appeal, a hold, a partial result that says the search goes on, titles, "any of those"
  s(NELL, '01 after Slow Horses (TV): appeal asked, hold, partial result "while I keep looking", titles + catalogue, patron done', [
    [0, 'p', 'just finished slow horses on apple tv and i need something to read that scratches the same itch. any ideas'],
    [24, 'l', "Hi! I'm Nell, a readers' advisory librarian at Millbrook Public Library. Love that show."],
    [31, 'l', 'What hooked you most: the grumpy misfit team, the London spy plotting, or the dark humour?'],
    [70, 'p', 'the misfits + jackson lamb being disgusting lol. and the humour. i dont want anything too serious'],
    [78, 'l', 'Ha, fair. Let me pull a few read-alikes, give me a minute or two.'],
    [185, 'l', "Quick one while I keep looking: the show is based on Mick Herron's Slough House novels, and the first book is also called Slow Horses. We have it in print, ebook and audio."],
    [290, 'l', "A couple more with the same snark: Charles Cumming's Thomas Kell books (start with A Foreign Country) and Ian Rankin's early Rebus novels (start with Knots and Crosses). All of them come up if you search catalog.millbrooklibrary.org."],
    [296, 'l', 'Do any of those sound like your kind of thing?'],
    [360, 'p', 'omg i didnt know it was books first!! definitely starting slow horses. thats all i needed, thanks'],
    [368, 'l', 'Happy reading, and thanks for chatting with us!'],
  ], usual()),

  // 02 road-trip audiobooks: "ok one sec" then 145 s of nothing
  s(DARNELL, '02 road-trip audiobooks (chat-speak): ages and format asked, "ok one sec" then 145 s, three Libby titles', [
    [0, 'p', 'hey we r driving to florida friday, 14 hrs 😩 need audiobooks the whole fam can stand'],
    [30, 'l', 'Hi there, this is Darnell at the Ask Us chat for Harbor County Library!'],
    [36, 'l', 'How old are the kids, and do you use Libby or would you rather borrow CDs?'],
    [80, 'p', '8 and 11. libby on my phone. the 11 yr old hates "baby stuff"'],
    [88, 'p', 'oh and my husband likes funny stuff'],
    [95, 'l', "ok one sec, checking what's available right now"],
    [240, 'l', 'Here are three that are all available on Libby today: The Wild Robot by Peter Brown (about 5 hrs), Holes by Louis Sachar (4.5 hrs, funny, older kids love it) and The Penderwicks by Jeanne Birdsall (8.5 hrs).'],
    [246, 'l', 'Would those work for the car?'],
    [300, 'p', 'holes!! yes perfect. ill borrow all 3'],
    [306, 'l', 'Anything else before you hit the road?'],
    [330, 'p', 'nope thats it'],
    [335, 'l', 'Safe travels, and thanks for using Ask Us! 🚗'],
  ], usual({ informed: 'fail' })),

  // 03 large print for a parent, a slow patron, the library's Outreach office with phone and e-mail
  s(RUTHANNE, '03 large print for an 87-year-old mother: slow patron reply, titles in large print, Outreach with phone + e-mail', [
    [0, 'p', "Hello. My mother is 87 and her eyesight is going. She loves mysteries but nothing violent. Does the library have large print books and can she get them if she can't drive anymore?"],
    [40, 'l', "Good afternoon, this is Ruthanne with Readers' Services at Brookfield Public Library. Happy to help with both of those."],
    [47, 'l', "Does she like the cozy kind, like Agatha Christie, and has she read any series already so I don't repeat them?"],
    [190, 'p', 'Yes cozy. She has read all the Miss Marple books and the Cat Who books. She liked those a lot.'],
    [200, 'l', 'Let me check which series we have in large print.'],
    [300, 'l', "We have these in large print: M.C. Beaton's Agatha Raisin series (start with The Quiche of Death) and Jacqueline Winspear's Maisie Dobbs (start with the first one, Maisie Dobbs). Both are gentle, with very little violence."],
    [306, 'l', 'For getting them to her: our Outreach office brings large print to homebound patrons once a month. Call them at (203) 555-0142 or email outreach@brookfieldlibrary.org to sign her up.'],
    [312, 'l', 'Does that sound like something she would enjoy?'],
    [370, 'p', 'Oh yes, she will love Agatha Raisin. I will call outreach tomorrow. Thank you so much.'],
    [376, 'l', "You're very welcome! Is there anything else I can help you with today?"],
    [420, 'p', "No, that's everything."],
    [425, 'l', 'Thanks for reaching out, and I hope your mom enjoys them!'],
  ], usual({ referral: 'pass' })),

  // 04 book club kit: "Hi there! 👋" names no one (the name comes in the fifth message); never asks whether it helped
  s(MARISOL, '04 book club kit: greeting names no one until the 5th message, kit form URL, second title, no completeness question', [
    [0, 'p', 'Hi, I run a book club (12 people) and we want to borrow a kit of Lessons in Chemistry for our April meeting'],
    [18, 'l', 'Hi there! 👋'],
    [22, 'l', 'Which branch would you want to pick the kit up from?'],
    [50, 'p', 'Central please'],
    [58, 'l', 'Let me look at the kit calendar.'],
    [150, 'l', 'Lessons in Chemistry is booked through mid-May, unfortunately. Book club kits (10 copies plus a discussion guide) are reserved through the form at eastvalelibrary.org/bookclubkits, and the calendar there shows which kits are free when.'],
    [170, 'p', 'oh bummer. what about Remarkably Bright Creatures?'],
    [176, 'l', 'One sec!'],
    [230, 'l', "That one is free for all of April. If you fill out the form and pick Central, it'll be ready the Friday before your meeting. I'm Marisol, by the way, I work at Central!"],
    [262, 'p', 'great, doing it now, thanks so much'],
    [268, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no'],
    [295, 'l', 'Enjoy the book, bye for now!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 05 graphic novels for a reluctant reader: titles first, the question about his taste only afterwards
  s(GRETA, '05 graphic novels for a reluctant 12-year-old: titles before any question, "Think he\'d go for any of those?", no anything-else', [
    [0, 'p', "My son is 12 and won't read anything. His teacher said try graphic novels. Where do I start?"],
    [26, 'l', 'Hello! Greta here, youth services librarian at Fairhaven Library.'],
    [40, 'l', "Graphic novels are a great way in. Three that most reluctant readers that age love: New Kid by Jerry Craft, Amulet by Kazu Kibuishi (book 1 is The Stonekeeper), and Bone by Jeff Smith. They're shelved in the J GRAPHIC section."],
    [52, 'l', 'Is he more into funny, school stories, or fantasy adventures?'],
    [110, 'p', 'fantasy probably. he loves minecraft and pokemon'],
    [120, 'l', "Then Amulet and Bone are the best bets, and Hilo by Judd Winick is another one kids who game tend to fly through. Think he'd go for any of those?"],
    [170, 'p', 'yes, he actually read one Bone at school and liked it. Thank you!'],
    [176, 'l', 'Wonderful. Thanks for chatting, and happy reading to him!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 06 baby storytime answered from memory: no source at all
  s(OSCAR, '06 baby storytime: branch asked, time and room from memory (no source), "Did that answer your question?"', [
    [0, 'p', 'when is baby storytime? my daughter is 9 months'],
    [15, 'l', 'Hi, this is Oscar, a librarian at Linden Park Library. Which branch is closest to you?'],
    [45, 'p', 'the one on maple ave'],
    [60, 'l', "At Maple Avenue, Baby Rhyme Time is Wednesdays at 10:15 in the children's room, about 30 minutes of songs and board books. No sign-up needed, just come a few minutes early as it fills up."],
    [66, 'l', 'Did that answer your question?'],
    [95, 'p', 'yes!! perfect'],
    [100, 'l', 'Anything else I can help with?'],
    [118, 'p', 'no thats it thank you'],
    [122, 'l', 'See you and your little one Wednesday! Thanks for chatting.'],
  ], usual({ source: 'fail' })),

  // 07 ESL conversation group, a non-native patron; the Literacy Council with phone and e-mail
  s(TOMASZ, '07 ESL conversation group (non-native patron): area asked, club + URL, Literacy Council with phone + e-mail, "Is all what I need."', [
    [0, 'p', 'Hello, I am from Ukraine, I want practise speak english with people. Library have class for this?'],
    [28, 'l', 'Hello and welcome! My name is Tomasz, I am a librarian at Westbrook Public Library. Yes, we can help with that.'],
    [34, 'l', 'Which part of the city do you live in? I will find the group closest to you.'],
    [90, 'p', 'I live near the Eastside, close by the big park'],
    [98, 'l', 'Our English Conversation Circle meets at the Eastside Branch every Monday from 6 to 7:30 pm. It is free and you do not need to register. The schedule is at westbrooklibrary.org/esl.'],
    [104, 'l', 'If you also want a personal tutor, the Westbrook Literacy Council gives free one-on-one lessons: call (860) 555-0178 or email tutors@westbrookliteracy.org.'],
    [110, 'l', 'Is this what you are looking for?'],
    [160, 'p', 'Yes, thank you very much. Is all what I need.'],
    [166, 'l', 'You are welcome! Good luck, and see you on Monday. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 08 author talk: the patron vanishes after the answer; check-in, then a notice that invites back (a Goodbye)
  s(PRIYA, '08 author talk tickets: hold, answer at 150, check-in at 290, notice + invitation back at 400 (final idle 250 s)', [
    [0, 'p', 'Is the Colson Whitehead talk still happening next week? and do I need tickets'],
    [20, 'l', "Hi, I'm Priya with the Ask a Librarian service at Oakmont Public Library."],
    [26, 'l', 'Do you mean the talk at the Central Library on the 14th, or the virtual one?'],
    [55, 'p', 'the in person one'],
    [60, 'l', 'Let me check the events calendar for you.'],
    [150, 'l', 'Yes, it\'s still on: Thursday the 14th at 7 pm in the Central Library auditorium. It\'s free, but you need a ticket: register at oakmontlibrary.org/events and search "Whitehead". About 40 seats were left when I looked.'],
    [156, 'l', 'Does that help?'],
    [290, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you may have disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 09 tax help days: AARP Tax-Aide with a phone; the patron's "ok great" left 150 s without a word
  s(THEO, '09 free tax help: Tax-Aide booking line + URL, daughter question, "ok great" then 150 s before "Anything else?"', [
    [0, 'p', 'does the library do the free tax help thing again this year'],
    [35, 'l', "Hi, welcome to Ask a Librarian! I'm Theo at Riverside County Library."],
    [40, 'l', 'Are you looking to have someone prepare your return, or do you just need the forms?'],
    [75, 'p', 'have someone do it. i made about 40k last year'],
    [85, 'l', 'Then AARP Tax-Aide is for you. Their volunteers do free returns at our Central and Northside branches on Saturdays, Feb 1 to April 12, by appointment only. To book, call the Tax-Aide line at (951) 555-0123 or use riversidelibrary.org/taxhelp.'],
    [92, 'l', "Bring your W-2s, last year's return, photo ID and Social Security cards for everyone on the return. Does that answer your question?"],
    [140, 'p', 'can they do my daughters too, she is in college'],
    [170, 'l', 'Yes, as long as she comes with her own documents, or she can book her own appointment.'],
    [190, 'p', 'ok great'],
    [340, 'l', 'Anything else I can help you with?'],
    [365, 'p', 'no thats all'],
    [370, 'l', 'Thanks for chatting, and good luck with your taxes!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 10 makerspace booking: the library's own makerspace team by e-mail; four chats open at once
  s(JUN, '10 makerspace 3D printer: orientation URL, makers@ e-mail (own department), four chats open at 30-60 s', [
    [0, 'p', 'how do i book the 3d printer at the makerspace'],
    [12, 'l', "Hello! Jun here, librarian at Cedar Falls Public Library's Ask Us chat."],
    [18, 'l', 'Have you done the makerspace orientation already?'],
    [40, 'p', 'no never been'],
    [55, 'l', "You'll need the free 45-minute orientation first. Sessions are listed and booked at cedarfallslibrary.org/makerspace. After that, email the makerspace team at makers@cedarfallslibrary.org to reserve printer time, up to 3 hours a week."],
    [61, 'l', 'Does that answer your question?'],
    [95, 'p', 'yep, thats everything, thanks!'],
    [100, 'l', 'Have fun printing! Bye 👋'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'jun', -100, 60), other('j2', 'jun', -20, 200), other('j3', 'jun', 30, 400)],
  }),

  // 11 museum pass: "call the aquarium" with no number
  s(BEA, '11 aquarium museum pass: date asked, pass reserved at URL, "call the aquarium to book your timed entry" (no contact)', [
    [0, 'p', 'hi can i get a free pass to the aquarium through the library?'],
    [30, 'l', 'Hi! This is Bea, a librarian with Ask Us at Northgate Library. Which date are you hoping to go, and how many people?'],
    [70, 'p', 'saturday the 21st, 2 adults 2 kids'],
    [78, 'l', 'Let me check if the aquarium pass is free that day.'],
    [160, 'l', 'Good news: the aquarium pass (admits 4) is available on the 21st. You reserve it at northgatelibrary.org/museumpasses with your card number and PIN, then print the pass at home.'],
    [166, 'l', 'Once you have the pass, call the aquarium to book your timed entry, since they limit visitors on weekends.'],
    [172, 'l', 'Did that help?'],
    [210, 'p', 'yes thanks'],
    [215, 'l', 'Anything else?'],
    [240, 'p', 'nope'],
    [245, 'l', 'Enjoy the aquarium, and thanks for using Ask Us!'],
  ], usual({ referral: 'fail' })),

  // 12 meeting room: transferred to the branch with a notice and a note saying why
  s(KEN, '12 meeting room for a neighborhood association: transfer to Westside with notice + internal note, "Does that work for your group?"', [
    [0, 'p', 'hi can i book a meeting room at the westside branch for our neighborhood association? 2nd tuesday evenings'],
    [22, 'l', "Hi, I'm Ken, a librarian with the Ask Us cooperative. How many people usually come, and is it open to the public?"],
    [60, 'p', 'about 15. yes anyone can come'],
    [70, 'l', "Westside staff handle their own room bookings, so I'm transferring you to them now. One moment please."],
    [73, 'i', 'Dev, patron wants a Westside meeting room for a neighborhood assoc, ~15 ppl, 2nd Tuesday evenings, open to public. Can you take it?'],
    xfer(76, 'Dev Patel', 'dev'),
    [120, 'l', 'Hi, Dev from the Westside Branch here! Our Oak Room seats 20 and is free for community groups whose meetings are open to the public. You can book up to three months ahead at westsidelib.org/rooms.', as(DEV)],
    [128, 'l', 'Second Tuesdays are open from April on. Does that work for your group?', as(DEV)],
    [175, 'p', "perfect, that's all I needed"],
    [180, 'l', 'Great, thanks for contacting us!', as(DEV)],
  ], usual({ transfer: 'pass' })),

  // 13 Spanish storytime: a transfer announced to the patron, no note to the colleague
  s(KAI, '13 bilingual storytime (Spanish): transfer announced in the pickup message, no internal note; Lucía answers in Spanish', [
    [0, 'p', 'hola, hay hora del cuento en español para niños?'],
    [20, 'l', "Hi, this is Kai at Ask Us, Greenfield Library! Un momento, I'm transferring you to a Spanish-speaking colleague."],
    xfer(26, 'Lucía M.', 'lucia'),
    [70, 'l', '¡Hola! Soy Lucía, bibliotecaria de Greenfield Library. ¿Qué edad tiene su niño o niña?', as(LUCIA)],
    [105, 'p', 'tiene 3 años'],
    [115, 'l', 'La hora del cuento bilingüe para niños de 2 a 5 años es los sábados a las 11:00 en la sucursal Este. No hace falta inscribirse. El calendario está en greenfieldlibrary.org/eventos.', as(LUCIA)],
    [120, 'l', '¿Le sirve esta información?', as(LUCIA)],
    [160, 'p', 'sí, perfecto, es todo. muchas gracias'],
    [165, 'l', '¡Gracias a usted! Que disfruten el cuento.', as(LUCIA)],
  ], usual({ transfer: 'fail' })),

  // 14 a true Lost Call: the patron leaves right after the greeting
  s(SAM, '14 "books like Fourth Wing??": greeting, patron leaves, invitation back; Lost Call', [
    [0, 'p', 'any books like fourth wing?? need something NOW'],
    [40, 'l', 'Hi! This is Sam at the Lakeview Library chat.'],
    left(46),
    [60, 'l', "Looks like you've left the chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 after Bridgerton: a longer list promised by e-mail "by tomorrow afternoon", done in 20 h
  s(HANNAH, '15 after Bridgerton: format asked, Libby titles, longer list promised by e-mail by tomorrow afternoon, e-mail read back, done in 20 h', [
    [0, 'p', 'I binged Bridgerton and now I want the books, plus anything similar!! where do I start'],
    [25, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Hannah, a librarian at Maplewood Public Library."],
    [32, 'l', 'Do you want the books the show came from, similar Regency romances by other authors, or both? And print, ebook or audio?'],
    [80, 'p', 'both! ebooks on libby mostly'],
    [90, 'l', "Let me look at what's on Libby right now."],
    [190, 'l', "The show follows Julia Quinn's Bridgerton series; book 1 is The Duke and I, and it's available now as a Libby ebook. For similar: Tessa Dare's A Week to Be Wicked and Lisa Kleypas's Devil in Winter both have a two-week wait."],
    [196, 'l', "Do those sound like what you're after?"],
    [240, 'p', 'YES. do you have a bigger list though? like 10 more'],
    [250, 'l', 'I can put together a longer list of Regency romances that are on Libby and email it to you by tomorrow afternoon. What email should I send it to?'],
    [300, 'p', "sure, it's kaylee.d.brooks@gmail.com"],
    [306, 'l', "Got it: kaylee.d.brooks@gmail.com. You'll have the list by tomorrow afternoon."],
    [312, 'l', 'Anything else for today?'],
    [335, 'p', "No, that's all, thank you!!"],
    [340, 'l', 'Enjoy the Duke! Thanks for chatting.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 16 discussion questions: "I'll dig around … and send them over", e-mail read back, no time, coded Answered
  s(ALMA, '16 book club discussion questions: guides with URLs, more promised "send them over", e-mail read back, no when, coded Answered', [
    [0, 'p', 'Do you have discussion questions for The Covenant of Water? Our club meets next month'],
    [28, 'l', 'Hi there, this is Alma at the Ask a Librarian desk, Ridgeview Library.'],
    [35, 'l', "Are you after questions for the whole book, or just the first half? It's a long one!"],
    [70, 'p', 'whole book'],
    [80, 'l', 'The publisher has a reading group guide with 15 questions at groveatlantic.com (search the title, then "Reading Group Guide"). LitLovers also has one at litlovers.com.'],
    [86, 'l', 'Is that the kind of thing you were looking for?'],
    [130, 'p', 'yes but the publisher one is kind of basic. any others?'],
    [140, 'l', "I'll dig around for more in-depth ones and send them over. What's your email?"],
    [180, 'p', 'bookworms.ridgeview@yahoo.com'],
    [186, 'l', 'Thanks, I have bookworms.ridgeview@yahoo.com.'],
    [192, 'l', 'Anything else I can do for you?'],
    [210, 'p', "no that's all"],
    [215, 'l', 'Have a great meeting, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 17 a 95 s pickup after a queue message
  s(LEO, '17 sci-fi like The Martian: queue, pickup at 95 s with an apology, three titles + catalogue, "Any of those grab you?"', [
    [0, 'p', 'looking for sci fi like the martian. funny + science-y'],
    queue(3, 2),
    [95, 'l', 'Hi, sorry for the wait! Leo here, librarian at Ashford Public Library.'],
    [100, 'l', "Have you read the author's other books yet?"],
    [130, 'p', 'yes loved them'],
    [140, 'l', "Then try Mary Robinette Kowal's The Calculating Stars, John Scalzi's Redshirts (funnier), and Becky Chambers' The Long Way to a Small, Angry Planet. All three are at ashfordlibrary.org/catalog."],
    [146, 'l', 'Any of those grab you?'],
    [190, 'p', 'redshirts sounds fun ill try it'],
    [196, 'l', 'Great pick. Anything else I can help with?'],
    [215, 'p', 'nah thats all, thx'],
    [220, 'l', 'Enjoy! Thanks for chatting with Ask Us.'],
  ], usual({ pickup: 'fail' })),

  // 18 pickedUpAt recorded at 25 s, first message at 150 s: 125 s of waiting after pickup
  s(FRANCES, '18 memoir audiobooks for walks: pickedUpAt 25 s, first provider message at 150 s (125 s waiting after pickup)', [
    [0, 'p', "I want to start listening to audiobooks on my walks, but I don't know where to begin. I like memoirs."],
    [150, 'l', "Good morning! Thank you for your patience. My name is Frances and I'm a librarian at Pine Hill Library. Memoirs make great walking listens."],
    [156, 'l', 'Do you prefer ones read by the author, and are you using Libby or Hoopla?'],
    [200, 'p', 'Libby. Author-read sounds nice'],
    [210, 'l', "Author-narrated memoirs people love: Michelle Obama's Becoming and Trevor Noah's Born a Crime; and Tara Westover's Educated (not author-read, but very good). All are on Libby through pinehilllibrary.org/libby."],
    [216, 'l', 'Does that give you a good place to start?'],
    [260, 'p', "It does. That's all I needed, thank you!"],
    [265, 'l', 'Happy listening, and thanks for chatting!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(25) }),

  // 19 an epic fantasy series; "Sure, take your time!" (no hold) before a 256 s absence of the patron
  s(RAFAEL, '19 epic fantasy after Wheel of Time: NoveList hold, three series, "Sure, take your time!" then 256 s patron absence, shelf check', [
    [0, 'p', 'Hi! I need a new fantasy series, something long I can get lost in. I loved the Wheel of Time'],
    [20, 'l', "Hi! Welcome to Ask Us, I'm Rafael at Stonebridge Library."],
    [26, 'l', 'Do you want something as long and epic as WoT, or would a shorter trilogy be ok too?'],
    [60, 'p', 'long and epic for sure, I have time lol'],
    [70, 'l', 'Searching NoveList, one sec.'],
    [150, 'l', "Here are some big epic series: Brandon Sanderson's Stormlight Archive (start with The Way of Kings), Robin Hobb's Realm of the Elderlings (start with Assassin's Apprentice) and Tad Williams' Memory, Sorrow and Thorn (start with The Dragonbone Chair). All are in the catalogue at stonebridgelibrary.org."],
    [158, 'p', 'ooh let me look these up'],
    [164, 'l', 'Sure, take your time!'],
    [420, 'p', 'ok the hobb one looks amazing. is the first one on the shelf at main?'],
    [430, 'l', 'Let me look.'],
    [470, 'l', "Yes, Assassin's Apprentice is on the shelf at Main, call number F HOBB. Is that what you needed?"],
    [505, 'p', 'yes! thats everything, ty'],
    [510, 'l', 'Enjoy, and thanks for using Ask Us!'],
  ], usual()),

  // 20 a limit of recommendations per chat (critical)
  s(DEVI, '20 romantasy after ACOTAR: five titles, then "we can only give five recommendations per chat", "Bye now."', [
    [0, 'p', "need more books like acotar, i've read everything by sjm"],
    [30, 'l', 'Hi, Devi here at Ask a Librarian, Brightwater Library! Do you want more romantasy, or fae stories specifically?'],
    [55, 'p', 'romantasy!! spicy is fine'],
    [62, 'l', "Try Jennifer L. Armentrout's From Blood and Ash, Carissa Broadbent's The Serpent and the Wings of Night, and Rebecca Yarros' Fourth Wing. All are in the catalogue at brightwaterlib.org."],
    [90, 'p', 'read fourth wing. others??'],
    [100, 'l', "Kerri Maniscalco's Kingdom of the Wicked and Scarlett St. Clair's A Touch of Darkness."],
    [120, 'p', 'read both lol. more?'],
    [128, 'l', "Sorry, we can only give five recommendations per chat, and you've had five. NoveList at brightwaterlib.org/novelist can give you more."],
    [140, 'p', 'oh ok'],
    [145, 'l', 'Bye now.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, invited back (allowed)
  s(QUINN, '21 London books for kids + travel talk: answered, then a long list of new asks, "other patrons waiting … chat back in later"', [
    [0, 'p', 'hi im planning a family trip to the UK this summer, can you recommend kids books set in London, and also is there a travel program at the library?'],
    [24, 'l', 'Hello! This is Quinn, a librarian with Ask Us at Elmwood Library.'],
    [30, 'l', 'How old are the kids?'],
    [60, 'p', '6 and 9'],
    [70, 'l', 'For them: Paddington by Michael Bond, This Is London by Miroslav Sasek, and for the 9-year-old, The London Eye Mystery by Siobhan Dowd. Our Travel Talk series is listed at elmwoodlibrary.org/events; the next one is about Britain on May 3.'],
    [76, 'l', 'Does that help?'],
    [110, 'p', 'yes! also what about audiobooks for the plane, and do you know anything about the harry potter studio tour, and what about books on scotland'],
    [120, 'l', "I have a few other patrons waiting right now, so I'm going to wrap up here, but please chat back in later and we'll help with the rest!"],
    [126, 'l', 'Thanks for chatting, and have a wonderful trip!'],
  ], usual({ anything: 'fail' })),

  // 22 the provider's shift ends: help ended for the provider's convenience with no way back (critical)
  s(WENDELL, '22 kids chess club: answered, patron\'s follow-up question cut off by "My shift is over now, so I have to close this chat." + "Bye."', [
    [0, 'p', 'my grandson wants to join a chess club. does the library have one for kids?'],
    [40, 'l', 'Hi, this is Wendell at Ask Us, Marlow County Library. How old is he?'],
    [90, 'p', 'he is 10. we live in marlow'],
    [100, 'l', "The Marlow branch has Chess Club for ages 8-14 on Thursdays at 4 pm, with a coach from the county chess association. It's free; details at marlowlibrary.org/kids."],
    [130, 'p', 'Does he need to know how to play already? He only knows some moves'],
    [136, 'l', 'My shift is over now, so I have to close this chat.'],
    [140, 'l', 'Bye.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 23 the patron leaves during a hold; the answer comes 132 s after the hold
  s(NOOR, '23 Lego Club: hold at 48, patron leaves at 95, answer + invitation back at 180 (132 s after the hold)', [
    [0, 'p', 'what time is lego club on saturday'],
    [18, 'l', 'Hi, Noor here, librarian at Ask Us for Kingsley Library. Which branch?'],
    [40, 'p', 'south branch'],
    [48, 'l', 'Let me check the South Branch calendar.'],
    left(95),
    [180, 'l', "Lego Club at South Branch is Saturdays 2–3:30 pm, ages 6-12, no registration: kingsleylibrary.org/events. It looks like you've left, but come back anytime!"],
  ], usual({ informed: 'fail', complete: 'fail', anything: 'fail' })),

  // 24 concurrency at the boundaries: one chat ends as this starts, one starts as it ends
  s(SADIE, '24 summer reading kickoff: three chats at most (one ended at 0 s, one began at the end, 110 s)', [
    [0, 'p', 'hi! what are the hours for the summer reading kickoff party and do kids need to sign up'],
    [22, 'l', 'Hi! Sadie at Ask Us, Clearwater Library. Is this for the Main Library party or a branch one?'],
    [50, 'p', 'main'],
    [65, 'l', 'The kickoff is Saturday June 7, 10 am to 1 pm on the Main Library lawn. Kids can sign up for summer reading there or ahead of time at clearwaterlibrary.org/summer.'],
    [72, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thank u, thats all'],
    [105, 'l', 'See you there! Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'sadie', -500, 0), other('s2', 'sadie', -200, 300), other('s3', 'sadie', 40, 500), other('s4', 'sadie', 110, 600)],
  }),

  // 25 Books by Mail for a housebound father: follow-up by the patron's library, e-mail only in the patron fields
  s(GLENN, '25 Books by Mail (housebound father): "Someone from Outreach will contact you by Thursday", e-mail only in patron fields, done in 50 h', [
    [0, 'p', 'My dad is housebound since his stroke. Can the library send books to him? He reads westerns, large print'],
    [35, 'l', "Good afternoon! This is Glenn, a librarian at Ask Us for Harper County Library. I'm sorry to hear about your dad."],
    [42, 'l', 'Is he a Harper County resident, and does he have a library card already?'],
    [80, 'p', 'Yes he lives in Harper, no card'],
    [90, 'l', 'Then he qualifies for our Books by Mail service: large print mailed to him free, with a postage-paid bag to send them back. The sign-up form is at harperlibrary.org/booksbymail.'],
    [96, 'l', "I can also pass this to our outreach team so they can set up his card and his first box of westerns. Someone from Outreach will contact you by Thursday to get his details."],
    [140, 'p', 'That would be wonderful, thank you'],
    [146, 'l', 'Does that cover what you needed?'],
    [175, 'p', "Yes, that covers it. That's all."],
    [180, 'l', 'Thank you, and best wishes to your dad.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'carol.whitt@outlook.com', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }],
  }),

  // 26 a restatement for clarifying; the patron's "ok" ends it; no code
  s(IVAN, '26 Grateful Dead history (gift): restatement + hold, two titles, patron "ok" last, no goodbye, null code', [
    [0, 'p', 'do you guys have any book on the history of the Grateful Dead? my husbands bday is next week'],
    [45, 'l', "Hello, Ivan at Ask a Librarian, Denton Public Library here. So you want a history of the band for your husband's birthday. Let me look."],
    [150, 'l', "We have Dennis McNally's A Long Strange Trip, the big band history, and Phil Lesh's memoir Searching for the Sound. Both are at Central; you can place a hold at dentonlibrary.org."],
    [156, 'l', 'Is that what you were looking for?'],
    [190, 'p', 'ok'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 27 audiobooks for a commute: only apps named, no title, URL or steps to a page
  s(DANA, '27 free audiobooks for a commute: greeting split in two, card asked, "Libby and Hoopla" named with no way to reach them', [
    [0, 'p', 'hi, long commute starting next month, any free way to get audiobooks?'],
    [20, 'l', 'Hello and welcome!'],
    [24, 'l', "I'm Dana, one of the librarians here at Ask Us. Do you have a library card with us?"],
    [55, 'p', 'yes I do'],
    [65, 'l', "Then you're set: Libby and Hoopla both have thousands of audiobooks, free with your card. Download the apps on your phone and sign in with your card number and PIN."],
    [71, 'l', 'Does that help?'],
    [110, 'p', "yes great, i'll get libby. thats all I needed"],
    [115, 'l', 'Enjoy the listening! Thanks for chatting.'],
  ], usual({ source: 'fail' })),

  // 28 an older patron "Let me write these down", answered 130 s later
  s(BERNADETTE, '28 gentle WWII historical fiction (older patron): hold, three titles, "Let me write these down" then 130 s', [
    [0, 'p', "Hello dear, I'm 78 and my book club picks are getting tiresome. Could you suggest some historical fiction? Not too sad please"],
    [40, 'l', "Hello! I'm Bernadette, a librarian at Ask Us for Coventry Public Library. What a lovely question."],
    [47, 'l', "Is there a period you enjoy most, and any favourites you've read lately?"],
    [130, 'p', 'I like World War 2 era and England. I loved that Guernsey potato book'],
    [140, 'l', 'Let me think of a few gentle ones.'],
    [230, 'l', "You might enjoy The Chilbury Ladies' Choir by Jennifer Ryan, Mrs. Harris Goes to Paris by Paul Gallico, and The Last Bookshop in London by Madeline Martin. All three are in large print and regular print at coventrylibrary.org."],
    [290, 'p', 'Let me write these down'],
    [420, 'l', 'Did you get them all? Would those suit you?'],
    [460, 'p', 'Yes I have them. They sound just right. Thank you dear, that is all I need today'],
    [466, 'l', "You're so welcome. Enjoy your reading, and thanks for chatting with us!"],
  ], usual({ informed: 'fail' })),

  // 29 knitting group: a check-in and then the session just ends 175 s after the answer
  s(YUSUF, '29 knitting group: answer at 80, "Still with me?" at 210, session ends at 255 (final idle 175 s), no goodbye', [
    [0, 'p', 'is there a knitting group at any branch'],
    [25, 'l', 'Hi! Yusuf here from Ask Us at Hollins Library. Do you want a group that meets in the day or evenings?'],
    [70, 'p', 'evenings, after work'],
    [80, 'l', 'Knit Night meets at the Rosedale Branch on the 1st and 3rd Tuesday, 6:30-8 pm, all levels welcome, bring your own project. The listing is at hollinslibrary.org/events.'],
    [86, 'l', 'Would that one work for you?'],
    [210, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 45 }),

  // 30 manga (teen register): a goodbye exactly 120 s after the answer, no check-in
  s(KIT, '30 One Piece manga (teen): hold, answer at 120, "is that what u wanted?", goodbye at 240 (final idle 120 s), no check-in', [
    [0, 'p', 'do u have manga? like one piece'],
    [15, 'l', "hey! Kit here, teen librarian with Ask Us at Harrow Library 😊 do you want the physical volumes or digital?"],
    [40, 'p', 'physical'],
    [50, 'l', 'sec, checking'],
    [120, 'l', 'yep we have One Piece vols 1-104 in the teen manga section at Main, most are on the shelf. you can see which ones are in at harrowlibrary.org/catalog (search "one piece oda")'],
    [125, 'l', 'is that what u wanted?'],
    [240, 'l', 'thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 31 coding camp waitlist: follow-up by me "by Friday", e-mail given and read back, done after 80 h
  s(MATEO, '31 kids coding camp waitlist: camps URL, "email you by Friday", e-mail given + read back, done after 80 h', [
    [0, 'p', 'My daughter is on the waitlist for the kids coding camp in July. Is there any chance she gets in?'],
    [30, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Mateo at Bayside Public Library. Which session is she waitlisted for, and at which branch?"],
    [75, 'p', 'The week of July 14 at Harborview. She is #6'],
    [85, 'l', 'One moment, let me look at the registrations.'],
    [180, 'l', "She's sixth on the list for 16 seats; usually a few drop out, but I can't promise. The summer camp list is at baysidelibrary.org/camps, and the Aug 4 week at Harborview still has 3 open seats."],
    [186, 'l', "I'll check with the Harborview children's librarian and email you by Friday about her chances. What's the best email for you?"],
    [230, 'p', 'parkerfam@gmail.com'],
    [236, 'l', 'Thanks, parkerfam@gmail.com. Did the camp info help in the meantime?'],
    [270, 'p', "Yes, thank you, that's all for now"],
    [276, 'l', 'Thanks for chatting, talk to you by Friday!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 32 a book club set through the patron's branch: follow-up by the patron's library, no contact anywhere
  s(PAULA, '32 8 copies of Horse for a book club: catalogue URL, "someone from your branch will get in touch", no contact anywhere', [
    [0, 'p', 'Can the library get a set of 8 copies of Horse by Geraldine Brooks for my book club? Our branch is tiny'],
    [40, 'l', "Hi! You've reached Ask a Librarian; I'm Paula from the county library system. Which branch do you use?"],
    [70, 'p', 'Millbrook Corners'],
    [80, 'l', 'Let me see what the system has.'],
    [175, 'l', 'Across the system we have 11 copies of Horse in print and 2 in large print; you can see them at countylibraries.org/catalog. A set for a club has to be requested through your branch.'],
    [181, 'l', "I'll send your request to the Millbrook Corners staff, and someone from your branch will get in touch to set it up."],
    [220, 'p', 'ok thank you'],
    [225, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_LIB),

  // 33 seed library: coded Lost Call though the patron wrote four times; check-in and a notice that thanks
  s(MONA, '33 seed library: answered, "Anything else?" unanswered, check-in, notice + thanks at 360; coded Lost Call after 4 patron messages', [
    [0, 'p', 'hi does the library have a seed library? where'],
    [30, 'l', 'Hi, this is Mona at Ask Us, Fernwood Library! Are you after vegetable seeds or flowers?'],
    [55, 'p', 'veggies'],
    [62, 'p', 'tomatoes mainly'],
    [70, 'l', "The seed library is in the lobby of the Fernwood Main Library: take up to 5 packets a month, no card needed. The list of what's in stock is at fernwoodlibrary.org/seeds."],
    [76, 'l', 'Does that help?'],
    [100, 'p', 'yes'],
    [106, 'l', 'Anything else?'],
    [240, 'l', 'Are you still there?'],
    [360, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for chatting, and happy planting!"],
  ], usual({ idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 34 a cancelled storytime: an internal question to colleagues does not end the wait, the patron's "?" does not restart it
  s(CORA, '34 storytime cancelled? (water leak): hold at 52, internal note at 140, patron "?" at 170, answer at 200 (148 s)', [
    [0, 'p', 'is toddler storytime at Birch Street cancelled this friday? I heard something about a water leak'],
    [22, 'l', 'Hi, this is Cora with Ask Us, Alder County Libraries. Is that the 10:30 toddler storytime?'],
    [45, 'p', 'yes'],
    [52, 'l', 'Let me find out for you.'],
    [140, 'i', 'Anyone know if Birch St is closed Friday? patron asking about toddler storytime / leak'],
    [170, 'p', '?'],
    [200, 'l', "Thanks for waiting! Birch Street is closed Friday for the repair, so toddler storytime moves to the Elm Grove Branch that day, same time. It's posted at aldercountylibraries.org/alerts."],
    [206, 'l', 'Does that help?'],
    [230, 'p', 'yes thank you, good to know'],
    [236, 'l', 'Anything else today?'],
    [250, 'p', 'no thats it'],
    [255, 'l', 'Have a nice weekend, bye!'],
  ], usual({ informed: 'fail' })),

  // 35 British register, teen board games: pickup at 60 s exactly; "would a list be useful?" only before the answer
  s(ELLIE, '35 teen board games / Warhammer (British): pickup at 60 s, "Would a list … be useful?" before the answer only', [
    [0, 'p', "Hiya, is there anything like a board games night or Warhammer club for teenagers? My son's 14"],
    [60, 'l', "Good evening! Ellie here, from Kingsbridge Libraries' Ask a Librarian service."],
    [66, 'l', 'Which library is nearest to you?'],
    [100, 'p', "Kingsbridge Central, we're in the town centre"],
    [106, 'l', 'Would a list of the teen programmes there be useful?'],
    [130, 'p', 'yes please'],
    [138, 'l', 'Brilliant. Central runs Tabletop Tuesdays for ages 12-17, 4-6 pm in the Teen Zone, with board games and a Warhammer table on the last Tuesday of the month. No booking needed. The full teen programme is on kingsbridgelibraries.gov.uk/teens.'],
    [200, 'p', "Lovely, he'll be chuffed. Cheers!"],
    [206, 'l', 'No problem at all. Anything else I can help with this evening?'],
    [230, 'p', "No, that's everything, thanks"],
    [235, 'l', 'Thanks for getting in touch, take care!'],
  ], usual({ complete: 'fail' })),

  // 36 a short book club pick: one message asks "Are you still there?", says the connection seems lost and invites back
  s(INES, '36 short book club pick: answer at 150, one message at 400 with check-in + notice + invitation back, ends at 430', [
    [0, 'p', "I need a book for my book club that's under 300 pages, we have 3 weeks. Something to talk about"],
    [25, 'l', 'Hello, this is Ines at Ask Us for Larkspur Library. Fiction or nonfiction?'],
    [50, 'p', 'fiction, literary but not depressing'],
    [58, 'l', 'Let me pull a few short book club favourites.'],
    [150, 'l', "Three that run short and spark a lot of talk: Claire Keegan's Small Things Like These (about 120 pages), Ann Patchett's Tom Lake (longer, but reads fast) and Jenny Offill's Weather (about 200 pages). Book club sets of Small Things Like These can be booked at larkspurlibrary.org/bookclub."],
    [156, 'l', 'Would any of those suit your group?'],
    [400, 'l', 'Are you still there? It looks like we may have lost the connection, so I will end this chat shortly. Feel free to chat back in anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 30 }),
  // ---- second batch (37-41), labelled before it was run ----
  // 37 cozy fantasy: "I'll poke around in NoveList and see what turns up." (a hold) then 140 s; "How do those sound?"; "im all set"
  s(ZARA, '37 cozy fantasy like Legends & Lattes: "I\'ll poke around in NoveList …" then 140 s, "How do those sound?", "im all set"', [
    [0, 'p', 'any cozy fantasy like legends & lattes? low stakes, found family, coffee lol'],
    [28, 'l', 'Hey! Zara here, librarian on the Ask Us chat for Quarry Hill Library. Ooh, fun one.'],
    [34, 'l', 'Print or ebook? And are you ok with a bit of romance?'],
    [70, 'p', 'ebook, romance is fine if its not the main thing'],
    [78, 'l', "I'll poke around in NoveList and see what turns up."],
    [218, 'l', "Try T. Kingfisher's Paladin's Grace, Heather Fawcett's Emily Wilde's Encyclopaedia of Faeries and Sangu Mandanna's The Very Secret Society of Irregular Witches. All three are on Libby via quarryhill.overdrive.com."],
    [224, 'l', 'How do those sound?'],
    [270, 'p', 'perfect, grabbing emily wilde now. im all set, thanks!'],
    [276, 'l', 'Yay! Thanks for stopping by the chat 😊'],
  ], usual({ informed: 'fail' })),

  // 38 starting a book club: "stop by the Information Desk at the Main Library and ask for Carol" (no way to reach her)
  s(HUGO, '38 starting a book club: rooms + sets URLs, "stop by the Information Desk … and ask for Carol, our adult programming coordinator"', [
    [0, 'p', 'Hi, a few of us want to start a book club that meets at the library. How does that work?'],
    [35, 'l', "Hello! Thanks for contacting Ask Us. I'm Hugo, a librarian at Brantford Public Library."],
    [41, 'l', 'Do you want the library to run it, or would you run it yourselves and just need a room and books?'],
    [90, 'p', 'we would run it ourselves'],
    [100, 'l', 'Then two things: rooms are booked at brantfordlibrary.ca/rooms (free for groups open to the public), and book club sets can be borrowed for 6 weeks through brantfordlibrary.ca/bookclubsets.'],
    [106, 'l', "For anything else about setting it up, stop by the Information Desk at the Main Library and ask for Carol, our adult programming coordinator. She's helped a lot of clubs get started."],
    [112, 'l', 'Does that get you going?'],
    [160, 'p', 'Yes, very helpful. Thanks!'],
    [166, 'l', 'Is there anything else I can help with?'],
    [185, 'p', 'No, thank you'],
    [190, 'l', 'Good luck with the club! Thanks for chatting.'],
  ], usual({ referral: 'fail' })),

  // 39 genealogy workshop: the note to Owen written after the transfer; Vera had four chats open before it
  s(VERA, '39 full genealogy workshop: transfer notice, note to Owen AFTER the transfer; Vera at four chats before it, Owen at two after', [
    [0, 'p', 'I want to sign up for the genealogy workshop but the page says its full'],
    [25, 'l', "Hi! Vera here with Ask Us at Tilden Library. Which date's workshop are you after?"],
    [55, 'p', 'the april 12 one at Central'],
    [70, 'l', 'Owen at Central runs that workshop, so let me transfer you to him. Just a moment!'],
    xfer(80, 'Owen', 'owen'),
    [84, 'i', 'Owen - pt wants the Apr 12 genealogy workshop, says full. Waitlist or another date?'],
    [125, 'l', "Hi, Owen at Central here. April 12 is full, but I've just added a second session on April 26, same time (10 am); register at tildenlibrary.org/genealogy.", as(OWEN)],
    [131, 'l', 'Would the 26th work for you?', as(OWEN)],
    [170, 'p', "yes, signing up now. that's all I needed, thanks"],
    [176, 'l', 'Great, see you on the 26th! Thanks for chatting.', as(OWEN)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [
      other('v1', 'vera', -300, 200), other('v2', 'vera', -100, 300), other('v3', 'vera', 20, 500),
      other('o1', 'owen', -200, 78), other('o2', 'owen', -100, 78), other('o3', 'owen', -50, 78), other('o4', 'owen', 150, 900),
    ],
  }),

  // 40 a welcome macro (a hold), the patron's "hello?" and departure; coded Lost Call after two patron messages
  s(MAEVE, '40 new Louise Penny on CD: welcome macro at 3 s, patron "hello?" at 100, leaves, invitation back; Lost Call (2 patron messages)', [
    [0, 'p', 'do you have the new Louise Penny on cd'],
    [3, 'l', 'Welcome to Ask Us! A librarian will be with you in a moment.'],
    [100, 'p', 'hello?'],
    left(130),
    [140, 'l', "Hi, it's Maeve, a librarian at Corbin Library. Sorry for the wait! It looks like you've left; please chat back in anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 41 a Book Bundle by phone: follow-up by me, phone given and read back, "by Monday", done in 60 h
  s(AMIR, '41 Book Bundle (personal picks): form URL, phone given + read back, "will call you by Monday", done in 60 h', [
    [0, 'p', "I saw something about a 'Book Bundle' where a librarian picks books for you? How do I get one"],
    [22, 'l', 'Hi, welcome to Ask Us! This is Amir, a librarian at Fenwick Library.'],
    [28, 'l', 'Yes! Is it for you or for someone else, and what have you enjoyed reading lately?'],
    [75, 'p', 'for me. I liked Where the Crawdads Sing and The Nightingale. I prefer a phone call, I dont do email'],
    [85, 'l', "The Book Bundle form is at fenwicklibrary.org/bookbundle, but I can start it for you right here. What phone number should our readers' advisory team call?"],
    [130, 'p', '410-555-0199, afternoons are best'],
    [136, 'l', "Got it, 410-555-0199 in the afternoon. Someone from our readers' advisory team will call you by Monday with five picks, and the books will be waiting at the desk."],
    [142, 'l', 'Did that answer your question about the Book Bundle?'],
    [190, 'p', 'Wonderful, thank you. That is all.'],
    [195, 'l', 'Thank you for chatting with us, and enjoy the bundle!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(60 * HOUR) }] }),
];

/**
 * Cases the scorer misreads, keyed by the case's number (the first word of its name), each with its reason: the check,
 * what the scorer gives, what RUBRIC.md says and the deciding message. Run through `describeLeft`, labels unchanged.
 */
const LEFT_WHY: Record<string, string> = {
  '05': 'followup.completeness: labelled pass, scorer fail ("never asked whether the information given meets the need"). Message 5 ' +
    "\"… Hilo by Judd Winick is another one kids who game tend to fly through. Think he'd go for any of those?\" asks whether the " +
    'suggestions suit the son (the need); "Would he like any of those?" passes, the idiom "go for" is not read.',
  '16': 'resolution.code (labelled fail, scorer pass "coded Answered"), followup.contact (fail, scorer na "not a follow-up session"), ' +
    "followup.on_time (pending, scorer na). Message 7: \"I'll dig around for more in-depth ones and send them over. What's your " +
    'email?" promises to find and send more later (RUBRIC Terms: Follow-up session); "… and email them to you" is read.',
  '37': 'interest.keep_informed: labelled fail, scorer pass ("longest wait without news 8 s"). Message 4 "I\'ll poke around in ' +
    'NoveList and see what turns up." announces a search (a hold), and the titles come 140 s later (message 5); "Let me poke ' +
    'around …" and "I\'ll dig around …" are read as holds. Also followup.completeness: labelled pass, scorer fail: message 6 "How ' +
    'do those sound?" asks whether the titles suit ("Do those sound good?" passes).',
  '39': 'followup.completeness: labelled pass, scorer fail. Message 7 (Owen) "Would the 26th work for you?" after message 6 gave the ' +
    'second session on April 26 asks whether that alternative meets the need; "Does the 26th work for you?" and "Would that work ' +
    'for you?" pass, "Would the 26th session work for you?" fails too: "Would <noun phrase> work" is not read.',
};
const leftWhy = (c: SessionCase): boolean => c.name.split(' ')[0]! in LEFT_WHY;

describe("forty-third round: readers' advisory, programs and events, checked", () => {
  describeSessions('whole sessions', advisory.filter((c) => !leftWhy(c)));
  describeLeft('whole sessions', advisory.filter(leftWhy));
});
