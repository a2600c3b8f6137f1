/**
 * Eleventh round, second wave, area (K7): TRANSFERS, INTERNAL NOTES, HANDOFFS AND PROVIDERS WITH SEVERAL CHATS.
 * Sessions transferred (a `system` message with `event: "transfer"`) with and without an `internal` note to the receiving
 * provider saying why (notes that say why in many words or tersely; notes that only say hello, "FYI", "heads up" or where
 * the chat comes from; notes sent after the transfer, by the receiving provider or by a third colleague), with and without
 * a visible message telling the patron (in many wordings: "I'm going to connect you with…", "a colleague from our law
 * library will take over", "let me hand you off", Spanish, chat-speak; and near misses: "my colleague knows more about
 * that", "I'll check with a colleague", a referral to call another desk, a system line, the notice typed in the internal
 * box); sessions transferred twice; cooperative backup librarians passing a chat back to the home library; how the
 * greeting, pickup, keep_informed, the courteous closing and concurrency are judged across a transfer; concurrency with
 * other stored sessions (`other()`) at, under and over `maxConcurrent`, with intervals touching at their ends and at the
 * transfer.
 * Voices: public, county law and academic libraries, the statewide cooperatives (backup librarians), a school district,
 * SMS / text services, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (also at the cases):
 * - transfer.handoff needs, for EACH transfer, in the part of the chat before it (since the previous transfer): an
 *   internal message by the TRANSFERRING provider (not the receiver, not a supervisor or third colleague) that says why,
 *   and a visible provider message that tells the patron the chat is being transferred; either one after the transfer
 *   does not count, and a `system` line (even one worded for the patron) is not visible;
 * - a note that only greets, says "FYI"/"heads up", or says where the chat comes from (a queue, a county) says no why; a
 *   note that names the topic or the need ("tenant with an eviction summons", "resume help, no email yet") or the reason
 *   the transferring provider cannot go on ("I'm swamped with three chats") does;
 * - "My colleague X knows more about that" or "I'll check with a colleague" does not tell the patron the chat moves;
 *   "a colleague from our law library will take over", "you'll be chatting with Dana from here" do;
 * - a transfer routed by the queue before any provider said anything still needs both (the rubric makes no exception);
 * - the greeting's "first two visible provider messages" are the session's, whoever sent them: a first provider's hold
 *   and the receiver's greeting together may pass, and the two parts may come from different providers;
 * - pickup is the first visible provider message, whoever sent it; the transfer announcement is a hold (Terms), so the
 *   wait runs from it to the receiver's first message; internal and system lines end no wait;
 * - closing.courteous looks at the session's last two visible provider messages, whoever sent them;
 * - concurrency: the picking-up provider is judged over the part before the transfer, the receiver over the part after
 *   it (end excluded), so a session of Bo's that ends at the transfer instant, or one of Jo's that starts at it, does
 *   not overlap; a chat passed back counts for the first provider again after the return.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, other, type SessionCase, some, sys, usual, who } from './helpers';

const PRIYA = who('Priya Raman', 'praman');
const MARCUS = who('Marcus Bell', 'mbell');
const LUCIA = who('Lucía Ferrer', 'lferrer');
const BO = who('Bo Lee', 'bo');
const KIM = who('Kim Osei', 'kosei');
const DEB = who('Deb Halvorsen', 'dhalv');
const ANIL = who('Anil Patel', 'apatel');
const RENEE = who('Renee Tubbs', 'rtubbs');
const TOM = who('Tom Akers', 'takers');

export const whole: SessionCase[] = [
  // ---- one transfer, note and notice in many words ---------------------------------------------------------------------
  {
    name: 'public to county law library: a long note saying why, "a colleague from our law library will take over from here": handoff passes',
    lines: [
      [0, 'p', 'I got papers from my landlord saying unlawful detainer, what do i do'],
      [24, 'l', 'Hi, this is Jo at Sacramento Public Library. I am sorry you are dealing with that. When were the papers served to you?'],
      [70, 'p', 'yesterday'],
      [78, 'i', 'Priya, tenant in Sacramento County with an unlawful detainer summons served yesterday, so about 5 court days to answer. Needs the answer form and the self-help center, which is your area.'],
      [84, 'l', 'Thanks. A colleague from our law library will take over from here; she knows the court forms well. One moment please.'],
      [88, 's', 'Session transferred to Priya Raman', sys('transfer', 'praman')],
      [140, 'l', 'Hi, Priya with the Sacramento County Public Law Library. The tenant answer form is UD-105, free at courts.ca.gov/ud-105.htm, and the court self-help center walks you through it at saccourt.ca.gov/eviction. Does that answer your question?', PRIYA],
      [200, 'p', 'yes thats what i needed, thats all'],
      [206, 'l', 'Good luck, and thank you for contacting the library.', PRIYA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'academic: "I\'ll bring in our chemistry liaison, Dr. Patel, who can take your chat from here" with a note naming the need: handoff passes',
    lines: [
      [0, 'p', 'where can i find solubility data for barium salts? for CHEM 231 lab'],
      [15, 'l', 'Hi! Welcome to Ask a Librarian at the University of Iowa Libraries, my name is Jo. Do you need values at a specific temperature?'],
      [50, 'p', 'room temp, 25C'],
      [58, 'i', 'Anil, undergrad in CHEM 231 needs solubility of barium salts at 25 C for a lab report; probably CRC Handbook or SciFinder. Yours?'],
      [62, 'l', "I'll bring in our chemistry liaison, Dr. Patel, who can take your chat from here. Just a moment."],
      [66, 's', 'Chat transferred to Anil Patel', sys('transfer', 'apatel')],
      [110, 'l', 'Hello, Anil here. The CRC Handbook of Chemistry and Physics online (hbcp.chemnetbase.com, through the library login) has a table "Aqueous Solubility of Inorganic Compounds" at 25 C. Is that what you were looking for?', ANIL],
      [150, 'p', 'perfect, found barium sulfate. no more questions'],
      [155, 'l', 'Great, good luck with the lab!', ANIL],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Spanish notice "Le voy a comunicar con mi compañera Lucía, que se encarga de los trámites de ciudadanía" and an English note: handoff passes',
    lines: [
      [0, 'p', 'Buenas, busco material para estudiar para el examen de ciudadanía'],
      [20, 'l', '¡Hola! Soy Jo, bibliotecaria de la Biblioteca Pública de Denver. ¿Ya tiene fecha para la entrevista?'],
      [60, 'p', 'en marzo'],
      [66, 'i', 'Lucía, patron wants Spanish-language study materials for the N-400 civics test, interview in March. You run the citizenship corner.'],
      [70, 'l', 'Le voy a comunicar con mi compañera Lucía, que se encarga de los trámites de ciudadanía. Un momento, por favor.'],
      [74, 's', 'Sesión transferida a Lucía Ferrer', sys('transfer', 'lferrer')],
      [120, 'l', 'Hola, soy Lucía. Las 100 preguntas de educación cívica en español están en uscis.gov/es/ciudadania, y prestamos el libro "Aprenda sobre los Estados Unidos" en cualquier sucursal. ¿Le sirve esta información?', LUCIA],
      [170, 'p', 'sí, muchas gracias, es todo'],
      [176, 'l', '¡Con gusto! Mucha suerte en su entrevista.', LUCIA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'text service, chat-speak: "im gonna pass u to Deb, she does resumes" with the note "pt needs help w/ resume for a warehouse job, no email acct yet": handoff passes',
    lines: [
      [0, 'p', 'hi can sum1 help me make a resume'],
      [30, 'l', 'hi! this is Jo at Tacoma Public Library. what kind of job r u applying for?'],
      [70, 'p', 'warehouse at the amazon place'],
      [76, 'i', 'Deb - pt needs help w/ resume for a warehouse job, no email acct yet'],
      [80, 'l', 'ok cool, im gonna pass u to Deb, she does resumes all day n can take it from here 👍'],
      [84, 's', 'Transferred to Deb Halvorsen', sys('transfer', 'dhalv')],
      [130, 'l', 'hi its Deb! we have free resume templates + a step by step at tacomalibrary.org/jobhelp, and u can book a 1 on 1 with me there too. does that help?', DEB],
      [180, 'p', 'ya thx thats all'],
      [185, 'l', 'np, good luck!! thx for texting the library', DEB],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the note says why the transferring provider cannot go on ("I'm swamped with three chats"): that is a why
    name: 'the note gives the provider\'s own reason ("Bo, could you grab this one? I\'m swamped with three chats and she needs a full search"): handoff passes',
    lines: [
      [0, 'p', 'Hi, I am looking for recent articles about the four day school week in rural districts'],
      [18, 'l', 'Hello, this is Jo at the Missouri statewide Ask a Librarian service. Are these for a class or for a school board presentation?'],
      [60, 'p', 'school board, in two weeks'],
      [66, 'i', "Bo, could you grab this one? I'm swamped with three chats and she needs a full search."],
      [70, 'l', "I'm going to have my colleague Bo continue with you so you get his full attention; he'll be right with you."],
      [74, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [120, 'l', 'Hi, Bo here. ERIC (eric.ed.gov) has several studies; search "four-day school week" AND rural, 2018 onward. The RAND report at rand.org/t/RRA373-1 is the most cited. Does that cover what you need?', BO],
      [170, 'p', 'yes perfect, thats everything'],
      [175, 'l', 'Thanks for chatting, and good luck with the board!', BO],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- notes that say no why ------------------------------------------------------------------------------------------
  {
    name: 'near miss: the note only says hello ("Hi Marcus! 🙂"), the patron is told "I\'m going to connect you with Marcus in our Local History Room": handoff fails',
    lines: [
      [0, 'p', 'Do you have old photos of the Sandusky waterfront?'],
      [20, 'l', 'Hi, I am Jo with Sandusky Library. Any particular decade?'],
      [50, 'p', '1920s or so'],
      [55, 'i', 'Hi Marcus! 🙂'],
      [60, 'l', "I'm going to connect you with Marcus in our Local History Room; he'll be with you shortly."],
      [64, 's', 'Session transferred to Marcus Bell', sys('transfer', 'mbell')],
      [110, 'l', 'Hello, Marcus here. Our Follett House collection has 1920s waterfront photos online at sanduskylib.org/archives, under Photographs > Waterfront. Is that the sort of thing you wanted?', MARCUS],
      [150, 'p', 'yes! thats all i needed'],
      [154, 'l', 'Enjoy, and thanks for asking Sandusky Library!', MARCUS],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the note is only "FYI - sending one your way", the notice is clear: handoff fails',
    lines: [
      [0, 'p', 'how do i find the zoning for my lot in Tucson'],
      [25, 'l', 'Hello! Jo here, a librarian at Pima County Public Library. Do you have the street address or the parcel number?'],
      [55, 'p', 'the address'],
      [60, 'i', 'FYI - sending one your way'],
      [63, 'l', 'Our government documents librarian can walk you through that, so I am transferring your chat to her now.'],
      [66, 's', 'Session transferred to Renee Tubbs', sys('transfer', 'rtubbs')],
      [115, 'l', "Hi, Renee at Pima County Public Library. Type the address into the City of Tucson's Property Research Online at tucsonaz.gov/pro; the zoning shows on the parcel page. Does that help?", RENEE],
      [160, 'p', 'got it R-1, thanks thats all'],
      [165, 'l', 'Great, thanks for chatting!', RENEE],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: where the chat comes from is not why it is transferred
    name: 'near miss: the note says where the chat comes from, not why ("Heads up, one incoming from the Howard County queue, all yours"): handoff fails',
    lines: [
      [0, 'p', 'can i return a book from another county library at my branch'],
      [20, 'l', 'Hi, this is Jo with AskUsNow!, the Maryland statewide chat. Which library system is the book from, and where do you want to return it?'],
      [60, 'p', 'its from howard county, i live in baltimore city'],
      [66, 'i', 'Heads up, one incoming from the Howard County queue, all yours'],
      [70, 'l', "I'm transferring you to a librarian at Howard County Library System; please stay on the chat."],
      [74, 's', 'Session transferred to Kim Osei', sys('transfer', 'kosei')],
      [110, 'l', 'Hi, Kim from Howard County Library System. Our items can be returned at any Maryland library in the MARINA network, Enoch Pratt included; the list is at hclibrary.org/returns. Does that answer your question?', KIM],
      [150, 'p', 'yes, thats all i needed'],
      [154, 'l', 'Thank you for using AskUsNow!', KIM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: "the transferring provider sent an internal message": a supervisor's note is not Jo's
    name: 'near miss: the why is written by a supervisor (Kim), not by Jo who transfers; Jo tells the patron: handoff fails',
    lines: [
      [0, 'p', 'I need to find a court case about my grandfather from 1938 in Wayne County'],
      [22, 'l', 'Hi, Jo at Detroit Public Library here. Was it a criminal or a civil case?'],
      [60, 'p', 'criminal i think'],
      [66, 'i', 'Bo, please take Jo\'s chat: 1938 Wayne County criminal case about the patron\'s grandfather, you know the Burton archives.', KIM],
      [72, 'l', "I'm handing you over to Bo in our Burton Historical Collection, who works with old court records. One moment!"],
      [76, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [130, 'l', "Hi, Bo here. Wayne County Recorder's Court files from the 1930s are at the Archives of Michigan; their catalog is at michigan.gov/archivesofmichigan, search the defendant's name. Does that help?", BO],
      [170, 'p', 'yes thank you thats all'],
      [175, 'l', 'Thanks for contacting DPL, good luck with the search!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the receiving provider writes the why ("I see she needs the 1880 census for Cook County, I\'ll take it") and Jo sends no note: handoff fails',
    lines: [
      [0, 'p', 'Hi, I want to find my great grandmother in the 1880 census, she lived in Chicago'],
      [20, 'l', 'Hello! I am Jo, a librarian at Chicago Public Library. Do you know her married or maiden name?'],
      [55, 'p', 'Agnieszka Nowak, married name'],
      [62, 'i', "I see she needs the 1880 census for Cook County, I'll take it", BO],
      [66, 'l', "I'm transferring you to Bo, our genealogy librarian, who will pick up from here."],
      [70, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [115, 'l', "Hi, Bo here. The 1880 census is free on FamilySearch (familysearch.org/search), and in Ancestry Library Edition at any CPL branch; try Nowak with 'Agnes' too. Does that get you started?", BO],
      [160, 'p', 'yes that is all I needed, thanks'],
      [165, 'l', 'Happy searching, and thanks for using CPL!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- notes and notices at the wrong time or in the wrong place --------------------------------------------------------
  {
    name: 'near miss: the note with the why is sent after the transfer: handoff fails',
    lines: [
      [0, 'p', 'I need the Bluebook format for citing a Texas statute'],
      [20, 'l', 'Hi, Jo at the Tarlton Law Library, UT Austin. Is this for a law school assignment or a brief?'],
      [55, 'p', 'law school legal writing memo'],
      [60, 'l', 'Let me connect you with one of our reference attorneys, one moment.'],
      [64, 's', 'Session transferred to Tom Akers', sys('transfer', 'takers')],
      [68, 'i', 'Tom, 1L legal writing memo, needs Bluebook citation of a Texas statute (Texas codes, Rule 12 and T1).'],
      [110, 'l', "Hello, Tom here. For Texas codes use Rule 12 with table T1: e.g. Tex. Penal Code Ann. § 22.01 (West 2023). Our guide at tarlton.law.utexas.edu/bluebook has examples. Is that what you needed?", TOM],
      [150, 'p', 'yes exactly, thats all'],
      [155, 'l', 'Great, thanks for stopping by Tarlton!', TOM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the patron is told only after the transfer, by the receiver ("Hi, I\'m Bo, I\'ve taken over your chat from Jo"): handoff fails',
    lines: [
      [0, 'p', 'looking for a book club kit of Lessons in Chemistry'],
      [25, 'l', 'Hello, this is Jo at Multnomah County Library! How many people are in your book club?'],
      [60, 'p', '10'],
      [66, 'i', 'Bo, book club kit request (Lessons in Chemistry, 10 copies), you manage the kits.'],
      [70, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [95, 'l', "Hi, I'm Bo, I've taken over your chat from Jo. Our kit of Lessons in Chemistry has 10 copies; reserve it at multcolib.org/book-club-kits. Does that work for you?", BO],
      [140, 'p', 'yes thanks thats everything'],
      [145, 'l', 'Enjoy the book, bye!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: a system line is not a visible message, even when the platform words it for the patron
    name: 'near miss: only a system line "You are being transferred to another librarian. Please wait." tells of the transfer: handoff fails',
    lines: [
      [0, 'p', 'how do i get my ged transcript in virginia'],
      [20, 'l', 'Hello, this is Jo at Fairfax County Public Library. Did you take the GED on a computer, after 2014?'],
      [50, 'p', 'yes 2016'],
      [56, 'i', 'Kim, GED transcript request from 2016 (Virginia, computer-based), you did the adult ed guide.'],
      [60, 's', 'You are being transferred to another librarian. Please wait.', sys('transfer', 'kosei')],
      [100, 'l', 'Hi, Kim at Fairfax County Public Library. Since it was 2016, order the transcript from your GED account at ged.com > My Scores. Does that answer it?', KIM],
      [140, 'p', 'yes thanks, that is all'],
      [144, 'l', 'Thank you for chatting with FCPL!', KIM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the notice is typed in the internal box ("I\'m transferring you to Bo, who knows maps") so the patron never sees it: handoff fails',
    lines: [
      [0, 'p', 'do you have sanborn fire insurance maps for Savannah'],
      [20, 'l', 'Hi! This is Jo at Live Oak Public Libraries. Which year are you after?'],
      [50, 'p', '1916 if possible'],
      [55, 'i', 'Bo, Sanborn maps of Savannah for 1916, you know the map collection and the LOC site.'],
      [58, 'i', "I'm transferring you to Bo, who knows maps best. One moment."],
      [62, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo here. The Library of Congress has the 1916 Savannah Sanborn atlas online at loc.gov/collections/sanborn-maps. Is that the one you needed?', BO],
      [150, 'p', 'yes thats it, thats all'],
      [155, 'l', 'Thanks for asking Live Oak!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the patron is told "My colleague Bo knows more about that than I do" and the chat is transferred: no notice of a transfer, handoff fails',
    lines: [
      [0, 'p', 'what is the best database for nursing evidence based practice articles'],
      [15, 'l', 'Hi, this is Jo at the Health Sciences Library, UNC Chapel Hill. Is this for a PICO question in a class?'],
      [50, 'p', 'yes NURS 340'],
      [56, 'i', 'Bo, NURS 340 student needs EBP articles for a PICO question; CINAHL vs PubMed, your liaison area.'],
      [60, 'l', 'My colleague Bo knows more about that than I do.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [105, 'l', 'Hi, Bo here. Start with CINAHL Complete (guides.lib.unc.edu/nursing > Databases) and use the Evidence-Based Practice limiter. Does that answer your question?', BO],
      [140, 'p', 'yep thats all, thanks'],
      [145, 'l', 'Good luck with the PICO, and thanks!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "Let me check with a colleague, one moment" (a consultation, not a transfer) and the chat is transferred: handoff fails',
    lines: [
      [0, 'p', 'Is there a library copy of the Idaho driver manual in Spanish?'],
      [20, 'l', 'Hi, Jo with the Boise Public Library. Do you need a print copy or is online fine?'],
      [50, 'p', 'print please'],
      [56, 'i', 'Bo, patron wants the print Idaho driver manual in Spanish; you order the world languages collection.'],
      [60, 'l', 'Let me check with a colleague, one moment.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo here. We have two print copies of the Spanish manual at the Main Library; place a hold at boisepubliclibrary.org/catalog. Does that work?', BO],
      [150, 'p', 'si thanks thats all'],
      [155, 'l', 'Thanks for chatting with Boise Public Library!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- transferred twice, and chats passed back --------------------------------------------------------------------------
  {
    name: 'transferred twice, each with its note and its notice (Jo to Bo for genealogy, Bo to Kim for maps): handoff passes',
    lines: [
      [0, 'p', 'I want to trace the farm my family owned in Carroll County in the 1870s'],
      [20, 'l', 'Hello, this is Jo at Carroll County Public Library. Do you have a family name and a district?'],
      [55, 'p', 'Shriver, Uniontown district'],
      [60, 'i', 'Bo, 1870s Shriver family farm in the Uniontown district; needs census and land records first.'],
      [64, 'l', 'I am transferring you to Bo, our genealogy librarian; he will be with you in a moment.'],
      [68, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [100, 'l', 'Hi, Bo here. The 1870 census lists a Shriver household in Uniontown on FamilySearch (familysearch.org). For the farm itself you will want the 1877 atlas. Did that help?', BO],
      [130, 'p', 'yes, the atlas sounds great'],
      [134, 'i', 'Kim, she needs the 1877 Lake, Griffing & Stevenson atlas of Carroll County for the Shriver farm; you have the map files.', BO],
      [138, 'l', "Kim in our Maryland Room handles the atlases, so I'm passing you to her now.", BO],
      [142, 's', 'Session transferred to Kim Osei', sys('transfer', 'kosei')],
      [190, 'l', 'Hello, Kim in the Maryland Room. The 1877 atlas is scanned at the Library of Congress (loc.gov/item/2007626742); Uniontown is plate 14. Is that what you were looking for?', KIM],
      [230, 'p', 'yes!! thats all i needed'],
      [235, 'l', 'Wonderful, thank you for contacting CCPL!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: each transfer needs its own note; Jo's note before the first does not serve the second
    name: 'near miss: transferred twice, the second transfer (Bo to Kim) has a notice but no note of its own: handoff fails',
    lines: [
      [0, 'p', 'I want to trace the farm my family owned in Carroll County in the 1870s'],
      [20, 'l', 'Hello, this is Jo at Carroll County Public Library. Do you have a family name and a district?'],
      [55, 'p', 'Shriver, Uniontown district'],
      [60, 'i', 'Bo, 1870s Shriver family farm in the Uniontown district; needs census, land records and probably the 1877 atlas from Kim.'],
      [64, 'l', 'I am transferring you to Bo, our genealogy librarian; he will be with you in a moment.'],
      [68, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [100, 'l', 'Hi, Bo here. The 1870 census lists a Shriver household in Uniontown on FamilySearch (familysearch.org). For the farm itself you will want the 1877 atlas. Did that help?', BO],
      [130, 'p', 'yes, the atlas sounds great'],
      [138, 'l', "Kim in our Maryland Room handles the atlases, so I'm passing you to her now.", BO],
      [142, 's', 'Session transferred to Kim Osei', sys('transfer', 'kosei')],
      [190, 'l', 'Hello, Kim in the Maryland Room. The 1877 atlas is scanned at the Library of Congress (loc.gov/item/2007626742); Uniontown is plate 14. Is that what you were looking for?', KIM],
      [230, 'p', 'yes!! thats all i needed'],
      [235, 'l', 'Wonderful, thank you for contacting CCPL!', KIM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'statewide cooperative: a backup librarian passes an account question back to the home library with the why and a notice: handoff passes',
    lines: [
      [0, 'p', 'my card says blocked, i think i owe a fine, can you take it off'],
      [18, 'l', "Hi, I'm Jo, a librarian with AskUsNow!, Maryland's statewide chat. I'm covering for your library tonight. Is the card from Howard County Library System?"],
      [50, 'p', 'yes howard county'],
      [56, 'i', "Returning this one to HCLS staff: patron's card is blocked for what she thinks is a fine and she wants it waived, which only her home library can do from the account."],
      [60, 'l', 'Since this is about your account, I am passing you back to a librarian at Howard County Library System, who can look at your record. Please stay on the chat.'],
      [64, 's', 'Session transferred to Kim Osei', sys('transfer', 'kosei')],
      [110, 'l', 'Hi, this is Kim at HCLS. I see a $12 lost-item charge from 2023; I have waived it as a one-time courtesy, and you can check your account any time at hclibrary.org/myaccount. Does that take care of it?', KIM],
      [150, 'p', 'yes thank you so much, that was all'],
      [155, 'l', 'You are welcome! Thanks for using AskUsNow!', KIM],
    ],
    over: { queue: 'global' },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss: a backup librarian passes the chat back with a clear notice but the note is only "back to you, thx!": handoff fails',
    lines: [
      [0, 'p', 'when does the Kent Free Library open tomorrow'],
      [22, 'l', 'Hello! This is Jo with KnowItNow, the Ohio statewide service, covering for Kent Free Library. Is that the main library on East Main Street?'],
      [50, 'p', 'yes'],
      [55, 'i', 'back to you, thx!'],
      [58, 'l', 'I am going to send you back to a librarian at Kent Free Library, who will have the latest schedule. Stay on the chat, please!'],
      [62, 's', 'Session transferred to Renee Tubbs', sys('transfer', 'rtubbs')],
      [100, 'l', 'Hi, Renee at Kent Free Library. We open at 10 tomorrow; hours are at kentfreelibrary.org/hours. Anything else I can help with?', RENEE],
      [140, 'p', 'no thanks, that was it'],
      [144, 'l', 'Have a good evening!', RENEE],
    ],
    over: { queue: 'global' },
    exp: usual({ complete: 'fail', transfer: 'fail' }),
  },
  {
    name: 'passed back and forth: Jo to Bo with note and notice, Bo back to Jo with note and notice ("I\'ll send you back to Jo to finish up"): handoff passes',
    lines: [
      [0, 'p', 'I need a photo of my great uncle from the 1942 high school yearbook and also how to renew my passport'],
      [18, 'l', 'Hi, this is Jo at Allen County Public Library. Which high school was the yearbook from?'],
      [50, 'p', 'Central High, Fort Wayne'],
      [56, 'i', 'Bo, the yearbook part: Central High 1942, great uncle, our yearbook collection is yours. Send him back to me for the passport bit.'],
      [60, 'l', 'I am transferring you to Bo in our Genealogy Center for the yearbook, then back to me for the passport. One moment.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo at the Genealogy Center. The 1942 Central High "Caldron" is digitized at acpl.lib.in.us/genealogy > Yearbooks. Found him?', BO],
      [150, 'p', 'yes found him!'],
      [154, 'i', 'Jo, yearbook found, he still needs the passport renewal info.', BO],
      [158, 'l', "Great! I'll send you back to Jo to finish up with the passport question.", BO],
      [162, 's', 'Session transferred to Jo Smith', sys('transfer', 'jo')],
      [190, 'l', "Back with you! Adults can renew by mail with form DS-82 from travel.state.gov/renew. Does that answer your question?"],
      [230, 'p', 'yes, thats everything'],
      [235, 'l', 'Thanks for chatting with ACPL, have a great day!'],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- greeting, pickup, keep_informed and the courteous closing across a transfer --------------------------------------
  {
    // reading: the first two visible provider messages are the session's, whoever sent them
    name: 'greeting across a transfer: Jo only announces the transfer, the receiver\'s first message greets and says who: greeting passes',
    lines: [
      [0, 'p', 'my daughter needs a book for a 7th grade report on the Harlem Renaissance'],
      [12, 'i', 'Bo, 7th grade report on the Harlem Renaissance, mom asking; teen services, yours.'],
      [15, 'l', 'One moment, I am transferring you to our teen librarian.'],
      [18, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
      [45, 'l', "Hello! I'm Bo, the teen librarian at Brooklyn Public Library. Does the report need print books, or are websites ok?", BO],
      [80, 'p', 'print books'],
      [90, 'l', 'Try "Harlem Renaissance" by Veronica Chambers or "The Harlem Renaissance: A Very Short Introduction" in our catalog at bklynlibrary.org; both are on the shelf at Central. Would those work?', BO],
      [130, 'p', 'yes thanks thats all'],
      [134, 'l', 'Have fun with the report, thanks for chatting!', BO],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'greeting across a transfer: Jo\'s notice and Bo\'s first message greet nobody, Bo introduces himself only in his second: greeting fails',
    lines: [
      [0, 'p', 'i need help with my algebra homework'],
      [14, 'i', 'Bo, algebra homework help, middle school probably; you are on Homework Help tonight.'],
      [16, 'l', 'Transferring you to our Homework Help desk now.'],
      [20, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
      [40, 'l', 'What grade is this for, and what is the problem?', BO],
      [60, 'p', '8th, solving 3x + 5 = 20'],
      [66, 'l', "Hi, sorry, I'm Bo from the library! Subtract 5 from both sides (3x = 15), then divide by 3: x = 5. Khan Academy's lesson at khanacademy.org/math/algebra has more practice. Does that make sense?", BO],
      [100, 'p', 'yes! thats all thanks'],
      [104, 'l', 'Great job, bye!', BO],
    ],
    exp: usual({ greeting: 'fail', transfer: 'pass' }),
  },
  {
    // reading: a transfer routed before any provider said anything still needs the note and the notice
    name: 'a queue transfer before anyone spoke (no note, no notice), Bo picks up at 95 s: pickup and handoff fail',
    lines: [
      [0, 'p', 'do you have any ESL conversation groups on weekends'],
      [20, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [95, 'l', 'Hi, Bo at Queens Public Library. Which neighborhood are you in?', BO],
      [130, 'p', 'flushing'],
      [138, 'l', 'Flushing Library has an English conversation group Saturdays at 11; see queenslibrary.org/esol. Does that help?', BO],
      [170, 'p', 'yes thats all thanks'],
      [175, 'l', 'Thank you, see you Saturday!', BO],
    ],
    exp: usual({ pickup: 'fail', transfer: 'fail' }),
  },
  {
    name: 'keep_informed: the patron answers at 60 s, Jo transfers silently at 75 s (internal note only), Bo writes at 200 s: a 140 s wait, keep_informed fails; no notice, handoff fails',
    lines: [
      [0, 'p', 'are there any free tax prep sites near me in Omaha'],
      [20, 'l', 'Hello, this is Jo at Omaha Public Library. What is your zip code?'],
      [60, 'p', '68104'],
      [70, 'i', 'Bo, free tax prep sites near 68104; you keep the VITA list this season.'],
      [75, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [200, 'l', 'Hi, Bo here. The closest VITA site to 68104 is at Benson Library on Saturdays; the full list is at omahalibrary.org/tax-help. Does that help?', BO],
      [240, 'p', 'yes thanks, that is all'],
      [245, 'l', 'Thank you, good luck with your taxes!', BO],
    ],
    exp: usual({ informed: 'fail', transfer: 'fail' }),
  },
  {
    name: 'keep_informed: the notice at 70 s, Bo\'s hold "reading back through your chat, one sec" at 150 s, the answer at 260 s: every span under 120 s, passes',
    lines: [
      [0, 'p', 'I want to start a small press, is there anything on ISBNs'],
      [25, 'l', 'Hi! Jo at Austin Public Library. Are you publishing print books, ebooks or both?'],
      [60, 'p', 'both'],
      [66, 'i', 'Bo, self-publisher asking about ISBNs for print and ebook, starting a small press; you run the entrepreneur lab.'],
      [70, 'l', 'I am transferring you to Bo in our entrepreneur lab, who helps with publishing. He will be right with you.'],
      [74, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [150, 'l', 'Hi, Bo here, reading back through your chat, one sec.', BO],
      [260, 'l', 'In the US, ISBNs come only from Bowker at myidentifiers.com; buy a block of 10 since print and ebook each need their own. Does that answer your question?', BO],
      [300, 'p', 'yes, thats all i need'],
      [305, 'l', 'Good luck with the press, thanks!', BO],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: closing.courteous reads the session's last two visible provider messages, whoever sent them
    name: 'courteous across a transfer: Bo\'s last two messages are the answer and "Great." (Jo\'s thanks came before): courteous fails',
    lines: [
      [0, 'p', 'where can i read the Baltimore Sun from 1968'],
      [20, 'l', 'Hi, this is Jo at Enoch Pratt Free Library. Are you looking for a particular date?'],
      [50, 'p', 'april 1968, the riots'],
      [56, 'i', 'Bo, Baltimore Sun April 1968 coverage of the riots; ProQuest Historical and the microfilm, your area.'],
      [60, 'l', 'Thanks for your patience! I am handing you over to Bo in our Maryland Department.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Bo here. The Sun for April 1968 is in ProQuest Historical Newspapers at prattlibrary.org/databases with your card. Does that answer your question?', BO],
      [150, 'p', 'yes thats all i needed'],
      [155, 'l', 'Great.', BO],
    ],
    exp: usual({ courteous: 'fail', transfer: 'pass' }),
  },

  // ---- concurrency across a transfer --------------------------------------------------------------------------------------
  {
    // reading: end excluded: Bo's sessions ending at the transfer instant (80 s) do not overlap his part
    name: 'concurrency: Jo has two others open (three at once), Bo\'s three others all end exactly at the transfer: passes',
    lines: [
      [0, 'p', 'can i get a hunting and fishing license at the library'],
      [20, 'l', 'Hello, this is Jo at Spokane Public Library. Is this a Washington resident license?'],
      [50, 'p', 'yes resident'],
      [66, 'i', 'Bo, resident hunting/fishing license question, you did the outdoor recreation guide.'],
      [70, 'l', 'Transferring you to Bo, who knows the outdoor guides; one moment.'],
      [80, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo here. Libraries do not sell them, but WDFW sells licenses online at fishhunt.dfw.wa.gov. Does that answer it?', BO],
      [140, 'p', 'yes thats all thanks'],
      [145, 'l', 'Thanks for chatting, tight lines!', BO],
    ],
    ctx: { otherIntervals: [other('j1', 'jo', -200, 100), other('j2', 'jo', 10, 300), other('b1', 'bo', -300, 80), other('b2', 'bo', -100, 80), other('b3', 'bo', 0, 80)] },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'concurrency: Bo already has three chats open when the transfer lands at 80 s: four at once for Bo, fails',
    lines: [
      [0, 'p', 'can i get a hunting and fishing license at the library'],
      [20, 'l', 'Hello, this is Jo at Spokane Public Library. Is this a Washington resident license?'],
      [50, 'p', 'yes resident'],
      [66, 'i', 'Bo, resident hunting/fishing license question, you did the outdoor recreation guide.'],
      [70, 'l', 'Transferring you to Bo, who knows the outdoor guides; one moment.'],
      [80, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo here. Libraries do not sell them, but WDFW sells licenses online at fishhunt.dfw.wa.gov. Does that answer it?', BO],
      [140, 'p', 'yes thats all thanks'],
      [145, 'l', 'Thanks for chatting, tight lines!', BO],
    ],
    ctx: { otherIntervals: [other('b1', 'bo', -300, 81), other('b2', 'bo', -100, 200), other('b3', 'bo', 0, 400)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
  },
  {
    // reading: Jo is judged over her part only (0-80 s): three chats she opens at 80 s and after do not count
    name: 'concurrency: Jo takes three new chats at and after the transfer, Bo is free: passes',
    lines: [
      [0, 'p', 'can i get a hunting and fishing license at the library'],
      [20, 'l', 'Hello, this is Jo at Spokane Public Library. Is this a Washington resident license?'],
      [50, 'p', 'yes resident'],
      [66, 'i', 'Bo, resident hunting/fishing license question, you did the outdoor recreation guide.'],
      [70, 'l', 'Transferring you to Bo, who knows the outdoor guides; one moment.'],
      [80, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo here. Libraries do not sell them, but WDFW sells licenses online at fishhunt.dfw.wa.gov. Does that answer it?', BO],
      [140, 'p', 'yes thats all thanks'],
      [145, 'l', 'Thanks for chatting, tight lines!', BO],
    ],
    ctx: { otherIntervals: [other('j1', 'jo', 80, 300), other('j2', 'jo', 81, 400), other('j3', 'jo', 90, 500), other('j4', 'jo', 100, 500)] },
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: a chat passed back counts for Jo again after the return; Jo's busy spell falls while Bo had it
    name: 'concurrency: passed Jo to Bo and back; Jo\'s three other chats fall only in Bo\'s part: passes',
    lines: [
      [0, 'p', 'I need a photo of my great uncle from the 1942 high school yearbook and also how to renew my passport'],
      [18, 'l', 'Hi, this is Jo at Allen County Public Library. Which high school was the yearbook from?'],
      [50, 'p', 'Central High, Fort Wayne'],
      [56, 'i', 'Bo, the yearbook part: Central High 1942, great uncle, our yearbook collection is yours. Send him back to me for the passport bit.'],
      [60, 'l', 'I am transferring you to Bo in our Genealogy Center for the yearbook, then back to me for the passport. One moment.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo at the Genealogy Center. The 1942 Central High "Caldron" is digitized at acpl.lib.in.us/genealogy > Yearbooks. Found him?', BO],
      [150, 'p', 'yes found him!'],
      [154, 'i', 'Jo, yearbook found, he still needs the passport renewal info.', BO],
      [158, 'l', "Great! I'll send you back to Jo to finish up with the passport question.", BO],
      [162, 's', 'Session transferred to Jo Smith', sys('transfer', 'jo')],
      [190, 'l', "Back with you! Adults can renew by mail with form DS-82 from travel.state.gov/renew. Does that answer your question?"],
      [230, 'p', 'yes, thats everything'],
      [235, 'l', 'Thanks for chatting with ACPL, have a great day!'],
    ],
    ctx: { otherIntervals: [other('j1', 'jo', 64, 162), other('j2', 'jo', 70, 162), other('j3', 'jo', 80, 162)] },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'concurrency: passed Jo to Bo and back; Jo picks up three chats during Bo\'s part that are still open when the chat comes back: four at once, fails',
    lines: [
      [0, 'p', 'I need a photo of my great uncle from the 1942 high school yearbook and also how to renew my passport'],
      [18, 'l', 'Hi, this is Jo at Allen County Public Library. Which high school was the yearbook from?'],
      [50, 'p', 'Central High, Fort Wayne'],
      [56, 'i', 'Bo, the yearbook part: Central High 1942, great uncle, our yearbook collection is yours. Send him back to me for the passport bit.'],
      [60, 'l', 'I am transferring you to Bo in our Genealogy Center for the yearbook, then back to me for the passport. One moment.'],
      [64, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', 'Hi, Bo at the Genealogy Center. The 1942 Central High "Caldron" is digitized at acpl.lib.in.us/genealogy > Yearbooks. Found him?', BO],
      [150, 'p', 'yes found him!'],
      [154, 'i', 'Jo, yearbook found, he still needs the passport renewal info.', BO],
      [158, 'l', "Great! I'll send you back to Jo to finish up with the passport question.", BO],
      [162, 's', 'Session transferred to Jo Smith', sys('transfer', 'jo')],
      [190, 'l', "Back with you! Adults can renew by mail with form DS-82 from travel.state.gov/renew. Does that answer your question?"],
      [230, 'p', 'yes, thats everything'],
      [235, 'l', 'Thanks for chatting with ACPL, have a great day!'],
    ],
    ctx: { otherIntervals: [other('j1', 'jo', 64, 400), other('j2', 'jo', 70, 400), other('j3', 'jo', 80, 163)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
  },
  {
    name: 'no transfer, a busy text-service evening: two other chats overlap this one the whole time (three at once): concurrency passes',
    lines: [
      [0, 'p', 'hey whats the limit on dvds i can check out'],
      [15, 'l', 'hi! Jo @ Nashville Public Library here. is this on an adult card?'],
      [40, 'p', 'ya'],
      [46, 'l', 'adult cards can have 10 DVDs out at once, 1 week each. the full list is at library.nashville.gov/borrowing. that help?'],
      [80, 'p', 'yep thats all, thx'],
      [84, 'l', 'thx for texting NPL, enjoy the movies!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -500, 600), other('b', 'jo', -60, 300)] },
    exp: usual(),
  },
];

// ---- short cases: one behaviour each -----------------------------------------------------------------------------------
const ASK: Line[] = [
  [0, 'p', 'Hi, I need my grandfather\'s naturalization papers from the 1920s, he came from Sicily'],
  [20, 'l', 'Hello, this is Jo at Buffalo & Erie County Public Library. Do you know where he was naturalized?'],
  [50, 'p', 'Buffalo I think, around 1925'],
];
const SENT = (t: number): Line => [t, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')];
const BO_ANSWER = (t: number): Line => [t, 'l', 'Hi, Bo here in Grosvenor Room. Erie County naturalization records from the 1920s are indexed on FamilySearch (familysearch.org), and the County Clerk holds the originals. Does that help?', BO];
const NOTE = (t: number): Line => [t, 'i', 'Bo, 1920s naturalization papers for a Sicilian grandfather, Buffalo; the Grosvenor Room has the index.'];
const NOTICE = (t: number): Line => [t, 'l', 'I am transferring you to Bo in our Grosvenor Room, who handles genealogy. One moment, please.'];

/** A transfer at 70 s with the note at 60 s and the given visible notice at 64 s. */
const notice = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({
  name,
  lines: [...ASK, NOTE(60), [64, 'l', text], SENT(70), BO_ANSWER(110)],
  exp: some({ transfer: st }),
});
/** A transfer at 70 s with the given internal note at 60 s (by Jo unless `by`) and the notice at 64 s. */
const note = (name: string, text: string, st: 'pass' | 'fail', by?: ReturnType<typeof who>): SessionCase => ({
  name,
  lines: [...ASK, [60, 'i', text, by], NOTICE(64), SENT(70), BO_ANSWER(110)],
  exp: some({ transfer: st }),
});

