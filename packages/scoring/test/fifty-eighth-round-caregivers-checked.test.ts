/**
 * Fifty-eighth round, theme CAREGIVERS OF OLDER ADULTS, checked: 50 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats with the people who look after an aging parent, spouse, aunt or grandparent: finding
 * the Area Agency on Aging (Harford County, Maricopa Region One, Central Midlands), respite (Dane County ADRC, a Lewy body
 * caregiver), adult day programs (a centro de día in Redwood City, VA adult day health care in Tulsa, an adult day center's
 * inspection report, a tax credit for a parent's day care), home care and adult family homes on Medicaid, nursing homes
 * (Care Compare, Iowa and Wisconsin inspection reports, a Maryland Medicaid application, an ALTCS termination appeal,
 * Indiana income limits, Vermont dementia units), memory care prices, assisted living costs and how families pay, powers
 * of attorney and advance directives (NY POA vs health care proxy, a PA advance directive, a Texas medical POA and the
 * library's notary, a POLST in Oregon, a lost directive from a retired lawyer, an Illinois health care POA in Spanish),
 * guardianship, a representative payee at the SSA (Spanish), dementia support (spouse groups, a Spanish-language group,
 * a 2 a.m. helpline, wandering alarms, memory kits, a memory café, robotic companion pets, picture books for a six-year-old,
 * large print on Alzheimer's, a caregiver-burnout audiobook), the long-term care ombudsman, elder financial exploitation,
 * long-term care insurance terms, hospice and palliative care, a disability placard and geriatric care managers. Every one
 * of the 17 checks labelled in every session from RUBRIC.md's text before that session was first run (four batches: 31,
 * then 9, 6 and 4; the labelled file copied aside to /tmp/fiftyEighthRoundCaregivers-labels.ts before each run).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); a patron "hello?" in the queue and a 97 s pickup (20: fail); `pickedUpAt`
 *   at 40 s with the first line at 75 (21); "Hi! Thanks for waiting." under the screen name "Ref Desk 4" (05: greets, names
 *   no one); a greeting that is a hold ("Hi, Leo at Ask Us here — let me read through that, one sec.", 13); a first line
 *   that is only a hold ("One sec, reading your question.") with the greeting and name in the second (35); Spanish "¡Hola! Le
 *   atiende Lucía, bibliotecaria de …" (03), "¡Buenas tardes! Soy Lía …" (40), "¡Buenas noches! Habla Una, bibliotecaria del
 *   servicio …" (49); chat-speak "hi! bea w/ ask a librarian @ Hennepin County Library 💙" at 2 a.m. (30); no provider (14);
 *  inquiry: county, city and days, in person or by phone, state, rehab or long-term, regular Medicaid or SMMC, averages or
 *   prices, memory care unit or wing, kits or café, living will or combined form, full report or summary, branch, ZIP, safety
 *   ("r u safe rn?", 30), "Do you have the policy in front of you?" (18), the letter's date (44), a restatement with no
 *   question mark ("So you're looking for whether what you pay … counts toward a federal tax credit.", 46: pass); Care
 *   Compare given before "short-term rehab or long-term care?" (06: fail);
 *  waits: "ok, looking into it" then 150 s with a patron "ok thx" inside (02: fail); holds at 76/176/270, one a partial
 *   result that says the search goes on, answer at 360 (27: pass); a hold and "Still digging" exactly 120 s apart (33: not
 *   longer, pass); "Hang tight while I check …" then 125 s (46: fail); two internal lines while the patron waits 132 s (26:
 *   fail); "Sure, take your time." then 204 s (09) and "No rush, I'll be here." then 214 s (34) as waits on the patron; a
 *   transfer notice answered 140 s later (18: fail); a silent transfer answered 80 s after the patron (50: pass);
 *  endings: "Are you still there?" at 270 and "… it seems you've been disconnected and I'll end this chat now. Please come
 *   back anytime" at 430 (04); "You there?" and "Seems like we lost you — I'm going to close out this chat, but feel free to
 *   reach back out." (42); "Are you still there? If I don't hear back … I'll close the chat." then "Closing now. Take care!"
 *   (36: never says the patron seems disconnected: notice fails, courteous passes); "Still there?" then "It looks like
 *   you've disconnected." and no goodbye (48: notice says nothing of the end, fails; courteous fails); "Are you still with
 *   me?" then nothing until 400 (24); goodbyes 130 s (23) and exactly 120 s (34) after the answer with no check-in (idle
 *   fails, disconnect na); the patron's "that's everything, thanks!" as the last line (25); "That's a lot of questions for
 *   one chat … I have to move on now, so I'm ending the session." (07: dismissal, no goodbye); "we can only spend so long
 *   with each patron and your time is up … Bye!" (37: dismissal, courteous passes on "Bye!"); "My shift is over in a
 *   minute, so I'll need to end the chat here." (45: dismissal, no goodbye); "a few other patrons waiting … chat back in
 *   later, or call our reference desk" (08: allowed); goodbyes "You're welcome, have a good night!", "Take care of yourself
 *   too. Thanks …", "¡Gracias a usted por usar nuestro chat!", "¡De nada! Thanks for chatting.", "Con gusto. ¡Que tenga
 *   buena noche!", "hang in there. ty for chatting, bye 💙", "good luck to you and your grandpa. Bye!"; patron-side "that's
 *   all I needed", "no more questions", "no other questions", "no, es todo", "nothing else", "thats all for now", "thats
 *   everything", and "kinda. ok thanks", "sí, perfecto. gracias", "ok", "si, got what i need" (35, LEFT);
 *  sources: state, county and federal URLs, Care Compare, alz.org, genworth.com, nia.nih.gov, IRS Pub 503, the NAIC guide,
 *   books by title and author with the catalog URL, a Library of Things hold; none ("Missouri Medicaid can also pay …",
 *   22; "aren't in the state's online lookup", 31);
 *  completeness: "Does the facility finder help in the meantime?", "Is that the form you meant?", "Would that one work?",
 *   "Does that work?", "Does the calendar help for now?", "¿Le sirve esta información?", "¿Es lo que buscaba?", "¿Le ayuda
 *   esto?", "that help?"; "Is a phone call back okay …?" (12), "Would you like me to look for Lewy body support groups too?"
 *   (41) and "Hope that helps!" (47) that do not ask it;
 *  referrals: agencies by phone ("Call them at 410-…", "call the ADRC at 608-…", "Puede llamar al 650-…", "Call their 24/7
 *   Helpline", "call the Elder Helpline", "You can call the Michigan … Ombudsman Program", "register by phone at 916-…",
 *   "call them at 509-…", "Call their 24-hour Senior HELP LINE", "call the Arizona Center for Disability Law", "Tiene que
 *   llamar al Seguro Social al 1-800-…"); "Reach out to the Family Caregiver Support Program …" with "Their number is …" in
 *   the next line (41: pass); the library's own reference desk (08) and information desk (16) by phone, and "pase por el
 *   mostrador de referencia de la biblioteca central" with none (40: fail); "report it to Adult Protective Services … talk
 *   to his bank's fraud department" (28: fail); "talk it over with her doctor … ask the facility's social worker" (32:
 *   fail); staff consulted on the patron's behalf ("I can call around", "I'll pass your question to the Elk River staff",
 *   "I can request them for you", "I'll ask a couple of colleagues", "I'll send your question to their staff") as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done in 30 h (09); FU_LIB, e-mail only in `patron.email`, "within two
 *   business days", not done by day 5 (10); a promise "by tomorrow noon" coded Answered, pending (11); FU_ME by phone read
 *   back, "by Thursday", done after 90 h (12: late); FU_ME "I'll send you what I find" (no time), done in 20 h (31); a
 *   promise "someone from Oak Park will call you by Monday" with the phone read back, coded Answered (38); FU_ME with no
 *   contact anywhere, pending (39: code and contact fail); FU_ME "as soon as I can" (43); the e-mail typed by the patron
 *   and not repeated, "by Tuesday", done in 40 h (47: contact passes, "given … there");
 *  codes: a true Lost Call (13); Lost Call with no provider and two patron lines (14); Lost Call after three patron lines
 *   (29); null (05); an empty string (25); Practice (19);
 *  transfers: notice and note (17, 44: pass); a notice with no note (18: fail); a note with no notice (50: fail);
 *  concurrency: four at once (15: fail); others touching both ends (16: pass); the receiver's three others all closed by the
 *   transfer (44) and the transferring provider's three others all opened after it (50): each judged over the part they
 *   handled (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "si, got what i need. gracias!" says on the patron's own, explicitly, that the need is met and nothing more is wanted:
 *   done, like "that's all I needed" (35; thanks or "ok" alone would not be);
 * - "You're welcome, have a good night!", "Con gusto. ¡Que tenga buena noche!", "Closing now. Take care!" and "… good luck to
 *   you and your grandpa. Bye!" say goodbye; "… I'll have to stop here. Bye!" too, so a dismissal can pass courteous (37);
 * - "Sorry, we can only spend so long with each patron and your time is up" and "My shift is over in a minute, so I'll need
 *   to end the chat here." end the help for the provider's convenience without a way back (dismissal fails);
 * - "Are you still there? If I don't hear back in a minute or two I'll close the chat." is the check-in but not the notice:
 *   it does not tell the patron they seem to have disconnected (36); "It looks like you've disconnected." alone does not say
 *   the session will end (48); "Seems like we lost you — I'm going to close out this chat" says both (42);
 * - a hold and the next provider line exactly 120 s apart is not "longer than" `silenceSeconds` (33); a final idle of
 *   exactly 120 s is ≥ `idleCheckSeconds` (34);
 * - a referral's way to reach may come in the provider's next line ("Reach out to …" then "Their number is …", 41);
 * - "talk it over with her doctor" and "ask the facility's social worker to set up a care conference" tell the patron to ask
 *   people outside the chat: referrals without contact (32); "Our reference desk has the full PDF; I'll e-mail it" (47) and
 *   "I can request them for you" (12) tell the patron to contact no one;
 * - "Does that help?" after an answer with no source still passes completeness (22), na only when info.source is na; with no
 *   source and no such question it fails (31);
 * - "r u safe rn?" and "Do you have the policy in front of you?" are questions about the patron's situation that shape the
 *   answer (clarify passes);
 * - a transferred session's concurrency: the receiver is judged from the transfer on and the transferring provider up to
 *   it, so others that close by (44) or open after (50) the transfer do not count for that provider.
 *
 * COUNTS. Written: 50 whole sessions, all 17 statuses labelled in each before its first run (batches of 31, 9, 6 and 4; the
 * labels copied aside before each run). First run as labelled / disagreeing: 49 / 1. Label corrections: 0.
 * Final: 49 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - closing.anything_else, case 35: the patron's "si, got what i need. gracias!" read as not saying they were done (fail;
 *    RUBRIC pass by the reading above).
 * Every timing check (pickup at 30 and 97 s, by `pickedUpAt`, no provider; keep_informed at 150, 140, 132 and 125 s, at
 * exactly 120 s, across holds, a partial-result hold, internal lines, "take your time" / "No rush" and four transfers; final
 * idles of 0, 120, 130, 254, 304, 314 and 324 s; concurrency at four, at touching ends and over the parts of two transfers;
 * on_time done at 20, 30, 40 and 50 h, late at 90 h, pending at day 1, not done by day 5) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back or not,
 * patron phones read back, an e-mail in `patron.email`, agency and library phones beside them).
 *
 * ON v52's mends (block R, R23, written from this file): case 35's "si, got what i need. gracias!" says the patron is done, as
 *   labelled, and runs: 50 running, 0 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 50 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. You are number ${n} in line for a librarian.`];

const ADA: Prov = { id: 'ada-l', name: 'Ada', library: 'LCL' };
const BEN: Prov = { id: 'ben-m', name: 'Ben', library: 'MPL-WI' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMCL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'RFL' };
const DESK4: Prov = { id: 'desk4', name: 'Ref Desk 4', library: 'NYPL-X' };
const NATE: Prov = { id: 'nate', name: 'Nate', library: 'CRPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'CLW' };
const FAITH: Prov = { id: 'faith', name: 'Faith', library: 'CML' };
const HOLLY: Prov = { id: 'holly', name: 'Holly', library: 'WCL' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan (statewide)', library: 'MN-STATE' };
const JUNO: Prov = { id: 'juno', name: 'Juno', library: 'LPL-PA' };
const KAREN: Prov = { id: 'karen', name: 'Karen', library: 'RPL' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'ASK' };
const QUEUE: Prov = { id: 'caregiver-queue', name: 'Ask Us queue', library: 'STATE' };
const MONA: Prov = { id: 'mona', name: 'Mona', library: 'TCCL' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'APL-TX' };
const OLIVE: Prov = { id: 'olive', name: 'Olive', library: 'FCPL' };
const PERCY: Prov = { id: 'percy', name: 'Percy Hale', library: 'FCPL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'SFPL-SD' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin Ward', library: 'SFPL-SD' };
const TRAINER: Prov = { id: 'trainer-cg', name: 'Training Account', library: 'TRN' };
const ROSS: Prov = { id: 'ross', name: 'Ross', library: 'KPL' };
const SAGE: Prov = { id: 'sage', name: 'Sage', library: 'BPL-CO' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'SGCL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'SPL-CA' };
const VIV: Prov = { id: 'viv', name: 'Viv', library: 'WPL-OH' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'ACL-MN' };
const XAVI: Prov = { id: 'xavi', name: 'Xavi', library: 'FPL-CA' };
const YARA: Prov = { id: 'yara', name: 'Yara', library: 'PINES' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'FCPL-VA' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'ECPL' };
const BEA: Prov = { id: 'bea', name: 'bea_nightowl', library: 'HCL-MN' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'DML' };
const DELIA: Prov = { id: 'delia', name: 'Delia', library: 'EPL-OR' };
const EMIL: Prov = { id: 'emil', name: 'Emil', library: 'IPL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'PPL-IL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'YVL' };
const HANA: Prov = { id: 'hana', name: 'Hana', library: 'PHX' };
const IRA: Prov = { id: 'ira', name: 'Ira', library: 'DCL-MN' };
const JADE: Prov = { id: 'jade', name: 'Jade (statewide)', library: 'IL-STATE' };
const KIT: Prov = { id: 'kit', name: 'Kit', library: 'SNO' };
const LIA: Prov = { id: 'lia', name: 'Lía', library: 'CPL-IL' };
const MEG: Prov = { id: 'meg', name: 'Meg', library: 'RL-SC' };
const NED: Prov = { id: 'ned', name: 'Ned', library: 'DMPL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'VT-ASK' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'PCPL' };
const DEE: Prov = { id: 'dee', name: 'Dee Moran', library: 'PCPL' };
const QUIN: Prov = { id: 'quin', name: 'Quin', library: 'MCL-OR' };
const RAE: Prov = { id: 'rae', name: 'Rae', library: 'CCPL-OH' };
const SOL: Prov = { id: 'sol', name: 'Sol', library: 'KDL' };
const TED: Prov = { id: 'ted', name: 'Ted', library: 'ASCPL' };
const UNA: Prov = { id: 'una', name: 'Una', library: 'HPL-TX' };
const VAL: Prov = { id: 'val', name: 'Val', library: 'NPL-IL' };
const WES: Prov = { id: 'wes', name: 'Wes Ortega', library: 'NPL-IL' };

export const fiftyEighthRoundCaregivers: SessionCase[] = [
  // 01 Area Agency on Aging by county, phone + Eldercare Locator
  s(ADA, '01 dad living alone, where to start: county asked, Office of Aging phone + eldercare.acl.gov, "that\'s all I needed"', [
    [0, 'p', 'hi my dad is 81 and living alone, i think he needs some help at home but i dont know where to start. someone said area agency on aging?'],
    queue(3),
    [30, 'l', 'Good morning, this is Ada, a librarian with Ask Us at Linwood County Library. Happy to help you sort this out.'],
    [36, 'l', 'Which county does your dad live in? Each county has its own Area Agency on Aging.'],
    [90, 'p', 'Harford county MD'],
    [96, 'l', 'Let me look up their contact info.'],
    [170, 'l', "Harford County's Area Agency on Aging is its Office of Aging. Call them at 410-555-0150 and ask for an in-home needs assessment; they can set up in-home help, meals and a caregiver support contact. Outside Harford, the national Eldercare Locator at eldercare.acl.gov finds the agency for any ZIP code."],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', "yes, that's all I needed. thank you so much"],
    [246, 'l', "You're welcome, and best of luck to you and your dad. Thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 02 respite: "ok, looking into it" then 150 s with a patron line inside
  s(BEN, '02 respite for a spouse with Parkinson\'s: "ok, looking into it", patron "ok thx" inside, answer 150 s after the hold', [
    [0, 'p', "Is there any respite care program in Dane county? I'm caring for my wife (Parkinson's) and I'm burnt out"],
    [25, 'l', "Hi, Ben here at Ask a Librarian, Madison Public Library. I'm sorry it's been so hard."],
    [31, 'l', 'Are you looking for a few hours a week at home, or an overnight stay somewhere so you can get away?'],
    [80, 'p', 'a few hours a week, at home'],
    [86, 'l', 'ok, looking into it'],
    [130, 'p', 'ok thx'],
    [236, 'l', "Sorry that took a while. Dane County's Aging and Disability Resource Center runs the caregiver respite grants; their caregiver page is daneadrc.org/caregivers, and you can call the ADRC at 608-555-0147 to ask about in-home respite. The Wisconsin Respite Care Association also lists providers at respitecarewi.org."],
    [242, 'l', 'Is that what you were looking for?'],
    [300, 'p', 'yes, thanks. thats all'],
    [306, 'l', 'Take care of yourself too. Thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 03 Spanish: adult day center
  s(LUCIA, '03 centro de día para mamá (Spanish): city and days asked, the center by phone + county list URL, "¿Le sirve…?", "es todo"', [
    [0, 'p', 'hola buenas, busco un centro de dia para mi mama, tiene 78 y no puede quedarse sola mientras trabajo'],
    [28, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Mateo. Con gusto le ayudo.'],
    [35, 'l', '¿En qué ciudad vive su mamá? ¿Y necesita el centro todos los días o solo algunos?'],
    [100, 'p', 'en Redwood City, de lunes a viernes'],
    [106, 'l', 'Un momento, por favor, reviso la lista del condado.'],
    [190, 'l', 'En Redwood City está el Centro de Día Redwood Oaks, abierto de lunes a viernes. Puede llamar al 650-555-0118 para pedir una visita; atienden en español. La lista completa de centros de día del condado está en smchealth.org/adultday.'],
    [196, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si muchas gracias'],
    [256, 'l', '¿Necesita algo más?'],
    [290, 'p', 'no, es todo. gracias'],
    [296, 'l', '¡Gracias a usted por usar nuestro chat! Que esté muy bien.'],
  ], usual({ referral: 'pass' })),

  // 04 support group; patron goes quiet; check-in, then a notice that is also a goodbye
  s(MIRA, '04 spouse support groups after an Alzheimer\'s diagnosis: helpline phone + alz.org, quiet, check-in at 270, notice + invitation at 430', [
    [0, 'p', "My husband was just diagnosed with early Alzheimer's. Are there support groups for spouses?"],
    [35, 'l', "Hello, I'm Mira, a reference librarian at Ridgefield Library. I'm so sorry to hear about the diagnosis."],
    [41, 'l', 'Would you prefer an in-person group near you, or would online or phone groups work too?'],
    [110, 'p', 'in person if possible, near Danbury'],
    [116, 'l', "The Alzheimer's Association's Connecticut chapter runs caregiver support groups around Danbury. Call their 24/7 Helpline at 800-272-3900 to join one; the group list is at alz.org/ct under Programs & Support."],
    [122, 'l', 'Did that help?'],
    [270, 'l', 'Are you still there?'],
    [430, 'l', "I haven't heard back, so it seems you've been disconnected and I'll end this chat now. Please come back anytime, we're here to help."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 05 POA vs health care proxy; greeting names no one; code null
  s(DESK4, '05 durable POA vs health care proxy (NY): "Hi! Thanks for waiting." under a screen name, state asked, two form URLs, code null', [
    [0, 'p', "what's the difference between a durable power of attorney and a health care proxy? my mom needs both i think"],
    [40, 'l', 'Hi! Thanks for waiting.'],
    [46, 'l', 'Which state does your mom live in? The forms differ.'],
    [100, 'p', 'new york'],
    [106, 'l', "In New York, a power of attorney covers money and property, and a health care proxy names someone to make medical decisions if she can't. The proxy form is free from the Department of Health at health.ny.gov/forms/doh-1430.pdf, and the statutory short form POA is explained at nycourts.gov/courthelp/goingtocourt/powerofattorney.shtml."],
    [112, 'l', 'Does that clear it up?'],
    [170, 'p', 'yes thanks, no more questions'],
    [176, 'l', "You're welcome, have a good night!"],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 06 nursing home comparison; the question comes after the first source
  s(NATE, '06 comparing nursing homes: Care Compare given first, "short-term rehab or long-term?" only after, dia.iowa.gov', [
    [0, 'p', 'how do i compare nursing homes? need one for my grandmother after her hospital stay'],
    [22, 'l', 'Hey there, Nate from the Ask Us chat at Cedar Rapids Public Library.'],
    [28, 'l', "Medicare's Care Compare tool rates every certified nursing home on inspections, staffing and quality: medicare.gov/care-compare, choose Nursing homes and put in a ZIP code."],
    [34, 'l', 'Is she going for short-term rehab after the hospital, or long-term care?'],
    [90, 'p', 'rehab first, then probably long term'],
    [96, 'l', "Then look at both the short-stay and long-stay quality tabs on each home's page. Iowa's own inspection reports are on the Department of Inspections and Appeals site, dia.iowa.gov."],
    [102, 'l', 'Does that answer it?'],
    [150, 'p', 'yep thats all i needed'],
    [155, 'l', 'Great, thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 07 home care + a list of questions: the provider ends it for their own convenience
  s(GRANT, '07 Medicaid home care aides (Pinellas): Elder Helpline phone, then "That\'s a lot of questions for one chat … I\'m ending the session."', [
    [0, 'p', 'Need names of home care agencies in Pinellas county that take medicaid. my mother needs an aide in the mornings'],
    [45, 'l', "Hello, this is Grant at Clearwater Library's reference chat."],
    [51, 'l', 'Is she on regular Medicaid, or already enrolled in the Statewide Medicaid Managed Care long-term care program?'],
    [120, 'p', "I don't know. how would i find out. and what about the VA, my dad was a vet, and does medicare pay for any of it, and what about adult day care"],
    [128, 'l', "Florida's long-term care program is explained at ahca.myflorida.com/medicaid/statewide-medicaid-managed-care, and you can call the Elder Helpline at 1-800-963-5337 to find out which plan she is in."],
    [190, 'p', 'ok but what about the VA part and medicare'],
    [196, 'l', "That's a lot of questions for one chat. I've given you what I can and I have to move on now, so I'm ending the session."],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 08 a long list; other patrons waiting, a way back
  s(FAITH, '08 memory care costs in Ohio, then a list: "a few other patrons waiting … chat back in later, or call our reference desk"', [
    [0, 'p', "hi my aunt has dementia and I'm her caregiver, I need info on memory care costs in Ohio"],
    [20, 'l', "Hi, welcome to Ask a Librarian! I'm Faith at Columbus Metropolitan Library."],
    [26, 'l', 'Do you want average costs for the state, or prices at specific places near you?'],
    [70, 'p', 'average is fine for now'],
    [76, 'l', "Genworth's Cost of Care Survey has state and metro averages for memory care and assisted living: genworth.com/aging-and-you/finances/cost-of-care.html. Choose Ohio, then Columbus."],
    [82, 'l', 'Does that help?'],
    [140, 'p', 'yes. also can you find me the medicaid waiver rules, and how guardianship works, and which places near Dublin have openings, and tax deductions for her care'],
    [148, 'l', "Those are all worth looking into! I have a few other patrons waiting right now, so I can't get to all of them in this chat. Please chat back in later, or call our reference desk at 614-555-0170 and we'll pick up from here."],
    [180, 'p', 'ok'],
    [186, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 09 follow-up by me, "take your time", e-mail read back, "by Friday", done in 30 h
  s(HOLLY, '09 memory care prices in Washoe County (follow-up by me): "Sure, take your time." 204 s, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', "Do you have a list of memory care facilities in Washoe County with prices? My mom's doctor says she can't live alone anymore"],
    [30, 'l', "Good afternoon, I'm Holly, a librarian with Washoe County Library's Ask Us service."],
    [36, 'l', 'Are you looking only at memory care units, or at assisted living places that have a memory care wing too?'],
    [100, 'p', 'either one'],
    [106, 'l', "Nevada's licensed facilities are searchable on the Division of Public and Behavioral Health site, dpbh.nv.gov (Health Care Quality and Compliance > Facility Finder), but it has no prices. I can call around to a few places for current rates and e-mail you a short list, if you'd like. Does the facility finder help in the meantime?"],
    [170, 'p', 'yes that would be great. let me find my email, i have a new one'],
    [176, 'l', 'Sure, take your time.'],
    [380, 'p', "ok it's carla.mendes@example.com"],
    [386, 'l', "Thanks — carla.mendes@example.com. I'll e-mail you the list with prices by Friday."],
    [392, 'l', 'Anything else I can help with today?'],
    [420, 'p', 'no thats it, thank you so much'],
    [426, 'l', "You're welcome. Thanks for chatting, talk to you Friday!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 10 statewide, follow-up by the patron's library; e-mail only on the account; day 5
  s(IVAN, '10 memory kits at Elk River (follow-up by patron\'s library): "reply to the e-mail on your library account … within two business days", not done by day 5', [
    [0, 'p', 'does the Elk River library lend those memory kits for people with dementia? the ones with puzzles and music'],
    [38, 'l', "Hi, this is Ivan with the statewide Ask Minnesota chat. I work at a different library, but let's see."],
    [44, 'l', 'Do you mean the memory kits for checkout, or the Memory Café programs some libraries run?'],
    [100, 'p', 'the kits to take home'],
    [106, 'l', 'Checking their catalog.'],
    [180, 'l', "Great River Regional Library's catalog (griver.org) lists \"Memory Kits\" but doesn't show which branches have them. I'll pass your question to the Elk River staff; they'll reply to the e-mail on your library account, usually within two business days."],
    [186, 'l', 'Does that help for now?'],
    [240, 'p', 'ok thank you'],
    [246, 'l', "You're welcome! Thanks for using Ask Minnesota."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'gbrandt@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 11 a promise coded Answered; pending
  s(JUNO, '11 PA advance directive + plain-English booklet: scan promised "by tomorrow noon", e-mail read back, coded Answered (pending)', [
    [0, 'p', "Hi, I'm trying to find a copy of the Pennsylvania advance directive form, the living will one. My father wants to fill it out this weekend"],
    [26, 'l', 'Hi! Juno here, a reference librarian at Lancaster Public Library.'],
    [32, 'l', 'Does he want just the living will, or the combined form that also names a health care agent?'],
    [90, 'p', 'the combined one I think'],
    [96, 'l', 'The Pennsylvania Department of Aging has the combined Advance Health Care Directive as a fillable PDF: go to aging.pa.gov and search "advance directive". Is that the form you meant?'],
    [150, 'p', 'yes but is there a plain english guide? he has a lot of questions'],
    [156, 'l', "There's a good booklet from the PA Bar Association, but our copy is in the closed stacks. I'll scan the relevant pages and e-mail them to you by tomorrow noon. What e-mail should I use?"],
    [200, 'p', 'rob.kline@example.com'],
    [206, 'l', 'Got it, rob.kline@example.com, by tomorrow noon.'],
    [212, 'l', 'Anything else for today?'],
    [240, 'p', 'nope thats everything'],
    [246, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by me by phone; done after 90 h
  s(KAREN, '12 2019-21 nursing home inspection reports (follow-up by me): call-back number read back, "by Thursday", done after 90 h', [
    [0, 'p', "looking for the nursing home inspection reports for Maple Grove Care Center in Racine, from 2019-2021. my mom was there and I'm putting together a complaint"],
    [30, 'l', "Hello, I'm Karen at Racine Public Library's Ask a Librarian."],
    [37, 'l', 'Do you need the full state survey reports, or just the summary of violations?'],
    [95, 'p', 'full reports'],
    [101, 'l', "One moment, let me see what's online."],
    [185, 'l', "Care Compare at medicare.gov/care-compare only shows the last three years of inspections, so 2019-2021 isn't there. The Wisconsin Division of Quality Assurance keeps older surveys, and I can request them for you. Is a phone call back okay once I have them?"],
    [240, 'p', 'yes call me 262-555-0164'],
    [246, 'l', "262-555-0164, thank you. I'll call you by Thursday with what I find."],
    [252, 'l', 'Anything else I can look up?'],
    [290, 'p', 'no thats all for now'],
    [296, 'l', 'Take care, and thanks for reaching out.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 a true Lost Call
  s(LEO, '13 guardianship for a mom with dementia (Lost Call): "Hi, Leo at Ask Us here — let me read through that, one sec.", patron left, invitation back', [
    [0, 'p', 'how do i become my moms guardian, she has dementia and cant sign anything'],
    queue(2),
    [35, 'l', 'Hi, Leo at Ask Us here — let me read through that, one sec.'],
    left(48),
    [190, 'l', "Looks like you've left the chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 no provider joined; two patron lines; Lost Call
  s(QUEUE, '14 Medicare after rehab: no provider ever joined, "hello?? anyone there", patron left, coded Lost Call after two patron lines', [
    [0, 'p', 'is medicare going to pay for my dads nursing home after rehab ends??'],
    queue(2, 5),
    [150, 'p', 'hello?? anyone there'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 four chats at once
  s(MONA, '15 VA adult day health care in Tulsa: three other chats open, four at once from 40 s', [
    [0, 'p', 'need a list of adult day care places in Tulsa that take VA benefits'],
    [28, 'l', "Hello! Mona with Tulsa City-County Library's Ask Us chat."],
    [34, 'l', "Is this for a veteran himself, or a veteran's spouse?"],
    [80, 'p', 'for my husband, hes a vet'],
    [86, 'l', 'The VA can pay for adult day health care; the Eastern Oklahoma VA\'s Geriatrics and Extended Care page (va.gov/eastern-oklahoma-health-care) explains who qualifies. Oklahoma\'s list of licensed adult day centers is at oklahoma.gov/okdhs, search "adult day services".'],
    [92, 'l', 'Is that what you needed?'],
    [140, 'p', 'yes thats great'],
    [146, 'l', 'Anything else today?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Thank you for chatting. Bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'mona', -300, 400), other('m2', 'mona', -60, 500), other('m3', 'mona', 40, 300)],
  }),

  // 16 three at most, others touching both ends; own library's desk by phone
  s(NOEL, '16 Texas medical POA + a notary: HHS form URL, "call the Central Library information desk at 512-…"; others touch both ends', [
    [0, 'p', 'where can I get a free copy of a medical POA form for Texas? the hospital social worker mentioned it'],
    [22, 'l', 'Good afternoon, Noel here, a librarian at Austin Public Library.'],
    [28, 'l', 'Is it the Medical Power of Attorney you need, or the Directive to Physicians too?'],
    [80, 'p', 'just the medical POA'],
    [86, 'l', 'Texas Health and Human Services has the official Medical Power of Attorney form, free, at hhs.texas.gov/regulations/forms (search "medical power of attorney"). It has to be signed in front of two witnesses or a notary.'],
    [92, 'l', 'Does that answer it?'],
    [140, 'p', 'yes. do yall have a notary?'],
    [146, 'l', 'We do: the Central Library has a free notary by appointment. Call the Central Library information desk at 512-555-0190 to book.'],
    [200, 'p', 'perfect thats all, thanks'],
    [205, 'l', "You're welcome — thanks for chatting, bye!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('n1', 'noel', -600, 0), other('n2', 'noel', -200, 150), other('n3', 'noel', 120, 900), other('n4', 'noel', 210, 800)],
  }),

  // 17 transfer by the book
  s(OLIVE, '17 Medicaid for a nursing home: transfer to Senior Services with a notice and a note, Percy answers 41 s later', [
    [0, 'p', 'My mother-in-law needs to apply for Medicaid to pay for the nursing home. Where do I even start, and does the library help with applications?'],
    [20, 'l', "Hello, I'm Olive at the Ask Us desk of Frederick County Public Libraries."],
    [26, 'l', 'Is she already living in the nursing home, or still at home?'],
    [75, 'p', 'she moved in last month'],
    [82, 'l', "Our Senior Services librarian helps caregivers with exactly this, so I'm going to transfer you to him. One moment please."],
    [85, 'i', 'Percy, caregiver needs help starting a Medicaid LTC application for MIL already in a nursing home. Can you take it? thx'],
    xfer(89, 'Percy Hale', 'percy'),
    [130, 'l', 'Hi, Percy from Senior Services here. In Maryland you apply online at mydhrbenefits.dhs.maryland.gov or on paper. Our caregiver guide at fcpl.org/caregivers has the checklist of documents she\'ll need (five years of bank statements is the big one).', as(PERCY)],
    [136, 'l', 'Does that give you a place to start?', as(PERCY)],
    [190, 'p', "yes thank you, that's everything"],
    [196, 'l', 'Glad to help. Thanks for using Ask Us!', as(PERCY)],
  ], usual({ transfer: 'pass' })),

  // 18 transfer notice with no note; receiver 140 s later
  s(QUENTIN, '18 long-term care policy "elimination period": transfer notice, no internal note, Tamsin answers 140 s after the notice', [
    [0, 'p', "can someone help me read my dads long term care insurance policy? it's confusing, what does elimination period mean"],
    [30, 'l', 'Hi, Quentin here at Ask a Librarian, Sioux Falls Public Library.'],
    [36, 'l', 'Do you have the policy in front of you?'],
    [80, 'p', 'yes'],
    [86, 'l', "I'm going to transfer you to our business and finance librarian, who knows insurance resources better than I do. Please hold."],
    xfer(90, 'Tamsin Ward', 'tamsin'),
    [226, 'l', 'Hello, Tamsin here. The elimination period is the number of days of care he has to pay for himself before the policy starts paying, like a deductible counted in days. The NAIC\'s "Shopper\'s Guide to Long-Term Care Insurance" explains every term: content.naic.org, search "long-term care shopper\'s guide".', as(TAMSIN)],
    [232, 'l', 'Does that help?', as(TAMSIN)],
    [280, 'p', 'yes it does. thats all i needed'],
    [286, 'l', 'Great, thanks for chatting!', as(TAMSIN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 19 Practice
  s(TRAINER, '19 practice chat (caregiver macros): coded Practice, every check na', [
    [0, 'p', 'test - respite care question'],
    [10, 'l', 'Hi, this is a practice chat for the caregiver macros.'],
    [20, 'l', 'Respite: see eldercare.acl.gov. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 "hello?" in the queue, 97 s pickup
  s(ROSS, '20 Michigan LTC ombudsman: "hello?" in the queue, picked up at 97 s, ombudsman phone + mltcop.org, "no other questions"', [
    [0, 'p', "what is the phone number for the long term care ombudsman in Michigan, my brother's nursing home isn't changing him enough"],
    queue(2, 4),
    [60, 'p', 'hello?'],
    [97, 'l', 'Hi, sorry for the wait! This is Ross, a librarian at Kalamazoo Public Library.'],
    [103, 'l', "Is your brother's nursing home in Kalamazoo County?"],
    [150, 'p', 'yes'],
    [156, 'l', "You can call the Michigan Long Term Care Ombudsman Program at 866-485-9393 to make a complaint, and the local ombudsman for Kalamazoo is listed at mltcop.org (Find Your Local Ombudsman). It's free and confidential."],
    [162, 'l', 'Is that what you were looking for?'],
    [220, 'p', 'yes thank you. no other questions'],
    [226, 'l', "You're welcome. Take care, and thanks for chatting with us."],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 21 pickedUpAt at 40, first line at 75
  s(SAGE, '21 picture books about a grandparent with dementia: `pickedUpAt` 40 s, first line at 75, three titles + catalog URL', [
    [0, 'p', 'Hi, are there any books for kids about a grandparent with dementia? My mom lives with us now and my 6 year old is confused'],
    [75, 'l', "Hi, I'm Sage, the youth services librarian on Ask Us at Boulder Public Library. What a thoughtful question."],
    [81, 'l', 'Would you like picture books to read together, or something for you about how to explain it?'],
    [130, 'p', 'picture books'],
    [136, 'l', 'A few good ones: "Grandpa Green" by Lane Smith, "What\'s Happening to Grandpa?" by Maria Shriver, and "The Remember Balloons" by Jessie Oliveros. All three are in our catalog at boulderlibrary.org, and I can place holds for you if you like.'],
    [142, 'l', 'Are those the kind of books you had in mind?'],
    [200, 'p', 'yes perfect! thats all I needed'],
    [206, 'l', 'Wonderful. Thanks for chatting and take care!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 22 paying for assisted living: no source
  s(TOBY, '22 paying for assisted living: savings, the house, reverse mortgage, Missouri Medicaid named with no way to reach (no source), "kinda. ok thanks"', [
    [0, 'p', "how do people pay for assisted living?? we can't afford 5000 a month for my grandpa"],
    [30, 'l', 'Hi, this is Toby with Ask a Librarian at Springfield-Greene County Library.'],
    [36, 'l', 'Does your grandpa own a home, or have long-term care insurance or veterans benefits?'],
    [100, 'p', 'he owns his house. no insurance. not a vet'],
    [106, 'l', 'Most families use a mix of savings and the sale or rental of the house; some look at a reverse mortgage. Missouri Medicaid can also pay part of assisted living if his income and assets are low enough, but the house counts differently depending on who lives in it.'],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'kinda. ok thanks'],
    [176, 'l', "You're welcome, good luck to you and your grandpa. Bye!"],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 23 goodbye 130 s after the answer, no check-in
  s(UMA, '23 family caregiver classes: "register by phone at 916-…", answer at 96, goodbye at 226 (final idle 130 s) with no check-in', [
    [0, 'p', 'is there a caregiver training class in Sacramento? like how to lift someone, bathing etc'],
    [26, 'l', "Good evening, you've reached Uma, a librarian at Sacramento Public Library."],
    [32, 'l', 'Is it for caring for someone at home, or are you looking for a certificate to work as a caregiver?'],
    [90, 'p', 'at home, for my mom'],
    [96, 'l', 'The Del Oro Caregiver Resource Center runs free family caregiver classes, including safe transfers and bathing; the schedule is at deloro.org/classes and you can register by phone at 916-555-0128. The American Red Cross also has a self-paced Family Caregiving course at redcross.org.'],
    [102, 'l', 'Does that help?'],
    [226, 'l', 'Thanks for using Ask a Librarian tonight, come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 24 a check-in and then nothing
  s(VIV, '24 robotic companion cat to borrow: answer at 76, "Are you still with me?" at 230, session ends at 400 with no notice', [
    [0, 'p', 'does the library have any of those robotic pets for people with dementia to borrow'],
    [24, 'l', 'Hi, thanks for contacting Ask Us at Westerville Library — this is Viv.'],
    [30, 'l', 'Is this for someone at home, or for a group at a care facility?'],
    [70, 'p', 'at home, my grandma'],
    [76, 'l', 'Yes! Our Library of Things has two robotic companion cats for two-week checkout. Place a hold in the catalog at westervillelibrary.org/things (search "companion pet"); there\'s usually a short wait list.'],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  // 25 the patron has the last word; code empty
  s(WREN, '25 audiobook on caregiver burnout: Libby via the catalog, "Would that one work?", patron "that\'s everything" last (no goodbye), code ""', [
    [0, 'p', 'I need a book on caregiver burnout, something practical not too long'],
    [20, 'l', 'Hello! Wren here, a librarian with Ask Us at Anoka County Library.'],
    [26, 'l', 'Do you prefer print, ebook or audiobook?'],
    [60, 'p', 'audiobook, i listen while driving'],
    [66, 'l', '"The 36-Hour Day" is the classic but it\'s long. For something shorter, try "Self-Care for Caregivers" by Pamela D. Wilson: it\'s on Libby through our catalog at anokacountylibrary.org, with no wait right now.'],
    [72, 'l', 'Would that one work?'],
    [120, 'p', "yes downloading now. that's everything, thanks!"],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 26 internal lines do not end the wait
  s(XAVI, '26 large print on Alzheimer\'s: two internal lines, the patron waits 132 s for a visible answer', [
    [0, 'p', "Do you have any large print books on Alzheimer's for my mom? she was just diagnosed and wants to read about it herself"],
    [22, 'l', 'Hi, Xavi at Fremont Public Library here.'],
    [28, 'l', 'Which branch does she use?'],
    [60, 'p', 'Centerville'],
    [64, 'i', 'anyone know if Centerville has the large print Alz titles or are they all at Main?'],
    [150, 'i', 'Main: all LP Alz titles at Main, can route to Centerville'],
    [192, 'l', 'Our large print copies of "Living with Alzheimer\'s Disease" and "Still Alice" are at Main, and we can send them to Centerville for pickup: place holds at fremontlibrary.org/catalog and choose Centerville.'],
    [198, 'l', 'Does that work?'],
    [240, 'p', 'yes, thanks'],
    [244, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no thats all'],
    [274, 'l', 'Thanks for chatting with Fremont Public Library!'],
  ], usual({ informed: 'fail' })),

  // 27 holds every ~90-100 s; one a partial result that says the search goes on
  s(YARA, '27 Georgia ombudsman complaint tables 2022: holds at 76/176/270 (176 a partial result), answer at 360', [
    [0, 'p', "I'm looking for the 2022 annual report of the State Long-Term Care Ombudsman for Georgia, need the complaint numbers"],
    [24, 'l', "Hello! Yara here, a librarian with Georgia PINES' Ask a Librarian."],
    [30, 'l', 'Do you need the full report or only the complaint tables?'],
    [70, 'p', 'just the tables is fine'],
    [76, 'l', 'Let me look, one moment.'],
    [176, 'l', "The Georgia ombudsman's site only has the latest year, so I'm still checking the federal data."],
    [270, 'l', 'Still searching, thanks for your patience.'],
    [360, 'l', 'Found it. The federal NORS data has Georgia\'s 2022 complaint tables: acl.gov/programs/Protecting-Rights-and-Preventing-Abuse/Long-term-Care-Ombudsman-Program, then "National Ombudsman Reporting System Data" > 2022 > State Tables.'],
    [366, 'l', 'Is that what you were after?'],
    [420, 'p', 'yes!! thats exactly it. no more questions'],
    [426, 'l', 'Wonderful, thanks for using Ask a Librarian. Bye!'],
  ], usual()),

  // 28 referrals with no contact
  s(ZOE, '28 financial exploitation of a father with dementia: DSS page, "report it to Adult Protective Services", "his bank\'s fraud department" (no contact)', [
    [0, 'p', 'my father is being financially exploited by a neighbor I think. he has dementia. what can I do?'],
    [30, 'l', "Hi, I'm Zoe, a librarian at Fairfax County Public Library. I'm sorry you're dealing with this."],
    [36, 'l', 'Does your father live in Fairfax County?'],
    [80, 'p', 'yes, in Reston'],
    [86, 'l', 'The Virginia DSS page on adult abuse, dss.virginia.gov/adult/aps, explains what counts as financial exploitation. You should report it to Adult Protective Services, and you may also want to talk to his bank\'s fraud department.'],
    [92, 'l', 'Did that help?'],
    [150, 'p', "yes. ok thanks, that's all"],
    [156, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ referral: 'fail' })),

  // 29 Lost Call after three patron lines
  s(ABE, '29 hospice by ZIP: answered, patron "ok thx" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'whats the website to find hospice in my area'],
    [20, 'l', 'Hi, Abe here at the Ask Us chat, Erie County Public Library.'],
    [26, 'l', 'What ZIP code or town are you in?'],
    [60, 'p', '16505'],
    [66, 'l', "Medicare's Care Compare lists hospice providers by ZIP: medicare.gov/care-compare, pick Hospice care and enter 16505."],
    [110, 'p', 'ok thx'],
    left(112),
    [120, 'l', 'Thanks for stopping by, take care!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 chat-speak, 2 am
  s(BEA, '30 night support line (chat-speak): "hi! bea w/ ask a librarian", "r u safe rn?", helpline by phone, "that help?", "nah", "bye"', [
    [0, 'p', 'hey is there a caregiver support line i can call at night?? its 2am and my mom wont sleep and im losing it'],
    [8, 'l', 'hi! bea w/ ask a librarian @ Hennepin County Library, night chat 💙'],
    [12, 'l', 'r u safe rn? and is she safe?'],
    [30, 'p', 'ya were ok just exhausted'],
    [34, 'l', "ok. call the Alzheimer's Assn helpline, it's 24/7: 800-272-3900. they pick up at 2am and talk u thru it. u dont need a diagnosis to call"],
    [38, 'l', 'that help?'],
    [60, 'p', 'ya omg thank u'],
    [63, 'l', 'anything else i can find u?'],
    [80, 'p', 'nah'],
    [83, 'l', 'hang in there. ty for chatting, bye 💙'],
  ], usual({ referral: 'pass' })),

  // 31 follow-up by me with no time; no source
  s(CORA, '31 adult day center inspection report (follow-up by me): e-mail read back, "I\'ll send you what I find" (no time), no source, done in 20 h', [
    [0, 'p', "I need the Hilltop Adult Day Center's state inspection report. Mom starts there next month"],
    [25, 'l', "Hi, Cora here, a librarian at Dayton Metro Library's chat."],
    [31, 'l', 'Is Hilltop the one on Wayne Avenue in Dayton?'],
    [70, 'p', 'yes that one'],
    [76, 'l', "Adult day centers aren't in the state's online lookup, so I'll request the latest report and send it to you. What's your e-mail?"],
    [130, 'p', 'dkowalski@example.com'],
    [136, 'l', "Thanks, dkowalski@example.com. I'll send you what I find."],
    [140, 'l', 'Anything else for now?'],
    [170, 'p', "no that's it thanks"],
    [175, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // ---- batch 2 (labelled after batch 1 ran, before batch 2 ran) ----

  // 32 referrals to a doctor and a social worker, no contact
  s(DELIA, '32 what is a POLST: oregonpolst.org, "talk it over with her doctor", "ask the facility\'s social worker to set up a care conference" (no contact)', [
    [0, 'p', 'My mom is in rehab at a skilled nursing facility and they keep asking about a POLST. what is that??'],
    [25, 'l', 'Hi, Delia here, a librarian with Ask Us at Eugene Public Library.'],
    [31, 'l', 'Is she in Oregon, and is she able to make her own medical decisions right now?'],
    [90, 'p', "yes oregon. she's pretty sharp still"],
    [96, 'l', 'A POLST is a medical order, signed by her doctor, that says what treatments she wants in an emergency. The Oregon POLST Registry explains it for families at oregonpolst.org (click "For Patients and Families"). Since she can decide for herself, she should talk it over with her doctor, and you can ask the facility\'s social worker to set up a care conference.'],
    [102, 'l', 'Is that what you needed?'],
    [150, 'p', 'yes thats helpful, thats all'],
    [156, 'l', 'Thanks for chatting, take care!'],
  ], usual({ referral: 'fail' })),

  // 33 holds exactly 120 s apart
  s(EMIL, '33 Indiana Medicaid nursing home limits: hold at 76, "Still digging" at 196 (exactly 120 s), answer at 310', [
    [0, 'p', 'where can i find the Medicaid income limits for nursing home care in Indiana for 2026'],
    [20, 'l', "Hello, I'm Emil at Indianapolis Public Library's chat."],
    [26, 'l', 'Is your parent single, or is there a spouse still living at home? The limits differ.'],
    [70, 'p', 'single, my dad'],
    [76, 'l', 'Give me a couple of minutes to dig through the state site.'],
    [196, 'l', 'Still digging, the FSSA pages moved around this year.'],
    [310, 'l', "Here: the Indiana FSSA's Medicaid eligibility guide lists the 2026 nursing facility income and asset limits: in.gov/fssa/ompp, then Eligibility Guide. For a single person the asset limit is $2,000."],
    [316, 'l', 'Does that cover it?'],
    [360, 'p', 'yes it does, thank you! nothing else'],
    [366, 'l', "You're welcome, bye now!"],
  ], usual()),

  // 34 "No rush, I'll be here." then a final idle of exactly 120 s
  s(FERN, '34 wandering at night: "No rush, I\'ll be here." (214 s away), answer at 306, goodbye at 426 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'my mother-in-law keeps wandering at night, are there any door alarms or GPS things recommended for dementia'],
    [30, 'l', 'Hi there! This is Fern, librarian at Ask Us, Peoria Public Library.'],
    [36, 'l', 'Does she live with you, or on her own?'],
    [80, 'p', 'with us. brb kid crying'],
    [86, 'l', "No rush, I'll be here."],
    [300, 'p', 'ok sorry im back'],
    [306, 'l', "The Alzheimer's Association's page on wandering lists door chimes, GPS trackers and the MedicAlert + Safe Return program: alz.org/help-support/caregiving/stages-behaviors/wandering."],
    [312, 'l', 'Does that help?'],
    [426, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 35 the first provider line is a hold, the greeting comes second; "got what i need"
  s(GUS, '35 Spanish-language caregiver group in Yakima: "One sec, reading your question." then "Hi there — Gus, reference librarian", phone to sign up, "si, got what i need"', [
    [0, 'p', 'Are there any caregiver support groups in Spanish in Yakima?'],
    [15, 'l', 'One sec, reading your question.'],
    [22, 'l', 'Hi there — Gus, reference librarian at Yakima Valley Libraries.'],
    [28, 'l', 'Would your family prefer a group that meets in person, or one by phone?'],
    [70, 'p', 'en persona por favor'],
    [76, 'l', 'The Southeast Washington Aging and Long Term Care office runs a Spanish-language family caregiver group in Yakima. The meeting schedule is on altcwashington.com/family-caregiver-support, and you can call them at 509-555-0133 to sign up.'],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'si, got what i need. gracias!'],
    [136, 'l', '¡De nada! Thanks for chatting.'],
  ], usual({ referral: 'pass' })),

  // 36 a check-in that warns of closing; "Closing now. Take care!" never says disconnected
  s(HANA, '36 Maricopa caregiver program: "Are you still there? If I don\'t hear back … I\'ll close the chat." at 210, "Closing now. Take care!" at 330 (no disconnect said)', [
    [0, 'p', 'Need the phone # for the Area Agency on Aging in Maricopa county'],
    [20, 'l', 'Hello! Hana here with the Ask a Librarian service at Phoenix Public Library.'],
    [26, 'l', 'Is this to reach the caregiver program, or for general senior services?'],
    [70, 'p', 'caregiver program'],
    [76, 'l', 'Area Agency on Aging, Region One runs the Maricopa County family caregiver program. Call their 24-hour Senior HELP LINE at 602-264-4357; the program page is aaaphx.org/family-caregiver-support.'],
    [82, 'l', 'Did that answer your question?'],
    [210, 'l', "Are you still there? If I don't hear back in a minute or two I'll close the chat."],
    [330, 'l', 'Closing now. Take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),

  // 37 time's up, then "Bye!"
  s(IRA, '37 assisted living vs in-home care: NIA guide, then "we can only spend so long with each patron … I\'ll have to stop here. Bye!"', [
    [0, 'p', "what's the best way to choose between assisted living and in home care for my mom, pros and cons"],
    [30, 'l', "Hi, I'm Ira, a librarian at Ask Us, Dakota County Library."],
    [36, 'l', 'Does she need help mostly with daily tasks like bathing and meals, or with medical care?'],
    [100, 'p', "daily stuff mostly. but also what about cost, and what about if she gets worse, and how do I talk to her about it, she's stubborn"],
    [108, 'l', 'The National Institute on Aging\'s guide "Long-Term Care: Choosing a Place" compares both: nia.nih.gov/health/assisted-living-and-nursing-homes. Its cost and planning sections cover the other questions too.'],
    [170, 'p', 'ok and how do i talk to her about it'],
    [176, 'l', "Sorry, we can only spend so long with each patron and your time is up, so I'll have to stop here. Bye!"],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 38 the patron's library will call "by Monday", phone read back, coded Answered
  s(JADE, '38 memory café at Oak Park (statewide): "someone from Oak Park will call you by Monday", phone read back, coded Answered (pending)', [
    [0, 'p', 'does the Oak Park library have a memory cafe? my husband has mild cognitive impairment and I want to get him out of the house'],
    [35, 'l', 'Good morning! Jade here, a librarian with the Ask Illinois statewide chat.'],
    [41, 'l', 'Are you in Oak Park yourself, and would daytime or evening work better?'],
    [100, 'p', 'yes oak park, daytime'],
    [106, 'l', 'Let me check their calendar.'],
    [190, 'l', "Oak Park Public Library's events calendar (oppl.org/calendar) doesn't show a memory café this spring. I'll send your question to their staff, and someone from Oak Park will call you by Monday to tell you what's planned. What's the best number?"],
    [240, 'p', '708-555-0177'],
    [246, 'l', '708-555-0177, thank you. Does the calendar help for now?'],
    [290, 'p', 'yes, thank you, thats all'],
    [296, 'l', "You're welcome — thanks for chatting!"],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 39 follow-up by me with no patron contact anywhere
  s(KIT, '39 adult family homes near Everett (follow-up by me): "e-mail it to you by tomorrow" but no e-mail anywhere, patron "ok" and leaves', [
    [0, 'p', 'need the list of adult family homes in Snohomish county that accept medicaid'],
    [30, 'l', "Hi, Kit at Sno-Isle Libraries' Ask a Librarian here."],
    [36, 'l', 'Any particular town, or the whole county?'],
    [90, 'p', 'everett or close to it'],
    [96, 'l', "DSHS's facility locator lists licensed adult family homes with a Medicaid filter: fortress.wa.gov/dshs/adsaapps/lookup/AFHAdvLookup.aspx. I'll also put together a shorter list of ones near Everett and e-mail it to you by tomorrow."],
    [102, 'l', 'Does the locator help for now?'],
    [150, 'p', 'ok'],
    left(152),
    [160, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 40 Spanish: the library's own reference desk with no contact
  s(LIA, '40 poder notarial de salud (Spanish): dph.illinois.gov, "pase por el mostrador de referencia de la biblioteca central" (no contact), "gracias"', [
    [0, 'p', 'buenas tardes, necesito formularios de poder notarial para mi papá en español, vivimos en Chicago'],
    [30, 'l', '¡Buenas tardes! Soy Lía, bibliotecaria de la Biblioteca Pública de Chicago.'],
    [36, 'l', '¿Es un poder para asuntos de dinero y propiedad, o para decisiones de salud?'],
    [90, 'p', 'para la salud'],
    [96, 'l', 'El formulario de Illinois de poder notarial para atención médica está en español en la página del Departamento de Salud Pública: dph.illinois.gov, busque "poder notarial para atención médica". Si quiere ayuda para imprimirlo, pase por el mostrador de referencia de la biblioteca central.'],
    [102, 'l', '¿Es lo que buscaba?'],
    [150, 'p', 'sí, perfecto. gracias'],
    [156, 'l', '¡Con gusto! Gracias por usar el chat.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // ---- batch 3 (labelled after batch 2 ran, before batch 3 ran) ----

  // 41 a referral whose contact comes in the next line; an offer of more is not the completeness question
  s(MEG, '41 in-home respite for Lewy body caregiver: "Reach out to the Family Caregiver Support Program …" + "Their number is …" next line, "Would you like me to look for … too?"', [
    [0, 'p', "my dad has Lewy body dementia and I'm his only caregiver. is there any program that helps pay for someone to come in so I can work?"],
    [25, 'l', 'Hi! Meg here, a librarian with Ask a Librarian at Richland Library.'],
    [31, 'l', 'Does your dad live in Richland County with you?'],
    [80, 'p', 'yes columbia'],
    [86, 'l', 'Reach out to the Family Caregiver Support Program at the Central Midlands Area Agency on Aging. They can pay for some in-home respite hours.'],
    [92, 'l', 'Their number is 803-555-0181, and the program page is centralmidlands.org/aging.'],
    [98, 'l', 'Would you like me to look for Lewy body support groups too?'],
    [140, 'p', 'no thats ok, thats all i needed'],
    [146, 'l', 'Okay! Thanks for chatting, and take care.'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 42 "You there?" and "Seems like we lost you — I'm going to close out this chat, but feel free to reach back out."
  s(NED, '42 mom\'s advance directive from a retired lawyer: iowabar.org, "You there?" at 230, "Seems like we lost you — … close out this chat … reach back out." at 400', [
    [0, 'p', "how do i get a copy of my mom's advance directive? she's at Mercy now and they cant find it"],
    [30, 'l', 'Hello, Ned at Ask Us, Des Moines Public Library.'],
    [36, 'l', "Did she sign it at Mercy originally, or somewhere else like her lawyer's office?"],
    [90, 'p', 'her lawyer did it years ago. lawyer retired'],
    [96, 'l', 'The Iowa State Bar Association explains what happens to a retired lawyer\'s client files at iowabar.org (search "file retention"). A copy of an advance directive works like the original in Iowa, so a copy from her papers at home is worth looking for too.'],
    [102, 'l', 'Does that get you what you need?'],
    [230, 'l', 'You there?'],
    [400, 'l', "Seems like we lost you — I'm going to close out this chat, but feel free to reach back out."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 43 follow-up by me "as soon as I can" (no time), done in 50 h
  s(OPAL, '43 Vermont dementia units that take Medicaid (follow-up by me): e-mail read back, "get back to you as soon as I can" (no time), done in 50 h', [
    [0, 'p', 'Is there a list of nursing homes in Vermont that have a dementia unit and take Medicaid? my aunt needs one soon'],
    [28, 'l', "Good afternoon, Opal here, reference librarian at Vermont's Ask a Librarian service."],
    [34, 'l', "Is there a part of the state she'd like to be near?"],
    [90, 'p', 'Rutland area'],
    [96, 'l', 'One moment.'],
    [170, 'l', "The state's Licensing and Protection facility list (dlp.vermont.gov/facilities) shows nursing homes but not dementia units or Medicaid beds. I'll ask a couple of colleagues who keep a list and get back to you as soon as I can. What's your e-mail?"],
    [220, 'p', 'its j.ostrowski@example.com'],
    [226, 'l', 'Thanks, j.ostrowski@example.com it is.'],
    [232, 'l', 'Anything else for now?'],
    [260, 'p', 'no thank you'],
    [265, 'l', 'Thank you for chatting!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // 44 transfer by the book; each provider judged over the part they handled
  s(PIA, '44 ALTCS termination appeal: "I\'m bringing in my colleague Dee …" + note, transfer at 86; Dee had three others open that all closed by 86', [
    [0, 'p', 'my mom got a letter saying her Medicaid for the nursing home is ending because of an asset review. what do i do'],
    [20, 'l', 'Hi, Pia here with Ask a Librarian at Pima County Public Library.'],
    [26, 'l', "Do you know the date on the letter? There's usually a deadline to appeal."],
    [70, 'p', 'march 1'],
    [78, 'l', "Thanks. I'm bringing in my colleague Dee, who handles benefits questions, so I'm transferring you to her now."],
    [82, 'i', "Dee, pt's mom got an ALTCS termination notice dated 3/1, wants to know how to appeal. Can you take?"],
    xfer(86, 'Dee Moran', 'dee'),
    [120, 'l', "Hi, Dee here. For an ALTCS termination she can ask for a State Fair Hearing; the notice explains how, and AHCCCS's appeals page is azahcccs.gov/MembersAppeals. For free help with the appeal, call the Arizona Center for Disability Law at 800-555-0102.", as(DEE)],
    [126, 'l', 'Does that help?', as(DEE)],
    [180, 'p', 'yes, thank you, thats everything'],
    [186, 'l', "You're welcome. Thanks for using Ask a Librarian!", as(DEE)],
  ], usual({ transfer: 'pass', referral: 'pass' }), {}, {
    otherIntervals: [
      other('p1', 'pia', -50, 300), other('p2', 'pia', 10, 400),
      other('d1', 'dee', -100, 80), other('d2', 'dee', -50, 85), other('d3', 'dee', -20, 86), other('d4', 'dee', 100, 500),
    ],
  }),

  // 45 the provider's shift ends, no way back
  s(QUIN, '45 hospice vs palliative care: NIA page, then "My shift is over in a minute, so I\'ll need to end the chat here." (no way back, no goodbye)', [
    [0, 'p', "can you help me find info on hospice vs palliative care? my grandpa's doctor brought it up and my grandma is confused"],
    [35, 'l', 'Hello, this is Quin at Ask Us, Multnomah County Library.'],
    [41, 'l', 'Would a short plain-language explainer be best, or something more detailed?'],
    [100, 'p', 'short and simple please'],
    [106, 'l', 'The National Institute on Aging has a short one: nia.nih.gov/health/hospice-and-end-life-care/what-are-palliative-care-and-hospice-care. It explains the difference in plain words.'],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'yes. can you also find what medicare covers for hospice'],
    [176, 'l', "My shift is over in a minute, so I'll need to end the chat here."],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 46 a restatement with no question mark; "Hang tight" then 125 s
  s(RAE, '46 tax credit for a parent\'s adult day care: restatement "So you\'re looking for whether …", "Hang tight while I check" then 125 s, IRS Pub 503', [
    [0, 'p', "need caregiver tax credit info, i pay for my mom's adult day care while i work"],
    [22, 'l', 'Hi there, Rae from the Ask a Librarian team at Cuyahoga County Public Library.'],
    [28, 'l', "So you're looking for whether what you pay for your mom's adult day care counts toward a federal tax credit."],
    [60, 'p', 'yes exactly'],
    [66, 'l', 'Hang tight while I check the IRS publication.'],
    [191, 'l', "IRS Publication 503, Child and Dependent Care Expenses, covers care for a parent who can't care for herself, including adult day care: irs.gov/publications/p503. The credit is claimed on Form 2441."],
    [197, 'l', 'Is that what you needed?'],
    [240, 'p', "yes thank you that's all"],
    [246, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ informed: 'fail' })),

  // ---- batch 4 (labelled after batch 3 ran, before batch 4 ran) ----

  // 47 the patron types the e-mail, the provider does not repeat it; "Hope that helps!" asks nothing
  s(SOL, '47 Kent County Senior Resource Directory (follow-up by me): e-mail typed by the patron only, "you\'ll have it by Tuesday. Hope that helps!", done in 40 h', [
    [0, 'p', "can you send me the printed Senior Resource Directory for Kent County? I care for my parents and they don't use computers, I want to give them the phone numbers"],
    [26, 'l', "Hi, I'm Sol, a librarian at Kent District Library's Ask Us chat."],
    [32, 'l', 'Would a PDF you can print work, or do you need the booklet itself mailed?'],
    [90, 'p', "pdf is fine if it's the whole thing"],
    [96, 'l', "The online version is at kentcountyseniors.org/directory, but it's split into sections. Our reference desk has the full PDF; I'll e-mail it to you. What address should I use?"],
    [150, 'p', 'm.haddad@example.com'],
    [156, 'l', "Great, you'll have it by Tuesday. Hope that helps!"],
    [162, 'l', 'Is there something else I can look into for you?'],
    [200, 'p', "no, that's it. thanks"],
    [206, 'l', 'Thanks for chatting, have a good weekend!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // 48 "Still there?" and "It looks like you've disconnected." that never says the chat will end
  s(TED, '48 disability placard for a mom with dementia (Ohio): BMV form, "Still there?" at 220, "It looks like you\'ve disconnected." at 360, ends at 400', [
    [0, 'p', 'whats the form to get a handicap parking placard for my mom in Ohio, she has dementia and uses a walker'],
    [22, 'l', 'Hello, Ted at Ask Us, Akron-Summit County Public Library.'],
    [28, 'l', 'Is it for a permanent placard or a temporary one?'],
    [70, 'p', 'permanent'],
    [76, 'l', 'It\'s the BMV 4826 application, with a section her doctor fills out: bmv.ohio.gov, search "disability placard".'],
    [82, 'l', 'Did that answer it?'],
    [220, 'l', 'Still there?'],
    [360, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 40 }),

  // 49 Spanish throughout: representative payee, SSA by phone, "¿Le puedo ayudar con otra cosa?", "¡Que tenga buena noche!"
  s(UNA, '49 representante de beneficiario (Spanish): ssa.gov/espanol, "Tiene que llamar al Seguro Social al 1-800-…", "¿Le ayuda esto?", "¿Le puedo ayudar con otra cosa?"', [
    [0, 'p', 'buenas noches, mi papá tiene alzheimer y necesito ser su representante para el Seguro Social, como lo hago'],
    [30, 'l', '¡Buenas noches! Habla Una, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca de Houston.'],
    [36, 'l', '¿Su papá ya recibe beneficios del Seguro Social, o va a solicitarlos?'],
    [95, 'p', 'ya los recibe'],
    [101, 'l', 'Entonces usted pide ser su representante de beneficiario. La explicación en español está en ssa.gov/espanol/beneficiarios-representantes. Tiene que llamar al Seguro Social al 1-800-772-1213 (oprima 7 para español) para hacer una cita; no se hace por internet.'],
    [107, 'l', '¿Le ayuda esto?'],
    [160, 'p', 'si mucho'],
    [166, 'l', '¿Le puedo ayudar con otra cosa?'],
    [200, 'p', 'no gracias'],
    [206, 'l', 'Con gusto. ¡Que tenga buena noche!'],
  ], usual({ referral: 'pass' })),

  // 50 silent transfer; the transferring provider's other chats all open after the transfer
  s(VAL, '50 geriatric care manager near Naperville: internal note only, transfer at 80, Wes answers at 150; Val\'s three other chats all open after 80', [
    [0, 'p', "I need to find a geriatric care manager near Naperville, someone who can coordinate my mom's care because I live out of state"],
    [25, 'l', 'Hi, Val here, a librarian with Ask Us at Naperville Public Library.'],
    [31, 'l', 'Is your mom living at home, or in a facility?'],
    [70, 'p', 'at home, alone'],
    [76, 'i', "Wes, can you take this one? geriatric care manager q, pt lives out of state. I'm slammed"],
    xfer(80, 'Wes Ortega', 'wes'),
    [150, 'l', "Hello, Wes here from the Ask Us desk. The Aging Life Care Association's directory finds certified care managers by ZIP: aginglifecare.org, click Find an Aging Life Care Expert and enter 60540.", as(WES)],
    [156, 'l', 'Is that the kind of help you were looking for?', as(WES)],
    [200, 'p', 'yes exactly. thats all'],
    [206, 'l', 'Great, thanks for chatting!', as(WES)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('v1', 'val', 95, 500), other('v2', 'val', 100, 600), other('v3', 'val', 120, 700)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyEighthRoundCaregivers.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-eighth round: caregivers of older adults, checked', () => {
  describeSessions('whole sessions', fiftyEighthRoundCaregivers.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyEighthRoundCaregivers.filter((c) => c.name in LEFT_WHY));
});
