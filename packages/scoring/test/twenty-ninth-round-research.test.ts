/**
 * Twenty-ninth round, area (F6): RESEARCH THAT NEEDS MORE TIME. Questions the provider cannot finish in the chat (local
 * history, genealogy, obscure citations, statistics, interlibrary loan, a specialist's answer) ending in a follow-up
 * ("I'll e-mail you what I find", "someone from your library will contact you", "a subject specialist will get back to
 * you"), coded `Follow-up by me` / `Follow-up by patron's library` or not, the contact confirmed in the chat or only in
 * the patron fields, the when said or not, the follow-up recorded in time, late or not yet.
 *
 * PARAPHRASE SWEEP. Ways real providers say the follow-up and its when, across registers:
 *   1. "I'll check the microfilm index and e-mail you what I find by Friday." (warm public library)
 *   2. "someone from your library will contact you in a day or two" (statewide cooperative)
 *   3. "I'll consult our engineering subject specialist and e-mail you what we find." (formal academic, no when)
 *   4. "will email by tmrw" (terse veteran)
 *   5. "lemme ask the ILL folks n get back to u tomorrow" (student worker)
 *   6. "la bibliotecaria de su biblioteca la va a llamar el lunes" (Spanish)
 *   7. "I'll ring you tomorrow afternoon with what I find." (British)
 *   8. "I'll flick you an email by Monday arvo." (Australian)
 *   9. "I will revert back to you on your mail id by tomorrow EOD." (Indian English)
 *  10. "i'll email u soon w/ what i find" (chat-speak: soon says no time)
 *  11. "You should hear from them within 3 business days at the e-mail address you provided." (macro; the address only
 *      in the patron fields)
 *  12. "A subject specialist will get back to you within two business days." (academic)
 *  13. "Our reference desk will call you tomorrow morning." (phone only)
 *  14. "you'll hear from me by Friday at the latest" (veteran)
 *  15. "by the end of the week" / "early next week" / "next week" (bounded windows: a when)
 *  16. "We'll be in touch once the reel arrives." (an event: no when)
 *  17. "Le escribo mañana con lo que encuentre." (Spanish: a when)
 *
 * Near misses (the same words for something else, no follow-up session):
 *   N1. "If you e-mail the historical society at info@… they can look it up." (the patron writes: a referral)
 *   N2. "Would you like me to e-mail you if I find more?" "no that's ok" (an offer declined)
 *   N3. "Let me get back to you in a minute, still searching." then the answer in the chat (a hold)
 *   N4. "You'll get an automatic e-mail from ILLiad when it arrives." (the system's notice)
 *   N5. "I'm e-mailing the article to you right now." during the chat, and it is sent (nothing later)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "soon", "as soon as I can", "once they're pulled" say no time: followup.contact fails (older rounds' reading);
 *   "in a day or two", "by the end of the week", "next week", "tomorrow EOD" are bounded: a when;
 * - an address in the patron fields that the provider reads back in the chat ("is jane@… still best?") is confirmed
 *   there; "the e-mail address you provided" without the address is not;
 * - a promise that someone from the provider's own library (a specialist, the reference desk) will contact the patron is
 *   a follow-up promise: the code must be a follow-up code;
 * - a follow-up session where the provider gives nothing now (only the promise) has a substantive exchange and no source:
 *   info.source and followup.completeness fail; "Does that help for now?" after a source given now passes completeness.
 *
 * Written: 40 whole sessions (every check; 1 more in LEFT), 65 short cases, 16 guards (near misses and other words of the
 * changes), 1 more guard in LEFT; and every whole case's flags checked against the flags its labels give (RUBRIC.md "Score
 * and flags": critical fail, value below 70, on_time failed, a follow-up session).
 * Runs, each batch labelled before it ran: 26 whole + 23 short first: 2 disagreements (followup.completeness 1,
 * closing.anything_else 1), both the scorer's; 16 short (more promises and whens): 0; 6 whole: 0; 24 short (whens, phones,
 * near misses): 0; 6 whole: 1 (resolution.code, the scorer's: "the 1877 Atlas" read as the vanity number 1-877-ATLAS, so
 * a follow-up code had a "contact"); 2 whole and the phone guards: 2 (referral.contact 1, the scorer's but not this
 * area's: LEFT; 1 near miss of mine, "call Medicare at 1-800-MEDICARE", which the scorer reads as no referral: LEFT, the
 * guard reworded). My labels corrected: 0. Per check over all runs: completeness 1, anything_else 1, resolution.code 1,
 * referral.contact 2.
 * Fixed in block F6 (rubric v30):
 * - `namedUseF6` (completeness): "Is the Record Office catalogue any use for now?", "Was the death index of any help?",
 *   "Are those county directories any use to you?": a whole question whether "the <1-4 words>" is any use, help or good,
 *   its head noun in an earlier provider sentence that gave a source [the patron's "is the ancestry database any good?"
 *   echoed; "Is the microfilm reader at your branch any use to you?" with no source naming it; "Is the weather any good?"].
 * - `thatAllF6` (anything_else): "Will that be all?", "That it for today?", "Is that all you need(ed) for now?", "Ok, will
 *   that be it then?" as whole questions ["Will that be all right?", "Is that all the pages you need?", the bare "Is that
 *   it?" (the older rounds' reading: also "is that the one?")].
 * - `phone` (v9's and v11's toll-free numbers in letters, narrowed): "1" and the prefix typed together as a year with a
 *   space and a word after it ("the 1877 atlas", "the 1855 census", "in 1866 the county", "the 1888 fire insurance maps")
 *   is a phone only after a word that says so ("call", "ring … on", "at", "number", "is") ["ring the helpline on 1800
 *   RESPECT", "1-800-MEDICARE", "1 800 flowers", "1800flowers", "work line is 1800 347 0000" stay phones].
 * Left (not run): 2, each with its reason at the case (both the referral area's readings).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, chat, DAY, describeSessions, score, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, T0, usual } from './helpers';

const HOUR = 3600;
const done = (sec: number, note = 'sent') => ({ followUps: [{ doneAt: at(sec), by: 'jo', note }] });

export const whole: SessionCase[] = [
  {
    name: 'Carroll County, an obituary from 1952: the microfilm index e-mailed "by Friday", address read back, a source now, sent at 30 h',
    lines: [
      [0, 'p', 'Hi, I am trying to find an obituary for my great-grandfather, Walter Lintz, who died in Westminster in 1952.'],
      [22, 'l', "Hi there! I'm Dana, a librarian with Carroll County Public Library. Do you know roughly what month he died?"],
      [60, 'p', 'I think it was November, maybe early December.'],
      [68, 'l', 'Thanks, let me take a look at what we have online.'],
      [170, 'l', "The Democratic Advocate for 1952 isn't digitized, it's only on microfilm at our Westminster branch. I'll check the microfilm index and e-mail you what I find by Friday. What e-mail address should I use?"],
      [215, 'p', 'wlintz.family@gmail.com'],
      [222, 'l', 'Got it: wlintz.family@gmail.com. In the meantime, the Maryland State Archives has death certificate indexes at msa.maryland.gov. Does that help for now?'],
      [260, 'p', 'Yes, that is great, thank you.'],
      [266, 'l', 'Is there anything else I can help you with today?'],
      [290, 'p', "No, that's everything."],
      [296, 'l', 'Thank you for contacting Carroll County Public Library. Have a good evening!'],
    ],
    over: { ...FU_ME, ...done(296 + 30 * HOUR, 'obit scan e-mailed') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "someone from your library will contact you in a day or two" is a follow-up promise with a bounded when
    name: 'AskUsNow! backup for Harford County, a house history: "someone from your library will contact you in a day or two", e-mail given, no completeness question; pending',
    lines: [
      [0, 'p', 'hello! i want to find out how old my house is and who lived there, its on Main St in Bel Air'],
      [30, 'l', "Hello and welcome to AskUsNow! My name is Keisha and I'm a librarian at Baltimore County Public Library. What's the street number, and do you know about when it was built?"],
      [75, 'p', '212 Main, we were told 1890s'],
      [84, 'l', 'Let me see what Harford County has, just a moment.'],
      [190, 'l', "Harford County Public Library has a local history room with city directories and deeds indexes, listed at hcplonline.org/local-history. A house history takes more digging than I can do here, so I'm going to send your question to their reference staff; someone from your library will contact you in a day or two."],
      [205, 'l', 'What is the best e-mail for them to reach you?'],
      [240, 'p', 'its cmorales212@yahoo.com'],
      [246, 'l', "Thank you, I'll pass that along with your question."],
      [270, 'p', "ok that's everything, thanks so much!"],
      [276, 'l', 'You are very welcome. Thanks for using AskUsNow!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the address known only from patron.email, never mentioned, is not confirmed; no when either
    name: 'University library, an obscure 1974 conference paper: "I\'ll consult our engineering subject specialist and e-mail you what we find", address only in the fields; sent at 20 h',
    lines: [
      [0, 'p', 'Good afternoon. I need a copy of: Harlan, R. "Thermal fatigue in welded joints," Proc. 3rd Intl. Conf. Pressure Vessels, 1974. Our library search finds nothing.'],
      [35, 'l', 'Good afternoon, this is Dr. Okafor at the University Library research help service. Do you need the full paper, or only to verify the citation?'],
      [70, 'p', 'The full paper, please, for my thesis literature review.'],
      [78, 'l', 'Understood. One moment while I search WorldCat and the engineering indexes.'],
      [190, 'l', 'I have searched WorldCat (worldcat.org) and Compendex; the 1974 proceedings are held by only two libraries, neither of which lends the volume.'],
      [200, 'l', "I'll consult our engineering subject specialist about obtaining a scan of the paper and e-mail you what we find."],
      [240, 'p', 'Thank you, that would be very helpful.'],
      [246, 'l', 'Is there anything else I can help you with?'],
      [270, 'p', 'No, thank you.'],
      [276, 'l', 'Thank you for using the research help service. Goodbye.'],
    ],
    over: { ...FU_ME, patron: { name: 'A. Brandt', email: 'abrandt@grad.univ.edu', phone: null }, ...done(276 + 20 * HOUR, 'scan request sent') },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'Pratt, terse veteran, crime statistics by ZIP: "will email by tmrw", recorded at 80 h: late',
    lines: [
      [0, 'p', 'need crime stats for zip 21201 by year going back to 2000'],
      [18, 'l', 'Hi, Pat @ Enoch Pratt Library. Which crimes, all or specific?'],
      [45, 'p', 'all'],
      [52, 'l', 'BPD open data has 2014 on: data.baltimorecity.gov, search "Part 1 crime". Before 2014 I\'d have to dig in the old annual reports. Want me to email you those?'],
      [90, 'p', 'yes pls. rkhan88@gmail.com'],
      [96, 'l', 'rkhan88@gmail.com, got it. will email by tmrw.'],
      [110, 'p', 'thx'],
      [114, 'l', 'np, bye'],
    ],
    over: { ...FU_ME, ...done(114 + 80 * HOUR, 'annual reports sent') },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'college library, student worker, a book for ILL: "lemme ask the ILL folks n get back to u tomorrow", e-mail given; sent at 26 h',
    lines: [
      [0, 'p', 'hey do yall have "The Sugar Barons" by Matthew Parker? cant find it'],
      [15, 'l', 'hey! this is Tyler at the Ask a Librarian desk, Lakeside College Library. is it for a class? need it by a certain date?'],
      [50, 'p', 'hist 210 paper due in 3 weeks'],
      [57, 'l', 'ok one sec, checking'],
      [120, 'l', "we don't own it, but you can request it thru interlibrary loan at library.lakeside.edu/ill, usually takes 1-2 wks"],
      [130, 'l', "i'm not sure if it'll come in time tho, lemme ask the ILL folks n get back to u tomorrow by email. whats ur email?"],
      [170, 'p', 'jwash22@lakeside.edu'],
      [175, 'l', 'cool, got it. does that help for now?'],
      [200, 'p', 'yeah thanks!'],
      [205, 'l', 'anything else?'],
      [220, 'p', 'nope'],
      [224, 'l', 'ok have a good one!'],
    ],
    over: { ...FU_ME, ...done(224 + 26 * HOUR, 'ILL eta sent') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the provider offered to e-mail, the patron left before giving an address: the code is a follow-up code
    // with no contact anywhere
    name: 'genealogy, the patron vanishes before giving an address: coded Follow-up by me, check-in and disconnect notice; code and contact fail, pending',
    lines: [
      [0, 'p', 'looking for my grandmothers naturalization papers, Anna Kowalski, came from Poland around 1910 to Baltimore'],
      [25, 'l', 'Hello! This is Rebecca, a librarian at Anne Arundel County Public Library. Do you know if she naturalized in Baltimore city or county?'],
      [70, 'p', 'city i think'],
      [78, 'l', "Let me check a couple of indexes, one moment."],
      [185, 'l', "FamilySearch has a free index of Baltimore naturalizations at familysearch.org, but the 1910s petitions themselves aren't online. I can request a search of the court records and email you what I find. What email should I use?"],
      [305, 'l', 'Are you still there?'],
      [430, 'l', "It looks like you may have been disconnected, so I'll end this chat now. Please chat back any time!"],
    ],
    over: { ...FU_ME, endedAt: at(440) },
    exp: usual({ clarify: 'pass', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "la va a llamar el lunes" promises that her library will call her, on Monday: a when; the phone is given
    name: 'bilingual, records from Puerto Rico: "la bibliotecaria de su biblioteca la va a llamar el lunes", phone given and read back; pending',
    lines: [
      [0, 'p', 'Hola, busco el acta de nacimiento de mi abuelo, nació en Ponce en 1921'],
      [20, 'l', '¡Hola! Soy Ana, bibliotecaria del servicio AskUsNow! ¿Sabe usted el nombre completo de sus padres?'],
      [70, 'p', 'Si, Jose Rivera y Carmen Ortiz'],
      [78, 'l', 'Un momento, voy a buscar.'],
      [180, 'l', 'Las actas de esa época están en el Registro Demográfico de Puerto Rico; se piden en línea en pr.gov/registrodemografico. Para los registros parroquiales de Ponce necesito consultar a una especialista.'],
      [190, 'l', '¿Me da un número de teléfono? La bibliotecaria de su biblioteca la va a llamar el lunes con lo que encuentre.'],
      [230, 'p', '443-555-0186'],
      [236, 'l', 'Anoto 443-555-0186. ¿Le sirve la información del Registro por ahora?'],
      [270, 'p', 'Si, muchas gracias'],
      [276, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [300, 'p', 'No, eso es todo'],
      [305, 'l', '¡Gracias por usar AskUsNow! Que tenga buen día.'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a reading list promised "by Thursday" but coded Answered: code fails; never recorded, five days on: on_time fails',
    lines: [
      [0, 'p', 'Hi! Our book club wants novels set in Maryland, do you have a list?'],
      [25, 'l', "Hi! I'm Jo at Sample County Library. Fiction only, or memoirs too?"],
      [55, 'p', 'fiction only'],
      [62, 'l', 'A few to start: The Accidental Tourist by Anne Tyler and The Known World by Edward P. Jones, both in our catalog at catalog.sample.org. I\'ll put together the rest of the list and email it to you by Thursday. What\'s your email?'],
      [110, 'p', 'dmiller.bookclub@gmail.com'],
      [116, 'l', 'Thanks! Is that a good start?'],
      [140, 'p', 'perfect'],
      [145, 'l', 'Anything else I can help with?'],
      [165, 'p', 'no thanks'],
      [170, 'l', 'Happy reading, bye!'],
    ],
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: coded Follow-up by me, no promise in the text and no when: the code is a follow-up code, so contact applies
    name: 'statistics, coded Follow-up by me with the e-mail taken but no when said: contact fails',
    lines: [
      [0, 'p', 'Where can I find how many people commuted by bike in Frederick in 1990?'],
      [20, 'l', 'Hello, Marcus here with Frederick County Public Libraries. Do you need the city or the whole county?'],
      [50, 'p', 'the city'],
      [58, 'l', 'Checking the census tables for you.'],
      [160, 'l', "The 2000 figures are on data.census.gov, but the 1990 journey-to-work tables for the city aren't online. Let me look into the print volumes. What's the best email for you?"],
      [200, 'p', 'bikefred@protonmail.com'],
      [205, 'l', 'Great, thanks.'],
      [225, 'p', 'thank you!'],
      [230, 'l', 'Thanks for contacting us!'],
    ],
    over: { ...FU_ME, ...done(230 + 40 * HOUR, 'census volume pages sent') },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'law library, a subject specialist "within two business days", the address read back and confirmed; sent at 45 h',
    lines: [
      [0, 'p', 'Hello, I need Maryland legislative history for a 1987 amendment to the Family Law Article, section 9-101.'],
      [30, 'l', 'Good morning, this is Paul Mercer, reference librarian at the Thurgood Marshall State Law Library. Are you looking for committee files, or the bill file and fiscal note?'],
      [80, 'p', 'Committee testimony ideally.'],
      [88, 'l', 'One moment while I check our bill file index.'],
      [200, 'l', 'The 1987 bill files are on microfiche here and not online; the Department of Legislative Services has the index at dls.maryland.gov. A subject specialist in our legislative history unit will get back to you within two business days with what the file holds.'],
      [210, 'l', 'I have your e-mail as m.okoro@umd.edu from the form, is that correct?'],
      [240, 'p', 'Yes, that is correct.'],
      [246, 'l', 'Does the DLS index help in the meantime?'],
      [280, 'p', 'It does, thank you. That is all I needed.'],
      [286, 'l', 'Thank you for contacting the State Law Library. Goodbye.'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Okoro', email: 'm.okoro@umd.edu', phone: null }, ...done(286 + 45 * HOUR, 'bill file summary sent') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: a UK mobile number given in the chat is a phone contact; "tomorrow afternoon" says when
    name: 'British, parish records: "I\'ll ring you tomorrow afternoon with what I find", mobile given in the chat; sent at 22 h',
    lines: [
      [0, 'p', "Hiya, I'm after baptism records for St Mary's, Whitby, 1840s. Are they online anywhere?"],
      [25, 'l', "Hello, you're through to Gemma at North Yorkshire Libraries. Which surname are you tracing?"],
      [60, 'p', 'Harland. Thomas Harland, born about 1843.'],
      [66, 'l', 'Bear with me a moment.'],
      [170, 'l', "Whitby's registers are held by the North Yorkshire County Record Office; their catalogue is at northyorks.gov.uk/archives, but the 1840s baptisms aren't digitised. I'll ask our local studies team and ring you tomorrow afternoon with what I find. What's the best number?"],
      [215, 'p', '07700 900461'],
      [220, 'l', "Lovely, 07700 900461. Is the Record Office catalogue any use for now?"],
      [250, 'p', 'Yes, ta very much'],
      [255, 'l', 'Anything else I can help with?'],
      [275, 'p', "No that's all, cheers"],
      [280, 'l', 'Thanks for getting in touch, bye for now!'],
    ],
    over: { ...FU_ME, ...done(280 + 22 * HOUR, 'rang with register details') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "by Monday arvo" says when (Monday afternoon)
    name: 'Australian, shipping records: "I\'ll flick you an email by Monday arvo", the patron says she\'s done; pending',
    lines: [
      [0, 'p', 'G\'day, trying to find when my great-grandad arrived in Fremantle, think 1912, name Patrick Doyle'],
      [20, 'l', "G'day! Bec here from the State Library of WA. Do you know the ship or where he sailed from?"],
      [60, 'p', 'from Liverpool, no idea of the ship'],
      [66, 'l', 'No worries, give me a tick to have a look.'],
      [175, 'l', 'The passenger lists are at the National Archives, naa.gov.au, but Doyle gives a heap of hits for 1912. I\'ll narrow it down and flick you an email by Monday arvo. What\'s your email?'],
      [210, 'p', 'sdoyle.perth@bigpond.com'],
      [214, 'l', "Ta, got sdoyle.perth@bigpond.com. Does the NAA link help you for now?"],
      [240, 'p', "yep that's all I needed, cheers"],
      [245, 'l', 'No worries, thanks for chatting, hooroo!'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "I will revert back to you on your mail id by tomorrow EOD" promises the answer by a time (Indian English)
    name: 'Indian English, a statistics question: "I will revert back to you on your mail id by tomorrow EOD", mail id given; sent at 18 h',
    lines: [
      [0, 'p', 'Good evening madam, I require the district-wise literacy rate of Kerala for 1961 census for my project.'],
      [25, 'l', 'Good evening, this is Priya from the Ask a Librarian service, Central University Library. Kindly tell me, do you require it for all districts or only some?'],
      [65, 'p', 'All districts madam.'],
      [72, 'l', 'Please wait, I am checking.'],
      [180, 'l', 'The 1961 District Census Handbooks are on censusindia.gov.in in the digital library, but the Kerala tables are scanned images. I will check the print volume and revert back to you on your mail id by tomorrow EOD. Kindly share your mail id.'],
      [220, 'p', 'rajeev.nair1990@gmail.com'],
      [226, 'l', 'Noted, rajeev.nair1990@gmail.com. Is the census link useful for now?'],
      [250, 'p', 'Yes madam thank you.'],
      [255, 'l', 'Is there anything else you require?'],
      [280, 'p', 'No madam.'],
      [285, 'l', 'Thank you for using the service. Have a nice evening.'],
    ],
    over: { ...FU_ME, ...done(285 + 18 * HOUR, 'tables mailed') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "soon" says no time
    name: 'chat-speak both sides, a yearbook: "i\'ll email u soon w/ what i find", e-mail given; sent at 10 h; contact fails',
    lines: [
      [0, 'p', 'hiii do u have the 1998 Dulaney High yearbook?? my moms in it'],
      [15, 'l', 'hi!! Jen here at Baltimore County Public Library :) do u know if she was a senior that year?'],
      [40, 'p', 'ya class of 98'],
      [45, 'l', 'ok lemme look'],
      [140, 'l', 'so our Cockeysville branch has some Dulaney yearbooks but the catalog (bcpl.info) doesnt say which years. ill call the branch & email u soon w/ what i find. whats ur email?'],
      [170, 'p', 'kaylaa.m@icloud.com'],
      [175, 'l', 'got it! anything else?'],
      [190, 'p', 'nah ty!!'],
      [194, 'l', 'np, byeee'],
    ],
    over: { ...FU_ME, ...done(194 + 10 * HOUR, 'yearbook holdings') },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    // reading: the patron is told to write to the society herself: a referral with an e-mail, not a follow-up
    name: 'near miss, a church history: "If you e-mail the historical society at info@hcgs.org they can look it up": a referral, no follow-up',
    lines: [
      [0, 'p', 'Do you have the history of Mount Zion church in Ellicott City? It was founded around 1870 I think'],
      [25, 'l', "Hi, I'm Sam, a librarian at Howard County Library System. Are you after the founding, or the congregation's records?"],
      [60, 'p', 'the founding and early members'],
      [66, 'l', 'Let me look, one moment.'],
      [150, 'l', 'Our Howard County history collection has a short piece in "Howard County, Maryland: A Brief History", in the catalog at hclibrary.org. For early members, if you e-mail the Howard County Genealogical Society at info@hcgs.org they can look it up in their church files. Does that help?'],
      [190, 'p', "yes that's all I needed, thank you!"],
      [196, 'l', 'Thanks for chatting with us, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'transfer to Local History, then the specialist promises the plat map "by Wednesday", e-mail given; sent at 50 h',
    lines: [
      [0, 'p', 'hi, im looking for old property maps of Towson from the 1920s'],
      [18, 'l', 'Hello, Jo at Ask Us here. Do you need a specific street or the whole area?'],
      [50, 'p', 'York Road near Burke Ave'],
      [56, 'l', "I'm transferring you to Rosa in our Local History department, she knows the maps best. One moment."],
      [59, 'i', 'pt wants 1920s Towson property maps, York Rd / Burke Ave; Sanborn or plats'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', 'Hi, Rosa from Local History here! Are you after building footprints, or who owned the lots?', ROSA],
      [130, 'p', 'who owned them'],
      [140, 'l', "The 1920s Sanborn maps are in the Library of Congress collection at loc.gov/collections/sanborn-maps, but owners are on the plat books in our vault. I'll scan the York Road page and email it to you by Wednesday. What's your email?", ROSA],
      [175, 'p', 'towsonhouse@verizon.net'],
      [181, 'l', 'Thanks, towsonhouse@verizon.net. Does the Sanborn link help for now?', ROSA],
      [210, 'p', "yes, that's all I needed"],
      [215, 'l', 'Great, thanks for chatting, bye!', ROSA],
    ],
    over: { ...FU_ME, ...done(215 + 50 * HOUR, 'plat scan e-mailed') },
    exp: usual({ contact: 'pass', onTime: 'pass', transfer: 'pass' }),
  },
  {
    name: 'cut short: "I\'ll email you by end of day tomorrow", the patron stops answering; check-in but no disconnect notice, no goodbye',
    lines: [
      [0, 'p', 'I need statistics on opioid overdoses in Allegany County by year since 2010'],
      [25, 'l', "Hi! This is Luis at Allegany County Library System's chat. Is it deaths only, or ER visits too?"],
      [60, 'p', 'deaths only'],
      [66, 'l', 'Okay, let me look.'],
      [170, 'l', "The Maryland Department of Health's overdose reports are at health.maryland.gov/vsa, yearly from 2013. For 2010-2012 I'll need to check the older vital statistics reports; I'll email you by end of day tomorrow. What's your email?"],
      [205, 'p', 'tgreene@alleganygov.org'],
      [210, 'l', 'Got it, tgreene@alleganygov.org. Does that cover it for now?'],
      [230, 'p', 'ok thx'],
      [236, 'l', 'Is there anything else I can help with?'],
      [420, 'l', 'Are you still there?'],
    ],
    over: { ...FU_ME, endedAt: at(600) },
    exp: usual({ courteous: 'fail', idle: 'pass', disconnect: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "at the e-mail address you provided" names no address: not confirmed in the chat; the address is in the fields
    name: 'cooperative macros, tribal census data: "You should hear from them within 3 business days at the e-mail address you provided": contact fails, code passes',
    lines: [
      [0, 'p', 'Need 1900 census population counts for the Lumbee in Robeson County NC'],
      [12, 'l', 'Thank you for contacting Ask a Librarian. A librarian will be with you shortly.'],
      [40, 'l', "Hello, my name is Librarian Kim and I'm with the 24/7 Ask a Librarian cooperative. Do you need the counts for the whole county or by township?"],
      [80, 'p', 'by township if possible'],
      [86, 'l', 'Please hold while I search.'],
      [200, 'l', 'The 1900 census volumes are at census.gov/library/publications, but tribal counts by township are not in the published tables.'],
      [208, 'l', 'Because your question needs more research than we can do in chat, I am forwarding it to a librarian at your home library. You should hear from them within 3 business days at the e-mail address you provided.'],
      [240, 'p', 'ok thanks'],
      [246, 'l', 'Is there anything else I can help you with today?'],
      [270, 'p', 'no'],
      [275, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'dlocklear@uncp.edu', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a follow-up recorded in the store (recordedFollowUps) at 30 h, scored a week later: on_time passes',
    lines: [
      [0, 'p', 'I need the 1930s school board minutes for Talbot County, for a book I am writing'],
      [20, 'l', "Good afternoon! I'm Helen at Talbot County Free Library. Which years, and is it a particular school?"],
      [60, 'p', '1934 to 1937, the Easton colored high school'],
      [68, 'l', 'Thank you, let me check our Maryland Room holdings.'],
      [180, 'l', "The minutes aren't digitized; the Maryland State Archives lists the board's records at msa.maryland.gov. I'll ask our Maryland Room librarian to check the bound volumes and e-mail you by Friday. What address should she use?"],
      [220, 'p', 'Please use rwatkins.author@gmail.com'],
      [226, 'l', 'I have rwatkins.author@gmail.com. Is the Archives listing helpful for now?'],
      [260, 'p', 'Very. That is all, thank you.'],
      [265, 'l', 'Thank you for contacting us, good luck with the book!'],
    ],
    over: { ...FU_ME },
    ctx: { now: T0 + 7 * DAY, recordedFollowUps: [{ doneAt: new Date(T0 + (270 + 30 * HOUR) * 1000).toISOString() }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: an offer of a follow-up, declined, promises nothing
    name: 'near miss: "Would you like me to email you if I find more?" "no that\'s ok, this is plenty": no follow-up session',
    lines: [
      [0, 'p', 'Hi, do you have anything on the 1933 lynching on the Eastern Shore? For a class'],
      [25, 'l', 'Hi, this is Jo at Ask Us, Sample County Library. Is it for a paper or a presentation, and how many sources do you need?'],
      [65, 'p', 'a paper, like 3 sources'],
      [72, 'l', 'One moment, searching.'],
      [170, 'l', 'Try Sherrilyn Ifill\'s On the Courthouse Lawn (in our catalog at catalog.sample.org) and the Maryland Lynching Memorial Project at mdlynchingmemorial.org. Would you like me to email you if I find more?'],
      [210, 'p', "no that's ok, this is plenty"],
      [215, 'l', 'Great! Is there anything else I can help with?'],
      [235, 'p', 'no thank you'],
      [240, 'l', 'Good luck with the paper, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "let me get back to you in a minute" announces the search inside the chat: a hold, no follow-up
    name: 'near miss: "Let me get back to you in a minute, still searching" then the answer in the chat: no follow-up',
    lines: [
      [0, 'p', 'what was the population of Cumberland MD in 1920'],
      [20, 'l', 'Hi! Jo here at Allegany County Library. City limits or the metro area?'],
      [45, 'p', 'city'],
      [50, 'l', 'Let me get back to you in a minute, still searching.'],
      [140, 'l', 'Cumberland had 29,837 people in 1920, per the census volume at census.gov/library/publications/1921. Does that answer your question?'],
      [170, 'p', 'yes thanks!'],
      [175, 'l', 'Anything else today?'],
      [190, 'p', 'nope'],
      [195, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'veteran, a ship\'s manifest, the address mistyped and corrected: "you\'ll hear from me by Friday at the latest"; sent at 60 h',
    lines: [
      [0, 'p', 'Looking for the manifest of the SS Brandenburg arriving Baltimore spring 1907'],
      [20, 'l', 'Evening. Carol at Ask Us, Enoch Pratt. Do you have a name on the list you want?'],
      [50, 'p', 'Greta Vogel, age 19'],
      [55, 'l', 'Hold on.'],
      [160, 'l', "Ancestry Library Edition (in-library only) has Baltimore arrivals, and I see two Brandenburg sailings that spring. I'll pull both pages; you'll hear from me by Friday at the latest. Email?"],
      [190, 'p', 'hvogel@comcast,net'],
      [194, 'p', 'sorry hvogel@comcast.net'],
      [200, 'l', 'hvogel@comcast.net, noted. That it for today?'],
      [220, 'p', 'yes thanks'],
      [224, 'l', 'Goodnight.'],
    ],
    over: { ...FU_ME, ...done(224 + 60 * HOUR, 'manifest pages') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the reference desk of the patron's library will call her: a follow-up promise; phone given; "tomorrow morning"
    name: 'older patron, phone only: "Our reference desk will call you tomorrow morning", number read back; coded Follow-up by patron\'s library; pending',
    lines: [
      [0, 'p', 'hello dear, I want to know about my father\'s army unit in Korea, the 7th Infantry, he never talked about it'],
      [30, 'l', "Hello, and welcome! I'm Margaret, a librarian with the AskUsNow! service. Do you have his service number or his discharge papers?"],
      [90, 'p', 'I have a paper with a number on it somewhere'],
      [96, 'l', 'That will help. Let me look at what is available, one moment.'],
      [200, 'l', 'The National Archives keeps service records; you can request his at archives.gov/veterans. Unit histories need more digging, so our reference desk at your library will call you tomorrow morning to go through it. What number should they call?'],
      [260, 'p', 'I dont use email. My phone is 301 555 0142'],
      [266, 'l', 'Thank you, 301-555-0142. Does the National Archives page help to begin with?'],
      [300, 'p', 'yes thank you so much'],
      [306, 'l', 'Is there anything else I can help with?'],
      [330, 'p', 'no that is everything'],
      [335, 'l', 'You are welcome, take care!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'academic, a thesis from 1968 not in ProQuest: "by the end of the week", e-mail given, recorded at 100 h: late',
    lines: [
      [0, 'p', "Hi, I'm trying to get a 1968 master's thesis from this university, Kelley, 'Oyster harvest decline in Tangier Sound'"],
      [28, 'l', "Hi! I'm Nadia with Ask a Librarian at Salisbury University Libraries. Do you need the whole thesis or just the data tables?"],
      [70, 'p', 'whole thing if possible'],
      [76, 'l', 'Let me check the catalog and ProQuest Dissertations & Theses.'],
      [180, 'l', "It's not in ProQuest, but our catalog shows a copy in University Archives. I'll ask the archivist whether it can be scanned and email you by the end of the week. What's your email?"],
      [210, 'p', 'mh.kelley@gmail.com'],
      [215, 'l', 'Thanks, mh.kelley@gmail.com. Anything else?'],
      [235, 'p', 'no thats all'],
      [240, 'l', 'Thanks for chatting!'],
    ],
    over: { ...FU_ME, ...done(240 + 100 * HOUR, 'scan status') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "next week" is a bounded window: a when
    name: 'county library, a mural\'s history: "We\'ll be in touch next week", e-mail in the patron fields read back; no source now',
    lines: [
      [0, 'p', 'who painted the WPA mural in the Elkton post office? and when'],
      [25, 'l', 'Hi, Jo here at Cecil County Public Library. Do you want just the artist, or the story of the commission too?'],
      [60, 'p', 'the story too'],
      [66, 'l', 'Let me do some digging, one moment.'],
      [170, 'l', "I couldn't pin the commission down online; our local history librarian has the Cecil Whig files. We'll be in touch next week with what she finds. Is jbrooks@zoominternet.net still the best address?"],
      [200, 'p', 'yes it is'],
      [205, 'l', 'Anything else for today?'],
      [220, 'p', 'no, thanks'],
      [225, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'J. Brooks', email: 'jbrooks@zoominternet.net', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "as soon as I hear back" waits on an event; "once the reel arrives" too
    name: 'ILL microfilm: "We\'ll be in touch once the reel arrives from the state archives", e-mail given: contact fails (no time)',
    lines: [
      [0, 'p', 'I need the Cumberland Evening Times for June 1936, can I see it online?'],
      [22, 'l', 'Hello! Jo at Ask Us, Sample County Library here. Is it a specific article?'],
      [55, 'p', 'a story about the flood'],
      [62, 'l', 'One moment, checking.'],
      [165, 'l', "It's not digitized; the Maryland State Archives lends the reel through interlibrary loan, and you can browse their list at msa.maryland.gov. I've put in the ILL request, and we'll be in touch once the reel arrives from the state archives. What email should we use?"],
      [195, 'p', 'floodhistory@gmail.com'],
      [200, 'l', 'Thanks! Does that help?'],
      [220, 'p', "yes that's all"],
      [225, 'l', 'Bye, thanks for chatting!'],
    ],
    over: { ...FU_ME, ...done(225 + 30 * HOUR, 'reel request confirmed') },
    exp: usual({ contact: 'fail', onTime: 'pass' }),
  },
  // ---- third batch ------------------------------------------------------------------------------------------------------
  {
    // reading: the when said only in an internal note is not said to the patron
    name: 'the when only in an internal note ("will send pt results by Fri"): the patron is told "I\'ll email you what I find": contact fails',
    lines: [
      [0, 'p', 'Do you have anything about the 1911 Cumberland streetcar strike? My great-uncle was arrested in it'],
      [24, 'l', 'Hi! This is Jo at Ask Us, Sample County Library. Do you know his name, or what paper covered the arrest?'],
      [60, 'p', 'Frank Dusek. Not sure which paper'],
      [66, 'l', 'Let me take a look, one moment.'],
      [170, 'l', "Chronicling America has some Cumberland papers from 1911 at chroniclingamerica.loc.gov. The court records will take more digging, so I'll email you what I find. What's your email?"],
      [175, 'i', 'will send pt results by Fri, check Allegany circuit court index'],
      [205, 'p', 'dusek.family@outlook.com'],
      [210, 'l', 'Thanks, dusek.family@outlook.com. Does Chronicling America help for now?'],
      [240, 'p', 'yes! thank you'],
      [245, 'l', 'Anything else I can help with?'],
      [265, 'p', 'nope'],
      [270, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, ...done(270 + 30 * HOUR, 'court index results') },
    exp: usual({ contact: 'fail', onTime: 'pass' }),
  },
  {
    // reading: the number on file read back and confirmed is confirmed in the chat; two follow-ups recorded, one in time
    name: 'formal, the number on file read back ("is that still the best number?"), "Mr. Dorsey will call you Thursday"; recorded at 100 h and at 20 h: on_time passes',
    lines: [
      [0, 'p', 'Good morning. I am researching the Freedmen\'s Bureau school in Annapolis, 1866-1868. Where would the records be?'],
      [35, 'l', 'Good morning, and thank you for contacting Anne Arundel County Public Library. My name is Evelyn. Are you looking for teachers\' reports, or lists of pupils?'],
      [80, 'p', 'Lists of pupils, if they exist.'],
      [88, 'l', 'One moment while I look into this.'],
      [200, 'l', "The Freedmen's Bureau records are searchable on FamilySearch (familysearch.org, search Freedmen's Bureau Maryland), and the National Archives holds the originals. Pupil lists are rare, so I will ask Mr. Dorsey in our Maryland Room to review the Annapolis reports."],
      [210, 'l', 'I have 410-555-0163 on file for you; is that still the best number? Mr. Dorsey will call you Thursday.'],
      [250, 'p', 'Yes, that is correct. Thank you.'],
      [256, 'l', 'Is the FamilySearch collection helpful to begin with?'],
      [290, 'p', 'Very much so. That is all for today.'],
      [296, 'l', 'Thank you for contacting us. Have a pleasant day.'],
    ],
    over: { ...FU_ME, patron: { name: 'G. Wallace', email: null, phone: '410-555-0163' }, followUps: [{ doneAt: at(296 + 100 * HOUR), by: 'jo', note: 'second call' }, { doneAt: at(296 + 20 * HOUR), by: 'jo', note: 'called' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'coded Follow-up by patron\'s library, "I\'m sending your question to the reference desk at Howard County", the address read back, no when: contact fails',
    lines: [
      [0, 'p', 'hi, i need the enrollment numbers for every Howard County high school for 1975-1985'],
      [20, 'l', 'Hi, Keisha here with AskUsNow! Is this for a particular school, or all of them?'],
      [50, 'p', 'all of them'],
      [56, 'l', 'Checking, one moment.'],
      [160, 'l', "MSDE has enrollment from 1990 on at marylandpublicschools.org, but the older numbers are in the school board's annual reports, which Howard County Library keeps. I'm sending your question to the reference desk at Howard County; is jkim.research@gmail.com the best way for them to reach you?"],
      [200, 'p', 'yes thats right'],
      [205, 'l', 'Does the MSDE data help for the later years?'],
      [230, 'p', 'yes thanks, thats everything'],
      [235, 'l', 'Thanks for using AskUsNow!'],
    ],
    over: { ...FU_LIB, patron: { name: 'J. Kim', email: 'jkim.research@gmail.com', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the patron leaves after the promise: check-in, then "I\'ll still email you by Friday. Take care!"; sent at 50 h',
    lines: [
      [0, 'p', 'I need the blueprints or plans for the old Hutzler\'s building downtown, for a class'],
      [25, 'l', "Hello, I'm Jo, a librarian at the Enoch Pratt Free Library. Which Hutzler's, the 1932 Palace on Howard Street?"],
      [60, 'p', 'yes that one'],
      [66, 'l', 'Let me check our Special Collections, one moment.'],
      [170, 'l', "The Maryland Historical Trust's survey file is at mht.maryland.gov/research, with photos and a description. The plans themselves may be in our architecture files; I'll check and email you by Friday. What's your email?"],
      [200, 'p', 'dstone@mica.edu'],
      [206, 'l', 'Thanks, dstone@mica.edu. Anything else I can help with?'],
      [330, 'l', 'Are you still there?'],
      [460, 'l', "It looks like you've left, so I'll close this chat. I'll still email you by Friday. Take care!"],
    ],
    over: { ...FU_ME, endedAt: at(470), ...done(470 + 50 * HOUR, 'plans found') },
    exp: usual({ complete: 'fail', idle: 'pass', disconnect: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'academic, the specialist macro "within 72 hours", the address typed in capitals; "Does this completely answer your question?"; sent at 70 h',
    lines: [
      [0, 'p', 'Hello, I need the original source for the quote "The best way to predict the future is to invent it", attributed to Alan Kay, with page number.'],
      [30, 'l', 'Hello, thank you for contacting Ask a Librarian at Howard University Libraries. This is Dr. Mensah. Do you need the first print appearance, or any citable source?'],
      [70, 'p', 'The first print appearance.'],
      [78, 'l', 'Please hold while I search.'],
      [190, 'l', "Quote Investigator traces it to a 1971 Xerox PARC meeting, at quoteinvestigator.com/2012/09/27/invent-the-future. The first print source needs our computing subject specialist; a subject specialist will contact you within 72 hours. Please confirm your e-mail address."],
      [230, 'p', 'J.Okafor@Howard.EDU'],
      [236, 'l', 'Thank you, J.Okafor@Howard.EDU. Does this completely answer your question for now?'],
      [270, 'p', 'Yes, thank you.'],
      [275, 'l', 'Is there anything else I can assist you with?'],
      [300, 'p', 'No, that is all.'],
      [305, 'l', 'Thank you for using Ask a Librarian. Goodbye.'],
    ],
    over: { ...FU_ME, ...done(305 + 70 * HOUR, 'specialist replied') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "will look into it and get back to u" promises a follow-up; coded Answered: code fails; no contact, no when
    name: 'sloppy: "hi" with no name, no question, "will look into it and get back to u", coded Answered, nothing given',
    lines: [
      [0, 'p', 'where can i find how many people lived in my street in 1940, its Elm St in Hagerstown'],
      [20, 'l', 'hi'],
      [30, 'l', 'hmm not sure, will look into it and get back to u'],
      [50, 'p', 'ok'],
      [55, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- fifth batch --------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish, a land grant: "le mando un correo a más tardar el jueves", correo dado; sent at 40 h',
    lines: [
      [0, 'p', 'Buenas tardes, busco información sobre una merced de tierras de mi familia en Nuevo México, de 1790 más o menos'],
      [25, 'l', 'Buenas tardes, le atiende Lucía, bibliotecaria del servicio Pregunte al Bibliotecario. ¿Sabe el nombre de la merced o del pueblo?'],
      [70, 'p', 'La merced de San Antonio de las Huertas'],
      [76, 'l', 'Un momento, por favor, voy a buscar.'],
      [185, 'l', 'El Archivo de Nuevo México tiene los documentos de mercedes españolas; su catálogo está en srca.nm.gov. Necesito revisar el índice de la colección con más calma: le mando un correo a más tardar el jueves con lo que encuentre. ¿Cuál es su correo electrónico?'],
      [230, 'p', 'mgarcia.huertas@gmail.com'],
      [236, 'l', 'Anotado: mgarcia.huertas@gmail.com. ¿Le sirve el catálogo por ahora?'],
      [265, 'p', 'Sí, gracias'],
      [270, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [295, 'p', 'No, es todo'],
      [300, 'l', 'Gracias por comunicarse con nosotros. ¡Que le vaya bien!'],
    ],
    over: { ...FU_ME, ...done(300 + 40 * HOUR, 'índice enviado') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'chat-speak, student worker for the patron\'s library: "ur library\'s ref desk will txt u tmrw", number given; pending',
    lines: [
      [0, 'p', 'yo i need stats on how many ppl in baltimore county r homeless, for my sociology paper'],
      [18, 'l', 'hey! Marcus w/ AskUsNow here :) what years do u need?'],
      [40, 'p', 'like last 10 yrs'],
      [45, 'l', 'k gimme a sec'],
      [140, 'l', 'the county point-in-time counts r at baltimorecountymd.gov/departments/homeless, 2019 on. older ones r harder to find so ur library\'s ref desk will txt u tmrw w/ the rest. whats ur number?'],
      [175, 'p', '443 555 0102'],
      [180, 'l', 'got it 443-555-0102! does the county page help 4 now?'],
      [200, 'p', 'ya ty'],
      [204, 'l', 'anything else?'],
      [215, 'p', 'nah'],
      [218, 'l', 'cool, gl w/ the paper! bye'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'British academic: "I\'ll pop you an email early next week", "Is that of any use in the meantime?"; sent at 68 h',
    lines: [
      [0, 'p', "Hello, I'm after the 1851 census return for a lodging house on Fishergate, Preston. Can't find it on the usual sites."],
      [30, 'l', 'Good afternoon, you are through to Alistair at the University of Central Lancashire Library. Do you know the enumeration district, or just the street?'],
      [70, 'p', 'Just the street, sadly.'],
      [76, 'l', 'Right, bear with me while I have a look.'],
      [185, 'l', 'FreeCEN has a partial transcription for Preston at freecen.org.uk, but Fishergate spans several districts. I shall check the street index in our Special Collections and pop you an email early next week. Which address should I use?'],
      [220, 'p', 'h.wright@uclan.ac.uk'],
      [226, 'l', 'Noted, h.wright@uclan.ac.uk. Is that of any use in the meantime?'],
      [255, 'p', 'Yes, very helpful.'],
      [260, 'l', 'Anything further I can help with?'],
      [280, 'p', "No, that's everything, thanks."],
      [285, 'l', 'Cheers, bye for now.'],
    ],
    over: { ...FU_ME, ...done(285 + 68 * HOUR, 'ED found, emailed') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'veteran genealogist patron, a long search with holds every minute or so, "within the next 48 hours", the patron done; sent at 47 h',
    lines: [
      [0, 'p', 'Good evening. I am looking for the probate file of Josiah Crane, d. 1843, Frederick County. I have the will book citation, Liber GME 2 folio 414.'],
      [25, 'l', "Good evening! I'm Jo, a librarian at Frederick County Public Libraries. Do you need the will itself, or the inventory and accounts too?"],
      [70, 'p', 'The inventory especially.'],
      [76, 'l', 'Let me check what is online first.'],
      [170, 'l', 'Still looking, the Register of Wills indexes are slow tonight.'],
      [270, 'l', 'Almost there, thank you for your patience.'],
      [360, 'l', 'The will is on FamilySearch (familysearch.org, Maryland Probate Records, Frederick, Wills GME 2). The inventories are only on microfilm at the Maryland State Archives, msa.maryland.gov. I can have our Maryland Room pull the inventory; I will send the scans within the next 48 hours. May I have your e-mail?'],
      [400, 'p', 'Certainly: jcrane.genealogy@verizon.net'],
      [406, 'l', 'Thank you, jcrane.genealogy@verizon.net. Is the will image what you needed for now?'],
      [440, 'p', "It is. That's all for now, you've been a great help."],
      [446, 'l', 'My pleasure! Goodbye.'],
    ],
    over: { ...FU_ME, ...done(446 + 47 * HOUR, 'inventory scans') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Indian English patron: "May I have your email ID to send the details?", "I will send by Monday."; recorded at 90 h: late',
    lines: [
      [0, 'p', 'Respected sir, I need the statistics of number of public libraries in each state of USA, year 2000, for my PhD thesis.'],
      [25, 'l', 'Hello, this is Sam from the Ask a Librarian service at Sample County Library. Do you need the number of library systems or of buildings?'],
      [65, 'p', 'Both sir if possible.'],
      [71, 'l', 'Please give me a moment.'],
      [175, 'l', 'The IMLS Public Libraries Survey has it by state; the survey files are at imls.gov/research-evaluation/data-collection/public-libraries-survey. The 2000 tables are in an older format, so I will extract them and send by Monday. May I have your email ID to send the details?'],
      [215, 'p', 'Sure sir, it is vikram.s.phd@gmail.com'],
      [221, 'l', 'Thank you, vikram.s.phd@gmail.com. Is the IMLS page useful for now?'],
      [250, 'p', 'Yes sir, thank you very much.'],
      [256, 'l', 'Is there anything else I can help you with?'],
      [280, 'p', 'No sir, that is all.'],
      [285, 'l', 'Thank you, have a good day.'],
    ],
    over: { ...FU_ME, ...done(285 + 90 * HOUR, 'tables sent') },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: the code alone makes a follow-up session, even when the patron declined the e-mail in the chat
    name: 'the patron declines ("no need, I\'ll come in Saturday") but the session is coded Follow-up by me: code and contact fail, pending',
    lines: [
      [0, 'p', 'Do you have the 1877 Atlas of Baltimore County? I want to see my farm on it'],
      [22, 'l', "Hi! This is Dana with Baltimore County Public Library. Do you know which district the farm's in?"],
      [55, 'p', 'the 8th district, near Cockeysville'],
      [62, 'l', 'The 1877 Hopkins atlas is digitized at jhu.edu/digital/maps and our Cockeysville branch has a print copy in its Maryland collection. Shall I email you the page for the 8th district?'],
      [100, 'p', "no need, I'll come in Saturday and look at the print one"],
      [106, 'l', 'Sounds good! Is there anything else I can help with?'],
      [125, 'p', 'no thanks'],
      [130, 'l', 'Enjoy the atlas, bye!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- sixth batch: years that look like toll-free numbers (F6 `phone`) -------------------------------------------------
  {
    // reading: "the 1855 state census" is a year; nobody's number: the follow-up code has no contact
    name: 'phone F6: "the 1855 state census" and "in 1866 the county split", coded Follow-up by patron\'s library, no contact given: code and contact fail',
    lines: [
      [0, 'p', 'hi, my family was in Kings County NY in the 1855 state census and in 1866 the county split up the wards, where would the ward records be'],
      [25, 'l', 'Hi! Jo at Ask Us, Sample County Library. Are you after your family\'s census entry, or the ward boundaries?'],
      [60, 'p', 'the census entry'],
      [66, 'l', 'Let me check, one moment.'],
      [170, 'l', 'The 1855 New York state census is indexed on FamilySearch at familysearch.org. The ward maps are held by the Brooklyn Public Library, and I\'ve passed your question to their Brooklyn Collection staff.'],
      [200, 'p', 'ok thanks'],
      [205, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the Historical Society is a party to contact; "the 1800 tax lists" is a year, not its number
    name: 'phone F6: "call the Frederick County Historical Society, who hold the 1800 tax lists" with no number (the URL in a sentence of its own): referral fails',
    lines: [
      [0, 'p', 'I need the 1800 tax assessment for Frederick County, my ancestor owned a mill'],
      [22, 'l', "Hello, this is Marcus at Frederick County Public Libraries. Do you know which hundred (district) the mill was in?"],
      [60, 'p', 'Monocacy hundred'],
      [66, 'l', 'One moment, checking.'],
      [160, 'l', "The 1798 federal direct tax is on msa.maryland.gov. For the 1800 county assessment you'd need to call the Frederick County Historical Society, who hold the 1800 tax lists. Does that help?"],
      [200, 'p', "yes that's all I needed"],
      [205, 'l', 'Good luck with the mill, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

/** The opening of the short cases: a genealogy question, a greeting and clarifying question, a source now. */
const Q: Line[] = [
  [0, 'p', 'hi, I need a death record for my grandfather, Leon Brandt, died in Hagerstown in 1958'],
  [20, 'l', "Hello! I'm Jo, a librarian at Washington County Free Library. Do you know the month?"],
  [50, 'p', 'September'],
  [56, 'l', 'One moment.'],
  [140, 'l', 'The state death index is at msa.maryland.gov, but the certificate itself has to be pulled.'],
];
const L = (text: string, t = 150): Line => [t, 'l', text];
/** The promise at 150 s, the patron's e-mail at 180 s, the provider's thanks. */
const promise = (text: string, email = 'lbrandt.fam@gmail.com'): Line[] => [...Q, L(text), [180, 'p', email], L('Thanks, got it. Bye for now!', 186)];

