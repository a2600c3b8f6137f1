/**
 * Forty-third round, ACADEMIC LIBRARIES, checked. Whole sessions of college and university "ask a librarian" chat (two
 * community-college campuses, a state university, a graduate school, a graduate health-sciences library), answered partly by
 * the libraries' own staff (reference, data services, social sciences, special collections, the health-sciences librarian)
 * and partly by an after-hours cooperative whose staff cannot see local systems (accounts, ILL, course reserves, proxy
 * set-up). Questions: APA 7 / MLA 9 / Chicago 17 citations, peer-reviewed articles, off-campus access and proxy / NetID
 * trouble, course reserves, interlibrary loan, theses and dissertations, datasets and statistics (BLS, OECD, Census, ICPSR),
 * a DNP systematic review, a faculty purchase request, alumni access, archives. Referrals to the IT Help Desk, the Registrar,
 * the Writing Center, subject and liaison librarians, University Archives, Special Collections, the Graduate School, the home
 * library's ILL office (with and without contacts). Every one of the 17 checks labelled in every session, before it was run.
 *
 * SHAPES TRIED:
 *  opening: a queue system message; pickup at 72 s and at 70 s (after the patron left in the queue); a recorded `pickedUpAt`
 *   (30 s) with the first word at 170 s; a greeting split over "Hi!" + "Owen here, data services librarian …"; chat-speak
 *   "hey! Shay here, librarian …"; "Hey there! What can I help you find?" naming no one; coop greetings that say they answer
 *   for another school;
 *  waits: holds every ~105 s through a long search, one of them a partial result that says the search goes on ("Still
 *   building it … I'm now adding …", "Still going … I'm still looking for Milan"); a patron "no rush!" inside a hold span;
 *   "one sec" and "Hang tight while I dig into …" then 170 / 150 s (fail); a patron's "yes found it" answered 150 s later
 *   (fail); a patron's question and "hello?" 100 s later, answered 152 s after the question (fail: the second message does not
 *   restart the wait); "take your time" (no hold) before a 210 s patron absence; an internal note and a transfer event inside
 *   a span (they do not end it); a transfer notice answered by the receiving archivist 130 s later (fail); a hold still open
 *   when the patron leaves;
 *  endings: check-in at +140 s and a notice that is also the goodbye at +210 s; "You still there? :)" and "I'm assuming you
 *   got disconnected … reconnect anytime"; a check-in and then a librarian-ended chat (no notice, no goodbye); a notice with
 *   thanks and no check-in after 210 s; a notice-goodbye only 106 s after the answer (na); the patron's "yes thanks!" as the
 *   last message; the provider's last message a hold; "Glad to help!" as the last word; a one-question-per-chat limit; "other
 *   students waiting … start a new chat later"; "my shift ends … the overnight librarian can go through it if you start a new
 *   chat";
 *  follow-ups: by the patron's library with the e-mail read back and "within 72 hours" (done in 40 h); the selector "will email
 *   you by Friday", coded Answered (pending); an annotated list "by Thursday evening" sent after 80 h (fail); "send it to you
 *   tomorrow" with the e-mail only in `patron.email` (done in 20 h); a text-message follow-up to a phone given in the chat,
 *   recorded in -08:00 by a West-coast coop librarian 73.9 h after the end (70.9 h on the two wall clocks: fail); by the
 *   patron's library with no contact anywhere (pending);
 *  codes: a true Lost Call (one patron message, a clarifying question, check-in and notice), a Lost Call after two patron
 *   messages, Practice;
 *  concurrency: four chats at once (fail); three at most with one ending as this starts and one starting as it ends (pass);
 *   another provider's four chats (pass); the receiving librarian at four chats in her part of a transfer (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "that's it", "that's all", "that's all for today", "That's everything for now." say the patron is done; "ok", "nope" after
 *   no question, "yes thanks!" do not;
 * - "make sense?", "Does that match the case you have?", "Are those the kinds of sources you need?", "Will that work for your
 *   reference list?", "Does it open now?" (after the fixed link) ask whether what was given meets the need; "Would you like me
 *   to note which boxes …?" is an offer;
 * - "Glad to help!" and "You're welcome!" alone neither thank, say goodbye nor invite back; "bye for now", "Take care, bye!",
 *   "Good night!", "see you at North" with thanks, and "feel free to reconnect anytime" do;
 * - "Hang tight while I dig into …", "bear with me", "one sec", "Checking what Eastfield has, one moment" and a transfer
 *   announcement are holds; "Try that and tell me what happens." and "take your time" are not;
 * - a forward to staff ("I'll forward this to him", "I'll ask Career Services", "I'll send a note to Harlow's nursing
 *   librarian", "let me check with our data librarian") is consulting, not a referral; "Mark will email you by Friday" and
 *   "someone from the Harlow library will get in touch" are follow-up promises;
 * - "pick the book up at the South circulation desk", "stop by [the named librarian's office]", "stop by the Research Help
 *   desk on the 1st floor" and "Email us at specialcollections@…" (the archivist's own department) tell the patron to visit or
 *   contact a department or named specialist of the provider's own library: referrals; a room number ("Library 314", "1st
 *   floor") is no postal address; "start a new chat, the overnight librarian can …" is an invitation back to the same service,
 *   not a referral;
 * - a greeting and a clarifying question with no answer, the patron silent after the question, is a substantive exchange
 *   ("a clarifying question counts"): the information checks apply (source and completeness fail) and the final idle begins at
 *   the greeting (the first provider message after the patron's last that is not a hold);
 * - the time of a follow-up is real elapsed time between the session's end and `doneAt` with its own offset.
 *
 * COUNTS. Written: 42 whole sessions, every check labelled before each batch ran: a first batch of 33 (1-33) and a second
 * of 9 (34-42, aimed at shapes the first batch showed the scorer reads well or might not). First run as labelled /
 * disagreeing: 35 / 7 (first batch 30 / 3, second 5 / 4). Label corrections: 1 —
 *  - 40 (APA book reference, coop): first labelled info.source fail (the reference formats the patron's own book and names no
 *    guide or site); RUBRIC's info.source counts "a named resource (… a book …)" and does not ask that it be new to the
 *    patron, and the provider's message names the book (title, authors, publisher): pass, as the scorer gives.
 * Final: 36 running, 6 LEFT (LEFT_WHY, below):
 *  - followup.completeness (2): "Does that match the case you have?" (10), "Are those the kinds of sources you need?" (34);
 *  - referral.contact (4): a visit phrased as an errand or with no object: "pick the book up at the South circulation desk
 *    (555-…)" read as no referral (23, expected pass), "She's in Library 314 … so you can just stop by then" read as no
 *    referral (36, expected fail); "Email us at specialcollections@…" by the department's own archivist read as no referral
 *    (38, expected pass; lower confidence); "If you start a new chat, the overnight librarian can …" read as a referral with
 *    no contact (18, expected na).
 * The timing checks (pickup with `pickedUpAt`, keep_informed spans, final idle for idle_checkin / disconnect_notice,
 * concurrency with `otherIntervals`, follow-up deadlines with `now` and a foreign offset) all scored as labelled.
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat, an e-mail
 * in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 42 tests passed (6 through describeLeft).
 *
 * V44 (rubric v44's block J, written from this file and five others of the round): 3 of the 6 LEFT cases read as labelled now
 * and run with the others: 10 ("Does that match the case you have?", J5), 34 ("Are those the kinds of sources you need?",
 * J3), 18 ("If you start a new chat, the overnight librarian can go through it with you" is the service itself, J18).
 * Final under v44: 39 running, 3 LEFT (23, 36, 38).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, P, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const waitMsg = (sec: number): Line => [sec, 's', 'Your question has been sent. A librarian will join you shortly.'];
const ended = (sec: number): Line => [sec, 's', 'Chat ended by librarian.', sys('ended')];

// Riverbend State University (RSU), Harlow Community College (HCC), Westlake Health Sciences University (WLHSU),
// Marlowe Graduate School (MGS), and the after-hours Ask a Librarian cooperative (COOP), which cannot see local systems.
const ADAEZE: Prov = P('adaeze', 'Adaeze O.', 'HCC');
const SHAY: Prov = P('shay', 'Shay', 'HCC');
const KEN: Prov = P('ken', 'Ken (AAL coop)', 'COOP');
const DOUG: Prov = P('doug', 'Doug M.', 'COOP');
const NINA: Prov = P('nina', 'Nina', 'COOP');
const RHETT: Prov = P('rhett', 'Rhett', 'COOP');
const MARISOL: Prov = P('marisol', 'Marisol Vega', 'RSU');
const TOVA: Prov = P('tova', 'Tova', 'RSU');
const OWEN: Prov = P('owen', 'Owen - Data Services', 'RSU');
const LIN: Prov = P('lin', 'Lin Q.', 'RSU');
const PIETER: Prov = P('pieter', 'Pieter Janssen', 'WLHSU');
const BRIGID: Prov = P('brigid', 'Brigid', 'MGS');
const JUNIPER: Prov = P('juniper', 'Juniper Hale', 'RSU');

export const academic: SessionCase[] = [
  // 1 APA 7 reference for a journal article with a DOI, community college, by the book
  s(ADAEZE, '01 APA 7 journal article with DOI: citation built from the pasted details, patron says she is done', [
    [0, 'p', 'hi how do i cite a journal article in APA 7th ed? it has a doi'],
    [38, 'l', "Hi there, welcome to Harlow Community College Library chat! My name is Adaeze, I'm one of the librarians."],
    [52, 'l', 'Happy to help with that. Do you have the article open? Can you paste the title, authors, year and the DOI so we can build it together?'],
    [140, 'p', 'ok its "Sleep duration and academic performance among first-year students" by Lopez, M. and Chen, R., 2021, Journal of American College Health vol 69 issue 4 pages 402-409, doi 10.1080/07448481.2021.1913987'],
    [220, 'l', "Thanks! In APA 7 it would look like this:\nLopez, M., & Chen, R. (2021). Sleep duration and academic performance among first-year students. Journal of American College Health, 69(4), 402–409. https://doi.org/10.1080/07448481.2021.1913987\nThe journal name and the volume number go in italics. There's a sample page on the APA Style website too: apastyle.apa.org/style-grammar-guidelines/references/examples/journal-article-references"],
    [228, 'l', 'Does that look like what your instructor is asking for?'],
    [275, 'p', 'yes!! thats exactly it. thats all i needed thank u'],
    [284, 'l', "You're very welcome. Good luck on the paper, and bye for now!"],
  ], usual()),

  // 2 cooperative after hours: JSTOR paywall from Google Scholar, locked NetID, IT Help Desk with phone and e-mail
  s(KEN, '02 coop, JSTOR paywall from Google Scholar: route through the A-Z list, locked NetID referred to the IT Help Desk with phone and e-mail', [
    [0, 'p', "JSTOR is asking me to pay $40 for an article but I'm a student at Riverbend State?? I'm at home"],
    waitMsg(5),
    [31, 'l', "Hello, and thanks for contacting Ask a Librarian. I'm Ken, a librarian with the after-hours cooperative. I'm not on Riverbend's staff and can't see your account, but off-campus access problems are usually fixable."],
    [44, 'l', 'How did you get to the article: from the RSU library website, or from Google / Google Scholar?'],
    [80, 'p', 'google scholar'],
    [96, 'l', "That's the culprit. Coming in from Google, JSTOR doesn't know you're RSU, so it shows the paywall. Go to the library homepage (library.rsu.edu), click Databases A-Z, pick JSTOR, and sign in with your NetID when the login page comes up. Then search for the article inside JSTOR."],
    [101, 'l', 'Try that and tell me what happens.'],
    [230, 'p', 'ok it asked for my netid and now it says "account locked"'],
    [245, 'l', "Please call RSU's IT Help Desk, only they can unlock a NetID. They're open 24/7 at 555-318-4357, or email helpdesk@rsu.edu."],
    [250, 'l', "Once it's unlocked the same route will get you into the full text. Does that help?"],
    [290, 'p', 'yeah ill call them. thanks'],
    [298, 'l', 'Anything else I can help with tonight?'],
    [330, 'p', 'no thats it'],
    [336, 'l', 'Good luck with the research. Thanks for using Ask a Librarian, good night!'],
  ], usual({ referral: 'pass' })),

  // 3 graduate health sciences: systematic review search strategy, holds every ~105 s, liaison librarian with e-mail and booking URL
  s(PIETER, '03 DNP systematic review: PICO asked, test search with a partial-result hold, nursing liaison referred with e-mail and URL', [
    [0, 'p', 'Hello, I am a DNP student and I need to start a systematic review on nurse-led discharge education and 30 day readmissions in heart failure patients. I dont know where to begin with the search strategy.'],
    [22, 'l', "Good morning! You've reached Pieter at the Health Sciences Library. Glad you reached out early, that's the hardest part."],
    [30, 'l', 'Before I suggest anything: is this a full systematic review for publication, or a review assignment for a course? And has your team written a PICO question yet?'],
    [95, 'p', 'it is for my DNP project, my chair wants it to follow PRISMA. PICO is adult HF patients, nurse led discharge teaching vs usual care, outcome 30 day readmission'],
    [118, 'l', "Great, that's a clear PICO. Let me draft a quick test search in CINAHL so you can see how the concepts combine. One moment."],
    [160, 'p', 'no rush!'],
    [225, 'l', "Still building it. The heart failure and readmission blocks are done (about 2,400 results together); I'm now adding the discharge education terms."],
    [330, 'l', 'Here is a starter CINAHL strategy:\n(MH "Heart Failure+" OR "heart failure") AND (MH "Patient Discharge Education" OR "discharge teaching" OR "discharge education") AND (MH "Readmission" OR readmi*)\nIt returns 186 records. For PRISMA you\'ll need the same search translated for PubMed and Embase too, and the PRISMA 2020 flow diagram is at prisma-statement.org.'],
    [338, 'l', 'Does that give you a workable starting point?'],
    [400, 'p', 'yes this is so helpful. but translating to embase sounds hard'],
    [420, 'l', "It is fiddly! For a full systematic review I'd strongly suggest booking a consultation with our nursing liaison librarian, Hana Okafor. She co-authors search strategies for DNP projects. Her email is hokafor@wlhsu.edu, or you can book a time at library.wlhsu.edu/consult."],
    [470, 'p', 'perfect I will email her today'],
    [478, 'l', 'Is there anything else I can help with?'],
    [520, 'p', "no that's everything, thank you so much"],
    [526, 'l', "You're welcome! Best of luck with the review, goodbye for now."],
  ], usual({ referral: 'pass' })),

  // 4 peer-reviewed articles for sociology; "one sec" then 170 s of nothing; another provider's busy chats do not count
  s(TOVA, '04 peer-reviewed food insecurity articles: "one sec", then 170 s with no word (Ken\'s four chats are not Tova\'s)', [
    [0, 'p', 'need 5 peer reviewed articles on food insecurity among college students for soc 210'],
    [19, 'l', "Hi! I'm Tova, a reference librarian here at Riverbend State Library."],
    [25, 'l', 'Any date range your professor wants, like the last 10 years?'],
    [61, 'p', 'since 2015'],
    [70, 'l', 'one sec'],
    [240, 'l', 'OK, in Sociological Abstracts (Databases A-Z on the library site), searching "food insecurity" AND (college OR university) AND student, limited to peer-reviewed and 2015+, gives 143 articles. A good one to start with: Broton & Goldrick-Rab, "Going without" (2018) in Educational Researcher.'],
    [248, 'l', 'Is that the kind of thing you need?'],
    [300, 'p', 'yes ty'],
    [306, 'l', 'Anything else?'],
    [340, 'p', 'nope'],
    [345, 'l', 'Have a good one! Thanks for chatting.'],
  ], usual({ informed: 'fail' }), {}, {
    otherIntervals: [other('k1', 'ken', -100, 400), other('k2', 'ken', 0, 500), other('k3', 'ken', 10, 600), other('k4', 'ken', 20, 700)],
  }),

  // 5 coop after hours: course reserve the coop cannot see; follow-up by the patron's library, e-mail given and read back, "within 72 hours"
  s(DOUG, '05 coop, BIO 110 textbook on reserve: cannot see the reserve list, Harlow staff to e-mail within 72 hours (done in 40 h)', [
    [0, 'p', 'is the textbook for BIO 110 (Campbell biology in focus) on reserve at the library? I cant afford it rn'],
    [48, 'l', "Hi, this is Doug, a librarian with the Ask a Librarian cooperative. I'm answering for Harlow Community College tonight."],
    [55, 'l', 'Which edition does your syllabus list, and which campus do you go to?'],
    [110, 'p', '3rd edition, north campus'],
    [122, 'l', 'Let me check what I can see from here.'],
    [215, 'l', "I can see Harlow's public catalog, and it lists Campbell Biology in Focus, 3rd ed., at the North Campus library, but I can't see whether it's on course reserve: that list is only visible to Harlow staff. The reserves list is posted at hcc.edu/library/reserves, though it isn't always up to date."],
    [221, 'l', 'I can pass this on to the Harlow library so a staff member checks the reserve shelf and emails you. What email should they use?'],
    [260, 'p', 'jwashington22@student.hcc.edu'],
    [268, 'l', "Thanks, so that's jwashington22@student.hcc.edu. Someone from the Harlow library will email you within 72 hours, usually sooner."],
    [275, 'l', 'Does that help for now?'],
    [305, 'p', 'yes thank you'],
    [311, 'l', 'Anything else tonight?'],
    [335, 'p', 'no thats all'],
    [340, 'l', 'Thanks for using Ask a Librarian, good night!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // 6 coop: ILL for a thesis book, late pickup, the home ILL office named with no contact
  s(NINA, '06 coop, Thompson for a thesis: picked up at 72 s, WorldCat checked, "get in touch with Eastfield\'s ILL office" with no contact', [
    [0, 'p', 'my library doesnt have this book and i need it for my thesis: "The Making of the English Working Class" e.p. thompson'],
    [72, 'l', "Hi! I'm Nina, a librarian with the Ask a Librarian cooperative. Sorry about the wait tonight."],
    [80, 'l', 'Which school are you at? And do you need the whole book or just a chapter or two?'],
    [118, 'p', 'Eastfield State, i need the whole thing'],
    [125, 'l', 'Let me take a look in WorldCat.'],
    [190, 'l', "WorldCat (worldcat.org) shows plenty of libraries own it, including some near Eastfield, so an interlibrary loan should be quick. You'll want to request it through your library's interlibrary loan office."],
    [230, 'p', 'how do i do that'],
    [244, 'l', "Get in touch with Eastfield's ILL office and they'll walk you through it. Books usually take about a week."],
    [280, 'p', 'ok'],
    [290, 'l', 'Did that answer your question?'],
    [330, 'p', 'i guess yeah'],
    [336, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail', anything: 'fail', referral: 'fail' })),

  // 7 a 1987 master's thesis; the patron goes quiet; check-in, then a notice that is also the goodbye (final idle 210 s)
  s(MARISOL, "07 mother's 1987 thesis: Archives with e-mail and phone, patron silent, check-in at +140 s, notice and goodbye at +210 s", [
    [0, 'p', "Hi, I'm trying to find a master's thesis written at RSU in 1987 by my mother, Elena Ruiz-Park, in chemistry. Is it online?"],
    [26, 'l', 'Hello! This is Marisol at the Riverbend State University Library. What a lovely thing to look for.'],
    [33, 'l', 'Do you know the title, or roughly what it was about?'],
    [90, 'p', 'something about polymer adhesives i think'],
    [97, 'l', 'Let me search the catalog and ProQuest Dissertations & Theses.'],
    [200, 'l', 'Found it in our catalog: "Cure kinetics of epoxy-based polymer adhesives," E. Ruiz-Park, M.S. thesis, 1987. It isn\'t digitized, and it isn\'t in ProQuest. The print copy is in University Archives, and you can ask them for a scan: archives@rsu.edu or 555-318-2210.'],
    [206, 'l', 'Does that help?'],
    [340, 'l', 'Are you still there?'],
    [410, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Feel free to come back anytime, and good luck with the scan!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 8 county unemployment data; greeting split over two messages; Stata help by e-mail; three chats at most (boundaries)
  s(OWEN, '08 BLS county unemployment: "Hi!" + "Owen here, data services librarian", Stata consultant by e-mail; one chat ends at start, one starts at end', [
    [0, 'p', 'where can I get monthly unemployment rates by county for Ohio, 2010-2020? for an econ regression'],
    [30, 'l', 'Hi!'],
    [34, 'l', 'Owen here, data services librarian at Riverbend State. Do you need seasonally adjusted numbers, and what format do you want it in (Excel/CSV)?'],
    [80, 'p', 'not seasonally adjusted is fine, csv ideally'],
    [95, 'l', 'Then the BLS Local Area Unemployment Statistics program is your source: bls.gov/lau. Under "Databases", choose "One-Screen Data Search", pick Ohio, select all counties, "unemployment rate", not seasonally adjusted, and download the 2010-2020 range as Excel, which saves to CSV easily.'],
    [102, 'l', 'Was that what you were after?'],
    [150, 'p', 'yes, got the file. do you know how to reshape it in stata?'],
    [168, 'l', "Reshaping is more than I can walk through in chat, but our Stata consultant does free appointments: email datahelp@rsu.edu with your do-file attached and they'll set up a time."],
    [210, 'p', "great that's all I needed, thanks Owen"],
    [216, 'l', "You're welcome, happy regressing! Bye!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('o1', 'owen', -600, 0), other('o2', 'owen', -100, 300), other('o3', 'owen', 50, 250), other('o4', 'owen', 221, 900)],
  }),

  // 9 faculty purchase request; the selector will e-mail by Friday; coded Answered
  s(LIN, '09 faculty purchase (Hartman, reserve copy): selector "will email you by Friday" to an e-mail given in chat, coded Answered, not done yet', [
    [0, 'p', 'Good afternoon. I\'m teaching a new graduate seminar in the fall and the library does not own Saidiya Hartman\'s "Wayward Lives, Beautiful Experiments." Could the library purchase two copies, one for reserve?'],
    [40, 'l', "Good afternoon, and thank you for writing in. I'm Lin, one of the reference librarians at Riverbend State."],
    [47, 'l', "Would you like print copies only, or an e-book with multi-user access as well, if it's available?"],
    [120, 'p', 'Print for reserve; an e-book would be a welcome bonus.'],
    [132, 'l', "Understood. Faculty purchase requests go to the subject selector for history, Mark Ames. I'll forward this to him now with your note about reserves."],
    [140, 'l', "What's the best email for him to reach you?"],
    [190, 'p', 'rtanaka@rsu.edu, thank you'],
    [198, 'l', 'Got it, rtanaka@rsu.edu. Mark will email you by Friday to confirm the order and the e-book license.'],
    [205, 'l', 'For future requests, the faculty purchase form is at library.rsu.edu/request-purchase.'],
    [240, 'p', "Very helpful. That's everything for now."],
    [246, 'l', 'Thank you, Professor Tanaka. Have a good afternoon!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 10 Chicago notes-bibliography, chapter in an edited volume; the last word is "Glad to help!"
  s(BRIGID, '10 Chicago 17th, chapter in an edited book: edition asked, note and bibliography forms, ends on "Glad to help!" (no thanks, goodbye or invitation)', [
    [0, 'p', 'Quick one: in Chicago notes-bibliography, how do I footnote a chapter in an edited volume? The chapter is by one author, the book has two editors.'],
    [27, 'l', "Hi, welcome to Ask the Library at Marlowe Graduate School. I'm Brigid."],
    [33, 'l', 'Are you working from the 17th or the 18th edition of the Manual? The examples shifted a little.'],
    [70, 'p', '17th, per our style sheet'],
    [92, 'l', 'Then the first full note looks like:\n1. Ann Author, "Chapter Title," in Book Title, ed. First Editor and Second Editor (City: Publisher, 2019), 45–46.\nand in the bibliography:\nAuthor, Ann. "Chapter Title." In Book Title, edited by First Editor and Second Editor, 33–58. City: Publisher, 2019.\nSection 14.103 of The Chicago Manual of Style Online (on our Databases list) covers it, with more examples.'],
    [98, 'l', 'Does that match the case you have?'],
    [150, 'p', "Yes, perfect, that's everything."],
    [156, 'l', 'Glad to help!'],
  ], usual({ courteous: 'fail' })),

  // 11 MLA for a web page with no author, chat-speak; the Writing Center with a booking URL
  s(SHAY, '11 MLA web page with no author (chat-speak): "make sense?", Writing Center drop-in room and booking URL', [
    [0, 'p', 'how do u do mla for a website w no author'],
    [44, 'l', 'hey! Shay here, librarian at Harlow CC. 🙂'],
    [49, 'l', 'is it a whole website or one page on it? and is there a date anywhere on the page?'],
    [101, 'p', 'one page, it says updated march 3 2023'],
    [126, 'l', 'ok so with no author you start with the title of the page:\n"Page Title." Website Name, 3 Mar. 2023, www.example.org/page.\nput the page title in quotes and the website name in italics. the MLA Style Center has the template if you want to double-check: style.mla.org'],
    [133, 'l', 'make sense?'],
    [190, 'p', 'ya makes sense. can someone check my whole works cited tho'],
    [204, 'l', 'yes, the Writing Center does that! drop in at Library room 210, or book an online session at hcc.mywconline.com'],
    [240, 'p', 'k thx'],
    [246, 'l', 'anything else i can help w?'],
    [290, 'p', 'no'],
    [295, 'l', 'ok, good luck, bye! thanks for chatting'],
  ], usual({ referral: 'pass' })),

  // 12 finals-week hours: the patron leaves in the queue; picked up at 70 s with an invitation back; Lost Call
  s(LIN, '12 finals-week hours: patron left at 55 s in the queue, Lin at 70 s invites back, Lost Call', [
    [0, 'p', 'is the library open 24 hours during finals week'],
    [3, 's', 'Please wait, a librarian will be with you shortly.'],
    left(55),
    [70, 'l', 'Hi, this is Lin at Riverbend State Library. It looks like you left before I could answer; please come back anytime!'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 official transcript: the Registrar with e-mail, phone and room
  s(ADAEZE, '13 official transcript for a transfer: the Registrar\'s Office with e-mail, phone and room', [
    [0, 'p', 'hi i need my transcript sent to a university im transferring to, can the library do that'],
    [20, 'l', "Hello! I'm Adaeze, a librarian at Harlow Community College Library."],
    [31, 'l', 'Do you need an official transcript sent straight to the other school, or just an unofficial copy for yourself?'],
    [58, 'p', 'official one'],
    [70, 'l', "Official transcripts come from the Registrar's Office, not the library. You can order one online through the student portal under Academics > Order Official Transcript, or contact the Registrar at registrar@hcc.edu or 555-240-1100. They're in the Student Services building, room 104."],
    [76, 'l', 'Does that answer it?'],
    [120, 'p', 'yes thanks so much'],
    [126, 'l', 'Glad I could help. Anything else?'],
    [160, 'p', 'no'],
    [164, 'l', 'Thanks for chatting with us. Take care!'],
  ], usual({ referral: 'pass' })),

  // 14 coop to local transfer with notice and note; the receiving librarian has three other chats during her part
  s(KEN, '14 coop → RSU transfer (CINAHL "does not subscribe"): notice and note before it; Marisol at four chats in her part', [
    [0, 'p', 'I can\'t get into CINAHL from home, it says "your institution does not subscribe"'],
    [34, 'l', 'Hi, Ken here with the Ask a Librarian cooperative, covering for Riverbend State.'],
    [40, 'l', "Are you logging in through the library's Databases A-Z page, or through a bookmark?"],
    [75, 'p', 'through the A-Z page, i logged in with netid fine'],
    [90, 'l', "That sounds like a problem with RSU's own proxy set-up, which I can't see from here. A Riverbend librarian is on right now, so I'm transferring you to her. One moment please."],
    [94, 'i', 'Marisol, RSU nursing student: CINAHL via A-Z after NetID login says "institution does not subscribe". Looks like a proxy config issue on your side. Can you take it?'],
    xfer(98, 'Marisol Vega', 'marisol'),
    [140, 'l', 'Hi, this is Marisol at Riverbend State Library, picking up from Ken. Thanks for waiting!', as(MARISOL)],
    [148, 'l', "Can you tell me which browser you're using, and paste the web address shown in the bar when you get the error?", as(MARISOL)],
    [210, 'p', 'chrome. it says search.ebscohost.com/login.aspx?profile=ehost&defaultdb=ccm'],
    [222, 'l', 'Thanks. That link is missing our proxy prefix. Use this one instead: library.rsu.edu/proxy?url=https://search.ebscohost.com/login.aspx?profile=ehost&defaultdb=ccm', as(MARISOL)],
    [228, 'l', 'Does it open now?', as(MARISOL)],
    [290, 'p', 'yes it works!! thank you'],
    [296, 'l', 'Great. Anything else I can help with?', as(MARISOL)],
    [330, 'p', "no that's all"],
    [336, 'l', 'Thanks for your patience today, bye!', as(MARISOL)],
  ], usual({ concurrency: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [other('k1', 'ken', -200, 400), other('m1', 'marisol', -300, 600), other('m2', 'marisol', -100, 500), other('m3', 'marisol', 120, 900)],
  }),

  // 15 coop to health-sciences transfer: a notice but no note to the receiving librarian
  s(DOUG, '15 coop → WLHSU transfer (article for pharmacology): "I\'ll transfer you ... hang on a sec", no note; ILL through ILLiad', [
    [0, 'p', 'hi is there a way to get a full text article the library doesnt have? its for my pharmacology class, due thursday'],
    [40, 'l', 'Hi there, this is Doug with the Ask a Librarian cooperative.'],
    [46, 'l', 'Which school are you with?'],
    [70, 'p', 'Westlake health sciences'],
    [78, 'l', "Ah, a Westlake librarian is online right now, so I'll transfer you and they can check your account. Hang on a sec."],
    xfer(83, 'Pieter Janssen', 'pieter'),
    [150, 'l', 'Hello, Pieter at the Westlake Health Sciences Library here. Could you paste the citation of the article?', as(PIETER)],
    [200, 'p', 'Nguyen T et al. Renal dosing errors in elderly inpatients. J Clin Pharm Ther 2019;44(2):210-7'],
    [215, 'l', 'Thanks. Let me check our holdings.', as(PIETER)],
    [290, 'l', "We don't subscribe to that journal for 2019, so you'll need interlibrary loan. Submit the request through ILLiad at library.wlhsu.edu/illiad; articles usually arrive as a PDF in 1-2 days, so you should have it before Thursday.", as(PIETER)],
    [297, 'l', 'Is that what you needed?', as(PIETER)],
    [330, 'p', 'yes thank you!'],
    [336, 'l', 'Anything else today?', as(PIETER)],
    [370, 'p', "no, that's all"],
    [374, 'l', 'Have a good one, thanks for chatting!', as(PIETER)],
  ], usual({ transfer: 'fail' })),

  // 16 coop: "we only allow one question per chat"
  s(RHETT, '16 coop, three questions at once: APA two-author in-text answered, then "we only allow one question per chat"', [
    [0, 'p', 'i need help with apa in text citations for 2 authors AND also how to find scholarly articles on social media anxiety AND how to get my library card renewed'],
    [30, 'l', "Hi, I'm Rhett, librarian with the Ask a Librarian cooperative."],
    [37, 'l', 'For the in-text citations, is this APA 7th edition?'],
    [60, 'p', 'yes'],
    [78, 'l', 'For two authors, name both every time: (Lee & Tran, 2020), or in the narrative Lee and Tran (2020). The APA Style page on author-date citations has more: apastyle.apa.org. Did that help?'],
    [105, 'p', 'yes. now the articles??'],
    [115, 'l', "Sorry, we only allow one question per chat. You'll need to log off and start a new chat for the next one."],
    [140, 'p', 'seriously?'],
    [148, 'l', 'Thanks for using Ask a Librarian.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 others waiting, come back later (allowed); the Research Help desk named with no contact
  s(TOVA, '17 microplastics articles, then three more questions: "several other students waiting ... start a new chat later or stop by the Research Help desk"', [
    [0, 'p', 'hey can you help me find articles on microplastics in drinking water'],
    [16, 'l', 'Hi there! Tova, reference librarian at Riverbend State, here to help.'],
    [24, 'l', 'Is this for a science class, and do you need peer-reviewed research only?'],
    [60, 'p', 'env sci 301, yes peer reviewed'],
    [70, 'l', 'Try Environment Complete (Databases A-Z on library.rsu.edu) with microplastic* AND "drinking water", and tick "Scholarly (Peer Reviewed) Journals". I just ran it: 318 hits.'],
    [76, 'l', 'Does that work for you?'],
    [120, 'p', "yes. also what's the difference between a review article and a research article. and how do i use zotero. and can i renew a laptop loan online"],
    [140, 'l', "Great questions! A review article summarizes many studies; a research article reports one new study. For Zotero and the laptop questions, I've got several other students waiting in line right now, so please start a new chat later or stop by the Research Help desk on the 1st floor, and we'll gladly go through them."],
    [175, 'p', 'ok fine'],
    [181, 'l', 'Thanks for understanding, and come back anytime!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 18 coop: OECD nurse density; the shift ends, with a way back
  s(NINA, '18 coop, OECD nurses per 1,000: bear-with-me hold, then "my shift ends ... start a new chat, the overnight librarian can go through it"', [
    [0, 'p', 'Hi, I need statistics on the number of nurses per 1,000 people in OECD countries for a paper'],
    [25, 'l', 'Hello! Nina here, a librarian with the Ask a Librarian cooperative.'],
    [31, 'l', 'Which years do you need, and is a table fine or do you need raw data?'],
    [90, 'p', '2015-2022 and a table is fine'],
    [100, 'l', 'Searching OECD sources for you now, bear with me.'],
    [205, 'l', 'OECD Health Statistics has exactly this: "Nurses, density per 1 000 population". On data-explorer.oecd.org search "nurses density", set the years to 2015-2022, then download as Excel.'],
    [210, 'l', 'Did that get you the table you needed?'],
    [280, 'p', 'yes but how do i cite a dataset in apa'],
    [292, 'l', "I'm sorry, my shift ends in a minute and I have to sign off. If you start a new chat, the overnight librarian can go through the dataset citation with you."],
    [310, 'p', 'ok'],
    [315, 'l', 'Thanks for your patience, good night!'],
  ], usual({ anything: 'fail' })),

  // 19 subject librarian's follow-up by e-mail, "by Thursday evening", done after 80 h
  s(OWEN, '19 congestion-pricing grey literature (MSc, British spelling): partial-result hold, annotated list by e-mail "by Thursday evening", sent after 80 h', [
    [0, 'p', 'Good evening. I am an MSc student in public policy and I am looking for grey literature on congestion pricing in European cities, especially evaluations by the municipalities themselves. Could you help?'],
    [35, 'l', "Good evening, and welcome! I'm Owen, the social sciences librarian at Riverbend State."],
    [42, 'l', 'Which cities are you most interested in, and can you read reports in languages other than English?'],
    [110, 'p', 'Stockholm, London and Milan. English and Italian are fine.'],
    [120, 'l', 'Let me look, one moment.'],
    [230, 'l', "Still going. Transport for London's evaluation reports are at tfl.gov.uk under Corporate > Publications and reports, and Stockholm's trial evaluation is summarised on the Swedish Transport Administration's site; I'm still looking for Milan's Area C."],
    [330, 'l', "Milan's Area C reports are harder to find. Rather than keep you waiting, I'll search properly and email you an annotated list, Italian sources included. What's your email?"],
    [380, 'p', 'It is a.moretti@student.rsu.edu'],
    [388, 'l', "Thank you, a.moretti@student.rsu.edu. You'll have the list by Thursday evening."],
    [395, 'l', 'Is there anything else you need tonight?'],
    [420, 'p', 'No, that is everything. Many thanks.'],
    [426, 'l', 'My pleasure. Good night!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 20 follow-up by me, the e-mail only in the patron fields, "tomorrow"; done in 20 h
  s(MARISOL, '20 grad-school-going rate for a scholarship essay: "I\'ll ... send it to you tomorrow", e-mail only in patron.email, done in 20 h', [
    [0, 'p', 'Do we have any statistics on how many RSU graduates go on to grad school? Need it for a scholarship essay'],
    [22, 'l', 'Hi, this is Marisol, a librarian at the Riverbend State University Library!'],
    [30, 'l', 'Are you looking for the whole university, or a particular major?'],
    [75, 'p', 'the whole university, most recent year'],
    [82, 'l', "Let me check the Office of Institutional Research's pages."],
    [170, 'l', "The IR Fact Book (ir.rsu.edu/factbook) has enrollment and graduation numbers, but the graduate-school rate comes from the First Destination Survey, which isn't posted publicly. I'll ask Career Services for the latest figure and send it to you tomorrow."],
    [200, 'p', 'thank you!!'],
    [207, 'l', "You're welcome! Anything else?"],
    [240, 'p', 'no thats all'],
    [245, 'l', 'Bye for now!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'kbrooks@student.rsu.edu', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }),

  // 21 recorded pickup at 30 s, first word at 170 s
  s(PIETER, '21 impact factor for a promotion dossier: pickedUpAt 30 s, first message at 170 s (140 s after pickup)', [
    [0, 'p', 'I need the impact factor for the journal Nursing Outlook'],
    [170, 'l', 'Hello, this is Pieter from the Health Sciences Library. Sorry, I got pulled away for a moment.'],
    [176, 'l', 'Do you need the current impact factor only, or a few years of them?'],
    [210, 'p', 'just the current one, for a promotion dossier'],
    [225, 'l', "Journal Citation Reports (under J in our Databases list) gives Nursing Outlook's latest Journal Impact Factor along with its quartile in the Nursing category. Search the title and the top of the profile shows the JIF."],
    [231, 'l', 'Does that give you what you need?'],
    [275, 'p', "yes got it, thanks. that's all"],
    [281, 'l', 'Great, thanks for contacting us, and good luck with the dossier!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(30) }),

  // 22 coop: is a journal peer reviewed; patron goes quiet; a check-in and then the librarian ends the chat
  s(KEN, '22 coop, is Journal of Leisure Research refereed: patron silent after the answer, "Are you still there?" at +137 s, ended at +207 s with no notice', [
    [0, 'p', 'how do I find out if a journal is peer reviewed'],
    [20, 'l', 'Hi! Ken with the Ask a Librarian cooperative here. What school are you with?'],
    [45, 'p', 'Eastfield State'],
    [51, 'l', 'And do you have a particular journal in mind?'],
    [80, 'p', 'yes "Journal of Leisure Research"'],
    [98, 'l', "You can check it in Ulrichsweb if Eastfield subscribes (look in their database list): a referee-shirt icon next to the title means refereed. Often the journal's own About page says so too. Journal of Leisure Research is peer reviewed; its publisher page at tandfonline.com describes the review policy."],
    [104, 'l', 'Does that answer your question?'],
    [235, 'l', 'Are you still there?'],
    ended(300),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 course reserves at a campus desk (with its phone); a notice that is the goodbye after only 106 s
  s(SHAY, '23 PSYC 101 reserve: reserves URL and the South circulation desk phone, "looks like you may have stepped away" 106 s after the answer', [
    [0, 'p', 'where do i find my textbook on reserve for psych 101'],
    [25, 'l', 'hi! Shay, librarian at Harlow CC library. which campus are you on?'],
    [50, 'p', 'south'],
    [62, 'l', 'search your course number at hcc.edu/library/reserves to see which books are on reserve, then pick the book up at the South circulation desk (555-240-1300) with your student ID. you can borrow it for 2 hours.'],
    [68, 'l', 'did that help?'],
    [168, 'l', "looks like you may have stepped away, i'll close this chat now. come back anytime!"],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 24 Add Health data; the last provider message is a hold and the patron leaves
  s(BRIGID, '24 Add Health wave IV: ICPSR public-use files, then "let me check with our data librarian, one moment" and the patron leaves', [
    [0, 'p', 'Can you tell me whether the library has the dataset from the Add Health study? My advisor said we have access.'],
    [30, 'l', 'Hello, Brigid at the Marlowe Graduate School library here.'],
    [36, 'l', 'Do you need the public-use files or the restricted-use ones?'],
    [80, 'p', 'Not sure. I want the wave IV data about sleep'],
    [95, 'l', 'The public-use Add Health files, waves I-V, are free to download from ICPSR (icpsr.umich.edu, study 21600) once you make an account with your Marlowe email; they include the sleep items in wave IV. The restricted files need a contract with Add Health itself.'],
    [101, 'l', 'Does that sound like what your advisor meant?'],
    [160, 'p', 'maybe, let me ask if the restricted ones are needed. can you check if Marlowe has a contract?'],
    [170, 'l', 'Sure, let me check with our data librarian, one moment.'],
    left(265),
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 25 coop: nursing capstone search; follow-up by the patron's library with no contact anywhere
  s(DOUG, '25 coop, fall-prevention capstone: PubMed search given, "someone from the Harlow library will get in touch", no contact anywhere, coded by patron\'s library', [
    [0, 'p', 'hi i need help doing a literature search for my nursing capstone on fall prevention in nursing homes, 10 articles from last 5 years'],
    [28, 'l', "Hi, I'm Doug, a librarian with the Ask a Librarian cooperative."],
    [34, 'l', 'Which college are you at, and does your instructor want only research studies or are reviews okay?'],
    [88, 'p', 'harlow cc. research studies only'],
    [96, 'l', "I'll start with CINAHL, give me a couple minutes."],
    [201, 'l', 'Hmm, I can\'t get into Harlow\'s CINAHL from the cooperative side, so I ran it in PubMed instead: (accidental falls[mh] AND nursing homes[mh] AND prevention) with a 5-year filter and "Randomized Controlled Trial" or "Observational Study" gives 96 studies. Go to pubmed.ncbi.nlm.nih.gov and paste that in.'],
    [206, 'l', "I'll send a note to Harlow's nursing librarian, and someone from the Harlow library will get in touch with you about searching CINAHL."],
    [250, 'p', 'ok cool thanks'],
    [258, 'l', 'Anything else I can help with?'],
    [290, 'p', 'nope thats all'],
    [296, 'l', 'Thanks for using Ask a Librarian, good luck with the capstone!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_LIB),

  // 26 coop: thesis margins; four chats at once
  s(RHETT, '26 coop, RSU thesis margins: manual URL, Graduate School reviewers by e-mail; Rhett at four chats at once', [
    [0, 'p', 'what margins does the grad school want for the thesis? my advisor says 1.5 left'],
    [18, 'l', "Hello, I'm Rhett with the Ask a Librarian cooperative."],
    [24, 'l', 'Which university are you submitting to?'],
    [50, 'p', 'Riverbend State, masters in biology'],
    [62, 'l', 'RSU\'s Thesis and Dissertation Manual (gradschool.rsu.edu/thesis-manual) says 1.5" on the left for bound copies and 1" on the other sides, but electronic submissions are 1" all round. If in doubt, ask the Graduate School\'s format reviewers at thesis@rsu.edu.'],
    [68, 'l', 'Does that clear it up?'],
    [110, 'p', 'yes thx, thats all i needed'],
    [116, 'l', 'Thanks for chatting, good luck with the defense!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'rhett', -400, 300), other('r2', 'rhett', -200, 200), other('r3', 'rhett', 10, 500)],
  }),

  // 27 a greeting that names no one
  s(TOVA, '27 Du Bois from another campus: "Hey there! What can I help you find?" names no one; request for pickup at Lakeside', [
    [0, 'p', 'how do i get a book from another rsu campus library'],
    [15, 'l', 'Hey there! What can I help you find?'],
    [21, 'l', 'Oh I see, which book, and which campus are you at?'],
    [60, 'p', "Black Reconstruction by Du Bois, I'm at the Lakeside campus"],
    [80, 'l', 'The catalog shows it only at the Main campus. Click "Request" on the catalog record (library.rsu.edu) and choose Lakeside as the pickup location; it comes over in 2-3 days.'],
    [86, 'l', 'Does that work for you?'],
    [120, 'p', 'yep, requested it. thanks!'],
    [126, 'l', "You're welcome! Is there anything else?"],
    [150, 'p', 'no'],
    [154, 'l', 'Take care, bye!'],
  ], usual({ greeting: 'fail' })),

  // 28 children in the library: an answer from policy with no source
  s(ADAEZE, '28 studying with a 10-year-old: the answer from policy, no source named', [
    [0, 'p', "can I bring my 10 year old into the library while I study? I'm a student"],
    [22, 'l', "Hi! I'm Adaeze, librarian at Harlow Community College."],
    [28, 'l', 'Which campus library would you be using, and would it be during the day or evening?'],
    [60, 'p', 'north, evenings'],
    [72, 'l', "Children under 16 are welcome at North if they stay with you the whole time, but they can't be left alone in the building, and after 8 pm the quiet floor is adults only, so you'd need to use the first floor."],
    [78, 'l', 'Does that answer your question?'],
    [110, 'p', "yes that's great to know"],
    [116, 'l', 'Anything else I can help you with?'],
    [140, 'p', "no that's it, thank you!"],
    [146, 'l', "You're welcome, thanks for asking, and see you at North!"],
  ], usual({ source: 'fail' })),

  // 29 a source before any question; "take your time" is no hold
  s(MARISOL, '29 remote work and wellbeing: Business Source Complete before any question, "take your time" then the patron back 210 s later', [
    [0, 'p', 'I need scholarly articles about the effects of remote work on employee wellbeing'],
    [19, 'l', 'Hi, Marisol at Riverbend State Library here!'],
    [26, 'l', 'Business Source Complete is the best database for that: find it under Databases A-Z on library.rsu.edu. Try "remote work" OR telework AND wellbeing OR "well-being", and limit to peer reviewed.'],
    [40, 'l', 'Have a go and let me know what you find, take your time.'],
    [250, 'p', 'ok I got a lot of results, like 600. how do I narrow it?'],
    [262, 'l', 'Do you have a particular industry or group of workers in mind?'],
    [300, 'p', 'nurses actually'],
    [312, 'l', 'Then add AND (nurse* OR "health care workers") to the search, that should bring it under 100. Does that help?'],
    [360, 'p', 'yes much better, 74. thank you'],
    [366, 'l', 'Wonderful. Anything else?'],
    [400, 'p', 'no thanks'],
    [404, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),

  // 30 coop: WSJ 1929; the patron leaves during the hold; the answer after; coded Lost Call
  s(NINA, '30 coop, WSJ 1929 archive: clarified, hold, patron leaves, answer with invitation back; coded Lost Call after two patron messages', [
    [0, 'p', 'Do you have access to the Wall Street Journal archive? for a history paper'],
    [35, 'l', "Hi! You've reached Nina with the Ask a Librarian cooperative, answering for Eastfield State tonight."],
    [41, 'l', 'How far back do you need to go?'],
    [70, 'p', '1929, the crash'],
    [78, 'l', 'Checking what Eastfield has, one moment.'],
    left(140),
    [180, 'l', "ProQuest Historical Newspapers: The Wall Street Journal covers 1889-2010 and is in Eastfield's Databases A-Z list. It looks like you've left, but you're welcome to chat back in anytime."],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 31 Practice
  s(KEN, '31 Practice: trying the coop\'s new off-campus access macro', [
    [0, 'p', 'testing from the patron side'],
    [8, 'l', 'Hello! This is a practice chat for the new off-campus access macro.'],
    [20, 'p', 'came through fine'],
    [26, 'l', 'Great, closing the practice session.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 32 alumni database access; a disconnect notice with thanks, but no check-in (final idle 210 s)
  s(LIN, '32 alumni database access: answer, no word back, "It seems you\'ve disconnected ..., Thanks for reaching out!" 210 s later, no check-in', [
    [0, 'p', 'I graduated in 2019, can I still use the databases from home?'],
    [24, 'l', 'Hi! Lin from the Riverbend State Library here. Congratulations on being an alum!'],
    [31, 'l', 'Are you looking for a particular database, or general access?'],
    [70, 'p', 'mostly JSTOR and PsycINFO'],
    [90, 'l', "Alumni can't use our licensed databases off campus, but JSTOR's alumni access program lets you read its archive for free; sign up at alumni.rsu.edu/benefits. PsycINFO is only available on campus, where walk-in visitors can use it on the library's public computers."],
    [96, 'l', 'Is that what you were hoping to find out?'],
    [300, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for reaching out!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 33 census income by ZIP; the patron's "yes found it" answered 150 s later
  s(OWEN, '33 median household income by ZIP: data.census.gov B19013, patron\'s "yes found it" answered 150 s later', [
    [0, 'p', 'hello, where can i find median household income by zip code? for my urban planning studio'],
    [28, 'l', 'Hi, this is Owen, data librarian at Riverbend State.'],
    [34, 'l', 'Do you need just the latest year, or a comparison over time?'],
    [66, 'p', 'latest is fine'],
    [80, 'l', 'Use data.census.gov: search "median household income" and table B19013, then under Geography choose "ZIP Code Tabulation Area" and pick your ZIPs. The latest American Community Survey 5-year estimates are the most reliable for areas that small.'],
    [85, 'l', 'Does that get you what you need?'],
    [140, 'p', 'yes found it'],
    [290, 'l', 'Sorry for the delay, juggling a few chats! Anything else I can help with?'],
    [330, 'p', "no that's all, thanks"],
    [336, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ informed: 'fail' })),

  // ---- second batch (34-42), labelled before its run ----
  // 34 "Hang tight while I dig into …" then 150 s
  s(BRIGID, '34 Texas bilingual-education dissertations: "Hang tight while I dig into ProQuest …", then 150 s with no word', [
    [0, 'p', 'Hi, I am looking for dissertations about bilingual education in Texas after 2010. Our library has ProQuest but I cannot find them'],
    [20, 'l', 'Hello! Brigid here, librarian at the Marlowe Graduate School library.'],
    [27, 'l', 'Are you looking for any dissertations on the topic, or ones from Texas universities specifically?'],
    [70, 'p', 'any university, but about Texas schools'],
    [80, 'l', 'Hang tight while I dig into ProQuest Dissertations & Theses for you.'],
    [230, 'l', 'OK: in ProQuest Dissertations & Theses Global, search su("bilingual education") AND Texas, limit to 2010 onward and "Doctoral dissertations": 212 results, most with full-text PDFs. You get there from the Databases list on our library homepage.'],
    [236, 'l', 'Are those the kinds of sources you need?'],
    [290, 'p', 'yes! thank you, this is much better than what I was getting'],
    [296, 'l', 'Wonderful. Anything else I can help with?'],
    [330, 'p', "No, that's all for today"],
    [336, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail' })),

  // 35 coop: ILL status by text message; follow-up recorded by a West-coast coop librarian (-08:00) 74 h after the end
  s(DOUG, '35 coop, has my ILL article come in: patron texts 555-201-8890, "they\'ll text you by Thursday", done at 09:00-08:00 (73.9 h real, 70.9 h on the wall clocks)', [
    [0, 'p', 'hi did my interlibrary loan article come in yet? i requested it last week'],
    [30, 'l', 'Hi, this is Doug with the Ask a Librarian cooperative, helping out for Harlow Community College.'],
    [36, 'l', "I can't see Harlow's ILL system from the cooperative, but I can have their ILL staff check. Do you remember the article title, and what's the best way for them to reach you?"],
    [100, 'p', 'its "Community gardens and food access" from 2018. you can text me at 555-201-8890'],
    [110, 'l', "Thanks. I'll pass the title and your number, 555-201-8890, to Harlow's interlibrary loan staff, and they'll text you by Thursday with the status."],
    [115, 'l', 'In the meantime, articles that have arrived show up under "Electronically Received Articles" when you log in to ILLiad at hcc.edu/illiad.'],
    [118, 'l', 'Does that help for now?'],
    [160, 'p', 'ok ill check there thanks'],
    [168, 'l', 'Anything else?'],
    [190, 'p', 'no'],
    [195, 'l', 'Thanks for contacting Ask a Librarian. Bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: '2026-03-05T09:00:00-08:00', by: 'coop-west' }] }, { now: T0 + 6 * DAY }),

  // 36 the subject librarian named with an office room and drop-in hours only
  s(LIN, '36 political science librarian: "She\'s in Library 314 … just stop by", only a guide URL besides', [
    [0, 'p', 'who is the librarian for political science? my prof said to meet with them about my thesis sources'],
    [25, 'l', 'Hi there, Lin at the Riverbend State Library! Happy to help.'],
    [33, 'l', 'Is this for the senior honors thesis, or a graduate thesis?'],
    [60, 'p', 'senior honors'],
    [72, 'l', "The political science librarian is Dr. Grace Whitfield. She's in Library 314 and holds drop-in hours Tuesdays 2-4, so you can just stop by then. Her research guide for the honors thesis is at guides.rsu.edu/polisci-honors if you want to get started before meeting her."],
    [78, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes thanks!'],
    [126, 'l', "You're welcome! Anything else?"],
    [150, 'p', "nope, that's all"],
    [155, 'l', 'Good luck with the thesis, bye!'],
  ], usual({ referral: 'fail' })),

  // 37 non-native English; 403 from ScienceDirect; "You still there? :)" and "I'm assuming you got disconnected"
  s(PIETER, '37 ScienceDirect 403 off campus (non-native English): "You still there? :)" at +140 s, "assuming you got disconnected … reconnect anytime" at +210 s', [
    [0, 'p', 'Please can you help me, I am not able to open the article from the library website, it show error 403 forbidden'],
    [35, 'l', 'Hello, welcome to the Westlake Health Sciences Library chat. My name is Pieter.'],
    [41, 'l', 'Which database or journal is the article in, and are you on or off campus?'],
    [110, 'p', 'off campus, it is in ScienceDirect, journal Appetite'],
    [125, 'l', 'Thank you. A 403 from ScienceDirect off campus usually means the link skipped our log-in. Please open ScienceDirect from the Databases A-Z list on library.wlhsu.edu, sign in with your university account, and then search the article title there.'],
    [131, 'l', 'Does that work for you?'],
    [265, 'l', 'You still there? :)'],
    [335, 'l', "Since I haven't heard back, I'm assuming you got disconnected. I'll end our chat now; feel free to reconnect anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 38 transfer to Special Collections: notice and note, the archivist writes 130 s after the notice
  s(MARISOL, '38 Senator Birch papers: "I\'m going to pass you to my colleague Juniper in Special Collections" + note, Juniper 130 s later; reading-room e-mail', [
    [0, 'p', "Hello, does RSU have the papers of Senator Harold Birch? I'd like to look at his correspondence from the 1960s"],
    [28, 'l', 'Hi! Marisol at the Riverbend State University Library here.'],
    [35, 'l', 'Are you hoping to visit in person, or are you looking for anything digitized?'],
    [80, 'p', 'In person ideally, in May'],
    [92, 'l', "Our Special Collections archivist can tell you exactly what's in the Birch papers, so I'm going to pass you to my colleague Juniper in Special Collections. She'll be with you in a moment."],
    [96, 'i', 'Juniper, patron wants to visit in May to see Sen. Harold Birch papers, 1960s correspondence. Can you take this?'],
    xfer(100, 'Juniper Hale', 'juniper'),
    [222, 'l', 'Hello, this is Juniper Hale, archivist in RSU Special Collections. Thanks for your patience!', as(JUNIPER)],
    [230, 'l', 'The Harold Birch Papers (MS 112) have 14 boxes of correspondence for 1961-1969; the finding aid is at archives.rsu.edu/birch. Would you like me to note which boxes cover the years you need?', as(JUNIPER)],
    [290, 'p', "That's great, I can figure it out from the finding aid. How do I make an appointment?"],
    [300, 'l', "Email us at specialcollections@rsu.edu at least a week ahead with the box numbers, and we'll have them waiting in the reading room. Does that answer your questions?", as(JUNIPER)],
    [340, 'p', "Yes, perfect. That's all I needed."],
    [346, 'l', 'Wonderful, we look forward to seeing you in May. Thanks for getting in touch!', as(JUNIPER)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'pass' })),

  // 39 the patron's "yes thanks!" is the last word; the system closes the chat a minute later
  s(SHAY, '39 print quota: answered, the patron\'s "yes thanks!" is the last message, no goodbye (closed 60 s later)', [
    [0, 'p', 'how many pages can i print per semester'],
    [30, 'l', 'hi! Shay, librarian at Harlow CC. are you a full-time or part-time student?'],
    [55, 'p', 'full time'],
    [66, 'l', "full-time students get 500 free pages a semester; after that it's 10 cents a page. you can check your balance at print.hcc.edu with your student login."],
    [72, 'l', 'did that answer it?'],
    [100, 'p', 'yes thanks!'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 60 }),

  // 40 coop: an APA book reference built from the patron's details, no guide or site named (the reference names the book)
  s(RHETT, '40 coop, APA book with an edition: the reference built from the patron\'s own book, no guide or site named', [
    [0, 'p', 'whats the apa format for a book with an edition, like 5th ed'],
    [22, 'l', 'Hello! Rhett here, a librarian with the Ask a Librarian cooperative.'],
    [28, 'l', 'Is it a print book, or an e-book you read online?'],
    [60, 'p', 'print. its Psychology by Myers and DeWall, 13th edition, 2021, Worth Publishers'],
    [80, 'l', "Here you go:\nMyers, D. G., & DeWall, C. N. (2021). Psychology (13th ed.). Worth Publishers.\nThe edition goes in parentheses right after the title, not in italics, and there's no publisher location in APA 7."],
    [86, 'l', 'Will that work for your reference list?'],
    [130, 'p', 'yes perfect thank u'],
    [135, 'l', "You're welcome. Anything else I can help with?"],
    [160, 'p', 'nope'],
    [164, 'l', 'Have a great night, bye!'],
  ], usual()), // label corrected: first labelled source fail (see the header)

  // 41 a second patron message during the wait does not restart it
  s(TOVA, '41 renewal blocked by a hold: the patron asks at 110 s and writes "hello?" at 210 s, the answer at 262 s (152 s after the question)', [
    [0, 'p', 'hi can i renew a book that has a hold on it?'],
    [20, 'l', 'Hi! Tova, reference librarian at Riverbend State. Is it a regular loan or a course reserve item?'],
    [50, 'p', 'regular'],
    [60, 'l', 'If someone else has placed a hold on it, the renewal is blocked and the book is due on its date. You can check under My Account in the catalog (library.rsu.edu), where it will say "Renewal blocked: hold".'],
    [66, 'l', 'Does that answer your question?'],
    [110, 'p', 'ugh ok. can i get an extension at least? my paper is due the week after'],
    [210, 'p', 'hello?'],
    [262, 'l', "Sorry about that! Extensions past a hold aren't possible, but you could scan the pages you need before returning it; the scanners on the 2nd floor send PDFs to your email for free."],
    [300, 'p', "ok good idea thanks, that's all"],
    [306, 'l', 'Good luck with the paper, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 42 coop: the patron sends only a vague question; a clarifying question, a check-in and a notice; one patron message, Lost Call
  s(KEN, '42 coop, "I need sources for my paper": clarifying question, no answer, check-in at +140 s, notice and invitation at +215 s, Lost Call', [
    [0, 'p', 'I need sources for my paper'],
    [25, 'l', "Hi, I'm Ken, a librarian with the Ask a Librarian cooperative."],
    [30, 'l', "What's your paper about, and how many sources does it need?"],
    [165, 'l', 'Hello? Are you still there?'],
    [240, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/**
 * LEFT: labelled from RUBRIC.md, still misread by the scorer (rubric v43 at this worktree's HEAD). Each runs through
 * describeLeft: check, expected / got, RUBRIC's words, the decisive message (0-based index into `messages`).
 */
