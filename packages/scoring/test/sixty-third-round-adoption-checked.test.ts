/**
 * Sixty-third round, theme ADOPTION RECORDS AND BIRTH-FAMILY SEARCHES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: original birth certificates (Ohio's 1964-1996 files, New York's
 * pre-adoption certificate, Pennsylvania with a birth parent's redaction, Virginia, Oregon, Connecticut, New Jersey, Missouri,
 * Maryland's wait), state registries (the Texas Central Adoption Registry, the Illinois registry, Michigan's consent and denial
 * statements, Georgia's reunion registry), sealed court records (Baltimore County, a late mother's 1960 Tampa adoption, an Iowa
 * decree), international adoption papers (a Guatemalan adoptee's USCIS A-file in Spanish, a Korean file through Holt), DNA tests
 * (AncestryDNA or 23andMe), agencies that closed (Worcester, Louise Wise Services in New York), name changes after adoption
 * (a Social Security card, a Puerto Rico birth certificate, a Texas surname in Spanish), a Washington confidential intermediary,
 * Cherokee Nation citizenship for an Oklahoma adoptee, medical history in Arizona, and foster-to-adopt (LA County, Florida).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundAdoption-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there — you've got Priya, a librarian at …" (01); pickup at exactly 60 s with "Welcome to Ask a Librarian!
 *   Marcus here" (02: pass) and at 61 s with "Hi! Happy to help with that." under the screen name "refdesk3" (04: pickup and
 *   greeting fail); Spanish "Buenas tardes, habla Lucía, bibliotecaria del …" (03) and partly Spanish "¡Hola! Soy Inés,
 *   bibliotecaria de …" (30); "hey hey! Ari here, librarian @ Deschutes Public Library 👋" (14); "Hello from Fairfax County
 *   Public Library! My name is Jun." (13); a greeting split over "Hi!" and "Abe here, with St. Louis Public Library's chat
 *   service." (23); a Spanish queue line and no provider ever joined (28);
 *  inquiry: adopted in the same state or not, adoptee or relative, matched or own records, citizenship, agency name, kit or
 *   no kit, residence, county or private route, amended certificate arrived, Holt case number, decree or birth certificate,
 *   searching for oneself or a late mother; the IDPH page given before "Were you adopted in Illinois …?" (06: fail); a
 *   question and no source ever given (20: pass); "¿Tiene a mano el decreto …? Take your time, I need the date on it." (30);
 *  waits: a hold answered 118 s later (02: pass); a hold answered at 114 s, then a partial result that says the search goes
 *   on ("I'm still checking the part about birth parents, bear with me") answered 121 s later (05: fail); an announced transfer
 *   answered 74 s (21) and 119 s (23) after the notice (pass); a silent transfer, the receiver 130 s after the patron with the
 *   patron's "hello??" inside the wait (22: fail); "Take your time" and the patron back 204 s later (30: a wait on the patron,
 *   pass);
 *  endings: final idle of exactly 120 s with "Are you still with me?" and a goodbye (12: check-in pass, notice na); exactly
 *   180 s ending on "It looks like you may have disconnected, so I'm going to close this chat. Come back anytime!" with no
 *   check-in (13: check-in fails, notice passes); 179 s with "u still there?" and "ok, I'll be closing this chat in a minute."
 *   (14: check-in pass, notice na, courteous fails); 181 s of silence after the answer and a system "ended" (15: both fail,
 *   courteous fails); a true Lost Call with a 300 s idle, a check-in and a thanking notice (27); "Each chat is limited to 10
 *   minutes and one state, and we're out of time … Bye." (16: dismissal fails, courteous passes on the bye); "several
 *   patrons waiting … please chat back in later … Thanks for being patient!" (17: allowed); the patron's "seriously?? wow",
 *   "ok" and "ok thx" as the last line (16, 17, 29); patron-side "thats everything", "that's all I need", "es todo lo que
 *   necesitaba", "that was all i needed", "thats all", "that is all for now", "no other questions", "thats all I needed to
 *   know", "eso es todo", and "cool ty", "yes thank you!!", "ok" that do not count;
 *  sources: state health and vital records pages (odh.ohio.gov, dshs.texas.gov, health.ny.gov, health.pa.gov,
 *   dph.illinois.gov, vdh.virginia.gov, oregon.gov/oha, portal.ct.gov/dph, nj.gov, health.mo.gov, doh.wa.gov, michigan.gov/mdhhs,
 *   salud.pr.gov), first.uscis.gov and uscis.gov/records, mass.gov, mdcourts.gov, azcourts.gov, ssa.gov, dcfs.lacounty.gov,
 *   adoptflorida.org, dfcs.georgia.gov, the ISOGG wiki, spence-chapin.org, cherokee.org, a referral's phone; none (20: an
 *   unnamed "adoption reunion registry run by the state", fail);
 *  referrals: Holt's Post Adoption Services by URL and phone, and Korea's NCRC through kadoption.or.kr (17: pass); "call the
 *   probate court in the county where the adoption was finalized" with no contact (18: fail); the Polk County clerk by phone
 *   (19: pass); the genealogy librarian the provider will ask (08: no referral); the library staff who will call the patron
 *   (09: no referral, a follow-up);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at the latest", done 70 h after the end (07: pass); a promise
 *   ("I'll ask her … and get back to you") with no contact and no time, coded Answered (08: code and contact fail, pending);
 *   FU_LIB, phone read back, "within 72 hours", done after 75 h (09: on_time fails); FU_ME with the e-mail only in
 *   `patron.email` and no time (10: contact fails, code passes, pending); FU_ME with no contact anywhere, "tomorrow morning",
 *   unrecorded at day 4 (11: code, contact and on_time fail);
 *  codes: a true Lost Call (27); Lost Call after three patron lines (29); null with no provider (28); an empty string (30);
 *   Practice (26);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Buenas tardes", "¡Hola!") greet, and "habla Lucía, bibliotecaria de …" / "Soy Inés, bibliotecaria de
 *   …" identify; "¿Le sirve esta información?" is the completeness question; "es todo lo que necesitaba" and "eso es todo"
 *   say explicitly that the patron is done; "hey hey!" greets;
 * - a request form or online request on an agency's website ("the Adoptee Request Form … is at odh.ohio.gov", "Se pide … con
 *   una solicitud FOIA en línea en first.uscis.gov", "the registration form is at dfcs.georgia.gov", "their post-adoption page
 *   explains how adoptees request the file: spence-chapin.org") points to a site or form for the patron to use: a source, not
 *   a referral; "Start with Holt International's Post Adoption Services … or call them at …", "call the probate court …" and
 *   "call the clerk's office at …" tell the patron to contact a party: referrals;
 * - "I'll ask her which month it's on and get back to you" (08) consults staff on the patron's behalf and promises more later
 *   (a follow-up, no referral); "someone there will call you within 72 hours" (09) is a follow-up promise, not a referral;
 * - "Does the DCFS page answer the first part?", "Does that page give you what you need for now?" and "Does that help with the
 *   file part?" ask whether what was given meets the need (completeness);
 * - "I'll let you go for now. Thanks for writing in …" (12) to a silent patron thanks them (a goodbye) and is no dismissal;
 *   "Take care, bye!", "Bye for now!", "Great, take care — bye!" say goodbye; "Thanks for being patient!" thanks the patron;
 * - "Take your time, I need the date on it." (30) asks the patron for something: not a hold, so the 204 s that follow are a
 *   wait on the patron;
 * - "Hi!" and then "Abe here, with St. Louis Public Library's chat service." (23) greet and identify across the first two
 *   provider messages;
 * - "I'll be closing this chat in a minute." (14) announces the end, neither a goodbye nor a disconnect notice (and the idle
 *   is 179 s, so the notice is na anyway);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h (07); 75 h is not (09).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0 (no disagreement to reread the rubric over; no label was
 * changed after the run). Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at exactly 60 s and at 61 s, no provider; keep_informed at 118 s after a hold, 114 s then 121 s
 * after a partial result, 74 s and 119 s after transfer notices, 130 s across a silent transfer and the patron's "hello??",
 * 204 s on the patron after "Take your time"; final idles of 120, 179, 180, 181 and 300 s; concurrency at four and at
 * touching ends; on_time done at 70 h, late at 75 h, unrecorded past the deadline, pending twice), every code (Practice, true
 * and false Lost Call, null, "", a promise under Answered, follow-up codes with and without a contact), the three transfers
 * and the three referral shapes scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every case (a patron e-mail typed and read back, one only in `patron.email`, a patron phone read back; agency phones beside
 * them in 17 and 19).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). tsc clean.
 * ON v57 (block W): as on v56, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-a', name: 'Priya', library: 'CML-OH' };
const MARCUS: Prov = { id: 'marcus-a', name: 'Marcus', library: 'HPL-TX' };
const LUCIA: Prov = { id: 'lucia-a', name: 'Lucía', library: 'MDPLS' };
const REF3: Prov = { id: 'refdesk3-a', name: 'refdesk3', library: 'BECPL' };
const OWEN: Prov = { id: 'owen-a', name: 'Owen', library: 'CLP' };
const KEISHA: Prov = { id: 'keisha-a', name: 'Keisha', library: 'EPL-IL' };
const THEO: Prov = { id: 'theo-a', name: 'Theo', library: 'BPL-MA' };
const BEA: Prov = { id: 'bea-a', name: 'Bea', library: 'SPL-CA' };
const HAL: Prov = { id: 'hal-a', name: 'Hal', library: 'AUN' };
const RINA: Prov = { id: 'rina-a', name: 'Rina', library: 'LACL' };
const DOM: Prov = { id: 'dom-a', name: 'Dom', library: 'CCPL-OH' };
const SOL: Prov = { id: 'sol-a', name: 'Sol', library: 'KCLS' };
const JUN: Prov = { id: 'jun-a', name: 'Jun', library: 'FCPL-VA' };
const ARI: Prov = { id: 'ari-a', name: 'Ari', library: 'DPL-OR' };
const LENA: Prov = { id: 'lena-a', name: 'Lena', library: 'HPL-CT' };
const GREG: Prov = { id: 'greg-a', name: 'Greg', library: 'DELIB' };
const HYEJIN: Prov = { id: 'hyejin-a', name: 'Hye-jin', library: 'SPPL' };
const NELL: Prov = { id: 'nell-a', name: 'Nell', library: 'DPL-MI' };
const COLE: Prov = { id: 'cole-a', name: 'Cole', library: 'DMPL' };
const TESS: Prov = { id: 'tess-a', name: 'Tess', library: 'AAL-FL' };
const WES: Prov = { id: 'wes-a', name: 'Wes', library: 'TCCL' };
const DENA: Prov = { id: 'dena-a', name: 'Dena', library: 'TCCL' };
const IVY: Prov = { id: 'ivy-a', name: 'Ivy', library: 'NYPL' };
const RON: Prov = { id: 'ron-a', name: 'Ron', library: 'NYPL' };
const ABE: Prov = { id: 'abe-a', name: 'Abe', library: 'SLPL' };
const FAYE: Prov = { id: 'faye-a', name: 'Faye', library: 'SLPL' };
const KIM: Prov = { id: 'kim-a', name: 'Kim', library: 'OCLS' };
const BO: Prov = { id: 'bo-a', name: 'Bo', library: 'GCPL' };
const TRAINEE: Prov = { id: 'trainee-a', name: 'Trainee 2', library: 'TRN' };
const NADIA: Prov = { id: 'nadia-a', name: 'Nadia', library: 'AUN' };
const NOBODY: Prov = { id: 'queue-a', name: 'Queue', library: 'VRQ' };
const UMA: Prov = { id: 'uma-a', name: 'Uma', library: 'PPL-AZ' };
const INES: Prov = { id: 'ines-a', name: 'Inés', library: 'SCL-MA' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor espere en línea.'];

export const sixtyThirdRoundAdoption: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Ohio adoptee born 1971 and the opened 1964-1996 files: "you\'ve got Priya", adopted in Ohio too?, odh.ohio.gov, "thats everything"', [
    [0, 'p', 'hi! i was adopted in ohio in 1971 and heard i can get my original birth certificate now?? how'],
    [24, 'l', "Hi there — you've got Priya, a librarian at Columbus Metropolitan Library. Congrats on starting the search!"],
    [30, 'l', 'Was the adoption finalized in Ohio too, or only the birth? Ohio handles the two a little differently.'],
    [70, 'p', 'both in ohio, franklin county'],
    [77, 'l', "Then you're covered by the 2015 law that opened the files for adoptions from 1964 to 1996. The Ohio Department of Health's Adoptee Request Form for the adoption file (it includes the original birth certificate) is at odh.ohio.gov (Vital Statistics > Adoption Records). There's a $20 fee and the form needs a notarized signature."],
    [83, 'l', 'Did that cover what you were after?'],
    [120, 'p', 'yes!! perfect, thats everything'],
    [126, 'l', 'Wonderful. Best of luck with the search, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a hold answered 118 s later
  s(MARCUS, '02 Texas Central Adoption Registry for a Dallas-born adoptee: pickup at exactly 60 s, "Give me a sec to pull up the current form." answered 118 s later', [
    [0, 'p', 'Is there a registry in Texas where birth parents and adoptees can find each other? I was born in Dallas in 1985 and adopted.'],
    [60, 'l', 'Welcome to Ask a Librarian! Marcus here, at Houston Public Library.'],
    [66, 'l', 'Are you hoping to be matched with a birth parent, or to get your own records?'],
    [100, 'p', 'matched. i want to find my birth mom'],
    [106, 'l', 'Give me a sec to pull up the current form.'],
    [224, 'l', 'Texas runs the Central Adoption Registry through the Vital Statistics Section. You and the birth parent both have to register before a match is made, and adoptees also complete a short counseling session. The application is at dshs.texas.gov/vital-statistics (Central Adoption Registry).'],
    [230, 'l', 'Is that the kind of thing you were looking for?'],
    [270, 'p', "yes, that's all I need, thank you"],
    [276, 'l', 'Anytime — good luck, and come back if you need more!'],
  ], usual()),

  // 03 Spanish: Guatemala, the USCIS A-file
  s(LUCIA, '03 expediente de inmigración de una adopción de Guatemala (Spanish): "habla Lucía, bibliotecaria", ¿ciudadana?, first.uscis.gov, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, fui adoptada de Guatemala en 1998 y quiero conseguir mis papeles de adopcion de inmigracion. por donde empiezo?'],
    [30, 'l', 'Buenas tardes, habla Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade. Con gusto la ayudo.'],
    [36, 'l', '¿Usted ya es ciudadana estadounidense y tiene su certificado de ciudadanía?'],
    [90, 'p', 'si tengo el certificado'],
    [97, 'l', 'Entonces su expediente de inmigración (el "A-file") lo guarda USCIS. Se pide gratis con una solicitud FOIA en línea en first.uscis.gov, usando el número A que aparece en su certificado. La página "Records Requests" en uscis.gov/records explica los pasos.'],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'sí, es todo lo que necesitaba, mil gracias 🙏'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte con su búsqueda.'],
  ], usual()),

  // 04 61 s pickup; a greeting that names no one
  s(REF3, '04 New York pre-adoption birth certificate (Buffalo, 1979): 61 s pickup, "Hi! Happy to help with that." under the screen name "refdesk3", health.ny.gov', [
    [0, 'p', 'how do i get my pre adoption birth certificate in NY? born in buffalo 1979'],
    [61, 'l', 'Hi! Happy to help with that.'],
    [66, 'l', 'Are you the adoptee yourself, or asking for a family member?'],
    [100, 'p', 'me, im the adoptee'],
    [106, 'l', "Since January 2020 adult adoptees born in New York State (outside NYC) can order a certified copy of their pre-adoption birth certificate; the application is at health.ny.gov/vital_records/pre-adoption_birth_certificate.htm, online or by mail, $45."],
    [111, 'l', 'Does that help?'],
    [140, 'p', 'ya thx that was all i needed'],
    [144, 'l', 'Great, take care — bye!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 05 a hold, then a partial result that says the search goes on, answered 121 s later
  s(OWEN, '05 Pennsylvania original birth record and a birth mother\'s redaction: hold (114 s), partial result "still checking … bear with me", answer 121 s later', [
    [0, 'p', 'I was adopted in PA in 1962. can i get my original birth record? also can my birth mom block it?'],
    [20, 'l', 'Good evening! This is Owen, reference librarian at Carnegie Library of Pittsburgh.'],
    [26, 'l', 'Were you born in Pennsylvania as well, and are you 18 or older? (I assume yes, but the law asks!)'],
    [60, 'p', 'yes born in pittsburgh, im 63'],
    [66, 'l', 'One moment while I look up the current rules.'],
    [180, 'l', "Found the main part: the PA Department of Health's Noncertified Copy of Original Birth Record application is at health.pa.gov (Vital Records > Adoptee Access). I'm still checking the part about birth parents, bear with me."],
    [301, 'l', "OK: since 2017 a birth parent can file a redaction request to have their name removed from the copy, but they can't block it altogether. They can also file a contact preference form and a medical history form, which would come to you with the copy. Did that help?"],
    [340, 'p', 'yes thats exactly what i wanted to know, thats all'],
    [346, 'l', 'Glad I could help — thank you for contacting us!'],
  ], usual({ informed: 'fail' })),

  // 06 the source before the question
  s(KEISHA, '06 Illinois Adoption Registry fees: dph.illinois.gov given first, then "Were you adopted in Illinois, or born here and adopted elsewhere?"', [
    [0, 'p', 'how does the illinois adoption registry work? does it cost anything'],
    [22, 'l', "Hello, and welcome to Evanston Public Library's chat! I'm Keisha."],
    [28, 'l', 'The Illinois Adoption Registry and Medical Information Exchange is run by IDPH; registering is free, and the forms are at dph.illinois.gov (Adoption Registry).'],
    [34, 'l', 'Were you adopted in Illinois, or born here and adopted elsewhere?'],
    [70, 'p', 'born and adopted here, 1990'],
    [76, 'l', "Then once you're 21 you can also get a non-certified copy of your original birth certificate (form on the same page, $15). Registering first shows you whether a birth parent filed a Birth Parent Preference Form."],
    [82, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes that is all. thanks'],
    [126, 'l', 'Take care and thanks for using the chat!'],
  ], usual({ clarify: 'fail' })),

  // 07 follow-up by me: e-mail read back, "by Friday", done at 70 h
  s(THEO, '07 a closed Worcester agency\'s files (follow-up by me): mass.gov, e-mail typed and read back, "by Friday at the latest", done at 70 h', [
    [0, 'p', 'my adoption was through an agency in worcester that closed in the 90s. who has their records now?? massachusetts'],
    [28, 'l', "Hi, I'm Theo, a librarian with Boston Public Library's Ask a Librarian service."],
    [34, 'l', 'Do you remember the name of the agency, or is it written anywhere on your adoption decree?'],
    [80, 'p', 'the decree says "Catholic Charities Worcester" i think'],
    [86, 'l', "When a Massachusetts agency closes, its files usually go to another licensed agency or to DCF. The state's page on adoption records and the search process is at mass.gov/info-details/how-to-request-adoption-records. I want to confirm exactly who holds the Worcester files, so I'll look into it and e-mail you. What address should I use?"],
    [140, 'p', 'sure its r.mcbride.77@example.com'],
    [146, 'l', "Thanks — r.mcbride.77@example.com. You'll have an answer from me by Friday at the latest."],
    [152, 'l', 'In the meantime, does the mass.gov page help?'],
    [190, 'p', 'yes it does, that is all for now'],
    [196, 'l', 'Great. Talk to you by Friday, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(201 + 70 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 a promise with no contact and no time, coded Answered
  s(BEA, '08 AncestryDNA or 23andMe for an adoptee (emoji): ISOGG wiki, "I\'ll ask her which month it\'s on and get back to you", no contact, coded Answered', [
    [0, 'p', 'which dna test is better for finding birth family, ancestry or 23andme? adopted, no info at all lol'],
    [15, 'l', 'Hey there! Bea from Sacramento Public Library here 🙂'],
    [21, 'l', 'Do you already have a kit, or are you choosing one?'],
    [50, 'p', 'choosing. money is tight so only one'],
    [57, 'l', "For adoptee searches most people start with AncestryDNA, since its database is the biggest, and then upload the raw data for free to MyHeritage and FamilyTreeDNA. The ISOGG wiki's page for adoptees compares them: isogg.org/wiki/Adoptee_resources."],
    [63, 'l', "Our genealogy librarian also runs a DNA help clinic; I'll ask her which month it's on and get back to you."],
    [90, 'p', 'cool ty'],
    [95, 'l', 'Bye for now!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 follow-up by the patron's library: phone read back, "within 72 hours", done at 75 h
  s(HAL, '09 a sealed Baltimore County adoption file (follow-up by patron\'s library): mdcourts.gov, phone read back, "call you within 72 hours", done at 75 h', [
    [0, 'p', 'my adoption file is sealed by the court in baltimore county. how do i get it opened? i was adopted in 1968'],
    [25, 'l', "Good afternoon, and thanks for contacting AskUsNow! This is Hal, a librarian with Maryland's statewide chat."],
    [31, 'l', 'Do you live in Maryland now? Which library can help you next depends on it.'],
    [70, 'p', 'yes in towson'],
    [76, 'l', "The Maryland Judiciary's self-help page explains how adult adoptees get access to a sealed adoption record, with the forms: mdcourts.gov/family/adoption. Is that helpful so far?"],
    [120, 'p', 'kind of. i need someone to walk me thru it'],
    [126, 'l', "Understood. I'll pass this to the genealogy staff at Baltimore County Public Library, and someone there will call you within 72 hours. What's the best phone number?"],
    [170, 'p', '443-555-0127'],
    [176, 'l', 'Got it: 443-555-0127. Anything else I can help with today?'],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Thanks for reaching out, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(210 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me: the e-mail only in patron.email, no time
  s(RINA, '10 foster-to-adopt in LA County (follow-up by me): dcfs.lacounty.gov, "e-mail it to the address on your library account", no when, e-mail only in patron.email', [
    [0, 'p', 'We are thinking about foster to adopt in LA county. What are the steps and how long does it take usually'],
    [20, 'l', 'Hi, welcome! Rina here, a librarian at LA County Library.'],
    [26, 'l', 'Are you looking at the county (DCFS) route or a private foster family agency?'],
    [65, 'p', 'county i guess? we dont know the difference honestly'],
    [72, 'l', "No problem. In LA County the Resource Family Approval process covers fostering and adopting together: orientation, training, a home assessment and background checks, usually 4 to 6 months. DCFS explains it at dcfs.lacounty.gov (Resource Families). I'll also put together a short list of foster-to-adopt books from our catalog and e-mail it to the address on your library account."],
    [78, 'l', 'Does the DCFS page answer the first part?'],
    [115, 'p', 'yes very helpful'],
    [121, 'l', 'Anything else for today?'],
    [140, 'p', 'no thats all'],
    [145, 'l', 'Thanks so much for chatting, and good luck!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'lopez.fam@example.org', phone: null } }),

  // 11 follow-up by me with no contact anywhere, not recorded by day 4
  s(DOM, '11 a new surname on a Social Security card after adoption (follow-up by me): ssa.gov, "send it over tomorrow morning", no contact anywhere, unrecorded at day 4', [
    [0, 'p', 'after my adoption was finalized my sons name changed. how do i update his social security card with the new name'],
    [18, 'l', 'Hello! Dom at Cuyahoga County Public Library, thanks for reaching out.'],
    [24, 'l', 'Has the amended birth certificate with his new name arrived yet?'],
    [60, 'p', 'yes got it last week'],
    [66, 'l', "Then he needs a corrected card: the request can be started online at ssa.gov/number-card/update-card, where Form SS-5 and the list of documents are (the adoption decree and the amended birth certificate). There's an SSA page for adoptive parents too; I'll find it and send it over tomorrow morning."],
    [72, 'l', 'Does that page give you what you need for now?'],
    [100, 'p', 'yes thank you!!'],
    [105, 'l', 'Take care, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 12 final idle exactly 120 s with a check-in, ending on a goodbye
  s(SOL, '12 a Washington confidential intermediary after a birth mother died: doh.wa.gov at 62, "Are you still with me?" at 140, goodbye at 182 (120 s)', [
    [0, 'p', 'my birth mother died, can i still get info about her family? washington state, adopted 1958'],
    [20, 'l', 'Hi, Sol here with KCLS Ask a Librarian. I\'m sorry for your loss.'],
    [26, 'l', 'Do you already have your original birth certificate, or is that the first step?'],
    [55, 'p', 'I have it, it has her name. i want to find her family'],
    [62, 'l', "Washington lets a court-appointed confidential intermediary search for birth relatives, siblings included, when a birth parent has died. The Department of Health's adoption page lists the steps: doh.wa.gov (Birth, Death, and Marriage > Adoption). Does that help?"],
    [140, 'l', 'Are you still with me?'],
    [182, 'l', "I'll let you go for now. Thanks for writing in, and good luck with the search!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 13 final idle exactly 180 s, a notice that invites back and no check-in
  s(JUN, '13 Virginia original birth certificates since 2019: vdh.virginia.gov at 56, "It looks like you may have disconnected … Come back anytime!" at 236 (180 s), no check-in', [
    [0, 'p', 'hi, is virginia one of the states where adoptees can get their original birth cert?'],
    [16, 'l', 'Hello from Fairfax County Public Library! My name is Jun.'],
    [22, 'l', 'Were you born in Virginia, or adopted there? The rules follow the state of birth.'],
    [50, 'p', 'born in richmond 1983'],
    [56, 'l', 'Yes: since July 2019 Virginia adoptees 18 and older can get a copy of their original birth certificate. The application (VS 247) and its instructions are at vdh.virginia.gov/vital-records. Is that what you were looking for?'],
    [236, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 14 chat-speak; final idle 179 s with a check-in, ending on an announcement
  s(ARI, '14 Oregon OBC for a passport (chat-speak): oregon.gov/oha at 50, "u still there?" at 175, "ok, I\'ll be closing this chat in a minute." at 224, end 229 (179 s)', [
    [0, 'p', 'yo is oregon open records for adoptees? need my OBC for a passport thing 🙃'],
    [14, 'l', 'hey hey! Ari here, librarian @ Deschutes Public Library 👋'],
    [19, 'l', 'were u born in oregon or just adopted there?'],
    [45, 'p', 'born in bend lol'],
    [50, 'l', "nice — yep, Oregon's been open since 2000 (Measure 58). adult adoptees can order their original birth cert, the request form is at oregon.gov/oha (Vital Records > Adoption). did that help?"],
    [175, 'l', 'u still there?'],
    [224, 'l', "ok, I'll be closing this chat in a minute."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 15 final idle 181 s with neither a check-in nor a notice
  s(LENA, '15 Connecticut OBC for a 1981 adoption: portal.ct.gov at 66, no "does that help", then nothing until the chat ends at 247 (181 s)', [
    [0, 'p', 'can adoptees in CT get their original birth certificates? i was adopted in 1981'],
    [22, 'l', 'Hi, Lena at Hartford Public Library here.'],
    [28, 'l', 'What year were you born? Connecticut opened some years before others.'],
    [60, 'p', '1981 same year'],
    [66, 'l', "Connecticut opened original birth certificates for adoptions finalized on or after October 1, 1983, and a 2021 law extended that to earlier ones, so you qualify. The Department of Public Health's request form is at portal.ct.gov/dph (Vital Records > Original Birth Certificate)."],
    [247, 's', 'Chat ended by librarian', sys('ended')],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endedAt: at(247) }),

  // 16 "out of time", with a bye
  s(GREG, '16 New Jersey, then Georgia and Alabama: nj.gov at 61, "Each chat is limited to 10 minutes and one state … Bye.", patron "seriously?? wow"', [
    [0, 'p', 'i need to know how to get adoption records in NJ, and also my wife was adopted in Georgia and her brother in alabama'],
    [20, 'l', "Hi, this is Greg with Delaware Libraries' Ask a Librarian."],
    [26, 'l', "Let's start with yours: were you born in New Jersey?"],
    [55, 'p', 'yes newark 1975'],
    [61, 'l', 'New Jersey adoptees have been able to get an uncertified copy of their original birth certificate since 2017; the request form is at nj.gov/health/vital (Adoptee Birth Certificate). Does that help?'],
    [95, 'p', 'yes, now georgia and alabama?'],
    [101, 'l', "Each chat is limited to 10 minutes and one state, and we're out of time, so I have to end this one. Bye."],
    [115, 'p', 'seriously?? wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 other patrons waiting, invited back; Holt by URL and phone
  s(HYEJIN, '17 a Korean adoption file and birth-family search through Holt: Post Adoption Services by URL and phone, "several patrons waiting … please chat back in later"', [
    [0, 'p', 'i was adopted from korea through holt in 1987. how do i get my korean adoption file, and also how do i do a birth family search in korea, and also DNA'],
    [28, 'l', "Hello and welcome! I'm Hye-jin, a librarian at Saint Paul Public Library."],
    [34, 'l', 'Do you have your Holt case number (it often starts with a K) on your papers?'],
    [80, 'p', 'yes K87-something'],
    [86, 'l', "Good. Start with Holt International's Post Adoption Services, who keep the U.S. side of your file and can request the Korean one: holtinternational.org/pas, or call them at 541-555-0104. Korea's National Center for the Rights of the Child also runs birth-family searches through kadoption.or.kr. Does that help with the file part?"],
    [130, 'p', 'yes. and the DNA part? which test do koreans use'],
    [136, 'l', "That's a big one on its own, and I have several patrons waiting right now, so please chat back in later for the DNA question and we'll dig into it. Thanks for being patient!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 18 the probate court with no contact
  s(NELL, '18 Michigan consent and denial statements (1979): michigan.gov/mdhhs, then "call the probate court in the county where the adoption was finalized"', [
    [0, 'p', 'Michigan adoptee here (1979). how do i find out if my birth mother signed a consent or denial for release of identifying info?'],
    [24, 'l', 'Good morning! Nell, a reference librarian at Detroit Public Library.'],
    [30, 'l', 'Was your adoption finalized in Michigan too?'],
    [62, 'p', 'yes wayne county'],
    [68, 'l', "For adoptions from 1945 to 1980, the Central Adoption Registry at MDHHS holds birth parents' consent and denial statements; the clearance request form (DHS-1925) is at michigan.gov/mdhhs (Adoption > Central Adoption Registry). Once the registry clears you, call the probate court in the county where the adoption was finalized and ask for the file."],
    [74, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes thanks, thats all i needed'],
    [116, 'l', 'Best of luck, and thank you for chatting with us!'],
  ], usual({ referral: 'fail' })),

  // 19 the clerk by phone
  s(COLE, '19 a certified Iowa adoption decree for the DMV: "call the clerk\'s office at 515-555-0139", "no other questions"', [
    [0, 'p', 'how do i get a copy of my adoption decree in iowa? adopted in polk county 1992'],
    [19, 'l', "Hi, you've reached Cole at Des Moines Public Library."],
    [25, 'l', 'Do you need the decree itself, or the original birth certificate? They come from different places.'],
    [60, 'p', 'the decree, for a name thing at the DMV'],
    [67, 'l', "Iowa adoption court files are sealed, but an adult adoptee can usually get a certified copy of the final decree from the Clerk of District Court where it was granted. For Polk County, call the clerk's office at 515-555-0139 and ask for the adoption unit."],
    [73, 'l', 'Did that help?'],
    [100, 'p', 'yes, thx. no other questions'],
    [105, 'l', 'Thanks for chatting with us today — take care!'],
  ], usual({ referral: 'pass' })),

  // 20 no source at all
  s(TESS, '20 a late mother\'s sealed 1960 Tampa adoption (typos): an answer with no source, "Does that answer your question?", "thats all I needed to know"', [
    [0, 'p', 'r adoption records sealed forever in florida?? my mom was adopted in 1960 in tampa'],
    [21, 'l', "Good afternoon, thanks for contacting Ask a Librarian! I'm Tess."],
    [27, 'l', 'Is your mom the one searching, or are you searching on her behalf?'],
    [70, 'p', 'me on her behalf, she passed away last yr'],
    [77, 'l', "I'm so sorry. In Florida adoption records stay sealed unless a court orders them opened for good cause, and courts grant that rarely. There is an adoption reunion registry run by the state, but only living adoptees and birth relatives can register, so it won't help in your mom's case."],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'yeah sadly. thats all I needed to know'],
    [126, 'l', "I'm sorry it isn't better news. Thank you for writing in, and take care."],
  ], usual({ source: 'fail' })),

  // 21 an announced transfer with a note that says why
  s(WES, '21 Cherokee Nation citizenship for an Oklahoma adoptee: "handing you over to her, one moment" + internal note why, Dena 74 s later, cherokee.org', [
    [0, 'p', 'i was adopted as a baby and just learned my birth mother was Cherokee. can i get tribal citizenship without my OBC?'],
    [22, 'l', "Hi there, Wes at Tulsa City-County Library's Ask Us chat."],
    [28, 'l', 'Do you know which state you were born in?'],
    [60, 'p', 'oklahoma, 1994'],
    [66, 'l', "Our genealogy specialist Dena works with Cherokee Nation records all the time — I'm handing you over to her, one moment."],
    [69, 'i', 'Dena, OK-born adoptee (1994) asking about Cherokee Nation citizenship, no original birth cert yet. Can you take it?'],
    xfer(72, 'Dena', 'dena-a'),
    [140, 'l', "Hello! Dena here, genealogy librarian. Cherokee Nation citizenship needs a direct ancestor on the Dawes Rolls, so adoptees usually need the original birth certificate to prove the line. Oklahoma's sealed-record process is explained at oklahoma.gov/health (Vital Records > Adoption), and the tribe's registration pages are at cherokee.org (Services > Tribal Registration).", as(DENA)],
    [146, 'l', 'Is that the kind of thing you needed?', as(DENA)],
    [190, 'p', 'yes that helps a lot! thats all'],
    [195, 'l', 'Wonderful — thanks for chatting, and good luck!', as(DENA)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer, the receiver 130 s after the patron
  s(IVY, '22 Louise Wise Services\' files after it closed: internal note only, silent transfer, the patron\'s "hello??", Ron 130 s after the patron, spence-chapin.org', [
    [0, 'p', 'the agency that did my adoption in NYC closed, louise wise services. where did the files go?'],
    [26, 'l', "Hello, Ivy here, a librarian with NYPL's Ask NYPL."],
    [32, 'l', 'Are you after the non-identifying summary or the full agency record?'],
    [70, 'p', 'the whole thing if i can'],
    [73, 'i', 'Ron, Louise Wise closed-agency records question; you know adoption searches best, can you take over?'],
    xfer(76, 'Ron', 'ron-a'),
    [140, 'p', 'hello??'],
    [200, 'l', "Hi, Ron from NYPL's Milstein Division. When Louise Wise Services closed, its adoption records went to Spence-Chapin; their post-adoption page explains how adoptees request the file: spence-chapin.org (Adoption Services > Search). Does that help?", as(RON)],
    [240, 'p', 'yes!! omg thank you. that is all'],
    [246, 'l', "You're welcome, thanks for using Ask NYPL!", as(RON)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 23 an announced transfer with no internal note, answered 119 s after the notice; a greeting split over two messages
  s(ABE, '23 Missouri original birth certificates (Kansas City, 1970): "Hi!" then "Abe here, St. Louis Public Library", "transfer you to Faye … hang tight", no note, Faye 119 s later', [
    [0, 'p', 'does missouri let adoptees see their birth certificate now? born 1970 kansas city'],
    [20, 'l', 'Hi!'],
    [24, 'l', "Abe here, with St. Louis Public Library's chat service. Were you adopted in Missouri as well?"],
    [55, 'p', 'yes'],
    [61, 'l', "I'm going to transfer you to Faye, our genealogy librarian — hang tight."],
    xfer(64, 'Faye', 'faye-a'),
    [180, 'l', 'Hi, Faye here. Since 2018 adult Missouri adoptees can get a noncertified copy of their original birth certificate, though a birth parent may have filed to have their name redacted. The request form is at health.mo.gov/data/vitalrecords (Adoptee Original Birth Certificate).', as(FAYE)],
    [186, 'l', 'Does that answer it?', as(FAYE)],
    [220, 'p', 'yes, great, thats all'],
    [224, 'l', 'Thanks for using the chat — bye!', as(FAYE)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(KIM, '24 a single 23-year-old adopting from foster care in Florida: adoptflorida.org, three other chats open at once over this one (four)', [
    [0, 'p', 'how old do you have to be to adopt from foster care in florida? im 23 and single'],
    [30, 'l', "Hi, I'm Kim, a librarian at Orange County Library System. Happy to help!"],
    [36, 'l', 'Are you thinking of fostering first, or adopting a child who is already free for adoption?'],
    [75, 'p', 'adopting a kid whos already available'],
    [82, 'l', "Single adults can adopt from foster care in Florida, and there's no upper age limit; the state's adoption site lists the waiting children and the steps: adoptflorida.org (How to Adopt). Adopting from foster care there costs nothing."],
    [88, 'l', 'Did that help?'],
    [120, 'p', 'yes!! thats everything, thx'],
    [126, 'l', 'Great, thanks for chatting and good luck!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kim-a', -100, 300), other('k2', 'kim-a', 10, 200), other('k3', 'kim-a', 50, 500)],
  }),

  // 25 three at most, touching ends
  s(BO, '25 the Georgia Adoption Reunion Registry (Macon, 1988): dfcs.georgia.gov, one chat ending at the start and one starting at the end (three at most)', [
    [0, 'p', 'does georgia have a reunion registry? adopted in 1988 in macon'],
    [18, 'l', 'Good evening — Bo from Gwinnett County Public Library here.'],
    [24, 'l', 'Are you looking to register yourself, or to search for a specific person?'],
    [60, 'p', 'register, i want my birth mom to be able to find me'],
    [66, 'l', "Georgia's Adoption Reunion Registry is run by the Division of Family and Children Services; the registration form is at dfcs.georgia.gov (Adoption > Adoption Reunion Registry), with a small fee. If a birth parent registers too, you're matched."],
    [72, 'l', 'Is that helpful?'],
    [110, 'p', 'very, thats all i need'],
    [115, 'l', 'Take care, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('b1', 'bo-a', -300, 0), other('b2', 'bo-a', -50, 200), other('b3', 'bo-a', 30, 400), other('b4', 'bo-a', 120, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 prueba del mensaje sobre registros de adopción (Spanish practice): coded Practice, every check na', [
    [0, 'p', 'PRUEBA - macro de registros de adopción'],
    [5, 'l', 'Hola, esta es una prueba del mensaje sobre registros de adopción: childwelfare.gov'],
    [10, 'p', 'ok funciona'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 a true Lost Call: greeting, check-in, a closing notice with thanks (300 s)
  s(NADIA, '27 how long Maryland Vital Records takes with an OBC (Lost Call): greeting only, "are you still there?" at 145, notice with thanks at 322 (300 s)', [
    [0, 'p', 'how long does it take to get my original birth certificate from maryland vital records after adoption'],
    [22, 'l', 'Hello! Nadia here, a librarian with AskUsNow!'],
    [145, 'l', 'Hi again — are you still there?'],
    [322, 'l', "I haven't heard from you, so it seems you've disconnected. I'm ending this chat now; thanks for contacting AskUsNow!, and feel free to come back."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 no provider ever joined (Spanish)
  s(NOBODY, '28 cambiar el apellido de una hija adoptada en Texas (Spanish): no provider ever joined, "alguien?? 😢", patron left, code null', [
    [0, 'p', 'hola, necesito ayuda, mi hija fue adoptada de foster care en texas y quiero cambiar su apellido en el acta de nacimiento'],
    busy(3),
    [160, 'p', 'alguien?? 😢'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 29 Lost Call after three patron lines; the patron has the last word
  s(UMA, '29 an Arizona adoptee\'s medical history: azcourts.gov, coded Lost Call after three patron lines, the patron\'s "ok thx" last, no goodbye', [
    [0, 'p', 'can i find out my birth parents medical history if i was adopted in arizona? not names just medical'],
    [25, 'l', "Hi! You're chatting with Uma at Phoenix Public Library. Thanks for writing in."],
    [31, 'l', 'Was the adoption through an agency, or privately through an attorney?'],
    [70, 'p', 'agency, i think catholic community services'],
    [77, 'l', "Arizona adoptees can get the non-identifying information collected at the time, medical history included; the forms and steps are on the Arizona Judicial Branch's self-service center: azcourts.gov/selfservicecenter (Adoption). Did that help?"],
    [110, 'p', 'ok thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 partly Spanish; "take your time" and a 204 s wait on the patron; code ""
  s(INES, '30 nuevo certificado de nacimiento de Puerto Rico tras una adopción en Massachusetts (partly Spanish): "Take your time", 204 s on the patron, salud.pr.gov, code ""', [
    [0, 'p', 'hola! my son was born in puerto rico and we adopted him here in massachusetts. como consigo su nuevo certificado de nacimiento de PR?'],
    [20, 'l', '¡Hola! Soy Inés, bibliotecaria de Springfield City Library. I can help in English or Spanish.'],
    [26, 'l', '¿Tiene a mano el decreto de adopción de Massachusetts? Take your time, I need the date on it.'],
    [230, 'p', 'ok lo encontre, dice 2019'],
    [237, 'l', "Perfecto. The instructions for a new Puerto Rico birth certificate after an adoption outside the island, with the form, are on the Departamento de Salud's site: salud.pr.gov (Registro Demográfico > Adopciones). Does that answer your question?"],
    [280, 'p', 'si gracias! eso es todo'],
    [285, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundAdoption.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: adoption records and birth-family searches, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundAdoption.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundAdoption.filter((c) => c.name in LEFT_WHY));
});
