/**
 * Sixty-second round, theme BICYCLES, E-BIKES AND SCOOTERS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: helmet laws (a 12-year-old in Maryland, scooters in Florida, Seattle after
 * King County's 2022 repeal, a 10-year-old in Austin), e-bike classes (a Sacramento commute, a NYC delivery rider in Spanish,
 * Minnesota state trails, Pennsylvania's Pine Creek Rail Trail), registering a bike (Davis, Palo Alto) and reporting a
 * stolen one (Chicago, a scooter in Houston, a renters-insurance claim in NJ), bike routes and trail maps (Lake County OH,
 * protected lanes in Philadelphia, a safe route in Phoenix in Spanish), bike-share memberships (Capital Bikeshare for a
 * student, Bluebikes income-eligible, Citi Bike for NYCHA residents), commuting with transit (Baltimore Light Rail and MARC,
 * King County Metro bus racks), repair classes (Hennepin County, Arlington VA), an e-bike rebate (Denver), scooter rentals
 * and sidewalk rules (Lime at 17 in San Diego, Austin, Portland, a Divvy ticket in Chicago), and a school report on
 * Delaware's bike laws. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/sixtySecondRoundCycling-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 45 s with the first line at 170 (30);
 *   no provider ever joined, only queue notices (27); "Good morning, you've reached Dana, a librarian at …" (01); "Hey! What
 *   can I help you find today?" under the screen name "AskDesk2" (04: names no one, fail); "Hi there!" then "Abby here, at
 *   Brooklyn Public Library. Are you …?" split over two lines (24: pass); "Hi, thanks for contacting Ask a Librarian NJ!
 *   This is Yara." (23); "Welcome to Ask Us! I'm Drew …" (29); Spanish "¡Buenas tardes! Soy Marta, bibliotecaria de …" (05)
 *   and "Hola, buenas. Le atiende Óscar, del servicio …" (14); mixed "Hi! Soy Luz, bibliotecaria de Houston Public Library"
 *   (11) and "Hola! No problem at all, I'm Cleo …" (28); chat-speak with emoji "hey! Basil w/ KCLS Ask a Librarian 👋" (25);
 *  inquiry: county, where the rider rides, serial number, bike type, throttle, student level, hands-on or books (with the
 *   patron's free days), residency and rebate type, rental or own scooter, comfort with traffic, e-bike class, benefits,
 *   receipt or photos, ticket type; the first source (li.me/legal) before "Which city will you be riding in?" (09: fail);
 *   "Is this for Delaware law?" (20);
 *  waits: a hold answered exactly 120 s later (06: pass); the patron's answer at 49 and the provider silent until 170, 121 s
 *   (07: fail); "Give me a minute …" at 66, a partial result that says the search goes on at 180, the answer at 290 (08:
 *   pass); "Sure, take your time!" and the patron back 190 s later (10: waiting on the patron, pass); transfer notices
 *   answered 64 s and 54 s later by the receiver (22, 23); 125 s between `pickedUpAt` and the first line (30: fail);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 140 and "It seems you've left the chat, so I'll close
 *   this session now. Feel free to come back anytime!" at 200 (16: final idle exactly 180 s, both pass); a goodbye 119 s
 *   after the answer (17: idle na); "Are you still there?" and the end 160 s into the idle, no notice, no goodbye (18: idle
 *   pass, disconnect na, courteous fails); "Looks like you've been disconnected, so I'll be closing this chat. Thanks for
 *   stopping by!" 240 s into the idle with no check-in (19: idle fails, disconnect passes); "Sorry, your time is up for
 *   this chat. Bye." and the patron's "wow ok" last (20: dismissal fails, courteous passes on the "Bye."); "I have several
 *   patrons waiting right now … Please chat back in later" (21: allowed); the patron's "thats everything, bye" as the last
 *   line after two provider lines without thanks (29: courteous fails); patron-side "thats all i needed", "that's
 *   everything", "es todo", "all set, no more questions", "no eso es todo", "nope thats everything", "no, nada mas" after
 *   "¿Necesita algo más?", and "ugh ok", "kinda. thanks", "yes very", "ok" that do not count on their own; goodbyes "Happy
 *   riding, and thanks for chatting with us!", "take care!", "Thanks for asking, come back anytime!", "¡Gracias y mucha
 *   suerte!", "Thanks for using Ask Us, talk soon!", "¡Gracias a usted! Que disfruten el paseo.", "cool, ride safe! bye 🙂";
 *  sources: state statutes and DMV/DOT pages, county and city pages, transit agencies, bikeindex.org, li.me/legal (09),
 *   Bike-share pricing pages, municode, amlegal, a book in the library catalog (29); none ("Several of our branches have
 *   hosted weekend fix-it clinics with local bike co-ops …", 10: fail);
 *  referrals: the CPD non-emergency line by phone (03: pass); "haga un reporte en la estación de policía de su zona" with no
 *   contact (11: LEFT); the library's own Columbia Pike branch by phone (29: pass); the Department of Administrative
 *   Hearings by street address and URL (30: pass); program staff, a trail office and a branch consulted or set to call the
 *   patron on the patron's behalf (12, 14, 15) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (12: pass); a promise to e-mail "by
 *   Wednesday" with the e-mail read back, coded Answered (13: code fails, contact passes, on_time pending); FU_LIB in
 *   Spanish, phone typed and read back, no time, done after 80 h (14: contact and on_time fail); FU_ME, "by Friday, to the
 *   e-mail on your account", the e-mail only in `patron.email`, not recorded by day 4 (15: contact and on_time fail, code
 *   passes);
 *  codes: a true Lost Call (16); Lost Call with one patron line and no provider (27: pass); an empty string (28); Practice (26);
 *  transfers: a notice (a hold) and an internal note why before the transfer (22: pass); a notice but the internal note only
 *   after the transfer (23: fail);
 *  concurrency: three others open at 40-60 s, four at once (24: fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` at 45 s and the first provider line at 170 (30): RUBRIC puts "the wait before pickup" with
 *   approachability.pickup alone, and keep_informed counts the span after pickup, 45 → 170 s = 125 s > 120 s: fail;
 * - "Sure, take your time!" (10) tells the patron to take their time: not a hold (Terms), so the 190 s that follow are
 *   waiting on the patron;
 * - "Found the Light Rail part … Still checking MARC's weekday rules." (08) gives a partial result and says the search goes
 *   on: a hold (Terms);
 * - "Hey! What can I help you find today?" greets but identifies no one; the screen name does not count (04);
 * - a referral tells the patron to contact or visit someone: "haga un reporte en la estación de policía de su zona" (file a
 *   report at your area's police station, 11) sends the patron to an agency; "call our Columbia Pike branch at …" (29)
 *   sends the patron to the provider's own library's branch; "To contest it, contact the Department of Administrative
 *   Hearings at 400 W. Superior St. or chicago.gov/ah" (30); "I can ask the program staff and e-mail you" (12), "confirm
 *   with the trail office" (15) and "El personal de la sucursal … puede prepararles una ruta impresa; ¿a qué número le
 *   pueden llamar?" (14) are people the provider consults or who will contact the patron: no referral;
 * - "check regionalparks.saccounty.gov" (02) and "mark it stolen on Bike Index (bikeindex.org)" (03) point to websites to
 *   use: sources, not referrals;
 * - "Several of our branches have hosted weekend fix-it clinics …" (10) names no resource and no way to reach one: no source;
 *   it still answers, so the "Does that help a bit?" that follows counts for completeness;
 * - "Sorry, your time is up for this chat. Bye." (20) is a dismissal and also says goodbye (courteous passes);
 * - "It seems you've left the chat, so I'll close this session now. Feel free to come back anytime!" (16) and "Looks like
 *   you've been disconnected, so I'll be closing this chat. Thanks for stopping by!" (19) are disconnect notices that invite
 *   back / thank without asking whether the patron is there: goodbyes, so the final idle ends at them (180 s and 240 s);
 * - "take care!" (03) says goodbye; Spanish "es todo", "no eso es todo", "no, nada mas" (the last one after "¿Necesita algo
 *   más?") say explicitly that the patron is done;
 * - "Does the rebate page help in the meantime?", "Did the statute answer the first part?", "¿Le sirve el mapa mientras
 *   tanto?" ask whether what was given meets the need.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC.md; both
 * labels stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - info.source and inquiry.clarify, case 09: "Lime's own rules are in its user agreement at li.me/legal" read as no source
 *    (fail; RUBRIC pass: a URL or domain), so the later "Which city will you be riding in?" counts as a question with no
 *    source ever given (pass; RUBRIC fail: the source came first);
 *  - referral.contact, case 11: Spanish "haga un reporte en la estación de policía de su zona" read as no referral (na;
 *    RUBRIC fail: visit an agency, no contact given).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across holds of
 * 110-114 s, "take your time", two transfers and 125 s after `pickedUpAt`; final idles of 119, 160, 180 and 240 s;
 * concurrency at four and at touching ends; on_time done at 20 h, late at 80 h, pending at day 1, missed at day 4) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone typed and read back, an e-mail only in `patron.email`, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v56 (block V, written partly from these twelve files): case 09's "at li.me/legal" (V13: a URL) and 11's "haga un reporte en
 *   la estación de policía de su zona" (V14) read as labelled and run: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** A queue or service notice (system). */
