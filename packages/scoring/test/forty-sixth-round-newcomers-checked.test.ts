/**
 * Forty-sixth round, theme NEWCOMERS AND PATRONS WRITING ENGLISH AS A SECOND LANGUAGE (not Spanish), checked: 31 whole
 * sessions no one had written. Patrons whose first language is Chinese, Vietnamese, Arabic, French (Congo, Senegal), Haitian
 * Creole, Russian (a Russian engineer, a Ukrainian family on U4U), Korean or Amharic, writing English with their own grammar
 * (no articles, "I have not driver license", "is enough for me now, no more question"), through a translation tool ("Translated
 * by software, please forgive mistakes"), or mixing in their own language ("bonjou. mwen bezwen enskri pitit mwen lekol",
 * "아무것도 없어요", "ameseginalehu", "Chào chị", "shukran"). Topics: library cards without a US ID or permanent address,
 * guest passes for the computers, English classes, placement tests and conversation groups, the civics test and the N-400 fee,
 * TPS, asylum, driving knowledge tests and handbooks in other languages, school enrolment mid-year, a US-style resume, a
 * certified translation of a diploma, a nail technician licence, an ITIN, Section 8, public housing, a security deposit, a
 * rental without credit history, GED / HiSET in French and Arabic, children's books in Kreyòl. Providers simplify their
 * English, number their points, restate, check understanding ("Is that clear for you?"), greet in the patron's language
 * ("Chào bạn!", "Bonjou!", "ሰላም!"), and refer to community organisations and agencies with and without contacts. Every one of
 * the 17 checks labelled in every session from RUBRIC.md before the file was run (a copy of the labels as first written was
 * kept apart).
 *
 * SHAPES TRIED:
 *  openings: a queue line then a full greeting at 38 s; a greeting in the patron's language plus name and library ("Chào bạn!
 *   I'm Lien…", "Bonjou! Welcome. My name is Marie-Ange…"); a greeting split over "Good morning!" + "I am Odile, a librarian
 *   at …"; "Hi there, Rob at DC Public Library. Is the license for DC …?" (greeting and question in one line); a patron "hello?"
 *   in the queue and "Hello! Sorry for the wait." naming no one under a screen name (pickup 95 s, greeting fail); a recorded
 *   `pickedUpAt` at 45 s with the first line at 100 s; a session never picked up (two patron messages, then "Patron has left");
 *  inquiry: questions about format (book / audio / computer), residence, branch, age of the children, income and household
 *   size, visa and arrival date; a restatement with a confirming tag ("So your wife needs …, is that right?"); "OK, so you
 *   have a 4-page resume and you want …, right?"; "What is your question?" as the only question (greeting's, fail);
 *  waits: holds at 110 s and 95 s through a search; "One moment, I check our catalog." then 150 s (fail); a hold with a partial
 *   result ("I found one group already, I am still checking …") and a patron "ok no problem" inside a span; an internal note
 *   ("anyone know who handles FCPS mid-year registration …?") inside a 135 s wait (fail); a transfer notice as the hold; "Take
 *   your time, I am here." (no hold) before 250 s of the patron filling in a form; a hold still open when the patron leaves;
 *  sources: URLs with steps in plain words, a database (JobNow, LearningExpress), a book title, the catalog; an office named
 *   with no way to reach it as the only answer (source fail); nothing but a promise to call back (source fail);
 *  completeness: "Does this help you?", "Is this information what you need?", "Did I answer your question?", "Is this
 *   helpful?", "Does this help a little?", "Would this work for you?", "Did I answer everything?", "Does that give you what
 *   you need?", "Does that solve it?", "Is that clear for you?" (a check of understanding only);
 *  endings: the patron's "that is all i need", "That is all", "no more question", "I have no more question.", "is enough for
 *   me now, no more question", "yes all done. thats everything", "no thats all"; "ok merci beaucoup", "ok thank. cam on", "yes,
 *   shukran" (not done); the patron's "ok i go try. bye" as the last message; a check-in then a notice that is also the goodbye
 *   (final idle 255 s); "Anything else …?" then silence and a check-in only (final idle 145 s, no goodbye); a goodbye 220 s
 *   after the answer with no check-in (idle and notice fail); a question limit ("you have asked too many questions. We can only
 *   answer 3 questions per chat. I have to end the session now.") then "Bye.";
 *  follow-ups: by me with the e-mail given and read back and "by tomorrow evening" (done in 20 h); by me with "by Friday"
 *   (done after 80 h: fail); by me by phone, "I will call you tomorrow afternoon" (done in 20 h); by the patron's library
 *   ("She will contact you by e-mail within 3 days") with the e-mail only in `patron.email` (contact fail, on_time pending);
 *  codes: a true Lost Call (welcome, hold, a check-in with a teaser, a notice), a Lost Call with two patron messages and no
 *   provider, Practice, a null code, "Patron Disconnected";
 *  referrals: the Literacy Council, a Welcome Center, ECDC, FCPS registration, the MVA, the IRS, ARHA, the Dearborn Housing
 *   Commission, the library's own New Americans Program (each with a phone or URL); a WorkSource centre with address and phone
 *   beside a college career office with none; "Ask the company if they accept …" (the patron's prospective landlord) inside
 *   a numbered list whose next item has a phone; "have him talk to an immigration lawyer … find … at immigrationlawhelp.org";
 *   an Adult Education office with no contact; a coordinator the provider will consult (no referral);
 *  transfers: notice + note before the transfer to the immigration librarian (pass); notice only to an Amharic-speaking
 *   colleague (fail);
 *  concurrency: four at once (fail); the receiving provider with four open only before the transfer, three in her part (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting word in the patron's language ("Chào bạn!", "Bonjou!") greets the patron;
 * - "Is that clear for you?" asks whether the patron understood the explanation, not whether the information meets the need:
 *   not a completeness question (the one LEFT case that rests on a reading, no. 4);
 * - "Are you still there? I have some information for you." is an idle check-in; the teaser gives no information, so it is no
 *   substantive exchange (the Lost Call's information checks stay na);
 * - "Ask the company if they accept a bigger deposit" tells the patron to ask an organisation outside the chat (RUBRIC: "call,
 *   write to, ask or visit them"): a referral, though the company is the one the patron already deals with;
 * - "please have him talk to an immigration lawyer" (the patron asked to get his cousin to contact one) is a referral, and a
 *   directory URL for finding such lawyers ("He can find free or low-cost lawyers near him at immigrationlawhelp.org") is a
 *   way to reach them;
 * - "Our immigration services librarian can explain this better. I am transferring you to her now" is a transfer, not a
 *   referral; "The Mattapan children's librarian … will contact you" and "Our adult learning coordinator … I can ask her" are
 *   staff acting for the patron, no referral;
 * - "let me search our catalog" inside a hold gives no source; the patron's own phone read back for a follow-up is no source;
 * - "Glad to help, have a nice day!", "Have a good evening." and "Afwan! Good luck." say goodbye (as "Take care, and good
 *   luck." in the statewide file); "Welcome!" in an opening does not;
 * - "ok merci beaucoup", "ok thank. cam on" and "yes, shukran" are thanks only; "I have no more question.", "is enough for me
 *   now, no more question" and "yes all done. thats everything" say the patron is done;
 * - a `pickedUpAt` at 45 s: the 55 s until the first line are after pickup (a span under 120 s).
 *
 * COUNTS. Written: 31 whole sessions, all 17 checks labelled in each before the first run. First run as labelled / disagreeing:
 * 24 / 7. Label corrections: 0 (each of the 7 reread against RUBRIC.md; none wrong by its text; no. 4 rests on a reading).
 * Final: 24 running, 7 LEFT (below, LEFT_WHY):
 *  referral.contact 3: a transfer notice read as a referral (9); numbered items "1) … 2) …" lending item 2's phone to item 1's
 *   party (12); the causative "have him talk to an immigration lawyer" not read as a referral (29);
 *  inquiry.clarify 1: a restatement or question ending in a confirmation tag ("…, is that right?") not read (24);
 *  info.source 1: the patron's own phone, read back for the follow-up, taken for a referral contact (30);
 *  no substantive exchange 1: a check-in with a teaser ("I have some information for you.") read as content in a Lost Call (11:
 *   keep_informed, clarify, source, completeness, anything_else fail instead of na);
 *  followup.completeness 1: "Is that clear for you?" read as a completeness question (4, a reading).
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat, an e-mail in
 * `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (7 through describeLeft).
 *
 * RUBRIC v46 (block L) reads 2 of the 7 LEFT cases as labelled (24: "So your wife needs a tax number …, is that right?" is a
 * restatement of the need, not a question about the patron's contact, L11; 29: "please have him talk to an immigration
 * lawyer" refers, L12); they run with the others (v45, on which they were labelled, read 24 of the 31 sessions as labelled;
 * v46 reads 26).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 25 running, 6 LEFT: 30 runs (its read-back of the patron's own phone is no
 * source, N2).
 * ON v57 (block W, W13): case 9 reads as labelled and runs: "Our immigration services librarian can explain this better. I am
 *   transferring you to her now" is a transfer to the library's own librarian, no referral.
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you soon.`];

const LINDA: Prov = { id: 'linda', name: 'Linda W.', library: 'MCPL' };
const TUAN: Prov = { id: 'tuan', name: 'Tuan N.', library: 'PGCMLS' };
const KAREN: Prov = { id: 'karen', name: 'Karen', library: 'FCPL' };
const CLAIRE: Prov = { id: 'claire', name: 'Claire B', library: 'HCLS' };
const MARIE: Prov = { id: 'marie', name: 'Marie-Ange', library: 'BPL' };
const GREG: Prov = { id: 'greg', name: 'Greg', library: 'SPL' };
const SOOJIN: Prov = { id: 'soojin', name: 'Soo-jin', library: 'LACL' };
const NORA: Prov = { id: 'nora', name: 'nora_mcpl', library: 'MCPL' };
const AMY: Prov = { id: 'amy', name: 'Amy T.', library: 'QPL' };
const HOLLY: Prov = { id: 'holly', name: 'Holly R.', library: 'QPL' };
const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'HPL' };
const JOAN: Prov = { id: 'joan', name: 'Joan', library: 'DPL' };
const DANA: Prov = { id: 'dana', name: 'Dana', library: 'SACPL' };
const BRIAN: Prov = { id: 'brian', name: 'Brian', library: 'FLPL' };
const PAUL: Prov = { id: 'paul', name: 'Paul', library: 'BPL' };
const HANNA: Prov = { id: 'hanna', name: 'Hanna', library: 'ALEX' };
const FRANK: Prov = { id: 'frank', name: 'Frank', library: 'FCPL' };
const LIEN: Prov = { id: 'lien', name: 'Lien', library: 'SJPL' };
const ODILE: Prov = { id: 'odile', name: 'Odile', library: 'MPL' };
const IGOR: Prov = { id: 'igor', name: 'Ray', library: 'BKPL' };
const TRAINER: Prov = { id: 'trainer', name: 'Training Account', library: 'MSLRC' };
const PHIL: Prov = { id: 'phil', name: 'Phil', library: 'ORCL' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'DCPL' };
const SARA: Prov = { id: 'sara', name: 'Sara', library: 'LAPL' };
const JEN: Prov = { id: 'jen', name: 'Jen', library: 'NYPL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'HCPL' };
const MEKDES: Prov = { id: 'mekdes', name: 'Mekdes A.', library: 'ALEX' };
const DEB: Prov = { id: 'deb', name: 'Deb', library: 'DPL' };
const WILL: Prov = { id: 'will', name: 'Will', library: 'MIAMI' };
const LAYLA: Prov = { id: 'layla', name: 'Layla', library: 'DPL' };
const OKSANA: Prov = { id: 'oksana', name: 'Oksana', library: 'SACPL' };

export const newcomers: SessionCase[] = [
  // 1 Chinese, card without a US ID: everything by the book, simple English
  s(LINDA, '1 card without US ID (Chinese): passport asked about, address proof explained, URL, "Does this help you?", "anything else?"', [
    [0, 'p', 'Hello. I am new come to USA from China 2 month. I want library card but I have not driver license. Is possible?'],
    queue(3),
    [38, 'l', 'Hello and welcome! My name is Linda, I am a librarian at Montgomery County Public Libraries.'],
    [45, 'l', 'Yes, it is possible. Do you have a passport, or a letter with your address on it?'],
    [95, 'p', 'I have passport china. Address letter no, we live with my cousin'],
    [160, 'l', 'OK. Your passport is fine for ID. For the address, you can bring any mail with your name and this address, like a bank letter or a phone bill.'],
    [168, 'l', 'The list of papers is here: montgomerycountymd.gov/library/services/cards.html'],
    [175, 'l', 'Does this help you?'],
    [240, 'p', 'yes help. bank send me letter last week, i bring it'],
    [250, 'l', 'Perfect. Is there anything else I can help you with today?'],
    [300, 'p', 'no thank you very much'],
    [308, 'l', "You're welcome! See you at the library. Goodbye!"],
  ], usual()),

  // 2 Vietnamese via a translation tool, evening English classes; holds through the search; quiet at the end
  s(TUAN, '2 evening English class (Vietnamese, Google Translate): holds at 140 and 250, Literacy Council with phone, check-in, notice + goodbye', [
    [0, 'p', 'Hello, I would like to ask about the English class for adult. My English is not good, I use Google translate. Sorry.'],
    [50, 'l', "Hi! No need to say sorry, your English is fine. I'm Tuan, a librarian with Prince George's County Memorial Library System."],
    [58, 'l', 'Do you want a class in person, or online? And which city do you live in?'],
    [130, 'p', 'In person is better. I live in Hyattsville. I work in day time, so evening class please.'],
    [140, 'l', 'Let me look for evening classes near Hyattsville. One moment please.'],
    [250, 'l', 'Still looking, thank you for waiting.'],
    [345, 'l', "I found two. 1) The Hyattsville Branch has a free English Conversation Club on Tuesdays at 6:30 pm, see pgcmls.info/events. 2) The Literacy Council of Prince George's County has evening classes for adults. Please call them to sign up: 301-555-0142."],
    [352, 'l', 'Is this information what you need?'],
    [490, 'l', 'Are you still there?'],
    [600, 'l', 'I have not heard from you, so I think you are disconnected. I will close this chat now. Thank you for contacting us, please come back anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }), { endAfter: 3 }),

  // 3 Arabic, the 100 civics questions; "one moment" then 150 s with no word
  s(KAREN, '3 citizenship civics test (Arabic, taxi driver): "One moment, I check our catalog." then 150 s; patron "that is all i need"', [
    [0, 'p', 'good evening. i want to prepare for citizenship interview, the 100 question. library have book for this?'],
    [22, 'l', 'Good evening, this is Karen at the Fairfax County Public Library Ask a Librarian service.'],
    [30, 'l', 'Do you prefer a book, or audio to listen in the car, or practice on the computer?'],
    [75, 'p', 'book and also audio if possible. i drive taxi'],
    [82, 'l', 'Good idea. One moment, I check our catalog.'],
    [232, 'l', 'We have the book "Pass the U.S. Citizenship Exam" with an audio CD. Also the government gives free audio of all 100 civics questions at uscis.gov/citizenship, you can play it on your phone in the car.'],
    [240, 'l', 'To put the book on hold: go to fairfaxcounty.gov/library, search the title, click Place Hold.'],
    [245, 'l', 'Does that answer your question?'],
    [300, 'p', 'yes very good. that is all i need, thank you'],
    [310, 'l', 'You are welcome. Good luck on your interview! Goodbye.'],
  ], usual({ informed: 'fail' })),

  // 4 French (Congolese patron), the knowledge test in French; only "Is that clear for you?"
  s(CLAIRE, '4 driving knowledge test in French (Congo): "Is that clear for you?" only (a check of understanding), MVA phone, "ok merci beaucoup"', [
    [0, 'p', 'Bonjour, hello. I want to pass the driving test in Maryland. It is possible to make the test in french language?'],
    [30, 'l', "Hello, bonjour! I'm Claire, librarian with Howard County Library System."],
    [36, 'l', 'Is this for the written test (the knowledge test) or the road test?'],
    [70, 'p', 'the written, with the computer'],
    [78, 'l', 'Let me check the MVA page for languages.'],
    [150, 'l', "Yes. The MVA knowledge test is given in several languages, French is one of them. The list and the driver's manual are at mva.maryland.gov (click Drivers, then Knowledge Test)."],
    [156, 'l', 'Is that clear for you?'],
    [200, 'p', 'yes clear. and the manual, it exist in french?'],
    [212, 'l', "I don't see a French manual on their site, only English and Spanish. You can call the MVA to ask: 410-768-7000."],
    [260, 'p', 'ok merci beaucoup'],
    [268, 'l', 'De rien! Come back anytime. Bye!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 5 Haitian Creole, enrolling two children; "anything else?" then silence, a check-in, the session closed at 145 s
  s(MARIE, '5 school enrolment (Haitian Creole): Welcome Center with phone, "Anything else…?" then silence, check-in at 130 s, no goodbye', [
    [0, 'p', 'bonjou. mwen bezwen enskri pitit mwen lekol. sorry, i need put my kids in school, we arrive from haiti last week'],
    [45, 'l', 'Bonjou! Welcome. My name is Marie-Ange and I am a librarian at the Boston Public Library. I can help.'],
    [52, 'l', 'How old are your children? And what neighborhood do you live in?'],
    [110, 'p', '2 kids. 7 year and 13 year. we stay Mattapan'],
    [118, 'l', 'Thank you. In Boston, new students register at a Welcome Center of Boston Public Schools. They help families who speak Haitian Creole.'],
    [125, 'l', 'Please call them to make an appointment: 617-555-0190. Or see bostonpublicschools.org/welcome'],
    [130, 'l', "Bring the children's birth certificates, vaccine papers and a paper with your address."],
    [136, 'l', 'Did I answer your question?'],
    [200, 'p', 'yes thank u. they speak creole on phone?'],
    [215, 'l', 'Yes, they have Haitian Creole interpreters. You can ask for "Kreyòl" when you call.'],
    [222, 'l', 'Anything else I can help you with?'],
    [345, 'l', 'Are you still there?'],
  ], usual({ courteous: 'fail', idle: 'pass', referral: 'pass' }), { endAfter: 15 }),

  // 6 Russian engineer, US-style resume; a restatement; a WorkSource centre reached, a college career office not
  s(GREG, '6 resume in US style (Russian engineer): restatement, JobNow database, WorkSource with address + phone, college career office with none', [
    [0, 'p', 'Good day. I am engineer from Russia, 20 years experience. Here nobody call me back. Please advise where to get help with resume in American style.'],
    [28, 'l', 'Good day, and thank you for contacting Ask a Librarian at The Seattle Public Library. My name is Greg.'],
    [35, 'l', 'What kind of engineering? And do you already have a resume in English, or do you need to write one from the start?'],
    [95, 'p', 'Mechanical. I have resume, translated by me, 4 pages.'],
    [104, 'l', 'OK, so you have a 4-page resume and you want to make it fit the US style, right?'],
    [130, 'p', 'Yes exactly'],
    [140, 'l', 'In the US a resume is usually 1-2 pages. Our database JobNow has a resume lab where a coach reviews it online: spl.org/databases, log in with your library card.'],
    [150, 'l', 'For help in person, go to a WorkSource center. The downtown one is at 2024 3rd Ave, Seattle, phone 206-555-0171.'],
    [158, 'l', 'You can also talk to the career office at Seattle Central College, they have a program for immigrant professionals.'],
    [165, 'l', 'Is this helpful?'],
    [230, 'p', 'Yes. Thank you for your time.'],
    [240, 'l', "You're welcome, good luck with the job search! Goodbye."],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 7 Korean, deposit kept by the landlord: two referrals reached, a follow-up by me with e-mail and "by tomorrow"
  s(SOOJIN, '7 security deposit (Korean): KCS and tenant legal line with phones, e-mail given and read back, "by tomorrow evening", done in 20 h', [
    [0, 'p', 'hello. my landlord not give back my deposit 2000 dollar. we move out 5 week ago. what can i do?'],
    [26, 'l', "Hello, thank you for contacting LA County Library's Ask a Librarian. I'm Soo-jin, a librarian. 안녕하세요 — I can also read Korean if that's easier."],
    [34, 'l', 'Did the landlord give you a list of damages, or nothing at all?'],
    [90, 'p', '아무것도 없어요. nothing. no letter.'],
    [100, 'l', 'I see. In California the landlord must return the deposit, or send a list of deductions, within 21 days.'],
    [108, 'l', 'For free help, you can call Koreatown\'s Korean Community Services (KCS) at 714-555-0188, or the Stay Housed L.A. tenant line at 888-694-0040.'],
    [116, 'l', 'There is also a guide in Korean about deposits. I need to find the PDF and I can email it to you. What is your email?'],
    [170, 'p', 'kim.hyejin88@naver.com'],
    [178, 'l', 'Thank you. I have kim.hyejin88@naver.com — I will send the Korean guide by tomorrow evening.'],
    [184, 'l', 'Does this information help for now?'],
    [230, 'p', 'yes help a lot. 감사합니다'],
    [236, 'l', 'You are welcome! Is there anything else today?'],
    [270, 'p', 'no thats all'],
    [276, 'l', 'Take care. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 8 Amharic, a guest pass for the computers; slow pickup after a "hello?" in the queue; an opening that names no one
  s(NORA, '8 guest pass for computers (Amharic): "hello?" in the queue, picked up at 95 s, "Hello! Sorry for the wait." names no one', [
    [0, 'p', 'selam. i want use computer in library for apply job. i dont have card'],
    queue(2),
    [40, 'p', 'hello?'],
    [95, 'l', 'Hello! Sorry for the wait.'],
    [100, 'l', 'You can use a computer with a guest pass. Which branch do you go to?'],
    [140, 'p', 'silver spring'],
    [150, 'l', 'Guest passes are free, 1 hour each day, and your Ethiopian passport is fine as ID. Details: montgomerycountymd.gov/library/services/computers.html'],
    [158, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes. thank you sister'],
    [206, 'l', 'You are very welcome. Good luck with the job! Bye.'],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  // 9 Chinese via translation software, N-400 fee: transfer to the immigration librarian, note and notice; Holly busy only before her part
  s(AMY, '9 N-400 reduced fee (Chinese, translated): transfer notice + note to Holly, holds, New Americans Program phone; Holly had 4 open only before the transfer', [
    [0, 'p', 'Hello, dear librarian. I want to ask the application for citizenship, the fee is too expensive for our family. Is there any way to reduce the fee? (Translated by software, please forgive mistakes)'],
    [20, 'l', "Hello, and welcome to Queens Public Library's Ask a Librarian. My name is Amy."],
    [28, 'l', 'Is the application the N-400, for naturalization?'],
    [70, 'p', 'Yes, N-400. My husband and me both.'],
    [80, 'l', 'Thank you. Our immigration services librarian can explain this better. I am transferring you to her now, please wait a moment.'],
    [84, 'i', 'Holly, patron needs N-400 fee waiver / reduced fee info, 2 applicants, writes via translator, pls keep English simple'],
    xfer(88, 'Holly R.', 'holly'),
    [130, 'l', 'Hello, this is Holly, the immigration services librarian at Queens Public Library. I can help with the fee.', as(HOLLY)],
    [140, 'l', 'How many people live in your house, and what is the family income for one year, more or less? The rules depend on this.', as(HOLLY)],
    [210, 'p', 'We are 4 people. income around 45000 per year.'],
    [220, 'l', 'Let me check the current income table for you.', as(HOLLY)],
    [330, 'l', 'Thank you for waiting. With 4 people and that income you may qualify for a fee waiver or a reduced fee. USCIS explains both, with the income table, at uscis.gov/feewaiver.', as(HOLLY)],
    [338, 'l', 'For free help filling the forms, call our New Americans Program: 718-555-0123. They also have Chinese-speaking staff.', as(HOLLY)],
    [345, 'l', 'Does this answer what you wanted to know?', as(HOLLY)],
    [420, 'p', 'Yes very helpful. That is all, thank you!'],
    [428, 'l', 'You are welcome. Good luck to you and your husband! Goodbye.', as(HOLLY)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('h1', 'holly', -200, 80), other('h2', 'holly', -100, 86), other('h3', 'holly', 10, 88), other('h4', 'holly', 50, 900), other('h5', 'holly', 200, 900), other('a1', 'amy', -300, 500), other('a2', 'amy', 30, 600)],
  }),

  // 10 Vietnamese, the Texas handbook; the answer at once, no question
  s(MAYA, '10 driver handbook in Vietnamese (Texas): answered at once with no question, "Did that help?", "ok thank. cam on"', [
    [0, 'p', 'hi, where i can find the practice test for driver license in vietnamese language? i live in Texas'],
    [15, 'l', 'Hi! This is Maya, librarian at Houston Public Library.'],
    [40, 'l', 'Texas DPS has the driver handbook in Vietnamese: dps.texas.gov (Driver License > Driver Handbooks). Our database LearningExpress Library also has free practice tests, at houstonlibrary.org/research.'],
    [48, 'l', 'Did that help?'],
    [120, 'p', 'ok thank. cam on'],
    [126, 'l', "You're welcome! Bye 👋"],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 11 Arabic, an Arabic-speaking doctor: a true Lost Call (welcome, hold, check-in, notice)
  s(JOAN, '11 Arabic-speaking doctor: only the question, picked up at 70 s, a hold, check-in and notice, Lost Call', [
    [0, 'p', 'Peace be upon you. I am from Syria, I want to know how to find a family doctor who speak Arabic'],
    [70, 'l', "Hello, and welcome! I'm Joan with the Ask a Librarian service of Dearborn Public Library."],
    [76, 'l', 'Let me look that up for you, one moment please.'],
    [200, 'l', 'Are you still there? I have some information for you.'],
    [320, 'l', 'It seems you have disconnected, so I will end this chat now. You are welcome to contact us again anytime.'],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 2 }),

  // 12 Russian (Ukrainian family, U4U), a rental without credit history: "Ask the company …" with no contact; goodbye 220 s later, no check-in
  s(DANA, '12 rental with no credit history (Russian, U4U): "Ask the company …" (no contact), Catholic Charities phone, CFPB guide; goodbye 220 s later, no check-in', [
    [0, 'p', 'Hello. We come from Ukraine by U4U program, we try rent apartment but agency say no credit history. What we can do?'],
    [33, 'l', "Hello, I'm Dana, a librarian at Sacramento Public Library. I am sorry this is hard."],
    [40, 'l', 'Are you renting from a big apartment company, or from a private owner?'],
    [100, 'p', 'big company. they want credit score 650'],
    [108, 'l', 'I understand. One moment, I will find some resources.'],
    [200, 'l', "Here are some ideas. 1) Ask the company if they accept a bigger deposit or a co-signer. 2) Catholic Charities' refugee office can sometimes write a letter to the landlord, call them at 916-555-0134. 3) The CFPB guide on building credit as a newcomer is at consumerfinance.gov."],
    [206, 'l', 'Does this help a little?'],
    [420, 'l', 'Thank you for chatting with us today. Goodbye and good luck with the apartment.'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'fail' })),

  // 13 Korean, a list of questions: a question limit, then "Bye."
  s(BRIAN, '13 three questions then three more (Korean): "you have asked too many questions … end the session now", "Bye."', [
    [0, 'p', 'hello~ i am from korea, i have some question about library please'],
    [25, 'l', 'Hi, this is Brian from Fort Lee Public Library. What is your question?'],
    [60, 'p', '1. how i make library card 2. is there english class 3. can i borrow korean book'],
    [70, 'l', '1. You apply with photo ID and proof of address, the form is at fortleelibrary.org/card. 2. Yes, English Conversation Club on Wednesdays at 7pm. 3. Yes, we have Korean books, search the catalog at fortleelibrary.org.'],
    [90, 'p', 'thank you!! and also, where i take TOPIK test for my son, and how to get driver license NJ, and where is good hagwon for math'],
    [100, 'l', 'Sorry, you have asked too many questions. We can only answer 3 questions per chat. I have to end the session now.'],
    [104, 'l', 'Bye.'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 14 Haitian Creole, children's books in Kreyòl: the branch "will contact you by e-mail within 3 days", the e-mail only in patron.email
  s(PAUL, '14 Kreyòl picture books (Haitian): follow-up by the patron\'s library "by e-mail within 3 days", e-mail only in patron.email, not done yet (pending)', [
    [0, 'p', 'good afternoon. i search book for children in creole language. my daughter is 5. you have?'],
    [30, 'l', 'Good afternoon! This is Paul, a librarian at Boston Public Library.'],
    [36, 'l', 'Which branch is closest to you?'],
    [80, 'p', 'Mattapan branch'],
    [88, 'l', 'Thank you. Give me a minute to search.'],
    [170, 'l', 'We have a few picture books in Haitian Creole in the catalog, for example "Bonjou, Ti Chat". Search "Haitian Creole picture books" at bpl.org to see the list.'],
    [178, 'l', 'The Mattapan children\'s librarian can also make a bag of Creole books for her. She will contact you by e-mail within 3 days to say when it is ready.'],
    [185, 'l', 'Is that helpful for you?'],
    [240, 'p', 'yes very nice thank you'],
    [246, 'l', 'My pleasure. Bye for now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'jdorelien@gmail.com', phone: null } }),

  // 15 Amharic, the Ethiopian community organisation: holds every ~100 s with a partial result; "ok no problem" inside a span
  s(HANNA, '15 Ethiopian community help (Amharic): holds at 120, 220 (partial result), "ok no problem" inside, ECDC with phone and URL', [
    [0, 'p', 'hello i am new in Virginia from Ethiopia. where is organization for Ethiopian people, to help us with papers and find work'],
    [35, 'l', "Hi there, welcome to Virginia! I'm Hanna, a librarian at Alexandria Library."],
    [42, 'l', 'What kind of papers do you need help with: immigration papers, or things like a Social Security card and a bank account?'],
    [110, 'p', 'social security and bank and also work'],
    [120, 'l', 'OK. Let me search, this can take a few minutes.'],
    [150, 'p', 'ok no problem'],
    [220, 'l', 'I found one group already, I am still checking for its contact details.'],
    [318, 'l', 'The Ethiopian Community Development Council (ECDC) helps new arrivals with Social Security, banking and jobs. Call them at 703-555-0161 or see ecdcus.org.'],
    [325, 'l', 'Is that what you were looking for?'],
    [390, 'p', 'yes yes this is good. ameseginalehu'],
    [398, 'l', 'Anything else I can help with?'],
    [430, 'p', 'no'],
    [436, 'l', 'Thank you for chatting with us. Good luck!'],
  ], usual({ referral: 'pass' })),

  // 16 Chinese, enrolling a child mid-year: an internal note does not end the wait (135 s)
  s(FRANK, '16 mid-year school enrolment (Chinese): an internal note at 70 s, answer at 195 s (135 s), FCPS registration office with phone', [
    [0, 'p', 'hi, my son 10 years old, we come from China this month. how to go to school here? school is already start'],
    [28, 'l', 'Hi! Frank here, from Fairfax County Public Library. Welcome!'],
    [35, 'l', 'Do you live in Fairfax County?'],
    [60, 'p', 'yes in Centreville'],
    [70, 'i', 'anyone know who handles FCPS mid-year registration for newcomer kids?'],
    [195, 'l', 'Children can start school any time of the year. In Fairfax, families who come from another country register at the FCPS Student Registration office, call 571-555-0110 for an appointment. The steps and the list of papers are at fcps.edu/registration.'],
    [203, 'l', 'Did that help?'],
    [260, 'p', 'yes, thank you so much'],
    [266, 'l', 'Glad to help, have a nice day!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 17 Vietnamese, a citizenship book in Vietnamese through interlibrary loan: e-mail repeated, "by Friday", done after 80 h
  s(LIEN, '17 citizenship book in Vietnamese (ILL): e-mail given and repeated, "by Friday", follow-up done after 80 h', [
    [0, 'p', 'Chào chị. I need a book for study citizenship but written in Vietnamese, for my mother. She is 68.'],
    [25, 'l', "Chào bạn! I'm Lien, a librarian at San José Public Library."],
    [32, 'l', 'Does she need the 100 civics questions with the answers in Vietnamese, or a full course book?'],
    [90, 'p', 'the 100 question with vietnamese, she learn it every day'],
    [98, 'l', 'One moment, let me search our catalog and other libraries.'],
    [190, 'l', 'We do not have one on the shelf. I can ask other libraries to lend us one, and I will email you what I find by Friday. What is your email?'],
    [240, 'p', 'thanh.le.sj@yahoo.com'],
    [246, 'l', 'Got it: thanh.le.sj@yahoo.com. I will write you by Friday.'],
    [252, 'l', 'Is there anything else I can help you with?'],
    [290, 'p', 'no, thank you chị'],
    [296, 'l', 'Thank you, bye bye!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }),

  // 18 French (Senegal), the GED in French; greeting split; the patron sends the last message
  s(ODILE, '18 high school equivalency in French (Senegal): greeting split over two lines, HiSET in French, the patron\'s "ok i go try. bye" last', [
    [0, 'p', 'Good morning madame or monsieur. In Senegal I finish the lycée but no diploma here. Can I make the GED in french?'],
    [20, 'l', 'Good morning!'],
    [24, 'l', 'I am Odile, a librarian at the Minneapolis Central Library (Hennepin County Library).'],
    [32, 'l', 'Do you want a US diploma to work, or to go to college?'],
    [80, 'p', 'for college, community college'],
    [140, 'l', 'The GED is in English or Spanish only. But the HiSET exam, another high school equivalency, is given in French in some places. The test list is at hiset.org. Also, many colleges accept a foreign diploma after evaluation: see wes.org.'],
    [148, 'l', 'Does that answer your question?'],
    [200, 'p', 'ok i go try. bye'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 19 Russian, a certified translation of a diploma: four chats open at once
  s(IGOR, '19 certified translation of a diploma (Russian): ATA directory, the provider has three other chats open over 60-200 s (four at once)', [
    [0, 'p', 'Hello. For license of nurse they need translation of my diploma from Russian, certified. Where is it done?'],
    [30, 'l', 'Hi, this is Ray at Brooklyn Public Library. Which state is the nursing license for?'],
    [70, 'p', 'New York'],
    [140, 'l', 'For New York, the nursing board asks for a translation by a professional translator. The American Translators Association has a directory of certified translators: atanet.org/directory, you can search Russian to English.'],
    [148, 'l', 'Does this help?'],
    [210, 'p', 'yes, very good. no more question'],
    [216, 'l', 'Great! Have a good day, bye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'igor', -100, 200), other('r2', 'igor', 40, 400), other('r3', 'igor', 60, 300)],
  }),

  // 20 a practice session with a trainee playing an ESL patron
  s(TRAINER, '20 practice: a trainee plays an Amharic-speaking patron, coded Practice', [
    [0, 'p', 'test test. i am amharic speaker need english class'],
    [12, 'l', 'Hi, this is a practice chat. Which city?'],
    [30, 'p', 'ok end practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 never picked up: two patron messages, then gone; coded Lost Call
  s(PHIL, '21 never picked up (Arabic): "hello" and "anybody speak arabic?", patron left, Lost Call with two patron messages', [
    [0, 'p', 'hello'],
    queue(2, 3),
    [50, 'p', 'anybody speak arabic? i need help for housing paper'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Vietnamese, nail technician licence exam: everything done, but no resolution code
  s(ROB, '22 nail technician exam in Vietnamese: state board page, "Is that what you needed?", code left empty (null)', [
    [0, 'p', 'Hi. I want to work nail salon. The test for license, can take in Vietnamese?'],
    [25, 'l', 'Hi there, Rob at DC Public Library. Is the license for DC, or for Maryland or Virginia?'],
    [60, 'p', 'DC'],
    [110, 'l', 'The DC Board of Barber and Cosmetology lists the exam languages and the study guide on its page: dlcp.dc.gov (search "nail technician"). Vietnamese is offered for the written part.'],
    [118, 'l', 'Is that what you needed?'],
    [170, 'p', 'yes thank u!!'],
    [176, 'l', 'Anything else?'],
    [210, 'p', 'no'],
    [216, 'l', 'Good luck on the test, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 23 Arabic, an English placement test: an office named with no way to reach it is the only answer
  s(SARA, '23 English placement test (Arabic): only "go to the Adult Education office of the school district" with no contact, "Does that help?"', [
    [0, 'p', 'good morning, where i do the test to know my english level? for enter the class'],
    [30, 'l', "Good morning, I'm Sara, a librarian at Los Angeles Public Library."],
    [36, 'l', 'Is the class for adults, for you?'],
    [75, 'p', 'yes for me'],
    [120, 'l', 'OK. Adult English classes in LA are free. Go to the Adult Education office of the school district, they do the placement test there before the class starts.'],
    [128, 'l', 'Does that help?'],
    [190, 'p', 'ok thank you'],
    [196, 'l', 'You are welcome, bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 24 Korean, an ITIN (no SSN): IRS with phone and URL; the patron's "I have no more question."
  s(JEN, '24 ITIN for a spouse without SSN (Korean): restatement, IRS page and phone, "I have no more question."', [
    [0, 'p', 'hi. my wife dont have social security number, she is dependent visa. but we need file tax together. how?'],
    [40, 'l', "Hi! I'm Jen, a librarian at the New York Public Library. So your wife needs a tax number because she can't get a Social Security number, is that right?"],
    [90, 'p', 'yes right'],
    [150, 'l', 'She can apply for an ITIN (Individual Taxpayer Identification Number) with Form W-7, sent with your tax return. The steps are at irs.gov/itin. You can also call the IRS at 800-829-1040, they have Korean interpreters.'],
    [158, 'l', 'Does that answer your question?'],
    [210, 'p', 'yes. I have no more question. thank you'],
    [216, 'l', 'You are welcome! Have a good evening.'],
  ], usual({ referral: 'pass' })),

  // 25 Haitian Creole, TPS renewal: a question, a hold, the patron leaves while the hold is open
  s(WILL, '25 TPS renewal (Haitian Creole): a question answered, "One moment, let me look", the patron leaves 200 s later', [
    [0, 'p', 'bonswa, i need help for renew my TPS, the paper is expire next month'],
    [35, 'l', "Good evening! Thanks for contacting Ask a Librarian. I'm Will, a librarian at Miami-Dade Public Library System."],
    [42, 'l', 'Do you want the form and the instructions, or help from a person to fill it?'],
    [100, 'p', 'the form and how much it cost'],
    [108, 'l', 'One moment, let me look.'],
    left(308),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }), { resolutionCode: 'Patron Disconnected' }),

  // 26 Chinese, a conversation partner: "is enough for me now, no more question"
  s(BEA, '26 English conversation partner (Chinese): library Talk Time with URL, patron "is enough for me now, no more question"', [
    [0, 'p', 'Hello librarian. I want practice speak English with American people, but I am shy. Library have something for this?'],
    [18, 'l', "Hello! This is Bea from Harris County Public Library. That's a great goal."],
    [25, 'l', 'Would you like a group, or one person to talk with?'],
    [80, 'p', 'small group, not too many people'],
    [130, 'l', 'Our Talk Time groups are small, 4-6 people, with a volunteer. Adults only, free. Dates and branches: hcpl.net/talktime'],
    [138, 'l', 'Would this work for you?'],
    [200, 'p', 'yes I think is good. is enough for me now, no more question'],
    [206, 'l', 'Wonderful. Thank you for chatting, see you at Talk Time!'],
  ], usual({ complete: 'pass' })),

  // 27 Amharic, a transfer to an Amharic-speaking colleague with no note
  s(MEKDES, '27 housing application in Amharic (Amharic): transfer notice to Mekdes\' colleague, no internal note, receiver answers', [
    [0, 'p', 'selam, my english is little. i need help fill housing application. somebody speak amharic?'],
    [30, 'l', "Hi, welcome to Alexandria Library's chat. I'm Mekdes, a librarian. My colleague Hanna speaks Amharic, I will transfer you to her now."],
    xfer(36, 'Hanna', 'hanna'),
    [70, 'l', 'ሰላም! I am Hanna. Which housing application is it?', as(HANNA)],
    [120, 'p', 'ARHA, the public housing'],
    [190, 'l', 'The ARHA application and the list of documents are at arha.us (Housing Programs > Apply). You can call ARHA at 703-555-0150 to ask for an appointment with an interpreter.', as(HANNA)],
    [198, 'l', 'Is that what you needed?', as(HANNA)],
    [250, 'p', 'yes thank you very much'],
    [256, 'l', 'You are welcome! Come back anytime.', as(HANNA)],
  ], usual({ anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 28 Arabic, Section 8: pickedUpAt recorded at 45 s, first line at 100 s
  s(DEB, '28 Section 8 waiting list (Arabic): pickedUpAt 45 s, first line at 100 s, housing commission with phone, "Did I answer everything?"', [
    [0, 'p', 'hello. please how i apply section 8 for my family? 6 persons. we live in Dearborn'],
    [100, 'l', "Hello, I'm Deb, a librarian at Dearborn Public Library. Sorry for the short wait."],
    [108, 'l', 'Are you on any waiting list now, or is this the first time?'],
    [150, 'p', 'first time'],
    [210, 'l', 'In Dearborn, Section 8 is run by the Dearborn Housing Commission. Call them at 313-555-0177 to ask when the waiting list is open. The program is explained at hud.gov/topics/housing_choice_voucher_program_section_8'],
    [218, 'l', 'Did I answer everything?'],
    [270, 'p', 'yes, shukran'],
    [276, 'l', 'Afwan! Good luck.'],
  ], usual({ anything: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),

  // 29 Haitian Creole, asylum: no legal advice, an immigration lawyer reached through a directory URL
  s(WILL, '29 asylum question (Haitian Creole): no legal advice, "talk to an immigration lawyer … find … at immigrationlawhelp.org"', [
    [0, 'p', 'bonjou. my cousin come from Haiti with humanitarian parole. he can ask asylum? how long he have?'],
    [30, 'l', "Bonjou! I'm Will, a librarian with Miami-Dade Public Library System's Ask a Librarian chat."],
    [36, 'l', 'When did he arrive in the US, about?'],
    [100, 'p', '6 month ago'],
    [160, 'l', 'I cannot give legal advice, and asylum has strict deadlines, so please have him talk to an immigration lawyer soon. He can find free or low-cost lawyers near him at immigrationlawhelp.org.'],
    [168, 'l', 'The general rules are explained at uscis.gov/asylum. Does that give you what you need?'],
    [230, 'p', 'yes. ok. thank you very much for your help'],
    [236, 'l', 'You are welcome. Wishing your cousin the best. Bye!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 30 Arabic, no e-mail: a follow-up by phone "tomorrow afternoon", done in 20 h
  s(LAYLA, '30 Arabic-language GED prep (Arabic, no e-mail): phone given, "I will call you tomorrow afternoon", done in 20 h', [
    [0, 'p', 'Hi. I want study for GED but I read Arabic better. There are books or class in Arabic?'],
    [40, 'l', "Hi! I'm Layla at Dearborn Public Library. Are you looking for a class with a teacher, or books to study alone?"],
    [95, 'p', 'both if possible'],
    [105, 'l', 'Let me check, one moment.'],
    [200, 'l', 'Our adult learning coordinator knows the Arabic-speaking GED classes in Dearborn, but she is out today. I can ask her and call you tomorrow afternoon. What is the best phone number for you? I do not have an email for you.'],
    [260, 'p', 'no email. phone 313-555-0236'],
    [268, 'l', 'Thank you, 313-555-0236. I will call you tomorrow afternoon with the class list.'],
    [275, 'l', 'Anything else for today?'],
    [320, 'p', 'no thats all thank you'],
    [326, 'l', 'You are welcome, talk to you tomorrow. Bye!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 31 Russian, the online card application: "Take your time" then 250 s of the patron filling it in
  s(OKSANA, '31 online card application (Russian): "Take your time, I am here." (no hold) then the patron back after 250 s', [
    [0, 'p', 'Zdravstvuite. I fill library card form online but it ask "permanent address" and we live in hotel now, temporary. What I write?'],
    [28, 'l', "Hello! I'm Oksana, a librarian at Sacramento Public Library. Are you in a hotel through a refugee program, or on your own?"],
    [80, 'p', 'through refugee agency, they pay hotel'],
    [130, 'l', 'Then write the hotel address for now. The form is at saclibrary.org/card. When you move, you can change the address on that same page.'],
    [136, 'l', 'Try it now if you like. Take your time, I am here.'],
    [386, 'p', 'ok it works!! i get card number'],
    [392, 'l', 'Great! Does that solve it?'],
    [430, 'p', 'yes all done. thats everything'],
    [436, 'l', 'Welcome to Sacramento, and enjoy the library. Goodbye!'],
  ], usual()),
];

/**
 * Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged), keyed by the
 * start of the case's name (its number and topic).
 */
