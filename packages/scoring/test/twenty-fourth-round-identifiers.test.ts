/**
 * Twenty-fourth round, area (Z5): NUMBERS AND IDENTIFIERS THAT LOOK LIKE CONTACTS, TIMES OR DATES. Reference answers are
 * full of numbers: ISBNs, call numbers, card barcodes, PINs the patron types anyway, case and docket numbers, form numbers
 * (1040-SR, DS-11, I-485), rooms and floors, course codes, bill numbers and statute sections, prices and fines, years and
 * ranges, opening hours, tracking and ticket numbers, zip+4 codes, extensions, short codes (211, 311, 988, 711, "text HOME
 * to 741741"), toll-free numbers spelled with letters, and times and dates that do or do not say when something will come.
 * Sessions from US public, county and academic libraries and a statewide cooperative chat.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - contact details (`referral.contact`, `followup.contact`, `resolution.code`): a phone is any number a patron can dial or
 *   text to reach the party, so the three-digit service numbers ("call 211", "call or text 988", "dial 711", "call 311"), a
 *   text short code ("text HOME to 741741"), a toll-free number spelled with letters ("1-800-MEDICARE"), and a campus
 *   extension given as the way to call from a campus phone ("ext. 4471") are phones; a PO box with a zip+4 is a postal
 *   address; a room or floor, opening hours, a zip code alone, a case, docket, form, course, parcel, ticket, tracking or
 *   card number, an ISBN, a year range and a price are none;
 * - the provider's own library's branches and desks the patron is told to visit or ask ("stop by the Eastside Branch",
 *   "ask at the Circulation Desk") are referrals (Terms: "the provider's own library's departments count when the patron
 *   is told to contact or visit them");
 * - when the information will come (`followup.contact`): "by 3" (o'clock, today), "on the 14th", "in 2-3 business days",
 *   "by EOD", "by end of day Tuesday", "tomorrow morning", "next week sometime" (a bounded week) say when; a number that is
 *   a page, a reel, a year, an opening hour or a monthly date of something else does not, nor "when the boxes come up";
 * - holds: "1 moment", "one sec", "give me 5", "gimme 2 min", "brb 2 mins" announce a wait; "it only takes a moment to sign
 *   up" and "can you give me the 5 digits after the dash?" do not;
 * - dismissal: "you've hit the 3-question limit" tells the patron they reached a limit of questions; "you can renew up to 3
 *   times", "up to 3 DVD holds" and "your 2 hours of computer time are up for today" (the library's PCs, not the chat) do not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 * ON v71 AS LANDED (block AK): the fence permit case ("call Permits, Approvals and Inspections at 410.887.3353") reads as labelled
 *   and runs with the whole cases (AK2, a name set off by commas before "at <phone>"): 2 left.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;
const KIM = who('Kim Alvarez', 'kim');

export const whole: SessionCase[] = [
  // ---- holds written with numbers ------------------------------------------------------------------------------------
  {
    // reading: "ok 1 moment while i check" is a hold; the answer 138 s later leaves the patron waiting too long
    name: 'Howard County chat, The Road by ISBN: print or e-book asked, "ok 1 moment while i check the catalog", the answer 138 s later with a call number, "thats all i needed"',
    lines: [
      [0, 'p', 'hi is there a copy of the road by cormac mccarthy at any branch? isbn 9780307387899'],
      [38, 'l', "Good evening and welcome to Ask Us Now! I'm Dev, a librarian with Howard County Library System."],
      [45, 'l', 'Are you looking for the print book, or would an ebook or audiobook work too?'],
      [80, 'p', 'print pls'],
      [86, 'l', 'ok 1 moment while i check the catalog'],
      [224, 'l', 'Found it: the catalog at hclibrary.org shows 3 copies, call number FIC MCCARTHY, and 1 of the 3 is on the shelf at Central Branch right now. Is that what you were looking for?'],
      [260, 'p', 'yes perfect thats all i needed'],
      [266, 'l', 'Great, enjoy the book! Goodbye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "give me 5, checking the reserves list" asks the patron to wait (five minutes); 125 s pass before the answer
    name: 'Lone Star College, the BIOL 2401 textbook on reserve: campus asked, "give me 5, checking the reserves list", 125 s, OpenStax free online',
    lines: [
      [0, 'p', 'do u have the textbook for BIOL 2401 on reserve? its anatomy & physiology 1'],
      [25, 'l', 'Hi! This is Marisol at the Ask a Librarian chat for Lone Star College Libraries.'],
      [31, 'l', 'Which campus do you usually go to? Each one keeps its own reserves.'],
      [60, 'p', 'tomball'],
      [66, 'l', 'give me 5, checking the reserves list'],
      [191, 'l', 'Tomball has 2 copies of OpenStax Anatomy & Physiology 2e on 2-hour reserve under BIOL 2401 (search the course code in the Course Reserves tab of the catalog). It is also free online at openstax.org/details/books/anatomy-and-physiology-2e. Does that help?'],
      [230, 'p', 'omg free online?? perfect'],
      [236, 'l', 'Yep! Anything else I can help with?'],
      [262, 'p', 'nope thats it'],
      [268, 'l', 'Good luck this semester, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // "One sec" holds; the answer comes 118 s later (within the limit); the IRS forms line and AARP Tax-Aide each come with a
    // phone (and a site): referral passes; "they take 7-10 business days" is the IRS's mail, no promise
    name: 'Free Library of Philadelphia, a paper Form 1040-SR for a 78-year-old: tax year asked, "One sec", 118 s, irs.gov, the IRS forms line at 800-829-3676, AARP Tax-Aide at 888-227-7669',
    lines: [
      [0, 'p', 'Where can I get a paper Form 1040-SR? My mother is 78 and wants to file on paper.'],
      [52, 'l', "Hello, thanks for contacting the Free Library of Philadelphia. I'm Ruth, a reference librarian."],
      [58, 'l', 'Is she filing for tax year 2025, and does she also need the instructions booklet?'],
      [95, 'p', 'yes 2025, and the instructions too'],
      [101, 'l', 'One sec, let me look at what the branches have this year.'],
      [219, 'l', 'Branches got only a small supply of federal forms this year, so it is quickest to print them: Form 1040-SR and its instructions are at irs.gov/forms-pubs. To have them mailed instead, call the IRS forms line at 800-829-3676; they take 7-10 business days. Does that answer your question?'],
      [250, 'p', 'yes thanks. is there anywhere she can get help filling it out for free?'],
      [258, 'l', 'Yes, AARP Tax-Aide runs free sessions for seniors Feb-Apr; find a site near her at aarp.org/taxaide or call 888-227-7669. Anything else I can help with today?'],
      [290, 'p', 'no that is everything, thank you!'],
      [295, 'l', "You're welcome, take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Give me 1 sec" holds (the answer 64 s later); the patron's PIN typed in the chat is nobody's contact
    name: 'Prince George\'s County, a PIN that will not work: the patron types "pin is 4471", "Give me 1 sec", the reset steps at pgcmls.info, "Did that work?"',
    lines: [
      [0, 'p', 'cant log into libby. card 2 1 0 9 8 and pin is 4471 it says invalid'],
      [41, 'l', "Hi there! Welcome to Ask Us Now, I'm Andre from Prince George's County Memorial Library System."],
      [47, 'l', "Please don't post your PIN in chat, it is like a password. Did you set that PIN yourself, or is it the last 4 digits of your phone, which was the old default?"],
      [85, 'p', 'oh sorry. its the phone one i think'],
      [90, 'l', 'No problem. Give me 1 sec.'],
      [154, 'l', 'The old default PINs stopped working in January. Reset yours at pgcmls.info: click My Account, then Forgot PIN, and it emails you a link. Then sign in to Libby with the new one. Did that work?'],
      [260, 'p', 'yes im in!! thank u'],
      [266, 'l', 'Yay! Is there anything else you need today?'],
      [290, 'p', 'no thats all I needed'],
      [296, 'l', 'Enjoy your books, bye now.'],
    ],
    exp: usual(),
  },
  // ---- follow-ups: the patron's contact, and whether a time is a "when" ------------------------------------------------
  {
    // reading: "by EOD today" says when; the NetID and ticket number are no contact, the e-mail read back is; IT working on the
    // ticket is staff consulted, no referral
    // relabelled: clarify fails. The only question before the answer names "jstor.org", a domain, so that message is the
    // first that gives a source (info.source: "a URL or domain"), and the question is in it, not before it.
    name: 'UMBC, JSTOR access denied off campus: how the patron signs in asked, "one moment", ticket INC0012345 opened with IT, e-mail read back, "by EOD today"; done at 20 h',
    lines: [
      [0, 'p', 'JSTOR keeps saying access denied when im off campus. NetID jd4471'],
      [30, 'l', "Hi there, welcome to Ask Us at UMBC Library, I'm Keisha."],
      [36, 'l', "Are you signing in through the library website's proxy link, or going to jstor.org directly?"],
      [70, 'p', 'through the library site. i get error 403'],
      [76, 'l', 'Hmm, let me check the proxy status, one moment.'],
      [150, 'l', "The proxy is up, so it looks like an account issue. I've opened ticket INC0012345 with the Division of IT about your NetID. Meanwhile, many of the same articles are in Academic Search Complete on the library's Databases A-Z page. What's the best email to reach you?"],
      [185, 'p', 'jd4471@umbc.edu'],
      [192, 'l', "Thanks, jd4471@umbc.edu. I'll email you what IT finds by EOD today. Does Academic Search Complete work for now?"],
      [240, 'p', 'yep that one works. thats all i needed thanks'],
      [245, 'l', 'Great. Thanks for using Ask Us, bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(250 + 20 * HOUR), by: 'jo', note: 'IT fixed the NetID proxy group' }] },
    exp: usual({ clarify: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the card barcode is no phone, so no patron contact is known: the follow-up code fails, and so does
    // followup.contact; "get back to you on the 14th" says when, but there is nowhere to send it. Asking the branch is staff
    // consulted, no referral; nothing names a source
    name: 'Enoch Pratt, a $12.50 fine for a returned DVD: card barcode 21982 01234 5678 typed, branch and date asked, "get back to you on the 14th", no e-mail or phone anywhere, coded Follow-up by me',
    lines: [
      [0, 'p', 'hi my account says i owe $12.50 for a dvd i returned last week. card 21982 01234 5678'],
      [44, 'l', "Hello! You've reached Ask a Librarian at Enoch Pratt Free Library, this is Tomás."],
      [50, 'l', 'Sorry about that. Which branch did you return it to, and do you remember the date?'],
      [90, 'p', 'Roland Park, the 3rd i think'],
      [96, 'l', "Thanks. Please don't share your full card number in chat next time. I'll ask Roland Park to check their shelves and get back to you on the 14th once they've searched. Meanwhile the fine is on hold, so it won't block your account."],
      [130, 'p', 'ok thanks'],
      [136, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for chatting with Pratt. Bye!'],
    ],
    over: FU_ME,
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "I'll call you back by 3" says when (3 o'clock today); the phone is given and read back
    name: 'Baltimore County, a 1961 obituary: name and date asked, ProQuest Historical Newspapers, "443-555-0147, after 2 is better" read back, "I\'ll call you back by 3", no completeness question',
    lines: [
      [0, 'p', 'Looking for my grandfathers obituary, Baltimore Sun, he died March 1961'],
      [33, 'l', "Hi, welcome to Ask Us Now! My name is Carla and I'm a librarian at Baltimore County Public Library."],
      [40, 'l', 'Do you know his full name and the exact date he died?'],
      [80, 'p', 'Walter J. Nowak, march 14 1961'],
      [86, 'l', 'Thanks. Let me search ProQuest Historical Newspapers, give me a minute.'],
      [190, 'l', "I can see a death notice for Walter J. Nowak on March 16, 1961, page 32, but the scan won't load on my end. I'd like to pull it from the microfilm and call you when I have it. What number is best?"],
      [230, 'p', '443-555-0147, after 2 is better'],
      [236, 'l', "Got it, 443-555-0147 after 2. I'll call you back by 3 with what I find. Anything else for now?"],
      [270, 'p', 'no thats great thank you'],
      [274, 'l', 'You are welcome, talk to you soon. Goodbye!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "new ones are added on the 1st of each month" is when kits arrive, not when the promised list will come:
    // followup.contact fails (the e-mail is read back, no when)
    name: 'Frederick County, book club kits for 12: genre asked, the catalog subject at fcpl.org, a list promised by e-mail, address read back, "new ones are added on the 1st of each month" (no when)',
    lines: [
      [0, 'p', 'Hi! Does the library have book club kits? Our group is 12 people'],
      [29, 'l', 'Hello and welcome! Jen here, adult services librarian at Frederick County Public Libraries.'],
      [35, 'l', 'Are you looking for a particular title, or do you want to browse the whole list?'],
      [70, 'p', 'browse please, we like historical fiction'],
      [78, 'l', "The kits are in the catalog under the subject 'Book club kits' at fcpl.org, 10-12 copies each, and you can borrow one for 6 weeks. I'll make a short list of the historical fiction ones and email it to you. What's your email?"],
      [110, 'p', 'marta.b@gmail.com'],
      [115, 'l', 'Thanks, marta.b@gmail.com. Kits go out for 6 weeks, and new ones are added on the 1st of each month. Does that help?'],
      [150, 'p', 'yes thanks thats all I need'],
      [155, 'l', 'Happy reading, bye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "in 2-3 business days" says when; the branch e-mailing is "someone from your library will contact you"; the
    // follow-up was recorded at 80 h: late
    name: 'Baltimore County, a 1970s high school yearbook: school and year asked, the Catonsville branch to e-mail scans "in 2-3 business days", address read back; recorded at 80 h',
    lines: [
      [0, 'p', 'do you have old catonsville high yearbooks? looking for 1974'],
      [18, 'l', "Hi! I'm Nadia, a librarian with Baltimore County Public Library. Thanks for using Ask Us Now."],
      [24, 'l', 'Is it Catonsville High School, and is it a particular person you want to find in it?'],
      [60, 'p', 'yes catonsville high, my mom, Linda Pryor, class of 74'],
      [66, 'l', 'Let me look, one moment.'],
      [130, 'l', "The catalog lists the 1974 Comet yearbook in the Catonsville branch's local history room (library use only). I've asked the branch and they can scan her page for you. What email should they use?"],
      [170, 'p', 'dpryor58@yahoo.com'],
      [176, 'l', "Thanks, that's dpryor58@yahoo.com. Someone from the Catonsville branch will email you the scans in 2-3 business days. Is that what you were hoping for?"],
      [210, 'p', 'yes! thats everything, thanks so much'],
      [215, 'l', 'My pleasure, have a great evening! Goodbye.'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(220 + 80 * HOUR), by: 'cat', note: 'scans sent' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  // ---- referrals: numbers that are and are not a way to reach a party --------------------------------------------------
  {
    // reading: "call or text 988" gives the Lifeline's phone; asking whether the friend is safe right now shapes the answer
    name: 'Montgomery County, "the number for the suicide hotline, asking for a friend": safety asked, "call or text 988", 988lifeline.org, "Is that the information you needed?"',
    lines: [
      [0, 'p', 'whats the number for the suicide hotline. asking for a friend'],
      [12, 'l', "Hi, I'm Sam, a librarian with Montgomery County Public Libraries. Thank you for reaching out."],
      [18, 'l', 'Is your friend in danger right now?'],
      [50, 'p', 'no not right now i dont think'],
      [56, 'l', "Your friend, or you, can call or text 988 any time, day or night, to reach the 988 Suicide & Crisis Lifeline, and there's a chat at 988lifeline.org. Is that the information you needed?"],
      [95, 'p', 'yes. thank you'],
      [100, 'l', "I'm glad you asked. Is there anything else I can do for you tonight?"],
      [130, 'p', 'no thats all'],
      [134, 'l', 'Please take care. You can chat with us again any time.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the Clerk is a party the patron is told to contact; the case number and fees are no way to reach the Clerk
    name: 'Baltimore County, a copy of a 2019 divorce decree: case number asked, Case Search at casesearch.courts.state.md.us, "contact the Clerk of the Circuit Court … give them case number 03-C-19-004512", $5 plus $1 a page',
    lines: [
      [0, 'p', 'how do i get a copy of my divorce decree, case was in baltimore county 2019'],
      [40, 'l', 'Good afternoon! This is Ask Us Now, Priya from Baltimore County Public Library.'],
      [46, 'l', 'Do you have the case number? It makes the request much faster.'],
      [90, 'p', 'i think its 03-C-19-004512'],
      [97, 'l', 'You can confirm it on Maryland Judiciary Case Search at casesearch.courts.state.md.us. For a certified copy of the decree, contact the Clerk of the Circuit Court for Baltimore County and give them case number 03-C-19-004512; copies are $5 plus $1 a page. Does that answer your question?'],
      [140, 'p', 'yes, thats everything i needed'],
      [146, 'l', 'Glad to help, bye for now!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: a campus extension given as the way to call from a campus phone is a phone; the room number alone would not be
    name: 'Towson University, a lab report in APA: course asked, the APA guide, "call the Writing Center at ext. 4471 from any campus phone (Cook Library, Room 507)"',
    lines: [
      [0, 'p', 'hey how do i do the title page for a lab report in apa 7?? for CHEM 1310'],
      [22, 'l', "Hi! Ask a Librarian at Albert S. Cook Library, I'm Tanya."],
      [28, 'l', "Is it a student paper or a professional one? Your professor's instructions may say which."],
      [70, 'p', 'student'],
      [76, 'l', "For a student paper the title page has the title, your name, the university, course number (CHEM 1310) and name, instructor and due date. The library's APA guide at libraries.towson.edu/apa has an example. If you want someone to look over the whole report, call the Writing Center at ext. 4471 from any campus phone (they are in Cook Library, Room 507). Did that answer your question?"],
      [130, 'p', 'yes thank you that was all'],
      [136, 'l', 'Anything else before you go?'],
      [150, 'p', 'no'],
      [154, 'l', 'Good luck with the report, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "call 1-800-MEDICARE" is a phone spelled with letters
    name: 'Harford County, Medicare Part D: plan year asked, medicare.gov\'s Plan Finder, "call 1-800-MEDICARE", the state SHIP program at 410-767-1100',
    lines: [
      [0, 'p', 'My husband turns 65 in May, how does he pick a drug plan?'],
      [30, 'l', "Hello, welcome to Ask Us Now! I'm Ellen, a librarian at Harford County Public Library."],
      [38, 'l', 'Does he already have Medicare Parts A and B, or is he still signing up?'],
      [80, 'p', 'he signed up for A and B already'],
      [86, 'l', 'Then he can compare drug plans with the Plan Finder at medicare.gov/plan-compare, using his list of medicines. To talk it over with someone, call 1-800-MEDICARE, or the Maryland SHIP counselors at 410-767-1100, who give free one-on-one help. Does that help?'],
      [130, 'p', 'yes, thank you. thats all I needed'],
      [136, 'l', "You're welcome! Goodbye."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: opening hours are no way to reach the branch; "stop by the Eastside Branch" refers to the provider's own
    // library's branch: referral fails
    name: 'Essex County, a free notary: the document type asked, the notary page at ecpl.org, "stop by the Eastside Branch, open 9-5 M-F, 10-2 Sat" with no address or phone',
    lines: [
      [0, 'p', 'does the library have a notary? need a form notarized asap'],
      [28, 'l', "Hi there! You've reached Ask a Librarian at Essex County Public Library. My name is Rosa."],
      [34, 'l', 'What kind of document is it? Our notaries cannot do wills or I-9s.'],
      [70, 'p', 'its a car title transfer'],
      [77, 'l', 'That one is fine. The notary page at ecpl.org lists which branches offer it: stop by the Eastside Branch, open 9-5 M-F, 10-2 Sat, and bring a photo ID. It is free for card holders. Does that answer your question?'],
      [120, 'p', 'yes thanks'],
      [126, 'l', 'Anything else today?'],
      [140, 'p', 'no thank you'],
      [145, 'l', 'Have a good day, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the bill number, the statute section and the year are none; the senator's office comes with a phone
    name: 'Maryland State Law Library, a school bill: session year asked, HB 1234 on mgaleg.maryland.gov, Educ. § 7-301, "call Senator Hayes\'s office at 410-841-3656"',
    lines: [
      [0, 'p', 'what happened to HB 1234 about school attendance? did it pass'],
      [33, 'l', "Good morning, this is Anita at the Maryland State Law Library's Ask a Law Librarian chat."],
      [40, 'l', 'Which session do you mean: the 2025 session, or an earlier one? Bill numbers restart every year.'],
      [77, 'p', '2025'],
      [83, 'l', 'Checking the legislature site, hold on.'],
      [150, 'l', 'In the 2025 session HB 1234 got a hearing in the Ways and Means Committee on 2/18 but never got a vote, so it did not pass; the history is at mgaleg.maryland.gov under Legislation. The current attendance law is Md. Code, Educ. § 7-301. If you want to ask whether it will be back next year, call Senator Hayes\'s office at 410-841-3656. Was that what you needed?'],
      [210, 'p', "yes thanks, that's all"],
      [215, 'l', 'Thank you for contacting the Law Library. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the tracking number is none of the patron's contacts; "should arrive in 2-3 business days" is the post's, no
    // promise of the provider's
    name: 'Books by Mail, a parcel not come: name and last request asked, "1 moment", USPS tracking 9400 1118 9922 3344 5566 77 at usps.com, "Does that help?"',
    lines: [
      [0, 'p', 'i am homebound and my books by mail package hasnt come. requested on the 2nd'],
      [55, 'l', "Hello, this is Walt with the Books by Mail service at Carroll County Public Library. Welcome!"],
      [62, 'l', 'Sorry to hear it. Which titles were in that request, so I can find the right parcel?'],
      [110, 'p', 'the new louise penny and 2 large print westerns'],
      [116, 'l', '1 moment.'],
      [180, 'l', 'It went out on the 5th: USPS tracking 9400 1118 9922 3344 5566 77. You can follow it at usps.com; it shows it at the Westminster post office now, so it should arrive in 2-3 business days. Does that help?'],
      [230, 'p', 'yes thank you dear'],
      [236, 'l', 'Is there anything else I can help you with?'],
      [270, 'p', 'no that is all I needed'],
      [275, 'l', 'Happy reading! Goodbye.'],
    ],
    exp: usual(),
  },
  // ---- idle endings ---------------------------------------------------------------------------------------------------
  {
    // the patron goes quiet after the answer: a check-in at 130 s, a disconnect notice with a goodbye at 190 s
    name: 'Cecil County, a call number for a Civil War regiment history (1861-1865): unit asked, the catalog, "973.7 LIN", the patron gone: "Are you still there?" at 130 s, the notice at 190 s',
    lines: [
      [0, 'p', 'looking for a book about the 1st Maryland cavalry 1861-1865'],
      [44, 'l', 'Hi, welcome to Ask Us Now. Pat here, from Cecil County Public Library.'],
      [50, 'l', 'Union or Confederate? Maryland had a 1st Cavalry on both sides.'],
      [100, 'p', 'union'],
      [110, 'l', 'The catalog has "Sabres and Spurs: the 1st Maryland Cavalry, 1861-1865" at call number 973.7 LIN at the Elkton branch, and our Civil War guide lists more. Does that help?'],
      [240, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to chat with us again anytime. Goodbye!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the goodbye at 175 s ends the final idle: past the check-in limit, short of the disconnect one
    name: 'Washington County, HVAC licensing exam books: trade asked, the catalog, "still with me?" at 125 s, the goodbye at 175 s (the disconnect notice is not needed)',
    lines: [
      [0, 'p', 'any study books for the maryland hvac license test?'],
      [30, 'l', "Hello! I'm Dana with Washington County Free Library."],
      [37, 'l', 'Is it the journeyman or the master license exam?'],
      [70, 'p', 'journeyman'],
      [78, 'l', 'The catalog has the 2024 edition of the HVAC Licensing Study Guide (call number 697 HVA) and LearningExpress Library has free practice tests with your card. Is that what you were looking for?'],
      [203, 'l', 'still with me?'],
      [253, 'l', "I'll close the chat now. Thanks for contacting us, and come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  // ---- dismissal and limits written with numbers -----------------------------------------------------------------------
  {
    // reading: "you've hit the 3-question limit for this chat" tells the patron they reached a limit of questions
    name: 'A county chat, the third and fourth questions: a phone for the tax office, then "you\'ve hit the 3-question limit for this chat" with no way back',
    lines: [
      [0, 'p', 'what time does the branch on main st close today'],
      [25, 'l', 'Hi! This is Chris at the Ask a Librarian chat for Allegany County Library System.'],
      [31, 'l', 'Do you mean the LaVale branch on National Highway, or the Washington Street library downtown?'],
      [60, 'p', 'washington st'],
      [66, 'l', 'Washington Street closes at 8 today; all hours are at alleganycountylibrary.info/hours. Does that help?'],
      [90, 'p', 'yes. also whats the number for the county tax office? and do u have notary'],
      [97, 'l', "You can call the county treasurer's office at 301-777-5955, and yes, Washington Street has a notary. You've hit the 3-question limit for this chat though, so that's all I can answer."],
      [130, 'p', 'wow ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' }),
  },
  {
    // reading: renewal and hold limits are the library's rules for loans, no limit on the patron's questions
    name: 'Talbot County, renewing a DVD a 4th time: which item asked, "you can renew up to 3 times and have up to 3 DVD holds", the My Account steps, anything else asked',
    lines: [
      [0, 'p', 'why cant i renew my dvd again'],
      [21, 'l', "Hi, welcome to Ask Us Now! I'm Beth from Talbot County Free Library."],
      [27, 'l', 'Which DVD is it, and has it been renewed before?'],
      [60, 'p', 'planet earth 2, like 3 times'],
      [66, 'l', "That's why: DVDs can be renewed up to 3 times, and each card can have up to 3 DVD holds. You can return it and place a new hold under My Account at tcfl.org, and it comes back to you if no one else is waiting. Does that answer your question?"],
      [110, 'p', 'ok makes sense'],
      [116, 'l', 'Is there anything else I can help with?'],
      [130, 'p', 'no thanks'],
      [134, 'l', 'Enjoy the show! Bye.'],
    ],
    exp: usual(),
  },
  // ---- a transfer with request numbers ---------------------------------------------------------------------------------
  {
    name: 'Salisbury University, an interlibrary loan request #4471092 not arrived: the request number asked, a note to the ILL staff and the patron told, transferred; ILLiad\'s status page',
    lines: [
      [0, 'p', 'my ILL article hasnt come, its been 2 weeks'],
      [26, 'l', "Hi there, welcome to Ask Us at Salisbury University Libraries! I'm Joe."],
      [32, 'l', 'Do you have the request number? It starts with 44 in ILLiad.'],
      [70, 'p', '4471092'],
      [76, 'l', "Thanks. Kim in our Interlibrary Loan office is online and can see more than I can, so I'm transferring you to her now. One moment."],
      [80, 'i', 'Kim, patron asking about ILL #4471092, 2 weeks, article not delivered. Can you check the lender?', { to: 'kim' }],
      [84, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [140, 'l', 'Hi, Kim from ILL here. Request 4471092 was filled on the 9th but the PDF link went to an old email. I just re-sent it: it is under Electronically Received Articles in your ILLiad account at salisbury.illiad.oclc.org. Did that help?', KIM],
      [190, 'p', 'yes got it!! thats all I needed'],
      [196, 'l', 'Great, thanks for your patience. Bye!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: a ZIP+4 alone is no patron contact; "tomorrow" says when, but there is no e-mail or phone, so the follow-up
    // code fails and so does followup.contact
    name: 'Queen Anne\'s County, a grant list for a small farm: county asked, the grants database, "I\'ll get back to you tomorrow" to a patron who gave only "21617-3311"',
    lines: [
      [0, 'p', 'are there grants for small farms in queen annes county'],
      [35, 'l', "Hi, I'm Leah, a librarian at Queen Anne's County Free Library. Welcome to Ask Us Now!"],
      [41, 'l', 'What kind of farm is it, and what is your zip code? Some programs go by area.'],
      [80, 'p', 'vegetables, 21617-3311'],
      [86, 'l', 'Candid\'s Foundation Directory Online, in our e-resources, lists farm grants; search "agriculture" and "Maryland". I\'ll also look into state programs and get back to you tomorrow. Does that help for now?'],
      [130, 'p', 'ok thanks, thats all'],
      [134, 'l', 'You are welcome, bye!'],
    ],
    over: FU_ME,
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // once LEFT (a party named with commas not read as a party); read as labelled since v71 (AK2, a name set off by commas before
    // "at <phone>") and run
    // a dotted phone number ("410.887.3353") reaches the permits office; the permit number is none
    name: 'Baltimore County, a fence permit: height asked, the county code section, "call Permits, Approvals and Inspections at 410.887.3353", permit B-2024-1187 to quote',
    lines: [
      [0, 'p', 'do I need a permit to put up a 6 foot fence in my back yard? Towson'],
      [36, 'l', "Hello! I'm Greg, a reference librarian at Baltimore County Public Library."],
      [42, 'l', "Is the fence going along the property line, and is it a corner lot? The rules differ."],
      [88, 'p', 'property line, not a corner. my neighbor already has permit B-2024-1187 for his'],
      [95, 'l', "Then yes: fences over 4 feet need a building permit under the county zoning regulations (section 427, on the county code site at library.municode.com/md/baltimore_county). To apply or ask about your lot, call Permits, Approvals and Inspections at 410.887.3353. Your neighbor's number won't cover yours. Does that help?"],
      [150, 'p', 'yes very helpful'],
      [156, 'l', 'Good! Anything else I can look up for you?'],
      [175, 'p', 'nope, all set. thats all i needed'],
      [180, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

/** A plain start for short cases: a patron asks, the provider greets, introduces and asks a question. */
const ASK: Line[] = [
  [0, 'p', 'hi i need some help with a form for my mom'],
  [20, 'l', "Hello! I'm Robin, a librarian at Howard County Library System."],
  [26, 'l', 'Which form is it, and what does she need to do with it?'],
  [60, 'p', 'its for her passport renewal, she is 70'],
];
const END = (t: number): Line[] => [[t, 'p', 'ok thats all i needed, thanks'], [t + 6, 'l', 'You are welcome, bye!']];

