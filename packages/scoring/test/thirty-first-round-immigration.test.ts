/**
 * Thirty-first round, area (M1): IMMIGRANTS AND NEW CITIZENS. Citizenship test and interview prep (the civics questions,
 * the library's citizenship corner, practice tests, conversation groups), green card and visa forms, fee waivers, ESL
 * classes, a driver's licence or library card without a Social Security number, translating documents, finding a lawyer or
 * a nonprofit (legal aid, CASA, a refugee agency, the consulate), DACA, TPS, naturalisation ceremonies. Providers do not
 * give legal advice and point to USCIS (uscis.gov, the Contact Center 800-375-5283), legal aid, accredited nonprofits, the
 * consulate, with and without a way to reach them; patrons write in Spanish, in non-native English, through a relative,
 * anxious about status; providers answer bilingually, with macros, or switch to Spanish (referral.contact, info.source,
 * inquiry.clarify, approachability.greeting, closing.no_dismissal, closing.*, followup.*).
 *
 * PARAPHRASE SWEEP. Ways real providers and patrons say it, across registers:
 *  greetings with who is answering: "¡Hola! Soy Lucía, bibliotecaria de AskUsNow!", "Buenas tardes, le atiende Carmen de
 *   la Biblioteca …", "Buenas noches 👋" then "Me llamo Rafael, trabajo en la Biblioteca …", "Hi, Jo at Ask Us here";
 *   without one: "¡Hola! ¿En qué le puedo ayudar?" (greeting fails);
 *  the disclaimer (not a referral, not a dismissal, not a source): "I can't give legal advice", "No podemos dar asesoría
 *   legal", "we r not lawyers so cant say if u qualify", "Kindly note we cannot comment on your eligibility";
 *  a referral WITHOUT a way to reach the party (referral fails): "talk to an immigration lawyer", "consulte con un abogado
 *   de inmigración", "ask your consulate", "tiene que ir al consulado", "you should contact USCIS", "a nonprofit can help
 *   you with that", "reach out to CASA";
 *  a referral WITH one (passes): "call the USCIS Contact Center at 800-375-5283", "contact CASA at 301-431-4185",
 *   "llame a CASA al 301-431-4185", "book it at mva.maryland.gov/appointments", "call the Wheaton branch at 240-…",
 *   "the Consulate General … (consulado.example.gt, 202-…)";
 *  a source, not a referral: "uscis.gov/citizenship", "the case status page at egov.uscis.gov/casestatus", "the ATA's
 *   directory at atanet.org/directory", "Mango Languages in our databases", "the Life in the UK handbook in our catalogue";
 *  a way back: "come back when a Spanish-speaking librarian is on", "vuelva cuando quiera".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a refusal to give legal advice, or a language the provider cannot write, is not the provider's convenience: no
 *   dismissal, even without a way back; ending because "other patrons are waiting" with no way back fails;
 * - "Que le vaya bien", "Suerte con su entrevista", "Good luck at your interview" are parting wishes: goodbyes;
 * - "Eso es todo, gracias", "ya no tengo más preguntas" say the patron is done; "gracias" alone does not;
 * - a directory of lawyers or translators at its URL, for the patron to search, is a source, not a referral (I5's
 *   reading of a lawyer search site);
 * - the provider's own branch told to the patron to call is a referral (RUBRIC: own library's departments count);
 * - "tiene que ir al consulado" / "ask your consulate" tell the patron to visit or ask an office outside the chat:
 *   referrals, failing without a contact;
 * - "ring us on …" / "call us at …" point back to the provider's own library: no referral (the ninth round's reading);
 * - "You are most welcome. Congratulations on graduating!" / "¡Con gusto! Felicidades por su bebé." neither thank, say
 *   goodbye nor invite back: courteous fails;
 * - refusing to advise is no dismissal, but ending the chat right after the patron's question with no way back ("I can't
 *   help further with legal questions, so I'm going to end the chat now.") ends the help, whatever the reason: it fails;
 * - "You have to apply in person, so book an appointment at <page>" books a visit to the office the sentence speaks of:
 *   a referral, reached at the page.
 * Written: 47 whole sessions (27 first, 8 in a second batch, 6 in a third, 6 for the fixes), 50 short cases, 8 near misses
 * in `guards`; 1 short case in LEFT (Spanish "acuda a CASA": no referral read). First runs: 6 statuses disagreed: referral.contact 3, closing.courteous 2, closing.no_dismissal
 * 1 (first batch: 3 of 56 cases; second: 2 of 20; fix sessions: 1 of 8; third: 0 of 12). Three were my labels ("ring us
 * on 02 …" is no referral; "Congratulations on graduating!" is no goodbye; ending the chat after a refusal is a
 * dismissal). Fixed in block M1:
 *  - farewell "suerte": a bare Spanish "¡Suerte!", "Suerte con su solicitud.", "Le deseo suerte en su examen." opening and
 *    ending the sentence is a parting wish, as "good luck" (v1 read only "mucha / buena suerte") [near misses: "Por suerte,
 *    también hay clases los sábados …" (luckily), "¡Qué suerte que ya tiene la cita!"];
 *  - `inPersonBookM1` (classify.ts `inPersonM1`, read by checks/referral.ts `booksAtPage` and the clause's lead-in): a
 *    booking verb at a scheduling page right after "in person" / "en persona" (and at most two connectors, "so", "así
 *    que") books a visit to the office spoken of: a referral reached at the page ("You have to apply in person, so book an
 *    appointment at mva.maryland.gov/appointments", "…has to be done in person, so make an appointment at my.uscis.gov/…",
 *    "issued by the Mexican consulate in person only: book an appointment at citas.sre.gob.mx", "La matrícula consular se
 *    tramita en persona, así que pida una cita en citas.sre.gob.mx") [near misses: "The interview is in person, so bring
 *    your green card …; the checklist is at uscis.gov/…", "You can't apply in person anymore; apply online at …"];
 *  - referralVerb: the Spanish imperative "pida / haga / saque / programe / agende / solicite / reserve una cita en / con"
 *    as v1's infinitive "pedir una cita en" ("haga una cita con el consulado en citas.sre.gob.mx") [near misses: "Haga una
 *    cita en su calendario para renovar a tiempo.", "Saque una cita en su agenda para 150 días antes"]; and "busque / busquen
 *    ayuda / asesoría / orientación (legal, gratuita) en …", as "get help from" ("busque ayuda legal en una organización sin
 *    fines de lucro": found by a probe, with 2 more cases) [near misses: "busque ayuda en la sección de preguntas frecuentes
 *    de uscis.gov/es", "busque ayuda con el formulario en nuestra guía …"].
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A civics-test question up to the patron's answer to the clarifying question. */
const CIVICS: Line[] = [
  [0, 'p', 'hi i have my citizenship interview in 2 months how do i study for the test'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Congratulations! Do you know if your test is the 2008 version or the new one?"],
  [50, 'p', 'i think the old one, i filed last year'],
];
/** A Spanish green card question up to the patron's answer. */
const TARJETA: Line[] = [
  [0, 'p', 'hola, mi tarjeta verde se vence el mes que viene, que hago?'],
  [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow!. ¿Es la tarjeta de 10 años o la condicional de 2 años?'],
  [50, 'p', 'la de 10 años'],
];
/** A DACA question up to the patron's answer. */
const DACA: Line[] = [
  [0, 'p', 'my daca expires in 4 months, when should i renew'],
  [20, 'l', 'Hi, this is Jo at AskUsNow!. Is this a renewal of DACA you already have, not a first request?'],
  [50, 'p', 'yes renewal'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `base`, the provider's `text` at 70 s, the patron's `reply` at 100 s, and the provider's `last` at 106 s. */
const reply = (base: Line[], text: string, patron: string, last = 'Take care, bye!'): Line[] => [...base, [70, 'l', text], [100, 'p', patron], [106, 'l', last]];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, civics test prep: the USCIS study page, the Citizenship Corner, Mango; "thats all i needed"',
    lines: [
      [0, 'p', 'Hello, I have my citizenship interview in June. How can I study for the civics test?'],
      [25, 'l', "Hi there, welcome to AskUsNow! I'm Dana, a librarian at Howard County Library System. Congratulations on getting your interview! Did you file your N-400 before or after October 2025? The version of the test depends on it."],
      [80, 'p', 'Before, in March 2025.'],
      [95, 'l', "Then you'll take the 2008 version: 100 questions, the officer asks up to 10 and you need 6 right. USCIS has the questions, flash cards and practice tests free at uscis.gov/citizenship/find-study-materials-and-resources. We also have a Citizenship Corner at the Central Branch with the study books, and Mango Languages in our databases at hclibrary.org/databases helps with the English part. Does that help?"],
      [150, 'p', 'Yes very much. That is all I needed, thank you!'],
      [160, 'l', 'Wonderful, good luck at your interview! Thanks for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish patron, provider answers in Spanish: the civics test in English, uscis.gov/es/ciudadania; "es todo, gracias"',
    lines: [
      [0, 'p', 'Hola buenas tardes, quiero estudiar para el examen de ciudadania pero no hablo mucho ingles. Hay algo en español?'],
      [30, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de AskUsNow!. ¿Tiene usted más de 50 años y más de 20 años con residencia? Eso cambia si puede tomar el examen en español.'],
      [90, 'p', 'Tengo 52 años pero solo 12 años de residente'],
      [105, 'l', 'Entonces el examen de educación cívica será en inglés. USCIS tiene las 100 preguntas con la traducción al español y videos para practicar en uscis.gov/es/ciudadania/encuentre-materiales-de-estudio-y-recursos. ¿Le sirve esta información?'],
      [170, 'p', 'Si me sirve. Es todo, muchas gracias'],
      [180, 'l', '¡Con mucho gusto! Que le vaya muy bien en su entrevista. Gracias por usar AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native writer, green card renewal and travel: the I-90 page, "call the USCIS Contact Center at 800-375-5283"; anything else asked',
    lines: [
      [0, 'p', 'Hello. My green card is expire in next month. I want to renew and also I must travel to India in summer, is problem?'],
      [25, 'l', 'Hello, and thank you for contacting Ask a Librarian. My name is Ruth and I am a librarian at Montgomery County Public Libraries. I cannot give legal advice, but I can show you where to find the official information. Is it a 10-year card?'],
      [70, 'p', 'Yes 10 year card'],
      [85, 'l', 'You renew it with Form I-90; the form, the fee and the instructions are at uscis.gov/i-90, and you can file it online. For questions about traveling while the renewal is pending, please call the USCIS Contact Center at 800-375-5283. Does this answer your question?'],
      [150, 'p', 'Yes, thank you so much'],
      [155, 'l', 'Is there anything else I can help you with today?'],
      [180, 'p', 'No thank you'],
      [185, 'l', 'You are welcome. Have a safe trip, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "u should talk to a lawyer or a nonprofit" tells the patron to ask parties outside the chat, with no contact
    name: 'student worker, chat-speak: the fee waiver I-912 at uscis.gov, "u should talk to a lawyer or a nonprofit to be sure": referral fails',
    lines: [
      [0, 'p', 'can i get the citizenship fee waived i get snap'],
      [15, 'l', 'hey! im Kai, student asst at the Campus Library chat :) is it the N-400 fee ur asking about?'],
      [40, 'p', 'ya the n400'],
      [55, 'l', 'ok so we r not lawyers so i cant say if u qualify, but the fee waiver form is the I-912 and the rules (like getting benefits like SNAP) are at uscis.gov/i-912. u should talk to a lawyer or a nonprofit to be sure tho. does that help?'],
      [90, 'p', 'ok'],
      [95, 'l', 'cool, good luck! bye'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'a driver\'s licence without an SSN in Maryland: the MVA page, "book an appointment at mva.maryland.gov/appointments": referral passes',
    lines: [
      [0, 'p', 'can i get a drivers license in maryland without social security number'],
      [20, 'l', "Hello, this is Kim, a librarian at AskUsNow! Have you filed Maryland tax returns for the last two years? That's one of the requirements."],
      [60, 'p', 'yes i file with ITIN'],
      [75, 'l', "Then you may be able to get a federally non-compliant license. The MVA's page at mva.maryland.gov/drivers/Pages/noncompliant-license.aspx lists the documents: your foreign passport or consular ID, proof of Maryland address, and the tax returns. You have to apply in person, so book an appointment at mva.maryland.gov/appointments. Is that what you were looking for?"],
      [130, 'p', "Yes that's everything, thank you!"],
      [136, 'l', "You're welcome, good luck! Thanks for using AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'anxious patron, a library card without papers: no SSN needed, the card page; "no tengo papeles"',
    lines: [
      [0, 'p', 'do i need social security to get library card? i dont have papers and i am scared to give my information'],
      [20, 'l', "Hi, I'm Sam, a librarian with Sample County Library's chat. You don't need a Social Security number, and we don't ask about immigration status. Do you live in Sample County?"],
      [55, 'p', 'yes in Riverdale'],
      [70, 'l', 'Then you can get a free card with any photo ID (a foreign passport or a consular ID is fine) and something with your address, like a bill or a lease. The list is at samplelibrary.org/card, and you can start online there. Does that help?'],
      [110, 'p', 'yes thank you, that is all'],
      [116, 'l', 'You are very welcome. See you at the library!'],
    ],
    exp: usual(),
  },
  {
    name: 'bilingual provider, DACA renewal, anxious: uscis.gov/DACA, "llame a CASA al 301-431-4185" for free help: referral passes',
    lines: [
      [0, 'p', 'hi my daca expires in august and im scared because of the news. can i still renew?? sorry my english'],
      [25, 'l', "Hi, I'm Carla, a librarian with AskUsNow! Your English is fine, and I can also write in Spanish if you like. I can't give legal advice, but I can find the official information. Is this a renewal of DACA you have now?"],
      [70, 'p', 'yes renewal. spanish is better thank you'],
      [85, 'l', 'Claro. USCIS sigue aceptando renovaciones de DACA; la información y el formulario I-821D están en uscis.gov/DACA. Se recomienda enviar la renovación entre 120 y 150 días antes de que se venza. Para ayuda legal gratis con su caso, llame a CASA al 301-431-4185. ¿Le ayuda esta información?'],
      [150, 'p', 'si, muchas gracias, es todo lo que necesitaba'],
      [160, 'l', '¡De nada! Mucha suerte. Gracias por comunicarse con AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // cut short after the clarifying question: no source (fails), completeness fails; check-in, notice with a way back
    name: 'ESL classes question cut short: the patron gone after "which county?"; check-in, then the notice with a way back',
    lines: [
      [0, 'p', 'where i can take free english class for adults'],
      [20, 'l', 'Hello! This is Jo, a librarian at Ask Us. Which county do you live in, and do you need classes in the evening?'],
      [170, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've been disconnected, so I'll end this chat now. Please come back anytime!"],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the ATA's directory at its URL is a web tool to search: a source, no referral
    name: 'formal academic, a certified translation of a birth certificate for USCIS: the rule in the Policy Manual, the ATA directory',
    lines: [
      [0, 'p', 'Good afternoon. I need my birth certificate translated from Portuguese for my I-485. Can the library do that, or who can?'],
      [30, 'l', 'Good afternoon, and thank you for contacting the University Libraries\' Ask a Librarian service. My name is Dr. Okafor. The library cannot translate or certify documents. Is the translation only for USCIS, or also for a court?'],
      [80, 'p', 'Only for USCIS.'],
      [95, 'l', 'USCIS requires a full English translation with the translator\'s certification that they are competent and that it is accurate (8 CFR 103.2(b)(3)); the requirement is explained at uscis.gov/policy-manual/volume-1-part-b-chapter-2. The American Translators Association has a searchable directory of translators at atanet.org/directory. Does this completely answer your question?'],
      [150, 'p', 'Yes, thank you, that is everything.'],
      [160, 'l', 'You are welcome. Good luck with your application.'],
    ],
    exp: usual(),
  },
  {
    // reading: "tiene que ir al consulado" with no way to reach it: a referral that fails, and no source at all
    name: 'Spanish, renewing a Guatemalan passport: "tiene que pedir cita en el Consulado de Guatemala" with no contact: source and referral fail',
    lines: [
      [0, 'p', 'buenas, como renuevo mi pasaporte de guatemala estando aqui en maryland'],
      [20, 'l', 'Buenas tardes, soy Marisol de AskUsNow!. ¿Su pasaporte ya está vencido?'],
      [45, 'p', 'si se vencio en enero'],
      [60, 'l', 'El pasaporte guatemalteco no se renueva en Estados Unidos por internet; tiene que pedir cita en el Consulado General de Guatemala en Silver Spring y llevar su DPI. ¿Le sirve?'],
      [100, 'p', 'ok gracias'],
      [106, 'l', 'Que le vaya bien.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'naturalisation ceremony: what to bring, the N-445 notice, the USCIS ceremony page; "Anything else?" and a congratulation',
    lines: [
      [0, 'p', 'I passed my interview!! What do I bring to the oath ceremony?'],
      [15, 'l', "Congratulations! Hi, I'm Pat, a librarian with Ask Us. Have you received the ceremony notice (Form N-445) yet?"],
      [40, 'p', 'Yes it came yesterday'],
      [55, 'l', "Then bring that notice with the back filled in, and your green card, which you hand in at the ceremony. USCIS explains the day step by step at uscis.gov/citizenship/learn-about-citizenship/the-naturalization-interview-and-test/naturalization-ceremonies. Does that help?"],
      [90, 'p', 'Yes thanks'],
      [95, 'l', 'Anything else I can help with?'],
      [110, 'p', 'no, that is all'],
      [115, 'l', 'Congratulations again, and enjoy the day! Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's own branch, told to the patron to call, is a referral (RUBRIC: the provider's own library's departments)
    name: 'a daughter writing for her mother: the Citizenship Corner and conversation group, "call the Wheaton branch at 240-777-0678"',
    lines: [
      [0, 'p', 'hi im writing for my mom, she has her naturalization interview soon and needs to practice speaking english. does the library have anything?'],
      [25, 'l', "Hello! This is Ana, a librarian at Montgomery County Public Libraries. How nice of you to help her. Which branch is closest to you, and can she come in the evenings?"],
      [70, 'p', 'wheaton, evenings yes'],
      [85, 'l', 'The Wheaton branch has a Citizenship Corner with the study books and a free English conversation group on Tuesdays at 6 pm; no sign-up needed. To ask if they have an interview practice session coming up, call the Wheaton branch at 240-777-0678. The schedule is also on montgomerycountymd.gov/library/events. Is this what you were looking for?'],
      [140, 'p', 'perfect, thank you so much! thats all'],
      [148, 'l', 'You are welcome, and best of luck to your mom!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, TPS macro: no question, "USCIS Contact Center 800-375-5283, uscis.gov/tps"; no completeness, "thanks"',
    lines: [
      [0, 'p', 'how do i re-register for TPS el salvador'],
      [20, 'l', 'Hi, Ask Us, Bob at Harford County Public Library.'],
      [30, 'l', "We can't give legal advice. Re-registration dates and the forms are at uscis.gov/tps. For case questions call the USCIS Contact Center at 800-375-5283."],
      [70, 'p', 'thanks'],
      [75, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "I have other patrons waiting, so I need to end this chat" with no way back ends the help for the provider
    name: 'sloppy: a patron asking which box to check on the N-400, "I have other patrons waiting so I need to end this chat": dismissal fails',
    lines: [
      [0, 'p', 'on the n400 part 9 question 10 do i say yes if i got a ticket for no license'],
      [20, 'l', 'Hi, Pat at Ask Us. Was it a ticket only, or were you arrested?'],
      [45, 'p', 'only ticket'],
      [60, 'l', "The N-400 instructions at uscis.gov/n-400 explain what to list. Does that help?"],
      [100, 'p', 'but what do i answer yes or no? and do i need a court paper'],
      [115, 'l', "I can't tell you how to answer. I have other patrons waiting so I need to end this chat now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: the same reason with an invitation back is allowed (the seed), and "consult an immigration attorney" has no contact
    name: 'the same kind of push, "other patrons are waiting… please come back anytime", "consult an immigration attorney": dismissal passes, referral fails',
    lines: [
      [0, 'p', 'i overstayed my visa 2 years ago, if i marry my girlfriend she is citizen can i get green card'],
      [20, 'l', "Hello, I'm Jo, a librarian with AskUsNow! I can't give legal advice, but I can find the general information. Did you enter the U.S. with a visa and inspection?"],
      [60, 'p', 'yes tourist visa'],
      [75, 'l', "USCIS explains green cards for spouses of U.S. citizens at uscis.gov/green-card/green-card-eligibility/green-card-for-immediate-relatives-of-us-citizen. Because of the overstay, please consult an immigration attorney before you file anything. Does that help?"],
      [120, 'p', 'yes but will they deport me if i go to the interview? what do you think'],
      [135, 'l', "I'm sorry, that is exactly the kind of question I can't answer. There are other patrons waiting, so I'll need to close this chat, but please come back anytime if you have more questions. Take care."],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: a provider who names the limit of their Spanish and goes on with a translator is not dismissing
    name: 'provider with little Spanish uses a translator: ESL classes at the community college, the schedule URL; "ya no tengo más preguntas"',
    lines: [
      [0, 'p', 'necesito clases de ingles para adultos en baltimore, gratis si es posible'],
      [25, 'l', 'Hello! I am Terry, a librarian at Enoch Pratt Free Library. Mi español es limitado, así que uso un traductor; perdón por los errores. ¿Quiere clases de día o de noche?'],
      [80, 'p', 'de noche, trabajo en el dia'],
      [95, 'l', 'Baltimore City Community College tiene clases de inglés (ESOL) gratis de noche. El horario y la inscripción están en bccc.edu/esol. También tenemos Mango Languages gratis con su tarjeta en prattlibrary.org/databases. ¿Le ayuda esto?'],
      [150, 'p', 'si gracias, ya no tengo mas preguntas'],
      [158, 'l', '¡De nada! Gracias por escribir a la biblioteca. Adiós.'],
    ],
    exp: usual(),
  },
  {
    // a silence of 190 s after the patron's answer with no hold: keep_informed fails
    name: 'sloppy: a silent 3-minute search on an asylum work permit; the I-765 page; the patron says thanks only',
    lines: [
      [0, 'p', 'I applied asylum 5 month ago. When I can ask permission to work?'],
      [20, 'l', 'Hi, this is Jo at Ask Us, Sample County Library. Is your asylum application with USCIS or with the immigration court?'],
      [45, 'p', 'with USCIS'],
      [235, 'l', 'USCIS says you can file Form I-765 for a work permit 150 days after your asylum application is filed, and it can be granted after 180 days: uscis.gov/i-765. Does that help?'],
      [270, 'p', 'yes thank you'],
      [275, 'l', 'Take care, bye!'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail' }),
  },
  {
    // a follow-up: the e-mail given, "by tomorrow"; done 20 hours later
    name: 'follow-up: ESL classes for a refugee family, the e-mail repeated back, "I\'ll e-mail you the list by tomorrow": contact and on time pass',
    lines: [
      [0, 'p', 'Hi, I volunteer with a refugee family from Afghanistan. Are there English classes near Columbia that have child care?'],
      [25, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. What a kind thing to do. Do the parents speak Dari or Pashto, and are they beginners?"],
      [70, 'p', 'Dari, complete beginners.'],
      [85, 'l', "Let me check which programs have child care this semester."],
      [190, 'l', "Our own classes are listed at hclibrary.org/esol, but the child care details change each term, so I'd like to confirm with the program coordinators and e-mail you a list. What e-mail should I use?"],
      [230, 'p', 'sure, it is maria.volunteer@example.org'],
      [240, 'l', "Thanks, that's maria.volunteer@example.org. I'll e-mail you the list by tomorrow afternoon. Is there anything else I can help with?"],
      [270, 'p', 'No, that is all. Thank you!'],
      [276, 'l', 'You are welcome. Goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Maria', email: 'maria.volunteer@example.org', phone: null }, followUps: [{ doneAt: at(276 + 20 * 3600), by: 'jo', note: 'sent ESL list with child care' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // a follow-up promised with no time: contact fails; not recorded yet, before the deadline
    name: 'follow-up with no time: "I\'ll e-mail you what I find" about a naturalisation record, the e-mail given: contact fails, on time pending',
    lines: [
      [0, 'p', 'hello i need to find my grandfathers naturalization papers from 1920s, he came from italy'],
      [20, 'l', 'Hi, this is Jo, a librarian at Ask Us. Do you know which state he lived in when he naturalized?'],
      [55, 'p', 'new york i think'],
      [70, 'l', "That needs some digging in the indexes. I'll e-mail you what I find. What's your e-mail?"],
      [100, 'p', 'tony.r@example.com'],
      [106, 'l', 'Got it, tony.r@example.com. Thanks for your patience, goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tony.r@example.com', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer to a Spanish-speaking librarian: the notice, a note saying why, the transfer; Rosa answers in Spanish with the USCIS line',
    lines: [
      [0, 'p', 'hola necesito ayuda con la solicitud de ciudadania, no entiendo bien ingles'],
      [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. I don't write Spanish well, so I'm transferring you to a Spanish-speaking librarian now. Un momento, por favor."],
      [24, 'i', 'Rosa: Spanish-speaking pt, N-400 help, needs Spanish. Can you take it?'],
      [28, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [60, 'l', '¡Hola! Soy Rosa, bibliotecaria. ¿Qué parte de la solicitud N-400 le confunde?', ROSA],
      [100, 'p', 'la parte de los viajes fuera del pais, no me acuerdo las fechas exactas'],
      [115, 'l', 'No puedo darle asesoría legal, pero las instrucciones del N-400 en español están en uscis.gov/es/n-400. Para preguntas sobre su caso, llame al Centro de Contacto de USCIS al 800-375-5283. ¿Le ayuda?', ROSA],
      [160, 'p', 'si gracias, es todo'],
      [166, 'l', '¡De nada! Suerte con su solicitud.', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    // reading: "consult a DOJ-accredited representative; the roster by state is at justice.gov/eoir/…" gives the way to reach one
    name: 'Indian English, an H-4 EAD: "Kindly note we cannot comment on your eligibility"; uscis.gov, the accredited representatives roster',
    lines: [
      [0, 'p', 'Respected madam, my husband is on H-1B and I am on H-4. Kindly advise whether I am eligible to work.'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Fairfax County Public Library. I am Priya. Kindly note we cannot comment on your eligibility, but I can share the official information. May I know if your husband has an approved I-140?'],
      [80, 'p', 'Yes madam, I-140 approved last year.'],
      [95, 'l', 'Thank you. USCIS explains H-4 work authorization for spouses of H-1B workers with an approved I-140 at uscis.gov/working-in-the-united-states/temporary-workers/employment-authorization-for-certain-h-4-dependent-spouses. For advice on your own case, you may consult a DOJ-accredited representative; the roster by state is at justice.gov/eoir/recognized-organizations-and-accredited-representatives-roster-state-and-city. Is this the information you required?'],
      [150, 'p', 'Yes madam, very helpful. Thank you.'],
      [160, 'l', 'You are welcome. Is there anything else I may help you with?'],
      [185, 'p', 'No madam, that is all.'],
      [190, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian, the citizenship test: the Home Affairs practice test, the library\'s study group "ring us on 02 9265 9333": no referral',
    lines: [
      [0, 'p', 'hi, got my citizenship test booked for next month, any tips for studying?'],
      [20, 'l', "G'day, you've got the Ask a Librarian chat at the City of Sydney Library, Bec here. Congrats! Is English your second language, or are you mostly after the content?"],
      [55, 'p', 'mostly the content, english is ok'],
      [70, 'l', "The test is all from the Our Common Bond booklet; Home Affairs has it and a practice test at immi.homeaffairs.gov.au/citizenship/test-and-interview/prepare-for-test. We also run a free citizenship study group on Thursdays; ring us on 02 9265 9333 to book a spot. That what you were after?"],
      [120, 'p', 'perfect, thats all i needed ta'],
      [126, 'l', 'No worries, good luck with the test! Cheers.'],
    ],
    // label fixed after the first run: "ring us on …" points back to the provider's own library, no party outside the chat
    // (the ninth round's reading of "call us at 410-…")
    exp: usual(),
  },
  {
    name: 'British, the Life in the UK test: the official handbook in the catalogue, the gov.uk booking page; "Cheers, that\'s everything"',
    lines: [
      [0, 'p', 'Hiya, does the library have the Life in the UK handbook? Need it for my ILR.'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Manchester Libraries, I'm Siobhan. Do you want the print book or would the e-book do?"],
      [55, 'p', 'E-book is fine'],
      [70, 'l', "Life in the United Kingdom: A Guide for New Residents (3rd edition) is in our catalogue as an e-book on BorrowBox: search the title at manchester.gov.uk/libraries. You book the test itself at gov.uk/life-in-the-uk-test. Is that what you were after?"],
      [120, 'p', "Brilliant, cheers, that's everything."],
      [126, 'l', 'Lovely, good luck with the test! Thanks for getting in touch.'],
    ],
    exp: usual(),
  },
  {
    // only the question and a hold, then the patron is gone: no substantive exchange; Lost Call with one patron message passes
    name: 'a hang-up: the question, "let me look that up", the check-in and the notice; information checks na',
    lines: [
      [0, 'p', 'how long does it take to get citizenship after green card'],
      [20, 'l', 'Hi, this is Jo, a librarian at Ask Us. Let me look that up for you, one moment.'],
      [130, 'l', 'Hello? Are you still with me?'],
      [340, 'l', "It seems you've disconnected, so I'll close this chat. Please come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish greeting across two messages ("Buenas noches 👋", then "Me llamo Rafael…"): the U visa page, "llame a la línea de CASA"',
    lines: [
      [0, 'p', 'buenas noches, soy victima de un crimen y me dijeron que puedo pedir una visa. donde encuentro informacion?'],
      [20, 'l', 'Buenas noches 👋'],
      [25, 'l', 'Me llamo Rafael y trabajo en la Biblioteca de Montgomery County. Lamento mucho lo que le pasó. No puedo dar asesoría legal, pero le busco la información. ¿Usted hizo un reporte a la policía?'],
      [70, 'p', 'si, hice reporte'],
      [85, 'l', 'Se llama visa U. USCIS la explica en español en uscis.gov/es/humanitario/victimas-de-la-trata-de-personas-y-otros-crimenes. Para ayuda gratis con la solicitud, llame a la línea de CASA al 301-431-4185. ¿Le sirve?'],
      [140, 'p', 'si, gracias'],
      [146, 'l', 'Cuídese mucho. Gracias por escribirnos.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "¡Hola! ¿En qué le puedo ayudar?" then the answer: no one is named (greeting fails)
    name: 'Spanish, no identity in the first two messages: case status online, egov.uscis.gov/casestatus; "eso es todo"',
    lines: [
      [0, 'p', 'como puedo ver el estatus de mi caso de inmigracion'],
      [20, 'l', '¡Hola! ¿En qué le puedo ayudar?'],
      [35, 'p', 'quiero ver el estatus de mi caso'],
      [50, 'l', '¿Tiene el número de recibo? Empieza con tres letras, como IOE.'],
      [80, 'p', 'si lo tengo'],
      [95, 'l', 'Con ese número puede ver el estatus en egov.uscis.gov/casestatus (hay versión en español). ¿Le ayuda?'],
      [130, 'p', 'si, eso es todo, gracias'],
      [136, 'l', '¡Con gusto! Adiós.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "Sorry, I only write English." before ending is a limit of the provider's language, not their convenience; the
    // way back given anyway
    name: 'language limit with a way back: "I only write English; our Spanish service is at askusnow.info/espanol, 2 to 8 pm"',
    lines: [
      [0, 'p', 'hola, necesito ayuda para llenar el formulario de la green card'],
      [20, 'l', "Hello, I'm Lee, a librarian at AskUsNow!. I'm sorry, I only write English. Do you want to continue in English, or would you prefer a Spanish-speaking librarian?"],
      [60, 'p', 'espanol por favor'],
      [75, 'l', 'Our Spanish service is on from 2 to 8 pm at askusnow.info/espanol; please come back then. Thank you for contacting us!'],
    ],
    // reading: coming back to the same chat service later is no outside party: no referral
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- (M1 fixes) the same behaviour in other words -----------------------------------------------------------------------
  {
    // (farewell "suerte", other words) the last message only "¡Suerte!"
    name: 'Spanish, the fee for the N-400: uscis.gov/es/tarifas, "¿Le sirve?"; the last message "¡Suerte!": courteous passes',
    lines: [
      [0, 'p', 'cuanto cuesta aplicar para la ciudadania?'],
      [20, 'l', 'Hola, le atiende Carmen, bibliotecaria de AskUsNow!. ¿Va a enviar la solicitud por internet o por correo?'],
      [55, 'p', 'por internet'],
      [70, 'l', 'Por internet la tarifa del N-400 es de $710; la lista de tarifas está en uscis.gov/es/tarifas. ¿Le sirve?'],
      [110, 'p', 'si gracias, es todo'],
      [116, 'l', '¡Suerte!'],
    ],
    exp: usual(),
  },
  {
    // (farewell "suerte", other words) "Le deseo suerte en su examen." closing an interview-prep chat
    name: 'bilingual, the English reading test: the vocabulary lists, the library\'s Mango; "Le deseo suerte en su examen.": courteous passes',
    lines: [
      [0, 'p', 'hello, for the reading test of citizenship, what words i need to know?'],
      [20, 'l', 'Hello! This is Marco, a librarian at Prince George\'s County Memorial Library System. ¿Prefiere que le escriba en español?'],
      [50, 'p', 'english ok, i practice'],
      [65, 'l', 'Great practice! USCIS publishes the reading and writing vocabulary lists at uscis.gov/citizenship/find-study-materials-and-resources/study-for-the-test. Is that what you needed?'],
      [110, 'p', 'yes that is what i need, thank you'],
      [120, 'l', 'Anything else?'],
      [140, 'p', 'no'],
      [146, 'l', 'Le deseo suerte en su examen.'],
    ],
    exp: usual(),
  },
  {
    // (inPersonBookM1, other words) biometrics: "it has to be done in person, so make an appointment at …"
    name: 'non-native writer, a lost green card: the I-90 online, "the photo part has to be done in person, so make an appointment at my.uscis.gov": referral passes',
    lines: [
      [0, 'p', 'I lost my green card in the bus. What I do now? I am very worry'],
      [25, 'l', 'Hello, this is Ruth, a librarian at AskUsNow!. I am sorry, that is stressful. I cannot give legal advice, but I can find the official steps. Do you still have a copy of the card or your A-number?'],
      [70, 'p', 'yes I have photo of it'],
      [85, 'l', 'Good. You replace it with Form I-90, online at uscis.gov/i-90. After you file, USCIS sends you a biometrics notice; if you need proof of status before the new card comes, that has to be done in person, so make an appointment at my.uscis.gov/appointment. Does this help?'],
      [150, 'p', 'yes thank you'],
      [156, 'l', 'You are welcome, take care!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // (inPersonBookM1, other words) the consulate: "consular ID cards are issued in person only: book an appointment at …"
    name: 'terse, a matrícula consular for a library card: "issued in person only: book an appointment at citas.sre.gob.mx": referral passes',
    lines: [
      [0, 'p', 'can i use matricula consular for library card? i dont have one yet'],
      [15, 'l', 'Hi, Dev at Ask a Librarian, Sample County Library. Yes, we accept it as photo ID. Are you a Mexican citizen?'],
      [40, 'p', 'yes'],
      [55, 'l', 'The matrícula is issued by the Mexican consulate in person only: book an appointment at citas.sre.gob.mx. Our card rules are at samplelibrary.org/card. Did that help?'],
      [100, 'p', 'yes thx, all set'],
      [105, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- second batch, labelled before the second run -------------------------------------------------------------------------
  {
    name: 'a nephew typing for his uncle: an interpreter at the interview, the USCIS exceptions page, the IRC office "(301-562-8633)"',
    lines: [
      [0, 'p', 'hi im typing for my uncle, he wants to know can he do the citizenship interview in spanish with interpreter'],
      [25, 'l', "Good evening, you've reached Ask Us, I'm Tasha. Happy to help you both. How old is your uncle, and how many years has he had his green card?"],
      [70, 'p', 'he is 57 and has green card 16 years'],
      [85, 'l', 'Then he qualifies for the "55/15" exception: he can take the civics test in Spanish with his own interpreter and skip the English test. USCIS explains it at uscis.gov/citizenship/exceptions-and-accommodations. For help preparing, he may want to speak with an accredited representative at the International Rescue Committee in Silver Spring (301-562-8633). Does that answer your question?'],
      [140, 'p', 'yes thats everything, he says thank you very much'],
      [148, 'l', 'Please tell him good luck from us! Good night.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your resettlement caseworker can help you with the form" tells the patron to ask a person outside the chat, no contact
    name: 'a refugee travel document: the I-131 page, "your resettlement caseworker can help you with the form": referral fails',
    lines: [
      [0, 'p', 'I am refugee, I want visit my mother in Kenya. Which document I need for travel?'],
      [25, 'l', 'Hello, my name is Gwen, a librarian with AskUsNow!. I am not able to give legal advice, but I can find the official information. Do you have a green card yet, or are you still a refugee without one?'],
      [75, 'p', 'no green card yet'],
      [90, 'l', 'Refugees apply for a Refugee Travel Document with Form I-131; the form and instructions are at uscis.gov/i-131. Your resettlement caseworker can help you with the form. Is this what you were looking for?'],
      [140, 'p', 'yes, thank you'],
      [146, 'l', 'You are welcome. Safe travels!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // follow-up by the patron's library: the phone given in the chat and "within two business days"; not recorded yet
    name: 'follow-up by the patron\'s library: ESL registration, the phone repeated back, "within two business days": contact passes, on time pending',
    lines: [
      [0, 'p', 'hello i want to register my wife for english class at the library but the page says full'],
      [20, 'l', "Hi, this is Jo, a librarian at Sample County Library. Which class was it, the morning or the evening one?"],
      [55, 'p', 'evening, in Greenbelt branch'],
      [70, 'l', 'The class list is at samplelibrary.org/esl. The Greenbelt literacy staff keep a waiting list, so I will pass your request to them. What phone number can they reach you at?'],
      [110, 'p', '410-555-0142'],
      [118, 'l', 'Thank you, 410-555-0142. Someone from the Greenbelt branch will call you within two business days. Thanks for contacting us!'],
    ],
    over: { ...{ resolutionCode: "Follow-up by patron's library" }, patron: { name: null, email: null, phone: '410-555-0142' } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a notice with no thanks, goodbye or invitation back: courteous fails (announcing the end is no goodbye)
    name: 'the patron gone after the answer: "Are you still there?", then "It looks like you\'ve disconnected. I\'ll end the chat now.": courteous fails',
    lines: [
      [0, 'p', 'where can i take the citizenship practice test online'],
      [20, 'l', 'Hi, Sam here, a librarian with Ask Us. Is it for the U.S. naturalization test?'],
      [45, 'p', 'yes'],
      [60, 'l', 'USCIS has free practice tests at uscis.gov/citizenship/find-study-materials-and-resources/study-for-the-test. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected. I'll end the chat now."],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: an English-only service asking to try again in English offers a way back: no dismissal
    name: 'an English-only macro to a Spanish patron: "this service is only available in English. Please try again in English. Goodbye.": no dismissal',
    lines: [
      [0, 'p', 'hola, donde puedo sacar la licencia de manejar sin seguro social'],
      [20, 'l', "Hello, thank you for contacting Ask a Librarian at Sample County Library. I'm sorry, this service is only available in English. Please try again in English. Goodbye."],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish, a notario: the USCIS scam page, "llame a la línea de referidos del Colegio de Abogados de Houston al 713-759-1133"',
    lines: [
      [0, 'p', 'buenas, un notario me dice que me puede arreglar los papeles por 3000 dolares, es confiable?'],
      [25, 'l', '¡Bienvenido! Gracias por comunicarse con la Biblioteca Pública de Houston. Mi nombre es Sofía. No puedo darle asesoría legal, pero sí información. ¿El notario le dijo que es abogado o representante acreditado?'],
      [80, 'p', 'no, solo notario'],
      [95, 'l', 'Cuidado: en EE.UU. un notario público no es abogado y no puede dar asesoría de inmigración. USCIS explica cómo evitar estas estafas en uscis.gov/es/evite-estafas. Para un abogado de bajo costo, llame a la línea de referidos del Colegio de Abogados de Houston al 713-759-1133. ¿Le ayudó?'],
      [150, 'p', 'Sí, gracias.'],
      [155, 'l', '¿Algo más en que le pueda ayudar?'],
      [175, 'p', 'No, es todo.'],
      [180, 'l', 'Con gusto. Cuídese.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the International Student Office is told to the patron to contact, no way to reach it: referral fails
    name: 'formal academic, OPT for an F-1 student: the USCIS OPT page, "please contact your International Student Office (DSO)": referral fails',
    lines: [
      [0, 'p', 'Good morning. I am graduating in May and would like to apply for OPT. Where do I begin?'],
      [30, 'l', 'Good morning, and thank you for contacting Ask a Librarian at the University Libraries. My name is Helen. Are you on an F-1 visa, and is your degree in a STEM field?'],
      [80, 'p', 'Yes, F-1, and my degree is in economics.'],
      [95, 'l', "USCIS explains OPT and Form I-765 at uscis.gov/opt. Before you file, you need your school's recommendation in SEVIS, so please contact your International Student Office (DSO); they handle OPT recommendations. Does this answer your question?"],
      [150, 'p', 'Yes, thank you. That is all I needed.'],
      [158, 'l', 'You are most welcome. Congratulations on graduating!'],
    ],
    // label fixed after the second run: "You are most welcome. Congratulations on graduating!" neither thanks the patron, says
    // goodbye nor invites them back (courteous fails)
    exp: usual({ referral: 'fail', courteous: 'fail' }),
  },
  {
    // label fixed after the second run: refusing to advise is no dismissal, but ending the chat right after the patron's question
    // with no way back ends the help, whatever the reason given (the limit does not require ending it): dismissal fails
    name: 'a refusal that ends the chat: "I can\'t help further with legal questions, so I\'m going to end the chat now.": dismissal fails',
    lines: [
      [0, 'p', 'my husband was detained by ICE yesterday how do i find where he is'],
      [20, 'l', 'Hello, this is Lee, a librarian at AskUsNow!. I am so sorry. Do you have his A-number or his country of birth?'],
      [55, 'p', 'yes his a number'],
      [70, 'l', "ICE's Online Detainee Locator at locator.ice.gov finds him with his A-number and country of birth. Does that help?"],
      [110, 'p', 'ok found him. can they deport him without a judge? what do i do'],
      [125, 'l', "I can't help further with legal questions, so I'm going to end the chat now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // (referralVerb "haga una cita con", other words) the consulate booked at its page
    name: 'Spanish, a Mexican passport for a baby born here: the SRE page, "haga una cita con el consulado en citas.sre.gob.mx": referral passes',
    lines: [
      [0, 'p', 'Hola, mi bebé nació aquí y quiero sacarle pasaporte mexicano. Qué necesito?'],
      [20, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de AskUsNow!. ¿Ya tiene registrado al bebé como mexicano (acta de nacimiento mexicana)?'],
      [60, 'p', 'no todavia'],
      [75, 'l', 'Primero se registra el nacimiento y después se pide el pasaporte; los requisitos están en gob.mx/sre. Para los dos trámites, haga una cita con el consulado en citas.sre.gob.mx. ¿Le sirve?'],
      [120, 'p', 'si, eso es todo, mil gracias'],
      [126, 'l', '¡Con gusto! Felicidades por su bebé.'],
    ],
    // reading: "Felicidades por su bebé" with "¡Con gusto!": no thanks, goodbye or invitation back (as "Congratulations on
    // graduating!"), the message before asks "¿Le sirve?": courteous fails
    exp: usual({ referral: 'pass', courteous: 'fail' }),
  },
  {
    // (inPersonBookM1 in Spanish) "tiene que ir en persona, así que pida una cita en …"
    name: 'Spanish, a consular ID: "la matrícula se tramita en persona, así que pida una cita en citas.sre.gob.mx": referral passes',
    lines: [
      [0, 'p', 'necesito la matricula consular para abrir cuenta de banco'],
      [20, 'l', 'Buenas tardes, soy Marisol de AskUsNow!. ¿Usted es de México?'],
      [45, 'p', 'si de puebla'],
      [60, 'l', 'La matrícula consular se tramita en persona, así que pida una cita en citas.sre.gob.mx; lleve su acta de nacimiento y una identificación. ¿Le ayuda?'],
      [100, 'p', 'si gracias, es todo'],
      [106, 'l', 'Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- third batch, labelled before the third run ----------------------------------------------------------------------------
  {
    // the patron gone after "Anything else?": the check-in and a notice with a way back
    name: 'phone patron, typos, the 2025 civics test: uscis.gov, "Anything else?", then gone: check-in and notice pass',
    lines: [
      [0, 'p', 'hi how mny questions r on the new civics test'],
      [20, 'l', 'Hi! This is Jess, a librarian with AskUsNow!. When did you file your N-400? The new test is only for people who filed on or after October 20, 2025.'],
      [60, 'p', 'december 2025'],
      [75, 'l', 'Then it is the 2025 test: the officer asks up to 20 of 128 questions and you need 12 right. The list and practice tools are at uscis.gov/citizenship/2025-civics-test. Does that help?'],
      [110, 'p', 'ok ty'],
      [116, 'l', 'Anything else I can help with?'],
      [246, 'l', 'Are you still there?'],
      [306, 'l', "Looks like you've left, so I'll close the chat. Feel free to come back anytime!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: a directory of nonprofits at its URL, for the patron to search, is a source, not a referral
    name: 'anxious patron, a lawyer at the interview: Form G-28 at uscis.gov, the nonprofit directory at immigrationadvocates.org: no referral',
    lines: [
      [0, 'p', 'Can I bring a lawyer to my green card interview? I am very nervous'],
      [20, 'l', "Hi, I'm Priya, a librarian with Ask Us at Howard County Library System. That's understandable. Is it the marriage-based interview (I-485)?"],
      [60, 'p', 'Yes'],
      [75, 'l', 'Yes, you may bring an attorney or an accredited representative; they file Form G-28 first (uscis.gov/g-28). The Immigration Advocates Network keeps a national directory of free and low-cost nonprofit legal services at immigrationadvocates.org/legaldirectory. Does this help?'],
      [120, 'p', 'Yes thank you, that is everything'],
      [126, 'l', 'Good luck at your interview!'],
    ],
    exp: usual(),
  },
  {
    name: 'a welcome macro, then "Hola, soy Diego. ¿En qué idioma prefiere?": the fee waiver in Spanish; "¡A usted! Vuelva cuando quiera."',
    lines: [
      [0, 'p', 'necesito ayuda con el waiver de la ciudadania'],
      [5, 'l', 'Welcome to AskUsNow! A librarian will be with you shortly.'],
      [30, 'l', 'Hola, soy Diego. ¿En qué idioma prefiere que le escriba, español o inglés?'],
      [60, 'p', 'español'],
      [75, 'l', 'Para pedir que no le cobren la tarifa del N-400 se usa el formulario I-912; los requisitos (por ejemplo, recibir Medicaid o SNAP) están en uscis.gov/es/i-912. ¿Le sirve?'],
      [115, 'p', 'gracias!!'],
      [121, 'l', '¡A usted! Vuelva cuando quiera.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a refugee family\'s green card: the USCIS refugee page, "visit the International Rescue Committee office at 8757 Georgia Ave, Suite 420"',
    lines: [
      [0, 'p', 'Hello, our church sponsors a refugee family. When can they apply for green card and who can help them for free?'],
      [25, 'l', 'Hello, this is Robin, a librarian at Montgomery County Public Libraries. How long have they been in the U.S.?'],
      [60, 'p', 'About 14 months.'],
      [75, 'l', 'Refugees must apply for a green card (Form I-485) after one year; USCIS explains it at uscis.gov/green-card/green-card-eligibility/green-card-for-refugees. For free help with the forms, visit the International Rescue Committee office at 8757 Georgia Ave, Suite 420, Silver Spring, MD 20910. Is that what you were looking for?'],
      [130, 'p', 'Perfect, that is all we needed. Thank you!'],
      [136, 'l', 'You are welcome, and thank you for helping them!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // picked up after 75 s: pickup fails
    name: 'a slow pickup (75 s): an interpreter at the naturalisation interview, the exceptions page',
    lines: [
      [0, 'p', 'does uscis give interpreter for citizenship interview?'],
      [75, 'l', 'Hi, sorry for the wait! This is Kim, a librarian at AskUsNow!. Are you asking about the naturalization interview?'],
      [100, 'p', 'yes'],
      [115, 'l', 'USCIS does not provide one for naturalization. The interview is in English unless you qualify for an age-and-residence exception, and then you bring your own interpreter: uscis.gov/citizenship/exceptions-and-accommodations. Does that help?'],
      [160, 'p', "yes that's all, thanks"],
      [166, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // four sessions open at once for Jo (this one and three others): concurrency fails
    name: 'a busy shift: Jo has three other chats open throughout; a DACA renewal answered well: concurrency fails',
    lines: [...DACA, [70, 'l', 'USCIS recommends filing the renewal 120 to 150 days before it expires: uscis.gov/DACA. Does that help?'], [100, 'p', "yes that's all, thank you"], [106, 'l', 'Take care, bye!']],
    ctx: { otherIntervals: [other('m1a', 'jo', -100, 500), other('m1b', 'jo', -50, 500), other('m1c', 'jo', 0, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals without a way to reach the party: fail -------------------------------------------------------------------
  { name: '"Talk to an immigration lawyer before you file."', lines: then(CIVICS, 'The study materials are at uscis.gov/citizenship. Because of your arrest, talk to an immigration lawyer before you file. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "Consulte con un abogado de inmigración."', lines: then(TARJETA, 'Se renueva con el formulario I-90: uscis.gov/es/i-90. Si tiene antecedentes, consulte con un abogado de inmigración. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"You should contact USCIS about that."', lines: then(DACA, 'The renewal form I-821D is explained at uscis.gov/DACA. If your case was denied before, you should contact USCIS about that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Ask your consulate for a new passport first."', lines: then(TARJETA, 'Para el I-90 vea uscis.gov/es/i-90. Si su pasaporte está vencido, pregunte en su consulado primero. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"Reach out to CASA; they help with DACA renewals."', lines: then(DACA, 'USCIS has the form at uscis.gov/DACA. Reach out to CASA; they help with DACA renewals. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"A local refugee agency can help with that."', lines: then(CIVICS, 'The test materials are at uscis.gov/citizenship. For help with the fee, contact a local refugee resettlement agency. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referrals with a way to reach the party: pass ----------------------------------------------------------------------
  { name: '"Call the USCIS Contact Center at 800-375-5283."', lines: then(DACA, 'Renewal steps are at uscis.gov/DACA. For your own case, call the USCIS Contact Center at 800-375-5283. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish: "llame a CASA al 301-431-4185"', lines: then(TARJETA, 'El formulario I-90 está en uscis.gov/es/i-90. Para ayuda gratis, llame a CASA al 301-431-4185. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: '"Contact Catholic Charities Immigration Legal Services at 202-772-4300."', lines: then(CIVICS, 'USCIS materials: uscis.gov/citizenship. For low-cost help with the N-400, contact Catholic Charities Immigration Legal Services at 202-772-4300. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Visit the consulate\'s site, consulado.example.gt, to book a visit."', lines: then(TARJETA, 'Para el pasaporte, visite el consulado; las citas se piden en consulado.example.gt/citas. Para el I-90: uscis.gov/es/i-90. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  // ---- sources, not referrals ----------------------------------------------------------------------------------------------
  { name: 'the case status page: a source, no referral', lines: then(DACA, 'You can check your case with the receipt number at egov.uscis.gov/casestatus. Does that help?'), exp: some({ referral: 'na', source: 'pass', complete: 'pass' }) },
  { name: 'the USCIS Citizenship Resource Center: a source, no referral', lines: then(CIVICS, 'The USCIS Citizenship Resource Center at uscis.gov/citizenship has the 100 questions and practice tests. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'a civics book in the catalogue: a source', lines: then(CIVICS, 'Look for "Citizenship: Passing the Test" in our catalogue at samplelibrary.org/catalog. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"USCIS has that information." (no way to reach it): no source', lines: then(DACA, 'USCIS has all of that information. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- greetings ----------------------------------------------------------------------------------------------------------
  { name: 'greeting: "Buenos días, le atiende la bibliotecaria Marta."', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', 'Buenos días, le atiende la bibliotecaria Marta. ¿En qué le puedo ayudar?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "¡Hola! Soy Ana de AskUsNow!"', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', '¡Hola! Soy Ana de AskUsNow!. ¿En qué le puedo ayudar?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Bienvenido al servicio Pregunte al Bibliotecario."', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', 'Bienvenido al servicio Pregunte al Bibliotecario. ¿En qué le puedo ayudar?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "¡Hola! ¿Qué necesita?" (no one named)', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', '¡Hola! ¿Qué necesita?']], exp: some({ greeting: 'fail' }) },
  // ---- clarifying -----------------------------------------------------------------------------------------------------------
  { name: 'clarify: "¿Es su primera solicitud o una renovación?" before the source', lines: [[0, 'p', 'necesito el formulario de daca'], [20, 'l', 'Hola, soy Jo de AskUsNow!. ¿Es su primera solicitud o una renovación?'], [50, 'p', 'renovacion'], [65, 'l', 'Está en uscis.gov/es/daca. ¿Le ayuda?'], [100, 'p', 'si gracias'], [106, 'l', 'Adiós.']], exp: some({ clarify: 'pass', complete: 'pass' }) },
  { name: 'clarify: the source at once, no question', lines: [[0, 'p', 'necesito el formulario de daca'], [20, 'l', 'Hola, soy Jo de AskUsNow!. Está en uscis.gov/es/daca. ¿Le ayuda?'], [50, 'p', 'si gracias'], [56, 'l', 'Adiós.']], exp: some({ clarify: 'fail', complete: 'pass' }) },
  // ---- the patron done, or not ------------------------------------------------------------------------------------------------
  { name: '"Eso es todo, muchas gracias": done', lines: reply(DACA, 'The renewal is explained at uscis.gov/DACA. Does that help?', 'si, eso es todo, muchas gracias'), exp: some({ anything: 'pass' }) },
  { name: '"Ya no tengo más preguntas": done', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?', 'ok, ya no tengo más preguntas'), exp: some({ anything: 'pass' }) },
  { name: '"muchas gracias" alone: not done', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?', 'muchas gracias!!'), exp: some({ anything: 'fail' }) },
  // ---- completeness ---------------------------------------------------------------------------------------------------------
  { name: 'completeness: "¿Le sirve esta información?"', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le sirve esta información?', 'si'), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "¿Quiere que le busque clases de inglés también?" (something not yet given)', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Quiere que le busque clases de inglés también?', 'no gracias'), exp: some({ complete: 'fail' }) },
  // ---- refusals and language limits are no dismissal --------------------------------------------------------------------------
  { name: 'refusal: "I can\'t help with legal questions. Goodbye." after a push', lines: reply(DACA, 'The renewal is at uscis.gov/DACA. Does that help?', 'but will they approve me or not', "I'm sorry, I can't answer legal questions about your case. Goodbye."), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'refusal in Spanish: "No puedo darle asesoría legal. Que le vaya bien."', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?', 'pero si tengo un record me la quitan?', 'Lo siento, no puedo darle asesoría legal. Que le vaya bien.'), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'dismissal: "You\'ve asked a lot of questions today, I have to stop here."', lines: reply(DACA, 'The renewal is at uscis.gov/DACA. Does that help?', 'and what about advance parole? and the fee?', "You've asked a lot of questions today, I have to stop here. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'Spanish dismissal: "Ya se le acabó el tiempo."', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?', 'y para la ciudadania?', 'Ya se le acabó el tiempo de la sesión. Adiós.'), exp: some({ dismissal: 'fail' }) },
  // ---- second batch ----------------------------------------------------------------------------------------------------------
  { name: '"Your caseworker can help with that."', lines: then(DACA, 'The form is at uscis.gov/DACA. Your caseworker can help with that. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Contact the International Student Office at iso@univ.edu."', lines: then(DACA, 'The form is at uscis.gov/DACA. For your student status, contact the International Student Office at iso@univ.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The IRC office in Silver Spring (301-562-8633) can help."', lines: then(DACA, 'The form is at uscis.gov/DACA. The IRC office in Silver Spring (301-562-8633) can help with renewals. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "Comuníquese con el Consulado de México al 202-736-1000."', lines: then(TARJETA, 'Para el I-90: uscis.gov/es/i-90. Para el pasaporte, comuníquese con el Consulado de México al 202-736-1000. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "Llame a USCIS." (no number)', lines: then(TARJETA, 'Para el I-90: uscis.gov/es/i-90. Si no le llega la tarjeta, llame a USCIS. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  // reading: the provider's own library's desk, told to the patron to visit, is a referral (RUBRIC's own departments), no contact
  { name: '"Ask at the circulation desk of any branch." (own library, no contact)', lines: then(CIVICS, 'The study books are listed at samplelibrary.org/citizenship. To borrow the DVD, ask at the circulation desk of any branch. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"CASA can help you with that." (no way to reach it, no other source)', lines: then(DACA, 'CASA can help you with that. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'greeting: "Buenas tardes, gracias por comunicarse con la biblioteca."', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', 'Buenas tardes, gracias por comunicarse con la biblioteca. ¿En qué le puedo ayudar?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Hola, bienvenido." then "¿Cómo le puedo ayudar?" (no one named)', lines: [[0, 'p', 'hola necesito ayuda'], [20, 'l', 'Hola, bienvenido.'], [25, 'l', '¿Cómo le puedo ayudar?']], exp: some({ greeting: 'fail' }) },
  { name: 'completeness: "¿Esto responde a su pregunta?"', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Esto responde a su pregunta?', 'si'), exp: some({ complete: 'pass' }) },
  { name: 'anything else: "¿Hay algo más en que le pueda ayudar?"', lines: [...TARJETA, [70, 'l', 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Hay algo más en que le pueda ayudar?'], [100, 'p', 'no gracias'], [106, 'l', 'Adiós.']], exp: some({ anything: 'pass' }) },
  { name: '"No necesito nada más, gracias": done', lines: reply(TARJETA, 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?', 'si. no necesito nada más, gracias'), exp: some({ anything: 'pass' }) },
  // ---- third batch -----------------------------------------------------------------------------------------------------------
  { name: 'Spanish: "Llame al Centro de Contacto de USCIS." (no number)', lines: then(TARJETA, 'Para el I-90: uscis.gov/es/i-90. Si no le llega la tarjeta, llame al Centro de Contacto de USCIS. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "Llame al 800-375-5283 (Centro de Contacto de USCIS)."', lines: then(TARJETA, 'Para el I-90: uscis.gov/es/i-90. Si no le llega la tarjeta, llame al 800-375-5283 (Centro de Contacto de USCIS). ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: 'greeting: "Namaste! This is Anil from Delhi Public Library\'s Ask service."', lines: [[0, 'p', 'hello i need help with visa'], [20, 'l', "Namaste! This is Anil from Delhi Public Library's Ask service. How may I assist you?"]], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good morning. How may I assist you?" (no one named)', lines: [[0, 'p', 'hello i need help with visa'], [20, 'l', 'Good morning. How may I assist you?']], exp: some({ greeting: 'fail' }) },
  { name: '"The consulate website has the list." (no address): no source', lines: then(TARJETA, 'La página del consulado tiene la lista de documentos. ¿Le ayuda?'), exp: some({ source: 'fail' }) },
  { name: 'clarify: "So you need the fee waiver form for the N-400, correct?" before the source', lines: [[0, 'p', 'i cant pay for citizenship application'], [20, 'l', 'Hi, Jo at Ask Us. So you need the fee waiver form for the N-400, correct?'], [50, 'p', 'yes'], [65, 'l', 'It is Form I-912: uscis.gov/i-912. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  // ---- (M1 fix) referralVerb "busque ayuda … en" -------------------------------------------------------------------------------
  { name: 'Spanish: "busque ayuda legal en una organización sin fines de lucro" (no contact)', lines: then(TARJETA, 'El formulario I-90 está en uscis.gov/es/i-90. Para su caso, busque ayuda legal en una organización sin fines de lucro. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "busquen asesoría gratuita en la oficina de CASA, 8151 15th Ave, Hyattsville"', lines: then(DACA, 'La renovación está en uscis.gov/es/daca. Busquen asesoría gratuita en la oficina de CASA, 8151 15th Ave, Hyattsville, MD 20783. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "busque orientación legal en el consulado" (no contact)', lines: then(TARJETA, 'El I-90 está en uscis.gov/es/i-90. Para el pasaporte vencido, busque orientación legal en el consulado de su país. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes: the same words for something else. */
export const guards: SessionCase[] = [
  // farewell "suerte": "por suerte" (luckily) and "¡Qué suerte que …!" are no parting wish
  { name: 'near miss: the last messages "¿Le ayuda?" and "Por suerte, también hay clases los sábados." (luckily): courteous fails', lines: [...TARJETA, [70, 'l', 'Se renueva con el I-90 en uscis.gov/es/i-90. ¿Le ayuda?'], [100, 'p', 'si, y clases de ingles?'], [106, 'l', 'Por suerte, también hay clases de inglés los sábados en samplelibrary.org/esl.']], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "¡Qué suerte que ya tiene la cita!" (an exclamation, no goodbye): courteous fails', lines: [...DACA, [70, 'l', 'The renewal steps are at uscis.gov/DACA. Does that help?'], [100, 'p', 'yes i already have my biometrics appointment'], [106, 'l', '¡Qué suerte que ya tiene la cita!']], exp: some({ courteous: 'fail' }) },
  // inPersonBookM1: "in person" with no booking, and an appointment not booked
  { name: 'near miss: "The interview is in person, so bring your green card; the checklist is at uscis.gov/…" (no booking): no referral', lines: then(CIVICS, 'The interview is in person, so bring your green card and the appointment notice; the checklist is at uscis.gov/citizenship/learn-about-citizenship/the-naturalization-interview-and-test. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "You can\'t apply in person anymore; apply online at mva.maryland.gov/apply, no appointment needed": no referral', lines: then(CIVICS, "You can't apply in person anymore; apply online at mva.maryland.gov/apply, no appointment needed. Does that help?"), exp: some({ referral: 'na' }) },
  // referralVerb "haga una cita": an appointment in one's own calendar, no party, no page
  { name: 'near miss: "Haga una cita en su calendario para renovar a tiempo." (no party): no referral', lines: then(DACA, 'La renovación se envía entre 120 y 150 días antes: uscis.gov/es/daca. Haga una cita en su calendario para renovar a tiempo. ¿Le ayuda?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Saque una cita en su agenda para 150 días antes." (no party): no referral', lines: then(DACA, 'Las instrucciones están en uscis.gov/es/daca. Saque una cita en su agenda para 150 días antes de la fecha. ¿Le ayuda?'), exp: some({ referral: 'na' }) },
  // referralVerb "busque ayuda … en": help looked for on a page, or on a topic
  { name: 'near miss: "busque ayuda en la sección de preguntas frecuentes de uscis.gov/es" (a page): no referral', lines: then(TARJETA, 'El I-90 está en uscis.gov/es/i-90; si tiene dudas, busque ayuda en la sección de preguntas frecuentes de uscis.gov/es. ¿Le ayuda?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "busque ayuda con el formulario en nuestra guía" (a guide): no referral', lines: then(TARJETA, 'El I-90 está en uscis.gov/es/i-90; busque ayuda con el formulario en nuestra guía samplelibrary.org/guias/inmigracion. ¿Le ayuda?'), exp: some({ referral: 'na' }) },
];

/** Cases the scorer still gets wrong, each with its reason (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "acuda a CASA" (go to CASA) is not read as a referral: CASA is no party word, and v11's capitalised-name reading
  // (K9) is for verbs of getting in touch only; widening it to every go-to verb reaches older Spanish directions
  { name: 'Spanish: "Para ayuda gratis, acuda a CASA." (no contact)', lines: then(TARJETA, 'El formulario I-90 está en uscis.gov/es/i-90. Para ayuda gratis, acuda a CASA. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
];

describe('thirty-first round (M1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (M1): immigrants and new citizens, every check', whole);
describeSessions('thirty-first round (M1): immigrants and new citizens, short cases', short);
if (guards.length > 0) describeSessions('thirty-first round (M1): immigrants and new citizens, near misses of the changes', guards);

describeLeft('thirty-first-round-immigration', LEFT);
