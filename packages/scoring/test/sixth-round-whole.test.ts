/**
 * Sixth round (E): whole sessions, every check, from services and hands the earlier rounds did not
 * cover: a state law library (information vs advice, legal aid with a phone number), consumer
 * health (pharmacists, poison control, a crisis line), genealogy and archives with follow-ups by
 * e-mail, government documents, patents and small business, teens with homework, an ESL patron and
 * Spanish-only sessions, assistive technology and talking books, Libby / hoopla / Kanopy trouble,
 * interlibrary loan, APA and MLA, readers' advisory, local history, job seekers, seniors, prank and
 * angry patrons, patrons who leave mid-answer, transfers inside a library and across the
 * cooperative, resolution codes right and wrong, follow-ups recorded on time, late or not yet, and
 * providers working too many chats. Every case gives the status of ALL 17 checks, read literally
 * from RUBRIC.md (not from what the scorer did).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeSessions, T0, DAY, type SessionCase, all, some, who, sys, type Key, type St, type Line } from './helpers';

const busy = (provider: string, n: number) =>
  Array.from({ length: n }, (_, k) => ({ sessionKey: `test:busy6-${provider}-${k}`, providerId: provider, start: T0 - 120_000, end: T0 + 900_000 }));

/** The statuses of an ordinary answered session that went well; each case says where it differs. */
const usual = (over: Partial<Record<Key, St>> = {}) =>
  all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    ...over,
  });

const LENA = who('Lena (Local History)', 'lena');
const VIC = who('Vic', 'vic');
const HANA = who('Hana', 'hana');
const RAFA = who('Rafael', 'rafa');

