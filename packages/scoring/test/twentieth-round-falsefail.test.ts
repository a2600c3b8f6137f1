/**
 * Twentieth round, area (U5): GOOD SESSIONS IN UNUSUAL WORDS (hunting false fails). Providers who do each behaviour right
 * in wording the scorer may not have met: formal and terse, warm and chatty, non-native English, British, Irish, Scottish,
 * Canadian, Australian, New Zealand and Indian English, Spanish and Spanglish, scripted openings made personal, a
 * behaviour spread over many short messages. Greetings and saying who answers, clarifying questions and restatements,
 * hold messages, sources, completeness questions, "anything else" offers, patrons saying they are done, still-there
 * check-ins, disconnect notices, follow-up promises with their "when" ("first thing Monday", "in a day or two", "before
 * the weekend", "within 3 business days"), referrals with their contacts, goodbyes. Most labels are pass; the near misses
 * beside them fail.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a request for a detail of the need made as a polite imperative ("Kindly share the ISBN if you have it", "Pop the
 *   title over to me") asks the patron a question about the need (it asks for information, only the mood differs);
 * - a hold message is read by what it announces: "leave it with me a sec", "hold fire while I have a look", "two shakes,
 *   checking", "allow me a few moments to verify" announce that the provider is looking something up;
 * - "Is that along the right lines?", "Does that hit the spot?", "How's that looking for you?", "Is this serving your
 *   purpose?" ask whether what was given meets the need;
 * - the patron's "that's the lot", "you've answered everything", "that covers everything", "eso sería todo" say
 *   explicitly that they are done; "brill ta" does not (thanks);
 * - "All the best!", "Laters!", "Be well!", "Stay safe!", "Hasta la próxima", "Pleasure chatting with you" end the
 *   conversation as a farewell, so they say goodbye; "Have a look at the second link" does not;
 * - a disconnect notice may say the patron seems gone in any words ("looks like we've lost you", "I'll assume you've
 *   wandered off") so long as it also says the session will end;
 * - a when is a time the information will come: "by close of play Thursday", "over the weekend", "no later than
 *   Wednesday", "in the next couple of days", "by tomorrow EOD", "Monday arvo"; "once I hear back" gives none;
 * - a statement's word order ended with "?" asks ("This information can help you?", "I trust that answers your
 *   question?"); without the "?" it states ("I trust this answers your enquiry satisfactorily.", the ninth round's);
 * - "Do let me know if you are still there." asks whether the patron is still there (a request to confirm it);
 * - "Is the JCR link working for you?" after the link was given asks whether what was given serves (the tenth round's
 *   reading of "Is the link working?");
 * - a service's own department told to the patron to visit is a referral ("pop into the Local History Centre"), and a
 *   postal address is one with or without a house number ("The Wellgate, Dundee DD1 1DB").
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type Key, type Line, type SessionCase, some, type St, sys, T0, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A follow-up recorded `h` hours after second `endSec`. */
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * 3600), by, note: 'sent' }];
const KIRAN = who('Kiran Dhillon', 'kiran');

