/**
 * Sixty-third round, theme BLOOD, ORGAN AND BODY DONATION, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: donor registries and the license (joining in Maryland, taking the heart off
 * a Carroll County license), blood drives and eligibility (a fresh Ohio tattoo, type 2 diabetes in Spanish, low iron in Lee
 * County, years in England before 1996, a COVID booster, a church hall drive in King County, the nearest drive to the Navy
 * Yard, hemochromatosis draws, platelets vs whole blood, banking one's own blood before hip surgery), plasma (safety and
 * pay, donating with an ITIN in Phoenix), marrow (the over-40 fee, the odds of being called, a PBSC match), whole-body
 * donation (an 81-year-old father in Maryland, UT Southwestern from Houston), cord blood at Inova Fairfax, a greyhound at
 * OSU's veterinary blood bank, a brain bank for Parkinson's research, a living kidney donor's costs, corneas after LASIK and
 * a grandmother's corneas in Baltimore, religious views (Sunni rulings, a synagogue class, bloodless surgery for a Jehovah's
 * Witness). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtyThirdRoundDonation-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome to Ask Us Now! I'm Anne, …" (01); a 61 s pickup (04: fail); the first line at
 *   exactly 60 s (05: pass); `pickedUpAt` at 58 s with the first line at 70 (26: pass); "hey there! 👋 happy to help with
 *   that." then "what city are you in?" under the screen name "quill_ref" (06: greets, names no one: fail); "Shalom and good
 *   morning! Ruth here, …" (10); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (03) and bilingual "Hola, lo siento
 *   mucho por su pérdida. Soy Alma, bibliotecaria bilingüe de Ask Us Now." (16), "¡Hola! Bea here, … I can chat in English
 *   or español." (21); a queue line and no provider ever joined (29);
 *  inquiry: which blood center, insulin or pills, hospital of delivery, transplant center, vaccine brand, Sunni or Shia,
 *   research clinic or local neurologist, ID with photo; a restatement with no question mark ("So you're after something
 *   you can teach from …", 10: pass); the first source given before "Which school of thought does your family follow?" (09:
 *   fail); a question and no source ever given (12: clarify passes, source fails);
 *  waits: a hold, "Still looking" exactly 120 s later and the answer 100 s after that (07: pass); "ok let me check that for
 *   you 🙂" answered 135 s later (08: fail); a transfer notice answered 108 s later by the receiver (22: pass); a silent
 *   transfer, the receiver 125 s after the patron, the internal note and the system line in between (23: fail); the
 *   patron's "seriously??" still unanswered when the session ends (20: does not count);
 *  endings: final idle of exactly 120 s ending on "Are you still with me?" (17: check-in pass, notice na, courteous fails);
 *   exactly 180 s with "Are you still there?" and a disconnect notice that invites back and thanks (18: both pass); 200 s
 *   with only a thank-you goodbye (19: both fail); a Lost Call with "Are you there?" and a notice with thanks 180 s after
 *   the greeting (28: both pass); "Sorry, your time is up for this chat. Goodbye." and the patron's "seriously??" (20:
 *   dismissal); "Hay varias personas esperando … vuelva a escribirnos más tarde" (21: allowed) and the patron's "ok gracias";
 *   patron-side "that's everything", "thats all i needed", "eso es todo", "no more questions", "that's all I need today",
 *   "es todo", "thats everything", "that's everything I needed", and "ok thx", "yes thank you", "yes it does. thank you",
 *   "yes" / "cool thx", "ok gracias" that do not count;
 *  sources: donatelifemaryland.org, redcrossblood.org, vitalant.org, oneblood.org, nmdp.org, medlineplus.gov, hods.org,
 *   neurobiobank.nih.gov, livingdonorassistance.org, bloodworksnw.org, thellf.org, biolifeplasma.com, utsouthwestern.edu,
 *   stanfordbloodcenter.org, restoresight.org, vet.osu.edu, fda.gov, a book in the catalogue; none (12: fail);
 *  referrals: the State Anatomy Board by phone (07: pass); "call your local Red Cross chapter" with no contact (15: fail);
 *   The Living Legacy Foundation by phone and e-mail in Spanish (16: pass); "Ask your surgeon's office to send the order"
 *   (24: a referral, no contact); a branch librarian who will call the patron (13: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday at 5 pm", done 48 h after the end (11: pass); a promise to
 *   e-mail a list, the patron's e-mail typed in the chat, no time, coded Answered (12: code and contact fail, pending);
 *   FU_LIB, phone read back, "within 72 hours", never recorded at day 4 (13: contact pass, on_time fail); FU_ME with the
 *   e-mail only in `patron.email` ("the address on your account by tomorrow"), done after 10 h (14: contact fails, code and
 *   on_time pass);
 *  codes: a true Lost Call (28); Lost Call after two patron lines at the end (30); null with a provider (10); null with no
 *   provider (29); an empty string (19); Practice (27);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); notice only (24: fail);
 *  concurrency: three others open at once over this one (25: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Shalom and good morning!", "¡Hola!", "Hola, lo siento mucho …" greet; "Le saluda Lucía, bibliotecaria de …", "Soy Alma,
 *   bibliotecaria bilingüe de Ask Us Now" identify; "¿Le sirve esta información?", "¿Esto le ayuda?", "¿Le sirve?" are the
 *   completeness question; "¿Hay algo más en que le pueda ayudar?" asks for anything else; "eso es todo" and "es todo" say
 *   explicitly that the patron is done, "ok gracias" does not;
 * - "sign up online with the Maryland Donor Registry at donatelifemaryland.org", "their host page is bloodworksnw.org/…",
 *   "its forms are at utsouthwestern.edu/…" point to a site to use (a source, no referral); "call the Anatomy Board at …",
 *   "call your local Red Cross chapter", "Puede llamarles al …" and "Ask your surgeon's office to send the order" tell the
 *   patron to contact a party outside the chat (referrals);
 * - "Your branch's health librarian can also pull together the registration packets … Could she call you?" is a follow-up
 *   promise by the patron's library, not a referral (13);
 * - "I'll put a list together and e-mail it to you." is a follow-up promise (12), and the e-mail the patron typed in the chat
 *   is "given … there" (contact still fails: no time);
 * - "Would you like the steps for asking your doctor to write the order?" offers something not yet given (26: completeness
 *   fails);
 * - "It looks like you've been disconnected, so I'll end this chat now. Please come back anytime — thanks for chatting!" and
 *   "It looks like we got disconnected, so I'll end the chat now. Thank you for contacting …" are disconnect notices that are
 *   goodbyes (the idle ends there); "Bye now!", "Adiós", "bye!" say goodbye;
 * - a Lost Call whose provider sent only a greeting, a check-in and a closing notice has no substantive exchange (28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (referral.contact, case 15). Label corrections: 0 (case 15's label reread
 * against RUBRIC's Referral and referral.contact and kept: the Red Cross chapter is a party the patron is told to call, and
 * nothing reaches it; bloodworksnw.org belongs to Bloodworks Northwest, not to the chapter).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 15: "You'll also want to call your local Red Cross chapter" read as reached (pass; RUBRIC fail:
 *    every party referred to needs its own way to reach it, and the only URL in the message is Bloodworks Northwest's).
 * Every timing check (pickup at 61 s, at exactly 60 s, by `pickedUpAt` at 58 s, no provider; keep_informed at exactly 120 s
 * after a hold, 135 s after a hold, 125 s across an internal note and a silent transfer, 108 s after a transfer notice, an
 * open span at the end; final idles of 120, 180 (twice) and 200 s; concurrency at four and at touching ends; on_time done
 * after 10 h and 48 h, unrecorded past the deadline, pending) and every code (Practice, true and false Lost Call, null with
 * and without a provider, "", a promise under Answered, follow-up codes with a contact in the chat and only in
 * `patron.email`) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (patron e-mail typed and read back, typed only, only in `patron.email`; a patron phone read back; library phones and
 * an agency e-mail beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 15's "call your local Red
 *   Cross chapter" is a party (W16) and the sentence before ("Bloodworks Northwest runs most drives; their host page is …") lends
 *   it no contact (W12); it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ANNE: Prov = { id: 'anne-d', name: 'Anne', library: 'EPFL' };
const BEN: Prov = { id: 'ben-d', name: 'Ben', library: 'CCPL-OH' };
const LUCIA: Prov = { id: 'lucia-d', name: 'Lucía', library: 'MCPL-MD' };
const MIRA: Prov = { id: 'mira-d', name: 'Mira', library: 'SFPL' };
const NADIA: Prov = { id: 'nadia-d', name: 'Nadia', library: 'BPL-MA' };
const QUILL: Prov = { id: 'quill-d', name: 'quill_ref', library: 'CML' };
const OWEN: Prov = { id: 'owen-d', name: 'Owen', library: 'AACPL' };
const PRIYA: Prov = { id: 'priya-d', name: 'Priya', library: 'FXCL' };
const SAMIR: Prov = { id: 'samir-d', name: 'Samir', library: 'DPL-MI' };
const RUTH: Prov = { id: 'ruth-d', name: 'Ruth', library: 'BCPL-MD' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'HCLS' };
const UMA: Prov = { id: 'uma-d', name: 'Uma', library: 'PGCMLS' };
const VICTOR: Prov = { id: 'victor-d', name: 'Victor', library: 'WCFL' };
const WES: Prov = { id: 'wes-d', name: 'Wes', library: 'FCPL-MD' };
const ZOE: Prov = { id: 'zoe-d', name: 'Zoe', library: 'KCLS' };
const ALMA: Prov = { id: 'alma-d', name: 'Alma', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-d', name: 'Yusuf', library: 'CCPL-MD' };
const KIRA: Prov = { id: 'kira-d', name: 'Kira', library: 'CLP' };
const LARS: Prov = { id: 'lars-d', name: 'Lars', library: 'HCL-MN' };
const MORGAN: Prov = { id: 'morgan-d', name: 'Morgan', library: 'LCL-FL' };
const BEA: Prov = { id: 'bea-d', name: 'Bea', library: 'PPL-AZ' };
const GRACE: Prov = { id: 'grace-d', name: 'Grace', library: 'AUN' };
const HENRY: Prov = { id: 'henry-d', name: 'Henry', library: 'HSHSL' };
const IRIS: Prov = { id: 'iris-d', name: 'Iris', library: 'HPL-TX' };
const JUAN: Prov = { id: 'juan-d', name: 'Juan', library: 'TMCL' };
const KAI: Prov = { id: 'kai-d', name: 'Kai', library: 'SCCLD' };
const LENA: Prov = { id: 'lena-d', name: 'Lena', library: 'SCCLD' };
const MAYA: Prov = { id: 'maya-d', name: 'Maya', library: 'RPL-VA' };
const NIKO: Prov = { id: 'niko-d', name: 'Niko', library: 'SLCOL' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 12', library: 'TRN' };
const OMAR: Prov = { id: 'omar-d', name: 'Omar', library: 'DCPL' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'VRQ' };
const QUINN: Prov = { id: 'quinn-d', name: 'Quinn', library: 'NYPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waitLine = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. / All librarians are busy, please wait.'];

export const sixtyThirdRoundDonation: SessionCase[] = [
  // 01 the plain good session
  s(ANNE, '01 joining the Maryland Donor Registry after saying no at the MVA: "welcome to Ask Us Now! I\'m Anne", donatelifemaryland.org, "that\'s everything"', [
    [0, 'p', 'hi how do i become an organ donor? i said no at the MVA years ago and changed my mind'],
    [22, 'l', "Good afternoon and welcome to Ask Us Now! I'm Anne, a librarian at the Enoch Pratt Free Library."],
    [30, 'l', 'Do you want it on your Maryland license right away, or is signing up on the state registry enough for now?'],
    [62, 'p', 'registry is fine, i dont want to go back to the mva lol'],
    [70, 'l', "You can sign up online with the Maryland Donor Registry at donatelifemaryland.org — it takes about two minutes and counts even if your license still says no. The heart symbol gets added when you next renew."],
    [76, 'l', 'Is that what you were hoping to find?'],
    [110, 'p', "yes!! that's everything, thank u"],
    [116, 'l', "You're welcome — thanks for using Ask Us Now, and thank you for registering!"],
  ], usual()),

  // 02 tattoo and a work blood drive
  s(BEN, '02 giving blood a month after a tattoo, Ohio: "Ben here — reference librarian", redcrossblood.org eligibility, "thats all i needed"', [
    [0, 'p', 'can u give blood if u got a tattoo last month?? theres a drive at my work friday'],
    [18, 'l', 'Hi, Ben here — reference librarian with the Cuyahoga County Public Library chat team.'],
    [25, 'l', 'Which state did you get the tattoo in, and was it at a licensed shop?'],
    [58, 'p', 'ohio, yeah licensed shop in lakewood'],
    [66, 'l', 'Good news: the Red Cross has no waiting period for tattoos done at state-regulated shops, and Ohio regulates them, so you can usually donate right away. Their list is at redcrossblood.org/donate-blood/how-to-donate/eligibility-requirements (Tattoos & Piercings).'],
    [71, 'l', 'Did that help?'],
    [100, 'p', 'yes omg thank u thats all i needed'],
    [104, 'l', 'Happy to help! Bye, and good luck at the drive 🩸'],
  ], usual()),

  // 03 Spanish, diabetes
  s(LUCIA, '03 ¿puedo donar sangre con diabetes tipo 2? (Spanish): "Le saluda Lucía, bibliotecaria", insulina o pastillas, redcrossblood.org/espanol, "eso es todo"', [
    [0, 'p', 'hola, tengo diabetes tipo 2, puedo donar sangre?'],
    [20, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de Montgomery County Public Libraries. ¿En qué le puedo ayudar?'],
    [28, 'l', '¿Usa insulina o controla la diabetes con pastillas o con dieta?'],
    [70, 'p', 'con pastillas (metformina)'],
    [78, 'l', 'Entonces sí puede donar, siempre que la diabetes esté bien controlada. La Cruz Roja lo explica en español en redcrossblood.org/espanol (Requisitos de elegibilidad > Diabetes).'],
    [82, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si muchas gracias'],
    [125, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [150, 'p', 'no, eso es todo'],
    [155, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual()),

  // 04 a 61 s pickup
  s(MIRA, '04 plasma twice a week, safe? pay?: picked up at 61 s "Sorry for the wait", medlineplus.gov, "thats everything"', [
    [0, 'p', 'how much do plasma places pay? is it safe to go twice a week'],
    [61, 'l', 'Hello! Mira from San Francisco Public Library here. Sorry for the wait.'],
    [66, 'l', 'Are you asking about one center (CSL, BioLife, Octapharma) or plasma donation in general?'],
    [100, 'p', 'in general mostly the safety part'],
    [108, 'l', "FDA rules let a healthy adult give plasma up to twice in 7 days, with at least a day in between. MedlinePlus has a plain-language page on it: medlineplus.gov (search 'plasma donation'). Pay varies and each center posts its own rates."],
    [114, 'l', 'Does that answer your question?'],
    [150, 'p', 'yeah. thats everything'],
    [155, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickup exactly 60 s
  s(NADIA, '05 too old for the marrow registry at 42?: first line at exactly 60 s, restatement "…, right?", nmdp.org, "Anything else I can look up"', [
    [0, 'p', 'im 42, am i too old to join the bone marrow registry?'],
    [60, 'l', "Hi there, thanks for contacting Boston Public Library's chat reference. My name is Nadia."],
    [66, 'l', "So you'd like to know whether 42 is past the age cutoff for joining, right?"],
    [90, 'p', 'right'],
    [97, 'l', "NMDP (formerly Be The Match) registers people 18–40 for free; from 41 to 60 you can still join online but there's a fee for the swab kit. Details: nmdp.org/get-involved/join-the-registry."],
    [103, 'l', 'Was that the information you needed?'],
    [140, 'p', 'yes ok'],
    [146, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'nope'],
    [176, 'l', 'Great — bye for now, and have a good evening!'],
  ], usual()),

  // 06 greets, names no one
  s(QUILL, '06 a greyhound as a blood donor, Columbus: "hey there! 👋 happy to help with that." under the screen name quill_ref, vet.osu.edu', [
    [0, 'p', 'my dog is a big greyhound, can dogs donate blood?? where'],
    [14, 'l', 'hey there! 👋 happy to help with that.'],
    [20, 'l', 'what city are you in?'],
    [45, 'p', 'columbus ohio'],
    [52, 'l', 'greyhounds are actually ideal donors! the OSU Veterinary Medical Center has a canine blood donor program — vet.osu.edu/vmc/blood-bank lists the requirements (1-8 yrs, over 50 lbs, healthy, vaccines up to date) and has the sign-up form.'],
    [58, 'l', 'does that help?'],
    [90, 'p', 'yes!!! tysm'],
    [96, 'l', 'anything else?'],
    [120, 'p', 'no thats it'],
    [124, 'l', 'cool, thanks for chatting! give the pup a pat from me'],
  ], usual({ greeting: 'fail' })),

  // 07 holds at exactly 120 s; the Anatomy Board by phone
  s(OWEN, '07 whole-body donation for an 81-year-old father in Maryland: hold, "Still looking" exactly 120 s later, Anatomy Board by phone', [
    [0, 'p', "My father wants to donate his body to science when he dies. How does that work in Maryland? He's 81."],
    [25, 'l', "Good evening, this is Owen, a librarian with Anne Arundel County Public Library. I'm sorry you're facing this, and glad to help."],
    [31, 'l', 'Is he hoping for a specific medical school, like Hopkins or the University of Maryland, or is any program fine?'],
    [75, 'p', 'any program, he just wants it to be useful'],
    [80, 'l', 'Let me look up how Maryland handles it — one moment.'],
    [200, 'l', 'Still looking, thanks for your patience.'],
    [300, 'l', "In Maryland all whole-body donations go through the State Anatomy Board, which places donors with the state's medical schools. He registers ahead of time with a donor form: call the Anatomy Board at 410-555-0141, or see health.maryland.gov/anatomy for the forms."],
    [306, 'l', 'Does that answer what you were looking for?'],
    [350, 'p', 'Yes, that is very helpful. That is all I needed.'],
    [356, 'l', 'Thank you for chatting, and best wishes to your father.'],
  ], usual({ referral: 'pass' })),

  // 08 a hold answered 135 s later
  s(PRIYA, '08 public cord blood donation at Inova Fairfax: "ok let me check that for you 🙂" answered 135 s later, nmdp.org', [
    [0, 'p', 'hi im due in june. is public cord blood donation a thing in virginia or only the paid private banks'],
    [20, 'l', "Hello! I'm Priya, a librarian at Fairfax County Public Library."],
    [26, 'l', 'Which hospital are you planning to deliver at? Public banks only collect at certain hospitals.'],
    [60, 'p', 'inova fairfax'],
    [65, 'l', 'ok let me check that for you 🙂'],
    [200, 'l', "Thanks for waiting! Inova Fairfax is on NMDP's list of hospitals that collect public cord blood donations: nmdp.org/get-involved/donate-cord-blood. You'd sign the consent form after about 34 weeks."],
    [206, 'l', 'Is that helpful?'],
    [240, 'p', 'super helpful, thanks so much'],
    [246, 'l', 'Anything else I can help with today?'],
    [280, 'p', "nope that's all"],
    [284, 'l', 'Congratulations, and thank you for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 09 source before the first question
  s(SAMIR, '09 organ donation in Islam, a family argument: a book and donatelife.net/faith before "Which school of thought …?", "yes thank you"', [
    [0, 'p', 'is organ donation allowed in islam? my family is arguing about it'],
    [15, 'l', 'Hi, this is Samir at the Dearborn Public Library. Thanks for reaching out.'],
    [22, 'l', "Many scholars and councils permit it. Our catalogue has 'Religion and Organ Transplantation', which has a chapter on Islam, and Donate Life sums up the views at donatelife.net/faith."],
    [28, 'l', 'Which school of thought does your family follow, Sunni or Shia? Some rulings differ.'],
    [60, 'p', 'sunni'],
    [68, 'l', 'Then the 1988 resolution of the Islamic Fiqh Academy, which approved donation, is the one most often cited; the Donate Life page quotes it. Does that help?'],
    [100, 'p', 'yes thank you'],
    [105, 'l', "You're welcome — goodbye, and I hope the family talk goes well."],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 10 restatement, no completeness question, code null
  s(RUTH, '10 books on Judaism and organ donation for a synagogue class: "Shalom and good morning!", restatement, "ok thx", "Bye now!", code null', [
    [0, 'p', 'looking for books on what judaism says about organ donation, for a synagogue class'],
    [24, 'l', 'Shalom and good morning! Ruth here, librarian at Baltimore County Public Library.'],
    [30, 'l', "So you're after something you can teach from — readable background for adults, not rabbinic sources in Hebrew."],
    [60, 'p', 'exactly'],
    [66, 'l', "Two picks: 'Jewish Medical Ethics' in our catalogue has a chapter on transplants, and the Halachic Organ Donor Society's site, hods.org, has a study guide you could print for the class."],
    [100, 'p', 'ok thx'],
    [104, 'l', 'Bye now!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 11 a follow-up done well
  s(TESS, '11 odds of being called from the marrow registry, for a paper: e-mail typed and read back, "by Friday at 5 pm", FU_ME done after 48 h', [
    [0, 'p', 'Doing a school paper — what are the odds someone on the bone marrow registry actually gets matched & donates? need a real source'],
    [20, 'l', "Hi! I'm Tess, a librarian at Howard County Library System. Happy to help with your paper."],
    [27, 'l', 'Do you need a peer-reviewed article, or will a figure from the registry itself do? And when is it due?'],
    [70, 'p', 'peer reviewed pls, due next wed'],
    [78, 'l', "NMDP says about 1 in 430 U.S. members goes on to donate (nmdp.org, Join the registry > FAQ). For a peer-reviewed number I'd like to search our journal databases properly — can I e-mail you a few articles?"],
    [110, 'p', 'yes plz, its jordan.p@example.net'],
    [116, 'l', "Got it: jordan.p@example.net. I'll send the articles by Friday at 5 pm."],
    [122, 'l', 'Does the NMDP figure help in the meantime?'],
    [150, 'p', 'yes ty, no more questions'],
    [155, 'l', 'Thanks, Jordan — watch your inbox. Bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(160 + 48 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 12 a promise under Answered, no source, no time
  s(UMA, '12 bloodless knee surgery near DC for a Jehovah\'s Witness: no source, "I\'ll put a list together and e-mail it to you.", coded Answered', [
    [0, 'p', "Are there hospitals near DC with bloodless surgery programs? My mother is a Jehovah's Witness and needs knee surgery"],
    [28, 'l', "Hello, and welcome to Ask Us Now. Uma here, librarian at Prince George's County Memorial Library System."],
    [34, 'l', 'Is she looking in Maryland only, or would Virginia or DC work too?'],
    [80, 'p', 'anywhere close. my email is kwame.o@example.com if easier'],
    [88, 'l', "I'll put a list together and e-mail it to you."],
    [94, 'p', 'thank you!!'],
    [100, 'l', "You're welcome, goodbye!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 FU_LIB, phone read back, never recorded
  s(VICTOR, '13 donating a brain with Parkinson\'s for research: neurobiobank.nih.gov, phone read back, "within 72 hours", FU_LIB never recorded by day 4', [
    [0, 'p', 'my husband has parkinsons and wants to donate his brain for research after he dies. who do we talk to'],
    [30, 'l', "Good afternoon! You've reached Victor, a librarian at Washington County Free Library."],
    [37, 'l', 'Is he being seen at a research clinic now, or only by a local neurologist? Some brain banks only enroll people in their own studies.'],
    [90, 'p', 'local neurologist in hagerstown'],
    [96, 'l', "The NIH NeuroBioBank takes pre-registrations from anyone: neurobiobank.nih.gov (Become a Donor). Your branch's health librarian can also pull together the registration packets and some reading. Could she call you?"],
    [140, 'p', 'yes 301-555-0188'],
    [146, 'l', "Thanks — that's 301-555-0188. Someone from your branch will call within 72 hours."],
    [152, 'l', 'Does the NeuroBioBank page help for now?'],
    [190, 'p', 'yes it does. thank you'],
    [196, 'l', "You're very welcome. Take good care of yourselves. Goodbye."],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 14 FU_ME, e-mail only in patron.email
  s(WES, '14 a living kidney donor\'s costs (Hopkins): livingdonorassistance.org, "e-mail them to the address on your account by tomorrow", done after 10 h', [
    [0, 'p', 'my sister needs a kidney. if i donate does my insurance or hers pay? and do i lose pay from work'],
    [18, 'l', 'Hi, thanks for writing in! This is Wes, librarian at Frederick County Public Libraries.'],
    [25, 'l', 'Is her transplant center already set, like Hopkins or UMMC? Coverage questions often depend on the center.'],
    [70, 'p', 'hopkins'],
    [76, 'l', "The recipient's insurance normally covers the donor's medical costs. For lost wages and travel, look at the National Living Donor Assistance Center: livingdonorassistance.org. I'd like to find the Maryland living-donor tax credit details too — I'll e-mail them to the address on your account by tomorrow."],
    [82, 'l', 'Is the NLDAC site what you were looking for?'],
    [120, 'p', "yes this is great, that's all I need today"],
    [125, 'l', 'Thanks for chatting — bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'm.osei@example.org', phone: null }, followUps: [{ doneAt: at(130 + 10 * HOUR) }] }),

  // 15 a referral with no contact
  s(ZOE, '15 hosting a blood drive in a church hall: bloodworksnw.org/host-a-drive, "call your local Red Cross chapter" with no contact', [
    [0, 'p', 'how do we host a blood drive at our church? we have a big hall'],
    [20, 'l', 'Hey! Zoe from King County Library System here 👋'],
    [26, 'l', 'About how many donors do you think could come? Most blood centers want at least 20-25 for a drive.'],
    [60, 'p', 'maybe 40?'],
    [66, 'l', "Perfect. In western Washington, Bloodworks Northwest runs most drives; their host page is bloodworksnw.org/host-a-drive. You'll also want to call your local Red Cross chapter, since they run drives in some areas too."],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'yes thanks'],
    [105, 'l', 'Anything else you need?'],
    [125, 'p', 'no'],
    [130, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 16 partly Spanish, a referral by phone and e-mail
  s(ALMA, '16 las córneas de la abuela, Baltimore (partly Spanish): "Soy Alma, bibliotecaria bilingüe", Living Legacy por teléfono y e-mail, "es todo"', [
    [0, 'p', 'Hi, mi abuela murió ayer en el hospital y nos preguntaron sobre donar sus corneas. who do we call to ask questions? sorry my english'],
    [22, 'l', 'Hola, lo siento mucho por su pérdida. Soy Alma, bibliotecaria bilingüe de Ask Us Now.'],
    [28, 'l', '¿Fue en un hospital de Maryland? Así sé con qué organización comunicarle.'],
    [60, 'p', 'si, en baltimore'],
    [67, 'l', 'En Maryland las donaciones de córneas las coordina The Living Legacy Foundation. Puede llamarles al 410-555-0176 (tienen intérpretes) o escribir a familias@thellf.org. Their page in English: thellf.org.'],
    [73, 'l', '¿Esto le ayuda?'],
    [110, 'p', 'si gracias. es todo'],
    [116, 'l', 'Con mucho gusto. Mi más sentido pésame a su familia. Adiós.'],
  ], usual({ referral: 'pass' })),

  // 17 final idle exactly 120 s, ending on a check-in
  s(YUSUF, '17 taking the donor heart off a Maryland license: answer at 57, "Are you still with me?" at 160, the session ends at 177 (120 s)', [
    [0, 'p', 'how do i take the organ donor heart off my license? i changed my mind'],
    [15, 'l', "Hi, you've reached Yusuf at Carroll County Public Library's Ask a Librarian."],
    [21, 'l', 'Are you in Maryland? The MVA handles the license, but the state registry is separate.'],
    [50, 'p', 'yes md'],
    [57, 'l', 'You can remove yourself from the Maryland Donor Registry at donatelifemaryland.org (Update My Registration), and mva.maryland.gov explains how to order a corrected license without the symbol. Does that answer your question?'],
    [160, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 17 }),

  // 18 final idle exactly 180 s: check-in, then a notice that thanks
  s(KIRA, '18 platelets vs whole blood with Vitalant: "Are you still there?" at 190, disconnect notice with thanks at 242 (180 s)', [
    [0, 'p', 'how often can i donate platelets vs whole blood'],
    [19, 'l', 'Hello! Kira at Carnegie Library of Pittsburgh here, thanks for asking.'],
    [25, 'l', "Are you donating with Vitalant or the Red Cross? Their intervals are nearly the same, but I'll check the right one."],
    [55, 'p', 'vitalant'],
    [62, 'l', 'Vitalant lets you give whole blood every 56 days and platelets up to 24 times a year, at most every 7 days. Their chart is at vitalant.org/eligibility (How often can I donate?). Did that help?'],
    [190, 'l', 'Are you still there?'],
    [242, 'l', "It looks like you've been disconnected, so I'll end this chat now. Please come back anytime — thanks for chatting!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 19 final idle 200 s, a goodbye only; code ""
  s(LARS, '19 England 1990-96 and the old mad-cow deferral: answer at 77, only "Thanks for chatting … Goodbye!" at 277 (200 s), code ""', [
    [0, 'p', 'I lived in England 1990-1996, I always heard I can never give blood. still true?'],
    [24, 'l', 'Good morning! Lars here, a librarian with Hennepin County Library.'],
    [30, 'l', 'Are you hoping to donate with a particular blood center, like Memorial Blood Centers or the Red Cross?'],
    [70, 'p', 'red cross probably'],
    [77, 'l', "That rule is gone: in 2022 the FDA dropped the deferral for time spent in the UK, France and Ireland, and the Red Cross followed. The FDA's guidance at fda.gov (search 'blood donor eligibility vCJD') and redcrossblood.org both say so. Is that what you needed to know?"],
    [277, 'l', 'Thanks for chatting with Hennepin County Library. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 20 "your time is up"
  s(MORGAN, '20 needles, low iron and pay at OneBlood: oneblood.org, then "Sorry, your time is up for this chat. Goodbye.", patron "seriously??"', [
    [0, 'p', "ok so I want to donate blood but I'm scared of needles also is it bad if Im anemic also can I get paid"],
    [35, 'l', 'Hi, this is Morgan with Lee County Library\'s chat service.'],
    [41, 'l', "Let's start with the anemia — has a doctor told you your iron is low right now?"],
    [80, 'p', 'yeah last year'],
    [87, 'l', "OneBlood checks your hemoglobin with a finger stick before every donation, so if it's too low they'll just ask you to come back later. Their eligibility page is oneblood.org (Donor eligibility). Does that help?"],
    [120, 'p', 'kinda. what about the needle thing and getting paid??'],
    [128, 'l', 'Sorry, your time is up for this chat. Goodbye.'],
    [140, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 partly Spanish: other patrons waiting, invited back
  s(BEA, '21 plasma sin número de seguro social, Phoenix (partly Spanish): biolifeplasma.com, "Hay varias personas esperando … vuelva a escribirnos más tarde"', [
    [0, 'p', 'hola, can i donate plasma if i dont have social security number? solo tengo ITIN'],
    [20, 'l', '¡Hola! Bea here, librarian at Phoenix Public Library — I can chat in English or español.'],
    [26, 'l', '¿Tiene una identificación con foto, como pasaporte o matrícula consular?'],
    [60, 'p', 'si pasaporte'],
    [68, 'l', 'Muchos centros piden una identificación con foto y un comprobante de domicilio, pero no siempre el número de seguro social. BioLife, por ejemplo, lista sus requisitos en biolifeplasma.com (Preguntas frecuentes > ¿Qué debo llevar?). ¿Le sirve?'],
    [100, 'p', 'si. y tambien puedo donar sangre? y cuanto pagan? y cada cuanto?'],
    [108, 'l', 'Hay varias personas esperando en este momento, así que tengo que atender a otra. Por favor vuelva a escribirnos más tarde con esas preguntas y con gusto le ayudamos. ¡Gracias!'],
    [125, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer done well
  s(GRACE, '22 a PBSC marrow match, does it hurt: transfer notice + internal note why, Henry answers 108 s after the notice, nmdp.org', [
    [0, 'p', 'i got a call saying im a possible match for someone on the marrow registry!! what actually happens now, does it hurt'],
    [21, 'l', "Hi! I'm Grace, a librarian at Ask Us Now. Congratulations — that's exciting news."],
    [27, 'l', 'Did they say whether it would be a PBSC (blood) donation or a marrow donation from the hip?'],
    [66, 'p', 'they said probably PBSC'],
    [72, 'l', "One of our health sciences librarians, Henry, can walk you through this — I'm transferring you to him now, please hold a moment."],
    [75, 'i', 'Henry, patron matched on the NMDP registry, likely PBSC, wants the steps and whether it hurts. Medical info q — can you take it?'],
    xfer(78, 'Henry', 'henry-d'),
    [180, 'l', "Hi, Henry here from the Health Sciences and Human Services Library. For PBSC you get filgrastim shots for 4 days, then the cells are collected from your blood through an arm needle over a few hours; most donors have bone aches for a few days. NMDP's donor guide: nmdp.org/get-involved/join-the-registry/donation-process.", as(HENRY)],
    [186, 'l', 'Does that answer what you were wondering?', as(HENRY)],
    [230, 'p', 'yes!! not as scary as I thought. thats all i wanted to know'],
    [235, 'l', 'Thanks so much for donating, and for chatting with us. Bye!', as(HENRY)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer, the receiver 125 s after the patron
  s(IRIS, '23 willing the body to UT Southwestern from Houston: internal note only, silent transfer, Juan 125 s after the patron', [
    [0, 'p', "Can I donate my body to UT Southwestern if I live in Houston? I want it arranged now"],
    [22, 'l', 'Hello, this is Iris at Houston Public Library.'],
    [28, 'l', 'Are you asking about preregistering yourself, or arranging it for someone else?'],
    [70, 'p', "myself, I'm 68"],
    [75, 'i', 'Juan, whole-body donation preregistration in Texas (UTSW vs Houston programs). Can you take it? You know the med school programs.'],
    xfer(79, 'Juan', 'juan-d'),
    [195, 'l', "Hi, Juan here, a medical librarian at the Texas Medical Center Library. Yes — UT Southwestern's Willed Body Program takes donors from across Texas, though transport from Houston may cost your estate; its forms are at utsouthwestern.edu/willed-body. Baylor College of Medicine in Houston runs its own program too.", as(JUAN)],
    [201, 'l', 'Is that what you wanted to know?', as(JUAN)],
    [240, 'p', 'Yes, that is exactly it. No more questions.'],
    [246, 'l', 'Take care, and thank you for using the chat!', as(JUAN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 an announced transfer with no internal note; the surgeon's office with no contact
  s(KAI, '24 banking one\'s own blood before hip surgery at Stanford: "I\'m going to pass you to Lena", no note, "Ask your surgeon\'s office to send the order"', [
    [0, 'p', 'can i bank my own blood before my hip surgery in august?'],
    [17, 'l', 'Hi there, Kai with Santa Clara County Library District — welcome!'],
    [23, 'l', 'Which hospital is doing the surgery? Not all of them take autologous donations anymore.'],
    [55, 'p', 'stanford'],
    [61, 'l', "I'm going to pass you to Lena, who covers our health questions — hang on just a moment while I transfer you."],
    xfer(64, 'Lena', 'lena-d'),
    [130, 'l', "Hi, I'm Lena, a health reference librarian. Stanford Blood Center collects autologous donations only with a doctor's order; their page on it is stanfordbloodcenter.org (Donate > Autologous donation). Ask your surgeon's office to send the order.", as(LENA)],
    [136, 'l', 'Does that help?', as(LENA)],
    [170, 'p', 'yes tyvm, thats everything'],
    [175, 'l', 'Good luck with the surgery — bye!', as(LENA)],
  ], usual({ transfer: 'fail', referral: 'fail' })),

  // 25 four at once
  s(MAYA, '25 giving blood the day after a Pfizer booster: redcrossblood.org COVID page, three other chats open at once over this one (four)', [
    [0, 'p', 'got my covid booster yesterday, can i still give blood saturday'],
    [26, 'l', 'Hello! Maya here, librarian at Richmond Public Library.'],
    [32, 'l', 'Do you know which vaccine brand it was? For some there is no wait at all.'],
    [70, 'p', 'pfizer'],
    [76, 'l', "With Pfizer or Moderna there's no waiting period as long as you feel well. It's on the Red Cross's COVID-19 donor page: redcrossblood.org/donate-blood/dlp/coronavirus--covid-19--and-blood-donation.html. Was that useful?"],
    [110, 'p', "yep! that's all I needed"],
    [115, 'l', 'Thanks for chatting with us — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'maya-d', -100, 300), other('m2', 'maya-d', 10, 200), other('m3', 'maya-d', 50, 500)],
  }),

  // 26 pickedUpAt 58, touching chats, an offer instead of the completeness question
  s(NIKO, '26 hemochromatosis draws given as donations: pickedUpAt 58 s, vitalant.org, "Would you like the steps …?", touching chats (three at most)', [
    [0, 'p', 'I have hemochromatosis and get blood drawn every few months. can that blood be donated instead of thrown out?'],
    [70, 'l', "Good afternoon, you're chatting with Niko from the Salt Lake County Library. Thanks for your patience!"],
    [76, 'l', "Are you getting the phlebotomies at a blood center, or at your doctor's office or a hospital?"],
    [110, 'p', 'at the hospital infusion center'],
    [118, 'l', "Some blood centers have an FDA variance to use blood from people with hereditary hemochromatosis if they meet the other donor rules, and they don't charge for the draw. Vitalant in Utah is one: vitalant.org/eligibility (Hemochromatosis). You'd move your draws there instead of the hospital."],
    [124, 'l', 'Would you like the steps for asking your doctor to write the order?'],
    [160, 'p', "no i can figure it out, that's everything I needed"],
    [166, 'l', 'Great — have a good one, and thanks for asking!'],
  ], usual({ complete: 'fail' }), { pickedUpAt: at(58) }, {
    otherIntervals: [other('n1', 'niko-d', -300, 0), other('n2', 'niko-d', -50, 100), other('n3', 'niko-d', 80, 400), other('n4', 'niko-d', 171, 600)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (organ donor macro): coded Practice, every check na', [
    [0, 'p', 'test: organ donor script'],
    [5, 'l', 'Hi, testing the donation FAQ macro: donatelife.net'],
    [10, 'p', 'link works'],
    [15, 'l', 'now the spanish one: donatelife.net/es'],
    [20, 'p', 'ok also works'],
    [25, 'l', 'great, done testing'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 a true Lost Call, check-in and a notice with thanks
  s(OMAR, '28 the nearest blood drive to the Navy Yard (Lost Call): greeting only, "Are you there?" at 150, notice with thanks at 202 (180 s)', [
    [0, 'p', "where's the closest blood drive to the navy yard this week"],
    [20, 's', 'Omar joined the chat', sys('joined')],
    [22, 'l', 'Hi! Omar at DC Public Library here.'],
    [150, 'l', 'Are you there?'],
    [202, 'l', 'It looks like we got disconnected, so I\'ll end the chat now. Thank you for contacting DC Public Library!'],
    left(205),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no provider ever joined (Spanish)
  s(NOBODY, '29 ¿dónde donar sangre en el Bronx? (Spanish): no provider ever joined, "hola? alguien?", patron left, code null', [
    [0, 'p', 'buenas, donde puedo donar sangre en el bronx? 🙏'],
    waitLine(2),
    [90, 'p', 'es para mañana'],
    waitLine(95),
    [130, 'p', 'hola? alguien?'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 30 Lost Call after several patron lines
  s(QUINN, '30 corneas after LASIK: restoresight.org and donatelife.net, "yes" / "cool thx", coded Lost Call', [
    [0, 'p', 'can you donate your eyes/corneas if you had lasik'],
    [17, 'l', "Hi, you've reached Quinn, a librarian at the New York Public Library."],
    [23, 'l', 'Are you asking about registering as a donor yourself, or about a family member who has died?'],
    [60, 'p', 'myself just curious'],
    [66, 'l', "People who had LASIK can't give corneas for transplant, but the rest of the eye can still go to research and training, so registering is still worthwhile. The Eye Bank Association of America explains it at restoresight.org (Donation FAQ), and you can register at donatelife.net. Did that help?"],
    [100, 'p', 'yes'],
    [104, 'p', 'cool thx'],
    [110, 'l', 'Glad I could help — thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundDonation.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: blood, organ and body donation, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundDonation.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundDonation.filter((c) => c.name in LEFT_WHY));
});