const cases: SessionCase[] = [
  // ---- law libraries --------------------------------------------------------------------------------------------
  {
    name: 'law library, eviction notice: information not advice, a clarifying question, statute path and court page, Legal Aid with its number; "Does that point you in the right direction?"',
    lines: [
      [0, 'p', "hi. my landlord taped a notice on my door saying i have 5 days to pay or quit. is that even legal?? i'm in baltimore county"],
      [25, 'l', "Good afternoon, you've reached the State Law Library's Ask a Law Librarian chat. My name is Priya."],
      [33, 'l', "I'm sorry you're dealing with that. I can't give legal advice about your case, but I can show you the law itself. Is this a written lease, and have you received anything from the District Court yet?"],
      [80, 'p', 'yes a 1 year lease. nothing from court yet just the paper on the door'],
      [88, 'l', 'Thanks. Give me a minute to pull up the statute.'],
      [150, 'l', 'The failure-to-pay-rent process is in the Real Property Article, section 8-401. You can read it free at mgaleg.maryland.gov (Laws > Statute Text > Real Property > 8-401). The courts\' tenant page at mdcourts.gov/landlordtenant explains every step in plain language.'],
      [158, 'l', 'For advice on your own situation, please call Maryland Legal Aid at 1-888-555-2468; they help tenants at no cost.'],
      [165, 'l', 'Does that point you in the right direction?'],
      [230, 'p', 'yes thank u so much. thats all i needed'],
      [236, 'l', "You're welcome, and good luck. Thanks for chatting with the State Law Library!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'law library, terse: "should he take the plea?", court page, "talk to the Public Defender" twice without a contact, "Bye."',
    lines: [
      [0, 'p', 'My son got charged with second degree assault and the prosecutor offered a plea. Should he take it? What happens if he goes to trial instead'],
      [40, 'l', 'Hello, law librarian here (Marcus, County Law Library).'],
      [46, 'l', "We can't advise on whether to accept a plea - that's legal advice. Which court is the case in, district or circuit?"],
      [95, 'p', 'district court in frederick'],
      [104, 'l', 'The Judiciary explains plea agreements and trials here: mdcourts.gov/district/criminalcases. Your son should really talk to the Public Defender about the offer before he decides.'],
      [140, 'p', 'he has a public defender but they never call back'],
      [150, 'l', "Then he should keep trying the public defender's office; they're the ones who can advise him."],
      [170, 'p', 'ok'],
      [175, 'l', 'Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'fail' }),
  },

  // ---- health and medicine --------------------------------------------------------------------------------------
  {
    name: 'consumer health: ibuprofen with lisinopril; MedlinePlus page, "a pharmacist can look at your exact medications" (no contact); the patron says only that they will call',
    lines: [
      [0, 'p', "Is it safe to take ibuprofen while I'm on lisinopril? My doctor's office is closed until Monday."],
      [20, 'l', "Hi, thanks for contacting Ask Us! I'm Dana, a health sciences librarian at Northgate University Library."],
      [28, 'l', "I can share trustworthy drug information, though I can't give medical advice. Is the lisinopril for blood pressure, and how often would you be taking the ibuprofen?"],
      [70, 'p', 'yes blood pressure. maybe twice a day for a week for my back'],
      [78, 'l', 'One moment while I pull up the drug monographs.'],
      [160, 'l', "MedlinePlus, from the National Library of Medicine, covers this on its ibuprofen page: medlineplus.gov/druginfo/meds/a682159.html (see 'What special precautions should I follow?'). NSAIDs like ibuprofen can raise blood pressure and strain the kidneys when taken with ACE inhibitors such as lisinopril."],
      [168, 'l', 'Since your doctor is out, please check with a pharmacist, who can look at your exact medications; pharmacists answer these questions for free.'],
      [175, 'l', 'Is that the sort of information you were hoping for?'],
      [240, 'p', "Yes very helpful. I'll call the pharmacy."],
      [246, 'l', 'Glad to help! Take care of that back, and thanks for using Ask Us.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'nursing capstone: ICU or any setting?, "Searching now…", CINAHL with a search string, PubMed; "Did those searches work for you?"',
    lines: [
      [0, 'p', 'I need 5 peer reviewed articles on nurse burnout after covid for my BSN capstone, published in the last 5 years'],
      [15, 'l', "Hey there! Welcome to Ask a Librarian at Coastal State. I'm Luis 🙂"],
      [22, 'l', 'Do you need studies from a particular setting (ICU, ER, long-term care), or is any nursing setting fine?'],
      [60, 'p', 'ICU would be best'],
      [66, 'l', 'Great. Searching now…'],
      [140, 'l', 'CINAHL Complete is the best place: library.coastalstate.edu/cinahl. Try (burnout OR "compassion fatigue") AND ("critical care nurs*" OR ICU) AND COVID-19, then tick Peer Reviewed and set 2020-2025. I got 63 results.'],
      [146, 'l', 'PubMed has more: pubmed.ncbi.nlm.nih.gov with the same words.'],
      [150, 'l', 'Did those searches work for you?'],
      [200, 'p', 'yes!! 63 is plenty'],
      [206, 'l', 'awesome. anything else i can help with?'],
      [240, 'p', 'no im good, thank you'],
      [245, 'l', 'Good luck with the capstone! 👋'],
    ],
    exp: usual(),
  },
  {
    name: 'toddler and a dishwasher pod: Poison Control with its number at once, "also call your pediatrician" (no contact), the patron goes to the phone; no question, no check-in',
    lines: [
      [0, 'p', 'my toddler just chewed on a dishwasher pod, do you have info on what to do'],
      [8, 'l', 'Hi, this is Jo at Bayside Library. Please call Poison Control right now at 1-800-222-1222; they are open 24/7 and will tell you exactly what to do.'],
      [20, 'p', 'ok calling'],
      [25, 'l', 'Good. Afterwards, please also call your pediatrician and let them know what happened.'],
      [300, 'l', 'I hope your little one is OK. MedlinePlus has a page on detergent poisoning for later: medlineplus.gov/ency/article/007570.htm. Take care.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'fail' }),
  },
  {
    name: 'a patron in crisis: 988 by call or text and a warmline number, "Are you safe right now?" only after the first source, an offer to stay (no completeness question)',
    lines: [
      [0, 'p', 'idk if this is the right place but i feel like i cant do this anymore and i dont have anyone to talk to'],
      [10, 'l', "Hi, I'm Sam, a librarian at Rivertown Library. I'm really glad you reached out, and I'm here."],
      [16, 'l', "If you're thinking about hurting yourself, please call or text 988 right now; the 988 Suicide & Crisis Lifeline is free, confidential and open 24/7. You can also chat with them at 988lifeline.org."],
      [24, 'l', 'Are you safe right now?'],
      [60, 'p', 'yeah im not going to do anything. just really tired and alone'],
      [68, 'l', "Thank you for telling me. Talking to someone at 988 can still help when it isn't an emergency, and our county has a free Peer Support Warmline too: 1-855-555-0142, open until midnight."],
      [76, 'l', 'Would it help if I stayed on the chat while you call?'],
      [130, 'p', 'no its ok. ill text 988. thank u'],
      [136, 'l', "I'm really glad. Thank you for reaching out tonight, and please come back anytime, even just to talk about books."],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },

  // ---- genealogy and archives, follow-ups -----------------------------------------------------------------------
  {
    name: 'genealogy: a 1962 obituary on microfilm, scan promised by e-mail "by Thursday at the latest", address read back; Follow-up by me recorded after 26 h',
    lines: [
      [0, 'p', 'Looking for the obituary of my great-uncle, Walter Kozlowski, who died in March 1962 in Scranton. Is the Scranton Times from then online anywhere?'],
      [30, 'l', 'Hello and welcome! This is Helen in Local History at Lackawanna County Library.'],
      [38, 'l', 'Do you know the exact date of death, or only the month?'],
      [80, 'p', 'Only March. Possibly the 14th?'],
      [88, 'l', "The Scranton Times for 1962 isn't digitized, but we have the whole year on microfilm here. I can search the March reels myself and email you a scan of the obituary. Would that work?"],
      [120, 'p', 'That would be amazing. wkozlowski.family@gmail.com'],
      [128, 'l', "Got it: wkozlowski.family@gmail.com. I'll go through the reels tomorrow and you should have the scan by Thursday at the latest."],
      [135, 'l', "Is there anything else you'd like me to look for while I'm in the reels?"],
      [170, 'p', "No, that's everything. Thank you Helen."],
      [176, 'l', 'My pleasure. Talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(181 + 26 * 3600), by: 'jo' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'town archives: "I\'ll pull the boxes and email you what I find" with no time, coded Answered, nothing recorded five days later',
    lines: [
      [0, 'p', 'Do you have the minutes of the 1978 town council meetings? Researching when the old mill was demolished.'],
      [45, 'l', 'hi there, Rob at Millbrook Town Archives.'],
      [52, 'l', 'What month of 1978, if you know it? Some boxes are still offsite.'],
      [90, 'p', 'no idea, sometime that year'],
      [97, 'l', "OK. The 1978 minutes are in our Town Council Records collection (finding aid at millbrookarchives.org/council), not scanned yet. I'll pull the boxes and email you what I find about the mill."],
      [130, 'p', 'great my email is t.nguyen77@outlook.com'],
      [138, 'l', 'thanks!'],
      [160, 'p', 'thank you'],
      [165, 'l', 'bye'],
    ],
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: "cooperative: a lost-item charge sent to the patron's library, \"within two business days\", address read back, the branch's number; pending a day later",
    lines: [
      [0, 'p', "Hi, my account says I owe $31 for a DVD I'm sure I returned. I'm a Hillsdale Library patron."],
      [38, 'l', "Hello! I'm Bea, a librarian answering for the Michigan Ask a Librarian cooperative tonight. I'm at another library, so I can't see your account."],
      [46, 'l', 'Which DVD is it, and do you remember about when you returned it?'],
      [95, 'p', 'Encanto, i think end of january, in the outside drop'],
      [103, 'l', "Thanks. I'll forward this to Hillsdale's circulation staff; they'll check the shelves and email you within two business days. What's the best email for you?"],
      [140, 'p', 'mo.barnes@yahoo.com'],
      [146, 'l', "I have mo.barnes@yahoo.com. If you'd like to talk to them sooner, you can call Hillsdale Circulation at (517) 555-0134."],
      [152, 'l', 'Does that help for now?'],
      [190, 'p', 'yes, thank you'],
      [196, 'l', 'Anything else tonight?'],
      [220, 'p', 'no'],
      [225, 'l', 'Thanks for your patience, good night!'],
    ],
    over: { provider: { id: 'jo', name: 'Bea', library: 'JXN' }, queue: 'global', patronLibrary: 'HIL', resolutionCode: "Follow-up by patron's library" },
    exp: usual({ contact: 'pass', onTime: 'pending', referral: 'pass' }),
  },
  {
    name: 'special collections without codes: newsreel viewing copy promised "by Wednesday", address read back; follow-up recorded after 10 h; no "anything else"',
    lines: [
      [0, 'p', "Hi, I'm researching the 1936 flood in Johnstown for a documentary. Do you have any footage or photos?"],
      [25, 'l', 'Hi, this is Dr. Alvarez, special collections librarian at Cambria University.'],
      [33, 'l', 'Are you looking for moving images specifically, or would still photographs and newspaper coverage be useful too?'],
      [80, 'p', 'both, but footage is the priority'],
      [88, 'l', "We have a 1936 Pathé newsreel fragment in our film archive that hasn't been digitized. I'll check whether we can make you a viewing copy and email you by Wednesday. What's the best address?"],
      [130, 'p', 'jpark@fernfilms.com'],
      [136, 'l', "Thanks, I'll write to jpark@fernfilms.com by Wednesday. Meanwhile, our digitized flood photos are at digital.cambria.edu/flood1936."],
      [144, 'l', 'Is that the kind of thing you need for the film?'],
      [190, 'p', 'Absolutely. Thank you!'],
      [196, 'l', 'Thank you! Talk soon.'],
    ],
    over: { source: 'libchat', resolutionCode: undefined, followUps: [{ doneAt: at(201 + 10 * 3600), by: 'jo' }] },
    exp: usual({ anything: 'fail', code: 'na', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'building permit: Follow-up by me with the e-mail only in the patron fields, never mentioned, no time; recorded after 50 h; no source',
    lines: [
      [0, 'p', "Can you find out whether the county has any records of my grandfather's building permit from the 1950s? Address was 88 Elm Street."],
      [30, 'l', "Hi, I'm Jo from Dover Public Library's reference desk."],
      [38, 'l', 'Do you know the year, or at least the decade, and was it a new house or an addition?'],
      [80, 'p', '1950s, new house'],
      [88, 'l', "Thanks. Those permits aren't online; I'll need to check with the county records office myself."],
      [120, 'p', 'ok thanks'],
      [125, 'l', "You're welcome, goodbye!"],
    ],
    over: { patron: { name: 'G. Marsh', email: 'gmarsh@aol.com', phone: null }, resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(130 + 50 * 3600), by: 'jo' }] },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'ILL status: "Let me look that up", update by e-mail "tomorrow", address on file read back; no source; follow-up recorded after 80 h',
    lines: [
      [0, 'p', "I requested a book through ILL 3 weeks ago and haven't heard anything. Request ID 448812."],
      [25, 'l', 'Hi there, this is Noor at Kingsbridge University Library.'],
      [33, 'l', 'Let me look that up.'],
      [90, 'l', "I can see the request, but the lending library hasn't updated its status. I'll check with our ILL office and email you an update tomorrow. Is kwalsh@kingsbridge.edu still the best address?"],
      [130, 'p', "yes that's me"],
      [136, 'l', 'Great, talk to you tomorrow. Anything else in the meantime?'],
      [170, 'p', 'no thanks'],
      [175, 'l', 'Thanks for your patience! Bye for now.'],
    ],
    over: { patron: { name: null, email: 'kwalsh@kingsbridge.edu', phone: null }, resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(180 + 80 * 3600), by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: "class visit passed to the patron's library: no contact known, no time, nothing recorded after four days; no source",
    lines: [
      [0, 'p', 'Hi I am a teacher at Oak Ridge Elementary and I want to book a class visit to the library for 25 second graders in May'],
      [35, 'l', "Hello, and thanks for writing to Ask Us 24/7! I'm Kim, a librarian at another library in the cooperative."],
      [43, 'l', 'Which library would you like to visit, and do you have particular dates in mind?'],
      [90, 'p', 'the oak ridge branch, any tuesday in may'],
      [98, 'l', "Class visits are booked by each branch's children's staff, so I'll pass your request along to the Oak Ridge children's librarian and they will contact you."],
      [140, 'p', 'ok great'],
      [146, 'l', 'Thanks for your patience, and have a great day!'],
    ],
    over: { queue: 'global', resolutionCode: "Follow-up by patron's library" },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },

  // ---- government documents, patents, business -----------------------------------------------------------------
  {
    name: 'census poverty table for a grant (long paragraph, very chatty librarian): two holds 112 s and 100 s apart, data.census.gov path',
    lines: [
      [0, 'p', "Hello, I'm on the board of a small food pantry and we are writing a grant. The funder wants the number of households below the poverty line in our zip code (21217) and how that compares to the whole city. I tried the census website but got completely lost in all the tables. Any help appreciated!"],
      [35, 'l', "Hi! Thanks so much for reaching out to Enoch Pratt Free Library's chat. I'm Keisha, one of the librarians on our government information team, and I LOVE census questions, so you came to the right place!"],
      [44, 'l', 'Quick check before I dig in: does the funder want a specific year, and do they want households or individuals below poverty? Those come from different tables.'],
      [110, 'p', 'Most recent available. Households.'],
      [118, 'l', 'Perfect, give me a couple minutes to build the table for you.'],
      [230, 'l', 'Still working on it, the zip code version takes a few extra clicks. Hang tight!'],
      [330, 'l', 'Here you go! On data.census.gov search for table B17017 (Poverty Status in the Past 12 Months by Household Type), then Geography > ZIP Code Tabulation Area > 21217, and add Baltimore city, Maryland to compare. The 2023 ACS 5-year estimates are the most recent for zip codes.'],
      [338, 'l', 'Does that table give you what the funder is asking for?'],
      [420, 'p', 'Yes! I see it. 4,109 households below poverty. Wonderful.'],
      [428, 'l', 'Fantastic!! Anything else for the grant I can help dig up?'],
      [470, 'p', "No, that's all, you've been great."],
      [476, 'l', 'Good luck with the grant, and thanks for all the pantry does! Have a great afternoon.'],
    ],
    exp: usual(),
  },
  {
    name: 'very formal government documents librarian: a 1979 Senate hearing on HathiTrust, the print volume at Government Documents (e-mail and phone); the patron vanishes, check-in, "I will close this session now"',
    lines: [
      [0, 'p', 'Good evening. I require the transcript of a Senate hearing on the Love Canal contamination, circa 1979, for a thesis chapter. Could you assist?'],
      [28, 'l', 'Good evening, and welcome to Ask a Librarian. I am Dr. Okafor, government documents librarian at Ridgeview University Libraries.'],
      [36, 'l', 'Would you know which committee held the hearing, or would a hearing from either chamber be acceptable?'],
      [90, 'p', 'I believe it was the Senate Environment and Public Works subcommittee. Either would serve.'],
      [98, 'l', "Thank you. The 1979 hearings 'Hazardous and Toxic Waste Disposal' (Senate, Environment and Public Works) are digitised in full on HathiTrust: catalog.hathitrust.org, search for the title. Should you need the print volume, the Government Documents department at our main library holds it; they can be reached at govdocs@ridgeview.edu or 555-872-4410."],
      [106, 'l', 'Does that help?'],
      [250, 'l', 'Are you still with me?'],
      [330, 'l', 'It seems you have stepped away, so I will close this session now. Feel free to reconnect anytime.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'patent search with typos and "tho": Google Patents and Patent Public Search, the PTRC by e-mail, a patent attorney found through the USPTO list',
    lines: [
      [0, 'p', 'i have an idea for a collapsible dog bowl w/ a built in water filter. how do i know if someone already patented it'],
      [20, 'l', "Hi! Im Gabe, librarian at Tri-County Library's business center."],
      [27, 'l', 'have you done any searching yet, or starting from scratch?'],
      [50, 'p', 'scratch'],
      [58, 'l', "ok. Google Patents is the easy starting point: patents.google.com, search words like collapsible bowl filter pet. The USPTO's own Patent Public Search is at ppubs.uspto.gov and is what examiners use."],
      [66, 'l', 'For a real search strategy tho, talk to the Patent and Trademark Resource Center at our Central Library, they do free 1-on-1 appts: ptrc@tricountylib.org'],
      [75, 'l', 'does that help get u started?'],
      [110, 'p', 'ya thx. can they tell me if i should file?'],
      [118, 'l', "They cant give legal advice, for that you'd want a registered patent attorney or agent; the USPTO keeps a searchable list of them at oedci.uspto.gov/OEDCI."],
      [150, 'p', 'cool ok'],
      [156, 'l', 'anything else?'],
      [190, 'p', 'nah'],
      [195, 'l', 'thx for chatting, good luck w/ the bowl!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'macro-heavy bakery plan: restated need, Data Axle path, SCORE mentors at score.org; scripted closing',
    lines: [
      [0, 'p', "Hi I'm opening a bakery and need a list of all the bakeries in Dane County for my business plan, also any help with the plan itself"],
      [12, 'l', 'Thank you for contacting Ask Madison Public Library. You are chatting with librarian Anne. How may I assist you today?'],
      [20, 'l', "I'm reading your question now."],
      [26, 'l', 'To make sure I understand: you need a list of competing bakeries in Dane County, and help writing the business plan itself. Is that right?'],
      [60, 'p', 'yes exactly'],
      [66, 'l', 'One moment please while I look into that for you.'],
      [150, 'l', "Data Axle Reference Solutions (free with your card at madisonpubliclibrary.org/research) lets you search businesses by type and county: choose U.S. Businesses > Advanced Search > Keyword 'Retail Bakeries' > Geography: Dane County, WI."],
      [158, 'l', 'For the plan itself, SCORE offers free mentoring from retired business owners. You can request a mentor at score.org/madison.'],
      [166, 'l', 'Does this completely answer your question?'],
      [230, 'p', 'Yes it does'],
      [236, 'l', 'Is there anything else I can help you with today?'],
      [260, 'p', 'no'],
      [266, 'l', 'Thank you for using Ask Madison Public Library. Please contact us again if you have further questions. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'passport by mail: renewal or in person?, travel.state.gov, an acceptance facility found at iafdb.travel.state.gov; "Did that answer your question?"',
    lines: [
      [0, 'p', 'where can i renew my passport near me'],
      [14, 'l', "Hello, thanks for contacting Fairview Library! I'm Jo."],
      [20, 'l', 'Is your old passport undamaged and issued within the last 15 years, or do you need to apply in person?'],
      [60, 'p', 'its expired 2 years ago but not damaged'],
      [68, 'l', 'Then you can likely renew by mail with form DS-82: travel.state.gov has the form and checklist (Passports > Renew My Passport). If you prefer in person, make an appointment at a passport acceptance facility; you can find the nearest one at iafdb.travel.state.gov.'],
      [76, 'l', 'Did that answer your question?'],
      [110, 'p', 'yes thanks'],
      [115, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'tax season, run-on patron and chat-speak librarian: "sounds like u need 2 things", Tax-Aide by phone, "she can call the college\'s bursar office" (no contact)',
    lines: [
      [0, 'p', 'hi so i need to do my taxes and last year i did them at the library with some volunteers but i dont see anything about it this year and i also need the form for my daughters college thing the 1098 something and i dont know where to get that'],
      [30, 'l', 'hi!! this is Jo @ Northside Library 😊'],
      [36, 'l', "sounds like u need 2 things: free tax prep help like last year, and your daughter's 1098-T form from her college. that right?"],
      [70, 'p', 'yes'],
      [78, 'l', "ok! the volunteer tax help (AARP Tax-Aide) is at our Main branch this year, Tues & Thurs 10-2, appts only: call 555-310-2290 to book. the 1098-T comes from the college, usually in her student portal, or she can call the college's bursar office"],
      [86, 'l', 'does that cover it?'],
      [130, 'p', 'ok thank u'],
      [135, 'l', 'np! anything else?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'ok have a good one!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- homework and teens ---------------------------------------------------------------------------------------
  {
    name: 'teen wants worksheet answers: "I can\'t do the worksheet for you", Khan Academy and Brainfuse, one worked problem, "does that make sense now?"',
    lines: [
      [0, 'p', 'can u give me the answers to my algebra worksheet its 20 problems'],
      [9, 'l', 'hey! this is Sam from the Teen Desk at Brookfield Library'],
      [15, 'l', "I can't do the worksheet for you, but I can help you figure out how to solve them! what topic is it, like solving equations or graphing?"],
      [40, 'p', 'systems of equations idk how to do substitution'],
      [48, 'l', "ok! Khan Academy has a short video that walks through substitution step by step: khanacademy.org, search 'systems of equations substitution'. We also have free live tutoring every night through Brainfuse HelpNow on our homework page (brookfieldlib.org/homework)."],
      [55, 'l', 'want to try one together? send me the first problem'],
      [90, 'p', 'y = 2x and x + y = 9'],
      [98, 'l', 'nice. since y = 2x, swap 2x in for y in the second one: x + 2x = 9. what does that give you for x?'],
      [130, 'p', '3?'],
      [136, 'l', 'yes!! so y = 2(3) = 6. does that make sense now?'],
      [170, 'p', 'ya i get it now thx'],
      [176, 'l', 'anything else u need help with?'],
      [200, 'p', 'nope'],
      [204, 'l', 'good luck w the rest! come back anytime 🙂'],
    ],
    exp: usual(),
  },
  {
    name: 'middle-school Dust Bowl project: pickup recorded at 40 s, first message at 95 s; Library of Congress photos and Britannica School; "Do those work for your project?"',
    lines: [
      [0, 'p', 'need sources on the dust bowl for history project'],
      [95, 'l', "Hey, sorry for the delay! I'm Lee, a librarian at Hilltop Middle School Library."],
      [103, 'l', 'Is this for a written report or a presentation, and do you need primary sources like photos and interviews?'],
      [140, 'p', 'presentation. photos would be good'],
      [148, 'l', "Perfect: the Library of Congress has hundreds of Dust Bowl photos by Dorothea Lange and others, free to use: loc.gov, search 'dust bowl photographs'. For facts, Britannica School (on our Research page, hilltopms.org/library) has a good article."],
      [156, 'l', 'Do those work for your project?'],
      [200, 'p', 'ya'],
      [206, 'l', 'Cool. Anything else?'],
      [220, 'p', 'nah thx'],
      [224, 'l', 'Good luck on the presentation!'],
    ],
    over: { pickedUpAt: at(40) },
    exp: usual(),
  },
  {
    name: 'prank patron: "the meaning of life" answered with the Douglas Adams book in the catalogue, then rudeness; "Let\'s keep things respectful… come back anytime. Goodbye."',
    lines: [
      [0, 'p', 'whats the meaning of life lol'],
      [14, 'l', "Hello, you've reached the Ask a Librarian chat; this is Ines."],
      [22, 'l', "Ha, according to Douglas Adams it's 42: The Hitchhiker's Guide to the Galaxy, which we have in the catalog at elmlib.org if you'd like to read it!"],
      [40, 'p', 'ur mom is 42'],
      [45, 'p', 'lmaooo'],
      [52, 'l', "Let's keep things respectful, please. If you have a library question, you're welcome to come back anytime. Goodbye."],
      [55, 's', 'Patron left the chat', sys('patron_left')],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },

  // ---- ESL and Spanish ------------------------------------------------------------------------------------------
  {
    name: 'ESL patron, simple English: ID and proof of address, "Is this clear?", a branch to visit with its street address (Turnpike)',
    lines: [
      [0, 'p', 'hello. I am new in this country from Ukraine. I want library card. What I need bring?'],
      [22, 'l', 'Hello and welcome! My name is Tom and I am a librarian at Fairfax County Public Library. I am happy to help you.'],
      [30, 'l', 'Do you live in Fairfax County? (Yes or no is fine.)'],
      [60, 'p', 'yes. I live in Annandale'],
      [66, 'l', 'Good. You need: 1) a photo ID, for example your passport, and 2) something with your address, like a lease or a letter. Information is here: fairfaxcounty.gov/library/card'],
      [74, 'l', 'Is this clear?'],
      [110, 'p', 'yes clear. I can go to library in Annandale?'],
      [116, 'l', 'Yes! You can visit George Mason Regional Library, 7001 Little River Turnpike, Annandale. It is open today until 9 pm.'],
      [150, 'p', 'thank you very much'],
      [156, 'l', 'You are welcome. Do you need anything else?'],
      [190, 'p', 'no thank you. that is all'],
      [195, 'l', 'Good luck in your new home! Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'solo en español: clases de inglés, en persona o en línea, Mango Languages y un centro de alfabetización con su teléfono',
    lines: [
      [0, 'p', 'buenas tardes, quisiera saber si la biblioteca tiene clases de ingles para adultos'],
      [18, 'l', '¡Buenas tardes! Le atiende Marta, bibliotecaria de la Biblioteca Pública de Houston.'],
      [26, 'l', '¿Busca clases en persona o prefiere estudiar en línea desde su casa?'],
      [70, 'p', 'las dos cosas si se puede, trabajo de noche'],
      [78, 'l', 'Un momento, por favor, voy a revisar el calendario.'],
      [150, 'l', 'En línea puede usar Mango Languages gratis con su tarjeta: houstonlibrary.org/mango. Para clases en persona, le recomiendo llamar al centro de alfabetización Literacy Advance al 713-555-0182; tienen clases de día.'],
      [158, 'l', '¿Le sirve esta información?'],
      [200, 'p', 'si muchas gracias'],
      [205, 'l', '¿Hay algo más en que pueda ayudarle?'],
      [240, 'p', 'no, es todo'],
      [245, 'l', 'Gracias por comunicarse con nosotros. ¡Que tenga un buen día!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'solo en español: renovar libros, "¿Pudo entrar a su cuenta?", el usuario se va; "¿Sigue ahí?" y "Parece que se ha desconectado… voy a cerrar el chat"',
    lines: [
      [0, 'p', 'hola necesito ayuda para renovar mis libros'],
      [30, 'l', 'Hola, soy Andrés, bibliotecario de la Biblioteca del Condado. ¿Cuántos libros tiene prestados y los sacó todos en la misma sucursal?'],
      [80, 'p', '3 libros, si'],
      [88, 'l', 'Puede renovarlos en línea en biblioteca.condado.org > Mi cuenta > Renovar todo. Necesita su número de tarjeta y su PIN.'],
      [95, 'l', '¿Pudo entrar a su cuenta?'],
      [230, 'l', '¿Sigue ahí?'],
      [330, 'l', 'Parece que se ha desconectado. Voy a cerrar el chat; si necesita algo más, vuelva a escribirnos cuando quiera.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- accessibility --------------------------------------------------------------------------------------------
  {
    name: 'talking books for a father with macular degeneration: buttons or smartphone?, the state library for the blind with phone and site; "Take care"',
    lines: [
      [0, 'p', 'My father has lost most of his sight to macular degeneration. He used to read westerns constantly. Is there any way he can get audiobooks without using a computer?'],
      [35, 'l', "Good morning, and thank you for writing to Ask Us Now. I'm Beth, a librarian with Anne Arundel County Public Library."],
      [44, 'l', "I'm sorry to hear about your father. Does he have a smartphone he's comfortable with, or would a simple player with buttons be better?"],
      [100, 'p', "Definitely buttons, he won't use a smartphone"],
      [108, 'l', "Then the National Library Service's Talking Books program is perfect: it mails a free player with large buttons and audiobook cartridges, postage-free, and westerns are one of its most popular genres. In Maryland it runs through the Maryland Library for the Blind and Print Disabled; you can call them at 410-555-2424 or apply at marylandlibraryforblind.org."],
      [124, 'l', 'Does that sound like what you were hoping to find?'],
      [180, 'p', "Yes, this is wonderful. I'll call them today."],
      [186, 'l', 'Is there anything else I can help you with?'],
      [220, 'p', "No that's all. Thank you Beth."],
      [225, 'l', "You're very welcome. Take care, and happy listening to your dad!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'screen reader workstations: which branch?, the Accessibility page, then "just ask at the second-floor Tech Help desk" in its own message (a floor, no contact)',
    lines: [
      [0, 'p', "do any of your computers have JAWS or ZoomText? I'm low vision and my laptop died"],
      [25, 'l', "Hi! This is Kelvin at Greenfield Public Library's Ask Us chat."],
      [33, 'l', 'Which branch is closest to you?'],
      [60, 'p', 'downtown'],
      [67, 'l', "Good news: Central (downtown) has two accessible workstations with JAWS, ZoomText and a large-print keyboard; they're listed on our Accessibility page, greenfieldlibrary.org/accessibility."],
      [70, 'l', "When you get there, just ask at the second-floor Tech Help desk and they'll set you up."],
      [75, 'l', 'Does that answer your question?'],
      [110, 'p', 'yes perfect'],
      [115, 'l', 'Great! Have a good day.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },

  // ---- e-books and apps -----------------------------------------------------------------------------------------
  {
    name: 'Libby "card not supported", 24/7 cooperative: which library?, steps in the app, "let me know if it works"; the patron is gone 105 s and comes back',
    lines: [
      [0, 'p', 'libby keeps saying my card isnt supported?? i just got it yesterday'],
      [50, 'l', "Hi, you've reached Ask Us 24/7. My name is Fran and I'm a librarian in Ohio."],
      [58, 'l', 'Which library issued your card? Libby needs you to pick that exact library first.'],
      [80, 'p', 'westerville'],
      [88, 'l', "Thanks! In Libby, tap Menu > Add Library, search 'Westerville Public Library', then Sign In With My Card and type the full card number with no spaces. New cards sometimes take 24 hours to work in Libby."],
      [95, 'l', 'Give that a try and let me know if it works.'],
      [200, 'p', 'it worked!!'],
      [205, 'l', 'Wonderful! Happy reading, and thanks for using Ask Us 24/7.'],
    ],
    over: { queue: 'global', patronLibrary: 'WPL' },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'hoopla monthly limit, annoyed patron: "Does that explain what\'s happening?", anything else, a check-in, then a goodbye with no word about disconnecting',
    lines: [
      [0, 'p', "why can't I borrow anything on hoopla it says I've reached my limit but its only the 10th"],
      [30, 'l', 'Hi, Marisol here from Cedar Rapids Public Library. Sorry for the trouble!'],
      [38, 'l', 'Have you borrowed 6 titles already this month? That includes audiobooks, comics and movies.'],
      [70, 'p', 'yeah probably, my kids watch stuff on it'],
      [78, 'l', "That's it, then: our hoopla limit is 6 borrows per card per calendar month, and it resets on the 1st. The details are on hoopla's help page, hoopladigital.com/help, under 'Borrowing limits'. Libby has no monthly cap, so you could try cedarrapids.overdrive.com for ebooks in the meantime."],
      [86, 'l', "Does that explain what's happening?"],
      [120, 'p', 'this is stupid, whatever'],
      [128, 'l', 'I understand the frustration. Is there anything else I can help you with tonight?'],
      [270, 'l', 'Are you still there?'],
      [340, 'l', 'Thanks for chatting, have a good night.'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Kanopy credits, terse macro librarian: an answer with the page and no question; "Anything else?" "no" "Bye!"',
    lines: [
      [0, 'p', 'kanopy says i have 0 credits left. when do they reset'],
      [10, 'l', 'Welcome to Ask a Librarian! Librarian Ko is here to help.'],
      [15, 'l', 'Kanopy credits reset on the first of each month. Our page: lakecountylib.org/kanopy'],
      [20, 'p', 'ok'],
      [24, 'l', 'Anything else?'],
      [40, 'p', 'no'],
      [44, 'l', 'Bye!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },

  // ---- interlibrary loan, citations, readers' advisory ----------------------------------------------------------
  {
    name: 'interlibrary loan for a seminar: edition and deadline asked, the request form, "You\'ll get an email when it\'s ready" (a notice, no follow-up)',
    lines: [
      [0, 'p', "Hi, I need 'The Ecology of Freedom' by Murray Bookchin for a seminar but your catalog doesn't have it. Can I still get it?"],
      [20, 'l', "Hello! Welcome to the Alderbrook Library chat. I'm Wen, a reference librarian."],
      [28, 'l', 'We can usually borrow it from another library through interlibrary loan. Do you need a specific edition, and when do you need it by?'],
      [70, 'p', 'any edition, seminar is in 3 weeks'],
      [78, 'l', "Three weeks should be fine; most ILL books arrive in 7-10 days. You can request it with the form at alderbrooklib.org/ill (log in with your card, fill in title and author). You'll get an email when it's ready to pick up."],
      [86, 'l', 'Does that work for you?'],
      [120, 'p', "yes that's great, thanks"],
      [126, 'l', 'Anything else I can do for you?'],
      [150, 'p', "nope, that's it"],
      [156, 'l', 'Enjoy the book, and have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'APA 7 YouTube reference: a restatement with a question, apastyle.apa.org example, "Does this example make sense for your video?"',
    lines: [
      [0, 'p', 'how do i cite a youtube video in apa 7th'],
      [15, 'l', "Hi! I'm Ruth, a librarian at Eastfield College. Happy to help with that."],
      [22, 'l', 'So you need an APA 7 reference for a YouTube video: is it for the reference list, the in-text citation, or both?'],
      [50, 'p', 'both pls'],
      [58, 'l', 'The APA Style site has the official example: apastyle.apa.org/style-grammar-guidelines/references/examples/youtube-references. Reference: Channel Name. (Year, Month Day). Title of video [Video]. YouTube. URL. In text: (Channel Name, Year).'],
      [66, 'l', 'Does this example make sense for your video?'],
      [110, 'p', 'yes thank you!!'],
      [116, 'l', "You're welcome! Is there anything else I can help you with?"],
      [150, 'p', "no that's all"],
      [155, 'l', 'Good luck with your paper!'],
    ],
    exp: usual(),
  },
  {
    name: 'MLA poem in an anthology, typos ("Libary", "antholgy"): Purdue OWL; the patron vanishes, "r u still there?", "looks like u stepped away, hope that helped!" (no end, no goodbye)',
    lines: [
      [0, 'p', 'hey how do u do mla for a poem in a book'],
      [20, 'l', 'hi!! Im Deb w/ Lakeside Libary ask-a-librarian chat'],
      [26, 'l', 'is it a poem in an anthology w/ lots of authors or a book by one poet?'],
      [60, 'p', 'antholgy'],
      [66, 'l', 'ok so the format is: Poet Last, First. "Poem Title." Anthology Title, edited by Editor Name, Publisher, Year, pp. xx-xx. theres an example on the Purdue OWL MLA page too (owl.purdue.edu)'],
      [72, 'l', 'does that make sense?'],
      [210, 'l', 'r u still there?'],
      [260, 'l', 'ok looks like u stepped away, hope that helped!'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: "readers' advisory after Lessons in Chemistry: what did you love?, three titles with authors, \"Do any of those sound good?\", NoveList",
    lines: [
      [0, 'p', 'I just finished Lessons in Chemistry and loved it. What should I read next?'],
      [22, 'l', "Oh, good choice! Hi, I'm Amara, one of the readers' advisory librarians at Westbury Public Library."],
      [30, 'l', 'What did you love most about it: the 1960s setting, the funny voice, or the woman-against-the-system story?'],
      [90, 'p', 'the voice and the main character being so stubborn and smart'],
      [98, 'l', 'Then try Remarkably Bright Creatures by Shelby Van Pelt, The Rosie Project by Graeme Simsion, and Eleanor Oliphant Is Completely Fine by Gail Honeyman. All three are on the shelf at Central right now.'],
      [106, 'l', 'Do any of those sound good?'],
      [150, 'p', "ooh eleanor oliphant, I've heard of that one. I'll put it on hold"],
      [156, 'l', 'Great pick. NoveList Plus on our website (westburylibrary.org/novelist) has more read-alikes if you want to keep going. Anything else I can help with?'],
      [190, 'p', "no that's it, thanks so much"],
      [195, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'road-trip audiobooks: 150 s of silence after the patron\'s answer, three titles and Libby download steps, "Would those work for your crew?", "Have an amazing trip"',
    lines: [
      [0, 'p', "Hi! We're driving from Denver to Yellowstone next week with kids 7 and 10 and I want audiobooks the whole family can stand for 9 hours lol. Ideas? Also can we download them ahead of time since there's no signal in the park?"],
      [30, 'l', "Hi there! Thanks for reaching out to Denver Public Library. I'm Chris, a librarian on the kids' team, and ooh, road trip audiobooks are my favourite question."],
      [38, 'l', 'Do your kids like funny stuff, adventure, or mysteries? And do you use Libby already?'],
      [80, 'p', 'adventure and funny both. we have libby but never used audiobooks on it'],
      [230, 'l', "Sorry, got pulled away! Some family favorites that are in Libby: The Wild Robot by Peter Brown, The Mysterious Benedict Society by Trenton Lee Stewart, and The Lightning Thief by Rick Riordan. To download ahead of time, in Libby tap Shelf > Loans and make sure each title shows 'Downloaded' before you leave Wi-Fi."],
      [238, 'l', 'Would those work for your crew?'],
      [280, 'p', 'those are perfect, thank you!'],
      [286, 'l', 'Anything else for the trip?'],
      [320, 'p', "nope, we're all set"],
      [325, 'l', 'Have an amazing trip, and say hi to the bison for me!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- local history, job seekers, seniors ----------------------------------------------------------------------
  {
    name: 'house history: MDLandRec and Sanborn maps, the historical society with street address and phone; "Is that enough to get you going?"',
    lines: [
      [0, 'p', 'Trying to find out when my house was built and who lived in it. 412 Chestnut St, Frederick.'],
      [28, 'l', 'Good afternoon! This is Claire in the Maryland Room at Frederick County Public Libraries.'],
      [36, 'l', 'Do you know roughly how old the house is (1800s? early 1900s?), and have you looked at the deed records yet?'],
      [100, 'p', "we think 1890s. haven't looked at any deeds"],
      [108, 'l', "Great, a few places to start. Deeds are free online through MDLandRec (mdlandrec.net, free account): trace back owner to owner. The Sanborn fire insurance maps for Frederick (1887-1930) are on the Library of Congress site, loc.gov/collections/sanborn-maps, and show each building's footprint by year."],
      [116, 'l', 'Heritage Frederick also has city directories and house files; you can visit them at 24 E Church St, Frederick, MD 21701 (call ahead for an appointment: 301-555-1710).'],
      [124, 'l', 'Is that enough to get you going?'],
      [180, 'p', 'More than enough! Thanks Claire'],
      [186, 'l', "You're welcome! Good luck with the house hunt 🏠"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a 1921 schoolhouse photo transferred to the local history librarian in the same library: visible notice, internal note, then the transfer',
    lines: [
      [0, 'p', 'I have a photo of a one-room schoolhouse that my grandmother said was near Pine Hollow. Does anyone know anything about it?'],
      [25, 'l', "Hello, this is Jo at Pine County Library's Ask Us chat."],
      [33, 'l', 'Do you know about when the photo was taken, or are there any names written on the back?'],
      [70, 'p', "back says 'Pine Hollow School 1921'"],
      [78, 'l', "Our local history librarian, Lena, knows the rural schools best. I'm transferring you to her now, one moment."],
      [82, 'i', 'Lena, patron has a 1921 photo of Pine Hollow School and wants its history. Can you take it? Thanks!'],
      [85, 's', 'Chat transferred to Lena', sys('transfer', 'lena')],
      [110, 'l', 'Hi, Lena here in Local History! Pine Hollow School is one of my favourites.', LENA],
      [118, 'l', "It was School No. 14, open 1884-1946. Our digital collection has three photos and a 1930s class list: pinecountylib.org/localhistory > Schools > Pine Hollow. If you'd like to share a scan of your photo, you can upload it at pinecountylib.org/share.", LENA],
      [126, 'l', 'Did the digital collection have what you were looking for?', LENA],
      [210, 'p', 'yes, I found my grandmother in the class list!!'],
      [216, 'l', 'How wonderful! Anything else I can help with today?', LENA],
      [240, 'p', "No, that's all. Thank you so much!"],
      [245, 'l', 'Thank you for sharing your family history with us. Goodbye!', LENA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'laid-off warehouse worker: same field or switch?, Job & Career Accelerator, the Missouri Job Center with phone and street address',
    lines: [
      [0, 'p', 'i got laid off from the warehouse after 11 years and i dont even have a resume. where do i start'],
      [30, 'l', "Hi, this is Omar, a librarian at Springfield-Greene County Library. I'm sorry about the layoff; we help a lot of people in the same spot."],
      [38, 'l', 'Are you looking for warehouse work again, or hoping to switch fields?'],
      [90, 'p', 'maybe something in forklift or logistics but more pay'],
      [98, 'l', 'Got it. Two free resources: our Job & Career Accelerator (thelibrary.org/jobs) has resume templates for logistics jobs and a builder that walks you through each section. And the Missouri Job Center in Springfield does free one-on-one resume reviews; call them at 417-555-8600 or walk in at 2900 E Sunshine St.'],
      [106, 'l', 'Does that give you a good starting point?'],
      [170, 'p', 'yeah thats a lot of help actually'],
      [176, 'l', 'Glad to hear it. Is there anything else I can help with?'],
      [200, 'p', 'no'],
      [205, 'l', "Good luck on the search, you've got this. Take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'unemployment claim: which state?, a People\'s Law Library guide, then "your best bet is the Division of Unemployment Insurance" (no contact); the patron leaves, a check-in, no goodbye',
    lines: [
      [0, 'p', 'how long does it take to get unemployment after u apply. its been 3 weeks'],
      [40, 'l', 'hello! Dee from the Harford County Library here'],
      [46, 'l', "Sorry you're waiting on that. Which state did you file in?"],
      [70, 'p', 'maryland'],
      [78, 'l', "The library can't see claim status, but the Maryland People's Law Library has a plain-language guide on how long claims take: peoples-law.org/unemployment. First payments usually come 2-3 weeks after filing."],
      [84, 'l', "If it's been longer than that, your best bet is the Division of Unemployment Insurance; they're the only ones who can tell you what's holding up your claim."],
      [90, 'l', 'Does that help?'],
      [230, 'l', 'Hi, are you still there?'],
      [240, 's', 'Patron left the chat', sys('patron_left')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'fail' }),
  },
  {
    name: '81-year-old and the Boston Globe: picked up after 75 s, PressReader steps, "Is everything working the way you hoped?", "That is all I needed"',
    lines: [
      [0, 'p', 'Good morning. I used to get the Boston Globe delivered but it has become too expensive. My neighbor says the library has it on the computer. I am 81 and not very good with these things but I am willing to try. Thank you in advance.'],
      [75, 'l', "Good morning to you too! I'm so sorry for the wait, it's been a busy morning. My name is Linda and I'm a librarian at the Thomas Crane Public Library, and yes, your neighbor is right!"],
      [83, 'l', 'Are you on a computer or a tablet like an iPad right now? And do you have your library card handy?'],
      [140, 'p', 'Computer. Yes I have the card right here.'],
      [148, 'l', "Wonderful. We have the Boston Globe through a service called PressReader. Here's how: go to thomascranelibrary.org, click 'eLibrary' at the top, then 'PressReader', and type your card number when it asks. Then search for Boston Globe and click today's front page."],
      [230, 'p', 'I see the front page! My goodness it looks just like the paper.'],
      [238, 'l', "Isn't it great? You can click any story to make it bigger. Is everything working the way you hoped?"],
      [290, 'p', 'Yes dear. That is all I needed. You have made my day.'],
      [298, 'l', 'You made mine! Enjoy your paper, and come back anytime you need help.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'branch hours: the patron never writes again after the question; answer, "Did that answer your question?", a goodbye 4 minutes later with no check-in',
    lines: [
      [0, 'p', 'what time does the eastgate branch close on sundays'],
      [20, 'l', 'Hi! This is Pat with Kent County Library.'],
      [26, 'l', 'Let me check the Sunday hours for you.'],
      [60, 'l', 'Eastgate is open 1-5 pm on Sundays. All branch hours are at kentlib.org/hours.'],
      [66, 'l', 'Did that answer your question?'],
      [300, 'l', 'Thank you for chatting with Kent County Library. Goodbye!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'angry patron, a returned book charged as lost: date and kind of charge asked, the circulation supervisor by phone and e-mail, "Does that give you a way forward?"',
    lines: [
      [0, 'p', "I returned The Women by Kristin Hannah TWO WEEKS AGO and you're still charging me $28 for it. This is ridiculous. I put it in the drop box at Millbrook."],
      [40, 'l', "Hi, I'm Jordan, a librarian with Ashland County Library. I'm sorry, that's really frustrating."],
      [48, 'l', 'Do you remember the date you dropped it off, and is the charge for a lost item or a late fee?'],
      [100, 'p', 'like the 3rd. it says LOST'],
      [108, 'l', 'Thanks. Items sometimes get misrouted between branches. The Millbrook circulation supervisor, Pam Reyes, can search the shelves and clear the charge; call her at 419-555-0177 or email millbrookcirc@ashlandlib.org.'],
      [116, 'l', 'Does that give you a way forward?'],
      [160, 'p', "fine. I'll call. but this better get fixed."],
      [166, 'l', "I understand. I'll also note it on your account. Is there anything else I can help with?"],
      [200, 'p', 'no'],
      [206, 'l', 'Thanks for your patience with this, and have a good afternoon.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- transfers across the cooperative -------------------------------------------------------------------------
  {
    name: "cooperative transfer to the patron's home library: internal request and reply, visible notice, no question from either provider",
    lines: [
      [0, 'p', "I owe $42 in fines on my Howard County card and it won't let me check out. Can I pay part of it?"],
      [30, 'l', "Hi! I'm Vic, a librarian with the Maryland AskUsNow! service. I'm at a different library, but let me see if a Howard County librarian is online who can look at your account.", VIC],
      [38, 'i', '@Hana: HCLS patron with $42 in fines asking about a partial payment, account blocked; needs someone who can see the account. Can you take it?', VIC],
      [50, 'i', 'Sure, send them over', HANA],
      [56, 'l', "Good news, a librarian from Howard County is available. I'm transferring you now; she'll be right with you.", VIC],
      [60, 's', 'Transferred to Hana', sys('transfer', 'hana')],
      [80, 'l', 'Hello, this is Hana from Howard County Library System! I see your account now.', HANA],
      [88, 'l', 'Yes, you can pay any amount. Checkouts are blocked at $25, so paying $17 or more unblocks the card. You can pay online at hclibrary.org/myaccount > Fines & Fees > Pay.', HANA],
      [96, 'l', 'Does that solve the problem?', HANA],
      [150, 'p', 'yes! paying now'],
      [156, 'l', 'Great. Anything else I can do for you?', HANA],
      [180, 'p', "no that's all"],
      [186, 'l', 'Thanks for chatting, have a good evening!', HANA],
    ],
    over: { provider: { id: 'vic', name: 'Vic', library: 'AACPL' }, queue: 'global', patronLibrary: 'HCLS' },
    exp: usual({ clarify: 'fail', transfer: 'pass' }),
  },
  {
    name: 'transfer to the Spanish-collection librarian: the patron is told, but the internal note is written after the transfer event',
    lines: [
      [0, 'p', 'Is the Spanish-language GED prep book available? For my mother.'],
      [20, 'l', 'Hola / hello! This is Jo, librarian at Riverside County Library.'],
      [28, 'l', 'Would she prefer a print book, or would online practice tests also work for her?'],
      [60, 'p', 'print book please'],
      [68, 'l', 'My colleague Rafael handles our Spanish collection, so I am passing you to him. One moment.'],
      [72, 's', 'Transferred to Rafael', sys('transfer', 'rafa')],
      [75, 'i', 'Rafa: Spanish GED prep book for the patron\'s mom, print.'],
      [100, 'l', 'Hola, soy Rafael, bibliotecario de la colección en español. Hello!', RAFA],
      [108, 'l', "We have 'Preparación para el examen de GED' (McGraw-Hill, 2022) at Central and Arlington, call number SPA 373.126 PRE. You can place a hold at riversidelib.org/catalog.", RAFA],
      [116, 'l', 'Is that the book you had in mind?', RAFA],
      [160, 'p', 'yes thank you'],
      [166, 'l', '¡De nada! Anything else?', RAFA],
      [190, 'p', 'no thats all'],
      [195, 'l', 'Gracias, have a nice day!', RAFA],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- codes, Lost Calls, concurrency, dismissals ---------------------------------------------------------------
  {
    name: 'Lost Call coded right: one question, gone; greeting, check-in, "It looks like you\'ve disconnected; I\'ll end this session now." (no thanks or goodbye)',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [45, 'l', 'Hi, this is Jo with Westbrook Library. Happy to help with museum passes!'],
      [170, 'l', 'Are you still there?'],
      [280, 'l', "It looks like you've disconnected; I'll end this session now."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Lost Call coded wrong: two patron messages, a clarifying question, then "I haven\'t heard back, so I\'m going to close the chat"',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [10, 'p', 'like can i get one taken at the library'],
      [35, 'l', "Hi, thanks for contacting Linden Library! I'm Abby."],
      [42, 'l', 'Which branch were you hoping to visit?'],
      [170, 'l', 'Are you still there?'],
      [290, 'l', "I haven't heard back, so I'm going to close the chat. Feel free to message us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'SMS, code missing: Labor Day closing and the holiday page, "Anything else I can help with?", "Have a great holiday weekend!"',
    lines: [
      [0, 'p', 'r u open on labor day'],
      [12, 'l', 'Hi, Lakeview Library here, this is Sue!'],
      [18, 'l', 'All Lakeview branches are closed Mon Sept 1 for Labor Day and reopen Tues at 9. Holiday closings: lakeviewlib.org/holidays'],
      [30, 'p', 'k thx'],
      [35, 'l', 'Anything else I can help with?'],
      [60, 'p', 'nope'],
      [64, 'l', 'Have a great holiday weekend!'],
    ],
    over: { patron: { name: null, email: null, phone: '+16165550119' }, resolutionCode: null },
    exp: usual({ clarify: 'fail', complete: 'fail', code: 'fail' }),
  },
  {
    name: 'printing from a phone while four chats are open: iPhone or Android?, the Mobile Print page, "Make sense?"',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [15, 'l', 'Hi! Yes you can. This is Mo at Glenwood Library.'],
      [22, 'l', 'Are you on iPhone or Android?'],
      [40, 'p', 'iphone'],
      [48, 'l', 'Use the Mobile Print page: glenwoodlib.org/print. Upload the file, enter your email, then release it at any library printer with your card. B&W is 10 cents a page.'],
      [55, 'l', 'Make sense?'],
      [80, 'p', 'yep'],
      [85, 'l', 'Great, anything else?'],
      [100, 'p', 'no'],
      [104, 'l', 'Thanks, bye!'],
    ],
    ctx: { otherIntervals: busy('jo', 3) },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'WWII draft card found, then more requests: "Chats are capped at 20 minutes and you\'ve used yours, so I have to close this one" (three chats open: fine)',
    lines: [
      [0, 'p', "hi can you help me find my grandfather's WWII draft card"],
      [20, 'l', 'Hello, Jo here at Maple Grove Library!'],
      [28, 'l', 'Do you know his full name and the state he lived in around 1942?'],
      [60, 'p', 'Stanley Mroz, Michigan'],
      [68, 'l', "The WWII draft cards are searchable free on FamilySearch: familysearch.org > Search > Records, collection 'United States World War II Draft Registration Cards, 1942'."],
      [76, 'l', 'Were you able to find him?'],
      [1190, 'p', "yes! took me a while but he's there. now can you find his discharge papers too, and his parents' immigration records, and his marriage license"],
      [1200, 'l', "Chats are capped at 20 minutes and you've used yours, so I have to close this one."],
      [1203, 's', 'Chat ended by librarian', sys('ended')],
    ],
    ctx: { otherIntervals: busy('jo', 2) },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'genealogy with a long list: naturalization answered, then "a few patrons waiting in the queue… please come back later today or tomorrow" and the genealogy desk\'s address',
    lines: [
      [0, 'p', 'hello! I have a LOT of family history questions lol. first one: my great grandmother came from Poland in 1910, how do I find her naturalization papers?'],
      [22, 'l', "Hi! I'm Greta, a genealogy librarian at Cuyahoga Public Library. Love a family history question."],
      [30, 'l', 'Do you know roughly when she naturalized, and which county she lived in?'],
      [75, 'p', 'Cleveland, maybe 1920s?'],
      [83, 'l', "Cuyahoga County naturalizations from then are indexed on FamilySearch (familysearch.org, collection 'Ohio, County Naturalization Records'). There may also be a federal file: the USCIS Genealogy Program can search for it; you can request a search at uscis.gov/records/genealogy."],
      [91, 'l', 'Does that help with the first one?'],
      [130, 'p', 'yes!! ok next: how do I find the ship she came on, and also her marriage record, and also my grandpa\'s baptism in 1915'],
      [140, 'l', "Those are all great, but I have a few patrons waiting in the queue right now, so I'll need to wrap up our chat here. Please come back later today or tomorrow and we'll dig into the ship and the records, or visit our genealogy desk at Main Library, 325 Superior Ave."],
      [170, 'p', 'oh ok, thank you!'],
      [176, 'l', 'Thank you, and happy hunting!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'statewide 24/7 macros on a graduation-rate question: a partial result that says the search goes on counts as a hold; spans of 112 and 110 s',
    lines: [
      [0, 'p', 'I need the graduation rate for Jefferson High School in Louisville for the last 5 years for a school board presentation'],
      [55, 'l', "[Macro] Hello! Thank you for contacting Ask a Librarian. My name is Dev and I am a librarian with the 24/7 reference cooperative. I'm reviewing your question and will be with you shortly."],
      [63, 'l', 'Do you need the four-year graduation rate, or the five-year rate as well?'],
      [100, 'p', '4 year is fine'],
      [108, 'l', 'One moment please while I search for that information.'],
      [220, 'l', "I've found 2023 and 2024 on the Kentucky School Report Card site; I'm still looking for the earlier years."],
      [330, 'l', "Here are all five years: kyschoolreportcard.com > Jefferson County > Jefferson High > Graduation Rate (4-year cohort). The earlier years are under 'Data Sets' on education.ky.gov."],
      [338, 'l', '[Macro] Does this completely answer your question?'],
      [400, 'p', 'yes perfect'],
      [406, 'l', '[Macro] Is there anything else I can help you with today?'],
      [440, 'p', 'no'],
      [446, 'l', '[Macro] Thank you for using Ask a Librarian. Please contact us again if you have further questions. Goodbye!'],
    ],
    over: { queue: 'global', patronLibrary: 'LFPL' },
    exp: usual(),
  },
];

/** The opening of the variants below: a question, then a greeting that says who is answering. */
const HI: Line[] = [
  [0, 'p', 'hi, I have a question about something for a project'],
  [15, 'l', "Hello! I'm Jo, a librarian at Sample County Library."],
];

/**
 * Variants of the phrasings the whole sessions above found (v6 E), and near misses, to show that
 * each fix covers the family and not the one sentence.
 */
const variants: SessionCase[] = [
  // completeness: pointing, explaining, "would these/any of these", "is it working"
  {
    name: 'completeness: "Does this steer you the right way?"',
    lines: [...HI, [30, 'l', 'What grade is the project for?'], [50, 'p', '8th'], [60, 'l', 'Britannica School has a good overview: school.eb.com.'], [66, 'l', 'Does this steer you the right way?']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness: "Would any of these work for your class?" after three titles',
    lines: [...HI, [30, 'l', 'Try Hatchet by Gary Paulsen, Holes by Louis Sachar or Wonder by R. J. Palacio.'], [36, 'l', 'Would any of these work for your class?']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness: "Is it working now?" after the steps',
    lines: [...HI, [30, 'l', 'In Libby tap Menu > Settings > Clear cache, then sign in again.'], [36, 'l', 'Is it working now?']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness near miss: "I can mail you a copy. Would that work?" asks about an offer',
    lines: [...HI, [30, 'l', 'The 1950 city directory is on microfilm here. I can mail you a copy of the page. Would that work?']],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  // the provider's own department in the introduction
  {
    name: 'introduction "Maria, an archivist with the County Archives", a question, then the finding aid',
    lines: [
      [0, 'p', 'do you have records of the old poor farm?'],
      [15, 'l', "Hello, I'm Maria, an archivist with the Carroll County Archives."],
      [22, 'l', 'Are you after admission registers or the buildings themselves?'],
      [50, 'p', 'registers'],
      [58, 'l', 'The registers 1852-1965 are in our Almshouse collection: carrollarchives.org/almshouse.'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: the archives named in a sentence of their own after the introduction is a source',
    lines: [[0, 'p', 'is the 1910 census for the county anywhere?'], [15, 'l', "Hi, I'm Jo at Sample Library. The archives room has the 1910 county census on microfilm."]],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  // a referral to a name with its contact; "Legal Aid" without one
  {
    name: 'referral: "email Heritage Frederick at info@heritagefrederick.org"',
    lines: [...HI, [30, 'l', 'For the house files, email Heritage Frederick at info@heritagefrederick.org.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'referral: "you can call Bread for the City at 202-555-0110"',
    lines: [...HI, [30, 'l', 'For free groceries this week you can call Bread for the City at 202-555-0110.']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral without contact: "Please call Legal Aid."',
    lines: [...HI, [30, 'l', 'I cannot tell you whether to sign it. Please call Legal Aid before you do.']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'formal conditional: "Should you require the originals, the Reading Room staff can be reached at…"',
    lines: [...HI, [30, 'l', 'The letters are digitised at digital.sample.edu. Should you require the originals, the Reading Room staff can be reached at reading@sample.edu.']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral: "schedule an appointment at a passport facility near you" with the USPS locator',
    lines: [...HI, [30, 'l', 'You will need to schedule an appointment at a passport facility near you: usps.com/passport has the locator.']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral: "you can request a free tutor through HelpNow at sample.org/tutor"',
    lines: [...HI, [30, 'l', 'Evenings, you can request a free tutor through HelpNow at sample.org/tutor.']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'referral with a postal address on a Turnpike: "visit the Law Library, 301 Jersey Turnpike"',
    lines: [...HI, [30, 'l', 'For the forms in print, visit the County Law Library, 301 Jersey Turnpike, Suite 2.']],
    exp: some({ referral: 'pass' }),
  },
  // the patron's own contact read back
  {
    name: 'follow-up: "Is 410-555-2133 still a good number for you?" is the patron\'s contact, not a source or a clarifying question',
    lines: [
      [0, 'p', 'can you find the 1962 school board minutes about the new high school?'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library."],
      [25, 'l', "They aren't online. I'll check the bound volumes and call you by Friday. Is 410-555-2133 still a good number for you?"],
      [60, 'p', 'yes'],
      [65, 'l', 'Great, talk to you Friday!'],
    ],
    over: { patron: { name: null, email: null, phone: '410-555-2133' }, resolutionCode: 'Follow-up by me' },
    exp: some({ clarify: 'fail', source: 'fail', code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "What part of town is your address in?" asks where the patron lives (residence shapes the answer): a clarifying question',
    lines: [...HI, [30, 'l', 'What part of town is your address in? Then I can tell you the closest branch.'], [60, 'p', 'north side'], [66, 'l', 'Northgate is closest: sample.org/northgate.']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // goodbyes and dismissals
  {
    name: 'courteous: "Have a fabulous weekend!"',
    lines: [...HI, [30, 'l', 'Our hours are at sample.org/hours.'], [40, 'p', 'ok'], [45, 'l', 'Have a fabulous weekend!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'dismissal: "Each chat is capped at 15 minutes, so I\'ll have to end here."',
    lines: [...HI, [30, 'l', 'Ancestry Library Edition is at sample.org/ancestry.'], [900, 'p', 'and can you look up two more names?'], [910, 'l', "Each chat is capped at 15 minutes, so I'll have to end here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'dismissal: "you\'ve used up your time for today"',
    lines: [...HI, [30, 'l', 'Try JSTOR at jstor.org.'], [60, 'p', 'one more thing?'], [66, 'l', "Sorry, you've used up your time for today."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "Computer sessions are capped at 60 minutes a day" describes the computers, no dismissal',
    lines: [...HI, [30, 'l', 'Yes, Central has public computers: sample.org/computers. Computer sessions are capped at 60 minutes a day.'], [40, 'l', 'Anything else?'], [60, 'p', 'no thanks'], [65, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
];

describe('sixth round (E): every case lists all 17 checks', () => {
  it.each(cases)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixth round (E): whole sessions, every check', cases);
describeSessions('sixth round (E): variants of the v6 phrasings, and near misses', variants);
