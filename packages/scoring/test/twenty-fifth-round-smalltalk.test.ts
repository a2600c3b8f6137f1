/**
 * Twenty-fifth round, area (A3): SMALL TALK, HUMOUR AND OFF-TOPIC CHATTER. Chats wander: the weather, pets, the patron's
 * day, sports teams, compliments ("you're the best librarian ever"), jokes and puns, the provider's own remarks ("Oh I
 * LOVE that book", "ha, my cat does that too"), friendly questions that are not about the need ("How's your evening
 * going?", "Did you catch the game Sunday?", "Are you getting out in the snow at all?") next to clarifying questions that
 * are; thanks mid-chat; "see you around" and "catch you later"; a patron who chats after the answer ("that's so cool, ok
 * one more thing"); a provider who chats while searching; emoji, "lol", "haha", "omg".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a clarifying question is one "about the need" or about "the patron's situation that shapes the answer": a friendly
 *   question about the patron's day, the weather, a game, a pet's name is neither, and does not pass inquiry.clarify;
 *   one about the same subject that would change what the provider looks for does ("Are you snowed in, so you'd want
 *   something you can read from home?", "How old is your puppy?" for training books, "Is this for you or a young
 *   reader?");
 * - a chatty message that still says the search goes on ("Still looking — btw love your username") is a hold message;
 *   one that only chats ("Ha, my cat does that too!", "love the username btw") is not, so it ends the wait on the
 *   provider even when the provider is still searching, and waiting on the patron begins (Terms, literally);
 * - "brb, grabbing it off the shelf" and "take your time, I'll keep digging meanwhile" announce that the provider is
 *   looking something up: holds; "No rush, take your time!" alone is not (Terms);
 * - "Isn't that wild?" after an answer asks about the patron's reaction, not whether the information meets the need:
 *   no completeness question; "Did that help, or did I just make you hungry?" is one;
 * - "Anything else exciting planned for the weekend?" and "What else is new with you?" ask about the patron's life, not
 *   whether they need anything else: not the anything-else question; "Anything else I can dig up for you, or is it back
 *   to the game?" is;
 * - the patron is done only when they say so explicitly ("nope that's everything lol"); "haha ok thanks!", "that's so
 *   cool, ok one more thing", "ok gotta run, catch you later" are not;
 * - a provider message that thanks the patron is a goodbye-shaped message for closing.courteous wherever it sits
 *   ("Thanks for bearing with me! …" in the answer), a pun or a "Glad I could help! Hope …" wish is not ("thanks, says
 *   goodbye or invites them back", literally); "Catch you later! 👋" says goodbye;
 * - "Looks like you've wandered off / stepped away … I'll close this chat now" tells the patron they seem to have gone and
 *   that the session ends (the disconnect notice); "Are you enjoying the sunshine?" is no check-in;
 * - "Good morning! … here at the Millbrook Library" identifies the library that is answering;
 * - a patron who only pays a compliment ("just wanted to say you guys are awesome") asked nothing: no substantive
 *   exchange.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  // ---- weather, pets, sports around good sessions ------------------------------------------------------------------------
  {
    name: 'Brookfield PL, a backyard ice rink: "it is FREEZING today, isn\'t it? ❄️" in the greeting, a real clarifying question after, good session',
    lines: [
      [0, 'p', 'hi! do you have any books on building a backyard ice rink? we finally got real cold lol'],
      [34, 'l', "Hi there, this is Corinne at the Brookfield Public Library! Ha, it is FREEZING today, isn't it? ❄️"],
      [52, 'p', 'brrr yes. my kids want a rink so bad'],
      [60, 'l', 'That sounds like so much fun. How big is your yard, and are you after a how-to book or would videos be ok too?'],
      [95, 'p', 'maybe 30x40 ft? books or videos both fine'],
      [101, 'l', 'Let me poke around in the catalogue, one sec.'],
      [190, 'l', 'Okay! Our catalogue has "Build Your Own Backyard Rink" (796.962 BUI), and there is a step-by-step video series on Creativebug you can stream free with your card at brookfieldlibrary.org/creativebug. Does that cover what you need?'],
      [230, 'p', 'yes!! perfect. stay warm!'],
      [236, 'l', 'You too! Anything else I can help with today?'],
      [260, 'p', "nope that's everything, thank you!!"],
      [265, 'l', 'Thanks for chatting, and have fun skating!'],
    ],
    exp: usual(),
  },
  {
    name: 'Ask Us 24/7, read-alikes: "Oh I LOVE that book, Six-Thirty is the best dog in fiction 😄", then what the patron liked, "you\'re the best librarian ever"',
    lines: [
      [0, 'p', 'Hi, I just finished Lessons in Chemistry and need something similar!'],
      [22, 'l', "Hello! I'm Dev, a librarian with Ask Us 24/7."],
      [27, 'l', 'Oh I LOVE that book, Six-Thirty is the best dog in fiction 😄'],
      [33, 'l', 'What did you like most about it: the humour, the 1960s setting, or the science?'],
      [70, 'p', 'omg yes six-thirty!! the humour mostly, and a strong woman lead'],
      [82, 'l', 'Try "Remarkably Bright Creatures" by Shelby Van Pelt and "The Rosie Project" by Graeme Simsion. NoveList Plus, on your library\'s website under eResources, has more read-alikes. Is that what you were looking for?'],
      [120, 'p', "yes! adding them to my list, you're the best librarian ever"],
      [126, 'l', 'Aw, you just made my day! Anything else I can do for you?'],
      [150, 'p', "no that's all i needed :)"],
      [155, 'l', 'Happy reading, and thanks for stopping by!'],
    ],
    exp: usual(),
  },
  {
    // reading: "How's your evening going so far?" is about the patron's day, not the need: no clarifying question
    name: 'Fairview Library, branch hours: the only question before the answer is "How\'s your evening going so far?": clarify fails',
    lines: [
      [0, 'p', 'can u tell me what time the Eastside branch closes tonight'],
      [18, 'l', "Hi, you've reached Ask a Librarian at Fairview Library, I'm Theo."],
      [23, 'l', "How's your evening going so far?"],
      [50, 'p', 'lol long day. just need to drop off some dvds'],
      [58, 'l', 'Eastside is open until 8 pm tonight, and all branch hours are at fairviewlibrary.org/hours. Did that help?'],
      [80, 'p', 'yep ty'],
      [84, 'l', 'Anything else?'],
      [100, 'p', 'nope'],
      [104, 'l', 'Have a good night, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Green Bay, the Ice Bowl: "Did you catch the game Sunday?? What a finish." then "an adult history, or something for a young reader?": clarify passes',
    lines: [
      [0, 'p', 'hey'],
      [15, 'l', 'Hey! Nate here, librarian at Brown County Library 🏈'],
      [20, 'l', 'Did you catch the game Sunday?? What a finish.'],
      [48, 'p', "UGH don't remind me lol. anyway looking for a book about the ice bowl"],
      [57, 'l', 'Haha sorry! Are you after a history for adults, or something for a young reader?'],
      [80, 'p', 'for me, adult'],
      [92, 'l', '"The Ice Bowl" by Ed Gruver is in our catalog at Central (796.332 GRU), and "Instant Replay" by Jerry Kramer is a first-hand account. Is that what you had in mind?'],
      [130, 'p', 'perfect. go pack go'],
      [134, 'l', 'Go Pack Go! Anything else today?'],
      [150, 'p', 'nah thats all i needed'],
      [155, 'l', 'Thanks for chatting, enjoy the read!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Are you snowed in…?" asks about the patron's situation because it decides the format
    name: 'Duluth PL, a snow day: "Are you snowed in, so you\'d want something you can download from home?" shapes the answer: clarify passes',
    lines: [
      [0, 'p', 'looking for something fun to read, we got like 20 inches of snow here haha'],
      [29, 'l', "Good morning! This is Ingrid at the Duluth Public Library. 20 inches, wow, we're buried here too ⛄"],
      [36, 'l', "Are you snowed in, so you'd want something you can download from home?"],
      [66, 'p', 'yes lol not going anywhere today'],
      [74, 'l', 'Then Libby is your friend: sign in with your card at duluth.overdrive.com and filter by "Available now". "The Thursday Murder Club" is available right now as an e-book. Did that help?'],
      [110, 'p', 'downloading it now!!'],
      [116, 'l', 'Yay! Anything else I can find for you?'],
      [140, 'p', 'no that is all, thanks so much'],
      [146, 'l', 'Enjoy the snow day, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  // ---- chatting while searching: holds or not ------------------------------------------------------------------------------
  {
    // reading: "Still looking — btw love your username" says the search goes on: a hold; the answer comes 131 s after it
    name: 'Lakeside Library, a 1987 yearbook: "Still looking — btw love your username" is a hold, the answer 131 s after it: keep_informed fails',
    lines: [
      [0, 'p', 'looking for old yearbooks from Central High, like 1987'],
      [26, 'l', "Hi! I'm Priya from the Lakeside Library local history desk."],
      [31, 'l', 'Which Central High do you mean, the one in Lakeside or the one in Westbrook?'],
      [80, 'p', 'lakeside'],
      [86, 'l', 'Let me check our digitized collection.'],
      [170, 'l', 'Still looking — btw love your username, bookwyrm is perfect for a library chat 😄'],
      [180, 'p', "haha thanks, i'm a big tolkien nerd"],
      [301, 'l', 'Found it: the 1987 Lakeside Central yearbook ("The Lantern") is digitized in our Local History Online collection at lakesidelibrary.org/localhistory, search "Lantern 1987". Does that help?'],
      [340, 'p', "YES found my mom!! that's all i needed, thx"],
      [346, 'l', 'Love that! Thanks for chatting with us.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Ha, my cat does that too!" announces no search and asks for no wait: it ends the wait on the provider and
    // waiting on the patron begins; the answer 150 s later leaves no span of waiting on the provider over 120 s
    name: 'Westbrook PL, knitting patterns: a hold, the patron\'s cat on the keyboard, "Ha, my cat does that too!" (no hold), the answer 150 s later: keep_informed passes',
    lines: [
      [0, 'p', 'do you have any knitting pattern books for cat sweaters?? dont judge'],
      [30, 'l', 'Hi! No judgement here at all 😂 This is Gwen at Westbrook Public Library.'],
      [36, 'l', 'Are you a beginner knitter, or comfortable with patterns already?'],
      [70, 'p', 'pretty comfortable'],
      [78, 'l', 'Let me search the catalog for you.'],
      [100, 'p', 'sorry my cat just walked across the keyboard lollll'],
      [140, 'l', 'Ha, my cat does that too! Mine likes to sit right on the laptop.'],
      [290, 'l', '"Purl the Cat: Knits for Felines" (746.432 PUR) is at Main, and the free pattern site Ravelry (ravelry.com) lists dozens, search "cat sweater". Does that help?'],
      [330, 'p', 'omg yes. thats all i needed haha'],
      [335, 'l', 'Happy knitting, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "No rush, take your time!" is not a hold (Terms): waiting on the patron begins at it
    name: 'Oak Ridge HS library, a science fair: the patron checks with the teacher, "No rush, take your time!", back 184 s later: keep_informed passes',
    lines: [
      [0, 'p', 'hi i need sources for my science fair project on slime lol'],
      [20, 'l', 'Hi! Ms. Ortega here, librarian at Oak Ridge High School Library. Slime, fun!'],
      [25, 'l', 'How many sources do you need, and do any have to be books?'],
      [60, 'p', 'hmm let me check what my teacher said, brb'],
      [66, 'l', 'No rush, take your time!'],
      [250, 'p', 'ok back! she said 3 sources, one has to be a book'],
      [262, 'l', 'Got it. For the book, "The Science of Slime" (J 547.7 SCI) is in our library. For the other two, search "polymers" in Gale In Context: Science, which is on our databases page at oakridgehs.libguides.com/databases. Does that work for you?'],
      [300, 'p', 'yes!! thank you'],
      [305, 'l', 'Anything else I can help with?'],
      [320, 'p', 'no thats it'],
      [325, 'l', 'Good luck with the project, bye!'],
    ],
    exp: usual(),
  },
  {
    // the patron's "omg my cat just knocked over my coffee 😭" starts a wait on the provider; nothing for 130 s
    name: 'a concert poster: the provider chats ("Haha, another Swiftie!"), the patron\'s coffee spills, 130 s with no provider message: keep_informed fails',
    lines: [
      [0, 'p', 'trying to find when taylor swift played in our city, like the first time? for a scrapbook'],
      [25, 'l', "Hi, I'm Rosa with the Ask a Librarian service at Kent District Library."],
      [31, 'l', 'Which city is that?'],
      [60, 'p', 'grand rapids!'],
      [68, 'l', 'On it, give me a minute.'],
      [150, 'l', 'Haha, another Swiftie! I saw the Eras tour twice 🤫'],
      [158, 'p', 'omg my cat just knocked over my coffee 😭'],
      [288, 'l', 'Oh no! Okay: the Grand Rapids Press archive in our NewsBank database (kdl.org/research) lists her first show at the DeltaPlex in 2007, opening for Rascal Flatts. Does that answer your question?'],
      [320, 'p', 'yes!! thats all i needed tysm'],
      [325, 'l', 'Thanks for chatting, and RIP coffee ☕'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- what the patron says after the answer --------------------------------------------------------------------------------
  {
    // reading: "that's so cool, ok one more thing" and "ok cool thanks haha" are no "I'm done"; the provider never asks
    name: 'L-net, oldest trees: "that\'s so cool, ok one more thing", a second answer, "ok cool thanks haha": anything else fails',
    lines: [
      [0, 'p', "what's the oldest tree in oregon? for my kid's homework"],
      [28, 'l', "Hi! This is Marisol with L-net, Oregon's statewide library chat."],
      [34, 'l', 'What grade is your kid in, so I can find something at the right level?'],
      [60, 'p', '4th'],
      [70, 'l', 'A good kid-friendly source is the Oregon Encyclopedia\'s article on old-growth forests at oregonencyclopedia.org, search "old growth". Does that help?'],
      [110, 'p', "that's so cool, ok one more thing, does the library have books on tree rings?"],
      [120, 'l', 'Sure! "Tree Rings Tell a Story" (J 582.16 TRE) is in the kids\' section at most branches.'],
      [150, 'p', 'ok cool thanks haha'],
      [156, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Springfield PL, a parking permit then a museum pass: "oh wait one more thing!", then "that\'s everything, thanks! have a great weekend": anything else passes on the patron',
    lines: [
      [0, 'p', 'hello, can I park in the library lot overnight?'],
      [24, 'l', 'Hello! My name is Ruth and I am a librarian at Springfield Public Library.'],
      [30, 'l', 'Which building, Central or one of the branches?'],
      [55, 'p', 'Central'],
      [62, 'l', 'Overnight parking is not allowed in the Central lot, but the city garage on Elm St is open 24 hours; rates are at springfieldparking.org. Does that help?'],
      [100, 'p', 'yes thanks. oh wait one more thing! do you still have the zoo passes?'],
      [110, 'l', 'We do! Zoo passes can be reserved online at springfieldlibrary.org/passes, up to 2 weeks ahead.'],
      [140, 'p', "awesome, that's everything, thanks! have a great weekend"],
      [146, 'l', 'You too, thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // reading: the patron's "you're the best, bye!" ends the chat; the provider's last two messages are an answer and a
    // question: no thanks, goodbye or invitation
    name: 'Tacoma PL, a tax form: the patron\'s "nope!! that\'s everything. you\'re the best librarian ever, bye!" is last: anything passes, courteous fails',
    lines: [
      [0, 'p', 'do you have paper 1040 forms at the library this year'],
      [20, 'l', "Hi! I'm Omar, a librarian at Tacoma Public Library."],
      [26, 'l', 'Do you need just the 1040, or the instruction booklet too?'],
      [55, 'p', 'just the form'],
      [62, 'l', 'Main Library has paper 1040s at the info desk while supplies last, and you can always print one from irs.gov/forms-pubs. Does that help?'],
      [90, 'p', 'yes!'],
      [94, 'l', 'Anything else I can look up for you?'],
      [120, 'p', "nope!! that's everything. you're the best librarian ever, bye!"],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: "Glad I could help! Hope your starter rises to the occasion 🍞" is a pun, no thanks, goodbye or invitation
    name: 'King County, sourdough: the last provider messages the answer and "Glad I could help! Hope your starter rises to the occasion 🍞": courteous fails',
    lines: [
      [0, 'p', 'do you have books on sourdough?? my starter is sad and flat lol'],
      [32, 'l', 'Hello! Sam here, librarian at the King County Library System.'],
      [38, 'l', 'Oh no, poor starter! Are you just starting out, or troubleshooting the one you already have?'],
      [70, 'p', 'troubleshooting'],
      [80, 'l', '"Flour Water Salt Yeast" by Ken Forkish has a whole chapter on starters (641.815 FOR), and King Arthur Baking\'s sourdough guide at kingarthurbaking.com walks through a flat starter step by step. Does that help?'],
      [115, 'p', "yes! that's all i needed, thank u"],
      [121, 'l', 'Glad I could help! Hope your starter rises to the occasion 🍞'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: "Isn't that wild?" asks what the patron thinks, not whether the information meets the need
    name: 'Boise PL, an octopus fact: "Isn\'t that wild?" after the answer, then "Anything else?": completeness fails',
    lines: [
      [0, 'p', 'is it true octopuses have 3 hearts? settling a bet w my brother'],
      [21, 'l', "Hi! I'm Lena from the Boise Public Library. Ooh, I love a good bet."],
      [27, 'l', 'Do you need a source you can show him, or just the answer?'],
      [50, 'p', 'a source pls, he never believes me lol'],
      [58, 'l', 'True: an octopus has three hearts, two pump blood through the gills and one through the body. The Smithsonian Ocean site has it at ocean.si.edu, search "octopus hearts".'],
      [62, 'l', "Isn't that wild?"],
      [90, 'p', 'HA i win. pay up bro'],
      [96, 'l', 'Anything else?'],
      [110, 'p', "no that's all, thanks!!"],
      [115, 'l', 'Enjoy your winnings, thanks for chatting!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "So you need …" amid the joke restates the need
    name: 'Austin PL, a dinosaur cake: "lol so you need a dinosaur cake recipe by tomorrow, and you\'re not a baker?" restates: clarify passes',
    lines: [
      [0, 'p', 'my son wants a dinosaur cake for his bday TOMORROW and i cannot bake to save my life 😂'],
      [26, 'l', "Hi there, this is Marco from Austin Public Library's chat service!"],
      [31, 'l', "lol so you need a dinosaur cake recipe by tomorrow, and you're not a baker?"],
      [50, 'p', 'exactly. help'],
      [58, 'l', 'Ha! "The Cake Mix Doctor" by Anne Byrn (641.8653 BYR) starts from a box mix, and Wilton\'s dinosaur cake tutorial at wilton.com shows how to cut a sheet cake into a dino shape, no pan needed. Does that help?'],
      [90, 'p', 'omg this is doable. ok thats all i needed'],
      [95, 'l', 'You got this! Thanks for chatting, and happy birthday to your son 🦖'],
    ],
    exp: usual(),
  },
  // ---- openings ----------------------------------------------------------------------------------------------------------
  {
    name: 'Riverside County, audiobooks on a long commute: picked up at 61 s ("Hi! 😊 I\'m Jordan…"), "iPhone or Android?" shapes the answer: pickup fails',
    lines: [
      [0, 'p', 'hiiii 👋 is there a way to get audiobooks free on my phone?? my commute is sooo long lol'],
      [61, 'l', "Hi! 😊 I'm Jordan with the Riverside County Library chat."],
      [66, 'l', 'Ugh, long commutes are the worst. Do you have an iPhone or an Android?'],
      [90, 'p', 'android'],
      [97, 'l', 'Get the Libby app from Google Play, sign in with your library card, and you can borrow audiobooks free. Our Libby guide is at riversidelibrary.org/libby. Did that answer your question?'],
      [130, 'p', 'omg yes ty!!'],
      [136, 'l', 'Anything else I can help with?'],
      [160, 'p', 'nope thats all lol'],
      [165, 'l', 'Enjoy your audiobooks, bye! 🎧'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: "Hiya! Ooh, fun question 😄" greets; neither of the first two messages says who is answering
    name: 'a cat skeleton: picked up at 60 s with "Hiya! Ooh, fun question 😄" and "Is this for school, or just curious?", the name only in the third: greeting fails',
    lines: [
      [0, 'p', 'how many bones does a cat have? asking for my cat lol'],
      [60, 'l', 'Hiya! Ooh, fun question 😄'],
      [65, 'l', 'Is this for school, or just curious?'],
      [90, 'p', 'just curious, he is judging me rn'],
      [96, 'l', "I'm Pat btw, a librarian here at Marion County Library! An adult cat has around 230 bones; Britannica's cat anatomy entry at britannica.com/animal/cat has the details. Did that answer your question?"],
      [130, 'p', 'yes thank you! thats all'],
      [135, 'l', 'Thanks for asking, and say hi to your cat for me!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  // ---- idle endings ------------------------------------------------------------------------------------------------------
  {
    // reading: "Are you getting out in the snow at all?" asks nothing about whether the patron is still there; "Looks like you
    // may have stepped away — I'm going to close this chat now" is the disconnect notice; it invites back, so it is a goodbye
    // and the final idle (186 → 420 s) ends at it
    name: 'Anoka County, snowshoe trails: the patron goes quiet after "Are you getting out in the snow at all?"; "stepped away … close this chat now" at 234 s: check-in fails, notice passes',
    lines: [
      [0, 'p', 'are there snowshoe trails in the county parks?'],
      [25, 'l', 'Hi, this is Bea with Anoka County Library.'],
      [30, 'l', 'Do you need trails where you can rent snowshoes, or do you have your own?'],
      [70, 'p', 'we have our own'],
      [150, 'l', 'The county parks\' winter trail map at anokacountyparks.com/winter shows every groomed snowshoe trail. Does that help?'],
      [180, 'p', 'yes thanks!! its so pretty out today'],
      [186, 'l', "Isn't it? Are you getting out in the snow at all?"],
      [320, 'l', 'Anything else I can help you with?'],
      [420, 'l', "Looks like you may have stepped away — I'm going to close this chat now. Feel free to come back any time!"],
    ],
    exp: usual({ idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'Anoka County, snowshoe trails again: the same quiet patron, but "Still there? Or did the snow get you? ☃️" at 320 s: check-in and notice pass',
    lines: [
      [0, 'p', 'are there snowshoe trails in the county parks?'],
      [25, 'l', 'Hi, this is Bea with Anoka County Library.'],
      [30, 'l', 'Do you need trails where you can rent snowshoes, or do you have your own?'],
      [70, 'p', 'we have our own'],
      [150, 'l', 'The county parks\' winter trail map at anokacountyparks.com/winter shows every groomed snowshoe trail. Does that help?'],
      [180, 'p', 'yes thanks!! its so pretty out today'],
      [186, 'l', "Isn't it? Anything else I can help you with?"],
      [320, 'l', 'Still there? Or did the snow get you? ☃️'],
      [420, 'l', "Looks like you may have stepped away — I'm going to close this chat now. Feel free to come back any time!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // "Catch you later! Come back anytime 👋" is a goodbye: the final idle ends at it (100 → 300 s)
    name: 'a bus pass: the answer, a silent patron, "Still with me?" at 130 s, "Catch you later! Come back anytime 👋" at 200 s: check-in passes, no notice',
    lines: [
      [0, 'p', 'can i get a bus pass at the library?'],
      [18, 'l', 'Hi, Ann here at the Eugene Public Library!'],
      [24, 'l', 'Is it for an adult, a youth, or a senior?'],
      [60, 'p', 'adult'],
      [100, 'l', 'We do not sell them, but LTD sells adult passes online at ltd.org/passes and at the downtown station.'],
      [230, 'l', 'Still with me?'],
      [300, 'l', 'Catch you later! Come back anytime 👋'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- follow-up and referral with chatter --------------------------------------------------------------------------------------
  {
    name: 'Vermont State Library, a grandmother\'s town: the patron chats about her nana, e-mail read back, the scans "by Thursday"; sent at 30 h',
    lines: [
      [0, 'p', 'hi! my nana grew up in Barre VT and turns 90 next week, i want to find a photo of her old school'],
      [35, 'l', "Good afternoon! I'm Walt, reference librarian at the Vermont State Library. 90, how wonderful!"],
      [41, 'l', 'Do you know the name of the school, or roughly when she went there?'],
      [80, 'p', 'Spaulding High, late 40s. she still talks about the granite sheds lol'],
      [88, 'l', 'Ha, Barre and its granite! Let me take a look, one moment.'],
      [190, 'l', 'The Barre History Collection at vermonthistory.org has a few Spaulding photos online. Our print yearbooks may have more, but they are not digitized, so I would pull them and e-mail you scans. What e-mail should I use?'],
      [230, 'p', 'jen.morrow@gmavt.net'],
      [236, 'l', "Thanks, I have jen.morrow@gmavt.net. I'll e-mail the scans by Thursday. Does the online collection help in the meantime?"],
      [270, 'p', 'yes!! she is going to cry happy tears'],
      [276, 'l', 'Aww. Anything else I can help with?'],
      [300, 'p', 'no thats all, thank you so much'],
      [306, 'l', 'Thanks for contacting the Vermont State Library, and happy birthday to your nana!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(306 + 30 * HOUR), by: 'jo', note: 'yearbook scans sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Marion County, tomato blight: "my tomatoes look like they went through a horror movie lol", the Master Gardener hotline with its number: referral passes',
    lines: [
      [0, 'p', 'my tomatoes look like they went through a horror movie lol. brown spots everywhere. what is it'],
      [30, 'l', 'Hi! Kim here, a librarian at Marion County Public Library. Oh no, poor tomatoes 🍅'],
      [36, 'l', 'Are the spots on the leaves, the fruit, or both?'],
      [60, 'p', 'leaves mostly, starting at the bottom'],
      [70, 'l', 'That sounds like early blight. Purdue Extension has a photo guide at extension.purdue.edu, search "early blight tomato". For a diagnosis, call the Marion County Master Gardener hotline at 317-275-9290. Is that what you needed?'],
      [110, 'p', 'yes!! thats everything, ty'],
      [116, 'l', 'Good luck with the garden, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "What's her name?" is about the puppy, not the need; "How old is she?" decides which training books
    name: 'Plano PL, puppy training: "What\'s her name? 🐶" then "How old is she, so I pick the right level?": clarify passes',
    lines: [
      [0, 'p', 'just got a puppy!!! need books on training her'],
      [25, 'l', "Hi, and congrats!! I'm Alexis, a librarian at Plano Public Library. What's her name? 🐶"],
      [40, 'p', 'Waffles lol'],
      [46, 'l', 'Best name ever. How old is she, so I pick the right level of training book?'],
      [70, 'p', '10 weeks'],
      [78, 'l', '"The Puppy Primer" by Patricia McConnell (636.70835 MCC) and "Perfect Puppy in 7 Days" by Sophia Yin are both at the Harrington branch. Does that help?'],
      [110, 'p', 'yes! thats all i needed, Waffles says thank you'],
      [115, 'l', 'Tell Waffles she is welcome! Thanks for chatting 🐾'],
    ],
    exp: usual(),
  },
  {
    // reading: "How's the weather up there in Duluth?" is small talk, and it is the only question before the answer
    name: 'a property record: "How\'s the weather up there in Duluth?" is the only question before the answer: clarify fails',
    lines: [
      [0, 'p', 'hi, im in duluth and need to look up who owns the empty lot next to my house'],
      [30, 'l', "Hello! You're chatting with Denise, a librarian with Ask MN."],
      [35, 'l', "How's the weather up there in Duluth? We're getting hammered with rain here."],
      [60, 'p', 'cold lol as always'],
      [68, 'l', "St. Louis County's Land Explorer at stlouiscountymn.gov/land-explorer lets you click on any parcel to see the owner. Did that answer your question?"],
      [100, 'p', 'yes perfect'],
      [105, 'l', 'Is there anything else I can help you with?'],
      [120, 'p', 'no thanks'],
      [125, 'l', 'Thanks for using Ask MN, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "Anything else exciting planned for the weekend?" asks about the patron's weekend, and nothing else asks or says done
    name: 'a camping guide: "Anything else exciting planned for the weekend?" is small talk, the patron answers "just laundry lol": anything else fails',
    lines: [
      [0, 'p', 'do you have guidebooks on camping in the Smokies'],
      [22, 'l', 'Hi! Jo here from Knox County Public Library.'],
      [28, 'l', 'Are you tent camping, or in an RV?'],
      [55, 'p', 'tent'],
      [63, 'l', '"Hiking Great Smoky Mountains National Park" (917.68 MOL) has a tent campground section, and nps.gov/grsm lists every campground. Does that help?'],
      [90, 'p', 'yes thanks'],
      [95, 'l', 'Anything else exciting planned for the weekend?'],
      [120, 'p', 'just laundry lol'],
      [126, 'l', 'Ha, the glamorous life! Thanks for chatting, and have fun camping!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

/** A question asked and clarified, for the short cases about what comes after. */
const TRAINS: Line[] = [
  [0, 'p', 'do you have books about old steam trains'],
  [20, 'l', 'Hi, this is Ruth at Elm Grove Library. Are they for you or for a young reader?'],
  [45, 'p', 'for my grandson, hes 6 and OBSESSED lol'],
];
const TRAINS_ANSWER = '"The Little Engine That Could" and DK\'s "Trains" are both in the children\'s room at Main (J 625.1).';

