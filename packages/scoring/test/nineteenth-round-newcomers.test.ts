/**
 * Nineteenth round, area (T2): NEWCOMERS, IMMIGRATION AND CITIZENSHIP. Citizenship test and civics study materials,
 * ESL / English conversation classes and placement, translating documents, green card and visa forms (the library
 * gives sources and refers to legal aid, USCIS and accredited representatives, never legal advice), library cards
 * without a local address (shelters, hotels, relatives' homes, resettlement), bilingual sessions switching between
 * English and Spanish mid-chat, providers who write simple English for learners, patrons with limited English
 * (broken grammar, short lines) and machine-translated messages; greetings in Spanish, Portuguese and Haitian Creole.
 * Voices: big-city and county public libraries, a statewide cooperative, SMS (Text a Librarian), Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases. The main ones:
 * - "you should talk to an immigration attorney" and "consult an accredited representative" tell the patron to contact
 *   a person outside the chat: a referral, which needs a way to reach one; the DOJ roster's URL given with the
 *   accredited representative is such a way;
 * - a translators' directory or the USCIS site pointed to for the patron to use is a source, not a referral;
 * - "I can't tell you which box to check, that would be legal advice" followed by more help is no dismissal; "we can
 *   only answer one question per chat session" is a limit of questions (fails whatever follows);
 * - a patron's own explicit "that is all", "no more questions", "eso es todo", "nada más", "ya no tengo más preguntas"
 *   and the machine-translated "It is all what I needed" say they are done; "ok thank", "ok thx" do not;
 * - a bare "OK?" after the answer may ask for agreement and is no completeness question (v19 reading); "¿Le sirve esta
 *   información?", "¿Eso contesta su pregunta?" and "Is this good for you?" after the answer ask whether it met the need;
 * - a USCIS app named with no name or place to get it is no source (an app named alone, v19 reading);
 * - a greeting in Portuguese or Haitian Creole that names the librarian or the library greets and identifies.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, FU_LIB, FU_ME, other, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  // ---- citizenship test and civics ---------------------------------------------------------------------------------
  {
    // reading: "that is all" from the patron says explicitly that they are done
    name: 'Queens: limited-English patron studying for the citizenship test, the USCIS booklet and a book in the catalogue, "that is all"',
    lines: [
      [0, 'p', 'hi. i want study for citizenship test. you have books for this?'],
      [32, 'l', "Hello, welcome to Ask a Librarian at Queens Public Library! I'm Marta. Is your interview soon, and do you want the materials in English only or also in another language?"],
      [80, 'p', 'interview is in march. english ok but easy english please'],
      [95, 'l', 'Sure. Give me one minute to look.'],
      [160, 'l', 'Here are two good ones. 1) The free USCIS booklet "Learn About the United States: Quick Civics Lessons". You can read it at uscis.gov/citizenship/find-study-materials-and-resources. 2) The book "U.S. Citizenship Test (English edition)" by Jeffrey Bale, in our catalog at queenslibrary.org. Is this what you need?'],
      [230, 'p', 'yes very good. thank you so much, that is all'],
      [240, 'l', 'You are welcome! Good luck with your interview. Come back any time.'],
    ],
    exp: usual(),
  },
  {
    name: 'Phoenix: the patron switches to Spanish mid-chat, the provider follows; "¿Eso contesta su pregunta?", "¿Hay algo más…?", "no, nada más"',
    lines: [
      [0, 'p', 'hello, I need help find the civics 100 questions in spanish and english both'],
      [30, 'l', 'Hi! This is Jorge at Ask a Librarian, Phoenix Public Library. Do you know which version of the test you will take, and when is your interview?'],
      [75, 'p', 'no sé cuál... perdón, mi inglés no es muy bueno. Mi cita es en julio'],
      [88, 'l', '¡No se preocupe! Podemos hablar en español. Un momento, le busco el enlace.'],
      [150, 'l', 'Las 100 preguntas de educación cívica están en español en uscis.gov/es/ciudadania, en la sección "Materiales de estudio". Hay una versión bilingüe en inglés y español para practicar. ¿Eso contesta su pregunta?'],
      [200, 'p', 'sí, gracias!! is perfect'],
      [210, 'l', '¡Qué bueno! ¿Hay algo más en lo que le pueda ayudar?'],
      [240, 'p', 'no, nada más. thank you'],
      [246, 'l', '¡Mucha suerte en su entrevista! Gracias por comunicarse con nosotros.'],
    ],
    exp: usual(),
  },
  {
    // reading: the patron gave every detail and the provider went straight to the fee: no question, no restatement
    name: 'Philadelphia: the N-400 fee asked in full, answered straight from the fee schedule: clarify fails',
    lines: [
      [0, 'p', 'What is the current filing fee for Form N-400 if I file online? Not asking about the biometrics fee, just the form.'],
      [30, 'l', "Hello, you're chatting with Ask A Librarian at the Free Library of Philadelphia; I'm Deb."],
      [40, 'l', 'The fee for filing the N-400 online is $710 (paper filing is $760). The current fee schedule is on uscis.gov/g-1055 under "N-400". Does that answer your question?'],
      [90, 'p', 'Yes perfect, that is all I needed.'],
      [95, 'l', 'Great! Thanks for chatting and good luck.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: an app named only as "the free USCIS civics app" is an app named without a way to reach it: no source;
    // the answer is still given, so completeness is judged and passes
    name: 'Tulsa SMS: "the free USCIS civics app on your phone" is the only thing named: source fails',
    lines: [
      [0, 'p', 'hi wat app good for practice citizen test on phone'],
      [30, 'l', 'Hi from Text a Librarian at Tulsa City-County Library! This is Mo. iPhone or Android?'],
      [60, 'p', 'android'],
      [70, 'l', 'Try the free USCIS civics app on your phone, it reads the questions out loud too. Does that help?'],
      [110, 'p', 'ok thx'],
      [115, 'l', 'np! anything else?'],
      [140, 'p', 'no'],
      [145, 'l', 'ok bye, good luck!!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'SFPL: machine-translated question about a Chinese-English citizenship book, hold, call number, "No more questions."',
    lines: [
      [0, 'p', 'Ask, the library has the Chinese language of the citizenship examination book? My mother English is weak.'],
      [40, 'l', 'Hello! This is Wei, a librarian at San Francisco Public Library. Does your mother read traditional or simplified Chinese?'],
      [90, 'p', 'Traditional characters. She is from Hong Kong.'],
      [100, 'l', 'Thank you, please wait a moment while I search the catalog.'],
      [190, 'l', 'We have "美國公民入籍考試 (U.S. Citizenship Test, Chinese-English)" at the Chinatown Branch, call number 323.623 Mei. You can place a hold at sfpl.org and pick it up at any branch. Is this what you are looking for?'],
      [250, 'p', 'Yes this is it. Thank you very much!'],
      [260, 'l', 'You are welcome. Is there anything else I can do for you?'],
      [300, 'p', 'No more questions. Thank you.'],
      [305, 'l', 'Thank you for contacting SFPL. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "we can only answer one question per chat session" tells the patron they reached a limit of questions
    name: 'Miami-Dade: the fee waiver form, then "Sorry, we can only answer one question per chat session. Goodbye.": dismissal fails',
    lines: [
      [0, 'p', 'hi, I need the form for fee waiver for citizenship'],
      [25, 'l', 'Hi, this is Kevin with Ask a Librarian at Miami-Dade Public Library. Do you mean the fee waiver for the N-400?'],
      [60, 'p', 'yes'],
      [70, 'l', 'That is Form I-912, Request for Fee Waiver. The form and instructions are at uscis.gov/i-912. Did that help?'],
      [110, 'p', 'yes. and also how long the citizenship takes in miami?'],
      [120, 'l', 'Sorry, we can only answer one question per chat session. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Sample County: citizenship class, four sessions open at once for the provider: concurrency fails',
    lines: [
      [0, 'p', 'Hi, is there a citizenship class at the library this fall?'],
      [30, 'l', 'Hello, this is Jo at Sample County Library. Do you want weekday or weekend classes?'],
      [70, 'p', 'weekend'],
      [80, 'l', 'Our Saturday Citizenship Prep class starts September 12 at the Main Library; register at samplecountylibrary.org/citizenship. Does that work?'],
      [120, 'p', 'yes thats all i need, thanks'],
      [126, 'l', 'Thanks for chatting, see you there!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', 10, 400), other('c', 'jo', 20, 250)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Houston: "where i can do practice test for citizen ship" and gone; greeting, check-in, notice with an invitation back (idle 200 s); Lost Call',
    lines: [
      [0, 'p', 'where i can do practice test for citizen ship'],
      [30, 'l', 'Hello! This is Ana at the Houston Public Library.'],
      [160, 'l', 'Are you still there?'],
      [230, 'l', "It looks like you've been disconnected, so I'm going to end this chat now. Please feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: "Does that work for you?" after the answer asks whether it met the need; the patron never answers and no
    // one checks in (final idle 160 s)
    name: 'San Diego: Mango Languages for English learners, then silence for 160 s with no check-in: idle and courteous fail',
    lines: [
      [0, 'p', 'Do you have Rosetta Stone for learn English?'],
      [30, 'l', 'Hi there! This is Omar from San Diego Public Library. Do you have a San Diego library card?'],
      [60, 'p', 'yes'],
      [70, 'l', 'Great. We don\'t have Rosetta Stone, but we have Mango Languages, free with your card. It has "English for Spanish speakers" and many other courses. Go to sandiego.gov/public-library, then eLibrary > Languages > Mango. Does that work for you?'],
    ],
    over: { endAfter: 160 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  // ---- ESL and English conversation classes -------------------------------------------------------------------------
  {
    name: 'Austin: Spanish-speaking patron, English conversation circle on Saturdays, "¿Le sirve esta información?", "eso es todo"',
    lines: [
      [0, 'p', 'hola, hay clases de ingles gratis en la biblioteca?'],
      [25, 'l', '¡Hola! Soy Luis, bibliotecario de Austin Public Library. ¿Busca clases en persona o en línea?'],
      [60, 'p', 'en persona, sábados si hay. my work is monday to friday'],
      [72, 'l', 'Perfecto, déjeme revisar el calendario un momento.'],
      [150, 'l', 'Hay un Círculo de Conversación en Inglés (English Conversation Circle) los sábados a las 10 a.m. en la sucursal Ruiz. Es gratis y no necesita registrarse. El calendario está en library.austintexas.gov/events. ¿Le sirve esta información?'],
      [200, 'p', 'si perfecto!! thank you'],
      [210, 'l', '¡Con gusto! ¿Hay algo más en que le pueda ayudar?'],
      [240, 'p', 'no, eso es todo gracias'],
      [248, 'l', '¡Que le vaya muy bien! Gracias por escribirnos.'],
    ],
    exp: usual(),
  },
  {
    // reading: the 75 s before the first provider message is the pickup's alone
    name: 'Denver: short broken lines, the provider writes simple English, picked up after 75 s: pickup fails only',
    lines: [
      [0, 'p', 'hello'],
      [5, 'p', 'i need english class. for work. where'],
      [75, 'l', 'Hello. My name is Tom. I am a librarian at Denver Public Library. I can help. Do you want a class in the day or at night?'],
      [110, 'p', 'night. after 6'],
      [118, 'l', 'OK. One moment please.'],
      [180, 'l', 'Denver Public Library has free English classes at night. Tuesday and Thursday, 6:30 pm, at the Valdez-Perry branch. The list of classes is here: denverlibrary.org/english. Is this good for you?'],
      [240, 'p', 'yes good. thank'],
      [250, 'l', 'You are welcome. Do you need anything more?'],
      [275, 'p', 'no'],
      [280, 'l', 'Goodbye! Thank you for writing to us.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'OC Public Libraries: ESL for a Vietnamese-speaking mother, holds, then "I\'ll e-mail … by Thursday afternoon" with the e-mail repeated; done in 40 h',
    lines: [
      [0, 'p', 'Hi, I am looking for ESL classes for my mother. She is 67 and speak only Vietnamese. Something near Garden Grove'],
      [30, 'l', "Hi! This is Linh with OC Public Libraries' Ask a Librarian. Does she need classes in person, and would mornings work better for her?"],
      [80, 'p', 'in person, mornings. she does not drive'],
      [90, 'l', 'Thank you. Let me check what is close to Garden Grove.'],
      [185, 'l', "I'm still looking; the adult school schedules are spread over a few sites."],
      [270, 'l', "I found the Garden Grove Adult Education ESL page (ggusd.us/adult-ed) but I want to confirm which classes have Vietnamese-speaking aides. Can I e-mail you the details by Thursday? What's your e-mail?"],
      [320, 'p', 'yes please. tran.family@example.org'],
      [330, 'l', "Thank you. I'll e-mail tran.family@example.org by Thursday afternoon with the class times and whether they have a Vietnamese aide. In the meantime, the ESL page above lists all sites. Does that work for now?"],
      [370, 'p', 'yes thank you so much. that is all for today'],
      [378, 'l', "You're welcome! Talk to you by Thursday. Thanks for contacting us."],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tran.family@example.org', phone: null }, followUps: [{ doneAt: at(378 + 40 * HOUR), by: 'jo', note: 'sent GGUSD ESL class times' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I will e-mail you what I find" promises a follow-up; coded Answered, with no time said
    name: 'Dearborn: Arabic citizenship class, "I will e-mail you what I find", coded Answered, no when: code and contact fail, on-time pending',
    lines: [
      [0, 'p', 'pls can u find me citizenship class in arabic language? in dearborn'],
      [30, 'l', 'Hello, Dearborn Public Library here, my name is Nadia. Are you looking for a class to prepare for the interview, or the civics test only?'],
      [70, 'p', 'both. interview and test'],
      [80, 'l', 'We have a citizenship prep class in English on Wednesdays at Henry Ford Centennial Library (dearbornlibrary.org/events). For classes taught in Arabic I need to ask our outreach coordinator. I will e-mail you what I find.'],
      [120, 'p', 'ok thank you. my email is samir.h@example.org'],
      [128, 'l', 'Got it. Thanks, Samir! Have a good day.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Chicago: ESL placement test, transferred to the adult learning program with no note to the receiving provider: transfer fails; "nothing else"',
    lines: [
      [0, 'p', 'Hi where can I take the ESL placement test? I want to start level 2'],
      [25, 'l', 'Hi! This is Ben at Chicago Public Library. Are you already signed up with a program, or starting new?'],
      [60, 'p', 'new'],
      [70, 'l', "I'm transferring you to Maria, who runs our adult learning program; she can tell you about placement. One moment."],
      [75, 's', 'Transferred to Maria G.', sys('transfer', 'maria')],
      [100, 'l', "Hi, I'm Maria. Placement tests (CASAS) are given at Harold Washington Library Center every Monday at 10. You can sign up at chipublib.org/adult-learning. Does that help?", who('Maria G.', 'maria')],
      [150, 'p', 'yes thanks, nothing else'],
      [156, 'l', 'Great, see you Monday then! Thanks for chatting.', who('Maria G.', 'maria')],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Brooklyn: ESOL with childcare, "still looking" and "one more minute" holds keep every wait under 2 minutes',
    lines: [
      [0, 'p', 'Hi, I am looking for English classes that have childcare for kids, I have a 2 year old. I live in Brooklyn, Sunset Park'],
      [40, 'l', "Hi! This is Ahmed from Brooklyn Public Library's Ask a Librarian. Do you need a morning or evening class?"],
      [85, 'p', 'morning is better'],
      [95, 'l', 'OK, let me look through the program listings.'],
      [200, 'l', 'Still looking, thanks for your patience. A few programs list childcare but I want to check the Sunset Park ones.'],
      [310, 'l', 'Almost there, one more minute.'],
      [380, 'l', "Found it: the Adult Learning Center at Sunset Park Library has morning ESOL classes with free childcare for children 18 months and up; the schedule and sign-up form are at bklynlibrary.org/adult-learning. Does this answer your question?"],
      [430, 'p', 'yes that is great, thank you'],
      [440, 'l', 'Anything else today?'],
      [470, 'p', 'no thank you'],
      [475, 'l', 'Thank you for chatting with Brooklyn Public Library!'],
    ],
    exp: usual(),
  },
  {
    // reading: "ok thanks" alone does not say the patron is done; "Have a nice evening!" says goodbye
    name: 'Hamilton (ON): English conversation circle, "Is that helpful?", patron "ok thanks", no offer of more: anything else fails',
    lines: [
      [0, 'p', 'Hello I want improve my speaking english. Is there conversation group?'],
      [45, 'l', "Hello! Welcome to the Ask Us chat at Hamilton Public Library. I'm Priti. Are you an adult learner, and which branch is closest to you?"],
      [100, 'p', 'adult. I live near Central'],
      [110, 'l', 'The English Conversation Circle meets every Wednesday at 6 pm at Central Library. It is free, no registration. More details are on hpl.ca/english-conversation. Is that helpful?'],
      [170, 'p', 'ok thanks'],
      [176, 'l', 'Have a nice evening!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Los Angeles: Spanish chat about bilingual readers for a child, transferred to the world-languages librarian with a staff note and a notice: transfer passes',
    lines: [
      [0, 'p', 'Hola, busco libros para aprender inglés para mi hijo de 9 años, en español e inglés'],
      [20, 'l', '¡Hola! Le atiende Carmen, de la Biblioteca Pública de Los Ángeles. ¿Su hijo ya lee en español?'],
      [60, 'p', 'si, lee bien en español'],
      [70, 'i', 'Ruth, patron wants bilingual readers for a 9-year-old who reads Spanish well; can you take it? You know the world languages collection best.'],
      [75, 'l', 'Voy a transferir su chat a Ruth, nuestra bibliotecaria de idiomas del mundo, que conoce mejor esa colección. Un momento por favor.'],
      [80, 's', 'Chat transferred to Ruth Ortega', sys('transfer', 'ruth')],
      [110, 'l', 'Hola, soy Ruth. Le recomiendo la serie bilingüe "I Can Read! / ¡Yo sé leer!". Puede buscarla en el catálogo en lapl.org con la palabra "bilingual" y filtrar por Juvenile. ¿Le ayuda esto?', who('Ruth Ortega', 'ruth')],
      [170, 'p', 'si muchas gracias!'],
      [178, 'l', '¡De nada! ¿Algo más?', who('Ruth Ortega', 'ruth')],
      [200, 'p', 'no, es todo'],
      [205, 'l', 'Gracias por usar nuestro servicio. ¡Hasta luego!', who('Ruth Ortega', 'ruth')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  // ---- forms, visas, green cards: sources and referrals, no legal advice --------------------------------------------
  {
    // reading: declining to say which box to check ("that would be legal advice") and going on helping is no dismissal;
    // "CASA … you can call them at 301-431-4185" refers with a phone
    name: 'Montgomery County: I-485 Part 2, no legal advice, the USCIS instructions and CASA with a phone: referral passes',
    lines: [
      [0, 'p', "Good afternoon, I'm filling out the I-485 for my wife and I'm not sure which box to check in Part 2 for her eligibility category. Can you tell me which one?"],
      [40, 'l', "Good afternoon, you've reached Ask Us at Montgomery County Public Libraries, this is Priya. Just so I point you to the right thing: is her application based on your being a U.S. citizen, or on a job or something else?"],
      [90, 'p', 'I am a citizen, we got married last year'],
      [100, 'l', "Thanks. I can't tell you which box to choose, since that would be legal advice, but I can show you where USCIS explains it."],
      [170, 'l', 'The official instructions for Form I-485 are at uscis.gov/i-485 (click "Instructions for Form I-485", then go to Part 2, "Application Type or Filing Category"). For help deciding, CASA offers free immigration legal consultations; you can call them at 301-431-4185. Does that help?'],
      [230, 'p', 'Yes thanks. I will call them. Thats all'],
      [238, 'l', 'Great. Thank you for using Ask Us, and best of luck to you both!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you should talk to an immigration attorney" tells the patron to contact a person outside the chat (a
    // specialist), with no way to reach one: referral fails
    name: 'Fairfax: H-1B portability, the USCIS page, then "you should talk to an immigration attorney" with no contact: referral fails',
    lines: [
      [0, 'p', 'my visa H-1B expires in june and my employer is changing. can I stay?'],
      [30, 'l', 'Hi, this is Sam, a reference librarian at Fairfax County Public Library. Are you asking about changing employers while the visa is still valid?'],
      [75, 'p', 'yes exactly'],
      [85, 'l', "The USCIS page \"H-1B Specialty Occupations\" explains portability (starting work for a new employer) at uscis.gov/working-in-the-united-states/h-1b-specialty-occupations. Because your situation depends on dates and your employer's petition, you should talk to an immigration attorney before you make any change. Does that help?"],
      [140, 'p', 'ok thank you'],
      [150, 'l', 'Is there anything else I can help you find today?'],
      [190, 'p', 'no'],
      [196, 'l', 'Take care, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the DOJ roster's URL given with "an accredited representative" is a way to reach one
    name: 'Broward: I-130 with no news, case status online, the USCIS Contact Center by phone, an accredited representative via the DOJ roster: referral passes',
    lines: [
      [0, 'p', 'I mailed my I-130 five months ago and no news. who I can ask about my case?'],
      [30, 'l', "Hi! You've reached the Ask a Librarian service at Broward County Library; my name is Keisha. Do you have the receipt notice with the receipt number (it starts with three letters, like IOE)?"],
      [80, 'p', 'yes i have it'],
      [90, 'l', 'Good. First you can check the status online at egov.uscis.gov/casestatus with that number. If it is outside the normal processing time, call the USCIS Contact Center at 800-375-5283. For advice about your case, talk to an accredited representative; the roster by state is at justice.gov/eoir/recognized-organizations-and-accredited-representatives-roster-state. Does that answer your question?'],
      [150, 'p', 'yes thank you very much'],
      [155, 'l', 'Anything else I can help you with?'],
      [190, 'p', 'no thank you'],
      [195, 'l', 'You are welcome. Have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a translators' directory and the USCIS Policy Manual are sources for the patron to use, not referrals
    name: 'Boston: translating a Haitian birth certificate, the library cannot certify, the USCIS rule and the ATA directory (sources, no referral)',
    lines: [
      [0, 'p', 'Do you translate documents? I need my birth certificate from Haiti in English for immigration'],
      [35, 'l', 'Hello! Thanks for reaching out to the Boston Public Library. My name is Kerline. Is this for a USCIS application, like a green card or naturalization form?'],
      [80, 'p', 'yes for N-400'],
      [90, 'l', "Thank you. The library can't translate or certify documents, but USCIS accepts a full English translation with the translator's signed statement that they are competent in both languages. The rule is in the USCIS Policy Manual, Volume 1, Part B, Chapter 2 (uscis.gov/policy-manual/volume-1-part-b-chapter-2). To find a certified translator, the American Translators Association has a directory at atanet.org/directory. Does that help?"],
      [150, 'p', 'Yes this help a lot. thank you'],
      [160, 'l', 'Good! Is there anything else you need today?'],
      [200, 'p', 'no is ok'],
      [205, 'l', 'Take care, and good luck with your application!'],
    ],
    exp: usual(),
  },
  {
    name: 'Hartford: the DS-160 on a library computer, help filling it declined because patrons are waiting, with a way back (chat later, the reference line): no dismissal',
    lines: [
      [0, 'p', 'Can I use library computer to fill DS-160 visa form? I have no computer at home'],
      [30, 'l', 'Hello! Welcome to Ask Us at Hartford Public Library, this is Dana. Yes, you can. Do you have a library card yet?'],
      [70, 'p', 'no card. I am visitor from Colombia, staying with my sister'],
      [80, 'l', 'Visitors can get a free guest pass for the computers with a passport; the details are on hplct.org/library-services/computers. The DS-160 itself is online at ceac.state.gov/genniv. Is that what you needed?'],
      [130, 'p', 'yes. and can you help me fill it?'],
      [140, 'l', "I'm sorry, we have several patrons waiting right now, so I can't go through the whole form with you in chat. Please come back to chat later tonight or call our Reference line at 860-695-6300 and we'll help you with it. Is there anything else quick I can help with?"],
      [190, 'p', 'no thats all'],
      [195, 'l', 'Thanks for your patience, and good luck with the visa!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "¿Sigue ahí?" asks whether the patron is there; nothing tells the patron they seem gone (idle 320 s)
    name: 'San Antonio: I-90 green card renewal in Spanish, then "¿Sigue ahí?" and nothing more (idle 320 s): disconnect and courteous fail',
    lines: [
      [0, 'p', 'Buenas, necesito ayuda con la renovación de green card, el formulario I-90. Dónde lo encuentro?'],
      [35, 'l', '¡Buenas tardes! Le saluda Rosa, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Su tarjeta ya venció o está por vencer?'],
      [80, 'p', 'vence en 3 meses'],
      [90, 'l', 'Puede renovarla ahora mismo. El formulario I-90 y las instrucciones están en uscis.gov/es/i-90 y se puede presentar en línea. ¿Le ayuda esa información?'],
      [210, 'l', '¿Sigue ahí?'],
    ],
    over: { endAfter: 200 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- library cards without a local address ------------------------------------------------------------------------
  {
    name: 'Seattle: newly arrived, in a family shelter, passport from Venezuela, online card application: "that\'s everything"',
    lines: [
      [0, 'p', 'Hi, I just arrived in Seattle 2 weeks ago and I am staying in a family shelter. Can I get a library card? I have no lease or bills.'],
      [28, 'l', "Hi there, and welcome to Seattle! This is Grace at The Seattle Public Library's Ask Us service. Do you have any kind of ID, even from another country, like a passport?"],
      [70, 'p', 'Yes I have passport from Venezuela'],
      [82, 'l', 'Good, that works. You can apply online at spl.org/using-the-library/get-started/get-a-library-card with your passport number and the shelter address, then show the passport the first time you borrow. Does that answer your question?'],
      [130, 'p', 'Yes! Thank you very much'],
      [137, 'l', "You're very welcome. Anything else I can help with?"],
      [170, 'p', "No that's everything. Bye"],
      [175, 'l', 'Bye, and welcome again!'],
    ],
    exp: usual(),
  },
  {
    // reading: "It is all what I needed" (machine-translated) says explicitly that the patron is done; the 155 s between
    // the patron's answer and the provider's next message is a wait on the provider with no hold
    name: 'Toronto: machine-translated patron with no proof of address, 155 s silence before the answer: keep informed fails; "It is all what I needed"',
    lines: [
      [0, 'p', 'Good day. I would want to know of what form I can obtain the card of the library being that I am newly arrived to the country and I do not count with a proof of domicile. Thank you very much in advance.'],
      [40, 'l', "Good morning and welcome! You're chatting with Hamid at Toronto Public Library. Are you living in Toronto now, even in temporary housing?"],
      [95, 'p', 'Yes, I live in the house of my cousin in Scarborough since one month.'],
      [250, 'l', 'Thanks for waiting. You can get a card with ID plus something that shows the address, and a letter from your cousin with her ID works too. The full list of what we accept is at torontopubliclibrary.ca/using-the-library/your-library-card. Does that answer your question?'],
      [300, 'p', 'Yes it answers. It is all what I needed, thank you a lot.'],
      [305, 'l', 'My pleasure. Enjoy the library!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Go to Minneapolis Central Library, 300 Nicollet Mall" tells the patron to visit a branch of the
    // provider's own library, with its street address: a referral that passes; a bare "OK?" is no completeness question
    name: 'Hennepin SMS: resettled family in a hotel, simple English, "Go to … 300 Nicollet Mall", then a bare "OK?": completeness and anything else fail',
    lines: [
      [0, 'p', 'library card how get. no address yet. live hotel'],
      [40, 'l', 'Hi, this is Text a Librarian from Hennepin County Library, Chris here. Are you in Minneapolis now?'],
      [90, 'p', 'yes downtown hotel. family from Afghanistan. resettlement'],
      [100, 'l', 'Welcome! Is an agency helping your family, like a resettlement office?'],
      [150, 'p', 'yes Arrive Ministries'],
      [160, 'l', 'Good. You can get a card now with any ID. Use the hotel address, or the Arrive Ministries address. Go to Minneapolis Central Library, 300 Nicollet Mall. Info: hclib.org/about/library-cards. OK?'],
      [210, 'p', 'ok. thank u'],
      [215, 'l', 'You are welcome. Text us any time!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "¿Tiene usted tarjeta…?" is a question about the patron's situation (home library) before the source; the
    // provider passes the question to the patron's library, which will write within 3 business days to an e-mail given
    // in the chat; no completeness question after the source
    name: 'Florida statewide (Spanish): citizenship classes in Hialeah, passed to the home library, e-mail repeated, "dentro de 3 días hábiles"; done in 30 h',
    lines: [
      [0, 'p', 'Hola, vivo en Hialeah y quiero saber si la biblioteca de mi ciudad tiene clases de ciudadanía en español'],
      [30, 'l', '¡Hola! Gracias por comunicarse con Ask a Librarian de Florida. Soy Marisol, bibliotecaria de la red estatal. ¿Usted tiene tarjeta de la Biblioteca de Hialeah?'],
      [80, 'p', 'si tengo'],
      [90, 'l', 'Un momento por favor, voy a revisar el sitio de su biblioteca.'],
      [180, 'l', 'No encuentro el horario de este otoño en hialeahfl.gov/library. Voy a pasar su pregunta al personal de la Biblioteca de Hialeah y ellos le van a escribir por correo electrónico dentro de 3 días hábiles. ¿A qué correo le pueden escribir?'],
      [230, 'p', 'lucia.m@example.org'],
      [240, 'l', 'Perfecto: lucia.m@example.org. La Biblioteca de Hialeah le escribirá a ese correo dentro de 3 días hábiles. ¿Hay algo más en que le pueda ayudar?'],
      [270, 'p', 'no, eso es todo. muchas gracias'],
      [275, 'l', '¡Gracias a usted! Que tenga buen día.'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'lucia.m@example.org', phone: null }, followUps: [{ doneAt: at(275 + 30 * HOUR), by: 'hialeah', note: 'sent fall citizenship class dates' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'NYPL: no name, no library in the first two provider messages ("Hi! What edition…?", "Let me check."): greeting fails',
    lines: [
      [0, 'p', 'hi do you have the book Ready for the Citizenship Interview?'],
      [20, 'l', 'Hi! What edition are you looking for?'],
      [50, 'p', 'any, the newest'],
      [60, 'l', 'Let me check.'],
      [110, 'l', 'Yes, the newest edition is in the catalog at browse.nypl.org (search "citizenship interview"), with 2 copies available at Mid-Manhattan. Is that what you wanted?'],
      [150, 'p', 'yes, that is everything. thanks'],
      [156, 'l', 'Happy studying, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'Spanish completeness "¿Le ayudó esta información?" after the answer: passes',
    lines: [
      [0, 'p', 'Necesito el formulario para cambiar mi dirección con inmigración'],
      [20, 'l', 'Hola, soy Diego de la Biblioteca de Yonkers. ¿Tiene green card o una solicitud pendiente?'],
      [60, 'p', 'tengo green card'],
      [70, 'l', 'Entonces es el formulario AR-11, que se hace en línea en uscis.gov/es/ar-11 dentro de los 10 días de la mudanza. ¿Le ayudó esta información?'],
      [110, 'p', 'si gracias'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: an offer of more ("¿Quiere que le mande también…?") asks about something not yet given
    name: 'near miss: "¿Quiere que le mande también el PDF de las instrucciones?" after the answer: completeness fails',
    lines: [
      [0, 'p', 'Necesito el formulario para cambiar mi dirección con inmigración'],
      [20, 'l', 'Hola, soy Diego de la Biblioteca de Yonkers. ¿Tiene green card o una solicitud pendiente?'],
      [60, 'p', 'tengo green card'],
      [70, 'l', 'Entonces es el formulario AR-11, que se hace en línea en uscis.gov/es/ar-11 dentro de los 10 días de la mudanza. ¿Quiere que le mande también el PDF de las instrucciones?'],
      [110, 'p', 'no gracias'],
      [115, 'l', '¡Que le vaya bien!'],
    ],
    exp: some({ complete: 'fail', courteous: 'pass' }),
  },
  {
    // reading: "consultar con un abogado de inmigración" tells the patron to contact a specialist; no way to reach one
    name: 'Spanish: "Le sugiero consultar con un abogado de inmigración" with no contact: referral fails',
    lines: [
      [0, 'p', 'me negaron el asilo, que puedo hacer'],
      [25, 'l', 'Hola, le atiende Paula de la Biblioteca Pública de Houston. ¿Recibió la decisión por escrito?'],
      [60, 'p', 'si una carta'],
      [70, 'l', 'Lo siento mucho. La carta explica los plazos para apelar; la información general está en justice.gov/eoir/es. Le sugiero consultar con un abogado de inmigración lo antes posible. ¿Le sirve?'],
    ],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'Spanish: "Llame a CARECEN al 213-385-7800 para una consulta gratis": referral passes',
    lines: [
      [0, 'p', 'necesito ayuda con mi caso de DACA, la renovación'],
      [25, 'l', 'Hola, soy Mateo, bibliotecario de LA County Library. ¿Su DACA vence pronto?'],
      [60, 'p', 'en 4 meses'],
      [70, 'l', 'La renovación se hace con el formulario I-821D (uscis.gov/es/i-821d). Para revisar su caso, llame a CARECEN al 213-385-7800 para una consulta gratis. ¿Le ayuda esto?'],
    ],
    exp: some({ source: 'pass', referral: 'pass', complete: 'pass' }),
  },
  {
    // reading: "many books for the test" names no resource: no source
    name: 'near miss: "We have many books for the citizenship test at the library" names nothing: source fails',
    lines: [
      [0, 'p', 'you have books for citizenship test?'],
      [20, 'l', 'Hi, this is Dee at Tulsa City-County Library. Is it for the civics part or the English reading part?'],
      [50, 'p', 'civics'],
      [60, 'l', 'Yes, we have many books for the citizenship test at the library, in English and in Spanish. Does that help?'],
      [90, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', source: 'fail', complete: 'pass' }),
  },
  {
    name: 'simple English sign-on "Hello. My name is Rosa. I am a librarian.": greeting passes',
    lines: [
      [0, 'p', 'i need help with english. please'],
      [25, 'l', 'Hello. My name is Rosa. I am a librarian.'],
      [30, 'l', 'What do you need help with? Class, books, or something else?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hello my friend, how I can help you?" then an answer, no name or library: greeting fails',
    lines: [
      [0, 'p', 'you have english class?'],
      [25, 'l', 'Hello my friend, how I can help you?'],
      [40, 'p', 'english class'],
      [50, 'l', 'Yes, every Tuesday at 6 pm. See the calendar at cmlibrary.org/events.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'limited English "no more question, thank you" says the patron is done: anything else passes',
    lines: [
      [0, 'p', 'where i find form I-765'],
      [20, 'l', 'Hi, this is Kim at Fort Worth Library. Is it for a work permit renewal or the first one?'],
      [50, 'p', 'renew'],
      [60, 'l', 'The I-765 and its instructions are at uscis.gov/i-765, and you can file it online there. Does that answer your question?'],
      [100, 'p', 'yes. no more question, thank you'],
      [105, 'l', 'You are welcome, bye!'],
    ],
    exp: some({ anything: 'pass', complete: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "ok thank" alone does not say the patron is done
    name: 'near miss: limited English "ok thank" with no offer of more: anything else fails',
    lines: [
      [0, 'p', 'where i find form I-765'],
      [20, 'l', 'Hi, this is Kim at Fort Worth Library. Is it for a work permit renewal or the first one?'],
      [50, 'p', 'renew'],
      [60, 'l', 'The I-765 and its instructions are at uscis.gov/i-765, and you can file it online there. Does that answer your question?'],
      [100, 'p', 'ok thank'],
      [105, 'l', 'You are welcome, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "ya no tengo más preguntas" = "no more questions"
    name: 'Spanish "ya no tengo más preguntas, gracias" says the patron is done: anything else passes',
    lines: [
      [0, 'p', 'donde puedo tomar clases de ingles en la noche'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca de Dallas. ¿En qué zona vive?'],
      [50, 'p', 'Oak Cliff'],
      [60, 'l', 'Hay clases de inglés gratis de noche en la sucursal Oak Cliff; el horario está en dallaslibrary2.org/literacy. ¿Le sirve?'],
      [100, 'p', 'si, ya no tengo más preguntas, gracias'],
      [105, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "I have no more doubts" (Spanish "no tengo más dudas" translated) says explicitly no more questions
    name: 'machine-translated "I do not have more doubts, thank you very much" says the patron is done: anything else passes',
    lines: [
      [0, 'p', 'Good afternoon, where I can find the form for to apply the citizenship?'],
      [20, 'l', 'Good afternoon, this is Luz at El Paso Public Library. Do you already have your green card for 5 years (or 3 if married to a citizen)?'],
      [60, 'p', 'Yes, 5 years in October.'],
      [70, 'l', 'Then the form is the N-400, at uscis.gov/n-400, and you can file it 90 days before the 5 years. Does this answer your question?'],
      [110, 'p', 'Yes. I do not have more doubts, thank you very much.'],
      [115, 'l', 'My pleasure, good luck!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish hold "Un momento por favor, estoy buscando" then the answer 110 s later: keep informed passes',
    lines: [
      [0, 'p', 'hay libros para aprender ingles para adultos en audio?'],
      [20, 'l', 'Hola, soy Teresa de la Biblioteca de Fresno. ¿Los quiere en CD o para el teléfono?'],
      [50, 'p', 'telefono'],
      [60, 'l', 'Un momento por favor, estoy buscando.'],
      [170, 'l', 'En Libby (fresnolibrary.org/libby) hay "Inglés en 100 días" en audio, gratis con su tarjeta. ¿Le sirve?'],
    ],
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    // reading: "Take your time reading it" is no hold; the patron's next question starts a wait that lasts 140 s
    name: 'near miss: "Take your time reading it" is no hold; the patron asks again and waits 140 s: keep informed fails',
    lines: [
      [0, 'p', 'what documents i need for library card? i am new in the country'],
      [20, 'l', 'Hi, this is Sara at Calgary Public Library. Do you live in Calgary now?'],
      [50, 'p', 'yes'],
      [60, 'l', 'The list of IDs we accept is at calgarylibrary.ca/your-library/card. Take your time reading it.'],
      [80, 'p', 'my permanent resident card is ok?'],
      [220, 'l', 'Yes, a PR card works as photo ID; you only need a second paper with your address.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'declining legal advice ("I\'m not able to give legal advice") and going on helping: no dismissal',
    lines: [
      [0, 'p', 'should I apply for asylum or TPS? which is better for me'],
      [20, 'l', 'Hi, this is Jon at Omaha Public Library. Which country are you from?'],
      [50, 'p', 'Honduras'],
      [60, 'l', "I'm not able to give legal advice about which is better for you, but I can show you what each one is. USCIS explains TPS for Honduras at uscis.gov/humanitarian/temporary-protected-status, and asylum at uscis.gov/asylum. Would that help as a start?"],
    ],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    // reading: "Le mando la lista por correo mañana" promises a follow-up; coded Answered and no e-mail in the chat
    name: 'Spanish promise "Le mando la lista por correo mañana" coded Answered: code and contact fail, on-time pending',
    lines: [
      [0, 'p', 'busco clases de ciudadania en español cerca de Pasadena'],
      [20, 'l', 'Hola, soy Elena de la Biblioteca Pública de Pasadena. ¿Las necesita de día o de noche?'],
      [50, 'p', 'de noche'],
      [60, 'l', 'Tenemos que confirmar los horarios del otoño con el colegio comunitario. Le mando la lista por correo mañana.'],
      [90, 'p', 'ok gracias'],
      [95, 'l', '¡Gracias a usted!'],
    ],
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "You live in Dallas?" asks about the patron's residence, which shapes the answer
    name: 'simple English "You live in Dallas?" before the answer: clarify passes',
    lines: [
      [0, 'p', 'card library how much cost'],
      [20, 'l', 'Hi! This is Ray at Dallas Public Library. You live in Dallas?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Then the card is free. Apply at dallaslibrary2.org/getacard. Does that help?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: a DOJ-accredited representative the patron is told to ask, with no roster or contact
    name: 'near miss: "please ask a DOJ-accredited representative about this" with no contact: referral fails',
    lines: [
      [0, 'p', 'can my brother come with me on my green card? he is 25'],
      [20, 'l', 'Hello, this is Mina at Sacramento Public Library. Is your green card from family or from work?'],
      [50, 'p', 'family, my mom is citizen'],
      [60, 'l', 'The family categories are explained at uscis.gov/family. Whether your brother can be included depends on the category, so please ask a DOJ-accredited representative about this. Does that help?'],
    ],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    // reading: "Your ESL teacher can tell you your level" points to a party that can help, with no contact
    name: 'near miss: "your ESL teacher can tell you your level" with no contact: referral fails',
    lines: [
      [0, 'p', 'which book i buy for english level B1?'],
      [20, 'l', 'Hi, this is Noor at Arlington Public Library. Are you taking a class now?'],
      [50, 'p', 'yes at night school'],
      [60, 'l', 'We have "English File Intermediate" to borrow; search it at library.arlingtonva.us. Your ESL teacher can tell you your level if you are not sure. Is that useful?'],
    ],
    exp: some({ source: 'pass', referral: 'fail', complete: 'pass' }),
  },
  {
    name: 'Spanish sign-on "Buenas tardes, habla con la Biblioteca de Yonkers": greeting passes',
    lines: [
      [0, 'p', 'buenas, tienen computadoras para hacer la cita de biometría?'],
      [20, 'l', 'Buenas tardes, habla con la Biblioteca de Yonkers.'],
      [25, 'l', '¿Usted ya tiene la carta de USCIS con la fecha?'],
    ],
    // (first run: the sign-on was also read as "talk to the library", a referral; the label lists it now)
    exp: some({ greeting: 'pass', referral: 'na' }),
  },
  {
    name: 'Portuguese sign-on "Olá! Sou a Ana, bibliotecária da Biblioteca Pública de Newark.": greeting passes',
    lines: [
      [0, 'p', 'Olá, vocês têm aulas de inglês para adultos?'],
      [25, 'l', 'Olá! Sou a Ana, bibliotecária da Biblioteca Pública de Newark. A senhora prefere aulas de manhã ou à noite?'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'Haitian Creole sign-on "Bonjou! Mwen se Marie, bibliotekè nan Boston Public Library.": greeting passes',
    lines: [
      [0, 'p', 'Bonjou, eske nou gen klas angle?'],
      [25, 'l', 'Bonjou! Mwen se Marie, bibliotekè nan Boston Public Library. Ki jou ki bon pou ou?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'Spanish goodbye "Que le vaya bien." as the last provider message: courteous passes',
    lines: [
      [0, 'p', 'cuanto cuesta la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, soy Pedro de la Biblioteca de Santa Ana. ¿Vive en Santa Ana?'],
      [40, 'p', 'si'],
      [50, 'l', 'Es gratis para residentes; se pide en santa-ana.org/library.'],
      [80, 'p', 'ok'],
      [85, 'l', 'Que le vaya bien.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: a question about the patron's receipt number after the answer asks about the situation, not whether
    // what was given met the need
    name: 'near miss: "¿Tiene su número de recibo?" after the answer is no completeness question: fails',
    lines: [
      [0, 'p', 'como veo el estado de mi caso de inmigracion'],
      [20, 'l', 'Hola, soy Laura de la Biblioteca de Miami-Dade. ¿Es un caso con USCIS o con la corte de inmigración?'],
      [50, 'p', 'USCIS'],
      [60, 'l', 'Se consulta en egov.uscis.gov/casestatus. ¿Tiene su número de recibo?'],
      [90, 'p', 'si'],
      [95, 'l', 'Perfecto, gracias por escribirnos.'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'Spanish follow-up "Le escribo el viernes a maria.r@example.org" with the e-mail in the chat: contact passes',
    lines: [
      [0, 'p', 'necesito saber si hay clases de inglés con cuidado de niños en Salinas'],
      [20, 'l', 'Hola, soy Irene de la Biblioteca Pública de Salinas. ¿Cuántos años tiene su niño?'],
      [50, 'p', '3 años. mi correo es maria.r@example.org'],
      [60, 'l', 'Gracias. Voy a preguntar a la escuela de adultos y le escribo el viernes a maria.r@example.org con los horarios.'],
      [90, 'p', 'muchas gracias'],
      [95, 'l', '¡Gracias a usted, hasta el viernes!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'maria.r@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  // ---- near misses that guard T2's changes ------------------------------------------------------------------------
  {
    // guard (patronDone "it is all what i needed"): a question about what to bring is no "I'm done"
    name: 'near miss: limited English "Is it all what I need to bring?" asks, it does not say the patron is done: anything else fails',
    lines: [
      [0, 'p', 'what i bring for library card'],
      [20, 'l', 'Hi, this is Sara at Calgary Public Library. Do you live in Calgary now?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Bring a photo ID and one paper with your Calgary address; the list is at calgarylibrary.ca/your-library/card. Does that help?'],
      [90, 'p', 'Is it all what I need to bring? passport and bank letter?'],
      [110, 'l', 'Yes, a passport and a bank letter with your address are enough. See you soon!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // guard (patronDone "do not have more questions"): the booklet, not the speaker, has no more questions
    name: 'near miss: "They do not have more questions in the booklet, only 100?" is about the booklet: anything else fails',
    lines: [
      [0, 'p', 'the civics test, how many questions i study'],
      [20, 'l', 'Hi, this is Kim at Fort Worth Library. Are you using the USCIS booklet?'],
      [50, 'p', 'yes the booklet'],
      [60, 'l', 'The booklet has the official list at uscis.gov/citizenship/find-study-materials-and-resources. Does that answer your question?'],
      [90, 'p', 'They do not have more questions in the booklet, only 100?'],
      [110, 'l', 'Right, only those 100 (the officer asks up to 10). Good luck!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // guard (patronDone): doubts about one thing, then more to ask
    name: 'near miss: "I do not have more doubts about the fee, but the form, where is?" goes on: anything else fails',
    lines: [
      [0, 'p', 'how much is the fee for citizenship'],
      [20, 'l', 'Hello, this is Luz at El Paso Public Library. Are you filing online or on paper?'],
      [50, 'p', 'online'],
      [60, 'l', 'Online it is $710; the fee list is at uscis.gov/g-1055. Does that answer your question?'],
      [90, 'p', 'I do not have more doubts about the fee, but the form, where is?'],
      [110, 'l', 'The form is at uscis.gov/n-400. Good luck!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // guard (referralVerb "consultar con"): consulting a list calmly, or with one's receipt number, contacts no one
    name: 'near miss: "Puede consultar con calma la lista" and "consultar con su número de recibo": no referral',
    lines: [
      [0, 'p', 'donde veo las preguntas del examen y mi caso'],
      [20, 'l', 'Hola, soy Laura de la Biblioteca de Miami-Dade. ¿Busca las preguntas de cívica en español?'],
      [50, 'p', 'si'],
      [60, 'l', 'Puede consultar con calma la lista en uscis.gov/es/ciudadania. Y el estado de su caso lo puede consultar con su número de recibo en egov.uscis.gov/casestatus. ¿Le sirve?'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // guard (referralVerb "habla con" after a greeting): the imperative "Habla con la consejera…" with no greeting
    // before it still refers (to a counsellor with no contact)
    name: 'near miss: "Habla con la consejera de tu escuela, ella te puede inscribir." (tú imperative, no greeting before): referral fails',
    lines: [
      [0, 'p', 'hola soy estudiante nuevo en la high school, quiero clases de ingles despues de la escuela'],
      [20, 'l', 'Hola, soy Tomás de la Biblioteca de Denver. ¿En qué escuela estás?'],
      [50, 'p', 'North High'],
      [60, 'l', 'Tenemos tutoría de inglés gratis los martes en la sucursal Smiley; el horario está en denverlibrary.org/teens. Habla con la consejera de tu escuela, ella te puede inscribir en ELD. ¿Te sirve?'],
    ],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    // guard (selfRole "biblioteke"): the role word in a question is someone else's
    name: 'near miss: Haitian Creole "Bonjou! Eske ou te mande bibliotekè lekòl ou a?" asks about the school librarian: greeting fails',
    lines: [
      [0, 'p', 'mwen bezwen liv pou aprann angle'],
      [25, 'l', 'Bonjou! Eske ou te mande bibliotekè lekòl ou a?'],
      [40, 'p', 'non'],
      [50, 'l', 'Gade liv "English for Haitian Speakers" nan katalòg la: bpl.org.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // guard (transferPronounT2): another party named after the transfer notice is still a referral
    name: 'near miss: "I\'m transferring you to Maria; the Literacy Council can also tell you about placement." refers (no contact): referral fails',
    lines: [
      [0, 'p', 'Hi where can I take the ESL placement test?'],
      [25, 'l', 'Hi! This is Ben at Chicago Public Library. Are you starting new?'],
      [60, 'p', 'yes new'],
      [70, 'l', "I'm transferring you to Maria in adult learning; the Literacy Council can also tell you about placement. One moment."],
      [72, 'i', 'Maria: new ESL learner, wants placement testing info.'],
      [75, 's', 'Transferred to Maria G.', sys('transfer', 'maria')],
      [100, 'l', "Hi, I'm Maria. Placement tests are every Monday at 10; sign up at chipublib.org/adult-learning.", who('Maria G.', 'maria')],
    ],
    exp: some({ referral: 'fail', transfer: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('nineteenth round (T2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T2): newcomers, immigration and citizenship, every check', whole);
describeSessions('nineteenth round (T2): newcomers, short cases', short);

describeLeft('nineteenth-round-newcomers', LEFT);
