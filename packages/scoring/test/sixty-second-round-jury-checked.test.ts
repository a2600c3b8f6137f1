/**
 * Sixty-second round, theme JURY DUTY AND COURT SERVICE, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: summonses and postponements (Maricopa for a work trip, Philadelphia for surgery,
 * Sacramento after a move to Portland), excusals (a full-time caregiver in Anne Arundel, a nursing mother in DuPage, a
 * one-person bakery in Massachusetts, a college student summoned at home in Ohio, a 72-year-old in Bexar County, a Spanish
 * speaker in Los Angeles who hardly reads English, a night-shift student in Montgomery County MD), juror pay and parking
 * (Travis County rates, Cook County's check and parking, federal mileage in Fresno, King County transit cards, New York
 * employers' $40 a day), employer letters (Hennepin eJuror, Broward), what to wear and bring (Orange County, Denver), grand
 * and federal juries (Harris County's three-month term, a Baltimore federal grand jury, the District Court in St. Louis), a
 * jury-duty scam call with gift cards, whether a felony (Florida) or an expunged record (New Jersey) disqualifies, and a
 * Georgia boss threatening to fire. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/sixtySecondRoundJury-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Dana at …" (01); a 61 s pickup (04: fail) and `pickedUpAt` at exactly 60 s with the
 *   first line at 90 (05: pass); "hey! 👋" then "which county in ohio sent it?" under the screen name "leo_refdesk" (09:
 *   greets, names no one: fail); Spanish "Buenas tardes, le atiende Marisol, bibliotecaria de …" (03) and "Buenas noches, soy
 *   Tomás, bibliotecario de …" (17); bilingual "Hola, thanks for writing! This is Ofelia, a bilingual librarian at Ask Us
 *   Now." (12); chat-speak "hi!! Val here, librarian at OC Public Libraries 😊" (18); a queue line and no provider ever
 *   joined (29);
 *  inquiry: summons court, caregiver alone or not, employer size, citizenship, expungement order, address changed, excused or
 *   postponed, permanent or one-time; a restatement with no question mark (05: pass); the first source given before "What
 *   state sent your summons, by the way?" (08: fail); a question and no source ever given (21: pass);
 *  waits: a hold answered exactly 120 s later (06: pass); the patron's "hello?" inside a 121 s wait (07: fail, the wait does
 *   not restart); a transfer notice (a hold) answered 74 s later by the receiver (22); a silent transfer, the receiver 100 s
 *   after the patron (23: pass); an announced transfer answered 110 s after the notice (24: pass);
 *  endings: final idle of exactly 180 s with "Are you still there?" and a disconnect notice that invites back (15: both
 *   pass); 179 s with "Still with me?" and a goodbye (16: check-in pass, notice na); 119 s with a goodbye and no check-in
 *   (17: na); 144 s ending on "u still there? 👀" (18: courteous fails); 215 s with only "It seems you've disconnected, so
 *   I'm ending the chat now." (19: idle fails, notice passes); a Lost Call ending on "Hello? Are you still there?" and a
 *   closing notice without thanks (28: 310 s, courteous fails); "That's too many questions for one chat — we do one question
 *   per session. Goodbye." (20: dismissal); "a few other people waiting … please chat back in later" (21: allowed); patron
 *   "wow ok" and "ok" as the last line (20, 21); goodbyes "Glad to help. Safe travels, and thanks for chatting!", "¡Con mucho
 *   gusto! Gracias por escribirnos …", "np, good luck w/ finals, bye!", "Glad to hear it — bye for now!", "Thanks for your
 *   patience, talk soon!"; patron-side "thats all I needed", "that's everything", "es todo lo que necesitaba", "thats all for
 *   now", "no thats it", "thats everything, thanks", and "ya thanks", "ok gracias", "yes"/"thanks" that do not count;
 *  sources: state and county court jury pages (superiorcourt.maricopa.gov, lacourt.org, justex.net, kingcounty.gov,
 *   mncourts.gov, occourts.org, nyjuror.gov, saccourt.ca.gov, mass.gov …), federal pages (uscourts.gov, moed, caed, mdd),
 *   statutes (Fla. Stat. 40.013 on flsenate.gov, 705 ILCS 305/10.3 on ilga.gov, N.J.S.A. 2C:52-27), the CCRC's restoration
 *   chart, a referral's phone; none (21: fail);
 *  referrals: the FTC by URL and "your county sheriff's office" with no contact (02: fail); the LA Jury Office by phone in
 *   Spanish (03); the Jury Office by phone (10); the Philadelphia Jury Commission by phone (15); "Talk to your HR department"
 *   and "a lawyer" with no contact (21: fail); the Jury Administration office the provider will ask on the patron's behalf
 *   (11: no referral); MCPL librarians who will contact the patron (12: no referral); "tell the court … online at
 *   saccourt.ca.gov/jury" (24: a referral by URL);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done exactly 72 h after the end (10: pass); a
 *   promise to call back with the phone read back and no time, coded Answered (11: code and contact fail, pending); FU_LIB
 *   with no contact anywhere, done after 80 h (12: code, contact and on_time fail); FU_ME, e-mail typed by the patron and not
 *   read back, "by Thursday", never recorded at day 4 (13: contact pass, on_time fail); FU_ME with the e-mail only in
 *   `patron.email` ("the e-mail address you signed in with by Wednesday", 14: contact fails, code passes, pending);
 *  codes: a true Lost Call (28); Lost Call after four patron lines (30); null with no provider (29); an empty string (16);
 *   Practice (27);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); notice only (24: fail);
 *  concurrency: three others open at once over this one (25: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish and bilingual greetings ("Buenas tardes", "Buenas noches", "Hola") greet, and "le atiende Marisol,
 *   bibliotecaria de …" / "soy Tomás, bibliotecario de …" identify; "¿Esto responde a su pregunta?", "¿Le sirve esto?" and
 *   "¿Le ayuda esta información?" are the completeness question; "es todo lo que necesitaba" says explicitly that the patron
 *   is done, "ok gracias" does not;
 * - "You can report the call to the FTC at reportfraud.ftc.gov" tells the patron to contact an agency (a referral reached by
 *   URL); "it's also worth calling your county sheriff's office" is a second party with no way to reach it (02: fail);
 *   "Talk to your HR department" tells the patron to ask a department (21: a referral, no contact);
 * - "I'm going to ask the Jury Administration office and call you back" consults staff on the patron's behalf (11: no
 *   referral, but a follow-up promise); "I'll pass this to the librarians at Montgomery County Public Libraries and they
 *   will get back to you" is a follow-up promise, not a referral (12);
 * - "Seems we've lost the connection on your end, so I'm going to end the chat. You're welcome to come back anytime!" tells
 *   the patron they seem to have disconnected and that the session ends, and invites back (a goodbye: the idle ends there);
 * - "Would you like me to pull up the exact form for you?" offers something not yet given (26: completeness fails); "Would
 *   that help?" about a form not yet sent does not count either, but the later "Does the eJuror link help in the meantime?"
 *   does (13);
 * - "np, good luck w/ finals, bye!", "Glad to hear it — bye for now!" say goodbye; "Thanks for your patience, talk soon!"
 *   thanks the patron;
 * - a `followUps` entry exactly 72 h after `endedAt` is "within" 72 h (10: pass);
 * - "request a postponement online through the Juror Portal at …", "fill in the request … online at …", "ask to be excused on
 *   the juror website: …" point to a website or form for the patron to use (a source, no referral); "tell the court on the
 *   summons or online at saccourt.ca.gov/jury" tells the patron to contact (write to) the court itself (24: a referral,
 *   reached by URL; see the correction below).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (all three on referral.contact: 02, 15, 24). Label corrections: 1:
 *  - case 24, referral.contact na -> pass: I had read Ella's answer as a source only; rereading RUBRIC's Referral ("telling the
 *    patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"), "tell the
 *    court on the summons or online at saccourt.ca.gov/jury" tells the patron to write to the court (an organisation outside
 *    the chat), unlike the other cases' "request … through the Juror Portal", which point to a site to use; the court comes
 *    with a URL, so pass. (The scorer's "pass" agreed; the reason is the rubric's clause, read again.)
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "it's also worth calling your county sheriff's office" read as no second party (pass on the
 *    FTC's URL alone; RUBRIC fail: every party referred to needs a way to reach them, the sheriff's office has none);
 *  - referral.contact, case 15: "or by calling the Jury Commission at 215-555-0118" read as no referral (na; RUBRIC pass: the
 *    patron is told to call an agency, phone given).
 * Every timing check (pickup at 60 by `pickedUpAt` and 61 s, no provider; keep_informed at exactly 120 s after a hold and at
 * 121 s across the patron's "hello?", three transfers; final idles of 119, 144, 179, 180, 215 and 310 s; concurrency at four
 * and at touching ends; on_time done at exactly 72 h, late at 80 h, unrecorded past the deadline, pending twice) and every
 * code (Practice, true and false Lost Call, null, "", promise under Answered, follow-up codes with and without a contact)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, typed only, only in `patron.email`; a patron phone read back; library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). tsc clean.
 * ON v56 (block V, written partly from these twelve files): case 02's "…, and it's also worth calling your county sheriff's office
 *   so they know the scam is going around" (V19: a part that names a party of its own before "they" is another party, with no way
 *   to reach it) and 15's "Philadelphia jurors can ask for a new date online at … or by calling the Jury Commission at
 *   215-555-0118" (V11: the patron's class read as "you") read as labelled and run: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-j', name: 'Dana', library: 'MPL-AZ' };
const ELI: Prov = { id: 'eli-j', name: 'Eli', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-j', name: 'Marisol', library: 'LAPL' };
const GUS: Prov = { id: 'gus-j', name: 'Gus', library: 'SLCL' };
const HANA: Prov = { id: 'hana-j', name: 'Hana', library: 'HPL-TX' };
const IVAN: Prov = { id: 'ivan-j', name: 'Ivan', library: 'APL-TX' };
const JADE: Prov = { id: 'jade-j', name: 'Jade', library: 'SPL-WA' };
const KOFI: Prov = { id: 'kofi-j', name: 'Kofi', library: 'JPL-FL' };
const LEO: Prov = { id: 'leo-j', name: 'leo_refdesk', library: 'CML' };
const MAE: Prov = { id: 'mae-j', name: 'Mae', library: 'AACPL' };
const NED: Prov = { id: 'ned-j', name: 'Ned', library: 'CPL-IL' };
const OFELIA: Prov = { id: 'ofelia-j', name: 'Ofelia', library: 'AUN' };
const PIA: Prov = { id: 'pia-j', name: 'Pia', library: 'HCL-MN' };
const QUINCY: Prov = { id: 'quincy-j', name: 'Quincy', library: 'FCPL-CA' };
const RAJ: Prov = { id: 'raj-j', name: 'Raj', library: 'FLP' };
const SAGE: Prov = { id: 'sage-j', name: 'Sage', library: 'DPL-CO' };
const TOMAS: Prov = { id: 'tomas-j', name: 'Tomás', library: 'HPL-TX' };
const VAL: Prov = { id: 'val-j', name: 'Val', library: 'OCPL' };
const WREN: Prov = { id: 'wren-j', name: 'Wren', library: 'BKLYN' };
const XAVI: Prov = { id: 'xavi-j', name: 'Xavi', library: 'BCL-FL' };
const YARA: Prov = { id: 'yara-j', name: 'Yara', library: 'AFPL' };
const ZED: Prov = { id: 'zed-j', name: 'Zed', library: 'AUN' };
const ANIKA: Prov = { id: 'anika-j', name: 'Anika', library: 'MSLL' };
const BRYN: Prov = { id: 'bryn-j', name: 'Bryn', library: 'NPL-NJ' };
const CAL: Prov = { id: 'cal-j', name: 'Cal', library: 'NPL-NJ' };
const DEV: Prov = { id: 'dev-j', name: 'Dev', library: 'MCL-OR' };
const ELLA: Prov = { id: 'ella-j', name: 'Ella', library: 'L2GO' };
const FAY: Prov = { id: 'fay-j', name: 'Fay', library: 'NPL-IL' };
const GIO: Prov = { id: 'gio-j', name: 'Gio', library: 'WPL-MA' };
const TRAINEE: Prov = { id: 'trainee-j', name: 'Trainee 7', library: 'TRN' };
const HUGO: Prov = { id: 'hugo-j', name: 'Hugo', library: 'PCPL-AZ' };
const NOBODY: Prov = { id: 'queue-j', name: 'Queue', library: 'VRQ' };
const IDA: Prov = { id: 'ida-j', name: 'Ida', library: 'SAPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'All librarians are busy helping other patrons. Please stay on the line.'];

export const sixtySecondRoundJury: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Maricopa summons during a work trip: "you\'ve reached Dana", which court asked, Juror Portal URL, "thats all I needed"', [
    [0, 'p', 'hi i got a jury summons from maricopa county for march 23 but i have a work trip that week. can i move it??'],
    [28, 'l', "Good morning, you've reached Dana at Mesa Public Library's Ask a Librarian."],
    [33, 'l', 'Is the summons from Maricopa County Superior Court, or from a city or justice court? The postponement steps differ.'],
    [70, 'p', 'superior court it says'],
    [77, 'l', "Superior Court jurors can request one postponement online through the Juror Portal at superiorcourt.maricopa.gov/jury — you'll need the juror ID number printed on the summons. You can pick a new date up to 90 days out."],
    [82, 'l', 'Did that cover what you needed?'],
    [120, 'p', 'yes perfect, thats all I needed!'],
    [125, 'l', 'Glad to help. Safe travels, and thanks for chatting!'],
  ], usual()),

  // 02 the scam call: FTC by URL, the sheriff with no contact
  s(ELI, '02 jury-duty scam call with gift cards: uscourts.gov scam page, FTC by URL, "your county sheriff\'s office" with no contact', [
    [0, 'p', 'Someone called me saying I missed jury duty and there is a warrant, they want me to pay $500 in gift cards today or be arrested. is this real???'],
    [22, 'l', "Hello, this is Eli, a librarian with AskUsNow!, Maryland's statewide chat service. I'm glad you checked first."],
    [28, 'l', 'Did you get a paper summons in the mail before this call, or is the call the first you heard of it?'],
    [65, 'p', 'no paper nothing, just the call. they had my name and address'],
    [72, 'l', "That is a well-known scam. Courts send summonses by mail and never ask for payment over the phone, let alone gift cards. The federal courts describe it at uscourts.gov/services-forms/jury-service/juror-scams, and the Maryland Judiciary has a warning at mdcourts.gov/juryservice. Don't pay, and hang up if they call back."],
    [80, 'l', "You can report the call to the FTC at reportfraud.ftc.gov, and it's also worth calling your county sheriff's office so they know the scam is going around."],
    [86, 'l', 'Does that help you feel clearer about it?'],
    [130, 'p', "yes omg thank you. that's everything, I was so scared"],
    [136, 'l', 'You did the right thing by asking. Take care, and thank you for contacting AskUsNow!'],
  ], usual({ referral: 'fail' })),

  // 03 Spanish: Los Angeles, language disqualification, the Jury Office by phone
  s(MARISOL, '03 citación de jurado en Los Ángeles sin hablar inglés (Spanish): "le atiende Marisol", lacourt.org, la Oficina de Jurados por teléfono, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, me llegó una citación para servir como jurado en Los Ángeles pero casi no hablo inglés. tengo que ir?'],
    [35, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con gusto le ayudo.'],
    [41, 'l', '¿La citación es del Tribunal Superior del Condado de Los Ángeles, y para qué fecha es?'],
    [95, 'p', 'si del tribunal superior, para el 14 de abril'],
    [102, 'l', 'En California, no entender bien el inglés es un motivo para que lo descalifiquen como jurado. Puede pedirlo en línea en el portal de jurados: lacourt.org/division/jury (busque "Juror eResponse"). Si prefiere hacerlo por teléfono, llame a la Oficina de Jurados al 213-555-0190 con su número de jurado a la mano.'],
    [108, 'l', '¿Esto responde a su pregunta?'],
    [160, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [166, 'l', '¡Con mucho gusto! Gracias por escribirnos y que le vaya muy bien.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(GUS, '04 federal and state summonses both: 61 s pickup, "in case one comes?", moed.uscourts.gov', [
    [0, 'p', 'got a summons from the US District Court, is federal jury duty different from state? do i have to do both if I get both'],
    [61, 'l', 'Hi, Gus here from the St. Louis County Library reference team — sorry about the wait!'],
    [67, 'l', 'Have you actually received a state summons too, or are you asking in case one comes?'],
    [100, 'p', 'in case, my wife got a state one last year'],
    [107, 'l', "They're separate systems: federal service is usually a week or two (or on call for a term), and serving in one doesn't excuse you from the other, though most courts will postpone if the dates clash. The Eastern District of Missouri's juror page explains it: moed.uscourts.gov/jury-information. The general federal overview is at uscourts.gov/services-forms/jury-service."],
    [113, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'ya thats it, thx'],
    [154, 'l', 'Anything else I can dig up?'],
    [175, 'p', 'no'],
    [179, 'l', 'Thanks, have a good one!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt exactly 60 s; a restatement
  s(HANA, '05 Harris County grand jury term (emoji): pickedUpAt 60 s, first line at 90, restated "So you\'ve been seated on …", justex.net', [
    [0, 'p', 'i was picked for a grand jury in harris county. how long does it go on for?? 😬'],
    [90, 'l', "Hello! Hana from Houston Public Library's Ask a Librarian here."],
    [95, 'l', "So you've been seated on a Harris County grand jury and want to know how long the term lasts."],
    [130, 'p', 'yes exactly, my boss is asking'],
    [137, 'l', "Harris County grand juries sit for a three-month term, usually meeting one or two days a week. The District Courts' grand jury page explains the schedule and the pay: justex.net (Jury Services > Grand Jury)."],
    [143, 'l', 'Does that answer it?'],
    [190, 'p', 'yes!! 3 months wow. thats all i needed'],
    [195, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 a hold answered exactly 120 s later
  s(IVAN, '06 Travis County juror pay for a week-long trial: "Let me check the current county rates, one moment please." answered exactly 120 s later', [
    [0, 'p', 'how much do they pay you for jury duty in texas? travis county'],
    [20, 'l', 'Hi there, Ivan at Austin Public Library. Happy to look into that.'],
    [26, 'l', 'Is this for the first day only, or are you expecting a longer trial?'],
    [60, 'p', 'they said trial could be a week'],
    [66, 'l', 'Let me check the current county rates, one moment please.'],
    [186, 'l', "Thanks for waiting! Travis County pays $6 for the first day and $40 for each day after that; the county's juror pay page is traviscountytx.gov/district-clerk/jury. So a five-day trial comes to $166."],
    [192, 'l', 'Does that help?'],
    [230, 'p', 'yes thanks'],
    [235, 'l', 'Anything else I can help with today?'],
    [260, 'p', "nope that's it"],
    [264, 'l', 'Great, thanks for chatting and good luck on the jury!'],
  ], usual()),

  // 07 "hello?" inside a 121 s wait
  s(JADE, '07 juror parking at the King County Courthouse: the patron\'s "hello?" inside a 121 s wait, ORCA card, kingcounty.gov', [
    [0, 'p', 'where do jurors park for the downtown courthouse in seattle? is it free'],
    [25, 'l', 'Hi, this is Jade, a librarian at The Seattle Public Library.'],
    [30, 'l', 'Are you reporting to the King County Courthouse on 3rd Ave, or the Maleng Regional Justice Center in Kent?'],
    [60, 'p', 'the downtown one on 3rd'],
    [120, 'p', 'hello?'],
    [181, 'l', "Sorry for the delay! King County doesn't validate parking downtown, but jurors get a free ORCA transit card. Details are on the juror FAQ at kingcounty.gov/courts/superior-court/jury (Parking & Transportation)."],
    [186, 'l', 'Is that helpful?'],
    [220, 'p', 'ok ya. kind of annoying but ok'],
    [226, 'l', 'Anything else?'],
    [240, 'p', 'no'],
    [244, 'l', 'Take care, thanks for stopping by the chat!'],
  ], usual({ informed: 'fail' })),

  // 08 the source before the question
  s(KOFI, '08 a 2009 felony and a Duval County summons: CCRC chart given first, then "What state sent your summons, by the way?"', [
    [0, 'p', 'does a felony on your record mean you cant be on a jury? I got a summons and I have a felony from 2009'],
    [18, 'l', "Hello and thanks for reaching out! Kofi, librarian at Jacksonville Public Library, here."],
    [24, 'l', 'The rules differ by state. The Collateral Consequences Resource Center keeps a state-by-state chart of who can serve on a jury after a conviction: ccresourcecenter.org (Restoration of Rights Project).'],
    [30, 'l', 'What state sent your summons, by the way?'],
    [70, 'p', 'florida, duval county'],
    [77, 'l', "In Florida a convicted felon can't serve unless their civil rights have been restored; it's Florida Statute 40.013, at flsenate.gov/Laws/Statutes. If your rights haven't been restored, say so on the summons questionnaire and you'll be disqualified."],
    [83, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes it does. thats all, thank you'],
    [126, 'l', 'Good night, and thanks for using Ask a Librarian!'],
  ], usual({ clarify: 'fail' })),

  // 09 greets but names no one
  s(LEO, '09 summoned in Ohio while at school in Michigan (chat-speak): "hey! 👋" + "which county in ohio sent it?" under "leo_refdesk", fccourts.org', [
    [0, 'p', 'yo so i got a jury summons at my parents house in ohio but im at school in michigan rn. do i have to go home for it lol'],
    [14, 'l', 'hey! 👋'],
    [19, 'l', 'which county in ohio sent it?'],
    [50, 'p', 'franklin county'],
    [56, 'l', 'Franklin County lets full-time students who go to school out of the area ask to be excused or deferred; you fill in the request on the back of the summons or online at fccourts.org/jury (Juror Questionnaire). They may ask for proof of enrollment, like a class schedule.'],
    [62, 'l', 'that help?'],
    [90, 'p', 'yesss ty!! thats all'],
    [94, 'l', 'np, good luck w/ finals, bye!'],
  ], usual({ greeting: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end; the Jury Office by phone
  s(MAE, '10 full-time caregiver of a mother with dementia (follow-up by me): Jury Office by phone, e-mail read back, "by tomorrow afternoon", done at exactly 72 h', [
    [0, 'p', "I take care of my mom full time (she has dementia) and I've been summoned for jury duty in Anne Arundel County. Can I get out of it? I can't leave her"],
    [30, 'l', "Good afternoon, I'm Mae, a librarian with Anne Arundel County Public Library. I'm sorry you're dealing with this."],
    [36, 'l', 'Is there anyone else who could stay with her during the day, or are you her only caregiver?'],
    [90, 'p', 'just me. my brother lives in Texas'],
    [97, 'l', "Maryland courts can excuse a juror for undue hardship, and full-time care of a dependent is one of the usual reasons. The Circuit Court's Jury Office decides it: call them at 410-555-0134 and mention the date on your summons."],
    [103, 'l', "There's also a physician's statement form that helps. I'll find the exact form and e-mail it to you. What's the best e-mail for you?"],
    [150, 'p', 'thank you!! its c.okafor62@example.net'],
    [156, 'l', "Got it — c.okafor62@example.net. You'll have it by tomorrow afternoon."],
    [162, 'l', 'Does the Jury Office number help for now?'],
    [200, 'p', "yes, that's a big help. that's all for now"],
    [206, 'l', 'Take good care of yourself and your mom. Thanks for contacting us!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(211 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back, phone read back, no time, coded Answered
  s(NED, '11 Cook County juror pay and parking: "ask the Jury Administration office and call you back", phone read back, no time, coded Answered', [
    [0, 'p', 'does cook county pay jurors for parking or just the $17? also when do they send the check'],
    [24, 'l', "Hi! Ned with the Chicago Public Library's chat reference."],
    [30, 'l', 'Are you reporting to the Daley Center downtown or to a suburban courthouse?'],
    [66, 'p', 'daley center'],
    [72, 'l', "Cook County pays $17.20 a day; the Juror FAQ at cookcountycourt.org (Jury Duty > FAQ) says the check is mailed a few weeks after service. It doesn't mention parking, so I'm going to ask the Jury Administration office and call you back with what they say. What number should I use?"],
    [120, 'p', '773-555-0172'],
    [126, 'l', 'Thanks, 773-555-0172. Does the FAQ help in the meantime?'],
    [160, 'p', 'ya thanks'],
    [166, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 partly Spanish; follow-up by the patron's library with no contact anywhere, done after 80 h
  s(OFELIA, '12 esposo estudiante y turno de noche, Montgomery County MD (partly Spanish, follow-up by patron\'s library): no contact anywhere, done after 80 h', [
    [0, 'p', 'hi, mi esposo got a jury summons pero he is a student at community college and works nights. can he be excused? Montgomery County MD'],
    [27, 'l', 'Hola, thanks for writing! This is Ofelia, a bilingual librarian at Ask Us Now. Puedo ayudar en español o inglés.'],
    [33, 'l', '¿Es una citación del Circuit Court del condado de Montgomery, o de la corte federal?'],
    [80, 'p', 'circuit court, the paper says montgomery county circuit court'],
    [86, 'l', 'Maryland no excusa automáticamente a los estudiantes, pero se puede pedir un aplazamiento (postponement) por estudios o trabajo. The Circuit Court jury page is montgomerycountymd.gov/cct/jury (en inglés). ¿Le sirve esto?'],
    [140, 'p', 'si, pero quiero saber si hay forma en español'],
    [146, 'l', "Buena pregunta. I'm not sure there's a Spanish form, so I'll pass this to the librarians at Montgomery County Public Libraries and they will get back to you about it."],
    [180, 'p', 'ok gracias'],
    [185, 'l', '¡De nada! Gracias por usar Ask Us Now.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me: e-mail typed by the patron, not read back, "by Thursday", never recorded at day 4
  s(PIA, '13 Hennepin certificate of jury service for an employer (follow-up by me): e-mail typed, not read back, "by Thursday", not recorded at day 4', [
    [0, 'p', 'my employer wants proof i served on jury last month. how do i get a letter? Hennepin county'],
    [22, 'l', 'Hello, Pia at Hennepin County Library here — glad to help.'],
    [28, 'l', 'Did you serve the full week, or were you dismissed early? The certificate looks different.'],
    [70, 'p', 'full week, march 2-6'],
    [76, 'l', "Jurors can print a Certificate of Jury Service from the eJuror portal at mncourts.gov/jury (Hennepin > eJuror > Print Attendance). If the portal won't let you in, I can ask our government documents staff to find the paper request form and send it to you. Would that help?"],
    [120, 'p', 'yes please, my email is mo.abdi.work@example.com'],
    [126, 'l', "I'll have it to you by Thursday."],
    [132, 'l', 'Does the eJuror link help in the meantime?'],
    [170, 'p', 'yes it does, thanks'],
    [176, 'l', 'Anything else today?'],
    [195, 'p', 'nope'],
    [199, 'l', 'Thanks for using the chat, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 14 follow-up by me: the e-mail only in patron.email
  s(QUINCY, '14 federal juror mileage in Fresno (follow-up by me): "send it to the e-mail address you signed in with by Wednesday", e-mail only in patron.email', [
    [0, 'p', 'Question about mileage reimbursement for federal jurors. I drove 140 miles round trip each day to the courthouse in Fresno. What do they pay per mile?'],
    [30, 'l', "Good evening! I'm Quincy, a reference librarian at Fresno County Public Library."],
    [36, 'l', 'Which days did you serve, and was it the Eastern District of California courthouse on Tulare Street?'],
    [90, 'p', 'yes tulare st, jan 12-16'],
    [96, 'l', "Federal jurors get $50 a day plus mileage at the government rate; the Eastern District's juror pay page is caed.uscourts.gov/jury (Juror Pay & Expenses). I'll look up the exact January mileage rate and send it to the e-mail address you signed in with by Wednesday."],
    [102, 'l', 'Does that help so far?'],
    [140, 'p', 'yes thank u'],
    [146, 'l', 'Anything else?'],
    [160, 'p', 'no thats it'],
    [164, 'l', 'Thanks for chatting, good night!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'r.vang@example.org', phone: null } }),

  // 15 final idle exactly 180 s: check-in and a notice that invites back
  s(RAJ, '15 Philadelphia postponement for surgery: answer at 56, "Are you still there?" at 176, "lost the connection … end the chat … come back anytime" at 236 (180 s)', [
    [0, 'p', 'I have surgery scheduled the week of my jury duty in Philadelphia. how do I reschedule?'],
    [20, 'l', "Hi, Raj with the Free Library of Philadelphia's Ask a Librarian service."],
    [26, 'l', 'Is your summons for the Court of Common Pleas or for federal court?'],
    [50, 'p', 'common pleas'],
    [56, 'l', "Philadelphia jurors can ask for a new date online at courts.phila.gov/jury (Postpone My Service) or by calling the Jury Commission at 215-555-0118. A first medical postponement doesn't need a doctor's note. Does that help?"],
    [176, 'l', 'Are you still there?'],
    [236, 'l', "Seems we've lost the connection on your end, so I'm going to end the chat. You're welcome to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 16 final idle 179 s; code ""
  s(SAGE, '16 a laptop in the Denver jury assembly room: answer at 52, "Still with me?" at 172, goodbye at 231 (179 s), code ""', [
    [0, 'p', 'can i bring my laptop into the jury assembly room? denver'],
    [16, 'l', 'Hello! Sage from Denver Public Library here, happy to help.'],
    [22, 'l', 'Is this for Denver County Court or the District Court downtown?'],
    [45, 'p', 'district court, the lindsey-flanigan building i think'],
    [52, 'l', "Denver's Jury Commissioner allows laptops and phones in the jury assembly room, and there's free Wi-Fi; you just can't use them once you're in a courtroom. It's on the juror FAQ at denvercourts.org/jury. Does that answer it?"],
    [172, 'l', 'Still with me?'],
    [231, 'l', 'Thanks for chatting, have a good day at court!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 17 Spanish; final idle 119 s
  s(TOMAS, '17 "Juror Summons" de Harris County explicado (Spanish): "soy Tomás, bibliotecario", ciudadanía, jury.hcdistrictclerk.com, despedida 119 s después', [
    [0, 'p', 'Buenas noches. Recibí una carta que dice "Juror Summons" del condado de Harris. ¿Qué es y qué tengo que hacer?'],
    [25, 'l', 'Buenas noches, soy Tomás, bibliotecario de la Biblioteca Pública de Houston. ¡Bienvenido!'],
    [31, 'l', '¿Usted es ciudadano estadounidense? Solo los ciudadanos pueden servir como jurado.'],
    [75, 'p', 'si soy ciudadano desde 2019'],
    [81, 'l', 'Entonces la carta es una citación para servir como jurado y hay que responderla. Puede contestar en línea o pedir otra fecha en jury.hcdistrictclerk.com, que tiene versión en español. ¿Le ayuda esta información?'],
    [200, 'l', 'Gracias por comunicarse con nosotros. ¡Buenas noches!'],
  ], usual({ anything: 'fail' })),

  // 18 chat-speak; final idle 144 s ending on a check-in
  s(VAL, '18 what to wear to jury duty in Orange County (emoji): "hi!! Val here", occourts.org, last line "u still there? 👀" (144 s)', [
    [0, 'p', 'wat do i wear to jury duty 😅 is jeans ok?? its in orange county ca'],
    [12, 'l', 'hi!! Val here, librarian at OC Public Libraries 😊'],
    [17, 'l', 'is it the central justice center in santa ana?'],
    [40, 'p', 'ya'],
    [46, 'l', 'jeans are fine! OC Superior Court just asks for business casual-ish, no shorts, tank tops or flip-flops. its on their juror page: occourts.org/jury (What to Wear). did that help?'],
    [185, 'l', 'u still there? 👀'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 19 a notice with no check-in, final idle 215 s
  s(WREN, '19 New York employers paying jurors: answer at 50 with no "does that help", "It seems you\'ve disconnected, so I\'m ending the chat now." at 260', [
    [0, 'p', 'does my job have to pay me while im on jury duty in new york?'],
    [18, 'l', 'Hello, Wren at the Brooklyn Public Library Ask a Librarian service.'],
    [24, 'l', 'Does your employer have more than 10 employees?'],
    [45, 'p', 'yeah like 200'],
    [50, 'l', 'Then under NY Judiciary Law 519 they have to pay at least $40 a day for your first three days of service; after that the court pays you $40 a day. The NY Courts juror site spells it out: nyjuror.gov (Juror Pay).'],
    [260, 'l', "It seems you've disconnected, so I'm ending the chat now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 "too many questions"
  s(XAVI, '20 Broward employer letter, then parking, pay and a kid: "That\'s too many questions for one chat — we do one question per session. Goodbye."', [
    [0, 'p', 'hi i need a letter for my job saying i have jury duty next week. broward county'],
    [20, 'l', 'Hi! Xavi, librarian at Broward County Library, here.'],
    [26, 'l', 'Do you need proof of the summons (before you serve) or proof of attendance (after)?'],
    [60, 'p', 'before, my manager wants it now'],
    [66, 'l', 'Your summons itself is the proof most employers accept, but you can also print a Juror Notice letter at browardclerk.org/Jury (eJuror > Print Documents). Does that help?'],
    [100, 'p', 'yes. also where do i park, and how much do they pay, and can i bring my kid'],
    [108, 'l', "That's too many questions for one chat — we do one question per session. Goodbye."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, invited back; no source; HR and a lawyer with no contact
  s(YARA, '21 a Georgia boss threatening to fire a juror: no source, "Talk to your HR department", "a few other people waiting … chat back in later"', [
    [0, 'p', "my boss says i'll get fired if i go to jury duty. can he do that?? I'm in georgia"],
    [30, 'l', 'Hello and thanks for writing in! My name is Yara, a librarian at Atlanta-Fulton Public Library.'],
    [36, 'l', 'Has your employer put that in writing, or was it said out loud?'],
    [80, 'p', 'just said it. he said its busy season'],
    [86, 'l', "In Georgia it's illegal to fire or penalize an employee for answering a jury summons, busy season or not. Talk to your HR department and show them the summons; if they still threaten you, that's worth raising with a lawyer."],
    [120, 'p', 'ok. and also can i get out of it if its busy season? and do they pay for lunch?'],
    [127, 'l', "There are a few other people waiting for help right now, so I'll stop here — but please chat back in later for those two and someone will pick them up. Thanks for your patience!"],
    [150, 'p', 'ok'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(ZED, '22 a Baltimore federal grand jury over 18 months: transfer notice + internal note why, Anika answers 74 s after the notice, mdd.uscourts.gov', [
    [0, 'p', 'i got picked for a federal grand jury in baltimore. its 18 months?? how often do i actually have to go in'],
    [22, 'l', "Hi, I'm Zed, a librarian at Ask Us Now!"],
    [28, 'l', 'Do you know which day of the week your panel is assigned?'],
    [70, 'p', 'they said tuesdays'],
    [76, 'l', "Our law librarian Anika knows the federal courts best, so I'm transferring you to her now — please hold on a moment."],
    [79, 'i', 'Anika, patron seated on a federal grand jury in Baltimore, asking how often they meet over 18 months. Can you take it?'],
    xfer(82, 'Anika', 'anika-j'),
    [150, 'l', "Hi, Anika here, law librarian at the Maryland State Law Library. A federal grand jury usually sits one day a week (for you, Tuesdays) for its term, which can run up to 18 months; you're told of any extra days ahead of time. The District of Maryland's grand juror page is mdd.uscourts.gov/grand-jury-service.", as(ANIKA)],
    [156, 'l', 'Does that answer your question?', as(ANIKA)],
    [200, 'p', 'yes, that helps a lot. thats all'],
    [205, 'l', 'Thanks for chatting with us, good luck!', as(ANIKA)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer
  s(BRYN, '23 an expunged record on the NJ juror questionnaire: internal note only, silent transfer, Cal 100 s after the patron, njcourts.gov', [
    [0, 'p', 'the jury questionnaire online asks about my criminal record, but it was expunged. do i have to list it? NJ'],
    [25, 'l', 'Hello! This is Bryn, a librarian at Newark Public Library.'],
    [31, 'l', 'Was the expungement granted by a court order, and do you have a copy?'],
    [70, 'p', 'yes i have the order from 2018'],
    [75, 'i', 'Cal, expunged record + NJ juror qualification questionnaire — legal info q, can you take over?'],
    xfer(78, 'Cal', 'cal-j'),
    [170, 'l', "Hi there, Cal here, also at Newark Public Library. In New Jersey an expunged record is treated as if the arrest or conviction never happened, with a few exceptions (N.J.S.A. 2C:52-27); the Judiciary's juror FAQ on qualifications is at njcourts.gov/jurors.", as(CAL)],
    [176, 'l', 'Is that what you were looking for?', as(CAL)],
    [230, 'p', 'yes thank you so much'],
    [236, 'l', 'Anything else I can help with?', as(CAL)],
    [250, 'p', 'no thats it'],
    [254, 'l', 'Take care, and thanks for using the chat!', as(CAL)],
  ], usual({ transfer: 'fail' })),

  // 24 an announced transfer with no internal note
  s(DEV, '24 a Sacramento summons after moving to Portland: "sending you over to my colleague Ella … just a sec", no internal note, Ella 110 s later', [
    [0, 'p', 'I moved from Sacramento to Portland last month and just got a Sacramento jury summons. do I still have to go?'],
    [20, 'l', "Hey, thanks for reaching out! Dev here, with Multnomah County Library's Ask a Librarian team."],
    [26, 'l', "Have you changed your address on your California driver's license or voter registration yet?"],
    [60, 'p', 'not yet'],
    [66, 'l', "I'm sending you over to my colleague Ella on the L2Go cooperative, who knows the California courts — just a sec."],
    xfer(70, 'Ella', 'ella-j'),
    [176, 'l', "Hi, Ella here, reference librarian. If you no longer live in Sacramento County you aren't eligible to serve there; tell the court on the summons or online at saccourt.ca.gov/jury (Juror Response > Disqualification: no longer a resident).", as(ELLA)],
    [182, 'l', 'Does that help?', as(ELLA)],
    [220, 'p', 'yes! thanks, thats all I needed'],
    [226, 'l', 'Glad to hear it — bye for now!', as(ELLA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 four at once
  s(FAY, '25 a breastfeeding mother in DuPage County: 705 ILCS 305/10.3, three other chats open at once over this one (four)', [
    [0, 'p', "I'm breastfeeding my 4 month old, do I have to serve on jury duty? Illinois, DuPage county"],
    [32, 'l', 'Hi, Fay from Naperville Public Library here. Congratulations on the baby!'],
    [38, 'l', 'Would you rather be excused entirely, or just postponed until later?'],
    [80, 'p', 'excused if possible'],
    [86, 'l', "Illinois lets a mother who is breastfeeding be excused from jury service if she asks; it's 705 ILCS 305/10.3, on ilga.gov. The DuPage County juror page, dupagecourts.gov/jury, says how to send the request."],
    [92, 'l', 'Is that helpful?'],
    [130, 'p', 'very! thats all i needed'],
    [136, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'fay-j', -200, 300), other('f2', 'fay-j', 20, 400), other('f3', 'fay-j', 100, 250)],
  }),

  // 26 three at most, touching ends; an offer instead of the completeness question
  s(GIO, '26 a one-person bakery and Massachusetts hardship: "Would you like me to pull up the exact form for you?", touching chats (three at most)', [
    [0, 'p', "I'm self employed (I run a one-person bakery). Is there any way to get out of jury duty in Massachusetts? Losing a day = losing money"],
    [24, 'l', "Good morning! You're chatting with Gio, a librarian at Worcester Public Library."],
    [30, 'l', 'Does your summons say "one day or one trial"?'],
    [70, 'p', 'says one day or one trial'],
    [76, 'l', "Then most people serve a single day. You can postpone once, up to a year, and if serving would be an extreme financial hardship you can ask to be excused on the juror website: mass.gov/jury (Postpone or Request a Hardship Excuse). The form asks you to explain the lost income."],
    [82, 'l', 'Would you like me to pull up the exact form for you?'],
    [120, 'p', 'no thats ok, thats everything, thanks'],
    [125, 'l', "You're very welcome — bye, and good luck with the bakery!"],
  ], usual({ complete: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gio-j', -300, 0), other('g2', 'gio-j', -60, 200), other('g3', 'gio-j', 50, 400), other('g4', 'gio-j', 130, 600)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (jury macro test): coded Practice, every check na', [
    [0, 'p', 'test - jury summons canned response check'],
    [6, 'l', 'Hello, testing the jury duty macro: mdcourts.gov/juryservice'],
    [12, 'p', 'looks good'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 a true Lost Call ending on a notice without thanks
  s(HUGO, '28 does jury group 412 report tomorrow (Lost Call): greeting only, "Hello? Are you still there?" at 140, closing notice with no thanks at 330', [
    [0, 'p', 'how do i know if my jury group has to report tomorrow? group 412'],
    [25, 'l', 'Hi there! This is Hugo, a librarian at Pima County Public Library.'],
    [140, 'l', 'Hello? Are you still there?'],
    [330, 'l', "I haven't heard back, so it looks like you've been disconnected. I'm closing this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no provider ever joined (Spanish)
  s(NOBODY, '29 citación para el lunes y nadie que cuide a los niños (Spanish): no provider ever joined, "hola??", patron left, code null', [
    [0, 'p', 'hola, alguien? tengo una citación de jurado para el lunes y no tengo quien cuide a mis hijos'],
    busy(2),
    [150, 'p', 'hola??'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 30 Lost Call after four patron lines
  s(IDA, '30 over-70 exemption in Bexar County: coded Lost Call after four patron lines, "yes" / "thanks"', [
    [0, 'p', 'is jury duty mandatory if im 72? texas'],
    [20, 'l', "Hello! Ida at San Antonio Public Library's Ask a Librarian here."],
    [26, 'l', 'Do you want a permanent exemption, or just to skip this one summons?'],
    [60, 'p', 'permanent if i can'],
    [66, 'l', 'In Texas anyone over 70 can claim an exemption, and you can ask for it to be permanent. You claim it on the summons or online at bexar.org/jury (Exemptions). Does that help?'],
    [100, 'p', 'yes'],
    [104, 'p', 'thanks'],
    [108, 'l', 'Thank you for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundJury.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: jury duty and court service, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundJury.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundJury.filter((c) => c.name in LEFT_WHY));
});
