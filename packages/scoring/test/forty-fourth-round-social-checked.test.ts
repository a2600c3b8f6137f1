/**
 * Forty-fourth round, checked: SOCIAL SERVICES AND PATRONS IN HARD TIMES. Whole sessions of public-library chat and text
 * services (county libraries, a cooperative with transfers, a text line) where patrons ask for help with eviction and rent,
 * food (pantries, SNAP, WIC, diapers, the senior food box), utility shutoffs, homelessness and shelter beds, domestic
 * violence, veterans' benefits (appeals, HUD-VASH, DD-214 for a funeral, a widow's pension), re-entry after prison (jobs,
 * record clearing, voting, ID), disability benefits (SSDI, SSI review forms, paratransit, a ramp), immigration paperwork
 * (I-90, I-485 translations, citizenship study, free lawyers, in Spanish) and seniors' services (Meals on Wheels, Medicare Part
 * D, homestead exemption, senior housing, cooling centers). Patrons who are anxious, ashamed, angry or despairing, who write
 * fragments from a phone, in non-native English or Spanish, and relatives asking for a parent. Every one of the 17 checks
 * labelled in every session before it was run (the labels as first written are kept apart, outside the repo).
 *
 * SHAPES TRIED:
 *  opening: a queue message before pickup; three patron fragments before a 31 s pickup; a 65 s pickup (fail); a recorded
 *   `pickedUpAt` (30 s) before the first words (85 s); "Hi there!" + "What city are you in?" naming no one (greeting fails);
 *   a text line's "Hi! Hennepin County Library text line, Jax here."; a Spanish greeting; no librarian ever joining;
 *  waits: holds every ~100-110 s through long searches (pass); "ok one sec" then 156 s (fail); a hold, the patron's "ok" 13 s
 *   later and the answer 128 s after the hold (fail: the "ok" does not restart the wait); a hold followed by internal notes to
 *   and from a colleague, the answer 133 s after the hold (fail: internal messages do not end it); "Take your time looking
 *   through them." (no hold) and the patron back 310 s later (pass); the patron's "thank u so much" answered 140 s later
 *   (fail); a patron who must leave during a hold and gets a quick answer 6 s later; a partial answer that says the search
 *   goes on (a hold) as the provider's last word before the patron leaves;
 *  sources and referrals: agencies with phone, URL and street address; "call 2-1-1"; "call or text 988"; "text START to
 *   88788"; "text your zip code to 898-211"; "please call 911"; agencies named with no contact (the county's community action
 *   agency, the utility, the county health department, the patron's own shelter, "the Wisconsin Vital Records Office"); the
 *   library's own front desk with no contact; the library's own class with its phone; a colleague consulted by internal note
 *   (no referral); agencies offered with their contact but no "call / contact" verb ("X does Y for free. Their intake line is
 *   …", "X takes some cases: phone", "can be done by phone with X at …", "You apply with X … X: URL, phone", a Spanish list);
 *  clarifying: questions about county, stage of a claim, household, safety; a restatement ("So your SNAP benefits didn't load
 *   … is that right?"); none at all; a safety question in the same message as "please call 911";
 *  endings: patron says done ("thats all i needed", "That is everything", "no that is it", "es todo"); "Anything else?" asked;
 *   neither; the provider's last words only wishing a recovery (courteous fails); check-in + notice that is also the goodbye
 *   (twice); a check-in and then nothing; "Since I haven't heard back, I'll assume you have what you need. Thanks …" (no
 *   check-in, no notice); "Are you still there? If not, take care, and feel free to come back anytime." as the last message;
 *   a text-line answer with 30 minutes of silence after it; "I'm going to end the chat now." + "Bye." after a run of questions
 *   (dismissal); "several other people waiting … please come back anytime" (allowed);
 *  follow-ups: by me with an e-mail read back and "by Thursday at noon" (done in 20 h); by me with a phone given by a senior
 *   with no e-mail, "Thursday afternoon" (done after 80 h, judged on day 5); by the patron's library (the branch social worker
 *   "will get in touch") with no patron contact anywhere (pending); a Spanish promise "le mando la lista mañana antes de las 5"
 *   coded Answered (done in 22 h);
 *  codes: a Lost Call where the provider asked a clarifying question the patron never answered; a Lost Call with two patron
 *   messages and no provider; a Lost Call with two patron messages and a partial answer; a null code;
 *  transfers: notice + internal note before the transfer (pass); notice, note written after the transfer (fail);
 *  concurrency: four chats at once (fail); three at most with one ending as this starts and one starting as it ends (pass);
 *   the transferring provider busy only after the transfer (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - an agency offered as the place to get help, with its contact, is a referral even with no "call / contact / visit" verb
 *   ("X does eviction defense for free. Their intake line is …, or you can apply at <URL>", "X takes some disability cases:
 *   phone or URL", "the renewal can also be done by phone with X at …", "You apply with the county auditor …", "For free help,
 *   X's counselors do this by phone: …", a Spanish list "Estas organizaciones dan ayuda legal gratis: X: phone"): Terms,
 *   Referral, "telling the patron to contact … (call, write to, ask or visit them)"; answering "who can help / who do I call"
 *   with an agency and its number is telling the patron to contact it;
 * - "call 2-1-1", "call or text 988", "please call 911", "text START to 88788" and "text your zip code to 898-211" give a
 *   phone (a text number is a phone) for a referral: both a source and a way to reach the party;
 * - "ask the shelter for a letter", "in person at your county health department", "Go to the front desk" (the library's own
 *   desk) are referrals (ask / visit them), even when the patron is staying at that shelter or sitting in that library;
 * - "Our social worker … will get in touch" is a promise (a follow-up session), not a referral; "Let me check with our
 *   community resources librarian" is staff consulted on the patron's behalf, not a referral;
 * - a street address without city ("55 W. Waterloo Rd.", "4410 Broadway Ave") is a postal address when the city is plain from
 *   the party's name or the chat;
 * - a clarifying question to which the patron never answers is a substantive exchange (Terms: "a clarifying question
 *   counts"), so in that Lost Call the information checks apply and fail (no source, no completeness, no "anything else");
 * - "Will one of those work for you today?", "Does this give you somewhere to start?", "Is that enough to get you started?",
 *   "That help?" ask whether what was given meets the need; "Would that be ok?" (offering a list by e-mail) and "could I call
 *   you with what I find?" do not;
 * - "Take care, both of you.", "Good luck, take care!", "Bye for now!", "Adiós" say goodbye; "Glad to help. Wishing your mom a
 *   good recovery!" does not (no thanks, goodbye or invitation back);
 * - "nah im good" after "Anything else?" and "no" answer the question (the question is what passes the check);
 * - "Are you still there? If not, take care, and feel free to come back anytime." is no goodbye (Terms: "unless it also asks
 *   whether the patron is still there"), so the final idle runs to `endedAt` (185 s: disconnect_notice applies and fails),
 *   though the message invites back (closing.courteous passes);
 * - "Since I haven't heard back, I'll assume you have what you need." says nothing of a disconnect or of the session ending;
 * - "We've already gone over several questions and I can't go through the whole form with you. I'm going to end the chat
 *   now." + "Bye." ends the help for the provider's convenience with no way back (an SSA phone given earlier is another
 *   service, not a way back to this one): dismissal;
 * - a partial answer with "Let me find who … helps, one moment" is a hold (Terms), so when the patron then leaves there is no
 *   final idle and the open span does not count.
 *
 * COUNTS. Written: 38 whole sessions, all 17 checks labelled in each before any was run. First run as labelled / disagreeing:
 * 27 / 11. Label corrections: 1 (the DV session: inquiry.clarify, first labelled pass; the safety question "are you safe to
 * chat right now?" shares its message with "If you are in danger this minute, please call 911.", a phone for a referral and so
 * a source, and RUBRIC asks for the question BEFORE the first message that gives a source: fail). Final: 28 running, 10 LEFT:
 *  - referral.contact, 6 (na for pass): an agency offered with its contact but no "call / contact / visit" verb is read as no
 *    referral (the same shape with no contact is na too, where RUBRIC fails it);
 *  - referral.contact, 1 (fail for pass): "… or walk in at the Akron VA clinic, 55 W. Waterloo Rd.": the sentence is cut at
 *    "55 W." and the street address is lost;
 *  - referral.contact, 1 (fail for pass): "text your zip code to 898-211" is no number to the scorer;
 *  - referral.contact, 1 (pass for fail): "Go to the front desk …" gets the next message's resource URL (unemployment.ohio.gov);
 *  - closing.no_dismissal, 1 (pass for fail): "We've already gone over several questions … I'm going to end the chat now." +
 *    "Bye." is not read as a dismissal.
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a patron phone read back).
 *
 * ON v53 (block S): "You apply with the county auditor using form DTE 105A" (S16, the procedure told as "you …") reads as
 * labelled and runs.
 * FINAL RUN (`--project scoring`, this file only): 38 tests passed (10 through describeLeft).
 *
 * V45 (block K): "We've already gone over several questions and I can't go through the whole form with you" dismisses
 * (K9); 9 LEFT now.
 * ON v58 (block X): the HUD-VASH session's "walk in at the Akron VA clinic, 55 W. Waterloo Rd." keeps its address ("W." after a
 *   house number ends no sentence, X1) and runs; 6 LEFT.
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. A librarian will be with you soon.`];

const TESS: Prov = { id: 'tess', name: 'Tess', library: 'MCL' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael G.', library: 'EGPL' };
const BRENDA: Prov = { id: 'brenda', name: 'Brenda', library: 'TRRL' };
const INGRID: Prov = { id: 'ingrid', name: 'Ingrid', library: 'HCL' };
const GORDON: Prov = { id: 'gordon', name: 'Gordon P.', library: 'SCDL' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'LVPL' };
const OWEN: Prov = { id: 'owen', name: 'Owen', library: 'CML' };
const LIN: Prov = { id: 'lin', name: 'Lin', library: 'FVPL' };
const MARGO: Prov = { id: 'margo', name: 'Margo', library: 'DML' };
const DESHAWN: Prov = { id: 'deshawn', name: 'DeShawn', library: 'MPL' };
const YVETTE: Prov = { id: 'yvette', name: 'Yvette', library: 'GCPL' };
const DANA: Prov = { id: 'dana', name: 'Dana W.', library: 'RPL' };
const VERA: Prov = { id: 'vera', name: 'Vera', library: 'TLCPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia Haddad', library: 'CML' };
const CURTIS: Prov = { id: 'curtis', name: 'Curtis', library: 'ASCPL' };
const LENA: Prov = { id: 'lena', name: 'Lena Ortiz', library: 'ASCPL' };
const SIMONE: Prov = { id: 'simone', name: 'Simone', library: 'ASCPL' };
const NORMA: Prov = { id: 'norma', name: 'Norma', library: 'CCPL' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'CCPL2' };
const FRANCINE: Prov = { id: 'francine', name: 'Francine', library: 'PLCH' };
const GARY: Prov = { id: 'gary', name: 'Gary', library: 'WSL' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'SCL' };
const KEVIN: Prov = { id: 'kevin', name: 'Kevin', library: 'WPL' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn - DMPL', library: 'DMPL' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'EVPL' };
const BORIS: Prov = { id: 'boris', name: 'Boris', library: 'BPL' };
const JAX: Prov = { id: 'jax', name: 'Jax', library: 'HCLIB' };
const WENDELL: Prov = { id: 'wendell', name: 'Wendell', library: 'ACPL' };
const ELAINE: Prov = { id: 'elaine', name: 'Elaine', library: 'DML' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'MPL2' };
const MARISOL: Prov = { id: 'marisol', name: 'Marisol', library: 'HPL' };
const TERRENCE: Prov = { id: 'terrence', name: 'Terrence', library: 'TLCPL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'CPL' };
const PHIL: Prov = { id: 'phil', name: 'Phil', library: 'DCL' };
const SAMC: Prov = { id: 'samc', name: 'Sam C.', library: 'DCL' };
const QUEUE: Prov = { id: 'queue-tol', name: 'Ask Us queue', library: 'TLCPL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'KPL' };
const FELIX: Prov = { id: 'felix', name: 'Felix', library: 'SLCL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'GRPL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'LFPL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'CLP' };

export const hardTimes: SessionCase[] = [
  // 1 eviction summons, fragments from a phone; legal aid with phone and URL, court help desk with address
  s(TESS, 'eviction summons: county asked, legal aid (phone + URL), court help desk (address), patron "thats all i needed"', [
    [0, 'p', 'got an eviction paper on my door today. what do i do'],
    queue(4),
    [38, 'l', "Hi, this is Tess, a librarian at Millbrook County Library. I'm sorry, that's a scary thing to find."],
    [46, 'l', 'Is it a court summons with a hearing date on it, or a notice from the landlord himself?'],
    [95, 'p', 'says district court. hearing is the 14th'],
    [101, 'p', 'i was late on rent 2 months bc i lost hours at work'],
    [150, 'l', "Ok, so it's a court case with a hearing on the 14th. Please don't skip the hearing, even if you can't pay: not showing up usually means the landlord wins automatically."],
    [158, 'l', 'Millbrook Legal Aid does eviction defense for free. Their intake line is (614) 555-0142, weekdays 9-4, or you can apply at millbrooklegalaid.org/apply.'],
    [166, 'l', "The court also runs a tenant help desk on hearing days, 2nd floor of the courthouse at 345 High St. And our Tenants' Rights page lists rent relief programs: millbrooklibrary.org/tenants"],
    [172, 'l', 'Does this give you somewhere to start?'],
    [240, 'p', 'yes. calling them tomorrow morning'],
    [246, 'p', 'thats all i needed thank u'],
    [255, 'l', "You're welcome. Good luck on the 14th, and come back anytime if you need more help."],
  ], usual({ referral: 'pass' })),

  // 2 food today, Sunday; a two-minute hold; pantries with street addresses and 2-1-1; the patron goes quiet
  s(RAFAEL, 'food on a Sunday: hold 107 s, pantries with addresses + "call 2-1-1", quiet patron, check-in at 330, notice + goodbye at 420', [
    [0, 'p', 'Hi. Is there anywhere I can get food today? Its Sunday and we have nothing til payday'],
    [22, 'l', "Hello, Rafael here with Eastgate Public Library's chat. Let's find you something for today."],
    [28, 'l', 'What town or zip code are you in, and do you have a way to get around (car, bus)?'],
    [70, 'p', '44105. bus only'],
    [78, 'l', 'Ok, give me a couple minutes to check which pantries are open on Sundays near 44105.'],
    [185, 'l', 'Two options open today:\n- St. Columba Community Meal, 4410 Broadway Ave, hot dinner 4:30-6 pm, no ID needed (the #19 bus stops out front).\n- Harvest Table Pantry at Grace Church, 3217 E. 93rd St, groceries 1-3 pm today, bring any mail with your address.'],
    [190, 'l', "For the rest of the week you can call 2-1-1 any time, day or night, and they'll tell you what's open closest to you."],
    [196, 'l', 'Will one of those work for you today?'],
    [330, 'l', 'Are you still there?'],
    [420, 'l', "I haven't heard back, so it looks like you may have left the chat. I'm going to close this session now. Please come back anytime, and take care."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 3 utility shutoff: the state program's URL, but "your county's community action agency" and "call Ohio Edison" with no contact
  s(BRENDA, 'electric shutoff (three fragments): HEAP URL, community action agency and the utility named with no contact', [
    [0, 'p', 'electric getting shut off friday'],
    [3, 'p', 'need help paying it'],
    [9, 'p', 'please'],
    [31, 'l', "Hi, I'm Brenda, one of the librarians at Three Rivers Regional Library. I'll help you look for assistance."],
    [37, 'l', 'Which utility company is it, and do you know about how much is past due?'],
    [80, 'p', 'ohio edison. like 640'],
    [88, 'l', 'Thanks. One minute while I pull up the programs.'],
    [170, 'l', "There are two places to go. First, the state's Home Energy Assistance Program (HEAP) has an emergency winter crisis program for shutoff notices; the application and income limits are at energyhelp.ohio.gov."],
    [178, 'l', "Second, you apply in person for the crisis program through your county's community action agency, so bring your shutoff notice, your ID and proof of income when you go."],
    [185, 'l', "Also, call Ohio Edison and tell them you're applying for HEAP. They can sometimes hold off the disconnection while it's processed."],
    [190, 'l', 'Does that help?'],
    [260, 'p', 'ok ill try. thanks'],
    [266, 'l', 'Is there anything else I can help with?'],
    [300, 'p', 'no'],
    [305, 'l', 'Take care, and I hope the lights stay on. Bye!'],
  ], usual({ referral: 'fail' })),

  // 4 domestic violence: "are you safe to chat right now?", hotline + text line + local shelter line, safety tip, patron must go
  s(INGRID, 'DV shelter for a mother and two kids: safety question, hotline phone / text, local 24-h line, "gotta go"', [
    [0, 'p', 'hi. how do i find a shelter for me and my kids. not safe at home'],
    [26, 'l', "Hi, this is Ingrid, a librarian at Harbor City Library. I'm really glad you reached out."],
    [31, 'l', 'First: are you safe to chat right now? If you are in danger this minute, please call 911.'],
    [58, 'p', 'hes at work. i have maybe an hour'],
    [64, 'p', '2 kids 4 and 7'],
    [110, 'l', "Ok. The National Domestic Violence Hotline can find a shelter bed with room for you and the kids tonight: call 1-800-799-7233, or text START to 88788 if calling isn't safe. They answer 24/7."],
    [117, 'l', 'Here in Harbor City, House of Ruth runs the shelter and a 24-hour line: 410-555-0119. They can arrange transportation too.'],
    [124, 'l', "One safety tip: this chat and your browser history may show on this device. Use a private window, or clear your history when we're done."],
    [130, 'l', 'Is this the kind of help you need right now?'],
    [160, 'p', 'yes'],
    [163, 'p', 'gotta go'],
    [170, 'l', 'Please stay safe. You can come back to this chat anytime, and the hotline is there day and night.'],
  // LABEL CORRECTED after the first run (was clarify: pass): the safety question and "please call 911" (a phone for a
  // referral, so a source) are in the same message, and RUBRIC wants the question BEFORE the first message that gives a source.
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 5 veteran: appeal a 2019 denial; holds at 128 and 233, answer at 340; VSO with address and phone
  s(GORDON, 'Vietnam vet, denied claim: holds every ~105 s, Supplemental Claim URL, county VSO with address + phone', [
    [0, 'p', 'Vietnam vet here. VA denied my claim for hearing loss back in 2019. Can I still appeal or is it too late'],
    [41, 'l', "Good afternoon, and thank you for your service. I'm Gordon, reference librarian at Stark County District Library."],
    [49, 'l', 'To make sure I look up the right thing: did you get the denial letter in 2019, and have you filed anything since then?'],
    [120, 'p', 'Got the letter in Oct 2019. Nothing filed since. My hearing has gotten worse'],
    [128, 'l', "Thanks. Let me check the VA's current rules on older decisions, bear with me."],
    [233, 'l', 'Still digging. The appeal options changed in 2019, so I want to get this right.'],
    [340, 'l', "Here's what I found. The one-year window for a Higher-Level Review or Board appeal has passed, but you can file a Supplemental Claim with new evidence (such as a new hearing test) at any time: VA Form 20-0995, at va.gov/decision-reviews/supplemental-claim."],
    [347, 'l', 'Because your hearing is worse, a new hearing test could count as new and relevant evidence.'],
    [355, 'l', 'A free accredited Veterans Service Officer can file it with you. The Stark County Veterans Service Commission is at 2955 W. Tuscarawas St., Canton, phone 330-555-0160.'],
    [361, 'l', 'Does that answer your question?'],
    [430, 'p', 'Yes it does. I will call the VSO office Monday. Thats all I needed, thank you young man'],
    [438, 'l', 'My pleasure. Good luck with the claim, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 6 re-entry: "ok one sec" then 156 s of nothing
  s(PAULA, 're-entry after 6 years (Michigan): "ok one sec" then 156 s, Clean Slate URL, Michigan Works! URL + phone', [
    [0, 'p', 'just got out last month after 6 yrs. need job but everyone asks about record. any help'],
    [33, 'l', 'Hi there! This is Paula with the Lakeview Public Library chat service. Welcome home, and congratulations on getting out.'],
    [40, 'l', 'What state were you convicted in? Record-clearing rules and reentry programs depend on the state.'],
    [82, 'p', 'michigan'],
    [89, 'l', 'ok one sec'],
    [245, 'l', "Sorry for that wait. Michigan's Clean Slate law may let you set aside (expunge) some convictions; Michigan Legal Help walks you through it: michiganlegalhelp.org/self-help-tools/criminal-records"],
    [252, 'l', 'For jobs, Michigan Works! offices run reentry job programs and know which employers hire people with records. Find your nearest office at michiganworks.org/locations or call 1-800-285-9675.'],
    [260, 'l', 'Is that what you were looking for?'],
    [300, 'p', 'yeah that helps a lot'],
    [306, 'l', 'Great. Anything else I can help with today?'],
    [350, 'p', 'nah im good'],
    [356, 'l', 'Best of luck with the job search. Take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 7 SSDI: follow-up by me, e-mail given and read back, "by Thursday at noon", done in 20 h
  s(OWEN, 'SSDI hearing (follow-up by me): Legal Aid with phone + URL, list promised by e-mail "by Thursday at noon", done in 20 h', [
    [0, 'p', 'Hello, I was denied SSDI and need a lawyer or advocate but cant afford one. Do you know anyone who does it free in Franklin county?'],
    [50, 'l', "Hello, I'm Owen, a librarian at Columbus Metropolitan Library. Sorry to hear about the denial."],
    [57, 'l', 'Are you at the reconsideration stage, or has it gone to a hearing already?'],
    [110, 'p', 'Reconsideration was denied too. Hearing request going in now'],
    [118, 'l', 'Let me look for who takes SSDI hearings without charging up front.'],
    [220, 'l', 'Still looking, thanks for your patience.'],
    [300, 'l', "The Legal Aid Society of Columbus takes some disability cases: 614-555-0110 or columbuslegalaid.org. Most SSDI lawyers also work on contingency: they're only paid (by law, a capped share of back pay) if you win."],
    [308, 'l', "I'd like to put together a short list of local disability advocates who take hearings on contingency and email it to you. Would that be ok?"],
    [350, 'p', 'yes please. its dmarsh.1962@gmail.com'],
    [358, 'l', "Thanks: dmarsh.1962@gmail.com. You'll have the list from me by Thursday at noon."],
    [364, 'l', 'Anything else I can help with in the meantime?'],
    [400, 'p', 'no thats everything. thanks so much'],
    [406, 'l', "You're welcome. Bye for now!"],
  ], usual({ complete: 'fail', referral: 'pass', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 8 non-native patron: green card renewal, I-90, warning about notarios, free help with phone
  s(LIN, 'green card renewal (non-native English): 10-year or conditional?, I-90 URL, legal help desk with phone', [
    [0, 'p', 'hello. my green card expire in 3 month. what form i need to make new one? my english not so good sorry'],
    [29, 'l', 'Hello! My name is Lin, I am a librarian at Fairview Public Library. No need to be sorry, your English is fine.'],
    [35, 'l', 'Is your card a 10-year card, or a 2-year conditional card (from marriage)?'],
    [80, 'p', '10 year'],
    [86, 'l', 'Then you need Form I-90, "Application to Replace Permanent Resident Card". You can file it online at uscis.gov/i-90. The fee and the instructions are on that page.'],
    [93, 'l', 'Important: get forms only from uscis.gov. Some offices called "notarios" charge a lot of money and are not lawyers. For free help, the immigrant legal clinic at Fairview Community House helps with I-90 forms on Tuesdays: call (717) 555-0133 to make an appointment.'],
    [100, 'l', 'Do you understand everything? Is this what you needed?'],
    [160, 'p', 'yes thank you very much. very kind'],
    [166, 'l', 'You are welcome! Do you have any other question?'],
    [200, 'p', 'no'],
    [205, 'l', 'Good luck with your card. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 9 daughter out of state: Meals on Wheels; the last message only wishes a recovery; four chats at once
  s(MARGO, 'Meals on Wheels for an 83-year-old (daughter in Texas): AAA phone + URL, last words "Wishing your mom a good recovery!", 4 chats open', [
    [0, 'p', "My mom is 83 and can't cook anymore after her fall. How do we sign her up for Meals on Wheels? She lives in Dayton, I live in Texas."],
    [18, 'l', "Hi! I'm Margo at Dayton Metro Library's Ask a Librarian service. Sorry to hear about your mom's fall."],
    [24, 'l', 'Does she live on her own, and is she in Dayton proper or out in the county?'],
    [70, 'p', 'On her own, in Kettering.'],
    [120, 'l', 'Meals on Wheels in Montgomery County goes through the Area Agency on Aging. They do an assessment and can set up meals and other help at home. Call their intake line at 937-555-0124, or start online at info4seniors.org.'],
    [126, 'l', "Because you're out of state, ask them about being listed as her contact. They'll usually talk with family once your mom agrees."],
    [133, 'l', 'Did that answer what you needed?'],
    [185, 'p', 'Yes. That is everything, thank you so much!'],
    [190, 'l', "Glad to help. Wishing your mom a good recovery!"],
  ], usual({ courteous: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('m1', 'margo', -300, 400), other('m2', 'margo', -100, 500), other('m3', 'margo', 60, 700)],
  }),

  // 10 angry, homeless tonight; 988 when the patron hints at despair
  s(DESHAWN, 'no bed tonight (angry, then despairing): intake hotline + overflow shelter phones, "call or text 988", "anything else"', [
    [0, 'p', 'where am i supposed to sleep tonight. shelter said full. library kicked me out at close'],
    [44, 'l', "Hi, this is DeShawn, a librarian at Metro Public Library. I'm sorry, that's a rough night. Let's see what's open."],
    [50, 'l', 'Are you in the city or somewhere else in the county? And is it just you?'],
    [90, 'p', 'downtown. just me'],
    [94, 'p', 'you people never actually help'],
    [130, 'l', "I hear you. Here's what's open tonight downtown: Central Intake places people in any shelter bed that opens up, 24/7, at 614-555-0100. The Open Shelter on Sullivant Ave also runs a winter overflow room; call first at 614-555-0177."],
    [138, 'l', 'Does that give you a place to try tonight?'],
    [200, 'p', 'whats the point anymore honestly'],
    [212, 'l', "I'm really glad you told me. If you're thinking about hurting yourself, please call or text 988. It's free, it's 24/7, and they can talk right now."],
    [218, 'l', 'Are you safe right now?'],
    [270, 'p', 'im not gonna do anything. just tired'],
    [277, 'l', "That makes sense. You've been dealing with a lot. 988 is there if tonight gets heavier, and Central Intake can help with a bed."],
    [283, 'l', 'Is there anything else I can look up for you?'],
    [330, 'p', 'no'],
    [336, 'l', 'Ok. Take care of yourself tonight, and come back to chat anytime.'],
  ], usual({ referral: 'pass' })),

  // 11 ashamed: SNAP did not load; the provider restates the need
  s(YVETTE, 'SNAP did not load (ashamed): restatement "So your SNAP benefits didn\'t load … is that right?", state line + portal, pantry guide', [
    [0, 'p', 'this is embarassing but my food stamps didnt come this month and i have 3 kids. who do i even call'],
    [35, 'l', 'Hi, Yvette here, librarian with Ask Us at Greene County Public Library. Nothing to be embarrassed about, lots of people ask us this.'],
    [43, 'l', "So your SNAP benefits didn't load onto your card this month and you need to know who to contact about it, is that right?"],
    [80, 'p', 'yes. snap. card says 0'],
    [92, 'l', "Ok. Call the Ohio Department of Job and Family Services at 1-844-640-6446 and pick the SNAP option, or check your case online at benefits.ohio.gov. The most common reason is a missed renewal (interview or form), and they can tell you if that's it."],
    [99, 'l', "If you're short on food while it gets fixed, our Food Resources guide lists pantries in Greene County: greenelibrary.info/food"],
    [104, 'l', 'Is that the kind of help you were looking for?'],
    [180, 'p', 'ok'],
    [186, 'l', 'Anything else I can look up for you?'],
    [240, 'p', 'no'],
    [244, 'l', 'Thanks for reaching out. I hope it gets sorted quickly!'],
  ], usual({ referral: 'pass' })),

  // 12 rent help, Lost Call: greeted late, a clarifying question, no answer from the patron, check-in, notice + goodbye
  s(DANA, 'rent help (Lost Call): picked up at 65 s, "Which county?", no reply, check-in at 200, notice + goodbye at 330', [
    [0, 'p', 'do yall help with rent assistance applications'],
    queue(2, 2),
    [65, 'l', 'Hi, this is Dana, a librarian at Riverside Public Library.'],
    [72, 'l', 'Which county do you live in? Rental help programs depend on where you live.'],
    [200, 'l', 'Are you still there?'],
    [330, 'l', "I haven't heard back, so it seems you've disconnected. I'll close this chat now. Please come back anytime."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 protection order: transfer with a visible notice and an internal note first; court with address + phone, advocate line
  s(VERA, 'protection order (transfer done right): notice at 78, note at 82, transfer at 86, Nadia at 130; court address + phone, hotline', [
    [0, 'p', 'how do i get a protection order against my ex. he keeps showing up at my job'],
    [30, 'l', "Hi, I'm Vera, a librarian with the Ask Ohio cooperative (I'm at Toledo Lucas County Public Library). I'm sorry you're dealing with this."],
    [37, 'l', 'Which county do you live in? The forms and the court office depend on it.'],
    [70, 'p', 'franklin county'],
    [78, 'l', "Thanks. A Columbus librarian will know the local court process better, so I'm transferring you to one now. Please stay with me, it just takes a moment."],
    [82, 'i', 'Nadia, patron needs a civil protection order vs ex-partner, Franklin Co., he shows up at her job. Can you take it? Local court/DV resources.'],
    xfer(86, 'Nadia Haddad', 'nadia'),
    [130, 'l', "Hi, this is Nadia, a librarian at Columbus Metropolitan Library, picking up from Vera. I'm glad you reached out.", as(NADIA)],
    [136, 'l', "Since he's not living with you, is he a former spouse or someone you dated (or had a child with)? It decides which order you file for.", as(NADIA)],
    [180, 'p', 'we dated 2 yrs. no kids'],
    [240, 'l', "Then the domestic violence civil protection order is the right one (dating partners qualify in Ohio). In Franklin County you file at the Domestic Relations Court, 373 S. High St., 5th floor, Columbus. The clerk's office there has the forms and there's no filing fee. Phone: 614-555-0180.", as(NADIA)],
    [248, 'l', 'Before you go, the CHOICES domestic violence hotline (614-224-4663) can send an advocate with you to court and help with a safety plan at work.', as(NADIA)],
    [255, 'l', 'Does that answer your question?', as(NADIA)],
    [320, 'p', "yes. that's everything. thank you both"],
    [327, 'l', 'You are welcome. Please take care, and come back anytime.', as(NADIA)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 14 HUD-VASH: transfer notice, but the note to the receiving librarian written after the transfer; Curtis busy only after
  s(CURTIS, 'homeless vet, HUD-VASH (transfer): notice given, internal note only after the transfer; Curtis busy only after handing off', [
    [0, 'p', 'homeless veteran, someone said theres a voucher program for vets. how do i get it'],
    [25, 'l', 'Hello, Curtis here, librarian at Akron-Summit County Public Library. Thanks for your service.'],
    [31, 'l', 'Are you staying somewhere right now (shelter, car, with friends)?'],
    [72, 'p', 'car mostly. sometimes the haven of rest'],
    [80, 'l', "Got it. I'm going to hand you over to our veterans resource librarian, who knows these programs well. One moment."],
    xfer(84, 'Lena Ortiz', 'lena'),
    [88, 'i', 'Lena - homeless vet asking about HUD-VASH vouchers, sleeping in car, Akron'],
    [125, 'l', "Hi, I'm Lena, the veterans resource librarian here at Akron-Summit County Public Library. Thank you for waiting.", as(LENA)],
    [132, 'l', "The program you heard about is HUD-VASH: a housing voucher plus a VA case manager. You don't apply at the housing authority first; you start with the VA's homeless program. Call the National Call Center for Homeless Veterans at 877-424-3838 (24/7), or walk in at the Akron VA clinic, 55 W. Waterloo Rd.", as(LENA)],
    [140, 'l', 'Were you discharged under other than dishonorable conditions? That affects eligibility, but they can still help with emergency housing either way.', as(LENA)],
    [190, 'p', 'honorable. 2011'],
    [200, 'l', 'Then you should qualify to be screened. Does that help you get started?', as(LENA)],
    [250, 'p', 'yes. calling now'],
    [256, 'l', 'Good luck, and thank you for your service. Come back anytime.', as(LENA)],
  ], usual({ anything: 'fail', referral: 'pass', transfer: 'fail' }), {}, {
    otherIntervals: [other('c1', 'curtis', 90, 600), other('c2', 'curtis', 95, 700), other('c3', 'curtis', 100, 800)],
  }),

  // 15 Medicaid renewal: the library's social worker "will get in touch", no patron contact anywhere (follow-up by patron's library)
  s(SIMONE, 'Medicaid renewal, no computer (follow-up by library): social worker "will get in touch", no contact known; hotline phone', [
    [0, 'p', 'i got a letter my medicaid is ending unless i renew but i dont have a computer. can someone at the library help me do it'],
    [40, 'l', 'Hi! Simone here, a librarian with the Ask Us chat for Summit County libraries.'],
    [46, 'l', 'Which branch is closest to you? Some of our branches have a social worker on certain days.'],
    [90, 'p', 'the firestone park one'],
    [96, 'l', 'Let me check the schedule.'],
    [175, 'l', "Our social worker, Ms. Jordan, is at Firestone Park on Wednesdays. I'll send her your request and she'll get in touch to set up a time to do the renewal with you."],
    [182, 'l', 'In the meantime, the renewal can also be done by phone with the Ohio Medicaid Consumer Hotline at 1-800-324-8680.'],
    [190, 'p', 'ok thank you'],
    [196, 'l', "You're welcome! Take care."],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }), FU_LIB),

  // 16 senior without e-mail: callback promised to a phone given in the chat, "Thursday afternoon"; done after 80 h
  s(NORMA, 'senior, rent up $300 (follow-up by me, phone): housing authority phone, callback "Thursday afternoon", done after 80 h', [
    [0, 'p', 'Good morning. I am 71 and my rent went up $300. I need a list of senior apartments that go by income. I do not have email.'],
    [55, 'l', "Good morning! My name is Norma and I'm a librarian at the Clark County Public Library. I'm sorry about the rent increase; let's see what we can find."],
    [62, 'l', 'Are you looking in Springfield itself, and do you need a ground floor or an elevator building?'],
    [140, 'p', 'Springfield yes. Elevator please my knees are bad'],
    [148, 'l', "Let me look at the housing authority's list."],
    [260, 'l', "The Springfield Metropolitan Housing Authority keeps the waiting lists for its senior buildings; you can apply by calling 937-555-0150. The privately run income-based buildings each keep their own lists, and I'd like to call a few to see which have openings and elevators."],
    [268, 'l', "Since you don't have email, could I call you with what I find? What number is best?"],
    [330, 'p', '937-555-0198. Afternoons are best'],
    [338, 'l', "Thank you. I have 937-555-0198, and I'll call you Thursday afternoon with the list."],
    [345, 'l', 'Is there anything else I can help you with today?'],
    [400, 'p', 'No dear that is all. Thank you'],
    [406, 'l', 'Take care, and talk to you Thursday. Goodbye!'],
  ], usual({ complete: 'fail', referral: 'pass', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 state ID after a lost wallet: a hold at 82, the patron's "ok" at 95, the answer at 210 (128 s after the hold)
  s(TOBY, 'lost wallet, in a shelter: hold at 82, patron "ok" at 95, answer at 210; county health dept and the shelter named with no contact', [
    [0, 'p', 'lost my wallet, staying at a shelter. how do i get a state id if i cant pay'],
    [27, 'l', "Hey there, Toby, librarian at Cuyahoga County Public Library. Sorry about the wallet, let's sort it out."],
    [33, 'l', 'Do you still have your birth certificate or social security card, or did those go too?'],
    [75, 'p', 'all gone'],
    [82, 'l', 'Ok, give me a minute, there are a couple of steps here.'],
    [95, 'p', 'ok'],
    [210, 'l', "Here's the order to do it in:\n1) Birth certificate: Ohio Vital Statistics, online at odh.ohio.gov/vital-statistics, or in person at your county health department. Ask the shelter for a homeless verification letter; it waives the fee in many counties.\n2) State ID: with the birth certificate and the shelter letter, go to any BMV. Ohio ID cards are free for people experiencing homelessness with that letter. Locations: bmv.ohio.gov/locations"],
    [218, 'l', 'Does that help?'],
    [260, 'p', 'yea thx. whats the shelter letter called exactly'],
    [270, 'l', 'Usually a "homeless verification letter" or "proof of residence letter". The case manager at your shelter will know.'],
    [300, 'p', 'ok got it. thats all i needed'],
    [306, 'l', 'Great. Good luck, and take care. Bye for now!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 18 Section 8 search: "Take your time looking through them" (no hold), the patron reads for 5 minutes and comes back
  s(FRANCINE, 'Section 8 voucher, 60 days: three listing sites, "Take your time", patron back after 310 s, CMHA phone', [
    [0, 'p', 'Looking for apartments that take section 8 vouchers in Cincinnati, I have my voucher but only 60 days to use it'],
    [31, 'l', "Hi, I'm Francine, a librarian at the Public Library of Cincinnati and Hamilton County."],
    [38, 'l', 'How many bedrooms is your voucher for, and is there a part of town you need to stay near?'],
    [90, 'p', '2 br. near my kids school in Price Hill'],
    [150, 'l', "Here are the best places to look:\n• GoSection8: gosection8.com, filter by 2 bedrooms and Price Hill\n• CMHA's landlord listings: cintimha.com/housing-choice-voucher\n• AffordableHousing.com\nTake your time looking through them."],
    [460, 'p', 'ok the first one has a few. can i ask for more time on the voucher if I dont find one'],
    [470, 'l', 'Yes, you can ask CMHA for an extension before the 60 days run out. Call CMHA at 513-555-0140 and ask for your voucher specialist, and put the request in writing too if you can.'],
    [478, 'l', 'Does that answer your question?'],
    [540, 'p', 'yes thank you'],
    [546, 'l', 'Is there anything else I can help with?'],
    [600, 'p', 'no that is it'],
    [605, 'l', 'Good luck with the search! Thanks for chatting.'],
  ], usual({ referral: 'pass' })),

  // 19 SSI review form: the provider ends the help for his own convenience, no way back (critical)
  s(GARY, 'SSI review form, question after question: "I\'m going to end the chat now." then "Bye." (no way back)', [
    [0, 'p', 'need help w my SSI forms, theres a lot of questions i dont understand'],
    [22, 'l', "Hello, Gary at Westside Library's chat help desk."],
    [30, 'l', 'Which form is it, the SSA-8000 application or a review form?'],
    [70, 'p', 'the review one, ssa-454'],
    [78, 'l', 'SSA has instructions for each section of the SSA-454 at ssa.gov/forms/ssa-454.html. You can also call SSA at 1-800-772-1213 for help filling it in.'],
    [85, 'p', 'ok but what do i put for question 9'],
    [120, 'l', 'Question 9 asks about changes in your medical condition since your last review.'],
    [130, 'p', 'and 12? and 14? and what about the part about work'],
    [170, 'l', "We've already gone over several questions and I can't go through the whole form with you. I'm going to end the chat now."],
    [176, 'l', 'Bye.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 20 citizenship: others waiting, please come back (allowed), the library's class with a phone
  s(HANNAH, 'citizenship study + fee waiver, then a list of questions: "several other people waiting … please come back anytime" (allowed)', [
    [0, 'p', 'hi, I want to study for my citizenship interview. do you have materials? also can i get the fee waived'],
    [19, 'l', 'Hi! This is Hannah, librarian at Springfield City Library. Happy to help with both.'],
    [25, 'l', 'Are you studying for the civics questions, the English reading/writing part, or both?'],
    [60, 'p', 'both. my speaking ok but writing is hard'],
    [110, 'l', 'USCIS has free study materials, including the 100 civics questions with audio, flashcards and the reading and writing vocabulary lists: uscis.gov/citizenship/find-study-materials-and-resources. Our catalog also has "Pass the U.S. Citizenship Exam", and Mango Languages is free with your card for practice.'],
    [118, 'l', 'For the fee, the waiver form is I-912 (uscis.gov/i-912). It depends on income or on getting benefits like SNAP or Medicaid.'],
    [125, 'l', 'Does that cover both of your questions?'],
    [180, 'p', 'yes. and also how do i fill the n-400 part 9? and what happens at the interview? and can my brother come with me'],
    [200, 'l', 'Those are great questions, and I want to give them proper attention. There are several other people waiting in the chat queue right now, so I need to wrap up this session, but please come back anytime and another librarian can go through the N-400 with you. Our Tuesday citizenship class also helps with exactly this: call 413-555-0162 to sign up.'],
    [240, 'p', 'ok thank you'],
    [246, 'l', 'Thank you for chatting, and good luck on your interview!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 angry, card blocked, must certify for unemployment today: "Go to the front desk" (the library's own desk, no contact)
  s(KEVIN, 'card blocked for $14, unemployment certification due (angry): "Go to the front desk and ask for a guest pass", unemployment URL', [
    [0, 'p', 'Your library blocked my card over $14 in fines and now I cant use the computers to file my unemployment. This is ridiculous. I HAVE to certify today'],
    [47, 'l', "Hi, Kevin here, a librarian with Ask Us at Westerville Public Library. I understand, that's really frustrating when you're on a deadline."],
    [54, 'l', 'Are you at one of our branches right now, or at home?'],
    [80, 'p', 'at the main library. at a table. on my phone'],
    [90, 'l', 'Ok. Go to the front desk and ask for a guest computer pass. They can give you one today even with fines on the card, and they can also tell you about our fine-forgiveness program.'],
    [96, 'l', 'And if the phone is easier: you can certify for unemployment on your phone at unemployment.ohio.gov.'],
    [102, 'l', 'Will that work for you?'],
    [140, 'p', 'fine. going now'],
    [146, 'l', 'Good luck, and thanks for your patience!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 22 heat wave, 78-year-old: "Hi there!" and a question, no name, no library
  s(QUINN, 'no AC at 98 degrees (senior): "Hi there!" + "What city are you in?" name no one; county list URL, branch address, "call 2-1-1"', [
    [0, 'p', 'Its 98 degrees and my apartment AC is broken. I am 78. Is there a cooling center near me?'],
    [24, 'l', 'Hi there!'],
    [30, 'l', 'Sorry to hear about the AC. What city are you in?'],
    [61, 'p', 'Des Moines, east side'],
    [100, 'l', "Polk County opens cooling centers when it's this hot; today's list with hours is at polkcountyiowa.gov/cooling. Our library branches are cooling spots during open hours too, and the East Side branch at 2559 Hubbell Ave is open until 8 tonight."],
    [106, 'l', "If you can't get there, call 2-1-1 and ask about a ride."],
    [112, 'l', 'Did that help?'],
    [150, 'p', 'Yes thank you I will go to the library'],
    [156, 'l', 'Great! Drink plenty of water. Anything else I can help you with?'],
    [190, 'p', 'no'],
    [196, 'l', 'Stay cool, bye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 23 diapers and formula: straight to the answer, no question
  s(ROSALIND, 'diapers and formula for a 2-month-old: no question, diaper bank URL, WIC URL + phone, "text your zip code to 898-211"', [
    [0, 'p', 'do u know where i can get free diapers and formula. baby is 2 months'],
    [35, 'l', 'Hello! Rosalind here, librarian at Evansville Vanderburgh Public Library.'],
    [70, 'l', 'The Tri-State Diaper Bank hands out diapers monthly through partner agencies; the pickup sites are listed at tristatediaperbank.org/get-diapers. For formula, WIC is the main program: apply at wic.in.gov or call 1-800-522-0874.'],
    [78, 'l', 'You can also text your zip code to 898-211 to reach Indiana 211 for same-day baby supply pantries.'],
    [85, 'l', 'Does that help?'],
    [200, 'p', 'yes thank u'],
    [206, 'l', 'Anything else I can do for you?'],
    [250, 'p', 'no thats all'],
    [256, 'l', 'Take care of yourself and the little one. Bye!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 24 certified translation for USCIS: no completeness question; the patron says she is done
  s(BORIS, 'birth certificate translation for an I-485 (Ukrainian): rule + uscis.gov, volunteer translators (e-mail + phone), no "does that help"', [
    [0, 'p', 'Good evening, USCIS want english translation of my birth certificate (it is in Ukrainian). Can I translate myself?'],
    [39, 'l', "Good evening! I'm Boris, a reference librarian at Brooklyn Public Library's Ask a Librarian."],
    [46, 'l', 'Is this for a green card application (I-485) or for something else?'],
    [95, 'p', 'For I-485 yes, for me and my son'],
    [160, 'l', "USCIS requires a full English translation with a certificate from the translator saying they are competent in both languages and that the translation is accurate (8 CFR 103.2(b)(3)). The rule doesn't forbid it outright, but as the applicant you should not certify your own documents; USCIS can reject it. Their guidance is on uscis.gov under Policy Manual, Volume 1, Part B."],
    [168, 'l', "For low-cost certified translations, the Ukrainian Institute's refugee help desk refers people to volunteer translators: email help@ukrainianinstitute-ny.org or call 212-555-0170."],
    [300, 'p', 'Ok that is everything I needed. Thank you!'],
    [306, 'l', 'Thank you for contacting us, and good luck with the application!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 25 text line: the answer, "That help?", then silence for half an hour (no check-in, no notice, no goodbye)
  s(JAX, 'text line, warming shelter: answer + "That help?", then 30 minutes with no word until the session ends', [
    [0, 'p', 'warming shelter open tonite? downtown mpls'],
    [48, 'l', 'Hi! Hennepin County Library text line, Jax here.'],
    [52, 'l', 'Need one for tonight for an adult, or with kids?'],
    [140, 'p', 'just me'],
    [200, 'l', 'Adult Shelter Connect places single adults: call 612-555-0148 (open till 11pm). The Salvation Army Harbor Light at 1010 Currie Ave also takes walk-ins after 5pm.'],
    [205, 'l', 'That help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }), { endAfter: 1800 }),

  // 26 DD-214 for a funeral: holds at 118 and 225, answer at 320, quiet patron, check-in at 470, notice + goodbye at 560
  s(WENDELL, "father's DD-214 for military honors: holds every ~100 s, NPRC burial URL, VSO with address + phone, check-in, notice + goodbye", [
    [0, 'p', 'need copy of my dads DD214 for his funeral. military honors. he died last week'],
    [36, 'l', "Hello, I'm Wendell, a librarian at Allen County Public Library. I'm very sorry for your loss."],
    [43, 'l', 'Do you know which branch he served in and roughly when? And is the funeral home helping with the honors request?'],
    [110, 'p', 'army, 1966-1969 vietnam. funeral home said they need the dd214'],
    [118, 'l', 'Thank you. Let me check the fastest way to get it for a funeral, one moment.'],
    [225, 'l', 'Still checking. The National Archives has a special process for burials.'],
    [320, 'l', 'Found it. For a burial, the funeral home can request the DD-214 directly from the National Personnel Records Center by fax, and burial requests get priority. Details: archives.gov/veterans/military-service-records/burial. Next of kin can also request it online through eVetRecs at vetrecs.archives.gov.'],
    [328, 'l', "Our county's Veterans Service Office can also help you request it and arrange honors: 200 E. Berry St., Fort Wayne, 260-555-0190."],
    [335, 'l', 'Does that get you what you need?'],
    [470, 'l', 'Are you still there?'],
    [560, 'l', "It looks like you've stepped away, so I'll end the chat now. My condolences again, and please come back anytime if you need more help."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 27 senior homestead exemption: check-in at 300, then the session just ends (no notice)
  s(ELAINE, 'homestead exemption at 65: auditor URL + phone, "Does that answer…?", check-in at 300, session ends at 420 with no notice', [
    [0, 'p', 'Hello, I turned 65 this year. Is there a property tax break for seniors in Ohio?'],
    [28, 'l', "Hello! I'm Elaine, a librarian with the Dayton Metro Library chat."],
    [34, 'l', 'Do you own and live in the home, and which county is it in?'],
    [90, 'p', 'Yes I own it. Montgomery county'],
    [150, 'l', "Yes: Ohio's Homestead Exemption lowers the taxable value of your home if you're 65 or older and your income is under the state limit. You apply with the county auditor using form DTE 105A. Montgomery County Auditor: mcauditor.org/homestead, or 937-555-0105."],
    [157, 'l', 'Does that answer your question?'],
    [300, 'l', 'Hi, are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 120 }),

  // 28 voting after a felony + a birth certificate: "contact the Wisconsin Vital Records Office" with no contact
  s(IMANI, 'voting after supervision ends (Wisconsin): myvote URL, "contact the Wisconsin Vital Records Office" with no contact', [
    [0, 'p', "Can I vote now that I'm off parole? Also my sister says I need my birth certificate to get anything done"],
    [33, 'l', "Hi! I'm Imani, a librarian at Milwaukee Public Library. Glad to help with both."],
    [40, 'l', 'Was your conviction in Wisconsin, and are you completely done with probation too, or just parole?'],
    [82, 'p', 'wisconsin. done with everything since june'],
    [130, 'l', 'Then yes: in Wisconsin your right to vote comes back automatically when you finish your whole sentence, including supervision. You can register at myvote.wi.gov.'],
    [137, 'l', 'For your birth certificate, contact the Wisconsin Vital Records Office. Bring a photo ID if you have one.'],
    [143, 'l', 'Does that answer both questions?'],
    [200, 'p', 'yes!! ty'],
    [204, 'l', 'Anything else today?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Congratulations on finishing, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 29 Spanish: free immigration lawyers; a list promised "mañana antes de las 5" by e-mail, coded Answered, done in 22 h
  s(MARISOL, 'abogado de inmigración gratis (Spanish): two phones + EOIR list, lista por correo "mañana antes de las 5", coded Answered', [
    [0, 'p', 'hola, necesito ayuda para encontrar abogado de inmigración gratis. tengo cita en corte en abril'],
    [30, 'l', '¡Hola! Soy Marisol, bibliotecaria de la Biblioteca Pública de Houston. Con gusto le ayudo.'],
    [37, 'l', '¿Su cita es en la corte de inmigración de Houston? ¿Ya tiene abogado o está solo/a en el caso?'],
    [90, 'p', 'si en houston. no tengo abogado'],
    [98, 'l', 'Un momento, por favor, busco las organizaciones que dan ayuda gratis.'],
    [190, 'l', 'Estas organizaciones dan ayuda legal gratis o de bajo costo en Houston:\n- Catholic Charities, Servicios de Inmigración: 713-555-0126\n- YMCA International Services: 713-555-0137\nLa corte también tiene una lista oficial de proveedores gratuitos: justice.gov/eoir/list-pro-bono-legal-service-providers'],
    [198, 'l', 'Además, puedo revisar qué clínicas gratuitas hay en marzo y mandarle la lista por correo electrónico. ¿A qué correo se la mando?'],
    [250, 'p', 'rosa.m.tellez@hotmail.com'],
    [258, 'l', 'Gracias. Tengo rosa.m.tellez@hotmail.com; le mando la lista mañana antes de las 5 de la tarde.'],
    [264, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [300, 'p', 'no, es todo. muchas gracias'],
    [306, 'l', '¡De nada! Que le vaya muy bien. Adiós.'],
  ], usual({ complete: 'fail', code: 'fail', referral: 'pass', contact: 'pass', onTime: 'pass' }), { resolutionCode: 'Answered', followUps: [{ doneAt: at(22 * HOUR) }] }),

  // 30 housing waitlist status, done by the book but no resolution code
  s(TERRENCE, 'voucher waitlist status: portal URL + applicant line, patron done, resolution code null', [
    [0, 'p', 'been on the housing list 3 years. how do I check where I am on it'],
    [20, 'l', 'Hi, Terrence here, librarian at Toledo Lucas County Public Library.'],
    [26, 'l', 'Is this the Lucas Metropolitan Housing voucher list, or a list for one particular building?'],
    [60, 'p', 'LMH voucher'],
    [95, 'l', 'LMH has an applicant portal where you can check your status and update your address: lucasmha.org, then "Applicant Portal". You\'ll need your applicant number or SSN. If you can\'t log in, call their applicant line at 419-555-0112.'],
    [100, 'l', 'Keep your address and phone up to date there. People get dropped from the list when a letter comes back.'],
    [106, 'l', 'Is that what you needed?'],
    [160, 'p', 'yes. thats all. thanks'],
    [166, 'l', "You're welcome, and good luck! Bye."],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 31 Medicare drug plans (grandson): pickedUpAt at 30, first message at 85; the patron's thanks answered 140 s later
  s(OPAL, 'Medicare Part D for grandma: recorded pickup 30 s (first words at 85), Plan Finder + counselors phone, thanks answered after 140 s', [
    [0, 'p', 'hi im helping my grandma pick a medicare drug plan, she takes 6 meds. is there a way to compare'],
    [85, 'l', 'Hi, Opal here at the Cleveland Public Library. Sorry for the wait, I was finishing up with another patron.'],
    [92, 'l', 'Does she have original Medicare or a Medicare Advantage plan now? That changes which tool to use.'],
    [140, 'p', 'original'],
    [200, 'l', "The Medicare Plan Finder at medicare.gov/plan-compare lets you type in all six drugs and her pharmacy, then sorts the plans by total yearly cost. For free one-on-one help, Ohio's OSHIIP counselors do this by phone: 1-800-686-1578."],
    [207, 'l', 'Does that help?'],
    [260, 'p', 'yes thank u so much, she says thank you too'],
    [400, 'l', "Aw, tell her she's welcome! Take care, both of you."],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' }), { pickedUpAt: at(30) }),

  // 32 county emergency rent money: the provider asks a colleague by internal note; the hold lasts 133 s
  s(PHIL, 'emergency rent (Dakota County): hold at 72, internal notes at 110 / 150 (staff consulted), answer at 205', [
    [0, 'p', "Is the county still doing the emergency rent money thing? I'm 2 months behind"],
    [25, 'l', 'Hi there, this is Phil, a librarian at Dakota County Library.'],
    [31, 'l', 'Are you in Dakota County, and is it rent only or utilities too?'],
    [66, 'p', 'yes dakota. just rent'],
    [72, 'l', 'Let me check with our community resources librarian whether the program is open right now.'],
    [110, 'i', 'Sam, is Dakota County Emergency Assistance still taking rent applications this month? Patron 2 months behind.'],
    [150, 'i', 'Yes, still open. Apply via county Social Services, 651-555-0133, or online at co.dakota.mn.us/EA', as(SAMC)],
    [205, 'l', "Good news: it's still open. Apply through Dakota County Social Services, by phone at 651-555-0133 or online at co.dakota.mn.us/EA. Have your lease, the amount owed and proof of income ready."],
    [212, 'l', 'Does that answer your question?'],
    [250, 'p', 'yes it does, thank you so much'],
    [256, 'l', 'Anything else I can help you find?'],
    [290, 'p', 'no thats everything'],
    [294, 'l', 'Good luck, take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 33 single mother in the queue: two messages, no librarian ever joins, coded Lost Call
  s(QUEUE, 'cash assistance (no provider ever joined): "hello?? anyone" in the queue, patron leaves, coded Lost Call', [
    [0, 'p', 'need help finding cash assistance for single moms in Toledo'],
    queue(5, 3),
    [140, 'p', 'hello?? anyone'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 34 senior food box: three chats at most (one ends as this starts, one starts as it ends)
  s(BEA, 'senior food box (CSFP): agency phone + URL, patron done; Bea at three chats at most (boundaries touching)', [
    [0, 'p', "I'm 68 on social security only. Somebody told me seniors can get a free box of food every month?"],
    [33, 'l', 'Good morning! This is Bea, librarian at the Kalamazoo Public Library.'],
    [39, 'l', 'Are you in Kalamazoo County? The monthly senior box (CSFP) is run by a different agency in each area.'],
    [80, 'p', 'Yes, Kalamazoo'],
    [120, 'l', "That's the Commodity Supplemental Food Program. In Kalamazoo County it's run by Kalamazoo Loaves & Fishes: call 269-555-0166 to sign up; you'll need proof of age and income. Details: kzoolf.org/csfp"],
    [126, 'l', 'Did that answer your question?'],
    [170, 'p', "Yes it did. That's all I needed. Bless you"],
    [175, 'l', 'Thank you for reaching out. Have a wonderful day!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'bea', -600, 0), other('b2', 'bea', -300, 400), other('b3', 'bea', 50, 500), other('b4', 'bea', 180, 900)],
  }),

  // 35 paratransit after a stroke: the patron goes quiet; "I'll assume you have what you need" (no check-in, no disconnect notice)
  s(FELIX, 'paratransit after a stroke: answer at 130, patron silent, "Since I haven\'t heard back, I\'ll assume you have what you need" at 330', [
    [0, 'p', 'how do i apply for paratransit? i use a wheelchair now after my stroke'],
    [27, 'l', "Hi, I'm Felix, a librarian with the Ask Us service at St. Louis County Library."],
    [34, 'l', 'Are you in the city of St. Louis or in St. Louis County? They use the same service but I want to give you the right office.'],
    [80, 'p', 'county, florissant'],
    [130, 'l', "Metro Call-A-Ride is the paratransit service for the whole region. You apply with an eligibility application and a short in-person assessment; the form is at metrostlouis.org/call-a-ride, or call 314-555-0155 and they'll mail you one."],
    [137, 'l', 'Is that what you were looking for?'],
    [330, 'l', "Since I haven't heard back, I'll assume you have what you need. Thanks for reaching out, and take care!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' })),

  // 36 child care help: the last message asks "Are you still there?" and invites back (no goodbye by the Terms): final idle to the end, 185 s
  s(GRETA, 'child care subsidy: answer at 110, "Are you still there? If not, take care, and feel free to come back anytime." at 285, ends at 295', [
    [0, 'p', 'starting a new job monday, need daycare but cant afford it. is there help w that'],
    [30, 'l', 'Hello! Greta here, librarian at Grand Rapids Public Library.'],
    [36, 'l', 'How old is your child, and are you in Kent County?'],
    [75, 'p', '3. yes kent'],
    [110, 'l', "Michigan's Child Development and Care (CDC) program helps pay for child care for working parents; apply online at michigan.gov/mibridges. To find openings near you, Great Start to Quality lists licensed providers at greatstarttoquality.org, or call them at 1-877-614-7328."],
    [116, 'l', 'Does that help?'],
    [285, 'l', 'Are you still there? If not, take care, and feel free to come back anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 10 }),

  // 37 widow's pension: the patron has to leave during the hold; a quick answer before she goes
  s(HUGO, "Korea veteran's widow: hold at 118, patron must leave (200), quick answer at 206 with VA URL + phone", [
    [0, 'p', 'my husband was a korea vet, he passed in january. somebody said i might get a widows pension'],
    [40, 'l', "Hello, and I'm so sorry for your loss. I'm Hugo, a librarian at Louisville Free Public Library."],
    [47, 'l', 'Were you married to him when he died, and have you remarried since?'],
    [110, 'p', 'married 54 years. no'],
    [118, 'l', 'Thank you. Let me look up the Survivors Pension rules for you, one moment.'],
    [200, 'p', 'my daughter is here now she has to take me to the doctor, sorry'],
    [206, 'l', 'No problem at all! Quick answer before you go: the VA Survivors Pension is for low-income surviving spouses of wartime veterans, and Korea counts. Apply with VA Form 21P-534EZ at va.gov/pension/survivors-pension, or call the VA at 1-800-827-1000.'],
    [212, 'l', 'Is that enough to get you started?'],
    [240, 'p', 'yes thank you dear'],
    [246, 'l', 'Take care, and come back anytime if you have more questions!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 38 ramp and a private landlord: a partial answer that says the search goes on (a hold), then the patron leaves
  s(NELL, 'walker, landlord refuses a ramp: a partial answer + "one moment" (a hold) is the last word; patron leaves; Lost Call with 2 messages', [
    [0, 'p', 'my landlord wont let me put a ramp in and i use a walker now. is that allowed'],
    [35, 'l', "Hi, this is Nell, a librarian at Carnegie Library of Pittsburgh. Sorry you're dealing with that."],
    [42, 'l', 'Do you rent from a private landlord or from the housing authority?'],
    [100, 'p', 'private'],
    [108, 'l', 'Ok. Generally a landlord has to allow a reasonable modification like a ramp, though you may have to pay for it yourself. Let me find who in Pittsburgh helps tenants ask for one, one moment.'],
    left(150),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/**
 * Cases the scorer misreads, each with its reason (run through `describeLeft`, labels unchanged): which check, what the
 * scorer gives, what RUBRIC.md says, and the message.
 */
