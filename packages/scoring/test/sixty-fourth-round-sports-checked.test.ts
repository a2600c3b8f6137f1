/**
 * Sixty-fourth round, theme YOUTH SPORTS LEAGUES, RECREATION SIGN-UPS AND ATHLETIC RECORDS, checked: 30 whole sessions no
 * one had written, from public library and statewide "ask a librarian" chats: rec sign-ups (fall soccer in Montgomery County,
 * baseball with a fee waiver in Houston in Spanish, summer swim team in San Diego, tee-ball in Louisville, girls' rec lacrosse
 * in Baltimore County, youth wrestling in Des Moines, youth football in Hialeah partly in Spanish, kids' fútbol in Los Angeles
 * in Spanish, Little League sign-ups nobody answered), scholarships (travel hockey in St. Paul), physicals and concussion forms
 * (VHSL, IHSA, AIA in Spanish), adult leagues (kickball in Denver, drop-in volleyball in Minneapolis, flag football in Mesa),
 * records and old team photos (a 1987 MHSAA 1600 m, a 1979 Tacoma yearbook, 1975 Frederick High champions, a Little Rock
 * rushing record, 1992 Iowa wrestling placings, a 1968 Little League team, the GHSA Hall of Fame), coaching clearances in
 * Pennsylvania, eligibility after a transfer in Ohio, club volleyball tryouts, a rec center weight room, and field and court
 * reservations (an Austin field permit, a Raleigh pickleball court). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundSports-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there! Marisol here, youth services librarian at …" (01); "Thanks for contacting Ask a Librarian! I'm Dev
 *   at …" with `pickedUpAt` exactly 60 s and the first line at 90 (02: pass); a 61 s pickup (03: fail); Spanish "¡Hola, buenas
 *   tardes! Habla Ximena, bibliotecaria de …" (04), "Hola, bienvenida al chat de Phoenix Public Library. Soy Carmen,
 *   bibliotecaria." (16), "¡Hola! Soy Tomás, bibliotecario de …" (18), "¡Hola! Le saluda Rubén, bibliotecario de …" (29);
 *   "Hey hey! 👋" + a question under the screen name "sportsdesk" (05: greets, names no one: fail); "Good morning, Tacoma Public
 *   Library — Wen speaking." (07); "Hello! Thanks for writing to Ask Here PA. My name is Corey." (08); "Hi, Ruth at … here —
 *   thanks for writing." (17); no provider ever joined, a queue line only (10);
 *  inquiry: age, town, school or league, rec or travel, insurance, weight class, career or season, which court; a restatement
 *   with no question mark ("So you're hoping to find photos and news coverage of …", 13: pass); the source given before "Is it a
 *   one-time practice, or every Saturday for a season?" (09: fail);
 *  waits: "Hang on while I look through the MHSAA record books." answered exactly 120 s later (06: pass); "One moment, let me
 *   check our Northwest Room yearbook collection." answered 121 s later (07: fail); a patron answer at 55, the patron's "hello?"
 *   at 120 and the provider at 181 (08: 126 s, the second patron line does not restart the wait: fail); a transfer notice
 *   answered 70 s later by the receiver (25: pass) and 130 s later (27: fail); a silent transfer, the receiver 100 s after the
 *   patron (26: pass);
 *  endings: final idle of exactly 120 s ending on "You still with me?" at endedAt (19: check-in pass, courteous fails); 119 s
 *   with nothing (20: idle na); 180 s to a notice that invites back, after a check-in (21: both pass); 179 s to a notice that
 *   thanks, no check-in (22: idle fails, notice na); a true Lost Call in Spanish, "¿Sigue conectado?" and "Parece que se ha
 *   desconectado … ¡Gracias por escribirnos y vuelva cuando quiera!" (29: 185 s); "I can only take one question per chat, so I'm
 *   ending this one here." (23: dismissal, courteous fails); "a few other patrons waiting … Please come back to the chat later"
 *   (24: allowed); the patron's "🙌", "wow ok" and "ok" as the last line (05, 23, 24); patron-side "thats everything", "eso es
 *   todo", "thats all i needed", "no that was it", "no thats all for now", "si, es todo", and "ok thanks", "ok gracias", "ya
 *   kinda" that do not count;
 *  sources: parks and recreation pages (activemontgomery.org, houstontx.gov/parks, denvergov.org/parks, austintexas.gov,
 *   minneapolisparks.org, sandiego.gov, raleighnc.gov/parks, louisvilleky.gov/parks, baltimorecountymd.gov, mesaaz.gov,
 *   dsm.city/parks), state athletic associations (vhsl.org, ihsa.org, mhsaa.com, ohsaa.org, aiaonline.org, iahsaa.org, ghsa.net,
 *   ahsaa.org, hoavb.org), keepkidssafe.pa.gov, minnesotahockey.org, named databases (NewsBank, Foundation Directory Online),
 *   digitized yearbooks and nyshistoricnewspapers.org, a referral's phone; an answer with no source at all (24: fail);
 *  referrals: "puede llamar a la oficina de deportes juveniles al 832-555-0148" (04: pass); "talk to the athletic director at
 *   the new school" (17: no contact, fail); the sports office by phone and "pregunte en el departamento de salud del condado"
 *   with none (18: not every party, fail); "I'll ask our Maryland Room librarian" (13), "ask our grants librarian" (14), "pasar
 *   su pregunta a la biblioteca de su zona; alguien de allí le va a contactar" (16): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 40 h after the end (13: pass); FU_ME, e-mail read back,
 *   "I'll e-mail you what she says" with no when (14: contact fails, pending); a call-back promise "by Thursday" coded Answered,
 *   phone typed and read back, done at 73 h (15: code fails, contact passes, on_time fails); FU_LIB in Spanish with no contact
 *   anywhere, unrecorded at day 5 (16: code, contact and on_time fail);
 *  codes: Practice (30); a true Lost Call (29); Lost Call after two patron messages with no provider (10: fail); null (20); none
 *   in the source (12);
 *  transfers: notice + internal note that says why (25: pass); internal note only (26: fail); notice only (27: fail);
 *  concurrency: three others open at once over this one (28: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (12: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("¡Hola, buenas tardes!", "Hola, bienvenida al chat") greet; "Habla Ximena, bibliotecaria de …", "Soy
 *   Carmen, bibliotecaria", "Le saluda Rubén, bibliotecario de …" identify; "¿Esto responde a su pregunta?", "¿Le sirve?", "¿Le
 *   ayuda esta información?" are the completeness question; "¿Sigue conectado?" asks whether the patron is still there; "Parece
 *   que se ha desconectado, así que voy a cerrar el chat" tells the patron they seem to have disconnected and that the session
 *   ends; "Que les vaya muy bien, hasta luego" says goodbye;
 * - "eso es todo" and "si, es todo" ("that's all") say explicitly that the patron is done; "ok gracias", "ok thanks", "ya
 *   kinda", "wow ok" do not;
 * - "A doctor fills it in and the school keeps it" (02), "kids 14 and up may use the weight room alone after a short safety
 *   orientation" (24) and "request a permit at austintexas.gov/…" (09) describe a process or point to a website: no referral;
 *   "talk to the athletic director at the new school" tells the patron to contact a person outside the chat: a referral;
 * - "At most Tulsa rec centers …" (24) names organisations with no way to reach them: no source, so info.source fails while
 *   followup.completeness still applies (it is na only when info.source is na) and passes on the "Did that help?" in the answer;
 * - a check-in sent at the very moment the session ends (19: "You still with me?" at 174 s, `endedAt` 174 s) is sent during
 *   the final idle; 120 s and 180 s exactly reach `idleCheckSeconds` and `disconnectSeconds` (≥);
 * - "Seems like you have left the chat, so I am ending the session. Thanks for reaching out!" (22) tells the patron they seem to
 *   have left and that the session ends, does not ask, and thanks (a goodbye: the final idle ends there, 179 s);
 * - with `pickedUpAt` at 60 s and the first visible line at 90 s (02), pickup time is 60 s (pass);
 * - `resolutionCode: undefined` is a field left out (12: the source has no codes, na); `null` is a missing code (20: fail);
 * - "Voy a pasar su pregunta a la biblioteca de su zona; alguien de allí le va a contactar" (16) promises contact from the
 *   patron's library: a follow-up session, consistent with its FU_LIB code;
 * - a `followUps` entry 40 h after `endedAt` is within 72 h (13); 73 h is not (15).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY empty).
 * Every timing check (pickup at 61 s and by `pickedUpAt` at exactly 60 s, no provider; keep_informed at exactly 120 s after a
 * hold, 121 s after a hold, 126 s across a second patron line, 70 s and 130 s after transfer notices, 100 s across a silent
 * transfer; final idles of 119, 120, 179, 180 and 185 s; concurrency at four and at touching ends; on_time done at 40 h and 73 h,
 * unrecorded past the deadline, pending once) and every code (Practice, a true Lost Call, Lost Call after two patron messages
 * with no provider, null, no codes in the source, a promise under Answered, follow-up codes with and without a contact) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every case (patron e-mails typed and read
 * back; a patron phone typed and read back; library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running as labelled, 0 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X): as on v57, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-y', name: 'Marisol', library: 'MCPL-MD' };
const DEV: Prov = { id: 'dev-y', name: 'Dev', library: 'CCPL-VA' };
const HARRIET: Prov = { id: 'harriet-y', name: 'Harriet', library: 'IAL' };
const XIMENA: Prov = { id: 'ximena-y', name: 'Ximena', library: 'HPL-TX' };
const SPORTSDESK: Prov = { id: 'sportsdesk-y', name: 'sportsdesk', library: 'DPL-CO' };
const LORENZO: Prov = { id: 'lorenzo-y', name: 'Lorenzo', library: 'GRPL' };
const WEN: Prov = { id: 'wen-y', name: 'Wen', library: 'TPL-WA' };
const COREY: Prov = { id: 'corey-y', name: 'Corey', library: 'AHPA' };
const ANIKA: Prov = { id: 'anika-y', name: 'Anika', library: 'APL-TX' };
const NOBODY: Prov = { id: 'queue-y', name: 'Queue', library: 'VRQ' };
const ZEKE: Prov = { id: 'zeke-y', name: 'Zeke', library: 'HCL-MN' };
const RHEA: Prov = { id: 'rhea-y', name: 'Rhea', library: 'SDPL' };
const PRIYANKA: Prov = { id: 'priyanka-y', name: 'Priyanka', library: 'FCPL-MD' };
const GIL: Prov = { id: 'gil-y', name: 'Gil', library: 'SPPL' };
const MARCUS: Prov = { id: 'marcus-y', name: 'Marcus', library: 'CALS' };
const CARMEN: Prov = { id: 'carmen-y', name: 'Carmen', library: 'PHXPL' };
const RUTH: Prov = { id: 'ruth-y', name: 'Ruth', library: 'CML' };
const TOMAS: Prov = { id: 'tomas-y', name: 'Tomás', library: 'MDPLS' };
const NADIA: Prov = { id: 'nadia-y', name: 'Nadia', library: 'WCPL' };
const JUN: Prov = { id: 'jun-y', name: 'Jun', library: 'LFPL' };
const ODILE: Prov = { id: 'odile-y', name: 'Odile', library: 'BCPL' };
const LEO: Prov = { id: 'leo-y', name: 'Leo', library: 'MCLD' };
const SAM: Prov = { id: 'sam-y', name: 'Sam', library: 'JOCOLIB' };
const YOLANDA: Prov = { id: 'yolanda-y', name: 'Yolanda', library: 'TCCL' };
const FELIX: Prov = { id: 'felix-y', name: 'Felix', library: 'CRPL' };
const GRETA: Prov = { id: 'greta-y', name: 'Greta', library: 'CRPL' };
const HUGO: Prov = { id: 'hugo-y', name: 'Hugo', library: 'DMPL' };
const IVY: Prov = { id: 'ivy-y', name: 'Ivy', library: 'DMPL' };
const JADE: Prov = { id: 'jade-y', name: 'Jade', library: 'RPL-NY' };
const KWAME: Prov = { id: 'kwame-y', name: 'Kwame', library: 'RPL-NY' };
const LINA: Prov = { id: 'lina-y', name: 'Lina', library: 'GCPL' };
const RUBEN: Prov = { id: 'ruben-y', name: 'Rubén', library: 'LAPL' };
const TRAINEE: Prov = { id: 'trainee-y', name: 'Trainee 7', library: 'TRN' };

const s = session;

export const sixtyFourthRoundSports: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 fall rec soccer for a 7-year-old in Montgomery County: "Marisol here, youth services librarian", activemontgomery.org, "thats everything"', [
    [0, 'p', 'hi!! how do i sign my 7 yr old up for rec soccer this fall, montgomery county md'],
    [19, 'l', 'Hey there! Marisol here, youth services librarian at Montgomery County Public Libraries.'],
    [25, 'l', 'Is this the county rec league or a travel club? And you want recreational, no tryouts?'],
    [70, 'p', 'county rec, no tryouts lol shes 7'],
    [78, 'l', "Montgomery County Recreation runs youth soccer through ActiveMONTGOMERY; fall registration opens in early summer. Search 'youth soccer' at activemontgomery.org and filter by age 7. Fee help for families who qualify (RecAssist) is on the same site."],
    [84, 'l', 'Did that get you what you needed?'],
    [120, 'p', 'omg yes perfect, thats everything'],
    [126, 'l', 'Have fun on the sidelines — thanks for stopping by the chat!'],
  ], usual()),

  // 02 pickedUpAt exactly 60 s, first visible line at 90
  s(DEV, '02 the VHSL physical form for JV football: pickedUpAt 60 s, first line at 90, "Is that the form you were after?", "Anything else … tonight?"', [
    [0, 'p', 'where do i get the sports physical form for high school in virginia. my son is starting JV football'],
    [90, 'l', "Thanks for contacting Ask a Librarian! I'm Dev at Chesterfield County Public Library, sorry for the short wait."],
    [96, 'l', 'Is he at a public high school? Those follow the VHSL form.'],
    [130, 'p', 'yes public'],
    [137, 'l', 'The VHSL Preparticipation Physical Examination form is on vhsl.org under Forms. A doctor fills it in and the school keeps it for the year. Is that the form you were after?'],
    [170, 'p', 'yes ty'],
    [175, 'l', 'Anything else I can help with tonight?'],
    [200, 'p', 'nope'],
    [205, 'l', 'Good luck this season, bye!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 03 pickup at 61 s
  s(HARRIET, '03 a concussion form before cheer tryouts in Illinois: 61 s pickup, ihsa.org, "thats all i needed"', [
    [0, 'p', 'does my daughter need a concussion form signed before cheer tryouts?? IL'],
    [61, 'l', 'Good afternoon, this is Harriet, a librarian with Illinois Ask a Librarian.'],
    [66, 'l', 'Is she trying out at a high school or a middle school?'],
    [100, 'p', 'high school, sophomore'],
    [106, 'l', "Illinois's Youth Sports Concussion Safety Act requires every student-athlete and a parent to sign a concussion information sheet each year before practice starts. The IHSA's form is at ihsa.org (Sports Medicine > Concussion Management). Does that answer your question?"],
    [150, 'p', 'yes thank u thats all i needed'],
    [155, 'l', 'Thanks for writing in, and good luck to her!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish; a referral by phone
  s(XIMENA, '04 liga de béisbol y becas en Houston (Spanish): "Habla Ximena, bibliotecaria", houstontx.gov/parks, la oficina de deportes juveniles por teléfono, "eso es todo"', [
    [0, 'p', 'hola buenas, quiero inscribir a mi hijo en la liga de beisbol del parque pero no tengo mucho dinero, hay becas?'],
    [24, 'l', '¡Hola, buenas tardes! Habla Ximena, bibliotecaria de la Biblioteca Pública de Houston.'],
    [30, 'l', '¿Cuántos años tiene su hijo y en qué parte de la ciudad viven?'],
    [75, 'p', 'tiene 9 años, vivimos en el east end'],
    [83, 'l', 'Houston Parks and Recreation tiene ligas de béisbol juveniles de bajo costo. La inscripción está en houstontx.gov/parks (Programs > Youth Sports). Para preguntar por una beca, puede llamar a la oficina de deportes juveniles al 832-555-0148.'],
    [89, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si muchas gracias, eso es todo'],
    [146, 'l', '¡Con mucho gusto! Gracias por escribirnos y suerte en la temporada.'],
  ], usual({ referral: 'pass' })),

  // 05 greets, names no one; the patron has the last word
  s(SPORTSDESK, '05 adult coed kickball in Denver (chat-speak): "Hey hey! 👋" + a question under the screen name "sportsdesk", denvergov.org, patron "🙌" last', [
    [0, 'p', 'r there any adult kickball leagues around denver?? me n my coworkers wanna join one'],
    [14, 'l', 'Hey hey! 👋'],
    [19, 'l', 'Are you looking for a coed social league, or something more competitive?'],
    [50, 'p', 'coed social def, we r not athletes lmao'],
    [57, 'l', 'Denver Parks & Recreation lists its adult leagues at denvergov.org/parks (Adult Sports), and the big social kickball leagues post their Denver seasons at wakakickball.com. Did that help?'],
    [95, 'p', 'yes!! thats all i needed thx'],
    [99, 'l', 'Have a blast, bye now!'],
    [104, 'p', '🙌'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(LORENZO, '06 a dad\'s 1987 Class B 1600 m in Michigan: "Hang on while I look through the MHSAA record books." answered exactly 120 s later, mhsaa.com', [
    [0, 'p', 'trying to find the michigan high school state record for boys 1600m, my dad says he won class B in 1987'],
    [20, 'l', "Hi! I'm Lorenzo, a reference librarian at Grand Rapids Public Library."],
    [26, 'l', 'Do you know which school he ran for? That narrows the record books down.'],
    [60, 'p', 'east grand rapids'],
    [66, 'l', 'Hang on while I look through the MHSAA record books.'],
    [186, 'l', 'Thanks for waiting. The MHSAA posts its all-time track and field records and past individual champions by class at mhsaa.com (Sports > Track & Field > Records); the 1987 Class B finals are in the archived results there. Is that what you were looking for?'],
    [230, 'p', 'yes!! found his name 😭 thank you'],
    [236, 'l', 'That is wonderful! Anything else I can look up?'],
    [260, 'p', 'no thats all'],
    [265, 'l', 'Congratulations to your dad — thanks for chatting!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(WEN, '07 a 1979 girls basketball team photo in a Tacoma yearbook: "One moment, let me check our Northwest Room yearbook collection." answered 121 s later', [
    [0, 'p', 'looking for a team photo of the 1979 lincoln high girls basketball team, my mom is in it. tacoma'],
    [18, 'l', 'Good morning, Tacoma Public Library — Wen speaking. Happy to help look.'],
    [24, 'l', 'Is that Lincoln High School in Tacoma? And do you need a print, or is a digital copy fine?'],
    [60, 'p', 'yes lincoln tacoma, digital is fine'],
    [66, 'l', 'One moment, let me check our Northwest Room yearbook collection.'],
    [187, 'l', "Found it: the 1979 Lincoln High yearbook is digitized in our Northwest Room collection at tacomapubliclibrary.org/northwest-room, and the girls' basketball team photo is on page 112. Does that help?"],
    [225, 'p', 'YES thats her!! thank you so much'],
    [230, 'l', 'Anything else today?'],
    [250, 'p', 'no that was it'],
    [255, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ informed: 'fail' })),

  // 08 126 s waiting on the provider; the patron's "hello?" does not restart it
  s(COREY, '08 clearances for a volunteer U10 soccer coach in Pennsylvania: the patron answers at 55, "hello?" at 120, the answer at 181 (126 s), keepkidssafe.pa.gov', [
    [0, 'p', 'i want to volunteer coach my sons u10 soccer team, what background checks do i need in PA'],
    [22, 'l', 'Hello! Thanks for writing to Ask Here PA. My name is Corey.'],
    [28, 'l', 'Is the team through a school, or a community league like the township rec?'],
    [55, 'p', 'township rec league'],
    [120, 'p', 'hello?'],
    [181, 'l', 'Sorry for the delay! Pennsylvania requires volunteers who work with kids to get clearances: the PA State Police criminal record check, the Child Abuse History clearance, and in some cases an FBI fingerprint check. All three are explained at keepkidssafe.pa.gov, and the first two are free for volunteers. Does that help?'],
    [220, 'p', 'yea thanks, thats everything'],
    [226, 'l', 'Thanks for coaching, and for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 09 the source before the question
  s(ANIKA, '09 a seasonal soccer field permit in Austin: austintexas.gov given first, then "Is it a one-time practice, or every Saturday …?"', [
    [0, 'p', 'how do i reserve a soccer field for a saturday practice? austin tx'],
    [16, 'l', 'Hi, this is Anika with Austin Public Library.'],
    [21, 'l', 'Athletic field rentals go through Austin Parks and Recreation; you can see the fields and request a permit at austintexas.gov/department/athletic-field-rentals.'],
    [26, 'l', 'Is it a one-time practice, or every Saturday for a season?'],
    [60, 'p', 'every saturday sept to nov'],
    [66, 'l', 'Then ask for a seasonal permit on that page; seasonal requests open a few months ahead. Did that answer your question?'],
    [100, 'p', 'yes thank you thats all'],
    [105, 'l', 'Thanks for chatting — good luck with the season!'],
  ], usual({ clarify: 'fail' })),

  // 10 no provider ever joined; Lost Call after two patron messages
  s(NOBODY, '10 when do Little League sign-ups end: no provider ever joined, "helloooo??", patron left, coded Lost Call after two patron messages', [
    [0, 'p', 'need to know when little league signups end in our town pls'],
    [4, 's', 'All of our librarians are busy. Please stay on the line.'],
    [160, 'p', 'helloooo??'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 no completeness question; the patron says they are done
  s(ZEKE, '11 adult drop-in volleyball in Minneapolis: minneapolisparks.org and hclib.org/events, no completeness question, "oh sweet, thats all i needed"', [
    [0, 'p', 'is there an open gym volleyball thing for adults in minneapolis? like drop in'],
    [21, 'l', 'Hi! Zeke here, librarian at Hennepin County Library.'],
    [27, 'l', 'Are you after indoor drop-in, or a league with a set team?'],
    [60, 'p', 'drop in indoor'],
    [66, 'l', 'Minneapolis Park and Recreation Board runs adult drop-in volleyball at several rec centers; the schedule and fees are at minneapolisparks.org (Activities > Adult Sports > Drop-In). Our own events calendar at hclib.org/events sometimes lists free pickup nights too.'],
    [100, 'p', 'oh sweet, thats all i needed'],
    [105, 'l', 'Great — enjoy, and thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 12 "ok thanks" only; no codes in the source; three at most with touching ends
  s(RHEA, '12 summer swim team sign-up in San Diego (no codes in the source): sandiego.gov aquatics, patron "ok thanks", touching chats (three at most)', [
    [0, 'p', 'when does registration for summer swim team open at the city pools? san diego'],
    [20, 'l', 'Good afternoon! Rhea at San Diego Public Library here.'],
    [25, 'l', 'Is this for the city swim team or for lessons? And how old is the swimmer?'],
    [58, 'p', 'swim team, shes 11'],
    [64, 'l', "San Diego Parks and Recreation's Aquatics page lists the youth swim team sign-up dates and pools: sandiego.gov/park-and-recreation/activities/aquatics. Registration usually opens in April. Does that help?"],
    [100, 'p', 'ok thanks'],
    [105, 'l', 'You are welcome, have a great summer!'],
  ], usual({ anything: 'fail', code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('r1', 'rhea-y', -300, 0), other('r2', 'rhea-y', -50, 200), other('r3', 'rhea-y', 30, 400), other('r4', 'rhea-y', 110, 500)],
  }),

  // 13 follow-up by me: a restatement, e-mail typed and read back, "by Wednesday", done 40 h after the end
  s(PRIYANKA, '13 photos of the 1975 Frederick High state champions (follow-up by me): a restatement, NewsBank, "e-mail you scans by Wednesday", e-mail read back, done at 40 h', [
    [0, 'p', 'my grandpa played on the 1975 state champion basketball team at frederick high, any chance the library has photos or newspaper stories?'],
    [23, 'l', "Hello, and welcome to Ask Us Now! I'm Priyanka, a librarian at Frederick County Public Libraries."],
    [29, 'l', "So you're hoping to find photos and news coverage of Frederick High's 1975 state championship team."],
    [60, 'p', 'yes exactly'],
    [67, 'l', "The Frederick News-Post back issues are searchable in our NewsBank database (fcpl.org > Research > Newspapers), so you can search 'Frederick High' basketball 1975 there now. Team photos are likely in our Maryland Room's yearbook files, which aren't online. I'll ask our Maryland Room librarian to pull them and e-mail you scans by Wednesday. What address should I send them to?"],
    [110, 'p', 'tom.keller.fred@example.com thank u!!'],
    [116, 'l', 'Got it: tom.keller.fred@example.com. Does the NewsBank search work for you in the meantime?'],
    [150, 'p', 'yes it does, found 2 articles already'],
    [155, 'l', 'Anything else I can help you with?'],
    [175, 'p', 'no thats all for now'],
    [180, 'l', 'Thanks for chatting — watch your inbox Wednesday!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(185 + 40 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 14 follow-up by me: e-mail read back but no when
  s(GIL, '14 scholarships for travel hockey in St. Paul (follow-up by me): minnesotahockey.org, Foundation Directory Online, "I\'ll e-mail you what she says", e-mail read back, no when', [
    [0, 'p', 'is there any scholarship money for kids travel hockey? its sooo expensive, we are in st paul'],
    [19, 'l', 'Hi there, thanks for reaching out to AskMN. This is Gil, a librarian at Saint Paul Public Library.'],
    [25, 'l', 'How old is your child, and is the team a USA Hockey registered club?'],
    [65, 'p', '12, yes its usa hockey registered'],
    [72, 'l', "A few places to start: Minnesota Hockey's assistance page lists scholarship funds at minnesotahockey.org (Parents > Financial Assistance), and the Foundation Directory Online database, free in our branches, lets you search youth sports grants. I'd like to ask our grants librarian whether any local funds take applications mid-season; I'll e-mail you what she says. What's your e-mail?"],
    [120, 'p', 'its jess.nguyen.stp@example.com'],
    [125, 'l', 'Thanks, I have jess.nguyen.stp@example.com. Does that help for now?'],
    [160, 'p', 'yes thank you!! thats all'],
    [165, 'l', 'Take care, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 15 a promise to call back by Thursday coded Answered; phone read back; done 73 h after the end
  s(MARCUS, '15 the career rushing record at Central High in Little Rock: "call you by Thursday", phone read back, coded Answered, done at 73 h', [
    [0, 'p', 'who holds the all time rushing record at central high in little rock? arguing w my brother lol'],
    [22, 'l', 'Hi! This is Marcus, a reference librarian with the Central Arkansas Library System.'],
    [28, 'l', 'Do you mean career rushing yards, or a single season?'],
    [55, 'p', 'career'],
    [62, 'l', "The Arkansas Activities Association keeps state records at ahsaa.org (Football > Records), but school records usually aren't online. Our Butler Center has old Central High yearbooks and Arkansas Gazette coverage, so I'll look through them and call you by Thursday with what I find. What number should I use?"],
    [100, 'p', '501 555 0172'],
    [106, 'l', 'Thanks, that is 501-555-0172. Did the state records page help in the meantime?'],
    [140, 'p', 'ya kinda'],
    [146, 'l', 'Is there anything else I can check for you?'],
    [170, 'p', 'no'],
    [175, 'l', 'Talk soon, thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(180 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 partly Spanish; follow-up by the patron's library with no contact anywhere, unrecorded at day 5
  s(CARMEN, '16 examen físico gratis para voleibol en Phoenix (Spanish, follow-up by patron\'s library): aiaonline.org, "alguien de allí le va a contactar", no contact, unrecorded at day 5', [
    [0, 'p', 'hi, donde puedo conseguir un examen fisico gratis para que mi hija juegue volleyball en la escuela? phoenix'],
    [25, 'l', 'Hola, bienvenida al chat de Phoenix Public Library. Soy Carmen, bibliotecaria.'],
    [31, 'l', '¿Su hija tiene seguro médico o AHCCCS?'],
    [70, 'p', 'no tiene seguro'],
    [77, 'l', 'Algunas clínicas comunitarias hacen exámenes deportivos gratis o de bajo costo antes de la temporada. El formulario que pide la escuela es el de la AIA, en aiaonline.org (Sports Medicine > Pre-Participation Physical). ¿Le sirve?'],
    [120, 'p', 'si pero que clinicas?'],
    [126, 'l', 'Voy a pasar su pregunta a la biblioteca de su zona; alguien de allí le va a contactar con una lista de clínicas.'],
    [160, 'p', 'ok gracias'],
    [165, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 17 a referral to the athletic director with no contact
  s(RUTH, '17 a mid-year transfer and basketball eligibility in Ohio: ohsaa.org, "talk to the athletic director at the new school" (no contact)', [
    [0, 'p', 'my son is transferring schools mid year, can he still play basketball this season? ohio'],
    [20, 'l', 'Hi, Ruth at Columbus Metropolitan Library here — thanks for writing.'],
    [26, 'l', 'Is he changing schools because your family moved, or transferring without a move?'],
    [60, 'p', 'no move, just switching schools'],
    [66, 'l', "OHSAA's transfer bylaw usually makes a student who transfers without a move ineligible for part of the season, with some exceptions. The bylaws and a transfer FAQ are at ohsaa.org (Eligibility > Transfer). Your best next step is to talk to the athletic director at the new school, who files the paperwork."],
    [72, 'l', 'Is that what you needed to know?'],
    [110, 'p', 'yes thanks, thats all'],
    [115, 'l', 'Good luck to him — thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 18 partly Spanish; two referrals, one with a phone, one without
  s(TOMAS, '18 fútbol americano juvenil en Hialeah (partly Spanish): la oficina de deportes por teléfono, "pregunte en el departamento de salud del condado" sin contacto, "es todo"', [
    [0, 'p', 'hi my english not so good. quiero inscribir a mis dos hijos en football de la ciudad, 8 y 10 años, hialeah'],
    [22, 'l', '¡Hola! Soy Tomás, bibliotecario de Miami-Dade Public Library System. Puedo ayudarle en español.'],
    [28, 'l', '¿Ya tienen el examen físico de este año?'],
    [65, 'p', 'no todavia'],
    [72, 'l', 'La inscripción de fútbol americano juvenil la maneja el Departamento de Parques de Hialeah; llame a su oficina de deportes al 305-555-0119 para las fechas. Para el examen físico gratis, pregunte en el departamento de salud del condado.'],
    [78, 'l', '¿Le ayuda esta información?'],
    [120, 'p', 'si, es todo. gracias!!'],
    [125, 'l', '¡Con gusto! Que les vaya muy bien, hasta luego.'],
  ], usual({ referral: 'fail' })),

  // 19 final idle exactly 120 s, ending on a check-in
  s(NADIA, '19 booking a pickleball court in Raleigh: answer at 54, "You still with me?" at 174, endedAt 174 (final idle 120 s), no goodbye', [
    [0, 'p', 'how do i book a pickleball court in raleigh'],
    [17, 'l', 'Hello, Nadia here with Wake County Public Libraries.'],
    [22, 'l', 'Is it a City of Raleigh court, or one in a county park?'],
    [48, 'p', 'city, the one at millbrook'],
    [54, 'l', 'Raleigh Parks books its pickleball courts online at raleighnc.gov/parks (Reservations > Tennis & Pickleball), up to 7 days ahead. Did that help?'],
    [174, 'l', 'You still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(174) }),

  // 20 final idle 119 s with no check-in; code null
  s(JUN, '20 tee-ball for a 4-year-old in Louisville: answer at 57, endedAt 176 (final idle 119 s), no check-in, no goodbye, code null', [
    [0, 'p', 'tee ball for 4 yr olds?? anywhere in louisville'],
    [20, 'l', 'Hi! Thanks for using Ask LFPL — my name is Jun, a librarian at Louisville Free Public Library.'],
    [25, 'l', 'Which part of town are you in?'],
    [50, 'p', 'highlands'],
    [57, 'l', 'Louisville Parks and Recreation lists youth tee-ball and coach-pitch leagues by neighborhood at louisvilleky.gov/parks (Sports > Youth Baseball). Is that what you were looking for?'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null, endedAt: at(176) }),

  // 21 final idle exactly 180 s: a check-in, then a notice that invites back
  s(ODILE, '21 girls rec lacrosse in Baltimore County: answer at 56, "Hi, are you still there?" at 180, a notice that invites back at 236 (final idle 180 s)', [
    [0, 'p', 'any girls lacrosse for middle schoolers in baltimore county? not school, like a club'],
    [18, 'l', "Hi, I'm Odile, a librarian with Baltimore County Public Library."],
    [24, 'l', 'Rec council league or a travel club?'],
    [50, 'p', 'rec council is fine'],
    [56, 'l', "Baltimore County's recreation councils run girls' lacrosse by area; the councils and their sign-up links are listed at baltimorecountymd.gov/departments/recreation (Youth Sports). Does that answer your question?"],
    [180, 'l', 'Hi, are you still there?'],
    [236, 'l', "It looks like we've been disconnected, so I'll close this chat now. Come back anytime if you have more questions!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 final idle 179 s: a notice with thanks, no check-in
  s(LEO, '22 adult coed flag football in Mesa: answer at 51, "Seems like you have left the chat … Thanks for reaching out!" at 230 (179 s), no check-in', [
    [0, 'p', 'adult flag football league in phoenix area? co-ed'],
    [15, 'l', 'Good evening! Leo with Maricopa County Library District here.'],
    [21, 'l', 'Which city — Phoenix itself, or somewhere like Mesa or Chandler?'],
    [45, 'p', 'mesa'],
    [51, 'l', 'Mesa Parks, Recreation and Community Facilities runs adult coed flag football in spring and fall; team registration is at mesaaz.gov/recreation (Adult Sports). Does that help?'],
    [230, 'l', 'Seems like you have left the chat, so I am ending the session. Thanks for reaching out!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 a dismissal with no way back and no goodbye
  s(SAM, '23 13U club volleyball tryouts, then cost, physicals, uniforms: hoavb.org, "I can only take one question per chat, so I\'m ending this one here.", patron "wow ok" last', [
    [0, 'p', 'how do club volleyball tryouts work for 13u? also what does it cost? and do they need a physical? and what about uniforms'],
    [20, 'l', 'Hi, this is Sam at Ask a Librarian, Johnson County Library.'],
    [26, 'l', 'Which area are you in, and is she playing for a school team now?'],
    [55, 'p', 'overland park, yes 7th grade team'],
    [61, 'l', 'Most Kansas City clubs hold 13U tryouts in the fall after the high school season; the Heart of America Region lists its member clubs and tryout dates at hoavb.org (Clubs > Tryouts). Did that help?'],
    [95, 'p', 'ok but what about cost and physicals and uniforms'],
    [101, 'l', "I can only take one question per chat, so I'm ending this one here."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 24 no source; other patrons waiting, invited back
  s(YOLANDA, '24 a 14-year-old in the rec center weight room and youth basketball in Tulsa: an answer with no source, "a few other patrons waiting … come back to the chat later", patron "ok" last', [
    [0, 'p', 'can my 14yo use the rec center weight room by himself? also how do i sign him up for youth basketball there, and is there a sibling discount, and do they do summer camp'],
    [24, 'l', 'Hi, welcome to the chat! Yolanda here, librarian at Tulsa City-County Library.'],
    [30, 'l', 'Which rec center does he go to?'],
    [62, 'p', 'hicks park'],
    [69, 'l', 'At most Tulsa rec centers kids 14 and up may use the weight room alone after a short safety orientation, and youth basketball registration opens each fall. Did that help?'],
    [100, 'p', 'kinda. what about sibling discount and camps'],
    [107, 'l', "Those are good questions, but I have a few other patrons waiting right now. Please come back to the chat later and we'll go through them. Thanks for your patience!"],
    [120, 'p', 'ok'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 25 a transfer with a notice and a note that says why
  s(FELIX, '25 1992 Iowa state wrestling placings: transfer notice + internal note why, Greta 70 s after the notice, iahsaa.org', [
    [0, 'p', 'looking for results of the 1992 iowa state wrestling tournament, my uncle wrestled for waverly-shell rock'],
    [19, 'l', 'Hi there, Felix with Ask a Librarian at Cedar Rapids Public Library.'],
    [25, 'l', 'Do you know his weight class, and do you need full brackets or just placings?'],
    [60, 'p', '152 i think, placings is fine'],
    [66, 'l', "Our sports-history person Greta knows the state archives well, so I'm transferring you to her now — one moment."],
    [69, 'i', 'Greta, pt wants 1992 Iowa state wrestling placings (Waverly-Shell Rock, 152). Archives q, can you take it?'],
    xfer(72, 'Greta', 'greta-y'),
    [136, 'l', "Hi, Greta here! The IHSAA posts every state tournament's results back to the 1920s at iahsaa.org (Wrestling > Past Results), and 1992 is there by class and weight. Does that help?", as(GRETA)],
    [180, 'p', 'found him, 4th place!! thank you, thats all'],
    [186, 'l', 'Love that — thanks for chatting!', as(GRETA)],
  ], usual({ transfer: 'pass' })),

  // 26 a silent transfer: internal note only
  s(HUGO, '26 city youth wrestling in Des Moines: internal note only, silent transfer, Ivy 100 s after the patron, dsm.city/parks', [
    [0, 'p', 'hey so how do i get my kid into the city youth wrestling program, need a birth cert?? in des moines'],
    [18, 'l', 'Hi! Hugo at Des Moines Public Library here.'],
    [24, 'l', 'How old is your kid?'],
    [50, 'p', '10'],
    [55, 'i', 'Ivy, DM Parks youth wrestling registration q; you keep the parks programs list. Take this one?'],
    xfer(58, 'Ivy', 'ivy-y'),
    [150, 'l', 'Hello, Ivy here, also a librarian at Des Moines Public Library. Des Moines Parks and Recreation registers kids for youth wrestling online at dsm.city/parks (Programs > Youth Sports); they ask for proof of age, so have a birth certificate ready. Does that answer it?', as(IVY)],
    [190, 'p', 'yes thanks thats all'],
    [196, 'l', 'Thanks for chatting, bye!', as(IVY)],
  ], usual({ transfer: 'fail' })),

  // 27 an announced transfer with no internal note, answered 130 s after the notice
  s(JADE, '27 newspaper photos of a 1968 Little League team in Wellsville: "I\'ll pass you to Kwame … just a sec", no internal note, Kwame 130 s later', [
    [0, 'p', 'our town little league made the state tournament in 1968, trying to find pictures of the team. tell me you can help 🙏'],
    [21, 'l', 'Good afternoon, Jade at the Ask Us 24/7 service, Rochester Public Library. Glad to help!'],
    [27, 'l', 'Which town was it, and are newspaper photos okay or do you want original prints?'],
    [66, 'p', 'newspaper pics fine! wellsville ny'],
    [72, 'l', "I'll pass you to Kwame, our local history librarian, who knows the newspaper archives — just a sec."],
    xfer(75, 'Kwame', 'kwame-y'),
    [202, 'l', "Hi, Kwame here. Wellsville's local paper from 1968 is digitized free at nyshistoricnewspapers.org (Allegany County); search 'Little League' with summer 1968 dates. Is that what you needed?", as(KWAME)],
    [245, 'p', 'yes!! thats everything, thanks'],
    [250, 'l', 'Happy hunting — thanks for writing!', as(KWAME)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 28 four at once
  s(LINA, '28 the GHSA Hall of Fame inductees list: ghsa.net, three other chats open at once over this one (four)', [
    [0, 'p', 'is there a list of the athletic hall of fame inductees for georgia high school sports'],
    [19, 'l', "Hi! Welcome to Ask a Librarian — I'm Lina, with Gwinnett County Public Library."],
    [25, 'l', "Do you need the statewide GHSA Hall of Fame, or a single school's?"],
    [60, 'p', 'statewide'],
    [66, 'l', 'The Georgia High School Association lists every Hall of Fame class by year at ghsa.net (About > Hall of Fame). Does this answer your question?'],
    [100, 'p', 'yes it does, thats all i needed'],
    [105, 'l', 'Thank you for chatting, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'lina-y', -100, 200), other('l2', 'lina-y', 10, 300), other('l3', 'lina-y', 40, 90)],
  }),

  // 29 Spanish; a true Lost Call: greeting, check-in, a notice that thanks and invites back (185 s)
  s(RUBEN, '29 inscripciones de fútbol infantil (Spanish, Lost Call): saludo, "¿Sigue conectado?" a los 150, aviso con despedida a los 205 (185 s)', [
    [0, 'p', 'hola a que hora abren las inscripciones de futbol para niños en el centro recreativo?'],
    [20, 'l', '¡Hola! Le saluda Rubén, bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [150, 'l', '¿Sigue conectado?'],
    [205, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 Practice
  s(TRAINEE, '30 practice chat (field-permit macro test): coded Practice, every check na', [
    [0, 'p', 'testing the field permit canned reply'],
    [6, 'l', 'Hi! Testing: field permits are at austintexas.gov/department/athletic-field-rentals'],
    [12, 'p', 'link ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundSports.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: youth sports leagues, recreation sign-ups and athletic records, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundSports.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundSports.filter((c) => c.name in LEFT_WHY));
});
