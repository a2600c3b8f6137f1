/**
 * Sixty-second round, theme FAMILY MEMBERS IN JAIL OR PRISON, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: inmate locators (the BOP locator for a brother moved to a federal prison,
 * the Florida DOC search for an uncle, "is my ex in the Mecklenburg jail"), visiting (Howard County detention center hours,
 * approval for FCI La Tuna, San Quentin video visits, Denver and Maricopa County video visits from home, Thanksgiving at a
 * county jail), mail, money and books (letters and photos to an Ohio prison, BOP photo rules and FCI Victorville, books for
 * Cook County Jail, a magazine subscription for Utah State prison, TDCJ trust fund in Spanish, the ACI in Cranston, Orleans
 * Parish commissary), phone calls (a Tulsa County jail account and the FCC rate caps, why Jackson County calls cost so much),
 * bail and bond (Montgomery County MD, Los Angeles in Spanish with the Public Defender), parole and release dates (a NY
 * hearing month by DIN, Georgia parole eligibility, a Multnomah County release date, a federal halfway house), proof of jail
 * dates for a disability claim, records of old incarcerations for genealogy (Eastern State Penitentiary 1890s, the Maryland
 * Penitentiary 1940s, Alcatraz 1936), and support groups for families (Minneapolis, a children's toolkit). Every one of the
 * 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtySecondRoundIncarceration-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); "Hey there — this is Deshawn at …" (02) and "Hey,
 *   Zane here at …" (25); Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (04), "Buenas noches, le atiende Ximena,
 *   bibliotecaria de …" (23) and a greeting that carries the first question ("¡Hola! Soy Pilar … ¿Sabe su nombre completo …?",
 *   15); "Hi, thanks for contacting Ask a Librarian! Basil here …" (27); a first line that is only a question, under the
 *   screen name "AskDesk2" (07: greeting fails); a name and a library with no greeting at all ("Marcus, reference librarian,
 *   Tulsa City-County Library.", 08: fails); a queue line and no provider ever (21);
 *  inquiry: name and age or register number, in-person or video, institution and number, TDCJ number, bail review or
 *   commissioner, hearing or release date, kind of books, which detention center, county of conviction, in person or for the
 *   kids, sentenced or pretrial, on the visiting list, approved with CDCR, official letter or printout, booking number, cell or
 *   landline, which facility, GDC number, online or by mail; the BOP rules given before "Which prison is he at?" (30: fail);
 *  waits: a hold ("Bear with me.") answered exactly 120 s later (05: pass) and one ("one moment while I look for that")
 *   answered 121 s later (06: fail); the patron writing again ("hello??") while waiting, the answer 125 s after the first
 *   patron line (24: fail, no restart); an internal line 50 s into a wait answered exactly 120 s after the patron (29: pass,
 *   internal lines do not end it); transfer notices as holds, the receiver 94 s and 109 s later (16, 17); "No problem, take
 *   your time." then the patron back 200 s later (30: waiting on the patron, pass);
 *  endings: a Lost Call with a greeting only and, 210 s later, "It looks like you've left the chat, so I'm going to close
 *   this session." with no check-in and no goodbye (12: final idle 215 s; idle fails, notice passes, courteous fails); a
 *   check-in at 140 and a goodbye at 180, final idle exactly 120 s (26: idle pass, disconnect na); a check-in at 200 and a
 *   goodbye at 256, final idle exactly 180 s with no notice (27: disconnect fails); "Sorry, we're out of time for this chat.
 *   I have to end it here." with the patron's "wow ok" last (13: dismissal and courteous fail); "a few other patrons are
 *   waiting … please come back to chat anytime" (14: allowed); the patron's "si!! ok thx thats all i needed" last after
 *   "¿Lo encontró?" (15: courteous fails); goodbyes "Bye.", "You're welcome, have a good day.", "Have a good night!",
 *   "Alright, have a good one!", "¡Cuídese! Bye!", "Que le vaya bien. ¡Gracias por escribirnos!", "Cuídese mucho y vuelva a
 *   escribirnos cuando quiera.", "Thank you for using Ask a Librarian."; patron-side "no thats all i needed", "no more
 *   questions", "eso es todo", "no, es todo gracias", "nope thats it", "that is all I need", "thats everything", and "ok
 *   thx", "ok", "yeah ok, thanks", "kinda. ok", "yes" that do not count;
 *  sources: BOP, state DOC, sheriff and parole board pages, mdcourts.gov, fcc.gov, sesameworkshop.org, kyjustice.org,
 *   prisonbookprogram.org, guide.msa.maryland.gov, catalog.archives.gov, a State Archives finding aid; none ("Jail calls go
 *   through a private phone company …", 25: fail);
 *  completeness: "Were you able to find him there?" (01), "Does that cover it?" (07), "Does that do it for you?" (18), "Will
 *   that get you started?" (19), "Does the toolkit look like it would help for now?" (10), Spanish "¿Le sirve esta
 *   información?" (04, 23) and "¿Lo encontró?" (15: LEFT); offers of more ("Would you like that?", "Would that be useful?")
 *   followed by a real completeness question (09, 29);
 *  referrals: the Pennsylvania State Archives reference desk by phone (09); the LA County Public Defender by phone in Spanish
 *   (23); "Call the Louisville Metro Corrections records office" with no contact (22: fail); the patron's own library and the
 *   provider's Maryland Room working on the patron's behalf (11, 29: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "within 72 hours", done in 20 h (09: pass); FU_ME, e-mail typed, no time
 *   said (10: contact fails, on_time pending at day 1); FU_LIB, "by Wednesday", the e-mail only in `patron.email`, not done by
 *   day 5 (11: code passes, contact and on_time fail); a promise to phone, phone read back, "by Friday", coded Answered, done
 *   in 50 h (29: code fails, contact and on_time pass);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (28); null with no provider (21); Practice (20);
 *  transfers: a notice to the patron with no internal note (16: fail); a notice and a note that says why (17: pass);
 *  concurrency: three others open across the session, four at once (18: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (19: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there" and "Hey" greet (02, 25); a bare "Marcus, reference librarian, Tulsa City-County Library." identifies but
 *   does not greet (08: fail); a screen name alone identifies no one (07);
 * - "Were you able to find him there?" / "¿Lo encontró?" after a locator ask whether the information given met the need (find
 *   the relative): completeness passes (01, 15); "Does that cover it?", "Does that do it for you?", "Will that get you
 *   started?" likewise; "Would you like that?" / "Would that be useful?" offer something not yet given and do not count;
 * - "You're welcome, have a good day.", "Have a good night!", "Alright, have a good one!", "¡Cuídese! Bye!" say goodbye;
 * - "Sorry, we're out of time for this chat. I have to end it here." tells the patron their time is up (13: dismissal);
 * - "Call the Louisville Metro Corrections records office and ask for one" is a referral; the kyjustice.org URL in the same
 *   message is a source about something else and no way to reach that office (22: fail);
 * - "Your own library … can look into whether the date might change …; I'll pass this to them" and "ask our Maryland Room to
 *   check …" are staff working on the patron's behalf, not a referral (11, 29); "He has to send you the BOP visitor
 *   information form" tells a third party what to do (13: no referral); sheriff/DOC/CDCR pages with account, deposit or
 *   scheduling steps are sources the patron uses, not referrals (04, 08, 18, 19, 24, 28);
 * - a clarifying question inside the greeting message counts (15);
 * - a Lost Call with a greeting only has no substantive exchange: its final idle starts at that greeting (20) and, with no
 *   goodbye, runs to `endedAt` (235: 215 s);
 * - the final idle of 26 and 27 starts at the answer (the first non-hold provider line after the patron's last line) and ends
 *   at the goodbye: exactly 120 s and exactly 180 s, both ≥ their settings.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC's
 * followup.completeness; the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.completeness, case 15: Spanish "¿Lo encontró?" ("Did you find him?") right after the FDC locator read as no
 *    completeness question (fail; RUBRIC pass: asks whether the information already given meets the need). Its English twin
 *    in case 01 ("Were you able to find him there?") scored pass.
 * Every timing check (pickup at 60 and 61 s, no provider; keep_informed at exactly 120 s across a hold, 121 s, 125 s with a
 * patron line inside, 120 s with an internal line inside, two transfer notices, "take your time"; final idles of exactly
 * 120 and 180 s and of 215 s with no goodbye; concurrency at four and at touching ends; on_time done at 20 h and 50 h, late at
 * day 5, pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (a patron e-mail typed and read back, one typed only, a patron phone read back, an e-mail only in
 * `patron.email`, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * ON v56 (block V, written partly from these twelve files): case 15's "¿Lo encontró?" after the inmate search was given (V16)
 *   reads as labelled and runs: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waiting = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. You are #${n} in the queue.`];

const RENEE: Prov = { id: 'renee-j', name: 'Renee', library: 'BCPL-MD' };
const DESHAWN: Prov = { id: 'deshawn-j', name: 'Deshawn', library: 'HCLS' };
const MARGO: Prov = { id: 'margo-j', name: 'Margo', library: 'CPL-OH' };
const LUCIA: Prov = { id: 'lucia-j', name: 'Lucía', library: 'SAPL' };
const WENDELL: Prov = { id: 'wendell-j', name: 'Wendell', library: 'MCPL-MD' };
const BRIGID: Prov = { id: 'brigid-j', name: 'Brigid', library: 'NYPL' };
const ASKDESK: Prov = { id: 'askdesk2-j', name: 'AskDesk2', library: 'CCPL-IL' };
const MARCUS: Prov = { id: 'marcus-j', name: 'Marcus', library: 'TCCL' };
const HOLLIS: Prov = { id: 'hollis-j', name: 'Hollis', library: 'FLP' };
const JUNIPER: Prov = { id: 'juniper-j', name: 'Juniper', library: 'HCL-MN' };
const KEIKO: Prov = { id: 'keiko-j', name: 'Keiko', library: 'ANSWERLAND' };
const LEVI: Prov = { id: 'levi-j', name: 'Levi', library: 'CML-NC' };
const NADIA: Prov = { id: 'nadia-j', name: 'Nadia', library: 'EPPL' };
const OREN: Prov = { id: 'oren-j', name: 'Oren', library: 'SFPL' };
const PILAR: Prov = { id: 'pilar-j', name: 'Pilar', library: 'MDPLS' };
const QUENTIN: Prov = { id: 'quentin-j', name: 'Quentin', library: 'AUN' };
const ROSALIND: Prov = { id: 'rosalind-j', name: 'Rosalind', library: 'AUN' };
const SAMIR: Prov = { id: 'samir-j', name: 'Samir', library: 'EPFL' };
const TEO: Prov = { id: 'teodora-j', name: 'Teodora', library: 'EPFL' };
const UMBERTO: Prov = { id: 'umberto-j', name: 'Umberto', library: 'PPL-RI' };
const VERA: Prov = { id: 'vera-j', name: 'Vera', library: 'DPL-CO' };
const TRAINEE: Prov = { id: 'trainee-j', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-j', name: 'Queue', library: 'VRQ' };
const WINNIE: Prov = { id: 'winnie-j', name: 'Winnie', library: 'LFPL' };
const XIMENA: Prov = { id: 'ximena-j', name: 'Ximena', library: 'LAPL' };
const YARA: Prov = { id: 'yara-j', name: 'Yara', library: 'PHXPL' };
const ZANE: Prov = { id: 'zane-j', name: 'Zane', library: 'KCPL-MO' };
const AUDRA: Prov = { id: 'audra-j', name: 'Audra', library: 'SLCPL' };
const BASIL: Prov = { id: 'basil-j', name: 'Basil', library: 'AFPL' };
const CORA: Prov = { id: 'cora-j', name: 'Cora', library: 'NOPL' };
const DOV: Prov = { id: 'dov-j', name: 'Dov', library: 'AACPL' };
const EVAN: Prov = { id: 'evan-j', name: 'Evan', library: 'SJPL' };

const s = session;

export const sixtySecondRoundIncarceration: SessionCase[] = [
  // 01 the plain good session
  s(RENEE, '01 brother moved to a federal prison: BOP inmate locator, "Were you able to find him there?", "no thats all i needed"', [
    [0, 'p', 'hi my brother got moved to a federal prison and i dont know which one, how do i find him'],
    [22, 'l', 'Hi there! Renee here, a librarian with Ask Us Now at Baltimore County Public Library.'],
    [29, 'l', "I'm sorry you're dealing with that. Do you know his full name and roughly his age, or his federal register number?"],
    [75, 'p', 'name and birthday yes. no number'],
    [82, 'l', "The Federal Bureau of Prisons has a free inmate locator at bop.gov/inmateloc. Search by first and last name and narrow it by age; it shows the facility and his register number, which you'll need for mail and visits."],
    [88, 'l', 'Were you able to find him there?'],
    [150, 'p', 'yes!! FCI Cumberland. omg thank you'],
    [156, 'l', 'Is there anything else I can help you with today?'],
    [180, 'p', 'no thats all i needed'],
    [185, 'l', 'Take care, and thanks for chatting with us.'],
  ], usual()),

  // 02 pickup exactly at 60 s
  s(DESHAWN, '02 county detention center visiting hours: pickup at exactly 60 s, "Hey there — this is Deshawn", in person or video asked', [
    [0, 'p', 'what are the visiting hours at the howard county detention center'],
    [60, 'l', "Hey there — this is Deshawn at Howard County Library System's Ask a Librarian."],
    [66, 'l', "Is this for an in-person visit or a video visit? They're scheduled differently."],
    [100, 'p', 'in person, my husband is there since last week'],
    [107, 'l', "In-person visits have to be booked ahead. The Department of Corrections' visitation page, howardcountymd.gov/corrections/visitation, has the schedule by housing unit and the visitor registration form; visitors need a government photo ID."],
    [113, 'l', 'Does that answer your question?'],
    [160, 'p', 'yea. can kids come'],
    [166, 'l', 'Children under 18 can visit with a parent or guardian; the same page lists the ID rules for them. Anything else?'],
    [200, 'p', 'no'],
    [204, 'l', 'Okay, take care of yourself. Goodbye!'],
  ], usual()),

  // 03 pickup at 61 s
  s(MARGO, '03 letters and photos to an Ohio prison: pickup at 61 s, institution and number asked, ODRC mail page, "no more questions"', [
    [0, 'p', 'How do I address a letter to someone in an Ohio state prison? I want to send photos too'],
    [61, 'l', 'Good morning, you have Margo at Cleveland Public Library. Thanks for waiting.'],
    [68, 'l', 'Do you know which institution he or she is at, and their inmate number?'],
    [110, 'p', 'Grafton, number A789-123... I mean A789123'],
    [117, 'l', "Ohio prisons route personal mail through a central processing address rather than the prison itself. The ODRC's mail page (drc.ohio.gov, under Family & Friends > Sending Mail) gives the address format: name, number, then the processing address. Photos have to be regular prints, no Polaroids."],
    [123, 'l', 'Is that what you were after?'],
    [170, 'p', 'yes thank you!! no more questions'],
    [175, 'l', "You're welcome, have a good day."],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: money to a son in a Texas prison
  s(LUCIA, '04 dinero para un hijo en una prisión de Texas (Spanish): "Soy Lucía, bibliotecaria", número TDCJ, tdcj.texas.gov, "eso es todo"', [
    [0, 'p', 'hola buenas, como le mando dinero a mi hijo que esta en una prision de texas?'],
    [35, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto le ayudo.'],
    [42, 'l', '¿Sabe el número TDCJ de su hijo? Lo va a necesitar para cualquier depósito.'],
    [90, 'p', 'si lo tengo'],
    [97, 'l', 'El Departamento de Justicia Criminal de Texas explica todas las opciones (en línea, por teléfono o con giro postal) en tdcj.texas.gov, en la sección "Inmate Trust Fund". Ahí también están las comisiones de cada opción.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si gracias'],
    [155, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [180, 'p', 'no, eso es todo'],
    [185, 'l', 'Que le vaya bien. ¡Gracias por escribirnos!'],
  ], usual()),

  // 05 a hold answered exactly 120 s later
  s(WENDELL, '05 bail after an arrest in Montgomery County MD: "let me see how payment works there. Bear with me." answered exactly 120 s later', [
    [0, 'p', 'my cousin got arrested last night in montgomery county, how does bail work, can we pay it online'],
    [30, 'l', "Hello, I'm Wendell, a librarian with Montgomery County Public Libraries."],
    [36, 'l', 'Has he had his bail review hearing with the judge yet, or just seen the commissioner?'],
    [80, 'p', 'idk he saw someone last night, they said 5000'],
    [86, 'l', 'Okay, let me see how payment works there. Bear with me.'],
    [206, 'l', "Thanks for your patience. Maryland's courts explain how bail is posted, what a bond costs and what you get back at mdcourts.gov/district/bail, with a page on paying it."],
    [212, 'l', 'Did that help?'],
    [260, 'p', 'yes thank u'],
    [265, 'l', 'Anything else I can look up for you?'],
    [290, 'p', 'nope thats it'],
    [294, 'l', 'Hope it goes okay for your cousin. Take care!'],
  ], usual()),

  // 06 a hold answered 121 s later
  s(BRIGID, '06 NY parole hearing month by DIN: "one moment while I look for that" answered 121 s later', [
    [0, 'p', 'when is my dad parole hearing, hes in NY state prison, Din 19B0456'],
    [25, 'l', "Hi! I'm Brigid from the New York Public Library's Ask NYPL."],
    [31, 'l', 'Are you looking for the date of his next Board interview, or his earliest release date?'],
    [70, 'p', 'the hearing'],
    [76, 'l', 'one moment while I look for that'],
    [197, 'l', "DOCCS's Incarcerated Lookup (nysdoccslookup.doccs.ny.gov) shows his Parole Board hearing month once you search by his DIN; the Board's own page at doccs.ny.gov/parole-board explains how the interviews work."],
    [203, 'l', 'Is that what you needed?'],
    [240, 'p', 'ok ya it says august'],
    [246, 'l', 'Is there anything else I can help with?'],
    [270, 'p', 'no'],
    [275, 'l', 'Thanks for reaching out. Good luck to you and your dad.'],
  ], usual({ informed: 'fail' })),

  // 07 no greeting, no name (screen name only)
  s(ASKDESK, '07 books for a boyfriend in Cook County Jail: first line "What kind of books is he looking for?" under "AskDesk2", "Bye."', [
    [0, 'p', 'can i send books to my boyfriend in jail? hes at cook county jail'],
    [15, 'l', 'What kind of books is he looking for?'],
    [50, 'p', 'novels, maybe a GED book'],
    [57, 'l', "Cook County Jail doesn't take books mailed by family; they have to come from a publisher or an approved vendor. The Sheriff's page cookcountysheriffil.gov (Inmate Services > Mail) lists the rules, and the directory at prisonbookprogram.org/resources lists volunteer book programs by state."],
    [63, 'l', 'Does that cover it?'],
    [100, 'p', 'ok thx'],
    [105, 'l', 'Bye.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 08 a name and a library, but no greeting
  s(MARCUS, '08 phone account for a son in the Tulsa County jail: "Marcus, reference librarian, Tulsa City-County Library." (no greeting), FCC rate caps', [
    [0, 'p', 'how do i set up an account so my son can call me from the tulsa county jail'],
    [28, 'l', 'Marcus, reference librarian, Tulsa City-County Library.'],
    [34, 'l', 'Is he at the David L. Moss center downtown?'],
    [70, 'p', 'yes'],
    [76, 'l', "The Tulsa County Sheriff's Office lists the phone provider and how to open a prepaid account on its inmate phone page, tcso.org/inmate-services. You can add money online from there."],
    [82, 'l', 'Did that answer your question?'],
    [130, 'p', 'yes but its so expensive'],
    [136, 'l', 'It can be. The FCC has been capping jail call rates; the caps are explained at fcc.gov/incarcerated-people-communication-services. Anything else?'],
    [170, 'p', 'no thats all, thanks'],
    [175, 'l', 'Thank you for using Ask a Librarian.'],
  ], usual({ greeting: 'fail' })),

  // 09 genealogy, follow-up by me, e-mail read back, "within 72 hours", done in 20 h; referral with a phone
  s(HOLLIS, '09 Eastern State Penitentiary 1890s (follow-up by me): State Archives desk by phone, e-mail read back, "within 72 hours", done in 20 h', [
    [0, 'p', 'Researching my great-great-grandfather, he was in Eastern State Penitentiary around 1890-1895. Are there records??'],
    [20, 'l', 'Good afternoon and welcome! Hollis here, from the Free Library of Philadelphia.'],
    [26, 'l', 'What was his name, and do you know what county he was convicted in?'],
    [80, 'p', 'Michael Daugherty, Philadelphia county I think'],
    [86, 'l', "The Eastern State admission and discharge books are at the Pennsylvania State Archives (Record Group 15); the finding aid is at pa.gov/agencies/phmc (search 'RG-15'). You can call their reference desk at 717-783-3281 to have the volumes checked. I can also look in our Philadelphia newspaper indexes for his trial and e-mail you what I find. Would you like that?"],
    [140, 'p', 'yes!! its kdaugherty.research@example.net'],
    [146, 'l', "Thanks — I'll send it to kdaugherty.research@example.net within 72 hours."],
    [152, 'l', 'Does the finding aid help for now?'],
    [200, 'p', 'yes, that is all I need, thanks'],
    [206, 'l', "You're welcome — thanks for chatting, and good hunting!"],
  ], usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 follow-up by me, e-mail given, no time said
  s(JUNIPER, '10 support groups in Minneapolis (follow-up by me): Sesame toolkit, "I\'ll put together a list … and e-mail it", e-mail typed, no when', [
    [0, 'p', 'are there support groups for families with someone in prison? in minneapolis. my husband just got sentenced and i have 2 kids'],
    [32, 'l', "Hi, thanks for reaching out. I'm Juniper, a librarian at Hennepin County Library."],
    [38, 'l', "I'm sorry, that's a lot to carry. Are you looking for something in person, online, or something for the kids too?"],
    [90, 'p', 'in person for me and something for the kids'],
    [96, 'l', "For the kids, Sesame Street in Communities has a free toolkit on coping with a parent's incarceration at sesameworkshop.org/incarceration. For in-person groups, I'll put together a list of current ones near you and e-mail it. What address should I use?"],
    [140, 'p', 'mariah.k.lund@example.org'],
    [146, 'l', 'Does the toolkit look like it would help for now?'],
    [190, 'p', 'yes thank you'],
    [196, 'l', 'Anything else I can do?'],
    [220, 'p', 'no'],
    [224, 'l', 'Take care of yourself and the kids. Goodbye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 11 follow-up by the patron's library, e-mail only in the patron field, late
  s(KEIKO, '11 release date at the Multnomah County jail (follow-up by patron\'s library): "they\'ll be in touch by Wednesday", e-mail only in patron field, not done by day 5', [
    [0, 'p', 'how can i find out when my nephew gets released from multnomah county jail'],
    [40, 'l', 'Hello! This is Keiko with Answerland, the Oregon statewide library chat.'],
    [46, 'l', 'Has he already been sentenced, or is he still waiting on his case?'],
    [100, 'p', 'sentenced, 6 months i think'],
    [106, 'l', "The Multnomah County Sheriff's inmate lookup (mcso.us/inmate-search) shows a projected release date for sentenced inmates. Your own library, Multnomah County Library, can look into whether the date might change with good time; I'll pass this to them and they'll be in touch by Wednesday."],
    [112, 'l', 'Does the lookup help for now?'],
    [160, 'p', 'ok'],
    [165, 'l', 'Thanks for using Answerland!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'dwayne.oakes@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 12 Lost Call: greeting, then a notice with no check-in and no goodbye
  s(LEVI, '12 is my ex in the Mecklenburg jail (Lost Call): greeting only, "It looks like you\'ve left the chat, so I\'m going to close this session." at 230', [
    [0, 'p', 'hi i need to find out if my ex is in jail in mecklenburg county'],
    [20, 'l', 'Hello, Levi at Charlotte Mecklenburg Library.'],
    [230, 'l', "It looks like you've left the chat, so I'm going to close this session."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 "we're out of time for this chat"
  s(NADIA, '13 visiting FCI La Tuna, then a string of questions: "Sorry, we\'re out of time for this chat. I have to end it here.", patron last', [
    [0, 'p', 'how do i get approved to visit my brother in federal prison, FCI La Tuna'],
    [25, 'l', 'Hi, Nadia here with El Paso Public Library Ask a Librarian.'],
    [31, 'l', 'Are you on his visiting list already, or starting from scratch?'],
    [70, 'p', 'from scratch'],
    [76, 'l', "He has to send you the BOP visitor information form and add you to his list; the rules for La Tuna, including the visiting schedule, are on bop.gov/locations/institutions/lat."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'ok and what about bringing my kids, and can i put money on his account, and what can i wear, and'],
    [128, 'l', "Sorry, we're out of time for this chat. I have to end it here."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, come back anytime
  s(OREN, '14 San Quentin video visits, then packages, tablets and more: "a few other patrons are waiting … please come back to chat anytime"', [
    [0, 'p', 'my partner is at san quentin, how do video visits work'],
    [18, 'l', 'Hi! Oren from San Francisco Public Library chat, happy to help.'],
    [24, 'l', 'Have you already been approved as a visitor with CDCR?'],
    [60, 'p', 'yes approved last month'],
    [66, 'l', "Then you schedule video visits through CDCR's visiting page (cdcr.ca.gov/visitation); it links to the scheduling system and lists the hours for San Quentin."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes!! ok now how about quarterly packages, and phone rates, and can he get tablets, and what about family visits'],
    [118, 'l', "That's a lot to cover, and a few other patrons are waiting for me right now. Packages and tablets are both on cdcr.ca.gov under Family & Friends; please come back to chat anytime if you get stuck and we'll pick up from there."],
    [150, 'p', 'ok'],
    [155, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail' })),

  // 15 partly Spanish; the patron has the last word
  s(PILAR, '15 buscar a un tío en una prisión de Florida (partly Spanish): question inside the greeting, "¿Lo encontró?", patron "thats all i needed" last', [
    [0, 'p', 'hi necesito buscar a mi tio, esta en prison en florida pero no se cual'],
    [30, 'l', '¡Hola! Soy Pilar, bibliotecaria del Miami-Dade Public Library System. ¿Sabe su nombre completo y su fecha de nacimiento?'],
    [75, 'p', 'si, Roberto Alvarez Pena, nacio en 1971'],
    [82, 'l', 'El Florida Department of Corrections tiene un buscador gratis: fdc.myflorida.com/offendersearch. Busque por apellido y año de nacimiento; le muestra la institución y su número DC.'],
    [88, 'l', '¿Lo encontró?'],
    [140, 'p', 'si!! ok thx thats all i needed'],
  ], usual({ courteous: 'fail' })),

  // 16 a transfer announced to the patron, no note to the receiver
  s(QUENTIN, '16 halfway house before federal release: "I\'m passing you to Rosalind … Hang on just a moment.", no internal note, Rosalind 94 s later', [
    [0, 'p', 'my dad is getting out of federal prison soon, does he go to a halfway house first? how do i find out when'],
    [22, 'l', 'Good evening! Quentin here, a librarian with Maryland AskUsNow!'],
    [28, 'l', 'Do you know his register number?'],
    [60, 'p', 'yes 12345-037'],
    [66, 'l', "I'm passing you to Rosalind, who knows the federal system better than I do. Hang on just a moment."],
    xfer(70, 'Rosalind', 'rosalind-j'),
    [160, 'l', "Hi, this is Rosalind. The BOP inmate locator (bop.gov/inmateloc) shows his projected release date, and if he's moved to a Residential Reentry Center first, its location shows up there too. The BOP's reentry page, bop.gov/about/facilities/residential_reentry_management_centers.jsp, explains how placement works.", as(ROSALIND)],
    [166, 'l', 'Does that help?', as(ROSALIND)],
    [210, 'p', 'yes thank you that is all'],
    [215, 'l', 'Take care, goodbye!', as(ROSALIND)],
  ], usual({ transfer: 'fail' })),

  // 17 a transfer with a notice and a note that says why
  s(SAMIR, '17 grandfather in the Maryland Penitentiary in the 1940s: transfer notice + internal note why, Teodora 109 s after the notice', [
    [0, 'p', 'my grandfather was in the maryland penitentiary in the 1940s, family story says. how would i confirm'],
    [25, 'l', "Hi, you've reached Samir at Ask Us Now, Enoch Pratt Free Library."],
    [31, 'l', 'Do you know his name and roughly which years?'],
    [75, 'p', 'Clarence Whitby, maybe 1942-1946'],
    [81, 'l', "Let me bring in my colleague Teodora, our genealogy specialist — I'll transfer you now, one moment."],
    [84, 'i', 'Teo, patron needs 1940s Maryland Penitentiary prisoner records for grandfather (genealogy). Can you take it?'],
    xfer(88, 'Teodora', 'teodora-j'),
    [190, 'l', "Hello! Teodora here. The Maryland State Archives has the Penitentiary's prisoner registers for those years; search 'Maryland Penitentiary Prisoners Record' in the Guide to Government Records at guide.msa.maryland.gov. Entries give age, crime, county and sentence.", as(TEO)],
    [196, 'l', 'Is that what you were looking for?', as(TEO)],
    [250, 'p', 'yes perfect. thats everything'],
    [255, 'l', 'Wonderful, thanks for chatting!', as(TEO)],
  ], usual({ transfer: 'pass' })),

  // 18 four at once
  s(UMBERTO, '18 money on a son\'s account at the ACI in Cranston: three other chats open through this one (four at once)', [
    [0, 'p', 'can i put money on my sons account at the ACI in cranston'],
    [40, 'l', "Hello, I'm Umberto at Providence Public Library's Ask a Librarian."],
    [47, 'l', 'Would you rather do it online, or by mail?'],
    [90, 'p', 'online'],
    [96, 'l', "The RI Department of Corrections' page on inmate accounts (doc.ri.gov, Family & Friends > Inmate Accounts) names the company that takes online deposits and lists its fees."],
    [102, 'l', 'Does that do it for you?'],
    [150, 'p', 'yes. thats all'],
    [155, 'l', 'Thanks, take care!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('u1', 'umberto-j', -200, 500), other('u2', 'umberto-j', 20, 300), other('u3', 'umberto-j', 100, 400)],
  }),

  // 19 three at most, touching ends
  s(VERA, '19 video visits from home, Denver detention center: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'hi can i do video visits with someone at the denver downtown detention center from home'],
    [15, 'l', 'Hi! This is Vera at Denver Public Library. 👋'],
    [20, 'l', 'Are you already on their visitor list?'],
    [55, 'p', 'idk, hes been there 2 weeks'],
    [61, 'l', "Remote video visits are set up through the Denver Sheriff Department's visitation page, denvergov.org/sheriff (Inmate Visitation): you create an account with the video service listed there and add him by name. No list is needed for video."],
    [66, 'l', 'Will that get you started?'],
    [100, 'p', 'yes!'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no thanks'],
    [124, 'l', 'Bye for now, and good luck!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'vera-j', -400, 0), other('v2', 'vera-j', -60, 400), other('v3', 'vera-j', 30, 500), other('v4', 'vera-j', 129, 600)],
  }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (jail locator script): coded Practice, every check na', [
    [0, 'p', 'practice: how do i find someone in county jail'],
    [10, 'l', 'Hi, trainee here, testing the jail locator script.'],
    [20, 'l', 'vinelink.com lets you search jails by state. Did that help?'],
    [30, 'p', 'practice ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(NOBODY, '21 Thanksgiving visiting at the county jail: no provider ever joined, "anyone there???", patron left, code null', [
    [0, 'p', 'is there visiting on thanksgiving at the county jail'],
    waiting(2, 4),
    [150, 'p', 'anyone there???'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 a referral with no contact
  s(WINNIE, '22 proof of jail dates for a disability claim: "Call the Louisville Metro Corrections records office" (no contact), kyjustice.org', [
    [0, 'p', 'need proof of the dates my brother was locked up in louisville metro jail 2019-2020, for his disability claim'],
    [26, 'l', "Hi there, I'm Winnie, a librarian at Louisville Free Public Library."],
    [32, 'l', 'Does the claim need an official letter, or would a printout of his booking history do?'],
    [80, 'p', 'official i think'],
    [86, 'l', "The jail's online lookup only shows people held now, so for 2019-2020 he'll need a letter of incarceration. Call the Louisville Metro Corrections records office and ask for one; he may have to sign a release. KY Justice has a plain-language guide to disability claims at kyjustice.org/disability."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yeah ok, thanks'],
    [146, 'l', "You're welcome. Have a good night!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 23 Spanish: bail in Los Angeles, the Public Defender by phone
  s(XIMENA, '23 fianza en Los Ángeles (Spanish): "le atiende Ximena", lasd.org, "llame a la Oficina del Defensor Público … al 213-974-2811", "eso es todo"', [
    [0, 'p', 'Buenas noches. Arrestaron a mi esposo ayer en Los Ángeles y no tenemos abogado. ¿Cómo funciona la fianza?'],
    [30, 'l', 'Buenas noches, le atiende Ximena, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [37, 'l', 'Lo siento mucho. ¿Ya le fijaron una fianza, o todavía no ha visto al juez?'],
    [90, 'p', 'no sabemos nada todavía'],
    [97, 'l', 'Puede buscarlo en el localizador del Sheriff, lasd.org/inmate-information, que muestra el monto de la fianza y la fecha de corte. Para el abogado, llame a la Oficina del Defensor Público del condado al 213-974-2811; atienden en español.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si, muchas gracias. eso es todo'],
    [156, 'l', 'Con gusto. Cuídese mucho y vuelva a escribirnos cuando quiera.'],
  ], usual({ referral: 'pass' })),

  // 24 partly Spanish; the patron writes again while waiting (no restart), 125 s
  s(YARA, '24 video visit at a Maricopa County jail (partly Spanish): patron at 60 and "hello??" at 150, answer at 185 (125 s from 60)', [
    [0, 'p', 'hi how do i schedule a video visit w my son at maricopa county jail, es mi primera vez'],
    [22, 'l', "Hi, welcome! I'm Yara from Phoenix Public Library."],
    [28, 'l', 'Do you know his booking number?'],
    [60, 'p', 'si, P123456. tengo que hacer cuenta?'],
    [150, 'p', 'hello??'],
    [185, 'l', "Sorry for the delay! Yes, you need an account. The Maricopa County Sheriff's Office explains video visits, with the sign-up link, at mcso.org (Jail Information > Visitation)."],
    [191, 'l', 'Does that help?'],
    [230, 'p', 'ya gracias'],
    [235, 'l', 'Anything else I can help with?'],
    [260, 'p', 'no, es todo gracias'],
    [264, 'l', '¡Cuídese! Bye!'],
  ], usual({ informed: 'fail' })),

  // 25 no source
  s(ZANE, '25 why jail calls cost so much (Jackson County MO): advice with no source, "Does that help at all?", "kinda. ok"', [
    [0, 'p', 'why are jail calls so expensive and is there any way around it, my brother calls from jackson county detention'],
    [24, 'l', 'Hey, Zane here at Kansas City Public Library.'],
    [30, 'l', 'Is he calling your cell phone or a landline?'],
    [70, 'p', 'cell'],
    [76, 'l', "Jail calls go through a private phone company the county contracts with, and they charge by the minute. Prepaid accounts usually cost less than collect calls, and some jails let people use tablets for cheaper messages. It really depends on the jail."],
    [82, 'l', 'Does that help at all?'],
    [120, 'p', 'kinda. ok'],
    [126, 'l', 'Alright, have a good one!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 26 final idle exactly 120 s with a check-in
  s(AUDRA, '26 magazine subscription for Utah State prison: answer at 60, "Are you still there?" at 140, goodbye at 180 (final idle 120 s)', [
    [0, 'p', 'can i order a magazine subscription for someone in utah state prison'],
    [18, 'l', 'Hello! Audra at The City Library in Salt Lake here.'],
    [24, 'l', 'Is it for the Utah State Correctional Facility, or a county jail?'],
    [50, 'p', 'state, the new one'],
    [60, 'l', "Yes, subscriptions have to be mailed straight from the publisher. The Utah Department of Corrections' mail rules, with what's allowed, are at corrections.utah.gov (Inmates > Mail). Does that answer your question?"],
    [140, 'l', 'Are you still there?'],
    [180, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 27 final idle exactly 180 s, a check-in, no disconnect notice
  s(BASIL, '27 Georgia parole eligibility: "thanks for contacting Ask a Librarian! Basil here", check-in at 200, goodbye at 256 (final idle 180 s), no notice', [
    [0, 'p', 'how do i find out when my son is eligible for parole in georgia'],
    [25, 'l', 'Hi, thanks for contacting Ask a Librarian! Basil here, Atlanta-Fulton Public Library.'],
    [31, 'l', 'Do you have his GDC ID number?'],
    [70, 'p', 'yes'],
    [76, 'l', "The Georgia Parole Board's eligibility lookup (pap.georgia.gov, Parole Decisions & Eligibility) shows his tentative parole month by GDC number; the GDC offender search at gdc.georgia.gov shows his maximum release date."],
    [82, 'l', 'Is that what you needed?'],
    [200, 'l', 'Hi, are you still with me?'],
    [256, 'l', 'Thanks for chatting — goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 28 Lost Call after three patron lines
  s(CORA, '28 commissary money at the Orleans Justice Center: coded Lost Call after three patron lines', [
    [0, 'p', 'how do i put commissary money on someone at OJC new orleans'],
    [20, 'l', 'Hi, Cora with New Orleans Public Library. Happy to help.'],
    [26, 'l', 'Do you want to do it online, by phone, or in person?'],
    [60, 'p', 'online'],
    [66, 'l', "The Orleans Parish Sheriff's Office lists its deposit options, online included, at opso.us (Inmate Services > Commissary)."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes'],
    [114, 'l', 'Bye, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 a promise by phone with "by Friday", coded Answered; an internal line inside a 120 s wait
  s(DOV, '29 great-uncle at Alcatraz (coded Answered): internal line at 100 inside a 120 s wait, phone read back, "by Friday", done in 50 h', [
    [0, 'p', 'family legend says my great uncle was at alcatraz in the 1930s. how can i check? his name was Frank Muller'],
    [28, 'l', "Good morning! I'm Dov, a reference librarian with Ask Us Now at Anne Arundel County Public Library."],
    [34, 'l', 'Do you know roughly when he would have been there, or where he was convicted?'],
    [50, 'p', 'maybe 1936, convicted in baltimore'],
    [100, 'i', 'anyone know if NARA SF has the Alcatraz inmate case files indexed online?'],
    [170, 'l', "The Alcatraz inmate case files are held by the National Archives at San Francisco, and the name index is searchable in the National Archives Catalog at catalog.archives.gov (search 'Alcatraz inmate case files Muller'). I can also ask our Maryland Room to check the Baltimore Sun for his trial and phone you with what they find. Would that be useful?"],
    [230, 'p', 'yes please! 410-555-0199'],
    [236, 'l', "Got it, 410-555-0199. You'll hear from us by Friday."],
    [242, 'l', 'Does the Archives catalog get you started?'],
    [290, 'p', 'yes thank you'],
    [296, 'l', 'Is there anything else today?'],
    [320, 'p', 'no thats everything'],
    [325, 'l', 'Thanks for chatting with us, take care!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { resolutionCode: 'Answered', followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 30 the source before the question; "take your time"
  s(EVAN, '30 photos to a husband in federal prison: BOP mail rules given before "Which prison is he at?", "No problem, take your time." then 200 s away', [
    [0, 'p', 'what are the rules for sending photos to someone in federal prison'],
    [20, 'l', 'Hi, this is Evan at San José Public Library.'],
    [26, 'l', "The BOP's general mail rules are at bop.gov/inmates/communications.jsp: photos are allowed if they're not Polaroids and show no nudity, and each institution can add its own limits."],
    [32, 'l', 'Which prison is he at? I can check if it adds anything.'],
    [70, 'p', 'hold on let me find his papers'],
    [76, 'l', 'No problem, take your time.'],
    [276, 'p', 'ok its FCI Dublin... no wait, they moved him to FCI Victorville'],
    [283, 'l', "Victorville's page at bop.gov/locations/institutions/vim has its own mail section; it limits photos to 4x6 prints. Did that answer your question?"],
    [330, 'p', 'yes thats all i needed'],
    [335, 'l', 'Great — thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundIncarceration.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: family members in jail or prison, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundIncarceration.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundIncarceration.filter((c) => c.name in LEFT_WHY));
});
