/**
 * Seventy-third round, theme RVS, CAMPER VANS AND TINY HOUSES, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: titles and registration (an Indiana travel trailer without a title, a
 * Texas trailer in Spanish, an Arizona motorhome's license tax, a New Hampshire kit teardrop, New Jersey tax on a
 * Pennsylvania purchase, an Ohio truck camper), campground reservations (Glacier, Arizona state parks for a 40 ft rig,
 * Raleigh with big dogs, Acadia, Columbus with a dump station, Florida state parks in Spanish, Las Vegas monthly sites),
 * tiny-house zoning (a Fort Wayne backyard, Vermont building code, Colorado counties, a Grand County ADU, an Ada County RV
 * park), full-time RV domicile and mail in South Dakota, long stays in a Texas RV park, winterizing a pop-up in Duluth,
 * repair manuals and brochures (a 2004 and a 1978 Winnebago), and parking rules (a Tulsa driveway, camper vans on Portland
 * and San Diego streets, north Georgia trailheads, winter storage in Omaha). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/rvs-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Morning! Darla w/ Monroe County Public Library here." (01); pickup at 61 s (03: fail) and at exactly 60 s
 *   (04: pass); "Hey there! What can I help with?" under the screen name ChatDesk (04: identifies no one, fail); Spanish
 *   "Buenas tardes, habla Lupe de …" (06) and "¡Hola! Soy Rosario, bibliotecaria de …" (10); chat-speak and emoji "hi!!
 *   Yolanda from Omaha Public Library 😊" (24); a waiting-line system line (26); `pickedUpAt` at 30 s with the first line
 *   at 70 (28); no provider ever joined (26);
 *  inquiry: VIN and bill of sale, campground, city or county, motorized or towed, chassis, length, hookups, weight, lot
 *   location, resident or not, nights; a restatement without a question mark ("So you want to winterize the camper
 *   yourself, before the freeze in November.", 07: pass); Chilton Library named before "Which chassis is it on?" (08:
 *   fail);
 *  waits: "No rush at all, go find it." then the patron back 200 s later (01: waiting on the patron, pass); "hang tight
 *   while I look that up" answered 125 s later (02: fail); holds at 75 and 185 (a partial result that says the search goes
 *   on) and the answer at 300 (16: spans of 110 and 115 s, pass); a transfer notice answered 64 s later by the receiver
 *   (20); a silent transfer, the receiver 90 s after the patron (21: pass); a transfer notice answered 40 s later (22);
 *  endings: a Spanish Lost Call with a greeting only, "¿Sigue ahí?" at 150 and "Parece que se desconectó, así que voy a
 *   cerrar el chat. ¡Vuelva a escribirnos cuando quiera!" at 330 (10: final idle 305 s, both pass); a final idle of exactly
 *   120 s with no check-in (11: idle fails, disconnect na); exactly 180 s with "you still w/ me?" and "Looks like you may
 *   have disconnected, so I'm closing this chat now." and no goodbye (12: idle and notice pass, courteous fails); 179 s
 *   with "Are you still there?" (13: disconnect na); "I've given this chat all the time I can. You'll have to work out the
 *   rest on your own." (14: dismissal); "I've got a line of folks waiting … please pop back into chat later tonight" (15:
 *   allowed); the patron's "no, es todo. bye" as the last line after "¿Algo más?" (30: courteous fails, no final idle);
 *   "You bet!" as the last line (07: courteous fails); goodbyes "Glad to help, happy camping! Bye!", "Enjoy Glacier! Bye
 *   for now.", "Thanks for chatting with us!", "You're welcome. Goodbye!", "¡Con gusto! Gracias por escribirnos.",
 *   "Anytime, take care.", "Take care!", "yay! bye 👋"; patron-side "no more questions 👍", "thats everything i wanted",
 *   "thats all i needed, thx!!", "that is everything for now", "es todo", and "yep thanks", "si muchas gracias", "kinda. ok
 *   thanks", "yes thanks", "k" that do not count;
 *  sources: state DMV/BMV/DOR pages, county zoning codes on municode and county sites, recreation.gov, state park
 *   reservation sites, a book in the catalogue ('The RV Handbook'), Chilton Library through elm4you.org, ReferenceUSA
 *   through the library site, TexasLawHelp.org, fs.usda.gov; none (09: told from memory, fail);
 *  referrals: the Pennington County Treasurer by phone (05: pass); "vaya a la oficina del asesor-recaudador de impuestos
 *   del condado" with no contact (06: fail); Parking Enforcement by phone, in Spanish (30: pass); a museum library asked on
 *   the patron's behalf (16) and the patron's home library calling the patron (18) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow at noon", done in 20 h (16: pass); a promise to send a form,
 *   e-mail read back, no time, coded Answered (17: code and contact fail, on_time pending at day 1); FU_LIB, phone typed
 *   and read back as a question, "within 72 hours", done after 80 h (18: on_time fails); FU_ME with no e-mail or phone
 *   anywhere and no promise, not done by day 4 (19: code, contact and on_time fail); FU_ME with "e-mail you by Thursday"
 *   and the e-mail only in `patron.email` (29: contact fails, code passes, done in 10 h);
 *  codes: a true Lost Call (10); Lost Call after three patron lines (27); null with no provider (26); "" (28); Practice
 *   (25);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note only, silent to the
 *   patron (21: fail); a notice with no internal note (22: fail);
 *  concurrency: three others open through the middle of the session, four at once (23: fail); one ending exactly at the
 *   start, two overlapping, one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Anytime, take care." (09) and "Take care!" (22) say goodbye; "You bet!" (07) thanks no one, says no goodbye and
 *   invites no one back;
 * - "Looks like you may have disconnected, so I'm closing this chat now." says the patron seems to have disconnected and
 *   that the session will end, and is not a goodbye ("Announcing that the chat will end is not, by itself, a goodbye");
 * - "No rush at all, go find it." tells the patron to take their time: not a hold (01);
 * - "Your home library … can check the 2024 amendments with you. Can they call you?" has the library contact the patron:
 *   the patron is told to contact no one (18: no referral); "I can ask them to check" is staff consulted on the patron's
 *   behalf (16: no referral); "Transferring you to our legal reference desk now." is a transfer, not a referral (22);
 * - "that is everything for now" says explicitly that the patron is done (18); "es todo" likewise (30);
 * - a question in the same message as the first source ("… at montpelier-vt.org (Planning & Zoning). Does that answer
 *   it?", 13) is "in or after the first message that gives a source";
 * - in 29 the follow-up code has a known contact (`patron.email`), so resolution.code passes, but the e-mail is never given
 *   or repeated in the chat, so followup.contact fails.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied
 * aside). While labelling, before any run, eight lines were reworded to take out side phrases that would have made a label
 * hang on an unintended reading (an office named in passing: "at a Driver Licensing office", "at your town clerk and then
 * DMV", "at the MVC"; sign-offs "happy camping!", "have a nice day", "Que le vaya bien", "Stay warm!", "Have a good trip!").
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider;
 * keep_informed at 125 s, across holds of 110-115 s, a partial-result hold, "no rush", three transfers; final idles of 120,
 * 179, 180 and 305 s; concurrency at four and at touching ends; on_time done at 10 h and 20 h, late at 80 h, pending at day
 * 1, overdue at day 4) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * case (patron e-mails and a phone typed and read back, an e-mail in `patron.email` only, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft). `tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The service's own waiting line (system). */