export const LEFT_WHY: Record<string, string> = {
  // (LEFT until v50: 'Medicaid renewal, no computer …', "can also be done by phone with the Ohio Medicaid Consumer Hotline at …",
  // read since v50 P4)
  // referral.contact: an agency offered with its contact but no "call / contact / visit" verb is read as no referral (na)
  'eviction summons: county asked, legal aid (phone + URL), court help desk (address), patron "thats all i needed"':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Msg 6 "Millbrook Legal Aid does eviction defense for free. Their intake line is (614) 555-0142, weekdays 9-4, or you can apply at millbrooklegalaid.org/apply." tells the patron whom to contact (Terms, Referral: "telling the patron to contact … (call, write to, ask …)"); reached by phone and URL',
  'SSDI hearing (follow-up by me): Legal Aid with phone + URL, list promised by e-mail "by Thursday at noon", done in 20 h':
    'referral.contact: expected pass, got na. Msg 6 "The Legal Aid Society of Columbus takes some disability cases: 614-555-0110 or columbuslegalaid.org." answers "Do you know anyone who does it free?": a referral (Terms) with phone and URL; with "Call the Legal Aid Society …" the scorer passes it',
  'abogado de inmigración gratis (Spanish): two phones + EOIR list, lista por correo "mañana antes de las 5", coded Answered':
    'referral.contact: expected pass, got na. Msg 5 "Estas organizaciones dan ayuda legal gratis o de bajo costo en Houston: - Catholic Charities, Servicios de Inmigración: 713-555-0126 - YMCA International Services: 713-555-0137" is a list of agencies to contact, each with a phone',
  'Medicare Part D for grandma: recorded pickup 30 s (first words at 85), Plan Finder + counselors phone, thanks answered after 140 s':
    'referral.contact: expected pass, got na. Msg 4 "… For free one-on-one help, Ohio\'s OSHIIP counselors do this by phone: 1-800-686-1578." points the patron to counselors to call, with their phone',
  // referral.contact: a party reached only by a street address with a directional abbreviation
  'diapers and formula for a 2-month-old: no question, diaper bank URL, WIC URL + phone, "text your zip code to 898-211"':
    'referral.contact: expected pass, got fail. Msg 3 "You can also text your zip code to 898-211 to reach Indiana 211 for same-day baby supply pantries." reaches 211 by a text (phone) number; "Text START to 88788" passes, "898-211" does not',
  // referral.contact: a resource\'s URL in the next message lent to the library\'s own desk
  'card blocked for $14, unemployment certification due (angry): "Go to the front desk and ask for a guest pass", unemployment URL':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence msgs 4 and 5). Msg 4 "Go to the front desk and ask for a guest computer pass." refers the patron to the library\'s own desk (Terms: own departments count when the patron is told to visit them) with no way to reach it; msg 5\'s unemployment.ohio.gov is a resource (the state\'s claims site), not the desk\'s contact; without msg 5 the scorer fails it',
  // closing.no_dismissal
};

const running = hardTimes.filter((c) => !(c.name in LEFT_WHY));

describe('forty-fourth round: social services and patrons in hard times, checked', () => {
  describeSessions('hard times', running);
  describeLeft('hard times', hardTimes.filter((c) => c.name in LEFT_WHY));
});