/** An opening for the clarify cases: the patron asks, the provider greets. */
const ASK = (q: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, this is Jo at Elm Grove Library!'],
];

export const short: SessionCase[] = [
  // ---- clarifying questions or small talk --------------------------------------------------------------------------------------
  {
    name: '"How\'s your day going? 😊" is the only question before the answer: clarify fails',
    lines: [...ASK('can i renew my books online'), [25, 'l', "How's your day going? 😊"], [45, 'p', 'good! busy'], [52, 'l', 'Yes, log in at elmgrovelibrary.org/account and click Renew all. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"Are you enjoying the snow?" is the only question before the answer: clarify fails',
    lines: [...ASK('is the library open today with all this snow'), [25, 'l', 'Are you enjoying the snow?'], [45, 'p', 'kind of lol'], [52, 'l', 'We are open until 5 today; closings are posted at elmgrovelibrary.org/alerts. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "Are you snowed in? If so, the e-books might be easier than a trip here" asks about the patron\'s situation: clarify passes',
    lines: [...ASK('looking for a good mystery to read'), [25, 'l', 'Are you snowed in? If so, the e-books might be easier than a trip here.'], [45, 'p', 'yes totally snowed in'], [52, 'l', 'Then try Libby at elmgrove.overdrive.com, "The Maid" is available now. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Did you catch the game last night?!" is the only question before the answer: clarify fails',
    lines: [...ASK('need a book on the history of the chicago cubs'), [25, 'l', 'Did you catch the game last night?!'], [45, 'p', 'YES what a comeback'], [52, 'l', '"Cubs by the Numbers" and "Wrigleyville" by Peter Golenbock are both in our catalog. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "How old is he? Tiny kittens need different care" decides the books: clarify passes',
    lines: [...ASK('got a kitten! any books on kitten care'), [25, 'l', 'How old is he? Tiny kittens need different care.'], [45, 'p', '6 weeks'], [52, 'l', '"Kitten Lady\'s Big Book of Little Kittens" covers bottle babies and young kittens; it is on the shelf at Main. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"haha so you\'re looking for a ghost story set in a library?" restates the need: clarify passes',
    lines: [...ASK('any spooky books set in libraries? for halloween lol'), [25, 'l', "haha so you're looking for a ghost story set in a library? My favourite genre 👻"], [45, 'p', 'YES'], [52, 'l', '"The Library at Mount Char" and "The Ghost Library" are both in our catalog. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  // ---- holds in chatter ---------------------------------------------------------------------------------------------------
  {
    name: '"still looking, btw love your username 😂" holds; the answer 125 s later: keep_informed fails',
    lines: [...TRAINS, [52, 'l', 'Let me check what we have.'], [130, 'l', 'still looking, btw love your username 😂'], [255, 'l', `${TRAINS_ANSWER} Does that help?`], [280, 'p', 'yes thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: no announcement of a search, no ask to wait: waiting on the patron begins at it
    name: 'near miss: "love your username btw 😂" alone is no hold; the answer 125 s later: keep_informed passes',
    lines: [...TRAINS, [52, 'l', 'Let me check what we have.'], [130, 'l', 'love your username btw 😂'], [255, 'l', `${TRAINS_ANSWER} Does that help?`], [280, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Take your time, I\'ll keep digging meanwhile" holds; the answer 121 s later: keep_informed fails',
    lines: [...TRAINS, [52, 'l', 'Let me check what we have.'], [60, 'p', 'sorry hes yelling at me, one sec lol'], [66, 'l', "Take your time, I'll keep digging meanwhile."], [187, 'l', `${TRAINS_ANSWER} Does that help?`], [210, 'p', 'yes thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Take your time!" alone is no hold; the answer 150 s later: keep_informed passes',
    lines: [...TRAINS, [52, 'l', 'Let me check what we have.'], [60, 'p', 'sorry hes yelling at me, one sec lol'], [66, 'l', 'Take your time!'], [216, 'l', `${TRAINS_ANSWER} Does that help?`], [240, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"brb, grabbing it off the shelf 🏃" holds; the answer 124 s later: keep_informed fails',
    lines: [...TRAINS, [52, 'l', 'brb, grabbing it off the shelf 🏃'], [176, 'l', `${TRAINS_ANSWER} Does that help?`], [200, 'p', 'yes thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'the patron\'s "lol" during a hold restarts nothing; the answer 118 s after the hold: keep_informed passes',
    lines: [...TRAINS, [52, 'l', 'One moment, checking the shelf list — choo choo 🚂'], [60, 'p', 'lol'], [170, 'l', `${TRAINS_ANSWER} Does that help?`], [200, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  // ---- completeness and anything else -------------------------------------------------------------------------------------
  {
    name: '"Did that help, or did I just make you hungry? 😄" asks about the answer: completeness passes',
    lines: [...ASK('what is the difference between a crepe and a pancake'), [25, 'l', 'Is this for cooking, or just curious?'], [40, 'p', 'curious'], [48, 'l', 'A crepe batter has no raising agent, so it cooks thin; Britannica has both at britannica.com/topic/pancake.'], [52, 'l', 'Did that help, or did I just make you hungry? 😄'], [80, 'p', 'both lol']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"How cool is that?!" after the answer asks nothing about the need: completeness fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} The DK one has a pull-out of the Flying Scotsman. How cool is that?!`], [80, 'p', 'he will love it']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Anything else I can dig up for you, or is it back to the game? 🏀" asks: anything else passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Anything else I can dig up for you, or is it back to the game? 🏀'], [100, 'p', 'back to the game lol'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"What else is new with you?" is small talk, not the question: anything else fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Great! What else is new with you?'], [100, 'p', 'not much lol'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"Anything else fun on your list this week?" is small talk, not the question: anything else fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes, were going to the train museum saturday'], [86, 'l', 'Oh fun! Anything else fun on your list this week?'], [100, 'p', 'nah lol'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "haha ok thanks!" says no more than thanks: anything else fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'haha ok thanks!'], [86, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "lol nope that\'s everything, you\'ve been awesome" says they are done: anything else passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', "lol nope that's everything, you've been awesome"], [86, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "ok gotta run, catch you later!" is no "I\'m done": anything else fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'ok gotta run, catch you later!'], [86, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- closings --------------------------------------------------------------------------------------------------------------
  {
    name: '"Thanks for the laugh, and good luck with the move!" thanks the patron: courteous passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes! sorry for all the typos, we are moving and my keyboard is in a box lol'], [86, 'l', 'Thanks for the laugh, and good luck with the move!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Happy to help! He is going to love them 🚂" neither thanks nor says goodbye: courteous fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes, thats all'], [86, 'l', 'Happy to help! He is going to love them 🚂']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: the answer "Thanks for bearing with me! …" thanks the patron; it is one of the last two provider messages
    name: '"Thanks for bearing with me! …" in the answer, then "Are you still there?" 130 s on: courteous and check-in pass',
    lines: [...TRAINS, [52, 'l', 'Let me look, one moment.'], [120, 'l', `Thanks for bearing with me! ${TRAINS_ANSWER} Does that help?`], [250, 'l', 'Are you still there?']],
    exp: some({ courteous: 'pass', idle: 'pass', disconnect: 'na' }),
  },
  // ---- idle endings ----------------------------------------------------------------------------------------------------------
  {
    name: '"Are you enjoying the sunshine today?" is no check-in; a final idle of 150 s: check-in fails',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes! its so nice out'], [86, 'l', 'Are you enjoying the sunshine today?'], [236, 'l', 'Bye for now!']],
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"You still there? lol" 130 s into a 140 s final idle: check-in passes, too short for the notice',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [182, 'l', 'You still there? lol']],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Looks like you\'ve wandered off, maybe to enjoy the sun! I\'ll close this chat now. Come back any time 😊" at 200 s after a check-in: both pass',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [180, 'l', 'Hello? Still with me?'], [252, 'l', "Looks like you've wandered off, maybe to enjoy the sun! I'll close this chat now. Come back any time 😊"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // "Catch you later! 👋" says goodbye: the final idle ends at it, 150 s
    name: '"Catch you later! 👋" 150 s after an unanswered answer, nothing asked: check-in fails, courteous passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [202, 'l', 'Catch you later! 👋']],
    exp: some({ idle: 'fail', disconnect: 'na', courteous: 'pass' }),
  },
  // ---- openings -----------------------------------------------------------------------------------------------------------
  {
    name: '"Hey hey! Happy Friday!! Tomás here from the Westbrook Library 😎" greets and names: greeting passes',
    lines: [[0, 'p', 'hi can i book a study room'], [15, 'l', 'Hey hey! Happy Friday!! Tomás here from the Westbrook Library 😎'], [20, 'l', 'How many people?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hi!! lol love the username" and "What can I help you find?" name no one: greeting fails',
    lines: [[0, 'p', 'hi can i book a study room'], [15, 'l', 'Hi!! lol love the username'], [20, 'l', 'What can I help you find?']],
    exp: some({ greeting: 'fail' }),
  },
];

/** The near misses that guard this round's changes (each says which). */
export const guards: SessionCase[] = [
  {
    // near miss for `smallTalkQuestionA3`: "enjoying the book" is the need, and the choice shapes the answer
    name: 'near miss: "Are you enjoying the book so far, or do you want something lighter?" asks about the need: clarify passes',
    lines: [...ASK('im reading war and peace for book club and its sooo long'), [25, 'l', 'Ha, it is a doorstop! Are you enjoying the book so far, or do you want something lighter?'], [45, 'p', 'lighter lol'], [52, 'l', 'Try "Anxious People" by Fredrik Backman, it is in our catalog. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `smallTalkQuestionA3`: "did you catch" about the book, not a game
    name: 'near miss: "Did you catch the author\'s name?" asks about the need: clarify passes',
    lines: [...ASK('i heard about a book on the radio about octopuses, do you have it'), [25, 'l', "Did you catch the author's name?"], [45, 'p', 'sy montgomery i think'], [52, 'l', '"The Soul of an Octopus" by Sy Montgomery is on the shelf at Main. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `smallTalkQuestionA3`: the weather as the need ("a rainy-day craft") is no small talk once the question goes on
    name: 'near miss: "How\'s the weather looking for the party, indoor or outdoor?" asks about the need: clarify passes',
    lines: [...ASK('need party game ideas for my daughters 7th bday'), [25, 'l', "Fun! How's the weather looking for the party, indoor or outdoor?"], [45, 'p', 'indoor, its going to rain'], [52, 'l', '"The Big Book of Party Games" (793 BIG) has a whole indoor chapter; it is at Main. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `smallTalkElseA3`: "fun" describes what the provider can find
    name: 'near miss: "Anything else fun I can find for you?" asks: anything else passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Anything else fun I can find for you?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss for `smallTalkElseA3`: "what else" about the need
    name: 'near miss: "What else can I help you with today?" asks: anything else passes',
    lines: [...TRAINS, [52, 'l', `${TRAINS_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Great! What else can I help you with today?'], [100, 'p', 'nothing'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: clarify passes. "What's his name?" is small talk only because of what it is about (the kitten); in a genealogy
    // or a biography chat the same words ask about the need, so no wording alone tells them apart.
    name: '"What\'s his name? 🐱" about the patron\'s kitten is the only question before the answer: clarify fails',
    lines: [...ASK('got a kitten! any books on kitten care'), [25, 'l', "What's his name? 🐱"], [45, 'p', 'Meatball'], [52, 'l', 'Perfect name. "Kitten Lady\'s Big Book of Little Kittens" is on the shelf at Main. Does that help?'], [80, 'p', 'yes ty']],
    exp: some({ clarify: 'fail' }),
  },
];

describe('twenty-fifth round (A3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fifth round (A3): small talk, humour and chatter, every check', whole);
describeSessions('twenty-fifth round (A3): small talk, humour and chatter, short cases', short);
describeSessions('twenty-fifth round (A3): small talk, humour and chatter, near misses of the changes', guards);

describeLeft('twenty-fifth-round-smalltalk', LEFT);