const LEFT_WHY: Record<string, string> = {
  '23 PSYC 101 reserve: reserves URL and the South circulation desk phone, "looks like you may have stepped away" 106 s after the answer':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). RUBRIC (Referral): the provider\'s own library\'s departments count when the patron is told to contact or visit them. Message 3: "… then pick the book up at the South circulation desk (555-240-1300) with your student ID." sends the patron to the desk ("then go to / ask at the South circulation desk (555-…)" passes).',
  '36 political science librarian: "She\'s in Library 314 … just stop by", only a guide URL besides':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). RUBRIC (Referral): telling the patron to … visit … a named specialist. Message 4: "The political science librarian is Dr. Grace Whitfield. She\'s in Library 314 and holds drop-in hours Tuesdays 2-4, so you can just stop by then." (a room and hours, no e-mail, phone, postal address or URL for her; the guide URL is a source). "You can stop by her office, Library 314" fails as labelled: "stop by" with no object after the party named in the clause before is missed.',
  '38 Senator Birch papers: "I\'m going to pass you to my colleague Juniper in Special Collections" + note, Juniper 130 s later; reading-room e-mail':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). RUBRIC (Referral): the provider\'s own library\'s departments count when the patron is told to contact them. Message 10 (the archivist, after the transfer): "Email us at specialcollections@rsu.edu at least a week ahead with the box numbers …" ("Email Special Collections at …" passes; "us" for the provider\'s own department is not read as a party). Lower confidence: a reader may hold "us" to be the provider herself.',
};

describe('forty-third round: academic libraries, checked', () => {
  describeSessions('whole sessions', academic.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', academic.filter((c) => c.name in LEFT_WHY));
});