export const short: SessionCase[] = [
  // ---- visible notices in many words ---------------------------------------------------------------------------------
  notice('notice: "I\'m going to connect you with Ms. Ortiz in our Local History Room."', "I'm going to connect you with Ms. Ortiz in our Local History Room.", 'pass'),
  notice('notice: "Let me hand you off to Bo, he\'s our genealogy guy."', "Let me hand you off to Bo, he's our genealogy guy.", 'pass'),
  notice('notice: "Our genealogy specialist is going to pick up your chat from here."', 'Our genealogy specialist is going to pick up your chat from here.', 'pass'),
  notice('notice: "You\'ll be chatting with Bo from here on; he knows immigration records."', "You'll be chatting with Bo from here on; he knows immigration records.", 'pass'),
  notice('notice (Spanish, tú): "Te voy a pasar con mi compañero Bo, que sabe más de esto."', 'Te voy a pasar con mi compañero Bo, que sabe más de esto.', 'pass'),
  notice('notice (Spanish): "Voy a transferir su chat a un colega del departamento de genealogía."', 'Voy a transferir su chat a un colega del departamento de genealogía.', 'pass'),
  notice('notice: "I\'m sending your chat over to Bo in the Grosvenor Room, hang tight!"', "I'm sending your chat over to Bo in the Grosvenor Room, hang tight!", 'pass'),
  notice('notice: "Bo is taking over this chat, he will be right with you."', 'Bo is taking over this chat, he will be right with you.', 'pass'),
  notice('near miss: "You might try calling our Grosvenor Room at 716-858-8900." (a referral, not a transfer)', 'You might try calling our Grosvenor Room at 716-858-8900.', 'fail'),
  notice('near miss: "Bo in the Grosvenor Room wrote the guide on this."', 'Bo in the Grosvenor Room wrote the guide on this.', 'fail'),
  notice('near miss: "You can transfer your holds to the Central branch at the desk."', 'You can transfer your holds to the Central branch at the desk.', 'fail'),
  notice('near miss: "I\'ll ask a colleague, hold on."', "I'll ask a colleague, hold on.", 'fail'),
  notice('near miss: "I can take your question from here too, one sec." (the same provider stays)', 'I can take your question from here too, one sec.', 'fail'),
  notice('near miss: "I\'ll have my colleague check the shelf for it." (consulting)', "I'll have my colleague check the shelf for it.", 'fail'),
  notice('notice: "I\'ll let our local history librarian carry on with you."', "I'll let our local history librarian carry on with you.", 'pass'),
  notice('near miss: "You can pick up your papers at the County Clerk\'s office." (no chat picked up)', "You can pick up your papers at the County Clerk's office.", 'fail'),
  notice('near miss: "We can pick up this chat where we left off if you come back later." (the provider, not someone else)', 'We can pick up this chat where we left off if you come back later.', 'fail'),
  notice('near miss: "The county is taking over the old records office next year."', 'The county is taking over the old records office next year.', 'fail'),
  notice('notice: "Dana will be taking over from me, she\'s our immigration records expert."', "Dana will be taking over from me, she's our immigration records expert.", 'pass'),
  notice('near miss: "You\'ll be talking with the clerk\'s office, so bring your ID." (no "from here")', "You'll be talking with the clerk's office, so bring your ID.", 'fail'),

  // ---- internal notes: why, or not ----------------------------------------------------------------------------------------
  note('note: terse with the why ("pls take: 1920s naturalization, Sicily")', 'pls take: 1920s naturalization, Sicily', 'pass'),
  note('note: two clauses of why ("She needs naturalization records from about 1925. I have no access to the Grosvenor index from home.")', 'She needs naturalization records from about 1925. I have no access to the Grosvenor index from home.', 'pass'),
  note('note: Spanish ("Bo, te paso a una señora que busca los papeles de naturalización de su abuelo, 1925")', 'Bo, te paso a una señora que busca los papeles de naturalización de su abuelo, 1925', 'pass'),
  note('near miss: the note only greets ("Hey Bo, hope your shift is going ok!")', 'Hey Bo, hope your shift is going ok!', 'fail'),
  note('near miss: the note is only "incoming!! 🙏"', 'incoming!! 🙏', 'fail'),
  note('near miss: the note is "FYI transferring one to you now, thanks Bo"', 'FYI transferring one to you now, thanks Bo', 'fail'),
  note('near miss: the note says only where it comes from ("one from the Erie County queue for you")', 'one from the Erie County queue for you', 'fail'),
  note('near miss: a third colleague writes the why (Kim, not Jo)', 'Bo, Jo has a 1920s naturalization question from Sicily for you, Grosvenor index.', 'fail', KIM),
  note('pleasantries and a why ("Hey Bo, hope your shift is going ok! This one needs the 1920s naturalization index.")', 'Hey Bo, hope your shift is going ok! This one needs the 1920s naturalization index.', 'pass'),
  note('where it comes from and a why ("one from the Erie County queue for you, she needs 1920s naturalization papers")', 'one from the Erie County queue for you, she needs 1920s naturalization papers', 'pass'),
  note('near miss: pleasantries only ("happy Friday Bo!! how was your weekend")', 'happy Friday Bo!! how was your weekend', 'fail'),
  note('a note without an author id (an export that drops it) still counts', 'Bo, 1920s naturalization papers for a Sicilian grandfather, Buffalo; the Grosvenor Room has the index.', 'pass', { authorId: undefined }),
  {
    // reading: the transferring provider is the one who held the chat; an export whose author ids differ from provider.id
    // ("jsmith@chat") is still that provider when the same id wrote to the patron just before
    name: 'the note by the id that wrote to the patron before the transfer ("jsmith@chat", provider.id "jo"): handoff passes',
    lines: [
      [0, 'p', 'naturalization papers 1920s buffalo?'],
      [20, 'l', 'Hello, this is Jo at Buffalo & Erie County Public Library. Do you know the year?', { authorId: 'jsmith@chat' }],
      [50, 'p', 'around 1925'],
      [60, 'i', 'Bo, 1920s naturalization papers for a Sicilian grandfather, Buffalo; the Grosvenor Room has the index.', { authorId: 'jsmith@chat' }],
      [64, 'l', 'I am transferring you to Bo in our Grosvenor Room, who handles genealogy. One moment, please.', { authorId: 'jsmith@chat' }],
      SENT(70),
      BO_ANSWER(110),
    ],
    exp: some({ transfer: 'pass' }),
  },
  note('near miss: the receiver writes the why ("Got it, naturalization from the 1920s, I\'ll take it")', "Got it, naturalization from the 1920s, I'll take it", 'fail', BO),
  {
    name: 'the why split over two notes by Jo ("Bo?" then "can u take a naturalization q, Sicily 1925, Grosvenor index"): handoff passes',
    lines: [...ASK, [58, 'i', 'Bo?'], [60, 'i', 'can u take a naturalization q, Sicily 1925, Grosvenor index'], NOTICE(64), SENT(70), BO_ANSWER(110)],
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'the note and the notice come after the transfer: handoff fails',
    lines: [...ASK, SENT(60), NOTE(62), NOTICE(64), BO_ANSWER(110)],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'a note with the why but the visible message says why without telling of a transfer ("Bo knows the naturalization index best.") and no other notice: handoff fails',
    lines: [...ASK, NOTE(60), [64, 'l', 'Bo knows the naturalization index best.'], SENT(70), BO_ANSWER(110)],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'a visible notice that says why, but no internal note at all: handoff fails',
    lines: [...ASK, [64, 'l', 'I am transferring you to Bo because he knows the 1920s naturalization index.'], SENT(70), BO_ANSWER(110)],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'no transfer event, a colleague only consulted by internal note: handoff na',
    lines: [...ASK, [56, 'i', 'Bo, do we still have the 1920s naturalization index on microfilm?'], [60, 'l', 'Checking with a colleague, one moment.'], [100, 'l', 'Yes: the index is on microfilm in our Grosvenor Room, and on FamilySearch (familysearch.org). Does that help?']],
    exp: some({ transfer: 'na' }),
  },

  // ---- greeting, pickup, keep_informed, courteous across a transfer ---------------------------------------------------
  {
    // reading: the two parts may be in different messages, so from different providers
    name: 'greeting split across providers: Jo\'s "Hi there!" and Bo\'s "This is Bo at the Grosvenor Room.": greeting passes',
    lines: [[0, 'p', 'naturalization papers 1920s buffalo?'], [10, 'l', 'Hi there! Transferring you to genealogy, one sec.'], [12, 'i', 'Bo, 1920s naturalization papers, Buffalo; genealogy.'], [16, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')], [40, 'l', 'This is Bo at the Grosvenor Room. Do you know the year?', BO]],
    exp: some({ greeting: 'pass', transfer: 'pass' }),
  },
  {
    name: 'a queue transfer before anyone spoke, Bo\'s first message at 50 s: pickup passes',
    lines: [[0, 'p', 'naturalization papers 1920s buffalo?'], [10, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')], [50, 'l', 'Hi, Bo at Buffalo & Erie County Public Library. Do you know the year?', BO]],
    exp: some({ pickup: 'pass', greeting: 'pass', transfer: 'fail' }),
  },
  {
    name: 'a queue transfer before anyone spoke, Bo\'s first message at 61 s: pickup fails',
    lines: [[0, 'p', 'naturalization papers 1920s buffalo?'], [10, 's', 'Session transferred to Bo Lee', sys('transfer', 'bo')], [61, 'l', 'Hi, Bo at Buffalo & Erie County Public Library. Do you know the year?', BO]],
    exp: some({ pickup: 'fail' }),
  },
  {
    name: 'keep_informed: the notice at 64 s, Bo\'s first message exactly 120 s later: passes',
    lines: [...ASK, NOTE(60), NOTICE(64), SENT(70), BO_ANSWER(184), [220, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'keep_informed: the notice at 64 s, Bo\'s first message 121 s later: fails',
    lines: [...ASK, NOTE(60), NOTICE(64), SENT(70), BO_ANSWER(185), [220, 'p', 'yes thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'keep_informed: internal notes and the transfer line inside the wait end nothing (patron at 50 s, Bo at 175 s): fails',
    lines: [...ASK, NOTE(60), [62, 'i', 'Sure, send it', BO], SENT(65), BO_ANSWER(175), [220, 'p', 'yes thanks']],
    exp: some({ informed: 'fail', transfer: 'fail' }),
  },
  {
    // reading: the session's last two visible provider messages are Jo's thanks and Bo's answer
    name: 'courteous: Jo\'s notice thanks the patron, Bo answers once and the patron leaves: the thanks is among the last two, courteous passes',
    lines: [...ASK, NOTE(60), [64, 'l', 'Thanks for waiting! I am transferring you to Bo in our Grosvenor Room.'], SENT(70), BO_ANSWER(110)],
    exp: some({ courteous: 'pass', transfer: 'pass' }),
  },

  // ---- concurrency with other stored sessions ----------------------------------------------------------------------------
  {
    name: 'concurrency: three other chats of Jo all open at 30 s: four at once, fails',
    lines: [...ASK, [60, 'l', 'FamilySearch (familysearch.org) has the index. Does that help?'], [90, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('a', 'jo', -100, 31), other('b', 'jo', 10, 200), other('c', 'jo', 30, 200)] },
    exp: some({ concurrency: 'fail' }),
  },
  {
    name: 'concurrency: three other chats of Jo, but one ends exactly when the third begins (30 s): three at once, passes',
    lines: [...ASK, [60, 'l', 'FamilySearch (familysearch.org) has the index. Does that help?'], [90, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('a', 'jo', -100, 30), other('b', 'jo', 10, 200), other('c', 'jo', 30, 200)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    name: 'concurrency: three other chats of Jo, one starting exactly at this session\'s end (95 s): three at once, passes',
    lines: [...ASK, [60, 'l', 'FamilySearch (familysearch.org) has the index. Does that help?'], [90, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', 10, 200), other('c', 'jo', 95, 300)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    name: 'concurrency: three other chats at once, but of three different providers: passes',
    lines: [...ASK, [60, 'l', 'FamilySearch (familysearch.org) has the index. Does that help?'], [90, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('a', 'bo', -100, 200), other('b', 'kosei', 10, 200), other('c', 'mbell', 30, 200)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    name: 'concurrency: Bo\'s three others open from 60 s to 71 s overlap his part (from the transfer at 70 s): fails',
    lines: [...ASK, NOTE(60), NOTICE(64), SENT(70), BO_ANSWER(110), [140, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('b1', 'bo', 0, 71), other('b2', 'bo', 30, 71), other('b3', 'bo', 60, 71)] },
    exp: some({ concurrency: 'fail', transfer: 'pass' }),
  },
  {
    name: 'concurrency: Jo\'s three others open from 69 s overlap her part (to the transfer at 70 s): fails',
    lines: [...ASK, NOTE(60), NOTICE(64), SENT(70), BO_ANSWER(110), [140, 'p', 'yes thanks']],
    ctx: { otherIntervals: [other('j1', 'jo', 0, 300), other('j2', 'jo', 30, 300), other('j3', 'jo', 69, 300)] },
    exp: some({ concurrency: 'fail' }),
  },
  {
    name: 'concurrency: nobody ever joined (the patron left before pickup): na, whatever the others',
    lines: [[0, 'p', 'naturalization papers 1920s buffalo?'], [40, 's', 'Patron left the chat', sys('patron_left')]],
    over: { resolutionCode: 'Lost Call' },
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', 10, 200), other('c', 'jo', 20, 200)] },
    exp: some({ concurrency: 'na', transfer: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('eleventh round (K7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K7): transfers, handoffs and several chats, every check', whole);
describeSessions('eleventh round (K7): transfers, short cases', short);

describeLeft('eleventh-round-transfers', LEFT);