const notice = (sec: number, text: string): Line => [sec, 's', text];

const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'MCPL-MD' };
const EZRA: Prov = { id: 'ezra-c', name: 'Ezra', library: 'SPL-CA' };
const FAYE: Prov = { id: 'faye-c', name: 'Faye', library: 'CPL-IL' };
const DESK: Prov = { id: 'desk-c', name: 'AskDesk2', library: 'YCL-CA' };
const MARTA: Prov = { id: 'marta-c', name: 'Marta', library: 'QPL' };
const GUS: Prov = { id: 'gus-c', name: 'Gus', library: 'MOR-OH' };
const HANA: Prov = { id: 'hana-c', name: 'Hana', library: 'DCPL' };
const IKE: Prov = { id: 'ike-c', name: 'Ike', library: 'EPFL' };
const JADE: Prov = { id: 'jade-c', name: 'Jade', library: 'SDPL' };
const KEMAL: Prov = { id: 'kemal-c', name: 'Kemal', library: 'HCL-MN' };
const LUZ: Prov = { id: 'luz-c', name: 'Luz', library: 'HPL-TX' };
const MAX: Prov = { id: 'max-c', name: 'Max', library: 'DPL-CO' };
const NELL: Prov = { id: 'nell-c', name: 'Nell', library: 'MCL-OR' };
const OSCAR: Prov = { id: 'oscar-c', name: 'Óscar', library: 'PPL-AZ' };
const PIA: Prov = { id: 'pia-c', name: 'Pia', library: 'ASKMN' };
const QUIN: Prov = { id: 'quin-c', name: 'Quin', library: 'THPL' };
const RAFA: Prov = { id: 'rafa-c', name: 'Rafa', library: 'APL-TX' };
const SAGE: Prov = { id: 'sage-c', name: 'Sage', library: 'SPL-WA' };
const TOVA: Prov = { id: 'tova-c', name: 'Tova', library: 'FLP' };
const UMBER: Prov = { id: 'umber-c', name: 'Umber', library: 'DDL' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'BPL-MA' };
const WREN: Prov = { id: 'wren-c', name: 'Wren', library: 'AHPA' };
const XAVI: Prov = { id: 'xavi-c', name: 'Xavi', library: 'AHPA' };
const YARA: Prov = { id: 'yara-c', name: 'Yara', library: 'NJAAL' };
const ZED: Prov = { id: 'zed-c', name: 'Zed', library: 'NJAAL' };
const ABBY: Prov = { id: 'abby-c', name: 'Abby', library: 'BKLYN' };
const BASIL: Prov = { id: 'basil-c', name: 'basil_kcls', library: 'KCLS' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'PAPL' };
const CLEO: Prov = { id: 'cleo-c', name: 'Cleo', library: 'APL-TX' };
const DREW: Prov = { id: 'drew-c', name: 'Drew', library: 'APL-VA' };
const ELIO: Prov = { id: 'elio-c', name: 'Elio', library: 'CPL-IL' };

