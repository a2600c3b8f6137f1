/**
 * Sixty-third round, theme HOMELESS SERVICES, SHELTERS AND HOUSING EMERGENCIES, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: a shelter bed tonight (Baltimore), coordinated entry
 * (Seattle's 2-1-1 and access points, Kansas City, Los Angeles, Detroit's CAM), a family evicted with two children (Houston,
 * Spanish; Hennepin County), warming and cooling centers (Chicago, Phoenix, Las Vegas, Milwaukee on Christmas Eve), mail
 * without an address (General Delivery in Tulsa), lost IDs (a stolen Social Security card, a Cleveland birth certificate, a
 * Maryland ID with the fee waiver, a California no-fee ID in Spanish), youth drop-ins (Portland, an LGBTQ 17-year-old in
 * Manhattan), day shelters with showers (Denver), lockers (San Diego), library policies for unhoused patrons (big bags in
 * Salt Lake City, a library card with a shelter address in Boston), a motel voucher for a couple in a car (Fort Wayne), a
 * dog at a shelter (Austin), a lockout (Philadelphia), a senior mother (Tucson) and San Antonio's Haven for Hope (partly
 * Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtyThirdRoundShelter-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, you're chatting with Noor, a librarian at …" (01); "Hey there! 🙂" then a question under the screen
 *   name "askseattle_lib" (02: greets, names no one: fail); Spanish "Buenos días, habla Carmen, bibliotecaria de …" (03),
 *   "¡Hola! Le saluda Lupe, bibliotecaria del …" (16), bilingual "¡Hola! Soy Lia, bibliotecaria de …" (22); the first line
 *   exactly 60 s after the start (04: pass) and 61 s (05: fail); "Hey, welcome to Multnomah County Library's chat! Kai here
 *   🙂" (09); "Hi, thanks for contacting Pima County Public Library. I'm Vic, …" (27); a queue line and no provider ever
 *   joined (30);
 *  inquiry: alone or with family, kids' ages, other ID left, which branch, which borough and safe tonight, court papers or
 *   not, assessed already or not; a restatement with no question mark (10: pass); two sources given before "Are you looking
 *   for a place to hang out during the day …?" (09: fail); a question and no source ever given (11, 18: pass);
 *  waits: "Give me a minute to check …" answered exactly 120 s later (06: pass); "bear with me while I look …" answered 121 s
 *   later (07: fail); "No rush — take your time finding it." and the patron back 224 s later (08: a wait on the patron,
 *   pass), then a partial result that says the search goes on, answered 104 s later (08: pass); a silent transfer, the
 *   receiver 141 s after the patron (24: fail); an announced transfer answered 118 s after the notice (25: pass);
 *  endings: final idle of exactly 120 s ending on a goodbye with no check-in (17: fail); 119 s ending on "still there?"
 *   (18: na, courteous fails); 185 s with "Are you still with me?" and a disconnect-and-close notice that invites back (19:
 *   both pass); 215 s with "You still there?" and "It looks like you may have disconnected." that never says the chat will
 *   end (20: check-in pass, notice fail, courteous fail); a true Lost Call with a check-in and a notice that invites back
 *   (29: 310 s); "Sorry, your time is up for this chat. I need to end it now." and the patron's "wow ok. thanks for nothing"
 *   (21: dismissal, courteous fails); "Tengo varios usuarios esperando … please log back on later … ¡gracias por su
 *   paciencia!" (22: allowed) and the patron's "ok" last; patron-side "thats all", "thats everything", "es todo lo que
 *   necesito por ahora", "es todo", "thats all i need rn", "that's everything", and "ok ty", "a lil bit. thanks", "ok",
 *   "yes ok calling now" that do not count;
 *  sources: city and county pages (humanservices.baltimorecity.gov, kcrha.org, chicago.gov, maricopa.gov, hennepin.us,
 *   sandiego.gov, clarkcountynv.gov, pima.gov, austintexas.gov, bpl.org), usps.com, ssa.gov, odh.ohio.gov, mva.maryland.gov,
 *   dmv.ca.gov, lahsa.org, 211texas.org, agency phones for referrals; none (11, 18: fail; 18 names "the Salvation Army" and
 *   "the Find Help app" with no way to reach them);
 *  referrals: a shelter intake line by phone (01); 2-1-1 and the access points by URL (02); 2-1-1 Texas by phone (03);
 *   "call 311" (04); the nearest Social Security office by ssa.gov/locator (07); the city Vital Statistics office by postal
 *   address (08); "you start at the drop-in and ask for an intake" with outsidein.org given earlier (09: pass); "ask the
 *   front desk staff at the Denver Rescue Mission" with no contact (10: fail); "You could call the Salvation Army" (18:
 *   fail); "I'll call the Shelter Team myself and ring you back" (13: consulted on the patron's behalf, beside a referral
 *   with a phone); any MVA office by mva.maryland.gov/locations (12);
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done 50 h after the end (12: pass); a promise to call back, phone read
 *   back, "tomorrow morning", coded Answered (13: code fails, contact passes, pending); FU_LIB, e-mail read back, no time,
 *   done after 70 h (14: contact fails, on_time passes); FU_ME with no contact anywhere, done after 73 h (15: code, contact,
 *   on_time fail); Spanish FU_ME, phone read back, "el lunes por la tarde", not yet recorded (16: pending);
 *  codes: the field left out (04: na); null with a provider (11); "" (09); Practice (28); a true Lost Call (29); Lost Call
 *   with two patron lines and no provider (30);
 *  transfers: notice + internal note that says why (23: pass); internal note only (24: fail); notice only (25: fail);
 *  concurrency: one ending exactly at the start, two overlapping, one starting exactly at `endedAt` (26: three at most,
 *   pass); three others open at once over this one plus another provider's chat (27: four, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications ("Buenos días, habla Carmen, bibliotecaria de …", "Le saluda Lupe, bibliotecaria
 *   del …", "Soy Lia, bibliotecaria de …") greet and identify; "¿Le ayuda esta información?", "¿Le sirve esto?", "¿Le ayuda la
 *   información del DMV por ahora?" are the completeness question; "es todo lo que necesito por ahora" and "si gracias, es
 *   todo" say explicitly that the patron is done; "Le llamo el lunes por la tarde" says when; "¡gracias por su paciencia!"
 *   and "Gracias a usted" thank the patron;
 * - "call 311" and "call 2-1-1" give a phone number (the number is the short code itself);
 * - "Stay warm out there, take care!" and "Good luck! Bye 👋" say goodbye;
 * - a referral's way to reach the party may stand in an earlier message (09: outsidein.org given at 21, "ask for an intake"
 *   at 77);
 * - "It looks like you've been disconnected, so I'll close this chat now. Come back anytime!" is a disconnect notice that
 *   says the session ends and invites back (a goodbye: the idle ends there); "It looks like you may have disconnected."
 *   says nothing about the session ending (20: notice fails);
 * - "Since I haven't heard back, I'll let you go. Thanks for chatting with us, and good luck!" thanks the patron (a
 *   goodbye, so the idle ends there: exactly 120 s, and it asks nothing: 17 idle fails);
 * - "The St. Francis Center … hours are on sfcdenver.org", "Some Austin shelters take pets; the city's list … is at …",
 *   "LAHSA's page … lists each area's access centers" and "The city's Storage Connect Center … has free storage bins —
 *   details at …" describe places and point to pages (sources), not telling the patron to contact or visit anyone: no
 *   referral from them.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact: 08, 09). Label corrections: 0 (both reread against
 * RUBRIC's Terms, Referral and referral.contact; both labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 08: "Bring the letter and any ID you have to the city's Vital Statistics office at 75 Erieview
 *    Plaza, Cleveland." read as no referral (na; RUBRIC pass: the patron is told to visit an office, postal address given);
 *  - referral.contact, case 09: "you start at the drop-in and ask for an intake" (Outside In, outsidein.org given two messages
 *    earlier) read as no referral (na; RUBRIC pass: the patron is told to visit and ask an organisation, URL given).
 * Every timing check (pickup at exactly 60 s and 61 s, no provider; keep_informed at exactly 120 s and 121 s after a hold, a
 * "take your time" wait on the patron of 224 s, a partial-result hold answered after 104 s, a silent transfer at 141 s and an
 * announced one at 118 s; final idles of 119, 120, 185, 215 and 310 s; concurrency at four, with another provider's chat, and
 * at touching ends; on_time done at 50 h and 70 h, late at 73 h, pending twice) and every code (Practice, true and false Lost
 * Call, null, "", the field left out, a promise under Answered, follow-up codes with and without a contact) scored as
 * labelled on the first run, and so did the Spanish and partly Spanish sessions (03, 16, 22), "call 311", "call 2-1-1", the
 * Salvation Army and the Find Help app with no way to reach them (18), and the referral with no contact (10). The redaction
 * equality of describeSessions holds for every running case (patron e-mails typed and read back in 12 and 14, patron phones
 * read back in 13 and 16, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). tsc clean.
 * ON v57 as it landed (labelled blind on block W's first cut, before the blind checks' mends; the later mends written partly from
 *   this file): case 08's "Bring the letter and any ID you have to the city's Vital Statistics office at 75 Erieview Plaza,
 *   Cleveland" refers (W31) and runs; 29 running, 1 LEFT (09).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NOOR: Prov = { id: 'noor-h', name: 'Noor', library: 'EPFL' };
const SEA: Prov = { id: 'sea-h', name: 'askseattle_lib', library: 'SPL-WA' };
const CARMEN: Prov = { id: 'carmen-h', name: 'Carmen', library: 'HPL-TX' };
const OMAR: Prov = { id: 'omar-h', name: 'Omar', library: 'CPL-IL' };
const BEA: Prov = { id: 'bea-h', name: 'Bea', library: 'PPL-AZ' };
const TESS: Prov = { id: 'tess-h', name: 'Tess', library: 'TCCL' };
const RUSS: Prov = { id: 'russ-h', name: 'Russ', library: 'RL-SC' };
const PEARL: Prov = { id: 'pearl-h', name: 'Pearl', library: 'CPL-OH' };
const KAI: Prov = { id: 'kai-h', name: 'Kai', library: 'MCL-OR' };
const LOU: Prov = { id: 'lou-h', name: 'Lou', library: 'DPL-CO' };
const MINA: Prov = { id: 'mina-h', name: 'Mina', library: 'SLCPL' };
const ABE: Prov = { id: 'abe-h', name: 'Abe', library: 'BCPL' };
const JUNE: Prov = { id: 'june-h', name: 'June', library: 'HCL-MN' };
const ROY: Prov = { id: 'roy-h', name: 'Roy', library: 'LACL' };
const SKY: Prov = { id: 'sky-h', name: 'Sky', library: 'SDPL' };
const LUPE: Prov = { id: 'lupe-h', name: 'Lupe', library: 'SPL-CA' };
const GRACE: Prov = { id: 'grace-h', name: 'Grace', library: 'KCPL' };
const HAL: Prov = { id: 'hal-h', name: 'Hal', library: 'ACPL' };
const IRIS: Prov = { id: 'iris-h', name: 'Iris', library: 'LVCCLD' };
const JON: Prov = { id: 'jon-h', name: 'Jon', library: 'BPL-MA' };
const KURT: Prov = { id: 'kurt-h', name: 'Kurt', library: 'APL-TX' };
const LIA: Prov = { id: 'lia-h', name: 'Lia', library: 'SAPL' };
const MO: Prov = { id: 'mo-h', name: 'Mo', library: 'NYPL' };
const REE: Prov = { id: 'ree-h', name: 'Ree', library: 'NYPL' };
const NIA: Prov = { id: 'nia-h', name: 'Nia', library: 'FLP' };
const PAZ: Prov = { id: 'paz-h', name: 'Paz', library: 'FLP' };
const OLA: Prov = { id: 'ola-h', name: 'Ola', library: 'DPL-MI' };
const QUE: Prov = { id: 'que-h', name: 'Que', library: 'DPL-MI' };
const UMA: Prov = { id: 'uma-h', name: 'Uma', library: 'MPL-WI' };
const VIC: Prov = { id: 'vic-h', name: 'Vic', library: 'PCPL-AZ' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 12', library: 'TRN' };
const WES: Prov = { id: 'wes-h', name: 'Wes', library: 'LFPL' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'Thanks for your patience. A librarian will be with you shortly.'];

export const sixtyThirdRoundShelter: SessionCase[] = [
  // 01 the plain good session, a referral by phone
  s(NOOR, '01 a bed tonight in Baltimore: "you\'re chatting with Noor", alone or with family, intake line by phone, "thats all"', [
    [0, 'p', 'hi i need a place to sleep tonite in baltimore, is there anywhere that has beds open'],
    [22, 'l', "Hi there, you're chatting with Noor, a librarian at the Enoch Pratt Free Library."],
    [27, 'l', 'Is it just you tonight, or do you have kids or a partner with you?'],
    [61, 'p', 'just me. im 34 male'],
    [68, 'l', "Baltimore City's shelter intake line places single adults in open beds every night: call 443-555-0147 (it's answered 24/7). The city's Homeless Services page at humanservices.baltimorecity.gov lists the shelters and day centers too."],
    [74, 'l', 'Was that the kind of info you were after?'],
    [110, 'p', 'yea thats what i needed, thats all'],
    [116, 'l', 'Stay safe tonight, and thank you for reaching out.'],
  ], usual({ referral: 'pass' })),

  // 02 greets, names no one
  s(SEA, '02 the housing list in Seattle: "Hey there! 🙂" under "askseattle_lib", 2-1-1 and the access points at kcrha.org', [
    [0, 'p', 'how do i get on the housing list in seattle, somebody said call 211??'],
    [14, 'l', 'Hey there! 🙂'],
    [19, 'l', 'Are you in Seattle itself or somewhere else in King County?'],
    [50, 'p', 'seattle, sleeping in my car in ballard'],
    [57, 'l', "In King County the housing list is coordinated entry, run by the King County Regional Homelessness Authority. You can call 2-1-1 to get screened, or go in person to a Regional Access Point — locations and hours at kcrha.org/access-points. People living in vehicles can ask about safe parking there too."],
    [63, 'l', 'Does that answer what you were wondering?'],
    [100, 'p', 'yeah thanks thats all i needed'],
    [104, 'l', 'Good luck! Bye 👋'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 03 Spanish: a family evicted in Houston
  s(CARMEN, '03 desalojada con dos hijos en Houston (Spanish): "habla Carmen, bibliotecaria", edades de los hijos, 2-1-1 Texas por teléfono, "es todo lo que necesito"', [
    [0, 'p', 'buenos dias. me desalojaron con mis dos hijos y no tengo donde ir esta noche. estoy en houston'],
    [26, 'l', 'Buenos días, habla Carmen, bibliotecaria de la Biblioteca Pública de Houston. Siento mucho lo que está pasando.'],
    [32, 'l', '¿Qué edades tienen sus hijos? Algunos albergues solo aceptan varones hasta cierta edad.'],
    [80, 'p', '6 y 13, el mayor es varon'],
    [88, 'l', 'Para familias, llame a la línea 2-1-1 Texas (marque 2-1-1 o 877-555-0141): ellos coordinan las camas familiares para esa misma noche. La lista de albergues para familias está también en 211texas.org. ¿Le ayuda esta información?'],
    [140, 'p', 'si, es todo lo que necesito por ahora. gracias'],
    [146, 'l', 'Gracias a usted por escribirnos. Mucho ánimo y cuídese.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup exactly 60 s; no code field
  s(OMAR, '04 Chicago warming centers overnight: first line exactly 60 s, "call 311", chicago.gov, "Stay warm out there, take care!", no code field', [
    [0, 'p', 'where r the warming centers in chicago tonite'],
    [60, 'l', "Hi, Omar here from Chicago Public Library's chat reference."],
    [66, 'l', 'Do you need somewhere just for the evening, or an overnight spot?'],
    [90, 'p', 'overnight'],
    [97, 'l', "The city's warming centers close at night, so for overnight call 311 and ask for shelter placement. The daytime centers and their hours are at chicago.gov/warmingcenters. Does that help?"],
    [140, 'p', 'ok cool. thats all'],
    [146, 'l', 'Stay warm out there, take care!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 05 pickup 61 s
  s(BEA, '05 heat relief in Phoenix at 114°: 61 s pickup, walking distance, maricopa.gov/heatrelief, "nope thats all"', [
    [0, 'p', 'heat relief stations phoenix?? its 114 and im outside'],
    [61, 'l', 'Hello, this is Bea at Phoenix Public Library — sorry for the wait!'],
    [66, 'l', 'Do you have a bus pass, or does it need to be within walking distance?'],
    [90, 'p', 'walking. im by the central library'],
    [96, 'l', "Burton Barr Central Library is a heat relief site itself during open hours, with water. Maricopa County's map of every cooling and hydration station is at maricopa.gov/heatrelief."],
    [100, 'l', 'Is that what you needed?'],
    [130, 'p', 'yes'],
    [135, 'l', 'Anything else?'],
    [150, 'p', 'nope thats all'],
    [154, 'l', 'Stay cool, and thanks for reaching out!'],
  ], usual({ pickup: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(TESS, '06 mail without an address in Tulsa: "Give me a minute to check …" answered exactly 120 s later, General Delivery on usps.com', [
    [0, 'p', 'how can i get mail if i dont have an address? need my tax refund check, im in tulsa'],
    [18, 'l', "Hello! You're chatting with Tess, a librarian at Tulsa City-County Library."],
    [24, 'l', 'Would you rather pick it up at a post office, or would a shelter or day center address work better for you?'],
    [55, 'p', 'post office i guess'],
    [60, 'l', 'Give me a minute to check the post office rules for Tulsa.'],
    [180, 'l', 'Thanks for hanging on. The Postal Service offers General Delivery: mail addressed to your name, "General Delivery", and the city and ZIP of the main post office is held for up to 30 days. It\'s explained on usps.com (FAQ: "What is General Delivery?"). In Tulsa that is ZIP 74101.'],
    [186, 'l', 'Does that get you what you needed?'],
    [220, 'p', 'yes!! thats all i needed thank u'],
    [225, 'l', 'Good luck with the refund — bye!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(RUSS, '07 a stolen Social Security card (emoji): "bear with me while I look …" answered 121 s later, the nearest SSA office by ssa.gov/locator', [
    [0, 'p', 'someone stole my backpack w my ss card 😭 how do i get a new one if im staying at a shelter'],
    [22, 'l', "Hi, Russ here, a librarian with Richland Library's Ask Us service."],
    [28, 'l', "Do you have any other ID left, like a driver's license or state ID?"],
    [60, 'p', 'no nothing. everything was in there'],
    [66, 'l', 'Ok, bear with me while I look into what SSA accepts in that case.'],
    [187, 'l', 'Sorry that took a bit. Without a photo ID you usually apply in person: visit your nearest Social Security office (find it at ssa.gov/locator) and bring any record you have, like a shelter letter or a hospital record. The list of accepted documents is at ssa.gov/ssnumber.'],
    [193, 'l', 'Is that helpful?'],
    [230, 'p', 'ya thx'],
    [236, 'l', 'Anything else I can look up for you?'],
    [260, 'p', 'nah im good'],
    [265, 'l', 'Take care, thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 "take your time" is not a hold; a partial result that says the search goes on
  s(PEARL, '08 a Cleveland birth certificate with a fee waiver: "No rush — take your time", the patron back 224 s later, a partial result "still checking … one sec", Vital Statistics by address', [
    [0, 'p', "need a copy of my birth certificate, born in cleveland, i'm homeless now does that matter"],
    [20, 'l', 'Good evening, Pearl at Cleveland Public Library here.'],
    [26, 'l', 'Do you have a letter from a caseworker or an agency? Some offices waive the fee with one, so it would help to know who wrote it.'],
    [60, 'p', 'hold on i gotta find it in my bag'],
    [66, 'l', 'No rush — take your time finding it.'],
    [290, 'p', 'ok found it, its from the LMM drop in center'],
    [296, 'l', "Great. The Ohio Department of Health's fee waiver for people experiencing homelessness is on odh.ohio.gov (Vital Statistics > Birth Certificates). I'm still checking whether the Cleveland city office honors it, one sec."],
    [400, 'l', "Yes, the city office honors the waiver with a letter from an agency like Lutheran Metropolitan Ministry. Bring the letter and any ID you have to the city's Vital Statistics office at 75 Erieview Plaza, Cleveland. Does that answer your question?"],
    [440, 'p', 'yes, thats all i needed, thanks so much'],
    [446, 'l', 'Glad I could help. Thanks for chatting and good luck!'],
  ], usual({ referral: 'pass' })),

  // 09 sources before the question; code ""
  s(KAI, '09 a youth drop-in in Portland for a 19-year-old: outsidein.org and newavenues.org before "Are you looking for …?", "ask for an intake", code ""', [
    [0, 'p', 'im 19 and i need somewhere to go during the day. portland. somewhere not for old ppl lol'],
    [16, 'l', "Hey, welcome to Multnomah County Library's chat! Kai here 🙂"],
    [21, 'l', 'Outside In runs a youth drop-in for ages 16-24 with meals, showers and a clinic: outsidein.org (Youth Services). New Avenues for Youth has a drop-in too; their site is newavenues.org.'],
    [27, 'l', 'Are you looking for a place to hang out during the day, or do you also need a bed at night?'],
    [70, 'p', 'both tbh'],
    [77, 'l', "Outside In has night beds for youth as well — you start at the drop-in and ask for an intake. Did that help?"],
    [110, 'p', 'yeah ty'],
    [116, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'Take care, come back anytime!'],
  ], usual({ clarify: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 10 a restatement; a referral with no contact
  s(LOU, '10 showers and charging by day in Denver: restated "So you\'re looking for …", sfcdenver.org, "ask the front desk staff at the Denver Rescue Mission"', [
    [0, 'p', 'where can i take a shower and charge my phone during the day in denver. shelters kick u out at 6am'],
    [25, 'l', "Good morning! I'm Lou, one of the librarians at Denver Public Library."],
    [30, 'l', "So you're looking for a daytime place in Denver to shower and charge your phone after the shelters close in the morning."],
    [62, 'p', 'yes exactly'],
    [68, 'l', 'The St. Francis Center on Broadway is a day shelter with showers, lockers and phone charging; its hours are on sfcdenver.org. For other spots, ask the front desk staff at the Denver Rescue Mission — they keep a list of day programs.'],
    [74, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes. thats everything'],
    [116, 'l', 'Great, take care and thanks for writing in.'],
  ], usual({ referral: 'fail' })),

  // 11 a library policy, no source; code null
  s(MINA, '11 big bags in the Salt Lake City Main Library: which branch, the rule in prose with no source, "Does that clear it up?", code null', [
    [0, 'p', 'hi im sleeping outside rn, am i allowed to bring my big bags into the library? last time a guard told me no'],
    [30, 'l', 'Hello, thanks for reaching out. This is Mina at Salt Lake City Public Library.'],
    [36, 'l', 'Which branch were you at when the guard stopped you?'],
    [70, 'p', 'main library downtown'],
    [76, 'l', "At the Main Library, bags are allowed as long as everything fits under your table or chair and doesn't block the aisles. Bedrolls and carts usually have to stay outside. You're welcome in the library like anyone else."],
    [82, 'l', 'Does that clear it up?'],
    [120, 'p', 'kinda. ok'],
    [126, 'l', 'Thanks for asking, hope to see you in the building!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 12 follow-up by me: e-mail read back, "by Friday", done 50 h after the end
  s(ABE, '12 a Maryland ID after a lost wallet (follow-up by me): any MVA office, DL-300 fee waiver, e-mail read back, "by Friday", done after 50 h', [
    [0, 'p', 'I lost my wallet at the shelter and need a new state ID but I have no address and no money. Maryland'],
    [25, 'l', 'Good afternoon, this is Abe, reference librarian at Baltimore County Public Library.'],
    [30, 'l', 'Do you still have your birth certificate or Social Security card, or were those lost too?'],
    [75, 'p', 'all of it gone. i have a paper from the shelter with my name'],
    [82, 'l', "The MVA takes a letter from a shelter as proof of Maryland residency, and the ID card fee is waived for people experiencing homelessness (form DL-300, on mva.maryland.gov under ID Cards). Bring the letter to any MVA office — locations at mva.maryland.gov/locations. I'll also put together the steps for replacing your birth certificate and e-mail them to you. What address should I send them to?"],
    [130, 'p', 'dwaynep.1977@example.com thank u'],
    [136, 'l', "Thanks — dwaynep.1977@example.com. I'll send it by Friday."],
    [142, 'l', 'Does the MVA info help for now?'],
    [180, 'p', 'yes it does. thats everything'],
    [186, 'l', 'Take care, and thanks for using Ask a Librarian.'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 a promise to call back, phone read back, "tomorrow morning", coded Answered
  s(JUNE, '13 a family evicted in Minneapolis with a cat: Shelter Team by phone, "I\'ll call the Shelter Team myself and ring you back", phone read back, "tomorrow morning", coded Answered', [
    [0, 'p', 'me and my 2 kids got evicted today. where do families go in hennepin county'],
    [20, 'l', "Hi, I'm June with Hennepin County Library's chat service. I'm so sorry — let's find you a place."],
    [26, 'l', 'Are you in Minneapolis right now, and do you have somewhere safe to be this afternoon?'],
    [60, 'p', 'yes at my sisters till 9pm. minneapolis'],
    [67, 'l', "Families go through Hennepin County's Shelter Team: call 612-555-0148 before 9 pm and they'll place you. The family shelter page is hennepin.us/residents/human-services/shelter. Is that helping?"],
    [110, 'p', 'ok. do they take pets?? we have a cat'],
    [117, 'l', "I'm not sure about pets. I'll call the Shelter Team myself and ring you back with what they say. What number should I call?"],
    [150, 'p', '612-555-0193'],
    [155, 'l', "Got it, 612-555-0193. I'll call you tomorrow morning."],
    [175, 'p', 'ok ty'],
    [181, 'l', 'Thank you, and hang in there. Bye for now.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass' })),

  // 14 follow-up by the patron's library: e-mail read back, no time, done after 70 h
  s(ROY, '14 a coordinated entry assessment with no word back in Los Angeles (follow-up by patron\'s library): lahsa.org/ces, e-mail read back, no time, done after 70 h', [
    [0, 'p', 'i did my coordinated entry assessment in LA two months ago and never heard back, how do i check where i am on the list'],
    [30, 'l', 'Hello, welcome to Ask a Librarian! Roy here, from LA County Library.'],
    [36, 'l', 'Do you remember which access center did your assessment, or the name of the case worker?'],
    [80, 'p', 'it was at the one on skid row, i forget the name'],
    [87, 'l', "LAHSA's page on the Coordinated Entry System explains how matching works and lists each area's access centers: lahsa.org/ces. There's no public waitlist, so I'd like a librarian at your home branch to dig up the right contact for your area. What e-mail can they reach you at?"],
    [130, 'p', 'm.torres.la@example.com'],
    [134, 'l', 'Thank you, m.torres.la@example.com — someone from your library will contact you.'],
    [140, 'l', 'Does the LAHSA page help in the meantime?'],
    [170, 'p', 'a lil bit. thanks'],
    [176, 'l', "You're welcome, and thanks for chatting with us."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 15 follow-up by me with no contact anywhere, done after 73 h
  s(SKY, '15 free lockers in San Diego (chat-speak, follow-up by me): Storage Connect Center, "I\'ll find out … and follow up with you", no contact anywhere, done after 73 h', [
    [0, 'p', 'r there free lockers for homeless ppl in san diego to keep my stuff'],
    [15, 'l', 'Hi! Sky at San Diego Public Library here.'],
    [20, 'l', 'Which neighborhood are you in most days?'],
    [50, 'p', 'east village'],
    [57, 'l', "The city's Storage Connect Center in East Village has free storage bins — details at sandiego.gov/homelessness-programs. I'll find out whether they have openings this week and follow up with you."],
    [63, 'l', 'Does that help?'],
    [90, 'p', 'ok'],
    [95, 'l', 'Thanks for chatting, take care!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(100 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 Spanish follow-up by me: phone read back, "el lunes por la tarde", not yet recorded
  s(LUPE, '16 identificación de California sin dirección (Spanish, follow-up by me): dmv.ca.gov, teléfono repetido, "el lunes por la tarde", "es todo", pendiente', [
    [0, 'p', 'hola, perdí todos mis papeles y vivo en mi carro. cómo saco una identificación de california sin dirección?'],
    [28, 'l', '¡Hola! Le saluda Lupe, bibliotecaria del Sacramento Public Library. Con gusto le ayudo.'],
    [34, 'l', '¿Tiene todavía su acta de nacimiento o algún documento con su nombre?'],
    [80, 'p', 'no tengo nada, solo una carta del banco de comida'],
    [88, 'l', 'El DMV de California da la tarjeta de identificación gratis a personas sin hogar, y acepta una carta de un albergue o una agencia en lugar de dirección. Está en dmv.ca.gov (busque "No-Fee ID Card"). Voy a averiguar cómo pedir su acta de nacimiento y le llamo. ¿A qué número?'],
    [140, 'p', '916-555-0121'],
    [146, 'l', 'Perfecto, 916-555-0121. Le llamo el lunes por la tarde.'],
    [150, 'l', '¿Le ayuda la información del DMV por ahora?'],
    [190, 'p', 'si gracias, es todo'],
    [196, 'l', '¡Gracias a usted! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 17 final idle exactly 120 s ending on a goodbye, no check-in
  s(GRACE, '17 what coordinated entry is, Kansas City: access line by phone, answer at 50 with "anything else", goodbye at 170 (120 s) and no check-in', [
    [0, 'p', 'my caseworker said i need to do coordinated entry to get housing. what is that?? kansas city mo'],
    [20, 'l', 'Hi, this is Grace, a reference librarian at Kansas City Public Library.'],
    [25, 'l', 'Have you already had an assessment, or are you starting from scratch?'],
    [45, 'p', 'scratch'],
    [50, 'l', "Coordinated entry is the one front door to housing programs: you do a short assessment and go on the list for the programs you qualify for. In Kansas City, call the Greater Kansas City Coalition to End Homelessness access line at 816-555-0112 to get assessed; the steps are on gkcceh.org. Does that help, and is there anything else you need?"],
    [170, 'l', "Since I haven't heard back, I'll let you go. Thanks for chatting with us, and good luck!"],
  ], usual({ idle: 'fail', referral: 'pass' })),

  // 18 final idle 119 s; an organisation and an app with no way to reach them
  s(HAL, '18 a motel voucher for a couple in a car, Fort Wayne: "You could call the Salvation Army", "the Find Help app", "still there?" (119 s)', [
    [0, 'p', 'is there any help paying for a motel for a few nights? me and my wife are in our car, its freezing. fort wayne indiana'],
    [18, 'l', 'Hi there, Hal at Allen County Public Library.'],
    [24, 'l', 'Have you called anyone yet about emergency shelter tonight?'],
    [50, 'p', 'no not yet'],
    [60, 'l', 'You could call the Salvation Army, they sometimes give out motel vouchers in a cold snap. The Find Help app also lists emergency programs near you.'],
    [174, 'l', 'still there?'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' })),

  // 19 final idle 185 s: check-in and a close notice that invites back
  s(IRIS, '19 cooling stations near Fremont St, Las Vegas: answer at 55, "Are you still with me?" at 150, "disconnected … close this chat … Come back anytime!" at 240 (185 s)', [
    [0, 'p', 'where can i go to get out of the heat today las vegas. no AC anywhere'],
    [12, 'l', 'Hello! Iris with Las Vegas-Clark County Library District here.'],
    [17, 'l', 'Which part of town are you in?'],
    [40, 'p', 'near fremont st'],
    [55, 'l', "Clark County opens cooling stations during heat warnings; today's list with hours and addresses is at clarkcountynv.gov/coolingstations. Did that answer it?"],
    [150, 'l', 'Are you still with me?'],
    [240, 'l', "It looks like you've been disconnected, so I'll close this chat now. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 final idle 215 s: the notice never says the chat ends
  s(JON, '20 a Boston library card with a shelter address: answer at 50, "You still there?" at 170, "It looks like you may have disconnected." at 260 (215 s)', [
    [0, 'p', 'can i get a library card if i live in a shelter? boston'],
    [20, 'l', 'Hi, Jon from the Boston Public Library here!'],
    [26, 'l', 'Do you have any ID with your name on it, even an expired one?'],
    [45, 'p', 'expired mass id'],
    [50, 'l', 'That works. BPL gives cards to anyone who lives in Massachusetts; a shelter address is fine, and you can show the expired ID. The card rules are on bpl.org/library-cards. Did that help?'],
    [170, 'l', 'You still there?'],
    [260, 'l', 'It looks like you may have disconnected.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 21 "your time is up"
  s(KURT, '21 a dog at an Austin shelter, then food, shots and the library: "Sorry, your time is up for this chat. I need to end it now." and the patron\'s last word', [
    [0, 'p', 'can i bring my dog into a shelter in austin?? i wont leave him'],
    [15, 'l', 'Hi there, Kurt at Austin Public Library.'],
    [20, 'l', 'Are you looking for tonight, or longer term?'],
    [40, 'p', 'tonite'],
    [46, 'l', "Some Austin shelters take pets; the city's list of emergency shelters, marking which ones accept animals, is at austintexas.gov/homelessness. Does that help?"],
    [80, 'p', 'kinda, and what about food for him? and where do i get his shots? and can he stay at the library?'],
    [86, 'l', 'Sorry, your time is up for this chat. I need to end it now.'],
    [100, 'p', 'wow ok. thanks for nothing'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 partly Spanish: other patrons waiting, invited back
  s(LIA, '22 una cama hoy y un bus pass en San Antonio (partly Spanish): Haven for Hope por teléfono, "Tengo varios usuarios esperando … please log back on later … ¡gracias!", patron\'s "ok"', [
    [0, 'p', 'hola, necesito un lugar para dormir hoy, y también how do i get a bus pass? san antonio'],
    [25, 'l', '¡Hola! Soy Lia, bibliotecaria de San Antonio Public Library. I can help in English or Spanish.'],
    [31, 'l', '¿Es solo para usted, o viene con familia?'],
    [60, 'p', 'solo yo'],
    [66, 'l', 'Haven for Hope es el campus principal para adultos solos: llame al 210-555-0160 para la admisión, o vea havenforhope.org. ¿Le sirve esto?'],
    [100, 'p', 'si. and the bus pass? and a phone? and where can i get clothes?'],
    [107, 'l', 'Tengo varios usuarios esperando ahora mismo, so please log back on later for the bus pass and the rest — ¡gracias por su paciencia!'],
    [120, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 23 a transfer with a notice and a note that says why
  s(MO, '23 a gay 17-year-old kicked out in Manhattan: transfer notice + internal note why, Ree 84 s after the notice, Ali Forney Center by phone, nyc.gov/dycd', [
    [0, 'p', 'im 17 and got kicked out for being gay. is there a shelter in nyc for someone like me'],
    [20, 'l', "Hi, I'm Mo, a librarian with NYPL's Ask NYPL chat. I'm really glad you reached out."],
    [26, 'l', 'Are you safe right now, and are you in Manhattan or another borough?'],
    [60, 'p', 'safe for tonight at a friends. manhattan'],
    [66, 'l', "Our teen services librarian Ree knows the youth programs best — I'm transferring you to her now, one moment."],
    [69, 'i', 'Ree, 17yo LGBTQ youth kicked out of home, needs a youth shelter in Manhattan. Can you take it?'],
    xfer(72, 'Ree', 'ree-h'),
    [150, 'l', 'Hi, Ree here, teen librarian at NYPL. The Ali Forney Center runs shelter and a drop-in for LGBTQ youth 16-24: call their drop-in at 212-555-0137 or see aliforneycenter.org. You can also go to any NYC Runaway and Homeless Youth drop-in center (list at nyc.gov/dycd).', as(REE)],
    [156, 'l', 'Does that help?', as(REE)],
    [200, 'p', 'yes. thank u. thats all i need rn'],
    [205, 'l', "You're not alone. Thank you for chatting, and come back anytime.", as(REE)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 24 a silent transfer, the receiver 141 s after the patron
  s(NIA, '24 a lockout with no court papers in Philadelphia: internal note only, silent transfer, Paz 141 s after the patron, the police non-emergency line', [
    [0, 'p', 'landlord locked me out today, all my stuff is inside. philly. what can i do'],
    [18, 'l', 'Hello, this is Nia, a librarian at the Free Library of Philadelphia.'],
    [24, 'l', 'Did you get any court papers, or did the landlord just change the locks?'],
    [70, 'p', 'just changed the locks no papers'],
    [75, 'i', 'Paz, illegal lockout in Philly, tenant rights question, can you take over?'],
    xfer(78, 'Paz', 'paz-h'),
    [211, 'l', "Hi, Paz here, also with the Free Library. Changing the locks without a court order is an illegal lockout in Philadelphia. Call the police non-emergency line at 215-555-0186 and ask them to restore entry. Philadelphia's tenant rights guide is at phila.gov/tenants.", as(PAZ)],
    [217, 'l', 'Did that help?', as(PAZ)],
    [250, 'p', 'yes ok calling now'],
    [256, 'l', 'Good luck, and thanks for using the chat.', as(PAZ)],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 25 an announced transfer with no internal note, answered 118 s after the notice
  s(OLA, '25 emergency housing in Detroit: "I\'m passing you to Que … hold on one sec", no internal note, Que 118 s later, CAM by phone', [
    [0, 'p', 'how do i get on the list for emergency housing in detroit? is it 211?'],
    [22, 'l', "Hi! Ola here, with the Detroit Public Library's Ask a Librarian."],
    [28, 'l', 'Do you have a place to stay tonight, or is this for later this month?'],
    [55, 'p', 'i have 2 more nights at a friends'],
    [62, 'l', "I'm passing you to Que, who handles our housing questions — hold on one sec."],
    xfer(65, 'Que', 'que-h'),
    [180, 'l', 'Hi, Que here. In Detroit, shelter goes through the Coordinated Assessment Model (CAM): call CAM at 313-555-0170 to be assessed. The steps are on camdetroit.org.', as(QUE)],
    [186, 'l', 'Was that useful?', as(QUE)],
    [220, 'p', 'yes thank you'],
    [226, 'l', 'Anything else today?', as(QUE)],
    [240, 'p', 'no thats it'],
    [244, 'l', 'Take care, and thanks for chatting!', as(QUE)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 26 three at most, touching ends
  s(UMA, '26 Milwaukee Central Library on Christmas Eve at -10°: holiday hours, impactinc.org/211, touching chats (three at most)', [
    [0, 'p', "Is the library open as a warming center on christmas eve? milwaukee, it's supposed to be -10"],
    [20, 'l', 'Good afternoon! Uma at Milwaukee Public Library.'],
    [25, 'l', 'Are you asking about Central Library or a neighborhood branch?'],
    [55, 'p', 'central'],
    [61, 'l', "Central closes at 1 pm on Christmas Eve and is closed Christmas Day. IMPACT 211's list of winter shelters and overnight warming rooms is at impactinc.org/211. Did that help?"],
    [100, 'p', 'yes thank u, thats all'],
    [106, 'l', 'Stay warm, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('u1', 'uma-h', -300, 0), other('u2', 'uma-h', -60, 200), other('u3', 'uma-h', 40, 400), other('u4', 'uma-h', 111, 600)],
  }),

  // 27 four at once
  s(VIC, '27 a 71-year-old mother who lost her apartment in Tucson: Pima Council on Aging by phone, three other chats open at once over this one (four)', [
    [0, 'p', 'my mom is 71 and just lost her apartment. are there shelters just for seniors in tucson?'],
    [20, 'l', "Hi, thanks for contacting Pima County Public Library. I'm Vic, a reference librarian."],
    [26, 'l', 'Is she able to get around on her own, or does she need help with daily care?'],
    [60, 'p', 'she uses a walker but is independent'],
    [67, 'l', "Pima Council on Aging helps older adults find emergency housing: call their helpline at 520-555-0177. The county's shelter list is at pima.gov/homelessness. Did that help?"],
    [110, 'p', "yes thank you, that's everything"],
    [116, 'l', "You're welcome! Thanks for chatting, and best to your mom."],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('v1', 'vic-h', -100, 300), other('v2', 'vic-h', 10, 250), other('v3', 'vic-h', 90, 130), other('x1', 'someone-else-h', 0, 200)],
  }),

  // 28 Practice
  s(TRAINEE, '28 practice chat (shelter hotline macro): coded Practice, every check na', [
    [0, 'p', 'test: shelter hotline macro'],
    [5, 'l', 'Hello! Testing: shelter hotline info is at 211.org'],
    [10, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 29 a true Lost Call: check-in and a notice that invites back
  s(WES, '29 women at the shelter on 5th St (Lost Call): greeting only, "Are you still there?" at 145, disconnect-and-end notice that invites back at 330', [
    [0, 'p', 'is the shelter on 5th st taking women tonight'],
    [20, 'l', 'Hello, Wes here, librarian at Louisville Free Public Library.'],
    [145, 'l', 'Are you still there?'],
    [330, 'l', "I haven't heard from you, so it seems you've disconnected; I'll end this session now. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 no provider ever joined; Lost Call with two patron lines
  s(NOBODY, '30 a women\'s shelter in Columbus asap (chat-speak): no provider ever joined, "hello?? pls", patron left, coded Lost Call', [
    [0, 'p', 'anyone there?? need to find a womens shelter in columbus asap'],
    waiting(3),
    [140, 'p', 'hello?? pls'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundShelter.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('09')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "Outside In has night beds for youth as well — you start at the drop-in and ask for an intake." tells the patron to visit Outside In\'s drop-in and ask there, an organisation outside the chat reached by the URL of message 2 ("outsidein.org (Youth Services)") (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)")',
};

describe('sixty-third round: homeless services, shelters and housing emergencies, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundShelter.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundShelter.filter((c) => c.name in LEFT_WHY));
});
