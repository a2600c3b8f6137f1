/**
 * Thirtieth round, area (I3): COOPERATIVE COVERAGE. The provider is a librarian at ANOTHER library (the cooperative's
 * after-hours or backup staff, often in another state) answering for the patron's own library: looking at the patron's
 * library's website, account and policy questions they cannot answer, follow-ups passed to the patron's library (code
 * `Follow-up by patron's library`, "someone from your library will contact you", with and without the e-mail confirmed),
 * referrals to the patron's library with or without its phone / hours / URL, transfers to a provider of the patron's
 * own library, the provider naming their own library in the greeting (approachability.greeting, referral.contact,
 * followup.contact, resolution.code, transfer.handoff, info.source).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  the greeting, naming the provider's own library:
 *   1. "My name is Dana and I'm a librarian with the AskUsNow! after-hours team. I'm not at your library, but I can look
 *      at your library's website for you." (warm)
 *   2. "Good evening, this is Mark, reference librarian at Carroll County Public Library, covering the statewide chat."
 *   3. "G'day, you've reached the 24/7 reference cooperative. I'm Kylie, a librarian at the State Library of Queensland."
 *   4. "¡Hola! Soy Lucía, bibliotecaria de la Biblioteca del Condado de Montgomery" (Spanish)
 *   5. "[Macro] Thank you for contacting the 24/7 Reference Cooperative. A librarian from a partner library will …"
 *   6. "hi!! im Tyler, a student assistant at UMD Libraries helping w/ the Ask Us chat" (student worker)
 *  what they cannot do: "I can't see your account from here", "your library will have to check your account",
 *   "I'm not with SPL so I can't reset your PIN", "I don't have access to your library's system".
 *  the referral to the patron's library: with the phone ("call them at 410-887-6100"), the URL ("their contact page is
 *   spl.org/contact"), the e-mail ("askus@spl.org"); with only hours ("they open at 9 tomorrow, stop by the desk");
 *   with nothing ("you'd have to ask at your own library").
 *  the follow-up passed on: "someone from your library will contact you by Friday", "I'll forward your question to
 *   Montclair's librarians and they will e-mail you", "[Macro] Your question has been forwarded to your library. A staff
 *   member will respond by e-mail within 72 hours."; with the e-mail asked and repeated, or never asked.
 *  the transfer to the patron's library's own provider: "a Frederick County librarian is online, so I'm transferring
 *   you", the internal note that says why ("FCPL patron asking about museum passes; their program") or not ("xfer").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - naming the provider's own library (or the cooperative) identifies who is answering, even when it is not the
 *   patron's library; "I'm not at your library" alone identifies nobody;
 * - telling the patron that their library must do it ("you'll need to check with your library", "you'd have to ask at
 *   your own library") is a referral (ask / contact them); saying the provider will pass it on ("I'll forward this to
 *   your library") is staff consulted on the patron's behalf (no referral) but a promised follow-up;
 * - a way to reach the patron's library given anywhere in the chat for that party (its URL, phone or e-mail) makes the
 *   referral pass; its opening hours alone are no way to reach it;
 * - "someone from your library will contact you" is a follow-up session whatever the code (RUBRIC.md's own example);
 * - an e-mail asked for and given by the patron in the chat is "given there", confirmed; "the e-mail on your account"
 *   never written out is not.
 * Written: 30 whole sessions (26 first, 4 in a second batch), 32 short cases (21 first, 3 in the second batch, 8 more for
 * the fixes), 8 near misses in `guards`. First run: 3 of 73 tests failed on 7 statuses: referral.contact 2, and one
 * session's 5 (interest.keep_informed, inquiry.clarify, info.source, followup.completeness, closing.anything_else: one
 * cause); the second batch's first run: 1 more, referral.contact. None was my label; all 4 were the scorer, fixed in block
 * I3 (settings only, no phrase family changed):
 *  - `bangTailI3` (classify.ts `bangTailI3`, read in `isFiller`): the sentence splitter cuts "… covering AskUsNow! tonight."
 *    at the service name's "!", and the tail "tonight." read as an answer, so a greeting + hold to a patron who then left
 *    was a substantive exchange. A short tail (time words, "chat(s)", "chat service", "team" …) opening lower-case right
 *    after a sentence ending on a letter and "!" is filler ("Jenny with AskUsNow! today.", "working the AskUsNow! chat
 *    service tonight.") [near misses: "… AskUsNow! tonight the branches close at 9.", "… AskUsNow! today is a holiday, so
 *    the branches are closed." stay answers];
 *  - `theyOpenAskI3` (checks/referral.ts `contactNext`): the patron asking when "they" are open or close ("ok. when are they
 *    open", "are they open on sunday?", "till when r they open") asks about the party referred to, so the next provider
 *    message's URL or phone is the party's [near misses: "how do i open the ebook they sent?", "will they open my account
 *    again if I pay?" stay new questions: referral fails];
 *  - `yourLibraryNewPartyI3` (checks/referral.ts `themNewParty`, `firstLaterD2`): "you would ask the Loudoun County Circuit
 *    Court Clerk's land records office … Your library, Loudoun County Public Library, can help …; call them at 703-…": the
 *    sentence naming the patron's own library before "them" is a party of its own (their names share "Loudoun County"), and
 *    its phone is not the first party's [near misses: "Ask your library about it. Your library can waive the block too; call
 *    them at …", "Check with your library's circulation desk. Your library can waive the fee; call them at …" are one party:
 *    pass]. One of these near misses failed at first on my own regexp ("your library's" normalised as "your librarys"),
 *    fixed in the regexp, not relabelled.
 *  - `theirSiteBeforeI3` (checks/referral.ts `ownedContact`): "Kalamazoo's website is kpl.gov. Please contact their
 *    circulation department directly": a sentence before the referral saying whose website its URL is ("X's website is",
 *    "their site is at") reaches the party a referring verb points back to with "their" ("Riverside's web site is … Please
 *    call their main desk", "Their site is at … Talk to their branch manager") [near misses: the same before "Contact the
 *    Secretary of State's office about the ID", "The DMV's site is dmv.ca.gov. Ask your school counselor about their fee
 *    waiver" (no referring verb on "their"): fail].
 * Left: none. v31's fingerprint on this branch: 684272436211548e.
 *
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, type Line, ROSA, type SessionCase, some, sys, usual, who } from './helpers';

const PRIYA = who('Priya Nair', 'priya');
const xferTo = (sec: number, name: string, id: string): Line => [sec, 's', `Chat transferred to ${name}`, sys('transfer', id)];
const HOUR = 3600;

/** A short session: the patron's account question, the cooperative provider's greeting and question, the answer. */
const ASK: Line[] = [
  [0, 'p', 'hi, why is my library card blocked? i cant place holds'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library, covering the statewide chat tonight. Which library is your card from?"],
  [45, 'p', 'Riverside Public Library'],
];
const L = (text: string, t = 70): Line => [t, 'l', text];
const BYE: Line[] = [[110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm after-hours team: "I\'m not at your library, but I can look at your library\'s website"; referral with phone and hours',
    lines: [
      [0, 'p', 'hi my library card says expired can i renew it online'],
      [25, 'l', "Hi there! My name is Dana and I'm a librarian with the AskUsNow! after-hours team. I'm not at your library, but I can look at your library's website for you. Which library system is your card from?"],
      [60, 'p', 'baltimore county'],
      [80, 'l', "Thanks! Baltimore County Public Library's card page (bcpl.info/services/library-cards) says cards can be renewed online only if your address hasn't changed; otherwise you renew at any branch with a photo ID. Does that answer your question?"],
      [120, 'p', 'my address did change tho'],
      [140, 'l', "In that case you'll need to renew in person, or call BCPL's Ask Us line at 410-887-6100 (Mon-Thu 9-9, Fri-Sat 9-5) and they can tell you what ID to bring. Is there anything else I can help you with?"],
      [175, 'p', 'no thats all thanks'],
      [185, 'l', "You're welcome! Thanks for using AskUsNow!, have a good night."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the party's URL given later in the chat (for its hours) is a way to reach it
    name: 'veteran covering the statewide chat: "Harford\'s staff will have to look at it: please contact them", URL for them later',
    lines: [
      [0, 'p', 'Why do I have a $15 fine on my account? I returned everything.'],
      [20, 'l', 'Good evening, this is Mark, reference librarian at Carroll County Public Library, covering the statewide chat tonight. Which library is your card with?'],
      [50, 'p', 'Harford County'],
      [70, 'l', "I'm not at Harford County and can't see your account, I'm afraid. Harford's staff will have to look at it: please contact them and ask them to check the return dates."],
      [100, 'p', 'ok. when are they open'],
      [115, 'l', 'Their hours and phone numbers are on hcplonline.org under Locations & Hours. Anything else?'],
      [140, 'p', 'nope'],
      [150, 'l', 'Thanks for chatting. Goodbye.'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'academic: ILL status passed to the patron\'s library, e-mail asked and repeated, "within 2 business days": follow-up passes',
    lines: [
      [0, 'p', 'Hello, I requested an article through interlibrary loan three weeks ago and have not received it. Can you check the status?'],
      [30, 'l', "Hello, and thank you for contacting Ask a Librarian. I'm Ellen Park, a librarian at Towson University answering for the Maryland academic libraries' cooperative tonight. I'm not on staff at your library, so I can't see your ILL account. Which institution are you with?"],
      [80, 'p', 'UMBC'],
      [100, 'l', 'Thank you. UMBC\'s interlibrary loan requests are managed in ILLiad (illiad.umbc.edu), where you can log in and see the status under "Outstanding Requests". Have you been able to check there?'],
      [150, 'p', 'Yes, it just says "in process" for three weeks.'],
      [170, 'l', 'Then the ILL staff at UMBC will need to look into it. I can pass your question on to them so someone from your library contacts you. What e-mail address should they use?'],
      [210, 'p', 'jtran@umbc.edu'],
      [225, 'l', "Thank you: jtran@umbc.edu. Someone from UMBC's library should get back to you within 2 business days. Is there anything else I can help with tonight?"],
      [260, 'p', "No, that's all. Thank you."],
      [270, 'l', "You're welcome. Good night!"],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'chat-speak: "someone from your library will contact you", e-mail only on file, no time: contact fails, code passes',
    lines: [
      [0, 'p', 'hey is there a way to get a book my library doesnt have'],
      [20, 'l', "Hi! I'm Sam, a librarian at Anne Arundel County Public Library, covering chat for your library tonight. Which library are you a member of?"],
      [40, 'p', 'howard county'],
      [55, 'l', 'Howard County can request books from other libraries through interlibrary loan; their form is at hclibrary.org/interlibrary-loan. What\'s the title you\'re looking for?'],
      [90, 'p', 'its called the quiet zone by a guy named stuart? idk the whole name'],
      [150, 'l', 'Thanks for waiting! It looks like "The Quiet Zone" by Stephen Kurczy. Howard County doesn\'t own it yet. I\'ll send your request to their staff and someone from your library will contact you about it.'],
      [180, 'p', 'ok cool ty'],
      [190, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'reader22@example.com', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'British, overnight cooperative: "You\'d have to ask at your own library\'s front desk" with no way to reach them: referral and source fail',
    lines: [
      [0, 'p', 'Hello, can I reserve a study room at my library for Saturday?'],
      [40, 'l', "Good evening, you're through to the Ask a Librarian cooperative; I'm Fiona, a librarian at the University of Edinburgh, covering the overnight shift. Which library do you use?"],
      [70, 'p', 'Springfield City Library'],
      [90, 'l', "Right, I'm not at Springfield, so I can't book rooms for them, I'm afraid. You'd have to ask at your own library's front desk; they handle room bookings."],
      [120, 'p', 'Alright, cheers.'],
      [130, 'l', "Sorry I couldn't be more help. Cheers, bye!"],
    ],
    over: { resolutionCode: 'Referred' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'transfer to a Frederick County librarian who is online, note says why, notice given: transfer passes',
    lines: [
      [0, 'p', "I'm trying to get a museum pass through the library, how do I do that"],
      [15, 'l', 'Hi, this is Priya with AskUsNow!, a librarian at Montgomery County Public Libraries. Which library card do you have?', PRIYA],
      [40, 'p', 'frederick county'],
      [55, 'l', "Good news, a Frederick County librarian is online right now, so I'm going to transfer you to them; they know their museum pass program best. One moment please.", PRIYA],
      [60, 'i', "FCPL patron asking how to borrow museum passes; sending to FCPL staff since it's their program.", PRIYA],
      xferTo(62, 'Rosa Diaz', 'rosa'),
      [95, 'l', "Hi, I'm Rosa at Frederick County Public Libraries! Our Discover Pass program lets you reserve museum passes at fcpl.org/discover-pass with your card. Does that help?", ROSA],
      [130, 'p', "yes thank you, that's everything"],
      [140, 'l', 'Great, enjoy the museum! Bye!', ROSA],
    ],
    over: { provider: { id: 'priya', name: 'Priya Nair', library: 'MCPL' } },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'student worker transfers to the patron\'s campus, the note only "xfer": transfer fails; the Registrar referral with its e-mail passes',
    lines: [
      [0, 'p', 'hey can u tell me if i can still drop a class after the deadline lol'],
      [18, 'l', 'hi!! im Tyler, a student assistant at UMD Libraries helping w/ the Ask Us chat. what school r u at?'],
      [40, 'p', 'towson'],
      [60, 'l', 'ok a Towson librarian just logged on so im gonna transfer u to them, one sec!'],
      [62, 'i', 'xfer'],
      xferTo(64, 'Rosa Diaz', 'rosa'),
      [100, 'l', "Hi, Rosa at Towson University's Cook Library here. Drop deadlines are set by the Registrar, not the library; the academic calendar is at towson.edu/registrar. You'd want to contact the Registrar's Office at registrar@towson.edu about a late drop. Does that help?", ROSA],
      [140, 'p', 'ya thx thats all'],
      [150, 'l', 'Good luck! Bye.', ROSA],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
  {
    name: 'handed to Baltimore County staff with a note that says why but no word to the patron: transfer fails',
    lines: [
      [0, 'p', "Is the library's meeting room free for a community group?"],
      [20, 'l', "Good afternoon! I'm Helen, a librarian at Howard County Library System, answering AskUsNow! chats. Which library's meeting rooms are you asking about?"],
      [50, 'p', 'Pikesville, Baltimore County'],
      [55, 'i', "Rosa, BCPL meeting room policy q from a Pikesville patron; you know BCPL's rules, can you take it?"],
      xferTo(58, 'Rosa Diaz', 'rosa'),
      [90, 'l', 'Hello, Rosa from Baltimore County Public Library. Meeting rooms are free for nonprofit groups; book at bcpl.info/meeting-rooms. Did that answer your question?', ROSA],
      [130, 'p', 'Yes. What about for-profit groups?'],
      [150, 'l', "For-profit groups can't book BCPL rooms, per the same page. Anything else?", ROSA],
      [170, 'p', 'No, thanks.'],
      [180, 'l', 'Thanks for chatting, have a good day.', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'patron vanishes after the e-mail is asked; coded Follow-up by patron\'s library with no contact known: code and contact fail',
    lines: [
      [0, 'p', 'my hold says "in transit" for 2 weeks, what does that mean'],
      [20, 'l', "Hello! You've reached Ask Us 24/7. I'm Carla, a public services librarian at Cecil County Public Library. I'm not at your library, but I'll do what I can. Which library is the hold with?"],
      [55, 'p', 'wicomico'],
      [75, 'l', "Thanks. \"In transit\" means the item is on its way between branches; Wicomico's FAQ at wicomicolibrary.org/faq says it usually takes 3-5 days. Two weeks is long, so the staff there will need to trace it. I can have someone from your library contact you. What's the best e-mail for you?"],
      [230, 'l', 'Are you still there?'],
      [420, 'l', "It seems you've been disconnected, so I'll end this chat now. Please come back anytime!"],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Spanish: the cooperative librarian names her own library, reads PGCMLS\'s page and refers with the branch phone',
    lines: [
      [0, 'p', "hola, como saco una tarjeta de biblioteca? vivo en Prince George's"],
      [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca del Condado de Montgomery, y atiendo el chat de AskUsNow! esta noche. No trabajo en su biblioteca, pero puedo buscar la información en su sitio web. ¿Tiene usted una identificación con su dirección actual?'],
      [70, 'p', 'tengo licencia de conducir pero con la direccion vieja'],
      [95, 'l', 'Según la página de PGCMLS (pgcmls.info/library-cards), necesita una identificación con foto y un comprobante de domicilio, por ejemplo una factura reciente. Para confirmar su caso, llame a la sucursal al 301-699-3500. ¿Le ayuda esta información?'],
      [130, 'p', 'si, muchas gracias. eso es todo'],
      [140, 'l', '¡De nada! Gracias por usar AskUsNow!. Hasta luego.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English: forwarded to Montclair\'s librarians, e-mail repeated but no time given: contact fails',
    lines: [
      [0, 'p', 'Good evening, I am needing the old question papers of my college exams, does library keep them?'],
      [30, 'l', 'Good evening! Thank you for contacting Ask a Librarian. This is Ramesh, librarian at Rutgers University Libraries, staffing the cooperative chat. Kindly tell me which university you are studying at?'],
      [70, 'p', 'I am studying at Montclair State University, MBA first year.'],
      [95, 'l', 'Thank you. I am not at Montclair, so I cannot see their internal collections. Their library website (montclair.edu/library) has a Course Reserves page, but exam papers are not listed there. I will forward your query to Montclair\'s librarians and they will email you. May I have your email id?'],
      [130, 'p', 'priya.s@montclair.edu'],
      [145, 'l', 'Noted, priya.s@montclair.edu. They will reply to you on this email. Anything else I can help with?'],
      [170, 'p', 'No, thank you so much.'],
      [180, 'l', 'Most welcome. Have a nice evening!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'sloppy: "hi" / "which library?" (no identity), a 3-minute silence, "Im not at your library but their website …", call them',
    lines: [
      [0, 'p', 'does the library have a notary'],
      [35, 'l', 'hi'],
      [40, 'l', 'which library?'],
      [60, 'p', 'calvert library prince frederick'],
      [250, 'l', 'sorry for the wait. Im not at your library but their website calvertlibrary.info lists notary service at Prince Frederick by appointment. Call them at 410-535-0291 to book.'],
      [280, 'p', 'ok'],
      [290, 'l', 'bye'],
    ],
    exp: usual({ greeting: 'fail', informed: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Australian overnight partner: "I\'m not with SPL so I can\'t reset your PIN"; their page and askus@spl.org',
    lines: [
      [0, 'p', 'I forgot my PIN for the library app, can you reset it?'],
      [20, 'l', "G'day, you've reached the 24/7 reference cooperative. I'm Kylie, a librarian at the State Library of Queensland, covering the overnight shift. What library is your card from?"],
      [45, 'p', 'Seattle Public Library'],
      [65, 'l', "Ta. I'm not with SPL so I can't reset your PIN from here, sorry. Their Forgot PIN page is at spl.org/pin, and if that doesn't work, email their Ask Us service at askus@spl.org. Does that sort it?"],
      [110, 'p', "I'll try the page. Thanks!"],
      [120, 'l', 'No worries, cheers!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'class visit: "someone from the branch will contact you by Friday", e-mail repeated, but coded Answered: code fails, contact passes',
    lines: [
      [0, 'p', "hi, i'm a teacher and want to book a class visit to the library in may"],
      [25, 'l', "Hello! Thanks for contacting Ask Us Now. My name is Joanne and I'm a librarian at Queen Anne's County Library answering chats tonight. Which library would you like to visit with your class?"],
      [60, 'p', 'the Glen Burnie branch of Anne Arundel'],
      [80, 'l', 'Let me look at their website.'],
      [140, 'l', "AACPL's page for educators (aacpl.net/educators) has a class visit request form, but May slots are booked by the branch staff directly. I'll send your request to Glen Burnie and someone from the branch will contact you by Friday. What's your email?"],
      [170, 'p', 'mrs.ortiz@aacps.org'],
      [180, 'l', 'Got it: mrs.ortiz@aacps.org. Does that answer your question for now?'],
      [200, 'p', 'yes, thank you!'],
      [210, 'l', "You're welcome, have a great evening!"],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'patron leaves after the first question while the cooperative librarian checks the library\'s site: Lost Call, info na',
    lines: [
      [0, 'p', 'what time does the Essex branch close tonight'],
      [20, 'l', "Hello, this is Bill at Harford County Public Library, covering AskUsNow! tonight. I'm not at your library, but let me check your library's website for you."],
      [130, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've left the chat, so I'll close it now. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'macros: forwarded to the patron\'s library "by e-mail within 72 hours", e-mail confirmed, done next day: all follow-up checks pass',
    lines: [
      [0, 'p', 'I need the minutes of the library board meeting from last month, they are not on the website'],
      [30, 'l', '[Macro] Hello, thank you for contacting the 24/7 Reference Cooperative. My name is Anne and I am a librarian at Cuyahoga County Public Library, a partner library answering for your library tonight.'],
      [40, 'l', 'Which library board is it, and which month do you need?'],
      [80, 'p', 'Toledo Lucas County, the October meeting'],
      [150, 'l', 'I checked toledolibrary.org/board: minutes are posted only through September. The October minutes must come from the library itself.'],
      [160, 'l', '[Macro] Your question has been forwarded to your library. A staff member will respond by e-mail within 72 hours. Can you please confirm your e-mail address?'],
      [200, 'p', 'kwalsh@example.net'],
      [210, 'l', 'Thank you, that is kwalsh@example.net. Is there anything else I can help you with?'],
      [240, 'p', 'No that is all'],
      [250, 'l', '[Macro] Thank you for using the 24/7 Reference Cooperative. Goodbye!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(20 * HOUR), by: 'tlcpl', note: 'sent October minutes' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'patron asks "wait you\'re not my library?"; "your library will have to check your account", call them at a number: referral passes',
    lines: [
      [0, 'p', 'Can you tell me how many items I have checked out right now?'],
      [25, 'l', "Hi, thanks for contacting Ask Us Now! I'm Rachel, a librarian at St. Mary's County Library. What library do you usually use?"],
      [50, 'p', "wait you're not my library? I use Charles County"],
      [70, 'l', "No, Ask Us Now! is staffed by librarians from libraries all over Maryland, so tonight you got me. I don't have access to Charles County's system, so your library will have to check your account. You can reach them at 301-934-9001, or log in to My Account at ccplonline.org to see your checkouts yourself. Does that help?"],
      [110, 'p', "Oh that's easy, I'll log in. That's all, thanks!"],
      [120, 'l', 'Glad to help. Have a good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: hours are no way to reach the party
    name: 'referral with only the hours: "they open at 9 tomorrow, stop by the circulation desk": referral fails',
    lines: [
      [0, 'p', 'I lost a library book, how much do I have to pay?'],
      [20, 'l', "Hello, this is Mike with the Ask a Librarian cooperative. I'm a librarian at Dayton Metro Library. Which library is the book from?"],
      [50, 'p', 'Greene County'],
      [70, 'l', "I can't see your account from here, so I can't tell you the exact charge. Stop by the circulation desk at your library; they open at 9 tomorrow and can tell you the replacement cost. Does that help?"],
      [100, 'p', 'ok, thanks'],
      [110, 'l', 'Anything else I can do for you?'],
      [130, 'p', 'no'],
      [140, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'the library\'s events calendar only pointed to (a source, no referral); the cooperative librarian names the cooperative',
    lines: [
      [0, 'p', 'are there any storytimes this weekend for toddlers'],
      [20, 'l', 'Hi there! This is Gwen from the Maryland AskUsNow! team. Which library do you go to?'],
      [40, 'p', 'Enoch Pratt, the Roland Park branch'],
      [60, 'l', "I'm not at Pratt, but I can look at their calendar. One sec."],
      [120, 'l', 'Their events calendar at prattlibrary.org/events shows Toddler Time at Roland Park on Saturday at 10:30. Is that what you were looking for?'],
      [150, 'p', "yes! that's perfect, that's all i needed"],
      [160, 'l', 'Enjoy storytime, bye!'],
    ],
    exp: usual({}),
  },
  {
    name: 'two parties: the patron\'s library with its phone, the county recorder with nothing: referral fails',
    lines: [
      [0, 'p', 'I need a copy of my property deed, does the library have those?'],
      [30, 'l', "Good evening! I'm Tom, a librarian at Fairfax County Public Library, covering the cooperative chat. Which county is the property in?"],
      [60, 'p', 'Loudoun County'],
      [85, 'l', "Libraries don't keep deeds; you would ask the Loudoun County Circuit Court Clerk's land records office for a copy. Your library, Loudoun County Public Library, can help you with the land records database; call them at 703-777-0368. Does that help?"],
      [130, 'p', 'yes thank you'],
      [140, 'l', 'Anything else tonight?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'Goodnight!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'e-mail "on your account" never written out, "your library will be in touch by Monday": contact fails, code passes',
    lines: [
      [0, 'p', 'I need to change the pickup location for my holds'],
      [20, 'l', "Hello, I'm Dee, a librarian at Wake County Public Libraries, covering NCKnows chat tonight. I'm not at your library, so I can't change your account. Which library do you use?"],
      [45, 'p', 'Durham County'],
      [60, 'l', 'Durham County lets you change pickup locations in My Account at durhamcountylibrary.org/account, under Holds. Would you like me to ask their staff to do it for you instead?'],
      [100, 'p', 'yes please, i cant log in'],
      [115, 'l', "OK, I've sent them a note and your library will be in touch by Monday at the e-mail on your account. Thanks for chatting!"],
    ],
    over: { ...FU_LIB, patron: { name: 'D. Moore', email: 'dmoore@example.org', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the phone the patron gives for the call back, repeated, "tomorrow morning": contact and code pass',
    lines: [
      [0, 'p', 'Hi, I want to donate about 200 books to the library, who do I talk to?'],
      [25, 'l', "Hello! I'm Marta, a librarian at Ocean County Library, answering the Jersey Ask a Librarian chat. Which library would you like to donate to?"],
      [55, 'p', 'Monmouth County Library, Manalapan'],
      [75, 'l', "Monmouth's donation page (monmouthcountylib.org/donations) says larger donations need to be arranged with the Friends of the Library first. I'll pass this on so someone from your library calls you. What number should they call?"],
      [110, 'p', '732-555-0187'],
      [120, 'l', 'Thanks, 732-555-0187. Someone from Monmouth should call you tomorrow morning. Does that answer your question?'],
      [150, 'p', "Yes, that's everything, thanks"],
      [160, 'l', 'Thank you for chatting, goodbye!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a follow-up done too late by the patron\'s library: on_time fails, the rest passes',
    lines: [
      [0, 'p', 'Do you have any records of my great-grandmother who was a teacher in Frostburg in 1920?'],
      [30, 'l', "Hi, thanks for contacting AskUsNow! I'm Lena, a librarian at Washington County Free Library. What was her name?"],
      [60, 'p', 'Mary Ellen Boyd'],
      [90, 'l', "I'm not at your library, but I found Allegany County Library System's local history guide at alleganylibrary.org/localhistory; their staff can search the school records. I'll send them your question. What's your e-mail?"],
      [120, 'p', 'boydfamily@example.com'],
      [130, 'l', 'Great, boydfamily@example.com. You should hear from them within 3 days. Does that help for now?'],
      [160, 'p', "yes, that's all, thank you!"],
      [170, 'l', "You're welcome, good luck with the research!"],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(100 * HOUR), by: 'allegany' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'the cooperative provider promises "I\'ll e-mail you what your library says" but codes Answered, no e-mail asked: code, contact fail',
    lines: [
      [0, 'p', 'is the Mt Airy branch open on Veterans Day'],
      [20, 'l', 'Hi, this is Carl at Ask Us 24/7, from Howard County Library. Are you a Carroll County cardholder?'],
      [45, 'p', 'yes'],
      [65, 'l', "Carroll's holiday page (library.carr.org/holidays) doesn't list Veterans Day yet. I'll check with them tomorrow and e-mail you what they say. Did that help?"],
      [90, 'p', 'sure'],
      [100, 'l', 'Have a good night!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'after-hours librarian reads the patron\'s library policy (laptop loans) and refers to the branch\'s contact page: referral passes',
    lines: [
      [0, 'p', 'Can I borrow a laptop from the library? For how long?'],
      [30, 'l', "Good evening, welcome to Ask a Librarian. I'm Jordan, a librarian at Pasco County Library, helping out while your library is closed. Which library system are you with?"],
      [60, 'p', 'Hillsborough County'],
      [75, 'l', 'One moment while I look at their site.'],
      [140, 'l', 'Per hcplc.org/tech, Hillsborough lends Chromebooks for 3 weeks to adult cardholders. Availability differs by branch, so for your branch please contact them through hcplc.org/contact. Does that answer your question?'],
      [180, 'p', 'Yes, thank you, that is all.'],
      [190, 'l', 'Thanks for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the patron\'s own library\'s librarian transferred in with the reason in the note, the receiving provider promises the follow-up',
    lines: [
      [0, 'p', 'My ebook checkout keeps failing with an error code 3001'],
      [20, 'l', "Hi! I'm Priya, a librarian at Montgomery County Public Libraries, staffing AskUsNow!. What library is your card from?", PRIYA],
      [40, 'p', 'Talbot County'],
      [55, 'l', "Thanks! Someone from Talbot's library is on chat right now; I'm transferring you to them since it's their account. Please hold a moment.", PRIYA],
      [58, 'i', 'Talbot patron, Libby error 3001 at checkout, needs account check; passing to Talbot staff.', PRIYA],
      xferTo(60, 'Rosa Diaz', 'rosa'),
      [90, 'l', "Hi, Rosa at Talbot County Free Library. I'll need to check your account with our e-book vendor tomorrow. What's a good e-mail for you?", ROSA],
      [120, 'p', 'gwen.h@example.org'],
      [130, 'l', "Thanks, gwen.h@example.org. I'll e-mail you by tomorrow afternoon. Anything else?", ROSA],
      [150, 'p', 'no thats all'],
      [160, 'l', 'Bye, thanks for your patience!', ROSA],
    ],
    over: { resolutionCode: 'Follow-up by me', provider: { id: 'priya', name: 'Priya Nair', library: 'MCPL' } },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending', transfer: 'pass' }),
  },
  // ---- a second batch, written after the first fixes (labelled before running) -------------------------------------------
  {
    name: 'bilingual: "Le voy a transferir con una bibliotecaria de su propia biblioteca", note says why: transfer passes',
    lines: [
      [0, 'p', 'buenas noches, quiero saber si puedo renovar mis libros por telefono'],
      [20, 'l', 'Buenas noches, gracias por comunicarse con AskUsNow! Soy Lucía, bibliotecaria de la Biblioteca del Condado de Montgomery. ¿De qué biblioteca es su tarjeta?'],
      [50, 'p', 'de Frederick'],
      [65, 'l', 'Hay una bibliotecaria de Frederick conectada ahora. Le voy a transferir con ella, porque ella puede ver su cuenta. Un momento, por favor.'],
      [68, 'i', 'Frederick patron, Spanish speaker, wants to renew by phone; you can see her account, thanks!'],
      xferTo(70, 'Rosa Diaz', 'rosa'),
      [100, 'l', 'Hola, soy Rosa de Frederick County Public Libraries. Sí, puede renovar por teléfono al 301-600-1630 o en línea en fcpl.org/renew. ¿Le sirve esta información?', ROSA],
      [140, 'p', 'si gracias, es todo'],
      [150, 'l', '¡Con gusto! Hasta luego.', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'macro greeting "a librarian from a member library"; their site before "contact their circulation department directly": referral passes',
    lines: [
      [0, 'p', 'My card got stolen, what do I do'],
      [30, 'l', '[Macro] Welcome to Ask a Librarian. You are chatting with a librarian from a member library of the QuestionPoint cooperative. I will do my best to help you.'],
      [40, 'l', 'Which library issued your card?'],
      [70, 'p', 'Kalamazoo Public Library'],
      [95, 'l', "I'm sorry that happened. Kalamazoo's website is kpl.gov. Please contact their circulation department directly so they can block the card and issue a new one. Does that answer your question?"],
      [130, 'p', "Yes. That's all, thanks."],
      [140, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '"expect an e-mail from them within 72 hours at sam.r@example.com, is that right?" "yes": contact passes',
    lines: [
      [0, 'p', 'hi, does my library have a 3D printer I can use'],
      [25, 'l', "Hello! I'm Joe, a librarian at Cuyahoga County Public Library, covering the KnowItNow chat. What library do you use?"],
      [55, 'p', 'Cleveland Heights-University Heights'],
      [80, 'l', "Their makerspace page (heightslibrary.org/makerspace) doesn't say, so I've sent your question to your library's reference team; expect an e-mail from them within 72 hours at sam.r@example.com, is that right?"],
      [110, 'p', 'yes thats me'],
      [120, 'l', 'Great. Anything else tonight?'],
      [140, 'p', 'no thanks'],
      [150, 'l', 'Thanks for chatting, goodnight!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Sam R', email: 'sam.r@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'the phone only in the patron fields, the patron leaves before confirming: code passes, contact fails, idle handled',
    lines: [
      [0, 'p', 'I have a question about my library volunteer hours for school'],
      [20, 'l', "Hi, thanks for contacting AskUsNow! I'm Pat, a librarian at Harford County Public Library. Which library do you volunteer at?"],
      [45, 'p', 'Towson branch'],
      [70, 'l', "Baltimore County's volunteer coordinator tracks those hours; I'll pass this on and someone from your library will call you by Tuesday. Is the number on your account the best one?"],
      [210, 'l', 'Are you still there?'],
      [400, 'l', "I haven't heard back, so I'll close this chat; you may have been disconnected. Thanks for contacting AskUsNow!"],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0199' } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', contact: 'fail', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- the greeting naming the provider's own library ------------------------------------------------------------------
  { name: 'greeting: "Hi, I\'m not at your library, but I can look at their website." (no one named)', lines: [[0, 'p', 'is my library open on sunday'], [20, 'l', "Hi, I'm not at your library, but I can look at their website. Which library?"], [40, 'p', 'Towson'], [60, 'l', 'Towson branch hours are at bcpl.info/towson: Sundays 1-5. Does that help?'], ...BYE], exp: some({ greeting: 'fail' }) },
  { name: 'greeting: "Hello! You\'ve reached a librarian from Cecil County, covering for your library tonight."', lines: [[0, 'p', 'is my library open on sunday'], [20, 'l', "Hello! You've reached a librarian from Cecil County Public Library, covering for your library tonight."], [30, 'l', 'Which library do you use?'], [50, 'p', 'Towson'], [60, 'l', 'Towson branch hours are at bcpl.info/towson: Sundays 1-5. Does that help?'], ...BYE], exp: some({ greeting: 'pass', clarify: 'pass' }) },
  { name: 'greeting in two messages: "Good evening!" then "This is Ana at the Tulsa City-County Library, answering for the cooperative."', lines: [[0, 'p', 'can i print from my phone at the library'], [20, 'l', 'Good evening!'], [25, 'l', 'This is Ana at the Tulsa City-County Library, answering for the cooperative. Which library are you at?'], [45, 'p', 'OKC metro, downtown'], [60, 'l', 'Metro Library System explains mobile printing at metrolibrary.org/print. Did that help?'], ...BYE], exp: some({ greeting: 'pass' }) },
  // ---- what the cooperative provider cannot do, and the referral -------------------------------------------------------
  { name: '"you\'ll need to check with your library about that" (no way to reach): referral fails', lines: [...ASK, L("I'm not at Riverside, so I can't see why it's blocked; you'll need to check with your library about that. Does that help?"), ...BYE], exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"your library will have to check your account: call them at 951-826-5201": referral passes', lines: [...ASK, L("I can't see Riverside's accounts from here, so your library will have to check your account: call them at 951-826-5201. Does that help?"), ...BYE], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"contact Riverside through their website, riversideca.gov/library/contact": referral passes', lines: [...ASK, L('Only Riverside staff can unblock a card, so please contact them through riversideca.gov/library/contact. Does that help?'), ...BYE], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"email your library at libraryhelp@riversideca.gov": referral passes', lines: [...ASK, L('Please email your library at libraryhelp@riversideca.gov and they will look at the block. Did that help?'), ...BYE], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"visit any Riverside branch with your card; they\'re open until 8 tonight" (hours only): referral fails', lines: [...ASK, L("Visit any Riverside branch with your card; they're open until 8 tonight. Does that help?"), ...BYE], exp: some({ referral: 'fail' }) },
  { name: '"Riverside\'s card FAQ is at riversideca.gov/library/cards" (a source, no referral)', lines: [...ASK, L("Riverside's card FAQ at riversideca.gov/library/cards explains that cards are blocked at $10 in fines. Does that help?"), ...BYE], exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"I\'ve let Riverside\'s staff know" (consulted on the patron\'s behalf): no referral; a follow-up is not promised', lines: [...ASK, L("I'm not at Riverside, but I've checked their policy at riversideca.gov/library/cards: cards are blocked at $10 in fines. Does that help?"), ...BYE], exp: some({ referral: 'na', contact: 'na', code: 'pass' }) },
  // ---- the follow-up passed to the patron's library ----------------------------------------------------------------------
  { name: '"someone from your library will contact you" with no code change: a follow-up session, code fails', lines: [...ASK, L("I've sent this to Riverside and someone from your library will contact you. Does that help?"), ...BYE], exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }) },
  { name: 'FU_LIB, e-mail given and repeated, "by Wednesday": contact passes', lines: [...ASK, L("Only Riverside can check that. I'll forward it to them; what's your e-mail?"), [90, 'p', 'kim.l@example.com'], [100, 'l', 'Thanks, kim.l@example.com. Riverside staff will e-mail you by Wednesday. Anything else?'], [130, 'p', 'no thanks'], [140, 'l', 'Bye!']], over: { ...FU_LIB }, exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }) },
  { name: 'FU_LIB, e-mail given, "they\'ll be in touch soon" (no when): contact fails', lines: [...ASK, L("Only Riverside can check that. I'll forward it to them; what's your e-mail?"), [90, 'p', 'kim.l@example.com'], [100, 'l', "Thanks, kim.l@example.com. They'll be in touch soon. Anything else?"], [130, 'p', 'no thanks'], [140, 'l', 'Bye!']], over: { ...FU_LIB }, exp: some({ code: 'pass', contact: 'fail' }) },
  { name: 'FU_LIB, no e-mail anywhere: code and contact fail', lines: [...ASK, L("Only Riverside can check that, so I'll pass it on to them and they'll get back to you within 2 days. Does that help?"), ...BYE], over: { ...FU_LIB }, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'FU_LIB, e-mail only in the patron fields, "they\'ll contact you within 2 days": code passes, contact fails', lines: [...ASK, L("Only Riverside can check that, so I'll pass it on to them and they'll contact you within 2 days. Does that help?"), ...BYE], over: { ...FU_LIB, patron: { name: null, email: 'kim.l@example.com', phone: null } }, exp: some({ code: 'pass', contact: 'fail' }) },
  { name: '"I\'ll ask your library to e-mail you by Friday" coded Follow-up by me, e-mail given: code passes', lines: [...ASK, L("I'll ask your library to e-mail you by Friday. What's your e-mail?"), [90, 'p', 'kim.l@example.com'], [100, 'l', 'Got it, kim.l@example.com. Thanks for chatting!']], over: { resolutionCode: 'Follow-up by me' }, exp: some({ code: 'pass', contact: 'pass' }) },
  // ---- transfers to the patron's library ---------------------------------------------------------------------------------
  { name: 'transfer: notice "I\'m connecting you with a Riverside librarian" + note "Riverside acct block q, their patron" : passes', lines: [...ASK, L("A Riverside librarian is online, so I'm connecting you with them now."), [72, 'i', 'Riverside acct block q, their patron, needs acct access'], xferTo(75, 'Rosa Diaz', 'rosa'), [100, 'l', 'Hi, Rosa at Riverside. Your card has $12 in fines; pay at riversideca.gov/library/pay. Anything else?', ROSA], [130, 'p', 'no thanks'], [140, 'l', 'Bye!', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'transfer: notice, note "thanks!" only: fails', lines: [...ASK, L("A Riverside librarian is online, so I'm connecting you with them now."), [72, 'i', 'thanks!'], xferTo(75, 'Rosa Diaz', 'rosa'), [100, 'l', 'Hi, Rosa at Riverside. Your card has $12 in fines; pay at riversideca.gov/library/pay. Anything else?', ROSA], [130, 'p', 'no thanks'], [140, 'l', 'Bye!', ROSA]], exp: some({ transfer: 'fail' }) },
  { name: 'transfer: note says why, notice only after the transfer: fails', lines: [...ASK, [65, 'i', 'Riverside acct block q, their patron, needs acct access'], xferTo(68, 'Rosa Diaz', 'rosa'), [100, 'l', "Hi, you've been transferred to Rosa at Riverside. Your card has $12 in fines; pay at riversideca.gov/library/pay. Anything else?", ROSA], [130, 'p', 'no thanks'], [140, 'l', 'Bye!', ROSA]], exp: some({ transfer: 'fail' }) },
  // ---- info.source from the patron's library's website -------------------------------------------------------------------
  { name: '"I looked at your library\'s website and it says cards block at $10" (no address of the page): source fails', lines: [...ASK, L("I looked at your library's website and it says cards are blocked once fines reach $10. Does that help?"), ...BYE], exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"Riverside\'s website, under My Account > Fines, shows the block" (the steps to the page): source passes', lines: [...ASK, L("On Riverside's website, go to My Account > Fines and Fees: it shows why the card is blocked. Does that help?"), ...BYE], exp: some({ source: 'pass' }) },
  // ---- (I3 fixes) the same behaviour in other words ----------------------------------------------------------------------
  { name: '(bangTailI3) "Hi there, Jenny with AskUsNow! today. Let me look that up." then the patron is gone: info na', lines: [[0, 'p', 'how late is the Laurel branch open'], [20, 'l', 'Hi there, Jenny with AskUsNow! today. Let me look that up for you.'], [150, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'na', clarify: 'na', informed: 'na', code: 'pass' }) },
  { name: '(bangTailI3) "This is Raj at PGCMLS, working the AskUsNow! chat service tonight." then the patron is gone: info na', lines: [[0, 'p', 'can i get a passport photo at the library'], [25, 'l', "Good evening! This is Raj at Prince George's County Memorial Library System, working the AskUsNow! chat service tonight."], [30, 'l', 'One moment while I check.'], [160, 'l', 'Hello, are you still with me?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'na', clarify: 'na', greeting: 'pass' }) },
  { name: '(theyOpenAskI3) "are they open on sunday?" then "Sundays 1-5; their page is library.carr.org/hours": referral passes', lines: [...ASK, L("I can't see Riverside's accounts, so you'll need to ask the circulation staff at your library about the block."), [90, 'p', 'are they open on sunday?'], [100, 'l', 'Yes, Sundays 1-5; their page is riversideca.gov/library/hours. Anything else?'], [120, 'p', 'no thanks'], [125, 'l', 'Bye!']], exp: some({ referral: 'pass' }) },
  { name: '(theyOpenAskI3) "till when r they open" then "Till 9 tonight, call 951-826-5201": referral passes', lines: [...ASK, L('Only Riverside can lift a block, so check with them at the front desk.'), [90, 'p', 'till when r they open'], [100, 'l', 'Till 9 tonight, or call 951-826-5201. Anything else?'], [120, 'p', 'nope'], [125, 'l', 'Take care!']], exp: some({ referral: 'pass' }) },
  { name: '(yourLibraryNewPartyI3) Vital Records (nothing) then "Your local library, AACPL, …; contact them at 410-222-7371": referral fails', lines: [[0, 'p', 'I need my parents marriage record from 1962'], [20, 'l', "Hi, I'm Tom at Fairfax County Public Library, covering the cooperative. Which county did they marry in?"], [40, 'p', 'Anne Arundel'], [60, 'l', "For the certificate you'd write to the Vital Records office. Your local library, Anne Arundel County Public Library, has the newspaper marriage index; contact them at 410-222-7371. Does that help?"], ...BYE], exp: some({ referral: 'fail' }) },
  { name: '(yourLibraryNewPartyI3) "ask the county historical society. Your home library can get it through ILL; give them a call at …": referral fails', lines: [[0, 'p', 'I want an old plat map of Ellicott City'], [20, 'l', "Hello, Jo at Sample County Library, covering chat tonight. Which year?"], [40, 'p', '1890s'], [60, 'l', 'You should ask the Howard County Historical Society about plat maps. Your home library can also borrow an atlas through ILL; give them a call at 410-313-7800. Did that help?'], ...BYE], exp: some({ referral: 'fail' }) },
  // ---- second batch --------------------------------------------------------------------------------------------------------
  { name: 'transfer: "I\'m going to send you over to a librarian from your own library." + note "Riverside patron, acct q, needs staff w/ Polaris access"', lines: [...ASK, L("I'm going to send you over to a librarian from your own library who can see your account."), [72, 'i', 'Riverside patron, acct block q, needs staff with Polaris access'], xferTo(75, 'Rosa Diaz', 'rosa'), [100, 'l', 'Hi, Rosa at Riverside. Your card has $12 in fines; pay at riversideca.gov/library/pay. Anything else?', ROSA], [130, 'p', 'no thanks'], [140, 'l', 'Bye!', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: '"I\'ll have someone from your library get back to you by Thursday at kim.l@example.com, still good?" "yes": contact passes', lines: [...ASK, L("I'll have someone from your library get back to you by Thursday at kim.l@example.com, is that still good?"), [90, 'p', 'yes'], [100, 'l', 'Great, thanks for chatting!']], over: { ...FU_LIB, patron: { name: null, email: 'kim.l@example.com', phone: null } }, exp: some({ code: 'pass', contact: 'pass' }) },
  { name: '"Riverside staff can check that for you tomorrow." (no one told to contact, nothing promised): referral na, no follow-up', lines: [...ASK, L('Riverside staff can check that for you tomorrow; their account help page is riversideca.gov/library/account. Does that help?'), ...BYE], exp: some({ contact: 'na', code: 'pass', source: 'pass' }) },
  { name: '(theirSiteBeforeI3) "Riverside\'s web site is riversideca.gov/library. Please call their main desk tomorrow …": referral passes', lines: [...ASK, L("Riverside's web site is riversideca.gov/library. Please call their main desk tomorrow and they can fix the block. Does that help?"), ...BYE], exp: some({ referral: 'pass' }) },
  { name: '(theirSiteBeforeI3) "Their site is at riversideca.gov/library. Talk to their branch manager about the block.": referral passes', lines: [...ASK, L('Their site is at riversideca.gov/library. Talk to their branch manager about the block. Did that help?'), ...BYE], exp: some({ referral: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `bangTailI3`: a tail after the name's "!" that says something
  { name: 'near miss: "Hi, this is Bill with AskUsNow! tonight we close at 9, so be quick." : substantive, source fails', lines: [[0, 'p', 'what time does the Essex branch close tonight'], [20, 'l', 'Hi, this is Bill with AskUsNow! tonight the branches close at 9.'], [150, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'fail', clarify: 'fail' }) },
  { name: 'near miss: "Hello, Bill with AskUsNow! today is a holiday, so the branches are closed." : substantive, source fails', lines: [[0, 'p', 'is the Essex branch open'], [20, 'l', 'Hello, Bill with AskUsNow! today is a holiday, so the branches are closed.'], [150, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'fail' }) },
  // near misses for `theyOpenAskI3`: "open" in a new question
  { name: 'near miss: "how do i open the ebook they sent?" then a Libby link: referral fails', lines: [...ASK, L('Only Riverside can lift a block, so check with them at the front desk.'), [90, 'p', 'ok. how do i open the ebook they sent?'], [100, 'l', 'Open Libby at libbyapp.com and tap Shelf. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'near miss: "will they open my account again if I pay?" then the payment page: referral fails', lines: [...ASK, L('Only Riverside can lift a block, so check with them at the front desk.'), [90, 'p', 'will they open my account again if I pay?'], [100, 'l', 'Usually yes; you can pay at payments.example.com/fines. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  // near misses for `yourLibraryNewPartyI3`: the patron's library named twice, one party
  { name: 'near miss: "Ask your library about it. Your library can renew it too; call them at 555-0100." : passes', lines: [...ASK, L('Ask your library about it. Your library can waive the block too; call them at 951-555-0100. Does that help?'), ...BYE], exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Check with your library\'s circulation desk. Your library can waive the fee; call them at …" : passes', lines: [...ASK, L("Check with your library's circulation desk. Your library can waive the fee; call them at 951-826-5201. Does that help?"), ...BYE], exp: some({ referral: 'pass' }) },
  // near misses for `theirSiteBeforeI3`: the site is one party's, the referral another's
  { name: 'near miss: "Riverside\'s website is riversideca.gov/library. Contact the Secretary of State\'s office about the ID." : fails', lines: [...ASK, L("Riverside's website is riversideca.gov/library. Contact the Secretary of State's office about the ID. Does that help?"), ...BYE], exp: some({ referral: 'fail' }) },
  { name: 'near miss: "The DMV\'s site is dmv.ca.gov. Ask your school counselor about their fee waiver." : fails', lines: [...ASK, L("The DMV's site is dmv.ca.gov. Ask your school counselor about their fee waiver. Does that help?"), ...BYE], exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('thirtieth round (I3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (I3): cooperative coverage, every check', whole);
describeSessions('thirtieth round (I3): cooperative coverage, short cases', short);
describeSessions('thirtieth round (I3): cooperative coverage, near misses of the changes', guards);

describeLeft('thirtieth-round-coverage', LEFT);
