/**
 * Twenty-second round, second wave (X8): REFERRALS, PROMISES AND CONTACTS, CHECKED. The first wave's changes that decide
 * `referral.contact`, `followup.contact`, `followup.on_time` and `resolution.code` (settings `personHeadX2`,
 * `splitConditionX2`, `preteriteEsX2`, `ownNumberX2`, `purposeLongX3`, `failedClauseX3`, `anotherChatX3`,
 * `whatsappCallsX3`, `stateNameX4`, `furtherLaterX4`, `theyTailX5`, `namedUrlLaterX6`; families `notPromise`,
 * `followupPromise`, `referralVerb`), each met with wording its regexp or setting reads one way and RUBRIC.md's literal
 * text another: real follow-up promises said beside "in this chat" or "within 30 minutes", holds worded like X3's and
 * X6's promises, a counselling office's page that is the counsellor's, the library's own line that is its own room's,
 * a state library whose domain opens with the state's name, purpose clauses whose subject is the library's volunteers,
 * "or in person at" in a sentence about how things used to be, "another chat on the library's page" that is this very
 * service, and "WhatsApp Web" the app.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a promise to e-mail more later is a promise (Follow-up session) even when the same sentence also says the provider
 *   will keep the patron posted in the chat; "within 30 minutes" of something tomorrow, or by e-mail after the patron has
 *   left, is later, not a hold;
 * - "I'll reply with the citation within a minute" and "en cuanto encuentre algo le aviso" said while the provider is
 *   searching, with the answer in the chat a minute later, are holds: nothing is sent or found "later";
 * - a referral's URL given in the sentence before, for the office the referred person works in (the school counselling
 *   office's booking page for "your school counselor"), is a way to reach them;
 * - the library's main line is a way to reach a room or collection of that library (the Local History Room);
 * - a URL whose domain is the state library's name ("montanastatelibrary.org") reaches the State Library;
 * - the library's volunteers who visit an archive for the patron are staff consulted on the patron's behalf: no referral;
 * - "families used to register … or in person at the Rec Center, but now it's online only" tells the patron to visit
 *   no one; "open another chat on the library's page … and whoever is on will help" is this service, no party outside
 *   the chat; "Use WhatsApp Web on the library PCs" names an app to use, no party;
 * - "Happy to forward your question to our Government Documents team at …" is the provider passing the question on (staff
 *   consulted on the patron's behalf), no referral; "You can forward your question to our Archives team at …" tells the
 *   patron to contact a department of the library: a referral;
 * - a follow-up code with the patron's e-mail typed in the chat and a when is `followup.contact` pass; not yet recorded a
 *   day after the session, `followup.on_time` is pending.
 * Against the first wave's rubric, 14 of the first 37 cases failed (none of them this helper's labels; 11 fixed by
 * narrowings in block X8 and the settings `personStemX8` and `purposeStaffX8`, 3 left; the APA case's unrelated
 * completeness question was reworded, the original kept in LEFT); of the 14 written after, 4 failed (3 fixed by
 * `stateLabelX8`, `ownRoomX8` and X3's "by the end of our chat", 1 left). Near misses were added beside each fix.
 * LEFT (5, each needs a widening or predates the first wave; v22 reads them the same; the fifth reads as labelled since
 * v44's J5 and runs with the short cases): "Book the laser cutter with the
 * Makerspace" read as no referral; "The form is at <state library domain>" read as a resource's URL (v9); two parties
 * with a contact each in the sentences after, one failed; "WhatsApp Daniel at the Gurdwara" with no phone of his read as
 * no referral; "Does that match the PDF you have?" read as no completeness question.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // notPromise X2 ("update you here in this chat"): the same sentence promises the e-mailed list by Friday; coded Answered
    name: 'Xenia tornado clippings: "I\'ll update you here in this chat as I go and email you the complete list of citations by Friday", e-mail typed, coded Answered',
    lines: [
      [0, 'p', "hi, im trying to find every newspaper article about the 1974 Xenia tornado for my grandpa's 50th anniversary scrapbook"],
      [38, 'l', 'Hello! This is Renée, a reference librarian with Greene County Public Library. Are you after local coverage only (the Xenia Daily Gazette) or national papers too?'],
      [70, 'p', 'local mostly, the gazette'],
      [82, 'l', "Great. The Gazette for 1974 is on microfilm here and indexed in our Local History Index at greenelibrary.info/lhindex. There are a lot of hits, so I'll update you here in this chat as I go and email you the complete list of citations by Friday. What email should I use?"],
      [110, 'p', 'dkowalski58@gmail.com'],
      [118, 'l', 'Got it: dkowalski58@gmail.com. Does the index link work for you for now?'],
      [150, 'p', 'yes it does thank you, thats all for today'],
      [158, 'l', 'Wonderful. Thanks for chatting, and congratulations to your grandparents!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // followupPromise X6 ("en cuanto … le aviso"): said inside a hold, the answer comes in the chat 88 s later: no follow-up
    name: 'audiolibro de Allende: "Permítame, estoy revisando el catálogo y Libby; en cuanto encuentre algo le aviso." is a hold, answered in the chat',
    lines: [
      [0, 'p', 'Buenas tardes, ¿tienen "La casa de los espíritus" en audiolibro?'],
      [29, 'l', '¡Buenas tardes! Le atiende Graciela, bibliotecaria de la Biblioteca Pública de Santa Ana. ¿Lo quiere en español o en inglés?'],
      [61, 'p', 'en español por favor'],
      [70, 'l', 'Permítame, estoy revisando el catálogo y Libby; en cuanto encuentre algo le aviso.'],
      [158, 'l', 'Sí lo tenemos: en Libby (libbyapp.com) busque "La casa de los espíritus", la versión en español. Lo puede pedir prestado con su tarjeta. ¿Le sirve así?'],
      [190, 'p', 'si perfecto, es todo gracias'],
      [197, 'l', '¡Con gusto! Que disfrute el libro. Hasta luego.'],
    ],
    exp: usual(),
  },
  {
    // followupPromise X3 ("I'll reply with … within …"): a hold, the citation comes 47 s later in the chat (fixed in X8)
    // (question reworded from "Does that match the PDF you have?", which v22 reads as no completeness question either: in LEFT)
    name: 'APA for a state report: "Hang on, I\'ll reply with the full citation within a minute" is a hold, the citation follows in the chat',
    lines: [
      [0, 'p', 'how do i cite the Minnesota Dept of Health annual report on opioid deaths in apa'],
      [22, 'l', "Hi! I'm Tomas, a librarian with AskMN. Which year's report are you using?"],
      [51, 'p', '2023 one, the pdf'],
      [60, 'l', "Hang on, I'll reply with the full citation within a minute."],
      [107, 'l', 'Minnesota Department of Health. (2024). Minnesota drug overdose deaths 2023 [Report]. https://www.health.state.mn.us/communities/opioids/data/ (APA 7, group author). Is that the citation you needed?'],
      [140, 'p', 'yep thats the one. no more questions'],
      [146, 'l', 'Great, good luck with the paper!'],
    ],
    exp: usual(),
  },
  {
    // personHeadX2: the counselling office's booking page reaches the school counselor (the sentence before)
    name: 'fee waiver for the SAT: the School Counseling Office books appointments at lincolnhs.org/counseling, then "Ask your school counselor to sign the fee waiver"',
    lines: [
      [0, 'p', 'hey how do i get the SAT fee waiver?? my mom says we cant pay the $68'],
      [33, 'l', 'Hi, I\'m Dee, teen librarian at Lincoln City Library. Are you a junior or senior, and is your school Lincoln High?'],
      [60, 'p', 'junior, yes lincoln high'],
      [72, 'l', "College Board's page on waivers is at satsuite.collegeboard.org/sat/registration/fee-waivers. The School Counseling Office at Lincoln High books appointments at lincolnhs.org/counseling. Ask your school counselor to sign the fee waiver. Does that help?"],
      [110, 'p', 'yes ty thats everything'],
      [115, 'l', 'Good luck on the test! Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // ownNumberX2: the library's main line is the Local History Room's way in (the room is the library's)
    name: 'Sanborn maps: "Call the Local History Room, or 614-555-0140, our main line, and ask for the archivist on duty"',
    lines: [
      [0, 'p', 'Do you have the old Sanborn fire insurance maps for German Village? Want to see what was on my lot in 1922.'],
      [45, 'l', 'Good morning! This is Pat at the Columbus Metropolitan Library. Which street is the lot on?'],
      [80, 'p', 'Jaeger St'],
      [93, 'l', 'The 1922 sheets for Jaeger St are in the Ohio Sanborn collection online at ohiomemory.org. The originals are in our Local History Room: call the Local History Room, or 614-555-0140, our main line, and ask for the archivist on duty to pull the volume. Is that what you were looking for?'],
      [130, 'p', "perfect, that's all I needed"],
      [136, 'l', 'Have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // referralVerb X3 ("or in person at"): the way families used to register; now only online: no referral
    name: 'summer camp sign-up: "Families used to register online or in person at the Eastside Rec Center, but now it\'s online only at rec.springdale.example.gov"',
    lines: [
      [0, 'p', 'where do i sign my kids up for the city summer day camp'],
      [19, 'l', 'Hi, Ask Springdale, this is Morgan at the Springdale Public Library. How old are your kids?'],
      [48, 'p', '7 and 10'],
      [61, 'l', "Both fit the Explorers camp (ages 6-11). Families used to register online or in person at the Eastside Rec Center, but now it's online only at rec.springdale.example.gov. Registration opens April 1. Is that what you needed?"],
      [97, 'p', 'yes thanks thats all'],
      [101, 'l', 'Have fun this summer!'],
    ],
    exp: usual(),
  },
];

/** The opening most short cases share. */
const Q: Line = [0, 'p', 'hi i need some help with something for my job'];
const HI: Line = [24, 'l', 'Hi there, this is Sam, a librarian at Ridgeview Public Library. What is it about?'];
const BYE: Line[] = [[200, 'p', 'ok thank you thats all'], [206, 'l', 'You are welcome, bye!']];

