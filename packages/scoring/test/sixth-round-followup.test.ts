/**
 * Sixth round of sessions, area (B): follow-ups, transfers, idle patrons, dismissals and closings,
 * written as other services and other hands write them (LibChat, LibraryH3lp, the QuestionPoint /
 * 24-7 cooperative with its transfers between libraries, queue macros and auto-disconnect system
 * messages, SMS, academic / public / school libraries, typos and chat-speak, Spanish).
 * Follow-ups are promised in many shapes (passive, third person, "expect a reply from…", "you'll
 * hear from us", "reply by email"), times in many shapes ("by COB Thursday", "in a day or two",
 * "this weekend", "in 20 minutes"), contacts given or read back; idle endings with check-ins and
 * notices worded many ways (and system messages that never count); dismissals subtle and overt
 * and their near misses; closings. The first part lists only the checks each case is about; the
 * last part gives whole sessions with the status of all 17 checks. The statuses are what a literal
 * reader of RUBRIC.md gives.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeSessions, T0, DAY, FU_ME, FU_LIB, C, O, R, TR, IDLE, DISC, DISM, COUR, type SessionCase, all, who, sys } from './helpers';

const KIM = who('Kim Alvarez', 'kim');
const DANA = who('Dana Okafor', 'dana');
const RAY = who('Ray Chen', 'ray');

const followups: SessionCase[] = [
  // ---- promises in many shapes, with the contact and the when ------------------------------------
  {
    name: 'LibChat academic: "I\'ll dig into the microfilm index and email you what I turn up by tomorrow afternoon"',
    lines: [
      [0, 'p', 'hi, is there any coverage of the 1968 Catonsville Nine trial in the Baltimore Afro-American? need it for a seminar paper'],
      [20, 'l', 'Hi! I\'m Priyanka, one of the research librarians at Kuhn Library. Is it the trial itself (Oct 1968) or the protest in May?'],
      [55, 'p', 'the trial. my email is dnguyen7@umbc.edu if easier'],
      [70, 'l', "Thanks. I'll dig into the microfilm index and email you what I turn up by tomorrow afternoon."],
      [80, 'p', 'amazing ty'],
      [86, 'l', 'Good luck with the seminar!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass', [O]: 'pending' },
  },
  {
    name: 'cooperative: "Expect a reply from our reference team early next week", cell typed with dots',
    lines: [
      [0, 'p', 'Looking for the deed to my grandparents farm in Garrett County, 1930s'],
      [30, 'l', "Hello, this is Maryland AskUsNow, my name is Bev. Land records that old need a search by staff. What's a good number or email?"],
      [60, 'p', 'cell is 301.555.0199'],
      [75, 'l', 'Expect a reply from our reference team early next week.'],
      [85, 'l', 'Thanks for your patience!'],
    ],
    over: FU_LIB,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'passive: "An answer will be sent to your email in a day or two" makes a follow-up session: code "Answered" fails',
    lines: [
      [0, 'p', 'Does the county have any records of the 1972 Agnes flood damage to Ellicott City?'],
      [25, 'l', "Hi, I'm Jo, a librarian at the Howard County Library. The flood files are held off site. What's your email?"],
      [50, 'p', 'tkaplan@verizon.net'],
      [65, 'l', 'Thank you. An answer will be sent to your email in a day or two.'],
      [80, 'l', 'Have a nice evening!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail', [O]: 'pending' },
  },
  {
    name: 'passive, another verb: "the list will be forwarded to you by Friday"',
    lines: [
      [0, 'p', 'can I get a list of all the Spanish-language picture books at the Wheaton branch'],
      [25, 'l', "Hi! I'm Jo, a children's librarian at Montgomery County Public Libraries. Sure. What email should we use?"],
      [50, 'p', 'lucia.f@gmail.com'],
      [60, 'l', 'Got it. The list will be forwarded to you by Friday.'],
      [70, 'l', 'Take care!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"You\'ll hear from us within 2 business days", e-mail read back from the record and confirmed',
    lines: [
      [0, 'p', 'my ILL request for a thesis from Ohio State has been pending for 3 weeks'],
      [20, 'l', "Hi, this is Jo with Interlibrary Loan at Sample College. I'll have our ILL staff chase it. We have marcus.b@gmail.com on file - still good?"],
      [45, 'p', 'yep'],
      [55, 'l', "You'll hear from us within 2 business days."],
      [60, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'marcus.b@gmail.com', phone: null } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'third person: "our ILL staff will reply by email within 48 hours" is a promise: code "Answered" fails',
    lines: [
      [0, 'p', 'how do I request a dissertation that isnt in proquest'],
      [20, 'l', "Hi, I'm Jo at the Sample University Library. I can put the request in for you now. Email?"],
      [40, 'p', 'a_mensah@sampleu.edu'],
      [55, 'l', 'Done. Our ILL staff will reply by email within 48 hours.'],
      [60, 'l', 'Have a good one!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'third person: "the Maryland Room will respond to you by Tuesday"',
    lines: [
      [0, 'p', 'do you have the 1955 Hagerstown city directory'],
      [20, 'l', "Hello, I'm Jo, a reference librarian. It would be in the Western Maryland Room; they are closed today. May I have your email?"],
      [40, 'p', 'pwright@example.com'],
      [55, 'l', 'Thank you. The Western Maryland Room staff will respond to you by Tuesday.'],
      [60, 'l', 'Bye!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"Someone in Interlibrary Loan will reach out Monday" (no "to you"), phone typed: a promise',
    lines: [
      [0, 'p', 'my ILL book says in transit for 2 weeks, where is it'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I can't see transit details here. Best phone for you?"],
      [40, 'p', '(240) 555-0133'],
      [50, 'l', 'Thanks! Someone in Interlibrary Loan will reach out Monday.'],
      [55, 'l', 'Take care.'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"I\'ll keep looking after we hang up and send whatever I find to the address you gave": a promise with no time',
    lines: [
      [0, 'p', 'I need photos of the B&O roundhouse in Cumberland before it was torn down'],
      [20, 'l', "Hi, this is Jo at Allegany County Library. Do you need them for publication or personal use?"],
      [50, 'p', 'personal. email me at hbrooks@example.net'],
      [65, 'l', "I'll keep looking after we hang up and send whatever I find to the address you gave."],
      [70, 'l', 'Thanks for chatting!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'the same promise with code "Answered": the code fails',
    lines: [
      [0, 'p', 'do you have any pictures of the old Ellicott City B&O station interior'],
      [20, 'l', "Hi, this is Jo at the Howard County Library. Interior or exterior?"],
      [50, 'p', 'interior. hbrooks@example.net'],
      [65, 'l', "I'll keep looking after we hang up and send whatever I find to the address you gave."],
      [70, 'l', 'Thanks for chatting!'],
    ],
    exp: { [C]: 'fail', [R]: 'fail' },
  },
  {
    name: '"I\'ll email you this weekend" gives a when',
    lines: [
      [0, 'p', 'I need a list of Maryland women poets before 1900 for a class'],
      [20, 'l', "Hi, Jo here, a librarian at Sample College. That's a big one. What's your email?"],
      [40, 'p', 'e.ortiz@samplecollege.edu'],
      [55, 'l', "I'll put a list together and email you this weekend."],
      [60, 'p', 'thank you!'],
      [65, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: '"I\'ll call you back in 20 minutes" gives a when (phone typed)',
    lines: [
      [0, 'p', 'i need to know if the Brooklyn Park branch has a notary today, can someone call me 410-555-0174'],
      [20, 'l', "Hi, I'm Jo at Anne Arundel County Public Library. I'm calling the branch now; I'll call you back in 20 minutes with the answer."],
      [30, 'p', 'ok'],
      [35, 'l', 'Thanks!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: '"within the next 30 minutes" by text, SMS number repeated back',
    lines: [
      [0, 'p', 'is the 3d printer at Towson free right now'],
      [25, 'l', "Hi, Jo at Baltimore County Public Library. I'll ask the branch and text you at 443-555-0129 within the next 30 minutes, ok?"],
      [40, 'p', 'yes'],
      [45, 'l', 'Thanks!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '443-555-0129' } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'chat-speak: "ill send u the list tmrw", e-mail typed',
    lines: [
      [0, 'p', 'can u send me the summer reading list for 7th grade'],
      [20, 'l', 'hi! jo here from the Sample Middle School library. is it for Sample Middle?'],
      [35, 'p', 'yes. my moms email is kdavis@example.com'],
      [50, 'l', "k, the final list isn't posted yet but ill send u the list tmrw"],
      [55, 'l', 'ty, bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'government documents: "she\'ll email you by COB Thursday", e-mail spelled "jwu at jhu dot edu"',
    lines: [
      [0, 'p', 'I need the 1990 census tract maps for Baltimore City, paper ones'],
      [30, 'l', "Hello, I'm Jo, a reference librarian at Milton S. Eisenhower Library. Those are in Government Documents. Where can we reach you?"],
      [60, 'p', 'jwu at jhu dot edu'],
      [70, 'l', "I'm passing your request to our government documents librarian; she'll email you by COB Thursday."],
      [80, 'l', 'Have a good evening!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'e-mail only on the account ("the email on your account"): contact fails, the code passes',
    lines: [
      [0, 'p', 'can you check if my book club kit request went through'],
      [20, 'l', "Hi! Jo here from Frederick County Public Libraries. I'll check with the kit coordinator and send it to the email on your account by Friday."],
      [30, 'p', 'thanks'],
      [35, 'l', 'Bye now!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'sgreen@example.com', phone: null } },
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'SMS: "We\'ll text this number back tomorrow": the number is the channel, never given in the chat',
    lines: [
      [0, 'p', 'is the st michaels branch open on veterans day'],
      [25, 'l', "Hi, Jo w/ Talbot County Free Library. Not sure yet - schedule's not out. We'll text this number back tomorrow."],
      [30, 'p', 'k thx'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0110' } },
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'placeholder "[email redacted]" typed by the patron counts as the e-mail; "You\'ll have the scans within 24 hours"',
    lines: [
      [0, 'p', 'can I get scans of two pages from the 1911 Sanborn map of Easton'],
      [20, 'l', 'Hi, I\'m Jo, a librarian at the Talbot County Free Library. Sure. Which sheets, and where should they go?'],
      [50, 'p', 'sheets 4 and 5, my email is [email redacted]'],
      [65, 'l', "Got it. You'll have the scans within 24 hours."],
      [70, 'l', 'Thank you!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'number read back ("So that\'s 301-555-0148, right?"), "A branch manager will call you back by end of day"',
    lines: [
      [0, 'p', 'I left my glasses at the Rockville library yesterday, 301 555 0148'],
      [20, 'l', "Hi, I'm Jo at Montgomery County Public Libraries. Sorry about that! So that's 301-555-0148, right?"],
      [35, 'p', 'yes'],
      [45, 'l', 'A branch manager will call you back by end of day.'],
      [50, 'l', 'Take care!'],
    ],
    over: FU_LIB,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'near miss: "tomorrow" is when the branch opens, not when the information comes',
    lines: [
      [0, 'p', 'does the Pikesville branch still have the Jewish Museum passes'],
      [20, 'l', "Hi, I'm Jo at Baltimore County Public Library. I can't see pass stock from here. Your email?"],
      [40, 'p', 'shira.l@example.com'],
      [55, 'l', "The branch opens at 10 tomorrow. I'll email you once I hear from them."],
      [60, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'the time in the next sentence: "I\'ll email you the article. It should arrive within 3 days."',
    lines: [
      [0, 'p', 'I need an article from the Journal of Pediatric Nursing 2021 that we dont have'],
      [20, 'l', "Hi, Jo here from the Health Sciences Library. I'll request it. What email should I use?"],
      [40, 'p', 'nurse.kel@example.org'],
      [55, 'l', "Request placed. I'll email you the article. It should arrive within 3 days."],
      [60, 'l', 'Take care!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'near miss: "I\'ll get back to you ASAP" says no when',
    lines: [
      [0, 'p', 'can you find the name of the architect of the old Hutzlers building downtown'],
      [20, 'l', "Hi, I'm Jo, a librarian at Enoch Pratt Free Library. I'll need to check our architecture files. Email?"],
      [40, 'p', 'mbell@example.com'],
      [50, 'l', "Thanks, I'll get back to you ASAP."],
      [55, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'Spanish: "Le mandaremos la lista por correo a más tardar el viernes"',
    lines: [
      [0, 'p', 'buenas, quiero una lista de libros en español para niños de 8 años'],
      [25, 'l', 'Hola, le saluda Ana, bibliotecaria de la biblioteca. ¿Le interesa ficción o libros informativos?'],
      [50, 'p', 'ficcion. mi correo: gabi.r@hotmail.com'],
      [65, 'l', 'Gracias. Le mandaremos la lista por correo a más tardar el viernes.'],
      [70, 'l', '¡Que le vaya bien!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'Spanish near miss: "Le escribo cuando tenga noticias" promises but says no when',
    lines: [
      [0, 'p', 'hola, perdí mi tarjeta y necesito saber si alguien la usó'],
      [25, 'l', 'Hola, soy Ana de la biblioteca. Lo tengo que consultar con circulación. ¿Su correo?'],
      [50, 'p', 'mrios@yahoo.com'],
      [65, 'l', 'Le escribo cuando tenga noticias.'],
      [70, 'l', 'Gracias, ¡hasta luego!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: '"I\'ve forwarded your question to Frederick County staff; they typically respond within one business day"',
    lines: [
      [0, 'p', 'why was my account charged a $5 fee, I returned everything'],
      [25, 'l', "Hi, I'm Jo with the statewide AskUsNow service, answering for Frederick County tonight. Is your email still p.ross@example.com?"],
      [45, 'p', 'yes it is'],
      [60, 'l', "I've forwarded your question to Frederick County staff; they typically respond within one business day."],
      [65, 'l', 'Thank you for your patience!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'p.ross@example.com', phone: null } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: '"Expect an email from Kim in Special Collections by the 12th" is a promise (code "Answered" fails)',
    lines: [
      [0, 'p', 'can I see the Frederick Douglass letters in person'],
      [25, 'l', "Hello! I'm Jo, a librarian at Sample University Libraries. Visits are by appointment. What's your email?"],
      [45, 'p', 'r.ames@example.edu'],
      [60, 'l', 'Thanks. Expect an email from Kim in Special Collections by the 12th.'],
      [65, 'l', 'Bye!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"I\'ll be in touch by Thursday with what I find" (variant), phone typed',
    lines: [
      [0, 'p', 'Need info on the history of my church, St. Jerome in Hyattsville, for its 100th anniversary. (301) 555-0152'],
      [25, 'l', "Hi, I'm Jo, a local history librarian at Prince George's County Memorial Library. I'll be in touch by Thursday with what I find."],
      [35, 'l', 'Have a blessed day!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  // (variants of the v6 fixes above, to show they cover the family and not the sentence)
  {
    name: 'variant: "Your scans will be emailed to you by Monday" (passive, code "Answered" fails)',
    lines: [
      [0, 'p', 'can I get a scan of the 1938 Cecil Whig front page about the fire'],
      [20, 'l', "Hi, I'm Jo, a librarian at Cecil County Public Library. Yes. Which email?"],
      [35, 'p', 'bk.harlan@example.net'],
      [45, 'l', 'Your scans will be emailed to you by Monday.'],
      [50, 'l', 'Bye!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'variant: "They\'ll respond via email tomorrow" (a promise: code "Answered" fails)',
    lines: [
      [0, 'p', 'can the library proctor my online exam next month'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Proctoring is arranged by each branch. What's your email?"],
      [35, 'p', 'vw.tran@example.com'],
      [45, 'l', "I've sent the details to the Germantown branch. They'll respond via email tomorrow."],
      [50, 'l', 'Take care!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'variant: "You\'ll receive a call from Marcus at the Bowie branch in 15 mins" (SMS, number typed)',
    lines: [
      [0, 'p', 'did anyone turn in a blue backpack at bowie today? 240 555 0117'],
      [20, 'l', "Hi, Jo w/ Prince George's County Memorial Library. You'll receive a call from Marcus at the Bowie branch in 15 mins."],
      [25, 'p', 'thank u'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'near miss: "The clerk\'s office will respond to your request within 30 days" is not our follow-up; "A receipt was sent to your email" is past',
    lines: [
      [0, 'p', 'how do I get a copy of my divorce decree'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Request it from the Circuit Court clerk at mdcourts.gov/clerks; the clerk's office will respond to your request within 30 days."],
      [40, 'p', 'ok I just paid the fee online'],
      [50, 'l', 'Then a receipt was sent to your email already. Good luck!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  {
    name: 'near miss: "You\'ll need to reach out to the registrar" is advice to the patron',
    lines: [
      [0, 'p', 'how do I get my transcript from 1995'],
      [20, 'l', "Hi, I'm Jo at the Sample College Library. You'll need to reach out to the registrar: registrar@samplecollege.edu."],
      [30, 'p', 'thanks'],
      [35, 'l', 'Bye!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  // ---- near misses: no follow-up promised -----------------------------------------------------------
  {
    name: 'near miss: "You\'ll receive an automated email once the hold is ready" is not a follow-up',
    lines: [
      [0, 'p', 'how will I know when my hold comes in'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. You'll receive an automated email once the hold is ready for pickup."],
      [30, 'p', 'perfect'],
      [35, 'l', 'Enjoy the book!'],
    ],
    exp: { [C]: 'na', [R]: 'pass', [O]: 'na' },
  },
  {
    name: 'near miss: "I emailed you the link just now" (sent during the chat)',
    lines: [
      [0, 'p', 'can you send me the link to the resume workshop signup'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. I emailed you the link just now; it's also at example.org/events."],
      [30, 'p', 'got it thanks'],
      [35, 'l', 'Good luck!'],
    ],
    over: { patron: { name: null, email: 'pp@example.com', phone: null } },
    exp: { [C]: 'na', [R]: 'pass' },
  },
  {
    name: 'near miss: "You can email us anytime at askus@example.org" is advice, not a promise',
    lines: [
      [0, 'p', 'is there a way to ask questions when chat is closed'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. You can email us anytime at askus@example.org and we answer within a day."],
      [30, 'p', 'ok thanks'],
      [35, 'l', 'Take care!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  // ---- followup.on_time ---------------------------------------------------------------------------
  {
    name: 'on_time: recorded 20 h later (in followUps) passes',
    lines: [
      [0, 'p', 'can you find the obituary of Ruth Gaines, Cumberland, March 1987'],
      [20, 'l', "Hi, I'm Jo, a librarian here. I'll check the Cumberland Times-News microfilm and email you tomorrow. Your email?"],
      [40, 'p', 'gaines.fam@example.com'],
      [50, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, endAfter: 0, followUps: [{ doneAt: at(50 + 20 * 3600) }] },
    ctx: { now: T0 + 10 * DAY },
    exp: { [O]: 'pass', [C]: 'pass' },
  },
  {
    name: 'on_time: recorded by us (context) 75 h later fails',
    lines: [
      [0, 'p', 'need the 1940 census enumeration district for 12 Mulberry St, Frederick'],
      [20, 'l', "Hi, I'm Jo, a genealogy librarian. I'll look it up and email you within 48 hours. Email?"],
      [40, 'p', 'trent.k@example.com'],
      [50, 'l', 'Thanks, take care!'],
    ],
    over: { ...FU_ME, endAfter: 0 },
    ctx: { now: T0 + 10 * DAY, recordedFollowUps: [{ doneAt: at(50 + 75 * 3600) }] },
    exp: { [O]: 'fail', [C]: 'pass' },
  },
  {
    name: 'on_time: no codes in the source, promise only, nothing recorded after 5 days fails',
    lines: [
      [0, 'p', 'can you find out if the college has a copy of my dads 1974 yearbook'],
      [20, 'l', "Hi, Jo at the Sample College archives. I'll check the stacks and email you by Monday. Your email?"],
      [40, 'p', 'ddaly@example.com'],
      [50, 'l', 'Bye!'],
    ],
    over: { resolutionCode: undefined },
    ctx: { now: T0 + 5 * DAY },
    exp: { [O]: 'fail', [C]: 'pass', [R]: 'na' },
  },
  // ---- resolution.code ----------------------------------------------------------------------------
  {
    name: 'code "Follow Up - By Me" (another spelling) with the e-mail typed passes',
    lines: [
      [0, 'p', 'i need the minutes of the 1962 school board meeting about desegregation'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I'll pull them from the archive and email you by Friday. Your email?"],
      [40, 'p', 'l.hughes@example.org'],
      [50, 'l', 'Thanks, bye!'],
    ],
    over: { resolutionCode: 'Follow Up - By Me' },
    exp: { [R]: 'pass', [C]: 'pass' },
  },
  {
    name: 'code "Lost call (no response)" after one patron message passes',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [45, 'l', "Hi, I'm Jo at Sample County Library. Are you still there?"],
      [260, 'l', "It seems you've disconnected, so I'm closing this chat. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost call (no response)' },
    exp: { [R]: 'pass', [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'code "Lost Call" though the patron wrote "hello?" after the question fails',
    lines: [
      [0, 'p', 'is the library hiring'],
      [30, 'p', 'hello?'],
      [80, 'l', "Hi, I'm Jo at Sample County Library. Job openings are at example.org/jobs. Still there?"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 150 },
    exp: { [R]: 'fail' },
  },
  {
    name: 'code "Follow-up by patron\'s library" with the phone only in patron.phone: code passes, contact fails',
    lines: [
      [0, 'p', 'my Kent County card wont work in the Libby app'],
      [25, 'l', "Hi, I'm Jo with the AskUsNow cooperative. Kent County staff can check your card record; they'll contact you within 2 business days."],
      [40, 'p', 'ok'],
      [45, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0191' } },
    exp: { [R]: 'pass', [C]: 'fail' },
  },
  {
    name: 'code null (none assigned) fails',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Federal forms are at irs.gov/forms and at every branch's front desk."],
      [30, 'p', 'ok thx'],
      [35, 'l', 'Bye!'],
    ],
    over: { resolutionCode: null },
    exp: { [R]: 'fail', [C]: 'na' },
  },
  // ---- transfer.handoff ---------------------------------------------------------------------------
  {
    name: 'QuestionPoint: note to the home library saying why, "I\'m going to connect you with a Baltimore County librarian"',
    lines: [
      [0, 'p', 'I got charged for a lost book I returned to the Catonsville branch'],
      [25, 'l', "Hi, I'm Jo with the 24/7 cooperative. Only Baltimore County staff can see that account."],
      [40, 'i', 'Kim - BCPL patron disputing a lost-item charge, says returned at Catonsville; only BCPL can check the account. Can you take?', { to: 'kim' }],
      [50, 'l', "I'm going to connect you with a Baltimore County librarian who can look at your account."],
      [55, 's', 'Session transferred to Kim Alvarez', sys('transfer', 'kim')],
      [70, 'l', 'Hi, Kim from BCPL here. Let me pull up the account.', KIM],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'LibraryH3lp: "I\'m looping in our business librarian, who can pick this up from here" with a note',
    lines: [
      [0, 'p', 'I need industry ratios for craft breweries for my business plan'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample University."],
      [35, 'i', 'Ray: craft brewery industry ratios for a business plan (RMA / IBISWorld territory). Yours?', { to: 'ray' }],
      [45, 'l', "I'm looping in our business librarian, who can pick this up from here."],
      [50, 's', 'Chat transferred to Ray Chen', sys('transfer', 'ray')],
      [65, 'l', 'Hey, Ray here. Are you looking at a brewpub or a production brewery?', RAY],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: '"Let me get you over to the law library\'s chat desk" with a note',
    lines: [
      [0, 'p', 'how do I find the Maryland statute on security deposits'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Dana, security deposit statute question (Real Property 8-203); patron may also need the tenant complaint forms.', { to: 'dana' }],
      [40, 'l', "Let me get you over to the law library's chat desk."],
      [45, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [60, 'l', 'Hello, Dana at the State Law Library. Are you a tenant or a landlord?', DANA],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'variant: "I\'m going to switch you over to a colleague at the Law Library" with a note',
    lines: [
      [0, 'p', 'I need the text of an old Maryland law from 1970 about dog licenses'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Dana, session laws of 1970 on dog licensing; needs the Laws of Maryland volume, your collection', { to: 'dana' }],
      [40, 'l', "I'm going to switch you over to a colleague at the Law Library."],
      [45, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [60, 'l', 'Hi, Dana here. Do you know the chapter number?', DANA],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'variant: "Let me bring you over to our Spanish-language librarian" with a note',
    lines: [
      [0, 'p', 'hola necesito libros para aprender inglés'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Ray, patron writes in Spanish, wants ESL books for adults, can you take it?', { to: 'ray' }],
      [40, 'l', 'Let me bring you over to our Spanish-language librarian.'],
      [45, 's', 'Chat transferred to Ray Chen', sys('transfer', 'ray')],
      [60, 'l', 'Hola, soy Ray. ¿Para nivel principiante?', RAY],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'the patron learns of the transfer only from a system message: fails',
    lines: [
      [0, 'p', 'I need help with a Spanish-language GED book'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Kim, patron wants Spanish GED prep materials, you know the adult ed collection, can you take it?', { to: 'kim' }],
      [35, 's', 'You are being transferred to another librarian. Please wait.', sys('transfer', 'kim')],
      [50, 'l', 'Hola, soy Kim. ¿Busca el libro de práctica o el de la prueba oficial?', KIM],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: 'the note saying why is sent only after the transfer: fails',
    lines: [
      [0, 'p', 'how do I cite a Maryland court case in APA'],
      [20, 'l', "Hi, I'm Jo at Sample College Library. I'll transfer you to our law librarian."],
      [25, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [30, 'i', 'Dana, APA citation for a Maryland appellate case, sorry, sent you this one blind', { to: 'dana' }],
      [45, 'l', 'Hi, Dana here. Which court?', DANA],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: 'two transfers: the first explained, the second ("sending you back to Jo") without a note: fails',
    lines: [
      [0, 'p', 'I want to renew my ebooks and also ask about the teen volunteer program'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Kim, ebook renewal question first (Libby), then teen volunteering; can you do the Libby part?', { to: 'kim' }],
      [35, 'l', "I'm transferring you to Kim, our e-resources person, for the ebooks."],
      [40, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [55, 'l', "Hi, Kim here. In Libby, open Shelf and tap Renew Loan. Now I'm sending you back to Jo for the volunteer question.", KIM],
      [60, 's', 'Chat transferred to Jo Smith', sys('transfer', 'jo')],
      [75, 'l', 'Hi again! Applications are at example.org/teens.'],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: 'note "yours - thx!" says nothing of why: fails',
    lines: [
      [0, 'p', 'can someone help me find my ancestors in the 1850 slave schedules'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll transfer you to our genealogy specialist."],
      [25, 'i', 'yours - thx!', { to: 'dana' }],
      [30, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [45, 'l', 'Hello, Dana here. Which county?', DANA],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: '"Dana from the law library will be with you shortly" and a note saying why: passes',
    lines: [
      [0, 'p', 'what accommodations can I ask for on the bar exam, I have ADHD'],
      [20, 'l', "Hi, I'm Jo at the university library."],
      [30, 'i', 'Dana - patron asking about ADA testing accommodations for the Maryland bar exam, your area', { to: 'dana' }],
      [40, 'l', 'Dana from the law library will be with you shortly.'],
      [45, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [60, 'l', 'Hi, Dana here. Are you sitting for the July exam?', DANA],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'Spanish notice "Le voy a transferir con un compañero del departamento de genealogía" and a note',
    lines: [
      [0, 'p', 'hola, busco el acta de nacimiento de mi abuelo en Baltimore, 1920'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de la biblioteca del condado.'],
      [30, 'i', 'Ray, Spanish-speaking patron, 1920 Baltimore birth record, genealogy; can you help?', { to: 'ray' }],
      [40, 'l', 'Le voy a transferir con un compañero del departamento de genealogía.'],
      [45, 's', 'Chat transferred to Ray Chen', sys('transfer', 'ray')],
      [60, 'l', 'Hola, soy Ray. ¿Sabe en qué hospital nació?', RAY],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'near miss: "I\'m transferring you" but no transfer event: na',
    lines: [
      [0, 'p', 'where are the kids DVDs at the Laurel branch'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'm transferring you to the Laurel desk... actually, I can answer: they're on the wall by the picture books."],
      [30, 'p', 'thanks'],
      [35, 'l', 'Bye!'],
    ],
    exp: { [TR]: 'na' },
  },
  // ---- idle patrons -------------------------------------------------------------------------------
  {
    name: 'check-in "are you still with me?" then "Since I haven\'t had a response, I\'m going to close our chat for now"',
    lines: [
      [0, 'p', 'what are the hours for the Eastport branch on Sundays'],
      [30, 'l', "Hi, I'm Jo at Annapolis Public Library. Eastport is open 1-5 on Sundays (example.org/hours)."],
      [150, 'l', 'Hi, are you still with me?'],
      [240, 'l', "Since I haven't had a response, I'm going to close our chat for now. Feel free to chat again!"],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: '"If you\'re still there, just type something; otherwise this session will close" asks; no disconnect said',
    lines: [
      [0, 'p', 'how many books can I check out at once'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Up to 50 items on one card; see example.org/borrowing."],
      [150, 'l', "If you're still there, just type something; otherwise this session will close in a couple of minutes."],
    ],
    over: { endAfter: 60 },
    exp: { [IDLE]: 'pass', [DISC]: 'fail' },
  },
  {
    name: '"I\'m not getting any replies from your end, so I\'ll sign off now" is a notice; no check-in before',
    lines: [
      [0, 'p', 'do you have the Chilton manual for a 2009 Honda Fit'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, through Chilton Library online: example.org/chilton."],
      [220, 'l', "I'm not getting any replies from your end, so I'll sign off now. Come back anytime!"],
    ],
    exp: { [IDLE]: 'fail', [DISC]: 'pass' },
  },
  {
    name: '"It\'s been a few minutes without a reply, so I\'ll close out this session" after a check-in',
    lines: [
      [0, 'p', 'can I get a library card if I live in Delaware but work in Elkton'],
      [20, 'l', "Hi, I'm Jo at Cecil County Public Library. Yes: people who work in the county qualify. Bring a pay stub to any branch."],
      [160, 'l', 'Are you still around?'],
      [300, 'l', "It's been a few minutes without a reply, so I'll close out this session."],
    ],
    over: { endAfter: 20 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'near miss: "Did that link work for you? I\'ll close this out if I don\'t hear back" is neither a check-in nor a notice',
    lines: [
      [0, 'p', 'where do I find the summer reading signup'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. It's at example.org/summer."],
      [150, 'l', "Did that link work for you? I'll close this out if I don't hear back."],
    ],
    over: { endAfter: 90 },
    exp: { [IDLE]: 'fail', [DISC]: 'fail' },
  },
  {
    name: 'auto-disconnect as a system message only: neither counts',
    lines: [
      [0, 'p', 'how do I reset my library PIN'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Use Forgot PIN on the login page at example.org/account."],
      [330, 's', 'Patron has been idle for 5 minutes. Chat closed automatically.'],
    ],
    over: { endAfter: 0 },
    exp: { [IDLE]: 'fail', [DISC]: 'fail' },
  },
  {
    name: 'queue macros: "Are you still there? If I don\'t hear from you…" then "This session is being closed due to inactivity"',
    lines: [
      [0, 'p', 'can I print from my phone at the library'],
      [30, 'l', "Hi, I'm Jo at Sample County Library. Yes: send it to print@example.org and release it at the print station."],
      [160, 'l', "Are you still there? If I don't hear from you in the next few minutes, I will end this session."],
      [340, 'l', 'This session is being closed due to inactivity. Please contact us again if you need more help.'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'variant: "Please reply if you\'re still with me." then "Since it\'s been a while without a response, I\'m ending our chat"',
    lines: [
      [0, 'p', 'are dogs allowed in the library garden'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Only service animals, per example.org/policies."],
      [150, 'l', "Please reply if you're still with me."],
      [290, 'l', "Since it's been a while without a response, I'm ending our chat. Take care!"],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'variant Spanish: "Parece que ya no está en línea. Terminamos la sesión por ahora."',
    lines: [
      [0, 'p', 'cuánto cuesta imprimir en la biblioteca'],
      [20, 'l', 'Hola, soy Ana, bibliotecaria. Cuesta 15 centavos por página: example.org/imprimir'],
      [150, 'l', '¿Sigue ahí?'],
      [290, 'l', 'Parece que se ha desconectado. Terminamos la sesión por ahora.'],
    ],
    over: { endAfter: 10 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'the conditional macro alone is no notice that the patron seems gone',
    lines: [
      [0, 'p', 'is there free parking at the central library'],
      [30, 'l', "Hi, I'm Jo at Sample County Library. Yes, the garage on Elm St is free for 2 hours with validation."],
      [160, 'l', "Are you still there? If I don't hear from you in the next few minutes, I will end this session."],
    ],
    over: { endAfter: 120 },
    exp: { [IDLE]: 'pass', [DISC]: 'fail' },
  },
  {
    name: 'SMS: "u still there?" at 150 s, idle 160 s: check-in passes, notice na',
    lines: [
      [0, 'p', 'wat time does the book sale start sat'],
      [20, 'l', 'hi its Jo @ Sample County Library, 9am at the Main branch'],
      [170, 'l', 'u still there?'],
    ],
    over: { endAfter: 10 },
    exp: { [IDLE]: 'pass', [DISC]: 'na' },
  },
  {
    name: 'Spanish: "¿Sigue en línea?" then "Parece que se desconectó. Cierro el chat ahora."',
    lines: [
      [0, 'p', 'hola, ¿tienen clases de computación gratis?'],
      [25, 'l', 'Hola, soy Ana, bibliotecaria. Sí, los martes en la sucursal de Wheaton: example.org/clases'],
      [160, 'l', '¿Sigue en línea?'],
      [300, 'l', 'Parece que se desconectó. Cierro el chat ahora. ¡Vuelva cuando quiera!'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: '"Hmm, I think I lost you. Ending the chat now" after "you still around?"',
    lines: [
      [0, 'p', 'do you have any books on building a tiny house'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Try \"Tiny House Living\" by Ryan Mitchell, call number 728.37 MIT."],
      [150, 'l', 'you still around?'],
      [290, 'l', 'Hmm, I think I lost you. Ending the chat now - come back anytime!'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'the patron came back after the check-in; short final idle: both na',
    lines: [
      [0, 'p', 'are there any knitting groups at the library'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, Stitch & Chat meets Thursdays at 6 at the Main branch."],
      [160, 'l', 'Are you still there?'],
      [190, 'p', 'sorry yes! thank you'],
      [200, 'l', "You're welcome, happy knitting!"],
    ],
    over: { endAfter: 300 },
    exp: { [IDLE]: 'na', [DISC]: 'na' },
  },
  {
    name: 'every provider message after the patron\'s last is a hold: no final idle',
    lines: [
      [0, 'p', 'do you have the 2019 Maryland Manual'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Let me check the catalog, one moment."],
      [80, 'l', 'Still searching, bear with me.'],
    ],
    over: { endAfter: 400 },
    exp: { [IDLE]: 'na', [DISC]: 'na' },
  },
  // ---- closing.no_dismissal -------------------------------------------------------------------------
  {
    name: 'overt: "We can only spend 15 minutes per patron, so I need to stop here"',
    lines: [
      [0, 'p', 'can you help me with my whole family tree, I have about 40 names'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Let's start with FamilySearch.org for the first few names."],
      [200, 'p', 'ok and then the next ones?'],
      [215, 'l', 'We can only spend 15 minutes per patron, so I need to stop here.'],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'SMS: "we only allow 10 min per text session" (a limit)',
    lines: [
      [0, 'p', 'also can u look up 5 more books for me'],
      [20, 'l', 'Hi, Jo @ Sample County Library here. Sorry, we only allow 10 minutes per text session and you have used it.'],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'overt: "This will have to be your last question for today"',
    lines: [
      [0, 'p', 'whats the population of Frederick, and also the median income, and the school ratings'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Population is about 85,000 per data.census.gov. This will have to be your last question for today."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'overt: "You\'ve asked a lot of questions already, so I\'ll leave the rest to you"',
    lines: [
      [0, 'p', 'ok next: how do I find the zoning for my lot, and who do I call about the sidewalk'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. You've asked a lot of questions already, so I'll leave the rest to you."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'convenience: "My shift\'s over in 2 min so let\'s wrap up" and no way back',
    lines: [
      [0, 'p', 'I need sources on the 1919 Baltimore race riot for my history fair project'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. My shift's over in 2 min so let's wrap up. Try JSTOR."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'convenience: "I have to cut this short, another patron needs me"',
    lines: [
      [0, 'p', 'can you help me compare these three Medicare plans'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Medicare.gov has a plan finder. I have to cut this short, another patron needs me."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'convenience: "I can\'t spend any more time on this one"',
    lines: [
      [0, 'p', 'but none of those articles are what my teacher wants, can you keep looking'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I can't spend any more time on this one. Try Google Scholar."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'the same cut short, with a way back ("come back later tonight, someone will pick up where we left off"): passes',
    lines: [
      [0, 'p', 'can you help me compare these three Medicare plans'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Medicare.gov has a plan finder. I have to cut this short, another patron needs me, but please come back later tonight and a colleague will pick up where we left off."],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: '"I need to get to other patrons. Try Google for the rest." ends the help without a way back',
    lines: [
      [0, 'p', 'and how do I format the works cited for an interview?'],
      [20, 'l', "Hi, I'm Jo at Sample College Library. I need to get to other patrons. Try Google for the rest."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'polite: "I\'ve got a few other chats waiting, so I\'ll stop here, but please chat back in whenever you\'re ready"',
    lines: [
      [0, 'p', 'ok and can you also check 6 more titles for me'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I've got a few other chats waiting, so I'll stop here, but please chat back in whenever you're ready."],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'service hours: "The chat service closes at 8, so I\'ll have to end our session. You can reach us again tomorrow from 10 am."',
    lines: [
      [0, 'p', 'I still have questions about the FAFSA'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. The chat service closes at 8, so I'll have to end our session. You can reach us again tomorrow from 10 am."],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'near miss: "Brainfuse tutoring sessions are limited to 30 minutes per session" is about tutoring, not this chat',
    lines: [
      [0, 'p', 'does the library have math tutoring for my son'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, Brainfuse HelpNow: example.org/brainfuse. Tutoring sessions are limited to 30 minutes per session, so book two if he needs more."],
      [40, 'p', 'thank you'],
      [45, 'l', 'Good luck to him!'],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'near misses: "a limit of 10 holds per card", "No rush at all, I\'m here until 9 tonight"',
    lines: [
      [0, 'p', 'why cant I place another hold'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. There's a limit of 10 holds per card, and you have 10. No rush at all, I'm here until 9 tonight if you want to pick which one to cancel."],
      [40, 'p', 'ok thanks'],
      [45, 'l', 'Bye!'],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'variant: "We just give 20 mins per chat session"',
    lines: [
      [0, 'p', 'ok now can you look up my other 8 books'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. We just give 20 mins per chat session, sorry."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'variant: "That has to be the last question, I\'m afraid" and "I can\'t stay on this any longer"',
    lines: [
      [0, 'p', 'and what about the 1880 census too?'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. That has to be the last question, I'm afraid. I can't stay on this any longer."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'variant: "My shift\'s almost over, so this is where I leave you"',
    lines: [
      [0, 'p', 'can you keep helping me with the citations'],
      [20, 'l', "Hi, I'm Jo at Sample College Library. My shift's almost over, so this is where I leave you."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'near misses: "asked a lot of questions today about the closure", "the last question on the form", "can\'t help with tax prep any longer", "shifts are posted", "a lot of questions so far"',
    lines: [
      [0, 'p', 'is the library closed tomorrow? and is there free tax help?'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. We've been asked a lot of questions today about the closure: yes, all branches close for the storm (example.org/alerts). Sorry, we can't help with tax prep any longer since the AARP program ended."],
      [40, 'p', 'ok, and the volunteer form?'],
      [50, 'l', "The last question on the form asks for your availability; volunteer shifts are posted at example.org/volunteer. You've asked a lot of questions so far, and they're all good ones!"],
      [60, 'p', 'thanks'],
      [65, 'l', 'Take care!'],
    ],
    exp: { [DISM]: 'pass' },
  },
  // ---- closing.courteous --------------------------------------------------------------------------
  {
    name: 'last two: "You\'re welcome!" and "Happy to help!": neither thanks, says goodbye nor invites back',
    lines: [
      [0, 'p', 'what is the due date for dvds'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. DVDs are due after 7 days."],
      [30, 'p', 'thanks!'],
      [35, 'l', "You're welcome!"],
      [38, 'l', 'Happy to help!'],
    ],
    exp: { [COUR]: 'fail' },
  },
  {
    name: 'chat-speak: "Thx for using Ask Us! ttyl"',
    lines: [
      [0, 'p', 'r u open on presidents day'],
      [20, 'l', 'hi, Jo w/ Sample County Library: all branches closed that day.'],
      [30, 'p', 'ok'],
      [35, 'l', 'Thx for using Ask Us! ttyl'],
    ],
    exp: { [COUR]: 'pass' },
  },
  {
    name: 'the only goodbye is third from last: fails',
    lines: [
      [0, 'p', 'can i return books at any branch'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, at any branch or book drop. Bye for now!"],
      [30, 'p', 'wait, what about the bookmobile?'],
      [40, 'l', 'The bookmobile takes returns too.'],
      [45, 'l', 'It also takes holds pickups.'],
    ],
    exp: { [COUR]: 'fail' },
  },
  {
    name: '"Enjoy the rest of your evening!" and Spanish "¡Que le vaya muy bien!" close courteously',
    lines: [
      [0, 'p', 'necesito el horario de la biblioteca de Langley Park'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. Abre de 10 a 8, de lunes a jueves: example.org/horario'],
      [30, 'p', 'gracias'],
      [35, 'l', '¡Que le vaya muy bien!'],
      [38, 'l', 'Enjoy the rest of your evening!'],
    ],
    exp: { [COUR]: 'pass' },
  },
  // ---- a second pass over the same checks (probes written after the first fixes) ----------------------
  {
    name: '"I\'ll look into it and follow up by email early next week" is a promise (code "Answered" fails)',
    lines: [
      [0, 'p', 'is there a way to see old Sears catalogs from the 1920s'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Good question. What's your email?"],
      [35, 'p', 'dotty.v@example.com'],
      [45, 'l', "I'll look into it and follow up by email early next week."],
      [50, 'l', 'Bye!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"I\'ll circle back tomorrow" and "Look for an email from me by end of business Friday" are promises',
    lines: [
      [0, 'p', 'can you find the original architect drawings for the Enoch Pratt central branch'],
      [20, 'l', "Hi, I'm Jo at Enoch Pratt Free Library. Those are in Special Collections. Your email?"],
      [35, 'p', 'arch.student@example.edu'],
      [45, 'l', "I'll circle back tomorrow. Look for an email from me by end of business Friday at the latest."],
      [50, 'l', 'Take care!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'the e-mail from the patron fields written out by the provider ("I\'ll send the results to zed.k@example.com by Friday") is repeated back',
    lines: [
      [0, 'p', 'can you find my grandmother in the 1950 census, Eliza Grant, Salisbury'],
      [20, 'l', "Hi, I'm Jo, a genealogy librarian at Wicomico Public Library. I'll search the enumeration districts and send the results to zed.k@example.com by Friday."],
      [30, 'p', 'thank you!'],
      [35, 'l', 'Bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'Zed.K@example.com', phone: null } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'the phone from the patron fields written out ("I\'ll call 410 555 0166 on Monday") is repeated back',
    lines: [
      [0, 'p', 'need help finding a large print cookbook for my mom'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll check what's coming in and call 410 555 0166 on Monday."],
      [30, 'l', 'Have a good weekend!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '(410) 555-0166' } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'the same two as stored: the patron fields and their echoes redacted to "[email]" and "[phone]" (the API scores this form)',
    lines: [
      [0, 'p', 'need help finding a large print cookbook for my mom'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll check what's coming in and call [phone] on Monday, or send the list to [email]."],
      [30, 'l', 'Have a good weekend!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '[phone]' } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'stored, the phone alone: "I\'ll call [phone] on Monday" repeats the patron\'s redacted number',
    lines: [
      [0, 'p', 'need help finding a large print cookbook for my mom'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll check what's coming in and call [phone] on Monday."],
      [30, 'l', 'Have a good weekend!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '[phone]' } },
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: '"by November 14th" gives a when; "We\'ll write to you" delivers',
    lines: [
      [0, 'p', 'do you have the minutes of the Towson Improvement Association from the 1960s'],
      [20, 'l', "Hi, I'm Jo, a librarian at Baltimore County Public Library. We may. Email?"],
      [35, 'p', 'towson.hist@example.org'],
      [45, 'l', "We'll write to you by November 14th."],
      [50, 'l', 'Thanks!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'near miss: "I\'ll have an answer for you in just a moment" is said of the chat itself',
    lines: [
      [0, 'p', 'what is the fine for a late laptop'],
      [20, 'l', "Hi, I'm Jo at Sample College Library. I'll have an answer for you in just a moment."],
      [50, 'l', 'Laptops are $5 per hour late, per example.edu/laptops.'],
      [60, 'p', 'ok thanks'],
      [65, 'l', 'Bye!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  {
    name: '"Have you stepped away?" then "Looks like you\'re away, so I\'ll end our chat now."',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Reserve one at example.org/passes."],
      [150, 'l', 'Have you stepped away?'],
      [300, 'l', "Looks like you're away, so I'll end our chat now."],
    ],
    over: { endAfter: 5 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'terse LibraryH3lp: "Still need help?" then "Closing chat - no response."',
    lines: [
      [0, 'p', 'interlibrary loan form?'],
      [20, 'l', "Hi, Jo at Sample College Library. It's at library.example.edu/ill."],
      [150, 'l', 'Still need help?'],
      [300, 'l', 'Closing chat - no response.'],
    ],
    over: { endAfter: 5 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'a provider macro "The chat has timed out due to no response." is a notice',
    lines: [
      [0, 'p', 'can I renew a book twice'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, up to 3 times unless someone has a hold: example.org/renew."],
      [150, 'l', 'Hello?? Anyone there?'],
      [300, 'l', 'The chat has timed out due to no response.'],
    ],
    over: { endAfter: 5 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'near misses: "You can take it from here: …" and "pass it to your teacher" announce no transfer (not holds: the final idle counts)',
    lines: [
      [0, 'p', 'where is the permission slip for the field trip'],
      [20, 'l', "Hi, I'm Jo, the Sample Middle School librarian. You can take it from here: the form is at example.org/trip. Print it and pass it to your teacher."],
    ],
    over: { endAfter: 200 },
    exp: { [IDLE]: 'fail', [DISC]: 'fail', [TR]: 'na' },
  },
  {
    name: '"Kim will take over from here" and "You\'re being connected to…" tell the patron',
    lines: [
      [0, 'p', 'I need help with the 1850 census for Frederick'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. You're being connected to our genealogy specialist. Kim will take over from here."],
      [30, 'i', 'Kim, 1850 census Frederick County, patron is new to genealogy, needs the basics', { to: 'kim' }],
      [35, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [50, 'l', 'Hi, Kim here. Do you have a family name to start with?', KIM],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'overt: "You\'ve had your three questions for today." and chat-speak "Gotta go, good luck!"',
    lines: [
      [0, 'p', 'one more, what about the parking rules downtown'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. You've had your three questions for today. Gotta go, good luck!"],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'near misses: "I need to run a quick search in the catalog first", "I have to go through the index page by page"',
    lines: [
      [0, 'p', 'is there anything about my great uncle in the county history book'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Ok, I need to run a quick search in the catalog first."],
      [60, 'l', "There's no digital copy, so I have to go through the index page by page. One moment."],
      [110, 'l', 'He is on page 212 of "History of Frederick County" (1910). Does that help?'],
      [130, 'p', 'yes!'],
      [135, 'l', 'Great, bye!'],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: '"Catch you later!" and "Laters!" are goodbyes',
    lines: [
      [0, 'p', 'is the makerspace open sunday'],
      [20, 'l', 'hey, Jo at Sample College Library here. yes, 12-6: example.edu/makerspace'],
      [30, 'p', 'sweet'],
      [35, 'l', 'Catch you later!'],
      [38, 'l', 'Laters!'],
    ],
    exp: { [COUR]: 'pass' },
  },
  // ---- a third pass (progressive and inbox promises, typed contacts, terse notes, terse macros) --------
  {
    name: '"I\'ll be emailing you the list tomorrow" (progressive) is a promise: code "Answered" fails',
    lines: [
      [0, 'p', 'I need a list of accessible hiking trails in Frederick County'],
      [20, 'l', "Hi, I'm Jo at Frederick County Public Libraries. Happy to put one together. What's your email?"],
      [35, 'p', 'rollin.outdoors@example.com'],
      [45, 'l', "I'll be emailing you the list tomorrow."],
      [50, 'l', 'Bye!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"Expect it in your inbox by Monday" and "We will notify you by email once we find it" are promises',
    lines: [
      [0, 'p', 'my daughter lost her summer reading log, can you resend the form, and do you know if her prize came in'],
      [20, 'l', "Hi, I'm Jo, a children's librarian at Sample County Library. What email should it go to?"],
      [35, 'p', 'kara.m @ gmail.com'],
      [45, 'l', 'Expect it in your inbox by Monday. We will notify you by email once we find the prize, probably Wednesday.'],
      [50, 'l', 'Take care!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: '"I\'ll keep you posted - should know more by Friday"; the patron typed "tom.r@ yahoo.com"',
    lines: [
      [0, 'p', 'is the Elkton branch going to reopen after the flood'],
      [20, 'l', "Hi, I'm Jo at Cecil County Public Library. Facilities hasn't said yet. Can I get an email?"],
      [35, 'p', 'tom.r@ yahoo.com'],
      [45, 'l', "I'll keep you posted - should know more by Friday."],
      [50, 'l', 'Thanks for asking!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'near misses: "I\'ll keep you posted as I search", "You\'ll get a notification when your hold is ready"',
    lines: [
      [0, 'p', 'do you have the new Percival Everett novel'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll keep you posted as I search."],
      [50, 'l', 'Yes, "James" has 4 copies; place a hold in the catalog. You\'ll get a notification when your hold is ready.'],
      [60, 'p', 'great thx'],
      [65, 'l', 'Enjoy the book!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  {
    name: 'terse notes that say why ("needs Spanish-speaking librarian", "genealogy q, 1850 census") pass',
    lines: [
      [0, 'p', 'hola, busco el censo de 1850 de mi familia'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'needs Spanish-speaking librarian', { to: 'ray' }],
      [35, 'l', "I'm transferring you to Ray, who speaks Spanish."],
      [40, 's', 'Chat transferred to Ray Chen', sys('transfer', 'ray')],
      [55, 'i', 'genealogy q, 1850 census', RAY],
      [60, 'l', 'Hola, soy Ray. Le paso con Dana, nuestra genealogista.', RAY],
      [65, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [80, 'l', 'Hola, soy Dana. ¿De qué condado?', DANA],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: '"It looks like you\'ve stepped away. Thanks for chatting - I\'ll close this now." is a notice and a goodbye',
    lines: [
      [0, 'p', 'when is the next book sale'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. March 14-16 at the Main branch: example.org/booksale."],
      [150, 'l', 'Are you there?'],
      [300, 'l', "It looks like you've stepped away. Thanks for chatting - I'll close this now."],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'terse macro "Chat ended due to inactivity. Thanks!" after "Still there?"',
    lines: [
      [0, 'p', 'do you have wifi hotspots to borrow'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, for 2 weeks: example.org/hotspots."],
      [150, 'l', 'Still there?'],
      [300, 'l', 'Chat ended due to inactivity. Thanks!'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass', [COUR]: 'pass' },
  },
  {
    name: '"you\'re welcome to reconnect" invites back (no notice: it says nothing of the patron seeming gone)',
    lines: [
      [0, 'p', 'how do I download audiobooks'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Use Libby: search the title and tap Borrow."],
      [150, 'l', 'Still there?'],
      [300, 'l', "I'm going to close the chat now, but you're welcome to reconnect if you're still there."],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'fail', [COUR]: 'pass' },
  },
  // ---- invitations to visit (added at the merge) ---------------------------------------------------
  {
    name: 'school library: "Come see us in the media center anytime!" invites the patron back',
    lines: [
      [0, 'p', 'where r the graphic novels'],
      [20, 'l', "Hi, I'm Ms. Ortiz, the school librarian. They're in 741.5 by the windows."],
      [40, 'p', 'ok'],
      [50, 'l', 'Come see us in the media center anytime!'],
    ],
    exp: { [COUR]: 'pass' },
  },
  {
    name: '"Stop by anytime!" and "Drop by the library whenever you like." invite back; "we open anytime after 9" does not',
    lines: [
      [0, 'p', 'do you have knitting groups'],
      [20, 'l', "Hi, I'm Lee at Pikesville Library. Yes, Tuesdays at 6 in Meeting Room B. Drop by the library whenever you like."],
      [40, 'p', 'thx'],
      [50, 'l', 'Stop by anytime!'],
    ],
    exp: { [COUR]: 'pass' },
  },
  {
    name: 'near miss: "the book drop takes returns anytime" as the last two messages is no invitation',
    lines: [
      [0, 'p', 'can i return books at night'],
      [20, 'l', "Hi, I'm Lee at Pikesville Library. Yes: the book drop by the front door takes returns anytime."],
      [40, 'p', 'ok'],
      [50, 'l', 'It is emptied every morning at 9.'],
    ],
    exp: { [COUR]: 'fail' },
  },
  // ---- referrals and the patron's own contacts (added at the merge) --------------------------------
  {
    name: '"I\'ll pass your question on to the reference staff at HCPL, who can look into it and contact you": on the patron\'s behalf, no referral',
    lines: [
      [0, 'p', 'who built the stone mill on Deer Creek? cant find it anywhere'],
      [20, 'l', "Hi, I'm Sam, a librarian with AskUsNow!. Our local history files are at the branch, so I'll pass your question on to the reference staff at HCPL, who can look into it further and contact you."],
      [40, 'p', 'great, its r.moss@example.org'],
      [50, 'l', 'Noted: r.moss@example.org. Someone from HCPL will be in touch by Friday.'],
      [60, 'l', 'Bye for now!'],
    ],
    over: FU_LIB,
    exp: { 'referral.contact': 'na', [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'on the patron\'s behalf, to a party with a long name: "…pass it along to the reference staff at Harford County Public Library\'s Bel Air branch, who can…"',
    lines: [
      [0, 'p', 'who built the stone mill on Deer Creek? cant find it anywhere'],
      [20, 'l', "Hi, I'm Sam, a librarian with AskUsNow!. I'm going to pass it along to the reference staff at Harford County Public Library's Bel Air branch, who can look into it further."],
      [40, 'p', 'ok thanks'],
      [50, 'l', 'Bye for now!'],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'the same told to the patron: "You can pass your question to the Maryland Room, who can look into it" is a referral, and with no way to reach them it fails',
    lines: [
      [0, 'p', 'who built the stone mill on Deer Creek? cant find it anywhere'],
      [20, 'l', "Hi, I'm Sam, a librarian with AskUsNow!. You can pass your question to the Maryland Room staff, who can look into it further."],
      [40, 'p', 'ok thanks'],
      [50, 'l', 'Bye for now!'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'stored: the next message\'s "[email]" is the patron\'s redacted address, not the office\'s contact',
    lines: [
      [0, 'p', 'how do i get my transcript from towson, i graduated 1998'],
      [20, 'l', "Hi, I'm Jo at Cook Library. Ask the registrar's office about transcripts from before 2000."],
      [40, 'p', 'ok can you send me the form, [email]'],
      [50, 'l', "Noted: [email]. I'll email you the request form by Monday."],
      [60, 'l', 'Take care!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: '[email]', phone: null } },
    exp: { 'referral.contact': 'fail', [C]: 'pass' },
  },
  // ---- "you'll get … from me" (added at the merge: the round had left it out for its cost) ----------
  {
    name: '"You\'ll get an email from me by Friday" is a promise: coded Answered, the code fails',
    lines: [
      [0, 'p', 'do you have the 1942 yearbook for Dunbar High? my grandmother is in it'],
      [25, 'l', "Hi, I'm Ana at the Maryland Room, Enoch Pratt Free Library. I'll need to check the shelf. What's your email?"],
      [60, 'p', 'rmoss51@verizon.net'],
      [70, 'l', "Thanks. You'll get an email from me by Friday with what I find."],
      [80, 'l', 'Have a good week!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  {
    name: 'SMS: "u should have a text from us tmrw" with a follow-up code: a promise with its time',
    lines: [
      [0, 'p', 'is the tax help at the eastport branch still on? my number is 410-555-0172'],
      [20, 'l', 'Hi, Annapolis Library text line, this is Cole. Checking with the branch, u should have a text from us tmrw.'],
      [40, 'p', 'ok'],
      [45, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass', [O]: 'pending' },
  },
  {
    name: 'near miss: "You\'ll get an email from the system when it\'s ready" is the library\'s notice, no promise',
    lines: [
      [0, 'p', 'I put a hold on The Women by Kristin Hannah, how do I know when it comes in?'],
      [20, 'l', "Hello, this is Dee with Howard County Library System. You'll get an email from the system when it's ready for pickup."],
      [35, 'p', 'perfect thanks'],
      [40, 'l', 'Happy reading!'],
    ],
    exp: { [C]: 'na', [R]: 'pass', [O]: 'na' },
  },
];

// ---- whole sessions: every check ------------------------------------------------------------------
const whole: SessionCase[] = [
  {
    name: 'whole: LibChat academic, microfilm follow-up promised "by tomorrow afternoon", patron done',
    lines: [
      [0, 'p', "hey, I'm trying to find the full 1968 Kerner Commission report, not a summary"],
      [22, 'l', 'Hi there! This is Alexis at the Albin O. Kuhn Library reference desk. Do you need a print copy or would a PDF work?'],
      [60, 'p', "pdf is fine, it's for my HIST 350 paper"],
      [75, 'l', 'Let me take a look in our government documents collection.'],
      [140, 'l', 'HathiTrust has a full-view scan: babel.hathitrust.org/cgi/pt?id=mdp.39015004528045. Does that cover what you need?'],
      [200, 'p', "that works, but I also need the supplemental studies volume and I can't find it"],
      [215, 'l', "That one is harder. I'll dig into it after my desk shift and email you what I find by tomorrow afternoon. What's the best email?"],
      [250, 'p', 'dnguyen7@umbc.edu'],
      [262, 'l', 'Got it. Anything else I can help with tonight?'],
      [290, 'p', "nope that's everything, thanks!!"],
      [300, 'l', "You're welcome, good luck with the paper!"],
    ],
    over: FU_ME,
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: QuestionPoint transfer to the home library with a note and a notice, PIN reset',
    lines: [
      [0, 'p', 'Hello I need my PIN reset for my Baltimore County library card so I can use Libby'],
      [35, 'l', "Good evening, you've reached Maryland AskUsNow! I'm Jo, a librarian with the statewide service. Which branch do you usually use?"],
      [70, 'p', 'Towson'],
      [90, 'i', 'Kim: BCPL patron (Towson) needs a PIN reset for Libby; only BCPL staff can reset it. Can you take this?', { to: 'kim' }],
      [100, 'l', "PIN resets have to be done by Baltimore County staff, so I'm going to transfer you to a BCPL librarian now. One moment!"],
      [110, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [150, 'l', 'Hi, this is Kim from Baltimore County Public Library. Can you confirm the last four digits of your card?', KIM],
      [190, 'p', '4471'],
      [220, 'l', "Thanks! I've reset your PIN. You can change it under My Account > Account Settings at bcpl.info. Does that help?", KIM],
      [270, 'p', "yes I'm in now!"],
      [285, 'l', 'Wonderful. Is there anything else I can help with?', KIM],
      [330, 'p', 'no, that was it'],
      [340, 'l', 'Thanks for using AskUsNow, have a great night!', KIM],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'whole: public library, the patron vanishes; check-in, then "looks like you may have stepped away, so I\'m going to close this chat"',
    lines: [
      [0, 'p', 'do you have any books on raising backyard chickens'],
      [15, 'l', "Hi! I'm Marisol, a librarian at Frederick County Public Libraries. Are you looking for beginner guides or something on a specific breed?"],
      [55, 'p', 'beginner'],
      [70, 'l', 'The catalog shows "Storey\'s Guide to Raising Chickens" at C. Burr Artz, 3 copies on the shelf. Is that the kind of book you had in mind?'],
      [200, 'l', 'Hi there, are you still with me?'],
      [330, 'l', "It looks like you may have stepped away, so I'm going to close this chat now. Feel free to chat with us again anytime!"],
    ],
    over: { endAfter: 0 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: SMS, terse, "we only allow 10 minutes per text session and you\'ve used yours. Bye."',
    lines: [
      [0, 'p', 'whats the fine for a lost dvd'],
      [40, 'l', 'Hi, Sam at Westbury Library. Lost DVDs are charged the replacement cost, usually $20-30, see westburylibrary.org/fines'],
      [70, 'p', 'ok and can u check if my card is blocked and what the late fee on books is and can i renew online'],
      [85, 'l', "We only allow 10 minutes per text session and you've used yours. Bye."],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Spanish, phone typed, "le llamo mañana por la tarde", referral to the clerk with a phone',
    lines: [
      [0, 'p', 'Hola, busco información sobre cómo sacar una licencia de matrimonio en el condado de Howard'],
      [30, 'l', '¡Hola! Le atiende Ana, bibliotecaria de Howard County Library System. ¿Ya tienen fecha para la boda?'],
      [80, 'p', 'sí, es en junio'],
      [100, 'l', 'La licencia se tramita con el Clerk of the Circuit Court. Puede llamarles al 410-313-5850 o ver mdcourts.gov/clerks/howard. ¿Le sirve esta información?'],
      [150, 'p', 'sí, pero también quiero saber qué documentos llevar, me puede averiguar?'],
      [170, 'l', 'Claro. Lo consulto con la oficina y le llamo mañana por la tarde. ¿A qué número le llamo?'],
      [200, 'p', '443-555-0187'],
      [215, 'l', 'Perfecto, le llamo al 443-555-0187 mañana. ¿Algo más en que le pueda ayudar?'],
      [240, 'p', 'no, es todo. gracias'],
      [250, 'l', '¡Gracias a usted! Que tenga buen día.'],
    ],
    over: FU_ME,
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: transfer to the science librarian without a note; idle 240 s with only a check-in',
    lines: [
      [0, 'p', 'I need peer reviewed articles on microplastics in drinking water for my env sci class'],
      [25, 'l', "Hello! I'm Devon at Towson University's Cook Library. Is this for a literature review or a shorter assignment?"],
      [60, 'p', 'lit review, 10 sources'],
      [75, 'l', "Our science librarian is better placed for this, so I'm sending you over to her now."],
      [80, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [110, 'l', 'Hi, Dana here, the science librarian. Start with Web of Science: searching microplastic* AND "drinking water" gives about 400 peer-reviewed hits. Does that help?', DANA],
      [250, 'l', 'Are you still there?', DANA],
    ],
    over: { endAfter: 100 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail',
    }),
  },
  {
    name: 'whole: "I can\'t spend any more time on this one" after one source; no code assigned',
    lines: [
      [0, 'p', 'hi can you help me write my cover letter for a library assistant job'],
      [20, 'l', 'Hello, this is Pat, reference librarian at Glen Burnie Regional. Do you have a draft already?'],
      [50, 'p', "no I haven't started, can you help me with the whole thing? and also my resume and interview tips"],
      [70, 'l', "Purdue OWL has a solid cover letter guide: owl.purdue.edu. I can't spend any more time on this one, I've got a desk full of people."],
      [85, 'p', 'oh. ok'],
    ],
    over: { resolutionCode: null },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Lost Call coded after one question; answered, check-in, "I haven\'t heard back, so I\'ll end the chat now"',
    lines: [
      [0, 'p', 'what time does the bookmobile come to Sykesville on tuesdays'],
      [50, 'l', "Good afternoon! You've reached the Carroll County Public Library chat. I'm Lee. Let me look up the bookmobile schedule."],
      [100, 'l', 'It stops at Sykesville Town House on Tuesdays from 3 to 5 pm; the full schedule is at library.carr.org/bookmobile. Does that answer your question?'],
      [230, 'l', 'Hello? Are you still with me?'],
      [400, 'l', "I haven't heard back, so I'll end the chat now. Please chat with us again if you have any other questions!"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: cooperative genealogy, handed off with a note, "You should have an email from me by Friday", done 40 h later',
    lines: [
      [0, 'p', "I'm researching my great grandfather who worked at Bethlehem Steel Sparrows Point in the 1940s, are there employment records?"],
      [30, 'l', "Hi, I'm Tom, a librarian with Ask Us 24/7. Do you know his full name and roughly which years he worked there?"],
      [90, 'p', 'Walter Kaminski, about 1941-1949'],
      [110, 'i', 'Transferring: genealogy question, Bethlehem Steel Sparrows Point employee records 1940s; needs the local history room.', { to: 'dana' }],
      [115, 'l', "Great detail, thanks. I'm going to hand you off to Dana in our Local History Room; she knows the steel plant collections."],
      [120, 's', 'Chat transferred to Dana Okafor', sys('transfer', 'dana')],
      [160, 'l', "Hello, Dana here. The company newsletters are in our Sparrows Point collection on microfilm, and I'll go through the 1941-49 issues for his name. What email should I send results to?", DANA],
      [200, 'p', 'k.kaminski.gen@gmail.com'],
      [215, 'l', 'Thanks! You should have an email from me by Friday. Anything else for now?', DANA],
      [240, 'p', "no that's great, thank you so much"],
      [250, 'l', 'My pleasure, good luck with the search!', DANA],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(255 + 40 * 3600) }] },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'whole: "I\'ll check with the branch and get back to you" with no when, code "Answered"; "Great, thanks." is a goodbye',
    lines: [
      [0, 'p', 'can you find out whether the Laurel branch still has the seed library'],
      [20, 'l', "Hi! This is Jordan, a librarian at Prince George's County Memorial Library. Do you mean the seed library that used to be by the front desk? I'll check with the branch and get back to you. What's your email?"],
      [45, 'p', 'yes that one. email is rpatel22@outlook.com'],
      [60, 'l', 'Great, thanks.'],
    ],
    over: { endAfter: 400 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: SMS, number read back, "by tomorrow noon", polite sign-off with a way back; follow-up never recorded (4 days)',
    lines: [
      [0, 'p', 'Do u have the 2024 MD drivers manual in spanish'],
      [30, 'l', 'Hi! Chris from Harford County Public Library here. Print or PDF?'],
      [70, 'p', 'print pls'],
      [90, 'l', "We're out of print copies; the MVA posts the Spanish PDF at mva.maryland.gov. I'll ask Abingdon whether a print copy is coming and text you back at this number, 410-555-0163, by tomorrow noon. Does that work?"],
      [120, 'p', 'ok ty'],
      [130, 'l', "We have a few other people waiting, so I'll sign off here, but text us anytime if you need more. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0163' } },
    ctx: { now: T0 + 4 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: LibraryH3lp academic, "Did you get disconnected?" then "Closing this chat since it seems you\'ve left", no codes',
    lines: [
      [0, 'p', 'how do I get access to the Chronicle of Higher Education from off campus'],
      [12, 'l', "hi! Jess at Goucher Library here. are you getting a login error, or can't you find the link?"],
      [40, 'p', 'cant find the link'],
      [55, 'l', "It's under Databases A-Z > C > Chronicle of Higher Education on the library homepage; you'll be asked to sign in with your Goucher login. Does that help?"],
      [180, 'l', 'Did you get disconnected?'],
      [320, 'l', "Closing this chat since it seems you've left. Take care!"],
    ],
    over: { resolutionCode: undefined, endAfter: 0 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: school library, "This will have to be your last question for today", "Expect a reply from our reference team early next week"',
    lines: [
      [0, 'p', 'hi i need 3 sources about the chesapeake bay oysters for science'],
      [30, 'l', "Hello! I'm Ms. Grant, the librarian at Sample Middle School. Is it for a report or a poster?"],
      [60, 'p', 'report. and can you also find me pictures and a video and help with my bibliography'],
      [80, 'l', 'Start with the Chesapeake Bay Program site, chesapeakebay.net/issues/oysters. This will have to be your last question for today. Expect a reply from our reference team early next week about the pictures; what email should they use?'],
      [110, 'p', 'my school email is 2031456@students.example.org'],
      [120, 'l', 'Thank you, bye!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
];

describe('sixth round (B): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixth round (B): follow-ups, codes, transfers, idle patrons, dismissals, closings', followups);
describeSessions('sixth round (B): whole sessions, every check', whole);
