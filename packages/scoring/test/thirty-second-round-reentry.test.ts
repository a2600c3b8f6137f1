/**
 * Thirty-second round, area (S3): REENTRY AND JUSTICE-INVOLVED PATRONS. A loved one's inmate locator entry, visiting or
 * writing to someone in a jail or prison (visiting rules, approved mail, e-messaging), ID and a birth certificate after
 * release, expungement and record shielding (the Judiciary's forms, "we can't give legal advice", the public defender,
 * legal aid), work with a record (reentry programs, ban-the-box, the American Job Center), court dates and case search,
 * probation questions the library cannot answer, books-to-prisons programs, the library's reentry resource guide.
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers (labelled from RUBRIC.md before the scorer ran):
 *  a referral WITHOUT a way to reach the party (referral fails): "you should talk to a lawyer or the public defender",
 *   "your probation agent is the one to ask", "reach out to the reentry center downtown", "the Division of Correction can
 *   tell you", "kindly approach the District Legal Services Authority", "legal aid might help, you could call them", "get in
 *   touch with your parole officer", "stop by our reentry help desk at Central", "bring the release letter to your nearest
 *   DMV", "ask his public defender".
 *  a referral WITH one (passes): "call the Visitation Office at 410-222-6500", "call their Expungement Unit at 410-767-8460",
 *   "ring LawAccess NSW on 1300 888 529", "head to ur nearest American Job Center, u can find it at careeronestop.org/…",
 *   "take ur DPSCS release papers … to the MVA; the ID card is free …: mva.maryland.gov/…", "contact them through
 *   mdlab.org/get-legal-help".
 *  a source, not a referral: the DPSCS inmate locator, Case Search, the Judiciary's expungement forms, VINELink, ViaPath,
 *   gov.uk/prison-visits, eCourts, the library's reentry guide, "Books Through Bars … request through booksthroughbars.org".
 *  "we can't give legal advice" with forms given: no dismissal; "your time is up, we only allow 15 minutes": dismissal.
 *
 * Readings taken where the text leaves room (each also at its case):
 * - an organisation described with its address or phone ("The Mayor's Office … runs the Reentry Center at 1100 N. Eutaw
 *   Street …, phone …", "if you're struggling, the Helpline is free on 0808 …", "MVLS runs expungement clinics: 410-…")
 *   tells no one to contact or visit it: no referral (referral.contact na). My first labels were pass (5 of them);
 * - "<party> can tell you / can help you with that" is a referral (as round 31's "The DMV can tell you");
 * - "there's a duty lawyer at Parramatta Local Court on the day" says who is there, it tells no one to go;
 * - "I'll call the programs … and e-mail you the list by tomorrow" is the provider acting: a follow-up, not a referral;
 * - a session with only a greeting, a hold, a check-in and a disconnect notice has no substantive exchange (info checks na);
 * - "Take care, and I am sorry for your loss", "have a good one" are partings: goodbyes.
 *
 * Written: 33 whole sessions (30 first, 3 more for the fixes), 33 short cases (26 first, 9 more for the fixes, 2 moved to
 * LEFT), 13 near misses in `guards`, 5 in LEFT. First run: 7 of 87 tests failed, all on referral.contact: 5 were my labels
 * (descriptions of a party with its contact, now na), 1 a scorer error fixed (`partyDomainS3`), 1 left ("<party> can
 * review your case"). Probing the area found the public defender was no party ("ask the public defender", "your public
 * defender can tell you": na). The fix sessions' first run: 5 more on referral.contact: "take ur … and ur birth certificate
 * to the MVA" and "take the letter from your case manager to your nearest DMV" (longer objects, "ur": fixed in the verb),
 * "ok so take …" (fixed: `okLeadInS3`), and two older readings of a source's URL given to a referred party (left).
 * Fixed in block S3:
 *  - referralParty (phrase family, v33 only): the public defender, told to the patron to ask or said to help ("ask his public
 *    defender about a bail review", "your public defender can help you with that: … 301-600-2539") [near misses: "The Public
 *    Defender's expungement page at opd.state.md.us …", "If a public defender handled your case, …", "The public defender's
 *    website, opd.state.md.us, explains …", "Your public defender filed the motion last week"];
 *  - referralVerb (phrase family, v33 only): papers brought or taken to the motor vehicle agency ("bring your release papers
 *    to the MVA", "take the letter from your case manager to your nearest DMV") [near misses: "Take the 22 bus to the MVA",
 *    "take the MVA practice test at …", "bring your photo to the MVA website: upload it at …"];
 *  - `partyDomainS3` (classify.ts `partyDomainS3`, read by checks/referral.ts's afterVerbContactRM): after the referral's
 *    ";", a clause naming another party still gives the referred party's URL when the URL's first host label is a word of
 *    the party's name ("take your DPSCS release papers to any MVA office; the ID is free if you were released from a Maryland
 *    facility …: mva.maryland.gov/…") [near misses: "…any MVA office; the DOC's release checklist from the facility is at
 *    dpscs.maryland.gov/release", "…any DHS office; the facility's reentry coordinator lists … at reentry.maryland.gov",
 *    "take your Maryland papers to the clerk's office; … at maryland.gov/id"];
 *  - `okLeadInS3` (classify.ts `okLeadInS3`, read by checks/referral.ts): a chat "ok / okay / alright" before v11's lead-in
 *    words leaves the imperative told to the patron ("ok so call the Jessup visiting office at …", "okay, just ask ur case
 *    manager …") [near misses: "ok so they call the facility for you", "Ok so the facility will call you back", "ok so
 *    visiting is on weekends only, …"].
 * Left (5, in LEFT with reasons): "<party> can review your case"; a domain of the party's initials after a ";" (ssa.gov for
 * "the Social Security office"); a source's URL in an earlier sentence, a later ";" clause or a later comma clause given to
 * the referred party (older readings, any party).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** An inmate locator question up to the patron's answer to the clarifying question. */
