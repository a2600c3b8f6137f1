/**
 * Third round, the opening-to-closing checks: approachability.greeting, interest.keep_informed
 * (hold messages), inquiry.clarify, info.source, followup.completeness, closing.anything_else.
 * Whole sessions in styles neither the devset nor unseen-styles / real-service-styles cover:
 * academic LibChat, the 24/7 cooperative's partner librarians, SMS reference, providers who type
 * in short bursts or with typos, ALL CAPS, emoji, teen and ESL patrons, several questions in one
 * session, patrons who answer the clarifying question before it is asked, odd macros, British /
 * Australian / Canadian English, Spanish and code-switching, and negative cases that contain the
 * words but not the behaviour. Then tables of phrasings, each dropped into one session built so
 * that missing the behaviour changes the status. The statuses are what a literal reader of
 * RUBRIC.md would give; only the checks each case is about are listed.
 */
import { describe, expect, it } from 'vitest';
import type { CheckId, Message } from '@askqa/contract';
import { chat, describeSessions, score, type Line, type SessionCase } from './helpers';

const KRIS: Partial<Message> = { author: 'Kris L.', authorId: 'kris' };
const SCREEN: Partial<Message> = { author: 'Librarian Kim', authorId: 'kim' };

const cases: SessionCase[] = [
  // ---- academic chat (LibChat / LibAnswers) --------------------------------------------------
  {
    name: 'LibChat: greeting and introduction in two bursts, a database path, "Did that get you what you needed?", "anything further"',
    lines: [
      [0, 'p', 'Hi I need scholarly articles on microplastics in the chesapeake bay for ENVS 350'],
      [15, 'l', 'Hi there!'],
      [20, 'l', "I'm a research librarian at Salisbury University Libraries."],
      [30, 'l', 'Do you need only peer-reviewed articles, and is there a date range your professor wants?'],
      [60, 'p', 'peer reviewed, last 10 yrs'],
      [80, 'l', 'Go to Research > Databases > GreenFILE, type microplastics AND Chesapeake, then tick Peer Reviewed and set 2015-2025.'],
      [150, 'l', 'Did that get you what you needed?'],
      [180, 'p', 'yes thank you'],
      [190, 'l', 'Can I help with anything further?'],
      [210, 'p', 'no'],
      [215, 'l', 'Good luck with the paper, bye!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'LibChat: "Searching…" is a hold, so three minutes without news after it fail; "All set?" asks about the answer',
    lines: [
      [0, 'p', 'can i get access to the new york times online through the library'],
      [15, 'l', "Hi! You're chatting with Erin at Towson University's Cook Library."],
      [25, 'l', 'Are you a current TU student, faculty or staff?'],
      [40, 'p', 'student'],
      [45, 'l', 'Searching…'],
      [230, 'l', 'Yes: claim your free pass at guides.towson.edu/nyt with your TU email.'],
      [240, 'l', 'All set?'],
      [270, 'p', 'yes got it'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
    },
  },

  // ---- the 24/7 cooperative ------------------------------------------------------------------
  {
    name: 'cooperative: "a librarian at a partner library helping out tonight" identifies; "Give me a sec to pull that up" starts a wait; no question before the source',
    lines: [
      [0, 'p', 'what time does the essex branch close on fridays'],
      [30, 'l', "Good evening! I'm a librarian at a partner library helping out tonight through the 24/7 cooperative.", KRIS],
      [40, 'l', 'Give me a sec to pull that up.', KRIS],
      [220, 'l', 'Essex closes at 5 pm on Fridays; the hours of every branch are on bcpl.info under Locations.', KRIS],
      [240, 'l', 'Does that work for you?', KRIS],
      [260, 'p', "yes thanks that's all"],
    ],
    over: { provider: { id: 'kris', name: 'Kris L.', library: 'COOP' } },
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'fail',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- SMS / text reference ------------------------------------------------------------------
  {
    name: 'SMS: terse "1 sec" hold, "That help?" and "Other questions?"',
    lines: [
      [0, 'p', 'hi need # for the mva'],
      [20, 'l', 'Hi, Ask Us Now librarian here. Which MVA office?'],
      [50, 'p', 'glen burnie'],
      [60, 'l', '1 sec'],
      [250, 'l', 'MVA Glen Burnie: 410-768-7000. mva.maryland.gov has the hours'],
      [260, 'l', 'That help?'],
      [280, 'p', 'ya'],
      [290, 'l', 'Other questions?'],
      [300, 'p', 'no'],
      [305, 'l', 'OK bye!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- bursts, typos, caps, emoji ------------------------------------------------------------
  {
    name: 'bursts with typos and no punctuation: "helo" / "this is dana at the libary", questions without "?"',
    lines: [
      [0, 'p', 'do u have books on learning to knit'],
      [20, 'l', 'helo'],
      [25, 'l', 'this is dana at the libary'],
      [35, 'l', 'are u a beginner or do u know the basics already'],
      [60, 'p', 'total beginner'],
      [70, 'l', 'ok lemme look'],
      [100, 'l', 'try Knitting for Dummies by Pam Allen its in the catalog call number 746.432 ALL'],
      [110, 'l', 'does that help'],
      [130, 'p', 'yes!'],
      [135, 'l', 'anything else'],
      [150, 'p', 'nope'],
      [155, 'l', 'ok have a good one'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'ALL CAPS provider: "HANG TIGHT" is a hold; "MAKE SENSE?"; the patron says "THATS EVERYTHING"',
    lines: [
      [0, 'p', 'I NEED MY PROPERTY TAX BILL FOR BALTIMORE CITY'],
      [20, 'l', 'HELLO, THIS IS PAT AT THE ENOCH PRATT LIBRARY REFERENCE DESK.'],
      [30, 'l', 'IS THIS FOR A HOME YOU OWN NOW, AND DO YOU NEED THE CURRENT YEAR?'],
      [60, 'p', 'YES CURRENT YEAR'],
      [70, 'l', 'HANG TIGHT WHILE I FIND THE PAGE.'],
      [260, 'l', "THE CITY'S REAL PROPERTY TAX SEARCH IS AT CITYSERVICES.BALTIMORECITY.GOV/REALPROPERTY - ENTER YOUR ADDRESS."],
      [280, 'l', 'MAKE SENSE?'],
      [300, 'p', 'YES THANK YOU THATS EVERYTHING'],
      [310, 'l', 'THANK YOU FOR USING ASK US NOW. GOODBYE.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'emoji everywhere: "Bear with me 🔎", "Did that help?🙂" with no space after the "?"',
    lines: [
      [0, 'p', 'hiii can u help me find a book for my 10 yr old 😊'],
      [15, 'l', "Hi there 👋 I'm Lina from Ask Us Now! 😊"],
      [25, 'l', 'What kinds of stories does your kid like? 📚'],
      [50, 'p', 'dragons!! and funny stuff'],
      [60, 'l', 'Bear with me 🔎'],
      [240, 'l', "For 10-year-olds try Wings of Fire by Tui T. Sutherland; it's in our catalog 🐉"],
      [250, 'l', 'Did that help?🙂'],
      [270, 'p', 'yes!!'],
      [280, 'l', 'Anything else I can find for you?😊'],
      [300, 'p', 'no ty'],
      [305, 'l', 'Happy reading! 👋'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- teen and ESL patrons ------------------------------------------------------------------
  {
    name: 'teen in bursts: a restatement asked back, "Hang tight", a database path, "Are you good?"',
    lines: [
      [0, 'p', 'hey'],
      [3, 'p', 'i need sources 4 my essay'],
      [6, 'p', 'its abt climate change n farming'],
      [9, 'p', 'due tmrw lol'],
      [25, 'l', "Hey! I'm Marcus, a librarian with Prince George's County Memorial Library."],
      [35, 'l', 'So you need sources on how climate change affects farming, for an essay due tomorrow?'],
      [50, 'p', 'ya'],
      [60, 'l', 'Hang tight'],
      [250, 'l', 'Try Opposing Viewpoints: on pgcmls.info go to Research > Databases > Opposing Viewpoints and search climate change agriculture.'],
      [270, 'l', 'Are you good?'],
      [290, 'p', 'ya thx'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
    },
  },
  {
    name: 'ESL patron: a restatement as a statement, a source "in our catalog under…", "What else can I do for you?"',
    lines: [
      [0, 'p', 'Hello. I am need book for learn english. Where I can find?'],
      [20, 'l', "Hello! My name is Ana, I'm a librarian at Montgomery County Public Libraries."],
      [30, 'l', 'So you are looking for books to help you learn English.'],
      [60, 'p', 'yes. I am speak spanish'],
      [70, 'l', 'In our catalog under "English language -- Textbooks for foreign speakers -- Spanish" there are 40 books you can borrow.'],
      [90, 'l', 'Was that what you were looking for?'],
      [110, 'p', 'yes thank you very much'],
      [120, 'l', 'What else can I do for you?'],
      [140, 'p', 'nothing, thank you'],
      [145, 'l', "You're welcome, goodbye!"],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- the patron answers before being asked -------------------------------------------------
  {
    name: 'patron gives every detail up front and the provider answers at once: no question or restatement before the source (fail, literally)',
    lines: [
      [0, 'p', 'Hi, I need the 2024 Maryland resident income tax booklet (Form 502 instructions), PDF, for my own return, I live in Howard County'],
      [20, 'l', 'Hi, this is Sam at Howard County Library System. The 2024 resident booklet is on marylandtaxes.gov under Forms > 2024 Individual Tax Forms.'],
      [40, 'l', 'Is that the one you needed?'],
      [60, 'p', 'perfect'],
      [65, 'l', 'Great, bye!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'fail',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'fail',
    },
  },
  {
    name: 'patron gives details up front; the provider restates them ("If I\'ve got this right, …") before the source',
    lines: [
      [0, 'p', 'I want last years booklet not this years, the one for residents, i filed late'],
      [20, 'l', 'Hi, this is Sam at Howard County Library System.'],
      [30, 'l', "If I've got this right, you want last year's resident booklet rather than this year's."],
      [50, 'p', 'right'],
      [60, 'l', 'Last year\'s is on marylandtaxes.gov under Forms > Prior Year Forms.'],
      [80, 'l', 'Did you find it?'],
      [100, 'p', 'yes thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },

  // ---- several questions in one session ------------------------------------------------------
  {
    name: 'two questions in one message: clarifies the first, answers both, "Were you able to renew them?", "Anything else on your list?"',
    lines: [
      [0, 'p', 'two questions: how do I renew my books online, and do you have museum passes?'],
      [20, 'l', "Hi! I'm Tori, librarian at Anne Arundel County Public Library. Happy to help with both."],
      [30, 'l', 'For renewing: are your books from us or from another library system?'],
      [50, 'p', 'from you guys'],
      [60, 'l', 'Log in to My Account on aacpl.net, select Checked Out, tick the items and click Renew.'],
      [80, 'l', 'Were you able to renew them?'],
      [120, 'p', 'yes done'],
      [130, 'l', 'Museum passes: we lend them through Discover & Go; the page is aacpl.net/museum-passes.'],
      [150, 'l', 'Anything else on your list?'],
      [170, 'p', "nope, that's everything"],
      [175, 'l', 'Enjoy the museum! Bye.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- macros with odd phrasing ---------------------------------------------------------------
  {
    name: 'formal macros: "Greetings and welcome…a staff member of…", "Kindly advise whether the above resolves your query", "any further matter"',
    lines: [
      [0, 'p', 'Looking for info about applying for a passport'],
      [10, 'l', 'Greetings and welcome to the Ask-A-Librarian service. You have been connected to a staff member of Frederick County Public Libraries.'],
      [20, 'l', 'Could you tell me whether this is a first passport or a renewal?'],
      [40, 'p', 'first one'],
      [50, 'l', 'First-time applicants apply in person; the steps and Form DS-11 are on travel.state.gov under Passports > Apply in Person.'],
      [60, 'l', 'Kindly advise whether the above resolves your query.'],
      [80, 'p', 'yes thanks'],
      [90, 'l', 'Is there any further matter with which we may assist you?'],
      [110, 'p', 'no'],
      [115, 'l', 'Thank you for using the Ask-A-Librarian service. This session will now be closed.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- British, Australian, Canadian ---------------------------------------------------------
  {
    name: 'British: "you\'re through to the library enquiry service, Sophie speaking", "Just a mo", "Did that sort you out?"',
    lines: [
      [0, 'p', "Hello, I'd like to find out about the local history archive's opening times"],
      [20, 'l', "Hiya, you're through to the library enquiry service, Sophie speaking."],
      [30, 'l', 'Is it the archive at Central Library you mean, or the one at the Record Office?'],
      [60, 'p', 'Central Library please'],
      [70, 'l', 'Just a mo.'],
      [250, 'l', 'The Local Studies room at Central is open Tue-Sat 10-4; the times are on the council website under Libraries > Local Studies.'],
      [270, 'l', 'Did that sort you out?'],
      [290, 'p', "Yes that's brilliant, cheers"],
      [300, 'l', 'Lovely. Anything else I can help you with today?'],
      [320, 'p', "No that's all, ta"],
      [330, 'l', 'Cheers, bye!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'Australian: "G\'day, Kylie here from…", "Won\'t be a minute", "Has that done the trick?", "Anything more I can chase up"',
    lines: [
      [0, 'p', 'hi after info on my great grandfather who served in WW1, AIF'],
      [20, 'l', "G'day, Kylie here from the State Library of Queensland."],
      [30, 'l', 'Do you know his service number or which battalion he was in?'],
      [60, 'p', 'no just his name, Albert Hooper'],
      [70, 'l', "Won't be a minute."],
      [260, 'l', "His service record is digitised in the National Archives of Australia's RecordSearch (recordsearch.naa.gov.au) - search Hooper Albert under Name."],
      [280, 'l', 'Has that done the trick?'],
      [300, 'p', 'yes! found him'],
      [310, 'l', 'Anything more I can chase up for you?'],
      [330, 'p', 'no thanks'],
      [335, 'l', 'No worries, have a good one!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'Canadian: "Bonjour, hi! This is Amélie with … Library\'s Answerline", "I\'m just going to look into that for you", "Is that what you were after?"',
    lines: [
      [0, 'p', 'how do i get a library card if i just moved to toronto'],
      [20, 'l', "Bonjour, hi! This is Amélie with Toronto Public Library's Answerline."],
      [30, 'l', 'Are you living in the city of Toronto now, or just working there?'],
      [50, 'p', 'living, downtown'],
      [60, 'l', "I'm just going to look into that for you."],
      [250, 'l', 'Bring photo ID with your new address to any branch; the details are on tpl.ca under Using the Library > Get a Library Card.'],
      [270, 'l', 'Is that what you were after?'],
      [290, 'p', 'yes perfect'],
      [300, 'l', 'Other questions?'],
      [320, 'p', 'nope'],
      [325, 'l', 'Thanks for chatting with us, bye!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- Spanish and code-switching ------------------------------------------------------------
  {
    name: 'Spanish: "Soy Marta, bibliotecaria…", "Un momento, déjeme buscar", "¿Le sirvió la información?", "¿Algo más?"',
    lines: [
      [0, 'p', 'Hola, necesito información sobre clases de inglés gratis'],
      [20, 'l', '¡Hola! Soy Marta, bibliotecaria de la Biblioteca Pública del Condado de Montgomery.'],
      [30, 'l', '¿Para usted o para un niño? ¿En qué ciudad vive?'],
      [60, 'p', 'para mi, vivo en Wheaton'],
      [70, 'l', 'Un momento, por favor, déjeme buscar.'],
      [260, 'l', 'La biblioteca de Wheaton tiene clases gratis; el calendario está en montgomerycountymd.gov/library en Eventos > Clases de inglés.'],
      [280, 'l', '¿Le sirvió la información?'],
      [300, 'p', 'sí, gracias'],
      [310, 'l', '¿Algo más?'],
      [330, 'p', 'no, gracias'],
      [335, 'l', '¡Que tenga un buen día!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'code-switching: "Hi! Soy Luis, librarian at…", "Dame un segundito", "en nuestro catálogo", "¿Es lo que buscaba?", "Anything else, ¿algo más?"',
    lines: [
      [0, 'p', "hi necesito un libro para mi hijo about dinosaurs, he's 6"],
      [20, 'l', 'Hi! Soy Luis, librarian at Langley Park Library.'],
      [30, 'l', '¿Quiere libros en español, in English, o bilingual?'],
      [60, 'p', 'bilingual si se puede'],
      [70, 'l', 'Dame un segundito.'],
      [250, 'l', "En nuestro catálogo hay 'Dinosaurios / Dinosaurs' de Gail Gibbons, bilingual, en la sucursal Langley Park."],
      [270, 'l', '¿Es lo que buscaba?'],
      [290, 'p', 'sí perfect'],
      [300, 'l', 'Anything else, ¿algo más?'],
      [320, 'p', 'no thanks'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- kinds of sources ----------------------------------------------------------------------
  {
    name: 'source: "I found this on the county site" with a domain and the steps; "Still digging" between two holds',
    lines: [
      [0, 'p', 'where do i get a permit for a shed'],
      [20, 'l', 'Hello, Kate here at Harford County Public Library.'],
      [30, 'l', 'Is the shed going on a property you own in the county, not in a town like Bel Air?'],
      [50, 'p', 'yes county, own it'],
      [60, 'l', 'Let me check.'],
      [170, 'l', 'Still digging, the county site moved things around.'],
      [360, 'l', 'Found it - I found this on the county site: harfordcountymd.gov/permits, under Residential > Accessory Structures.'],
      [380, 'l', 'Does that help?'],
      [400, 'p', 'yep all set'],
    ],
    exp: {
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },
  {
    name: 'not a source: "I found this on the county site" with neither an address nor the steps to the page',
    lines: [
      [0, 'p', 'when is bulk trash pickup in my neighborhood'],
      [20, 'l', "Hi, I'm Kate at the Harford County Public Library. What's your street or neighborhood?"],
      [40, 'p', 'Bel Air, Hickory Ave'],
      [60, 'l', 'I found this on the county site: bulk pickup for Bel Air is the first Wednesday of each month, by appointment.'],
      [80, 'l', 'Did that answer your question?'],
      [100, 'p', 'yes thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'pass' },
  },
  {
    name: 'source: a city directory on a reference shelf, with its call number',
    lines: [
      [0, 'p', 'do you have a phone book for annapolis from like 1985'],
      [20, 'l', "Hi! I'm Ravi, a librarian at the Annapolis branch of AACPL."],
      [30, 'l', 'Do you need the residential listings or the business yellow pages?'],
      [60, 'p', "residential, looking for my grandmother's old address"],
      [80, 'l', 'The 1985 Annapolis city directory is on the reference shelf behind the Maryland Room desk, call number R 975.256 POL.'],
      [100, 'l', 'Does that get you what you need?'],
      [130, 'p', "yes i'll come in saturday. thats all i needed"],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass' },
  },
  {
    name: 'not a source: "The source of the Potomac is…" answers with the word but names no source',
    lines: [
      [0, 'p', 'where does the potomac river start'],
      [20, 'l', "Hi, I'm Dev, a librarian at Washington County Free Library."],
      [30, 'l', 'Are you asking about the North Branch or the South Branch?'],
      [60, 'p', 'the main one'],
      [70, 'l', 'The source of the Potomac is the Fairfax Stone at the West Virginia - Maryland line; that is where the North Branch begins.'],
      [90, 'l', 'Does that answer your question?'],
      [110, 'p', 'yes thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'pass' },
  },
  {
    name: 'partial result that says the search goes on is a hold ("I\'m going to keep looking for 1920")',
    lines: [
      [0, 'p', "I'm looking for my great-grandmother Rose Kaplan in the 1910 and 1920 census, Baltimore"],
      [20, 'l', "Hi, I'm Jo with the Pratt Library. Do you know her address or her husband's name?"],
      [50, 'p', 'husband was Morris, lived on Lombard St'],
      [60, 'l', "Found the 1910 entry in Ancestry Library Edition: Rose and Morris Kaplan, Lombard Street, ward 3. I'm going to keep looking for 1920."],
      [250, 'l', "Here's 1920 too, same database: they had moved to Baltimore St. Does that cover what you needed?"],
      [270, 'p', "wow yes that's everything"],
    ],
    exp: {
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
    },
  },

  // ---- greetings that are not, introductions that are not -----------------------------------
  {
    name: 'a quoted book title "Hello, Universe" is not a greeting',
    lines: [
      [0, 'p', 'my daughter needs hello universe for school is it in'],
      [20, 'l', 'Sam at Wheaton Library here.'],
      [30, 'l', '"Hello, Universe" by Erin Entrada Kelly is on the shelf at Wheaton right now, call number J KEL.'],
      [50, 'p', 'great thanks'],
    ],
    exp: { 'approachability.greeting': 'fail', 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'a screen name is not an introduction: "Hi! How can I help you today?" from "Librarian Kim"',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [20, 'l', 'Hi! How can I help you today?', SCREEN],
      [30, 'l', 'Let me check on that.', SCREEN],
      [60, 'l', 'The Wheaton branch takes passport photos; see montgomerycountymd.gov/library under Services.', SCREEN],
    ],
    over: { provider: { id: 'kim', name: 'Librarian Kim', library: 'MCPL' } },
    exp: { 'approachability.greeting': 'fail' },
  },
  {
    name: 'the introduction only in the third provider message is too late',
    lines: [
      [0, 'p', 'what grade level is the book Wonder'],
      [15, 'l', 'Hi!'],
      [20, 'l', 'One sec, reading your question.'],
      [30, 'l', "I'm Tom from the Carroll County library btw - is this for a class?"],
      [50, 'p', 'yes 5th grade'],
      [60, 'l', 'Wonder by R. J. Palacio is usually read in grades 4-7; our catalog lists it as Juvenile Fiction.'],
    ],
    exp: { 'approachability.greeting': 'fail', 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'a lower-case name after "my name is" identifies: "hi my name is sam, how can i help"',
    lines: [
      [0, 'p', 'need help with my library card pin'],
      [20, 'l', 'hi my name is sam, how can i help'],
      [30, 'l', 'is it the 4 digit pin for the catalog?'],
      [50, 'p', 'yes'],
      [60, 'l', 'you can reset it on the catalog login page under Forgot PIN'],
    ],
    exp: { 'approachability.greeting': 'pass', 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },

  // ---- holds that are not --------------------------------------------------------------------
  {
    name: 'not a hold: "take your time" while the patron asks their book club; the long wait is the patron\'s',
    lines: [
      [0, 'p', 'can you help me pick a book for book club'],
      [20, 'l', "Hi, I'm Noor from the Cecil County library! What kinds of books does your club usually like?"],
      [40, 'p', 'hmm let me ask the group'],
      [50, 'l', "Sure, take your time - I'll be here."],
      [300, 'p', 'they said historical fiction, not too long'],
      [320, 'l', 'Try The Book of Lost Names by Kristin Harmel - 10 copies in our catalog.'],
      [330, 'l', 'Is that the kind of thing you had in mind?'],
      [350, 'p', 'yes!'],
    ],
    exp: { 'interest.keep_informed': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'not a hold: "I\'m looking forward to seeing you" in an answer; the long wait after it is the patron\'s',
    lines: [
      [0, 'p', 'is the library open on juneteenth'],
      [20, 'l', "Hello! I'm Bea, a librarian at Enoch Pratt."],
      [25, 'l', 'Which branch do you usually visit?'],
      [40, 'p', 'central'],
      [50, 'l', "All Pratt branches are closed on Juneteenth; holiday closings are on prattlibrary.org under About > Hours. I'm looking forward to seeing you at Central!"],
      [300, 'l', 'Are you still there?'],
      [420, 'l', "It seems you've disconnected, so I'll close this chat now. Thanks and goodbye!"],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },

  // ---- completeness and anything-else that are not -------------------------------------------
  {
    name: 'statements are not questions: "Hope that helps! That should get you what you need." and "You\'re all set."',
    lines: [
      [0, 'p', 'how do i download audiobooks'],
      [20, 'l', "Hi, I'm Lee at the Talbot County library. Do you have an iPhone or an Android phone?"],
      [40, 'p', 'iphone'],
      [60, 'l', 'Install Libby from the App Store, tap Find My Library, pick Talbot County, then sign in with your card number.'],
      [70, 'l', 'Hope that helps! That should get you what you need.'],
      [90, 'p', 'ok'],
      [100, 'l', "You're all set. Bye!"],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'fail', 'closing.anything_else': 'fail' },
  },
  {
    name: 'the patron\'s "anything else I should bring?" is not the provider asking, nor the patron being done',
    lines: [
      [0, 'p', 'what do i need to get a library card'],
      [20, 'l', "Hi, I'm Rosa at Frederick County Public Libraries. Are you a Maryland resident?"],
      [40, 'p', 'yes'],
      [50, 'l', 'Bring a photo ID with your current address; the details are on fcpl.org under Services > Get a Card.'],
      [70, 'p', 'ok. anything else I should bring?'],
      [80, 'l', 'Nothing else, just the ID. If it has an old address, a piece of mail with the new one works too.'],
      [100, 'p', 'ok thanks!'],
      [105, 'l', "You're welcome, have a nice day!"],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'fail', 'closing.anything_else': 'fail' },
  },
  {
    name: '"I don\'t have anything else on that topic" says "anything else" but asks nothing; "thanks!!" is not being done',
    lines: [
      [0, 'p', 'do you have anything about the great baltimore fire of 1904'],
      [20, 'l', "Hi, I'm Omar at Enoch Pratt Free Library. Is this for a school project or your own reading?"],
      [40, 'p', 'own reading'],
      [50, 'l', 'The Great Baltimore Fire by Peter B. Petersen is in our catalog, and the Maryland Center for History and Culture has photos at mdhistory.org.'],
      [70, 'l', "I don't have anything else on that topic, sorry."],
      [90, 'p', 'thanks!!'],
      [95, 'l', 'Enjoy!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'closing.anything_else': 'fail' },
  },
  {
    name: 'only the greeting\'s "How can I help you today?" before the source: no clarifying question',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', "Hello, I'm Liz, a BCPL librarian. How can I help you today?"],
      [40, 'p', 'How late is the Towson branch open tonight'],
      [50, 'l', 'Towson is open until 9 tonight; hours are at bcpl.info/locations.'],
      [60, 'l', 'Did that help? Anything else?'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass' },
  },
];

describeSessions('third round: sessions for the opening-to-closing checks', cases);

// ---- phrasings, each dropped into one session built so that missing it changes the status --------

/** A hold at 60 s, then nothing from the provider until 260 s: a hold makes that a 200 s wait on the provider. */
function holdSession(text: string): Line[] {
  return [
    [0, 'p', 'do you have the 1990 yearbook from Dundalk High'],
    [20, 'l', "Hi, I'm Jo, a librarian at the county library. Which graduating class do you mean, 1990 or 1991?"],
    [40, 'p', '1990'],
    [60, 'l', text],
    [260, 'l', 'The 1990 Dundalk High yearbook is in our digital collections at digital.bcpl.info under Yearbooks.'],
  ];
}
const HOLDS = [
  'Bear with me.',
  'Give me a sec to pull that up.',
  'Still digging.',
  'Hang tight!',
  "I'll be right back with that.",
  'Searching…',
  'Pulling that up now.',
  'On it!',
  'Sit tight.',
  'Just a mo.',
  "Won't be a minute.",
  'hold tight',
  'gimme 2 min',
  '1 sec',
  'one sec pls',
  'Checking our catalog now.',
  'Looking into it!',
  'brb',
  'Lemme see what I can find.',
  "I'm pulling up the yearbook list now.",
  'Hold on while I look.',
  'Give me a couple of minutes to look through our databases.',
  'Un momentito por favor.',
  'Dame un segundo.',
  'Permítame un momento.',
];
const NOT_HOLDS = [
  'Take your time.',
  "No rush, I'll be here.",
  "I'm looking forward to your visit!",
  'Whenever you are ready, send me the exact title.',
];

/** A source at 60 s, then the phrasing at 80 s; the patron only says "ok". */
function afterAnswer(text: string): Line[] {
  return [
    [0, 'p', 'how do i get a library card'],
    [20, 'l', "Hi, I'm Jo, a librarian at the county library. Do you live in the county?"],
    [40, 'p', 'yes'],
    [60, 'l', 'Bring a photo ID with your address to any branch; the steps are on our website under Services > Get a Card.'],
    [80, 'l', text],
    [100, 'p', 'ok'],
    [110, 'l', 'Bye!'],
  ];
}
const COMPLETENESS = [
  'Did that get you what you needed?',
  'Make sense?',
  'Does that work for you?',
  'All set?',
  'Are you good?',
  'That help?',
  'That work for you?',
  'Does this answer your question?',
  'Has that done the trick?',
  'Did that sort you out?',
  'Is that what you were after?',
  'Was that helpful?',
  'Kindly advise whether the above resolves your query.',
  'Please let me know if that answers it.',
  'Does that cover it?',
  'Is this what you had in mind?',
  'Sound good?',
  'Are you all set with that?',
  'Does that clear it up?',
  'Got what you need?',
  'Did that do it?',
  '¿Le sirvió?',
  '¿Eso responde a su pregunta?',
];
const NOT_COMPLETENESS = [
  'Hope that helps!',
  'That should get you what you need.',
  "You're all set.",
  'That should work for you.',
  'Would you like me to email you the form as well?',
  'Do you want the address of the nearest branch too?',
  'All set!',
];
const ANYTHING_ELSE = [
  'Can I help with anything further?',
  'Other questions?',
  'What else can I do for you?',
  '¿Algo más?',
  'Is there more I can help you with?',
  'Can I help you with something else?',
  'Any other questions for me?',
  'Was there another question?',
  'Is there anything further we may assist you with?',
  'Is there any further matter with which we may assist you?',
  'Do you have any other queries?',
  'Need help with anything else?',
  'What else can I help you find today?',
  'Let me know if there is anything else I can help with.',
  'Can I help with anything else tonight?',
  '¿Hay algo más en que le pueda ayudar?',
  '¿Le puedo ayudar con otra cosa?',
  'Something else I can look up for you?',
];
const NOT_ANYTHING_ELSE = [
  'I have nothing else on that, sorry.',
  'There is nothing else you need to bring.',
  'If you have any other questions, feel free to chat with us again.',
  "You won't need anything else.",
];

/** Each phrasing list, the session it is dropped into, the check it decides and the status it gives. */
const PHRASINGS: [label: string, list: string[], session: (text: string) => Line[], id: CheckId, expected: string][] = [
  ['hold', HOLDS, holdSession, 'interest.keep_informed', 'fail'],
  ['not a hold', NOT_HOLDS, holdSession, 'interest.keep_informed', 'pass'],
  ['completeness', COMPLETENESS, afterAnswer, 'followup.completeness', 'pass'],
  ['not completeness', NOT_COMPLETENESS, afterAnswer, 'followup.completeness', 'fail'],
  ['anything else', ANYTHING_ELSE, afterAnswer, 'closing.anything_else', 'pass'],
  ['not anything else', NOT_ANYTHING_ELSE, afterAnswer, 'closing.anything_else', 'fail'],
];

describe('third round: phrasings', () => {
  describe.each(PHRASINGS)('%s', (_label, list, session, id, expected) => {
    it.each(list)('%s', (text) => {
      expect(score(chat(session(text))).checks.find((x) => x.id === id)?.status).toBe(expected);
    });
  });
});
