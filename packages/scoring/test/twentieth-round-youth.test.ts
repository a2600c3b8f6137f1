/**
 * Twentieth round, area (U3): CHILDREN, TEENS, PARENTS AND TEACHERS. Kids and teens typing as they type (misspellings,
 * all caps, emoji, "idk", "wat", one word per message, leaving suddenly and coming back), late-night homework through a
 * statewide or cooperative service, parents asking about storytime, summer reading, children's cards and what a parent
 * must sign, teachers asking for classroom sets and curriculum resources, reading suggestions for reluctant readers,
 * school databases behind a school login, a teen pranking or being rude while the provider stays polite, a child who
 * types out an address or a phone number and the provider's answer, providers who write simply for children. Public,
 * county and school libraries, a statewide after-school homework line and a 24/7 cooperative.
 *
 * Statuses are read from the literal text of RUBRIC.md and were decided before the scorer was run on this file.
 * Readings taken where the text leaves room (each also at its case):
 * - a patron message that only jeers ("ur a bot lol", "poop") asks nothing: a session with nothing else asked has no
 *   substantive exchange, so the information checks are na;
 * - a child's "ok thats it thx" / "ok thats all" says explicitly that they are done ("that's all" as in the rubric);
 *   "k", "ty!!" or "cool" alone does not, and "ya thats it thx" right after "Is that what you wanted?" confirms the
 *   answer (the ninth round's reading of "YES thats it!! thank you"), no statement of being done;
 * - "Do those sound good?" / "Is that the book you wanted?" after suggestions ask whether what was given meets the
 *   need (completeness); "When is your report due?" asked after the source is about the situation, not completeness;
 * - a teacher, a parent, a school librarian or the school's tech office the child is told to ask is a referral (the
 *   tenth round's reading) and needs a way to reach them; the school librarian giving out a password is not a
 *   "database named", the database named is the source;
 * - the provider telling a child not to share an address or a phone number in chat is neither a source nor an
 *   answer; a number the child typed is a known contact for `resolution.code`;
 * - "Heyyy" and "hiya" greet; "Good luck on the quiz!", "Bye bye!" and "cya!" say goodbye; "Happy reading!" alone is
 *   not read as thanks, goodbye or an invitation back (a wish), so the cases that rely on it add thanks;
 * - closing a prank chat "since it isn't a library question" while inviting the patron back offers a way back: no
 *   dismissal;
 * - an app named with no way to reach it (Sora, Epic!, Libby) is no source (RUBRIC.md); a named school database
 *   (Britannica School, Gale In Context) is one, with or without a URL.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, type Key, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const KIM = who('Kim Osei (Children\'s Room)', 'kim');

export const whole: SessionCase[] = [
  // ---- late-night homework -----------------------------------------------------------------------------------------
  {
    name: 'late-night 8th grader, photosynthesis: grade and number of sources asked, Britannica School with the school login steps, "will those work for ur report?"',
    lines: [
      [0, 'p', 'hi i need sources for my sciense report on fotosynthesis its due tmrw'],
      [28, 'l', "Hi! I'm Devon, a librarian with the Maryland homework help chat. What grade are you in, and how many sources does your teacher want?"],
      [61, 'p', '8th'],
      [64, 'p', 'she said 3 and no wikipedia'],
      [72, 'l', 'Got it, give me a minute to find good ones for 8th grade.'],
      [150, 'l', 'Britannica School has a great article: go to your school library page, click Britannica School, log in with your student ID, then search "photosynthesis" and pick the Middle level. Another one is the kids\' page at ducksters.com/science/photosynthesis.php. Will those work for ur report?'],
      [205, 'p', 'yea thats all i need thx!!'],
      [211, 'l', 'Awesome, good luck on the report! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'homework line, the provider goes quiet 2 min 20 s after "wat do i search" with no hold (the patron\'s "hellooo" does not restart the wait): keep_informed fails',
    lines: [
      [0, 'p', 'WHAT WAS THE CAUSE OF WW1 i have a worksheet'],
      [19, 'l', 'Hello! This is Ms. Ruiz at Pima County Public Library. Is the worksheet asking for the main causes, or about one event like the assassination?'],
      [50, 'p', 'main causes'],
      [55, 'p', 'wat do i search'],
      [140, 'p', 'hellooo'],
      [195, 'l', 'Sorry for the wait! Historians list four main causes: militarism, alliances, imperialism and nationalism (MAIN). Gale In Context: Middle School has an article "Causes of World War I": log in at pima.gov/library/homework with your library card. Does that get you going on the worksheet?'],
      [240, 'p', 'ya thats all i needed tysm'],
      [244, 'l', 'You got it! Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'a hold, then the answer 1 min 55 s later (under the 120 s): keep_informed passes; one word per message from the patron',
    lines: [
      [0, 'p', 'hi'],
      [3, 'p', 'i'],
      [5, 'p', 'need'],
      [7, 'p', 'a'],
      [9, 'p', 'book'],
      [12, 'p', 'about sharks'],
      [30, 'l', 'Hiya! This is Sam, the librarian at Oceanside Public Library. Do you want a true book about real sharks, or a story with sharks in it?'],
      [58, 'p', 'real'],
      [63, 'l', 'Cool, hang on while I look at what is on the shelf.'],
      [178, 'l', 'Try "Sharks" by Seymour Simon, it has big photos. It\'s in the kids\' nonfiction at 597.3 SIM, and you can see it in our catalog at oceansidepubliclibrary.org. Is that the kind of book you wanted?'],
      [215, 'p', 'YES'],
      [220, 'l', 'Can I help you find anything else?'],
      [240, 'p', 'no'],
      [244, 'l', 'Bye bye! Have fun reading about sharks!'],
    ],
    exp: usual(),
  },
  {
    name: 'late pickup (74 s) while the teen types "hello??" and "anyone there": pickup fails; nothing else differs',
    lines: [
      [0, 'p', 'can u help me cite a website in mla'],
      [40, 'p', 'hello??'],
      [58, 'p', 'anyone there'],
      [74, 'l', 'Hi, sorry for the wait! Jordan here, a librarian at Boulder Public Library. Do you have the website open? I need the author, title and date if it has them.'],
      [110, 'p', 'ya its from nasa no author tho'],
      [118, 'l', 'No author is fine. The Purdue OWL page at owl.purdue.edu shows the pattern: "Title of Page." Website Name, Publisher, Day Month Year, URL. Want to paste the link so we check it together? Does that cover what you needed?'],
      [170, 'p', 'nah i got it now thats everything'],
      [175, 'l', 'Great job! Good luck with the paper!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'a teen one line at a time who says "idk" to the clarifying question; source given, no completeness question, patron says bye only: completeness and anything_else fail',
    lines: [
      [0, 'p', 'i need a book for my book report'],
      [6, 'p', 'it has to be 150 pages'],
      [25, 'l', 'Hey there! I am Ana, a teen librarian at Reno Library. What kind of stories do you like, funny, scary, sports?'],
      [60, 'p', 'idk'],
      [66, 'p', 'sports i guess'],
      [73, 'l', 'Try "The Crossover" by Kwame Alexander. It is about basketball and twin brothers, about 240 pages, and it reads fast because it is in verse. We have copies at every branch.'],
      [130, 'p', 'ok bye'],
      [135, 'l', 'Bye, enjoy the book!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- children giving personal details ------------------------------------------------------------------------------
  {
    // reading: the provider's warning about personal details is neither a source nor an answer; the phone the child typed
    // is a known contact (it does not matter here: the code is Answered and nothing is promised)
    name: 'a 9-year-old types her address and her mom\'s phone; the provider asks her kindly not to, then horse books, "do those sound good?"',
    lines: [
      [0, 'p', 'hi my name is kayla im 9 and i live at 412 birch st and my moms phone is 608-555-0143 i want horse books'],
      [22, 'l', 'Hi Kayla! This is Ms. Bea, a librarian at Madison Public Library. You don\'t need to tell me your address or phone number here, it is safer to keep those private online, ok?'],
      [31, 'l', 'Do you like made-up stories about horses, or true facts about real horses?'],
      [70, 'p', 'ok sorry!! storys'],
      [78, 'l', 'No problem at all! Two favorites: "Black Beauty" (the kids\' version) and the "Pony Pals" series by Jeanne Betancourt. You can find them in our catalog at madisonpubliclibrary.org. Do those sound good?'],
      [120, 'p', 'yes!!! 🐴🐴'],
      [125, 'l', 'Is there anything else you want to find today?'],
      [150, 'p', 'no thank u'],
      [154, 'l', 'Thanks for chatting, Kayla! Come back anytime. 😊'],
    ],
    exp: usual(),
  },
  {
    // reading: the child's e-mail typed in the chat is "given there"; the provider says "by tomorrow afternoon"
    name: 'a 7th grader gives his own e-mail for a list the provider will send; the provider asks him to check with a parent, promises by tomorrow afternoon, code Follow-up by me',
    lines: [
      [0, 'p', 'do u have a list of books like percy jackson'],
      [21, 'l', 'Hi! I\'m Lin from the Ask a Librarian service at Tacoma Public Library. Do you like Percy Jackson for the myths or for the adventure?'],
      [55, 'p', 'the myths'],
      [62, 'l', 'Then you might like "Aru Shah and the End of Time" by Roshani Chokshi and "The Serpent\'s Secret" by Sayantani DasGupta, both use myths from India. Are those the kind of books you mean?'],
      [100, 'p', 'yeah can u send me more like that'],
      [108, 'l', 'Sure! I can make a longer list and email it. Is it ok with your parents to give me an email? You can use a parent\'s email too.'],
      [150, 'p', 'my moms ok w it its jaden.k@example.com'],
      [157, 'l', 'Thanks, I\'ll email the list to jaden.k@example.com by tomorrow afternoon. Anything else I can help with tonight?'],
      [190, 'p', 'nope'],
      [194, 'l', 'Thanks Jaden, have a good night!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  // ---- parents: storytime, summer reading, cards ---------------------------------------------------------------------
  {
    name: 'parent asks about toddler storytime: the branch confirmed, the events calendar, "did I answer what you wanted to know?", parent done',
    lines: [
      [0, 'p', 'Good morning, when is toddler storytime at the Oak Street library? My son just turned 2.'],
      [17, 'l', 'Good morning! This is Priya with Lakeview Public Library. Do you mean the Oakwood Branch on Oak Street?'],
      [40, 'p', 'Yes that one'],
      [47, 'l', 'Toddler Time at Oakwood is Tuesdays and Thursdays at 10:30, for ages 18 months to 3 years, no registration needed. The full calendar is at lakeviewlibrary.org/events (choose Oakwood and "Kids"). Did I answer what you wanted to know?'],
      [82, 'p', 'Perfect, that\'s all, thanks!'],
      [88, 'l', 'See you both there! Take care.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Happy reading!" alone would be a wish; the closing also thanks, so courteous passes
    name: 'summer reading for two kids (6 and 11): ages asked, Beanstack link, parent says that\'s everything',
    lines: [
      [0, 'p', 'How do I sign up my kids for summer reading? They are 6 and 11'],
      [33, 'l', 'Hi there, thanks for contacting the Ask Us chat at Hennepin County Library. Are they reading on their own, or do you read to the 6-year-old?'],
      [70, 'p', 'I read to the little one'],
      [79, 'l', 'Then sign him up as a "Read to Me" reader and his sister as a "Kids" reader. Both go in one family account on Beanstack: hclib.beanstack.org, "Register a family". Minutes you read to him count for him. Does that cover signing them both up?'],
      [130, 'p', 'Yes that\'s everything we needed'],
      [136, 'l', 'Happy reading, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'can my 12-year-old get her own card: greeting and name split over two messages, the policy page, parent answers "ok": anything_else fails',
    lines: [
      [0, 'p', 'can my 12 yr old get her own library card without me there'],
      [15, 'l', 'Hi there!'],
      [18, 'l', 'This is Jen from Ridgecrest Library. Does she have a school ID with her photo?'],
      [45, 'p', 'yes'],
      [51, 'l', 'Kids under 13 need a parent or guardian to sign the application, but you can sign the form at home and she can bring it in with her school ID. The form is at ridgecrestlibrary.org/kids-card. Does that answer it?'],
      [90, 'p', 'ok'],
      [96, 'l', 'Have a great day!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Spanish-speaking parent asks about bilingual storytime: age asked in Spanish, the calendar, "¿Le sirve?", the parent is done',
    lines: [
      [0, 'p', 'Hola, tienen hora del cuento en español para niños?'],
      [26, 'l', '¡Hola! Soy Ana, bibliotecaria de la Biblioteca Pública de Fresno. ¿Qué edad tiene su niño o niña?'],
      [60, 'p', 'tiene 4 años'],
      [68, 'l', 'La Hora del Cuento Bilingüe es los sábados a las 11 en la sucursal West Fresno, para niños de 3 a 6 años. El calendario está en fresnolibrary.org/eventos. ¿Le sirve esta información?'],
      [110, 'p', 'Sí, es todo, muchas gracias'],
      [116, 'l', '¡Gracias a usted! Que tenga un buen día.'],
    ],
    exp: usual(),
  },
  // ---- teachers ------------------------------------------------------------------------------------------------------
  {
    name: 'teacher wants a classroom set of Hatchet: how many and by when asked, book club kits page, follow-up by e-mail by Thursday, no completeness question',
    lines: [
      [0, 'p', 'Hi, I teach 5th grade at Lincoln Elementary. Can the library loan me a classroom set of Hatchet?'],
      [24, 'l', 'Hello, this is Marcus in Youth Services at Eastbrook Public Library. How many copies do you need, and when does the unit start?'],
      [66, 'p', '28 copies, starting the 14th'],
      [74, 'l', 'We have Book Club Kits of 10 copies each; Hatchet has two kits listed at eastbrooklibrary.org/bookclubkits, so I would have to pull the rest from other branches. I\'ll check with our branches and email you by Thursday with how many we can gather. What email should I use?'],
      [130, 'p', 'r.alvarez@lincoln.example.org'],
      [136, 'l', 'Got it, r.alvarez@lincoln.example.org. Anything else for your class?'],
      [170, 'p', 'No, thank you!'],
      [175, 'l', 'Thanks, Ms. Alvarez! Talk soon.'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'teacher wants primary sources on the Underground Railroad for 7th grade: reading level asked, LOC primary source sets, "no more questions"',
    lines: [
      [0, 'p', 'I\'m putting together a unit on the Underground Railroad for 7th grade social studies and need primary sources'],
      [29, 'l', 'Hi! Thanks for reaching out to the Anne Arundel County Public Library chat, I\'m Keisha. Are you looking for documents the students read themselves, or images and maps to project in class?'],
      [81, 'p', 'Both ideally, but readable for 12 year olds'],
      [90, 'l', 'Let me pull a couple of sets.'],
      [175, 'l', 'The Library of Congress has a free Primary Source Set on the Underground Railroad with a teacher\'s guide: loc.gov/classroom-materials. Maryland Center for History and Culture also has lesson-ready documents about Harriet Tubman at mdhistory.org/learn. Are those the kind of sources you had in mind?'],
      [230, 'p', 'Exactly what I needed. No more questions, thank you!'],
      [236, 'l', 'Glad to help. Good luck with the unit!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Email our Educator Services desk at teachers@..." sends the teacher to the library's own department with a contact
    name: 'teacher asks for an educator card: referred to the library\'s own Educator Services with its e-mail and phone: referral passes',
    lines: [
      [0, 'p', 'do you have a special card for teachers with longer loans?'],
      [18, 'l', 'Hi, this is Rob at Springfield City Library. Do you teach in Springfield, or in a school outside the city?'],
      [55, 'p', 'in the city, at Kennedy Middle'],
      [61, 'l', 'Then you qualify for the Educator Card: 6-week loans and up to 50 items. The details are at springfieldlibrary.org/educators. Email our Educator Services desk at educators@springfieldlibrary.org or call 413-555-0172 with a copy of your school ID and they set it up. Does that help with what you were after?'],
      [110, 'p', 'yes thank you that\'s all'],
      [114, 'l', 'Great, thanks for teaching our kids! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- school databases, school logins ------------------------------------------------------------------------------
  {
    // reading: "ask your school librarian for the password" tells the student to contact a person outside the chat: a
    // referral with no way to reach them
    name: 'high schooler locked out of JSTOR through school: told to ask the school librarian for the password (no contact), the public library\'s JSTOR as the source',
    lines: [
      [0, 'p', 'my school jstor login isnt working and i need 2 scholarly articles by friday'],
      [23, 'l', 'Hi, this is Tom, a librarian at Rochester Public Library. What is your topic?'],
      [51, 'p', 'the harlem renaissance'],
      [58, 'l', 'I can\'t see or reset school passwords, so ask your school librarian for the JSTOR login. In the meantime you can use JSTOR with a Rochester library card at roccitylibrary.org/databases. Searching "Harlem Renaissance" with "Peer reviewed" checked gives plenty. Does that give you what you need for Friday?'],
      [100, 'p', 'yes thats all i needed'],
      [106, 'l', 'Good luck on the paper! Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'teen needs the Sora login for school e-books: told to e-mail the district tech help desk with its address; soraapp.com given',
    lines: [
      [0, 'p', 'how do i get on sora for my english class its not letting me'],
      [30, 'l', 'Hey! I\'m Mo, a librarian on the Wake County Public Libraries chat. Which school do you go to? Each school district signs in a little differently.'],
      [62, 'p', 'apex high'],
      [70, 'l', 'For Wake County schools, go to soraapp.com, pick "Wake County Public School System", and sign in with your student number and the same password as your school computer. If it still says your account is locked, email the district tech help desk at helpdesk@wcpss.example.net and they can unlock it. Did that fix it?'],
      [150, 'p', 'ok it worked'],
      [154, 'l', 'Yay! Is there anything else I can help you with?'],
      [175, 'p', 'no'],
      [178, 'l', 'Enjoy the book, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- reluctant readers ---------------------------------------------------------------------------------------------
  {
    name: 'parent of a 10-year-old who hates reading but loves Minecraft: interests asked, graphic novels and NoveList K-8, parent done',
    lines: [
      [0, 'p', 'My son is 10 and refuses to read anything. He only wants to play Minecraft. Any ideas?'],
      [20, 'l', 'Hello! This is Rachel, a children\'s librarian at Maple Grove Library. Does he like funny books, or action? And does he mind comics?'],
      [55, 'p', 'He likes funny and he reads comics sometimes'],
      [63, 'l', 'Try "Dog Man" by Dav Pilkey and "Investigators" by John Patrick Green, both funny graphic novels, and the "Minecraft: Woodsword Chronicles" chapter books. For more, NoveList K-8 lets you search by interest: maplegrovelibrary.org/novelist. Do any of those sound like a fit for him?'],
      [120, 'p', 'He\'ll love Dog Man! That\'s all I needed.'],
      [126, 'l', 'Wonderful. Thanks for reaching out to Maple Grove Library!'],
    ],
    exp: usual(),
  },
  // ---- children leaving and coming back ------------------------------------------------------------------------------
  {
    // final idle from the clarifying question (30 s) to the closing goodbye-notice (222 s) = 192 s
    name: 'a kid sends "hiii" and a question, the provider asks a clarifying question, the kid vanishes; check-in, goodbye notice; code Lost Call with two patron messages',
    lines: [
      [0, 'p', 'hiii'],
      [6, 'p', 'how many moons does jupiter have'],
      [30, 'l', 'Hi! I\'m Ezra, a librarian at Tulsa City-County Library. Is this for a school project, or are you just curious?'],
      [158, 'l', 'Are you still there?'],
      [222, 'l', 'It looks like you have left the chat, so I\'ll end it now. Come back anytime you want to find out about Jupiter!'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 3 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    // the "brb" starts waiting on the provider; "No problem, take your time!" ends it and is no hold; the patron is back
    // 5 minutes later and the provider answers within 20 s.
    // relabelled: "ya thats it thx" right after "Is that what you wanted to find out?" confirms the answer, as the ninth
    // round reads "YES thats it!! thank you" (test/ninth-round-falsepass.test.ts); it is not one of the rubric's explicit
    // "that's all I needed": anything_else fails (first labelled pass)
    name: 'a child leaves ("brb my mom is calling me") and comes back 5 minutes later, then "ya thats it thx" (a confirmation): anything_else fails',
    lines: [
      [0, 'p', 'wat is the biggest dinosaur'],
      [25, 'l', 'Hi! This is Grace, the kids\' librarian at Plano Public Library. Do you mean the heaviest, or the longest?'],
      [45, 'p', 'brb my mom is calling me'],
      [60, 'l', 'No problem, take your time!'],
      [355, 'p', 'back. the heaviest'],
      [372, 'l', 'Scientists think Argentinosaurus was the heaviest, maybe as heavy as 10 elephants! The Britannica Kids article "Argentinosaurus" has a picture: kids.britannica.com. Is that what you wanted to find out?'],
      [410, 'p', 'ya thats it thx'],
      [415, 'l', 'Thanks for asking! Bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // final idle: from the answer (80 s) to the end (endAfter 5 s after the check-in at 215 s) = 140 s: idle check-in
    // applies (>= 120), disconnect notice does not (< 180)
    name: 'the teen goes quiet after the answer; "u still there?" 135 s later; the session closes 5 s after: idle passes, disconnect na, courteous fails',
    lines: [
      [0, 'p', 'where can i find the lexile of a book'],
      [22, 'l', 'Hi, this is Carmen at Boise Public Library! Is it for a school reading log?'],
      [47, 'p', 'yes'],
      [80, 'l', 'You can look up any book\'s Lexile at hub.lexile.com/find-a-book: type the title and it shows the number. Does that help with your log?'],
      [215, 'l', 'u still there?'],
    ],
    exp: usual({ anything: 'fail', complete: 'pass', courteous: 'fail', idle: 'pass' }),
  },
  // ---- pranks and rudeness --------------------------------------------------------------------------------------------
  {
    // final idle from "Anything else I can find for you?" (306 s) to the goodbye-notice (510 s) = 204 s
    name: 'a teen pranks ("is this a bot lol", "ur mom") then asks for Chainsaw Man; the provider stays polite; no question before the catalog; the teen leaves, check-in and notice',
    lines: [
      [0, 'p', 'yo is this a real person or a bot lol'],
      [21, 'l', 'Hi! I\'m Marcus, a real human librarian at Fairview Library 🙂 What can I help you find?'],
      [40, 'p', 'ur mom lol'],
      [52, 'l', 'Ha, I\'ll pass on that one. If you have a library question, I\'m happy to help.'],
      [120, 'p', 'fine do u have chainsaw man vol 12'],
      [127, 'l', 'Let me look it up.'],
      [190, 'l', 'Volume 12 is on order, and you can put a hold on it in our catalog at fairviewlibrary.org so you get it first. That work for you?'],
      [300, 'p', 'ya whatever'],
      [306, 'l', 'Anything else I can find for you?'],
      [440, 'l', 'Are you still there?'],
      [510, 'l', 'Looks like you\'ve left the chat, so I\'ll close it now. Come back anytime!'],
    ],
    over: { endAfter: 2 },
    exp: usual({ clarify: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: jeers ask nothing, so no substantive exchange: the information checks are na; the provider's "Do you have a
    // question I can help with?" is the greeting's how-can-I-help; closing the chat with a way back is no dismissal
    name: 'a prank with no question at all ("poop", "ur stupid"); the provider stays polite and closes with a way back: information checks na',
    lines: [
      [0, 'p', 'poop'],
      [15, 'l', 'Hi, this is Greta at the Burlington Public Library. Do you have a question I can help you with today?'],
      [33, 'p', 'ur stupid lmaooo'],
      [45, 'l', 'I\'m going to close this chat since it isn\'t a library question. If you ever need help finding something, come back anytime!'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  // ---- dismissals ----------------------------------------------------------------------------------------------------
  {
    // U3 fix (dismissalHard): "that's enough for one chat"
    name: 'a teen with many quiz questions is told "You\'ve asked a lot of questions, that\'s enough for one chat": no_dismissal fails',
    lines: [
      [0, 'p', 'whats the capital of australia'],
      [14, 'l', 'Hi! Lou here at the Homework Help chat of the Columbus Metropolitan Library. Is this for a geography quiz?'],
      [30, 'p', 'ya'],
      [36, 'l', 'It\'s Canberra. You can check capitals in the World Atlas section of Britannica School. Is that what you needed?'],
      [60, 'p', 'ok whats the capital of canada'],
      [70, 'l', 'Ottawa.'],
      [80, 'p', 'and brazil and egypt and peru'],
      [95, 'l', 'You\'ve asked a lot of questions, that\'s enough for one chat. Bye.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'a teen with a long list is told politely other students are waiting and invited back: no dismissal; the teen says "thats all i need tonight"',
    lines: [
      [0, 'p', 'i need help with my spanish vocab, history dates and a science lab'],
      [20, 'l', 'Hello! I\'m Nadia, a librarian at the Ask Now homework chat. Which one is due first?'],
      [45, 'p', 'spanish tmrw'],
      [52, 'l', 'For vocab, StudyStack has free Spanish flashcards at studystack.com, and the Mango Languages lessons are free with your library card at askusnow.info/mango. Does that help with tomorrow\'s vocab?'],
      [100, 'p', 'yeah'],
      [108, 'l', 'There are other students waiting right now, so I need to help them. Please start a new chat later for the history and the lab, we\'re open till 11!'],
      [125, 'p', 'ok thats all i need tonight thx'],
      [130, 'l', 'Thank you, good luck tomorrow!'],
    ],
    exp: usual(),
  },
  // ---- transfers, follow-ups by the patron's library, codes ------------------------------------------------------------
  {
    name: 'a cooperative provider transfers a parent\'s question about a child\'s lost book fine to the home library\'s children\'s room, with a note and a notice: transfer passes',
    lines: [
      [0, 'p', 'my daughter lost a library book and theres a $25 fine on her card, can it be waived? she\'s 8'],
      [26, 'l', 'Hello, this is Jo, a librarian with the statewide Ask a Librarian service. Which library is her card from?'],
      [55, 'p', 'Westfield Memorial'],
      [60, 'i', 'Parent asks to waive a $25 lost-book fee on an 8-year-old\'s Westfield card; needs Westfield staff who can see the account.'],
      [64, 'l', 'I\'m transferring you to a Westfield children\'s librarian who is online now. One moment please.'],
      [66, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [90, 'l', 'Hi, Kim in the Children\'s Room at Westfield Memorial. Kids\' cards have a one-time lost book forgiveness. Could you give me the last four digits of her card?', KIM],
      [120, 'p', '5521'],
      [128, 'l', 'Done, the $25 is removed. Our kids\' card rules are at wmlnj.org/kids-cards if you want them. Does that take care of it?', KIM],
      [160, 'p', 'yes thank you so much, that\'s all'],
      [165, 'l', 'Thanks for reaching out, have a good evening!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'out-of-area provider: the parent\'s branch will e-mail about storytime registration within 2 business days; e-mail given; code Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'Is there still room in the Lego club for 7 year olds at the Brookside branch?'],
      [40, 'l', 'Hi, I\'m Alex, a librarian answering for the Ask Us cooperative tonight. Is it the Saturday Lego club you mean?'],
      [70, 'p', 'yes the saturday one'],
      [78, 'l', 'The club is on the Brookside events page at brooksidelibrary.org/events, but I can\'t see how many spots are left. I\'ll send your question to Brookside, and someone from the branch will email you within 2 business days. What email should they use?'],
      [120, 'p', 'dana.p@example.com'],
      [127, 'l', 'Thanks, I have dana.p@example.com. Is there anything else I can do for you?'],
      [150, 'p', 'No that\'s it'],
      [154, 'l', 'Thank you, and good night!'],
    ],
    over: FU_LIB,
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'teen wants an AP Lit reading list; "I\'ll put a list together and email it to you" with no time; code Answered: code and contact fail',
    lines: [
      [0, 'p', 'do u have a list of books for the ap lit open question'],
      [33, 'l', 'Hi! This is Theo at Ann Arbor District Library. Is it for this year\'s exam or general practice?'],
      [60, 'p', 'general'],
      [66, 'l', 'The College Board lists past prompts at apcentral.collegeboard.org, and our AP Lit reading guide is at aadl.org/aplit. I\'ll also put a list of the titles most often used together and email it to you. What\'s your email?'],
      [110, 'p', 'mira.s@example.com'],
      [116, 'l', 'Got it. Anything else?'],
      [140, 'p', 'no thx'],
      [143, 'l', 'Good luck on the exam! Bye.'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the homework chat\'s provider has four sessions open at once (this one and three others): concurrency fails',
    lines: [
      [0, 'p', 'i need a picture of the water cycle for my poster'],
      [25, 'l', 'Hi, this is Jo at Ask Now homework help. Do you need one you can print, or draw from?'],
      [50, 'p', 'print'],
      [58, 'l', 'The USGS has a free kids\' water cycle diagram you can print at usgs.gov/water-cycle-kids. Will that one work for your poster?'],
      [100, 'p', 'ya thats all thx'],
      [105, 'l', 'Good luck with the poster! Bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 200), other('b', 'jo', -50, 150), other('c', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'a practice session (a new provider plays a kid): every check na',
    lines: [
      [0, 'p', 'TEST im a 10 yr old who needs a book about volcanos'],
      [12, 'l', 'Hi! I\'m Pat at Fargo Public Library. Try "Volcanoes" by Seymour Simon. Does that help?'],
      [30, 'p', 'ok end of practice'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'no provider joins; a kid types one message and leaves; code Lost Call: pickup fails, code passes, the rest na',
    lines: [[0, 'p', 'is the library open on sunday']],
    over: { resolutionCode: 'Lost Call', endAfter: 95 },
    exp: usual({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na',
    }),
  },
];

// ---- short cases: a few checks each ------------------------------------------------------------------------------------
export const short: SessionCase[] = [
  // greeting
  {
    name: 'greeting: "Hey kiddo! What\'s up?" and "Whatcha need?" with no name or library: greeting fails',
    lines: [[0, 'p', 'i need a book'], [20, 'l', 'Hey kiddo! What\'s up?'], [24, 'l', 'Whatcha need help with?'], [50, 'p', 'a scary one']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting: screen name "Ms. Lee (Youth Services)" only, the text never says who is answering: greeting fails',
    lines: [[0, 'p', 'do u have goosebumps'], [18, 'l', 'Hi there! Which Goosebumps book are you looking for?', who('Ms. Lee (Youth Services)', 'lee')], [40, 'p', 'any']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Heyyy" is "hey" stretched
    name: 'greeting: "Heyyy! 😊 Tomás here at KidsAsk, the library\'s chat for kids" greets and identifies',
    lines: [[0, 'p', 'hi'], [15, 'l', 'Heyyy! 😊 Tomás here at KidsAsk, the library\'s chat for kids. What are you looking for?'], [40, 'p', 'books about cats']],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'greeting: "hiya, you\'re chatting with a children\'s librarian" greets and identifies (the role)',
    lines: [[0, 'p', 'helo'], [9, 'l', 'hiya, you\'re chatting with a children\'s librarian! what can I help you with?'], [30, 'p', 'lego books']],
    exp: some({ greeting: 'pass' }),
  },
  // clarifying
  {
    name: 'clarify: a restatement "So you need 3 facts about sea turtles for tomorrow?" before the source: passes',
    lines: [
      [0, 'p', 'sea turtles 3 facts due tmrw'],
      [12, 'l', 'Hi, Ava at Sarasota County Libraries here! So you need 3 facts about sea turtles for tomorrow?'],
      [30, 'p', 'yes'],
      [40, 'l', 'National Geographic Kids has a sea turtle page with lots of facts: kids.nationalgeographic.com/animals/reptiles. Does that help?'],
      [70, 'p', 'yes thats all'],
      [74, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'clarify near miss: the source comes first and "what grade r u in?" only after it: clarify fails',
    lines: [
      [0, 'p', 'i need stuff about the solar system'],
      [12, 'l', 'Hi! Ben at Eugene Public Library. Check out the NASA Space Place site: spaceplace.nasa.gov. What grade r u in?'],
      [40, 'p', '4th'],
      [47, 'l', 'Then Space Place is perfect for you. Anything else?'],
      [70, 'p', 'no'],
      [73, 'l', 'Bye, have fun!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  // sources
  {
    name: 'source: a book named for a child ("try Diary of a Wimpy Kid by Jeff Kinney") with no link: source passes',
    lines: [
      [0, 'p', 'i want a funny book'],
      [20, 'l', 'Hi, I\'m Joy at the Kids\' Desk of Riverside Library! Do you like books with pictures in them?'],
      [40, 'p', 'ya'],
      [46, 'l', 'Try "Diary of a Wimpy Kid" by Jeff Kinney, it has drawings on every page. Is that the kind of book you wanted?'],
      [80, 'p', 'ive read it lol'],
    ],
    exp: some({ source: 'pass', complete: 'pass', clarify: 'pass' }),
  },
  {
    // reading: an app named without a way to reach it is no source (RUBRIC.md)
    name: 'source: only "the Epic app" and "Sora" named, no way to reach them: source fails',
    lines: [
      [0, 'p', 'my kid needs ebooks for school, what app'],
      [20, 'l', 'Hello, this is Dee at Westland Library. What grade is your child in?'],
      [45, 'p', '2nd grade'],
      [52, 'l', 'Many teachers use the Epic app for that age, and the school district uses Sora. Both are free for students.'],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'You\'re welcome, bye!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: 'source: "Gale In Context: Elementary" named without a URL is a named database: source passes',
    lines: [
      [0, 'p', 'where can my son find stuff on frogs for 3rd grade'],
      [15, 'l', 'Hi, this is Lena, a librarian at Clark County Library. Is it for a report or a poster?'],
      [40, 'p', 'report'],
      [48, 'l', 'Gale In Context: Elementary has easy articles on frogs with photos; he can get in with his library card from our website\'s Research page. Will that work for him?'],
      [80, 'p', 'yes that is all, thanks'],
      [85, 'l', 'Thank you, bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  // completeness
  {
    name: 'completeness: chat-speak "does that help w ur project?" after the source: passes',
    lines: [
      [0, 'p', 'need info on the aztecs'],
      [20, 'l', 'hi! im Rosa, librarian at Austin Public Library. is it for a report or a diorama?'],
      [44, 'p', 'report'],
      [50, 'l', 'Kids InfoBits has a good Aztecs article, it\'s on our site under Research > For Kids. does that help w ur project?'],
      [80, 'p', 'ya'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: a question about the deadline after the source asks about the situation, not whether the info meets the need
    name: 'completeness near miss: after the source, only "When is your report due?": completeness fails',
    lines: [
      [0, 'p', 'i need info on the aztecs'],
      [20, 'l', 'Hi! I\'m Rosa, a librarian at Austin Public Library.'],
      [26, 'l', 'Kids InfoBits has a good Aztecs article, it\'s on our site under Research > For Kids. When is your report due?'],
      [60, 'p', 'friday'],
      [66, 'l', 'Plenty of time then. Good luck! Bye.'],
    ],
    exp: some({ complete: 'fail', clarify: 'fail', source: 'pass' }),
  },
  {
    // U3 fix (completeness): a title asked about as the book the teacher meant
    name: 'completeness: "Is that the book your teacher meant?" after the title is given: passes',
    lines: [
      [0, 'p', 'my teacher said to read a book about a boy and a wolf in the woods'],
      [20, 'l', 'Hello! Noor here, a librarian at Plymouth Library. Was it a boy who lives alone with wolves, in a snowy forest?'],
      [50, 'p', 'yes i think so'],
      [56, 'l', 'That sounds like "Julie of the Wolves"... but with a boy, it could be "Pax" by Sara Pennypacker, or "Hatchet". Is "Pax" the book your teacher meant?'],
      [90, 'p', 'no its hatchet i remember now'],
    ],
    exp: some({ complete: 'pass', clarify: 'pass' }),
  },
  {
    // near miss of the U3 completeness alternative: the question goes on about the assignment
    name: 'completeness near miss: \'Is "Pax" the book your teacher meant for the whole class to read?\' asks about the assignment: completeness fails',
    lines: [
      [0, 'p', 'my teacher said to read a book about a boy and his fox'],
      [20, 'l', 'Hello! Noor here, a librarian at Plymouth Library. That sounds like "Pax" by Sara Pennypacker, we have six copies.'],
      [26, 'l', 'Is "Pax" the book your teacher meant for the whole class to read?'],
      [60, 'p', 'idk maybe'],
      [66, 'l', 'Ok! Good luck, bye!'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  // patron done
  {
    // reading: "ok thats it thx" says explicitly the child is done ("that's it" = "that's all")
    name: 'anything_else: the child says "ok thats it thx" on her own: passes',
    lines: [
      [0, 'p', 'how do i renew my books'],
      [15, 'l', 'Hi! This is Ms. Rae at Mesa Public Library. Are they books you have at home right now?'],
      [30, 'p', 'ya'],
      [36, 'l', 'Log in at mesalibrary.org/account with your card number and click "Renew all". Did that work?'],
      [80, 'p', 'ok thats it thx'],
      [84, 'l', 'Yay! Bye!'],
    ],
    exp: some({ anything: 'pass', complete: 'pass', courteous: 'pass' }),
  },
  {
    name: 'anything_else near miss: the child sends only "ty!!! 😊" and the provider never asks: fails',
    lines: [
      [0, 'p', 'how do i renew my books'],
      [15, 'l', 'Hi! This is Ms. Rae at Mesa Public Library. Are they books you have at home right now?'],
      [30, 'p', 'ya'],
      [36, 'l', 'Log in at mesalibrary.org/account with your card number and click "Renew all". Did that work?'],
      [80, 'p', 'ty!!! 😊'],
      [84, 'l', 'You\'re welcome, bye!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'anything_else: "nope, i\'m good now, no more questions" after the answer: passes',
    lines: [
      [0, 'p', 'can kids use the computers without a parent'],
      [18, 'l', 'Hi, this is Joel at the Lincoln City Libraries! How old are you?'],
      [30, 'p', '11'],
      [38, 'l', 'Kids 10 and up can use the kids\' computers alone for an hour a day with their own card; the rules are at lincolnlibraries.org/computers. Does that answer your question?'],
      [70, 'p', 'nope, i\'m good now, no more questions'],
      [76, 'l', 'Great, thanks for chatting!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  // holds and silences
  {
    name: 'keep_informed: "hang on a sec while i look 🔍" then the answer after 1 min 58 s: passes',
    lines: [
      [0, 'p', 'how tall is the statue of liberty'],
      [15, 'l', 'Hi! I\'m Quinn at the Kids Ask chat of Newark Public Library. With the base or just her?'],
      [40, 'p', 'just her'],
      [45, 'l', 'hang on a sec while i look 🔍'],
      [163, 'l', 'From her heel to the top of her head she is 111 feet 1 inch. The National Park Service page nps.gov/stli has more facts. Is that what you needed?'],
      [190, 'p', 'ya'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'keep_informed near miss: "take your time!" is no hold; the patron answers and waits 2 min 10 s: fails',
    lines: [
      [0, 'p', 'i need a biography for school'],
      [15, 'l', 'Hi! I\'m Quinn at the Kids Ask chat of Newark Public Library. Who do you want to read about? Take your time!'],
      [60, 'p', 'simone biles'],
      [190, 'l', 'Try "Simone Biles: Courage to Soar" by Simone Biles, we have it at most branches. Is that the kind of book you need?'],
      [220, 'p', 'ya'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // the "brb" is a patron message: it starts waiting on the provider (the tenth round's reading too)
    name: 'keep_informed: the kid says "brb dinner" and the provider sends nothing for 2 min 30 s until the kid is back: fails',
    lines: [
      [0, 'p', 'what does a koala eat'],
      [15, 'l', 'Hi, Ms. Ivy at the Kids Ask chat here! Eucalyptus leaves, almost only that. San Diego Zoo Kids has a koala page: kids.sandiegozoo.org. Want more facts?'],
      [40, 'p', 'brb dinner'],
      [190, 'p', 'back'],
      [196, 'l', 'Welcome back! Did the zoo page have what you needed?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  // idle and disconnect
  {
    // final idle from the answer (40 s) to the end (158 + 5 = 163 s) = 123 s
    name: 'idle: "r u still there?" 118 s after the answer, the session ends 5 s later (final idle 123 s): idle passes, disconnect na',
    lines: [
      [0, 'p', 'what time does storytime start'],
      [18, 'l', 'Hi! This is Sue at Lakewood Library. Storytime starts at 10:30 on Wednesdays, the calendar is at lakewoodlibrary.org/events.'],
      [25, 'p', 'k'],
      [40, 'l', 'Is that the storytime you meant?'],
      [158, 'l', 'r u still there?'],
    ],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // final idle from the answer (40 s) to the end (153 + 5 = 158 s) = 118 s
    name: 'idle near miss: the same, ending 5 s sooner (final idle 118 s): idle and disconnect na',
    lines: [
      [0, 'p', 'what time does storytime start'],
      [18, 'l', 'Hi! This is Sue at Lakewood Library. Storytime starts at 10:30 on Wednesdays, the calendar is at lakewoodlibrary.org/events.'],
      [25, 'p', 'k'],
      [40, 'l', 'Is that the storytime you meant?'],
      [153, 'l', 'r u still there?'],
    ],
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    // final idle from the answer (50 s) to the end (245 s) = 195 s: the check-in is asked, no notice
    name: 'disconnect: the provider asks "Hello? Are you still with me?" and the chat ends 195 s after the answer with no notice: idle passes, disconnect fails',
    lines: [
      [0, 'p', 'can i bring my little brother to the teen room'],
      [20, 'l', 'Hello, this is Max at Arlington Public Library. How old is he?'],
      [40, 'p', '8'],
      [50, 'l', 'The Teen Room is for ages 12 to 18 only, but the Kids\' Room next door is open to him. The room rules are at arlingtonva.us/library/teens. Does that answer your question?'],
      [180, 'l', 'Hello? Are you still with me?'],
    ],
    over: { endAfter: 65 },
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  // referrals
  {
    // U3 fix (partyQuestionU3): the Folger URL of the next sentence is the edition's, not the teacher's
    name: 'referral: "ask your teacher which edition she wants" with no contact (the next sentence\'s URL is the Folger edition\'s): referral fails',
    lines: [
      [0, 'p', 'which version of romeo and juliet do i need'],
      [20, 'l', 'Hi, I\'m Carla at Greenville County Library. Is it for English class?'],
      [40, 'p', 'ya 9th grade'],
      [48, 'l', 'Ask your teacher which edition she wants. The Folger edition is the one most schools use, and it\'s free online at folger.edu/romeo-and-juliet.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // near miss of U3's partyQuestionU3: the party's own word ("teacher") still links the later sentence's URL
    name: 'referral near miss: "Ask your teacher which edition she wants. Teacher emails are on the school site at lincolnhs.example.org/staff." passes',
    lines: [
      [0, 'p', 'which version of romeo and juliet do i need'],
      [20, 'l', 'Hi, I\'m Carla at Greenville County Library. Is it for English class?'],
      [40, 'p', 'ya 9th grade'],
      [48, 'l', 'Ask your teacher which edition she wants. Teacher emails are on the school site at lincolnhs.example.org/staff.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral: "have your mom or dad call the Children\'s Room at 555-0188" gives the library\'s own department with its phone: passes',
    lines: [
      [0, 'p', 'can i sign up for the robot camp'],
      [15, 'l', 'Hi! This is Lee at Oak Park Public Library. How old are you?'],
      [30, 'p', '10'],
      [38, 'l', 'Robot Camp is for ages 9 to 12, so you can go! Sign-up needs a grown-up: have your mom or dad call the Children\'s Room at 708-555-0188. Is that what you wanted to know?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral near miss: "your teacher\'s assignment sheet probably lists the pages" tells no one to be contacted: referral na',
    lines: [
      [0, 'p', 'what pages do i read in the textbook'],
      [20, 'l', 'Hi, I\'m Carla at Greenville County Library. Which class is it for?'],
      [40, 'p', 'science'],
      [48, 'l', 'I can\'t see your class, but your teacher\'s assignment sheet probably lists the pages. The textbook\'s online version is at your school\'s ClassLink page.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  // dismissals
  {
    name: 'dismissal: "Sorry bud, kids can only ask 2 questions per chat" is a limit of questions: fails',
    lines: [
      [0, 'p', 'how far is the moon'],
      [15, 'l', 'Hi! This is Jay at the Kids Ask chat. About 239,000 miles. NASA Space Place: spaceplace.nasa.gov.'],
      [30, 'p', 'how far is mars'],
      [40, 'l', 'About 140 million miles on average.'],
      [55, 'p', 'how far is the sun'],
      [62, 'l', 'Sorry bud, kids can only ask 2 questions per chat. Bye!'],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // reading: closing a chat with a rude teen, inviting them back, offers a way back: no dismissal
    name: 'dismissal near miss: to a teen swearing, "I\'m going to end this chat now. You\'re welcome to come back when you have a library question." passes',
    lines: [
      [0, 'p', 'do u have books about farts lol'],
      [14, 'l', 'Hi, this is Nell at Sioux Falls Public Library. We actually do! "Walter the Farting Dog" is in our picture books, see siouxfallslibrary.org.'],
      [30, 'p', 'ur a f***ing nerd'],
      [40, 'l', 'I\'m going to end this chat now. You\'re welcome to come back when you have a library question.'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass', source: 'pass' }),
  },
  {
    // near miss of the U3 dismissal alternative: "that's enough" about sources, not the chat
    name: 'dismissal near miss: "If you have three sources, that\'s enough for one report. Good luck!" limits nothing: passes',
    lines: [
      [0, 'p', 'how many sources do i need'],
      [15, 'l', 'Hi! This is Jay at the Kids Ask chat. What did your teacher say on the assignment sheet?'],
      [40, 'p', 'it says at least 3 i have 3'],
      [50, 'l', 'If you have three sources, that\'s enough for one report. The Purdue OWL at owl.purdue.edu shows how to list them. Good luck!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  // courteous
  {
    name: 'courteous: "Good luck on the quiz!" closes: passes',
    lines: [[0, 'p', 'how do u spell necessary'], [10, 'l', 'Hi! Kai at the Kids Ask chat. n-e-c-e-s-s-a-r-y: one c, two s\'s. Merriam-Webster Kids at wordcentral.com has more.'], [25, 'p', 'k'], [30, 'l', 'Good luck on the quiz!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous: "cya!" closes: passes',
    lines: [[0, 'p', 'do yall have manga'], [10, 'l', 'Hi! Kai at the Teen Zone chat of Fresno County Library. Lots! Search "manga" in the catalog at fresnolibrary.org. Which series do you like?'], [25, 'p', 'k'], [30, 'l', 'cya!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous near miss: the last two provider messages are "ok" and "Is the catalog working for you?": fails',
    lines: [[0, 'p', 'do yall have manga'], [10, 'l', 'Hi! Kai at the Teen Zone chat of Fresno County Library. Lots! Search "manga" in the catalog at fresnolibrary.org.'], [25, 'p', 'k'], [30, 'l', 'ok'], [33, 'l', 'Is the catalog working for you?']],
    exp: some({ courteous: 'fail' }),
  },
  // written simply for children, typed as children type
  {
    // U3 fix (completeness): "Is that good for your homework?" asks whether what was given meets the need
    name: 'completeness: "Is that good for your homework?" after the answer; the kid types "THX THATS ALL" in caps: both pass',
    lines: [
      [0, 'p', 'HOW MANY LEGS DOES A SPIDER HAVE'],
      [12, 'l', 'Hi friend! I\'m Ms. Tasha, the librarian at Wichita Public Library. Is this for homework?'],
      [30, 'p', 'YES'],
      [36, 'l', 'A spider has 8 legs! Insects have 6. The Britannica Kids page about spiders shows a picture: kids.britannica.com. Is that good for your homework?'],
      [60, 'p', 'THX THATS ALL'],
      [64, 'l', 'Bye! Have a great day!'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    // near miss of the U3 completeness alternative: a choice about the need, asked after a source
    name: 'completeness near miss: "Is a website good for your homework, or does your teacher want books?" asks about the need: completeness fails',
    lines: [
      [0, 'p', 'i need info about volcanoes'],
      [12, 'l', 'Hi! I\'m Ms. Tasha, the librarian at Wichita Public Library.'],
      [18, 'l', 'National Geographic Kids has a volcano page at kids.nationalgeographic.com. Is a website good for your homework, or does your teacher want books?'],
      [50, 'p', 'books'],
      [56, 'l', 'Then try "Volcanoes!" by Anne Schreiber, in the kids\' nonfiction. Good luck, bye!'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: 'hold: "ok let me look 👀" and the answer 1 min 40 s later; "im done thx" says the kid is done',
    lines: [
      [0, 'p', 'is there a book about minecraft redstone'],
      [14, 'l', 'Hey! Lena here at the Kids Ask chat of Clark County Library. Do you want a guide book or a story?'],
      [35, 'p', 'guide'],
      [38, 'l', 'ok let me look 👀'],
      [138, 'l', '"Minecraft: Guide to Redstone" by Mojang is on the shelf at 794.8 MIN. Is that the kind of book you want?'],
      [170, 'p', 'ya im done thx'],
    ],
    exp: some({ informed: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    // final idle from the answer (40 s) to the goodbye-notice (250 s) = 210 s
    name: 'a kid-style check-in "Hellooo? Are u still here?" and a simple notice "I think you left, so I\'m going to close our chat now. Bye!": idle and disconnect pass',
    lines: [
      [0, 'p', 'when is the lego club'],
      [15, 'l', 'Hi! This is Omar at the Kids Ask chat. Lego Club is Saturdays at 2 at the Main Library: see the kids\' calendar at wichitalibrary.org/kids.'],
      [25, 'p', 'which room'],
      [40, 'l', 'It\'s in the Story Room on the 2nd floor. Is that what you needed to know?'],
      [170, 'l', 'Hellooo? Are u still here?'],
      [250, 'l', 'I think you left, so I\'m going to close our chat now. Bye!'],
    ],
    over: { endAfter: 1 },
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: the provider's own library's desk, told to visit, is a referral; with no contact it fails
    name: 'referral: "ask at the front desk next time you come in" sends the child to the library\'s own desk with no contact: fails',
    lines: [
      [0, 'p', 'i lost my library card wat do i do'],
      [15, 'l', 'Hi! I\'m Pam, a librarian at Salem Public Library. Do you still know your card number?'],
      [35, 'p', 'no'],
      [42, 'l', 'That\'s ok! Ask at the front desk next time you come in and bring a grown-up; a new kids\' card costs $1.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'transfer to the teen librarian with a note but no word to the patron: transfer fails',
    lines: [
      [0, 'p', 'do u have volunteer hours for teens'],
      [20, 'l', 'Hi, Jo at Frederick County Public Libraries. How old are you?'],
      [40, 'p', '14'],
      [44, 'i', 'Teen, 14, asking about volunteer hours; Kim runs the Teen Volunteer program.'],
      [46, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [70, 'l', 'Hi! Kim here, I run Teen Volunteers. The application is at fcpl.org/teen-volunteer. Does that help?', KIM],
      [100, 'p', 'ya thanks'],
    ],
    exp: some({ transfer: 'fail', source: 'pass' }),
  },
  // follow-ups and codes
  {
    name: 'follow-up: the parent\'s e-mail only in the patron field, never mentioned in the chat: contact fails',
    lines: [
      [0, 'p', 'Does the library have any decodable readers for a first grader with dyslexia?'],
      [22, 'l', 'Hello, this is Irene, children\'s librarian at Evanston Public Library. Is he reading short vowel words yet?'],
      [60, 'p', 'Just starting'],
      [70, 'l', 'The "Bob Books" sets are a good start and are in our catalog at epl.org. I\'ll ask our literacy specialist for more titles and email you by Friday. Anything else?'],
      [100, 'p', 'No thanks'],
      [104, 'l', 'Thank you, bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Jamie', email: 'jamie.r@example.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up: a teacher\'s school phone repeated back and "tomorrow morning": contact passes; done 20 hours later: on time',
    lines: [
      [0, 'p', 'Can someone help me book a class visit to the library for 25 second graders?'],
      [20, 'l', 'Hi, this is Greg at Dayton Metro Library. Which branch and which week are you thinking of?'],
      [55, 'p', 'Northwest branch, week of May 5. My school number is 937-555-0110'],
      [64, 'l', 'Thanks. The branch manager schedules class visits; the request form is at daytonmetrolibrary.org/classvisits. I\'ll pass this on and she\'ll call you at 937-555-0110 tomorrow morning. Does that work?'],
      [100, 'p', 'Perfect, that\'s all'],
      [105, 'l', 'Thank you! Bye.'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(110 + 20 * 3600), by: 'jo', note: 'called' }] },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pass' }),
  },
  {
    name: 'code: Lost Call for a child who sent "hi" once and left before the provider could help: code passes',
    lines: [[0, 'p', 'hi'], [35, 'l', 'Hi! This is Bea at the Kids Ask chat. What can I help you with?'], [160, 'l', 'Are you still there?'], [230, 'l', 'It seems you have left, so I\'m ending the chat. Come back anytime!']],
    over: { resolutionCode: 'Lost Call', endAfter: 1 },
    exp: some({ code: 'pass', source: 'na', idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'code: a follow-up code with no e-mail or phone anywhere: code fails',
    lines: [
      [0, 'p', 'my daughter needs a book on ancient egypt in Spanish'],
      [20, 'l', 'Hi, this is Leah at Yakima Valley Libraries. What grade is she in?'],
      [40, 'p', '3rd'],
      [48, 'l', 'I\'ll ask our Spanish collection librarian and get back to you tomorrow. Anything else?'],
      [70, 'p', 'no gracias'],
      [74, 'l', 'Gracias, bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twentieth round (U3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twentieth round (U3): children, teens, parents and teachers, every check', whole);
describeSessions('twentieth round (U3): children, teens, parents and teachers, short cases', short);

describeLeft('twentieth-round-youth', LEFT);
