/**
 * Eighteenth round, area (S5): FALSE FAILS, WHOLE SESSIONS. Sessions in which the provider does the right thing in
 * wordings the scorer may not know: terse professionals and chatty ones; British, Irish, Canadian, Australian and
 * Indian English (spellings and idioms: "cheers", "shall I", "ring them", "give them a bell", "no worries", "kindly",
 * "do revert", "I shall revert", "have a look", "queries", "arvo"); providers who paste macros with odd punctuation
 * (no space after a full stop, doubled "!!", smileys glued to words); typos and autocorrect; patrons who answer in
 * fragments. Good sessions pass every check they should; beside them sit sessions that genuinely fail one check (near
 * misses), so no fix turns a fail into a pass.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Kindly confirm whether this resolves your query." asks, indirectly, whether the information meets the need: a
 *   completeness question; "Do revert in case of any further query." is a conditional invitation, neither a
 *   completeness question nor an "anything else" question.
 * - "Any other queries?" / "Anything further I can help with?" ask whether the patron needs anything else.
 * - A patron's "that's me sorted, ta" / "that's everything, cheers" says explicitly that they are done; "cheers!" or
 *   "brill thanks" alone does not.
 * - "Give them a bell on …", "ring them on …", "drop them a line at …" tell the patron to contact a party: referrals.
 * - "I'll revert by Monday" / "I shall revert to you by Monday" promise to send more later: a follow-up session.
 * - An app named without a way to reach it ("the BorrowBox app") is no source (Terms).
 * - "Kindly be patient." asks the patron to wait: a hold. A bare "OK?" after an answer does not say what it asks about:
 *   no completeness question. "Happy reading!", "Cheerio!", "hooroo" are parting words: goodbyes.
 * - "Library enquiry service, Helen." / "Hello - Jan, Toledo Library." / "Ms. Tremblay, Lord Byng Secondary library."
 *   name who is answering (a name and the library or service, a comma between).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A follow-up recorded `hours` after second `s`. */
const doneAfter = (s: number, hours: number, by = 'jo') => [{ doneAt: at(s + hours * 3600), by, note: 'sent' }];

const NIAMH = who('Niamh Byrne', 'niamh');
const KEV = who('Kevin Tran', 'kev');

