/**
 * Sixty-third round, theme TOWED AND IMPOUNDED CARS, PARKING TICKETS AND BOOTS, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: finding a towed car (Chicago, Los Angeles in Spanish,
 * the NYPD pound in Brooklyn), impound lot fees, hours and storage caps (Houston, St. Paul after a snow emergency, Charlotte's
 * $85 a day), boots (Queens, Denver, DC, a cash-only booter in Pittsburgh, a "cepo" in San Antonio in Spanish), contesting or
 * paying tickets (Boston, Portland for a car already sold, Philadelphia from Delaware, Chicago in Spanish, a parking ticket and
 * credit reports in Columbus, three open tickets in LA), abandoned cars (Tacoma, Seattle's 72-hour rule, a Cleveland shop
 * lot, a Detroit car that may go to auction), private-lot tows (Phoenix, an Austin tow hearing), a 30-day impound in
 * Sacramento, an evidence hold in Minneapolis, and belongings left in a towed car (medicine in Atlanta, immigration papers in
 * Miami). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtyThirdRoundTowing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: first provider line at exactly 60 s (02: pass) and at 61 s (03: fail); "Hi there!" + a question under the
 *   screen name "desk3_bpl" (05: greets, names no one: fail); "Good afternoon!" alone, then "You've reached Ask Away at
 *   Pierce County Library." in the second message (06: pass); "¡Hola! Le saluda Beatriz, bibliotecaria de …" (04), "Buenas
 *   tardes, habla Rodrigo, bibliotecario de …" (21), bilingual "Hola! Soy Lucía, bibliotecaria de …" (15) and "Hola! Thanks
 *   for writing to Chicago Public Library. Soy Inés, bibliotecaria." (24); "Hi, Austin Public Library's Ask a Librarian,
 *   Nico speaking." (25); a queue line and no provider ever joined (30);
 *  inquiry: city or private tow, judgment amount, days in storage, police hold, signs posted, which town; a restatement with no
 *   question mark (25: pass); the Georgia storage-yard rules given before "Was it towed by police, or from a private lot?"
 *   (09: fail); a clarifying question and no source ever (10 and 27: pass);
 *  waits: "Take your time and grab it" and the patron answering 200 s later (02: a wait on the patron, pass); a hold answered
 *   exactly 120 s later (07: pass); a hold, "Still looking" 110 s later, the answer 121 s after that (08: fail); an announced
 *   transfer answered 68 s after the notice (22); a silent transfer, the receiver 125 s after the patron (23: fail);
 *  endings: final idle of exactly 120 s ending on "Are you still with me?" (17: check-in pass, courteous fails); a goodbye 119
 *   s after the answer (18: na); "Hi, are you still there?" and a notice-goodbye exactly 180 s after the answer (19: both
 *   pass); a notice-goodbye with no question 179 s after the answer (20: check-in fails, notice na); one Spanish message
 *   that asks "¿Sigue ahí?" and says the session will close, then a system end, 200 s (21: both pass, courteous fails); a
 *   true Lost Call with a clarifying question, a check-in and a notice that invites back (27: 320 s); "Sorry, you've used
 *   up your questions for this chat. Bye." (28: dismissal, but courteous passes on "Bye."); "I've got several patrons
 *   waiting … please start a new chat later" (29: allowed); patron "seriously??" and "k" as the last lines; patron-side
 *   "thats all i needed", "no more questions", "eso es todo", "es todo", "thats everything", "thats all i need" and "si
 *   gracias", "sure thanks", "yes thank you so much" that do not count;
 *  sources: city and state pages (chicago.gov, nyc.gov/finance, tdlr.texas.gov, lapdonline.org, boston.gov, cityoftacoma.org,
 *   denvergov.org, azleg.gov, dps.georgia.gov, library.municode.com, detroitmi.gov, stpaul.gov, codes.ohio.gov,
 *   miamidade.gov, courts.oregon.gov, seattle.gov, dmv.dc.gov, philapark.org, sanantonio.gov, minneapolismn.gov,
 *   charlottenc.gov, texaslawhelp.org, ladot.lacity.gov, leginfo.legislature.ca.gov); none (10: fail; 27: fail);
 *  referrals: Tacoma 311 by URL and phone (06: pass); "call the police non-emergency line" with no number (11: fail); "our
 *   government documents librarian" asked on the patron's behalf (12: no referral); "Your home library … I'll ask them to
 *   get back to you" (15: a promise, not a referral); "you can ask for a tow hearing in justice court" with only a forms site
 *   (25: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 30 h after the end (12: pass); FU_ME, phone read back,
 *   "once I know" (13: contact fails, code passes, pending); a promise to e-mail coded Answered with the e-mail read back and
 *   "tomorrow morning" (14: code fails, contact passes, pending); FU_LIB with the e-mail only in `patron.email`, done at 73 h
 *   (15: contact and on_time fail, code passes); FU_ME with no contact anywhere, never recorded at day 5 (16: code, contact
 *   and on_time fail);
 *  codes: Lost Call after four patron lines (10: fail); an empty string (18); a true Lost Call (27); Practice (26); null with
 *   no provider (30);
 *  transfers: notice + internal note that says why (22: pass); internal note only, silent (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Take your time and grab it if it's in the car" beside a question is no hold (RUBRIC: "Telling the patron to take their
 *   time is not a hold"): the 200 s that follow are waiting on the patron (02);
 * - "Would you like me to find the storage facility's complaint form too?" offers something not yet given (03: completeness
 *   fails); "nah thats ok, no more questions" says explicitly that the patron is done;
 * - Spanish "eso es todo" / "es todo" say explicitly that the patron is done; "si gracias" does not; "¿Le sirve esta
 *   información?", "¿Le ayuda este enlace mientras tanto?", "¿Le sirve esto?", "¿Le ayuda esta información?" ask whether what
 *   was given meets the need; "¿Sigue ahí?" asks whether the patron is still there and "Parece que se desconectó; si no
 *   contesta, voy a cerrar esta sesión" tells them they seem to have disconnected and that the session will end (21);
 * - "Report it to Tacoma 311 at … or by phone at …" tells the patron to contact a city office (06: a referral, reached);
 *   "call the police non-emergency line and ask an officer to come out" refers to the police with no way to reach them (11);
 *   pages where the patron pays, searches or requests something themselves ("pay … online at", "request the release
 *   there", "request a hearing online at") are sources, not referrals;
 * - "I'll also ask our government documents librarian … and e-mail you" consults staff on the patron's behalf (12: no
 *   referral); "I'll ask them [your home library] to get back to you" is a follow-up promise, no referral (15);
 * - "I'll call you back once I know" says no time (13: contact fails); "I'll send it tomorrow morning" and "by Friday" do;
 * - "Sorry, you've used up your questions for this chat. Bye." tells the patron they reached a limit of questions (28: a
 *   dismissal) and also says goodbye (courteous passes: the two checks ask different things);
 * - in 27 the greeting (not a hold) at 20 s is where the final idle begins: the notice-goodbye at 340 s ends it (320 s); the
 *   clarifying question makes a substantive exchange, so the information checks apply and the source is missing.
 *
 * - "you can request a hearing online at courts.oregon.gov/multnomah (Parking Citations)" points to the court's own page for
 *   the patron to use (16: a source, no referral: RUBRIC "Pointing to a website ... for the patron to use is a source, not a
 *   referral, even when an agency publishes it"); "you can ask for a tow hearing in justice court ...: request one ... with the
 *   forms on texaslawhelp.org" tells the patron to ask the court itself, and the forms site is not a way to reach the court
 *   (25: a referral with no contact; see the correction below);
 * - in the transferred session 22 the clarifying question of the first provider (Lee) counts for the session: RUBRIC's
 *   "the provider asks ... before the first message that gives a source" is not limited to the provider who gives it.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (22 on inquiry.clarify, 25 on referral.contact). Label corrections: 1:
 *  - case 25, referral.contact na -> fail: I had read Nico's answer under the reading for pages where the patron "requests
 *    something themselves" (a source only); rereading RUBRIC's Referral ("telling the patron to contact or visit a person or
 *    organisation outside the chat (call, write to, ask or visit them)"), "you can ask for a tow hearing in justice court"
 *    names the court as the party the patron asks, and texaslawhelp.org is a third-party forms site, not "a way to reach
 *    them" (referral.contact), so fail. (The scorer says pass: the case stays LEFT; the new label agrees with neither my
 *    first label nor the scorer.)
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - inquiry.clarify, case 22: Lee's "Has the police department put an evidence hold on the car, or was it just towed to the
 *    impound lot?" before the transfer not counted (fail; RUBRIC pass: a question about the need before the first source);
 *  - referral.contact, case 25: texaslawhelp.org taken as the justice court's contact (pass; RUBRIC fail: the court comes
 *    with no way to reach it).
 * Every timing check (pickup at exactly 60 and at 61 s, no provider; keep_informed at exactly 120 s after a hold, 121 s after
 *  a "still looking", 200 s of waiting on the patron after "take your time", two transfers at 68 and 125 s; final idles of
 *  119, 120, 179, 180, 200 and 320 s; concurrency at four and at touching ends; on_time done at 30 h, late at 73 h, unrecorded
 *  past the deadline, pending twice) and every code (Practice, true and false Lost Call, null, "", a promise under Answered,
 *  follow-up codes with and without a contact) scored as labelled on the first run. The redaction equality of
 *  describeSessions holds for every running case (patron e-mails typed and read back, only in `patron.email`; a patron phone
 *  read back; a library's 311 phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). tsc clean.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 22's "an evidence hold on the
 *   car" is no hold message (W18), so the question before the first source clarifies; it runs; 29 running, 1 LEFT (25).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const RENA: Prov = { id: 'rena-t', name: 'Rena', library: 'CPL-IL' };
const MARCUS: Prov = { id: 'marcus-t', name: 'Marcus', library: 'QPL' };
const TESSA: Prov = { id: 'tessa-t', name: 'Tessa', library: 'HPL-TX' };
const BEATRIZ: Prov = { id: 'beatriz-t', name: 'Beatriz', library: 'LAPL' };
const DESK3: Prov = { id: 'desk3-t', name: 'desk3_bpl', library: 'BPL-MA' };
const PCLS: Prov = { id: 'pcls-t', name: 'Askaway PCLS', library: 'PCLS' };
const PRIYA: Prov = { id: 'priya-t', name: 'Priya', library: 'DPL-CO' };
const OMAR: Prov = { id: 'omar-t', name: 'Omar', library: 'PPL-AZ' };
const KWAME: Prov = { id: 'kwame-t', name: 'Kwame', library: 'AFPL' };
const SAM: Prov = { id: 'sam-t', name: 'Sam', library: 'CML' };
const HAL: Prov = { id: 'hal-t', name: 'Hal', library: 'CLP' };
const IRIS: Prov = { id: 'iris-t', name: 'Iris', library: 'DPL-MI' };
const RUTH: Prov = { id: 'ruth-t', name: 'Ruth', library: 'SPPL' };
const ANA: Prov = { id: 'ana-t', name: 'Ana', library: 'CLE' };
const LUCIA: Prov = { id: 'lucia-t', name: 'Lucía', library: 'MDPLS' };
const MOSS: Prov = { id: 'moss-t', name: 'Moss', library: 'MCL-OR' };
const JUNO: Prov = { id: 'juno-t', name: 'Juno', library: 'SPL-WA' };
const KAI: Prov = { id: 'kai-t', name: 'Kai', library: 'BKLYN' };
const WES: Prov = { id: 'wes-t', name: 'Wes', library: 'DCPL' };
const CARLA: Prov = { id: 'carla-t', name: 'Carla', library: 'FLP' };
const RODRIGO: Prov = { id: 'rodrigo-t', name: 'Rodrigo', library: 'SAPL' };
const LEE: Prov = { id: 'lee-t', name: 'Lee', library: 'HCL-MN' };
const MIRA: Prov = { id: 'mira-t', name: 'Mira', library: 'HCLL' };
const BETH: Prov = { id: 'beth-t', name: 'Beth', library: 'CML-NC' };
const SOL: Prov = { id: 'sol-t', name: 'Sol', library: 'CML-NC' };
const INES: Prov = { id: 'ines-t', name: 'Inés', library: 'CPL-IL' };
const NICO: Prov = { id: 'nico-t', name: 'Nico', library: 'APL-TX' };
const TRAINEE: Prov = { id: 'trainee-t', name: 'Trainee 12', library: 'TRN' };
const ZOE: Prov = { id: 'zoe-t', name: 'Zoe', library: 'NPL-NJ' };
const PAT: Prov = { id: 'pat-t', name: 'Pat', library: 'LACL' };
const GAIL: Prov = { id: 'gail-t', name: 'Gail', library: 'SPL-CA' };
const NOBODY: Prov = { id: 'queue-t', name: 'Queue', library: 'AUN' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Thanks for waiting! A librarian will be with you shortly.'];

export const sixtyThirdRoundTowing: SessionCase[] = [
  // 01 the plain good session
  s(RENA, '01 car gone from Halsted after street cleaning: "This is Rena, a reference librarian", city or private lot, chicago.gov/towedvehicle, "thats all i needed"', [
    [0, 'p', 'my car is gone from where i parked it on halsted last nite. i think it got towed?? how do i find it'],
    [22, 'l', 'Good morning! This is Rena, a reference librarian at Chicago Public Library. Sorry to hear about your car.'],
    [28, 'l', 'Was it parked on a city street, or in a private lot (a store, an apartment complex)?'],
    [61, 'p', 'street. there was a sign about street cleaning i think'],
    [68, 'l', "Then the City most likely towed it. Chicago's Find Your Vehicle search at chicago.gov/towedvehicle tells you which auto pound has it once you type in your plate, and the same page lists each pound's hours and fees."],
    [74, 'l', 'Did that get you what you needed?'],
    [110, 'p', 'found it!! its at pound 6. thats all i needed thank u'],
    [116, 'l', 'Great news — good luck picking it up, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; "take your time" is no hold
  s(MARCUS, '02 a boot in Queens: first line at exactly 60 s, "Take your time and grab it", the patron back 200 s later, nyc.gov/finance', [
    [0, 'p', 'theres a boot on my car in queens!! how do i get it off fast'],
    [60, 'l', "Hi, you're chatting with Marcus at Queens Public Library. Let's get that sorted."],
    [66, 'l', "Does the orange notice on your window list a judgment amount? Take your time and grab it if it's in the car."],
    [266, 'p', 'ok got it, it says $612 in judgments'],
    [272, 'l', "NYC boots cars with more than $350 in parking ticket judgments. Pay the judgments and the boot fee online at nyc.gov/finance (Pay > Booted or Towed Vehicle) and request the release there; the boot usually comes off within a few hours."],
    [278, 'l', 'Is that what you were looking for?'],
    [310, 'p', 'yes ok. no more questions'],
    [315, 'l', 'Take care, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 03 pickup at 61 s; an offer instead of the completeness question
  s(TESSA, '03 Houston storage fees after an apartment-lot tow: pickup at 61 s, tdlr.texas.gov fee chart, "Would you like me to find … the complaint form too?"', [
    [0, 'p', 'How much can a impound lot in houston charge per day for storage?'],
    [61, 'l', 'Hello, Tessa at Houston Public Library. Apologies for the wait!'],
    [67, 'l', 'Was it towed by HPD, or from a private lot like an apartment complex?'],
    [95, 'p', 'private lot at my apartments'],
    [102, 'l', "For a private (nonconsent) tow, Texas sets the most a licensed vehicle storage facility can charge per day, plus the notification and impoundment fees. The current chart is on the TDLR site: tdlr.texas.gov/towing (Vehicle Storage Facilities > Fees)."],
    [108, 'l', "Would you like me to find the storage facility's complaint form too?"],
    [140, 'p', 'nah thats ok, no more questions'],
    [145, 'l', 'Okay — thanks for chatting, have a good night!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 04 Spanish: Los Angeles
  s(BEATRIZ, '04 se llevaron el carro con la grúa en Los Ángeles (Spanish): "Le saluda Beatriz, bibliotecaria", calle o privado, lapdonline.org, "eso es todo"', [
    [0, 'p', 'hola se llevaron mi carro con la grua en los angeles, como se donde esta?'],
    [30, 'l', '¡Hola! Le saluda Beatriz, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con gusto le ayudo.'],
    [36, 'l', '¿Sabe si estaba estacionado en la calle o en un estacionamiento privado?'],
    [80, 'p', 'en la calle, enfrente de mi casa'],
    [87, 'l', 'Si lo remolcó la policía de Los Ángeles, puede buscarlo con el número de placa en el sitio de LAPD: lapdonline.org (busque "Official Police Garages"). Ahí aparece qué garaje lo tiene, la dirección y el horario.'],
    [93, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si ya lo encontre, eso es todo gracias'],
    [146, 'l', '¡Qué bueno! Gracias por escribirnos, que le vaya bien.'],
  ], usual()),

  // 05 greets but names no one
  s(DESK3, '05 contesting a Boston ticket while at work in Worcester: "Hi there!" + a question under "desk3_bpl", boston.gov appeal page', [
    [0, 'p', 'got a parking ticket in boston but i wasnt even there that day, how do i fight it'],
    [18, 'l', 'Hi there!'],
    [23, 'l', 'Is the plate number on the ticket yours, or does it look like they got the plate wrong?'],
    [60, 'p', 'its my plate but i was at work in worcester all day'],
    [67, 'l', 'You can appeal a Boston parking ticket online within 21 days at boston.gov/parking-tickets (Appeal a Ticket). Upload something that shows you were somewhere else, like a timesheet or a toll receipt.'],
    [73, 'l', 'Does that help?'],
    [100, 'p', 'ya thanks thats all'],
    [104, 'l', 'Good luck, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 greeting split across two messages; Tacoma 311 by URL and phone
  s(PCLS, '06 a plateless car on a Tacoma street for 3 weeks: "Good afternoon!" then "You\'ve reached Ask Away at Pierce County Library", Tacoma 311 by URL and phone', [
    [0, 'p', 'theres a car thats been parked on my street for like 3 weeks, flat tires, no plates. who do i tell?'],
    [15, 'l', 'Good afternoon!'],
    [20, 'l', "You've reached Ask Away at Pierce County Library. Which city or town is the street in?"],
    [55, 'p', 'tacoma'],
    [62, 'l', "Report it to Tacoma 311 at cityoftacoma.org/311 (Abandoned Vehicle) or by phone at 253-555-0131. Parking Enforcement tags the car first, and it can be towed if nobody moves it after the notice period."],
    [68, 'l', 'Is that the kind of help you were after?'],
    [110, 'p', 'perfect, thats everything'],
    [115, 'l', 'Thanks for looking out for your neighborhood — bye!'],
  ], usual({ referral: 'pass' })),

  // 07 a hold answered exactly 120 s later
  s(PRIYA, '07 a Denver city boot: "Let me pull up the current fee, one moment." answered exactly 120 s later, denvergov.org', [
    [0, 'p', 'my car got booted in denver, how much is it to get the boot taken off'],
    [20, 'l', 'Hello, Priya here, a librarian with Denver Public Library.'],
    [26, 'l', 'Was it booted by the city for unpaid tickets, or by a private lot company?'],
    [55, 'p', 'city, theres an orange sticker from denver parking'],
    [61, 'l', 'Let me pull up the current fee, one moment.'],
    [181, 'l', 'Thanks for hanging on. Denver adds a boot fee on top of the unpaid tickets; the full list of fees and the ways to pay are on denvergov.org/parkingtickets (Booted Vehicles). Once you pay, the boot usually comes off within a few hours.'],
    [187, 'l', 'Did that help?'],
    [220, 'p', 'ya ok. thats all i needed'],
    [225, 'l', 'Good luck, and thanks for chatting!'],
  ], usual()),

  // 08 a hold, a "still looking" at 110 s, then 121 s
  s(OMAR, '08 towed from a Phoenix strip mall after crossing to the bank: hold, "Still looking" 110 s later, the answer 121 s after that, azleg.gov', [
    [0, 'p', 'got towed from a strip mall lot in phoenix, i was only gone 20 min. is that even legal? there was a sign but tiny'],
    [18, 'l', 'Hi! This is Omar at Phoenix Public Library, glad to dig into this.'],
    [24, 'l', 'Were you shopping at the businesses there, or did you walk off the property?'],
    [50, 'p', 'i went across the street to the bank'],
    [60, 'l', 'Give me a minute to find the Arizona rules on tow-away signs.'],
    [170, 'l', 'Still looking, thanks for bearing with me.'],
    [291, 'l', "Here it is: Arizona lets private lots tow unauthorized cars when the signs meet the state's requirements; the rules are in the Arizona Revised Statutes, searchable at azleg.gov (search \"towing signs\"). Since you left the property the tow was probably allowed, but if the sign lacked the required information you have grounds for a complaint."],
    [297, 'l', 'Does that answer your question?'],
    [330, 'p', 'ugh ok. yes thanks'],
    [335, 'l', 'Anything else?'],
    [350, 'p', 'no'],
    [354, 'l', 'Sorry it happened — take care, and thanks for writing!'],
  ], usual({ informed: 'fail' })),

  // 09 the source before the question
  s(KWAME, '09 medicine inside a car impounded in Atlanta: dps.georgia.gov given first, then "Was it towed by police, or from a private lot?"', [
    [0, 'p', 'my car got impounded in atlanta and my meds are in it. can i get them out without paying the whole thing??'],
    [21, 'l', "Hello, Kwame at Atlanta-Fulton Public Library. Let's figure it out."],
    [27, 'l', "Georgia's towing and storage rules let the owner take personal property out of a stored car before paying; the Department of Public Safety's towing page explains it at dps.georgia.gov (Towing and Storage)."],
    [33, 'l', 'Was it towed by police, or from a private lot?'],
    [70, 'p', 'police, after an accident'],
    [77, 'l', 'Then those same rules apply to the storage yard that has it. Bring your ID and proof that you own the car, and you can take your medicine and other personal items before you pay the fees.'],
    [83, 'l', 'Does that cover it?'],
    [120, 'p', 'yes that helps so much. thats all i need'],
    [125, 'l', 'Feel better, and thanks for chatting with us!'],
  ], usual({ clarify: 'fail' })),

  // 10 no source at all; Lost Call after four patron lines
  s(SAM, '10 does a parking ticket go on a credit report (Columbus): an answer with no source, "Did that help?", coded Lost Call after four patron lines', [
    [0, 'p', 'does a parking ticket go on your credit report?'],
    [16, 'l', "Hi, it's Sam at the Ask a Librarian service of Columbus Metropolitan Library."],
    [22, 'l', 'Is the ticket still unpaid, or has it already gone to a collections agency?'],
    [58, 'p', 'unpaid for like 8 months. no collections letter yet'],
    [65, 'l', "A parking ticket by itself doesn't show up on a credit report. It only can if the city hands the debt to a collections agency and that agency reports it, so paying before that happens keeps it off."],
    [71, 'l', 'Did that help?'],
    [100, 'p', 'yes that helps'],
    [104, 'l', 'Anything else I can help with?'],
    [120, 'p', 'nah'],
    [124, 'l', 'Have a good one, thanks for chatting!'],
  ], usual({ source: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 11 a referral to the police with no way to reach them
  s(HAL, '11 a cash-only booter in a Pittsburgh pizza shop lot: municode URL, "call the police non-emergency line" with no number', [
    [0, 'p', 'some guy booted my car in a pizza shop lot in pittsburgh and wants $150 CASH to take it off. is that legit??'],
    [24, 'l', "Hi, this is Hal, a librarian at Carnegie Library of Pittsburgh's Ask a Librarian."],
    [30, 'l', 'Were you a customer of the pizza shop when you parked, or did you park there and go somewhere else?'],
    [62, 'p', 'i went next door to the laundromat'],
    [69, 'l', "Pittsburgh regulates private booting: booting companies need a city license, and there are limits on what they can charge and how you can pay. The ordinance is in the Pittsburgh Code of Ordinances at library.municode.com/pa/pittsburgh (search \"immobilization\")."],
    [75, 'l', "If he won't show a license or won't take a card, call the police non-emergency line and ask an officer to come out."],
    [81, 'l', 'Does that help?'],
    [120, 'p', 'yes ok calling them now. thats all'],
    [125, 'l', 'Good luck — thanks for reaching out!'],
  ], usual({ referral: 'fail' })),

  // 12 follow-up by me: e-mail read back, "by Friday", done 30 h after the end; staff consulted on the patron's behalf
  s(IRIS, '12 a hospitalized brother\'s car towed in Detroit (follow-up by me): auction page, "ask our government documents librarian", e-mail read back, "by Friday", done at 30 h', [
    [0, 'p', 'my brothers car was towed in detroit 2 months ago and hes in the hospital. will they auction it? how do we find out'],
    [26, 'l', "Hi, this is Iris, a librarian at Detroit Public Library. I'm sorry about your brother."],
    [32, 'l', 'Do you know which police precinct or tow company took it?'],
    [75, 'p', 'no idea. we just know it was towed from near his work on grand river'],
    [82, 'l', "Detroit posts its vehicle auction notices on detroitmi.gov (Police > Vehicle Auctions), and the Michigan Secretary of State's Abandoned Vehicle Search at michigan.gov/sos shows whether it's been declared abandoned. I'll also ask our government documents librarian how long the city holds cars before auction and e-mail you what she says. What address should I use?"],
    [130, 'p', 'denise.h.walker@example.com'],
    [136, 'l', "Thanks — denise.h.walker@example.com. You'll have it by Friday."],
    [142, 'l', 'Do the auction page and the abandoned-vehicle search help for now?'],
    [180, 'p', 'yes those help. thats everything for now'],
    [186, 'l', 'Take care of him, and thank you for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 30 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 13 follow-up by me: phone read back, no time
  s(RUTH, '13 St. Paul snow-emergency tow costs (follow-up by me): stpaul.gov, "I\'ll call you back once I know", phone read back, no time, pending', [
    [0, 'p', 'they towed my car for the snow emergency in st paul. how much is it gonna cost me total'],
    [22, 'l', "Hello! Saint Paul Public Library, Ask a Librarian. My name's Ruth."],
    [28, 'l', 'How many days has it been at the impound lot so far?'],
    [60, 'p', 'since yesterday morning'],
    [66, 'l', "Saint Paul lists the snow-emergency tow fee, the ticket and the daily storage charge at stpaul.gov (Snow Emergencies > Towed Vehicles). I want to double-check whether it costs less if you pick it up the first day, so I'll call you back once I know. What's a good number?"],
    [110, 'p', '651-555-0199'],
    [116, 'l', 'Okay, 651-555-0199. Does the fee page help in the meantime?'],
    [150, 'p', 'yeah. thats all i need'],
    [155, 'l', 'Thanks for your patience, bye for now!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 a promise to e-mail under Answered: e-mail read back, "tomorrow morning"
  s(ANA, '14 a car abandoned in a Cleveland shop lot: ORC 4513.60, "I\'ll find Cleveland\'s own ordinance … e-mail it", read back, "tomorrow morning", coded Answered', [
    [0, 'p', 'someone left a car in my shop parking lot a month ago. can i just have it towed? cleveland ohio'],
    [20, 'l', "Hi! I'm Ana with Cleveland Public Library's KnowItNow chat."],
    [26, 'l', 'Is the lot posted with a no-parking or tow-away sign?'],
    [55, 'p', 'no signs'],
    [62, 'l', "In Ohio a private property owner can have an abandoned vehicle removed; ORC 4513.60, on codes.ohio.gov, spells out the notice the owner and the tow company have to give. I'll find Cleveland's own ordinance on it and e-mail it to you. What e-mail works best?"],
    [100, 'p', 'jim.kovacs.shop@example.net'],
    [106, 'l', "Got it, jim.kovacs.shop@example.net — I'll send it tomorrow morning."],
    [112, 'l', 'Does the Ohio law help you get started?'],
    [140, 'p', 'yes thank you, thats all'],
    [146, 'l', 'Thanks for chatting with KnowItNow, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 partly Spanish; follow-up by the patron's library, e-mail only in patron.email, done at 73 h
  s(LUCIA, '15 papeles de inmigración en una camioneta remolcada en Miami (partly Spanish, follow-up by patron\'s library): e-mail only in patron.email, done at 73 h', [
    [0, 'p', 'hola, my truck fue remolcada en miami dade y mis papeles de inmigración están adentro. how do i get them?'],
    [30, 'l', 'Hola! Soy Lucía, bibliotecaria de Miami-Dade Public Library System. I can help in English or Spanish.'],
    [36, 'l', '¿Sabe qué compañía de grúa se la llevó, o fue la policía?'],
    [80, 'p', 'la policia, after a traffic stop'],
    [86, 'l', "Miami-Dade explica cómo recuperar el vehículo y sus pertenencias en miamidade.gov (Towing > Retrieve Your Vehicle). Your home library can look into whether there's a Spanish version of the personal-property release form; I'll ask them to get back to you."],
    [92, 'l', '¿Le ayuda este enlace mientras tanto?'],
    [130, 'p', 'si gracias'],
    [135, 'l', '¡De nada! Gracias por usar nuestro chat.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'm.reyes.fl@example.org', phone: null }, followUps: [{ doneAt: at(140 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 16 follow-up by me with no contact anywhere, never recorded
  s(MOSS, '16 a Portland ticket for a car sold in January (follow-up by me): courts.oregon.gov, "I\'ll check … and get back to you", no contact, not recorded by day 5', [
    [0, 'p', 'got a parking ticket in portland for a car i sold in january. the buyer never changed the title. what do i do'],
    [24, 'l', 'Hi, Moss here at Multnomah County Library.'],
    [30, 'l', 'Did you file a notice of sale with Oregon DMV when you sold it?'],
    [64, 'p', 'i think so? not sure'],
    [70, 'l', "Portland parking citations go through the Multnomah County Circuit Court; you can request a hearing online at courts.oregon.gov/multnomah (Parking Citations) and explain that the car was sold. Oregon DMV's notice-of-sale form is at oregon.gov/odot/dmv."],
    [76, 'l', "I'll check whether DMV can confirm your notice of sale was recorded and get back to you on that."],
    [82, 'l', 'Does that help for now?'],
    [110, 'p', 'sure thanks'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 17 final idle exactly 120 s ending on a check-in
  s(JUNO, '17 Seattle\'s 72-hour street parking rule: answer at 56, "Are you still with me?" at 171, session end 120 s after the answer', [
    [0, 'p', 'how long can a car sit on the street in seattle before its considered abandoned'],
    [15, 'l', 'Hi! This is Juno from The Seattle Public Library.'],
    [21, 'l', 'Is it your car, or one on your block you want to report?'],
    [50, 'p', 'a neighbors, it hasnt moved since christmas'],
    [56, 'l', "In Seattle a vehicle can't stay in the same spot on the street for more than 72 hours. The rule and the online abandoned-vehicle report form are on seattle.gov (Customer Service Bureau > Abandoned Vehicle). Does that help?"],
    [171, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 18 a goodbye 119 s after the answer; code ""
  s(KAI, '18 the NYPD tow pound in Brooklyn: answer at 61, goodbye at 180 (119 s), no check-in, code ""', [
    [0, 'p', 'nyc tow pound in brooklyn where is it and when is it open'],
    [20, 'l', 'Hello and welcome to Brooklyn Public Library chat! Kai here.'],
    [26, 'l', 'Was the car towed by the NYPD, or by a private company?'],
    [55, 'p', 'nypd, i checked the plate already'],
    [61, 'l', "The NYPD's Brooklyn tow pound is at the Brooklyn Navy Yard; the address, hours and what to bring (license, registration, insurance card, payment) are on nyc.gov/towedvehicles. Is that what you needed?"],
    [180, 'l', 'Thanks for using Ask BPL, have a good night!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 19 final idle exactly 180 s: check-in and a notice that thanks and invites back
  s(WES, '19 paying off a DC boot online: answer at 58, "Hi, are you still there?" at 158, "you may have disconnected, so I\'ll close the chat now … come back anytime" at 238', [
    [0, 'p', 'DC booted my car. can i pay online and how long till they take it off'],
    [18, 'l', 'Hi, Wes with the DC Public Library Ask Us chat.'],
    [24, 'l', 'Does the boot notice say how many tickets are in default?'],
    [52, 'p', '2 tickets i think'],
    [58, 'l', 'DC boots a car with two or more tickets in default. You can pay the tickets and the boot fee online at dmv.dc.gov (Booted and Towed Vehicles); the boot usually comes off within a few hours after you pay. Did that help?'],
    [158, 'l', 'Hi, are you still there?'],
    [238, 'l', "I think you may have disconnected, so I'll close the chat now. Thanks for writing, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 a notice-goodbye with no question, 179 s after the answer
  s(CARLA, '20 a Philadelphia ticket on Delaware plates: answer at 55, "Looks like you\'ve left the chat, so I\'m ending the session. Thanks …" at 234 (179 s)', [
    [0, 'p', 'i live in delaware and got a philly parking ticket. can i pay it online or do i have to mail it'],
    [14, 'l', 'Good afternoon! This is Carla, a librarian at the Free Library of Philadelphia.'],
    [20, 'l', 'Do you have the ticket number from the bottom of the ticket?'],
    [48, 'p', 'yes'],
    [55, 'l', 'Then you can pay it online at philapark.org (Pay a Ticket) with a card; out-of-state plates work the same way. Is that what you were looking for?'],
    [234, 'l', "Looks like you've left the chat, so I'm ending the session. Thanks for contacting the Free Library!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 21 Spanish: one message asks and gives the notice; a system end 200 s after the answer
  s(RODRIGO, '21 un cepo en el estacionamiento del apartamento en San Antonio (Spanish): "¿Sigue ahí? Parece que se desconectó … voy a cerrar esta sesión", system end (200 s)', [
    [0, 'p', 'buenas, le pusieron un cepo a mi carro en el estacionamiento de mi apartamento en san antonio. pueden hacer eso en texas?'],
    [25, 'l', 'Buenas tardes, habla Rodrigo, bibliotecario de la Biblioteca Pública de San Antonio.'],
    [31, 'l', '¿Había letreros en el estacionamiento que avisaran sobre el cepo?'],
    [70, 'p', 'si hay uno en la entrada'],
    [77, 'l', 'En Texas las compañías que ponen cepos necesitan permiso y hay un límite de cobro. La ciudad de San Antonio publica sus reglas de "vehicle immobilization" en sanantonio.gov (Ground Transportation > Vehicle Immobilization). ¿Le ayuda esta información?'],
    [197, 'l', '¿Sigue ahí? Parece que se desconectó; si no contesta, voy a cerrar esta sesión.'],
    [272, 's', 'Chat ended', sys('ended')],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 a transfer with a notice and a note that says why
  s(LEE, '22 a police evidence hold on a Minneapolis impound: "handing you over to Mira now" + internal note why, Mira 68 s after the notice, minneapolismn.gov', [
    [0, 'p', 'my sons car was impounded after he was arrested in minneapolis. can i get it out, its in my name'],
    [20, 'l', "Hi there, you've reached Lee at Hennepin County Library."],
    [26, 'l', 'Has the police department put an evidence hold on the car, or was it just towed to the impound lot?'],
    [66, 'p', 'they said hold pending investigation'],
    [72, 'l', "That one's better for our law librarian. I'm handing you over to Mira now, it'll just be a moment."],
    [75, 'i', 'Mira — registered owner, son arrested, Minneapolis impound lot with a police hold. Legal q, can you take it?'],
    xfer(78, 'Mira', 'mira-t'),
    [140, 'l', "Hello, Mira from the Hennepin County Law Library. As the owner you can ask for the car's release once the hold is lifted; the city's Impound Lot page at minneapolismn.gov (Parking > Impound Lot) explains holds, fees and what owners need to bring.", as(MIRA)],
    [146, 'l', 'Does that answer what you needed?', as(MIRA)],
    [190, 'p', 'yes. thats all for now, thank you'],
    [195, 'l', 'Thank you for chatting with us, take care.', as(MIRA)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer, the receiver 125 s after the patron
  s(BETH, '23 $85 a day private storage in Charlotte: internal note only, silent transfer, Sol 125 s after the patron, charlottenc.gov', [
    [0, 'p', 'private tow company in charlotte charging me $85 a day storage. theres gotta be a limit right?'],
    [22, 'l', 'Hello! This is Beth at Charlotte Mecklenburg Library.'],
    [28, 'l', 'How many days has it been at their lot?'],
    [60, 'p', '4 days'],
    [64, 'i', 'Sol, NC towing storage fee caps - can you take this one? I have to start storytime'],
    xfer(67, 'Sol', 'sol-t'),
    [185, 'l', "Hi, Sol here. Charlotte regulates nonconsensual towing by ordinance, storage charges included; the city's towing page at charlottenc.gov (Towing & Booting) lists the current maximum fees.", as(SOL)],
    [191, 'l', 'Is that what you were looking for?', as(SOL)],
    [230, 'p', 'yes, way lower than 85. thats all i needed'],
    [235, 'l', 'Glad it helped — thanks, bye!', as(SOL)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 partly Spanish; four at once
  s(INES, '24 pagar una multa de Chicago en español (partly Spanish): chicago.gov/finance en español, "es todo", three other chats open at once over this one (four)', [
    [0, 'p', 'hi, necesito pagar una multa de parking en chicago pero no entiendo la pagina. is there spanish?'],
    [30, 'l', 'Hola! Thanks for writing to Chicago Public Library. Soy Inés, bibliotecaria.'],
    [36, 'l', '¿Tiene el número de la multa (ticket number) o solo la placa?'],
    [75, 'p', 'tengo el numero'],
    [81, 'l', 'La ciudad tiene la página de pagos en español: chicago.gov/finance, elija "Español" arriba y luego "Pagar multas". Con el número de la multa puede pagar con tarjeta.'],
    [87, 'l', '¿Le sirve esto?'],
    [120, 'p', 'si, ya pagué! es todo, gracias'],
    [126, 'l', '¡Qué bien! Gracias por escribirnos.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'ines-t', -100, 200), other('i2', 'ines-t', 50, 300), other('i3', 'ines-t', 90, 500)],
  }),

  // 25 three at most, touching ends; a restatement
  s(NICO, '25 an Austin tow from a lot with no sign: "So you\'d like to know if …" restated, texaslawhelp.org tow hearing, touching chats (three at most)', [
    [0, 'p', 'austin towed my car from a spot that had no sign, i have pics. can i get my money back?'],
    [19, 'l', "Hi, Austin Public Library's Ask a Librarian, Nico speaking."],
    [25, 'l', "So you'd like to know if you can get the tow fee refunded when the spot had no sign posted."],
    [60, 'p', 'yes. it was a private company, from an apartment lot'],
    [66, 'l', 'In Texas you can ask for a tow hearing in justice court when you think a private tow was not legal: request one within 14 days with the forms on texaslawhelp.org (Towing: Request a Tow Hearing). If the judge agrees, the towing company has to pay you back.'],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'yes!! thats all i needed'],
    [104, 'l', 'Good luck at the hearing — thanks for chatting!'],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nico-t', -400, 0), other('n2', 'nico-t', -50, 109), other('n3', 'nico-t', 30, 200), other('n4', 'nico-t', 109, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (impound lot canned message): coded Practice, every check na', [
    [0, 'p', 'testing the tow-lot macro'],
    [5, 'l', 'Hello! Test of the impound lot canned message: see your city impound page.'],
    [12, 'p', 'ok works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 a true Lost Call with a clarifying question, a check-in and a notice that invites back
  s(ZOE, '27 parking across your own driveway in NJ (Lost Call): greeting, "Which town in NJ?", "Hi, are you still there?" at 150, notice inviting back at 340', [
    [0, 'p', 'is it illegal to park in front of your own driveway in nj'],
    [20, 'l', 'Hello! Ask a Librarian at Newark Public Library, this is Zoe.'],
    [26, 'l', 'Which town in NJ? It depends on the local ordinance.'],
    [150, 'l', 'Hi, are you still there?'],
    [340, 'l', "I haven't heard back, so it looks like you've disconnected. I'll end this chat now, but feel free to reach out again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 "you've used up your questions"
  s(PAT, '28 three open LA tickets, then a payment plan, a boot and a contest: "Sorry, you\'ve used up your questions for this chat. Bye." and "seriously??"', [
    [0, 'p', 'how do i check if i have any unpaid parking tickets in LA'],
    [16, 'l', "Hi! I'm Pat, a librarian at LA County Library."],
    [22, 'l', 'Is it City of Los Angeles tickets, or from another city in the county like Pasadena?'],
    [50, 'p', 'city of LA'],
    [56, 'l', 'Search by your plate on the LADOT citation page: ladot.lacity.gov/parking-citations (Pay or Look Up a Citation). It lists every open ticket on that plate.'],
    [62, 'l', 'Did that work for you?'],
    [95, 'p', 'yes 3 tickets ugh. can i do a payment plan? and can they boot me? and what if i contest one'],
    [102, 'l', "Sorry, you've used up your questions for this chat. Bye."],
    [115, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 29 other patrons waiting, invited back
  s(GAIL, '29 a 30-day impound on a suspended license in Sacramento: VC 14602.6, "several patrons waiting … start a new chat later", "k"', [
    [0, 'p', 'my car got impounded for 30 days because my license was suspended. sacramento. can i get it out early?'],
    [24, 'l', 'Hi, this is Gail, a librarian at Sacramento Public Library. Thanks for reaching out.'],
    [30, 'l', 'Are you the registered owner, and do you need the car for work or family?'],
    [70, 'p', 'yes im the owner, i need it for work'],
    [76, 'l', "California Vehicle Code 14602.6 allows an early release to the registered owner in some cases, for instance when the car was stolen or the owner wasn't the driver. The text is on leginfo.legislature.ca.gov (search VC 14602.6), and Sacramento Police explain their release steps at police.cityofsacramento.org (Vehicle Release)."],
    [82, 'l', 'Does that answer it?'],
    [120, 'p', 'sort of. also what about my insurance going up and what about the ticket and can my wife drive it'],
    [128, 'l', "Those are good questions, but I've got several patrons waiting right now, so I'll stop here — please start a new chat later and a librarian will take them one by one. Thanks for understanding!"],
    [145, 'p', 'k'],
  ], usual({ anything: 'fail' })),

  // 30 no provider ever joined
  s(NOBODY, '30 a Baltimore County lot closing at 5: no provider ever joined, "helloooo", "nvm", patron left, code null', [
    [0, 'p', 'hello is anyone there? my car got towed in baltimore county and the lot closes at 5'],
    busy(3),
    [95, 'p', 'helloooo'],
    [200, 'p', 'nvm'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundTowing.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('25')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "In Texas you can ask for a tow hearing in justice court ...: request one within 14 days with the forms on texaslawhelp.org" (RUBRIC Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)": the justice court is the party asked; referral.contact: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)": texaslawhelp.org is a forms site, no address, phone or URL of the court itself)',
};

describe('sixty-third round: towed and impounded cars, parking tickets and boots, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundTowing.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundTowing.filter((c) => c.name in LEFT_WHY));
});
