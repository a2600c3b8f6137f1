/**
 * Sixty-third round, theme NOTARIES, APOSTILLES AND DOCUMENT AUTHENTICATION, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: free notaries at the library (a car title in Fairfax, Saturday
 * hours at Sno-Isle in Spanish, wills and witnesses in Cleveland, an I-9 nobody answered) and at the bank (Chase in Tulsa),
 * remote online notarization (a Maryland POA, a Michigan car title through an app, a Virginia electronic commission),
 * apostilles from the Secretary of State (a Houston birth certificate for Mexico, a San Diego one in Spanish, a Florida
 * diploma for Spain, a Kings County divorce decree for Italy, a GBI record for Colombia in Spanish, an FBI report for a
 * Spanish visa, China since November 2023, a wedding in Florence), consulate legalization (a Maryland marriage certificate
 * for the UAE, a poder notarial for Jalisco in Spanish and English), certified translations (a Brazilian birth certificate
 * for USCIS, a Mexican diploma for WES, a Vietnamese marriage certificate for REAL ID), certified copies (a passport for a
 * school in Germany), becoming a notary (Pennsylvania, Florida), a Korean-language document, an Arizona notary for an
 * Illinois deed, a mobile notary for a nursing home, and minors' travel consent letters (Chihuahua, Canada). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundNotary-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good evening, this is Priya at …" (01); "You've got Bo, reference librarian with …" (02); a 62 s pickup (04:
 *   fail); `pickedUpAt` at 59 s with the first visible line at 100 (05: pass); "Hi there! 🙂" + a residence question under the
 *   screen name "notarydesk" (09: greets, names no one: fail); Spanish "Buenas tardes, le saluda Ramón, bibliotecario de …"
 *   (03), "Hola, buenas noches. Le atiende Lucía, bibliotecaria de …" (17), "Hola, le atiende Kim, del servicio Ask a
 *   Librarian de …" (27); bilingual "Hola! Thanks for writing. Soy Rosario, bibliotecaria del servicio Illinois Ask a
 *   Librarian" (12); "Xin chào! Hi, this is Vy, a librarian at …" (29); "Hi, thanks for contacting Ask a Librarian — this is
 *   Soren at …" (24); no provider ever joined, a queue line only (28);
 *  inquiry: branch, certified copy or hospital copy, which court, which country, job/school/license, signature or copy,
 *   commission expiry, ages of the children, which nursing home; a restatement ending in "?" (05: pass); the first source given
 *   before "Are they flying or crossing by land?" (08: fail); a question with "Take your time." in it (25: not a hold);
 *  waits: a hold ("Bear with me while I pull up …") answered exactly 120 s later (06: pass); "Give me a minute" then "Still
 *   digging — almost there." 114 s later, the answer 121 s after that (07: fail); "One moment while I check" with an
 *   internal question inside, answered 125 s later (30: fail, internal messages do not end a wait); a transfer notice answered
 *   69 s later by the receiver (21: pass) and 125 s later (23: fail); a silent transfer, the receiver 95 s after the patron
 *   (22: pass); 233 s waiting on the patron after "Take your time." (25: pass);
 *  endings: final idle of exactly 120 s (answer at 46, "Are you still there?" at 140, endedAt 166: check-in pass, courteous
 *   fail, 15); 181 s to a notice that invites back, with no check-in (16: idle fails, notice passes); 178 s with "¿Sigue
 *   ahí?" and a goodbye (17: check-in pass, notice na); 209 s ending on one message that asks and gives notice, no thanks (18:
 *   both pass, courteous fails); a true Lost Call in Spanish, "¿Todavía está conectado?" and "Parece que se desconectó … ¡Vuelva
 *   cuando quiera!" (27: 190 s); "We only allow 10 minutes per chat and your time is up. Bye." (19: dismissal, but courteous
 *   passes on the "Bye."); "several other patrons waiting … Please chat back in later" (20: allowed); the patron's "👍",
 *   "seriously?" and "ok" as the last line (09, 19, 20); patron-side "thats everything!!", "thats all i need", "eso es todo lo
 *   que necesitaba", "thats all for now", "that was all", "thats all", and "yes ty", "ok gracias", "yes thank you" that do not
 *   count;
 *  sources: Secretary of State pages (sos.state.tx.us, sos.ca.gov, sos.maryland.gov, dos.fl.gov, dos.pa.gov, dos.ny.gov,
 *   sos.oregon.gov, michigan.gov/sos, commonwealth.virginia.gov, apostille.gsccca.org), federal pages (uscis.gov, cbp.gov,
 *   travel.state.gov), embassy and consulate pages (it.usembassy.gov, uae-embassy.org, consulmex.sre.gob.mx,
 *   china-embassy.gov.cn, travel.gc.ca), wes.org and atanet.org, library notary pages, chase.com, dmv.ca.gov, a referral's
 *   phone;
 *  referrals: "check with the bank first" (04: no contact, fail); "mail the certified copy … to the Secretary of State's
 *   Authentications Unit; the mailing address … at sos.state.tx.us" (02: pass); "Puede enviar el acta por correo a la
 *   Secretaría o llevarla en persona … las direcciones … en sos.ca.gov" (03: pass); the Office of Authentications by phone
 *   (10); "llamar o visitar el Consulado General de México en Chicago" by URL (12); the Kings County Clerk by street address
 *   (14); "take it to a Secretary of State office — find one … at michigan.gov/sos" (18); "ask your county probate court
 *   clerk … send it to the Ohio Secretary of State" (20: no contact, fail); "Mail it to that office … the mailing address … at
 *   travel.state.gov" (21); "ask the front office there" (25: fail); "I'll ask the branch manager" (11), "our World Languages
 *   staff" (14) and "the reference staff at your home library … they'll get back to you" (12): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 71 h after the end (10: pass); a call-back promise with
 *   the phone read back and "by Monday", coded Answered (11: code fails, contact passes, pending); FU_LIB with the e-mail only
 *   in `patron.email` and no time, done after 50 h (12: contact fails, code and on_time pass); FU_ME with no contact anywhere
 *   (13: code and contact fail, pending); FU_ME with the phone typed by the patron and not read back, "within 72 hours", not
 *   recorded at day 4 (14: contact pass, on_time fail); a source with no codes (`resolutionCode` left undefined) and an
 *   e-mail promise read back "by Thursday" (29: code na, contact pass, pending);
 *  codes: Practice (26); a true Lost Call (27); Lost Call after two patron messages with no provider (28: fail); "" (30);
 *   none in the source (29);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass); the transferring provider's three other chats open only
 *   after the transfer (22: judged over the part she handled, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish and Vietnamese greetings ("Buenas tardes", "Hola", "Xin chào") greet; "le saluda Ramón, bibliotecario de …",
 *   "Le atiende Lucía, bibliotecaria de …", "le atiende Kim, del servicio Ask a Librarian de …" identify; "¿Le sirve esta
 *   información?" and "¿Le ayuda esto?" are the completeness question, "Does that cover it?" too; "¿Sigue ahí?" and
 *   "¿Todavía está conectado?" ask whether the patron is still there; "Parece que se desconectó, así que voy a cerrar el chat"
 *   tells the patron they seem to have disconnected and that the session ends; "tạm biệt" (Vietnamese) says goodbye;
 * - "eso es todo lo que necesitaba", "thats all for now", "thats all", "that was all" say explicitly that the patron is done;
 *   "ok gracias", "yes ty", "yes thank you", "nah we will mail it, thank u" do not;
 * - telling the patron to mail a document to an office or take it there in person ("mail the certified copy … to the
 *   Secretary of State's Authentications Unit", "enviar el acta por correo a la Secretaría o llevarla en persona", "Mail it to
 *   that office", "take it to a Secretary of State office") is telling them to write to or visit an organisation: a referral,
 *   reached here by the office's URL; requesting something on a website ("en línea en apostille.gsccca.org", "apply online")
 *   or being told who issues a document ("the Department of State issues the apostille") is not;
 * - "check with the bank first" (the patron's own bank) and "ask the front office there" (the nursing home's) tell the patron
 *   to ask an organisation: referrals with no way to reach them; "have the letter notarized" names no party: no referral;
 * - "Would you like me to look up the walk-in hours in Austin too?" offers something not yet given (02: completeness fails);
 * - "Which nursing home is it, or at least which town? Take your time." is a question, not a hold: the 233 s after it is a
 *   wait on the patron (25);
 * - "Are you still there? It looks like you've disconnected, so I'll end this chat in a moment." does both the check-in and
 *   the notice, and is not a goodbye (18); "We only allow 10 minutes per chat and your time is up. Bye." says goodbye (19:
 *   courteous passes while the dismissal fails);
 * - a transfer: each provider "judged over the part they handled" (22: Odette's three other chats start after the transfer,
 *   so she never had more than three open while she handled it);
 * - `resolutionCode: undefined` is a field left out (29: the source has no codes, na), and a follow-up promise still makes a
 *   follow-up session there;
 * - a `followUps` entry 71 h (10) or 50 h (12) after `endedAt` is within 72 h.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (all three on referral.contact: 02, 11, 21). (A first attempt did not
 * compile: an apostrophe inside a single-quoted string in case 02; fixed by re-quoting, no label touched, labels copied aside
 * again before the run.) Label corrections: 0 (each of the three reread against RUBRIC's Referral term and referral.contact:
 * the labels stand).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "mail the certified copy … to the Secretary of State's Authentications Unit; the mailing
 *    address and the form are at sos.state.tx.us/authinfo.shtml" read as no referral (na; RUBRIC pass: the patron is told to
 *    write to an office, and it comes with a URL);
 *  - referral.contact, case 11: "Our notaries can notarize signatures … I'll ask the branch manager and call you back" read as
 *    a referral with no contact (fail; RUBRIC na: staff consulted on the patron's behalf, nobody the patron is told to contact);
 *  - referral.contact, case 21: "Mail it to that office with Form DS-4194; the mailing address, the steps and the form are at
 *    travel.state.gov" read as a referral with no contact (fail; RUBRIC pass: the one office comes with a URL).
 * Every timing check (pickup at 62 s and by `pickedUpAt` at 59 s, no provider; keep_informed at exactly 120 s after a hold,
 * 121 s after a "still digging", 125 s across an internal message and after a transfer notice, 95 s across a silent transfer,
 * 233 s of waiting on the patron after "Take your time."; final idles of 120, 178, 181, 190 and 209 s; concurrency at four, at
 * touching ends and over the transferring provider's part only; on_time done at 71 h and 50 h, unrecorded past the deadline,
 * pending three times) and every code (Practice, a true Lost Call, Lost Call after two patron messages with no provider, "",
 * no codes in the source, a promise under Answered, follow-up codes with and without a contact) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, only in
 * `patron.email`; patron phones read back and typed only; library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 02 ("… to the Secretary of
 *   State's Authentications Unit", W6), case 11 ("they can't give legal advice or draft a will": "a will" is a noun, W20) and case
 *   21 ("; the mailing address, the steps and the form are at travel.state.gov", W21) run; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-n', name: 'Priya', library: 'FCPL-VA' };
const BO: Prov = { id: 'bo-n', name: 'Bo', library: 'HCPL-TX' };
const RAMON: Prov = { id: 'ramon-n', name: 'Ramón', library: 'SDPL' };
const KEIKO: Prov = { id: 'keiko-n', name: 'Keiko', library: 'HCLS' };
const LIONEL: Prov = { id: 'lionel-n', name: 'Lionel', library: 'BPL-MA' };
const WANDA: Prov = { id: 'wanda-n', name: 'Wanda', library: 'OCLS' };
const THEO: Prov = { id: 'theo-n', name: 'Theo', library: 'DPL-CO' };
const INES: Prov = { id: 'ines-n', name: 'Ines', library: 'EPPL' };
const DESK: Prov = { id: 'desk-n', name: 'notarydesk', library: 'CLP' };
const CORINNE: Prov = { id: 'corinne-n', name: 'Corinne', library: 'AUN' };
const MALIK: Prov = { id: 'malik-n', name: 'Malik', library: 'CPL-OH' };
const ROSARIO: Prov = { id: 'rosario-n', name: 'Rosario', library: 'IAL' };
const AGNES: Prov = { id: 'agnes-n', name: 'Agnes', library: 'FWPL' };
const DMITRI: Prov = { id: 'dmitri-n', name: 'Dmitri', library: 'QPL' };
const FERN: Prov = { id: 'fern-n', name: 'Fern', library: 'TCCL' };
const GUSTAVO: Prov = { id: 'gustavo-n', name: 'Gustavo', library: 'SPL-CA' };
const LUCIA: Prov = { id: 'lucia-n', name: 'Lucía', library: 'GCPL' };
const ISAAC: Prov = { id: 'isaac-n', name: 'Isaac', library: 'KDL' };
const JUNO: Prov = { id: 'juno-n', name: 'Juno', library: 'MDPLS' };
const KAMAL: Prov = { id: 'kamal-n', name: 'Kamal', library: 'CHPL' };
const MOIRA: Prov = { id: 'moira-n', name: 'Moira', library: 'PPLD' };
const NICO: Prov = { id: 'nico-n', name: 'Nico', library: 'PPLD' };
const ODETTE: Prov = { id: 'odette-n', name: 'Odette', library: 'RPL-VA' };
const PETRA: Prov = { id: 'petra-n', name: 'Petra', library: 'RPL-VA' };
const QUENTIN: Prov = { id: 'quentin-n', name: 'Quentin', library: 'KCLS' };
const RENATA: Prov = { id: 'renata-n', name: 'Renata', library: 'KCLS' };
const SOREN: Prov = { id: 'soren-n', name: 'Soren', library: 'PHXPL' };
const TAMSIN: Prov = { id: 'tamsin-n', name: 'Tamsin', library: 'SPL-OR' };
const TRAINEE: Prov = { id: 'trainee-n', name: 'Trainee 12', library: 'TRN' };
const KIM: Prov = { id: 'kim-n', name: 'Kim', library: 'SIL' };
const NOBODY: Prov = { id: 'queue-n', name: 'Queue', library: 'VRQ' };
const VY: Prov = { id: 'vy-n', name: 'Vy', library: 'SJPL' };
const YUSUF: Prov = { id: 'yusuf-n', name: 'Yusuf', library: 'LACL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Every librarian is helping someone right now. You are next in line.'];

export const sixtyThirdRoundNotary: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 free notary for a car title in Fairfax: "this is Priya at Fairfax County Public Library", which branch, notary page, "thats everything!!"', [
    [0, 'p', 'hey does the library do free notary?? i need a car title signed off. fairfax'],
    [22, 'l', 'Good evening, this is Priya at Fairfax County Public Library — thanks for reaching out!'],
    [27, 'l', 'Which branch is most convenient for you? Notary hours differ from branch to branch.'],
    [60, 'p', 'reston probably'],
    [67, 'l', 'Reston Regional has a notary on Tuesdays and Saturdays, free for anyone, by appointment. The schedule and booking link are at fairfaxcounty.gov/library/services/notary. Bring the title unsigned, plus a photo ID.'],
    [72, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes perfect thats everything!!'],
    [116, 'l', 'Have a great evening, and thanks for chatting!'],
  ], usual()),

  // 02 an offer of something not yet given instead of the completeness question
  s(BO, '02 apostille on a Houston birth certificate for Mexico: Texas SOS authentications page, "Would you like me to look up … too?" (an offer), "Anything else"', [
    [0, 'p', 'how do i get an apostille on my daughters birth certificate, shes born in houston and we need it for mexico'],
    [18, 'l', "Hi! You've got Bo, reference librarian with Harris County Public Library."],
    [24, 'l', 'Do you already have a certified copy issued by Texas Vital Statistics, or only the hospital souvenir certificate?'],
    [58, 'p', 'i have a certified copy from the state'],
    [64, 'l', "Good, that is the one you need. The Texas Secretary of State issues apostilles for documents going to Hague countries like Mexico: mail the certified copy with Form 2101 and $15 per document to the Secretary of State's Authentications Unit; the mailing address and the form are at sos.state.tx.us/authinfo.shtml"],
    [70, 'l', 'Would you like me to look up the walk-in hours in Austin too?'],
    [105, 'p', 'nah we will mail it, thank u'],
    [110, 'l', 'Anything else I can help you with?'],
    [140, 'p', 'no thats it'],
    [145, 'l', 'Take care, bye!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 03 Spanish
  s(RAMON, '03 apostillar un acta de nacimiento de San Diego para la doble nacionalidad (Spanish): "le saluda Ramón, bibliotecario", sos.ca.gov, "eso es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, necesito apostillar el acta de nacimiento de mi hijo nacido en san diego para tramitar la doble nacionalidad en mexico'],
    [30, 'l', 'Buenas tardes, le saluda Ramón, bibliotecario de la Biblioteca Pública de San Diego. Con gusto le oriento.'],
    [36, 'l', '¿Ya tiene una copia certificada del acta emitida por el condado de San Diego?'],
    [80, 'p', 'si la saque el mes pasado'],
    [87, 'l', 'Perfecto. La apostilla la emite la Secretaría de Estado de California (Secretary of State) y cuesta $20 por documento. Puede enviar el acta por correo a la Secretaría o llevarla en persona a sus oficinas de Sacramento o Los Ángeles; las direcciones y el formulario están en sos.ca.gov/notary/apostille.'],
    [93, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si, eso es todo lo que necesitaba. mil gracias'],
    [146, 'l', '¡Con gusto! Que tenga buena tarde y gracias por usar el chat.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 62 s; "check with the bank first" (a referral with no contact)
  s(KEIKO, '04 remote online notarization of a POA in Maryland: 62 s pickup, sos.maryland.gov, "check with the bank first" with no contact', [
    [0, 'p', 'can i get something notarized online? im in maryland and cant get to a notary this week'],
    [62, 'l', 'Hello, Keiko here, a librarian with Howard County Library System. Sorry to keep you waiting!'],
    [68, 'l', 'What kind of document is it, and will it be used in Maryland or somewhere else?'],
    [110, 'p', 'its a power of attorney for my dad, staying in MD'],
    [117, 'l', "Maryland allows remote online notarization: a Maryland notary with a remote commission can notarize by live video. The Secretary of State's notary search lists them (sos.maryland.gov, Notary Public > Find a Notary). One caution: some banks insist on a wet-ink POA, so check with the bank first."],
    [123, 'l', 'Does this help?'],
    [165, 'p', 'yeah that helps a lot, thats all i need'],
    [170, 'l', 'Glad to help — goodbye, and good luck to you and your dad!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // 05 pickedUpAt 59 s, first visible line at 100; a restatement with a question mark
  s(LIONEL, '05 certified translation of a Brazilian birth certificate for USCIS: pickedUpAt 59 s, first line at 100, "So you need … ?", uscis.gov', [
    [0, 'p', 'do i need a certified translation of my brazilian birth certificate for uscis or can i translate it myself'],
    [100, 'l', "Hi, Lionel here from Boston Public Library's Ask a Librarian. Thanks for your patience."],
    [106, 'l', 'So you need your Portuguese birth certificate in English for a USCIS application, and want to know who may translate it?'],
    [140, 'p', 'yes for my green card'],
    [147, 'l', "USCIS wants a full English translation with a signed statement from the translator that they're competent in both languages and that it's accurate (8 CFR 103.2(b)(3)). It doesn't have to be a paid service, but you can't certify your own translation. It's explained on uscis.gov (search \"translation requirements\")."],
    [153, 'l', 'Is that what you were looking for?'],
    [190, 'p', 'yes ok so my cousin can do it. thanks thats all'],
    [196, 'l', 'Exactly. Thanks for chatting — bye!'],
  ], usual(), { pickedUpAt: at(59) }),

  // 06 a hold answered exactly 120 s later
  s(WANDA, '06 Florida apostille fee for a diploma going to Spain: "Bear with me while I pull up the current fee schedule." answered exactly 120 s later, dos.fl.gov', [
    [0, 'p', 'hi how much does florida charge for an apostille? and how long does it take'],
    [15, 'l', "Hello! Wanda with Orange County Library System's chat service."],
    [20, 'l', 'Is the document a Florida vital record, or something notarized here, like a copy of a diploma?'],
    [50, 'p', 'its a notarized copy of my diploma, for spain'],
    [56, 'l', 'Bear with me while I pull up the current fee schedule.'],
    [176, 'l', 'Thanks for waiting. The Florida Department of State charges $10 per apostille, and requests by mail usually take about a week. Details: dos.fl.gov/sunbiz/other-services/apostille-certification. Does that cover it?'],
    [220, 'p', 'yep, thank you'],
    [225, 'l', 'Anything else today?'],
    [250, 'p', 'nope'],
    [255, 'l', 'Great — thanks for chatting, and good luck in Spain!'],
  ], usual()),

  // 07 holds of 114 s and then 121 s
  s(THEO, '07 a Mexican diploma translated for a WES evaluation: "Give me a minute" then "Still digging" 114 s later, the answer 121 s after that, atanet.org', [
    [0, 'p', 'need my mexican university diploma translated for a WES evaluation, does it have to be a certified translator? where do i find one'],
    [20, 'l', "Hi, I'm Theo, a librarian at Denver Public Library."],
    [26, 'l', 'Is the evaluation for a job, school admission, or a license?'],
    [60, 'p', 'nursing license in colorado'],
    [66, 'l', 'Give me a minute to look at what WES asks for.'],
    [180, 'l', 'Still digging — almost there.'],
    [301, 'l', 'Sorry that took a while. WES accepts word-for-word English translations from a certified translator or from the school itself; the rules are on wes.org/required-documents. For a certified Spanish translator, the American Translators Association has a searchable directory at atanet.org (Find a Translator).'],
    [307, 'l', 'Does that help?'],
    [350, 'p', 'yes thank you'],
    [356, 'l', 'Anything else I can look up?'],
    [380, 'p', 'no thanks'],
    [384, 'l', 'Take care, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 the source before the question
  s(INES, '08 a notarized consent letter for a son flying to Chihuahua with his dad: cbp.gov given first, then "Are they flying or crossing by land?"', [
    [0, 'p', 'my son is going to mexico with his dad only, do i need to notarize a letter saying i give permission?'],
    [25, 'l', "Hi there, Ines at El Paso Public Library's chat reference here."],
    [30, 'l', 'CBP recommends a consent letter whenever a child travels with only one parent; see the "traveling with children" answer at cbp.gov (search "children traveling with one parent"). Mexico also has its own permission form, the SAM form, for minors leaving Mexico without both parents.'],
    [35, 'l', 'Are they flying or crossing by land?'],
    [70, 'p', 'flying from el paso to chihuahua and back'],
    [77, 'l', "Then have the letter notarized and send a copy of your ID with it. Our branches' free notary schedule is at elpasolibrary.org/notary. Does that answer your question?"],
    [120, 'p', 'yes thank you thats all i needed'],
    [126, 'l', 'Safe travels to your son, and thanks for using the chat!'],
  ], usual({ clarify: 'fail' })),

  // 09 greets, names no one; the patron has the last word
  s(DESK, '09 becoming a notary in Pennsylvania (chat-speak): "Hi there! 🙂" + a residence question under the screen name "notarydesk", dos.pa.gov, patron "👍" last', [
    [0, 'p', 'how do i become a notary in PA?? is there a test or do u just apply'],
    [12, 'l', 'Hi there! 🙂'],
    [17, 'l', 'Are you a Pennsylvania resident, or do you work in PA and live elsewhere?'],
    [45, 'p', 'live in pittsburgh'],
    [51, 'l', 'In PA you take a 3-hour approved notary education course, pass the state exam (given by Pearson VUE), then apply online. The Department of State walks through it at dos.pa.gov (Notaries > Become a Notary).'],
    [56, 'l', 'was that helpful?'],
    [90, 'p', 'ya super helpful ty thats all'],
    [94, 'l', 'awesome, bye!'],
    [99, 'p', '👍'],
  ], usual({ greeting: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done 71 h after the end; the Office of Authentications by phone
  s(CORINNE, '10 a Maryland marriage certificate for the UAE (follow-up by me): Office of Authentications by phone, e-mail read back, "by Friday", done at 71 h', [
    [0, 'p', "I need my marriage certificate from Maryland authenticated for the UAE embassy. I heard an apostille doesn't work for the UAE?"],
    [20, 'l', "Good afternoon! I'm Corinne, a librarian with Ask Us Now!"],
    [26, 'l', 'Was the certificate issued by a Maryland circuit court, and are you in the UAE or here?'],
    [70, 'p', 'baltimore county circuit court, im here in MD'],
    [77, 'l', "Right — the UAE isn't in the Apostille Convention, so it's a chain: an authentication from the Maryland Secretary of State (sos.maryland.gov, Authentications), then the U.S. Department of State, then the UAE Embassy (uae-embassy.org, Attestation). For the federal step, call the Office of Authentications at 202-555-0147."],
    [84, 'l', "The embassy's attestation rules change often, so I'll check their current requirements and e-mail you a summary. What e-mail should I use?"],
    [130, 'p', 'sure its h.rahman.md@example.com'],
    [136, 'l', "Thanks — h.rahman.md@example.com. I'll send it by Friday."],
    [142, 'l', 'Does the Maryland page help in the meantime?'],
    [180, 'p', 'yes thanks, thats all for now'],
    [186, 'l', 'Thank you for contacting Ask Us Now — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back, phone read back, "by Monday", coded Answered
  s(MALIK, '11 can the library notary do a will and witnesses: "ask the branch manager and call you back by Monday", phone read back, coded Answered', [
    [0, 'p', 'does ur notary do wills? and do you have witnesses there too'],
    [24, 'l', 'Hey, thanks for writing in! Malik at Cleveland Public Library here.'],
    [30, 'l', 'Which branch were you hoping to use?'],
    [60, 'p', 'main library downtown'],
    [66, 'l', "Our notaries can notarize signatures, but they can't give legal advice or draft a will, and an Ohio will needs two witnesses, which staff usually can't be. Notary hours are at cpl.org/notary. I'm not sure whether Main has volunteers who witness, so I'll ask the branch manager and call you back by Monday. What's a good number?"],
    [110, 'p', '216 555 0193'],
    [116, 'l', 'Got it, 216-555-0193. Does the hours page help for now?'],
    [150, 'p', 'yes ty'],
    [156, 'l', 'Thanks for chatting, talk to you soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 partly Spanish; follow-up by the patron's library; the e-mail only in patron.email; done 50 h after the end
  s(ROSARIO, '12 poder notarial para vender un terreno en Jalisco (partly Spanish, follow-up by patron\'s library): consulado by URL, e-mail only in patron.email, done at 50 h', [
    [0, 'p', 'hola, necesito un poder notarial para que mi hermano venda mi terreno en jalisco. can a regular notary here do it or has to be the consulate?'],
    [28, 'l', 'Hola! Thanks for writing. Soy Rosario, bibliotecaria del servicio Illinois Ask a Librarian — puedo ayudarle en español.'],
    [34, 'l', '¿El poder es para vender un inmueble en México?'],
    [70, 'p', 'si, para vender'],
    [76, 'l', 'Para vender un inmueble en México, el poder normalmente se otorga ante el consulado mexicano, que actúa como notario. Le recomiendo llamar o visitar el Consulado General de México en Chicago; las citas se piden en consulmex.sre.gob.mx/chicago.'],
    [82, 'l', '¿Le ayuda esto?'],
    [130, 'p', 'si pero quiero saber cuanto cuesta'],
    [136, 'l', "No encuentro la tarifa actual en la página. I'll pass your question to the reference staff at your home library, Aurora Public Library, and they'll get back to you with the fee."],
    [170, 'p', 'ok gracias'],
    [175, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass', referral: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'lupe.garza@example.org', phone: null }, followUps: [{ doneAt: at(180 + 50 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me with no contact anywhere
  s(AGNES, '13 notarizing a signature on a Korean document (follow-up by me): "e-mail you what I find by tomorrow", no address asked or known', [
    [0, 'p', 'can a notary notarize a document in korean? the notary at my bank said no'],
    [20, 'l', 'Hello, Agnes at the Fort Worth Library Ask a Librarian service.'],
    [26, 'l', 'Is it your signature being notarized on the Korean document, or a copy being certified?'],
    [70, 'p', 'my signature, its for a property thing in korea'],
    [76, 'l', "In Texas a notary may notarize a signature on a document in another language as long as the notarial certificate is in English and the notary can talk with you directly. The Secretary of State's notary education page covers it: sos.state.tx.us/statdoc/notary-public.shtml. Since it's for Korea you may also need an apostille; I'll look into that and e-mail you what I find by tomorrow."],
    [82, 'l', 'Does that help for now?'],
    [120, 'p', 'yes thank you'],
    [125, 'l', 'You bet, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 follow-up by me: phone typed by the patron, not read back, "within 72 hours", not recorded at day 4; the County Clerk by address
  s(DMITRI, '14 apostille for a Kings County divorce decree going to Italy (follow-up by me): County Clerk by street address, phone typed not read back, "within 72 hours", unrecorded at day 4', [
    [0, 'p', 'I need an apostille for my divorce decree from Kings County for use in Italy, how does NY do this?'],
    [22, 'l', "Hi! You're chatting with Dmitri, a librarian at Queens Public Library."],
    [28, 'l', "Is it a certified copy from the County Clerk, or the court's own copy?"],
    [70, 'p', 'certified copy from the county clerk'],
    [77, 'l', "Then in New York it's two steps. First take it to the Kings County Clerk's office, 360 Adams Street, Brooklyn, for the clerk's authentication; then the Department of State issues the apostille, explained at dos.ny.gov/apostille-or-certificate-authentication. Italy may also want an Italian translation — I'll check with our World Languages staff and get back to you within 72 hours. Best number to reach you?"],
    [130, 'p', '718-555-0166 evenings'],
    [136, 'l', 'Perfect. Does the DOS page answer the apostille part?'],
    [170, 'p', 'yes it does. thats all for now thanks'],
    [176, 'l', 'Thanks for using the chat — have a good night!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 15 final idle exactly 120 s, ending on a check-in
  s(FERN, '15 do banks notarize for free (Chase): answer at 46, "Are you still there?" at 140, endedAt 166 (final idle 120 s), no goodbye', [
    [0, 'p', 'is notary free at banks? i bank with chase'],
    [18, 'l', 'Hi, Fern here, a librarian with Tulsa City-County Library.'],
    [24, 'l', 'Is it one signature, or a packet like loan papers?'],
    [40, 'p', 'just one signature on an affidavit'],
    [46, 'l', "Most big banks notarize free for their own customers, though it's up to each branch and some only do bank documents. Chase lists notary among its branch services at chase.com (Locations > Services > Notary). Does that help?"],
    [140, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(166) }),

  // 16 a notice that invites back, 181 s into the final idle, no check-in
  s(GUSTAVO, '16 a certified copy of a passport for a school in Germany: answer at 61, "It looks like you\'ve disconnected … come back anytime!" at 242 (181 s), no check-in', [
    [0, 'p', 'can the library notary make a certified copy of my passport? the school abroad wants a certified copy'],
    [20, 'l', 'Good morning — Gustavo, librarian at Sacramento Public Library, here to help.'],
    [26, 'l', 'Which country is the school in?'],
    [55, 'p', 'germany'],
    [61, 'l', "California notaries can't certify a copy of a passport; they can only certify copies of powers of attorney. What works instead is a copy certification by document custodian: you sign a statement that the copy is true, and the notary notarizes your signature. The Secretary of State's Notary Public Handbook explains it: sos.ca.gov/notary/handbook. Does that answer your question?"],
    [242, 'l', "It looks like you've disconnected, so I'm going to close this chat. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 Spanish; final idle 178 s with a check-in and a goodbye
  s(LUCIA, '17 apostillar antecedentes penales del GBI para Colombia (Spanish): "Le atiende Lucía, bibliotecaria", apostille.gsccca.org, "¿Sigue ahí?", despedida a los 178 s', [
    [0, 'p', 'hola necesito apostillar un certificado de antecedentes penales de georgia para colombia, donde se hace?'],
    [26, 'l', 'Hola, buenas noches. Le atiende Lucía, bibliotecaria de Gwinnett County Public Library.'],
    [32, 'l', '¿El certificado es del GBI (estatal) o del FBI (federal)?'],
    [70, 'p', 'del GBI'],
    [76, 'l', 'En Georgia las apostillas las tramita la Georgia Superior Court Clerks\' Cooperative Authority, en línea en apostille.gsccca.org. El documento tiene que estar firmado por un funcionario de Georgia o notarizado antes de pedirla. ¿Le sirve esta información?'],
    [196, 'l', '¿Sigue ahí?'],
    [254, 'l', 'Gracias por escribirnos. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 one message asks and gives notice; no goodbye; final idle 209 s
  s(ISAAC, '18 a car title notarized through an app in Michigan: SOS office by URL, "Are you still there? It looks like you\'ve disconnected, so I\'ll end this chat" (209 s), no thanks', [
    [0, 'p', 'is it legit to get notarized thru an app like proof or notarize? selling my car in michigan'],
    [15, 'l', 'Hi! Isaac at Kent District Library, happy to help.'],
    [21, 'l', 'Is the buyer asking for the notarization, or the Secretary of State?'],
    [50, 'p', 'the buyer wants the title notarized'],
    [56, 'l', "Michigan does allow remote electronic notarization by Michigan-commissioned notaries, and apps like those use them. But a Michigan vehicle title doesn't need a notary at all: you both sign it, then take it to a Secretary of State office — find one and book a visit at michigan.gov/sos. Does that answer your question?"],
    [260, 'l', "Are you still there? It looks like you've disconnected, so I'll end this chat in a moment."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 19 "your time is up"
  s(JUNO, '19 becoming a notary in Florida, then stamps, journal, fees and weddings: "We only allow 10 minutes per chat and your time is up. Bye.", patron "seriously?" last', [
    [0, 'p', 'how do i become a notary in florida'],
    [20, 'l', 'Hi, this is Juno, a librarian with Miami-Dade Public Library System.'],
    [26, 'l', 'Are you 18 or older and a Florida resident? Those are the two basic requirements.'],
    [50, 'p', 'yes 34 and live in hialeah'],
    [56, 'l', "Then you take a 3-hour approved notary course, buy a $7,500 notary bond and send in the application. Florida's notary section explains each step at flgov.com/notary. Is that what you were after?"],
    [90, 'p', 'yes. what about the stamp, and the journal, and can i charge for it and how much, and can i do weddings'],
    [97, 'l', 'We only allow 10 minutes per chat and your time is up. Bye.'],
    [110, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 other patrons waiting, invited back; the probate clerk and the Ohio SOS with no contact
  s(KAMAL, '20 a civil wedding in Florence: it.usembassy.gov, "ask your county probate court clerk … send it to the Ohio Secretary of State" (no contact), "several other patrons waiting … chat back in later"', [
    [0, 'p', 'getting married in italy next yr what documents do i need to get apostilled'],
    [24, 'l', "Hello and welcome! I'm Kamal, a librarian at the Public Library of Cincinnati and Hamilton County."],
    [30, 'l', 'Are you both U.S. citizens, and is it a civil or a church wedding?'],
    [75, 'p', 'both US, civil in florence'],
    [82, 'l', "The U.S. Embassy in Italy lists what Americans need: usually a certified birth certificate with an apostille, plus a sworn declaration made at a U.S. consulate in Italy. Their page is it.usembassy.gov (U.S. Citizen Services > Marriage). For the apostille, ask your county probate court clerk for a certified copy first, then send it to the Ohio Secretary of State."],
    [88, 'l', 'Does that help?'],
    [130, 'p', 'yes! also the translation, and do i need blood tests, and what about my name change after'],
    [137, 'l', "Those are good questions, but I have several other patrons waiting right now. Please chat back in later or tomorrow and we'll happily take them one by one. Thanks for understanding!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 21 a transfer with a notice and a note that says why
  s(MOIRA, '21 an FBI background check for a Spanish visa: transfer notice + internal note why, Nico answers 69 s after the notice, travel.state.gov', [
    [0, 'p', 'i got my FBI background check for a visa in spain, do I apostille it with the state or who?'],
    [22, 'l', "Hi, I'm Moira with Ask a Librarian at Pikes Peak Library District."],
    [28, 'l', 'Is it the electronic FBI report from the online portal, or the paper one with the seal and signature?'],
    [65, 'p', 'paper one with seal'],
    [71, 'l', "My colleague Nico handles a lot of federal document questions — I'm transferring you to him now, one moment please."],
    [74, 'i', 'Nico, patron needs an apostille on a paper FBI Identity History Summary for a Spanish visa. Federal doc, your area — can you take it?'],
    xfer(77, 'Nico', 'nico-n'),
    [140, 'l', "Hi, Nico here, reference librarian. FBI reports are federal documents, so the apostille comes from the U.S. Department of State's Office of Authentications, not the state. Mail it to that office with Form DS-4194; the mailing address, the steps and the form are at travel.state.gov (search \"authentications\"). Is this what you needed?", as(NICO)],
    [185, 'p', 'yes!! thank you thats everything'],
    [190, 'l', 'Great, good luck with the visa — bye!', as(NICO)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 22 a silent transfer; the first provider busy only after the transfer
  s(ODETTE, '22 an electronic notary commission in Virginia: internal note only, silent transfer, Petra 95 s after the patron; Odette\'s three other chats open only after the transfer', [
    [0, 'p', "i'm already a notary in virginia, how do i become an electronic notary?"],
    [18, 'l', 'Hello! Odette from Richmond Public Library here.'],
    [24, 'l', 'When does your current commission expire?'],
    [55, 'p', 'next august'],
    [60, 'i', 'Petra, VA electronic notary commission q, you wrote our e-notary guide — can you take it?'],
    xfer(63, 'Petra', 'petra-n'),
    [150, 'l', "Hi, Petra here, also with Richmond Public Library. Virginia lets current notaries apply for an electronic notary commission; you'll need an approved e-notary platform and an electronic seal. The Secretary of the Commonwealth's page is commonwealth.virginia.gov (Notaries > Electronic Notary). Does that help?", as(PETRA)],
    [190, 'p', 'yes perfect thanks that was all'],
    [195, 'l', 'Thanks for chatting, goodbye!', as(PETRA)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('o1', 'odette-n', 100, 400), other('o2', 'odette-n', 110, 400), other('o3', 'odette-n', 120, 400)],
  }),

  // 23 an announced transfer with no internal note, answered 125 s after the notice
  s(QUENTIN, '23 a consent letter for kids flying to Canada with grandma: "hand you to Renata … hang tight a sec", no internal note, Renata 125 s later, travel.gc.ca', [
    [0, 'p', 'my kids are flying to canada with their grandma this summer, does the consent letter have to be notarized'],
    [20, 'l', 'Hey there, Quentin with the King County Library System Ask Us service.'],
    [26, 'l', 'How old are the kids, and will both parents sign the letter?'],
    [66, 'p', '8 and 11, yes both of us'],
    [72, 'l', "I'm going to hand you to Renata, who knows the border rules better than me — hang tight a sec."],
    xfer(75, 'Renata', 'renata-n'),
    [197, 'l', "Hi, Renata here! Canada strongly recommends a consent letter signed by both parents when kids travel with another adult; notarizing it isn't required but makes border questions much easier. The Government of Canada has a sample letter at travel.gc.ca (Travelling with children > Consent letter). Did that help?", as(RENATA)],
    [240, 'p', 'yes thanks, thats everything'],
    [245, 'l', 'You bet, have a great trip and thanks for writing!', as(RENATA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 four at once
  s(SOREN, '24 an Arizona notary for an Illinois deed: 765 ILCS 30, cookcountyclerkil.gov, three other chats open at once over this one (four)', [
    [0, 'p', 'can a notary in arizona notarize a deed for property in illinois?'],
    [19, 'l', 'Hi, thanks for contacting Ask a Librarian — this is Soren at Phoenix Public Library.'],
    [25, 'l', 'Will you be signing the deed in Arizona, and is it being recorded in Illinois?'],
    [60, 'p', 'yes signing here, recording in cook county'],
    [66, 'l', "Yes: Illinois recognizes notarial acts done in other states (765 ILCS 30, the Uniform Recognition of Acknowledgments Act), so an Arizona notary can take your acknowledgment. The Cook County Clerk's recordings page lists the formatting rules: cookcountyclerkil.gov (Recordings). Does that answer your question?"],
    [110, 'p', "yes that's all I needed, thanks"],
    [115, 'l', 'Thank you, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('s1', 'soren-n', -100, 200), other('s2', 'soren-n', 10, 300), other('s3', 'soren-n', 40, 90)],
  }),

  // 25 three at most, touching ends; "Take your time" (no hold) then a long wait on the patron; the front office with no contact
  s(TAMSIN, '25 a POA for a mother in a Keizer nursing home: "… Take your time." then 233 s for the patron, sos.oregon.gov, "ask the front office there" (no contact), touching chats', [
    [0, 'p', 'my mom is in a nursing home and needs a POA notarized. can someone come to her?'],
    [21, 'l', "Good afternoon! You're chatting with Tamsin, a librarian at Salem Public Library."],
    [27, 'l', 'Which nursing home is it, or at least which town? Take your time.'],
    [260, 'p', 'sorry had to check, its in keizer'],
    [266, 'l', "Oregon has mobile notaries who travel to you for a fee; the Secretary of State's notary search finds commissioned notaries by city: sos.oregon.gov/business/Pages/find-notary.aspx. Many nursing homes also have a staff notary, so ask the front office there first."],
    [272, 'l', 'Did that help?'],
    [310, 'p', 'yes, that is all I needed, thank you!'],
    [315, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tamsin-n', -200, 0), other('t2', 'tamsin-n', -50, 100), other('t3', 'tamsin-n', 90, 500), other('t4', 'tamsin-n', 320, 700)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (apostille macro test): coded Practice, every check na', [
    [0, 'p', 'test — apostille canned message'],
    [5, 'l', 'Hi, testing the apostille macro: sos.state.tx.us/authinfo.shtml'],
    [11, 'p', 'link works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 Spanish; a true Lost Call: greeting, check-in, notice that invites back
  s(KIM, '27 horario del notario el sábado (Spanish, Lost Call): saludo, "¿Todavía está conectado?" a los 145, aviso que invita a volver a los 210 (190 s)', [
    [0, 'p', 'a que hora esta el notario en la biblioteca el sabado'],
    [20, 'l', 'Hola, le atiende Kim, del servicio Ask a Librarian de Sno-Isle Libraries.'],
    [145, 'l', '¿Todavía está conectado?'],
    [210, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 no provider ever joined, coded Lost Call after two patron messages
  s(NOBODY, '28 can the library notary do an I-9 (emoji): no provider ever joined, "helloooo", patron left, coded Lost Call after two patron messages', [
    [0, 'p', 'anyone there? need to know if the library notary can do an I-9 form 🙏'],
    busy(3),
    [170, 'p', 'helloooo'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 a source with no codes; a promise, e-mail read back, "by Thursday"
  s(VY, '29 a Vietnamese marriage certificate for a REAL ID name change (no codes in the source): "Xin chào! Hi, this is Vy", dmv.ca.gov, e-mail read back, "by Thursday"', [
    [0, 'p', 'hi can the DMV accept my vietnamese marriage certificate for name change or need translate?'],
    [17, 'l', 'Xin chào! Hi, this is Vy, a librarian at San José Public Library.'],
    [23, 'l', 'Are you changing your name on a regular California driver license, or on a REAL ID application?'],
    [60, 'p', 'real id'],
    [66, 'l', "For REAL ID the California DMV needs a certified English translation of any document that isn't in English. Their list of name change documents is at dmv.ca.gov/realid (Name Change). I'd like to double-check whether they accept translations done outside the U.S. — I'll e-mail you the answer by Thursday. Which e-mail should I use?"],
    [110, 'p', 'ngoc.tran88@example.com'],
    [115, 'l', 'Thanks, ngoc.tran88@example.com it is. Does the DMV page help in the meantime?'],
    [150, 'p', 'yes thank u so much'],
    [155, 'l', 'Anything else I can help with?'],
    [175, 'p', 'no that is all'],
    [180, 'l', 'Have a wonderful day, tạm biệt!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 30 an internal question inside a hold (125 s); code ""
  s(YUSUF, '30 China and apostilles for a Shanghai POA: "One moment while I check" at 72, an internal question at 110, the answer at 197 (125 s), code ""', [
    [0, 'p', 'do i still need the chinese consulate to legalize my notarized documents or is apostille ok now?'],
    [24, 'l', "Hello, Yusuf here with LA County Library's Ask a Librarian chat."],
    [30, 'l', 'What kind of document is it, and is it for a visa or for a property or business matter?'],
    [66, 'p', 'power of attorney for selling an apartment in shanghai'],
    [72, 'l', 'One moment while I check when the change took effect.'],
    [110, 'i', 'anyone know the exact date China joined the Apostille Convention? Nov 2023?'],
    [197, 'l', "China joined the Apostille Convention on November 7, 2023, so a California apostille now replaces consulate legalization. The Chinese Embassy's notice is at china-embassy.gov.cn (Consular Services > Apostille), and the California steps are at sos.ca.gov/notary/apostille. Does that answer your question?"],
    [240, 'p', 'yes great news thanks. thats all'],
    [245, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundNotary.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: notaries, apostilles and document authentication, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundNotary.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundNotary.filter((c) => c.name in LEFT_WHY));
});
