/**
 * Twenty-seventh round, area (C3): RESOLUTION CODES AND SURVEY COMMENTS. resolution.code (a missing code; `null` or ""
 * against a field left out; a promise under a code that is not a follow-up code; a follow-up code with no patron
 * contact; Lost Call when the patron sent more than one message), codes as real exports write them, and the flags of
 * RUBRIC.md "Score and flags" (negative_comment, low_rating, low_score, critical_fail, followup_session,
 * followup_overdue).
 *
 * PARAPHRASE SWEEP. Ways real exports, providers and patrons say these behaviours, across registers:
 *  codes as exports write them:
 *   1. "follow up by me" (lower case, no hyphen)
 *   2. "FOLLOW-UP BY ME" (a CSV export in capitals)
 *   3. "Follow-up by patron’s library" (curly apostrophe)
 *   4. "Follow Up By Patrons Library" (no apostrophe, title case)
 *   5. "Lost call" / "LOST CALL" / "Lost Call " (trailing space)
 *   6. "Answered " (trailing space), " answered", "ANSWERED"
 *   7. "Referred", "Answered - Referred" (other configured codes, not follow-up codes)
 *   8. "Followup by me" (one word), "Follow-up  by  me" (double spaces)
 *   9. null, "" and "   " (no code assigned) against the field left out (a source with no codes)
 *  10. "Practice " / "PRACTICE" (not scored)
 *  promises under a code (providers, across registers):
 *  11. "I'll scan the table of contents and email it to you by Thursday." (formal academic)
 *  12. "Leave it with me, I'll ring you back tomorrow morning once the stacks are open." (British)
 *  13. "i'll shoot u an email w/ the link by tonight" (student worker, chat-speak)
 *  14. "Someone from your home library will contact you within 2 business days." (cooperative backup, another state)
 *  15. "I will get back to you on this by Friday, eh." (Canadian)
 *  16. "I'll chase it up with the archives and get back to you Monday, no worries." (Australian)
 *  17. "We will send you the answer by e-mail in the next 72 hours." (scripted macro)
 *  18. "I am going to search more and I will write you the result tomorrow." (non-native English)
 *  19. "Will email by EOD." (terse veteran)
 *  patrons' contact in the chat: "my email is …", "u can txt me at 410 555 0142", "reach me at … pls"
 *  survey comments that complain (negative_comment):
 *  20. "waste of time"                       21. "the librarian seemed annoyed with me"
 *  22. "I was cut off halfway through"        23. "never got my email"
 *  24. "took ages to answer"                  25. "didn't really help"
 *  26. "she rushed me"                        27. "felt dismissed"
 *  28. "meh"                                  29. "not what I asked"
 *  30. "could have been more helpful"         31. "the chat kept freezing and nobody came back"
 *  32. "no me ayudó"                          33. "wasn't very helpful tbh"
 *  34. "pretty rubbish service to be honest" (British)
 *  35. "felt rushed, like she wanted me gone"  36. "nobody answered for ten minutes"
 *  37. "i still dont have an answer"           38. "did not really answer my question"
 *  39. "the answer was not what I needed"      40. "kind of pointless"
 *  41. "no me sirvió de nada" (Spanish)         42. "librarian was short with me"
 *  43. "rly unhelpful lol" (chat-speak)         44. "Not helpful. Gave up." (terse)
 *  45. "The service could of been better" (typo)
 *  ratings: 1 or 2 of 5 (low_rating), 3 with no comment (nothing)
 *
 * Near misses (the same words for something else):
 *   N1. "no complaints"                          N2. "couldn't have been more helpful"
 *   N3. "not bad at all!"                        N4. "nothing to improve"
 *   N5. "I was lost before but she helped"       N6. "never used this before, great"
 *   N7. "no problem finding it now"              N8. "slow internet on my side but the librarian was great"
 *   N9. "couldn't be happier"                    N10. "never been so well helped"
 *   N11. "no issues at all, thank you"           N12. "nothing wrong with the service"
 *   N13. "It could not have been easier"         N14. "no waiting at all, brilliant" (British)
 *   N15. "not a waste of time at all"            N16. "I didn't expect much but she was amazing"
 *   N17. "she never rushed me"                   N18. "I never felt dismissed"
 *   N19. a promise of the PATRON ("I'll email my professor") under "Answered"
 *   N20. "Lost call" with one patron message; a "Follow-up by me" code with the e-mail only in the chat
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a code is read by its letters: case, spaces, hyphens and apostrophes (straight or curly) do not make another code,
 *   so "follow up by me", "FOLLOW-UP BY ME" and "Follow-up by patron’s library" are follow-up codes and "Lost call" is
 *   Lost Call; "Referred" and "Answered - Referred" are codes (not missing) and not follow-up codes;
 * - a code of spaces only ("   ") is empty: no code was assigned (fail);
 * - `resolutionCode: undefined` is a field left out (na);
 * - a survey comment is negative when it complains about the help or the service, even mildly ("meh", "could have been
 *   more helpful", "didn't really help"); a comment that uses a negative word to praise ("couldn't have been more
 *   helpful", "not bad at all", "I was lost before") is not; a complaint about the patron's own side ("slow internet on
 *   my side") is not;
 * - "nobody came back" after the chat froze is a complaint (nobody answered), even in a sentence about the software.
 * - "I was confused at first but she explained it" tells of the patron's state before the help: praise, not a complaint.
 * First run: 20 of 149 tests failed, none of them the labels (one flag case's NAME said "low_rating only" where its
 * expectation rightly listed negative_comment too: the name was corrected); all 20 were survey comments the scorer did
 * not read as negative, fixed in block C3 by new `negativeComment` alternatives ("didn't really help", "rushed me",
 * "felt dismissed", "meh", "not what I asked", "could have been more helpful", "nobody came back", "still no answer",
 * "pointless", "rubbish", "short with me", "no me sirvió", "wasn't very helpful"). Two near misses written after the
 * run ("I was confused at first but…", "I was frustrated before, but…") were flagged by v27 and are fixed by narrowing v1's
 * "confus / frustrat". The resolution.code cases (codes as exports write them, null / "" / left out, promises, Lost Call)
 * all passed on the first run: `normCode` already reads codes by their letters. `guards` holds the code near misses and
 * GUARD_COMMENTS the near miss of each comment alternative; LEFT_COMMENTS (not run) the comments still read wrongly.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, ANSWERED_NURSING, chat, DAY, describeSessions, type Line, score, type SessionCase, some, T0, usual } from './helpers';

const EM = { patron: { name: null, email: 'kim.r@example.com', phone: null } };

export const whole: SessionCase[] = [
  {
    name: 'academic, water board report: "Answered " with a trailing space: good session',
    lines: [
      [0, 'p', 'Good evening, I am looking for the 1962 annual report of the Baltimore County water board.'],
      [28, 'l', 'Good evening, this is Dana, a reference librarian at the University of Maryland Libraries.'],
      [34, 'l', 'Do you need the full report, or only the financial statements?'],
      [80, 'p', 'Only the financial statements, for a thesis chapter.'],
      [86, 'l', 'Let me check our holdings, one moment please.'],
      [170, 'l', 'The report is digitised in HathiTrust: search "Baltimore County Metropolitan District annual report 1962" at hathitrust.org; the statements begin on page 41. Is that what you were looking for?'],
      [230, 'p', 'Yes, that is everything I needed. Thank you.'],
      [236, 'l', 'You are welcome. Thank you for using Ask Us, and good luck with the thesis!'],
    ],
    over: { resolutionCode: 'Answered ' },
    exp: usual(),
  },
  {
    name: 'public library, knitting books: "ANSWERED" in capitals: good session',
    lines: [
      [0, 'p', 'hi!! do you have beginner knitting books i can borrow'],
      [19, 'l', 'Hi there! This is Maria at Springfield Public Library, happy to help.'],
      [25, 'l', 'Would you like print books, or are e-books on Libby ok too?'],
      [60, 'p', 'print please, i like to have it open on the table'],
      [66, 'l', 'Give me a sec while I look.'],
      [130, 'l', 'Knitting for Absolute Beginners by Claire Montgomerie is on the shelf at Main, call number 746.432 MON; you can place a hold in the catalogue at springfieldlibrary.org. Does that help?'],
      [175, 'p', "perfect that's all i needed"],
      [181, 'l', 'Wonderful! Thanks for chatting with us, happy knitting!'],
    ],
    over: { resolutionCode: 'ANSWERED' },
    exp: usual(),
  },
  {
    name: 'veteran, tax forms: " answered" in lower case with a leading space: good session',
    lines: [
      [0, 'p', 'where can i get a 1040 form'],
      [12, 'l', 'Hi, Ref desk at Eastside Library, Pat here.'],
      [16, 'l', 'Paper copy or printable?'],
      [40, 'p', 'printable'],
      [46, 'l', 'irs.gov/forms-pubs, search 1040, print the PDF. That what you need?'],
      [70, 'p', 'yes thats all thanks'],
      [74, 'l', 'Thanks for asking, bye.'],
    ],
    over: { resolutionCode: ' answered' },
    exp: usual(),
  },
  {
    name: 'backup from another state, zoning office: "Answered - Referred" with a referral with a phone: good session',
    lines: [
      [0, 'p', 'who do i ask about a permit for a backyard shed in Frederick county'],
      [30, 'l', "Hi! I'm Lena, a librarian in Oregon covering the Maryland chat tonight."],
      [36, 'l', 'Is the property inside the city of Frederick, or in the county outside the city?'],
      [70, 'p', 'county, outside the city'],
      [76, 'l', 'One moment while I find the right office.'],
      [150, 'l', 'The Frederick County Division of Planning and Permitting handles sheds; call them at 301-600-2313, and the permit guide is at frederickcountymd.gov/permits. Does that answer your question?'],
      [200, 'p', "yes that's all i needed thank you"],
      [206, 'l', 'Thanks for using the chat, good luck with the shed!'],
    ],
    over: { resolutionCode: 'Answered - Referred' },
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, council archives: "Referred" with a referral by e-mail: good session',
    lines: [
      [0, 'p', "Hello, I'm after the planning records for my house from the 1930s."],
      [35, 'l', 'Hello, you are through to Kent Libraries enquiries, Gemma speaking.'],
      [41, 'l', 'Do you know roughly when the house was built and which town it is in?'],
      [90, 'p', 'About 1934, in Maidstone.'],
      [96, 'l', 'Bear with me a moment.'],
      [180, 'l', 'Planning files of that age sit with the Kent History and Library Centre; write to them at historyandlibrarycentre@kent.gov.uk and they will search the building control registers. Is that what you were after?'],
      [230, 'p', "Brilliant, that's everything, cheers."],
      [236, 'l', 'Lovely, thanks for getting in touch and take care!'],
    ],
    over: { resolutionCode: 'Referred' },
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, scan promised: "follow up by me" in lower case, e-mail given in the chat, by Thursday: follow-up passes',
    lines: [
      [0, 'p', 'I need the table of contents of a 1971 conference volume on estuarine ecology that is not online.'],
      [25, 'l', 'Good afternoon, this is Dr. Hale, science librarian at the Ask a Librarian service.'],
      [31, 'l', 'Do you have the editor or the publisher of the volume?'],
      [80, 'p', 'Edited by L. E. Cronin, I think. My email is kim.r@example.com'],
      [86, 'l', 'One moment, let me check the catalogue.'],
      [170, 'l', 'We hold it in the off-site store, listed in the catalogue at lib.umd.edu under "Estuarine research" (1975 reprint). I will scan the table of contents and email it to kim.r@example.com by Thursday afternoon. Is that what you were looking for?'],
      [230, 'p', 'Yes, that is all I needed, thank you.'],
      [236, 'l', 'You are welcome, thank you for using Ask a Librarian!'],
    ],
    over: { resolutionCode: 'follow up by me' },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'capitals export, microfilm: "FOLLOW-UP BY ME", phone given in the chat, by tomorrow, follow-up recorded: on time passes',
    lines: [
      [0, 'p', 'can u find my grandmas obituary from the Evening Sun, march 1958'],
      [20, 'l', 'Hi! Sam here, a librarian at Enoch Pratt Free Library.'],
      [26, 'l', 'Do you know her full name and the date she died?'],
      [70, 'p', 'Ruth Ellen Parker, march 9 1958. u can call me at 410-555-0142'],
      [76, 'l', 'Let me look at the obituary index, one moment.'],
      [160, 'l', 'The Maryland obituary index at prattlibrary.org/research lists her on March 11, page 34. I will pull the microfilm and call you at 410-555-0142 by tomorrow noon with a copy. Did that help?'],
      [210, 'p', "yes thank u that's all"],
      [216, 'l', 'Thanks for chatting with us, talk tomorrow!'],
    ],
    over: { resolutionCode: 'FOLLOW-UP BY ME', followUps: [{ doneAt: '2026-03-03T11:00:00-05:00' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'cooperative backup: "Follow-up by patron’s library" (curly apostrophe), e-mail in the chat, within 2 business days: follow-up passes',
    lines: [
      [0, 'p', 'my library fines are wrong, it says i owe $40 for a book i returned'],
      [28, 'l', "Hello, I'm Ari, a librarian with the Ask Us 24/7 cooperative, answering for your library tonight."],
      [34, 'l', 'Which library is your card from, and when did you return the book?'],
      [80, 'p', 'Bellevue Public, returned it last monday. email me at kim.r@example.com'],
      [86, 'l', 'Let me check their policy, one moment.'],
      [160, 'l', "Bellevue's borrowing policy at bellevuepl.org/fines says disputed fines are reviewed by circulation staff. Someone from your library will contact you at kim.r@example.com within 2 business days. Does that answer your question?"],
      [215, 'p', 'ok great thats all'],
      [221, 'l', 'Thanks for chatting, have a good night!'],
    ],
    over: { resolutionCode: 'Follow-up by patron\u2019s library' },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Australian, shipping records: "Follow Up By Patrons Library" (no apostrophe), e-mail only on record: code passes, contact fails',
    // reading: the e-mail on record is a known contact for resolution.code, but followup.contact needs it in the chat
    lines: [
      [0, 'p', 'G\'day, after passenger lists for ships into Fremantle 1912'],
      [30, 'l', "G'day! Bronwyn here from Ask a Librarian at the State Library."],
      [36, 'l', 'Do you have a ship name or a passenger name to go on?'],
      [80, 'p', 'passenger is Thomas Reilly, ship unknown'],
      [86, 'l', 'Righto, bear with me while I look.'],
      [170, 'l', 'The National Archives passenger search at naa.gov.au covers Fremantle arrivals; try Reilly with 1912. Your home library will contact you by Friday with the local index. Is that what you were after?'],
      [220, 'p', "ta, that's everything"],
      [226, 'l', 'Cheers, thanks for chatting!'],
    ],
    over: { resolutionCode: 'Follow Up By Patrons Library', ...EM },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'student worker, promise under "Answered": code fails, contact fails (no when, no contact)',
    lines: [
      [0, 'p', 'hey is there a study guide for the chem 101 final'],
      [15, 'l', 'heyy! im Jordan, student assistant at the Hunt Library help desk'],
      [20, 'l', 'is it for Prof Alvarez or Prof Kim?'],
      [50, 'p', 'alvarez'],
      [55, 'l', 'one sec lemme look'],
      [110, 'l', 'there is a Chem 101 research guide at lib.ncsu.edu/guides/chem101 with old exams. ill look for more and get back to u. did that help?'],
      [150, 'p', 'ya thats all thx'],
      [155, 'l', 'np, thanks for stopping by!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Canadian, promise under "Referred": code fails; e-mail and when in the chat: contact passes',
    lines: [
      [0, 'p', 'Hi, I need Statistics Canada census numbers for Halifax 1951 by ward'],
      [25, 'l', "Hi! Welcome to AskAway, I'm Jen, a librarian at Dalhousie."],
      [31, 'l', 'Do you need population only, or also occupations?'],
      [75, 'p', 'population only. my email is kim.r@example.com'],
      [81, 'l', 'One moment while I check, eh.'],
      [160, 'l', 'The 1951 census volumes are in the Statistics Canada historical collection at publications.gc.ca; ward tables are in volume 1. I will get back to you by Friday at kim.r@example.com with the exact table. Is that what you were looking for?'],
      [210, 'p', 'yes, that is all I needed'],
      [216, 'l', 'Thanks for chatting, take care!'],
    ],
    over: { resolutionCode: 'Referred' },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up code with no contact anywhere: "Follow-up by me" with no e-mail or phone: code fails, contact fails',
    lines: [
      [0, 'p', 'do you have minutes of the 1980 school board meetings'],
      [20, 'l', 'Hello, this is Chris at the Howard County Library System Ask Us desk.'],
      [26, 'l', 'Which school board, Howard County?'],
      [60, 'p', 'yes howard'],
      [66, 'l', 'Let me look, one moment.'],
      [150, 'l', 'The board minutes from 1980 are in our Howard County history collection, listed in the catalogue at hclibrary.org. Does that answer your question?'],
      [200, 'p', "yes that's all thanks"],
      [206, 'l', 'Thanks for chatting with us, goodbye!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Lost call: the patron sent one question and left: "Lost call" passes, information checks na',
    lines: [
      [0, 'p', 'how do i renew an interlibrary loan book'],
      [25, 'l', 'Hello! This is Jo, a librarian at Sample County Library.'],
      [31, 'l', 'One moment while I pull up your options.'],
      [220, 'l', 'Are you still there?'],
      [420, 'l', 'It looks like you have disconnected, so I will end this chat. Feel free to come back anytime!'],
    ],
    over: { resolutionCode: 'Lost call', endAfter: 2 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Lost Call after a conversation: "LOST CALL" although the patron wrote three messages: code fails',
    lines: [
      [0, 'p', 'hi i need articles about sleep and teenagers'],
      [20, 'l', 'Hi! Jo here, a librarian at Sample County Library.'],
      [26, 'l', 'Is this for a school paper? How many sources do you need?'],
      [60, 'p', 'yes, 3 sources for english class'],
      [66, 'l', 'Let me look in our databases, one moment.'],
      [140, 'l', 'Try the Teen Health & Wellness database at samplelibrary.org/databases and search "sleep"; it has short articles with citations. Does that help?'],
      [190, 'p', "yes that's all I needed"],
      [196, 'l', 'Thanks for chatting, good luck with the paper!'],
    ],
    over: { resolutionCode: 'LOST CALL' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'null code on an otherwise good session: code fails',
    lines: [
      [0, 'p', 'what time does the Westside branch open on sundays'],
      [15, 'l', 'Hi, this is Priya at Ask Us, Fairfax County Public Library.'],
      [21, 'l', 'Westside in Fairfax, or the one in Reston?'],
      [45, 'p', 'fairfax'],
      [50, 'l', 'Westside opens at 1 pm on Sundays; hours are at fairfaxcounty.gov/library/branches. Does that answer your question?'],
      [80, 'p', 'yes thats all i needed'],
      [85, 'l', 'Thanks for asking, have a good weekend!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'empty-string code: code fails',
    lines: [
      [0, 'p', 'Can I get a museum pass to the aquarium with my card?'],
      [18, 'l', 'Hello! Ben at Ask a Librarian, Arlington Public Library.'],
      [24, 'l', 'Which day were you hoping to go?'],
      [55, 'p', 'this saturday'],
      [61, 'l', 'Let me check availability, one moment.'],
      [120, 'l', 'Passes are booked through the Museum Pass page at library.arlingtonva.us/passes; Saturday still shows two. Is that what you were looking for?'],
      [160, 'p', 'yes that is everything, thanks'],
      [166, 'l', 'Enjoy the aquarium, thanks for chatting!'],
    ],
    over: { resolutionCode: '' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'code field left out (the source has no codes): code na',
    lines: [
      [0, 'p', 'do you have the new Louise Penny as an audiobook'],
      [14, 'l', 'Hi, Tomas here at the Ottawa Public Library chat.'],
      [20, 'l', 'On Libby, or on CD?'],
      [45, 'p', 'libby'],
      [50, 'l', 'It is on Libby with a waitlist of 12; search "Penny" at ottawa.overdrive.com to place a hold. Does that help?'],
      [80, 'p', "great that's all"],
      [85, 'l', 'Thanks for chatting, enjoy!'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na' }),
  },
  {
    name: 'field left out but a promise with e-mail and time: code na, follow-up session by promise',
    // reading: a field left out makes resolution.code na "whatever the source"; followup.contact still applies by promise
    lines: [
      [0, 'p', 'I need the floor plans of the old Hecht building downtown, for a class'],
      [30, 'l', 'Good afternoon, this is Ellen, a librarian at Ask Us Now.'],
      [36, 'l', 'Which decade of the building are you interested in?'],
      [80, 'p', 'the 1920s. email kim.r@example.com'],
      [86, 'l', 'Let me search, one moment.'],
      [170, 'l', 'The Sanborn fire insurance maps at loc.gov/collections/sanborn-maps show the footprint. I will ask our archivist for the plans and email you at kim.r@example.com by Wednesday. Is that what you were looking for?'],
      [220, 'p', 'yes that is all, thanks'],
      [226, 'l', 'Thank you for using Ask Us Now!'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'non-native English, promise under "Follow-up by me", e-mail repeated back, tomorrow: follow-up passes',
    lines: [
      [0, 'p', 'Hello, I search the book of my grandfather, printed in Poland 1936, is it possible to find?'],
      [30, 'l', 'Hello, I am Tran, library assistant at Garden Grove branch. Welcome!'],
      [36, 'l', 'Do you know the title or the name of your grandfather as author?'],
      [80, 'p', 'Author Jan Kowalski, title I do not remember. My mail kim.r@example.com'],
      [86, 'l', 'Please wait, I am searching.'],
      [170, 'l', 'In WorldCat at worldcat.org there are 3 books of Jan Kowalski from 1936. I am going to search more and I will write you the result tomorrow to kim.r@example.com. It is what you need?'],
      [220, 'p', 'Yes, thank you, that is everything.'],
      [226, 'l', 'Thank you very much, have a nice day!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'overdue follow-up: "Follow-up by me", e-mail and time in the chat, nothing recorded 4 days later: on time fails',
    lines: [
      [0, 'p', 'Could you find the 1911 city directory entry for 22 Elm Street?'],
      [20, 'l', 'Hello, Rosa here from Ask a Librarian at Dayton Metro Library.'],
      [26, 'l', 'Is that Elm Street in Dayton itself?'],
      [60, 'p', 'yes, Dayton. kim.r@example.com'],
      [66, 'l', 'Let me check, one moment.'],
      [150, 'l', 'The 1911 Williams Dayton directory is on microfilm, listed in our catalogue at daytonmetrolibrary.org. I will look up 22 Elm Street and email kim.r@example.com by Friday. Did that help?'],
      [200, 'p', 'yes thanks, thats all'],
      [206, 'l', 'Thank you for chatting with us!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
];

/** A short answered session (greeting, question, source, check, goodbye) under the code the case gives. */
const ANSWERED = ANSWERED_NURSING;
/** The same with the provider's promise, the patron's e-mail and a time in the chat. */
const PROMISED: Line[] = [
  [0, 'p', 'can you find the 1958 yearbook of Dunbar High School'],
  [15, 'l', 'Hello, Jo here at Ask a Librarian, Sample County Library.'],
  [20, 'l', 'Do you need a particular student, or the whole book?'],
  [50, 'p', 'just my dads photo, Walter Green. email kim.r@example.com'],
  [55, 'l', 'The yearbook is in our local history room, listed in the catalogue at samplelibrary.org. I will scan his page and email it to kim.r@example.com by Friday. Is that what you were looking for?'],
  [90, 'p', "yes that's all thanks"],
  [95, 'l', 'Thanks for chatting, goodbye!'],
];
/** A patron who sent the question and one more line, then left. */
const TWO_LINES: Line[] = [
  [0, 'p', 'do u have passport photos at the library'],
  [8, 'p', 'hello??'],
  [40, 'l', 'Hello! Jo here at Sample County Library.'],
  [46, 'l', 'One moment while I check which branches do.'],
  [250, 'l', 'Are you still there?'],
  [450, 'l', 'It seems you have disconnected, so I will close this chat. Come back anytime!'],
];
const ONE_LINE: Line[] = [TWO_LINES[0]!, ...TWO_LINES.slice(2)];

