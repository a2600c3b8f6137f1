/**
 * Forty-second round, near misses checked (helperC): WHOLE SESSIONS built around NEAR MISSES, in pairs where possible: a
 * provider who almost, but by RUBRIC.md's literal text does not, do a behaviour, and a provider who does it in unusual words.
 * American, British, Irish, chat-speak, non-native and Spanish registers; every case labels all 17 checks (`all()` through
 * `L()`), decided from RUBRIC.md before the scorer ran.
 *
 * SHAPES TRIED:
 *  closing.anything_else: "Do you own anything else by her already …?" (about the shelf), "Is there anything else you remember
 *   about the book …?" (a clarifying question) vs "Is there any other query I can sort out for you while you're here?", "Need
 *   help with anything else?", Spanish "¿Hay algo más en que le pueda ayudar?"; the patron's "es todo", "that's everything for
 *   now", "thanks, that's all" vs "yes perfect", "Nope, ta!";
 *  followup.completeness: "would an interlibrary loan copy be what you need?" (not yet given), a question after the source
 *   about the patron's school vs "Does that get you where you need to be?", "Is that likely to be the one?", "Would that one
 *   work for you?", "Does that ring a bell?", "Will that do the job?", "¿Le sirve esta información?"; an answer with no
 *   source followed by "Does that help?";
 *  inquiry.clarify: the only question after the source (Spanish) vs restatements with no question mark ("Right, just so I've
 *   got it straight: the angle is …", "Let me make sure I understand: you want …");
 *  goodbyes: "I'm going to end this chat session now." (announcement only), "Are you still with me? If not, thanks for
 *   chatting and goodbye!" (asks: no Goodbye, so the final idle runs on to the end), Spanish "Adiós.", "Que tenga buena tarde";
 *  idle: "Just checking whether you're still with me." (an indirect question) vs "Looks like you've stepped away from the
 *   computer." (a notice); a notice split over two messages; final idles of 119, 179, 180, 242, 260, 390 s; a hold followed by
 *   400 s of silence (no final idle, the open span does not count);
 *  interest.keep_informed: "Take your time looking through those, no rush." then 190 s (a wait on the patron) vs "ok hang tight,
 *   digging thru the catalog" then 210 s, a partial result that says the search goes on then 150 s; waits of exactly 120 s
 *   (patron to answer) and 121 s (hold to answer);
 *  closing.no_dismissal: "I have to cut this off, I've got other people in the queue." and Spanish "Ya no puedo seguir
 *   atendiéndole, tengo otros usuarios." (no way back) vs "quite a queue of people waiting … do pop back on the chat later";
 *  referral.contact: the pharmacist with only a resource's URL nearby, the library's own Local Studies team with a phone, the
 *   library's own ILL desk with only a floor, staff consulted on the patron's behalf (internal notes), an agency's website
 *   pointed to (Spanish), a service named "Ask the Library" in the greeting;
 *  follow-up: a promise with no time ("once I've been through the reels"), "by Thursday" with the e-mail only in patron.email,
 *   the patron's library's desk "will email you at … by Friday";
 *  greeting: the name only in the screen name "Kim - Librarian", split over "Hello!" + "You're chatting with Aoife …", the name
 *   only in the third provider message; pickup at exactly 60 s and at 61 s;
 *  session.concurrency: another session starting exactly at this one's end and one ending exactly at its start vs one
 *   starting a second before its end.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - an "anything else" question about something other than the patron's further needs (what they own, what they remember)
 *   is not the anything-else question; the latter as a clarifying question still counts for inquiry.clarify;
 * - "Is that likely to be the one?" / "Would that one work for you?" after the item is given ask whether what was given meets
 *   the need (RUBRIC's "Is that what you were looking for?");
 * - a message that answers the question (how to get the book) is "a message that gives a source or answer" for
 *   followup.completeness even when info.source fails (no URL, contact or named resource);
 * - closing.courteous reads its own words ("thanks the patron, says goodbye or invites them back"), not the Goodbye term: a
 *   check-in that also thanks and says goodbye counts for courteous, while for the final idle it is no Goodbye (it asks);
 *   "Have a great day!", "Enjoy the long weekend, bye!", "take care!", "Que tenga buena tarde" part;
 * - the disconnect notice may be split over two messages of the final idle ("Looks like you've stepped away …" then "Since I
 *   haven't heard back, I'll go ahead and close out this chat"): RUBRIC says one message MAY do both, not must;
 * - "Just checking whether you're still with me." asks (an indirect question) though it has no question mark;
 * - "stop by our Interlibrary Loan desk on the second floor" tells the patron to visit the library's own department: a
 *   referral, and a floor is no postal address; naming the department is no source;
 * - the Butte-Silver Bow Public Archives' "index is searchable at buttearchives.org" points to a source; the patron is not
 *   told to contact them;
 * - a service name in the greeting ("Ask the Library at …") is no directive to contact anyone.
 *
 * COUNTS. Written: 41 sessions, all labelled before running: 34 in a first batch, 7 in a second batch written after the first
 * run (labelled before it was run). First run: 34 (29 as labelled, 5 disagreeing: S01, S06, S08, S18, S29). Second batch: 7 (6
 * as labelled, 1 disagreeing: S38). Label corrections: 0. Final on v42: 35 running, 6 LEFT: S01 (closing.anything_else, "Do you own anything else
 * by her already …?" read as the question), S06 (inquiry.clarify, "just so I've got it straight:" no restatement), S08
 * (followup.completeness, "Is that likely to be the one?" not read), S18 (followup.completeness, "so you'd want to stop by
 * …" taken for a restatement, so no answer given), S29 (referral.contact, "Hello, Ask the Library at …" read as a referral),
 * S38 (closing.no_dismissal, "Ya no puedo seguir atendiéndole" not read). On v43 (block I): 41 running, 0 LEFT.
 * Probed after the run only to word the reasons (throwaway, not in this file): "Hi, Ask Your Library at …" and "Hi, Ask the
 * Experts at …" are also read as referrals, "welcome to Ask the Library!" and "Ask a Librarian at …" are not; Spanish "Tengo
 * que terminar aquí, hay otros usuarios esperando." and "se le acabó el tiempo" are read as dismissals, "Ya no puedo seguir
 * atendiéndole" is not.
 */
