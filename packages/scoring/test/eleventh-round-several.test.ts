/**
 * Eleventh round, area (K4): SESSIONS OF SEVERAL QUESTIONS AND ANSWERS IN STAGES. Patrons who ask two, three or more
 * questions in one chat (in one message, in a row of messages, or one after another as the chat goes on); providers who
 * answer in stages (a partial answer, then a source, then a better source), send sources over several messages or in a
 * numbered list, ask a clarifying question only after the first source or only about the second question, ask "did that
 * help?" only after the second answer or before anything was given, restate the questions in many forms ("so you need",
 * "just so I'm clear", "if I understand right", "to sum up", "two things then:"), ask "anything else?" mid-chat and the
 * patron comes back with another question, say goodbye and then answer one more thing. What matters is the ORDER:
 * `inquiry.clarify` (before the first message that gives a source), `followup.completeness` (in or after the first
 * message that gives a source or answer; not about something not yet given), `closing.anything_else` (before the end),
 * `closing.courteous` (one of the provider's last two visible messages), and `info.source`'s kinds (a URL or domain, a
 * contact for a referral, a named resource, a web page with the steps to reach it; an organisation or app named without
 * a way to reach it is not one).
 * Voices: public libraries across the US and Canada, academic and school libraries, the statewide cooperative, SMS,
 * chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (also at the cases):
 * - a clarifying question in the SAME message as the first source is not "before" it: clarify fails when it is the only one;
 * - a clarifying question about the second question, asked before any source, counts; one asked after the first source
 *   does not, however new the question it is about;
 * - "anything else?" asked mid-chat counts even when the patron then asks more ("before the end" is any time before it);
 * - a completeness question counts when it comes after the first answer even if that answer had no source (the rule says
 *   "source or answer"), and one asked about a plan or an offer ("Would a list help?", "Want me to look up the second
 *   one?") is about something not yet given and does not;
 * - a message giving a partial result with a URL and saying the search goes on is both a hold and the first source;
 * - "Thanks for your patience" thanks the patron (courteous); "thanks to a grant…" thanks nobody;
 * - "the library's website" with neither a URL nor the steps to reach the page is not a source; "the Libby app" named
 *   without a way to reach it is not one either (RUBRIC: "an organisation or app named without a way to reach it");
 * - the patron's own URL confirmed by the provider ("yes, that's the right place") is no source given by the provider.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- two or three questions at once, answered one after another -----------------------------------------------------
  {
    name: 'public: hours on Sunday and online renewal in one message; "Which branch do you usually go to?" first, the two answers in two messages, "Did that answer both?" after the second',
    lines: [
      [0, 'p', 'hi 2 questions. is the library open sunday and can i renew my books online'],
      [22, 'l', "Hi there, you've reached Ask Us at Pikes Peak Library District, this is Marisol. Which branch do you usually go to?"],
      [50, 'p', 'east library'],
      [58, 'l', 'East Library is open Sundays 12-5. All hours are at ppld.org/hours.'],
      [70, 'l', 'And yes, you can renew online: log in at catalog.ppld.org, go to My Account > Checked Out, tick the books and click Renew. Did that answer both?'],
      [110, 'p', 'yep thats all i needed thank u'],
      [116, 'l', "You're welcome, Marisol signing off. Have a great weekend!"],
    ],
    exp: usual(),
  },
  {
    // reading: the question is about the second need, but it comes after the first source, so it is not "before" it
    name: 'clarifying question only after the first source: passport appointment answered with a URL at once, then "For the notary, what kind of document is it?": clarify fails',
    lines: [
      [0, 'p', 'Hello, how do I make a passport appointment and do you have a notary?'],
      [30, 'l', 'Good afternoon, this is Gerald with Sacramento Public Library. Passport appointments at the Central Library are booked online at saclibrary.org/passports.'],
      [44, 'l', 'For the notary, what kind of document is it?'],
      [80, 'p', 'a power of attorney for my mom'],
      [92, 'l', 'Our notary service is free by appointment at Central on Tuesdays; sign up at saclibrary.org/notary and bring a photo ID for you and your mom. Does that help?'],
      [130, 'p', 'yes thank you so much'],
      [136, 'l', 'Anything else I can help with today?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: a question in the same message as the first source is not before it
    name: 'clarifying question in the same message as the first source ("Federal forms are at irs.gov/forms. Which state are you filing in?"): clarify fails',
    lines: [
      [0, 'p', 'where can i get tax forms, federal and state'],
      [18, 'l', 'Hi! Tom at Evanston Public Library here. Federal forms are at irs.gov/forms-instructions. Which state are you filing in?'],
      [50, 'p', 'illinois'],
      [57, 'l', 'Illinois forms (IL-1040 and schedules) are at tax.illinois.gov/forms; we also have printed IL-1040s at the 2nd floor desk. Is that what you were looking for?'],
      [90, 'p', "perfect that's everything"],
      [95, 'l', 'Great, thanks for using chat with EPL!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'restatement before any source ("So you need two things: a beginner book on raised beds and the date of the next seed swap, right?"); completeness asked only after the second answer',
    lines: [
      [0, 'p', 'Hi! looking for a good beginner book about raised bed gardening'],
      [6, 'p', 'oh and when is the next seed swap'],
      [35, 'l', 'Hello, welcome to Ask a Librarian at Ann Arbor District Library! My name is Priyanka. So you need two things: a beginner book on raised beds and the date of the next seed swap, right?'],
      [60, 'p', 'yes!'],
      [70, 'l', '"The Vegetable Gardener\'s Guide to Permaculture" is more advanced, so I\'d start with "Raised-Bed Gardening for Beginners" by Tammy Wylie, call number 635 WY at the Downtown library.'],
      [95, 'l', 'The next seed swap is Saturday, March 14, 1-3 pm at the Westgate branch: aadl.org/events/seedswap.'],
      [102, 'l', 'Did those help?'],
      [130, 'p', 'yes thank you'],
      [136, 'l', 'Is there anything else I can help you find?'],
      [160, 'p', 'nope'],
      [164, 'l', 'Happy gardening, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'completeness asked only before anything was given ("Would a list of databases help?"), never after the sources; the patron ends with "that\'s all"',
    lines: [
      [0, 'p', 'I need articles about school uniforms and also how to cite a website in APA'],
      [25, 'l', "Hi, I'm Mr. Okafor, the librarian at Lincoln High School. Is this for the persuasive essay in English 10?"],
      [55, 'p', 'yes due friday'],
      [60, 'l', 'Would a list of databases help?'],
      [75, 'p', 'sure'],
      [85, 'l', 'Try Opposing Viewpoints in Context (from the library page: Research > Databases > Opposing Viewpoints, password is on the Canvas page). Search "school uniforms".'],
      [100, 'l', 'For APA, Purdue OWL has a website example: owl.purdue.edu/owl/research_and_citation/apa_style.'],
      [140, 'p', "ok thanks that's all"],
      [146, 'l', 'Good luck with the essay, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "anything else?" asked mid-chat is asked "before the end"
    name: '"Anything else?" asked mid-chat, the patron comes back with another question, the provider answers it and says goodbye without asking again: anything else passes',
    lines: [
      [0, 'p', 'do you have the new Kristin Hannah book'],
      [20, 'l', 'Hi, this is Beth at Johnson County Library. The Women by Kristin Hannah: we have 42 copies, 31 holds. You can place a hold at jocolibrary.bibliocommons.com. Do you want the print, e-book or audiobook?'],
      [60, 'p', 'print is fine, thanks'],
      [66, 'l', 'Great. Does that answer it? Anything else I can help you with?'],
      [95, 'p', 'actually yes. how do I get a card for my son, he is 9'],
      [105, 'l', 'Kids can get a card at any branch with a parent present and your ID; there is no online sign-up for under-13s. The details are at jocolibrary.org/get-a-card.'],
      [140, 'p', 'ok'],
      [146, 'l', 'Thanks for chatting with JCL, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'goodbye, then "wait one more thing": the provider answers in two messages and never says goodbye again; the patron ends with "ok": courteous fails',
    lines: [
      [0, 'p', 'Hi can I print from my phone at the library?'],
      [25, 'l', 'Hello! This is Aaron, a librarian at Madison Public Library. Android or iPhone?'],
      [45, 'p', 'iphone'],
      [52, 'l', 'Use the Mobile Print page at madisonpubliclibrary.org/print: upload the file, enter your email, and release it at any branch printer. Did that help?'],
      [80, 'p', 'yes'],
      [86, 'l', 'Great! Anything else? If not, thanks for chatting and have a good day.'],
      [100, 'p', 'wait one more thing, how much is it'],
      [108, 'l', 'Black and white is 10 cents a page,'],
      [115, 'l', 'and color is 50 cents.'],
      [140, 'p', 'ok'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'genealogy: three sources in three messages after "What county did they live in?"; "Is this what you were looking for?" after the third',
    lines: [
      [0, 'p', 'Hi, I am researching my great-grandparents who came from Poland around 1905, settled in Pennsylvania'],
      [28, 'l', "Hello, welcome to Ask Here PA! I'm Rebecca, a librarian at Carnegie Library of Pittsburgh. What county did they live in, and do you know their names?"],
      [80, 'p', 'Allegheny. Jan and Zofia Kowalczyk'],
      [88, 'l', 'Thanks, give me a moment to look.'],
      [150, 'l', '1. Ancestry Library Edition, free inside any Carnegie Library location, has the 1910 census and naturalization indexes.'],
      [160, 'l', '2. FamilySearch has Allegheny County naturalization records free online: familysearch.org (free account).'],
      [170, 'l', '3. The Pittsburgh Catholic Diocese archives, if they were Catholic: diopitt.org/archives. Is this what you were looking for?'],
      [210, 'p', 'yes this is great!! thats all'],
      [216, 'l', 'Good luck with the search, and thanks for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: 'an organisation only ("You could ask the county historical society") with a factual answer: no source; the referral has no contact; "Does that help?" after the answer passes',
    lines: [
      [0, 'p', 'When did the woolen mill in our town close? And where can I see pictures of it'],
      [25, 'l', "Hi, you've reached the Ask a Librarian service of Vermont Libraries, I'm Colleen. Which town is this?"],
      [55, 'p', 'Winooski'],
      [65, 'l', 'The American Woolen Company mill in Winooski closed in 1954. For pictures, you could ask the Winooski Historical Society. Does that help?'],
      [95, 'p', 'ok thanks thats all'],
      [100, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'web page with the steps to reach it ("from our home page click Services, then Notary & Passports"), a second answer by phone referral with the number',
    lines: [
      [0, 'p', 'do u do notary? and who do i call about a parking ticket from the city'],
      [20, 'l', 'Hi! Sam from Tulsa City-County Library here. For the notary, which branch is closest to you?'],
      [50, 'p', 'hardesty'],
      [58, 'l', 'Hardesty has a notary on weekdays: from our home page click Services, then Notary & Passports, to see the hours.'],
      [66, 'l', 'For the parking ticket, call the City of Tulsa Municipal Court at 918-596-7717. Does that cover both?'],
      [100, 'p', 'yes ty'],
      [104, 'l', 'Anything else for today?'],
      [120, 'p', 'no thats it'],
      [124, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the library's website" without a URL or the steps to reach the page is not a source
    name: 'near miss: "It\'s on the library\'s website" with neither URL nor steps, and the other answer a fact only: source fails',
    lines: [
      [0, 'p', 'are there any story times for toddlers? and is the parking free'],
      [20, 'l', 'Hello, this is Kendra at Lexington Public Library. How old is your little one?'],
      [40, 'p', '2'],
      [48, 'l', 'Toddler Time is on Wednesdays at 10:30. The full schedule is on the library\'s website. Parking at the Central garage is free for the first hour.'],
      [54, 'l', 'Did that answer your questions?'],
      [90, 'p', 'yes thank u'],
      [95, 'l', 'Anything else I can help with?'],
      [110, 'p', 'no'],
      [114, 'l', 'See you at story time, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'partial answer first (no source), then a clarifying question, then the source: clarify passes (it is before the first source)',
    lines: [
      [0, 'p', 'does the library have a seed library? where'],
      [20, 'l', 'Hi, Jamal from Richland Library here. Yes, we do have a seed library!'],
      [28, 'l', 'Would you like one close to downtown, or somewhere else?'],
      [60, 'p', 'northeast if possible'],
      [66, 'l', 'The Sandhills branch has one, at the info desk. The list of seed libraries is at richlandlibrary.com/seeds. Does that help?'],
      [100, 'p', 'yes thanks, that is everything'],
      [106, 'l', 'Wonderful, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: a partial result with a URL that says the search goes on is a hold and also the first source
    name: 'answers in stages: "found the 2023 report, still looking for 2024" with a URL and "Does that help so far?", then the 2024 source with no new question',
    lines: [
      [0, 'p', 'hello, I need the annual water quality reports for Austin for 2023 and 2024'],
      [30, 'l', 'Hello, this is Ines, a librarian at Austin Public Library. Do you need the full reports or just the lead and copper results?'],
      [65, 'p', 'full reports'],
      [70, 'l', 'I found the 2023 one: austintexas.gov/water/quality-report-2023. Still looking for 2024, one moment. Does that help so far?'],
      [140, 'l', 'Here is 2024: austintexas.gov/water/quality-report-2024.'],
      [170, 'p', "great, that's all I needed"],
      [175, 'l', 'Thanks for using Ask APL!'],
    ],
    exp: usual(),
  },
  {
    name: 'a clarifying question only about the second question, before any source ("And for the second one, is it the 1990 or the 2020 census?"): clarify passes',
    lines: [
      [0, 'p', 'Hi, what is the population of Ogden and how many people lived there in the census'],
      [22, 'l', "Hi, you're chatting with Bryce at Weber County Library. And for the second one, is it the 1990 or the 2020 census you need?"],
      [55, 'p', '2020'],
      [64, 'l', 'The 2020 census count for Ogden was 87,321 and the 2023 estimate is 87,773, both on data.census.gov (search "Ogden city, Utah"). Is that what you needed?'],
      [100, 'p', 'yes thank you'],
      [106, 'l', 'Anything else I can look up?'],
      [125, 'p', 'nope'],
      [128, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: "Would you like me to find the 2019 edition too?" after the first source asks about something not yet given: completeness fails',
    lines: [
      [0, 'p', 'do you have the DSM 5 TR? and the older DSM IV'],
      [30, 'l', 'Hi, welcome to Ask a Librarian at Temple University Libraries. My name is Karen. Do you need the print book or is online access OK?'],
      [60, 'p', 'online'],
      [68, 'l', 'DSM-5-TR is online through PsychiatryOnline: library.temple.edu/databases > P > PsychiatryOnline, log in with your AccessNet ID.'],
      [76, 'l', 'Would you like me to find the DSM-IV-TR too?'],
      [90, 'p', 'yes'],
      [110, 'l', 'DSM-IV-TR is in print only, Charles Library 3rd floor, call number RC455.2.C4 D54 2000.'],
      [140, 'p', 'ok thanks, that is all'],
      [146, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Does that make sense?" about the provider\'s plan, before anything is given; the sources come later with no completeness question',
    lines: [
      [0, 'p', 'hi im writing about the history of the interstate highway system and also need a map of the original routes'],
      [25, 'l', 'Hello! Paul here, a reference librarian at Iowa State University Library. Is this for a class paper, and how long does it need to be?'],
      [60, 'p', 'class paper, 8 pages, HIST 280'],
      [66, 'l', "I'll start with the book catalogue and then look at maps. Does that make sense?"],
      [80, 'p', 'yes'],
      [120, 'l', '"The Big Roads" by Earl Swift is in the library catalogue, call number HE355 .S94 2011.'],
      [130, 'l', 'The 1955 "Yellow Book" map of the planned routes is at fhwa.dot.gov/interstate/yellowbook.'],
      [160, 'p', 'thanks that is everything'],
      [165, 'l', 'Happy writing, and thanks for asking ISU Library!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'SMS: three questions in three texts; "which branch is home for u?" then short answers with URLs; "did that help?" and "anything else?" in one text; thanks at the end',
    lines: [
      [0, 'p', 'hey is the pool pass thing still going'],
      [4, 'p', 'and r u open labor day'],
      [8, 'p', 'and can i return dvds at any branch'],
      [35, 'l', 'Hi! Text a Librarian at Hamilton Public Library, this is Deb. which branch is home for u?'],
      [70, 'p', 'turner park'],
      [80, 'l', 'Pool passes: yes til Aug 31, borrow at Turner Park desk. Hours: closed Labor Day, see hpl.ca/hours. DVDs go back to any branch.'],
      [88, 'l', 'did that help? anything else?'],
      [120, 'p', 'no all good thx'],
      [126, 'l', 'thx for texting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: two questions; "¿Para qué grado es su hijo?" first; "¿Le sirvió la información?" after the second answer; "¿Algo más en que le pueda ayudar?"; goodbye',
    lines: [
      [0, 'p', 'Buenas tardes, necesito ayuda con las tareas de mi hijo y saber si hay computadoras gratis'],
      [28, 'l', 'Buenas tardes, le habla Lucía, bibliotecaria de la Biblioteca Pública de Dallas. ¿Para qué grado es su hijo?'],
      [60, 'p', 'cuarto grado'],
      [70, 'l', 'Para las tareas, tenemos ayuda gratis en línea con tutores en español: dallaslibrary.org/tareas, con el número de su tarjeta.'],
      [80, 'l', 'Y sí, todas las sucursales tienen computadoras gratis por 2 horas al día con su tarjeta. ¿Le sirvió la información?'],
      [120, 'p', 'si muchas gracias'],
      [126, 'l', '¿Algo más en que le pueda ayudar?'],
      [150, 'p', 'no gracias'],
      [154, 'l', '¡Gracias por comunicarse con la biblioteca, que tenga buena tarde!'],
    ],
    exp: usual(),
  },
  {
    name: 'academic: "To sum up, you need (1) ... (2) ... (3) ..." before the sources; sources in a list; "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'Hi, I need to cite a dataset in APA, find the ICPSR data on adolescent health, and get a book from another library'],
      [30, 'l', "Hello, you've reached Ask a Librarian at the University of Michigan Library, I'm Dana. To sum up, you need (1) an APA citation for a dataset, (2) the Add Health data from ICPSR and (3) an interlibrary loan. Is that right?"],
      [70, 'p', 'yes exactly'],
      [78, 'l', 'Sure, one moment.'],
      [150, 'l', '1) APA dataset examples: apastyle.apa.org/style-grammar-guidelines/references/examples/data-set-references\n2) Add Health at ICPSR: icpsr.umich.edu, search "Add Health", log in with your UM account\n3) Interlibrary loan: lib.umich.edu/ill, sign in and fill in the request form'],
      [158, 'l', 'Does this completely answer your question?'],
      [200, 'p', 'yes, thank you!'],
      [206, 'l', 'Is there anything else I can help you with?'],
      [230, 'p', "no that's all"],
      [234, 'l', 'Thanks for chatting with us, good luck!'],
    ],
    exp: usual(),
  },
  {
    name: 'statewide cooperative: the provider is from another library, "Just so I\'m clear, you\'re looking for both the renewal and the fine amount?"; the patron\'s library\'s phone as a referral',
    lines: [
      [0, 'p', 'how do I renew my ebooks and how much do I owe'],
      [40, 'l', "Hi, this is Monica, a librarian with the Ohio Ask a Librarian cooperative. I'm not at your library but I can help. Just so I'm clear, you're looking for both the e-book renewal and the amount of your fines?"],
      [70, 'p', 'yes, Worthington library'],
      [80, 'l', "E-books can be renewed in Libby 3 days before they're due if nobody's waiting: open Shelf > Loans > Manage Loan > Renew. The Libby help page is help.libbyapp.com."],
      [90, 'l', "For your fines I can't see accounts, so please call Worthington Libraries at 614-807-2626 or check My Account at worthingtonlibraries.org. Does that help with both?"],
      [130, 'p', 'yes thx'],
      [134, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'Thanks for using Ask a Librarian!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'goodbye second to last: "Thanks for chatting, goodbye!" then "Here is that link again: ..." as the last provider message: courteous passes',
    lines: [
      [0, 'p', 'Where can I find the meeting room booking and the rules?'],
      [25, 'l', 'Hello, this is Victor at Calgary Public Library. Is the meeting for a non-profit group or a business?'],
      [55, 'p', 'non profit'],
      [62, 'l', 'Non-profits can book rooms for free at calgarylibrary.ca/rooms; the booking rules are on the same page under "Policy". Did that help?'],
      [90, 'p', "yes, that's all"],
      [95, 'l', 'Thanks for chatting, goodbye!'],
      [99, 'l', 'Here is that link again: calgarylibrary.ca/rooms'],
    ],
    exp: usual(),
  },
  {
    // reading: "Thanks for your patience" thanks the patron
    name: '"Thanks for your patience!" opens the last provider message with the second answer: courteous passes although no goodbye follows',
    lines: [
      [0, 'p', 'do you have any books on learning ASL? and are there any classes'],
      [25, 'l', 'Hi! Jenna here from Spokane Public Library. For yourself or for a child?'],
      [50, 'p', 'me, adult beginner'],
      [58, 'l', 'Let me check both, one moment.'],
      [120, 'l', '"Signing Naturally Units 1-6" is in our catalog (spokanelibrary.org/catalog, search "Signing Naturally"); 3 copies on the shelf at Central. Does that help?'],
      [150, 'p', 'yes and classes?'],
      [160, 'l', 'Thanks for your patience! Free beginner ASL classes run Monday evenings at the Hillyard branch, sign up at spokanelibrary.org/events.'],
      [200, 'p', 'great that is all i needed'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron ends with "ok thx" only and nobody asked whether anything else was needed: anything else fails',
    lines: [
      [0, 'p', 'hi what time does the used book sale start saturday? and do they take cards'],
      [30, 'l', 'Hello! Friends of the Library book sale info, this is Harold at Boise Public Library. Is this the sale at the Main Library?'],
      [55, 'p', 'yes'],
      [62, 'l', 'It starts at 9 am Saturday in the auditorium, and they take cash and cards. Details: boisepubliclibrary.org/booksale. Does that answer it?'],
      [90, 'p', 'ok thx'],
      [95, 'l', 'You are welcome, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Is there anything else you need besides the census records?" asks whether the patron needs anything else,
    // and it is before the end
    name: '"Is there anything else you need besides the census records?" asked early, before the answer: anything else passes (before the end); a separate question about the county clarifies',
    lines: [
      [0, 'p', 'I need census records for my grandfather from 1940'],
      [30, 'l', "Hi, I'm Keisha, a librarian at the State Library of North Carolina. Is there anything else you need besides the census records?"],
      [60, 'p', 'maybe his draft card too'],
      [66, 'l', 'Which county did he live in in 1940?'],
      [90, 'p', 'Wake'],
      [100, 'l', 'The 1940 census and WWII draft cards are both on FamilySearch for free: familysearch.org/search, choose "1940 United States Census" or "WWII Draft Registration Cards". Did that help?'],
      [140, 'p', 'yes thank you'],
      [145, 'l', 'Thank you for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: 'transfer for the second question: the first provider answers the tax question, tells the patron and the law librarian why, the law librarian answers the lease question',
    lines: [
      [0, 'p', 'Hi I need the 1040 instructions and I also have a question about breaking my lease'],
      [20, 'l', "Hello, I'm Kayla with Ask a Librarian at Multnomah County Library. Which tax year is it for?"],
      [45, 'p', '2025'],
      [52, 'l', 'The 2025 Form 1040 instructions are at irs.gov/instructions/i1040gi. For the lease question, I\'m going to transfer you to a law librarian who can help better. One moment.'],
      [56, 'i', 'Ruth, patron has a landlord/tenant question about breaking a lease in Oregon; law is your area.', { to: 'radler' }],
      [58, 's', 'Chat transferred to Ruth Adler', sys('transfer', 'radler')],
      [80, 'l', 'Hi, this is Ruth, a law librarian. Is the lease in Oregon, and is it month-to-month or a fixed term?', who('Ruth Adler', 'radler')],
      [110, 'p', 'oregon, 12 months'],
      [120, 'l', 'Oregon tenants can end a fixed-term lease early in some cases (ORS 90.453 for domestic violence, military service); the Oregon State Bar has a guide at osbar.org/public/legalinfo/1247_RenterRights.htm. Does that answer your question?', who('Ruth Adler', 'radler')],
      [160, 'p', "yes that's all thanks"],
      [165, 'l', 'Thank you for contacting us, good luck!', who('Ruth Adler', 'radler')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'follow-up for the second question: the first answered with a URL, the second promised by e-mail "by Friday" to the e-mail the patron typed; code Follow-up by me, not yet recorded',
    lines: [
      [0, 'p', 'Hi, I am looking for the city council minutes from 1978 and the 1978 phone directory'],
      [25, 'l', 'Hi, this is Omar at Fort Collins Public Library. Are you looking for a particular meeting or topic in the minutes?'],
      [60, 'p', 'the one about the Old Town plan, sometime in spring'],
      [70, 'l', 'The council minutes from 1978 are digitised at fcgov.com/cityclerk/minutes, search by date. Is that what you needed for the first one?'],
      [100, 'p', 'yes thanks. what about the directory'],
      [108, 'l', "The 1978 directory is in our local history archive and I'll need to check it in person. What e-mail should I send the pages to? I'll send them by Friday."],
      [140, 'p', 'lee.w@example.com'],
      [146, 'l', 'Got it, lee.w@example.com. Anything else?'],
      [160, 'p', 'no'],
      [164, 'l', 'Thanks, you will hear from me by Friday!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: only "How can I help you today?" and "Anything else?" as questions before the source; no restatement: clarify fails',
    lines: [
      [0, 'p', 'hi'],
      [18, 'l', 'Hi, welcome to Ask a Librarian at Nashville Public Library! This is Carl. How can I help you today?'],
      [40, 'p', 'i need the bus schedule for route 52 and the library hours at bellevue'],
      [55, 'l', 'Route 52 schedules are at wegotransit.com/routes/52. Bellevue branch is open 9-8 weekdays, library.nashville.gov/locations/bellevue. Did that help?'],
      [90, 'p', 'yes'],
      [94, 'l', 'Anything else?'],
      [110, 'p', 'no thats all'],
      [115, 'l', 'Bye, thanks!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a question about the patron\'s deadline ("When is the project due?") before the first source clarifies',
    lines: [
      [0, 'p', 'I need books about Harriet Tubman and the Underground Railroad for a project'],
      [20, 'l', 'Hi! Ms. Rivera here, school librarian at Jefferson Middle School. When is the project due?'],
      [50, 'p', 'next tuesday'],
      [58, 'l', 'In our catalog (jefferson.follettdestiny.com) we have "Minty" by Alan Schroeder and "Harriet Tubman: Conductor on the Underground Railroad" by Ann Petry, both on the shelf at 973.7. Are those what you need?'],
      [90, 'p', 'yes thank you'],
      [94, 'l', 'Anything else?'],
      [105, 'p', 'no'],
      [110, 'l', 'Come by and grab them, see you!'],
    ],
    exp: usual(),
  },
  {
    // reading: "If no source is ever given, any such question counts": a question after the answer still clarifies
    name: 'no source ever given: facts only, and the clarifying question comes after the first answer: clarify passes, source fails',
    lines: [
      [0, 'p', 'how many books can i check out at once? and how long for DVDs'],
      [20, 'l', 'Hi there, this is Rob with Omaha Public Library. You can have up to 50 items checked out at a time.'],
      [28, 'l', 'For the DVDs, do you mean the new releases or regular ones?'],
      [60, 'p', 'regular'],
      [66, 'l', 'Regular DVDs go out for 3 weeks; new releases are 1 week. Did that answer it?'],
      [90, 'p', 'yes, that is all'],
      [95, 'l', 'Thank you, have a good night!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'completeness after the first answer, which had no source, before the source for the second question: passes ("in or after the first message that gives a source or answer")',
    lines: [
      [0, 'p', 'is the library open on presidents day, and where can i find free ged practice tests'],
      [20, 'l', 'Hello, this is Tanya with Louisville Free Public Library. Are you studying for the GED in English or Spanish?'],
      [50, 'p', 'english'],
      [55, 'l', "We're closed on Presidents' Day. Does that answer the first part?"],
      [70, 'p', 'yes'],
      [80, 'l', 'Free GED practice tests are in LearningExpress Library: lfpl.org/research, then "Test Prep", then LearningExpress.'],
      [110, 'p', "great that's everything"],
      [115, 'l', 'Good luck on the test, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak: the patron asks three things over the chat; "u mean the scanner or the copier?" before any source; answers with a domain; "lmk if that helped"; "anything else u need?"',
    lines: [
      [0, 'p', 'yo can i scan stuff at the library'],
      [25, 'l', 'hey! its Ty at Worcester Public Library. u mean the scanner or the copier?'],
      [45, 'p', 'scanner, and can i email it to myself'],
      [55, 'l', 'yep, free scanner on the 2nd floor, it emails to any address. guide is at mywpl.org/scan'],
      [62, 'l', 'lmk if that helped'],
      [80, 'p', 'it did. also do u have a stapler lol'],
      [86, 'l', 'lol yes at the desk. anything else u need?'],
      [100, 'p', 'nah'],
      [104, 'l', 'cool, thx for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's "thanks" is in the third-from-last provider message; the last two are an answer and a question
    name: 'goodbye third from last: "Thanks for your question!" then two more answers with no thanks; the patron says she is done: courteous fails',
    lines: [
      [0, 'p', 'Hi can I donate books? and do you take magazines?'],
      [25, 'l', 'Hello, this is Maria at Hartford Public Library. Do you have a lot of them, more than a few boxes?'],
      [50, 'p', 'about 3 boxes'],
      [57, 'l', 'Thanks for your question! Yes, we take book donations at the Downtown branch loading dock, Tuesdays 10-2; the guidelines are at hplct.org/donate.'],
      [64, 'l', 'Magazines we only take if they are less than a year old.'],
      [70, 'l', 'Does that help?'],
      [100, 'p', "yes that's all I needed"],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'the only "did that help?" comes after the last of three answers spread over the chat: completeness passes',
    lines: [
      [0, 'p', 'hello. 3 things: how do i get a card, can i get ebooks, and do you have a printer'],
      [30, 'l', "Hi, you've reached Ask a Librarian at Brampton Library; I'm Harpreet. Do you live in Brampton?"],
      [55, 'p', 'yes just moved here'],
      [62, 'l', 'Card: apply online at bramptonlibrary.ca/card and show ID at any branch.'],
      [95, 'l', 'E-books: yes, with the Libby app and your card number.'],
      [130, 'l', 'Printing: every branch has printers, 20 cents a page. Did that help?'],
      [160, 'p', 'yes thank you so much'],
      [165, 'l', 'Anything else?'],
      [180, 'p', 'nope'],
      [185, 'l', 'Welcome to Brampton! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'the Libby app named without a way to reach it is the only "source": source fails; the clarifying question and completeness still pass',
    lines: [
      [0, 'p', 'can i read magazines on my tablet? and do you have the new yorker'],
      [25, 'l', 'Hi, this is Dev with Mesa Public Library. Is your tablet an iPad or an Android?'],
      [50, 'p', 'ipad'],
      [58, 'l', 'Yes, you can read magazines on the Libby app with your library card, and The New Yorker is one of them. Did that answer both questions?'],
      [90, 'p', 'yes, thats all'],
      [94, 'l', 'Enjoy, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'the patron\'s own URL confirmed ("yes, that\'s the right place") and a fact: the provider gives no source',
    lines: [
      [0, 'p', 'I found the form on ssa.gov for replacing a social security card, is that the right one? and do I need to go in person'],
      [30, 'l', 'Hello, this is Jake at Pueblo City-County Library. Is this for an adult or a child?'],
      [55, 'p', 'adult, me'],
      [62, 'l', "Yes, that's the right place. For an adult replacement you can usually do it online without going in. Does that help?"],
      [90, 'p', 'yes thats all thanks'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'the provider asks "anything else?" and the patron answers with a new question three times; "That\'s it for now, thanks!" at the end',
    lines: [
      [0, 'p', 'Do you have a quiet study room?'],
      [20, 'l', 'Hi! Alicia at Halifax Public Libraries. For how many people?'],
      [40, 'p', 'just me'],
      [48, 'l', 'Yes, Central has single study pods you can book at halifaxpubliclibraries.ca/rooms. Does that help? Anything else?'],
      [70, 'p', 'yes, can i bring food?'],
      [78, 'l', 'Covered drinks yes, food only in the cafe. Anything else?'],
      [95, 'p', 'is there wifi'],
      [100, 'l', 'Yes, free wifi, network HPL-Public, no password. Anything else I can help with?'],
      [120, 'p', "That's it for now, thanks!"],
      [125, 'l', 'Enjoy your study session, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'the provider restates ("You want the schedule for both the citizenship class and the interview practice, correct?") and sends two URLs in two messages; the completeness question is about the first only but after it: passes',
    lines: [
      [0, 'p', 'When is the citizenship class and the interview practice'],
      [30, 'l', 'Hi, this is Mei at San José Public Library. You want the schedule for both the citizenship class and the interview practice, correct?'],
      [55, 'p', 'yes'],
      [62, 'l', 'The free citizenship class meets Saturdays 10-12 at King Library: sjpl.org/citizenship. Was that the one you meant?'],
      [90, 'p', 'yes'],
      [98, 'l', 'Interview practice is every other Thursday at 6 pm, same page under "Mock Interviews".'],
      [130, 'p', "thank you that's all"],
      [136, 'l', 'Good luck on your interview, and thanks for chatting!'],
    ],
    exp: usual(),
  },
];

const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hi, two things: do you have the new Louise Penny, and when is the next book club'],
  [20, 'l', 'Hello, Jo at Sherbrooke Library here. Do you want the English or the French edition?'],
  [45, 'p', 'english'],
];
const FIRST: [number, 'l', string] = [52, 'l', 'We have 6 copies of "The Black Wolf" in English; you can place a hold at catalogue.sherbrookelibrary.ca.'];
const SECOND: [number, 'l', string] = [70, 'l', 'The mystery book club meets the first Tuesday of the month at 7 pm in the community room.'];

export const short: SessionCase[] = [
  // ---- completeness in other words, and questions about what was not yet given ------------------------------------------
  {
    name: '"Did that one work for you?" after the second answer: completeness passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Did that one work for you?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Was that the kind of thing you had in mind?" after the first source: passes',
    lines: [...START, FIRST, [58, 'l', 'Was that the kind of thing you had in mind?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Does that cover both of your questions?" after the two answers: passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Does that cover both of your questions?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Did you get what you needed from those links?" passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Did you get what you needed from those links?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "enough to get you started" asks whether what was given meets the need (for now)
    name: '"Is that enough to get you started?" after the sources: passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Is that enough to get you started?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you want me to look up the book club too?" after the first source asks about what is not yet given: completeness fails',
    lines: [...START, FIRST, [58, 'l', 'Do you want me to look up the book club too?'], [80, 'p', 'yes'], [90, 'l', 'The mystery book club meets the first Tuesday of the month at 7 pm.'], [120, 'p', 'ok thats all'], [124, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Should I send you the link to the hold page?" asks about something not yet given: completeness fails',
    lines: [...START, SECOND, [78, 'l', 'Should I send you the link to the hold page?'], [100, 'p', 'no thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Would the large-print edition be what you need?" before any answer: completeness fails',
    lines: [...START.slice(0, 1), [20, 'l', 'Hello, Jo at Sherbrooke Library here. Would the large-print edition be what you need?'], [45, 'p', 'no regular'], FIRST, [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Did I answer everything you asked?" after the second answer: passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Did I answer everything you asked?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'Spanish: "¿Era eso lo que buscaba?" after the first source: passes',
    lines: [...START, FIRST, [58, 'l', '¿Era eso lo que buscaba?'], [90, 'p', 'si, es todo'], [94, 'l', '¡Adiós!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Does that make sense so far?" after only a hold ("I\'m checking both now"): completeness fails',
    lines: [...START, [48, 'l', "I'm checking both now. Does that make sense so far?"], [50, 'p', 'ok'], FIRST, SECOND, [100, 'p', 'thanks thats all'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },

  // ---- clarify: before the first source, in many forms; near misses ----------------------------------------------------
  {
    name: 'restatement "Sounds like you\'re after two things, a hold and the club dates." before the source: clarify passes',
    lines: [[0, 'p', 'hi, two things: do you have the new Louise Penny, and when is the next book club'], [20, 'l', "Hello, Jo at Sherbrooke Library here. Sounds like you're after two things, a hold and the club dates."], [40, 'p', 'yes'], FIRST, SECOND, [90, 'p', 'thanks thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'restatement "If I understand right, you want the newest Louise Penny and the book club date?" passes',
    lines: [[0, 'p', 'hi, two things: do you have the new Louise Penny, and when is the next book club'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. If I understand right, you want the newest Louise Penny and the book club date?'], [40, 'p', 'yes'], FIRST, SECOND, [90, 'p', 'thanks thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Are both of these for the same event?" before the source clarifies',
    lines: [[0, 'p', 'i need a projector and a meeting room for saturday'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Are both of these for the same event?'], [40, 'p', 'yes a club meeting'], [50, 'l', 'Rooms and projectors are booked together at sherbrookelibrary.ca/rooms. Did that help?'], [90, 'p', 'thanks thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: "Can you hold on a sec?" is no question about the need; the source follows: clarify fails',
    lines: [[0, 'p', 'i need a projector and a meeting room for saturday'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Can you hold on a sec?'], [40, 'p', 'sure'], [50, 'l', 'Rooms and projectors are booked together at sherbrookelibrary.ca/rooms. Did that help?'], [90, 'p', 'thanks thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "Are you still there?" before the source is an idle check-in: clarify fails',
    lines: [[0, 'p', 'i need a projector and a meeting room for saturday'], [20, 'l', 'Hello, Jo at Sherbrooke Library here.'], [100, 'l', 'Are you still there?'], [110, 'p', 'yes'], [118, 'l', 'Rooms and projectors are booked together at sherbrookelibrary.ca/rooms. Did that help?'], [150, 'p', 'thanks thats all'], [154, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'a clarifying question after the first source and before the second source: clarify fails',
    lines: [...START.slice(0, 1), [20, 'l', 'Hello, Jo at Sherbrooke Library here.'], FIRST, [60, 'l', 'For the book club, do you mean the mystery club or the one for teens?'], [80, 'p', 'mystery'], SECOND, [100, 'p', 'thanks thats all'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: the first source is a book named in the catalogue; the question comes after it
    name: 'the first source is a named book, the clarifying question follows it: clarify fails',
    lines: [[0, 'p', 'any good books about sourdough? and do you have baking classes'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. "Flour Water Salt Yeast" by Ken Forkish is on the shelf at Main.'], [30, 'l', 'For the classes, is this for an adult or a teen?'], [50, 'p', 'adult'], [60, 'l', 'No baking classes right now, sorry. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: '"Just to confirm, this is for your own card, not your child\'s?" before the source clarifies',
    lines: [[0, 'p', 'how do i reset my pin and check my fines'], [20, 'l', "Hello, Jo at Sherbrooke Library here. Just to confirm, this is for your own card, not your child's?"], [40, 'p', 'mine'], [50, 'l', 'Reset your PIN at sherbrookelibrary.ca/pin; fines show under My Account. Did that help?'], [90, 'p', 'thanks thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },

  // ---- anything else: in other words, mid-chat, and the patron done --------------------------------------------------------
  {
    name: '"What else can I look up for you?" asks whether anything else is needed',
    lines: [...START, FIRST, SECOND, [78, 'l', 'What else can I look up for you?'], [100, 'p', 'nothing thanks'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Any other questions for me?" passes',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Any other questions for me?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "I'm all set" says explicitly that the patron is done
    name: 'the patron: "great, I\'m all set now, thank you" says she is done',
    lines: [...START, FIRST, SECOND, [100, 'p', "great, I'm all set now, thank you"], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron "ok cool thx" and no question from the provider: anything else fails',
    lines: [...START, FIRST, SECOND, [100, 'p', 'ok cool thx'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Anything else I should know about the book club you mean?" asks for details, not whether the patron needs more: anything else fails, clarify passes',
    lines: [...START.slice(0, 1), [20, 'l', 'Hello, Jo at Sherbrooke Library here. Anything else I should know about the book club you mean?'], [40, 'p', 'no just the normal one'], FIRST, SECOND, [100, 'p', 'ok thx'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: '"anything else?" mid-chat before a further question: passes',
    lines: [...START, FIRST, [58, 'l', 'Anything else?'], [70, 'p', 'yes, when is the book club'], [78, 'l', 'The mystery book club meets the first Tuesday at 7 pm.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish: "¿Hay algo más que necesite?" passes',
    lines: [...START, FIRST, SECOND, [78, 'l', '¿Hay algo más que necesite?'], [100, 'p', 'no gracias'], [104, 'l', '¡Adiós!']],
    exp: some({ anything: 'pass' }),
  },

  // ---- courteous: the provider's last two visible messages ------------------------------------------------------------------
  {
    name: 'a goodbye, then the patron asks again and the provider answers once: the goodbye is still one of the last two, courteous passes',
    lines: [...START, FIRST, [58, 'l', 'Thanks for chatting, bye!'], [65, 'p', 'oh wait when is the book club'], SECOND, [100, 'p', 'ok']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'a goodbye, then two answers: the goodbye is third from last, courteous fails',
    lines: [...START, [47, 'l', 'Thanks for chatting, bye!'], [49, 'p', 'wait'], FIRST, SECOND, [100, 'p', 'ok']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Thanks to a grant, the book club kits are free." thanks nobody: courteous fails',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Thanks to a grant, the book club kits are free this year.'], [100, 'p', 'ok']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'internal messages after the goodbye do not push it out of the last two visible provider messages',
    lines: [...START, FIRST, SECOND, [78, 'l', 'Have a great evening, bye!'], [85, 'i', 'closing this one, patron got both answers'], [90, 'i', 'tagging as Answered']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Feel free to come back with the next question anytime." invites back in the last message: courteous passes',
    lines: [...START, FIRST, SECOND, [100, 'p', 'great'], [104, 'l', 'Feel free to come back with your next question anytime.']],
    exp: some({ courteous: 'pass' }),
  },

  // ---- info.source kinds ------------------------------------------------------------------------------------------------------
  {
    name: 'a web page with the steps to reach it: "from the home page, click Kids, then Homework Help, then Britannica School" is a source',
    lines: [[0, 'p', 'where can my kid find encyclopedias online and is there homework help'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. What grade is your child in?'], [40, 'p', '4th'], [50, 'l', 'From our home page, click Kids, then Homework Help, then Britannica School. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'a book named with its author is a source',
    lines: [[0, 'p', 'any good books about sourdough'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Beginner or experienced?'], [40, 'p', 'beginner'], [50, 'l', 'Try "Flour Water Salt Yeast" by Ken Forkish. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'a referral with an e-mail ("write to archives@ohiohistory.org") is a source and a referral with contact',
    lines: [[0, 'p', 'where are the 1913 flood photos of dayton? and can i get copies'], [20, 'l', 'Hello, Jo at the Ohio Ask a Librarian service. Do you need prints or digital copies?'], [40, 'p', 'digital'], [50, 'l', 'The Ohio History Connection holds them; write to archives@ohiohistory.org for digital copies. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'near miss: "The county clerk\'s office handles that." names an office without a way to reach it: source fails',
    lines: [[0, 'p', 'where do i get a copy of my marriage license and a birth certificate'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Which county were you married in?'], [40, 'p', 'Monroe'], [50, 'l', "The county clerk's office handles both. Does that help?"], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a bare domain in a list of two ("- ancestrylibrary.com (in the library)\\n- heritagequest") is a source',
    lines: [[0, 'p', 'genealogy databases?'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. US or Canadian records?'], [40, 'p', 'US'], [50, 'l', '- ancestrylibrary.com (in the library only)\n- HeritageQuest Online, from home with your card\nDoes that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },

  // near misses and positives beside the eleventh round's widenings (K4)
  {
    name: '"the call number is 641.5 SMI at the Downtown library" refers nobody: referral na',
    lines: [[0, 'p', 'any bread books'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Yeast breads or quick breads?'], [40, 'p', 'yeast'], [50, 'l', 'Try "Bread Illustrated"; the call number is 641.815 BRE at the Downtown library. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "please call number 819-555-0142 at the county recorder\'s office" is a call with a phone: referral passes',
    lines: [[0, 'p', 'where do i get a copy of a deed'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Which county is the property in?'], [40, 'p', 'Estrie'], [50, 'l', 'For the deed, please call number 819-555-0142 at the county recorder\'s office. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Let me start by searching the newspaper archive." is a hold: "Does that make sense?" after it is no completeness question',
    lines: [[0, 'p', 'need the obituary of my aunt from 1988'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Do you know the month?'], [40, 'p', 'may'], [46, 'l', 'Let me start by searching the newspaper archive. Does that make sense?'], [55, 'p', 'ok'], [100, 'l', 'Found it: La Tribune, May 12, 1988, page 34, in the BAnQ archive at numerique.banq.qc.ca.'], [130, 'p', 'thanks thats all'], [134, 'l', 'Bye!']],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll start with your first question: we\'re open Sunday 1-5." answers: "Does that help?" after it passes',
    lines: [[0, 'p', 'are you open sunday and do you have wifi'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. Which branch do you mean?'], [40, 'p', 'main'], [46, 'l', "I'll start with your first question: we're open Sunday 1-5. Does that help?"], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "I\'d start with the library catalogue, searching for raised beds." advises the patron: a source, no hold',
    lines: [[0, 'p', 'books on raised beds?'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. For vegetables or flowers?'], [40, 'p', 'veg'], [46, 'l', "I'd start with the library catalogue, searching for raised beds. Does that help?"], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: \'click "Place Hold" by Tuesday March 3\' is a date after the quoted label, no book: source fails',
    lines: [[0, 'p', 'how do i get the book club kit'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. For which month?'], [40, 'p', 'march'], [46, 'l', 'Open the kit\'s record and click "Place Hold" by Tuesday March 3. Does that help?'], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a curly-quoted title with its author (“Minty” by Alan Schroeder) is a source',
    lines: [[0, 'p', 'picture book about harriet tubman?'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. For what age?'], [40, 'p', '7'], [46, 'l', 'Try “Minty” by Alan Schroeder. Does that help?'], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"Chat with a Librarian at Sherbrooke Library, Jo here!" is the service\'s name: no referral',
    lines: [[0, 'p', 'museum passes?'], [20, 'l', 'Hi! Chat with a Librarian at Sherbrooke Library, Jo here! Which museum?'], [40, 'p', 'the art one'], [46, 'l', 'Book it at sherbrookelibrary.ca/passes. Does that help?'], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    name: 'near miss: "Please text a librarian at Magog Library about that." in the opening is a referral (no contact): fails',
    lines: [[0, 'p', 'do you have museum passes for magog'], [20, 'l', 'Hi! Jo at Sherbrooke Library here. Please text a librarian at Magog Library about that.'], [40, 'p', 'ok thats all'], [46, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "You can also text a librarian at Magog Library." later in the chat is a referral (no contact): fails',
    lines: [[0, 'p', 'museum passes?'], [20, 'l', 'Hi, Jo at Sherbrooke Library here. Which museum?'], [40, 'p', 'the art one'], [46, 'l', 'Book it at sherbrookelibrary.ca/passes. Does that help?'], [60, 'p', 'and for magog?'], [66, 'l', 'You can also text a librarian at Magog Library.'], [70, 'p', 'ok thats all'], [74, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "You wanted "Braiding Sweetgrass" by Robin Wall Kimmerer." restates the request; the rest is a fact: source fails',
    lines: [[0, 'p', 'is braiding sweetgrass in'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. You wanted "Braiding Sweetgrass" by Robin Wall Kimmerer. Print or audio?'], [40, 'p', 'print'], [46, 'l', 'All copies are out until Friday. Does that help?'], [70, 'p', 'ok thats all'], [74, 'l', 'Bye!']],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  // (left in v11, fixed in v23 by X1 namedResource: "a genealogy database" with no name after it names no resource)
  {
    // LEFT: the namedResource family takes any "database" as a named one; an unnamed "a genealogy database" (the
    // literal Terms: a NAMED resource) needs a name test after the noun, which would move sources in every round's files
    // and the devset: too broad for this round
    name: 'near miss: "a genealogy database" and "the state archives" with no names or ways to reach them: source fails',
    lines: [[0, 'p', 'genealogy databases?'], [20, 'l', 'Hello, Jo at Sherbrooke Library here. US or Canadian records?'], [40, 'p', 'US'], [50, 'l', 'We have a genealogy database you can use in the building, and the state archives have more. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('eleventh round (K4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K4): sessions of several questions, every check', whole);
describeSessions('eleventh round (K4): several questions, short cases', short);

describeLeft('eleventh-round-several', LEFT);