const waiting = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian (position ${n}).`];

const DARLA: Prov = { id: 'darla-r', name: 'Darla', library: 'MCPL-IN' };
const ELLIS: Prov = { id: 'ellis-r', name: 'Ellis', library: 'BPL-MT' };
const FRANNIE: Prov = { id: 'frannie-r', name: 'Frannie', library: 'ACLD' };
const CHATDESK: Prov = { id: 'chatdesk-r', name: 'ChatDesk', library: 'TCPL' };
const GORDON: Prov = { id: 'gordon-r', name: 'Gordon', library: 'SFPL-SD' };
const LUPE: Prov = { id: 'lupe-r', name: 'Lupe', library: 'SAPL' };
const HECTOR: Prov = { id: 'hector-r', name: 'Hector', library: 'DUL-MN' };
const IMOGEN: Prov = { id: 'imogen-r', name: 'Imogen', library: 'MNLINK' };
const JASPER: Prov = { id: 'jasper-r', name: 'Jasper', library: 'PCL-OR' };
const ROSARIO: Prov = { id: 'rosario-r', name: 'Rosario', library: 'MDPL' };
const KIT: Prov = { id: 'kit-r', name: 'Kit', library: 'ASKAZ' };
const LEV: Prov = { id: 'lev-r', name: 'Lev', library: 'ASKAZ' };
const MAEVE: Prov = { id: 'maeve-r', name: 'Maeve', library: 'VTLIB' };
const NESTOR: Prov = { id: 'nestor-r', name: 'Nestor', library: 'ASKCO' };
const ORLA: Prov = { id: 'orla-r', name: 'Orla', library: 'WCPL-NC' };
const PIPER: Prov = { id: 'piper-r', name: 'Piper', library: 'ASKWA' };
const QUENTIN: Prov = { id: 'quentin-r', name: 'Quentin', library: 'NHSL' };
const REMY: Prov = { id: 'remy-r', name: 'Remy', library: 'GCPL-CO' };
const SUNNY: Prov = { id: 'sunny-r', name: 'Sunny', library: 'ASKME' };
const TOBIAS: Prov = { id: 'tobias-r', name: 'Tobias', library: 'ASKME' };
const UNA: Prov = { id: 'una-r', name: 'Una', library: 'ASKNJ' };
const VIKRAM: Prov = { id: 'vikram-r', name: 'Vikram', library: 'ASKNJ' };
const WREN: Prov = { id: 'wren-r', name: 'Wren', library: 'ASKOH' };
const XAVI: Prov = { id: 'xavi-r', name: 'Xavi', library: 'ASKOH' };
const YOLANDA: Prov = { id: 'yolanda-r', name: 'Yolanda', library: 'OPL-NE' };
const ZANE: Prov = { id: 'zane-r', name: 'Zane', library: 'BPL-ID' };
const PRACTICE: Prov = { id: 'practice-r', name: 'Practice Acct', library: 'TRN' };
const UNSTAFFED: Prov = { id: 'unstaffed-r', name: 'Queue', library: 'ASKTX' };
const AUGUSTA: Prov = { id: 'augusta-r', name: 'Augusta', library: 'ASKTX' };
const BRAM: Prov = { id: 'bram-r', name: 'Bram', library: 'DCPL-GA' };
const CELESTE: Prov = { id: 'celeste-r', name: 'Celeste', library: 'LVCCLD' };
const DOMINGO: Prov = { id: 'domingo-r', name: 'Domingo', library: 'SDPL' };

const s = session;

export const RVS: SessionCase[] = [
  // 01 the plain good session; "no rush" then the patron back 200 s later (waiting on the patron)
  s(DARLA, '01 Indiana title for a used travel trailer: "Morning! Darla w/ Monroe County Public Library", "no rush" then 200 s, BMV page, "no more questions"', [
    [0, 'p', 'bought a used travel trailer from a guy on marketplace, he lost the title?? how do i get it titled in indiana'],
    [22, 'l', 'Morning! Darla w/ Monroe County Public Library here.'],
    [28, 'l', "Do you have a bill of sale from him, and do you know the trailer's VIN?"],
    [70, 'p', 'bill of sale yes. VIN hang on its on the tongue somewhere brb'],
    [76, 'l', 'No rush at all, go find it.'],
    [276, 'p', 'ok got it, starts 1UJ'],
    [282, 'l', "Good. The Indiana BMV's 'Title a Vehicle Without a Title' page (in.gov/bmv, search 'lost title') walks through the affidavit route with a bill of sale and a VIN inspection at a branch."],
    [288, 'l', 'Is that what you were after?'],
    [330, 'p', 'yes!! perfect no more questions 👍'],
    [336, 'l', 'Glad to help, happy camping! Bye!'],
  ], usual()),

  // 02 a hold answered 125 s later
  s(ELLIS, '02 Glacier campground reservations: "Hi, Ellis at Bozeman Public Library", "hang tight while I look", answered 125 s later', [
    [0, 'p', 'when do reservations open for the campgrounds in glacier national park for july'],
    [14, 'l', 'Hi, Ellis at Bozeman Public Library. Happy to dig into that.'],
    [20, 'l', 'Are you after a particular campground, like Many Glacier or Fish Creek?'],
    [55, 'p', 'fish creek, we have a 24 ft class c'],
    [61, 'l', 'hang tight while I look that up'],
    [186, 'l', "Fish Creek sites are released on recreation.gov six months ahead, on a rolling basis, at 10 a.m. Eastern; the site list there shows which loops take a 24 ft rig."],
    [192, 'l', 'Does that cover it?'],
    [230, 'p', 'yes thank you'],
    [235, 'l', 'Anything else I can look up?'],
    [250, 'p', 'nope'],
    [254, 'l', 'Enjoy Glacier! Bye for now.'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at 61 s
  s(FRANNIE, '03 tiny house on wheels in the backyard, Allen County: 61 s pickup, "Sorry to keep you waiting, Frannie here…", county zoning code URL', [
    [0, 'p', 'Can I legally live in a tiny house on wheels in my parents backyard? We are in Fort Wayne.'],
    [61, 'l', 'Hello, and sorry to keep you waiting! Frannie here, a librarian at the Allen County Public Library.'],
    [67, 'l', 'Is the lot inside the Fort Wayne city limits, or in the unincorporated county?'],
    [110, 'p', 'city limits'],
    [116, 'l', "Fort Wayne and Allen County share one zoning ordinance; the accessory dwelling and RV-occupancy rules are in Chapter 157 at library.municode.com/in/allen_county. The short version: an RV or tiny house on wheels can't be a permanent dwelling on a residential lot."],
    [122, 'l', 'Did that help?'],
    [170, 'p', 'ugh ok. yeah it helped'],
    [176, 'l', 'Anything else?'],
    [190, 'p', 'no'],
    [194, 'l', 'Thanks for chatting with us!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickup exactly 60 s; greets but names no one under a screen name
  s(CHATDESK, '04 RV storage in a Tulsa driveway: pickup at exactly 60 s, "Hey there! What can I help with?" under the screen name ChatDesk', [
    [0, 'p', 'can i park my 5th wheel in my driveway in tulsa or do i need to store it somewhere'],
    [60, 'l', 'Hey there! What can I help with?'],
    [66, 'l', 'Is your house in the city of Tulsa itself, or in a suburb like Broken Arrow?'],
    [90, 'p', 'city of tulsa'],
    [96, 'l', "Tulsa's zoning code allows RVs to be stored on a driveway, but not in the front yard or on the street for more than 24 hours. The code is at library.municode.com/ok/tulsa, Section 55.090."],
    [102, 'l', 'Does that answer your question?'],
    [140, 'p', 'yep thanks'],
    [145, 'l', "You're welcome. Goodbye!"],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 full-time RV residency: a referral to the SD county treasurer with a phone
  s(GORDON, '05 full-time RVer domicile in South Dakota: mail service asked, Pennington County Treasurer by phone, SD DOR URL', [
    [0, 'p', 'We are selling the house and going full time in our motorhome. People say South Dakota residency is easy?? how does it work with mail and the drivers license'],
    [18, 'l', 'Good afternoon! Gordon at Siouxland Libraries, South Dakota.'],
    [24, 'l', 'Have you picked a mail-forwarding service yet? Your SD address would come from them.'],
    [80, 'p', 'not yet, we were looking at one in rapid city'],
    [86, 'l', "The state's page for full-time RVers is dor.sd.gov (Motor Vehicles > Full-Time RVers): you need one night in SD with a receipt, then apply for the license as the page explains. For titling the motorhome, call the Pennington County Treasurer at 605-394-2163."],
    [92, 'l', 'Is that the info you needed?'],
    [140, 'p', 'yes this is great, thats everything i wanted'],
    [146, 'l', 'Safe travels, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 06 Spanish: Texas registration, "vaya a la oficina de impuestos del condado" with no contact
  s(LUPE, '06 registro de una casa rodante en Texas (Spanish): "Buenas tardes, habla Lupe", TxDMV URL, "vaya a la oficina del asesor-recaudador" with no contact', [
    [0, 'p', 'buenas, compre una casa rodante usada en san antonio y no se como registrarla'],
    [20, 'l', 'Buenas tardes, habla Lupe de la Biblioteca Pública de San Antonio. ¿En qué le ayudo?'],
    [26, 'l', '¿La casa rodante es motorizada, o es un remolque que se jala con una camioneta?'],
    [70, 'p', 'es remolque, de 30 pies'],
    [76, 'l', 'Los pasos y el formulario 130-U están en txdmv.gov (Vehículos > Títulos y registro). Con el título firmado por el vendedor, vaya a la oficina del asesor-recaudador de impuestos del condado para registrarla.'],
    [82, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 07 a restatement, a book, and a patron "thats all i needed"
  s(HECTOR, '07 winterizing a pop-up camper in Duluth: "So you want to winterize it yourself before November", a book in the catalogue', [
    [0, 'p', 'first time owning a pop up camper, need to winterize it myself before november, i live in duluth. help lol'],
    [16, 'l', "Hi! I'm Hector, reference librarian at Duluth Public Library."],
    [22, 'l', 'So you want to winterize the camper yourself, before the freeze in November.'],
    [45, 'p', 'yep'],
    [51, 'l', "'The RV Handbook' by Bill Moeller has a full chapter on winterizing (blowing out the lines, the bypass valve, RV antifreeze). We have 3 copies; search the title in our catalogue at duluthlibrary.org."],
    [57, 'l', 'Will that do the trick?'],
    [100, 'p', 'yes thats all i needed, thx!!'],
    [105, 'l', 'You bet!'],
  ], usual({ courteous: 'fail' })),

  // 08 the question comes after the source
  s(IMOGEN, '08 a repair manual for a 2004 Winnebago: Chilton Library named first, then "which chassis is it on?"', [
    [0, 'p', 'looking for a repair manual for a 2004 winnebago brave, the engine part mostly'],
    [20, 'l', 'Hello, Imogen at Ask MN here.'],
    [26, 'l', "Chilton Library (through the Electronic Library for Minnesota, elm4you.org) has repair guides for most chassis engines."],
    [32, 'l', 'Which chassis is it on, Ford or Workhorse?'],
    [80, 'p', 'workhorse i think'],
    [86, 'l', "Then search Chilton for Workhorse P-series 8.1L. For the coach side (water, electric), Winnebago posts owner's manuals at winnebago.com/owners."],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'yeah, thats everything'],
    [136, 'l', 'Great, thanks for using Ask MN!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source at all
  s(JASPER, '09 sleeping in a camper van on Portland streets: rules told from memory, no source, "Did that help?"', [
    [0, 'p', 'is it legal to sleep in my camper van parked on the street in portland'],
    [25, 'l', 'Hi, this is Jasper from Multnomah County Library.'],
    [31, 'l', 'Are you asking about overnight parking in one spot, or moving around the city?'],
    [75, 'p', 'one spot for a few nights'],
    [81, 'l', "As far as I know, Portland limits parking a vehicle in the same street spot to 24 hours, and the city has been enforcing camping rules on vehicles lately, so several nights in one spot is likely to get a warning or a tow."],
    [87, 'l', 'Did that help?'],
    [120, 'p', 'kinda. ok thanks'],
    [125, 'l', 'Anytime, take care.'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 Spanish Lost Call: greeting only, "¿Sigue ahí?" at 150, notice + invitation back at 330
  s(ROSARIO, '10 tarifa de un campamento en Florida (Spanish, Lost Call): saludo solo, "¿Sigue ahí?" a los 150, aviso + invitación a volver a los 330', [
    [0, 'p', 'hola cuanto cuesta acampar con una camper en los parques estatales de florida'],
    [25, 'l', '¡Hola! Soy Rosario, bibliotecaria de Miami-Dade Public Library. ¿En qué le puedo ayudar?'],
    [150, 'l', '¿Sigue ahí?'],
    [330, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 final idle exactly 120 s, no check-in
  s(KIT, '11 Arizona RV registration fee: answer at 56, "Does that help?" at 62, chat ends at 176 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'how much is the vehicle license tax on a motorhome in arizona'],
    [14, 'l', 'Hi there, Kit with Ask Arizona here!'],
    [20, 'l', 'Do you know the purchase price or the MSRP? The tax is based on it.'],
    [50, 'p', 'paid 68k, new'],
    [56, 'l', "Arizona's VLT is figured on 60% of the base retail price, reduced each year; ADOT's calculator is at azdot.gov (MVD > Registration > Vehicle License Tax Estimator)."],
    [62, 'l', 'Does that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endedAt: at(176) }),

  // 12 final idle exactly 180 s: a check-in and a notice, no goodbye
  s(LEV, '12 Arizona state park campground for a 40 ft rig: "you still w/ me?" at 150, "you may have disconnected … closing this chat" at 230, end at 236 (180 s)', [
    [0, 'p', 'which az state parks can fit a 40 foot motorhome'],
    [14, 'l', 'Hello! Lev from Ask Arizona, a service of the State Library.'],
    [20, 'l', 'Do you need hookups, or is dry camping ok?'],
    [50, 'p', 'full hookups pls'],
    [56, 'l', "AZ State Parks lets you filter campsites by length and hookups at azstateparks.com/reservations; Lake Havasu and Cattail Cove both list 40 ft full-hookup sites."],
    [150, 'l', 'you still w/ me?'],
    [230, 'l', "Looks like you may have disconnected, so I'm closing this chat now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endedAt: at(236) }),

  // 13 final idle 179 s: a check-in, no notice needed
  s(MAEVE, '13 Vermont tiny house and the building code: answer at 60, "Are you still there?" at 200, end at 239 (final idle 179 s)', [
    [0, 'p', 'does vermont count a tiny house on a foundation as a regular house for building code'],
    [20, 'l', 'Good morning, Maeve at the Vermont Department of Libraries.'],
    [26, 'l', 'Is it going in a town with its own zoning, or an unzoned town?'],
    [54, 'p', 'montpelier'],
    [60, 'l', "On a foundation it's a dwelling: Vermont's Residential Building Energy Standards apply (publicservice.vermont.gov/energy_efficiency/rbes), and Montpelier's zoning sets a minimum size, at montpelier-vt.org (Planning & Zoning). Does that answer it?"],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'na' }), { endedAt: at(239) }),

  // 14 a dismissal for the provider's convenience
  s(NESTOR, '14 Colorado tiny house, then three more questions: "I\'ve given this chat all the time I can. You\'ll have to work out the rest." (dismissal)', [
    [0, 'p', 'what counties in colorado allow tiny homes as a primary residence'],
    [20, 'l', 'Hi! Nestor here from AskColorado.'],
    [26, 'l', 'Do you mean on wheels, or on a foundation?'],
    [60, 'p', 'wheels'],
    [66, 'l', "Park County and Saguache County have both adopted tiny-home rules; the state's overview is at dola.colorado.gov (Division of Housing > Tiny Homes). Is that useful?"],
    [110, 'p', 'ok and what about financing, insurance, and can i put solar on it and whats the HOA rule'],
    [118, 'l', "I've given this chat all the time I can. You'll have to work out the rest on your own."],
    [126, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 15 other patrons waiting, invited back (allowed)
  s(ORLA, '15 RV campgrounds near Raleigh, then a long list: "a line of folks waiting … pop back into chat later tonight", invited back', [
    [0, 'p', 'looking for rv campgrounds near raleigh that take big dogs'],
    [15, 'l', 'Hi, welcome to Ask Wake! This is Orla, a librarian at Wake County Public Libraries.'],
    [21, 'l', 'How many nights, and do you need full hookups?'],
    [60, 'p', 'a week, full hookups'],
    [66, 'l', "Falls Lake and Jordan Lake state recreation areas both allow dogs on leash and have full-hookup loops: reserve at ncparks.gov. Did that help?"],
    [110, 'p', 'yes! also can you find me pet friendly restaurants, a vet, and dog parks near each one'],
    [118, 'l', "I've got a line of folks waiting right now, so I can't build that list in this chat, but please pop back into chat later tonight and we'll help with it. Thanks for chatting!"],
  ], usual({ anything: 'fail' })),

  // 16 follow-up by me: holds every ~110 s, e-mail read back, "by tomorrow at noon", done in 20 h
  s(PIPER, '16 1978 motorhome brochure (follow-up by me): holds at 75/185, answer at 300, e-mail typed and read back, "by tomorrow at noon", done in 20 h', [
    [0, 'p', 'trying to find the original sales brochure or floor plan for a 1978 Winnebago Brave, restoring one'],
    [22, 'l', 'Hello! Piper here, a librarian with Ask WA.'],
    [28, 'l', 'Which length is yours, 20 or 24 ft?'],
    [70, 'p', '24 ft'],
    [75, 'l', 'Let me see what I can find, one moment.'],
    [185, 'l', "Still searching: the Winnebago owners' club archive has 1977 and 1979, looking for 1978."],
    [300, 'l', "The RV/MH Hall of Fame library in Elkhart holds Winnebago brochures by year (rvmhhalloffame.org, Library). I can ask them to check for the 1978 24-footer and e-mail you what they send. What's your e-mail?"],
    [350, 'p', 'sure its dwayne.brave78@example.com'],
    [356, 'l', "Got it, dwayne.brave78@example.com. I'll write by tomorrow at noon."],
    [362, 'l', 'Does the Hall of Fame page help for now?'],
    [400, 'p', 'yes thanks!! thats all'],
    [405, 'l', 'Thanks for using Ask WA!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 17 a promise to e-mail, e-mail read back, no time, coded Answered
  s(QUENTIN, '17 New Hampshire RV title for a kit camper: "I\'ll send you the form once I confirm it", e-mail read back, no time, coded Answered', [
    [0, 'p', 'i built a teardrop camper from a kit, how do i register it in NH'],
    [20, 'l', 'Hi, Quentin at the NH State Library here.'],
    [26, 'l', 'Does it weigh over 3,000 lbs? NH titles trailers over that.'],
    [70, 'p', 'no like 1100 lbs'],
    [76, 'l', "Then it's registration only; homemade trailers need a VIN assigned first, and the steps are at nh.gov/dmv (Registration > Homemade Trailers). I'll send you the form once I confirm which one it is. Your e-mail?"],
    [120, 'p', 'teardropbuilder@example.net'],
    [126, 'l', 'Thanks, I have teardropbuilder@example.net. Anything else I can help with?'],
    [150, 'p', 'no thats it'],
    [154, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 18 follow-up by the patron's library by phone, "within 72 hours", done after 80 h
  s(REMY, '18 Grand County ADU rules for a tiny house (follow-up by patron\'s library): phone typed and read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'Hi, we want to put a tiny house as an ADU on our lot near Granby CO. Is it allowed in Grand County?'],
    [18, 'l', 'Good afternoon, this is Remy with AskColorado.'],
    [24, 'l', 'Is the lot in the town of Granby or in unincorporated Grand County?'],
    [70, 'p', 'unincorporated'],
    [76, 'l', "Grand County's zoning regulations are at co.grand.co.us (Community Development > Zoning Regulations); ADUs are in Section 4. Your home library, Grand County Library District, can check the 2024 amendments with you. Can they call you?"],
    [130, 'p', 'sure 970-555-0148'],
    [136, 'l', 'So 970-555-0148, right? Someone from Grand County Library will call you within 72 hours.'],
    [170, 'p', 'yep'],
    [176, 'l', 'Does the zoning link help meanwhile?'],
    [210, 'p', 'yes, that is everything for now'],
    [216, 'l', 'Thanks, have a great day!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 coded follow-up by me, no contact anywhere, no promise, deadline passed
  s(SUNNY, '19 Maine campground for a tent trailer in August (coded follow-up by me): no e-mail or phone anywhere, not done by day 4', [
    [0, 'p', 'any campgrounds near acadia w/ openings in august for a tent trailer?'],
    [20, 'l', 'Hi! Sunny, Maine State Library, Ask ME service.'],
    [26, 'l', 'Do you want to be inside the park, or nearby private ones are fine?'],
    [60, 'p', 'either'],
    [66, 'l', 'Blackwoods and Seawall are on recreation.gov; nearby private ones are listed by the Maine Campground Owners Association at campmaine.com. Did that help?'],
    [110, 'p', 'yes thx, thats all'],
    [115, 'l', 'Thanks for chatting, enjoy Acadia!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 20 a transfer, announced and explained to the receiver
  s(UNA, '20 New Jersey RV sales tax after a Pennsylvania purchase: "I\'m handing you to Vikram, our auto-law guy" + internal note why, Vikram 64 s later', [
    [0, 'p', 'bought a motorhome in PA and paid PA sales tax. do i owe NJ tax too when i register it??'],
    [20, 'l', 'Hi, Una with Ask NJ here.'],
    [26, 'l', 'Are you a New Jersey resident already, or moving here?'],
    [60, 'p', 'live in NJ yes'],
    [66, 'l', "I'm handing you to my colleague Vikram, who knows vehicle taxes well. One moment while he joins."],
    [69, 'i', 'Vikram, NJ resident bought RV in PA, paid PA tax, asks about NJ use tax/credit at MVC. Yours?'],
    xfer(72, 'Vikram', 'vikram-r'),
    [130, 'l', "Hi, Vikram here, librarian at Ask NJ. NJ gives a credit for sales tax paid to another state; you pay the difference, if any, when you register. The rule is explained at nj.gov/treasury/taxation (Use Tax).", as(VIKRAM)],
    [136, 'l', 'Does that answer your question?', as(VIKRAM)],
    [180, 'p', 'yes, no more questions, thank you'],
    [185, 'l', 'Glad to help, bye!', as(VIKRAM)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer: internal note, no word to the patron
  s(WREN, '21 Ohio campground with a dump station: internal note only, silent transfer, Xavi 90 s after the patron', [
    [0, 'p', 'need a campground near columbus w a dump station, heading there friday'],
    [20, 'l', 'Hi, this is Wren from Ask Ohio.'],
    [26, 'l', 'Just for one night, or longer?'],
    [55, 'p', '2 nights'],
    [58, 'i', 'Xavi can you take this, ohio state parks q'],
    xfer(60, 'Xavi', 'xavi-r'),
    [145, 'l', "Hello, Xavi from Ask Ohio. Delaware State Park and Alum Creek both have dump stations and are about 30 minutes north; book at reserveohio.com.", as(XAVI)],
    [151, 'l', 'Will that work?', as(XAVI)],
    [190, 'p', 'yes thanks'],
    [195, 'l', 'Anything else?', as(XAVI)],
    [210, 'p', 'no thats all'],
    [214, 'l', 'Thanks, safe travels!', as(XAVI)],
  ], usual({ transfer: 'fail' })),

  // 22 a transfer announced to the patron, no note to the receiver
  s(AUGUSTA, '22 Texas RV park long-stay rules: "Transferring you to our legal reference desk now", no internal note, Domingo 40 s later', [
    [0, 'p', 'is there a limit on how long i can stay in an RV park in texas before im a tenant'],
    [18, 'l', 'Hi! Augusta here, librarian with Ask Texas.'],
    [24, 'l', 'Is this a private RV park, or a state park?'],
    [55, 'p', 'private park in houston'],
    [61, 'l', 'Transferring you to our legal reference desk now.'],
    xfer(63, 'Domingo', 'domingo-r'),
    [101, 'l', "Hi, Domingo at the legal reference desk. Texas treats long-term RV park stays under the Property Code's Chapter 94 (manufactured homes don't apply to RVs); TexasLawHelp.org has a guide, 'RV Park Residents'.", as(DOMINGO)],
    [107, 'l', 'Does that help?', as(DOMINGO)],
    [150, 'p', 'yes thank u'],
    [156, 'l', 'Anything else?', as(DOMINGO)],
    [170, 'p', 'nope'],
    [174, 'l', 'Take care!', as(DOMINGO)],
  ], usual({ transfer: 'fail' })),

  // 23 four at once
  s(XAVI, '23 Ohio BMV title for a camper shell (no title needed): three other chats open through this one (four at once)', [
    [0, 'p', 'do i need a title for a truck camper in ohio'],
    [20, 'l', 'Hi, Xavi at Ask Ohio.'],
    [26, 'l', 'Is it a slide-in camper that sits in the truck bed?'],
    [50, 'p', 'yes'],
    [56, 'l', 'Slide-in truck campers are not titled in Ohio; the BMV FAQ says so at bmv.ohio.gov (Titles > FAQ). Is that what you needed?'],
    [90, 'p', 'great, thats everything'],
    [95, 'l', 'Thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xavi-r', -60, 200), other('x2', 'xavi-r', 5, 150), other('x3', 'xavi-r', 40, 300)],
  }),

  // 24 three at most, touching ends
  s(YOLANDA, '24 Nebraska RV winter storage (chat-speak, emoji): a chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'hiii where can i store my camper over winter in omaha?? ❄️'],
    [12, 'l', 'hi!! Yolanda from Omaha Public Library 😊'],
    [17, 'l', 'indoor or outdoor storage?'],
    [40, 'p', 'indoor if not $$$'],
    [46, 'l', "our Business Directory database (ReferenceUSA, at omahalibrary.org > Research) can list RV storage businesses by zip code, with phone numbers"],
    [52, 'l', 'that help?'],
    [70, 'p', 'yess ty thats all'],
    [75, 'l', 'yay! bye 👋'],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yolanda-r', -200, 0), other('y2', 'yolanda-r', -30, 50), other('y3', 'yolanda-r', 20, 400), other('y4', 'yolanda-r', 80, 300)],
  }),

  // 25 Practice
  s(PRACTICE, '25 practice chat about RV antifreeze: coded Practice, every check na', [
    [0, 'p', 'test: how much rv antifreeze do i need'],
    [10, 'l', 'testing greeting macro'],
    [20, 'l', 'Try 2-3 gallons, see samplelibrary.org/rv. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined
  s(UNSTAFFED, '26 Texas RV inspection hours: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'do rvs need a state inspection in texas still'],
    waiting(2, 4),
    [150, 'p', 'anyone there??'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 Lost Call after three patron lines
  s(BRAM, '27 Georgia camper van parking at trailheads: coded Lost Call after three patron lines', [
    [0, 'p', 'can i overnight in my campervan at trailhead lots in north georgia'],
    [20, 'l', 'Hi, Bram at DeKalb County Public Library.'],
    [26, 'l', 'National forest trailheads, or state parks?'],
    [50, 'p', 'national forest, chattahoochee'],
    [56, 'l', "The Chattahoochee-Oconee National Forest allows dispersed camping in most areas, but not in developed trailhead lots; the rules are at fs.usda.gov/conf (Recreation > Dispersed Camping)."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'k'],
    [104, 'l', 'Have a good trip, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 empty code, pickedUpAt at 30 with the first line at 70
  s(CELESTE, '28 Las Vegas RV parks that take monthly stays: `pickedUpAt` 30 s, first line at 70, code ""', [
    [0, 'p', 'rv parks in vegas that do monthly rates?'],
    [70, 'l', 'Hi, Celeste here, Las Vegas-Clark County Library District!'],
    [76, 'l', 'Do you need 50-amp service?'],
    [110, 'p', 'yes 50 amp'],
    [116, 'l', "The Nevada Commission on Tourism's RV park list at travelnevada.com (Camping & RV) has monthly-rate filters; Oasis and Riviera RV both list 50-amp monthly sites. Is that what you needed?"],
    [160, 'p', 'yes perfect'],
    [166, 'l', 'Anything else?'],
    [180, 'p', 'no'],
    [184, 'l', 'Good luck in Vegas, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(30) }),

  // 29 follow-up by me: e-mail only in the patron field, never in the chat; "by Thursday"
  s(ZANE, '29 Idaho RV park zoning in Boise (follow-up by me): "I\'ll e-mail you by Thursday", e-mail only in patron.email, done in 10 h', [
    [0, 'p', 'can i open a small rv park on 5 acres outside boise? what zoning do i need'],
    [20, 'l', 'Hello, Zane at Boise Public Library.'],
    [26, 'l', 'Is the land in Ada County, outside the city limits?'],
    [60, 'p', 'ada county yeah'],
    [66, 'l', "Ada County's zoning ordinance (adacounty.id.gov, Development Services > Zoning Ordinance) lists RV parks as a conditional use. I'll check which zones allow it and e-mail you by Thursday."],
    [72, 'l', 'Does the ordinance link help for now?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Thank you, goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'acres5@example.org', phone: null }, followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 30 partly Spanish: San Diego camper van parking, the city's parking office by phone, patron last word
  s(DOMINGO, '30 estacionar una camper van en San Diego (partly Spanish): Parking Enforcement by phone, the patron has the last word', [
    [0, 'p', 'hola, can i park my camper van overnight on the street in san diego? vivo en ella'],
    [16, 'l', '¡Hola! Domingo de San Diego Public Library. Happy to help in English or Spanish.'],
    [22, 'l', '¿Es para una noche, o para quedarse varios días en la misma calle?'],
    [60, 'p', 'varios dias, en pacific beach'],
    [66, 'l', "San Diego prohíbe vivir en un vehículo en la calle cerca de casas y escuelas (Vehicle Habitation Ordinance, sandiego.gov/police/services/vehicle-habitation). Para dudas sobre su calle, llame a Parking Enforcement al 619-531-2000."],
    [72, 'l', '¿Eso responde su pregunta?'],
    [110, 'p', 'si gracias'],
    [116, 'l', '¿Algo más?'],
    [140, 'p', 'no, es todo. bye'],
  ], usual({ courteous: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => RVS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('seventy-third round: RVs, camper vans and tiny houses, checked', () => {
  describeSessions('whole sessions', RVS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', RVS.filter((c) => c.name in LEFT_WHY));
});
