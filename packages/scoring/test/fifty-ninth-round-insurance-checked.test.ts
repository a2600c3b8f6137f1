/**
 * Fifty-ninth round, theme INSURANCE QUESTIONS: THE HEALTH INSURANCE MARKETPLACE AND OPEN ENROLLMENT, MEDICAID RENEWAL, CAR
 * AND RENTERS INSURANCE, COMPLAINTS TO THE STATE INSURANCE COMMISSIONER, DENIED CLAIMS AND EXPLANATIONS OF BENEFITS, checked:
 * 30 whole sessions no one had written, from public library and statewide "ask a librarian" chats: open enrollment dates
 * (Pennie in Pennsylvania, NY State of Health in chat-speak), a special enrollment period after a job loss, COBRA or the
 * marketplace, premium tax credits at $38k for a family of 3 (Colorado), bronze or silver at 27, a 30% premium increase,
 * help with a marketplace application (a Lost Call); Medicaid renewal (Texas in Spanish, Ohio with the form lost), a
 * Georgia Medicaid denial and its hearing deadline, spend-down books for a father's nursing home care (New York), a dual
 * eligible's "switch every month" cold call, Medicare Advantage vs Medigap; car insurance (a claim left sitting two months,
 * an SR-22 in Virginia, a NY DMV lapse letter, a 40% renewal increase, 2019 Washington rate filings on SERFF, a 1980s
 * Michigan insurer that failed); renters insurance (is the landlord's policy enough, a fire inventory, a bike stolen off the
 * car rack, a "gradual leak" water-damage denial); complaints to the Maryland Insurance Administration, the Texas DOI (and
 * EBSA for self-funded plans) and a bare "Department of Insurance"; a denied MRI (internal appeal, external review); an
 * EOB that says "THIS IS NOT A BILL"; a paper on why US insurance is tied to jobs. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (one batch; labels copied aside to
 * /tmp/fiftyNinthRoundInsurance-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 28 s pickup (01); a patron "hello??" in the queue and an 88 s pickup, "Hi, sorry for the
 *   wait! This is Dev at the Ask Us chat." (07: fail); `pickedUpAt` at 40 s with the first line at 95 (03); "Hi there! What
 *   can I do for you today?" under the screen name "Reference 2" (06: greets, names no one); greetings that are holds ("Hi,
 *   this is Ari at Ask a Librarian. Let me take a look at that.", 23; "Hi, Jess at Ask Us here — one moment while I read
 *   this.", 24); Spanish "¡Hola! Soy Inés, bibliotecaria del servicio Pregúntele al Bibliotecario …" (02); "Good afternoon,
 *   and welcome to Ask a Librarian! My name is Paola …" (09); "Hi there, you've reached Mo at …" (29); chat-speak "hey! tam
 *   @ ask a librarian, river city library 👋" (30); no provider ever joined (26);
 *  inquiry: state, deadline on the letter, plan from an employer or self-bought, COBRA premium, lease, case number, "Was
 *   anything saved …?", the coverage end date, the declarations page, the denial letter's date, doctor visits and
 *   prescriptions, the company's name and year, paper length and format, "for urself or ur whole fam?"; no question before
 *   the first source (03: fail); the question asked after the TDI URL (28: fail);
 *  waits: "ok lemme look into that" then 160 s with a patron "k" inside (08: fail); holds at 70/172/276, one a partial result
 *   that says the search goes on, answer at 370 (05: pass); "Okay, give me a couple of minutes." answered exactly 120 s later
 *   (29: not longer, pass); "No worries, whenever you're ready." then 224 s (04: waiting on the patron); a transfer notice
 *   answered 54 s later (19); a silent transfer, the receiver 150 s after the patron (20: fail); 55 s between `pickedUpAt` and
 *   the first line (03: pass);
 *  endings: "you still around?" at 240 and "I haven't heard back in a while, so I'm guessing the connection dropped — I'll
 *   close this chat now. Feel free to reconnect anytime!" at 330 (09); "Hello? Are you still on the line?" and nothing until
 *   420 (10: notice and courteous fail); a goodbye 156 s after the answer with no check-in (11: idle fails, disconnect na);
 *   the Lost Call's "Are you still there?" at 155 and "It seems we've lost the connection, so I'm going to close this chat.
 *   Please come back anytime!" at 335 (23: final idle exactly 180 s); "That's more than I can cover in one chat. You've
 *   reached the limit for this session. Goodbye." (12: dismissal fails, courteous passes); "several patrons waiting in the
 *   queue … chat back in later, or call our reference desk at 815-555-0142" (13: allowed); the patron's window closing
 *   before the goodbye (27); a Lost Call whose only provider line is a greeting-hold (24: courteous fails); goodbyes "Take
 *   care, and good luck with the claim!", "Cool, take it easy. Thanks for chatting!", "Have a great day!", "Feel better, and
 *   thanks for chatting!", "¡Gracias por comunicarse con nosotros! Que le vaya bien.", "cool, ttyl! 👋"; patron-side "yep
 *   thats all i needed thx", "es todo", "that's everything. ty!", "no more questions", "thats all", "nope thats it", and "ok
 *   thanks", "ok", "yeah kinda" that do not count;
 *  sources: healthcare.gov pages, pennie.com, nystateofhealth.ny.gov, connectforhealthco.com, medicare.gov, benefits.ohio.gov,
 *   YourTexasBenefits.com, health.ny.gov, tdi.texas.gov, insurance.maryland.gov, dmv.ny.gov, dmv.virginia.gov, SERFF Filing
 *   Access, NAIC, III and United Policyholders pages, glsp.org, a book by title and author with JSTOR on the databases page,
 *   the Library of Michigan catalog; none (04: the EOB explained from the patron's own columns);
 *  completeness: "Does that clear it up?", "Does SERFF help for now?", "Does the state page help for now?", "Did that answer
 *   those?", "Do those look useful?", "Does that cover what you needed?", "that help?", "¿Le sirve esta información?"; "Would
 *   that be helpful?" after an offer to call back (17) and "Would a side-by-side … be helpful?" before the answer (27) that do
 *   not count;
 *  referrals: "llamando al 2-1-1" (02); the Maryland Insurance Administration by URL and phone (03); "call the number on the
 *   back of your insurance card" (04: fail); the Ohio Medicaid Consumer Hotline by phone (09); "Tell your insurance company or
 *   agent you need an SR-22" (11: fail); the library's reference desk by phone (13); "book a free appointment with a certified
 *   assister through localhelp.healthcare.gov" (19, LEFT); "she can call 1-800-MEDICARE" (20); TDI by URL and P.O. Box, EBSA
 *   by URL and phone with "check with HR" (28, LEFT); "file a complaint with the Department of Insurance" (29: fail); staff
 *   consulted on the patron's behalf ("check with our government documents staff", 14; "I've sent them your question", 16;
 *   "I can ask their staff", 17) as no referral; United Policyholders, III and Georgia Legal Services named as publishers of
 *   pages the patron is to use (sources, not referrals);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday", done in 30 h (14); a promise "I'll send you some articles" (no time),
 *   e-mail typed by the patron, coded Answered, pending (15); FU_LIB, e-mail only in `patron.email`, no time, not done by
 *   day 5 (16); FU_ME, phone read back, "by Friday noon", done after 80 h (17: late); FU_ME, "I'll … get back to you" with no
 *   contact anywhere and no time, pending (18);
 *  codes: a true Lost Call (23); Lost Call after three patron lines (24); null with no provider (26); Practice (25);
 *  transfers: a notice (a hold) and an internal note that says why (19: pass); a note with no visible notice (20: fail);
 *  concurrency: four at once (21: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (22: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "call the number on the back of your insurance card and ask them" is a referral (call the insurer) whose phone is not in
 *   the chat: pointing to a number on the patron's card is not giving one (04: fail); the same message gives no source;
 * - "Tell your insurance company or agent you need an SR-22" (11), "check with HR whether the plan is self-funded" (28) and
 *   "file a complaint with the Department of Insurance" (29) tell the patron to contact a party outside the chat: referrals,
 *   here without contact;
 * - "book a free appointment with a certified assister through localhelp.healthcare.gov" tells the patron to see a person
 *   outside the chat, reached through that URL: a referral with contact (19);
 * - "llamando al 2-1-1" and "call 1-800-MEDICARE" give phones (a three-digit service number and a vanity number) (02, 20);
 * - "In Georgia the deadline for a Medicaid fair hearing request is generally 30 days …" states a deadline and tells the
 *   patron to contact no one (18: no referral); "First comes an internal appeal … the next step is an independent external
 *   review" likewise (05);
 * - "Would that be helpful?" right after "I can ask their staff to check … and call you with what they find" asks about the
 *   offer, something not yet given (17: completeness fails);
 * - "Does that clear it up?" after an answer with no source passes completeness (na only when info.source is na, 04);
 * - "No worries, whenever you're ready." is the "take your time" of RUBRIC's Terms, not a hold (04);
 * - "Take care, and good luck with the claim!", "Cool, take it easy. Thanks for chatting!", "Have a great day!", "Que le vaya
 *   bien" and "cool, ttyl! 👋" say goodbye; "You're welcome, good luck with the paper! Bye." does on its "Bye.";
 * - "nope thats it" and "es todo" say on the patron's own that they are done; "yeah kinda" and "ok thanks" do not;
 * - in the Lost Call (23) the greeting-hold does not start the final idle: it runs from the check-in (155 s) to the notice
 *   that invites back (335 s), exactly 180 s, so both idle checks apply and the check-in counts as sent during it;
 * - "I'll send you some articles" names no time (15); "someone there will e-mail you at the address on your library account"
 *   confirms no address in the chat and names no time (16).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact). Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 19: "You can also book a free appointment with a certified assister through
 *    localhelp.healthcare.gov." read as no referral (na; RUBRIC pass: see a person outside the chat, reached by a URL);
 *  - referral.contact, case 28: "Then check with HR whether the plan is self-funded … EBSA instead (askebsa.dol.gov or
 *    1-866-444-3272)" read as one referral reached through EBSA's contacts (pass; RUBRIC fail: HR is a second party with no
 *    contact, and every party must come with one).
 * The scorer does read "call the number on the back of your insurance card" (04) and "Tell your insurance company or agent"
 * (11) as referrals without contact, "llamando al 2-1-1" (02) and "1-800-MEDICARE" (20) as phones, and "Would that be
 * helpful?" after an offer (17) as no completeness question. Every timing check (pickup at 28 and 88 s, by `pickedUpAt`, no
 * provider; keep_informed at 160 and 150 s, at exactly 120 s, across holds, a partial-result hold, "whenever you're ready"
 * and two transfers; final idles of 0, 156, 180, 230 and 330 s; concurrency at four and at touching ends; on_time done at
 * 30 h, late at 80 h, pending at day 1, not done by day 5) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back or not, a patron phone read back, an
 * e-mail in `patron.email`, agency and library phones beside them).
 *
 * ON v53 (block S, written partly from this file): case 19's "book a free appointment with a certified assister through …" (S19)
 *   reads as labelled and runs: 29 running, 1 LEFT (28).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. You are #${n} in line.`];

const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'EFPL' };
const INES: Prov = { id: 'ines', name: 'Inés', library: 'HPL-TX' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'MD-STATE' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'MGL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'ASKUS' };
const DESK2: Prov = { id: 'desk2', name: 'Reference 2', library: 'CCPL' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'ASKUS' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'HTPL' };
const PAOLA: Prov = { id: 'paola', name: 'Paola', library: 'GCPL' };
const REGGIE: Prov = { id: 'reggie', name: 'Reggie', library: 'FVL' };
const LIN: Prov = { id: 'lin', name: 'Lin', library: 'ASKUS' };
const MARGO: Prov = { id: 'margo', name: 'Margo', library: 'LSL' };
const FELIX: Prov = { id: 'felix', name: 'Felix', library: 'RPL-IL' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'TRL' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'BKL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'ASKNY' };
const CARLOS: Prov = { id: 'carlos', name: 'Carlos', library: 'CADL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'ARL' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'ASKUS' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'ASKUS' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'KCLS' };
const PIERCE: Prov = { id: 'pierce', name: 'Pierce', library: 'KCLS' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'CVL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'HVL' };
const ARI: Prov = { id: 'ari', name: 'Ari', library: 'ASKUS' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'ASKUS' };
const TRAINER: Prov = { id: 'trainer', name: 'Training', library: 'ASKUS' };
const QUEUE: Prov = { id: 'askus-queue', name: 'Ask Us queue', library: 'STATE' };
const KIRA: Prov = { id: 'kira', name: 'Kira', library: 'ASKUS' };
const LEAH: Prov = { id: 'leah', name: 'Leah', library: 'TCL' };
const MO: Prov = { id: 'mo', name: 'Mo', library: 'ESL' };
const TAM: Prov = { id: 'tam', name: 'Tam', library: 'RCL' };

export const fiftyNinthRoundInsurance: SessionCase[] = [
  // 01 queue, 28 s pickup, all well
  s(NOOR, '01 open enrollment dates in PA: queue line, state asked, pennie.com, "yep thats all i needed thx"', [
    [0, 'p', 'hi when is open enrollment for obamacare this year? i need to sign up, my job doesnt offer insurance'],
    queue(2),
    [28, 'l', "Hi! Thanks for contacting Ask a Librarian, I'm Noor at Eastfield Public Library."],
    [33, 'l', 'Which state do you live in? Some states run their own marketplace with different dates.'],
    [70, 'p', 'pennsylvania'],
    [78, 'l', 'Pennsylvania uses its own marketplace, Pennie, at pennie.com. Open enrollment there runs November 1 through January 15; sign up by December 15 if you want coverage that starts January 1.'],
    [84, 'l', 'Did that answer your question?'],
    [120, 'p', 'yep thats all i needed thx'],
    [125, 'l', 'Great, good luck with your application. Bye!'],
  ], usual()),

  // 02 Spanish, Texas Medicaid renewal, 2-1-1 by phone
  s(INES, '02 renovación de Medicaid en Texas (Spanish): "Un momentito, lo busco.", YourTexasBenefits.com, "llamando al 2-1-1 y eligiendo la opción 2", "es todo"', [
    [0, 'p', 'hola, me llegó una carta de renovación de Medicaid y no entiendo qué tengo que hacer'],
    [22, 'l', '¡Hola! Soy Inés, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Harlingen.'],
    [28, 'l', '¿En qué estado vive? ¿Y la carta dice una fecha límite?'],
    [75, 'p', 'texas, dice que tengo hasta el 15'],
    [80, 'l', 'Un momentito, lo busco.'],
    [170, 'l', 'En Texas puede renovar en línea en YourTexasBenefits.com (entre a su cuenta y busque "Renovar beneficios"), o por teléfono llamando al 2-1-1 y eligiendo la opción 2. Mande todo antes del 15 para que no le corten la cobertura.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'sí, muchas gracias. es todo'],
    [236, 'l', '¡Gracias por comunicarse con nosotros! Que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 03 pickedUpAt at 40, first line at 95 (55 s after pickup); source given with no question first
  s(OMAR, '03 car insurer sitting on a claim: pickedUpAt 40 s, Maryland Insurance Administration by URL and phone with no question first', [
    [0, 'p', 'My car insurance company has been sitting on my claim for 2 months after a guy rear ended me. Who do I complain to?'],
    [95, 'l', 'Hello, this is Omar with AskUsNow! You can file a complaint against the insurer with the Maryland Insurance Administration: online at insurance.maryland.gov (click "File a Complaint") or by phone at 410-468-2000.'],
    [150, 'p', 'ok. how long do they take to answer'],
    [158, 'l', 'Their complaint page says they send your complaint to the company, which has 15 working days to respond, and they keep you posted after that. Does that help?'],
    [200, 'p', 'yes'],
    [204, 'l', 'Anything else I can help with?'],
    [230, 'p', 'no'],
    [235, 'l', 'Take care, and good luck with the claim!'],
  ], usual({ clarify: 'fail', referral: 'pass' }), { pickedUpAt: at(40) }),

  // 04 EOB explained with no source; "No worries, whenever you're ready." then 224 s; the number on the back of the card
  s(TESS, '04 EOB "THIS IS NOT A BILL" but owes $412: "No worries, whenever you\'re ready.", no source, "call the number on the back of your insurance card"', [
    [0, 'p', 'got an "explanation of benefits" from my insurance and it says THIS IS NOT A BILL but also says I owe $412?? confused'],
    [18, 'l', 'Hi there, Tess from the Maple Grove Library reference desk here. Happy to help you make sense of it.'],
    [24, 'l', 'Do you have the EOB in front of you? Which columns does it show?'],
    [60, 'p', 'hold on its in the other room'],
    [66, 'l', "No worries, whenever you're ready."],
    [290, 'p', 'ok. amount billed 1,260, plan discount 848, plan paid 0, your responsibility 412'],
    [298, 'l', '"Plan paid 0" with an amount under "your responsibility" usually means the charge went toward your deductible. The EOB itself isn\'t a bill: the doctor\'s office sends the bill, and it should match the $412. If it doesn\'t match, call the number on the back of your insurance card and ask them to walk you through it.'],
    [304, 'l', 'Does that clear it up?'],
    [350, 'p', "yeah that makes sense now, that's everything. ty!"],
    [356, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 05 holds every ~100 s through a long search
  s(KWAME, '05 MRI denied as not medically necessary: holds at 70/172/276 (one a partial result), internal appeal and external review pages, "no more questions"', [
    [0, 'p', 'My insurance denied my MRI saying it was not medically necessary. My doctor ordered it!! How do I fight this'],
    [20, 'l', "Hello! I'm Kwame, a librarian with Ask Us, the statewide chat."],
    [26, 'l', 'Is your plan through an employer, or one you bought yourself on the marketplace?'],
    [64, 'p', 'through my husbands work'],
    [70, 'l', "Okay, I'm going to dig into the appeal rules for job-based plans, hang tight."],
    [172, 'l', "Still at it — I've got the federal side, now checking how external review works in your state."],
    [276, 'l', 'Nearly there, just confirming the deadlines.'],
    [370, 'l', 'Here is how it works. First comes an internal appeal, within 180 days of the denial letter; the steps are on healthcare.gov/appeal-insurance-company-decision/internal-appeals. If the denial stands, the next step is an independent external review: healthcare.gov/appeal-insurance-company-decision/external-review.'],
    [376, 'l', 'Is that what you were looking for?'],
    [440, 'p', 'yes!! perfect. no more questions'],
    [446, 'l', 'Glad to help — thanks for reaching out, and good luck with the appeal.'],
  ], usual()),

  // 06 greets, names no one (screen name only)
  s(DESK2, '06 renters insurance when the landlord is insured: "Hi there! What can I do for you today?" under the screen name "Reference 2", NAIC guide, "ok thanks"', [
    [0, 'p', 'do i need renters insurance if my landlord has insurance on the building'],
    [25, 'l', 'Hi there! What can I do for you today?'],
    [31, 'l', 'Are you asking because your lease requires it, or just wondering what would be covered?'],
    [70, 'p', 'just wondering, lease doesnt say'],
    [77, 'l', "The landlord's policy covers the building, not your belongings or your liability if someone gets hurt in your unit. The NAIC's consumer guide to renters insurance explains what a renters policy covers and what drives the price: content.naic.org/consumer/renters-insurance."],
    [83, 'l', 'Did that help?'],
    [120, 'p', 'ok thanks'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 88 s pickup
  s(DEV, '07 special enrollment after a job loss: "hello??" in the queue, 88 s pickup, "Hi, sorry for the wait! This is Dev at the Ask Us chat."', [
    [0, 'p', 'i lost my job last month and my insurance ends the 31st. can i get marketplace insurance now or do i have to wait till november'],
    queue(2, 3),
    [50, 'p', 'hello??'],
    [88, 'l', 'Hi, sorry for the wait! This is Dev at the Ask Us chat.'],
    [93, 'l', 'When exactly does your job-based coverage end?'],
    [130, 'p', 'the 31st of this month'],
    [137, 'l', 'Losing job-based coverage qualifies you for a Special Enrollment Period: you have 60 days from the day coverage ends to pick a plan, and you can apply up to 60 days before. The rules are on healthcare.gov/coverage-outside-open-enrollment/special-enrollment-period.'],
    [142, 'l', 'Does that answer it?'],
    [185, 'p', "yes that's all I needed, thanks so much"],
    [190, 'l', 'Good luck with everything — bye!'],
  ], usual({ pickup: 'fail' })),

  // 08 "ok lemme look into that" then 160 s with the patron's "k" inside
  s(SAM, '08 COBRA or the marketplace: "ok lemme look into that", a patron "k", the answer 160 s after the hold', [
    [0, 'p', 'is cobra worth it or should i just go on the marketplace? cobra is super expensive'],
    [20, 'l', 'Hey, Sam here at Ask a Librarian, Hilltop Public Library.'],
    [25, 'l', 'Do you know roughly what your COBRA premium would be per month?'],
    [60, 'p', 'like 700'],
    [66, 'l', 'ok lemme look into that'],
    [100, 'p', 'k'],
    [226, 'l', "I can't tell you which to pick, but here's how to compare. HealthCare.gov's COBRA page (healthcare.gov/unemployed/cobra-coverage) explains that you can turn down COBRA and get a marketplace plan in a special enrollment period instead, and a marketplace plan may come with a premium tax credit. You can preview prices for your ZIP code at healthcare.gov/see-plans."],
    [232, 'l', 'Does that help?'],
    [280, 'p', 'yeah thats all i needed'],
    [286, 'l', 'Cool, take it easy. Thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 final idle 230 s: check-in and notice that invites back
  s(PAOLA, '09 Ohio Medicaid renewal, form lost: benefits.ohio.gov and the Consumer Hotline by phone, "you still around?" at 240, "guessing the connection dropped — I\'ll close this chat now" at 330', [
    [0, 'p', 'Hi, I need to renew my Medicaid in Ohio but I lost the form they mailed me'],
    [18, 'l', 'Good afternoon, and welcome to Ask a Librarian! My name is Paola and I work at the Greene County Public Library.'],
    [24, 'l', 'Do you still have your case number, or any other letter from the county?'],
    [80, 'p', 'i have the case number'],
    [100, 'l', "Good. You don't need the paper form: you can renew online at benefits.ohio.gov (log in and choose Renew Benefits), or by phone through the Ohio Medicaid Consumer Hotline at 1-800-324-8680. Have your case number and recent pay stubs ready."],
    [106, 'l', 'Does that help?'],
    [240, 'l', 'you still around?'],
    [330, 'l', "I haven't heard back in a while, so I'm guessing the connection dropped — I'll close this chat now. Feel free to reconnect anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 10 a check-in and then nothing until 420
  s(REGGIE, '10 renters claim after a fire, inventory template: United Policyholders + III app, "Hello? Are you still on the line?" at 250, ends at 420 with no notice', [
    [0, 'p', 'there was a fire in my building and my renters insurance wants a list of everything i lost. is there like a template'],
    [22, 'l', 'Hi! Reggie at Fairview Library, Ask a Librarian service.'],
    [28, 'l', 'Was anything saved, or are you listing the whole apartment from memory?'],
    [70, 'p', 'pretty much everything from memory'],
    [90, 'l', "I'm so sorry about the fire. United Policyholders has free home inventory checklists and a room-by-room spreadsheet at uphelp.org/claim-guidance-publications/home-inventory, and the Insurance Information Institute's free inventory app (iii.org/software) lets you add photos from your phone."],
    [96, 'l', 'Is that what you needed?'],
    [250, 'l', 'Hello? Are you still on the line?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  // 11 goodbye 156 s after the answer, no check-in; "tell your insurance company or agent"
  s(LIN, '11 SR-22 in Virginia: "tell your insurance company or agent you need one" (no contact), goodbye 156 s after the answer with no check-in', [
    [0, 'p', 'court says I need an SR22 to get my license back. what is that and where do i get it'],
    [15, 'l', 'Hello, Lin here, librarian at Ask Us!'],
    [21, 'l', 'Which state issued the requirement?'],
    [50, 'p', 'virginia'],
    [100, 'l', "An SR-22 isn't a separate policy: it's a certificate your car insurer files with the DMV to prove you carry the required coverage. Virginia DMV explains it at dmv.virginia.gov/drivers/insurance-requirements. Tell your insurance company or agent you need an SR-22 and they file it electronically; expect a small filing fee and possibly a higher premium."],
    [106, 'l', 'Did that help?'],
    [256, 'l', 'Thanks for using Ask Us — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 12 "You've reached the limit for this session. Goodbye."
  s(MARGO, '12 premium up 30%: ratereview.healthcare.gov, then "That\'s more than I can cover in one chat. You\'ve reached the limit for this session. Goodbye."', [
    [0, 'p', 'my health insurance premium went up 30%. is that even legal? also can they drop me for a pre existing condition? and how do i see what other plans cost'],
    [20, 'l', "Hi, I'm Margo with the Ask a Librarian service at Lakeside Library."],
    [26, 'l', 'Is this a marketplace plan or one through your employer?'],
    [60, 'p', 'marketplace'],
    [66, 'l', 'Marketplace plans cannot drop you or charge you more for a pre-existing condition: healthcare.gov/coverage/pre-existing-conditions. Proposed rate increases for each state are posted at ratereview.healthcare.gov, and other plans and prices are at healthcare.gov/see-plans.'],
    [72, 'l', 'Did that answer those?'],
    [110, 'p', 'sort of. what about dental, and can i switch plans now, and my daughter turns 26 next month what happens to her, and'],
    [118, 'l', "That's more than I can cover in one chat. You've reached the limit for this session. Goodbye."],
    [140, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 13 patrons waiting, a way back: the library's reference desk by phone
  s(FELIX, '13 Medicare Advantage vs Medigap for mom: Medicare & You + Plan Finder, "several patrons waiting in the queue … chat back in later, or call our reference desk at 815-555-0142"', [
    [0, 'p', 'need help comparing medicare advantage vs medigap for my mom'],
    [18, 'l', "Hello! Felix here, a librarian at Ridgeway Public Library's Ask a Librarian."],
    [24, 'l', 'Which state does your mom live in, and is she turning 65 or already on Medicare?'],
    [60, 'p', 'illinois, turning 65 in june'],
    [66, 'l', 'The official "Medicare & You" handbook explains both side by side (medicare.gov/medicare-and-you), and you can compare the plans sold in her ZIP code with the Medicare Plan Finder at medicare.gov/plan-compare.'],
    [72, 'l', 'Is that the kind of thing you were after?'],
    [120, 'p', 'yes. and what about part D and the late penalty and whether her pension insurance counts and'],
    [128, 'l', "Those are good questions! I have several patrons waiting in the queue right now, so I can't go through all of them here. Please chat back in later, or call our reference desk at 815-555-0142 and someone can go through them with you."],
    [160, 'p', 'ok will do'],
    [166, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 14 follow-up by me: e-mail read back, "by Thursday", done in 30 h
  s(HANNAH, '14 2019 Washington auto rate filings (follow-up by me): SERFF Filing Access, e-mail read back, "I\'ll e-mail you by Thursday", done in 30 h', [
    [0, 'p', 'for a class project i need the rate filings my car insurer made in Washington state in 2019. is that public?'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Hannah, at Timberland Regional Library."],
    [26, 'l', 'Do you need the full filing documents, or just the approved rate change percentages?'],
    [60, 'p', 'full documents if possible'],
    [66, 'l', 'Let me check.'],
    [150, 'l', "Washington's Office of the Insurance Commissioner makes filings public through SERFF Filing Access: filingaccess.serff.com/sfa/home/WA. Older filings can be incomplete there, though, so I'd like to check with our government documents staff about the 2019 ones."],
    [156, 'l', 'Does SERFF help for now? If you give me your e-mail, I can send you what I find.'],
    [200, 'p', 'sure, its kelly.ng@example.com'],
    [206, 'l', "Thanks — kelly.ng@example.com. I'll e-mail you by Thursday."],
    [212, 'l', 'Anything else I can help with today?'],
    [240, 'p', 'no thats it, thanks!'],
    [246, 'l', 'Great, talk soon. Bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 15 a promise with no time, coded Answered
  s(YUSUF, '15 paper on job-based insurance (promise, coded Answered): Starr\'s "Remedy and Reaction" + JSTOR, e-mail typed, "I\'ll send you some articles" (no time)', [
    [0, 'p', "I'm writing a paper on why US health insurance is tied to jobs. Any good sources on the history?"],
    [25, 'l', 'Hello! Yusuf at Brookside Library here.'],
    [31, 'l', 'How long is the paper, and do you need scholarly articles or are books okay too?'],
    [70, 'p', '10 pages, both fine'],
    [76, 'l', 'A good start is Paul Starr\'s book "Remedy and Reaction: The Peculiar American Struggle over Health Care Reform" (2011), in our catalog. For articles, JSTOR is on our databases page, brooksidelibrary.org/databases: search "employer-sponsored insurance" AND history.'],
    [82, 'l', 'Do those look useful? I can also pull a few more articles and send them along if you leave your email.'],
    [130, 'p', 'yes pls, jamal.r@example.com'],
    [136, 'l', "Perfect, I'll send you some articles."],
    [140, 'p', 'thank u!!'],
    [145, 'l', "You're welcome, good luck with the paper! Bye."],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 follow-up by the patron's library: the e-mail only in patron.email, no time, not done by day 5
  s(BETH, '16 Medicaid spend-down books, Westchester (follow-up by patron\'s library): excess income page, "someone there will e-mail you at the address on your library account", day 5 not done', [
    [0, 'p', 'Are there any books on how Medicaid spend-down works for nursing home care in New York? My dad might need to go into one.'],
    [30, 'l', "Hi, I'm Beth, a librarian with Ask Us NY."],
    [36, 'l', "I'm sorry to hear about your dad. Is he in New York City or elsewhere in the state?"],
    [80, 'p', 'westchester'],
    [86, 'l', 'One moment while I look.'],
    [180, 'l', "New York's Medicaid pages explain the spend-down (\"excess income\") program: health.ny.gov/health_care/medicaid/excess_income.htm. For books, your library in Westchester has the most current elder-law guides, and I've sent them your question so they can pull titles for you; someone there will e-mail you at the address on your library account."],
    [186, 'l', 'Does the state page help for now?'],
    [230, 'p', 'yes thank you. thats all'],
    [236, 'l', 'Thanks for chatting, and all the best to your dad.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'dana.k@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 17 follow-up by me: phone read back, "by Friday noon", done after 80 h; the only completeness question offers more
  s(CARLOS, '17 a 1980s Michigan auto insurer that failed (follow-up by me): commissioner\'s annual reports, "Would that be helpful?" (offers more), cell read back, "by Friday noon", done after 80 h', [
    [0, 'p', 'looking for info on an old car insurance company my grandfather worked for in Michigan, it went under in the 80s. would the state have records?'],
    [30, 'l', 'Hi there, Carlos at the Ask a Librarian desk for the Capital Area libraries.'],
    [36, 'l', "Do you know the company's name and roughly what year it closed?"],
    [80, 'p', 'Wolverine Mutual, 1986 or 87'],
    [86, 'l', 'Give me a minute to check.'],
    [190, 'l', 'The state Insurance Bureau\'s annual reports from those years list every licensed company, including ones being liquidated. The Library of Michigan holds them: search "Annual report of the Commissioner of Insurance" in its catalog at michigan.gov/libraryofmichigan. I can ask their staff to check 1986-88 for Wolverine Mutual and call you with what they find.'],
    [196, 'l', 'Would that be helpful?'],
    [240, 'p', 'yes please, my cell is 517-555-0113'],
    [246, 'l', "Got it, 517-555-0113. I'll call you by Friday noon."],
    [252, 'l', 'Anything else for today?'],
    [280, 'p', 'nope, thank you so much'],
    [286, 'l', 'My pleasure. Thanks for reaching out!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 follow-up by me with no contact anywhere
  s(OPAL, '18 Georgia Medicaid denial, appeal deadline (follow-up by me): Georgia Legal Services guide, "I\'ll … get back to you" with no contact and no time, "ok"', [
    [0, 'p', 'whats the deadline to appeal a medicaid denial in georgia? they said i make too much'],
    [20, 'l', 'Hi! Opal at Ask a Librarian, Athens Regional Library.'],
    [26, 'l', 'What date is on the denial letter?'],
    [60, 'p', 'march 1'],
    [66, 'l', "In Georgia the deadline for a Medicaid fair hearing request is generally 30 days from the date on the notice; the notice itself gives the exact date. Georgia Legal Services' guide to Medicaid hearings is at glsp.org/medicaid-hearings."],
    [72, 'l', "I'll look into whether the income limits changed this year and get back to you."],
    [76, 'l', 'Does that help for now?'],
    [110, 'p', 'ok'],
    [116, 'l', 'Thanks for chatting, take care.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 19 transfer with a notice and a note; the receiver books nobody but points to navigators
  s(TOBY, '19 marketplace subsidy at $38k, family of 3: transfer to Wren with a notice and a note, Connect for Health Colorado estimator, "book a free appointment with a certified assister through localhelp.healthcare.gov"', [
    [0, 'p', 'how do i know if i qualify for help paying for a marketplace plan? i make about 38k, family of 3'],
    [18, 'l', 'Hi, this is Toby at the Ask Us chat.'],
    [24, 'l', 'Which state are you in?'],
    [50, 'p', 'Colorado'],
    [56, 'l', "Our colleague Wren knows the marketplace subsidies well, so I'm transferring you to her now. One moment please!"],
    [59, 'i', 'Wren: pt asks about premium tax credit eligibility, CO, $38k, household of 3. Thanks!'],
    xfer(62, 'Wren', 'wren'),
    [110, 'l', "Hi, Wren here, librarian with Ask Us. At about $38,000 for a household of 3 you'd very likely qualify for a premium tax credit, and possibly for lower deductibles on a silver plan. Connect for Health Colorado has a quick estimator at connectforhealthco.com/get-started/quick-cost-and-plan-finder. You can also book a free appointment with a certified assister through localhelp.healthcare.gov.", as(WREN)],
    [116, 'l', 'Does that answer your question?', as(WREN)],
    [160, 'p', "yes that's everything, thank you both"],
    [166, 'l', 'Thanks for chatting, good luck!', as(WREN)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 20 silent transfer: a note, no visible notice; the receiver 150 s after the patron; 1-800-MEDICARE
  s(ZOE, '20 dual eligible, "switch plans every month" call a scam?: internal note only, silent transfer, Pierce 150 s after the patron, "she can call 1-800-MEDICARE"', [
    [0, 'p', 'my mom has both medicare and medicaid, someone called her saying she can switch plans every month now?? is that a scam'],
    [20, 'l', 'Hello, Zoe at Ask a Librarian here.'],
    [25, 'l', 'Did the caller say which company they were with?'],
    [50, 'p', 'no just said medicare approved'],
    [60, 'i', 'Pierce — dual eligible special enrollment q, can you take it? I have to step away'],
    xfer(65, 'Pierce', 'pierce'),
    [200, 'l', "Hi, Pierce taking over here. People with both Medicare and Medicaid can now change plans once a month (see medicare.gov/basics/get-started-with-medicare/get-more-coverage/joining-a-plan/special-enrollment-periods), but Medicare itself never cold-calls to sell plans, so she shouldn't give her Medicare number to the caller. To check what she has or report the call, she can call 1-800-MEDICARE.", as(PIERCE)],
    [206, 'l', 'Is that what you needed?', as(PIERCE)],
    [250, 'p', 'yes thanks'],
    [255, 'l', 'You bet. Anything else?', as(PIERCE)],
    [280, 'p', 'no thats all'],
    [285, 'l', 'Take care, thanks for using Ask a Librarian!', as(PIERCE)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 21 four chats at once
  s(VIC, '21 bike stolen off the car rack, renters policy: declarations page asked, III page, four chats open at once', [
    [0, 'p', 'does renters insurance cover my bike if it got stolen off my car rack'],
    [20, 'l', 'Hi! Vic here, Ask a Librarian at Crestview Library.'],
    [26, 'l', 'Do you have your policy declarations page handy?'],
    [70, 'p', 'no, its in my email somewhere'],
    [76, 'l', "Most renters policies cover your belongings when they're stolen away from home too, up to a limit and minus your deductible. The Insurance Information Institute explains it at iii.org/article/what-renters-insurance-covers. Your declarations page will show your deductible and any limit on bicycles."],
    [82, 'l', 'Did that help?'],
    [110, 'p', "yes that's all i needed"],
    [115, 'l', 'Glad it helped, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vic', -300, 200), other('v2', 'vic', -60, 150), other('v3', 'vic', 30, 500)],
  }),

  // 22 others touching both ends: three at most
  s(ABE, '22 NY DMV insurance lapse letter: the DMV lapse page, "Have a great day!"; others end exactly at the start / start exactly at the end', [
    [0, 'p', 'got a letter from NY DMV saying my insurance lapsed but i switched companies. what do i do'],
    [16, 'l', 'Hello, thanks for contacting Ask a Librarian! This is Abe at Hudson Valley Library.'],
    [22, 'l', 'Did the switch leave any days without coverage, or did the new policy start the same day?'],
    [55, 'p', 'same day i think'],
    [61, 'l', "The DMV's insurance lapse page, dmv.ny.gov/insurance/insurance-lapses, explains how to answer the letter: use the online response form there and upload your new insurance ID card and the letter."],
    [67, 'l', 'Does that answer it?'],
    [100, 'p', 'yes perfect'],
    [104, 'l', 'Anything else I can help with?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Have a great day!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abe', -500, 0), other('a2', 'abe', -100, 400), other('a3', 'abe', 10, 300), other('a4', 'abe', 129, 900)],
  }),

  // 23 a true Lost Call: greeting that is a hold, check-in at 155, notice + invitation at 335 (final idle exactly 180 s)
  s(ARI, '23 help with a marketplace application (Lost Call): "Hi, this is Ari at Ask a Librarian. Let me take a look at that.", "Are you still there?" at 155, "It seems we\'ve lost the connection … close this chat. Please come back anytime!" at 335', [
    [0, 'p', 'is the library able to help me fill out my marketplace application'],
    [25, 'l', 'Hi, this is Ari at Ask a Librarian. Let me take a look at that.'],
    [155, 'l', 'Are you still there?'],
    [335, 'l', "It seems we've lost the connection, so I'm going to close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Lost Call after three patron lines; the only provider line a greeting that is a hold
  s(JESS, '24 car insurance up 40% at renewal (Lost Call): "Hi, Jess at Ask Us here — one moment while I read this.", the patron adds a line and "nvm gotta go", leaves', [
    [0, 'p', 'my car insurance went up 40% at renewal with no tickets or accidents. can they do that'],
    [30, 'l', 'Hi, Jess at Ask Us here — one moment while I read this.'],
    [40, 'p', 'been with them 8 yrs too'],
    [62, 'p', 'nvm gotta go'],
    left(66),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Practice
  s(TRAINER, '25 practice chat (Medicaid renewal script): coded Practice, every check na', [
    [0, 'p', 'testing - medicaid renewal script'],
    [8, 'l', 'Hi, this is a training chat. Renewals: see the state Medicaid site.'],
    [20, 'p', 'ok test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider joined; code null
  s(QUEUE, '26 complaint against a Florida health insurer: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'how do i file a complaint against my health insurance with the state of florida?'],
    queue(2, 5),
    [140, 'p', 'anyone there??'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 the only completeness-like question comes before the answer; the patron leaves before the goodbye
  s(KIRA, '27 bronze or silver at 27 and healthy: "Would a side-by-side … be helpful?" before the answer, "thats all i needed", window closed, goodbye after', [
    [0, 'p', 'bronze vs silver plan which is better?? im 27 and healthy'],
    [15, 'l', "Hi! I'm Kira, a librarian with Ask Us."],
    [21, 'l', 'About how often do you go to the doctor, and do you take any regular prescriptions?'],
    [60, 'p', 'hardly ever, no meds'],
    [66, 'l', 'Would a side-by-side of what each metal level pays be helpful?'],
    [80, 'p', 'sure'],
    [88, 'l', 'Here it is: healthcare.gov/choose-a-plan/plans-categories shows that bronze plans pay about 60% of costs and silver about 70%. Bronze has lower premiums and higher deductibles. If your income is low enough, a silver plan can also come with extra savings on the deductible, so check your own prices at healthcare.gov/see-plans before you pick.'],
    [120, 'p', 'ok got it thats all i needed'],
    left(130),
    [140, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail' })),

  // 28 the question after the first source; "check with HR"
  s(LEAH, '28 ER claim denied, complaint to Texas DOI: tdi.texas.gov and P.O. Box before "Is your plan from an employer …?", "check with HR" (no contact), EBSA by URL and phone', [
    [0, 'p', 'my health insurance denied my claim for an ER visit saying it wasnt an emergency, i had chest pains!! want to file complaint with the state'],
    [20, 'l', 'Hello, Leah at Ask a Librarian, Travis County Library.'],
    [27, 'l', 'You can file a complaint with the Texas Department of Insurance online at tdi.texas.gov/consumer/complaints.html, or mail the complaint form to Texas Department of Insurance, Consumer Protection (111-1A), P.O. Box 12030, Austin, TX 78711-2030.'],
    [33, 'l', 'Is your plan from an employer, or did you buy it yourself?'],
    [70, 'p', 'employer'],
    [78, 'l', "Then check with HR whether the plan is self-funded: TDI can't take complaints about self-funded employer plans, and those go to the U.S. Department of Labor's EBSA instead (askebsa.dol.gov or 1-866-444-3272)."],
    [84, 'l', 'Does that cover what you needed?'],
    [130, 'p', 'yes thanks'],
    [136, 'l', 'Anything else?'],
    [150, 'p', "no that's it"],
    [155, 'l', 'Feel better, and thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 29 a hold answered exactly 120 s later; "file a complaint with the Department of Insurance" (no contact)
  s(MO, '29 renters water-damage claim denied as a "gradual leak": hold answered exactly 120 s later, United Policyholders guide, "file a complaint with the Department of Insurance" (no contact)', [
    [0, 'p', 'insurance denied my water damage claim on my renters policy bc they say it was a "gradual leak". landlord says its not his problem. what can i do'],
    [24, 'l', "Hi there, you've reached Mo at the Eastside Library's Ask a Librarian chat."],
    [30, 'l', 'What state is the apartment in?'],
    [75, 'p', 'Ohio'],
    [81, 'l', 'Okay, give me a couple of minutes.'],
    [201, 'l', "United Policyholders has a free guide to disputing a denied claim, with sample letters: uphelp.org/claim-guidance-publications. If the company won't budge, you can file a complaint with the Department of Insurance."],
    [207, 'l', 'Did that help?'],
    [250, 'p', 'yeah kinda'],
    [255, 'l', 'Is there anything else I can help you find?'],
    [290, 'p', 'no'],
    [296, 'l', 'OK, good luck, and thanks for using the chat!'],
  ], usual({ referral: 'fail' })),

  // 30 chat-speak both sides, "cool, ttyl!"
  s(TAM, '30 open enrollment in NY (chat-speak): "hey! tam @ ask a librarian", nystateofhealth.ny.gov, "that help?", "nope thats it", "cool, ttyl! 👋"', [
    [0, 'p', 'yo when is open enrollment in ny'],
    [9, 'l', 'hey! tam @ ask a librarian, river city library 👋'],
    [13, 'l', 'for urself or ur whole fam? and do u have insurance thru work rn?'],
    [35, 'p', 'just me, no job insurance'],
    [40, 'l', 'ok NY has its own site: nystateofhealth.ny.gov. open enrollment is nov 16 – jan 31, but ppl w lower income can sign up for the Essential Plan any time of year'],
    [44, 'l', 'that help?'],
    [60, 'p', 'ye'],
    [63, 'l', 'anything else?'],
    [75, 'p', 'nope thats it'],
    [78, 'l', 'cool, ttyl! 👋'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundInsurance.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('28')]:
    'referral.contact: expected fail, got pass ("all 2 referrals come with a way to reach them", evidence messages 2 and 5). Message 5: "Then check with HR whether the plan is self-funded: TDI can\'t take complaints about self-funded employer plans, and those go to the U.S. Department of Labor\'s EBSA instead (askebsa.dol.gov or 1-866-444-3272)." refers the patron to two parties: EBSA, with a URL and a phone, and the employer\'s HR department ("check with" = ask them: RUBRIC Terms, Referral), with no e-mail, phone, address or URL. RUBRIC: pass only when "every party the patron is referred to comes with a way to reach them"; the scorer counts the message as one referral reached through EBSA\'s contacts.',
};

describe('fifty-ninth round: health insurance marketplace, Medicaid renewal, car and renters insurance, complaints, denied claims and EOBs, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundInsurance.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundInsurance.filter((c) => c.name in LEFT_WHY));
});
