/**
 * Nineteenth round, second wave, area (T7): FALSE PASSES OF THE FIRST WAVE'S FAMILY WIDENINGS (blocks T1-T6 of rubric
 * v20), narrowings only. Ordinary chats from veterans' desks, public, academic and tribal college libraries, a statewide
 * service and a Spanish-language desk, in which the words the first wave keyed on appear but the behaviour is not there,
 * next to chats where it is (so a narrowing cannot take the first wave's right readings back):
 * - completeness (T1 "Is that the same <word>?"): "Was that the same year?", "Is it the same school?" asked about the
 *   patron's own story after an answer; "Is that the same Walter?" still asks;
 * - referrals (T1): "try the VFW post locator at vfw.org", "try the American Legion Baseball schedule at …" (a page to
 *   use), "Take the elevator to 2 and see the Financial Aid office sign on your left" (a landmark in directions);
 *   "try the American Legion post on Main", "please see the county clerk in room 104" and Spanish "consultar con un
 *   abogado" still refer;
 * - patronDone (T2): "I don't have more questions yet, I have to read it first", "I don't have more questions, but can you
 *   check …?" (the patron goes on); "it is all what I needed", "I don't have more questions but thank you!" still done;
 * - greeting and thanks (T3): "Ojibwe words like boozhoo" (a word talked about), "the Miigwech Center for Learning" (a
 *   place); "Boozhoo!" and "Miigwech for reaching out!" still greet and thank;
 * - farewells (T3, T5): "Did you see Happy Trails!", "we have the DVD of Happy Trails." (a title), "I can talk to you
 *   Monday about your thesis if you book a slot", "Would it be ok to talk to you Friday instead?", "The advisor will talk to
 *   you Tuesday." (an offer, a question, someone else's meeting); "Happy trails!" and "Talk to you Friday!" still say
 *   goodbye;
 * - way back (T3): "the weekend chat at askidaho.org closed last year", "… ended in 2019" (gone, in the past tense);
 * - knownResource (T4): "By Jove, you found it!" (an oath, not the video journal JoVE); "Try JoVE" still names it.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (also at the cases):
 * - a question after an answer about the patron's own story ("Did she retire when it closed? Was that the same year?")
 *   does not ask whether the information given meets the need: no completeness question;
 * - a sign or a page named in directions ("see the … office sign", "the VFW post locator at vfw.org") sends the patron to
 *   no party: no referral (a URL given for a page to use is a source);
 * - "I don't have more questions yet / but can you …" does not say the patron is done; "… but thank you!" does;
 * - a word or a place named ("words like boozhoo", "the Miigwech Center") greets and thanks no one;
 * - an offer to meet, a question whether to meet, or a third party's meeting is no goodbye; a film's title is none;
 * - a chat service said to have ended is no way back; an oath ("by Jove") names no resource.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    name: 'veterans genealogy: "Is that the same Walter?" after the enlistment record asks whether it is the one wanted (T1 right)',
    lines: [
      [0, 'p', 'looking for my grandpa Walter Kostecki, army WW2, from Hamtramck'],
      [22, 'l', 'Hi there, this is Renee with the Detroit Public Library Burton Collection. Do you know his birth year?'],
      [70, 'p', '1921 i think'],
      [110, 'l', 'There is a Walter J. Kostecki, born 1921, enlisted at Detroit on 3 March 1942, in the NARA enlistment records at aad.archives.gov. Is that the same Walter?'],
      [170, 'p', 'yes! that is him, middle name Joseph'],
      [180, 'l', 'Wonderful. Anything else I can look up for you today?'],
      [215, 'p', 'no thats all, thank you'],
      [222, 'l', 'You are welcome, good luck with the family tree!'],
    ],
    exp: usual(),
  },
  {
    // reading: a question about the patron's own story after the answer ("Was that the same year?") does not ask whether
    // the information given meets the need: completeness fails (no other such question)
    name: 'local history: "Did your grandmother retire when it closed? Was that the same year?" asks about her story, not the answer (completeness fails)',
    lines: [
      [0, 'p', 'my grandmother taught at lincoln elementary in toledo, when did the school close?'],
      [25, 'l', 'Hello! This is Dana at Toledo Lucas County Public Library. Lincoln on Collingwood, or the one in East Toledo?'],
      [60, 'p', 'collingwood'],
      [100, 'l', 'It closed in June 1968; the school board minutes are at toledolibrary.example.org/minutes. Did your grandmother retire when it closed? Was that the same year?'],
      [160, 'p', 'she retired in 1970 actually, she moved to Scott High'],
      [170, 'l', 'Then she would show up in the Scott yearbooks for 1968-70 too. Anything else I can help with?'],
      [200, 'p', 'no that is all thanks'],
      [205, 'l', 'Take care, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'newcomer: "it is all what I needed" says the patron is done (T2 right)',
    lines: [
      [0, 'p', 'hello, where i can take the test for citizen in Omaha?'],
      [30, 'l', 'Hi! This is Tomás at Omaha Public Library. Do you mean the citizenship interview, or our free practice classes for it?'],
      [90, 'p', 'the classes please'],
      [120, 'l', 'The citizenship class meets Tuesdays at 6 pm at the Abrahams branch; the schedule is at omahalibrary.example.org/citizenship. Does that answer your question?'],
      [170, 'p', 'yes, it is all what I needed. thank you very much'],
      [180, 'l', 'You are very welcome, good luck!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I don't have more questions yet, I have to read it first" says the patron is not done yet: the provider never
    // asks about anything else, so anything_else fails
    name: 'newcomer: "I don\'t have more questions yet, I have to read it first" is not done (anything fails)',
    lines: [
      [0, 'p', 'where i find the form for the lease to rent apartment in spanish?'],
      [25, 'l', 'Hello, this is Gabriela at Salt Lake County Library. Is it for an apartment in Utah?'],
      [60, 'p', 'yes in West Valley'],
      [95, 'l', 'Utah Legal Services has a Spanish guide to leases at utahlegalservices.example.org/es/vivienda. Is that the kind of thing you need?'],
      [150, 'p', 'I think so. I don\'t have more questions yet, I have to read it first'],
      [160, 'l', 'Of course, take your time. Have a good evening!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: an offer to meet on a day ("I can talk to you Monday … if you book a slot") and a page given after it are no
    // goodbye: the last two provider messages neither thank, nor say goodbye, nor invite back, so courteous fails
    name: 'graduate thesis: "I can talk to you Monday about your lit review if you book a slot" is an offer, not a goodbye (courteous fails)',
    lines: [
      [0, 'p', 'hi, im writing my MSW thesis on kinship care and my lit review is a mess. can someone help me organise it'],
      [20, 'l', 'Hi! I\'m Priya, the social work librarian at Portland State. Are you mostly stuck on finding sources, or on organising the ones you have?'],
      [75, 'p', 'organising, i have like 60 articles'],
      [110, 'l', 'A synthesis matrix helps; there is a template on our guide at guides.library.example.edu/lit-review. Does that help for a start? Anything else for tonight?'],
      [170, 'p', 'yes that helps, can we meet sometime though'],
      [185, 'l', 'Sure, I can talk to you Monday about your lit review if you book a slot.'],
      [200, 'l', 'The booking page is guides.library.example.edu/priya.'],
      [230, 'p', 'ok will do'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'travel desk: "Happy trails!" ends the chat (T3 right)',
    lines: [
      [0, 'p', 'is the Colorado Trail segment 6 snow free yet'],
      [18, 'l', 'Good morning! This is Kris at Summit County Library. Are you hiking or riding it?'],
      [50, 'p', 'hiking, next weekend'],
      [85, 'l', 'The Colorado Trail Foundation posts conditions at coloradotrail.example.org/conditions; as of Tuesday segment 6 had snow above 11,000 ft. Is that what you were after?'],
      [130, 'p', 'yes perfect, thats everything'],
      [140, 'l', 'Happy trails!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Le sugiero consultar con un abogado de inmigración" tells the patron to consult a lawyer, with no way to
    // reach one: referral fails
    name: 'Spanish desk: "Le sugiero consultar con un abogado de inmigración" refers with no contact (T2 right: referral fails)',
    lines: [
      [0, 'p', 'hola, mi permiso de trabajo vence el mes que viene, que hago'],
      [25, 'l', 'Hola, soy Lucía de la Biblioteca Pública de Denver. ¿Ya envió la solicitud de renovación?'],
      [70, 'p', 'no todavia'],
      [100, 'l', 'El formulario I-765 y las instrucciones en español están en uscis.example.gov/es/i-765. Le sugiero consultar con un abogado de inmigración antes de enviarlo. ¿Le sirve esta información?'],
      [150, 'p', 'si gracias, es todo'],
      [160, 'l', '¡Con gusto, que le vaya bien!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "see the Financial Aid office sign" is a landmark in directions, no party to visit: no referral
    name: 'campus directions: "take the elevator to 2 and see the Financial Aid office sign on your left; the kiosk is under it" (referral na)',
    lines: [
      [0, 'p', 'where is the print release kiosk in the student center'],
      [20, 'l', 'Hi! This is Marcus at the UNLV Libraries chat. Are you already in the Student Union building?'],
      [55, 'p', 'yea by the food court'],
      [75, 'l', 'Take the elevator to 2 and see the Financial Aid office sign on your left; the kiosk is under it. Printing prices are at library.example.edu/print. Did that help?'],
      [120, 'p', 'found it, thats all thank you'],
      [128, 'l', 'Great, have a good one!'],
    ],
    exp: usual(),
  },
  {
    // reading: "the weekend chat at askidaho.org closed last year" is no way back, and nothing else offers one: ending the
    // chat for closing time is a dismissal
    name: 'statewide: "I have to end our chat now; the weekend chat at askidaho.org closed last year." offers no way back (dismissal fails)',
    lines: [
      [0, 'p', 'how do i get a nonresident card for the Boise library'],
      [20, 'l', 'Hi, this is Deb at Boise Public Library. Do you live in Ada County?'],
      [50, 'p', 'no, Canyon County'],
      [80, 'l', 'A nonresident card is $75 a year; the form is at boisepubliclibrary.example.org/cards. Does that answer it? Anything else?'],
      [120, 'p', 'and can i use it at the branch in meridian'],
      [130, 'l', 'The library closes in 5 minutes, so I have to end our chat now; the weekend chat at askidaho.org closed last year. Bye.'],
    ],
    exp: usual({ dismissal: 'fail' }),
  },
  {
    // reading: "talk to you Friday!" is a goodbye (T5 right); a question whether to talk "Friday instead?" would not be
    name: 'school: "Talk to you Friday!" after the patron is done (T5 right)',
    lines: [
      [0, 'p', 'need 3 sources on the dust bowl for history by friday'],
      [15, 'l', 'Hi! Ms. Okafor here, Lakeview Middle School library. Do they have to be primary sources?'],
      [50, 'p', 'one has to be'],
      [70, 'l', 'Library of Congress has Dust Bowl photos and interviews at loc.example.gov/dustbowl, and Gale In Context has two good articles. Does that give you enough?'],
      [110, 'p', 'yes thats all i need'],
      [115, 'l', 'Talk to you Friday!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // completeness
  {
    // reading: "Is it the same school?" asks about the patron's story: no completeness question
    name: 'near miss: "Is it the same school?" about where the patron\'s mother taught (completeness fails)',
    lines: [
      [0, 'p', 'when did Roosevelt High in Des Moines open'],
      [20, 'l', 'Hello! This is Jen at Des Moines Public Library. Roosevelt opened in 1923; the history is at dmpl.example.org/roosevelt. Your mom taught at Roosevelt on 45th? Is it the same school?'],
      [60, 'p', 'yes same one, thanks'],
      [66, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Was that the same county?" about the patron\'s family after the answer (completeness fails)',
    lines: [
      [0, 'p', 'where are marriage records for Lorain County from 1910'],
      [20, 'l', 'Hi, this is Sam at Elyria Public Library. The Lorain County Probate Court has them, indexed at familysearch.example.org/lorain. Your great-grandparents lived in Amherst, you said; was that the same county?'],
      [60, 'p', 'yes, thanks'],
      [66, 'l', 'Good luck!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'chat-speak: "that what ur lookin for?" after the answer (T1 right: completeness passes)',
    lines: [
      [0, 'p', 'need the hours for the downtown branch on sunday'],
      [15, 'l', 'hey! Ask Us text, Kay at Sacramento Public Library. downtown is 12-5 sundays, all hours at saclibrary.example.org/hours. that what ur lookin for?'],
      [40, 'p', 'yep ty'],
      [45, 'l', 'np!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'sciences: "Is the abstract enough until then?" after an ILL request (T4 right: completeness passes)',
    lines: [
      [0, 'p', 'i need the full text of a 1987 J Chem Ed article on titration curves'],
      [20, 'l', 'Hi! This is Omar at UNF Library. Here is the abstract: onesearch.example.edu/rec/88231. The full text is not in our holdings, so I placed an interlibrary loan for you, about three days. Is the abstract enough until then?'],
      [60, 'p', 'yes thanks'],
      [64, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'sciences: "Do those results look usable?" after a search (T4 right: completeness passes)',
    lines: [
      [0, 'p', 'peer reviewed articles on microplastics in freshwater fish'],
      [20, 'l', 'Hello! This is Ana at Oregon State University Libraries. I searched Web of Science for microplastics AND freshwater fish: 412 results, saved at webofscience.example.com/s/8812. Do those results look usable?'],
      [60, 'p', 'yes'],
      [64, 'l', 'Great, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // referrals
  {
    name: 'veterans: "try the American Legion post on Main St" with no contact (T1 right: referral fails)',
    lines: [
      [0, 'p', 'who can help me fill out the va disability claim'],
      [20, 'l', 'Hi, this is Bill at Pueblo City-County Library. The VA form is at va.example.gov/disability. For help filling it out, try the American Legion post on Main St, they have a service officer.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the VFW's post locator is a page to use, with its URL: a source, no referral
    name: 'near miss: "try the VFW post locator at vfw.example.org/find-a-post" is a page (referral na)',
    lines: [
      [0, 'p', 'is there a vfw near Lubbock'],
      [20, 'l', 'Hi, this is Terri at Lubbock Public Library. Yes, try the VFW post locator at vfw.example.org/find-a-post; type your ZIP.'],
      [60, 'p', 'got it thanks'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "try the American Legion Baseball schedule at legion.example.org/baseball" is a page (referral na)',
    lines: [
      [0, 'p', 'when does legion baseball start in Fargo'],
      [20, 'l', 'Hello, this is Kim at Fargo Public Library. Try the American Legion Baseball schedule at legion.example.org/baseball; Post 2 plays its first home game May 28.'],
      [60, 'p', 'thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'county: "please see the county clerk in room 104" with no contact (T1 right: referral fails)',
    lines: [
      [0, 'p', 'how do i get a copy of my marriage license'],
      [20, 'l', 'Hi, this is Joan at Macon County Library, at the courthouse annex. For a certified copy, please see the county clerk in room 104 of the courthouse.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "go up the ramp and see the Student Accounts office sign; the printers are under it" is a landmark (referral na)',
    lines: [
      [0, 'p', 'where are the color printers'],
      [20, 'l', 'Hi! Marcus at the UNLV Libraries chat. Go up the ramp and see the Student Accounts office sign; the printers are under it.'],
      [60, 'p', 'ty'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'Spanish near miss: "puede consultar con calma la lista en casa" is no party (referral na)',
    lines: [
      [0, 'p', 'tienen libros en español para niños'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca Pública de San Antonio. Sí, la lista está en mysapl.example.org/ninos; puede consultar con calma la lista en casa.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'Spanish near miss: "puede consultar con su número de tarjeta en el catálogo" is no party (referral na)',
    lines: [
      [0, 'p', 'como veo mis libros prestados'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca Pública de San Antonio. Puede consultar con su número de tarjeta en mysapl.example.org/cuenta.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ referral: 'na' }),
  },
  // patron done
  {
    name: 'near miss: "I don\'t have more questions, but can you check the late fee too?" goes on (anything fails)',
    lines: [
      [0, 'p', 'when is my book due'],
      [20, 'l', 'Hello, this is Grace at Tulsa City-County Library. It is due March 14; your account is at tulsalibrary.example.org/account.'],
      [60, 'p', 'I don\'t have more questions, but can you check the late fee too?'],
      [80, 'l', 'There is no late fee on books since 2022.'],
      [100, 'p', 'ok'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'newcomer: "I don\'t have more questions but thank you!" is done (T2 right: anything passes)',
    lines: [
      [0, 'p', 'when is my book due'],
      [20, 'l', 'Hello, this is Grace at Tulsa City-County Library. It is due March 14; your account is at tulsalibrary.example.org/account.'],
      [60, 'p', 'I don\'t have more questions but thank you!'],
      [70, 'l', 'You are welcome!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'newcomer: "I do not have more doubts" is done (T2 right: anything passes)',
    lines: [
      [0, 'p', 'the library has classes of english?'],
      [20, 'l', 'Hello, this is Grace at Tulsa City-County Library. Yes, free ESL classes, Mondays 6 pm at Central; sign up at tulsalibrary.example.org/esl.'],
      [60, 'p', 'ok very good. I do not have more doubts'],
      [70, 'l', 'Wonderful, see you there!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // greeting and thanks
  {
    name: 'tribal college: "Boozhoo! This is Wanda at the Leech Lake Tribal College Library." (T3 right: greeting passes)',
    lines: [
      [0, 'p', 'do you have ojibwe language books for kids'],
      [20, 'l', 'Boozhoo! This is Wanda at the Leech Lake Tribal College Library. Yes, we have a shelf of them; see lltc.example.edu/library/ojibwemowin.'],
      [60, 'p', 'miigwech'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "words like boozhoo" names a word; the first two provider messages never greet: greeting fails
    name: 'near miss: "Ojibwe words like boozhoo are in the dictionary…" names the word (greeting fails)',
    lines: [
      [0, 'p', 'how do you say hello in ojibwe'],
      [20, 'l', 'This is Wanda at the Leech Lake Tribal College Library. Ojibwe words like boozhoo are in the Ojibwe People\'s Dictionary at ojibwe.example.edu.'],
      [60, 'p', 'cool'],
      [70, 'l', 'It also has audio for each word.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "the Miigwech Center for Learning" is a place: the last two provider messages neither thank nor say goodbye
    name: 'near miss: "The Miigwech Center for Learning runs the language tables" names a place (courteous fails)',
    lines: [
      [0, 'p', 'where can i practice speaking ojibwe'],
      [20, 'l', 'Hi, this is Wanda at the Leech Lake Tribal College Library. The Miigwech Center for Learning runs the language tables.'],
      [40, 'l', 'They meet Thursdays at 6 in room 12; the calendar is at lltc.example.edu/events.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'tribal college: "Miigwech for reaching out!" thanks the patron (T3 right: courteous passes)',
    lines: [
      [0, 'p', 'where can i practice speaking ojibwe'],
      [20, 'l', 'Hi, this is Wanda at the Leech Lake Tribal College Library. The language tables meet Thursdays at 6 in room 12; the calendar is at lltc.example.edu/events.'],
      [60, 'p', 'ok'],
      [70, 'l', 'Miigwech for reaching out!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // farewells
  {
    name: 'near miss: "Did you see Happy Trails! It\'s on Hoopla." names a film (courteous fails)',
    lines: [
      [0, 'p', 'any old roy rogers westerns to stream'],
      [20, 'l', 'Hi! This is Kris at Summit County Library. Several are on hoopla at hoopladigital.example.com.'],
      [40, 'l', 'Did you see Happy Trails! It\'s on Hoopla.'],
      [60, 'p', 'oh nice'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "We have the DVD of Happy Trails." names a title (courteous fails)',
    lines: [
      [0, 'p', 'do you have the roy rogers movie with dale evans'],
      [20, 'l', 'Hi! This is Kris at Summit County Library. Several! The catalog is at summitlibraries.example.org.'],
      [40, 'l', 'We have the DVD of Happy Trails.'],
      [60, 'p', 'great'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Would it be ok to talk to you Friday instead?" asks, no goodbye (courteous fails)',
    lines: [
      [0, 'p', 'can i get research help on thursday for my capstone'],
      [20, 'l', 'Hi! This is Priya at Portland State Library. Thursday is fully booked; the calendar is at library.example.edu/appointments.'],
      [40, 'l', 'Would it be ok to talk to you Friday instead?'],
      [60, 'p', 'maybe'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "The advisor will talk to you Tuesday." is someone else\'s meeting (courteous fails)',
    lines: [
      [0, 'p', 'i emailed about my graduation audit, did the library get it'],
      [20, 'l', 'Hi, this is Sam at the Elyria Campus Library. The audit goes to the Registrar; their page is registrar.example.edu/audit.'],
      [40, 'l', 'The advisor will talk to you Tuesday.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "I can talk to you Monday about it if you book a slot." is an offer (courteous fails)',
    lines: [
      [0, 'p', 'can someone look over my search strategy for my systematic review'],
      [20, 'l', 'Hi! I\'m Lee, the health sciences librarian at UNMC. The PRISMA guide is at guides.example.edu/prisma.'],
      [40, 'l', 'I can talk to you Monday about it if you book a slot.'],
      [60, 'p', 'sure'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'graduate: "I\'ll talk to you Monday!" is a goodbye (T5 right: courteous passes)',
    lines: [
      [0, 'p', 'booked the monday slot for my search strategy'],
      [20, 'l', 'Hi! I\'m Lee, the health sciences librarian at UNMC. Got it; bring your PICO question. The PRISMA guide is at guides.example.edu/prisma.'],
      [60, 'p', 'will do'],
      [70, 'l', 'I\'ll talk to you Monday!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // way back
  {
    name: 'near miss: "the after-hours chat at askidaho.org ended in 2019" is no way back (dismissal fails)',
    lines: [
      [0, 'p', 'is the sawtooth scenic byway open'],
      [20, 'l', 'Hello, this is Deb at Stanley Community Library. Idaho 511 at 511.example.gov has closures; it is open today.'],
      [60, 'p', 'and the road to the hot springs?'],
      [70, 'l', 'The library closes in 5 minutes, so I have to end our chat now; the after-hours chat at askidaho.org ended in 2019.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'statewide: "the statewide chat at askidaho.org picks up from here" is a way back (T3 right: dismissal passes)',
    lines: [
      [0, 'p', 'is the sawtooth scenic byway open'],
      [20, 'l', 'Hello, this is Deb at Stanley Community Library. Idaho 511 at 511.example.gov has closures; it is open today.'],
      [60, 'p', 'and the road to the hot springs?'],
      [70, 'l', 'I have to end our chat now, but the statewide chat at askidaho.org picks up from here.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the post locator is a page of the VFW's to use: no party to contact or visit (no URL given here either)
    name: 'near miss: "try the VFW post locator on their site and type your ZIP" is a page (referral na)',
    lines: [
      [0, 'p', 'is there a vfw near Lubbock'],
      [20, 'l', 'Hi, this is Terri at Lubbock Public Library. Yes, try the VFW post locator on their site and type your ZIP.'],
      [60, 'p', 'got it thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: "Hola, habla con la bibliotecaria de tu escuela" after a greeting is the imperative (talk to your school
    // librarian), not a sign-on: nobody says who is answering (greeting fails) and the school librarian is a party with no
    // contact (referral fails)
    name: 'Spanish near miss: "Hola, habla con la bibliotecaria de tu escuela, ella tiene la lista." is an imperative (greeting and referral fail)',
    lines: [
      [0, 'p', 'necesito la lista de lectura de verano de sexto grado'],
      [20, 'l', 'Hola, habla con la bibliotecaria de tu escuela, ella tiene la lista.'],
      [40, 'l', 'Los libros están en el catálogo: catalogo.example.org.'],
      [60, 'p', 'ok gracias'],
    ],
    exp: some({ greeting: 'fail', referral: 'fail' }),
  },
  {
    name: 'Spanish: "Buenas tardes, habla con la Biblioteca de Yonkers." says who is answering (T2 right: greeting passes, referral na)',
    lines: [
      [0, 'p', 'a que hora cierran hoy'],
      [20, 'l', 'Buenas tardes, habla con la Biblioteca de Yonkers. Hoy cerramos a las 8; el horario está en ypl.example.org/horario.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ greeting: 'pass', referral: 'na' }),
  },
  {
    // reading: "Bonjou! Mande bibliotekè lekòl ou a?" asks the patron to ask their school librarian: no one says who is
    // answering (greeting fails)
    name: 'Haitian Creole near miss: "Bonjou! Mande bibliotekè lekòl ou a?" names no one answering (greeting fails)',
    lines: [
      [0, 'p', 'mwen bezwen liv pou lekol'],
      [20, 'l', 'Bonjou! Mande bibliotekè lekòl ou a?'],
      [40, 'l', 'Katalòg la se bpl.example.org.'],
      [60, 'p', 'ok mesi'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'Haitian Creole: "Bonjou! Mwen se Marie, bibliotekè nan Boston Public Library." (T2 right: greeting passes)',
    lines: [
      [0, 'p', 'mwen bezwen liv pou lekol'],
      [20, 'l', 'Bonjou! Mwen se Marie, bibliotekè nan Boston Public Library. Katalòg la se bpl.example.org.'],
      [60, 'p', 'ok mesi'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // known resources
  {
    // reading: "By Jove" is an oath, and nothing else is named or linked: no source
    name: 'near miss: "By Jove, you found it! Yes, that is the right constant." names no resource (source fails)',
    lines: [
      [0, 'p', 'what is the rate constant for the iodine clock reaction at 25C, I think I just found it, 0.0039?'],
      [20, 'l', 'Hi, this is Omar at UNF Library. By Jove, you found it! Yes, that is the right constant for the usual concentrations.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'sciences: "Try JoVE for the titration video" names a resource (T4 right: source passes)',
    lines: [
      [0, 'p', 'need a video showing how to do an acid base titration'],
      [20, 'l', 'Hi, this is Omar at UNF Library. Try JoVE for the titration video; it is under Chemistry, General Lab Techniques.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ source: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('nineteenth round (T7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T7): false passes of the first wave\'s widenings, every check', whole);
describeSessions('nineteenth round (T7): false passes of the first wave\'s widenings, short cases', short);

describeLeft('nineteenth-round-widenings', LEFT);