export const short: SessionCase[] = [
  // ---- notPromise X2: "update you … / back to you within …" -----------------------------------------------------------------
  {
    // reading: "within 30 minutes" by e-mail after the patron leaves is later, not a hold
    name: 'the patron has to leave: "I\'ll get back to you within 30 minutes by email once the scanner is free", e-mail typed, coded Answered: a promise',
    lines: [
      [0, 'p', 'can you scan the obituary of Harold Benke from the Ledger, march 1988? i have to leave for work in a min'],
      [22, 'l', "Hi, this is Lou with the Ridgeview library's reference desk. Which day in March, if you know it?"],
      [50, 'p', 'around the 12th. can u email it, my email is hbenke.family@outlook.com'],
      [64, 'l', "Sure: I'll get back to you within 30 minutes by email at hbenke.family@outlook.com once the scanner is free."],
      [80, 'p', 'thank you so much'],
      [86, 'l', 'Talk soon, bye!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // notPromise X2 near miss: a hold with the answer in the chat
    name: 'near miss: "Still digging in the city directories, I\'ll get back to you in this chat in a few minutes" and the answer 100 s later: no follow-up',
    lines: [
      [0, 'p', 'who lived at 412 Pine Street in 1940?'],
      [20, 'l', 'Hello, Kim from the Ridgeview library here. Is that Pine Street in Ridgeview itself?'],
      [41, 'p', 'yes'],
      [50, 'l', "Still digging in the city directories, I'll get back to you in this chat in a few minutes."],
      [150, 'l', "The 1940 Polk's Ridgeview City Directory lists Walter and Edna Gustafson at 412 Pine. Is that what you were looking for?"],
      [180, 'p', 'wow yes thats all i wanted'],
      [185, 'l', 'Have a great evening!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // near miss for X8's notPromise: X2's hold, nothing sent later
    name: 'near miss: "Let me check the stacks; I\'ll update you here in a couple of minutes." and the answer 95 s later: no follow-up',
    lines: [
      [0, 'p', 'is the big print edition of the new Louise Penny in?'],
      [18, 'l', 'Hi! Sam at Ridgeview Public Library. Which branch would you pick it up at?'],
      [40, 'p', 'main'],
      [48, 'l', "Let me check the stacks; I'll update you here in a couple of minutes."],
      [143, 'l', 'It is on the shelf at Main, large print LP PEN, and I put it on hold for you: ridgeviewlibrary.example.org/account shows it. Did that help?'],
      [170, 'p', 'yes thanks, no more questions'],
      [175, 'l', 'Enjoy the book!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // reading: "within 30 minutes of the branch opening tomorrow" is tomorrow, a promise to e-mail later
    name: '"I\'ll update you within 30 minutes of the branch opening tomorrow, at the email you typed" is a promise; coded Answered',
    lines: [
      [0, 'p', 'is the Ridgeview copy of the county plat book from 1915 still in the building? need it for a deed question'],
      [21, 'l', 'Hi, Sam at Ridgeview Public Library here. Are you after the township maps or the owner index?'],
      [55, 'p', 'the township maps. email is mgrady@frontier.example.net'],
      [70, 'l', "The branch is closed now, so I can't pull it. I'll update you within 30 minutes of the branch opening tomorrow, at mgrady@frontier.example.net."],
      [95, 'p', 'ok great thank you'],
      [100, 'l', 'Thanks for your patience, bye!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- followupPromise X3: "I'll reply with … by …" ------------------------------------------------------------------------
  {
    // X3's case type, other words: a real promise with a day and the patron's e-mail
    name: '"I\'ll reply with the scanned pages by Thursday noon to the gmail you gave" and the e-mail in the chat: a promise with a when',
    lines: [
      [0, 'p', 'i need the 1931 school board minutes about the new gym, my email is rpetrakis77@gmail.com'],
      [25, 'l', 'Hi! Sam at Ridgeview Public Library. Do you know which month the vote was?'],
      [60, 'p', 'september maybe'],
      [70, 'l', "They're in bound volumes in our storage. I'll reply with the scanned pages by Thursday noon to the gmail you gave, rpetrakis77@gmail.com."],
      [95, 'p', 'thank you!!'],
      [100, 'l', 'Bye for now!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    // X3's own near miss kind, with "within": in the chat
    name: 'near miss: "One sec, I\'ll reply with the link within a moment" and the link 30 s later: no follow-up',
    lines: [
      [0, 'p', 'whats the link for the library of things? want to borrow a sewing machine'],
      [15, 'l', 'Hi! Sam at Ridgeview Public Library. Do you have a Ridgeview card?'],
      [40, 'p', 'yes'],
      [44, 'l', "One sec, I'll reply with the link within a moment."],
      [75, 'l', 'Here it is: ridgeviewlibrary.example.org/things (sewing machines are under Crafts). Did that help?'],
      [100, 'p', 'yes thats all thanks'],
      [104, 'l', 'Happy sewing!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  // ---- Spanish: X6's "le aviso" and "le avisarán … cuando llegue" ----------------------------------------------------------
  {
    // reading: "Le voy a mandar la lista mañana por correo" promises; the branch's notice later in the sentence does not undo it
    name: '"Le voy a mandar la lista de lecturas mañana por correo, y cuando llegue el libro le avisarán de la sucursal" is a promise; coded Answered',
    lines: [
      [0, 'p', 'hola necesito libros sobre la historia de oaxaca para mi clase, mi correo es lupita.m@yahoo.com'],
      [30, 'l', 'Hola, le saluda Jaime, bibliotecario de la Biblioteca de Ridgeview. ¿Es para primaria, secundaria o universidad?'],
      [62, 'p', 'prepa'],
      [75, 'l', 'Le pedí "Historia breve de Oaxaca" por préstamo. Le voy a mandar la lista de lecturas mañana por correo a lupita.m@yahoo.com, y cuando llegue el libro le avisarán de la sucursal.'],
      [110, 'p', 'muchas gracias'],
      [115, 'l', '¡Que le vaya bien!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // near miss (X6's reading): the hold system's notice, no promise
    name: 'near miss: "Su libro ya viene en camino; le avisarán por correo cuando llegue a la sucursal." is no promise',
    lines: [
      [0, 'p', 'hola, ya llego el libro que pedi? "Pedro Páramo"'],
      [20, 'l', 'Hola, soy Jaime, bibliotecario de la Biblioteca de Ridgeview. ¿Me da su número de tarjeta?'],
      [50, 'p', '22918004417'],
      [60, 'l', 'Su libro ya viene en camino; le avisarán por correo cuando llegue a la sucursal. Puede ver el estado en ridgeviewlibrary.example.org/cuenta. ¿Le sirve?'],
      [90, 'p', 'si gracias, es todo'],
      [95, 'l', '¡Hasta luego!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // X6's "le aviso" after a clause of learning something, not in a hold: a promise (no when, so contact fails)
    name: '"Voy a consultar con la encargada de la colección; cuando me confirmen le aviso." and the patron leaves: a promise with no when',
    lines: [
      [0, 'p', 'buenas, ¿se puede donar una colección de revistas antiguas a la biblioteca?'],
      [25, 'l', 'Buenas tardes, le atiende Jaime, bibliotecario de la Biblioteca de Ridgeview. ¿De qué años son las revistas?'],
      [60, 'p', 'de los 60s, son como 200. mi tel es 555-302-1188'],
      [75, 'l', 'Voy a consultar con la encargada de la colección; cuando me confirmen le aviso.'],
      [95, 'p', 'ok gracias'],
      [100, 'l', '¡Hasta luego!'],
    ],
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- referralVerb X3: forward your question to our team at … ------------------------------------------------------------
  {
    // reading: the provider passing the question on is staff consulted on the patron's behalf
    name: '"Happy to forward your question to our Government Documents team at govdocs@… , they reply within 2 business days" passes it on: no referral',
    lines: [
      [0, 'p', 'where can i find the 1978 county budget? the actual document'],
      [22, 'l', 'Hi, Sam at Ridgeview Public Library. Is that the Ridgeview County budget, or the city\'s?'],
      [50, 'p', 'county. my email is jlarkin@example.com'],
      [64, 'l', "It's not digitized. Happy to forward your question to our Government Documents team at govdocs@ridgeviewlibrary.example.org, they reply within 2 business days to jlarkin@example.com."],
      [90, 'p', 'great thanks'],
      [95, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ referral: 'na', code: 'pass' }),
  },
  {
    // X3's reading: the patron told to contact a department of the library, with its address
    name: '"You can forward your question to our Archives team at archives@…; they handle deed research directly" refers, with a contact',
    lines: [
      [0, 'p', 'how do i find out who owned my house in 1900'],
      [22, 'l', 'Hi, Sam at Ridgeview Public Library. Do you know the parcel number?'],
      [50, 'p', 'no'],
      [64, 'l', 'The county GIS map at gis.ridgeviewcounty.example.gov gives it from the address. You can forward your question to our Archives team at archives@ridgeviewlibrary.example.org; they handle deed research directly. Does that help?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- referralVerb X3: "or in person at" ------------------------------------------------------------------------------------
  {
    // "in person at the time of pickup" is when, not where to go
    name: '"You can pay the replacement fee online or in person at the time of pickup." tells the patron to visit no one',
    lines: [
      Q,
      HI,
      [50, 'p', 'i lost my library card, how much is a new one'],
      [60, 'l', 'A replacement card is $2. You can pay the replacement fee online at ridgeviewlibrary.example.org/pay or in person at the time of pickup. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // X3's reading kept: renewing at a named office with its address
    name: '"Renew online at dmv.example.gov, or in person at the DMV office at 40 Elm St" refers with an address',
    lines: [
      Q,
      HI,
      [50, 'p', 'my drivers license expired, can i renew without an appointment'],
      [60, 'l', 'You can renew online at dmv.example.gov, or in person at the DMV office at 40 Elm St, Ridgeview, walk-ins until 3. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- referralVerb X3 / anotherChatX3: "another chat on their page" ----------------------------------------------------------
  {
    // reading: the library's own chat is this service, no party outside the chat
    name: '"If the PDF won\'t open later, just open another chat on the library\'s page, ridgeviewlibrary.example.org/ask, and whoever is on will help" is this service',
    lines: [
      Q,
      HI,
      [50, 'p', 'need the osha forklift training handout'],
      [60, 'l', "OSHA's forklift page is at osha.gov/powered-industrial-trucks. If the PDF won't open later, just open another chat on the library's page, ridgeviewlibrary.example.org/ask, and whoever is on will help. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // X3's reading kept: another institution's chat, with its page
    name: '"Bradford College\'s library staffs its own chat, so start another chat on their page at bradford.example.edu/library/chat" refers with a URL',
    lines: [
      Q,
      HI,
      [50, 'p', 'im a bradford college student, how do i get their nursing databases from home'],
      [60, 'l', "Bradford College's library staffs its own chat, so start another chat on their page at bradford.example.edu/library/chat and they'll set up your login. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- referralVerb X3 / whatsappCallsX3 -------------------------------------------------------------------------------------
  {
    // reading: an app to use, no party to contact
    name: '"Use WhatsApp Web on the library PCs: open web.whatsapp.com and scan the code with your phone." names an app, no referral',
    lines: [
      Q,
      HI,
      [50, 'p', 'my phone screen is cracked, can i do whatsapp on the computers there'],
      [60, 'l', 'Yes! Use WhatsApp Web on the library PCs: open web.whatsapp.com and scan the code with your phone. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // X3's reading kept
    name: '"WhatsApp Ramón at Centro Latino on +1 512 555 0188 to sign up for the ESL circle" refers with a phone',
    lines: [
      Q,
      HI,
      [50, 'p', 'are there free english conversation groups near downtown'],
      [60, 'l', 'Centro Latino runs one on Tuesdays. WhatsApp Ramón at Centro Latino on +1 512 555 0188 to sign up for the ESL circle. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- theyTailX5 ---------------------------------------------------------------------------------------------------------------
  {
    // X5's reading kept: the Testing Center is asked by Disability Services, not by the patron
    name: '"Email Disability Services at ds@… and they can also ask the Testing Center about extra time" refers only to Disability Services, with a contact',
    lines: [
      Q,
      HI,
      [50, 'p', 'i have adhd and need more time on my nursing exams, who do i talk to'],
      [60, 'l', 'Email Disability Services at ds@ridgeview.example.edu and they can also ask the Testing Center about extra time. Their accommodations guide is at ridgeview.example.edu/ds. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- personHeadX2 -------------------------------------------------------------------------------------------------------------
  {
    // X2's reading kept: another agency's page is no way to reach a person of another kind
    name: 'near miss: "The Social Security Administration lists survivor benefits at ssa.gov/survivors." then "Talk to a social worker at the hospital about the paperwork." fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'my husband passed last week, what do i do about his social security'],
      [60, 'l', "I'm so sorry. The Social Security Administration lists survivor benefits at ssa.gov/survivors. Talk to a social worker at the hospital about the paperwork. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the advising office's page is the advisor's
    name: '"The Academic Advising Center schedules appointments at ridgeview.example.edu/advising. Check with your academic advisor before you drop the class." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'if i drop chem will i lose my financial aid'],
      [60, 'l', 'The Academic Advising Center schedules appointments at ridgeview.example.edu/advising. Check with your academic advisor before you drop the class. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- ownNumberX2 --------------------------------------------------------------------------------------------------------------
  {
    // X2's reading kept: another party, only the library's number
    name: 'near miss: "Call your caseworker at DHS, or 555-201-0100, our reference line, if you can\'t find her number" fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'my snap benefits stopped, who do i call'],
      [60, 'l', "The renewal form is at dhs.example.gov/snap. Call your caseworker at DHS, or 555-201-0100, our reference line, if you can't find her number. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- stateNameX4 --------------------------------------------------------------------------------------------------------------
  {
    // reading: a domain made of the state library's own name is its URL (stateNameX4 reads the later sentence's domain)
    name: '"Contact the Montana State Library about a statewide e-card. Rural residents sign up at montanastatelibrary.example.org/ecard." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'i live way out of town, can i get ebooks without driving in'],
      [60, 'l', 'Contact the Montana State Library about a statewide e-card. Rural residents sign up at montanastatelibrary.example.org/ecard. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for X8's `stateLabelX8`: the label's rest ("lawhelp") is another organisation's name
    name: 'near miss: "Contact the Oregon State Library about talking books. Oregon Law Help explains tenant rights at oregonlawhelp.example.org." fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'my dad is going blind, can he still get books from the state, and also his landlord wont fix the heat'],
      [60, 'l', 'Contact the Oregon State Library about talking books. Oregon Law Help explains tenant rights at oregonlawhelp.example.org. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // X4's reading kept: another organisation's domain opening with the state's name
    name: 'near miss: "Call the Nevada Attorney General\'s Bureau of Consumer Protection about the dealer. Nevada Legal Services has a lemon-law guide: nevadalegalservices.example.org" fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'the used car i bought in reno broke down in a week and the dealer wont answer'],
      [60, 'l', "Call the Nevada Attorney General's Bureau of Consumer Protection about the dealer. Nevada Legal Services has a lemon-law guide: nevadalegalservices.example.org. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- purposeLongX3 ------------------------------------------------------------------------------------------------------------
  {
    // reading: the library's volunteers visit for the patron: staff consulted on the patron's behalf, no referral
    name: '"To request records from before 1950 our genealogy volunteers visit the State Archives every Tuesday." and "I can add your names to their list." refer to no one',
    lines: [
      Q,
      HI,
      [50, 'p', 'i need my great grandmothers naturalization papers from 1921'],
      [60, 'l', "FamilySearch has the 1921 county naturalization index free at familysearch.org. To request records from before 1950 our genealogy volunteers visit the State Archives every Tuesday. I can add your names to their list. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // X3's reading kept: eight words after the purpose verb, then the instruction
    name: '"To get a certified copy of the 1962 divorce decree write to the Clerk of Superior Court, PO Box 117, Dalton, GA 30722." refers with an address',
    lines: [
      Q,
      HI,
      [50, 'p', 'my parents divorced in georgia in 1962, i need proof for my pension'],
      [60, 'l', 'To get a certified copy of the 1962 divorce decree write to the Clerk of Superior Court, PO Box 117, Dalton, GA 30722. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for X8's `purposeStaffX8`: "the staff" is the object of "from", the patron is told to e-mail
    name: 'near miss: "To request a proctor from the staff email proctor@… a week ahead." refers with a contact',
    lines: [
      Q,
      HI,
      [50, 'p', 'i need someone to proctor my online certification exam, does the library do that'],
      [60, 'l', 'Yes, for free. To request a proctor from the staff email proctor@ridgeviewlibrary.example.org a week ahead. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- preteriteEsX2 ------------------------------------------------------------------------------------------------------------
  {
    // X2's reading kept: the provider's own call
    name: '"Llamé a la Oficina de Vivienda esta mañana y me confirmaron que la lista de espera está abierta." is no referral',
    lines: [
      [0, 'p', 'hola, ¿la lista de espera de la sección 8 está abierta?'],
      [20, 'l', 'Hola, le atiende Jaime, bibliotecario de la Biblioteca de Ridgeview. ¿Vive en el condado de Ridgeview?'],
      [45, 'p', 'si'],
      [55, 'l', 'Llamé a la Oficina de Vivienda esta mañana y me confirmaron que la lista de espera está abierta. La solicitud está en vivienda.ridgeview.example.gov. ¿Le sirve?'],
      [90, 'p', 'si, es todo gracias'],
      [95, 'l', '¡Hasta luego!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // the preterite and the command in one sentence: the command refers
    name: '"Yo llamé ayer y nadie contestó; llame usted a la Oficina de Vivienda al 555-203-4411 por la mañana." refers with a phone',
    lines: [
      [0, 'p', 'hola, ¿la lista de espera de la sección 8 está abierta?'],
      [20, 'l', 'Hola, le atiende Jaime, bibliotecario de la Biblioteca de Ridgeview. ¿Vive en el condado de Ridgeview?'],
      [45, 'p', 'si'],
      [55, 'l', 'Yo llamé ayer y nadie contestó; llame usted a la Oficina de Vivienda al 555-203-4411 por la mañana. ¿Le sirve?'],
      [90, 'p', 'si, es todo gracias'],
      [95, 'l', '¡Hasta luego!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- splitConditionX2 ---------------------------------------------------------------------------------------------------------
  {
    // X2's reading kept: a time and its condition typed as their own message
    name: '"I\'ll email you scans of the 1931 minutes" then "by Thursday if the archive lets me in early" gives the when',
    lines: [
      [0, 'p', 'can i get copies of the 1931 city council minutes about the dam? pkeane@example.net'],
      [25, 'l', 'Hi, Sam at Ridgeview Public Library. Is it the Ridgeview city council, not the county board?'],
      [55, 'p', 'city council yes'],
      [70, 'l', "They're in the city archive, so I'll email you scans of the 1931 minutes at pkeane@example.net"],
      [78, 'l', 'by Thursday if the archive lets me in early'],
      [100, 'p', 'thanks!'],
      [105, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    // near miss: the part before "if" is seven words: no time read from the fragment; no other when
    name: 'near miss: "I\'ll email you the deed index pages" then "sometime after the archive reopens from its renovation if all goes well" gives no when',
    lines: [
      [0, 'p', 'can i get the deed index for Ridgeview twp 1890s? pkeane@example.net'],
      [25, 'l', 'Hi, Sam at Ridgeview Public Library. Grantor or grantee index?'],
      [55, 'p', 'grantee'],
      [70, 'l', "They're in the city archive, so I'll email you the deed index pages at pkeane@example.net"],
      [78, 'l', 'sometime after the archive reopens from its renovation if all goes well'],
      [100, 'p', 'thanks!'],
      [105, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'fail', onTime: 'pending' }),
  },
  // ---- namedUrlLaterX6 / furtherLaterX4 --------------------------------------------------------------------------------------
  {
    // X6's reading kept: MedlinePlus's URL is not the clinic's
    name: 'near miss: "Ask your pharmacist or the Ridgeview Free Clinic about the interaction. MedlinePlus explains warfarin at medlineplus.gov/druginfo." fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'can i take ibuprofen with warfarin'],
      [60, 'l', 'I can\'t give medical advice. Ask your pharmacist or the Ridgeview Free Clinic about the interaction. MedlinePlus explains warfarin at medlineplus.gov/druginfo. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- more of the first wave's settings: failedClauseX3, furtherLaterX4, namedUrlLaterX6, whatsappCallsX3, anotherChatX3 --
  {
    // reading: "call them" after the library's own guide points back to the assessor: its phone is the assessor's
    name: '"Ask the county assessor about the senior exemption; our property-tax guide is at …/taxguide, or call them at 555-410-2000." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'im 67, do i get a break on property tax'],
      [60, 'l', 'Ask the county assessor about the senior exemption; our property-tax guide is at ridgeviewlibrary.example.org/taxguide, or call them at 555-410-2000. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // the library's own guide, then a number of another office: the assessor has none
    name: 'near miss: "Ask the county assessor about the senior exemption; our property-tax guide is at …/taxguide, or the treasurer takes payments at 555-410-3000." fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'im 67, do i get a break on property tax'],
      [60, 'l', 'Ask the county assessor about the senior exemption; our property-tax guide is at ridgeviewlibrary.example.org/taxguide, or the treasurer takes payments at 555-410-3000. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // two parties, the first with its address, the second's kind listed in the sentence after
    name: '"Email the Registrar at reg@… or ask your graduate coordinator. Graduate coordinators are listed at …/grad/contacts." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'how do i get my thesis deadline extended'],
      [60, 'l', 'Email the Registrar at reg@ridgeview.example.edu or ask your graduate coordinator. Graduate coordinators are listed at ridgeview.example.edu/grad/contacts. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the later sentence's URL is on the second party's own domain, whatever page it names
    name: '"Call the nurse line on your insurance card or Planned Parenthood. The appointment page is at plannedparenthood.example.org/health-center." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'where can i get birth control without my parents insurance'],
      [60, 'l', 'Call the nurse line at 1-800-555-0142 on your insurance card or Planned Parenthood. The appointment page is at plannedparenthood.example.org/health-center. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // X3's reading kept, "with the law library through …"
    name: '"Law questions go to the State Law Library, so start another chat on their page, lawlib.ridgeview.example.gov/chat." refers with a URL',
    lines: [
      Q,
      HI,
      [50, 'p', 'how do i file a small claims case against my old roommate'],
      [60, 'l', 'Law questions go to the State Law Library, so start another chat on their page, lawlib.ridgeview.example.gov/chat. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the Bookmobile is the library's own; its main line reaches it
    name: '"Call the Bookmobile, or 555-201-0100, our main line, to find out when it stops in Elk Grove." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'does the bookmobile still come out to elk grove'],
      [60, 'l', 'The schedule changes each month: ridgeviewlibrary.example.org/bookmobile. Call the Bookmobile, or 555-201-0100, our main line, to find out when it stops in Elk Grove. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for X8's `ownRoomX8`: another institution's room, only the library's number
    name: 'near miss: "Call the county\'s Records Room, or 555-201-0100, our reference line, for the 1915 plat." fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'where do i get a copy of the 1915 plat for my street'],
      [60, 'l', "The index of plats is at gis.ridgeviewcounty.example.gov. Call the county's Records Room, or 555-201-0100, our reference line, for the 1915 plat. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // X3's "forward your question to our team at" with a place, no contact: a referral without a way to reach them
    name: '"Forward your question to our business team at the Main Library; they know the grant databases." refers without a contact: fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'looking for small business grants for a bakery'],
      [60, 'l', 'Grants.gov lists the federal ones at grants.gov. Forward your question to our business team at the Main Library; they know the grant databases. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // X3's "reply with … by": by the end of this chat is in the chat
    name: '"Give me a few minutes to pull more; I\'ll respond with more titles by the end of our chat." and the titles 100 s later: no follow-up',
    lines: [
      [0, 'p', 'need more books like Wonder for my 5th grader'],
      [18, 'l', 'Hi! Sam at Ridgeview Public Library. Does she like realistic stories best?'],
      [40, 'p', 'yes'],
      [48, 'l', "Give me a few minutes to pull more; I'll respond with more titles by the end of our chat."],
      [148, 'l', 'Try "Fish in a Tree" by Lynda Mullaly Hunt and "Out of My Mind" by Sharon Draper, both in the catalog at ridgeviewlibrary.example.org. Did that help?'],
      [170, 'p', 'yes thanks, thats all'],
      [175, 'l', 'Happy reading!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // reading: "Does that match the PDF you have?" after the citation asks whether the citation given is the one the patron
    // needs. LEFT until v44's J5 (`MATCH_YOURS_J5`) read it; v22-v43 read no completeness question
    name: 'APA for a state report: the citation, then "Does that match the PDF you have?" asks whether it meets the need',
    lines: [
      [0, 'p', 'how do i cite the Minnesota Dept of Health annual report on opioid deaths in apa'],
      [22, 'l', "Hi! I'm Tomas, a librarian with AskMN. Which year's report are you using?"],
      [51, 'p', '2023 one, the pdf'],
      [60, 'l', 'Minnesota Department of Health. (2024). Minnesota drug overdose deaths 2023 [Report]. https://www.health.state.mn.us/communities/opioids/data/ (APA 7, group author). Does that match the PDF you have?'],
      [100, 'p', 'yep thats the one. no more questions'],
      [106, 'l', 'Great, good luck with the paper!'],
    ],
    exp: some({ complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: the library's main line reaches its own Makerspace. LEFT: "Book the laser cutter with the Makerspace" is read
    // as no referral at all (v22 too; v12's "book a session with" takes a session, not a machine): reading it would widen
    // `referralVerb`, outside a narrowings-only wave
    name: '"Book the laser cutter with the Makerspace, or 555-201-0100, our main number, and they\'ll walk you through the safety class" passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'can i use the laser cutter for my etsy shop'],
      [60, 'l', "Yes, commercial use is fine. The rules are at ridgeviewlibrary.example.org/makerspace. Book the laser cutter with the Makerspace, or 555-201-0100, our main number, and they'll walk you through the safety class. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // the only phone after the WhatsApp verb is the library's own, labelled. LEFT: read as no referral at all (v22 too: X3's
    // "whatsapp" verb and its named party are not taken without a phone of the party's); reading it would widen
    name: 'near miss: "WhatsApp Daniel at the Gurdwara about the Punjabi class; our own line is 555-201-0100 if you need the library." gives Daniel no contact: fails',
    lines: [
      Q,
      HI,
      [50, 'p', 'is there a punjabi class for kids around here'],
      [60, 'l', 'WhatsApp Daniel at the Gurdwara about the Punjabi class; our own line is 555-201-0100 if you need the library. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'fail' }),
  },
];

describe('twenty-second round (X8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X8): referrals, promises and contacts checked, every check', whole);
describeSessions('twenty-second round (X8): referrals, promises and contacts checked, short cases', short);

describeLeft('twenty-second-round-referrals-checked', LEFT);
