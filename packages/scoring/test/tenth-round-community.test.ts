/**
 * Tenth round, area (Z3): COMMUNITY INFORMATION, AND PATRONS WHOSE FIRST LANGUAGE IS NOT ENGLISH. Public-library
 * community questions (passports, notary, tax forms and VITA sites, unemployment and job applications,
 * citizenship and USCIS forms, tenant rights, utility assistance, SNAP/WIC, voter registration, the MVA, local
 * offices, room bookings, museum passes, the seed library, the library of things) asked by patrons writing in
 * English as a second language (missing articles, translated idioms, a greeting or thanks of their own language:
 * "xin chao", "merci", "spasibo", "gracias", "obrigado", "salamat po", "selam"), some through a translation tool;
 * providers who simplify their English, offer an interpreter line, greet in the patron's language or answer in
 * it; referrals to agencies (legal aid, a resettlement agency, a benefits office, a consulate) with and without
 * their contact; agency web pages and forms as sources; older adults, caregivers and newcomers.
 *
 * Statuses are read from the literal text of RUBRIC.md, whatever the language of the message: a greeting,
 * goodbye, thanks, hold, check-in or question in Spanish, French, Vietnamese... counts as the same act in
 * English would (the rubric's lists are examples of acts, not of words). A referral is telling the patron to
 * contact or visit an organisation outside the chat; pointing to an agency's web page or form is a source. The
 * whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, who, sys, other, type Key, type St, usual, FU_ME } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const LINH = who('Linh Tran', 'linh');
const MARTA = who('Marta G.', 'marta');

export const whole: SessionCase[] = [
  // ---- greetings and goodbyes in the patron's language -----------------------------------------------------------------
  {
    name: 'Vietnamese patron, passport photo at the library; the provider greets "Xin chao" with her name and library and says goodbye "Tam biet": all pass',
    lines: [
      [0, 'p', 'xin chao. I want make passport for my baby, library can take photo?'],
      [28, 'l', 'Xin chào! I am Linh, a librarian at Montgomery County Public Libraries.'],
      [34, 'l', 'Is this a first passport for your baby, or a renewal?'],
      [80, 'p', 'first time. baby is 4 month'],
      [92, 'l', 'OK. Our Wheaton and Germantown branches take passport photos and accept the application (form DS-11). For a baby both parents must come with the baby. Book a time at montgomerycountymd.gov/library/passports.'],
      [98, 'l', 'Did this answer your question?'],
      [140, 'p', 'yes very clear. cam on ban'],
      [146, 'l', 'Is there anything else I can help with today?'],
      [180, 'p', 'no thats all, thank you'],
      [186, 'l', 'You are welcome! Tạm biệt, have a good day.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish-speaking patron answered in Spanish throughout: greeting "Hola, soy Marta, bibliotecaria", clarifying question, completeness and anything-else questions and goodbye all in Spanish: all pass',
    lines: [
      [0, 'p', 'buenas tardes, donde puedo aplicar para WIC? tengo bebe de 8 meses'],
      [35, 'l', '¡Hola, buenas tardes! Soy Marta, bibliotecaria de Prince George\'s County Memorial Library System.', MARTA],
      [40, 'l', '¿Usted vive en el condado de Prince George\'s?', MARTA],
      [75, 'p', 'si, en Langley Park'],
      [88, 'l', 'Puede llamar a la oficina de WIC de Langley Park al 301-583-3360 para pedir una cita, o empezar en línea en health.maryland.gov/mdwic (hay versión en español).', MARTA],
      [94, 'l', '¿Le sirvió esta información?', MARTA],
      [130, 'p', 'si mucho, gracias'],
      [134, 'l', '¿Necesita algo más?', MARTA],
      [170, 'p', 'no, es todo'],
      [175, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.', MARTA],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'French-speaking newcomer, museum pass; "Bonjour, ici Claire de la bibliothèque" greets and identifies; goodbye "Bonne journée, au revoir!": all pass',
    lines: [
      [0, 'p', 'Bonjour, I am new in Boston. It exists some pass for the museum with library card?'],
      [22, 'l', "Bonjour! Ici Claire, librarian at the Boston Public Library. Welcome to Boston!"],
      [27, 'l', 'Which museum are you thinking of visiting?'],
      [70, 'p', 'the museum of fine arts, with my two children'],
      [80, 'l', 'The MFA pass gives free or reduced admission for 2 adults; children under 17 are free on weekends anyway. You reserve it at bpl.org/museum-passes with your card, then print the coupon.'],
      [86, 'l', 'Does that answer your question?'],
      [130, 'p', 'yes perfect, merci beaucoup. it is all I need'],
      [135, 'l', 'Avec plaisir! Bonne journée, au revoir!'],
    ],
    exp: usual(),
  },
  {
    name: 'Russian-speaking older adult, utility assistance: "Office of Home Energy Programs can help you, apply with them" without a way to reach them: referral fails (the DHS web page is the source)',
    lines: [
      [0, 'p', 'Hello. I am pensioner, my gas bill very big this winter. Is some help for pay?'],
      [40, 'l', 'Hello, my name is Dmitri, I am a librarian at Baltimore County Public Library. Are you in Baltimore County?'],
      [90, 'p', 'yes, Pikesville'],
      [100, 'l', 'Maryland has the Energy Assistance Program for people with low income. The information and the application are on the DHS page: dhs.maryland.gov/office-of-home-energy-programs.'],
      [106, 'l', 'The Office of Home Energy Programs in Baltimore County can help you with the application, please apply with them.'],
      [112, 'l', 'Is this what you were looking for?'],
      [160, 'p', 'yes. spasibo bolshoe'],
      [165, 'l', 'Anything else I can help you with?'],
      [200, 'p', 'no, nothing. spasibo'],
      [205, 'l', 'Pozhaluysta! Take care, goodbye.'],
    ],
    // "can help you with the application, please apply with them" tells the patron to contact the office: a referral; the
    // DHS page is the agency's web page for the program, not a way to reach the county office (the reading taken: the URL
    // in the message before is the source, the office named after it has no contact)
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Arabic-speaking refugee family: "Marhaba" greeting, referral to the IRC in Baltimore with phone and URL: referral passes',
    lines: [
      [0, 'p', 'marhaba. we are new refugee family in Baltimore. my husband need job and english class. where we go'],
      [30, 'l', 'Marhaba, welcome! I\'m Sara, a librarian with Enoch Pratt Free Library.'],
      [36, 'l', 'Does your family already have a case worker from a resettlement agency?'],
      [95, 'p', 'yes IRC but the case worker is very busy'],
      [105, 'l', 'Please call the IRC Baltimore employment team at 410-558-3201 or write through rescue.org/baltimore: they run job readiness and English classes for clients. Pratt also has free English conversation groups, listed at prattlibrary.org/esol.'],
      [111, 'l', 'Does that help?'],
      [160, 'p', 'yes shukran, this help very much. no more question'],
      [166, 'l', 'Afwan! Good luck to your family, come back anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Haitian Creole speaker, SNAP: "Bonjou" from the provider; the SNAP application site is a source, not a referral; the patron closes with "se tout sa m te bezwen, mesi anpil" (that is all I needed)',
    lines: [
      [0, 'p', 'bonjou, mwen bezwen aplike pou food stamp. how I do it'],
      [25, 'l', 'Bonjou! This is Jean-Marc, librarian at Miami-Dade Public Library System.'],
      [31, 'l', 'Do you prefer the instructions in Kreyòl or in English?'],
      [70, 'p', 'english ok, simple please'],
      [80, 'l', 'OK. Apply online at myflfamilies.com/access. Click "Apply for benefits". You need ID, proof of address and pay stubs. The site has Kreyòl too: choose "Kreyòl" at the top.'],
      [86, 'l', 'Is this what you need?'],
      [130, 'p', 'wi, se tout sa m te bezwen, mesi anpil'],
      [134, 'l', 'Mèsi! Bon chans, see you again.'],
    ],
    // "se tout sa m te bezwen" = "that's all I needed": the patron says explicitly, in their language, that they are done
    exp: usual(),
  },
  {
    name: 'Tagalog-speaking caregiver, job application: "salamat po"; the provider asks nothing before giving the job site and never asks whether it helped: clarify and completeness fail',
    lines: [
      [0, 'p', 'Hi po, I am caregiver for elderly and want to apply at county job but the website is hard. salamat po'],
      [20, 'l', 'Hi! I am Joy from the Fairfax County Public Library Ask a Librarian service.'],
      [28, 'l', 'County jobs are at fairfaxcounty.gov/jobs. Click "Search jobs", then "Apply" on the job, and make an account with your email first.'],
      [90, 'p', 'ok i will try'],
      [96, 'l', 'Anything else I can help with?'],
      [130, 'p', 'none na po, salamat'],
      [134, 'l', 'Walang anuman! Good luck, bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'Portuguese speaker, tenant rights: referral to "a tenants\' rights group" with no contact, and the patron ends with "ok obrigado" only, no anything-else question: referral and anything_else fail',
    lines: [
      [0, 'p', 'ola, my landlord want to put me out in 10 days, is this legal in Massachusetts?'],
      [30, 'l', 'Hello, this is Paulo, librarian at Somerville Public Library. Did you receive a written notice from the landlord?'],
      [75, 'p', 'yes a paper, "notice to quit"'],
      [85, 'l', 'I can not give legal advice, but the state guide explains the eviction steps: mass.gov/guides/eviction-for-tenants (also in Portuguese). A notice to quit is not the eviction itself: only a court can order it.'],
      [90, 'l', 'You should also talk to a tenants\' rights group near you about your case.'],
      [96, 'l', 'Does this help?'],
      [150, 'p', 'ok obrigado'],
      [155, 'l', 'De nada! Good luck, take care.'],
    ],
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    name: 'Amharic-speaking patron, MVA learner permit: "Selam" from the provider; picked up after 75 s: pickup fails; the MVA office with its street address is a referral with a contact',
    lines: [
      [0, 'p', 'selam. I want learner permit in Silver Spring. the test can be in Amharic?'],
      [75, 'l', 'Selam! I am Hana, a librarian with Montgomery County Public Libraries. Sorry for the wait.'],
      [80, 'l', 'Do you already have an appointment with the MVA?'],
      [130, 'p', 'no not yet'],
      [140, 'l', 'The knowledge test is offered in Amharic on the computer. Book online at mva.maryland.gov, then go to the Gaithersburg MVA office, 15 Metropolitan Grove Rd, Gaithersburg, MD 20878, with your documents.'],
      [146, 'l', 'Is that the information you needed?'],
      [190, 'p', 'yes. amesegenallo, that is all'],
      [194, 'l', 'You are welcome, goodbye and good luck on the test!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },

  // ---- translation tools, simplified English, interpreters ---------------------------------------------------------------
  {
    name: 'Chinese patron through a translation tool (formal, long); the provider simplifies and offers the library\'s interpreter line with its number; VITA referral with phone: referral passes',
    lines: [
      [0, 'p', 'Hello, I am using translation software, please forgive me. I would like to ask where I can receive free help to fill out my income tax return, because my English is not good and my income is low. Thank you very much.'],
      [30, 'l', 'Hello! I am Wei, a librarian at San Francisco Public Library. I will write in simple English.'],
      [36, 'l', 'Do you live in San Francisco? And what was your income last year, under $67,000?'],
      [100, 'p', 'Yes, I live in Chinatown. My income is about 30,000 dollars.'],
      [110, 'l', 'Good, then you can use free VITA tax help. The Chinatown VITA site is at the Chinese Newcomers Service Center; call them at 415-421-2111 to make an appointment (they speak Cantonese and Mandarin). The list of all sites is at sfgov.org/ofe/vita.'],
      [116, 'l', 'If you want to talk in Chinese, you can also call our library interpreter line at 415-557-4400 and ask for a Cantonese interpreter.'],
      [122, 'l', 'Does this answer your question?'],
      [190, 'p', 'Yes, it answers my question completely. Thank you, xie xie. I have no other questions.'],
      [196, 'l', 'Bú kèqì! Thank you for using our chat. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Korean patron, civics test: provider restates ("So you want practice for the civics test, in Korean?") before the USCIS page; legal question referred to CASA with phone',
    lines: [
      [0, 'p', 'annyeonghaseyo. my interview is in 2 month. I need study the 100 question, better if korean also'],
      [24, 'l', 'Annyeonghaseyo! This is Min, a reference librarian at Fairfax County Public Library.'],
      [30, 'l', 'So you want practice material for the civics test, in English and in Korean?'],
      [66, 'p', 'yes correct'],
      [76, 'l', 'USCIS has the 100 questions with audio and flash cards at uscis.gov/citizenship/find-study-materials-and-resources. They also have the civics questions in Korean on the same page (choose "Korean" under Translations).'],
      [82, 'l', 'Is that what you were looking for?'],
      [120, 'p', 'yes. also I have question, my green card is expire soon, I still can apply N-400?'],
      [130, 'l', 'That is a legal question, and I cannot give legal advice. Please contact CASA\'s citizenship program, 301-431-4185, or the Korean Community Service Center at kcscgw.org: they help for free.'],
      [136, 'l', 'Anything else I can help you with?'],
      [170, 'p', 'no. kamsahamnida!'],
      [175, 'l', 'Cheonmaneyo! Good luck on your interview, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss of a greeting: the provider only writes "My name is Ana, I work at the library. What you need?" (no greeting word, in any language): greeting fails',
    lines: [
      [0, 'p', 'I need notary for document of my mother, for send to Peru'],
      [30, 'l', 'My name is Ana, I work at the Queens Public Library. What document is it?'],
      [70, 'p', 'a power of attorney'],
      [80, 'l', 'Our Flushing and Central libraries have free notary service, with no appointment, Tuesday and Thursday 2-5 pm. The details are at queenslibrary.org/notary. Bring your ID and do not sign the paper before.'],
      [86, 'l', 'Does this answer your question?'],
      [120, 'p', 'yes thank you, that is all'],
      [124, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'the provider greets in Spanish ("¡Buenas tardes! Le atiende la Biblioteca del Condado de Howard") and identifies the library in Spanish: greeting passes; seed library answered',
    lines: [
      [0, 'p', 'hola, la biblioteca tiene semillas gratis para sembrar?'],
      [20, 'l', '¡Buenas tardes! Le atiende la Biblioteca del Condado de Howard.'],
      [26, 'l', '¿Qué le gustaría sembrar, vegetales o flores?'],
      [60, 'p', 'tomates y chiles'],
      [70, 'l', 'Sí, nuestra biblioteca de semillas en la sucursal Elkridge tiene tomates y chiles. Puede llevar hasta 5 paquetes por mes, sin costo. Información en hclibrary.org/seed-library.'],
      [76, 'l', '¿Es lo que buscaba?'],
      [110, 'p', 'si, perfecto. eso es todo, muchas gracias'],
      [114, 'l', '¡De nada! Gracias por usar nuestro chat. ¡Adiós!'],
    ],
    exp: usual(),
  },
  {
    name: 'Ukrainian patron, library of things: "Hello!" alone, then the name and library in the next message: greeting passes (the two parts in different messages)',
    lines: [
      [0, 'p', 'Hello I am from Ukraine, I want borrow the sewing machine, you have?'],
      [18, 'l', 'Hello!'],
      [22, 'l', 'I am Olga, librarian at Ann Arbor District Library.'],
      [28, 'l', 'Do you have a library card already?'],
      [70, 'p', 'yes I have'],
      [78, 'l', 'Good. You can put a hold on the sewing machine in the catalog: aadl.org/catalog, search "sewing machine". You keep it 3 weeks.'],
      [84, 'l', 'Did that help you?'],
      [120, 'p', 'yes, dyakuyu! that is everything'],
      [125, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual(),
  },

  // ---- timing: holds, silences, idles --------------------------------------------------------------------------------------
  {
    name: 'Spanish hold "Un momento por favor, estoy buscando" and the answer 150 s later: keep_informed fails',
    lines: [
      [0, 'p', 'hola, necesito formulario de impuestos 1040 en espanol'],
      [25, 'l', 'Hola, soy Luis, bibliotecario de Los Angeles Public Library. ¿Es para el año fiscal 2025?'],
      [60, 'p', 'si'],
      [66, 'l', 'Un momento por favor, estoy buscando.'],
      [216, 'l', 'El IRS tiene el formulario 1040 (SP) en irs.gov/es/forms-pubs/about-form-1040. Puede imprimirlo en la biblioteca.'],
      [222, 'l', '¿Le ayuda esto?'],
      [260, 'p', 'si gracias, es todo'],
      [264, 'l', '¡Con gusto, adiós!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'the patron writes slowly in a second language; a hold "please wait, I am checking the room calendar" every 100 s keeps keep_informed passing; room booking answered',
    lines: [
      [0, 'p', 'Good morning. Our Nepali community group want to book the meeting room for a festival on Saturday 14 June'],
      [35, 'l', 'Good morning! I am Priya, librarian at Columbus Metropolitan Library. How many people do you expect?'],
      [110, 'p', 'maybe 40 person'],
      [118, 'l', 'Please wait, I am checking the room calendar.'],
      [218, 'l', 'Still checking, thank you for waiting.'],
      [300, 'l', 'The Northern Lights branch room (60 people) is free on 14 June, 10 am to 5 pm. Book it at columbuslibrary.org/meeting-rooms: it is free for non-profit groups.'],
      [306, 'l', 'Does this answer your question?'],
      [400, 'p', 'yes, dhanyabad. we will book it. nothing else'],
      [405, 'l', 'Wonderful, enjoy the festival! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron leaves after the answer; the provider asks "Are you still there? ¿Sigue ahí?" at 130 s and says at 200 s that the patron seems disconnected and the chat will end, inviting them back: idle and disconnect pass',
    lines: [
      [0, 'p', 'hola, how i register to vote? i am citizen now since last month'],
      [30, 'l', 'Hello and congratulations! I am Dana, a librarian with AskUsNow!. Which county do you live in?'],
      [70, 'p', 'baltimore city'],
      [80, 'l', 'You can register online at elections.maryland.gov/voter_registration (also in Spanish), or on paper at any Pratt branch. Did that help?'],
      [210, 'l', 'Are you still there? ¿Sigue ahí?'],
      [280, 'l', 'It seems you have disconnected, so I will end this chat now. Please chat with us again anytime!'],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Vietnamese check-in only ("Ban con do khong? Are you still there?"), then the provider just closes at 220 s with no disconnect notice: idle passes, disconnect fails',
    lines: [
      [0, 'p', 'xin chao, where I find free english class for adult in Houston'],
      [25, 'l', 'Xin chào! This is Tom, librarian at Houston Public Library. Do you want classes in person or online?'],
      [60, 'p', 'in person, near Bellaire'],
      [70, 'l', 'The Alief-Bellaire area has free ESL classes at the Alief Regional Library; register at houstonlibrary.org/learn-explore/english-classes. Is that what you needed?'],
      [200, 'l', 'Bạn còn đó không? Are you still there?'],
      [290, 'l', 'Closing the chat now.'],
    ],
    // "Closing the chat now" announces the end: no goodbye (Terms), and it does not say the patron seems disconnected
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'lost call: one question in Spanish and the patron leaves; greeting, check-in, disconnect notice with an invitation back; code Lost Call: info checks na',
    lines: [
      [0, 'p', 'necesito ayuda con la solicitud de desempleo'],
      [40, 'l', 'Hola, buenas tardes. Soy Marta de la biblioteca, ¿en qué le puedo ayudar?', MARTA],
      [170, 'l', '¿Sigue ahí? Are you still there?', MARTA],
      [240, 'l', 'Parece que se desconectó; voy a cerrar el chat. It seems you disconnected, so I will close this chat. ¡Vuelva cuando quiera!', MARTA],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- referrals ---------------------------------------------------------------------------------------------------------------
  {
    name: 'Brazilian patron, passport renewal for Brazil: referral to the consulate with its street address: referral passes; "obrigada" close with "that is all"',
    lines: [
      [0, 'p', 'Oi, my brazilian passport expire, can the library renew it?'],
      [22, 'l', 'Hello! This is Kate, a librarian at Framingham Public Library. Is it the Brazilian passport, not a US one?'],
      [60, 'p', 'yes brazilian'],
      [70, 'l', 'The library can only help with US passports. For a Brazilian passport go to the Consulate General of Brazil in Boston, 175 Purchase St, Boston, MA 02110; you book the appointment first on the e-consular system at gov.br/mre.'],
      [76, 'l', 'Is that what you needed?'],
      [110, 'p', 'yes obrigada, is all I need'],
      [116, 'l', 'De nada! Boa sorte, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'unemployment: "you should call the Division of Unemployment Insurance" without a number, even though the BEACON page is given: referral fails',
    lines: [
      [0, 'p', 'Hello, I loose my job at the warehouse. How I apply for the unemployment money?'],
      [30, 'l', 'Hi, I am Ken, a librarian at Baltimore County Public Library. When was your last day of work?'],
      [75, 'p', 'last friday'],
      [85, 'l', 'You apply online on BEACON: beacon.labor.maryland.gov. If you have problems with your account, you should call the Division of Unemployment Insurance.'],
      [90, 'l', 'Does that help?'],
      [140, 'p', 'yes thank you. no more question'],
      [145, 'l', 'Good luck, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'legal aid referral with phone and URL, and a second one ("ask the clerk at the courthouse") without contact: referral fails (every party needs a way to reach them)',
    lines: [
      [0, 'p', 'hello. My landlord not fix the heat since 3 week. I have baby. What I can do? I live in Prince George'],
      [30, 'l', "Hello, I'm Grace, a librarian at Prince George's County Memorial Library System. Have you told the landlord in writing?"],
      [90, 'p', 'only by phone'],
      [100, 'l', 'Maryland Legal Aid can help you for free: call 888-465-2468 or apply at mdlab.org. The steps for rent escrow are on the courts page mdcourts.gov/legalhelp/landlordtenant.'],
      [106, 'l', 'For the rent escrow form, ask the clerk at the District Court in Upper Marlboro.'],
      [112, 'l', 'Does this answer your question?'],
      [160, 'p', 'yes, that is all I need. thank you'],
      [165, 'l', 'Stay warm, and take care. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'near miss of a referral: the USCIS form page and the fee calculator are sources the patron uses, nobody to contact: referral na',
    lines: [
      [0, 'p', 'Good afternoon, where I download the form for green card renew?'],
      [25, 'l', 'Good afternoon! This is Sam, a librarian at Queens Public Library. Is your green card expired, or expiring soon?'],
      [70, 'p', 'expire in 4 month'],
      [80, 'l', 'It is Form I-90. Download it, with the instructions, at uscis.gov/i-90, or file online at my.uscis.gov. The fee is on uscis.gov/fees.'],
      [86, 'l', 'Is that what you were looking for?'],
      [120, 'p', 'yes thank u, thats all'],
      [124, 'l', 'You are welcome. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'caregiver for an older mother: referral to the Area Agency on Aging "dial 211 and ask for them": a phone contact, referral passes',
    lines: [
      [0, 'p', 'Hi, I take care of my mother she is 82 and only speak Vietnamese. Is there some program to help with meals at home?'],
      [30, 'l', 'Hi, I am Ellen, a librarian at Hennepin County Library. Does your mother live with you in Hennepin County?'],
      [80, 'p', 'yes in Brooklyn Park'],
      [90, 'l', 'Meals on Wheels and other home help go through the Senior LinkAge Line: call 1-800-333-2433 and ask for a Vietnamese interpreter. You can also dial 211 and ask for senior meal programs.'],
      [96, 'l', 'Did that help?'],
      [140, 'p', 'yes thank you so much, that is all'],
      [145, 'l', 'Take care of yourself too. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- follow-ups -------------------------------------------------------------------------------------------------------------
  {
    name: 'follow-up: the provider will e-mail a list of VITA sites with Chinese-speaking volunteers "by tomorrow", e-mail given in the chat, code Follow-up by me: contact passes, on_time pending',
    lines: [
      [0, 'p', 'Hello, I need free tax help where the volunteer speak Chinese. I live in Rockville.'],
      [30, 'l', 'Hello, this is Jo, a librarian with Montgomery County Public Libraries. Mandarin or Cantonese?'],
      [70, 'p', 'Mandarin'],
      [80, 'l', 'The full VITA site list is at irs.gov/vita, but it does not show languages. I will call the local sites and e-mail you the ones with Mandarin volunteers by tomorrow afternoon. What is your e-mail?'],
      [130, 'p', 'wanglei88@example.com'],
      [136, 'l', 'Thank you: wanglei88@example.com. You will hear from me by tomorrow at 5 pm. Is there anything else?'],
      [170, 'p', 'no, thank you very much'],
      [175, 'l', 'You are welcome, goodbye!'],
    ],
    over: FU_ME,
    // completeness: no question whether the information given meets the need (the "anything else" is another check)
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'follow-up promised ("I will find the Arabic citizenship class and write you") with the e-mail but no time, code Answered: contact and code fail; on_time pending',
    lines: [
      [0, 'p', 'Salam. I want citizenship class in arabic language, in Dearborn'],
      [25, 'l', 'Salam! I am Layla, librarian at Dearborn Public Library. Is it for the civics test or for English?'],
      [60, 'p', 'for civics test'],
      [70, 'l', 'Our Henry Ford Centennial Library has a citizenship class in English at dearbornlibrary.org/citizenship. I will find an Arabic class for you and write you. What is your email?'],
      [110, 'p', 'ahmad.k@example.com'],
      [115, 'l', 'Thank you, ahmad.k@example.com. Anything else?'],
      [150, 'p', 'no thank you'],
      [154, 'l', 'Goodbye!'],
    ],
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending', code: 'fail' }),
  },

  // ---- dismissal, codes, concurrency, transfers --------------------------------------------------------------------------
  {
    name: 'dismissal: "you asked already 3 question, this is the limit, I must end the chat" to a patron in simple English: critical fail',
    lines: [
      [0, 'p', 'hello, where is the DMV in Houston'],
      [20, 'l', 'Hello, this is Bill at Houston Public Library. Which part of Houston?'],
      [50, 'p', 'south'],
      [60, 'l', 'Go to the Texas DPS driver license office at 12220 S Gessner Rd, Houston, TX 77071. Details at dps.texas.gov/driverlicense. Is that what you needed?'],
      [100, 'p', 'yes. and where I can do notary?'],
      [110, 'l', 'The library has no notary, sorry.'],
      [140, 'p', 'and where is food pantry near me'],
      [150, 'l', 'You asked already 3 questions, this is the limit for one chat. I must end the chat now. Bye.'],
    ],
    // the DPS office with its address is a referral with a contact
    exp: usual({ dismissal: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'near miss of a dismissal: "other patrons are waiting, please come back later for the food pantry question" passes',
    lines: [
      [0, 'p', 'hello, the library give free tax form W-4?'],
      [25, 'l', 'Hello, this is Amy at Sacramento Public Library. Do you need the federal W-4 or the California DE 4?'],
      [60, 'p', 'federal'],
      [70, 'l', 'Your employer usually gives it, but you can print it from irs.gov/w4. Did that help?'],
      [100, 'p', 'yes. and food pantry near downtown?'],
      [110, 'l', 'Right now many patrons are waiting in the queue, so I have to take the next one. Please come back to the chat later and we will find a food pantry for you. Thank you for your patience, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'no resolution code (null) after a good session on museum passes in simple English: code fails',
    lines: [
      [0, 'p', 'good day, I visit from Kenya my daughter. can I use museum pass?'],
      [30, 'l', 'Good day, welcome! I am Ruth, librarian at Seattle Public Library. Does your daughter have a Seattle library card?'],
      [70, 'p', 'yes she has'],
      [80, 'l', 'Then she can reserve a museum pass for you both at spl.org/museum-pass. The Museum of Pop Culture and the Burke Museum are popular.'],
      [86, 'l', 'Does this answer your question?'],
      [120, 'p', 'yes asante sana. is all'],
      [124, 'l', 'Karibu! Enjoy Seattle. Bye!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'transfer to the Spanish speaker with no internal note: handoff fails',
    lines: [
      [0, 'p', 'buenos dias, como saco la tarjeta de la biblioteca sin seguro social'],
      [25, 'l', 'Good morning! This is Greg at Denver Public Library. I am connecting you with my Spanish-speaking colleague. Un momento.'],
      [30, 's', 'Chat transferred to Marta G.', sys('transfer', 'marta')],
      [70, 'l', 'Buenos días, soy Marta. ¿Vive usted en Denver?', MARTA],
      [100, 'p', 'si'],
      [110, 'l', 'No necesita seguro social: solo una identificación con foto y un comprobante de domicilio. Más información en denverlibrary.org/es/tarjeta. ¿Le sirve?', MARTA],
      [140, 'p', 'si gracias, es todo'],
      [145, 'l', '¡Adiós, que tenga buen día!', MARTA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'concurrency: the provider has three other chats open across this one (four at once): concurrency fails; civics test answered',
    lines: [
      [0, 'p', 'hi, the library have the book for citizenship test in Russian?'],
      [30, 'l', 'Hi, this is Nina, librarian at Brooklyn Public Library. For the test itself, or to learn English too?'],
      [70, 'p', 'for the test'],
      [80, 'l', 'Yes: "Grazhdanstvo SShA" is in our catalog, 3 copies at Brighton Beach: bklynlibrary.org/catalog. Is that what you need?'],
      [120, 'p', 'yes spasibo, that is all'],
      [125, 'l', 'Pozhaluysta, goodbye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', 10, 300), other('c', 'jo', 50, 150)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'completeness near miss: "Would a Spanish version be helpful?" asks about something not yet given; the only question after the answer is "anything else?": completeness fails',
    lines: [
      [0, 'p', 'where i can find application for rent help in Austin'],
      [25, 'l', 'Hi, this is Maria with Austin Public Library. Would a Spanish version of the application be helpful?'],
      [60, 'p', 'yes please'],
      [70, 'l', 'The City of Austin rental assistance is at austintexas.gov/rentalassistance; click "Español" at the top for the Spanish form.'],
      [76, 'l', 'Is there anything else I can help you with?'],
      [110, 'p', 'no that is all, gracias'],
      [115, 'l', '¡De nada! Bye.'],
    ],
    // "Would a Spanish version be helpful?" before any source asks about the format: it clarifies (format counts)
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'library of things with an older newcomer: the patron says "ok thank you" only and the provider never asks about more: anything_else fails; goodbye "Have a nice day" passes',
    lines: [
      [0, 'p', 'Good evening. I am 70 years old, new in America. My grandson say library lend the blood pressure machine?'],
      [30, 'l', 'Good evening and welcome! I am Joan, librarian at Sacramento Public Library. Do you have a library card?'],
      [90, 'p', 'no'],
      [100, 'l', 'You can get one at any branch with an ID and a letter with your address; then borrow the blood pressure monitor for 3 weeks. The list is at saclibrary.org/library-of-things.'],
      [106, 'l', 'Does that answer your question?'],
      [150, 'p', 'ok thank you'],
      [155, 'l', 'Have a nice day!'],
    ],
    // reading taken: "Have a nice day!" is a farewell, i.e. it says goodbye
    exp: usual({ anything: 'fail' }),
  },
  // (left in v10, fixed in v23 by visitAddressX1: "or visit 899 North Capitol St NE" refers to the office named before the verb, with its address)
  {
    // Why it was left (fixed since): the referral is "visit 899 North Capitol St NE", a bare street address after "visit", the office named only in
    // the sentence before ("DC Health Vital Records issues them"): the scorer finds no party to visit. A fix would have to
    // read a street address as the place of the office named before it; not attempted in the time
    name: 'final idle of 200 s ending at "It looks like you left the chat. Thank you, bye!": no check-in (idle fails), and the notice never says the session will end (disconnect fails); the vital records office with its address is a referral',
    lines: [
      [0, 'p', 'hi where is office for get the birth certificate of my son, he born in DC'],
      [35, 'l', 'Hi, this is Rob at DC Public Library. Was he born in a DC hospital?'],
      [70, 'p', 'yes in 2023'],
      [80, 'l', 'DC Health Vital Records issues them: order online at dchealth.dc.gov/service/vital-records, or visit 899 North Capitol St NE, 1st floor. Does that answer it?'],
      [280, 'l', 'It looks like you left the chat. Thank you, bye!'],
    ],
    // reading taken: "bye" is a goodbye but does not tell the patron that the session will end, which the rule asks for
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }),
  },
];

// ---- short cases ----------------------------------------------------------------------------------------------------------
const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hello, I need information about passport for my son, he is 10'],
  [25, 'l', 'Hello, this is Jo at Montgomery County Public Libraries. Is it his first passport?'],
  [60, 'p', 'yes first'],
];

export const short: SessionCase[] = [
  {
    name: '"¿Le sirvió la información?" after the answer asks whether it met the need: completeness passes',
    lines: [...START, [70, 'l', 'Vengan los dos padres con el niño; la cita se hace en montgomerycountymd.gov/library/passports. ¿Le sirvió la información?'], [100, 'p', 'si, es todo'], [104, 'l', 'Adiós!']],
    exp: some({ complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Cela répond-il à votre question ?" after the answer: completeness passes',
    lines: [...START, [70, 'l', 'Les deux parents viennent avec l\'enfant; rendez-vous sur montgomerycountymd.gov/library/passports. Cela répond-il à votre question ?'], [100, 'p', 'oui merci'], [104, 'l', 'Au revoir et bonne journée!']],
    exp: some({ complete: 'pass', courteous: 'pass' }),
  },
  {
    name: 'simplified English "This is helpful for you?" after the answer: completeness passes',
    lines: [...START, [70, 'l', 'Both parents come with him. Make the appointment at montgomerycountymd.gov/library/passports. This is helpful for you?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"¿Necesita ayuda con algo más?" asks about anything else: anything_else passes',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports. ¿Necesita ayuda con algo más?'], [100, 'p', 'no gracias'], [104, 'l', 'Adiós!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'simplified English "You have other question?" asks about anything else',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports. You have other question?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron: "no more questions, gracias" on their own: anything_else passes',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports.'], [100, 'p', 'ok, I have no more question, gracias'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron "ok gracias, adios" only: anything_else fails',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports.'], [100, 'p', 'ok gracias, adios'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the last two provider messages are "Gracias por usar nuestro servicio" and a source: courteous passes (thanks in Spanish)',
    lines: [...START, [70, 'l', 'Book at montgomerycountymd.gov/library/passports.'], [100, 'p', 'ok'], [104, 'l', 'Gracias por usar nuestro servicio.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // label corrected after the first run: closing.courteous asks that a message "thanks the patron, says goodbye or invites
    // them back"; the Terms' Goodbye (which a still-there question cancels) is for the final idle, so this one passes
    name: 'the last provider message "Are you still there? If not, thank you and goodbye" thanks and says goodbye: courteous passes (the Terms\' Goodbye, which the question would cancel, is the final idle\'s)',
    lines: [...START, [70, 'l', 'Book at montgomerycountymd.gov/library/passports.'], [100, 'p', 'ok'], [104, 'l', 'Both parents must come.'], [140, 'l', 'Are you still there? If not, thank you and goodbye.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Selam, I am Hana from the library" greets and identifies: greeting passes',
    lines: [[0, 'p', 'where is the voter registration form'], [20, 'l', 'Selam, I am Hana from the library.'], [25, 'l', 'It is at elections.maryland.gov. Did that help?'], [60, 'p', 'yes'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Marhaba! You are chatting with the Ask a Librarian service" greets and identifies the service',
    lines: [[0, 'p', 'where is the voter registration form'], [20, 'l', 'Marhaba! You are chatting with the Ask a Librarian service.'], [25, 'l', 'It is at elections.maryland.gov. Did that help?'], [60, 'p', 'yes'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Bonjour!" then the answer, no name, library or service: greeting fails',
    lines: [[0, 'p', 'where is the voter registration form'], [20, 'l', 'Bonjour!'], [25, 'l', 'It is at elections.maryland.gov. Did that help?'], [60, 'p', 'yes'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Espere un momentito, lo estoy buscando" is a hold; the answer 140 s later fails keep_informed',
    lines: [...START, [66, 'l', 'Espere un momentito, lo estoy buscando.'], [206, 'l', 'Book at montgomerycountymd.gov/library/passports.'], [240, 'p', 'gracias'], [244, 'l', 'Adiós!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'the patron "please wait, I use translator" does not start a new wait: the provider answers 100 s after it, within the limit',
    lines: [...START, [66, 'l', 'Both parents come with him. Book at montgomerycountymd.gov/library/passports.'], [80, 'p', 'please wait, I use translator'], [180, 'l', 'Take your time.'], [240, 'p', 'ok understand, thank you'], [244, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Please contact the Mexican consulate for the matricula" without any contact: referral fails',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. For your own ID card, please contact the Mexican consulate for the matrícula.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Llame a CASA al 301-431-4185" (call CASA at...) is a referral with a phone: referral passes',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. Para la ayuda con inmigración, llame a CASA al 301-431-4185.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Puede visitar la oficina del Departamento de Servicios Sociales" with no contact: referral fails',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. Para los cupones de comida, puede visitar la oficina del Departamento de Servicios Sociales.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "the SNAP form is on the DHS site, mydhrbenefits.dhs.maryland.gov" is a source, not a referral',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. The SNAP form is on the DHS site, mydhrbenefits.dhs.maryland.gov.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"So you need a translation of the birth certificate?" restates the need before the source: clarify passes',
    lines: [[0, 'p', 'my birth certificate is in Amharic, USCIS want english'], [20, 'l', 'Hi, this is Jo at the library. So you need a certified translation of the birth certificate?'], [60, 'p', 'yes'], [66, 'l', 'USCIS explains the rule at uscis.gov/tools/translations. Did that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Cuál es su código postal?" asks about residence before the source: clarify passes',
    lines: [[0, 'p', 'donde hay clases de ingles gratis'], [20, 'l', 'Hola, soy Jo de la biblioteca. ¿Cuál es su código postal?'], [60, 'p', '20902'], [66, 'l', 'Hay clases en Wheaton: montgomerycountymd.gov/library/esol. ¿Le ayudó?'], [100, 'p', 'si'], [104, 'l', 'Adiós!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  // near misses beside this round's widenings
  {
    name: 'near miss: "You can turn the cam on in the Zoom settings" is no Vietnamese thanks: courteous fails',
    lines: [...START, [70, 'l', 'The class is on Zoom: montgomerycountymd.gov/library/passports has the link.'], [100, 'p', 'how i turn camera'], [110, 'l', 'You can turn the cam on in the Zoom settings.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: the patron "c\'est tout à fait clair, and where is the photo?" asks on: anything_else fails',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports.'], [100, 'p', "c'est tout à fait clair, and where is the photo?"], [110, 'l', 'Photos are taken at the same desk. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron "ok, c\'est tout, merci" says they are done: anything_else passes',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports.'], [100, 'p', "ok, c'est tout, merci"], [104, 'l', 'Au revoir!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Boa noite! Sou a Ana, bibliotecária da biblioteca de Framingham" greets and identifies; "Boa noite!" closing the chat is a goodbye',
    lines: [[0, 'p', 'ola, tem aula de ingles gratis?'], [20, 'l', 'Boa noite! Sou a Ana, bibliotecária da biblioteca de Framingham.'], [25, 'l', 'Sim: framinghamlibrary.org/esl. Isso ajudou?'], [60, 'p', 'sim, obrigado, e tudo'], [64, 'l', 'Boa noite!']],
    exp: some({ greeting: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Ingat po!" closing the chat (Tagalog "take care") is a goodbye',
    lines: [...START, [70, 'l', 'Both parents come with him; book at montgomerycountymd.gov/library/passports.'], [100, 'p', 'ok salamat'], [104, 'l', 'Ingat po!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"you can visit the free legal clinic at the law school, 410-706-3295" is a referral with a phone',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. For the custody papers you can visit the free legal clinic at the law school, 410-706-3295.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "book the group study room at montgomerycountymd.gov/library/rooms" sends the patron to no group: referral na',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. To practise the interview you can book the group study room at montgomerycountymd.gov/library/rooms.'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I will write you the steps here" writes in the chat: no follow-up session',
    lines: [...START, [66, 'l', 'I will write you the steps here: book at montgomerycountymd.gov/library/passports, bring both parents, bring his birth certificate.'], [100, 'p', 'ok thank you'], [104, 'l', 'Bye!']],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "Two museum passes a month, that is the limit per person" states a rule of the passes: no dismissal',
    lines: [...START, [66, 'l', 'Book at montgomerycountymd.gov/library/passports. And yes, you can borrow the museum pass too: two museum passes a month, that is the limit per person.'], [100, 'p', 'ok thank you'], [104, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"Is this your line of work?" before the answer asks about the patron, and "Did any of that work?" after it is completeness',
    lines: [[0, 'p', 'I need certificate for food handler job'], [20, 'l', 'Hi, this is Jo at the library. Is this your line of work already?'], [60, 'p', 'no, new job'], [66, 'l', 'The county course is at montgomerycountymd.gov/foodsafety.'], [90, 'l', 'Did any of that work?'], [120, 'p', 'yes'], [124, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: the referral is in Vietnamese ("gọi Santa Clara County Housing Authority: …"); a Vietnamese referring verb
    // would be one language's one word, with no other case.
    // LEFT: the referral is written in Vietnamese ("hoac goi Santa Clara County Housing Authority: 408-…" = "or call…"):
    // the scorer has no Vietnamese referring verbs; adding them from one example would be guessing at the language
    name: 'transfer to a Vietnamese-speaking colleague: note says why, the patron is told in English and Vietnamese; Linh answers: handoff passes',
    lines: [
      [0, 'p', 'xin chao, toi can giup do ve don xin tro cap nha o (housing assistance)'],
      [25, 'l', 'Hello! I am Mark, librarian at San Jose Public Library. I will transfer you to my colleague Linh, who speaks Vietnamese. Tôi sẽ chuyển bạn đến Linh, please wait.'],
      [30, 'i', 'Linh, patron writes in Vietnamese, asks about housing assistance applications. Can you take it?', { to: 'linh' }],
      [34, 's', 'Chat transferred to Linh Tran', sys('transfer', 'linh')],
      [80, 'l', 'Xin chào, tôi là Linh, thủ thư của thư viện. Bạn ở San Jose phải không?', LINH],
      [120, 'p', 'vang, o San Jose'],
      [130, 'l', 'Bạn có thể nộp đơn qua trang sanjoseca.gov/housing, hoặc gọi Santa Clara County Housing Authority: 408-275-8770. Thông tin này có giúp được bạn không?', LINH],
      [170, 'p', 'co, cam on chi nhieu. vay thoi'],
      [175, 'l', 'Không có gì! Chào bạn, hẹn gặp lại.', LINH],
    ],
    // Linh's clarifying question ("Ban o San Jose phai khong?" = you are in San Jose, right?) comes before the source; the
    // Housing Authority with its phone is a referral with a contact ("nop don qua" = apply through); "vay thoi" = "that's all"
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
];

describe('tenth round (Z3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('tenth round (Z3): community information and second-language patrons, every check', whole);
describeSessions('tenth round (Z3): community information and second-language patrons, short cases', short);

describeLeft('tenth-round-community', LEFT);
