/**
 * Forty-sixth round, theme TAX SEASON AND PERSONAL PAPERWORK, checked: 32 whole sessions no one had written, from public
 * library "ask a librarian" chats in February to April: federal and state forms and instructions (current and prior-year:
 * 1040-X 2021, 1998 PA-40, 2018 NJ-1040, 1978 1040), free filing help (VITA and AARP Tax-Aide sites and appointments), IRS
 * transcripts, 1099-G, W-4, 1040-ES, ITIN / W-7 (in Spanish), sales tax (an out-of-state car, a Texas seller's permit),
 * property tax (due dates, assessment records, appeals, homestead and senior exemptions, 1970s and 1990s tax rolls), notary
 * and printing at the library, power of attorney and will forms, name changes (after marriage, an adult by court petition).
 * Providers say politely that they cannot give tax or legal advice, find the official form, and refer to the IRS, the state
 * revenue office, the county assessor or treasurer, the SSA and DMV, the court clerk, legal aid, a lawyer, or their own
 * library's desks (with and without phones, street addresses, hours and URLs). Every one of the 17 checks labelled in every
 * session before it was run (the labels copied aside before the first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line; a patron "hello?" in the queue and a 95 s pickup; `pickedUpAt` at 45 s with the first line at 80 s;
 *   "Hi there!" + "This is Anjali at …" split over two lines; "Hi! How can I help?" + a question under the screen name
 *   "Reference 2" (names no one: fail); "Congratulations! Hi, I'm Kelsey …"; chat-speak "hey! Dez w/ Summit Libraries
 *   Ask-a-Librarian"; Spanish "¡Hola! Soy Marisol, bibliotecaria de …"; a greeting that is a hold ("— let me look into that
 *   for you") in a Lost Call;
 *  inquiry: ZIP code, state, branch, year, form vs instructions, paper vs print, adult vs child, finances vs health care, the
 *   parcel number; a question asked only after the first source (fail); a question whose reason mentions the library's
 *   microfilm (LEFT);
 *  waits: holds every 84-102 s through a long search (pass); "ok, let me pull those up" then 153 s with a patron "ok" inside
 *   it (fail); two internal lines while the patron waits 130 s (fail); a silent transfer with the receiver's first line 155 s
 *   after the patron (fail); "Sure, take your time." before a 250 s patron absence (waiting on the patron: pass);
 *  endings: check-in at 345 and a disconnect notice that invites back at 470; a check-in and then nothing until 400 (notice
 *   fails, courteous fails); a goodbye 130 s after the answer with no check-in (idle fails, disconnect na); the patron's
 *   "that's everything" as the last line with no goodbye; "Glad I could help — take care!"; "k, good luck w/ ur taxes, bye!";
 *   "¡Gracias por usar nuestro chat! Que le vaya muy bien."; "we only take one question per chat, so I'm closing this one"
 *   (a limit of questions: dismissal); "several other patrons waiting … please chat back in later or call our reference desk"
 *   (allowed); patron-side "thats everything", "no more questions", "nothing else", "all set", "eso es todo", "thats all";
 *  sources: IRS, state and county URLs; the library's database path ("lakeshorelibrary.org > Research > Databases"); a book by
 *   title and author; none at all ("the software will ask you…", "the IRS also has an interactive tool": source fails);
 *  referrals: a branch phone to book VITA; the IRS transcript line; the Assessor's phone with the State Tax Tribunal named
 *   bare (fail); the library's Information Desk phone for the notary; a senior legal project by phone and URL; a state forms
 *   line; an SSA office and a DMV office by URL; a lawyer with no contact (LEFT); the City Treasurer's phone; the court clerk
 *   at a street address with a legal aid clinic "in our Community Room … second Tuesday, 5 to 7 pm" (no contact: fail); the
 *   IRS Taxpayer Assistance Center by phone (Spanish); staff consulted on the patron's behalf (Local History, Elm Grove staff,
 *   colleagues in internal lines) as no referral; "print to the front desk" (no referral: LEFT);
 *  follow-ups: FU_ME with the e-mail typed and read back, "by tomorrow afternoon" (done 20 h); a promise to e-mail "by
 *   Thursday" coded Answered (code fails, on_time pending); FU_LIB with the e-mail only in `patron.email` ("the e-mail address
 *   on your library account"), no time, not done by day 5; FU_ME by phone read back, "by Wednesday afternoon", done after 80 h;
 *  codes: a true Lost Call; Lost Call after three patron lines; null; Practice;
 *  transfers: a visible notice (a hold) and an internal note before the transfer (pass); an internal note only (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a professional the patron is told to consult ("it's worth having a lawyer look it over before you sign") is a person
 *   outside the chat the patron is to ask: a referral (the project's earlier reading of "talk to a private attorney");
 * - "file a formal appeal with the State Tax Tribunal" tells the patron to write to that body: a referral, here with no contact;
 * - "a free clinic in our Community Room on the second Tuesday … you can drop in" is a referral (visit them) whose only
 *   details are a room and hours: no e-mail, phone, postal address or URL (fail); "the Clerk of the Circuit Court at the county
 *   courthouse, 200 Main Street, Ashford" is reached by a postal address;
 * - "call the branch", "call the Information Desk", "call our reference desk" refer to the library's own departments (RUBRIC:
 *   they count when the patron is told to contact them), each with a phone here;
 * - "print to the front desk" (where a print job goes) and "then pay at the desk" (a step of the service at the branch the
 *   patron is going to) tell the patron to contact or visit no one about the need: no referral;
 * - a clarifying question whose stated reason mentions a collection ("Which town was the house in? Our microfilm of the county
 *   tax rolls covers some towns and not others.") gives no source: it points the patron to nothing to use;
 * - "Will that work with your Friday deadline?", "Would either of those work?", "Is that the one?", "that help?", "¿Le sirve
 *   esta información?" ask whether what was given meets the need; "Would you like us to look up the entry and call you back?"
 *   does not (it offers more);
 * - "Glad I could help — take care!", "k, good luck w/ ur taxes, bye!" and "Que le vaya muy bien" (after "Gracias por usar
 *   nuestro chat") say goodbye; "Got it. On nj.gov/… " and "Is that the one?" do not;
 * - "nope, all set", "nothing else, thanks!", "no more questions", "eso es todo", "thats all" (alone) say the patron is done;
 *   "ok thank you", "ok" and "No, thank you." (to no question) do not — "No, thank you." answers "anything else?", which passes
 *   anyway;
 * - a Lost Call whose only provider lines are a greeting that is a hold and an invitation back has no substantive exchange
 *   and no final idle (the first non-hold provider line after the patron's is the goodbye itself);
 * - the silent transfer's wait runs from the patron's line (95 s) to the receiver's first visible line (250 s): internal and
 *   system lines do not end it.
 *
 * COUNTS. Written: 32 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 3. Label corrections: 0.
 * Final: 29 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 09: "it's worth having a lawyer look it over before you sign" read as no referral (na; RUBRIC fails:
 *    a person outside the chat, no contact);
 *  - referral.contact, case 22: "print to the front desk" read as a referral without contact (fail; RUBRIC na: no one to contact
 *    or visit);
 *  - inquiry.clarify, case 31: "Which town was the house in? Our microfilm of the county tax rolls covers some towns and not
 *    others." read as the first source, so the question is not before it (fail; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, internal lines and a transfer, idle
 * and disconnect spans, concurrency at touching ends, on_time done / late / pending / not done by day 5) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed in the chat, an
 * e-mail in `patron.email`, a patron phone, a street address).
 *
 * FINAL RUN (`--project scoring`, this file only): 32 tests passed (3 through describeLeft).
 *
 * Labelled and run on rubric v45 while v46 (block L) was being written; v46 reads all 32 as v45 does (29 as labelled).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you soon.`];

const DANA: Prov = { id: 'dana-t', name: 'Dana', library: 'RCLS' };
const HECTOR: Prov = { id: 'hector', name: 'Hector R.', library: 'LPL' };
const IRENE: Prov = { id: 'irene', name: 'Irene', library: 'WBK' };
const WALT: Prov = { id: 'walt', name: 'Walt', library: 'MCL' };
const ANJALI: Prov = { id: 'anjali', name: 'Anjali', library: 'OPL' };
const NAOMI: Prov = { id: 'naomi', name: 'Naomi', library: 'GPL' };
const REF2: Prov = { id: 'ref2', name: 'Reference 2', library: 'CCPL-OH' };
const GLORIA: Prov = { id: 'gloria', name: 'Gloria', library: 'FCL' };
const OWEN: Prov = { id: 'owen', name: 'Owen', library: 'LSL' };
const KELSEY: Prov = { id: 'kelsey', name: 'Kelsey', library: 'BFL' };
const BERNADETTE: Prov = { id: 'bernadette', name: 'Bernadette', library: 'MAL' };
const FELIX: Prov = { id: 'felix', name: 'Felix', library: 'HCL' };
const MARCO: Prov = { id: 'marco', name: 'Marco (statewide)', library: 'STATE' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'PPL' };
const JAMAL: Prov = { id: 'jamal', name: 'Jamal', library: 'NGL' };
const YVONNE: Prov = { id: 'yvonne', name: 'Yvonne', library: 'CCL' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn', library: 'BCL' };
const LYDIA: Prov = { id: 'lydia', name: 'Lydia', library: 'CPL' };
const SIMON: Prov = { id: 'simon', name: 'Simon Park', library: 'CPL' };
const CARMEN: Prov = { id: 'carmen', name: 'Carmen', library: 'BVL' };
const DEVON: Prov = { id: 'devon', name: 'Devon Miles', library: 'BVL' };
const GORDON: Prov = { id: 'gordon', name: 'Gordon', library: 'ELM' };
const HARRIET: Prov = { id: 'harriet', name: 'Harriet', library: 'TCL' };
const WENDELL: Prov = { id: 'wendell', name: 'Wendell', library: 'BPL' };
const CELESTE: Prov = { id: 'celeste', name: 'Celeste', library: 'MPL' };
const INGRID: Prov = { id: 'ingrid', name: 'Ingrid', library: 'KFL' };
const MALIK: Prov = { id: 'malik', name: 'Malik', library: 'EPL' };
const ODETTE: Prov = { id: 'odette', name: 'Odette', library: 'FRL' };
const MARISOL: Prov = { id: 'marisol', name: 'Marisol', library: 'VVPL' };
const DEZ: Prov = { id: 'dez', name: 'dez_summit', library: 'SUM' };
const VERA: Prov = { id: 'vera', name: 'Vera', library: 'OHL' };
const TRAINER: Prov = { id: 'trainer-t', name: 'Training Account', library: 'TRN' };
const ABIGAIL: Prov = { id: 'abigail', name: 'Abigail', library: 'SPL' };
const TERRENCE: Prov = { id: 'terrence', name: 'Terrence', library: 'APL' };

const s = session;

export const taxSeason: SessionCase[] = [
  // 01 VITA by ZIP, branch phone to book
  s(DANA, '01 VITA near a ZIP: queue line, ZIP asked, branch phone to book + IRS locator URL, "thats everything"', [
    [0, 'p', "Hi, is there anywhere I can get my taxes done for free? I'm on a fixed income"],
    queue(3),
    [28, 'l', 'Good morning! This is Dana, a librarian with Riverside County Library System. I can help you find a free tax site.'],
    [35, 'l', "What's your ZIP code, and are you hoping to go in person or drop off your paperwork?"],
    [95, 'p', '92504. in person I guess, I dont do computers much'],
    [101, 'l', "Let me look at what's near you."],
    [190, 'l', 'There are two close by. Our Arlington branch hosts VITA volunteers on Saturdays 10-2 through April 15, by appointment only: call the branch at (951) 555-0142 to book. Other free sites are on the IRS locator, irs.treasury.gov/freetaxprep — just type in your ZIP.'],
    [196, 'l', 'Does that cover what you were looking for?'],
    [260, 'p', 'yes. what should I bring with me'],
    [268, 'l', "Bring a photo ID, Social Security cards for everyone on the return, your W-2s and 1099s, and last year's return if you have it."],
    [330, 'p', 'ok thats everything, thank you dear'],
    [336, 'l', "You're welcome! Thanks for contacting us, and good luck."],
  ], usual({ referral: 'pass' })),

  // 02 prior-year 1040-X: "ok, let me pull those up" then 153 s
  s(HECTOR, '02 prior-year 1040-X: "let me pull those up", patron "ok" inside the wait, answer 153 s after the hold', [
    [0, 'p', 'I need the 2021 version of form 1040-X, the IRS site keeps giving me 2024'],
    [22, 'l', "Hi, you've reached Hector at Linden Public Library's Ask a Librarian chat."],
    [30, 'l', 'Is it just the 1040-X itself you need, or the 2021 instructions too?'],
    [70, 'p', 'both if possible'],
    [76, 'l', 'ok, let me pull those up'],
    [118, 'p', 'ok'],
    [229, 'l', 'Sorry for the wait! The IRS keeps older revisions on its Prior Year Forms page: irs.gov/prior-year-forms. Type 1040-X in the search box and each revision is listed with its year; the instructions (i1040x) are listed right below.'],
    [235, 'l', 'Is that what you were after?'],
    [290, 'p', "perfect, found both. that's all, thanks!"],
    [296, 'l', 'Great, thanks for using Ask a Librarian. Bye!'],
  ], usual({ informed: 'fail' })),

  // 03 IRS transcript; patron goes quiet; check-in, then a notice that is also the goodbye
  s(IRENE, '03 IRS transcript for a mortgage: IRS line with phone, patron quiet, check-in at 345, notice + invitation back at 470', [
    [0, 'p', 'How do I get a copy of my tax return? The mortgage lender is asking for 2 years.'],
    [40, 'l', "Hello and welcome to Ask Westbrook! I'm Irene, one of the reference librarians."],
    [47, 'l', 'Did the lender ask for the full return or a tax transcript? A lot of lenders only need the transcript, which is free.'],
    [120, 'p', 'it says IRS transcript on their list'],
    [128, 'l', 'Okay, give me a moment to check the current options.'],
    [200, 'l', "You have three ways. Fastest is Get Transcript Online at irs.gov/individuals/get-transcript (you'll verify your identity through ID.me). You can also order by mail from that same page; it arrives in 5 to 10 days. Or call the IRS automated transcript line at 800-908-9946."],
    [206, 'l', 'Did that help?'],
    [345, 'l', 'Are you still there?'],
    [470, 'l', "I haven't heard back, so it looks like you've been disconnected. I'll close this chat now — feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 04 assessment appeal: the assessor with a phone, the state tribunal with none
  s(WALT, '04 assessment appeal: "call the Assessor\'s Office at 555-…", "file … with the State Tax Tribunal" (no contact)', [
    [0, 'p', 'My property assessment went up 30% this year and I think its wrong. How do I fight it?'],
    [50, 'l', 'Hi there, Walt here from the Marsh County Library reference desk. Sorry to hear about the jump!'],
    [58, 'l', "I can't advise you on whether to appeal, but I can show you the process. Is the property in Marsh County, and what date is on your assessment notice?"],
    [140, 'p', 'yes marsh county. notice is dated feb 20'],
    [148, 'l', 'Thanks, one sec while I find the appeal deadline.'],
    [230, 'l', "The county's page on appeals is marshcounty.gov/assessor/appeals; it says you have 30 days from the notice date to ask for an informal review. Start by calling the Assessor's Office at 555-310-2200, they can go over how they valued your home. If you still disagree after that, you can file a formal appeal with the State Tax Tribunal."],
    [236, 'l', 'Does that give you what you need to get started?'],
    [300, 'p', 'yes, ill call them monday. thanks'],
    [306, 'l', 'Anything else I can look up for you?'],
    [330, 'p', 'no thats it'],
    [336, 'l', 'Good luck with it, and thanks for chatting with us!'],
  ], usual({ referral: 'fail' })),

  // 05 notary at the library; greeting split; "take care" as the goodbye
  s(ANJALI, '05 notary: "Hi there!" + name, the library\'s Information Desk phone, "perfect, that\'s everything", "Glad I could help — take care!"', [
    [0, 'p', 'do you guys have a notary?? need something notarized by friday'],
    [19, 'l', 'Hi there!'],
    [24, 'l', 'This is Anjali at Oakdale Public Library. Which location is easiest for you to get to?'],
    [60, 'p', 'downtown'],
    [66, 'l', 'The downtown Central Library has a notary Monday to Thursday, 10-4, free for cardholders, appointments recommended. Call the Information Desk at 555-867-4100 to book a slot, and bring the unsigned document and a photo ID.'],
    [71, 'l', 'Will that work with your Friday deadline?'],
    [120, 'p', "yes thursday is fine. perfect, that's everything"],
    [125, 'l', 'Glad I could help — take care!'],
  ], usual({ referral: 'pass' })),

  // 06 power of attorney; legal aid with phone and URL; null code
  s(NAOMI, '06 power of attorney (property, Illinois): statutory form URL, legal aid with phone + URL, code null', [
    [0, 'p', 'Hello, I need a power of attorney form for my mother. She is in assisted living and I handle her bills.'],
    [45, 'l', "Good afternoon! I'm Naomi, a librarian at Greenfield Public Library."],
    [52, 'l', 'Just so I point you to the right form: is this for her finances, her health care decisions, or both? And which state does she live in?'],
    [130, 'p', 'finances. Illinois'],
    [136, 'l', "Thanks. I'm checking the state's version now."],
    [215, 'l', "Illinois has a statutory short form for property (financial) power of attorney. Illinois Legal Aid Online has it with plain-language instructions: illinoislegalaid.org/legal-information/power-attorney-property. I'm not able to give legal advice on filling it in, but if you'd like someone to look it over, the Senior Legal Assistance Project can be reached at (618) 555-0134 or seniorlegalhelp.org."],
    [222, 'l', 'Does that point you in the right direction?'],
    [290, 'p', 'Yes, this is very helpful. Thank you.'],
    [296, 'l', 'Is there anything else I can help with today?'],
    [330, 'p', 'No, thank you.'],
    [335, 'l', "You're welcome. Thanks for chatting, and take care."],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: null }),

  // 07 state forms; the greeting names no one
  s(REF2, '07 Ohio IT 1040 on paper: "Hi! How can I help?" + a question (screen name only), the state forms line by phone', [
    [0, 'p', 'where can i get ohio state income tax forms? library used to have them in the lobby'],
    [33, 'l', 'Hi! How can I help?'],
    [40, 'l', 'Do you want paper copies, or is printing from the website ok?'],
    [75, 'p', 'paper if possible'],
    [82, 'l', "For paper, call the Ohio Department of Taxation's forms request line at 1-800-282-1782 and they'll mail them, or print the IT 1040 booklet from tax.ohio.gov/forms. Our branches also print at 10 cents a page."],
    [88, 'l', 'Would either of those work?'],
    [130, 'p', "ill just print it. thanks, that's all"],
    [136, 'l', "You're welcome, have a good evening! Bye."],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 08 AARP Tax-Aide: patron "hello?" in the queue, 95 s pickup
  s(GLORIA, '08 AARP Tax-Aide: "hello?" in the queue, picked up at 95 s, branch phone + locator URL, "no more questions"', [
    [0, 'p', 'Hi do you know if AARP tax help is at any libraries this year'],
    queue(2, 3),
    [60, 'p', 'hello?'],
    [95, 'l', "Hello, sorry for the wait! My name is Gloria and I'm a librarian at Fairview County Library."],
    [101, 'l', 'Are you looking for a site near a particular branch or town?'],
    [150, 'p', 'near Maple Heights'],
    [156, 'l', 'Checking the Tax-Aide schedule, hang on.'],
    [240, 'l', "AARP Foundation Tax-Aide is at our Maple Heights branch on Mondays and Wednesdays, 9 to 1, through April 14. It's appointments only this year: call the branch at 555-244-3090, or book through the Tax-Aide site locator at aarpfoundation.org/taxaide. You don't have to be an AARP member or retired."],
    [246, 'l', 'Is that what you were looking for?'],
    [300, 'p', 'yes! thank you. no more questions'],
    [306, 'l', 'Wonderful — thanks for chatting with us, and come back any time.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 09 will forms; "have a lawyer look it over" with no contact
  s(OWEN, '09 will forms: legal forms database + Nolo book, "worth having a lawyer look it over" (a professional, no contact)', [
    [0, 'p', 'does the library have will forms? i want to make a simple will'],
    [26, 'l', 'Hi, thanks for contacting Lakeshore Library! This is Owen.'],
    [31, 'l', 'Are you looking for a blank form you can fill in, or a book that explains how to write one?'],
    [90, 'p', 'a form i guess, something free'],
    [97, 'l', "Let me see what we've got."],
    [170, 'l', 'Two options. Our Legal Information Reference Center database (lakeshorelibrary.org > Research > Databases, sign in with your card) has state-specific will forms from Nolo. We also have "Nolo\'s Simple Will Book" by Denis Clifford at Main and Eastside.'],
    [176, 'l', "I can't give legal advice, and since a will has to be signed and witnessed just right, it's worth having a lawyer look it over before you sign."],
    [182, 'l', 'Does that help?'],
    [240, 'p', 'yes ok thanks'],
    [246, 'l', 'Anything else I can do for you?'],
    [275, 'p', 'no'],
    [280, 'l', 'Thanks for stopping by the chat — bye!'],
  ], usual({ referral: 'fail' })),

  // 10 name change after marriage; answered before any question
  s(KELSEY, '10 married name change: SSA page and office locator given at once, "Which state?" only after, DMV page', [
    [0, 'p', 'just got married, what order do i change my name on stuff? social security first??'],
    [35, 'l', "Congratulations! Hi, I'm Kelsey, a librarian at Brookhaven Free Library."],
    [41, 'l', "Yes, Social Security is usually first. The SSA's page ssa.gov/personal-record/change-name walks you through it: you fill out Form SS-5 and show your marriage certificate and ID. Your local Social Security office is listed at ssa.gov/locator if you'd rather go in."],
    [47, 'l', 'Which state do you live in? The driver\'s license step is next and it varies.'],
    [95, 'p', 'new york'],
    [101, 'l', "Once your new card arrives (about 2 weeks), take it with your marriage certificate to a DMV office; the NY DMV's name-change page is dmv.ny.gov/driver-license/change-name-your-driver-license-or-id. After that: bank, passport, employer."],
    [106, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes!! thats all I needed, thank u'],
    [155, 'l', "You're welcome, and congrats again! Bye!"],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 11 1998 PA-40: follow-up by me, e-mail read back, "by tomorrow afternoon", done in 20 h
  s(BERNADETTE, '11 1998 PA-40 (follow-up by me): e-mail typed and read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'I need a 1998 Pennsylvania PA-40 form and instructions for an old return I have to fix up'],
    [30, 'l', "Good morning, you're chatting with Bernadette at the Millersburg Area Library."],
    [37, 'l', 'Do you need the blank form to fill in, or just the instructions to check a figure?'],
    [110, 'p', 'both, the blank form especially'],
    [117, 'l', "One moment, checking the Department of Revenue's archive."],
    [205, 'l', "The Department of Revenue's online forms archive at revenue.pa.gov/FormsandPublications only goes back about twenty years, so 1998 isn't there. Our government documents collection may have the printed 1998 booklet, but I'll need to check the shelf in person."],
    [212, 'l', "If you give me your email, I'll scan the form and instructions and send them to you by tomorrow afternoon."],
    [260, 'p', "sure, it's hwenger58@outlook.com"],
    [266, 'l', "Got it: hwenger58@outlook.com. You'll have them from me by tomorrow afternoon."],
    [272, 'l', 'Anything else for now?'],
    [300, 'p', "no that's it, thanks so much"],
    [305, 'l', 'Thank you for chatting — talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 12 1972 assessment roll: a promise coded Answered
  s(FELIX, '12 1972 assessed value: Local History will e-mail "by Thursday", e-mail read back, but coded Answered (pending)', [
    [0, 'p', 'hi, trying to find out what my house was assessed at back in the 1970s. is that something the library would have'],
    [44, 'l', "Hi! I'm Felix, a reference librarian at Harlow County Library. Happy to look."],
    [50, 'l', "What's the address or the parcel number, and roughly which year?"],
    [130, 'p', '412 Orchard Lane, Harlow. 1972 would be ideal'],
    [136, 'l', "Let me look at what's online first."],
    [220, 'l', "The county's parcel search (harlowcounty.gov/assessor/parcel-search) only has values from 1995 on. Our Local History room has the printed assessment rolls from the 1960s and 70s, though. I'll ask them to pull 1972 for your street and e-mail you a photo of the page by Thursday. What's a good e-mail?"],
    [280, 'p', 'dmorrow.harlow@gmail.com'],
    [286, 'l', "Thanks, dmorrow.harlow@gmail.com — you'll hear from us by Thursday. Is the parcel search any use in the meantime?"],
    [330, 'p', 'yes it shows the recent ones, thats helpful. thats everything thanks'],
    [336, 'l', 'Great. Thanks for using Ask Harlow, bye for now!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 statewide provider passes the question to the patron's library; e-mail only on the account; day 5
  s(MARCO, '13 VITA dates at Elm Grove (follow-up by patron\'s library): "the e-mail address on your account", no time, not done by day 5', [
    [0, 'p', 'Is the free tax prep at Elm Grove library still happening on Thursdays? The website calendar is blank'],
    [38, 'l', "Hi, this is Marco with the statewide Ask Us chat. I'm at a different library, but I'll do what I can."],
    [44, 'l', 'Do you mean the VITA volunteers, or the AARP group? Some libraries host both.'],
    [100, 'p', 'the VITA ones, they did my taxes last year'],
    [106, 'l', "Let me check Elm Grove's site."],
    [190, 'l', "Elm Grove's events calendar (elmgrovelibrary.org/events) has no VITA dates for March, and the IRS locator (irs.treasury.gov/freetaxprep) doesn't list Elm Grove this year either. I'll send your question to the Elm Grove staff so they can confirm; they'll get back to you at the e-mail address on your library account."],
    [196, 'l', 'Does that help for now?'],
    [250, 'p', 'ok thank you'],
    [256, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'lturner@example.net', phone: null } }, { now: T0 + 5 * DAY }),

  // 14 a true Lost Call: greeting that is a hold, patron gone
  s(TESS, '14 1099-G (Lost Call): greeting with "let me look into that", patron leaves at 52, invitation back at 200', [
    [0, 'p', 'where do i find my 1099-G for unemployment'],
    queue(2),
    [40, 'l', "Hi, I'm Tess, a librarian at Pinecrest Public Library — let me look into that for you."],
    left(52),
    [200, 'l', "It looks like you've left the chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron messages
  s(JAMAL, '15 out-of-state car sales tax: answered, patron "ok thx" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'if i buy a used car in another state do i pay sales tax here or there'],
    [25, 'l', 'Hello! Jamal here, librarian at Northgate Library.'],
    [30, 'l', 'Which state do you live in, and which state is the car in?'],
    [85, 'p', 'live in wisconsin, car is in illinois'],
    [92, 'l', "I can't give tax advice, but the Wisconsin Department of Revenue has a fact sheet on exactly this at revenue.wi.gov (search \"motor vehicle sales tax\"). Generally you pay your home state's tax when you title the car there."],
    [150, 'p', 'ok thx'],
    left(152),
    [160, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 16 four chats at once
  s(YVONNE, '16 paper 1040s at a branch: three other chats open, four at once from 50 s', [
    [0, 'p', 'do you have paper 1040s at the Westside branch'],
    [30, 'l', "Hi! This is Yvonne with Carver County Library's chat service."],
    [36, 'l', 'Just the 1040 itself, or the instruction booklet too?'],
    [70, 'p', 'both'],
    [78, 'l', "Westside got its IRS shipment last week: 1040s and Schedules 1-3 are on the rack by the front door, but no printed instruction booklets came this year. You can print the instructions free at any branch (up to 20 pages), or read them at irs.gov/instructions/i1040gi."],
    [84, 'l', 'Does that take care of it?'],
    [130, 'p', 'yes thats great'],
    [136, 'l', 'Anything else today?'],
    [160, 'p', 'no thats all'],
    [165, 'l', 'Thanks for chatting! Bye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yvonne', -300, 400), other('y2', 'yvonne', -100, 600), other('y3', 'yvonne', 50, 500)],
  }),

  // 17 three at most, two touching the ends
  s(QUINN, '17 city property tax due date: Treasurer\'s phone; others touch both ends, three at most at once', [
    [0, 'p', 'when is the first half property tax due in brenner county and can i pay online'],
    [22, 'l', 'Good afternoon, Quinn here, a librarian at Brenner County Library.'],
    [28, 'l', 'Are you in the city or in one of the towns? Some towns collect the first half themselves.'],
    [80, 'p', 'city'],
    [86, 'l', "For city residents the first installment goes to the City Treasurer and was due January 31; the city's page cityofbrenner.gov/treasurer/property-tax has the online payment link (card payments have a 2.4% fee) and the drop box location."],
    [92, 'l', 'Did that answer it?'],
    [140, 'p', 'yes but i missed jan 31 :( what happens'],
    [146, 'l', "I can't tell you what penalty would apply to your bill, but the City Treasurer's office can: call them at 555-266-4771."],
    [200, 'p', 'ok will do. thats all, thanks'],
    [205, 'l', "You're welcome — thanks for chatting, and good luck!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('q1', 'quinn', -600, 0), other('q2', 'quinn', -200, 120), other('q3', 'quinn', 100, 900), other('q4', 'quinn', 210, 800)],
  }),

  // 18 transfer done by the book
  s(LYDIA, '18 1978 1040 instructions: transfer to Government Documents with a notice and a note, Simon answers 44 s later', [
    [0, 'p', 'I need the 1978 federal income tax booklet, the whole instructions, for a family history project'],
    [20, 'l', "Hello, I'm Lydia at the Ask Us desk of Carrollton Public Library."],
    [26, 'l', "Is it the 1040 instructions you're after, or the shorter 1040A?"],
    [80, 'p', "1040 I think. my grandfather's return"],
    [88, 'l', "Our government documents librarian knows the historic IRS material best, so I'm going to transfer you to him. One moment, please."],
    [92, 'i', 'Simon, patron wants the 1978 1040 instruction booklet for genealogy, can you take this? Thanks'],
    xfer(96, 'Simon Park', 'simon'),
    [140, 'l', 'Hi, Simon from Government Documents here. The IRS has the 1978 Form 1040 instructions as a PDF: go to irs.gov/prior-year-forms, search "1040 instructions" and scroll to 1978. We also hold the printed booklet in our documents collection if you ever want to see the original.', as(SIMON)],
    [146, 'l', 'Does that give you what you need?', as(SIMON)],
    [200, 'p', 'oh wow yes, the PDF is perfect. nothing else, thanks!'],
    [206, 'l', 'My pleasure. Thanks for using Ask Us!', as(SIMON)],
  ], usual({ transfer: 'pass' })),

  // 19 silent transfer; the receiver writes 155 s after the patron
  s(CARMEN, '19 Texas sales tax permit: transfer with an internal note only, receiver\'s first line 155 s after the patron', [
    [0, 'p', 'how do i get a sales tax permit for my etsy shop in texas'],
    [35, 'l', "Hi! I'm Carmen, a librarian at Bexar Valley Library."],
    [42, 'l', 'Are you selling only online, or at markets and fairs too?'],
    [95, 'p', 'mostly online, some craft fairs'],
    [101, 'i', "Devon, can you pick up a small biz sales tax permit q? I'm swamped"],
    xfer(104, 'Devon Miles', 'devon'),
    [250, 'l', "Hello, Devon from the Small Business Center here. In Texas you apply for a sales and use tax permit with the Comptroller, free, online at comptroller.texas.gov/taxes/permit. Sales at craft fairs are covered by the same permit.", as(DEVON)],
    [256, 'l', 'Does that answer it?', as(DEVON)],
    [300, 'p', 'yes thank u'],
    [306, 'l', 'Anything else I can help with?', as(DEVON)],
    [340, 'p', 'nope, all set'],
    [345, 'l', 'Great, thanks for chatting!', as(DEVON)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 20 "one question per chat"
  s(GORDON, '20 W-4 then a list: "we only take one question per chat, so I\'m closing this one" (a limit of questions)', [
    [0, 'p', 'how many allowances should i put on my W-4'],
    [30, 'l', 'Hi, this is Gordon at Elmwood Library. Is this for a new job?'],
    [70, 'p', 'yeah starting monday'],
    [78, 'l', "Since 2020 the W-4 doesn't use allowances; it has five steps instead. The IRS Tax Withholding Estimator at irs.gov/w4app helps with Steps 3 and 4. I can't tell you what to enter, though."],
    [84, 'l', 'Does that help?'],
    [130, 'p', 'kind of. also what about the state one, and do i need to file a 1099 if i did doordash last year, and'],
    [138, 'l', "I've already answered your question, and we only take one question per chat, so I'm closing this one."],
    [160, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 21 other patrons waiting, a way back; pickedUpAt recorded
  s(HARRIET, '21 homestead + senior freeze: pickedUpAt 45 s, "several other patrons waiting … chat back in later or call our reference desk"', [
    [0, 'p', 'hi, questions about the homestead exemption and the senior freeze, i just turned 65'],
    [80, 'l', 'Hello, my name is Harriet and I\'m a librarian at the Tri-County Library. What county is your home in?'],
    [130, 'p', 'Lake county'],
    [136, 'l', "The Lake County Assessor's exemptions page (lakecountyassessor.gov/exemptions) lists both the homestead and the senior freeze, with the application forms and who qualifies. The senior freeze has an income limit, so have last year's income handy."],
    [142, 'l', 'Is that the kind of info you needed?'],
    [200, 'p', "yes. also how do i protest the new value, and can my son sign for me, and what about the veterans one, and my sister's house in another county"],
    [210, 'l', "Those are all good questions! I have several other patrons waiting, so I can't go through all of them right now. The exemptions page above covers the veterans' exemption too. For the rest, please chat back in later or call our reference desk at 555-731-0900 and we'll keep going."],
    [240, 'p', 'ok'],
    [246, 'l', 'Thanks for your patience, and take care!'],
  ], usual({ anything: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),

  // 22 a check-in and then nothing
  s(WENDELL, '22 printing a W-2 from e-mail: answer at 81, "Are you still with me?" at 227, session ends at 400 with no notice', [
    [0, 'p', 'can i print my W2 at the library from my email? how much'],
    [28, 'l', 'Hi, thanks for reaching out to Bayside Public Library — this is Wendell.'],
    [34, 'l', 'Which branch will you be at? Printing works a little differently at Main.'],
    [75, 'p', 'north branch'],
    [81, 'l', "At North you can log into your email on any public computer and print to the front desk; it's 15 cents a page for black and white. From your own phone, use the Print from Anywhere page at baysidelibrary.org/print, pick North as the location, then pay at the desk."],
    [87, 'l', 'Does that help?'],
    [227, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 173 }),

  // 23 goodbye 130 s after the answer, no check-in
  s(CELESTE, '23 1040-ES vouchers: answer at 96, goodbye at 226 (final idle 130 s) with no check-in', [
    [0, 'p', 'where do i get the vouchers for quarterly estimated taxes'],
    [31, 'l', "Good evening! You've reached Celeste, librarian at Marion Public Library."],
    [37, 'l', 'Is this for federal estimated tax, state, or both?'],
    [90, 'p', 'federal'],
    [96, 'l', 'The federal vouchers are in Form 1040-ES, which has the worksheet and four payment vouchers: irs.gov/pub/irs-pdf/f1040es.pdf. You can also skip the vouchers and pay online through IRS Direct Pay at irs.gov/directpay.'],
    [102, 'l', 'Will that work for you?'],
    [226, 'l', 'Thanks for using the chat tonight — come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 "Sure, take your time." then 250 s away
  s(INGRID, '24 property record before calling the assessor: "Sure, take your time." then the patron away 250 s', [
    [0, 'p', 'I got a notice of my new assessed value and want to see what the county has on file for my house (sq ft etc) before I call them'],
    [25, 'l', 'Hi there, this is Ingrid at Kettle Falls Library. I can help you find your property record.'],
    [31, 'l', 'Do you have the parcel number from the notice? It makes the search much faster.'],
    [70, 'p', 'hang on let me go find the letter'],
    [76, 'l', 'Sure, take your time.'],
    [326, 'p', 'ok its parcel R-0412-33'],
    [332, 'l', 'Thanks! One moment.'],
    [400, 'l', 'Here it is: on the county\'s property search at kettlecounty.gov/propertysearch, enter R-0412-33 and open the "Building" tab. It lists 1,640 sq ft, built 1978, 3 bed / 2 bath, and last year\'s and this year\'s values side by side.'],
    [406, 'l', 'Does that match what you were looking for?'],
    [460, 'p', "yes, and the sq ft is wrong, they counted the basement. that's all I needed, thank you!"],
    [466, 'l', 'Glad it helped. Thanks for chatting, and good luck with the call!'],
  ], usual()),

  // 25 holds every ~100 s; the patron has the last word
  s(MALIK, '25 2018 NJ-1040 instructions: holds at 68/170/272, answer at 365, patron "that\'s everything" last (no goodbye)', [
    [0, 'p', 'Looking for NJ-1040 instructions for tax year 2018, the state site only has recent years'],
    [24, 'l', 'Hello! Malik here, a librarian with Eastport Public Library.'],
    [30, 'l', 'Do you need only the instructions, or the 2018 form too?'],
    [62, 'p', 'just instructions'],
    [68, 'l', 'Let me dig around the Division of Taxation site, one moment.'],
    [170, 'l', 'Still searching — their archive is a bit buried. Thanks for hanging in there.'],
    [272, 'l', "Almost there, I've found the prior-year page, just checking it has 2018."],
    [365, 'l', 'Got it. On nj.gov/treasury/taxation/prntpriorresident.shtml, scroll to 2018 and click "NJ-1040 Instructions". It\'s a PDF of about 50 pages.'],
    [371, 'l', 'Is that the one?'],
    [420, 'p', "yes that's it, that's everything. thanks a ton"],
  ], usual({ courteous: 'fail' })),

  // 26 internal messages do not end the wait
  s(ODETTE, '26 Schedules 1 and B on the rack: two internal lines, the patron waits 130 s for a visible answer', [
    [0, 'p', 'Does the Main library still have the paper tax forms rack? I need a Schedule 1 and a Schedule B'],
    [20, 'l', 'Hi, Odette at Fox River Library here!'],
    [26, 'l', 'Would printing them be okay if the rack is out, or do you need the official paper ones?'],
    [60, 'p', 'either is fine, I just dont have a printer'],
    [65, 'i', 'anyone at Main know if sched 1 & B are still on the rack?'],
    [150, 'i', 'Main: Sched 1 yes, Sched B out'],
    [190, 'l', 'Main still has Schedule 1 on the rack but is out of Schedule B. You can print Schedule B from irs.gov/forms-pubs on any of our computers; the first 10 pages each day are free.'],
    [196, 'l', 'Does that work?'],
    [240, 'p', 'yep, thank you'],
    [246, 'l', 'Anything else I can help with?'],
    [280, 'p', 'nope thats all'],
    [284, 'l', 'Great! Thanks for chatting with Fox River Library.'],
  ], usual({ informed: 'fail' })),

  // 27 Spanish: ITIN / W-7
  s(MARISOL, '27 ITIN (Spanish): W-7 page in Spanish, IRS Taxpayer Assistance Center by phone, "¿Le sirve…?", "eso es todo"', [
    [0, 'p', 'Hola, necesito saber cómo sacar un número ITIN para declarar impuestos'],
    [35, 'l', '¡Hola! Soy Marisol, bibliotecaria de la Biblioteca Pública de Valle Verde. Con gusto le ayudo.'],
    [42, 'l', '¿Es la primera vez que lo solicita, o necesita renovar un ITIN que ya tiene?'],
    [110, 'p', 'primera vez. para mi esposa'],
    [117, 'l', 'Un momento, por favor, busco la información en español.'],
    [200, 'l', 'Se solicita con el Formulario W-7 del IRS, junto con la declaración de impuestos y un documento de identidad (el pasaporte, por ejemplo). Las instrucciones en español están en irs.gov/es/forms-pubs/about-form-w-7. Si prefiere que revisen los documentos en persona, puede pedir cita en un Centro de Asistencia al Contribuyente del IRS llamando al 844-545-5640.'],
    [206, 'l', '¿Le sirve esta información?'],
    [270, 'p', 'sí, muchas gracias'],
    [276, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [300, 'p', 'no, eso es todo'],
    [306, 'l', '¡Gracias por usar nuestro chat! Que le vaya muy bien.'],
  ], usual({ referral: 'pass' })),

  // 28 chat-speak both sides
  s(DEZ, '28 1099-G from Michigan UIA (chat-speak): "hey! Dez w/ Summit Libraries", "sec", "that help?", "k … bye!"', [
    [0, 'p', 'where do i get my 1099 from unemployment?? need it to file'],
    [14, 'l', 'hey! Dez w/ Summit Libraries Ask-a-Librarian 👋'],
    [19, 'l', 'which state paid ur unemployment?'],
    [40, 'p', 'michigan'],
    [44, 'l', 'sec'],
    [95, 'l', 'MI UIA posts it in ur MiWAM account: go to michigan.gov/leo/bureaus-agencies/uia, log in to MiWAM and look for the 1099-G in ur Inbox. they also mail paper ones by jan 31'],
    [99, 'l', 'that help?'],
    [130, 'p', 'ya got it'],
    [134, 'l', 'anything else?'],
    [150, 'p', 'nah'],
    [154, 'l', 'k, good luck w/ ur taxes, bye!'],
  ], usual()),

  // 29 no source at all
  s(VERA, '29 claiming a partner\'s child: no advice, "the software will ask you", "the IRS also has an interactive tool" (no source)', [
    [0, 'p', 'can i claim my girlfriends son as a dependent if he lives with us'],
    [40, 'l', "Hi, I'm Vera, a librarian at Oak Hollow Library."],
    [47, 'l', "I'm not able to give tax advice about your situation, but I can help you figure out where to look. Are you filing on your own with software, or with a preparer?"],
    [120, 'p', 'turbo tax'],
    [127, 'l', 'In that case the software will ask you a series of questions about who lived with you and who supported him, and it decides from your answers. The IRS also has an interactive tool that asks the same questions.'],
    [133, 'l', 'Does that help?'],
    [190, 'p', "ok i'll just go thru it. thats all"],
    [196, 'l', 'Sounds good. Thanks for chatting, good luck!'],
  ], usual({ source: 'fail' })),

  // 30 Practice
  s(TRAINER, '30 practice chat (tax script test): coded Practice, every check na', [
    [0, 'p', 'test - where are the 1040 forms'],
    [10, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [20, 'l', 'Forms are at irs.gov/forms-pubs. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 31 follow-up by phone, done after 80 h
  s(ABIGAIL, '31 1994 tax roll for an estate (follow-up by me): cell number given and read back, "by Wednesday afternoon", done after 80 h', [
    [0, 'p', "i'm settling my dad's estate and need to show what property taxes were paid on his house in 1994. county says they don't keep records that old"],
    [32, 'l', "Hello, I'm Abigail, a librarian at Stonebridge Public Library. I'm sorry about your dad."],
    [39, 'l', 'Which town was the house in? Our microfilm of the county tax rolls covers some towns and not others.'],
    [100, 'p', 'Hadley township'],
    [106, 'l', 'Let me check our microfilm list.'],
    [190, 'l', "Good news: our microfilm index (stonebridgelibrary.org/localhistory/microfilm) lists the Hadley Township tax rolls for 1990-1999. I can't get to the reels until tomorrow, when our local history librarian is in. Would you like us to look up the entry and call you back?"],
    [240, 'p', 'yes please. 608-555-0199 is my cell'],
    [246, 'l', "608-555-0199, got it. You'll hear from me by Wednesday afternoon at the latest."],
    [252, 'l', 'Anything else I can help with today?'],
    [280, 'p', 'no, thank you'],
    [286, 'l', 'Take care, and thanks for reaching out.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 32 adult name change: the clerk with an address, the clinic with only a room and hours
  s(TERRENCE, '32 adult name change: court self-help URL, the Clerk at "200 Main Street", a legal aid clinic in "our Community Room" (no contact)', [
    [0, 'p', "how do I legally change my name? not because of marriage. I'm in Ashford county"],
    [26, 'l', 'Hi! Terrence here, a librarian at Ashford Public Library.'],
    [33, 'l', 'Is this for yourself as an adult, or for a child?'],
    [70, 'p', 'me, adult'],
    [76, 'l', "For an adult it goes through the county court. The court's self-help page has the petition forms and the steps: ashfordcourts.org/self-help/name-change. You file the petition with the Clerk of the Circuit Court at the county courthouse, 200 Main Street, Ashford. There is a filing fee, and the page explains how to ask for a waiver."],
    [82, 'l', "We can't give legal advice, but a volunteer attorney from Legal Aid holds a free clinic in our Community Room on the second Tuesday of each month, 5 to 7 pm — you can drop in with your questions."],
    [88, 'l', 'Does that help?'],
    [150, 'p', 'yes very much, thanks. thats all'],
    [156, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '09 will forms: legal forms database + Nolo book, "worth having a lawyer look it over" (a professional, no contact)':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 6: "it\'s worth having a lawyer look it over before you sign" tells the patron to take the will to a lawyer (ask / visit a person outside the chat: RUBRIC Terms, Referral), with no e-mail, phone, address or URL.',
  '22 printing a W-2 from e-mail: answer at 81, "Are you still with me?" at 227, session ends at 400 with no notice':
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL", evidence message 4 "… print to the front desk"). "print to the front desk" names the printer a job goes to, and "then pay at the desk" is a step of the service at the branch the patron is going to: no one is to be contacted or visited about the need (RUBRIC Terms, Referral).',
  '31 1994 tax roll for an estate (follow-up by me): cell number given and read back, "by Wednesday afternoon", done after 80 h':
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking", evidence message 2 "Our microfilm of the county tax rolls covers some towns and not others."). Message 2 asks "Which town was the house in?" and gives the collection only as the reason for asking; the first message that gives a source is message 5 (the microfilm index URL), after the question.',
};

describe('forty-sixth round: tax season and personal paperwork, checked', () => {
  describeSessions('whole sessions', taxSeason.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', taxSeason.filter((c) => c.name in LEFT_WHY));
});
