/**
 * Twenty-first round, area (V2): HEALTH, LAW AND GOVERNMENT INFORMATION. Patrons asking for medical information (a
 * diagnosis, drug interactions, a relative's illness), legal help (eviction notices, small claims, custody forms,
 * expungement, name changes, wills) and government services (the MVA and driver's licences, voter registration and
 * polling places, passports, SNAP and Medicaid, property records, public-records requests, jury duty, immigration
 * forms). Providers who must not advise and say so, and who point to MedlinePlus, the state law library, the courts'
 * self-help centre, legal aid, 211, the county health department, poison control and agencies with and without a phone,
 * URL or address; patrons upset or in a hurry; several parties in one message; follow-ups when a law librarian must look
 * something up.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "I can't give legal / medical advice" is no dismissal: it declines one kind of help by policy, not for the
 *   provider's convenience, and the help goes on;
 * - telling the patron to ask or check with "your pharmacist", "your doctor", "a lawyer" is telling them to contact a
 *   person outside the chat: a referral, failing with no way to reach them;
 * - "call 911", "dial 211", "call or text 988" give the party's phone in the number itself: a referral that passes;
 * - MedlinePlus or the People's Law Library named alone is a named resource (a health or legal information database the
 *   patron uses): a source, no referral;
 * - "X can tell you / can help you with that" points the patron to X: a referral;
 * - a floor or room of the courthouse is no postal address; a street address with a town is;
 * - an agency named as a fact ("the MVA issues REAL ID cards") is neither a source nor a referral;
 * - a question about the patron's state, county, court, deadline or which form before the first source is a clarifying
 *   question; a source given before any question fails `inquiry.clarify` even when the patron is in a hurry;
 * - "a law librarian will e-mail you" is a promise of a follow-up; "by Monday", "before the end of the week" are whens;
 * - the patron's "ok", "got it thx" are no explicit statement of being done; "that's all I needed" is.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, type SessionCase, some, type St, sys, usual, who } from './helpers';

const HOUR = 3600;
/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR), by, note: 'sent' }];
const LAWLIB = who('Renata Okafor', 'rokafor');

export const whole: SessionCase[] = [
  // ---- medical information ------------------------------------------------------------------------------------------
  {
    // reading: "check with your pharmacist" tells the patron to ask a person outside the chat: a referral with no contact
    name: 'warfarin and ibuprofen: no medical advice, which drugs asked, MedlinePlus drug pages by URL, "check with your pharmacist" with no contact: referral fails',
    lines: [
      [0, 'p', 'hi is it safe to take advil while on warfarin?? my knee is killing me'],
      [22, 'l', "Hi, you've reached Ask a Librarian at Hennepin County Library, I'm Sunita. I can't give medical advice, but I can find reliable information. Is it only the Advil, or other medicines too?"],
      [70, 'p', 'just those two'],
      [79, 'l', 'MedlinePlus has both drug pages, and the warfarin one lists interactions with pain relievers: medlineplus.gov/druginfo/meds/a682277.html. Please check with your pharmacist before taking them together. Does that help?'],
      [131, 'p', 'yeah ok. thats all i needed'],
      [137, 'l', 'Take care of that knee, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "call the ALS Association's care services line at 1-800-…" refers with a phone
    name: "mother newly diagnosed with ALS, patron upset: provider asks what would help most, gives the ALS Association's line with its number",
    lines: [
      [0, 'p', 'my mom was just diagnosed with ALS. i dont understand anything the neurologist said'],
      [1, 'p', 'sorry. i just need somewhere to start'],
      [40, 'l', "Hello, this is Marguerite, a librarian with the Boston Public Library. I'm so sorry about your mom. Would plain-language basics help most right now, or information on caregiving and what comes next?"],
      [98, 'p', 'basics first i guess, and what to expect'],
      [110, 'l', "MedlinePlus has an easy-to-read ALS overview with a list of questions to bring to the next appointment: medlineplus.gov/amyotrophiclateralsclerosis.html. For support as a family, you can call the ALS Association's care services line at 1-800-782-4747. Is that a good start for you?"],
      [190, 'p', "yes. thank you, thats everything for now"],
      [197, 'l', 'Please come back any time. Wishing you and your mom strength.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "please see a doctor or an urgent care clinic" tells the patron to visit people outside the chat: referral, no contact
    name: 'is this rash shingles: no diagnosis, MedlinePlus shingles page, "please see a doctor or an urgent care clinic": referral fails; patron says "ok" only',
    lines: [
      [0, 'p', 'I have a painful rash on one side of my back, blisters. does that sound like shingles'],
      [31, 'l', 'Hi, Ask Us 24/7 here, my name is Devon and I am a librarian. I am not able to diagnose, but I can share trusted health information. How long have you had it?'],
      [84, 'p', '2 days'],
      [93, 'l', 'The MedlinePlus page on shingles describes the symptoms and when treatment works best: medlineplus.gov/shingles.html. Since it starts working best early, please see a doctor or an urgent care clinic soon. Does that answer your question?'],
      [150, 'p', 'ok'],
      [157, 'l', 'Feel better soon! Goodbye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: 911 and Poison Control's number are each the party's phone; the phone is a source given before any question
    name: 'toddler swallowed a pill: Poison Control with its number and 911 at once, no question first, no completeness question',
    lines: [
      [0, 'p', 'MY SON ATE ONE OF MY MOMS BLOOD PRESSURE PILLS WHAT DO I DO'],
      [14, 'l', 'Hi, this is Carla at Fairfax County Public Library. Please call Poison Control right now at 1-800-222-1222, and call 911 if he is sleepy or having trouble breathing.'],
      [40, 'p', 'ok calling'],
      [52, 'l', 'I hope he is okay. Thank you for reaching out, and come back any time.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'childhood vaccine record for kindergarten: county health department with street address and phone; patron "k thx" only, no anything-else',
    lines: [
      [0, 'p', 'where do i get my daughters shot records for kindergarten registration, we moved here from texas'],
      [48, 'l', 'Hello! I am Hank, a librarian at Pima County Public Library. Were her shots given in Texas, or here in Arizona?'],
      [102, 'p', 'texas'],
      [110, 'l', "Texas keeps them in ImmTrac2; request a copy at dshs.texas.gov/immunize/immtrac. If the school needs Arizona's form, the Pima County Health Department can transcribe them: 3950 S Country Club Rd, Tucson AZ 85714, 520-724-7797. Does that help?"],
      [166, 'p', 'k thx'],
      [172, 'l', 'Thanks for chatting with us, bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  // ---- legal help ---------------------------------------------------------------------------------------------------
  {
    // reading: three parties in one message; the clerk has no way to reach it, so not every party does
    name: 'eviction notice, 5 days: state asked; the self-help page, legal aid with a phone and "the clerk of court" with none: referral fails',
    lines: [
      [0, 'p', 'landlord taped a paper on my door says i have 5 days to get out. can he do that?? i have 3 kids'],
      [29, 'l', "Hi, this is Ines with the Ask a Librarian service at Cuyahoga County Public Library. I can't give legal advice, but I'll get you to the right places fast. Is this in Ohio, and is it a court paper or a letter from the landlord?"],
      [61, 'p', 'ohio. its from him not the court'],
      [72, 'l', 'In Ohio a landlord has to go to court to evict; a 3-day notice is only the first step. The Ohio Legal Help page on eviction notices explains what happens next: ohiolegalhelp.org/eviction. Call the Legal Aid Society of Cleveland at 888-817-3777 today, and ask the clerk of court if a case gets filed. Is this what you needed?'],
      [128, 'p', 'yes thank u so much. thats all'],
      [134, 'l', "You're welcome. Good luck, and come back anytime."],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'small claims against a contractor in Maryland: the amount asked, form DC-CV-001 by URL, patron says that is everything',
    lines: [
      [0, 'p', 'Good afternoon. A contractor took my deposit of $3,200 and never showed up. How do I take him to small claims court in Maryland?'],
      [37, 'l', 'Good afternoon, and thanks for contacting AskUsNow! My name is Priscilla. Is the amount you are claiming $5,000 or less?'],
      [80, 'p', 'Yes, $3,200 plus the filing fee if possible.'],
      [88, 'l', "Then it's a small claim in District Court. The complaint form is DC-CV-001, at mdcourts.gov/district/forms/civil/dccv001.pdf, and the court's small claims guide walks through filing and serving it. Does this completely answer your question?"],
      [145, 'p', 'It does. That is everything, thank you.'],
      [151, 'l', 'Thank you for using AskUsNow! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    // the greeting's two parts in two messages; the first message is a hold
    name: 'custody forms in Minnesota: picked up at 75 s with "one sec", the law librarian names herself in the next message; the Court Help Center by phone',
    lines: [
      [0, 'p', 'need the forms to change custody of my son, his dad moved to wisconsin'],
      [75, 'l', 'Hi there, one sec while I read your question.', LAWLIB],
      [98, 'l', "I'm Renata, a law librarian at Ramsey County Law Library. Are you changing an existing custody order from a Minnesota court?", LAWLIB],
      [140, 'p', 'yes from ramsey county 2019'],
      [151, 'l', 'The motion to modify custody forms are on the Minnesota Judicial Branch site: mncourts.gov/GetForms.aspx?c=19. You can also call the Self-Help Center at 651-435-6535 to walk through them. Did that get you what you needed?', LAWLIB],
      [210, 'p', 'yes, thats all i needed'],
      [216, 'l', 'Thanks for chatting, take care!', LAWLIB],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    // reading: the law librarian's "I'll look up … and e-mail you by Wednesday" is a follow-up promise with a when
    name: 'expungement of a 2011 marijuana charge: law librarian looks it up later, e-mail repeated, by Wednesday; coded Follow-up by me; done in 30 h',
    lines: [
      [0, 'p', 'can i get a 2011 weed possession charge taken off my record in virginia? its stopping me from getting jobs'],
      [44, 'l', 'Hello, this is Theo, a law librarian at the Virginia Beach Public Law Library. Was it a conviction, or was it dismissed?'],
      [95, 'p', 'convicted, i paid a fine'],
      [104, 'l', "Virginia's sealing law changed in 2021 and parts take effect in stages, so I want to check the current dates before I tell you anything. I'll look up the Code sections and e-mail you what I find by Wednesday. What's the best e-mail?"],
      [160, 'p', 'dmarsh1987@example.com'],
      [167, 'l', "Thanks: dmarsh1987@example.com. I'll write by Wednesday. In the meantime the Virginia Courts record-sealing page has the basics: vacourts.gov/sealing. Is that a help for now?"],
      [221, 'p', 'yeah. thats it for me thank u'],
      [226, 'l', 'You are welcome, talk soon!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(231, 30) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I'll email you the list of forms" is a promise; no when is given anywhere
    name: 'adult name change: "I\'ll email you the list of forms" with the e-mail repeated but no when; Follow-up by me: contact fails, on time pending',
    lines: [
      [0, 'p', 'how do I legally change my name in Colorado? I just turned 18'],
      [30, 'l', "Hi! I'm Oscar at Denver Public Library. Is this an adult name change not connected to a marriage or divorce?"],
      [66, 'p', 'yes just me'],
      [75, 'l', "Colorado's self-help page for adult name changes is at coloradojudicial.gov/self-help/name-change. There's a packet of forms depending on your county; I'll email you the list of forms for yours. Which county, and what's your e-mail?"],
      [130, 'p', 'arapahoe. jules.r@example.org'],
      [138, 'l', "Got it, jules.r@example.org. Does the self-help page help to start with?"],
      [180, 'p', 'yes thats all i need rn'],
      [186, 'l', 'Great, bye for now!'],
    ],
    over: FU_ME,
    exp: followed({ contact: 'fail' }),
  },
  {
    // reading: the Gale Legal Forms database named is a source; patron leaves; check-in at 140 s of idle but no disconnect notice
    name: 'writing her own will: Gale Legal Forms named, "Does that help?", then silence: check-in asked, no disconnect notice, idle 230 s',
    lines: [
      [0, 'p', 'can i write my own will without a lawyer in Pennsylvania'],
      [26, 'l', 'Hello, this is Bea at the Free Library of Philadelphia. Do you own a house or other property you want to leave to someone specific?'],
      [80, 'p', 'a house and a car'],
      [90, 'l', 'Pennsylvania accepts a will you write yourself if it is signed at the end. The Gale Legal Forms database (free with your library card) has Pennsylvania will templates and explains witnesses. Does that help?'],
      [230, 'l', 'Are you still with me?'],
    ],
    over: { endAfter: 90 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "I can't give legal advice" is a policy, not a dismissal; "I've answered three of your questions and that's my limit" tells the patron they reached a limit
    name: 'tenant with a list of legal questions: after three answers the provider says that is the limit of questions: dismissal fails',
    lines: [
      [0, 'p', 'my landlord wont fix the heat, can i withhold rent in NY'],
      [30, 'l', 'Hi, this is Dmitri from the Queens Public Library. Is this in New York City?'],
      [55, 'p', 'yes queens'],
      [63, 'l', "I can't give legal advice, but NYC's Housing Court Answers explains repair cases and rent withholding: housingcourtanswers.org/repairs. Does that help?"],
      [120, 'p', 'ok and what about if he tries to evict me, and can i sue for my heater bill, and also my deposit from my old place'],
      [190, 'l', "I've answered three of your questions today and that's my limit for legal questions, so I'm going to end the chat now."],
      [205, 'p', 'wow ok'],
      [211, 'l', 'Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'probate of a father\'s estate: other patrons waiting, the provider invites the patron back later: no dismissal',
    lines: [
      [0, 'p', 'my father died and i need to know how probate works in Florida, also how to find his will, and whether i pay his debts, and about his car title'],
      [44, 'l', "Hi, I'm Grace, a librarian with Broward County Library. I'm sorry for your loss. Which of those is most urgent right now?"],
      [96, 'p', 'probate i guess'],
      [105, 'l', 'The Florida Courts self-help page on probate explains summary and formal administration: flcourts.gov/Resources-Services/Court-Improvement/Family-Courts/Self-Help-Information/Probate. Is that what you were looking for?'],
      [170, 'p', 'yes and now the will and the debts and the car'],
      [181, 'l', "There are other patrons waiting for help, so I need to wrap up here, but please come back to the chat later and we'll take those one at a time. Thank you for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- government services ------------------------------------------------------------------------------------------
  {
    name: 'Maryland licence renewal and REAL ID: renewal or first time asked, the MVA site, anything-else asked, patron "nope that\'s it"',
    lines: [
      [0, 'p', 'do i need a real id to renew my license at the mva, it expires next month'],
      [19, 'l', 'Hello! Thanks for contacting AskUsNow!, this is Kendra. Is your current license already REAL ID compliant (a star in the top corner)?'],
      [55, 'p', 'no star'],
      [62, 'l', "Then you'll need to bring your REAL ID documents once. The MVA's checklist is at mva.maryland.gov/realid, with the exact papers they accept. Does that answer your question?"],
      [112, 'p', 'yea thx'],
      [118, 'l', 'Is there anything else I can help you with today?'],
      [140, 'p', "nope that's it"],
      [145, 'l', 'Have a great day, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "call the Board of Elections at 410-…" refers with a phone
    name: 'election day, in a hurry: polling place lookup by URL, county asked, the Board of Elections by phone',
    lines: [
      [0, 'p', 'where do i vote?? polls close at 8 and i just moved'],
      [12, 'l', 'Hi, this is Lou at Anne Arundel County Public Library. Did you update your address with the Board of Elections after you moved?'],
      [30, 'p', 'no!! is that bad'],
      [37, 'l', 'Check your polling place at elections.maryland.gov/voter_information; you can still vote at the polling place for your new address. If there is a problem at the polls, call the Anne Arundel Board of Elections at 410-222-6600. Did that help?'],
      [70, 'p', 'yes got it running there now. thats all'],
      [74, 'l', 'Go vote! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // silence: the patron's message at 61 waits 131 s for the provider with no hold
    name: 'passport in 10 days: first passport asked, the provider is silent 131 s, then travel.state.gov and the passport line with its number',
    lines: [
      [0, 'p', 'I fly to Mexico in 10 days and my passport expired. can i still get one in time'],
      [35, 'l', 'Hi there, you are chatting with Reggie from the Ask a Librarian service at Orange County Library System. Was your old passport issued when you were 16 or older?'],
      [61, 'p', 'yes 2014'],
      [192, 'l', 'Urgent travel within 14 days needs an in-person appointment; the steps are at travel.state.gov (Passports > Get My Passport Fast). Call the National Passport Information Center at 1-877-487-2778 to book it. Does that help?'],
      [240, 'p', 'yes, thats all i needed'],
      [245, 'l', 'Safe travels, and thank you!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    // reading: "dial 211" gives the service's phone in the number
    name: 'SNAP eligibility: no eligibility decision, the state screener by URL, "dial 211" for help applying: referral passes',
    lines: [
      [0, 'p', 'do i qualify for food stamps, i work part time, 2 kids'],
      [39, 'l', "Hello and welcome to Ask Michigan, I'm Abdul, a librarian. I can't tell you if you qualify, only the state can, but I can point you to the screener. Are you in Michigan?"],
      [71, 'p', 'yes detroit'],
      [80, 'l', 'MI Bridges has a quick eligibility check and the application: newmibridges.michigan.gov. If you would like someone to help you fill it out, dial 211 and ask for a benefits navigator. Was that helpful?'],
      [142, 'p', 'yes thanks thats all for today'],
      [148, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "apply through your county Department of Social Services" tells the patron to contact an office, no contact
    name: "Medicaid for a mother going into a nursing home: the state's long-term care page, then the county DSS with no contact: referral fails",
    lines: [
      [0, 'p', "Hi, my mother is going into a nursing home next month in North Carolina and we can't afford it. How does Medicaid work for that?"],
      [52, 'l', 'Hello, this is Patrice at the Durham County Library. Is she already on Medicaid, or would this be a new application?'],
      [100, 'p', 'new'],
      [109, 'l', "NC Medicaid explains long-term care coverage and the asset limits at medicaid.ncdhhs.gov/long-term-care. She will need to apply through her county Department of Social Services; they'll ask for five years of bank statements. Is that the information you needed?"],
      [175, 'p', "Yes, that's all I needed. Thank you so much."],
      [180, 'l', "You're very welcome, good luck to you both."],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'who owns the empty lot next door: county asked, the SDAT real property search by URL, typos and chat-speak',
    lines: [
      [0, 'p', 'hey how do i find out who owns teh vacant lot nxt to my house, its all overgrown'],
      [27, 'l', 'Hi! Nadia here, librarian at Baltimore County Public Library. Which county is the lot in?'],
      [49, 'p', 'balto county, towson'],
      [58, 'l', "The state's Real Property search at sdat.dat.maryland.gov/RealProperty shows the owner's name and mailing address; search by the street address or the map. Is that what you were looking for?"],
      [101, 'p', 'omg yes found it. thats all i needed thx'],
      [106, 'l', 'Great! Thanks for using the chat, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "send your request to the city's PIA representative at pia@…" refers with an e-mail
    name: 'police reports by public-records request: the AG\'s PIA manual by URL, the city\'s representative by e-mail',
    lines: [
      [0, 'p', "I'm a journalist. how do I request use-of-force reports from Baltimore police? is it FOIA?"],
      [41, 'l', "Hello, I'm Ezra, a reference librarian at the Enoch Pratt Free Library. For a city agency it's Maryland's Public Information Act rather than federal FOIA. Which years do you need?"],
      [90, 'p', '2019 to 2023'],
      [97, 'l', "The Attorney General's PIA manual explains fees, deadlines and exemptions: marylandattorneygeneral.gov/Pages/OpenGov/pia.aspx. Send your request to the Police Department's PIA representative at pia@baltimorepolice.org. Is that what you needed?"],
      [160, 'p', 'yes, thats all i needed. very helpful'],
      [166, 'l', 'Thanks, good luck with the story!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // greeting without who is answering in the first two provider messages
    name: 'jury summons during a surgery: no name or library in the first two provider messages; the Jury Office by phone',
    lines: [
      [0, 'p', 'got a jury summons for the week im having surgery. how do i get out of it'],
      [58, 'l', 'Hello! How can I help you today?'],
      [70, 'p', 'i said, jury duty during my surgery'],
      [80, 'l', 'Sorry! Which court sent the summons, circuit court for Baltimore City?'],
      [110, 'p', 'yes'],
      [118, 'l', 'You can ask to postpone with the form on the back of the summons. Call the Jury Office at 410-333-3773 if you have questions about your dates. Did that help?'],
      [170, 'p', 'yes thanks'],
      [175, 'l', 'Good luck with the surgery, bye!'],
    ],
    exp: usual({ greeting: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'green card renewal: transferred to the immigration specialist with an internal note and a notice; form I-90 at uscis.gov; CASA by phone',
    lines: [
      [0, 'p', 'my green card expires in june, what form do i use to renew'],
      [25, 'l', "Hi, this is Maya at Montgomery County Public Libraries. Our immigration information specialist is on chat today; I'm transferring you to her now."],
      [28, 'i', 'Patron needs a green card renewal (I-90), may want legal help referrals. Can you take it?'],
      [31, 's', 'Chat transferred to Renata Okafor', sys('transfer', 'rokafor')],
      [58, 'l', 'Hello, Renata here. Is your card a 10-year card, or a 2-year conditional one?', LAWLIB],
      [90, 'p', '10 year'],
      [99, 'l', 'Then it is Form I-90, filed online or by mail: uscis.gov/i-90. If you want free help with it, call CASA\'s immigration legal services at 301-431-4185. Does that answer your question?', LAWLIB],
      [150, 'p', 'yes thats everything'],
      [155, 'l', 'Thank you for contacting us, goodbye!', LAWLIB],
    ],
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
  {
    // reading: "I'll have the branch's immigration navigator call you at … by Friday" is a follow-up with the phone repeated and a when
    name: 'naturalization interview questions: the branch navigator will call by Friday, phone repeated; coded Follow-up by patron\'s library; done after 80 h: on time fails',
    lines: [
      [0, 'p', 'hello i have my citizenship interview soon. Does the library have classes to practice'],
      [33, 'l', 'Hi, this is Lin at Queens Public Library. When is your interview?'],
      [70, 'p', 'in 3 weeks'],
      [79, 'l', "USCIS has the 100 civics questions with audio at uscis.gov/citizenship. Our New Americans Program runs practice sessions; I'll have the Flushing branch's navigator call you by Friday to sign you up. What number should they use?"],
      [140, 'p', '718-555-0193'],
      [146, 'l', 'Thank you, 718-555-0193. They will call by Friday. Is the civics page helpful for now?'],
      [190, 'p', 'yes very. thats all'],
      [195, 'l', 'Good luck on your interview, bye!'],
    ],
    over: { ...FU_LIB, followUps: doneAfter(200, 80, 'lin') },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'Lost Call: an expungement question, the patron gone before pickup; greeted, checked in, told of the disconnection with an invitation back',
    lines: [
      [0, 'p', 'how long does expungement take in illinois'],
      [45, 'l', 'Hi, this is Sam at Chicago Public Library. Thanks for your question!'],
      [170, 'l', 'Are you still there?'],
      [250, 'l', 'It looks like you have disconnected, so I will close this chat. Please come back anytime.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Practice session about a FOIA request: every check na',
    lines: [
      [0, 'p', 'testing: how do I file a FOIA with the EPA'],
      [20, 'l', 'Hi, practice here. foia.gov has it.'],
      [40, 'p', 'ok'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    // holds every minute or two while the law librarian looks up the statute; a partial result that says the search goes on is a hold
    name: 'security deposit interest in Virginia: law librarian holds at 96 and 100 s, a partial result that goes on searching, then the Code section',
    lines: [
      [0, 'p', 'Does my landlord in Virginia have to pay me interest on my security deposit? Moving out next month.'],
      [30, 'l', 'Good morning, Renata at the Fairfax Law Library here. Was your lease signed before or after July 2019?', LAWLIB],
      [75, 'p', '2021'],
      [84, 'l', 'Thanks, let me look that up in the Code.', LAWLIB],
      [180, 'l', "I've found the deposit section, still checking whether the interest rule was amended, bear with me.", LAWLIB],
      [280, 'l', 'Code of Virginia § 55.1-1226 covers deposits; the interest requirement was repealed for most leases, so your landlord does not have to pay interest: law.lis.virginia.gov/vacode/55.1-1226. Does that answer your question?', LAWLIB],
      [340, 'p', "Yes it does, that's everything. Thank you!"],
      [345, 'l', 'Thank you for contacting the Law Library. Take care!', LAWLIB],
    ],
    exp: usual(),
  },
  {
    // the patron's own repeated messages do not restart the wait: 70 -> 193 is 123 s
    name: 'child support calculator: the patron sends three messages while waiting; the provider answers 123 s after the first: keep informed fails',
    lines: [
      [0, 'p', 'how much child support would i pay in texas, i make about 2800 a month'],
      [21, 'l', 'Hi, this is Lupe at the Houston Public Library. How many children would it be for?'],
      [70, 'p', 'two'],
      [130, 'p', 'hello?'],
      [160, 'p', 'u there'],
      [193, 'l', 'Sorry for the wait! The Texas Attorney General has a guideline calculator at texasattorneygeneral.gov/child-support/calculator; for two children it is generally 25% of net income. Does that help?'],
      [240, 'p', 'yes thats all thx'],
      [245, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

/** The opening of the short cases: a patron with a landlord problem, a county librarian greeting and asking one question. */
const START: Line[] = [
  [0, 'p', 'hi i got a letter from the court about my apartment'],
  [22, 'l', 'Hello, this is Jo at Sample County Library. What does the letter say it is?'],
  [55, 'p', 'summons for a hearing'],
];
/** Its ending after the provider's answer. */
const END = (s: number): Line[] => [[s + 40, 'p', 'yes thats all i needed'], [s + 45, 'l', 'Bye, take care!']];

