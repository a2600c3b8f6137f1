/**
 * Thirteenth round, area (N8), WHOLE: SPECIALIZED ACADEMIC LIBRARIES as they run their chat. A university's health
 * sciences library (PubMed searches with MeSH, CINAHL headings, Cochrane, drug databases, systematic and scoping
 * review consultations, clinicians in a hurry, consumer-health questions from the public), a law school library
 * (Westlaw and Lexis access, Bluebook citation, court rules, legislative history, pro se patrons who want legal
 * advice), a music library (scores and editions, recordings, Naxos and Grove off campus, rental parts), and archives
 * and special collections (finding aids, reading-room appointments, reproduction and permission requests, donors'
 * families, curators consulted behind the scenes). Expert librarians, referrals to subject liaisons, other departments
 * and outside offices with (or without) their e-mail, consultations booked with a promised follow-up, transfers from
 * the general queue to the specialist, graduate students and faculty as patrons.
 * Voices: health sciences librarians (formal, search strings pasted), residents typing between patients, law
 * reference librarians (citations in Bluebook form), a music conservatory in Puerto Rico in Spanish, a special
 * collections text line, terse evening staff.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Does that get you started?", "Is it working now?" (after the steps to fix access), "Would that do for class?",
 *   "Is that the one?" and "Is this him?" (after naming the edition / collection found) ask whether what was already
 *   given meets the need: completeness questions. "Do you need a particular section?" asks for more, not whether
 *   what was given meets the need.
 * - A clarifying question in the same message as the first source is not "before" it: clarify fails.
 * - "his oncologist is the best person to ask" and "it's worth asking them (the historical society) too" tell the
 *   patron to ask a person or organisation outside the chat: referrals. "It's worth setting up a session with our
 *   pharmacy liaison, Mark Oyelaran" is one too (a named specialist). Without an e-mail, phone, address or URL of
 *   that party they fail.
 * - "please book a reading room appointment through our Aeon request system at aeon…" tells the patron to visit a
 *   department of the provider's own library (the reading room): a referral, reached by the URL.
 * - "I'll ask her (the curator) and get back to you" is consulting on the patron's behalf: no referral, a follow-up.
 * - "Someone from the University Archives will be in touch with you" promises more later: a follow-up session.
 * - "Take care!", "Have a good one.", "Have fun listening!", "Good luck in 531." as a provider's last message say
 *   goodbye (the earlier rounds' reading of parting wishes); "You're welcome!" alone does not.
 * - "Goodbye." after "You've used up your three questions for this chat session." is courteous by the letter of
 *   closing.courteous, while the message is a dismissal (a limit of questions, no way back).
 * - A hold of exactly 120 s passes (the earlier rounds' reading).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, DAY, T0, at, describeSessions, other, type SessionCase, some, sys, usual, who, FU_ME } from './helpers';

const KIM = who('Kim Ortega', 'kortega');
const NORA = who('Nora Fields', 'nfields');
const MARIA = who('Maria Duarte', 'mduarte');

export const whole: SessionCase[] = [
  // ---- health sciences ------------------------------------------------------------------------------------------------
  {
    // reading: "Does that get you started?" asks whether the search string already given meets the need
    name: 'health: DNP student, PubMed search on pressure injuries in the ICU built with MeSH and [tiab], "Does that get you started?", the PubMed guide, patron done',
    lines: [
      [0, 'p', "Hi - DNP student here. I'm trying to build a PubMed search on pressure injury prevention in ICU patients and I keep getting thousands of irrelevant hits"],
      [31, 'l', "Good evening, and welcome to Ask HSL! I'm Renee Castillo, one of the librarians at the Claude Moore Health Sciences Library. Are you looking at adults only, and is there a particular intervention (repositioning, dressings, support surfaces) you're focused on?"],
      [88, 'p', 'adults, and mostly prophylactic dressings. Last 10 years'],
      [95, 'l', 'Okay, give me a couple of minutes to put a search together for you.'],
      [190, 'l', 'Here\'s a starting point you can paste into PubMed (pubmed.ncbi.nlm.nih.gov):\n("Pressure Ulcer"[Mesh] OR "pressure injur*"[tiab]) AND ("Intensive Care Units"[Mesh] OR ICU[tiab] OR "critical care"[tiab]) AND (dressing*[tiab] OR "Bandages"[Mesh])\nThen set the years to 2015-2025 and Age to Adult: 19+ years. That gives me 212 results instead of 6,000+. Does that get you started?'],
      [260, 'p', 'yes!! way more manageable. why the [tiab] and the Mesh both?'],
      [268, 'l', "Good question. MeSH terms only catch articles the indexers have tagged, and the newest citations aren't indexed yet, so [tiab] (title/abstract words) picks those up. Our PubMed guide at guides.hsl.virginia.edu/pubmed explains it under \"Searching with MeSH\"."],
      [330, 'p', "got it. that's all I needed, thanks so much"],
      [336, 'l', "You're very welcome. Good luck with the project, and come back anytime!"],
    ],
    exp: usual(),
  },
  {
    // reading: "Take care!" as the last message is a parting wish: a goodbye
    name: 'health: a resident in a hurry ("need renal dosing for vanc now"), Lexicomp path at once with no question, "Is that what you needed?", "Anything else?", "Take care!": clarify fails',
    lines: [
      [0, 'p', 'Resident on 4W. Need renal dosing for vanc now, CrCl 25'],
      [14, 'l', 'Hi, Ask HSL, this is Tom. Lexicomp through the library has the renal adjustment table: hsl.uab.edu/lexicomp > Vancomycin > Dosing: Altered Kidney Function (Adult). Is that what you needed?'],
      [40, 'p', 'yep got it'],
      [45, 'l', 'Great. Anything else?'],
      [55, 'p', 'nope'],
      [58, 'l', 'Take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'health: PT faculty want a systematic review search; protocol and databases asked, PEDro/Embase and PRISMA-S suggested, the liaison will send a draft strategy and meeting times "by Thursday afternoon" to the e-mail given: follow-up pending',
    lines: [
      [0, 'p', "Hello, I'm a faculty member in Physical Therapy. Our group wants to do a systematic review on blood flow restriction training after ACL reconstruction and I was told the library helps with searches?"],
      [40, 'l', "Hi, thanks for reaching out to the Health Sciences Library. I'm Priya Nair, the rehabilitation sciences liaison. We do! A couple of questions first: have you registered a protocol (PROSPERO or OSF), and do you have a list of databases in mind?"],
      [120, 'p', 'No protocol yet. We were thinking PubMed and maybe CINAHL'],
      [128, 'l', "That's a good start. For a PT review I'd add Embase, Cochrane CENTRAL and PEDro, and SPORTDiscus is worth a look for the training literature. Before you register, the PRISMA-S extension (prisma-statement.org) tells you what the search has to report. Does that help for now?"],
      [200, 'p', 'Yes. Could you actually build the search with us?'],
      [210, 'l', "Absolutely, that's what our systematic review service is for. I'll draft a PubMed strategy and send it along with a few times for a consultation. What's the best email for you?"],
      [260, 'p', 'mkowalski@example.edu'],
      [268, 'l', "Thanks, mkowalski@example.edu. You'll have the draft and the meeting times from me by Thursday afternoon. Anything else I can help with today?"],
      [300, 'p', "No, that's great"],
      [305, 'l', 'Wonderful. Thanks for contacting us, talk soon!'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'health: MPH scoping review handed to the public health liaison with her e-mail and a booking link, JBI Manual meanwhile, "Is that helpful?": referral passes',
    lines: [
      [0, 'p', 'hi is there someone who can help with a scoping review search? MPH student, due in 3 weeks'],
      [25, 'l', "Hi there! You've reached Ask a Librarian at the Lamar Soutter Library. I'm Chris. What's the topic of the scoping review?"],
      [70, 'p', 'community health workers and hypertension control in rural areas'],
      [78, 'l', 'Great topic. For a scoping review you\'ll want a consultation with our public health liaison, Dr. Aisha Bello. She builds the searches with students and can set you up in Covidence too. Email her at aisha.bello@umassmed.example.edu or book directly at libcal.umassmed.edu/appointments?g=4471. In the meantime, the JBI Manual for Evidence Synthesis, chapter 10, explains how scoping review searches differ: jbi-global-wiki.refined.site/space/MANUAL. Is that helpful?'],
      [150, 'p', "yes thank you, I'll email her"],
      [156, 'l', 'Sounds good. Is there anything else I can do for you today?'],
      [180, 'p', 'no thats it'],
      [184, 'l', 'Good luck with the review, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "it's worth setting up a session with our pharmacy liaison, Mark Oyelaran" tells the patron to contact a
    // named specialist: a referral, and no way to reach him is given
    name: 'health: PharmD journal club, Micromedex and Lexicomp named, "worth setting up a session with our pharmacy liaison, Mark Oyelaran" with no contact; "Have a good one.": referral fails, anything else never asked',
    lines: [
      [0, 'p', "I'm a PharmD candidate looking for drug interaction data for a journal club. Where do I even begin"],
      [28, 'l', 'Hello, welcome to the Health Sciences Library chat! This is Jordan. Which drugs are you comparing?'],
      [60, 'p', 'apixaban and diltiazem'],
      [68, 'l', "Micromedex and Lexicomp both have interaction checkers; Micromedex is under Databases on our homepage, and it gives a severity rating and the documentation level with references. For journal club it's also worth setting up a session with our pharmacy liaison, Mark Oyelaran; he does one-on-ones on drug information resources. Did that help?"],
      [130, 'p', 'yes ok'],
      [135, 'l', 'Great! Have a good one.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'health: charge nurse\'s pediatric fall-risk tool, CINAHL, Humpty Dumpty scale cited; she leaves: "Just checking, are you still there?" then "looks like you\'ve stepped away, so I\'m going to close out this chat" (idle 250 s): both pass; the conditional "If you need anything else, please reach out again" asks nothing',
    lines: [
      [0, 'p', 'Is there a validated fall risk tool for pediatric inpatients? Charge nurse, need it for a unit policy'],
      [35, 'l', "Hi, this is Gwen at the Eskind Biomedical Library. Happy to help. Are you looking for a tool that's already used in US children's hospitals, or any validated one?"],
      [80, 'p', 'used in the US ideally'],
      [86, 'l', 'One moment while I check CINAHL.'],
      [170, 'l', 'The Humpty Dumpty Falls Scale is the most widely used; the validation study is Hill-Rodriguez D et al., J Pediatr Nurs 2009;24(1):22-32. The CHAMPS tool is another option. I found both in CINAHL Complete. Did that help?'],
      [330, 'l', 'Just checking, are you still there?'],
      [420, 'l', "It looks like you've stepped away, so I'm going to close out this chat. If you need anything else, please reach out again. Have a good shift!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'health: Cochrane review on honey for wounds, "Let me look, one sec" then 204 s of silence before the answer: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have access to the Cochrane Library? I need the review on honey for wound healing'],
      [22, 'l', 'Hi! Ask Us at the Hardin Library, Meg here. Do you need the full review or just the plain language summary?'],
      [50, 'p', 'full review please'],
      [56, 'l', 'Let me look, one sec'],
      [260, 'l', 'Sorry for the wait! Yes, we have full access: Jull AB et al., Honey as a topical treatment for wounds, Cochrane Database Syst Rev 2015, CD005083. Go to lib.uiowa.edu/databases, choose Cochrane Library, and search CD005083. Does this answer your question?'],
      [300, 'p', "yes. that's everything, thanks!"],
      [305, 'l', 'Glad I could help. Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "his oncologist is the best person to ask" tells the patron to ask a person outside the chat: a referral,
    // with no way to reach that person
    name: 'health, public patron: father\'s pancreatic cancer, no interpretation, NCI and MedlinePlus pages, "his oncologist is the best person to ask": referral fails; anything else never asked',
    lines: [
      [0, 'p', 'my dad was just diagnosed with stage 3 pancreatic cancer. what are his chances? the doctors wont tell us much'],
      [45, 'l', "Hello, I'm Sandra, a librarian at the Health Sciences Library. I'm so sorry to hear about your dad. I can't interpret his case, but I can point you to reliable information. Would general survival statistics help, or information about treatment options?"],
      [110, 'p', 'both i guess'],
      [118, 'l', "The National Cancer Institute's page on pancreatic cancer has both the treatment options and the survival statistics by stage: cancer.gov/types/pancreatic. MedlinePlus also has an easy-to-read overview at medlineplus.gov/pancreaticcancer.html. For what these numbers mean for your dad specifically, his oncologist is the best person to ask; it can help to write your questions down before the next appointment. Is that what you were looking for?"],
      [200, 'p', 'ok yes thank you'],
      [206, 'l', "Of course. Please take care, and you're welcome to chat with us again anytime."],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'health: Lost Call, the patron asks once and is gone; greeting, "Are you still there?", "It seems you\'ve disconnected, so I\'ll end this chat now" (idle 220 s): information checks na, idle and notice pass, code passes',
    lines: [
      [0, 'p', 'how do i get to the anatomy models in the library'],
      [40, 'l', "Hello and welcome to Ask HSL! I'm Dana, a health sciences librarian."],
      [170, 'l', 'Are you still there?'],
      [260, 'l', "It seems you've disconnected, so I'll end this chat now. Feel free to start a new one anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'health: ACOG practice bulletin off campus through the proxy, "Does that work?"; the librarian had three other chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'Where can I find the ACOG practice bulletin on gestational diabetes? The journal site keeps saying subscribe'],
      [30, 'l', 'Hi, this is Lin at the Health Sciences Library. Are you on campus or at home?'],
      [52, 'p', 'home'],
      [60, 'l', 'Off campus, go in through the library\'s link so the proxy logs you in: hsl.unc.edu > E-Journals > Obstetrics & Gynecology; the practice bulletins are under "Clinical Guidance". Practice Bulletin No. 190 is the gestational diabetes one. Does that work?'],
      [120, 'p', "yes it opened, thanks that's all"],
      [126, 'l', 'Great, have a good night!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 400), other('b', 'jo', 10, 500), other('c', 'jo', 20, 300)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'health: med student\'s burnout search, LILACS promised "and email you what I find" to the address given, no time, coded Answered: code and contact fail, on_time pending',
    lines: [
      [0, 'p', "Hi I'm a 2nd year med student, looking for articles on burnout among surgical residents in low-income countries"],
      [32, 'l', "Hello! Welcome to Ask a Librarian at the Himmelfarb Library. I'm Kevin. Are you looking for prevalence studies, interventions, or both?"],
      [75, 'p', 'prevalence mostly'],
      [82, 'l', 'Searching now...'],
      [175, 'l', 'Here\'s a search in PubMed: ("Burnout, Professional"[Mesh] OR burnout[tiab]) AND "Internship and Residency"[Mesh] AND surg*[tiab] AND ("Developing Countries"[Mesh] OR LMIC*[tiab]). Link: pubmed.ncbi.nlm.nih.gov/?term=burnout+surgical+residents+LMIC. It returns 48 results. Is this the kind of thing you need?'],
      [230, 'p', 'yes, but I also need some from Latin America specifically. my email is dnguyen@example.edu if easier'],
      [238, 'l', "Sure, I'll dig through LILACS for Latin American studies and email you what I find at dnguyen@example.edu."],
      [270, 'p', 'thank you!!'],
      [276, 'l', 'Thanks for using Ask a Librarian!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'health: a 1978 article by document delivery, "the PDF will come to r.amari@example.edu within two business days", Follow-up by me recorded after 100 hours: contact passes, on_time fails',
    lines: [
      [0, 'p', "Good afternoon. I need a 1978 article from Acta Physiologica Scandinavica that we apparently don't have online. Can the library get it?"],
      [40, 'l', "Good afternoon, you've reached the Health Sciences Library's Ask Us service; I'm Helen. Do you have the full citation, and is a PDF fine?"],
      [95, 'p', 'Saltin B, Henriksson J, Nygaard E, Andersen P. 1977;(96) suppl... not sure of the pages. PDF is fine. r.amari@example.edu'],
      [102, 'l', "Thank you. I'll place the document delivery request for you, and the PDF will come to r.amari@example.edu within two business days. Meanwhile the record is in PubMed (pubmed.ncbi.nlm.nih.gov) so you can check the abstract. Does that work for you?"],
      [160, 'p', "yes that's all, thanks"],
      [165, 'l', "You're welcome, have a nice afternoon!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(170 + 100 * 3600), by: 'jo', note: 'PDF sent by ILLiad' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // (the merge's) the API scores transcripts as stored, with the patron's own address redacted wherever it stands
    name: '(the merge\'s) as stored, "[email]": health: a 1978 article by document delivery, "the PDF will come to [email] within two business days", Follow-up by me recorded after 100 hours: contact passes, on_time fails',
    lines: [
      [0, 'p', "Good afternoon. I need a 1978 article from Acta Physiologica Scandinavica that we apparently don't have online. Can the library get it?"],
      [40, 'l', "Good afternoon, you've reached the Health Sciences Library's Ask Us service; I'm Helen. Do you have the full citation, and is a PDF fine?"],
      [95, 'p', 'Saltin B, Henriksson J, Nygaard E, Andersen P. 1977;(96) suppl... not sure of the pages. PDF is fine. [email]'],
      [102, 'l', "Thank you. I'll place the document delivery request for you, and the PDF will come to [email] within two business days. Meanwhile the record is in PubMed (pubmed.ncbi.nlm.nih.gov) so you can check the abstract. Does that work for you?"],
      [160, 'p', "yes that's all, thanks"],
      [165, 'l', "You're welcome, have a nice afternoon!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(170 + 100 * 3600), by: 'jo', note: 'PDF sent by ILLiad' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'health: CINAHL heading for nurse-led clinics, then silence; no check-in, only "It looks like you\'ve disconnected, so I\'ll be ending this chat. Thanks…" (idle 200 s): idle fails, notice passes',
    lines: [
      [0, 'p', "Need CINAHL subject heading for 'nurse-led clinics'"],
      [20, 'l', "Hi, Shirley at the Health Sciences Library. Is this for a CINAHL search you're running now?"],
      [45, 'p', 'yes'],
      [52, 'l', 'The CINAHL heading is (MH "Nurse-Managed Centers"). You can check it in CINAHL Headings at the top of the CINAHL screen. Does that help?'],
      [252, 'l', "It looks like you've disconnected, so I'll be ending this chat. Thanks for using the Health Sciences Library chat!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: a hold of exactly 120 s passes; "brb" starts a wait the provider ends within 106 s
    name: 'health, long: PhD nursing lit review on moral distress, CINAHL search after a hold of exactly 120 s, folders, Zotero, alerts, a "brb"; "Does that cover everything you need…?" and "that\'s all for now": good',
    lines: [
      [0, 'p', "hi, I'm a PhD nursing student working on my lit review on moral distress in ICU nurses during COVID"],
      [28, 'l', 'Hi! Welcome to Ask a Librarian at the Health Sciences Library. My name is Alex. Which databases have you searched so far?'],
      [75, 'p', 'just pubmed'],
      [82, 'l', 'For nursing, CINAHL is essential. Do you want qualitative studies, quantitative, or both?'],
      [120, 'p', 'both'],
      [126, 'l', 'OK, give me a minute to build a CINAHL search.'],
      [246, 'l', 'In CINAHL Complete (Databases A-Z > CINAHL Complete), try: (MH "Moral Distress" OR "moral distress") AND (MH "Critical Care Nursing" OR MH "Intensive Care Units+" OR ICU) AND (MH "COVID-19" OR covid OR coronavirus). Limit to 2020-present and Peer Reviewed. I get 187 results.'],
      [300, 'p', 'wow ok. how do I save these?'],
      [308, 'l', 'Create a free My EBSCOhost folder (Sign In, top right), then click the folder icon on each record. You can also export to Zotero or EndNote from the folder.'],
      [370, 'p', 'brb'],
      [470, 'p', 'ok back. zotero works. one more thing, can I set up an alert?'],
      [476, 'l', 'Yes: after you run the search, click "Share" > "Create an alert" and you\'ll get new results by email.'],
      [530, 'p', 'perfect.'],
      [536, 'l', 'Does that cover everything you need for the lit review search?'],
      [580, 'p', "yes that's all for now, thank you so much Alex"],
      [586, 'l', "You're so welcome. Good luck with the review, and come back anytime!"],
    ],
    exp: usual(),
  },

  // ---- law library ------------------------------------------------------------------------------------------------------
  {
    name: 'law: Bluebook cite of a published N.J. Appellate Division case in a law review footnote, Rule 10.3.1 and table T1, "Does that answer your question?", "perfect, that\'s all I needed!"',
    lines: [
      [0, 'p', 'quick bluebook q - how do I cite a NJ Appellate Division case in a law review footnote? the reporter is A.3d but also N.J. Super.'],
      [22, 'l', 'Hi! This is Marcus at the Rutgers Law Library reference desk. Is the case published (in N.J. Super.) or unpublished?'],
      [60, 'p', 'published'],
      [67, 'l', "For a law review footnote, Bluebook Rule 10.3.1 and table T1 (New Jersey) say to cite the regional reporter when the case is in it: e.g., State v. Smith, 123 A.3d 456 (N.J. Super. Ct. App. Div. 2015). The parallel cite to N.J. Super. isn't needed in law review footnotes. Does that answer your question?"],
      [120, 'p', "perfect, that's all I needed!"],
      [126, 'l', 'Great, good luck with the note!'],
    ],
    exp: usual(),
  },
  {
    name: 'law: 2L\'s Westlaw account inactive the night before a brief; referred to the Thomson Reuters account manager with her e-mail and a 1-800 line; "Anything else before you go?": referral passes',
    lines: [
      [0, 'p', 'my westlaw password expired and now it says my account is inactive?? brief due tmrw'],
      [30, 'l', 'Hi, you\'ve reached the Law Library chat, Kenji here. Are you a current JD student, and did you register with your law school email?'],
      [64, 'p', '2L, yes school email'],
      [72, 'l', 'Westlaw student accounts are reactivated by the Thomson Reuters academic account manager, not by us. Email Alicia Gomez at alicia.gomez@tr.example.com with your name and student ID, or call Westlaw customer support at 1-800-555-0199 (24/7). In the meantime your Lexis+ account works for the same cases. Does that help?'],
      [140, 'p', 'yes ill email her now'],
      [146, 'l', 'Good luck with the brief! Anything else before you go?'],
      [170, 'p', 'no thats all'],
      [174, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'law, pro se: eviction hearing, "I can\'t give legal advice", county asked, Municipal Court self-help page, "call Community Legal Services at 215-555-0142": referral passes, no dismissal',
    lines: [
      [0, 'p', 'I got an eviction notice and the court date is next week. Can you tell me what to say to the judge?'],
      [45, 'l', "Hello, I'm Daniela, a reference librarian at the Jenkins Law Library. I can't give legal advice, but I can help you find information. Which county is your case in?"],
      [90, 'p', 'philadelphia'],
      [98, 'l', 'Philadelphia Municipal Court\'s self-help pages explain the landlord-tenant hearing and what to bring: courts.phila.gov/municipal/civil (see "Landlord-Tenant"). For free advice before the hearing, call Community Legal Services at 215-555-0142; they help tenants. Is that what you were looking for?'],
      [160, 'p', "yes thank you i'll call them"],
      [166, 'l', "You're welcome. Is there anything else I can help you find?"],
      [200, 'p', 'no'],
      [205, 'l', 'Good luck next week. Thanks for contacting us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "You've used up your three questions for this chat session. Goodbye." is a limit of questions with no way
    // back (a dismissal), and its "Goodbye." says goodbye (courteous passes by its own letter)
    name: 'law: FRE 803 notes, legislative history, then "You\'ve used up your three questions for this chat session. Goodbye.": dismissal fails, courteous passes',
    lines: [
      [0, 'p', 'Can you tell me where the Federal Rules of Evidence advisory committee notes are?'],
      [20, 'l', 'Hi, this is Gary at the Law Library. Do you need the notes for a specific rule?'],
      [40, 'p', '803'],
      [48, 'l', "The advisory committee notes follow each rule on Westlaw and Lexis, and Cornell's LII has them free at law.cornell.edu/rules/fre/rule_803. Did that get it?"],
      [90, 'p', 'yes. also how do I find legislative history for a 1994 crime bill amendment?'],
      [96, 'l', "ProQuest Legislative Insight has compiled legislative histories; search by the public law number. It's under Databases on the law library site."],
      [150, 'p', 'ok and one more, where are the local rules for the SDNY?'],
      [156, 'l', "You've used up your three questions for this chat session. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "So you need the page limit for…" restates the question before the source: clarify passes
    name: 'law: E.D. Pa. summary judgment page limits, the need restated ("So you need…"), judges\' procedures on paed.uscourts.gov, "Thanks, that\'s everything."',
    lines: [
      [0, 'p', 'Looking for the page limit for summary judgment briefs in the Eastern District of Pennsylvania. Local rules?'],
      [25, 'l', 'Good morning, Biddle Law Library, this is Anne. So you need the page limit for a brief supporting a summary judgment motion in the E.D. Pa.'],
      [55, 'p', 'yes exactly, civil case'],
      [62, 'l', "E.D. Pa. leaves most page limits to the individual judges: check the judge's policies and procedures on paed.uscourts.gov (Judges > Judicial Procedures). Local Civil Rule 7.1 covers motion practice generally. Does that help?"],
      [120, 'p', "Yes, found the judge's procedures, 25 pages. Thanks, that's everything."],
      [126, 'l', 'Excellent! Good luck, and thanks for using Ask Biddle.'],
    ],
    exp: usual(),
  },
  {
    name: 'law, transfer done right: a sociology PhD student\'s Ohio legislative history moved from the general queue to the law librarian, with an internal note and a visible announcement; LSC bill analyses',
    lines: [
      [0, 'p', "Hi, I'm in the sociology PhD program but I need to find state legislative history for an Ohio statute from 2004, is this the right place?"],
      [30, 'l', "Hi! You've reached the University Libraries' Ask Us chat, I'm Beth. Do you know the bill number or the Ohio Revised Code section?"],
      [70, 'p', 'ORC 2923.125, concealed carry'],
      [78, 'l', "That's a job for our law librarians, who know the Ohio legislative history sources well. I'm going to transfer you to Kim Ortega at the Moritz Law Library; please stay on the chat."],
      [82, 'i', 'Kim, transferring a PhD student who needs Ohio legislative history for ORC 2923.125 (the 2004 concealed carry law). Thanks!'],
      [85, 's', 'Chat transferred to Kim Ortega', sys('transfer', 'kortega')],
      [115, 'l', "Hello, Kim Ortega from the Moritz Law Library here. Ohio doesn't publish committee reports, so legislative history is thin. The best sources are the Legislative Service Commission's bill analyses (lsc.ohio.gov, H.B. 12 of the 125th General Assembly) and the House and Senate journals on legislature.ohio.gov. Is that what you needed?", KIM],
      [200, 'p', "yes this is great, exactly what I need. that's all"],
      [206, 'l', 'Glad to help, and good luck with the dissertation!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "Good luck in 531." after "You're welcome!" is a parting wish: courteous passes
    name: 'law, transfer without an internal note: annotated Maryland Rules moved to the law library queue; Michie\'s on Lexis+ and the print call number: transfer fails',
    lines: [
      [0, 'p', 'Where can I find the Maryland Rules of Civil Procedure annotated?'],
      [28, 'l', 'Hello! Ask a Librarian at UMD Libraries, this is Raj. Is this for a class or for a case you\'re involved in?'],
      [60, 'p', 'a class, LAW 531'],
      [66, 'l', "I'll send you over to the law library's reference staff, who can help with the annotated rules."],
      [70, 's', 'Transferred to Thurgood Marshall Law Library queue', sys('transfer', 'nfields')],
      [100, 'l', "Hi, this is Nora at the Thurgood Marshall Law Library. The annotated Maryland Rules are in Michie's Annotated Code of Maryland, on Lexis+ (Statutes & Legislation > Maryland > Maryland Rules), and in print at KFM1730 .A3 on the 3rd floor. Does that answer your question?", NORA],
      [150, 'p', "yes, thank you, that's all"],
      [156, 'l', "You're welcome! Good luck in 531.", NORA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'law, faculty: Nimmer § 13.05[A][4] on Lexis+, the print volume to be pulled, e-mail read back and confirmed, "by Friday at the latest"; Follow-up by me recorded after 20 hours: on time',
    lines: [
      [0, 'p', "Hi, this is Prof. Okafor. I'm looking for the current Nimmer on Copyright treatment of fair use factor four, ideally the print volume for my seminar"],
      [35, 'l', 'Hello Professor Okafor, this is Sam Whitfield at the Law Library. Do you need the current release specifically, or would the online version do for now?'],
      [80, 'p', "online for now, but I'd like the print volume for class next week"],
      [88, 'l', "Online, Nimmer on Copyright is on Lexis+ under Secondary Materials; § 13.05[A][4] covers the fourth factor. For print, the set is in our treatise collection but that volume is at the bindery. I'll have it pulled as soon as it's back and email you when it's at the circulation desk. Is r.okafor@example.edu still the best address?"],
      [140, 'p', "Yes that's right"],
      [146, 'l', 'Great. You should hear from me by Friday at the latest. Did the Lexis citation get you what you needed for now?'],
      [200, 'p', "It did, thank you. That's all."],
      [206, 'l', 'Thanks, Professor. Have a good afternoon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(211 + 20 * 3600), by: 'jo', note: 'vol. 4 at circ, emailed' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the only question ("Do you need a particular section?") is in the message that gives the first source,
    // not before it (clarify fails), and it asks for more rather than whether the answer meets the need (completeness fails)
    name: 'law: picked up after 95 s; the Restatement (Third) of Torts call number and Westlaw path, "Do you need a particular section?" in the same message: pickup, clarify and completeness fail',
    lines: [
      [0, 'p', 'does the law library have the Restatement (Third) of Torts: Products Liability in print?'],
      [95, 'l', 'Hi, thanks for waiting! This is Ilana at the Law Library. Yes: the Restatement (Third) of Torts: Products Liability is at KF1296 .A5 on the 2nd floor, and it\'s on Westlaw too (Secondary Sources > Restatements). Do you need a particular section?'],
      [140, 'p', 'no, just needed the location. thanks!'],
      [146, 'l', 'Anytime. Anything else I can help with?'],
      [170, 'p', "nope that's it"],
      [175, 'l', 'Have a great day!'],
    ],
    exp: usual({ pickup: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'law: Bluebook cite of the U.S. Code, Rule 12.3 and LII; the patron goes quiet, "Still with me?" at 130 s (idle 140 s): check-in passes, disconnect na, no goodbye',
    lines: [
      [0, 'p', 'How do I Bluebook cite a section of the US Code from the 2018 edition?'],
      [20, 'l', "Hi, this is the Law Library's Ask a Law Librarian service, Pat speaking. Is this for a court document or an academic paper?"],
      [50, 'p', 'academic paper'],
      [58, 'l', 'Bluebook Rule 12.3: 42 U.S.C. § 1983 (2018). The year is the year of the code edition you used, not the year the law passed. Cornell LII has a quick guide: law.cornell.edu/citation/2-200. Did that answer your question?'],
      [188, 'l', 'Still with me?'],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'law: FSIA compiled legislative history on HeinOnline, then the 2008 amendment answered 160 s after the patron\'s question with no word between: keep_informed fails',
    lines: [
      [0, 'p', 'Hi, LLM student. I need to find the legislative history of the Foreign Sovereign Immunities Act, 1976'],
      [30, 'l', 'Hello, this is Victor with the Law Library reference desk. Are you looking for the committee reports and hearings, or a compiled history?'],
      [70, 'p', 'a compiled history would be ideal'],
      [78, 'l', "HeinOnline's U.S. Federal Legislative History Library has a compiled history for the FSIA (Pub. L. 94-583), with H.R. Rep. No. 94-1487 and the hearings: HeinOnline > U.S. Federal Legislative History Library > search 'Foreign Sovereign Immunities'. Does that help?"],
      [130, 'p', 'yes, and is there anything on the 2008 terrorism exception amendments?'],
      [290, 'l', 'For 2008, the amendment is § 1083 of the National Defense Authorization Act for FY2008 (Pub. L. 110-181); ProQuest Legislative Insight has its history. Anything else?'],
      [320, 'p', "no that's all, thanks!"],
      [326, 'l', "You're welcome. Have a good evening!"],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- music library ----------------------------------------------------------------------------------------------------
  {
    name: 'music: DMA clarinettist wants an urtext of Brahms Op. 120; clarinet or viola asked, Henle and Wiener Urtext with call numbers and IUCAT, "Is that what you were looking for?"',
    lines: [
      [0, 'p', 'Hi! DMA clarinet student. Do you have an urtext edition of the Brahms Op. 120 sonatas? Need it for a lesson on Thursday'],
      [30, 'l', "Hi there, welcome to Ask the Cook Music Library! I'm Hannah, the music reference librarian. Do you need the clarinet version or the viola version, or both?"],
      [62, 'p', 'clarinet'],
      [70, 'l', 'We have two: the Henle urtext (HN 274), call number M248 .B7 op.120 H4, and the Wiener Urtext Edition, M248 .B7 op.120 W5, both in the Music Library stacks and both circulating. You can check availability in IUCAT: iucat.iu.edu. Is that what you were looking for?'],
      [120, 'p', 'yes! the henle one. thats all, thanks'],
      [126, 'l', 'Enjoy, and good luck in your lesson!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Is it working now?" after the steps to get in asks whether what was given met the need; "Have fun
    // listening!" is a parting wish
    name: 'music: Naxos asks for a password at home; "Which link are you using?", the library\'s Naxos link, "Is it working now?", "Anything else I can help with?", "Have fun listening!"',
    lines: [
      [0, 'p', 'naxos music library keeps asking me for a username and password?? im at home'],
      [25, 'l', 'Hi! Music Library chat, this is Devon. Which link are you using to get to Naxos?'],
      [60, 'p', 'just googled it'],
      [66, 'l', "That's the problem: Naxos only recognizes you if you come through the library. Use guides.lib.uw.edu/music/naxos (or Databases A-Z > Naxos Music Library) and log in with your NetID when asked. Is it working now?"],
      [130, 'p', 'yes its playing now!! thank you'],
      [136, 'l', 'Awesome. Anything else I can help with?'],
      [150, 'p', 'nope all good'],
      [154, 'l', 'Have fun listening!'],
    ],
    exp: usual(),
  },
  {
    name: 'music: George Walker\'s Lilacs not owned; WorldCat shows it, "email the Music Media desk at musicmedia@…" for an audio ILL: referral passes',
    lines: [
      [0, 'p', "I'm looking for a recording of George Walker's Lilacs (the 1996 Pulitzer piece). Not on Naxos or Spotify as far as I can tell"],
      [40, 'l', 'Hello, Music Library here, Rosa speaking. Do you need a commercial recording, or would an archival performance recording work?'],
      [85, 'p', "any recording, it's for a seminar presentation"],
      [92, 'l', 'Let me check our holdings and WorldCat.'],
      [180, 'l', "We don't own a recording, but WorldCat (worldcat.org) shows a recording of the 1996 Boston Symphony premiere held at several libraries. Our Music Media desk handles interlibrary loan for audio and knows which libraries lend; email them at musicmedia@lib.example.edu with the WorldCat record. Does that help?"],
      [240, 'p', "yes, that's great, I'll email them. that's all I needed"],
      [246, 'l', 'Perfect, thanks for chatting with the Music Library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'music: Appalachian Spring parts are rental only, "You\'ll need to contact Boosey & Hawkes\' rental library" with no way to reach them; "ok thanks", "You\'re welcome!": referral and courteous fail',
    lines: [
      [0, 'p', 'Our student orchestra wants to do Appalachian Spring (full orchestra version). Does the library have the parts?'],
      [35, 'l', "Hi, thanks for contacting the Sibley Music Library. I'm Owen. Are you looking for the 1945 full orchestra suite or the complete ballet?"],
      [75, 'p', 'the suite'],
      [82, 'l', "We have the study score (M1003 .C67 A6 1945), which you can check out (catalog.lib.rochester.edu), but the orchestral parts are rental only. You'll need to contact Boosey & Hawkes' rental library to arrange that. Does that answer your question?"],
      [140, 'p', 'ok thanks'],
      [146, 'l', "You're welcome!"],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'music: Isabella Leonarda for a program note, Grove Music Online, holds every 100 s ("Still looking: the Grove entry is there…"): keep_informed passes',
    lines: [
      [0, 'p', 'I need biographical information on the Baroque composer Isabella Leonarda for a program note, something scholarly'],
      [30, 'l', "Hi! I'm Lucy with Ask the Music Library at Oberlin. Do you need just a biography or also a list of her works?"],
      [65, 'p', 'both if possible'],
      [72, 'l', 'Okay, searching Oxford Music Online now.'],
      [170, 'l', "Still looking: the Grove entry is there, I'm checking whether there's a thematic catalogue too."],
      [270, 'l', 'Found both. The Grove Music Online article "Leonarda, Isabella" by Stewart Carter has a biography and a full work list (oxfordmusiconline.com, log in through the library). There\'s also a thematic catalogue by Carter in the reference room, ML134 .L46 C3. Does that help?'],
      [330, 'p', "yes that's everything I need, thank you!"],
      [336, 'l', "You're welcome! Thanks for stopping by the chat."],
    ],
    exp: usual(),
  },
  {
    name: 'music, Spanish (Puerto Rico): a SATB arrangement of "Preciosa", voices asked, a hold, call number and catalogue, "¿Es lo que necesitaba?", "Es todo, gracias."',
    lines: [
      [0, 'p', "Buenas, busco la partitura de 'Preciosa' de Rafael Hernández arreglada para coro"],
      [40, 'l', '¡Hola! Le saluda Carmen, bibliotecaria del Conservatorio de Música de Puerto Rico. ¿Busca el arreglo para coro mixto (SATB) o para voces iguales?'],
      [90, 'p', 'SATB'],
      [98, 'l', 'Un momento, lo estoy buscando en el catálogo.'],
      [160, 'l', 'Tenemos un arreglo SATB en la colección de partituras corales, signatura M1579 .H47 P7; puede ver la disponibilidad en el catálogo en biblioteca.cmpr.edu. ¿Es lo que necesitaba?'],
      [220, 'p', 'Sí, perfecto. Es todo, gracias.'],
      [226, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Would that do for class?" asks whether the Naxos recordings already named meet the need
    name: 'music, faculty: an LP sent to off-site storage, phone read back, "I\'ll call you by end of day Friday", Naxos meanwhile; Follow-up by me never recorded and the deadline passed: on_time fails',
    lines: [
      [0, 'p', "Hi, I'm a voice faculty member. We used to have the Schirmer anthology of Italian art songs on LP in the listening room; is it still around?"],
      [40, 'l', 'Good morning, this is Peter at the Music Library. Do you remember roughly when it was last used, or the catalog title?'],
      [100, 'p', 'Not really, maybe 2010? I just need the Gigli track for a class'],
      [108, 'l', "LPs from the listening room went to off-site storage in 2016, so I'll have to check with the storage staff and call you back. What's the best number?"],
      [150, 'p', 'office is 585-555-0176'],
      [156, 'l', "Got it, 585-555-0176. I'll call you by end of day Friday either way. Meanwhile, Naxos Music Library has Gigli's 1930s recordings of several of those songs (search 'Gigli' in Naxos from the library's Databases page). Would that do for class?"],
      [220, 'p', "Possibly, I'll look. Thanks Peter, that's all for now."],
      [226, 'l', 'Thank you! Talk to you soon.'],
    ],
    over: { ...FU_ME },
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "Is that the one?" after naming the edition asks whether what was given is what the patron needs
    name: 'music: the librarian opens with "Which edition, …?" and never greets nor says who answers; Bärenreiter BA 5215 and the catalogue: greeting fails',
    lines: [
      [0, 'p', 'do you have the Bärenreiter Bach cello suites'],
      [18, 'l', 'Which edition, the 2000 one with the five sources or the older Wenzinger?'],
      [50, 'p', 'the newer one w/ the sources'],
      [58, 'l', 'Yes, Bärenreiter BA 5215, call number M51 .B32 S6 2000, in the Music Library stacks. Catalog: catalog.library.ucla.edu. Is that the one?'],
      [90, 'p', "yes! that's all"],
      [95, 'l', 'Thanks for asking the Music Library, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },

  // ---- archives and special collections ---------------------------------------------------------------------------------
  {
    // reading: "please book a reading room appointment through our Aeon request system at aeon…" tells the patron to
    // visit a department of the provider's library: a referral, reached by the URL
    name: 'archives: PhD student and the Lillian E. Smith papers, the finding aid with the box numbers, a reading-room appointment through Aeon (URL): referral passes',
    lines: [
      [0, 'p', "Hello, I'm a PhD student in history. I'd like to look at Lillian Smith's correspondence from 1960-61. How do I find which boxes?"],
      [45, 'l', "Good afternoon, and thank you for contacting the Hargrett Library. My name is Ruth and I'm one of the reference archivists. Are you interested in her outgoing letters, incoming letters, or both?"],
      [110, 'p', 'both'],
      [118, 'l', 'The finding aid for the Lillian E. Smith papers (ms1283) is at sclfind.libs.uga.edu/hargrett/view?docId=ead/ms1283.xml. Series 1, Correspondence, is arranged chronologically; 1960-1961 is in Boxes 4-6. Does that help?'],
      [180, 'p', 'yes very much. Can I just come in?'],
      [188, 'l', 'Manuscript material is paged by appointment, so please book a reading room appointment through our Aeon request system at aeon.libs.uga.edu at least two business days ahead and request Boxes 4-6 there. The reading room is open 9-5 weekdays.'],
      [240, 'p', "Perfect. That's everything, thank you!"],
      [246, 'l', "You're welcome! Thanks for contacting the Hargrett, and we look forward to seeing you."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'archives: a book author wants two FSA photographs; identifiers asked, the reproduction request form, fees, "write to our reproductions coordinator at specialcollections@…": referral passes',
    lines: [
      [0, 'p', "Hi there. I'm writing a book and want to publish two photographs from your Farm Security Administration collection. How do I get high-res scans and permission?"],
      [38, 'l', 'Hi, this is Marisol with Archives & Special Collections at the University of Louisville. Glad to help. Do you have the identifiers for the photographs (they start with FSA-)?'],
      [100, 'p', 'Yes, FSA-0412 and FSA-0419'],
      [108, 'l', 'Thanks. High-resolution scans are requested with the reproduction request form at library.louisville.edu/archives/reproductions; 600 dpi TIFFs are $15 each for publication use. Permission to publish is a separate form on the same page. If you have questions about rights or fees, write to our reproductions coordinator at specialcollections@louisville.example.edu. Does that answer everything?'],
      [170, 'p', "Yes, that's all I needed!"],
      [176, 'l', 'Wonderful. Thank you for your interest in our collections, and good luck with the book!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "I'll ask her and get back to you" consults the curator for the patron: no referral; a follow-up
    name: 'archives: an uncatalogued 1843 herbarium notebook; the curator will be asked, "I\'ll write to jwong@example.org by next Wednesday"; no completeness question: follow-up pending, referral na',
    lines: [
      [0, 'p', "I'm researching a 19th-century herbarium notebook your library bought last year. Is it cataloged yet? I'd love to know its provenance"],
      [40, 'l', 'Hello! You\'re chatting with Lena from the Rare Book & Manuscript Library. Do you know the title or the dealer it came from?'],
      [95, 'p', "I saw it in a blog post, 'Herbarium of Mrs. Ada Pell, 1843'"],
      [103, 'l', 'Thanks. Let me check our catalog.'],
      [180, 'l', "It isn't cataloged yet; it's still in processing. The curator of manuscripts handled the purchase and will know its provenance, so I'll ask her and get back to you. What e-mail should I use?"],
      [240, 'p', 'sure, jwong@example.org'],
      [246, 'l', "Thanks, I'll write to jwong@example.org by next Wednesday with whatever she can tell me. In the meantime, our acquisitions blog is at library.illinois.edu/rbx/blog. Is there anything else I can look into for you?"],
      [290, 'p', "no, that's everything. thank you!"],
      [296, 'l', 'Thank you, have a great day!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Is this him?" after the collection found asks whether it is what the patron needs; "Someone from the
    // University Archives will be in touch with you" promises more later (a follow-up session), with no time and the
    // e-mail only in the patron fields
    name: 'archives: a donor\'s family finds the Walter H. Kessler papers; "Someone from the University Archives will be in touch with you", coded Answered, e-mail never in the chat: code and contact fail, on_time pending',
    lines: [
      [0, 'p', "Hello, my grandfather's papers were donated to the university archives in the 1980s and the family would like to see them. Who do I talk to?"],
      [50, 'l', "Hi, thanks for writing to Ask Us at the University Libraries. I'm Andre. Do you know his name as it would appear on the collection, and roughly when they were donated?"],
      [110, 'p', 'Walter Kessler, about 1984 I think'],
      [118, 'l', "One moment, I'm searching the archives' collection guides."],
      [200, 'l', 'I found the Walter H. Kessler papers, 1921-1979, in the University Archives collection guides at archives.lib.purdue.edu/repositories/2/resources/1184. Is this him?'],
      [250, 'p', "yes!! that's him"],
      [258, 'l', "Great. Someone from the University Archives will be in touch with you about viewing them and about the family's access."],
      [300, 'p', 'ok thank you'],
      [306, 'l', 'Thank you for contacting us!'],
    ],
    over: { patron: { name: 'J. Kessler', email: 'jkessler@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'archives: Saturday hours and cameras answered, then "Our chat is closing now, so I have to end this. Bye." while the patron still asks, no way back: dismissal fails',
    lines: [
      [0, 'p', 'Is the reading room open on Saturday? and can I use my own camera?'],
      [30, 'l', 'Hi, this is Tom at Special Collections. Which Saturday are you thinking of?'],
      [60, 'p', 'this coming one, the 7th'],
      [66, 'l', 'The reading room is open Saturdays 10-2 during the semester, so yes. Personal cameras (no flash) are allowed for most material; the policy is at lib.utexas.edu/specialcollections/visit. Did that answer your question?'],
      [110, 'p', 'yes. also, do I need to request boxes ahead of time?'],
      [116, 'l', 'Our chat is closing now, so I have to end this. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'archives: a Practice session testing the new chat widget: every check na',
    lines: [
      [0, 'p', 'testing testing - this is Mira from the archives, checking the new widget'],
      [10, 'l', 'Hi Mira, Joe here at Special Collections, I see you!'],
      [30, 'p', 'great, the sound alert works'],
      [35, 'l', 'Perfect. Bye!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'archives: nobody picks up; the patron asks, "hello?", leaves; coded Lost Call with two patron messages: pickup and code fail, the rest na',
    lines: [
      [0, 'p', 'Hi, is anyone there? I need to know if the finding aid for the Hollis family papers has been digitized'],
      [120, 'p', 'hello?'],
      [240, 's', 'Patron has left the session', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: {
      ...ALL_NA,
      ...some({ pickup: 'fail', code: 'fail' }),
    },
  },
  {
    // reading: "it's worth asking them too" tells the patron to ask the historical society: a referral with no contact
    name: 'archives, genealogy: normal-school registers (finding aid), the Illinois State Archives with an e-mail, and "the Coles County Historical Society … worth asking them too" with none: referral fails',
    lines: [
      [0, 'p', "I'm tracing my great-grandmother who taught at the county normal school in the 1910s. Does your archives have teacher records?"],
      [40, 'l', 'Hi! This is Joanne with University Archives & Special Collections at Eastern Illinois University. Do you know which county, and her name at the time?'],
      [90, 'p', 'Coles County, Edith Marsh'],
      [98, 'l', 'Let me look in our collection guides.'],
      [185, 'l', "We have the Eastern Illinois State Normal School student registers, 1899-1920 (finding aid: library.eiu.edu/archives/registers). Teacher certification records for Coles County are held by the Illinois State Archives; you can write to their reference staff at archives@ilsos.example.gov. The Coles County Historical Society may also have local school records, so it's worth asking them too. Does that help?"],
      [250, 'p', "yes a lot, thanks. that's all I needed"],
      [256, 'l', 'Great, good luck with your search, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'archives, transfer with an internal note but no word to the patron: medieval fragments moved to the Burns Library; digitized images and the finding aid: transfer fails',
    lines: [
      [0, 'p', "Can I see the medieval manuscript fragments collection? I'm a grad student in the English dept"],
      [25, 'l', 'Hi, Ask a Librarian at Boston College Libraries, Leo speaking. Are you hoping to see them in person or look at digitized images?'],
      [60, 'p', "digitized if possible, it's for a paleography course project"],
      [65, 'i', 'Maria, grad student wants digitized images of the medieval fragments (MS frag. collection) for a paleography project. Can you take it?'],
      [70, 's', 'Transferred to Maria Duarte', sys('transfer', 'mduarte')],
      [100, 'l', "Hello, Maria Duarte with the Burns Library here. About half of the fragments are digitized in our digital collections at library.bc.edu/burns-digital (search 'fragment'); the finding aid at findingaids.bc.edu/repositories/2/resources/312 says which. Is that what you needed?", MARIA],
      [160, 'p', "yes, perfect, that's all"],
      [166, 'l', 'Happy to help. Thanks and bye!', MARIA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: "Yearbooks … are on open shelves in the reading room, no appt needed" describes the room; it does not tell
    // the patron to visit or contact anyone: no referral
    name: 'archives text line: "r u open sat?" answered with the hours page at once and no question; "Does that answer your q?", "cool thx", "ya": clarify and anything else fail',
    lines: [
      [0, 'p', 'hi r u open sat? want to see yearbooks from 1974'],
      [15, 'l', 'Hi! UNLV Special Collections here, Jess. Yes, Sat 10-4. Yearbooks (the Epilogue) are on open shelves in the reading room, no appt needed. Hours: special.library.unlv.edu/visit'],
      [40, 'p', 'cool thx'],
      [46, 'l', 'Does that answer your q?'],
      [70, 'p', 'ya'],
      [74, 'l', 'Great, see you Saturday! Thanks for texting.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'music, a busy exam week: the librarian has two other chats open (three in all); trumpet excerpt books on reserve and the catalogue; "Hi! Ask the Music Library, Eli here." names the service (no referral): concurrency passes',
    lines: [
      [0, 'p', 'hey do you have the orchestral excerpt books for trumpet? audition next week'],
      [28, 'l', 'Hi! Ask the Music Library, Eli here. Which excerpts are on your list, or is it a general excerpt book you need?'],
      [70, 'p', 'Mahler 5 opening, Pictures promenade, Petrushka ballerina dance'],
      [78, 'l', 'All three are in "Orchestral Excerpts for Trumpet" (ed. Bartold), M1/M85 .B37 on the reserve shelf, and in the Trumpet Orchestral Repertoire series. Availability is in the catalog at library.jhu.edu/music. Is that what you were looking for?'],
      [130, 'p', "yes! that's all i needed"],
      [135, 'l', 'Good luck at the audition!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 300), other('b', 'jo', 10, 400)] },
    exp: usual(),
  },
  {
    name: "law, a cooperative's partner answers for another school: a Texas practice guide, the patron's law library to e-mail the chapter \"by Monday\" (address given in the chat), Follow-up by patron's library recorded after 40 hours: on time",
    lines: [
      [0, 'p', 'Hello, 3L at Baylor Law. I need the chapter on special appearances from O\'Connor\'s Texas Rules for a clinic memo'],
      [35, 'l', "Hello! I'm Dana, a law librarian with the Texas law libraries' shared chat, answering from UT's Tarlton Law Library tonight. Which edition do you need, the current one?"],
      [80, 'p', 'current, 2025'],
      [88, 'l', "O'Connor's Texas Rules * Civil Trials covers special appearances under TRCP 120a in chapter 3. I can't see Baylor's subscriptions from here, so I'll pass this to your law library's reference staff, who will email you a PDF of the chapter. What address should they use?"],
      [140, 'p', 'sam_ortiz@example.edu'],
      [146, 'l', 'Thanks, sam_ortiz@example.edu. Baylor Law Library will send it by Monday. Does that help for now?'],
      [190, 'p', "Yes. That's all, thanks."],
      [195, 'l', 'Good luck with the memo, and thanks for using the chat!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", followUps: [{ doneAt: at(200 + 40 * 3600), by: 'baylor-law', note: 'chapter 3 PDF sent' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: patron nudges while waiting do not restart the wait: it runs from "found the ebm guide but…" at 100 s
    name: 'health: a resident nudges three times ("hello?", "still there?") while the librarian looks up the EBM grading with no hold: the wait of 130 s from the first message fails keep_informed',
    lines: [
      [0, 'p', 'what grading system does DynaMed use for evidence levels'],
      [20, 'l', 'Hi, Health Sciences Library chat, this is Omar. Are you asking about the levels of evidence for individual studies or the strength of the recommendations?'],
      [60, 'p', 'the levels'],
      [66, 'l', 'Level 1 (likely reliable), Level 2 (mid-level) and Level 3 (lacking direct evidence); DynaMed explains it on its "Levels of Evidence" page under About in DynaMed. Does that answer it?'],
      [100, 'p', 'found the ebm guide but what about the recommendation grades?'],
      [150, 'p', 'hello?'],
      [200, 'p', 'still there?'],
      [230, 'l', 'Sorry! Recommendations are graded Strong or Weak using GRADE; same About page, "Recommendations" section. Anything else?'],
      [260, 'p', "no that's all"],
      [264, 'l', 'Take care, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    // near miss: an offer of something not yet given is no completeness question
    name: 'health: "Want me to get you started on a PubMed search?" before anything is given, then only the link: completeness fails',
    lines: [
      [0, 'p', 'I need articles on sepsis bundles in the ED'],
      [20, 'l', "Hi, I'm Ray at the Health Sciences Library. Want me to get you started on a PubMed search?"],
      [40, 'p', 'sure'],
      [46, 'l', 'Try "Sepsis"[Mesh] AND "Emergency Service, Hospital"[Mesh] AND bundle*[tiab] in PubMed: pubmed.ncbi.nlm.nih.gov.'],
      [90, 'p', 'ok thanks, bye'],
      [95, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'law: "the circulation desk can tell you" with no way to reach it: a referral to a department, which fails',
    lines: [
      [0, 'p', 'how long can I keep a reserve casebook?'],
      [20, 'l', 'Hi, Law Library chat, Jo here. Which course is it on reserve for?'],
      [40, 'p', 'Civ Pro, Prof. Lang'],
      [46, 'l', "Most reserve casebooks go out for 2 hours; the reserves list is at law.example.edu/reserves. For that one, the circulation desk can tell you for sure. Did that help?"],
      [80, 'p', "yes that's all"],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'fail', source: 'pass', complete: 'pass' }),
  },
  // ---- near misses for the round's fixes -------------------------------------------------------------------------------
  {
    // near miss (deliveryVerb): "come to the reading room by Friday" is the patron's visit, not the delivery's time
    name: 'archives: "I\'ll email you the box list" with the address read back, and "you\'re welcome to come to the reading room by Friday": no time for the follow-up, contact fails',
    lines: [
      [0, 'p', 'Which boxes of the Pell family papers have the 1860s letters?'],
      [25, 'l', 'Hi, Special Collections chat, this is Ana. Do you need letters to the family or from them?'],
      [60, 'p', 'both. my email is kpell@example.org'],
      [66, 'l', "I'll email you the box list at kpell@example.org once I've checked the container list. You're welcome to come to the reading room by Friday to see the originals."],
      [100, 'p', 'great thanks'],
      [105, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME },
    exp: some({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // near miss (completeness): a proposed meeting time is something not yet given
    name: 'health: the search given, then only "Would Tuesday at 2 do for a consultation?": completeness fails',
    lines: [
      [0, 'p', 'I need help with a search on telehealth for COPD'],
      [20, 'l', 'Hi, Ask HSL, this is Kay. Is this for a systematic review or a paper?'],
      [45, 'p', 'a paper'],
      [52, 'l', 'Start with "Pulmonary Disease, Chronic Obstructive"[Mesh] AND "Telemedicine"[Mesh] in PubMed (pubmed.ncbi.nlm.nih.gov). Would Tuesday at 2 do for a consultation?'],
      [90, 'p', 'ok sure'],
      [95, 'l', 'Great, see you then. Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // near miss (givenBetweenN8): the offer is the sentence right before the question
    name: 'archives: "The finding aid is at …. I can scan the index for you. Would that help?": the question is about the offer, completeness fails',
    lines: [
      [0, 'p', 'is there an index to the Hollis letters'],
      [20, 'l', 'Hi, Jo at Special Collections here. Do you mean the 1850s letterbooks?'],
      [40, 'p', 'yes'],
      [46, 'l', 'The finding aid is at archives.example.edu/hollis. I can scan the index for you. Would that help?'],
      [80, 'p', 'no thanks, bye'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // guard (partyWordsN8): the earlier sentence names the party in full, so its URL still reaches it
    name: 'law: "The Register of Wills page is at … . Ask the Register of Wills staff about the probate forms.": referral passes',
    lines: [
      [0, 'p', 'where do i get probate forms in baltimore county'],
      [20, 'l', 'Hi, Law Library chat, Jo here. Is this for a small estate?'],
      [40, 'p', 'yes'],
      [46, 'l', 'The Register of Wills page is at registers.maryland.example.gov/baltimorecounty. Ask the Register of Wills staff about the small estate forms. Did that help?'],
      [80, 'p', "yes that's all"],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // guard (themNewPartyN8): "their … them" goes on about the archives named before, no new party
    name: 'archives: "Email the Maryland State Archives at …. Their reference staff are helpful, so it\'s worth asking them about the land patents too.": referral passes',
    lines: [
      [0, 'p', 'do you have 18th c land patents for frederick county'],
      [20, 'l', 'Hi, Special Collections, Jo here. Original patents or the indexes?'],
      [40, 'p', 'the originals'],
      [46, 'l', "We only have the printed indexes. Email the Maryland State Archives at msa.ref@example.gov. Their reference staff are helpful, so it's worth asking them about the certificates too. Does that help?"],
      [80, 'p', "yes that's all"],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss (referralVerb): the provider books the visit; the patron is not told to contact or visit anyone
    name: 'archives: "I booked a reading room appointment for you for Tuesday at 10." is the provider acting: referral na',
    lines: [
      [0, 'p', 'can i see box 4 of the Smith papers on tuesday'],
      [20, 'l', 'Hi, Hargrett Library chat, Jo here. Morning or afternoon?'],
      [40, 'p', 'morning'],
      [46, 'l', 'I booked a reading room appointment for you for Tuesday at 10, and Box 4 will be waiting; the finding aid is at sclfind.libs.uga.edu/ms1283. Is that what you needed?'],
      [80, 'p', "yes that's all"],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss (dismissalConvenience): "have to end this" with more after it is no ending of the chat
    name: 'law: "To save the search, you have to end this session in Westlaw first by clicking Sign Off." is an instruction: no dismissal',
    lines: [
      [0, 'p', 'how do i save my westlaw search history'],
      [20, 'l', 'Hi, Law Library chat, Jo here. Do you want the history or a saved alert?'],
      [40, 'p', 'the history'],
      [46, 'l', 'History is kept for 1 year under "History" at the top of Westlaw. To export it, you have to end this session in Westlaw first by clicking Sign Off, then open History. Did that help?'],
      [80, 'p', "yes that's all"],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss (serviceLibraryN8): "ask the music library" after a lead-in ("For the parts,") refers the patron
    name: 'music: opening "Hi, this is Jo at the Law Library. For the parts, ask the Music Library." with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'do you have the parts for the Brahms requiem'],
      [20, 'l', 'Hi, this is Jo at the Law Library chat tonight. For the parts, ask the Music Library. The vocal score is in the catalog at catalog.example.edu. Does that help?'],
      [60, 'p', "ok that's all"],
      [65, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirteenth round (N8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N8): whole sessions of specialized academic libraries, every check', whole);
describeSessions('thirteenth round (N8): specialized academic libraries, short cases', short);

describeLeft('thirteenth-round-special', LEFT);
