/**
 * Fifty-fourth round, theme RECOVERY AFTER A FLOOD OR FIRE, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats in the weeks after a flood, a hurricane or a house / apartment fire:
 * FEMA (applying, the registration number, the home inspection, rental assistance for a hotel, a denial and its appeal,
 * in Spanish), replacing lost documents (a birth certificate in Spanish, a Social Security card, a 1958 deed, a car
 * title, soaked passports, a green card, an elevation certificate), insurance claims (a home inventory, porch photos for
 * the adjuster, NFIP basement cover, renters' "loss of use", a claim stalled three months, 1980s flood maps for a zone
 * dispute, 1993 newspaper stories of an earlier flood), mold and clean-up (drywall, coughing children, licensed
 * remediators, wet carpet, clean-up kits at a branch), temporary housing (a family sleeping in the car, money for
 * furniture), SBA disaster loans. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/fiftyFourthRoundRecovery-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line, a patron "please" in the queue and a 98 s pickup (04); `pickedUpAt` at 50 s with the first line
 *   at 80 s (21); "Hi!" + "This is Priya, a librarian at …" split over two lines (14); "Hi there! How can I help?" + a
 *   question under the screen name "Reference Desk" (names no one: fail, 03); Spanish "¡Hola! Soy Lucía, bibliotecaria del
 *   chat de …" (02); curt "hi this is otis @ library" under the screen name "otis_k" (30: a name in the text, pass);
 *  inquiry: parish / state / town / address / branch / policy type / damaged vs lost / owner vs renter; a question asked
 *   only after the first source (06: fail); a question in the greeting's own message (18); "what state" in a session that
 *   never gives a source (30: any question counts);
 *  waits: a hold then 84 s (01); "ok let me look" then 157 s with a patron "k" inside it (05: fail); holds at 91/190/290
 *   with one a partial result that says the search goes on (23: pass); two internal lines while the patron waits 140 s
 *   (25: fail); an internal line inside an 89 s hold (08); a transfer announced as a hold, the receiver 57 s later (16);
 *   a silent transfer, the receiver 80 s after the patron (17: pass); "Sure, take your time." and the patron back 294 s
 *   later (24: waiting on the patron, pass);
 *  endings: a greeting-only Lost Call with a check-in at 160 and a notice that invites back at 345 (12); a check-in at 240
 *   and nothing until 390 (20: idle pass, notice fails, courteous fails); a check-in inside a 164 s final idle (21:
 *   disconnect na); "It looks like you've disconnected, so I'm closing this chat. Thanks for contacting us" with no
 *   "still there?" (22: idle fails, notice passes, courteous passes); the patron's "thats everything" as the last line
 *   with no goodbye (28); "Stay safe, and come back anytime.", "Good luck, and thanks for chatting!", "ok bye",
 *   "¡Gracias por comunicarse con nosotros! Cuídese.", "Thanks for chatting, talk Monday!"; "That's too many questions
 *   for one chat, sorry. I have to end this now." (18: dismissal, courteous fails); "several other patrons waiting …
 *   please chat back in later or call our reference desk at 555-…" (19: allowed); patron-side "thats all i needed",
 *   "eso es todo", "es todo", "that's everything", "that is all", "no thats all", and "ok" / "yes thx" that do not count;
 *  sources: FEMA, SSA, USCIS, State Dept, DBPR, SBA, TDI, EPA, CDC, MedlinePlus, III, United Policyholders URLs; Google
 *   Street View steps; the Map Service Center path; the library's newspaper database path; none at all ("apply w/ FEMA …
 *   try red cross or a local church": source fails, 30);
 *  referrals: the FEMA Helpline by phone (01, 17 in Spanish, 24); SSA office with ssa.gov/locator (06); the Red Cross with
 *   no contact next to 211 (04: fail); the library's reference desk and circulation desk by phone (19, 25); the county tag
 *   office with no contact (13, LEFT); the insurer's claims supervisor with no contact next to TDI by phone and URL (29,
 *   LEFT); FEMA / Red Cross / a local church with no contact (30, LEFT); staff consulted on the patron's behalf (the town
 *   Building Department in 08, the Millbrook staff in 09, the local history room in 07) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (07: pass); FU_ME with the e-mail read
 *   back but "I'll get back to you when I hear from them" (no time), not done by day 5 (08: contact and on_time fail);
 *   FU_LIB by phone read back, "within 72 hours", done after 80 h (09: late); a promise to e-mail "by tomorrow" coded
 *   Answered (10: code fails, on_time pending); FU_ME with a promise "by Monday — just chat back in" and no contact known
 *   at all (11: code and contact fail, on_time pending);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); null (27); Practice (26);
 *  transfers: a visible notice (a hold) and an internal note that says why (16: pass); an internal note only, the patron
 *   writing in Spanish (17: fail);
 *  concurrency: four at once from 60 s (14: fail); others ending exactly at the start and starting exactly at the end,
 *   three at most (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Las copias certificadas se piden en línea en el sitio de Estadísticas Vitales de Texas: dshs.texas.gov/…" points to a
 *   web page for the patron to use: a source, not a referral (02: na); so are "apply online at disasterassistance.gov"
 *   and "file it online there" (uscis.gov/i-90, 27);
 * - "you file it at your county tag office" tells the patron to go to (or write to) an office outside the chat to get the
 *   title: a referral, here with no contact (13); "ask your insurance company's claims supervisor in writing" tells the
 *   patron to ask a person at another organisation: a referral, whose missing contact fails the check although the other
 *   party (TDI) has a phone and URL ("every party", 29); "apply w/ FEMA … try red cross or a local church" is a referral
 *   to three parties, none reachable (30);
 * - "ask at the circulation desk (555-212-0400)" and "call our reference desk at 555-431-2200" refer to the library's own
 *   departments, with a phone (25, 19);
 * - "I've sent a note to our town Building Department", "I'll pass your request to the Millbrook staff" are staff consulted
 *   on the patron's behalf: no referral (08, 09);
 * - "I'll get back to you when I hear from them" says no when (08: contact fails); "by Monday — just chat back in then" is
 *   a promise to find more later (11: a follow-up session) with no patron contact anywhere (code and contact fail);
 * - "Does Street View get you what you need for now?", "Do the slides help in the meantime?", "Did the FEMA page help?",
 *   "¿Le sirve esta información?", "¿Esto responde a su pregunta?", "Does that do it?" ask whether what was given meets
 *   the need;
 * - "You're welcome — take care!", "Stay safe, and come back anytime.", "ok bye", "¡Gracias por comunicarse con nosotros!
 *   Cuídese." are goodbyes; "That's too many questions for one chat, sorry. I have to end this now." is not, and it is a
 *   dismissal (a limit of questions, no way back);
 * - "es todo" / "eso es todo" say the patron is done; "ok", "yes thx", "a little, ok thank you" do not;
 * - "I've found two articles so far that mention Front Street; still searching for photos." is a hold (a partial result
 *   that says the search goes on);
 * - a Lost Call whose provider lines are a greeting, a check-in and a goodbye notice has no substantive exchange; its final
 *   idle runs from the greeting (the first non-hold provider line after the patron's only one) to the goodbye (310 s);
 * - with `pickedUpAt` at 50 s the pickup is 50 s although the first visible provider line is at 80 s (21).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 10: "Does Street View get you what you need for now?" not read as the completeness
 *    question (fail; RUBRIC pass);
 *  - referral.contact, case 13: "you file it at your county tag office" read as no referral (na; RUBRIC fail: an office to
 *    visit or write to, no contact);
 *  - referral.contact, case 29: "ask your insurance company's claims supervisor in writing" not counted as a party, so TDI's
 *    phone passes the check (pass; RUBRIC fail: every party needs a way to reach them);
 *  - referral.contact, case 30: "apply w/ FEMA … try red cross or a local church" read as no referral (na; RUBRIC fail).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial-result hold, internal
 * lines and two transfers, "take your time", idle and disconnect spans of 164, 224, 304 and 310 s, concurrency at touching
 * ends, on_time done / late / pending / not done by day 5) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed in the chat, a patron phone read back).
 *
 * ON v51 (block Q, written from this file): case 10's "Does Street View get you what you need for now?" (Q2), case 13's "you
 *   file it at your county tag office" (Q3) and case 30's "apply w/ FEMA …, otherwise try red cross or a local church" (Q4) read
 *   as labelled and run: 29 running, 1 LEFT (case 29, every party).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'CPL-LA' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'RCPL' };
const REFDESK: Prov = { id: 'refdesk', name: 'Reference Desk', library: 'HVL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'HCL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'DPL' };
const TERESA: Prov = { id: 'teresa', name: 'Teresa', library: 'ELL' };
const ELSA: Prov = { id: 'elsa', name: 'Elsa', library: 'GCL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'BML' };
const KIT: Prov = { id: 'kit', name: 'Kit (statewide)', library: 'STATE' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'SPL' };
const SAUL: Prov = { id: 'saul', name: 'Saul', library: 'RWL' };
const GINA: Prov = { id: 'gina', name: 'Gina', library: 'PCL' };
const HANK: Prov = { id: 'hank', name: 'Hank', library: 'FUL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'SBL' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'LVL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'CCL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis Grant', library: 'CCL' };
const ABEL: Prov = { id: 'abel', name: 'Abel', library: 'BSL' };
const INES: Prov = { id: 'ines', name: 'Inés', library: 'BSL' };
const BRENT: Prov = { id: 'brent', name: 'Brent', library: 'WXL' };
const MAEVE: Prov = { id: 'maeve', name: 'Maeve', library: 'EBL' };
const CLEO: Prov = { id: 'cleo', name: 'Cleo', library: 'MHL' };
const DORA: Prov = { id: 'dora', name: 'Dora', library: 'TCL' };
const FINN: Prov = { id: 'finn', name: 'Finn', library: 'NPL' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'QPL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'ORL' };
const KARL: Prov = { id: 'karl', name: 'Karl', library: 'WFL' };
const TRAINEE: Prov = { id: 'trainee-r', name: 'Training Login', library: 'TRN' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'PCL-FL' };
const MOSES: Prov = { id: 'moses', name: 'Moses', library: 'GHL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'BCL' };
const OTIS: Prov = { id: 'otis', name: 'otis_k', library: 'MVL' };

const s = session;

export const fiftyFourthRoundRecovery: SessionCase[] = [
  s(ROSALIND, '01 FEMA application after a flood: parish asked, hold, disasterassistance.gov + FEMA Helpline phone, "thats all i needed"', [
    [0, 'p', 'hi our house flooded last week how do i apply for FEMA help'],
    [25, 'l', "Hello, this is Rosalind, a librarian with Ask Us at Cedar Parish Library. I'm so sorry about your house."],
    [31, 'l', 'Which parish or county is the house in? Only declared areas can apply.'],
    [80, 'p', 'st tammany'],
    [86, 'l', 'Let me check the declaration list, one moment.'],
    [170, 'l', 'St. Tammany is in the declared area. You can apply online at disasterassistance.gov, or call the FEMA Helpline at 800-621-3362 (7 am to 11 pm). Have your Social Security number, insurance info and bank details for direct deposit ready.'],
    [176, 'l', 'Does that completely answer your question?'],
    [230, 'p', 'yes thats all i needed, thank you'],
    [236, 'l', 'Take care, and thanks for contacting Ask Us.'],
  ], usual({ referral: 'pass' })),

  s(LUCIA, '02 birth certificate burned (Spanish): state asked, Texas Vital Statistics web page, "¿Le sirve…?", "eso es todo"', [
    [0, 'p', 'hola, se me quemó la casa y perdí el acta de nacimiento de mi hijo, cómo saco otra?'],
    [40, 'l', '¡Hola! Soy Lucía, bibliotecaria del chat de la Biblioteca Pública de Río Claro. Siento mucho lo de su casa.'],
    [47, 'l', '¿En qué estado nació su hijo?'],
    [100, 'p', 'en texas, en houston'],
    [106, 'l', 'Las copias certificadas se piden en línea en el sitio de Estadísticas Vitales de Texas: dshs.texas.gov/vs/reqproc. Allí explica qué identificación necesita y el costo ($23 por copia).'],
    [112, 'l', '¿Le sirve esta información?'],
    [170, 'p', 'si gracias, eso es todo'],
    [176, 'l', '¡Con gusto! Gracias por escribirnos y mucho ánimo.'],
  ], usual()),

  s(REFDESK, '03 mold on drywall: "Hi there! How can I help?" under the screen name "Reference Desk" (names no one), EPA mold guide', [
    [0, 'p', 'how do i get mold off drywall after the basement flooded? is bleach ok'],
    [20, 'l', 'Hi there! How can I help?'],
    [26, 'l', 'Is the drywall still wet, and how big is the moldy area roughly?'],
    [70, 'p', 'dry now. maybe 4 ft by 3 ft'],
    [77, 'l', 'The EPA\'s guide "A Brief Guide to Mold, Moisture and Your Home" (epa.gov/mold) says small areas you can usually clean yourself, but drywall that was soaked usually has to be cut out and replaced, not bleached. The guide lists the protective gear to wear.'],
    [83, 'l', 'Did that help?'],
    [130, 'p', 'ya thx'],
    [135, 'l', 'Anything else?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Ok, take care, bye!'],
  ], usual({ greeting: 'fail' })),

  s(BEA, '04 apartment fire, family in a car: queue, "please", pickup at 98 s, county shelter page + 211, "get in touch with the Red Cross" (no contact)', [
    [0, 'p', 'We lost our apartment in a fire last night. Where can we stay? We have 2 kids'],
    queue(3),
    [50, 'p', 'please'],
    [98, 'l', "Hi, I'm Bea, a librarian at Harmon County Library. I'm so sorry — let's find you somewhere tonight."],
    [104, 'l', 'Are you still in Harmon County, and do you have a place for tonight already?'],
    [140, 'p', 'yes harmon. staying in car rn'],
    [146, 'l', 'One moment.'],
    [220, 'l', "Please get in touch with the Red Cross, they help families right after home fires with emergency lodging. The county's emergency housing page harmoncounty.gov/emergency-housing lists the family shelter and its intake hours, and you can dial 211 any time to ask for the nearest open bed."],
    [226, 'l', 'Is that what you needed?'],
    [270, 'p', 'ok. thank you'],
    [276, 'l', 'Anything else I can help with?'],
    [300, 'p', 'no'],
    [305, 'l', 'Stay safe, and come back anytime.'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  s(MARCUS, '05 home inventory for the insurer: "ok let me look", patron "k" inside the wait, answer 157 s after the hold', [
    [0, 'p', 'insurance wants a list of everything we lost in the flood w/ values. any help w that?'],
    [18, 'l', 'Hi, Marcus at Ask a Librarian, Dunmore Public Library.'],
    [24, 'l', 'Is it a homeowners policy or renters, and do you have any receipts or photos left?'],
    [70, 'p', 'homeowners. some pics on my phone'],
    [75, 'l', 'ok let me look'],
    [95, 'p', 'k'],
    [232, 'l', "Found a couple of good ones. The Insurance Information Institute has a free home inventory checklist at iii.org/resource-center/inventory (under Documenting your belongings), and United Policyholders' claim guide at uphelp.org/claim-guidance has tips on valuing things without receipts."],
    [238, 'l', 'Does that help?'],
    [290, 'p', "yes thats great. that's everything"],
    [296, 'l', 'Glad to help. Good luck with the claim, bye!'],
  ], usual({ informed: 'fail' })),

  s(TERESA, '06 Social Security card burned: SSA replace-card page and office locator at once, the question only after', [
    [0, 'p', 'my wallet & SS card burned in the house fire. how do I replace the card'],
    [30, 'l', "Good afternoon! I'm Teresa, a librarian at Eastlake Library."],
    [36, 'l', "You can ask for a replacement card online at ssa.gov/number-card/replace-card if you're a US citizen 18 or older with a driver's license or state ID. Otherwise fill in Form SS-5 and take it to your Social Security office (find it at ssa.gov/locator)."],
    [42, 'l', "Do you still have your driver's license, or was that lost too?"],
    [90, 'p', 'lost too'],
    [96, 'l', "Then the online request won't work for you; use the paper SS-5, which the SSA page above links to. Did that answer your question?"],
    [150, 'p', 'yes, thats all i needed'],
    [155, 'l', "You're welcome — thanks for chatting, and take care."],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  s(ELSA, '07 1958 deed lost in a flood (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Flood destroyed all our papers incl. the deed to the house. my parents bought it in 1958. Does the library have old deeds?'],
    [28, 'l', 'Hi, this is Elsa at Ask Us, Grafton County Library. Sorry about all the damage.'],
    [34, 'l', 'What town is the house in, and do you know the names on the deed?'],
    [100, 'p', 'Linwood, deed was to Harold and June Becker'],
    [106, 'l', "Checking what's online, one moment."],
    [190, 'l', "The Register of Deeds' online search at graftondeeds.gov only goes back to 1970, so the 1958 deed won't be there. Our local history room has the 1950s deed books on microfilm, though, and I can look up the Becker deed and scan it for you. What e-mail should I send it to?"],
    [240, 'p', 'jbecker55@example.com'],
    [246, 'l', "jbecker55@example.com — got it. I'll e-mail you the scan by Friday."],
    [252, 'l', 'Anything else I can help with today?'],
    [290, 'p', 'no thats it thank you so much'],
    [295, 'l', 'Thank you, and take care!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(OMAR, '08 elevation certificate (follow-up by me): note to the Building Dept, "I\'ll get back to you" with no time, not done by day 5', [
    [0, 'p', 'need an elevation certificate for my flood insurance claim, the old owner had one. where would that be'],
    [22, 'l', 'Hello! Omar here, librarian at Bellport Memorial Library.'],
    [28, 'l', 'Do you know roughly what year it was done, and the street address?'],
    [75, 'p', 'maybe 2009? 14 Shore Rd'],
    [81, 'l', 'Let me check a couple of things.'],
    [88, 'i', 'emailed Building Dept re: 2009 EC for 14 Shore Rd'],
    [170, 'l', "FEMA's page on elevation certificates (fema.gov/flood-insurance/find-form/underwriting/elevation-certificate) explains who keeps them. I've also sent a note to our town Building Department to see if they have the 2009 one on file, and I'll get back to you when I hear from them. What's your e-mail?"],
    [220, 'p', 'mike.r@example.com'],
    [226, 'l', 'Thanks, mike.r@example.com. Did the FEMA page help?'],
    [270, 'p', 'yes somewhat, thanks'],
    [276, 'l', 'Anything else today?'],
    [300, 'p', "nope that's all"],
    [305, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), FU_ME, { now: T0 + 5 * DAY }),

  s(KIT, '09 recovery-fair handout (follow-up by patron\'s library): phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'hi, the Millbrook library had a handout at the flood recovery fair w/ local grants for repairs. i lost mine, can i get another?'],
    [33, 'l', "Hello, I'm Kit with the statewide Ask Us chat service. I'm not at Millbrook, but I'll see what I can find."],
    [39, 'l', 'Do you remember who put the handout out — the county, or one of the nonprofits?'],
    [90, 'p', 'i think the county, it was a green sheet'],
    [96, 'l', 'One moment, checking their site.'],
    [180, 'l', "Millbrook's recovery page (millbrooklibrary.org/flood-recovery) has the fair's slides but not the handout. I'll pass your request to the Millbrook staff so they can send you a copy; they'll contact you within 72 hours. What's the best way to reach you?"],
    [230, 'p', 'call or text 410-555-0187'],
    [236, 'l', '410-555-0187, thanks. Millbrook will be in touch within 72 hours. Do the slides help in the meantime?'],
    [290, 'p', 'a little, ok thank you'],
    [296, 'l', 'Anything else I can do?'],
    [320, 'p', 'no'],
    [325, 'l', 'Thanks for contacting Ask Us. Take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(NELL, '10 porch photos for the adjuster: Street View steps, a promise to e-mail "by tomorrow", coded Answered (pending)', [
    [0, 'p', 'insurance adjuster wants proof of what our porch looked like before the storm. we lost all our photos. any ideas?'],
    [26, 'l', 'Hi! Nell here, reference librarian at Saylor Public Library.'],
    [32, 'l', "What's the address, and about when was the porch built or last redone?"],
    [90, 'p', '22 Birch St, porch redone around 2015'],
    [96, 'l', "Google Street View often has dated images: at google.com/maps, drop the little person icon on Birch St and use the clock icon at the top left to pick earlier years. The assessor's office also took property photos; I'll check our local copy of them and e-mail you what I find by tomorrow. What e-mail should I use?"],
    [150, 'p', 'lmoss@example.com'],
    [156, 'l', 'lmoss@example.com, perfect. Tomorrow by noon, then. Does Street View get you what you need for now?'],
    [210, 'p', 'yes i found 2019! that helps a lot. thats everything'],
    [216, 'l', 'Wonderful. Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  s(SAUL, '11 FEMA appeal (follow-up by me): sample letters promised "by Monday — just chat back in", no contact known', [
    [0, 'p', 'FEMA denied us, says insufficient damage. how do i appeal??'],
    [20, 'l', 'Hi, Saul with Ask Us at Ridgeway Library. Sorry to hear that.'],
    [27, 'l', 'Did the letter give any reason besides insufficient damage? And how long ago did you get it?'],
    [80, 'p', 'just that. got it 2 wks ago'],
    [86, 'l', "You have 60 days from the date on the letter to appeal. FEMA's appeals page (fema.gov/assistance/individual/program/appeals) explains what to send: a signed letter saying why you disagree, plus contractor estimates or photos."],
    [92, 'l', "I'll also look for sample appeal letters from legal aid groups and have them for you by Monday — just chat back in then and ask for me."],
    [98, 'l', 'Does that help for now?'],
    [150, 'p', 'ok yes'],
    [156, 'l', 'Anything else?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Thanks for chatting, talk Monday!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  s(GINA, '12 wet carpet (Lost Call): greeting only, check-in at 160, notice that invites back at 345', [
    [0, 'p', 'what do i do about a wet basement carpet, throw it out?'],
    [35, 'l', "Hello! I'm Gina, a librarian at Pike County Library."],
    [160, 'l', 'Are you still there?'],
    [345, 'l', "It seems you've disconnected, so I'll end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(HANK, '13 car title ruined (Lost Call after 3 patron lines): Georgia DOR page, "file it at your county tag office" (no contact)', [
    [0, 'p', 'car title got ruined in the flood, how do i get a new one'],
    [20, 'l', 'Hello, Hank at Ask a Librarian, Fulton Library.'],
    [26, 'l', 'Which state is the car titled in?'],
    [60, 'p', 'georgia'],
    [66, 'l', "Georgia's Department of Revenue has the replacement title form and steps at dor.georgia.gov/replace-lost-title; you file it at your county tag office."],
    [120, 'p', 'ok thx'],
    left(122),
    [130, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(PRIYA, '14 licensed mold remediators (Florida): "Hi!" + name split, myfloridalicense.com, four chats open at once', [
    [0, 'p', 'how do i check if a mold removal company is licensed? in florida'],
    [25, 'l', 'Hi!'],
    [29, 'l', "This is Priya, a librarian at Seminole Bay Library. Is it mold remediation specifically, or general contractor work too?"],
    [70, 'p', 'mold only'],
    [76, 'l', 'Florida licenses mold remediators through the DBPR. Search the company or person\'s name at myfloridalicense.com (choose "Mold-Related Services" as the board).'],
    [82, 'l', 'Does that do it?'],
    [120, 'p', 'yes thank u'],
    [126, 'l', 'Anything else?'],
    [150, 'p', 'no thats all'],
    [155, 'l', 'Thanks for chatting with us, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('pr1', 'priya', -100, 300), other('pr2', 'priya', 20, 500), other('pr3', 'priya', 60, 200)],
  }),

  s(ZOE, '15 FEMA rental assistance for a hotel: others touch both ends, three at most at once', [
    [0, 'p', 'fema approved us for rental assistance. does that cover a hotel or only apartments'],
    [18, 'l', 'Good morning! This is Zoe at Ask Us, Lakeview Library.'],
    [24, 'l', 'Is your home unlivable right now, or are you still in it?'],
    [60, 'p', 'unlivable. we r at my sisters'],
    [66, 'l', "FEMA's temporary housing page (fema.gov/assistance/individual/housing) says Rental Assistance can pay for any rental, a hotel or short-term rental included, while your home is repaired; hotel stays FEMA pays directly are a separate program (Transitional Sheltering Assistance)."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', "yes perfect. that's all"],
    [115, 'l', 'Great, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zoe', -500, 0), other('z2', 'zoe', -50, 80), other('z3', 'zoe', 30, 400), other('z4', 'zoe', 120, 600)],
  }),

  s(RUTH, '16 1980s flood maps: transfer to Government Documents with a notice and a note, Hollis answers 57 s later', [
    [0, 'p', "insurance company says my house was always in a flood zone. I want the old flood maps from the 80s to prove it wasn't"],
    [22, 'l', "Hello, I'm Ruth at the Ask Us desk of Carver City Library."],
    [28, 'l', 'What is the address, roughly? The old flood maps are by community.'],
    [75, 'p', 'Carver City, near the river on Elm'],
    [83, 'l', "Our government documents librarian knows the old flood maps best, so I'm transferring you to him now. One moment please."],
    [87, 'i', 'Hollis, pt needs 1980s FIRMs for Carver City (Elm St) for an insurance dispute, can you take it?'],
    xfer(90, 'Hollis Grant', 'hollis'),
    [140, 'l', 'Hi, Hollis from Government Documents. FEMA\'s Map Service Center keeps historic flood maps: at msc.fema.gov, search the address, click "Search All Products" and open "Historic Flood Maps" for Carver City. The 1982 map for your area is there.', as(HOLLIS)],
    [146, 'l', 'Is that what you were looking for?', as(HOLLIS)],
    [200, 'p', "yes! found it. that's all I needed"],
    [206, 'l', 'Great — thanks for using Ask Us!', as(HOLLIS)],
  ], usual({ transfer: 'pass' })),

  s(ABEL, '17 FEMA application in Spanish: transfer with an internal note only, Inés answers in Spanish, FEMA Helpline phone', [
    [0, 'p', 'hola, necesito ayuda con la aplicación de FEMA, mi inglés no es muy bueno'],
    [30, 'l', 'Hi, this is Abel at Ask a Librarian, Brookside Library.'],
    [70, 'p', 'español por favor'],
    [76, 'i', "Ines, Spanish speaker needs help with the FEMA application, can you take it? I don't speak Spanish"],
    xfer(80, 'Inés', 'ines'),
    [150, 'l', '¡Hola! Soy Inés, bibliotecaria de Brookside. Con gusto le ayudo con la solicitud de FEMA. ¿Es la primera vez que solicita, o ya tiene un número de registro?', as(INES)],
    [200, 'p', 'primera vez'],
    [206, 'l', 'Puede solicitar en español en disasterassistance.gov/es o llamar a la línea de ayuda de FEMA al 800-621-3362 (oprima 2 para español). Tenga a mano su número de Seguro Social, los datos del seguro y los de su banco.', as(INES)],
    [212, 'l', '¿Esto responde a su pregunta?', as(INES)],
    [260, 'p', 'sí, gracias. es todo'],
    [266, 'l', '¡Gracias por comunicarse con nosotros! Cuídese.', as(INES)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  s(BRENT, '18 NFIP basement then a list: "That\'s too many questions for one chat, sorry. I have to end this now."', [
    [0, 'p', 'flood insurance (NFIP) — does it cover my basement freezer?'],
    [24, 'l', 'Hi, Brent at Ask Us, Wexford Library. Is this an NFIP policy through FEMA, or a private flood policy?'],
    [60, 'p', 'NFIP'],
    [66, 'l', "FloodSmart's page on basements (floodsmart.gov/basement-flood-insurance) lists what's covered: freezers and the food in them are covered, but most other contents in a basement aren't. Does that help?"],
    [110, 'p', 'ok and what about my car, and the fence, and can i get the deductible waived, and who pays for the hotel'],
    [118, 'l', "That's too many questions for one chat, sorry. I have to end this now."],
    [125, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(MAEVE, '19 mold and coughing kids: CDC and MedlinePlus, then "several other patrons waiting … chat back in later or call our reference desk"', [
    [0, 'p', 'is the mold in my flooded apartment making my kids sick? they keep coughing'],
    [28, 'l', "Hello, this is Maeve, a librarian at Eastbrook Library. I'm sorry — that sounds stressful."],
    [34, 'l', "I can't give medical advice, but I can find reliable health info. Is the mold visible, or is it more of a musty smell?"],
    [90, 'p', 'visible on the walls by the windows'],
    [96, 'l', "The CDC's mold page (cdc.gov/mold-health) explains how mold can affect breathing, especially in kids with asthma. MedlinePlus has more at medlineplus.gov/molds.html."],
    [102, 'l', 'Is that the kind of information you wanted?'],
    [160, 'p', "yes but also can my landlord make me pay, can i break the lease, who tests for mold, what about my renter's insurance"],
    [170, 'l', "Those are all good questions, and I have several other patrons waiting right now. For the landlord and lease questions, please chat back in later or call our reference desk at 555-431-2200 and we'll keep going."],
    [200, 'p', 'ok'],
    [206, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(CLEO, '20 soaked passports: travel.state.gov, "Are you still there?" at 240, session ends at 390 with no notice', [
    [0, 'p', 'our passports were in the flood. how do we replace them, we have a trip in june'],
    [30, 'l', "Hi, you've reached Cleo at Marsh Harbor Library's chat."],
    [36, 'l', 'Are the passports damaged (you still have them) or lost entirely?'],
    [80, 'p', 'damaged, soaked'],
    [86, 'l', "A damaged passport can't be renewed; you'll need Form DS-11. The State Department's page at travel.state.gov (Passports > Have a Passport > Lost, Stolen or Damaged) explains what counts as damaged and what to submit."],
    [92, 'l', 'Does that help?'],
    [240, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 150 }),

  s(DORA, '21 FEMA inspection: pickedUpAt 50 s with the first line at 80, check-in at 260, final idle 164 s', [
    [0, 'p', 'fema inspector coming thursday, what do they look at? what should i have ready'],
    [80, 'l', 'Hi! Dora here at Ask Us, Tillman County Library.'],
    [86, 'l', 'Is this for a home you own, or a rental?'],
    [120, 'p', 'own'],
    [126, 'l', "FEMA's home inspections page (fema.gov/assistance/individual/program/home-inspections) lists it: ID, proof of ownership and that you lived there, and the inspector looks at damage to the structure and essential items. Don't throw damaged things out before they come if you can. Does that answer your question?"],
    [260, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { pickedUpAt: at(50), endAfter: 30 }),

  s(FINN, '22 SBA disaster loan for a homeowner: answer at 96, notice + thanks at 320 with no "still there?"', [
    [0, 'p', 'is the SBA disaster loan only for businesses? i own a house'],
    [26, 'l', 'Hello, this is Finn, a librarian at Norwood Public Library.'],
    [32, 'l', 'Is the damage from a declared disaster — have you registered with FEMA already?'],
    [90, 'p', 'yes i registered last week'],
    [96, 'l', "No, SBA disaster loans are for homeowners and renters too: up to $500,000 for home repairs and $100,000 for belongings. You apply at lending.sba.gov, and sba.gov/funding-programs/disaster-assistance explains the rates."],
    [102, 'l', 'Does that help?'],
    [320, 'l', "It looks like you've disconnected, so I'm closing this chat. Thanks for contacting us, and good luck!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  s(IRIS, '23 1993 flood newspaper stories: holds at 91/190/290 (one a partial result), answer at 370', [
    [0, 'p', 'the seller never told us the house flooded before. I want to find proof it flooded in 1993, like newspaper stories'],
    [24, 'l', "Hi, I'm Iris, a reference librarian at Quincy Public Library."],
    [30, 'l', "What's the street, and was it the big river flood in July 1993?"],
    [85, 'p', 'Front St, yes July 93'],
    [91, 'l', 'Let me search our newspaper archive, bear with me.'],
    [190, 'l', "I've found two articles so far that mention Front Street; still searching for photos."],
    [290, 'l', 'Still looking, almost there.'],
    [370, 'l', 'Here\'s what I have: in our Newspaper Archive database (quincylibrary.org > Research > Newspaper Archive, log in with your card), search "Front Street" for July 1993. The July 12 and July 16 articles name the 400 block, and the July 19 issue has an aerial photo of it under water.'],
    [376, 'l', 'Does that completely answer your question?'],
    [430, 'p', "yes!! that's exactly what I needed, that's all"],
    [436, 'l', 'Glad to help. Thanks for chatting, and good luck!'],
  ], usual()),

  s(JUNE, '24 FEMA registration number: "Sure, take your time." then the patron away 294 s, Helpline phone', [
    [0, 'p', 'I need my FEMA registration number for the SBA app and cant find it'],
    [30, 'l', 'Hello! This is June, librarian at Oakridge Library.'],
    [36, 'l', 'Did you register online or by phone? If online, can you still get into the email you used?'],
    [80, 'p', 'online, let me check my email, 1 sec'],
    [86, 'l', 'Sure, take your time.'],
    [380, 'p', "can't find it anywhere"],
    [386, 'l', "No problem. Log in to your account at disasterassistance.gov — the registration number is at the top of the Status page. If you can't log in, call the FEMA Helpline at 800-621-3362 and they can give it to you once they verify who you are."],
    [392, 'l', 'Did that help?'],
    [450, 'p', 'found it in my account, thanks, that is all'],
    [456, 'l', "You're welcome — take care!"],
  ], usual({ referral: 'pass' })),

  s(KARL, '25 clean-up kits at a branch: two internal lines, the patron waits 140 s, "ask at the circulation desk (555-…)"', [
    [0, 'p', 'does the library still give out the flood cleanup kits? buckets w/ bleach and stuff'],
    [22, 'l', 'Hi there, Karl at Westfield Library here.'],
    [28, 'l', 'Which branch is closest to you?'],
    [60, 'p', 'northside'],
    [66, 'i', 'anyone know if northside still has the red cross cleanup kits?'],
    [150, 'i', 'Northside: 12 left, at circ'],
    [200, 'l', 'Northside still has 12 clean-up kits, one per household while they last: ask at the circulation desk (555-212-0400) and bring your library card or an ID. Our flood recovery page westfieldlibrary.org/flood lists the other pickup sites too.'],
    [206, 'l', 'Does that help?'],
    [240, 'p', 'yes thx'],
    [246, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no thats all'],
    [274, 'l', 'Thanks for chatting with Westfield Library!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  s(TRAINEE, '26 practice chat (disaster script test): coded Practice, every check na', [
    [0, 'p', 'test: flood, lost my library card'],
    [10, 'l', 'Hi, this is a practice chat for the disaster-response training.'],
    [20, 'l', 'Replace it at any branch or at westfieldlibrary.org/card. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(LENA, '27 green card destroyed in a hurricane: USCIS I-90 page, fee waiver page, code null', [
    [0, 'p', 'lost my green card in the hurricane, need a new one'],
    [35, 'l', 'Good evening! Lena here, a librarian with Palm Coast Library.'],
    [41, 'l', 'Was it destroyed, or do you still have it but damaged?'],
    [90, 'p', 'destroyed'],
    [96, 'l', 'The replacement is Form I-90; the form and instructions are at uscis.gov/i-90, and you can file it online there. People hit by a disaster can ask for the fee to be waived (see uscis.gov/humanitarian/special-situations).'],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'yes ty. thats all'],
    [156, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  s(MOSES, '28 renters insurance "loss of use" after a building fire: the patron\'s "thats everything" last, no goodbye', [
    [0, 'p', 'does renters insurance pay for a hotel after a fire in the building'],
    [28, 'l', 'Hi, Moses here from the Ask a Librarian service at Greenhill Library.'],
    [34, 'l', 'Are you out of the apartment because your unit was damaged, or because the fire marshal closed the building?'],
    [95, 'p', 'building closed, our unit is fine'],
    [101, 'l', 'Most renters policies have "loss of use" (Coverage D), which pays extra living costs like a hotel when you can\'t live in your home because of a covered loss, including when the authorities order you out. The Insurance Information Institute explains it at iii.org/article/what-covered-renters-insurance-policy. Check the Coverage D line on your declarations page.'],
    [107, 'l', 'Is that what you wanted to know?'],
    [170, 'p', 'yes thank you!! thats everything'],
  ], usual({ courteous: 'fail' })),

  s(NADIA, '29 stalled fire claim: "ask your insurance company\'s claims supervisor" (no contact) + Texas Dept of Insurance by phone and URL', [
    [0, 'p', 'my insurance company has been sitting on my fire claim for 3 months. who can i complain to'],
    [22, 'l', "Hello, I'm Nadia at Ask Us, Bell County Library. I'm sorry, that's a long wait."],
    [28, 'l', 'Which state is your policy in?'],
    [70, 'p', 'Texas'],
    [76, 'l', "First, ask your insurance company's claims supervisor in writing for a status update and the reason for the delay. If that doesn't work, file a complaint with the Texas Department of Insurance: call 800-252-3439 or use the online form at tdi.texas.gov/consumer/complfrm.html."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes, that helps. thanks'],
    [136, 'l', 'Anything else I can help with?'],
    [160, 'p', 'no'],
    [165, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  s(OTIS, '30 money for furniture after a fire (curt): "hi this is otis @ library", "apply w/ FEMA … try red cross or a local church", "ok bye"', [
    [0, 'p', 'we had a fire, lost everything. is there money for furniture'],
    [40, 'l', 'hi this is otis @ library'],
    [80, 'p', '??'],
    [86, 'l', 'what state'],
    [120, 'p', 'ohio'],
    [126, 'l', 'apply w/ FEMA if its a declared disaster, otherwise try red cross or a local church'],
    [180, 'p', 'ok'],
    [185, 'l', 'ok bye'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '29 stalled fire claim: "ask your insurance company\'s claims supervisor" (no contact) + Texas Dept of Insurance by phone and URL':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4). Message 4 refers the patron to two parties: "ask your insurance company\'s claims supervisor in writing" (a person at another organisation, RUBRIC Terms, Referral: "ask … them"), with no contact, and the Texas Department of Insurance (phone and URL). RUBRIC referral.contact passes only when every party comes with a way to reach them.',
};

describe('fifty-fourth round: recovery after a flood or fire, checked', () => {
  describeSessions('whole sessions', fiftyFourthRoundRecovery.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFourthRoundRecovery.filter((c) => c.name in LEFT_WHY));
});