export const whole: SessionCase[] = [
  // ---- British public libraries ----------------------------------------------------------------------------------------
  {
    name: 'British: "Hiya, you\'re through to Ask a Librarian at Leeds Libraries, Tom speaking", "Are you after the print or the e-book?", "Bear with me a tick", "Has that sorted you?", "Anything else I can do for you?", "Cheers, take care"',
    lines: [
      [0, 'p', 'Hello, have you got the new Richard Osman in?'],
      [22, 'l', "Hiya, you're through to Ask a Librarian at Leeds Libraries, Tom speaking. Are you after the print copy or the e-book?"],
      [60, 'p', 'print please, large print if poss'],
      [66, 'l', 'Bear with me a tick while I have a look on the catalogue.'],
      [140, 'l', "Right, there are 4 large print copies, all out at the moment, with 2 reservations. You can reserve one on the catalogue at leeds.gov.uk/libraries for free. Has that sorted you?"],
      [190, 'p', 'yes lovely'],
      [196, 'l', 'Anything else I can do for you today?'],
      [230, 'p', 'no thats it'],
      [236, 'l', 'Cheers, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'British: "Morning! Ask Cymru here, I\'m Dafydd", "Shall I check which branch is nearest - whereabouts are you?", "Give me two ticks", "Is that any use?", "Any other queries?", "Ta-ra for now"',
    lines: [
      [0, 'p', 'I want to join a knitting group, do any libraries run them?'],
      [18, 'l', "Morning! Ask Cymru here, I'm Dafydd. Shall I check which branch is nearest - whereabouts are you?"],
      [70, 'p', 'Canton, Cardiff'],
      [76, 'l', 'Give me two ticks.'],
      [150, 'l', 'Canton Library runs Knit and Natter every Tuesday 2-4pm, free, no need to book. Details are on cardiff.gov.uk/libraries under "Events". Is that any use?'],
      [200, 'p', 'perfect'],
      [205, 'l', 'Any other queries?'],
      [240, 'p', 'no ta'],
      [244, 'l', 'Ta-ra for now, enjoy the knitting!'],
    ],
    exp: usual(),
  },
  {
    name: 'British terse professional: "Good afternoon. Library enquiry service, Helen." then a restatement, hold "One moment.", source, "Does that answer your enquiry?", patron "Yes, that\'s all I needed.", "Thank you. Goodbye."',
    lines: [
      [0, 'p', 'I need the population of Bristol in the 1851 census for a local history talk.'],
      [30, 'l', 'Good afternoon. Library enquiry service, Helen.'],
      [36, 'l', 'So you need the 1851 census figure for Bristol itself, not the county.'],
      [70, 'p', 'Yes, city.'],
      [75, 'l', 'One moment.'],
      [170, 'l', 'The 1851 census gives 137,328 for the city and county of Bristol. Source: Vision of Britain, visionofbritain.org.uk, search "Bristol" > Population. Does that answer your enquiry?'],
      [230, 'p', "Yes, that's all I needed."],
      [236, 'l', 'Thank you. Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'British referral: "give the Registry Office a bell on 0161 234 5005", clarifying "Was the birth in Manchester itself?", patron "thats me sorted ta", provider "No problem at all, all the best"',
    lines: [
      [0, 'p', 'how do i get a copy of my nans birth certificate'],
      [25, 'l', "Hello, Manchester Libraries Ask Us, I'm Gemma. Was the birth in Manchester itself, and roughly what year?"],
      [80, 'p', 'manchester 1932'],
      [88, 'l', "You can order it from the GRO online at gro.gov.uk (£12.50), or give the Manchester Register Office a bell on 0161 234 5005 and they'll post you one. Does that help?"],
      [140, 'p', 'thats me sorted ta'],
      [146, 'l', 'No problem at all, all the best with the family tree!'],
    ],
    // reading: "give … a bell on <number>" tells the patron to ring the register office: a referral with its phone;
    // "thats me sorted" says explicitly that the patron is done; "all the best" says goodbye
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British near miss: "ring the council" with no number or address: referral fails',
    lines: [
      [0, 'p', 'theres a pothole outside the library, who do i tell'],
      [20, 'l', "Hello, you're chatting with Sam at Sheffield Libraries. Is it on the road or the library car park?"],
      [50, 'p', 'the road'],
      [56, 'l', 'Roads are the council\'s, so best to ring the council\'s highways team and report it, they\'re usually quick. Anything else I can help with?'],
      [90, 'p', 'no thats fine thanks'],
      [95, 'l', 'Cheers, bye!'],
    ],
    // reading: no source (no URL, no phone, no named resource): source fails, so completeness fails (asked nothing) and
    // referral fails for want of a contact
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'British: a follow-up "I\'ll pop you an email by Thursday with the list", e-mail given in the chat, code Follow-up by me, recorded in 30 h',
    lines: [
      [0, 'p', 'Hi, I need a list of books set in Brighton for a reading group, about 10'],
      [30, 'l', "Hello and welcome to Ask a Librarian, I'm Ruth at Brighton & Hove Libraries. Do you want fiction only, or memoirs too?"],
      [75, 'p', 'fiction, adult'],
      [82, 'l', "Lovely. Brighton Rock by Graham Greene is the obvious one to start: it's on the catalogue at brighton-hove.gov.uk/libraries. I'd like to put a proper list together for you: what's the best email for you?"],
      [130, 'p', 'anna.p@example.org'],
      [138, 'l', "Thanks, that's anna.p@example.org. I'll pop you an email by Thursday with ten titles and which branches have sets. Is Brighton Rock the sort of thing you had in mind, to be going on with?"],
      [180, 'p', "yes great, that's everything for now"],
      [186, 'l', 'Brilliant. Speak soon, and thanks for getting in touch!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'anna.p@example.org', phone: null }, followUps: doneAfter(186, 30) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },

  // ---- Irish -----------------------------------------------------------------------------------------------------------
  {
    name: 'Irish: "Dia duit! Niamh here from Dublin City Libraries", "Is it for yourself or the young lad?", "Hang on there a sec", "Is that grand for you?", "Anything else at all?", patron "no that\'s everything", "Sound, mind yourself"',
    lines: [
      [0, 'p', 'hi is there any homework help for a 10 year old'],
      [20, 'l', 'Dia duit! Niamh here from Dublin City Libraries. Is it for yourself or the young lad, and what subject?', NIAMH],
      [70, 'p', 'my son. maths mostly'],
      [76, 'l', 'Hang on there a sec till I check.', NIAMH],
      [150, 'l', 'Most branches run a free homework club after school, and online there is Studyclix and the maths help on scoilnet.ie, free with no login. Is that grand for you?', NIAMH],
      [200, 'p', 'yes thanks a mill'],
      [204, 'l', 'Anything else at all?', NIAMH],
      [230, 'p', "no that's everything"],
      [236, 'l', 'Sound, mind yourself!', NIAMH],
    ],
    over: { provider: { id: 'niamh', name: 'Niamh Byrne', library: 'DCL' } },
    // reading: "Dia duit" is Irish for hello; the second half "Niamh here from Dublin City Libraries" identifies her.
    // "Sound, mind yourself!" is a goodbye ("mind yourself" = take care)
    exp: usual(),
  },
  {
    name: 'Irish near miss: provider never greets ("Niamh, Cork City Libraries. What year are you looking for?"): greeting fails',
    lines: [
      [0, 'p', 'do ye have old Cork Examiner papers'],
      [25, 'l', 'Niamh, Cork City Libraries. What year are you looking for?', NIAMH],
      [60, 'p', '1920'],
      [66, 'l', "The Irish Newspaper Archives has the Cork Examiner from 1841, free with your library card at corkcitylibraries.ie/eresources. Does that suit?", NIAMH],
      [100, 'p', "it does, that's all i wanted"],
      [106, 'l', 'Slán, thanks for asking us!', NIAMH],
    ],
    over: { provider: { id: 'niamh', name: 'Niamh Byrne', library: 'CCL' } },
    exp: usual({ greeting: 'fail' }),
  },

  // ---- Canadian ------------------------------------------------------------------------------------------------------
  {
    name: 'Canadian macro with odd punctuation: "Hello!!Welcome to AskAway.You are chatting with Jen @ UBC Library:)", clarifying, "Pls hold on,checking now..", "Does this help?", "Anything else today?", "Have a good one!"',
    lines: [
      [0, 'p', 'where can i find stats canada data on housing starts'],
      [15, 'l', 'Hello!!Welcome to AskAway.You are chatting with Jen @ UBC Library:)'],
      [20, 'l', 'Do you need national numbers or just BC?'],
      [60, 'p', 'vancouver'],
      [64, 'l', 'Pls hold on,checking now..'],
      [150, 'l', 'Table 34-10-0154-01 "Canada Mortgage and Housing Corporation, housing starts" has Vancouver CMA monthly: www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=3410015401 .Does this help?'],
      [200, 'p', 'yep'],
      [204, 'l', 'Anything else today?'],
      [240, 'p', 'nope'],
      [243, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'Canadian bilingual: "Bonjour/Hello! Marc with Ottawa Public Library", colour/cheque spellings, "Did that cover it?", patron "that\'s all I needed eh, merci", "Bye for now!"',
    lines: [
      [0, 'p', 'can i pay my library fines by cheque'],
      [30, 'l', 'Bonjour/Hello! Marc with Ottawa Public Library. Is it for fines on your own card or on a child\'s card?'],
      [70, 'p', 'mine'],
      [76, 'l', 'Yes, cheques payable to the City of Ottawa are accepted at any branch desk, or you can pay by card online under My Account at biblioottawalibrary.ca. Did that cover it?'],
      [120, 'p', "yes that's all I needed eh, merci"],
      [125, 'l', 'Bye for now!'],
    ],
    exp: usual(),
  },
  {
    name: 'Canadian: a transfer "I\'m going to pass you to our Local History folks, one sec" with an internal note, the receiver greets; all pass',
    lines: [
      [0, 'p', 'looking for my great grandfathers homestead file in saskatchewan'],
      [20, 'l', 'Hi there, this is Kevin at Regina Public Library. Do you know roughly when he filed, and his name?', KEV],
      [60, 'p', 'Ole Hansen, 1905 maybe'],
      [66, 'i', 'Dana, homestead records question, Ole Hansen ~1905 - can you take it? You know the SK archives better than me.', KEV],
      [70, 'l', "I'm going to pass you over to Dana in our Prairie History Room, she knows these records best. One sec!", KEV],
      [74, 's', 'Chat transferred to Dana Fox', sys('transfer', 'dana')],
      [90, 'l', "Hi, Dana here! Let me look Ole up for you.", who('Dana Fox', 'dana')],
      [170, 'l', 'The Saskatchewan Homestead Index has an Ole Hansen, 1905, NE 12-34-5-W3: saskhomesteads.com. You can order the file itself from the Provincial Archives by emailing info.request@archives.gov.sk.ca. Is that him, do you think?', who('Dana Fox', 'dana')],
      [230, 'p', 'yes!! that is him'],
      [236, 'l', 'Wonderful. Anything else I can dig up?', who('Dana Fox', 'dana')],
      [270, 'p', 'no thank you so much'],
      [275, 'l', 'Take care and good luck with the tree!', who('Dana Fox', 'dana')],
    ],
    over: { provider: { id: 'kev', name: 'Kevin Tran', library: 'RPL' } },
    // reading: "You can order the file itself from the Provincial Archives by emailing <e-mail>" tells the patron to write to them:
    // a referral with its contact
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },

  // ---- Australian ------------------------------------------------------------------------------------------------------
  {
    name: 'Australian: "G\'day, Bec here from Brisbane City Council Libraries", "Which suburb are you in?", "Hang on, just having a squiz at the bookings", "Reckon that\'ll do the trick?", "Anything else you need?", "No worries, cheers!"',
    lines: [
      [0, 'p', 'hey can i book a room at the library for a tutoring session'],
      [25, 'l', "G'day, Bec here from Brisbane City Council Libraries. Which suburb are you in, so I can check your closest branch?"],
      [60, 'p', 'indooroopilly'],
      [66, 'l', 'Hang on, just having a squiz at the bookings.'],
      [140, 'l', 'Indooroopilly Library has two study rooms, free, bookable up to 2 hours at a time. Book at brisbane.qld.gov.au/libraries > Spaces. Reckon that\'ll do the trick?'],
      [190, 'p', 'ye legend'],
      [194, 'l', 'Anything else you need?'],
      [220, 'p', 'nah all good'],
      [224, 'l', 'No worries, cheers!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian follow-up: "I\'ll flick you an email tomorrow arvo", e-mail repeated back, code Follow-up by me, not yet recorded: pending',
    lines: [
      [0, 'p', 'I need old photos of the Hobart waterfront in the 1950s for a uni assignment'],
      [20, 'l', "Hi! Welcome to Libraries Tasmania's Ask Us, you're chatting with Mia. Do you need them to reuse in the assignment, or just to look at?"],
      [70, 'p', 'to put in it, with credit'],
      [78, 'l', 'Libraries Tasmania Images has lots, with reuse terms on each: stors.tas.gov.au, search "Hobart waterfront 1950". I can check which ones are out of copyright and send you a shortlist. Whats the best email?'],
      [140, 'p', 'jess.w@example.org'],
      [146, 'l', "Thanks, jess.w@example.org. I'll flick you an email tomorrow arvo with the shortlist. Is that search giving you useful results in the meantime?"],
      [200, 'p', 'yes heaps'],
      [205, 'l', 'Anything else I can help with?'],
      [230, 'p', 'no ta'],
      [234, 'l', 'No worries, talk tomorrow. Thanks for chatting!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'jess.w@example.org', phone: null } },
    // reading: "tomorrow arvo" (tomorrow afternoon) says when the information will come
    exp: followed(),
  },
  {
    name: 'Australian near miss: "no worries" alone as the last word, after a plain answer; never asks anything else and the patron only says "ta": anything else fails',
    lines: [
      [0, 'p', 'what time does state library close today'],
      [20, 'l', "Hi there, it's Josh at the State Library of NSW. Do you mean the Mitchell reading room or the Macquarie Street building generally?"],
      [55, 'p', 'the reading room'],
      [60, 'l', 'The Mitchell Reading Room closes at 8pm Monday to Thursday, 5pm Friday; hours are at sl.nsw.gov.au/visit. Does that answer it?'],
      [90, 'p', 'ta'],
      [94, 'l', 'No worries, see ya!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- Indian English --------------------------------------------------------------------------------------------------
  {
    name: 'Indian English: "Namaste! This is Priya from the Jayakar Library, SPPU", "Kindly let me know your department", "Kindly wait, I am checking", "Kindly confirm whether this resolves your query.", "Anything further I can help with?", "Thank you for contacting us. Have a nice day."',
    lines: [
      [0, 'p', 'Respected madam, I need access to IEEE papers from home'],
      [25, 'l', 'Namaste! This is Priya from the Jayakar Library, SPPU. Kindly let me know your department: are you faculty or a student?'],
      [70, 'p', 'PhD scholar, electronics department'],
      [76, 'l', 'Kindly wait, I am checking the remote access details.'],
      [160, 'l', 'IEEE Xplore is available off campus through the library proxy: log in at library.unipune.ac.in/remote with your PRN and password, then choose IEEE Xplore. Kindly confirm whether this resolves your query.'],
      [220, 'p', 'Yes madam it is working'],
      [226, 'l', 'Anything further I can help with?'],
      [260, 'p', 'No madam, that is all. Thank you'],
      [266, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    // reading: "Kindly let me know your department: are you faculty or a student?" is a clarifying question; "Kindly
    // confirm whether this resolves your query." asks indirectly whether the information meets the need
    exp: usual(),
  },
  {
    name: 'Indian English near miss: "Do revert in case of any further query." is no completeness question and no "anything else" question',
    lines: [
      [0, 'p', 'sir what is the fine for late return of book'],
      [20, 'l', 'Good evening, Rahul here from the IIT Delhi Central Library. Is it a general book or a reserve-section book?'],
      [60, 'p', 'general'],
      [65, 'l', 'For general books the fine is Rs 2 per day, per the circulation rules at library.iitd.ac.in/circulation. Do revert in case of any further query.'],
      [100, 'p', 'ok sir thank you'],
      [104, 'l', 'Thank you.'],
    ],
    // reading: a conditional invitation asks nothing
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Indian English follow-up: "I shall revert to you by Monday on your mail id", e-mail given, code Follow-up by me, recorded in 50 h',
    lines: [
      [0, 'p', 'Dear sir, I want the thesis of Dr. K. Menon 1987 on groundwater of Kerala. Is it available?'],
      [30, 'l', 'Hello, welcome to Ask a Librarian, Kerala University Library. I am Anil. Do you need the full text or only the abstract?'],
      [70, 'p', 'full text sir'],
      [76, 'l', 'Please give me a moment.'],
      [150, 'l', 'It is listed in Shodhganga but only the abstract is online: shodhganga.inflibnet.ac.in, search "Menon groundwater". The full text is in our closed stacks; I will need to check with the thesis section whether a copy can be made. Kindly share your mail id.'],
      [200, 'p', 'suresh.k@example.org'],
      [206, 'l', 'Noted: suresh.k@example.org. I shall revert to you by Monday on your mail id with the details. Is the abstract itself useful for now?'],
      [250, 'p', 'yes sir, that is all, thanks'],
      [256, 'l', 'Most welcome. Thank you for contacting us.'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'suresh.k@example.org', phone: null }, followUps: doneAfter(256, 50) },
    // reading: "I shall revert to you by Monday" promises to send more later, with the time
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Indian English referral: "kindly contact the Examination section at exam@univ.example.edu or 020-2560-1234", do the needful; all pass',
    lines: [
      [0, 'p', 'my marksheet has wrong spelling of name, what to do'],
      [25, 'l', 'Hello, Library Help Desk, I am Kavita. Is this the degree marksheet or a semester marksheet?'],
      [70, 'p', 'semester 4'],
      [75, 'l', 'The library cannot correct it, but kindly contact the Examination section at exams@unipune.ac.in or 020-2560-1234 with a copy of your ID; the correction form is on unipune.ac.in/exam under "Forms". Does this solve the issue?'],
      [120, 'p', 'yes clear'],
      [124, 'l', 'Any other query?'],
      [150, 'p', 'no'],
      [154, 'l', 'Thank you, all the best!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- terse professionals --------------------------------------------------------------------------------------------
  {
    name: 'terse academic: "Hi. Ref desk, Lee." / "Which style?" / "Sec." / answer / "Good?" / "Else?" / "Thx, bye."',
    lines: [
      [0, 'p', 'how do i cite a tweet'],
      [15, 'l', 'Hi. Ref desk, Lee.'],
      [18, 'l', 'Which style?'],
      [40, 'p', 'apa'],
      [44, 'l', 'Sec.'],
      [100, 'l', 'APA 7: Author [@handle]. (Year, Month Day). Text up to 20 words [Tweet]. X. URL. Example at apastyle.apa.org/style-grammar-guidelines/references/examples/twitter-references. Good?'],
      [130, 'p', 'yes'],
      [133, 'l', 'Else?'],
      [150, 'p', 'no'],
      [152, 'l', 'Thx, bye.'],
    ],
    // reading: "Sec." is a hold ("one second"); "Good?" after the answer asks whether it meets the need; "Else?" asks
    // whether the patron needs anything else
    exp: usual(),
  },
  {
    name: 'terse public: "Hello - Jan, Toledo Library." then "Adult renewal, by mail?", answer, "Got what you need?", patron "yep all set, nothing else", "Thanks. Bye."',
    lines: [
      [0, 'p', 'need passport renewal form adult'],
      [20, 'l', 'Hello - Jan, Toledo Library.'],
      [24, 'l', 'Adult renewal, by mail?'],
      [45, 'p', 'yes'],
      [50, 'l', 'DS-82, at travel.state.gov > Passports > Renew. Print, sign, mail with photo and fee. Got what you need?'],
      [80, 'p', 'yep all set, nothing else'],
      [83, 'l', 'Thanks. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'terse near miss: no hold while searching 150 s after the patron\'s answer: keep informed fails',
    lines: [
      [0, 'p', 'do u have ancestry access'],
      [15, 'l', 'Hi, Reference, Pat at Akron-Summit County Library. In the branch or from home?'],
      [40, 'p', 'home'],
      [190, 'l', 'From home use HeritageQuest instead (akronlibrary.org/research > HeritageQuest); Ancestry Library is in-branch only. OK?'],
      [220, 'p', "ok that's all, thanks"],
      [223, 'l', 'Bye.'],
    ],
    // reading: "Bye." says goodbye; the patron's "that's all" is explicit; a bare "OK?" does not say what it asks about
    // (agreement as much as whether the answer meets the need): no completeness question (relabelled after the first run)
    exp: usual({ informed: 'fail', complete: 'fail' }),
  },

  // ---- chatty providers -------------------------------------------------------------------------------------------------
  {
    name: 'chatty near miss: lots of talk but no question before the source: clarify fails',
    lines: [
      [0, 'p', 'are there any free museum passes'],
      [18, 'l', "Hi hi! You've got Maggie at Boston Public Library, so glad you asked, this is one of my favourite things we do!!"],
      [24, 'l', 'We have passes to the MFA, the Aquarium, the Science Museum and loads more, reserve them at bpl.org/museum-passes with your card. Did that help?'],
      [60, 'p', 'yes thanks, thats all'],
      [64, 'l', 'Yay, have the best time, bye!!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },

  // ---- typos and autocorrect -------------------------------------------------------------------------------------------

  // ---- patrons in fragments -------------------------------------------------------------------------------------------
  {
    name: 'patron in fragments: "tax forms" / "state" / "2024" / "ny"; provider asks, answers, patron "k. done." (no explicit done), provider asks anything else, patron "no"',
    lines: [
      [0, 'p', 'tax forms'],
      [20, 'l', 'Hi! Welcome to Ask NYPL, this is Rosa. Federal or state forms, and which year?'],
      [40, 'p', 'state'],
      [44, 'p', '2024'],
      [48, 'p', 'ny'],
      [52, 'l', 'NY IT-201 and instructions for 2024 are at tax.ny.gov/forms, or printed at most branches until April. That what you need?'],
      [80, 'p', 'k'],
      [84, 'l', 'Anything else I can find for you?'],
      [100, 'p', 'no'],
      [103, 'l', 'Great, thanks for using Ask NYPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'patron in fragments near miss: provider never asks "anything else" and patron only says "k thx": anything else fails',
    lines: [
      [0, 'p', 'wifi password'],
      [20, 'l', 'Hello, this is Omar at Hennepin County Library. Which branch are you at?'],
      [40, 'p', 'southdale'],
      [44, 'l', 'No password: pick the network HCL-Public and accept the terms in the page that opens (the steps are at hclib.org/wifi). Working now?'],
      [80, 'p', 'k thx'],
      [84, 'l', 'Enjoy, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- idle patrons, check-ins and disconnect notices in other voices -----------------------------------------------------
  {
    name: 'British idle: "Hello? Just checking you\'re still on the line?" and "Looks like you\'ve dropped off, so I\'ll close this one now. Cheers!" (idle 210 s): both pass',
    lines: [
      [0, 'p', 'is there a limit on how many books I can borrow'],
      [20, 'l', "Hello, you're chatting to Priya at Birmingham Libraries. Is that for an adult card?"],
      [50, 'p', 'yes'],
      [55, 'l', 'Adult cards can borrow up to 20 items at once; the full rules are at birmingham.gov.uk/libraries. Does that answer it?'],
      [190, 'l', "Hello? Just checking you're still on the line?"],
      [265, 'l', "Looks like you've dropped off, so I'll close this one now. Cheers!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Indian English idle: "Are you there sir?" then "It seems you are not responding. I am closing this chat now. Kindly reach out again if needed." (idle 200 s): both pass',
    lines: [
      [0, 'p', 'how to renew book online'],
      [25, 'l', 'Hello, this is Meena from the Central Library, Anna University. Are you a student or staff?'],
      [60, 'p', 'student'],
      [66, 'l', 'Students can renew from the OPAC: opac.annauniv.edu > My Account > Renew, up to two times. Is this helpful?'],
      [200, 'l', 'Are you there sir?'],
      [266, 'l', 'It seems you are not responding. I am closing this chat now. Kindly reach out again if needed.'],
    ],
    // reading: "It seems you are not responding" says the patron seems to have gone; "I am closing this chat now" says
    // the session will end; "Kindly reach out again" invites back (a goodbye)
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Australian idle: "You still with us?" then "Haven\'t heard from you in a bit, so I reckon you\'ve nicked off. Closing the chat now, no worries, chat again anytime!" (idle 220 s): both pass',
    lines: [
      [0, 'p', 'do you have any free english classes'],
      [20, 'l', "Hi! Sandra here from City of Sydney Library. Are you after conversation classes or something more formal?"],
      [60, 'p', 'conversation'],
      [66, 'l', 'English Conversation Circle runs Wednesdays 10am at Customs House Library, free, just turn up: cityofsydney.nsw.gov.au/library-events. Would that work for you?'],
      [200, 'l', 'You still with us?'],
      [286, 'l', "Haven't heard from you in a bit, so I reckon you've nicked off. Closing the chat now, no worries, chat again anytime!"],
    ],
    // reading: "you've nicked off" (left) says the patron seems gone; "Closing the chat now" says it will end
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: a check-in "Still there?" but the last message only says "I\'ll close this now, cheers" (no word that the patron seems gone) after 230 s: disconnect fails',
    lines: [
      [0, 'p', 'where can i recycle old batteries in calgary'],
      [20, 'l', 'Hi there, this is Blake at Calgary Public Library. Household batteries or a car battery?'],
      [50, 'p', 'household'],
      [55, 'l', 'Most Calgary Co-op and Home Depot stores take household batteries; the City list is at calgary.ca/waste under "Batteries". Did that help?'],
      [190, 'l', 'Still there?'],
      [285, 'l', "I'll close this now, cheers"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Looks like you\'ve gone quiet, take your time!" is no check-in (no question) and no notice (no end); idle 200 s: both fail',
    lines: [
      [0, 'p', 'what books are on the booker prize longlist'],
      [20, 'l', 'Hello, Ask a Librarian at Edinburgh Libraries, Fiona here. This year\'s longlist or an older one?'],
      [50, 'p', 'this year'],
      [55, 'l', "The full longlist is on thebookerprizes.com, and we've a display list on the catalogue at libraryonline.edinburgh.gov.uk. Is that what you were after?"],
      [190, 'l', "Looks like you've gone quiet, take your time!"],
    ],
    over: { endAfter: 65 },
    // reading: the last message neither asks whether the patron is there nor says the session will end; not a goodbye
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },

  // ---- macros with odd punctuation -------------------------------------------------------------------------------------
  {
    name: 'macro: "***Thank you for contacting Ask Us 24/7***My name is Ava,I\'m a librarian.How can I help?" then a clarifying question, answer, "Did this answer your question??", "Is there anything else I may assist you with??", "Thanks for using Ask Us 24/7!!Goodbye!!"',
    lines: [
      [0, 'p', 'I need articles about the effects of social media on teenagers sleep'],
      [10, 'l', "***Thank you for contacting Ask Us 24/7***My name is Ava,I'm a librarian.How can I help?"],
      [16, 'l', 'Do these need to be scholarly/peer reviewed articles??'],
      [50, 'p', 'yes for psych class'],
      [55, 'l', 'Searching now.....'],
      [130, 'l', 'Try PsycINFO (from your library A-Z databases list): social media AND sleep AND adolescen* , limit to peer reviewed and 2018-. Did this answer your question??'],
      [180, 'p', 'yes'],
      [184, 'l', 'Is there anything else I may assist you with??'],
      [210, 'p', 'no'],
      [214, 'l', 'Thanks for using Ask Us 24/7!!Goodbye!!'],
    ],
    exp: usual(),
  },
  {
    name: 'macro with HTML-ish debris: "Hello &amp; welcome to Ask Colorado / AskColorado - I\'m Ben (a librarian)", "&gt;&gt; one moment please &lt;&lt;", "-- Does that fully answer your question? --"',
    lines: [
      [0, 'p', 'what is the state bird of colorado'],
      [20, 'l', "Hello &amp; welcome to AskColorado - I'm Ben (a librarian). Is this for a school assignment, and do you need a source you can cite?"],
      [60, 'p', 'yes 3rd grade homework, teacher wants a website'],
      [64, 'l', '&gt;&gt; one moment please &lt;&lt;'],
      [120, 'l', 'The lark bunting, since 1931. Cite the state site: colorado.gov/about-colorado/state-symbols. -- Does that fully answer your question? --'],
      [170, 'p', 'yes thank you thats all'],
      [174, 'l', '-- Thank you for using AskColorado. Goodbye! --'],
    ],
    exp: usual(),
  },

  // ---- near misses in British / Indian voices for the other checks ----------------------------------------------------
  {
    name: 'British near miss: an app named without a way to reach it ("download the BorrowBox app") is no source',
    lines: [
      [0, 'p', 'can i get audiobooks free'],
      [20, 'l', "Hello, Ask Us at Kent Libraries, I'm Jack. On your phone, or a computer?"],
      [50, 'p', 'phone'],
      [55, 'l', 'Download the BorrowBox app and log in with your library card number and PIN, loads of audiobooks free. Does that help?'],
      [90, 'p', "yes that's all thanks"],
      [94, 'l', 'Cheers, enjoy!'],
    ],
    // reading: an app named without a way to reach it is not a source; no other source: fails; completeness is not na
    // (source fails, not na) and the question was asked after an answer: pass
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'British dismissal: "I\'m afraid you\'ve used your three questions for today, so I\'ll leave it there." fails; the rest is fine',
    lines: [
      [0, 'p', 'when is the library open on sunday'],
      [20, 'l', 'Hello, this is Chris at Norfolk Libraries. Which branch do you use?'],
      [45, 'p', 'Millennium Library'],
      [50, 'l', "The Millennium Library is open 10-4 on Sundays: norfolk.gov.uk/libraries > Opening times. Does that answer it?"],
      [80, 'p', 'yes, also can I print from my phone there? and do you have a scanner?'],
      [86, 'l', "I'm afraid you've used your three questions for today, so I'll leave it there. Thanks, bye."],
    ],
    // reading: "anything else" not asked and the patron did not say they were done
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'British: allowed "there\'s a bit of a queue so I\'ll have to wrap up, but do come back anytime" passes dismissal',
    lines: [
      [0, 'p', 'how do i get a blue badge'],
      [20, 'l', 'Hi, Ask Us at Surrey Libraries, Lucy here. Is it for yourself or someone you care for?'],
      [50, 'p', 'my mum'],
      [55, 'l', 'You can apply for her at gov.uk/apply-blue-badge; it takes about 15 minutes online. Does that cover it?'],
      [90, 'p', 'yes but also about her bus pass'],
      [96, 'l', "There's a bit of a queue so I'll have to wrap up, but do come back anytime about the bus pass and we'll pick it up. Cheers!"],
    ],
    // reading: others waiting, with a way back: allowed. Anything else never asked, not said
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'follow-up promised but coded Answered ("I\'ll ring you back on Monday"), phone given in the chat: code fails; contact passes',
    lines: [
      [0, 'p', 'need to know if my late dad left any books to the library in his will'],
      [30, 'l', "Hello, this is Mark at Auckland Libraries. Sorry for your loss. Do you know roughly when the donation would have been made?"],
      [80, 'p', 'last year, 2025'],
      [86, 'l', "Our gifts register isn't online, so I'll need to check with the collections team. Our donations page is aucklandlibraries.govt.nz/donations. What's the best number to ring you on?"],
      [130, 'p', '021 555 0187'],
      [136, 'l', "Thanks, 021 555 0187. I'll ring you back on Monday once I've heard. Is there anything else I can help with?"],
      [170, 'p', 'no thank you'],
      [174, 'l', 'Take care, talk Monday.'],
    ],
    over: { patron: { name: null, email: null, phone: '021 555 0187' } },
    // reading: the donations page is a source, given before the question "Is there anything else": completeness asked
    // nothing after it: fails
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up by the patron\'s library: "someone from Hamilton Public Library will get in touch within two working days", e-mail repeated back: pass, pending',
    lines: [
      [0, 'p', 'hi, my hold has said in transit for 3 weeks'],
      [20, 'l', "Hi there, you've reached the Ontario Library Service chat, I'm Tasha. Which library's card is it, and what's the title?"],
      [70, 'p', 'hamilton, "The Sentence" by Louise Erdrich'],
      [78, 'l', "I can't see Hamilton's system from here. Their holds FAQ is at hpl.ca/holds. I'll pass this to them: what email should they use?"],
      [130, 'p', 'lena.r@example.org'],
      [136, 'l', "Got it: lena.r@example.org. Someone from Hamilton Public Library will get in touch within two working days. Did the FAQ answer anything in the meantime?"],
      [180, 'p', 'a bit, thanks, thats all'],
      [184, 'l', 'Thanks for your patience, bye for now!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'lena.r@example.org', phone: null } },
    exp: followed(),
  },
  {
    name: 'follow-up near miss: "I\'ll get back to you when I hear from them" gives no time: contact fails',
    lines: [
      [0, 'p', 'can I get a copy of a 1978 council minutes'],
      [25, 'l', "Good morning, Ask Us at Wellington City Libraries, Ngaio speaking. Which council, the city or regional?"],
      [70, 'p', 'city'],
      [76, 'l', "The 1978 minutes aren't digitised; they're in the City Archives' collection, searchable at archivesonline.wcc.govt.nz. I can request a copy for you. Your email?"],
      [120, 'p', 'tom.h@example.org'],
      [126, 'l', "Thanks, tom.h@example.org. I'll get back to you when I hear from them. Is the online catalogue any help for now?"],
      [160, 'p', 'sure, nothing else'],
      [164, 'l', 'Cheers, ka kite!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tom.h@example.org', phone: null } },
    // reading: "I can request a copy for you" is the provider's own step, no referral; "sure, nothing else" says the
    // patron is done
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'British near miss: a goodbye not among the last two messages ("Cheers!" then two more statements): courteous fails',
    lines: [
      [0, 'p', 'can i return books to any branch'],
      [20, 'l', "Hello, you're through to Hertfordshire Libraries, I'm Ollie. Is it books, or DVDs too?"],
      [45, 'p', 'books only'],
      [50, 'l', 'Yes, any Herts library takes them back; branch list at hertfordshire.gov.uk/libraries. That any help?'],
      [80, 'p', "yes thanks that's all"],
      [84, 'l', 'Cheers!'],
      [90, 'l', 'Oh, and book drops are open 24 hours at most branches.'],
      [96, 'l', 'Fines are not charged on adult books either.'],
    ],
    // reading: the provider sent the last visible message; the final idle runs from the first non-hold provider message
    // after the patron's last message to the end (12 s + 5 s): na
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Irish: greeting and name over two messages ("Well hello there!" / "Ciarán on the Ask a Librarian desk, Galway County Libraries."); "d\'you know what year?"; "would that be what you\'re looking for?" after the source',
    lines: [
      [0, 'p', 'looking for the Connacht Tribune article about my grandad winning a hurling medal'],
      [15, 'l', 'Well hello there!'],
      [18, 'l', "Ciarán on the Ask a Librarian desk, Galway County Libraries. D'you know what year it was, roughly?"],
      [60, 'p', '1960s sometime'],
      [64, 'l', 'Grand, let me search the archive, back in a minute.'],
      [150, 'l', 'The Irish Newspaper Archives has the Connacht Tribune 1909 to date, free with a Galway card at galwaylibrary.ie/eresources: search his surname plus "hurling" with 1960-1969. Would that be what you\'re looking for?'],
      [210, 'p', 'found it!! 1964. thats all I wanted'],
      [214, 'l', 'Ah brilliant! Thanks a million for getting in touch.'],
    ],
    exp: usual(),
  },
  {
    name: 'Canadian school: "Hey! Ms. Tremblay, Lord Byng Secondary library", "What\'s the topic?", "Hold tight", "Is that the sort of thing you need?", "Need anything else?", "Cheers, good luck!"',
    lines: [
      [0, 'p', 'i need 3 sources for my essay by friday'],
      [15, 'l', "Hey! Ms. Tremblay, Lord Byng Secondary library. What's the topic?"],
      [40, 'p', 'residential schools'],
      [44, 'l', 'Hold tight, pulling some up.'],
      [120, 'l', 'Start with the Canadian Encyclopedia article (thecanadianencyclopedia.ca, search "residential schools"), the NCTR archive at nctr.ca, and "Speaking Our Truth" by Monique Gray Smith in our library. Is that the sort of thing you need?'],
      [160, 'p', 'ya thx'],
      [163, 'l', 'Need anything else?'],
      [180, 'p', 'no'],
      [183, 'l', 'Cheers, good luck!'],
    ],
    exp: usual(),
  },
  {
    name: 'British transfer near miss: the patron is never told ("Transferring" only in an internal note and the system line): transfer fails',
    lines: [
      [0, 'p', 'do you have the 1939 register for Liverpool'],
      [20, 'l', 'Hello, Liverpool Central Library, Amy here. Are you searching for a particular person?', who('Amy Cole', 'amy')],
      [60, 'p', 'yes my great aunt Edith Moss'],
      [66, 'i', 'Paul, 1939 Register search for Edith Moss, can you take this? Family history is yours.', who('Amy Cole', 'amy')],
      [70, 's', 'Chat transferred to Paul Reid', sys('transfer', 'paul')],
      [85, 'l', "Hiya, Paul in Family History. One moment while I look.", who('Paul Reid', 'paul')],
      [160, 'l', 'Findmypast has the 1939 Register and is free on library PCs (liverpool.gov.uk/libraries/family-history); there are two Edith Mosses in Liverpool. Does that get you started?', who('Paul Reid', 'paul')],
      [200, 'p', 'yes thats all i needed'],
      [204, 'l', 'Cheers, good hunting!', who('Paul Reid', 'paul')],
    ],
    over: { provider: { id: 'amy', name: 'Amy Cole', library: 'LIV' } },
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Australian check-in only (idle 150 s, under the notice limit): "Are you still there mate?" passes, notice na; goodbye absent so courteous fails',
    lines: [
      [0, 'p', 'how long can i keep a dvd'],
      [20, 'l', "Hi, Ask a Librarian at Melbourne Library Service, Kaz here. Is it a new release or older one?"],
      [45, 'p', 'new'],
      [50, 'l', 'New release DVDs are one week, others three weeks; the loan rules are at melbourne.vic.gov.au/libraries. Does that answer it?'],
      [180, 'l', 'Are you still there mate?'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'Scottish: "Hiya, Ask a Librarian at Glasgow Life, Ailsa speaking", "Is it the paper or the Gaelic edition you\'re wanting?", "Two secs", "That any help?", "Anything else the day?", "Cheerio!"',
    lines: [
      [0, 'p', 'do yous have the west highland free press on microfilm'],
      [20, 'l', "Hiya, Ask a Librarian at Glasgow Life, Ailsa speaking. Is it the English pages or the Gaelic column you're wanting, and which years?"],
      [70, 'p', 'english, 1980s'],
      [75, 'l', 'Two secs.'],
      [150, 'l', 'The Mitchell Library has it on microfilm from 1972, in the Glasgow Room on level 5; the holdings list is at glasgowlife.org.uk/libraries/the-mitchell. That any help?'],
      [200, 'p', 'aye great'],
      [204, 'l', 'Anything else the day?'],
      [230, 'p', 'naw thats me'],
      [234, 'l', 'Cheerio!'],
    ],
    // reading: "That any help?" (the verb dropped) asks whether it meets the need; "Anything else the day?" asks whether
    // anything else is needed; "Cheerio!" says goodbye
    exp: usual(),
  },
  {
    name: 'Indian English near miss: the patron is told "Kindly be patient" and waits 170 s for the answer: keep informed fails; the rest passes',
    lines: [
      [0, 'p', 'Sir I need previous year question papers of BSc chemistry sem 3'],
      [25, 'l', 'Good afternoon, this is Ramesh from the University Library, Mumbai. Which year of papers do you require?'],
      [60, 'p', '2022 and 2023'],
      [66, 'l', 'Kindly be patient.'],
      [236, 'l', 'Both are in the question paper bank: mu.ac.in/question-papers > Science > BSc > Sem III > Chemistry. Is this what you were looking for?'],
      [280, 'p', 'Yes sir. That is all.'],
      [285, 'l', 'Thank you, all the best for your exams.'],
    ],
    // reading: "Kindly be patient." asks the patron to wait: a hold; the wait after it (170 s) is still too long
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Canadian terse: "Evening. Sam, Edmonton Public Library." then "Print or online?", answer, "Working now?", patron "yes thats everything", "Have a good night."',
    lines: [
      [0, 'p', 'cant log into libby'],
      [20, 'l', 'Evening. Sam, Edmonton Public Library.'],
      [24, 'l', 'Is it the app or the website, and what error do you see?'],
      [60, 'p', 'app says card invalid'],
      [66, 'l', 'Choose "Edmonton Public Library" (not EPL Kids) in Libby > Menu > Add library, then your 14-digit card number and PIN. Steps at epl.ca/libby-help. Working now?'],
      [140, 'p', 'yes thats everything'],
      [144, 'l', 'Have a good night.'],
    ],
    // reading: "Sam, Edmonton Public Library." is a sign-on that names the provider and the library; "Evening." greets.
    // "Have a good night." says goodbye
    exp: usual(),
  },
  {
    name: 'Australian near miss: the follow-up time is "as soon as I can": contact fails; code Follow-up by me',
    lines: [
      [0, 'p', 'im after a copy of my grandads WW2 service record'],
      [20, 'l', "G'day, Lachie here from the State Library Victoria Ask a Librarian. Was he Army, Navy or Air Force, and do you know his service number?"],
      [80, 'p', 'army, no number, name was Arthur Boyd Kelly'],
      [86, 'l', 'Bear with me a sec.'],
      [160, 'l', "The National Archives holds WW2 service records: search his name at recordsearch.naa.gov.au. There are a few Arthur Kellys, so I'll check which is him and send you the right item number. What's your email?"],
      [210, 'p', 'sue.k@example.org'],
      [215, 'l', "Ta, sue.k@example.org. I'll send it through as soon as I can. Does the RecordSearch link work for you?"],
      [260, 'p', 'yep all good, nothing else'],
      [264, 'l', 'No worries, hooroo!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'sue.k@example.org', phone: null } },
    // reading: "as soon as I can" says no time: followup.contact fails; "hooroo" is Australian for goodbye
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // (left in v19, fixed in v23 by the anythingElse family: "Anything eels I can help with?" offers more help)
    name: 'autocorrect: "Hi, Devon at Rochester Public Library, welcome!", "Does that answer your question?" autocorrected to "Does that answer your questing?", "Anything eels I can help with?"',
    lines: [
      [0, 'p', 'can I get a hunting license at the library'],
      [25, 'l', 'Hi, Devon at Rochester Public Library, welcome! Is this a NY small-game license or something else?'],
      [60, 'p', 'deer'],
      [66, 'l', 'Libraries do not sell them, but you can buy one online at decals.dec.ny.gov or at most town clerks. Does that answer your questing?'],
      [100, 'p', 'yes lol'],
      [104, 'l', 'Anything eels I can help with?'],
      [130, 'p', 'nope'],
      [134, 'l', 'Thanks for chatting, take care!'],
    ],
    // reading: "questing" and "eels" are autocorrect slips of the same questions
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  {
    name: 'near miss: "Please be patient with the new catalogue, it is slow on phones." is advice, no hold: the answer 150 s later leaves no span open too long',
    lines: [
      [0, 'p', 'the catalogue wont load my holds'],
      [20, 'l', 'Hello, Ravi at the Bengaluru Central Library. Are you on the app or a browser?'],
      [50, 'p', 'phone browser'],
      [56, 'l', 'Please be patient with the new catalogue, it is slow on phones.'],
      [206, 'l', 'Your holds are under My Account > Holds at opac.bcl.example.org; on a phone it takes about 20 seconds to load. Did it work?'],
      [240, 'p', 'yes thats all'],
      [244, 'l', 'Thank you!'],
    ],
    // reading: the advice is not a hold, so waiting on the provider ended at it (56 s) and the answer came 150 s after it
    // while the patron was waited on: keep informed passes
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Hope this is what you required?" after the source asks; a terse sign-on "Ops desk, Meera." identifies',
    lines: [
      [0, 'p', 'How to get the NPTEL certificate PDF?'],
      [20, 'l', 'Good evening. Library help desk, Meera.'],
      [24, 'l', 'Is this for a course you have already passed?'],
      [50, 'p', 'yes'],
      [55, 'l', 'Log in at nptel.ac.in > Candidate Login > Course Certificate and download it. Hope this is what you required?'],
      [90, 'p', 'yes that is all'],
      [94, 'l', 'Thank you.'],
    ],
    exp: some({ greeting: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "I hope this is what you need." states: no completeness question',
    lines: [
      [0, 'p', 'How to get the NPTEL certificate PDF?'],
      [20, 'l', 'Good evening, Meera at the Central Library. Is this for a course you have already passed?'],
      [50, 'p', 'yes'],
      [55, 'l', 'Log in at nptel.ac.in > Candidate Login > Course Certificate and download it. I hope this is what you need.'],
      [90, 'p', 'yes that is all'],
      [94, 'l', 'Thank you.'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: the name is the patron's, but "the library" names who is answering (RUBRIC: "the library or the service"):
    // greeting passes (relabelled after the first run); S5's sign-on shape does not read "Maria" as the provider's
    name: '"Thanks for contacting the library, Maria." addresses the patron; the library named identifies: greeting passes',
    lines: [
      [0, 'p', 'hi its maria, do you have passport photos'],
      [20, 'l', 'Thanks for contacting the library, Maria.'],
      [24, 'l', 'Do you need US passport size?'],
      [50, 'p', 'yes'],
      [55, 'l', 'We do not take photos, but most pharmacies do; see travel.state.gov/photos for the rules. Does that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "If you are not responding in two minutes, I will close this chat." is a condition: no disconnect notice (idle 200 s)',
    lines: [
      [0, 'p', 'how to renew book online'],
      [25, 'l', 'Hello, this is Meena from the Central Library. Are you a student or staff?'],
      [60, 'p', 'student'],
      [66, 'l', 'Renew from the OPAC: opac.annauniv.edu > My Account > Renew. Is this helpful?'],
      [200, 'l', 'Are you there? If you are not responding in two minutes, I will close this chat.'],
      [266, 'l', 'Closing the chat now. Thank you.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Give them a bell, and I\'ll post you the form tomorrow" still promises a follow-up',
    lines: [
      [0, 'p', 'how do i get a copy of a death certificate'],
      [20, 'l', 'Hello, Ask Us at Leeds Libraries, Tom here. Which year and where?'],
      [50, 'p', 'leeds 1990'],
      [55, 'l', 'The Leeds Register Office issues them: 0113 222 4408. Give them a bell, and I\'ll post you the form tomorrow. Does that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Cheers, bye!'],
    ],
    exp: some({ code: 'fail' }),
  },
  {
    name: 'near miss: "Is that her email?" and "Is your printer working?" after the source ask nothing about it',
    lines: [
      [0, 'p', 'how do i email my professor a file from the library pc'],
      [20, 'l', 'Hello, Sam at the Learning Commons. Is it a Word file?'],
      [50, 'p', 'yes, to prof.lee@example.edu'],
      [55, 'l', 'Attach it in Outlook on the web (outlook.office.com > New mail > Attach). Is that her email? Is your printer working?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Happy reading!" after "cheers" from the patron: a parting wish closes; "Any good?" asks; no anything else',
    lines: [
      [0, 'p', 'any good crime novels set in Glasgow'],
      [20, 'l', 'Hello, Glasgow Libraries here, Iain speaking. New ones or classics?'],
      [50, 'p', 'new'],
      [55, 'l', "Try Denise Mina's 'The Long Drop' and Alex Gray's Lorimer series, both on the catalogue at glasgowlife.org.uk/libraries. Any good?"],
      [90, 'p', 'cheers'],
      [94, 'l', 'Happy reading!'],
    ],
    // reading: "Any good?" asks whether it meets the need. "Happy reading!" is a parting wish, a way of saying goodbye
    // (relabelled after the first run: first read as no goodbye)
    exp: some({ complete: 'pass', courteous: 'pass', anything: 'fail' }),
  },
  {
    name: 'near miss: "Shall I put a hold on it for you?" after the answer offers a step, no completeness question',
    lines: [
      [0, 'p', 'have you got Wolf Hall'],
      [20, 'l', 'Hello, Ask Us at Essex Libraries, Beth here. Book or audiobook?'],
      [45, 'p', 'book'],
      [50, 'l', 'Yes, 6 copies, 2 on the shelf at Chelmsford: libraries.essex.gov.uk. Shall I put a hold on it for you?'],
      [80, 'p', 'no ta thats all'],
      [84, 'l', 'Cheers, bye!'],
    ],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  {
    name: 'near miss: "Cheers for waiting" as the second provider message is no greeting; "Cheers, bye" closes',
    lines: [
      [0, 'p', 'how do i reset my pin'],
      [20, 'l', 'Jodie, Bath Library.'],
      [70, 'l', 'Cheers for waiting, is it the library app or the website?'],
      [90, 'p', 'website'],
      [95, 'l', 'Use "Forgotten PIN" at librarieswest.org.uk; it emails a new one. Sorted?'],
      [120, 'p', 'yes thats all'],
      [124, 'l', 'Cheers, bye'],
    ],
    // reading: "Cheers for waiting" thanks the patron for their patience, not for contacting the service: no greeting
    exp: some({ greeting: 'fail', complete: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "Ring me if you\'ve any more questions" is a conditional invitation, not an "anything else" question',
    lines: [
      [0, 'p', 'are dogs allowed in the library garden'],
      [20, 'l', 'Hi, Ask Us at Cambridgeshire Libraries, Raj here. Which library?'],
      [40, 'p', 'Central'],
      [45, 'l', 'Assistance dogs only, per the visitor rules at cambridgeshire.gov.uk/libraries. Does that help?'],
      [80, 'p', 'yes ta'],
      [84, 'l', "Ring us if you've any more questions. Cheers!"],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll revert" said of a setting ("the page will revert to English") is no follow-up promise',
    lines: [
      [0, 'p', 'the catalogue is in welsh how do i change it'],
      [20, 'l', 'Hello, Ask Cymru, Dafydd here. On the website or the app?'],
      [40, 'p', 'website'],
      [45, 'l', 'Click "English" at the top of catalogue.wales; if you clear your cookies the page will revert to Welsh, so leave them. Did that sort it?'],
      [80, 'p', "yes that's all"],
      [84, 'l', 'Cheers!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): "…with your card :) does that help at all…": text.ts does not end a sentence at an
    // emoticon, so the question sits mid-sentence; splitting at emoticons is a normalisation change under every check.
    // LEFT (completeness): "does that help at all or am I rambling lol" has no "?" and its tail is nine words, past v8 M's
    // eight-word tail for a question typed without "?"; a longer tail would read more statements as questions.
    name: 'LEFT: chatty: "Heya!! Welcome welcome to Ask Us @ Halifax Public Libraries, it\'s Sarah on chat tonight :D", long warm answers, "does that help at all or am I rambling lol", "anything else on your mind?", "thanks so much for popping in!!"',
    lines: [
      [0, 'p', 'i want to start running, any good books for beginners'],
      [12, 'l', "Heya!! Welcome welcome to Ask Us @ Halifax Public Libraries, it's Sarah on chat tonight :D"],
      [18, 'l', 'Ooh love this question. Are you more of a print person or do you like audiobooks for while you run?'],
      [60, 'p', 'audiobooks would be cool'],
      [64, 'l', 'oooh ok lemme poke around in Libby for a sec'],
      [140, 'l', "ok so Couch to 5K isn't a book but 'Running Is My Therapy' by Scott Douglas and 'Run Fast Eat Slow' are both on Libby with no wait right now. Get there at halifax.overdrive.com with your card :) does that help at all or am I rambling lol"],
      [190, 'p', 'haha no thats perfect'],
      [194, 'l', 'yay!! anything else on your mind?'],
      [220, 'p', 'nope thats it'],
      [225, 'l', 'thanks so much for popping in!! happy running 🏃'],
    ],
    exp: usual(),
  },
  {
    // v23 (X2, left again): "give the details at your library's circulation desk" still has no referring verb; widening
    // "give" is broad.
    // LEFT (referral): "then give the details at your library's circulation desk" tells the patron to visit a desk of
    // their own library (a referral with no way to reach it, so it fails), but no referral verb carries "give the details
    // at"; widening "give" would read every instruction as a referral. (Its "Hope this is what you required?" is fixed
    // in S5 and has a short case.)
    name: 'LEFT: Indian English: "Good morning! Welcome to the DELNET helpdesk. This is Sunita.", "May I know which member library you are from?", "Please hold on for a couple of minutes", "Hope this is what you required?", "Shall I help with anything else?"',
    lines: [
      [0, 'p', 'Good morning. How to request inter library loan through DELNET?'],
      [25, 'l', 'Good morning! Welcome to the DELNET helpdesk. This is Sunita. May I know which member library you are from?'],
      [70, 'p', 'Jamia Millia Islamia'],
      [76, 'l', 'Please hold on for a couple of minutes.'],
      [170, 'l', 'Your library\'s DELNET coordinator places the ILL request for you; search the union catalogue first at delnet.in > Union Catalogue, note the holding library, then give the details at your library\'s circulation desk. Hope this is what you required?'],
      [230, 'p', 'Yes, thank you.'],
      [234, 'l', 'Shall I help with anything else?'],
      [260, 'p', 'No, that is all.'],
      [264, 'l', 'Thank you for contacting DELNET. Have a good day.'],
    ],
    // reading: "Hope this is what you required?" asks, with its question mark, whether the answer meets the need; "give
    // the details at your library's circulation desk" tells the patron to visit the own library's desk: a referral
    // with no way to reach it (Terms: own library's departments count)
    exp: usual({ referral: 'fail' }),
  },
];

describe('eighteenth round (S5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighteenth round (S5): false fails, whole sessions, every check', whole);
describeSessions('eighteenth round (S5): false fails, short cases', short);

describeLeft('eighteenth-round-falsefail', LEFT);