export const short: SessionCase[] = [
  // codes as exports write them
  { name: '"Answered" as configured: code passes', lines: ANSWERED, exp: some({ code: 'pass' }) },
  { name: '"Answered " with a trailing space: code passes', lines: ANSWERED, over: { resolutionCode: 'Answered ' }, exp: some({ code: 'pass' }) },
  { name: '"answered" in lower case: code passes', lines: ANSWERED, over: { resolutionCode: 'answered' }, exp: some({ code: 'pass' }) },
  { name: '"Referred" (another configured code): code passes', lines: ANSWERED, over: { resolutionCode: 'Referred' }, exp: some({ code: 'pass' }) },
  { name: '"Answered - Referred": code passes', lines: ANSWERED, over: { resolutionCode: 'Answered - Referred' }, exp: some({ code: 'pass' }) },
  { name: '"Transferred" (another configured code): code passes', lines: ANSWERED, over: { resolutionCode: 'Transferred' }, exp: some({ code: 'pass' }) },
  {
    // reading: a code of spaces only is empty: no code was assigned
    name: '"   " (spaces only): code fails',
    lines: ANSWERED,
    over: { resolutionCode: '   ' },
    exp: some({ code: 'fail' }),
  },
  { name: 'null: code fails', lines: ANSWERED, over: { resolutionCode: null }, exp: some({ code: 'fail' }) },
  { name: '"": code fails', lines: ANSWERED, over: { resolutionCode: '' }, exp: some({ code: 'fail' }) },
  { name: 'field left out: code na', lines: ANSWERED, over: { resolutionCode: undefined }, exp: some({ code: 'na' }) },
  // follow-up codes as exports write them, with the patron's contact in the chat
  { name: '"follow up by me" with e-mail and time in the chat: code, contact pass', lines: PROMISED, over: { resolutionCode: 'follow up by me' }, exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }) },
  { name: '"FOLLOW-UP BY ME": code, contact pass', lines: PROMISED, over: { resolutionCode: 'FOLLOW-UP BY ME' }, exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }) },
  { name: '"Followup by me" (one word): code passes', lines: PROMISED, over: { resolutionCode: 'Followup by me' }, exp: some({ code: 'pass', contact: 'pass' }) },
  { name: '"Follow-up  by  me " (double spaces, trailing space): code passes', lines: PROMISED, over: { resolutionCode: 'Follow-up  by  me ' }, exp: some({ code: 'pass', contact: 'pass' }) },
  { name: '"Follow-up by patron\u2019s library" (curly apostrophe): code passes', lines: PROMISED, over: { resolutionCode: 'Follow-up by patron\u2019s library' }, exp: some({ code: 'pass', contact: 'pass' }) },
  { name: '"FOLLOW UP BY PATRON\'S LIBRARY": code passes', lines: PROMISED, over: { resolutionCode: "FOLLOW UP BY PATRON'S LIBRARY" }, exp: some({ code: 'pass', contact: 'pass' }) },
  { name: '"follow-up by patrons library" (no apostrophe): code passes', lines: PROMISED, over: { resolutionCode: 'follow-up by patrons library' }, exp: some({ code: 'pass', contact: 'pass' }) },
  // a promise under a code that is not a follow-up code
  { name: 'promise under "Answered": code fails', lines: PROMISED, exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }) },
  { name: 'promise under "Answered " (trailing space): code fails', lines: PROMISED, over: { resolutionCode: 'Answered ' }, exp: some({ code: 'fail' }) },
  { name: 'promise under "Referred": code fails', lines: PROMISED, over: { resolutionCode: 'Referred' }, exp: some({ code: 'fail' }) },
  { name: 'promise under "Answered - Referred": code fails', lines: PROMISED, over: { resolutionCode: 'Answered - Referred' }, exp: some({ code: 'fail' }) },
  { name: 'promise under "Lost call": code fails', lines: PROMISED, over: { resolutionCode: 'Lost call' }, exp: some({ code: 'fail' }) },
  {
    name: 'British "Leave it with me, I\'ll ring you back tomorrow morning" on 0161 496 0731 under "Answered": code fails, contact passes',
    lines: [
      [0, 'p', 'Do you have the 1939 Register entry for my nan in Salford?'],
      [20, 'l', 'Hello, Nigel at Manchester Central Library enquiries.'],
      [26, 'l', 'What was her name and street, if you know it?'],
      [60, 'p', 'Edith Barlow, Cross Lane. Ring me on 0161 496 0731'],
      [66, 'l', 'Leave it with me, I\'ll ring you back tomorrow morning on 0161 496 0731 once the archives open.'],
      [90, 'p', 'lovely, cheers'],
      [95, 'l', 'Thanks for getting in touch, bye for now!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'chat-speak "i\'ll shoot u an email w/ the link by tonight" under "answered": code fails',
    lines: [
      [0, 'p', 'need the syllabus reading for soc 210 its not on canvas'],
      [15, 'l', 'hey! Dev from the Learning Commons desk'],
      [20, 'l', 'whats the title of the reading?'],
      [50, 'p', 'the one by goffman. my email kim.r@example.com'],
      [56, 'l', "i'll shoot u an email w/ the link by tonight"],
      [80, 'p', 'ty'],
      [84, 'l', 'thanks for stopping by!'],
    ],
    over: { resolutionCode: 'answered' },
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  // a follow-up code with no patron contact
  { name: '"Follow-up by me" with no contact anywhere: code fails', lines: ANSWERED, over: { resolutionCode: 'Follow-up by me' }, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: '"follow up by patron\'s library" with no contact anywhere: code fails', lines: ANSWERED, over: { resolutionCode: "follow up by patron's library" }, exp: some({ code: 'fail', contact: 'fail' }) },
  {
    name: '"Follow-up by me" with the phone only on record: code passes, contact fails',
    lines: ANSWERED,
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: null, phone: '410-555-0142' } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: '"FOLLOW-UP BY ME" with the e-mail only on record: code passes, contact fails',
    lines: ANSWERED,
    over: { resolutionCode: 'FOLLOW-UP BY ME', ...EM },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: '"Follow-up by me" with a phone typed by the patron in the chat ("u can txt me at 410 555 0142"): code passes',
    lines: [...ANSWERED.slice(0, 3), [50, 'p', 'full text. u can txt me at 410 555 0142'], ...ANSWERED.slice(4)],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ code: 'pass' }),
  },
  // Lost Call
  { name: '"Lost Call" with one patron message: code passes', lines: ONE_LINE, over: { resolutionCode: 'Lost Call', endAfter: 2 }, exp: some({ code: 'pass', source: 'na' }) },
  { name: '"Lost call" (lower-case c) with one patron message: code passes', lines: ONE_LINE, over: { resolutionCode: 'Lost call', endAfter: 2 }, exp: some({ code: 'pass' }) },
  { name: '"LOST CALL " (capitals, trailing space) with one patron message: code passes', lines: ONE_LINE, over: { resolutionCode: 'LOST CALL ', endAfter: 2 }, exp: some({ code: 'pass' }) },
  {
    // reading: "more than one message" counts the patron's messages, whatever they say ("hello??" included)
    name: '"Lost Call" when the patron also sent "hello??": code fails',
    lines: TWO_LINES,
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: some({ code: 'fail' }),
  },
  { name: '"lost call" when the patron also sent "hello??": code fails', lines: TWO_LINES, over: { resolutionCode: 'lost call', endAfter: 2 }, exp: some({ code: 'fail' }) },
  { name: '"Lost-Call" with a whole conversation: code fails', lines: ANSWERED, over: { resolutionCode: 'Lost-Call' }, exp: some({ code: 'fail' }) },
  {
    name: '"Lost Call" with no messages at all: code passes, pickup fails',
    lines: [],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'pass', pickup: 'fail', greeting: 'na' }),
  },
  {
    // reading: an internal note is not a patron message
    name: '"Lost Call", one patron message and an internal note: code passes',
    lines: [ONE_LINE[0]!, [20, 'i', 'patron gone before I could answer'], ...ONE_LINE.slice(1)],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: some({ code: 'pass' }),
  },
  { name: 'a promise under a null code: code fails (missing), contact passes', lines: PROMISED, over: { resolutionCode: null }, exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }) },
  { name: 'a promise with the code field left out: code na, contact passes', lines: PROMISED, over: { resolutionCode: undefined }, exp: some({ code: 'na', contact: 'pass' }) },
  {
    name: '"Answered" with the patron\'s e-mail in the chat and no promise: code passes, contact na',
    lines: [...ANSWERED.slice(0, 3), [50, 'p', 'full text, and my email is kim.r@example.com if needed'], ...ANSWERED.slice(4)],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss: "Practice " (trailing space): not scored, every check na',
    lines: ANSWERED,
    over: { resolutionCode: 'Practice ' },
    exp: some({ code: 'na', source: 'na', pickup: 'na' }),
  },
  { name: 'near miss: "PRACTICE": not scored', lines: PROMISED, over: { resolutionCode: 'PRACTICE' }, exp: some({ code: 'na', contact: 'na' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses of promises (no change of C3 touches resolution.code: these hold that the codes still read as before)
  {
    // N19: the patron's own promise is no follow-up
    name: 'near miss: the patron says "I\'ll email my professor" under "Answered": code passes',
    lines: [...ANSWERED.slice(0, 5), [90, 'p', "yes that's all, I'll email my professor the link"], ANSWERED[6]!],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: 'near miss: "You can email us anytime at ask@samplelibrary.org" (an invitation, no promise) under "Answered": code passes',
    lines: [...ANSWERED.slice(0, 6), [95, 'l', 'You can email us anytime at ask@samplelibrary.org. Thanks for chatting, goodbye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
];

/**
 * Near misses of C3's `negativeComment` alternatives, each named at its alternative in rubric.ts (false: no flag), and
 * the complaint that must still flag next to the narrowing of v1's "confused / frustrated" (true).
 */
const GUARD_COMMENTS: [comment: string, negative: boolean][] = [
  ["I didn't really expect much but she was amazing", false],
  ['not meh at all, really good', false],
  ['not what I expected, even better', false],
  ['It could not have been easier', false],
  ['no waiting at all, brilliant', false],
  ["I still don't know how she found it so fast!", false],
  ['found the rubbish collection days, thanks', false],
  ['kept it short, thanks', false],
  ['me sirvió mucho, gracias', false],
  ['she never rushed me', false],
  ["confusing answer, and I'm still confused", true],
  ['The librarian was frustrated with me', true],
  ["I was confused at first and I'm still confused", true],
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

/** Survey comments labelled from RUBRIC.md that the scorer still reads wrongly (not run): [comment, negative]. */
export const LEFT_COMMENTS: [comment: string, negative: boolean][] = [
  // (both fixed in v29 D5 and moved to twenty-eighth-round-closing.test.ts)
];

/** The flag codes of ANSWERED (or `lines`) scored with `over`. */
function flagsOf(over: Parameters<typeof chat>[1], lines: Line[] = ANSWERED, now?: number): string[] {
  return score(chat(lines, over), now === undefined ? {} : { now }).flags.map((f) => f.code);
}

/** Survey comments that complain: negative_comment. */
const NEGATIVE: string[] = [
  'waste of time',
  'Honestly a waste of my time.',
  'the librarian seemed annoyed with me',
  'I was cut off halfway through my question',
  'never got my email',
  'took ages to answer',
  "didn't really help",
  'she rushed me',
  'felt dismissed',
  'meh',
  'Meh.',
  'not what I asked',
  'could have been more helpful',
  'the chat kept freezing and nobody came back',
  'no me ayudó',
  "wasn't very helpful tbh",
  'pretty rubbish service to be honest',
  'felt rushed, like she wanted me gone',
  'nobody answered for ten minutes',
  'i still dont have an answer',
  'did not really answer my question',
  'kind of pointless',
  'no me sirvió de nada',
  'librarian was short with me',
  'rly unhelpful lol',
  'Not helpful. Gave up.',
  'The service could of been better',
  'The staff member was rude and impatient.',
  'I waited forever and then got disconnected',
  'The answer was wrong.',
];

/** Survey comments that use negative words in praise (or about the patron's own side): no flag. */
const NOT_NEGATIVE: string[] = [
  'no complaints',
  "couldn't have been more helpful",
  'not bad at all!',
  'nothing to improve',
  'I was lost before but she helped',
  'never used this before, great',
  'no problem finding it now',
  'slow internet on my side but the librarian was great',
  "couldn't be happier",
  'never been so well helped',
  'no issues at all, thank you',
  'nothing wrong with the service',
  'It could not have been easier',
  'no waiting at all, brilliant',
  'not a waste of time at all',
  "I didn't expect much but she was amazing",
  'she never rushed me',
  'I never felt dismissed',
  'Thank you so much!',
  'great service, very quick',
  'muy amable, gracias',
  'I was confused at first but she explained it',
  'I was frustrated before, but she sorted it in 5 min',
];

describe('twenty-seventh round (C3): survey comments and the negative_comment flag', () => {
  it.each(NEGATIVE)('"%s" is a negative comment: negative_comment', (comment) => {
    expect(flagsOf({ survey: { rating: null, comment } })).toEqual(['negative_comment']);
  });
  it.each(NOT_NEGATIVE)('near miss: "%s" is not a negative comment: no flag', (comment) => {
    expect(flagsOf({ survey: { rating: null, comment } })).toEqual([]);
  });
});

describe('twenty-seventh round (C3): near misses of the negativeComment changes', () => {
  it.each(GUARD_COMMENTS)('"%s": negative %s', (comment, negative) => {
    expect(flagsOf({ survey: { rating: null, comment } })).toEqual(negative ? ['negative_comment'] : []);
  });
});

describe('twenty-seventh round (C3): the flags of "Score and flags"', () => {
  it('a good answered session with a 5 and praise: no flag', () => {
    expect(flagsOf({ survey: { rating: 5, comment: 'super helpful, thanks!' } })).toEqual([]);
  });
  it('rating 1 with no comment: low_rating', () => {
    expect(flagsOf({ survey: { rating: 1, comment: null } })).toEqual(['low_rating']);
  });
  it('rating 2 and "she rushed me": low_rating and negative_comment', () => {
    expect(flagsOf({ survey: { rating: 2, comment: 'she rushed me' } })).toEqual(['low_rating', 'negative_comment']);
  });
  it('near miss: rating 3 with "meh but ok"... rating 3 alone: no low_rating', () => {
    expect(flagsOf({ survey: { rating: 3, comment: null } })).toEqual([]);
  });
  it('near miss: rating 2 with "couldn\'t have been more helpful" (the rating still flags, the comment does not)', () => {
    expect(flagsOf({ survey: { rating: 2, comment: "couldn't have been more helpful" } })).toEqual(['low_rating']);
  });
  it('a survey of null: no flag', () => {
    expect(flagsOf({ survey: null })).toEqual([]);
  });
  it('"Your time is up, you have asked too many questions." : critical_fail and low_score (value 0)', () => {
    const lines: Line[] = [...ANSWERED.slice(0, 5), [90, 'p', 'and one more, do you have anything on diabetes diets?'], [95, 'l', 'Your time is up, you have asked too many questions. Bye.']];
    const s = score(chat(lines));
    expect(s.value).toBe(0);
    expect(s.flags.map((f) => f.code)).toEqual(['critical_fail', 'low_score']);
  });
  it('a weak session with no critical failure ("Sorry, we don\'t have that. Bye."): low_score only', () => {
    const lines: Line[] = [[0, 'p', 'do you have the 1950 sears catalog'], [20, 'l', 'Hi there.'], [26, 'l', "Sorry, we don't have that. Bye."]];
    const s = score(chat(lines));
    expect(s.critical).toBe(false);
    expect(s.flags.map((f) => f.code)).toEqual(['low_score']);
  });
  it('"follow up by me" with e-mail and time in the chat: followup_session only', () => {
    expect(flagsOf({ resolutionCode: 'follow up by me' }, PROMISED)).toEqual(['followup_session']);
  });
  it('"Follow-up by patron\u2019s library" (curly apostrophe) with e-mail and time in the chat: followup_session, coded', () => {
    const s = score(chat(PROMISED, { resolutionCode: 'Follow-up by patron\u2019s library' }));
    expect(s.flags.map((f) => f.code)).toEqual(['followup_session']);
    expect(s.flags[0]!.reason).toContain('coded');
  });
  it('a promise under "Answered": resolution.code fails, followup_session by promise (no critical failure)', () => {
    const s = score(chat(PROMISED));
    expect(s.flags.map((f) => f.code)).toEqual(['followup_session']);
    expect(s.flags[0]!.reason).toContain('promised');
  });
  it('"FOLLOW-UP BY ME" and nothing recorded 4 days on: followup_overdue and followup_session', () => {
    expect(flagsOf({ resolutionCode: 'FOLLOW-UP BY ME' }, PROMISED, T0 + 4 * DAY)).toEqual(['followup_overdue', 'followup_session']);
  });
  it('"Follow-up by me" recorded done the next day, scored 4 days on: followup_session only', () => {
    expect(flagsOf({ resolutionCode: 'Follow-up by me', followUps: [{ doneAt: '2026-03-03T11:00:00-05:00' }] }, PROMISED, T0 + 4 * DAY)).toEqual(['followup_session']);
  });
  it('"Follow-up by me" with no contact and no time: critical_fail (followup.contact), low_score, followup_session', () => {
    expect(flagsOf({ resolutionCode: 'Follow-up by me' })).toEqual(['critical_fail', 'low_score', 'followup_session']);
  });
  it('"Lost call" with one patron message, a 1 and "nobody answered": low_rating and negative_comment', () => {
    expect(flagsOf({ resolutionCode: 'Lost call', endAfter: 2, survey: { rating: 1, comment: 'nobody answered' } }, ONE_LINE)).toEqual(['low_rating', 'negative_comment']);
  });
  it('near miss: "Practice" with a 1 and "waste of time": not scored, no flag', () => {
    expect(flagsOf({ resolutionCode: 'Practice', survey: { rating: 1, comment: 'waste of time' } })).toEqual([]);
  });
  it('every flag at once: overdue follow-up by code without contact, a 1 and "took ages to answer"', () => {
    expect(flagsOf({ resolutionCode: 'follow-up by me', survey: { rating: 1, comment: 'took ages to answer' } }, ANSWERED, T0 + 4 * DAY)).toEqual([
      'critical_fail',
      'low_score',
      'low_rating',
      'negative_comment',
      'followup_overdue',
      'followup_session',
    ]);
  });
});

describe('twenty-seventh round (C3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-seventh round (C3): codes and comments, every check', whole);
describeSessions('twenty-seventh round (C3): codes and comments, short cases', short);
describeSessions('twenty-seventh round (C3): codes and comments, near misses of the changes', guards);

describeLeft('twenty-seventh-round-codes', LEFT);
