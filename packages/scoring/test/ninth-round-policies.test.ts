/**
 * Ninth round, area (R): POLICIES, LIMITS, DIFFICULT PATRONS AND DISMISSALS.
 * Sessions where the provider must say no, limit, or end: questions the service does not answer (medical and
 * legal advice, homework done for the student, contest answers, paid personal research, proofreading, finding
 * private people, whose loan a book is on), time limits per chat and per question, "one question per chat"
 * rules, busy queues, the end of a shift, the service closing for the night, outages and maintenance, rude,
 * abusive and sexual patrons, pranks, repeated test messages, patrons who refuse to give details, patrons who
 * want a specific librarian, patrons who leave without a word, providers who end the chat for misconduct.
 * Near misses (a rule, a limit of something else, a hold that mentions other work) beside polite dismissals
 * that are still dismissals. Voices: public, school and academic libraries, SMS, Spanish, chat-speak.
 * Statuses are read from the literal text of RUBRIC.md; all but the short cases give ALL 17.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase, all, some, who, sys, type Key, type St, FU_ME, other, usual } from './helpers';

/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const DANA = who('Dana K.', 'dana');
const BELL = who('Mr. Bell', 'bell');
const ORTIZ = who('Ms. Ortiz', 'ortiz');
const SAM = who('Sam', 'sam');
const ALVAREZ = who('Dr. Maria Alvarez', 'alvarez');
const TEXTLINE = who('Harbor Text', 'harbor-sms');
const CELL: Partial<Message> = { authorId: '+14105550148', author: '+14105550148' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550148' }, provider: { id: 'harbor-sms', name: 'Harbor Text', library: 'HBR' } };

export const whole: SessionCase[] = [
  // ---- questions the service does not answer: firm refusals that go on helping ----------------------------------------
  {
    name: 'medical: "I\'m not able to give medical advice" then MedlinePlus; "please call your pharmacist" refers with no way to reach them',
    lines: [
      [0, 'p', 'I was prescribed metoprolol and lisinopril, is it safe to take them together? my doctor is closed till monday'],
      [25, 'l', 'Good evening, and thank you for contacting Ask a Librarian. My name is Jo.'],
      [30, 'l', "I'm not able to give medical advice, but I can help you find reliable drug information. Do you want general information about each drug, or specifically about taking them together?"],
      [60, 'p', 'together'],
      [75, 'l', 'MedlinePlus has a page on each drug with its interactions: medlineplus.gov/druginfo/meds/a682864.html (metoprolol) and medlineplus.gov/druginfo/meds/a692051.html (lisinopril). For a question about your own prescriptions, please call your pharmacist; many pharmacies answer the phone after hours. Is that what you were looking for?'],
      [120, 'p', 'yes thank you thats all i needed'],
      [126, 'l', 'You are welcome. Take care, and good night.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'legal: "I can\'t give legal advice about your case" then a guide and Maryland Legal Aid with its phone',
    lines: [
      [0, 'p', 'my landlord wont give back my deposit, can i sue him?? what do i do'],
      [40, 'l', "Hi there! I'm Jo, a librarian with Sample County Library. I can't give legal advice about your case, but I can point you to legal information. Are you renting in Maryland?"],
      [70, 'p', 'ya baltimore county'],
      [80, 'l', 'One moment while I pull that up.'],
      [150, 'l', "The People's Law Library has a plain-language guide on security deposits and small claims: peoples-law.org/security-deposits. For advice on your own case, call Maryland Legal Aid at 1-888-465-2468. Does that help?"],
      [200, 'p', 'ok ya. thx'],
      [210, 'l', 'Is there anything else I can help you with?'],
      [230, 'p', 'no'],
      [235, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'school: "can u write my essay" - "I can\'t write it for you, but…"; the student never says done',
    lines: [
      [0, 'p', 'can u write my essay on to kill a mockingbird its due tmrw 500 words'],
      [15, 'l', 'Hey! This is Mr. Bell, the librarian at Northside High.', BELL],
      [20, 'l', "I can't write it for you, but I can definitely help you get started. What's the prompt your teacher gave you?", BELL],
      [50, 'p', 'how atticus shows courage'],
      [70, 'l', 'Great topic. Search "Atticus Finch courage" in Literature Resource Center on our databases page (northsidehs.org/library/databases). In the book, chapter 11 (Mrs. Dubose) and the trial chapters are where to look. Does that give you a place to start?', BELL],
      [110, 'p', 'i guess. so ur not gonna write it'],
      [120, 'l', "Nope, that part's yours! But you're welcome to chat back anytime if you get stuck finding quotes. Good luck!", BELL],
    ],
    over: { provider: { id: 'bell', name: 'Mr. Bell', library: 'NHS' } },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'contest answers: "we can\'t give out scavenger hunt answers" and a hint; no question, no source',
    lines: [
      [0, 'p', 'whats the answer to question 4 on the summer reading scavenger hunt? the one about the mayor'],
      [30, 'l', 'Hi, this is Jo at Sample County Library!'],
      [35, 'l', "Sorry, we can't give out scavenger hunt answers. It wouldn't be fair to the other players! You'll find it if you look around the lobby displays though 😉"],
      [60, 'p', 'aw ok'],
      [70, 'l', 'Happy hunting! Thanks for stopping by.'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'paid research: "We don\'t do paid or in-depth research for individuals, but…"; a directory\'s URL is a source, no referral',
    lines: [
      [0, 'p', 'Hello. I would like to hire someone to research my family tree back to Ireland. I can pay. Do you offer that service?'],
      [45, 'l', "Good afternoon! This is Jo, reference librarian at Sample County Library. We don't do paid or in-depth research for individuals, but I'm glad to get you started. How far back have you traced the family so far?"],
      [100, 'p', 'Only to my grandfather, Patrick Doyle, born around 1890 in Baltimore.'],
      [115, 'l', "A good first step is the 1900-1940 census on Ancestry Library Edition, free inside any of our branches (samplecountylib.org/databases). The Association of Professional Genealogists keeps a directory of researchers for hire at apgen.org/directory. Is that the kind of help you were after?"],
      [170, 'p', 'Yes, very helpful. That is everything for today.'],
      [180, 'l', 'Wonderful. Thank you for contacting us, and good luck with the search!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish medical: "no puedo dar consejos médicos"; "llame a su pediatra" refers with no contact',
    lines: [
      [0, 'p', 'hola, mi hijo tiene fiebre de 39, le doy ibuprofeno o paracetamol?'],
      [30, 'l', 'Hola, le saluda Jo, bibliotecaria de la Biblioteca del Condado de Sample. Lo siento, no puedo dar consejos médicos. ¿Qué edad tiene su hijo?'],
      [55, 'p', '4 años'],
      [70, 'l', 'MedlinePlus en español tiene información sobre la fiebre en niños: medlineplus.gov/spanish/fever.html. Para saber qué darle y cuánto, llame a su pediatra. ¿Le sirve esta información?'],
      [110, 'p', 'si gracias, es todo'],
      [115, 'l', '¡Que se mejore pronto! Hasta luego.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'privacy: "I can\'t share who has an item checked out" is a refusal that goes on helping',
    lines: [
      [0, 'p', 'someone has had the book I want for 2 months. can you tell me who has it so I can ask them to return it?'],
      [25, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I can't share who has an item checked out; borrowing records are confidential under Maryland law. Which book is it?"],
      [50, 'p', 'The Covenant of Water'],
      [65, 'l', 'That copy is long overdue, so it may be declared lost soon. You can place a hold in the catalog (samplecountylib.org/catalog), and the ebook on Libby has a shorter wait. Does that help?'],
      [90, 'p', 'ok ill put a hold on. that is all'],
      [95, 'l', 'Great! Thanks for chatting, and happy reading.'],
    ],
    exp: usual(),
  },
  {
    name: 'finding a private person: "we aren\'t able to help locate private individuals" (policy, not convenience) with a self-help centre\'s phone',
    lines: [
      [0, 'p', 'i need the current home address of my ex, his name is Mark T. Reyes, he lives in Maryland somewhere'],
      [30, 'l', "Hello, this is Jo at Sample County Library. I'm sorry, but we aren't able to help locate private individuals. If this is for a legal matter, such as serving papers, the District Court's self-help center can explain your options: 410-260-1392."],
      [60, 'p', 'wow ok useless'],
      [70, 'l', 'Sorry I could not be more help with this one. Take care.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'proofreading refused and then "I need to get to my other chats now. Bye." (the help ends for the provider, no way back)',
    lines: [
      [0, 'p', 'can u proofread my college application essay? its 650 words'],
      [20, 'l', 'Hi, Jo at Sample County Library!'],
      [25, 'l', "We don't proofread essays, sorry. Are you applying to a Maryland school?"],
      [50, 'p', 'ya umbc. can u at least tell me if the intro is good'],
      [60, 'l', "I can't review it, and I need to get to my other chats now. Bye."],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },

  // ---- time limits ------------------------------------------------------------------------------------------------------
  {
    name: 'academic: "Our chat sessions are limited to 20 minutes and we\'ve about reached that" (the time is up, said kindly)',
    lines: [
      [0, 'p', 'I need help with my dissertation lit review on telehealth adoption in rural clinics'],
      [20, 'l', "Hi, I'm Dana, a research librarian at Sample University Library.", DANA],
      [25, 'l', 'Which databases have you searched so far?', DANA],
      [60, 'p', 'just google scholar'],
      [75, 'l', 'Start with CINAHL and PubMed from library.sample.edu/databases: search telehealth AND rural AND adoption, then limit to 2015 onward. Does that help?', DANA],
      [300, 'p', 'how do I limit to peer reviewed in CINAHL'],
      [320, 'l', 'Tick "Peer Reviewed" under Limit To on the left of the results.', DANA],
      [1100, 'p', 'got it! now how do I set up alerts, and get them into Zotero, and can you check my search string'],
      [1115, 'l', "Our chat sessions are limited to 20 minutes and we've about reached that, so I'll need to close here. Thank you so much for using Ask Us, and best of luck with the dissertation!", DANA],
    ],
    over: { provider: { id: 'dana', name: 'Dana K.', library: 'SU' } },
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'near miss: "There\'s no time limit on our chats, so ask away" tells no limit; a hold of 105 s',
    lines: [
      [0, 'p', 'sorry this is probably going to take a while, I have a bunch of questions about starting a small business'],
      [30, 'l', "Hello! Jo here, a librarian at Sample County Library. There's no time limit on our chats, so ask away. What kind of business are you starting?"],
      [60, 'p', 'a food truck in Towson'],
      [75, 'l', 'Let me look a few things up, bear with me.'],
      [180, 'l', "Baltimore County's food service licensing page is at baltimorecountymd.gov/departments/health/food-service, and our ReferenceUSA database (samplecountylib.org/databases) has lists of local competitors. Does that cover what you needed for now?"],
      [240, 'p', 'yes. and what about financing?'],
      [260, 'l', "I'd reach out to the Maryland Small Business Development Center for free one-on-one advising; book at mdsbdc.umd.edu. Anything else on your list?"],
      [300, 'p', 'no that is everything, thank you!'],
      [305, 'l', 'Thank you for chatting, and good luck with the truck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'per question: "I\'m afraid that\'s all the time I can give this question today" ends the help, though it thanks',
    lines: [
      [0, 'p', 'Looking for the exact date the Maryland Gazette first reported on the Stamp Act'],
      [40, 'l', 'Good afternoon, this is Dana from the Sample University Library research help chat.', DANA],
      [45, 'l', 'Do you have access to the Maryland Gazette archive already, or should I start with where to find it?', DANA],
      [90, 'p', 'start with where to find it please'],
      [100, 'l', 'Searching now, one moment.', DANA],
      [200, 'l', "The Maryland State Archives has the Gazette for 1745-1839 digitized at msa.maryland.gov/megafile/msa/speccol/sc2700/html/gazette.html. I didn't find the first Stamp Act item yet. I'm afraid that's all the time I can give this question today. Thank you for your patience, and best of luck!", DANA],
    ],
    over: { provider: { id: 'dana', name: 'Dana K.', library: 'SU' } },
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Spanish: "Lo siento, ya se acabó su tiempo de chat." (time is up), "¡Que tenga buen día!"',
    lines: [
      [0, 'p', 'hola q libros tienen para aprender ingles'],
      [20, 'l', '¡Hola! Soy Jo, de la Biblioteca del Condado de Sample. ¿Para adultos o para niños?'],
      [40, 'p', 'adultos, nivel basico'],
      [55, 'l', 'Le recomiendo Mango Languages (gratis con su tarjeta en samplecountylib.org/mango) y el libro "English for Everyday Activities". ¿Le sirve?'],
      [90, 'p', 'si y tambien hay clases? y tambien para mi hija de 10'],
      [100, 'l', 'Lo siento, ya se acabó su tiempo de chat. ¡Que tenga buen día!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'near miss: the window "times out after 10 minutes with no messages" is a rule of the software; no limit on the help',
    lines: [
      [0, 'p', 'is there a time limit on these chats? I need to go find my card'],
      [20, 'l', "Hi, Jo at Sample County Library here! No limit on how long we chat, but the window times out after 10 minutes with no messages, so just type something if you need longer. Go ahead and grab your card."],
      [150, 'p', 'ok got it, 21982001234567. why is it blocked'],
      [170, 'l', 'One moment while I look at the account.'],
      [230, 'l', "It's blocked for $12.50 in fines from a late DVD. You can pay online at samplecountylib.org/myaccount and the block lifts right away. Does that answer your question?"],
      [260, 'p', 'yes thank you thats all'],
      [265, 'l', 'Thanks for chatting, have a good evening!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "Chat closes in 10 minutes, but that\'s plenty of time for this" goes on helping',
    lines: [
      [0, 'p', 'need 3 scholarly sources on school uniforms for debate tmrw!!'],
      [30, 'l', "Hi, this is Jo at Sample County Library! Chat closes in 10 minutes, but that's plenty of time for this. Are you arguing for or against uniforms?"],
      [55, 'p', 'against'],
      [65, 'l', 'On it, one sec.'],
      [150, 'l', 'Try Opposing Viewpoints in Context (samplecountylib.org/databases): search "school uniforms", then Academic Journals. Two good ones: Brunsma & Rockquemore (1998) in the Journal of Educational Research, and Firmin et al. (2006) in the Journal of Social Sciences. Does that give you enough to work with?'],
      [200, 'p', 'yes omg thank u. thats all i need'],
      [205, 'l', 'Good luck at the debate tomorrow!'],
    ],
    exp: usual(),
  },

  // ---- one question per chat ---------------------------------------------------------------------------------------------
  {
    name: 'SMS: "sry, we do 1 q per chat. u can text back for the next one" is a limit of questions, even with a way back',
    lines: [
      [0, 'p', 'do u have the newest james patterson in large print', CELL],
      [20, 'l', 'hi, Devon w/ the Harbor Library text line here. is it the one that came out in march?', TEXTLINE],
      [45, 'p', 'ya', CELL],
      [60, 'l', 'yes, 2 large print copies at main: harborlib.org/catalog, search patterson large print. that help?', TEXTLINE],
      [80, 'p', 'ya thx. also when does the branch on 5th close and do u do notary', CELL],
      [90, 'l', 'sry, we do 1 q per chat. u can text back for the next one. thx!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Spanish: "Por política, atendemos una sola consulta por sesión" is a limit of questions; "Gracias."',
    lines: [
      [0, 'p', 'buenas, como saco la tarjeta de la biblioteca? y tambien donde puedo imprimir'],
      [30, 'l', 'Buenas tardes, le atiende Jo de la Biblioteca del Condado de Sample. ¿Vive usted en el condado?'],
      [55, 'p', 'si en Glen Burnie'],
      [65, 'l', 'Puede solicitarla en línea en samplecountylib.org/tarjeta y recogerla con una identificación en cualquier sucursal. Por política, atendemos una sola consulta por sesión; para lo de imprimir abra un nuevo chat, por favor. Gracias.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'near miss: the patron apologises for many questions; "There\'s no such thing as too many questions!"',
    lines: [
      [0, 'p', 'Sorry to bother you again, I know I asked a lot of questions earlier today. How do I cite a YouTube video in MLA?'],
      [30, 'l', "Hi, this is Jo at Sample County Library. There's no such thing as too many questions! Do you need MLA 9th edition?"],
      [55, 'p', 'yes 9th'],
      [65, 'l', 'Purdue OWL has the format with examples: owl.purdue.edu/owl/research_and_citation/mla_style. Creator. "Title." YouTube, uploaded by ..., date, URL. Does that answer your question?'],
      [100, 'p', 'perfect, thats all I needed'],
      [104, 'l', 'Happy writing! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: "Let\'s keep it to one question at a time so I don\'t miss anything" paces the chat, then all three are answered',
    lines: [
      [0, 'p', 'how do i book a study room and can i bring food in and is there parking'],
      [25, 'l', "Hi! Jo at Sample County Library here. Let's keep it to one question at a time so I don't miss anything. Which branch is the study room at?"],
      [50, 'p', 'main'],
      [60, 'l', "Book Main's rooms at samplecountylib.org/rooms, up to 2 hours a day. Covered drinks are fine in the rooms, but no food. Parking is free in the garage on Elm St. Did that cover all three?"],
      [90, 'p', 'yep thats everything'],
      [95, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: "only takes one question per call" is another service\'s rule (the Bar\'s phone line), given as advice',
    lines: [
      [0, 'p', 'is there a free lawyer hotline in maryland for wills'],
      [25, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Is this for writing a new will or a question about someone's estate?"],
      [50, 'p', 'writing my own'],
      [60, 'l', "The Maryland State Bar's Lawyer Referral Service can set up a low-cost consultation: call 410-685-7878. Their free Ask-a-Lawyer phone line only takes one question per call, so have your main question ready. Does that help?"],
      [100, 'p', 'yes thank you, thats all'],
      [105, 'l', 'You are welcome, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '"I can take one more question and then I\'ll need to close out this chat" announces a last question',
    lines: [
      [0, 'p', 'do you have passport photos at the library'],
      [20, 'l', 'Hello, this is Jo with Sample County Library. At which branch?'],
      [40, 'p', 'any branch near towson'],
      [50, 'l', 'Towson branch takes passport photos for $15, by appointment: samplecountylib.org/passports. Does that answer your question?'],
      [70, 'p', 'yes. what id do i need'],
      [80, 'l', "A driver's license or state ID plus proof of citizenship, like a birth certificate; the State Department's list is at travel.state.gov. I can take one more question and then I'll need to close out this chat."],
      [100, 'p', 'nah im good, thats all'],
      [105, 'l', 'Okay, thanks for chatting!'],
    ],
    exp: usual({ dismissal: 'fail' }),
  },

  // ---- busy queues ------------------------------------------------------------------------------------------------------
  {
    name: 'chat-speak: "got a bunch of ppl waiting in the queue so gotta go, sorry. bye" (no way back)',
    lines: [
      [0, 'p', 'how do i get a replacement library card, i lost mine'],
      [25, 'l', 'Hi! Jo from Sample County Library here. Do you know your card number, or just your name?'],
      [50, 'p', 'just my name'],
      [60, 'l', 'Bring a photo ID to any branch and the desk can print a new card for $1; details at samplecountylib.org/cards. Does that help?'],
      [90, 'p', 'can i do it online tho? i cant get to a branch this week'],
      [100, 'l', 'got a bunch of ppl waiting in the queue so gotta go, sorry. bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'formal: "I have several other patrons waiting… Please start a new chat later this evening" (allowed)',
    lines: [
      [0, 'p', 'Hello, I am trying to find out who owned my house before 1950, and also the history of my street, and also old photos of the neighbourhood.'],
      [40, 'l', 'Good evening, this is Jo, a librarian with Sample County Library. Which street and town is the house in?'],
      [80, 'p', 'Elm Street in Catonsville.'],
      [95, 'l', "Land records for Baltimore County are searchable free at mdlandrec.net (you will need a free account), and Baltimore County Public Library's historic photo collection is at bcpl.info/photos. Is that a helpful start?"],
      [160, 'p', 'Yes. Now, can you also tell me about the architect, and the census records, and whether there were any crimes on the street?'],
      [180, 'l', 'Those are great questions, but I have several other patrons waiting right now. Please start a new chat later this evening or tomorrow and a librarian will gladly pick up from here. Thank you for your patience!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"It is really busy tonight, so please bear with me" is a hold; 150 s without word after it',
    lines: [
      [0, 'p', 'what are the hours for the main library on sunday'],
      [50, 'l', 'Hi, this is Jo at Sample County Library. It is really busy tonight, so please bear with me for a moment.'],
      [200, 'l', 'Thanks for waiting! Main is open 1-5 on Sundays: samplecountylib.org/hours. Did that answer your question?'],
      [230, 'p', 'yep thats all, thanks'],
      [235, 'l', 'Have a good night!'],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail' }),
  },
  {
    name: 'Spanish: "hay otros usuarios esperando… Puede escribirnos de nuevo cuando guste" (allowed)',
    lines: [
      [0, 'p', 'hola necesito ayuda para llenar la solicitud de ciudadania y tambien la de mi esposo y tambien para el examen'],
      [30, 'l', '¡Hola! Soy Jo, bibliotecaria de la Biblioteca del Condado de Sample. ¿Busca el formulario N-400?'],
      [60, 'p', 'si'],
      [75, 'l', 'El formulario N-400 y sus instrucciones están en uscis.gov/es/n-400, y en uscis.gov/es/ciudadania hay materiales gratis para estudiar para el examen. ¿Le sirve esta información?'],
      [120, 'p', 'si pero me puede ayudar a llenarla ahora paso por paso?'],
      [135, 'l', 'Lo siento, hay otros usuarios esperando y no puedo quedarme mucho más en este chat. Puede escribirnos de nuevo cuando guste, o venir a las clases de ciudadanía de la biblioteca los martes. ¡Gracias por su paciencia!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'polite but a dismissal: "I\'m going to wrap things up here as we have a busy queue tonight. Thank you for your understanding"',
    lines: [
      [0, 'p', "Hi there! I'm planning a trip to Ireland and want travel guides, maps, and also some Irish history, and maybe learn a little Gaelic"],
      [30, 'l', 'Hello and welcome to Ask Us! My name is Jo. When are you traveling?'],
      [70, 'p', 'in June!'],
      [85, 'l', 'Lovely! For guides, our catalog has Rick Steves Ireland and Lonely Planet Ireland: samplecountylib.org/catalog. For Irish, Mango Languages has a course (samplecountylib.org/mango). Are those helpful?'],
      [140, 'p', 'Yes! And the history books? And do you have any Irish music CDs?'],
      [150, 'l', "I'm going to wrap things up here as we have a busy queue tonight. Thank you for your understanding, and enjoy Ireland!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'chat-speak: "sry its super busy rn, can u pop back in l8r for those? we\'re on til 9 tonight" offers a way back',
    lines: [
      [0, 'p', 'whats the best way to learn excel for free? also resume help? also do u have interview practice'],
      [20, 'l', 'hey! Jo @ Sample County Library here. are u looking for beginner excel or more advanced?'],
      [40, 'p', 'beginner'],
      [50, 'l', 'LinkedIn Learning is free w/ ur card: samplecountylib.org/linkedin, search "Excel Essential Training". that help?'],
      [80, 'p', 'ya! and the resume and interview stuff?'],
      [90, 'l', "sry its super busy rn, can u pop back in l8r for those? we're on til 9 tonight. thx!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"I\'m helping a few people at once tonight, so bear with me" and the provider had four chats open (concurrency)',
    lines: [
      [0, 'p', 'do you have museum passes for the science center'],
      [30, 'l', "Hi, I'm Jo with Sample County Library. I'm helping a few people at once tonight, so bear with me!"],
      [35, 'l', 'Do you mean the Maryland Science Center in Baltimore?'],
      [60, 'p', 'yes'],
      [140, 'l', 'Yes: we lend a family pass for up to 4 people, reserve it at samplecountylib.org/passes. Did that answer your question?'],
      [170, 'p', 'yes, thats all i needed!'],
      [175, 'l', 'Have fun at the Science Center!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', 10, 400), other('c', 'jo', 50, 300)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: '"Someone just came up to the desk, so I need to step away for a minute. Be right back!" is a hold, no dismissal',
    lines: [
      [0, 'p', "Hi, how do I find my child's reading level (Lexile) for library books?"],
      [35, 'l', "Hello, this is Jo, children's librarian at Sample County Library. Do you know your child's Lexile score from school?"],
      [60, 'p', 'yes, 650L'],
      [70, 'l', 'Someone just came up to the desk, so I need to step away for a minute. Be right back!'],
      [150, 'l', 'Thanks for waiting! Our catalog lets you filter by Lexile: samplecountylib.org/catalog > Advanced Search > Lexile 550-750. NoveList K-8 (samplecountylib.org/databases) also searches by Lexile. Is that what you were after?'],
      [190, 'p', "Yes, that's everything. Thank you!"],
      [195, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },

  // ---- shifts, closing time, outages -------------------------------------------------------------------------------------
  {
    name: '"our chat service is closing for the night, so I have to log off now." ends the help with no way back (and no thanks)',
    lines: [
      [0, 'p', 'can you help me find articles about the dust bowl for my history project'],
      [30, 'l', 'Hi! This is Jo, a librarian at Sample County Library. What grade is the project for?'],
      [55, 'p', '8th'],
      [65, 'l', 'Try Britannica School from samplecountylib.org/databases and search "Dust Bowl"; there are photos and primary sources too. Does that help?'],
      [100, 'p', 'yes, can you help me find a primary source too?'],
      [110, 'l', 'Sorry, our chat service is closing for the night, so I have to log off now.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Spanish chat-speak: "ya me tengo q ir, termina mi turno. bye" (the shift, no way back)',
    lines: [
      [0, 'p', 'hola tienen libros de cocina vegana'],
      [20, 'l', 'hola! soy Jo de la biblioteca del condado de Sample 😊 buscas libros en español o en inglés?'],
      [40, 'p', 'español porfa'],
      [50, 'l', 'tenemos "Vegano en 30 días" y "Cocina vegana fácil", mira samplecountylib.org/catalogo y busca cocina vegana. te sirve?'],
      [80, 'p', 'si! y tienen clases de cocina?'],
      [90, 'l', 'ya me tengo q ir, termina mi turno. bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'shift change with a transfer: internal note with the why, "My shift is ending, so I am transferring you to my colleague Sam"',
    lines: [
      [0, 'p', 'I need the 1930 census page for my great-grandmother in Frederick, Mary Hoff'],
      [25, 'l', 'Hello, this is Jo at Sample County Library. Do you know her approximate age or who she lived with in 1930?'],
      [70, 'p', 'about 40, with her husband John'],
      [80, 'l', 'Let me search Ancestry Library Edition, one moment.'],
      [170, 'l', 'I found a Mary Hoff, 41, in Frederick city on Ancestry Library Edition; still checking that it is the right family.'],
      [200, 'i', 'Sam, my shift ends in 2 min. Patron wants the 1930 census page for Mary Hoff (41) w/ husband John, Frederick; likely match on ALE, needs confirming.'],
      [205, 'l', 'My shift is ending, so I am transferring you to my colleague Sam, who will pick this up right where we are. Thank you for your patience!'],
      [210, 's', 'Chat transferred to Sam', sys('transfer', 'sam')],
      [230, 'l', 'Hi, Sam here! I see the Mary Hoff record Jo found. Is her husband John listed as born in Maryland?', SAM],
      [260, 'p', 'yes i think so'],
      [290, 'l', 'Then that is her: Ancestry Library Edition, 1930 census, Frederick, district 10-7, sheet 4B. Is that the record you wanted?', SAM],
      [320, 'p', 'yes!! that is her. thats all i need'],
      [325, 'l', 'Wonderful, thanks for using Ask Us, goodbye!', SAM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'shift change, "I\'m passing you to Sam, who\'s on next", with no internal note (handoff fails)',
    lines: [
      [0, 'p', 'hey how do i get on the library wifi at the elm branch its not letting me'],
      [20, 'l', 'Hi, Jo at Sample County Library here! Phone or laptop?'],
      [40, 'p', 'laptop, windows'],
      [50, 'l', 'Connect to SCL-Public, then open a browser and the sign-in page appears; our Wi-Fi help page is samplecountylib.org/wifi. Is it working?'],
      [110, 'p', 'no it says connected no internet'],
      [120, 'l', "Ugh, sorry! My shift is over in a minute, so I'm passing you to Sam, who's on next."],
      [125, 's', 'Transferred to Sam', sys('transfer', 'sam')],
      [140, 'l', 'Hi! Sam here, taking over from Jo. Try forgetting the network and reconnecting, then go to neverssl.com to make the sign-in page pop up. Did that do it?', SAM],
      [200, 'p', 'yes its working now. that was all'],
      [205, 'l', 'Great, enjoy! Bye.', SAM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'outage: "our catalog system is down for maintenance", the branch\'s phone to check the shelf',
    lines: [
      [0, 'p', 'is the book "The Women" by Kristin Hannah available at Oak branch'],
      [30, 'l', 'Hi there, this is Jo, a librarian at Sample County Library.'],
      [34, 'l', "I'm sorry, our catalog system is down for maintenance right now so I can't check availability. Do you want the print book, or would an ebook work?"],
      [60, 'p', 'print'],
      [70, 'l', 'Then the quickest way is to call the Oak branch at 410-555-0134; they can check the shelf for you. The catalog (samplecountylib.org/catalog) should be back by 9 pm too. Does that work for you?'],
      [100, 'p', 'ok i will call them. thats all'],
      [104, 'l', 'Thanks for your patience, sorry again about the outage!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat software trouble warned of; the patron drops after the answer; check-in and "It looks like the connection dropped. I\'m going to close this chat"',
    lines: [
      [0, 'p', 'when is the voter registration deadline in howard county'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Just a heads up, our chat software is acting up tonight, so if we get cut off, please start a new chat.'],
      [25, 'l', 'Is this for the general election in November?'],
      [45, 'p', 'yes'],
      [55, 'l', 'The deadline is 21 days before the election, and you can register online at elections.maryland.gov/voter_registration. Does that answer your question?'],
      [180, 'l', 'Are you still there?'],
      [250, 'l', "It looks like the connection dropped. I'm going to close this chat now; please reconnect anytime. Thank you!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'maintenance: "our chat system goes down for maintenance in two minutes… Please start a new chat after 10 pm" offers a way back',
    lines: [
      [0, 'p', 'hi can you help me find a biography of Harriet Tubman for a 5th grader'],
      [25, 'l', 'Hi there! This is Jo, a librarian at Sample County Library. Does it need to be a chapter book, or is a picture book ok?'],
      [50, 'p', 'chapter book'],
      [60, 'l', '"Who Was Harriet Tubman?" by Yona Zeldis McDonough is a great fit, and it is on the shelf at 4 branches: samplecountylib.org/catalog. Is that the sort of book you need?'],
      [90, 'p', 'yes! do you have more like it'],
      [100, 'l', 'Heads up: our chat system goes down for maintenance in two minutes, so I have to close this chat. Please start a new chat after 10 pm or tomorrow and we can find more. Sorry about that!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- difficult patrons -------------------------------------------------------------------------------------------------
  {
    name: 'rude patron ("ur website is garbage") helped to the end; silent 150 s after the answer, one check-in',
    lines: [
      [0, 'p', 'ur website is garbage. how do i pay a fine'],
      [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Sorry it's been frustrating! Do you want to pay online or in person?"],
      [60, 'p', 'online obviously'],
      [70, 'l', 'Log in at samplecountylib.org/myaccount, open Fines & Fees and click Pay; it takes cards. Did that work?'],
      [200, 'l', 'Are you still with me?'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'Spanish, abusive: "Voy a cerrar este chat porque no se permite el lenguaje ofensivo. Adiós." (misconduct)',
    lines: [
      [0, 'p', 'necesito saber si tienen el libro cien años de soledad'],
      [25, 'l', 'Hola, soy Jo de la Biblioteca del Condado de Sample. ¿Lo quiere en español o en inglés?'],
      [50, 'p', 'español, rapido'],
      [60, 'l', 'Tenemos 3 ejemplares en español; puede reservarlo en samplecountylib.org/catalogo. ¿Es lo que buscaba?'],
      [80, 'p', 'eres una idiota, no sirves para nada'],
      [90, 'l', 'Le pido que mantenga el respeto.'],
      [100, 'p', 'idiota idiota idiota'],
      [110, 'l', 'Voy a cerrar este chat porque no se permite el lenguaje ofensivo. Adiós.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'inappropriate request after the answer: "Chat is for library questions only, and I am ending this session now." (misconduct, no thanks)',
    lines: [
      [0, 'p', 'do u have books on anatomy drawing'],
      [20, 'l', 'Hi, Jo at Sample County Library! For figure drawing, or medical anatomy?'],
      [40, 'p', 'figure drawing'],
      [50, 'l', 'Try "Figure Drawing for All It\'s Worth" by Andrew Loomis (741.2 LOO) in the catalog at samplecountylib.org/catalog. Is that the kind of book you wanted?'],
      [70, 'p', 'ya but can u send me pics of urself instead ;)'],
      [80, 'l', 'That request is inappropriate. Chat is for library questions only, and I am ending this session now.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'not misconduct: "We\'ve gone over this several times now, so I\'m ending the chat." to a patron who keeps asking (no way back)',
    lines: [
      [0, 'p', 'why cant i renew my book'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which book is it?'],
      [40, 'p', 'the silent patient'],
      [55, 'l', 'It has holds from other patrons, so it cannot be renewed; the renewal rules are at samplecountylib.org/renew. Does that make sense?'],
      [80, 'p', 'but why cant i renew it'],
      [90, 'l', 'Because other people are waiting for it, the system blocks renewals.'],
      [110, 'p', 'so renew it for me'],
      [120, 'l', 'I am not able to override holds.'],
      [140, 'p', 'why not just renew it'],
      [150, 'l', "We've gone over this several times now, so I'm ending the chat."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'polite but a dismissal: "I\'ve helped with quite a lot today, so I\'m going to go ahead and close our chat now. Thank you so much…"',
    lines: [
      [0, 'p', 'Hi, I am working on my resume and need help with the wording for my job at the deli'],
      [30, 'l', 'Hello! My name is Jo and I am a librarian at Sample County Library. Are you applying for a particular kind of job?'],
      [60, 'p', 'retail or food service'],
      [80, 'l', 'Our Job & Career Accelerator database has resume templates and example wording for food service jobs: samplecountylib.org/jobs. Is that helpful?'],
      [130, 'p', 'ok can u look at my whole resume and rewrite it? and also the cover letter and the thank you notes'],
      [150, 'l', "I've helped with quite a lot today, so I'm going to go ahead and close our chat now. Thank you so much for reaching out, and best of luck with the job hunt!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'impatient patron ("hello??", "?????") does not restart the wait: 160 s after the hold; the MVA\'s phone',
    lines: [
      [0, 'p', 'need the number for the MVA'],
      [20, 'l', "Hi, this is Jo at Sample County Library. Is it for a driver's license or a vehicle registration question?"],
      [30, 'p', 'license renewal'],
      [40, 'l', 'Let me find the right line for that.'],
      [100, 'p', 'hello??'],
      [150, 'p', '????? this is taking forever'],
      [200, 'l', 'Sorry for the wait! License renewals are mostly online at mva.maryland.gov/drivers; if you need to talk to someone, call the MVA customer service center at 410-768-7000. Does that help?'],
      [230, 'p', 'finally. ya thats all'],
      [235, 'l', 'Thanks for your patience, have a good day.'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },

  // ---- pranks and tests ---------------------------------------------------------------------------------------------------
  {
    name: 'prank ("is ur refrigerator running"): greeting and goodbye only, no substantive exchange',
    lines: [
      [0, 'p', 'is ur refrigerator running'],
      [15, 'l', 'Hi! This is Jo at Sample County Library. Do you have a library question I can help with?'],
      [25, 'p', 'then u better go catch it LOL'],
      [35, 'l', 'Ha, good one. If you ever do need help, we are here until 9. Have a good night!'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: noExchange(),
  },
  {
    name: 'school: "6 7" spam; "I\'m going to close this chat since it\'s being used for jokes… you\'re welcome to chat again" (misconduct, a way back)',
    lines: [
      [0, 'p', '6 7'],
      [5, 'p', '6 777777'],
      [20, 'l', 'Hi! This is Ms. Ortiz, the Eastside Middle librarian. Do you have a question for the library?', ORTIZ],
      [30, 'p', 'whats 6 + 7 lolol'],
      [35, 'p', '6 7 6 7 6 7'],
      [45, 'l', "I'm going to close this chat since it's being used for jokes. If you have a real library question, you're welcome to chat again or come see me. Bye!", ORTIZ],
    ],
    over: { resolutionCode: 'Inappropriate', provider: { id: 'ortiz', name: 'Ms. Ortiz', library: 'EMS' } },
    exp: noExchange(),
  },
  {
    name: 'repeated test messages coded Lost Call: the patron sent more than one message (code fails), nothing asked',
    lines: [
      [0, 'p', 'test'],
      [5, 'p', 'test'],
      [10, 'p', 'testing 123'],
      [40, 'l', 'Hi, this is Jo at Sample County Library. Is there something I can help you with?'],
      [60, 'p', 'no sorry just checking it works'],
      [70, 'l', 'No problem, it works! Come back anytime.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ code: 'fail' }),
  },
  {
    name: 'staff test coded Practice: not scored',
    lines: [
      [0, 'p', 'test from Jo, checking the new widget'],
      [10, 'l', 'test reply'],
      [15, 'p', 'test test'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: all({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- patrons who refuse details, want someone else, or leave ----------------------------------------------------------
  {
    name: 'refuses an e-mail: "If you give me your email, I can … send you a complete list by tomorrow" was an offer declined, no promise',
    lines: [
      [0, 'p', 'I need a list of all the Maryland poets laureate and what years they served'],
      [30, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Do you need just the names and years, or short bios too?'],
      [60, 'p', 'names and years'],
      [70, 'l', 'Let me look, this may take a bit.'],
      [160, 'l', 'The Maryland Manual lists most of them at msa.maryland.gov/msa/mdmanual/01glance/html/poet.html, but the years before 1985 are patchy. If you give me your email, I can dig further and send you a complete list by tomorrow.'],
      [200, 'p', 'no thanks, I dont give out my email'],
      [210, 'l', 'Understood! Then the Maryland Room at our Main Library can finish the list with you: call them at 410-555-0150. Does that help?'],
      [240, 'p', 'yes. nothing else, thanks'],
      [245, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'refuses an e-mail after a promise ("I\'ll ask our facilities office and get back to you"), coded Follow-up by me',
    lines: [
      [0, 'p', 'Can you find out when the Oakwood branch renovation will finish? nobody at the branch knows'],
      [30, 'l', 'Hello, Jo here, librarian at Sample County Library. Is this the Oakwood branch on Route 40?'],
      [55, 'p', 'yes'],
      [65, 'l', "The news page (samplecountylib.org/news) only says 'spring'. I'll ask our facilities office and get back to you. What is the best email to reach you?"],
      [90, 'p', 'id rather not give that out. ill just check back'],
      [100, 'l', 'No problem at all. Thanks for chatting!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'school: the student won\'t say which class ("not telling lol"); ends on "Any luck?" with no thanks',
    lines: [
      [0, 'p', 'i need the password for the databases'],
      [20, 'l', 'Hi! Mr. Bell here, Northside High librarian. Which database are you trying to get into?', BELL],
      [40, 'p', 'y does it matter'],
      [50, 'l', 'Each one has its own login! Which class is it for?', BELL],
      [65, 'p', 'not telling lol'],
      [80, 'l', 'Fair enough! All the passwords are on the library page behind your school login: northsidehs.org/library/databases. Does that get you in?', BELL],
      [130, 'l', 'Any luck?', BELL],
    ],
    over: { provider: { id: 'bell', name: 'Mr. Bell', library: 'NHS' } },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'wants a specific librarian: "Ms. Kaplan isn\'t on chat tonight. You can email her directly at …" (a referral with its contact)',
    lines: [
      [0, 'p', 'is Ms. Kaplan on tonight? I only want to talk to her, she was helping me with my citizenship stuff'],
      [40, 'l', "Hi, this is Jo at Sample County Library. Ms. Kaplan isn't on chat tonight. You can email her directly at rkaplan@samplecountylib.org, or I can help if you like."],
      [70, 'p', 'no its ok ill wait for her'],
      [80, 'l', 'Sounds good! Thanks for contacting us, have a good night.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'wants a specific librarian: transferred to Dr. Alvarez after an internal note saying why',
    lines: [
      [0, 'p', 'can I talk to Dr. Alvarez? she is my subject librarian for history'],
      [20, 'l', 'Hello! This is Dana at the Sample University Library chat. Let me see if she is available, one moment.', DANA],
      [40, 'i', 'Maria, a history grad student is asking for you by name about a thesis search. Can you take this one?', DANA],
      [50, 'i', 'Sure, send them over.', ALVAREZ],
      [55, 'l', 'Good news, Dr. Alvarez is available. I am transferring you to her now.', DANA],
      [58, 's', 'Chat transferred to Dr. Maria Alvarez', sys('transfer', 'alvarez')],
      [70, 'l', 'Hi, Maria Alvarez here. What are you working on today?', ALVAREZ],
      [100, 'p', 'I need 19th c. newspapers about the B&O railroad strike of 1877'],
      [115, 'l', 'Do you need Baltimore papers only, or national coverage too?', ALVAREZ],
      [140, 'p', 'baltimore'],
      [155, 'l', 'The Baltimore Sun archive (1837-1991) on ProQuest Historical Newspapers is at library.sample.edu/databases; search "railroad strike" with dates July 1877. Chronicling America also has the Baltimore American. Is that what you needed?', ALVAREZ],
      [200, 'p', 'yes perfect, that is all'],
      [205, 'l', 'Great, good luck with the thesis! Bye.', ALVAREZ],
    ],
    over: { provider: { id: 'dana', name: 'Dana K.', library: 'SU' } },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'leaves mid-search without a word: check-in, then "Since I haven\'t heard back, I\'ll assume you\'ve stepped away and will end the chat now"',
    lines: [
      [0, 'p', 'whats the fine for a lost dvd'],
      [25, 'l', 'Hi, this is Jo at Sample County Library! Is it one of ours, or from another library system?'],
      [40, 'p', 'yours'],
      [50, 'l', 'Give me a moment to check the fee schedule.'],
      [100, 'l', 'A lost DVD is charged the item price plus a $5 processing fee; the fee schedule is at samplecountylib.org/fees. Does that help?'],
      [240, 'l', 'Hi, just checking, are you still on the chat?'],
      [330, 'l', "Since I haven't heard back, I'll assume you've stepped away and will end the chat now. You can always message us again."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'leaves without a word; "Closing this chat now." neither asks, nor says the patron seems gone, nor thanks (final idle 215 s)',
    lines: [
      [0, 'p', 'do you have any tax forms at the branches'],
      [20, 'l', 'Hello, Jo at Sample County Library. Which forms, federal or Maryland?'],
      [40, 'p', 'maryland 502'],
      [50, 'l', 'The Maryland 502 is at marylandtaxes.gov/forms, and most branches have printed copies until April. Did that answer your question?'],
      [260, 'l', 'Closing this chat now.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'leaves before a late pickup (95 s), coded Lost Call: check-in and "It seems you\'ve disconnected, so I\'ll close this session"',
    lines: [
      [0, 'p', 'hi i need help with my library card pin'],
      [95, 'l', 'Hello, this is Jo at Sample County Library. Sorry for the wait! How can I help?'],
      [220, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've disconnected, so I'll close this session. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ pickup: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'SMS: the patron stops answering; "looks like u left, closing this thread now" (no check-in, no thanks; the branch question came after the source)',
    lines: [
      [0, 'p', 'r u open on memorial day', CELL],
      [15, 'l', 'hi, Harbor Library text line here! all branches are closed Mon 5/26, back Tue at 9. holiday hours: harborlib.org/hours', TEXTLINE],
      [25, 'p', 'what about the book drop', CELL],
      [35, 'l', 'which branch? main or the Eastport one?', TEXTLINE],
      [260, 'l', 'looks like u left, closing this thread now', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }),
  },

  // ---- second batch (written before running): more ways to say no, to limit and to end --------------------------------
  {
    name: '"I\'m going to have to end our chat here, I have a meeting starting." (the provider\'s convenience, no way back, no thanks)',
    lines: [
      [0, 'p', 'hi can you find me the population of annapolis in 1950'],
      [25, 'l', 'Hello, Jo at Sample County Library here. City of Annapolis, or the whole Anne Arundel County?'],
      [50, 'p', 'the city'],
      [60, 'l', 'The 1950 census counted 10,047 people in Annapolis; the table is in Census of Population 1950, vol. 1, at census.gov/library/publications/1953/dec/population-vol-01.html. Is that what you needed?'],
      [90, 'p', 'yes! and what about 1900?'],
      [100, 'l', "I'm going to have to end our chat here, I have a meeting starting."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: '"I\'m only able to spend about 10 minutes on each question" announces a per-question time limit, though a start is given',
    lines: [
      [0, 'p', 'I need the history of every building on Main St in Ellicott City'],
      [30, 'l', 'Hi, this is Jo with Sample County Library. Which stretch of Main Street, or the whole historic district?'],
      [60, 'p', 'whole thing, every building'],
      [75, 'l', "Sorry, I'm only able to spend about 10 minutes on each question, so here's a starting point: the Maryland Historical Trust's Medusa database (mht.maryland.gov/medusa) has survey files for most buildings in the district. Does that help?"],
      [120, 'p', 'ok i guess'],
      [125, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing for the night: "so I have to sign off. Please chat with us again tomorrow from 9 am" offers a way back',
    lines: [
      [0, 'p', 'do you have the GED practice tests'],
      [40, 'l', 'Good evening! Jo here, from Sample County Library. Are you looking for printed books or online practice?'],
      [70, 'p', 'online'],
      [80, 'l', 'LearningExpress Library has free full-length GED practice tests: samplecountylib.org/learningexpress. Does that answer your question?'],
      [110, 'p', 'yes, also do you have classes'],
      [120, 'l', "We're about to close for the night, so I have to sign off. Please chat with us again tomorrow from 9 am and we can look at classes. Good night!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'personal comments: warned ("I won\'t continue this conversation if…"), then "Ending this chat now." (misconduct, no thanks)',
    lines: [
      [0, 'p', 'do u have any books about serial killers'],
      [20, 'l', 'Hi, Jo at Sample County Library! True crime, or fiction?'],
      [35, 'p', 'true crime. also whats ur address i want to visit u 😏'],
      [45, 'l', "Our true crime books are at 364.152 in every branch; search the catalog at samplecountylib.org/catalog. I won't continue this conversation if you keep making personal comments."],
      [60, 'p', 'aw come on baby'],
      [70, 'l', 'Ending this chat now.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'wants a supervisor: "You can reach the Oak branch manager, Karen Greene, at …" (a referral with its contacts)',
    lines: [
      [0, 'p', 'I want to speak to a supervisor. The librarian at the Oak branch was rude to me today.'],
      [30, 'l', "Hello, this is Jo, a librarian at Sample County Library. I'm sorry that happened. You can reach the Oak branch manager, Karen Greene, at kgreene@samplecountylib.org or 410-555-0171, and she will want to hear about it."],
      [70, 'p', 'fine. thats all'],
      [75, 'l', 'Thank you for letting us know, and take care.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'take-home test refused; the student leaves: "Still there?", then "I\'ll close this chat for now" (no "you seem gone")',
    lines: [
      [0, 'p', 'what is the answer to #3 on my take home chem test: balance Fe + O2 -> Fe2O3'],
      [25, 'l', "Hi! This is Mr. Bell, the Northside High librarian. I can't help with answers on a take-home test, but I can show you where balancing equations is explained. Is it for Mr. Chen's class?", BELL],
      [40, 'p', 'ya'],
      [50, 'l', "Mr. Chen's class uses the CK-12 Chemistry book: ck12.org/chemistry/balancing-chemical-equations walks through examples like yours. Does that help?", BELL],
      [200, 'l', 'Still there?', BELL],
      [250, 'l', "I'll close this chat for now. Feel free to come back anytime!", BELL],
    ],
    over: { provider: { id: 'bell', name: 'Mr. Bell', library: 'NHS' } },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Spanish: "Tenemos un límite de 15 minutos por chat y ya se cumplió" (a time limit reached), thanks',
    lines: [
      [0, 'p', 'necesito informacion sobre becas para la universidad'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de la Biblioteca del Condado de Sample. ¿Para qué estado o universidad?'],
      [50, 'p', 'maryland, para estudiantes indocumentados'],
      [60, 'l', 'Un momento, por favor.'],
      [140, 'l', 'La Maryland Dream Act permite pagar la matrícula estatal; la información está en mhec.maryland.gov. TheDream.US tiene becas nacionales: thedream.us. ¿Le sirve esta información?'],
      [180, 'p', 'si, y hay otras becas privadas?'],
      [190, 'l', 'Tenemos un límite de 15 minutos por chat y ya se cumplió. Gracias por escribirnos.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'chat-speak: "brb, got 3 other chats going" is a hold; back within 75 s',
    lines: [
      [0, 'p', 'is the passport office at the library open saturdays'],
      [25, 'l', 'hey, Jo @ Sample County Library! which branch?'],
      [45, 'p', 'towson'],
      [55, 'l', 'brb, got 3 other chats going'],
      [130, 'l', 'ok back! Towson does passports Sat 10-2 by appt: samplecountylib.org/passports. that help?'],
      [160, 'p', 'yep thats everything'],
      [165, 'l', 'cool, thx for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: '"I\'ve spent quite a bit of time on this already, so I\'ll stop here. Good luck…" ends the help for the provider',
    lines: [
      [0, 'p', 'I am looking for my great-great-grandfather, Henrik Olsen, who came from Norway around 1880'],
      [30, 'l', 'Good afternoon, this is Jo at Sample County Library. Do you know where in the US he settled?'],
      [60, 'p', 'Baltimore I think, or maybe Minnesota'],
      [70, 'l', 'Let me check a few places.'],
      [180, 'l', 'FamilySearch (familysearch.org) has a Henrik Olsen arriving in Baltimore in 1881, and Digitalarkivet (digitalarkivet.no) has the Norwegian emigration lists. Is this the right person?'],
      [240, 'p', 'maybe, can you check Minnesota too and the 1900 census?'],
      [250, 'l', "I've spent quite a bit of time on this already, so I'll stop here. Good luck with your search!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'medical diet: "is a question for her doctor or a renal dietitian" refers with no contact; "I\'ll leave that part there" is policy',
    lines: [
      [0, 'p', 'my mom was told she has stage 2 kidney disease. what should she eat?'],
      [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I'm sorry to hear that. Is she looking for general information, or recipes?"],
      [60, 'p', 'general info'],
      [70, 'l', "The National Kidney Foundation's diet page is at kidney.org/nutrition. What she should eat herself is a question for her doctor or a renal dietitian, so I'll leave that part there. Does the page help?"],
      [100, 'p', 'yes thanks that is all'],
      [105, 'l', 'Take care, and best wishes to your mom.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '"hello?" three times before a 75 s pickup, then "nvm lol": nothing asked',
    lines: [
      [0, 'p', 'hello?'],
      [10, 'p', 'hello??'],
      [20, 'p', 'HELLO'],
      [75, 'l', 'Hi, this is Jo at Sample County Library! Sorry for the wait. What can I help you with?'],
      [90, 'p', 'nvm lol'],
      [100, 'l', 'No problem! Come back anytime.'],
    ],
    exp: noExchange({ pickup: 'fail' }),
  },
  {
    name: 'SMS, legal: "i cant give legal advice but i can point u to info"; "text or call the Workers Rights Clinic at …"',
    lines: [
      [0, 'p', 'can my job fire me for being sick w covid', CELL],
      [20, 'l', 'hi this is the Harbor Library text line. i cant give legal advice but i can point u to info. r u in maryland?', TEXTLINE],
      [40, 'p', 'ya', CELL],
      [50, 'l', 'the MD Dept of Labor has a page on sick leave: labor.maryland.gov/sickleave. for ur own case, text or call the Workers Rights Clinic at 410-555-0199. that help?', TEXTLINE],
      [80, 'p', 'ok thx thats it', CELL],
      [85, 'l', 'take care!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ referral: 'pass' }),
  },
];

/** Shorter cases: the checks they are about. */
export const short: SessionCase[] = [
  {
    name: 'sexual harassment: warned, then "I am ending this chat now under our chat use policy. Goodbye." (misconduct)',
    lines: [
      [0, 'p', 'hey cutie r u single'],
      [20, 'l', 'Hello, this is the Ask Us librarian on duty at Sample County Library. Do you have a library question I can help with?'],
      [35, 'p', 'yeah whats ur bra size lol'],
      [45, 'l', 'That is not appropriate. If you continue, I will end this chat.'],
      [55, 'p', 'come on dont be like that'],
      [60, 'l', 'I am ending this chat now under our chat use policy. Goodbye.'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: some({ pickup: 'pass', greeting: 'pass', dismissal: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na', code: 'pass', referral: 'na' }),
  },
  {
    name: 'the offer taken up: "If you give me your email, I can … send you the rest by Friday", the patron gives it (a promise)',
    lines: [
      [0, 'p', 'I need every Maryland governor since 1900 and their party'],
      [30, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Do you need just names and parties, or the years as well?'],
      [60, 'p', 'years too'],
      [80, 'l', 'The Maryland Manual has the list with years at msa.maryland.gov/msa/mdmanual/08conoff/former/html/msa12113.html, but parties are not on it. If you give me your email, I can look up the parties and send you the rest by Friday.'],
      [110, 'p', 'sure, lena.k@example.com'],
      [120, 'l', 'Got it, lena.k@example.com. Thanks for chatting!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending', courteous: 'pass' }),
  },
  {
    name: 'near miss: "Brainfuse tutoring sessions are limited to 30 minutes each" is another service\'s rule',
    lines: [
      [0, 'p', 'do u have free math tutoring online'],
      [20, 'l', 'Hi, Jo at Sample County Library! What grade?'],
      [40, 'p', '10th, geometry'],
      [50, 'l', 'Brainfuse HelpNow has live geometry tutors 2-11 pm: samplecountylib.org/brainfuse. The tutoring sessions are limited to 30 minutes each, but you can start another. Does that help?'],
      [80, 'p', 'yes thats all thx'],
      [85, 'l', 'Good luck with geometry!'],
    ],
    exp: some({ dismissal: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"I need to check on my other chats for a sec, be right back" is a hold, no dismissal',
    lines: [
      [0, 'p', 'how late is the bookmobile at the park on tuesdays'],
      [20, 'l', 'Hi, this is Jo at Sample County Library. Which park, Riverside or Elm?'],
      [40, 'p', 'riverside'],
      [50, 'l', 'I need to check on my other chats for a sec, be right back!'],
      [110, 'l', 'Thanks for waiting! The bookmobile is at Riverside Park 3-6 pm on Tuesdays: samplecountylib.org/bookmobile. Does that answer it?'],
      [140, 'p', 'yes thats all'],
      [145, 'l', 'Thanks, bye!'],
    ],
    exp: some({ informed: 'pass', dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"If you need anything else, we\'re open till 8 tonight." invites back (the provider\'s last message)',
    lines: [
      [0, 'p', 'where do i return a hotspot'],
      [20, 'l', 'Hi, Jo at Sample County Library! Which branch are you near?'],
      [40, 'p', 'main'],
      [50, 'l', 'Hotspots go back to the Main service desk, not the book drop: samplecountylib.org/hotspots. Does that help?'],
      [80, 'p', 'ok'],
      [90, 'l', "If you need anything else, we're open till 8 tonight."],
    ],
    exp: some({ courteous: 'pass', dismissal: 'pass', anything: 'fail' }),
  },
  {
    name: '"You seem to have stepped away, so I\'ll close the chat" after the patron went quiet is no dismissal',
    lines: [
      [0, 'p', 'can i renew a dvd'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it one of ours?'],
      [40, 'p', 'ya'],
      [50, 'l', 'Yes, DVDs renew once online at samplecountylib.org/myaccount. Did that work?'],
      [180, 'l', 'Are you still there?'],
      [250, 'l', "You seem to have stepped away, so I'll close the chat. Thanks for contacting us!"],
    ],
    exp: some({ dismissal: 'pass', idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "I\'ve spent a lot of time on this database myself." then the trick (no end); "Did that narrow it down?"',
    lines: [
      [0, 'p', 'why does ancestry keep showing me the wrong john smith'],
      [20, 'l', 'Hi, Jo at Sample County Library! Do you know his birth year and county?'],
      [40, 'p', '1870s, frederick county'],
      [50, 'l', "I've spent a lot of time on this database myself. In Ancestry Library Edition, tick \"Exact\" under the birth year and add Frederick, Maryland as a residence; that cuts most of the wrong ones. Did that narrow it down?"],
      [90, 'p', 'yes much better, thats all'],
      [95, 'l', 'Great, happy searching!'],
    ],
    exp: some({ dismissal: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Spanish: "Hay varias personas esperando, un momento por favor" is a hold, no dismissal',
    lines: [
      [0, 'p', 'hola, a que hora abre la biblioteca central el domingo'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado de Sample. Hay varias personas esperando, un momento por favor.'],
      [90, 'l', 'Gracias por esperar. La Central abre el domingo de 1 a 5: samplecountylib.org/horario. ¿Le sirve?'],
      [120, 'p', 'si gracias, es todo'],
      [125, 'l', '¡Hasta luego!'],
    ],
    exp: some({ informed: 'pass', dismissal: 'pass', anything: 'pass', courteous: 'pass' }),
  },
];

describeSessions('ninth round (R): policies, limits, difficult patrons and dismissals, whole sessions', whole);
describeSessions('ninth round (R): policies, limits, difficult patrons and dismissals, short cases', short);