/** Q, then the provider's `text` at 150 s, the patron's thanks, the provider's goodbye. */
const ask = (text: string): Line[] => [...Q, L(text), [180, 'p', 'thanks'], L('Bye for now!', 186)];

export const short: SessionCase[] = [
  // ---- the when: said ---------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you what I find by Friday. What\'s your e-mail?"', lines: promise("I'll e-mail you what I find by Friday. What's your e-mail?"), over: FU_ME, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll send it within 72 hours; your email?"', lines: promise("I'll send it within 72 hours; your email?"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll get back to you in a day or two, whats ur email"', lines: promise("I'll get back to you in a day or two, whats ur email"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"You should hear from me early next week. Email?"', lines: promise('You should hear from me early next week. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll email you by end of business Friday. Your address?"', lines: promise("I'll email you by end of business Friday. Your address?"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"A subject specialist will get back to you by Monday. What e-mail should they use?"', lines: promise('A subject specialist will get back to you by Monday. What e-mail should they use?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"Someone from your library will contact you tomorrow. Best phone number?" (phone)', lines: promise('Someone from your library will contact you tomorrow. Best phone number?', '240-555-0119'), over: FU_LIB, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'Spanish: "Le escribo mañana con lo que encuentre. ¿Su correo?"', lines: promise('Le escribo mañana con lo que encuentre. ¿Su correo?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: 'Indian English: "I will revert on your mail id by tomorrow EOD. Kindly share it."', lines: promise('I will revert on your mail id by tomorrow EOD. Kindly share it.'), over: FU_ME, exp: some({ contact: 'pass' }) },
  // ---- the when: not said -----------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you what I find. What\'s your e-mail?" (no when)', lines: promise("I'll e-mail you what I find. What's your e-mail?"), over: FU_ME, exp: some({ contact: 'fail', code: 'pass' }) },
  { name: '"I\'ll email you soon, whats ur email" (soon)', lines: promise("I'll email you soon, whats ur email"), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: '"I\'ll get back to you as soon as I can. Email?"', lines: promise("I'll get back to you as soon as I can. Email?"), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: '"I\'ll send the scans once they\'re pulled. Your email?"', lines: promise("I'll send the scans once they're pulled. Your email?"), over: FU_ME, exp: some({ contact: 'fail' }) },
  // ---- the contact ------------------------------------------------------------------------------------------------------
  {
    name: 'the address only in the patron fields, the when said: contact fails, code passes',
    lines: [...Q, L("I'll e-mail you the certificate details by Friday."), [180, 'p', 'thank you'], L('Bye for now!', 186)],
    over: { ...FU_ME, patron: { name: null, email: 'lbrandt.fam@gmail.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'the address in the fields read back: "Is lbrandt.fam@gmail.com still best?" "yes": contact passes',
    lines: [...Q, L("I'll e-mail you the certificate details by Friday. Is lbrandt.fam@gmail.com still the best address?"), [180, 'p', 'yes'], L('Bye for now!', 186)],
    over: { ...FU_ME, patron: { name: null, email: 'lbrandt.fam@gmail.com', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'a follow-up code with no contact anywhere: code and contact fail',
    lines: [...Q, L("I'll e-mail you the certificate details by Friday."), [180, 'p', 'thank you'], L('Bye for now!', 186)],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'promised by Friday, e-mail given, coded Answered: code fails, contact passes',
    lines: promise("I'll e-mail you what I find by Friday. What's your e-mail?"),
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  // ---- on time ----------------------------------------------------------------------------------------------------------
  { name: 'recorded at 71 h: on_time passes', lines: promise("I'll e-mail you by Friday. Email?"), over: { ...FU_ME, ...done(191 + 71 * HOUR) }, exp: some({ onTime: 'pass' }) },
  { name: 'recorded at 73 h: on_time fails', lines: promise("I'll e-mail you by Friday. Email?"), over: { ...FU_ME, ...done(191 + 73 * HOUR) }, exp: some({ onTime: 'fail' }) },
  { name: 'not recorded, a day on: pending', lines: promise("I'll e-mail you by Friday. Email?"), over: FU_ME, exp: some({ onTime: 'pending' }) },
  { name: 'not recorded, four days on: fails', lines: promise("I'll e-mail you by Friday. Email?"), over: FU_ME, ctx: { now: T0 + 4 * DAY }, exp: some({ onTime: 'fail' }) },
  // ---- not follow-ups ---------------------------------------------------------------------------------------------------
  {
    // reading: ILLiad's automatic notice is the system's, not a promise of the provider
    name: 'near miss: "You\'ll get an automatic email from ILLiad when it arrives." : no follow-up',
    lines: [...Q, L("I've placed an interlibrary loan for the certificate copy; you'll get an automatic email from ILLiad when it arrives. Does that help?"), [180, 'p', 'yes thanks'], L('Bye for now!', 186)],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    // reading: sending now, during the chat, is nothing later
    name: 'near miss: "I\'m e-mailing the index page to you right now, check your inbox." : no follow-up',
    lines: [...Q, L("What's your e-mail? I'm e-mailing the index page to you right now."), [180, 'p', 'lbrandt.fam@gmail.com'], L('Sent! Check your inbox. Does that help?', 200), [220, 'p', 'got it, thanks'], L('Bye for now!', 226)],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  // ---- second batch: other words for the promise and its when ------------------------------------------------------------
  { name: '"I\'m passing this to our genealogy volunteer, she\'ll be in touch by the weekend."', lines: promise("I'm passing this to our genealogy volunteer, she'll be in touch by the weekend. Your email?"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"Expect an email from me within 48 hours."', lines: promise('Expect an email from me within 48 hours. Which address?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll drop you a line first thing Monday."', lines: promise("I'll drop you a line first thing Monday. What's your email?"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"Our archivist is out until the 14th; she\'ll write to you when she\'s back on the 14th."', lines: promise("Our archivist is out until the 14th; she'll write to you when she's back on the 14th. Your email?"), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"Someone will reach out to you." (no when)', lines: promise('Someone will reach out to you. Your email?'), over: FU_LIB, exp: some({ contact: 'fail', code: 'pass' }) },
  { name: '"We\'ll call you back this afternoon." (phone)', lines: promise("We'll call you back this afternoon. What number?", '(410) 555-0187'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll text you at that number tonight." (phone)', lines: promise("What's a good cell number? I'll text you at that number tonight.", '667 555 0123'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll email you ASAP." (no time)', lines: promise("I'll email you ASAP. Email?"), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: '"Will email you by COB tomorrow."', lines: promise('Will email you by COB tomorrow. Your address?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"expect a reply in 2-3 business days" from the patron\'s library', lines: promise("I've forwarded your question to the reference team at your library; expect a reply in 2-3 business days. What email should they use?"), over: FU_LIB, exp: some({ contact: 'pass', code: 'pass' }) },
  {
    name: 'the patron gives the address first ("my email is … if you find anything"), then "I\'ll send what I find by Wednesday."',
    lines: [...Q, [150, 'p', 'my email is lbrandt.fam@gmail.com if you find anything'], L("Thanks! I'll send what I find by Wednesday.", 160), [180, 'p', 'great'], L('Bye for now!', 186)],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'the patron asks "can you email me when you find it?", "Sure, I\'ll email you tonight."',
    lines: [...Q, [150, 'p', 'can you email me when you find it? lbrandt.fam@gmail.com'], L("Sure, I'll email you tonight.", 160), [180, 'p', 'thanks'], L('Bye for now!', 186)],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  { name: 'Spanish: "Le envío un correo el viernes con lo que encuentre."', lines: promise('Le envío un correo el viernes con lo que encuentre. ¿Cuál es su correo?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: 'the address spelled out: "lbrandt dot fam at gmail dot com"', lines: promise("I'll e-mail you what I find by Friday. What's your e-mail?", 'lbrandt dot fam at gmail dot com'), over: FU_ME, exp: some({ contact: 'pass', code: 'pass' }) },
  {
    // a source with no codes (the field left out): code na; the promise makes a follow-up session
    name: 'no codes at the source: the promise "by Friday", e-mail given: code na, contact passes, pending',
    lines: promise("I'll e-mail you what I find by Friday. What's your e-mail?"),
    over: { resolutionCode: undefined },
    exp: some({ contact: 'pass', code: 'na', onTime: 'pending' }),
  },
  // ---- fourth batch: more whens (the e-mail given) ----------------------------------------------------------------------
  { name: '"I\'ll have the answer to you by the 14th. Email?"', lines: promise('I\'ll have the answer to you by the 14th. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll send it on or before March 20. Email?"', lines: promise('I\'ll send it on or before March 20. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"You\'ll hear from me in the next couple of days. Email?"', lines: promise('You\'ll hear from me in the next couple of days. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll get back to you within the week. Email?"', lines: promise('I\'ll get back to you within the week. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll email you by close of play Friday. What\'s your email?"', lines: promise('I\'ll email you by close of play Friday. What\'s your email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll send what I find later today. Email?"', lines: promise('I\'ll send what I find later today. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll email you by 5pm. Email?"', lines: promise('I\'ll email you by 5pm. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll follow up with you by the end of next week. Email?"', lines: promise('I\'ll follow up with you by the end of next week. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll circle back to you no later than Thursday. Email?"', lines: promise('I\'ll circle back to you no later than Thursday. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll shoot you an email tmrw. whats ur email"', lines: promise('I\'ll shoot you an email tmrw. whats ur email'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"will ping u 2moro w the scans, email?"', lines: promise('will ping u 2moro w the scans, email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll reply within 3 working days. Your email address, please?"', lines: promise('I\'ll reply within 3 working days. Your email address, please?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"You can expect an email from our archivist in 24-48 hrs. Your email?"', lines: promise('You can expect an email from our archivist in 24-48 hrs. Your email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll update you by Wed. Email?"', lines: promise('I\'ll update you by Wed. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll message you over the weekend. Email?"', lines: promise('I\'ll message you over the weekend. Email?'), over: FU_ME, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll follow up with you once I\'ve heard from the courthouse. Email?"', lines: promise('I\'ll follow up with you once I\'ve heard from the courthouse. Email?'), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: '"I\'ll circle back when I can. Email?"', lines: promise('I\'ll circle back when I can. Email?'), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: '"I\'ll reach out at some point. Email?"', lines: promise('I\'ll reach out at some point. Email?'), over: FU_ME, exp: some({ contact: 'fail' }) },
  { name: 'phone "+44 7700 900461"', lines: promise('I\'ll call you tomorrow with what I find. Best number?', '+44 7700 900461'), over: FU_ME, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'phone "410.555.0163"', lines: promise('I\'ll call you tomorrow with what I find. Best number?', '410.555.0163'), over: FU_ME, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'phone "my cell is 4105550163"', lines: promise('I\'ll call you tomorrow with what I find. Best number?', 'my cell is 4105550163'), over: FU_ME, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- near misses: the patron's deadline, the library's own notices ---------------------------------------------------
  { name: 'near miss: "Please call the courthouse by Friday at 301-555-0100." (the patron calls): no follow-up', lines: ask('Please call the courthouse by Friday at 301-555-0100, they pull the certificates. Does that help?'), exp: some({ contact: 'na', onTime: 'na', code: 'pass' }) },
  { name: 'near miss: "The hold will be ready by Friday; you\'ll get the usual pickup email." : no follow-up', lines: ask("I've put the Hagerstown death index volume on hold for you; it will be ready by Friday and you'll get the usual pickup email. Does that help?"), exp: some({ contact: 'na', onTime: 'na', code: 'pass' }) },
  { name: 'near miss: "Email the archives by Friday at archives@washco.org to book a slot." : no follow-up', lines: ask('Email the county archives by Friday at archives@washco.org to book a research slot. Does that help?'), exp: some({ contact: 'na', onTime: 'na', code: 'pass' }) },
  // ---- anything else ----------------------------------------------------------------------------------------------------
  {
    name: 'the patron: "no more questions, that\'s everything" after the promise: anything_else passes',
    lines: [...promise("I'll e-mail you by Friday. Email?").slice(0, 7), [200, 'p', "no more questions, that's everything"], L('Thank you, bye!', 206)],
    over: FU_ME,
    exp: some({ anything: 'pass', contact: 'pass' }),
  },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // F6 `namedUseF6`, the same in other words
  { name: 'namedUseF6: "Was the death index of any help?" : completeness passes', lines: ask('Was the death index of any help?'), exp: some({ complete: 'pass' }) },
  {
    name: 'namedUseF6: "Are those county directories any use to you?" after the directories\' link: completeness passes',
    lines: [...Q.slice(0, 4), [140, 'l', 'The Washington County directories for 1950-1960 are digitized at archive.org/details/hagerstowndirectories.'], L('Are those county directories any use to you?'), [180, 'p', 'yes'], L('Bye for now!', 186)],
    exp: some({ complete: 'pass' }),
  },
  { name: 'namedUseF6: "Is the state index any good for now?" : completeness passes', lines: ask('Is the state index any good for now?'), exp: some({ complete: 'pass' }) },
  // F6 `namedUseF6`, near misses
  {
    name: 'near miss: the patron asked "is ancestry any good?", the provider echoes "Is the Ancestry database any good?" : completeness fails',
    lines: [...Q.slice(0, 4), [100, 'p', 'is the ancestry database any good?'], [140, 'l', "Is the Ancestry database any good? It's strong on death records, and free at every branch in Ancestry Library Edition."], [180, 'p', 'thanks'], L('Bye for now!', 186)],
    exp: some({ complete: 'fail' }),
  },
  { name: 'near miss: "Is the microfilm reader at your branch any use to you?" (no source named it): completeness fails', lines: ask('Is the microfilm reader at your branch any use to you?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is the weather any good there?" : completeness fails', lines: ask('Is the weather any good there?'), exp: some({ complete: 'fail' }) },
  // F6 `thatAllF6`, the same in other words
  { name: 'thatAllF6: "That all for today?" : anything_else passes', lines: ask('That all for today?'), exp: some({ anything: 'pass' }) },
  { name: 'thatAllF6: "Is that all you needed for now?" : anything_else passes', lines: ask('Is that all you needed for now?'), exp: some({ anything: 'pass' }) },
  { name: 'thatAllF6: "Ok, will that be it then?" : anything_else passes', lines: ask('Ok, will that be it then?'), exp: some({ anything: 'pass' }) },
  // F6 `thatAllF6`, near misses
  { name: 'near miss: "Will that be all right?" : anything_else fails', lines: ask('I can scan only the index page today. Will that be all right?'), exp: some({ anything: 'fail' }) },
  { name: 'near miss: "Is that all the pages you need?" : anything_else fails', lines: ask('The certificate runs to two pages. Is that all the pages you need?'), exp: some({ anything: 'fail' }) },
  { name: 'near miss: the bare "Is that it?" (also "is that the one?") : anything_else fails', lines: ask('Leon Brandt, died 14 September 1958, Hagerstown. Is that it?'), exp: some({ anything: 'fail' }) },
  // F6 `phone`, the same in other words
  {
    name: 'phone F6: "the 1888 fire insurance maps" in the question, coded Follow-up by me, no contact: code fails',
    lines: [[0, 'p', 'where can i see the 1888 fire insurance maps of Hagerstown'], ...Q.slice(1), L("I'll check the Sanborn holdings and email you by Friday."), [180, 'p', 'thanks'], L('Bye for now!', 186)],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // F6 `phone`, near misses: toll-free numbers in letters stay phones
  { name: 'near miss: "ring the helpline on 1800 RESPECT" : referral passes', lines: ask('If you need support, ring the helpline on 1800 RESPECT. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "call the Medicare helpline at 1-800-MEDICARE" : referral passes', lines: ask('For his benefits, call the Medicare helpline at 1-800-MEDICARE. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: the patron gives "1800flowers" … no, her own number "1-800 347 0000" is still a phone: code passes', lines: [...Q, L("I'll call you by Friday with what I find. Your number?"), [180, 'p', 'work line is 1800 347 0000'], L('Thanks, bye for now!', 186)], over: FU_ME, exp: some({ code: 'pass', contact: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-ninth round (F6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

/** Weights of RUBRIC.md's table (the critical checks: followup.contact and closing.no_dismissal). */
const WEIGHT: Record<string, number> = {
  'approachability.pickup': 2, 'approachability.greeting': 1, 'interest.keep_informed': 2, 'inquiry.clarify': 2, 'info.source': 2,
  'followup.completeness': 1, 'closing.anything_else': 1, 'closing.no_dismissal': 3, 'closing.courteous': 1, 'session.idle_checkin': 1,
  'session.disconnect_notice': 1, 'session.concurrency': 1, 'resolution.code': 2, 'followup.contact': 2, 'followup.on_time': 2,
  'referral.contact': 1, 'transfer.handoff': 1,
};
/** The flags RUBRIC.md's "Score and flags" gives a whole case, from its labels alone (no survey in these sessions). */
function flagsFromLabels(exp: Record<string, string>): string[] {
  const out = new Set<string>();
  const critical = exp['followup.contact'] === 'fail' || exp['closing.no_dismissal'] === 'fail';
  if (critical) out.add('critical_fail');
  let got = 0;
  let of = 0;
  for (const [id, st] of Object.entries(exp)) {
    if (st === 'pass') got += WEIGHT[id]!;
    if (st === 'pass' || st === 'fail') of += WEIGHT[id]!;
  }
  const value = critical ? 0 : Math.round((1000 * got) / of) / 10;
  if (value < 70) out.add('low_score');
  if (exp['followup.on_time'] === 'fail') out.add('followup_overdue');
  if (exp['followup.contact'] !== 'na') out.add('followup_session');
  return [...out].sort();
}

describe('twenty-ninth round (F6): the flags of every whole case follow from its labels', () => {
  it.each(whole)('$name', (c) => {
    const got = [...new Set(score(chat(c.lines, c.over ?? {}), c.ctx).flags.map((f) => f.code))].sort();
    expect(got).toEqual(flagsFromLabels(c.exp as Record<string, string>));
  });
});

describeSessions('twenty-ninth round (F6): research that needs more time, every check', whole);
describeSessions('twenty-ninth round (F6): research that needs more time, short cases', short);
if (guards.length > 0) describeSessions('twenty-ninth round (F6): research that needs more time, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    // read since v52 (R1: Medicare named right after the verb is a party). LEFT: "call Medicare at 1-800-MEDICARE" tells the patron to call an agency (a referral, RUBRIC.md's Terms), but the
    // scorer reads no referral in "call Medicare" (a bare agency name, no "the"): the referral area's, not this round's; the
    // guard says "call the Medicare helpline at 1-800-MEDICARE" instead (the vanity number is what F6 had to keep)
    name: 'LEFT (referral: "call Medicare" not read as a party) near miss: "call Medicare at 1-800-MEDICARE" : referral passes',
    lines: ask('For his benefits, call Medicare at 1-800-MEDICARE. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    // LEFT: the URL of the 1798 tax (msa.maryland.gov) in the same sentence is taken as the Society's way to reach it (the
    // referral area's reading of a sentence with two parties, not this round's: the year no longer reads as a phone)
    // reading: the Historical Society is a party to contact; "the 1800 tax lists" is a year, not its number
    name: 'LEFT (a URL for another thing in the referral\'s sentence) phone F6: "call the Frederick County Historical Society, who hold the 1800 tax lists" with no number: referral fails',
    lines: [
      [0, 'p', 'I need the 1800 tax assessment for Frederick County, my ancestor owned a mill'],
      [22, 'l', "Hello, this is Marcus at Frederick County Public Libraries. Do you know which hundred (district) the mill was in?"],
      [60, 'p', 'Monocacy hundred'],
      [66, 'l', 'One moment, checking.'],
      [160, 'l', "The 1798 federal direct tax is on msa.maryland.gov, but for the 1800 county assessment you'd need to call the Frederick County Historical Society, who hold the 1800 tax lists. Does that help?"],
      [200, 'p', "yes that's all I needed"],
      [205, 'l', 'Good luck with the mill, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describeSessions('twenty-ninth-round-research: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twenty-ninth-round-research', LEFT);