export const whole: SessionCase[] = [
  // ---- British, Irish, Scottish ------------------------------------------------------------------------------------
  {
    name: 'Leeds: "you\'re through to the Enquiries team", "bear with me a mo while I have a rummage", "enough to be getting on with?"',
    lines: [
      [0, 'p', "Morning, I'm trying to trace my great-grandad who was in the Leeds Pals in WW1, where would I even start?"],
      [41, 'l', "Good morning, you're through to the Enquiries team at Leeds Libraries, my name's Harriet. Lovely project! Do you know his service number, or roughly when he enlisted?"],
      [96, 'p', 'no number sadly, think 1914 or 15'],
      [104, 'l', 'Right, bear with me a mo while I have a rummage through what we hold.'],
      [210, 'l', 'Lives of the First World War (livesofthefirstworldwar.iwm.org.uk) lets you search the Leeds Pals by name without a number, and Findmypast is free on the PCs in every Leeds library. Does that give you enough to be getting on with?'],
      [262, 'p', "brilliant, that's smashing, that's all I needed"],
      [268, 'l', 'Not at all, glad to help. Cheers for getting in touch, and good luck with the search!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Would that do her?" asks whether the sources given meet the daughter's need
    name: 'Dublin: "Dia dhuit! Aoife here", "give me two ticks", "Would that do her?", goodbye "slán"',
    lines: [
      [0, 'p', 'hi there, looking for books on the 1913 Lockout for my daughters Junior Cert project'],
      [33, 'l', 'Dia dhuit! Aoife here, from Dublin City Libraries. Is it a general overview she needs, or something on one person, like Larkin?'],
      [80, 'p', 'general overview would be great, shes 14'],
      [88, 'l', 'Grand, give me two ticks.'],
      [170, 'l', "Our online exhibition on the Lockout, written for students, is at dublincity.ie/lockout1913. For a book, Padraig Yeates' Lockout: Dublin 1913 is in the catalogue with 4 copies in at Pearse Street. Would that do her?"],
      [230, 'p', 'that would be perfect thanks a million, thats everything'],
      [236, 'l', 'Delighted to help! Best of luck to her with the project, slán!'],
    ],
    exp: usual(),
  },
  {
    name: 'Glasgow: "Hiya, you\'re speaking to Morag on the Glasgow Life libraries chat", "leave it with me a sec", "Is that along the right lines?"',
    lines: [
      [0, 'p', 'hiya, is there anywhere i can get help with my universal credit claim online, i dont have a computer at home'],
      [27, 'l', "Hiya, you're speaking to Morag on the Glasgow Life libraries chat. Which part of the city are you in, so I can find your nearest?"],
      [71, 'p', 'dennistoun'],
      [78, 'l', 'Leave it with me a sec.'],
      [182, 'l', "Dennistoun Library has free PCs you can book, and a digital support session every Tuesday 10-12 where staff help with Universal Credit journals. You can book a PC at glasgowlife.org.uk/libraries/computers. Is that along the right lines?"],
      [240, 'p', 'aye thats brilliant'],
      [246, 'l', 'Anything else I can give you a hand with while you\'re here?'],
      [270, 'p', 'no thats the lot'],
      [275, 'l', 'Lovely stuff. All the best with the claim, and cheerio for now!'],
    ],
    exp: usual(),
  },
  {
    // reading: the Citizens Advice helpline with its number is a referral that comes with its phone
    name: 'Cork: eviction notice, "ring Threshold\'s freephone on 1800 454 454", "Is that any help to you?", "Mind yourself"',
    lines: [
      [0, 'p', 'hi my landlord is trying to evict me with 2 weeks notice is that allowed? im in cork'],
      [30, 'l', "Hi, you're talking to Niamh at Cork City Libraries. I'm sorry you're dealing with that. Is it a private rental, and how long have you been living there?"],
      [75, 'p', 'private, about 3 years'],
      [82, 'l', "After 3 years the landlord generally has to give you 112 days notice in writing, so 2 weeks would not be valid. Citizens Information has the full table at citizensinformation.ie (search 'notice periods'). For advice on your own case, ring Threshold's freephone on 1800 454 454, they're the housing charity. Is that any help to you?"],
      [140, 'p', 'yes a huge help. thats all for now thanks'],
      [146, 'l', 'Mind yourself, and best of luck with it. Thanks for getting in touch.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Manchester: "Just checking you\'re still about?", then "guessing you\'ve been cut off ... I\'ll close the chat now", "Ta-ra!" (final idle 223 s)',
    lines: [
      [0, 'p', 'hello do you have the new Richard Osman on audiobook'],
      [24, 'l', 'Hiya, Sam here from Manchester Libraries. Do you mean We Solve Murders, and is it for BorrowBox or on CD?'],
      [60, 'p', 'borrowbox'],
      [67, 'l', 'We Solve Murders is on BorrowBox as an eAudiobook with a 3 week queue; you can reserve it in the app or at manchester.borrowbox.com. Does that help?'],
      [200, 'l', "Just checking you're still about?"],
      [290, 'l', "I've not heard from you for a few minutes so I'm guessing you've been cut off. I'll close the chat now, but do get back in touch any time. Ta-ra!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'London: "Are you still there, or have you popped off?", then "looks like you\'ve had to dash, so I\'ll end the chat here" (final idle 200 s)',
    lines: [
      [0, 'p', 'what time does the British Library reading room open on saturdays'],
      [31, 'l', 'Hello, Priya here from the Ask a Librarian team at Westminster Libraries. Is it the main Reading Rooms at St Pancras you mean, or the Business & IP Centre?'],
      [66, 'p', 'the reading rooms'],
      [72, 'l', "I'm having a look now, won't be a tick."],
      [170, 'l', 'The St Pancras Reading Rooms open 9:30 to 17:00 on Saturdays; you need a Reader Pass, which you can pre-register for at bl.uk/reader-pass. Hope that is what you were after?'],
      [300, 'l', 'Are you still there, or have you popped off?'],
      [370, 'l', "Looks like you've had to dash, so I'll end the chat here. Feel free to come back whenever suits!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- Australian, New Zealand ------------------------------------------------------------------------------------------
  {
    // reading: "that's me sorted" says explicitly that the patron is done; "have a good arvo" is a farewell
    name: 'Queensland: "You\'ve got Bronwyn", "just having a squiz now", "Is that the sort of thing you\'re after?", "that\'s me sorted"',
    lines: [
      [0, 'p', "G'day, I'm after old newspaper articles about the 1974 Brisbane flood for a uni assignment"],
      [28, 'l', "G'day! You've got Bronwyn from the State Library of Queensland's Ask Us team. Are you after the Brisbane papers specifically, or coverage from anywhere in Australia?"],
      [70, 'p', 'mainly brisbane ones'],
      [77, 'l', 'Righto, just having a squiz now.'],
      [160, 'l', "Trove (trove.nla.gov.au) only goes to 1954 for the Courier-Mail, so for 1974 use One Search at onesearch.slq.qld.gov.au: the Brisbane floods 1974 collection has the clippings and photos. Is that the sort of thing you're after?"],
      [215, 'p', "yep spot on, that's me sorted. cheers"],
      [220, 'l', 'No worries at all, have a good arvo and good luck with the assignment!'],
    ],
    exp: usual(),
  },
  {
    name: 'Sydney: picked up at 61 s (pickup fails); "Hi, Trent at City of Sydney Library", "nah all good" is no done, but "Anything else" asked; "have a good one"',
    lines: [
      [0, 'p', 'What is the loan period for DVDs?'],
      [61, 'l', 'Hi, Trent at City of Sydney Library. Are these new release DVDs or general ones?'],
      [80, 'p', 'general'],
      [85, 'l', "General DVDs are 2 weeks, new releases 1 week; it's all on cityofsydney.nsw.gov.au/library-loans. Does that answer your question?"],
      [110, 'p', 'yep'],
      [114, 'l', 'Anything else I can help with?'],
      [130, 'p', 'nah all good'],
      [133, 'l', 'No dramas, have a good one!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Melbourne: "Shall I pop an email through to you", "I\'ll get back to you in a day or two", recorded after 30 h',
    lines: [
      [0, 'p', 'hi, trying to find the building plans for our house in Fitzroy, built around 1890'],
      [35, 'l', "Hi there, Kylie here from Yarra Libraries' local history service. Do you know the street address, and has it been renovated?"],
      [84, 'p', '12 Napier St, renovated in the 80s i think'],
      [92, 'l', 'Cheers. Give me a minute to check the rate books index.'],
      [200, 'l', "The Fitzroy rate books are indexed on the Public Record Office Victoria site (prov.vic.gov.au), with owners and descriptions, but plans mostly weren't kept for 1890. I'd like to check our own building permit files for the 1980s renovation, which aren't online. Shall I pop an email through to you once I've had a look?"],
      [240, 'p', 'yes please, mike.t@example.org'],
      [248, 'l', "Lovely, mike.t@example.org it is. I'll get back to you in a day or two. Does the PROV index help in the meantime?"],
      [290, 'p', 'yep that helps heaps, nothing else for now, ta'],
      [296, 'l', 'Thanks Mike, chat soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(300, 30) },
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Wellington: "Kia ora! Aroha here", "sweet as, thats all i needed", "Ka kite anō! Thanks for the chat."',
    lines: [
      [0, 'p', 'kia ora, how do I get a library card if I live in Lower Hutt but work in Wellington'],
      [31, 'l', 'Kia ora! Aroha here from Wellington City Libraries. Do you want to borrow physical books from our branches, or mainly eBooks?'],
      [70, 'p', 'both really'],
      [77, 'l', "Because you work in Wellington you can join for free with proof of your workplace address; the form is at wcl.govt.nz/join. Does that answer it for you?"],
      [120, 'p', 'sweet as, thats all i needed'],
      [125, 'l', 'Ka kite anō! Thanks for the chat.'],
    ],
    exp: usual(),
  },

  // ---- Canadian ------------------------------------------------------------------------------------------------------
  {
    // reading: "Just so I'm clear, you want … eh?" restates the need; "Does that fit the bill?" asks about what was given
    name: 'Ottawa: "Bonjour-hi! You\'ve reached Marc-André", "Just so I\'m clear, you want …", "Does that fit the bill?", "Anything more I can hunt down"',
    lines: [
      [0, 'p', 'Hi, does the library have hockey books in French? My son is learning'],
      [22, 'l', "Bonjour-hi! You've reached Marc-André, a librarian with Ottawa Public Library. Just so I'm clear, you want hockey books in French for a young reader, eh? What age is he?"],
      [64, 'p', 'yes exactly, hes 9'],
      [71, 'l', "Roch Carrier's Le chandail de hockey is a classic at that level, and the Bilbo series has easy hockey stories too. Both are in our catalogue at biblioottawalibrary.ca; tick French under Language to see more. Does that fit the bill?"],
      [120, 'p', 'yes thanks'],
      [126, 'l', 'Anything more I can hunt down for you today?'],
      [150, 'p', "nope that's it, merci!"],
      [154, 'l', 'Merci à vous, and happy reading to your little guy! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'Toronto, formal: picked up at exactly 60 s, "Good day to you. You are chatting with Mr. Okonkwo", "Is this the information you required?", "That will be all"',
    lines: [
      [0, 'p', 'Good day. Could you tell me the opening hours of the Reference Library on public holidays?'],
      [60, 'l', 'Good day to you. You are chatting with Mr. Okonkwo of the Toronto Public Library Answerline. Which holiday are you asking about?'],
      [98, 'p', 'Victoria Day.'],
      [104, 'l', 'On Victoria Day all Toronto Public Library branches are closed; the full holiday schedule is posted at tpl.ca/hours. Is this the information you required?'],
      [140, 'p', 'It is. That will be all, thank you.'],
      [145, 'l', 'My pleasure. Enjoy the long weekend, and do not hesitate to contact us again.'],
    ],
    exp: usual(),
  },
  {
    name: 'Winnipeg, bilingual: "Merci, one moment while I search", "I\'ll send it … by end of day Friday", recorded after 50 h; "Bonne journée!"',
    lines: [
      [0, 'p', "Hello, I'm looking for the 1921 census page for my grandfather in Saint-Boniface, Manitoba"],
      [45, 'l', 'Bonjour, hello! This is Émilie, a librarian at Winnipeg Public Library. Do you know his full name and roughly how old he was in 1921?'],
      [100, 'p', 'Joseph Lagimodière, about 30'],
      [106, 'l', 'Merci, one moment while I search.'],
      [220, 'l', "The 1921 census is searchable by name at Library and Archives Canada, recherche-collection-search.bac-lac.gc.ca. I see two Joseph Lagimodières in Saint-Boniface; I'd like to compare them with our Manitoba vital records index before sending you the right page. May I email it to you?"],
      [260, 'p', 'yes, j.lagimodiere@example.org'],
      [266, 'l', "Merci! I'll send it to j.lagimodiere@example.org by end of day Friday. Does the LAC search help you for now?"],
      [300, 'p', "yes, it does. that's all, merci beaucoup"],
      [305, 'l', 'Bonne journée!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(310, 50) },
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Toronto, academic, formal: scan promised "within 3 business days", address repeated back, recorded after 80 h: on_time fails; no completeness question',
    lines: [
      [0, 'p', 'Dear librarian, I am a visiting scholar and require a scan of a 1923 pamphlet held in your Special Collections (call number PAM 1923.44).'],
      [29, 'l', 'Good afternoon, and thank you for contacting the University of Toronto Libraries. My name is Dr. Wen Li, the reference librarian on duty. May I ask which pages you require, or is it the complete pamphlet?'],
      [90, 'p', 'The complete pamphlet, please. It is approximately 30 pages.'],
      [98, 'l', 'Thank you. Special Collections handles reproduction requests; I shall submit yours now. Could you confirm the e-mail address to which the scan should be sent?'],
      [150, 'p', 'a.rossi@example.org'],
      [156, 'l', 'Thank you, I have a.rossi@example.org. You will receive the scan from me within 3 business days. The request form for future needs is at fisher.library.utoronto.ca/reproductions. Is there anything further I may assist you with?'],
      [200, 'p', 'No, that is all. Thank you kindly.'],
      [205, 'l', 'You are most welcome. Good afternoon.'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(210, 80) },
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'AskAway transfer: "I\'m going to pass you to a UBC law librarian who is on shift now", internal note first; the receiver asks, answers, "take care"',
    lines: [
      [0, 'p', 'Hi, I need help finding articles on Aboriginal title in BC for my law class'],
      [25, 'l', "Hello and welcome to AskAway! I'm Priti, a librarian at Langara College. Is this for a course at UBC, or a different school?"],
      [62, 'p', 'UBC, law 1st year'],
      [68, 'i', 'Patron is a UBC Law 1L needing case law + articles on Aboriginal title in BC; could a UBC law librarian take it? Thanks!'],
      [72, 'l', "Since you're at UBC, I'm going to pass you to a UBC law librarian who is on shift now; they'll know your databases best. One moment please."],
      [75, 's', 'Chat transferred to Kiran Dhillon', sys('transfer', 'kiran')],
      [110, 'l', "Hi, Kiran at UBC Law Library here, I've read your question. Have you been given a case to start from, like Tsilhqot'in?", KIRAN],
      [150, 'p', 'yes tsilhqotin actually'],
      [157, 'l', "Perfect. In Westlaw, search Tsilhqot'in Nation v. British Columbia and use the Citing References tab to find articles; our Indigenous law guide is at guides.library.ubc.ca/aboriginallaw. Is that what you were looking for?", KIRAN],
      [200, 'p', 'yes that is exactly it, thats everything'],
      [205, 'l', 'Great! Good luck with the paper, take care.', KIRAN],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- Indian English ----------------------------------------------------------------------------------------------------
  {
    // reading: "Kindly let me know if this is sufficient for your requirement" asks whether the answer meets the need;
    // "nothing more from my side" says the patron is done
    name: 'Delhi: "Please be on line, I am checking the same", "let me know if this is sufficient for your requirement", "nothing more from my side"',
    lines: [
      [0, 'p', 'Good evening, I need previous year question papers for UPSC prelims'],
      [38, 'l', 'Good evening sir, this is Priya from the Delhi Public Library online reference desk. Kindly tell me for which years you require the papers?'],
      [85, 'p', 'last 5 years'],
      [92, 'l', 'Please be on line, I am checking the same.'],
      [195, 'l', 'UPSC itself publishes the previous question papers on upsc.gov.in under Examination > Previous Question Papers; 2020 to 2024 are all there as PDF. Kindly check and let me know if this is sufficient for your requirement.'],
      [260, 'p', 'yes it is sufficient. nothing more from my side, thank you'],
      [266, 'l', 'Most welcome sir. Do revert in case of any further query. Have a nice day!'],
    ],
    exp: usual(),
  },
  {
    name: 'Bengaluru: "Namaste! I am Rajesh", "Please give me 2 minutes", referral to the Regional Passport Office with e-mail and phone',
    lines: [
      [0, 'p', 'Sir my passport got damaged in rain, what to do'],
      [40, 'l', 'Namaste! I am Rajesh, librarian at the Bengaluru Central Library virtual desk. Are you currently in India or abroad?'],
      [85, 'p', 'in bangalore only'],
      [92, 'l', 'Please give me 2 minutes, I am checking the procedure.'],
      [200, 'l', 'For a damaged passport you have to apply for re-issue online at passportindia.gov.in, choosing "damaged" as the reason. For any doubts, you may kindly contact the Regional Passport Office Bengaluru at rpo.bengaluru@mea.gov.in or 1800-258-1800. Is this information helpful to you?'],
      [250, 'p', 'yes thank you sir, nothing else'],
      [255, 'l', 'You are welcome. Thank you for contacting us, have a good day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Kindly share the ISBN or the author's name" asks for a detail of the need, as a question does
    name: 'Chennai: "Vanakkam! Myself Lakshmi", "Kindly share the author name", "Allow me a few moments to verify", "Is this serving your purpose?"',
    lines: [
      [0, 'p', 'hello madam, i want tamil novel ponniyin selvan english translation available?'],
      [34, 'l', 'Vanakkam! Myself Lakshmi, librarian at the Connemara Public Library e-reference service. Kindly share which translator you want, there are several.'],
      [80, 'p', 'any one is ok, easy english'],
      [86, 'l', 'Allow me a few moments to verify the holdings.'],
      [190, 'l', 'The translation by Pavithra Srinivasan (Penguin, 5 volumes) is in easy English and all volumes are available; you can reserve them in our OPAC at connemarapubliclibrarychennai.com. Is this serving your purpose?'],
      [240, 'p', 'yes madam that covers everything'],
      [245, 'l', 'Happy to help. Thank you for reaching the library, happy reading!'],
    ],
    exp: usual(),
  },

  // ---- Spanish, Spanglish ------------------------------------------------------------------------------------------------
  {
    name: 'Los Angeles, Spanish: "Permítame un momentito", "¿Le parece bien esta información?", "¿Se le ofrece algo más?", "Que le vaya bien"',
    lines: [
      [0, 'p', 'buenas noches, busco libros para aprender ingles para adultos'],
      [45, 'l', '¡Buenas noches! Soy Martina, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¿Qué nivel de inglés tiene usted, principiante o intermedio?'],
      [95, 'p', 'principiante'],
      [101, 'l', 'Permítame un momentito, lo estoy buscando.'],
      [180, 'l', 'Tenemos "Inglés sin barreras" y "English Grammar in Use" para principiantes; los puede apartar en el catálogo en lapl.org. También puede usar Mango Languages gratis con su tarjeta. ¿Le parece bien esta información?'],
      [230, 'p', 'si muy bien'],
      [236, 'l', '¿Se le ofrece algo más?'],
      [260, 'p', 'no eso es todo, gracias'],
      [264, 'l', 'Con mucho gusto. ¡Que le vaya bien, hasta pronto!'],
    ],
    exp: usual(),
  },
  {
    name: 'Miami, Spanglish: "Soy Carlos de Ask a Librarian", "dame un sec, lo busco", "¿Te sirve eso?", "Bye, cuídate"',
    lines: [
      [0, 'p', 'hola necesito help con un essay sobre la revolucion mexicana'],
      [19, 'l', 'Hi! Soy Carlos de Ask a Librarian en Miami-Dade Public Library 🙂 ¿Es para high school o college?'],
      [50, 'p', 'high school, 10th grade'],
      [57, 'l', 'Ok dame un sec, lo busco'],
      [150, 'l', 'Mira, en Gale In Context: High School tienes artículos en inglés y español sobre la Revolución Mexicana, gratis con tu library card: mdpls.org/databases. ¿Te sirve eso?'],
      [190, 'p', 'sii perfecto, eso es todo lo que necesitaba'],
      [195, 'l', 'De nada! Bye, cuídate 👋'],
    ],
    exp: usual(),
  },
  {
    name: 'Hialeah, Spanish follow-up: "Le llamo mañana antes del mediodía", number repeated back, "Que tenga una linda tarde"',
    lines: [
      [0, 'p', 'hola, mi hijo necesita un tutor de matemáticas, la biblioteca tiene algo gratis?'],
      [37, 'l', '¡Hola, buenas tardes! Le saluda Rosa, de la Biblioteca Pública de Hialeah. ¿En qué grado está su hijo?'],
      [80, 'p', '7mo grado'],
      [87, 'l', 'Para 7mo grado puede usar Brainfuse HelpNow gratis con su tarjeta, con tutores en vivo en español de 2 a 11 pm: hialeahlibrary.org/helpnow. También hay tutoría presencial los sábados, pero tengo que confirmar si hay cupo. ¿Quiere que le avise?'],
      [130, 'p', 'si por favor, mi numero es 305-555-0147'],
      [137, 'l', 'Perfecto, 305-555-0147. Le llamo mañana antes del mediodía para decirle si hay cupo. Mientras tanto, ¿le sirve Brainfuse?'],
      [170, 'p', 'sí, muchas gracias, es todo'],
      [175, 'l', '¡A usted! Que tenga una linda tarde.'],
    ],
    over: FU_ME,
    exp: followed(),
  },

  // ---- terse, chatty, scripted -------------------------------------------------------------------------------------------
  {
    // reading: "Sufficient?" after the citation asks whether it meets the need; "Further questions?" offers more help
    name: 'terse academic over many messages: "Hello." / "Reference Services, Marquette" / "Print or online?" … "Sufficient?" / "Further questions?" / "Good day."',
    lines: [
      [0, 'p', 'Need APA 7 format for a government report with no author.'],
      [15, 'l', 'Hello.'],
      [17, 'l', 'Reference Services, Marquette University Libraries.'],
      [19, 'l', 'Print or online report?'],
      [50, 'p', 'Online, from the CDC'],
      [58, 'l', 'Agency is the author.'],
      [62, 'l', 'Centers for Disease Control and Prevention. (2023). Title in italics (Report No. if any). URL'],
      [66, 'l', 'Guide: libguides.marquette.edu/apa'],
      [70, 'l', 'Sufficient?'],
      [100, 'p', 'yes'],
      [103, 'l', 'Further questions?'],
      [120, 'p', 'no'],
      [123, 'l', 'Thanks for asking. Good day.'],
    ],
    exp: usual(),
  },
  {
    name: 'warm and chatty, Boise: "Heya!! Welcome to the chat, I\'m Jess", "hang tight, pulling a few together", "Do any of those look like winners?", "we\'re all set"',
    lines: [
      [0, 'p', 'hiii! my book club (all grandmas lol) wants something cozy but not too sappy for next month, ideas?'],
      [26, 'l', "Heya!! 😊 Welcome to the chat, I'm Jess, one of the librarians at Boise Public Library. Ooh fun, I love a book club challenge! Do you all lean more toward mysteries or family stories?"],
      [80, 'p', 'mysteries for sure, nothing gory'],
      [86, 'l', 'Hang tight, pulling a few together for you 📚'],
      [175, 'l', 'Okay here we go: The Thursday Murder Club by Richard Osman, Miss Julia Speaks Her Mind, and The Unexpected Mrs. Pollifax! All three come as book club kits with 10 copies, request one at boisepubliclibrary.org/bookclubkits. Do any of those look like winners?'],
      [230, 'p', "omg the thursday murder club! perfect, I think we're all set!"],
      [236, 'l', 'Yay!! Happy reading, and come back and see us anytime 💛'],
    ],
    exp: usual(),
  },
  {
    name: 'warm, Columbus: "Let me make sure I\'ve got this right: you\'re hunting for …", "let me go digging", "Did I get you what you needed?", "Anything else on your mind?"',
    lines: [
      [0, 'p', "Hi! I'm trying to find a recipe my grandma used to make, it was in a church cookbook from Ohio in the 60s? Apple dumplings"],
      [21, 'l', "Oh, what a fun one! Hi, I'm Maggie, a reference librarian here at Columbus Metropolitan Library. Let me make sure I've got this right: you're hunting for an apple dumpling recipe from a 1960s Ohio church cookbook. Do you remember the church or the town?"],
      [75, 'p', 'Lancaster I think, a Methodist church'],
      [80, 'l', 'Ooh okay, let me go digging, this might take me a couple minutes!'],
      [195, 'l', "Found something! Favorite Recipes of First Methodist Church, Lancaster, Ohio (1964) is digitized in Ohio Memory at ohiomemory.org, and page 48 has Apple Dumplings from a Mrs. Ruth Keller! Did I get you what you needed?"],
      [240, 'p', 'OMG that IS my grandma!!! yes!!'],
      [245, 'l', 'No way!! That just made my whole day 😭 Anything else on your mind?'],
      [280, 'p', 'nope, you already made mine'],
      [284, 'l', 'Have a lovely evening, and enjoy those dumplings!'],
    ],
    exp: usual(),
  },
  {
    name: 'scripted opening made personal, Fresno: "Hi Dolores, thanks for your patience! My name is Ben", obituary scan promised "first thing Monday"',
    lines: [
      [0, 'p', 'Hello, I am looking for the obituary of my aunt Rosa Delgado who died in Fresno in March 1987'],
      [44, 'l', "Hi Dolores, thanks for your patience! My name is Ben and I'm a librarian with the Fresno County Public Library. So you're looking for Rosa Delgado's obituary from March 1987, is that right? Do you know the exact date?"],
      [90, 'p', 'yes, I think March 12 or 13'],
      [97, 'l', 'Let me check what we have for 1987.'],
      [190, 'l', "The Fresno Bee for 1987 isn't in our online databases; it's on microfilm in our California History room. I can search the reels for March 12-20 and send you a scan of the obituary. What email should I send it to?"],
      [240, 'p', 'dolores.m@example.org'],
      [246, 'l', "Thank you. I'll search the microfilm and email it to dolores.m@example.org first thing Monday."],
      [270, 'p', 'thank you so much, that is all I need'],
      [275, 'l', 'You are most welcome. Take care, Dolores!'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail' }),
  },
  {
    // reading: "Two shakes, checking now" announces a look-up: a hold, so the final idle starts at the answer (10 s, na)
    name: 'texting teen, Richland: many bubbles, "ahh ok two shakes lemme peek", the answer 118 s later, "that work for you?", "have a good one"',
    lines: [
      [0, 'p', 'hey'],
      [3, 'p', 'quick q'],
      [6, 'p', 'how do i renew my stuff online, it says blocked'],
      [33, 'l', 'hey there!'],
      [35, 'l', 'this is Andre w/ Richland Library chat'],
      [38, 'l', 'do you know what the block message says exactly?'],
      [90, 'p', 'it says fines over limit'],
      [97, 'l', 'ahh ok two shakes lemme peek at the policy'],
      [215, 'l', 'so if fines are over $10 the account blocks renewals'],
      [218, 'l', 'you can pay online at richlandlibrary.com/pay and then renew right after'],
      [222, 'l', 'that work for you?'],
      [250, 'p', 'yep got it ty, thats all'],
      [254, 'l', 'awesome! have a good one 👋'],
    ],
    exp: usual(),
  },
  // ---- second batch: non-native English, follow-ups, formal endings -------------------------------------------------------
  {
    // reading: "This information can help you?" asks (non-native word order) whether the answer meets the need; "ok no more"
    // says the patron has no more questions
    name: 'non-native provider, Queens: "Please wait me a moment, I search", "This information can help you?", "You have other question?"',
    lines: [
      [0, 'p', 'hi, my son is 8, he need easy chapter books in english, he is learning'],
      [29, 'l', 'Hello! I am Wei, librarian of Queens Public Library. What language does your son read best now, Chinese or English?'],
      [77, 'p', 'chinese better'],
      [84, 'l', 'Please wait me a moment, I search.'],
      [190, 'l', 'We have bilingual Chinese-English chapter books, for example the Magic Tree House series in both languages. You can search "bilingual chinese" in our catalog at queenslibrary.org and choose Kids. This information can help you?'],
      [240, 'p', 'yes thank you'],
      [246, 'l', 'You have other question?'],
      [262, 'p', 'ok no more'],
      [266, 'l', 'Thank you for use our service, bye bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "revert back to you by tomorrow EOD" promises the information and says when; "mail id" is the e-mail address
    name: 'Pune: "I will revert back to you by tomorrow EOD on your mail id", id given and repeated back, coded Follow-up by me',
    lines: [
      [0, 'p', 'Good afternoon. I require the impact factor of 3 journals for my PhD committee, the list is long to type'],
      [36, 'l', 'Good afternoon, I am Sneha from the Jayakar Library reference service. Kindly tell me the subject area of the journals?'],
      [90, 'p', 'Environmental engineering. Names are Water Research, Chemosphere, and J Hazardous Materials'],
      [97, 'l', 'Noted. Journal Citation Reports gives impact factors; our access is through the library proxy at jcr.clarivate.com. The latest values need verification from the 2025 release, which I will do and share. Kindly give your mail id.'],
      [150, 'p', 'r.kulkarni@example.in'],
      [157, 'l', 'Thank you, r.kulkarni@example.in noted. I will revert back to you by tomorrow EOD on your mail id. Meanwhile is the JCR link working for you?'],
      [200, 'p', 'yes it is opening. that is all for now'],
      [205, 'l', 'Thank you for contacting Jayakar Library. Have a good day.'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'Perth: "I\'ll flick you an email Monday arvo", address repeated back, recorded after 40 h',
    lines: [
      [0, 'p', 'hey do yous have any info on shipwrecks off rottnest, my kid has a project'],
      [33, 'l', "Hey! Shannon here from the State Library of WA. What year is your kid in, and is it for a poster or a written report?"],
      [80, 'p', 'year 5, a poster'],
      [86, 'l', 'Too easy, gimme a sec to have a look.'],
      [170, 'l', "The WA Museum's shipwreck database at museum.wa.gov.au/maritime-archaeology-db has pics and maps of the Rottnest wrecks, great for a poster. I can also pull a couple of kid-friendly books from our stacks and scan the good pages. Want me to email those?"],
      [215, 'p', 'yes pls, dazza.k@example.com.au'],
      [222, 'l', "Sweet, dazza.k@example.com.au. I'll flick you an email Monday arvo. Does the museum database work for now?"],
      [260, 'p', 'yep thats heaps good, thats everything'],
      [266, 'l', 'Good stuff, cheers and catch ya later!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(270, 40) },
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "Do let me know if you are still there." asks whether the patron is still there (a request to confirm); "As
    // I've had no reply for some minutes, I shall now close this session" says both halves of the notice
    name: 'Edinburgh, formal: "Do let me know if you are still there." then "As I\'ve had no reply for some minutes, I shall now close this session" (idle 230 s)',
    lines: [
      [0, 'p', 'Good evening. Where might I find the Statistical Account of Scotland for the parish of Dunblane?'],
      [42, 'l', 'Good evening, and welcome to the National Library of Scotland enquiry service. My name is Fiona. Would that be the First (1790s) or the Second (1830s) Statistical Account?'],
      [98, 'p', 'The first, please.'],
      [106, 'l', 'Both Accounts are freely searchable at stataccscot.edina.ac.uk: choose Perthshire, then Dunblane, volume 7 of the First Account. I trust that answers your question?'],
      [230, 'l', 'Do let me know if you are still there.'],
      [336, 'l', "As I've had no reply for some minutes, I shall now close this session. Please do contact us again should you need to."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish idle ending: "¿Todavía está conmigo?" then "Como no he recibido respuesta, voy a cerrar el chat. ¡Vuelva cuando guste!" (idle 215 s)',
    lines: [
      [0, 'p', 'hola, a que hora abre la biblioteca de la calle Main el domingo'],
      [33, 'l', '¡Hola! Le atiende Julio, bibliotecario de la Biblioteca Pública de Santa Ana. ¿Se refiere a la Biblioteca Central en Main Street?'],
      [70, 'p', 'si'],
      [76, 'l', 'Los domingos la Biblioteca Central abre de 1 a 5 pm; el horario completo está en santa-ana.org/library. ¿Le sirve esta información?'],
      [200, 'l', '¿Todavía está conmigo?'],
      [291, 'l', 'Como no he recibido respuesta, voy a cerrar el chat. ¡Vuelva cuando guste!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British transfer: "I\'m just going to pop you over to my colleague in Business & IP", internal note first; "Is there owt else?"',
    lines: [
      [0, 'p', 'hiya, how do i check if a business name is already taken in the uk'],
      [26, 'l', 'Hiya, Gemma here at Sheffield Libraries. Is it a limited company you are setting up, or a sole trader name?'],
      [64, 'p', 'limited company'],
      [70, 'i', 'Patron setting up a Ltd company, wants to check name availability + trade marks. Can BIPC take this one please?'],
      [74, 'l', "I'm just going to pop you over to my colleague in our Business & IP Centre, they're the experts on this. Won't be a moment."],
      [77, 's', 'Chat transferred to Kiran Dhillon', sys('transfer', 'kiran')],
      [105, 'l', 'Hello, Kiran from the Sheffield Business & IP Centre here. Do you also want to check trade marks, or only the company name?', KIRAN],
      [140, 'p', 'both really'],
      [147, 'l', 'For the company name use the Companies House availability checker at find-and-update.company-information.service.gov.uk; for trade marks search gov.uk/search-for-trademark. Did that do the job for you?', KIRAN],
      [190, 'p', 'yes perfect'],
      [195, 'l', 'Is there owt else?', KIRAN],
      [215, 'p', 'no thats me, ta'],
      [219, 'l', 'Grand, all the best with the new company!', KIRAN],
    ],
    exp: usual({ transfer: 'pass' }),
  },
];

/** The opening of many short cases: a patron after a film, a librarian asking one question. */
const START: Line[] = [
  [0, 'p', 'do you have the film Brooklyn on dvd'],
  [20, 'l', "Hi, this is Jo at Brampton Library. The 2015 one with Saoirse Ronan?"],
  [50, 'p', 'yes that one'],
];
const ANSWER: Line = [58, 'l', 'Yes, Brooklyn (2015) is on DVD at 3 branches, and it streams free on Kanopy at brampton.kanopy.com. Does that help?'];
const ANSWER_PLAIN: Line = [58, 'l', 'Yes, Brooklyn (2015) is on DVD at 3 branches, and it streams free on Kanopy at brampton.kanopy.com.'];

export const short: SessionCase[] = [
  // ---- greetings and saying who answers ----------------------------------------------------------------------------------
  {
    name: '"Morena! Tama from Auckland Libraries on the chat today": greeting passes',
    lines: [[0, 'p', 'can i return books to any branch'], [22, 'l', 'Morena! Tama from Auckland Libraries on the chat today. Are they physical books or a Kindle loan?'], [50, 'p', 'physical'], [58, 'l', 'You can return them to any of our 55 libraries: aucklandlibraries.govt.nz/returns. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Ka kite!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Sat Sri Akal! Harpreet here, your librarian at Surrey Libraries": greeting passes',
    lines: [[0, 'p', 'do you have punjabi books for kids'], [25, 'l', 'Sat Sri Akal! Harpreet here, your librarian at Surrey Libraries. For what age?'], [50, 'p', 'age 6'], [58, 'l', 'We have over 300 Punjabi picture books; filter by Punjabi in the catalogue at surreylibraries.ca. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Greetings! Your librarian today is Odile, Edmonton Public Library": greeting passes',
    lines: [[0, 'p', 'how many holds can i have'], [25, 'l', 'Greetings! Your librarian today is Odile, Edmonton Public Library. Is that for physical items or digital?'], [50, 'p', 'physical'], [58, 'l', 'You can have 50 holds on physical items: epl.ca/borrowing. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'scripted "Thanks for reaching out, Jordan!" then "You\'re chatting with Lee on the Seattle Public Library Ask Us desk": greeting passes',
    lines: [[0, 'p', 'when is the next citizenship class'], [18, 'l', 'Thanks for reaching out, Jordan!'], [20, 'l', "You're chatting with Lee on the Seattle Public Library Ask Us desk. Is it the free citizenship class at Central you mean?"], [50, 'p', 'yes'], [58, 'l', 'The next series starts April 6, register at spl.org/citizenship. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Cheers for waiting! What are you after?" greets but says nobody is answering: greeting fails',
    lines: [[0, 'p', 'do you have the film Brooklyn on dvd'], [20, 'l', 'Cheers for waiting! What are you after?'], [40, 'p', 'brooklyn dvd'], [58, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },

  // ---- clarifying questions and restatements -----------------------------------------------------------------------------
  {
    // reading: a polite imperative asking for a detail of the need asks a question about it
    name: '"Pop the title over to me if you have it" before the source: clarify passes',
    lines: [[0, 'p', 'is there a large print version of a book i want'], [20, 'l', 'Hi, this is Jo at Brampton Library. Pop the title over to me if you have it.'], [50, 'p', 'the thursday murder club'], [58, 'l', 'The Thursday Murder Club is in large print at Four Corners; reserve it at brampton.ca/library. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"If I understand you correctly, you\'d like the census for 1911, not 1901?" restates: clarify passes',
    lines: [[0, 'p', 'i need the irish census for my granny in sligo, 1911 i think, not the other one'], [20, 'l', "Hi, this is Jo at Sligo Library. If I understand you correctly, you'd like the census for 1911, not 1901?"], [50, 'p', 'yes'], [58, 'l', 'Both are free at census.nationalarchives.ie; choose 1911 and county Sligo. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Could you narrow it down for me a wee bit, which century?" asks about the need: clarify passes',
    lines: [[0, 'p', 'looking for maps of edinburgh'], [20, 'l', 'Hi, this is Jo at Edinburgh Libraries. Could you narrow it down for me a wee bit, which century?'], [50, 'p', '1800s'], [58, 'l', 'The National Library of Scotland has every 1800s town plan free at maps.nls.uk/towns. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'Spanish "¿Me podría decir para qué clase es?" asks about the need: clarify passes',
    lines: [[0, 'p', 'necesito libros de biologia'], [20, 'l', 'Hola, le atiende Jo de la Biblioteca de El Paso. ¿Me podría decir para qué clase es?'], [50, 'p', 'biologia de la prepa'], [58, 'l', 'Tenemos Biology (OpenStax), gratis en openstax.org/biology. ¿Le sirve?'], [80, 'p', 'si es todo'], [84, 'l', '¡Adiós!']],
    exp: some({ clarify: 'pass' }),
  },

  // ---- holds (a hold starts no final idle: the goodbye 10 s after the answer leaves none) --------------------------------
  {
    // reading: "Hold fire while I have a look" announces a look-up: the final idle starts at the answer, not at it
    name: '"Hold fire while I have a look" is a hold: final idle from the answer (10 s), check-in na; keep_informed passes',
    lines: [...START, [55, 'l', 'Hold fire while I have a look.'], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: '"I\'m on the case, back in a jiffy" is a hold: check-in na',
    lines: [...START, [55, 'l', "I'm on the case, back in a jiffy."], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: '"Kindly hold on, I am verifying" is a hold: check-in na',
    lines: [...START, [55, 'l', 'Kindly hold on, I am verifying.'], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: 'Spanish "Un momentito por favor, ya lo reviso" is a hold: check-in na',
    lines: [...START, [55, 'l', 'Un momentito por favor, ya lo reviso.'], [170, 'l', 'Brooklyn (2015) está en DVD en 3 sucursales: brampton.ca/library. ¿Le sirve?'], [180, 'l', '¡Gracias, hasta luego!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    // reading: telling the patron to take their time is no hold, so the final idle starts at it (125 s to the goodbye)
    name: 'near miss: "No rush at all, take your time finding the title" is no hold: final idle 125 s, no check-in: fails',
    lines: [...START, [55, 'l', 'No rush at all, take your time finding the title.'], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'fail' }),
  },

  // ---- completeness --------------------------------------------------------------------------------------------------------
  {
    name: '"Does that hit the spot?" after the answer: completeness passes',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Does that hit the spot?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"How\'s that looking for you?" after the answer: completeness passes',
    lines: [...START, ANSWER_PLAIN, [62, 'l', "How's that looking for you?"], [90, 'p', 'good thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Has that answered it for you?" after the answer: completeness passes',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Has that answered it for you?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'Spanish "¿Era eso lo que buscaba?" after the answer: completeness passes',
    lines: [...START, [58, 'l', 'Sí, Brooklyn (2015) está en DVD en 3 sucursales y en Kanopy: brampton.kanopy.com.'], [62, 'l', '¿Era eso lo que buscaba?'], [90, 'p', 'si es todo'], [95, 'l', '¡Adiós!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would the Blu-ray hit the spot instead?" offers something not given: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Would the Blu-ray hit the spot instead?'], [90, 'p', 'no dvd is fine, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },

  // ---- anything else, the patron done ---------------------------------------------------------------------------------------
  {
    name: '"Is there anything else you want to throw at me?" offers more help: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'yes great'], [85, 'l', 'Is there anything else you want to throw at me?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Need a hand with anything else?" offers more help: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'yes great'], [85, 'l', 'Need a hand with anything else?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish "¿Hay algo más en que le pueda servir?" offers more help: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'si gracias'], [85, 'l', '¿Hay algo más en que le pueda servir?'], [100, 'p', 'no'], [104, 'l', '¡Adiós!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "you\'ve answered everything, ta" says they are done: anything else passes',
    lines: [...START, ANSWER, [80, 'p', "great, you've answered everything, ta"], [85, 'l', 'Cheers, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "eso sería todo, gracias" says they are done: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'eso sería todo, gracias'], [85, 'l', '¡Adiós!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "brill ta" only thanks: anything else fails',
    lines: [...START, ANSWER, [80, 'p', 'brill ta'], [85, 'l', 'Cheers, bye!']],
    exp: some({ anything: 'fail' }),
  },

  // ---- goodbyes ------------------------------------------------------------------------------------------------------------
  {
    name: '"All the best!" as the last message says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Brilliant.'], [88, 'l', 'All the best!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Laters! 👋" as the last message says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'sweet'], [88, 'l', 'Laters! 👋']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Pleasure chatting with you, stay safe out there." says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Great.'], [88, 'l', 'Pleasure chatting with you, stay safe out there.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'Spanish "¡Hasta la próxima!" says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'si es todo'], [85, 'l', 'Perfecto.'], [88, 'l', '¡Hasta la próxima!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Have a look at the Kanopy link too." thanks nobody: courteous fails',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Great.'], [88, 'l', 'Have a look at the Kanopy link too.']],
    exp: some({ courteous: 'fail' }),
  },

  // ---- check-ins and disconnect notices (final idle from the answer at 58) -------------------------------------------------
  {
    name: '"Have I lost you?" in a final idle of 150 s: check-in passes',
    lines: [...START, ANSWER, [190, 'l', 'Have I lost you?']],
    over: { endAfter: 18 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'Spanish "¿Sigue por ahí?" in a final idle of 150 s: check-in passes',
    lines: [...START, [58, 'l', 'Sí, Brooklyn (2015) está en DVD en 3 sucursales: brampton.ca/library. ¿Le sirve?'], [190, 'l', '¿Sigue por ahí?']],
    over: { endAfter: 18 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Still with me?" then "Looks like we\'ve lost you, so I\'ll close this one out. Come back any time!" (idle 242 s): both pass',
    lines: [...START, ANSWER, [185, 'l', 'Still with me?'], [300, 'l', "Looks like we've lost you, so I'll close this one out. Come back any time!"]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Are you still on the chat?" then "I\'ll assume you\'ve wandered off and end the session now. Take care!" (idle 242 s): both pass',
    lines: [...START, ANSWER, [185, 'l', 'Are you still on the chat?'], [300, 'l', "I'll assume you've wandered off and end the session now. Take care!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll close this session now. Take care!" says nothing of the patron seeming gone: disconnect fails',
    lines: [...START, ANSWER, [185, 'l', 'Are you still on the chat?'], [300, 'l', "I'll close this session now. Take care!"]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },

  // ---- follow-up promises and their when -------------------------------------------------------------------------------------
  {
    name: '"I\'ll email you the list by close of play Thursday", address repeated back: contact passes',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll email you the list by close of play Thursday."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll drop you a line over the weekend", address repeated back: contact passes',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll drop you a line over the weekend."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"You should hear from me no later than Wednesday", address repeated back: contact passes',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll look into it and you should hear from me no later than Wednesday."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'Spanish "Le escribo en los próximos dos días", address repeated back: contact passes',
    lines: [...START, ANSWER, [80, 'p', 'puede averiguar si tienen el libro tambien'], [88, 'l', 'Claro. ¿Cuál es su correo?'], [110, 'p', 'lrios@example.org'], [118, 'l', 'Anotado, lrios@example.org. Le escribo en los próximos dos días.'], [140, 'p', 'gracias es todo'], [144, 'l', '¡Adiós!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll email you once I hear back from the branch", address repeated back: no when: contact fails',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll email you once I hear back from the branch."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },

  // ---- referrals with their contacts -------------------------------------------------------------------------------------------
  {
    name: '"Give the Film Reference Library a shout on 416-555-0199" refers with a phone: referral passes',
    lines: [...START, ANSWER, [80, 'p', 'is there somewhere with the original script'], [88, 'l', "Your best bet is the Film Reference Library at TIFF; give them a shout on 416-555-0199 and they'll tell you what they hold."], [110, 'p', 'great thats all'], [114, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"You may kindly write to the Registrar at registrar@example.ac.in" refers with an e-mail: referral passes',
    lines: [[0, 'p', 'how to get duplicate degree certificate'], [20, 'l', 'Good morning, this is Anil, librarian at Mumbai University Library. Which year did you graduate?'], [50, 'p', '2011'], [58, 'l', 'The duplicate certificate form is on mu.ac.in under Examinations. You may kindly write to the Registrar at registrar@example.ac.in for the fee details. Is this helpful?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thank you, have a nice day.']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "pop into the Local History Centre" with no contact at all: referral fails',
    lines: [[0, 'p', 'hiya, who has old photos of the Tay Bridge being built'], [20, 'l', 'Hiya, this is Jo at Leisure and Culture Dundee. The first bridge, the 1870s one?'], [50, 'p', 'aye'], [58, 'l', 'Some are on the Photopolis site at photopolis.dundee.ac.uk. For the rest, pop into the Local History Centre next time you are in town. Is that along the right lines?'], [80, 'p', 'aye thats the lot'], [84, 'l', 'Cheerio!']],
    exp: some({ referral: 'fail' }),
  },
  // ---- second batch --------------------------------------------------------------------------------------------------------
  {
    name: '"Bear wid me, checking the shelves" is a hold: final idle from the answer, check-in na',
    lines: [...START, [55, 'l', 'Bear wid me, checking the shelves.'], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: '"Let me just nip to the shelves and see" is a hold: final idle from the answer, check-in na',
    lines: [...START, [55, 'l', 'Let me just nip to the shelves and see.'], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: 'Spanish "Un segundito, déjeme checar" is a hold: final idle from the answer, check-in na',
    lines: [...START, [55, 'l', 'Un segundito, déjeme checar.'], [170, 'l', 'Brooklyn (2015) está en DVD en 3 sucursales: brampton.ca/library. ¿Le sirve?'], [180, 'l', '¡Gracias, hasta luego!']],
    exp: some({ idle: 'na', informed: 'pass' }),
  },
  {
    name: '"Is that what you were wanting?" after the answer: completeness passes',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Is that what you were wanting?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"That any good to you?" after the answer: completeness passes',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'That any good to you?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Any more questions for me?" offers more help: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'yes great'], [85, 'l', 'Any more questions for me?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Anything else I can do you for?" offers more help: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'yes great'], [85, 'l', 'Anything else I can do you for?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "cheers, that\'s me for today" says they are done: anything else passes',
    lines: [...START, ANSWER, [80, 'p', "cheers, that's me for today"], [85, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "I have no further doubts, thank you" says they are done: anything else passes',
    lines: [...START, ANSWER, [80, 'p', 'I have no further doubts, thank you'], [85, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Look after yourself!" as the last message says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Right.'], [88, 'l', 'Look after yourself!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Ciao for now!" as the last message says goodbye: courteous passes',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Right.'], [88, 'l', 'Ciao for now!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"You\'d want to reach out to Service Canada at 1-800-622-6232" refers with a phone: referral passes',
    lines: [...START, ANSWER, [80, 'p', 'also how do i replace my SIN card'], [88, 'l', "You'd want to reach out to Service Canada at 1-800-622-6232 for that."], [110, 'p', 'great thats all'], [114, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'Spanglish "Te mando un email mañana por la mañana", address repeated back: contact passes',
    lines: [...START, ANSWER, [80, 'p', 'puedes checar si hay el libro en español tambien'], [88, 'l', 'Claro! Cuál es tu email?'], [110, 'p', 'vale.r@example.org'], [118, 'l', 'Ok, vale.r@example.org. Te mando un email mañana por la mañana.'], [140, 'p', 'gracias es todo'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- near misses for U5's widenings (rubric v21) ---------------------------------------------------------------------------
  {
    name: 'near miss: "The Tamil greeting is vanakkam, by the way." talks about the word: greeting fails',
    lines: [[0, 'p', 'do you have tamil books for kids'], [25, 'l', 'This is Lakshmi at Fremont Library. The Tamil greeting is vanakkam, by the way.'], [30, 'l', 'For what age?'], [50, 'p', 'age 6'], [58, 'l', 'We have Tamil picture books; filter by Tamil at aclibrary.org. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Morena, this is Tama at Auckland Libraries." addresses a patron named Morena and greets nobody: greeting fails',
    lines: [[0, 'p', 'hi its Morena, can i return books to any branch'], [22, 'l', 'Morena, this is Tama at Auckland Libraries. Are they physical books?'], [50, 'p', 'yes'], [58, 'l', 'You can return them to any of our libraries: aucklandlibraries.govt.nz/returns. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Ka kite!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Would it do her any good to start with the graphic novel?" goes on: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Would it do her any good to start with the graphic novel?'], [90, 'p', 'maybe, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Are those the right lines on the form?" asks about the patron\'s own form: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Are those the right lines on the form?'], [90, 'p', 'yes, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Sufficient funds on the card?" asks about the patron\'s account: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Sufficient funds on the card?'], [90, 'p', 'yes, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Will the printed copy serve your purpose, or do you need the PDF?" asks a choice: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Will the printed copy serve your purpose, or do you need the PDF?'], [90, 'p', 'printed, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: Spanish "¿Le parece bien si se lo envío por correo?" offers something not given: completeness fails',
    lines: [...START, [58, 'l', 'Sí, Brooklyn (2015) está en DVD en 3 sucursales y en Kanopy: brampton.kanopy.com.'], [62, 'l', '¿Le parece bien si se lo envío por correo?'], [90, 'p', 'no gracias, es todo'], [95, 'l', '¡Adiós!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: a bare "¿Le parece bien?" after a plan asks agreement, as the fifteenth round read it: completeness fails',
    lines: [...START, [58, 'l', 'Brooklyn (2015) no está en español todavía; le aviso cuando llegue. Mientras tanto puede buscar en brampton.kanopy.com. ¿Le parece bien?'], [90, 'p', 'si ok gracias'], [95, 'l', '¡Adiós!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Kindly share your feedback at the end of the chat." asks nothing about the need: clarify fails',
    lines: [[0, 'p', 'how to get duplicate degree certificate'], [20, 'l', 'Good morning, this is Anil at Mumbai University Library. Kindly share your feedback at the end of the chat.'], [58, 'l', 'The duplicate certificate form is on mu.ac.in under Examinations. Is this helpful?'], [80, 'p', 'yes thats all'], [84, 'l', 'Thank you, have a nice day.']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "When you\'re done, pop the book over to the returns desk." asks nothing: clarify fails',
    lines: [[0, 'p', 'is there a large print version of the thursday murder club'], [20, 'l', "Hiya, Jo at Leeds Libraries. When you're done, pop the book over to the returns desk."], [58, 'l', 'The Thursday Murder Club is in large print at Central; reserve it at leeds.gov.uk/libraries. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "Your hold is still about 3 weeks out." in a final idle of 150 s asks nothing: check-in fails',
    lines: [...START, ANSWER, [190, 'l', 'Your hold is still about 3 weeks out.']],
    over: { endAfter: 18 },
    exp: some({ idle: 'fail' }),
  },
  {
    name: 'near miss: "In case you wandered off, I\'ll close this chat now." does not say the patron seems gone: disconnect fails',
    lines: [...START, ANSWER, [185, 'l', 'Are you still on the chat?'], [300, 'l', "In case you wandered off, I'll close this chat now."]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll email you what I find; the county\'s scores go up at close of play." says when scores go up, no when: contact fails',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll email you what I find; the county's cricket scores go up at close of play, by the way."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'near miss: "The freephone number is on the back of your card." tells nobody to call anyone: referral na',
    lines: [...START, ANSWER, [80, 'p', 'how do i renew by phone'], [88, 'l', 'The freephone number is on the back of your card, and renewals are also at brampton.ca/library.'], [110, 'p', 'great thats all'], [114, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "This information can help you decide, which branch is closer?" asks about the patron\'s choice: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'This information can help you decide, which branch is closer?'], [90, 'p', 'bramalea, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is the self-checkout pin working for you?" asks about the patron\'s own PIN: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Is the self-checkout pin working for you?'], [90, 'p', 'yes, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "I trust this answers your enquiry satisfactorily." states, it does not ask: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'I trust this answers your enquiry satisfactorily.'], [90, 'p', 'yes, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is your old card any good to you?" asks about the patron\'s card: completeness fails',
    lines: [...START, ANSWER_PLAIN, [62, 'l', 'Is your old card any good to you?'], [90, 'p', 'yes, thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // the final idle starts at this non-hold message (125 s to the goodbye): a check-in was due
    name: 'near miss: "u\'ll have to bear wid the queue, its long" is no hold: final idle 125 s, no check-in: fails',
    lines: [...START, [55, 'l', "u'll have to bear wid the queue, its long"], [170, 'l', 'Brooklyn (2015) is on DVD at 3 branches: brampton.ca/library. Does that help?'], [180, 'l', 'Thanks for asking, bye for now!']],
    exp: some({ idle: 'fail' }),
  },
  {
    name: 'near miss: the patron\'s "thats me for today, but can i ask about parking?" goes on: anything else fails',
    lines: [...START, ANSWER, [80, 'p', 'thats me for today, but can i ask about parking?'], [85, 'l', 'Parking is free after 6 pm. Bye now!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "You can look after yourself on the self-checkout machines." as the last two messages: courteous fails',
    lines: [...START, ANSWER, [80, 'p', 'yes thats all'], [85, 'l', 'Right.'], [88, 'l', 'You can look after yourself on the self-checkout machines.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // (left in v21, fixed in v23 by X3's `referralVerb` and the setting `whatsappCallsX3`: "WhatsApp <a named party>" and
    // its phone, as v13's "call")
    name: '"WhatsApp the Tamil Sangam on +91 98400 12345" refers with a phone: referral passes',
    lines: [...START, ANSWER, [80, 'p', 'who teaches tamil classes nearby'], [88, 'l', 'The Tamil Sangam runs weekend classes; WhatsApp the Tamil Sangam on +91 98400 12345 to enrol.'], [110, 'p', 'great thats all'], [114, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: older than U5's "close of play": any time phrase in the promise's message is read as its when, the archive's
    // closing time included ("it shuts by close of business today" passes the same way since v4); telling whose time it is
    // would need the clause's subject, not a phrase
    // v23 (X3): still left: telling the archive's hours from the provider's when needs the clause's subject, not a phrase;
    // a narrowing of v4's when for every follow-up
    name: 'LEFT (when: any time phrase in the promise\'s message) near miss: "I\'ll email you once the archive reopens; it shuts by close of play today." gives the archive\'s hours, no when: contact fails',
    lines: [...START, ANSWER, [80, 'p', 'could you also find out whether the novel is in large print? no rush'], [88, 'l', "Happy to. What's your email?"], [110, 'p', 'f.obrien@example.org'], [118, 'l', "Got it, f.obrien@example.org. I'll email you once the archive reopens; it shuts by close of play today."], [140, 'p', 'thanks thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
];

describe('twentieth round (U5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twentieth round (U5): good sessions in unusual words, every check', whole);
describeSessions('twentieth round (U5): good sessions in unusual words, short cases', short);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    // LEFT: a British postal address without a house number ("The Wellgate, Dundee DD1 1DB") is no address to the scorer
    // (v1's address family wants a number and a street word, or a US state and ZIP); a UK postcode opens on no fixed word, so
    // an alternative for it would make the family run at every character
    // v23 (X3): still left: a postcode still opens on no fixed word, and keying it on the town before it ("Dundee DD1")
    // would need a list of places
    name: 'LEFT (address: a UK postcode) "Pop into the Dundee Central Library local history desk, 1 Wellgate, Dundee DD1 1DB" refers with a postal address: referral passes',
    lines: [[0, 'p', 'hiya, who has old photos of the Tay Bridge being built'], [20, 'l', 'Hiya, this is Jo at Leisure and Culture Dundee. The first bridge, the 1870s one?'], [50, 'p', 'aye'], [58, 'l', 'Some are on the Photopolis site at photopolis.dundee.ac.uk. For the rest, pop into the Local History Centre at Central Library, The Wellgate, Dundee DD1 1DB. Is that along the right lines?'], [80, 'p', 'aye thats the lot'], [84, 'l', 'Cheerio!']],
    exp: some({ referral: 'pass' }),
  },
];

describeSessions('twentieth-round-falsefail: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twentieth-round-falsefail', LEFT);
