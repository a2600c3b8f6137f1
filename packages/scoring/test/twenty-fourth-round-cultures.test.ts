/**
 * Twenty-fourth round, area (Z3): GREETINGS, THANKS AND GOODBYES ACROSS CULTURES, FAITHS, SEASONS AND TIMES OF DAY. US
 * statewide and city services serve everyone: holiday and seasonal wishes used to open or close a chat ("Happy
 * Thanksgiving!", "Eid Mubarak", "Shana tova", "Happy Lunar New Year", "Happy Pride", "Merry Christmas and happy playing",
 * "enjoy the long weekend", "stay warm out there", "have a blessed day", "God bless", "peace", "stay safe", "take it easy"),
 * greetings, thanks and goodbyes in the languages US patrons and staff use ("Aloha", "Mahalo", "Salaam", "Ma'a salama",
 * "Shalom", "Namaste", "Bonjour", "Au revoir", "Konnichiwa", "Sayonara", "Annyeonghaseyo", "Annyeonghi gyeseyo", "Xin
 * chào", "Cảm ơn", "Tạm biệt", "Olá", "Obrigada", "Jambo", "Kwaheri", "Ni hao", "Yá'át'ééh", "Osiyo", "Khuda hafiz"),
 * regional US speech ("howdy", "hey y'all", "mornin'", "hiya", "yinz", "you have a good one now", "bless your heart",
 * "wicked helpful", "y'all come back now"), time-of-day greetings that do not match the clock, a wish with nobody
 * identified, patrons' thanks that do or do not say they are done, and closings that only announce the end.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - greeting: a salutation in any language at the opening greets ("Aloha", "Konnichiwa", "Yá'át'ééh", "Osiyo", "Ni hao",
 *   "Buenas noches", "Mornin'", "Howdy", "Hey y'all"); so does a seasonal or holiday wish that opens the provider's side
 *   ("Happy Diwali!", "Eid Mubarak to you too!", "Happy Monday!", "Season's greetings"): said on meeting, it is a
 *   salutation. The clock is not the rubric's business: "Good morning" at 21:30 (the provider is in Australia) and "Good
 *   evening" at 10:00 still greet. A wish alone identifies no one ("Happy Monday!" then a question: fail); a holiday named
 *   but not wished ("closed for Diwali on Thursday") greets no one;
 * - identifying: a name, "librarian(s)" or the library or service in the text ("from the Ask Oregon librarians", "le
 *   atiende Carmen de la Biblioteca…", "Ask Maine, Deb here");
 * - goodbye (closing.courteous and the final idle): a parting wish that closes the provider's side says goodbye, as
 *   "have a nice day" does: holiday wishes ("Happy Thanksgiving!", "Eid Mubarak!", "Happy Diwali!", "Merry Christmas and
 *   happy playing!", "Shana tova u'metukah!"), "enjoy the long weekend", "have a great holiday", "stay warm out there",
 *   "stay safe", "take it easy", "you have a good one now", "have a blessed day", "God bless", "peace ✌️"; so do the
 *   words for goodbye or thanks in other languages ("Aloha", "Shalom", "Namaste", "Ma'a salama", "Sayonara", "Annyeonghi
 *   gyeseyo", "Tạm biệt", "Kwaheri", "Khuda hafiz", "Au revoir", "Mahalo", "Cảm ơn", "Obrigada"). Not a goodbye: "Bless
 *   your heart, …" (sympathy), a holiday or "peace" inside a name or a title ("the Peace Corps", a board book called
 *   "Happy Diwali!"), and "I'm going to close this chat now." alone (announcing the end);
 * - patron done (closing.anything_else): "that's all I needed, happy diwali!", "no more questions, eid mubarak!", "I'm all
 *   set", "that's all for now", "es todo"/"só isso" (in reply to the question is not needed) say so explicitly; "thanks
 *   so much, you've been great", "God bless you, have a blessed day", "kamsahamnida!! yes that works", "bless your heart,
 *   thank you!" and "thanks, one more question" do not;
 * - "Is this the family you were looking for?" and "Is that the kind of thing your club wants?" ask about what was given;
 * - Lost Call: "Eid Mubarak! quick question" and nothing more asks nothing, and a provider who only greets, checks in and
 *   says goodbye makes no substantive exchange (the information checks are na).
 * The cases up to "second batch" were written and labelled before the scorer ran on them; the second batch (goodbyes and
 * thanks the scorer did not know: "Later gator!", "Auf Wiedersehen!", "Good Shabbos!", "¡Feliz año nuevo!", "Blessings!",
 * "Be blessed.", "Keep warm!", "Bundle up out there!", "Toda raba!", "Dhanyavaad!") and the near misses of Z3's changes were
 * written after the first run, from what it showed, and labelled from RUBRIC.md all the same: they are not blind.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Key, type Line, other, type SessionCase, some, type St, usual } from './helpers';

const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** Lines `s` seconds after a later start (the session then starts at `base`). */
const from = (base: number, lines: Line[]): Line[] => lines.map(([s, w, t, x]) => (x ? [base + s, w, t, x] : [base + s, w, t]) as Line);