export const short: SessionCase[] = [
  // ---- holds -----------------------------------------------------------------------------------------------------------
  {
    // reading: "1 moment pls" is a hold; 125 s then pass
    name: '"1 moment pls" holds: the answer 125 s later leaves the patron waiting too long',
    lines: [...ASK, [66, 'l', '1 moment pls'], [191, 'l', 'She can renew by mail with Form DS-82 from travel.state.gov. Does that help?'], ...END(220)],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss: "takes a moment" is no hold; the patron's reply comes 140 s later, which is waiting on the patron
    name: 'near miss: "Renewing by mail only takes a moment to set up. Does she have her old passport?" is no hold',
    lines: [...ASK, [66, 'l', 'Renewing by mail only takes a moment to set up. Does she have her old passport?'], [206, 'p', 'yes its from 2012'], [214, 'l', 'Then she can use Form DS-82 from travel.state.gov. Does that help?'], ...END(240)],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"gimme 2 min" holds: 130 s then is too long',
    lines: [...ASK, [66, 'l', 'gimme 2 min'], [196, 'l', 'She can renew by mail with Form DS-82 from travel.state.gov. Does that help?'], ...END(220)],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss: a request for the patron's digits asks a question, no hold; the patron takes 150 s to answer
    name: 'near miss: "can you give me the 5 digits after the dash on her old passport?" is a question, no hold',
    lines: [...ASK, [66, 'l', 'can you give me the 5 digits after the dash on her old passport? that tells me which form'], [216, 'p', '12345'], [224, 'l', 'Then she can renew by mail with Form DS-82 from travel.state.gov. Does that help?'], ...END(250)],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"brb 2 mins, checking the fee chart" holds: the answer 100 s later keeps the patron informed',
    lines: [...ASK, [66, 'l', 'brb 2 mins, checking the fee chart'], [166, 'l', 'The renewal fee is $130, paid by check; the form DS-82 is at travel.state.gov. Does that help?'], ...END(200)],
    exp: some({ informed: 'pass' }),
  },
  // ---- referral contacts -----------------------------------------------------------------------------------------------
  {
    name: '"(410) 767-1100" in brackets is a phone: referral passes',
    lines: [...ASK, [66, 'l', 'For help with the form, call the Maryland Department of Aging at (410) 767-1100; the form DS-82 itself is at travel.state.gov. Does that help?'], ...END(100)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"call the National Passport Information Center at 1-877-487-2778" is a phone: referral passes',
    lines: [...ASK, [66, 'l', 'The form is DS-82 at travel.state.gov. If she has questions about it, call the National Passport Information Center at 1-877-487-2778. Does that help?'], ...END(100)],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "text HOME to 741741" is the way to reach the Crisis Text Line
    name: '"text HOME to 741741" reaches the Crisis Text Line: referral passes',
    lines: [[0, 'p', 'is there somewhere i can talk to someone but by text not phone. im not ok'], [15, 'l', "Hi, I'm Robin, a librarian at Howard County Library System. I'm glad you wrote. Are you safe right now?"], [40, 'p', 'yeah just really down'], [46, 'l', 'You can text HOME to 741741 to reach the Crisis Text Line, any time, and a trained counselor will write back. Is that the kind of help you were looking for?'], ...END(90)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "dial 711" reaches Maryland Relay
    name: '"dial 711 to reach Maryland Relay" gives a phone: referral passes',
    lines: [[0, 'p', 'my dad is deaf, how can he make phone calls'], [22, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. Does he use a TTY, or would video relay be easier?"], [60, 'p', 'tty'], [66, 'l', 'He can dial 711 to reach Maryland Relay, which connects TTY calls to any number for free. Does that help?'], ...END(100)],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "1-800-MEDICARE" alone is a phone spelled with letters
    name: '"call 1-800-MEDICARE" alone gives a phone: referral passes',
    lines: [[0, 'p', 'how do i replace my medicare card'], [20, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. Is it the red, white and blue Medicare card, or a plan's card?"], [50, 'p', 'the red white blue one'], [56, 'l', 'You can print one from your account at medicare.gov, or call 1-800-MEDICARE and ask for a new one. Does that help?'], ...END(90)],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: a room number is no postal address; the Circulation Desk is the provider's own library's department the
    // patron is told to ask
    name: 'near miss: "ask at the Circulation Desk, Room 114, 1st floor" gives no way to reach it: referral fails',
    lines: [[0, 'p', 'is the PSYC 2301 textbook on reserve'], [20, 'l', "Hi! I'm Robin at the Ask a Librarian chat for Lone Star College. Which edition does your syllabus list?"], [50, 'p', '6th'], [56, 'l', 'Yes, the catalog shows 2 copies of the 6th edition on 2-hour reserve. Ask at the Circulation Desk, Room 114, 1st floor. Does that help?'], ...END(90)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // reading: a CRN and a term code are no way to reach the Registrar
    name: 'near miss: "contact the Registrar\'s Office about CRN 40512 for term 202610" gives no contact: referral fails',
    lines: [[0, 'p', 'the class i need is full, can the library help'], [20, 'l', "Hi! I'm Robin at the Ask a Librarian chat for Towson University. Is it a required course for your major?"], [50, 'p', 'yes'], [56, 'l', "The library can't add you, but contact the Registrar's Office about CRN 40512 for term 202610 and ask for the waitlist. Does that help?"], ...END(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a docket number is no way to reach the clerk
    name: 'near miss: "ask the clerk\'s office for docket 1:23-cv-01187" gives no contact: referral fails',
    lines: [[0, 'p', 'how can i read the filings in a federal lawsuit'], [20, 'l', "Hello, I'm Robin at the Maryland State Law Library chat. Do you know the court and the case number?"], [50, 'p', 'district of maryland, 1:23-cv-01187'], [56, 'l', 'The filings are on PACER at pacer.uscourts.gov for 10 cents a page, or ask the clerk\'s office for docket 1:23-cv-01187 and view them free at the courthouse. Does that help?'], ...END(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the ISBN is no contact; the patron's branch is a library the patron is told to ask
    name: 'near miss: "ask your branch to order ISBN 978-0-14-303943-3" gives no contact: referral fails',
    lines: [[0, 'p', 'can the library buy a book for me'], [20, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. Which book, and is it in print?"], [50, 'p', 'the namesake by jhumpa lahiri'], [56, 'l', 'Our catalog has no copy. Ask your branch to order ISBN 978-0-14-303943-3 with a purchase suggestion. Does that help?'], ...END(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: years and a form number are no way to reach the National Archives
    name: 'near miss: "contact the National Archives for pension files (1861-1865) with NATF Form 85" gives no contact: referral fails',
    lines: [[0, 'p', 'my ancestor was in the civil war, how do i get his pension file'], [20, 'l', 'Hi! I\'m Robin, a librarian at Howard County Library System. Was he Union or Confederate?'], [50, 'p', 'union'], [56, 'l', 'Union pension files (1861-1865) are held federally: contact the National Archives with NATF Form 85. Fold3 in our databases has an index. Does that help?'], ...END(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"…or call them at 1 (800) 829-1040" gives a phone: referral passes',
    lines: [[0, 'p', 'how do i set up a payment plan with the irs'], [20, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. Is it for this year's taxes or older ones?"], [50, 'p', 'this year'], [56, 'l', 'Apply online at irs.gov/payments, or call the IRS at 1 (800) 829-1040. Does that help?'], ...END(90)],
    exp: some({ referral: 'pass' }),
  },
  // ---- follow-ups: when the information will come ---------------------------------------------------------------------
  {
    // reading: "by 3" (o'clock) says when
    name: '"I\'ll email it to you by 3" with the address read back says when: followup.contact passes',
    lines: [...ASK, [66, 'l', "I'll find the current fee chart and email it to you by 3. What's your email?"], [90, 'p', 'ana.r@verizon.net'], [96, 'l', 'Thanks, ana.r@verizon.net. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"look for it on the 14th" says when: followup.contact passes',
    lines: [...ASK, [66, 'l', "The passport office's new fee list comes out next month. I'll email it to you: look for it on the 14th. What's your email?"], [90, 'p', 'ana.r@verizon.net'], [96, 'l', 'Got it, ana.r@verizon.net. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: "next week sometime" names a bounded time
    name: '"I\'ll email you the list next week sometime" says when: followup.contact passes',
    lines: [...ASK, [66, 'l', "I'll put together a list of passport photo places near her and email you the list next week sometime. What's your email?"], [90, 'p', 'ana.r@verizon.net'], [96, 'l', 'Thanks, ana.r@verizon.net. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: '"by end of day Tuesday" says when: followup.contact passes',
    lines: [...ASK, [66, 'l', "I'll check with our passport acceptance desk and email you their answer by end of day Tuesday. What's the best email?"], [90, 'p', 'ana.r@verizon.net'], [96, 'l', 'Thanks, ana.r@verizon.net. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: the page and the year are where the record is, not when it will come
    name: 'near miss: "I\'ll email you the scan; he is on page 3 of the 1940 census" says no when: followup.contact fails',
    lines: [[0, 'p', 'can you find my great uncle in the 1940 census, Frank Wojcik, baltimore'], [20, 'l', "Hi! I'm Robin, a librarian at Enoch Pratt Free Library. Do you know his street or ward?"], [60, 'p', 'eastern ave'], [70, 'l', "Found him: he is on page 3 of the 1940 census for enumeration district 4-412, in Ancestry Library Edition. I'll email you the scan. What's your email?"], [100, 'p', 'lwojcik@comcast.net'], [106, 'l', 'Thanks, lwojcik@comcast.net. Does that help?'], ...END(130)],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // reading: "once the 2 boxes come up from storage" is a condition, no time
    name: 'near miss: "I\'ll send the photos once the 2 boxes come up from storage" says no when: followup.contact fails',
    lines: [[0, 'p', 'do you have photos of the old hutzlers building'], [20, 'l', "Hi! I'm Robin, a librarian at Enoch Pratt Free Library. Inside or outside, and which years?"], [60, 'p', 'outside, 1950s'], [70, 'l', "Our Maryland Center has 2 boxes of Hutzler's photos in offsite storage. I'll send you scans once the 2 boxes come up from storage. What's your email?"], [100, 'p', 'gh.baltimore@gmail.com'], [106, 'l', 'Thanks, gh.baltimore@gmail.com. Anything else?'], ...END(130)],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'the patron\'s cell "410 555 0199" read back and "I\'ll text you tomorrow morning": followup.contact passes',
    lines: [...ASK, [66, 'l', "I'll call the acceptance desk about Saturday hours and text you tomorrow morning. What number should I text?"], [90, 'p', 'my cell 410 555 0199'], [96, 'l', 'Thanks, 410 555 0199. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // reading: a library card number is no phone: no patron contact is known
    name: 'near miss: only the card number "29999012345678" and "I\'ll call you on Thursday": code and followup.contact fail',
    lines: [...ASK, [66, 'l', "I'll ask our passport desk about appointments and call you on Thursday. Can I have your card number to find your account?"], [90, 'p', '29999012345678'], [96, 'l', 'Thanks. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    // reading: an ISBN-10 the provider types is no patron contact
    name: 'near miss: the ISBN "0143039431" and "I\'ll get back to you tomorrow" with no patron contact: code and followup.contact fail',
    lines: [[0, 'p', 'is the namesake on order'], [20, 'l', "Hi! I'm Robin, a librarian at Howard County Library System. The paperback or the hardcover?"], [50, 'p', 'paperback'], [56, 'l', "The paperback, ISBN 0143039431, isn't in the catalog. I'll ask our selectors and get back to you tomorrow."], ...END(90)],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  // ---- dismissals ------------------------------------------------------------------------------------------------------
  {
    // reading: the library's computers, not the chat
    name: 'near miss: "your 2 hours of computer time are up for today" is about the library\'s PCs: no dismissal',
    lines: [[0, 'p', 'the computer at the branch kicked me off, can i get more time'], [20, 'l', "Hi! I'm Robin, a librarian at Howard County Library System. Which branch are you at?"], [50, 'p', 'east columbia'], [56, 'l', 'Each card gets 2 hours a day on the public computers, so your 2 hours of computer time are up for today. The laptop kiosk by the door lends laptops for 3 more hours; the rules are at hclibrary.org/computers. Does that help?'], ...END(90)],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"Sorry, you\'ve reached the limit of 2 questions per session." dismisses the patron',
    lines: [[0, 'p', 'what are the hours at elkridge'], [20, 'l', "Hi! I'm Robin, a librarian at Howard County Library System. Today's hours, or the whole week?"], [50, 'p', 'today. and do u have passport photos. and notary'], [56, 'l', "Elkridge is open 10-9 today (hclibrary.org/hours), and yes to photos. Sorry, you've reached the limit of 2 questions per session."], [90, 'p', 'ok'], [96, 'l', 'Bye.']],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- added after the first run: the cases the block's changes fix and their near misses ---------------------------------
  {
    // Z5 phone (text short code): the case it fixes
    name: '"call 211, or text your zip code to 898-211" reaches Maryland 211: referral passes',
    lines: [[0, 'p', 'i need help paying rent this month, anne arundel county'], [20, 'l', "Hi, I'm Lou, a librarian at Anne Arundel County Public Library. Are you also facing an eviction notice?"], [60, 'p', 'no notice yet'], [68, 'l', 'Maryland 211 connects people with rent assistance near them: call 211, or text your zip code to 898-211. Does that help?'], ...END(110)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"text your zip code to 898211" alone reaches Maryland 211: referral passes',
    lines: [[0, 'p', 'i need help paying rent this month, anne arundel county'], [20, 'l', "Hi, I'm Lou, a librarian at Anne Arundel County Public Library. Are you also facing an eviction notice?"], [60, 'p', 'no notice yet'], [68, 'l', 'For rent help near you, text your zip code to 898211 and Maryland 211 will text back a list of programs. Does that help?'], ...END(110)],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for Z5 phone (text short code): a three-dash-three number that is a case number, with no "text … to"
    name: 'near miss: "ask the county rent office about case 898-211" gives no contact: referral fails',
    lines: [[0, 'p', 'i applied for rent help and never heard back, anne arundel county'], [20, 'l', "Hi, I'm Lou, a librarian at Anne Arundel County Public Library. Do you have your application or case number?"], [60, 'p', '898-211'], [68, 'l', 'Ask the county rent office about case 898-211; they can tell you where it stands. Does that help?'], ...END(110)],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Call 311 or use baltimorecity.gov/311" refers with a phone and a site: referral passes',
    lines: [[0, 'p', 'theres a huge pothole on my street in baltimore who do i tell'], [20, 'l', "Hi, I'm Robin, a librarian at Enoch Pratt Free Library. Is it a city street or a state road like Route 40?"], [55, 'p', 'city street'], [61, 'l', 'Call 311 or use baltimorecity.gov/311 to report it. Does that help?'], ...END(100)],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Visit the Passport Agency with Form DS-82 and $130" gives no contact: referral fails',
    lines: [...ASK, [66, 'l', 'If she is travelling within 14 days, visit the Passport Agency with Form DS-82, her old passport and $130. The form is at travel.state.gov. Does that help?'], ...END(100)],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss for Z5 hold ("give me 5"): a count the provider asks the patron for; the patron takes 150 s to answer
    name: 'near miss: "Please give me 2 of the titles she has read already" asks the patron, no hold',
    lines: [[0, 'p', 'my mom likes cozy mysteries, what should she read next'], [20, 'l', "Hi! I'm Robin, a librarian at Howard County Library System."], [26, 'l', "Please give me 2 of the titles she has read already, so I don't repeat them."], [176, 'p', 'the thursday murder club and aunt dimity'], [184, 'l', 'Try "Arsenic and Adobo" by Mia P. Manansala; NoveList Plus in our databases has more read-alikes. Does that help?'], ...END(220)],
    exp: some({ informed: 'pass' }),
  },
  {
    // Z5 hold ("give me 5"), in short
    name: '"Sure, give me 5." holds: the answer 124 s later leaves the patron waiting too long',
    lines: [...ASK, [66, 'l', 'Sure, give me 5.'], [190, 'l', 'She can renew by mail with Form DS-82 from travel.state.gov. Does that help?'], ...END(220)],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for Z5 whenExpect ("by 3"): the branch's hours, not when the list will come
    name: 'near miss: "I\'ll email you the list; the branch closes by 6." says no when: followup.contact fails',
    lines: [...ASK, [66, 'l', "I'll email you the list of acceptance sites. The branch closes by 6. What's your email?"], [90, 'p', 'ana.r@verizon.net'], [96, 'l', 'Thanks, ana.r@verizon.net. Anything else?'], ...END(120)],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // near miss for Z5 phone (extension): a room with no extension is no way to reach the Writing Center
    name: 'near miss: "see the Writing Center (Cook Library, Room 507)" gives no contact: referral fails',
    lines: [[0, 'p', 'can someone check my lab report'], [20, 'l', "Hi! Ask a Librarian at Albert S. Cook Library, I'm Tanya. Is it for a chemistry course?"], [50, 'p', 'yes CHEM 1310'], [56, 'l', 'For someone to look over the whole report, visit the Writing Center (Cook Library, Room 507). The APA guide is at libraries.towson.edu/apa. Does that help?'], ...END(90)],
    exp: some({ referral: 'fail' }),
  },
  {
    // Z5 phone (extension), with "extension" spelled out
    name: '"call the IT Help Desk, extension 5555, from a campus phone" gives a phone: referral passes',
    lines: [[0, 'p', 'i cant log into the library computers'], [20, 'l', "Hi! Ask a Librarian at Albert S. Cook Library, I'm Tanya. Is it your NetID password that fails?"], [50, 'p', 'yes'], [56, 'l', 'Passwords are reset by OTS: call the IT Help Desk, extension 5555, from a campus phone. Their reset page is at towson.edu/ots. Does that help?'], ...END(90)],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: referral.contact is na. "take <things> to the Passport Agency in person" is read as a visit only when the things
    // are one short noun phrase ("take the form to …" refers); a list with a form number and a price between the verb and
    // "to" is not. Widening the visit verbs' objects touches every "take / bring … to" reading: broad for this round.
    // reading: the form number and the fee are no way to reach the passport agency
    name: 'near miss: "take Form DS-82 and $130 to the Passport Agency" gives no contact: referral fails',
    lines: [...ASK, [66, 'l', 'If she is travelling within 14 days, take Form DS-82, her old passport and $130 to the Passport Agency in person. The form is at travel.state.gov. Does that help?'], ...END(100)],
    exp: some({ referral: 'fail' }),
  },
  {
    // LEFT: referral.contact fails. "Report it to Baltimore City 311" is a party whose number is in its name; the "call 311"
    // after the colon is read as a contact of its own referral, not of the first (as Y1's LEFT "ring NHS 111"). "Call 311 or
    // use …" alone passes (a short case).
    // reading: "call 311" is a phone
    name: '"report it to 311: call 311 or use baltimorecity.gov/311" refers with a phone and a site: referral passes',
    lines: [[0, 'p', 'theres a huge pothole on my street in baltimore who do i tell'], [20, 'l', "Hi, I'm Robin, a librarian at Enoch Pratt Free Library. Is it a city street or a state road like Route 40?"], [55, 'p', 'city street'], [61, 'l', 'Report it to Baltimore City 311: call 311 or use baltimorecity.gov/311. Does that help?'], ...END(100)],
    exp: some({ referral: 'pass' }),
  },
];

describe('twenty-fourth round (Z5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fourth round (Z5): numbers and identifiers, every check', whole);
describeSessions('twenty-fourth round (Z5): numbers and identifiers, short cases', short);

describeLeft('twenty-fourth-round-identifiers', LEFT);
