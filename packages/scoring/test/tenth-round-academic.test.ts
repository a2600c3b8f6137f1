/**
 * Tenth round, area (Z1): ACADEMIC, LAW, MEDICAL AND GOVERNMENT-INFORMATION LIBRARIES. University and college
 * libraries (undergraduates, graduate students, faculty), law libraries (self-represented litigants, statutes,
 * case law, court forms; the provider may not give legal advice), health-science and hospital libraries (patients
 * and clinicians; no medical advice), state and federal government documents (census, statutes, regulations,
 * agency reports, FOIA). Database searching taught step by step (PubMed, CINAHL, Westlaw, Lexis, JSTOR,
 * ProQuest, HeinOnline, the catalog), citation help (APA, MLA, Chicago, Bluebook), interlibrary loan and document
 * delivery, subject-librarian consultations (offered to the patron to book = a referral; promised to contact the
 * patron = a follow-up), embargoed articles, off-campus access and proxy problems, thesis and dissertation help.
 * Formal, dense providers who paste long search strings and citations; referrals to the writing centre, the IT
 * help desk, a court's self-help centre, a lawyer referral service or a clinician, with and without a contact.
 * Near misses: a database named with no way to reach it, "ask your professor", "I can't give legal advice".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running anything. Readings taken where the
 * text leaves room (each case that depends on one says so):
 *  - a database named without a URL is "a named resource (a database, ...)", so it IS a source; only an
 *    organisation or app named without a way to reach it is not;
 *  - "ask your professor / your doctor / a lawyer" tells the patron to ask a person outside the chat, so it is a
 *    referral (Terms: "contact or visit a person ... (call, write to, ask or visit them)"), and with no e-mail,
 *    phone, address or URL referral.contact fails, even if the patron surely knows how to reach their own doctor;
 *  - "I can't give legal/medical advice" is a refusal on policy, not help ended for the provider's convenience:
 *    no_dismissal passes when the chat goes on or the patron is pointed elsewhere;
 *  - telling the patron to submit a FOIA request to an agency is telling them to write to it: a referral;
 *  - a staff member the provider consults ("I checked with our law librarian") is no referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs);
 * the short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with
 * the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, who, sys, other, type Key, type St, at, FU_ME, FU_LIB, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const NIA = who('Nia Okoro', 'nia');
const BEN = who('Ben Adler (Law Library)', 'ben');
const LAW = who('Law Reference', 'lawref');

export const whole: SessionCase[] = [
  // ---- database searching taught step by step ----------------------------------------------------------------------
  {
    name: 'nursing student, CINAHL taught step by step with a pasted search string; clarified by population; usual',
    lines: [
      [0, 'p', 'hi i need 5 peer reviewed articles on fall prevention for my nursing capstone, due friday. im kind of lost'],
      [28, 'l', "Hi! I'm Marisol, the nursing librarian at Hartwell University Library. Happy to help. Is your population older adults in hospitals, or in long-term care / at home?"],
      [70, 'p', 'hospital, like med surg units'],
      [74, 'p', 'adults 65+'],
      [80, 'l', 'Great, that narrows it nicely. CINAHL is the best place for this. Go to library.hartwell.edu > Databases A-Z > CINAHL Complete, and paste this into the first box:'],
      [86, 'l', '("accidental falls"[MH] OR fall*) AND (prevent* OR "fall prevention") AND (hospital* OR "medical-surgical" OR inpatient*)'],
      [95, 'l', 'Then on the left tick "Peer Reviewed", set the date slider to 2019-2025, and under Age choose "Aged: 65+ years". You should get about 200 results.'],
      [150, 'p', 'ok i got 212'],
      [156, 'l', 'Perfect. Does that give you a set you can pick your five from?'],
      [190, 'p', 'yes!! omg so much better than google scholar'],
      [196, 'l', 'Glad to hear it. Anything else you need for the capstone?'],
      [230, 'p', 'nope thats it thank u'],
      [235, 'l', 'You are welcome, good luck Friday! Come back anytime.'],
    ],
    exp: usual(),
  },
  {
    name: 'clinician, PubMed string built with MeSH, provider formal and dense; a database named with no URL (PubMed) is a source (reading); usual',
    lines: [
      [0, 'p', 'Need recent RCTs on early mobilisation after hip fracture surgery. Ortho resident, journal club tmrw.'],
      [20, 'l', 'Good afternoon, Dr. Aziz. This is Nia Okoro, clinical librarian, St. Brendan Medical Library. Are you interested in mortality, length of stay, or functional outcomes?', NIA],
      [55, 'p', 'functional outcomes mostly'],
      [62, 'l', 'Understood. Running it in PubMed now.', NIA],
      [150, 'l', 'In PubMed, use: ("Hip Fractures"[Mesh] AND ("Early Ambulation"[Mesh] OR "early mobili*"[tiab])) AND (randomized controlled trial[pt]) AND ("functional recovery"[tiab] OR "Activities of Daily Living"[Mesh]). Filter 2020-2025: 23 records. The two most cited are Kuru 2023 (Clin Rehabil) and Oldmeadow 2021 (ANZ J Surg).', NIA],
      [158, 'l', 'Is that the kind of evidence you need for journal club?', NIA],
      [200, 'p', 'Exactly. Thanks, that is all.'],
      [205, 'l', 'My pleasure. Good luck tomorrow.', NIA],
    ],
    over: { provider: { id: 'nia', name: 'Nia Okoro', library: 'SBMC' } },
    exp: usual(),
  },
  {
    name: 'Westlaw taught step by step to a 1L with holds every minute or so (keep_informed passes); usual',
    lines: [
      [0, 'p', 'hey how do i find cases that cite a specific statute section on westlaw? 42 usc 1983, qualified immunity, 9th cir only'],
      [15, 'l', 'Hi, this is Ben at the Gallagher Law Library reference desk. Do you want only published opinions, or unpublished too?', BEN],
      [40, 'p', 'published'],
      [45, 'l', 'Ok, let me pull it up so I can walk you through it.', BEN],
      [140, 'l', 'Still here, building the search: nearly there.', BEN],
      [230, 'l', '1) In Westlaw (lib.law.uwash.example/westlaw, sign in with your law school OnePass), type 42 USC 1983 and open the statute. 2) Click "Citing References" > Cases. 3) Left panel: Jurisdiction = 9th Circuit, Reported status = Reported. 4) "Search within results": "qualified immunity".', BEN],
      [236, 'l', 'Does that get you the list you need?', BEN],
      [300, 'p', 'yep 400ish cases. ok thats everything thx'],
      [304, 'l', 'Good luck with the memo!', BEN],
    ],
    over: { provider: { id: 'ben', name: 'Ben Adler', library: 'UWLAW' } },
    exp: usual(),
  },
  {
    name: 'government documents: ACS table walked through on data.census.gov; patron takes her time (waits on the patron do not count); usual',
    lines: [
      [0, 'p', 'Good morning, I am writing a grant and need median household income for Lane County OR, most recent year'],
      [25, 'l', 'Good morning! This is Priya with the Government Information desk at Knight Library, University of Oregon. Do you need the 1-year or 5-year estimate? Funders often ask for the 5-year one.'],
      [300, 'p', 'sorry, had to check. the funder says 5-year'],
      [310, 'l', 'Go to data.census.gov, search "B19013 Lane County Oregon", open table B19013, and choose "2023: ACS 5-Year Estimates Detailed Tables" in the product drop-down. The figure is in the Estimate column with its margin of error next to it.'],
      [318, 'l', 'Did you find it?'],
      [480, 'p', 'found it, 66,000 something. perfect'],
      [484, 'p', "that's all I needed"],
      [490, 'l', 'Thank you for using the Gov Info desk, good luck with the grant!'],
    ],
    exp: usual(),
  },
  {
    name: 'federal regulations: the provider answers with the eCFR link at once, no question before it: clarify fails',
    lines: [
      [0, 'p', 'where can I read the current OSHA rule on respirators'],
      [30, 'l', 'Hi, Federal Depository Library at Ridgeview College, this is Ray.'],
      [36, 'l', "It's 29 CFR 1910.134. Current text: ecfr.gov/current/title-29/section-1910.134. Appendix A has the fit-test protocols."],
      [42, 'l', 'Is that the rule you were after?'],
      [80, 'p', 'yes, that one. thanks'],
      [84, 'l', 'Anything else today?'],
      [110, 'p', 'no'],
      [113, 'l', 'Take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'HeinOnline named with no URL as the only source for the Serial Set (a database is a named resource: source passes, reading)',
    lines: [
      [0, 'p', 'Im looking for a congressional report from 1887 about the Dawes Act, the faculty member said its in the Serial Set?'],
      [40, 'l', "Hi there, I'm Lou, a government documents librarian at Tallgrass State. Do you know if it was a House or Senate report?"],
      [90, 'p', 'no idea sorry'],
      [96, 'l', "No problem. Search the U.S. Congressional Serial Set in HeinOnline for \"Dawes\" limited to 1886-1887; the Senate report on the allotment bill comes up first."],
      [102, 'l', 'Does that point you in the right direction?'],
      [140, 'p', 'yes ill try that. thats all for now'],
      [146, 'l', 'Great, thanks for asking us!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: only an agency is named ("the state health department publishes those") with no way to reach it: no source; no referral (not told to contact it)',
    lines: [
      [0, 'p', 'hi where can i find overdose death numbers by county for arizona'],
      [20, 'l', 'Hello! Sam here, librarian at the Arizona Health Sciences Library. Which years do you need?'],
      [50, 'p', '2020 to now'],
      [58, 'l', 'The state health department publishes those numbers by county every year, and they update them quarterly.'],
      [64, 'l', 'Does that answer your question?'],
      [100, 'p', 'ok i guess. bye'],
      [104, 'l', 'Anything else I can help with?'],
      [130, 'p', 'no'],
      [133, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ source: 'fail' }),
  },

  // ---- law libraries: no legal advice --------------------------------------------------------------------------------
  {
    name: 'self-represented tenant: "I can\'t give legal advice" then the court self-help center with a phone: referral passes, no dismissal',
    lines: [
      [0, 'p', 'my landlord filed eviction and i have a hearing in 10 days what do i say to the judge'],
      [30, 'l', "Hi, this is Dee at the Multnomah County Law Library. I'm sorry you're going through this. Which court is the case in: circuit court here in Portland?"],
      [70, 'p', 'yes multnomah circuit'],
      [80, 'l', "I can't give legal advice or tell you what to say, but I can show you where to find the forms and the law. The Answer form for residential evictions is at courts.oregon.gov/forms (Landlord/Tenant > Answer)."],
      [88, 'l', 'For help with what to say at the hearing, the court\'s Family & Self-Help Center can go over it with you: call 503-555-0177 or stop by room 210 of the courthouse.'],
      [96, 'l', 'Does that help you get started?'],
      [150, 'p', 'yes thank you so much'],
      [152, 'p', 'thats all'],
      [158, 'l', 'Good luck at the hearing. You can chat with us again anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '"you should talk to a lawyer" with no contact at all: referral fails (the statute link is a source)',
    lines: [
      [0, 'p', 'Is it legal in Texas for my employer to not pay out my vacation when I quit??'],
      [18, 'l', 'Hello, Texas State Law Library, Kim speaking. Did you have a written vacation policy from the employer?'],
      [60, 'p', 'yes in the handbook'],
      [66, 'l', 'Texas Payday Law treats vacation pay according to the written policy: see Texas Labor Code 61.001 at statutes.capitol.texas.gov (Labor Code, chapter 61), and the TWC page on it at twc.texas.gov/jobseekers/vacation-pay.'],
      [72, 'l', "Whether your handbook's wording entitles you to it is a legal question, so you should talk to a lawyer about it."],
      [78, 'l', 'Does that help?'],
      [120, 'p', 'kinda. ok thanks'],
      [125, 'l', 'Is there anything else I can help you with?'],
      [160, 'p', 'no'],
      [164, 'l', 'Thanks for contacting the Law Library. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'lawyer referral service with URL and phone after "I\'m not able to advise"; the bar\'s page is a referral with contact',
    lines: [
      [0, 'p', 'Good evening. My father died without a will in California and my brother is living in the house. What are my rights?'],
      [45, 'l', 'Good evening, and I am sorry for your loss. This is Rafael, a reference librarian at the Sacramento County Public Law Library. Is the estate in probate yet?'],
      [90, 'p', 'No. Nobody has filed anything.'],
      [100, 'l', "I'm not able to advise you on your rights, but I can point you to what the law says and to people who can. Intestate succession is in Probate Code 6400-6414 (leginfo.legislature.ca.gov). The Judicial Council's self-help guide on it is at selfhelp.courts.ca.gov/probate."],
      [108, 'l', 'To talk it through with an attorney, the Sacramento County Bar Lawyer Referral Service offers a 30-minute consult for $50: sacbar.org/lrs or 916-555-0101.'],
      [114, 'l', 'Does that give you enough to take the next step?'],
      [170, 'p', 'Yes, very helpful. That is everything, thank you.'],
      [176, 'l', 'You are very welcome. Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'dismissal: a law-library provider ends the chat because "we only do one question per chat" with no way back: no_dismissal fails',
    lines: [
      [0, 'p', 'how do I file a small claims case in Cook County'],
      [25, 'l', 'Hi, Cook County Law Library chat, this is Pat. Is the amount under $10,000?'],
      [50, 'p', 'yes its 2500'],
      [55, 'l', 'The small claims complaint form is at cookcountyclerkofcourt.org/forms (Civil > Small Claims). File it online through eFileIL.'],
      [61, 'l', 'Does that answer your question?'],
      [100, 'p', 'yes. also how do i serve the guy'],
      [106, 'l', "Sorry, we only do one question per chat and I've already answered yours. I'm ending the chat now."],
      [110, 'l', 'Bye.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },

  // ---- medical libraries: no medical advice --------------------------------------------------------------------------
  {
    name: 'patient asks about a dose; "ask your doctor or pharmacist" with no contact: referral fails (reading: a person the patron is told to ask)',
    lines: [
      [0, 'p', 'hi can i take ibuprofen with my blood pressure med lisinopril. its for my back'],
      [30, 'l', "Hello, you're chatting with Joanne, a librarian at the Consumer Health Library, Mercy Regional. I can't give medical advice, but I can find reliable information for you. Is it for you or someone else?"],
      [70, 'p', 'me'],
      [76, 'l', 'MedlinePlus has the drug information for both: medlineplus.gov/druginfo/meds/a692051.html (lisinopril) lists NSAIDs like ibuprofen under the drugs to mention before taking it.'],
      [82, 'l', 'Please ask your doctor or pharmacist before combining them.'],
      [88, 'l', 'Was that the information you were looking for?'],
      [130, 'p', 'yes, ok ill ask. thanks thats all'],
      [135, 'l', 'Take care, and thank you for contacting us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'hospital: consult with the clinical informationist offered with a booking URL (own library\'s specialist, patron told to book): referral passes',
    lines: [
      [0, 'p', 'I am a CNS starting an evidence-based practice project on CAUTI bundles. Where do I even begin with the lit search?'],
      [40, 'l', 'Hello! Medical Library at Riverside Health, Greta speaking. Welcome. Is this for a unit practice change or for publication?'],
      [90, 'p', 'unit practice change, maybe a poster later'],
      [100, 'l', 'Start with the Cochrane Library and the CDC CAUTI guideline (cdc.gov/infection-control/hcp/cauti). Both are linked from our intranet page, library.riversidehealth.org > Evidence.'],
      [106, 'l', 'For a full search, book a consult with our clinical informationist, Dr. Mehta: library.riversidehealth.org/consult. She builds the strategies for EBP projects.'],
      [112, 'l', 'Does that help you get going?'],
      [160, 'p', 'It does. Thank you, nothing else for now.'],
      [165, 'l', "You're welcome, have a good shift!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'busy medical library: "several patrons are waiting, please come back or e-mail us" passes no_dismissal; our own e-mail is no referral',
    lines: [
      [0, 'p', 'do you have access to UpToDate from home? and also the Harriet Lane handbook?'],
      [25, 'l', 'Hi! Health Sciences Library at Northgate University, Tom here. Are you a student or hospital staff?'],
      [55, 'p', 'pgy1 peds'],
      [60, 'l', 'UpToDate works off-site once you register inside the hospital network: uptodate.com > Register, then use the app. Harriet Lane 23rd ed. is in ClinicalKey at hsl.northgate.edu/clinicalkey.'],
      [66, 'l', 'Does that cover it?'],
      [100, 'p', 'yes. one more, how do i get the NEJM archive'],
      [108, 'l', 'I have several patrons waiting, so I need to wrap up here, but please come back to the chat anytime or e-mail us at hslref@northgate.edu.'],
      [114, 'l', 'Thanks for your patience!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- interlibrary loan, document delivery, embargoes and follow-ups ---------------------------------------------------
  {
    name: 'ILL: article not held, provider places the request and promises the PDF "by Thursday" to the e-mail the patron typed; recorded 30 h later: on_time passes',
    lines: [
      [0, 'p', 'can u get me this article? Okafor, C. (2018). Land tenure and cocoa farming in Ghana. J of Agrarian Change 18(3), 512-530'],
      [24, 'l', 'Hi, this is Nia from Document Delivery at Brookfield University Libraries. Do you need the whole article or just some pages?', NIA],
      [60, 'p', 'whole thing pls'],
      [66, 'l', 'We only have that journal up to 2016, so let me place an interlibrary loan request for you. One sec.', NIA],
      [140, 'l', 'Request placed (ILL #77120). What e-mail should the PDF go to?', NIA],
      [170, 'p', 'k.mensah@brookfield.edu'],
      [176, 'l', "Thanks, k.mensah@brookfield.edu it is. I'll e-mail you the PDF by Thursday; you can also watch the status at ill.brookfield.edu.", NIA],
      [182, 'l', 'Does that work for you?', NIA],
      [220, 'p', 'yes perfect thats all'],
      [225, 'l', 'Great, thanks for using Ask a Librarian!', NIA],
    ],
    over: { ...FU_ME, provider: { id: 'nia', name: 'Nia Okoro', library: 'BRK' }, followUps: [{ doneAt: at(225 + 30 * 3600), by: 'nia', note: 'PDF sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'subject librarian "will e-mail you within two business days" (a promise: follow-up session) but the code is Answered: resolution.code fails',
    lines: [
      [0, 'p', 'hi im a new PhD student in linguistics and need to set up a systematic search for code switching in heritage speakers'],
      [40, 'l', 'Welcome! This is Alex, a reference librarian at Eastvale University Library. Which databases have you tried so far?'],
      [80, 'p', 'just LLBA and google scholar'],
      [88, 'l', 'LLBA is the right start; add MLA International Bibliography and ERIC (both under library.eastvale.edu/az). Put the heritage-speaker terms in one block and the code-switching terms in another, joined with AND.'],
      [96, 'l', 'Is that a helpful start?'],
      [130, 'p', 'yes but i want to do it properly'],
      [136, 'l', 'Then our linguistics librarian, Dr. Ha, is the person: I will ask her to e-mail you within two business days to set up a consultation. Is jkim22@eastvale.edu still the best address?'],
      [170, 'p', 'yes that one'],
      [174, 'p', 'thats all, thanks!'],
      [180, 'l', 'Thanks for chatting, and welcome to Eastvale!'],
    ],
    exp: followed({ code: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library: the law library will call the patron "by Monday" at the phone given in chat; FU_LIB',
    lines: [
      [0, 'p', 'I need a copy of the 1978 version of the Oklahoma statute on mechanics liens, 42 O.S. 141, for a case'],
      [30, 'l', "Hi, I'm Jordan, a librarian with the AskOK statewide chat. Is this for a court filing with a deadline?"],
      [80, 'p', 'hearing is in 2 weeks'],
      [90, 'l', "Older statute versions are in print at the Oklahoma County Law Library. I've passed your request to them; they will call you by Monday to arrange a scan. What's the best number?"],
      [130, 'p', '405-555-0163'],
      [134, 'l', '405-555-0163, got it. Meanwhile the current text is on oscn.net (Statutes > Title 42 > 141) if it helps to compare.'],
      [140, 'l', 'Does that cover what you need for now?'],
      [190, 'p', 'yes thats everything thank you'],
      [195, 'l', 'You are welcome, good luck at the hearing.'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    name: 'follow-up promised with a time, but the e-mail is only in the patron fields and never mentioned: contact fails (code passes: a contact is known)',
    lines: [
      [0, 'p', "Can you tell me if Smith's 1998 dissertation from your school is available? Title: Memory and Migration in Cape Verdean Music."],
      [35, 'l', 'Hello, Special Collections & Archives at Lowell Technological University, Fern speaking. Do you need the whole dissertation or a chapter?'],
      [80, 'p', 'the whole thing ideally'],
      [88, 'l', "It's not in ProQuest Dissertations, but we have the bound copy in the University Archives (catalog record: library.ltu.edu/record/998112). I will check whether we can scan it under our policy and get back to you by Friday."],
      [96, 'l', 'Does that sound ok?'],
      [140, 'p', 'Yes, that is all I needed. Thank you.'],
      [146, 'l', 'Thank you for contacting the Archives!'],
    ],
    over: { ...FU_ME, patron: { name: 'D. Smith', email: 'dsmith@example.org', phone: null } },
    exp: followed({ contact: 'fail' }),
  },
  {
    name: 'embargoed article: 12-month embargo in ProQuest explained, ILL form given by URL; usual',
    lines: [
      [0, 'p', 'why does proquest say "full text available after 03/2027" for an article from last month? i need it now'],
      [20, 'l', 'Hi there, this is Kai at Westbrook Community College Library. Which journal is it in?'],
      [45, 'p', 'Journal of Criminal Justice Education'],
      [52, 'l', 'That journal has a 12-month embargo in ProQuest: the publisher holds back new issues. You can still get it fast through interlibrary loan: fill in the article form at westbrook.edu/library/ill and it usually arrives in 1-2 days.'],
      [58, 'l', 'Would that work for your deadline?'],
      [100, 'p', 'yes thats fine, nothing else, thanks!'],
      [104, 'l', 'You\'re welcome, take care!'],
    ],
    exp: usual(),
  },

  // ---- off-campus access, proxy, IT --------------------------------------------------------------------------------------
  {
    name: 'off-campus proxy loop: cookies and the proxy bookmarklet, then the IT help desk with a phone: referral passes',
    lines: [
      [0, 'p', 'every time i click a database link from home it sends me back to the login page over and over'],
      [18, 'l', 'Hi! This is Sam at Carver University Library. Sorry about that. Which browser are you on, and are you on the campus VPN?'],
      [50, 'p', 'chrome and no vpn'],
      [56, 'l', 'That loop is usually an old cookie. Clear cookies for carver.edu, then start from library.carver.edu/databases rather than a saved link (saved links skip the proxy).'],
      [62, 'l', 'If it still loops after that, your NetID may need a reset: call the IT Help Desk at 404-555-0190 or open a ticket at help.carver.edu.'],
      [68, 'l', 'Did clearing the cookies fix it?'],
      [140, 'p', 'yes it works now!!'],
      [142, 'p', 'thats all thanks'],
      [146, 'l', 'Awesome, glad it works. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- citation help, writing centre, professors --------------------------------------------------------------------------
  {
    name: 'APA 7 help, then the writing centre with its booking URL: referral passes; the patron says on her own she is done',
    lines: [
      [0, 'p', 'How do I cite a youtube video in APA 7? also my reference list looks weird'],
      [25, 'l', "Hi! I'm Ruth, a librarian at Fairhaven College. Is the video from an organisation's channel or a person's?"],
      [60, 'p', 'a TED talk'],
      [66, 'l', 'Format: TED. (2019, May 3). Title of talk [Video]. YouTube. https://youtube.com/... . Our APA guide has more examples: libguides.fairhaven.edu/apa#video.'],
      [72, 'l', 'For the layout of the whole reference list, the Writing Center can go through it with you: book at fairhaven.edu/writingcenter.'],
      [78, 'l', 'Does that help with the video one?'],
      [120, 'p', 'yes. thats everything i needed, thanks!'],
      [124, 'l', 'Good luck with the paper!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'MLA citation formatted for the patron with no resource named at all: source fails; the completeness question after the answer still passes',
    lines: [
      [0, 'p', 'can u check my MLA citation: Morrison, Toni. beloved, Knopf 1987'],
      [30, 'l', "Hi, this is Lena at Ask a Librarian, Clearwater State. Is this the print book or an e-book you used?"],
      [60, 'p', 'print'],
      [66, 'l', 'Then it should read: Morrison, Toni. Beloved. Knopf, 1987. The title goes in italics, and the publisher is followed by a comma and the year.'],
      [72, 'l', 'Does that look right to you now?'],
      [110, 'p', 'yes ty'],
      [114, 'l', 'Anything else I can help with?'],
      [140, 'p', 'nope'],
      [144, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: '"check with your professor" whether a source is allowed: a person the patron is told to ask, no contact: referral fails (reading)',
    lines: [
      [0, 'p', 'is wikipedia ok to use for my sociology paper? and if not where do i find something better'],
      [20, 'l', 'Hey! Marco here, a librarian at Bayview Community College. What is the paper about?'],
      [50, 'p', 'gentrification in oakland'],
      [58, 'l', 'Try SocINDEX (library.bayview.edu > Databases > SocINDEX) with: gentrification AND Oakland. Tick "Scholarly (Peer Reviewed) Journals".'],
      [64, 'l', "Whether Wikipedia is allowed depends on the assignment, so check with your professor on that."],
      [70, 'l', 'Did the SocINDEX search give you some articles?'],
      [130, 'p', 'yes 30 something. thats all i need thx'],
      [134, 'l', 'Great, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- thesis and dissertation ---------------------------------------------------------------------------------------------
  {
    name: 'dissertations search (ProQuest Dissertations & Theses via the A-Z list) for a doctoral student; pickup at 75 s fails',
    lines: [
      [0, 'p', 'Hi, I am writing my lit review chapter and my committee wants me to include relevant dissertations. How do I find them?'],
      [75, 'l', 'Hello, and sorry for the wait! This is Ivy, the education librarian at Kessler University. What is your dissertation topic?'],
      [120, 'p', 'teacher retention in rural schools'],
      [130, 'l', 'Use ProQuest Dissertations & Theses Global: library.kessler.edu/az > P > ProQuest Dissertations & Theses Global. Search: (teacher* N3 retention OR attrition) AND rural. Limit Manuscript type to Doctoral dissertations.'],
      [138, 'l', 'Is that what you needed?'],
      [200, 'p', 'Yes, exactly. That is all for today. Thank you!'],
      [205, 'l', 'You are welcome! Good luck with the chapter.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'thesis formatting: the graduate school\'s thesis office named with an e-mail; no completeness question: completeness fails',
    lines: [
      [0, 'p', 'what margins does the grad school want for the masters thesis? my advisor says 1.5 left'],
      [28, 'l', 'Hi, Graduate Research Services at Olmstead University Library, this is Pete. Are you submitting electronically this term?'],
      [60, 'p', 'yes in april'],
      [66, 'l', "The Thesis & Dissertation Manual (grad.olmstead.edu/etd-manual, section 3.2) says 1 inch on all sides for electronic submission; the 1.5 inch left margin was for bound copies. For a format check before you submit, e-mail the Thesis Office at etd@olmstead.edu."],
      [120, 'p', 'oh good to know. ok thats all thanks'],
      [124, 'l', 'Good luck with the thesis!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },

  // ---- government information: FOIA, statutes, agency reports -----------------------------------------------------------
  {
    name: 'FOIA: patron told to submit a request to the FBI through its eFOIA portal (writing to an agency = a referral) with the URL: referral passes',
    lines: [
      [0, 'p', 'my grandfather was a union organizer in the 50s, how can I get his FBI file if there is one'],
      [30, 'l', 'Hello, this is Gwen at the Government Information Center, Lakeshore State University. Is he deceased, and do you have proof of that?'],
      [80, 'p', 'yes he died in 1994, i have the death certificate'],
      [90, 'l', 'Good, that matters: the FBI only releases files on the deceased with proof of death. Submit a FOIA request to the FBI at efoia.fbi.gov and attach the death certificate. First check the FBI Vault (vault.fbi.gov) in case his file is already released.'],
      [98, 'l', 'Does that give you what you need to start?'],
      [150, 'p', 'yes. thank you, that is all'],
      [156, 'l', 'You are welcome, good luck with the search!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'CRS reports and a GAO report for a faculty member, terse; partial result "found the 2019 one, still digging for 2021" is a hold and the chain of holds passes',
    lines: [
      [0, 'p', 'Prof. Lindqvist here. I need the CRS reports on PFAS regulation, 2019 and 2021 editions.'],
      [30, 'l', 'Good afternoon Professor. Hal, Government Documents librarian, Wexford University Library. Do you need the versions as issued or the latest updates?'],
      [60, 'p', 'as issued'],
      [66, 'l', 'One moment while I search.'],
      [160, 'l', 'Found the 2019 one: R45793 at crsreports.congress.gov/product/pdf/R/R45793 (version 1). Still digging for 2021.'],
      [255, 'l', 'The 2021 edition is R45986 (same site, version 3 is the one issued in March 2021). GAO-21-37 on PFAS cleanup is also relevant: gao.gov/products/gao-21-37.'],
      [262, 'l', 'Does that cover what you needed?'],
      [300, 'p', 'It does. Nothing further.'],
      [304, 'l', 'Thank you, Professor. Good day.'],
    ],
    exp: usual(),
  },
  {
    name: 'state statute for a self-represented parent; the provider "checked with our law librarian" (staff consulted, no referral); usual',
    lines: [
      [0, 'p', 'where is the law in Minnesota about how much child support you pay'],
      [25, 'l', 'Hi! This is Tess with AskMN, a librarian at Hennepin County Library. Are you looking for the law itself or a calculator?'],
      [60, 'p', 'the law i guess but a calculator too'],
      [66, 'l', 'Let me check with our law librarian, one moment.'],
      [150, 'l', 'I checked with our law librarian: the guidelines are Minnesota Statutes 518A.35 (revisor.mn.gov/statutes/cite/518A.35), and the official calculator is at childsupportcalculator.dhs.state.mn.us.'],
      [156, 'l', 'Does that help?'],
      [200, 'p', 'yes!! thats all i needed thank you'],
      [205, 'l', 'You\'re welcome, take care!'],
    ],
    exp: usual(),
  },

  // ---- final idles -----------------------------------------------------------------------------------------------------
  {
    name: 'patron vanishes after a PubMed answer: check-in at 130 s and a goodbye-disconnect notice at 200 s; never asked anything else',
    lines: [
      [0, 'p', 'how do i limit pubmed to free full text'],
      [20, 'l', 'Hi, this is Owen at the Health Sciences Library, Bellamy University. Are you on the new PubMed interface?'],
      [50, 'p', 'i think so'],
      [56, 'l', 'On pubmed.ncbi.nlm.nih.gov, run your search, then tick "Free full text" under Text availability on the left. Did that work?'],
      [186, 'l', 'Are you still with me?'],
      [256, 'l', "It seems you've disconnected, so I'll close this chat. Thanks for using Ask a Librarian, come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'patron vanishes during a CINAHL walk-through: "Hello?? still there?" at 125 s, the session just ends at 220 s with no notice and no goodbye',
    lines: [
      [0, 'p', 'i need qualitative studies on nurse burnout for my DNP project'],
      [30, 'l', 'Hello! Beth, health sciences librarian at Carrington University. Any particular setting, like ICU or ED?'],
      [70, 'p', 'ICU'],
      [80, 'l', 'In CINAHL (library.carrington.edu/cinahl) search: burnout AND (nurs*) AND ("intensive care" OR ICU), then under Clinical Queries choose "Qualitative - High Sensitivity". Does that give you a good set?'],
      [205, 'l', 'Hello?? still there?'],
    ],
    over: { endAfter: 95 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- transfers -------------------------------------------------------------------------------------------------------
  {
    name: 'general chat to the law library: internal note says why, patron told: handoff passes; the receiver answers 95 s after the transfer',
    lines: [
      [0, 'p', 'Hi. I am representing myself in a divorce in Maricopa County and need the form for the financial affidavit'],
      [22, 'l', 'Hello, this is Chris with Ask a Librarian at Arizona State University Libraries. Our law library handles court forms questions, so I will transfer you to them now. Please hold on.'],
      [26, 'i', 'Law ref: self-represented patron, Maricopa divorce, needs the Affidavit of Financial Information form. Court forms = yours.', { to: 'lawref' }],
      [30, 's', 'Chat transferred to Law Reference', sys('transfer', 'lawref')],
      [125, 'l', "Hi, law reference here, Ross Law Library. The Affidavit of Financial Information is on the Maricopa Superior Court's Law Library Resource Center: superiorcourt.maricopa.gov/llrc > Family > Forms. I can't tell you how to fill it out, but the instructions are in the same packet. Are you the petitioner or the respondent?", LAW],
      [170, 'p', 'respondent'],
      [176, 'l', 'Then use the Respondent version (DRDA12f). Did you find it?', LAW],
      [230, 'p', 'yes got it. thats everything, thank you'],
      [236, 'l', 'Good luck, and thanks for using Ask a Librarian.', LAW],
    ],
    // clarify: the only question before the first source ("Are you the petitioner...") comes in the same message as
    // it; the Maricopa question is the patron's. Chris asks nothing: clarify fails (no question before the source)
    exp: usual({ clarify: 'fail', transfer: 'pass' }),
  },
  {
    name: 'transfer to the medical library without an internal note (only the system line): handoff fails',
    lines: [
      [0, 'p', 'hello do you have the journal Pediatric Dentistry online? im a dental hygiene student'],
      [25, 'l', 'Hi! Jo at Westfield College Library here. That one is held by our health sciences library, transferring you now, one moment.'],
      [30, 's', 'Chat transferred to Nia Okoro', sys('transfer', 'nia')],
      [100, 'l', "Hello, I'm Nia at the Westfield Health Sciences Library. Which years do you need?", NIA],
      [130, 'p', '2020-2024'],
      [136, 'l', 'We have it 2012-present in the AAPD online collection: hsl.westfield.edu/ejournals > Pediatric Dentistry. Can you open it?', NIA],
      [180, 'p', 'yes it opens. thats all thx'],
      [185, 'l', 'Great, bye now!', NIA],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- opening, concurrency --------------------------------------------------------------------------------------------
  {
    name: 'no greeting: the provider opens with a question and the service name, never hello: greeting fails',
    lines: [
      [0, 'p', 'need a chicago style footnote for a letter in an archive'],
      [20, 'l', 'Ask Us, Dunmore University Library. Which archive is the letter in?'],
      [50, 'p', 'Hoover Institution, box 12 folder 3'],
      [56, 'l', 'Chicago 17th ed. 14.219 (manuscript collections): 1. John Doe to Jane Roe, March 2, 1921, box 12, folder 3, Doe Papers, Hoover Institution Library & Archives, Stanford, CA. Our guide: libguides.dunmore.edu/chicago.'],
      [62, 'l', 'Does that match your letter?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Thanks for using Ask Us!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'greeting split over two messages ("Hi there!" then "You\'ve reached the Health Sciences Library, Marcus speaking"); usual',
    lines: [
      [0, 'p', 'does the library have the USMLE first aid book'],
      [15, 'l', 'Hi there!'],
      [20, 'l', "You've reached the Health Sciences Library chat, Marcus speaking. The 2025 edition or any edition?"],
      [50, 'p', '2025'],
      [56, 'l', 'Yes: 2 print copies on 2-hour reserve at the circulation desk and the e-book via AccessMedicine at hsl.lakeside.edu/accessmedicine.'],
      [62, 'l', 'Will that work for you?'],
      [100, 'p', 'yeah the ebook is perfect. thats it thanks'],
      [104, 'l', 'Good luck studying!'],
    ],
    exp: usual(),
  },
  {
    name: 'evening law-library chat while the provider has three other chats open: four at once, concurrency fails',
    lines: [
      [0, 'p', 'Where can I find Ohio appellate decisions from 1995? The 9th district.'],
      [30, 'l', 'Hello, you are chatting with Ben at the Gallagher Law Library. Do you have a case name or just the district?', BEN],
      [60, 'p', 'just the district, researching dog bite cases'],
      [70, 'l', 'The Supreme Court of Ohio posts appellate opinions from 1992 on: supremecourt.ohio.gov/rod/docs (Court = 9th District, year 1995). For a topic search use Lexis or Westlaw in our reading room.', BEN],
      [76, 'l', 'Does that help?', BEN],
      [120, 'p', 'yes thanks, thats all'],
      [124, 'l', 'Bye!', BEN],
    ],
    over: { provider: { id: 'ben', name: 'Ben Adler', library: 'UWLAW' } },
    ctx: { otherIntervals: [other('a', 'ben', -300, 400), other('b', 'ben', -100, 300), other('c', 'ben', 40, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'graduate student, Lexis Advance for law review citations (sources pasted), in one long dense message; the patron ends with "no more questions"',
    lines: [
      [0, 'p', 'I am an MBA student and need to find law review articles on non-compete agreements, but I only know Business Source Complete'],
      [40, 'l', 'Good evening. This is Harriet Cole, business and law liaison at Pemberton University Libraries. Are you interested in a specific state, or non-competes in general?'],
      [100, 'p', 'general, maybe the new FTC rule'],
      [110, 'l', 'Lexis Advance is available to you through library.pemberton.edu/az > L. Choose Secondary Materials > Law Reviews and Journals and search: "non-compete" OR noncompete /p FTC /s rule. Two good starting points: Fleischer, The FTC Non-Compete Rule, 91 U. Chi. L. Rev. 1 (2024); Lobel, Gentlemen Prefer Bonds, 72 Fla. L. Rev. 1 (2021).'],
      [118, 'l', 'Is that the sort of material you had in mind?'],
      [180, 'p', 'yes, this is perfect. no more questions. thanks'],
      [186, 'l', 'You are welcome. Good evening.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish-speaking patron at a law library, answered in Spanish; court self-help center with an address only: referral passes',
    lines: [
      [0, 'p', 'hola necesito el formulario para pedir custodia de mi hijo en el condado de Los Angeles'],
      [30, 'l', 'Hola, buenas tardes. Soy Marisa, bibliotecaria de la LA Law Library. ¿Ya existe un caso abierto o va a empezar uno nuevo?'],
      [70, 'p', 'nuevo'],
      [78, 'l', 'No puedo darle consejo legal, pero el formulario es el FL-300 y está en español en selfhelp.courts.ca.gov/es/FL-300. Para ayuda en persona, vaya al Centro de Ayuda de la corte en 111 N. Hill St., sala 426, Los Ángeles.'],
      [86, 'l', '¿Le sirve esta información?'],
      [130, 'p', 'si gracias es todo'],
      [135, 'l', 'Con gusto, que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // (left in v10, passes in v23: "you can reach it from …/jstor" is no longer read as IT's contact)
  {
    name: '"contact IT" with no way to reach them, and a 140 s silence after the patron\'s error message: referral and keep_informed fail',
    lines: [
      [0, 'p', 'Im off campus and ezproxy says "you are not authorized to access this resource" for JSTOR'],
      [40, 'l', 'Hello, Ask a Librarian at Millbrook University, Dana here. Are you a current student or an alum?'],
      [70, 'p', 'current grad student'],
      [73, 'p', 'error code 403 EZP-AUTH-GROUP'],
      [213, 'l', 'That code means your account is not in the right patron group. JSTOR itself is fine; you can reach it from library.millbrook.edu/jstor once it is fixed. Please contact IT so they can update your group.'],
      [219, 'l', 'Does that explain it?'],
      [260, 'p', 'yes ok, thats everything'],
      [264, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ informed: 'fail', referral: 'fail' }),
  },
  // (left in v10, fixed in v23 by X1 namedResource: "only on a database" in the restatement names no resource)
  {
    name: 'Bluebook citation for a 2L: the Bluebook rule named is a source (a book); provider restates the need instead of asking (clarify passes)',
    lines: [
      [0, 'p', 'how do i bluebook a ninth circuit case thats only on westlaw, no F.4th cite yet'],
      [22, 'l', "Hey! Ben at Gallagher Law Library. So you need a citation for an unreported 9th Cir. opinion that's only on a database."],
      [30, 'l', 'That is Bluebook Rule 18.3.1 (and B10.1.4 in the Bluepages): Doe v. City of Reno, No. 23-15512, 2024 WL 3312245, at *2 (9th Cir. July 8, 2024). Docket number, database identifier, pinpoint with a star, court and exact date.'],
      [36, 'l', 'Does that format work for your brief?'],
      [80, 'p', 'yes! thats all i needed thanks'],
      [84, 'l', 'Anytime, good luck!'],
    ],
    exp: usual(),
  },
  // (left in v10, fixed in v23 by ifYouWantX1: "JSTOR also has … if you want background" offers nothing, so "Would that work for your paper?" asks about what was given)
  {
    name: 'JSTOR and the catalog for a history undergrad; silence of 150 s with no hold while the provider searches: keep_informed fails',
    lines: [
      [0, 'p', 'Hello, I need primary sources about the 1919 Seattle general strike for HIST 210'],
      [35, 'l', 'Hello, you have reached Ask Us at Puget Sound State University Libraries; my name is Theo. Do you need newspapers from the time, or documents like pamphlets and letters?'],
      [80, 'p', 'newspapers would be good'],
      [230, 'l', 'The Seattle Union Record is digitized: in the catalog at library.pssu.edu search "Seattle Union Record" and click "Online access (Chronicling America)". JSTOR also has Robert Friedheim\'s book-length study if you want background.'],
      [238, 'l', 'Would that work for your paper?'],
      [270, 'p', 'yes, thank you. thats all i need'],
      [274, 'l', 'Have a good evening!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hi, I need peer-reviewed articles on telehealth for rural veterans for my public health class'],
  [25, 'l', "Hello, this is Jo, a librarian at Greenfield University Libraries. Is it for a paper or a presentation?"],
  [60, 'p', 'paper, 10 pages'],
];

export const short: SessionCase[] = [
  // (merge) the opening's "Good evening!" / "¡Buenas tardes!" greets: it parts nobody, even as one of the provider's last two messages
  {
    name: 'near miss: "Good evening!" alone opening the chat, then the answer and nothing more: no goodbye, courteous fails',
    lines: [
      [0, 'p', 'what time does the law library close tonight'],
      [20, 'l', 'Good evening!'],
      [40, 'l', 'The Thurgood Marshall Law Library closes at 8 pm tonight; hours are at mdcourts.gov/lawlib.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "¡Buenas tardes!" alone opening the chat, then the answer and nothing more: courteous fails; "Good evening." closing a later message passes',
    lines: [
      [0, 'p', 'a que hora cierra la biblioteca hoy'],
      [20, 'l', '¡Buenas tardes!'],
      [40, 'l', 'La biblioteca cierra a las 8 pm hoy; el horario está en mdcourts.gov/lawlib.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Good evening." closing the provider\'s last message (not its first) is a goodbye: courteous passes',
    lines: [
      [0, 'p', 'what time does the law library close tonight'],
      [20, 'l', 'Hi, this is Jo at the State Law Library.'],
      [40, 'l', 'We close at 8 pm tonight; hours are at mdcourts.gov/lawlib.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'You are welcome. Good evening.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // sources: named databases, organisations, guides
  {
    name: 'a database named with no URL ("Try CINAHL and PubMed with ...") is a named resource: source passes (reading)',
    lines: [
      ...START,
      [66, 'l', 'Try CINAHL and PubMed with: telehealth AND rural AND veteran*. Limit to the last 5 years. Does that get you started?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: only an organisation named ("the VA Office of Rural Health studies this") without a way to reach it: no source, no referral',
    lines: [
      ...START,
      [66, 'l', 'The VA Office of Rural Health studies exactly this and puts out reports every year. Does that help?'],
      [110, 'p', 'ok'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  // referrals
  {
    name: '"I\'m not able to give legal advice; you\'d need to ask an attorney" with no contact: referral fails, no_dismissal passes',
    lines: [
      [0, 'p', 'can my HOA fine me for parking my work truck in my own driveway in florida'],
      [20, 'l', 'Hi, this is Jo at the Broward County Law Library. Do you have a copy of your HOA covenants?'],
      [50, 'p', 'somewhere yes'],
      [56, 'l', "Florida Statutes 720.305 covers HOA fines (flsenate.gov/Laws/Statutes/2024/720.305). I'm not able to give legal advice on whether it applies to you; you'd need to ask an attorney. Does that help?"],
      [100, 'p', 'ok thats all'],
      [104, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'pass', referral: 'fail', dismissal: 'pass' }),
  },
  {
    name: '"e-mail the law reference desk at lawref@..." names an own-library department to contact with its e-mail: referral passes',
    lines: [
      ...START,
      [66, 'l', 'PubMed (pubmed.ncbi.nlm.nih.gov) has about 40 studies with telehealth AND rural AND veteran*. For the legal side of VA telehealth licensing, e-mail our law reference desk at lawref@greenfield.edu. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    name: 'a subject-librarian consult "you could set one up with our public health librarian" without any contact: referral fails',
    lines: [
      ...START,
      [66, 'l', 'Start with the PubMed search telehealth AND rural AND veteran* at pubmed.ncbi.nlm.nih.gov. For a deeper search you could set up a consultation with our public health librarian. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"please discuss these results with your physician" (a clinician the patron is told to contact) without contact: referral fails (reading)',
    lines: [
      [0, 'p', 'what does an A1c of 7.8 mean, i just got my labs back'],
      [20, 'l', 'Hello, this is Jo at the Patient Education Library, Lakeview Hospital. Do you already have a diabetes diagnosis?'],
      [50, 'p', 'yes type 2'],
      [56, 'l', "MedlinePlus explains A1c ranges at medlineplus.gov/a1c.html. I can't interpret your own results; please discuss them with your physician. Is that helpful?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Take care!'],
    ],
    exp: some({ referral: 'fail', dismissal: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "I ran it by our government documents librarian, who suggested ..." is a colleague consulted on the patron\'s behalf: no referral',
    lines: [
      ...START,
      [66, 'l', 'I ran it by our government documents librarian, who suggested the GAO report GAO-24-106361 on VA telehealth: gao.gov/products/gao-24-106361. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // holds
  {
    name: '"Running that through PubMed now, back shortly" is a hold: the answer 110 s after it passes keep_informed (150 s after the patron)',
    lines: [
      ...START,
      [100, 'l', 'Running that through PubMed now, back shortly.'],
      [210, 'l', 'Found 38 studies: pubmed.ncbi.nlm.nih.gov with telehealth AND rural AND veteran*, 2019-2024. Does that help?'],
      [250, 'p', 'yes thats all'],
      [254, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a partial result that says the search goes on ("the 2019 VA report is at ...; still checking CINAHL for the rest") is a hold',
    lines: [
      ...START,
      [66, 'l', 'The 2019 VA telehealth evaluation is at hsrd.research.va.gov/publications. Still checking CINAHL for the rest.'],
      [180, 'l', 'CINAHL adds 12 more with the same terms (library.greenfield.edu/cinahl). Does that help?'],
      [220, 'p', 'yes thats all'],
      [224, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // completeness
  {
    name: '"Will that get you enough for the paper?" after the source asks whether it meets the need: completeness passes',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov), about 40 hits. Will that get you enough for the paper?'],
      [110, 'p', 'yes def. thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would you like me to request the full text through ILL?" after the source asks about something not yet given: completeness fails',
    lines: [
      ...START,
      [66, 'l', 'The best match is Darkins et al., "Care Coordination/Home Telehealth", Telemed J E Health 2008, in PubMed (pubmed.ncbi.nlm.nih.gov/19119830). Would you like me to request the full text through ILL?'],
      [110, 'p', 'no its ok. thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  // clarify
  {
    name: 'restatement without a question ("So you\'re after the legislative history of the 1996 welfare act") before the source: clarify passes',
    lines: [
      [0, 'p', 'i need the background documents for PRWORA 1996 the welfare reform law'],
      [20, 'l', "Hi, Jo at the Federal Depository Library, Ashford College. So you're after the legislative history of the 1996 welfare reform act."],
      [26, 'l', 'ProQuest Legislative Insight has a compiled history for Pub. L. 104-193: library.ashford.edu/az > ProQuest Legislative Insight. Does that help?'],
      [70, 'p', 'yes thats all'],
      [74, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // closing
  {
    name: 'the patron\'s "ok cool thx" is thanks alone: anything_else fails',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov). Does that help?'],
      [110, 'p', 'ok cool thx'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"I\'m all set for now, thanks" says explicitly the patron is done: anything_else passes',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov). Does that help?'],
      [110, 'p', "yes, I'm all set for now, thanks"],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'dismissal: "I\'ve spent enough time on this one, you\'ll have to figure out the rest yourself" ends help for the provider\'s convenience',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov). Does that help?'],
      [110, 'p', 'kind of, how do i get the full text of the ones that are paywalled'],
      [116, 'l', "I've spent enough time on this one, you'll have to figure out the rest yourself. Bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // beside the Z1 fixes: other wordings and near misses
  {
    name: '"Did that solve the problem?" after the proxy steps asks whether they worked: completeness passes',
    lines: [
      [0, 'p', 'the library proxy keeps timing out on me from home'],
      [20, 'l', 'Hi, Jo at Greenfield University Libraries. Which browser are you using?'],
      [50, 'p', 'firefox'],
      [56, 'l', 'Clear cookies for greenfield.edu and start again from library.greenfield.edu/databases. Did that solve the problem?'],
      [120, 'p', 'yes!! thats all'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss: "Did you fix it already?" before any help asks about the patron\'s situation: it clarifies, it is no completeness question',
    lines: [
      [0, 'p', 'my vpn was broken yesterday and i couldnt get into pubmed'],
      [20, 'l', 'Hi, Jo at Greenfield University Libraries. Did you fix it already?'],
      [50, 'p', 'no'],
      [56, 'l', 'Use library.greenfield.edu/pubmed instead of the VPN: it logs you in through the proxy.'],
      [100, 'p', 'ok'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: '"Does this match what you need?" after a citation: completeness passes',
    lines: [
      ...START,
      [66, 'l', 'APA: Darkins, A. (2014). Patient safety considerations in developing a large telehealth network. Telemedicine and e-Health, 20(9), 816-822. It is in PubMed at pubmed.ncbi.nlm.nih.gov/25046402. Does this match what you need?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Does the name match the one on your student ID?" before the answer asks about the patron\'s account: clarify passes',
    lines: [
      [0, 'p', 'i cant log into the library databases, it says user not found'],
      [20, 'l', 'Hi, Jo at Greenfield University Libraries. Does the name match the one on your student ID?'],
      [50, 'p', 'no i changed it'],
      [56, 'l', 'Then the Registrar has to update it first: registrar@greenfield.edu. Meanwhile the databases are at library.greenfield.edu/databases. Did that help?'],
      [100, 'p', 'yes thanks, thats all'],
      [104, 'l', 'Bye!'],
    ],
    // label corrected after the first run: "the Registrar has to update it first: registrar@…" says who must act, it
    // does not tell the patron to contact them (read literally), so it is no referral
    exp: some({ clarify: 'pass', complete: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "thats it! the one with the green cover" says the record is the one, not that the patron is done: anything_else fails',
    lines: [
      ...START,
      [66, 'l', 'Is it "Rural Veterans and Telehealth" (2021) at library.greenfield.edu/record/55012? Does that look right?'],
      [110, 'p', 'yes. thats it! the one with the green cover'],
      [116, 'l', 'Great, bye!'],
    ],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    name: '"You\'re welcome. Good day!" ends the chat with a parting: courteous passes',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov). Does that help?'],
      [110, 'p', 'yes thanks thats all'],
      [114, 'l', "You're welcome. Good day!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Good evening, this is Jo..." as one of the last two messages is the greeting, no goodbye: courteous fails',
    lines: [
      [0, 'p', 'where is the census data for my county'],
      [20, 'l', 'Good evening, this is Jo at the Government Information desk, Greenfield University. Which county and which year?'],
      [50, 'p', 'Hampshire county 2020'],
      [56, 'l', 'data.census.gov, search "Hampshire County, Massachusetts" and open the 2020 Decennial Census profile. Did you find it?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"file a public records request with the county clerk at records@…" refers the patron with an e-mail: referral passes',
    lines: [
      [0, 'p', 'how do i get the police incident report from 2019 for my neighborhood'],
      [20, 'l', 'Hi, Jo at the Government Documents desk, Greenfield University. Do you know the report number?'],
      [50, 'p', 'no'],
      [56, 'l', 'Incident reports are not published online, so file a public records request with the county clerk at records@hampshirecounty.example.gov. The state guide to records requests is at sec.state.ma.us/pre. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll file an interlibrary loan request with our partner library for you" is the provider\'s own act: no referral',
    lines: [
      ...START,
      [66, 'l', "We don't own the Darkins report, so I'll file an interlibrary loan request with our partner library for you. Meanwhile the abstract is at pubmed.ncbi.nlm.nih.gov/25046402. Does that help for now?"],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I discussed it with our health sciences librarian" is a colleague consulted: no referral',
    lines: [
      ...START,
      [66, 'l', 'I discussed it with our health sciences librarian, and she recommends the VA HSR&D reports at hsrd.research.va.gov. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Discuss your options with an attorney" with no contact: referral fails',
    lines: [
      [0, 'p', 'my ex wont follow the custody order what can i do'],
      [20, 'l', 'Hello, Jo at the Hampden County Law Library. Is the order from a Massachusetts court?'],
      [50, 'p', 'yes probate and family court'],
      [56, 'l', 'The complaint for contempt form is at mass.gov/probate-and-family-court-forms. Discuss your options with an attorney before you file. Does that help?'],
      [100, 'p', 'ok thats all'],
      [104, 'l', 'Take care, bye.'],
    ],
    exp: some({ referral: 'fail', dismissal: 'pass' }),
  },
  {
    name: '"the Writing Center can go over your draft with you" with no contact: referral fails',
    lines: [
      ...START,
      [66, 'l', 'PubMed: telehealth AND rural AND veteran* (pubmed.ncbi.nlm.nih.gov). When you have a draft, the Writing Center can go over your draft with you. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "I can go through the search with you now" is the provider\'s own offer: no referral',
    lines: [
      ...START,
      [66, 'l', 'PubMed (pubmed.ncbi.nlm.nih.gov) is the place; I can go through the search with you now if you like. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"the legal aid clinic offers free consultations" with no contact: a party to go to, referral fails',
    lines: [
      [0, 'p', 'can i break my lease if the apartment has mold'],
      [20, 'l', 'Hello, Jo at the Hampden County Law Library. Is the landlord aware of the mold?'],
      [50, 'p', 'yes for months'],
      [56, 'l', "The state's guide on repairs and mold is at mass.gov/info-details/mold-in-rental-housing. I can't advise on your lease, but the legal aid clinic offers free consultations for tenants. Does that help?"],
      [100, 'p', 'ok thats all'],
      [104, 'l', 'Good luck, bye.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'a resource URL then a referral with its own phone: "MedlinePlus has it at …; for your own results, call your clinic\'s nurse line at 413-555-0100" passes',
    lines: [
      [0, 'p', 'what is a normal potassium level'],
      [20, 'l', 'Hello, Jo at the Patient Education Library, Lakeview Hospital. Is this about your own lab results?'],
      [50, 'p', 'yes'],
      [56, 'l', "MedlinePlus has the normal ranges at medlineplus.gov/lab-tests/potassium-blood-test. For your own results, call your clinic's nurse line at 413-555-0100. Does that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Take care!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll request it through ILL." then "Would that work for you?" asks about something not yet given: completeness fails',
    lines: [
      ...START,
      [66, 'l', "We don't have the Darkins article, so I'll request it through ILL."],
      [70, 'l', 'Would that work for you?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "Is that alright?" after the plan asks whether what was given suits the patron (as "Does that sound ok?",
  // which passes), but the same words ask consent to an offer ("I can scan it, is that alright?"): no safe fix.
  {
    // v23: labels differ between rounds on a consent question after a promise (eighth round: "Does that sound OK?"
    // fails); "Is that alright?" is all common words.
    name: 'ILL follow-up promised ("I\'ll send it once it comes in") with the e-mail repeated but no time: followup.contact fails',
    lines: [
      [0, 'p', 'Hello, I need chapter 4 of "Urban Water Governance in Latin America" (Routledge 2020) for my thesis'],
      [35, 'l', 'Hello! Scott at Interlibrary Services, Delmar College Library. Is it only chapter 4 you need, or the whole book?'],
      [70, 'p', 'Only ch 4. My email is ana.ruiz@delmar.edu'],
      [78, 'l', "Thanks Ana. We don't own it, so I've put in a chapter scan request through our ILL system (illiad.delmar.edu, request 5521). I'll send it to ana.ruiz@delmar.edu once it comes in."],
      [84, 'l', 'Is that alright?'],
      [120, 'p', 'Yes thank you, that is all.'],
      [126, 'l', 'You are welcome, good luck with the thesis!'],
    ],
    over: FU_ME,
    exp: followed({ contact: 'fail' }),
  },
];

describe('tenth round (Z1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('tenth round (Z1): academic, law, medical and government-information libraries, every check', whole);
describeSessions('tenth round (Z1): academic, law, medical and government-information libraries, short cases', short);

describeLeft('tenth-round-academic', LEFT);
