/**
 * Thirty-first round, area (M4): TEACHERS AND SCHOOL STAFF. Class sets and bulk loans, teacher and educator cards, curriculum
 * and standards, lesson sources (databases for students, primary sources, read-alikes for a unit), class visits and a
 * librarian's school visit (outreach, youth services), library-card sign-up drives, research guides for an assignment, a school
 * librarian asking about interlibrary loan, homeschool co-ops, professional development credits (followup.contact,
 * followup.on_time, resolution.code, referral.contact, info.source, inquiry.clarify, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  passing the request on (a follow-up promise: "someone from your library will contact you"): "I have sent your request to
 *   them … Someone from Youth Services will e-mail you by Friday", "I'll pass your request along to her, and she'll contact
 *   you within two business days", "someone will contact you this week to schedule the visit", "She'll call you tomorrow
 *   afternoon", "ill send it to our youth services team, someone will reach out to you" (no when), "Our outreach coordinator
 *   will call you on Monday";
 *  the e-mailed list (a promise): "I'd like to put together a fuller list … and e-mail it", "I can also look for more and e-mail
 *   you what I find", "I'll e-mail you the list by tomorrow";
 *  the library's own department, the patron told to contact it (a referral): "contact our Interlibrary Loan office at …",
 *   "call them at 410-555-0100", "Please e-mail her at mlopez@…", "You'll want to contact our Youth Services department
 *   directly" (no contact), "llame a Servicios Juveniles al …", "ask at the circulation desk at any branch" (none);
 *  staff consulted on the teacher's behalf (no referral): "Let me check with our Youth Services manager", "I checked with our
 *   youth services librarian", "Let me ask our Youth Services coordinator, hang on";
 *  outside parties: "check with your district's professional development office", "Ask your principal whether …", "Your school
 *   office can tell you whether you subscribe", "the Schools Library Service on 0161 … or at sls@…";
 *  sources: the Teacher Services page, the bulk loan form, LOC primary source sets, docsteach.org, ERIC on the A-Z list,
 *   NoveList K-8 Plus, a research guide, books by author.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the provider passing the request to a department whose staff "will contact you" is a follow-up promise (Terms: "someone
 *   from your library will contact you"), not a referral (the teacher is not told to contact them); the code must be a
 *   follow-up code, and the e-mail or phone must be given or repeated in the chat with a when ("by Friday", "this week",
 *   "within two business days", "tomorrow afternoon");
 * - a department the teacher is told to call or write to ("call them at …", "fill out … and they'll get back to you with
 *   dates") is a referral; that department's own reply after the teacher writes is no promise by the provider;
 * - a form to fill in at a URL with no party named is a source, not a referral; "book a visit with our youth services staff
 *   at <URL>" refers (K4's reading of booking with staff);
 * - "gotta run to class" is leaving, not saying the patron is done (as K2's "gotta run");
 * - "Have a great class!", "Enjoy the unit" as the last word are parting wishes: goodbyes;
 * - "Your school office can tell you whether …" tells the teacher whom to ask: a referral (as I5's "a pharmacist can answer");
 * - "Please have your principal e-mail our outreach coordinator at …" tells the teacher to have the school write to the
 *   department: a referral with its e-mail (left: the scorer reads no referral).
 *
 * Written: 34 whole sessions (28 first, 6 more for the fixes; 1 in LEFT, 33 run), 32 short cases (25 first, 7 in a second
 * batch labelled before running; 1 in LEFT), 9 near misses in `guards`. First run: 4 of 81 tests failed on 6 statuses:
 * resolution.code 1, followup.contact 1, followup.on_time 1 (one case), approachability.greeting 1, referral.contact 2. None
 * was my label. The second batch: 2 of 7 failed on 4 statuses (resolution.code, followup.contact, followup.on_time in one
 * case, referral.contact 1), none my label. Fixed in block M4:
 *  - `patronFirstM4` (classify.ts `patronFirstM4`, read by promiseNow, so by resolution.code, followup.contact and
 *    followup.on_time): a third party's "and they'll get back to you", ", they will contact you", ", our youth services team
 *    will contact you" after the patron's own call, e-mail or form in the same sentence, with no act of the provider's there,
 *    is the department answering the teacher, not the provider's promise ("You can call them at 410-555-0100, or fill out the
 *    class visit request at … and they'll get back to you with dates.", "If you e-mail our Outreach office at … with two or
 *    three dates, they will contact you to confirm.", "just submit the Teacher Bulk Loan form at …, and the north branch staff
 *    will call you when the set is ready", "Once you've filled out the form at …, our youth services team will contact you
 *    within a week.") [near misses: "I'll pass your request along …, and they'll get back to you by Friday", "Just send me
 *    your e-mail and she'll contact you by Wednesday", "I've forwarded it …, you can also call them …, and they'll get back to
 *    you", "Once I've sent the form to them, our youth services team will contact you", "Once you've picked up the set, our
 *    youth services team will contact you about the next one"];
 *  - `askUsLibrarianM4` (classify.ts `askUsNameK4`): "Ask Us librarian" closing its sentence is the service's name before
 *    the provider's role ("Hi, Bob, Ask Us librarian.", "G'day, Bec, Ask Us librarian.", "Hello! Ask Us librarian, Maddie.")
 *    [near misses: "Have you asked an Ask Us librarian before?", "Hi! Ask Us librarian Maria can help with that tomorrow
 *    morning."];
 *  - referralParty (a `plus`): the Spanish names of a library's own departments, "servicios juveniles / infantiles / para
 *    jóvenes / de extensión / al público …" ("Llame a Servicios Juveniles para programar la visita.", "llame a Servicios para
 *    Jóvenes de su sucursal", "escriba a Servicios de Extensión a extension@…") [near misses: "Los Servicios Juveniles tienen
 *    cuentos los sábados; el calendario está en …", "Visite la página de Servicios Juveniles en samplelibrary.org/ninos"].
 * Left (2, each with its reason at the case): "…, and you can request a Romans box from the Schools Library Service on 0161 …"
 * not read as a referral of its own, so its contact passes the school office's referral; "Please have your principal e-mail
 * our outreach coordinator at …" not read as a referral.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, DAY, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, T0, usual, xferToRosa } from './helpers';

/** A class-set question up to the teacher's answer to the clarifying question. */
const CLASS: Line[] = [
  [0, 'p', 'Hi, I teach 4th grade at Elm Creek Elementary. Can I borrow a class set of Because of Winn-Dixie?'],
  [20, 'l', "Hi, I'm Jo, a librarian at Ask Us, Sample County Library. How many copies do you need, and by when?"],
  [50, 'p', '26 copies by March 20 please'],
];
/** A school-visit question up to the teacher's answer. */
const VISIT: Line[] = [
  [0, 'p', 'hello, could a librarian visit our school for a career day or a reading assembly this spring?'],
  [25, 'l', 'Hello, this is Jo with Ask Us at Sample County Library. Which school is it, and which month were you thinking of?'],
  [60, 'p', 'Hillside Middle, sometime in April'],
];
/** `base`, then the provider's `text` at 70 s, the teacher's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** A teacher known in the patron fields. */
const ORTIZ = { name: 'L. Ortiz', email: 'ms.ortiz@example.org', phone: null };