const s = session;

export const sixtySecondRoundCycling: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Maryland helmet law for a 12-year-old: "Good morning, you\'ve reached Dana", county asked, statute + county page, "thats all i needed"', [
    [0, 'p', 'does my 12 yr old legally have to wear a helmet on his bike in maryland??'],
    [22, 'l', "Good morning, you've reached Dana, a librarian at Montgomery County Public Libraries."],
    [28, 'l', 'Will he be riding mostly in Montgomery County, or elsewhere in the state too?'],
    [65, 'p', 'mostly here in silver spring'],
    [72, 'l', "Maryland requires riders under 16 to wear a helmet (Transportation Article § 21-1207.1); the text is on mgaleg.maryland.gov, and the county's bike safety tips are at montgomerycountymd.gov/dot-dte/bikes."],
    [78, 'l', 'Is that what you were after?'],
    [120, 'p', 'perfect ty, thats all i needed'],
    [126, 'l', 'Happy riding, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly at 60 s
  s(EZRA, '02 e-bike classes 1/2/3 for a Sacramento commute: pickup at exactly 60 s, DMV page + regional parks page', [
    [0, 'p', 'whats the difference between class 1 2 and 3 ebikes? buying one for my commute'],
    [60, 'l', 'Hi there! Ezra here, reference librarian at Sacramento Public Library.'],
    [66, 'l', 'Where will you ride mostly: bike lanes, or trails and paths too?'],
    [110, 'p', 'bike lanes + the american river trail on weekends'],
    [116, 'l', 'Class 1 is pedal-assist only, to 20 mph; class 2 adds a throttle, also capped at 20 mph; class 3 is pedal-assist to 28 mph, needs a speedometer, and riders must be 16+ with a helmet. The DMV lays it out at dmv.ca.gov (search "electric bicycles"). For the Parkway, the county limits which classes may use the trail: regionalparks.saccounty.gov has the current rule.'],
    [122, 'l', 'Does that cover what you needed?'],
    [170, 'p', 'yes super clear'],
    [175, 'l', 'Anything else I can look up?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Great, enjoy the new ride. Bye!'],
  ], usual()),

  // 03 pickup at 61 s; police referral with phone numbers
  s(FAYE, '03 bike stolen outside an L station: pickup at 61 s, "call the CPD non-emergency line at 311 (or 312-744-5000)", Bike Index', [
    [0, 'p', 'someone stole my bike from outside the el station last night what do i do'],
    [61, 'l', 'Hello, and sorry to hear that! This is Faye at Chicago Public Library.'],
    [67, 'l', 'Do you have the serial number, or a receipt that shows it?'],
    [110, 'p', 'serial # is on the receipt yes'],
    [116, 'l', 'File a police report by calling the CPD non-emergency line at 311 (or 312-744-5000 from outside the city) and give them the serial number. Then mark it stolen on Bike Index (bikeindex.org) so shops and buyers can check it.'],
    [122, 'l', 'Did that help?'],
    [160, 'p', "ya thanks. that's everything"],
    [166, 'l', 'Good luck getting it back, take care!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 greets, names no one, screen name only
  s(DESK, '04 bike registration after moving to Davis: "Hey! What can I help you find today?" under the screen name AskDesk2', [
    [0, 'p', 'r we supposed to register bikes w the city? just moved to davis'],
    [9, 'l', 'Hey! What can I help you find today?'],
    [15, 'l', 'Is the bike new, or did you bring it with you from somewhere else?'],
    [50, 'p', 'brought it'],
    [56, 'l', "The City of Davis bike registration info is at cityofdavis.org (search 'bike license'); it's done online and helps the police return a recovered bike."],
    [62, 'l', 'Did that answer it?'],
    [90, 'p', 'yep'],
    [94, 'l', 'Anything else?'],
    [110, 'p', 'no ty'],
    [113, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 05 Spanish throughout
  s(MARTA, '05 repartidor con bici eléctrica en Nueva York (Spanish): "¡Buenas tardes! Soy Marta", acelerador, nyc.gov, "es todo"', [
    [0, 'p', 'hola, trabajo de repartidor con bici electrica en nueva york. necesito algun permiso o registro?'],
    [30, 'l', '¡Buenas tardes! Soy Marta, bibliotecaria de la Biblioteca Pública de Queens.'],
    [36, 'l', '¿Su bici tiene acelerador o es solo de pedaleo asistido?'],
    [80, 'p', 'tiene acelerador, va hasta 20 millas'],
    [86, 'l', 'Las bicis de clase 2 (con acelerador, hasta 20 mph) son legales en la ciudad y no necesitan registro ni licencia. El DOT explica las reglas en español en nyc.gov/ebikes, y hay una guía para repartidores en nyc.gov/deliveryworkers.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muy bien, es todo gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual()),

  // 06 a hold answered exactly 120 s later
  s(GUS, '06 paved trails in Lake County OH: "Let me pull up the county park maps — one moment." answered exactly 120 s later', [
    [0, 'p', 'looking for a map of bike trails around lake county, ohio? paved ones if possible'],
    [18, 'l', 'Hi, Gus with the Ask Ohio librarians, at Morley Library.'],
    [24, 'l', 'Road bike or something with wider tires? Some of the trails are crushed limestone.'],
    [60, 'p', 'road bike so paved only'],
    [66, 'l', 'Let me pull up the county park maps — one moment.'],
    [186, 'l', "OK: the Lake Metroparks trail map at lakemetroparks.com/trails marks surface type, and the Greenway Corridor is paved end to end. Statewide maps are at ohiobike.org."],
    [192, 'l', 'Does that help?'],
    [230, 'p', 'great thanks!'],
    [236, 'l', 'Anything else I can find?'],
    [260, 'p', 'all set, no more questions'],
    [264, 'l', 'Enjoy the ride, goodbye!'],
  ], usual()),

  // 07 121 s of silence after the patron's answer
  s(HANA, '07 Capital Bikeshare student discount: the patron answers at 49, the provider is silent until 170 (121 s)', [
    [0, 'p', 'how much is a capital bikeshare membership, is there a discount for students'],
    [15, 'l', "Hello! I'm Hana, a librarian at DC Public Library."],
    [20, 'l', 'Are you a college student, or in high school?'],
    [49, 'p', 'grad student at GWU'],
    [170, 'l', "Sorry for the delay. Capital Bikeshare's pricing page, capitalbikeshare.com/pricing, lists the annual membership, and several universities, GW among them, offer discounted corporate memberships listed on the same site under 'Corporate Membership'."],
    [176, 'l', 'Is that the info you needed?'],
    [215, 'p', 'yes, thank you'],
    [220, 'l', 'Anything else today?'],
    [240, 'p', 'no thats all'],
    [244, 'l', 'Thanks for reaching out to DCPL!'],
  ], usual({ informed: 'fail' })),

  // 08 chained holds, the second a partial result
  s(IKE, '08 bikes on Baltimore Light Rail and MARC: holds at 66 and 180 (partial result), answer at 290', [
    [0, 'p', 'can i take my bike on the light rail and marc train in baltimore? trying to commute to dc'],
    [20, 'l', 'Hi, Ike here, librarian with AskUsNow! at Enoch Pratt Free Library.'],
    [26, 'l', 'Is it a regular bike or a folding one? The rules differ.'],
    [60, 'p', 'regular'],
    [66, 'l', 'Give me a minute to check both agencies.'],
    [180, 'l', "Found the Light Rail part: bikes ride free any time, two per car. Still checking MARC's weekday rules."],
    [290, 'l', "MARC takes full-size bikes only in the Penn Line's bike cars and on weekend trains. Both policies are on mta.maryland.gov (Riding with Bikes)."],
    [296, 'l', 'Does that answer your question?'],
    [340, 'p', 'yes thanks so much, thats all i needed'],
    [346, 'l', 'Safe travels, and thanks for using AskUsNow!'],
  ], usual()),

  // 09 the first source before the question
  s(JADE, '09 renting a Lime scooter at 17 in San Diego: li.me/legal given before "Which city will you be riding in?"', [
    [0, 'p', 'how old do u have to be to rent a lime scooter'],
    [14, 'l', 'Hi! Jade from the San Diego Public Library Ask a Librarian service.'],
    [20, 'l', "Lime's own rules are in its user agreement at li.me/legal: riders must be 18 in most cities."],
    [26, 'l', 'Which city will you be riding in?'],
    [55, 'p', 'san diego, im 17'],
    [61, 'l', "Then not yet: California requires a driver's license or permit for motorized scooters, and San Diego's operator permits require renters to be 18."],
    [67, 'l', 'Does that answer your question?'],
    [100, 'p', 'ugh ok'],
    [105, 'l', 'Thanks for asking, come back anytime!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 10 no source; "take your time" then 190 s on the patron's side
  s(KEMAL, '10 hands-on flat-fixing class in Hennepin County: "Sure, take your time!" then 190 s away, no source named', [
    [0, 'p', 'do any libraries do bike repair classes? i want to learn to fix flats'],
    [25, 'l', 'Hello! Kemal at Hennepin County Library here.'],
    [31, 'l', 'Are you looking for a hands-on class, or would videos and books work too? And which days are you free?'],
    [60, 'p', 'hands on pref. hold on let me check my work schedule'],
    [66, 'l', 'Sure, take your time!'],
    [256, 'p', 'ok weekends only'],
    [262, 'l', 'Several of our branches have hosted weekend fix-it clinics with local bike co-ops in spring and summer, and the co-ops run their own flat-fixing workshops too.'],
    [268, 'l', 'Does that help a bit?'],
    [300, 'p', 'kinda. thanks'],
    [306, 'l', 'Anything else?'],
    [320, 'p', 'no'],
    [324, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail' })),

  // 11 partly Spanish; "report it at your local police station" with no contact
  s(LUZ, '11 scooter eléctrico robado en Houston (Spanish/English): "haga un reporte en la estación de policía de su zona" (no contact), bikeindex.org', [
    [0, 'p', 'hola me robaron mi scooter electrico, what do i do? tengo el numero de serie'],
    [20, 'l', 'Hi! Soy Luz, bibliotecaria de Houston Public Library. Happy to help in English or Spanish.'],
    [26, 'l', '¿Dónde se lo robaron, en Houston?'],
    [60, 'p', 'si en houston, en midtown'],
    [66, 'l', 'Primero, haga un reporte en la estación de policía de su zona y lleve el número de serie. Después, regístrelo como robado en bikeindex.org (también acepta scooters), así las tiendas lo pueden verificar.'],
    [72, 'l', '¿Le ayuda esto?'],
    [110, 'p', 'ok si gracias'],
    [115, 'l', '¿Algo más en que le pueda ayudar?'],
    [130, 'p', 'no eso es todo'],
    [134, 'l', '¡Gracias y mucha suerte!'],
  ], usual({ referral: 'fail' })),

  // 12 follow-up by me, e-mail typed and read back, "by tomorrow afternoon", done in 20 h
  s(MAX, '12 Denver e-bike rebate (follow-up by me): hold at 76, e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'is the denver ebike rebate still open? how much do u get'],
    [22, 'l', "Hi, Max with Denver Public Library's Ask Us chat."],
    [28, 'l', 'Are you a Denver resident, and would you apply for the income-qualified rebate or the standard one?'],
    [70, 'p', 'resident, probably income qualified'],
    [76, 'l', 'One moment while I check the current round.'],
    [150, 'l', "The city's climate office posts each rebate round at denvergov.org/ebikerebates with the amounts, but it doesn't say when income-qualified vouchers reopen. I can ask the program staff and e-mail you their answer. What address should I use?"],
    [200, 'p', 'sure, rosa.mendez88@example.com'],
    [206, 'l', "Thanks: rosa.mendez88@example.com. I'll send it by tomorrow afternoon."],
    [212, 'l', 'Does the rebate page help in the meantime?'],
    [250, 'p', 'yes thanks!'],
    [255, 'l', 'Anything else?'],
    [270, 'p', 'no thats it'],
    [274, 'l', 'Thanks for using Ask Us, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise to e-mail by Wednesday, coded Answered
  s(NELL, '13 own e-scooter on Portland sidewalks: "I\'ll look into it and e-mail you by Wednesday", e-mail read back, coded Answered', [
    [0, 'p', 'can i ride my electric scooter on the sidewalk in portland? also is there a fine'],
    [16, 'l', 'Hi, this is Nell at Multnomah County Library.'],
    [22, 'l', "Is it a scooter you own, or one of the rentals from the city's program?"],
    [60, 'p', 'my own'],
    [66, 'l', "Oregon law (ORS 814.524) bars motor-assisted scooters from sidewalks except to cross into a driveway; the statute is at oregonlegislature.gov/bills_laws. I couldn't find Portland's fine amount, so I'll look into it and e-mail you by Wednesday. What's your e-mail?"],
    [110, 'p', 'kaito.b@example.net'],
    [116, 'l', 'Got it, kaito.b@example.net.'],
    [122, 'l', 'Did the statute answer the first part?'],
    [160, 'p', 'yes ty'],
    [165, 'l', 'Thanks, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 14 Spanish; follow-up by the patron's library, phone read back, no time, done after 80 h
  s(OSCAR, '14 ruta segura en bici en Phoenix (Spanish, follow-up by patron\'s library): teléfono repetido, sin fecha, hecho a las 80 h', [
    [0, 'p', 'buenas, busco una ruta segura en bici de mi casa en Maryvale al centro de Phoenix'],
    [28, 'l', 'Hola, buenas. Le atiende Óscar, del servicio Pregúntele al Bibliotecario de Phoenix Public Library.'],
    [34, 'l', '¿Se siente cómodo en calles con tráfico, o prefiere ciclovías separadas?'],
    [80, 'p', 'prefiero ciclovias, voy con mi hijo'],
    [86, 'l', 'El mapa de bicicletas de la ciudad está en phoenix.gov/bikemap y marca las ciclovías protegidas. El personal de la sucursal Cesar Chavez puede prepararles una ruta impresa; ¿a qué número le pueden llamar?'],
    [140, 'p', '602-555-0117'],
    [146, 'l', 'Perfecto, 602-555-0117. Le van a llamar de la sucursal.'],
    [152, 'l', '¿Le sirve el mapa mientras tanto?'],
    [190, 'p', 'si gracias'],
    [195, 'l', '¿Necesita algo más?'],
    [215, 'p', 'no, nada mas'],
    [219, 'l', '¡Gracias por comunicarse, que tengan buen viaje!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me, e-mail only in the patron field, "by Friday", never recorded
  s(PIA, '15 e-bikes on the Root River State Trail (follow-up by me): "by Friday to the e-mail on your account", never recorded, day 4', [
    [0, 'p', 'are ebikes allowed on minnesota state trails? planning a trip on the root river trail'],
    [20, 'l', 'Good afternoon! Pia here, a librarian with AskMN.'],
    [26, 'l', 'Which class is your e-bike: 1, 2 or 3?'],
    [60, 'p', 'class 1 i think'],
    [66, 'l', "Class 1 and 2 e-bikes may use paved state trails; the DNR's rules are at dnr.state.mn.us/state_trails (see 'Electric-assisted bicycles'). The Root River Trail may have a local rule I want to confirm with the trail office, so I'll send you what they say by Friday, to the e-mail on your account."],
    [72, 'l', 'Does that help for now?'],
    [110, 'p', 'yes great'],
    [115, 'l', 'Anything else I can do?'],
    [130, 'p', 'nope thats everything'],
    [134, 'l', 'Thanks, enjoy the trip!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'lee.t@example.org', phone: null } }, { now: T0 + 4 * DAY }),

  // 16 a true Lost Call, final idle exactly 180 s
  s(QUIN, '16 Florida scooter helmet law (Lost Call): greeting at 20, "Are you still there?" at 140, notice + invitation back at 200 (180 s)', [
    [0, 'p', 'whats the helmet law for scooters in florida'],
    notice(2, 'A librarian will be with you shortly.'),
    [20, 'l', 'Hi, this is Quin with Ask a Librarian at Tampa-Hillsborough. How can I help?'],
    [140, 'l', 'Are you still there?'],
    [200, 'l', "It seems you've left the chat, so I'll close this session now. Feel free to come back anytime!"],
    left(205),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 final idle 119 s
  s(RAFA, '17 rental scooters on downtown Austin sidewalks: answer at 46, no reply, goodbye at 165 (final idle 119 s)', [
    [0, 'p', 'are scooters allowed on sidewalks downtown austin'],
    [12, 'l', 'Hello, Rafa at Austin Public Library here!'],
    [18, 'l', 'Do you mean the dockless rentals or a scooter of your own?'],
    [40, 'p', 'rental'],
    [46, 'l', "Austin's rules for shared scooters, where to ride and where to park, are at austintexas.gov/micromobility. Riding on downtown sidewalks is not allowed."],
    [52, 'l', 'Does that help?'],
    [165, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ anything: 'fail' })),

  // 18 final idle 160 s: check-in, no notice, no goodbye
  s(SAGE, '18 loading a bike on a King County Metro rack: answer at 56, "Are you still there?" at 176, session ends at 216 (160 s), no goodbye', [
    [0, 'p', 'how do the bike racks on king county metro buses work, scared ill mess it up lol'],
    [20, 'l', "Hey there, I'm Sage, librarian at The Seattle Public Library."],
    [26, 'l', 'Is it a standard bike or an e-bike? E-bikes under a weight limit are allowed too.'],
    [50, 'p', 'standard'],
    [56, 'l', 'King County Metro has a step-by-step video and guide at kingcounty.gov/metro/bikes. Tell the driver, load from the curb side, and unload from the front.'],
    [62, 'l', 'Is that what you were looking for?'],
    [176, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 40 }),

  // 19 final idle 240 s: a notice that thanks, no check-in
  s(TOVA, '19 protected bike lanes in Philadelphia: answer at 56, "Looks like you\'ve been disconnected … Thanks for stopping by!" at 296, no check-in', [
    [0, 'p', 'is there a map of protected bike lanes in philly'],
    [15, 'l', 'Hi! Tova from the Free Library of Philadelphia here.'],
    [21, 'l', 'Protected lanes only, or painted lanes and trails too?'],
    [50, 'p', 'protected only'],
    [56, 'l', "The city's bike network map is at phila.gov/bikenetwork; switch the legend to protected lanes only. The Bicycle Coalition of Greater Philadelphia keeps its own map at bicyclecoalition.org."],
    [62, 'l', 'Did that help?'],
    [296, 'l', "Looks like you've been disconnected, so I'll be closing this chat. Thanks for stopping by!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 "your time is up"
  s(UMBER, '20 Delaware bike laws for a school report: "Sorry, your time is up for this chat. Bye." (dismissal), patron last', [
    [0, 'p', 'i need bike laws for a school report: helmets, lights at night, riding 2 abreast, and hand signals'],
    [18, 'l', 'Hi, Umber at Ask a Librarian Delaware.'],
    [24, 'l', 'Is this for Delaware law?'],
    [40, 'p', 'yes'],
    [46, 'l', "DelDOT gathers the state's bicycle laws at deldot.gov/Programs/bike: helmets are required under 18, and you need a white front light at night."],
    [52, 'l', 'Does that get you started?'],
    [90, 'p', 'yes but what about 2 abreast and hand signals and also the fines'],
    [96, 'l', 'Sorry, your time is up for this chat. Bye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, an invitation back
  s(VERA, '21 Bluebikes income-eligible membership, then a list: "I have several patrons waiting … please chat back in later"', [
    [0, 'p', 'how do i get the bluebikes income eligible membership'],
    [20, 'l', "Hi! You're chatting with Vera, a librarian at Boston Public Library."],
    [26, 'l', "Do you receive SNAP or another state benefit? That's usually how eligibility is shown."],
    [60, 'p', 'yes snap'],
    [66, 'l', 'Then you qualify for the reduced-fare membership: apply at bluebikes.com/pricing with a photo of your EBT card.'],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes! also can u tell me all the bike lanes near roxbury and where to buy a helmet cheap and if i can bring the bike on the T'],
    [118, 'l', "I have several patrons waiting right now, so I can't go through all of those here. Please chat back in later and we'll gladly help with the rest."],
    [140, 'p', 'ok'],
    [146, 'l', 'Thanks for your patience, bye!'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer told to the patron, with an internal note why
  s(WREN, '22 class 2 e-bike on the Pine Creek Rail Trail: transfer notice + internal note why, Xavi answers 64 s after the notice', [
    [0, 'p', 'are class 2 ebikes allowed on pa state park trails, like the pine creek rail trail'],
    [24, 'l', 'Hello, Wren here with the Ask Here PA librarians.'],
    [30, 'l', 'Does yours have a throttle, and what is its top assisted speed?'],
    [70, 'p', 'yes throttle, 20 mph'],
    [76, 'l', "Our law librarian Xavi knows the DCNR rules well, so I'm transferring you to him now. Please hold a moment."],
    [80, 'i', 'Xavi, class 2 e-bike on Pine Creek Rail Trail (DCNR rules), can you take it?'],
    xfer(84, 'Xavi', 'xavi-c'),
    [140, 'l', "Hi, I'm Xavi, the law librarian. DCNR allows class 1 and 2 e-bikes on most state park and forest trails open to bikes; the list of e-bike trails, Pine Creek included, is at dcnr.pa.gov (search 'e-bikes').", as(XAVI)],
    [146, 'l', 'Does that answer your question?', as(XAVI)],
    [190, 'p', "yes thanks, that's everything"],
    [195, 'l', 'Glad I could help. Ride safe, bye!', as(XAVI)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer told to the patron, the internal note only after it
  s(YARA, '23 proof of ownership for a stolen-bike insurance claim: visible notice, transfer at 70, internal note to Zed at 74 (after)', [
    [0, 'p', 'my bike was stolen, my renters insurance wants a police report number and proof of ownership. help?'],
    [20, 'l', 'Hi, thanks for contacting Ask a Librarian NJ! This is Yara.'],
    [26, 'l', 'Do you still have the receipt, or photos of the bike?'],
    [60, 'p', 'just photos'],
    [66, 'l', "I'm going to pass you to my colleague Zed, who knows insurance paperwork better. One sec!"],
    xfer(70, 'Zed', 'zed-c'),
    [74, 'i', 'zed: renters insurance claim for a stolen bike, needs proof of ownership'],
    [120, 'l', "Hi, Zed here, also a librarian. Photos plus a bank or card statement showing the purchase usually serve as proof; the NJ Department of Banking and Insurance explains claims at nj.gov/dobi/consumer.htm.", as(ZED)],
    [126, 'l', 'Is that helpful?', as(ZED)],
    [170, 'p', 'yes very'],
    [175, 'l', 'Anything else?', as(ZED)],
    [190, 'p', 'no thats it thanks'],
    [194, 'l', 'Take care, and thanks for using Ask a Librarian!', as(ZED)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; greeting split over two lines
  s(ABBY, '24 Citi Bike reduced fare for NYCHA residents: "Hi there!" + "Abby here…" split, three other chats open at 40-60 s (four at once)', [
    [0, 'p', 'does citi bike have a discount for nycha residents'],
    [15, 'l', 'Hi there!'],
    [19, 'l', 'Abby here, at Brooklyn Public Library. Are you a NYCHA resident yourself, or asking for someone?'],
    [45, 'p', 'me'],
    [50, 'l', "Yes: Citi Bike's Reduced Fare Bike Share is for NYCHA residents and SNAP recipients; sign up at citibikenyc.com/pricing/reduced-fare."],
    [56, 'l', 'Does that answer it?'],
    [90, 'p', 'yes! thanks thats all'],
    [95, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'abby-c', -200, 60), other('a2', 'abby-c', -30, 300), other('a3', 'abby-c', 40, 500)],
  }),

  // 25 three at most, touching ends; chat-speak and emoji
  s(BASIL, '25 Seattle helmet law (chat-speak, emoji): one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'yo is there still a helmet law in seattle?? 🚲'],
    [10, 'l', 'hey! Basil w/ KCLS Ask a Librarian 👋'],
    [16, 'l', 'u asking about riding in seattle itself or elsewhere in king county?'],
    [35, 'p', 'seattle'],
    [40, 'l', "King County's Board of Health repealed the all-ages helmet rule in 2022, so Seattle has no helmet law for adults now. The decision is at kingcounty.gov/depts/health (search 'helmet')."],
    [45, 'l', 'that help?'],
    [60, 'p', 'yup ty'],
    [64, 'l', 'anything else?'],
    [75, 'p', 'nah'],
    [78, 'l', 'cool, ride safe! bye 🙂'],
  ], usual(), {}, {
    otherIntervals: [other('b1', 'basil-c', -400, 0), other('b2', 'basil-c', -60, 50), other('b3', 'basil-c', 30, 200), other('b4', 'basil-c', 83, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (bike-share script): coded Practice, every check na', [
    [0, 'p', 'test - bikeshare question pls ignore'],
    [6, 'l', 'testing macro: Hello from Ask a Librarian!'],
    [12, 'l', 'Bike-share info: samplelibrary.org/bikes. Did that help?'],
    [20, 'p', 'test ok'],
    [24, 'l', 'Thanks, bye'],
    [28, 'p', 'end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 no provider ever joined; Lost Call with one patron line
  s(NOBODY, '27 Palo Alto bike registration: no provider ever joined, queue notices only, patron left, coded Lost Call', [
    [0, 'p', 'where can i get a bike registered in palo alto'],
    notice(3, 'You are number 3 in line. Please stay on this page.'),
    notice(60, 'All librarians are helping other patrons. Thank you for waiting.'),
    notice(120, 'You are number 1 in line.'),
    notice(150, 'Still connecting you to a librarian...'),
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 partly Spanish; code ""
  s(CLEO, '28 casco para un niño de 10 años en Austin (Spanish/English): "Hola! … I\'m Cleo", municode, "es todo", code ""', [
    [0, 'p', 'hi, mi hijo tiene 10 años, does he need a helmet to ride his bike in Austin? sorry my english'],
    [30, 'l', "Hola! No problem at all, I'm Cleo, a librarian at Austin Public Library. Puedo contestar en español si prefiere."],
    [36, 'l', '¿Va a andar en bici en la calle o solo en parques?'],
    [70, 'p', 'los dos'],
    [76, 'l', 'En Austin, los menores de 18 años deben usar casco en bicicleta (ordenanza municipal 12-2-22), en calles y en parques. El texto está en library.municode.com/tx/austin. Texas no tiene ley estatal de casco.'],
    [82, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, es todo, gracias!'],
    [126, 'l', '¡Gracias a usted! Que disfruten el paseo.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 29 the patron has the last word; the library's own branch by phone; a book
  s(DREW, '29 basic bike maintenance: Zinn\'s book in the catalog, "call our Columbia Pike branch at 703-555-0182", patron says bye last', [
    [0, 'p', 'want to learn basic bike maintenance, any books or classes at the library?'],
    [20, 'l', "Welcome to Ask Us! I'm Drew, a librarian at Arlington Public Library."],
    [26, 'l', 'Road bike, mountain bike, or a bit of everything?'],
    [60, 'p', 'just a hybrid for commuting'],
    [66, 'l', 'Zinn and the Art of Road Bike Maintenance by Lennard Zinn is in our catalog (library.arlingtonva.us) and covers flats, brakes and gears step by step. For hands-on help, call our Columbia Pike branch at 703-555-0182: they host a monthly fix-it night with a local bike co-op.'],
    [72, 'l', 'Does that help?'],
    [115, 'p', 'yes!! perfect thats everything, bye'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 30 pickedUpAt 45 s, the first line at 170 (125 s after pickup)
  s(ELIO, '30 a sidewalk ticket on a Divvy scooter: pickedUpAt 45 s, first line at 170 (125 s after pickup), Administrative Hearings by address + URL', [
    [0, 'p', 'can you ride the divvy scooters on the sidewalk in chicago? got a ticket??'],
    [170, 'l', 'Hi, Elio at Chicago Public Library. Sorry to keep you waiting.'],
    [176, 'l', 'Was the ticket from a police officer, or a city citation in the mail?'],
    [210, 'p', 'police i think, it says municipal code 9-52'],
    [216, 'l', "Chapter 9-52 of the Municipal Code bars riding on sidewalks and covers scooters too; the text is at codelibrary.amlegal.com (Chicago > Title 9 > Chapter 9-52). To contest it, contact the Department of Administrative Hearings at 400 W. Superior St. or chicago.gov/ah."],
    [222, 'l', 'Does that answer your question?'],
    [260, 'p', 'yeah unfortunately lol'],
    [265, 'l', 'Anything else I can help with?'],
    [280, 'p', 'no thats all'],
    [284, 'l', 'Sorry about the ticket, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundCycling.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: bicycles, e-bikes and scooters, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundCycling.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundCycling.filter((c) => c.name in LEFT_WHY));
});
