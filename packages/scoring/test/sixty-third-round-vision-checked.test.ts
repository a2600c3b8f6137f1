/**
 * Sixty-third round, theme LOW VISION, BLINDNESS AND ACCESSIBLE READING, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: the NLS talking-book program (a grandmother in Toledo, a 12-year-old
 * with dyslexia in Virginia, Spanish talking books through the Texas program, a player that says "no book" in Illinois),
 * BARD Mobile with VoiceOver, large print (Louise Penny in Hennepin, Spanish large print in Miami-Dade), screen readers and
 * magnifiers (NVDA vs JAWS, macOS Zoom, a video magnifier borrowed from TechOWL, bigger text in Libby), braille (home study
 * through Hadley, Saturday classes at the Braille Institute, cookbooks for a teen, print-braille picture books), state services
 * for the blind (Maryland DORS job training, the NYS Commission for the Blind and a low-vision exam), eye exams and Medicaid
 * (free exams in Cleveland, NC adults, a child on PA Medical Assistance, Medi-Cal in Spanish), guide dogs (schools for a
 * veteran, a guide dog turned away as a "pet"), NFB-NEWSLINE by phone, audio-described DVDs, Bookshare textbooks, and
 * accessible voting (Michigan's electronic absentee ballot, Georgia ballot-marking devices, Maricopa in Spanish). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundVision-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome to KnowItNow! I'm Amara, one of the librarians" (01); first line at exactly 60 s (02:
 *   pass) and at 61 s (04: fail); `pickedUpAt` at 50 s with the first line at 75 (29: pass); "This is Marcus, reference
 *   librarian with Ask Ohio." with no greeting word (05: fail); a hold at pickup ("one sec, reading your question..."), a
 *   question, and "Hi, by the way — I'm Wes" only in the third message, under the screen name "wes_spl" (23: fail); the
 *   greeting split, "Hi there!" then "Lou with Ask Here PA, librarian on duty — …?" (28: pass); Spanish "¡Buenas tardes! Le
 *   saluda Rocío, bibliotecaria …" (03) and bilingual "¡Hola! Welcome to Ask a Librarian. Soy Inés, bibliotecaria …" (15),
 *   "¡Hola! Thanks for writing … Soy Marco, bibliotecario …" (30); "Jordan here, … — welcome to the chat!" (14); a Spanish
 *   queue line and no provider ever joined (27);
 *  inquiry: state, device (VoiceOver or zoom), format (reproductor o celular), title wanted, Windows version, home or in
 *   person, kind of job, desktop or handheld, who diagnosed, contracted braille, travel, enrolled, branch, polling place or
 *   absentee, first evaluation, early voting, macOS version, landline; no question at all before or after the answer (08:
 *   fail); no source ever given and a question asked (22: pass);
 *  waits: a hold answered exactly 120 s later (06: pass); a hold, then "Still looking — I've found …, now checking how you
 *   apply." 115 s later (a partial result that says the search goes on: a hold), then the answer 122 s after that (07:
 *   fail); "No rush — take your time." and the patron back 155 s later (24: a wait on the patron, pass); an announced transfer
 *   (a hold) answered 74 s (18) and 125 s (20: fail) after the notice; a silent transfer with the receiver 115 s after the
 *   patron (19: pass); the patron's closing "ok thx" / "ok" "thx" left unanswered (22, 28: an open span);
 *  endings: final idle of 185 s, "Are you still with me?" then "It looks like you've disconnected, so I'll close this chat.
 *   You're welcome to come back anytime!" (09: both pass); exactly 120 s ending on a goodbye with no check-in (10: idle fails,
 *   notice na); 119 s by `endedAt` after a last tip with no thanks (11: idle na, courteous fails); 205 s ending on "Parece que
 *   se desconectó, así que voy a cerrar este chat." (30: idle fails, notice passes, courteous fails); a Lost Call with a
 *   check-in and "Looks like we got disconnected, so I'm closing this chat now. Come back anytime" (26: 228 s, all pass);
 *   "Sorry, our time's up for this chat, so I need to end it here." (21: dismissal, courteous fails); "several other patrons
 *   waiting … please come back to the chat anytime" (22: allowed); goodbyes "Take care, and thanks for using KnowItNow!",
 *   "Good luck to your dad — bye for now.", "¡Con gusto! … Hasta luego.", "¡Gracias a usted! Hasta pronto.", "Enjoy reading
 *   together — bye!"; patron-side "no that covers it", "es todo lo que necesitaba", "That's everything", "thats all", "That's
 *   all I needed today.", "no more questions", "thats all for today", and "yes, thanks a lot", "si gracias", "ok" / "thx"
 *   that do not count;
 *  sources: loc.gov/nls, nlsbard.loc.gov, nlscatalog.loc.gov, tsl.texas.gov/tbp, the hclib.org catalog with its steps,
 *   nvaccess.org, hadleyhelps.org, dors.maryland.gov, aao.org, vsp.com, techowlpa.org, help.libbyapp.com, guidedogs.com,
 *   seeingeye.org, va.gov, medicaid.ncdhhs.gov, mdpls.org, michigan.gov/vote, a Commission's phone, seedlings.org,
 *   brailleinstitute.org, sos.ga.gov, support.apple.com, spl.org, nfb.org/newsline, dhs.pa.gov, bookshare.org,
 *   elections.maricopa.gov; "Under federal disability law …" and nothing else (22: fail);
 *  referrals: "Puede llamarles al 1-800-252-9605" (03: pass); "You apply through DORS: call 410-554-9442" (07: pass); the clerk
 *   found through michigan.gov/vote and the Bureau of Elections by phone (16: pass); the NYS Commission for the Blind by phone
 *   and "worth asking your eye doctor for a referral" with no contact (17: fail); "ask your disability services office to
 *   request the accessible files" with no contact (29: fail); "Voy a pedirle a la sucursal West Flagler que … se comuniquen
 *   con ustedes" (15: staff asked on the patron's behalf, a follow-up promise, no referral); transfers to Marguerite, Noor and
 *   Bea (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 71 h after the end (12: pass); FU_ME, phone read back, no
 *   time (13: contact fails, code passes, pending); "I'll e-mail dee.m.carter@… by Tuesday" coded Answered, done 30 h later (14:
 *   code fails, contact and on_time pass); FU_LIB with no contact anywhere, never recorded at day 5 (15: code, contact and
 *   on_time fail); "we can mail you a replacement player free" (18: an offer of what the service can do, no promise);
 *  codes: Practice (25); a true Lost Call (26); Lost Call after three patron lines (28); null with no provider (27); the code
 *   left out (`resolutionCode: undefined`, a source without codes: 29, na); an empty string (30);
 *  transfers: notice + internal note that says why (18: pass); internal note only (19: fail); notice only (20: fail);
 *  concurrency: three others open at once over this one (23: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Le saluda Rocío, bibliotecaria", "Soy Inés, bibliotecaria", "Soy Marco, bibliotecario" identify; "¡Buenas tardes!",
 *   "¡Hola!" greet; "This is Marcus, reference librarian with Ask Ohio." identifies but greets no one (05: fail);
 *   "one sec, reading your question..." is a hold and not a greeting (23);
 * - "¿Le sirve esta información?", "¿Le ayuda esto?", "¿Le sirve?", "Was that useful?", "Did that do the trick?", "Does that
 *   sound like what he needs?", "Did that help, or is it still saying no book?" ask whether what was given meets the need;
 *   "es todo lo que necesitaba", "no that covers it", "no more questions", "thats all for today" say explicitly that the patron
 *   is done;
 * - "Still looking — I've found the Office of Blindness and Vision Services, now checking how you apply." is a hold (a partial
 *   result that says the search goes on), and an organisation named there without a way to reach it is not yet a source (07);
 * - "It looks like you've disconnected, so I'll close this chat. You're welcome to come back anytime!", "Looks like we got
 *   disconnected, so I'm closing this chat now. Come back anytime, we're here 24/7!" are disconnect notices and goodbyes
 *   (they invite back), so the final idle ends there (09: 185 s; 26: 228 s); "Parece que se desconectó, así que voy a cerrar
 *   este chat." is a notice without thanks or invitation (30: the idle runs to `endedAt`);
 * - "Ohio's network library is …", "Virginia's network library is …", "a doctor, an eye specialist or even a librarian can
 *   certify …" inform without telling the patron to contact anyone (no referral); "Request it from your city or township
 *   clerk — you can find your clerk … at michigan.gov/vote" is a referral reached by URL (16); "your eye doctor" (17) and
 *   "your disability services office" (29) are a person and an office outside the chat the patron is told to ask;
 * - "Under federal disability law …" cites no named resource (22: no source);
 * - "we can mail you a replacement player free", said about a player that may still fail, states what the service can do and
 *   promises nothing to be sent or found later (18: no follow-up session);
 * - `resolutionCode: undefined` is a field left out (29: the source has no codes, na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (18 on resolution.code, followup.contact and followup.on_time; 22 on
 * info.source; 29 on referral.contact). Label corrections: 0 (each disagreement reread against RUBRIC.md: the labels stand).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 18, resolution.code / followup.contact / followup.on_time (pass / na / na, got fail / fail / pending): "we can mail
 *    you a replacement player free" read as a follow-up promise;
 *  - case 22, info.source (fail, got pass): "Under federal disability law a guide dog is a service animal" read as a source;
 *  - case 29, referral.contact (fail, got pass): "ask your disability services office to request the accessible files" read
 *    as reached (bookshare.org, earlier in the message, belongs to Bookshare, not the office).
 * Every timing check (pickup at 60, 61 and by `pickedUpAt`; keep_informed at exactly 120 s after a hold, 122 s after a
 * partial-result hold, a "take your time" wait, three transfers at 74, 115 and 125 s; final idles of 119, 120, 185, 205 and
 * 228 s; concurrency at four and at touching ends; on_time done at 71 h and 30 h, unrecorded past the deadline, pending) and
 * every code (Practice, true and false Lost Call, null, "", left out, promise under Answered, follow-up codes with and without
 * a contact) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back in 12 and 14, a patron phone read back in 13, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). tsc clean for this file.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 22's "a guide dog" is no guide
 *   to read (W23) and runs; 28 running, 2 LEFT (18, 29).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const HOUR = 3600;

const AMARA: Prov = { id: 'amara-v', name: 'Amara', library: 'KIN-OH' };
const BEN: Prov = { id: 'ben-v', name: 'Ben', library: 'MDLBPD' };
const ROCIO: Prov = { id: 'rocio-v', name: 'Rocío', library: 'EPPL' };
const PRIYA: Prov = { id: 'priya-v', name: 'Priya', library: 'HCL-MN' };
const MARCUS: Prov = { id: 'marcus-v', name: 'Marcus', library: 'ASKOH' };
const LENA: Prov = { id: 'lena-v', name: 'Lena', library: 'SPL-CA' };
const KWAME: Prov = { id: 'kwame-v', name: 'Kwame', library: 'AUN' };
const THEO: Prov = { id: 'theo-v', name: 'Theo', library: 'KIN-OH' };
const GWEN: Prov = { id: 'gwen-v', name: 'Gwen', library: 'ACLA' };
const HOLLIS: Prov = { id: 'hollis-v', name: 'Hollis', library: 'VBPL' };
const SOL: Prov = { id: 'sol-v', name: 'Sol', library: 'PCPL-AZ' };
const NADIA: Prov = { id: 'nadia-v', name: 'Nadia', library: 'DEL' };
const RAY: Prov = { id: 'ray-v', name: 'Ray', library: 'BCPL' };
const JORDAN: Prov = { id: 'jordan-v', name: 'Jordan', library: 'WCPL-NC' };
const INES: Prov = { id: 'ines-v', name: 'Inés', library: 'MDPLS' };
const CALLUM: Prov = { id: 'callum-v', name: 'Callum', library: 'KDL' };
const ESTHER: Prov = { id: 'esther-v', name: 'Esther', library: 'NYPL' };
const PAT: Prov = { id: 'pat-v', name: 'Pat', library: 'ASKIL' };
const MARGUERITE: Prov = { id: 'marguerite-v', name: 'Marguerite', library: 'ITBBS' };
const OMAR: Prov = { id: 'omar-v', name: 'Omar', library: 'QPL' };
const NOOR: Prov = { id: 'noor-v', name: 'Noor', library: 'QPL' };
const KEISHA: Prov = { id: 'keisha-v', name: 'Keisha', library: 'GCPL' };
const BEA: Prov = { id: 'bea-v', name: 'Bea', library: 'GCPL' };
const TASHA: Prov = { id: 'tasha-v', name: 'Tasha', library: 'CCPL-OH' };
const FARAH: Prov = { id: 'farah-v', name: 'Farah', library: 'SPL-CA' };
const WES: Prov = { id: 'wes-v', name: 'wes_spl', library: 'SPL-WA' };
const YUSUF: Prov = { id: 'yusuf-v', name: 'Yusuf', library: 'APL-TX' };
const TRAINEE: Prov = { id: 'trainee-v', name: 'Trainee 3', library: 'TRN' };
const RAFAEL: Prov = { id: 'rafael-v', name: 'Rafael', library: 'LACL' };
const NOBODY: Prov = { id: 'queue-v', name: 'Queue', library: 'VRQ' };
const LOU: Prov = { id: 'lou-v', name: 'Lou', library: 'ASKPA' };
const IMANI: Prov = { id: 'imani-v', name: 'Imani', library: 'ASKWA' };
const MARCO: Prov = { id: 'marco-v', name: 'Marco', library: 'PPL-AZ' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor espere. / All librarians are busy, please wait.'];

export const sixtyThirdRoundVision: SessionCase[] = [
  // 01 the plain good session
  s(AMARA, '01 NLS sign-up for a grandmother with macular degeneration (run-on, emoji): "welcome to KnowItNow! I\'m Amara", which state, loc.gov/nls, "no that covers it"', [
    [0, 'p', 'hi my grandma is losing her sight from macular degeneration and cant read regular books anymore someone at church said theres free audio books from the government?? how does she sign up'],
    [24, 'l', "Good afternoon and welcome to KnowItNow! I'm Amara, one of the librarians on the service."],
    [30, 'l', 'Which state does your grandmother live in? Each state has its own network library that handles the sign-up.'],
    [62, 'p', 'ohio, she lives in toledo'],
    [70, 'l', "Ohio's network library is the Ohio Talking Book Program at Cleveland Public Library. The application form is on the NLS site at loc.gov/nls (Who Is Eligible > Sign Up); a doctor, an eye specialist or even a librarian can certify that she qualifies. The player and the books come by mail, postage free."],
    [76, 'l', 'Does that give you what you need to get her signed up?'],
    [115, 'p', 'yes!! thank you so much 💛'],
    [121, 'l', 'Wonderful. Is there anything else I can look up for you or your grandma?'],
    [140, 'p', 'no that covers it'],
    [146, 'l', 'Take care, and thanks for using KnowItNow!'],
  ], usual()),

  // 02 pickup at exactly 60 s
  s(BEN, '02 BARD Mobile on an iPhone with VoiceOver: first line at exactly 60 s, "Do you use VoiceOver … or zoom?", nlsbard.loc.gov, "Anything else …?"', [
    [0, 'p', 'how do i get bard on my iphone? i have a login already from the talking book library'],
    [60, 'l', 'Hi there! Ben at the Maryland Library for the Blind and Print Disabled here.'],
    [66, 'l', 'Do you use VoiceOver on the phone, or do you read the screen with zoom?'],
    [100, 'p', 'voiceover. im totally blind'],
    [108, 'l', 'Then BARD Mobile is the app to use: search for "BARD Mobile" in the App Store, open it and sign in with the same e-mail and password as your BARD account. The NLS help pages with the VoiceOver steps are at nlsbard.loc.gov (Help > BARD Mobile for iOS).'],
    [114, 'l', 'Did that answer what you were asking?'],
    [150, 'p', 'ya i think so, ill try it'],
    [155, 'l', 'Anything else I can help with today?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Happy reading, and thanks for chatting with us!'],
  ], usual()),

  // 03 Spanish: the Texas Talking Book Program by phone
  s(ROCIO, '03 libros parlantes en español para un papá con retinopatía diabética (Spanish): "Le saluda Rocío, bibliotecaria", reproductor o celular, llamar al 1-800, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, mi papá ya no puede leer por la diabetes en los ojos. hay libros en audio en español para él? vivimos en el paso'],
    [30, 'l', '¡Buenas tardes! Le saluda Rocío, bibliotecaria del servicio de chat de la Biblioteca Pública de El Paso.'],
    [37, 'l', '¿Su papá prefiere escuchar los libros en un reproductor o en un celular?'],
    [80, 'p', 'en un aparato, no usa celular'],
    [88, 'l', 'El Programa de Libros Parlantes de la Biblioteca Estatal de Texas (Talking Book Program) presta gratis un reproductor y libros en español por correo. Puede llamarles al 1-800-252-9605 para que le envíen la solicitud, o descargarla en tsl.texas.gov/tbp.'],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si, muchísimas gracias. es todo lo que necesitaba'],
    [146, 'l', '¡Con gusto! Que su papá disfrute los libros. Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(PRIYA, '04 large-print Louise Penny for a husband: 61 s pickup, which title, the catalog at hclib.org with Format > Large Print, "That\'s everything"', [
    [0, 'p', "Does the library have large print mysteries? My husband likes Louise Penny but the regular print is too small for him now."],
    [61, 'l', "Hello, this is Priya with Hennepin County Library's chat service. Thanks for waiting!"],
    [67, 'l', 'Is he looking for a particular title in the series, or anything by her?'],
    [95, 'p', "Anything he hasn't read. He's read up to the fourth one"],
    [103, 'l', 'We own most of the Gamache series in large print. In the catalog at hclib.org, search "Louise Penny", then choose Format > Large Print on the left; the fifth book is The Brutal Telling, and you can place a hold to have it sent to your branch.'],
    [109, 'l', 'Is that what you were after?'],
    [140, 'p', "Perfect. That's everything, thanks!"],
    [146, 'l', 'Enjoy the books, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 names himself, greets no one
  s(MARCUS, '05 a free screen reader for a Windows 11 laptop: "This is Marcus, reference librarian with Ask Ohio." with no greeting, nvaccess.org, Narrator', [
    [0, 'p', 'my dad is going blind and needs a screen reader for his windows laptop. is JAWS the only option? its really expensive'],
    [18, 'l', 'This is Marcus, reference librarian with Ask Ohio.'],
    [23, 'l', 'Is it Windows 10 or 11, and does he mostly need e-mail and web browsing?'],
    [60, 'p', 'windows 11, mostly email and news sites'],
    [68, 'l', "JAWS isn't the only one. NVDA is a free, open-source screen reader for Windows: nvaccess.org. Windows 11 also has Narrator built in (Settings > Accessibility > Narrator). Many people start with NVDA."],
    [73, 'l', 'Does that help with the decision?'],
    [110, 'p', 'yes a lot, thanks. thats all'],
    [115, 'l', 'Good luck to your dad — bye for now.'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(LENA, '06 braille lessons at home for an adult who lost her sight at 54: "bear with me a moment" answered exactly 120 s later, hadleyhelps.org', [
    [0, 'p', 'Are there braille classes for adults? I lost my sight at 54 and want to learn.'],
    [22, 'l', "Hi, and thanks for reaching out to Ask a Librarian. My name is Lena, at Sacramento Public Library."],
    [28, 'l', 'Would you rather learn at home by mail and online, or in person with a teacher?'],
    [70, 'p', 'at home if possible'],
    [76, 'l', "Let me look up what's out there for home study — bear with me a moment."],
    [196, 'l', 'Thanks for waiting. Hadley offers free braille courses for adults who are losing vision, by mail or online, with an instructor you can call: hadleyhelps.org (Learn > Braille).'],
    [202, 'l', 'Is that the kind of class you were hoping for?'],
    [240, 'p', "Yes it is. That's all I needed today."],
    [246, 'l', 'Happy learning — goodbye and thanks for writing in!'],
  ], usual()),

  // 07 a partial result that says the search goes on, then 122 s
  s(KWAME, '07 job training for a 28-year-old with RP in Maryland: hold, "Still looking — I\'ve found …, now checking how you apply." at 115 s, the answer 122 s after it, DORS by phone', [
    [0, 'p', 'hi. im 28 and legally blind (RP). is there a state agency that helps with job training? maryland'],
    [20, 'l', 'Hello! Kwame here, a librarian with AskUsNow!'],
    [26, 'l', 'Are you looking for training for a specific kind of job, or help finding work in general?'],
    [58, 'p', 'general. i used to do retail'],
    [64, 'l', 'One moment while I check who handles that in Maryland.'],
    [179, 'l', "Still looking — I've found the Office of Blindness and Vision Services, now checking how you apply."],
    [301, 'l', "OK! The Division of Rehabilitation Services' Office of Blindness and Vision Services does job training and placement for blind adults. You apply through DORS: call 410-554-9442 or start online at dors.maryland.gov (Consumers > Apply for Services)."],
    [306, 'l', 'Does that give you a place to start?'],
    [340, 'p', 'yes thank you!! thats everything'],
    [345, 'l', "You're welcome — best of luck, and thanks for chatting!"],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 no question at all before (or after) the answer
  s(THEO, '08 a free eye exam without insurance in Cleveland: straight to aao.org/eyecare-america and VSP Eyes of Hope, no question, "Was that useful?"', [
    [0, 'p', 'where can i get a free eye exam? no insurance, Cleveland'],
    [15, 'l', 'Hi! Welcome to KnowItNow, this is Theo, a librarian.'],
    [40, 'l', "EyeCare America arranges free eye exams for people 65 and older who haven't seen an eye doctor in three years: aao.org/eyecare-america. For any age, VSP's Eyes of Hope gift certificates go through community clinics and schools: vsp.com/eyes-of-hope."],
    [46, 'l', 'Was that useful?'],
    [80, 'p', 'im 41 so the first one is out. ok ill look at the second'],
    [86, 'l', 'Anything else I can help with?'],
    [100, 'p', 'no'],
    [104, 'l', 'Thanks for chatting — take care!'],
  ], usual({ clarify: 'fail' })),

  // 09 final idle 185 s: a check-in, then a disconnect notice that invites back
  s(GWEN, '09 borrowing a desktop video magnifier to try (run-on): TechOWL at techowlpa.org at 78, "Are you still with me?" at 210, "looks like you\'ve disconnected, so I\'ll close this chat … come back anytime" at 263', [
    [0, 'p', 'my mom has glaucoma is there anywhere that loans those video magnifier machines so she can try one before buying theyre like $2000 😳'],
    [26, 'l', "Hi! I'm Gwen, a librarian with the Allegheny County Library Association's Ask Us chat."],
    [32, 'l', "Is it a desktop model she'd want, for reading mail at a table, or a handheld one?"],
    [70, 'p', 'desktop for reading mail'],
    [78, 'l', "Pennsylvania's assistive technology lending library, TechOWL, lends desktop video magnifiers free for several weeks; you can browse and request one at techowlpa.org (AT Lending Library). Did that help?"],
    [210, 'l', 'Are you still with me?'],
    [263, 'l', "It looks like you've disconnected, so I'll close this chat. You're welcome to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 final idle exactly 120 s ending on a goodbye, no check-in
  s(HOLLIS, '10 NLS for a 12-year-old with dyslexia in Virginia: answer at 66 with "Is that what you were looking for?", goodbye at 186 (120 s), no check-in', [
    [0, 'p', "can my son (12, dyslexia) use the talking books for the blind program? we're in Virginia"],
    [19, 'l', "Good evening! You've got Hollis, a librarian with Virginia Beach Public Library."],
    [25, 'l', 'Has a doctor or a school specialist diagnosed the dyslexia? That matters for the application.'],
    [58, 'p', 'yes his school psychologist did the testing'],
    [66, 'l', "Yes: NLS now serves people with reading disabilities, and the person who certifies it can be a school psychologist, a teacher or a librarian. Virginia's network library is the Virginia Talking Book Center; the application is at loc.gov/nls (Sign Up). Is that what you were looking for?"],
    [186, 'l', 'Thanks for chatting with us tonight — goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 11 final idle 119 s by endedAt, no goodbye
  s(SOL, '11 bigger letters in Libby (chat-speak): help.libbyapp.com at 47 "Did that do the trick?", one more tip at 120, ended at 166 (119 s), no goodbye', [
    [0, 'p', 'how do i make the letters bigger in libby?? my eyes r bad'],
    [14, 'l', "Hey there, welcome to Ask Now! I'm Sol at the Pima County Public Library."],
    [20, 'l', 'Are you reading an ebook in Libby on a phone or on a tablet?'],
    [40, 'p', 'tablet'],
    [47, 'l', 'While the book is open, tap the middle of the page, then the "A" at the top (Reading Settings) and slide Text Scale up. Libby\'s help pages walk through it: help.libbyapp.com (search "text size"). Did that do the trick?'],
    [120, 'l', 'You can also switch on the dyslexic font or the high-contrast "Night" lighting in that same menu.'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 46 }),

  // 12 follow-up by me: e-mail typed and read back, "by Friday", done 71 h after the end
  s(NADIA, '12 braille cookbooks for a 15-year-old (follow-up by me): nlscatalog.loc.gov, e-mail typed and read back, "by Friday", done 71 h after the end', [
    [0, 'p', "Hello, I'm looking for braille cookbooks for my granddaughter who is learning braille. She's 15. Where can I find them?"],
    [30, 'l', 'Good morning! Nadia here, a librarian with Ask a Librarian Delaware.'],
    [36, 'l', 'Does she read contracted (grade 2) braille yet, or uncontracted?'],
    [80, 'p', "Contracted, she's pretty fast now"],
    [88, 'l', "NLS lends braille books by mail, cookbooks included; you can search for them in the NLS catalog at nlscatalog.loc.gov with the format set to Braille. I'd like to put together a short list of titles that suit a teen cook and send it to you. What e-mail should I use?"],
    [130, 'p', "sure, it's ruth.pell@example.org"],
    [136, 'l', "Thank you — ruth.pell@example.org. I'll send the list by Friday."],
    [142, 'l', 'Does the catalog link help in the meantime?'],
    [170, 'p', "Yes, it does. That's everything for now, thank you!"],
    [176, 'l', 'Thanks for writing in, and have a lovely day!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(181 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me: phone read back, no time
  s(RAY, '13 guide dog schools that take veterans (follow-up by me): guidedogs.com, seeingeye.org, va.gov, "call you back", phone read back, no when, pending', [
    [0, 'p', 'Im a veteran with low vision, which guide dog schools take veterans and are any of them free?'],
    [21, 'l', "Hi, thank you for contacting Ask Us Now. I'm Ray, a librarian at Baltimore County Public Library."],
    [27, 'l', 'Are you hoping for a school close to Maryland, or are you willing to travel for the training?'],
    [66, 'p', 'can travel. 2-3 weeks is ok'],
    [74, 'l', "Good news: the big U.S. guide dog schools don't charge for the dog or the training. Guide Dogs for the Blind (guidedogs.com) and The Seeing Eye (seeingeye.org) both train veterans, and the VA's Blind Rehabilitation Service page, va.gov/blindrehab, explains VA support for guide dogs. I'll also check which schools run veteran-only classes and call you back with that. What's a good number?"],
    [110, 'p', '410 555 0148'],
    [116, 'l', 'Got it: 410-555-0148.'],
    [120, 'l', 'Does the list of schools help so far?'],
    [150, 'p', 'yes, thanks a lot'],
    [156, 'l', 'Thank you for your service, and for chatting with us. Bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 a promise to e-mail, coded Answered; done at 30 h
  s(JORDAN, '14 NC Medicaid eye exam and glasses for an adult: medicaid.ncdhhs.gov, "I\'ll e-mail … by Tuesday", coded Answered, done 30 h later', [
    [0, 'p', "does medicaid pay for eye exams and glasses for adults in north carolina? i'm 34"],
    [16, 'l', "Jordan here, a librarian at Wake County Public Libraries — welcome to the chat!"],
    [22, 'l', 'Are you already enrolled in NC Medicaid, or still applying?'],
    [55, 'p', 'already enrolled, have a card'],
    [62, 'l', "NC Medicaid covers a routine eye exam and glasses for adults on a set schedule; the benefit is described at medicaid.ncdhhs.gov (Beneficiaries > Vision Services). I can look for eye doctors near you who take your plan and e-mail you a list. What town are you in, and which e-mail?"],
    [100, 'p', 'raleigh. dee.m.carter@example.com'],
    [106, 'l', "Thanks! I'll e-mail dee.m.carter@example.com by Tuesday."],
    [111, 'l', 'Is the Medicaid page helpful for now?'],
    [140, 'p', 'yes thank u'],
    [146, 'l', 'Anything else today?'],
    [160, 'p', 'no thats it'],
    [165, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(170 + 30 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 15 partly Spanish; follow-up by the patron's library, no contact anywhere, never recorded
  s(INES, '15 libros en letra grande en español para una abuela (partly Spanish, follow-up by patron\'s library): mdpls.org, "que se comuniquen con ustedes", no contact, not recorded at day 5', [
    [0, 'p', 'hola, tienen libros en letra grande en español? para mi abuela. large print spanish'],
    [28, 'l', '¡Hola! Welcome to Ask a Librarian. Soy Inés, bibliotecaria del Miami-Dade Public Library System.'],
    [34, 'l', '¿Cuál es la sucursal (branch) más cercana para su abuela?'],
    [70, 'p', 'la que está en west flagler creo'],
    [78, 'l', 'En el catálogo, mdpls.org, busque "letra grande" y elija Format > Large Print y Language > Spanish; hay novelas de Isabel Allende y Laura Esquivel. Voy a pedirle a la sucursal West Flagler que aparte algunos y que se comuniquen con ustedes.'],
    [82, 'l', '¿Le ayuda esto?'],
    [120, 'p', 'si gracias'],
    [126, 'l', '¡Gracias a usted! Hasta pronto.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 16 accessible absentee voting: the clerk via michigan.gov/vote, the Bureau of Elections by phone
  s(CALLUM, '16 voting privately at home as a blind voter in Michigan: accessible electronic absentee ballot, the clerk via michigan.gov/vote, Bureau of Elections by phone, "no more questions"', [
    [0, 'p', "I'm blind, how can I vote privately in the next election? Michigan. I don't want my wife to have to read the ballot to me"],
    [23, 'l', 'Good afternoon, thanks for contacting Ask a Librarian. This is Callum at Kent District Library.'],
    [29, 'l', 'Do you want to vote at your polling place, or by absentee ballot at home?'],
    [62, 'p', 'at home would be easiest'],
    [70, 'l', "Michigan has an accessible electronic absentee ballot you can mark with your own screen reader and then print. Request it from your city or township clerk — you can find your clerk and the request form at michigan.gov/vote (Absentee Voting > Accessible Electronic Absentee Ballot), or call the Bureau of Elections at 517-335-3234."],
    [76, 'l', 'Does that cover what you needed?'],
    [110, 'p', 'yes, exactly. thank you, no more questions'],
    [116, 'l', 'Glad to help. Thanks, and happy voting!'],
  ], usual({ referral: 'pass' })),

  // 17 the Commission for the Blind by phone, "your eye doctor" with no contact
  s(ESTHER, '17 a first low-vision exam at 20/200 in New York: NYSCB by phone, "worth asking your eye doctor for a referral", "no thank you"', [
    [0, 'p', "what's a low vision exam and does anyone help pay for magnifiers? new york, my vision is 20/200"],
    [17, 'l', "Hi, you're chatting with Esther, a librarian at The New York Public Library."],
    [23, 'l', 'Have you already had a low vision evaluation, or would this be your first?'],
    [60, 'p', 'first. my regular eye doctor just said theres nothing more he can do'],
    [68, 'l', "A low vision exam is different from a regular eye exam: the specialist tests which magnifiers, lighting and devices help you read. At 20/200 you're legally blind, so the NYS Commission for the Blind can help pay for the evaluation and devices — call them at 1-866-871-3000. It's also worth asking your eye doctor for a referral to a low vision specialist."],
    [74, 'l', 'Does that help?'],
    [110, 'p', 'yes very much. thanks!'],
    [116, 'l', 'Anything else I can find for you?'],
    [140, 'p', 'no thank you'],
    [145, 'l', 'Take care, and thanks for chatting with NYPL!'],
  ], usual({ referral: 'fail' })),

  // 18 a transfer with a notice and a note that says why
  s(PAT, '18 a talking-book player that says "no book": notice + internal note why, Marguerite 74 s after the notice, loc.gov/nls troubleshooting, "thats all i needed"', [
    [0, 'p', 'my talking book player stopped working, the cartridge wont play. what do i do? Im in Illinois'],
    [20, 'l', "Hello! You've reached Pat at Ask a Librarian Illinois."],
    [26, 'l', 'Does the player turn on at all, or does it power up but not read the cartridge?'],
    [60, 'p', "it turns on and says 'no book'"],
    [66, 'l', "Our colleague Marguerite at the Illinois Talking Book and Braille Service handles player problems, so I'm transferring you to her — one moment please."],
    [69, 'i', 'Marguerite, patron\'s NLS player says "no book" with a cartridge in, Illinois TBBS patron. Can you take it?'],
    xfer(72, 'Marguerite', 'marguerite-v'),
    [140, 'l', 'Hi, Marguerite here from the Illinois Talking Book and Braille Service. "No book" usually means the cartridge isn\'t seated. Push it in firmly until it clicks; if it still says that, the NLS player guide at loc.gov/nls (Players > Troubleshooting) lists the next steps, and we can mail you a replacement player free.', as(MARGUERITE)],
    [146, 'l', 'Did that help, or is it still saying no book?', as(MARGUERITE)],
    [200, 'p', 'it worked!! it clicked in. thats all i needed'],
    [205, 'l', 'Wonderful, thanks for your patience and happy listening!', as(MARGUERITE)],
  ], usual({ transfer: 'pass' })),

  // 19 a silent transfer; the receiver 115 s after the patron
  s(OMAR, '19 print-braille picture books for a blind 8-year-old: internal note only, silent transfer, Noor 115 s after the patron, seedlings.org', [
    [0, 'p', 'my daughter is 8 and blind, where can i get braille picture books she can keep?'],
    [25, 'l', 'Hi, this is Omar, a librarian with the Queens Public Library chat.'],
    [31, 'l', 'Does she read braille on her own already, or do you read together (print-braille books)?'],
    [70, 'p', "we read together, she's learning"],
    [75, 'i', 'Noor, parent of a blind 8-yr-old wants print-braille picture books to keep — kids q, can you take over?'],
    xfer(78, 'Noor', 'noor-v'),
    [185, 'l', "Hi! Noor, children's librarian at Queens Public Library. Seedlings Braille Books for Children sells print-braille picture books at low cost (seedlings.org), and the Braille Institute's Special Collection sends free books that kids keep: brailleinstitute.org (Youth > Special Collection).", as(NOOR)],
    [191, 'l', 'Are those the kind of books you had in mind?', as(NOOR)],
    [230, 'p', 'yes!! exactly, thank you so much'],
    [236, 'l', 'Anything else for her library?', as(NOOR)],
    [255, 'p', 'no thats all'],
    [259, 'l', 'Enjoy reading together — bye!', as(NOOR)],
  ], usual({ transfer: 'fail' })),

  // 20 an announced transfer without an internal note; the receiver 125 s after the notice
  s(KEISHA, '20 ballot-marking devices at Georgia early voting: "passing you to my colleague Bea … hang on", no internal note, Bea 125 s after the notice, sos.ga.gov', [
    [0, 'p', 'can a blind person use the voting machines at the polls in georgia or do i need someone to help me'],
    [18, 'l', 'Hi there! Keisha at Gwinnett County Public Library.'],
    [24, 'l', 'Are you voting in person on Election Day, or during early voting?'],
    [55, 'p', 'early voting'],
    [62, 'l', "I'm passing you to my colleague Bea, who does our government info questions — hang on just a moment."],
    xfer(65, 'Bea', 'bea-v'),
    [187, 'l', "Hello, Bea here, government information librarian. Every Georgia polling place, early voting included, has a ballot-marking device with an audio ballot and headphones, and you may bring a person of your choice to help if you want. The Secretary of State's page for voters with disabilities is at sos.ga.gov (Elections > Voters with Disabilities).", as(BEA)],
    [193, 'l', 'Is that what you wanted to know?', as(BEA)],
    [225, 'p', "yes. good to know. that's everything"],
    [230, 'l', 'Thanks so much for writing, and happy voting!', as(BEA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 "our time's up"
  s(TASHA, '21 a screen magnifier for a Mac, then iPhone, Kindle and lessons: macOS Zoom, "Sorry, our time\'s up for this chat, so I need to end it here.", patron "oh. ok"', [
    [0, 'p', 'whats the best screen magnifier for a mac, is ZoomText available for mac?'],
    [20, 'l', 'Hey! Welcome to the chat. Tasha, Ask a Librarian, Cuyahoga County Public Library.'],
    [26, 'l', 'Which macOS version are you on, and do you need speech as well as magnification?'],
    [60, 'p', 'sonoma, just magnification for now'],
    [67, 'l', 'ZoomText is Windows only. On a Mac the built-in Zoom does the job: System Settings > Accessibility > Zoom, and Apple\'s guide is at support.apple.com/guide/mac-help (search "Zoom in"). Did that help?'],
    [100, 'p', 'ok. also what about my iphone, and the kindle, and can the library teach me'],
    [107, 'l', "Sorry, our time's up for this chat, so I need to end it here."],
    [118, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 other patrons waiting, invited back; no source
  s(FARAH, '22 a guide dog turned away at a branch as a "pet": no source, "Does that clear it up?", "several other patrons waiting … come back to the chat anytime", "ok thx"', [
    [0, 'p', 'is the library allowed to make me leave my guide dog outside? the staff at my branch said pets arent allowed'],
    [30, 'l', "Hello and thank you for writing! I'm Farah, a librarian at Sacramento Public Library."],
    [36, 'l', 'Was it a staff member at the desk who said it, and did they ask what task the dog does?'],
    [75, 'p', 'yes at the desk. they didnt ask anything just said no pets'],
    [82, 'l', "Under federal disability law a guide dog is a service animal, not a pet, and you're allowed to bring it into the library. Staff may only ask whether the dog is needed because of a disability and what task it's trained to do. I'm sorry that happened."],
    [88, 'l', 'Does that clear it up?'],
    [120, 'p', 'yes. and can they charge a fee? and what about a guide dog in training? and the bus?'],
    [128, 'l', "I've got several other patrons waiting right now, so I'll stop here for today — please come back to the chat anytime for those and we'll pick them up. Thanks!"],
    [140, 'p', 'ok thx'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 23 a hold at pickup, the greeting only in the third message; four chats at once
  s(WES, '23 audio-described DVDs of old westerns: "one sec, reading your question…", the greeting in the third message, spl.org, three other chats open at once (four)', [
    [0, 'p', 'do you have any DVDs with audio description for blind viewers? Seattle'],
    [25, 'l', 'one sec, reading your question...'],
    [40, 'l', 'Any kind of movie in particular — new releases, classics, kids?'],
    [60, 'p', 'classics mostly. my husband loves old westerns'],
    [68, 'l', 'Hi, by the way — I\'m Wes, a librarian at The Seattle Public Library. In our catalog at spl.org, search "audio description" and narrow Format to DVD; the notes say "described video". There are a good number of westerns.'],
    [74, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yep, thats all I needed'],
    [115, 'l', 'Enjoy the westerns — thanks for chatting!'],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wes-v', -100, 200), other('w2', 'wes-v', 10, 300), other('w3', 'wes-v', 50, 90)],
  }),

  // 24 "take your time" (no hold); touching chats, three at most
  s(YUSUF, '24 hearing the daily paper by phone (NFB-NEWSLINE): "No rush — take your time." then 155 s, nfb.org/newsline, touching chats (three at most)', [
    [0, 'p', 'my uncle cant read the newspaper anymore (macular degeneration). is there a way he can hear the daily paper read out loud? he doesnt do computers'],
    [18, 'l', 'Good morning! This is Yusuf, a librarian at Austin Public Library.'],
    [24, 'l', 'Does he have a phone he could call in on, a landline or a basic cell?'],
    [40, 'p', 'hmm let me ask him, hes in the other room'],
    [45, 'l', 'No rush — take your time.'],
    [200, 'p', 'ok he has a landline and a flip phone'],
    [207, 'l', 'Then NFB-NEWSLINE should suit him: blind and print-disabled people can hear hundreds of newspapers, the Austin American-Statesman included, by dialing in from any phone with a free account. Sign-up is at nfb.org/newsline.'],
    [213, 'l', 'Does that sound like what he needs?'],
    [250, 'p', 'yes that sounds perfect. thats everything, thank you'],
    [256, 'l', 'Wonderful — thanks for reaching out, and say hi to your uncle!'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yusuf-v', -300, 0), other('y2', 'yusuf-v', -50, 150), other('y3', 'yusuf-v', 40, 400), other('y4', 'yusuf-v', 261, 500)],
  }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (BARD macro test): coded Practice, every check na', [
    [0, 'p', 'testing BARD canned message'],
    [5, 'l', 'Hi! Test of the BARD macro: nlsbard.loc.gov'],
    [10, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 a true Lost Call: greeting, check-in, disconnect notice that invites back
  s(RAFAEL, '26 Saturday braille classes at the Braille Institute in LA (Lost Call): greeting only, "are you still there?" at 150, "Looks like we got disconnected … closing this chat now. Come back anytime" at 250', [
    [0, 'p', 'do u know if the braille institute in LA has classes on saturdays'],
    [22, 'l', "Hi! I'm Rafael, a librarian at LA County Library."],
    [150, 'l', 'Hi again — are you still there?'],
    [250, 'l', "Looks like we got disconnected, so I'm closing this chat now. Come back anytime, we're here 24/7!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 no provider ever joined (Spanish), code null
  s(NOBODY, '27 examen de la vista con Medi-Cal para una mamá (Spanish): no provider ever joined, "alguien?? por favor", patron left, code null', [
    [0, 'p', 'hola? necesito saber cómo pedir el examen de la vista con Medi-Cal para mi mamá, ya casi no ve'],
    waiting(3),
    [140, 'p', 'alguien?? por favor'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 28 Lost Call after three patron lines; the greeting split; the patron has the last word
  s(LOU, '28 glasses for a 6-year-old on PA Medical Assistance: "Hi there!" then "Lou with Ask Here PA — …?", dhs.pa.gov, patron "ok" / "thx" last, coded Lost Call', [
    [0, 'p', 'does medicaid cover glasses for my 6 yr old? pennsylvania'],
    [24, 'l', 'Hi there!'],
    [30, 'l', 'Lou with Ask Here PA, librarian on duty — is she covered through Medical Assistance or CHIP?'],
    [62, 'p', 'medical assistance i think'],
    [70, 'l', "Yes — for children on Medical Assistance, eye exams and glasses are covered, usually once a year. PA's Department of Human Services lists children's covered services at dhs.pa.gov (Medical Assistance > Covered Services). Is that what you needed?"],
    [105, 'p', 'ok'],
    [110, 'p', 'thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 a source without codes; pickedUpAt 50 s, first line at 75
  s(IMANI, '29 accessible textbooks for a college student with low vision: pickedUpAt 50 s, first line at 75, bookshare.org, "ask your disability services office", no codes at all', [
    [0, 'p', 'hey im a college student with low vision, how do i get my textbooks in an accessible format? the pdfs are terrible with my screen reader'],
    [75, 'l', 'Hi! Thanks for waiting — Imani here, a librarian with Ask Away.'],
    [81, 'l', "Have you registered with your college's disability services office yet?"],
    [115, 'p', 'ya i have accommodations'],
    [122, 'l', "Bookshare has many textbooks in accessible formats, free for U.S. students with a qualifying print disability: bookshare.org. For books Bookshare doesn't have, ask your disability services office to request the accessible files from the publisher."],
    [128, 'l', 'Is that useful?'],
    [160, 'p', 'yeah super helpful. thats all for today'],
    [166, 'l', 'Good luck this semester — bye!'],
  ], usual({ referral: 'fail', code: 'na' }), { pickedUpAt: at(50), resolutionCode: undefined }),

  // 30 partly Spanish: a notice with no check-in, final idle 205 s, code ""
  s(MARCO, '30 votar solo siendo ciego en Maricopa (partly Spanish): answer at 67 "¿Le sirve?", "Parece que se desconectó, así que voy a cerrar este chat." at 267 (205 s), code ""', [
    [0, 'p', 'hi, mi hermano es ciego y quiere votar solo sin ayuda. arizona, maricopa. como le hace?'],
    [17, 'l', '¡Hola! Thanks for writing to Ask a Librarian. Soy Marco, bibliotecario de Phoenix Public Library.'],
    [23, 'l', '¿Va a votar en persona o por correo (early ballot)?'],
    [60, 'p', 'en persona'],
    [67, 'l', 'Todos los centros de votación del condado Maricopa tienen una máquina accesible con audio y audífonos (accessible voting device), y puede pedir ayuda a dos trabajadores electorales si la necesita. La información en español está en elections.maricopa.gov (Votar > Accesibilidad). ¿Le sirve?'],
    [267, 'l', 'Parece que se desconectó, así que voy a cerrar este chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundVision.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('18')]:
    'resolution.code: expected pass, got fail ("the provider promised a follow-up but the code is "Answered", not a follow-up code"); followup.contact: expected na, got fail ("no e-mail or phone confirmed in the chat, and no time given for the follow-up"); followup.on_time: expected na, got pending ("no follow-up recorded yet; due within 72 h of the session\'s end"). Message 7: "if it still says that, the NLS player guide … lists the next steps, and we can mail you a replacement player free" states what the service can do if the fix fails, it promises nothing to be sent or found later, and the patron answers "it worked!!" (RUBRIC Terms, Follow-up session: "the provider promises in the chat to send or find more later"; not one, so followup.contact and followup.on_time are "na unless a follow-up session" and the Answered code has no promise against it).',
  [byNo('29')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "ask your disability services office to request the accessible files from the publisher" tells the patron to ask an office of their college, with no e-mail, phone, address or URL for it; the bookshare.org before it is Bookshare\'s site, a source for the patron to use, not a way to reach the office (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL). fail otherwise."; Terms, Referral: "(call, write to, ask or visit them): another agency, library, department, office …").',
};

describe('sixty-third round: low vision, blindness and accessible reading, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundVision.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundVision.filter((c) => c.name in LEFT_WHY));
});
