/**
 * Twenty-first round, area (V6): GOOD SESSIONS FROM OTHER SERVICES' PROVIDERS (hunting false fails). A national
 * cooperative's after-hours and backup providers answer patrons of libraries they do not work at: academic librarians
 * from other states, contract staff, other scripts and chat platforms ("You're chatting with a librarian from the 24/7
 * cooperative", "I'm not at your library but I can help"), terse transactional answers and long friendly ones, providers
 * who write in Spanish or switch languages, non-native English, emoji and exclamation marks, signatures in the text
 * ("-- Dana, Tacoma PL"). Each behaviour is done right in the provider's own words: greetings and self-identification,
 * clarifying questions, holds, sources, completeness questions, offers of more help, check-ins and disconnect notices,
 * follow-ups handed to the patron's home library with a contact and a when, referrals to the patron's own library with a
 * way to reach it, goodbyes.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a signature in the text ("-- Dana, Tacoma PL") names who is answering: it is in the text, not a screen name;
 *   "a librarian from the 24/7 cooperative" identifies by "librarian" and the service;
 * - the cooperative answering for the patron's library: a question about the patron's home library before the source is
 *   a clarifying question (it shapes the answer: which catalogue, which databases);
 * - a referral to "your library" with its phone or URL in the same message passes; "stop by any branch" of the same
 *   library system is the same party, reached by the system's phone;
 * - the provider handing the question to the patron's library ("I'll pass this to Bellingham's local history staff and
 *   they will email you") is a promise of a follow-up ("someone from your library will contact you"), not a referral (the
 *   patron is not told to contact anyone);
 * - "Good luck with the paper!", "¡Mucha suerte en su examen! Hasta luego.", "Happy reading, and come back anytime!"
 *   say goodbye or invite back; a signature alone after an answer does not;
 * - the patron's "es todo", "nada más", "that's everything" say they are done; "thanks so much" alone does not;
 * - "lmk if that works for u" after the answer asks whether it meets the need (a question in chat-speak without "?");
 * - a book title named with its author is a named resource (a source).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Key, type Line, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const BETH = who('Beth Okafor', 'beth');

export const whole: SessionCase[] = [
  // ---- academic librarians from other states ------------------------------------------------------------------------
  {
    // reading: "a librarian from the 24/7 academic cooperative" + "I'm Priya" identifies; "Good luck with the paper" says goodbye
    name: 'APA for a TED talk: an Ohio academic librarian on the 24/7 cooperative, "not at your college", a question about the channel, Purdue OWL, "Does that cover what you needed?"',
    lines: [
      [0, 'p', 'hi how do i cite a youtube video in apa 7?? my prof is super picky'],
      [41, 'l', "Hi there! You're chatting with a librarian from the 24/7 academic cooperative. I'm Priya, at a university in Ohio, so I'm not at your college, but APA I can definitely help with."],
      [58, 'l', 'Is the video posted by a person, or by an organization like TED or a news outlet?'],
      [95, 'p', 'its a TED talk'],
      [130, 'l', 'Purdue OWL shows this exact case on its APA audiovisual page: owl.purdue.edu (search "APA YouTube"). The pattern is: TED. (2019, May 3). Title of talk [Video]. YouTube. URL. Does that cover what you needed?'],
      [171, 'p', "yes perfect that's all i needed thx"],
      [178, 'l', 'Glad it helped! Good luck with the paper 🙂'],
    ],
    exp: usual(),
  },
  {
    // failed before v22: "That decides which databases you can get into." read as a source, so the question came too late (V6 namedResource)
    name: 'teen sleep and screens: a Kent State librarian on the statewide chat picks up at 64 s, asks the school, checks Tri-C\'s databases (117 s hold), PsycInfo steps, asks in a second message',
    lines: [
      [0, 'p', 'I need 5 peer reviewed articles on sleep and screen time in teenagers for my psych class'],
      [64, 'l', "Hello! Thanks for using Ask a Librarian. My name's Tom and I'm a librarian at Kent State, covering the statewide chat tonight."],
      [75, 'l', 'Which school are you at? That decides which databases you can get into.'],
      [110, 'p', 'cuyahoga community college'],
      [119, 'l', 'Great, one sec while I check what Tri-C subscribes to.'],
      [236, 'l', 'OK, Tri-C has APA PsycInfo: go to tri-c.edu/library, then Databases A-Z, then APA PsycInfo. Try (sleep OR insomnia) AND ("screen time" OR smartphone) AND adolescen* and tick Peer Reviewed.'],
      [241, 'l', 'Is this the kind of thing you needed?'],
      [300, 'p', 'yes i got like 40 results. thats all i needed thank you'],
      [307, 'l', 'Great! Thanks for chatting, good luck with the paper.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: a signature in the text names who is answering
    name: 'a law librarian from another state signs "—K. Osei, Temple Law (24/7 coop)": eviction notice periods, the state asked, the statute and the legal aid hotline with its number',
    lines: [
      [0, 'p', 'my landlord gave me a paper saying i have to leave in 10 days is that legal'],
      [37, 'l', "Hello, I'm so sorry you're dealing with this. I'm a law librarian answering for the cooperative tonight; I can't give legal advice but I can find the law for you. Which state are you in? —K. Osei, Temple Law (24/7 coop)"],
      [70, 'p', 'pennsylvania, pittsburgh'],
      [78, 'l', 'Bear with me a moment while I pull up the statute.'],
      [160, 'l', "Pennsylvania's Landlord and Tenant Act, 68 P.S. § 250.501, sets the notice: 10 days for unpaid rent, 15 or 30 days for other reasons. The text is on the General Assembly site, legis.state.pa.us. For advice on your own notice, call Neighborhood Legal Services at 412-255-6700. Does that answer your question?"],
      [230, 'p', "yes it does. it was for rent. that's everything"],
      [236, 'l', 'Take care, and good luck. —K.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- terse and transactional --------------------------------------------------------------------------------------
  {
    name: 'terse contract staff: "Hello, Ask Us 24/7 librarian here." then "Which library system are you with?", the hours with the URL, "That answer it?", "Thx, bye."',
    lines: [
      [0, 'p', 'what time does the main branch close on sunday'],
      [22, 'l', 'Hello, Ask Us 24/7 librarian here.'],
      [25, 'l', 'Which library system are you with?'],
      [50, 'p', 'arlington public library va'],
      [80, 'l', 'Central Library: Sundays 1-5 pm, per library.arlingtonva.us/locations. That answer it?'],
      [95, 'p', 'yep thats all'],
      [99, 'l', 'Thx, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'terse: a passport question, the restated need, the State Department page, no completeness question, the patron "k thx", "Bye now."',
    lines: [
      [0, 'p', 'how much is a passport renewal'],
      [19, 'l', 'Hi - Marcus, cooperative librarian. Adult renewal by mail (DS-82), right?'],
      [44, 'p', 'ya'],
      [52, 'l', '$130, check payable to U.S. Department of State. Fees table: travel.state.gov/passport-fees.'],
      [66, 'p', 'k thx'],
      [70, 'l', 'Bye now.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- long and friendly, emoji ------------------------------------------------------------------------------------
  {
    // reading: book titles with their authors are named resources (sources); "Happy reading …, and come back anytime!" invites back
    name: 'Dog Man read-alikes from an Arizona evening librarian, emoji and "!!", two questions, three titles and NoveList K-8, "Do these sound like what you were hoping for?"',
    lines: [
      [0, 'p', 'my son is 8 and only reads dog man. what else would he like??'],
      [30, 'l', "Hiii! 👋 Welcome to Ask a Librarian! I'm Carmen, one of the cooperative's evening librarians (I'm in Arizona!). Ohh I LOVE this question!!"],
      [36, 'l', 'Does he like the funny part more, or the comic-book style? Or both? 😄'],
      [70, 'p', 'both lol. and he hates long chapters'],
      [118, 'l', 'Perfect!! Try "Investigators" by John Patrick Green, "Cat Kid Comic Club" by Dav Pilkey (the Dog Man author!) and "The Bad Guys" by Aaron Blabey 🐺. NoveList K-8 in your library\'s eResources has loads more read-alikes. Do these sound like what you were hoping for?'],
      [160, 'p', 'yes!! he has bad guys already but the others are new. thanks so much'],
      [170, 'l', 'Yay! 🎉 Anything else I can help you find tonight?'],
      [190, 'p', 'nope thats all'],
      [195, 'l', 'Happy reading to you both, and come back anytime! 📚'],
    ],
    exp: usual(),
  },
  {
    // failed before v22: "Did you find the one you remember?" read as no completeness question (V6 completeness)
    name: 'a chatty backup provider in three messages in a row: recipe for a 1950s church cookbook, the library asked, HathiTrust with the steps, "Did you find it?" after the patron looked',
    lines: [
      [0, 'p', 'Good evening! My late mother had a cookbook from her church in the 50s, Trinity Lutheran Moorhead. Is there any way to find a copy?'],
      [45, 'l', 'Good evening to you too! What a lovely thing to look for.'],
      [49, 'l', "I'm Grace, a librarian helping out on the Minnesota AskMN chat tonight (I work at a college library in Duluth)."],
      [55, 'l', 'Do you remember the title, or roughly which year? Church cookbooks often went through several editions.'],
      [101, 'p', 'I think it was "Favorite Recipes of Trinity" maybe 1956'],
      [109, 'l', 'Let me have a look in WorldCat and the digitized collections, one moment.'],
      [207, 'l', 'Found it, I think! HathiTrust has "Favorite recipes / Trinity Lutheran Church Women, Moorhead, Minn." (1955): go to catalog.hathitrust.org and search Trinity Lutheran Moorhead recipes. It is search-only there, but WorldCat shows a print copy at the Clay County Historical Society.'],
      [260, 'p', 'oh my goodness I see it!! 1955'],
      [266, 'l', 'Did you find the one you remember?'],
      [300, 'p', 'yes that is the one! that is all i needed, you made my night'],
      [306, 'l', 'That makes mine too! Thank you for chatting with us, and take good care. 💛'],
    ],
    exp: usual(),
  },
  // ---- Spanish and switching languages -----------------------------------------------------------------------------
  {
    // reading: "es todo" after "sí gracias" says the patron is done ("that's all")
    name: 'all in Spanish: a cooperative librarian "No trabajo en su biblioteca, pero con gusto le ayudo", the card\'s library asked, renewing in the catalog, "¿Le sirvió esta información?"',
    lines: [
      [0, 'p', 'Hola, necesito saber cómo renovar mis libros en línea'],
      [35, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio cooperativo Pregunte al Bibliotecario. No trabajo en su biblioteca, pero con gusto le ayudo. ¿De qué biblioteca es su tarjeta?'],
      [80, 'p', 'de la biblioteca de Houston'],
      [120, 'l', 'Puede renovar en el catálogo: entre a houstonlibrary.org, haga clic en "Mi cuenta", ponga su número de tarjeta y su PIN, y elija "Renovar". ¿Le sirvió esta información?'],
      [170, 'p', 'si gracias, es todo'],
      [176, 'l', '¡Con gusto! Que tenga buen día, y vuelva cuando quiera.'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron switches to Spanish, the provider follows: civics test, "Un momento, busco la página en español", USCIS in Spanish, "¿Esto es lo que buscaba?", "¿Hay algo más…?"',
    lines: [
      [0, 'p', 'hi i need help finding citizenship test practice'],
      [40, 'l', "Hello! I'm Rosa, a librarian with Ask Us Now. Are you studying for the civics test, the English reading and writing part, or both?"],
      [75, 'p', 'the civics. mi inglés no es muy bueno, puede escribir en español?'],
      [84, 'l', '¡Claro que sí! Un momento, busco la página en español.'],
      [150, 'l', 'USCIS tiene las 100 preguntas de educación cívica en español, con audio: uscis.gov/es/ciudadania/encuentre-materiales-de-estudio. ¿Esto es lo que buscaba?'],
      [200, 'p', 'si muchas gracias'],
      [205, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [240, 'p', 'no, nada más'],
      [245, 'l', '¡Mucha suerte en su examen! Hasta luego.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish provider, English patron: "Buenas noches / Good evening, soy Marisol", a bilingual answer about free tax help, the VITA locator, the patron leaves: check-in and notice in both languages (idle 200 s)',
    lines: [
      [0, 'p', 'where can i get my taxes done free? i make like 40k'],
      [28, 'l', 'Buenas noches / Good evening! Soy Marisol, librarian with the Ask a Librarian cooperative. What ZIP code are you in, so I can look for sites near you?'],
      [66, 'p', '78521'],
      [74, 'l', 'Free tax help (VITA) is for people earning up to about $67,000. The IRS locator lists sites near 78521: irs.treasury.gov/freetaxprep (type your ZIP). Does this help? / ¿Le sirve?'],
      [200, 'l', '¿Sigue ahí? Are you still there?'],
      [274, 'l', 'Parece que se desconectó. It looks like you got disconnected, so I will close the chat now. ¡Vuelva cuando quiera! Come back anytime.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- non-native English ------------------------------------------------------------------------------------------
  {
    // failed before v22: "The property card is helpful for now?" read as no completeness question (V6 completeness)
    // reading: "they will email you within 2 business days" after "I will pass your question to Bellingham Public Library" is a promise (someone from your library will contact you)
    name: 'non-native English, house history: "May I know which city?", holds, a partial result, the question passed to the home library who will email "within 2 business days", address confirmed, Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'I need the 1950 city directory, who lived at 412 Elm St? doing my house history'],
      [55, 'l', 'Good evening, this is Ngozi, librarian from the national cooperative, answering after hours for your library. May I know which city this is?'],
      [90, 'p', 'Bellingham WA'],
      [100, 'l', 'Please give me one moment, I am searching if it is digitised.'],
      [205, 'l', 'I am still looking, the directories of 1950 are not in the open collections I can see so far.'],
      [290, 'l', 'The Washington State Archives have the 1940s property record cards with photos, at digitalarchives.wa.gov (search 412 Elm Bellingham). The 1950 directory is only in print. I will pass your question to Bellingham Public Library and their staff will email you within 2 business days. Which email we should use?'],
      [330, 'p', 'rhouse1922@example.com'],
      [338, 'l', 'Thank you. I confirm rhouse1922@example.com. The Bellingham staff will write you within 2 business days. The property card is helpful for now?'],
      [370, 'p', "yes it's great, nothing else. thank you!"],
      [375, 'l', 'You are welcome. Have a nice evening!'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    name: 'non-native English, DMV: "You are looking the form for change address, correct?", the DMV page with steps, "This information is useful for you?", "Have a nice day ahead"',
    lines: [
      [0, 'p', 'how do I change my address on my drivers license in california'],
      [33, 'l', 'Hello and welcome! Myself Anil, reference librarian with the cooperative chat service. You are looking the form for change address on license only, correct? Or also car registration?'],
      [70, 'p', 'just license'],
      [80, 'l', 'You can do online on the DMV website: dmv.ca.gov, go to "Online Services" then "Change of Address". It is free and takes 5 minutes. This information is useful for you?'],
      [120, 'p', "yes that's all I needed"],
      [125, 'l', 'Thank you for contacting. Have a nice day ahead!'],
    ],
    exp: usual(),
  },
  // ---- signatures and "not your library" -----------------------------------------------------------------------------
  {
    // reading: "ask at any branch desk" is the same party as Spokane County Library District, reached by its phone and URL
    name: 'lost card: "-- Dana, Tacoma PL" on the statewide after-hours service, card number asked, sent to the Spokane district with its phone and URL',
    lines: [
      [0, 'p', 'lost my library card, how do I get a new one. spokane county'],
      [48, 'l', "Hi! I'm a librarian with the statewide Ask WA after-hours service, not at Spokane County itself, but I can point you the right way. -- Dana, Tacoma PL"],
      [62, 'l', 'Do you still know your card number, or is it gone entirely?'],
      [110, 'p', 'gone, dont know the number'],
      [125, 'l', "Then the district needs to look you up and print a new card. Call Spokane County Library District at 509-893-8200 when they open at 10, or ask at any of their branch desks with a photo ID. Their card page: scld.org/get-a-card. Does that answer your question?"],
      [160, 'p', 'ok thanks thats everything'],
      [166, 'l', "You're welcome, take care! -- Dana"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'book donations: "I\'m not at your library but I can help", the Friends of the Library with their e-mail, the patron says done, signature and thanks',
    lines: [
      [0, 'p', 'does the library take book donations? i have like 6 boxes. poudre river'],
      [31, 'l', "Hey there, thanks for reaching out! I'm Jess, a librarian on the after-hours cooperative. I'm not at your library but I can help. Are they mostly adult books, kids' books, or textbooks?"],
      [74, 'p', 'mostly adult fiction and some cookbooks'],
      [83, 'l', 'Poudre River Public Library District takes those for the Friends of the Library book sale. For 6 boxes, email the Friends first at friends@prpld.org so they can set a drop-off time; the donation guidelines are at poudrelibraries.org/donate. Does that help?'],
      [130, 'p', 'yes that helps, that is all i needed'],
      [135, 'l', 'Awesome, thanks for chatting! ~Jess'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- follow-ups handed to the home library -------------------------------------------------------------------------
  {
    name: 'obituary from 1987: the Iowa AskAway provider finds the index entry, will e-mail the scan "by Friday afternoon", address repeated, Follow-up by me',
    lines: [
      [0, 'p', "looking for my grandpa's obituary, died march 1987 in Dubuque iowa. name Harold Kleinschmidt"],
      [45, 'l', "Good afternoon, you've reached the Iowa AskAway service; my name is Farid and I'm answering from Ames today. Do you know which paper it might have been in, the Telegraph Herald?"],
      [80, 'p', 'probably yes'],
      [88, 'l', 'Let me look in the indexes I can reach. One moment please.'],
      [190, 'l', "The Carnegie-Stout Library obituary index lists Harold Kleinschmidt, Telegraph Herald, March 14, 1987, page 6A (dubuquelibrary.org/obituaries). I'd need to request the microfilm scan to send it to you, which I can do by Friday. Would email work? What address?"],
      [240, 'p', 'yes. kleinschmidt.jan@example.org'],
      [246, 'l', "Thanks, that's kleinschmidt.jan@example.org. I'll email the scan by Friday afternoon. Does the index entry help in the meantime?"],
      [290, 'p', "yes a lot! that's all, thank you"],
      [296, 'l', 'My pleasure, take care!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'interlibrary loan beyond a backup provider: the home library will call the patron "tomorrow before noon", phone repeated, Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'Can I get a book from another library? Its called "The Wager" and mine has a 40 person waitlist'],
      [27, 'l', "Hello! This is Pat, a backup librarian for the Cuyahoga County chat. Do you need it by a certain date, or just sooner than the waitlist?"],
      [66, 'p', 'by the 15th for book club'],
      [74, 'l', 'CLEVNET libraries show copies on the shelf at Akron and Medina: search "The Wager Grann" at cuyahogalibrary.org and choose "Request from another library". Is that what you were after?'],
      [130, 'p', 'it says I cant because my card is blocked?'],
      [138, 'l', "Ah, that's an account issue I can't see from here. I'll send this to the Parma branch and someone will call you tomorrow before noon to sort the block out. What is the best number?"],
      [170, 'p', '440 555 0163'],
      [176, 'l', 'Got it, 440-555-0163. Parma staff will call tomorrow before noon. Anything else tonight?'],
      [205, 'p', 'no thats all thanks'],
      [210, 'l', 'Have a great night!'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    // the when is missing: followup.contact fails even though the session is friendly
    name: 'Spanish follow-up without a when: "alguien de su biblioteca le escribirá", e-mail repeated, Follow-up by patron\'s library: contact fails',
    lines: [
      [0, 'p', 'Buenas, busco el formulario para pedir un libro que no tiene mi biblioteca'],
      [40, 'l', 'Buenas tardes, le atiende Diego, bibliotecario del servicio cooperativo. ¿Cuál es su biblioteca?'],
      [70, 'p', 'Biblioteca Pública de Yuma'],
      [78, 'l', 'El formulario de préstamo interbibliotecario está en yumalibrary.org/ill. ¿Le sirve?'],
      [120, 'p', 'no me abre la página'],
      [128, 'l', 'Entonces paso su solicitud a la biblioteca de Yuma y alguien de su biblioteca le escribirá. ¿Me da su correo?'],
      [160, 'p', 'rosa.m.yuma@example.com'],
      [166, 'l', 'Gracias, rosa.m.yuma@example.com. ¿Algo más?'],
      [190, 'p', 'no, es todo'],
      [195, 'l', '¡Que le vaya bien!'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  // ---- timing near the thresholds ----------------------------------------------------------------------------------
  {
    name: 'picked up at exactly 60 s by a contract librarian, a hold, a still-looking at 118 s, the answer 119 s later: all timing passes',
    lines: [
      [0, 'p', 'hi do you have anything on the history of the erie canal for a 4th grader'],
      [60, 'l', 'Hi, welcome! This is Renee, a librarian with the cooperative. Is it for a report or just for fun?'],
      [84, 'p', 'report due friday'],
      [92, 'l', 'Hang tight, checking what your library has for kids.'],
      [210, 'l', 'Still checking, a couple more minutes!'],
      [329, 'l', '"The Erie Canal" by Martin Hintz (True Book series) is on the shelf at your Central branch, call number J 386.48 HIN, and Kids InfoBits in the library\'s databases has a short article with a map. Will those work for the report?'],
      [360, 'p', 'yes thanks thats all'],
      [364, 'l', 'Good luck on the report, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'picked up at 61 s; a hold, then 124 s of silence before the answer: pickup and keep_informed fail, the rest a good session',
    lines: [
      [0, 'p', 'can u tell me the population of fargo nd in 1900'],
      [61, 'l', 'Hi! Kenji here, librarian on the after-hours chat. Fargo city, or Cass County?'],
      [80, 'p', 'city'],
      [88, 'l', 'Checking the census tables, one moment.'],
      [212, 'l', '9,589 people, per the 1900 census table for North Dakota (census.gov, "1900 Census: Population, Part 1", table 6). Does that answer it?'],
      [240, 'p', 'perfect thats all i needed'],
      [245, 'l', 'Take it easy!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    // the answer is given, the patron never answers; the provider says goodbye at 118 s without asking: idle na (under 120)
    name: 'the patron goes quiet after the answer; the provider\'s goodbye 118 s later ends the idle: idle and disconnect na',
    lines: [
      [0, 'p', 'is the library open on veterans day'],
      [25, 'l', 'Hello, you are chatting with Ama, a librarian from the cooperative. Which library do you use?'],
      [50, 'p', 'Anne Arundel'],
      [62, 'l', 'AACPL branches are closed Monday November 11 for Veterans Day; holiday hours are at aacpl.net/hours. Does that help?'],
      [180, 'l', 'Thanks for chatting with us, have a good week!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- a transfer to the home library ------------------------------------------------------------------------------
  {
    name: 'the cooperative\'s backup librarian cannot see accounts, tells Beth at the home library why, tells the patron, transfers; Beth clears the fine and asks "Does that take care of it?"',
    lines: [
      [0, 'p', 'why do i have a $15 fine on my account i returned everything'],
      [33, 'l', "Hi there, I'm Alex, a backup librarian with the cooperative. I'm not at your library so I can't see accounts. Which library is your card from?"],
      [60, 'p', 'frederick county'],
      [70, 'i', 'Hi Beth, Frederick patron asking about a $15 charge, needs someone with account access. Can you take it?'],
      [85, 'l', "Good news, a Frederick County librarian is online. I'm transferring you to her now, just a moment."],
      [90, 's', 'Chat transferred to Beth Okafor', sys('transfer', 'beth')],
      [112, 'l', "Hello, this is Beth at Frederick County Public Libraries. That $15 was a lost-item charge for The Women, but it was checked in at Urbana this afternoon, so I've removed it. My Account at fcpl.org should show $0. Does that take care of it?", BETH],
      [150, 'p', 'yes it says 0. thats all i needed, thx!'],
      [156, 'l', "You're welcome! Have a good night.", BETH],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  // ---- other platforms' scripts --------------------------------------------------------------------------------------
  {
    name: 'a platform\'s scripted sign-on as the provider\'s first message ("You are now chatting with a QuestionPoint librarian"), then the question asked, the answer, "Was this helpful?"',
    lines: [
      [0, 'p', 'what is the call number area for knitting books'],
      [20, 'l', 'Welcome to QuestionPoint. You are now chatting with a librarian from the 24/7 Reference Cooperative.'],
      [29, 'l', 'Are you looking in a public library (Dewey) or a college library (Library of Congress)?'],
      [60, 'p', 'public'],
      [66, 'l', 'Knitting is at 746.432 in Dewey; your library\'s catalog will show the exact shelf if you search "knitting". Was this helpful?'],
      [90, 'p', 'yes! that is all'],
      [95, 'l', 'Thank you for using the 24/7 Reference Cooperative. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a provider who greets in the second message: "one sec, reading your question" first (a hold), then "Hi! Sorry, I\'m Dev from Ask a Librarian NJ"',
    lines: [
      [0, 'p', 'I need the NJ minimum wage for 2025 for a report'],
      [18, 'l', 'one sec, reading your question'],
      [30, 'l', "Hi! Sorry, I'm Dev from Ask a Librarian NJ (I'm at Rutgers). Is it the general rate, or for seasonal or small employers too?"],
      [62, 'p', 'just the general one'],
      [70, 'l', '$15.49 an hour from January 1, 2025, per the NJ Department of Labor: nj.gov/labor/wageandhour. Does that answer your question?'],
      [100, 'p', 'yes that is everything thank you'],
      [105, 'l', 'Anytime! Bye.'],
    ],
    exp: usual(),
  },
  {
    // a good session that still misses things: no question before the source, no completeness question; the patron ends with only thanks
    name: 'a hurried provider: greeting and name, the answer with the source straight away, a "come back anytime" goodbye: clarify, completeness and anything_else fail',
    lines: [
      [0, 'p', 'whats the phone number for the minneapolis central library'],
      [15, 'l', "Hi, this is Lena with AskMN. Minneapolis Central (Hennepin County Library) is 612-543-8000, and hours are at hclib.org/locations. Come back anytime!"],
      [40, 'p', 'thanks'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  // ---- a third batch of whole sessions, written before running them ------------------------------------------------
  {
    // reading: "Were you able to follow the steps?" after the steps asks whether what was given works for the patron
    name: 'contract staff script: "Good day! Thank you for reaching Ask Us Now. This is Ria.", "May I know…", "Kindly check this link", "Is there anything else…", "Have a great day ahead and keep safe!"',
    lines: [
      [0, 'p', 'hello how can i download audiobooks from the library'],
      [26, 'l', 'Good day! Thank you for reaching Ask Us Now. This is Ria. How may I assist you today?'],
      [31, 'l', 'May I know which county library issued your card, and what device you will be using?'],
      [70, 'p', 'baltimore county, iphone'],
      [79, 'l', 'Kindly check this link: bcpl.info/ebooks. Install the Libby app, tap "Add a library", search Baltimore County Public Library and sign in with your card number and PIN. Audiobooks are under "Explore". Were you able to follow the steps?'],
      [160, 'p', 'yes got it working now'],
      [166, 'l', 'Great! Is there anything else I can help you with?'],
      [190, 'p', 'no thank you'],
      [195, 'l', 'Thank you for chatting with us. Have a great day ahead and keep safe!'],
    ],
    exp: usual(),
  },
  {
    name: 'a Canadian provider on the cooperative ("AskAway librarian, in Victoria BC"), colour and eh, a graphic novel for school, a hold, the catalogue, "Does that do the trick?"',
    lines: [
      [0, 'p', 'hey i need a graphic novel about the holocaust for english class, not maus bc everyone picked maus'],
      [33, 'l', "Hey there! I'm Brendan, an AskAway librarian in Victoria BC, helping out with the cooperative tonight. Good call avoiding the popular one, eh. Does it have to be nonfiction, or is historical fiction okay?"],
      [72, 'p', 'either'],
      [80, 'l', 'Give me a minute to check a couple of lists.'],
      [176, 'l', 'Try "Hidden: A Child\'s Story of the Holocaust" by Loïc Dauvillier (full colour, short), or "Irena" by Jean-David Morvan, about Irena Sendler. Search the titles in your library\'s catalogue to see which branch has them. Does that do the trick?'],
      [230, 'p', 'ya irena looks good. thats all thanks!'],
      [235, 'l', 'Good luck with the essay, cheers!'],
    ],
    exp: usual(),
  },
  {
    name: 'a Lost Call: the patron asks and vanishes; greeting, a check-in at 130 s, a notice that closes and invites back at 220 s, coded Lost Call: info checks na',
    lines: [
      [0, 'p', 'what forms do i need to file taxes for my moms estate'],
      [30, 'l', 'Hi, this is Sam, a librarian with the after-hours cooperative.'],
      [160, 'l', 'Are you still there?'],
      [250, 'l', "It seems you've left the chat, so I'll close it now. Feel free to start a new chat anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'terse chat-speak provider: "hi, AskAway librarian here", "ur at UBC right?", the guide, "that help?", "np, ty for using AskAway!"',
    lines: [
      [0, 'p', 'how do i find a thesis from ubc from like 2005'],
      [21, 'l', 'hi, AskAway librarian here'],
      [24, 'l', 'ur at UBC right? or another school?'],
      [47, 'p', 'yes ubc'],
      [55, 'l', 'UBC theses are all in cIRcle, open access: open.library.ubc.ca, filter Collection = "UBC Theses and Dissertations" and year 2005. that help?'],
      [90, 'p', 'yep found it, thats all i needed'],
      [94, 'l', 'np, ty for using AskAway!'],
    ],
    exp: usual(),
  },
  {
    name: 'an engineering librarian covering the cooperative signs "Best, Amal Haddad, Subject Librarian (Engineering)": ASTM standard, the patron\'s school asked, ASTM Compass, "Is that what you need?"',
    lines: [
      [0, 'p', 'Hi, I need ASTM D638 for a lab report (tensile properties of plastics). Where can I get it without paying $80?'],
      [38, 'l', "Hello and thanks for your question! I'm covering the cooperative's chat for the evening. Which university are you at? Access to standards depends on your library's subscription. Best, Amal Haddad, Subject Librarian (Engineering)"],
      [80, 'p', 'Georgia Tech'],
      [88, 'l', 'One moment while I check their A-Z list.'],
      [170, 'l', 'Georgia Tech subscribes to ASTM Compass: from library.gatech.edu choose Databases, then ASTM Compass, log in with your GT account, and search D638. Is that what you need?'],
      [215, 'p', 'Yes, downloading it now. Thats all, thank you!'],
      [221, 'l', 'Wonderful, good luck with the lab report! Best, Amal'],
    ],
    exp: usual(),
  },
  {
    name: 'English to Spanish mid-session; the home library will call "el lunes antes del mediodía", phone repeated, Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'hi my son needs a tutor for math, does the library have that'],
      [29, 'l', "Hi! I'm Elena, a librarian with Ask a Librarian, the statewide cooperative. What grade is he in, and which library do you go to?"],
      [60, 'p', '7th grade, fresno county. puedo escribir en español?'],
      [67, 'l', '¡Por supuesto! Brainfuse HelpNow tiene tutores en vivo de matemáticas, gratis con su tarjeta: fresnolibrary.org/helpnow. ¿Le sirve eso?'],
      [120, 'p', 'si pero quiero algo en persona'],
      [128, 'l', 'Entiendo. No sé qué sucursal tiene tutoría en persona; le paso la pregunta a la biblioteca del condado de Fresno y alguien le llamará el lunes antes del mediodía. ¿A qué número?'],
      [165, 'p', '559 555 0142'],
      [171, 'l', 'Gracias, 559-555-0142. Le llaman el lunes antes del mediodía. ¿Algo más?'],
      [200, 'p', 'no es todo gracias'],
      [205, 'l', '¡De nada! Que tenga buena noche.'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    // reading: "Please contact the Local History Room at your library, localhistory@sfpl.org" tells the patron to write to a department of their own library, with its e-mail
    name: 'a backup provider hands a photo question to the patron\'s own library\'s history room with its e-mail; a hold with a partial result; the patron says that is everything',
    lines: [
      [0, 'p', 'looking for old photos of my grandparents store on mission st in the 1940s, san francisco'],
      [44, 'l', "Hello! You're chatting with Noor, a librarian from the 24/7 cooperative. I'm not at SFPL but I'll see what I can find. Do you know the address or the store's name?"],
      [90, 'p', '2290 mission, it was called Ortega Market'],
      [99, 'l', 'Thanks! Searching the digitized collections now.'],
      [190, 'l', "The SFPL Historical Photograph Collection has several 1940s Mission Street views at sfpl.org/historical-photos (search 'Mission Street 1940'), still looking for the exact block."],
      [290, 'l', "I don't see 2290 itself online. Please contact the San Francisco History Center at your library, info@sfpl.org or 415-557-4567; their staff can check the undigitized files. Does this help?"],
      [340, 'p', "yes that covers it, that's everything I needed. thank you so much"],
      [346, 'l', 'You are very welcome! Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

/** Short cases: the checks each is about. */
const Q: Line = [0, 'p', 'hi, how do i get an e-card at my library?'];
const ASKED: Line[] = [Q, [20, 'l', 'Hi, this is Jo, a librarian with the cooperative. Which library do you use?'], [45, 'p', 'Springfield City Library']];
const ANSWER = 'Springfield has an online e-card form at springfieldlibrary.org/ecard.';

