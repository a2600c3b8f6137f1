/**
 * Thirty-second round, area (U2): RELIGION, HOLIDAYS AND CULTURE. The date of a holiday this year (Easter, Eid, Diwali,
 * Lunar New Year, Rosh Hashanah, Hanukkah), the library's holiday closings and hours, religious texts in translation,
 * finding a place of worship or a congregation's history, cultural traditions for a school report, Día de los Muertos at the
 * branch, kosher and halal food, genealogy through church records (a diocese's archives, parish registers), comparative
 * religion for a student, a request handled with neutrality (info.source, referral.contact, inquiry.clarify, closing.*,
 * approachability.greeting).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  greetings of the faiths and cultures: "Assalamu alaikum, this is Amina at AskUsNow!", "Namaste! Priya here, Ask a
 *   Librarian", "Shalom, I'm Dov, a librarian at …", "¡Hola! Soy Lupe, de la biblioteca"; a name alone ("Amina here.") greets
 *   no one.
 *  a referral WITHOUT a way to reach the party (fails): "write to the diocese's archives", "ask your rabbi", "your local
 *   mosque will announce it", "check with the parish office", "just go to the gurdwara on Sunday", "the Latino cultural
 *   center downtown can help", "hable con su parroquia".
 *  a referral WITH one (passes): "the Archdiocese of Baltimore Archives, archives@example-archbalt.org", "call the parish
 *   office at 410-555-0122", "the Hindu Temple of Maryland, 410-555-0188", "Jewish Museum of Maryland, jewishmuseummd.org".
 *  a source, not a referral: "the dates are at hebcal.com", "timeanddate.com/holidays/…", "the ELCA's congregation finder at
 *   elca.org/…", "FamilySearch's catalogue (familysearch.org)", "The Study Quran (HarperOne, 2015) in our catalogue",
 *   "Britannica School", "Gale's Religion & Philosophy collection".
 *  goodbyes with the season: "Eid Mubarak, and thanks for chatting!", "Happy Diwali, bye!", "Feliz Día de Muertos, ¡hasta
 *   luego!", "Chag sameach!".
 *  the patron done: "that's all I needed", "es todo, gracias", "no more questions, Eid Mubarak"; not done: "ok thx".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a faith's greeting ("Assalamu alaikum", "Namaste", "Shalom") greets the patron;
 * - a season's wish in the last message ("Happy Diwali!", "Chag sameach!") with "bye" or thanks is a goodbye; the wish alone
 *   is read as a parting wish too (like "Safe travels!" in round 31);
 * - "your local mosque will announce it" says who will announce, it tells no one to contact or visit: no referral; "check
 *   with your local mosque" tells the patron to ask them: a referral without a way to reach them;
 * - a congregation finder on a denomination's web site is a source (a web page), not a referral;
 * - "ask your rabbi / priest / imam" tells the patron to ask a named kind of person outside the chat: a referral;
 * - a book named with its author is a source (a book), with or without a URL;
 * - a postal address alone is a way to reach a referred party but not a source (info.source lists a URL or domain, an e-mail
 *   or phone contact for a referral, or a named resource: an address is none of them);
 * - the elliptical "That it?" after the answer may ask "is that all?" as well as "is that the one?": no completeness.
 * Written: 35 whole sessions (28 first, 7 more for the fixes; 1 of them in LEFT), 31 short cases (25 first, 6 more), 17 near
 * misses in `guards`, all labelled before running. First run: 3 of 82 tests failed on 3 statuses: referral.contact 2 ("just
 * go to the gurdwara on Sunday": no referral read; "ask at the halal butcher on Route 40" read as reachable through the
 * zabihah.com directory's URL in the sentence before), followup.completeness 1 (the terse "That it?", which was my label: now
 * fail). Probing the area's other phrasings before writing the fix sessions found 2 more scorer misses ("Write to / Call the
 * diocese": no referral read; "Llame a la parroquia", "Pregunte en la iglesia": none read) and 1 more label of mine (a postal
 * address as a source). Fixed in block U2 (phrase family referralParty, v33 only; no settings):
 *  - houses of worship v16 did not name: gurdwara, gurudwara, mandir, masjid, temple, vihara ("just go to the gurdwara on
 *    Sunday", "stop in at the mandir during evening aarti", "drop by the masjid after Jumu'ah", "call the Vihara's office at
 *    …") [near misses: "The gurdwara's website, …", "Go to the mandir's calendar at …", "stop by the temple exhibit on our
 *    second floor", "The Temple Mount is described in Britannica", a book "Sikh Gurdwaras in America", "Visit the Golden
 *    Temple page on Britannica", "Take the bus to Temple Station", "the masjid's live stream"];
 *  - a diocese or archdiocese ("write to the Diocese of Wilmington", "call the Archdiocese of Baltimore at …") [near misses:
 *    "The diocese's website lists closed parishes", "Call numbers for diocese histories", "The diocese closed the parish in
 *    1962", "Visit the diocese's digital collections at …", "Visit the Diocese of Arlington page on FamilySearch Wiki"];
 *  - in Spanish the parish, church, mosque, synagogue, temple ("llame a la parroquia del pueblo", "pregunte en la parroquia de
 *    San Miguel", "visite la mezquita el viernes") [near misses: "Vea el sitio web de la parroquia, …", "Visite la página de
 *    la iglesia en …", "La parroquia cerró en 1960", "Busque iglesia y Baltimore en el catálogo"].
 * Left: 1 (the halal butcher after the directory's URL: the contact-in-the-message reading is shared by many older rounds).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual, all, at } from './helpers';

/** A holiday-date question up to the patron's answer to the clarifying question. */
const EASTER: Line[] = [
  [0, 'p', 'hi when is easter next year'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Do you mean Western Easter or Orthodox Easter? They fall on different dates some years."],
  [50, 'p', 'the catholic one'],
];
/** A parish-register question up to the patron's answer. */
const PARISH: Line[] = [
  [0, 'p', 'I am looking for my great-grandfather\'s baptism record, he was baptised Catholic in Baltimore around 1890'],
  [20, 'l', "Hello! This is Jo at Sample County Library's Ask a Librarian. Do you know which parish, or the neighbourhood the family lived in?"],
  [55, 'p', 'Fells Point I think, the family was Polish'],
];
/** An Eid question up to the patron's answer. */
const EID: Line[] = [
  [0, 'p', 'when is eid this year'],
  [20, 'l', 'Hi, Jo at Ask Us here. Is it Eid al-Fitr, at the end of Ramadan, or Eid al-Adha?'],
  [45, 'p', 'eid al fitr'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** The patron's question, then the provider's first message `first` at 20 s, the source at 60 s, the thanks and the goodbye. */
const opening = (first: string): Line[] => [
  [0, 'p', 'is the library open on christmas eve?'],
  [20, 'l', first],
  [50, 'p', 'the central one'],
  [60, 'l', 'Central closes at 2 pm on December 24 and is closed on the 25th; all holiday hours are at samplelibrary.org/hours. Does that help?'],
  [90, 'p', 'yes thanks'],
  [96, 'l', 'Happy holidays, bye!'],
];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, Easter 2027: Western and Orthodox dates, timeanddate.com',
    lines: [
      ...EASTER,
      [62, 'l', 'Let me double-check the calendar for you, one moment.'],
      [110, 'l', 'Easter Sunday 2027 is March 28 (Orthodox Easter is May 2 that year). You can see every year\'s date at timeanddate.com/holidays/us/easter-sunday. Does that answer your question?'],
      [150, 'p', 'perfect, thats all I needed thank you!'],
      [158, 'l', 'You are very welcome! Happy Easter, and thanks for chatting with AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    // reading: "your local mosque will announce it" names who announces; nobody is told to contact or visit: no referral
    name: 'Eid al-Fitr 2027 for a new arrival: the expected date, moon sighting, "your local mosque will announce it": no referral',
    lines: [
      [0, 'p', 'Hello, I am new in Maryland. Please when is Eid al Fitr in 2027? I must ask my job for the day off.'],
      [25, 'l', 'Assalamu alaikum and welcome! This is Amina, a librarian with AskUsNow!. Do you need the exact day for your employer, or an estimate is fine for now?'],
      [70, 'p', 'Estimate is ok, I will tell them again later.'],
      [85, 'l', 'Eid al-Fitr 2027 is expected on or about March 10, 2027, depending on the sighting of the moon. The Islamic calendar tables at islamicfinder.org/islamic-calendar give the expected dates; your local mosque will announce it the night before. Is this what you needed?'],
      [140, 'p', 'Yes. Thank you very much, this is all.'],
      [148, 'l', 'You are welcome! Eid Mubarak in advance, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, Thanksgiving closings: which branch, the hours page',
    lines: [
      [0, 'p', 'open thanksgiving?'],
      [10, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Which branch?'],
      [30, 'p', 'towson. and friday after'],
      [38, 'l', 'Closed Thursday, Towson opens at 10 on Friday. Holiday schedule: bcpl.info/hours. That answer it?'],
      [60, 'p', 'yep thats it'],
      [65, 'l', 'Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'Happy Thanksgiving. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'formal academic, the Qur\'an in English: Abdel Haleem\'s translation and The Study Quran, the catalogue',
    lines: [
      [0, 'p', 'Good afternoon. For a seminar on scripture I need a reliable English translation of the Qur\'an with scholarly notes. Which would you recommend?'],
      [30, 'l', 'Good afternoon, and welcome to the University Libraries chat. My name is Dr. Farouk, religious studies librarian. Do you need a translation with commentary, or the text alone with a short introduction?'],
      [90, 'p', 'With commentary, ideally by several scholars.'],
      [100, 'l', 'One moment while I check our holdings.'],
      [170, 'l', 'The Study Quran: A New Translation and Commentary, edited by Seyyed Hossein Nasr (HarperOne, 2015) has verse-by-verse commentary by a team of scholars; we have it at BP109 .S78 2015 in the main stacks. For a plainer text, M. A. S. Abdel Haleem\'s The Qur\'an (Oxford World\'s Classics) is widely used in seminars. Both are in the catalogue at lib.example.edu/search. Does this meet your needs?'],
      [230, 'p', 'Yes, that is exactly what I needed. That is all, thank you.'],
      [238, 'l', 'You are welcome. Good luck with the seminar, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, the Bhagavad Gita for a grandmother: Easwaran\'s translation, and a Hindi-English edition, in the catalogue',
    lines: [
      [0, 'p', 'Namaste. Kindly suggest a Bhagavad Gita with both Hindi and English for my mother-in-law, she is visiting from Pune.'],
      [25, 'l', "Namaste! Priya here, a librarian with Ask a Librarian at Howard County Library System. Does she read Devanagari, or would she prefer the Sanskrit in Roman letters?"],
      [70, 'p', 'Devanagari only. Large print if possible, she has weak eyes.'],
      [85, 'l', 'Please give me a minute, I am searching the catalogue.'],
      [150, 'l', 'We have the Gita Press edition, Srimad Bhagavadgita with Hindi translation, at Central (call number 294.5924 BHA), and in English The Bhagavad Gita translated by Eknath Easwaran in large print at East Columbia. Both can be held at hclibrary.org/catalog. Does that help?'],
      [210, 'p', 'Very good, I will place the hold. Thank you so much.'],
      [220, 'l', 'Is there anything else I can help you with?'],
      [240, 'p', 'No, that is everything.'],
      [246, 'l', 'Thank you for contacting us, have a lovely visit with her!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak, a Diwali report for 4th grade: Britannica School and Kids InfoBits',
    lines: [
      [0, 'p', 'hiii i need stuff on diwali for my school report its due friday'],
      [20, 'l', "hi there! I'm Kai, a student assistant at the Ask Us chat :) what grade are you in, and does it need to be books or can it be websites?"],
      [55, 'p', '4th grade. teacher said 2 sources any kind'],
      [65, 'l', 'ok! Britannica School (elementary level) has a great Diwali article with pictures, and Kids InfoBits (a Gale database) has more, both at samplelibrary.org/kids with your library card. does that help?'],
      [110, 'p', 'yessss thank u thats all i need'],
      [115, 'l', 'yay! good luck on ur report and Happy Diwali! bye :)'],
    ],
    exp: usual(),
  },
  {
    // the source comes in the first reply: no clarifying question before it
    name: 'scripted macros, Lunar New Year 2027: the date answered at once with the branch\'s program page, no question first',
    lines: [
      [0, 'p', 'When is Lunar New Year in 2027 and is the library doing anything for it?'],
      [15, 'l', 'Thank you for contacting Ask a Librarian! A librarian will be with you shortly.'],
      [40, 'l', 'Lunar New Year 2027 falls on Saturday, February 6 (the Year of the Goat). Our branches hold lion dance and calligraphy programs that week: see samplelibrary.org/events and search "Lunar New Year". Does this completely answer your question?'],
      [80, 'p', 'yes, thank you!'],
      [90, 'l', 'Is there anything else I can help you with today?'],
      [130, 'p', 'no thanks'],
      [135, 'l', 'Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Rosh Hashanah 2026 and a school absence: hebcal.com, the district\'s calendar page',
    lines: [
      [0, 'p', 'Hi, when does Rosh Hashanah start this year? I need to tell my kids\' school.'],
      [25, 'l', "Shalom! I'm Dov, a librarian at Montgomery County Public Libraries. Which school district, so I can check whether it's already a school holiday there?"],
      [70, 'p', 'Montgomery County public schools'],
      [80, 'l', 'Let me look, one moment.'],
      [140, 'l', 'Rosh Hashanah 5787 begins at sundown on Friday, September 11, 2026 and ends at nightfall on Sunday, September 13 (hebcal.com/holidays/2026 lists them all). MCPS\'s 2026-27 calendar at montgomeryschoolsmd.org/calendar shows whether the Monday is a closure. Did that help?'],
      [200, 'p', 'Yes! That is all I needed. Shana tova!'],
      [208, 'l', 'Shana tova to you too, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, Día de los Muertos at the branch: the events calendar, an ofrenda workshop, bilingual story time',
    lines: [
      [0, 'p', 'hola, van a hacer algo para el dia de muertos en la biblioteca? tengo 2 niños'],
      [20, 'l', '¡Hola! Soy Lupe, bibliotecaria de AskUsNow! ¿Qué edad tienen sus niños, y a qué sucursal va normalmente?'],
      [60, 'p', '5 y 8 años, vamos a la de Wheaton'],
      [75, 'l', 'En Wheaton hay un taller de ofrendas y papel picado para familias el sábado 31 de octubre a las 11, y una hora del cuento bilingüe el 2 de noviembre. Todos los eventos están en montgomerycountymd.gov/library/events. ¿Le sirve esta información?'],
      [130, 'p', 'si perfecto, es todo. gracias!'],
      [138, 'l', '¡Con gusto! Feliz Día de Muertos, ¡hasta luego!'],
    ],
    exp: usual(),
  },
  {
    name: 'kosher for Passover, a neighbour cooking for a friend: the Star-K Passover guide, the certifier\'s hotline with phone',
    lines: [
      [0, 'p', 'My Jewish neighbor is coming for dinner during Passover. How do I know which foods are kosher for Passover?'],
      [25, 'l', "Hello, and thank you for contacting Ask a Librarian! I'm Ruth, a librarian at Baltimore County Public Library. Does your neighbor keep strictly kosher, or would ingredients labelled kosher for Passover be enough?"],
      [80, 'p', 'I think strictly.'],
      [90, 'l', 'Then it is safest to ask her, or to buy sealed certified food. Star-K publishes a free Passover directory of certified products at star-k.org/passover, and their kosher hotline answers questions at 410-555-0148. Is that what you were looking for?'],
      [150, 'p', 'Yes, very helpful. That is all, thank you!'],
      [158, 'l', 'You are welcome, enjoy the dinner!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'genealogy, a Polish parish in Fells Point: FamilySearch\'s catalogue, the Archdiocese\'s archives with e-mail: referral passes',
    lines: [
      ...PARISH,
      [70, 'l', 'Thank you, that helps a lot. One moment while I look.'],
      [140, 'l', "The Polish parish in Fells Point was St. Stanislaus Kostka. FamilySearch has microfilmed some Baltimore Catholic registers: search the catalogue at familysearch.org/search/catalog for \"Baltimore, Catholic\". The original registers of closed parishes are kept by the Archives of the Archdiocese of Baltimore; write to them at archives@example-archbalt.org with the name and approximate date. Does that answer your question?"],
      [210, 'p', 'Yes, thank you, that is everything I needed.'],
      [220, 'l', 'Happy hunting, and thank you for using Ask a Librarian!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'll need to write to the diocese" refers to an office with no way to reach it; FamilySearch's URL is a source
    name: 'sloppy, a Lutheran confirmation record: FamilySearch, "you\'ll need to write to the synod archives": referral fails',
    lines: [
      [0, 'p', 'how do i find my grandma\'s confirmation record, lutheran church in york pa 1940s'],
      [25, 'l', 'Hi, Jo at Ask Us. Do you know the name of the church?'],
      [60, 'p', 'no just york'],
      [70, 'l', 'Some are on familysearch.org. Otherwise you\'ll need to write to the synod archives. Did that help?'],
      [110, 'p', 'ok'],
      [118, 'l', 'Bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'college student, comparative religion: the Encyclopedia of Religion in Gale eBooks and the ATLA Religion Database',
    lines: [
      [0, 'p', 'I have a comparative religion paper on fasting in Islam, Judaism and Christianity. Where do I start?'],
      [30, 'l', 'Hi! Welcome to the Towson University library chat, this is Marcus, a reference librarian. How long is the paper, and do you need scholarly articles or just background?'],
      [80, 'p', '10 pages, needs 5 scholarly sources'],
      [95, 'l', 'For background, the Encyclopedia of Religion (2nd ed.) in Gale eBooks has an entry on Fasting covering all three traditions. For scholarly articles, the ATLA Religion Database: try fasting AND (Ramadan OR "Yom Kippur" OR Lent). Both are on the A-Z databases list at towson.libguides.com/az.php. Would that work for you?'],
      [160, 'p', 'yes thats great'],
      [170, 'l', 'Anything else I can help with?'],
      [200, 'p', 'nope thats all'],
      [206, 'l', 'Good luck with the paper! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // reading: a congregation finder on a denomination's web site is a source; the synod office with a phone is a referral with a way to reach it
    name: 'a new neighbour looking for a Lutheran church: the ELCA congregation finder, the synod office with phone: referral passes',
    lines: [
      [0, 'p', 'Hello, we just moved to Frederick and are looking for a Lutheran church, ELCA. Can the library help?'],
      [25, 'l', "Hello and welcome to Frederick! This is Beth, a librarian at Frederick County Public Libraries. Are you looking for one close to a particular part of town, or with a certain kind of service?"],
      [75, 'p', 'Near downtown, with a contemporary service if possible.'],
      [90, 'l', "The ELCA's Find a Congregation tool at elca.org/tools/find-a-congregation lists the downtown churches with their web sites, where the service styles are listed. The Delaware-Maryland Synod office knows every congregation well: call them at 410-555-0190. Is that what you were looking for?"],
      [150, 'p', 'Yes, lovely. That is all. Thank you!'],
      [158, 'l', 'Welcome again, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a neutral answer: the provider neither recommends nor rejects a faith
    name: 'neutrality: "which religion is the right one for my kids?": Huston Smith\'s book and Pew\'s religious landscape study',
    lines: [
      [0, 'p', 'honest question. which religion is the right one to raise my kids in? my wife and i are different religions'],
      [25, 'l', "Hi, I'm Sam, a librarian with AskUsNow!. That's a personal choice I can't make for you, but I can find resources. Would books for you two, or books for the kids about different faiths, be more useful?"],
      [80, 'p', 'for us i guess'],
      [95, 'l', "The World's Religions by Huston Smith is a fair, readable overview, and Being Both by Susan Katz Miller is about interfaith families raising children; both are in our catalogue at samplelibrary.org/catalog. The Pew Research Center's Religious Landscape Study (pewresearch.org/religion) has facts on interfaith marriages. Does that help?"],
      [150, 'p', 'yeah thats a good start. thanks'],
      [158, 'l', 'Glad to help. Take care!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'patron vanishes: Ramadan hours at the branch, after the clarifying question: check-in and disconnect notice',
    lines: [
      [0, 'p', 'does the library stay open late during ramadan'],
      [20, 'l', 'Hi, this is Jo with the Ask Us chat. Which branch do you go to?'],
      [170, 'l', 'Are you still there?'],
      [360, 'l', 'It seems you have disconnected, so I will end this chat. Feel free to come back anytime, and Ramadan Mubarak!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // no substantive exchange: a greeting only, then the check-in and notice
    name: 'cut short: the patron asks about Hanukkah programs and leaves; greeting only, check-in, notice',
    lines: [
      [0, 'p', 'any hanukkah events for kids'],
      [50, 'l', 'Hello! This is Jo, a librarian at Sample County Library.'],
      [200, 'l', 'Are you still with me?'],
      [400, 'l', 'It looks like you have left the chat, so I am closing it now. Please come back anytime!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // a follow-up promise: the e-mail confirmed, a date given
    name: 'follow-up: a synagogue\'s history for a centennial booklet, the librarian will e-mail the Sun\'s articles by Friday',
    lines: [
      [0, 'p', 'Good evening. Our congregation turns 100 next year and I am writing its history. Did the Baltimore Sun cover the 1926 dedication?'],
      [30, 'l', "Good evening, and thank you for contacting Ask a Librarian. I'm Miriam, a librarian at Enoch Pratt Free Library. What is the congregation's name, and do you know the month of the dedication?"],
      [90, 'p', 'Beth Tfiloh, I believe September 1926.'],
      [100, 'l', 'Let me search the Sun archive, one moment.'],
      [170, 'l', 'The Baltimore Sun historical archive (ProQuest, at prattlibrary.org/research) has two articles in September 1926 mentioning the dedication, but the scans are partly illegible. I will ask our Maryland Department to check the microfilm and e-mail you clean copies by Friday. What e-mail should I use?'],
      [230, 'p', 'dsilverman@example.org'],
      [240, 'l', 'Thank you, dsilverman@example.org it is. Does that cover what you need for now?'],
      [280, 'p', 'Yes, that is everything for tonight.'],
      [288, 'l', 'Wonderful. Talk to you by Friday, and thank you!'],
    ],
    over: { ...FU_ME, patron: { name: 'D. Silverman', email: 'dsilverman@example.org', phone: null }, followUps: [{ doneAt: at(40 * 3600), by: 'jo', note: 'sent 2 Sun articles from microfilm' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'transfer to local history: a church\'s history in Annapolis, notice, internal note, the receiving librarian answers',
    lines: [
      [0, 'p', 'hi, I\'m researching the history of St. Anne\'s church in Annapolis, who built it?'],
      [20, 'l', "Hi, I'm Jo with Ask Us at Sample County Library. Is this the current building or the earlier ones?"],
      [50, 'p', 'the current one, 1850s'],
      [56, 'l', "Our local history librarian knows Annapolis churches best, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'Rosa: pt researching St. Anne\'s Annapolis, current 1858-59 building, who designed it. Local history q.'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the local history librarian at Sample County Library, picking up from Jo. Are you after the architect, or the builders and congregation too?", ROSA],
      [140, 'p', 'the architect mainly', ],
      [150, 'l', "The 1858-59 building was designed by Richard Upjohn's office. The Maryland Historical Trust's inventory form for St. Anne's (mht.maryland.gov, search AA-) has its history and sources. Is that what you needed?", ROSA],
      [200, 'p', "yes that's all, thank you"],
      [206, 'l', 'You are welcome, happy researching!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'British, Easter bank holiday opening times: the library\'s opening-times page',
    lines: [
      [0, 'p', 'Hiya, is the library open on Good Friday and Easter Monday?'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Which library do you use?"],
      [50, 'p', 'Tunbridge Wells'],
      [60, 'l', "Tunbridge Wells is closed on both bank holidays and open as usual on Easter Saturday, 9 till 5. The full list of bank holiday closures is at kent.gov.uk/libraries under Opening times. Is that what you needed?"],
      [100, 'p', "Brilliant, that's all. Cheers!"],
      [106, 'l', 'Cheers, have a lovely Easter!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, Christmas traditions for a Year 5 project: World Book Kids and a book in the catalogue',
    lines: [
      [0, 'p', 'G\'day, my daughter needs info on how Christmas is celebrated in Australia compared to overseas, Year 5 project'],
      [25, 'l', "G'day! You've reached Ask a Librarian at State Library Victoria, Mel here. Does she need pictures and simple text, or more detail?"],
      [70, 'p', 'Simple, she\'s 10'],
      [80, 'l', 'World Book Kids (slv.vic.gov.au/search-discover, log in with a library card) has "Christmas around the world" with an Australia section. The picture book Aussie Christmas traditions by Jackie French is in most council libraries. Did that help?'],
      [130, 'p', 'yes good thanks'],
      [140, 'l', 'Anything else I can help with?'],
      [160, 'p', 'no that\'s it'],
      [166, 'l', 'No worries, Merry Christmas and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'scripted macros, Hanukkah 2026 dates: hebcal.com, the branch\'s menorah lighting',
    lines: [
      [0, 'p', 'What are the dates of Hanukkah 2026? Is there a menorah lighting at the library?'],
      [15, 'l', 'Welcome to AskUsNow! My name is Jo and I will be helping you today.'],
      [25, 'l', 'Which library branch are you closest to?'],
      [60, 'p', 'Pikesville'],
      [70, 'l', 'Hanukkah 2026 begins at sundown on Friday, December 4 and ends on Saturday, December 12 (hebcal.com/holidays/2026). Pikesville holds a menorah lighting and story time on December 7 at 4 pm: bcpl.info/events. Does this completely answer your question?'],
      [110, 'p', 'Yes, thank you.'],
      [115, 'l', 'Is there anything else I can help you with today?'],
      [140, 'p', 'No.'],
      [145, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    // reading (corrected after the first run): the elliptical "That it?" may ask "is that all?" as well as "is that the one?": it does
    // not plainly ask whether the information meets the need
    name: 'terse, a King James Bible with the Apocrypha: the catalogue, call number',
    lines: [
      [0, 'p', 'KJV with apocrypha, got one?'],
      [10, 'l', 'Hi, Ray at Ask Us. Print or ebook?'],
      [30, 'p', 'print'],
      [38, 'l', 'The Oxford KJV with Apocrypha (Oxford World\'s Classics), 220.5203 BIB at Towson. bcpl.info/catalog to hold. That it?'],
      [60, 'p', 'yes thx, hold it'],
      [64, 'l', 'Held. Pick up at Towson.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "just go to the gurdwara on Sunday" tells the patron to visit a party with no way to reach it; no source at all
    name: 'sloppy, a Sikh gurdwara near Glen Burnie: "just go to the gurdwara on Sunday, anyone there can help": no source, referral fails',
    lines: [
      [0, 'p', 'is there a gurdwara near glen burnie? my son wants to learn punjabi'],
      [30, 'l', 'hi Jo here w/ Ask Us. for kids classes or adults?'],
      [60, 'p', 'kids, he is 9'],
      [75, 'l', 'theres a gurdwara in Millersville i think, just go to the gurdwara on Sunday, anyone there can tell you about the punjabi school. does that help?'],
      [110, 'p', 'ok'],
      [115, 'l', 'bye'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: "the Latino cultural center downtown can help you with the altar" is a referral without a way to reach the center
    name: 'student worker, an ofrenda for a Spanish class project: a book, "the Latino cultural center downtown can help": referral fails',
    lines: [
      [0, 'p', 'need to make an ofrenda for spanish class, what goes on it'],
      [20, 'l', 'hi! Alex at the Ask a Librarian desk here :) is it a real one or a model/poster?'],
      [45, 'p', 'a model in a shoebox'],
      [60, 'l', "The Day of the Dead / El Día de los Muertos by Bob Barner is short and shows every part (marigolds, pan de muerto, papel picado, photos, candles); its in our catalogue. if u want to see a real one, the Latino cultural center downtown can help you too. did that help?"],
      [110, 'p', 'yes thats all i needed thx'],
      [116, 'l', 'np! good luck, bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // another provider had three sessions open the whole time: four at once
    name: 'busy evening: Chinese New Year red envelopes for a class, four sessions at once: concurrency fails',
    lines: [
      [0, 'p', 'whats the meaning of red envelopes at chinese new year? for my class presentation'],
      [30, 'l', "Hi, I'm Jo at AskUsNow!. Is your class in elementary, middle or high school?"],
      [60, 'p', 'middle school'],
      [75, 'l', 'Britannica School (middle level) explains hongbao in its Chinese New Year article, at samplelibrary.org/databases. Does that help?'],
      [110, 'p', 'yes thank u thats all'],
      [116, 'l', 'Thanks for chatting, good luck!'],
    ],
    ctx: { otherIntervals: [other('u2a', 'jo', -100, 400), other('u2b', 'jo', -50, 400), other('u2c', 'jo', 0, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // other patrons waiting, a polite way back: no dismissal
    name: 'busy Sunday: a mosque\'s history answered, "other patrons are waiting, please come back" for a second question',
    lines: [
      [0, 'p', 'when was the first mosque in baltimore built'],
      [20, 'l', "Hi, I'm Pat at AskUsNow!. Do you mean a purpose-built mosque, or the first congregation meeting anywhere?"],
      [50, 'p', 'first congregation'],
      [60, 'l', 'Let me check, one moment please.'],
      [130, 'l', 'The Encyclopedia of Islam in the United States (Greenwood, 2007) and the Maryland Center for History and Culture\'s blog post on Muslim Baltimore (mdhistory.org/blog) both date organised Muslim worship in Baltimore to the 1940s. Does that help?'],
      [170, 'p', 'yes! and can you also find the history of the islamic society of baltimore'],
      [180, 'l', "There are quite a few patrons waiting right now, so for that one please come back to AskUsNow! later and we'll gladly help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- more sessions for the fix (houses of worship, labelled before running) ----------------------------------------------
  {
    // reading: "stop in at the mandir … and ask the priests" visits a party with no way to reach it
    name: 'new arrival from Chennai, a Diwali puja: the branch\'s Diwali program, "stop in at the mandir during evening aarti": referral fails',
    lines: [
      [0, 'p', 'Good evening madam. We came from Chennai last month. Where can we do Lakshmi puja for Deepavali here?'],
      [25, 'l', 'Good evening and welcome! I am Priya, a librarian with Ask a Librarian at Howard County Library System. Are you looking for a temple puja, or a community celebration for the family?'],
      [80, 'p', 'Temple puja mainly. Also something for children.'],
      [95, 'l', 'For the children, our Central branch has a Diwali rangoli and diya workshop on November 7: hclibrary.org/events. For the puja, stop in at the mandir on Route 108 during evening aarti and ask the priests for the Lakshmi puja timings. Does this help?'],
      [160, 'p', 'Yes madam, very helpful. Thank you. That is all.'],
      [168, 'l', 'You are most welcome. Happy Deepavali to your family!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "drop by the masjid after Jumu'ah and ask for …" visits a party with no way to reach it
    name: 'warm, a new Muslim looking for a class: a book in the catalogue, "drop by the masjid after Jumu\'ah": referral fails',
    lines: [
      [0, 'p', 'hi, i recently took shahada and want to learn the basics. any books? also is there a class somewhere'],
      [20, 'l', "Hi there, and congratulations! I'm Nadia, a librarian with AskUsNow!. Are you near Baltimore, and do you prefer reading or a class in person?"],
      [60, 'p', 'baltimore, both'],
      [75, 'l', "The New Muslim's Field Guide by Theresa Corbin and Kaighla Um Dayo is written for exactly this and is in our catalogue (prattlibrary.org/catalog). For a class, drop by the masjid near you after Jumu'ah and ask for the new Muslims circle. Did that help?"],
      [130, 'p', 'yes thank you so much'],
      [140, 'l', 'Anything else I can help with?'],
      [160, 'p', 'no thats all'],
      [166, 'l', 'Take care, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'formal, a Theravada vihara for meditation: the Vihara\'s office with phone: referral passes',
    lines: [
      [0, 'p', 'Good afternoon. Is there a Theravada Buddhist temple near Washington that teaches meditation to beginners?'],
      [30, 'l', 'Good afternoon, and thank you for contacting Ask a Librarian. I am Elaine, a librarian with Montgomery County Public Libraries. Would weekday evenings or weekends suit you better?'],
      [80, 'p', 'Weekends.'],
      [90, 'l', 'The Washington Buddhist Vihara on 16th Street holds a beginners\' meditation class on Sunday afternoons; call the Vihara\'s office at 202-555-0140 to ask about places. Does this answer your question?'],
      [150, 'p', 'Yes, that is all I needed. Thank you.'],
      [158, 'l', 'You are welcome. Thank you for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- more sessions for the diocese and the Spanish houses of worship (labelled before running) ---------------------------
  {
    // reading: "write to the Diocese of Wilmington" refers to an organisation with no way to reach it
    name: 'older researcher, a 1902 marriage in Delaware: FamilySearch Wiki, "write to the Diocese of Wilmington": referral fails',
    lines: [
      [0, 'p', 'Good morning. My grandparents married in a Catholic church in Wilmington, Delaware around 1902. Where would the record be?'],
      [30, 'l', 'Good morning! This is Carol, a genealogy librarian at Ask a Librarian Delaware. Do you know the parish, or only the city?'],
      [80, 'p', 'Only the city, I am afraid.'],
      [95, 'l', "The FamilySearch Wiki page Delaware Church Records (familysearch.org/en/wiki) lists which Wilmington parishes' registers survive. For a certified copy, write to the Diocese of Wilmington with the names and the year. Is that what you were looking for?"],
      [160, 'p', 'Yes, thank you. That is all for today.'],
      [168, 'l', 'You are very welcome, and good luck with the search!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'student worker, a baptism certificate for a sacrament: "call the Archdiocese\'s records office at 410-555-0100": referral passes',
    lines: [
      [0, 'p', 'hi i need my baptism certificate for my confirmation but my old church closed'],
      [20, 'l', 'hi! this is Alex at the Ask Us chat :) which church was it and what city?'],
      [50, 'p', 'st. brigid in canton, baltimore'],
      [65, 'l', 'when a parish closes its books usually go to a nearby parish or the diocese. call the Archdiocese of Baltimore at 410-555-0100 and ask for sacramental records, they can tell u where St. Brigid\'s went. did that help?'],
      [110, 'p', 'yes thanks thats all i needed'],
      [116, 'l', 'yay, congrats on ur confirmation! bye'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "llame a la parroquia" tells the patron to call a party with no way to reach it; FamilySearch is a source
    name: 'Spanish, una fe de bautismo de El Salvador: FamilySearch, "llame a la parroquia de su pueblo": referral fails',
    lines: [
      [0, 'p', 'buenas, necesito la fe de bautismo de mi abuela, la bautizaron en El Salvador en 1940'],
      [25, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria de AskUsNow! ¿Sabe en qué pueblo o parroquia la bautizaron?'],
      [70, 'p', 'en Chalatenango creo'],
      [85, 'l', 'FamilySearch tiene microfilmados muchos registros parroquiales de El Salvador: busque "Chalatenango" en familysearch.org/search/catalog. Para una copia oficial, llame a la parroquia del pueblo. ¿Le ayuda esta información?'],
      [150, 'p', 'si, muchas gracias, es todo'],
      [158, 'l', '¡Con gusto! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'bilingual, a quinceañera mass: the parish with its phone ("llame a la iglesia de San Miguel al 301-555-0177"): referral passes',
    lines: [
      [0, 'p', 'hola, my daughter is turning 15, how do we plan a quinceañera mass? we go to San Miguel'],
      [20, 'l', '¡Hola! This is Lupe, librarian with Ask Us at Sample County Library. ¿Prefiere en español o inglés?'],
      [50, 'p', 'español está bien'],
      [60, 'l', 'Perfecto. El libro Quinceañera: la celebración (en nuestro catálogo, samplelibrary.org/catalog) explica la misa y la preparación. Para reservar la fecha, llame a la iglesia de San Miguel al 301-555-0177. ¿Le sirve?'],
      [110, 'p', 'si, gracias!'],
      [116, 'l', '¿Algo más en que le pueda ayudar?'],
      [140, 'p', 'no, es todo'],
      [146, 'l', '¡Felicidades a su hija! Gracias por usar Ask Us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- greetings of faiths and cultures ---------------------------------------------------------------------------------
  { name: '"Assalamu alaikum, this is Amina at AskUsNow!" : greeting passes', lines: opening('Assalamu alaikum, this is Amina at AskUsNow! Which branch do you mean?'), exp: some({ greeting: 'pass' }) },
  { name: '"Namaste! Priya here, Ask a Librarian." : greeting passes', lines: opening('Namaste! Priya here, Ask a Librarian. Which branch do you mean?'), exp: some({ greeting: 'pass' }) },
  { name: '"Shalom, I\'m Dov, a librarian at …" : greeting passes', lines: opening("Shalom, I'm Dov, a librarian at Sample County Library. Which branch do you mean?"), exp: some({ greeting: 'pass' }) },
  { name: '"¡Hola! Soy Lupe, de la biblioteca." : greeting passes', lines: opening('¡Hola! Soy Lupe, de la biblioteca. ¿Qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"Amina here. Which branch?" (a name, no greeting): greeting fails', lines: opening('Amina here. Which branch do you mean?'), exp: some({ greeting: 'fail' }) },
  { name: '"Happy holidays! Which branch?" (a greeting, nobody named): greeting fails', lines: opening('Happy holidays! Which branch do you mean?'), exp: some({ greeting: 'fail' }) },
  // ---- referrals: a congregation, a diocese, a clergyman, with or without a way to reach them -------------------------
  { name: '"ask your rabbi" : referral fails', lines: then(EASTER, 'Easter 2027 is March 28 (timeanddate.com/holidays). For the Passover seder that week, ask your rabbi. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"check with your parish priest" : referral fails', lines: then(PARISH, 'Baptisms from the 1890s are usually still in the parish book, so check with your parish priest first. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the parish office at 410-555-0122" : referral passes', lines: then(PARISH, 'St. Stanislaus records went to Holy Rosary; call the Holy Rosary parish office at 410-555-0122. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"write to the Archdiocese\'s archives" (no contact): referral fails', lines: then(PARISH, 'Write to the Archdiocese of Baltimore archives with the name and year. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'the Archdiocese\'s archives with e-mail: referral passes', lines: then(PARISH, 'Write to the Archdiocese of Baltimore archives at archives@example-archbalt.org with the name and year. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"check with your local mosque" : referral fails', lines: then(EID, 'It is expected around March 10, 2027 (islamicfinder.org/islamic-calendar), but check with your local mosque for the final date. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"your local mosque will announce it" : no referral', lines: then(EID, 'It is expected around March 10, 2027 (islamicfinder.org/islamic-calendar); your local mosque will announce it after the moon sighting. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"the Islamic Society of Baltimore, 410-555-0175" : referral passes', lines: then(EID, 'It is expected around March 10, 2027. For the prayer time, call the Islamic Society of Baltimore at 410-555-0175. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"speak to the imam at your masjid" : referral fails', lines: then(EID, 'It is expected around March 10, 2027 (islamicfinder.org). If you need a letter for your employer, speak to the imam at your masjid. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "hable con su parroquia" : referral fails', lines: then(PARISH, 'Los registros de bautismo están en la parroquia; hable con su parroquia para pedir una copia. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"ask at the halal butcher on Route 40" (no URL in the message): referral fails', lines: then(EID, 'For the Eid meat, ask at the halal butcher on Route 40, they take orders. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"just go to the temple on Sunday" : referral fails', lines: then(EID, 'For Tamil classes, just go to the temple on Sunday morning and ask at the front. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- the diocese, the Spanish parish -----------------------------------------------------------------------------------
  { name: '"Call the diocese." : referral fails', lines: then(PARISH, 'The registers may have gone to the diocese when the parish closed. Call the diocese. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Write to the Catholic Diocese of Arlington, 200 N. Glebe Rd., …" : referral passes, no source (an address is not one)', lines: then(PARISH, 'Write to the Catholic Diocese of Arlington, 200 N. Glebe Rd., Arlington, VA 22203. Does that help?'), exp: some({ referral: 'pass', source: 'fail' }) },
  { name: '"Pregunte en la parroquia de San Miguel." : referral fails', lines: then(PARISH, 'Los registros de 1890 suelen estar en la parroquia. Pregunte en la parroquia de San Miguel. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"Visite la mezquita el viernes" : referral fails', lines: then(EID, 'Se espera el 10 de marzo de 2027 (islamicfinder.org). Visite la mezquita el viernes para la fecha exacta. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  // ---- sources -----------------------------------------------------------------------------------------------------------
  { name: '"hebcal.com lists every holiday" : a source, no referral', lines: then(EASTER, 'Hebcal.com lists Passover and every Jewish holiday by year. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'a book by title and author, no URL: a source', lines: then(EASTER, 'Easter 2027 is March 28; the book Dating the Passion by C. P. E. Nothaft explains how it is computed. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'a mosque named without a way to reach it: no source', lines: then(EID, 'The Islamic Society of Baltimore usually posts it. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'the ELCA congregation finder at elca.org: a source, no referral', lines: then(PARISH, 'For Lutheran congregations, use the congregation finder at elca.org/tools/find-a-congregation. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- clarifying --------------------------------------------------------------------------------------------------------
  { name: '"Western or Orthodox?" before the date: clarify passes', lines: then(EASTER, 'Easter 2027 is March 28 (timeanddate.com). Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'the date and source in the first reply: clarify fails', lines: [[0, 'p', 'when is diwali 2026'], [15, 'l', "Hi, I'm Jo at Ask Us. Diwali 2026 is on November 8 (timeanddate.com/holidays/india/diwali). Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- closing -----------------------------------------------------------------------------------------------------------
  { name: '"no more questions, Eid Mubarak!" : anything_else passes', lines: [...EID, [70, 'l', 'It is expected around March 10, 2027 (islamicfinder.org/islamic-calendar). Does that help?'], [100, 'p', 'yes, no more questions, Eid Mubarak!'], [106, 'l', 'Eid Mubarak, bye!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"Happy Easter!" as the last message: courteous passes', lines: [...EASTER, [70, 'l', 'Easter 2027 is March 28 (timeanddate.com). Does that help?'], [100, 'p', 'yes thats all'], [106, 'l', 'Happy Easter!']], exp: some({ courteous: 'pass', anything: 'pass' }) },
  { name: '"Happy Diwali!" as the last message: courteous passes', lines: [[0, 'p', 'when is diwali 2026'], [15, 'l', "Hi, I'm Jo at Ask Us. Which country's date, India's?"], [40, 'p', 'yes'], [50, 'l', 'Diwali 2026 is on November 8 (timeanddate.com/holidays/india/diwali). Does that help?'], [80, 'p', 'yes thats all'], [86, 'l', 'Happy Diwali!']], exp: some({ courteous: 'pass' }) },
];

/** Near misses: the same words for something else (labelled before running). */
export const guards: SessionCase[] = [
  // near misses of the houses of worship (U2's referralParty): their pages and things, the word as a modifier, a place, a book
  { name: 'near miss: "The gurdwara\'s website, sikhgurdwara.example.org, lists the Punjabi classes." : a source, no referral', lines: then(EID, "The gurdwara's website, sikhgurdwara.example.org, lists the Punjabi classes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Go to the mandir\'s calendar at example-mandir.org/calendar" : a source, no referral', lines: then(EID, "Go to the mandir's calendar at example-mandir.org/calendar for the puja times. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Stop by the temple exhibit on our second floor" : no referral', lines: then(EASTER, 'Easter 2027 is March 28 (timeanddate.com). While you are here, stop by the temple exhibit on our second floor. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The Temple Mount is described in Britannica" : no referral', lines: then(EASTER, 'The Temple Mount is described in Britannica at britannica.com/place/Temple-Mount. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: a book "Sikh Gurdwaras in America" : a source, no referral', lines: then(EID, 'Sikh Gurdwaras in America by Jane Doe is in our catalogue. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the Golden Temple page on Britannica" : a source, no referral', lines: then(EID, 'Visit the Golden Temple page on Britannica, britannica.com/topic/Golden-Temple. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Take the bus to Temple Station" : no referral', lines: then(EASTER, 'Take the bus to Temple Station and walk two blocks to the branch; the times are at septa.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the masjid\'s live stream on YouTube" : no referral', lines: then(EID, "Watch the masjid's live stream of the Eid prayer at youtube.com/@example-masjid. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses of the diocese (U2's referralParty): its pages, a call number, no verb of referring
  { name: 'near miss: "The diocese\'s website lists closed parishes at example-diocese.org" : a source, no referral', lines: then(PARISH, "The diocese's website lists closed parishes and where their books went, at example-diocese.org/closed. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Call numbers for diocese histories start at 282.752" : no referral', lines: then(PARISH, 'Call numbers for diocese histories start at 282.752; ours are in the catalogue at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The diocese closed the parish in 1962" : no referral', lines: then(PARISH, 'The diocese closed the parish in 1962; its history is in the book Catholic Baltimore by Thomas Spalding. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the diocese\'s digital collections at archives.example-diocese.org" : a source', lines: then(PARISH, "Visit the diocese's digital collections at archives.example-diocese.org for the scanned registers. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the Diocese of Arlington page on FamilySearch Wiki" : a source', lines: then(PARISH, 'Visit the Diocese of Arlington page on FamilySearch Wiki (familysearch.org/en/wiki). Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses of the Spanish houses of worship: their pages, no verb of referring, a catalogue search
  { name: 'near miss: "Vea el sitio web de la parroquia, sanmiguel.example.org" : a source, no referral', lines: then(PARISH, 'Vea el sitio web de la parroquia, sanmiguel.example.org, para los horarios. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visite la página de la iglesia en sanmiguel.example.org" : a source, no referral', lines: then(PARISH, 'Visite la página de la iglesia en sanmiguel.example.org. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "La parroquia cerró en 1960" : no referral', lines: then(PARISH, 'La parroquia cerró en 1960; sus libros están microfilmados en familysearch.org. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Busque iglesia en el catálogo" : no referral', lines: then(PARISH, 'Busque iglesia y Baltimore en el catálogo, samplelibrary.org/catalog. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // (read since v34 Z4 `sourceSubjectZ4`: the zabihah.com directory's URL is no longer lent to the butcher; the session is in
  // thirty-third-round-lent-urls.test.ts)
];

describe('thirty-second round (U2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (U2): faiths and holidays, every check', whole);
describeSessions('thirty-second round (U2): faiths and holidays, short cases', short);
describeSessions('thirty-second round (U2): faiths and holidays, near misses of the changes', guards);

describeLeft('thirty-second-round-faiths', LEFT);
