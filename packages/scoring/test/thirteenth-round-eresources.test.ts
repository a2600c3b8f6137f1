/**
 * Thirteenth round, area (N2): E-RESOURCES AND ACCOUNTS, TROUBLESHOOTING. Libby/OverDrive, hoopla, Kanopy,
 * cloudLibrary and PressReader trouble; databases from home or off campus (proxy pages, EZproxy login loops, expired
 * NetIDs); PIN and password resets, expired cards, cards blocked for fines, renewals that fail; step-by-step help
 * spread over several messages, screenshots described, patrons who go off to try the steps and report back (long
 * waits while they try); escalations to the tech or e-resources staff with a follow-up promised by e-mail, and "I'll
 * report this to our vendor" said with no promise to the patron. Voices: public and academic libraries, a statewide
 * cooperative that cannot see the patron's account (and sends the patron to the home library), impatient patrons,
 * seniors new to apps, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (each also at its case):
 * - "I'll report this to our vendor" (or "I'll let OverDrive know") promises the patron nothing: no follow-up session.
 *   "I'll report it and e-mail you what they say" does promise to send more later: a follow-up session.
 * - A patron's "ok trying it now" is a patron message: waiting on the provider begins there, and the provider must
 *   answer within 120 s, if only with "take your time" (which is no hold and puts the wait on the patron).
 * - A clarifying question in the provider's first message makes the exchange substantive even when the patron
 *   vanishes after the question (Terms: "a clarifying question counts"): the information checks apply to such a Lost
 *   Call (the eighth round's reading too).
 * - "give your library a call" tells the patron to contact a library: a referral, failing without a way to reach it;
 *   a cooperative forwarding the question to the home library itself is no referral.
 * - "as soon as we hear back from the vendor" says no time: followup.contact fails with the e-mail confirmed.
 * - "the call number is …" calls no one; "just use the Libby app" names an app with no way to reach it (no source).
 * - "Take care" and "Have a good night!" say goodbye; "You're welcome!" alone does not (README).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, type Key, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

const HOUR = 3600;
const mail = (email: string) => ({ patron: { name: null, email, phone: null } });
/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const KEMI = who('Kemi Adeyemi (E-Resources)', 'kemi');
const RAUL = who('Raúl Ortega', 'raul');

export const whole: SessionCase[] = [
  // ---- statewide cooperative: cannot see the patron's account ------------------------------------------------------
  {
    name: 'cooperative: Libby says the card expired; the provider cannot see Harford accounts, explains, gives the call-the-desk referral with its number and the renewal page; the patron says that is all',
    lines: [
      [0, 'p', 'Libby says my card is expired but I was just at the library in March??'],
      [31, 'l', "Good evening, you've reached Maryland's AskUsNow! service. My name is Keisha and I'm a librarian in Howard County. Which library system is your card from?"],
      [80, 'p', 'Harford County'],
      [92, 'l', "Thanks. I'm answering from another county, so I can't see Harford accounts from my end. Harford cards have to be renewed every 3 years, and Libby stops accepting a card the day it expires, even if you were in a branch recently. You can call Harford's Circulation desk at 410-555-0143 and they'll renew it over the phone, or renew it yourself at hcplonline.org/renew. Does that help?"],
      [140, 'p', 'ok I will call them tomorrow. thats all I needed tonight'],
      [150, 'l', 'Sounds good! Thanks for using AskUsNow!, and happy reading.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the cooperative sends the question to the home library itself (no referral); the promise that the
    // home library will e-mail makes it a follow-up session, coded for the patron's library
    name: 'cooperative: card blocked for fines; the provider cannot see it, forwards the question to the home library, takes and repeats the e-mail, says "by the end of the day Tuesday"',
    lines: [
      [0, 'p', 'my card is blocked and i cant place holds. i dont think i owe anything. can you fix it'],
      [25, 'l', "Hi there, thanks for contacting Ask Away! I'm Priya, a librarian with the statewide chat cooperative. Which library is your card from?"],
      [60, 'p', 'Eau Claire'],
      [70, 'l', "Thanks. I'm at a different library, so I can't see or change Eau Claire accounts. Cards there are blocked once charges reach $10, which can include a lost-item charge you may not know about; the policy is at eauclairelibrary.org/fines. I can send your question to Eau Claire's circulation staff and they'll check the account. What e-mail address should they use?"],
      [110, 'p', 'jtorres.ec@example.org'],
      [118, 'l', 'Got it: jtorres.ec@example.org. Their staff will look at your account and e-mail you by the end of the day Tuesday. Does that help explain the block?'],
      [150, 'p', 'ya ok'],
      [156, 'l', 'Is there anything else I can help with tonight?'],
      [175, 'p', 'no'],
      [180, 'l', 'Thanks for chatting, have a good night!'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    name: 'cooperative: renewal limit reached; "give your library a call about that" names no way to reach the library and no source is given; "Did that clear it up?" after the answer',
    lines: [
      [0, 'p', 'trying to renew my books online and it says "renewal limit reached". what does that mean'],
      [30, 'l', 'Hi, this is Tom, a librarian with AskUsNow!. How many times have you renewed them already, do you know?'],
      [70, 'p', 'i think twice'],
      [78, 'l', "Most Maryland libraries allow 2 online renewals, so that message means you've used them. Your library can sometimes give one more renewal at the desk if nobody is waiting for the book, so give your library a call about that."],
      [120, 'p', 'ok thanks'],
      [126, 'l', 'Did that clear it up?'],
      [150, 'p', 'yes'],
      [156, 'l', 'Great, have a good evening!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'cooperative, Spanish: tarjeta vencida; the provider cannot see the account and sends the patron to her branch with its address and phone; "¿Algo más en que le pueda ayudar?"',
    lines: [
      [0, 'p', 'hola, mi tarjeta dice vencida y no puedo sacar libros en la aplicación'],
      [40, 'l', '¡Hola! Gracias por comunicarse con Pregunte al Bibliotecario. Me llamo Raúl y soy bibliotecario del servicio estatal. ¿De qué biblioteca es su tarjeta?', RAUL],
      [85, 'p', 'de la biblioteca de Pasadena'],
      [95, 'l', 'Desde aquí no puedo ver su cuenta, porque soy de otra biblioteca. Para renovar una tarjeta vencida en Pasadena tiene que ir en persona con una identificación con foto. Puede ir a la Biblioteca Central, 285 E. Walnut St., o llamar al 626-555-0120 para preguntar el horario. La información está en cityofpasadena.net/library/cards.', RAUL],
      [150, 'p', 'ok gracias, voy mañana'],
      [158, 'l', '¿Le sirvió la información? ¿Algo más en que le pueda ayudar?', RAUL],
      [190, 'p', 'no, eso es todo'],
      [196, 'l', '¡Que le vaya bien! Gracias por escribirnos.', RAUL],
    ],
    over: { provider: { id: 'raul', name: 'Raúl Ortega', library: 'TST' } },
    exp: usual({ referral: 'pass' }),
  },

  // ---- off-campus access and proxy loops ---------------------------------------------------------------------------
  {
    name: 'academic: EZproxy login loop on JSTOR from home; browser asked, incognito and the off-campus page, "take your time" while she tries, "Did that get you to the article?"',
    lines: [
      [0, 'p', 'every time i click a jstor link from the library site it sends me back to the login page. ive logged in like 5 times'],
      [18, 'l', 'Hi! This is Marcus at the Murphy Library Ask a Librarian chat. Ugh, the login loop, sorry. Are you off campus right now, and which browser are you using?'],
      [52, 'p', 'yeah at home, chrome'],
      [60, 'l', 'OK. That loop is usually an old proxy cookie. Try this: open an Incognito window (Ctrl+Shift+N), go to libguides.uwlax.edu/offcampus and click JSTOR from there, then sign in with your campus NetID once.'],
      [75, 'p', 'ok trying'],
      [82, 'l', 'Sure, take your time.'],
      [260, 'p', 'that worked!! im in'],
      [268, 'l', "Great! Did that get you to the article you needed? If it happens again in a normal window, clearing the cookies for login.libweb.uwlax.edu fixes it for good."],
      [300, 'p', 'yes got it, thanks'],
      [306, 'l', 'Anything else I can help you find tonight?'],
      [330, 'p', 'nope'],
      [335, 'l', 'Good luck with the paper! Feel free to chat again anytime.'],
    ],
    exp: usual(),
  },
  {
    name: 'academic: "So you get the login page, sign in, and land right back on it?" restates; NetID expired, referral to the IT Service Desk with phone and URL',
    lines: [
      [0, 'p', 'Hello, I am a grad student and I cannot get into PsycINFO from home. It just keeps asking me to log in.'],
      [26, 'l', "Hello, you're chatting with Dr. Anne Whitfield, research librarian at Ellis Library. So you get the login page, sign in, and land right back on it?"],
      [60, 'p', 'Yes exactly. Also Canvas told me this morning my password expires soon, could that be it?'],
      [70, 'l', "That's very likely it: the proxy accepts the sign-in but then the campus system refuses an expired password, and you end up back on the login page. Please contact the Division of IT Service Desk at 573-555-0170 or it.missouri.edu/help to reset it; once it's reset, PsycINFO will open from library.missouri.edu/databases. Is that the answer you were after?"],
      [110, 'p', 'yes. I just reset it and I am in now. Thank you, that was all.'],
      [118, 'l', 'Wonderful. Thanks for using Ask a Librarian, and good luck with your research!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, impatient: "databases dont work off campus??" answered straight away with the proxy bookmarklet page; no question before it, no completeness question',
    lines: [
      [0, 'p', 'none of ur databases work off campus?? i have a paper due at midnight'],
      [22, 'l', "Hi, Sam from Hunt Library's Ask Us chat here. They do, but only through the library's proxy: start from lib.ncsu.edu/databases or add the proxy bookmarklet from lib.ncsu.edu/offcampus, then sign in with your Unity ID."],
      [50, 'p', 'ok that worked. bye'],
      [56, 'l', 'Good luck tonight! Come back anytime.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },

  // ---- apps step by step, patrons trying and reporting back -------------------------------------------------------
  {
    name: 'senior new to apps: Libby on a new iPad in many steps; the provider leaves a PIN question unanswered for 3 minutes (keep_informed fails); "Is everything working the way you hoped?"',
    lines: [
      [0, 'p', 'Hello. My granddaughter said I can get books on my new iPad from the library. I do not know how to start.'],
      [45, 'l', 'Good morning, and welcome! I am Ruth, a librarian at the Sarasota County Libraries. I would be glad to walk you through it. Do you have your library card with you?'],
      [120, 'p', 'Yes I have it here.'],
      [135, 'l', 'Wonderful. First step: on the iPad, tap the blue App Store icon, then tap the magnifying glass and type Libby. Tap GET next to "Libby, by OverDrive". If you get lost, the same steps with pictures are at help.libbyapp.com. Tell me when you see it on your screen.'],
      [300, 'p', 'I found it. It is downloading.'],
      [310, 'l', 'Perfect. When it finishes, tap OPEN. It will ask whether you have a library card. Tap Yes, then search for Sarasota and choose Sarasota County Libraries.'],
      [520, 'p', 'It is asking for my card number and a PIN. I do not know a PIN.'],
      [700, 'l', 'Your PIN is usually the last 4 digits of the phone number on your account. Type the long number from the back of the card, then those 4 digits, and tap Sign In.'],
      [820, 'p', 'It says Welcome! I see books.'],
      [830, 'l', 'You did it! To find something, tap the magnifying glass at the top and type a title or author. Is everything working the way you hoped?'],
      [900, 'p', 'Yes thank you so much dear. That is all for today.'],
      [910, 'l', 'It was my pleasure. Enjoy your reading, and come back to chat anytime!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Spanish, older patron: Libby en Android; "Claro, tómese su tiempo" while she installs (no hold, the wait is hers); "¿Le funcionó?"; "eso es todo"',
    lines: [
      [0, 'p', 'Buenas tardes, quiero leer libros en español en mi teléfono pero no sé cómo'],
      [28, 'l', '¡Buenas tardes! Habla Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con gusto le ayudo. ¿Su teléfono es Android o iPhone? ¿Y ya tiene tarjeta de la biblioteca?'],
      [90, 'p', 'android. si tengo tarjeta'],
      [98, 'l', 'Muy bien. Abra la Play Store, busque "Libby" e instálela. Al abrirla, elija Los Angeles Public Library y escriba el número de su tarjeta y su PIN. Hay una guía en español con fotos en lapl.org/es/libby.'],
      [110, 'p', 'ok déjeme intentar'],
      [118, 'l', 'Claro, tómese su tiempo. Aquí estoy.'],
      [400, 'p', 'ya entré!! como busco en español?'],
      [410, 'l', '¡Excelente! Toque la lupa, escriba lo que busca y luego toque Refinar > Idioma > Español. ¿Le funcionó?'],
      [470, 'p', 'si perfecto, eso es todo. muchas gracias'],
      [478, 'l', '¡Con mucho gusto! Gracias por comunicarse con la biblioteca. ¡Que disfrute la lectura!'],
    ],
    exp: usual(),
  },
  {
    name: 'PressReader from home: pickup 75 s, "Hi! Sorry for the wait." names no one; the patron\'s "ok" then "done" (98 s to the provider\'s next word); no completeness question',
    lines: [
      [0, 'p', 'pressreader wont let me in from home. it wants me to be "in the library". i have a card!!'],
      [75, 'l', 'Hi! Sorry for the wait. Are you using the PressReader app or the website?'],
      [100, 'p', 'the app on my phone'],
      [108, 'l', "In the app, tap the PressReader icon > Libraries & Groups, search Vancouver Public Library and sign in with your card and PIN: that gives you 30 days of access from home, no need to be in a branch. There's a how-to at vpl.ca/pressreader."],
      [130, 'p', 'ok'],
      [220, 'p', 'done, it says access granted for 30 days'],
      [228, 'l', 'Great. Is there anything else I can help with?'],
      [245, 'p', 'no thanks'],
      [250, 'l', 'Take care and enjoy the papers!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', complete: 'fail' }),
  },
  {
    name: 'hoopla, impatient patron: monthly borrow cap explained before any question; "fine whatever"; "Have a good night!" closes',
    lines: [
      [0, 'p', 'WHY does hoopla say i have no borrows left. its the 9th of the month. this is ridiculous'],
      [40, 'l', 'Hi, this is Dana at Tulsa City-County Library. hoopla gives each card 6 borrows per calendar month, and they reset on the 1st. Your count is on the hoopla site under Settings > Borrowing Limits (hoopladigital.com).'],
      [70, 'p', '6?? that is nothing. so i just wait 3 weeks??'],
      [80, 'l', 'I know, it is frustrating. Libby (tulsalibrary.org/libby) has no monthly cap, only waiting lists on popular titles, so a lot of our patrons use both.'],
      [110, 'p', 'fine whatever'],
      [118, 'l', 'Have a good night!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'screenshot described: the patron attaches one and reads out "Card not recognized (code 14)"; the provider reads it back, gives the PIN reset page, "Were you able to sign back in?"',
    lines: [
      [0, 'p', 'Hi, I attached a screenshot. cloudLibrary shows a red banner at the top'],
      [5, 's', 'Patron attached a file: IMG_4471.png'],
      [30, 'l', "Hello! I'm Jen, a librarian at Kitsap Regional Library. Thanks for the screenshot; it's a bit small on my end. What does the red banner say, word for word?"],
      [66, 'p', 'Card not recognized (code 14)'],
      [75, 'l', 'Code 14 means the PIN on file does not match, usually after a PIN change at the branch. Reset it at krl.org/pin-reset (the reset link arrives by e-mail in a few minutes), then in cloudLibrary tap Menu > Log out and sign in again with the new PIN.'],
      [90, 'p', 'ok doing that'],
      [97, 'l', 'No rush, I will be here.'],
      [380, 'p', 'got the email, changed it, logged in. no more banner'],
      [388, 'l', 'Excellent! Were you able to sign back in and borrow something?'],
      [410, 'p', 'yes the book is downloading, that was all thank you'],
      [416, 'l', 'Wonderful. Thanks for contacting Kitsap Regional Library!'],
    ],
    exp: usual(),
  },

  // ---- escalations, vendor reports, follow-ups ---------------------------------------------------------------------
  {
    name: 'cloudLibrary checkout error: tested on the test card with a hold, escalated to the e-resources librarian and a ticket with the vendor, e-mail repeated back, "within two business days"; follow-up done in 30 h',
    lines: [
      [0, 'p', 'Hi, cloudLibrary app says "Error 1006: unable to complete checkout" on every book, for 3 days now. I already reinstalled.'],
      [22, 'l', "Hello, and thanks for reaching out to the Library Help chat at Chattanooga Public Library; I'm Devon from Digital Services. What device are you using, and which version of the app?"],
      [75, 'p', 'Samsung tablet, version 4.3.1'],
      [82, 'l', 'Thanks. Let me try a checkout on our test card, give me a minute.'],
      [170, 'l', "I can check out fine on our test card, so it may be something on your account record with the vendor. I'm going to send this to our e-resources librarian and open a ticket with cloudLibrary. What's the best e-mail to reach you?"],
      [205, 'p', 'm.ferris@example.org'],
      [212, 'l', "Thanks, that's m.ferris@example.org. You'll hear from us by e-mail within two business days, sooner if cloudLibrary replies fast. Meanwhile, many of the same books are in Libby (chattlibrary.org/libby). Does that help for now?"],
      [250, 'p', 'ok thank you'],
      [258, 'l', 'Anything else I can do for you today?'],
      [270, 'p', 'nope'],
      [275, 'l', 'Thanks for your patience, Ms. Ferris. Talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(275 + 30 * HOUR), by: 'jo', note: 'cloudLibrary reset the patron record; told her to sign in again' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I'll report this to our vendor and our film librarian" promises the patron nothing (no follow-up
    // session); "call number" calls no one (no referral); "You're welcome!" alone is no goodbye
    name: 'Kanopy title gone from the license: hold, "I\'ll report this to our vendor", the DVD on reserve with its call number; "You\'re welcome!" is the last word',
    lines: [
      [0, 'p', 'Kanopy films keep saying "this title is not available to your institution" but its on my syllabus'],
      [20, 'l', 'Hello, you are chatting with Sofia from UNLV University Libraries. Which film is it, and what course is it for?'],
      [60, 'p', '"Salt of the Earth", HIST 457'],
      [66, 'l', 'Let me take a look, one moment.'],
      [150, 'l', "Thanks for waiting. Our Kanopy license for that title ended on August 31, which is why you get that message; it's the license, not your login. I'll report this to our vendor and our film librarian so we can look at renewing it. Meanwhile the library has the DVD on 2-hour reserve at Lied Library, call number PN1997 .S2547 2004, in the catalog at library.unlv.edu."],
      [215, 'p', 'ugh ok. can i watch it in the library?'],
      [225, 'l', 'Yes, there are viewing stations on the 2nd floor next to the reserve desk. Did that answer what you needed?'],
      [260, 'p', 'yes thanks'],
      [270, 'l', "You're welcome!"],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Libby holds vanished: "I\'ll report it to OverDrive and get back to you" with the e-mail repeated but no time said: contact fails (critical); coded Follow-up by me',
    lines: [
      [0, 'p', 'all 8 of my holds in libby disappeared overnight. some i waited months for!!'],
      [35, 'l', "Oh no! Hi, I'm Grace with the Digital Help team at Hennepin County Library. Did you change anything on your account recently, like a new card number or PIN?"],
      [80, 'p', 'i got a replacement card last week because i lost mine'],
      [88, 'l', "That's almost certainly it: a replacement card gets a new number, and Libby treats it as a new account, so holds on the old number don't carry over. OverDrive's note on this is at help.libbyapp.com/6133. I'll report it to OverDrive to see whether they can move your holds with your place in line, and get back to you. Is this the best e-mail for you, dfrost@example.org?"],
      [130, 'p', 'yes'],
      [137, 'l', 'Thanks! Does that explain what happened?'],
      [165, 'p', 'yeah. thats all'],
      [170, 'l', 'Thanks for your patience, bye for now!'],
    ],
    over: { ...FU_ME, ...mail('dfrost@example.org') },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'PIN reset e-mail never comes: the provider promises "I\'ll have our circulation staff reset it and e-mail you by tomorrow noon" with the e-mail typed by the patron, but codes it Answered: resolution.code fails',
    lines: [
      [0, 'p', 'I clicked forgot PIN three times and no email ever comes. I checked spam.'],
      [25, 'l', 'Good afternoon, this is Harold, reference librarian at Fairfax County Public Library. Which e-mail address is on your account, as far as you know?'],
      [70, 'p', 'probably my old one, bhanley@example.net, I changed to a new one last year'],
      [78, 'l', "That explains it: the reset link goes to the address on file. The PIN help page is at fairfaxcounty.gov/library/pin. I'll have our circulation staff update your account and e-mail you a temporary PIN by tomorrow noon. What's the new address?"],
      [115, 'p', 'b.hanley.va@example.net'],
      [121, 'l', 'Got it, b.hanley.va@example.net. Does that answer your question?'],
      [150, 'p', 'yes thanks, that is all'],
      [156, 'l', 'Thank you for chatting with us. Have a good afternoon!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Kanopy on a smart TV: "I\'ll e-mail you the pairing steps with screenshots" with the e-mail only in the patron fields, never said in the chat: contact fails; the code is fine',
    lines: [
      [0, 'p', 'how do i get kanopy on my samsung tv. the code thing doesnt work'],
      [30, 'l', 'Hi, this is Omar, e-resources librarian at Providence Public Library. What does the TV show when you enter the code?'],
      [75, 'p', 'it says invalid code'],
      [82, 'l', "The code expires after 10 minutes, so get a new one on the TV and enter it right away at kanopy.com/activate while signed in to your library account. I'll also e-mail you the pairing steps with screenshots tonight. Did that do it?"],
      [200, 'p', 'yes it worked. thats all i needed'],
      [206, 'l', 'Great, enjoy the films, and thanks for chatting!'],
    ],
    over: { ...FU_ME, ...mail('tv.viewer@example.org') },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'database outage: "I\'ll let our vendor know" only, no promise to the patron; ProQuest down, EBSCO suggested; coded Answered, no follow-up',
    lines: [
      [0, 'p', 'proquest gives me a 503 error from home and on campus'],
      [20, 'l', "Hi! You've reached Ask a Librarian at Towson University's Cook Library; I'm Bea. Is it every ProQuest database, or one in particular?"],
      [55, 'p', 'all of them i think. i tried 3'],
      [62, 'l', 'One sec while I test from here.'],
      [130, 'l', "Same here: ProQuest is down for everyone right now, so it's not your account. I'll let our vendor know. Academic Search Ultimate covers a lot of the same journals: towson.libguides.com/az > A > Academic Search Ultimate. Is that enough to keep you going tonight?"],
      [170, 'p', 'yes that works, thats all thanks'],
      [176, 'l', 'Thanks for letting us know about the outage. Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up recorded five days later: on_time fails; the e-resources librarian promised "by Friday" with the e-mail repeated',
    lines: [
      [0, 'p', 'Our class was told to use Gale Virtual Reference but I get "no subscription found" logging in with my card'],
      [28, 'l', "Hello, I'm Marisol, a librarian at the Oakland Public Library's Ask a Librarian chat. Which Gale resource exactly, and is it for a school class?"],
      [70, 'p', 'Gale In Context: Biography, for 8th grade'],
      [77, 'l', "Thanks. Give me a moment to check our subscriptions."],
      [160, 'l', "We subscribe to Gale In Context: Biography through the state, at oaklandlibrary.org/databases, but the login for it changed this month and may not be working yet. I'll ask our e-resources librarian to look into it and e-mail you by Friday. What e-mail should I use?"],
      [190, 'p', 'parent.lee@example.org'],
      [197, 'l', 'Thank you, parent.lee@example.org. Were you able to open the database page at least?'],
      [240, 'p', 'yes the page opens. thats all for now'],
      [246, 'l', 'Thanks for your patience; talk to you by Friday!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(246 + 5 * 24 * HOUR), by: 'jo', note: 'Gale login fixed' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },

  // ---- idle patrons, transfers, codes, concurrency ------------------------------------------------------------------
  {
    name: 'Lost Call with a clarifying question: the patron vanished after "hoopla not working on my roku"; the question makes the exchange substantive (source, completeness and anything else fail); check-in and notice pass',
    lines: [
      [0, 'p', 'hoopla not working on my roku'],
      [35, 'l', "Hi, you've reached Ask a Librarian at Jacksonville Public Library. My name is Carmen. Are you seeing an error message on the Roku, or does the app not open at all?"],
      [170, 'l', 'Are you still there?'],
      [260, 'l', "I haven't heard back, so it looks like we got disconnected. I'm going to close this chat, but please reach out again anytime. Thank you!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'senior trying a PIN reset goes quiet after "ok I will try": the provider answers "Take your time", checks in at 150 s and closes with a notice and thanks',
    lines: [
      [0, 'p', 'I CANNOT GET INTO MY LIBRARY ACCOUNT. IT SAYS WRONG PIN.'],
      [30, 'l', 'Hello, this is Beverly, a librarian at Pima County Public Library. I can help with that. Do you remember setting a PIN yourself, or did the library set it when you got your card?'],
      [90, 'p', 'THE LIBRARY DID. 10 YEARS AGO'],
      [98, 'l', 'Then it may be the old default. Go to library.pima.gov/pin, click "Forgot your PIN?", and type your card number; a new PIN link will go to the e-mail on your account.'],
      [140, 'p', 'OK I WILL TRY'],
      [146, 'l', 'Take your time.'],
      [296, 'l', 'Are you still there? Did the reset work?'],
      [400, 'l', "It seems you've stepped away, so I'll close this chat now. Thank you for contacting Pima County Public Library, and come back anytime if the link doesn't work."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron goes to try the steps and the provider never writes again; session times out 9 minutes later: check-in and notice fail; no goodbye',
    lines: [
      [0, 'p', 'how do i return a libby book early'],
      [20, 'l', 'Hi there, this is Nick at Cuyahoga County Public Library. Is it an e-book or an audiobook, and on a phone or a Kindle?'],
      [60, 'p', 'ebook on phone'],
      [66, 'l', 'In Libby tap Shelf, then tap "Manage Loan" under the book and choose Return Early. The steps are also on cuyahogalibrary.org/libby-help. Did that work?'],
      [590, 's', 'Chat timed out due to inactivity.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'transfer to the e-resources specialist: the note says why, the patron is told; Kemi resets the Libby link and asks whether it worked',
    lines: [
      [0, 'p', 'libby shows someone elses loans on my account??'],
      [25, 'l', "Hi! This is Jo at Arlington Public Library's chat. That sounds like an account mix-up I can't see from here, so I'm transferring you to Kemi on our e-resources team, who can look at it. One moment please."],
      [31, 'i', 'Kemi: Libby shows another patron\'s loans on this person\'s card. Probably a linked-card mix-up in the OverDrive admin; needs Marketplace access. Thx', { to: 'kemi' }],
      [34, 's', 'Chat transferred to Kemi Adeyemi (E-Resources)', sys('transfer', 'kemi')],
      [70, 'l', 'Hi, Kemi here from E-Resources. Can you tell me the last 4 digits of your card, and when you first noticed the other loans?', KEMI],
      [100, 'p', '4471, since yesterday'],
      [106, 'l', 'Thanks, checking OverDrive now.', KEMI],
      [190, 'l', "Found it: a family member's card was linked to your Libby. I've removed it. In Libby go to Menu > Libraries and pull down to refresh; the how-to is at help.libbyapp.com/6141. Is it showing only your loans now?", KEMI],
      [250, 'p', 'yes only mine. thats all thank you'],
      [256, 'l', 'Great, thanks for flagging it. Have a nice day!', KEMI],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with no internal note to the receiving provider: handoff fails; otherwise a good session',
    lines: [
      [0, 'p', 'my audiobook wont download in overdrive for windows'],
      [25, 'l', "Hello, I'm Jo, a librarian at Monroe County Public Library. OverDrive for Windows was retired, so I'll transfer you to our e-resources specialist who can set you up with the new option."],
      [30, 's', 'Chat transferred to Kemi Adeyemi (E-Resources)', sys('transfer', 'kemi')],
      [60, 'l', 'Hi, Kemi from E-Resources here. Are you on a Windows laptop or desktop?', KEMI],
      [90, 'p', 'laptop'],
      [96, 'l', 'Then use Libby in your browser at libbyapp.com; audiobooks play right there and you can download them for offline listening. Did that work for you?', KEMI],
      [200, 'p', 'it works, thats everything'],
      [205, 'l', 'Glad to hear it. Thanks for chatting!', KEMI],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'the provider had four chats open on a busy Monday (concurrency fails); a clean Libby-on-Kindle answer otherwise',
    lines: [
      [0, 'p', 'can i send libby books to my kindle paperwhite'],
      [30, 'l', "Hi, Jo here, librarian at Chesterfield County Public Library. Yes in the US: are you borrowing the book right now, or is it already on your shelf?"],
      [70, 'p', 'already on my shelf'],
      [78, 'l', 'Tap "Read With…" under the book, choose Kindle, and you will be taken to Amazon to "Get Library Book"; it goes to your Paperwhite at the next Wi-Fi sync. The help page is help.libbyapp.com/6017. Did the book show up on your Kindle?'],
      [160, 'p', 'yes its there. all done'],
      [165, 'l', 'Happy reading, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 400), other('b', 'jo', 10, 300), other('c', 'jo', 40, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'practice session (a new provider testing the hoopla macro): not scored',
    lines: [
      [0, 'p', 'test - hoopla macro check'],
      [10, 'l', 'Hi! This is Jo at the library. hoopla help: hoopladigital.com/help. Did that help?'],
      [20, 'p', 'ok looks good'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'no code assigned after a good expired-card session: resolution.code fails',
    lines: [
      [0, 'p', 'hi my card expired can I renew it online'],
      [20, 'l', "Hi, I'm Lena, a librarian at Saint Paul Public Library. Do you still live in Minnesota?"],
      [45, 'p', 'yes in st paul'],
      [50, 'l', 'Then yes: renew it at sppl.org/renew with your card number and PIN; it is good for 3 more years right away. Does that answer it?'],
      [90, 'p', 'yes done, no more questions'],
      [95, 'l', 'Thanks for chatting with Saint Paul Public Library!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: "I can only spend 10 minutes per patron on app problems" ends the help for the provider's convenience
    // (a time limit), whatever follows
    name: 'dismissal: "I can only spend 10 minutes per patron on app problems, so we have to stop here" after a long Libby chat (critical fail)',
    lines: [
      [0, 'p', 'libby keeps crashing when i open an audiobook'],
      [30, 'l', 'Hi, this is Kay at Spokane Public Library. Which phone do you have, and did it start after an update?'],
      [70, 'p', 'pixel 6, yes after the update'],
      [78, 'l', 'Try Menu > Settings > Clear cache in Libby, then restart the phone. The help page for crashes is help.libbyapp.com/6104.'],
      [180, 'p', 'still crashing'],
      [190, 'l', 'Then uninstall and reinstall Libby; your loans stay on your card.'],
      [300, 'p', 'reinstalled, still crashes on the audiobook'],
      [310, 'l', 'I can only spend 10 minutes per patron on app problems, so we have to stop here. Thanks for chatting.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'near miss, no dismissal: "other patrons are waiting in the queue" with a way back (a new chat) after a long hoopla session',
    lines: [
      [0, 'p', 'hoopla comics wont open on my chromebook'],
      [24, 'l', "Hi there! I'm Luis, a librarian at the San Antonio Public Library. Do they open in the hoopla app or in the browser?"],
      [60, 'p', 'browser, chrome'],
      [66, 'l', "On Chromebooks hoopla comics only open in the browser reader at hoopladigital.com: sign in there, go to My hoopla > Borrowed and click Read. If the page stays blank, allow pop-ups for hoopladigital.com. Did that get it open?"],
      [170, 'p', 'yes that one opens. but now i have a question about my card fees too and a book club thing'],
      [178, 'l', "Glad the comic opens! Several patrons are waiting in the queue right now, so please start a new chat for the card and book club questions anytime tonight. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- follow-up promises and vendor reports ----------------------------------------------------------------------
  {
    // reading: "I'll report this to our vendor" promises the patron nothing
    name: '"I\'ll report this to our vendor" with no promise to the patron: no follow-up session (contact na, Answered is right)',
    lines: [
      [0, 'p', 'cloudlibrary audiobooks skip every few seconds'],
      [20, 'l', "Hello, Jo here, a librarian at Sample County Library. Is it every audiobook or just one?"],
      [50, 'p', 'every one'],
      [56, 'l', "Thanks. Others have reported the same since Tuesday's update, so I'll report this to our vendor. Turning off \"Stream audio\" in cloudLibrary's settings fixes it for most people; the help page is yourcloudlibrary.com/help. Did that stop the skipping?"],
      [120, 'p', 'yes. thats all'],
      [125, 'l', 'Thanks, bye!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: '"I\'ll report it to OverDrive and e-mail you what they say" with no e-mail and no time, coded Answered: a follow-up session; contact and code fail',
    lines: [
      [0, 'p', 'libby says "this title is unavailable in your region" for one book'],
      [20, 'l', "Hi, this is Jo, a librarian at Sample County Library. Which book is it?"],
      [50, 'p', 'the new Tana French'],
      [58, 'l', "The publisher limits that one to US cards for now (the catalog record at samplelibrary.org/catalog says so too). I'll report it to OverDrive and e-mail you what they say. Does that help for now?"],
      [90, 'p', 'ok. thats all'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
  {
    name: '"I\'ll let our tech staff know about the bug" only: no follow-up session',
    lines: [
      [0, 'p', 'the catalog app logs me out every time i close it'],
      [20, 'l', "Hi, I'm Jo from Sample County Library. iPhone or Android?"],
      [40, 'p', 'iphone'],
      [48, 'l', "That's a known bug in the iPhone version; I'll let our tech staff know you hit it too. Until it's fixed, the mobile site samplelibrary.org/my-account keeps you signed in. Does that work as a stopgap?"],
      [80, 'p', 'sure thats all'],
      [85, 'l', 'Thanks, have a good one!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: "as soon as we hear back from the vendor" says no time
    name: 'e-mail repeated back but "as soon as we hear back from the vendor" gives no time: contact fails',
    lines: [
      [0, 'p', 'kanopy says my account is locked'],
      [20, 'l', "Hi, Jo here, librarian at Sample County Library. When did it start?"],
      [45, 'p', 'today. my email is vgarza@example.org if that helps'],
      [52, 'l', "Thanks, vgarza@example.org. I've opened a ticket with Kanopy (their status page is status.kanopy.com) and we'll e-mail you as soon as we hear back from the vendor. Does that help?"],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    // the provider opened the ticket: no referral
    exp: some({ contact: 'fail', code: 'pass', referral: 'na' }),
  },
  {
    name: 'escalation with the e-mail repeated and "before we close tomorrow": contact passes',
    lines: [
      [0, 'p', 'my ebsco account wont save folders anymore'],
      [20, 'l', "Hello, Jo here, a librarian at Sample University Library. Is it My EBSCO in the new interface?"],
      [45, 'p', 'yes, email is t.nguyen@example.edu'],
      [52, 'l', "Thanks. I'll pass it to our e-resources staff; they'll write to t.nguyen@example.edu before we close tomorrow. EBSCO's help on folders is at connect.ebsco.com. Does that help for now?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Spanish: "Le escribiré a su correo mañana por la mañana" with the address repeated: contact passes',
    lines: [
      [0, 'p', 'no puedo entrar a la base de datos de genealogía desde mi casa'],
      [25, 'l', '¡Hola! Soy Jo, bibliotecaria de la Biblioteca del Condado. ¿Es Ancestry Library Edition?'],
      [60, 'p', 'sí, esa. mi correo es mreyes@example.org'],
      [68, 'l', 'Ancestry Library Edition solo funciona dentro de la biblioteca; HeritageQuest sí funciona desde casa en biblioteca.example.org/heritagequest. Le escribiré a mreyes@example.org mañana por la mañana para avisarle si Ancestry ofrece acceso desde casa. ¿Le sirve?'],
      [100, 'p', 'sí, eso es todo, gracias'],
      [105, 'l', '¡Gracias, que le vaya bien!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', complete: 'pass', anything: 'pass' }),
  },

  // ---- completeness questions in troubleshooting words -------------------------------------------------------------
  {
    name: '"Did the PIN reset go through?" after the reset steps asks whether they worked',
    lines: [
      [0, 'p', 'need to reset my pin'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Do you have the e-mail on your account handy?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Use "Forgot PIN" at samplelibrary.org/login; the link comes to that e-mail.'],
      [160, 'p', 'ok did it'],
      [166, 'l', 'Did the PIN reset go through?'],
      [180, 'p', 'yep thats all'],
      [185, 'l', 'Thanks, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Did you already try Forgot PIN before you wrote in?" asks about the situation, not whether the help worked',
    lines: [
      [0, 'p', 'cant log in to my account'],
      [20, 'l', 'Hi, Jo at Sample County Library here.'],
      [26, 'l', 'You can reset it at samplelibrary.org/login with "Forgot PIN". Did you already try Forgot PIN before you wrote in?'],
      [60, 'p', 'no'],
      [66, 'l', 'OK, give it a try. Thanks for chatting!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Are you able to get into Academic Search now?" after the proxy steps asks whether they worked',
    lines: [
      [0, 'p', 'academic search keeps asking me to log in'],
      [20, 'l', 'Hi, Jo, a librarian at Sample University Library. Are you off campus?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Start from library.sample.edu/databases so the link goes through the proxy, and sign in with your student ID.'],
      [120, 'p', 'ok'],
      [126, 'l', 'Are you able to get into Academic Search now?'],
      [150, 'p', 'yes, thats all thanks'],
      [155, 'l', 'Thanks, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'Spanish: "¿Pudo entrar?" after the steps asks whether they worked',
    lines: [
      [0, 'p', 'no puedo entrar a hoopla'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de la Biblioteca del Condado. ¿Ya tiene cuenta de hoopla?'],
      [45, 'p', 'no'],
      [52, 'l', 'Cree la cuenta en hoopladigital.com con su correo y el número de su tarjeta.'],
      [170, 'p', 'listo'],
      [176, 'l', '¿Pudo entrar?'],
      [190, 'p', 'sí, eso es todo'],
      [195, 'l', '¡Gracias, adiós!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you see a yellow banner at the top?" mid-steps asks what the screen shows',
    lines: [
      [0, 'p', 'the library website says my session expired'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Are you on the catalog or in a database?'],
      [40, 'p', 'catalog'],
      [46, 'l', 'Sign in again at samplelibrary.org/login. Do you see a yellow banner at the top?'],
      [80, 'p', 'no'],
      [86, 'l', 'Good, thanks, bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },

  // ---- patrons saying they are done, or not ------------------------------------------------------------------------
  {
    name: 'the patron "ok it works now thx" only: anything else fails when the provider never asks',
    lines: [
      [0, 'p', 'libby wont let me borrow'],
      [20, 'l', 'Hi, Jo at Sample County Library here. What does the message say?'],
      [40, 'p', 'card expired'],
      [46, 'l', 'Renew it at samplelibrary.org/renew, then sign in to Libby again. Did that work?'],
      [150, 'p', 'ok it works now thx'],
      [155, 'l', 'Thanks, bye!'],
    ],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    name: 'the patron "perfect, that sorted it, I have nothing else" says on her own that she is done',
    lines: [
      [0, 'p', 'the kanopy app wont take my card'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Is it the number on the back of the card?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Kanopy wants the card number without spaces and your PIN: kanopy.com/samplelibrary. Did that work?'],
      [120, 'p', 'perfect, that sorted it, I have nothing else'],
      [125, 'l', 'Thanks, bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },

  // ---- waits while patrons try the steps ---------------------------------------------------------------------------
  {
    name: '"trying it now..." then the provider is silent 150 s before the next step: keep_informed fails',
    lines: [
      [0, 'p', 'hoopla keeps saying invalid card'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Did your card get renewed recently?'],
      [40, 'p', 'yes last week'],
      [46, 'l', 'Sign out of hoopla and back in with the card number; the help page is hoopladigital.com/help.'],
      [60, 'p', 'trying it now...'],
      [210, 'l', 'Any luck?'],
      [230, 'p', 'yes works. thats all'],
      [235, 'l', 'Thanks, bye!'],
    ],
    exp: some({ informed: 'fail', complete: 'pass' }),
  },
  {
    name: '"Hang tight while I check the vendor\'s status page" is a hold: the span restarts there and the answer 110 s later is in time',
    lines: [
      [0, 'p', 'is libby down? nothing loads'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Is it the app or libbyapp.com in a browser?'],
      [40, 'p', 'both'],
      [100, 'l', "Hang tight while I check the vendor's status page."],
      [210, 'l', 'OverDrive reports an outage since 2 pm at status.overdrive.com; they expect a fix within the hour. Does that answer your question?'],
      [240, 'p', 'ok thats all'],
      [245, 'l', 'Thanks, bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"No rush, I\'ll be right here" is no hold: the patron\'s 5 minutes away are her own wait',
    lines: [
      [0, 'p', 'how do i update my email on my account'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Are you signed in to the catalog?'],
      [40, 'p', 'not yet'],
      [46, 'l', 'Sign in at samplelibrary.org/login, then My Account > Personal Details > Edit e-mail.'],
      [55, 'p', 'ok one sec'],
      [62, 'l', "No rush, I'll be right here."],
      [360, 'p', 'done, updated'],
      [366, 'l', 'Great! Did it save?'],
      [380, 'p', 'yes thats all'],
      [385, 'l', 'Thanks, bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },

  // ---- sources and referrals ---------------------------------------------------------------------------------------
  {
    // reading: an app named with no way to reach it is no source (RUBRIC, info.source)
    name: 'near miss: "just use the Libby app, it\'s easier" names an app with no way to reach it: no source',
    lines: [
      [0, 'p', 'how do i get ebooks from you'],
      [20, 'l', 'Hi, Jo at Sample County Library here. On a phone or a computer?'],
      [40, 'p', 'phone'],
      [46, 'l', "Just use the Libby app, it's easier. Sign in with your card."],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a named guide with the steps to reach it ("the Off-Campus Access guide, under Research Help on the library homepage") is a source',
    lines: [
      [0, 'p', 'how do i use databases from home'],
      [20, 'l', 'Hi, Jo, a librarian at Sample University Library. Are you a student or staff?'],
      [40, 'p', 'student'],
      [46, 'l', 'The Off-Campus Access guide, under Research Help on the library homepage, walks you through the proxy sign-in with your student ID. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "the call number" calls no one
    name: 'near miss: "the call number is 025.04 BAR, on the 3rd floor" refers the patron to no one',
    lines: [
      [0, 'p', 'the ebook of our textbook is checked out, is there a print copy'],
      [20, 'l', 'Hi, Jo, a librarian at Sample University Library. Which textbook?'],
      [40, 'p', 'Barker, Searching the Web'],
      [46, 'l', 'Yes, there is a print copy in the catalog at library.sample.edu: the call number is 025.04 BAR, on the 3rd floor. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'cooperative: "I can\'t see your account; please call the Hagerstown branch at 301-555-0199" is a referral with its contact',
    lines: [
      [0, 'p', 'why is my card blocked'],
      [20, 'l', 'Hi, Jo, a librarian with the statewide chat service. Which library is your card from?'],
      [40, 'p', 'washington county, hagerstown'],
      [46, 'l', "I can't see your account from here, since I'm at another library; please call the Hagerstown branch at 301-555-0199 and they can tell you what's on it. Does that help?"],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: a party that is "the only one who can" do it is a referral (README: a party that "can help")
    name: '"only your home library\'s circulation desk can reset a PIN" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'can you reset my pin'],
      [20, 'l', 'Hi, Jo, a librarian with the statewide chat service. Which library is your card from?'],
      [40, 'p', 'frederick'],
      [46, 'l', "Only your home library's circulation desk can reset a PIN, since I can't see Frederick accounts from here. Does that help?"],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "help.libbyapp.com has the steps" points to a help site, not to a party: no referral',
    lines: [
      [0, 'p', 'how do i change the text size in libby'],
      [20, 'l', 'Hi, Jo at Sample County Library here. In a book, or in the app menus?'],
      [40, 'p', 'in a book'],
      [46, 'l', 'Tap the middle of the page, then the "A" icon, and drag the size slider. help.libbyapp.com has the steps with pictures. Did that work?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"open a ticket with Kanopy support at help.kanopy.com" is a referral with its URL',
    lines: [
      [0, 'p', 'kanopy charged my credit card??'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Did you sign up through the library or on kanopy.com directly?'],
      [40, 'p', 'i think the library'],
      [46, 'l', "The library's Kanopy is free and never asks for a card, so that charge is from a different account. Please open a ticket with Kanopy support at help.kanopy.com so they can look at the charge. Does that help?"],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },

  // ---- greetings, dismissals, idle ---------------------------------------------------------------------------------
  {
    name: 'greeting: "Hi there, e-resources librarian here!" greets and identifies',
    lines: [
      [0, 'p', 'is overdrive the same as libby'],
      [20, 'l', 'Hi there, e-resources librarian here! Yes, Libby is the app OverDrive makes. Are you moving from the old OverDrive app?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Then install Libby; your loans and holds carry over. Steps at help.libbyapp.com. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hi! Let\'s get you back into Libby." greets but says nowhere who is answering',
    lines: [
      [0, 'p', 'locked out of libby'],
      [20, 'l', "Hi! Let's get you back into Libby. What does the screen say?"],
      [40, 'p', 'wrong pin'],
      [46, 'l', 'Reset the PIN at samplelibrary.org/pin, then sign in again. Did that work?'],
      [150, 'p', 'yes thats all'],
      [155, 'l', 'Thanks, bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'dismissal: "That\'s the third app question tonight; we can\'t keep troubleshooting your devices" ends the help with no way back',
    lines: [
      [0, 'p', 'now hoopla wont open either'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Which device?'],
      [40, 'p', 'the same tablet'],
      [46, 'l', "That's the third app question tonight; we can't keep troubleshooting your devices over chat."],
      [80, 'p', 'wow ok'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'idle: the patron leaves to look for her card; "Still with me?" at 130 s, a final idle of 160 s: check-in passes, notice na',
    lines: [
      [0, 'p', 'what is my card number for libby'],
      [20, 'l', "Hi, Jo at Sample County Library here. It's the 14-digit number on the back of your card: do you have the card with you?"],
      [150, 'l', 'Still with me?'],
    ],
    over: { endAfter: 30 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  // ---- near misses guarding the widenings -------------------------------------------------------------------------
  {
    name: 'near miss: "Were you able to borrow e-books before your card expired?" after the answer asks about the past, not whether the help worked',
    lines: [
      [0, 'p', 'libby says card expired'],
      [20, 'l', 'Hi, Jo at Sample County Library here. When did you last use it?'],
      [40, 'p', 'a while ago'],
      [46, 'l', 'Renew the card at samplelibrary.org/renew and sign in to Libby again. Were you able to borrow e-books before your card expired?'],
      [80, 'p', 'yes'],
      [86, 'l', 'Ok, thanks, bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Did the branch staff get it open for you last time?" asks about the past, not whether the steps worked',
    lines: [
      [0, 'p', 'the pressreader app wont open'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Which phone?'],
      [40, 'p', 'iphone'],
      [46, 'l', 'Delete and reinstall PressReader, then sign in through samplelibrary.org/pressreader. Did the branch staff get it open for you last time?'],
      [80, 'p', 'no'],
      [86, 'l', 'Ok, thanks, bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Is it showing only your loans now?" after the fix asks whether it worked',
    lines: [
      [0, 'p', 'libby shows my husbands books on my shelf'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Did you both sign in with the same card?'],
      [40, 'p', 'maybe'],
      [46, 'l', 'In Libby go to Menu > Libraries, remove the card that is not yours and keep your own; help.libbyapp.com/6141 has the steps.'],
      [140, 'p', 'done'],
      [146, 'l', 'Is it showing only your loans now?'],
      [170, 'p', 'yes, thats all'],
      [175, 'l', 'Thanks, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Stop by before we close tomorrow…, and I\'ll e-mail you the steps" times the visit, not the e-mail: contact fails',
    lines: [
      [0, 'p', 'need a new card, mine is blocked. email is rlopez@example.org'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Is the block for fines or for an expired card?'],
      [40, 'p', 'fines i think'],
      [46, 'l', 'Thanks, rlopez@example.org. The fines policy is at samplelibrary.org/fines. Stop by before we close tomorrow to clear the block at the desk, and I\'ll e-mail you the steps for Libby after that. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'near miss: "I already opened a ticket with hoopla support for you" is the provider\'s doing: no referral',
    lines: [
      [0, 'p', 'hoopla took a borrow but the movie never played'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Which title?'],
      [40, 'p', 'Dune'],
      [46, 'l', 'I already opened a ticket with hoopla support for you to get the borrow back. Meanwhile the help page is hoopladigital.com/help. Does that help?'],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "The Kanopy support page at help.kanopy.com has the steps" points to a page, not a party',
    lines: [
      [0, 'p', 'how do i turn on subtitles in kanopy'],
      [20, 'l', 'Hi, Jo at Sample County Library here. On a TV or a computer?'],
      [40, 'p', 'computer'],
      [46, 'l', 'Click the CC icon at the bottom of the player. The Kanopy support page at help.kanopy.com has the steps. Did that work?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "The online catalog can reset a PIN too" is a resource the patron uses, not a party',
    lines: [
      [0, 'p', 'forgot my pin'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Do you know the e-mail on your account?'],
      [40, 'p', 'yes'],
      [46, 'l', 'The online catalog can reset a PIN too: use Forgot PIN at samplelibrary.org/login. Did that work?'],
      [120, 'p', 'yes thats all'],
      [125, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "We can keep troubleshooting until it works" and "I won\'t keep you long" go on helping: no dismissal',
    lines: [
      [0, 'p', 'libby still wont download'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Is your phone storage full?'],
      [40, 'p', 'no'],
      [46, 'l', "We can keep troubleshooting until it works. I won't keep you long: try Menu > Settings > Clear cache, as on help.libbyapp.com/6104. Did that work?"],
      [120, 'p', 'yes thats all'],
      [125, 'l', 'Thanks, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirteenth round (N2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N2): e-resources and accounts, every check', whole);
describeSessions('thirteenth round (N2): e-resources and accounts, short cases', short);

describeLeft('thirteenth-round-eresources', LEFT);