export const short: SessionCase[] = [
  // ---- greetings and self-identification ---------------------------------------------------------------------------
  {
    name: '"Hey there 👋 You\'re chatting with a librarian from the 24/7 cooperative." greets and identifies',
    lines: [Q, [18, 'l', "Hey there 👋 You're chatting with a librarian from the 24/7 cooperative."], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good morning! I\'m not at your library, but I can help. I\'m a reference librarian in Denver." greets and identifies',
    lines: [Q, [18, 'l', "Good morning! I'm not at your library, but I can help. I'm a reference librarian in Denver."], [45, 'p', 'ok Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Buenas tardes, le atiende Marisol, bibliotecaria de la cooperativa." greets and identifies',
    lines: [[0, 'p', '¿cómo saco una tarjeta electrónica?'], [18, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de la cooperativa. ¿De qué biblioteca es usted?'], [45, 'p', 'Springfield'], [50, 'l', 'El formulario está en springfieldlibrary.org/ecard. ¿Le sirve?'], [70, 'p', 'sí, es todo'], [74, 'l', '¡Adiós!']],
    exp: some({ greeting: 'pass', clarify: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Hello from the after-hours team at Ask a Librarian Delaware!" greets and names the service',
    lines: [Q, [18, 'l', 'Hello from the after-hours team at Ask a Librarian Delaware!'], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: a signature in the text names who is answering
    name: 'a greeting and a signature only: "Hi! Happy to help with that. -- Dana, Tacoma PL" identifies',
    lines: [Q, [18, 'l', 'Hi! Happy to help with that. -- Dana, Tacoma PL'], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hi! Happy to help with that." and "Which library do you use?" name nobody: greeting fails',
    lines: [Q, [18, 'l', 'Hi! Happy to help with that.'], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Kia ora! Aroha here, I\'m on the AnyQuestions librarian roster tonight" greets and identifies',
    lines: [Q, [18, 'l', "Kia ora! Aroha here, I'm on the AnyQuestions librarian roster tonight. Which library do you belong to?"], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  {
    name: '"Quick q: is this for school or personal?" before the source clarifies',
    lines: [[0, 'p', 'looking for info on the dust bowl'], [20, 'l', 'Hi, Jo with the cooperative here. Quick q: is this for school or personal?'], [45, 'p', 'school, 8th grade'], [52, 'l', 'The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Just so I have it right: you want the 2020 (11th) edition, not the 10th?" restates before the source',
    lines: [[0, 'p', 'need the ama style manual newest'], [20, 'l', 'Hi, Jo with the cooperative here. Just so I have it right: you want the 2020 (11th) edition, not the 10th?'], [45, 'p', 'yes 11th'], [52, 'l', 'The AMA Manual of Style, 11th ed., is online at amamanualofstyle.com through most medical libraries. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'non-native "You want the book or the ebook, which one you prefer?" asks about the format before the source',
    lines: [[0, 'p', 'do u have the new john grisham'], [20, 'l', 'Hello, Jo from cooperative here. You want the book or the ebook, which one you prefer?'], [45, 'p', 'ebook'], [52, 'l', 'It is in Libby, search "The Widow" at your library\'s OverDrive page springfield.overdrive.com. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  // ---- holds -------------------------------------------------------------------------------------------------------
  {
    // a hold is not the start of waiting on the patron: the final idle starts at the answer (100 s before the goodbye): na
    name: '"Dame un momento, lo estoy buscando." is a hold: the final idle starts at the answer, idle na',
    lines: [[0, 'p', '¿tienen libros de cocina vegana?'], [20, 'l', 'Hola, soy Jo, bibliotecaria de la cooperativa. ¿En español o en inglés?'], [45, 'p', 'en español'], [55, 'l', 'Dame un momento, lo estoy buscando.'], [150, 'l', '"Cocina vegana" de Toni Rodríguez está en el catálogo, springfieldlibrary.org. ¿Le sirve?'], [250, 'l', '¡Gracias por escribirnos, hasta pronto!']],
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }),
  },
  {
    name: '"gimme a sec to dig 🔍" is a hold: the 130 s after it leave the patron waiting, keep_informed fails',
    lines: [[0, 'p', 'whats the oldest newspaper in ohio'], [20, 'l', 'Hi, Jo on the cooperative chat. Still published, or ever?'], [45, 'p', 'ever'], [50, 'l', 'gimme a sec to dig 🔍'], [180, 'l', 'The Centinel of the North-Western Territory, Cincinnati, 1793, per Ohio Memory (ohiomemory.org). Did that help?'], [200, 'p', 'yes thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'non-native "Kindly hold on, I am checking the catalogue for you" then 125 s: keep_informed fails',
    lines: [[0, 'p', 'is there a biography of wangari maathai'], [20, 'l', 'Hello, Jo with the cooperative. For adults or for children?'], [45, 'p', 'adults'], [50, 'l', 'Kindly hold on, I am checking the catalogue for you.'], [175, 'l', '"Unbowed", her memoir, is in the catalog at springfieldlibrary.org. Did that help?'], [200, 'p', 'yes thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  // ---- sources -------------------------------------------------------------------------------------------------------
  {
    name: 'non-native "You can find in the website of DMV, dmv.ca.gov, section Real ID" gives a source',
    lines: [[0, 'p', 'what documents for real id'], [20, 'l', 'Hello, Jo from cooperative here. In California?'], [45, 'p', 'yes'], [52, 'l', 'You can find in the website of DMV, dmv.ca.gov, section Real ID, the full list of documents. It helps?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Try Gale Legal Forms from your library\'s eResources page" names a database: source passes',
    lines: [[0, 'p', 'i need a blank power of attorney form for texas'], [20, 'l', 'Hi, Jo with the cooperative. Financial or medical?'], [45, 'p', 'financial'], [52, 'l', "Try Gale Legal Forms from your library's eResources page; it has the Texas Statutory Durable Power of Attorney. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  // ---- completeness --------------------------------------------------------------------------------------------------
  {
    name: '"Did this answer everything? 😊" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did this answer everything? 😊`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"¿Le fue útil?" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le fue útil?`], [80, 'p', 'sí, es todo'], [84, 'l', '¡Adiós!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "lmk if that works for u" after the answer asks whether it meets the need
    name: 'chat-speak "lmk if that works for u" after the answer asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} lmk if that works for u`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Was that the sort of thing you were after?" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Was that the sort of thing you were after?`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // failed before v22: the bare "Did it?" asked nothing to the scorer (V6 `hopeAskedV6`)
    name: '"Hope that helps! Did it? 🙂" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Hope that helps! Did it? 🙂`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Hope that helps!" alone asks nothing: completeness fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} Hope that helps!`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- anything else -------------------------------------------------------------------------------------------------
  {
    name: '"Anything else on your list tonight?" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes'], [84, 'l', 'Anything else on your list tonight?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"¿Necesita algo más?" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'sí'], [84, 'l', '¿Necesita algo más?'], [100, 'p', 'no'], [104, 'l', '¡Adiós!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Is there anything more I can look up for you?" asks',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes'], [84, 'l', 'Is there anything more I can look up for you?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- check-ins and disconnect notices ------------------------------------------------------------------------------
  {
    name: '"Still with me? 🙂" checks in; "Looks like you\'ve stepped away, so I\'ll close this chat, but you\'re welcome to start a new one anytime!" is a notice',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [180, 'l', 'Still with me? 🙂'], [240, 'l', "Looks like you've stepped away, so I'll close this chat, but you're welcome to start a new one anytime!"]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: '"¿Sigue ahí?" checks in; "Parece que se ha desconectado; voy a cerrar el chat. ¡Vuelva cuando guste!" is a notice',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [180, 'l', '¿Sigue ahí?'], [240, 'l', 'Parece que se ha desconectado; voy a cerrar el chat. ¡Vuelva cuando guste!']],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'non-native "Are you still there with me?" and "Seems you are disconnected, I will end the chat now. Thank you for contacting." pass',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [180, 'l', 'Are you still there with me?'], [240, 'l', 'Seems you are disconnected, I will end the chat now. Thank you for contacting.']],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: '"I\'ll forward this to the reference team at Springfield City Library; someone there will email you … by Wednesday" with the address repeated: contact passes',
    lines: [...ASKED, [52, 'l', "I can't see your account from here. I'll forward this to the reference team at Springfield City Library; someone there will email you by Wednesday. What's your email?"], [80, 'p', 'lee.w@example.net'], [86, 'l', 'Thanks, lee.w@example.net. Expect their note by Wednesday.'], [100, 'p', 'thats all thanks'], [104, 'l', 'Bye!']],
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: the same hand-off with no when: contact fails',
    lines: [...ASKED, [52, 'l', "I can't see your account from here. I'll forward this to the reference team at Springfield City Library and someone there will email you. What's your email?"], [80, 'p', 'lee.w@example.net'], [86, 'l', 'Thanks, lee.w@example.net.'], [100, 'p', 'thats all thanks'], [104, 'l', 'Bye!']],
    over: FU_LIB,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a promise in the chat ("your library\'s staff will text you Monday") but the code left Answered: code fails',
    lines: [...ASKED, [52, 'l', "Springfield's staff will have to reset that; I'll pass it on and they'll text you Monday morning. Best number?"], [80, 'p', '413 555 0190'], [86, 'l', 'Got it, 413-555-0190, Monday morning.'], [100, 'p', 'thats all thanks'], [104, 'l', 'Bye!']],
    exp: some({ contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  {
    name: '"The Allen County Public Library Genealogy Center …: visit at 900 Library Plaza, Fort Wayne, or call 260-421-1225" refers with a contact',
    lines: [[0, 'p', 'how do i start researching my family tree'], [20, 'l', 'Hi, Jo with the cooperative. Do you know your grandparents\' names and where they lived?'], [45, 'p', 'yes, all in indiana'], [52, 'l', "FamilySearch.org is free and strong on Indiana records. The Allen County Public Library Genealogy Center is the big one in Indiana: visit at 900 Library Plaza, Fort Wayne, or call 260-421-1225. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"I\'d suggest reaching out to your home library\'s ILL desk at ill@denverlibrary.org" refers with a contact',
    lines: [...ASKED, [52, 'l', "For the article itself, I'd suggest reaching out to your home library's ILL desk at ill@denverlibrary.org; the request form is on denverlibrary.org too. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "You\'ll want to check with your home library\'s ILL desk about that." gives no way to reach it: referral fails',
    lines: [...ASKED, [52, 'l', "For the article itself, you'll want to check with your home library's ILL desk about that. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  // ---- goodbyes --------------------------------------------------------------------------------------------------------
  {
    name: '"Take care now, bye-bye! 👋" is a goodbye',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Take care now, bye-bye! 👋']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Gracias por usar nuestro servicio. ¡Hasta pronto!" is a goodbye',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Gracias por usar nuestro servicio. ¡Hasta pronto!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Cheers, all the best with the move!" is a goodbye',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Cheers, all the best with the move!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: a signature alone is no goodbye; the answer before it none either
    name: 'near miss: the answer and then a bare signature "-- Dana, Tacoma PL": courteous fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', '-- Dana, Tacoma PL']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Thanks for stopping by the chat, Dana (Tacoma PL)" thanks the patron: courteous passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks for stopping by the chat! Dana (Tacoma PL)']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- a second batch, written before running it ------------------------------------------------------------------
  {
    // reading: "Nice chatting with you!" at the end is a parting formula: it says goodbye
    // failed before v22: no goodbye to the scorer (V6 farewell)
    name: '"Nice chatting with you! 😊" at the end says goodbye: courteous passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Nice chatting with you! 😊']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Glad I could help!" alone neither thanks, says goodbye nor invites back: courteous fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [80, 'p', 'yes thats all'], [84, 'l', 'Glad I could help!']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"hey hey, this is Mo on the after-hours desk" greets and names the provider',
    lines: [Q, [18, 'l', 'hey hey, this is Mo on the after-hours desk. which library do u use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: '"Hi, you\'ve got Pat from the backup crew." greets and names the provider',
    lines: [Q, [18, 'l', "Hi, you've got Pat from the backup crew."], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good evening, my name is Olu and I will be assisting you tonight." greets and names the provider',
    lines: [Q, [18, 'l', 'Good evening, my name is Olu and I will be assisting you tonight.'], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Howdy! Jake from Ask Texas Libraries here." greets and names the provider and the service',
    lines: [Q, [18, 'l', 'Howdy! Jake from Ask Texas Libraries here.'], [22, 'l', 'Which library do you use?'], [45, 'p', 'Springfield'], [50, 'l', `${ANSWER} Did that help?`], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Since I haven\'t heard back, I\'ll go ahead and close the chat. Feel free to reach out again!" after "Are you there?": check-in and notice pass',
    lines: [...ASKED, [52, 'l', `${ANSWER} Did that help?`], [175, 'l', 'Are you there?'], [236, 'l', "Since I haven't heard back, I'll go ahead and close the chat. Feel free to reach out again!"]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: '"I\'ve passed this on to your library and a staff member will reach out by Thursday" with the phone repeated, Follow-up by patron\'s library: contact passes, no referral',
    lines: [...ASKED, [52, 'l', "I've passed this on to your library and a staff member will reach out to you by Thursday. Is a phone number best?"], [80, 'p', 'yes 413-555-0118'], [86, 'l', 'Thanks, 413-555-0118, by Thursday then.'], [100, 'p', 'thats all thanks'], [104, 'l', 'Bye!']],
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass', referral: 'na' }),
  },
  {
    name: '"Please get in touch with your own library, Springfield City Library, at 413-263-6828." refers with a contact',
    lines: [...ASKED, [52, 'l', "Account questions have to go to them: please get in touch with your own library, Springfield City Library, at 413-263-6828. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- V6's changes (rubric v22) and the near misses that guard them --------------------------------------------------
  {
    // V6 namedResource: "which databases" names none, so the question in the same message is before any source
    name: '"Which school are you at? That decides which databases you can get into." asks before any source: clarify passes',
    lines: [[0, 'p', 'need articles on tiny houses'], [20, 'l', 'Hi, Jo with the cooperative. Which college are you at? That decides which databases you can get into.'], [45, 'p', 'Mesa CC'], [52, 'l', 'Mesa has Academic Search Complete on its library page, mesacc.edu/library. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // near miss for V6 namedResource: "your library's databases page" still names a page to use
    name: 'near miss: "Not sure which databases to try? Your library\'s databases page lists them by subject." still gives a source',
    lines: [[0, 'p', 'need articles on tiny houses'], [20, 'l', "Hi, Jo with the cooperative. Not sure which databases to try? Your library's databases page lists them by subject."], [45, 'p', 'ok thanks thats all'], [52, 'l', 'Bye!']],
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  {
    // near miss for V6 completeness "did you find the one …": a question about the patron's past, after the source
    name: 'near miss: "Did you find the one you remember at an estate sale, or was it your mother\'s?" after the record asks about the patron: completeness fails',
    lines: [[0, 'p', 'looking for an old church cookbook from the 50s'], [20, 'l', 'Hi, Jo with the cooperative. Which church?'], [45, 'p', 'Trinity Lutheran Moorhead'], [52, 'l', "HathiTrust has their 1955 cookbook: catalog.hathitrust.org, search Trinity Lutheran Moorhead. Did you find the one you remember at an estate sale, or was it your mother's?"], [80, 'p', 'my moms. thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for V6 completeness "… is helpful for now?": a statement, no "?" after it
    name: 'near miss: "The property card is helpful for now, and I will ask Bellingham about the directory." states: completeness fails',
    lines: [[0, 'p', 'who lived at 412 elm st bellingham in 1950'], [20, 'l', 'Hi, Jo with the cooperative. Is it for a house history?'], [45, 'p', 'yes'], [52, 'l', 'The state archives have its property record card at digitalarchives.wa.gov. The property card is helpful for now, and I will ask Bellingham about the directory.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for V6 farewell "nice chatting with you": not ending the sentence
    name: 'near miss: "It was nice chatting with you last week about the census; did the microfilm arrive?" says no goodbye: courteous fails',
    lines: [[0, 'p', 'hi its me again about the 1950 census'], [20, 'l', 'Hi, Jo with the cooperative again. Which county was it?'], [45, 'p', 'Whatcom'], [52, 'l', 'The 1950 census is searchable at 1950census.archives.gov. Did that help?'], [80, 'p', 'yes'], [84, 'l', 'It was nice chatting with you last week about the census; did the microfilm arrive?']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // V6 `hopeAskedV6`, one sentence with a comma
    name: '"Hope this works, does it?" asks: completeness passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} Hope this works, does it?`], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for `hopeAskedV6`: a bare "Did it?" after something other than the hope
    name: 'near miss: "Your card may have expired. Did it?" asks about the card, not the answer: completeness fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} Your card may have expired. Did it?`], [80, 'p', 'no. thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-first round (V6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V6): other services\' providers, every check', whole);
describeSessions('twenty-first round (V6): other services\' providers, short cases', short);

describeLeft('twenty-first-round-voices', LEFT);
