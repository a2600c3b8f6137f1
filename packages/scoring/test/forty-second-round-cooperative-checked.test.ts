/**
 * Forty-second round, cooperative backup coverage, checked: 41 whole sessions as a national 24/7 cooperative (QuestionPoint /
 * LibraryH3lp style) records them, where the answering librarian is usually at ANOTHER institution than the patron. College
 * and university patrons: citation styles (MLA, APA 7, ASA, Chicago; secondary sources, government reports), peer-reviewed
 * articles, proxy and log-in errors, interlibrary loan, thesis formatting and embargoes, course reserves and e-reserves,
 * DOIs and paywalls, datasets, finding aids, transcripts and financial-aid holds. Every case gives all 17 statuses.
 *
 * SHAPES TRIED:
 *  - the provider saying they are not at the patron's school and referring on: e-resources team + IT desk (e-mail, phone),
 *    Financial Aid (URL, phone), the thesis office (e-mail), a reserves desk (e-mail, phone, no directive), Circulation with
 *    contacts followed by the Registrar and Student Accounts without, three parties in a numbered list (e-mail, phone, URL,
 *    room), a named music librarian (e-mail) plus "stop by the Music Library, 2nd floor of …", "ask your library's education
 *    librarian or the front desk", "Your instructor is the best person …, so ask them", "talk to your own library", the
 *    Registrar by postal address ("Mail a signed request … to: Office of the Registrar, <address>"), Spanish "Comuníquese con
 *    la Mesa de Ayuda (e-mail, phone) … consulte con la Biblioteca Central";
 *  - follow-up: "Follow-up by patron's library" with the e-mail typed by the patron and "within two business days" (done at
 *    30 h), with the e-mail only in the patron field and "they'll get back to you" (pending), with a phone and "tomorrow,
 *    Tuesday" (pending), with the e-mail given at the start, checked again and "within 72 hours" (done at exactly 72 h after
 *    the end); "Follow-up by me" with "by Thursday" done at 80 h, and with a phone but no time and nothing recorded after 5
 *    days; a promise "I'll e-mail you … by noon tomorrow" coded Answered; staff the provider writes to for the patron (ILL,
 *    a data librarian, a colleague) as no referral;
 *  - language: patrons in Spanish, Spanglish, switching to Spanish mid-chat, non-native English; providers answering in
 *    Spanish (sources, completeness, "¿Hay algo más…?", "¿Sigues ahí?", a Spanish disconnect notice);
 *  - asking: clarifying requests in statement form ("Tell me a bit more about the assignment, like …", "Tell me a little
 *    more …: is it …?", "Cuéntame un poco más: …"), a restatement of a long pasted graduate question ending "Is that
 *    right?", situation questions (which school, which database, on or off campus), a DOI answered with no question;
 *  - timing: pickups at 96, 140 and 150 s and at exactly 60 s, pickedUpAt at 45 s with the first message at 200 s, silent
 *    searches of 221 s and 124 s after a hold, holds every ~100 s and a span of exactly 120 s, a transfer with no word while
 *    the patron waits 200 s, "Sure, take your time." before a long patron pause, final idles of 10, 158, 183, 190, 205, 224,
 *    242, 294, 330 and 332 s with and without check-in and notice, a check-in + notice + thanks in one message, patrons who
 *    write last; concurrency with three others open, with others ending at the start / starting at the end, and split at a
 *    transfer (Jo's other chats start after it, Rosa has two);
 *  - endings: the patron saying on their own that they are done (English, Spanish, non-native), "ok gracias" / "yeah" /
 *    "nope" without a question, a shift-end stop with no way back, "other patrons waiting … chat with us again later", "I need
 *    to help other students in the queue now, so I'll end our chat here." + "Thanks for your patience.", last two provider
 *    messages that are questions; Lost Call coded right (question only) and wrongly (three patron messages); a missing code.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 *  - a clarifying request in statement form ("Tell me a bit more about …", "Cuéntame un poco más: …") asks the patron about
 *    the need (inquiry.clarify), as real-service-styles.test.ts reads it;
 *  - a restatement that names resources the patron named gives no source: it is the patron's need, not the provider's source;
 *  - "Have a good night.", "Bye for now!", "Hasta pronto.", "talk soon" are goodbyes (closing.courteous);
 *  - "Are you still there? It looks like … I'll close this chat shortly. Thanks for using …" is no goodbye by the Terms (it
 *    asks whether the patron is still there), so the final idle runs to endedAt; it still thanks the patron, so
 *    closing.courteous passes on it;
 *  - a check-in that is itself the first non-hold provider message of the final idle is sent "during" it (C16);
 *  - "I'm reading your question now, one moment please" inside a greeting is a hold; a transfer announcement is a hold (Terms);
 *  - with pickedUpAt earlier than the first message, the part of the wait after pickedUpAt is keep_informed's (C38: 155 s);
 *  - "Your library would know." / "You need to talk to your own library" is an unhelpful referral with no contact, not a
 *    dismissal (no time-up, limit or closing of the chat for the provider's convenience);
 *  - "within two business days", "by noon tomorrow", "tomorrow, Tuesday", "by Thursday", "within 72 hours" say when;
 *    "they'll get back to you" and "I'll … get back to you" do not;
 *  - a follow-up recorded exactly 72 h after the session's end is within followUpHours;
 *  - "that is all for now", "No more question.", "thats it", "eso es todo (lo que necesitaba)", "es todo", "thats all" are the
 *    patron saying explicitly they are done; "ok gracias", "yeah", "nope" (with no question asked) are not;
 *  - the e-mail or phone the patron types and the provider repeats is "confirmed in the chat".
 *
 * COUNTS. Written: 41 sessions, every status labelled before running (33 in a first batch, 8 in a second batch written after
 * the first run and labelled before it was run; labels copied aside before each run).
 * First run as labelled: 35 of 41 (first batch 29 of 33, second batch 6 of 8); disagreeing: 6.
 * Label corrections: 2.
 *  - C12 referral.contact pass -> na: "If the link is missing, the reserves desk can add it: reserves@bellmont.edu or
 *    555-880-1200." gives the desk's contact but does not TELL the patron to contact it (Terms: "telling the patron to contact
 *    or visit …"); read literally, no referral. (Borderline: many services refer this way.)
 *  - C23 referral.contact pass -> fail: "write to her at lmarsh@hartwell.edu or stop by the Music Library, 2nd floor of Bryce
 *    Hall" tells the patron to visit the Music Library too, and a floor and a building are none of RUBRIC's ways (e-mail,
 *    phone, postal address, URL); the librarian's e-mail reaches her, not the library. (The same words with "stop by her
 *    office in the Music Library" pass.)
 * Final: 37 running as labelled, 4 LEFT (C08 inquiry.clarify, C30 info.source, C35 inquiry.clarify, C40 referral.contact),
 * each with its reason in LEFT_WHY. On v43 (block I): 40 running, 1 LEFT (C08). All timing checks (pickup, keep_informed, idle, disconnect, concurrency, on_time) scored
 * as labelled on the first run.
 *
 * FINAL RUN (`--project scoring`, this file only): 41 tests passed (4 through describeLeft) on v42; 41 passed (1 through
 * describeLeft) on v43.
 */
import { describe } from 'vitest';
import type { Message } from '@askqa/contract';
import { DAY, T0, at, describeLeft, describeSessions, FU_LIB, FU_ME, other, ROSA, sys, type Line, type SessionCase, usual } from './helpers';

/** The statuses of a session that went well, with the checks where this one differs (helpers' `usual`). */
const L = usual;

/** The cooperative provider (id `jo`, as helpers' `chat` sets it) under the screen name `name`: each provider line without its own author gets it. */
const coop = (name: string, lines: Line[]): Line[] =>
  lines.map(([s, w, t, x]): Line => (w === 'l' && !x ? [s, w, t, { author: name } as Partial<Message>] : x ? [s, w, t, x] : [s, w, t]));
const prov = (name: string) => ({ provider: { id: 'jo', name, library: 'COOP' } });