const LEFT_WHY: Record<string, string> = {
  '11 Arabic-speaking doctor':
    'keep_informed / clarify / source / completeness / anything_else: labelled na, got fail: the check-in "Are you still there? I have some information for you." (message 3) is read as a substantive message, so the Lost Call gets a substantive exchange. RUBRIC (Substantive exchange) leaves out idle check-ins; the teaser gives nothing. "Are you still there?" alone scores na as labelled; "… I found something for you." and "Hello? Are you still with me? I have an answer ready." fail the same way.',
  '12 rental with no credit history':
    'referral.contact: labelled fail, got pass (evidence the Catholic Charities item): in one message "1) Ask the company if they accept a bigger deposit or a co-signer. 2) Catholic Charities\' refugee office …, call them at 916-555-0134." the company the patron is told to ask has no way to reach it. Probes: "Ask the company …" alone fails as labelled, and so does "Ask the company …. Catholic Charities can also help, call them at …" (plain sentences): the numbered items "1) … 2) …" lend item 2\'s phone to item 1\'s party.',
  '4 driving knowledge test in French':
    'followup.completeness: labelled fail, got pass (evidence "Is that clear for you?", message 6): a check of understanding, not a question whether the information meets the need (READING, see the header); "Do you understand?" and "Does this make sense?" also pass, "Is my English ok for you?" does not.',
};
const isLeft = (c: SessionCase) => Object.keys(LEFT_WHY).some((k) => c.name.startsWith(k));

describe('forty-sixth round: newcomers and ESL patrons, checked', () => {
  describeSessions('whole sessions', newcomers.filter((c) => !isLeft(c)));
  describeLeft('whole sessions', newcomers.filter((c) => isLeft(c)));
});
