/**
 * Eleventh round, area (K3): DIFFICULT SESSIONS. Rude and abusive patrons (helped to the end, warned, or cut off
 * for their language), pranks and test messages, students who want homework, quiz or take-home test answers done
 * for them, out-of-scope requests (legal and medical advice, immigration, the librarian's own opinion, tech
 * support for a patron's own phone or e-reader), policy refusals (a lost item cannot be renewed, the library does
 * not proctor, fines cannot be waived by a cooperative backup librarian), patrons who complain about the library,
 * its staff or the chat itself, patrons with a long run of questions, and providers who must end the chat (closing
 * time, the end of a shift, too many patrons in the queue, abusive language) with and without a way back, politely
 * or bluntly; and how such sessions do on greeting, clarify, source, completeness, anything-else, courteous
 * closing and referrals.
 * Voices: public libraries, statewide cooperative backup librarians (global queue), academic and school libraries,
 * SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (at the cases too):
 * - `closing.no_dismissal`: telling the patron their time is up, or that they reached a limit of questions or asked
 *   too many, fails whatever follows (a way back does not mend it); the "without offering a way back" clause belongs
 *   to "otherwise ends the help for the provider's convenience". Closing time, the end of a shift, a meeting or a
 *   busy queue are the provider's (or the service's) convenience: they fail without a way back and pass with one
 *   (come back later, a new chat tomorrow, another service that is open, an e-mail address to send the rest).
 * - Ending a chat because of abusive or harassing language, or because the chat is used for pranks, is not ending
 *   it "for the provider's convenience": it passes with or without a way back (as the ninth round read it).
 * - A warning ("I'll have to end the chat if the language continues") ends nothing: no dismissal.
 * - A test message or a prank that asks nothing, answered only with a greeting and a goodbye, is no substantive
 *   exchange: the information checks are na.
 * - "Call 911" is a referral to emergency services with its phone; "your doctor", "Apple Support" or "the Testing
 *   Center" named without a way to reach them are referrals that fail `referral.contact` (and are no source).
 * - A farewell such as "Take care", "Have a good night" or "Good luck!" says goodbye (`closing.courteous`), even in a
 *   dismissal.
 * - "whatever, thats all" said by the patron is an explicit "I'm done" (anything else passes); "ok bye" is not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Key, type Line, type SessionCase, type St, other, some, sys, usual, who } from './helpers';

/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const MARISA = who('Marisa (Ask Away)', 'marisa');
const COOP = { queue: 'global', library: 'AAW', patronLibrary: 'BCPL', provider: { id: 'marisa', name: 'Marisa (Ask Away)', library: 'HCLS' } };
const TEXT: Partial<import('@askqa/contract').Message> = { author: '+13015550177' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+13015550177' } };

export const whole: SessionCase[] = [
  // ---- rude and abusive patrons ----------------------------------------------------------------------------------
  {
    // reading: "whatever thats all" says the patron is done
    name: 'rude patron about a lost-card fee ("this library is a joke") helped calmly to the end; "whatever thats all" is an explicit done',
    lines: [
      [0, 'p', 'why the hell do i have to pay $2 for a new card. this library is a joke'],
      [24, 'l', "Hi, thanks for reaching out to Tulsa City-County Library. This is Renee. I'm sorry it's been frustrating! Did you lose the card, or was it damaged?"],
      [61, 'p', 'lost it obviously'],
      [70, 'l', "Replacement cards are $2 for lost cards (damaged ones are free). You can skip the card entirely by showing your card number in the TCCL app, which is free at tulsalibrary.org/app. Does that help at all?"],
      [104, 'p', 'whatever thats all'],
      [110, 'l', 'Thanks for chatting with us, and have a good evening.'],
    ],
    exp: usual(),
  },
  {
    // reading: ending for abusive language is not the provider's convenience; here a way back is offered anyway
    name: 'abusive patron warned, then "I\'m going to disconnect now. If you want help later, you\'re welcome to start a new chat." before any source',
    lines: [
      [0, 'p', 'where is my hold. ive been waiting 3 weeks'],
      [30, 'l', "Hello, you've reached the Cuyahoga County Public Library chat, my name is Devon. What's the title of the book on hold?"],
      [62, 'p', 'why does it matter you morons never have anything'],
      [75, 'l', "I'd like to help, but I'll need you to keep it civil. The title will let me look up where you are in line."],
      [96, 'p', 'go to hell you stupid b****'],
      [108, 'l', "I'm going to disconnect now. If you want help later, you're welcome to start a new chat."],
      [110, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: a cut-off for abuse without any way back still is no dismissal; no thanks or goodbye in it
    name: 'abusive patron after the answer: "Your language violates our chat guidelines. This session is now over." (misconduct, no way back, no goodbye)',
    lines: [
      [0, 'p', 'how do i put a hold on a dvd'],
      [20, 'l', 'Hi there! Kendra at the Pikes Peak Library District. Are you on the website or the app?'],
      [48, 'p', 'website'],
      [55, 'l', 'Search the title at catalog.ppld.org, click "Place Hold" under the DVD, then sign in with your card number and PIN. Is that what you were after?'],
      [90, 'p', 'ur a f***ing idiot i know how to search'],
      [101, 'l', 'Your language violates our chat guidelines. This session is now over.'],
      [103, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Spanish, insults: "Entiendo su frustración, pero le pido que no me insulte", the help goes on to the end',
    lines: [
      [0, 'p', 'ya llevo media hora esperando en la pagina, que servicio tan malo. necesito renovar mi pasaporte'],
      [22, 'l', 'Buenas tardes, le atiende Graciela de la Biblioteca Pública de Dallas. ¿Es pasaporte de Estados Unidos o de otro país?'],
      [55, 'p', 'de mexico, son unos inútiles'],
      [66, 'l', 'Entiendo su frustración, pero le pido que no me insulte. Los pasaportes mexicanos se tramitan en el Consulado General de México en Dallas: la cita se saca en citas.sre.gob.mx y el teléfono del consulado es 214-932-8670. ¿Le sirve esta información?'],
      [110, 'p', 'si ya. es todo, gracias'],
      [118, 'l', '¡Con gusto! Gracias por escribir a la biblioteca. Que le vaya bien.'],
    ],
    // relabelled after the first run (was referral pass): "passports are processed at the consulate; the appointment is
    // booked at …; its phone is …" describes where, but never tells the patron to contact or visit it: no referral
    exp: usual(),
  },
  {
    // reading: a warning ends nothing; the patron apologises and the help goes on
    name: 'chat-speak rudeness and a warning ("if the language keeps up I\'ll have to end the chat"), the patron apologises, help continues',
    lines: [
      [0, 'p', 'yo wtf is wrong w ur wifi it keeps kickin me off'],
      [35, 'l', "Hey! You're chatting with Luis at Sacramento Public Library. Which branch are you at right now?"],
      [60, 'p', 'central. this s**t is trash'],
      [70, 'l', "Happy to help, but if the language keeps up I'll have to end the chat. At Central the guest network logs you out every 2 hours; just reconnect to SPL-Public and accept the terms again. The wifi FAQ is at saclibrary.org/wifi. Does that fix it?"],
      [110, 'p', 'my bad. yeah it worked'],
      [118, 'l', 'No worries! Anything else I can help with today?'],
      [140, 'p', 'nah'],
      [146, 'l', 'Cool, thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // reading: sexual harassment cut off: misconduct, no dismissal; the goodbye is courteous
    name: 'academic: harassment ("ur voice must be cute") after the answer; "This is not appropriate for our chat. I\'m ending the session. Goodbye."',
    lines: [
      [0, 'p', 'hey where do i find the reserve textbooks for PSYC 101'],
      [26, 'l', "Hi, welcome to Ask a Librarian at Rutgers University Libraries. I'm Priyanka. Is this for the New Brunswick campus?"],
      [50, 'p', 'yeah'],
      [58, 'l', 'Course reserves for PSYC 101 are at the Alexander Library circulation desk, 2-hour loans; search by course at libraries.rutgers.edu/reserves. Did that help?'],
      [92, 'p', 'ya thx. ur voice must be cute lol send a pic'],
      [104, 'l', "This is not appropriate for our chat. I'm ending the session. Goodbye."],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- pranks and test messages ----------------------------------------------------------------------------------
  {
    name: 'prank series coded Lost Call: the patron sent several messages, so the code fails; a greeting only',
    lines: [
      [0, 'p', 'hello is this the library'],
      [5, 'p', 'i need to report a missing person. my dignity'],
      [9, 'p', 'jk'],
      [30, 'l', 'Hello, you have reached the Enoch Pratt Free Library chat; my name is Troy. How can I help?'],
      [37, 's', 'Patron has left the chat.', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ code: 'fail', courteous: 'fail' }),
  },

  // ---- homework and test answers ---------------------------------------------------------------------------------
  {
    // reading: "Does working it that way make sense?" asks whether the help given meets the need
    name: 'school: "whats the answer to #4 on my chem worksheet" refused ("I can\'t give you answers") with a topic question, then Khan Academy and the textbook',
    lines: [
      [0, 'p', 'whats the answer to #4 on my chem worksheet'],
      [15, 'l', "Hi! Mr. Okafor here, the library media specialist at Eastview High. I can't give you answers, but I can help you figure it out. What's the worksheet on?"],
      [40, 'p', 'balancing equations. C3H8 + O2 -> CO2 + H2O'],
      [50, 'l', "Start with carbon, then hydrogen, then oxygen last. Khan Academy walks through one just like it: khanacademy.org/science/chemistry > Chemical reactions > Balancing chemical equations. Chapter 7 of your Pearson Chemistry book has the same steps. Does working it that way make sense?"],
      [95, 'p', 'ohh ok i got 1 5 3 4'],
      [101, 'l', "That's it! Anything else you're stuck on?"],
      [120, 'p', 'no thats it'],
      [124, 'l', 'Nice work. Good luck on the test, bye!'],
    ],
    over: { provider: { id: 'jo', name: 'Mr. Okafor', library: 'EHS' } },
    exp: usual(),
  },
  {
    // relabelled after the first run (was courteous fail): "Good luck!" as the last words is a parting wish, a goodbye
    // (as earlier rounds read it)
    name: 'take-home test answers refused, no question asked, a study guide given; the student says "fine" and leaves; the last words "Good luck!" part',
    lines: [
      [0, 'p', 'its an open book take home test for HIST 1301 can u just look up these 10 answers for me'],
      [30, 'l', "Hello, this is Amber with the Austin Community College Library. I'm not able to look up answers on a test for you, but the Texas history textbook is on reserve and the OpenStax U.S. History book is free at openstax.org/details/books/us-history."],
      [72, 'p', 'fine'],
      [80, 'l', 'Good luck!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'academic: "can u write my annotated bib" refused; restates the need, EBSCO and the guide; anything else; goodbye',
    lines: [
      [0, 'p', 'can u write my annotated bibliography its due at midnight, 8 sources on food deserts'],
      [28, 'l', "Hi, thanks for contacting the Ask Us chat at Temple University Libraries. I'm Jamal. I can't write it for you, but I can get you to 8 good sources fast. So you need 8 scholarly sources on food deserts, and then an annotation for each?"],
      [60, 'p', 'yes'],
      [66, 'l', 'One sec while I run a search.'],
      [120, 'l', 'Academic Search Complete (library.temple.edu/databases) has 140+ peer-reviewed articles for "food deserts" AND access since 2015. For writing the annotations, see the guide at guides.temple.edu/annotatedbibliography. Is that what you needed?'],
      [170, 'p', 'yes ok'],
      [176, 'l', 'Can I help you with anything else tonight?'],
      [200, 'p', 'no'],
      [204, 'l', 'Good luck on the paper, and thanks for using Ask Us!'],
    ],
    exp: usual(),
  },
  {
    name: 'SMS: "wats the answer 2 question 3 on my math quiz" - "cant do quiz answers sry" and a tutoring link, then the student goes quiet (idle 200 s): check-in and notice',
    lines: [
      [0, 'p', 'wats the answer 2 question 3 on my math quiz', TEXT],
      [40, 'l', 'Hi! This is the Howard County Library text line, Abby here. cant do quiz answers sry, but what kind of math is it?'],
      [70, 'p', 'algebra 1', TEXT],
      [78, 'l', 'HCLS has free live tutors thru Brainfuse: hclibrary.org/tutoring, sign in w ur card. Did that help?'],
      [210, 'l', 'u still there?'],
      [278, 'l', 'looks like u left, closing this text chat now. thx for texting HCLS!'],
    ],
    over: SMS,
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- out-of-scope requests -------------------------------------------------------------------------------------
  {
    name: 'legal advice: eviction ("can my landlord do this"), "I\'m not a lawyer and can\'t tell you what to do in your case", Texas Law Help and Lone Star Legal Aid with its phone',
    lines: [
      [0, 'p', 'my landlord put a notice on my door saying i have 3 days to leave. can he do that?'],
      [25, 'l', "Hi, I'm Teresa, a librarian with Houston Public Library. I'm sorry you're dealing with this. Is it a notice to vacate, or court papers from a Justice of the Peace?"],
      [65, 'p', 'notice to vacate'],
      [72, 'l', "I'm not a lawyer and can't tell you what to do in your case, but Texas Law Help explains notices to vacate and the eviction steps: texaslawhelp.org/article/evictions. For free legal advice, call Lone Star Legal Aid at 713-652-0077. Does that give you what you need?"],
      [118, 'p', 'yes thank u so much'],
      [124, 'l', "You're welcome. Anything else I can help with?"],
      [140, 'p', 'no'],
      [145, 'l', 'Take care, and thank you for contacting HPL.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'personal opinion: "who should i vote for for governor" - "I can\'t share personal opinions", the zip code asked, Vote411 given',
    lines: [
      [0, 'p', 'who should i vote for for governor'],
      [22, 'l', "Good evening! Ask a Librarian at the Free Library of Philadelphia, this is Nadia. I can't share personal opinions on candidates, but I can point you to nonpartisan info. What's your zip code, so I can find your ballot?"],
      [58, 'p', '19143'],
      [66, 'l', "Vote411.org (from the League of Women Voters) shows every race on your 19143 ballot with the candidates' own answers side by side. Is that the kind of thing you were looking for?"],
      [100, 'p', 'yep thats everything'],
      [104, 'l', 'Great, thanks for reaching out!'],
    ],
    exp: usual(),
  },
  {
    // reading: "contact Amazon's Kindle support" names a party without a way to reach it: a referral that fails
    name: 'tech support for the patron\'s own Kindle: "we can\'t troubleshoot personal devices", the Libby help page, "contact Amazon\'s Kindle support" (no contact)',
    lines: [
      [0, 'p', 'my kindle paperwhite wont connect to wifi so i cant get my library books'],
      [30, 'l', "Hello! This is Bea at King County Library System. We can't troubleshoot personal devices, but I can help with the library side. Are you borrowing through Libby or the Kindle store?"],
      [70, 'p', 'libby'],
      [78, 'l', "Libby's help page on sending books to Kindle is at help.libbyapp.com/en-us/6017.htm. For the wifi problem itself, you'd need to contact Amazon's Kindle support. Did that help?"],
      [110, 'p', 'kinda. ok bye'],
      [115, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'Spanish, immigration: "No puedo darle asesoría legal", the directory online and CASA with its phone',
    lines: [
      [0, 'p', 'hola, mi esposo tiene una cita en inmigracion, que documentos debe llevar? nos pueden deportar?'],
      [30, 'l', 'Hola, buenas tardes. Soy Lucía, bibliotecaria del Sistema de Bibliotecas del Condado de Montgomery. ¿La cita es con USCIS (para un trámite) o una audiencia en la corte de inmigración?'],
      [80, 'p', 'con USCIS, para la residencia'],
      [88, 'l', 'No puedo darle asesoría legal, pero USCIS explica qué llevar a la entrevista en uscis.gov/es/tarjeta-verde. Para consejo sobre su caso, puede llamar a CASA al 301-431-4185; tienen abogados que hablan español. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias'],
      [146, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [170, 'p', 'no, eso es todo'],
      [175, 'l', 'Con mucho gusto. ¡Que les vaya muy bien!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- policy refusals -------------------------------------------------------------------------------------------
  {
    name: 'lost item: "No, I\'m sorry, an item marked lost can\'t be renewed", the fees page; the patron calls it ridiculous; anything else; thanks',
    lines: [
      [0, 'p', 'i lost a library book can i just renew it until i find it'],
      [18, 'l', "Hi, I'm Kim, a librarian at Columbus Metropolitan Library. Is it already showing as lost on your account, or still checked out?"],
      [52, 'p', 'it says lost'],
      [60, 'l', "No, I'm sorry, an item marked lost can't be renewed. If you find it and bring it back within 6 months, the replacement charge comes off your account; the details are at columbuslibrary.org/fees. Does that answer your question?"],
      [100, 'p', 'thats ridiculous'],
      [110, 'l', "I understand, it's frustrating. Is there anything else I can help with?"],
      [130, 'p', 'no'],
      [135, 'l', 'Thanks for chatting with CML. Have a good night.'],
    ],
    exp: usual(),
  },
  {
    name: 'academic proctoring: "we don\'t proctor exams", the Testing Center with its room, e-mail and phone (referral passes)',
    lines: [
      [0, 'p', 'Can someone at the library proctor my online exam for my distance course? It needs a proctor signature.'],
      [24, 'l', "Hello! You've reached the University of Maryland Libraries chat. This is Owen. Is this a UMD course, or a course from another school?"],
      [60, 'p', 'another school, im visiting for the summer'],
      [68, 'l', "The Libraries don't proctor exams, I'm sorry. The campus Testing Office proctors exams for other schools for a fee: contact them at testing@umd.edu or 301-314-7693, 1101 Shoemaker Building. Would that work for you?"],
      [110, 'p', 'yes that works, thats all i needed'],
      [114, 'l', 'Great. Good luck on the exam, and thanks for contacting us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the cooperative backup librarian cannot waive fines; the home branch is referred with its phone
    name: 'statewide cooperative backup (global queue): "I can\'t waive fines from here", the patron\'s branch with its phone; the patron calls it useless',
    lines: [
      [0, 'p', 'I need my fines waived, I am on a fixed income. $14 from the Pikesville branch'],
      [35, 'l', "Hello! I'm Marisa, a librarian with Howard County Library System answering for AskUsNow!, Maryland's statewide chat. Are the fines for overdue items or for something lost?", MARISA],
      [70, 'p', 'overdue'],
      [78, 'l', "I'm not staff at Baltimore County Public Library, so I can't waive fines from here. The Pikesville branch can review it: call them at 410-887-1234 or stop by 1301 Reisterstown Rd. BCPL also has a fine-forgiveness page at bcpl.info/fines. Does that help?", MARISA],
      [115, 'p', 'thats useless'],
      [124, 'l', "I'm sorry I can't do more from here. Is there anything else I can help you with?", MARISA],
      [150, 'p', 'no'],
      [155, 'l', 'Thank you for using AskUsNow!, and take care.', MARISA],
    ],
    over: COOP,
    exp: usual({ referral: 'pass' }),
  },

  // ---- complaints about the library or the chat ------------------------------------------------------------------
  {
    name: 'complaint about the chat\'s wait ("been waiting forever"): pickup after 94 s, an apology and the help; the complaint form and the manager\'s e-mail',
    lines: [
      [0, 'p', 'hello?? is anyone there'],
      [94, 'l', "Hi, I'm so sorry for the wait, it's a busy evening. This is Gina at Orange County Library System. What can I help with?"],
      [110, 'p', 'been waiting forever. also the lady at the Herndon branch was really rude to me today. who do i complain to'],
      [120, 'l', "I'm sorry that happened. Do you want to make a formal complaint, or just let the branch know?"],
      [150, 'p', 'formal'],
      [158, 'l', 'You can use the comment form at ocls.org/contact, or write to the Herndon branch manager, Lisa Chen, at lchen@ocls.org. Is that what you needed?'],
      [190, 'p', 'ok yes'],
      [195, 'l', 'Thank you for telling us. Have a good night.'],
    ],
    exp: usual({ pickup: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "take it up with the branch" names a party (the branch) with no way to reach it
    name: 'complaint about a branch closing early, "you\'d have to take it up with the branch" (no contact): referral fails; no source at all',
    lines: [
      [0, 'p', 'Why was the Oak Cliff library closed at 4 today when it says open til 8. I drove 30 min'],
      [25, 'l', 'Hi, this is Dallas Public Library chat, Terrence speaking. Sorry about that! Was there a sign on the door?'],
      [58, 'p', 'no nothing'],
      [66, 'l', "I don't see an alert for Oak Cliff today. You'd have to take it up with the branch. Sorry again for the trouble."],
      [90, 'p', 'great. thanks for nothing'],
      [96, 'l', 'Have a good evening.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },

  // ---- a long run of questions -----------------------------------------------------------------------------------
  {
    // reading: telling the patron they asked a lot "tonight" and must stop fails, goodbye or not
    name: 'long run: after four answers "You\'ve asked a lot of questions tonight and I need to help others. Goodbye." (asked too many, no way back)',
    lines: [
      [0, 'p', 'what time does the Ballard branch open tomorrow'],
      [20, 'l', 'Hi! Seattle Public Library chat, this is Cam. Tomorrow being Saturday the 14th?'],
      [35, 'p', 'yes'],
      [40, 'l', 'Ballard opens at 10 am on Saturdays; all hours are at spl.org/hours. Does that help?'],
      [55, 'p', 'ok and can i return a book from king county there'],
      [64, 'l', "No, KCLS items have to go back to a KCLS branch."],
      [80, 'p', 'and do you have passport photos'],
      [88, 'l', 'Central Library takes passport photos for $15; see spl.org/passports.'],
      [104, 'p', 'what about notary'],
      [112, 'l', 'No notary service at SPL, sorry.'],
      [125, 'p', 'ok what about 3d printing. and also job help'],
      [134, 'l', "You've asked a lot of questions tonight and I need to help others. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'long run: "There are a few other people waiting in the queue, so I\'ll need to stop here, but please come back later tonight or tomorrow for the rest" (allowed)',
    lines: [
      [0, 'p', 'hi i have a bunch of questions about starting a small business'],
      [25, 'l', "Hi! I'm Rob, a business librarian at the Brooklyn Public Library. What kind of business is it?"],
      [55, 'p', 'food truck'],
      [62, 'l', 'For licenses, NYC Business Express (nyc.gov/businessexpress) lists every permit a food truck needs. Our Business & Career Center has free one-on-one help: bklynlibrary.org/business. Did that help?'],
      [100, 'p', 'yes. now how do i write a business plan, and what about insurance, and where do i get a commissary, and loans?'],
      [112, 'l', "Those are all great questions. There are a few other people waiting in the queue, so I'll need to stop here, but please come back later tonight or tomorrow for the rest and we'll pick up where we left off. Thanks, and good luck with the truck!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "other patrons are waiting" without an invitation back ends the help for the provider: fails
    name: 'near miss: "There are other patrons waiting so I need to end our chat now. Take care." (others waiting, but no way back)',
    lines: [
      [0, 'p', 'I need to find the deed to my grandfathers house from the 1950s'],
      [30, 'l', 'Good afternoon, this is Alice at the Sacramento Public Library. Do you know the street address?'],
      [62, 'p', '2231 Portola Way, 1953 or 54'],
      [70, 'l', "Recorded deeds are at the Sacramento County Clerk-Recorder: ccr.saccounty.gov has the index search and the copy request form. Is that what you're looking for?"],
      [108, 'p', 'yes but how do i read the index? and what about building permits? and old photos of the house?'],
      [116, 'l', 'There are other patrons waiting so I need to end our chat now. Take care.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'SMS: "its slammed w texts rn, can u txt back in an hr for the rest? we\'re here til 8" offers a way back',
    lines: [
      [0, 'p', 'do u have free tax help', TEXT],
      [30, 'l', 'hi! Howard County Library text line, this is Abby. for federal or MD state taxes?'],
      [70, 'p', 'both. income under 60k', TEXT],
      [76, 'l', 'AARP Tax-Aide does free returns at Central Branch, appts at hclibrary.org/taxes. does that help?'],
      [100, 'p', 'ya. also how do i get my w2 from an old job and what if i owe and cant pay', TEXT],
      [108, 'l', "its slammed w texts rn, can u txt back in an hr for the rest? we're here til 8"],
    ],
    over: SMS,
    exp: usual({ anything: 'fail', courteous: 'pass' }),
  },
  {
    // reading: "that's a lot of questions" is an observation; the provider goes on helping, nothing is ended
    name: 'near miss: "Wow, that\'s a lot of questions, let\'s take them one at a time!" and all are answered',
    lines: [
      [0, 'p', 'Hi, how do I get a card, can I use it at other libraries, do you have museum passes and can I print from my phone?'],
      [22, 'l', "Hi there! You're chatting with Jen at Cambridge Public Library. Wow, that's a lot of questions, let's take them one at a time! Do you live in Massachusetts?"],
      [48, 'p', 'yes in Somerville'],
      [56, 'l', 'Any Massachusetts resident can get a card: apply at cambridgema.gov/cpl/card and it works at all Minuteman libraries. Museum passes are reserved at cambridgema.gov/cpl/museumpasses, and you can print from your phone with the Mobile Print link at cambridgema.gov/cpl/print. Did that cover everything?'],
      [100, 'p', 'yes thats everything! thanks'],
      [105, 'l', "You're welcome! Have a great day."],
    ],
    exp: usual(),
  },

  // ---- providers who must end the chat ---------------------------------------------------------------------------
  {
    name: 'closing time, no way back: "The library is closing and I need to log off. Goodbye." while the patron still asks',
    lines: [
      [0, 'p', 'I want to find newspaper articles about my great aunt, she was in the 1937 Ohio river flood'],
      [28, 'l', 'Hi, this is Nate at the Louisville Free Public Library. Do you know her name and what town she lived in?'],
      [66, 'p', 'Mary Ellen Boyd, Louisville'],
      [74, 'l', "The Courier-Journal archive on Newspapers.com (lfpl.org/research > Newspapers) covers January and February 1937 day by day; search \"Boyd\" with those dates. Is that what you had in mind?"],
      [110, 'p', 'yes! can you search it for me, I dont have a card'],
      [118, 'l', 'The library is closing and I need to log off. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing time with a way back: "We close at 9 and it\'s 8:58, so I\'ll need to end here. The chat reopens at 10 am tomorrow, come back then…"',
    lines: [
      [0, 'p', 'how do i find out who owned my house before me'],
      [20, 'l', 'Hi, I\'m Tanya at the Wake County Public Libraries. Do you know roughly when your house was built?'],
      [52, 'p', '1920s i think, in Raleigh'],
      [58, 'l', 'The Wake County Register of Deeds search (wakegov.com/departments-government/register-deeds) goes back to 1785; start with your current deed and work backwards through the grantors. Does that make a good starting point?'],
      [100, 'p', 'yes. can you show me how to read the old ones'],
      [108, 'l', "I'd love to, but we close at 9 and it's 8:58, so I'll need to end here. The chat reopens at 10 am tomorrow; please come back then and ask for the deed help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: the shift end is the provider's convenience; a farewell does not make a way back
    name: 'shift end, polite, no way back: "I\'m so sorry, my shift just ended and I have to log off. Have a wonderful evening!" mid-question',
    lines: [
      [0, 'p', 'Hi, I need help finding data on teen vaping rates in Michigan by county'],
      [35, 'l', 'Hello! This is Mr. Park at Ann Arbor District Library. What years do you need?'],
      [70, 'p', '2019 to now if possible'],
      [76, 'l', 'Let me look.'],
      [150, 'l', 'The Michigan Profile for Healthy Youth (miphy.org) has county reports for vaping, 2019-2024. Is that what you need?'],
      [190, 'p', 'close, but i need them in one table, how do i combine them?'],
      [198, 'l', "I'm so sorry, my shift just ended and I have to log off. Have a wonderful evening!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'shift end with a way back: "my shift ends now, but if you start a new chat my colleague on the evening shift will help with the rest" (and the question is answered first)',
    lines: [
      [0, 'p', 'Hola, do you have books in Spanish for kids learning to read?'],
      [25, 'l', 'Hi! This is Carmen at San Diego Public Library. What age is your child?'],
      [48, 'p', '6'],
      [55, 'l', 'Our catalog has 300+ Spanish easy readers: sandiego.bibliocommons.com, search "libros en español lectores principiantes". Does that help?'],
      [85, 'p', 'yes! and do you have any classes for me to learn english?'],
      [92, 'l', "My shift ends now, but if you start a new chat my colleague on the evening shift will help with the English classes. Thank you so much!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'blunt provider: "I already answered that. Read the link I sent. Bye." (the help ends for the provider, no way back)',
    lines: [
      [0, 'p', 'how do i download audiobooks to my phone'],
      [25, 'l', 'Hi, Ask Us at Hennepin County Library, this is Joel. iPhone or Android?'],
      [45, 'p', 'iphone'],
      [50, 'l', 'Get the Libby app from the App Store, add Hennepin County Library, and sign in with your card. The steps are at hclib.org/libby. Did that work?'],
      [95, 'p', 'but how do i download them'],
      [104, 'l', 'I already answered that. Read the link I sent. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: the patron was done; "I have to run" then ends nothing the patron still needed
    name: 'not a dismissal: the patron says "thats all I needed", then "Great, I have to run anyway, bye!"',
    lines: [
      [0, 'p', 'what is the call number for dog training books'],
      [15, 'l', 'Hi, Dawn at Baltimore County Public Library! Training a puppy or an older dog?'],
      [38, 'p', 'puppy'],
      [44, 'l', 'Dog training books are at 636.7 in the nonfiction section; "The Puppy Primer" is 636.70835 MCC. Our catalog: catalog.bcpl.lib.md.us. Did that answer your question?'],
      [75, 'p', 'yes thats all I needed'],
      [80, 'l', 'Great, I have to run anyway, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "your 20 minutes are up" says the time is up, even with a way back after it
    name: 'academic: "our sessions are limited to 20 minutes and yours is up, but you can start a new chat for the rest" (time is up, a way back does not mend it)',
    lines: [
      [0, 'p', 'I need help with my lit review search strategy for nursing'],
      [30, 'l', "Hi, I'm Dana, a health sciences librarian at VCU Libraries. What's your research question?"],
      [70, 'p', 'does music therapy reduce anxiety in ICU patients'],
      [80, 'l', 'Give me a moment.'],
      [190, 'l', 'In CINAHL (library.vcu.edu/databases > CINAHL) try (MH "Music Therapy") AND anxiety AND ("intensive care" OR ICU). That gives about 60 results. Is that working for you?'],
      [300, 'p', 'yes but how do i add PICO and also set up alerts'],
      [310, 'l', 'Our chat sessions are limited to 20 minutes and yours is up, but you can start a new chat for the rest. Thanks!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Spanish, closing time with a way back: "Ya vamos a cerrar… puede escribirnos mañana desde las 9"',
    lines: [
      [0, 'p', 'buenas noches, tienen computadoras para usar mañana? necesito imprimir unos documentos'],
      [20, 'l', 'Buenas noches, le saluda Rosa de la Biblioteca Pública de Chicago. ¿A qué sucursal piensa ir?'],
      [52, 'p', 'la de little village'],
      [60, 'l', 'La sucursal Toman en Little Village tiene computadoras e impresión: 10 centavos por página. El horario está en chipublib.org/locations/toman. ¿Es lo que necesitaba?'],
      [95, 'p', 'si. y pueden ayudarme a llenar una solicitud de trabajo?'],
      [104, 'l', 'Ya vamos a cerrar el chat por hoy, así que no le puedo ayudar con eso ahora, pero puede escribirnos mañana desde las 9 de la mañana. ¡Gracias por comunicarse!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: a limit of questions fails even when a way back follows it
    name: 'Spanish, a limit of questions: "Ya le contesté tres preguntas, es el máximo por chat. Vuelva a escribir si necesita más." fails',
    lines: [
      [0, 'p', 'hola, cuánto cuesta la tarjeta para alguien que no vive en el condado'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca del Condado de Prince George. ¿En qué condado vive?'],
      [40, 'p', 'en DC'],
      [46, 'l', 'Los residentes de DC pueden sacar la tarjeta gratis, por el acuerdo regional: pgcmls.info/tarjeta. ¿Le sirve?'],
      [70, 'p', 'si. y puedo usar las computadoras? y hay clases de ciudadanía? y wifi afuera?'],
      [80, 'l', 'Sí a las computadoras, y hay wifi en los estacionamientos. Ya le contesté tres preguntas, es el máximo por chat. Vuelva a escribir si necesita más.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'too many patrons: "I have 4 chats going so gotta close this one, sorry!!" (no way back); the provider had four sessions open (concurrency fails)',
    lines: [
      [0, 'p', 'is there a way to see if a book is on the shelf right now at a certain branch'],
      [30, 'l', 'hi! Kat at Denver Public Library here. which branch?'],
      [55, 'p', 'schlessman'],
      [60, 'l', 'in the catalog (catalog.denverlibrary.org) click the title, then "Where is it?" shows Schlessman with On Shelf or Checked Out. does that help?'],
      [90, 'p', 'kinda, what if it says in transit?'],
      [98, 'l', 'I have 4 chats going so gotta close this one, sorry!!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 10, 300), other('b', 'jo', 20, 300), other('c', 'jo', 40, 300)] },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', concurrency: 'fail' }),
  },
  // (left in v11, passes in v23: "call 911 or talk to your doctor" leaves the doctor without a contact, v22's otherPartyOrV1)
  {
    // LEFT: "call 911 or talk to your doctor": the two parties joined by "or" are read as one referral that 911's
    // number reaches (checks/referral.ts takes the sentence's contact for every party in it); telling the parties of a
    // coordination apart is beyond this round.
    // reading: "call 911" refers to emergency services with a phone; "your doctor" is a referral without a contact
    name: 'medical: chest pain "yesterday", MedlinePlus, "if it comes back call 911 or your doctor" (referral fails: your doctor has no contact)',
    lines: [
      [0, 'p', 'i had chest pain yesterday for like 10 min. should i go to the ER?'],
      [20, 'l', 'Hi, this is Mark at Fairfax County Public Library. Are you having the pain right now?'],
      [42, 'p', 'no its gone'],
      [52, 'l', "I can't give medical advice, but MedlinePlus explains chest pain and when it's an emergency: medlineplus.gov/ency/article/003079.htm. If it comes back, call 911 or talk to your doctor. Does that help?"],
      [95, 'p', 'ok yeah thanks'],
      [100, 'l', 'Take care of yourself. Thanks for chatting with FCPL.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  // (left in v11, fixed in v23 by X1 referralVerb: "Ask a Librarian Delaware stays staffed …" names the service, it refers to no one)
  {
    // Why it was left (fixed since): the service name "Ask a Librarian Delaware" opens with the verb "ask", so the sentence is read as telling
    // the patron to ask a librarian (a referral without contact); a service name as the subject of "stays staffed" needs
    // the raw capitals or the verb after the name, beyond this round.
    // reading: the cooperative's 24/7 service is a way back while the local chat closes
    name: 'statewide cooperative: the local librarian signs off at closing but "Ask a Librarian Delaware stays staffed overnight through the cooperative, just start a new chat"',
    lines: [
      [0, 'p', 'hi how do i find my property tax bill for sussex county'],
      [25, 'l', 'Hi! Gwen with the Lewes Public Library here. Is it for this year?'],
      [50, 'p', 'yes 2026'],
      [58, 'l', 'Sussex County posts bills at sussexcountyde.gov/tax-bills-online: search by your name or parcel number. Does that answer your question?'],
      [90, 'p', 'yeah. can u also explain the school tax part'],
      [97, 'l', "Our branch is closing for the night so I'm signing off, but Ask a Librarian Delaware stays staffed overnight through the cooperative, just start a new chat and they'll take it from there. Have a good night!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

// ---- short cases: a few checks each --------------------------------------------------------------------------------
const START: Line[] = [
  [0, 'p', 'hi can you help me find info on the history of our town water tower'],
  [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Which town is it?"],
  [45, 'p', 'Bel Air'],
  [52, 'l', 'The Historical Society of Harford County has photos and a history at harfordhistory.org/collections. Is that what you were looking for?'],
];

export const short: SessionCase[] = [
  // ---- dismissals and near-dismissals in other words
  {
    name: 'dismissal: "I\'m going to have to cut you off there, the chat\'s closing. Bye!" mid-question',
    lines: [...START, [80, 'p', 'kind of. do you have books too?'], [88, 'l', "I'm going to have to cut you off there, the chat's closing. Bye!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'closing time with another open service: "the library closes in 2 minutes… our 24/7 chat at askalibrarian.org stays open all night" passes',
    lines: [...START, [80, 'p', 'yes! any old maps too?'], [88, 'l', 'The library closes in 2 minutes so I have to end the chat, but our 24/7 chat at askalibrarian.org stays open all night if you want to keep going. Thanks!']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'a way back by e-mail: "I\'ve got to jump off, but send the rest to ask@samplecountylib.org and we\'ll reply tomorrow"',
    lines: [...START, [80, 'p', 'yes. and the old fire station too?'], [88, 'l', "Sorry, I've got to jump off, but send the rest to ask@samplecountylib.org and we'll reply tomorrow."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'chat-speak: "k gotta bounce, ttyl" while the patron still asks: a dismissal',
    lines: [...START, [80, 'p', 'ya and what about the old school'], [88, 'l', 'k gotta bounce, ttyl']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Your 30 minutes are up, so I\'ll close the chat now. Thanks for your patience!" (time is up)',
    lines: [...START, [80, 'p', 'and the train depot?'], [88, 'l', "Your 30 minutes are up, so I'll close the chat now. Thanks for your patience!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: '"You\'ve asked way too many questions today, I can\'t keep going." (asked too many)',
    lines: [...START, [80, 'p', 'ok and the bridge and the mill and the church?'], [88, 'l', "You've asked way too many questions today, I can't keep going."]],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss: "Take all the time you need, there\'s no rush on my end" is no dismissal',
    lines: [...START, [80, 'p', 'let me look at that first'], [88, 'l', "Take all the time you need, there's no rush on my end."], [150, 'p', 'great, that was it, thanks'], [156, 'l', 'Thanks for chatting!']],
    exp: some({ dismissal: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "You have used your 3 free interlibrary loan requests this month" is a limit of loans, not of questions',
    lines: [
      [0, 'p', 'can i request another book through ILL'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which book is it?"],
      [45, 'p', 'The Warmth of Other Suns'],
      [52, 'l', 'You have used your 3 free interlibrary loan requests this month, so this one would be $3, or we can buy it: suggest a purchase at samplecountylib.org/suggest. Would either work?'],
      [80, 'p', 'the suggest one, thats all'],
      [85, 'l', 'Great, thanks for chatting!'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "Please be patient with me, I\'m helping a few people" is a hold, not a dismissal; the answer follows',
    lines: [...START, [80, 'p', 'yes. and old newspapers?'], [88, 'l', "Please be patient with me, I'm helping a few people right now."], [180, 'l', 'The Aegis is on microfilm back to 1856 at the Bel Air branch; see samplecountylib.org/microfilm. Anything else?'], [200, 'p', 'no thanks'], [205, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', informed: 'pass' }),
  },
  {
    name: 'near miss: the warning "If the language continues I will end this chat" and then the help goes on',
    lines: [...START, [80, 'p', 'this is useless garbage'], [88, 'l', 'If the language continues I will end this chat. Would old newspaper articles help more?'], [120, 'p', 'sorry. yes'], [128, 'l', 'The Aegis microfilm at samplecountylib.org/microfilm goes back to 1856. Thanks for chatting!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'meeting: "I need to hop into a meeting, so I\'m closing this out." (the provider\'s convenience, no way back)',
    lines: [...START, [80, 'p', 'is there anything about when it was built?'], [88, 'l', "I need to hop into a meeting, so I'm closing this out."]],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'meeting with a way back: "I have a meeting in a minute; if you message back after 3 I\'ll dig into the build date"',
    lines: [...START, [80, 'p', 'is there anything about when it was built?'], [88, 'l', "I have a meeting in a minute; if you message back after 3 I'll dig into the build date for you. Thanks!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Spanish: "Lo siento, tengo que cerrar, ya terminó mi turno. Puede volver a escribirnos mañana a partir de las 10." (a way back)',
    lines: [...START, [80, 'p', 'y tienen fotos antiguas?'], [88, 'l', 'Lo siento, tengo que cerrar, ya terminó mi turno. Puede volver a escribirnos mañana a partir de las 10.']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Spanish: "Tengo que irme, hay mucha gente esperando. Adiós." (others waiting, no way back)',
    lines: [...START, [80, 'p', 'y tienen fotos antiguas?'], [88, 'l', 'Tengo que irme, hay mucha gente esperando. Adiós.']],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'queue limit said as a policy: "we can only answer 2 questions per chat, you\'ve hit that" (a limit of questions)',
    lines: [...START, [80, 'p', 'yes and the old courthouse?'], [88, 'l', "We can only answer 2 questions per chat and you've hit that, sorry. Thanks for using chat!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: '"It\'s almost closing, so this is my last answer tonight; our e-mail service at ask@samplecountylib.org answers the rest within a day"',
    lines: [...START, [80, 'p', 'and photos of the old mill?'], [88, 'l', "It's almost closing, so this is my last answer tonight: the mill photos are in the same collection. Our e-mail service at ask@samplecountylib.org answers anything else within a day. Good night!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'abusive, cut off by the software: "Chat ended by librarian" after "I won\'t continue this conversation." (misconduct; no thanks)',
    lines: [...START, [80, 'p', 'ur so f***ing stupid'], [88, 'l', "I won't continue this conversation."], [90, 's', 'Chat ended by librarian.', sys('ended')]],
    exp: some({ dismissal: 'pass', courteous: 'fail' }),
  },

  // ---- greeting in a difficult opening
  {
    name: 'greeting: first message "Please keep the language respectful." then "Hi, I\'m Dana at the Tacoma Public Library…": passes over the two',
    lines: [
      [0, 'p', 'why the f is my card blocked'],
      [20, 'l', 'Please keep the language respectful.'],
      [25, 'l', "Hi, I'm Dana at the Tacoma Public Library, and I can look into the block. Is the card in your name?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "What do you need?" then the answer: no greeting and nobody identified',
    lines: [
      [0, 'p', 'hours??'],
      [20, 'l', 'What do you need?'],
      [35, 'p', 'hours for main'],
      [40, 'l', 'Main is open 9-8 Mon-Thu, see the website.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: a greeting that names only the screen name\'s owner in the author field ("Hi there! How can I help?"): greeting fails',
    lines: [
      [0, 'p', 'test'],
      [20, 'l', 'Hi there! How can I help?', who('Librarian Dana', 'dana')],
      [40, 'p', 'do u have wifi hotspots'],
      [48, 'l', 'Yes, 2-week loans, reserve in the catalog.', who('Librarian Dana', 'dana')],
    ],
    exp: some({ greeting: 'fail' }),
  },

  // ---- clarify, source, completeness, referrals in refusals
  {
    name: 'clarify: the refusal comes with "What\'s the assignment asking you to argue?" before any source',
    lines: [
      [0, 'p', 'write me a thesis statement on gun control'],
      [20, 'l', "Hi, this is Jo at Sample County Library. I can't write it for you, but I can help you get there. What's the assignment asking you to argue?"],
      [50, 'p', 'whether background checks reduce deaths'],
      [58, 'l', "The Purdue OWL page on thesis statements (owl.purdue.edu/owl/general_writing/academic_writing/establishing_arguments) shows how to turn that into a claim. Gale Opposing Viewpoints at samplecountylib.org/databases has both sides. Does that help?"],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: a refusal then a source at once, and "Anything else?" as the only question: clarify fails',
    lines: [
      [0, 'p', 'can u do my spanish homework'],
      [20, 'l', "Hi, Jo at Sample County Library. I can't do homework for you, but SpanishDict (spanishdict.com) has conjugation tables and examples. Anything else?"],
      [45, 'p', 'no'],
      [50, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'fail', anything: 'pass' }),
  },
  {
    name: 'source: "Apple Support can help with that" names an organisation with no way to reach it: no source; a referral that fails',
    lines: [
      [0, 'p', 'my iphone wont download the libby app'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. What error do you see?'],
      [45, 'p', 'it says cannot download at this time'],
      [52, 'l', "That's a problem with your Apple ID or phone rather than the library, so you'll want to contact Apple Support; they can help with that."],
      [80, 'p', 'ok'],
    ],
    exp: some({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'referral with a phone: "call Apple Support at 1-800-275-2273" is a source and a referral that passes',
    lines: [
      [0, 'p', 'my iphone wont download the libby app'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. What error do you see?'],
      [45, 'p', 'it says cannot download at this time'],
      [52, 'l', "That's an Apple ID problem rather than a library one: call Apple Support at 1-800-275-2273 and they can reset it. Does that help?"],
      [80, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', referral: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Would you like me to look for books on that too?" after the answer is about something not yet given: completeness fails',
    lines: [
      [0, 'p', 'is it legal to record a phone call in maryland'],
      [20, 'l', "Hi, Jo at Sample County Library. I can't give legal advice, but the People's Law Library explains Maryland's two-party consent rule at peoples-law.org/recording. Would you like me to look for books on that too?"],
      [60, 'p', 'no thats all'],
      [66, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'fail', anything: 'pass' }),
  },
  {
    // relabelled after the first run (was referral fail): "the Testing Center can do that for you" says who can, but
    // does not tell the patron to contact or visit them
    name: 'a proctoring refusal "the Testing Center can do that for you" does not tell the patron to go there: no referral',
    lines: [
      [0, 'p', 'does the library proctor tests'],
      [20, 'l', 'Hi, this is Jo at the Sample Community College Library. Is it for a class here?'],
      [40, 'p', 'yes'],
      [48, 'l', "We don't proctor in the library, sorry, but the Testing Center can do that for you. The proctoring policy is at samplecc.edu/library/policies. Does that help?"],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },

  // ---- anything else and courteous closing after a difficult chat
  {
    name: 'near miss: the patron says "ok bye": not an explicit "I\'m done"; anything else fails',
    lines: [...START, [80, 'p', 'ok bye'], [85, 'l', 'Bye, thanks for chatting!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'the patron says, rudely, "no more questions, you were useless anyway": an explicit done',
    lines: [...START, [80, 'p', 'no more questions, you were useless anyway'], [86, 'l', "I'm sorry it wasn't more helpful. Thanks for contacting us."]],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'courteous: the last two provider messages are "This chat is being ended due to abusive language." and "Chat closed." (no thanks, goodbye or invitation)',
    lines: [...START, [80, 'p', 'f*** you and ur library'], [88, 'l', 'This chat is being ended due to abusive language.'], [90, 'l', 'Chat closed.']],
    exp: some({ courteous: 'fail', dismissal: 'pass' }),
  },
  {
    name: 'courteous: "Have a good night." after a complaint is a goodbye',
    lines: [...START, [80, 'p', 'this chat thing is so slow. whatever'], [88, 'l', 'Sorry about the wait tonight. Have a good night.']],
    exp: some({ courteous: 'pass', dismissal: 'pass' }),
  },
  {
    name: 'SMS chat-speak complaint "ur website sux", answered; "lmk if u need anything else" asks (as the tenth round read "let me know if"); "thx for txting!"',
    lines: [
      [0, 'p', 'ur website sux cant find the hours anywhere', TEXT],
      [25, 'l', 'hi! this is Abby w/ Howard County Library text line. which branch?'],
      [50, 'p', 'elkridge', TEXT],
      [56, 'l', 'Elkridge is 10-8 Mon-Thu, 10-5 Fri-Sat, 1-5 Sun. hclibrary.org/locations/elkridge. that what u needed?'],
      [80, 'p', 'ya', TEXT],
      [84, 'l', 'lmk if u need anything else. thx for txting!'],
    ],
    over: SMS,
    exp: some({ anything: 'pass', courteous: 'pass', complete: 'pass', source: 'pass' }),
  },

  // ---- near misses guarding this round's families and setting
  {
    name: 'near miss: "when your 60 minutes are up, the computer logs you off" tells a rule of the computers: no dismissal',
    lines: [...START, [80, 'p', 'yes! can i use the computers there to look at it?'], [88, 'l', 'Yes, with your card: computer sessions are 60 minutes, and when your 60 minutes are up, the computer logs you off. Anything else?'], [110, 'p', 'no thanks'], [115, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "You\'ve asked a lot of questions today, which is great!" and the help goes on',
    lines: [...START, [80, 'p', 'yes. sorry i keep asking stuff. what about the old mill?'], [88, 'l', "You've asked a lot of questions today, which is great! The mill photos are in the same collection. Anything else?"], [110, 'p', 'no thats all'], [115, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "I need to help another patron, one moment please" is a hold, and the answer follows',
    lines: [...START, [80, 'p', 'yes and the old mill?'], [88, 'l', 'I need to help another patron, one moment please.'], [150, 'l', 'The mill photos are in the same collection at harfordhistory.org/collections. Anything else?'], [170, 'p', 'no thats all'], [175, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass', informed: 'pass' }),
  },
  {
    name: 'near miss: "Sorry, I didn\'t mean to cut you off! Go ahead." ends nothing',
    lines: [...START, [80, 'p', 'yes and also'], [84, 'l', "Sorry, I didn't mean to cut you off! Go ahead."], [100, 'p', 'the old mill?'], [108, 'l', 'Same collection, under "Mills". Thanks for chatting!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "I already answered that above, but here it is again: …" goes on helping',
    lines: [...START, [80, 'p', 'where was that link again'], [88, 'l', 'I already answered that above, but here it is again: harfordhistory.org/collections. Anything else?'], [110, 'p', 'nope'], [115, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "the computer lab is open till 8" is no way back to the help
    name: 'dismissal: "I have to sign off now; the computer lab is open till 8." (a place open is no way back to the chat)',
    lines: [...START, [80, 'p', 'yes, and how do i search it?'], [88, 'l', 'I have to sign off now; the computer lab is open till 8.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: the patron says "thats all, but wait, do you have the 1920 photos?" and the provider leaves "I have to run, bye!": a dismissal',
    lines: [...START, [80, 'p', 'thats all, but wait, do you have the 1920 photos?'], [88, 'l', 'I have to run, bye!']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "Please text back with your card number so I can check." asks for something now, no invitation back: courteous fails',
    lines: [
      [0, 'p', 'is my hold in yet', TEXT],
      [20, 'l', 'hi! Howard County Library text line, Abby here. which title?'],
      [40, 'p', 'educated by tara westover', TEXT],
      [48, 'l', 'Please text back with your card number so I can check.'],
    ],
    over: SMS,
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Would a good starting point be the deed index or the tax maps?" asks about something not given: completeness fails',
    lines: [
      [0, 'p', 'how do i find who owned my house before me'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. The county's land records are at mdlandrec.net. Would a good starting point be the deed index or the tax maps?"],
      [60, 'p', 'deed index. thats all i need'],
      [66, 'l', 'Great, thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Let me take it up with my supervisor" is the provider consulting staff, no referral',
    lines: [...START, [80, 'p', 'the branch closed early on me today'], [88, 'l', "I'm sorry! Let me take it up with my supervisor. Thanks for telling us."]],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Amazon\'s Kindle support page at amazon.com/kindlehelp explains it" points to a page: no referral',
    lines: [
      [0, 'p', 'my kindle wont connect to wifi'],
      [20, 'l', 'Hi, this is Jo at Sample County Library. Is it a Paperwhite?'],
      [40, 'p', 'yes'],
      [48, 'l', "Amazon's Kindle support page at amazon.com/kindlehelp explains the wifi reset. Does that help?"],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'referral: "check with the Testing Center" (no way to reach it) fails',
    lines: [
      [0, 'p', 'does the library proctor tests'],
      [20, 'l', 'Hi, this is Jo at the Sample Community College Library. Is it for a class here?'],
      [40, 'p', 'yes'],
      [48, 'l', "We don't proctor in the library, sorry; you'll want to check with the Testing Center. The library's policy is at samplecc.edu/library/policies. Does that help?"],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: as the widget test: whether "LMAOOO no" and a prank ask anything is the same broad reading of the
    // substantive exchange.
    // LEFT: "Ha, nice try!" in the greeting message is read as information (not filler), and "Is there a real book I can
    // help you find?" as a clarifying question, not the greeting's offer; a reply to a prank inside a greeting has no
    // family yet.
    // reading: the provider's only message before the goodbye is the greeting with its offer of help ("Is there a real
    // book I can help you find?" is the greeting's "how can I help?"), so nothing substantive was sent
    name: 'LEFT (substantive exchange: a prank answered inside the greeting) prank "do you have the book Yellow River by I.P. Freely": the provider greets with "nice try", then a goodbye; no substantive exchange',
    lines: [
      [0, 'p', 'do you have the book yellow river by i.p. freely'],
      [18, 'l', 'Hi, this is Ms. Grant, the librarian at Walt Whitman High School Library. Ha, nice try! Is there a real book I can help you find?'],
      [36, 'p', 'LMAOOO no'],
      [44, 'l', 'All right, have a good day!'],
    ],
    over: { resolutionCode: 'Prank' },
    exp: noExchange(),
  },
];

describe('eleventh round (K3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K3): difficult sessions, every check', whole);
describeSessions('eleventh round (K3): difficult sessions, short cases', short);

describeLeft('eleventh-round-difficult', LEFT);