export const cases: SessionCase[] = [
  {
    name: 'C01 MLA chapter in an edited e-book; the patron says on her own she is done : all pass',
    lines: coop('Dana W.', [
      [0, 'p', 'hi, how do I cite a chapter from an edited book in MLA? its for my english 102 paper'],
      [38, 'l', "Hello! You've reached the Ask a Librarian 24/7 cooperative. I'm Dana, a librarian at Oregon Coast University, covering the chat tonight."],
      [47, 'l', 'Are you using MLA 9th edition, and do you have the book in print or as an e-book?'],
      [80, 'p', '9th i think. its an ebook from our library, "Reading the Ocean: Essays on Coastal Culture", the chapter is by Maria Ortega'],
      [95, 'l', 'Got it, one moment while I pull up the format.'],
      [170, 'l', 'The MLA pattern for a chapter is: Author Last, First. "Chapter Title." Book Title, edited by Editor Name, Publisher, Year, pp. first-last. For an e-book from a database, add the database name in italics and the DOI or URL at the end. Purdue OWL shows it with examples: owl.purdue.edu/owl/research_and_citation/mla_style/mla_formatting_and_style_guide/mla_works_cited_page_books.html'],
      [178, 'l', 'Does that cover what you needed for the citation?'],
      [230, 'p', 'yes!! the OWL page helps a lot. thats all i needed'],
      [238, 'l', 'Great. Thanks for using Ask a Librarian, and good luck with the paper!'],
    ]),
    over: prov('Dana W.'),
    exp: L(),
  },
  {
    name: 'C02 nursing articles: a statement-form clarifying request ("Tell me a bit more about the assignment, like …"), then a 221 s silent search after "let me search" : informed fails',
    lines: coop('Marcus', [
      [0, 'p', 'I need 5 peer reviewed articles about nurse staffing ratios and patient outcomes. I go to Pinecrest College'],
      [28, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Marcus, a librarian with the cooperative; I work at a different college, but I can search with you."],
      [36, 'l', 'Tell me a bit more about the assignment, like how recent the articles need to be and whether they have to be US studies.'],
      [90, 'p', 'last 5 years, anywhere is ok'],
      [97, 'l', 'Okay, let me search a couple of databases.'],
      [318, 'l', "I found a good set in CINAHL. From Pinecrest's library homepage go to Databases A-Z > C > CINAHL Complete, search nurse staffing AND patient outcomes, then tick Peer Reviewed and set the dates to 2020-2025. About 60 results; the 2021 Lasater study in BMJ Open is a strong start."],
      [325, 'l', 'Is that the kind of article you were after?'],
      [380, 'p', 'yes that works. thats everything, thank you'],
      [386, 'l', 'Glad it helped. Thanks for chatting, bye!'],
    ]),
    over: prov('Marcus'),
    exp: L({ informed: 'fail' }),
  },
  {
    name: 'C03 proxy "not authorized": not at your school, e-resources team (e-mail) and IT Service Desk (phone) : referral passes; no completeness question : fails',
    lines: coop('Priya R.', [
      [0, 'p', 'every time i click a database link it goes to a proxy login page and then says "You are not authorized to access this resource". I am at Hollins State University, grad student'],
      [55, 'l', "Hi there, this is Priya, a reference librarian answering for the statewide Ask Us service. I'm at another university, so I can't see your account, but let's sort it out."],
      [63, 'l', 'Which database were you trying to open, and are you off campus right now?'],
      [110, 'p', 'jstor and also proquest. yes from home'],
      [120, 'l', "That message usually means the proxy knows your login but your account is not set up for remote access, which only your library can fix. Please e-mail Hollins State's e-resources team at eresources@hollinsstate.edu with a screenshot, or call the IT Service Desk at 555-301-4400 if the password itself is the problem."],
      [160, 'p', 'ok'],
      [166, 'l', 'Anything else I can help you with tonight?'],
      [200, 'p', 'no'],
      [205, 'l', 'Thanks for chatting with us, take care!'],
    ]),
    over: prov('Priya R.'),
    exp: L({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'C04 ERIC for phonics, then "ask your library\'s education librarian or the front desk" with no way to reach them : referral fails; "Have a good night." closes',
    lines: coop('Owen', [
      [0, 'p', 'hello i need scholarly sources on phonics vs whole language for my EDU 340 paper and also my prof says the paper has to be checked by the writing center before i submit, where is it'],
      [31, 'l', "Hi! I'm Owen, a librarian with the Ask a Librarian cooperative."],
      [40, 'l', 'What ages should the studies cover, elementary only?'],
      [75, 'p', 'yes K-3'],
      [140, 'l', 'ERIC is the main education database: eric.ed.gov, search phonics AND "whole language" and tick Peer reviewed only. For the writing center, I\'m not at your school, so please ask your library\'s education librarian or the front desk where your campus writing center is.'],
      [147, 'l', 'Did that help?'],
      [200, 'p', 'kind of. ok thx'],
      [206, 'l', "You're welcome! Have a good night."],
    ]),
    over: prov('Owen'),
    exp: L({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'C05 interlibrary loan after hours, picked up after 96 s : pickup fails, the rest passes',
    lines: coop('Helen', [
      [0, 'p', "Hi, my library doesn't own the book I need. Can I get it from another library? I'm a student at Northfield Community College."],
      [96, 'l', "Good evening, and sorry for the wait! I'm Helen, a librarian with AskAway, the cooperative that answers chats for Northfield after hours."],
      [104, 'l', "Could you tell me the book's title, and when you need it by?"],
      [150, 'p', 'Settler Colonialism in Practice by J. Tran, i need it in 2 weeks'],
      [158, 'l', 'Just a moment, checking WorldCat for nearby copies.'],
      [240, 'l', 'Good news: WorldCat (worldcat.org) lists it at 14 libraries, two of them in your state. Northfield requests books through interlibrary loan: on the library website choose Services > Interlibrary Loan > Request a Book, sign in with your student ID, and paste the title. It usually takes 7-10 days, so two weeks should work.'],
      [248, 'l', 'Does that answer your question?'],
      [300, 'p', 'yes thanks a lot'],
      [305, 'l', 'Is there anything else I can look up for you?'],
      [340, 'p', 'nope'],
      [344, 'l', 'Thank you for using AskAway. Goodbye!'],
    ]),
    over: prov('Helen'),
    exp: L({ pickup: 'fail' }),
  },
  {
    name: 'C06 Spanish patron, provider answers in Spanish (Redalyc, Dialnet), "¿Esto responde…?", "¿Hay algo más…?" : all pass',
    lines: coop('Lucía', [
      [0, 'p', 'Hola, necesito artículos académicos sobre migración y salud mental para mi clase de sociología'],
      [30, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio cooperativo Pregúntale a un Bibliotecario. Con gusto te ayudo.'],
      [39, 'l', '¿Los artículos tienen que estar en español o también te sirven en inglés? ¿Y es para un trabajo de licenciatura?'],
      [85, 'p', 'en español mejor, es para licenciatura, 3er semestre'],
      [92, 'l', 'Perfecto, dame un momento para buscar.'],
      [200, 'l', 'Te recomiendo Redalyc (redalyc.org) y Dialnet (dialnet.unirioja.es). En Redalyc busca "migración" Y "salud mental" y filtra por Psicología o Sociología; hay más de 200 artículos de acceso abierto.'],
      [207, 'l', '¿Esto responde a tu pregunta?'],
      [260, 'p', 'sí, muchas gracias!'],
      [265, 'l', '¿Hay algo más en lo que te pueda ayudar?'],
      [300, 'p', 'no, eso es todo'],
      [304, 'l', '¡Gracias por usar el servicio! Que te vaya bien, hasta luego.'],
    ]),
    over: prov('Lucía'),
    exp: L(),
  },
  {
    name: 'C07 Spanglish FAFSA "pending": not at your school, Financial Aid with URL and phone : referral passes; patron only thanks : anything fails',
    lines: coop('Chris', [
      [0, 'p', 'hi necesito saber si my FAFSA ya llegó, the student portal dice "pending" desde hace 3 semanas'],
      [25, 'l', "Hi! I'm Chris, a librarian answering for Ask a Librarian tonight. I'm at a different school, so I can't look at student records, but I can point you to the right office."],
      [33, 'l', 'Which college are you enrolled at?'],
      [70, 'p', 'Lakeview Community College, en el campus de Eastgate'],
      [78, 'l', "Lakeview's Office of Financial Aid can confirm whether your FAFSA was received: finaid.lakeviewcc.edu, or call them at (555) 214-7700, Monday-Friday 8-5. You can also check your status yourself at studentaid.gov under My Activity."],
      [84, 'l', 'Is that what you needed?'],
      [130, 'p', 'ok gracias!! voy a llamar mañana'],
      [136, 'l', "You're welcome, good luck with it, and thanks for chatting with us!"],
    ]),
    over: prov('Chris'),
    exp: L({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: "C08 PhD student's long pasted question, restated; Follow-up by patron's library with e-mail and \"within two business days\", done at 30 h : contact and on_time pass",
    lines: coop('Naomi', [
      [0, 'p', "Hello, I'm a second-year PhD student in public health at Westbrook University. For my dissertation I am using restricted-use data from Add Health (the National Longitudinal Study of Adolescent to Adult Health). My committee wants me to link it with county-level data on the food environment. Our library has a data services librarian but I don't know if we have a license for the restricted files, and the ICPSR website says to contact your institution's representative. Can you tell me if Westbrook has access, and how I start the application? Also, is the USDA Food Environment Atlas okay to cite as a dataset, and how?"],
      [48, 'l', "Hello, and thanks for your patience while I read all that! I'm Naomi, a librarian with the national Ask a Librarian cooperative. I'm based at a different university, so I can't see Westbrook's licenses."],
      [60, 'l', 'To be sure I pass this on correctly: you need (1) whether Westbrook is an ICPSR member with access to the restricted Add Health files and how to apply, and (2) how to cite the Food Environment Atlas. Is that right?'],
      [110, 'p', 'Yes exactly'],
      [118, 'l', 'Let me check the public member list first.'],
      [215, 'l', "ICPSR's member directory (icpsr.umich.edu, under Membership > Member Institutions) lists Westbrook University, so you likely qualify; restricted Add Health files go through the Add Health contract process, and I'll ask Westbrook's data librarian to confirm the details. For the Atlas, cite it as a dataset: U.S. Department of Agriculture, Economic Research Service. Food Environment Atlas [Data set]. Year of the version you used. URL from ers.usda.gov."],
      [225, 'l', "I'd like to send your question to Westbrook's data services librarian so they can follow up. What e-mail should they use?"],
      [270, 'p', 'jkoenig7@westbrook.edu'],
      [278, 'l', "Thanks. I've sent it to Westbrook University Libraries: someone will write to you at jkoenig7@westbrook.edu within two business days."],
      [320, 'p', 'Perfect, that is all for now. Thank you!'],
      [326, 'l', 'Thank you for using Ask a Librarian, good luck with the dissertation!'],
    ]),
    over: { ...prov('Naomi'), ...FU_LIB, followUps: [{ doneAt: at(30 * 3600), by: 'westbrook', note: 'data librarian replied re ICPSR restricted-use application' }] },
    exp: L({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: "C09 course reserves: Follow-up by patron's library, the e-mail only in the patron field and \"they'll get back to you\" with no time : contact fails, on_time pending",
    lines: coop('Tom', [
      [0, 'p', 'is the textbook for BIO 210 on reserve at the library? i cant afford it rn'],
      [41, 'l', "Hi! Thanks for reaching out to Ask a Librarian. I'm Tom, a librarian at a partner library in the cooperative."],
      [50, 'l', "Which school are you at, and do you know the edition or the instructor's name?"],
      [95, 'p', 'Eastgate State, Dr. Min, 4th edition Campbell Biology i think'],
      [102, 'l', 'One moment, let me look at their reserves page.'],
      [190, 'l', "Eastgate's course reserves list isn't public, it needs your campus login, so I can't see it from here. You can search it yourself in the library catalog: on the library homepage choose Course Reserves, then search by instructor Min."],
      [197, 'l', "I'll also pass your question to Eastgate's reserves staff and they'll get back to you."],
      [240, 'p', 'ok thanks'],
      [246, 'l', 'Does that help for now?'],
      [290, 'p', 'yeah'],
      [295, 'l', 'Great, thanks for chatting and good luck in BIO 210!'],
    ]),
    over: { ...prov('Tom'), ...FU_LIB, patron: { name: null, email: 'rtorres22@eastgate.edu', phone: null } },
    exp: L({ anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'C10 ASA quick tips, then "I\'ll e-mail you … by noon tomorrow" with the e-mail repeated, coded Answered, done at 26 h : code fails, contact and on_time pass',
    lines: coop('Gabriel', [
      [0, 'p', "Hi, does anyone know where I can find the ASA style guide 7th ed? My thesis advisor wants ASA and our library doesnt have it"],
      [20, 'l', 'Hello, this is Gabriel with the Ask a Librarian 24/7 service.'],
      [26, 'l', 'Do you need the official manual itself, or would a good quick guide to ASA 7 do?'],
      [70, 'p', 'a quick guide is fine, I just need in-text citations and the reference list for journal articles and government reports'],
      [80, 'l', 'The ASA publishes a free Quick Tips sheet: asanet.org > Publications > Journals > Quick Tips for ASA Style. It covers journal articles, and government reports are on the second page.'],
      [88, 'l', 'Does that cover it?'],
      [150, 'p', 'mostly, but it doesnt have reports with no author'],
      [157, 'l', 'Let me dig into that.'],
      [260, 'l', "I can't find a clear example online right now. Our library has the manual in print; I'll check it and e-mail you the no-author report example by noon tomorrow. What's your e-mail?"],
      [300, 'p', 's.ahmadi@rivergate.edu, thank you!'],
      [306, 'l', "Got it: s.ahmadi@rivergate.edu. You'll have it by noon tomorrow."],
      [330, 'p', 'great thanks'],
      [335, 'l', 'Thanks for using Ask a Librarian, talk soon!'],
    ]),
    over: { ...prov('Gabriel'), followUps: [{ doneAt: at(26 * 3600), by: 'jo', note: 'sent ASA 7 no-author report example' }] },
    exp: L({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'C11 thesis margins: Graduate School guide and the thesis office (e-mail); the patron goes quiet after "anything else?", one check-in, no notice (idle 183 s) : disconnect and courteous fail',
    lines: coop('Ruth', [
      [0, 'p', 'What margins do I need for my masters thesis? The template from the grad school has 1.5 inch left margin but my advisor says 1 inch'],
      [33, 'l', "Hi, I'm Ruth, a librarian helping out on Ask Us tonight. I'm not at your university, but I can help you find the rules."],
      [40, 'l', 'Which university is your thesis for?'],
      [88, 'p', 'Carrow University'],
      [95, 'l', "Carrow's Graduate School sets the thesis format, and its Thesis & Dissertation Guide (gradschool.carrow.edu/thesis-guide, section 3.2 Margins) overrides anything else. If your advisor's instructions differ, write to the thesis office at thesis@carrow.edu and they'll tell you which to follow."],
      [103, 'l', 'Does that help?'],
      [150, 'p', 'yes, the guide says 1.5 left. ok I will email them'],
      [157, 'l', 'Good plan. Is there anything else I can help you with?'],
      [300, 'l', 'Are you still there?'],
    ]),
    over: { ...prov('Ruth'), endAfter: 40 },
    exp: L({ courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }),
  },
  {
    name: 'C12 e-reserves in Canvas: "Hi there!" then a question, no name, service or library in the first two messages : greeting fails; "the reserves desk can add it: <e-mail> or <phone>" : no referral',
    lines: coop('BellmontLib3', [
      [0, 'p', 'where do i find the readings for HIST 115 that the professor put on reserve? its online i think'],
      [15, 'l', 'Hi there!'],
      [22, 'l', 'Is the class at Bellmont College?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Bellmont puts e-reserves in Canvas: open your HIST 115 course, click Library Reserves in the left menu, and the readings are listed as PDFs. If the link is missing, the reserves desk can add it: reserves@bellmont.edu or 555-880-1200.'],
      [68, 'l', 'Were you able to find them?'],
      [120, 'p', 'found them, thanks!! thats all'],
      [125, 'l', 'Great! Thanks for chatting, have a good evening.'],
    ]),
    over: prov('BellmontLib3'),
    // label corrected: referral 'pass' -> 'na' ("the reserves desk can add it: <e-mail> or <phone>" gives a contact but does not tell the patron to contact them)
    exp: L({ greeting: 'fail' }),
  },
  {
    name: "C13 transcript hold: Circulation (e-mail, phone), then the Registrar's Office and Student Accounts with no way to reach them : referral fails",
    lines: coop('Ben', [
      [0, 'p', "hello, i have a hold on my account and can't get my transcript for a job application. the hold says LIBRARY. what do i do?"],
      [45, 'l', "Hi! You've reached Ask a Librarian; I'm Ben, a librarian at one of the partner schools, not yours, so I can't see your account."],
      [53, 'l', 'Do you know whether it is for an unreturned item or a fine? And which college is it?'],
      [110, 'p', 'i think a laptop i returned late. Fairhaven University'],
      [120, 'l', "Library holds at Fairhaven are cleared by the Circulation desk: circulation@fairhaven.edu or 555-662-3100. Once they lift it, ask the Registrar's Office to release the transcript, and if the fine went to your student account, talk to Student Accounts too."],
      [127, 'l', "Fairhaven's library FAQ has a page on this: library.fairhaven.edu/faq, search 'holds'."],
      [135, 'l', 'Does that answer your question?'],
      [180, 'p', 'ok yes thank you'],
      [186, 'l', 'Anything else I can help with?'],
      [220, 'p', 'no thats it'],
      [225, 'l', 'Thanks for chatting with us, good luck with the job!'],
    ]),
    over: prov('Ben'),
    exp: L({ referral: 'fail' }),
  },
  {
    name: 'C14 non-native PhD student: three parties in a numbered list, each with e-mail, phone, URL or room : referral passes; "No more question." : anything passes',
    lines: coop('Andrea', [
      [0, 'p', 'Hello madam/sir. I am new international student (PhD, chemistry) at Greystone University. I can not open e-books, the system say my NetID is not activate. Also I want to know who decide the embargo of my thesis. Please help me.'],
      [50, 'l', "Hello and welcome! I'm Andrea, a librarian with the Ask a Librarian cooperative. I'm at another university, but I'll help you find the right people."],
      [58, 'l', 'Have you already set up your NetID password at orientation, or is this the first time you are trying to log in?'],
      [120, 'p', 'First time. I did not do orientation yet because my visa was late.'],
      [130, 'l', "Thank you, that explains it. Three places can help:\n1. NetID activation: the IT Help Desk, help@greystone.edu or 555-719-4357 (open 24 hours).\n2. E-books once you can log in: the Chemistry Library, chemlib@greystone.edu.\n3. Thesis embargo: the Graduate School's thesis office decides it, gradschool.greystone.edu/etd, Room 210 in Hale Hall."],
      [138, 'l', 'Does this give you what you need?'],
      [200, 'p', 'Yes it is very helpful. Thank you so much. No more question.'],
      [205, 'l', 'You are very welcome. Good luck with your studies, and thank you for using Ask a Librarian!'],
    ]),
    over: prov('Andrea'),
    exp: L({ referral: 'pass' }),
  },
  {
    name: 'C15 a pasted DOI answered at once (Unpaywall, doi.org) with no question or restatement first : clarify fails',
    lines: coop('Sam', [
      [0, 'p', 'can you get me the full text of doi 10.1016/j.jenvp.2019.101389 ? my school doesnt subscribe'],
      [18, 'l', 'Hi, Sam here with the Ask a Librarian chat service.'],
      [30, 'l', 'Let me take a look.'],
      [95, 'l', "It's an Elsevier article in the Journal of Environmental Psychology (https://doi.org/10.1016/j.jenvp.2019.101389). Unpaywall finds an accepted-manuscript copy in the authors' university repository, free to read; the Unpaywall browser extension (unpaywall.org) shows a green tab on the article page."],
      [102, 'l', 'Did that work for you?'],
      [150, 'p', 'yes got the pdf! perfect, thats all i needed'],
      [155, 'l', 'Great! Thanks for chatting, bye!'],
    ]),
    over: prov('Sam'),
    exp: L({ clarify: 'fail' }),
  },
  {
    name: 'C16 Lost Call: the patron sends only the question; greeting-and-hold, "Are you still there?" at 205 s, notice with goodbye at 410 s : information checks na, idle and notice pass',
    lines: coop('Sam', [
      [0, 'p', 'how do i find scholarly articles about tiktok and body image for my psych paper'],
      [40, 'l', "Hi, I'm Sam from the Ask a Librarian cooperative. I'm reading your question now, one moment please."],
      [205, 'l', 'Are you still there?'],
      [410, 'l', "It looks like you've disconnected, so I'll close this session now. Please feel free to chat with us again!"],
    ]),
    over: { ...prov('Sam'), resolutionCode: 'Lost Call' },
    exp: L({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'C17 renewal limit: patron writes three times before a 150 s pickup, the clarifying question goes unanswered, notice without check-in; coded Lost Call : code fails',
    lines: coop('Ana', [
      [0, 'p', 'hi im trying to renew a book from my university library but it says "renewal limit reached"'],
      [70, 'p', 'hello?'],
      [120, 'p', 'anyone there'],
      [150, 'l', "Hi, so sorry for the wait! I'm Ana, a librarian with the Ask Us cooperative. Which university library is the book from?"],
      [340, 'l', "It looks like you may have left the chat, so I'm going to end this session. If you still need help, please chat with us again anytime!"],
    ]),
    over: { ...prov('Ana'), resolutionCode: 'Lost Call' },
    exp: L({ pickup: 'fail', source: 'fail', complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'C18 Zotero and APA: "My shift is ending now so I have to stop here." / "Sorry, I need to log off." with no way back : no_dismissal and courteous fail',
    lines: coop('Victor', [
      [0, 'p', 'hi, my zotero is not putting the DOIs in my APA bibliography, how do i fix this'],
      [30, 'l', "Hello, I'm Victor, a librarian with the Ask a Librarian service."],
      [38, 'l', 'Are you using the Word plugin or copying the bibliography from Zotero directly?'],
      [75, 'p', 'word plugin'],
      [85, 'l', 'In Word, open the Zotero tab > Document Preferences and check that the style is "American Psychological Association 7th edition". Then in Zotero check that each item has the DOI field filled in; the Zotero documentation page "Word Processor Plugin Usage" at zotero.org/support explains it.'],
      [92, 'l', 'Did that fix it?'],
      [160, 'p', 'yes! one more thing, how do i stop it adding "Retrieved from"... also my 3 other chapters use a different style, can i convert them, and my advisor wants chicago for one'],
      [175, 'l', 'My shift is ending now so I have to stop here.'],
      [180, 'l', 'Sorry, I need to log off.'],
    ]),
    over: prov('Victor'),
    exp: L({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'C19 capstone with a list of questions: "several other patrons waiting … chat with us again later", the Writing Center with e-mail and URL : no_dismissal and referral pass',
    lines: coop('Keisha', [
      [0, 'p', 'I need help with my capstone. I need sources on community gardens and food insecurity'],
      [22, 'l', "Hi! I'm Keisha, a librarian with Ask a Librarian. Happy to help."],
      [30, 'l', 'What discipline is your capstone in? Public health, sociology, something else?'],
      [60, 'p', 'public health'],
      [68, 'l', 'Then PubMed is a strong place to start: pubmed.ncbi.nlm.nih.gov, search (community garden* OR urban agriculture) AND food insecurity. Agricola (agricola.nal.usda.gov) adds the agriculture side.'],
      [75, 'l', 'Does that get you started?'],
      [120, 'p', 'yes. also can you check my thesis statement? and how long should my lit review be? and do I need an abstract? and can you look at my references list?'],
      [135, 'l', "Those are best handled by your writing center, and there are several other patrons waiting right now, so I'll wrap up here. Marlowe's Writing Center reviews capstone drafts: writing@marlowe.edu, or book a session at marlowe.edu/writingcenter. And you're welcome to chat with us again later!"],
      [170, 'p', 'ok'],
      [175, 'l', 'Thanks for chatting, take care!'],
    ]),
    over: prov('Keisha'),
    exp: L({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: "C20 Sage Research Methods: transferred to a librarian at the patron's own college, with an internal note and a visible notice : transfer passes",
    lines: [
      [0, 'p', "Hi, I need to know if our library has the Sage Research Methods database, I'm at Dunmore College"],
      [20, 'l', "Hello! I'm Jo, a librarian with the 24/7 Ask a Librarian cooperative."],
      [28, 'l', 'Are you looking for it for a particular methods course, or for your own project?'],
      [60, 'p', 'for my research methods class, we need to read a case study'],
      [68, 'l', "A librarian from Dunmore College is online right now and can check your own subscriptions, so I'm transferring you to her. One moment please!"],
      [72, 'i', 'Dunmore student asking if you license Sage Research Methods (methods class case study), can you check your A-Z list?'],
      [75, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [110, 'l', "Hi, I'm Rosa, a librarian at Dunmore College Library. Yes, we subscribe: go to library.dunmore.edu > Databases A-Z > S > Sage Research Methods, and sign in with your Dunmore login.", ROSA],
      [118, 'l', 'Does that get you into it?', ROSA],
      [170, 'p', 'yes im in! thank you'],
      [176, 'l', 'Anything else I can help with?', ROSA],
      [200, 'p', 'no thats all'],
      [205, 'l', 'Great, thanks for chatting with us!', ROSA],
    ],
    exp: L({ transfer: 'pass' }),
  },
  {
    name: 'C21 Spanish thesis in APA 7: transferred with an internal note but no word to the patron, who waits 200 s : transfer and informed fail; "sí, gracias, es todo" : anything passes',
    lines: [
      [0, 'p', 'hola, necesito ayuda con mi tesis, el formato de la bibliografía en APA 7 en español'],
      [35, 'l', '¡Hola! Soy Jo, bibliotecario del servicio Pregunte al Bibliotecario.'],
      [43, 'l', '¿Tu tesis es para una universidad de aquí o de otro país? Las normas en español a veces cambian "&" por "y".'],
      [100, 'p', 'de aquí, Universidad del Valle Sur, pero la escribo en español'],
      [108, 'i', 'Spanish-language thesis, APA 7 in Spanish; Rosa please take it, she is at the Valle Sur library'],
      [112, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [300, 'l', 'Hola, soy Rosa de la Biblioteca de la Universidad del Valle Sur. La guía de APA 7 en español de nuestra biblioteca está en biblioteca.uvs.edu/guias/apa7, con ejemplos de tesis.', ROSA],
      [308, 'l', '¿Te sirve esta guía?', ROSA],
      [360, 'p', 'sí, gracias, es todo'],
      [366, 'l', '¡Con gusto! Gracias por escribirnos.', ROSA],
    ],
    exp: L({ informed: 'fail', transfer: 'fail' }),
  },
  {
    name: 'C22 APA secondary source for an MSW paper, while the provider had three other chats open : concurrency fails',
    lines: coop('Pat', [
      [0, 'p', 'How do I cite a source I found quoted in another book? APA 7. Its for my MSW paper'],
      [25, 'l', "Hi, this is Pat, a librarian with the Ask Us 24/7 cooperative."],
      [31, 'l', 'Do you have the original source at all, or only the book that quotes it?'],
      [80, 'p', 'only the book that quotes it, i cant find the original'],
      [90, 'l', 'In APA 7 that is a secondary source: name the original in the text and cite the book you read in the reference list, e.g. (Addams, 1910, as cited in Lee, 2020). The APA Style website explains it: apastyle.apa.org/style-grammar-guidelines/citations/secondary-sources'],
      [97, 'l', 'Does that answer it?'],
      [140, 'p', 'yes, thank you. no more questions!'],
      [146, 'l', 'Thanks for using Ask Us, goodbye!'],
    ]),
    over: prov('Pat'),
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', 10, 600), other('c', 'jo', 60, 400)] },
    exp: L({ concurrency: 'fail' }),
  },
  {
    name: 'C23 music librarian (e-mail) and "stop by the Music Library, 2nd floor of Bryce Hall" : referral fails; other chats end at start and start at the end (open intervals) : concurrency passes; last two provider messages are questions : courteous fails',
    lines: coop('Eli', [
      [0, 'p', 'who is the music librarian at Hartwell University? i need help finding scores for my recital'],
      [44, 'l', "Hello, welcome to Ask a Librarian! I'm Eli, a librarian at a partner library in the cooperative."],
      [50, 'l', 'Are you looking for printed scores to borrow, or digital scores you can print out?'],
      [90, 'p', 'either, its a Fauré song cycle, La bonne chanson'],
      [100, 'l', "Hartwell's music librarian is Dr. Lena Marsh; write to her at lmarsh@hartwell.edu or stop by the Music Library, 2nd floor of Bryce Hall. For digital scores, IMSLP (imslp.org) has La bonne chanson, Op. 61, in a public domain edition."],
      [108, 'l', 'Is that what you were looking for?'],
      [160, 'p', 'yes thank u so much'],
      [166, 'l', 'Anything else before you go?'],
      [200, 'p', 'no thats all, bye!'],
    ]),
    over: prov('Eli'),
    ctx: { otherIntervals: [other('a', 'jo', -900, 0), other('b', 'jo', -120, 400), other('c', 'jo', 30, 500), other('d', 'jo', 205, 800)] },
    // label corrected: referral 'pass' -> 'fail' ("stop by the Music Library, 2nd floor of Bryce Hall": a party to visit whose only way is a floor and a building)
    exp: L({ courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'C24 MBA literature review (non-native patron): "take your time" is no hold; search with "still looking" every ~100 s; call numbers : all pass',
    lines: coop('Farah', [
      [0, 'p', 'Good evening. I need book about the employee motivation in the small company, for my MBA assignment. Our university is Ridgeview. Sorry my english'],
      [52, 'l', "Good evening, and your English is fine! I'm Farah, a librarian with Ask a Librarian, the chat cooperative Ridgeview belongs to."],
      [60, 'l', 'Tell me a little more about the assignment: is it a literature review, or a case study about one company?'],
      [130, 'p', 'Wait please, I check the assignment paper'],
      [136, 'l', 'Sure, take your time.'],
      [330, 'p', 'It is literature review, 8 sources, minimum 3 books'],
      [338, 'l', "Thanks! I'll search Ridgeview's catalog for books now, one moment."],
      [440, 'l', 'Still looking, I have two good ones so far.'],
      [545, 'l', 'Here are three books in the Ridgeview catalog, all on the 3rd floor:\n- Motivating Employees in Small Firms (2019), HF5549.5.M63 G74 2019\n- Small Business Management, 9th ed., HD62.7 .L66 2020, chapter 11\n- Drive, by Daniel Pink, BF503 .P56 2009\nSearch the title in the catalog to check that it is on the shelf.'],
      [552, 'l', 'Do these fit what you need?'],
      [640, 'p', 'Yes, very good. Thank you very much for your time'],
      [646, 'l', 'Is there anything else I can help you with?'],
      [700, 'p', 'No thank you, all is done'],
      [705, 'l', 'Good luck with your MBA assignment, and thanks for using Ask a Librarian. Goodbye!'],
    ]),
    over: prov('Farah'),
    exp: L(),
  },
  {
    name: 'C25 paywalled article: Journals A-Z and Scholar library links; the patron goes quiet, "Are you still there?" and the session ends (idle 158 s) : idle passes, disconnect na, courteous fails',
    lines: coop('Jordan', [
      [0, 'p', 'i found an article in google scholar but it wants $39 to read it. is there a way to get it free? i go to Milbrook college'],
      [28, 'l', "Hi! I'm Jordan, a librarian with the Ask a Librarian cooperative."],
      [35, 'l', 'Could you paste the title or the link of the article?'],
      [90, 'p', '"Sleep duration and academic performance in first-year students" journal of american college health 2022'],
      [98, 'l', 'Checking that journal now.'],
      [170, 'l', "Milbrook has that journal through Academic Search Complete with a 12-month delay, so the 2022 issue is available. Go to milbrook.edu/library > Journals A-Z, type Journal of American College Health, and choose the 2022 volume. Or set Google Scholar > Settings > Library links to Milbrook College so the 'Full text @ Milbrook' link appears."],
      [178, 'l', 'Does this answer your question?'],
      [300, 'l', 'Are you still there?'],
    ]),
    over: { ...prov('Jordan'), endAfter: 28 },
    exp: L({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'C26 journal impact factor (JCR, Scimago); the patron never answers "Does that help?" and the provider says goodbye 332 s later with no check-in or notice : idle and disconnect fail',
    lines: coop('Devon', [
      [0, 'p', 'how do I find the impact factor of a journal? my prof says only use journals with IF over 2'],
      [36, 'l', "Hi, I'm Devon, a librarian answering for Ask a Librarian tonight."],
      [44, 'l', 'Which journal are you checking, or do you want a way to look up any journal?'],
      [100, 'p', 'any journal'],
      [108, 'l', "Impact factors come from Journal Citation Reports (Clarivate). If your library subscribes, it's in the Databases A-Z list under J. If not, Scimago Journal Rank (scimagojr.com) is free and gives a similar measure, the SJR, plus a 'Cites per doc (2 years)' figure that is close to the impact factor."],
      [115, 'l', 'Does that help?'],
      [440, 'l', 'Thanks for chatting with Ask a Librarian. Feel free to come back if you have more questions!'],
    ]),
    over: prov('Devon'),
    exp: L({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'C27 1974 dissertation: Follow-up by me, e-mail repeated back, "by Thursday", recorded at 80 h : on_time fails; a colleague consulted for the patron is no referral',
    lines: coop('Mei', [
      [0, 'p', 'Im looking for a 1974 dissertation by R. K. Alvarado on migrant farmworker unions in California. ProQuest only has the citation, no PDF. Im a grad student at Sunridge University'],
      [40, 'l', "Hi, thanks for waiting! I'm Mei, a librarian with the Ask a Librarian cooperative."],
      [47, 'l', 'Do you know which university granted the dissertation? That tells us who might lend a copy.'],
      [100, 'p', 'UC Davis I think'],
      [107, 'l', 'One moment while I check WorldCat.'],
      [200, 'l', "WorldCat shows a print copy at UC Davis Library (worldcat.org, search Alvarado migrant farmworker unions 1974), not lendable as far as I can see. I'd like to ask a colleague who handles dissertation requests whether a scan is possible."],
      [207, 'l', "I'll check with them and e-mail you what I find by Thursday. Which e-mail should I use?"],
      [250, 'p', 'mgarcia@sunridge.edu'],
      [256, 'l', 'Thanks, I have mgarcia@sunridge.edu. Is there anything else I can help with today?'],
      [290, 'p', 'no thats it thanks'],
      [295, 'l', 'Thank you, talk to you by Thursday!'],
    ]),
    over: { ...prov('Mei'), ...FU_ME, followUps: [{ doneAt: at(80 * 3600), by: 'jo', note: 'UC Davis cannot scan; suggested Center for Research Libraries' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: L({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'C28 streaming a film for class: Follow-up by me, phone given and repeated, "get back to you" with no time, nothing recorded after 5 days : contact and on_time fail',
    lines: coop('Alex', [
      [0, 'p', 'hey is there any way to stream "Daughters of the Dust" (1991) for my film class? my school library says the dvd is checked out'],
      [58, 'l', "Hey! I'm Alex, a librarian with Ask a Librarian 24/7."],
      [66, 'l', 'Do you need it through your school (Kanopy, Swank), or is a paid rental okay too?'],
      [120, 'p', 'free if possible, im broke lol'],
      [128, 'l', 'Kanopy has it in some collections. Does your school have Kanopy? You can check at kanopy.com by choosing Add Library and searching your school.'],
      [180, 'p', 'idk it says not available for my school'],
      [188, 'l', "OK. I'll look into other free options and get back to you. What's a good way to reach you?"],
      [230, 'p', 'text me 555-302-8861'],
      [236, 'l', 'Got it, 555-302-8861. Thanks!'],
      [260, 'p', 'thx'],
      [266, 'l', 'Bye for now!'],
    ]),
    over: { ...prov('Alex'), ...FU_ME },
    ctx: { now: T0 + 5 * DAY },
    exp: L({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'C29 Spanish: Mesa de Ayuda with e-mail and phone, "consulte con la Biblioteca Central" with none : referral fails',
    lines: coop('Marta', [
      [0, 'p', 'buenas noches, soy estudiante de la Universidad Costa Norte y no puedo entrar a las bases de datos desde mi casa, y también quiero saber cuándo abre la biblioteca el domingo'],
      [40, 'l', '¡Buenas noches! Le atiende Marta, bibliotecaria del servicio cooperativo Pregunte a un Bibliotecario. Yo trabajo en otra universidad, así que no puedo ver su cuenta.'],
      [48, 'l', '¿Qué mensaje le aparece cuando intenta entrar a las bases de datos?'],
      [110, 'p', 'dice "usuario o contraseña incorrectos" pero es la misma contraseña del correo'],
      [118, 'l', 'Un momento, reviso la página de su biblioteca.'],
      [205, 'l', 'Ese error casi siempre es de la cuenta institucional. Comuníquese con la Mesa de Ayuda de Tecnología: soporte@costanorte.edu o al 555-410-2200. Para el horario del domingo, consulte con la Biblioteca Central.'],
      [212, 'l', '¿Le sirve esta información?'],
      [260, 'p', 'sí gracias'],
      [266, 'l', '¿Necesita algo más?'],
      [300, 'p', 'no, nada más'],
      [305, 'l', '¡Gracias por comunicarse con nosotros! Buenas noches.'],
    ]),
    over: prov('Marta'),
    exp: L({ referral: 'fail' }),
  },
  {
    name: 'C30 scoping review pasted at length, picked up at 140 s with "Hi." and "talk to your own library", no source, no code : most checks fail',
    lines: coop('night_staff2', [
      [0, 'p', 'Hi. I am writing a scoping review (PRISMA-ScR) on peer support interventions for postpartum depression in low- and middle-income countries. I have searched PubMed and CINAHL but my supervisor says I also need Global Index Medicus and Embase, and that my search strategy needs to be peer reviewed with PRESS. I do not have access to Embase at my university (Tamsin University). Could you run my Embase search for me or tell me how to get access? My PubMed string is: ("postpartum depression"[MeSH] OR "postnatal depression") AND ("peer support" OR "peer counselling" OR "lay health worker") AND the LMIC filter from Cochrane EPOC.'],
      [140, 'l', 'Hi.'],
      [150, 'l', "I'm not at your university and I can't run searches in databases for you. You need to talk to your own library about that."],
      [200, 'p', 'ok but who should i ask? i am doing it online, i am in Kenya right now'],
      [215, 'l', 'Your library would know.'],
      [260, 'p', '...ok'],
    ]),
    over: { ...prov('night_staff2'), resolutionCode: null },
    exp: L({ pickup: 'fail', greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail', referral: 'fail' }),
  },
  {
    name: "C31 thesis due Friday: a 124 s gap between \"Checking both now.\" and \"Still searching\"; Follow-up by patron's library by phone, \"will call you tomorrow, Tuesday\" : informed fails, contact passes, on_time pending",
    lines: coop('Wren', [
      [0, 'p', 'My thesis is due friday and I need 2 articles my library doesnt have. ILL says 5-7 days. Can it be faster?? I am at Oakridge State'],
      [30, 'l', "Hi, I'm Wren, a librarian with the national Ask a Librarian service, filling in for Oakridge tonight."],
      [37, 'l', 'Which two articles are they? Paste the citations if you have them and I can see whether either one is open access.'],
      [100, 'p', '1) Kim & Oduya 2018 Journal of Rural Health "Telehealth uptake in rural clinics" 2) Brandt 2020 Health Affairs "Broadband and telemedicine"'],
      [108, 'l', 'Checking both now.'],
      [232, 'l', 'Still searching, the first one is taking a while.'],
      [300, 'l', 'The Kim & Oduya article has a free author manuscript in PubMed Central (search the title at ncbi.nlm.nih.gov/pmc). The Health Affairs one is not free anywhere I can find.'],
      [308, 'l', "Oakridge's ILL office can sometimes rush a request for a thesis deadline. I'll send them a note tonight asking them to rush it; what phone number should they use?"],
      [360, 'p', '555-629-0147'],
      [366, 'l', 'Thanks, 555-629-0147. Oakridge ILL will call you tomorrow, Tuesday, once they have seen it.'],
      [400, 'p', 'ok thank you so much'],
      [406, 'l', 'Does the PMC copy of the first article work for you?'],
      [460, 'p', 'yes it opened'],
      [466, 'l', 'Great. Thanks for using Ask a Librarian, good luck Friday!'],
    ]),
    over: { ...prov('Wren'), ...FU_LIB },
    exp: L({ informed: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'C32 scholarly vs trade: picked up at exactly 60 s with "Hi there!", the service named in the second message; a hold span of exactly 120 s : all pass',
    lines: coop('AskLib_07', [
      [0, 'p', 'whats the difference between a scholarly journal and a trade publication? for my nursing 101 quiz'],
      [60, 'l', 'Hi there!'],
      [66, 'l', "You're chatting with the Ask a Librarian 24/7 service. Is this for a quiz question you have to answer in your own words?"],
      [100, 'p', 'yes short answer'],
      [106, 'l', 'Give me a minute to find a good explanation.'],
      [226, 'l', "Scholarly journals publish peer-reviewed research written by researchers for researchers, with references; trade publications are written for people working in a field, with news and practical tips, and aren't peer reviewed. Ulrichsweb, if your library has it, marks refereed titles, and the guide 'Scholarly vs. Popular Sources' at libguides.northfield.edu/scholarly has a side-by-side table."],
      [233, 'l', 'Does that explain it?'],
      [290, 'p', 'yes thx'],
      [296, 'l', 'Anything else on the quiz I can help with?'],
      [330, 'p', 'no'],
      [334, 'l', 'Good luck on the quiz, and thanks for chatting!'],
    ]),
    over: prov('AskLib_07'),
    exp: L(),
  },
  {
    name: 'C33 call number at Ashby (catalog, Gutenberg); the patron wanders off; one message asks "Are you still there?", gives the notice and thanks (idle 242 s) : idle, disconnect and courteous pass',
    lines: coop('Nina', [
      [0, 'p', 'Can you help me find the call number for "The Souls of Black Folk"? I am at Ashby College library right now on the 2nd floor'],
      [26, 'l', "Hi! I'm Nina, with the Ask a Librarian cooperative; I'm at another campus, but I can search Ashby's catalog."],
      [32, 'l', 'Do you want a print copy on the shelf, or is an e-book ok?'],
      [70, 'p', 'print, I need to annotate it'],
      [78, 'l', "Ashby's catalog (catalog.ashby.edu) shows two print copies at E185.6 .D797 2007, 2nd floor stacks, both available. A free e-text is at gutenberg.org too if you want it for searching."],
      [85, 'l', 'Were you able to find it on the shelf?'],
      [260, 'l', "Are you still there? It looks like you may have stepped away, so I'll close this chat shortly. Thanks for using Ask a Librarian!"],
    ]),
    over: { ...prov('Nina'), endAfter: 60 },
    exp: L({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- a second batch, labelled before it was run ----
  {
    name: "C34 IEEE conference paper: e-mail given by the patron at the start and checked again; Follow-up by patron's library \"within 72 hours\", done exactly 72 h after the end : on_time passes",
    lines: coop('Sofia', [
      [0, 'p', 'Hi, I was told to ask here. My email is d.okafor@lindenstate.edu in case we get cut off. I need the full text of a conference paper from IEEE 2017 for my capstone, our library says we dont have IEEE Xplore'],
      [35, 'l', "Hello! Thanks for writing in. I'm Sofia, a librarian with Ask a Librarian; I'm covering for Linden State's library tonight."],
      [44, 'l', 'Do you have the exact title or the DOI of the paper?'],
      [100, 'p', '"A low-cost LoRa sensor network for soil moisture monitoring", 2017 IEEE SENSORS conference'],
      [108, 'l', 'One moment.'],
      [190, 'l', "It's in IEEE Xplore (ieeexplore.ieee.org), and I couldn't find a free copy on the authors' pages or in arXiv. Linden State can get it through interlibrary loan, usually within a day or two for conference papers."],
      [198, 'l', "I'll send your request to Linden State's interlibrary loan staff so you don't have to fill in the form. They'll e-mail the PDF to d.okafor@lindenstate.edu within 72 hours. Is that e-mail still the best one?"],
      [240, 'p', 'yes thats perfect'],
      [246, 'l', 'Does that plan work for you?'],
      [280, 'p', 'yes thank you'],
      [286, 'l', 'Anything else for tonight?'],
      [320, 'p', 'no thats all'],
      [325, 'l', 'Thanks for using Ask a Librarian, goodnight!'],
    ]),
    over: { ...prov('Sofia'), ...FU_LIB, followUps: [{ doneAt: at(330 + 72 * 3600), by: 'lindenstate-ill', note: 'PDF sent' }] },
    exp: L({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'C35 Spanish: statement-form clarifying request ("Cuéntame un poco más: …"), AGRIS and SciELO; the patron goes quiet, "¿Sigues ahí?" and a Spanish notice with goodbye (idle 330 s) : idle and disconnect pass',
    lines: coop('Andrés', [
      [0, 'p', 'hola, tengo que hacer un ensayo sobre el cambio climático y la agricultura en Centroamérica y no sé dónde buscar'],
      [40, 'l', '¡Hola! Te saluda Andrés, bibliotecario del servicio cooperativo Pregúntale a un Bibliotecario.'],
      [47, 'l', 'Cuéntame un poco más: qué carrera estudias y cuántas fuentes te piden.'],
      [110, 'p', 'agronomía, me piden 6 fuentes académicas, pueden ser en inglés también'],
      [118, 'l', 'Dame un momento, busco en algunas bases de datos.'],
      [230, 'l', 'Te sugiero empezar con AGRIS de la FAO (agris.fao.org) y con SciELO (scielo.org): busca "cambio climático" AND agricultura AND Centroamérica. En inglés, Google Académico (scholar.google.com) con "climate change" "Central America" agriculture da muchos artículos revisados por pares.'],
      [238, 'l', '¿Te sirven estas fuentes?'],
      [380, 'l', '¿Sigues ahí?'],
      [560, 'l', 'Parece que te desconectaste, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelve cuando quieras!'],
    ]),
    over: prov('Andrés'),
    exp: L({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'C36 medRxiv preprint: "Your instructor is the best person to say …, so ask them before you submit." with no way to reach them : referral fails',
    lines: coop('Grace', [
      [0, 'p', 'is a preprint from medRxiv considered peer reviewed? my assignment says peer reviewed sources only'],
      [20, 'l', "Hi, I'm Grace, a librarian with the Ask a Librarian 24/7 cooperative."],
      [27, 'l', 'Is the preprint one you already found, or are you deciding whether to search preprint servers at all?'],
      [70, 'p', 'already found it, its about long covid in teenagers'],
      [80, 'l', "No, preprints on medRxiv haven't been peer reviewed yet; medRxiv says so in a banner at the top of every preprint (medrxiv.org). Check whether it has since been published in a journal: the preprint page shows a 'Now published in' link when it has. Your instructor is the best person to say whether a preprint can count for this assignment, so ask them before you submit."],
      [88, 'l', 'Does that clear it up?'],
      [140, 'p', 'yes thanks, that helps'],
      [146, 'l', 'Anything else I can help you find?'],
      [180, 'p', 'nope'],
      [184, 'l', 'Thanks for chatting, good luck with the assignment!'],
    ]),
    over: prov('Grace'),
    exp: L({ referral: 'fail' }),
  },
  {
    name: "C37 finding aid: transfer with note and notice to the patron's own special collections librarian; Jo's other chats start after the transfer, Rosa has two; Rosa's check-in and notice in one message (idle 224 s)",
    lines: [
      [0, 'p', 'I need to find the archives finding aid for the Rev. Thomas Bell papers, I am a history MA student at Corran University'],
      [25, 'l', "Hello! I'm Jo, a librarian with the Ask a Librarian cooperative."],
      [33, 'l', 'Do you need to visit the archives in person, or are you hoping the papers are digitized?'],
      [80, 'p', 'I want to know what is in the boxes first, then maybe visit'],
      [88, 'l', "Corran's special collections librarian is on chat right now, so I'm transferring you to her; she knows that collection. One moment!"],
      [92, 'i', 'MA student wants the finding aid for the Rev. Thomas Bell papers, Corran Special Collections - yours?'],
      [95, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [140, 'l', 'Hi, I\'m Rosa, special collections librarian at Corran University Library. The finding aid for the Thomas Bell papers is on ArchivesSpace: archives.corran.edu, search "Bell, Thomas" and open the Collection Organization tab for the box list.', ROSA],
      [148, 'l', 'Is that what you needed?', ROSA],
      [200, 'p', 'yes, I see the box list now'],
      [206, 'l', 'Great. Anything else I can help with?', ROSA],
      [400, 'l', "Are you still there? It looks like you've been disconnected, so I'll end the chat now. Thanks for contacting us!", ROSA],
    ],
    over: { endAfter: 30 },
    ctx: {
      otherIntervals: [
        other('j1', 'jo', 100, 900), other('j2', 'jo', 110, 900), other('j3', 'jo', 120, 900),
        other('r1', 'rosa', -200, 500), other('r2', 'rosa', 50, 600),
      ],
    },
    exp: L({ idle: 'pass', disconnect: 'pass', transfer: 'pass' }),
  },
  {
    name: 'C38 Chicago footnote for a website: pickedUpAt 45 s but the first message comes at 200 s : pickup passes, informed fails (155 s after pickup)',
    lines: coop('Leo', [
      [0, 'p', 'my professor wants us to use Chicago notes-bibliography for a history paper, how do I footnote a website'],
      [200, 'l', "Hi, sorry about the delay. I'm Leo, a librarian with Ask a Librarian."],
      [208, 'l', 'Does the web page show an author and a date, or neither?'],
      [250, 'p', 'author but no date'],
      [258, 'l', 'Then use the access date. Footnote: 1. First Last, "Page Title," Site Name, accessed March 2, 2026, URL. The Chicago Manual of Style Online has the full rule in section 14.104, and the Chicago quick guide (chicagomanualofstyle.org/tools_citationguide.html) has examples.'],
      [265, 'l', 'Is that what you were after?'],
      [300, 'p', 'yes that works, thanks! that is all'],
      [305, 'l', 'Thanks for chatting, have a great night!'],
    ]),
    over: { ...prov('Leo'), pickedUpAt: at(45) },
    exp: L({ informed: 'fail' }),
  },
  {
    name: 'C39 APA for a CDC report: the patron switches to Spanish mid-chat and the provider follows; "eso es todo lo que necesitaba" : all pass',
    lines: coop('Laura', [
      [0, 'p', 'hi how do i cite a report from the CDC in APA 7, no author just the agency'],
      [22, 'l', "Hi, I'm Laura from the Ask a Librarian cooperative. Happy to help!"],
      [30, 'l', 'Is it a report you found as a PDF on the CDC website?'],
      [70, 'p', 'sí, es un pdf... perdón, can I write in spanish? es más fácil para mí'],
      [76, 'l', '¡Claro que sí! Escribe en español, no hay problema.'],
      [110, 'p', 'gracias. es el reporte "Youth Risk Behavior Survey Data Summary & Trends" de 2023'],
      [118, 'l', 'Cuando el autor es la agencia, la agencia va como autor: Centers for Disease Control and Prevention. (2023). Youth risk behavior survey data summary & trends: 2011-2021 [Informe]. URL del PDF. La página de APA Style sobre informes gubernamentales lo explica: apastyle.apa.org/style-grammar-guidelines/references/examples/government-report-references'],
      [126, 'l', '¿Es lo que buscabas?'],
      [180, 'p', 'sí!! eso es todo lo que necesitaba, mil gracias'],
      [186, 'l', '¡De nada! Hasta pronto.'],
    ]),
    over: prov('Laura'),
    exp: L(),
  },
  {
    name: 'C40 alumni transcript: the Registrar by postal address; "one sec" then silence after "Sure, take your time.", check-in and notice (idle 294 s) : idle, disconnect and referral pass',
    lines: coop('Omar', [
      [0, 'p', 'How do I request an official transcript? I graduated from Fairview College in 2009 and the website is confusing'],
      [30, 'l', "Hi! I'm Omar, a librarian answering for the 24/7 Ask a Librarian service."],
      [37, 'l', 'Do you need a paper copy mailed, or an electronic one sent to an employer or school?'],
      [80, 'p', 'paper mailed to a grad school'],
      [90, 'l', "Fairview's Registrar handles alumni transcripts. Mail a signed request with your name while enrolled, dates attended and the grad school's address to: Office of the Registrar, Fairview College, 400 College Avenue, Fairview, OH 45011. The request form is on the college website under Alumni > Transcripts."],
      [130, 'p', 'one sec let me check if i have a stamp lol'],
      [136, 'l', 'Sure, take your time.'],
      [300, 'l', 'Are you still there?'],
      [430, 'l', "I haven't heard from you in a few minutes, so it seems we've been disconnected. I'm going to close this chat now; feel free to come back anytime."],
    ]),
    over: prov('Omar'),
    exp: L({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'C41 student-loan statistics, a growing list: "I need to help other students in the queue now, so I\'ll end our chat here." with no way back : no_dismissal fails; "Thanks for your patience." : courteous passes',
    lines: coop('Ivy', [
      [0, 'p', 'hi can you help me find statistics on student loan debt by state, and also default rates, and also by race, and what percent of grads have loans'],
      [26, 'l', "Hello, I'm Ivy, a librarian with the Ask a Librarian cooperative."],
      [33, 'l', 'Do you need the most recent year only, or trends over time?'],
      [70, 'p', 'most recent'],
      [78, 'l', 'For an official source use the Federal Student Aid Data Center (studentaid.gov/data-center): Portfolio by Location gives debt by state, and the Default Rates page gives official cohort default rates.'],
      [85, 'l', 'Does that help with the first two?'],
      [130, 'p', 'yes. now by race? and percent of grads with loans? and how does it compare to 2010? and private loans too?'],
      [150, 'l', "I need to help other students in the queue now, so I'll end our chat here."],
      [155, 'l', 'Thanks for your patience.'],
    ]),
    over: prov('Ivy'),
    exp: L({ anything: 'fail', dismissal: 'fail' }),
  },
];

/**
 * Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). C30, C35 and C40
 * were LEFT too on v42 and read as labelled since v43: C30 by I12 ("databases" not for those the provider cannot search for the
 * patron), C35 by I10 ("Cuéntame un poco más: qué …"), C40 by I11 ("Mail … to: Office of the Registrar, <address>").
 */
const LEFT_WHY: Record<string, string> = {
  C08: 'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2). Message 2, "To be sure I pass this on correctly: you need (1) whether Westbrook is an ICPSR member with access to the restricted Add Health files and how to apply, and (2) how to cite the Food Environment Atlas. Is that right?", restates the question and asks; the scorer takes the same message for the first source because it echoes resources the PATRON named (ICPSR, Food Environment Atlas), so nothing comes "before" it. RUBRIC: a restatement before the first message that gives a source passes; echoing the patron\'s own items gives no source.',
};

const code = (c: SessionCase) => c.name.slice(0, 3);
const running = cases.filter((c) => !(code(c) in LEFT_WHY));
const left = cases.filter((c) => code(c) in LEFT_WHY);

describe('forty-second round: cooperative backup coverage, checked', () => {
  describeSessions('cooperative sessions', running);
  describeLeft('cooperative sessions', left);
});

