/**
 * Fifty-second round, theme VITAL RECORDS, checked: 35 whole sessions no one had written, from public library "ask a
 * librarian" chats about birth, marriage, divorce and death certificates: ordering certified and informational copies
 * (Texas, Indiana, New York, Ohio, Idaho, Oklahoma, Washington, Michigan, Florida, California), correcting and amending
 * records (a misspelled surname on a Cook County marriage record, adding a father in Georgia, a California gender marker, a
 * Puerto Rico certificate voided by the 2010 law, a delayed birth certificate for a 1941 home birth), apostilles (Spain, in
 * Spanish; Italy, in chat-speak; Mexico; New York City), and older records held by state archives and historical societies
 * (1888 Kentucky marriage bonds, 1912 Pennsylvania and 1947/1962 Maryland death certificates, 1958 Baltimore marriages, 1974
 * Wisconsin divorce files, 1800s St. Louis births, a 1923 Irish civil marriage). Every one of the 17 checks labelled in every
 * session before it was run: batch 1 (01-31) labelled and copied aside (/tmp/fiftySecondRoundVitals-labels.ts) before the
 * first run; batch 2 (32-35) labelled and copied aside (/tmp/fiftySecondRoundVitals-labels-batch2.ts) before its first run.
 *
 * SHAPES TRIED:
 *  openings: a queue line and an 85 s pickup "Good afternoon, I'm so sorry for your loss. My name is Phil …" (02); `pickedUpAt`
 *   at 50 s with the first line at 90 s (17); "Hello and welcome!" + "I'm Ty, a librarian with …" split at 58/62 s (27);
 *   "Hi! What can I help with today?" + a question under the screen name "Desk 3" (04: fail); chat-speak "hey there! Jordan w/
 *   Broward County Library Ask a Librarian here" (14), "hi! Lou here, librarian at …" (29), "hey! Mo here from the …
 *   chat" (34); Spanish "¡Hola! Le atiende Lucía, bibliotecaria …" (03), "Hola, soy Ben, bibliotecario … — un momento" (22,
 *   a greeting that is also a hold); no provider ever joined (31);
 *  inquiry: purpose (passport / REAL ID, certified vs informational, amend vs new), county, year, next of kin, whether a
 *   certified copy is already in hand, baptism or census as proof; a question asked only after the first source (08: fail);
 *   a Spanish question asked by the receiving provider after a transfer (22);
 *  waits: holds at 106/200/295/380 with a partial result that says the search goes on (06: pass); "Let me look up…" then
 *   160 s (07: fail); "brb checking" then 130 s (34: fail); two internal lines while the patron waits 140 s (29: fail);
 *   "No rush, take your time." before a 204 s patron absence (20: waiting on the patron, pass); a hold across an internal
 *   note and a transfer (21, 22);
 *  endings: check-in at 175 and a notice that invites back at 260 in a true Lost Call (15); "Anything else?" then a check-in
 *   and no notice, final idle 196 s (16); a check-in at 232 with final idle 176 s (25: disconnect na, courteous fails); one
 *   message that asks "Are you still there?" and says "looks like you may have been disconnected, so I'll close this chat
 *   shortly" with final idle 204 s (32: both pass, courteous fails); a goodbye 146 s after the answer, no check-in (26); the
 *   patron's "yes that's all I needed" as the last line, no goodbye (27); "You've reached the limit of questions for one chat
 *   session. Goodbye." (23: dismissal, courteous passes on its "Goodbye"); "my shift is over and I have to log off now." +
 *   "Bye." (30: dismissal); "several other patrons waiting … call them at … or chat back in later" (24: allowed); patron-side
 *   "thats all i needed", "no more questions", "eso es todo", "that's everything", "No that is everything", "nah thats it";
 *   not: "yes thx", "kind of. ok thanks", "i think so ok", "ok";
 *  sources: state, county and archive URLs with menu paths; FamilySearch, Ancestry Library Edition, the library's genealogy
 *   database page; none at all ("go to the clerk's office downtown", 05; "contact the NJ Office of Vital Statistics", 09);
 *  referrals: county Vital Records by phone + street address (02), the Cook County Clerk by URL + phone (04), the State
 *   Archives by mail or e-mail with its URL (06), the FL Dept of State by PO Box (14, LEFT), the Sacramento office by
 *   postal address in Spanish (03, LEFT), a District Clerk by URL + phone with the impersonal Spanish "se pide a" (22, LEFT),
 *   the library's own Genealogy Department by phone (24), a parish office by phone (33), the Clark County Clerk with no contact
 *   beside the Secretary of State by URL (30: fail), clerk / NJ office with no contact (05, 09: fail); online ordering from an
 *   agency's site as a source, no referral (01, 17, 20, 34 LEFT); staff asked to follow up on the patron's behalf (12, 35)
 *   and a transfer (21) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (10); a promise "I'll check and e-mail you" +
 *   "I'll get back to you on that" (no time) coded Answered (11: code, contact fail, on_time pending); FU_LIB with the phone
 *   typed by the patron and read back, "within 72 hours", not done by day 5 (12: on_time fails); FU_ME, "by Wednesday", done
 *   after 90 h (13); FU_ME with no contact anywhere, promise in chat-speak "let me find out + get back to u" (14: code and
 *   contact fail, pending); FU_LIB with `patron.phone` read back in the chat, "by Thursday", done in 71 h (35);
 *  codes: a true Lost Call (15), Lost Call after three patron lines (16), Lost Call with no provider (31: pass), null (17),
 *   Practice (18);
 *  transfers: a visible "I'm transferring you to him now" + an internal note that says why (21: pass); "Hablo poco español —
 *   un momento" + a note, the patron never told of the transfer (22: fail);
 *  concurrency: four at once from 60 s (19: fail); others ending exactly at the start and starting exactly at the end,
 *   three at most (20: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - asking an office for a copy by post ("mail one w/ the request form to the FL Dept of State, … PO Box 6800", "Puede enviar
 *   el acta por correo a la oficina de Sacramento, 1500 11th Street …", "write to the State Archives for the copy by mail or
 *   e-mail") tells the patron to write to that office: a referral (RUBRIC Terms: "call, write to, ask or visit them");
 * - ordering a copy online on an agency's site ("You can order it online at dshs.texas.gov/…", "order it from CDPH Vital
 *   Records at cdph.ca.gov/vitalrecords", "the Registry takes online orders through pr.gov") is using a website the agency
 *   publishes: a source, not a referral (Terms: "even when an agency publishes it");
 * - "La copia certificada del decreto se pide a la Secretaria del Distrito …: traviscountytx.gov/…, o por teléfono al …" tells
 *   the patron whom to ask (the impersonal Spanish is the usual way to give that instruction): a referral, reached by URL
 *   and phone;
 * - "Request the certified copy … from the Clark County Clerk's office" is a referral with no contact, so referral.contact
 *   fails although the Secretary of State in the same message has a URL ("every party");
 * - "Would that help?" after an offer to check an index and e-mail later (13), and "Would you like me to find the exact form
 *   number too?" (28) ask about something not yet given: no completeness question; "Is the State Archives guide useful?",
 *   "Do those two steps give you a place to start?", "¿Es lo que buscaba?", "that what u needed?" do ask it;
 * - "No rush, take your time." is not a hold (Terms); "brb checking", "Give me a moment." and "Un momento, reviso los requisitos."
 *   are; "ill have it for u soon" after "let me find out" either way leaves no long span (14);
 * - "You've reached the limit of questions for one chat session. Goodbye." fails no_dismissal but its "Goodbye" makes it
 *   courteous; "Take care of yourself. Bye for now." and "Best of luck … Goodbye!" are goodbyes;
 * - a message that asks "Are you still there?" and also says the chat will be closed is a check-in and a disconnect notice
 *   but not a goodbye (Terms: "unless it also asks whether the patron is still there"), so the final idle runs to endedAt;
 * - "someone from your library will call you at 410-555-0123, the number on your account, by Thursday" repeats the phone in
 *   the chat: confirmed, with a time;
 * - a Lost Call with no provider at all: pickup fails ("no provider ever joined"), the code passes (one patron line).
 *
 * COUNTS. Written: 35 whole sessions (batch 1: 31, batch 2: 4), all 17 statuses labelled in each before its first run.
 * First run as labelled / disagreeing: 31 / 4 (batch 1: 28 / 3; batch 2: 3 / 1). Label corrections: 0.
 * Final: 31 running, 4 LEFT (below, with their reasons in LEFT_WHY), all referral.contact:
 *  - 03: "Puede enviar el acta por correo a la oficina de Sacramento, 1500 11th Street …" read as no referral (na; RUBRIC pass:
 *    write to / visit an office, postal address given);
 *  - 14: "mail one w/ the request form to the FL Dept of State, Apostille Certification, PO Box 6800 …" read as no referral
 *    (na; RUBRIC pass: write to an agency, postal address given);
 *  - 22: "La copia certificada del decreto se pide a la Secretaria del Distrito … traviscountytx.gov/…, o por teléfono al …"
 *    read as no referral (na; RUBRIC pass);
 *  - 34: "order it from CDPH Vital Records at cdph.ca.gov/vitalrecords" read as a referral with contact (pass; RUBRIC na: a
 *    website the agency publishes for the patron to use).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial result, internal lines,
 * transfers and "take your time", idle and disconnect spans at 146/176/196/204/215 s, concurrency at touching ends, on_time
 * done in 30 h and 71 h / late at 90 h / pending / not done by day 5) scored as labelled on the first run. The redaction
 * equality of describeSessions holds for every running case (patron e-mails and phones typed in the chat, `patron.phone`).
 *
 * ON v50 (block P, written after this file and from it): cases 03 (P14, "Puede enviar el acta por correo a la oficina de
 *   Sacramento, …") and 14 (P14, "mail one w/ the request form to the FL Dept of State, PO Box …") read as labelled and run.
 *   Case 22 stays LEFT as labels that disagree (decision 019: v11 and v17 read the impersonal "se tramitan en el Consulado",
 *   "se pide al condado" as saying where, no referral); case 34 (the closest call, as said above) stays LEFT: 33 running,
 *   2 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 35 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const RENEE: Prov = { id: 'renee-v', name: 'Renee', library: 'HCPL' };
const PHIL: Prov = { id: 'phil-v', name: 'Phil', library: 'ACPL' };
const LUCIA: Prov = { id: 'lucia-v', name: 'Lucía', library: 'LAPL' };
const DESK3: Prov = { id: 'desk3-v', name: 'Desk 3', library: 'CCL-IL' };
const MARCUS: Prov = { id: 'marcus-v', name: 'Marcus', library: 'PCPL' };
const BETH: Prov = { id: 'beth-v', name: 'Beth', library: 'DCLS' };
const SAM: Prov = { id: 'sam-v', name: 'Sam', library: 'OCPL' };
const TANYA: Prov = { id: 'tanya-v', name: 'Tanya', library: 'CML' };
const OMAR: Prov = { id: 'omar-v', name: 'Omar', library: 'WML' };
const DENISE: Prov = { id: 'denise-v', name: 'Denise', library: 'EPFL' };
const KIM: Prov = { id: 'kim-v', name: 'Kim', library: 'GCPL' };
const ANDRE: Prov = { id: 'andre-v', name: 'Andre (statewide)', library: 'STATE' };
const GRETA: Prov = { id: 'greta-v', name: 'Greta', library: 'MPL' };
const JORDAN: Prov = { id: 'jordan-v', name: 'jordan_bcl', library: 'BCL' };
const PRIYA: Prov = { id: 'priya-v', name: 'Priya', library: 'KDL' };
const NOOR: Prov = { id: 'noor-v', name: 'Noor', library: 'SLCL' };
const JORGE: Prov = { id: 'jorge-v', name: 'Jorge', library: 'HPL' };
const TRAINER: Prov = { id: 'trainer-v', name: 'Training Account', library: 'TRN' };
const KAYLA: Prov = { id: 'kayla-v', name: 'Kayla', library: 'TCCL' };
const RAMON: Prov = { id: 'ramon-v', name: 'Ramón', library: 'OCLS' };
const ELLEN: Prov = { id: 'ellen-v', name: 'Ellen', library: 'BPL' };
const DECLAN: Prov = { id: 'declan-v', name: 'Declan Walsh', library: 'BPL' };
const BEN: Prov = { id: 'ben-v', name: 'Ben', library: 'APL' };
const ANA: Prov = { id: 'ana-v', name: 'Ana Ruiz', library: 'APL' };
const DOUG: Prov = { id: 'doug-v', name: 'Doug', library: 'SVL' };
const HAROLD: Prov = { id: 'harold-v', name: 'Harold', library: 'CHPL' };
const NADIA: Prov = { id: 'nadia-v', name: 'Nadia', library: 'QPL' };
const WES: Prov = { id: 'wes-v', name: 'Wes', library: 'JPL' };
const TY: Prov = { id: 'ty-v', name: 'Ty', library: 'FWPL' };
const ALEX: Prov = { id: 'alex-v', name: 'Alex', library: 'SFPL' };
const LOU: Prov = { id: 'lou-v', name: 'Lou', library: 'LPL' };
const CARLA: Prov = { id: 'carla-v', name: 'Carla', library: 'LVCCLD' };
const NOBODY: Prov = { id: 'queue-v', name: 'Virginia queue', library: 'VAQ' };
const JOAN: Prov = { id: 'joan-v', name: 'Joan', library: 'KCLS' };
const PAT: Prov = { id: 'pat-v', name: 'Pat', library: 'CALS' };
const MO: Prov = { id: 'mo-v', name: 'mo_spl', library: 'SPL' };
const KEN: Prov = { id: 'ken-v', name: 'Ken', library: 'BCPL' };

export const fiftySecondRoundVitals: SessionCase[] = [
  // 01 a plain good session
  s(RENEE, '01 Texas birth certificate for a passport: purpose asked, DSHS URL, "thats all i needed", goodbye', [
    [0, 'p', 'hi how do i get a certified copy of my birth certificate, born in Houston 1987'],
    [22, 'l', 'Hi there! This is Renee with the Harris County Public Library Ask a Librarian service.'],
    [28, 'l', 'Do you need it for a passport or REAL ID, or something else? Some uses need the long form.'],
    [70, 'p', 'passport'],
    [76, 'l', "For a passport you need the long-form certified copy. You can order it online at dshs.texas.gov/vital-statistics/birth-records ($23 a copy, and you upload a photo ID)."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes perfect thats all i needed'],
    [136, 'l', 'Great! Thanks for chatting with us, take care.'],
  ], usual()),

  // 02 death certificate copies; 85 s pickup; county office by phone and address
  s(PHIL, '02 more death certificates for the bank: queue, pickup at 85 s, county Vital Records by phone + street address', [
    [0, 'p', 'My mother passed last week and the bank wants a certified death certificate. The funeral home gave me 2 but I need more'],
    queue(3),
    [85, 'l', "Good afternoon, I'm so sorry for your loss. My name is Phil, I'm a librarian with Allen County Public Library."],
    [92, 'l', 'Which county did she pass away in? Extra copies come from the health department there.'],
    [150, 'p', 'allen county, fort wayne'],
    [156, 'l', "You can get more certified copies from the Allen County Department of Health's Vital Records office: call them at 260-555-0177 or go in at 200 E Berry St, Fort Wayne. Bring your ID and something showing you're next of kin; it's $8 a copy."],
    [162, 'l', 'Is that what you needed?'],
    [220, 'p', 'yes. thank you'],
    [226, 'l', 'Anything else I can help you with today?'],
    [250, 'p', 'no'],
    [255, 'l', 'Take care of yourself. Bye for now.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 Spanish: apostille of a child's birth certificate for Spain
  s(LUCIA, '03 apostilla para España (español): hold, sos.ca.gov, mail to the Sacramento office by postal address, "eso es todo"', [
    [0, 'p', 'hola, necesito apostillar el acta de nacimiento de mi hijo para España, nació en Los Ángeles'],
    [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria del servicio Pregunte al Bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [37, 'l', '¿Ya tiene una copia certificada reciente del acta, o necesita pedirla primero?'],
    [95, 'p', 'tengo una copia de 2015'],
    [101, 'l', 'Un momento, reviso los requisitos.'],
    [180, 'l', 'La apostilla la pone la Secretaría de Estado de California. Las instrucciones y el formulario están en sos.ca.gov/notary/apostille. Puede enviar el acta por correo a la oficina de Sacramento, 1500 11th Street, Sacramento, CA 95814, o llevarla en persona.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias, eso es todo'],
    [246, 'l', '¡De nada! Gracias por escribirnos, que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 04 marriage record correction; greeting names no one
  s(DESK3, '04 misspelled name on a Cook County marriage record: "Hi! What can I help with today?" under a screen name, Clerk by phone', [
    [0, 'p', 'they spelled my last name wrong on our marriage license. how do i fix it? we got married in cook county'],
    [25, 'l', 'Hi! What can I help with today?'],
    [31, 'l', 'Was the mistake on the application you filled out, or did the clerk type it wrong?'],
    [80, 'p', 'the clerk typed it wrong i think, it says Kowalsky instead of Kowalski'],
    [86, 'l', "The Cook County Clerk handles corrections to marriage records. Their page cookcountyclerkil.gov/vital-records explains the Affidavit and Certificate of Correction, and you can call their Vital Records unit at 312-555-0160 to ask which proof they need."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'yes thx'],
    [155, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 05 divorce decree: the clerk's office with no contact, and no source at all
  s(MARCUS, '05 2009 divorce decree (Arizona): "go to the clerk\'s office downtown" with no contact, no other source', [
    [0, 'p', 'need a copy of my divorce papers from 2009 for my new marriage license'],
    [20, 'l', "Hello, you've reached Marcus at Ask a Librarian, Pima County Public Library."],
    [26, 'l', 'Which state and county was the divorce finalized in?'],
    [60, 'p', 'pima county arizona'],
    [66, 'l', "A certified copy of the decree comes from the Clerk of the Superior Court in Pima County. Just go to the clerk's office downtown and ask for a certified copy of the dissolution decree; bring your case number if you have it."],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'ok. thats all i needed thanks'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 06 1912 death certificate at the State Archives: holds every ~90 s, one a partial result
  s(BETH, '06 1912 Pennsylvania death certificate: holds at 106/200/295 (295 a partial result), State Archives order by mail', [
    [0, 'p', "Looking for my great-grandfather's death certificate, he died in 1912 in Pennsylvania. The state says they dont have old ones?"],
    [30, 'l', "Hi! I'm Beth, a genealogy librarian at the Dauphin County Library System."],
    [36, 'l', 'Do you know the county or town where he died? And do you want the certificate itself or just the info on it?'],
    [100, 'p', 'Schuylkill county, Pottsville. a copy of the actual certificate if possible'],
    [106, 'l', 'Ok, let me check where the 1912 PA death records ended up — one moment.'],
    [200, 'l', "Still looking — PA moved its older records a few years ago, I'm confirming who holds 1912."],
    [295, 'l', "Found part of it: the 1906-1974 death certificates are at the Pennsylvania State Archives. I'm still checking how to order a copy."],
    [380, 'l', "OK, here's the full picture. The indexes are free on the State Archives site at phmc.pa.gov (Archives > Research Online > Vital Statistics). Once you find his certificate number, write to the State Archives for the copy by mail or e-mail; the request form is on that same page. Ancestry Library Edition has the images too, free in any of our branches."],
    [386, 'l', 'Is that what you were looking for?'],
    [450, 'p', 'yes! this is great, no more questions'],
    [456, 'l', 'Happy hunting, and thanks for using Ask Us!'],
  ], usual({ referral: 'pass' })),

  // 07 "Let me look up" then 160 s
  s(SAM, '07 NY birth certificate processing time: hold at 76, answer at 236 (160 s)', [
    [0, 'p', 'how long does it take to get a birth certificate from NY state, ordered online 3 weeks ago'],
    [25, 'l', 'Hello! This is Sam, a librarian at Onondaga County Public Library.'],
    [31, 'l', "Did you order from New York State or from NYC? They're separate offices."],
    [70, 'p', 'state, i was born in syracuse'],
    [76, 'l', 'Let me look up their current processing times.'],
    [236, 'l', "Sorry that took a while. The NYS Department of Health lists current processing times at health.ny.gov/vital_records: online orders are running 6-8 weeks right now, so you're still within the normal window."],
    [242, 'l', 'Did that answer your question?'],
    [300, 'p', 'ugh ok. thanks'],
    [306, 'l', 'Anything else?'],
    [330, 'p', 'no'],
    [334, 'l', 'Thanks for your patience, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 answered before asking
  s(TANYA, '08 Ohio marriage certificate fee: probate court fee page first, "Was the license from Franklin County?" after', [
    [0, 'p', 'whats the fee for a marriage certificate copy in ohio'],
    [18, 'l', "Hi, Tanya here at Columbus Metropolitan Library's chat!"],
    [24, 'l', 'In Ohio marriage records are kept by the probate court of the county where the license was issued. Franklin County Probate Court charges $2 for a certified copy; the fee schedule is at probate.franklincountyohio.gov/fees.'],
    [30, 'l', 'Was the license from Franklin County?'],
    [80, 'p', 'yes franklin'],
    [86, 'l', 'Great, then that fee applies. Does that help?'],
    [120, 'p', 'yep thats everything'],
    [125, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 "contact the NJ Office of Vital Statistics" with nothing to reach it
  s(OMAR, '09 grandmother\'s NJ birth certificate: "You\'d need to contact the NJ Office of Vital Statistics" (no contact, no source)', [
    [0, 'p', "can I get my grandmother's birth certificate, she's alive but has dementia"],
    [35, 'l', "Hi, I'm Omar, a librarian at Westfield Memorial Library."],
    [42, 'l', 'Which state was she born in?'],
    [100, 'p', 'New Jersey'],
    [106, 'l', "In New Jersey only certain relatives can order a certified copy, and a grandchild usually has to show proof of the relationship. You'd need to contact the NJ Office of Vital Statistics and Registry to ask what they'd accept in your case."],
    [112, 'l', 'Does that help?'],
    [160, 'p', 'kind of. ok thanks'],
    [166, 'l', 'Good luck, bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 10 follow-up by me, done in 30 h
  s(DENISE, '10 1958 Baltimore marriage record (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'I need a copy of my parents marriage record from 1958, they married in Baltimore. The state website is confusing'],
    [28, 'l', "Good morning! This is Denise, librarian with Enoch Pratt Free Library's Ask Us Now."],
    [34, 'l', 'Do you need a certified copy for something official, or is a copy of the record for family history enough?'],
    [90, 'p', 'just family history'],
    [96, 'l', 'One moment while I check what we have.'],
    [180, 'l', "The Maryland State Archives holds Baltimore City marriage records from that era; their guide is at msa.maryland.gov (Research > Vital Records). We also have the Baltimore marriage index on microfilm here at Central, but I'd need to check the 1958 reel myself. I can do that and e-mail you what I find by Friday. What's your e-mail?"],
    [240, 'p', 'sure its gwen.h@example.com'],
    [246, 'l', "Thanks — gwen.h@example.com. I'll send what I find on the microfilm by Friday."],
    [252, 'l', 'In the meantime, is the State Archives guide useful?'],
    [300, 'p', "yes I'll look at it. that's all, thanks so much"],
    [306, 'l', "You're welcome! Thanks for using Ask Us Now, talk soon."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 11 a promise coded Answered, no time
  s(KIM, '11 adding the father in Georgia: "I\'ll check and e-mail you", e-mail given, "I\'ll get back to you on that" (no time), coded Answered', [
    [0, 'p', "how do i add the dad to my baby's birth certificate in georgia, we werent married"],
    [30, 'l', 'Hi! This is Kim at Gwinnett County Public Library. Congrats on the baby!'],
    [36, 'l', 'Is the father available to sign paperwork with you, or is this going through the court?'],
    [90, 'p', 'hes here, we both want to do it'],
    [96, 'l', "Then it's usually the Paternity Acknowledgment form. Georgia's Office of Vital Records explains it at dph.georgia.gov/vital-records (look for Paternity Acknowledgment). I'm not sure whether you can still do it through the hospital after discharge, though. I'll check and e-mail you. What's your email?"],
    [150, 'p', 'tmarie22@example.com'],
    [156, 'l', "Got it, I'll get back to you on that."],
    [162, 'l', 'Does the Vital Records page help for now?'],
    [200, 'p', 'yes thank you!!'],
    [206, 'l', 'Anything else I can help with?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Take care, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library by phone, overdue on day 5
  s(ANDRE, '12 1947 death record for the VA (follow-up by patron\'s library): phone typed and read back, "within 72 hours", not done by day 5', [
    [0, 'p', 'my uncle died in 1947 in Frederick county. I need the death record for a VA thing. call me 301-555-0148'],
    [40, 'l', "Hello, I'm Andre with the statewide Ask Us Now chat service."],
    [46, 'l', 'Do you need a certified copy for the VA, or will an informational copy do?'],
    [110, 'p', 'they said certified'],
    [116, 'l', 'Let me check.'],
    [200, 'l', "For 1947 the certified copy comes from the Maryland Division of Vital Records: health.maryland.gov/vsa has the order form. I'll also pass this to Frederick County Public Libraries so their Maryland Room librarian can look for an obituary that helps; they'll call you at 301-555-0148 within 72 hours. Is that the right number?"],
    [250, 'p', 'yes thats right'],
    [256, 'l', 'Great. Does the Vital Records page give you what you need for the certified copy?'],
    [300, 'p', 'i think so ok'],
    [306, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me, done after 90 h; no completeness question
  s(GRETA, '13 1974 Dane County divorce (follow-up by me): catalog URL, "Would that help?" about an offer, e-mail read back, done after 90 h', [
    [0, 'p', 'hi im looking for proof my grandparents divorced in 1974 in Wisconsin'],
    [25, 'l', "Hi, you're chatting with Greta, a reference librarian at Madison Public Library."],
    [31, 'l', 'Do you know the county? Divorce records before 1990 are filed by county.'],
    [80, 'p', 'dane county'],
    [86, 'l', 'One sec.'],
    [150, 'l', "The Wisconsin Historical Society has Dane County divorce case files from the 1970s; their catalog entry is at wisconsinhistory.org (search \"Dane County circuit court divorce\"). I'll be at the Historical Society library tomorrow and can check the index for their names, then e-mail you by Wednesday. Would that help?"],
    [210, 'p', 'yes please! its rmcallister@example.com. names are Ruth and Dale Hanson'],
    [216, 'l', "rmcallister@example.com, got it. You'll hear from me by Wednesday."],
    [222, 'l', 'Anything else for today?'],
    [250, 'p', 'no thank you'],
    [255, 'l', 'Thanks, have a great day!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 follow-up by me with no contact anywhere (chat-speak)
  s(JORDAN, '14 Florida death certificate apostille for Italy (chat-speak): PO Box, "let me find out + get back to u", FU_ME, no contact', [
    [0, 'p', 'hey need apostille on my dads death cert for italy. its from florida'],
    [20, 'l', 'hey there! Jordan w/ Broward County Library Ask a Librarian here'],
    [25, 'l', 'do u already have a certified copy from FL Vital Statistics?'],
    [60, 'p', 'ya got 3 of them'],
    [66, 'l', 'cool. mail one w/ the request form to the FL Dept of State, Apostille Certification, PO Box 6800, Tallahassee FL 32314. form + steps are at dos.fl.gov/sunbiz/certification/apostille, its $10 per doc'],
    [72, 'l', 'that help?'],
    [100, 'p', 'ya. do i need a translation too'],
    [106, 'l', 'not sure what the Italian consulate wants, let me find out + get back to u'],
    [112, 'l', 'ill have it for u soon'],
    [140, 'p', 'ok thx'],
    [145, 'l', 'np, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }), { ...FU_ME }),

  // 15 true Lost Call with a check-in and a notice that invites back
  s(PRIYA, '15 Michigan death certificate fee (Lost Call): greeting at 45, "Are you still there?" at 175, notice + invitation back at 260', [
    [0, 'p', 'how much is a copy of a death certificate in michigan'],
    queue(2, 2),
    [45, 'l', 'Hello, this is Priya, a librarian at Kent District Library.'],
    [175, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you may have disconnected, so I'll end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after three patron lines; a check-in, no notice
  s(NOOR, '16 1800s St. Louis births: answered, patron "ok", "Anything else?", check-in at 360, ends 420 with no notice, Lost Call', [
    [0, 'p', 'do you guys have birth records from the 1800s'],
    [30, 'l', "Hi! I'm Noor, a librarian in St. Louis County Library's History & Genealogy department."],
    [36, 'l', 'Which state or county are you looking in? Missouri only started statewide birth records in 1910.'],
    [90, 'p', 'missouri, st louis city'],
    [96, 'l', 'Give me a moment.'],
    [170, 'l', 'For St. Louis City births before 1910, the Missouri State Archives has the city birth registers indexed free at sos.mo.gov/archives/resources/birthdeath. Our genealogy database list at slcl.org/genealogy also has church records that list baptisms.'],
    [176, 'l', 'Does that help?'],
    [220, 'p', 'ok'],
    [224, 'l', 'Anything else?'],
    [360, 'l', 'Are you still there?'],
  ], usual({ courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 17 code null; pickedUpAt 50 s with the first line at 90 s
  s(JORGE, '17 marriage certificate for USCIS: pickedUpAt 50 s, first line 90 s, County Clerk online order, code null', [
    [0, 'p', 'USCIS wants our marriage certificate, is the one from the church ok? married in Harris county TX'],
    [90, 'l', 'Hi, sorry for the delay — Jorge here, librarian at Houston Public Library.'],
    [96, 'l', 'Was the church ceremony the legal one, with a county marriage license?'],
    [150, 'p', 'yes we got the license at the county'],
    [156, 'l', 'Then USCIS wants the certified copy of the marriage license, not the church certificate. You can order it online at cclerk.hctx.net (Personal Records > Marriage Licenses), $21 for a certified copy.'],
    [162, 'l', 'Is that what you needed to know?'],
    [220, 'p', 'yes thank you so much'],
    [226, 'l', 'Is there anything else I can look up for you?'],
    [260, 'p', "no that's all"],
    [265, 'l', 'Good luck with the application, and thanks for chatting!'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(50), resolutionCode: null }),

  // 18 Practice
  s(TRAINER, '18 practice chat (vital records script): coded Practice, every check na', [
    [0, 'p', 'test: how do i order a birth cert'],
    [10, 'l', 'Hi, Training Account here at Ask Us. Try cdc.gov/nchs/w2w. Did that help?'],
    [20, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 four at once
  s(KAYLA, '19 REAL ID with a maiden-name birth certificate: three other chats, four at once from 60 s', [
    [0, 'p', 'my birth certificate has my maiden name, can I still use it for real id'],
    [28, 'l', 'Hello! Kayla here from Ask Us at Tulsa City-County Library.'],
    [34, 'l', 'Which state are you getting the REAL ID in?'],
    [70, 'p', 'oklahoma'],
    [76, 'l', "Yes, you can, but you also need the document that links the names, like your certified marriage certificate (or divorce decree, or court order). Service Oklahoma's REAL ID checklist is at oklahoma.gov/service/real-id."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes thanks thats all i needed'],
    [135, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kayla-v', -300, 400), other('k2', 'kayla-v', -50, 500), other('k3', 'kayla-v', 60, 300)],
  }),

  // 20 "No rush, take your time." then 204 s away; others touch both ends
  s(RAMON, '20 Puerto Rico birth certificate: "No rush, take your time." then the patron away 204 s; others touch both ends, 3 at most', [
    [0, 'p', "I need to order my birth certificate from Puerto Rico, the old ones aren't valid anymore?"],
    [20, 'l', 'Hi there! This is Ramón, a librarian at Orange County Library System.'],
    [26, 'l', "Do you have a copy issued before July 2010? Those were invalidated by Puerto Rico's 2010 law."],
    [80, 'p', 'let me check the date on it, one sec'],
    [86, 'l', 'No rush, take your time.'],
    [290, 'p', 'its from 1995'],
    [296, 'l', "Then you'll need a new one. Puerto Rico's Demographic Registry takes online orders through pr.gov (search \"certificado de nacimiento\") or through VitalChek at vitalchek.com."],
    [302, 'l', 'Does that help?'],
    [350, 'p', "yes gracias, that's everything"],
    [355, 'l', 'De nada! Thanks for chatting.'],
  ], usual(), {}, {
    otherIntervals: [other('r1', 'ramon-v', -600, 0), other('r2', 'ramon-v', -200, 150), other('r3', 'ramon-v', 100, 1000), other('r4', 'ramon-v', 360, 900)],
  }),

  // 21 a transfer by the book
  s(ELLEN, '21 1923 Cork marriage: notice "transferring you to him now" + a note that says why, Declan answers 54 s after the notice', [
    [0, 'p', "I'm trying to find my great aunt's 1923 marriage record in Ireland? my family says she married in Cork"],
    [25, 'l', 'Hello, Ellen here at the Ask a Librarian service of Boston Public Library.'],
    [31, 'l', 'Was it a civil or a church marriage, do you know? And do you have her maiden name?'],
    [90, 'p', 'not sure. Mary Kathleen Doyle'],
    [96, 'l', "Our genealogy librarian Declan knows Irish records much better than I do — I'm transferring you to him now, please hold on a moment."],
    [100, 'i', 'Declan, pt looking for a 1923 Cork marriage, Mary Kathleen Doyle, not sure civil/church. Irish records q, can you take it?'],
    xfer(104, 'Declan Walsh', 'declan-v'),
    [150, 'l', "Hi, Declan from Genealogy here. Good news: Irish civil marriage registers for 1923 are free to view on irishgenealogy.ie. Search Civil Records for Doyle, Cork, 1923 and you'll get the register image.", as(DECLAN)],
    [156, 'l', 'Does that get you started?', as(DECLAN)],
    [220, 'p', "found her!! thank you, that's all I needed"],
    [226, 'l', 'Wonderful! Thanks for using Ask a Librarian.', as(DECLAN)],
  ], usual({ transfer: 'pass' })),

  // 22 transfer with a note only; the patron never told
  s(BEN, '22 acta de divorcio de Texas (Spanish): "Hablo poco español — un momento", note + transfer, Ana answers; District Clerk by URL + phone', [
    [0, 'p', 'necesito una copia de mi acta de divorcio de Texas'],
    [30, 'l', 'Hola, soy Ben, bibliotecario de Austin Public Library. Hablo poco español — un momento.'],
    [35, 'i', 'Ana, Spanish speaker, TX divorce decree copy. can you take it?'],
    xfer(38, 'Ana Ruiz', 'ana-v'),
    [110, 'l', '¡Hola! Soy Ana, también bibliotecaria de Austin Public Library. ¿En qué condado se divorció, y en qué año?', as(ANA)],
    [170, 'p', 'Travis, en 2016'],
    [176, 'l', 'La copia certificada del decreto se pide a la Secretaria del Distrito del Condado de Travis (Travis County District Clerk): traviscountytx.gov/district-clerk, o por teléfono al 512-555-0193. El estado solo da una verificación de divorcio, no el decreto.', as(ANA)],
    [182, 'l', '¿Es lo que buscaba?', as(ANA)],
    [240, 'p', 'si, gracias. eso es todo'],
    [246, 'l', '¡Con gusto! Gracias por usar el chat.', as(ANA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 23 "You've reached the limit of questions for one chat session. Goodbye."
  s(DOUG, '23 Idaho certificates then an apostille: "You\'ve reached the limit of questions for one chat session. Goodbye."', [
    [0, 'p', "how do i get a birth certificate for me, my 2 kids, and also my husband's death certificate, and can you help with an apostille"],
    [30, 'l', "Hi, I'm Doug at Sun Valley Library."],
    [36, 'l', 'Which state were the kids born in?'],
    [80, 'p', 'idaho, all of them'],
    [86, 'l', 'Idaho birth and death certificates are ordered through Idaho Vital Records at healthandwelfare.idaho.gov/vital-records, online or by mail.'],
    [92, 'l', 'Did that help?'],
    [140, 'p', 'yes but what about the apostille? and how long does it take?'],
    [146, 'l', "You've reached the limit of questions for one chat session. Goodbye."],
    [160, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 24 other patrons waiting, a way back; own library's department by phone
  s(HAROLD, '24 six Ohio death certificates for a tree: "several other patrons waiting", Genealogy Department by phone, "chat back in later"', [
    [0, 'p', "Hi I'm doing my family tree and need death certs for like 6 people in Ohio from 1910 to 1960"],
    [25, 'l', 'Good evening! This is Harold, a librarian at Cincinnati & Hamilton County Public Library.'],
    [31, 'l', 'Do you need certified copies, or just the information on them for your research?'],
    [80, 'p', 'just info'],
    [86, 'l', "Ohio death certificates 1908-1953 are free to view on FamilySearch (familysearch.org, the Ohio Deaths 1908-1953 collection). After 1953 they're at the Ohio History Connection: ohiohistory.org/research/archives-library."],
    [92, 'l', 'Does that cover it?'],
    [150, 'p', 'for some. can u look up each person for me? i have the names. first is John Miller 1914, then Anna Schmidt 1922, then...'],
    [156, 'l', "I'd love to help more, but I have several other patrons waiting right now. Our Genealogy & Local History Department does exactly this kind of lookup: call them at 513-555-0166, or chat back in later and we can keep going. Thanks so much for your patience!"],
    [190, 'p', 'ok'],
    [196, 'l', 'Good luck with your tree, bye!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 25 a check-in, then the session ends (final idle 176 s)
  s(NADIA, '25 NYC marriage apostille: answer at 76, "Are you still there?" at 232, ended at 252 (final idle 176 s)', [
    [0, 'p', 'what does an apostille cost in new york for a marriage cert'],
    [22, 'l', 'Hi! You\'re chatting with Nadia from Queens Public Library.'],
    [28, 'l', 'Was the marriage in New York City or elsewhere in New York State? NYC records need an extra step.'],
    [70, 'p', 'nyc, manhattan'],
    [76, 'l', 'For an NYC marriage record there is an extra authentication step before the $10 Department of State apostille; both steps are explained at dos.ny.gov/apostille-or-certificate-authentication.'],
    [82, 'l', 'Does that answer it?'],
    [232, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 20 }),

  // 26 goodbye 146 s after the answer, no check-in
  s(WES, '26 Florida divorce public record: answer at 96, goodbye at 242 (final idle 146 s), no check-in', [
    [0, 'p', 'is there a way to look up if someone got divorced in florida? public record?'],
    [30, 'l', "Hello! I'm Wes, a reference librarian with Jacksonville Public Library."],
    [36, 'l', 'Do you know roughly what year, and is it for yourself or someone else?'],
    [90, 'p', 'around 2005, someone else'],
    [96, 'l', "Florida divorce records are public. For the court file itself each county clerk has an online search; for Duval it's duvalclerk.com (Official Records Search)."],
    [102, 'l', 'Does that help?'],
    [242, 'l', 'Thanks for chatting with us today, have a good one!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 27 greeting split; the patron has the last word
  s(TY, '27 birth certificate "at the library? lol": "Hello and welcome!" + name, Tarrant County URL, patron "that\'s all I needed" last', [
    [0, 'p', 'hi can i get my birth certificate at the library? lol'],
    [58, 'l', 'Hello and welcome!'],
    [62, 'l', "I'm Ty, a librarian with Fort Worth Public Library. We can't print birth certificates here, but I can show you where to order one. Were you born in Texas?"],
    [100, 'p', 'ya tarrant county'],
    [106, 'l', "Tarrant County Public Health's vital records page (tarrantcountytx.gov/public-health/vital-records) lets you order a certified copy online; it's $23."],
    [112, 'l', 'Is that what you needed?'],
    [160, 'p', "yes that's all I needed"],
  ], usual({ courteous: 'fail' })),

  // 28 the completeness question is about something not yet given
  s(ALEX, '28 California gender marker: CDPH page, "Would you like me to find the exact form number too?", "Anything else"', [
    [0, 'p', 'how do i change the gender marker on my birth certificate, born in california'],
    [26, 'l', "Hi, this is Alex at San Francisco Public Library's chat reference."],
    [32, 'l', 'Are you looking to amend the existing certificate, or to get a new one issued?'],
    [80, 'p', 'new one i think'],
    [86, 'l', 'California lets you request a new birth certificate with the updated gender marker without a court order. The California Department of Public Health explains it at cdph.ca.gov (Vital Records > Gender Identity).'],
    [92, 'l', 'Would you like me to find the exact form number too?'],
    [140, 'p', "no i'll find it thx"],
    [146, 'l', 'Sounds good! Anything else I can help with?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Take care, thanks for chatting.'],
  ], usual({ complete: 'fail' })),

  // 29 chat-speak; two internal lines while the patron waits 140 s
  s(LOU, '29 1888 Bourbon County marriage bond (chat-speak): two internal lines, answer 140 s after the patron', [
    [0, 'p', 'hi looking 4 my great grandparents marriage record, married 1888 in kentucky, bourbon county'],
    [20, 'l', 'hi! Lou here, librarian at Lexington Public Library 🙂'],
    [26, 'l', 'do u want the actual record or just the date?'],
    [60, 'p', 'the actual record if possible'],
    [66, 'i', 'anyone know if KDLA has bourbon co marriage bonds 1888 on film?'],
    [150, 'i', 'yes, KDLA microfilm, also on familysearch'],
    [200, 'l', "sorry for the wait! KDLA's catalog at kdla.ky.gov lists the Bourbon County marriage bonds for 1888 on microfilm, and FamilySearch has the same film free online at familysearch.org (search Kentucky, County Marriages)"],
    [206, 'l', 'that help?'],
    [250, 'p', 'yes omg found them'],
    [255, 'l', 'yay!! anything else?'],
    [280, 'p', 'nah thats it'],
    [285, 'l', 'ok bye, happy researching!'],
  ], usual({ informed: 'fail' })),

  // 30 shift over; the County Clerk without contact
  s(CARLA, '30 Nevada divorce decree for Mexico: "Request the certified copy from the Clark County Clerk\'s office" (no contact), "my shift is over"', [
    [0, 'p', 'I need to use my divorce decree in Mexico to remarry, do I need an apostille? divorce was in Nevada'],
    [35, 'l', 'Hi, this is Carla, a librarian at Las Vegas-Clark County Library District.'],
    [41, 'l', 'Was the divorce granted by a Nevada court (Clark County), or somewhere else?'],
    [90, 'p', 'clark county district court'],
    [96, 'l', "Mexico is in the Hague Apostille Convention, so yes. Request the certified copy of the decree from the Clark County Clerk's office, then send it to the Nevada Secretary of State for the apostille; the form is at nvsos.gov (Commercial Recordings > Apostille)."],
    [102, 'l', 'Does that answer it?'],
    [150, 'p', 'yes. and does it need to be translated to spanish? and what does mexico need from me'],
    [156, 'l', "I'm sorry, my shift is over and I have to log off now."],
    [162, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'fail' })),

  // 31 nobody picked up
  s(NOBODY, '31 Virginia marriage certificate: queue only, patron leaves at 240, no provider ever joined, Lost Call', [
    [0, 'p', 'how to get copy of marriage certificate from 1999 virginia'],
    queue(2, 4),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
  // ---- batch 2 (labelled after batch 1 had run, before its own first run) ----

  // 32 one message both asks and gives notice; no goodbye
  s(JOAN, '32 Washington divorce certificate: answer at 76, "Are you still there? It looks like you may have been disconnected…" at 250, ended 280', [
    [0, 'p', 'Can I get a copy of my own divorce certificate from Washington state online?'],
    [25, 'l', 'Hi, thank you for contacting Ask a Librarian at King County Library System. My name is Joan.'],
    [31, 'l', 'Was the divorce finalized in Washington, and roughly what year?'],
    [70, 'p', 'yes 2012 in King county'],
    [76, 'l', "Yes: Washington's Department of Health sells divorce certificates for 1968 onward. Order online at doh.wa.gov/licenses-permits-and-certificates/vital-records ($25). For the full decree instead, King County Superior Court's records page is kingcounty.gov/courts/clerk/records."],
    [82, 'l', 'Does that help?'],
    [250, 'l', "Are you still there? It looks like you may have been disconnected, so I'll close this chat shortly."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 30 }),

  // 33 delayed birth certificate; a parish office by phone
  s(PAT, '33 delayed birth certificate (home birth, 1941 Arkansas): ADH page, the parish office of St. Joseph by phone, "No that is everything"', [
    [0, 'p', 'My dad was born at home in 1941 in rural Arkansas and never had a birth certificate. He needs one for Social Security. Is that even possible?'],
    [40, 'l', "Good morning! I'm Pat, a reference librarian at Central Arkansas Library System."],
    [47, 'l', "Was he ever baptized, or is he in the 1950 census? Those are the kinds of proof they'll ask for."],
    [120, 'p', 'baptized Catholic I think, in Pine Bluff'],
    [126, 'l', "Then he'd apply for a Delayed Certificate of Birth from the Arkansas Department of Health; the application and the list of accepted proofs are at healthy.arkansas.gov (Vital Records > Delayed Birth Certificates). For the baptism record, call the parish office of St. Joseph Catholic Church in Pine Bluff at 870-555-0112 and ask for a certified baptismal certificate."],
    [132, 'l', 'Do those two steps give you a place to start?'],
    [200, 'p', 'Yes they do. Thank you so much.'],
    [206, 'l', "You're very welcome. Is there anything else I can help with?"],
    [240, 'p', 'No that is everything'],
    [246, 'l', 'Best of luck to you and your father. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 34 "brb checking" then 130 s
  s(MO, '34 1986 California death certificate for genealogy (chat-speak): "brb checking" at 55, answer at 185 (130 s)', [
    [0, 'p', 'do u know how to get a death certificate for my grandpa he died in 1986 in california'],
    [15, 'l', 'hey! Mo here from the Sacramento Public Library chat 👋'],
    [20, 'l', 'r u next of kin or is it for genealogy? CA has 2 kinds of copies'],
    [50, 'p', 'genealogy i just want the info'],
    [55, 'l', 'brb checking'],
    [185, 'l', 'ok so u want an informational copy, no sworn statement needed. order it from CDPH Vital Records at cdph.ca.gov/vitalrecords (Death Records)'],
    [191, 'l', 'that what u needed?'],
    [230, 'p', 'yep thats all i needed thx'],
    [235, 'l', 'np, bye!'],
  ], usual({ informed: 'fail' })),

  // 35 follow-up by the patron's library, phone on the account read back, done in 71 h
  s(KEN, '35 1962 Towson death certificate + notice (follow-up by patron\'s library): phone on the account read back, "by Thursday", done in 71 h', [
    [0, 'p', "Hi, my name is Loretta Banks. I'm trying to find my grandmother's death notice and certificate, she died in Towson in 1962."],
    [30, 'l', "Hello Loretta, this is Ken, a librarian with Baltimore County Public Library's Ask Us Now service."],
    [36, 'l', 'Do you know the month she died? And is the death certificate itself or the newspaper notice more important?'],
    [100, 'p', 'March 1962. the certificate mostly'],
    [106, 'l', 'Just a moment while I check.'],
    [190, 'l', "Maryland death certificates from 1962 are at the Maryland State Archives; their Vital Records guide (msa.maryland.gov, Research > Vital Records) explains how to order a copy. For the newspaper notice, our Towson branch has the Jeffersonian on microfilm. I'll ask the Towson staff to look for the notice; someone from your library will call you at 410-555-0123, the number on your account, by Thursday. Is that number still good?"],
    [250, 'p', 'yes that number is good. thank you!'],
    [256, 'l', 'Is the State Archives guide what you needed for the certificate?'],
    [300, 'p', "yes, that's all I needed"],
    [306, 'l', 'Wonderful. Thanks for using Ask Us Now, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, patron: { name: 'Loretta Banks', email: null, phone: '410-555-0123' }, followUps: [{ doneAt: at(71 * HOUR) }] }, { now: T0 + 5 * DAY }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '22 acta de divorcio de Texas (Spanish): "Hablo poco español — un momento", note + transfer, Ana answers; District Clerk by URL + phone':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "La copia certificada del decreto se pide a la Secretaria del Distrito del Condado de Travis …: traviscountytx.gov/district-clerk, o por teléfono al 512-555-0193" tells the patron whom to ask (impersonal "se pide a", RUBRIC Terms, Referral: "ask … them"), with a URL and a phone. LABELS DISAGREE (decision 019): the eleventh round (difficult, "se tramitan en el Consulado General") and the seventeenth (spanish, "La copia se pide al condado de Dallas o a Texas Vital Statistics") labelled the impersonal Spanish as saying where, no referral; a first cut of block P that read "se pide a" turned both, so it was withdrawn and the older reading holds.',
  '34 1986 California death certificate for genealogy (chat-speak): "brb checking" at 55, answer at 185 (130 s)':
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them", evidence message 5 "order it from CDPH Vital Records at cdph.ca.gov/vitalrecords (Death Records)"). Ordering online on the agency\'s site is using a website it publishes: "Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it" (RUBRIC Terms, Referral); the patron is told to call, write to or visit no one.',
};

describe('fifty-second round: vital records, checked', () => {
  describeSessions('whole sessions', fiftySecondRoundVitals.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySecondRoundVitals.filter((c) => c.name in LEFT_WHY));
});