export const whole: SessionCase[] = [
  // ---- openings in other languages ----------------------------------------------------------------------------------------
  {
    // reading: "Aloha!" greets; "Mahalo for chatting with us" thanks the patron
    name: 'Hawaii State Public Library System: "Aloha! This is Keoni", age and language asked, a hold, the catalog, "mahalo, thats all i needed", "Mahalo … A hui hou!"',
    lines: [
      [0, 'p', 'aloha! looking for keiki books in olelo hawaii, like picture books'],
      [34, 'l', 'Aloha! This is Keoni with the Hawaii State Public Library System.'],
      [40, 'l', 'How old is the keiki, and do you want books only in Hawaiian or bilingual ones?'],
      [85, 'p', 'shes 4. bilingual is best, im still learning too lol'],
      [92, 'l', 'Let me search the catalog for you, one moment.'],
      [170, 'l', 'Our catalog at librarieshawaii.org has 23 bilingual picture books for ages 3-5. Search the subject "Hawaiian language -- Juvenile literature" and filter by Picture Books; most are at Hawaii State Library and Kaimuki. Does this help?'],
      [215, 'p', 'yes!! mahalo, thats all i needed'],
      [221, 'l', 'Mahalo for chatting with us. A hui hou!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Howdy!" greets; "You have a good one now!" says goodbye; Texas Vital Statistics with a phone is a referral with its contact
    name: 'Texas State Library chat: "Howdy! Travis here", certified or not asked, Texas Vital Statistics with phone and URL, "thank y\'all", "You have a good one now!"',
    lines: [
      [0, 'p', 'howdy, how do i get a copy of my granddaddys death certificate, he died in Lubbock in 1988'],
      [52, 'l', "Howdy! Travis here, a librarian with the Texas State Library's Ask a Librarian chat."],
      [58, 'l', 'Are you looking for a certified copy for legal stuff (like an estate), or just the information for family history?'],
      [100, 'p', 'certified, for the land title'],
      [108, 'l', 'Got it. Certified copies come from the state, not the library. Contact Texas Vital Statistics at (512) 776-7111, or order online at dshs.texas.gov/vital-statistics; as a grandchild you qualify if you can show the relationship. Does that answer your question?'],
      [150, 'p', "yes sir that's everything. thank y'all"],
      [156, 'l', 'You have a good one now!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Happy Diwali!" opening the provider's side greets; the hold is answered 117 s later (keep_informed passes)
    name: 'AskNJ: "Happy Diwali! I\'m Priya", grade and date asked, "Give me a minute", two books 117 s later, anything else asked, "happy diwali to you too!", "Enjoy the festival of lights, bye!"',
    lines: [
      [0, 'p', 'hi! need books about rangoli and diwali for my daughters class presentation'],
      [28, 'l', "Happy Diwali! I'm Priya, a librarian with AskNJ."],
      [33, 'l', 'What grade is she in, and when is the presentation?'],
      [70, 'p', '3rd grade, its on friday'],
      [78, 'l', 'Give me a minute to look.'],
      [195, 'l', `Two good ones for 3rd grade: "Binny's Diwali" by Thrity Umrigar and "Diwali" by Hannah Eliot, both on the shelf at your library. You can place holds in the catalog at bccls.org. Is that what you were looking for?`],
      [240, 'p', 'perfect thank you!!'],
      [246, 'l', 'Anything else I can help with today?'],
      [270, 'p', 'no thats it, happy diwali to you too!'],
      [276, 'l', 'Enjoy the festival of lights, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Eid Mubarak to you too!" greets (a festive salutation returned); "Eid Mubarak, take care!" says goodbye
    name: 'Dearborn Public Library: "Eid Mubarak to you too! This is Omar", which branch asked, the holiday hours page, "thats all i needed", "Eid Mubarak, take care!"',
    lines: [
      [0, 'p', 'Eid Mubarak! is the henry ford centennial library open tomorrow?'],
      [22, 'l', 'Eid Mubarak to you too! This is Omar at the Dearborn Public Library chat.'],
      [27, 'l', 'Do you mean Centennial on Michigan Ave, or the Esper branch?'],
      [60, 'p', 'centennial'],
      [66, 'l', 'Centennial is open 10 to 6 tomorrow; the holiday hours for every branch are on dearbornlibrary.org/hours. Did that answer it?'],
      [95, 'p', 'yes perfect, thats all i needed'],
      [101, 'l', 'Eid Mubarak, take care!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Shana tova!" greets; "Shana tova u'metukah to you and your family!" says goodbye; the hold is answered 127 s later
    name: 'Ask Us Now (Maryland): "Shana tova! I\'m Rachel", port and names asked, "bear with me", the manifest 127 s later (keep_informed fails), anything else asked, "Shana tova u\'metukah…!"',
    lines: [
      [0, 'p', 'shana tova! trying to find my great grandparents ship manifest, they came from Odessa around 1905'],
      [45, 'l', "Shana tova! I'm Rachel, a librarian with Ask Us Now, the Maryland library chat."],
      [50, 'l', 'Do you know which port they arrived at, and their names as spelled back then?'],
      [110, 'p', 'baltimore i think. Chaim and Rivka Berman'],
      [118, 'l', 'Let me check a couple of databases, bear with me.'],
      [245, 'l', 'I found a Chaim Berman arriving at Baltimore in June 1905 with a Rivka and two children. The free index and manifest image are on FamilySearch (familysearch.org), and JewishGen has more on Odessa families at jewishgen.org. Is this the family you were looking for?'],
      [300, 'p', 'omg yes thats them!!! thank you so much'],
      [306, 'l', 'Is there anything else I can help you find?'],
      [330, 'p', 'no thats everything. have a sweet new year'],
      [336, 'l', "Shana tova u'metukah to you and your family!"],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the disconnect notice that invites back is a goodbye: the final idle ends at it (202 s), with the check-in inside
    name: 'Ask WA: "Happy Lunar New Year! Ask WA here, my name is Mei", the KCLS catalog, the patron gone: "Are you still there?" at 127 s, a notice inviting back at 202 s',
    lines: [
      [0, 'p', 'hi do you have kids books about year of the horse? lunar new year is next week'],
      [40, 'l', 'Happy Lunar New Year! Ask WA here, my name is Mei.'],
      [46, 'l', 'Are these for reading at home or for a classroom? And about what age?'],
      [90, 'p', 'home, my son is 6'],
      [98, 'l', `The King County Library System catalog (kcls.org) has "The Great Race: The Story of the Chinese Zodiac" and "Ruby's Chinese New Year"; both are on the shelf at Bellevue. Does this help?`],
      [225, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll end this chat. Happy New Year, and feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Happy Thanksgiving!" greets and, at the end, says goodbye; "thanks so much, you've been great" is thanks alone
    name: 'Ask Ohio the day before Thanksgiving: "Happy Thanksgiving! You\'ve reached Dana", thawing answer, the USDA hotline with its number, "thanks so much, you\'ve been great", "Happy Thanksgiving, good luck with the bird!"',
    lines: [
      [0, 'p', 'Emergency!! how long to thaw a 20 lb turkey?? its wednesday'],
      [18, 'l', "Happy Thanksgiving! You've reached Dana at Ask Ohio."],
      [23, 'l', 'Is it in the fridge already, or still frozen solid?'],
      [50, 'p', 'still frozen, just bought it'],
      [58, 'l', "In the fridge it needs about 24 hours per 4-5 lbs, so 4-5 days for 20 lbs, too late now. In a cold-water bath it's about 30 minutes a pound (about 10 hours), changing the water every half hour. The steps are at fsis.usda.gov under Thanksgiving food safety, and you can call the USDA Meat and Poultry Hotline at 1-888-674-6854, it's open on Thanksgiving morning. Did that help?"],
      [110, 'p', "ugh ok cold water it is. thanks so much, you've been great"],
      [116, 'l', 'Happy Thanksgiving, good luck with the bird!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // a follow-up: the e-mail read back and "by Monday"; "Merry Christmas and happy playing!" closes
    name: 'Ask Colorado at Christmas: a Polish carol\'s piano music, IMSLP for now, the music librarian\'s find promised "by Monday", e-mail read back, "merry christmas!", "Merry Christmas and happy playing!"',
    lines: [
      [0, 'p', 'hi, im looking for sheet music for a christmas carol my grandma used to sing, polish i think. "Bóg się rodzi"?'],
      [31, 'l', 'Hi there, Ask Colorado, this is Beth. Happy to help.'],
      [37, 'l', 'Are you looking for piano music or choir parts, and do you need the Polish words too?'],
      [80, 'p', 'piano with polish words'],
      [86, 'l', 'Let me take a look in WorldCat, one sec.'],
      [190, 'l', "IMSLP has a free choral version at imslp.org, but I haven't found a piano arrangement with the words yet. I'll ask our music librarian and email you what she finds by Monday. What's your email?"],
      [230, 'p', 'kasia.nowak58@gmail.com'],
      [236, 'l', "Thanks, that's kasia.nowak58@gmail.com. Does the IMSLP version help in the meantime?"],
      [270, 'p', 'yes thats great. thats everything, merry christmas!'],
      [276, 'l', 'Merry Christmas and happy playing!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    // reading: "Good morning!" at 21:40 local still greets (the provider is in Australia; the rubric does not read the clock)
    name: '24/7 cooperative at 21:40: "Good morning! I\'m Sam … it\'s morning here", level and date range asked, PsycINFO search, "thats all", "get some sleep! Bye!"',
    lines: from(41400, [
      [0, 'p', 'hey is anyone there this late? need a peer reviewed article on sleep and screen time for my psych paper'],
      [40, 'l', "Good morning! I'm Sam, a librarian with the 24/7 reference cooperative. I'm in Australia, so it's morning here :)"],
      [46, 'l', 'What level is the paper for, and does it need to be from the last five years?'],
      [80, 'p', 'college intro psych, yes last 5 yrs'],
      [88, 'l', 'In your library\'s PsycINFO, search (smartphone OR "screen time") AND sleep, then tick Peer Reviewed and set 2021-2026. About 140 results come up, the first few are reviews on teenagers\' sleep. Does that get you what you need?'],
      [130, 'p', 'yes thanks, found 2 already. thats all'],
      [135, 'l', 'Great, good luck with the paper, and get some sleep! Bye!'],
    ]),
    over: { startedAt: at(41400) },
    exp: usual(),
  },
  {
    // reading: "Happy Monday!!" greets, but neither of the first two provider messages says who is answering
    name: 'Pikes Peak Library District: "Happy Monday!! 📚" then "Which library do you usually use?": nobody identified; a hold, the catalog, "see you next time!"',
    lines: [
      [0, 'p', 'do you have the new percy jackson book'],
      [25, 'l', 'Happy Monday!! 📚'],
      [30, 'l', 'Which library do you usually use?'],
      [60, 'p', 'pikes peak, the east library'],
      [66, 'l', 'Let me look that up for you.'],
      [140, 'l', '"Wrath of the Triple Goddess" is checked out at East, with 6 holds. Place yours at ppld.org: log in, search the title, click Place Hold. Does that help?'],
      [170, 'p', 'yep got it, thats all'],
      [175, 'l', 'Happy reading, see you next time!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "Konnichiwa!" greets; "Sayonara" says goodbye; "thats all for now" says the patron is done; NARA by e-mail and phone refers
    name: 'Seattle Public Library: "Konnichiwa! Ken here", name and birth year asked, Densho, the National Archives with e-mail and phone, "domo arigato, thats all for now", "Sayonara, and good luck…"',
    lines: [
      [0, 'p', 'konnichiwa! my grandmother was at Minidoka camp, how do i find her records?'],
      [44, 'l', 'Konnichiwa! Ken here, a reference librarian with the Seattle Public Library.'],
      [50, 'l', 'Do you know her name at the time, and roughly her birth year?'],
      [95, 'p', 'Fumiko Tanaka, born 1931'],
      [103, 'l', 'One moment while I check Densho.'],
      [190, 'l', "Densho's digital archive (densho.org) has the Minidoka Irrigator newspaper, searchable by name. Her WRA case file is held by the National Archives in Washington: email them at archives2reference@nara.gov or call 301-837-3510 to request it. Is that helpful?"],
      [240, 'p', 'very! domo arigato, thats all for now'],
      [246, 'l', 'Sayonara, and good luck with the search!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Cheonmaneyo! Annyeonghi gyeseyo!" (Korean: you're welcome, goodbye) says goodbye; "yes that works" is no "done"
    name: 'LA County Library: "Annyeonghaseyo! This is Grace", card and genre asked, Korean ebooks in Libby, "kamsahamnida!! yes that works", "Cheonmaneyo! Annyeonghi gyeseyo!"',
    lines: [
      [0, 'p', 'annyeonghaseyo, do you have korean ebooks? my mom wants to read on her ipad'],
      [29, 'l', 'Annyeonghaseyo! This is Grace, a librarian at LA County Library.'],
      [35, 'l', 'Does she already have a library card, and does she prefer novels or nonfiction?'],
      [80, 'p', 'she has card. novels'],
      [88, 'l', 'Our Korean ebooks are in Libby: add LA County Library, sign in with her card, then filter Language: Korean. There are about 900 titles, mostly novels. The how-to guide is at lacountylibrary.org/libby. Does this help?'],
      [130, 'p', 'kamsahamnida!! yes that works'],
      [136, 'l', 'Cheonmaneyo! Annyeonghi gyeseyo!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Xin chào!" greets; "Cảm ơn bạn, tạm biệt!" thanks and says goodbye; the adult school with phone and address refers
    name: 'OC Public Libraries: "Xin chào! Linh here", time and level asked, the Centennial Education Center with phone and address, "cam on nhieu! thats everything", "Cảm ơn bạn, tạm biệt!"',
    lines: [
      [0, 'p', 'xin chao, where can my dad take free english classes in santa ana?'],
      [50, 'l', "Xin chào! Linh here, with OC Public Libraries' chat."],
      [56, 'l', 'Is he looking for evening or daytime classes, and what level is his English?'],
      [110, 'p', 'evening, beginner'],
      [118, 'l', "Santa Ana College's Centennial Education Center has free evening ESL for beginners: call them at (714) 564-5000 or visit 2900 W Edinger Ave, Santa Ana. The library's own conversation circle is listed at ocpl.org/events. Does that answer your question?"],
      [160, 'p', 'yes, cam on nhieu! thats everything'],
      [166, 'l', 'Cảm ơn bạn, tạm biệt!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // pickup at 61 s fails; "Olá!" greets; "Obrigada for chatting with us, tchau!" thanks the patron
    name: 'Boston Public Library: picked up at 61 s, "Olá! I\'m Ana", proof of address asked, bpl.org/ecard, anything else asked, "não, só isso", "Obrigada for chatting with us, tchau!"',
    lines: [
      [0, 'p', 'ola, preciso de ajuda - how do i get a library card if i just moved to boston?'],
      [61, 'l', "Olá! I'm Ana from the Boston Public Library chat. Sorry for the wait!"],
      [66, 'l', 'Do you have a document with your Boston address yet, like a lease or a bill?'],
      [100, 'p', 'i have my lease'],
      [106, 'l', 'Then you can sign up online at bpl.org/ecard for an eCard right away, and bring the lease to any branch to upgrade it to a full card. Did that help?'],
      [140, 'p', 'sim! obrigado'],
      [146, 'l', 'Anything else I can help you with today?'],
      [170, 'p', 'não, só isso'],
      [176, 'l', 'Obrigada for chatting with us, tchau!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // the hold is answered exactly 120 s later (not longer: keep_informed passes); "Jambo!" greets; "Karibu! Kwaheri" closes
    name: 'Hennepin County Library: "Jambo! Amani here", ages asked, a hold answered at exactly 120 s, Swahili titles in the catalog, "asante sana! that is all", "Karibu! Kwaheri, and happy reading!"',
    lines: [
      [0, 'p', 'jambo! do you have books in swahili for kids?'],
      [35, 'l', 'Jambo! Amani here, a librarian with Hennepin County Library.'],
      [41, 'l', 'What ages, and would bilingual Swahili-English books work?'],
      [80, 'p', '5 and 8, yes bilingual ok'],
      [88, 'l', 'Let me check our world languages collection, one moment.'],
      [208, 'l', 'We have 31 Swahili titles for kids, several of them bilingual readers from African Storybook. Search the catalog at hclib.org for "Swahili language materials" and filter to Kids. Does that help?'],
      [250, 'p', 'asante sana! that is all'],
      [256, 'l', 'Karibu! Kwaheri, and happy reading!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Namaste 🙏" at the end says goodbye; no question before the answer (clarify fails)
    name: 'Fairfax County Public Library: "Namaste! Ravi here", the closing time answered at once with the hours page (no question), "that\'s all I needed", "Namaste 🙏"',
    lines: [
      [0, 'p', 'Namaste, what time does the Reston library close today?'],
      [30, 'l', "Namaste! Ravi here from Fairfax County Public Library's Ask a Librarian."],
      [35, 'l', 'Reston Regional Library is open until 9 pm today; all branch hours are at fairfaxcounty.gov/library. Does that answer your question?'],
      [60, 'p', "yes thank you, that's all I needed"],
      [66, 'l', 'Namaste 🙏'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "Salaam!" greets; "Ma'a salama!" says goodbye ("Wa iyyakum! Anything else today?" answers the patron's thanks)
    name: 'Ask Minnesota: "Salaam! This is Yusuf", test version and format asked, USCIS study materials, "jazakallah khair", anything else asked, "Ma\'a salama!"',
    lines: [
      [0, 'p', 'salaam, i need help finding somali language citizenship test study materials for my uncle'],
      [42, 'l', 'Salaam! This is Yusuf, a librarian with Ask Minnesota (AskMN).'],
      [48, 'l', 'Is this for the current civics test, and does he want audio, print, or both?'],
      [100, 'p', 'both please. he reads a little'],
      [106, 'l', 'Hold on, let me look.'],
      [200, 'l', 'USCIS has the civics questions with Somali translations at uscis.gov/citizenship (Find Study Materials, then Resources in Other Languages), and the audio flash cards are there too. Is that what you were looking for?'],
      [245, 'p', 'yes jazakallah khair'],
      [250, 'l', 'Wa iyyakum! Anything else today?'],
      [275, 'p', 'no thats everything'],
      [280, 'l', "Ma'a salama!"],
    ],
    exp: usual(),
  },
  {
    // reading: "Shalom!" alone at the end says goodbye; four sessions open at once (this one and three others): concurrency fails
    name: 'Baltimore County Public Library: "Shalom, I\'m Miriam", nonfiction or novels asked, a book in the catalog, "toda raba!", "Shalom!", three other chats open',
    lines: [
      [0, 'p', 'shalom, any good books on the history of jewish baltimore? for a book club'],
      [55, 'l', "Shalom, I'm Miriam at the Baltimore County Public Library Ask a Librarian chat."],
      [60, 'l', 'Is your book club looking for nonfiction histories, or novels set in Jewish Baltimore?'],
      [95, 'p', 'nonfiction'],
      [101, 'l', `Try Gilbert Sandler's "Jewish Baltimore: A Family Album"; our catalog (bcpl.info) shows copies at Pikesville and Towson. Is that the kind of thing your club wants?`],
      [140, 'p', "yes perfect, that's all i needed. toda raba!"],
      [146, 'l', 'Shalom!'],
    ],
    ctx: { otherIntervals: [other('z3-bc-a', 'jo', -200, 400), other('z3-bc-b', 'jo', -50, 300), other('z3-bc-c', 'jo', 20, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  // ---- regional US speech -------------------------------------------------------------------------------------------------------
  {
    // reading: "Mornin'!" greets; "wicked helpful, thats all i needed" says done; "Take it easy!" says goodbye
    name: 'Ask Maine: "Mornin\'! Ask Maine, Deb here", renewal or first passport asked, DS-82 at travel.state.gov, "that is wicked helpful, thats all i needed", "Take it easy!"',
    lines: [
      [0, 'p', 'mornin, can i renew my passport at the library?'],
      [30, 'l', "Mornin'! Ask Maine, Deb here."],
      [36, 'l', "Is it an adult passport that expired less than 5 years ago, or a first one?"],
      [70, 'p', 'renewal, expired last year'],
      [76, 'l', 'Then you can renew by mail with form DS-82; travel.state.gov has the form and the checklist, no library visit needed. Does that help?'],
      [110, 'p', 'that is wicked helpful, thats all i needed'],
      [116, 'l', 'Take it easy!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Hiya" greets; "Stay warm out there, and enjoy the photos!" says goodbye; "found his street!" is no "done"
    name: 'Carnegie Library of Pittsburgh: "Hiya, … Joe here", online or prints asked, "Gimme a minute", Teenie Harris Archive 118 s later, "found his street!", "Stay warm out there…"',
    lines: [
      [0, 'p', 'hey yinz got any old photos of the hill district from the 50s?'],
      [40, 'l', 'Hiya, Carnegie Library of Pittsburgh chat, Joe here.'],
      [46, 'l', 'Are you after photos to look at online, or prints you could use in a publication?'],
      [90, 'p', "online just to look, my pap grew up there n'at"],
      [97, 'l', "Gimme a minute, I'll dig around."],
      [215, 'l', 'The Teenie Harris Archive at the Carnegie Museum of Art is the big one for the Hill in the 50s: search it at collection.carnegieart.org. Historic Pittsburgh (historicpittsburgh.org) has more. Does this help?'],
      [260, 'p', 'oh my gosh yes, found his street!'],
      [300, 'l', 'Stay warm out there, and enjoy the photos!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Hey y'all! Welcome…" greets; "Y'all come back now, ya hear!" invites back; "bless your heart, thank you!" is thanks alone
    name: 'Georgia Public Libraries: "Hey y\'all! Welcome to Ask GA …, I\'m Savannah", who it is for asked, the TCSG form page, "bless your heart, thank you!", "Y\'all come back now, ya hear!"',
    lines: [
      [0, 'p', 'hey, how do I get my GED transcript? I took it in 2004 in Georgia'],
      [33, 'l', "Hey y'all! Welcome to Ask GA Public Libraries, I'm Savannah."],
      [38, 'l', 'Do you need the official transcript sent to a school or employer, or just a copy for yourself?'],
      [80, 'p', 'for a job application'],
      [86, 'l', "Tests from before 2014 are on the Technical College System of Georgia's request form at tcsg.edu/ged-transcripts; it costs $15 and they send it straight to the employer. Does that answer your question?"],
      [120, 'p', 'bless your heart, thank you!'],
      [126, 'l', "You're so welcome. Y'all come back now, ya hear!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Happy Pride!" greets; "Happy Pride, take care!" closes; three sessions open at once at most: concurrency passes
    name: 'Ask NYPL in June: "Happy Pride! I\'m Alex (they/them)", grade and primary sources asked, digital collections and the LGBTQ+ guide, "thats all i needed", "Happy Pride, take care!", two other chats',
    lines: [
      [0, 'p', 'happy pride!! looking for first hand accounts of stonewall for a school project'],
      [27, 'l', "Happy Pride! I'm Alex (they/them), a librarian with NYPL's Ask NYPL chat."],
      [33, 'l', 'What grade is the project for, and do you need primary sources only?'],
      [70, 'p', '11th, primary sources yes'],
      [77, 'l', "NYPL's Digital Collections (digitalcollections.nypl.org) have Diana Davies' photos from 1969, and our research guide on LGBTQ+ history at libguides.nypl.org/lgbtq lists oral histories with people who were there. Does that help with the project?"],
      [120, 'p', 'yes thank u so much thats all i needed'],
      [125, 'l', 'Happy Pride, take care!'],
    ],
    ctx: { otherIntervals: [other('z3-ny-a', 'jo', -300, 60), other('z3-ny-b', 'jo', 10, 800)] },
    exp: usual(),
  },
  {
    // the provider ends the help to close early, with no way back (critical); "Merry Christmas!" still says goodbye
    name: 'Kansas City Public Library on Christmas Eve: "Merry Christmas Eve! This is Kayla", branch asked, two DVDs on the shelf, a second question cut off: "We\'re closing early … I have to end the chat now. Merry Christmas!"',
    lines: [
      [0, 'p', 'merry christmas eve! do you have the polar express dvd?'],
      [26, 'l', 'Merry Christmas Eve! This is Kayla at the Ask KC Library chat.'],
      [31, 'l', 'Which branch is closest to you?'],
      [60, 'p', 'plaza'],
      [66, 'l', 'The Plaza branch has 2 copies on the shelf; reserve one at kclibrary.org and pick it up before 3. Did that answer your question?'],
      [100, 'p', 'yes! also do you have elf? and the grinch one with jim carrey'],
      [106, 'l', "We're closing early for Christmas Eve so I have to end the chat now. Merry Christmas!"],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    // reading: "Good afternoon, you've reached …, This is Ms. Loretta" greets and identifies; "Have a blessed day." says goodbye
    name: 'Alabama Virtual Library chat: "Good afternoon … This is Ms. Loretta", condolences and the DD-214 asked, VA Form 27-2008 at va.gov, "God bless you, thats everything i needed", "Have a blessed day."',
    lines: [
      [0, 'p', 'good afternoon, i need the form to get my late husbands veteran burial flag'],
      [45, 'l', "Good afternoon, you've reached the Alabama Virtual Library chat. This is Ms. Loretta."],
      [50, 'l', "I'm so sorry for your loss. Do you have his discharge papers (the DD-214)?"],
      [100, 'p', 'yes i have it'],
      [106, 'l', 'The form is VA Form 27-2008, at va.gov/find-forms; the instructions on it list what to send with the DD-214. Does that help?'],
      [140, 'p', 'yes it does. God bless you, thats everything i needed'],
      [146, 'l', 'Have a blessed day.'],
    ],
    exp: usual(),
  },
  // ---- closings that only announce the end, lost calls ------------------------------------------------------------------------
  {
    // "I'm going to close this chat now." announces the end and is no goodbye: the final idle runs to the end (143 s)
    name: 'Brooklyn Public Library: "Hi! Jordan here", citable or not asked, Britannica, the patron gone, "I\'m going to close this chat now." 138 s later: no goodbye, no check-in',
    lines: [
      [0, 'p', 'what year did the brooklyn bridge open'],
      [20, 'l', "Hi! Jordan here at Brooklyn Public Library's chat."],
      [25, 'l', 'Do you need a source you can cite, or just the year?'],
      [55, 'p', 'a source pls, its for hw'],
      [62, 'l', 'It opened May 24, 1883. Britannica has it at britannica.com/topic/Brooklyn-Bridge, which your school can cite. Is that what you need?'],
      [200, 'l', "I'm going to close this chat now."],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    // reading: "Eid Mubarak! quick question" asks nothing: no substantive exchange; the idle runs 200 s from the greeting to the goodbye
    name: 'Ask Illinois, Lost Call: "Eid Mubarak! quick question" and gone; "Eid Mubarak! This is Sara … What\'s your question?", "Are you still with me?", a notice inviting back',
    lines: [
      [0, 'p', 'Eid Mubarak! quick question'],
      [40, 'l', "Eid Mubarak! This is Sara at Ask Illinois. What's your question?"],
      [170, 'l', 'Are you still with me?'],
      [240, 'l', "It looks like you've disconnected, so I'll end the chat. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Good evening!" at 10:00 still greets; pickup at 75 s fails; "call them at" refers with the number
    name: 'Tulsa City-County Library at 10 am: picked up at 75 s, "Good evening! … this is Marcus", which clerk asked, the County Clerk with phone and address, "Thanks for using the chat, have a good morning!"',
    lines: [
      [0, 'p', 'hi i need the phone number for the county clerk in tulsa'],
      [75, 'l', "Good evening! Sorry for the wait, this is Marcus with Tulsa City-County Library's chat."],
      [81, 'l', 'Is it the Tulsa County Clerk (deeds, records) or the Court Clerk you need?'],
      [120, 'p', 'county clerk, for a deed'],
      [126, 'l', "Call the Tulsa County Clerk's office at (918) 596-5801, or visit them at 218 W 6th St, Tulsa; the land records search is online at countyclerk.tulsacounty.org too. Did that help?"],
      [160, 'p', 'yes thank you thats all'],
      [165, 'l', 'Thanks for using the chat, have a good morning!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    // "thanks, one more question, …" is no "done", nor is "ok great, happy juneteenth!"
    name: 'Free Library of Philadelphia: "Hello, Ask Philly, this is Tasha", branch asked, closed for Juneteenth, "thanks, one more question", the events calendar, "happy juneteenth!", "Come back anytime."',
    lines: [
      [0, 'p', 'hi! is the library open on juneteenth?'],
      [30, 'l', 'Hello, Ask Philly, this is Tasha at the Free Library of Philadelphia.'],
      [35, 'l', 'Which branch are you asking about?'],
      [60, 'p', 'parkway central'],
      [66, 'l', 'All Free Library branches are closed Friday, June 19 for Juneteenth; the holiday schedule is at freelibrary.org/hours. Does that answer it?'],
      [95, 'p', 'thanks, one more question, are there any juneteenth events the week before?'],
      [101, 'l', 'Yes: Parkway Central has a Juneteenth family storytime on June 13 at 11, and the events calendar at freelibrary.org/calendar lists the rest. Does that help?'],
      [140, 'p', 'ok great, happy juneteenth!'],
      [146, 'l', 'Happy Juneteenth to you too! Come back anytime.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

// ---- short cases -------------------------------------------------------------------------------------------------------------------

/** A lantern question opened by `first` and `second` (the first two provider messages), answered from the catalog. */
const opened = (first: string, second = 'What grade is it for?', pickup = 30): Line[] => [
  [0, 'p', 'hi do u have any books on making paper lanterns? for a school thing'],
  [pickup, 'l', first],
  [pickup + 6, 'l', second],
  [pickup + 40, 'p', '5th'],
  [pickup + 48, 'l', 'Our catalog has "Paper Crafts for Kids" (745.54 on the shelf at Main); search "paper lanterns" in the catalog for two more. Did that help?'],
  [pickup + 80, 'p', 'yes thats all'],
  [pickup + 86, 'l', 'Bye now!'],
];

/** A fines question ending with the patron's `said` and the provider's `last` (the answer and `last` are the last two provider messages). */
const ended = (last: string, said = 'ok thats everything, thx'): Line[] => [
  [0, 'p', 'whats the fine for a late dvd'],
  [25, 'l', 'Hi, this is Dev at Ask Tennessee. Which library system are you with?'],
  [60, 'p', 'nashville public'],
  [70, 'l', 'Nashville Public Library has no overdue fines anymore; the policy page is library.nashville.org/fines. Did that answer it?'],
  [100, 'p', said],
  [106, 'l', last],
];

/** The same question where the patron says `said` after the answer and the provider never asks "anything else?". */
const done = (said: string): Line[] => [
  [0, 'p', 'whats the fine for a late dvd'],
  [25, 'l', 'Hi, this is Dev at Ask Tennessee. Which library system are you with?'],
  [60, 'p', 'nashville public'],
  [70, 'l', 'Nashville Public Library has no overdue fines anymore; the policy page is library.nashville.org/fines. Did that answer it?'],
  [100, 'p', said],
  [106, 'l', 'Take care, bye!'],
];

/** The answer at 70 s, the patron silent, and the provider's `last` `after` seconds later; the session ends `end` s after that. */
const silent = (last: string, after: number, end: number): [Line[], { endAfter: number }] => [
  [
    [0, 'p', 'whats the fine for a late dvd'],
    [25, 'l', 'Hi, this is Dev at Ask Tennessee. Which library system are you with?'],
    [60, 'p', 'nashville public'],
    [70, 'l', 'Nashville Public Library has no overdue fines anymore; the policy page is library.nashville.org/fines. Did that answer it?'],
    [70 + after, 'l', last],
  ],
  { endAfter: end },
];

export const short: SessionCase[] = [
  // ---- greetings -------------------------------------------------------------------------------------------------------------------
  {
    name: '"Aloha kakahiaka! Leilani here at the Hawaii State Library." greets and identifies',
    lines: opened('Aloha kakahiaka! Leilani here at the Hawaii State Library.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Aloha! 🌺" then "Let me see what we have." greets but identifies no one',
    lines: opened('Aloha! 🌺', 'Let me see what we have.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: a wish opening the provider's side greets; "the Ask Oregon librarians" says who is answering
    name: '"Happy Friday from the Ask Oregon librarians!" greets and identifies',
    lines: opened('Happy Friday from the Ask Oregon librarians!'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Happy holidays! 🎄" then "What grade is it for?" identifies no one',
    lines: opened('Happy holidays! 🎄'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Season\'s greetings from the Ask Vermont librarians!" greets and identifies',
    lines: opened("Season's greetings from the Ask Vermont librarians!"),
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Buenas noches" greets (at the opening it is a greeting in Spanish); "le atiende Carmen de la Biblioteca…" names her
    name: '"Buenas noches, le atiende Carmen de la Biblioteca Pública de Queens." greets and identifies',
    lines: opened('Buenas noches, le atiende Carmen de la Biblioteca Pública de Queens.', '¿Para qué grado es?'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Bonjour! This is Claire at Ask Louisiana." greets and identifies',
    lines: opened('Bonjour! This is Claire at Ask Louisiana.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: the Navajo greeting greets
    name: '"Yá\'át\'ééh! This is Lorraine at the Navajo Nation Library chat." greets and identifies',
    lines: opened("Yá'át'ééh! This is Lorraine at the Navajo Nation Library chat."),
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: the Cherokee greeting greets
    name: '"Osiyo! I\'m Wade, a librarian at Tahlequah Public Library." greets and identifies',
    lines: opened("Osiyo! I'm Wade, a librarian at Tahlequah Public Library."),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Ni hao! Jenny from the San Francisco Public Library chat." greets and identifies',
    lines: opened('Ni hao! Jenny from the San Francisco Public Library chat.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Marhaba! I\'m Layla, a librarian at Dearborn Public Library." greets and identifies',
    lines: opened("Marhaba! I'm Layla, a librarian at Dearborn Public Library."),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "The library is closed for Diwali on Thursday. This is Priya at AskNJ." names a holiday, greets no one',
    lines: opened('The library is closed for Diwali on Thursday. This is Priya at AskNJ.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Happy Hanukkah! I\'m Ben at Ask Chicago." as the third provider message is too late',
    lines: [
      [0, 'p', 'hi do u have any books on making paper lanterns? for a school thing'],
      [30, 'l', 'One sec, pulling up the catalog.'],
      [36, 'l', 'What grade is it for?'],
      [60, 'p', '5th'],
      [66, 'l', "Oh and happy Hanukkah! I'm Ben at Ask Chicago. Our catalog has \"Paper Crafts for Kids\" (745.54) on the shelf at Harold Washington. Did that help?"],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Bye now!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- goodbyes ----------------------------------------------------------------------------------------------------------------------
  {
    // reading: "Mahalo" is thanks
    name: '"Mahalo nui!" thanks the patron: courteous passes',
    lines: ended('Mahalo nui!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Au revoir, bonne journée!" says goodbye: courteous passes',
    lines: ended('Au revoir, bonne journée!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Khuda hafiz!" (Urdu, goodbye) says goodbye: courteous passes',
    lines: ended('Khuda hafiz!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Kwaheri!" (Swahili, goodbye) says goodbye: courteous passes',
    lines: ended('Kwaheri!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Aloha!" at the end says goodbye: courteous passes',
    lines: ended('Aloha!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Happy Thanksgiving!" at the end says goodbye: courteous passes',
    lines: ended('Happy Thanksgiving!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Eid Mubarak!" at the end says goodbye: courteous passes',
    lines: ended('Eid Mubarak!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Happy Lunar New Year! 🧧" at the end says goodbye: courteous passes',
    lines: ended('Happy Lunar New Year! 🧧'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Enjoy the long weekend!" says goodbye: courteous passes',
    lines: ended('Enjoy the long weekend!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Have a great holiday!" says goodbye: courteous passes',
    lines: ended('Have a great holiday!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"God bless." says goodbye: courteous passes',
    lines: ended('God bless.'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Peace ✌️" says goodbye: courteous passes',
    lines: ended('Peace ✌️'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Stay safe out there!" says goodbye: courteous passes',
    lines: ended('Stay safe out there!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Bless your heart, that\'s a lot of fines to keep track of." neither thanks nor says goodbye: courteous fails',
    lines: ended("Bless your heart, that's a lot of fines to keep track of."),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "The Peace Corps office has its own library, by the way." says no goodbye: courteous fails',
    lines: ended('The Peace Corps office has its own library, by the way.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "There\'s also a board book called Happy Diwali! at Main." names a book: courteous fails',
    lines: ended("There's also a board book called Happy Diwali! at Main."),
    exp: some({ courteous: 'fail' }),
  },
  // ---- near misses of Z3's phrase changes (each must stay as it is) ----------------------------------------------------------
  {
    // Z3 greeting (a wish opening a sentence): a quoted title is no wish
    name: 'near miss: \'"Happy Diwali" by Hannah Eliot is on the shelf at Edison. This is Priya at AskNJ.\' names a book, greets no one',
    lines: opened('"Happy Diwali" by Hannah Eliot is on the shelf at Edison. This is Priya at AskNJ.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    // Z3 greeting: an event's name is no wish
    name: 'near miss: "Happy Holidays storytime is Saturday at 10! This is Jo at AskNJ." names an event, greets no one',
    lines: opened('Happy Holidays storytime is Saturday at 10! This is Jo at AskNJ.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Happy Diwali! 🪔" at the end says goodbye: courteous passes',
    lines: ended('Happy Diwali! 🪔'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Sayonara!" says goodbye: courteous passes',
    lines: ended('Sayonara!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"A hui hou!" (Hawaiian, until we meet again) says goodbye: courteous passes',
    lines: ended('A hui hou!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    // Z3 farewell (merry christmas): after "the", a title
    name: 'near miss: "We also have the Merry Christmas, Strega Nona picture book." names a book: courteous fails',
    lines: ended('We also have the Merry Christmas, Strega Nona picture book.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (eid mubarak): after "the", an event
    name: 'near miss: "The Eid Mubarak cards craft is Saturday at Main." names an event: courteous fails',
    lines: ended('The Eid Mubarak cards craft is Saturday at Main.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (aloha at the end)
    name: 'near miss: "The Aloha Festivals schedule is at alohafestivals.com." says no goodbye: courteous fails',
    lines: ended('The Aloha Festivals schedule is at alohafestivals.com.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (shalom at the end)
    name: 'near miss: "Shalom Aleichem\'s stories are in the same section." names an author: courteous fails',
    lines: ended("Shalom Aleichem's stories are in the same section."),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (khuda hafiz)
    name: 'near miss: "The film Khuda Hafiz is on the same shelf." names a film: courteous fails',
    lines: ended('The film Khuda Hafiz is on the same shelf.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (god bless)
    name: 'near miss: "The God Bless America sheet music is on the same page." names a song: courteous fails',
    lines: ended('The God Bless America sheet music is on the same page.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 farewell (peace)
    name: 'near miss: "Her obituary says she passed in 1998, rest in peace." says no goodbye: courteous fails',
    lines: ended('Her obituary says she passed in 1998, rest in peace.'),
    exp: some({ courteous: 'fail' }),
  },
  // ---- second batch (written after the first run, from what it showed; labelled from RUBRIC.md all the same) ------------------
  {
    name: '"Later gator!" says goodbye: courteous passes',
    lines: ended('Later gator!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll email the rest later." says no goodbye: courteous fails',
    lines: ended("I'll email the rest later."),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "The board dropped book fines in 2020; DVDs followed later." says no goodbye: courteous fails',
    lines: ended('The board dropped book fines in 2020; DVDs followed later.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Auf Wiedersehen!" says goodbye: courteous passes',
    lines: ended('Auf Wiedersehen!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Tschüss!" says goodbye: courteous passes',
    lines: ended('Tschüss!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Arrivederci Roma sheet music is on the same page." names a song: courteous fails',
    lines: ended('Arrivederci Roma sheet music is on the same page.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Good Shabbos!" says goodbye: courteous passes',
    lines: ended('Good Shabbos!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "The Good Shabbos candle-lighting times are on the same page." says no goodbye: courteous fails',
    lines: ended('The Good Shabbos candle-lighting times are on the same page.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"¡Feliz año nuevo!" says goodbye: courteous passes',
    lines: ended('¡Feliz año nuevo!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "There\'s a bilingual board book called Feliz Año Nuevo at Main." names a book: courteous fails',
    lines: ended("There's a bilingual board book called Feliz Año Nuevo at Main."),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"¡Feliz año nuevo! Soy Rosa, de la biblioteca de El Paso." greets and identifies',
    lines: opened('¡Feliz año nuevo! Soy Rosa, de la biblioteca de El Paso.', '¿Para qué grado es?'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Blessings!" says goodbye: courteous passes',
    lines: ended('Blessings!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Be blessed." says goodbye: courteous passes',
    lines: ended('Be blessed.'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "The Blessings of Liberty exhibit closed last week." says no goodbye: courteous fails',
    lines: ended('The Blessings of Liberty exhibit closed last week.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Bundle up out there!" says goodbye: courteous passes',
    lines: ended('Bundle up out there!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Keep warm!" says goodbye: courteous passes',
    lines: ended('Keep warm!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "The warming center says to keep warm clothes on hand." says no goodbye: courteous fails',
    lines: ended('The warming center says to keep warm clothes on hand.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Toda raba!" (Hebrew, thanks a lot) thanks the patron: courteous passes',
    lines: ended('Toda raba!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Dhanyavaad!" (Hindi, thank you) thanks the patron: courteous passes',
    lines: ended('Dhanyavaad!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Toda la información está en la página." (Spanish, all the information is on the page) thanks no one: courteous fails',
    lines: ended('Toda la información está en la página.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // Z3 `wishGreetingZ3`: the greeting family's new wishes must not make v6's offer asked again after the answer a fresh opening
    name: '"Merry Christmas! Is there anything I can help you with?" after the answer asks whether the patron needs more: anything else passes',
    lines: [...done('ok cool').slice(0, 5), [106, 'l', 'Merry Christmas! Is there anything I can help you with?'], [130, 'p', 'nope'], [136, 'l', 'Bye!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    // near miss for `wishGreetingZ3`: a colleague taking over greets (v6's reading: an opening, no "anything else")
    name: 'near miss: "Hi, I\'m Lee, taking over from Dev. Is there anything I can help you with?" after the answer opens again: anything else fails',
    lines: [...done('ok cool').slice(0, 5), [106, 'l', "Hi, I'm Lee, taking over from Dev. Is there anything I can help you with?"], [130, 'p', 'nope'], [136, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- goodbyes and the final idle ---------------------------------------------------------------------------------------------------
  {
    // reading: "Stay warm out there!" is a goodbye, so the idle ends at it (150 s): a check-in was due, a notice not yet
    name: '"Stay warm out there!" 150 s after the answer ends the final idle: idle check fails, disconnect notice na',
    lines: silent('Stay warm out there!', 150, 200)[0],
    over: silent('Stay warm out there!', 150, 200)[1],
    exp: some({ idle: 'fail', disconnect: 'na', courteous: 'pass' }),
  },
  {
    name: 'near miss: "I\'m going to close this chat now." 150 s after the answer is no goodbye: the idle runs to the end (355 s)',
    lines: silent("I'm going to close this chat now.", 150, 200)[0],
    over: silent("I'm going to close this chat now.", 150, 200)[1],
    exp: some({ idle: 'fail', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: '"Eid Mubarak, take care!" 110 s after the answer ends the idle under 120 s: idle check and notice na',
    lines: silent('Eid Mubarak, take care!', 110, 300)[0],
    over: silent('Eid Mubarak, take care!', 110, 300)[1],
    exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }),
  },
  // ---- patron done, or only thankful ----------------------------------------------------------------------------------------------
  {
    name: 'the patron\'s "that\'s all I needed, happy diwali!" says they are done',
    lines: done("that's all I needed, happy diwali!"),
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "thanks so much, you\'ve been great!" is thanks alone',
    lines: done("thanks so much, you've been great!"),
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "no more questions, eid mubarak!" says they are done',
    lines: done('no more questions, eid mubarak!'),
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "I'm all set" says explicitly the patron has what they came for
    name: 'the patron\'s "I\'m all set, Happy Thanksgiving!" says they are done',
    lines: done("I'm all set, Happy Thanksgiving!"),
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "God bless you, have a blessed day" is thanks and a wish, not done',
    lines: done('God bless you, have a blessed day'),
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: the patron\'s "mahalo nui loa!!" is thanks alone',
    lines: done('mahalo nui loa!!'),
    exp: some({ anything: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-fourth round (Z3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fourth round (Z3): greetings, thanks and goodbyes across cultures, every check', whole);
describeSessions('twenty-fourth round (Z3): greetings, thanks and goodbyes across cultures, short cases', short);

describeLeft('twenty-fourth-round-cultures', LEFT);