const LOC: Line[] = [
  [0, 'p', 'how do i find out where my son is being held, he got sentenced last week'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! I'm sorry you're going through this. Was he sentenced in Maryland, and do you know if it was to a county jail or a state prison?"],
  [55, 'p', 'maryland, they said state time'],
];
/** An expungement question up to the patron's answer. */
const EXP: Line[] = [
  [0, 'p', 'can i get an old charge taken off my record? it was dropped in 2015'],
  [20, 'l', "Hello, this is Jo at Sample County Library's Ask a Librarian. Was the case in Maryland, and was it dismissed or marked nolle prosequi?"],
  [55, 'p', 'maryland, it was nolle prossed'],
];
/** A job-search question up to the patron's answer. */
const JOB: Line[] = [
  [0, 'p', 'just got out in march, need a job but nobody hires with a felony'],
  [20, 'l', "Hi, I'm Jo with Ask Us at Sample County Library. Welcome home. Which county are you living in now?"],
  [50, 'p', 'baltimore city'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a mother looks for her son: the DPSCS inmate locator, completeness, anything else',
    lines: [
      ...LOC,
      [65, 'l', "Thank you. Let me pull up the state's locator for you, one moment."],
      [120, 'l', "The Maryland Department of Public Safety and Correctional Services has an inmate locator at dpscs.maryland.gov/inmate: search by his last name and first name, or his SID number if you have it. New intakes can take a week or two to appear, so if he isn't there yet, try again in a few days. Does that help?"],
      [175, 'p', 'yes he is there, at jessup. thank you so much'],
      [185, 'l', 'I am glad you found him. Is there anything else I can help you with today?'],
      [210, 'p', 'no that is all'],
      [216, 'l', 'Take good care of yourself, and thank you for contacting AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'formal, visiting a county detention center: the visiting rules page and the visitation office phone: referral passes',
    lines: [
      [0, 'p', 'Good afternoon. My brother is held at the Anne Arundel County detention center on Jennifer Road. What are the rules for visiting him?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Anne Arundel County Public Library. Do you plan an in-person visit or a video visit?'],
      [80, 'p', 'In person, on a weekend if possible.'],
      [92, 'l', 'Thank you. One moment while I find the facility page.'],
      [160, 'l', "The Jennifer Road Detention Center posts its visiting schedule and rules (photo ID, dress code, no items brought in) at aacounty.org/departments/detention-facilities. Visits must be scheduled in advance; you may call the Visitation Office at 410-222-6500 to book a weekend slot. Does this answer your question?"],
      [230, 'p', 'Yes, completely. That is all I needed, thank you.'],
      [238, 'l', 'You are most welcome. I hope the visit goes well. Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "I can't give legal advice" with the Judiciary's forms (a source) and the public defender with a phone
    name: 'expungement of a nolle pros: "we can\'t give legal advice", the Judiciary\'s form CC-DC-CR-072, the Public Defender with phone',
    lines: [
      ...EXP,
      [70, 'l', "Thanks. I can't give legal advice, but I can show you where the forms are. The Maryland Judiciary's expungement page at mdcourts.gov/expungement has the Petition for Expungement of Records (CC-DC-CR-072B for cases that were nolle prossed) and a guide to how long you have to wait. If you want someone to look at your case, the Office of the Public Defender does expungement help: call their Expungement Unit at 410-767-8460. Does that help?"],
      [150, 'p', 'yes thats really helpful'],
      [158, 'l', 'Is there anything else I can help you with?'],
      [180, 'p', 'no thats all, thanks'],
      [186, 'l', 'Good luck with it, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "talk to a lawyer or the public defender" tells the patron to contact parties, with no way to reach either
    name: 'sloppy: expungement, the forms link and "you should talk to a lawyer or the public defender": referral fails',
    lines: [
      ...EXP,
      [72, 'l', 'the forms are at mdcourts.gov/expungement. you should talk to a lawyer or the public defender about your case tho, we cant give legal advice'],
      [110, 'p', 'ok'],
      [115, 'l', 'have a good one'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'recently released, typing in bursts: a birth certificate and a state ID, Vital Records online and the MVA reduced-fee ID',
    lines: [
      [0, 'p', 'hi'],
      [4, 'p', 'i need my birth certificate'],
      [9, 'p', 'just got released and i have no id at all'],
      [25, 'l', "Hi, I'm Marcus, a librarian with AskUsNow! I can help with that. Were you born in Maryland?"],
      [48, 'p', 'yes'],
      [52, 'p', 'baltimore'],
      [66, 'l', "Ok, thanks. You can order a Maryland birth certificate online at health.maryland.gov/vsa (the Division of Vital Records' page), which also lists the ID they accept. For a state ID card, take your DPSCS release papers to any MVA office; the ID is free if you were released from a Maryland facility within the last year: mva.maryland.gov/drivers/Pages/id-cards.aspx. Did that answer your question?"],
      [140, 'p', 'yes'],
      [143, 'p', 'thank u'],
      [150, 'l', 'Anything else I can help you with?'],
      [170, 'p', 'no im good'],
      [176, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'work with a record, Baltimore: the Mayor\'s Office of Employment Development\'s reentry center with phone and address',
    lines: [
      ...JOB,
      [62, 'l', "Thanks. Let me look up who runs reentry job programs in the city, one moment."],
      [130, 'l', "The Mayor's Office of Employment Development runs the Reentry Center at 1100 N. Eutaw Street, Baltimore, MD 21201, phone 410-396-6880. They help people with records with job readiness, resumes and employer referrals, and many of their partner employers hire people with felonies. Is that the kind of help you were looking for?"],
      [200, 'p', 'yeah thats good, i can get down there tomorrow'],
      [208, 'l', 'Great. Anything else I can help with?'],
      [225, 'p', 'nah thats it'],
      [230, 'l', 'Best of luck, and come back anytime!'],
    ],
    // reading (my first label was pass): the office and its address and phone described, no one told to contact or visit it
    exp: usual(),
  },
  {
    // reading: "head to your local American Job Center" tells the patron to visit an office; the locator URL in the same
    // sentence is a way to reach it ("find the nearest one at careeronestop.org")
    name: 'chat-speak, a job with a record: "head to your nearest American Job Center, find it at careeronestop.org": referral passes',
    lines: [
      [0, 'p', 'do jobs have to ask bout ur record?? i keep gettin turned down'],
      [22, 'l', 'hey, im Tasha, a student assistant with the AskUsNow! chat. r u in Maryland? and is it the application asking, or the interview?'],
      [55, 'p', 'md. the application'],
      [68, 'l', "ok so Maryland's ban-the-box law (the Criminal Record Screening Practices Act) says employers with 15+ workers can't ask about ur record on the application, only after the first interview. the Maryland People's Law Library explains it at peoples-law.org/criminal-record-screening. for job help, head to ur nearest American Job Center, u can find it at careeronestop.org/LocalHelp. does that help?"],
      [130, 'p', 'omg yes'],
      [136, 'p', 'thats all i needed ty'],
      [142, 'l', 'good luck!! bye :)'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'books to a brother in prison: the DOC\'s mail rules and the Books Through Bars request page, no referral',
    lines: [
      [0, 'p', 'Hello! Can I send books to my brother? He is at Western Correctional in Cumberland.'],
      [25, 'l', "Hello and welcome! I'm Gwen, a librarian at Enoch Pratt Free Library. Happy to help. Do you want to send books you already own, or order new ones?"],
      [70, 'p', 'New ones, he likes history.'],
      [85, 'l', "Thank you. Let me check the DOC's rules, one moment."],
      [150, 'l', "Maryland state prisons only accept new paperback books shipped directly from a publisher or an approved vendor; the DPSCS inmate mail rules are on dpscs.maryland.gov under Inmate Mail. There are also free books-to-prisoners programs: Books Through Bars sends books on request to people in Maryland prisons, and your brother can request history titles through booksthroughbars.org/request. Is this what you were looking for?"],
      [220, 'p', 'Yes dear, that is just right. Thank you!'],
      [226, 'l', 'Is there anything else I can help with today?'],
      [240, 'p', 'No, that is everything.'],
      [246, 'l', 'Wonderful. Thank you for chatting with us, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, a court date: Maryland Judiciary Case Search, no referral',
    lines: [
      [0, 'p', 'how do i look up my court date'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. District or circuit court, and do you have the case number?'],
      [40, 'p', 'district. no case number, just my name'],
      [50, 'l', 'Maryland Judiciary Case Search: casesearch.courts.state.md.us. Search by last name, first name, and pick District Court. Trial date is under Schedule. That what you need?'],
      [80, 'p', 'found it. thx'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'no'],
      [99, 'l', 'Good luck. Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "your probation agent is the one to ask" tells the patron to ask a person, with no way to reach them
    name: 'angry patron, a probation question: "I can\'t answer that, your probation agent is the one to ask", the reentry guide: referral fails',
    lines: [
      [0, 'p', 'can i leave the state for my grandmas funeral while im on probation. my agent wont call me back and im losing it'],
      [25, 'l', "Hi, I'm Dana with AskUsNow! I'm so sorry about your grandmother. Are you on probation in Maryland, with the Division of Parole and Probation?"],
      [55, 'p', 'yes'],
      [58, 'p', 'and no one tells me anything. this is ridiculous'],
      [70, 'l', "I understand how stressful this is. The library can't answer what your probation allows: only the court and your agent can give permission to travel. Your probation agent is the one to ask, and if you can't reach them, ask for their supervisor. Our reentry resource guide at samplelibrary.org/reentry lists other help for people on supervision. Does that help at all?"],
      [140, 'p', 'not really but ok'],
      [148, 'l', 'I wish I could do more. Is there anything else I can look up for you?'],
      [170, 'p', 'no'],
      [176, 'l', 'Take care, and I am sorry for your loss.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the patron vanishes after the locator answer: check-in and disconnect notice',
    lines: [
      ...LOC,
      [68, 'l', "Thanks. The Maryland state inmate locator is at dpscs.maryland.gov/inmate; search his first and last name. Does that help?"],
      [230, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll close this chat now. Please come back anytime if you need more help."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // a follow-up: the reentry librarian will e-mail the list of transitional housing; the e-mail and "by tomorrow" in the chat
    name: 'follow-up: transitional housing for a man coming home next month; the librarian e-mails the list by tomorrow',
    lines: [
      [0, 'p', 'Hello, my husband comes home from Jessup next month and he needs somewhere to stay for a while. Where do we even start?'],
      [25, 'l', "Hello, I'm Rosa, a librarian with Ask Us at Sample County Library. Which county will he be living in, and does he have any support from a case manager inside?"],
      [80, 'p', 'Prince George\'s. He has a case manager but she is hard to reach.'],
      [90, 'l', "Thank you. Let me check our reentry resource guide, one moment."],
      [160, 'l', "Our Reentry Resource Guide at samplelibrary.org/reentry has a housing section, but the Prince George's list is out of date. I'll call the programs this afternoon and e-mail you an updated list by tomorrow. What e-mail should I use?"],
      [220, 'p', 'tanya.m@example.com'],
      [226, 'l', 'Thank you, tanya.m@example.com. Is there anything else for now?'],
      [250, 'p', 'No, that is all. Thank you.'],
      [256, 'l', "You're welcome, you'll hear from me by tomorrow. Take care!"],
    ],
    over: { ...FU_ME, patron: { name: 'Tanya', email: 'tanya.m@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // a promise in the chat, but no time for it and an Answered code
    name: 'follow-up promised, no "when", coded Answered: a pardon question; contact and code fail',
    lines: [
      [0, 'p', 'how do you get a governors pardon in maryland'],
      [18, 'l', "Hi, I'm Sam with AskUsNow! Is this for you or a family member, and do you know whether the sentence is finished?"],
      [50, 'p', 'for me, finished 2019. email is dre.w@example.com if thats easier'],
      [62, 'l', "Thanks. The Maryland Parole Commission handles pardon applications; the application and instructions are at dpscs.maryland.gov/publicinfo/pardons. I'll also look for a plain-language guide and e-mail it to you at dre.w@example.com. Does that help for now?"],
      [120, 'p', 'yes thank you'],
      [126, 'l', 'Anything else I can help you with?'],
      [140, 'p', 'no thats all'],
      [146, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // the provider ends the help: time is up
    name: 'dismissal: "your time is up, we only allow 15 minutes per chat", a record-shielding patron',
    lines: [
      [0, 'p', 'whats the difference between shielding and expungement'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is this for a Maryland case?"],
      [40, 'p', 'yes'],
      [55, 'l', "The People's Law Library explains both at peoples-law.org/shielding-vs-expungement: shielding hides a record from the public, expungement removes it. Does that help?"],
      [90, 'p', 'yes. can my landlord still see a shielded case'],
      [100, 'l', "Your time is up, we only allow 15 minutes per chat. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // other patrons waiting, a way back: allowed
    name: 'busy night: case search answered, "several patrons are waiting, please come back and we\'ll help with that one"',
    lines: [
      [0, 'p', 'how can i see if my nephew has a warrant'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is it a Maryland warrant you are asking about?"],
      [40, 'p', 'yes montgomery county'],
      [52, 'l', "Maryland Judiciary Case Search at casesearch.courts.state.md.us shows open cases, and the Montgomery County Sheriff's Office lists active warrants at montgomerycountymd.gov/sheriff/warrants. Does that help?"],
      [95, 'p', 'yes. also how do i put money on his books'],
      [105, 'l', "There are several patrons waiting right now, so for that one please come back to AskUsNow! anytime and we'll be glad to help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // a transfer to the library's reentry services librarian
    name: 'transfer to the library\'s reentry services librarian: notice, internal note, transfer; she gives the guide and the clinic',
    lines: [
      ...JOB,
      [58, 'l', "Our reentry services librarian knows the local programs best, so I'm transferring you to her now. One moment please."],
      [61, 'i', 'Rosa: pt released in March, felony, looking for work in Baltimore City. Reentry q.'],
      [64, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the reentry services librarian at Sample County Library, picking up from Jo. Are you looking for any job right away, or training for a trade?", ROSA],
      [140, 'p', 'any job first, then maybe cdl'],
      [150, 'l', "Our Reentry Resource Guide at samplelibrary.org/reentry lists second-chance employers in the city, and the Center for Urban Families runs a job program for people coming home: 2201 N. Monroe Street, 410-367-5691. Is that what you needed?", ROSA],
      [200, 'p', "yes thats all, thank you"],
      [206, 'l', 'You are welcome, good luck!', ROSA],
    ],
    // reading (my first label was referral pass): "the Center for Urban Families runs a job program …: address, phone"
    // describes a party, it tells no one to contact it
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'bilingual, a son held in a county jail, in Spanish: the detention center\'s locator and visiting page',
    lines: [
      [0, 'p', 'Hola, arrestaron a mi hijo anoche en Montgomery. Como se donde esta?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! Lo siento mucho. ¿Sabe si lo llevaron a la cárcel del condado o a una estación de policía?'],
      [60, 'p', 'Creo que a la carcel del condado'],
      [72, 'l', 'Un momento, busco la página.'],
      [130, 'l', 'El Departamento de Correccionales del condado de Montgomery tiene un localizador de personas detenidas en montgomerycountymd.gov/cor/inmate-locator.html. Ahí también están las reglas y horarios de visita. ¿Le ayuda esta información?'],
      [190, 'p', 'Si, muchas gracias. Es todo.'],
      [198, 'l', '¡De nada! Gracias por usar AskUsNow!, cuídese mucho.'],
    ],
    exp: usual(),
  },
  {
    // the provider searches in silence after the patron's answer for over two minutes
    name: 'silent search: e-messaging a prisoner, the provider gone for over two minutes without a hold',
    lines: [
      [0, 'p', 'can i email my boyfriend in prison'],
      [20, 'l', 'Hi, this is Sam at AskUsNow! Which state is the prison in?'],
      [45, 'p', 'maryland, ECI'],
      [230, 'l', "Sorry for the wait. Maryland prisons use ViaPath (GTL) for electronic messages: make an account at getviapath.com and add him as a contact. Each message costs a stamp. Does that help?"],
      [270, 'p', 'yes thats all i needed thx'],
      [276, 'l', 'Take care, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'holds every ninety seconds while the provider searches the DOC mail rules: keep informed passes',
    lines: [
      [0, 'p', 'what can i put in a letter to my dad in prison? can i send pictures'],
      [20, 'l', "Hi, I'm Lee, a librarian at Montgomery County Public Libraries. Is he in a Maryland state prison, or a federal one?"],
      [50, 'p', 'state, hagerstown'],
      [60, 'l', 'Let me look up the mail rules, one moment.'],
      [150, 'l', "Still looking, the DOC's directive is long."],
      [240, 'l', "Here it is: DPSCS's inmate mail page on dpscs.maryland.gov says letters on plain white paper, photos up to 4x6 with no Polaroids, no glitter or stickers, and his name and DOC number on the envelope. Does that answer your question?"],
      [300, 'p', 'yes thank you so much'],
      [306, 'l', 'Is there anything else I can help you with?'],
      [320, 'p', 'no thats all'],
      [326, 'l', 'Thank you for using AskUsNow! Take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'British, booking a prison visit: the GOV.UK visit page and the Prisoners\' Families Helpline with its number: referral passes',
    lines: [
      [0, 'p', 'Hiya, my partner\'s just been remanded to HMP Leeds. How do I book a visit?'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Siobhan. Sorry to hear that. Has he sent you a visiting order yet, or are you on his visitor list?"],
      [60, 'p', 'No idea, he rang once and said he\'d sort it'],
      [75, 'l', "Remand prisoners can have visits without an order once you're on the list. You can book online at gov.uk/prison-visits (pick HMP Leeds), and if you're struggling, the Prisoners' Families Helpline is free on 0808 808 2003. Does that help?"],
      [125, 'p', "Brilliant, that's everything, cheers."],
      [132, 'l', 'Take care of yourself, and thanks for getting in touch!'],
    ],
    // reading (my first label was pass): "if you're struggling, the Helpline is free on 0808 …" says the line is there, it
    // does not tell the patron to ring it
    exp: usual(),
  },
  {
    name: 'Australian, a drink-driving court date: Legal Aid NSW and LawAccess NSW with its number: referral passes',
    lines: [
      [0, 'p', 'G\'day, I\'ve got a court date for a low range PCA next month and no idea what to do. Can the library help?'],
      [25, 'l', "G'day, thanks for contacting Ask a Librarian at the State Library of NSW, I'm Bec. We can't give legal advice, but I can point you to help. Which Local Court is it at?"],
      [70, 'p', 'Parramatta'],
      [82, 'l', "No worries. Legal Aid NSW has a plain-English guide to drink driving at legalaid.nsw.gov.au/drink-driving, including what happens on the day. For free advice before court, ring LawAccess NSW on 1300 888 529, and there's a duty lawyer at Parramatta Local Court on the day. Does that help?"],
      [140, 'p', 'Yeah mate, heaps. That\'s all I needed.'],
      [146, 'l', 'Good luck, and cheers for getting in touch!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "kindly approach the District Legal Services Authority" tells the patron to contact an office, no way to reach it
    name: 'Indian English, a case status on eCourts: "kindly approach the District Legal Services Authority": referral fails',
    lines: [
      [0, 'p', 'Respected sir, my cousin brother is in judicial custody. How to know the next hearing date of his case?'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Meena. May I know in which court the case is pending, and do you have the CNR number?'],
      [75, 'p', 'Saket district court. CNR number I do not have.'],
      [90, 'l', 'Thank you. You may search the case status on the eCourts portal at services.ecourts.gov.in by party name, choosing Delhi and the Saket court complex. For free legal aid, kindly approach the District Legal Services Authority at Saket. Is this the information you required?'],
      [150, 'p', 'Yes sir, very helpful. Thank you.'],
      [156, 'l', 'Is there anything else I may help you with?'],
      [175, 'p', 'No sir, that is all.'],
      [182, 'l', 'You are welcome. Thank you for contacting us, have a nice day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // restating the question ("so you want to know whether…") counts as clarifying before the source
    name: 'ban-the-box restated: "So you want to know whether the county can ask on the application?" then the county\'s law',
    lines: [
      [0, 'p', 'I applied to a county job and the form had a box about convictions. Are they allowed to do that?'],
      [20, 'l', "Hi, I'm Jo, a librarian with Howard County Library System. So you want to know whether the county can ask about convictions on the application form itself?"],
      [50, 'p', 'yes exactly'],
      [60, 'l', "Howard County's own ban-the-box law (County Code section 1.300) bars county jobs from asking on the first application; it's summarised at howardcountymd.gov/human-rights/fair-hiring. Does that answer your question?"],
      [110, 'p', 'yes, thank you'],
      [116, 'l', 'Anything else I can help with today?'],
      [130, 'p', 'no thats all'],
      [136, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual(),
  },
  {
    // no substantive exchange: a greeting, a hold, a check-in and a disconnect notice only
    name: 'the patron leaves after the question: greeting, hold, check-in, disconnect notice; no substantive exchange, Lost Call',
    lines: [
      [0, 'p', 'my fiance got picked up by ICE how do i find him'],
      [15, 'l', "Hi, I'm Jo with AskUsNow!"],
      [20, 'l', 'Let me look that up for you, one moment.'],
      [200, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'll end this chat now. Please feel free to come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'shielding and a landlord: Maryland Volunteer Lawyers Service with phone and URL: referral passes',
    lines: [
      [0, 'p', 'my case from 2012 still shows up when landlords check me. i was found not guilty. why is it still there'],
      [22, 'l', "Hi, I'm Robin, a librarian at Howard County Library System. That sounds really frustrating. Was the case in a Maryland court?"],
      [55, 'p', 'yes baltimore county district court'],
      [68, 'l', "Thanks. A not-guilty case stays on Case Search until it is expunged; Maryland lets you file for that at no cost. The forms are on the Judiciary's page at mdcourts.gov/expungement. If you'd like a lawyer to help for free, the Maryland Volunteer Lawyers Service runs expungement clinics: 410-547-6537 or mvlslaw.org. Is that what you were looking for?"],
      [140, 'p', 'yes thank you thats everything'],
      [146, 'l', 'You are welcome, good luck with it!'],
    ],
    // reading (my first label was pass): "If you'd like a lawyer …, MVLS runs expungement clinics: phone or URL" describes
    // the clinics; no one is told to contact them
    exp: usual(),
  },
  {
    // sloppy: a late pickup, no name, no question, no completeness, "np" last
    name: 'sloppy student worker: late pickup, "hey", the case search link, "np": courteous fails',
    lines: [
      [0, 'p', 'how do i find out if someone got out of jail'],
      [85, 'l', 'hey'],
      [90, 'l', 'try vinelink.com, you can sign up for release alerts too'],
      [120, 'p', 'k thx'],
      [124, 'l', 'np'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'scripted macros, the library\'s reentry resource guide: macro greeting, guide, completeness and anything else',
    lines: [
      [0, 'p', 'Does the library have any information for people coming out of prison?'],
      [10, 'l', 'Welcome to AskUsNow! Thank you for your question. A librarian will be with you shortly.'],
      [40, 'l', 'Hi, my name is Lee and I am a librarian at Montgomery County Public Libraries. Are you looking for something in particular, like housing, jobs or ID, or everything?'],
      [75, 'p', 'everything really, its for my cousin'],
      [88, 'l', "Our Reentry Resource Guide covers all of it: ID and documents, housing, jobs, health care and legal help, with Montgomery County contacts. It is at montgomerycountymd.gov/library/reentry and in print at every branch's information desk. Does this completely answer your question?"],
      [140, 'p', 'yes thank you'],
      [145, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    // the patron says on their own that they are done; no completeness question
    name: 'terse: a release date on VINELink, no completeness asked, the patron done',
    lines: [
      [0, 'p', 'how do i get notified when someone is released'],
      [14, 'l', 'Hi, Sam @ AskUsNow. Is this a victim notification, or a family member?'],
      [30, 'p', 'victim'],
      [40, 'l', 'Register on VINELink at vinelink.com, pick Maryland, search the name and add your phone or e-mail.'],
      [65, 'p', 'thats all i need, thx'],
      [70, 'l', 'Bye, stay safe.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "reach out to the reentry center downtown" with no way to reach it; the Division of Correction named as the party
    name: 'warm but no contacts: "reach out to the reentry center downtown, and the Division of Correction can tell you more": referral fails',
    lines: [
      [0, 'p', 'Hi, my uncle gets out of Jessup in two weeks. Is there anyone who helps people get set up?'],
      [22, 'l', "Hi there! I'm Beth with Ask a Librarian at Frederick County Public Libraries. Will he be living in Frederick County?"],
      [60, 'p', 'Yes, with us in Frederick.'],
      [72, 'l', "That's wonderful that he has you. Our reentry page at fcpl.org/reentry lists local programs. I'd also reach out to the reentry center downtown, and the Division of Correction can tell you what his case manager has planned for release. Does that help?"],
      [140, 'p', 'Yes, thank you so much.'],
      [146, 'l', 'Anything else I can help with today?'],
      [160, 'p', 'No, that is all.'],
      [166, 'l', 'Take care, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // a source only: named organisation with no way to reach it gives no source
    name: 'sloppy: "legal aid might help with that" and nothing else: no source, referral fails',
    lines: [
      [0, 'p', 'can i get my license back after a dui conviction'],
      [20, 'l', "Hi, I'm Kim at AskUsNow! Is it a Maryland license?"],
      [40, 'p', 'yes'],
      [55, 'l', "We can't give legal advice here, sorry. Legal aid might help with that, you could call them. Does that help?"],
      [90, 'p', 'not really'],
      [96, 'l', 'Sorry about that. Thanks for chatting, bye.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  // ---- more for the fixes (written after the first run, labelled before running) ------------------------------------
  {
    // `referralParty` (public defender) with a phone: passes
    name: 'warm, a missed court date: "your public defender can help you with that, the district office is 410-333-4900": referral passes',
    lines: [
      [0, 'p', 'i missed my court date because i was in the hospital what do i do now'],
      [24, 'l', "Hi, I'm Beth with Ask a Librarian at Frederick County Public Libraries. I'm sorry you were in the hospital. Was it a Maryland District Court date, and did you have a public defender?"],
      [60, 'p', 'yes district court in frederick and yes a public defender'],
      [72, 'l', "The People's Law Library explains what happens after a missed court date at peoples-law.org/failure-to-appear. Your public defender can help you with that as soon as possible: the Frederick district office is 301-600-2539. Does that help?"],
      [140, 'p', 'ok ill call them tomorrow morning thank you'],
      [148, 'l', 'Anything else I can help with?'],
      [165, 'p', 'no thats all'],
      [170, 'l', 'Take care, and thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // `takeToMvaS3` and `partyDomainS3`: "take ur release papers to the MVA; …: mva.maryland.gov/…" (the MVA's own domain)
    name: 'student worker, an ID after release: "take ur release papers to the MVA; free if u got out of a state facility: mva.maryland.gov/…": referral passes',
    lines: [
      [0, 'p', 'how do i get an id i just came home from prison and lost my old one'],
      [16, 'l', 'hi! im Tasha, a student assistant with the AskUsNow! chat. welcome home :) r u in Maryland?'],
      [40, 'p', 'ya'],
      [48, 'l', "ok so take ur DPSCS release papers and ur birth certificate to the MVA; the ID card is free if u got out of a state facility in the last year: mva.maryland.gov/drivers/Pages/id-cards.aspx. no birth certificate? u can order one at health.maryland.gov/vsa. does that help?"],
      [100, 'p', 'yes thank u'],
      [106, 'l', 'anything else?'],
      [115, 'p', 'nah im good'],
      [120, 'l', 'ok good luck!! bye'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // `takeToMvaS3`: "bring the letter … to your nearest DMV" with no way to reach it
    name: 'terse veteran, an ID in Virginia: "bring the release letter to your nearest DMV": referral fails',
    lines: [
      [0, 'p', 'released last week, va. need a state id'],
      [14, 'l', 'Hi, Ray at Ask Us, Fairfax County Public Library. Do you have your DOC release letter?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Bring the release letter and a proof of address to your nearest DMV. The ID card is free for people released from a VA DOC facility. That what you need?'],
      [80, 'p', 'yep thx'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'no'],
      [99, 'l', 'Good luck. Bye.'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: with or without a way to reach the party ------------------------------------------------------------
  { name: '"Call the Office of the Public Defender." : referral fails', lines: then(EXP, 'The forms are at mdcourts.gov/expungement. Call the Office of the Public Defender for help with the petition. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Maryland Legal Aid can help; apply at mdlab.org" : referral passes', lines: then(EXP, 'Maryland Legal Aid can help with expungements for free; contact them through mdlab.org/get-legal-help. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Your case manager at the facility would know." : referral fails', lines: then(LOC, 'His case manager at the facility would know his release plan, so ask her at your next visit. The locator is at dpscs.maryland.gov/inmate. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Contact the facility\'s visiting office at 410-555-0180." : referral passes', lines: then(LOC, "Once you know the facility, contact its visiting office at 410-555-0180 to get on his visitor list. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Stop by our reentry help desk at Central on Tuesdays." : referral fails', lines: then(JOB, 'Stop by our reentry help desk at Central on Tuesdays and they will go through your resume with you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Our reentry guide at samplelibrary.org/reentry" : a source, no referral', lines: then(JOB, 'Our reentry resource guide at samplelibrary.org/reentry has a list of second-chance employers. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Search the Judiciary\'s Case Search at casesearch.courts.state.md.us" : a source, no referral', lines: then(EXP, 'Search your name on Case Search at casesearch.courts.state.md.us to get the case number for the form. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"get in touch with your parole officer" : referral fails', lines: then(JOB, 'For permission to take a job out of the county, get in touch with your parole officer first. Does that help?'), exp: some({ referral: 'fail' }) },
  // reading (my first label was pass): what the center does and where it is, no one told to go
  { name: '"The Eastside American Job Center helps people with records: 3001 E. Madison Street, 410-396-1910." : no referral', lines: then(JOB, 'The Eastside American Job Center helps people with records: 3001 E. Madison Street, 410-396-1910. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Books Through Bars, write to them at 4722 Baltimore Ave, Philadelphia" : referral passes', lines: then(LOC, 'Books Through Bars sends free books to people in prison; he can write to them at 4722 Baltimore Ave, Philadelphia, PA 19143. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"a lawyer can tell you" : referral fails', lines: then(EXP, 'Whether your case qualifies is a legal question, a lawyer can tell you that. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"the People\'s Law Library" named, no URL: a source (a named resource)', lines: then(EXP, "The People's Law Library has a plain-language guide to expungement. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"the public defender handles that" (an organisation, no way to reach it): no source', lines: then(EXP, 'The public defender handles that kind of thing. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Do you know his DOC number?" before the source: clarify passes', lines: [[0, 'p', 'how do i send money to my brother in prison'], [15, 'l', "Hi, I'm Jo at Ask Us. Is he in a Maryland state prison, and do you know his DOC number?"], [40, 'p', 'yes its 456123'], [50, 'l', 'Maryland prisons take deposits through JPay at jpay.com with his DOC number. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how do i send money to my brother in prison'], [15, 'l', "Hi, I'm Jo at Ask Us. Maryland prisons take deposits through JPay at jpay.com. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like the Spanish version of the form?" after the form: completeness fails', lines: then(EXP, 'The petition is at mdcourts.gov/expungement. Would you like me to find the Spanish version of the form?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that the form you were looking for?" : completeness passes', lines: then(EXP, 'The petition is at mdcourts.gov/expungement. Is that the form you were looking for?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"ok ty" after the answer: anything else fails', lines: [...LOC, [70, 'l', 'The locator is at dpscs.maryland.gov/inmate. Does that help?'], [90, 'p', 'ok ty'], [95, 'l', 'Take care!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  { name: '"no more questions, thank you" : anything else passes', lines: [...LOC, [70, 'l', 'The locator is at dpscs.maryland.gov/inmate. Does that help?'], [90, 'p', 'yes found him. no more questions, thank you'], [95, 'l', 'Take care!']], exp: some({ anything: 'pass' }) },
  // ---- dismissals ------------------------------------------------------------------------------------------------------
  { name: '"We can\'t answer legal questions" with a source and a way on: no dismissal', lines: then(EXP, "We can't answer legal questions, but the forms and instructions are at mdcourts.gov/expungement. Does that help?"), exp: some({ dismissal: 'pass' }) },
  { name: '"You\'ve asked too many questions, I need to go." : dismissal fails', lines: [...JOB, [70, 'l', 'Our reentry guide is at samplelibrary.org/reentry. Does that help?'], [90, 'p', 'what about housing and food stamps and a phone'], [100, 'l', "You've asked too many questions, I need to go now."]], exp: some({ dismissal: 'fail' }) },
  // ---- goodbyes --------------------------------------------------------------------------------------------------------
  { name: '"He should show up in the locator within a week." last: courteous fails (no thanks, goodbye or invitation)', lines: [...LOC, [70, 'l', 'The locator is at dpscs.maryland.gov/inmate. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'He should show up in the locator within a week.']], exp: some({ courteous: 'fail' }) },
  { name: '"Come back anytime if you need anything else." last: courteous passes', lines: [...LOC, [70, 'l', 'The locator is at dpscs.maryland.gov/inmate. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Come back anytime if you need anything else.']], exp: some({ courteous: 'pass' }) },
  // ---- the patron vanishing --------------------------------------------------------------------------------------------
  { name: 'a notice without a question after 200 s: check-in fails, disconnect passes', lines: [...JOB, [70, 'l', 'Our reentry guide is at samplelibrary.org/reentry. Does that help?'], [270, 'l', "It seems you've left the chat, so I'm closing it now. Come back anytime!"]], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: '"Still searching the DOC site…" every 100 s: keep informed passes', lines: [...LOC, [60, 'l', 'Checking the DOC site now...'], [160, 'l', 'Still searching, their locator is slow today.'], [250, 'l', 'Here it is: dpscs.maryland.gov/inmate. Does that help?'], [280, 'p', 'yes thanks'], [285, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes ----------------------------------------------------------------------------------------------
  { name: '"Kindly ask his public defender about requesting a bail review." : referral fails', lines: then(LOC, 'Kindly ask his public defender about requesting a bail review. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"The public defender can help you with the petition." : referral fails', lines: then(EXP, 'The public defender can help you with the petition if you qualify. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Ask your public defender at 410-333-4900 about the motion." : referral passes', lines: then(EXP, 'Ask your public defender at 410-333-4900 about filing the motion. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Bring your release papers to the MVA." : referral fails', lines: then(JOB, 'For the ID, bring your release papers to the MVA. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"take the letter from your case manager to your nearest DMV" : referral fails', lines: then(JOB, 'You can take the letter from your case manager to your nearest DMV for the ID. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Visit any DHS office; it serves people released from a facility too: dhs.maryland.gov/snap" : referral passes', lines: then(JOB, 'For food benefits, visit any DHS office; SNAP is open to people released from a facility too: dhs.maryland.gov/snap. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ok so call the Jessup visiting office at 410-555-0134" : referral passes', lines: then(LOC, 'ok so call the Jessup visiting office at 410-555-0134 to get on his visitor list. does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"okay, just ask ur case manager about the release date" : referral fails', lines: then(LOC, 'okay, just ask ur case manager about the release date when u visit. does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the public defender as a party: its pages, a past public defender, no one told to ask
  { name: 'near miss: "The Public Defender\'s expungement page at opd.state.md.us/expungement has the checklist." : no referral', lines: then(EXP, "The Public Defender's expungement page at opd.state.md.us/expungement has the checklist. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "If a public defender handled your case, the case number is on your papers." : no referral', lines: then(EXP, 'If a public defender handled your case, the case number is on your charging papers and on Case Search at casesearch.courts.state.md.us. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The public defender\'s website, opd.state.md.us, explains who qualifies." : no referral', lines: then(EXP, "The public defender's website, opd.state.md.us, explains who qualifies for free representation. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Your public defender filed the motion last week" : no referral', lines: then(EXP, 'Your public defender filed the motion last week, so it should show on Case Search at casesearch.courts.state.md.us. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for `partyDomainS3`: the URL after the ";" is the other party's or names no word of the party's name
  { name: 'near miss: "any MVA office; the DOC\'s release checklist from the facility is at dpscs.maryland.gov/release" : referral fails', lines: then(JOB, "Take your release papers to any MVA office; the DOC's release checklist from the facility is at dpscs.maryland.gov/release. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "visit any DHS office; the facility\'s reentry coordinator lists benefits at reentry.maryland.gov" : referral fails', lines: then(JOB, "For food benefits, visit any DHS office; the facility's reentry coordinator lists other benefits at reentry.maryland.gov. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "take your Maryland papers to the clerk\'s office; … the rules are at maryland.gov/id" : referral fails', lines: then(JOB, "Take your Maryland papers to the clerk's office; if you were released from a facility, the rules are at maryland.gov/id. Does that help?"), exp: some({ referral: 'fail' }) },
  // near misses for taking papers to the MVA: a ride there, a test, its website
  { name: 'near miss: "Take the 22 bus to the MVA on Mondawmin." : no referral', lines: then(JOB, 'The ID rules are at mva.maryland.gov/id. Take the 22 bus to the MVA, it stops right outside. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Take the MVA practice test at mva.maryland.gov/practice." : no referral', lines: then(JOB, 'Before the learner\'s permit, take the MVA practice test at mva.maryland.gov/practice. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Bring your photo to the MVA website: upload it at mva.maryland.gov/upload." : no referral', lines: then(JOB, 'You can bring your photo to the MVA website: upload it at mva.maryland.gov/upload. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for `okLeadInS3`: a subject after "ok so", a question, no imperative
  { name: 'near miss: "ok so they call the facility for you" : no referral', lines: then(LOC, 'ok so they call the facility for you once he is processed, the locator is at dpscs.maryland.gov/inmate. does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Ok so the facility will call you back" : no referral', lines: then(LOC, 'Ok so the facility will call you back once he is on the list; the locator is at dpscs.maryland.gov/inmate. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "ok so visiting is on weekends, the rules are at dpscs.maryland.gov/visiting" : no referral', lines: then(LOC, 'ok so visiting is on weekends only, the rules are at dpscs.maryland.gov/visiting. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: a URL in an earlier sentence of the message that says where something is ("His next court date should show on
  // … Case Search at casesearch.courts.state.md.us") is given to the party of a later referral ("Kindly ask his public
  // defender …"); v32 reads it so for any party ("ask his lawyer", "ask his caseworker"): older than this round's words
  {
    // `referralParty` (public defender): "ask his public defender" tells the patron to ask a person, no way to reach them
    name: 'Indian English, a bail review: Case Search, "kindly ask his public defender to request a bail review": referral fails',
    lines: [
      [0, 'p', 'Good evening madam. My younger brother is in Baltimore Central Booking since Saturday. When will bail hearing be?'],
      [28, 'l', 'Good evening, and thank you for contacting AskUsNow! I am Priya, a librarian with Baltimore County Public Library. May I know whether he has had his first appearance before the commissioner already?'],
      [80, 'p', 'Yes madam, on Sunday. They did not give bail.'],
      [92, 'l', "Thank you. His next court date should show on Maryland Judiciary Case Search at casesearch.courts.state.md.us once the case is filed; search his name and choose District Court. A bail review hearing is usually held the next court day. Kindly ask his public defender about requesting a bail review. Does this answer your question?"],
      [160, 'p', 'Yes madam, thank you. That is all.'],
      [168, 'l', 'You are welcome. I hope it goes well for your brother. Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // (read since v34 Z4: "; the docket is on Case Search at casesearch…" after the referral; the case is in
  // thirty-third-round-lent-urls.test.ts)
  // LEFT: "<party> can review your case" is not read as a referral (v3's "can help / tell you / advise" are); widening the
  // verbs to "review / look at your case" would also read "the judge will review your case at the hearing", which tells
  // no one to contact the judge: no narrow guard found (v50's P3 read "can review" for one round's cut and gave it up: "the
  // agency can review your records for up to 30 days" describes a power, and only "go over / look over / check over" stay)
  {
    name: '"the Public Defender\'s Expungement Unit at 410-767-8460" : referral passes', lines: then(EXP, "The forms are at mdcourts.gov/expungement, and the Public Defender's Expungement Unit at 410-767-8460 can review your case. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT: a URL after the ";" whose domain is the party's initials ("the Social Security office; …: ssa.gov/ssnumber",
  // "the Mayor's Office of Employment Development; …: moed.baltimorecity.gov") is still given to the other party the clause
  // names; `partyDomainS3` reads only a domain that is a word of the party's name
  {
    name: '"Bring your papers to the Social Security office; the card is free if you were released from a facility: ssa.gov/ssnumber" : referral passes',
    lines: then(JOB, 'Bring your papers to the Social Security office; the card is free if you were released from a facility: ssa.gov/ssnumber. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  // (read since v34 Z4: ", the locator is at dpscs.maryland.gov/inmate" after the referral; the case is in
  // thirty-third-round-lent-urls.test.ts)
];

describe('thirty-second round (S3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (S3): reentry, every check', whole);
describeSessions('thirty-second round (S3): reentry, short cases', short);
describeSessions('thirty-second round (S3): reentry, near misses of the changes', guards);

describeLeft('thirty-second-round-reentry', LEFT);
