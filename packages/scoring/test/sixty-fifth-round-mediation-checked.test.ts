/**
 * Sixty-fifth round, theme NEIGHBOR DISPUTES AND COMMUNITY MEDIATION, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: noise (an upstairs apartment in Columbus, weekend music in Houston in
 * Spanish, construction at 6 am in Denver, a Sunday leaf blower in Silver Spring, late parties in Dover), fences and lines (a
 * fence two feet over in Frederick County, a 7-foot backyard fence in Naperville, 1950s farm plats in Lancaster County, a
 * split-cost fence in Anne Arundel), HOAs and condos (a door colour fine in Virginia, a work van in Miami in Spanish,
 * records in North Carolina, solar panels and a list of questions in Arizona, hard floors in an Illinois condo), animals (a
 * barking dog in Pasco County, cats in a Tulsa garden, a barking dog in San Antonio in Spanish), other nuisances (a
 * floodlight in Tucson, fire-pit smoke in Sacramento, a camera aimed at a Seattle backyard, an RV parked for weeks in Fort
 * Worth, an overgrown yard with rats in Jacksonville, runoff into a Spokane Valley basement), and mediation and small-claims
 * alternatives (a shared driveway in Baltimore County, a damaged fence in Portland, a Grand Rapids fence, a Richmond
 * mediation centre in Spanish, a neighbor who yells in Boise, Nolo's Neighbor Law). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/mediation-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 45 s with the first line at 190 (28);
 *   no provider ever joined (27); "Hi there! Sorry to hear about the fines." with no name, library or service (04: fail);
 *   "Hello!" then "This is Marcus with Ask a Librarian at …" (05: two lines together, pass); Spanish "¡Buenas tardes! Habla
 *   Lucía, bibliotecaria …" (06) and "¡Claro que sí! Hola, soy Andrés, bibliotecario …" (07); "Hey there, Leo at …" (20);
 *   "Hi! Gwen from Tulsa City-County Library here 🐈" (15);
 *  inquiry: rent or own, deed or plat, city or unincorporated county, hearing notice, which town, fence location, van or car,
 *   contractor or homeowner, permit, repair estimate, city or county, street or driveway, houses or condo, roof side, audio
 *   or video (a restatement "So you want to know whether …" with a question, 20), the farm's age, the declaration, the
 *   neighbor's willingness, legal or interpersonal; the first source given before "Was the agreement in writing …?" (29:
 *   fail); no source ever and a question asked (30: pass);
 *  waits: a patron's "hello??" at 200 s that does not restart the wait begun at 110 s, answered at 236 (03: 126 s, fail);
 *   "no rush — take your time" in the question, the patron back 180 s later (04: waiting on the patron, pass); holds at 66 and
 *   170 (104 s) and the answer at 280 (110 s) (05: pass); a Spanish hold "Déjeme buscar …, un momento por favor." answered 125
 *   s later (07: fail); a hold answered exactly 120 s later (08: pass); a transfer notice (a hold) answered 64 s later (21)
 *   and 49 s later (23); a silent transfer, the receiver 110 s after the patron (22: pass); 145 s between `pickedUpAt` and
 *   the first line (28: fail);
 *  endings: a true Lost Call, a greeting with "How can I help?", "are you still there?" at 140 and a notice that invites back
 *   at 200 (13: final idle 185 s, both pass); Lost Call after two patron lines, a check-in at 200 and "lost your connection,
 *   so I'll close this chat now" at 260 with no goodbye (14: idle 195 s, courteous fails); a goodbye notice 226 s after the
 *   answer with no check-in (15: idle fails, notice passes); a goodbye exactly 120 s after the answer (16: idle applies and
 *   fails) and 119 s after (17: na); "We only do one question per chat, so I can't get into those. Bye." (18: dismissal);
 *   "I have other patrons waiting right now. Please chat back in later …, or call the Maricopa County Law Library …" (19:
 *   allowed); the patron's "yep thats everything, thanks!" as the last line (20: courteous fails); goodbyes "take care and
 *   thanks for chatting!", "Have a good evening." (04), "Con gusto. ¡Gracias por escribirnos y hasta luego!", "Good luck —
 *   bye for now!", "Happy reading, bye!", "Thanks for understanding, and good luck!", "¡De nada! … ¡Adiós!"; patron-side "thats
 *   all", "eso es todo", "thats everything", "es todo", "thats all i needed", and "yes thank u!!", "yes thank you", "ok", "yeah
 *   maybe. ty", "wow ok" that do not count;
 *  sources: library.municode.com and codelibrary.amlegal.com city and county codes, state statutes (law.lis.virginia.gov,
 *   ncleg.gov, azleg.gov, app.leg.wa.gov, ilga.gov, leg.state.fl.us), mdlandrec.net and SDAT, a recorder of deeds, air district
 *   and city pages, mdcourts.gov, courts.oregon.gov, a Nolo book in the catalogue (25); none (30: "reach out to your local
 *   community mediation center", fail);
 *  referrals: surveyors' society by phone (02); "call Animal Services to file a complaint" with no contact (03: fail); the HOA
 *   Ombudsman by URL and phone (04); a dispute resolution centre by phone and URL and 311 by URL in Spanish (06); a mediation
 *   centre by phone + URL (09, 24), by URL (12), by phone (29); a city call centre by phone (17, 28); a law library by phone
 *   (19); 311 by phone number "311" and URL in Spanish (23); the library's government documents staff and the patron's home
 *   library consulted on the patron's behalf (10, 11) as no referral; none reachable (30: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done in 40 h (09: pass); a promise to e-mail,
 *   e-mail typed, no time, coded Answered (10: code and contact fail, on_time pending); FU_LIB, phone typed and read back,
 *   "within 72 hours", done after 80 h (11: on_time fails); FU_ME, "I'll get back to you tomorrow", the patron's e-mail only
 *   in the patron field, never mentioned, not done by day 4 (12: code passes, contact and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14) and with no provider (27); null (20); "" (29);
 *   Practice (26); the field left out (25: na);
 *  transfers: a notice (a hold) and an internal note that says why (21: pass); an internal note only (22: fail); a notice
 *   with no internal note (23: fail);
 *  concurrency: three others open through the session, four at once (24: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi there! Sorry to hear about the fines." plus a question names no one (04: greeting fails); "Hello!" and "This is
 *   Marcus with Ask a Librarian at Pima County Public Library." together greet and identify (05);
 * - "Have a good evening." (04) and "Thanks for understanding, and good luck!" (19) say goodbye / thank the patron;
 * - a referral tells the patron to contact or visit someone: "call Animal Services to file a complaint" (03, no contact:
 *   fail); "hire a licensed land surveyor — call the Maryland Society of Surveyors at …" (02); "You can also file a
 *   complaint with the state's HOA Ombudsman: … or 804-555-0161" (04); "llame al 311" (23: "311" is a phone number); "I'd
 *   reach out to your local community mediation center" (30: an organisation, no way to reach it: fail); "I'll pass your
 *   question to them so they can call you" and "I want to confirm with our government documents staff" tell the patron to
 *   contact no one (10, 11: na); "Grading permits … go through the city's Community & Public Works office" says where, not
 *   to contact (11);
 * - "Does that give you a place to start?" (02), "Would that work?" (25), "Will that get you what you need?" (28) ask
 *   whether what was given meets the need;
 * - the wait before `pickedUpAt` is pickup's; the 145 s after it until the first line is a wait on the provider (28: fail);
 * - a greeting with "How can I help?" is not substantive (13): its final idle runs from that greeting (15 s) to the notice
 *   that invites back (200 s); "Looks like you may have lost your connection, so I'll close this chat now." is a disconnect
 *   notice that is no goodbye (14);
 * - a `resolutionCode` set to `undefined` is a field left out (25: code na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (case 03's label reread against RUBRIC and kept).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: "… at library.municode.com/fl/pasco_county. Keep a log …, then call Animal Services to file a
 *    complaint." read as a referral with a way to reach the party (pass; RUBRIC fail: the URL is the code library's, Animal
 *    Services comes with no phone, e-mail, address or URL).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120, 125 and 126 s, a patron's
 * "hello??" inside a wait, holds of 104 and 110 s, "take your time", a Spanish hold, transfer notices, a silent transfer at 110
 * s and 145 s after `pickedUpAt`; final idles of 119, 120, 185, 195 and 226 s; concurrency at four and at touching ends;
 * on_time done at 40 h, late at 80 h, missed by day 4, pending at day 1) scored as labelled on the first run, and so did
 * every code shape (Lost Call true and false, null, "", Practice, the field left out, follow-up codes with and without a
 * contact) and all three transfers. The redaction equality of describeSessions holds for every running case (patron e-mails
 * typed and read back, a patron phone read back, an e-mail only in the patron field, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'CML' };
const REGGIE: Prov = { id: 'reggie-m', name: 'Reggie', library: 'FCPL-MD' };
const TOMAS: Prov = { id: 'tomas-m', name: 'Tomás', library: 'PCL-FL' };
const STAFF: Prov = { id: 'staff-m', name: 'AskUs Staff', library: 'LVA' };
const MARCUS: Prov = { id: 'marcus-m', name: 'Marcus', library: 'PCPL-AZ' };
const LUCIA: Prov = { id: 'lucia-m', name: 'Lucía', library: 'HPL' };
const ANDRES: Prov = { id: 'andres-m', name: 'Andrés', library: 'MDPLS' };
const JEN: Prov = { id: 'jen-m', name: 'Jen', library: 'NPL-IL' };
const KEISHA: Prov = { id: 'keisha-m', name: 'Keisha', library: 'BCPL-MD' };
const OWEN: Prov = { id: 'owen-m', name: 'Owen', library: 'DPL-CO' };
const HANNAH: Prov = { id: 'hannah-m', name: 'Hannah', library: 'ASKWA' };
const GRANT: Prov = { id: 'grant-m', name: 'Grant', library: 'MCL-OR' };
const ELLIE: Prov = { id: 'ellie-m', name: 'Ellie', library: 'DELIB' };
const FARID: Prov = { id: 'farid-m', name: 'Farid', library: 'SPL-CA' };
const GWEN: Prov = { id: 'gwen-m', name: 'Gwen', library: 'TCCL' };
const HUGO: Prov = { id: 'hugo-m', name: 'Hugo', library: 'MCPL-MD' };
const IVY: Prov = { id: 'ivy-m', name: 'Ivy', library: 'FWPL' };
const JOEL: Prov = { id: 'joel-m', name: 'Joel', library: 'CMLIB' };
const KIM: Prov = { id: 'kim-m', name: 'Kim', library: 'PPL-AZ' };
const LEO: Prov = { id: 'leo-m', name: 'Leo', library: 'SPL-WA' };
const MAYA: Prov = { id: 'maya-m', name: 'Maya', library: 'LPL-PA' };
const NATE: Prov = { id: 'nate-m', name: 'Nate', library: 'LPL-PA' };
const OTTO: Prov = { id: 'otto-m', name: 'Otto', library: 'EPL-IL' };
const PIA: Prov = { id: 'pia-m', name: 'Pia', library: 'EPL-IL' };
const QUENTIN: Prov = { id: 'quentin-m', name: 'Quentin', library: 'SAPL' };
const ROSARIO: Prov = { id: 'rosario-m', name: 'Rosario', library: 'SAPL' };
const SAM: Prov = { id: 'sam-m', name: 'Sam', library: 'KDL' };
const TESS: Prov = { id: 'tess-m', name: 'Tess', library: 'SNO' };
const TRAINEE: Prov = { id: 'trainee-m', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'JPL-FL' };
const WILL: Prov = { id: 'will-m', name: 'Will', library: 'AACPL' };
const XAVIER: Prov = { id: 'xavier-m', name: 'Xavier', library: 'BPL-ID' };

const s = session;

export const MEDIATION: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 upstairs neighbor stomping till 2am in Columbus: "Good morning, you\'ve got Dana", rent or own, municode, patron "thats all"', [
    [0, 'p', 'my upstairs neighbor stomps around and plays music til 2am every night, is there a law about this?? im in columbus'],
    [22, 'l', "Good morning, you've got Dana at Columbus Metropolitan Library's chat reference."],
    [29, 'l', 'Do you rent, or own the unit? That changes who you can go to.'],
    [75, 'p', 'rent. its an apartment complex'],
    [83, 'l', 'The noise section of the Columbus City Codes is free to read at library.municode.com/oh/columbus (search "noise"). Your lease probably also has a quiet-hours clause your landlord can enforce.'],
    [90, 'l', 'Is that the kind of rule you were after?'],
    [130, 'p', 'yes perfect, exactly what i needed ty. thats all'],
    [136, 'l', 'Happy to help — take care and thanks for chatting!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a surveyors' society by phone
  s(REGGIE, '02 fence two feet over the line in Frederick County: pickup at exactly 60 s, deed or plat, mdlandrec + SDAT, surveyors\' society by phone', [
    [0, 'p', 'Neighbor built a fence and i think its 2 feet on my side of the line. how do i prove where my property line is'],
    [60, 'l', 'Hello and thanks for waiting! Reggie here, a librarian at Frederick County Public Libraries.'],
    [66, 'l', 'Do you have a copy of your deed, or the plat from when you bought the house?'],
    [110, 'p', 'i have the deed somewhere, no plat'],
    [117, 'l', "The plat is usually recorded with the deed: Maryland land records are free to search at mdlandrec.net once you make an account, and SDAT's Real Property search (sdat.dat.maryland.gov) shows your parcel. For a line that holds up in a dispute, though, hire a licensed land surveyor — call the Maryland Society of Surveyors at 410-555-0172 for names near Frederick."],
    [124, 'l', 'Does that give you a place to start?'],
    [170, 'p', 'yeah it does thx'],
    [175, 'l', 'Anything else I can look up for you?'],
    [200, 'p', 'no im good'],
    [204, 'l', 'Good luck with it, and thanks for using Ask Us!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; "hello??" does not restart the wait; Animal Services with no contact
  s(TOMAS, '03 barking dog in Pasco County: pickup at 61 s, "hello??" at 200 inside a wait begun at 110, answer at 236, "call Animal Services" (no contact)', [
    [0, 'p', 'dog next door barks ALL day while they are at work 😩 what can i do. pasco county fl'],
    [61, 'l', 'Hi, sorry for the wait — Tomás with Pasco County Libraries here.'],
    [68, 'l', 'Are you in unincorporated Pasco, or inside a city like New Port Richey?'],
    [110, 'p', 'unincorporated i think, near land o lakes'],
    [200, 'p', 'hello??'],
    [236, 'l', "Sorry, still here! Pasco County's Code of Ordinances has the nuisance-animal rules in its Animals chapter, at library.municode.com/fl/pasco_county. Keep a log of when the barking happens, then call Animal Services to file a complaint."],
    [242, 'l', 'Did that answer your question?'],
    [280, 'p', 'yes thank u!!'],
    [285, 'l', "You're welcome. Anything else today?"],
    [305, 'p', 'nope'],
    [309, 'l', 'Take care, bye!'],
  ], usual({ pickup: 'fail', informed: 'fail', referral: 'fail' })),

  // 04 greets but names no one; "take your time"; the HOA Ombudsman by URL and phone
  s(STAFF, '04 HOA fine over a door color in Virginia: "Hi there! Sorry to hear about the fines." (no name), "no rush — take your time", Ombudsman by URL + phone', [
    [0, 'p', 'HOA is fining me $50/week bc they say my door color isnt approved. can they do that? virginia'],
    [14, 'l', 'Hi there! Sorry to hear about the fines.'],
    [20, 'l', 'Did the association send you a written notice offering a hearing before the fines started? If you have the letter, no rush — take your time finding it.'],
    [200, 'p', 'ok found it. says fines start in 14 days, nothing about a hearing'],
    [207, 'l', "Virginia's Property Owners' Association Act requires notice and an opportunity to be heard before charges are assessed; the Act is Title 55.1, Chapter 18 of the Code of Virginia at law.lis.virginia.gov. You can also file a complaint with the state's HOA Ombudsman: dpor.virginia.gov/CIC/HOA-Ombudsman or 804-555-0161."],
    [214, 'l', 'Is this the sort of thing you were looking for?'],
    [260, 'p', 'YES. thank you so much'],
    [266, 'l', 'Glad it helped! Have a good evening.'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 05 greeting split over two lines; holds at 66/170, answer at 280
  s(MARCUS, '05 neighbor\'s floodlight in Tucson: "Hello!" + "This is Marcus with Ask a Librarian…", holds at 66 and 170, answer at 280', [
    [0, 'p', 'is there anything about neighbors lights? they put up a floodlight that shines right in my bedroom window all night'],
    [18, 'l', 'Hello!'],
    [23, 'l', 'This is Marcus with Ask a Librarian at Pima County Public Library. Which city or town are you in?'],
    [60, 'p', 'tucson'],
    [66, 'l', 'Give me a minute to find the lighting code.'],
    [170, 'l', 'Still searching — the city and the county each have one, checking which applies inside city limits.'],
    [280, 'l', "Tucson's Outdoor Lighting Code applies inside city limits (it's a dark-sky area) and limits light that spills onto neighboring property. The text is at tucsonaz.gov (search \"outdoor lighting code\")."],
    [286, 'l', 'Was that helpful?'],
    [320, 'p', 'very. didnt know that existed'],
    [324, 'l', 'Anything else I can help with?'],
    [350, 'p', 'thats it for now'],
    [354, 'l', 'Thanks for chatting with us!'],
  ], usual()),

  // 06 Spanish: weekend music in Houston, a dispute resolution centre and 311
  s(LUCIA, '06 música alta del vecino en Houston (Spanish): "Habla Lucía", alquila o es dueño, centro de resolución de disputas por teléfono + 311, "eso es todo"', [
    [0, 'p', 'buenas, mi vecino pone la musica muy alta cada fin de semana y ya hable con el y no cambia. que puedo hacer? vivo en houston'],
    [25, 'l', '¡Buenas tardes! Habla Lucía, bibliotecaria del servicio de chat de la Biblioteca Pública de Houston.'],
    [32, 'l', '¿Usted alquila o es dueño de su casa? ¿Y el vecino?'],
    [80, 'p', 'somos dueños los dos, casas una al lado de la otra'],
    [88, 'l', 'Entonces una buena opción es la mediación gratuita: llame al Dispute Resolution Center del Condado de Harris al 713-555-0114, o escríbales desde su sitio, co.harris.tx.us/drc. También puede reportar el ruido a la ciudad en houston311.org.'],
    [95, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mucho, eso es todo. gracias!!'],
    [146, 'l', 'Con gusto. ¡Gracias por escribirnos y hasta luego!'],
  ], usual({ referral: 'pass' })),

  // 07 partly Spanish: a Spanish hold answered 125 s later
  s(ANDRES, '07 multa del HOA por la van del trabajo, Miami (partly Spanish): "Déjeme buscar…, un momento por favor" answered 125 s later', [
    [0, 'p', 'hi my HOA wants to fine me por el carro en la entrada. mi ingles no es muy bueno, puede ser en español?'],
    [20, 'l', '¡Claro que sí! Hola, soy Andrés, bibliotecario del Miami-Dade Public Library System.'],
    [27, 'l', '¿Tiene la carta de la asociación? ¿Qué regla dice que usted rompió?'],
    [90, 'p', 'dice que no se puede estacionar carros comerciales, es mi van del trabajo'],
    [96, 'l', 'Déjeme buscar la ley de Florida sobre esto, un momento por favor.'],
    [221, 'l', 'Gracias por esperar. El Capítulo 720 de los Estatutos de Florida regula las asociaciones de propietarios y dice cómo deben avisarle y darle una audiencia antes de multarlo: leg.state.fl.us/statutes (busque "720").'],
    [228, 'l', '¿Es lo que buscaba?'],
    [270, 'p', 'si gracias'],
    [275, 'l', '¿Necesita algo más?'],
    [300, 'p', 'no, nada mas'],
    [304, 'l', '¡Que tenga buen día! Gracias por usar el servicio.'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later
  s(JEN, '08 7-foot backyard fence in Naperville: "Let me pull up the zoning code, one moment." answered exactly 120 s later', [
    [0, 'p', 'how tall can a backyard fence be in naperville? neighbor says mine is too high and threatening to report me'],
    [16, 'l', "Hi! I'm Jen, a reference librarian at Naperville Public Library."],
    [22, 'l', 'Is it a fence along the side or back lot line, or in the front yard? The limits are different.'],
    [55, 'p', 'back yard, its 7 ft'],
    [61, 'l', 'Let me pull up the zoning code, one moment.'],
    [181, 'l', 'Found it: the fence rules are in the zoning title of the Naperville Municipal Code at library.municode.com/il/naperville, under "Fences". Backyard fences are generally capped at 6 feet, so a 7-foot one may need a variance.'],
    [187, 'l', 'Does that help?'],
    [230, 'p', 'ugh yes. thx'],
    [234, 'l', 'Anything else?'],
    [250, 'p', 'no'],
    [253, 'l', 'Good luck — bye for now!'],
  ], usual()),

  // 09 follow-up by me: e-mail read back, "by Thursday afternoon", done in 40 h; a mediation centre by phone + URL
  s(KEISHA, '09 shared driveway fight in Baltimore County (follow-up by me): mediation centre by phone + URL, e-mail read back, "by Thursday afternoon", done in 40 h', [
    [0, 'p', 'Hello, my neighbor and I keep fighting over a shared driveway. is there a mediation service in Baltimore County?'],
    [28, 'l', 'Hi, welcome to Ask Us Now! This is Keisha, a librarian at Baltimore County Public Library.'],
    [34, 'l', 'Have you two already tried talking it out, or has it gotten to the point of letters or police?'],
    [90, 'p', 'police came once. we dont talk anymore'],
    [97, 'l', "Free mediation is a good fit for that. Contact the Community Mediation Center of Baltimore County at 410-555-0190, or find every Maryland center at mdmediation.org. I can also look up the county's rules on shared driveways and send them to you. What e-mail should I use?"],
    [150, 'p', 'sure its d.okafor.home@example.net'],
    [157, 'l', "Thanks — that's d.okafor.home@example.net. I'll e-mail what I find by Thursday afternoon."],
    [163, 'l', 'Does the mediation info help for now?'],
    [200, 'p', 'yes very much'],
    [206, 'l', 'Anything else before I let you go?'],
    [230, 'p', 'no thats everything'],
    [235, 'l', 'Thank you for contacting Ask Us Now — talk soon by e-mail!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 a promise to e-mail, no time, coded Answered
  s(OWEN, '10 6am construction noise in Denver: "I\'ll e-mail it to you. Your e-mail?", e-mail typed, no time, coded Answered', [
    [0, 'p', 'what hours are construction noise allowed in denver? neighbors remodel starts 6am'],
    [20, 'l', 'Good morning! Owen at Denver Public Library, Ask a Librarian.'],
    [26, 'l', 'Is it the homeowner doing the work, or a contractor crew?'],
    [70, 'p', 'contractor crew'],
    [76, 'l', "Denver's noise rules are in Chapter 36 of the Revised Municipal Code (library.municode.com/co/denver). There's a separate construction-hours rule I want to confirm with our government documents staff; I'll e-mail it to you. Your e-mail?"],
    [120, 'p', 'kprasad@example.org'],
    [126, 'l', 'Got it. Anything else in the meantime?'],
    [150, 'p', 'no thanks'],
    [154, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 11 follow-up by the patron's library: phone read back, "within 72 hours", done after 80 h
  s(HANNAH, '11 neighbor\'s regrading floods a Spokane Valley basement (follow-up by patron\'s library): phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'neighbors regraded their yard and now all the rain runs into my basement. who do i even talk to? Spokane valley'],
    [30, 'l', 'Hi there, this is Hannah, a librarian with the Ask WA statewide service.'],
    [36, 'l', "Was your neighbor's work done this year, and do you know if they got a permit?"],
    [95, 'p', 'last summer, no idea about permit'],
    [101, 'l', "Grading permits in Spokane Valley go through the city's Community & Public Works office; permit records are searchable at spokanevalleywa.gov (Permits > Search). Your home library, Spokane County Library District, has a staff member who tracks local code questions — I'll pass your question to them so they can call you. Best number?"],
    [150, 'p', '509-555-0138'],
    [156, 'l', "Thanks, 509-555-0138. They'll be in touch within 72 hours."],
    [162, 'l', 'Is the permit search useful for now?'],
    [210, 'p', 'yes thank you'],
    [215, 'l', 'Thanks for using Ask WA, take care!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 follow-up by me, the e-mail only in the patron field, never done
  s(GRANT, '12 neighbor\'s kid backed into the fence, small claims or not, Portland (follow-up by me): "I\'ll get back to you tomorrow", e-mail only in the patron field, not done by day 4', [
    [0, 'p', 'neighbors kid backed into my fence, they wont pay. do i have to go to small claims or is there something else'],
    [19, 'l', 'Hello, Grant from Multnomah County Library here — happy to help.'],
    [25, 'l', 'Roughly how much is the repair estimate?'],
    [70, 'p', 'about 1800'],
    [77, 'l', "Before small claims you could contact Resolutions Northwest for neighbor mediation (resolutionsnw.org). The Oregon courts' small claims guide is at courts.oregon.gov/programs/small-claims. I'll get back to you tomorrow with the filing fee for Multnomah County."],
    [84, 'l', 'Does that help for now?'],
    [120, 'p', 'ok'],
    [124, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail', referral: 'pass' }), { ...FU_ME, patron: { name: null, email: 'lmarsh@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call
  s(ELLIE, '13 party hours in Dover (Lost Call): greeting with "How can I help?", "are you still there?" at 140, notice + invitation back at 200', [
    [0, 'p', 'hi is there a law on how late neighbors can have parties in dover de'],
    [15, 'l', 'Hello, Ellie with Delaware Libraries Ask a Librarian. How can I help?'],
    [140, 'l', 'Hi, are you still there?'],
    [200, 'l', "It seems you've gotten disconnected, so I'll end this session now. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after two patron lines; check-in and notice, no goodbye
  s(FARID, '14 fire-pit smoke in Sacramento: answer at 70, "Are you still there?" at 200, "lost your connection, so I\'ll close this chat now" at 260, coded Lost Call', [
    [0, 'p', 'neighbor burns stuff in a fire pit almost every night and the smoke comes in our windows, my kid has asthma. any rules?'],
    [20, 'l', "Hi, you're chatting with Farid at Sacramento Public Library."],
    [26, 'l', 'Are you in the city of Sacramento or elsewhere in the county?'],
    [60, 'p', 'city'],
    [70, 'l', 'The Sacramento Metropolitan Air Quality Management District sets the burn-day rules for fireplaces and fire pits; the daily burn status and the rules are at airquality.org (Residents > Fireplaces & Woodstoves). Does that help?'],
    [200, 'l', 'Are you still there?'],
    [260, 'l', "Looks like you may have lost your connection, so I'll close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 a goodbye notice 226 s after the answer, no check-in
  s(GWEN, '15 neighbor\'s cats in a Tulsa veggie garden: answer at 80, goodbye notice at 306 ("it seems you\'ve disconnected") with no check-in', [
    [0, 'p', 'the neighbors cats keep using my veggie garden as a litter box lol. is that legal? tulsa'],
    [18, 'l', 'Hi! Gwen from Tulsa City-County Library here 🐈'],
    [24, 'l', 'Have you talked to the neighbors yet, or are you looking for the city rule first?'],
    [70, 'p', 'city rule first'],
    [80, 'l', "Tulsa's animal ordinances cover animals running at large, cats included; they're searchable at library.municode.com/ok/tulsa. Tulsa Animal Welfare also has a page on nuisance animals at cityoftulsa.org/animal-welfare."],
    [86, 'l', 'Is that what you were looking for?'],
    [306, 'l', "I haven't heard back, so it seems you've disconnected — I'm closing this session. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 16 a goodbye exactly 120 s after the answer, no check-in
  s(HUGO, '16 Sunday 7am leaf blower in Silver Spring: Chapter 31B on amlegal at 56, goodbye at 176 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'where can i read the actual montgomery county noise ordinance? neighbor runs a leaf blower at 7am sundays'],
    [14, 'l', 'Good morning, this is Hugo at Montgomery County Public Libraries.'],
    [20, 'l', 'Is it the County code you need, or a town like Rockville or Takoma Park with its own code?'],
    [50, 'p', 'county, i live in silver spring'],
    [56, 'l', "The County's Noise Control law is Chapter 31B of the Montgomery County Code, free at codelibrary.amlegal.com (Maryland > Montgomery County). Leaf blowers have their own section there."],
    [62, 'l', 'Does that help?'],
    [176, 'l', 'Thanks for chatting, have a good Sunday!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 a goodbye 119 s after the answer; a city call centre by phone
  s(IVY, '17 RV parked on the street for weeks in Fort Worth: city code + call centre by phone at 66, goodbye at 185 (final idle 119 s)', [
    [0, 'p', 'neighbor has parked a huge rv on the street in front of MY house for 3 weeks. is there a limit? fort worth'],
    [20, 'l', "Hi, Ivy with Fort Worth Public Library's Ask Us chat."],
    [26, 'l', 'Is it on the public street, or partly on your driveway or yard?'],
    [60, 'p', 'public street'],
    [66, 'l', "Fort Worth's parking rules, including how long a vehicle can sit on a public street, are in the City Code at library.municode.com/tx/fort_worth. To report it, call the City's Call Center at 817-555-0121."],
    [72, 'l', 'Did that answer it?'],
    [185, 'l', 'Thanks for chatting with us — bye!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 18 "We only do one question per chat … Bye."
  s(JOEL, '18 HOA records in North Carolina, then a tree and a parker: "We only do one question per chat, so I can\'t get into those. Bye." (dismissal)', [
    [0, 'p', 'can i demand to see my HOA financial records? nc'],
    [22, 'l', 'Hello, Joel here from Charlotte Mecklenburg Library.'],
    [28, 'l', 'Is it an association of houses, or a condo association?'],
    [60, 'p', 'houses, planned community'],
    [66, 'l', 'The NC Planned Community Act gives owners the right to inspect association records: G.S. 47F-3-118, at ncleg.gov (search "47F-3-118"). Does that answer it?'],
    [110, 'p', 'yes!! also my neighbors tree is dropping stuff on my roof and they wont trim it, and the other neighbor parks on my grass, what do i do about those'],
    [117, 'l', "We only do one question per chat, so I can't get into those. Bye."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other patrons waiting, a way back, a law library by phone
  s(KIM, '19 solar panels and a list of HOA questions in Arizona: "I have other patrons waiting … chat back in later, or call the Maricopa County Law Library"', [
    [0, 'p', 'hi! I have a bunch of HOA questions. first: can my HOA stop me from putting solar panels on my roof? AZ'],
    [20, 'l', 'Hi, this is Kim, a librarian at Phoenix Public Library. Great question.'],
    [26, 'l', 'Are the panels going on the roof facing the street, or the back?'],
    [70, 'p', 'back'],
    [76, 'l', "Arizona law limits how far an HOA can restrict solar devices: A.R.S. 33-1816, at azleg.gov. They can set reasonable rules but can't ban panels outright."],
    [82, 'l', 'Did that help with the first one?'],
    [120, 'p', "yes! ok next: can they tow from my driveway, can they raise dues 20%, can they fine me for my trash can, and what about my neighbor's noisy pool pump"],
    [128, 'l', 'Those each need some digging, and I have other patrons waiting right now. Please chat back in later for the rest, or call the Maricopa County Law Library reference desk at 602-555-0110 — they field HOA questions every day.'],
    [170, 'p', 'ok thank you'],
    [175, 'l', 'Thanks for understanding, and good luck!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 the patron has the last word; code null
  s(LEO, '20 neighbor\'s camera aimed at a Seattle backyard: restated with a question, RCW 9.73.030, patron "yep thats everything, thanks!" last, code null', [
    [0, 'p', 'neighbor put a camera that points right at my backyard. legal?? in seattle'],
    [25, 'l', 'Hey there, Leo at Seattle Public Library here.'],
    [31, 'l', "So you want to know whether a neighbor's camera can record your backyard in Washington — is it video only, or audio too?"],
    [80, 'p', 'idk, maybe audio'],
    [86, 'l', "Audio matters: Washington's privacy act, RCW 9.73.030, bars recording private conversations without consent. The text is at app.leg.wa.gov/rcw (search 9.73.030). Video of what's visible from their property is a different matter."],
    [92, 'l', 'Is that the kind of answer you were looking for?'],
    [140, 'p', 'yep thats everything, thanks!'],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 21 a transfer with a notice and a note that says why
  s(MAYA, '21 1950s farm plats for a Lancaster County line fight: transfer notice + internal note why, Nate answers 64 s after the notice', [
    [0, 'p', 'trying to find old survey maps to settle a property line fight with neighbor. its a farm in Lancaster county PA'],
    [22, 'l', 'Good afternoon! Maya here with Ask a Librarian at Lancaster Public Library.'],
    [28, 'l', "About how old is the line you're trying to document — the original farm deed, or a later subdivision?"],
    [80, 'p', 'the farm was split in like 1950s'],
    [86, 'l', "Our maps specialist, Nate, knows the county's deed and plat records best — I'm transferring you to him now, one moment."],
    [89, 'i', 'Nate, can you take a property line q? patron needs 1950s subdivision plats for a Lancaster Co farm, recorder of deeds stuff'],
    xfer(92, 'Nate', 'nate-m'),
    [150, 'l', "Hi, I'm Nate, the maps and land records librarian. 1950s subdivision plats are recorded with the Lancaster County Recorder of Deeds; their online search is at lancastercountypa.gov/recorder. Our Lancaster County atlas collection in the catalog also has 1950s land ownership maps.", as(NATE)],
    [156, 'l', 'Does that help with the plat search?', as(NATE)],
    [200, 'p', 'yes. thats all i needed'],
    [205, 'l', 'Great — thanks for chatting, good luck!', as(NATE)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer, the receiver 110 s after the patron
  s(OTTO, '22 hard floors upstairs in an Illinois condo: internal note only, silent transfer, Pia 110 s after the patron, 765 ILCS 605', [
    [0, 'p', 'condo upstairs has hard floors now & its so loud. can the condo board make them put carpet down? illinois'],
    [25, 'l', 'Hi, Otto here at the Evanston Public Library.'],
    [31, 'l', 'Do you have a copy of your condo declaration and rules?'],
    [70, 'p', 'somewhere yea'],
    [74, 'i', 'Pia, can you take this? IL condo act + flooring rules, you did the last one'],
    xfer(78, 'Pia', 'pia-m'),
    [180, 'l', "Hello, Pia taking over. Illinois' Condominium Property Act lets boards enforce the declaration's rules, and many declarations require sound underlayment under hard floors. The Act is 765 ILCS 605 at ilga.gov.", as(PIA)],
    [186, 'l', 'Is that what you were looking for?', as(PIA)],
    [230, 'p', 'yes thx'],
    [234, 'l', 'Anything else?', as(PIA)],
    [250, 'p', 'nah'],
    [254, 'l', 'Thanks for stopping by!', as(PIA)],
  ], usual({ transfer: 'fail' })),

  // 23 partly Spanish: a transfer notice with no internal note
  s(QUENTIN, '23 perro que ladra en San Antonio (partly Spanish): transfer notice to Rosario, no internal note, "llame al 311", "es todo"', [
    [0, 'p', 'hi, my neighbor dog barks all night. perdón, mi inglés es poco. hablan español?'],
    [20, 'l', 'Hello! This is Quentin with Ask a Librarian at San Antonio Public Library.'],
    [26, 'l', "I'm going to transfer you to my colleague Rosario, who speaks Spanish. Please hold for just a moment."],
    xfer(30, 'Rosario', 'rosario-m'),
    [75, 'l', '¡Hola! Soy Rosario, bibliotecaria. ¿El perro ladra todas las noches? ¿Vive usted dentro de la ciudad de San Antonio?', as(ROSARIO)],
    [120, 'p', 'si, todas las noches, en la ciudad'],
    [127, 'l', 'En San Antonio puede reportar un perro que ladra a la ciudad: llame al 311 o use sanantonio.gov/311. Las reglas de Animal Care Services están en sanantonio.gov/animalcare.', as(ROSARIO)],
    [133, 'l', '¿Le ayuda esta información?', as(ROSARIO)],
    [180, 'p', 'si gracias, es todo'],
    [185, 'l', '¡De nada! Gracias por usar Ask a Librarian. ¡Adiós!', as(ROSARIO)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 24 four at once
  s(SAM, '24 free mediation for a Grand Rapids fence fight: three other chats open through this one (four at once), DRC by phone + URL', [
    [0, 'p', 'is there a free mediation place in grand rapids for a neighbor fight over a fence'],
    [24, 'l', "Hi! I'm Sam, a librarian at Kent District Library."],
    [30, 'l', 'Is the other neighbor willing to sit down with you, as far as you know?'],
    [75, 'p', 'maybe, hes not a monster, we just disagree lol'],
    [81, 'l', 'Then mediation could work well. The Dispute Resolution Center of West Michigan serves Kent County; call them at 616-555-0143 or start a request at drcwm.org.'],
    [87, 'l', 'Does that help?'],
    [120, 'p', 'yes! thank you. thats all'],
    [125, 'l', 'Wonderful, thanks for chatting and good luck!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('s1', 'sam-m', -200, 300), other('s2', 'sam-m', 10, 400), other('s3', 'sam-m', 50, 600)],
  }),

  // 25 three at most, touching ends; a book in the catalogue; no code field
  s(TESS, '25 books on neighbor law: Nolo\'s "Neighbor Law" in the catalog, "Would that work?", touching ends (three at most), no resolution code field', [
    [0, 'p', 'do u have any books on dealing with neighbor problems? like fences, noise etc'],
    [15, 'l', 'Hello, Tess here from Ask a Librarian at Sno-Isle Libraries.'],
    [21, 'l', 'Are you looking for the legal side, or more for how to talk to a difficult neighbor?'],
    [50, 'p', 'legal side mostly'],
    [56, 'l', 'Nolo\'s "Neighbor Law: Fences, Trees, Boundaries & Noise" by Cora Jordan and Emily Doskow is the standard one; we have it in print and as an e-book in the catalog at sno-isle.org.'],
    [62, 'l', 'Would that work?'],
    [90, 'p', 'perfect'],
    [94, 'l', 'Anything else I can find for you?'],
    [110, 'p', 'no thanks'],
    [114, 'l', 'Happy reading, bye!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('t1', 'tess-m', -300, 0), other('t2', 'tess-m', -100, 200), other('t3', 'tess-m', 30, 400), other('t4', 'tess-m', 119, 500)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (noise macro): coded Practice, every check na', [
    [0, 'p', 'test - neighbor noise question'],
    [6, 'l', 'testing greeting macro'],
    [14, 'l', 'Noise ordinances: see library.municode.com. Did that help?'],
    [22, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 no provider ever joined, coded Lost Call after two patron lines
  s(NOBODY, '27 centro de mediación en Richmond (Spanish): no provider ever joined, "hola?? alguien??", patron left, coded Lost Call', [
    [0, 'p', 'cual es el numero del centro de mediacion comunitaria en richmond va'],
    queue(3, 4),
    [150, 'p', 'hola?? alguien??'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 pickedUpAt 45 s, first line at 190
  s(VERA, '28 overgrown yard and rats in Jacksonville: pickedUpAt 45 s, first line at 190 (145 s after pickup), code compliance by phone + URL', [
    [0, 'p', 'neighbors yard is a jungle, grass 3ft high and now we have rats. who do i complain to in jacksonville fl'],
    [190, 'l', 'Hi, sorry about the delay! This is Vera at Jacksonville Public Library.'],
    [196, 'l', 'Is the house occupied, or does it look abandoned?'],
    [240, 'p', 'occupied, they just dont care'],
    [246, 'l', "Overgrown lots are a code violation in Jacksonville: report it to the City's Municipal Code Compliance Division at 904-555-0122 or online at coj.net/630city. The property maintenance rules are in the Ordinance Code at library.municode.com/fl/jacksonville."],
    [252, 'l', 'Will that get you what you need?'],
    [300, 'p', 'yes thanks so much. thats all'],
    [305, 'l', 'Thanks for reaching out — take care!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),

  // 29 the first source before the first question; code ""
  s(WILL, '29 unpaid half of a $2,400 fence in Anne Arundel: options given first, then "Was the agreement in writing…?", mediation centre by phone, code ""', [
    [0, 'p', 'me and neighbor agreed to split a new fence 50/50, he paid nothing. $2,400. options besides suing?'],
    [20, 'l', 'Hi, Will at Anne Arundel County Public Library — sorry that happened.'],
    [26, 'l', "Two options short of suing: the Maryland courts' free ADR programs, including mediation on the day of a small claims trial, described at mdcourts.gov/district/adr, or call the Conflict Resolution Center of Anne Arundel County at 410-555-0177 for community mediation."],
    [32, 'l', 'Was the agreement in writing, or just a handshake?'],
    [70, 'p', 'texts only'],
    [76, 'l', 'Texts can count as evidence; print them out before mediation. Does that help?'],
    [120, 'p', 'yeah, thx'],
    [124, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for using Ask Us Now!'],
  ], usual({ clarify: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 30 no source; "reach out to your local community mediation center"
  s(XAVIER, '30 a neighbor who yells in Boise: no source, "I\'d reach out to your local community mediation center" (no contact), "Does that help?"', [
    [0, 'p', 'my neighbor and i used to be friends and now she yells at me every time i walk my dog past her house 😞 what do people even do about this'],
    [30, 'l', "Hi, I'm Xavier, a librarian with Boise Public Library's chat service. That sounds stressful."],
    [37, 'l', 'Has it gone beyond yelling — threats, or anything on your property?'],
    [90, 'p', 'no just yelling. i dont want to call cops on her'],
    [97, 'l', "That's the kind of situation community mediation is made for: a neutral person helps you both talk it through, and it's usually free or cheap. I'd reach out to your local community mediation center and ask about neighbor mediation."],
    [103, 'l', 'Does that help?'],
    [140, 'p', 'yeah maybe. ty'],
    [145, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MEDIATION.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 5: "Pasco County\'s Code of Ordinances has the nuisance-animal rules in its Animals chapter, at library.municode.com/fl/pasco_county. Keep a log of when the barking happens, then call Animal Services to file a complaint." tells the patron to call Animal Services with no phone, e-mail, address or URL for it; the only URL is the code library\'s, a source for reading the ordinance, not a way to reach Animal Services (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL). fail otherwise.")',
};

describe('sixty-fifth round: neighbor disputes and community mediation, checked', () => {
  describeSessions('whole sessions', MEDIATION.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MEDIATION.filter((c) => c.name in LEFT_WHY));
});
