/**
 * Sixty-first round, theme MENTAL HEALTH AND SUPPORT, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: finding a therapist (Medicaid managed care, Psychology Today's insurance filter, a
 * Spanish-speaking therapist through Molina's provider search), low-cost counseling (a university training clinic, county
 * community mental health, free school wellness centers), crisis and support lines (988 call-or-text, 911, the SAMHSA
 * Helpline, the Vet Center line, the Alzheimer's Association Helpline, Postpartum Support International, the Trevor Project,
 * the Crisis Text Line's "text HOME to 741741", a peer warmline), grief support (a hospice group in Spanish, a local group
 * after a transfer, picture books for a 7-year-old), stress and burnout (the Nagoski audiobook on Libby, a stress workbook,
 * Headspace for Library, sleep audiobooks, FMLA leave for mental health), help for a family member (a brother in crisis, a
 * bipolar son and NAMI Family-to-Family, a sister's drinking and depression, a father with dementia, a husband with PTSD, a
 * teen with panic attacks), and privacy worries (an employer's EAP, library computer history). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFirstRoundWellbeing-labels.ts for 01-26 and /tmp/sixtyFirstRoundWellbeing-labels-batch2.ts for 27-30).
 *
 * SHAPES TRIED:
 *  openings: a 25 s pickup (01); a patron "hello??" in the queue and a 95 s pickup (04: fail); `pickedUpAt` at 50 s with the
 *   first line at 90 (27: pickup passes, the 40 s after it are keep_informed's); "Hi! How can I help?" under the screen name
 *   "Ask Us 4" (15: names no one, fail); a greeting that is a hold ("Hi, Sol at Ask Us here — reading your question now, one
 *   moment.", 29); Spanish "¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria de …" (03); chat-speak "hey! zoe from ask a
 *   librarian @ cedar public library" (22); "Hey, welcome to Ask Us! Jordan here, I'm a librarian." (27); no provider ever
 *   joined (14);
 *  inquiry: county and plan, neighborhood, online or in person, day or evening, Spanish, the school, the child's reading level,
 *   the Medicaid plan, company size, Libby or hoopla, a phone or a computer; a restatement with no question mark ("So you want
 *   to know whether the library keeps a record …", 30: pass); 988 given before "Is anyone else at home with you?" (02: fail);
 *   findtreatment.gov before "Is she looking for in-person or telehealth?" (21: fail); no question at all (29: fail); a
 *   question in a Lost Call with no source ever given (15: pass);
 *  waits: a hold answered 80 s later (01); "let me check a few places" then 160 s (05: fail); holds at 60/150/240 and the
 *   answer at 330 (24: pass); a greeting-hold, a partial result that says the search goes on at 100, the answer at 190 (29:
 *   pass); "No rush, take your time." then the patron back 250 s later (26: waiting on the patron); a silent transfer, the
 *   receiver 150 s after the patron (17: fail); a transfer notice and the receiver 40 s later (16);
 *  endings: "Are you still there?" at 240 and "It looks like you've disconnected, so I'll close this chat. Feel free to chat
 *   back anytime!" at 300 (06: final idle 205 s, both pass); a goodbye 200 s after the answer with no check-in (07: both fail);
 *   a Lost Call with a check-in at 160 and a notice that invites back at 260 (15: final idle 240 s from the greeting); a notice
 *   with no question and no goodbye at 300 (28: idle fails, notice passes, courteous fails); the patron's window closing before
 *   the goodbye (23); the patron's "that's all I needed, ty" as the last line after a bare "Does that help?" (24: courteous
 *   fails); "You've used up your chat time for today, I need to end this." (08: dismissal fails, courteous fails); "a few
 *   other patrons waiting … chat back in later … or call our reference desk" (09: allowed); goodbyes "Con mucho gusto. Cuídese
 *   mucho.", "You're doing the right thing. Take care of yourself, and you can chat with us again anytime.", "Take good care
 *   of each other. Bye for now.", "np, bye!", "ok, bye & take care!", "Have a good night!", "Anytime. Thanks for chatting, and
 *   come back whenever you want."; patron-side "thats all i needed thx", "es todo", "no more questions", "no thats it", "that
 *   is all i needed", "k thats all", "ya thats all", "thats everything", and "ok calling them now", "ok", "thx", "ok cool thx"
 *   that do not count;
 *  sources: psychologytoday.com, 988lifeline.org, a hospice page, Libby by title, a clinic page, hhs.gov, nami.org, MedlinePlus,
 *   alz.org, postpartum.net, a school district page, the catalogue, findtreatment.gov, medicare.gov, dol.gov, Molina's search,
 *   trevorspace.org, adaa.org and mhanational.org, a privacy policy; none ("call ur insurance, they have a list", 22: fail);
 *  referrals: a county access line by phone (01); 911 and "call or text 988" (02); a hospice group by phone and URL (03); a
 *   training clinic by phone (05); a NAMI affiliate by URL (07, LEFT); the Alzheimer's Helpline and the reference desk by phone
 *   (09); PSI's HelpLine by phone (10); the Vet Center call center (11); a hospice group by phone after a transfer (16); county
 *   community mental health by phone (17); "call ur insurance" with no contact (22, LEFT); "talk to your HR department" with no
 *   contact beside "text HOME to 741741" (25: fail); the Trevor Project by phone and text (27); a peer warmline by phone (28);
 *   a helpline's number stated without telling the patron to call (21: no referral, a label correction); staff consulted on the
 *   patron's behalf ("check with a couple of local clinics", "ask our outreach librarian") and "Someone from your library will
 *   contact you" as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday", done in 30 h (10: pass); a promise "I'll look into that one and
 *   get back to you" with the phone read back and no time, coded Answered (11: code and contact fail, on_time pending at day
 *   1); FU_LIB with the e-mail only in `patron.email`, no time, not done by day 5 (12: contact and on_time fail); FU_ME with the
 *   phone read back, "by tomorrow at noon", done after 90 h (13: on_time fails); FU_ME with the e-mail read back, "by Friday",
 *   never recorded, day 4 (26: on_time fails);
 *  codes: a true Lost Call after a clarifying question (15: pass); Lost Call with two patron lines and no provider (14: fail);
 *   null (25); Practice (20);
 *  transfers: a notice (a hold) and an internal note that says why (16: pass); an internal note only (17: fail);
 *  concurrency: four at once (18: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (19: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a referral is telling the patron to contact or visit someone: "Call their 24/7 Helpline at …", "call or text 988", "You
 *   sign up through your local NAMI affiliate", "call ur insurance", "talk to your HR department" do; "The SAMHSA National
 *   Helpline at 1-800-662-4357 is free and 24/7 and helps families find programs." only states a number and tells the patron
 *   to do nothing (21: no referral, na);
 * - "988" and "text START to 678-678" are phone contacts (a number the patron calls or texts);
 * - a Lost Call whose provider asked a clarifying question has a substantive exchange (RUBRIC: a clarifying question counts):
 *   clarify passes (no source ever given, any question counts), source fails, and completeness fails (nothing was given to ask
 *   about: the pass condition cannot hold, and completeness is na only when source is na);
 * - a completeness question after an answer that gives no source ("best bet is call ur insurance …" then "that help?", 22)
 *   passes: RUBRIC says "the first message that gives a source or answer";
 * - "Con mucho gusto. Cuídese mucho." ("take care"), "Have a good night!", "ok, bye & take care!" say goodbye; a notice "It
 *   looks like you've disconnected. I'll end the session now." does not (announcing the end is not a goodbye, 28);
 * - "ya thats all", "k thats all" and "es todo" say the patron is done; "ok calling them now" and "ok cool thx" do not;
 * - "EAP summary on your HR portal" points to a document, not to someone to contact (06: no referral);
 * - "No rush, take your time." is not a hold (RUBRIC says so): the 250 s after it are a wait on the patron (26);
 * - a greeting that is a hold and a partial result that says the search goes on are holds (29): each starts a new span.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before it was first run (two batches, 26 then 4; labels
 * copied aside before each run).
 * First run as labelled / disagreeing: 27 / 3 (batch 1: 23 / 3; batch 2: 4 / 0). Label corrections: 1 (case 21,
 * referral.contact pass -> na: "The SAMHSA National Helpline at 1-800-662-4357 is free and 24/7 and helps families find
 * programs." states a number but does not tell the patron to call, write to, ask or visit anyone; RUBRIC Terms, Referral).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 07: "You sign up through your local NAMI affiliate: nami.org/findsupport lists them …" read as no
 *    referral (na; RUBRIC pass: an organisation to contact, reached by URL);
 *  - referral.contact, case 22: "best bet is call ur insurance, they have a list …" read as no referral (na; RUBRIC fail: an
 *    organisation to call, no contact).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a partial result, internal lines and
 * transfers, idle and disconnect spans including a Lost Call's, concurrency at touching ends, on_time done / late / pending /
 * overdue) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails and phones typed in the chat, an e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v56 (block V): case 22's "best bet is call ur insurance, they have a list of in network psychiatrists" (V6: the lead-in with
 *   no "to") reads as labelled and runs: 29 running, 1 LEFT (07).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const JUNE: Prov = { id: 'june-w', name: 'June', library: 'MCL' };
const SAM: Prov = { id: 'sam-w', name: 'Sam', library: 'ASK' };
const LUCIA: Prov = { id: 'lucia-w', name: 'Lucía', library: 'RCL' };
const MARCUS: Prov = { id: 'marcus-w', name: 'Marcus', library: 'ASK' };
const TOVA: Prov = { id: 'tova-w', name: 'Tova', library: 'BPL' };
const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'NGL' };
const OTIS: Prov = { id: 'otis-w', name: 'Otis', library: 'WCL' };
const BRENDA: Prov = { id: 'brenda-w', name: 'Brenda', library: 'HPL' };
const NELL: Prov = { id: 'nell-w', name: 'Nell', library: 'CCL' };
const REGGIE: Prov = { id: 'reggie-w', name: 'Reggie', library: 'SPL' };
const FAYE: Prov = { id: 'faye-w', name: 'Faye', library: 'LPL' };
const WES: Prov = { id: 'wes-w', name: 'Wes', library: 'DPL' };
const HANNA: Prov = { id: 'hanna-w', name: 'Hanna', library: 'KPL' };
const ANON: Prov = { id: 'anon-w', name: 'Ask Us 4', library: 'ASK' };
const ANA: Prov = { id: 'ana-w', name: 'Ana', library: 'ELL' };
const STATE: Prov = { id: 'state-w', name: 'Kit (statewide)', library: 'STATE' };
const HARBOR: Prov = { id: 'harbor-w', name: 'Rosa M.', library: 'HCL' };
const GUS: Prov = { id: 'gus-w', name: 'Gus', library: 'STATE' };
const MEI: Prov = { id: 'mei-w', name: 'Mei', library: 'PCL' };
const KIM: Prov = { id: 'kim-w', name: 'Kim', library: 'OPL' };
const LEON: Prov = { id: 'leon-w', name: 'Leon', library: 'OPL' };
const TRAIN: Prov = { id: 'train-w', name: 'Training Account', library: 'TRN' };
const DREW: Prov = { id: 'drew-w', name: 'Drew', library: 'FPL' };
const ZOE: Prov = { id: 'zoe-w', name: 'zoe_ref', library: 'CPL' };
const IRMA: Prov = { id: 'irma-w', name: 'Irma', library: 'VPL' };
const PAUL: Prov = { id: 'paul-w', name: 'Paul', library: 'GPL' };
const ROSALIND: Prov = { id: 'rosalind-w', name: 'Rosalind', library: 'APL' };
const TEO: Prov = { id: 'teo-w', name: 'Teo', library: 'SCL' };

const JORDAN: Prov = { id: 'jordan-w', name: 'Jordan', library: 'ASK' };
const ELLIS: Prov = { id: 'ellis-w', name: 'Ellis', library: 'FRL' };
const SOL: Prov = { id: 'sol-w', name: 'Sol', library: 'ASK' };
const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'DML' };

const s = session;

export const sixtyFirstRoundWellbeing: SessionCase[] = [
  s(JUNE, '01 therapist who takes Medicaid: county and insurance asked, hold, Psychology Today filter + county access line by phone, "thats all i needed"', [
    [0, 'p', 'hi how do i find a therapist that takes medicaid? ive been looking for weeks'],
    [25, 'l', 'Hi! This is June, a librarian at Maple County Library. I can help you look.'],
    [31, 'l', 'Which county do you live in, and is it straight Medicaid or a managed care plan (like the card has a company name on it)?'],
    [90, 'p', 'maple county, it says CareFirst Community on it'],
    [96, 'l', 'ok one sec, let me check a couple of places'],
    [176, 'l', "Two good routes. Psychology Today's directory lets you filter by insurance: psychologytoday.com/us/therapists, put in your ZIP, then Insurance > Medicaid. And the county's Behavioral Health Access line can match you with a clinic that takes your plan: call them at (555) 555-0140, weekdays 8-5."],
    [182, 'l', 'Does that help?'],
    [240, 'p', 'yes!! thats all i needed thx'],
    [246, 'l', 'Glad to help. Thanks for chatting, and take care!'],
  ], usual({ referral: 'pass' })),

  s(SAM, '02 brother saying scary things: 988 call-or-text given first, a question only after it, patron "ok calling them now"', [
    [0, 'p', 'my brother keeps saying he doesnt want to be here anymore. i dont know what to do'],
    [12, 'l', "Hi, I'm Sam with Ask a Librarian. I'm really glad you reached out."],
    [18, 'l', "If he is in immediate danger, please call 911. You can also call or text 988, the Suicide & Crisis Lifeline. It's free, 24/7, and they talk with family members too, not just the person in crisis."],
    [40, 'p', 'he is in his room. i dont think hes going to do anything right now but im scared'],
    [46, 'l', 'Is anyone else at home with you?'],
    [70, 'p', 'my mom'],
    [78, 'l', "Good. The 988 counselors can walk you and your mom through what to say to him and what to do next. There's also a page for families at 988lifeline.org/help-someone-else. Is that helpful?"],
    [110, 'p', 'ok calling them now'],
    [116, 'l', "You're doing the right thing. Take care of yourself, and you can chat with us again anytime."],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  s(LUCIA, '03 grupo de duelo en español: "¿en persona o en línea?", hospice group by phone and URL, "es todo", "Cuídese mucho"', [
    [0, 'p', 'buenas tardes, busco un grupo de apoyo para el duelo, mi esposo fallecio en enero'],
    [30, 'l', '¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria de la Biblioteca de Río Claro. Lo siento mucho por su pérdida.'],
    [38, 'l', '¿Busca un grupo en persona o en línea? ¿Y prefiere que sea en español?'],
    [100, 'p', 'en persona y en español si hay'],
    [106, 'l', 'Un momento, por favor, lo busco.'],
    [170, 'l', 'Hospicio del Valle tiene un grupo de duelo en español los jueves a las 6 pm, gratis y abierto a todos. Para inscribirse llame al (555) 555-0178 o vea hospiciodelvalle.org/duelo.'],
    [176, 'l', '¿Es lo que buscaba?'],
    [230, 'p', 'si, muchas gracias, es todo'],
    [236, 'l', 'Con mucho gusto. Cuídese mucho.'],
  ], usual({ referral: 'pass' })),

  s(MARCUS, '04 books on burnout: patron "hello??" in the queue, 95 s pickup, Nagoski book on Libby, "no more questions"', [
    [0, 'p', 'do u have books about burnout? like work burnout'],
    [40, 'p', 'hello??'],
    [95, 'l', "Hi there, sorry for the wait! I'm Marcus, an Ask Us librarian."],
    [101, 'l', 'Do you want something to read, or would audiobooks work better?'],
    [130, 'p', 'audiobook, i drive a lot'],
    [137, 'l', 'Burnout: The Secret to Unlocking the Stress Cycle by Emily and Amelia Nagoski is on Libby as an audiobook; search the title in the Libby app with your library card. Does that sound like what you want?'],
    [180, 'p', 'perfect, no more questions'],
    [185, 'l', 'Great, thanks for chatting — take care!'],
  ], usual({ pickup: 'fail' })),

  s(TOVA, '05 cheap counseling: "let me check a few places" then 160 s, a training clinic by phone, "anything else?" "no thats it"', [
    [0, 'p', 'Is there any counseling that is cheap? I lost my job and cant afford $150 a session'],
    [20, 'l', 'Hello, Tova at Brookside Public Library here.'],
    [26, 'l', 'Are you in Brookside, and are you open to seeing a counselor-in-training (supervised grad students)?'],
    [64, 'p', 'yes brookside. and yeah thats fine'],
    [70, 'l', 'let me check a few places'],
    [230, 'l', 'The Counseling Training Clinic at Brookside State University has sliding-scale sessions starting at $10. Call 555-555-0112 to do an intake; the clinic page is bsu.edu/counseling-clinic.'],
    [236, 'l', 'Is that the kind of thing you were looking for?'],
    [290, 'p', 'yes thank you so much'],
    [296, 'l', 'Anything else I can help with?'],
    [320, 'p', 'no thats it'],
    [326, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  s(PRIYA, '06 EAP privacy worry: patron silent after the answer, check-in at 240, "looks like you\'ve disconnected … chat back anytime" at 300', [
    [0, 'p', 'if i use my jobs EAP for counseling will my boss find out'],
    [22, 'l', 'Hi, Priya here at Northgate Library.'],
    [28, 'l', 'Is it the EAP privacy you are worried about, or your health insurance claims?'],
    [80, 'p', 'the EAP thing'],
    [95, 'l', "EAPs are generally confidential: your employer usually only sees totals, not names. Your plan's exact rules are in the EAP summary on your HR portal, and HHS explains health privacy rights at hhs.gov/hipaa/for-individuals."],
    [100, 'l', 'Does that answer your question?'],
    [240, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  s(OTIS, '07 NAMI family class: answer at 100, no check-in, goodbye at 300 (final idle 200 s)', [
    [0, 'p', 'my son was just diagnosed bipolar, is there a class for parents'],
    [30, 'l', 'Good afternoon, this is Otis at Westfield County Library.'],
    [36, 'l', 'Are you looking for something in person here in Westfield, or online is ok?'],
    [90, 'p', 'either'],
    [100, 'l', "NAMI's Family-to-Family is a free 8-week class for family members. You sign up through your local NAMI affiliate: nami.org/findsupport lists them with phone numbers, and the Westfield affiliate runs it in person and online."],
    [106, 'l', 'Did that help?'],
    [300, 'l', 'Thanks for chatting with us today, take care.'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' })),

  s(BRENDA, '08 medication questions: MedlinePlus given, then "you\'ve used up your chat time for today, I need to end this"', [
    [0, 'p', 'what are the side effects of sertraline'],
    [18, 'l', 'Hi, Brenda with Hillcrest Public Library.'],
    [24, 'l', 'Is it a general overview you need, or something specific like interactions?'],
    [50, 'p', 'general'],
    [56, 'l', 'MedlinePlus has a plain-language page: medlineplus.gov/druginfo/meds/a697048.html. Scroll to "What side effects can this medication cause?". Does that help?'],
    [100, 'p', 'ok and can i drink on it, and what if i skip a dose, and is it ok with adderall, and also my mom takes lexapro'],
    [110, 'l', "You've used up your chat time for today, I need to end this."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(NELL, '09 dementia caregiver: Alzheimer\'s helpline by phone, "a few other patrons waiting … chat back in later or call our reference desk"', [
    [0, 'p', "my dad has dementia and i'm so burned out taking care of him. are there support groups for caregivers"],
    [28, 'l', 'Hello, this is Nell, a librarian at Cedar County Library. That sounds exhausting.'],
    [34, 'l', 'Which town are you in, and do evenings work for you?'],
    [80, 'p', 'cedar falls, evenings yes'],
    [86, 'l', "The Alzheimer's Association runs caregiver groups, including an evening one in Cedar Falls. Call their 24/7 Helpline at 800-272-3900 and they'll give you the times, or search alz.org/events."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'yes. also respite care, and adult day programs, and how do i get him to stop driving, and medicaid for nursing homes'],
    [160, 'l', "Those are all important. I have a few other patrons waiting right now, so please chat back in later and we can keep going, or call our reference desk at 555-555-0190."],
    [180, 'p', 'ok'],
    [186, 'l', 'Thank you, take care of yourself too.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(REGGIE, '10 postpartum groups (follow-up by me): PSI HelpLine by phone, e-mail read back, "by Thursday", done in 30 h', [
    [0, 'p', 'hi. i think i have postpartum depression. are there any support groups near me? i have a 6 wk old'],
    [24, 'l', "Hi, I'm Reggie, a librarian at Shoreline Public Library. Congratulations on the baby, and thank you for reaching out."],
    [30, 'l', 'Which neighborhood are you in? And would online groups work, since you have a newborn?'],
    [90, 'p', 'ballard. online would be easier honestly'],
    [96, 'l', 'Postpartum Support International runs free online groups every day, listed at postpartum.net/get-help. You can also call or text their HelpLine at 1-800-944-4773.'],
    [102, 'l', 'Does that help for now?'],
    [150, 'p', 'yes. is there anything in person in ballard tho'],
    [156, 'l', "I'd like to check with a couple of local clinics first. If you give me your e-mail, I'll send you a list."],
    [200, 'p', 'jen.r@example.com'],
    [206, 'l', "So that's jen.r@example.com. I'll e-mail the list by Thursday."],
    [212, 'l', 'Anything else I can help with?'],
    [240, 'p', "no that's everything, thank you"],
    [246, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(FAYE, '11 veterans peer group: Vet Center phone, "I\'ll get back to you" with no time, coded Answered, pending', [
    [0, 'p', 'my husband is a vet with ptsd, he wont go to the VA. any peer groups?'],
    [20, 'l', 'Hi, this is Faye at Lakeland Public Library.'],
    [26, 'l', 'Is he open to a group with other vets only, or would a general group be ok?'],
    [70, 'p', 'vets only'],
    [76, 'l', "Vet Centers are separate from VA hospitals and many vets prefer them. Call the Vet Center Call Center at 877-927-8387 to find the closest one; they run combat-vet groups."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes. theres also a group at some church i heard about'],
    [126, 'l', "I'll look into that one and get back to you. What's the best number to reach you?"],
    [160, 'p', '555-555-0133'],
    [166, 'l', 'Got it, 555-555-0133.'],
    [200, 'p', 'thx'],
    [206, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' })),

  s(WES, '12 school counselor for a teen (follow-up by library): e-mail only in patron.email, no time, not done by day 5', [
    [0, 'p', 'my daughter is 15 and having panic attacks, does the school district have counselors we can see for free'],
    [26, 'l', 'Hi, Wes from Dalton Public Library here.'],
    [32, 'l', 'Which school does she go to?'],
    [70, 'p', 'dalton high'],
    [76, 'l', "Dalton Unified lists its school counselors and the free student wellness center on dalton.k12.us/wellness. Does that help?"],
    [120, 'p', 'kind of. i want to know if they have a therapist not just a guidance counselor'],
    [126, 'l', 'Someone from your library will contact you about that.'],
    [150, 'p', 'ok'],
    [156, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'm.okafor@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  s(HANNA, '13 grief books for a child (follow-up by me): phone read back, "by tomorrow at noon", done after 90 h', [
    [0, 'p', 'my nephew is 7 and his dad died last week. are there books to help kids with grief'],
    [30, 'l', "Hello, I'm Hanna, a children's librarian at Kingsley Public Library. I'm so sorry."],
    [36, 'l', 'Does he like picture books, or is he reading chapter books on his own?'],
    [90, 'p', 'picture books still'],
    [96, 'l', "The Invisible String by Patrice Karst and Something Very Sad Happened by Bonnie Zucker are both in our catalogue at kingsleylibrary.org/catalog. Do those sound right?"],
    [140, 'p', 'yes. can you make me a longer list, i want to bring some to my sister'],
    [146, 'l', "Of course. What's a phone number I can call or text you at?"],
    [180, 'p', '555-555-0161'],
    [186, 'l', "555-555-0161, thanks. I'll text you the list by tomorrow at noon."],
    [192, 'l', 'Anything else today?'],
    [220, 'p', 'no thats all'],
    [226, 'l', 'Take good care of each other. Bye for now.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(ANA, '14 no provider ever joined: two patron lines, coded Lost Call', [
    [0, 'p', 'is there somewhere i can talk to someone tonight'],
    [200, 'p', 'nvm'],
  ], all({ pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na', courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call' }),

  s(ANON, '15 Lost Call: "Hi! How can I help?" (no name), a question the patron never answers, check-in, notice + invitation back', [
    [0, 'p', 'support groups for anxiety'],
    [20, 'l', 'Hi! How can I help?'],
    [26, 'l', 'Are you looking for a group for yourself or for someone else, and in person or online?'],
    [160, 'l', 'Are you still there?'],
    [260, 'l', "It seems you've disconnected, so I'm going to end this chat now. Please chat back anytime."],
  ], usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  s(STATE, '16 local grief group via transfer: visible notice + internal note why, Rosa at 40 s, hospice group by phone', [
    [0, 'p', 'hi im looking for a grief support group in harbor county, my mom passed'],
    [18, 'l', "Hello, I'm Kit with the statewide Ask Us service. I'm sorry about your mom."],
    [24, 'l', 'Would you prefer a group that meets in the day or the evening?'],
    [60, 'p', 'evening'],
    [66, 'l', "I'm going to transfer you to a Harbor County librarian who knows the local groups. One moment."],
    [69, 'i', 'pt needs evening grief support group in Harbor Co (mother died), can you take it?'],
    xfer(72, 'Rosa M.', 'harbor-w'),
    [106, 'l', 'Hi, Rosa at Harbor County Library here. Harbor Hospice runs an evening grief group on Mondays at 7; call 555-555-0155 to join, no cost. Did that help?', as(HARBOR)],
    [150, 'p', 'yes thank you, that is all i needed'],
    [156, 'l', 'Thank you for chatting, take care.', as(HARBOR)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  s(GUS, '17 silent transfer: internal note only, Mei answers 150 s after the patron', [
    [0, 'p', 'are there free counseling places in pine county'],
    [15, 'l', 'Hi! Gus here, statewide Ask a Librarian.'],
    [21, 'l', 'Is it for an adult or a child?'],
    [50, 'p', 'adult, me'],
    [55, 'i', 'Pine Co local resource q, adult free counseling. sending to you'],
    xfer(58, 'Mei', 'mei-w'),
    [200, 'l', "Hi, I'm Mei at Pine County Library. Pine County Community Mental Health has free and sliding-scale counseling; call their intake line at 555-555-0121. Does that answer your question?", as(MEI)],
    [240, 'p', 'yes thanks thats all'],
    [246, 'l', 'Thanks for chatting!', as(MEI)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  s(KIM, '18 mindfulness apps: four sessions open at once (fail)', [
    [0, 'p', 'does the library have any meditation apps for free'],
    [20, 'l', 'Hello, Kim at Oakdale Public Library!'],
    [26, 'l', 'Are you on a phone or a computer?'],
    [60, 'p', 'phone'],
    [66, 'l', 'With your card you get free Headspace for Library through oakdalelibrary.org/eresources > Health. Does that help?'],
    [100, 'p', 'yes, that is all. thanks'],
    [106, 'l', 'Great, bye!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('k1', 'kim-w', -300, 400), other('k2', 'kim-w', -100, 500), other('k3', 'kim-w', 30, 300)] }),

  s(LEON, '19 stress workbook: others touching both ends, three at most (pass)', [
    [0, 'p', 'looking for a workbook on stress, like with exercises'],
    [20, 'l', 'Hi, Leon at Oakdale Public Library here.'],
    [26, 'l', 'For yourself, or for a teen?'],
    [60, 'p', 'me'],
    [66, 'l', "The Stress Reduction Workbook by Martha Davis is in our catalogue at oakdalelibrary.org/catalog, two copies in. Is that what you were looking for?"],
    [100, 'p', "yes that's it, that's everything"],
    [106, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, { otherIntervals: [other('l1', 'leon-w', -300, 0), other('l2', 'leon-w', -100, 400), other('l3', 'leon-w', 50, 300), other('l4', 'leon-w', 111, 600)] }),

  s(TRAIN, '20 practice chat (988 script): coded Practice, every check na', [
    [0, 'p', 'test crisis script'],
    [10, 'l', 'Hi, this is a practice chat. Call or text 988. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(DREW, '21 treatment for a family member: findtreatment.gov and SAMHSA line first, in-person or telehealth asked after', [
    [0, 'p', 'my sister is drinking a lot and really depressed, how do i find treatment for her'],
    [22, 'l', 'Hi, this is Drew at Fairview Public Library.'],
    [28, 'l', 'findtreatment.gov lists licensed programs for both, searchable by ZIP and insurance. The SAMHSA National Helpline at 1-800-662-4357 is free and 24/7 and helps families find programs.'],
    [34, 'l', 'Is she looking for in-person or telehealth?'],
    [80, 'p', 'in person probably'],
    [86, 'l', 'Then on findtreatment.gov tick "Outpatient" and "Co-occurring" to see places that treat both. Does that help?'],
    [130, 'p', 'yeah. thats all i needed'],
    [136, 'l', "You're welcome, take care!"],
  ], usual({ clarify: 'fail' })),

  s(ZOE, '22 chat-speak, no source: "call ur insurance they have a list" (no contact), "that help?", "k thats all"', [
    [0, 'p', 'how do i find a psychiatrist'],
    [10, 'l', 'hey! zoe from ask a librarian @ cedar public library'],
    [14, 'l', 'what insurance u have?'],
    [40, 'p', 'aetna thru work'],
    [45, 'l', 'best bet is call ur insurance, they have a list of in network psychiatrists'],
    [48, 'l', 'that help?'],
    [70, 'p', 'k thats all'],
    [74, 'l', 'np, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  s(IRMA, '23 stress audiobooks: patron left before the goodbye, "ok cool thx" only', [
    [0, 'p', 'any audiobooks for stress and sleep'],
    [25, 'l', "Hi there! I'm Irma, librarian at Vista Public Library."],
    [31, 'l', 'Do you use Libby or hoopla?'],
    [70, 'p', 'libby'],
    [76, 'l', "On Libby try Why We Sleep by Matthew Walker and The Relaxation Response by Herbert Benson; search the titles in the app. Is that what you were looking for?"],
    [120, 'p', 'ok cool thx'],
    left(130),
    [140, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail' })),

  s(PAUL, '24 Medicare and therapy: holds at 60/150/240, answer at 330, patron\'s "that\'s all I needed, ty" last with no goodbye', [
    [0, 'p', 'does medicare pay for therapy and how do i find someone who takes it. im 68'],
    [20, 'l', 'Hello! Paul here, a librarian at Granville Public Library.'],
    [26, 'l', 'Do you have Original Medicare or a Medicare Advantage plan?'],
    [54, 'p', 'original'],
    [60, 'l', 'Let me check the Medicare site, one moment.'],
    [150, 'l', "Still looking, I've found the coverage page, now checking the provider search."],
    [240, 'l', 'Almost there, thanks for your patience.'],
    [330, 'l', 'Original Medicare Part B covers outpatient therapy with psychologists, clinical social workers, counselors and MFTs. Coverage is at medicare.gov/coverage/mental-health-care-outpatient, and medicare.gov/care-compare lets you search providers who accept Medicare by ZIP.'],
    [336, 'l', 'Does that help?'],
    [380, 'p', "yes, that's all I needed, ty"],
  ], usual({ courteous: 'fail' })),

  s(ROSALIND, '25 teen texting line: Crisis Text Line "text HOME to 741741", FMLA and HR with no contact, code null', [
    [0, 'p', 'im so stressed at work i might need to take leave for my mental health. how does that work'],
    [30, 'l', 'Good morning, Rosalind at Ashby Public Library here.'],
    [36, 'l', 'Do you work for a company with 50 or more employees?'],
    [80, 'p', 'yes about 200'],
    [86, 'l', "Then you may qualify for FMLA leave for a serious health condition, mental health included. The Department of Labor explains it at dol.gov/agencies/whd/fmla. You'll want to talk to your HR department about the paperwork."],
    [92, 'l', "And if things feel like too much at any point, you can text HOME to 741741 to reach the Crisis Text Line, anytime."],
    [98, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes thanks, thats everything'],
    [156, 'l', 'Thank you for chatting, take care.'],
  ], usual({ code: 'fail', referral: 'fail' }), { resolutionCode: null }),

  s(TEO, '26 therapist in Spanish for a mother: "No rush, take your time" then 250 s away, follow-up by me not recorded by day 4', [
    [0, 'p', 'looking for a spanish speaking therapist for my mom, she has medicaid'],
    [20, 'l', "Hi, I'm Teo, a librarian at Summit County Library."],
    [26, 'l', 'Do you know which Medicaid plan she has? It is on her card.'],
    [60, 'p', 'let me go find her card'],
    [66, 'l', 'No rush, take your time.'],
    [316, 'p', 'ok its Molina'],
    [322, 'l', 'Thanks! Molina has a provider search with a language filter at molinahealthcare.com/members/find-a-provider; choose Behavioral Health and Spanish. Does that help?'],
    [370, 'p', 'kind of, there arent many near us'],
    [376, 'l', "I'll ask our outreach librarian for local options. What e-mail should I send them to?"],
    [410, 'p', 'carlos.v@example.com'],
    [416, 'l', "carlos.v@example.com, thank you. You'll have them by Friday."],
    [422, 'l', 'Anything else?'],
    [440, 'p', 'no gracias'],
    [446, 'l', 'Thanks for chatting, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), FU_ME, { now: T0 + 4 * DAY }),
  s(JORDAN, '27 LGBTQ teen support: pickedUpAt 50 s, first line at 90, Trevor Project "call … or text START to 678-678"', [
    [0, 'p', 'are there support things for lgbtq teens? asking for me. im 16'],
    [90, 'l', "Hey, welcome to Ask Us! Jordan here, I'm a librarian. Thanks for trusting us with this."],
    [96, 'l', 'Are you looking for someone to talk to, or a group to meet other teens?'],
    [140, 'p', 'talk to someone i guess. and maybe a group later'],
    [146, 'l', "The Trevor Project has trained counselors for LGBTQ young people 24/7: call 1-866-488-7386 or text START to 678-678. They also run TrevorSpace, a moderated online community for ages 13-24, at trevorspace.org. Does that help?"],
    [200, 'p', "yes. that's all i needed, thank u"],
    [206, 'l', 'Anytime. Thanks for chatting, and come back whenever you want.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(50) }),

  s(ELLIS, '28 peer warmline: answer at 66, no check-in, "It looks like you\'ve disconnected. I\'ll end the session now." at 300 (no goodbye)', [
    [0, 'p', 'i just need someone to talk to. its not an emergency'],
    [15, 'l', 'Hi, this is Ellis at Ask Us, Fremont Regional Library.'],
    [21, 'l', 'Are you hoping for someone to talk to right now, or ongoing support?'],
    [60, 'p', 'right now'],
    [66, 'l', "You can call the state Peer Warmline at 855-555-0166. It's staffed by people who have been there themselves, 8 am to midnight, and it is not a crisis line, so it's for exactly this."],
    [72, 'l', 'Does that help?'],
    [300, 'l', "It looks like you've disconnected. I'll end the session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  s(SOL, '29 online anxiety groups: greeting that is a hold, partial result that says the search goes on, no question at all', [
    [0, 'p', 'free online support groups for anxiety??'],
    [20, 'l', 'Hi, Sol at Ask Us here — reading your question now, one moment.'],
    [100, 'l', 'Found a couple of things, still checking one more.'],
    [190, 'l', 'The Anxiety and Depression Association of America lists free online peer groups at adaa.org/find-help/support/support-groups, and Mental Health America has moderated ones at mhanational.org/support-groups. Is that what you were looking for?'],
    [240, 'p', 'ya thats all'],
    [246, 'l', 'ok, bye & take care!'],
  ], usual({ clarify: 'fail' })),

  s(BEA, '30 library computer privacy: restatement with no question mark, privacy policy URL, "yes tq", "Have a good night!"', [
    [0, 'p', 'if i look up mental health stuff on the library computers does anyone see it'],
    [25, 'l', 'Good evening, this is Bea, a librarian at Dunmore Memorial Library.'],
    [31, 'l', 'So you want to know whether the library keeps a record of what you look up on our public computers.'],
    [60, 'p', 'yes'],
    [66, 'l', "We don't. The browser history is wiped when you log off, and we don't track searches. Our privacy policy says so at dunmorelibrary.org/privacy, under \"Public computers\". Did that answer it?"],
    [110, 'p', 'yes tq'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [145, 'l', 'Have a good night!'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundWellbeing.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "NAMI\'s Family-to-Family is a free 8-week class for family members. You sign up through your local NAMI affiliate: nami.org/findsupport lists them with phone numbers" tells the patron to contact an organisation outside the chat (sign up through the affiliate: RUBRIC Terms, Referral), reached by a URL that lists its phone numbers: pass.',
};

describe('sixty-first round: mental health and support, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundWellbeing.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundWellbeing.filter((c) => c.name in LEFT_WHY));
});