export const whole: SessionCase[] = [
  {
    // reading: the request passed to Youth Services, who "will e-mail you by Friday": a follow-up by the library, no referral
    name: 'formal teacher, a class set of Number the Stars: the Teacher Services page, the request passed on, e-mail repeated, "by Friday": contact and on time pass',
    lines: [
      [0, 'p', 'Good morning. I am a fifth-grade teacher at Glenwood Elementary and I would like to borrow a class set of Number the Stars (28 copies) for a unit starting March 16. Is that possible?'],
      [35, 'l', "Good morning, and thank you for contacting Ask Us at Howard County Library System! My name is Alicia. We do lend class sets to teachers. Do you have a Teacher Card with us, or are you using a personal library card?"],
      [90, 'p', 'I have a Teacher Card.'],
      [100, 'l', 'Wonderful. Let me check what we have for that title, one moment.'],
      [170, 'l', 'We own 31 copies of Number the Stars across the system. Class sets are pulled by our Youth Services team; the rules (up to 35 copies for 6 weeks) are on our Teacher Services page at hclibrary.org/teachers. I have sent your request to them; what e-mail address should they use to confirm the pickup?'],
      [215, 'p', 'k.morgan@hcpss.example.org'],
      [225, 'l', 'Thank you: k.morgan@hcpss.example.org. Someone from Youth Services will e-mail you by Friday to confirm which branch to pick them up from. Does that answer your question?'],
      [260, 'p', 'Yes, thank you. That is everything I needed.'],
      [270, 'l', "You're very welcome. Enjoy the unit, and thanks for using Ask Us!"],
    ],
    over: { ...FU_LIB, patron: { name: 'K. Morgan', email: 'k.morgan@hcpss.example.org', phone: null }, followUps: [{ doneAt: `${new Date(T0 + 30 * 3600_000 - 5 * 3600_000).toISOString().slice(0, 19)}-05:00`, by: 'hcls' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "gotta run to class" is leaving, not saying the teacher is done
    name: 'rushed teacher between classes, Dust Bowl photos for a gallery walk: two LOC links, "perfect, gotta run to class": anything else fails',
    lines: [
      [0, 'p', 'hi need primary sources on the dust bowl for my 8th graders, class in 10 min'],
      [18, 'l', 'Hi! This is Jo, a librarian at Ask Us. Are you looking for photos, or written documents like letters and newspaper articles?'],
      [40, 'p', "photos mostly, they're doing a gallery walk"],
      [75, 'l', 'The Library of Congress has a Dust Bowl primary source set for teachers with photos by Dorothea Lange and others: loc.gov/classroom-materials/dust-bowl-migration. The FSA/OWI photo collection at loc.gov/pictures/collection/fsa is great for printing too. Does that work for the gallery walk?'],
      [100, 'p', 'perfect, gotta run to class. thx!!'],
      [106, 'l', 'Have a great class! Bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'school media specialist asks about ILL for a teacher: the ILL form, "contact our Interlibrary Loan office at … or …": referral passes',
    lines: [
      [0, 'p', "Hello, I'm the library media specialist at Oakwood Middle. A teacher asked me for a book we don't own and neither does your system, apparently. Can the public library do an interlibrary loan for a school?"],
      [30, 'l', "Hello, and welcome to Ask a Librarian at Frederick County Public Libraries! I'm Renee. Would the request go on your own library card, or are you hoping to borrow it in the school's name?"],
      [75, 'p', "Either, honestly. It's for a teacher's novel study, one copy for her to read ahead."],
      [95, 'l', "Then your own card is easiest. Any FCPL cardholder can request interlibrary loans online through the ILL form at fcpl.org/ill; items usually arrive in 2-3 weeks. For anything the form doesn't cover, contact our Interlibrary Loan office at ill@fcpl.example.org or 301-600-1234. Does that answer your question?"],
      [150, 'p', "It does. That's everything, thanks so much."],
      [158, 'l', 'My pleasure! Thanks for chatting with us, and good luck to your teacher.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the teacher told to call Youth Services or fill in its form; "they'll get back to you" answers the teacher's own request: no promise
    name: 'warm public library, a 2nd grade class visit: "booked by our Youth Services department. You can call them at …": referral passes, no follow-up',
    lines: [
      [0, 'p', "Hi! I teach 2nd grade at Lincoln Elementary. We'd love to bring the class to the library for a tour and storytime in April. How do I set that up?"],
      [25, 'l', "Hi there! Thanks for reaching out to Ask Us at Sample County Library, I'm Maya. We love class visits! Which branch would you like to visit, and about how many students?"],
      [60, 'p', 'The Elm Street branch, 24 kids and 3 adults'],
      [80, 'l', "Class visits at Elm Street are booked by our Youth Services department. You can call them at 410-555-0100, or fill out the class visit request at samplelibrary.org/classvisit and they'll get back to you with dates. They ask for at least two weeks' notice. Did that help?"],
      [115, 'p', "Yes! That's perfect, thank you"],
      [122, 'l', 'Is there anything else I can help you with today?'],
      [140, 'p', "No that's it!"],
      [145, 'l', 'Have a great day, and enjoy your visit!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'school counselor, a card sign-up drive at orientation: passed to the Outreach coordinator, "within two business days", e-mail repeated: on time pending',
    lines: [
      [0, 'p', "Good afternoon. I'm the counselor at Westview High School. We are planning a library card sign-up drive during our freshman orientation on September 3. Would it be possible for a librarian to come to the school?"],
      [40, 'l', "Good afternoon! Thank you for contacting AskUsNow!, my name is Denise and I'm a librarian with Baltimore County Public Library. What a great idea. About how many students do you expect, and would you need staff there all day or for a set time?"],
      [100, 'p', 'About 350 ninth graders, from 9 to 12.'],
      [115, 'l', "Thank you. School visits and card drives are handled by our Outreach Services coordinator, so I'll pass your request along to her, and she'll contact you within two business days to work out the details. What's the best e-mail or phone number for you?"],
      [160, 'p', 'Email is best: r.okonkwo@bcps.example.org'],
      [170, 'l', "Got it: r.okonkwo@bcps.example.org. In the meantime, the application students will fill out is at bcpl.info/getacard, in case you'd like to share it ahead of time. Does that cover what you needed?"],
      [210, 'p', 'Yes it does. Thank you, Denise!'],
      [220, 'l', "You're welcome! Thanks for thinking of the library, and have a good afternoon."],
    ],
    over: { ...FU_LIB, patron: { name: 'R. Okonkwo', email: 'r.okonkwo@bcps.example.org', phone: null } },
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // the promise with no when and the e-mail only in the patron fields, coded Answered
    name: 'sloppy, a bulk loan of weather books: "ill send it to our youth services team, someone will reach out to you", coded Answered: code and contact fail',
    lines: [
      [0, 'p', 'do you guys do bulk loans for teachers? need like 40 books on weather for a 3rd grade unit'],
      [45, 'l', 'hi, this is Tom at the library chat'],
      [50, 'l', 'yes we do'],
      [110, 'p', 'ok how do i request it'],
      [125, 'l', 'ill send it to our youth services team, someone will reach out to you'],
      [150, 'p', 'ok thanks'],
      [155, 'l', 'np'],
    ],
    over: { patron: { name: 'J. Grant', email: 'jgrant@school.example.org', phone: null } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Civil War novels for a classroom library: NoveList, three titles, a fuller list e-mailed "by Wednesday", sent at 100 h: on time fails',
    lines: [
      [0, 'p', "Hello, I'm putting together a classroom library for a 7th grade unit on the Civil War. Could you suggest novels at about a 6th-8th grade reading level?"],
      [30, 'l', "Hello! I'm Grace, a librarian with Ask a Librarian at Sample County Library. Happy to help. Are you looking for fiction only, or would narrative nonfiction work as well?"],
      [70, 'p', 'Fiction mainly, but a couple of nonfiction titles would be great.'],
      [85, 'l', 'Let me look in NoveList, one moment.'],
      [180, 'l', "A few to start: Bull Run by Paul Fleischman, Soldier's Heart by Gary Paulsen and The River Between Us by Richard Peck. I'd like to put together a fuller list with reading levels for you and e-mail it. What's your e-mail?"],
      [230, 'p', 'dmiller.teach@example.com'],
      [240, 'l', "Thanks! I'll send the list to dmiller.teach@example.com by Wednesday. Do these three look like the kind of thing you want?"],
      [280, 'p', 'Yes, exactly. Thank you!'],
      [290, 'l', "You're welcome! Anything else for today?"],
      [310, 'p', "No, that's all."],
      [315, 'l', 'Great, talk soon. Bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'D. Miller', email: 'dmiller.teach@example.com', phone: null }, followUps: [{ doneAt: `${new Date(T0 + 100 * 3600_000 - 5 * 3600_000).toISOString().slice(0, 19)}-05:00`, by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // staff consulted on the patron's behalf (internal), then "She'll call you tomorrow afternoon" at the phone given: a follow-up
    name: 'homeschool co-op leader: Youth Services manager consulted, the Educator Card page, "She\'ll call you tomorrow afternoon", nothing recorded after 5 days: on time fails',
    lines: [
      [0, 'p', 'Hi, I run a homeschool co-op (about 15 families). Is there any way for us to get a group library card or borrow a lot of books at once?'],
      [20, 'l', "Hi! I'm Beth, a librarian with AskUsNow! at Carroll County Public Library. Is the co-op based in Carroll County?"],
      [50, 'p', 'yes, we meet in Westminster'],
      [65, 'l', 'Thanks! Let me check with our Youth Services manager about group cards, one moment.'],
      [66, 'i', 'Kara, a homeschool co-op (15 families, Westminster) asks about a group card / bulk loans. Do we still do the educator card for co-ops?'],
      [140, 'l', 'She says homeschool co-op leaders can get an Educator Card, which allows up to 75 items for 6 weeks. The details are on the Educator Card page at library.carr.org/educators. She would also like to talk with you about a co-op visit; could you give me a phone number where she can reach you?'],
      [190, 'p', "sure 410-555-0187, I'm usually free after 2"],
      [200, 'l', "Thank you, 410-555-0187 after 2. She'll call you tomorrow afternoon. Does that help?"],
      [230, 'p', "Yes, that's great. That's all I needed!"],
      [240, 'l', 'Wonderful, thanks for chatting with us!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Co-op leader', email: null, phone: '410-555-0187' } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'PD credits for a library workshop: the events calendar, "check with your district\'s professional development office" (no contact): referral fails',
    lines: [
      [0, 'p', "Do the library's teacher workshops count for professional development credit? I need 3 more CPD credits for recertification."],
      [25, 'l', 'Hello, this is Sam at Ask Us, Sample County Library. Which workshop were you thinking of?'],
      [55, 'p', 'the one on teaching with primary sources next month'],
      [70, 'l', "That workshop is listed on our events calendar at samplelibrary.org/events; everyone who attends gets a certificate of attendance with the hours. Whether those hours count toward your recertification is up to your school system, so check with your district's professional development office before you sign up. Does that help?"],
      [110, 'p', 'ok, yes. thanks'],
      [115, 'l', "You're welcome! Have a good one."],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'Indian English, class 10 project on water conservation: "give me two minutes", the research guide with home access: every check passes',
    lines: [
      [0, 'p', 'Respected Madam/Sir, I am a teacher of class 10. My students have a project on water conservation. Kindly suggest a research guide or databases they may use.'],
      [40, 'l', 'Greetings from Ask a Librarian, Delhi Public Library. I am Sunita. May I know whether the students will work in the library or from home?'],
      [90, 'p', 'From home mostly madam.'],
      [105, 'l', 'Thank you. Please give me two minutes, I am checking which resources have home access.'],
      [210, 'l', 'Our Water Conservation research guide for school students is at dpl.example.in/guides/water-conservation. It links to the India Water Portal and to the databases the students can open from home with their library membership number. Is this the information you required?'],
      [270, 'p', 'Yes madam, this is very useful. That is all, thank you.'],
      [280, 'l', 'You are welcome. Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, a bilingual kindergarten teacher: a book by its author, "llame a Servicios Juveniles al … o escriba a …": referral passes',
    lines: [
      [0, 'p', 'Buenas tardes, soy maestra de kínder en un programa bilingüe. Busco un juego de libros en español para mi clase, unos 20 ejemplares del mismo título.'],
      [30, 'l', '¡Buenas tardes! Gracias por comunicarse con AskUsNow!, me llamo Lucía y soy bibliotecaria. ¿Tiene algún título en mente, o busca sugerencias?'],
      [80, 'p', 'Sugerencias por favor, algo sobre la familia'],
      [100, 'l', 'Le recomiendo "Mi papi tiene una moto" de Isabel Quintero, que tenemos en español. Para pedir 20 ejemplares, llame a Servicios Juveniles al 301-555-0177 o escriba a juveniles@biblioteca.example.org; ellos reúnen los juegos para maestros. ¿Le sirve esta información?'],
      [150, 'p', 'Sí, muchísimas gracias. Es todo.'],
      [160, 'l', '¡Con gusto! Gracias por usar AskUsNow! Que le vaya muy bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron gone after the clarifying question: no source (fails), check-in and notice with a way back pass
    name: 'read-alikes for Inside Out and Back Again, the teacher gone after the question: check-in, notice, Lost Call',
    lines: [
      [0, 'p', "I need read-alikes for a 6th grade unit on immigration, we're reading Inside Out and Back Again"],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Are you looking for novels in verse like that one, or any format?"],
      [160, 'l', 'Are you still with me?'],
      [340, 'l', "It looks like you may have disconnected, so I'm going to end this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'transfer to Local History for a 4th grade B&O Railroad unit: notice, a note saying why, the digital collection and the museum\'s page',
    lines: [
      [0, 'p', 'Hi, I teach 4th grade Maryland history. Are there primary sources on the B&O Railroad I can use for the state standards unit?'],
      [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Are you looking for documents from Sample County specifically, or Maryland in general?"],
      [55, 'p', 'Our county if possible, Ellicott City area'],
      [65, 'l', "Our Local History librarian knows that collection best, so I'm transferring you to Rosa now. One moment, please."],
      [68, 'i', 'Rosa: 4th grade teacher wants B&O Railroad primary sources for Ellicott City, for the MD history unit. Can you take it?'],
      xferToRosa(71),
      [110, 'l', "Hi, Rosa from Local History here! We have a digitized set of B&O Railroad photographs and the 1830 timetable in our Digital Collections at samplelibrary.org/digital/bo-railroad, and the B&O Railroad Museum's education page at borail.org/education has lesson plans. Would those work for your class?", ROSA],
      [160, 'p', 'Those are perfect. Thanks!'],
      [170, 'l', 'Anything else I can find for you?', ROSA],
      [190, 'p', 'nope, all set'],
      [195, 'l', 'Thanks for chatting, enjoy the unit!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'scripted macros, a preschool bulk loan of season picture books: the welcome macro, the bulk loan form: every check passes',
    lines: [
      [0, 'p', "I'd like to request a bulk loan of picture books about seasons for my preschool class"],
      [6, 'l', 'Welcome to Ask Us! A librarian will be with you shortly.'],
      [40, 'l', 'Hi, my name is Sam. When would you like to pick them up, and from which branch?'],
      [80, 'p', 'next monday, north branch. about 30 books'],
      [95, 'l', 'Teachers can request bulk loans (up to 30 books for 4 weeks) with the Teacher Bulk Loan form at samplelibrary.org/bulkloan; pick them up at the North Branch desk. Does this completely answer your question?'],
      [130, 'p', 'yes thank you'],
      [135, 'l', 'Is there anything else I can help you with today?'],
      [155, 'p', 'no'],
      [160, 'l', 'Thank you for using Ask Us. Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, teacher cards: the answer and the page at once, no question, "ok thx", "Bye."',
    lines: [
      [0, 'p', 'do teachers get a special card'],
      [15, 'l', 'Hi, Bob, Ask Us librarian.'],
      [22, 'l', 'Yes: Teacher Card, 50 items, 6-week loans, no fines. Apply online at samplelibrary.org/teachercard with your school ID.'],
      [60, 'p', 'ok thx'],
      [64, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'student worker, a student teacher\'s 3rd grade fractions lesson: corestandards.org and ERIC on the A-Z list',
    lines: [
      [0, 'p', 'hey im a student teacher and i need the common core standards for 3rd grade math + some articles on teaching fractions'],
      [15, 'l', "hey! I'm Kai, student assistant at the Towson University Libraries chat :) is this for a lesson plan or a paper for a class?"],
      [45, 'p', 'lesson plan for my placement, due thursday'],
      [60, 'l', "ok! the standards are at corestandards.org/Math/Content/3/NF (3rd grade fractions). for articles, ERIC is the big education database, it's on our A-Z list at towson.edu/library/databases. try searching fractions AND elementary. does that help?"],
      [120, 'p', 'yes!! thats everything ty'],
      [126, 'l', 'yay, good luck with the lesson! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'a 7th grade science teacher: students\' home access with their student ID, the flyer on the same page, "Anything else?"',
    lines: [
      [0, 'p', "Hello. I teach 7th grade science in Anne Arundel County. Can my students use the library's databases from home without a library card?"],
      [30, 'l', "Hello, and thank you for contacting Ask Us. I'm Priya, a librarian at Anne Arundel County Public Library. Do your students attend an AACPS public school?"],
      [70, 'p', 'Yes, Severn River Middle.'],
      [85, 'l', 'Great. Every AACPS student has a library account through the Student Success program: they log in with their student ID number at aacpl.net/student-success, and that opens Britannica School, Gale in Context: Science and the rest of our databases. Is that what you were looking for?'],
      [140, 'p', "Yes, that's what I needed. Is there a handout I can send home to parents?"],
      [155, 'l', 'There is! The one-page flyer in English and Spanish is on the same page, under Resources for Teachers. Anything else I can help with?'],
      [185, 'p', "No, that's all. Thank you!"],
      [192, 'l', "You're welcome, have a great day!"],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teacher, a card sign-up at back to school night: "Please e-mail her at mlopez@…": referral passes',
    lines: [
      [0, 'p', 'hi! im a 3rd grade teacher and our PTA wants to do a library card sign up at back to school night. who do i talk to about that'],
      [30, 'l', 'Hi! This is Carmen at Ask Us, Sample County Library, thanks for thinking of us! When is your back to school night?'],
      [60, 'p', 'sept 10, 6-8pm'],
      [75, 'l', "Perfect. Card sign-up events are run by our Community Engagement librarian, Maria Lopez. Please e-mail her at mlopez@samplelibrary.org with the date and your school's name, and she'll set it up with you. Does that help?"],
      [110, 'p', 'yes thank you so much!!'],
      [116, 'l', "You're welcome! Have a great school year!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a long list for an ancient Egypt unit: "You\'ve asked quite a lot of questions already, so I\'ll need to end the chat here": dismissal fails',
    lines: [
      [0, 'p', 'I need books for my whole unit on ancient egypt, mummies, pyramids, gods, daily life, hieroglyphics, for 4th grade'],
      [25, 'l', 'Hi, Pat at Ask Us here. Do you need these for reading aloud or for the students to read themselves?'],
      [60, 'p', 'students to read, all levels'],
      [90, 'l', "Our catalogue search for Egypt juvenile nonfiction is at samplelibrary.org/catalog?q=ancient+egypt+juvenile; DK Eyewitness: Ancient Egypt and the You Wouldn't Want to Be series are good. Does that help?"],
      [130, 'p', 'ok what about the gods, and hieroglyphics, and also do you have a documentary'],
      [145, 'l', "You've asked quite a lot of questions already, so I'll need to end the chat here. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Australian Year 5 teacher, First Fleet books: the research guide, "a few people waiting in the queue … please come back any time": no dismissal',
    lines: [
      [0, 'p', "G'day, Year 5 teacher here. Need some books on the First Fleet, Australian convicts, and the gold rush for a term 3 unit"],
      [20, 'l', 'Hi there, Bec from the Ask a Librarian chat at State Library of Queensland. Are these for you to plan with or for the kids to read?'],
      [55, 'p', "Kids to read, they're 10 and 11"],
      [70, 'l', "Righto. For the First Fleet, our First Fleet research guide at guides.slq.qld.gov.au/first-fleet lists junior titles, and Nanberry: Black Brother White by Jackie French is a good read for that age. Does that suit?"],
      [120, 'p', 'yes good. now the gold rush, and convicts, and can you do indigenous perspectives too'],
      [140, 'l', "There are a few people waiting in the queue right now, so I'll have to leave it there for today, but please come back any time and we'll pick up the gold rush and the rest. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a class set of Hatchet: three silent minutes of searching, then the bulk loan form: keep informed fails',
    lines: [
      [0, 'p', 'Hi, can I get 25 copies of Hatchet for my 6th grade class?'],
      [20, 'l', 'Hi, this is Jo at Ask Us, Sample County Library. When do you need them by?'],
      [45, 'p', 'April 1'],
      [230, 'l', "We have 26 copies of Hatchet in the system; you can request them as a class set with the Teacher Bulk Loan form at samplelibrary.org/bulkloan and they'll be held at your branch. Does that help?"],
      [260, 'p', "yes, that's all I need. thank you!"],
      [265, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // only the question, then gone: no substantive exchange
    name: 'a school asks whom to contact for a reading-week visit and vanishes at once: greeting, check-in, notice; Lost Call',
    lines: [
      [0, 'p', 'Hi, my school wants to set up a librarian visit for our reading week, who should I contact?'],
      [30, 'l', "Hi, I'm Jo, a librarian at Ask Us, Sample County Library."],
      [170, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected. I'll end this chat now, but please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'youth services librarian, what to read after Holes as a class: copies checked, two titles, NoveList K-8 Plus, the bulk loan form',
    lines: [
      [0, 'p', 'Hi there! My 6th graders loved Holes. Any suggestions for what to read next as a class?'],
      [20, 'l', "Hi! I'm Jamie, a youth services librarian with Ask Us at Sample County Library. Oh, they have good taste! Are you looking for another funny mystery, or anything with the same kind of twisty plot?"],
      [60, 'p', 'Twisty plot, and it needs to be something we can get 30 copies of'],
      [75, 'l', 'Let me check our copies, just a minute.'],
      [150, 'l', 'Good news: we have 32 copies of The Westing Game by Ellen Raskin, and 28 of Wonder by R.J. Palacio. For more ideas, NoveList K-8 Plus at samplelibrary.org/novelist has read-alike lists for Holes. Would either of those work for your class?'],
      [200, 'p', 'The Westing Game would be perfect!'],
      [210, 'l', 'Great choice! You can request the class set with the Teacher Bulk Loan form at samplelibrary.org/bulkloan. Anything else I can help with?'],
      [240, 'p', "Nope, that's all, thank you!!"],
      [245, 'l', 'Happy reading, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // the coordinator asked on the teacher's behalf (internal): no referral
    name: 'student worker, PD certificates for the STEM institute: "Let me ask our Youth Services coordinator, hang on", her answer: no referral',
    lines: [
      [0, 'p', 'hi, does the library give PD certificates for the summer teacher institute?'],
      [20, 'l', 'Hi! This is Jess at the Ask Us chat, Sample County Library. Which institute do you mean, the one in July on STEM?'],
      [50, 'p', 'yes the STEM one'],
      [60, 'l', 'Let me ask our Youth Services coordinator, hang on.'],
      [61, 'i', 'Maria, do teachers get PD certificates for the July STEM institute?'],
      [150, 'l', 'She says yes: everyone gets a certificate with 12 contact hours, and MSDE accepts it for CPD credit. The registration page is samplelibrary.org/stem-institute. Does that answer your question?'],
      [190, 'p', 'yes perfect, thats all i needed'],
      [195, 'l', 'Awesome, thanks for chatting! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'grade team lead, a summer reading school visit: "someone will contact you this week", e-mail repeated, done at 50 h: contact and on time pass',
    lines: [
      [0, 'p', 'Good evening. I coordinate the 4th grade team at Maple Ridge. We would like a librarian to visit our classes to talk about the summer reading program. Is that something you do?'],
      [35, 'l', 'Good evening! Thank you for contacting AskUsNow!, I am Ms. Hall, a librarian at Harford County Public Library. Yes, our youth services librarians visit schools every May. How many classes would it be, and which school days work best?'],
      [95, 'p', 'Four classes, any weekday morning in May.'],
      [110, 'l', "Thank you. I'll pass this to our youth services team; someone will contact you this week to schedule the visit. What is the best e-mail for you?"],
      [150, 'p', "It's j.baker@hcps.example.org"],
      [160, 'l', "Thank you, I have j.baker@hcps.example.org. Meanwhile, this year's summer reading details are at hcplonline.org/summer. Does that help?"],
      [200, 'p', 'Yes, thank you very much.'],
      [210, 'l', 'You are welcome. Have a lovely evening!'],
    ],
    over: { ...FU_LIB, patron: { name: 'J. Baker', email: 'j.baker@hcps.example.org', phone: null }, followUps: [{ doneAt: `${new Date(T0 + 50 * 3600_000 - 5 * 3600_000).toISOString().slice(0, 19)}-05:00`, by: 'hcpl' }] },
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the library's own department, the teacher told to contact it, no contact given
    name: 'chat-speak kindergarten teacher, Read Across America: "You\'ll want to contact our Youth Services department directly" (no contact): referral fails',
    lines: [
      [0, 'p', 'hey can a librarian come read to my kindergarten class?? its for read across america week'],
      [25, 'l', 'Hi! This is Tara with Ask Us at Sample County Library :) What date were you thinking?'],
      [50, 'p', 'march 2 or 3'],
      [65, 'l', "Aw, that's coming up fast! You'll want to contact our Youth Services department directly about that; they schedule all the school visits. In the meantime, our Read Across America booklist is at samplelibrary.org/readacross. Does that help?"],
      [100, 'p', 'ok ty'],
      [105, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'suffrage lessons for 11th grade: docsteach and the LOC set, "I can also look for more and e-mail you", no when: contact fails, on time pending',
    lines: [
      [0, 'p', 'Hi, can you help me find a few free primary source lesson plans on women\'s suffrage for high school?'],
      [20, 'l', "Hi, I'm Lee with Ask a Librarian at Sample County Library. Is this for a US History or a Government class?"],
      [50, 'p', 'US history, 11th grade'],
      [65, 'l', "The National Archives has suffrage lessons with documents at docsteach.org (search 19th Amendment), and the Library of Congress has a primary source set at loc.gov/classroom-materials/womens-suffrage. I can also look for more and e-mail you what I find. What's your e-mail?"],
      [110, 'p', 'sure, amartin@example.org'],
      [120, 'l', "Thanks, I'll send you more. Does that help for now?"],
      [150, 'p', 'yes, thanks!'],
      [155, 'l', 'Thanks for chatting!'],
    ],
    over: { ...FU_ME, patron: { name: 'A. Martin', email: 'amartin@example.org', phone: null } },
    exp: usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- (M4 fixes) the same behaviour in other words ---------------------------------------------------------------------------
  {
    // (patronFirstM4, other words) "If you e-mail …, they will contact you": the office answers the teacher's own e-mail
    name: 'formal, a librarian for a STEM night: "If you e-mail our Outreach office at … with two or three dates, they will contact you to confirm": referral passes, no follow-up',
    lines: [
      [0, 'p', 'Good afternoon. Our elementary school is holding a family STEM night on April 23. Could the library send someone with a table or an activity?'],
      [30, 'l', 'Good afternoon, thank you for contacting Ask Us at Sample County Library. My name is Helen. How many families are you expecting, and is it indoors?'],
      [75, 'p', 'Around 120 families, in the gym.'],
      [90, 'l', 'Our Outreach office schedules community events; their request guidelines are at samplelibrary.org/outreach. If you e-mail our Outreach office at outreach@samplelibrary.org with two or three dates, they will contact you to confirm. Is that helpful?'],
      [140, 'p', 'Very helpful, thank you. That is all I needed.'],
      [148, 'l', 'Wonderful. Thank you for thinking of us, and have a good afternoon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (patronFirstM4, other words) "Just submit the form …, and the North Branch staff will call you when the set is ready"
    name: 'chat-speak teacher, a set of 25 Frindle: "just submit the form …, and the north branch staff will call you when its ready": no follow-up',
    lines: [
      [0, 'p', 'hi can i get 25 frindle for my 5th grade class'],
      [15, 'l', 'hi! Dev here w/ Ask Us at Sample County Library :) which branch is closest to ur school?'],
      [40, 'p', 'north branch'],
      [55, 'l', 'cool, we have 27 copies. just submit the Teacher Bulk Loan form at samplelibrary.org/bulkloan, and the north branch staff will call you when the set is ready. does that help?'],
      [90, 'p', 'yes perfect thats all i need'],
      [96, 'l', 'yay! have a great class, bye!'],
    ],
    exp: usual(),
  },
  {
    // (askUsLibrarianM4, other words) the name, then the service and the role as a label
    name: 'Australian veteran, "G\'day, Bec, Ask Us librarian." then the educator card page: greeting passes',
    lines: [
      [0, 'p', 'how long can teachers keep books'],
      [20, 'l', "G'day, Bec, Ask Us librarian."],
      [26, 'l', 'Teacher Card loans are 6 weeks, renewable once: samplelibrary.org/teachercard. Anything else?'],
      [60, 'p', 'no thats it'],
      [64, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'student worker, "Hello! Ask Us librarian, Maddie." then a question and the standards page: greeting passes',
    lines: [
      [0, 'p', 'where can i find the NGSS standards for middle school'],
      [15, 'l', 'Hello! Ask Us librarian, Maddie.'],
      [20, 'l', 'Are you after the whole middle school band or one grade?'],
      [45, 'p', 'the whole band'],
      [60, 'l', 'The NGSS middle school standards are at nextgenscience.org/search-standards (filter by MS). Does that help?'],
      [90, 'p', 'yes thats all, thanks'],
      [95, 'l', 'Bye, good luck!'],
    ],
    exp: usual(),
  },
  {
    // (referralParty, Spanish departments, other words) no contact for "Servicios para Jóvenes"
    name: 'Spanish, a teen book club for a middle school: "Llame a Servicios para Jóvenes de su sucursal" with no contact: referral fails',
    lines: [
      [0, 'p', 'Hola, soy maestro de secundaria. ¿La biblioteca puede ayudarnos a empezar un club de lectura para mis alumnos?'],
      [25, 'l', '¡Hola! Le saluda Andrés, bibliotecario de AskUsNow!. ¿Cuántos alumnos serían y de qué edad?'],
      [60, 'p', 'Unos 15, de 13 y 14 años'],
      [75, 'l', 'Tenemos juegos de libros para clubes; la lista está en samplelibrary.org/clubes. Para organizar el club, llame a Servicios para Jóvenes de su sucursal. ¿Le sirve esta información?'],
      [120, 'p', 'Sí, gracias. Es todo.'],
      [128, 'l', '¡Con gusto! Gracias por usar AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a homeschool mother: "escriba a Servicios de Extensión a extension@…": referral passes',
    lines: [
      [0, 'p', 'buenas, educo a mis hijos en casa, hay tarjeta especial para maestros de homeschool?'],
      [20, 'l', 'Buenas tardes, soy Marisol de AskUsNow!. ¿Vive usted en el condado?'],
      [45, 'p', 'si en el condado'],
      [60, 'l', 'Sí, la Tarjeta de Educador también es para familias que educan en casa: samplelibrary.org/educadores. Si tiene preguntas, escriba a Servicios de Extensión a extension@samplelibrary.org. ¿Le ayuda?'],
      [100, 'p', 'si mucho, gracias, es todo'],
      [106, 'l', '¡De nada! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- the request passed on: follow-up promises ----------------------------------------------------------------------------
  { name: '"someone will e-mail you at ms.ortiz@example.org by Thursday" (FU_LIB): contact passes', lines: then(CLASS, "I've sent your request to our Youth Services team, and someone will e-mail you at ms.ortiz@example.org by Thursday. The class set rules are at samplelibrary.org/teachers. Does that help?"), over: { ...FU_LIB, patron: ORTIZ }, exp: some({ contact: 'pass', code: 'pass', onTime: 'pending', referral: 'na' }) },
  { name: '"someone will be in touch with you" (FU_LIB, e-mail only in the fields, no when): contact fails', lines: then(CLASS, "I've sent your request to our Youth Services team and someone will be in touch with you. The rules are at samplelibrary.org/teachers. Does that help?"), over: { ...FU_LIB, patron: ORTIZ }, exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }) },
  { name: '"Our youth services team will be in touch with you about the visit." coded Answered: code fails', lines: then(VISIT, 'Our youth services team will be in touch with you about the visit. Our outreach page is samplelibrary.org/outreach. Does that help?'), over: { patron: ORTIZ }, exp: some({ code: 'fail', contact: 'fail', referral: 'na' }) },
  { name: 'the school phone given, "Our outreach coordinator will call you on Monday." (FU_LIB): contact passes', lines: [...VISIT, [70, 'l', "I'll pass this to our outreach coordinator. What's a good number for you?"], [100, 'p', 'my school number is 301-555-0199 ext 214'], [110, 'l', 'Thanks! Our outreach coordinator will call you on Monday. Does that help?'], [140, 'p', 'yes thanks'], [146, 'l', 'Take care, bye!']], over: { ...FU_LIB, patron: { name: null, email: null, phone: '301-555-0199' } }, exp: some({ contact: 'pass', code: 'pass', referral: 'na' }) },
  { name: '"I\'ll e-mail you the list by tomorrow" with the e-mail only in the patron fields: contact fails', lines: then(CLASS, "We have 27 copies. I'll e-mail you the list of branches holding them by tomorrow. Does that help?"), over: { ...FU_ME, patron: ORTIZ }, exp: some({ contact: 'fail', code: 'pass' }) },
  { name: '"She\'ll get back to you within 72 hours at jlee@example.org" (FU_LIB): contact passes', lines: then(VISIT, "I've passed this to our outreach coordinator. She'll get back to you within 72 hours at jlee@example.org. Does that help?"), over: { ...FU_LIB, patron: { name: 'J. Lee', email: 'jlee@example.org', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'the e-mail given in the chat, "I\'ll have our outreach coordinator e-mail you by Friday." (FU_LIB): contact passes', lines: [...VISIT, [70, 'l', "What's your e-mail?"], [95, 'p', 'my email is pwright@hillside.example.org'], [105, 'l', "I'll have our outreach coordinator e-mail you by Friday. Does that help?"], [140, 'p', 'great thanks'], [146, 'l', 'Bye!']], over: { ...FU_LIB, patron: { name: null, email: 'pwright@hillside.example.org', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'a promise, coded Follow-up by me, and no contact anywhere: code and contact fail', lines: then(CLASS, "I'll check the other branches and get back to you tomorrow. Does that help?"), over: FU_ME, exp: some({ code: 'fail', contact: 'fail' }) },
  // ---- the library's own departments and outside parties -------------------------------------------------------------------
  { name: '"please contact them at youth@samplelibrary.org or 410-555-0100": referral passes', lines: then(CLASS, 'Class sets come from our Youth Services department; please contact them at youth@samplelibrary.org or 410-555-0100. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"For class sets you\'ll need to contact our Youth Services department.": referral fails', lines: then(CLASS, "For class sets you'll need to contact our Youth Services department. The rules are at samplelibrary.org/teachers. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"I checked with our youth services librarian, and …": staff consulted, no referral', lines: then(CLASS, 'I checked with our youth services librarian, and we can lend up to 30 copies for six weeks; request them at samplelibrary.org/bulkloan. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Ask your principal whether the workshop hours count toward your CPD credits.": referral fails', lines: then(CLASS, 'The workshops are listed at samplelibrary.org/events. Ask your principal whether the workshop hours count toward your CPD credits. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"To book a class visit, call our Youth Services desk at 410-555-0150.": referral passes', lines: then(VISIT, 'To book a visit, call our Youth Services desk at 410-555-0150. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"fill out the request form at samplelibrary.org/classvisit" (no party): a source, no referral', lines: then(VISIT, 'To book a visit, fill out the request form at samplelibrary.org/schoolvisit. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"You can book a visit with our youth services staff at samplelibrary.org/schoolvisit.": referral passes', lines: then(VISIT, 'You can book a visit with our youth services staff at samplelibrary.org/schoolvisit. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Email Maria Lopez, our community engagement librarian, at mlopez@samplelibrary.org.": referral passes', lines: then(VISIT, 'Email Maria Lopez, our community engagement librarian, at mlopez@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"The co-op card has to be set up in person; ask at the circulation desk at any branch.": referral fails', lines: then(CLASS, 'The co-op card has to be set up in person; ask at the circulation desk at any branch. The details are at samplelibrary.org/educators. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"For the ILL, e-mail our ILL office: ill@samplelibrary.org.": referral passes', lines: then(CLASS, 'We only have 12 copies. For the rest through ILL, e-mail our ILL office: ill@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "Llame a Servicios Juveniles para programar la visita." (no contact): referral fails', lines: then(VISIT, 'Llame a Servicios Juveniles para programar la visita. La información está en samplelibrary.org/visitas. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  // ---- clarifying, completeness, the teacher's own end, goodbyes ------------------------------------------------------------
  { name: '"Do your students need them online or in print?" before the LOC set: clarify passes', lines: [[0, 'p', 'Do you have primary sources on the Underground Railroad for my 5th graders?'], [20, 'l', "Hi, I'm Jo at Ask Us. Do your students need them online or in print?"], [50, 'p', 'online'], [60, 'l', 'The Library of Congress set at loc.gov/classroom-materials/underground-railroad has them. Does that help?'], [90, 'p', 'ok thanks'], [96, 'l', 'Thanks for chatting, bye!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: 'the source first, "What grade do you teach?" after it: clarify fails', lines: [[0, 'p', 'Do you have primary sources on the Underground Railroad for my class?'], [20, 'l', "Hi, I'm Jo at Ask Us. The Library of Congress set at loc.gov/classroom-materials/underground-railroad has them. What grade do you teach?"], [50, 'p', '5th'], [60, 'l', 'Then that set is a good fit. Does that help?'], [90, 'p', 'ok thanks'], [96, 'l', 'Thanks for chatting, bye!']], exp: some({ clarify: 'fail', complete: 'pass' }) },
  { name: '"Would you like me to place holds on 26 copies for you?" (about something not given): completeness fails', lines: then(CLASS, 'The class set rules are at samplelibrary.org/teachers. Would you like me to place holds on 26 copies for you?'), exp: some({ complete: 'fail' }) },
  { name: 'the teacher: "That\'s all I need for my unit, thank you!": anything else passes', lines: [...CLASS, [70, 'l', 'Request them at samplelibrary.org/bulkloan. Does that help?'], [100, 'p', "That's all I need for my unit, thank you!"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the teacher: "ok gotta go teach, thx": anything else fails', lines: [...CLASS, [70, 'l', 'Request them at samplelibrary.org/bulkloan. Does that help?'], [100, 'p', 'ok gotta go teach, thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Have a great class tomorrow!" as the last word: courteous passes', lines: [...CLASS, [70, 'l', 'Request them at samplelibrary.org/bulkloan. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'Have a great class tomorrow!']], exp: some({ courteous: 'pass' }) },
  // ---- a second batch, labelled before running ------------------------------------------------------------------------------
  { name: '"Our youth services librarian will e-mail you a booklist by Thursday at ms.ortiz@example.org." (FU_LIB): contact passes', lines: then(CLASS, 'Our youth services librarian will e-mail you a booklist by Thursday at ms.ortiz@example.org. The class set rules are at samplelibrary.org/teachers. Does that help?'), over: { ...FU_LIB, patron: ORTIZ }, exp: some({ contact: 'pass', code: 'pass', referral: 'na' }) },
  { name: '"You can reach our Teacher Services desk at 410-555-0133 or teachers@samplelibrary.org.": referral passes', lines: then(CLASS, 'You can reach our Teacher Services desk at 410-555-0133 or teachers@samplelibrary.org to set up the loan. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Once you\'ve filled out the form at …, our youth services team will contact you within a week." coded Answered: no promise', lines: then(VISIT, "Once you've filled out the form at samplelibrary.org/schoolvisit, our youth services team will contact you within a week. Does that help?"), exp: some({ code: 'pass', contact: 'na', onTime: 'na' }) },
  { name: 'the e-mail given, "Sure, I\'ll e-mail the list to you by 5 pm today." (FU_ME): contact passes', lines: [...CLASS, [70, 'l', "What's your e-mail?"], [95, 'p', 'kjones@school.example.org'], [105, 'l', "Sure, I'll e-mail the list to you by 5 pm today. Does that help?"], [140, 'p', 'great thanks'], [146, 'l', 'Bye!']], over: { ...FU_ME, patron: { name: null, email: 'kjones@school.example.org', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Is this for a lesson you\'re teaching this week?" before the source: clarify passes', lines: [[0, 'p', 'any good videos on the water cycle for kids'], [15, 'l', "Hi, Jo at Ask Us here. Is this for a lesson you're teaching this week?"], [40, 'p', 'yes thursday, 2nd grade'], [55, 'l', 'PBS LearningMedia has short water cycle videos for K-2 at pbslearningmedia.org (search water cycle). Will those work for your lesson?'], [90, 'p', 'yes thanks'], [95, 'l', 'Bye, have a great lesson!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', courteous: 'pass' }) },
  { name: '"The curriculum office sets the lists; you could ask your department head." (no contact): referral fails', lines: then(CLASS, 'The district curriculum office sets the reading lists; you could ask your department head whether Winn-Dixie is on it. Our copies are at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for patronFirstM4: the provider acts first, so it is a promise
  { name: 'near miss: "I\'ll pass your request along, and they\'ll get back to you by Friday." coded Answered: code fails', lines: then(VISIT, "I'll pass your request along to Youth Services, and they'll get back to you by Friday. Our outreach page is samplelibrary.org/outreach. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }) },
  { name: 'near miss: "Just send me your e-mail and she\'ll contact you by Wednesday." coded Answered: code fails', lines: then(VISIT, "Our outreach coordinator handles visits. Just send me your e-mail and she'll contact you by Wednesday. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail' }) },
  { name: 'near miss: "I\'ve forwarded it, you can also call them at 410-555-0100, and they\'ll get back to you." (FU_LIB, no e-mail in the chat): contact fails', lines: then(VISIT, "I've forwarded it to Youth Services, you can also call them at 410-555-0100, and they'll get back to you. Does that help?"), over: { ...FU_LIB, patron: ORTIZ }, exp: some({ code: 'pass', contact: 'fail', referral: 'pass' }) },
  { name: 'near miss: "Once I\'ve sent the form to them, our youth services team will contact you within a week." coded Answered: code fails', lines: then(VISIT, "Once I've sent the form to them, our youth services team will contact you within a week. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'near miss: "Once you\'ve picked up the set, our youth services team will contact you about the next one." coded Answered: code fails', lines: then(CLASS, "The class set rules are at samplelibrary.org/teachers. Once you've picked up the set, our youth services team will contact you about the next one. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail', contact: 'fail' }) },
  // near misses for askUsLibrarianM4: someone else, or asked
  { name: 'near miss: "Hello! Have you asked an Ask Us librarian?" names no one answering: greeting fails', lines: [[0, 'p', 'do teachers get longer loans'], [15, 'l', 'Hello!'], [20, 'l', 'Have you asked an Ask Us librarian before?'], [45, 'p', 'no'], [55, 'l', 'Teacher loans are 6 weeks: samplelibrary.org/teachercard. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ greeting: 'fail' }) },
  { name: 'near miss: "Hi! Ask Us librarian Maria can help with that tomorrow." (someone else): greeting fails', lines: [[0, 'p', 'can someone help me plan a class visit'], [15, 'l', 'Hi! Ask Us librarian Maria can help with that tomorrow morning.'], [20, 'l', 'Which school are you with?'], [45, 'p', 'Hillside'], [55, 'l', 'Visits are booked at samplelibrary.org/schoolvisit. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ greeting: 'fail' }) },
  // near misses for the Spanish departments: named, no one to contact
  { name: 'near miss: "Los Servicios Juveniles tienen cuentos los sábados; el calendario está en …": no referral', lines: then(VISIT, 'Los Servicios Juveniles tienen cuentos los sábados; el calendario está en samplelibrary.org/eventos. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visite la página de Servicios Juveniles en samplelibrary.org/ninos.": a page, no referral', lines: then(VISIT, 'Visite la página de Servicios Juveniles en samplelibrary.org/ninos para ver las visitas escolares. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "Please have your principal e-mail our outreach coordinator at …" (the teacher told to have someone else write to the
  // department) is not read as a referral (na; the label, a referral with its e-mail, passes); "have <someone> <verb>" is
  // read as no telling to contact in referral.ts, and changing it reaches older rounds' "have someone call you": not done
  { name: '"Please have your principal e-mail our outreach coordinator at outreach@samplelibrary.org.": referral passes', lines: then(VISIT, 'Please have your principal e-mail our outreach coordinator at outreach@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: "…, and you can request a Romans box from the Schools Library Service on 0161 234 1983 or at sls@…" is not read as a
  // referral of its own ("request … from" is no referring verb), so its phone and e-mail are read as the school office's
  // contact and the referral passes; making "request … from" refer reaches every "request it from interlibrary loan" of
  // older rounds: not done in this block
  {
    // reading: "Your school office can tell you whether you subscribe" tells the teacher whom to ask, with no contact
    name: 'British Year 4 teacher, a Romans topic box: "Your school office can tell you …", the Schools Library Service with phone and e-mail: referral fails',
    lines: [
      [0, 'p', "Hello, I'm a Year 4 teacher. Does the library lend topic boxes for schools? We're doing the Romans next half term."],
      [25, 'l', "Hello, you're through to Ask a Librarian at Manchester Libraries, I'm Siobhan. Is your school in Manchester, and does it subscribe to the Schools Library Service?"],
      [70, 'p', "Yes, Manchester. Not sure about the subscription, I'm new."],
      [85, 'l', 'Topic boxes come from the Schools Library Service rather than from us. Your school office can tell you whether you subscribe, and you can request a Romans box from the Schools Library Service on 0161 234 1983 or at sls@manchester.example.gov.uk. Is that what you were after?'],
      [130, 'p', "Brilliant, that's everything. Cheers!"],
      [138, 'l', 'Lovely, good luck with the Romans, and thanks for getting in touch!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('thirty-first round (M4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (M4): teachers and school staff, every check', whole);
describeSessions('thirty-first round (M4): teachers and school staff, short cases', short);
if (guards.length > 0) describeSessions('thirty-first round (M4): teachers and school staff, near misses of the changes', guards);

describeLeft('thirty-first-round-educators', LEFT);
