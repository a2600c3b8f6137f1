/**
 * Thirtieth round, area (I1): READER'S ADVISORY AND FINDING A BOOK. Read-alikes, half-remembered titles, series order,
 * book club kits and discussion questions, large print and audiobook editions, what's new, award lists, NoveList /
 * Goodreads / the catalogue, holds on the titles suggested (info.source, inquiry.clarify, followup.completeness,
 * closing.anything_else, interest.keep_informed).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  tastes asked before the first title (clarify passes):
 *   1. "What did you love about it: the marsh, the mystery, or Kya growing up?" (warm)
 *   2. "Any particular sort of crime: cosy, police procedural, Nordic?" (British)
 *   3. "how old is he?" / "which one did u finish last?" (student worker, chat-speak)
 *   4. "¿Prefiere libros en letra grande?" (Spanish)
 *   5. "May I know his age, sir?" (Indian English)
 *   6. "So you're looking for discussion questions for Lessons in Chemistry?" (restatement)
 *  titles given (a book, the catalogue, NoveList, a list with its URL: a source); "look on Goodreads" alone is not.
 *  whether the titles suit (completeness passes): "Do any of those sound good?", "Do any of those take your fancy?",
 *   "Does that sound like the one?", "that what u needed?", "That sorted?", "¿Le parecen bien?", "Will these suit him?"
 *  about something not yet given (completeness fails): "Would you like me to put any on hold?", "Shall I look for the
 *   audiobook too?", "Want more like these?", "Have you read any of these?"
 *  the patron done, explicitly: "that's all I needed", "No more questions", "Es todo, gracias"; not "ya thx", "ok ill try".
 *  searching: "let me have a look at the new arrivals", "still digging through NoveList…", silence of three minutes.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a book named by title (with or without its author) is a named resource; so is "the catalogue" and NoveList; Goodreads
 *   or Libby named without a way to reach them is an app, not a source (block N1's reading, kept);
 * - an offer to place a hold on the titles is about something not yet given: not a completeness question;
 * - "Is that the one?" right after naming a half-remembered title asks whether what was given meets the need;
 * - a question about tastes asked after the first title does not clarify (it is after the first source).
 * Written: 30 whole sessions (27 first, 3 more for the fixes; 27 run, 3 in LEFT), 30 short cases (22 first, 8 more for
 * the fixes; 29 run, 1 in LEFT), 8 near misses in `guards`. First run: 10 of 76 tests failed on 11 statuses: info.source 5, followup.completeness 3,
 * inquiry.clarify 1, referral.contact 1, interest.keep_informed 1. Three statuses were mine: the guess asked as a question
 * ("Is it The Secret Life of Bees by Sue Monk Kidd? Is that the book …?") gives no source yet (block N1's reading: it
 * asks about the need), so source and completeness fail; and one short case had the patron's reply timed before the
 * provider's answer (the times fixed, not the label). 8 were the scorer; 4 fixed in block I1:
 *  - `initialsAuthorI1` (classify.ts `initialsAuthorI1`, in `bookBy`): a title then "by" and an author with initials and
 *    one surname ("Wonder by R.J. Palacio", "Charlotte's Web by E. B. White", "The Outsiders by S.E. Hinton") [near misses:
 *    "The Summer Reading Challenge by U.S. Bank …", "the hold was placed by J. Smith at the desk"];
 *  - `noveListI1` (classify.ts `namedSource`, `sourceNow`): "NoveList" in its own spelling, the capital L inside the word, is
 *    the database named ("NoveList, in our online databases, will give you read-alikes") [near misses: "My favourite
 *    novelist is Anne Tyler too!", the hold "Let me check NoveList for you." with nothing given after];
 *  - `holdThenAskI1` (classify.ts, in `clarifyNow` beside v9's `holdThenQuestion`): a hold then a clause of its own asking
 *    "can you tell me / do you prefer / did you like / have you read …" ("While I search, can you tell me what you liked
 *    about it: …?") clarifies [near misses: "While I search, can you hold on a minute?", "One moment, can you let me know
 *    if you're still there?"];
 *  - completeness (Spanish): the plural "¿Le parecen bien?", "¿Les parecen buenos?", "¿Te parecen adecuados…?" after the
 *    titles (its subject is the titles given; the singular "¿Le parece bien?" asks agreement to a plan, as P4 and X6 read
 *    it: the first full run broke three of their cases until the alternative was narrowed to the plural) [near misses:
 *    "¿Le parece bien si le envío la lista por correo?", "¿Le parecen bien los martes a las 3 para el club?"].
 * Left (4, each with its reason in LEFT): "or ask her friends lol" read as a referral; three "Author's Title" in a sentence
 * with no reading word ("… all come in large print"); "is Corduroy the first book you meant?" (a title as the subject);
 * a quoted title with no resource noun ('"The Nightingale" is a good one').
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';
import { AUTHOR_Q, HOLD_ASK, SPANISH } from './thirtieth-round-lines';

const xferToRosa = (sec: number): Line => [sec, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')];

/** A short read-alike opening: the patron asks, the provider greets and asks about tastes. */
const ASK: Line[] = [
  [0, 'p', 'hi can you suggest something like Where the Crawdads Sing'],
  [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. What did you like most about it?"],
  [60, 'p', 'the nature stuff and the mystery'],
];
/** ASK, then a message with titles (a source), the patron's reply. */
const SUGGESTED: Line[] = [
  ...ASK,
  [90, 'l', 'You might enjoy Prodigal Summer by Barbara Kingsolver and The Great Alone by Kristin Hannah.'],
];
const L = (text: string, t = 120): Line => [t, 'l', text];
const P = (text: string, t = 110): Line => [t, 'p', text];

export const whole: SessionCase[] = [
  {
    name: 'warm public library: read-alikes for Where the Crawdads Sing, tastes asked, "Do any of those sound good?"',
    lines: [
      [0, 'p', 'Hi! I just finished Where the Crawdads Sing and loved it. Can you suggest something similar?'],
      [22, 'l', "Hi there, thanks for contacting Ask Us! I'm Marcy, a librarian at Frederick County Public Libraries."],
      [30, 'l', 'Oh, that one is a favourite here too! What did you love most about it: the marsh setting, the mystery, or Kya growing up on her own?'],
      [75, 'p', 'the setting mostly, and that she was so alone. the mystery was fun too'],
      [90, 'l', 'Let me pull a few together for you.'],
      [170, 'l', "Here are three: The Great Alone by Kristin Hannah (Alaska, a girl in the wild), Prodigal Summer by Barbara Kingsolver (Appalachian woods), and The Secret Life of Bees by Sue Monk Kidd. All three are in our catalogue at fcpl.org. Do any of those sound good?"],
      [230, 'p', 'ooh the Great Alone sounds perfect. is it checked out?'],
      [245, 'l', 'Two copies are on the shelf at the C. Burr Artz branch right now, and you can place a hold from the catalogue page. Anything else I can help you with today?'],
      [280, 'p', "no that's all I needed, thank you so much!"],
      [290, 'l', 'Happy reading, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Does that sound like the one?" right after naming the book asks whether what was given meets the need
    name: 'half-remembered title: "blue cover, a girl and a dog, 5th grade" : questions, holds, "Does that sound like the one?"',
    lines: [
      [0, 'p', 'this is going to sound dumb but im looking for a book i read in 5th grade. it had a blue cover with a girl and a dog on it'],
      [25, 'l', "Not dumb at all, we get these a lot! Hello, I'm Dana with AskUsNow! Roughly what year were you in 5th grade, and do you remember anything about the story?"],
      [80, 'p', 'like 2005? the girl moves to a new town and finds the dog in a grocery store i think. and theres a preacher'],
      [95, 'l', 'That rings a bell. Let me check a couple of things.'],
      [180, 'l', 'I think it is Because of Winn-Dixie by Kate DiCamillo (2000): India Opal finds the dog Winn-Dixie in a grocery store, and her dad is a preacher. Does that sound like the one?'],
      [210, 'p', 'YES omg thats it!!! i want to read it again'],
      [225, 'l', "Ha, wonderful! It's in our catalogue at catalog.aacpl.net, and the movie is there too. Is there anything else you'd like help with?"],
      [260, 'p', "nope thats all I needed, you're amazing"],
      [270, 'l', 'Enjoy the reread! Thanks for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, series order: titles with no question first and only "Anything else?" : clarify and completeness fail',
    lines: [
      [0, 'p', 'what order do the Louise Penny Gamache books go in'],
      [14, 'l', 'Hi, Ask Us, Dan at Harford County Library.'],
      [35, 'l', 'Still Life, A Fatal Grace, The Cruelest Month, A Rule Against Murder, The Brutal Telling. Full list at louisepenny.com/books. Anything else?'],
      [70, 'p', 'no thanks'],
      [75, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'chatty retiree, book club kit and discussion questions: size of the club asked, kit link, LitLovers, "Does that help?"',
    lines: [
      [0, 'p', 'Good morning. Our church book club is reading The Lincoln Highway next month and I am in charge of finding copies. There are 12 of us, some with poor eyesight.'],
      [28, 'l', 'Good morning, and welcome to Ask Us! My name is Helen, I am a librarian at Carroll County Public Library. Would any of your members need large print copies?'],
      [120, 'p', 'Yes, I believe three of the ladies would. Also do you have those question sheets? Our leader always forgets.'],
      [135, 'l', 'One moment while I look at our kits.'],
      [200, 'l', 'We have a Book Club Kit for The Lincoln Highway by Amor Towles with 10 regular copies, and we can add large print copies from the collection. You can request the kit at library.carr.org/bookclub. Discussion questions are in the kit, and also at litlovers.com under The Lincoln Highway. Does that help?'],
      [300, 'p', 'That is wonderful. My late husband loved Amor Towles, he read A Gentleman in Moscow twice. That is everything, dear, thank you.'],
      [310, 'l', 'What a lovely memory. Happy reading to your club!'],
    ],
    exp: usual(),
  },
  {
    // a hold then a silence of 150 s (keep_informed fails); the offer of a hold is about something not yet given
    name: 'non-native writer, large print Allende: a 150 s silence after "one moment", only "Would you like me to place a hold?"',
    lines: [
      [0, 'p', 'hello. i want book of Isabel Allende with big letters for my mother'],
      [20, 'l', 'Hello, welcome to AskUsNow! I am Carlos, librarian at Montgomery County Public Libraries. Which book of Isabel Allende, or any of them?'],
      [60, 'p', 'any. she like the house of spirits very much before'],
      [70, 'l', 'One moment, I will check the catalogue.'],
      [220, 'l', 'We have Violeta and A Long Petal of the Sea by Isabel Allende in large print. They are in the catalogue at mcpl.link/catalog, call number LP ALLENDE. Would you like me to place a hold on one?'],
      [260, 'p', 'yes violeta please, for Wheaton library'],
      [280, 'l', 'Done, the hold for Violeta is placed for pickup at Wheaton. Is there anything else?'],
      [300, 'p', 'no. thank you very much'],
      [305, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual({ informed: 'fail', complete: 'fail' }),
  },
  {
    // the patron goes quiet after "anything else?": check-in at 2.5 min, then the disconnect notice as a goodbye
    name: 'teen chat-speak, Hunger Games audiobook on Libby: the patron vanishes after "ya thx", check-in and notice',
    lines: [
      [0, 'p', 'do u have the hunger games audiobook'],
      [12, 'l', 'hi! im Kai, a student assistant at the Westside Library chat :) do u want it on the Libby app or on cd?'],
      [40, 'p', 'app'],
      [55, 'l', 'its on Libby, search The Hunger Games, the app is at libbyapp.com. did that help?'],
      [80, 'p', 'ya thx'],
      [90, 'l', 'anything else i can help with?'],
      [240, 'l', 'are u still there?'],
      [420, 'l', 'looks like u got disconnected so im closing the chat, come back anytime!'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British: new crime fiction this month, "Do any of those take your fancy?", reserving one',
    lines: [
      [0, 'p', "Hello, what's new in crime fiction this month? I've read everything on my shelf."],
      [20, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona at Leeds Libraries. Any particular sort of crime: cosy, police procedural, Nordic?"],
      [55, 'p', 'Procedurals, ideally British ones.'],
      [65, 'l', "Lovely, let me have a look at the new arrivals."],
      [140, 'l', "New this month: Resurrection Walk by Michael Connelly is American, but for British ones there's The Raging Storm by Ann Cleeves and Thin Air by Lisa Gray. The full New Titles list is at leedslibraries.gov.uk/newtitles. Do any of those take your fancy?"],
      [200, 'p', 'Ooh, the Ann Cleeves. Can I reserve it?'],
      [215, 'l', "Yes, log in to the catalogue and press Reserve; it's free for adults. Anything else I can help with today?"],
      [250, 'p', "No, that's lovely, cheers."],
      [258, 'l', 'Cheers, thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'formal academic: Pulitzer fiction winners 2000-2020, the prize asked, "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'Good afternoon. I require a list of the Pulitzer Prize winners for fiction between 2000 and 2020 for a course syllabus.'],
      [30, 'l', 'Good afternoon, thank you for contacting Ask a Librarian at Towson University Libraries. My name is Dr. Ellen Park. Is it the Fiction prize specifically, or also Drama and Poetry?'],
      [70, 'p', 'Fiction only.'],
      [85, 'l', 'The Pulitzer board lists every Fiction winner at pulitzer.org/prize-winners-by-category/219; for 2000-2020 that runs from Interpreter of Maladies to The Nickel Boys. Does this completely answer your question?'],
      [130, 'p', 'Yes. That is all I needed.'],
      [140, 'l', 'Thank you for using Ask a Librarian. Good luck with the course.'],
    ],
    exp: usual(),
  },
  {
    // NoveList is a source; "call our Readers' Advisory desk at 410-…" is a referral with its phone
    name: 'NoveList and a referral to the readers\' advisory desk with its phone number: referral passes',
    lines: [
      [0, 'p', 'how do i find books like the ones i already like, is there a website'],
      [18, 'l', 'Hi, this is Sam at Baltimore County Public Library chat. Do you mostly read fiction, or nonfiction too?'],
      [50, 'p', 'fiction, mostly thrillers'],
      [65, 'l', 'NoveList Plus is a database made for exactly that: type a title you liked and it shows read-alikes. It is free with your card at bcpl.info/novelist. Is that what you were looking for?'],
      [110, 'p', 'yes but i would rather talk to a person honestly'],
      [125, 'l', "Totally fair! Our Readers' Advisory desk at the Towson branch loves doing this; you can call them at 410-887-6100 or stop by. Anything else I can help with?"],
      [160, 'p', "no that's everything thanks"],
      [165, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },


  {
    // transferred to the local library's provider with the note and the notice
    name: 'book club kit of another county: transferred to the local librarian with the note and the notice',
    lines: [
      [0, 'p', 'Hello, does Wicomico library lend book club sets? I live in Salisbury'],
      [20, 'l', "Hello! I'm Jo, a librarian with AskUsNow! Is your club reading a particular book, or browsing?"],
      [55, 'p', 'browsing, we need 8 copies'],
      [70, 'l', "Wicomico's own librarians can answer that best; I'm transferring you to Rosa at Wicomico Public Library now, one moment."],
      [74, 'i', 'Rosa: pt in Salisbury wants book club sets (8 copies, browsing), your collection. thanks!'],
      xferToRosa(78),
      [110, 'l', "Hi, Rosa at Wicomico Public Library here! Yes, our Book Club Sets have 8-12 copies; the list is at wicomicolibrary.org/bookclub. Does that help?", ROSA],
      [150, 'p', "yes that's all I needed"],
      [158, 'l', 'Wonderful, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // the clarifying question is a substantive exchange; no source ever given; the idle handled
    name: 'patron vanishes after "books like Percy Jackson for my son": age asked, check-in, disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'looking for books like Percy Jackson for my son'],
      [20, 'l', 'Hello, this is Jo at Ask Us, Sample County Library. How old is he, and has he read the Heroes of Olympus too?'],
      [170, 'l', 'Are you still with me?'],
      [340, 'l', "It seems you've been disconnected, so I'll close this chat now. Feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish: libros como La casa de los espíritus para la mamá, letra grande, "¿Le parecen bien?", "Es todo"',
    lines: [
      [0, 'p', 'Hola, busco libros como La casa de los espíritus para mi mamá, en español'],
      [22, 'l', '¡Hola! Soy Lucía, bibliotecaria de Ask Us en la biblioteca de Prince George\'s County. ¿Su mamá prefiere libros en letra grande?'],
      [60, 'p', 'Sí, letra grande por favor'],
      [75, 'l', 'Un momento, estoy buscando en el catálogo.'],
      [150, 'l', 'Le recomiendo Como agua para chocolate de Laura Esquivel y Eva Luna de Isabel Allende; los dos están en letra grande en el catálogo en pgcmls.info/catalogo. ¿Le parecen bien?'],
      [200, 'p', 'Sí, perfecto. Es todo, muchas gracias.'],
      [210, 'l', '¡Gracias por usar Ask Us! Que disfrute la lectura.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English: "Kindly suggest books like Chetan Bhagat", age asked, "Will these suit him?"',
    lines: [
      [0, 'p', 'Good evening madam. Kindly suggest some books similar to Chetan Bhagat for my nephew.'],
      [25, 'l', 'Good evening, this is Ramesh from the Delhi Public Library chat service. May I know his age, sir?'],
      [60, 'p', 'He is 17 years, studying in 12th standard.'],
      [80, 'l', "Kindly give me two minutes, I am checking."],
      [170, 'l', "You may try Ravinder Singh's I Too Had a Love Story, Durjoy Datta's Of Course I Love You, and Anuja Chauhan's The Zoya Factor. All are in our catalogue at dpl.gov.in/opac. Will these suit him?"],
      [220, 'p', 'Yes, these are very much suitable. Thank you so much, that is all.'],
      [230, 'l', 'Thank you for contacting us. Happy reading to your nephew!'],
    ],
    exp: usual(),
  },
  {
    // macros: the opening greets and names; the title comes with no question first; only the "anything else?" macro
    name: 'scripted macros: next book after Fourth Wing, no question before the titles, the anything-else macro only',
    lines: [
      [0, 'p', 'whats the next book after Fourth Wing'],
      [10, 'l', '[Macro] Welcome to AskUsNow! My name is Librarian Pat. How can I help you today?'],
      [40, 'l', 'Iron Flame by Rebecca Yarros is book 2 of the Empyrean series, and Onyx Storm is book 3.'],
      [60, 'p', 'cool'],
      [65, 'l', '[Macro] Is there anything else I can help you with today?'],
      [90, 'p', 'nope'],
      [95, 'l', '[Macro] Thank you for using AskUsNow! Please come back anytime.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'half-remembered title not found: guesses, a holds rhythm, the Goodreads group with its URL, "ok ill try thanks"',
    lines: [
      [0, 'p', 'trying to find a mystery book i read in middle school, kids solve a puzzle left in a rich guys will'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Was it in a big apartment building, by any chance?"],
      [50, 'p', 'maybe? it was like 20 years ago'],
      [60, 'l', 'Could it be The Westing Game by Ellen Raskin?'],
      [90, 'p', 'no ive read that, it was different. there was a dog and a boat'],
      [100, 'l', 'Hmm, let me dig a little more.'],
      [190, 'l', 'Still looking, checking NoveList with "will" and "puzzle".'],
      [280, 'l', "I'm not finding it, sorry. The What's the Name of That Book group at goodreads.com/group/show/185 is very good at these. Does that help?"],
      [320, 'p', 'ok ill try thanks'],
      [328, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  {
    name: 'teen, Wings of Fire order: "which one did u finish last?", "that what u needed?"',
    lines: [
      [0, 'p', 'wat book comes after the dark secret in wings of fire'],
      [15, 'l', 'hi! Tasha here at the library help chat :) did u finish book 4 already?'],
      [40, 'p', 'ya'],
      [50, 'l', 'after The Dark Secret comes The Brightest Night, book 5! full order is at scholastic.com/wingsoffire. that what u needed?'],
      [75, 'p', 'ya ty'],
      [80, 'l', 'np! anything else?'],
      [95, 'p', 'no'],
      [100, 'l', 'bye, happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian: The Dry on BorrowBox, "That sorted?", "No worries, enjoy it. Hooroo!"',
    lines: [
      [0, 'p', "G'day, looking for the audiobook of The Dry by Jane Harper"],
      [15, 'l', "Hi, you're chatting with Shaz from Brisbane City Council Libraries. Are you after it on BorrowBox or on CD?"],
      [45, 'p', 'borrowbox'],
      [60, 'l', "Righto, it's on BorrowBox with 2 holds ahead of you; the app and the steps are at brisbane.qld.gov.au/libraries/borrowbox. That sorted?"],
      [100, 'p', 'yep thats all cheers'],
      [108, 'l', 'No worries, enjoy it. Hooroo!'],
    ],
    exp: usual(),
  },
  {
    // the subject librarian is a referral with her e-mail; the database is a source
    name: 'graduate student, Booker shortlists for a bibliography: a database, then the English subject librarian by e-mail',
    lines: [
      [0, 'p', 'Hi, I am compiling a bibliography of Booker Prize shortlisted novels 1990-2010 and their reviews.'],
      [30, 'l', 'Hello, and thank you for contacting Ask a Librarian at the University of Maryland Libraries. My name is Dr. Anita Rao. Do you need the reviews themselves, or only citations?'],
      [80, 'p', 'Citations for now, full text later.'],
      [95, 'l', 'The shortlists are at thebookerprizes.com/the-booker-library, and Book Review Digest Plus (via lib.umd.edu/databases) indexes the reviews. Is that the kind of thing you need?'],
      [150, 'p', 'Yes, very helpful. Is there someone who specialises in this?'],
      [160, 'l', 'Yes, please write to our English literature librarian, Kelly Ames, at kames@umd.edu; she can set up a consultation. Is there anything else I can help with?'],
      [200, 'p', 'No more questions, thank you.'],
      [206, 'l', 'You are welcome. Good luck with the bibliography!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a referral to the talking book library with phone and URL
    name: 'audiobooks for a grandfather losing his sight: the Talking Book library with its phone, "Does this help?"',
    lines: [
      [0, 'p', 'my grandpa is losing his sight and cant read his westerns anymore. are there audiobooks he can use without a smartphone'],
      [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! I'm sorry to hear that. Does he live in Maryland?"],
      [50, 'p', 'yes in Frederick'],
      [65, 'l', "He can get free audiobooks on a simple player by mail from the Maryland Library for the Blind and Print Disabled; call them at 410-230-2424 or apply at marylandlibraries.org/lbph. They have lots of Louis L'Amour and Zane Grey. Does this help?"],
      [120, 'p', 'that is perfect. thats all I needed'],
      [128, 'l', 'So glad! Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'sloppy and late: "what book?" with no name, titles, no question after, no goodbye',
    lines: [
      [0, 'p', 'hi, any good audiobooks for a long car trip? 2 kids 8 and 11'],
      [95, 'l', 'hi what kind?'],
      [140, 'p', 'something we all like, funny'],
      [160, 'l', 'Try Wonder by R.J. Palacio or the Percy Jackson audiobooks, both on Libby.'],
      [190, 'p', 'ok'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },

  {
    // tastes asked only after the first title: clarify fails
    name: 'tastes asked only after the first title ("Try The Great Alone. What else do you like?") : clarify fails',
    lines: [
      [0, 'p', 'whats a good book like where the crawdads sing'],
      [15, 'l', "Hi, this is Jo at Sample County Library's Ask Us chat."],
      [25, 'l', 'Try The Great Alone by Kristin Hannah. What else do you like to read?'],
      [60, 'p', 'mostly romance'],
      [75, 'l', "Then The Nightingale by Kristin Hannah too, it's in the catalogue."],
      [100, 'p', "great, that's all i needed thanks"],
      [106, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    // the restatement clarifies
    name: 'discussion questions: the restatement ("So you\'re looking for discussion questions for …?"), the publisher\'s guide',
    lines: [
      [0, 'p', 'do u have discussion questions for lessons in chemistry'],
      [18, 'l', "Hi, I'm Rob, a librarian with Ask Us at Sample County Library. So you're looking for discussion questions for your book club's read of Lessons in Chemistry by Bonnie Garmus?"],
      [45, 'p', 'yes exactly'],
      [60, 'l', "Penguin Random House has a reader's guide with questions at penguinrandomhouse.com/books/670556/lessons-in-chemistry. Is that what you were looking for?"],
      [100, 'p', "yes that's everything, thanks!"],
      [106, 'l', 'Have a great meeting, bye!'],
    ],
    exp: usual(),
  },
  {
    // a follow-up by the patron's library, recorded done within 72 h
    name: 'follow-up by the patron\'s library: a list for a reluctant reader "by Friday" to the confirmed e-mail, done in 30 h',
    lines: [
      [0, 'p', 'Hi, my 10 year old hates reading. Could someone put together a list of books he might actually like? He loves Minecraft and soccer.'],
      [25, 'l', "Hello! I'm Jo, a librarian with AskUsNow!. Which library does he use?"],
      [60, 'p', 'Ocean City branch, Worcester County'],
      [75, 'l', 'For now, the Diary of a Wimpy Kid and the Minecraft Woodsword Chronicles books are great starters, both in the catalogue at worcesterlibrary.org. Do those sound like him?'],
      [120, 'p', 'He read Wimpy Kid already. A longer list would be great.'],
      [135, 'l', "I'll ask the youth services team at Worcester County Library to make him a list. What e-mail should they use?"],
      [170, 'p', 'sam.lee@example.com'],
      [180, 'l', 'Thanks, sam.lee@example.com. Someone from your library will e-mail you the list by Friday. Anything else for today?'],
      [210, 'p', "No, that's all. Thank you!"],
      [216, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Sam Lee', email: 'sam.lee@example.com', phone: null }, followUps: [{ doneAt: at(30 * 3600), by: 'worcester', note: 'sent a list' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // the hold is also a question about tastes (holdThenAskI1)
    name: 'a hold that asks about tastes ("While I search, what did you like about it?"), "No more questions."',
    lines: [
      [0, 'p', 'Anything like Lessons in Chemistry? My whole family loved it'],
      [20, 'l', 'Hello, Maya here at Ask Us, Howard County Library System!'],
      [24, 'l', 'While I search, can you tell me what you liked about it: the 1960s setting, the humour, or Elizabeth taking on everyone?'],
      [70, 'p', 'the humor and the strong woman'],
      [140, 'l', 'Then try Remarkably Bright Creatures by Shelby Van Pelt and The Rosie Project by Graeme Simsion; both are in the catalogue at hclibrary.org. Do those sound like what you are after?'],
      [190, 'p', 'Perfect. No more questions.'],
      [198, 'l', 'Happy reading, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // (holdThenAskI1, other words) "Give me a sec to look, meanwhile do you prefer audiobooks or print?"
    name: 'student worker: audiobooks for a road trip, "Give me a sec to look, meanwhile do you prefer …?" before the titles',
    lines: [
      [0, 'p', 'hey whats a good audiobook for a 6 hour drive'],
      [15, 'l', 'hi! Sam here at the Campus Library chat :)'],
      [20, 'l', 'Give me a sec to look, meanwhile do you prefer funny stuff or thrillers?'],
      [50, 'p', 'funny'],
      [110, 'l', 'Project Hail Mary by Andy Weir is hilarious on audio, and it is on Libby at libbyapp.com. does that sound good?'],
      [150, 'p', 'ya thats all i needed thx'],
      [155, 'l', 'np, safe drive!'],
    ],
    exp: usual(),
  },
  {
    // (initialsAuthorI1, other words) authors with initials: "The Outsiders by S.E. Hinton", "Goosebumps by R. L. Stine"
    name: 'middle-school teacher: classics for a class set, "The Outsiders by S.E. Hinton", "Does that list work?"',
    lines: [
      [0, 'p', 'Hi, I teach 7th grade ELA and want a class novel that boys will actually read. Any ideas?'],
      [25, 'l', 'Hi! This is Jordan, a librarian with Ask Us at Sample County Library. How many copies would you need, and is it for fall or spring?'],
      [70, 'p', '28 copies, for spring'],
      [90, 'l', 'Two that always land with 7th graders: The Outsiders by S.E. Hinton and Hatchet by G. Paulsen. Does that list work for your class?'],
      [140, 'p', 'The Outsiders is perfect. That is all I needed, thank you'],
      [150, 'l', 'Wonderful, thanks for chatting and have a great spring term!'],
    ],
    exp: usual(),
  },
  {
    // (noveListI1 and the Spanish completeness question, other words) NoveList named in its own spelling, "¿Les parecen buenos?"
    name: 'bilingual: NoveList named for read-alikes of Isabel Allende, "¿Les parecen buenos?", "Eso es todo"',
    lines: [
      [0, 'p', 'hola, necesito libros parecidos a Isabel Allende para mi club de lectura'],
      [22, 'l', '¡Hola! Soy Marta, bibliotecaria de Ask Us en Sample County Library. ¿Los necesitan en español o en inglés?'],
      [55, 'p', 'en español'],
      [75, 'l', 'Le recomiendo Como agua para chocolate de Laura Esquivel. Also, NoveList in our online databases has a whole read-alike list for her.'],
      [90, 'l', '¿Les parecen buenos?'],
      [130, 'p', 'Sí, muy buenos. Eso es todo, gracias.'],
      [140, 'l', '¡Gracias a usted! Que disfruten el club.'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- completeness: whether the titles suit vs something not yet given ------------------------------------------------
  { name: '"Do any of those sound good?" after the titles', lines: [...SUGGESTED, L('Do any of those sound good?', 95), P("yes, that's all I needed")], exp: some({ complete: 'pass', source: 'pass', clarify: 'pass' }) },
  { name: '"Are those the kind of thing you like?"', lines: [...SUGGESTED, L('Are those the kind of thing you like?', 95), P('yes')], exp: some({ complete: 'pass' }) },
  { name: '"Would either of those work for you?"', lines: [...SUGGESTED, L('Would either of those work for you?', 95), P('yes')], exp: some({ complete: 'pass' }) },
  { name: '"Does that list work for your club?"', lines: [...SUGGESTED, L('Does that list work for your club?', 95), P('yes')], exp: some({ complete: 'pass' }) },
  // label fixed after the first run (block N1's reading, kept): a guess asked as a question ("Is it X by Y?") asks about the
  // need; no source is given yet, so nothing given is asked about either
  { name: '"Is it The Secret Life of Bees by Sue Monk Kidd? Is that the book you were thinking of?" : no source yet', lines: [...ASK, L('Is it The Secret Life of Bees by Sue Monk Kidd? Is that the book you were thinking of?', 90), P('yes!')], exp: some({ complete: 'fail', source: 'fail' }) },
  { name: 'only "Would you like me to place a hold on one?" : completeness fails', lines: [...SUGGESTED, L('Would you like me to place a hold on one?', 95), P('yes the first')], exp: some({ complete: 'fail' }) },
  { name: 'only "Shall I look for the audiobook too?" : completeness fails', lines: [...SUGGESTED, L('Shall I look for the audiobook too?', 95), P('no')], exp: some({ complete: 'fail' }) },
  { name: 'only "Want more like these?" : completeness fails', lines: [...SUGGESTED, L('Want more like these?', 95), P('no')], exp: some({ complete: 'fail' }) },
  { name: 'only "Have you read either of these already?" : completeness fails', lines: [...SUGGESTED, L('Have you read either of these already?', 95), P('no')], exp: some({ complete: 'fail' }) },
  // ---- clarify: tastes before the first title ---------------------------------------------------------------------------
  { name: '"Do you prefer something cosy or something darker?" before the titles', lines: [[0, 'p', 'any good mysteries?'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Do you prefer something cosy or something darker?'], [50, 'p', 'cosy'], [70, 'l', 'The Thursday Murder Club by Richard Osman is a great cosy one.'], [90, 'p', 'thanks']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"Is this for you or for a gift?" before the titles', lines: [[0, 'p', 'need a fantasy book rec'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Is this for you or for a gift?'], [50, 'p', 'for me'], [70, 'l', 'Try The Name of the Wind by Patrick Rothfuss.'], [90, 'p', 'thanks']], exp: some({ clarify: 'pass' }) },
  { name: 'the question about tastes only after the title : clarify fails', lines: [[0, 'p', 'need a fantasy book rec'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Try The Name of the Wind by Patrick Rothfuss. Do you like long series?'], [50, 'p', 'yes'], [70, 'l', 'Then the Stormlight Archive by Brandon Sanderson.'], [90, 'p', 'thanks']], exp: some({ clarify: 'fail' }) },
  // ---- source ----------------------------------------------------------------------------------------------------------
  { name: '"Search the catalogue for Louise Penny, she has 19 Gamache books" : source passes', lines: [[0, 'p', 'do you have louise penny books'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Which one are you after?'], [40, 'p', 'any'], [55, 'l', 'Search our catalogue for Louise Penny; we have all of her Gamache books.'], [80, 'p', 'ok thanks']], exp: some({ source: 'pass' }) },
  { name: '"NoveList in our databases will give you read-alikes" : source passes', lines: [[0, 'p', 'how do i find read alikes'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. For fiction?'], [40, 'p', 'yes'], [55, 'l', 'NoveList, in our online databases, will give you read-alikes for any title.'], [80, 'p', 'ok thanks']], exp: some({ source: 'pass' }) },
  { name: '"Goodreads has lists for that" alone : source fails', lines: [[0, 'p', 'books like the hunger games?'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. For a teen?'], [40, 'p', 'yes'], [55, 'l', 'Goodreads has lists for that, people make them all the time.'], [80, 'p', 'ok thanks']], exp: some({ source: 'fail' }) },
  // ---- anything else ----------------------------------------------------------------------------------------------------
  { name: 'the patron: "that\'s all I needed" : anything passes', lines: [...SUGGESTED, P("perfect, that's all I needed"), L('Happy reading!')], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: 'the patron: "thanks!!" only : anything fails', lines: [...SUGGESTED, P('thanks!!'), L('Happy reading!')], exp: some({ anything: 'fail' }) },
  { name: '"Can I help you find anything else to read?" : anything passes', lines: [...SUGGESTED, L('Can I help you find anything else to read?', 95), P('no thanks'), L('Bye!')], exp: some({ anything: 'pass' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: 'a three-minute search with no word : keep_informed fails', lines: [...ASK, L('Let me look.', 70), L('Prodigal Summer by Barbara Kingsolver. Does that help?', 260), P('yes', 290)], exp: some({ informed: 'fail' }) },
  { name: 'a search with "still digging through NoveList…" every 90 s : keep_informed passes', lines: [...ASK, L('Let me look.', 70), L('Still digging through NoveList…', 160), L('Almost there.', 250), L('Prodigal Summer by Barbara Kingsolver. Does that help?', 340), P('yes', 370)], exp: some({ informed: 'pass' }) },
  { name: '"Take your time, no rush!" then 3 minutes before the patron answers : keep_informed passes', lines: [[0, 'p', 'i need a book for my book club'], [15, 'l', "Hi, Jo at Ask Us here. Which books has your club liked? Take your time, no rush!"], [200, 'p', 'The Midnight Library and Anxious People'], [215, 'l', 'Then try The House in the Cerulean Sea by TJ Klune. Does that sound good?'], [240, 'p', 'yes']], exp: some({ informed: 'pass' }) },
  // ---- (I1 fixes) the same behaviour in other words ----------------------------------------------------------------------
  { name: '(initialsAuthorI1) "Charlotte\'s Web by E. B. White is a lovely read-aloud."', lines: AUTHOR_Q("Charlotte's Web by E. B. White is a lovely read-aloud."), exp: some({ source: 'pass' }) },
  { name: '(initialsAuthorI1) "Start them on Harry Potter and the Sorcerer\'s Stone by J.K. Rowling."', lines: AUTHOR_Q("Start them on Harry Potter and the Sorcerer's Stone by J.K. Rowling."), exp: some({ source: 'pass' }) },
  { name: '(noveListI1) "I\'d run their favourites through NoveList; it\'s free with your card."', lines: AUTHOR_Q("I'd run their favourites through NoveList; it's free with your card."), exp: some({ source: 'pass' }) },
  { name: '(noveListI1) "NoveList\'s read-alike lists are great for this."', lines: AUTHOR_Q("NoveList's read-alike lists are great for this."), exp: some({ source: 'pass' }) },
  { name: '(Spanish completeness) "¿Te parecen bien estos?"', lines: [...SPANISH, L('¿Te parecen bien estos?', 80), P('sí', 110)], exp: some({ complete: 'pass' }) },
  { name: '(Spanish completeness) "¿Le parecen adecuados para su mamá?"', lines: [...SPANISH, L('¿Le parecen adecuados para su mamá?', 80), P('sí', 110)], exp: some({ complete: 'pass' }) },
  { name: '(holdThenAskI1) "Let me pull up NoveList; could you tell me which parts you liked best?"', lines: HOLD_ASK('Let me pull up NoveList; could you tell me which parts you liked best?'), exp: some({ clarify: 'pass' }) },
  { name: '(holdThenAskI1) "One moment while I search, have you read any of Andy Weir\'s other books?"', lines: HOLD_ASK("One moment while I search, have you read any of Andy Weir's other books?"), exp: some({ clarify: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `initialsAuthorI1`: initials after "by" that are a place, or no title before "by"
  { name: 'near miss: "The Summer Reading Challenge by U.S. Bank has prizes for kids." : no source', lines: AUTHOR_Q('The Summer Reading Challenge by U.S. Bank has prizes for kids.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the hold was placed by J. Smith at the desk yesterday" : no source', lines: AUTHOR_Q('Sorry, the hold was placed by J. Smith at the desk yesterday, so I cannot see it.'), exp: some({ source: 'fail' }) },
  // near misses for `noveListI1`: the common noun, and a hold naming the database
  { name: 'near miss: "My favourite novelist is Anne Tyler too!" : no source', lines: AUTHOR_Q('My favourite novelist is Anne Tyler too!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Let me check NoveList for you." then nothing given : no source', lines: [...AUTHOR_Q('Let me check NoveList for you.').slice(0, 4), [200, 'l', "Sorry, I couldn't find anything like that. Bye!"]], exp: some({ source: 'fail' }) },
  // near misses for the Spanish completeness question: an offer, a time
  { name: 'near miss: "¿Le parece bien si le envío la lista por correo?" : completeness fails', lines: [...SPANISH, L('¿Le parece bien si le envío la lista por correo?', 80), P('sí', 110)], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "¿Le parecen bien los martes a las 3 para el club?" : completeness fails', lines: [...SPANISH, L('¿Le parecen bien los martes a las 3 para el club?', 80), P('sí', 110)], exp: some({ complete: 'fail' }) },
  // near misses for `holdThenAskI1`: the clause after the hold is a hold or a check-in
  { name: 'near miss: "While I search, can you hold on a minute?" : clarify fails', lines: HOLD_ASK('While I search, can you hold on a minute?'), exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "One moment, can you let me know if you\'re still there?" : clarify fails', lines: HOLD_ASK("One moment, can you let me know if you're still there?"), exp: some({ clarify: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "or ask her friends lol" is read as a referral without a contact; friends are not an agency, library,
  // department, office or named specialist (RUBRIC.md's list), but the referral reading has no narrow place for it
  {
    // Goodreads named without a way to reach it is not a source; the question about the gift counts (no source ever)
    name: 'sloppy: "look on Goodreads, people make lists" and nothing else : source fails, completeness fails',
    lines: [
      [0, 'p', 'need a book like twilight for my niece bday'],
      [25, 'l', 'hi this is Pat at Ask Us, Cecil County library. how old is she?'],
      [50, 'p', '14'],
      [70, 'l', 'honestly Goodreads is the best for that, people make lists of books like twilight. or ask her friends lol'],
      [100, 'p', 'ok thanks'],
      [110, 'l', 'np bye!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  // LEFT: three "Author's Title" in one sentence with no reading word ("… all come in large print"): N1's possessive shape
  // wants a reading cue; a narrow fix (two in a sentence, or format words) had near misses of its own (schedules, classes)
  {
    // the offer of holds is about something not yet given (completeness fails); waits on the patron are not waits
    name: 'chatty retiree, slow typist: Maeve Binchy-like large print, only "Would you like me to put any on hold?"',
    lines: [
      [0, 'p', 'Hello there. I have read every Maeve Binchy in the library twice and I need something new, large print please.'],
      [30, 'l', "Hello! You've reached Ask Us, and I'm Jo, a librarian at Sample County Library. Do you like the Irish village settings, or more the family stories?"],
      [280, 'p', 'Oh, both really. I like when there are lots of people and everybody knows everybody. Nothing with murders, I do not sleep well.'],
      [300, 'l', 'No murders, got it! Rosamunde Pilcher\'s The Shell Seekers, Patricia Scanlan\'s Happy Days and Cathy Kelly\'s Between Sisters all come in large print.'],
      [320, 'l', 'Would you like me to put any of them on hold for you?'],
      [500, 'p', 'Yes, the first one please, at the Towson branch'],
      [520, 'l', 'Done! The Shell Seekers is on hold for you at Towson. Was there anything else today?'],
      [620, 'p', "No dear, that's all, thank you so much"],
      [630, 'l', 'Enjoy it, goodbye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // LEFT: "Meanwhile, is Corduroy the first book you meant?" asks whether a title already given is the one; the family
  // reads "Is that the one you meant?" but not the title itself as the subject; not reached in the time
  {
    name: 'half-remembered title not found: a follow-up by e-mail "by tomorrow" with the address confirmed : pending',
    lines: [
      [0, 'p', 'Hi, I am trying to find a picture book from the 1980s about a bear who lives in a department store and looks for his button'],
      [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library. Was the bear a teddy bear, and do you remember the colour of his overalls?"],
      [60, 'p', 'hmm. no, wait, maybe it was a lighthouse? I am mixing up two books. The other one had a bear in a lighthouse with a red roof'],
      [75, 'l', "The department store one is Corduroy by Don Freeman; the lighthouse bear I'm not sure of yet. Let me search NoveList for it."],
      [160, 'l', 'Still searching, the lighthouse one is tricky.'],
      [260, 'l', "I'm not finding it yet. I'd like to ask our children's librarians tomorrow. Could I e-mail you what I find?"],
      [290, 'p', 'yes please, mary.jones@example.com'],
      [300, 'l', "Thanks, I have mary.jones@example.com. I'll e-mail you by tomorrow afternoon. Meanwhile, is Corduroy the first book you meant?"],
      [330, 'p', 'yes it was, thank you!'],
      [340, 'l', 'Great. Anything else for now?'],
      [360, 'p', "no that's all"],
      [365, 'l', 'Thanks, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Mary Jones', email: 'mary.jones@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // LEFT: a title in double quotes with no resource noun or reading word ('"The Nightingale" is a good one'): a quoted
  // title alone is also a button label or a search string; not reached in the time
  { name: 'a title in quotes alone: "\'The Nightingale\' is a good one" : source passes', lines: [[0, 'p', 'something sad about ww2?'], [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Fiction or true stories?'], [40, 'p', 'fiction'], [55, 'l', '"The Nightingale" is a good one, it will make you cry.'], [80, 'p', 'ok thanks']], exp: some({ source: 'pass' }) },
];

describe('thirtieth round (I1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (I1): reader\'s advisory, every check', whole);
describeSessions('thirtieth round (I1): reader\'s advisory, short cases', short);
describeSessions('thirtieth round (I1): reader\'s advisory, near misses of the changes', guards);

describeLeft('thirtieth-round-reading', LEFT);
