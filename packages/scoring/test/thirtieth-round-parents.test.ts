/**
 * Thirtieth round, third wave, area (K2): PARENTS AND CAREGIVERS. School enrollment and boundaries, a child's reading level
 * (Lexile, books for a reluctant reader), homeschool, childcare and pre-K, special education (IEP, 504), storytimes and summer
 * reading, kids' library cards, tutoring, a teen's volunteer hours. Parents write between other things, on phones, leave and
 * come back; providers suggest books, name the school district's office or the children's department with or without a way
 * to reach them, promise to send lists by e-mail (info.source, referral.contact, inquiry.clarify, followup.contact,
 * resolution.code, interest.keep_informed, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  asking about the child (clarify passes before the first source): "How old is he, and what does he like?", "What grade is
 *   she in?", "Kindly share the age of the child", "¿Qué edades tienen?", "does he like funny stuff or more adventure?";
 *  a book or a resource named (a source): "Dog Man by Dav Pilkey", "Diary of a Wimpy Kid", "NoveList K-8 on our e-resources
 *   page", "Beanstack at bcpl.beanstack.org", "hub.lexile.com/find-a-book", "the HCPSS school locator at hcpss.org/…";
 *   not a source: "the children's department has lots of graphic novels", "sign up on Beanstack" (an app, no way to reach it);
 *  referrals WITHOUT a way to reach the party (fail): "you'd need to call the district's enrollment office", "ask her
 *   teacher", "talk to your pediatrician", "the school's special ed coordinator is the person to ask", "ask at the children's
 *   desk next time you're in", "check with the guidance office";
 *  referrals WITH one (pass): "Office of Pupil Personnel, 410-555-0134", "The Parents' Place of Maryland: 410-555-0190",
 *   "the Volunteer Coordinator at volunteer@…", "stop by the children's desk at Central, 400 Cathedral St";
 *  staff consulted for the patron (no referral): "I'll check with our children's librarian and get back to you";
 *  the promised list (a follow-up session): "I'll e-mail you a longer list by Friday", "I'll send it over tonight", "someone
 *   from your library will e-mail you within 2 business days"; completeness about what is not yet given ("Would you like me to
 *   e-mail you a longer list?") does not count; "Do any of those sound like something he'd enjoy?" does.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the provider's own library's children's desk or department is a referral when the patron is told to go or ask there;
 * - a named book title is a named resource (a source); a series or a shelf described ("graphic novels") is not;
 * - "Happy reading!" as the last word is a parting wish: a goodbye (courteous passes);
 * - "gotta run" or "kids are up" alone is leaving, not saying the patron is done.
 *
 * - a patron's "brb" starts a wait on the provider like any patron message (Terms: "begins at a patron message"; later patron
 *   messages do not restart it): a provider who waits 4 minutes for the parent to come back fails keep_informed as written;
 * - "You file a notification form with your … office" tells the patron to write to an office: a referral (left, see LEFT).
 *
 * Written: 32 whole sessions (29 first, 3 more for the fixes; 1 in LEFT, 31 run), 31 short cases (23 first, 8 in a second
 * batch; 1 in LEFT), 16 cases in `guards` (4 more in the fixes' words, 12 near misses). First run: 7 of 81 tests failed on 10
 * statuses: followup.completeness 2,
 * resolution.code 1, followup.contact 1, followup.on_time 1, session.idle_checkin 1, session.disconnect_notice 1,
 * interest.keep_informed 1, referral.contact 1, info.source 1. Three were my labels, in two cases ("Let me take a look for
 * you." is a hold, so the final idle of the cut-short session starts at the check-in: idle and notice na; "brb" starts a
 * wait: keep_informed fails). The guards' first run found one gap of my own fix (the send family read, no time: fixed).
 * Fixed in block K2:
 *  - `givenOkK2` (classify.ts `givenOkK2`, read by completenessAt): "Is this as per your requirement?", "Is it as per your
 *    requirement?", "Is the information as per your need?", "Are the two books good for now?", "Are these titles okay for
 *    her?", "Are the links helpful so far?" [near misses: "Are the two books ok to hold for pickup?", "Are those dates okay
 *    for you?", "Is the pickup time as per your requirement?"];
 *  - `compileSendK2` (classify.ts `compileSendK2`, read by followUpPromise, so by resolution.code, followup.contact and
 *    followup.on_time): "I'll put together a list of graphic novels for him and send it over!", "I'll compile a list … and
 *    email it to you", "We'll pull together some 500L titles and send them your way" [near misses: "… and send them over
 *    right now in the chat", "I put together a list … and sent it over" (past), "… and send it to the North Branch", "I can
 *    put together a longer list and send it over if you like?" turned down].
 *  - referralParty (index 3, the rooms of a library): "childrens / kids / teen / teens / youth room" ("For more, call the
 *    Children's Room; they're at 410-555-0112 ext. 3.", "Stop by the Teen Room at Central and ask for Ms. Lee.") [near misses:
 *    "… are shelved in the children's room", "I'll ask the kids' room staff", "Baby storytime is in the Children's Room", and
 *    "transfer you to Lena Alvarez in our Children's Room" (an older N7 transfer: "in our / the … room" is where, not whom)].
 *    (Found by a second batch of 8 short cases, labelled before running: 1 of them failed, the scorer's.)
 * Left (2, each with its reason at the case): "You file a notification form with your local school system's home instruction
 * office" (writing to an office with no referring verb) not read as a referral; an unquoted title without its author
 * ("Diary of a Wimpy Kid is usually a good bet") not read as a named book.
 * ON v55 (block U): "You file a notification form with your local school system's home instruction office" (U4) reads as labelled
 *   and runs, in `READ_SINCE_LEFT`.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all, at } from './helpers';

/** A reluctant reader up to the parent's answer to the clarifying question. */
const READER: Line[] = [
  [0, 'p', 'hi my son is 9 and hates reading, any ideas for books he might actually like'],
  [20, 'l', "Hi! I'm Jo, a librarian with Ask Us at Sample County Library. What does he enjoy outside of reading, and does he like funny stuff?"],
  [55, 'p', 'video games and anything gross lol'],
];
/** A school question up to the parent's answer. */
const SCHOOL: Line[] = [
  [0, 'p', 'how do i find out which elementary school my new address is zoned for'],
  [20, 'l', 'Hello, this is Jo at AskUsNow! Which county is the new address in?'],
  [50, 'p', 'howard county, we close on the house next month'],
];
/** A summer reading question up to the parent's answer. */
const SUMMER: Line[] = [
  [0, 'p', 'how do my kids sign up for summer reading this year'],
  [20, 'l', 'Hi, Jo here with Ask Us at Sample County Library! How old are your kids?'],
  [45, 'p', '6 and 11'],
];
/** `base`, then the provider's `text` at 70 s, the parent's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const MOM = { name: 'Dana Price', email: 'dprice.family@example.com', phone: null };

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a reluctant 9-year-old: interests asked, Dog Man and the Last Kids on Earth, NoveList K-8; the parent is done',
    lines: [
      [0, 'p', 'Hi! my 9 yo son refuses to read anything. his teacher says he needs 20 min a night. any suggestions??'],
      [18, 'l', "Hi there, welcome to Ask Us! I'm Maggie, a children's librarian at Sample County Library. Oh, I hear this a lot, don't worry! What is he into? Sports, animals, video games, jokes?"],
      [60, 'p', 'minecraft and anything with potty humor honestly'],
      [75, 'l', "Perfect, that's a great starting point. Let me pull a few together for you."],
      [150, 'l', "Try Dog Man by Dav Pilkey (graphic novels, very silly), The Last Kids on Earth by Max Brallier (monsters, lots of pictures) and the Minecraft: Woodsword Chronicles series by Nick Eliopulos. For more read-alikes you can use NoveList K-8 on our e-resources page, samplelibrary.org/eresources. Do any of those sound like something he'd enjoy?"],
      [200, 'p', 'omg yes he would love dog man. thats all i needed, thank you!!'],
      [210, 'l', 'Yay! Happy reading, and thanks for chatting with Ask Us!'],
    ],
    exp: usual(),
  },
  {
    name: 'Lexile: "what lexile should a 4th grader be at", the grade-band chart and hub.lexile.com/find-a-book; "Is that what you were looking for?"',
    lines: [
      [0, 'p', "What Lexile level should a 4th grader be reading at? My daughter's report card says 640L and I can't tell if that's good."],
      [25, 'l', 'Hello, and thank you for contacting AskUsNow! My name is Priya and I am a librarian with Howard County Library System. Is she at the start or the end of 4th grade?'],
      [70, 'p', 'Middle, it was the winter report'],
      [85, 'l', "Thanks. One moment while I find MetaMetrics' chart."],
      [160, 'l', 'MetaMetrics, the company behind the Lexile measure, publishes typical ranges by grade at lexile.com/parents-students/lexile-grade-level-charts; mid-year 4th graders typically fall roughly between 445L and 810L, so 640L is right in the middle. You can also search books in her range at hub.lexile.com/find-a-book. Is that what you were looking for?'],
      [215, 'p', 'Yes, very helpful. Thank you!'],
      [225, 'l', 'You are welcome! Is there anything else I can help you with today?'],
      [250, 'p', 'No that is all'],
      [258, 'l', 'Have a wonderful evening, and thank you for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'school boundaries, Howard County: the HCPSS school locator and the Office of Pupil Personnel at 410-555-0134: referral passes',
    lines: [
      ...SCHOOL,
      [60, 'l', 'Congratulations on the house! Let me look that up.'],
      [130, 'l', "HCPSS has a school locator where you type in the address: hcpss.org/schools/locator. Boundaries can change for new developments, so to confirm before you enroll, call the Office of Pupil Personnel at 410-555-0134. Does that help?"],
      [170, 'p', 'perfect thank you. thats everything'],
      [178, 'l', 'Good luck with the move, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, boundaries: the locator, then "you\'d need to call the district\'s enrollment office" with no number: referral fails',
    lines: [
      [0, 'p', 'we live right on the line between two middle schools. which one does my kid go to? anne arundel'],
      [30, 'l', 'Hi, Ask Us, this is Ron at AACPL. What street are you on?'],
      [60, 'p', 'old mill rd near the park'],
      [75, 'l', "AACPS school locator: aacps.org/schoollocator. If the result looks off for your block you'd need to call the district's enrollment office, they make the final call on boundary streets. Did that answer it?"],
      [120, 'p', 'ok ill try that'],
      [130, 'l', 'Ok. Bye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'IEP evaluation: no advice on the child\'s case, MSDE\'s special education page and The Parents\' Place of Maryland with its phone',
    lines: [
      [0, 'p', "My 2nd grader is really struggling and I think she might need an IEP. How do I even start? The school keeps saying wait and see."],
      [22, 'l', "Hi, I'm Elena, a librarian with AskUsNow! at Baltimore County Public Library. I'm sorry it's been frustrating. I can't advise on her particular case, but I can find you the official process and people who help parents with it. Which county's schools is she in?"],
      [70, 'p', 'Baltimore County'],
      [80, 'l', 'Thank you, give me a minute.'],
      [170, 'l', "In Maryland you can ask the school in writing for an evaluation; the process and your rights are on the Maryland State Department of Education's special education page, marylandpublicschools.org/programs/Pages/Special-Education. The Parents' Place of Maryland helps families prepare for IEP meetings for free: you can reach them at 410-555-0190 or info@ppmd.example.org. Does this answer your question?"],
      [230, 'p', "Yes. I didn't know I could put it in writing. That's all I needed, thank you so much"],
      [240, 'l', "You're so welcome. Best of luck to you both, and come back anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '504 plan: the federal page, then "talk to your child\'s school counselor about it": referral fails',
    lines: [
      [0, 'p', 'whats the difference between a 504 and an iep? my son has adhd'],
      [20, 'l', 'Hi, this is Sam at Ask a Librarian. Is he in public school?'],
      [45, 'p', 'yes 6th grade'],
      [60, 'l', "The U.S. Department of Education's page on Section 504 at ed.gov/about/offices/list/ocr/504faq.html explains it: a 504 plan gives accommodations, an IEP gives specialized instruction too. Talk to your child's school counselor about which one fits him. Does that help?"],
      [100, 'p', 'yes it does thank u'],
      [108, 'l', 'Anything else I can help with?'],
      [130, 'p', 'no thats it'],
      [136, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'baby storytime times: the events calendar at once (no question), no completeness, "ok thx", "Bye!"',
    lines: [
      [0, 'p', 'when is baby storytime at elkridge'],
      [15, 'l', 'Hi, Jo at Ask Us here, Howard County Library.'],
      [25, 'l', 'Baby Storytime at Elkridge is listed on our calendar: hclibrary.org/events, filter by Elkridge and "Babies".'],
      [60, 'p', 'ok thx'],
      [65, 'l', 'Bye!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish, summer reading for two children: ages asked, Beanstack with its URL, "¿Algo más en que le pueda ayudar?"',
    lines: [
      [0, 'p', 'Hola, como inscribo a mis hijos en el programa de lectura de verano?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow!. ¿Qué edades tienen sus hijos?'],
      [60, 'p', 'tienen 5 y 8 años'],
      [75, 'l', 'Los dos pueden inscribirse en línea en Beanstack: samplelibrary.beanstack.org. Escoja "Niños" para cada uno y anote los minutos que leen. ¿Le ayuda esta información?'],
      [120, 'p', 'si muchas gracias'],
      [128, 'l', '¿Algo más en que le pueda ayudar?'],
      [150, 'p', 'no, es todo'],
      [156, 'l', '¡Que disfruten la lectura! Gracias por usar AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'a 5-year-old\'s first card: "stop by the children\'s desk at Central, 400 Cathedral St" with the address: referral passes',
    lines: [
      [0, 'p', 'can my 5 year old get her own library card?'],
      [20, 'l', "Hi! This is Kim with Ask Us at Enoch Pratt Free Library. She sure can! Do you live in Baltimore City?"],
      [50, 'p', 'yes we do'],
      [65, 'l', "Great. The card policy is at prattlibrary.org/library-cards: kids under 13 need a parent with photo ID to sign. Just stop by the Children's Department at Central, 400 Cathedral St, or any branch, and they'll set her up on the spot. Did that help?"],
      [110, 'p', 'yes! shes going to be so excited. thats all'],
      [118, 'l', 'Aww, enjoy! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'homeschool, a promised list: the e-mail repeated back and "by Friday"; Follow-up by me, not yet done: pending',
    lines: [
      [0, 'p', "We're starting to homeschool our 7 and 10 year olds this fall. Does the library have anything for homeschoolers?"],
      [25, 'l', "Hello, I'm Tess, a librarian with AskUsNow! at Frederick County Public Libraries. How exciting! Which subjects are you most looking for help with?"],
      [70, 'p', 'Mostly science and history. Curriculum ideas.'],
      [85, 'l', "We have a homeschool resources page at fcpl.org/homeschool with our programs and the Maryland rules. I'd like to put together a list of curriculum books and kits in our catalog for those ages; may I e-mail it to you? What's the best address?"],
      [130, 'p', 'Sure, dprice.family@example.com'],
      [140, 'l', "Thanks, that's dprice.family@example.com. I'll send the list by Friday. Does the homeschool page help in the meantime?"],
      [175, 'p', 'Yes it does, thank you! That is all for now.'],
      [182, 'l', 'Wonderful, talk soon. Thanks for using AskUsNow!'],
    ],
    over: { ...FU_ME, patron: MOM },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'sloppy: "I\'ll put together a list of graphic novels and send it over", no e-mail, no when, coded Answered',
    lines: [
      ...READER,
      [70, 'l', "Diary of a Wimpy Kid by Jeff Kinney is a classic for this. I'll put together a list of graphic novels for him and send it over!"],
      [110, 'p', 'awesome thanks'],
      [116, 'l', 'Bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the e-mail given, no time said: "I\'ll e-mail you a few more titles" (Follow-up by me): contact fails',
    lines: [
      ...READER,
      [70, 'l', "Try Diary of a Wimpy Kid and Captain Underpants, both in our catalog at samplelibrary.org/catalog. Want me to e-mail you a few more titles?"],
      [100, 'p', 'yes pls dprice.family@example.com'],
      [110, 'l', "Got it. I'll e-mail you a few more titles. Do those two sound good for now?"],
      [140, 'p', 'yes. thats all thanks'],
      [146, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: MOM },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'pre-K registration, the parent vanishes after the answer: check-in, then the disconnect notice with a way back',
    lines: [
      [0, 'p', 'when does pre-k registration open for baltimore county'],
      [20, 'l', 'Hi, Marcus here with Ask Us at Baltimore County Public Library. Is your child turning 4 by September 1?'],
      [55, 'p', 'yes in june'],
      [70, 'l', "BCPS posts pre-K registration dates and the eligibility rules at bcps.org/prek. Does that answer your question?"],
      [200, 'l', 'Are you still with me?'],
      [290, 'l', "It seems you've disconnected, so I'll close this chat. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'cut short: only the question, the parent gone before the greeting; check-in and notice; Lost Call',
    lines: [
      [0, 'p', 'is there a storytime in spanish anywhere in montgomery county'],
      [30, 'l', "Hi, I'm Ana with Ask Us at Montgomery County Public Libraries. Let me take a look for you."],
      [160, 'l', 'Are you still there?'],
      [260, 'l', "I haven't heard from you, so it looks like you've disconnected. I'm closing this chat; please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // (my label, corrected) "Let me take a look for you." is a hold: the final idle starts at the check-in (100 s), under both limits
    exp: all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }),
  },
  {
    name: 'tutoring for 7th grade math: HelpNow through the library, and "ask her school\'s guidance office" with no contact: referral fails',
    lines: [
      [0, 'p', 'does the library have free tutoring? my daughter is failing 7th grade math'],
      [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Does she need help in the evenings, or after school?"],
      [55, 'p', 'evenings mostly, im at work til 6'],
      [70, 'l', "Brainfuse HelpNow has live tutors every day from 2 to 11 pm, free with her library card: samplelibrary.org/helpnow. You could also ask her school's guidance office about their after-school program. Does that help?"],
      [120, 'p', 'yes thank you so much'],
      [128, 'l', "You're welcome! Anything else?"],
      [150, 'p', 'no thats everything'],
      [156, 'l', 'Good luck to her, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'teen volunteer hours: the library\'s Teen Volunteer page and the Volunteer Coordinator at her e-mail: referral passes',
    lines: [
      [0, 'p', 'my 14 year old needs service learning hours for school. can she volunteer at the library?'],
      [25, 'l', "Hello! This is Grace at AskUsNow!, Carroll County Public Library. Yes, teens 13 and up can volunteer. Does she need the hours for this summer?"],
      [60, 'p', 'yes she needs 20 by august'],
      [75, 'l', "The Teen Volunteer program and the application are at library.carr.org/teens/volunteer. For openings at your branch, e-mail our Volunteer Coordinator at volunteer@carr.example.org. Is that what you needed?"],
      [120, 'p', 'yes thats all, thank you'],
      [126, 'l', 'Thanks for chatting, and good luck to her!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'childcare scholarship, transferred to the children\'s desk with a note and a notice; Rosa gives the scholarship office\'s phone',
    lines: [
      [0, 'p', 'hi how do i apply for help paying for daycare in maryland'],
      [20, 'l', "Hello, I'm Jo at Ask Us, Sample County Library. Is your child under 5, or school age?"],
      [50, 'p', '2 and a half'],
      [60, 'l', "Thanks! My colleague Rosa in our Family Services team knows this best, so I'm transferring you to her now. One moment, please."],
      [63, 'i', 'Rosa: pt asks how to apply for child care subsidy in MD, child is 2.5. Over to you.'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [105, 'l', "Hi, Rosa here, picking up from Jo. Maryland's Child Care Scholarship program pays part of the cost; you apply at marylandchildcare.org/scholarship, and the Child Care Scholarship Central Office can help by phone at 1-877-555-0150. Does that help?", ROSA],
      [160, 'p', 'yes! thats all i needed'],
      [166, 'l', 'Wonderful, take care!', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'transfer without a note: the notice, then the transfer with no internal message; the second provider answers',
    lines: [
      [0, 'p', 'hi my son has a lot of fines on his kids card, can he still use it'],
      [20, 'l', 'Hello, Jo at Ask Us here. Which library system is his card from?'],
      [50, 'p', 'harford county'],
      [58, 'l', "I'll transfer you to a Harford County librarian who can see his account. Please hold."],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', 'Hi, Rosa from Harford County Public Library. Kids\' cards don\'t block for fines anymore: hcplonline.org/finefree explains it. Did that answer your question?', ROSA],
      [140, 'p', 'yes, thats everything'],
      [146, 'l', 'Great, have a good day!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'British, an advanced 7-year-old: reading age asked, BookTrust\'s Bookfinder; "that\'s all, ta"',
    lines: [
      [0, 'p', "Hiya, my daughter's 7 but her reading age is about 10. Struggling to find books that aren't too grown-up for her. Any ideas?"],
      [22, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Siobhan. Lovely problem to have! Does she prefer stories or non-fiction?"],
      [60, 'p', 'Stories, animals especially'],
      [78, 'l', "Have a look at The Wild Robot by Peter Brown and Michael Morpurgo's Kensuke's Kingdom, both gentle but rich. BookTrust's Bookfinder lets you filter by age and reading level: booktrust.org.uk/books-and-reading/bookfinder. Are those the sort of thing you were after?"],
      [125, 'p', "Smashing, that's all I needed, ta."],
      [132, 'l', 'Lovely, thanks for getting in touch and happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English macro style, books on autism for a sibling: "Kindly share the age of the child", picture books, "Do revert"',
    lines: [
      [0, 'p', 'Need books to explain autism to my 6 year old whose baby brother was just diagnosed'],
      [20, 'l', 'Good evening and welcome to Ask a Librarian. This is Anand from the library team. Kindly share whether your child prefers picture books or early readers?'],
      [65, 'p', 'picture books'],
      [80, 'l', 'Kindly find below some titles available in our catalogue (samplelibrary.org/catalog): "My Brother Charlie" by Holly Robinson Peete, "A Friend for Henry" by Jenn Bailey, and "Since We\'re Friends" by Celeste Shally. Is this as per your requirement?'],
      [130, 'p', 'yes thank you this is perfect'],
      [140, 'l', 'Is there any other query I may assist you with?'],
      [165, 'p', 'no'],
      [170, 'l', 'Thank you for contacting us. Do revert in case of any further query. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak parent on a phone: summer reading prizes, a hold and then 3 minutes of silence: keep_informed fails',
    lines: [
      ...SUMMER,
      [55, 'l', 'Let me check what the prizes are this year.'],
      [240, 'l', 'Kids 6 and up earn a free book at 10 hours and a pool pass at 20; sign up on Beanstack at samplelibrary.beanstack.org. Does that help?'],
      [270, 'p', 'ya tysm thats all'],
      [276, 'l', 'Have fun reading, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'the provider leaves for other chats: "I\'ve got several other chats going so I need to go. Bye." with no way back: dismissal fails',
    lines: [
      [0, 'p', 'hi need help finding books for my twins 3rd grade book report, also what time does storytime start, also can i renew online'],
      [20, 'l', 'Hi, Jo at Ask Us here. What kind of book does the report need, fiction or biography?'],
      [50, 'p', 'biography'],
      [65, 'l', 'The Who Was? series is great for 3rd grade, e.g. Who Was Harriet Tubman? in our catalog at samplelibrary.org/catalog. Does that help?'],
      [100, 'p', 'yes and what about storytime and renewing'],
      [110, 'l', "I've got several other chats going so I need to go. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'the polite variant: "other patrons are waiting, please start a new chat for the rest anytime": dismissal passes',
    lines: [
      [0, 'p', 'hi need books on dinosaurs for my 5 yr old, and also how do i get a card for him'],
      [20, 'l', 'Hello! This is Jo with Ask Us. Does he like true facts or stories about dinosaurs?'],
      [45, 'p', 'facts'],
      [60, 'l', "National Geographic Little Kids First Big Book of Dinosaurs is a favourite; it's at samplelibrary.org/catalog. Did that help?"],
      [90, 'p', 'yes. and the card?'],
      [100, 'l', "Kids' cards are explained at samplelibrary.org/cards. We have other patrons waiting right now, so please start a new chat anytime if you have more questions. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'cooperative provider, a lost kid\'s card: "someone from Anne Arundel will e-mail you within 2 business days" to the address repeated back; done in 30 h',
    lines: [
      [0, 'p', "My son lost his library card, how much is a replacement? We're in Anne Arundel"],
      [35, 'l', "Hi, I'm Chris, a librarian with the Ask a Librarian cooperative, answering for Anne Arundel County Public Library tonight. Is his card a juvenile card?"],
      [70, 'p', "yes he's 8"],
      [85, 'l', "AACPL's card page is aacpl.net/services/library-cards, but it doesn't list a juvenile fee. I'll pass your question on, and someone from Anne Arundel will e-mail you within 2 business days. What e-mail should they use?"],
      [120, 'p', 'dprice.family@example.com'],
      [128, 'l', "Thanks, that's dprice.family@example.com. Is there anything else I can help with tonight?"],
      [150, 'p', 'no thats it thank you'],
      [156, 'l', 'Thanks for your patience, good night!'],
    ],
    over: { ...FU_LIB, patron: MOM, followUps: [{ doneAt: at(30 * 3600), by: 'aacpl', note: 'juvenile replacement is free' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a promised list done late: "I\'ll e-mail a list of Lexile 700-800 books by tomorrow" to the e-mail given; recorded after 100 h',
    lines: [
      [0, 'p', 'my son lexile is 750L, he is 10. what books he can read? we are new in this country'],
      [25, 'l', 'Hello and welcome! I am Mei, a librarian at Ask Us, Sample County Library. What does your son like to read about?'],
      [70, 'p', 'He like soccer and science'],
      [90, 'l', 'Good choices: "Soccer Hero" by Jake Maddox and "The Magic School Bus" chapter books are around his level. I can e-mail you a longer list of books in 700L-800L by tomorrow. What is your e-mail?'],
      [140, 'p', 'li.wei.home@example.com'],
      [150, 'l', 'Thank you, I will send it to li.wei.home@example.com by tomorrow. Are the two books good for now?'],
      [185, 'p', 'yes thank you very much, it is all'],
      [192, 'l', 'You are welcome. Goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Li Wei', email: 'li.wei.home@example.com', phone: null }, followUps: [{ doneAt: at(100 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'storytime, the parent goes quiet after the answer; a goodbye 3+ minutes later with no check-in: idle and notice fail',
    lines: [
      [0, 'p', 'do you have toddler storytime on saturdays'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library! Which branch is closest to you?'],
      [50, 'p', 'north branch'],
      [65, 'l', 'North Branch has Toddler Time Saturdays at 10:30; the calendar is at samplelibrary.org/events. Does that help?'],
      [270, 'l', 'Thanks for chatting with Ask Us!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // (my label, corrected) waiting on the provider begins at any patron message, "brb" included, and the parent's return does
    // not restart it: 255 s without a provider message fails, literally read
    name: 'the parent leaves and comes back: "brb kids fighting", back 4 minutes later; the provider waited: keep_informed fails as written',
    lines: [
      [0, 'p', 'looking for chapter books for a 2nd grader who just finished magic tree house'],
      [20, 'l', "Hi, I'm Jo with Ask Us at Sample County Library! Does she want more adventure like that, or something funny?"],
      [45, 'p', 'brb kids fighting'],
      [290, 'p', 'sorry! adventure'],
      [300, 'l', 'No problem at all! Try the Zoey and Sassafras series by Asia Citro, or Kingdom of Wrenly by Jordan Quinn; both in our catalog at samplelibrary.org/catalog. Do those sound like a good fit?'],
      [340, 'p', 'yes perfect. thats all i needed'],
      [346, 'l', 'Happy reading, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'student worker, kindergarten enrollment documents: "ask the front office at your school" with no contact, and "does that make sense?"',
    lines: [
      [0, 'p', 'what papers do i need to enroll my kid in kindergarten in pg county'],
      [20, 'l', 'hey! im Tyler, student assistant at the UMD Libraries Ask Us chat. is this for the coming school year?'],
      [50, 'p', 'yes fall'],
      [65, 'l', 'pgcps lists it at pgcps.org/enrollment: birth certificate, proof of address, immunization record. the front office at your school can tell u if they need anything extra, ask them when u drop off the forms. does that make sense?'],
      [105, 'p', 'yep thx thats all'],
      [110, 'l', 'np, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- more sessions for the fixes (givenOkK2, compileSendK2), labelled before running -----------------------------------------
  {
    name: 'Indian English, Lexile chart: "Please find the chart at … Is it as per your requirement?"',
    lines: [
      [0, 'p', 'school sent lexile 520L for my daughter in grade 3 is it low'],
      [25, 'l', 'Good afternoon, welcome to Ask a Librarian. This is Deepa from the library. May I know if the school mentioned any target range?'],
      [70, 'p', 'no they only gave the number'],
      [85, 'l', 'Please find the grade-wise Lexile chart at lexile.com/parents-students/lexile-grade-level-charts; grade 3 readers are usually between about 420L and 820L, so 520L is within range. Is it as per your requirement?'],
      [140, 'p', 'ok good. thank you that is all'],
      [148, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    name: 'homeschool science kits: "I\'ll compile a list of the kits and email it to you", no e-mail asked, no time, coded Answered',
    lines: [
      [0, 'p', 'do you lend science kits to homeschool families? kids are 8 and 11'],
      [20, 'l', "Hi, I'm Jo with Ask Us at Sample County Library! Are you looking for a particular topic, like circuits or microscopes?"],
      [55, 'p', 'anything with electricity'],
      [70, 'l', "Yes, we lend STEM kits; they're in the catalog at samplelibrary.org/catalog under \"STEM kit\". I'll compile a list of the electricity ones for their ages and email it to you. Does that help for now?"],
      [110, 'p', 'great thank you thats all'],
      [116, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a late-talker, books for a 2-year-old: "Are these titles okay for her?" and the parent done',
    lines: [
      [0, 'p', 'any board books that help with speech for a 2 yr old? shes not talking much yet'],
      [22, 'l', "Hello! I'm Rita, a children's librarian with AskUsNow!. Does she like animals, or songs and rhymes more?"],
      [60, 'p', 'animals!!'],
      [78, 'l', 'Try "Brown Bear, Brown Bear, What Do You See?" by Bill Martin Jr. and "Dear Zoo" by Rod Campbell; the repetition invites her to join in. Are these titles okay for her?'],
      [120, 'p', 'yes perfect, thats all i needed'],
      [128, 'l', 'Happy reading, and thanks for chatting!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- sources: a book or a resource named, or not ------------------------------------------------------------------------
  { name: '"Try Dog Man by Dav Pilkey." (a book named): source passes', lines: then(READER, 'Try Dog Man by Dav Pilkey, it is hugely popular. Does that sound good?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"The children\'s department has lots of graphic novels." (no resource named): source fails', lines: then(READER, "Our children's department has lots of graphic novels he might like. Does that help?"), exp: some({ source: 'fail' }) },
  { name: '"Sign up on Beanstack." (an app, no way to reach it): source fails', lines: then(SUMMER, 'Both of them can sign up on Beanstack, just search for our library in the app. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"Sign up on Beanstack at samplelibrary.beanstack.org." : source passes', lines: then(SUMMER, 'Both of them can sign up on Beanstack at samplelibrary.beanstack.org. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- clarify -------------------------------------------------------------------------------------------------------------
  { name: 'books suggested at once, no question about the child: clarify fails', lines: [[0, 'p', 'books for a reluctant reader?'], [20, 'l', "Hi, Jo at Ask Us here! Try Dog Man by Dav Pilkey and Bad Guys by Aaron Blabey. Do those help?"], [60, 'p', 'thanks thats all'], [65, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass', anything: 'pass' }) },
  { name: '"What grade is she in?" before the source: clarify passes', lines: [[0, 'p', 'need books for my daughter'], [20, 'l', "Hi, Jo at Ask Us here! What grade is she in?"], [50, 'p', '3rd'], [60, 'l', 'The Ivy + Bean series by Annie Barrows is perfect for 3rd grade. Did that help?'], [90, 'p', 'yes'], [95, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- referrals without a way to reach the party: fail --------------------------------------------------------------------
  { name: '"Ask her teacher which level she should be reading at."', lines: then(READER, 'Captain Underpants by Dav Pilkey is a good start. Ask his teacher which level he should be reading at, too. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Talk to your pediatrician about the speech delay."', lines: then(READER, 'The book Whistle for Willie is lovely for him. If you are worried about his speech, talk to your pediatrician. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The school\'s special ed coordinator is the person to ask."', lines: then(SCHOOL, "The HCPSS special education page is hcpss.org/special-education. Your school's special ed coordinator is the person to ask about the IEP transfer. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Ask at the children\'s desk next time you\'re in." (own library, told to ask there, no contact)', lines: then(READER, "The Last Kids on Earth by Max Brallier is great. Ask at the children's desk next time you're in and they'll pull more for him. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Check with the guidance office about volunteer hours."', lines: then(SCHOOL, 'Student service learning rules are at hcpss.org/ssl. Check with the guidance office about which hours count. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referrals with one: pass ---------------------------------------------------------------------------------------------
  { name: '"call the Children\'s Department at 410-555-0177"', lines: then(READER, "Dog Man by Dav Pilkey is a great start. For a stack of read-alikes, call our Children's Department at 410-555-0177. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"e-mail the Office of School Boundaries at boundaries@hcpss.example.org"', lines: then(SCHOOL, 'The locator is at hcpss.org/schools/locator. If your street is not listed, e-mail the Office of School Boundaries at boundaries@hcpss.example.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- staff consulted for the patron: no referral (a promise: a follow-up session) -------------------------------------------
  { name: '"I\'ll check with our children\'s librarian and get back to you by tomorrow" (staff consulted): no referral', lines: [...READER, [70, 'l', "Captain Underpants is a good start. I'll check with our children's librarian for more and get back to you by tomorrow at dprice.family@example.com, is that right?"], [100, 'p', 'yes thats right, thanks'], [106, 'l', 'Take care, bye!']], over: { ...FU_ME, patron: MOM }, exp: some({ referral: 'na', contact: 'pass', code: 'pass' }) },
  // ---- completeness about what is given, or not yet given ---------------------------------------------------------------------
  { name: '"Do any of those sound like something he\'d enjoy?" after titles: completeness passes', lines: then(READER, 'Try Dog Man or The Bad Guys. Do any of those sound like something he would enjoy?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like me to e-mail you a longer list?" (not yet given): completeness fails', lines: [...READER, [70, 'l', 'Try Dog Man by Dav Pilkey. Would you like me to e-mail you a longer list?'], [100, 'p', 'no thats ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  // ---- the promised list -----------------------------------------------------------------------------------------------------
  { name: 'the parent gives the e-mail, "Got it, I\'ll send the list tonight": contact passes', lines: [...READER, [70, 'l', 'Dog Man is a great start. I can send you a longer list, what e-mail should I use?'], [100, 'p', 'dprice.family@example.com'], [110, 'l', "Got it, I'll send the list tonight. Thanks for chatting!"]], over: { ...FU_ME, patron: MOM }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll send you some more titles later" coded Answered, no e-mail: code and contact fail', lines: [...READER, [70, 'l', "Dog Man is a great start. I'll send you some more titles later!"], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ code: 'fail', contact: 'fail' }) },
  // ---- the parent done, or not ----------------------------------------------------------------------------------------------
  { name: '"thats all for now, gotta run to pickup" : the parent is done', lines: [...READER, [70, 'l', 'Try Dog Man by Dav Pilkey. Does that help?'], [100, 'p', 'yes!! thats all for now, gotta run to pickup'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok gotta go the kids are up" (leaving, not done): anything else fails', lines: [...READER, [70, 'l', 'Try Dog Man by Dav Pilkey. Does that help?'], [100, 'p', 'ok gotta go the kids are up'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- goodbyes -------------------------------------------------------------------------------------------------------------
  { name: '"Happy reading!" as the last word: courteous passes', lines: [...READER, [70, 'l', 'Try Dog Man by Dav Pilkey. Does that help?'], [100, 'p', 'yes thats all'], [106, 'l', 'Happy reading!']], exp: some({ courteous: 'pass' }) },
  // ---- keep informed --------------------------------------------------------------------------------------------------------
  { name: 'holds every 90 s while searching the Lexile lists: keep_informed passes', lines: [...READER, [65, 'l', 'Let me look for some in his range.'], [155, 'l', 'Still looking, almost there.'], [245, 'l', 'Try Dog Man by Dav Pilkey. Does that help?'], [280, 'p', 'yes thats all'], [285, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- a second batch, labelled before running ---------------------------------------------------------------------------------
  { name: '"The Children\'s Room can help too; they\'re at 410-555-0112 ext. 3." : referral passes', lines: then(READER, "Dog Man by Dav Pilkey is a start. For more, call the Children's Room; they're at 410-555-0112 ext. 3. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "Llame a la oficina de inscripción del distrito." (no number): referral fails', lines: then(SCHOOL, 'El localizador de escuelas está en hcpss.org/schools/locator. Si tiene dudas, llame a la oficina de inscripción del distrito. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"Your child\'s IEP case manager is the one to contact about that." : referral fails', lines: then(SCHOOL, "HCPSS special education is at hcpss.org/special-education. Your child's IEP case manager is the one to contact about the transfer. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"thats everything, thanks a million" : the parent is done', lines: [...READER, [70, 'l', 'Try Dog Man by Dav Pilkey. Does that help?'], [100, 'p', 'yes thats everything, thanks a million'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Let me know if these work for him!" after titles: completeness passes', lines: then(READER, 'Try Dog Man by Dav Pilkey and The Bad Guys by Aaron Blabey. Let me know if these work for him!'), exp: some({ complete: 'pass' }) },
  { name: 'the list by tomorrow, the e-mail given by the parent after the question: contact passes', lines: [...READER, [70, 'l', "Dog Man is a start. I'll email you a longer list by tomorrow, what's your email?"], [100, 'p', 'dprice.family@example.com thx'], [106, 'l', 'Thanks, talk soon!']], over: { ...FU_ME, patron: MOM }, exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }) },
  { name: 'Australian: "Have a squiz at the Premier\'s Reading Challenge booklists at online.det.nsw.edu.au/prc" : source passes', lines: then(READER, "Have a squiz at the Premier's Reading Challenge booklists at online.det.nsw.edu.au/prc, heaps there for his age. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'Australian: "Ring the school\'s front office on 02 5550 1234." : referral passes', lines: then(SCHOOL, "The catchment map is at schoolfinder.education.nsw.gov.au. Ring the school's front office on 02 5550 1234 to confirm your street. Does that help?"), exp: some({ referral: 'pass' }) },
];

export const guards: SessionCase[] = [
  // compileSendK2, in other words: a promise with no time
  { name: '"We\'ll pull together some 500L titles and send them your way" coded Answered: code and contact fail', lines: [...READER, [70, 'l', "Dog Man by Dav Pilkey is a start. We'll pull together some 500L titles and send them your way. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }) },
  // near misses of compileSendK2: now, done, not to the patron, an offer
  { name: 'near miss: "I\'ll put together a list and send it over right now in the chat" : no promise', lines: [...READER, [70, 'l', "Dog Man by Dav Pilkey is a start. I'll put together a few more and send them over right now in the chat. Does that help?"], [100, 'p', 'ok thanks thats all'], [106, 'l', 'Take care, bye!']], exp: some({ code: 'pass', contact: 'na', onTime: 'na' }) },
  { name: 'near miss: "I put together a list and sent it over to your school" (done, past): no promise', lines: [...READER, [70, 'l', 'Last year I put together a list of funny books and sent it over to the schools; Dog Man by Dav Pilkey tops it. Does that help?'], [100, 'p', 'ok thanks thats all'], [106, 'l', 'Take care, bye!']], exp: some({ code: 'pass', contact: 'na', onTime: 'na' }) },
  { name: 'near miss: "I\'ll put together a display and send it to the branch" (not to the patron): no promise', lines: [...READER, [70, 'l', "Dog Man by Dav Pilkey is a start. Great idea for a display too, I'll put together a gross-books cart and send it to the North Branch. Does that help?"], [100, 'p', 'ok thanks thats all'], [106, 'l', 'Take care, bye!']], exp: some({ code: 'pass', contact: 'na', onTime: 'na' }) },
  { name: 'near miss: "I can put together a list and send it over if you like?" and "no thanks": no promise', lines: [...READER, [70, 'l', 'Dog Man by Dav Pilkey is a start. I can put together a longer list and send it over if you like?'], [100, 'p', 'no thanks this is enough, thats all'], [106, 'l', 'Take care, bye!']], exp: some({ code: 'pass', contact: 'na', onTime: 'na' }) },
  // givenOkK2, in other words
  { name: '"Are the links helpful so far?" after two URLs: completeness passes', lines: then(SUMMER, 'Sign-up is at samplelibrary.beanstack.org and the prizes are at samplelibrary.org/summer. Are the links helpful so far?'), exp: some({ complete: 'pass' }) },
  { name: '"Is the information as per your need?" : completeness passes', lines: then(SCHOOL, 'The HCPSS school locator is at hcpss.org/schools/locator. Is the information as per your need?'), exp: some({ complete: 'pass' }) },
  // near misses of givenOkK2: a plan, no given item, not the answer
  { name: 'near miss: "Are the two books ok to hold for pickup?" (a plan): completeness fails', lines: then(READER, 'Dog Man and The Bad Guys are both in at North Branch, see samplelibrary.org/catalog. Are the two books ok to hold for pickup?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Are those dates okay for you?" (the sessions\' dates, a plan): completeness fails', lines: then(SUMMER, 'The kickoff parties are June 14 and 21, on samplelibrary.org/summer. I can sign you up for one. Are those dates okay for you?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is the pickup time as per your requirement?" (not the answer): completeness fails', lines: then(SCHOOL, 'The locator is at hcpss.org/schools/locator. I have put the printed map on hold at the desk for 5 pm. Is the pickup time as per your requirement?'), exp: some({ complete: 'fail' }) },
  // childrens room (referralParty), in other words
  { name: '"Stop by the Teen Room at Central and ask for Ms. Lee." (no contact): referral fails', lines: then(READER, 'Dog Man is a start. Stop by the Teen Room at Central and ask for Ms. Lee. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"e-mail the Kids\' Room at kidsroom@samplelibrary.org" : referral passes', lines: then(READER, "Dog Man is a start. For a bag of read-alikes, e-mail the Kids' Room at kidsroom@samplelibrary.org. Does that help?"), exp: some({ referral: 'pass' }) },
  // near misses: the room as a place, staff consulted
  { name: 'near miss: "Picture books like it are shelved in the children\'s room." : no referral', lines: then(READER, "Dog Man by Dav Pilkey is a start; graphic novels like it are shelved in the children's room. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll ask the kids\' room staff for more and post them here" (staff consulted): no referral', lines: then(READER, "Dog Man by Dav Pilkey is a start. I'll ask the kids' room staff for more and post them here in a minute. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'m transferring you to Rosa in our Kids\' Room" (where the colleague works): no referral', lines: [...READER, [62, 'l', "I'm transferring you to Rosa in our Kids' Room, she knows the gross-out books best. One moment!"], [64, 'i', 'Rosa: reluctant 9yo reader, likes video games and gross humour, wants book ideas.'], [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')], [100, 'l', 'Hi, Rosa here! Try Dog Man by Dav Pilkey. Does that help?', ROSA], [130, 'p', 'yes thats all'], [136, 'l', 'Happy reading, bye!', ROSA]], exp: some({ referral: 'na', transfer: 'pass' }) },
  { name: 'near miss: "Baby storytime is in the Children\'s Room on Tuesdays." : no referral', lines: then(SUMMER, "Baby storytime is in the Children's Room on Tuesdays at 10, see samplelibrary.org/events. Does that help?"), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: an unquoted title without its author ("Diary of a Wimpy Kid is usually a good bet") is not read as a named book
  { name: '"Diary of a Wimpy Kid is a good bet for him." (a title): source passes', lines: then(READER, 'Diary of a Wimpy Kid is usually a good bet at that age. Does that help?'), exp: some({ source: 'pass' }) },
];

describe('thirtieth round (K2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (K2): parents and caregivers, every check', whole);
describeSessions('thirtieth round (K2): parents and caregivers, short cases', short);
if (guards.length > 0) describeSessions('thirtieth round (K2): parents and caregivers, near misses of the changes', guards);

describeLeft('thirtieth-round-parents', LEFT);

/** (v55) Cases once LEFT that read as labelled now, labels unchanged. */
const READ_SINCE_LEFT: SessionCase[] = [
  // v55 U4: "You file a notification form with your local school system's home instruction office" is a paper filed with a party
  // (FILE_WITH_U4), no contact: fails
  {
    name: 'scripted macros, Maryland homeschool rules: COMAR on the web, "your local school system\'s home instruction office" without a contact',
    lines: [
      [0, 'p', 'What are the legal requirements to homeschool in Maryland?'],
      [10, 'l', 'Welcome to Ask a Librarian! A librarian will be with you shortly.'],
      [40, 'l', 'Hello, my name is Pat. Are you asking about starting to homeschool, or about the yearly reviews?'],
      [80, 'p', 'starting. we want to pull our daughter out in january'],
      [95, 'l', 'The rules are in COMAR 13A.10.01, which MSDE explains at marylandpublicschools.org/about/Pages/DSFSS/Home-Instruction. You file a notification form with your local school system\'s home instruction office at least 15 days before you begin. Does this completely answer your question?'],
      [150, 'p', 'Yes thanks'],
      [155, 'l', 'Is there anything else I can help you with today?'],
      [180, 'p', 'no'],
      [185, 'l', 'Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describeSessions('thirtieth-round-parents: once left, now read as labelled', READ_SINCE_LEFT);