export const short: SessionCase[] = [
  // ---- referrals ----------------------------------------------------------------------------------------------------
  {
    name: '"Contact your local legal aid office about the hearing." with no way to reach it: referral fails',
    lines: [...START, [66, 'l', "The court's guide to eviction hearings is at samplecourts.gov/eviction. Contact your local legal aid office about the hearing. Does that help?"], ...END(66)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"call Maryland Legal Aid at 1-888-465-2468" refers with a phone',
    lines: [...START, [66, 'l', 'Please call Maryland Legal Aid at 1-888-465-2468 before the hearing date. Does that help?'], ...END(66)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'two parties in one message, each with a phone: referral passes',
    lines: [...START, [66, 'l', "Call the District Court clerk's office at 301-555-0142 to confirm the date, or the Tenant Defense line at 410-555-0188 for help preparing. Did that answer it?"], ...END(66)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "talk to a lawyer" is a referral to a person outside the chat
    name: 'two parties, the second with no contact: "…clerk at 301-555-0142, and you should also talk to a lawyer": referral fails',
    lines: [...START, [66, 'l', "Call the clerk's office at 301-555-0142 to confirm the date, and you should also talk to a lawyer before you go. Did that answer it?"], ...END(66)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // reading: MedlinePlus named alone is a health information database: a source
    name: '"MedlinePlus has an easy page on metformin side effects" named alone is a source, no referral',
    lines: [[0, 'p', 'what are the side effects of metformin'], [20, 'l', 'Hi, Jo at Sample County Library. Are you taking the regular or the extended-release kind?'], [52, 'p', 'regular'], [60, 'l', 'MedlinePlus has an easy-to-read page on metformin that lists the common and the serious side effects. Does that help?'], ...END(60)],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: '"The county health department can tell you which clinics have it." with no contact: referral fails',
    lines: [[0, 'p', 'where can i get a free flu shot'], [20, 'l', 'Hi, Jo at Sample County Library. Do you have insurance?'], [52, 'p', 'no'], [60, 'l', 'Vaccines.gov lists pharmacies with flu shots near you: vaccines.gov. The county health department can tell you which clinics give them free. Does that help?'], ...END(60)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"The MVA issues REAL ID cards at every full-service branch." names an agency as a fact: no source, no referral',
    lines: [[0, 'p', 'who gives out real ids'], [20, 'l', 'Hi, Jo at Sample County Library. Are you in Maryland?'], [52, 'p', 'yes'], [60, 'l', 'The MVA issues REAL ID cards at every full-service branch.'], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: "the People's Law Library at peoples-law.org given to read is a source, no referral",
    lines: [...START, [66, 'l', "The People's Law Library explains what happens at a failure-to-pay-rent hearing: peoples-law.org/failure-pay-rent. Is that what you were looking for?"], ...END(66)],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // reading: a floor of the courthouse is no postal address
    name: '"Stop by the law library on the 3rd floor of the courthouse" with no address or phone: referral fails',
    lines: [...START, [66, 'l', "The hearing notice is explained at samplecourts.gov/eviction. Stop by the law library on the 3rd floor of the courthouse before your hearing; they have the answer forms. Does that help?"], ...END(66)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'the public law library with a street address and town: referral passes',
    lines: [...START, [66, 'l', 'Visit the Anne Arundel County Public Law Library, 8 Church Circle, Annapolis, MD 21401, and they can show you the answer forms. Does that help?'], ...END(66)],
    // relabelled: the rubric's sources are a URL or domain, an e-mail or phone for a referral, or a named resource; a
    // postal address is none of them, so with no other source info.source fails (the referral still has its contact)
    exp: some({ referral: 'pass', source: 'fail' }),
  },
  {
    name: '"If you are thinking of hurting yourself, call or text 988" gives the line\'s number: referral passes',
    lines: [[0, 'p', 'looking for info on depression, my meds arent working and im so tired of everything'], [20, 'l', 'Hi, Jo at Sample County Library. I am glad you reached out. Are you looking for information on the medicine, or on other kinds of support?'], [52, 'p', 'both i guess'], [60, 'l', 'MedlinePlus has a page on depression treatments at medlineplus.gov/depression.html. If you are thinking of hurting yourself, please call or text 988 any time. Does that help?'], ...END(60)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: "\"You'll have to ask at the MVA counter about the points.\" with no contact: referral fails",
    lines: [[0, 'p', 'how many points do i have on my license'], [20, 'l', 'Hi, Jo at Sample County Library. Which state?'], [52, 'p', 'maryland'], [60, 'l', "The point system is explained at mva.maryland.gov/points. You'll have to ask at the MVA counter about your own points. Does that help?"], ...END(60)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"Please check with your doctor before you stop it." is a referral with no contact',
    lines: [[0, 'p', 'can i just stop taking my blood pressure pill'], [20, 'l', 'Hi, Jo at Sample County Library. Which medicine is it?'], [52, 'p', 'lisinopril'], [60, 'l', 'MedlinePlus has the lisinopril page: medlineplus.gov/druginfo/meds/a692051.html. Please check with your doctor before you stop it. Does that help?'], ...END(60)],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'Social Security office by phone and URL: "contact Social Security at 1-800-772-1213 or ssa.gov/myaccount": referral passes',
    lines: [[0, 'p', 'how do i replace my social security card'], [20, 'l', 'Hi, Jo at Sample County Library. Is it lost, or do you need a name change on it?'], [52, 'p', 'lost'], [60, 'l', 'You can usually request a replacement online; contact Social Security at 1-800-772-1213 or through ssa.gov/myaccount. Does that help?'], ...END(60)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the state law library by e-mail: "email the State Law Library at lawlibrary@courts.example.gov": referral passes',
    lines: [...START, [66, 'l', 'For the older version of the statute, email the State Law Library at lawlibrary@courts.example.gov; their staff can pull it for you. Is that what you needed?'], ...END(66)],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // staff the provider consults on the patron's behalf are no referral
    name: '"I asked our law librarian and she says the form is DC-CV-082" consults staff on the patron\'s behalf: no referral',
    lines: [...START, [66, 'l', 'I asked our law librarian and she says the answer form is DC-CV-082, at mdcourts.gov/district/forms. Does that help?'], ...END(66)],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss of V2's referralCanHelp "can transcribe them" (vaccine record case): what the nurse will do is no referral
    name: '"The school nurse will transcribe them onto the enrollment form." says what the nurse does: no referral',
    lines: [[0, 'p', 'do i need to bring my sons shot records to registration'], [20, 'l', 'Hi, Jo at Sample County Library. Which school district?'], [52, 'p', 'westside'], [60, 'l', "Yes, bring the paper copies; the district's checklist is at westside.example.org/enroll. The school nurse will transcribe them onto the enrollment form. Does that help?"], ...END(60)],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- follow-up promises and advice to send ------------------------------------------------------------------------
  {
    // failed before V2's followupPromise widening: the imperative read as the provider passing the request on
    name: '"Send your request to the county\'s records custodian at records@example.gov." is advice, no promise: code passes, contact na',
    lines: [...START, [66, 'l', "Your lease file isn't public, but the county's own records are. Send your request to the county's records custodian at records@example.gov. Does that help?"], ...END(66)],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na', referral: 'pass' }),
  },
  {
    name: '"Also, forward your question to the Housing Authority at 410-555-0170" is advice, no promise',
    lines: [...START, [66, 'l', "The hearing guide is at samplecourts.gov/eviction. Also, forward your question to the Housing Authority at 410-555-0170 if you have a voucher. Does that help?"], ...END(66)],
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },
  {
    // near miss of V2's referralVerb "forward … to": to the chat itself is no party outside it
    name: '"Forward your question to us here at the chat anytime" refers to no one outside the chat',
    lines: [...START, [66, 'l', 'The hearing guide is at samplecourts.gov/eviction. If more comes up later, forward your question to us here at the chat anytime. Does that help?'], ...END(66)],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss of V2's referralParty "records custodian": named as a fact, no referring verb
    name: '"The county is the custodian of those deeds" names an office as a fact: no referral',
    lines: [...START, [66, 'l', 'The county is the custodian of those deeds, and its index is searchable at landrecords.example.gov. Does that help?'], ...END(66)],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss of V2's followupPromise widening: the participle is the provider's own act
    name: '"Forwarding your question to our law librarian now; she will e-mail you by Friday." coded Answered: a promise, code fails',
    lines: [...START, [66, 'l', 'Forwarding your question to our law librarian now; she will e-mail you the statute by Friday.'], [100, 'p', 'ok thanks'], [104, 'l', 'Bye!']],
    exp: some({ code: 'fail' }),
  },
  {
    // near miss: the subject before the verb keeps v3's promise
    name: '"I\'ll send your request to the records unit and they will write to you by Tuesday." coded Answered: code fails',
    lines: [...START, [66, 'l', "I'll send your request to the records unit and they will write to you by Tuesday."], [100, 'p', 'ok thanks'], [104, 'l', 'Bye!']],
    exp: some({ code: 'fail' }),
  },
  // ---- no advice, dismissals ----------------------------------------------------------------------------------------
  {
    name: '"I can\'t give legal advice" with sources after it is no dismissal',
    lines: [...START, [66, 'l', "I'm not able to give legal advice, but the court's guide to summary ejectment hearings is at samplecourts.gov/eviction. Does that help?"], ...END(66)],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    name: '"Your time is up for today" ends the help: dismissal fails',
    lines: [...START, [66, 'l', "The court's guide is at samplecourts.gov/eviction. Does that help?"], [100, 'p', 'kind of, what about my deposit though'], [110, 'l', 'Sorry, your time is up for today. Bye.']],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- timing -------------------------------------------------------------------------------------------------------
  {
    name: 'a hold at 100 s, the answer 110 s later: keep informed passes',
    lines: [...START, [155, 'l', 'Let me check the statute for you.'], [265, 'l', 'Real Property § 8-401 covers the hearing; the text is at mgaleg.maryland.gov. Does that help?'], ...END(265)],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the answer 125 s after the patron, no hold: keep informed fails',
    lines: [...START, [180, 'l', 'Real Property § 8-401 covers the hearing; the text is at mgaleg.maryland.gov. Does that help?'], ...END(180)],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'the answer exactly 120 s after the patron: keep informed passes',
    lines: [...START, [175, 'l', 'Real Property § 8-401 covers the hearing; the text is at mgaleg.maryland.gov. Does that help?'], ...END(175)],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'an internal note to a colleague does not end the wait: 55 -> 185 is 130 s: keep informed fails',
    lines: [...START, [100, 'i', 'Anyone know the MD failure to pay rent answer form number?'], [185, 'l', 'The answer form is at mdcourts.gov/district/forms. Does that help?'], ...END(185)],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: "take your time" is not a hold; the final idle runs from the answer to the end (60 -> 245 = 185 s)
    name: '"Take your time reading it" is no hold: the patron never answers; a check-in and a notice that invites back: idle and disconnect pass',
    lines: [...START, [60, 'l', 'The answer form is at mdcourts.gov/district/forms. Take your time reading it, I am here.'], [190, 'l', 'Are you still there?'], [245, 'l', 'It seems you have disconnected. I will end this chat now; feel free to chat with us again.']],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'pickup at 61 s fails',
    lines: [[0, 'p', 'need the jury duty phone number for montgomery county'], [61, 'l', 'Hi, Jo at Sample County Library. The Jury Office is at 240-777-9080. Does that help?'], ...END(61)],
    exp: some({ pickup: 'fail' }),
  },
  // ---- follow-ups and codes -----------------------------------------------------------------------------------------
  {
    name: 'a law librarian will e-mail by Monday, e-mail repeated, but coded Answered: code fails, contact passes',
    lines: [...START, [66, 'l', 'The Maryland statute has changed twice, so our law librarian will e-mail you the current text by Monday. What is your e-mail?'], [100, 'p', 'kwashington@example.net'], [106, 'l', 'Thanks, kwashington@example.net, by Monday. Anything else for now?'], [130, 'p', 'no thanks'], [134, 'l', 'Bye!']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Follow-up by me with no e-mail or phone anywhere: code fails, contact fails',
    lines: [...START, [66, 'l', 'I will look up the hearing rules and get back to you before the end of the week. Does that work?'], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // ---- clarifying, completeness, anything else ----------------------------------------------------------------------
  {
    name: 'a source first, then a question: clarify fails',
    lines: [[0, 'p', 'how do i register to vote'], [20, 'l', 'Hi, Jo at Sample County Library. Register online at vote.gov. Are you in Maryland?'], [52, 'p', 'yes'], [60, 'l', 'Then the state page is elections.maryland.gov. Does that help?'], ...END(60)],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Would a printed copy of the form mailed to you help?" asks about something not yet given: completeness fails',
    lines: [...START, [66, 'l', "The answer form is at mdcourts.gov/district/forms. Would a printed copy mailed to you help?"], [100, 'p', 'no i can print'], [106, 'l', 'OK, bye then!']],
    exp: some({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'the patron "got it thx" is no explicit "done"; the provider never asks: anything else fails',
    lines: [...START, [66, 'l', 'The answer form is at mdcourts.gov/district/forms. Does that help?'], [100, 'p', 'got it thx'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    name: 'transferred to the law librarian with no internal note: transfer fails',
    lines: [[0, 'p', 'where do i find old versions of the ohio revised code'], [20, 'l', 'Hi, Jo at Sample County Library. I will transfer you to our law librarian.'], [24, 's', 'Chat transferred to Renata Okafor', sys('transfer', 'rokafor')], [50, 'l', 'Hi, Renata here. Which year do you need?', LAWLIB], [80, 'p', '1998'], [88, 'l', 'HeinOnline has every past edition; log in with your card. Does that help?', LAWLIB], [120, 'p', 'yes thats all'], [124, 'l', 'Bye!', LAWLIB]],
    exp: some({ transfer: 'fail', source: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-first round (V2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V2): health, law and government information, every check', whole);
describeSessions('twenty-first round (V2): health, law and government information, short cases', short);

describeLeft('twenty-first-round-civic', LEFT);
