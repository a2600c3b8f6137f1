/**
 * Thirty-first round, area (M2): HOBBIES AND LEISURE. Knitting and sewing patterns, cooking and canning (food safety),
 * gardening (the county extension office, the master gardener hotline), pets (training books, the animal shelter),
 * birdwatching, fishing licences, sports rules and local leagues (parks and recreation), chess and board-game clubs, model
 * trains, photography, crafts databases (Creativebug), magazines on Libby, library kits (telescopes, cake pans, a "library
 * of things"). Chatty patrons with several things to ask; warm providers who recommend titles by name, place holds, point
 * to the program calendar and refer to the extension office or a club with or without a contact (info.source,
 * referral.contact, inquiry.clarify, followup.completeness, closing.anything_else, closing.courteous,
 * interest.keep_informed).
 *
 * PARAPHRASE SWEEP. Ways real providers and patrons say it, across registers:
 *  a title named (a source): "'Knitting Without Tears' by Elizabeth Zimmermann", "The Puppy Primer by Patricia McConnell",
 *   "Ansel Adams's The Negative", "Ball Complete Book of Home Preserving" (no author, no quotes), "Vogue Knitting is on
 *   Libby" (a magazine named), "Creativebug has a beginner embroidery series" (a database named), "Kantha: The Embroidered
 *   Quilts of Bengal by Darielle Mason";
 *  no source: "you can read magazines on the Libby app" (an app named, no way to reach it), "we have telescopes you can
 *   borrow" (an object to borrow, no title, catalogue or URL);
 *  a referral with a contact (passes): "the Master Gardener Plant Clinic: call 301-590-2807", "Howard County Animal Control
 *   takes found-pet reports: call 410-313-2780", "you can contact them through leedsbirdwatchers.org.uk", "register at
 *   howardcountymd.gov/rap or call 410-313-7275", "talk to the Teen Services staff at Central: 410-396-5430";
 *  a referral with none (fails): "ask the master gardeners at your county extension office", "you could give them a
 *   call about lessons", "sign up with the SPCA for their obedience classes", "stop by the shelter";
 *  no referral: "the chess club meets Tuesdays at 6 in the meeting room" (told where it meets, not told to go), "check
 *   our events calendar at …" (a web page to read);
 *  holds placed: "Done! It's on hold at Elkridge; you'll get an e-mail when it's ready" (the hold system's notice, no
 *   promise to send or find more: no follow-up).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a magazine named (Bon Appétit, Vogue Knitting) is a publication: a named resource, a source; Libby alone is an app;
 * - a kit or object to borrow named without a title, the catalogue or a URL is no source;
 * - "you'll get an e-mail when the hold is ready" is the hold system's notice, not a promise to send more: no follow-up;
 * - a parting wish ("Happy canning!", "Roll high! Bye") with or without "bye" closes courteously only when it thanks, says
 *   goodbye or invites back; a bare "Happy gardening!" is taken as a goodbye (as "Good luck with your case study." was);
 * - "Is that the one?" after a pattern is found asks whether what was given meets the need: completeness;
 * - a board game or seed packets to borrow are no source; "not in the catalogue yet" does not give the catalogue;
 * - "Anything else on your crafting list today?" asks whether the patron needs anything else (the session's list).
 * Written: 30 whole sessions (27 first, 3 more for the fixes; 2 of them in LEFT, 28 run), 29 short cases (26 first, 3 for
 * the fixes; 1 in LEFT), 7 near misses in `guards`. First run: 6 of 80 tests failed on 6 statuses: info.source 4,
 * referral.contact 1, closing.anything_else 1. None was my label (0 corrected); the fix sessions and near misses passed at
 * their first run. Fixed in block M2 (3):
 *  - `notInCatalogM2` (classify.ts `notInCatalogM2`, read in `namedSource`): a sentence whose only named resource is the
 *    catalogue said not to hold the item names no source ("The camera kits are new and not in the catalogue yet", "aren't
 *    searchable in the catalog yet", "aren't on the catalogue, I'm afraid") [near misses: "It's not in the catalogue under
 *    that title, but search 'baby blanket' in the catalogue", "It isn't in our catalog as an e-book, but the print copy is in
 *    the catalog at 746.432 ZIM", "It's in the catalogue; place a hold there."];
 *  - `titleOnAppM2` (classify.ts `titleOnAppM2`, read in `sourceNow` and `namedSource`): two to seven title words, first
 *    and last capitalised, "is / are (also, both) on / in" Libby, Hoopla, Flipster, PressReader… name a publication ("Vogue
 *    Knitting is on Libby", "Knit Simple is also in Libby", "The Australian Women's Weekly and Super Food Ideas are both on
 *    Libby") [near misses: "Sample County Library is on Libby too", "The Magazines are in Libby, the e-books in Hoopla."];
 *  - anythingElse (v9's "anything else on your reading list" exception): not when "today / tonight / for now / for today"
 *    ends the question ("Anything else on your crafting list today?", "… gardening list for today?", "… craft list for
 *    now?") [near misses: "Was anything else on your seed list today out of stock?", "Is there anything else on your
 *    reading list you still need a copy of?"].
 * Left (3, each with its reason at the case): unquoted titles with no author ("Model Railroad Planning and Track Planning for
 * Realistic Operation are both at Main"), "you could sign up with them" (the SPCA) as a referral, a single-quoted title with
 * an apostrophe inside ('Stitch 'n Bitch').
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A gardening question up to the patron's answer. */
const GARDEN: Line[] = [
  [0, 'p', 'hi! my hydrangeas are pink and i want them blue, what do i do'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Are they the big mophead kind, in the ground or in pots?"],
  [50, 'p', 'mopheads, in the ground by the porch'],
];
/** A knitting question up to the patron's answer. */
const KNIT: Line[] = [
  [0, 'p', 'looking for an easy baby blanket knitting pattern, im a beginner'],
  [20, 'l', 'Hello! This is Jo at Ask Us, Sample County Library. Do you knit flat only so far, or have you tried circular needles?'],
  [50, 'p', 'flat only'],
];
/** A pet question up to the patron's answer. */
const PET: Line[] = [
  [0, 'p', 'we just adopted a rescue dog and he pulls on the leash like crazy'],
  [20, 'l', 'Hi there, Jo here, a librarian at Ask Us! How old is he, and what size?'],
  [50, 'p', '2 yrs, about 60 lbs'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Thanks for chatting, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, water-bath canning tomatoes: hold, NCHFP and a book on the shelf, then the extension office that tests canner gauges with its phone',
    lines: [
      [0, 'p', 'Hi!! first time canning tomatoes from my garden, is a water bath safe or do I need a pressure canner?'],
      [20, 'l', "Hi! I'm Dana, a librarian at Frederick County Public Libraries. How exciting! Are you canning plain whole tomatoes, or a salsa or sauce with peppers and onions?"],
      [50, 'p', 'just whole tomatoes, maybe crushed'],
      [60, 'l', 'Let me pull up the tested guidelines, one sec.'],
      [140, 'l', "Plain tomatoes are fine in a water bath as long as you add acid: the National Center for Home Food Preservation's tested recipes are at nchfp.uga.edu/how/can_03/tomatoes.html (2 tablespoons of bottled lemon juice per quart). We also have the Ball Complete Book of Home Preserving on the shelf at Thurmont. Does that help?"],
      [180, 'p', 'yes!! and one more, do you lend pressure canners? my moms has a dial gauge from like 1990'],
      [200, 'l', "We don't lend canners, sorry! But the University of Maryland Extension office in Frederick tests dial gauges for free: call 301-600-1594 to set up a time. Anything else I can help with?"],
      [230, 'p', "nope that's everything, thank you!!"],
      [236, 'l', 'Happy canning! Thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, a baby blanket pattern: Ravelry and Zimmermann at once, no question, no completeness, "ok thx" / "Bye."',
    lines: [
      [0, 'p', 'need a baby blanket knitting pattern'],
      [15, 'l', 'Hi, Ask Us, Bob at Harford County Public Library.'],
      [25, 'l', "Ravelry.com has thousands free, filter by 'blanket' and 'beginner'. In print: Knitting Without Tears by Elizabeth Zimmermann, 746.432 ZIM, Bel Air branch."],
      [60, 'p', 'ok thx'],
      [65, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'student worker, chat-speak, Creativebug for embroidery: a situation question, the databases page, "thats all i needed"',
    lines: [
      [0, 'p', 'does the library have creativebug?? i wanna learn embroidery'],
      [15, 'l', 'hey! im Maya, student assistant at the Campus Library chat :) r u a current student or faculty?'],
      [40, 'p', 'student'],
      [55, 'l', 'yep! creativebug is on our databases page: lib.univ.edu/databases, log in w ur campus id. theres a whole beginner embroidery series on there. did that help?'],
      [90, 'p', 'omg yes thats all i needed ty'],
      [96, 'l', 'yay have fun!! bye'],
    ],
    exp: usual(),
  },
  {
    // reading: "ask the master gardeners at your county extension office" tells the patron to ask someone outside the chat; no way to reach them
    name: 'tomato blight: a clarifying question, the Missouri Botanical Garden page, "ask the master gardeners at your county extension office": referral fails',
    lines: [
      [0, 'p', 'my tomato plants have yellow leaves with brown spots, what is it'],
      [20, 'l', 'Hi, this is Lee at Ask Us, Carroll County Public Library. Are the spots starting on the lower leaves, with rings in them like a target?'],
      [55, 'p', 'yes lower leaves, kind of rings'],
      [75, 'l', "That sounds a lot like early blight. The Missouri Botanical Garden has a good page on it, with photos and what to do: missouribotanicalgarden.org/gardens-gardening/your-garden/help-for-the-home-gardener/advice-tips-resources/pests-and-problems/diseases/fungal-spots/early-blight. For a sure diagnosis, ask the master gardeners at your county extension office. Does that help?"],
      [110, 'p', 'yes thanks'],
      [116, 'l', "You're welcome, happy gardening!"],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'when to plant garlic: a book by two authors, the Master Gardener Plant Clinic with phone and e-mail, anything else asked',
    lines: [
      [0, 'p', 'When should I plant garlic in Montgomery County? First time trying.'],
      [25, 'l', 'Hello, welcome to AskUsNow! My name is Ruth and I am a librarian at Montgomery County Public Libraries. Are you planting cloves from the store, or seed garlic?'],
      [70, 'p', 'Seed garlic, I ordered hardneck.'],
      [85, 'l', 'Good choice for our winters. Mid-October to early November is the usual window here. The Week-by-Week Vegetable Gardener\'s Handbook by Ron and Jennifer Kujawski has a planting calendar; we have it at Rockville and Silver Spring. If you want advice on your own beds, the Master Gardener Plant Clinic answers questions by phone at 301-590-2807 or by e-mail at mg.montgomery@umd.edu. Is that what you were looking for?'],
      [140, 'p', 'Perfect, thank you.'],
      [145, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'No, that is all.'],
      [176, 'l', 'Thank you for using AskUsNow! Good luck with the garlic.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'll get an e-mail when it's ready" is the hold system's notice, no promise to send or find more: no follow-up
    name: 'a puppy that bites, chatty patron: "How old is the pup?", The Puppy Primer by Patricia McConnell, a hold placed at Elkridge',
    lines: [
      [0, 'p', 'hi!! we got a puppy last week (a goldendoodle named Waffles lol) and she bites EVERYTHING. any books?'],
      [20, 'l', "Hi! I'm Priya, a librarian at Howard County Library System. Congratulations on Waffles! How old is she?"],
      [45, 'p', '10 weeks. also she ate a sock yesterday which was fun'],
      [60, 'l', 'Oh no, the sock phase! For the biting, The Puppy Primer by Patricia McConnell is short and very practical, and Puppy Training for Kids by Colleen Pelar is great if you have little ones helping. Both are in the catalogue. Would you like me to place a hold on one?'],
      [95, 'p', 'yes the first one please, i pick up at Elkridge'],
      [110, 'l', "Done! The Puppy Primer is on hold for you at Elkridge; you'll get an e-mail when it's ready. Did that help with the biting question?"],
      [140, 'p', "yes!! you're the best, that's all i needed"],
      [146, 'l', 'Enjoy Waffles! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'a stray cat: "Is the cat hurt?", Animal Control with phone and URL, "that\'s everything"',
    lines: [
      [0, 'p', 'theres a cat that keeps coming to my back door, who do i tell? i think its lost'],
      [20, 'l', "Hi, I'm Rosa with AskUsNow!, Howard County Library System. Is the cat hurt, or just hanging around?"],
      [50, 'p', 'just hanging around, looks kinda thin. has a collar but no tag'],
      [65, 'l', 'Howard County Animal Control and Adoption Center takes found-pet reports: call 410-313-2780 or file one online at howardcountymd.gov/animalcontrol. They can scan for a microchip too. Is that what you needed?'],
      [110, 'p', "that's perfect, that's everything, thank you"],
      [116, 'l', 'Thank you for looking out for the kitty! Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, birdwatching: the RSPB handbook in the catalogue, the local birdwatching club "through leedsbirdwatchers.org.uk": referral passes',
    lines: [
      [0, 'p', "Hiya, I've just retired and fancy getting into birdwatching. Any good books? And are there groups round Leeds?"],
      [25, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Siobhan. Lovely hobby! Is it mostly garden birds you're after, or out on walks and reservoirs?"],
      [70, 'p', 'Garden to start, then maybe walks with a group.'],
      [90, 'l', "The RSPB Handbook of British Birds by Peter Holden is a lovely one to start with, and we've six copies: search the catalogue at leeds.gov.uk/libraries. For walks, the Leeds Birdwatchers' Club welcomes beginners; you can contact them through leedsbirdwatchers.org.uk. Does that help?"],
      [140, 'p', "Smashing, ta. That's everything."],
      [148, 'l', 'Happy birding, and thanks for getting in touch!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'fishing licence with the kids, then a rod from the library of things: DNR page, catalogue search, anything else',
    lines: [
      [0, 'p', 'do i need a fishing license to fish at the reservoir with my kids'],
      [20, 'l', 'Hi there, Jo here at Ask Us, Sample County Library. Are the kids under 16, and will you be fishing too?'],
      [50, 'p', "they're 8 and 11, and yes i'll fish too"],
      [65, 'l', 'Kids under 16 fish free in Maryland; adults need a license, which you can buy online at dnr.maryland.gov/fisheries. Does that answer your question?'],
      [100, 'p', 'yes thanks. also do you have fishing poles to check out?? heard some libraries do'],
      [115, 'l', "We do! Our Library of Things has youth rod-and-reel kits: search 'fishing kit' in the catalogue at samplelibrary.org/catalog and place a hold. Anything else I can help with?"],
      [145, 'p', "no that's great!"],
      [150, 'l', 'Tight lines! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // the patron goes quiet after the answer: check-in, then the notice with a way back
    name: 'adult kickball league: Recreation & Parks with URL and phone, the patron vanishes: check-in and notice pass',
    lines: [
      [0, 'p', 'is there an adult kickball league in columbia? me and my coworkers want to join'],
      [20, 'l', 'Hi! This is Sam, a librarian with Ask Us at Howard County Library System. Are you looking for a co-ed rec league, or something more competitive?'],
      [55, 'p', 'co-ed, just for fun'],
      [80, 'l', 'Howard County Recreation & Parks runs co-ed adult kickball in spring and fall. Register a team at howardcountymd.gov/rap or call them at 410-313-7275. Does that help?'],
      [220, 'l', 'Are you still there?'],
      [290, 'l', "It looks like you've been disconnected, so I'll end the chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    // reading: "you could give them a call about lessons" tells the patron to call a named academy, with no number
    name: 'kids chess: the branch club on the events calendar, "the Baltimore Chess Academy, you could give them a call": referral fails',
    lines: [
      [0, 'p', 'is there a chess club for kids near towson? my son is obsessed'],
      [20, 'l', "Hi! I'm Kim, a librarian at Baltimore County Public Library. How old is your son?"],
      [45, 'p', '9, he plays on his tablet all day'],
      [60, 'l', "Our Towson branch has a Kids Chess Club on Saturdays at 10; it's on our events calendar at bcpl.info/events. For lessons there's also the Baltimore Chess Academy; you could give them a call. Did that help?"],
      [100, 'p', "yes thanks so much, that's all"],
      [106, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a dinosaur cake pan from the library of things: "¿En qué biblioteca?", the catalogue search, "es todo"',
    lines: [
      [0, 'p', 'Hola, ¿prestan moldes para pasteles? Quiero hacer un pastel de dinosaurio para mi hijo'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow!. ¡Qué divertido! ¿En qué biblioteca recoge sus libros normalmente?'],
      [60, 'p', 'en la de Wheaton'],
      [75, 'l', "¡Sí! Tenemos más de 100 moldes en la Biblioteca de Cosas. Busque 'cake pan dinosaur' en el catálogo en mcpl.org/catalog y póngalo en reserva para Wheaton. ¿Le ayuda esta información?"],
      [120, 'p', 'Si, muchas gracias, es todo'],
      [128, 'l', '¡De nada! Que disfruten el cumpleaños. ¡Hasta luego!'],
    ],
    exp: usual(),
  },
  {
    name: 'formal academic, the zone system for a photography course: course and format asked, Ansel Adams\'s The Negative with its call number',
    lines: [
      [0, 'p', 'Good afternoon. I need books on the zone system in black and white photography for my class.'],
      [30, 'l', "Good afternoon, and thank you for contacting the University Library's Ask a Librarian service. My name is Dr. Okafor. Is this for a particular course, and do you need print or e-books?"],
      [80, 'p', 'ARTS 210. Print is fine.'],
      [100, 'l', "Ansel Adams's The Negative (Little, Brown, 1981) is the classic text; it is on the third floor at TR146 .A39 1981. For more, search the catalogue at library.univ.edu for the subject 'Zone system (Photography)'. Does this completely answer your question?"],
      [150, 'p', 'Yes, thank you. That is everything.'],
      [158, 'l', 'You are welcome. Good luck with your project, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // reading: a magazine named (Bon Appétit) with the steps to reach it in Libby is a source
    name: 'older patron, Bon Appétit on an iPad: a hold, the Libby steps, "Does it cost anything?", anything else',
    lines: [
      [0, 'p', 'Hello dear, can I read Bon Appetit magazine on my iPad through the library? My daughter says I can.'],
      [30, 'l', "Hello, and welcome! This is Gwen at Carroll County Public Library's AskUsNow! service. Is it an iPad you already use for e-mail and apps?"],
      [70, 'p', 'Yes, I use it every day.'],
      [80, 'l', 'Wonderful. One moment while I check which magazines we carry.'],
      [170, 'l', 'Good news: Bon Appétit is in Libby. Download the Libby app from the App Store, add Carroll County Public Library, sign in with your card number and PIN, then tap Search and type Bon Appetit. Is that what you were looking for?'],
      [230, 'p', 'Oh wonderful. Does it cost anything?'],
      [245, 'l', "No, it's free with your library card. Anything else I can help with today?"],
      [280, 'p', 'No that is all, you have been a dear.'],
      [288, 'l', 'It was my pleasure. Happy reading, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // sloppy: no name or library in the first two messages, no question, no completeness, no goodbye
    name: 'sloppy, a telescope from the library of things: "Hi!" with no one named, the waitlist, "np": greeting, clarify, completeness, anything, courteous fail',
    lines: [
      [0, 'p', 'can i borrow a telescope from the library'],
      [15, 'l', 'Hi!'],
      [25, 'l', 'We have 4 Orion StarBlast telescopes in the Library of Things, holds at samplelibrary.org/things.'],
      [60, 'p', 'cool how long is the wait'],
      [75, 'l', 'about 3 weeks rn'],
      [95, 'p', 'ok'],
      [100, 'l', 'np'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // a silent search of 200 s after the patron's answer: keep_informed fails; "want me to put one on hold?" asks about something not given
    name: 'diabetic cookbooks: a silent 3-minute search, two titles, "want me to put one on hold?": informed and completeness fail',
    lines: [
      [0, 'p', 'my husband was just diagnosed type 2, need cookbooks that arent boring'],
      [20, 'l', "Hi, I'm Alex, a librarian at Ask Us, Sample County Library. I'm sorry about the diagnosis. Any cuisine you two love?"],
      [45, 'p', 'mexican for sure'],
      [245, 'l', "Try Mexican Everyday by Rick Bayless, lots of lighter dishes, and the American Diabetes Association's Diabetes Create Your Plate Meal Prep Cookbook. Both are in the catalogue. Want me to put one on hold?"],
      [280, 'p', 'the first one please'],
      [290, 'l', "Done, it's on hold for you at Main. Anything else?"],
      [310, 'p', 'no thanks!'],
      [315, 'l', 'Enjoy, bye!'],
    ],
    exp: usual({ informed: 'fail', complete: 'fail' }),
  },
  {
    // a follow-up session: the e-mail given in the chat, "by Friday"; not recorded yet, before the deadline
    name: 'follow-up, a quilt pattern from a 1976 McCall\'s Needlework & Crafts: e-mail given, "by Friday", code Follow-up by me',
    lines: [
      [0, 'p', 'hi, my grandma made a Lone Star quilt from a pattern in McCalls Needlework & Crafts, spring 1976 I think. Can I get a copy?'],
      [25, 'l', "Hi! I'm Jo, a librarian at Sample County Library's Ask Us service. What a lovely project. Is it the full pattern with templates you need, or just the instructions?"],
      [60, 'p', 'the whole thing with templates if possible'],
      [75, 'l', "We have McCall's Needlework & Crafts back issues from the 1970s in storage, so I'll need to pull the Spring 1976 issue and scan the pattern. What e-mail should I send it to?"],
      [110, 'p', 'quiltmama52@example.com'],
      [120, 'l', "Thanks, that's quiltmama52@example.com. I'll e-mail the scan by Friday. Is there anything else I can help with?"],
      [150, 'p', "no that's all, thank you!!"],
      [156, 'l', 'Happy quilting! Goodbye.'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Reyes', email: 'quiltmama52@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // no substantive exchange: the patron left after the question, the provider only greeted, checked in and closed
    name: 'a sewing machine question abandoned at once: greeting, check-in, notice with a way back; Lost Call',
    lines: [
      [0, 'p', 'do you have sewing machines i can use'],
      [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library, happy to help!"],
      [160, 'l', 'Are you still there?'],
      [260, 'l', "It seems you've been disconnected, so I'll close this chat. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the seed library: the cooperative\'s provider asks the branch, tells the patron, a note saying why, the transfer; the local librarian answers',
    lines: [
      [0, 'p', 'when does the seed library open this year? and which branch has it'],
      [20, 'l', "Hello, I'm Jo, a librarian with AskUsNow!. Which library system do you use?"],
      [45, 'p', 'howard county'],
      [55, 'l', "Thanks! A Howard County librarian is on right now and will know the details, so I'm transferring you to her. One moment, please."],
      [58, 'i', 'Rosa: pt asks when the HCLS seed library opens this year and at which branch. Local q.'],
      [61, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa at Howard County Library System. Our Seed Library at the Miller branch opens March 1; you can browse this year's list at hclibrary.org/seedlibrary. Does that help?", ROSA],
      [140, 'p', "yes that's all, thanks!"],
      [146, 'l', 'Happy planting! Bye.', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Indian English, books on Kantha embroidery: language asked, the Mason catalogue title at a branch, "Is this the information you required?"',
    lines: [
      [0, 'p', 'Respected madam, kindly suggest some books on Kantha embroidery of Bengal. I want to learn the stitches.'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Anil. May I know if you need books in Hindi or in English?'],
      [75, 'p', 'English sir.'],
      [95, 'l', "Kindly see 'Kantha: The Embroidered Quilts of Bengal' by Darielle Mason, available at our Sarojini Nagar branch, and 'Indian Embroidery' by Rosemary Crill for the stitches. Is this the information you required?"],
      [150, 'p', 'Yes sir, thank you, that is all.'],
      [158, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, junior cricket: the Laws at lords.org, "ring Queensland Cricket on 07 3292 3100 or use the club finder at playcricket.com.au"',
    lines: [
      [0, 'p', 'g\'day, my daughter wants to play cricket. where do i find the rules and a junior club in brisbane?'],
      [20, 'l', "G'day! Bec here at State Library of Queensland's Ask a Librarian. How old is she? Junior clubs split by age."],
      [50, 'p', 'shes 10'],
      [65, 'l', 'The Laws of Cricket are free online at lords.org/mcc/the-laws-of-cricket. For a junior club near you, ring Queensland Cricket on 07 3292 3100 or use the club finder at playcricket.com.au. Does that cover it?'],
      [110, 'p', "Ripper, that's all I needed"],
      [118, 'l', 'No worries, thanks for chatting, hooroo!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'teen, a D&D club: age asked, the club on the events page, "talk to the Teen Services staff at Central: 410-396-5430"',
    lines: [
      [0, 'p', 'does the library have a dnd club'],
      [15, 'l', "Hi! I'm Nia, a librarian at Enoch Pratt Free Library :) How old are you? Some of our groups are teens only."],
      [40, 'p', '15'],
      [55, 'l', 'Perfect, the Teen D&D Club meets Thursdays at 4 at Central, ages 12-18, no sign-up; details at prattlibrary.org/events. If you want to run a game yourself, talk to the Teen Services staff at Central: 410-396-5430. Did that help?'],
      [90, 'p', 'YES omg thx thats all'],
      [96, 'l', 'Roll high! Bye :)'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // holds every 100 s keep the patron informed; "Is that the one?" asks whether the find meets the need
    name: 'a 1960s Bernat Aran pattern remembered by its cover: "bear with me", "still searching", Ravelry, "Is that the one?"',
    lines: [
      [0, 'p', "I'm looking for a knitting pattern my grandmother used, a Bernat Aran fisherman sweater from the 1960s"],
      [20, 'l', "Hello! I'm Carla, a librarian with Ask Us at Sample County Library. Do you remember the booklet number, or what was on the cover?"],
      [60, 'p', 'no number, just a cream cable sweater on a man with a pipe lol'],
      [75, 'l', 'Ha, very 1960s. Let me dig around, bear with me.'],
      [175, 'l', "Still searching; I've found a couple of candidates."],
      [270, 'l', "I think it's Bernat Handicrafter Aran Knits, Book No. 182: Ravelry lists it with the cover photo at ravelry.com/patterns/sources/bernat-book-no-182. Is that the one?"],
      [320, 'p', "YES that's the cover!! thank you, that's all I needed"],
      [328, 'l', 'So glad! Happy knitting, and thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // reading: other patrons waiting, said politely with an invitation back, is allowed (the seed allows it)
    name: 'chatty patron with a long list (bread, the cat, the weather): the provider wraps up politely, "come back anytime": no dismissal',
    lines: [
      [0, 'p', 'hi! looking for a good sourdough book, the starter I made keeps dying'],
      [20, 'l', "Hi, I'm Terry, a librarian at AskUsNow!. Oh no, poor starter! Are you baking loaves, or more discard things like pancakes?"],
      [50, 'p', 'loaves mostly. my cat also keeps sitting on the dough bowl lol'],
      [70, 'l', "Ha! Flour Water Salt Yeast by Ken Forkish is the one most bakers swear by, and it has a whole chapter on keeping a starter alive. It's in the catalogue at samplelibrary.org/catalog. Does that help?"],
      [110, 'p', 'yes! also do you know if its going to rain saturday? and can cats eat bread? and whats a good book on cat behavior'],
      [125, 'l', "The cat book I can do: Think Like a Cat by Pam Johnson-Bennett. I have a few other patrons waiting, so I'll need to wrap up here, but please come back anytime with your other questions! Thanks for chatting."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // a follow-up by the patron's library: phone given and repeated, "by Monday"
    name: 'a camera kit: the branch will call, phone repeated back, "by Monday", code Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'hi, the website says Towson has DSLR camera kits to borrow but i cant find how'],
      [20, 'l', "Hello! This is Kim at AskUsNow!, Baltimore County Public Library. Do you have a BCPL card already?"],
      [45, 'p', 'yes'],
      [60, 'l', "The camera kits are new and not in the catalogue yet, so the Towson branch staff will set it up for you. What's the best phone number for them to reach you?"],
      [90, 'p', '410-555-0142'],
      [100, 'l', "Got it, 410-555-0142. Someone from the Towson branch will call you by Monday to reserve a kit. Anything else I can help with?"],
      [125, 'p', 'no thank you!'],
      [130, 'l', 'Thanks for chatting, have a great weekend!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0142' } },
    // no source: the kits are not in the catalogue, no title, no URL; completeness na? no: source fails, so completeness applies and fails
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- (M2 fixes) the same behaviour in other words -----------------------------------------------------------------------
  {
    // (notInCatalogM2, other words) "aren't searchable in the catalog yet": the catalogue not given; a game is no source
    name: 'board games: "the kits aren\'t searchable in the catalog yet", a copy set aside at Main: source and completeness fail',
    lines: [
      [0, 'p', 'do you lend board games? looking for ticket to ride for family game night'],
      [20, 'l', "Hi, I'm Lee, a librarian at Ask Us, Sample County Library. Which branch is closest to you?"],
      [45, 'p', 'main'],
      [60, 'l', "We do! The board game kits were just added and aren't searchable in the catalog yet, so I've set a copy of Ticket to Ride aside for you at Main's front desk. Anything else I can help with?"],
      [90, 'p', "no that's perfect thank you!"],
      [96, 'l', 'Have a fun game night! Bye.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'British, the seed swap: "the packets aren\'t on the catalogue, I\'m afraid; they\'re in a basket by the door": source fails',
    lines: [
      [0, 'p', 'Hiya, does the library still do the seed swap? How do I borrow seeds?'],
      [20, 'l', "Hello, Ask a Librarian at Leeds Libraries, Priya here. Which library do you usually go to?"],
      [50, 'p', 'Headingley'],
      [65, 'l', "The seed swap packets aren't on the catalogue, I'm afraid; they're in a basket by the door at Headingley and you just help yourself. Does that answer your question?"],
      [100, 'p', "Perfect, that's all I needed, ta"],
      [106, 'l', 'Happy sowing, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // (titleOnAppM2, other words) two magazines "are both on Libby"
    name: 'Australian, slow-cooker magazines: "The Australian Women\'s Weekly and Super Food Ideas are both on Libby": source passes',
    lines: [
      [0, 'p', 'hiya, any good slow cooker recipe mags i can read free? winter is coming lol'],
      [20, 'l', "G'day! Bec at the State Library of Queensland's Ask a Librarian. Are you after magazines to flick through, or cookbooks?"],
      [50, 'p', 'mags, i like flicking through'],
      [65, 'l', "The Australian Women's Weekly and Super Food Ideas are both on Libby with your library card, heaps of slow-cooker recipes every winter. That what you were after?"],
      [100, 'p', 'beauty, thats all i needed'],
      [106, 'l', 'No worries, thanks for chatting!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- sources: titles, magazines, databases -------------------------------------------------------------------------------
  { name: 'an unquoted title with its author: "The Knitter\'s Book of Yarn by Clara Parkes"', lines: then(KNIT, "The Knitter's Book of Yarn by Clara Parkes explains which yarns suit a blanket. Does that help?"), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: 'a magazine named on Libby: "Vogue Knitting is on Libby, with back issues"', lines: then(KNIT, 'Vogue Knitting is on Libby, with two years of back issues, and most have a blanket or two. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'a database named: "Creativebug has a beginner knitting class"', lines: then(KNIT, 'Creativebug, one of our databases, has a beginner blanket class you can follow along with. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'a gardening book with its author: "The Well-Tended Perennial Garden by Tracy DiSabato-Aust"', lines: then(GARDEN, 'Blue needs acid soil; The Well-Tended Perennial Garden by Tracy DiSabato-Aust explains adding aluminum sulfate. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'the catalogue named: "search the catalogue for dog training"', lines: then(PET, "Search our catalogue for 'dog training leash'; there are a dozen good ones. Does that help?"), exp: some({ source: 'pass' }) },
  // ---- no source -----------------------------------------------------------------------------------------------------------
  { name: 'an app named only: "you can read craft magazines on the Libby app"', lines: then(KNIT, 'You can read lots of craft magazines on the Libby app. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'an object to borrow, no title or catalogue: "we have sewing machines you can borrow"', lines: then(KNIT, 'We also have sewing machines you can borrow if you get into quilting. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- referrals ---------------------------------------------------------------------------------------------------------
  { name: '"call the extension office" with no number: referral fails', lines: then(GARDEN, 'The HGIC page extension.umd.edu/resource/hydrangeas explains soil pH. For a soil test, call your county extension office. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"the Master Gardener hotline: call 301-590-2807" : referral passes', lines: then(GARDEN, 'Blue needs acid soil. For advice on your own beds, call the Master Gardener hotline at 301-590-2807. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"e-mail the Home and Garden Information Center at hgic@umd.edu" : referral passes', lines: then(GARDEN, 'You can e-mail the Home and Garden Information Center at hgic@umd.edu with photos. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"stop by the animal shelter; they have a trainer" with no address: referral fails', lines: then(PET, 'The Other End of the Leash by Patricia McConnell is great. You could also stop by the animal shelter; they have a volunteer trainer. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"reach out to the beekeepers\' association through their website, aacba.org" : referral passes', lines: then(GARDEN, 'Off topic, but since you asked about bees too: reach out to the Anne Arundel Beekeepers Association through their website, aacba.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'told where the chess club meets, not told to go: no referral', lines: then(PET, 'The Chess Club meets Tuesdays at 6 in the Main branch meeting room, dogs not included! Our dog books are in the catalogue. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'the events calendar to read: a source, no referral', lines: then(GARDEN, 'We have a hydrangea talk on May 3; it is on our events calendar at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- clarify and completeness ------------------------------------------------------------------------------------------
  { name: 'the source first, then "Want me to place a hold?" : clarify fails, completeness fails', lines: [[0, 'p', 'any good books on growing mushrooms at home'], [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library. Mycelium Running by Paul Stamets is the classic. Want me to place a hold?"], [50, 'p', 'no thats ok'], [56, 'l', 'Thanks for chatting, bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'fail' }) },
  { name: '"Does that sound like the kind of pattern you had in mind?" : completeness passes', lines: then(KNIT, "The Beginner's Garter Blanket on Ravelry, ravelry.com/patterns/library/garter-blanket, is all knit stitch. Does that sound like the kind of pattern you had in mind?"), exp: some({ complete: 'pass' }) },
  { name: '"Will that work for you?" after a title: completeness passes', lines: then(PET, 'Try Feisty Fido by Patricia McConnell, it is all about leash manners. Will that work for you?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like me to find a video class too?" (not given yet): completeness fails', lines: then(KNIT, 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Would you like me to find a video class too?'), exp: some({ complete: 'fail' }) },
  // ---- closing --------------------------------------------------------------------------------------------------------------
  { name: '"Anything else on your crafting list today?" : anything else passes', lines: [...KNIT, [70, 'l', 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else on your crafting list today?'], [130, 'p', 'nope'], [136, 'l', 'Happy knitting, bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "that\'s all for today, off to buy yarn!" : anything else passes', lines: [...KNIT, [70, 'l', 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Does that help?'], [100, 'p', "yes! that's all for today, off to buy yarn!"], [106, 'l', 'Happy knitting, bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "ok cool" only: anything else fails', lines: [...KNIT, [70, 'l', 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Does that help?'], [100, 'p', 'ok cool'], [106, 'l', 'Happy knitting, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'a last message "Happy gardening!" alone: courteous passes', lines: [...GARDEN, [70, 'l', 'Blue needs acid soil: extension.umd.edu/resource/hydrangeas explains it. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'Happy gardening!']], exp: some({ courteous: 'pass' }) },
  { name: 'the last two messages a source and "ok": courteous fails', lines: [...GARDEN, [70, 'l', 'Blue needs acid soil: extension.umd.edu/resource/hydrangeas explains it. Does that help?'], [100, 'p', 'yes got it'], [106, 'l', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- keeping the patron informed ---------------------------------------------------------------------------------------
  { name: '"let me see what we have" then 150 s of silence: informed fails', lines: [...PET, [60, 'l', 'Let me see what we have on leash training.'], [210, 'l', 'Feisty Fido by Patricia McConnell is on the shelf. Does that help?'], [240, 'p', 'yes thanks'], [246, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"take your time" is no hold: the patron\'s answer 150 s later is a wait on the patron', lines: [[0, 'p', 'what size knitting needles for a chunky blanket'], [20, 'l', 'Hi, Jo at Ask Us here! What yarn weight are you using? Take your time to check the label.'], [170, 'p', 'it says super bulky 6'], [185, 'l', 'Then 10 mm needles (US 15). The Yarn Council chart is at craftyarncouncil.com/standards/yarn-weight-system. Does that help?'], [215, 'p', 'yes ty'], [220, 'l', 'Bye!']], exp: some({ informed: 'pass', clarify: 'pass' }) },
  // ---- (M2 fixes) the same behaviour in other words -----------------------------------------------------------------------
  { name: '(titleOnAppM2) "Knit Simple is also in Libby, and it often has easy blankets." : source passes', lines: then(KNIT, 'Knit Simple is also in Libby, and it often has easy blankets. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(anythingElse) "Anything else on your gardening list for today?" : anything else passes', lines: [...GARDEN, [70, 'l', 'Blue needs acid soil: extension.umd.edu/resource/hydrangeas explains it. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else on your gardening list for today?'], [130, 'p', 'no'], [136, 'l', 'Thanks for chatting, bye!']], exp: some({ anything: 'pass' }) },
  { name: '(anythingElse) "Anything else on your craft list for now?" : anything else passes', lines: [...KNIT, [70, 'l', 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else on your craft list for now?'], [130, 'p', 'nope'], [136, 'l', 'Thanks for chatting, bye!']], exp: some({ anything: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for notInCatalogM2: the catalogue given after all
  { name: 'near miss: "It\'s not in the catalogue under that title, but search \'shelf layouts\' in the catalogue" : source passes', lines: then(KNIT, "It's not in the catalogue under that title, but search 'baby blanket' in the catalogue and you'll find three. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'near miss: "It isn\'t in our catalog as an e-book, but the print copy is in the catalog at 746.432 ZIM" : source passes', lines: then(KNIT, "It isn't in our catalog as an e-book, but the print copy is in the catalog at 746.432 ZIM. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'near miss: "We have it! It\'s in the catalogue; place a hold there." : source passes', lines: then(PET, "We have it! It's in the catalogue; place a hold there. Does that help?"), exp: some({ source: 'pass' }) },
  // near misses for titleOnAppM2: no title before the app
  { name: 'near miss: "Sample County Library is on Libby too, if you have the app." : source fails', lines: then(KNIT, 'Sample County Library is on Libby too, if you have the app. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "The Magazines are in Libby, the e-books in Hoopla." : source fails', lines: then(KNIT, 'The Magazines are in Libby, the e-books in Hoopla. Does that help?'), exp: some({ source: 'fail' }) },
  // near misses for anythingElse ("… list today"): the list's contents, the need
  { name: 'near miss: "Was anything else on your seed list today out of stock?" : anything else fails', lines: [...GARDEN, [70, 'l', 'Blue needs acid soil: extension.umd.edu/resource/hydrangeas explains it. Was anything else on your seed list today out of stock?'], [100, 'p', 'no'], [106, 'l', 'Thanks for chatting, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'near miss: "Is there anything else on your reading list you still need a copy of?" : anything else fails', lines: [...KNIT, [70, 'l', 'Knitting Without Tears by Elizabeth Zimmermann is in the catalogue. Is there anything else on your reading list you still need a copy of?'], [100, 'p', 'no'], [106, 'l', 'Thanks for chatting, bye!']], exp: some({ anything: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: unquoted titles with no author or quotes ("Model Railroad Planning and Track Planning for Realistic Operation are both at
  // Main") are not read as books; the older rounds left the same ("Diary of a Wimpy Kid is usually a good bet")
  {
    // reading: "we close in five minutes so I have to end this" ends the help for the provider's convenience, no way back
    name: 'sloppy, closing time: a second question on model trains cut off, "we close in 5 so I have to end this. Bye.": dismissal fails',
    lines: [
      [0, 'p', 'do you have books on HO scale model railroad layouts'],
      [15, 'l', 'Hi, Pat at Ask Us. Small space or a big basement layout?'],
      [40, 'p', 'small, like a shelf layout'],
      [55, 'l', "Model Railroad Planning and Track Planning for Realistic Operation are both at Main, and Kalmbach's Small Layouts for Model Railroads too. Does that help?"],
      [100, 'p', 'yes! and also is there a model train club around here?'],
      [115, 'l', 'We close in 5 minutes so I have to end this. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  // LEFT: "The SPCA also runs beginner obedience classes; you could sign up with them." is not read as a referral ("sign up
  // with" an organisation is contacting it; no referring verb in the families, and "sign up with your card / e-mail" shares it)
  {
    // reading: "sign up with them" tells the patron to contact the SPCA; no way to reach it is given
    name: 'leash pulling, a rescue dog: a book by name, "the SPCA runs obedience classes, sign up with them": referral fails',
    lines: [
      ...PET,
      [70, 'l', "Big strong boy! The Other End of the Leash by Patricia McConnell is wonderful on how dogs read us, and it's on the shelf at Main. The SPCA also runs beginner obedience classes; you could sign up with them. Does that help?"],
      [110, 'p', "yes that's everything, thanks"],
      [116, 'l', 'Good luck with him! Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: a title in single quotes with an apostrophe inside ('Stitch 'n Bitch') is not read as a quoted title
  { name: 'a quoted title without an author: "try \'Stitch \'n Bitch\', it\'s on the shelf at Main"', lines: then(KNIT, "Try 'Stitch 'n Bitch', it has a baby blanket in it and it's on the shelf at Main. Does that help?"), exp: some({ source: 'pass' }) },
];

describe('thirty-first round (M2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (M2): hobbies and leisure, every check', whole);
describeSessions('thirty-first round (M2): hobbies and leisure, short cases', short);
if (guards.length > 0) describeSessions('thirty-first round (M2): hobbies and leisure, near misses of the changes', guards);

describeLeft('thirty-first-round-hobbies', LEFT);
