/**
 * Thirteenth round, area (N1): READERS' ADVISORY AND THE CATALOGUE. Book recommendations and read-alikes ("something
 * like Where the Crawdads Sing"), series order, book club kits, many titles given at once as "Title by Author",
 * "Author's Title", "Title (Author)" and "Title - Author" lines, catalogue searches and links (holds, availability at
 * branches, call numbers), audiobooks and e-books, staff picks, NoveList, Goodreads, award lists, picture books for a
 * child's age, and finding a half-remembered book from its plot. Near misses: capitals after a possessive that name
 * no book (a program, a desk, a display), an app or website named with no way to reach it, offers of more titles that
 * ask nothing about what was given, holds followed by long silences, a "Happy Reading" that is a program's name.
 * Voices: public libraries, a statewide cooperative answering for other libraries, school librarians, chat-speak
 * teens, Spanish-speaking parents.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - A book named by its title (with or without its author, in any order: "Title by Author", "Author's Title",
 *   "Title (Author)", "Title - Author", Spanish "Título de Autor") is "a book": a named resource, so a source. A book
 *   series named as such ("the Wings of Fire series") is books named, so a source too.
 * - Goodreads, Libby or hoopla named with no URL or domain is an app or website "named without a way to reach it": not
 *   a source on its own. NoveList (a database) and "the catalog" are named resources.
 * - "Happy reading!" (or "¡Feliz lectura!") closing a chat is a goodbye: a parting formula said only on leaving. The
 *   summer program "Happy Reading Club" is not.
 * - "Would you like more suggestions like these?" / "Want me to find more?" ask about something not yet given: neither
 *   a completeness question nor an "anything else" question. "Do any of those sound good?", "Any of these catch your
 *   eye?", "Is that the book you remember?" ask whether what was given meets the need.
 * - Telling the patron to pick a branch as the hold's pickup location is not a referral (no one is to be contacted
 *   about the need); telling them to ask the children's desk / a named staff member is one.
 * - "Is it If You Give a Mouse a Cookie?" offers the answer as a question in the message that gives it: it is no
 *   clarifying question before the source, but it asks whether the answer meets the need.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, ALL_NA, DAY, FU_LIB, FU_ME, T0, at, other, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- read-alikes and recommendations ----------------------------------------------------------------------------
  {
    name: 'public library: read-alikes for Where the Crawdads Sing, what did the group love, NoveList hold, three titles mixed "Title by Author" and "Author\'s Title", book club kit link, patron done, "happy reading"',
    lines: [
      [0, 'p', 'can you recommend something like Where the Crawdads Sing? my book club loved it'],
      [25, 'l', "Hi there, thanks for reaching out to Ask a Librarian at Kalamazoo Public Library! I'm Dana. What did your group love most about it: the marsh setting, the mystery, or Kya growing up on her own?"],
      [70, 'p', 'the setting mostly and the loner girl. also the trial part'],
      [78, 'l', 'Love that combo. Give me a minute to look through NoveList.'],
      [150, 'l', "Here are three: The Great Alone by Kristin Hannah (wild Alaska, a girl growing up isolated), Barbara Kingsolver's Prodigal Summer (Appalachian nature, three women) and Tara Conklin's The Last Romantics. Are any of these what your group had in mind?"],
      [205, 'p', 'the great alone sounds perfect. do you have a book club kit of it?'],
      [214, 'l', 'We do! Kits have 10 copies plus discussion questions; request one at kpl.gov/book-club-kits with your card, and they check out for 6 weeks. Anything else I can help you with today?'],
      [240, 'p', "nope that's it, thank you!!"],
      [246, 'l', "You're welcome! Thanks for chatting with KPL, and happy reading!"],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen: Percy Jackson order, "do u mean just the first series?", numbered titles and a URL, "that help?", patron "thats all", "come back anytime"',
    lines: [
      [0, 'p', 'wat order do the percy jackson books go in'],
      [22, 'l', 'Hey! This is Marcus, teen librarian at Austin Public Library. Do you mean just the first series or also the Heroes of Olympus ones?'],
      [50, 'p', 'both i guess'],
      [60, 'l', "ok here's the order: 1 The Lightning Thief, 2 The Sea of Monsters, 3 The Titan's Curse, 4 The Battle of the Labyrinth, 5 The Last Olympian. Then Heroes of Olympus starts with The Lost Hero. Full list w/ the newer ones: library.austintexas.gov/percy-order. that help?"],
      [92, 'p', 'ya thx thats all'],
      [97, 'l', 'np! come back anytime'],
    ],
    exp: usual(),
  },
  {
    name: 'half-remembered book: "a blue cover about a girl and a horse", the librarian asks what else she remembers, holds, names Misty of Chincoteague, "Is that the one you remember?"',
    lines: [
      [0, 'p', 'this is a long shot but theres a book i read in 4th grade (around 2005?) with a blue cover about a girl and a horse. cant remember the title'],
      [30, 'l', "Hi! I'm Beth, a children's librarian at Fairfax County Public Library, and I love these puzzles. Do you remember anything else: was the horse wild or tame, and was it on a farm, an island, a riding school?"],
      [85, 'p', 'a wild horse on an island i think, and the girl and her brother wanted to buy it. there was a grandpa'],
      [92, 'l', 'That rings a bell. One moment while I check a couple of things.'],
      [170, 'l', 'That sounds a lot like Misty of Chincoteague by Marguerite Henry: Paul and Maureen save up to buy a wild pony on Assateague, and they live with Grandpa and Grandma Beebe. Several 2000s paperback editions had a blue cover. Is that the one you remember?'],
      [210, 'p', "YES omg that's it. thank you so much, that's all I needed"],
      [216, 'l', 'Wonderful! Thanks for using Ask Fairfax, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "choose Elkton as your pickup branch" is not a referral: no one is to be contacted or visited about the need
    name: 'statewide cooperative for another library: a Fourth Wing hold at a branch, "I\'m not at Cecil County Public Library", print or audio, the library\'s catalogue and steps, patron done',
    lines: [
      [0, 'p', 'Is there a copy of Fourth Wing at the Elkton branch? I want to put it on hold'],
      [35, 'l', "Hello, this is Priya, a librarian with Maryland's AskUsNow! service. I'm not at Cecil County Public Library myself, but I can look at their catalog for you. Do you want print, large print, or the audiobook?"],
      [70, 'p', 'print'],
      [76, 'l', 'Checking their catalog now.'],
      [130, 'l', 'The Cecil County catalog shows 2 print copies of Fourth Wing by Rebecca Yarros at Elkton, both checked out with 4 holds. To place a hold go to ccplnet.org, search the title, click Place Hold and choose Elkton as your pickup branch. Does that help?'],
      [170, 'p', 'yes. can i see how many holds are ahead of me after'],
      [178, 'l', 'Yes: once it is placed, My Account > Holds shows your position in line. Is there anything else I can look up for you?'],
      [205, 'p', "no that's all, thanks"],
      [210, 'l', 'Thank you for using AskUsNow!, have a good night.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish-speaking parent: picture books in Spanish for a 3-year-old, "¿bilingües o solo en español?", three "Título de Autor" titles, catalogue link, "¿Le sirven…?", "es todo", "¡Que disfruten la lectura!"',
    lines: [
      [0, 'p', 'Hola, busco libros ilustrados en español para mi hija de 3 años'],
      [28, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de San José. ¿Le interesan libros bilingües o solo en español? ¿Y hay algún tema que le guste a su hija?'],
      [75, 'p', 'solo español. le gustan mucho los animales'],
      [82, 'l', 'Un momento, estoy buscando en el catálogo.'],
      [150, 'l', 'Le recomiendo La oruga muy hambrienta de Eric Carle, Choco encuentra una mamá de Keiko Kasza y Oso pardo, oso pardo, ¿qué ves ahí? de Bill Martin Jr. Los tres están en español y puede reservarlos en sjpl.org/catalogo para recogerlos en su sucursal. ¿Le sirven estas sugerencias?'],
      [200, 'p', 'sí, muchas gracias. es todo'],
      [206, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca. ¡Que disfruten la lectura!'],
    ],
    exp: usual(),
  },
  {
    name: 'school librarian: a Newbery winner under 300 pages for a book report, "does an Honor book count?", the ALA list and titles with page counts, call number, "see you tomorrow"',
    lines: [
      [0, 'p', 'I need a Newbery winner for my book report and it has to be under 300 pages'],
      [20, 'l', "Hi! Ms. Ortiz here, the librarian at Lincoln Middle School. Does it have to be a Medal winner, or does an Honor book count too?"],
      [55, 'p', 'my teacher said winner'],
      [64, 'l', 'The full list of winners is at ala.org/alsc/awardsgrants/bookmedia/newbery. Short winners we have on our shelves right now: The Crossover by Kwame Alexander (237 pages) and Bud, Not Buddy by Christopher Paul Curtis (245 pages). Do either of those work for your report?'],
      [110, 'p', 'the crossover!! can i get it tmrw'],
      [116, 'l', "Yes, it's in: call number FIC ALE, on the Newbery shelf by the windows. Anything else you need?"],
      [140, 'p', 'no thank u'],
      [144, 'l', 'You are welcome, see you tomorrow!'],
    ],
    exp: usual(),
  },
  {
    // reading: the patron gave every detail and the provider went straight to titles: no question or restatement before the source
    name: 'near miss: cozy British mystery audiobooks on Libby, the provider lists titles at once with no question, asks nothing after; patron "that\'s all I needed"',
    lines: [
      [0, 'p', "Hi, I'm looking for audiobooks like the Thursday Murder Club series, cozy British mysteries, that I can get on Libby with my Boise card"],
      [30, 'l', "Hello, this is Greg at Boise Public Library. Good ones on our Libby right now: The Appeal by Janice Hallett, Anthony Horowitz's Magpie Murders, and The Maid by Nita Prose (not British, but very cozy). Agatha Raisin by M.C. Beaton is a long series too."],
      [80, 'p', "great, that's all I needed thanks"],
      [86, 'l', 'Happy listening! Thanks for chatting with Boise Public Library.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },

  // ---- follow-ups ---------------------------------------------------------------------------------------------------
  {
    name: 'follow-up by me: large-print WWII list e-mailed by Friday, e-mail given in the chat, recorded 2 days later: contact and on_time pass',
    lines: [
      [0, 'p', 'My dad is 80 and loves WWII nonfiction, but he can only read large print now. Could you put together a list for him?'],
      [30, 'l', "Hi, I'm Tom with the Readers' Services team at Hennepin County Library. What has he read and liked lately, so I don't suggest repeats?"],
      [80, 'p', 'Unbroken, Band of Brothers, and anything by Erik Larson'],
      [90, 'l', "Great. Two to start, both in large print in our catalog: The Boys in the Boat by Daniel James Brown and Lynne Olson's Citizens of London. I'd like to put together a longer list from our staff picks and e-mail it to you. What's a good e-mail address?"],
      [130, 'p', 'janet.k@example.org'],
      [136, 'l', "Thanks, I'll send it to janet.k@example.org by Friday afternoon. Do those two look like a good start?"],
      [170, 'p', "yes, thank you so much. that's everything"],
      [176, 'l', 'My pleasure, thanks for contacting Hennepin County Library!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(2 * 86_400), by: 'jo', note: 'sent large-print WWII list' }] },
    ctx: { now: T0 + 3 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'cooperative: "someone from Westerville\'s readers\' advisory team will email you a list", coded Follow-up by patron\'s library, e-mail only in the patron field, no time: contact fails, on_time pending',
    lines: [
      [0, 'p', 'hi i want to start reading more sci fi but dont know where to begin. maybe something not too technical'],
      [25, 'l', "Hi! This is Ken, a librarian with the KnowItNow cooperative; I'm answering tonight for Westerville Public Library. Have you liked any sci-fi movies or shows?"],
      [65, 'p', 'the martian movie and black mirror'],
      [72, 'l', "Then start with The Martian by Andy Weir (funny, not too heavy on the science) and Exhalation by Ted Chiang (short stories, very Black Mirror). I'll also pass your question to Westerville's readers' advisory team, and someone there will email you a longer list. Do those two sound like a good start?"],
      [110, 'p', 'yes thanks'],
      [115, 'l', 'Is there anything else I can help with tonight?'],
      [140, 'p', 'no thats it'],
      [144, 'l', 'Thanks for using KnowItNow, good night!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'reader22@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },

  // ---- referrals ------------------------------------------------------------------------------------------------------
  {
    name: 'cooperative refers to the home library\'s readers\' services for a book club kit, with a phone and e-mail: referral passes',
    lines: [
      [0, 'p', 'Does Grandview library have book club kits for The Covenant of Water? Our group meets in March'],
      [30, 'l', "Good evening, you've reached Ohio's KnowItNow, and my name is Renee. I'm not at Grandview Heights Public Library, but I can check what's online. How many copies does your group need?"],
      [75, 'p', 'about 12'],
      [84, 'l', "Grandview's catalog lists a kit for The Covenant of Water by Abraham Verghese with 10 copies, and kits are booked by their Readers' Services staff, not online. You can reach them at 614-555-0199 or readers@example.org to book it for March and ask about 2 extra copies. Does that help?"],
      [130, 'p', 'yes perfect'],
      [134, 'l', 'Anything else I can help you with?'],
      [150, 'p', 'nope, thanks!'],
      [155, 'l', 'Thanks for chatting with KnowItNow. Good luck with the book club!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask at the children's desk at Main" tells the patron to visit/ask the library's own department: a referral, with no contact
    name: 'referral to the children\'s desk with no way to reach it: referral fails; the rest usual',
    lines: [
      [0, 'p', 'my son is 7 and only wants to read about dinosaurs. any chapter books?'],
      [28, 'l', "Hi, I'm Asha, a librarian at Sacramento Public Library. Is he reading on his own already, or would you read them together?"],
      [60, 'p', 'on his own, pretty well'],
      [70, 'l', "Try Dinosaurs Before Dark by Mary Pope Osborne (Magic Tree House #1) and the Dino-Mike! series by Franco Aureliani. Next time you're in, ask at the children's desk at Central; they keep a binder of staff picks by topic. Do those sound like his kind of thing?"],
      [110, 'p', 'yes he has the magic tree house one already but not dino mike. thanks, thats all'],
      [116, 'l', 'Great! Thanks for chatting with us, have a good one.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish: audiobooks for children, referral to the Sala Infantil with its phone, "¿Algo más en que le pueda ayudar?"',
    lines: [
      [0, 'p', 'Buenas tardes, ¿tienen audiolibros en español para niños de 8 años?'],
      [30, 'l', 'Buenas tardes, le atiende Jorge, bibliotecario de la Biblioteca Pública de Houston. ¿Los quiere escuchar en el teléfono o en CD?'],
      [65, 'p', 'en el telefono'],
      [72, 'l', 'En hoopla (houstonlibrary.org/hoopla) hay audiolibros infantiles en español, por ejemplo Marisol McDonald no combina de Monica Brown. Para más ideas, la Sala Infantil de la Biblioteca Central prepara listas: llame al 832-555-0150. ¿Le sirve?'],
      [110, 'p', 'sí, gracias'],
      [115, 'l', '¿Algo más en que le pueda ayudar?'],
      [135, 'p', 'no, es todo'],
      [140, 'l', 'Gracias por usar el chat de la biblioteca. ¡Hasta luego!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- dismissals, timing, openings ---------------------------------------------------------------------------------
  {
    name: 'dismissal: a teen asking for more manga is told "that\'s the limit for one chat" and the chat ends: no_dismissal fails',
    lines: [
      [0, 'p', 'ok i finished spy x family what else should i read'],
      [25, 'l', "Hi! Teen Services at Cuyahoga County Public Library, I'm Dev. What did you like about it, the comedy or the spy stuff?"],
      [55, 'p', 'both lol'],
      [62, 'l', 'Try Kaiju No. 8 by Naoya Matsumoto and Sakamoto Days by Yuto Suzuki; both are in our catalog at cuyahogalibrary.org. Do those sound good?'],
      [90, 'p', 'ya what else. also horror ones'],
      [96, 'l', "You've asked for a lot of titles already and that's the limit for one chat, so I'm going to end it here. Thanks."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'busy queue handled well: "a few people waiting, so I need to wrap up, but come back anytime for more recs!": no dismissal',
    lines: [
      [0, 'p', 'i need more books like hunger games, i read all of them'],
      [20, 'l', "Hey, Sam here from Tulsa City-County Library's Ask Us chat! Do you like the action part most, or the rebellion/politics part?"],
      [45, 'p', 'action'],
      [52, 'l', 'Then Red Queen by Victoria Aveyard and Legend by Marie Lu are your next two; both have copies on the shelf at Central. Do those work?'],
      [80, 'p', 'yes!! any more?'],
      [86, 'l', "There are a few people waiting, so I need to wrap up, but come back anytime for more recs! Is there anything else quick I can help with first?"],
      [110, 'p', 'no thats fine thx'],
      [114, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'slow pickup (80 s) and no identification in the first two provider messages: pickup and greeting fail',
    lines: [
      [0, 'p', 'do you have the new Louise Penny book'],
      [80, 'l', 'Hi! What can I help you find?'],
      [90, 'p', 'the new louise penny'],
      [96, 'l', 'Do you mean the new Gamache mystery that came out this fall?'],
      [120, 'p', 'yes'],
      [128, 'l', 'We have 6 copies, all checked out; you can put a hold on it at rdpl.org/catalog. Does that help?'],
      [150, 'p', "yep that's all"],
      [153, 'l', 'Thanks for chatting with Red Deer Public Library, take care!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'keep_informed fails: "Searching NoveList for you..." then 165 s of silence before the titles',
    lines: [
      [0, 'p', 'I loved Lessons in Chemistry. What should I read next?'],
      [25, 'l', "Hi, this is Karen at the Spokane Public Library. What did you like best: the 1960s setting, Elizabeth herself, or the humor?"],
      [60, 'p', 'elizabeth! a smart woman fighting the system'],
      [66, 'l', 'Searching NoveList for you...'],
      [231, 'l', "Try The Rose Code by Kate Quinn (women codebreakers at Bletchley Park) and Hidden Figures by Margot Lee Shetterly. Do those sound like what you're after?"],
      [270, 'p', "yes both! that's everything"],
      [274, 'l', 'Thanks for chatting, enjoy!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'patron quiet after the titles: "Still there?" then "It looks like you\'ve stepped away, so I\'ll close the chat. Happy reading!" (idle 230 s): both pass',
    lines: [
      [0, 'p', 'whats a good fantasy series for an adult who has never read fantasy'],
      [25, 'l', "Hello! You've reached Ask a Librarian at Arlington Public Library; I'm Nadia. Do you prefer something cozy, or darker and epic?"],
      [60, 'p', 'cozy'],
      [68, 'l', 'Start with Legends & Lattes by Travis Baldree (a retired orc opens a coffee shop) and then The House in the Cerulean Sea by TJ Klune. Both are on the shelf at Central. Do these sound good?'],
      [200, 'l', 'Still there?'],
      [298, 'l', "It looks like you've stepped away, so I'll close the chat. Happy reading!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'patron left at once: one message, then "Patron has left", the provider greets, checks in, gives a notice; Lost Call: information checks na',
    lines: [
      [0, 'p', 'what are some good books like the silent patient'],
      [15, 's', 'Patron has left the chat.', sys('patron_left')],
      [30, 'l', 'Hi, this is Alex at Richland Library. How can I help?'],
      [160, 'l', 'Are you still there?'],
      [230, 'l', "It seems you've disconnected, so I'll end this chat. Feel free to come back anytime, thank you!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'transfer: the cooperative\'s librarian hands a local hold question to a Frederick librarian with an internal note and tells the patron',
    lines: [
      [0, 'p', 'Can someone tell me why my hold on Demon Copperhead says "in transit" for 2 weeks?'],
      [28, 'l', "Hi, I'm Jess, a librarian with AskUsNow!. Are you a Frederick County Public Libraries cardholder?"],
      [55, 'p', 'yes'],
      [62, 'l', "A librarian from Frederick is online, so I'm going to transfer you to her; she can see your account. One moment."],
      [66, 'i', 'Hi Meg, transferring a FCPL patron: hold on Demon Copperhead stuck in transit 2 weeks, needs an account look.'],
      [70, 's', 'Session transferred to Meg Doyle', sys('transfer', 'meg')],
      [90, 'l', "Hi, this is Meg at Frederick County Public Libraries. I see the hold: the copy was lost in transit, so I've moved you to the next copy and you're now 1st in line. You can track it under My Account at fcpl.org. Does that answer your question?", who('Meg Doyle', 'meg')],
      [130, 'p', 'yes thank you, thats all'],
      [134, 'l', 'Thanks for your patience, have a good evening!', who('Meg Doyle', 'meg')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'concurrency fails: the provider had three other chats open throughout this one',
    lines: [
      [0, 'p', 'is the audiobook of Tomorrow and Tomorrow and Tomorrow available'],
      [25, 'l', 'Hi, Chris from Boulder Public Library here. Libby or CD?'],
      [50, 'p', 'libby'],
      [58, 'l', "It's on our Libby (boulder.overdrive.com) with a 3-week wait; you can place the hold there. Does that help?"],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 200), other('b', 'jo', -30, 200), other('c', 'jo', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'availability at branches and a call number; "Anything else?" but no completeness question: completeness fails',
    lines: [
      [0, 'p', 'which branches have The Anxious Generation on the shelf right now'],
      [22, 'l', 'Hello, this is Rob at the Denver Public Library. Do you need the regular print, or is large print ok?'],
      [50, 'p', 'regular'],
      [58, 'l', "The catalog shows it on the shelf at Central (call number 305.235 HAIDT, 3rd floor) and Park Hill. You can see live availability by searching the title at denverlibrary.org. Anything else?"],
      [85, 'p', 'no, thanks'],
      [88, 'l', 'Thanks for contacting Denver Public Library!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'staff picks given only as "Author\'s Title": sources; "Any of those catch your eye?"',
    lines: [
      [0, 'p', 'what are the staff picks this month? i need a beach read'],
      [24, 'l', "Hi! I'm Olivia at Portland's Multnomah County Library. Do you like romance, thrillers, or something funny?"],
      [55, 'p', 'funny or romance'],
      [62, 'l', "This month's staff favorites in that vein: Emily Henry's Funny Story, Abby Jimenez's Just for the Summer and Ali Hazelwood's Love, Theoretically. Any of those catch your eye?"],
      [95, 'p', 'funny story!! ok thats all, ty'],
      [99, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen and chat-speak librarian: "wat kinda stuff r u into?", horror titles as "Title - Author" lines, "any of those sound good?"',
    lines: [
      [0, 'p', 'hiii i need a scary book for halloween but not too gory'],
      [18, 'l', 'hey! Jamie from the Skokie Public Library teen desk here. wat kinda scary r u into, ghosts or more like creepy mystery?'],
      [40, 'p', 'ghosts def'],
      [48, 'l', 'ok try these:\nThe Dead and the Dark - Courtney Gould\nLockwood & Co: The Screaming Staircase - Jonathan Stroud\nHouse of Hollow - Krystal Sutherland\nall 3 r on the shelf in the teen room. any of those sound good?'],
      [75, 'p', 'lockwood!! thx thats all'],
      [79, 'l', 'yay! thx for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'audiobook for a road trip, restated need ("So you need something the whole family can listen to…?"), hoopla with URL, patron done',
    lines: [
      [0, 'p', "We're driving to Florida next week with a 9 and 12 year old, 14 hours. Audiobook ideas?"],
      [25, 'l', "Hello, thanks for contacting Ask Us at Charlotte Mecklenburg Library! This is Tanya. So you need something the whole family can listen to, about 14 hours long, that works for both kids?"],
      [60, 'p', 'exactly'],
      [68, 'l', "Let me look at what's available right now."],
      [140, 'l', 'The Wild Robot by Peter Brown (about 4 hrs) and Holes by Louis Sachar (about 7 hrs) together come close to 11 hours, and both are on hoopla with no wait: cmlibrary.org/hoopla. Would those work for your trip?'],
      [180, 'p', 'perfect, that is everything. thank you!'],
      [185, 'l', 'Have a great trip, and thanks for using Ask Us!'],
    ],
    exp: usual(),
  },
  {
    name: 'a series by name ("the Wings of Fire series") as the only source; no question at all, but the patron says she is done',
    lines: [
      [0, 'p', 'my daughter is 10 and loved the Warriors cat books. whats next?'],
      [26, 'l', 'Hi, Emma at the Madison Public Library here. Did she like the animal clans and battles, or the adventure?'],
      [55, 'p', 'the clans and battles'],
      [64, 'l', 'Then the Wings of Fire series is the classic next step: dragon tribes, prophecies and plenty of battles. The graphic novel versions are great too.'],
      [100, 'p', "oh she'll love that. that's all we needed, thanks"],
      [105, 'l', 'Thanks for chatting with us, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: Goodreads named with no URL or domain is a website named without a way to reach it: no source
    name: 'near miss: the only pointer is "Goodreads has lists for that" (no URL), no book named: source fails; "Does that help?" still follows an answer',
    lines: [
      [0, 'p', 'are there books like the Twilight series but for adults?'],
      [24, 'l', 'Hi, this is Pat with Ask a Librarian at Mesa Public Library. Do you want the vampire romance part, or the paranormal part more generally?'],
      [60, 'p', 'vampire romance'],
      [68, 'l', "Honestly Goodreads has really good user lists for that; just search 'vampire romance for adults' over there. Does that help?"],
      [95, 'p', 'ok, thanks that is all'],
      [100, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'Practice session between two cooperative staff: every check na',
    lines: [
      [0, 'p', 'test: do you have Hamnet by Maggie OFarrell'],
      [20, 'l', 'Hi, this is Jo testing the new read-alike macro. Try Hamnet by Maggie O\'Farrell, it is in the catalog.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'code missing (null) on an otherwise good series-order chat: resolution.code fails',
    lines: [
      [0, 'p', 'What order should I read the Outlander books in?'],
      [26, 'l', 'Hi! This is Deb at the Columbus Metropolitan Library. Do you want only the main novels, or the novellas too?'],
      [60, 'p', 'just the main ones'],
      [66, 'l', "In order: Outlander, Dragonfly in Amber, Voyager, Drums of Autumn, The Fiery Cross, A Breath of Snow and Ashes, An Echo in the Bone, Written in My Own Heart's Blood, Go Tell the Bees That I Am Gone. Diana Gabaldon's site dianagabaldon.com has the full chart with the novellas. Is that what you needed?"],
      [100, 'p', "yes, that's everything, thank you"],
      [104, 'l', 'Thanks for chatting with CML!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
];

// ---- short cases ---------------------------------------------------------------------------------------------------

const ASK: [number, 'p', string] = [0, 'p', 'any good books like The Nightingale?'];
const HELLO: [number, 'l', string] = [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you want more WWII historical fiction, or more about sisters?"];
const WW2: [number, 'p', string] = [50, 'p', 'ww2 for sure'];

export const short: SessionCase[] = [
  // sources: books named in other orders, and near misses
  {
    name: '"Author\'s Title" as the only source: "Try Kate Quinn\'s The Alice Network." is a book',
    lines: [ASK, HELLO, WW2, [60, 'l', "Try Kate Quinn's The Alice Network."], [90, 'p', 'ok thx']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"Author\' Title" with a bare apostrophe: "Jojo Moyes\' The Giver of Stars" is a book',
    lines: [ASK, HELLO, WW2, [60, 'l', "You might like Jojo Moyes' The Giver of Stars, or Kristin Hannah's The Women."], [90, 'p', 'ok thx']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"Title (Author)" list: "All the Light We Cannot See (Anthony Doerr), The Book Thief (Markus Zusak)" are books',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Classics of the genre: All the Light We Cannot See (Anthony Doerr), The Book Thief (Markus Zusak).'], [90, 'p', 'ok thx']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: the capitals after "Library's" name a program, not a book
    name: 'near miss: "the Library\'s Summer Reading Challenge starts June 1" names a program, no book: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', "I don't have titles handy, but the Library's Summer Reading Challenge starts June 1 and has a WWII theme week."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "Tuesday\'s Story Time is for ages 2-5" names an event, no book: no source',
    lines: [[0, 'p', 'what should i read to my 3 year old'], [20, 'l', 'Hi, this is Jo at Sample County Library! What does she like?'], [50, 'p', 'trucks'], [60, 'l', "Tuesday's Story Time is for ages 2-5 and this month it's all about trucks!"], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "Today\'s Staff Picks Display is by the front door" names a display, no book: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', "Today's Staff Picks Display is by the front door and has a few WWII novels on it."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: an app named without a way to reach it is not a source
    name: 'near miss: "It\'s on Libby" with no book named and no link: no source',
    lines: [[0, 'p', 'can i get audiobooks for free'], [20, 'l', 'Hi, Jo from Sample County Library here. On your phone?'], [50, 'p', 'yes'], [60, 'l', "Yes, they're all on Libby, just log in with your card."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'Goodreads with a link is a source',
    lines: [ASK, HELLO, WW2, [60, 'l', 'There is a long reader list at goodreads.com/list/show/2122.Best_WWII_Fiction for that.'], [90, 'p', 'ok thx']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'Spanish "Título de Autor": "Le recomiendo La sombra del viento de Carlos Ruiz Zafón." is a book',
    lines: [[0, 'p', 'quiero una novela de misterio en español'], [20, 'l', 'Hola, soy Jo de la biblioteca. ¿Histórica o actual?'], [50, 'p', 'histórica'], [60, 'l', 'Le recomiendo La sombra del viento de Carlos Ruiz Zafón.'], [90, 'p', 'gracias']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'a catalogue record link is a source',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Here it is in the catalog: https://cincinnatilibrary.bibliocommons.com/v2/record/S170C3718224'], [90, 'p', 'ok thx']],
    exp: some({ source: 'pass' }),
  },

  // completeness
  {
    name: '"Any of these ring a bell?" after titles asks whether they meet the need',
    lines: [[0, 'p', 'trying to find a mystery about a woman who wakes up with no memory, read it 10 yrs ago'], [20, 'l', 'Hi, Jo at Sample County Library. Was she a nurse, or a wife?'], [50, 'p', 'wife i think'], [60, 'l', 'Could be Before I Go to Sleep by S.J. Watson, or What Alice Forgot by Liane Moriarty. Any of these ring a bell?'], [90, 'p', 'the first one!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: an offer of more titles asks about something not yet given
    name: 'near miss: "Would you like more suggestions like these?" is no completeness question and no "anything else"',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn. Would you like more suggestions like these?'], [90, 'p', 'no thats fine'], [95, 'l', 'Ok, thanks for chatting!']],
    exp: some({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"Is that the book you remember?" after the title asks whether it meets the need',
    lines: [[0, 'p', 'book about a boy who lives in an airport?'], [20, 'l', 'Hi, Jo at Sample County Library. Middle grade or adult?'], [50, 'p', 'middle grade'], [60, 'l', 'That is Fly Away Home by Eve Bunting. Is that the book you remember?'], [90, 'p', 'yes!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'Spanish: "¿Alguno de estos le llama la atención?" after titles asks whether they meet the need',
    lines: [[0, 'p', 'libros para mi hijo de 6 años'], [20, 'l', 'Hola, soy Jo de la biblioteca. ¿Qué le gusta?'], [50, 'p', 'los perros'], [60, 'l', 'Perro grande, perro pequeño de P.D. Eastman y Harry el perrito sucio de Gene Zion. ¿Alguno de estos le llama la atención?'], [90, 'p', 'sí']],
    exp: some({ complete: 'pass' }),
  },

  // clarify
  {
    name: '"How old is your little one?" before the titles is a clarifying question',
    lines: [[0, 'p', 'need bedtime books'], [20, 'l', 'Hi, Jo at Sample County Library! How old is your little one?'], [50, 'p', '2'], [60, 'l', 'Goodnight Moon by Margaret Wise Brown and Llama Llama Red Pajama by Anna Dewdney. Do those help?'], [90, 'p', 'yes']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'chat-speak clarifying question with no "?": "wat was the last book u liked" before the titles',
    lines: [[0, 'p', 'bored need a book'], [20, 'l', 'hey its Jo from the Sample County Library teen desk. wat was the last book u liked'], [50, 'p', 'one of us is lying'], [60, 'l', 'try A Good Girl\'s Guide to Murder by Holly Jackson. does that help?'], [90, 'p', 'ya']],
    exp: some({ clarify: 'pass' }),
  },

  // holds and waits
  {
    name: 'chat-speak hold "lemme pull up the catalog rq" then 150 s silence: keep_informed fails',
    lines: [[0, 'p', 'do u have heartstopper vol 5'], [20, 'l', 'hey, Jo at Sample County Library here. the graphic novel?'], [40, 'p', 'ya'], [46, 'l', 'lemme pull up the catalog rq'], [196, 'l', "yep, 2 copies at Central. does that help?"], [220, 'p', 'ya thx']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'hold "Checking availability at the branches, one sec" then 140 s: keep_informed fails',
    lines: [[0, 'p', 'which branch has Iron Flame?'], [20, 'l', 'Hi, Jo at Sample County Library. Print?'], [40, 'p', 'yes'], [46, 'l', 'Checking availability at the branches, one sec.'], [186, 'l', 'Eastside has one on the shelf. Does that help?'], [220, 'p', 'ya thx']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Take your time looking through the list!" is no hold: the patron\'s 200 s reading is waiting on the patron',
    lines: [[0, 'p', 'need a list of picture books about grief'], [20, 'l', 'Hi, Jo at Sample County Library. For what age?'], [40, 'p', '5'], [46, 'l', 'Here is our staff list: samplelib.org/lists/grief-picture-books. Take your time looking through the list!'], [246, 'p', 'these are great thanks'], [250, 'l', 'Glad to help! Bye!']],
    exp: some({ informed: 'pass' }),
  },

  // anything else, patron done, courteous
  {
    name: '"Can I help you find anything else to read?" asks whether the patron needs anything else',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn. Can I help you find anything else to read?'], [90, 'p', 'no thats fine']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron done in chat-speak: "ok i have enough to read for a year lol thats all"',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn and The Rose Code by Kate Quinn. Do those help?'], [90, 'p', 'ok i have enough to read for a year lol thats all']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "ok cool thx" is not the patron saying they are done',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn. Does that help?'], [90, 'p', 'ok cool thx']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "Happy reading!" closing the chat is a parting formula: a goodbye
    name: '"Happy reading!" alone as the last provider message is a goodbye',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn. Does that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Great. Happy reading!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'Spanish "¡Feliz lectura!" as the last provider message is a goodbye',
    lines: [[0, 'p', 'una novela corta para el verano'], [20, 'l', 'Hola, soy Jo de la biblioteca. ¿Romántica o de misterio?'], [50, 'p', 'misterio'], [60, 'l', 'Le recomiendo Crónica de una muerte anunciada de Gabriel García Márquez. ¿Le sirve?'], [90, 'p', 'sí, es todo'], [95, 'l', '¡Perfecto! ¡Feliz lectura!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "The Happy Reading Club signup is at samplelib.org/summer." names a program: no goodbye',
    lines: [[0, 'p', 'summer reading for kids?'], [20, 'l', 'Hi, Jo at Sample County Library. What ages?'], [50, 'p', '6 and 8'], [60, 'l', 'Both can join. The Happy Reading Club signup is at samplelib.org/summer.'], [90, 'p', 'ok']],
    exp: some({ courteous: 'fail' }),
  },

  // referrals and dismissals
  {
    name: 'referral to a named staff member with an e-mail: "ask for Jasmine, she runs the manga club (teens@example.org)" passes',
    lines: [[0, 'p', 'is there a manga club'], [20, 'l', 'Hey, Jo at Sample County Library! For teens?'], [40, 'p', 'ya im 14'], [46, 'l', 'Yes! Stop by the Teen Desk and ask for Jasmine, she runs the manga club (teens@example.org). Does that help?'], [80, 'p', 'ya']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral to a named staff member with no contact: "ask for Jasmine at the Teen Desk" fails',
    lines: [[0, 'p', 'is there a manga club'], [20, 'l', 'Hey, Jo at Sample County Library! For teens?'], [40, 'p', 'ya im 14'], [46, 'l', 'Yes! Stop by the Teen Desk and ask for Jasmine, she runs the manga club. Does that help?'], [80, 'p', 'ya']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'dismissal: "I can only give three recommendations per chat, sorry." ends on a limit',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn, The Rose Code by Kate Quinn and The Women by Kristin Hannah.'], [90, 'p', 'more?'], [96, 'l', 'I can only give three recommendations per chat, sorry.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "We can only lend three book club kits per card at a time" is a borrowing rule, not a chat limit: no dismissal',
    lines: [[0, 'p', 'can i get 4 book club kits'], [20, 'l', 'Hi, Jo at Sample County Library. For one group?'], [40, 'p', 'yes'], [46, 'l', 'We can only lend three book club kits per card at a time, but another member could check out the fourth. The list is at samplelib.org/kits. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass' }),
  },

  // near misses for the thirteenth round's N1 widenings
  {
    name: 'near miss (Author\'s Title): "Prince George\'s County Memorial Library has the book on hold for you" names a place: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', "Prince George's County Memorial Library has the book on the hold shelf for you."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (Author\'s Title): "the Springfield City Library\'s Circulation Desk handles holds" names a desk: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', "For holds on book club sets, the Springfield City Library's Circulation Desk handles those in person."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (Author\'s Title): "Mary Ann\'s Diner" with no reading word: no source',
    lines: [[0, 'p', 'where do the book club people meet'], [20, 'l', 'Hi, Jo at Sample County Library. Which group?'], [50, 'p', 'the tuesday one'], [60, 'l', "They meet at Mary Ann's Diner on Tuesdays."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (Title (Author)): "Youth Services (Maria Lopez) keeps the book lists" names a unit and a person: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Youth Services (Maria Lopez) keeps the book lists for that.'], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (Title - Author): one signature line "Sample County Library - Jo Smith" is no list of books: no source',
    lines: [ASK, HELLO, WW2, [60, 'l', "I'm not finding anything great yet, sorry.\nSample County Library - Jo Smith"], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (series): "that\'s from the Netflix series, not a book" names no book: no source',
    lines: [[0, 'p', 'is bridgerton season 3 a book'], [20, 'l', 'Hi, Jo at Sample County Library. The show?'], [50, 'p', 'ya'], [60, 'l', "The part you mean was made up for the Netflix series, it isn't in any of the novels."], [90, 'p', 'ok thx']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (Spanish): "Le recomiendo la Sala Infantil de Biblioteca Central" names a room, no book: no source',
    lines: [[0, 'p', 'libros para niños'], [20, 'l', 'Hola, soy Jo de la biblioteca. ¿De qué edad?'], [50, 'p', '5 años'], [60, 'l', 'Le recomiendo visitar la Sala Infantil de Biblioteca Central, tienen muchos.'], [90, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (completeness): "Does that sound like a plan?" about calling later asks nothing of what was given',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn. I can also call you tomorrow with more. Does that sound like a plan?'], [90, 'p', 'sure']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss (completeness): "Have you read any of these before?" asks about the patron, not whether the titles meet the need',
    lines: [ASK, HELLO, WW2, [60, 'l', 'Try The Alice Network by Kate Quinn or The Rose Code by Kate Quinn. Have you read any of these before?'], [90, 'p', 'no']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Do you remember anything else about the cover?" is a clarifying question, not an "anything else" offer',
    lines: [[0, 'p', 'looking for a book about a dragon, read it as a kid'], [20, 'l', 'Hi, Jo at Sample County Library! Do you remember anything else about the cover?'], [50, 'p', 'it was red'], [60, 'l', 'Maybe Eragon by Christopher Paolini. Does that help?'], [90, 'p', 'maybe, thx']],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'near miss (dismissal): "There\'s no limit for one chat, so ask away!" lifts a limit',
    lines: [ASK, HELLO, WW2, [60, 'l', "Try The Alice Network by Kate Quinn. There's no limit for one chat, so ask away!"], [90, 'p', 'thats all thx'], [94, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: unchanged: a title asked as a question is both the answer and a question; reading it as a source would turn
    // every "Is it <title>?" clarifying question into one.
    // reading: "Is it If You Give a Mouse a Cookie?" offers the answer as a question in the same message: no clarifying
    // question before the source, but it asks whether the answer meets the need
    // LEFT: a question sentence gives no source (classify.ts `sentenceSource` returns at `x.q`), so the guess reads as a
    // clarifying question and nothing as the answer; letting a titled book in a question be a source would also make
    // "Do you mean The Black Wolf by Louise Penny?" (a clarifying question) a source, and the completeness question
    // would then have to be found in the same sentence: not safe in the time
    name: 'LEFT (a book named in a question is no source) half-remembered picture book answered at once as a question ("Is it If You Give a Mouse a Cookie by Laura Numeroff?"): clarify fails, completeness passes',
    lines: [
      [0, 'p', 'theres a picture book from the 90s where a mouse wants a cookie and then milk and then everything else. what is it called??'],
      [26, 'l', 'Hi, this is Kim at Naperville Public Library! Is it If You Give a Mouse a Cookie by Laura Numeroff?'],
      [50, 'p', 'YES thank you!! thats all i needed'],
      [55, 'l', 'Ha, glad I could help. Thanks for chatting, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
];

describe('thirteenth round (N1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N1): readers\' advisory and the catalogue, every check', whole);
describeSessions('thirteenth round (N1): readers\' advisory, short cases', short);

describeLeft('thirteenth-round-advisory', LEFT);
