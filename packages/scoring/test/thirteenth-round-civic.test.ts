/**
 * Thirteenth round, area (N5): CIVIC AND GOVERNMENT QUESTIONS. Voter registration, deadlines and polling places,
 * passports (the library as a passport acceptance facility), citizenship test study and the N-400, Social Security and
 * SNAP / benefits, the DMV / MVA and REAL ID, property records, assessments and appeals, zoning, FOIA and public records,
 * census data, elected officials and how to reach them, jury duty, apostilles and state and county agencies. Referrals
 * to agencies and offices with a phone, a URL, an e-mail, an office address only, a room or floor only, or nothing; the
 * library's own government documents department; disclaimers ("I can't fill it out for you"); follow-ups promised
 * after checking with a government documents librarian (with and without the e-mail and a time); transfers to a
 * government information specialist.
 * Voices: public libraries across the US, a statewide cooperative (AskUsNow!, KnowItNow, Ask Here PA), a state library,
 * academic government-information librarians, SMS and chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "I can't fill out the form for you" / "no puedo llenarlo por usted" declines one kind of help by policy and the
 *   help goes on: no dismissal (the twelfth round's reading of "I can't give legal advice").
 * - Telling the patron to book, stop by or call the library's own passport office or government documents department
 *   is a referral (RUBRIC.md: the provider's own library's departments count when the patron is told to contact or
 *   visit them); "I'll ask our government documents librarian" consults staff on the patron's behalf: no referral.
 * - A floor, level or room ("3rd floor of Doe Library", "Room 106 of the County Building") is no postal address; a
 *   street address with a city is (a way to reach a party, but no source: L1's reading).
 * - "the number on your summons" / "the phone number on your letter" gives no phone in the chat: no way to reach.
 * - An agency named as the origin of a fact ("according to the Census Bureau") is merely mentioned: no referral.
 * - An agency's web page or portal given for the patron to use ("register online at vote.pa.gov") is a source, not
 *   a referral.
 * - "Have a good day" alone is avoided as the only courtesy; cases rest on thanks, goodbye or an invitation back.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type Key, type SessionCase, type St, some, sys, usual, who, FU_ME, FU_LIB } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const NADIA = who('Nadia Okafor', 'nokafor');
const BRENT = who('Brent Hollis', 'bhollis');

export const whole: SessionCase[] = [
  // ---- voting ---------------------------------------------------------------------------------------------------
  {
    name: 'statewide (AskUsNow!): moved counties, register with an MVA license at the state site; patron says she is done',
    lines: [
      [0, 'p', 'how do i check if im registered to vote? i moved from baltimore city to howard county in january'],
      [31, 'l', "Hi, this is Keisha with AskUsNow! Do you have a Maryland driver's license or MVA ID card with your new address?"],
      [70, 'p', 'yes i updated it at the mva already'],
      [77, 'l', 'Great, one sec while I grab the links.'],
      [131, 'l', "You can check your registration at voterservices.elections.maryland.gov/VoterSearch. With an MVA license you can change your address online at elections.maryland.gov/voter_registration; for the primary the deadline is 21 days before election day. Did that cover what you needed?"],
      [170, 'p', 'yes thats perfect, thats all'],
      [176, 'l', 'Great! Thanks for chatting with AskUsNow!, and happy voting.'],
    ],
    exp: usual(),
  },
  {
    name: 'polling place in DeKalb County: the My Voter Page as a source, and "call the DeKalb County Voter Registration & Elections office at 404-…" as a referral with its phone',
    lines: [
      [0, 'p', "where do i vote tomorrow? I'm in dekalb county GA"],
      [24, 'l', "Hello! I'm Marcus, a librarian at DeKalb County Public Library. What's your zip code? Polling places go by precinct."],
      [61, 'p', '30032'],
      [66, 'l', 'Let me look that up.'],
      [140, 'l', "That zip code covers several precincts, so the surest way is the My Voter Page at mvp.sos.ga.gov: enter your name, county and birth date and it shows your precinct and polling place. If anything on it looks wrong, call the DeKalb County Voter Registration & Elections office at 404-298-4020. Does that help?"],
      [200, 'p', "ok got it, it's at the rec center on glenwood. thanks"],
      [205, 'l', 'Is there anything else I can help you with today?'],
      [226, 'p', "no that's it"],
      [231, 'l', 'Thanks for using Ask a Librarian! Good luck tomorrow.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a limit of questions is a dismissal whatever the topic; "thank you for using…" is courteous but offers no way back
    name: 'Ask Here PA: "that\'s a second question and we only answer one per chat" after the voter registration answer: dismissal fails; anything else never asked',
    lines: [
      [0, 'p', 'When is the voter registration deadline in Pennsylvania for November?'],
      [29, 'l', 'Hi, thanks for contacting Ask Here PA! My name is Colleen. Are you registering for the first time, or changing your party or address?'],
      [66, 'p', 'first time, i just turned 18'],
      [74, 'l', "Congratulations! The deadline is 15 days before the election. You can register online at vote.pa.gov/register with a PennDOT license or the last four of your Social Security number. Does that answer your question?"],
      [110, 'p', 'yes. also how do I get a mail-in ballot?'],
      [122, 'l', "Sorry, that's a second question, and we only answer one question per chat. Thank you for using Ask Here PA."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish: registering in Texas, "puede preguntar en la oficina del secretario del condado" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'Hola, me hice ciudadano el mes pasado. ¿Cómo me registro para votar en Texas?'],
      [27, 'l', '¡Felicidades y bienvenido! Le atiende Rubén, de la Biblioteca Pública de San Antonio. ¿En qué condado vive?'],
      [58, 'p', 'Bexar'],
      [65, 'l', 'En Texas no se puede registrar en línea: hay que llenar la solicitud en papel y enviarla por correo. La solicitud en español está en votetexas.gov/es/registrese. Si tiene dudas, puede preguntar en la oficina del secretario del condado. ¿Le sirve esta información?'],
      [104, 'p', 'sí, muchas gracias'],
      [109, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [130, 'p', 'no, nada más'],
      [134, 'l', '¡Gracias por comunicarse con la biblioteca! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- passports ------------------------------------------------------------------------------------------------
  {
    name: "passport for a child at the library's own acceptance office: book at a URL or call a 703-555 number (a referral to the library's own office, with its contact)",
    lines: [
      [0, 'p', 'can i get a passport at the library?'],
      [22, 'l', "Hi there, welcome to Ask Fairfax! I'm Lin from Fairfax County Public Library. Is this a first passport or a renewal, and is it for an adult or a child?"],
      [60, 'p', 'first one, for my 8 yr old'],
      [68, 'l', "Children under 16 apply in person with both parents, using form DS-11. Our passport acceptance offices take appointments only: book one at fairfaxcounty.gov/library/passports or call 703-555-0145. The State Department's checklist for minors is at travel.state.gov/passport. Is that what you were looking for?"],
      [120, 'p', 'yes! do both parents have to come'],
      [128, 'l', "Both parents or guardians should come; if one can't, that parent signs form DS-3053 in front of a notary. Anything else I can help with?"],
      [160, 'p', 'nope thats everything'],
      [165, 'l', 'Have a great trip, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the lower level of the Central Library" is no postal address
    name: 'near miss: the library\'s passport desk "on the lower level of the Central Library" with no phone, URL or address: referral fails',
    lines: [
      [0, 'p', 'Do you guys do passports? I need to renew mine'],
      [35, 'l', 'Hello, this is Derek at Kansas City Public Library. Is your current passport undamaged and issued within the last 15 years?'],
      [72, 'p', 'yes, from 2016'],
      [80, 'l', "Then you don't need us at all: you can renew by mail with form DS-82, or online, at travel.state.gov/renew. If you'd rather have a new photo taken, stop by the passport desk on the lower level of the Central Library. Did that help?"],
      [120, 'p', 'yes thank you'],
      [124, 'l', 'Anything else?'],
      [140, 'p', 'no'],
      [144, 'l', 'Bye now, thanks for chatting with KCPL!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- citizenship ----------------------------------------------------------------------------------------------
  {
    name: 'citizenship test study: USCIS study materials, a book and "Are those helpful?"; no referral (a program named, the patron not told to contact it)',
    lines: [
      [0, 'p', 'do you have stuff to study for the citizenship test'],
      [26, 'l', "Good evening! This is Rosa at Queens Public Library's Ask a Librarian. Are you preparing for the civics questions, the English reading and writing, or both?"],
      [66, 'p', 'both please, my interview is in may'],
      [74, 'l', "USCIS has the official civics questions with audio and flashcards at uscis.gov/citizenship/find-study-materials-and-resources. We also lend the book Pass the U.S. Citizenship Exam (LearningExpress), with practice reading and writing tests. Are those helpful?"],
      [118, 'p', 'yes thank you so much'],
      [123, 'l', "You're welcome! Anything else?"],
      [140, 'p', 'no, thank you'],
      [146, 'l', 'Good luck on your interview! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "no puedo llenar el formulario por usted" declines one kind of help by policy: no dismissal
    name: 'Spanish: N-400, "no puedo llenar el formulario por usted", then the library\'s New Americans Centers by phone and URL: referral passes, no dismissal',
    lines: [
      [0, 'p', 'Buenas, necesito ayuda para llenar la forma N-400 de ciudadanía'],
      [30, 'l', '¡Buenas tardes! Le atiende Lucía, de la Biblioteca Pública de Los Ángeles. Lo siento, no puedo llenar el formulario por usted ni darle consejo legal, pero sí puedo indicarle dónde conseguir ayuda. ¿Tiene la residencia permanente desde hace 5 años o más?'],
      [80, 'p', 'sí, desde 2017'],
      [88, 'l', 'Entonces ya puede solicitar. El formulario N-400 y sus instrucciones en español están en uscis.gov/es/n-400. Para ayuda gratuita para llenarlo, llame a nuestros New Americans Centers al 213-555-0190 o visite lapl.org/newamericans. ¿Le sirve esta información?'],
      [130, 'p', 'sí, gracias'],
      [135, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [152, 'p', 'no, nada más'],
      [157, 'l', '¡Mucha suerte! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- Social Security, SNAP, benefits --------------------------------------------------------------------------
  {
    name: '"I can\'t fill out the form for you over chat" then SSA online and Form SS-5; the library\'s Digital Literacy Lab with its street address: referral passes, no dismissal',
    lines: [
      [0, 'p', 'can you fill out the social security card application for me, my hands shake too much to type'],
      [28, 'l', "Hi, I'm Beth at Tulsa City-County Library. I'm sorry, I can't fill out the form for you over chat, but I can walk you through it. Is this a replacement card for yourself, or a name change?"],
      [70, 'p', 'replacement, i lost it'],
      [78, 'l', "You may not need the paper form at all: adults with a U.S. driver's license can request a replacement online with a my Social Security account at ssa.gov/myaccount/replacement-card.html. Otherwise Form SS-5 is at ssa.gov/forms/ss-5.pdf, and you can visit our Digital Literacy Lab at the Central Library, 400 Civic Center, Tulsa, OK 74103, where staff will help you type it. Does that help?"],
      [130, 'p', "ok I'll try online first. that's all"],
      [136, 'l', 'Sounds good. Take care, and thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish: SNAP in Texas, YourTexasBenefits.com as a source and "llame a la Comisión… al 2-1-1" as a referral; the patron says "es todo"',
    lines: [
      [0, 'p', 'Hola, ¿cómo solicito cupones de comida (SNAP) en Texas?'],
      [25, 'l', '¡Hola! Soy Daniel, bibliotecario de la Biblioteca Pública de Austin. ¿Quiere solicitarlo en línea, o prefiere hacerlo en persona o por teléfono?'],
      [61, 'p', 'en línea si se puede'],
      [69, 'l', 'Sí se puede: en YourTexasBenefits.com puede crear una cuenta y llenar la solicitud en español. Si tiene preguntas, llame a la Comisión de Salud y Servicios Humanos al 2-1-1 (opción 2). ¿Le sirve esta información?'],
      [110, 'p', 'sí, muchas gracias, es todo'],
      [116, 'l', '¡Con gusto! Gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your caseworker at the Department of Social Services is the person to call" refers to a named specialist; no way to reach
    name: 'SNAP cut off in North Carolina: ePASS as a source first, then "your caseworker at the Department of Social Services is the person to call" has no contact: referral fails',
    lines: [
      [0, 'p', 'my food stamps got cut off, who do I talk to'],
      [33, 'l', "Hi, this is Mo with Charlotte Mecklenburg Library. I'm sorry to hear that. Did you get a letter saying why?"],
      [70, 'p', 'yeah says i missed recertification'],
      [79, 'l', "You can usually reapply online through ePASS at epass.nc.gov, or ask for a fair hearing if you think it was a mistake. Your caseworker at the Department of Social Services is the person to call about a missed recertification. Does that help?"],
      [120, 'p', 'ok'],
      [124, 'l', 'Anything else I can look up?'],
      [140, 'p', 'no'],
      [144, 'l', 'Take care, thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: saying politely that other patrons are waiting and inviting the patron back is allowed
    name: 'Medicaid and SNAP questions pile up; "several other people are waiting… please start a new chat anytime": no dismissal; anything else never asked',
    lines: [
      [0, 'p', 'how do i apply for medicaid in ohio'],
      [20, 'l', 'Hello, KnowItNow, this is Grace. Are you applying for yourself, or for your children too?'],
      [48, 'p', 'me and my 2 kids'],
      [55, 'l', 'You can apply for the whole household at benefits.ohio.gov, or on paper with form ODM 07216. Is that what you were looking for?'],
      [92, 'p', 'yes. and snap and wic? and heating help? and what about my car registration'],
      [99, 'l', "benefits.ohio.gov covers SNAP too. I have several other people waiting right now, so I need to wrap up here, but please start a new chat anytime with the WIC, heating and car registration questions. Thanks for chatting with KnowItNow!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- DMV / MVA ------------------------------------------------------------------------------------------------
  {
    name: 'chat-speak patron, REAL ID at the MVA: the checklist as a source and "call the MVA at 410-…" for an appointment: referral passes',
    lines: [
      [0, 'p', 'wat do i need for real id at mva'],
      [18, 'l', 'Hi! Thanks for contacting AskUsNow! I\'m Carla from Howard County Library System. Do you already have a Maryland license, or is this your first Maryland card?'],
      [45, 'p', 'already have 1'],
      [52, 'l', "Then bring one proof of age and identity (a passport or birth certificate), your Social Security card or a W-2, and two proofs of Maryland address. The MVA's interactive checklist is at mva.maryland.gov/realid. For an appointment, call the MVA at 410-768-7000. Does that help?"],
      [90, 'p', 'ya thx'],
      [95, 'l', 'Anything else I can look up for you?'],
      [110, 'p', 'no'],
      [114, 'l', 'Ok, take care! Thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'slow pickup (95 s) and a greeting that names no one; the Register of Deeds by phone: pickup and greeting fail',
    lines: [
      [0, 'p', 'I need a copy of the deed to my late father\'s house in Wake County'],
      [95, 'l', 'Hello! Do you need a certified copy for the estate, or just to read it?'],
      [130, 'p', 'certified, the estate attorney asked for it'],
      [137, 'l', "Deeds are searchable free at the Wake County Register of Deeds site, rod.wakegov.com, by your father's name. For a certified copy, call the Register of Deeds at 919-856-5460; they mail them for a small fee per page. Did that answer your question?"],
      [170, 'p', 'yes, thanks, that is everything'],
      [175, 'l', "You're welcome. I'm sorry about your father. Thanks for contacting Wake County Public Libraries."],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' }),
  },

  // ---- property, zoning ------------------------------------------------------------------------------------------
  {
    // reading: a street address with a city is a way to reach the Assessor's Office (a room number beside it changes nothing)
    name: "Cook County assessment appeal online, or in person at the Assessor's Office, 118 N. Clark St., Room 320, Chicago: referral passes by address",
    lines: [
      [0, 'p', 'how do i appeal my property assessment in cook county'],
      [30, 'l', "Hello, this is Dev, a reference librarian at Evanston Public Library. Which notice did you get: the Assessor's reassessment notice, or a Board of Review decision?"],
      [75, 'p', 'the assessor one, came last week'],
      [82, 'l', "One moment while I check this year's deadlines."],
      [170, 'l', "Appeals to the Cook County Assessor are filed online at cookcountyassessor.com/appeals within 30 days of the notice's mail date. If you'd rather file in person, go to the Assessor's Office at 118 N. Clark St., Room 320, Chicago, IL 60602. Does this answer your question?"],
      [214, 'p', 'perfect thanks, no more questions'],
      [220, 'l', "You're welcome, good luck with the appeal! Bye for now."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'zoning: fence height in Tempe from the city code at tempe.gov/zdc, then "check with the Community Development Department before you build" with no contact: referral fails',
    lines: [
      [0, 'p', 'can i build a 6 ft fence in my backyard? im in tempe'],
      [25, 'l', 'Hi! Kim here from Tempe Public Library. Is your home in an HOA, or is it just the city rules?'],
      [60, 'p', 'no hoa'],
      [68, 'l', "Tempe's Zoning and Development Code (tempe.gov/zdc), section 4-706, allows rear-yard fences up to 8 feet in most residential districts, but a permit may be required, so check with the Community Development Department before you build. Did that answer your question?"],
      [112, 'p', 'yes, thanks!'],
      [117, 'l', 'Anything else today?'],
      [130, 'p', 'nope'],
      [134, 'l', 'Thanks for chatting, have a good one!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'county assessor parcel lookup: 3 minutes of silence after the patron\'s answer with no hold: keep informed fails',
    lines: [
      [0, 'p', 'how do i find out who owns the empty lot next to my house'],
      [22, 'l', 'Hi, this is Omar at Salt Lake County Library. Do you know the lot\'s address or parcel number?'],
      [60, 'p', 'no address, its next to 2450 S 900 E'],
      [245, 'l', "The Salt Lake County Parcel Viewer (slco.org/assessor) lets you click the lot on the map; the owner's name and parcel number show in the details. Does that do it?"],
      [290, 'p', 'found it, thanks! thats all'],
      [296, 'l', 'Great, thanks for contacting the library!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'county tax sale list: the provider answers, then nothing for over four minutes until the session ends: check-in and notice fail, no goodbye',
    lines: [
      [0, 'p', 'where is the list of houses for the tax sale in Duval county'],
      [30, 'l', 'Hello, Jacksonville Public Library, Kris speaking. Is this the tax deed sale (properties), or the tax certificate sale?'],
      [70, 'p', 'the properties'],
      [76, 'l', 'Checking the Clerk of Courts page now.'],
      [130, 'l', 'The upcoming tax deed sales are listed at duval.realtaxdeed.com, by sale date; each listing has the parcel and opening bid. Does that help?'],
    ],
    over: { endAfter: 260 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },

  // ---- FOIA, census, government information (academic) ------------------------------------------------------------
  {
    name: "academic gov info librarian: EPA FOIA reading room and ECHO as sources, then a promise to check with a colleague and e-mail \"by Thursday\" to the confirmed address: follow-up passes, pending",
    lines: [
      [0, 'p', "I'm writing a thesis on EPA enforcement in Region 5. Have inspection reports for Detroit-area plants already been released under FOIA?"],
      [34, 'l', "Hi, welcome to Ask a Librarian at the University of Michigan Library. I'm Ruth, the government information librarian. Which years are you after?"],
      [70, 'p', '2015 to 2020'],
      [78, 'l', 'Thanks, let me look.'],
      [180, 'l', "EPA posts released records in its FOIA reading room at epa.gov/foia/foia-reading-room, and ECHO (echo.epa.gov) publishes inspection and enforcement records for most facilities. Whether someone has already received the full reports through FOIA I'll need to check with a colleague; I'll e-mail you what I find by Thursday. Is rkovac@example.org still the best address?"],
      [220, 'p', "yes that's me. thanks!"],
      [226, 'l', 'Great. Does ECHO cover part of what you need in the meantime?'],
      [270, 'p', "yes already looking at it, that's all for now"],
      [276, 'l', 'Thanks for writing in, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'R. Kovac', email: 'rkovac@example.org', phone: null } },
    exp: followed(),
  },
  {
    name: 'census tract income for a GIS project: data.census.gov table B19013 and TIGER/Line files; "Come back anytime!"',
    lines: [
      [0, 'p', 'need median household income by census tract for Allegheny County, for a GIS project'],
      [27, 'l', "Hi! Welcome to Ask Us at Pitt's Hillman Library. I'm Greg from the government information & data team. Do you need the most recent 5-year ACS estimates, or a specific year?"],
      [66, 'p', 'most recent'],
      [71, 'l', 'Give me a sec.'],
      [150, 'l', 'On data.census.gov, search table B19013 (Median Household Income), choose Geography > Census Tract > Pennsylvania > Allegheny County, and pick 2023 ACS 5-Year Estimates; it downloads as CSV. For the tract shapefiles, the TIGER/Line files are at census.gov/geographies/mapping-files.html. Is that what you need?'],
      [196, 'p', 'exactly. thanks!'],
      [201, 'l', 'Anything else I can help with?'],
      [220, 'p', "that's all for today"],
      [225, 'l', 'Good luck with the project! Come back anytime.'],
    ],
    exp: usual(),
  },
  {
    name: 'a CRS report on SNAP work requirements at congress.gov; "Is this the report you were after?"',
    lines: [
      [0, 'p', 'looking for a CRS report on SNAP work requirements from around 2018'],
      [30, 'l', "Hi! You've reached Ask a Librarian at Georgetown University Library; I'm Nadia, government information librarian. Do you know the report number or author, or just the topic?", NADIA],
      [70, 'p', 'just the topic'],
      [76, 'l', 'One moment.', NADIA],
      [160, 'l', "CRS reports are public at congress.gov/crs-products. A search for SNAP work requirements limited to 2018 brings up R45147, The Supplemental Nutrition Assistance Program (SNAP): Primer on Eligibility and Benefits, which has a section on the ABAWD time limit. Is this the report you were after?", NADIA],
      [205, 'p', "yes that's it, thanks, that's all I needed"],
      [210, 'l', 'Great, good luck with your research, and thanks for using Ask a Librarian!', NADIA],
    ],
    over: { provider: { id: 'nokafor', name: 'Nadia Okafor', library: 'GTU' } },
    exp: usual(),
  },
  {
    name: 'the population of Flagstaff given as a bare number with no source and no question before it: clarify, source and completeness fail',
    lines: [
      [0, 'p', "what's the population of Flagstaff"],
      [24, 'l', 'Hi! Ana at Flagstaff City-Coconino County Public Library here.'],
      [30, 'l', 'It was about 76,800 people as of 2020. Anything else I can help with?'],
      [58, 'p', 'nope thanks'],
      [62, 'l', 'Bye!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail' }),
  },
  {
    name: "public library, 1950s council minutes: the catalogue as a source; the government documents librarian consulted on the patron's behalf (no referral); e-mail and \"by Wednesday afternoon\"; done in 20 hours",
    lines: [
      [0, 'p', 'I am trying to find city council minutes about a zoning change in Land Park in the early 1950s'],
      [40, 'l', 'Hello! This is Pat at the Reference Desk, Sacramento Public Library. Do you know roughly which year, or the street?'],
      [85, 'p', '1952-54, around Riverside Blvd'],
      [92, 'l', 'Let me look in our catalog.'],
      [170, 'l', "Our catalog lists the Sacramento City Council minutes 1950-1959 in the Sacramento Room, but they aren't indexed by topic. I'll ask our government documents librarian, who's in tomorrow, to check the card index, and I'll e-mail you what she finds by Wednesday afternoon. What's a good e-mail for you?"],
      [220, 'p', 'jlee@example.org'],
      [227, 'l', "Got it: jlee@example.org. You'll hear from us by Wednesday. Is there anything else?"],
      [250, 'p', 'no that is all, thanks!'],
      [255, 'l', 'Thank you for your patience, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(255 + 20 * 3600), by: 'jo', note: 'council minutes 1953, pp. 212-214, scanned' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll get back to you once I hear from our gov docs librarian", coded Answered, no time and the e-mail only in the patron fields: code and contact fail, pending',
    lines: [
      [0, 'p', 'Does the library have the old Federal Register volumes from the 1970s in print?'],
      [28, 'l', 'Hi, this is Joel at Tacoma Public Library. Is there a particular rule or date you need, or do you want to browse?'],
      [66, 'p', 'a 1976 rule on mobile home standards'],
      [74, 'l', "Federal Register issues from 1936 on are free online at govinfo.gov/app/collection/FR, so the 1976 rule should be there. Whether we also hold the print volumes I'll get back to you once I hear from our gov docs librarian. Does govinfo work for now?"],
      [120, 'p', 'yes thanks thats all'],
      [125, 'l', 'Thanks for contacting Tacoma Public Library!'],
    ],
    over: { patron: { name: null, email: 'mhsmith@example.org', phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: "follow-up by the patron's library, done four days later: on time fails",
    lines: [
      [0, 'p', 'Im looking for the 1978 Minnesota Legislative Manual for a school project'],
      [30, 'l', 'Hello, this is AskMN, Sofia answering from Dakota County Library. Do you need the whole manual or one section of it?'],
      [65, 'p', 'just the list of legislators'],
      [72, 'l', "The Legislative Reference Library has digitized manuals at lrl.mn.gov/guides, but 1978 isn't online yet. Your own library, Rochester Public Library, has it in print; I'll pass this on and someone there will e-mail a scan of the legislators' list to you by Friday. Is kpham@example.org right?"],
      [112, 'p', 'yes thats right, thanks! thats all'],
      [118, 'l', 'Thanks for using AskMN!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(118 + 4 * 24 * 3600), by: 'rpl' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },

  // ---- elected officials, jury, apostilles, state agencies --------------------------------------------------------
  {
    name: 'state representative for an Ann Arbor address: "reach her office at 517-… or …@house.mi.gov": referral passes',
    lines: [
      [0, 'p', 'who is my state rep and how do i contact them? I live in Ann Arbor 48104'],
      [26, 'l', "Hi, I'm Tara at Ann Arbor District Library. What's your street address? 48104 is split between two House districts."],
      [60, 'p', '1200 S Forest'],
      [66, 'l', 'Thanks, one moment.'],
      [140, 'l', 'That address is in Michigan House District 47, represented by Rep. Carrie Rheingans. You can reach her office at 517-555-0147 or CarrieRheingans@house.mi.gov, and the district lookup is at house.mi.gov/find-your-rep. Did that answer your question?'],
      [180, 'p', "great thanks. that's everything"],
      [185, 'l', "You're welcome! Thanks for using Ask AADL."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "look on the county's website" names no page and gives no domain: no source
    name: 'near miss: "your best bet is to write to your county commissioner directly; the county\'s website lists them": no source and a referral with no way to reach',
    lines: [
      [0, 'p', 'how do I complain about a pothole that has been there for 3 months on a county road'],
      [30, 'l', 'Hello, this is Renee with Greenville County Library System. Have you already reported it to Roads and Bridges?'],
      [70, 'p', 'yes twice, nothing happened'],
      [78, 'l', "Then your best bet is to write to your county commissioner directly; the county's website lists them by district. Does that help?"],
      [110, 'p', 'ok thanks thats all'],
      [115, 'l', 'Thanks for contacting us, good luck!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    // reading: "the number on your summons" puts no phone in the chat
    name: 'jury duty postponement: "call the jury office at the number on your summons": no source and the referral has no way to reach it',
    lines: [
      [0, 'p', 'I got a jury summons for Multnomah County but I have a trip booked, can I postpone?'],
      [26, 'l', 'Hello, this is Sam at Multnomah County Library. When is your service date, and when is the trip?'],
      [66, 'p', 'service is march 16, trip march 14-21'],
      [74, 'l', 'Yes, a first postponement is usually granted if you ask before your date. Call the jury office at the number on your summons and ask for a new date. Does that help?'],
      [110, 'p', "ok thanks, that's all"],
      [115, 'l', 'Thanks for asking, and have a nice trip!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'a green card holder summoned for jury duty; quiet after the answer: "Are you still there?" then "It looks like we\'ve been disconnected… end the chat. Feel free to reach out again!" (idle 210 s)',
    lines: [
      [0, 'p', 'Can a green card holder serve on a jury? I got a summons in Travis County'],
      [24, 'l', "Hi, you're chatting with Lena at Austin Public Library. Are you a permanent resident, not yet naturalized?"],
      [60, 'p', 'yes'],
      [66, 'l', "Then you can't serve: Texas jurors must be U.S. citizens. Return the summons with the citizenship exemption marked, or claim it online at traviscountytx.gov/jury. Does that answer it?"],
      [196, 'l', 'Are you still there?'],
      [276, 'l', "It looks like we've been disconnected, so I'll end the chat now. Feel free to reach out again!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'state library: an apostille for Spain, the Department of Health by URL and the Secretary of State by P.O. box, street address and URL: referral passes',
    lines: [
      [0, 'p', 'how do i get an apostille on my birth certificate in washington state'],
      [29, 'l', 'Hello, Washington State Library reference, this is Hannah. Was the birth certificate issued in Washington, and which country is it for?'],
      [70, 'p', 'yes WA, for Spain (residency visa)'],
      [78, 'l', 'Spain is a Hague Convention country, so you need an apostille from the Secretary of State. First order a certified copy of the certificate from the Department of Health at doh.wa.gov/vitalrecords, then mail it with the apostille request form to the Secretary of State, PO Box 40228, Olympia, WA 98504-0228, or bring it to their office at 801 Capitol Way S, Olympia. The form and fee are at sos.wa.gov/apostilles. Does that answer your question?'],
      [130, 'p', "Yes! that's all"],
      [135, 'l', 'Glad to help. Thanks for contacting the Washington State Library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- transfers ---------------------------------------------------------------------------------------------------
  {
    name: 'KnowItNow transfer to the State Library of Ohio\'s government information librarian, with an internal note and "I\'m transferring you…": handoff passes',
    lines: [
      [0, 'p', 'I need the legislative history of Ohio HB 6 from 2019, the bill analysis and committee testimony'],
      [25, 'l', 'Hi, KnowItNow, this is Grace. Do you need the versions of the bill as well, or only the analysis and testimony?'],
      [60, 'p', 'analysis and testimony'],
      [66, 'i', 'Brent, patron needs the LSC bill analysis and committee testimony for Ohio HB 6 (133rd GA). Legislative history is your area.'],
      [72, 'l', "I'm transferring you to Brent, a government information librarian at the State Library of Ohio, who knows the legislative records best. One moment please."],
      [75, 's', 'Chat transferred to Brent Hollis', sys('transfer', 'bhollis')],
      [130, 'l', "Hi, Brent at the State Library of Ohio. The Legislative Service Commission's analyses for HB 6 are on the bill's page at legislature.ohio.gov/legislation/133/hb6, under Documents; committee testimony is under Committee Activity on the same page. Is that what you need?", BRENT],
      [175, 'p', 'yes perfect, that is all, thank you'],
      [180, 'l', 'Thanks for using KnowItNow, and good luck!', BRENT],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "Let me check on that" is a hold, not a word about the transfer
    name: 'near miss: the same transfer with the internal note but only "Let me check on that." for the patron: handoff fails',
    lines: [
      [0, 'p', 'I need the legislative history of Ohio HB 6 from 2019, the bill analysis and committee testimony'],
      [25, 'l', 'Hi, KnowItNow, this is Grace. Do you need the versions of the bill as well, or only the analysis and testimony?'],
      [60, 'p', 'analysis and testimony'],
      [66, 'i', 'Brent, patron needs the LSC bill analysis and committee testimony for Ohio HB 6 (133rd GA). Legislative history is your area.'],
      [72, 'l', 'Let me check on that.'],
      [75, 's', 'Chat transferred to Brent Hollis', sys('transfer', 'bhollis')],
      [130, 'l', "Hi, Brent at the State Library of Ohio. The Legislative Service Commission's analyses for HB 6 are on the bill's page at legislature.ohio.gov/legislation/133/hb6, under Documents; committee testimony is under Committee Activity on the same page. Is that what you need?", BRENT],
      [175, 'p', 'yes perfect, that is all, thank you'],
      [180, 'l', 'Thanks for using KnowItNow, and good luck!', BRENT],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- no substantive exchange -------------------------------------------------------------------------------------
  {
    name: 'Lost Call: the patron asks about a FOIA request for police records and is gone; check-in and notice: information checks na',
    lines: [
      [0, 'p', 'how do i request police bodycam footage from the city of denver'],
      [40, 'l', 'Hi, this is Ray with Denver Public Library. Welcome!'],
      [170, 'l', 'Are you still there?'],
      [250, 'l', "Looks like you've left the chat, so I'll close it now. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({
      informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass',
    }),
  },
  // (left in v13, passes in v23: the later ePASS URL is no longer the caseworker's contact)
  {
    // LEFT: a URL in a later sentence of the same message counts for the referral (ownedContact: any contact after the
    // referral's sentence, before a signature, is taken as the party's); ePASS's address is no way to reach the caseworker.
    // Telling a later resource's URL from the party's would move the many sessions whose contact follows the referral.
    // reading: "your caseworker at the Department of Social Services is the person to call" refers to a named specialist; no way to reach
    name: 'SNAP cut off in North Carolina: ePASS as a source, but "your caseworker at the Department of Social Services is the person to call" has no contact: referral fails',
    lines: [
      [0, 'p', 'my food stamps got cut off, who do I talk to'],
      [33, 'l', "Hi, this is Mo with Charlotte Mecklenburg Library. I'm sorry to hear that. Did you get a letter saying why?"],
      [70, 'p', 'yeah says i missed recertification'],
      [79, 'l', "You can usually reapply, or ask for a fair hearing if you think it was a mistake. Your caseworker at the Department of Social Services is the person to call about a missed recertification. You can also reapply online through ePASS at epass.nc.gov. Does that help?"],
      [120, 'p', 'ok'],
      [124, 'l', 'Anything else I can look up?'],
      [140, 'p', 'no'],
      [144, 'l', 'Take care, thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // (the merge's) a party that "can connect you with" help is no transfer of the chat: the sentence still refers
  {
    name: '(the merge\'s) "Call United Way at 2-1-1; they can connect you with LIHEAP": a referral with its number, no transfer',
    lines: [
      [0, 'p', 'i need help paying my heating bill'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it for this winter?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Call United Way at 2-1-1; they can connect you with LIHEAP and other heating help. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '(the merge\'s) "Contact the energy office at 410-555-0100, who can transfer you to the LIHEAP team": a referral with its number',
    lines: [
      [0, 'p', 'i need help paying my heating bill'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it for this winter?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Contact the energy office at 410-555-0100, who can transfer you to the LIHEAP team. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '(the merge\'s) near miss: "Call the Community Action Agency; they can connect you with LIHEAP." with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'i need help paying my heating bill'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it for this winter?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Call the Community Action Agency; they can connect you with LIHEAP. Does that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '(the merge\'s) near miss: "I can connect you with a colleague who knows LIHEAP." announces a transfer and refers no one',
    lines: [
      [0, 'p', 'i need help paying my heating bill'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it for this winter?'],
      [40, 'p', 'yes'],
      [60, 'l', 'I can connect you with a colleague who knows LIHEAP. One moment.'],
    ],
    exp: some({ referral: 'na' }),
  },
  // (the merge's) a file sent to a print system's address names no party; a page's URL before the verb does not reach a
  // person named after it
  {
    name: '(the merge\'s) "the Technology page at pgcmls.info: e-mail the file to the branch print address": no referral',
    lines: [
      [0, 'p', 'can I print from my phone at the library'],
      [20, 'l', "Hi, Dana at Prince George's County Memorial Library. Do you want to print at a branch today?"],
      [50, 'p', 'yes'],
      [58, 'l', 'Mobile printing instructions are on the Technology page at pgcmls.info: e-mail the file to the branch print address and release it within 24 hours. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '(the merge\'s) near miss: "The printing guide is at pgcmls.info, so e-mail the branch manager about the poster.": the guide\'s URL does not reach the manager',
    lines: [
      [0, 'p', 'can I print a big poster at the library'],
      [20, 'l', "Hi, Dana at Prince George's County Memorial Library. How large is the poster?"],
      [50, 'p', '24 by 36'],
      [58, 'l', 'The printing guide is at pgcmls.info, so e-mail the branch manager about the poster. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  // ---- follow-ups ----------------------------------------------------------------------------------------------------
  {
    name: '"Let me check with our government documents librarian and get back to you" coded Answered: code fails, contact fails',
    lines: [
      [0, 'p', 'do you have the 1940 census enumeration district maps for Baltimore'],
      [25, 'l', 'Hi, Enoch Pratt Free Library, this is Tom. Do you need a particular ward?'],
      [60, 'p', 'ward 17'],
      [66, 'l', "Let me check with our government documents librarian and get back to you. Thanks for your patience!"],
    ],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: '"Someone from our Government Publications department will e-mail you within two business days at ana@example.org, is that right?" "yes": contact passes',
    lines: [
      [0, 'p', 'I need the 1962 Brooklyn Board of Estimate calendar, is it anywhere?'],
      [30, 'l', 'Hello, Brooklyn Public Library, Ask a Librarian, Devon here. Is it for a specific meeting date?'],
      [70, 'p', 'yes march 1962'],
      [80, 'l', "It isn't online, so I'm forwarding this to our Government Publications department. Someone there will e-mail you within two business days at ana@example.org, is that right?"],
      [110, 'p', 'yes'],
      [115, 'l', 'Great, thanks for your patience!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: the e-mail read back but no time ("as soon as our docs librarian finds it"): contact fails',
    lines: [
      [0, 'p', 'Where can I find the 1988 Colorado Blue Book (ballot information booklet)?'],
      [30, 'l', 'Hi, AskColorado, Mia from Boulder Public Library. Do you want the English or the Spanish edition?'],
      [64, 'p', 'english'],
      [70, 'l', "Our docs librarian has the print run; I'll send you a scan as soon as she finds it. What's your e-mail?"],
      [100, 'p', 'lgarcia@example.org'],
      [105, 'l', 'Thanks, lgarcia@example.org it is. Thanks for contacting AskColorado!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },

  // ---- referrals -----------------------------------------------------------------------------------------------------
  {
    // reading: "3rd floor of Doe Library" is no postal address
    name: "the library's own Government Information department \"on the 3rd floor of Doe Library\": referral fails",
    lines: [
      [0, 'p', 'where can I see the printed US Statutes at Large from the 1800s'],
      [25, 'l', 'Hi, UC Berkeley Library chat, Ines here. Do you need a specific volume?'],
      [60, 'p', 'volume 12'],
      [66, 'l', "The print volumes are held by Government Information; stop by the desk on the 3rd floor of Doe Library and they'll pull volume 12 for you. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the same with "or e-mail govinfo@library.berkeley.edu": referral passes',
    lines: [
      [0, 'p', 'where can I see the printed US Statutes at Large from the 1800s'],
      [25, 'l', 'Hi, UC Berkeley Library chat, Ines here. Do you need a specific volume?'],
      [60, 'p', 'volume 12'],
      [66, 'l', "The print volumes are held by Government Information; stop by the desk on the 3rd floor of Doe Library or e-mail govinfo@library.berkeley.edu and they'll pull volume 12 for you. Does that help?"],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'a state election site given for the patron to use ("Polling locations are posted on votetexas.gov"): a source, no referral',
    lines: [
      [0, 'p', 'are early voting locations posted yet for harris county'],
      [20, 'l', 'Hi! Houston Public Library, this is Jay. For the November election?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Yes: early voting locations and hours are posted at harrisvotes.com/EarlyVoting, and statewide on votetexas.gov. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: an agency named as the origin of a fact is merely mentioned
    name: '"According to the Census Bureau, the 2020 count was …" names the agency as the origin of a fact: no referral',
    lines: [
      [0, 'p', 'how many people lived in Maine in 2020'],
      [20, 'l', "Hi, Maine State Library, Ellen here. Do you want the census count, or the later estimates?"],
      [40, 'p', 'the census'],
      [46, 'l', 'According to the Census Bureau, the 2020 count for Maine was 1,362,359; the table is at data.census.gov under "P1". Does that answer it?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"You\'ll want to reach out to the Board of Elections" and its number in the next message: referral passes',
    lines: [
      [0, 'p', 'I never got my absentee ballot and the election is in 10 days, Queens'],
      [24, 'l', 'Hi, Queens Public Library, this is Priya. Did you request it through the online portal or by mail?'],
      [60, 'p', 'online in september'],
      [68, 'l', "You'll want to reach out to the Board of Elections about a replacement right away."],
      [80, 'l', 'The Board of Elections in the City of New York: 1-866-868-3692, or vote.nyc. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'SMS: "call MVA 410 555 0186 ask 4 the title desk": referral passes',
    lines: [
      [0, 'p', 'lost my car title md how replace'],
      [30, 'l', 'hi this is Jen w/ AskUsNow text svc. is the car paid off?'],
      [50, 'p', 'yes'],
      [60, 'l', 'fill out form VR-018 (mva.maryland.gov/forms), or call MVA 410 555 0186 ask 4 the title desk. that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Have you tried contacting your congresswoman\'s office? Caseworkers there can nudge USCIS." with no contact: referral fails',
    lines: [
      [0, 'p', 'my naturalization case has been stuck for 14 months, what can i do'],
      [25, 'l', 'Hello, Sacramento Public Library, this is Kai. Have you checked the case status online recently?'],
      [60, 'p', 'yes says case is being actively reviewed forever'],
      [68, 'l', "Processing times are at egov.uscis.gov/processing-times. Have you tried contacting your congresswoman's office? Caseworkers there can nudge USCIS on a stuck case."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'jury office "can tell you whether you qualify for an excuse: 503-988-3235 or jury@example.gov": referral passes',
    lines: [
      [0, 'p', 'im a full time student, do i still have to do jury duty'],
      [25, 'l', 'Hi, Multnomah County Library, Sam here. Are you going to school in Oregon or out of state?'],
      [55, 'p', 'oregon, PSU'],
      [62, 'l', 'Students are not automatically excused in Oregon, but the Jury Office can tell you whether you qualify for a postponement: 503-988-3235 or jury@example.gov. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "the jury office will mail you a new date" tells the patron to do nothing: no referral',
    lines: [
      [0, 'p', 'i asked to postpone jury duty online, now what'],
      [25, 'l', 'Hi, Multnomah County Library, Sam here. Did you get a confirmation e-mail?'],
      [55, 'p', 'yes'],
      [62, 'l', 'Then you are set: the jury office will mail you a new date within a few weeks. The FAQ is at mcjury.example.gov/faq. Does that help?'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: a street address with a city is a way to reach; but a postal address is no source (L1's reading)
    name: 'an office address only: "go in person to the Hall of Records, 320 W. Temple St, Los Angeles, CA 90012": referral passes, no source',
    lines: [
      [0, 'p', 'how do i see the building permits for my house from the 70s, LA city'],
      [30, 'l', 'Hi, LAPL, this is Marisol. Is the house in the City of Los Angeles itself, not an unincorporated area?'],
      [60, 'p', 'yes city'],
      [68, 'l', "Old permits aren't online; you have to go in person to the Hall of Records, 320 W. Temple St, Los Angeles, CA 90012, and ask at the records counter. Does that help?"],
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Thanks for chatting with LAPL!'],
    ],
    exp: some({ referral: 'pass', source: 'fail' }),
  },
  {
    // reading: "Room 106 of the County Building" is no postal address
    name: 'near miss: "ask at Room 106 of the County Building" (a room, no street or city): referral fails',
    lines: [
      [0, 'p', 'where do i get a copy of my marriage license from 1995 in washtenaw county'],
      [30, 'l', 'Hi, this is Tara at Ann Arbor District Library. Were you married in Washtenaw County, or only living there?'],
      [60, 'p', 'married there'],
      [68, 'l', "Then the County Clerk has it: ask at Room 106 of the County Building and bring your ID. Michigan's vital records overview is at michigan.gov/mdhhs/vital-records. Does that help?"],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'Social Security by phone: "call Social Security at 1-800-772-1213": referral passes',
    lines: [
      [0, 'p', 'how do i change my address with social security'],
      [20, 'l', 'Hello, this is Nora at Akron-Summit County Public Library. Do you get benefits now?'],
      [40, 'p', 'yes retirement'],
      [48, 'l', 'You can change it in your my Social Security account at ssa.gov/myaccount, or call Social Security at 1-800-772-1213 (TTY 1-800-325-0778). Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'an e-mail-only referral for a city public records request: "send your request to the Records Access Officer at records@example.gov": passes',
    lines: [
      [0, 'p', 'how do i get the inspection records for a restaurant in Somerville MA'],
      [20, 'l', 'Hi, Somerville Public Library, Lee here. Do you mean health inspections?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Recent inspections are posted at somervillema.gov/inspections. For older ones, send a public records request to the Records Access Officer at records@example.gov. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },

  // ---- disclaimers and dismissals -------------------------------------------------------------------------------------
  {
    name: '"I\'m not able to fill out the I-765 for you or tell you which category to choose" then help goes on: no dismissal',
    lines: [
      [0, 'p', 'can u tell me what category to put on my work permit form and fill it for me'],
      [30, 'l', "Hi, this is Ahmed at Hennepin County Library. I'm not able to fill out the I-765 for you or tell you which category to choose, since that's legal advice, but I can point you to the official instructions. Which visa or status do you have now?"],
      [70, 'p', 'asylum pending'],
      [78, 'l', "The Form I-765 instructions list each category with its code, at uscis.gov/i-765. Does that help?"],
    ],
    exp: some({ dismissal: 'pass', clarify: 'pass' }),
  },
  {
    name: '"My shift ends in five minutes so I have to close this chat now" with no way back: dismissal fails',
    lines: [
      [0, 'p', 'what are the hours of the vital records office in phoenix and can i get a birth certificate same day'],
      [30, 'l', 'Hi, Phoenix Public Library, this is Deb. Is it your own birth certificate?'],
      [60, 'p', 'yes, born in mesa'],
      [70, 'l', "My shift ends in five minutes, so I have to close this chat now."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "my shift is ending, but please start a new chat anytime and a colleague will pick it up": no dismissal',
    lines: [
      [0, 'p', 'what are the hours of the vital records office in phoenix and can i get a birth certificate same day'],
      [30, 'l', 'Hi, Phoenix Public Library, this is Deb. Is it your own birth certificate?'],
      [60, 'p', 'yes, born in mesa'],
      [70, 'l', "My shift is ending in a few minutes, I'm sorry. Please start a new chat anytime and a colleague will pick it up from there. Thanks for your patience!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- completeness, anything else, greetings, clarify ----------------------------------------------------------------
  {
    name: 'near miss: "Would you like me to also find the homestead exemption form?" asks about something not yet given: completeness fails',
    lines: [
      [0, 'p', 'when are property taxes due in Hillsborough county'],
      [20, 'l', 'Hi! Tampa-Hillsborough County Public Library, Ray here. Real estate taxes, or tangible personal property?'],
      [40, 'p', 'real estate'],
      [46, 'l', 'They are due by March 31, with discounts for paying in November through February; details at hillstax.org. Would you like me to also find the homestead exemption form?'],
      [80, 'p', 'no im good, thanks, thats all'],
      [85, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  {
    name: '"Is there any other government info you\'re looking for today?" asks whether the patron needs anything else: passes',
    lines: [
      [0, 'p', 'who is the mayor of Toledo right now'],
      [20, 'l', 'Hi, Toledo Lucas County Public Library, Ann here. The City of Toledo, not Toledo, Spain? :)'],
      [40, 'p', 'lol yes ohio'],
      [46, 'l', 'The mayor is Wade Kapszukiewicz, per the city site toledo.oh.gov/government/mayor. Does that answer your question?'],
      [70, 'p', 'yep'],
      [75, 'l', "Is there any other government info you're looking for today?"],
      [90, 'p', 'nope'],
      [95, 'l', 'Thanks, take care!'],
    ],
    exp: some({ anything: 'pass', complete: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Good morning from the Government Information desk at Ohio State University Libraries": greets and names the service',
    lines: [
      [0, 'p', 'I need the 1993 GAO report on the Waco siege'],
      [20, 'l', 'Good morning from the Government Information desk at Ohio State University Libraries! Do you have the report number?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Good morning! How can I help with your government documents question?" names no one: greeting fails',
    lines: [
      [0, 'p', 'I need the 1993 GAO report on the Waco siege'],
      [20, 'l', 'Good morning! How can I help with your government documents question?'],
      [40, 'p', 'I need the report itself, the pdf'],
      [48, 'l', 'Do you have the report number?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'a restatement "So you need the 1990 tract maps for Cuyahoga County, not the data tables" before the source: clarify passes',
    lines: [
      [0, 'p', 'I need census maps for Cuyahoga county 1990 for my research on redlining'],
      [20, 'l', 'Hi, Cleveland Public Library, Map Collection, this is Ivan.'],
      [25, 'l', "So you need the 1990 census tract maps for Cuyahoga County, not the data tables."],
      [45, 'p', 'right, the maps'],
      [52, 'l', 'The 1990 tract outline maps are scanned at census.gov/geographies/reference-maps/1990.html. Is that what you needed?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: "the county has a GIS viewer" names no page or domain: no source
    name: 'near miss: "the county has a GIS viewer where you can see the zoning" with no name or link: source fails',
    lines: [
      [0, 'p', 'how do i find out how my lot is zoned in Pima County'],
      [20, 'l', 'Hi, Pima County Public Library, Rosa here. Is it inside Tucson city limits?'],
      [40, 'p', 'no unincorporated'],
      [46, 'l', 'The county has a GIS viewer where you can click your lot and see the zoning. Does that help?'],
      [70, 'p', 'ok thank you, thats all'],
      [75, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: 'Spanish check-in "¿Todavía está conmigo?" and notice "Parece que se desconectó; voy a cerrar el chat. ¡Vuelva cuando quiera!" (idle 200 s)',
    lines: [
      [0, 'p', 'Hola, ¿dónde puedo renovar mi licencia de conducir en Chicago?'],
      [25, 'l', '¡Hola! Soy Ana, de la Biblioteca Pública de Chicago. ¿Su licencia vence pronto o ya venció?'],
      [60, 'p', 'vence el próximo mes'],
      [66, 'l', 'Puede renovarla en línea en ilsos.gov/drivers si cumple los requisitos, o hacer cita en una oficina del Secretario de Estado en el mismo sitio. ¿Le sirve?'],
      [196, 'l', '¿Todavía está conmigo?'],
      [266, 'l', 'Parece que se desconectó; voy a cerrar el chat. ¡Vuelva cuando quiera!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },

  // ---- near misses that guard the N5 families (added after the first run) -----------------------------------------------
  {
    name: 'near miss: "The commissioner\'s report says the road is on the 2027 list" names the commissioner as the origin of a fact: no referral',
    lines: [
      [0, 'p', 'when will they repave Old Buncombe Rd'],
      [20, 'l', 'Hi, Greenville County Library System, Renee here. The stretch near Travelers Rest?'],
      [40, 'p', 'yes'],
      [46, 'l', "The commissioner's report says the road is on the 2027 resurfacing list (greenvillecounty.org/roads). Does that answer it?"],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Ms. Alvarez at the Clerk\'s office is the person to thank for scanning these" names no one to contact: no referral',
    lines: [
      [0, 'p', 'are the old county commission minutes online'],
      [20, 'l', 'Hi, Pueblo City-County Library, Jo here. Which years?'],
      [40, 'p', '1960s'],
      [46, 'l', "Yes, 1950-1979 are scanned at pueblocounty.us/minutes. Ms. Alvarez at the Clerk's office is the person to thank for scanning these. Does that help?"],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Does Medicaid cover dental?" after the answer asks about something else: completeness fails',
    lines: [
      [0, 'p', 'how do i renew medicaid in indiana'],
      [20, 'l', 'Hi, Indianapolis Public Library, Sam here. Did you get a renewal packet in the mail?'],
      [40, 'p', 'yes'],
      [46, 'l', 'You can renew online at fssabenefits.in.gov with the case number on the packet. By the way, does Medicaid cover dental for you now?'],
      [80, 'p', 'yes it does. thanks thats all'],
      [85, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Does Tuesday work for you?" proposes an appointment, asks nothing about what was given: completeness fails',
    lines: [
      [0, 'p', 'can someone help me with the citizenship application in person'],
      [20, 'l', 'Hi, Saint Paul Public Library, Kia here. Are you at the N-400 stage?'],
      [40, 'p', 'yes'],
      [46, 'l', 'The N-400 is at uscis.gov/n-400. Our volunteer helps with it on Tuesdays at 2 pm at the Rondo branch. Does Tuesday work for you?'],
      [80, 'p', 'yes thanks thats all'],
      [85, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "you can send it to your phone from the department" (no office closes the object): no referral',
    lines: [
      [0, 'p', 'how do i get a digital copy of my registration in the car'],
      [20, 'l', 'Hi, Ask a Librarian at Wake County Public Libraries, Lee here. Is it a North Carolina registration?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Download your registration card at mydmv.ncdot.gov, then you can send it to your phone from the website to keep it handy. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (Spanish): "pregunte en el chat cuando quiera" names no party: no referral',
    lines: [
      [0, 'p', '¿Dónde veo los resultados de las elecciones del condado?'],
      [20, 'l', '¡Hola! Soy Marta, de la Biblioteca del Condado de Miami-Dade. ¿De la elección de noviembre?'],
      [40, 'p', 'sí'],
      [46, 'l', 'Los resultados oficiales están en miamidade.gov/elections. Si tiene más dudas, pregunte en el chat cuando quiera. ¿Le sirve?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'a URL after the referring verb still counts: "check with the Community Development Department (tempe.gov/cd)": referral passes',
    lines: [
      [0, 'p', 'do i need a permit for a shed in tempe'],
      [25, 'l', 'Hi! Kim here from Tempe Public Library. How big is the shed?'],
      [60, 'p', '10 by 12'],
      [68, 'l', "Tempe's Zoning and Development Code (tempe.gov/zdc) covers sheds in section 4-704, but to be sure, check with the Community Development Department (tempe.gov/cd) before you build. Did that answer your question?"],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"you can also reach the United Way helpline at 2-1-1": a referral with its phone (the N-1-1 line after "at")',
    lines: [
      [0, 'p', 'i got a shutoff notice from the electric company, is there help'],
      [20, 'l', 'Hi, this is Pat at Louisville Free Public Library. Is it LG&E?'],
      [40, 'p', 'yes'],
      [46, 'l', 'For help with the bill, you can also reach the United Way helpline at 2-1-1 and ask about LIHEAP crisis funds. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('thirteenth round (N5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N5): civic and government questions, every check', whole);
describeSessions('thirteenth round (N5): civic and government questions, short cases', short);

describeLeft('thirteenth-round-civic', LEFT);
