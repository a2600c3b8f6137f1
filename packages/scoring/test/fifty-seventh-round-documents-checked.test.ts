/**
 * Fifty-seventh round, theme DOCUMENTS: NOTARIES, CERTIFIED TRANSLATIONS, APOSTILLES, MARRIAGE LICENSES, LEGAL NAME CHANGES
 * AND REPLACING LOST DOCUMENTS, checked: 30 whole sessions no one had written, from public library and statewide "ask a
 * librarian" chats: the library's notary (a school trip form, a residency affidavit, Saturday hours, can a notary certify a
 * birth certificate copy, a car title), a notary at a hospital bedside for a power of attorney, a special power of attorney
 * for the Philippines, a certified translation for USCIS (Spanish), apostilles (a UT diploma for Spain through the Texas
 * SOS, an FBI check for Korea through the Department of State, a notarized POA for Italy through NJ), marriage licenses
 * (Atlanta's Probate Court, Las Vegas, Montgomery County MD in Spanish), certified marriage records (Chicago, Harris County,
 * 1952 Manhattan for Italian citizenship, 1961 Kentucky for survivor benefits), name changes (back to a maiden name after a
 * divorce, a minor's name change in California, a lost 2015 NJ court order, a grandfather's 1938 change in Maryland),
 * replacements (birth certificates from Virginia, Puerto Rico, Alaska and Oregon, a 2009 Ohio divorce decree, a Social
 * Security card, naturalization certificates lost in a fire and of a late father). Providers point to vital records offices,
 * county clerks, probate and circuit courts, secretaries of state, USCIS, the SSA, FLHSMV, consulates, a public law library,
 * a hospital's patient advocate, a soccer league and their own libraries' notaries and reference desks. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/fiftySeventhRoundDocuments-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 32 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (04: fail); `pickedUpAt`
 *   at 40 s with the first line at 175 (26: pickup passes); "Hi! How can I help?" under the screen name "Ref Desk 3" (05:
 *   greets, names no one: fail); "Hi, I'm Tom at Ask Us — reading your question now, one moment." (a greeting that is a hold,
 *   12); Spanish "¡Hola, buenas tardes! Le atiende Rosario, bibliotecaria de …" (02); "Hey there! Nico at … Congrats!" (18);
 *   chat-speak "hey! zed from ask a librarian @ cedar public library 👋" (30); no provider ever joined (13);
 *  inquiry: branch, state, county, USCIS or consulate, original or copy, married before, which hospital, which borough, the
 *   decree's wording, photo ID, a deadline, the child's age, FBI or state check, the year and the names; a restatement with
 *   no question mark ("So you need a new certified copy of your Puerto Rico birth certificate, sent to you here in Florida.",
 *   22: pass); the courts' records page given before "Was your name change in New Jersey …?" (17: fail); no question at all
 *   (14: fail); the first provider's "Would you prefer to chat in Spanish?" and the receiver's own question (24);
 *  waits: a hold answered 150 s later (06: fail); holds at 96 and 200 (one a partial result that says the search goes on)
 *   and the answer at 300 (09: pass); "Sure, take your time." then the patron back 214 s later (08: waiting on the patron);
 *   "sec" then 56 s (30); a silent transfer, the receiver 65 s after the patron (24); a transfer notice answered by the
 *   receiver 134 s later (25: fail); 135 s between `pickedUpAt` and the first line (26: fail, see READINGS);
 *  endings: a Lost Call with a check-in at 150 and "It seems you've disconnected, so I'm going to end this chat. Please chat
 *   back in anytime!" at 330 (12: final idle exactly 180 s); "Are you still there?" at 240 and "It looks like you may have
 *   disconnected, so I'll end this session now." at 330 with no goodbye (19: idle and notice pass, courteous fails); "Still
 *   with me?" and a goodbye 150 s after the answer (20: idle passes, disconnect na); the patron's window closing before the
 *   goodbye (21); "You've asked a lot of questions already and I have other things to get to, so I'm ending the chat here.
 *   Bye." (03: dismissal fails, courteous passes on the "Bye."); "a few other patrons waiting … chat back in later, or call
 *   our reference desk" (06: allowed); the patron's "thats everything" as the last line (17: courteous fails); goodbyes
 *   "Great, have a good one!", "Glad to help. Take care!", "You're welcome, have a good day!", "Prego! Thanks for chatting",
 *   "¡Felicidades y gracias por usar nuestro chat!", "np, good luck at soccer! bye"; patron-side "thats all i needed", "eso
 *   es todo", "es todo", "thats everything", "thats all for now", "thats all ty", and "yup", "ya", "ok cool thx", "yes" that
 *   do not count;
 *  sources: state vital records, court self-help and records pages, secretaries of state, travel.state.gov, USCIS, ssa.gov,
 *   ecfr.gov (8 CFR 103.2(b)(3)), pr.gov and VitalChek, a consulate's page, the state archives, the library's notary page;
 *   none ("go to the Marriage License Bureau downtown", 18: fail);
 *  referrals: the branch desk by phone (01); the UT registrar by URL and the Texas SOS by P.O. Box (03); the Probate Court by
 *   street address (04, LEFT); the SSA by URL with "a driver license office" under FLHSMV's what-to-bring page and the
 *   reference desk by phone (06: fail, a label correction); the Office of Authentications by P.O. Box (07); "contact the Clerk
 *   of Courts in Stark County" (08: no contact); the City Clerk by URL and street (09); the USCIS Genealogy Program by URL
 *   (10); a patient advocate office by phone (11); the library's notary by street (14, LEFT); "the Marriage License Bureau
 *   downtown" (18: no contact); a branch notary by phone and the California SOS by URL (19, LEFT); "file Form N-565 … with
 *   USCIS" (20, LEFT); "go in person to 118 N. Clark St." (21, LEFT); a law library by e-mail and phone (23); a court office
 *   in Spanish by street (24, LEFT); "Send it to them … mailing address at nj.gov/…" (25); vital records "by phone at …" (26,
 *   LEFT); "worth asking the league" (30, LEFT); staff consulted on the patron's behalf (a genealogy librarian, 09; Allegany
 *   County's local history staff, 28) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (09: pass); FU_ME with the e-mail read back and no
 *   time (10: contact fails, pending at day 1); a call-back promise with the phone read back, "by tomorrow afternoon", coded
 *   Answered, done in 10 h (11: code fails, contact and on_time pass); FU_LIB with the e-mail only in `patron.email`, "within
 *   3 business days", done after 80 h (28: contact and on_time fail); FU_ME with the e-mail read back, "by Wednesday", never
 *   recorded, day 4 (29: on_time fails);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (27); null with no provider (13); an empty string (26);
 *   Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (07: pass); an internal note only (24: fail); a notice with
 *   no note (25: fail);
 *  concurrency: four at once (14: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi! How can I help?" greets but identifies no one; the screen name does not count (05);
 * - "Great, have a good one!", "Glad to help. Take care!" and "You're welcome, have a good day!" say goodbye; "… I'm ending
 *   the chat here. Bye." says goodbye too, so a dismissal can still pass closing.courteous (03);
 * - a greeting that is also a hold ("… reading your question now, one moment.") does not start the final idle: in the Lost
 *   Call (12) it starts at the check-in "Are you still there?" (150 s) and ends at the notice that invites back (330 s), 180 s,
 *   so both idle checks apply; the check-in that starts the idle is sent during it;
 * - with `pickedUpAt` at 40 s and the first line at 175 s, the wait after pickup is 135 s: longer than `silenceSeconds`, so
 *   keep_informed fails (26; only the 40 s before pickup are pickup's alone);
 * - "Sure, take your time." is not a hold (RUBRIC says so): the 214 s after it are a wait on the patron (08);
 * - a referral is reached when its party's own contact comes with it: "go to a driver license office" with only FLHSMV's
 *   name-change page (what to bring, no office named or located) has no way to reach an office (06, the project's reading of
 *   "Take them to your county Tag Office" in round 56);
 * - telling the patron to apply at, go in person to, get an apostille from, file a form with, order by phone from, send
 *   papers to, request records from or ask an organisation outside the chat is a referral (RUBRIC: "call, write to, ask or
 *   visit them"); ordering online from a website (pr.gov, VitalChek, 22; Virginia's vital records, 05) is using a source;
 *   "the translation must carry the translator's signed certification" (02) tells the patron to contact no one;
 * - "Our Main Library's notary is … walk-in … at 300 Elm Street … so bring her" tells the patron to visit the provider's own
 *   library's department: a referral, with a postal address (14);
 * - "Does that help for now?", "In the meantime, does the City Clerk page help?", "Does the Archives guide help for now?"
 *   ask whether what was given meets the need; "Does that help?" after an answer with no source still passes completeness,
 *   which is na only when info.source is na (18);
 * - "someone from your library will contact you within 3 business days" says when; "I'll send you what I find" does not (10);
 * - "Would you prefer to chat in Spanish?" is not a transfer notice (24).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 21 / 9 (every disagreement on referral.contact). Label corrections: 1:
 *  - case 06, referral.contact pass -> fail: I had taken FLHSMV's name-change page as a way to reach "a driver license
 *    office"; by RUBRIC's "every party … comes with a way to reach them" it names no office and says how to reach none (the
 *    round-56 Tag Office reading), so the referral to the office has no contact.
 * Final: 22 running, 8 LEFT (below, with their reasons in LEFT_WHY), all referral.contact read as no referral (na):
 *  - case 04: "Apply together at the Probate Court's marriage license office, 136 Pryor St SW, Atlanta" (RUBRIC pass);
 *  - case 14: "Our Main Library's notary is … walk-in … at 300 Elm Street … bring her" (RUBRIC pass: own library, visit);
 *  - case 19: "sign it in front of a notary (our Serramonte branch has one, 650-…), then get the apostille from the California
 *    Secretary of State (sos.ca.gov/…)" (RUBRIC pass);
 *  - case 20: "You'd file Form N-565 … with USCIS: … at uscis.gov/n-565" (RUBRIC pass: write to an agency);
 *  - case 21: "order online at cookcountyclerkil.gov …, or go in person to 118 N. Clark St." (RUBRIC pass: visit);
 *  - case 24: "se saca en la oficina de licencias de matrimonio del Tribunal de Circuito, 50 Maryland Avenue … Tienen que ir
 *    los dos" (Spanish; RUBRIC pass: visit);
 *  - case 26: "Vital Records Section sells certified copies: order at health.alaska.gov/… or by phone at 907-465-3391"
 *    (RUBRIC pass: call);
 *  - case 30: "worth asking the league" (RUBRIC fail: ask an organisation, no contact).
 * The scorer does read "calling the Westside desk" (01), "send that to the Texas Secretary of State" (03), "Mail … to the
 * Office of Authentications" (07), "contact the Clerk of Courts" (08), "Request … from them" (09, 10), "Call the hospital's
 * patient advocate office" (11), "go to the Marriage License Bureau" (18), "e-mail them … or call" (23), "Send it to them"
 * (25) and "go to a driver license office" (06) as referrals. Every timing check (pickup at 95 s, by `pickedUpAt`, no
 * provider; keep_informed at 150 and 134 s, across holds, a partial-result hold, "take your time", two transfers and 135 s
 * after `pickedUpAt`; final idles of 0, 150, 180 and 254 s; concurrency at four and at touching ends; on_time done at 10 and
 * 30 h, late at 80 h, pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality
 * of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back beside a
 * hospital's phone, an e-mail in `patron.email`).
 *
 * ON v52 (block R, written from this round's files): case 04's "Apply together at the Probate Court's marriage license office"
 *   (R14), 19's "get the apostille from the California Secretary of State" (R13), 20's "You'd file Form N-565, Application for …,
 *   with USCIS" (R13), 21's "or go in person to 118 N. Clark St." (R16) and 30's "worth asking the league" (R15) read as labelled
 *   and run: 27 running, 3 LEFT (14, 24, 26).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (8 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please hold, you are #${n} in the queue. A librarian will answer soon.`];

const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'LVPL' };
const ROSARIO: Prov = { id: 'rosario', name: 'Rosario', library: 'MDPLS' };
const BRYCE: Prov = { id: 'bryce', name: 'Bryce', library: 'APL-TX' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'AFPL' };
const DESK3: Prov = { id: 'desk3', name: 'Ref Desk 3', library: 'VBPL' };
const JOAN: Prov = { id: 'joan', name: 'Joan', library: 'CPL-FL' };
const LENA: Prov = { id: 'lena', name: 'Lena (statewide)', library: 'STATE' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'STATE' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'ASCPL' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'BPL-NY' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'ECPL-PA' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'DML' };
const TOM: Prov = { id: 'tom-a', name: 'Tom', library: 'STATE' };
const QUEUE: Prov = { id: 'askus-queue', name: 'Ask Us queue', library: 'STATE' };
const GWEN: Prov = { id: 'gwen', name: 'Gwen', library: 'PCL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'RVL' };
const TRAINING: Prov = { id: 'training-d', name: 'Practice Seat', library: 'TRN' };
const ELSA: Prov = { id: 'elsa', name: 'Elsa', library: 'WFL' };
const NICO: Prov = { id: 'nico', name: 'Nico', library: 'HDL' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'DCPL-CA' };
const IKE: Prov = { id: 'ike', name: 'Ike', library: 'TCCL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'EPL-IL' };
const KAI: Prov = { id: 'kai', name: 'Kai', library: 'OCLS' };
const LIV: Prov = { id: 'liv', name: 'Liv', library: 'SPL-CA' };
const MAEVE: Prov = { id: 'maeve', name: 'Maeve', library: 'MCPL' };
const RAUL: Prov = { id: 'raul', name: 'Raúl', library: 'MCPL' };
const QUINCY: Prov = { id: 'quincy', name: 'Quincy', library: 'BCCLS' };
const PEARL: Prov = { id: 'pearl', name: 'Pearl', library: 'BCCLS' };
const RHEA: Prov = { id: 'rhea', name: 'Rhea', library: 'APL-AK' };
const SETH: Prov = { id: 'seth', name: 'Seth', library: 'SCL' };
const WREN: Prov = { id: 'wren', name: 'Wren (statewide)', library: 'STATE' };
const YARA: Prov = { id: 'yara', name: 'Yara', library: 'LFPL' };
const ZED: Prov = { id: 'zed', name: 'zed_cpl', library: 'CDPL' };

export const fiftySeventhRoundDocuments: SessionCase[] = [
  // 01 the library's notary: everything passes, the branch desk by phone
  s(PRIYA, '01 notary for a school trip form: queue line, branch asked, hold, notary schedule URL + Westside desk phone, "thats all i needed"', [
    [0, 'p', 'hi do you guys have a notary? i need a form notarized for my sons school trip'],
    queue(2),
    [32, 'l', "Good morning! This is Priya, a librarian at Lakeview Public Library's Ask a Librarian service."],
    [38, 'l', 'Which branch is closest to you? Not every branch has a notary on staff.'],
    [80, 'p', 'westside'],
    [85, 'l', 'Let me check the notary schedule.'],
    [150, 'l', "Westside has a free notary Tuesdays and Thursdays 10-4, by appointment. The schedule is at lakeviewlibrary.org/notary, and you can book by calling the Westside desk at 555-210-4410. Bring a photo ID, and don't sign the form until you're in front of the notary."],
    [156, 'l', 'Does that answer your question?'],
    [210, 'p', 'yes perfect thats all i needed'],
    [215, 'l', "You're welcome! Thanks for using Ask a Librarian, have a good day."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: a certified translation for USCIS (no referral: no one to contact)
  s(ROSARIO, '02 traducción certificada para USCIS (Spanish): "Le atiende Rosario", USCIS or consulate asked, hold, 8 CFR on ecfr.gov + uscis.gov/es, "eso es todo"', [
    [0, 'p', 'Hola, necesito traducir el acta de nacimiento de mi hijo para inmigración, tiene que ser traductor certificado?'],
    [40, 'l', '¡Hola, buenas tardes! Le atiende Rosario, bibliotecaria de la Biblioteca Pública del Condado de Miami-Dade.'],
    [47, 'l', '¿La traducción es para USCIS (inmigración de EE. UU.) o para un consulado?'],
    [100, 'p', 'para uscis, la green card'],
    [106, 'l', 'Un momentito, lo verifico.'],
    [180, 'l', 'Para USCIS no tiene que ser un traductor "oficial": cualquier persona que domine el inglés y el español puede hacer la traducción completa y firmar una certificación que diga que domina los dos idiomas y que la traducción es exacta. Lo dice el reglamento 8 CFR 103.2(b)(3), en ecfr.gov, y la página de USCIS en español, uscis.gov/es, explica cómo presentar los documentos.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias, eso es todo'],
    [246, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
  ], usual()),

  // 03 "You've asked a lot of questions already … I'm ending the chat here. Bye." (dismissal that still says bye)
  s(BRYCE, '03 apostille on a UT diploma for Spain: registrar URL + TX SOS P.O. Box, then "You\'ve asked a lot of questions already … ending the chat here. Bye."', [
    [0, 'p', 'I got a teaching job in Spain and they want my diploma apostilled. I graduated from UT Austin. How?'],
    [25, 'l', "Hi! I'm Bryce, a librarian with Austin Public Library's Ask a Librarian service."],
    [31, 'l', 'Do they want the original diploma apostilled, or a copy? That changes the steps.'],
    [80, 'p', 'a copy is fine they said'],
    [86, 'l', 'Then: have the UT registrar make a certified copy with a notarized statement (their request page is registrar.utexas.edu/diplomas), then send that to the Texas Secretary of State, Authentications Unit, P.O. Box 13375, Austin, TX 78711-3375, with form 2102 and the $15 fee. The form is at sos.state.tx.us/authinfo.'],
    [92, 'l', 'Did that help?'],
    [150, 'p', "yes but also the background check, and do I need to translate it, and what about my transcripts, and my marriage certificate for my husband's visa, and how long does the sos take"],
    [160, 'l', "You've asked a lot of questions already and I have other things to get to, so I'm ending the chat here. Bye."],
    [175, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 04 pickup after 95 s; Probate Court by street address
  s(MARCUS, '04 marriage license in Atlanta: patron "hello?" in the queue, pickup 95 s, Probate Court at 136 Pryor St SW + URL, "no thats it thx"', [
    [0, 'p', 'what do we need to get a marriage license in atlanta'],
    queue(3, 3),
    [60, 'p', 'hello?'],
    [95, 'l', 'Hi, sorry for the wait — Marcus here with Ask a Librarian at Atlanta-Fulton Public Library.'],
    [101, 'l', 'Which county do you live in, and have either of you been married before?'],
    [150, 'p', 'fulton. he was divorced in 2019'],
    [156, 'l', "In Fulton County, marriage licenses come from the Probate Court. Apply together at the Probate Court's marriage license office, 136 Pryor St SW, Atlanta, with photo IDs; he'll need a certified copy of his divorce decree. The requirements and the online application are at fultoncountyga.gov/probatecourt (Marriage Licenses). If you take a premarital education course the fee drops."],
    [162, 'l', 'Is that what you needed?'],
    [210, 'p', 'yes'],
    [216, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no thats it thx'],
    [246, 'l', 'Congratulations, and thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 greets but names no one; "Great, have a good one!"
  s(DESK3, '05 lost VA birth certificate: "Hi! How can I help?" under the screen name "Ref Desk 3" (no one named), state asked, VDH URL, "yup", "have a good one!"', [
    [0, 'p', 'lost my birth certificate, how do i get a new one'],
    [20, 'l', 'Hi! How can I help?'],
    [40, 'l', 'Which state were you born in?'],
    [75, 'p', 'Virginia'],
    [81, 'l', "Virginia's Division of Vital Records sells certified copies; you can order one online at vdh.virginia.gov/vital-records. You'll need to upload a copy of your photo ID."],
    [87, 'l', 'Did that help?'],
    [120, 'p', 'yup'],
    [125, 'l', 'Great, have a good one!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 06 hold then 150 s; other patrons waiting, a way back; "go to a driver license office" with only FLHSMV's what-to-bring page (label corrected: fail)
  s(JOAN, '06 maiden name back after a divorce (FL): hold at 81, answer at 231 (150 s), SSA + FLHSMV by URL, "a few other patrons waiting … call our reference desk"', [
    [0, 'p', 'i got divorced last year and the decree says i can go back to my maiden name. where do i start, ssa or dmv?'],
    [26, 'l', 'Hi there, this is Joan at Ask a Librarian, Clearwater Public Library.'],
    [32, 'l', 'Does the decree itself restore your former name, or does it only say you may ask for it?'],
    [75, 'p', "it says 'wife's former name is restored'"],
    [81, 'l', 'Great, let me check the order things go in.'],
    [231, 'l', "Sorry that took a bit! Start with Social Security: take a certified copy of the decree to the SSA, the steps are at ssa.gov/number-card/change-name. About 10 days later, go to a driver license office for the new license; FLHSMV lists what to bring at flhsmv.gov/driver-licenses-id-cards/name-change."],
    [237, 'l', 'Does that help?'],
    [290, 'p', 'yes!! also passport, and my bank, and my kids school records, and can i change my middle name too while im at it, and'],
    [298, 'l', "Good questions! I've got a few other patrons waiting right now, so I can't get through all of them this minute. Please chat back in later, or call our reference desk at 727-555-0164, and we'll keep going."],
    [320, 'p', 'ok will do'],
    [326, 'l', 'Thanks for your patience, take care!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'fail' })),

  // 07 transfer with a notice and a note; the Office of Authentications by postal address
  s(LENA, '07 apostille on an FBI check for Korea: transfer to Oscar with a notice and a note, DoS Office of Authentications by P.O. Box + URL', [
    [0, 'p', 'I need an apostille on my FBI background check for a teaching job in South Korea. do I go to the state or federal?'],
    [24, 'l', "Hello! I'm Lena with Maryland's Ask Us statewide chat."],
    [30, 'l', 'Is it the FBI Identity History Summary itself, or a state police check?'],
    [70, 'p', 'the FBI one, came in the mail last week'],
    [76, 'l', "Our government documents librarian, Oscar, handles apostille questions a lot. I'm transferring you to him now — one moment please."],
    [79, 'i', 'Oscar: pt needs apostille for FBI Identity History Summary (Korea teaching visa). Federal doc, so DoS authentications. Thanks!'],
    xfer(82, 'Oscar', 'oscar'),
    [145, 'l', "Hi, Oscar here, government documents librarian with Ask Us. FBI checks are federal documents, so the apostille comes from the U.S. Department of State's Office of Authentications, not the state. Mail the FBI summary with Form DS-4194 and the fee to the Office of Authentications, P.O. Box 1206, Sterling, VA 20166-1206. The form and current fee are at travel.state.gov/authentications.", as(OSCAR)],
    [151, 'l', 'Is that what you needed?', as(OSCAR)],
    [200, 'p', "yes that's exactly it, that's all. thank you both!"],
    [206, 'l', "You're welcome! Good luck in Korea, and thanks for using Ask Us.", as(OSCAR)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 08 "Sure, take your time." then 214 s away; the Clerk of Courts with no contact
  s(KWAME, '08 lost 2009 divorce decree (OH): "Sure, take your time." then 214 s away, ODH abstracts URL, "contact the Clerk of Courts in Stark County" (no contact)', [
    [0, 'p', 'How can I get a copy of my divorce papers? I lost mine in a move. Divorce was in 2009 in Ohio'],
    [30, 'l', 'Hello! Kwame here, librarian at Akron-Summit County Public Library.'],
    [36, 'l', 'Which county granted the divorce? Ohio keeps decrees at the county court, not the state. And if you have the case number, it helps.'],
    [80, 'p', 'Stark county. I think the case number is on an old letter, give me a sec to find it'],
    [86, 'l', 'Sure, take your time.'],
    [300, 'p', 'couldnt find it sorry'],
    [306, 'l', 'No problem, they can search by name. The Ohio Department of Health only has divorce abstracts, not the decree itself (odh.ohio.gov, Vital Statistics). For the decree, contact the Clerk of Courts in Stark County, since the divorce was granted there; they can send a certified copy for a small fee.'],
    [312, 'l', 'Does that help?'],
    [360, 'p', 'yes thanks thats everything'],
    [366, 'l', 'Glad to help. Take care!'],
  ], usual({ referral: 'fail' })),

  // 09 follow-up by me, holds every ~100 s, e-mail read back, "by Friday", done in 30 h
  s(THEO, '09 1952 Manhattan marriage record for Italian citizenship (follow-up by me): holds at 96/200, City Clerk URL + Worth St, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', 'hi, working on italian citizenship through my grandfather and need his 1952 marriage record from NYC, long form, plus the apostille. where do i even start'],
    [28, 'l', 'Good afternoon! This is Theo, a reference librarian at Brooklyn Public Library.'],
    [34, 'l', 'Was the marriage in one of the five boroughs, and do you know which one?'],
    [90, 'p', 'Manhattan, june 1952'],
    [96, 'l', 'Let me check where 1952 records are kept now.'],
    [200, 'l', "Still looking — the 1952 records aren't where the older ones are, checking which office has them."],
    [300, 'l', "Found it. Manhattan marriage records from 1950 on are with the Office of the City Clerk. Request the extended certificate from them online at cityclerk.nyc.gov (Marriage Records) or in person at 141 Worth Street. The apostille steps are on the NY Department of State's page, dos.ny.gov/apostille-or-certificate-authentication. One thing I'm not sure of: whether a 1952 extended certificate also needs a 'letter of exemplification' for Italy. I'd like to check with our genealogy librarian and e-mail you. What's your e-mail?"],
    [350, 'p', 'mcostantino@example.com'],
    [356, 'l', "mcostantino@example.com, thank you. I'll e-mail you by Friday with what she says."],
    [362, 'l', 'In the meantime, does the City Clerk page help?'],
    [410, 'p', 'yes, thats all for now. grazie!'],
    [416, 'l', 'Prego! Thanks for chatting with us.'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me, e-mail read back, no time; pending
  s(BEA, '10 late father\'s naturalization certificate (follow-up by me): USCIS Genealogy Program URL, e-mail read back, "I\'ll send you what I find" (no time), pending', [
    [0, 'p', 'my dad passed and we cant find his naturalization certificate. we need it for his estate (proof of citizenship). can we get a replacement?'],
    [35, 'l', "Hi, I'm Bea, a librarian at Erie County Public Library. I'm sorry about your father."],
    [41, 'l', 'Roughly when was he naturalized, and was it in a court here in Erie County?'],
    [100, 'p', '1971 i think, yes here'],
    [106, 'l', "The replacement form (N-565) is only for the person himself, so for a deceased parent you'd request a copy of his file from the USCIS Genealogy Program: uscis.gov/records/genealogy. Our local history room also has an index of naturalizations in the county court up to the 1980s; I can look him up there and e-mail you the entry. What e-mail should I use?"],
    [170, 'p', 'its r.kowalski@example.com'],
    [176, 'l', "r.kowalski@example.com, got it. I'll send you what I find."],
    [182, 'l', 'Does the Genealogy Program page help for now?'],
    [230, 'p', 'yes, thank you'],
    [236, 'l', 'Anything else I can help with?'],
    [260, 'p', 'no thats it'],
    [265, 'l', 'Thanks for chatting, take care.'],
  ], usual({ contact: 'fail', onTime: 'pending', referral: 'pass' }), { ...FU_ME }),

  // 11 a promise to call back, phone read back with a time, coded Answered; done in 10 h
  s(SOFIA, '11 notary at the hospital for a POA (Dayton): patient advocate by phone, SOS notary search URL, "I\'ll call you by tomorrow afternoon" (phone read back), coded Answered, done 10 h', [
    [0, 'p', "my mom is in the hospital and needs to sign a power of attorney. is there a notary who comes to the hospital?? we're in Dayton"],
    [22, 'l', "Hello, Sofia here, a librarian at Dayton Metro Library. I'm sorry your mom is in the hospital."],
    [28, 'l', 'Which hospital is she at? Some have a notary on staff.'],
    [70, 'p', 'miami valley'],
    [76, 'l', 'One moment, let me look.'],
    [160, 'l', "Call the hospital's patient advocate office at 937-555-0102; they can often arrange a notary at the bedside. Mobile notaries are also listed in the Ohio Secretary of State's notary search at ohiosos.gov/notary. I can also call around to a few mobile notaries for you and call you back with who can come and their fees. What number should I use?"],
    [230, 'p', '937-555-0176 thank u'],
    [236, 'l', "937-555-0176 — I'll call you by tomorrow afternoon."],
    [242, 'l', 'Does that help for now?'],
    [290, 'p', 'yes'],
    [296, 'l', 'Take care of yourself and your mom. Thanks for reaching out.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 12 Lost Call: the greeting is a hold; check-in at 150, notice + invitation back at 330 (final idle exactly 180 s)
  s(TOM, '12 notarize a car title? (Lost Call): "Hi, I\'m Tom at Ask Us — reading your question now, one moment.", "Are you still there?" at 150, notice + invitation at 330', [
    [0, 'p', 'can the library notarize a car title?'],
    [20, 'l', "Hi, I'm Tom at Ask Us — reading your question now, one moment."],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It seems you've disconnected, so I'm going to end this chat. Please chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 no provider joined; two patron lines; code null
  s(QUEUE, '13 certified copy of a 1998 Harris County marriage license: no provider ever joined, "hello? anyone", patron left, code null', [
    [0, 'p', 'how do i get a certified copy of my marriage license from 1998 harris county'],
    queue(2, 4),
    [120, 'p', 'hello? anyone'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 14 no question at all; four chats at once
  s(GWEN, '14 notarized residency affidavit for school: no question asked, Main Library notary at 300 Elm Street, district URL, four chats open at once', [
    [0, 'p', 'school says i need a notarized residency affidavit bc im living w my sister. does the library do that'],
    [18, 'l', 'Hi! Gwen here with Ask a Librarian at Pinecrest Library.'],
    [24, 'l', "Yes! Our Main Library's notary is free for cardholders, walk-in Mon-Fri 9-5 at 300 Elm Street. Your sister will probably need to sign too, so bring her and both of your photo IDs, and don't sign the affidavit beforehand. The district's enrollment page, pinecrestschools.org/enroll, lists the other proofs of residency they take."],
    [30, 'l', 'Is that what you needed?'],
    [70, 'p', 'yes thats all i needed, thank you'],
    [75, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual({ clarify: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'gwen', -200, 300), other('g2', 'gwen', -50, 150), other('g3', 'gwen', 20, 400)],
  }),

  // 15 concurrency at touching ends: three at most
  s(HUGO, '15 lost Social Security card: ID asked, ssa.gov replace-card, "Anything else?", "nope"; others end exactly at the start / start exactly at the end (three at most)', [
    [0, 'p', 'lost my social security card, how do i get a new one, do i have to go in'],
    [15, 'l', "Hello, and thanks for contacting Ask Us! I'm Hugo at Riverside Library."],
    [21, 'l', "Do you have a current driver's license or state ID? That decides whether you can do it online."],
    [50, 'p', 'yes, ohio license'],
    [56, 'l', "Then you can probably request the replacement card online through a my Social Security account: ssa.gov/number-card/replace-card. It's free, and the card comes by mail in about two weeks."],
    [62, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes great'],
    [105, 'l', 'Anything else I can help with today?'],
    [130, 'p', 'nope'],
    [135, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hugo', -600, 0), other('h2', 'hugo', -100, 500), other('h3', 'hugo', 10, 200), other('h4', 'hugo', 140, 900)],
  }),

  // 16 Practice
  s(TRAINING, '16 practice chat (documents macros): coded Practice, every check na', [
    [0, 'p', 'test: apostille question'],
    [10, 'l', 'Hi, practice chat for the Ask Us documents macros.'],
    [20, 'l', 'Apostilles: see the state SOS page. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 a source before the question; the patron has the last word
  s(ELSA, '17 lost 2015 name change order (NJ): njcourts.gov records page given before "Was your name change in New Jersey …?", patron "thats everything" last (no goodbye)', [
    [0, 'p', 'i changed my name by court order in 2015 and cant find the order. how do i get another copy'],
    [25, 'l', 'Hi, this is Elsa at the Ask a Librarian service, Westfield Library.'],
    [31, 'l', "Most courts let you order certified copies online. The state court's guide to copies of court records is at njcourts.gov/public/records."],
    [37, 'l', 'Was your name change in New Jersey, and which county?'],
    [80, 'p', 'yes, Union county'],
    [86, 'l', "Then the Records Request Form on that njcourts.gov page covers the Union County Superior Court too. Certified copies are $3 plus $1 a page; you can pay online."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes!! thats everything'],
  ], usual({ clarify: 'fail', courteous: 'fail' })),

  // 18 no source: an office named without a way to reach it
  s(NICO, '18 Vegas wedding license: "go to the Marriage License Bureau downtown" (no URL, phone or address), no other source, patron "ok cool thx"', [
    [0, 'p', 'were flying to vegas in may to get married, what do we need for the license??'],
    [30, 'l', 'Hey there! Nico at Ask a Librarian, Henderson Libraries. Congrats!'],
    [36, 'l', 'Are either of you under 18, or previously married?'],
    [80, 'p', 'no and no, both 30ish'],
    [86, 'l', "Then it's easy: go to the Marriage License Bureau downtown with a photo ID and your Social Security numbers. No blood test and no waiting period. The license is good for a year in Nevada."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok cool thx'],
    [146, 'l', 'Congrats again and thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 19 check-in and a notice that does not say goodbye
  s(FAYE, '19 SPA for the Philippines: branch notary by phone, CA SOS apostille URL, "Are you still there?" at 240, "…may have disconnected, so I\'ll end this session now." at 330 (no goodbye)', [
    [0, 'p', 'i need to notarize a special power of attorney for my brother in the philippines to sell land there. can any notary do it?'],
    [24, 'l', 'Good evening, this is Faye, a librarian at Daly City Public Library.'],
    [30, 'l', 'Will the SPA be used by a Philippine government office or a bank there? They usually want it apostilled too.'],
    [80, 'p', 'the registry of deeds'],
    [86, 'l', "Since 2019 the Philippines accepts apostilles, so the usual route is: sign it in front of a notary (our Serramonte branch has one, 650-555-0139), then get the apostille from the California Secretary of State (sos.ca.gov/notary/authentication). The Philippine Consulate General in San Francisco's page, pcgsanfrancisco.org, has a sample SPA and says what the Registry of Deeds looks for."],
    [92, 'l', 'Does that help?'],
    [240, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you may have disconnected, so I'll end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }), { endAfter: 10 }),

  // 20 check-in, goodbye 150 s after the answer
  s(IKE, '20 naturalization certificate lost in a fire: N-565 with USCIS by URL, "Still with me?" at 200, goodbye + invitation at 246 (final idle 150 s)', [
    [0, 'p', 'Lost my naturalization certificate in a fire. How do I replace it and how long does it take?'],
    [20, 'l', "Hi, Ike here, librarian at Tulsa City-County Library's Ask Us chat."],
    [26, 'l', 'Was it your own certificate, and do you have a copy or the certificate number anywhere?'],
    [90, 'p', 'mine. I have a photocopy'],
    [96, 'l', "You'd file Form N-565, Application for Replacement Naturalization/Citizenship Document, with USCIS: the form, fee and instructions are at uscis.gov/n-565 (the photocopy helps, and there's a section for documents destroyed in a fire). Current processing times are at egov.uscis.gov/processing-times."],
    [102, 'l', 'Does that answer it?'],
    [200, 'l', 'Still with me?'],
    [246, 'l', "I'll let you go — thanks for using Ask Us, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 21 the patron's window closes; the goodbye comes after
  s(JUNE, '21 Chicago marriage certificate for a passport: Cook County Clerk URL + 118 N. Clark St., patron "ya", patron left, goodbye after', [
    [0, 'p', 'need certified copy of my marriage certificate, married in chicago 2004'],
    [25, 'l', 'Hi there! June, librarian at Evanston Public Library. Happy to help.'],
    [31, 'l', 'Do you need it for something with a deadline, like a passport or REAL ID?'],
    [60, 'p', 'passport name change'],
    [66, 'l', 'For Chicago, marriage records are with the Cook County Clerk: order online at cookcountyclerkil.gov (Vital Records > Marriage), or go in person to 118 N. Clark St. Passports need a certified copy, so choose that option.'],
    [72, 'l', 'Is that what you needed?'],
    [95, 'p', 'ya'],
    left(100),
    [110, 'l', 'Thanks for chatting, good luck with the passport!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 a restatement; ordering online is a source, not a referral
  s(KAI, '22 Puerto Rico birth certificate from Orlando: restated ("So you need a new certified copy … here in Florida."), pr.gov + VitalChek, "thats all i needed! gracias"', [
    [0, 'p', 'i was born in puerto rico and i need my birth certificate, i lost it. i live in orlando now'],
    [22, 'l', "Good morning, you've reached Kai at the Orange County Library System's Ask a Librarian chat."],
    [28, 'l', 'So you need a new certified copy of your Puerto Rico birth certificate, sent to you here in Florida.'],
    [60, 'p', 'yes exactly'],
    [66, 'l', "You can order one online through Puerto Rico's government portal, pr.gov (search \"Certificado de Nacimiento\"), or through VitalChek at vitalchek.com, which adds a fee. Certificates issued before July 2010 are no longer valid, so even if you found the old one you'd need a new one."],
    [72, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes it does, thats all i needed! gracias'],
    [126, 'l', 'De nada! Thanks for chatting with us.'],
  ], usual()),

  // 23 the county law library by e-mail and phone
  s(LIV, '23 minor\'s name change (Sacramento): "Is she under 18 …?", CA self-help URL, the Public Law Library by e-mail + phone, "thats everything"', [
    [0, 'p', 'how do i change my daughters last name? her dad agrees. we are in sacramento county'],
    [30, 'l', "Hi, I'm Liv, a reference librarian at Sacramento Public Library."],
    [36, 'l', 'Is she under 18, and would both parents sign the petition?'],
    [80, 'p', 'shes 7, yes we both would'],
    [86, 'l', "California's court self-help site has the forms for a minor's name change (NC-100, NC-110 and the rest) and the steps: selfhelp.courts.ca.gov/name-change-minor. The Sacramento County Public Law Library can check your forms before you file; e-mail them at reference@saclaw.org or call 916-555-0130."],
    [92, 'l', 'Is that the kind of info you were after?'],
    [150, 'p', 'perfect. thats everything, thank you'],
    [156, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 24 a silent transfer (internal note only); Spanish; the Circuit Court office by street address
  s(MAEVE, '24 licencia de matrimonio (MD, Spanish): transfer to Raúl with an internal note only, "¿Es Montgomery County en Maryland?", Circuit Court at 50 Maryland Ave + URL', [
    [0, 'p', 'hola buenas, necesito la licencia de matrimonio, donde se saca en el condado de montgomery'],
    [20, 'l', "Hi! This is Maeve at Montgomery County Public Libraries' Ask Us chat."],
    [26, 'l', 'Would you prefer to chat in Spanish? ¿Prefiere español?'],
    [55, 'p', 'si por favor'],
    [60, 'i', 'Raúl, can you take this one in Spanish? Marriage license, Montgomery County. Thx'],
    xfer(63, 'Raúl', 'raul'),
    [120, 'l', '¡Hola! Soy Raúl, bibliotecario de Montgomery County Public Libraries. ¿Es Montgomery County en Maryland, verdad?', as(RAUL)],
    [150, 'p', 'si maryland'],
    [156, 'l', 'La licencia de matrimonio se saca en la oficina de licencias de matrimonio del Tribunal de Circuito, 50 Maryland Avenue, Rockville. Los requisitos están en montgomerycountymd.gov/circuitcourt (Marriage Licenses). Tienen que ir los dos con identificación con foto.', as(RAUL)],
    [162, 'l', '¿Le sirve esta información?', as(RAUL)],
    [210, 'p', 'si muchas gracias es todo'],
    [216, 'l', '¡Felicidades y gracias por usar nuestro chat!', as(RAUL)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 a transfer notice, no note; the receiver 134 s after the notice
  s(QUINCY, '25 NJ apostille on a notarized POA for Italy: transfer notice, no internal note, Pearl 134 s later, "Send it … mailing address at nj.gov/…"', [
    [0, 'p', 'I need an apostille for my notarized power of attorney to use in Italy, is it the secretary of state?'],
    [25, 'l', 'Hello! This is Quincy at Ask a Librarian, Bergen County Cooperative.'],
    [31, 'l', 'Which state was it notarized in?'],
    [70, 'p', 'new jersey'],
    [76, 'l', "I'm going to transfer you to Pearl, who knows the NJ apostille process better than I do. One moment!"],
    xfer(80, 'Pearl', 'pearl'),
    [210, 'l', "Hi, Pearl here, reference librarian. In New Jersey, apostilles come from the Division of Revenue and Enterprise Services; because it's notarized, the notary's commission is what gets authenticated. Send it to them with the request form and the $25 fee; the form and the mailing address are at nj.gov/treasury/revenue/apostille.shtml.", as(PEARL)],
    [216, 'l', 'Does that answer your question?', as(PEARL)],
    [260, 'p', 'yes thanks'],
    [266, 'l', 'Anything else I can help with?', as(PEARL)],
    [290, 'p', 'no thats it'],
    [295, 'l', 'Great, thanks for using Ask a Librarian!', as(PEARL)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 26 pickedUpAt 40, first line at 175; code ""
  s(RHEA, '26 can a notary certify a birth certificate copy? pickedUpAt 40 s, first line at 175 (135 s after pickup), AK Vital Records URL + phone, code ""', [
    [0, 'p', "can a notary at the library make a certified copy of my birth certificate? the embassy wants a certified copy and I don't want to send the original"],
    [175, 'l', 'Hi! Rhea here, librarian at Anchorage Public Library. Sorry for the delay.'],
    [181, 'l', 'Which state issued your birth certificate?'],
    [220, 'p', 'alaska'],
    [226, 'l', "A notary can't certify copies of vital records like birth certificates; only the issuing office can. Alaska's Health Analytics and Vital Records Section sells certified copies: order at health.alaska.gov/dph/VitalStats or by phone at 907-465-3391."],
    [232, 'l', 'Does that help?'],
    [275, 'p', 'oh ok. thats everything thank you'],
    [280, 'l', "You're welcome, have a good day!"],
  ], usual({ informed: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: '', pickedUpAt: at(40) }),

  // 27 Lost Call after three patron lines; no completeness question
  s(SETH, '27 Saturday notary hours (Lost Call after 3 patron lines): branch asked, schedule URL, no completeness question, "ok thx"', [
    [0, 'p', 'what time does the notary at central library leave on saturdays'],
    [18, 'l', 'Hi, Seth here at Ask Us, Springfield City Library.'],
    [24, 'l', 'Is this for the Central Library downtown, not a branch?'],
    [50, 'p', 'yes central'],
    [56, 'l', "Central's notary is in Saturdays 10 to 1; the schedule for every branch is at springfieldlibrary.org/notary."],
    [90, 'p', 'ok thx'],
    [96, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 follow-up by the patron's library, e-mail only on file, "within 3 business days", done after 80 h
  s(WREN, '28 grandfather\'s 1938 name change (follow-up by patron\'s library): Archives guide URL, "within 3 business days at the e-mail on your library account", done 80 h', [
    [0, 'p', 'my grandfather changed his name in the 1930s in Allegany county MD, how do I find the court record? for genealogy'],
    [35, 'l', "Hello, this is Wren with Maryland's statewide Ask Us chat."],
    [41, 'l', 'Do you know roughly the year, and his name before and after?'],
    [100, 'p', 'around 1938, from Schwarzkopf to Black'],
    [106, 'l', "Name changes in Maryland then went through the circuit courts, and the Maryland State Archives holds many older Allegany County court records; their guide is at msa.maryland.gov (search 'name changes'). The Allegany County Library's local history staff know those records best, so I'll pass your question to them, and someone from your library will contact you within 3 business days at the e-mail on your library account."],
    [112, 'l', 'Does the Archives guide help for now?'],
    [160, 'p', 'yes thank you'],
    [166, 'l', 'Anything else today?'],
    [190, 'p', 'no thanks'],
    [196, 'l', 'Thanks for using Ask Us, and good luck with the research!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'gblack1950@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 29 follow-up by me, e-mail read back, "by Wednesday", never recorded, day 4
  s(YARA, '29 1961 Kentucky marriage proof for survivor benefits (follow-up by me): SSA + KDLA URLs, e-mail read back, "by Wednesday", not recorded by day 4', [
    [0, 'p', 'I need proof of my marriage for social security survivor benefits. married 1961 in Knox County Kentucky, the clerk says their books from then were damaged'],
    [40, 'l', "Hello, my name is Yara and I'm a librarian at Louisville Free Public Library. I'm sorry for your loss."],
    [47, 'l', 'Do you still have the original certificate, or any church or newspaper record of the wedding?'],
    [110, 'p', 'no, just photos. the church closed'],
    [116, 'l', "Let me see what's out there."],
    [200, 'l', "SSA accepts other proof if the record is gone; its list is at ssa.gov/benefits/survivors (How to apply). Kentucky also has a statewide marriage index from 1958 on at the state archives site, kdla.ky.gov. I can search the index and our newspaper archive for a wedding announcement, but it'll take some digging. Can I e-mail you what I find?"],
    [250, 'p', 'yes, dottie.hale@example.com'],
    [256, 'l', "dottie.hale@example.com — thank you. I'll send it by Wednesday."],
    [262, 'l', 'Does that help in the meantime?'],
    [310, 'p', 'yes dear, thank you so much'],
    [316, 'l', "You're very welcome. Take care, and thank you for contacting us."],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 30 chat-speak: "worth asking the league" (an organisation, no contact)
  s(ZED, '30 kid\'s birth cert for soccer signup tmrw (chat-speak): "hey! zed from ask a librarian @ cedar public library", "sec", Oregon URL, "worth asking the league", "thats all ty"', [
    [0, 'p', 'lost my sons birth cert n need it 4 soccer signup tmrw. help'],
    [10, 'l', 'hey! zed from ask a librarian @ cedar public library 👋'],
    [14, 'l', 'was he born in oregon?'],
    [30, 'p', 'ya portland'],
    [34, 'l', 'sec'],
    [90, 'l', "ok so oregon vital records does rush orders online: oregon.gov/oha/ph/birthdeath, pick 'order a certificate'. wont be there by tmrw tho. most leagues also take a passport or the hospital cert for signup, worth asking the league"],
    [96, 'l', 'that help?'],
    [120, 'p', 'ya ok. thats all ty'],
    [124, 'l', 'np, good luck at soccer! bye'],
  ], usual({ referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySeventhRoundDocuments.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('14')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 2: "Our Main Library\'s notary is free for cardholders, walk-in Mon-Fri 9-5 at 300 Elm Street. … so bring her and both of your photo IDs" tells the patron to visit the provider\'s own library\'s notary (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), reached by a postal address.',
  [byNo('24')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 8 (Raúl, after the transfer, Spanish): "La licencia de matrimonio se saca en la oficina de licencias de matrimonio del Tribunal de Circuito, 50 Maryland Avenue, Rockville. … Tienen que ir los dos con identificación con foto." tells the patron to go to (visit) a court office outside the chat (RUBRIC Terms, Referral), reached by a postal address and a URL.',
  [byNo('26')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "Alaska\'s Health Analytics and Vital Records Section sells certified copies: order at health.alaska.gov/dph/VitalStats or by phone at 907-465-3391." tells the patron to call an agency outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a phone and a URL.',
};

describe('fifty-seventh round: notaries, translations, apostilles, marriage licenses, name changes and lost documents, checked', () => {
  describeSessions('whole sessions', fiftySeventhRoundDocuments.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySeventhRoundDocuments.filter((c) => c.name in LEFT_WHY));
});