import { describe } from 'vitest';
import type { Message } from '@askqa/contract';
import { DAY, T0, all, at, describeLeft, describeSessions, FU_ME, other, type SessionCase, type St, usual } from './helpers';

/** The statuses of a session that went well, with the checks where this one differs (helpers' `usual`). */
const L = usual;

const SCREEN: Partial<Message> = { author: 'Kim - Librarian' };

export const cases: SessionCase[] = [
  // ---- closing.anything_else: an "anything else" about something else vs the question in unusual words ----
  {
    name: 'S01 anything_else near miss: "Do you own anything else by her already …?" asks about the shelf, not the need : anything fails',
    lines: [
      [0, 'p', "hi! what order should i read octavia butler's books in? just finished kindred"],
      [34, 'l', "Hi there, Marcus here, a librarian with Riverside Public Library's Ask a Librarian chat."],
      [41, 'l', 'Are you hoping to read everything she wrote, or mostly the series?'],
      [70, 'p', 'mostly the series i think'],
      [150, 'l', 'Her series are the Patternist books, the Xenogenesis trilogy (reissued as Lilith\'s Brood) and the two Parable novels. Our catalog at riversidelib.org/catalog has all of them; search "Butler, Octavia" and sort by series. Does that give you what you needed?'],
      [190, 'p', 'yes perfect'],
      [198, 'l', 'Do you own anything else by her already, or is Kindred the only one on your shelf?'],
      [230, 'p', 'just kindred, it was for class'],
      [236, 'l', 'Lucky you, lots ahead. Thanks for chatting with us, happy reading!'],
    ],
    exp: L({ anything: 'fail' }),
  },
  {
    name: 'S02 anything_else in unusual words (British): "Is there any other query I can sort out for you while you\'re here?" : anything passes; no completeness question : fails',
    lines: [
      [0, 'p', "Hello, I'm trying to find out when the mobile library stops in Little Haddon"],
      [22, 'l', "Good afternoon, you're through to Ask a Librarian at Norfolk Libraries, my name is Gemma."],
      [30, 'l', 'Which day would suit you, or are you after the full timetable?'],
      [61, 'p', 'Full timetable please, I work odd shifts'],
      [115, 'l', 'The mobile library timetables are on our website: norfolk.gov.uk/mobilelibraries, choose Route 4. Little Haddon is every other Tuesday, 10:15 to 10:45.'],
      [150, 'p', 'Brilliant, found it'],
      [158, 'l', "Lovely. Is there any other query I can sort out for you while you're here?"],
      [190, 'p', 'Nope, ta!'],
      [196, 'l', "You're welcome, thanks for getting in touch. Bye for now!"],
    ],
    exp: L({ complete: 'fail' }),
  },
  // ---- followup.completeness: a question about something not yet given vs the question in other words ----
  {
    name: 'S03 completeness near miss (non-native patron): "would an interlibrary loan copy be what you need?" asks about something not given : fails',
    lines: [
      [0, 'p', 'Hello. I am searching article about microplastics in rice, for my master thesis. Please help'],
      [48, 'l', "Hi, welcome to Ask Us at Lakeside University Library! I'm Priya, one of the subject librarians."],
      [57, 'l', 'Do you need studies from a particular region, or anywhere in the world?'],
      [95, 'p', 'Asia is best, but all okay'],
      [102, 'l', 'Let me run a quick search for you.'],
      [190, 'l', 'Try Web of Science (library.lakeside.edu/wos): searching microplastic* AND rice gives about 40 studies, several from China and Bangladesh.'],
      [197, 'l', 'If you cannot get the full text of one, would an interlibrary loan copy be what you need?'],
      [240, 'p', 'Yes maybe, I will try first'],
      [247, 'l', 'Sounds good. Anything more I can do for you today?'],
      [270, 'p', 'No, thank you very much'],
      [276, 'l', 'Thanks for using Ask Us, and good luck with the thesis!'],
    ],
    exp: L({ complete: 'fail' }),
  },
  {
    name: 'S04 completeness in unusual words (chat-speak patron): "Does that get you where you need to be?" : passes',
    lines: [
      [0, 'p', 'how do i get the nyt for free w my library card??'],
      [12, 'l', "Hey! You've reached Ask a Librarian at Harbor City Public Library, I'm Tom."],
      [18, 'l', 'Are you wanting to read it on your phone or on a computer?'],
      [40, 'p', 'phone mostly'],
      [85, 'l', 'We have a New York Times group pass: go to harborcitylibrary.org/nyt, sign in with your card, and it gives you a 72-hour code you can redeem in the NYT app.'],
      [92, 'l', 'Does that get you where you need to be?'],
      [160, 'p', 'ok got the code!! ty'],
      [170, 'l', 'Awesome. Need help with anything else?'],
      [210, 'p', 'nah im good'],
      [214, 'l', 'Enjoy the paper, take care!'],
    ],
    exp: L(),
  },
  // ---- inquiry.clarify: a question after the source vs a restatement in unusual words ----
  {
    name: 'S05 clarify near miss (Spanish): the only question, "¿En qué escuela estudia usted?", comes after the source : clarify and completeness fail',
    lines: [
      [0, 'p', 'hola, necesito libros sobre la revolución mexicana para un trabajo'],
      [25, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
      [80, 'l', 'En nuestro catálogo (sanmarcoslib.org/catalogo) hay varios; por ejemplo "Historia mínima de la Revolución mexicana" de Javier Garciadiego, en la sección 972.08.'],
      [101, 'p', 'ok'],
      [110, 'l', '¿En qué escuela estudia usted?'],
      [150, 'p', 'en la prepa 3'],
      [158, 'l', 'Muy bien. Gracias por escribirnos, ¡que le vaya bien!'],
    ],
    exp: L({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'S06 clarify by restatement (British): "Right, just so I\'ve got it straight: the angle is …" before the source : passes; patron "that\'s all I needed"',
    lines: [
      [0, 'p', 'I need something on the effect of the 1832 Reform Act on small boroughs like Old Sarum, for an essay due Friday'],
      [30, 'l', "Hello and welcome to the university library's chat service. Owen here, one of the humanities librarians."],
      [40, 'l', "Right, just so I've got it straight: the angle is what happened to the rotten boroughs themselves rather than the Act in general."],
      [75, 'p', 'Yes exactly'],
      [82, 'l', 'Give me a couple of minutes to pull a few things together.'],
      [190, 'l', "Have a look at the History of Parliament Online (historyofparliamentonline.org): each constituency has an entry, and Old Sarum's covers 1820-32 and its abolition. Is that the kind of thing you're after?"],
      [250, 'p', "Perfect, that's all I needed, thank you!"],
      [255, 'l', 'Cheers, good luck with the essay. Goodbye!'],
    ],
    exp: L(),
  },
  // ---- goodbye: an announcement only vs a goodbye that also asks if the patron is there ----
  {
    name: 'S07 courteous near miss: the last message only announces the end, "I\'m going to end this chat session now." : courteous fails',
    lines: [
      [0, 'p', 'does the library have a notary'],
      [19, 'l', 'Hi, this is Dana with Ask Westbrook Library.'],
      [26, 'l', 'Which branch is closest to you?'],
      [51, 'p', 'central i guess'],
      [70, 'l', 'Central has a free notary by appointment on Tuesdays and Thursdays; you can book at westbrooklibrary.org/notary. Does that answer your question?'],
      [105, 'p', 'ok'],
      [111, 'l', 'Anything else today?'],
      [140, 'p', 'no'],
      [146, 'l', "I'm going to end this chat session now."],
    ],
    exp: L({ courteous: 'fail' }),
  },
  {
    name: 'S08 goodbye that asks "Are you still with me? If not, thanks … goodbye!" is no Goodbye: the final idle runs to the end (390 s): check-in passes, no disconnect notice : fails',
    lines: [
      [0, 'p', "Hi, I'm looking for a recipe for the Welsh cakes my nan used to make, she said it was in an old WI cookbook"],
      [40, 'l', "Hello, welcome to Ask a Librarian! I'm Rhian at Cardiff Libraries."],
      [48, 'l', 'Do you remember roughly when the book was published, or what the cover looked like?'],
      [120, 'p', '1970s I think, a green cover'],
      [126, 'l', 'One moment while I check our catalogue.'],
      [230, 'l', 'There\'s a 1974 "W.I. Cookery Book" (Welsh edition) in the catalogue at cardiff.gov.uk/libraries, a reference copy at Central Library. Is that likely to be the one?'],
      [380, 'l', 'Are you still with me? If not, thanks for chatting and goodbye!'],
    ],
    over: { endAfter: 240 },
    exp: L({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- session.idle_checkin: a check-in phrased as a statement vs a notice that does not ask ----
  {
    name: 'S09 check-in as an indirect statement: "Just checking whether you\'re still with me." then a notice + goodbye (idle 242 s) : both pass',
    lines: [
      [0, 'p', 'need help citing a youtube video in apa'],
      [15, 'l', 'Hi! Sam from the Writing Center & Library chat here.'],
      [22, 'l', 'Is it APA 7th edition your instructor wants?'],
      [41, 'p', 'yes'],
      [88, 'l', 'Purdue OWL has the format with examples: owl.purdue.edu > APA > Reference List: Audiovisual Media. Basically: Channel Name. (Year, Month Day). Title of video [Video]. YouTube. URL'],
      [95, 'l', 'Did that example help?'],
      [240, 'l', "Just checking whether you're still with me."],
      [330, 'l', "It looks like you may have left the chat, so I'll close this session. Thanks for stopping by, and come back anytime!"],
    ],
    exp: L({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'S10 check-in near miss: "Looks like you\'ve stepped away from the computer." does not ask : idle fails; with "I\'ll go ahead and close out this chat" the notice passes',
    lines: [
      [0, 'p', 'Hi, can I renew an interlibrary loan book online?'],
      [28, 'l', "Good morning! You've reached Ask Us at Pinecrest College Library, this is Alma."],
      [35, 'l', "Which book is it? Some lenders don't allow renewals."],
      [70, 'p', 'the one about soil microbes, due monday'],
      [76, 'l', 'Let me look up your request.'],
      [150, 'l', 'You can ask for a renewal in ILLiad at pinecrest.edu/illiad under Checked Out Items > Request Renewal; the lending library decides within a day or two. Does that do the trick?'],
      [260, 'l', "Looks like you've stepped away from the computer."],
      [370, 'l', "Since I haven't heard back, I'll go ahead and close out this chat. Thank you for contacting Pinecrest!"],
    ],
    exp: L({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  // ---- interest.keep_informed: "take your time" (no hold) vs holds in unusual words ----
  {
    name: 'S11 hold near miss: "Take your time looking through those, no rush." then 190 s before the provider writes again : a wait on the patron, passes',
    lines: [
      [0, 'p', 'looking for a good audiobook for a 9 hour road trip, me and 2 teens'],
      [35, 'l', "Hi there, Ask a Librarian at Maple Grove Library, I'm Chris."],
      [42, 'l', 'What kinds of stories do the teens usually like?'],
      [80, 'p', 'fantasy, funny stuff. nothing too scary'],
      [140, 'l', 'A few that families love: "The Hitchhiker\'s Guide to the Galaxy" (read by Stephen Fry), "Howl\'s Moving Castle" and "The Princess Bride". All three are on Libby at maplegrove.overdrive.com. Take your time looking through those, no rush.'],
      [330, 'l', 'Did any of those look like a fit?'],
      [352, 'p', "princess bride!! thanks, that's all"],
      [360, 'l', 'Great choice. Safe travels, and thanks for chatting!'],
    ],
    exp: L(),
  },
  {
    name: 'S12 hold in chat-speak: "ok hang tight, digging thru the catalog" then 210 s : keep_informed fails',
    lines: [
      [0, 'p', 'do u have any books on fixing old motorcycles, like 70s hondas'],
      [20, 'l', 'hey! Ask a Librarian at Oak Hollow Public Library, this is Jay'],
      [26, 'l', 'any particular model? CB750, CB350...?'],
      [50, 'p', 'cb350'],
      [55, 'l', 'ok hang tight, digging thru the catalog'],
      [265, 'l', 'found it: the Clymer manual "Honda 350-550cc Fours 1972-1978" at 629.28775 at Main, plus Chilton manuals on hoopla (oakhollowlib.org/hoopla). that what u were after?'],
      [300, 'p', 'yes thats it'],
      [305, 'l', 'anything else i can look up?'],
      [320, 'p', 'no thats all thx'],
      [324, 'l', 'np, thanks for using the chat, bye!'],
    ],
    exp: L({ informed: 'fail' }),
  },
  {
    name: 'S13 a partial result that says the search goes on ("I\'m still going through the tables.") is a hold: 150 s after it : keep_informed fails',
    lines: [
      [0, 'p', 'Good evening. I am looking for the population of my town Esperanza, Texas in 1900 census'],
      [50, 'l', 'Good evening, and welcome to TexShare Ask a Librarian! My name is Ruth.'],
      [58, 'l', 'Is it the town itself you need, or the county?'],
      [90, 'p', 'the town please'],
      [150, 'l', "So far I've found Esperanza inside the county total in the 1900 census volume, but not on its own yet. I'm still going through the tables."],
      [300, 'l', 'Here it is: the 1900 Census, Volume 1, Table 5 (census.gov/library/publications/1901/dec/vol-01-population.html) lists Esperanza at 412 people. Does that answer your question?'],
      [360, 'p', 'Yes. Thank you so much'],
      [366, 'l', "You're welcome! Is there anything else I can help with tonight?"],
      [400, 'p', 'No that is all'],
      [404, 'l', 'Thank you for using TexShare, have a good night.'],
    ],
    exp: L({ informed: 'fail' }),
  },
  // ---- closing.no_dismissal: cut off without a way back vs others waiting + come back ----
  {
    name: 'S14 dismissal: "I have to cut this off, I\'ve got other people in the queue." (no way back) : no_dismissal fails',
    lines: [
      [0, 'p', 'hi i have a bunch of questions about my taxes'],
      [25, 'l', 'Hello! This is Kevin with Ask Your Library, Greenfield Public Library.'],
      [31, 'l', 'Is this about federal or state taxes?'],
      [60, 'p', 'federal. where do i get the 1040'],
      [72, 'l', 'The 1040 and its instructions are at irs.gov/forms-instructions, and we have printed copies at the front desk. Did that help?'],
      [90, 'p', 'yes. also how do i figure out if i can deduct my home office'],
      [130, 'l', 'IRS Publication 587 (irs.gov/pub587) covers home office deductions.'],
      [150, 'p', 'and what about my side business, do i need a schedule c'],
      [160, 'l', "I have to cut this off, I've got other people in the queue."],
      [175, 'p', 'oh ok'],
      [180, 'l', 'Bye.'],
    ],
    exp: L({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'S15 allowed ending (British): "quite a queue of people waiting … do pop back on the chat later" : no_dismissal passes',
    lines: [
      [0, 'p', "Hiya, quick one: can I use the library's 3D printer, and how much is it?"],
      [20, 'l', "Hello! Ask Leeds Libraries here, you're chatting with Priti."],
      [27, 'l', 'Which library do you usually go to?'],
      [52, 'p', 'Central. Also can I book a study room? And do you do passport photos? And what about scanning?'],
      [110, 'l', 'The 3D printer at Central is 10p a gram, book it at leeds.gov.uk/libraries/makerspace. Study rooms are bookable on the same page. Does that help?'],
      [130, 'p', 'Yes, and the passport photos? And scanning? And one more about my card'],
      [140, 'l', "We've got quite a queue of people waiting just now, so I'll need to wrap up here, but do pop back on the chat later and we'll happily go through the rest. Thanks for getting in touch!"],
      [150, 'p', 'ok fair enough'],
    ],
    exp: L({ anything: 'fail' }),
  },
  // ---- referral.contact: another party's contact, the library's own department, staff consulted, a website ----
  {
    name: 'S16 referral near miss: "check with your pharmacist; … DailyMed (dailymed.nlm.nih.gov)" — the URL is a resource\'s, the pharmacist has none : referral fails',
    lines: [
      [0, 'p', 'my doctor prescribed metformin, is it safe to take with my blood pressure pill?'],
      [30, 'l', "Hello, Ask a Librarian at Cedar Falls Public Library, I'm Nina. I can point you to information, though I can't give medical advice."],
      [38, 'l', 'Which blood pressure medicine is it?'],
      [70, 'p', 'lisinopril'],
      [130, 'l', "MedlinePlus has plain-language pages on both drugs: medlineplus.gov/druginformation.html. For your own situation please check with your pharmacist; the FDA's label database DailyMed (dailymed.nlm.nih.gov) lists the interactions too."],
      [137, 'l', 'Does that give you what you were looking for?'],
      [170, 'p', 'yes thank you'],
      [176, 'l', 'Anything else I can help with?'],
      [200, 'p', 'nope'],
      [205, 'l', 'Take care, and thanks for using Ask a Librarian!'],
    ],
    exp: L({ referral: 'fail' }),
  },
  {
    name: 'S17 referral to the library\'s own department (British): "give our Local Studies team a ring on 0117 903 7202" : referral passes',
    lines: [
      [0, 'p', "Hello, I'm researching the history of my house on Mill Lane, built c.1890. Where do I start?"],
      [45, 'l', "Good afternoon, welcome to Ask a Librarian from Bristol Libraries. My name's Tomasz."],
      [52, 'l', 'Do you know who the earlier owners were, or are you starting from scratch?'],
      [110, 'p', 'From scratch really'],
      [180, 'l', 'A good first step is the old Ordnance Survey maps on Know Your Place (kyp.org.uk), which let you compare Mill Lane across the decades. After that, give our Local Studies team a ring on 0117 903 7202, they hold the street directories and can book you in to see them.'],
      [190, 'l', 'Is that a helpful starting point?'],
      [230, 'p', "Very, thank you. That's everything for now."],
      [236, 'l', 'Thanks for using the service, good luck with the house!'],
    ],
    exp: L({ referral: 'pass' }),
  },
  {
    name: 'S18 referral to the library\'s own desk without a contact ("stop by our Interlibrary Loan desk on the second floor") : referral fails; no source : fails',
    lines: [
      [0, 'p', 'Hello, the book I need is not in your library. How I can get it from other library?'],
      [30, 'l', 'Hi, welcome! This is Grace, a librarian at Brookline Public Library.'],
      [36, 'l', "What's the title of the book?"],
      [60, 'p', '"The Body Keeps the Score" but in Portuguese'],
      [120, 'l', "We don't own the Portuguese edition, so you'd want to stop by our Interlibrary Loan desk on the second floor of the main library and they'll request it for you."],
      [126, 'l', 'Does that help?'],
      [150, 'p', 'ok yes'],
      [155, 'l', 'Is there anything else I can help you with?'],
      [175, 'p', 'no thanks'],
      [180, 'l', "You're welcome. Have a great day!"],
    ],
    exp: L({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'S19 staff consulted on the patron\'s behalf ("let me check with our genealogy librarian", internal notes) is no referral; the archive\'s index is a source : referral na',
    lines: [
      [0, 'p', 'Hi! my great grandfather was a miner in Butte Montana around 1910, is there any way to find what mine he worked at'],
      [38, 'l', "Hello! Thanks for reaching out to Ask Montana Libraries, I'm Beth."],
      [46, 'l', 'Do you know his full name and roughly when he was born?'],
      [90, 'p', 'Patrick Joseph Sullivan, born about 1885 in Ireland'],
      [97, 'l', 'Great, let me check with our genealogy librarian, one moment.'],
      [100, 'i', 'Hey Lou, patron wants mine employment for Patrick J Sullivan b.~1885, Butte c.1910. Anaconda records?'],
      [190, 'i', 'Anaconda Co. personnel cards are at the Butte-Silver Bow Public Archives, partly indexed on their site'],
      [205, 'l', "Our genealogy librarian says the Anaconda Copper Mining Company's employment cards are kept by the Butte-Silver Bow Public Archives, and their index is searchable at buttearchives.org. The 1910 census on FamilySearch (familysearch.org) would also list his occupation."],
      [212, 'l', 'Is that the kind of lead you were hoping for?'],
      [260, 'p', "yes!! thank you so much, that's all I needed"],
      [266, 'l', 'My pleasure. Thanks for chatting, and good luck with the search!'],
    ],
    exp: L(),
  },
  {
    name: 'S20 a website pointed to (Spanish): "El Departamento de Estado lo publica en travel.state.gov" is a source, not a referral : referral na; "es todo"',
    lines: [
      [0, 'p', 'buenas tardes, ¿dónde puedo descargar el formulario para renovar mi pasaporte de EE.UU.?'],
      [35, 'l', '¡Buenas tardes! Soy Andrés, bibliotecario del servicio Pregúntele al Bibliotecario de la Biblioteca del Condado de Hidalgo.'],
      [42, 'l', '¿Su pasaporte actual venció hace menos de 15 años?'],
      [70, 'p', 'sí, hace 2 años'],
      [100, 'l', 'Entonces puede usar el formulario DS-82. El Departamento de Estado lo publica en travel.state.gov (busque "DS-82"); se llena en línea y se imprime.'],
      [106, 'l', '¿Eso responde a su pregunta?'],
      [140, 'p', 'sí, muchas gracias, es todo'],
      [145, 'l', '¡Con gusto! Gracias por comunicarse con nosotros. Que tenga buena tarde.'],
    ],
    exp: L(),
  },
  // ---- followup.contact: a promise without a time; the e-mail only in the patron fields ----
  {
    name: 'S21 follow-up promise without a time ("I\'ll be in touch once I\'ve been through the reels"), e-mail repeated back : contact fails, on_time pending',
    lines: [
      [0, 'p', "Hi, I'm trying to find the obituary of Margaret Okafor who died in Dayton around March 1987"],
      [26, 'l', "Hi, this is Leo at the Dayton Metro Library's Ask Us service."],
      [33, 'l', 'Do you know which newspaper it might have run in, or should I check all of them?'],
      [60, 'p', 'any of them, probably the Daily News'],
      [66, 'l', 'Let me search the obituary index.'],
      [160, 'l', "The Dayton Daily News obituary index (daytonmetrolibrary.org/obits) doesn't go past 1985 online, so I'll need to check the microfilm myself. I'll email you what I find. What's the best email for you?"],
      [190, 'p', 'mokafor.family@example.com'],
      [196, 'l', "Got it, mokafor.family@example.com. I'll be in touch once I've been through the reels."],
      [215, 'p', 'thank you!'],
      [220, 'l', 'Thanks for your patience, goodbye!'],
    ],
    over: FU_ME,
    exp: L({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'S22 follow-up "by Thursday" but the e-mail only in patron.email, never in the chat : contact fails; code passes (a contact is known); done in 2 days : on_time passes',
    lines: [
      [0, 'p', 'I need the minutes from the Oakdale school board meeting where they voted on the new high school, sometime in 1998'],
      [40, 'l', 'Good afternoon! Ask a Librarian, Oakdale Public Library; my name is Farah.'],
      [48, 'l', 'Do you need the full minutes, or just the record of the vote?'],
      [85, 'p', 'the full minutes if possible'],
      [92, 'l', 'One moment while I look.'],
      [180, 'l', "The district's online archive (oakdaleschools.org/board/archive) only starts in 2005. Our local history room has the 1998 minutes in bound volumes, so I'll pull them and send you scans by Thursday."],
      [200, 'p', 'that would be amazing, thanks'],
      [206, 'l', "You're welcome! Thanks for contacting us."],
    ],
    over: { ...FU_ME, patron: { name: 'R. Castillo', email: 'r.castillo@example.net', phone: null }, followUps: [{ doneAt: at(2 * 86_400) }] },
    ctx: { now: T0 + 4 * DAY },
    exp: L({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  // ---- approachability.greeting: a screen name only; split over two messages; the name in the third ----
  {
    name: 'S23 greeting near miss: "Hi there! What can I help you with today?" with the name only in the screen name "Kim - Librarian" : greeting fails',
    lines: [
      [0, 'p', 'can i get a library card online'],
      [25, 'l', 'Hi there! What can I help you with today?', SCREEN],
      [30, 'l', 'Are you a resident of the county?', SCREEN],
      [55, 'p', 'yes i live in Clayton'],
      [80, 'l', 'Great, you can sign up for an eCard at claytonlibrary.org/getacard; it works right away for e-books and databases. Does that answer your question?', SCREEN],
      [100, 'p', 'yes thanks thats all'],
      [104, 'l', 'Have a good one, goodbye!', SCREEN],
    ],
    exp: L({ greeting: 'fail' }),
  },
  {
    name: 'S24 greeting split over two messages (Irish): "Hello!" then "You\'re chatting with Aoife from Dublin City Libraries." : greeting passes',
    lines: [
      [0, 'p', 'Hello, is the library open on Easter Monday?'],
      [14, 'l', 'Hello!'],
      [19, 'l', "You're chatting with Aoife from Dublin City Libraries."],
      [26, 'l', 'Which branch are you thinking of visiting?'],
      [50, 'p', 'Pearse Street'],
      [75, 'l', 'All Dublin City Libraries branches are closed on Easter Monday; opening hours and holiday closures are listed at dublincity.ie/libraries. Does that answer your question?'],
      [90, 'p', 'It does, thanks a million'],
      [95, 'l', 'Is there anything else I can help you with?'],
      [120, 'p', "No, that's grand"],
      [124, 'l', 'Enjoy the long weekend, bye!'],
    ],
    exp: L(),
  },
  {
    name: 'S25 pickup exactly 60 s : passes; the name only in the third provider message ("Sorry, I should\'ve said: I\'m Ben …") : greeting fails',
    lines: [
      [0, 'p', 'hi how do i reset my pin for the library app'],
      [60, 'l', 'Hi there!'],
      [66, 'l', 'Are you using the app on iPhone or Android?'],
      [90, 'p', 'android'],
      [96, 'l', "Sorry, I should've said: I'm Ben, one of the librarians at Fairview Library."],
      [110, 'l', 'In the Fairview Library app, tap Account > Forgot PIN; it emails a reset link to the address on your card. The steps are also at fairviewlib.org/app-help. Did that work?'],
      [200, 'p', 'yep got it'],
      [206, 'l', 'Anything else you need?'],
      [230, 'p', 'no'],
      [236, 'l', 'Thanks, bye!'],
    ],
    exp: L({ greeting: 'fail' }),
  },
  {
    name: 'S26 pickup at 61 s (Spanish) : pickup fails, the rest passes',
    lines: [
      [0, 'p', 'hola, ¿la biblioteca tiene clases de inglés gratis?'],
      [61, 'l', '¡Hola! Bienvenido a Pregunte a un Bibliotecario, le saluda Marta de la Biblioteca Pública de Elmwood.'],
      [69, 'l', '¿Busca clases presenciales o en línea?'],
      [95, 'p', 'presenciales, en la tarde'],
      [140, 'l', 'Tenemos clases de conversación en inglés los martes y jueves a las 6 pm en la sucursal central, sin costo. El calendario está en elmwoodlibrary.org/eventos. ¿Le sirve esta información?'],
      [170, 'p', 'sí perfecto'],
      [176, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [200, 'p', 'no gracias'],
      [205, 'l', 'Gracias por escribirnos. ¡Hasta luego!'],
    ],
    exp: L({ pickup: 'fail' }),
  },
  // ---- interest.keep_informed: a wait of exactly 120 s vs 121 s ----
  {
    name: 'S27 a wait on the provider of exactly 120 s (patron 60 s, answer 180 s) : keep_informed passes',
    lines: [
      [0, 'p', 'Hi, I need peer reviewed articles on remote work and burnout'],
      [20, 'l', "Hi, I'm Olu, a librarian with the Ask Us chat at Northgate University."],
      [27, 'l', 'Is this for a particular course, and do you need a date range?'],
      [60, 'p', 'psych 210, last 5 years'],
      [180, 'l', 'Try PsycINFO (library.northgate.edu/psycinfo) with remote work AND burnout, limited to 2020-2025 and Peer Reviewed. That gives about 90 hits. Does that help?'],
      [230, 'p', 'yes thank you'],
      [236, 'l', 'Anything else?'],
      [260, 'p', 'no thats all'],
      [264, 'l', 'Good luck with the paper, bye!'],
    ],
    exp: L(),
  },
  {
    name: 'S28 a wait after "Ok, let me look." of 121 s : keep_informed fails',
    lines: [
      [0, 'p', 'where can i find the value of a 1964 kennedy half dollar'],
      [22, 'l', 'Hey there, Ask a Librarian at Lakewood Library, Mel here.'],
      [28, 'l', "Do you know the mint mark and what condition it's in?"],
      [55, 'p', 'no mint mark, pretty worn'],
      [61, 'l', 'Ok, let me look.'],
      [182, 'l', 'The "Red Book" (A Guide Book of United States Coins) lists a worn 1964 Philadelphia half at about its silver value; we have the current edition at 737.4 in Reference. PCGS also has a free price guide at pcgs.com/prices. Does that answer it?'],
      [205, 'p', 'ya thanks'],
      [210, 'l', 'Is there anything else I can help you find?'],
      [232, 'p', 'no'],
      [236, 'l', 'Thanks for chatting with Lakewood Library, bye!'],
    ],
    exp: L({ informed: 'fail' }),
  },
  // ---- final idle just under and over the thresholds; a hold followed by silence ----
  {
    name: 'S29 final idle 119 s (answer at 110, session ends at 229) : idle and disconnect na; no goodbye : courteous fails',
    lines: [
      [0, 'p', 'Do you have museum passes for the science center?'],
      [30, 'l', 'Hello, Ask the Library at Westfield Memorial Library, this is Irene.'],
      [36, 'l', 'Which day were you hoping to go?'],
      [70, 'p', 'next saturday'],
      [110, 'l', 'Yes, we have two Science Center passes; you can reserve them at westfieldlibrary.org/passes. Saturday the 14th still shows one available. Does that help?'],
    ],
    over: { endAfter: 119 },
    exp: L({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'S30 final idle exactly 180 s with "Are you still there?" only : idle passes, disconnect fails',
    lines: [
      [0, 'p', 'hi, how long can I keep a laptop I borrow from the library?'],
      [18, 'l', 'Hi! Ask a Librarian at Riverbend Public Library, my name is Devon.'],
      [24, 'l', 'Is it one of the Chromebooks or the Windows laptops?'],
      [50, 'p', 'chromebook'],
      [70, 'l', "Chromebooks check out for 3 weeks and can be renewed once if nobody's waiting; the full policy is at riverbendlibrary.org/borrow-tech. Is that what you needed?"],
      [200, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 50 },
    exp: L({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'S31 final idle 179 s (British) with "Hello? Are you still with me?" : idle passes, disconnect na',
    lines: [
      [0, 'p', 'Hello, do you have the Financial Times online?'],
      [25, 'l', "Hello, you've reached the Ask a Librarian service at Kingsbridge Libraries; I'm Hannah."],
      [31, 'l', "Are you after today's paper or older issues?"],
      [60, 'p', 'Older, from 2008'],
      [95, 'l', "The ProQuest Financial Times archive on our eLibrary page (kingsbridge.gov.uk/elibrary) has issues from 1996 onward; log in with your card number. Will that do the job?"],
      [215, 'l', 'Hello? Are you still with me?'],
    ],
    over: { endAfter: 59 },
    exp: L({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'S32 a hold followed by silence ("Let me check that for you." then 400 s to the end): no final idle, the open span does not count',
    lines: [
      [0, 'p', 'hi what time does the pool at the rec center open? its not the library i know lol'],
      [16, 'l', "Hi! No worries, this is Ask a Librarian at Hillsdale Library, I'm Rosa."],
      [22, 'l', 'Is it the Hillsdale Rec Center on Main St?'],
      [40, 'p', 'yes'],
      [75, 'l', "The city's pool schedule is at hillsdale.gov/recreation/aquatics: lap swim opens at 6 am weekdays, 8 am Saturday. Does that help?"],
      [110, 'p', 'yes. also do they do swim lessons for adults'],
      [118, 'l', 'Let me check that for you.'],
    ],
    over: { endAfter: 400 },
    exp: L({ anything: 'fail', courteous: 'fail' }),
  },
  // ---- session.concurrency: another session that starts exactly at the end vs one second before ----
  {
    name: 'S33 concurrency: two others overlap the whole session, a third starts exactly at its end, a fourth ended exactly at its start : passes',
    lines: [
      [0, 'p', 'yo is there a way to print from my phone at the library'],
      [20, 'l', "Hi! You're chatting with Ask a Librarian at Summit County Library. I'm Jo."],
      [26, 'l', 'Which branch would you print at?'],
      [45, 'p', 'downtown'],
      [80, 'l', 'Yep: go to summitlibrary.org/mobileprint, upload your file, enter your card number, then release it at the downtown print station. B&W is 10 cents a page. Does that answer your question?'],
      [110, 'p', 'yes ty thats all'],
      [115, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 500), other('b', 'jo', 10, 400), other('c', 'jo', 120, 600), other('d', 'jo', -200, 0)] },
    exp: L(),
  },
  {
    name: 'S34 concurrency: as S33 but the third starts one second before the end (four open at once) : fails',
    lines: [
      [0, 'p', 'Good morning, does the library lend out fishing poles? My grandson is visiting'],
      [20, 'l', "Good morning! Ask a Librarian at Summit County Library, I'm Jo."],
      [26, 'l', 'How old is your grandson, and which branch is nearest you?'],
      [45, 'p', 'He is 8, we go to Lakeside branch'],
      [80, 'l', 'Lakeside lends kids\' fishing kits for a week, with a rod, tackle box and a state fishing guide; reserve one at summitlibrary.org/thingslibrary. Is that what you were looking for?'],
      [110, 'p', "Yes, that's all I needed"],
      [115, 'l', 'Wonderful. Thanks for chatting, and tight lines!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 500), other('b', 'jo', 10, 400), other('c', 'jo', 119, 600), other('d', 'jo', -200, 0)] },
    exp: L({ concurrency: 'fail' }),
  },
];

// ---- second batch, written after the first run and labelled before it was run ----
export const probes: SessionCase[] = [
  {
    name: 'S35 anything_else near miss as a clarifying question: "Is there anything else you remember about the book …?" : clarify passes, anything fails',
    lines: [
      [0, 'p', 'im trying to find a kids book i read in the 90s, a girl lives in a museum?? i think'],
      [24, 'l', "Hi! This is Ask a Librarian at Porter County Public Library, you're chatting with Dee."],
      [31, 'l', 'Is there anything else you remember about the book, like the cover or whether she had a brother with her?'],
      [70, 'p', 'yes her little brother!! they ran away'],
      [110, 'l', 'That sounds like "From the Mixed-up Files of Mrs. Basil E. Frankweiler" by E.L. Konigsburg: Claudia and her brother Jamie hide in the Metropolitan Museum of Art. It\'s in our catalog at portercountylibrary.org. Does that ring a bell?'],
      [140, 'p', 'OMG yes thats it thank u'],
      [146, 'l', 'Glad we found it! Thanks for chatting, take care.'],
    ],
    exp: L({ anything: 'fail' }),
  },
  {
    name: 'S36 restatement as "Let me make sure I understand: you want …" (no question) before the source : clarify passes',
    lines: [
      [0, 'p', 'Hi there, I want to start a small bakery from home in Ohio, what do I need legally'],
      [30, 'l', "Hello, I'm Marisol, a librarian with Ask Ohio Libraries."],
      [38, 'l', "Let me make sure I understand: you want the state rules for selling baked goods made in your own kitchen."],
      [66, 'p', 'yes exactly'],
      [74, 'l', 'Let me pull that up.'],
      [160, 'l', 'Ohio calls these "cottage food" operations. The Ohio Department of Agriculture\'s Cottage Food page (agri.ohio.gov, search "cottage food") lists what you can sell and the labelling rules. Did that answer your question?'],
      [200, 'p', 'yes, thanks, that is everything'],
      [206, 'l', 'Best of luck with the bakery, goodbye!'],
    ],
    exp: L(),
  },
  {
    name: 'S37 completeness as "Would that one work for you?" after the title is given : passes',
    lines: [
      [0, 'p', 'need a memoir for book club, under 300 pages, something uplifting'],
      [18, 'l', "Hi, Ask a Librarian here at Eastside Public Library. I'm Nadia."],
      [25, 'l', 'Any subjects your club has already done or would rather avoid?'],
      [60, 'p', 'we did a lot of war books, want something lighter'],
      [130, 'l', '"Crying in H Mart" by Michelle Zauner is about 240 pages, funny and warm though it deals with grief; we have 12 copies and a book club kit in the catalog at eastsidelibrary.org. Would that one work for you?'],
      [170, 'p', 'sounds great!'],
      [176, 'l', 'Is there anything else I can help with?'],
      [190, 'p', 'no thats it'],
      [195, 'l', 'Happy reading, and thanks for using Ask a Librarian!'],
    ],
    exp: L(),
  },
  {
    name: 'S38 dismissal (Spanish): "Ya no puedo seguir atendiéndole, tengo otros usuarios." with no way back : no_dismissal fails',
    lines: [
      [0, 'p', 'buenas, necesito ayuda con mi solicitud de trabajo en línea'],
      [30, 'l', 'Hola, le atiende Jorge de la Biblioteca Pública de Riverside, servicio Pregunte.'],
      [36, 'l', '¿Para qué empresa es la solicitud?'],
      [60, 'p', 'para el distrito escolar, me pide un currículum'],
      [110, 'l', 'Puede usar la plantilla de currículum en español de GCFGlobal: edu.gcfglobal.org/es/curriculum. ¿Le sirve?'],
      [140, 'p', 'sí pero tambien no sé cómo subir el archivo y tambien tengo dudas con las referencias'],
      [150, 'l', 'Ya no puedo seguir atendiéndole, tengo otros usuarios.'],
      [165, 'p', 'ah bueno'],
      [170, 'l', 'Adiós.'],
    ],
    exp: L({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'S39 check-in and disconnect notice (Spanish): "¿Sigue ahí?" then "Parece que se desconectó; voy a cerrar el chat. ¡Gracias …!" (idle 260 s) : both pass',
    lines: [
      [0, 'p', 'hola, ¿cómo saco una cita para la licencia de manejo?'],
      [22, 'l', '¡Hola! Soy Carmen, del servicio Pregunte al Bibliotecario de la Biblioteca de Laredo.'],
      [29, 'l', '¿Es su primera licencia o una renovación?'],
      [55, 'p', 'renovación'],
      [90, 'l', 'Las citas se sacan en la página del DPS de Texas: txdps.gov, sección "Driver License" > "Schedule an appointment". También hay la opción de renovar en línea si le toca. ¿Le sirve?'],
      [230, 'l', '¿Sigue ahí?'],
      [350, 'l', 'Parece que se desconectó; voy a cerrar el chat. ¡Gracias por escribirnos!'],
    ],
    exp: L({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'S40 a service named "Ask the Library" in the greeting is no referral : referral na',
    lines: [
      [0, 'p', 'Is there a limit on how many e-books I can borrow at once?'],
      [20, 'l', "Hi, welcome to Ask the Library! I'm Pat at Fairmont Public Library."],
      [27, 'l', 'Are you borrowing through Libby or through hoopla?'],
      [50, 'p', 'Libby'],
      [80, 'l', 'In Libby you can have 10 titles out and 10 holds at a time; the limits are listed at fairmontlibrary.org/ebooks. Does that help?'],
      [110, 'p', 'yes thanks, thats all'],
      [115, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: L(),
  },
  {
    name: 'S41 follow-up by the patron\'s library: "Someone from your library\'s reference desk will email you at … by Friday" (e-mail given in chat) : contact passes, on_time pending, no referral',
    lines: [
      [0, 'p', 'Hello, I need a copy of a 1952 article from a Portuguese newspaper about my village, Vila Nova'],
      [45, 'l', "Good afternoon, this is Ask Us 24/7; I'm Harriet, a librarian in the cooperative."],
      [53, 'l', 'Which library card do you have, and do you know the newspaper\'s name?'],
      [100, 'p', 'Fall River Public Library. The paper was Diário de Notícias'],
      [107, 'l', 'One moment, let me check what Fall River has.'],
      [200, 'l', 'Fall River holds the Diário de Notícias on microfilm, but only in the building, so their reference staff will need to look. What e-mail should they use?'],
      [240, 'p', 'avila.m@example.org'],
      [246, 'l', "Thanks. Someone from Fall River's reference desk will email you at avila.m@example.org by Friday with what they find."],
      [270, 'p', 'Thank you very much!'],
      [275, 'l', "You're welcome, thanks for using Ask Us 24/7. Goodbye!"],
    ],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: L({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
];

/**
 * LEFT after the first run, each read as labelled since rubric v43 block I (rubric.ts; the reasons as first written are in
 * the header's COUNTS); none is LEFT now, and a case put here runs through `describeLeft`:
 * - S01…: read as labelled since v43 I9 (anythingElse not after "own / owned / borrowed").
 * - S06…: read as labelled since v43 I6 (restatement "just so I've got it straight").
 * - S08…: read as labelled since v43 I5 (completeness "Is that likely to be the one?").
 * - S18…: read as labelled since v43 I8 (v1's "so you'd want …" restatement not before advice: "so you'd want to stop by …" is an answer).
 * - S29…: read as labelled since v43 I2 (`serviceNameAtI2`: "Ask the Library at …" in the opening is the service's name).
 * - S38…: read as labelled since v43 I7 (dismissalConvenience "ya no puedo seguir atendiéndole").
 */
const LEFT_WHY: Record<string, string> = {};
const every = [...cases, ...probes];

describe('forty-second round: near misses, whole sessions', () => {
  describeSessions('near misses', every.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('near misses', every.filter((c) => c.name in LEFT_WHY));
});

