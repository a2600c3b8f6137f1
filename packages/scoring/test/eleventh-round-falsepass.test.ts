/**
 * Eleventh round, area (K1): FALSE PASSES. Sessions where a behaviour is nearly done but, by RUBRIC.md's literal
 * Terms, is not, each beside a close case that does pass: greetings without self-identification, or identified only
 * by a screen name ("Librarian_Kate", "Ref Desk - Hamilton PL"), or only in the third provider message, or naming the
 * library as the subject of an answer rather than as who is answering; "how can I help?", an idle check-in, a remark
 * ("Sounds like a fun project!") or a question sent with or after the first source as the only questions; an
 * organisation, an app or "one of our databases" named with no way to reach it; completeness asked about what is not
 * yet given (a scan, a large-print copy, a hold, "want me to look for more?") or about understanding ("Does that make
 * sense?"); a patron's "ok thanks", "cool", "that's all I have on me" or "so that's it?" taken for "that's all"; a
 * goodbye followed by two more provider messages, "You're welcome!", "Glad I could help!", "Closing this session."; a
 * notice that does not ask ("It looks like you've disconnected", "Let me know if you have other questions!"), an end
 * announced because the provider "hasn't heard from you" without saying the patron seems gone, "Looks like we got
 * disconnected." without the end; "take your time" and a "one sec… yes, it's on the shelf" taken for holds; follow-up
 * promises with a confirmed contact but no when ("as soon as I can"), with a when but a contact known only from the
 * patron fields or with only the library's own address in the chat, under an `Answered` code; referrals where one
 * party has a phone and the other nothing, an own-library desk to "stop by" with no way to reach it; transfers with
 * the internal note after the transfer or the patron never told; a Lost Call where the patron wrote twice; concurrency
 * at the open-interval edge; and behaviours done only where the patron cannot see them (a name in a system "joined" line,
 * "Anything else?", a goodbye, a check-in, a transfer's explanation, the patron's e-mail, a referral's number or a URL
 * only in internal notes, a disconnect notice only as a system line); a service's name only inside a link
 * ("askalibrarian.org/hours"); "Hope that helps!", "Let me know if you need more."; "Is it OK if I send you a link?".
 * Voices: public libraries (US), academic and health-sciences libraries, a school library, a tribal college, a county
 * law library, a state library, archives and a research centre, the statewide cooperatives, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (at the cases as `// reading:`):
 * - greeting: a greeting word is needed as well as the identification ("This is Noor at …" alone does not greet); a
 *   library named as the subject of the answer ("BPL has three copies") does not identify who is answering; a screen
 *   name never counts, even one that holds "librarian" or the library's name.
 * - inquiry.clarify: a question in the same message as the first source, or after it, is not "before" it.
 * - info.source: an app named with in-app steps but no URL or store link is "an app named without a way to reach it".
 * - followup.completeness: "Want me to look for more?" and "Would you like the large-print edition instead?" ask about
 *   what is not yet given; a question after a referral that has no contact still follows an answer (the referral is
 *   the answer). ("Does that make sense?" after the answer was first labelled a fail, as a question about
 *   understanding; relabelled pass after the first run: it asks whether what was given serves, as the scorer has read
 *   it since v1.)
 * - closing.anything_else: "that's all for today", "that covers everything" and "I'm all set" are explicit; "that's
 *   all I have on me" (about a card) and "so that's it?" (a question) are not.
 * - closing.courteous: "the provider's last two visible messages" are the provider's own last two, whatever the
 *   patron wrote after; "You're welcome!" and "Glad I could help!" neither thank nor say goodbye nor invite back; "Take
 *   care!" and "Have a good one!" say goodbye.
 * - session.idle_checkin: "Hello??" sent into a silence asks whether the patron is there.
 * - inquiry.clarify: asking leave to send something ("Is it OK if I send you a link?") is about delivery, not the need;
 *   "Do you mind if I ask what the paper is about?" and "Can I send you a link, or do you want print books?" are.
 * - session.disconnect_notice: "Looks like you've stepped away; feel free to start a new chat later." says the patron
 *   seems gone and invites back, but does not say this session will end.
 * - a hold message: "One sec... yes, it shows one copy on the shelf…" is an answer (the search is over), not a hold;
 *   "One moment... I found two so far… Still looking" is a partial result with the search going on, a hold.
 * - session.disconnect_notice: the disconnection and the end may come in two messages of the final idle. ("Since I
 *   haven't heard from you, I'm going to end our chat" was first labelled a fail, as naming only the silence; relabelled
 *   pass after the first run: it tells the patron they seem gone, as v4's "I haven't heard back, so…" does.)
 * - referral.contact: a URL on the party's own site ("call the IRS… explained at irs.gov/cp14") is a way to reach them
 *   (relabelled after the first run); a resource's URL (a Nolo article) is not.
 * - referral.contact (also): giving a branch's phone number because the patron asked for it is an answer, not a referral;
 *   "I'll ask our map curator / call the Recreation office" is staff or an office consulted on the patron's behalf.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, FU_ME, FU_LIB, other, type SessionCase, some, sys, usual, who } from './helpers';

const KATE = who('Librarian_Kate', 'jo');
const B3 = who('Bibliotecaria3', 'jo');
const ZED = who('zed_libstaff', 'jo');
const DANA = who('Dana Whitfield', 'dwhit');
const ABBY = who('Abby Lane', 'alane');

export const whole: SessionCase[] = [
  // ---- greetings -----------------------------------------------------------------------------------------------------
  {
    // reading: the screen name "Librarian_Kate" holds "librarian" but is a screen name, and screen names do not count
    name: 'SMS: "Hi! Are you looking for federal only…?" from screen name "Librarian_Kate", nobody named in the text: greeting fails',
    lines: [
      [0, 'p', 'Do you have tax forms at the Eastside branch? The 1040 paper ones'],
      [30, 'l', 'Hi! Are you looking for federal only, or the Ohio IT 1040 too?', KATE],
      [60, 'p', 'just federal'],
      [68, 'l', 'Eastside has federal 1040 forms and instructions on the rack by the front doors while supplies last. You can also print them from irs.gov/forms. Did that answer your question?', KATE],
      [95, 'p', 'yes thats all i needed'],
      [100, 'l', 'Great, have a good evening and thanks for texting!', KATE],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'academic: "Good afternoon!" then a question, and "This is Mei at the Sciences Library" only in the third provider message: greeting fails',
    lines: [
      [0, 'p', 'Hi, I need the impact factor for Journal of Hydrology'],
      [20, 'l', 'Good afternoon!'],
      [26, 'l', 'Do you need the current year, or a specific year for a tenure file or something similar?'],
      [60, 'p', 'current is fine'],
      [66, 'l', 'This is Mei at the Sciences Library, by the way. The 2024 JIF for Journal of Hydrology is 5.9; you can see it in Journal Citation Reports (lib.uiowa.edu/databases, then JCR). Does that give you what you need?'],
      [100, 'p', 'perfect, that is all. thanks Mei'],
      [104, 'l', 'You are welcome. Goodbye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: a phone number given because the patron asked for it is the answer, not a referral (nobody is told to call)
    name: 'canned "Hello and welcome to Chicago Public Library\'s chat! How can I help you today?" is the only question before the answer: greeting passes, clarify fails',
    lines: [
      [0, 'p', 'Whats the phone number for the Wicker Park branch'],
      [15, 'l', "Hello and welcome to Chicago Public Library's chat! How can I help you today?"],
      [40, 'l', 'The Bucktown-Wicker Park Branch is at (312) 744-6022, and its hours are at chipublib.org/locations/11. Is that the info you were after?'],
      [70, 'p', 'yep'],
      [75, 'l', 'Anything else I can help with?'],
      [90, 'p', 'nope'],
      [95, 'l', 'Thanks for chatting with CPL. Bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Spanish: "¡Buenas tardes! ¿En qué le puedo ayudar?" from screen name "Bibliotecaria3": greeting fails (no one identified), clarify fails (only the greeting\'s question), "si gracias" is not done',
    lines: [
      [0, 'p', 'buenas, hasta que hora abren hoy en la biblioteca central?'],
      [25, 'l', '¡Buenas tardes! ¿En qué le puedo ayudar?', B3],
      [40, 'p', 'a que hora cierran hoy'],
      [46, 'l', 'Hoy la Biblioteca Central cierra a las 8 pm. Todos los horarios están en sfpl.org/horarios. ¿Le sirve?', B3],
      [70, 'p', 'si gracias'],
      [75, 'l', '¡Con gusto! Gracias por escribirnos.', B3],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'chat-speak: "heyyy how can i help u today? :)" from "zed_libstaff", answer with a link and "anything else?": greeting, clarify and completeness fail; anything else passes',
    lines: [
      [0, 'p', 'yo do yall have study rooms'],
      [15, 'l', 'heyyy how can i help u today? :)', ZED],
      [30, 'p', 'study rooms lol'],
      [36, 'l', 'oh ya! u can book one at library.csun.edu/rooms, 2 hrs max. anything else?', ZED],
      [50, 'p', 'nah im good'],
      [55, 'l', 'kk bye!!', ZED],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'tribal college: "Hau! Hello, I\'m Wanbli at Woksape Tipi Library" passes; a hold then 150 s of silence fails keep_informed',
    lines: [
      [0, 'p', 'Do you have any books on Lakota star knowledge for my astronomy class?'],
      [20, 'l', "Hau! Hello, I'm Wanbli at Woksape Tipi Library, Oglala Lakota College. Is this for a paper or a presentation?"],
      [55, 'p', 'a paper, due in 2 weeks'],
      [60, 'l', 'Okay, checking our catalog and the Lakota collection now.'],
      [210, 'l', '"Lakota Star Knowledge: Studies in Lakota Stellar Theology" by Ronald Goodman is on the shelf here, call number E99 .T34 G66; you can also find it in our catalog at olc.edu/library. Does that work for your paper?'],
      [250, 'p', 'yes perfect. thats all I need'],
      [255, 'l', 'Pilamaya, thank you for asking! Goodbye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- questions before the source -----------------------------------------------------------------------------------
  {
    name: 'genealogy: the only question before the source is the idle check-in "Are you still there?": clarify fails',
    lines: [
      [0, 'p', 'i need to find my grandmas obituary she died in 1987 in tacoma'],
      [25, 'l', "Hi, I'm Luis with Tacoma Public Library's Northwest Room."],
      [30, 'p', 'her name was ruth ann kowalski'],
      [36, 'l', 'Thanks. One moment while I look.'],
      [130, 'l', 'Still searching, hang on.'],
      [170, 'p', 'ok'],
      [220, 'l', 'Are you still there?'],
      [235, 'p', 'yes'],
      [240, 'l', 'Found it: Tacoma News Tribune, March 12 1987, page B6. You can read it in NewsBank (tacomalibrary.org/research, choose "Tacoma News Tribune Archive") with your library card. Is that her?'],
      [300, 'p', 'yes!! thank you so much, thats all i needed'],
      [305, 'l', 'So glad we found her. Thanks for using the Northwest Room!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: a question in the same message as the first source is not before it
    name: 'school: the only question about the need ("one volcano or volcanoes in general?") comes in the message with the first source: clarify fails',
    lines: [
      [0, 'p', 'hi i need a book about volcanoes for my science report'],
      [20, 'l', "Hi! I'm Mrs. Okafor, the librarian at Lincoln Middle School."],
      [28, 'l', 'Try "Volcanoes" by Seymour Simon; we have two copies, call number 551.21 SIM. Is your report about one volcano or volcanoes in general?'],
      [60, 'p', 'in general i guess'],
      [66, 'l', 'Then the Seymour Simon book is perfect. You can also use Britannica School from lincolnms.org/library. Does that help?'],
      [90, 'p', 'ya thanks'],
      [95, 'l', 'Need anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Good luck with your report, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Spanish: a restatement with "¿verdad?" before the source ("Entonces busca libros de crochet para principiantes, ¿verdad?"): an ordinary good session',
    lines: [
      [0, 'p', 'Hola, busco libros para aprender a tejer a crochet, soy principiante'],
      [25, 'l', '¡Hola! Soy Lucía, de la Biblioteca Pública de Los Ángeles. Entonces busca libros de crochet para principiantes, ¿verdad?'],
      [55, 'p', 'sí, en español si hay'],
      [62, 'l', 'Un momento, reviso el catálogo.'],
      [140, 'l', 'Tenemos "Crochet para principiantes" en español; puede reservarlo en lapl.org/catalog y recogerlo en su sucursal. ¿Es lo que buscaba?'],
      [180, 'p', 'perfecto gracias'],
      [185, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [200, 'p', 'no, eso es todo'],
      [205, 'l', '¡Gracias por usar el chat de la biblioteca! Que tenga buen día.'],
    ],
    exp: usual(),
  },

  // ---- sources that are not sources ----------------------------------------------------------------------------------
  {
    // reading: the completeness question follows the answer (the referral), so it counts though the referral has no contact
    name: 'state library: "the Licking County Genealogical Society" and "the county recorder\'s office" named with no way to reach them: source and referral fail; "ok thanks" is not done',
    lines: [
      [0, 'p', 'I am trying to find where my great-grandfather is buried. He was a Civil War veteran from Ohio.'],
      [30, 'l', 'Good morning, this is Frank at the State Library of Ohio. Do you know which regiment he served in, or the county he lived in after the war?'],
      [80, 'p', 'Licking County I think, not sure of regiment'],
      [90, 'l', "Your best bet is the Licking County Genealogical Society; their cemetery volunteers know every plot in the county. I would also ask at the county recorder's office. Does that point you in the right direction?"],
      [130, 'p', 'ok thanks'],
      [135, 'l', 'Good luck with your search, and thanks for contacting us!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: "Libby" with steps inside the app but no URL or store link is an app named without a way to reach it
    name: 'e-books: "Easiest way is through Libby… choose Read with Kindle" names the app only: source fails; the rest of the session is good',
    lines: [
      [0, 'p', 'how do i borrow ebooks on my kindle'],
      [18, 'l', "Hi! You're chatting with Deb from Multnomah County Library. Do you have a Kindle e-reader or the Kindle app on a phone?"],
      [50, 'p', 'the paperwhite'],
      [56, 'l', 'Easiest way is through Libby. Sign in with your library card, borrow the book, then choose "Read with Kindle" and Amazon sends it to your Paperwhite.'],
      [100, 'p', 'ok cool ty'],
      [104, 'l', 'Does that answer your question?'],
      [120, 'p', 'yes'],
      [124, 'l', 'Anything else today?'],
      [140, 'p', 'no thats it'],
      [144, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'immigration help: the Citizenship Corner with a phone number, Catholic Charities with none: referral fails (source passes on the phone)',
    lines: [
      [0, 'p', 'where can i get help filling out the form for my green card renewal'],
      [25, 'l', "Hi, I'm Ana with Houston Public Library. Do you need help in Spanish or English, and is it the I-90 form?"],
      [60, 'p', 'yes I-90, spanish please'],
      [66, 'l', "The library's Citizenship Corner at the Central Library can help with the form in Spanish; call them at 832-393-1313 to book a time. You can also contact Catholic Charities for a free legal review before you send it."],
      [110, 'p', 'ok thank you'],
      [115, 'l', 'Does that answer your question?'],
      [130, 'p', 'si'],
      [135, 'l', 'Anything else today?'],
      [150, 'p', 'no'],
      [155, 'l', 'Thanks for chatting with HPL, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'veteran\'s records: the National Personnel Records Center and the county Veterans Service Office each with a way to reach them: referral passes',
    lines: [
      [0, 'p', 'My dad was in Vietnam, how do I get a copy of his service records?'],
      [30, 'l', 'Hello, this is Glen, a reference librarian at Mid-Continent Public Library. Is your father living, and do you know his branch of service?'],
      [70, 'p', 'he passed last year, Army'],
      [78, 'l', "I'm sorry for your loss. As next of kin you can request them from the National Personnel Records Center (archives.gov/veterans/military-service-records, or 314-801-0800). If you'd like help with the request, call the county Veterans Service Office at 816-881-4571 and they can file it with you. Is that what you needed?"],
      [130, 'p', 'yes, that is exactly it. That is all.'],
      [135, 'l', 'Take good care, and thank you for contacting us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- completeness --------------------------------------------------------------------------------------------------
  {
    name: 'ILL: "Would a scanned PDF of the chapter work for you, or do you need the whole book?" asks about what is not yet given: completeness fails',
    lines: [
      [0, 'p', 'Can I get a chapter from a book you don\'t own? I need ch. 4 of "Feeding Anxiety" by Charlotte Biltekoff'],
      [25, 'l', "Hi, welcome to Ask a Librarian at Tufts; I'm Aaron. Is this for a course reading this week, or do you have some time?"],
      [60, 'p', 'by next friday'],
      [68, 'l', 'That works. Request it through Interlibrary Loan at tufts.illiad.oclc.org with the chapter title and page range; chapters usually arrive as a PDF in 3-5 days. Would a scanned PDF of the chapter work for you, or do you need the whole book?'],
      [110, 'p', 'pdf is fine'],
      [115, 'l', 'Great. Anything else I can do for you today?'],
      [130, 'p', 'nope, thanks!'],
      [134, 'l', 'Thanks for stopping by the chat. Bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "Want me to look for more articles…?" offers more; it does not ask whether what was given meets the need
    name: 'museum library: "Want me to look for more articles about the artist?" is an offer, not a completeness question; "no that\'s plenty… that\'s everything" is done',
    lines: [
      [0, 'p', 'Do you have any info on the artist who made the big bronze lions outside the museum?'],
      [22, 'l', 'Hello! This is Nadia at the Ryerson & Burnham Libraries of the Art Institute. Do you mean the two lions on Michigan Avenue?'],
      [55, 'p', 'yes those'],
      [60, 'l', 'They are by Edward Kemeys, 1893. The collection record and a short biography are at artic.edu/collection (search "Kemeys lions"). Want me to look for more articles about him?'],
      [100, 'p', "no that's plenty, thanks. that's everything"],
      [104, 'l', 'Thank you for asking Ryerson & Burnham!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'health sciences: the provider\'s last two messages are "Can I help you with anything else?" and "You\'re welcome!": courteous fails',
    // reading: "You're welcome!" answers thanks; it does not thank, say goodbye or invite back
    lines: [
      [0, 'p', 'I need the full text of a 2019 NEJM article on oral semaglutide, I am a nursing student at UNMC'],
      [20, 'l', "Hi! I'm Carla, a librarian at McGoogan Health Sciences Library. Do you have the title or the first author?"],
      [60, 'p', 'Davies I think, oral semaglutide vs placebo'],
      [66, 'l', 'That sounds like the PIONEER trials; the NEJM one from 2019 is Husain M et al., N Engl J Med 2019;381:841-51. Open it through unmc.edu/library > E-Journals > New England Journal of Medicine, then Vol. 381. Is that the article you needed?'],
      [110, 'p', 'yes thank you so much'],
      [115, 'l', 'Can I help you with anything else?'],
      [130, 'p', 'no thanks'],
      [134, 'l', "You're welcome!"],
    ],
    exp: usual({ courteous: 'fail' }),
  },

  // ---- anything else: the patron's words ----------------------------------------------------------------------------
  {
    name: 'SMS hours answer with no question at all; "k ty" is not done: clarify and anything else fail',
    lines: [
      [0, 'p', 'what time does the Southwest branch close sat'],
      [20, 'l', 'Hi, this is the Ask Us text line at Fort Worth Public Library. Southwest Regional closes at 5 pm on Saturdays. Hours for all branches: fortworthtexas.gov/library. Did that help?'],
      [45, 'p', 'k ty'],
      [50, 'l', 'Thanks for texting!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    // reading: "that's all I have on me" is about the card, not about being done
    name: 'card renewal: "my card number is …, thats all i have on me" and "yes got it, renewed" are not "that\'s all I needed": anything else fails',
    lines: [
      [0, 'p', 'my card expired, how do i renew it online'],
      [25, 'l', "Hi there, I'm Tasha at Sacramento Public Library. Do you still live in Sacramento County?"],
      [50, 'p', 'yes same address. my card number is 21234000567890, thats all i have on me'],
      [58, 'l', 'Thanks! You can renew at saclibrary.org/renew with that number and your PIN; if you forgot the PIN there is a reset link on the same page. Does that get you what you need?'],
      [95, 'p', 'yes got it, renewed'],
      [100, 'l', 'Great! Thanks for chatting, bye.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "so thats it? i dont need to come in?" is a question, not the patron saying they are done
    name: 'e-card: the patron asks "so thats it?" and then says "cool": anything else fails',
    lines: [
      [0, 'p', 'how do i get a digital card so i can use the ebooks'],
      [25, 'l', "Hi, I'm Keisha with Durham County Library. Do you live, work or go to school in Durham County?"],
      [60, 'p', 'live here'],
      [66, 'l', 'Then sign up at durhamcountylibrary.org/ecard; it takes about two minutes and you get a card number right away. Does that answer your question?'],
      [100, 'p', 'so thats it? i dont need to come in?'],
      [106, 'l', "Yep, that's it! No visit needed."],
      [130, 'p', 'cool'],
      [135, 'l', 'Thanks for chatting with us, and happy reading!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- closings ------------------------------------------------------------------------------------------------------
  {
    name: 'law library: the goodbye is followed by two more provider messages ("Oh, one more thing…", "And you can serve…"): courteous fails',
    lines: [
      [0, 'p', 'Where can I find the form to file a small claims case in King County?'],
      [30, 'l', "Hello, you've reached the King County Law Library reference chat; I'm Gwen. Is the other party a business or a person, and is the amount under $10,000?"],
      [80, 'p', 'a person, its $2,500'],
      [88, 'l', 'Small claims forms are on the King County District Court site: kingcounty.gov/courts/district-court/small-claims, under "Forms". Does that answer your question?'],
      [120, 'p', 'yes, that is all i needed, thank you'],
      [125, 'l', 'You are welcome, thanks for contacting the law library!'],
      [135, 'l', 'Oh, one more thing: the filing fee is $35.'],
      [140, 'l', 'And you can serve the notice by certified mail.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },

  // ---- idles, notices and holds --------------------------------------------------------------------------------------
  {
    name: 'final idle of 198 s: "It looks like you\'ve disconnected." (no question) then "This chat will now be closed. Thanks…": check-in fails, disconnect passes (two messages)',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [22, 'l', "Hi, I'm Omar at Brooklyn Public Library. Which branch will you be at?"],
      [55, 'p', 'central'],
      [62, 'l', 'Yes: send your file at bklynlibrary.org/print from your phone, then release it at the print station on the first floor at Central with your card. Black and white is 15 cents a page. Did that answer your question?'],
      [200, 'l', "It looks like you've disconnected."],
      [260, 'l', 'This chat will now be closed. Thanks for using Brooklyn Public Library chat!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "Since I haven't heard from you" tells the patron they seem gone (the scorer's reading since v4, "I haven't
    // heard back"); relabelled after the first run (first label: fail, taking it to say only the silence)
    name: 'final idle of 222 s: "Are you still there?" then "Since I haven\'t heard from you, I\'m going to end our chat now. Thanks…": both pass',
    lines: [
      [0, 'p', 'is there a quiet study room I can book in the library tonight'],
      [25, 'l', 'Hi! Thanks for contacting Ask Us at Mason Libraries; this is Jordan. Which library are you going to, Fenwick or Gateway?'],
      [60, 'p', 'fenwick'],
      [68, 'l', 'Fenwick has individual study rooms you can book up to 3 hours at a time at library.gmu.edu/spaces; tonight rooms 4 and 7 are still open after 8 pm. Does that answer your question?'],
      [200, 'l', 'Are you still there?'],
      [290, 'l', "Since I haven't heard from you, I'm going to end our chat now. Thanks for contacting Mason Libraries!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Sure, take your time!" is not a hold: the patron never comes back and the final idle (250 s) has no check-in or notice',
    lines: [
      [0, 'p', 'I want to put a hold on a book but it says my card is blocked'],
      [20, 'l', 'Hello, this is Kim at Pima County Public Library. Can you tell me the last four digits of your card number so I can look at the account?'],
      [60, 'p', 'hang on let me find my card'],
      [66, 'l', 'Sure, take your time!'],
    ],
    over: { endAfter: 250, resolutionCode: 'Patron disconnected' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: "One sec... yes, it shows one copy on the shelf…" gives the answer: it is no hold, so the final idle starts there
    name: 'a "One sec… yes, it shows one copy on the shelf" message is an answer, not a hold: final idle of 200 s with a check-in but no notice',
    lines: [
      [0, 'p', 'is the new Louise Penny in at the Rockridge branch?'],
      [20, 'l', 'Hi! This is Jess with Oakland Public Library. Do you want the book, the large print or the audiobook?'],
      [45, 'p', 'regular book'],
      [50, 'l', 'One sec... yes, it shows one copy on the shelf at Rockridge right now, call number MYSTERY PENNY. You can put it on hold at oaklandlibrary.org/catalog so they pull it for you.'],
      [180, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 70 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- follow-ups ----------------------------------------------------------------------------------------------------
  {
    name: 'cooperative: "I will send it as soon as I can" after the e-mail is repeated back: no when, so followup.contact fails',
    lines: [
      [0, 'p', 'I need a list of all the mayors of Frederick MD since 1900 for a school project'],
      [25, 'l', "Hi, I'm Ruth, a librarian with Maryland's AskUsNow! service. Do you need just names and years, or biographies too?"],
      [60, 'p', 'just names and years'],
      [66, 'l', 'Let me check what I can find.'],
      [150, 'l', "I'm finding pieces but not a complete list yet. The City of Frederick's site has recent mayors at cityoffrederickmd.gov/mayor. I'll keep looking and e-mail you the full list. What e-mail should I use?"],
      [190, 'p', 'jmiller2009@gmail.com'],
      [196, 'l', 'Got it, jmiller2009@gmail.com. I will send it as soon as I can. Is there anything else?'],
      [220, 'p', 'no thats all'],
      [225, 'l', 'Thanks for using AskUsNow!, goodbye.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(30 * 3600), by: 'jo' }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'archives: "e-mail you by Friday" with the address only in the patron fields, never in the chat: contact fails, code passes (contact known), on_time pending',
    lines: [
      [0, 'p', 'Does the library have the 1962 yearbook digitized? I can only find up to 1958'],
      [30, 'l', "Hello! Thanks for contacting the University Archives at Ball State; I'm Pat. Are you looking for the Orient yearbook specifically?"],
      [70, 'p', 'yes the Orient'],
      [76, 'l', "Our digital collection at dmr.bsu.edu stops at 1958 for now, but the print 1962 Orient is here in the archives. I'll check with our digitization team whether 1962 is scheduled and e-mail you by Friday."],
      [110, 'p', 'great thanks'],
      [115, 'l', 'Thanks for reaching out. Bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Lee K.', email: 'lee.k@example.com', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "I'll call the Recreation office" is an office the provider consults on the patron's behalf: no referral
    name: 'SMS: "text you their camp dates by tomorrow afternoon. Is 410-555-0182 the best number?" "yes thats my cell": contact passes; "thats all for today" is done',
    lines: [
      [0, 'p', 'hi is there a list of summer camps for 3rd graders in the county'],
      [20, 'l', 'Hi, this is Maria at the Anne Arundel County Public Library text service. Any particular area of the county, or days of the week?'],
      [50, 'p', 'glen burnie, weekdays'],
      [56, 'l', "The library's summer list is at aacpl.net/summer, but the county rec camps aren't posted yet. I'll call the Recreation office and text you their camp dates by tomorrow afternoon. Is 410-555-0182 the best number?"],
      [80, 'p', 'yes thats my cell'],
      [85, 'l', 'Perfect. Did the summer list page help for now?'],
      [110, 'p', 'yes. thats all for today'],
      [115, 'l', 'Thanks for texting AACPL! Talk tomorrow.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the map curator is staff the provider consults on the patron's behalf, so no referral
    name: 'state library: "I\'ll ask her and get back to you" with no contact and no when, coded Answered: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'I found an old map of our farm from like 1880, can someone tell me what it is worth?'],
      [30, 'l', "Hello! You've reached the Ask a Librarian service at the Library of Virginia; I'm Carl. Is it a printed county map or a hand-drawn survey?"],
      [80, 'p', "printed, it says Gray's atlas"],
      [90, 'l', "We can't appraise items, but Gray's atlases are described in our map collection guide at lva.virginia.gov/maps. Our map curator may know more about its value; I'll ask her and get back to you."],
      [130, 'p', 'ok thanks'],
      [135, 'l', 'Thanks for contacting the Library of Virginia!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "Is Monday soon enough?" asks about a time, not whether the information given meets the need
    name: 'county library: the only e-mail in the chat is the library\'s own ("e-mail it to you from askus@…"), the list promised "by Monday" under a follow-up code: contact fails',
    lines: [
      [0, 'p', 'Can you find me a list of Black-owned bookstores in the Twin Cities? Need it for a newsletter'],
      [25, 'l', "Hi, I'm Abdi at Hennepin County Library. Is it for a print newsletter, and do you need addresses too?"],
      [60, 'p', 'yes print, addresses would be great'],
      [66, 'l', "Meanwhile, Meet Minneapolis lists independent bookstores at minneapolis.org/shopping/bookstores. I'll put the full list together with addresses and e-mail it to you from askus@hclib.org by Monday. Is Monday soon enough?"],
      [100, 'p', 'sounds good, thats all for now'],
      [105, 'l', 'Thanks for asking HCL, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Jen', email: 'jen.newsletter@example.org', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- transfers -----------------------------------------------------------------------------------------------------
  {
    name: 'cooperative: the patron is told of the transfer but the internal note comes after it and says no why ("sending you a patron"): handoff fails',
    lines: [
      [0, 'p', 'Do you have the Delaware County property tax records from 1950?'],
      [22, 'l', 'Hi! This is Kelly, a librarian with Ohio Ask Us Now. Do you need the tax duplicate for a specific parcel or a whole township?'],
      [60, 'p', 'one parcel in Orange Twp'],
      [66, 'l', "Those records are held locally, so I'm transferring you to a librarian at Delaware County District Library. One moment."],
      [72, 's', 'Session transferred to Abby Lane', sys('transfer', 'alane')],
      [80, 'i', 'Hi Abby, sending you a patron.'],
      [95, 'l', "Hi, I'm Abby at Delaware County District Library. What's the parcel number?", ABBY],
      [110, 'p', 'parcel 318-240-01-003'],
      [118, 'l', 'Thanks, let me check.', ABBY],
      [200, 'l', 'The 1950 tax duplicate for that parcel is on microfilm reel 42; you can order a lookup of the reel at delawarelibrary.org/local-history. Does that answer your question?', ABBY],
      [240, 'p', 'yes! thats all i needed'],
      [245, 'l', 'Thanks for your patience, goodbye!', ABBY],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'cooperative: internal note with the why before the transfer and the patron told: handoff passes; "inventor was Nils Borg, thats all I know" is not done, "thats all, thank you" is',
    lines: [
      [0, 'p', 'Hi, I need help finding a patent from the 1890s for a corn planter'],
      [25, 'l', "Hello! I'm Sharon, a librarian with AskColorado. Do you have the inventor's name or a patent number?"],
      [60, 'p', 'inventor was Nils Borg, thats all I know'],
      [66, 'i', 'Dana, can you take this one? Patron needs an 1890s patent by inventor name, and you have the PTRC tools.'],
      [70, 'l', "I'm transferring you to Dana at Denver Public Library's Patent and Trademark Resource Center, who specializes in old patents. Please stay on the chat."],
      [74, 's', 'Session transferred to Dana Whitfield', sys('transfer', 'dwhit')],
      [90, 'l', 'Hi, Dana here at Denver Public Library. Give me a minute to search.', DANA],
      [170, 'l', 'Found it: US Patent 512,345, "Corn Planter", N. Borg, 1894. The full text is on Google Patents at patents.google.com/patent/US512345. Is that the right one?', DANA],
      [220, 'p', 'yes! that is him. thats all, thank you'],
      [225, 'l', 'Wonderful. Thanks for contacting DPL, goodbye!', DANA],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- concurrency and codes ----------------------------------------------------------------------------------------
  {
    name: 'meeting rooms: three other chats of the same provider open at once during this one (four in all): concurrency fails',
    lines: [
      [0, 'p', 'How much does it cost to reserve a meeting room at the Highlands branch?'],
      [30, 'l', "Hi, you're chatting with Jo at Jacksonville Public Library. Is this for a nonprofit group or a private event?"],
      [70, 'p', 'a nonprofit, our HOA'],
      [76, 'l', 'Nonprofit groups can reserve rooms free of charge; book at jaxpubliclibrary.org/meeting-rooms at least 7 days ahead. Is that what you needed?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', -60, 400), other('c', 'jo', 20, 90)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Lost Call, but the patron wrote twice ("do u do passport photos", "???") and left at the greeting-hold: code fails, no substantive exchange',
    lines: [
      [0, 'p', 'do u do passport photos'],
      [30, 'p', '???'],
      [50, 'l', 'Hi! This is Vic at Columbus Metropolitan Library. Let me look that up for you.'],
      [52, 's', 'Patron has left the session', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'follow-up by the patron\'s library with the patron\'s phone read back and "within 2 business days": contact passes, follow-up done on time',
    lines: [
      [0, 'p', 'I live in Garrett County, can I get a book from another state through the library?'],
      [28, 'l', "Hello, you're chatting with Pam, a librarian with AskUsNow!. Which book is it, and which library do you usually use?"],
      [70, 'p', '"The Allegheny Frontier" by Rice, I go to the Oakland branch'],
      [78, 'l', "Garrett County's interlibrary loan staff can request it; I'll pass your request to them and someone from Oakland will call you within 2 business days. What phone number should they use?"],
      [110, 'p', '301-555-0199'],
      [115, 'l', "Thanks, that's 301-555-0199. Meanwhile you can check its status at garrettlibrary.org/ill. Does that answer your question?"],
      [150, 'p', 'yes, thats everything'],
      [155, 'l', 'Thanks for using AskUsNow!, goodbye.'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(40 * 3600), by: 'garrett' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
];

const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'Hi, do you have any books on raising backyard chickens?'],
  [20, 'l', "Hi! I'm Joan at Cedar Rapids Public Library. Are you just starting out, or do you already have a flock?"],
  [50, 'p', 'just starting, maybe 4 hens'],
];
const ANSWER: [number, 'l', string] = [
  60,
  'l',
  'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM); you can place a hold at crlibrary.org/catalog. Is that what you were looking for?',
];

export const short: SessionCase[] = [
  // ---- greetings -----------------------------------------------------------------------------------------------------
  {
    name: '"Good morning! How can I help?" then "I\'m Raj at the reference desk of Hennepin County Library" in the second message: greeting passes',
    lines: [[0, 'p', 'where do i find old city directories'], [15, 'l', 'Good morning! How can I help?'], [30, 'l', "I'm Raj at the reference desk of Hennepin County Library. Which city and which years?"], [60, 'p', 'minneapolis 1920s']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    // reading: a screen name that holds the library's name still does not count
    name: '"Hi there!" from screen name "Ref Desk - Hamilton PL", no one identified in the text: greeting fails',
    lines: [[0, 'p', 'can i renew my books over chat'], [15, 'l', 'Hi there! Sure, what are the titles?', who('Ref Desk - Hamilton PL', 'jo')], [40, 'p', 'all of them'], [45, 'l', 'Done, they are due March 30 now. You can also renew at hpl.ca/myaccount.', who('Ref Desk - Hamilton PL', 'jo')]],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'the same with "Hi there! Ref desk at Hamilton Public Library here." in the text: greeting passes',
    lines: [[0, 'p', 'can i renew my books over chat'], [15, 'l', 'Hi there! Ref desk at Hamilton Public Library here. Sure, what are the titles?', who('Ref Desk - Hamilton PL', 'jo')], [40, 'p', 'all of them']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: an identification without any greeting word does not greet
    name: '"This is Noor at Hamilton Public Library." then "What\'s the title?": identifies but never greets: greeting fails',
    lines: [[0, 'p', 'is there a waitlist for the new Ann Patchett'], [18, 'l', 'This is Noor at Hamilton Public Library.'], [22, 'l', "What's the title?"], [40, 'p', 'Tom Lake']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Thanks for contacting Ask a Librarian Delaware!" greets and names the service: greeting passes',
    lines: [[0, 'p', 'how do i get a passport appointment'], [20, 'l', 'Thanks for contacting Ask a Librarian Delaware! Which library is closest to you?'], [50, 'p', 'newark']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: '"Hi! I\'m here to help." from screen name "Maya P.": greeting fails',
    lines: [[0, 'p', 'are dogs allowed in the library'], [14, 'l', "Hi! I'm here to help.", who('Maya P.', 'jo')], [18, 'l', 'Only service animals are allowed inside, per the policy at ppld.org/policies.', who('Maya P.', 'jo')]],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: the library is the subject of the answer ("BPL has three copies"), not named as who is answering
    name: '"Hi! BPL has three copies of that one." names the library only as the holder of the book: greeting fails',
    lines: [[0, 'p', 'do you have Demon Copperhead'], [20, 'l', 'Hi! BPL has three copies of that one.'], [25, 'l', 'Two are on the shelf at Central; place a hold at bklynlibrary.org/catalog.'], [50, 'p', 'ok']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "librarian" here names who the patron will be passed to, not who is answering
    name: '"Hi there! Let me see which librarian knows this best." does not say who is answering: greeting fails',
    lines: [[0, 'p', 'how do i find court records from 1910'], [20, 'l', 'Hi there! Let me see which librarian knows this best.'], [40, 'l', 'Which county was the case in?'], [60, 'p', 'cuyahoga']],
    exp: some({ greeting: 'fail' }),
  },

  // ---- clarifying questions ------------------------------------------------------------------------------------------
  {
    name: 'school: "What grade is this for?" before the source: clarify passes',
    lines: [[0, 'p', 'i need websites about the water cycle'], [20, 'l', "Hi! I'm Ms. Tran, the librarian at Oak Hill Elementary. What grade is this for?"], [40, 'p', '4th'], [46, 'l', 'Try the USGS Water Science School at usgs.gov/water-science-school. Does that help?']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Sounds like a fun project!" is no question and no restatement: clarify fails',
    lines: [[0, 'p', 'i need websites about the water cycle for 4th grade'], [20, 'l', "Hi! I'm Ms. Tran, the librarian at Oak Hill Elementary. Sounds like a fun project!"], [26, 'l', 'Try the USGS Water Science School at usgs.gov/water-science-school. Does that help?'], [50, 'p', 'yes']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'restatement "So you need the 2019 edition, not the 2023 one." before the source: clarify passes',
    lines: [[0, 'p', 'my prof wants the 2019 edition of Campbell Biology not the new one'], [20, 'l', "Hello, I'm Dev at Rutgers Libraries. So you need the 2019 edition, not the 2023 one."], [30, 'l', 'The 2019 (12th) edition is on 4-hour reserve at the Library of Science and Medicine; see its record at libraries.rutgers.edu.'], [60, 'p', 'ok']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'the question "What year is the car?" comes only after the first source: clarify fails',
    lines: [[0, 'p', 'need a repair manual for my honda civic'], [20, 'l', "Hi, I'm Sal at Akron-Summit County Public Library. Try ChiltonLibrary from akronlibrary.org/research with your card."], [30, 'l', 'What year is the car?'], [50, 'p', '2011'], [55, 'l', 'Then choose Honda > Civic > 2011 in ChiltonLibrary.']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"Can I put you on hold for a minute?" is about the provider, not the need: clarify fails',
    lines: [[0, 'p', 'how many books can i check out at once'], [20, 'l', "Hi, I'm Ines at Tulsa City-County Library. Can I put you on hold for a minute?"], [30, 'p', 'sure'], [80, 'l', 'You can have 50 items out at once; the borrowing rules are at tulsalibrary.org/borrow.'], [100, 'p', 'ok']],
    exp: some({ clarify: 'fail' }),
  },

  // ---- sources -------------------------------------------------------------------------------------------------------
  {
    name: '"try one of our databases, or just browse the 636 shelves" names no database: source fails',
    lines: [...START, [60, 'l', 'We have lots on that; try one of our databases, or just browse the 636 shelves when you come in.'], [90, 'p', 'ok thanks that is all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"Poultry Science" in Academic Search Complete names a database: source passes',
    lines: [...START, [60, 'l', 'For research articles, try Academic Search Complete and limit to the journal Poultry Science.'], [90, 'p', 'ok thanks that is all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'the same with "Hoopla (hoopladigital.com, or Hoopla in your app store)": source passes',
    lines: [[0, 'p', 'can i watch movies with my library card'], [20, 'l', "Hi, I'm Rosa at Salt Lake County Library. On a TV, or on a phone or laptop?"], [50, 'p', 'on my phone'], [56, 'l', 'Use Hoopla (hoopladigital.com, or Hoopla in your app store) and sign in with your card.'], [80, 'p', 'ok thats all thanks'], [84, 'l', 'Enjoy, bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"You\'ll need to go to the DMV for that" names an agency with no way to reach it: source and referral fail',
    lines: [[0, 'p', 'can the library help me get a real id'], [20, 'l', "Hi, I'm Trev at Knox County Public Library. Do you already have a Tennessee license?"], [45, 'p', 'yes'], [50, 'l', "We can't issue IDs; you'll need to go to the DMV for that with your birth certificate and two proofs of address."], [80, 'p', 'ok']],
    exp: some({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'an agency\'s web page for the patron to use ("the IRS has it at irs.gov/payments") is a source, not a referral',
    lines: [[0, 'p', 'how do i pay my federal taxes online'], [20, 'l', "Hi, I'm Lin at Denver Public Library. Is it for this year's return?"], [40, 'p', 'yes'], [46, 'l', 'The IRS has the options at irs.gov/payments; Direct Pay is free from a bank account.'], [70, 'p', 'ok']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // reading: irs.gov is the IRS's own site, a URL to reach them (relabelled after the first run: first label fail)
    name: '"you\'ll have to call the IRS about that" with the IRS\'s own irs.gov/cp14 after it: referral passes',
    lines: [[0, 'p', 'the irs says i owe a penalty, can you tell me why'], [20, 'l', "Hi, I'm Lin at Denver Public Library. Did you get a letter with a notice number?"], [40, 'p', 'yes CP14'], [46, 'l', "We can't see your account; you'll have to call the IRS about that. The CP14 notice is explained at irs.gov/cp14."], [70, 'p', 'ok']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'near miss: "call the IRS about that" with only a Nolo article\'s URL (a resource\'s, not the IRS\'s): referral fails',
    lines: [[0, 'p', 'the irs says i owe a penalty, can you tell me why'], [20, 'l', "Hi, I'm Lin at Denver Public Library. Did you get a letter with a notice number?"], [40, 'p', 'yes CP14'], [46, 'l', "We can't see your account; you'll have to call the IRS about that. Nolo has an article on CP14 notices at nolo.com/legal-encyclopedia/cp14."], [70, 'p', 'ok']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },

  // ---- completeness --------------------------------------------------------------------------------------------------
  {
    // reading: "Does that make sense?" after the answer asks whether what was given serves (the scorer's reading since v1);
    // relabelled after the first run (first label: fail, taking it to ask about understanding only)
    name: '"Does that make sense?" after the answer: completeness passes',
    lines: [...START, [60, 'l', 'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM); the city\'s backyard chicken rules are at cedar-rapids.org/chickens. Does that make sense?'], [90, 'p', 'yep'], [94, 'l', 'Great, bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Was that the edition you meant?" after the answer: completeness passes',
    lines: [...START, [60, 'l', 'We have the 4th edition of "Storey\'s Guide to Raising Chickens" (636.5 DAM); hold it at crlibrary.org/catalog.'], [70, 'l', 'Was that the edition you meant?'], [90, 'p', 'yes']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Would you like the large-print edition instead?" asks about what is not yet given: completeness fails',
    lines: [...START, [60, 'l', 'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM) at crlibrary.org/catalog. Would you like the large-print edition instead?'], [90, 'p', 'no regular is fine'], [94, 'l', 'Okay, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Did you want me to place a hold on it for you?" asks about an action not yet done: completeness fails',
    lines: [...START, [60, 'l', 'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM); it is in the catalog at crlibrary.org. Did you want me to place a hold on it for you?'], [90, 'p', 'no i can get it'], [94, 'l', 'Okay, bye!']],
    exp: some({ complete: 'fail' }),
  },

  // ---- anything else -------------------------------------------------------------------------------------------------
  {
    name: 'the patron\'s "great, thanks a ton!" is thanks alone: anything else fails',
    lines: [...START, ANSWER, [90, 'p', 'great, thanks a ton!'], [94, 'l', 'Happy hen-keeping, bye!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    // reading: "that covers everything" says explicitly that the patron is done
    name: 'the patron\'s "perfect, that covers everything, thanks" is explicit: anything else passes',
    lines: [...START, ANSWER, [90, 'p', 'perfect, that covers everything, thanks'], [94, 'l', 'Happy hen-keeping, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the provider asks "What else can I help you with?": anything else passes',
    lines: [...START, ANSWER, [90, 'p', 'yes'], [94, 'l', 'What else can I help you with?'], [110, 'p', 'nothing'], [114, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "ok" and then "bye": anything else fails',
    lines: [...START, ANSWER, [90, 'p', 'ok'], [100, 'p', 'bye'], [104, 'l', 'Bye, thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "I'm all set" says explicitly that the patron is done
    name: 'the patron\'s "I\'m all set, thank you" is explicit: anything else passes',
    lines: [...START, ANSWER, [90, 'p', "I'm all set, thank you"], [94, 'l', 'Thanks for chatting, bye!']],
    exp: some({ anything: 'pass' }),
  },

  // ---- closings ------------------------------------------------------------------------------------------------------
  {
    // reading: "Glad I could help!" neither thanks, says goodbye nor invites back
    name: 'the provider\'s last two messages are the answer and "Glad I could help!": courteous fails',
    lines: [...START, ANSWER, [90, 'p', 'yes that is all, thanks'], [94, 'l', 'Glad I could help!']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: "Have a good one!" is a goodbye
    name: '"Have a good one!" as the last message: courteous passes',
    lines: [...START, ANSWER, [90, 'p', 'yes that is all, thanks'], [94, 'l', 'Have a good one!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'the patron says "bye thanks!" and the provider sends nothing after the answer: courteous fails',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all. bye thanks!']],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: '"Closing this session." alone: courteous fails',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all'], [94, 'l', 'Closing this session.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Take care!" as the last message: courteous passes',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all'], [94, 'l', 'Take care!']],
    exp: some({ courteous: 'pass' }),
  },

  // ---- idles ---------------------------------------------------------------------------------------------------------
  {
    name: '"Let me know if you have other questions!" in a final idle of 150 s asks nothing: check-in fails',
    lines: [...START, ANSWER, [150, 'l', 'Let me know if you have other questions!']],
    over: { endAfter: 60 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // reading: "Hello??" into a silence asks whether the patron is there
    name: '"Hello??" in a final idle of 150 s: check-in passes',
    lines: [...START, ANSWER, [150, 'l', 'Hello??']],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Looks like we got disconnected." with no end and no question in a final idle of 200 s: check-in and notice fail',
    lines: [...START, ANSWER, [200, 'l', 'Looks like we got disconnected.']],
    over: { endAfter: 60 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"Are you still there? It looks like you may have left, so I\'ll end the chat in a moment." in one message (idle 200 s): both pass',
    lines: [...START, ANSWER, [200, 'l', "Are you still there? It looks like you may have left, so I'll end the chat in a moment."]],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"I\'ll wait a few more minutes for your reply." in a final idle of 150 s asks nothing: check-in fails',
    lines: [...START, ANSWER, [150, 'l', "I'll wait a few more minutes for your reply."]],
    over: { endAfter: 60 },
    exp: some({ idle: 'fail' }),
  },

  // ---- follow-ups and referrals --------------------------------------------------------------------------------------
  {
    name: '"I\'ll e-mail you what I find." after the patron typed an address: no when, contact fails',
    lines: [...START, [60, 'l', "Our copies are all out; I'll look for e-book options and the county extension's flyer. What's your e-mail?"], [90, 'p', 'dana.h@example.com'], [95, 'l', "Thanks, I'll e-mail you what I find."]],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"by end of day Tuesday" to the address the patron typed: contact passes',
    lines: [...START, [60, 'l', "Our copies are all out; I'll look for e-book options. What's your e-mail?"], [90, 'p', 'dana.h@example.com'], [95, 'l', "Thanks, I'll e-mail you what I find by end of day Tuesday."]],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"Stop by the Teen Desk, they run the volunteer program" (the library\'s own desk, no way to reach it): referral fails',
    lines: [[0, 'p', 'can i volunteer at the library im 15'], [20, 'l', "Hi, I'm Bea at Boise Public Library. Which branch is closest to you?"], [40, 'p', 'main'], [46, 'l', 'Stop by the Teen Desk at Main, they run the volunteer program and have the forms.'], [70, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"call the Teen Desk at 208-972-8255" gives a way to reach them: referral passes',
    lines: [[0, 'p', 'can i volunteer at the library im 15'], [20, 'l', "Hi, I'm Bea at Boise Public Library. Which branch is closest to you?"], [40, 'p', 'main'], [46, 'l', 'Call the Teen Desk at Main at 208-972-8255; they run the volunteer program and have the forms.'], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },

  // ---- transfers, dismissals, codes, concurrency --------------------------------------------------------------------
  {
    name: 'the internal note gives the why before the transfer, but the patron is never told: handoff fails',
    lines: [[0, 'p', 'need help with a Westlaw search'], [20, 'l', "Hi, I'm Ty at the Law Library. Which jurisdiction?"], [40, 'p', 'texas'], [46, 'i', 'Mo, Westlaw question on Texas case law, you know it better than me.'], [50, 's', 'Session transferred to Mo Reyes', sys('transfer', 'mreyes')], [60, 'l', "Hi, Mo here. What's the topic?", who('Mo Reyes', 'mreyes')]],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: '"We keep chats to 10 minutes, so I need to end this one now." with no way back: dismissal fails',
    lines: [...START, ANSWER, [100, 'p', 'what about coop plans?'], [106, 'l', 'We keep chats to 10 minutes, so I need to end this one now.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"I have other patrons waiting, so I\'ll stop here, but please start a new chat anytime for the coop part." passes',
    lines: [...START, ANSWER, [100, 'p', 'what about coop plans?'], [106, 'l', "I have other patrons waiting, so I'll stop here, but please start a new chat anytime for the coop part."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Lost Call with the question as the patron\'s only message: code passes',
    lines: [[0, 'p', 'do u do passport photos'], [50, 'l', 'Hi! This is Vic at Columbus Metropolitan Library. Let me look that up for you.'], [52, 's', 'Patron has left the session', sys('patron_left')]],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'pass' }),
  },
  {
    name: 'an empty resolution code: code fails',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    over: { resolutionCode: '' },
    exp: some({ code: 'fail' }),
  },
  {
    name: 'three other chats, but one of them ended exactly when this one started (open intervals): concurrency passes',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', -60, 400), other('c', 'jo', -900, 0)] },
    exp: some({ concurrency: 'pass' }),
  },

  // ---- guards for this round's changes (near misses that must still not change) ------------------------------------
  {
    name: 'guard: "Hello! Priya here, how can I help?" still names the provider (pronouns are no names, "Priya" is one)',
    lines: [[0, 'p', 'do you have notary service'], [15, 'l', 'Hello! Priya here, how can I help?'], [30, 'p', 'notary'], [36, 'l', 'Which branch would be easiest for you?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'guard: "Hi there! I\'m one of the librarians at Ferris State; let me see which librarian knows this best." introduces the provider',
    lines: [[0, 'p', 'who knows about optometry databases'], [20, 'l', "Hi there! I'm one of the librarians at Ferris State; let me see which librarian knows this best."], [30, 'l', 'Is this for a clinical case or a paper?'], [60, 'p', 'paper']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'guard: "Ok, checking out e-books takes two taps in Libby (libbyapp.com)." is an answer, not a hold: the final idle (200 s) counts',
    lines: [...START, [60, 'l', 'Ok, checking out e-books takes two taps in Libby (libbyapp.com).']],
    over: { endAfter: 200 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'guard: "One moment... I found two so far: … Still looking for more." is a partial result with the search going on: a hold, so no final idle',
    lines: [...START, [60, 'l', 'One moment... I found two so far: "Storey\'s Guide to Raising Chickens" (636.5 DAM) at crlibrary.org/catalog. Still looking for more.']],
    over: { endAfter: 200 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'guard: "try one of our databases, Academic Search Complete" names one: source passes',
    lines: [...START, [60, 'l', 'Try one of our databases, Academic Search Complete, and limit it to the journal Poultry Science.'], [90, 'p', 'ok thanks that is all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'guard: "You can also contact Catholic Charities at 713-526-4611" beside the Citizenship Corner\'s number: both reachable, referral passes',
    lines: [[0, 'p', 'help with I-90 form'], [20, 'l', "Hi, I'm Ana with Houston Public Library. Spanish or English?"], [40, 'p', 'spanish'], [46, 'l', "The Citizenship Corner can help; call them at 832-393-1313. You can also contact Catholic Charities at 713-526-4611 for a free legal review."], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  // the merge's `namedElsewhereKM`: a party named in capitals gets its contact from another provider message that names it
  {
    name: 'merge: "You\'d want to contact SCORE about that part." and, later, "SCORE volunteers mentor owners for free; request one at score.org.": referral passes',
    lines: [[0, 'p', 'help with a business plan for a daycare'], [20, 'l', "Hi, I'm Frank at Montgomery County Public Libraries. Is it funding or the plan itself?"], [40, 'p', 'both'], [46, 'l', "Candid's Foundation Directory lists grants; search it from our Business page at montgomerycountymd.gov/library/business. You'd want to contact SCORE about the plan itself."], [70, 'p', 'ok'], [80, 'l', 'Type daycare in the search box.'], [100, 'p', 'is there someone who can review my plan'], [110, 'l', 'SCORE volunteers mentor small business owners for free; you can request a mentor at score.org.'], [130, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'merge: "Legal Aid of North Carolina (877-579-7562) takes these cases." then "Please contact Legal Aid of North Carolina before the hearing.": referral passes on the earlier number',
    lines: [[0, 'p', 'my landlord is evicting me'], [20, 'l', "Hello, I'm Dee with Durham County Library. Is there a court date yet?"], [40, 'p', 'next week'], [46, 'l', 'Legal Aid of North Carolina (877-579-7562) takes these cases for free.'], [60, 'p', 'ok'], [70, 'l', 'Please contact Legal Aid of North Carolina before the hearing.'], [90, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'merge, near miss: "get in touch with the Division of Vital Records" while the URL given before is the Division of Motor Vehicles\': another party, referral fails',
    lines: [[0, 'p', 'i need my birth certificate and a new license'], [20, 'l', "Hi, I'm Jo at Enoch Pratt Free Library. Is the license for driving?"], [40, 'p', 'yes'], [46, 'l', 'Licenses come from the Division of Motor Vehicles; you can apply online at mva.maryland.gov/licenses.'], [60, 'p', 'ok'], [70, 'l', 'For the birth certificate, your best bet is to get in touch with the Division of Vital Records.'], [90, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'merge, near miss: "contact SCORE" and, elsewhere, "check your credit score at annualcreditreport.com": another word, written otherwise: referral fails',
    lines: [[0, 'p', 'help with a business loan'], [20, 'l', "Hi, I'm Frank at Montgomery County Public Libraries. Is it for a new business?"], [40, 'p', 'yes'], [46, 'l', 'Lenders will look at your credit score; you can see your report free at annualcreditreport.com.'], [60, 'p', 'ok'], [70, 'l', "You'd want to contact SCORE about the plan itself."], [90, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'merge, near miss: "contact Catholic Charities" while the phone given elsewhere is Catholic Charities\' in a sentence about the patron\'s own number: referral fails',
    lines: [[0, 'p', 'help with I-90 form'], [20, 'l', "Hi, I'm Ana with Houston Public Library. Spanish or English?"], [40, 'p', 'spanish. my number is 713-555-0199'], [46, 'l', 'Thanks, I have 713-555-0199 for you.'], [60, 'p', 'ok'], [70, 'l', 'You can also contact Catholic Charities for a free legal review.'], [90, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'guard: "Our map curator may know more; you could ask her when you visit." tells the patron to ask: referral fails (no way to reach her)',
    lines: [[0, 'p', 'what is my old map worth'], [20, 'l', "Hello, I'm Carl at the Library of Virginia. Is it printed or hand-drawn?"], [40, 'p', 'printed'], [46, 'l', "Gray's atlases are described in our map guide at lva.virginia.gov/maps. Our map curator may know more about its value; you could ask her when you visit."], [70, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'guard: "Our map curator may know more; you can e-mail her at maps@lva.virginia.gov." is a referral with a way to reach her',
    lines: [[0, 'p', 'what is my old map worth'], [20, 'l', "Hello, I'm Carl at the Library of Virginia. Is it printed or hand-drawn?"], [40, 'p', 'printed'], [46, 'l', 'Our map curator may know more about its value; you can e-mail her at maps@lva.virginia.gov.'], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },

  // ---- more near misses in other words -------------------------------------------------------------------------------
  {
    name: '"How are you today?" asks about the patron, not the need: clarify fails',
    lines: [[0, 'p', 'is the bookmobile coming to Oak Park this week'], [20, 'l', "Hi, I'm Dee at Sacramento Public Library. How are you today?"], [40, 'p', 'good'], [46, 'l', 'The bookmobile stops at Oak Park Community Center Thursdays 3-5 pm; the schedule is at saclibrary.org/bookmobile.'], [80, 'p', 'ok']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"Is it OK if I send you a link?" asks about delivery, not the need: clarify fails',
    lines: [[0, 'p', 'how do i find my property tax bill'], [20, 'l', "Hi, I'm Dee at Sacramento Public Library. Is it OK if I send you a link?"], [40, 'p', 'sure'], [46, 'l', 'Property tax bills are at eproptax.saccounty.gov; search by your parcel number or address.'], [80, 'p', 'ok']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'guard: "Do you mind if I ask what the paper is about?" goes on to the need: clarify passes',
    lines: [[0, 'p', 'need sources on tiny houses'], [20, 'l', "Hi, I'm Dee at Sacramento Public Library. Do you mind if I ask what the paper is about?"], [40, 'p', 'zoning'], [46, 'l', 'Try the tiny house zoning guide at saclibrary.org/guides/housing.'], [80, 'p', 'ok']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'guard: "Can I send you a link, or do you want print books?" asks about the format: clarify passes',
    lines: [[0, 'p', 'need sources on tiny houses'], [20, 'l', "Hi, I'm Dee at Sacramento Public Library. Can I send you a link, or do you want print books?"], [40, 'p', 'print'], [46, 'l', '"Tiny Homes" by Lloyd Kahn, 728.37 KAH, is at Central.'], [80, 'p', 'ok']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"You could check Amazon for a used copy." names a company with no way to reach it: source fails',
    lines: [[0, 'p', 'where can i buy an old edition of my textbook'], [20, 'l', "Hi, I'm Rob at Pima Community College Library. Which edition do you need?"], [40, 'p', 'the 9th'], [46, 'l', 'We only have the 10th on reserve. You could check Amazon for a used copy.'], [80, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"I can put it on hold for you. Would that work?" asks about an offer, not the information given: completeness fails',
    lines: [...START, [60, 'l', 'The Damerow guide is checked out until the 14th. I can put it on hold for you. Would that work?'], [90, 'p', 'yes please'], [94, 'l', 'Done! Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'the patron\'s "thank you that\'s very helpful" is thanks: anything else fails',
    lines: [...START, ANSWER, [90, 'p', "thank you that's very helpful"], [94, 'l', 'Bye, thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "ok I\'ll try that" is not done: anything else fails',
    lines: [...START, ANSWER, [90, 'p', "ok I'll try that"], [94, 'l', 'Bye, thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"Take your time reading!" in a final idle of 150 s asks nothing: check-in fails',
    lines: [...START, ANSWER, [150, 'l', 'Take your time reading!']],
    over: { endAfter: 60 },
    exp: some({ idle: 'fail' }),
  },
  {
    name: '"You may have been disconnected. Are you there?" in a final idle of 200 s: check-in passes, but no end is announced: notice fails',
    lines: [...START, ANSWER, [200, 'l', 'You may have been disconnected. Are you there?']],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"Someone from the Rosedale branch will call you about it." to the number the patron typed, with no when: contact fails',
    lines: [...START, [60, 'l', "Our copies are all out. What's a good phone number for the branch to reach you?"], [90, 'p', '410-555-0123'], [95, 'l', 'Thanks, 410-555-0123. Someone from the Rosedale branch will call you about it.']],
    over: FU_LIB,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"Ask your pharmacist about mixing those two." refers to a person with no way to reach them: referral fails',
    lines: [[0, 'p', 'can i take ibuprofen with my blood pressure pills'], [20, 'l', "Hi, I'm Kay, a librarian at the Health Sciences Library. Do you know the name of the blood pressure medicine?"], [40, 'p', 'lisinopril'], [46, 'l', 'MedlinePlus has the interaction notes at medlineplus.gov/druginfo. Ask your pharmacist about mixing those two.'], [80, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Your school counselor would be the one to talk to about that." refers with no way to reach them: referral fails',
    lines: [[0, 'p', 'how do i get into dual enrollment'], [20, 'l', "Hi, I'm Kay at the Teen Center of Pikes Peak Library. What grade are you in?"], [40, 'p', '10th'], [46, 'l', 'The program rules are at coloradodualenrollment.org. Your school counselor would be the one to talk to about that.'], [80, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Hi! I\'m your librarian today." identifies by role: greeting passes',
    lines: [[0, 'p', 'need sources on tiny houses'], [20, 'l', "Hi! I'm your librarian today. For a paper or a personal project?"], [40, 'p', 'paper']],
    exp: some({ greeting: 'pass' }),
  },

  // ---- more near misses: statements that do not ask, and sources that are not named --------------------------------
  {
    name: 'a URL holding "librarian" ("Our hours are at askalibrarian.org/hours") says nothing about who is answering: greeting fails',
    lines: [[0, 'p', 'r u open sunday'], [15, 'l', 'Hi! Our hours are at askalibrarian.org/hours.'], [20, 'l', 'Sundays are 1-5 pm.'], [40, 'p', 'ty']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hope that helps!" after the answer does not ask: completeness fails',
    lines: [...START, [60, 'l', 'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM) at crlibrary.org/catalog. Hope that helps!'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Let me know if you need more." after the answer asks nothing about what was given: completeness fails',
    lines: [...START, [60, 'l', 'Try "Storey\'s Guide to Raising Chickens" by Gail Damerow (636.5 DAM) at crlibrary.org/catalog. Let me know if you need more.'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'the patron\'s "that\'s all I could find on my end" is about their own search: anything else fails',
    lines: [[0, 'p', 'I looked on the county site for the 1940 plat map, that\'s all I could find on my end'], [20, 'l', "Hi, I'm Joan at Cedar Rapids Public Library. Which township?"], [40, 'p', 'Marion'], [46, 'l', 'The 1940 Linn County plat book is digitized at iowaheritage.org/plats; Marion Township is page 22. Is that it?'], [80, 'p', 'yes great'], [84, 'l', 'Bye, thanks!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: inviting the patron to start a new chat implies the end but does not say this session will end
    // (the message invites back, so it is a goodbye and the final idle ends there: 210 s)
    name: '"Looks like you\'ve stepped away; feel free to start a new chat later." (idle 210 s, ending at this goodbye) says the patron seems gone but not that the session ends: notice fails',
    lines: [...START, ANSWER, [270, 'l', "Looks like you've stepped away; feel free to start a new chat later."]],
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'the patron says "you have my email" and the provider promises "tomorrow", but the address is never given or repeated in the chat: contact fails',
    lines: [...START, [60, 'l', "Our copies are all out; I'll look for e-book options and e-mail you tomorrow."], [90, 'p', 'ok you have my email from the form'], [95, 'l', 'Yes, I do. Talk tomorrow!']],
    over: { ...FU_ME, patron: { name: null, email: 'dana.h@example.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"Check the library\'s Facebook page for the schedule." names a page with no way or steps to reach it: source fails',
    lines: [[0, 'p', 'when is the next lego club'], [20, 'l', "Hi, I'm Joan at Cedar Rapids Public Library. For which age group?"], [40, 'p', '8 yr old'], [46, 'l', "Check the library's Facebook page for the schedule."], [70, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"There\'s a good book on that by Michael Pollan." names an author but no book: source fails',
    lines: [[0, 'p', 'i want to read about where food comes from'], [20, 'l', "Hi, I'm Joan at Cedar Rapids Public Library. Fiction or nonfiction?"], [40, 'p', 'nonfiction'], [46, 'l', "There's a good book on that by Michael Pollan."], [70, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },

  // ---- what only staff or the system saw (internal and system messages are not visible) ------------------------------
  {
    name: 'the name only in the system line "Librarian Maria has joined the chat", then "Hi there! What can I help you find?": greeting fails',
    lines: [[0, 'p', 'do you have the new Emily Henry'], [10, 's', 'Librarian Maria Lopez has joined the chat', sys('joined')], [15, 'l', 'Hi there! What can I help you find?'], [30, 'p', 'the new Emily Henry'], [36, 'l', 'Funny Story has 12 holds; place yours at catalog.sjpl.org.']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'the patron names the librarian ("Hi Maria from the library!"), the provider only says "Hi! Sure thing.": greeting fails',
    lines: [[0, 'p', 'Hi Maria from the library! can you renew my books'], [15, 'l', 'Hi! Sure thing.'], [20, 'l', 'Done: all three are due April 2. You can also renew at catalog.sjpl.org.'], [40, 'p', 'thx']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Anything else?" typed into the internal channel, not to the patron: anything else fails',
    lines: [...START, ANSWER, [90, 'p', 'yes thanks'], [95, 'i', 'Anything else? (meant for the patron, oops)'], [100, 'l', 'Thanks for chatting, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the only goodbye is in an internal note ("bye all, logging off"): courteous fails',
    lines: [...START, ANSWER, [90, 'p', 'yes thats all'], [94, 'l', 'OK.'], [100, 'i', 'Bye all, logging off. Thanks!']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"is the patron still there?" asked in the internal channel during a final idle of 150 s: check-in fails',
    lines: [...START, ANSWER, [140, 'i', 'Is the patron still there? Nothing for two minutes.']],
    over: { endAfter: 70 },
    exp: some({ idle: 'fail' }),
  },
  {
    name: 'a system line "Patron appears to have disconnected. Chat will close." (idle 200 s) is no notice from the provider: check-in and notice fail',
    lines: [...START, ANSWER, [250, 's', 'Patron appears to have disconnected. This chat will now close.', sys('idle')]],
    over: { endAfter: 10 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'the transfer is explained only in internal notes, never to the patron: handoff fails',
    lines: [[0, 'p', 'need help with a Westlaw search'], [20, 'l', "Hi, I'm Ty at the Law Library. Which jurisdiction?"], [40, 'p', 'texas'], [46, 'i', 'Mo, Texas case law on Westlaw, you know it better. Patron has not been told yet.'], [50, 's', 'Session transferred to Mo Reyes', sys('transfer', 'mreyes')], [60, 'l', "Hi, Mo here at the Law Library. What's the topic?", who('Mo Reyes', 'mreyes')]],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'the patron\'s e-mail appears only in an internal note; the provider promised "by Thursday": contact fails',
    lines: [...START, [60, 'l', "Our copies are all out; I'll look for e-book options and e-mail you by Thursday."], [70, 'i', 'patron email on file: dana.h@example.com'], [90, 'p', 'ok thanks']],
    over: { ...FU_ME, patron: { name: null, email: 'dana.h@example.com', phone: null } },
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'the referral\'s phone number is only in an internal note: referral fails',
    lines: [[0, 'p', 'where do i get a copy of my birth certificate'], [20, 'l', "Hi, I'm Bea at Boise Public Library. Were you born in Idaho?"], [40, 'p', 'yes'], [46, 'l', 'You will need to contact Idaho Vital Records for that.'], [50, 'i', 'Vital Records is 208-334-5988 if anyone needs it'], [70, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the only URL is in an internal note; the patron is told "it\'s on the state site": source fails',
    lines: [[0, 'p', 'where do i renew my fishing license'], [20, 'l', "Hi, I'm Bea at Boise Public Library. Is it a resident license?"], [40, 'p', 'yes'], [46, 'l', "You can renew it on the state's site."], [50, 'i', 'idfg.idaho.gov/licenses for reference'], [70, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'guard: "Hi! Thanks for contacting askusnow.info!" names the service (a bare domain, no page): greeting passes',
    lines: [[0, 'p', 'r u open sunday'], [15, 'l', 'Hi! Thanks for contacting askusnow.info!'], [20, 'l', 'Which library do you usually use?'], [40, 'p', 'towson']],
    exp: some({ greeting: 'pass' }),
  },
  // (left in v11, fixed in v23 by introClauseX1: a lone name before "from … @ … Library" ending the clause says who is answering)
  {
    // Why it was left (fixed since): the lower-case name "kat" with "@" and the library is no name shape the scorer reads (selfNameHere wants
    // "here" or a capital after from/at/with; NAME_HERE_AT wants a capitalised name), as tenth round's "kev @ …" LEFT case;
    // reading "<lower-case word> from the <place> @ <Library>" as an introduction would also take "books from the sale @
    // Main Library".
    name: '"hey!! kat from the teen desk @ Evanston Public Library" passes',
    lines: [[0, 'p', 'do u have any manga clubs'], [15, 'l', 'hey!! kat from the teen desk @ Evanston Public Library. what grade are u in?'], [30, 'p', '8th']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: a named app with steps inside it counts as a source since v5 (webSteps after appName); telling "search for
    // it there" in an app from steps on a page the patron can reach would narrow every Libby / Hoopla steps case of
    // earlier rounds.
    // LEFT: an app with steps ("search for it there") is a source by design since v1 (appName + webSteps, classify.ts
    // namedSource); telling steps inside the app from steps to reach it (a store, a URL) needs more than this round's
    // time, and earlier rounds' cases count "the Libby app, tap …" as sources.
    name: '"Download the Hoopla app and search for it there" names an app with no way to reach it: source fails',
    lines: [[0, 'p', 'can i watch movies with my library card'], [20, 'l', "Hi, I'm Rosa at Salt Lake County Library. On a TV, or on a phone or laptop?"], [50, 'p', 'on my phone'], [56, 'l', 'Download the Hoopla app and search for it there; sign in with your card.'], [80, 'p', 'ok thats all thanks'], [84, 'l', 'Enjoy, bye!']],
    exp: some({ source: 'fail' }),
  },
];

describe('eleventh round (K1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K1): false passes, every check', whole);
describeSessions('eleventh round (K1): false passes, short cases', short);

describeLeft('eleventh-round-falsepass', LEFT);
