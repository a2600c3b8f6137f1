/**
 * Thirty-third round, area (Y3): PUBLIC RECORDS AND RECORDS REQUESTS. A police report or a 911 recording, a Public
 * Information Act (state) or FOIA (federal) request and what it costs, land records (deeds, liens), court case search,
 * marriage and divorce records, birth and death certificates for a relative, a business's registration with the state, a
 * teacher's or nurse's licence lookup, campaign finance filings, school board minutes, a building's inspection history,
 * sealed or expunged records; journalists, researchers, landlords, people in disputes, family historians, anxious people,
 * some non-native or Spanish-writing (referral.contact, info.source, inquiry.clarify, followup.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "contact the agency's records custodian", "call the clerk
 *   of the circuit court", "ask the police department's records section", "go to the Land Records office at the
 *   courthouse", "you can ask OGIS to mediate", "pídalo en la oficina del secretario del tribunal", "You'll need to contact
 *   the courthouse".
 *  a referral WITH one (passes): "send it to the PIA representative at pia@baltimorecountymd.gov", "the Clerk of the Circuit
 *   Court for Howard County, 410-313-2111", "contact OGIS at ogis@nara.gov or 202-741-5770", "write to the Division of
 *   Vital Records, 6764-B Reisterstown Road, Baltimore MD 21215", "comuníquese con la Oficina de Registros Vitales al
 *   410-764-3038", "the State Archives' reference staff at 410-260-6400".
 *  a source, not a referral: "Maryland Judiciary Case Search at mdcourts.gov/casesearch", "mdlandrec.net", "foia.gov",
 *   "Maryland Business Express at egov.maryland.gov/businessexpress", "campaignfinance.maryland.gov", "the Attorney
 *   General's PIA Manual at marylandattorneygeneral.gov", "BoardDocs on the school system's site".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "the Maryland State Archives might have it" with no URL names an organisation without a way to reach it: no source, and
 *   it tells no one to contact or visit: no referral;
 * - a clarifying question answered or not, the provider's "which county?" before the first source passes clarify;
 * - "order it online at health.maryland.gov/vsa" points to a website to use: a source, not a referral;
 * - one question per chat as a rule ("we can only do one records question per chat") is a limit of questions: dismissal
 *   fails even with "start a new chat";
 * - "If the agency denies it, you can ask OGIS to mediate" tells the patron whom to ask: a referral (without contact, fails).
 * - (taken after the first run) a clerk of the court referred to in the same sentence as the Judiciary's own site
 *   ("Case Search at mdcourts.gov/casesearch, then call the clerk of the circuit court") comes with a URL to reach the
 *   clerk (the scorer's reading, as v33 S3's party domain): my first label was fail; the same for the Spanish "secretario
 *   del tribunal" beside mdcourts.gov;
 * - (taken after the first run) "If the request stalls, the Office of Government Information Services mediates:
 *   ogis@nara.gov, …" tells no one to contact it (as round 32's "The SBA can help with that"): no referral.
 * Written: 28 whole sessions (26 first, 2 more for the fixes), 48 short cases (26 first, 10 more labelled before a second
 * run, 12 for the fixes), 16 near misses in `guards`. First run (26 whole + 26 short): 4 of 52 disagreed, all on
 * referral.contact: the FBI session's OGIS sentence and the clerk beside mdcourts.gov (my labels, corrected above); "you can
 * ask OGIS to mediate" and "pídalo en la oficina del secretario del tribunal" (read as no referral: the scorer's). Second
 * batch (10 short, labelled before running): 2 of 10 disagreed, on referral.contact, both the scorer's ("Email the
 * custodian of records, Lt. Ames, at records@…" and "hand-deliver the form to the Register of Wills": no referral). Fixed in
 * block Y3 (phrase families, v34 only; no settings, no code):
 *  - referralParty: OGIS by its acronym ("you can ask OGIS to mediate", "Reach out to OGIS, … ogis@nara.gov", "contact
 *    OGIS") [near misses: "OGIS's guide to FOIA appeals is at …", "OGIS reports say …", "The OGIS compliance review … is
 *    at …", "OGIS mediates FOIA disputes; its guide is at …"];
 *  - referralParty: the custodian of records named the long way, as v22's "records custodian" ("Email the custodian of
 *    records, Lt. Ames, at …", "Reach out to the department's custodian of records", "custodian of public records")
 *    [near misses: "The county is the custodian of records for deeds before 1950; …", "The Archives became the custodian
 *    of records for closed courts …", "As custodian of records, the police department can charge …"];
 *  - referralVerb: the Spanish "pídalo / solicítelo en la oficina …", as v10's "pregunte en la oficina" ("pídala en el
 *    Registro Civil", "solicítelo en la oficina de licencias de matrimonio", "pídalo en la oficina del Registro
 *    Demográfico") [near misses: "No lo pida en la oficina del condado; …", "Pídalo en línea en …", "Pídalo en la página
 *    de la oficina: …", "Si ya lo pidió en la oficina del secretario, …"];
 *  - referralVerb: "(hand-)deliver the form / your request / the petition to" an office, as v1's "mail the form to"
 *    ("hand-deliver the form to the Register of Wills", "Deliver your request in person to the records office at …",
 *    "deliver the petition to the clerk's office") [near misses: "I'll hand-deliver your request to the records office
 *    myself", "If you deliver the petition to the Register of Wills late, …", "Once you deliver the papers to the Register
 *    of Wills, …", "the clerk will deliver the certified copy to your home", "VitalChek … can deliver the paperwork to your
 *    house"].
 * Third run (the fixes' cases, labelled before running): 2 disagreed: "deliver the petition to the clerk's office" in a
 * sentence with mdcourts.gov/forms (passes by the reading above: the case's text now puts the form number in its own
 * sentence) and the near miss "If you deliver the form to the wrong office, they forward it", read as a referral since v33
 * (as "If you mail the form to …"): moved to LEFT.
 * Left: 1 (LEFT, with its reason).
 * ON v57 (block W, W31's guard): the near miss "If you deliver the form to the wrong office, they forward it" reads as labelled (v5's
 *   "bring / mail / deliver … to" is no referral in a condition) and runs with the near misses; Left: 0.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

const HOUR = 3600;

/** A PIA request question up to the patron's answer to the clarifying question. */
const PIA: Line[] = [
  [0, 'p', 'how do i get records from the county under the public information act'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which agency's records are you after, and which county?"],
  [50, 'p', 'baltimore county police, arrest logs from last year'],
];
/** A vital records question up to the patron's answer. */
const VITAL: Line[] = [
  [0, 'p', 'I need a copy of my grandfathers death certificate'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. In which state and year did he die?'],
  [50, 'p', 'Maryland, 1988'],
];
/** A court record question up to the patron's answer. */
const COURT: Line[] = [
  [0, 'p', 'hi how do i find a copy of my divorce papers'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county was the divorce filed in?'],
  [50, 'p', 'howard county, 2009'],
];
/** A Spanish marriage record question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito una copia de mi acta de matrimonio'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado se casaron, y en qué año?'],
  [50, 'p', 'en Montgomery, 2015'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'journalist, use-of-force reports under the PIA: the AG\'s manual and the police PIA representative\'s e-mail',
    lines: [
      [0, 'p', "Hi, I'm a reporter at the Towson Flyer. What's the process for getting use-of-force reports from Baltimore County Police under the PIA? And what does it cost?"],
      [25, 'l', 'Hello, this is Priya, a librarian with AskUsNow!. Happy to help. Are you after the individual incident reports, or the aggregate statistics the department publishes?'],
      [60, 'p', 'Individual reports, 2022-2023.'],
      [75, 'l', "The Attorney General's Public Information Act Manual at marylandattorneygeneral.gov (search \"PIA Manual\") explains what police can withhold and the fee rules: the first 2 hours of search and preparation are free, and you can ask for a fee waiver in the public interest. Send your request in writing to the department's PIA representative at pia@baltimorecountymd.gov. Does that answer your question?"],
      [140, 'p', 'That helps a lot. Do they have to answer in a set time?'],
      [160, 'l', 'Yes: 10 working days to tell you if it will take longer, and 30 days to respond in full (chapter 2 of the manual). Anything else I can help with?'],
      [190, 'p', "No, that's everything. Thanks!"],
      [195, 'l', 'Good luck with the story, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'landlord, liens on a rental: "Which county is the property in?", then MDLANDREC',
    lines: [
      [0, 'p', 'how can i tell if a house has a lien on it? thinking of buying a rental'],
      [30, 'l', 'Hi there! Marcus at Ask a Librarian, Anne Arundel County Public Library. Which county is the property in?'],
      [55, 'p', 'anne arundel'],
      [70, 'l', "Recorded liens and deeds are in MDLANDREC, the state's free land records site at mdlandrec.net (you make a free account). Search by the owner's name in Anne Arundel County. Judgment liens are also in Maryland Judiciary Case Search at mdcourts.gov/casesearch. Is that what you were looking for?"],
      [120, 'p', 'yes thank you'],
      [128, 'l', 'Anything else today?'],
      [150, 'p', 'nope'],
      [155, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'family historian, a 1952 death certificate: the State Archives, with its reference phone',
    lines: [
      [0, 'p', 'Good evening. I am researching my family and need the death certificate of my great-uncle, who died in Baltimore in 1952.'],
      [40, 'l', "Good evening! I'm Helen, a reference librarian with AskUsNow!. Do you know roughly the month, and was it Baltimore City or Baltimore County?"],
      [90, 'p', 'Baltimore City, I believe in March.'],
      [110, 'l', "Maryland death records more than 20 years old are at the Maryland State Archives, not the health department. Their vital records guide is at msa.maryland.gov (Reference & Research > Vital Records), and their reference staff can search for you: call 410-260-6400 or write to msa.helpdesk@maryland.gov. Does that help?"],
      [170, 'p', 'Very much so. Thank you for your help.'],
      [180, 'l', 'Is there anything else I can help you with?'],
      [205, 'p', 'No, that is all I needed.'],
      [210, 'l', 'Happy hunting, and goodnight!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "talk to the clerk of the court in the county where you were charged" names no way to reach the clerk
    name: 'anxious patron, is my expunged case still showing: Case Search, "talk to the clerk of the court" without a contact',
    lines: [
      [0, 'p', 'i had a case expunged 3 years ago but im scared its still showing up when employers check. how can i see'],
      [35, 'l', 'Hi, this is Sam at Ask Us. I understand, that is stressful. Was it a district court or circuit court case, do you know?'],
      [80, 'p', 'district i think. possession charge'],
      [100, 'l', "Expunged cases should not appear in Maryland Judiciary Case Search at mdcourts.gov/casesearch, so you can search your own name there to check. If it still shows, talk to the clerk of the court in the county where you were charged. Does that answer your question?"],
      [150, 'p', 'ok it doesnt show. thank god'],
      [160, 'l', "That's good news! Anything else I can help with?"],
      [185, 'p', 'no thats all'],
      [190, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a marriage record: the Montgomery circuit court clerk with a phone',
    lines: [
      [0, 'p', 'hola, necesito una copia certificada de mi acta de matrimonio para inmigración'],
      [25, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. ¿En qué condado se casaron?'],
      [60, 'p', 'en Montgomery, en 2015'],
      [80, 'l', 'Las licencias de matrimonio las guarda el Secretario del Tribunal de Circuito del condado. Para Montgomery, llame a la oficina de licencias de matrimonio al 240-777-9460 o vea montgomerycountymd.gov/cct. La copia certificada cuesta $5. ¿Le sirve esta información?'],
      [130, 'p', 'sí, muchas gracias, es todo'],
      [138, 'l', '¡De nada! Que tenga buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, a 911 recording: the county\'s PIA page',
    lines: [
      [0, 'p', '911 call recording, how to get'],
      [12, 'l', 'Hi, Ray at Ask Us. Which county, and is it your own call?'],
      [35, 'p', 'AA county. my call, june'],
      [45, 'l', "PIA request to Anne Arundel's Office of Emergency Management: form at aacounty.org/public-information-act. Recordings are kept about a year, so send it soon. That what you need?"],
      [70, 'p', 'yes'],
      [74, 'l', 'Anything else?'],
      [85, 'p', 'no'],
      [88, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'academic, a deceased father\'s FBI file: foia.gov, the FBI\'s eFOIPA portal, OGIS with its e-mail',
    lines: [
      [0, 'p', 'Dear librarian, I am a historian seeking the FBI file of my late father, a labor organizer in the 1950s. How does one file a FOIA request, and what are the costs?'],
      [30, 'l', 'Good afternoon, this is Dr. Ellen Park, research librarian at the University of Maryland Libraries, answering for Ask Us. Do you have his date of death and proof of death? The FBI asks for it for a deceased person\'s file.'],
      [90, 'p', 'Yes, I have his death certificate.'],
      [110, 'l', "Then you can file through the FBI's eFOIPA portal, linked from fbi.gov/services/information-management/foipa. First check The Vault at vault.fbi.gov, where released files already sit. For non-commercial requesters the first 2 hours of search and 100 pages are free. foia.gov explains the process for every agency. If the request stalls, the Office of Government Information Services mediates: ogis@nara.gov, 202-741-5770. Does this completely answer your question?"],
      [200, 'p', 'It does. Thank you, most helpful. That is all.'],
      [210, 'l', 'You are very welcome. Good luck with the research!'],
    ],
    // reading (my first label was referral pass): "OGIS mediates: ogis@nara.gov, …" tells no one to contact it (as round 32's
    // "The SBA can help with that")
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'follow-up by me, 2010 campaign finance filings not online: e-mail repeated, "by Thursday", pending',
    lines: [
      [0, 'p', 'hi, where can i find campaign finance reports for a county council candidate from 2010? i checked the state site and it only goes so far'],
      [30, 'l', "Hi! I'm Dana, a librarian with AskUsNow!. Which county and which candidate?"],
      [60, 'p', 'frederick county, a guy named Paul Sheridan'],
      [75, 'l', 'Let me check the state board\'s database, one moment.'],
      [170, 'l', "campaignfinance.maryland.gov has reports from 2006 on, but I'm not finding his committee there. I'd like to look into this more with our government documents librarian and e-mail you what we find. What's your e-mail?"],
      [215, 'p', 'mkline@example.com'],
      [225, 'l', "Thanks, mkline@example.com. You'll hear from me by Thursday. Is there anything else I can help with in the meantime?"],
      [250, 'p', "no that's it, thanks!"],
      [255, 'l', 'Thanks for your patience, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'mkline@example.com', phone: null } },
    // reading: the completeness question is not asked (the information was not yet all given): fails
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up by me recorded in a day: 1985 school board minutes, e-mail given, "within 72 hours"',
    lines: [
      [0, 'p', 'Hello, I am looking for Board of Education minutes from 1985 about closing my old elementary school.'],
      [25, 'l', 'Hello, thank you for contacting Ask Us! I am Grace, a librarian at Harford County Public Library. Do you know which month the vote was, or the school\'s name?'],
      [70, 'p', 'Havre de Grace Elementary, spring 1985.'],
      [85, 'l', "The school system's BoardDocs site only goes back to 2012. Our Maryland Room has the older minutes on microfilm. I can have them pulled and e-mail you scans within 72 hours. What e-mail should I use?"],
      [130, 'p', 'rwhite@example.net'],
      [140, 'l', 'Got it: rwhite@example.net. Anything else I can do for you today?'],
      [160, 'p', 'No, thank you!'],
      [166, 'l', 'Thank you, goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rwhite@example.net', phone: null }, followUps: [{ doneAt: at(26 * HOUR), by: 'grace', note: 'sent scans of April 1985 minutes' }] },
    // reading: "BoardDocs site" is a named resource (the source); no question after it on whether it meets the need
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'patron vanishing, a nurse\'s licence: "Which state?" unanswered, check-in and disconnect notice',
    lines: [
      [0, 'p', 'how do i check if a nurse is licensed'],
      [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library. Which state is the nurse licensed in?"],
      [150, 'l', 'Are you still there?'],
      [340, 'l', "It looks like you've disconnected, so I'll close this chat. Please feel free to start a new chat anytime!"],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call: the question only, greeting, check-in, goodbye',
    lines: [
      [0, 'p', 'how do i look up a deed'],
      [30, 'l', 'Hello, this is Jo at Ask Us. I can help with that.'],
      [160, 'l', 'Are you still with me?'],
      [360, 'l', "It seems you've left the chat, so I'll end it now. Come back anytime, thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a contractor\'s LLC: "Do you have the exact business name?", Maryland Business Express',
    lines: [
      [0, 'p', 'A contractor wants a big deposit. How can I check his company is real and registered?'],
      [30, 'l', 'Hi, this is Carmen at Ask a Librarian, Prince George\'s County Memorial Library. Smart to check! Do you have the exact business name?'],
      [70, 'p', 'Reliable Home Pros LLC'],
      [85, 'l', "Search it in Maryland Business Express at egov.maryland.gov/businessexpress (\"Search for a business\"): it shows whether the LLC is in good standing. For a home improvement contractor also check the MHIC licence lookup at labor.maryland.gov/license/mhic. Did that help?"],
      [140, 'p', "Yes, it's listed but 'forfeited'. Good to know! That's all I needed."],
      [150, 'l', "Glad I could help. Take care!"],
    ],
    exp: usual(),
  },
  {
    name: 'British English, a teacher\'s certification: MSDE\'s lookup',
    lines: [
      [0, 'p', "Hello, I've recently moved to Maryland from Leeds. Is there a way to check whether my child's tutor holds a teaching certificate here?"],
      [40, 'l', "Hello and welcome to Maryland! I'm Anne, a librarian at Ask Us, Montgomery County Public Libraries. Is the tutor meant to be a public school teacher, or private?"],
      [90, 'p', "She says she teaches at a state school as well, so public I suppose."],
      [110, 'l', "MSDE, the state education department, has a public Educator Certification lookup: go to marylandpublicschools.org, then Educator Certification > Certification Lookup, and search her name. Does that give you what you needed?"],
      [170, 'p', "Brilliant, found her. Cheers."],
      [180, 'l', 'Anything else I can help with?'],
      [200, 'p', "No, that's everything, ta."],
      [205, 'l', 'Lovely, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'a rowhouse\'s inspection history: "Which city?", the open data site and the housing office with a phone',
    lines: [
      [0, 'p', 'im about to rent a rowhouse and want to see if it ever failed inspections or had violations'],
      [25, 'l', 'Hi! Kim with AskUsNow! here. What city is it in?'],
      [50, 'p', 'baltimore city'],
      [70, 'l', "Baltimore City's housing code violation notices are on Open Baltimore at data.baltimorecity.gov (search \"Vacant Building Notices\" and \"Code Enforcement\"). For the full inspection history, call the Department of Housing & Community Development at 410-396-3575. Is that what you were looking for?"],
      [125, 'p', 'yes thx'],
      [130, 'l', 'Anything else?'],
      [150, 'p', 'nah thats all'],
      [155, 'l', 'Good luck with the rental, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'transfer to the law library: a 1970s court case, note and notice before the transfer',
    lines: [
      [0, 'p', 'how do i find a court case from 1974, my father sued his employer'],
      [20, 'l', 'Hello, this is Jo at Ask Us. Do you know which court it was in?'],
      [50, 'p', 'federal court in baltimore i think'],
      [60, 'l', "I'm going to transfer you to Rosa, a law librarian who knows federal court records. One moment."],
      [63, 'i', 'pt needs a 1974 federal civil case, D. Md., old records'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, Rosa from the State Law Library here. Cases from 1974 aren't in PACER. The closed files are at the National Archives at Philadelphia: write to philadelphia.archives@nara.gov with the case name and year. Does that help?", ROSA],
      [160, 'p', 'yes thank you, thats all'],
      [165, 'l', 'Good luck, bye!', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'sloppy: divorce papers, "You\'ll need to contact the courthouse" only',
    lines: [
      [0, 'p', 'where can i get my divorce papers'],
      [40, 'l', 'hello'],
      [45, 'l', "You'll need to contact the courthouse for that."],
      [80, 'p', 'which one?'],
      [110, 'l', 'the one where it was filed'],
      [140, 'p', 'ok'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'dismissal: a landlord with many records questions, "you\'ve asked a lot of questions, I have to end this"',
    lines: [
      [0, 'p', 'how do i find eviction cases filed against a tenant'],
      [20, 'l', 'Hi, this is Jo at Ask Us. Which county?'],
      [45, 'p', 'baltimore county'],
      [60, 'l', 'Maryland Judiciary Case Search at mdcourts.gov/casesearch has landlord-tenant cases, search by the tenant\'s name. Does that help?'],
      [90, 'p', 'yes. also how do i see his criminal record, and his credit, and where he worked before?'],
      [110, 'l', "You've asked a lot of questions, and I need to end this chat now."],
    ],
    // reading: the provider sent the last message, but it is not a goodbye; the final idle is 5 s
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'keep informed fails: "let me look" then 4 minutes of silence before a building permit answer',
    lines: [
      [0, 'p', 'how can i see what permits were pulled on my house? previous owner did work'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which county do you live in?'],
      [45, 'p', 'howard'],
      [55, 'l', 'Let me look, one moment.'],
      [300, 'l', "Howard County's permit records are searchable in Project Dox / the permit lookup at howardcountymd.gov/inspections-licenses-permits. Does that answer your question?"],
      [340, 'p', "yes, that's all I needed"],
      [345, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Indian English, a father\'s birth certificate for a passport: Vital Records with its phone',
    lines: [
      [0, 'p', 'Good morning madam/sir, my father was born in Baltimore in 1960, he is needing his birth certificate for passport. Kindly guide the procedure.'],
      [30, 'l', 'Good morning! This is Meera, a librarian with AskUsNow!. Is your father applying himself, or are you applying for him?'],
      [75, 'p', 'He is applying himself only, I am helping with computer.'],
      [95, 'l', "He can order it online from the Maryland Division of Vital Records at health.maryland.gov/vsa (a certified copy is $10). If he has questions about his record, he can also call the Division of Vital Records at 410-764-3038. Is this helpful?"],
      [150, 'p', 'Yes very helpful, thank you so much. That is all we needed.'],
      [160, 'l', 'You are most welcome, best wishes to your father!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian English, a great-grandfather\'s deed: "Which county?", MDLANDREC and the Archives\' plat site',
    lines: [
      [0, 'p', "G'day! My great-grandfather owned a farm in Maryland in the 1890s. Any way to find the deed from Australia?"],
      [35, 'l', "Hi! Tom here, from Ask a Librarian at Frederick County Public Libraries. Lovely project. Do you know which county the farm was in?"],
      [80, 'p', 'Carroll County I reckon'],
      [95, 'l', "Old Carroll County deeds are scanned in MDLANDREC at mdlandrec.net (free account; pick Carroll County and the land records index for the 1890s), and old maps are on plats.net. Does that help?"],
      [150, 'p', "Ripper, thanks heaps. Nah that's all I needed"],
      [160, 'l', 'No worries, good luck with the search!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak student, a copy of an accident report: "which police dept?", the county police records page',
    lines: [
      [0, 'p', 'yo how do i get the police report from my car crash lol insurance wants it'],
      [20, 'l', "hey! I'm Kai, student worker on the AskUsNow! chat :) which police dept came to the crash?"],
      [45, 'p', 'montgomery county police'],
      [60, 'l', 'ok! you can request a collision report online from MCPD records at montgomerycountymd.gov/pol (look for "Records Section - Request a Report"), it\'s $5. did that help?'],
      [90, 'p', 'ya thx thats all i needed'],
      [95, 'l', 'np, good luck w/ the insurance! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'scripted macros, school board minutes: BoardDocs',
    lines: [
      [0, 'p', 'where are the school board meeting minutes for howard county posted'],
      [15, 'l', 'Thank you for contacting AskUsNow! My name is Vera and I am a librarian. I am reviewing your question now.'],
      [25, 'l', 'Are you looking for a particular meeting, or recent minutes in general?'],
      [60, 'p', 'the meeting in october where they voted on redistricting'],
      [75, 'l', "Howard County Public School System posts agendas, minutes and video on BoardDocs: go to hcpss.org/board and click \"BoardDocs\", then Meetings > 2024. Does this completely answer your question?"],
      [110, 'p', 'yes'],
      [115, 'l', 'Is there anything else I can assist you with today?'],
      [135, 'p', 'no'],
      [140, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up by the patron\'s library: an obituary and death notice, the local history room by Monday',
    lines: [
      [0, 'p', "Hi, I'm trying to find a death notice for my grandmother, she died in Cumberland in 1979"],
      [30, 'l', 'Hi, this is Jo with AskUsNow!. Do you know the month, and was she living in Cumberland then?'],
      [70, 'p', 'August 1979, yes she lived there'],
      [85, 'l', "Thanks. The Cumberland Times-News from 1979 is on microfilm at the Allegany County Library's local history room. I'll ask their staff to look for it and e-mail you a copy by Monday. What's your e-mail?"],
      [120, 'p', 'janetb@example.org'],
      [130, 'l', "Thanks, janetb@example.org. The Allegany County Library's staff will e-mail you by Monday. Anything else?"],
      [150, 'p', 'no thats all, thank you'],
      [155, 'l', "You're welcome, take care!"],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'janetb@example.org', phone: null } },
    // reading: the Cumberland Times-News on microfilm is a named publication (a source); no referral (staff consulted on the
    // patron's behalf)
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised but coded Answered, no e-mail asked: a sealed adoption record',
    lines: [
      [0, 'p', 'my birth record was sealed when i was adopted. can i get the original?'],
      [25, 'l', 'Hi, this is Jo at Ask Us. Were you born in Maryland?'],
      [55, 'p', 'yes 1971'],
      [70, 'l', "Maryland adoptees can apply for the original birth certificate; the form is on health.maryland.gov/vsa under Adoption. I'll check whether the rules differ for 1971 and get back to you. Does that help for now?"],
      [110, 'p', 'ok thanks'],
      [115, 'l', 'Bye!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'patron gone after the answer: check-in, no disconnect notice, the session left open',
    lines: [
      [0, 'p', 'where do i look up campaign donations to maryland candidates'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it a state or a federal candidate?'],
      [45, 'p', 'state, governor'],
      [60, 'l', "Maryland's Campaign Reporting Information System at campaignfinance.maryland.gov lets you search contributions by candidate. Does that help?"],
      [200, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'non-native writer, a sister\'s divorce decree for a visa: the Case Search and the clerk\'s phone',
    lines: [
      [0, 'p', 'Hello, my sister divorce in Maryland 2012, now she need decree copy for visa in Korea. How she can get?'],
      [30, 'l', 'Hello! I am Jo, a librarian at Ask Us, Howard County Library System. Which county was the divorce in?'],
      [80, 'p', 'Prince George county'],
      [100, 'l', "She can find the case number in Maryland Judiciary Case Search (mdcourts.gov/casesearch), then order a certified copy from the Clerk of the Circuit Court for Prince George's County: call 301-952-3318. Does this answer your question?"],
      [160, 'p', 'Yes, thank you. Is all I need.'],
      [170, 'l', 'You are welcome. Good luck to your sister!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'journalist, a FOIA request stuck at ICE: foia.gov, "you can ask OGIS for help" without a contact',
    lines: [
      [0, 'p', "hey, freelance journo here. filed a FOIA w/ ICE 8 months ago, nothing back. any recourse?"],
      [30, 'l', 'Hi, Jo at Ask Us. Did you get a tracking number and an acknowledgement letter?'],
      [60, 'p', 'yeah, tracking # and an ack in march'],
      [75, 'l', "You can check its status with the tracking number at foia.gov (\"Check status\"). Past the 20 working days you can appeal, or you can ask OGIS for help; they mediate between requesters and agencies. Does that help?"],
      [120, 'p', "ok that's useful, thanks. that's all"],
      [126, 'l', 'Good luck with the piece, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a birth certificate from Puerto Rico and Maryland: "pídala en la oficina del Registro Demográfico" without contact',
    lines: [
      [0, 'p', 'buenas tardes, necesito el certificado de nacimiento de mi mamá, nació en Puerto Rico en 1958'],
      [30, 'l', 'Buenas tardes, le atiende Rosa, bibliotecaria de AskUsNow!. ¿Lo necesita para un pasaporte, o para otro trámite?'],
      [70, 'p', 'para el pasaporte de ella'],
      [90, 'l', 'Puede pedirlo en línea en pr.gov (busque "Certificado de Nacimiento"). Si no tiene computadora, pídalo en la oficina del Registro Demográfico más cercana. ¿Le sirve la información?'],
      [140, 'p', 'sí, gracias, es todo lo que necesitaba'],
      [148, 'l', '¡Con gusto! Que tenga buena tarde.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"contact the agency\'s records custodian" (no contact): referral fails', lines: then(PIA, "The AG's PIA Manual at marylandattorneygeneral.gov explains the steps; contact the agency's records custodian with your request. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"send it to the PIA representative at pia@baltimorecountymd.gov" : referral passes', lines: then(PIA, 'Send your request to the PIA representative at pia@baltimorecountymd.gov. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading (my first label was fail): the clerk is the Judiciary's, and the Judiciary's own site (mdcourts.gov) in the
  // same sentence is a URL to reach it
  { name: '"Case Search at mdcourts.gov/casesearch, then call the clerk of the circuit court" : referral passes', lines: then(COURT, 'Find the case number in Case Search at mdcourts.gov/casesearch, then call the clerk of the circuit court for a certified copy. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"call the clerk of the circuit court" alone (no contact): referral fails', lines: then(COURT, 'Call the clerk of the circuit court for a certified copy; the fee is $5. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Clerk of the Circuit Court for Howard County, 410-313-2111" : referral passes', lines: then(COURT, 'Order a certified copy from the Clerk of the Circuit Court for Howard County, 410-313-2111. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact OGIS at ogis@nara.gov" : referral passes', lines: then(PIA, 'foia.gov explains federal requests; if it stalls, contact OGIS at ogis@nara.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  // reading: "you can ask OGIS to mediate" tells the patron whom to ask
  { name: '"If the agency denies it, you can ask OGIS to mediate" (no contact): referral fails', lines: then(PIA, 'foia.gov explains federal requests. If the agency denies it, you can ask OGIS to mediate. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"write to the Division of Vital Records, 6764-B Reisterstown Road…" : referral passes', lines: then(VITAL, 'Write to the Division of Vital Records, 6764-B Reisterstown Road, Baltimore MD 21215, with a copy of your ID. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- more for the fixes (OGIS by its acronym; Spanish "pídalo en la oficina") -------------------------------------------
  { name: '"Reach out to OGIS, the FOIA ombudsman: ogis@nara.gov or 877-684-6448" : referral passes', lines: then(PIA, "foia.gov has the request form. Still stuck after the appeal? Reach out to OGIS, they're the FOIA ombudsman: ogis@nara.gov or 877-684-6448. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"If the FBI doesn\'t answer in 20 working days, contact OGIS." (no contact): referral fails', lines: then(PIA, "foia.gov has the request form. If the FBI doesn't answer in 20 working days, contact OGIS. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Pídala en el Registro Civil de su municipio." (no contact): referral fails', lines: thenEs('Si se casó fuera de Maryland, pídala en el Registro Civil de su municipio. Las de Maryland están en montgomerycountymd.gov/cct. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Solicítelo en la oficina de licencias de matrimonio, teléfono 240-777-9460" : referral passes', lines: thenEs('Solicítelo en la oficina de licencias de matrimonio del condado, teléfono 240-777-9460. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"ask the police department\'s records section" (no contact): referral fails', lines: then(PIA, "The AG's PIA Manual at marylandattorneygeneral.gov covers arrest logs; ask the police department's records section for the form. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"go to the Land Records office at the courthouse" (no contact): referral fails', lines: then(COURT, 'Deeds are in mdlandrec.net; or go to the Land Records office at the courthouse and they can print it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"comuníquese con la Oficina de Registros Vitales al 410-764-3038" : referral passes', lines: thenEs('Para otros registros, comuníquese con la Oficina de Registros Vitales al 410-764-3038. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // reading (my first label was fail; the scorer read no referral before the fix): as the English clerk above, the
  // Judiciary's own site in the same sentence reaches the clerk's office
  { name: '"mdcourts.gov/casesearch y pídalo en la oficina del secretario del tribunal" : referral passes', lines: thenEs('Busque el caso en mdcourts.gov/casesearch y pídalo en la oficina del secretario del tribunal. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"Pídalo en la oficina del secretario del tribunal de su condado." alone (no contact): referral fails', lines: thenEs('Pídalo en la oficina del secretario del tribunal de su condado; la copia certificada cuesta $5. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Email the custodian of records, Lt. Ames, at records@cityofbowie.org" : referral passes', lines: then(PIA, 'Email the custodian of records, Lt. Ames, at records@cityofbowie.org, and ask for the arrest log by date range. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Submit it to HCPSS\'s PIA office via hcpss.org/pia" : referral passes', lines: then(PIA, "Submit your request to the school system's PIA office via hcpss.org/pia. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Hand-deliver it to the Register of Wills in the county where he died." (no contact): referral fails', lines: then(VITAL, 'For the estate papers, hand-deliver the form to the Register of Wills in the county where he died. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Stop by the Circuit Court\'s Land Records Department" (no contact): referral fails', lines: then(COURT, "Stop by the Circuit Court's Land Records Department; they can print certified copies of the deed. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"try the Maryland State Archives\' reference desk at 410-260-6400" : referral passes', lines: then(VITAL, "You could try the Maryland State Archives' reference desk at 410-260-6400. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"get it from the State Board of Elections, 410-269-2840" : referral passes', lines: then(PIA, 'For older paper filings, call the State Board of Elections at 410-269-2840. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The Register of Wills\' estate search is at registers.maryland.gov" : a source, no referral', lines: then(VITAL, "The Register of Wills' estate search is at registers.maryland.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Is this for a genealogy project or a legal matter?" before the source: clarify passes', lines: [[0, 'p', 'how do i get an old will'], [15, 'l', "Hi, I'm Jo at Ask Us. Is this for a genealogy project or a legal matter?"], [40, 'p', 'genealogy'], [50, 'l', 'Older wills are indexed at msa.maryland.gov. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Did the Case Search link get you what you needed?" : completeness passes', lines: [...COURT, [70, 'l', 'Look it up in mdcourts.gov/casesearch.'], [100, 'p', 'found it'], [106, 'l', 'Did the Case Search link get you what you needed?'], [130, 'p', 'yes thanks'], [136, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  { name: '"I\'ll call the records office and get back to you by tomorrow" with the e-mail given: contact passes', lines: [...PIA, [70, 'l', "I'll call the records office and get back to you by tomorrow. What e-mail should I use?"], [100, 'p', 'it is reporter@example.com'], [110, 'l', 'Thanks, reporter@example.com. Talk soon!']], over: { ...FU_ME, patron: { name: null, email: 'reporter@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }) },
  // ---- more for the fixes (the custodian of records; papers hand-delivered to an office) ---------------------------------
  { name: '"Email the custodian of records, Lieutenant Ames, at records@cityofbowie.org" : referral passes', lines: then(PIA, 'Email the custodian of records, Lieutenant Ames, at records@cityofbowie.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Reach out to the department\'s custodian of records" (no contact): referral fails', lines: then(PIA, "The AG's PIA Manual at marylandattorneygeneral.gov covers body-cam footage. Reach out to the department's custodian of records and ask for their policy. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Write to the custodian of public records, …, 8103 Sandy Spring Road, Laurel MD 20707" : referral passes', lines: then(PIA, 'Write to the custodian of public records, City of Laurel, 8103 Sandy Spring Road, Laurel MD 20707. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Deliver your request in person to the records office at 400 Washington Ave, Towson." : referral passes', lines: then(PIA, 'Deliver your request in person to the records office at 400 Washington Ave, Towson MD 21204. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"hand deliver the application to the Division of Vital Records, 6764-B Reisterstown Road" : referral passes', lines: then(VITAL, 'You can also hand deliver the application to the Division of Vital Records, 6764-B Reisterstown Road, Baltimore MD 21215. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"deliver the petition to the clerk\'s office" (no contact): referral fails', lines: then(COURT, "The expungement petition is form CC-DC-CR-072. Deliver the petition to the clerk's office in the county of the case. Does that help?"), exp: some({ referral: 'fail' }) },
  // ---- sources, not referrals --------------------------------------------------------------------------------------------
  { name: '"Maryland Judiciary Case Search at mdcourts.gov/casesearch" : a source, no referral', lines: then(COURT, 'Look up the case in Maryland Judiciary Case Search at mdcourts.gov/casesearch. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The PIA Compliance Board\'s opinions are at …" : a source, no referral', lines: then(PIA, "The PIA Compliance Board's opinions on fees are at marylandattorneygeneral.gov/pages/opengov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"order it online at health.maryland.gov/vsa" : a source, no referral', lines: then(VITAL, 'Order it online at health.maryland.gov/vsa; it costs $10. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // reading: an organisation named without a way to reach it is not a source; "might have it" tells no one to contact it
  { name: '"The Maryland State Archives might have it." : no source, no referral', lines: then(VITAL, 'The Maryland State Archives might have it. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"What year did he die?" before the source: clarify passes', lines: [[0, 'p', 'death certificate for my dad'], [15, 'l', "Hi, I'm Jo at Ask Us. What year did he die, and in Maryland?"], [40, 'p', '2019 yes'], [50, 'l', 'Order it at health.maryland.gov/vsa. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'death certificate for my dad'], [15, 'l', "Hi, I'm Jo at Ask Us. Order it at health.maryland.gov/vsa. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"So you need the deed itself, not just the owner\'s name?" : clarify passes', lines: [[0, 'p', 'who owns the empty lot next to me'], [15, 'l', "Hi, Jo at Ask Us. So you need the deed itself, not just the owner's name?"], [40, 'p', 'just the name'], [50, 'l', 'SDAT\'s Real Property search at sdat.dat.maryland.gov shows the owner. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like the fee schedule too?" after the source: completeness fails', lines: then(VITAL, 'Order it at health.maryland.gov/vsa. Would you like the fee schedule too?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that cover what you needed?" : completeness passes', lines: then(VITAL, 'Order it at health.maryland.gov/vsa. Does that cover what you needed?'), exp: some({ complete: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"we can only do one records question per chat" : dismissal fails', lines: [...COURT, [70, 'l', 'Look it up in mdcourts.gov/casesearch. Does that help?'], [100, 'p', 'yes, and how do i find my marriage license?'], [110, 'l', 'Sorry, we can only do one records question per chat. Please start a new chat. Bye.']], exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting, please come back" : dismissal passes', lines: [...COURT, [70, 'l', 'Look it up in mdcourts.gov/casesearch. Does that help?'], [100, 'p', 'yes, and how do i find my marriage license?'], [110, 'l', 'I have several patrons waiting right now; please come back in a bit and we can look at the marriage license. Thanks!']], exp: some({ dismissal: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"that\'s all I need for my story" : anything else passes', lines: [...PIA, [70, 'l', "The AG's PIA Manual is at marylandattorneygeneral.gov. Does that help?"], [100, 'p', "yes, that's all I need for my story"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"great, thanks" : anything else fails', lines: [...PIA, [70, 'l', "The AG's PIA Manual is at marylandattorneygeneral.gov. Does that help?"], [100, 'p', 'great, thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll search the archives and e-mail you by Friday" with the e-mail repeated: contact passes', lines: [...VITAL, [70, 'l', "I'll search the State Archives' index and e-mail you by Friday. What's your e-mail?"], [100, 'p', 'gen@example.com'], [110, 'l', 'Got it, gen@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'gen@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll e-mail you what I find" with the e-mail but no time: contact fails', lines: [...VITAL, [70, 'l', "I'll search the State Archives' index and e-mail you what I find. What's your e-mail?"], [100, 'p', 'gen@example.com'], [110, 'l', 'Got it, gen@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'gen@example.com', phone: null } }, exp: some({ contact: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // OGIS named as the owner of pages, reports or guidance, no one told to contact or ask it
  // the custodian of records said of an owner, no one told to contact it
  { name: 'near miss: "The county is the custodian of records for deeds before 1950; …mdlandrec.net" : no referral', lines: then(COURT, 'The county is the custodian of records for deeds before 1950; they are all on mdlandrec.net. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The Archives became the custodian of records for closed courts in 1990; …" : no referral', lines: then(COURT, 'The Archives became the custodian of records for closed courts in 1990; its guide is at msa.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "As custodian of records, the police department can charge for copies; …" : no referral', lines: then(PIA, 'As custodian of records, the police department can charge for copies; the fee rules are at marylandattorneygeneral.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // "deliver" said of the provider, a hypothetical, or a delivery to the patron
  { name: 'near miss: "I\'ll hand-deliver your request to the records office myself" : no referral', lines: then(PIA, "The form is at baltimorecountymd.gov/pia. I'll hand-deliver your request to the records office myself when I'm in Towson. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "If you deliver the petition to the Register of Wills late, there is a fine" : no referral', lines: then(VITAL, 'If you deliver the petition to the Register of Wills late, there is a fine; the forms are at registers.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Once you deliver the papers to the Register of Wills, the estate opens" : no referral', lines: then(VITAL, 'Once you deliver the papers to the Register of Wills, the estate opens; the steps are at registers.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The clerk will deliver the certified copy to your home" : no referral', lines: then(COURT, 'Order it at mdcourts.gov/clerks and the clerk will deliver the certified copy to your home by mail. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "deliver the paperwork to your house" (a courier) : no referral', lines: then(VITAL, 'VitalChek at vitalchek.com can deliver the paperwork to your house overnight for a fee. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "OGIS\'s guide to FOIA appeals is at ogis.archives.gov." : a source, no referral', lines: then(PIA, "OGIS's guide to FOIA appeals is at ogis.archives.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "OGIS reports say the FBI\'s backlog …; foia.gov has the form" : no referral', lines: then(PIA, "OGIS reports say the FBI's backlog is over a year; foia.gov has the request form. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The OGIS compliance review of the FBI is at ogis.archives.gov/reports." : no referral', lines: then(PIA, 'The OGIS compliance review of the FBI is at ogis.archives.gov/reports. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "OGIS mediates FOIA disputes; its guide is at ogis.archives.gov." : no referral', lines: then(PIA, 'OGIS mediates FOIA disputes; its guide is at ogis.archives.gov. Does that help?'), exp: some({ referral: 'na' }) },
  // Spanish "pídalo en" something that is no party, or said negated or in the past
  { name: 'near miss: "No lo pida en la oficina del condado; búsquelo en mdcourts.gov/casesearch." : no referral', lines: thenEs('No lo pida en la oficina del condado; búsquelo en mdcourts.gov/casesearch. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Pídalo en línea en health.maryland.gov/vsa." : no referral', lines: thenEs('Pídalo en línea en health.maryland.gov/vsa. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Pídalo en la página de la oficina: health.maryland.gov/vsa." : no referral', lines: thenEs('Pídalo en la página de la oficina: health.maryland.gov/vsa. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Si ya lo pidió en la oficina del secretario, la copia llega por correo." : no referral', lines: thenEs('Si ya lo pidió en la oficina del secretario, la copia llega por correo en dos semanas. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  // LEFT until v57: a hypothetical read as a referral since before v34 (v33 reads "If you mail the form to the wrong office, …" the
  // same way); v57 (block W) keeps v5's "bring / mail / deliver … to" out of a condition ("if / when / once you …")
  { name: 'near miss: "If you deliver the form to the wrong office, they forward it" : no referral', lines: then(VITAL, 'If you deliver the form to the wrong office, they just forward it; the form is at health.maryland.gov/vsa. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-third round (Y3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Y3): public records, every check', whole);
describeSessions('thirty-third round (Y3): public records, short cases', short);
describeSessions('thirty-third round (Y3): public records, near misses of the changes', guards);

describeLeft('thirty-third-round-records', LEFT);
