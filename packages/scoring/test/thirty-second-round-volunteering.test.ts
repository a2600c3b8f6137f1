/**
 * Thirty-second round, area (U3): VOLUNTEERING AND COMMUNITY SERVICE HOURS. Volunteering at the library (the volunteer
 * application, the Friends of the Library, teen volunteer hours), court-ordered or school-required service hours and who
 * can sign the form (not the library: the volunteer coordinator, the school's service-learning office, the court's
 * community service program), finding opportunities (VolunteerMatch, the county volunteer center, the United Way, 211),
 * AmeriCorps and the Peace Corps, volunteering abroad, starting a nonprofit (charity registration, IRS Form 1023, Candid's
 * databases at the library), Eagle Scout projects at the branch; teenagers in chat-speak, parents, retirees, patrons with a
 * court order and a deadline (referral.contact, info.source, inquiry.clarify, followup.*, interest.keep_informed,
 * closing.no_dismissal).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails):
 *   "you'd have to ask his school's service-learning office", "talk to your scoutmaster", "your probation officer can tell
 *   you which sites are approved", "reach out to your campus Peace Corps recruiter", "check with your guidance counselor",
 *   "stop by the branch and ask for the manager".
 *  a referral WITH one (passes): "email our volunteer coordinator at volunteer@…", "call the Community Service Program at
 *   410-…", "dial 211 or go to 211md.org", "contact the Friends at friends@…", "the branch manager, Ms. Patel, at 410-…".
 *  a source, not a referral: "the teen volunteer application at samplelibrary.org/volunteer", "VolunteerMatch.org",
 *   "peacecorps.gov/apply", "IRS Form 1023 at irs.gov/…", "Candid's Foundation Directory Online (our databases page)", "the
 *   book 'How to Form a Nonprofit Corporation' in the catalogue".
 *  not a source: an organisation named with no way to reach it ("the county volunteer center posts opportunities").
 *  the patron vanishing: "Are you still there?", "u still there?", "It looks like you've disconnected; I'll close this
 *   chat. Feel free to come back."
 *  the patron done: "thats all i needed ty", "no more questions", "eso es todo"; not done: "ok cool", "thanks".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - "The volunteer coordinator can sign it" (the patron to take the form to them) is telling the patron to contact a
 *   person, as M3's "the DMV can tell you": a referral (the case is LEFT: the scorer reads none);
 * - "211" (to dial) is a phone number: a way to reach 211;
 * - "Good luck with your hours!" as the provider's last message is a parting wish: a goodbye;
 * - a parent's "she" / "he" in the patron's question is the patron's situation; a question about the child's grade or
 *   school shapes the answer: clarifying;
 * - filing with an agency on its website ("register as a charity with the Secretary of State at sos.maryland.gov/charity",
 *   "incorporate with SDAT (dat.maryland.gov)") is using a web page: a source, no referral (as M3's renewal online);
 * - "the Community Service Program at 410-… has the list" says who has it, it does not tell the patron to contact them: no
 *   referral (my first label was pass);
 * - "I'll pass your question to Germantown's youth services staff, and someone from your library will e-mail you" consults
 *   staff on the patron's behalf: no referral, a follow-up promise.
 * Written: 28 whole sessions (27 first, one moved to LEFT, 2 more for the fixes), 30 short cases (25 first, one moved to
 * LEFT, 6 more), 16 near misses in `guards`, 3 cases LEFT. First run: 5 of 52 cases failed, 5 statuses, all
 * referral.contact: "Dial 211 and ask about community service sites" (read "community service" as the department Community
 * Services, no contact), "talk to your scoutmaster first; our project guidelines are at samplelibrary.org/eagle" (the
 * library's page read as the scoutmaster's contact), "just double check them with your PO" (no referral read), "our volunteer
 * coordinator can sign your hours log" (no referral read) and "the Community Service Program at 410-… has the list" (my label:
 * no referral, corrected). Labels corrected: 2 (that one, and a near miss: "Contact the Volunteer Center …; our list of their
 * openings is at …" gives the center no contact). Fixed in block U3:
 *  - referralParty (phrase family, v33 only; narrows v5's "Community Services"): "community service" as the hours a patron
 *    owes is no department: before hours / hrs / sites / placements / opportunities / requirements / forms / logs / sheets /
 *    projects / credits / obligations, or after "about" ("Dial 211 and ask about community service sites near you", "call the
 *    United Way at 410-895-1400 and ask about community service sites") [near misses, still parties: "Ask Community Services
 *    about the hours", "Contact Community Services; they approve hours", "Talk to the Community Services office about it",
 *    "Call community services and ask about hours", "Stop by Community Services, hours are 9 to 5", "visit Community Services
 *    on the 2nd floor about your community service hours"];
 *  - referralParty (plus) "your / ur / his / her / their PO" (the probation or parole officer), and referralVerb (plus)
 *    "double-check (it / them / that / the hours …) with" as v1's "check with" ("Double-check with ur PO that it counts",
 *    "Just double-check everything with the volunteer office at 410-555-0142") [near misses: "Let me double-check that with
 *    our volunteer coordinator", "Double-check the dates with your calendar", "Double check it with your mom first", "We
 *    double-check the hours with the school", "your PO box", "your PO number"];
 *  - `ownPageTailU3` (classify.ts `ownPageTailU3`, read by checks/referral.ts `afterVerbContactRM`): after a referral's ";",
 *    a clause opening on "our" is the library's own page, no way to reach a party the referral's clause names without "our"
 *    ("talk to your scoutmaster first; our project guidelines are at …", "Check with your school's service-learning office;
 *    our hours log is at …", "Ask your counselor; our page at … has the form") [near misses: "Call the Scout office at
 *    410-555-0199; our Eagle guidelines are at …" (its own phone), "Reach out to the Friends; our Friends page at … has their
 *    e-mail" (points back), "Contact the Volunteer Center …; our list of their openings is at …" (fails, as before)].
 * Left (3): "our volunteer coordinator can sign your hours log" (my reading contestable; "can sign" unguardable); "Email our
 * volunteer coordinator; our volunteer page is at …" (an older reading: the page is a resource's); the student worker's
 * probation session (an older reading: after "can't sign probation hours" and the office's phone, "just ask your probation
 * officer" is read as reached by that phone).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual } from './helpers';

const HOUR = 3600;
const fu = (h: number, by = 'jo') => [{ doneAt: at(h * HOUR), by }];

/** A teen's service-hours question up to the answer to the clarifying question. */
const HOURS: Line[] = [
  [0, 'p', 'hi i need volunteer hours for school can i do them at the library'],
  [20, 'l', "Hi! I'm Jo, a librarian with Ask a Librarian at Sample County Library. What grade are you in, and how many hours do you need?"],
  [50, 'p', '9th grade, 20 hrs by june'],
];
/** A court-ordered hours question up to the patron's answer. */
const COURT: Line[] = [
  [0, 'p', 'i have court ordered community service, can the library sign my hours sheet'],
  [18, 'l', 'Hello, Jo at Ask Us here. Which county is the court order from?'],
  [45, 'p', 'baltimore county district court'],
];
/** A nonprofit question up to the patron's answer. */
const NONPROFIT: Line[] = [
  [0, 'p', 'Hello, I want to start a nonprofit for a community garden. Where do I begin?'],
  [20, 'l', "Hello, I'm Jo, a librarian with AskUsNow! Is the garden in Maryland, and do you plan to apply for tax-exempt status?"],
  [60, 'p', 'Yes, in Maryland, and yes we want 501(c)(3).'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak teen, school hours: the teen volunteer application online, the volunteer coordinator by e-mail',
    lines: [
      [0, 'p', 'hiii does the library let teens volunteer?? i need hrs for NHS'],
      [24, 'l', "Hi there! I'm Marisol, a librarian at Howard County Library System. Yes we do! How old are you, and which branch is closest to you?"],
      [60, 'p', 'im 15, east columbia'],
      [72, 'l', 'Perfect, teens 14 and up can volunteer. The teen volunteer application is at hclibrary.org/volunteer, and once you send it, our volunteer coordinator, Ms. Greene, sets up your schedule. You can e-mail her with questions at volunteer@hclibrary.org. Does that help?'],
      [110, 'p', 'yesss ty. can she sign my nhs form too'],
      [125, 'l', 'Yes, she signs the hours log at the end of each month. Anything else I can help with?'],
      [150, 'p', 'nope thats all i needed!!'],
      [158, 'l', 'Awesome, have fun volunteering! Thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'anxious patron with a court order and a deadline: the library cannot sign, the county\'s Community Service Program with its phone',
    lines: [
      ...COURT,
      [55, 'l', "I'm sorry, the library isn't an approved community service site, so we can't sign court hours. Let me find the program's contact for you, one moment."],
      [120, 'p', 'ok but i need 40 hours by the 30th im freaking out'],
      [140, 'l', "I understand, that's a tight deadline. Baltimore County's Community Service Program places people at approved sites; call them at 410-887-3000 and they can tell you which sites can still take you this month. Does that help?"],
      [190, 'p', 'yes thank you so much. thats all'],
      [198, 'l', "You're welcome, and good luck. Thanks for contacting Ask Us!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // no question and no source; "you'd have to ask his school's service-learning office" refers with no contact
    name: 'sloppy, a parent asks if the library can sign her son\'s hours form: "ask his school\'s service-learning office", nothing else',
    lines: [
      [0, 'p', 'Can the library sign off on my son\'s community service hours for school?'],
      [25, 'l', "Hi, this is Pat at the Reisterstown branch. Unfortunately we can't sign community service forms. You'd have to ask his school's service-learning office."],
      [70, 'p', 'ok'],
      [78, 'l', 'Have a good day!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'warm, a retiree wants to join the Friends of the Library: the Friends page and their e-mail',
    lines: [
      [0, 'p', 'Good afternoon. I recently retired and would like to help at my library. Is there a Friends group?'],
      [30, 'l', "Good afternoon, and congratulations on your retirement! I'm Denise, a librarian with Ask a Librarian at Carroll County Public Library. Which branch do you use?"],
      [75, 'p', 'Westminster.'],
      [85, 'l', "Lovely. The Friends of the Westminster Library run the book sale and help with programs. Membership and the volunteer form are at library.carr.org/friends, and you can write to them at friends.westminster@carr.org. Is that what you were looking for?"],
      [140, 'p', 'Yes, exactly. Thank you!'],
      [146, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'No, that is everything.'],
      [176, 'l', 'Wonderful! Thank you for chatting, and enjoy the book sale!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the campus recruiter is a person the patron is told to reach, with no way to reach them
    name: 'formal academic, a senior asks about the Peace Corps: peacecorps.gov and a book; "reach out to your campus recruiter": referral fails',
    lines: [
      [0, 'p', 'Good evening. I am a senior at Towson University considering the Peace Corps after graduation. What are the requirements, and how long is the application process?'],
      [35, 'l', 'Good evening, and thank you for contacting AskUsNow! My name is Elaine, and I am a librarian with Baltimore County Public Library. Do you have a particular region or sector in mind, such as education or health?'],
      [95, 'p', 'Education, preferably in Latin America.'],
      [105, 'l', 'One moment while I gather a few resources.'],
      [190, 'l', "Requirements, open positions by region and sector, and the application timeline (usually six to nine months from application to departure) are at peacecorps.gov/apply. For a first-hand account, our catalogue has 'So You Want to Join the Peace Corps' by Dillon Banerjee. I would also suggest reaching out to your campus Peace Corps recruiter, who can review your application. Does this answer your question?"],
      [260, 'p', 'Yes, it does. That is all I needed. Thank you.'],
      [268, 'l', 'You are most welcome. Best of luck, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a mother asks about AmeriCorps for her daughter: americorps.gov, the Spanish page',
    lines: [
      [0, 'p', 'Hola, mi hija tiene 18 años y quiere hacer AmeriCorps. ¿Dónde puede aplicar?'],
      [22, 'l', 'Hola, soy Marta, bibliotecaria de AskUsNow! ¿Su hija busca un programa de tiempo completo o de verano?'],
      [60, 'p', 'De verano, si se puede.'],
      [72, 'l', 'Los programas de verano están en americorps.gov/serve; hay una página en español en americorps.gov/es. Allí puede buscar por estado y aplicar en línea. ¿Le sirve esta información?'],
      [120, 'p', 'Sí, muchas gracias. Eso es todo.'],
      [128, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
    ],
    exp: usual(),
  },
  {
    // the promise: a list of workshops e-mailed by Thursday; the e-mail given in the chat; not recorded yet, before the deadline
    name: 'follow-up, starting a nonprofit: Form 1023 at irs.gov, charity registration at sos.maryland.gov, Candid at Central; a workshop list by Thursday',
    lines: [
      ...NONPROFIT,
      [70, 'l', 'Let me pull the forms together, one moment.'],
      [150, 'l', "First you incorporate with the State Department of Assessments and Taxation (the articles of incorporation are at dat.maryland.gov/businesses). For 501(c)(3) status you file IRS Form 1023 or the shorter 1023-EZ, both at irs.gov/forms-pubs/about-form-1023, and if you raise money you register as a charity with the Secretary of State at sos.maryland.gov/charity. For grants, Candid's Foundation Directory Online is free on the computers at our Central branch. Does that help?"],
      [220, 'p', 'Yes a lot. Are there any workshops on this?'],
      [235, 'l', "Maryland Nonprofits runs some, but I'd like to check the spring dates. I'll e-mail you a list of upcoming workshops by Thursday. What e-mail should I use?"],
      [270, 'p', 'greenrow.garden@example.org'],
      [280, 'l', 'Got it, greenrow.garden@example.org. Anything else for now?'],
      [300, 'p', 'No, that is all. Thank you!'],
      [306, 'l', "You're welcome! Talk to you by Thursday. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Ana', email: 'greenrow.garden@example.org', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a scout\'s parent, an Eagle Scout project at the branch: the branch manager by name with her phone',
    lines: [
      [0, 'p', 'hi my son is working on his eagle scout project and wants to build a little free library or benches at our branch. who do we talk to'],
      [28, 'l', 'Hi! This is Tom, a librarian at Frederick County Public Libraries. What a great project! Which branch is it?'],
      [60, 'p', 'Urbana'],
      [70, 'l', "All building projects on library grounds go through the branch manager. At Urbana that's Ms. Priya Patel; call her at 301-600-7000 or e-mail ppatel@frederickcountymd.gov to set up a meeting with your son and his project coach. Is that what you needed?"],
      [120, 'p', 'yes perfect thank you'],
      [126, 'l', 'Anything else I can help with?'],
      [140, 'p', 'no thats it'],
      [145, 'l', 'Thanks for chatting, and good luck to your son!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron's anxious "hello??" does not restart the wait: 190 s from the patron's message at 60 s to the answer at 250 s
    name: 'court hours, the provider goes quiet for three minutes with no hold: keep informed fails',
    lines: [
      [0, 'p', 'i need to find somewhere to do 25 hrs community service for court, its due in 3 weeks'],
      [22, 'l', "Hi, I'm Sam with AskUsNow! Which county's court is it?"],
      [60, 'p', 'anne arundel'],
      [150, 'p', 'hello??'],
      [250, 'l', "Sorry for the wait! Anne Arundel County's Alternative Sentencing and Community Service office places people at approved sites: call 410-222-1487. Does that help?"],
      [290, 'p', 'ok yes. thats all'],
      [296, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'teen vanishes after the answer: VolunteerMatch for animal shelters; check-in, then the disconnect notice',
    lines: [
      [0, 'p', 'where can i volunteer w animals im 16'],
      [20, 'l', "hey! I'm Kai, a student assistant with Ask a Librarian :) what town are you in?"],
      [45, 'p', 'laurel'],
      [60, 'l', 'VolunteerMatch lists shelter volunteering near Laurel for 16+: volunteermatch.org, search "animals" and your zip. did that help?'],
      [210, 'l', 'u still there?'],
      [370, 'l', "Looks like you've disconnected, so I'll close this chat. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the clarifying question is a substantive exchange; the patron sent one message, so Lost Call is right
    name: 'the patron vanishes after the clarifying question: a check-in only, no notice, Lost Call',
    lines: [
      [0, 'p', 'how do i get my volunteer hours verified for a scholarship'],
      [25, 'l', 'Hello, Jo at Ask Us here. Where did you do the hours, and what does the scholarship ask for?'],
      [180, 'l', 'Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 90 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'transfer to the teen services librarian: notice, internal note, transfer; the teen volunteer calendar',
    lines: [
      ...HOURS,
      [60, 'l', "Our teen services librarian runs the teen volunteer program, so I'm transferring you to her now. One moment please!"],
      [63, 'i', 'Rosa: 9th grader needs 20 school hours by June, asking about teen volunteering. Teen q.'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the teen services librarian, picking up from Jo. Do you want to help with summer reading or with the after-school homework club?", ROSA],
      [140, 'p', 'summer reading sounds fun', ],
      [150, 'l', 'Great! Summer reading volunteer sign-ups open May 1 at samplelibrary.org/teens/volunteer; 20 hours fits easily in June. Does that help?', ROSA],
      [190, 'p', 'ya thx thats all'],
      [196, 'l', 'See you this summer, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // the transfer is announced to the patron, but no internal note says why
    name: 'transfer without a note to the receiving provider: the Friends\' book sale volunteer: transfer fails',
    lines: [
      [0, 'p', 'Hi, how do I sign up to help at the Friends book sale?'],
      [20, 'l', "Hello, I'm Jo at Sample County Library. Is it the spring sale at the Central branch?"],
      [50, 'p', 'Yes, the one in April.'],
      [56, 'l', "I'll transfer you to a colleague at Central who knows the sale. One moment."],
      [60, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', "Hi, Rosa at Central here. Sign-up for the April sale is at samplelibrary.org/friends/booksale. Does that help?", ROSA],
      [130, 'p', 'Yes, that is all, thanks.'],
      [135, 'l', 'Thanks for volunteering, bye!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'British gap-year student, volunteering abroad: a guide in the catalogue and the FCDO travel advice',
    lines: [
      [0, 'p', "Hiya, I'm on a gap year and fancy volunteering abroad, somewhere in South East Asia. Any idea how to find a legit programme? Don't want to get scammed."],
      [30, 'l', "Hello, and welcome to Ask a Librarian! I'm Nadia, a librarian at Montgomery County Public Libraries. Are you looking for something free or are you willing to pay a placement fee?"],
      [80, 'p', "Happy to pay a bit, but not loads. Teaching English maybe?"],
      [95, 'l', "Brilliant. 'The Gap Year Guidebook' and 'Volunteer: A Traveller's Guide to Making a Difference Around the World' (Lonely Planet) are both in our catalogue at catalog.mcpl.org, and they explain how to vet an organisation. For safety, check the country pages at gov.uk/foreign-travel-advice. Does that answer your question?"],
      [160, 'p', 'Cheers, that is spot on. That is everything!'],
      [168, 'l', 'Lovely, safe travels and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a volunteer certificate for hours done at the library: the coordinator\'s e-mail',
    lines: [
      [0, 'p', 'Good morning madam. Kindly tell me the procedure to get volunteer certificate for 30 hours I did at the library in summer.'],
      [25, 'l', "Good morning! I'm Jo, a librarian at Sample County Library's Ask Us chat. Which branch did you volunteer at?"],
      [70, 'p', 'Elkridge branch only.'],
      [82, 'l', 'Thank you. Certificates come from our volunteer coordinator, Mr. Ahmed; please e-mail him at volunteers@samplelibrary.org with your name, the branch and the dates, and he will prepare it. Does that help?'],
      [130, 'p', 'Yes this is helpful. Thank you very much. No more questions.'],
      [138, 'l', 'You are welcome, have a nice day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "you've reached your limit of questions" ends the help for the provider's convenience
    name: 'dismissal: a nonprofit founder\'s many questions, "you\'ve reached the limit of questions for one chat"',
    lines: [
      ...NONPROFIT,
      [70, 'l', 'The IRS explains 501(c)(3) applications at irs.gov/charities, Form 1023. Does that help?'],
      [100, 'p', 'Yes. And how do I write bylaws? And do I need a board? How many people?'],
      [110, 'l', "You've reached the limit of questions for one chat, so I have to end it here."],
      [120, 'p', 'oh ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'others waiting, politely, with an invitation back: a grant seeker, Candid\'s FDO',
    lines: [
      ...NONPROFIT,
      [70, 'l', "For grants, Candid's Foundation Directory Online is on our databases page, samplelibrary.org/databases (use it in any branch). Is that what you were looking for?"],
      [110, 'p', 'yes, and can you also help me with a budget and bylaws and a logo'],
      [122, 'l', "Those are great next steps! There are other patrons waiting for help right now, so please log back on later and we'll be glad to help with the bylaws. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // "dial 211" is a referral to 211 by phone
    name: 'retiree, volunteer opportunities near home: dial 211 or 211md.org, the United Way\'s volunteer center site',
    lines: [
      [0, 'p', 'I am 70 and would like to volunteer a few hours a week. Where do I find opportunities around Annapolis?'],
      [28, 'l', "Hello! I'm Gwen, a librarian with AskUsNow! Do you prefer working with people, such as tutoring, or something behind the scenes?"],
      [75, 'p', 'With people, I was a teacher.'],
      [88, 'l', "Wonderful. The United Way of Central Maryland's volunteer center lists tutoring and mentoring openings at uwcm.org/volunteer. You can also dial 211 and ask about volunteer programs for seniors near Annapolis. Does this help?"],
      [140, 'p', 'Very much. Thank you dear.'],
      [146, 'l', 'Anything else I can help with today?'],
      [160, 'p', 'No, that is all.'],
      [165, 'l', 'Thank you for chatting, and happy volunteering!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'concurrency: the provider had four other chats open: the teen volunteer application',
    lines: [
      ...HOURS,
      [62, 'l', 'Teens can apply at samplelibrary.org/volunteer; 20 hours by June is doable. Did that help?'],
      [90, 'p', 'yes thx thats all'],
      [96, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('u3a', 'jo', -100, 400), other('u3b', 'jo', -50, 400), other('u3c', 'jo', 0, 400), other('u3d', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // the patron's own library will contact them within 72 hours; the e-mail confirmed; recorded after 30 hours
    name: 'follow-up by the patron\'s library: a homeschool family\'s service project, the branch will e-mail within 72 hours',
    lines: [
      [0, 'p', 'Hi, we homeschool and my kids (10 and 12) would like to do a service project with the library. Is that possible?'],
      [30, 'l', "Hi! I'm Lee, a librarian with AskUsNow!, answering for all Maryland libraries. Which library system do you belong to?"],
      [70, 'p', 'Montgomery County, the Germantown branch.'],
      [85, 'l', "Group service projects are arranged by each branch, so I'll pass your question to Germantown's youth services staff, and someone from your library will e-mail you within 72 hours. Is this the best e-mail: the.okoro.family@example.com?"],
      [130, 'p', 'Yes, that is right.'],
      [140, 'l', 'Great. Is there anything else I can help with?'],
      [160, 'p', 'No, thank you!'],
      [166, 'l', 'Thanks for chatting, have a lovely day!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Mrs Okoro', email: 'the.okoro.family@example.com', phone: null }, followUps: fu(30, 'mcpl') },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // a promise ("I'll email you the list") coded Answered; no when; not recorded yet, before the deadline. Label corrected
    // (my first label was referral pass): "the Community Service Program at 410-… has the list" says who has it, it does not
    // tell the patron to contact them
    name: 'a promise coded Answered: "I\'ll email you the list of sites", no time given: code and contact fail',
    lines: [
      ...COURT,
      [60, 'l', "We can't sign court hours, sorry. Baltimore County's Community Service Program at 410-887-3000 has the list of approved sites. I'll also email you the list of nonprofits that took volunteers last year. What's your email?"],
      [100, 'p', 'dmiller88@example.com'],
      [108, 'l', 'Thanks! Did that help?'],
      [130, 'p', 'yea thanks thats all'],
      [136, 'l', 'Good luck, bye!'],
    ],
    over: { patron: { name: 'D Miller', email: 'dmiller88@example.com', phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending', referral: 'na' }),
  },
  {
    name: 'scripted macros, a teen asks about summer volunteering: the welcome macro, the teen page, the closing macro',
    lines: [
      [0, 'p', 'How do I sign up for summer volunteering at the library'],
      [8, 'l', 'Welcome to AskUsNow! Thank you for your question. A librarian will be with you shortly.'],
      [40, 'l', 'Hi, my name is Lee and I am a librarian at Montgomery County Public Libraries. How old are you, and do you need the hours for school (SSL)?'],
      [75, 'p', '14 and yes for SSL'],
      [88, 'l', 'MCPL teen volunteers earn SSL hours; the summer application is at montgomerycountymd.gov/library/volunteer. Does this completely answer your question?'],
      [130, 'p', 'yes thank you'],
      [136, 'l', 'Is there anything else I can help you with today?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    // "stop by the Business Library's reference desk" refers to the library's own department, with no way to reach it
    name: 'grant databases: Candid is in-library only, "stop by the reference desk at our Business Library": referral fails',
    lines: [
      ...NONPROFIT,
      [72, 'l', "The IRS's Form 1023 is at irs.gov/forms-pubs/about-form-1023. To find funders, Candid's Foundation Directory Online can only be used in the library: stop by the reference desk at our Business Library and they'll set you up. Does that answer your question?"],
      [120, 'p', 'Yes, thank you. That is all I needed.'],
      [126, 'l', 'You are welcome, good luck with the garden!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the source in the first answer, no question before it
    name: 'terse veteran, the volunteer application with no question first: clarify fails',
    lines: [
      [0, 'p', 'volunteer application?'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Application is at bcpl.info/volunteer. That what you need?'],
      [40, 'p', 'yep'],
      [44, 'l', 'Anything else?'],
      [55, 'p', 'nope'],
      [58, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // the patron says goodbye last: no final idle
    name: 'the patron sends the last message: AmeriCorps NCCC age limits, patron "ok bye"',
    lines: [
      [0, 'p', 'what is the age limit for americorps nccc'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Are you asking about the traditional NCCC program or FEMA Corps?"],
      [50, 'p', 'traditional'],
      [60, 'l', 'Traditional NCCC takes members 18 to 26; the details are at americorps.gov/serve/americorps/americorps-nccc. Does that help?'],
      [90, 'p', 'yes thanks. that is everything'],
      [96, 'l', 'Great, thanks for chatting!'],
      [110, 'p', 'ok bye'],
    ],
    over: { endAfter: 300 },
    exp: usual(),
  },
  {
    // the patron comes back after the check-in: no final idle at the check-in
    name: 'Australian volunteer, Friends newsletter: a check-in answered, the Friends\' newsletter page',
    lines: [
      [0, 'p', "G'day, I'm visiting my daughter for six months, can I volunteer at the library while I'm here?"],
      [25, 'l', "G'day and welcome! I'm Jo, a librarian with Ask Us at Sample County Library. Do you have a library card with us yet?"],
      [70, 'p', 'Not yet, do I need one?'],
      [85, 'l', 'Volunteers need a card, and you can get one at any branch with proof of address. The volunteer application is at samplelibrary.org/volunteer. Does that help?'],
      [220, 'l', 'Are you still with me?'],
      [240, 'p', 'Sorry, yes! Brilliant, that is all I needed, cheers.'],
      [246, 'l', 'No worries, enjoy your stay, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  // ---- more for the fixes -------------------------------------------------------------------------------------------------
  {
    // "ask about community service sites" is the patron's hours, not a department: the United Way's phone reaches the referral
    name: 'court hours, a worried father: the library cannot sign, "call the United Way at 410-895-1400 and ask about community service sites"',
    lines: [
      [0, 'p', 'My son was given 30 hours of community service by the juvenile court. Can he do them at your library?'],
      [26, 'l', "Hello, I'm Dana with AskUsNow! I'm sorry, our libraries are not approved court sites, so we can't sign those hours. Is he required to use the court's list of sites, or may he choose any nonprofit?"],
      [80, 'p', 'The letter says any registered nonprofit.'],
      [95, 'l', "Then he has lots of choices. Call the United Way of Central Maryland's volunteer center at 410-895-1400 and ask about community service sites that take 16-year-olds; they keep a list of nonprofits that sign court forms. Does that answer your question?"],
      [150, 'p', 'Yes, thank you. That is all.'],
      [156, 'l', 'You are welcome. Thank you for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the probation officer by the short name and "double check … with": a referral without a contact
    name: 'chat-speak, probation hours: the food bank\'s volunteer page, "double-check with ur PO that it counts": referral fails',
    lines: [
      [0, 'p', 'hey can i do my probation comm service at a food bank'],
      [18, 'l', 'hi, Sam from Ask a Librarian here. what city r u in?'],
      [40, 'p', 'hagerstown'],
      [52, 'l', 'the Western Maryland Food Bank signs up volunteers at westernmarylandfoodbank.org/volunteer. Double-check with ur PO that it counts before u start. did that help?'],
      [85, 'p', 'ya ty thats all'],
      [90, 'l', 'good luck! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: the coordinator, the school, the court, with or without a way to reach them ---------------------------
  { name: '"email our volunteer coordinator at volunteer@samplelibrary.org" : referral passes', lines: then(HOURS, 'Please email our volunteer coordinator at volunteer@samplelibrary.org to set up your hours. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"check with your guidance counselor" : referral fails', lines: then(HOURS, 'The application is at samplelibrary.org/volunteer. Check with your guidance counselor that library hours count. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call the Community Service Program at 410-887-3000" : referral passes', lines: then(COURT, 'We cannot sign court hours. Call the Community Service Program at 410-887-3000 for approved sites. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"your probation officer can tell you which sites are approved" : referral fails', lines: then(COURT, 'We cannot sign court hours, but your probation officer can tell you which sites are approved. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"talk to your scoutmaster" : referral fails', lines: then(HOURS, 'For an Eagle project, talk to your scoutmaster first; our project guidelines are at samplelibrary.org/eagle. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"reach out to the service-learning office at your school" : referral fails', lines: then(HOURS, 'The log form is at samplelibrary.org/volunteer; reach out to the service-learning office at your school to get it approved. Does that help?'), exp: some({ referral: 'fail' }) },
  // reading: 211 is a phone number
  { name: '"dial 211 and ask about volunteer programs" : referral passes', lines: then(COURT, 'We cannot sign court hours. Dial 211 and ask about community service sites near you. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"e-mail the Friends at friends@samplelibrary.org" : referral passes', lines: then(HOURS, 'The Friends of the Library take teen helpers at the book sale; e-mail the Friends at friends@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources -------------------------------------------------------------------------------------------------------------
  { name: '"VolunteerMatch.org lists …" : a source, no referral', lines: then(HOURS, 'VolunteerMatch.org lists teen opportunities by zip code. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"peacecorps.gov/apply" : a source, no referral', lines: then(HOURS, 'The application and the requirements are at peacecorps.gov/apply. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the county volunteer center named, no way to reach it, no verb: no source', lines: then(HOURS, 'The county volunteer center posts teen opportunities every spring. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'a book in the catalogue: a source', lines: then(NONPROFIT, "Our catalogue has 'How to Form a Nonprofit Corporation' by Anthony Mancuso, with the Maryland steps. Does that help?"), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'Candid\'s Foundation Directory Online on the databases page: a source', lines: then(NONPROFIT, "Candid's Foundation Directory Online is on our databases page at samplelibrary.org/databases. Does that help?"), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------------
  { name: '"Is it court-ordered or for school?" before the source: clarify passes', lines: [[0, 'p', 'i need community service hours'], [15, 'l', "Hi, I'm Jo at Ask Us. Is it court-ordered or for school?"], [40, 'p', 'school'], [50, 'l', 'VolunteerMatch.org lists teen opportunities. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"When are the hours due?" before the source: clarify passes', lines: [[0, 'p', 'i need community service hours'], [15, 'l', "Hi, I'm Jo at Ask Us. When are the hours due?"], [40, 'p', 'end of may'], [50, 'l', 'VolunteerMatch.org lists short-term opportunities. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'i need community service hours'], [15, 'l', "Hi, I'm Jo at Ask Us. VolunteerMatch.org lists opportunities. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------------
  { name: '"Did that answer your question about the hours log?" : completeness passes', lines: [...HOURS, [70, 'l', 'The hours log is at samplelibrary.org/volunteer/log. Did that answer your question about the hours log?'], [100, 'p', 'ya'], [106, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  { name: '"Would you like the link to the Friends page too?" after the answer: completeness fails', lines: [...HOURS, [70, 'l', 'The teen application is at samplelibrary.org/volunteer. Would you like the link to the Friends page too?'], [100, 'p', 'no'], [106, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  // ---- the patron done, or not --------------------------------------------------------------------------------------------------
  { name: '"thats all i needed ty" : anything else passes', lines: [...HOURS, [70, 'l', 'The application is at samplelibrary.org/volunteer. Does that help?'], [90, 'p', 'thats all i needed ty'], [95, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok cool" : anything else fails', lines: [...HOURS, [70, 'l', 'The application is at samplelibrary.org/volunteer. Does that help?'], [90, 'p', 'ok cool'], [95, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------------------
  { name: '"You\'ve asked a lot of questions today, so I\'m ending the chat." : dismissal fails', lines: [...NONPROFIT, [70, 'l', 'Form 1023 is at irs.gov/forms-pubs/about-form-1023. Does that help?'], [100, 'p', 'and bylaws? and board?'], [110, 'l', "You've asked a lot of questions today, so I'm ending the chat now."]], exp: some({ dismissal: 'fail' }) },
  { name: '"Other patrons are waiting; please come back anytime" : dismissal passes', lines: [...NONPROFIT, [70, 'l', 'Form 1023 is at irs.gov/forms-pubs/about-form-1023. Does that help?'], [100, 'p', 'and bylaws? and board?'], [110, 'l', 'Other patrons are waiting for help, so I need to wrap up, but please come back anytime with the bylaws question!']], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- goodbyes ----------------------------------------------------------------------------------------------------------------------
  // reading: a parting wish is a goodbye
  { name: '"Good luck with your hours!" last: courteous passes', lines: [...HOURS, [70, 'l', 'The application is at samplelibrary.org/volunteer. Does that help?'], [90, 'p', 'ya'], [95, 'l', 'Good luck with your hours!']], exp: some({ courteous: 'pass' }) },
  // ---- keep informed ------------------------------------------------------------------------------------------------------------------
  { name: '"Checking with our volunteer coordinator…" then an update 100 s later: keep informed passes', lines: [...HOURS, [58, 'l', "Let me check the teen volunteer openings, one moment."], [160, 'l', 'Still looking, the summer list just changed.'], [250, 'l', 'Openings are at samplelibrary.org/teens/volunteer. Does that help?'], [280, 'p', 'yes'], [285, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes ---------------------------------------------------------------------------------------------------------------
  { name: '"call 211 and ask about community service opportunities for teens" : referral passes', lines: then(HOURS, 'You can call 211 and ask about community service opportunities for teens. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask about community service hours" after the volunteer office\'s e-mail: referral passes', lines: then(HOURS, 'E-mail the county volunteer office at volunteer@howardcountymd.gov and ask about community service requirements for NHS. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Ask ur PO which sites count." : referral fails', lines: then(COURT, 'The county volunteer list is at volunteermatch.org. Ask ur PO which sites count. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Just double-check everything with the volunteer office at 410-555-0142." : referral passes', lines: then(HOURS, 'The teen application is at samplelibrary.org/volunteer. Just double-check everything with the volunteer office at 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Check with your school\'s service-learning office; our hours log is at samplelibrary.org/log." : referral fails', lines: then(HOURS, "Check with your school's service-learning office; our hours log is at samplelibrary.org/log. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Ask your counselor; our page at samplelibrary.org/teens has the form." : referral fails', lines: then(HOURS, 'Ask your counselor; our page at samplelibrary.org/teens has the form. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the department Community Services is still a party (narrowed only as the hours a patron owes)
  { name: 'near miss: "Ask Community Services about the hours." : referral fails', lines: then(COURT, 'Ask Community Services about the hours. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Contact Community Services; they approve hours." : referral fails', lines: then(COURT, 'Contact Community Services; they approve hours. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Talk to the Community Services office about it." : referral fails', lines: then(COURT, 'Talk to the Community Services office about it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Call community services and ask about hours." : referral fails', lines: then(COURT, 'Call community services and ask about hours. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Stop by Community Services, hours are 9 to 5 weekdays." : referral fails', lines: then(COURT, 'Stop by Community Services, hours are 9 to 5 weekdays. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Please visit Community Services on the 2nd floor about your community service hours." : referral fails', lines: then(COURT, 'Please visit Community Services on the 2nd floor about your community service hours. Does that help?'), exp: some({ referral: 'fail' }) },
  // "double-check" with no party, the provider's own, a PO box or a purchase order
  { name: 'near miss: "Let me double-check that with our volunteer coordinator." : no referral', lines: then(HOURS, 'Let me double-check that with our volunteer coordinator. The application is at samplelibrary.org/volunteer. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Double-check the dates with your calendar before you sign up." : no referral', lines: then(HOURS, 'The summer list is at samplelibrary.org/volunteer. Double-check the dates with your calendar before you sign up. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Double check it with your mom first." : no referral', lines: then(HOURS, 'The application is at samplelibrary.org/volunteer. Double check it with your mom first. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We double-check the hours with the school before we sign." : no referral', lines: then(HOURS, 'The log is at samplelibrary.org/volunteer/log. We double-check the hours with the school before we sign. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Mail the form to your PO box." : no referral', lines: then(NONPROFIT, 'The IRS mails the letter to your PO box; Form 1023 is at irs.gov/forms-pubs/about-form-1023. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Put your PO number on the purchase request." : no referral', lines: then(NONPROFIT, 'Candid is at samplelibrary.org/databases. For the workshop fee, put your PO number on the registration form. Does that help?'), exp: some({ referral: 'na' }) },
  // the clause after ";" opening on "our" that gives the party's contact or points back, or a party with its own contact
  { name: 'near miss: "Call the Scout office at 410-555-0199; our Eagle guidelines are at …" : referral passes', lines: then(HOURS, 'Call the Scout office at 410-555-0199; our Eagle guidelines are at samplelibrary.org/eagle. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Reach out to the Friends; our Friends page at … has their e-mail." : referral passes', lines: then(HOURS, 'Reach out to the Friends; our Friends page at samplelibrary.org/friends has their e-mail. Does that help?'), exp: some({ referral: 'pass' }) },
  // label corrected (my first label was pass): the library's list of the center's openings is no way to reach the center
  { name: 'near miss: "Contact the Volunteer Center; our list of their openings is at …" : referral fails', lines: then(HOURS, 'Contact the Volunteer Center of Frederick County; our list of their openings is at samplelibrary.org/vc. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Talk to your scoutmaster about the form; also our Eagle checklist is at …" : referral fails', lines: then(HOURS, 'Talk to your scoutmaster about the form; also our Eagle project checklist is at samplelibrary.org/eagle. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: an older reading: after "can't sign probation hours" and the office's phone, the PO's referral ("just ask your
    // probation officer" as well) is read as reached by that phone (the party's word "probation" shared); the double-check / PO
    // reading of this block finds it when the message does not name probation before (the chat-speak food bank session)
    name: 'student worker, probation hours: the court\'s community service office by phone, VolunteerMatch, "double check them with your PO": referral fails',
    lines: [
      [0, 'p', 'my PO says i need 50 hrs community service. does the library count'],
      [20, 'l', 'hi! Alex here at Ask a Librarian :) which county are u on probation in?'],
      [50, 'p', 'howard'],
      [62, 'l', "ok so the library can't sign probation hours, sorry. the Howard County community service office can tell you which sites count, they're at 410-313-2000. VolunteerMatch (volunteermatch.org) also has places near u, just double check them with your PO. did that help?"],
      [110, 'p', 'ya thats all i needed thx'],
      [115, 'l', 'np, good luck! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: my reading (the coordinator "can sign" it tells the patron to take the form to them, as M3's "the DMV can tell you")
  // is contestable under "telling the patron to contact or visit", and a widening of "can sign" could not be guarded well ("the
  // library can't sign", "a parent can sign", "she signs the log monthly"); the scorer reads no referral
  { name: '"Our volunteer coordinator can sign your hours log." : referral fails', lines: then(HOURS, 'The application is at samplelibrary.org/volunteer, and our volunteer coordinator can sign your hours log. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: an older reading (the library's own volunteer page after ";" is "a resource's" contact, not the coordinator's);
  // my label reads the page as a URL reaching the library's own coordinator; RUBRIC.md leaves room, so no change
  { name: '"Email our volunteer coordinator; our volunteer page is at …" : referral passes', lines: then(HOURS, 'Email our volunteer coordinator; our volunteer page is at samplelibrary.org/volunteer. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-second round (U3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (U3): volunteering, every check', whole);
describeSessions('thirty-second round (U3): volunteering, short cases', short);
describeSessions('thirty-second round (U3): volunteering, near misses of the changes', guards);

describeLeft('thirty-second-round-volunteering', LEFT);
