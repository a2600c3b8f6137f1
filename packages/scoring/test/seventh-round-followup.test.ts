/**
 * Seventh round of sessions, area (C): follow-ups and session events, written as other services and
 * other hands write them. Subject specialists who promise an answer by e-mail, "I will forward this
 * to our …" with and without a time, interlibrary loan follow-ups, SMS sessions where the patron's
 * phone is the contact (and where it is only the channel, never typed), e-mails typed with odd
 * spacing or known only from the patron fields, follow-ups recorded on time, late and not yet
 * (against the scoring context's `now`, across a change of UTC offset), idle patrons with check-ins
 * and disconnect notices at and around the rubric's limits (119 / 120 / 180 s), chats that end by the
 * system timing out, transfers between cooperative partners and inside a library with and without
 * internal notes, resolution codes that match or contradict the chat, and providers working several
 * chats at once (`ctx.otherIntervals`). Voices: LibAnswers and LibraryH3lp macros, the 24/7
 * cooperative, SMS, chat-speak and typos, very formal staff, Spanish. Near misses sit beside each
 * behaviour (a system notice that is no promise, a policy line that is no disconnect notice, a
 * condition that is no time, a note by the receiver that is no handoff).
 *
 * Most cases are whole sessions with the status of all 17 checks (`usual()` is an ordinary good
 * session); the short cases at the end give the few checks they are about. Every status is what a
 * literal reader of RUBRIC.md gives. `LEFT` (not run) holds cases labelled right that the scorer
 * still gets wrong, outside this round's focus.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, T0, DAY, FU_ME, FU_LIB, type SessionCase, type Key, type St, all, some, who, sys, other, usual } from './helpers';

const SEC = 1000;

/** A follow-up session otherwise good: the follow-up's three checks pass or are pending. */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A Lost Call or a patron who left at once: no substantive exchange. */
const gone = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const NKEM = who('Nkem Adeyemi', 'nkem');
const TASHA = who('Tasha Bell', 'tasha');
const OREN = who('Oren (Carroll County)', 'oren');
const LUPE = who('Guadalupe', 'lupe');

const whole: SessionCase[] = [
  // ---- subject specialists promising an e-mail answer --------------------------------------------------------------
  {
    name: 'music library: "I\'ll pass your question to him and he\'ll email you what he finds by Thursday", e-mail spelled out',
    lines: [
      [0, 'p', 'hi im looking for the original 1924 piano roll recordings of gershwin rhapsody in blue, does the library have them in any format'],
      [25, 'l', "Good evening! You've reached Ask a Librarian at the Hollins Music Library, this is Teodora. Do you need the audio itself, or details about the rolls (catalog numbers, dates)?"],
      [70, 'p', 'audio ideally, for a listening assignment in MUS 210'],
      [80, 'l', 'One sec, checking our streaming collections.'],
      [150, 'l', 'Naxos Music Library has a 1925 Gershwin piano-roll transfer: go to library.hollins.edu/naxos and search Gershwin piano rolls. Is that the kind of recording your instructor wants?'],
      [200, 'p', 'kind of but she said 1924 specifically, the aeolian hall one'],
      [215, 'l', "That's one for our music specialist, Dr. Okonjo. I'll pass your question to him and he'll email you what he finds by Thursday. What's the best email for you?"],
      [240, 'p', 'mkellerman at hollins dot edu'],
      [250, 'l', 'Got it, mkellerman@hollins.edu. Anything else tonight?'],
      [275, 'p', 'nope thats all, thank you!'],
      [280, 'l', 'Have a good night, and good luck in MUS 210!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'engineering: "Priya Raman, our standards specialist, will be emailing you the list early next week", address typed with spaces round the @ and the dot',
    lines: [
      [0, 'p', 'Where can I find the ASTM standards for concrete cylinder testing? Capstone project, civil eng'],
      [30, 'l', 'Hi, thanks for reaching out to the Engineering Library chat! Sam here. Which test exactly: compressive strength (C39) or making and curing the cylinders (C31)?'],
      [75, 'p', 'C39 mostly but my advisor said there are older versions we need too'],
      [90, 'l', 'Current versions are in ASTM Compass: lib.example.edu/astm, sign in with your campus ID. Does that get you the current C39?'],
      [140, 'p', 'yes found it. the old ones?'],
      [150, 'l', 'The superseded editions need a special request. Priya Raman, our standards specialist, will be emailing you the list of older C39 editions early next week. What address should she use?'],
      [190, 'p', 'r.obuya @ stateu . edu'],
      [200, 'l', "Perfect, I've passed it to her. Anything else I can help with?"],
      [230, 'p', 'no thats everything'],
      [236, 'l', 'Good luck with the capstone, bye!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'law library: "Our law librarian, Ms. Ferrante, will get back to you by end of day Friday", phone read back',
    lines: [
      [0, 'p', 'Good afternoon. I am seeking the legislative history of Maryland HB 1050 from the 2011 session, specifically committee testimony.'],
      [40, 'l', 'Good afternoon, and welcome to the State Law Library chat. My name is Arthur. Are you after the bill file itself, or testimony from a particular committee hearing?'],
      [95, 'p', 'The Judiciary Committee hearing, if it exists.'],
      [105, 'l', 'The bill file summary is online at mgaleg.maryland.gov (Legislation > 2011 RS > HB1050). The testimony itself is only in the print bill file. Our law librarian, Ms. Ferrante, will get back to you by end of day Friday with what the file holds. Is 410-555-0148 the best number to reach you?'],
      [160, 'p', 'Yes, that is my cell. Thank you.'],
      [170, 'l', 'Is there anything else I may help you with today?'],
      [200, 'p', 'No, that is all.'],
      [205, 'l', 'Thank you for contacting the State Law Library. Good day.'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0148' } },
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'genealogy specialist by promise only, coded "Answered": "You\'ll be hearing from our genealogy specialist by Wednesday"',
    lines: [
      [0, 'p', 'my great grandfather was a waterman on smith island, 1900-1930ish. where would records be'],
      [35, 'l', "Hi! I'm Dev, a librarian at Somerset County Library. What's his name, and are you after census records or boat licences?"],
      [80, 'p', 'Lorenzo Tyler. census first'],
      [95, 'l', "He's in the 1910 and 1920 census on HeritageQuest: somersetlibrary.org/heritagequest, search Tyler, Somerset County. Did that turn him up?"],
      [160, 'p', 'yes 1920!! what about the licences'],
      [170, 'l', "Those are harder. You'll be hearing from our genealogy specialist by Wednesday. What's your email?"],
      [200, 'p', 'tylerfam1956@gmail.com'],
      [210, 'l', 'Great. Anything else?'],
      [230, 'p', 'no thank you!!'],
      [235, 'l', 'Happy hunting, goodbye!'],
    ],
    exp: followed({ code: 'fail' }),
  },
  {
    name: 'archives: "Expect an email from our reading room coordinator, Janelle, by Monday" coded "Follow-up by patron\'s library"',
    lines: [
      [0, 'p', 'do you have the 1930s yearbooks for Frederick High School? need my grandmas picture'],
      [30, 'l', "Hello! This is Corinne at Frederick County Public Libraries' Maryland Room. Which year did she graduate, roughly?"],
      [65, 'p', '1936 or 37'],
      [80, 'l', 'Our catalog lists both years (fcpl.org/catalog, search Frederick High yearbook 1936). They are not digitised, though. Expect an email from our reading room coordinator, Janelle, by Monday with scans of the senior pages. Email?'],
      [120, 'p', 'b.kline22@comcast.net'],
      [130, 'l', 'Thanks! Does that plan work for you?'],
      [150, 'p', 'yes perfect. thats all i needed'],
      [155, 'l', 'Wonderful, take care!'],
    ],
    over: FU_LIB,
    exp: followed(),
  },

  // ---- "I will forward this to our …" with and without a time -------------------------------------------------------
  {
    name: 'cooperative: "I will forward this to our Allegany County partners and they\'ll send the obituary within 3 days"; e-mail only in the patron fields',
    lines: [
      [0, 'p', 'Do you have obituaries from the Cumberland Evening Times for March 1952? Looking for my great-uncle Harold Stottlemyer'],
      [30, 'l', "Hi there, thanks for contacting AskUsNow! My name's Bernadette. Do you know the exact date he died, or just the month?"],
      [60, 'p', 'just march 52'],
      [75, 'l', "The library's obituary clippings only start in 1960, so this needs someone at the microfilm. I will forward this to our Allegany County partners and they'll send the obituary to the email on your account within 3 days."],
      [100, 'p', 'oh great ok'],
      [110, 'l', 'Anything else I can look into?'],
      [130, 'p', 'no thx'],
      [135, 'l', 'Thanks for using AskUsNow, take care!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Ruth Stottlemyer', email: 'ruthstott@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'public library: "I\'m going to forward this to our genealogy volunteer, who\'ll reach out to you" (no time), e-mail read back',
    lines: [
      [0, 'p', 'hi, trying to find where my ancestor Josiah Pratt is buried, he died in Westminster around 1880'],
      [25, 'l', "Hi! Welcome to Carroll County Public Library's chat, I'm Wendell. Do you know his church, or only the town?"],
      [70, 'p', 'only the town sorry'],
      [80, 'l', "No problem. Find a Grave lists a J. Pratt, d. 1881, in Westminster Cemetery: findagrave.com, search Pratt, Carroll County. Could that be him?"],
      [130, 'p', 'maybe? the dates are close'],
      [140, 'l', "I'm going to forward this to our genealogy volunteer, who'll reach out to you. I have your email as jpratt.family@outlook.com from the sign-in, is that right?"],
      [170, 'p', 'yes'],
      [180, 'l', 'Great. Anything else today?'],
      [200, 'p', 'nope'],
      [205, 'l', 'Thanks for chatting with us!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jpratt.family@outlook.com', phone: null } },
    exp: followed({ contact: 'fail' }),
  },
  {
    name: 'near miss: "I will forward this to our web team so they can fix the broken link" is no follow-up',
    lines: [
      [0, 'p', 'the link for JSTOR on your databases page gives me a 404 error'],
      [20, 'l', 'Hello, Quinn from the Salisbury University Libraries here. Sorry about that! Which page were you on, the A-Z list or a subject guide?'],
      [50, 'p', 'A-Z list'],
      [65, 'l', 'Thanks. The working link is libraries.salisbury.edu/jstor for now. I will forward this to our web team so they can fix the broken link. Does the new link work for you?'],
      [110, 'p', 'yep works'],
      [118, 'l', 'Great! Anything else?'],
      [140, 'p', 'nope'],
      [146, 'l', 'Bye for now, thanks for flagging it!'],
    ],
    exp: usual(),
  },
  {
    name: 'academic: "I\'ll forward this along to our data librarian; expect an answer in your inbox within 48 hrs"',
    lines: [
      [0, 'p', 'I need county-level opioid overdose data for Maryland 2015-2022 for a stats project, csv if possible'],
      [28, 'l', 'Hi, this is Marguerite at the Towson University Cook Library. Do you need deaths only or also ER visits?'],
      [70, 'p', 'deaths only'],
      [85, 'l', 'CDC WONDER has them: wonder.cdc.gov > Multiple Cause of Death, group by county, export as text. Is that what you were picturing?'],
      [150, 'p', 'yes but some counties are suppressed'],
      [165, 'l', "Right, counts under 10 are hidden. I'll forward this along to our data librarian; expect an answer in your inbox within 48 hrs. Is tu-student email ok, or another?"],
      [200, 'p', 'kwashington3@students.towson.edu'],
      [210, 'l', 'Noted. Anything else I can help with?'],
      [240, 'p', "nope that's it"],
      [245, 'l', 'Thanks, good luck with the project!'],
    ],
    over: FU_ME,
    exp: followed(),
  },

  // ---- interlibrary loan follow-ups ---------------------------------------------------------------------------------
  {
    name: 'SMS, ILL: "Our ILL office will text you once the article lands": the phone is only the channel (patron fields), and "once it lands" is no time; recorded 20 h later',
    lines: [
      [0, 'p', 'need the article Tidal marsh loss in the upper Chesapeake 2019 for my bio class. cant find full text'],
      [40, 'l', 'Hi! This is Ask Us Now by text, Marcus at Cecil County Public Library. Which journal is it in?'],
      [90, 'p', 'Estuaries and Coasts i think'],
      [100, 'l', 'Checking our journal list, 1 min'],
      [170, 'l', "The abstract is free at link.springer.com, but we don't have 2019 full text, so I put in an interlibrary loan request for you. Our ILL office will text you once the article lands."],
      [200, 'p', 'ok cool'],
      [210, 'l', 'Anything else?'],
      [260, 'p', 'no thats it'],
      [265, 'l', 'Thx for texting, good luck on the bio paper!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '+14105550182' }, followUps: [{ doneAt: at(270 + 20 * 3600) }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'ILL, formal: "Kindly expect a status update from our Interlibrary Loan unit within two working days", e-mail confirmed; done after 73 h',
    lines: [
      [0, 'p', 'Dear librarian, my interlibrary loan request #ILL-44821 for a 1962 thesis has shown "in process" for a month. Could you check?'],
      [35, 'l', 'Good morning, and thank you for contacting Ask a Librarian at Morgan State University. I am Mr. Oyelaran. May I ask which library the thesis is from?'],
      [80, 'p', 'Howard University.'],
      [95, 'l', 'Thank you. I am checking the request in ILLiad now.'],
      [160, 'l', 'The request is with Howard; their lender record says a scan is being prepared. You can follow it under ILLiad > Outstanding Requests at morgan.illiad.oclc.org. Kindly expect a status update from our Interlibrary Loan unit within two working days. Shall we write to the address on the request, ayoade.b@morgan.edu?'],
      [210, 'p', 'Yes, that address is correct. Thank you, that is all.'],
      [220, 'l', 'You are most welcome. Have a pleasant day.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(225 + 73 * 3600) }] },
    exp: followed({ complete: 'fail', anything: 'pass', onTime: 'fail' }),
  },
  {
    name: 'near miss, ILL: "You\'ll get an automatic email when the book arrives" is the system\'s notice, not a promise',
    lines: [
      [0, 'p', 'how long does interlibrary loan take for a book'],
      [20, 'l', "Hi, I'm Lou, a librarian at Washington County Free Library. Is it a book you've already requested, or one you're thinking of requesting?"],
      [60, 'p', 'already did, The Overstory'],
      [75, 'l', "Most books come in 1-2 weeks; your request shows under My Account at wcpl.info. You'll get an automatic email when the book arrives. Does that help?"],
      [110, 'p', 'yes thanks, thats all'],
      [115, 'l', 'Enjoy the book!'],
    ],
    exp: usual(),
  },

  // ---- SMS sessions, the patron's phone as the contact ------------------------------------------------------------
  {
    name: 'SMS: patron types the number ("text me at 240 555 0107"), "I\'ll text the list to that number tomorrow morning"',
    lines: [
      [0, 'p', 'Hi can you find me a list of free tax prep sites in PG county'],
      [35, 'l', "Hello, Prince George's County Memorial Library System text line, this is Ines. Are you looking for VITA sites (free for lower incomes) or AARP Tax-Aide?"],
      [80, 'p', 'whichever is free. text me at 240 555 0107 if its long'],
      [95, 'l', "Both are free. The IRS locator is at irs.treasury.gov/freetaxprep. I'll put together the PG sites with hours and text the list to that number tomorrow morning. Does that help for now?"],
      [130, 'p', 'yes thank you'],
      [140, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Thanks for texting! Bye!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'SMS, no codes: "will text u when i hear from circ" (a promise, no time), phone only the channel',
    lines: [
      [0, 'p', 'did someone turn in a blue umbrella at the north branch yesterday'],
      [45, 'l', 'Hi, Jamal at Anne Arundel County Public Library (text). Which north branch, Glen Burnie or Odenton?'],
      [80, 'p', 'glen burnie'],
      [90, 'l', 'ok, lost and found is kept at the circulation desk. will text u when i hear from circ.'],
      [110, 'p', 'k thx'],
      [115, 'l', 'Thanks!'],
    ],
    over: { resolutionCode: undefined, patron: { name: null, email: null, phone: '4105550177' } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'na', contact: 'fail', onTime: 'pending' }),
  },

  // ---- contacts: odd spacing, patron fields only ---------------------------------------------------------------------
  {
    name: 'e-mail typed with spaces, "g.fairweather @ yahoo . com", "I\'ll email you the map scans by Wednesday"',
    lines: [
      [0, 'p', 'Are there Sanborn fire insurance maps for Easton, MD from the 1920s?'],
      [25, 'l', "Hi! You're chatting with Talbot County Free Library, I'm Rosa. Do you need a particular street or the whole town?"],
      [60, 'p', 'Washington St. near the courthouse'],
      [75, 'l', 'The Library of Congress has Easton 1921 online: loc.gov/maps, search Sanborn Easton 1921, sheet 4 shows the courthouse block. Did that sheet show your block?'],
      [140, 'p', 'it did but its blurry, do you have better copies'],
      [150, 'l', "We have the microfilm. I'll email you the map scans by Wednesday. Where should they go?"],
      [175, 'p', 'g.fairweather @ yahoo . com'],
      [185, 'l', 'Thank you. Anything else?'],
      [200, 'p', 'no, thanks so much'],
      [205, 'l', 'Take care!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'e-mail only in the guest column (patron.name), "I\'ll send it to the address you signed in with by Friday": the contact is not confirmed in the chat',
    lines: [
      [0, 'p', 'can i get a copy of the 1977 board of education minutes about the school closing in Sykesville'],
      [30, 'l', "Hi, this is Hal at Carroll County Public Library. Which school - Springfield or Sykesville Elementary?"],
      [75, 'p', 'springfield'],
      [90, 'l', "The minutes are in our local history files, not online. I'll pull them and send it to the address you signed in with by Friday. Is there anything else?"],
      [120, 'p', 'no that works, thank you'],
      [125, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'mmcalister@example.org', email: null, phone: null } },
    exp: followed({ source: 'fail', complete: 'fail', contact: 'fail' }),
  },
  {
    name: 'follow-up code but no contact anywhere: code and contact fail',
    lines: [
      [0, 'p', 'what year did the Glen Echo carousel get its band organ'],
      [30, 'l', 'Hi there, this is Paz with Ask Us Now! Do you mean the Wurlitzer that is there now?'],
      [60, 'p', 'yes'],
      [70, 'l', "Let me check."],
      [150, 'l', "The park's history page (glenechopark.org/carousel) says 1926 but doesn't name a source. I'll ask the park archivist and get back to you tomorrow. Is that ok?"],
      [180, 'p', 'sure'],
      [190, 'l', 'Anything else?'],
      [200, 'p', 'no'],
      [205, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail', code: 'fail', contact: 'fail' }),
  },

  // ---- follow-ups recorded: on time, late, not yet ----------------------------------------------------------------
  {
    name: 'recorded in the store (ctx.recordedFollowUps) 71.75 h later, across the change to daylight time (-04:00): on time',
    lines: [
      [0, 'p', 'hello, i need the annual reports of the Baltimore Water Board 1880-1890'],
      [30, 'l', 'Hi! Kofi at the Enoch Pratt Free Library here. Do you need the full reports, or just the statistics tables?'],
      [70, 'p', 'full reports'],
      [80, 'l', "HathiTrust has 1883 and 1885 in full view: babel.hathitrust.org, search Baltimore Water Board report. The rest we'd scan; I'll email you what we have by Thursday. Your email?"],
      [120, 'p', 'eveready.h@gmail.com'],
      [130, 'l', 'Thanks! Does that cover it for now?'],
      [160, 'p', 'yes, thats everything'],
      [295, 'l', 'Thank you, goodbye!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 10 * DAY, recordedFollowUps: [{ doneAt: '2026-03-05T10:50:00-04:00' }] },
    exp: followed({ informed: 'fail', onTime: 'pass' }),
  },
  {
    name: 'the same follow-up recorded at 11:10 -04:00 (72.08 h): late',
    lines: [
      [0, 'p', 'hello, i need the annual reports of the Baltimore Water Board 1880-1890'],
      [30, 'l', 'Hi! Kofi at the Enoch Pratt Free Library here. Do you need the full reports, or just the statistics tables?'],
      [70, 'p', 'full reports'],
      [80, 'l', "HathiTrust has 1883 and 1885 in full view: babel.hathitrust.org, search Baltimore Water Board report. The rest we'd scan; I'll email you what we have by Thursday. Your email?"],
      [120, 'p', 'eveready.h@gmail.com'],
      [130, 'l', 'Thanks! Does that cover it for now?'],
      [160, 'p', 'yes, thats everything'],
      [295, 'l', 'Thank you, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-05T11:10:00-04:00' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: followed({ informed: 'fail', onTime: 'fail' }),
  },
  {
    name: 'not yet recorded, 71 h after the end: pending; "I\'ll shoot the scans over by email tomorrow"',
    lines: [
      [0, 'p', 'looking for a photo of the old Hecht Co. store on Howard St, any decade'],
      [30, 'l', 'Hey! Marisa at the Baltimore County Public Library, Ask Us chat. Inside or outside shots?'],
      [65, 'p', 'outside'],
      [80, 'l', "Digital Maryland has two: digitalmaryland.org, search Hecht Howard Street. There's a 1950s print in our vertical file too; I'll shoot the scans over by email tomorrow. Do those two online help meanwhile?"],
      [130, 'p', 'yes! my email is dkrauss@example.net'],
      [140, 'l', 'Got it. Anything else?'],
      [160, 'p', 'nope all good'],
      [165, 'l', 'Enjoy, bye!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 170 * SEC + 71 * 3600 * SEC },
    exp: followed(),
  },
  {
    name: 'never recorded, 72.5 h after the end: fail; promise by "drop you a line on Monday"',
    lines: [
      [0, 'p', 'what are the rules for bringing a service dog into the library makerspace'],
      [30, 'l', "Hi, I'm Otto, a librarian at Harford County Public Library. Is this about a service animal under the ADA, or an emotional support animal?"],
      [70, 'p', 'service animal'],
      [80, 'l', "Service animals are welcome everywhere in our branches (policy at hcplonline.org/policies). The makerspace has its own safety rules, so I'll ask the makerspace coordinator and drop you a line on Monday. Email?"],
      [120, 'p', 'a.moreno.hc@gmail.com'],
      [130, 'l', 'Thanks. Does the policy page answer the main question?'],
      [150, 'p', 'yes it does'],
      [160, 'l', 'Anything else?'],
      [180, 'p', 'no'],
      [185, 'l', 'Have a great weekend!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 190 * SEC + 72.5 * 3600 * SEC },
    exp: followed({ onTime: 'fail' }),
  },

  // ---- idle patrons: check-ins and disconnect notices at the limits -------------------------------------------------
  {
    name: 'idle exactly 120 s to the system\'s time-out, check-in asked: check-in passes, disconnect notice na',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [20, 'l', "Hi! I'm Ada with the Howard County Library System. Do you know your library card PIN?"],
      [50, 'p', 'yes'],
      [60, 'l', 'Sign in at hclibrary.org > My Account > Checked Out, tick the items and press Renew. Does that work for you?'],
      [150, 'l', 'Are you still with me?'],
      [180, 's', 'Chat session timed out due to inactivity.'],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'idle 119 s (ended by the system): both idle checks na',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [20, 'l', "Hi! I'm Ada with the Howard County Library System. Do you know your library card PIN?"],
      [50, 'p', 'yes'],
      [60, 'l', 'Sign in at hclibrary.org > My Account > Checked Out, tick the items and press Renew. Does that work for you?'],
      [179, 's', 'Chat session timed out due to inactivity.'],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'idle 180 s, one message checks in and gives the notice ("Still there? If not, it looks like we lost you, so I\'ll end this chat shortly")',
    lines: [
      [0, 'p', 'is there a limit on how many ebooks i can borrow on Libby'],
      [30, 'l', 'Hello from Ask Us Now! Ngozi here. Which library card are you using in Libby?'],
      [55, 'p', 'baltimore county'],
      [65, 'l', 'BCPL allows 15 ebook loans and 15 holds at once; the full list is at bcpl.info/libby-limits. Does that answer your question?'],
      [200, 'l', "Still there? If not, it looks like we lost you, so I'll end this chat shortly. Thanks for using Ask Us Now!"],
    ],
    over: { endAfter: 45 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'idle 240 s, only the system times out ("Patron idle - chat closed"): check-in and notice fail, no courtesy',
    lines: [
      [0, 'p', 'where do i find the minutes from last months county council meeting'],
      [25, 'l', 'Hi, Reggie here at Frederick County Public Libraries. Do you mean the County Council or the Board of County Commissioners?'],
      [70, 'p', 'county council'],
      [80, 'l', 'They post them at frederickcountymd.gov/council > Agendas & Minutes. Is that what you needed?'],
      [320, 's', 'Patron idle - chat closed by system.'],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'idle 260 s: check-in, then "It looks like you\'ve stepped away" with no word that the chat will end: notice fails',
    lines: [
      [0, 'p', 'do you have test prep books for the ASVAB'],
      [20, 'l', "Hi! This is Wes at St. Mary's County Library. Do you want print books or online practice tests?"],
      [50, 'p', 'online'],
      [60, 'l', "LearningExpress Library has full ASVAB practice tests: smcl.org/learningexpress, log in with your card. Is that the sort of thing you're after?"],
      [190, 'l', 'Hello? Are you still there?'],
      [300, 'l', "It looks like you've stepped away. Thanks for chatting, good luck on the test!"],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "This chat will close automatically after 10 minutes of inactivity" is a rule, not a notice that the patron seems gone',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [25, 'l', "Hi there! I'm Jun from Calvert Library. Which branch do you usually visit?"],
      [60, 'p', 'prince frederick'],
      [70, 'l', 'Yes: send it from the Mobile Print page at calvertlibrary.info/print and release it at the desk with your card. Did that help?'],
      [200, 'l', 'Just checking in, are you still there?'],
      [260, 'l', 'This chat will close automatically after 10 minutes of inactivity.'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll go ahead and close the chat in a minute" without saying the patron seems gone; no check-in either',
    lines: [
      [0, 'p', 'whats the fine for a late dvd'],
      [20, 'l', "Hi, you've reached Ask a Librarian at Queen Anne's County Library, this is Pat. Is it a new release or a regular DVD?"],
      [45, 'p', 'regular'],
      [55, 'l', 'Regular DVDs are $1 a day, up to $10; the fee list is at qaclibrary.org/fees. Does that answer it?'],
      [250, 'l', "I'll go ahead and close the chat in a minute. Have a good day!"],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a goodbye 150 s after the answer ends the idle: the check-in applies and fails, the notice is na',
    lines: [
      [0, 'p', 'what time does the bookmobile come to Lothian on Tuesdays'],
      [25, 'l', "Hello! This is Ty at Anne Arundel County Public Library. Is that the Lothian Elementary stop or the shopping centre?"],
      [50, 'p', 'elementary'],
      [60, 'l', 'That stop is 3:30-4:30 pm every other Tuesday; the schedule is at aacpl.net/bookmobile. Does that work for you?'],
      [210, 'l', 'Thanks for chatting, take care!'],
    ],
    over: { endAfter: 200 },
    exp: usual({ anything: 'fail', idle: 'fail' }),
  },
  {
    name: 'Spanish: "¿Sigue en línea?", then "Parece que se desconectó; voy a cerrar este chat. ¡Gracias!"',
    lines: [
      [0, 'p', 'hola, como saco la tarjeta de la biblioteca si no tengo licencia de manejar'],
      [30, 'l', 'Hola, le saluda Lucía de la Biblioteca del Condado de Montgomery. ¿Tiene otro documento con foto, como pasaporte o matrícula consular?'],
      [80, 'p', 'si pasaporte'],
      [95, 'l', 'Con el pasaporte y un comprobante de domicilio (una factura con su dirección) puede sacarla en cualquier sucursal. Los detalles están en montgomerycountymd.gov/library/tarjeta. ¿Le sirve esta información?'],
      [230, 'l', '¿Sigue en línea?'],
      [340, 'l', 'Parece que se desconectó; voy a cerrar este chat. ¡Gracias por escribirnos!'],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call: the patron sent one message and left; greeting, check-in and notice ("haven\'t seen a reply, so I\'m closing out this session")',
    lines: [
      [0, 'p', 'do u have the new James Patterson'],
      [40, 'l', "Hi! I'm Cyd from the Wicomico Public Library. Which one - the one that came out this month?"],
      [170, 'l', 'Are you there?'],
      [260, 'l', "I haven't seen a reply, so I'm closing out this session. Feel free to chat again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call miscoded: the patron sent two messages (the second before pickup), then left; system time-out only',
    lines: [
      [0, 'p', 'hi'],
      [15, 'p', 'i need help with a citation for a youtube video in mla'],
      [50, 'l', "Hello, thanks for contacting Ask a Librarian, this is Lorna at Frostburg State's Ort Library. Is this MLA 9th edition?"],
      [400, 's', 'Session ended: guest inactive.'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }),
  },

  // ---- transfers --------------------------------------------------------------------------------------------------
  {
    name: 'cooperative partners: note to the receiver saying why and "I\'m sending you over to a Carroll County librarian"; the receiver picks up',
    lines: [
      [0, 'p', 'my carroll county library card expired, can i renew it over chat'],
      [30, 'l', "Hi! You've reached Maryland's AskUsNow! service; I'm Nkem, a librarian in Baltimore. Do you still live in Carroll County?", NKEM],
      [60, 'p', 'yes westminster'],
      [75, 'i', 'Oren - Carroll County patron, expired card, wants a renewal; needs a CCPL staffer to update the account.', { ...NKEM, to: 'oren' }],
      [80, 'l', "Card renewals have to be done by Carroll County staff, so I'm sending you over to a Carroll County librarian now. Hang tight!", NKEM],
      [85, 's', 'Chat transferred from Nkem Adeyemi to Oren (Carroll County)', sys('transfer', 'oren')],
      [120, 'l', 'Hi, Oren at Carroll County Public Library here! I see your account; can you confirm your street address?', OREN],
      [150, 'p', '12 Bond St'],
      [165, 'l', "Thanks, you're renewed through 2029. You can check it under My Account at library.carr.org. Anything else?", OREN],
      [190, 'p', 'no thats everything, thanks!'],
      [195, 'l', 'You bet, have a nice day!', OREN],
    ],
    over: { provider: { id: 'nkem', name: 'Nkem Adeyemi', library: 'BCPL' } },
    exp: usual({ complete: 'fail', transfer: 'pass' }),
  },
  {
    name: 'inside a library, no internal note: "Let me get you over to our business librarian, Tasha" then the transfer',
    lines: [
      [0, 'p', 'I want to open a food truck in Howard County, where do I start with licenses'],
      [25, 'l', "Hello, this is Jo at the Howard County Library System, Central Branch. Is it a new business or are you buying an existing truck?"],
      [70, 'p', 'new business'],
      [80, 'l', "Let me get you over to our business librarian, Tasha; she does these all the time. One moment."],
      [85, 's', 'Transferred to Tasha Bell', sys('transfer', 'tasha')],
      [120, 'l', "Hi, Tasha here! Start with the county's Food Service Facility page: howardcountymd.gov/health/mobile-food, then the state trader's license at the Circuit Court. Does that give you a starting point?", TASHA],
      [170, 'p', 'yes thank you!!'],
      [175, 'l', 'Anything else today?', TASHA],
      [200, 'p', "no, that's all"],
      [205, 'l', 'Good luck with the truck!', TASHA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'the note is written by the receiving provider after the transfer ("got it, thanks - taking the FAFSA q"): handoff fails',
    lines: [
      [0, 'p', 'can someone help me fill out the fafsa, im stuck on the parent section'],
      [30, 'l', "Hi! I'm Jo, a librarian at Prince George's County Memorial Library. Are you stuck on a particular question number?"],
      [70, 'p', 'the one about parent assets'],
      [80, 'l', "I'm going to transfer you to our college and career librarian, who knows the FAFSA best. Just a moment."],
      [85, 's', 'Transfer to Tasha Bell', sys('transfer', 'tasha')],
      [90, 'i', 'got it, thanks - taking the FAFSA q about parent assets', TASHA],
      [115, 'l', "Hi, Tasha here. Parent assets are explained at studentaid.gov/help/assets, and the chart there shows what to leave out (home, retirement accounts). Is that the part you were stuck on?", TASHA],
      [170, 'p', 'yes that helps a lot'],
      [180, 'l', 'Anything else I can help with?', TASHA],
      [210, 'p', "nope that's all"],
      [215, 'l', 'Good luck with it!', TASHA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'note saying why but the patron is only told "one moment please": handoff fails (a hold is no notice of a transfer)',
    lines: [
      [0, 'p', 'necesito ayuda con mi solicitud de ciudadania, donde estudio para el examen'],
      [35, 'l', "Hi, this is Jo at Frederick County Public Libraries. I'm checking for a Spanish-speaking colleague. Are you studying for the civics test or the English test?"],
      [70, 'p', 'civics'],
      [80, 'i', 'Lupe - Spanish-speaking patron preparing for the citizenship civics test, needs help in Spanish.', { to: 'lupe' }],
      [85, 'l', 'One moment please.'],
      [90, 's', 'Chat transferred', sys('transfer', 'lupe')],
      [125, 'l', 'Hola, soy Guadalupe de la biblioteca. Las 100 preguntas de educación cívica están en español en uscis.gov/es/ciudadania, con tarjetas para estudiar. ¿Es lo que buscaba?', LUPE],
      [180, 'p', 'si gracias, es todo'],
      [190, 'l', '¡Con gusto! Mucha suerte en el examen.', LUPE],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'two transfers: the first with note and notice, the second (back) with neither: handoff fails',
    lines: [
      [0, 'p', 'i need a peer reviewed article on microplastics in the chesapeake and also how to cite it in apa'],
      [30, 'l', "Hi! I'm Jo at the University of Maryland Libraries. Is this for a particular course?", {}],
      [60, 'p', 'ENST 200'],
      [70, 'i', 'Tasha - ENST 200 student needs peer-reviewed microplastics articles; you cover environmental science databases.', { to: 'tasha' }],
      [75, 'l', "I'm handing you off to Tasha, our environmental science librarian, for the articles."],
      [80, 's', 'transfer', sys('transfer', 'tasha')],
      [110, 'l', "Tasha here! Try Environment Complete: lib.umd.edu/databases > Environment Complete, search microplastic* AND Chesapeake, Peer Reviewed ticked. Does that give you what you need?", TASHA],
      [160, 'p', 'yes! now the apa part'],
      [170, 's', 'transfer', sys('transfer', 'jo')],
      [200, 'l', 'Back with Jo. The APA 7 journal article format is on our guide: lib.umd.edu/apa. Anything else?'],
      [240, 'p', 'no thats all thanks'],
      [245, 'l', 'Bye, good luck!'],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- resolution codes that match or contradict the chat --------------------------------------------------------
  {
    name: 'code missing (null) on an otherwise good chat: resolution.code fails',
    lines: [
      [0, 'p', 'do u have any knitting classes for beginners'],
      [20, 'l', "Hi! I'm Rue at Worcester County Library. Which branch is closest to you?"],
      [40, 'p', 'ocean city'],
      [55, 'l', 'Ocean City hosts Knit Night every Thursday at 6, beginners welcome: worcesterlibrary.org/events. Is that the kind of class you wanted?'],
      [90, 'p', 'yes perfect thats all'],
      [95, 'l', 'See you there, bye!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'code "FOLLOW UP - BY ME" (case, spaces, dash) with a promise and a phone the patron gave: passes',
    lines: [
      [0, 'p', 'Can you find out if the Elkridge branch will have tax forms this year'],
      [30, 'l', "Hello, I'm Viv, a librarian at Howard County Library System. Federal, Maryland, or both?"],
      [60, 'p', 'both. call me 667-555-0139 if needed'],
      [75, 'l', "The IRS forms are always at irs.gov/forms. I'll check with Elkridge about the print ones and give you a call Tuesday afternoon at 667-555-0139. Does that work?"],
      [110, 'p', 'yes thanks, thats all'],
      [115, 'l', 'Thanks for chatting!'],
    ],
    over: { resolutionCode: 'FOLLOW UP - BY ME' },
    exp: followed(),
  },
  {
    name: 'coded "Follow-up by patron\'s library" although the chat was answered in full and nothing was promised: the code passes (a contact is known)',
    lines: [
      [0, 'p', 'What are the hours for the Easton library on Sunday?'],
      [20, 'l', 'Hi, this is Mel at Talbot County Free Library. Are you asking about this Sunday or Sundays in general?'],
      [45, 'p', 'in general'],
      [55, 'l', 'Easton is open 1-5 on Sundays from September to May; hours are at tcfl.org/hours. Did that answer it?'],
      [80, 'p', 'yes thanks, that was it'],
      [85, 'l', 'Have a good one!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'q@example.com', phone: null } },
    exp: followed({ contact: 'fail' }),
  },

  // ---- concurrency (otherIntervals) -----------------------------------------------------------------------------
  {
    name: 'busy shift: three other chats open at once with this one (4 > 3): concurrency fails; "sorry for the delay, juggling a few chats"',
    lines: [
      [0, 'p', 'how do i get a museum pass for the B&O railroad museum'],
      [50, 'l', 'Hi, Jo from the Baltimore County Public Library. Sorry for the delay, juggling a few chats! Do you have a BCPL card?'],
      [80, 'p', 'yes'],
      [170, 'l', 'Reserve it at bcpl.info/museum-passes, pick the B&O date and your branch; passes are for 4 people. Does that do it?'],
      [210, 'p', 'yep thats all'],
      [215, 'l', 'Enjoy the trains! Bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', 60, 400), other('c', 'jo', 100, 180)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'three open at once, a fourth that closed exactly when this one opened and one that opened exactly when it ended: passes',
    lines: [
      [0, 'p', 'do you have notary service at the Glen Burnie library'],
      [30, 'l', 'Hi! This is Jo with AACPL. Do you need a notary for a document today?'],
      [60, 'p', 'this week'],
      [70, 'l', 'Glen Burnie has a free notary Tuesdays and Thursdays 10-2; details at aacpl.net/notary. Does that help?'],
      [100, 'p', 'yes thank you thats all'],
      [105, 'l', 'Have a good day!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -500, 0), other('b', 'jo', -30, 200), other('c', 'jo', 40, 80), other('d', 'jo', 110, 900), other('e', 'kim', 0, 110)] },
    exp: usual(),
  },
  {
    name: 'transferred session: the receiver had three other chats during her part (4 open): concurrency fails; the sender was free',
    lines: [
      [0, 'p', 'i need help finding peer reviewed articles on restorative justice in schools'],
      [25, 'l', "Hi! I'm Jo with Ask Us 24/7. Is this for an education course or criminal justice?"],
      [60, 'p', 'education, grad level'],
      [70, 'i', 'Tasha: grad education student, restorative justice in K-12, needs ERIC strategies; you are the ed specialist.', { to: 'tasha' }],
      [75, 'l', "I'm transferring you to Tasha, our education specialist. One moment!"],
      [80, 's', 'Chat transferred to Tasha Bell', sys('transfer', 'tasha')],
      [110, 'l', 'Hi, Tasha here. In ERIC (eric.ed.gov) try "restorative justice" AND (school* OR K-12), tick Peer reviewed only. Is that the kind of result you need?', TASHA],
      [170, 'p', 'yes lots of results, thats all i needed'],
      [175, 'l', 'Great, good luck!', TASHA],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 0, 80), other('b', 'tasha', 50, 400), other('c', 'tasha', 90, 400), other('d', 'tasha', 100, 400)] },
    exp: usual({ concurrency: 'fail', transfer: 'pass' }),
  },
  // "its Bea w/ Montgomery County Public Libraries": the provider's name, "w/" for "with" (v7 nameWithSlash;
  // v6's shapes wanted the word), so the greeting passes although the author field holds another name
  {
    name: 'SMS: "ill text u back at 443-555-0196 b4 5pm today" (number read back, chat-speak); never recorded, now 4 days on',
    lines: [
      [0, 'p', 'is the passport office at the wheaton branch open sat'],
      [30, 'l', 'hi! its Bea w/ Montgomery County Public Libraries text service. do u need an appt or just hours?'],
      [60, 'p', 'hours'],
      [70, 'l', 'the site says 10-2 sat but its changed lately. ill call the branch and text u back at 443-555-0196 b4 5pm today. sound ok?'],
      [95, 'p', 'ok ty'],
      [100, 'l', 'np! anything else?'],
      [130, 'p', 'no'],
      [135, 'l', 'ttyl, thx!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '4435550196' } },
    ctx: { now: T0 + 4 * DAY },
    exp: followed({ source: 'fail', onTime: 'fail' }),
  },
];

// ---- short cases: near misses and phrasings of one behaviour ---------------------------------------------------------
/** An opening that greets, introduces and asks a clarifying question; the patron answers. */
const OPEN: SessionCase['lines'] = [
  [0, 'p', "Hi, I'm trying to find my grandfather's WWII draft card, he lived in Hagerstown"],
  [20, 'l', "Hello, this is Jo at Washington County Free Library. Do you know his birth year?"],
  [40, 'p', '1919, his email is no use lol mine is pkessler@example.com'],
];

const short: SessionCase[] = [
  {
    name: 'promise: "Nuestro equipo le contestará por correo el lunes" (Spanish, third person)',
    lines: [
      [0, 'p', 'hola, busco actas de nacimiento de Puerto Rico de 1950, mi correo es ana.rivera@example.com'],
      [25, 'l', 'Hola, le atiende Jo de la Biblioteca de Baltimore. ¿Es para un trámite oficial o para genealogía?'],
      [60, 'p', 'genealogia'],
      [75, 'l', 'Nuestro equipo de genealogía le contestará por correo el lunes con las opciones.'],
      [90, 'l', '¡Gracias!'],
    ],
    exp: some({ contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
  {
    name: 'promise: "I\'ll have the ILL team reach out to you within a week"',
    lines: [
      ...OPEN,
      [60, 'l', "Draft cards are on Fold3 (free at the library). I'll have the ILL team reach out to you within a week about the paper copy at pkessler@example.com."],
      [70, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    name: 'promise with "ASAP" only: no time given, contact fails',
    lines: [
      ...OPEN,
      [60, 'l', "Draft cards are on Fold3 at the library. I'll track down the original and email you ASAP."],
      [70, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'promise "I\'ll email you soon": no time given',
    lines: [
      ...OPEN,
      [60, 'l', "I'll look in the county files and email you soon."],
      [70, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'promise "you should see something from me in your inbox before the weekend"',
    lines: [
      ...OPEN,
      [60, 'l', 'I will dig through the county files; you should see something from me in your inbox before the weekend.'],
      [70, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'promise "I\'ll text the link to this number tonight" with the number read back',
    lines: [
      [0, 'p', 'is there a free ged class near glen burnie'],
      [20, 'l', "Hi! Jo at AACPL text service. Morning or evening classes?"],
      [40, 'p', 'evening. my # is 410-555-0161'],
      [55, 'l', "Checking the adult ed calendar after we hang up; I'll text the link to 410-555-0161 tonight."],
      [60, 'l', 'Thanks!'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    name: 'not a promise: "We will email you a copy of this chat transcript"',
    lines: [
      ...OPEN,
      [60, 'l', 'Draft cards are on Fold3, free in the library: wcfl.org/fold3. We will email you a copy of this chat transcript.'],
      [70, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    name: 'not a promise: "If you email us at ask@wcfl.org we can scan it" (the patron is to write)',
    lines: [
      ...OPEN,
      [60, 'l', 'Draft cards are on Fold3, free in the library. If you send the card image to ask@wcfl.org, our staff can scan a cleaner copy.'],
      [70, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'check-in: "u still w/ me?" at 130 s of idle, the system closes the chat',
    lines: [
      [0, 'p', 'how late is the central library open tonight'],
      [20, 'l', 'hi! Jo @ Enoch Pratt Free Library. the central one on cathedral st?'],
      [40, 'p', 'yes'],
      [50, 'l', 'open til 8 tonight, hours at prattlibrary.org/hours'],
      [150, 'l', 'u still w/ me?'],
      [180, 's', 'Conversation closed: visitor left'],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'not a check-in: "Take your time, I\'m here whenever you\'re ready" (idle 150 s)',
    lines: [
      [0, 'p', 'which databases have full text newspapers'],
      [20, 'l', 'Hi, Jo at Garrett County Library! Local or national papers?'],
      [40, 'p', 'national'],
      [50, 'l', "ProQuest US Newsstream has them: garrettlibrary.org/databases. Take your time, I'm here whenever you're ready."],
      [200, 's', 'Chat closed'],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'notice: "Since it\'s been quiet on your end for a few minutes, I\'m going to end our chat"',
    lines: [
      [0, 'p', 'do you have museum passes for the walters'],
      [20, 'l', 'Hi! Jo from Harford County Public Library. Which branch would you pick it up at?'],
      [40, 'p', 'bel air'],
      [50, 'l', 'The Walters is free, so no pass needed! Visit thewalters.org to plan. Does that help?'],
      [180, 'l', 'Are you still there?'],
      [260, 'l', "Since it's been quiet on your end for a few minutes, I'm going to end our chat. Bye for now!"],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'notice: "I\'m not hearing back from you, so I\'ll go ahead and close this session"',
    lines: [
      [0, 'p', 'can i return books at any branch'],
      [20, 'l', 'Hi, Jo at Cecil County Public Library. Are they Cecil County books or from another system?'],
      [40, 'p', 'cecil'],
      [50, 'l', 'Yes, any Cecil branch or book drop takes them: cecil.ebranch.info/locations. Does that answer it?'],
      [180, 'l', 'Hello, are you there?'],
      [250, 'l', "I'm not hearing back from you, so I'll go ahead and close this session. Take care!"],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'transfer notice: "I\'m bringing in our teen librarian, who can take it from here" with a note saying why',
    lines: [
      [0, 'p', 'i need a book for my 8th grade book report that has a strong female lead and is under 300 pages'],
      [20, 'l', 'Hi! I am Jo, a librarian at Charles County Public Library. Any genres you like?'],
      [40, 'p', 'fantasy'],
      [50, 'i', 'Tasha: 8th grader needs a fantasy novel, female lead, under 300 pages, for a book report.', { to: 'tasha' }],
      [55, 'l', "I'm bringing in our teen librarian, Tasha, who can take it from here!"],
      [60, 's', 'Chat transferred to Tasha Bell', sys('transfer', 'tasha')],
      [80, 'l', 'Hi, Tasha here. Try Song of the Lioness by Tamora Pierce. Does it sound good?', TASHA],
      [100, 'p', 'yes'],
      [105, 'l', 'Enjoy!', TASHA],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'Practice session: every check na',
    lines: [
      [0, 'p', 'test test, is this thing on'],
      [10, 'l', 'Hi! Practice chat for new staff training.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: some({ pickup: 'na', code: 'na', contact: 'na', transfer: 'na', concurrency: 'na' }),
  },
  // ---- near misses beside this round's widenings ---------------------------------------------------------------------
  {
    name: 'near miss: "I\'ve been hearing from other patrons that Fold3 is slow tonight" is no promise',
    lines: [...OPEN, [60, 'l', "Draft cards are on Fold3 at wcfl.org/fold3. I've been hearing from other patrons that Fold3 is slow tonight."], [70, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "¿Le contestó alguien del archivo?" (past, a question) is no promise',
    lines: [
      [0, 'p', 'escribí al archivo estatal la semana pasada sobre un acta'],
      [20, 'l', 'Hola, le atiende Jo de la Biblioteca de Baltimore. ¿Le contestó alguien del archivo?'],
      [40, 'p', 'no'],
      [50, 'l', '¡Gracias!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "Please text the form to 410-555-0100 tonight" asks the patron to send: no promise',
    lines: [...OPEN, [60, 'l', 'Draft cards are on Fold3 at wcfl.org/fold3. For a paper copy, please text the request form to 410-555-0100 tonight.'], [70, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "You can write to the address on their website, info@mdhs.org" is a referral\'s contact, not the patron\'s',
    lines: [...OPEN, [60, 'l', 'The Maryland Center for History and Culture may hold his papers. You can write to the address on their website, info@mdhs.org.'], [70, 'l', 'Bye!']],
    exp: some({ source: 'pass', contact: 'na' }),
  },
  {
    name: 'near miss: "im @ work . co-op shift til 5" is no e-mail: a follow-up code with no contact fails',
    lines: [
      [0, 'p', 'can someone find the 1962 flood photos of Port Deposit'],
      [20, 'l', 'Hi, Jo at Cecil County Public Library. Town photos or newspaper ones?'],
      [40, 'p', 'either. no email sorry, im @ work . co-op shift til 5'],
      [55, 'l', "I'll look through the photo files and get back to you tomorrow."],
      [60, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'near miss: "If I\'m not hearing back from you in 2 minutes, I\'ll close the chat" is a condition: no notice',
    lines: [
      [0, 'p', 'do you have the new Percy Jackson'],
      [20, 'l', 'Hi! Jo at Talbot County Free Library. The hardcover or the audiobook?'],
      [40, 'p', 'hardcover'],
      [50, 'l', 'Two copies are on the shelf at Easton: tcfl.org/catalog shows them. Does that help?'],
      [180, 'l', "Are you still there? If I'm not hearing back from you in 2 minutes, I'll close the chat."],
    ],
    over: { endAfter: 120 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'notice still: "Closing this chat due to inactivity" after a check-in',
    lines: [
      [0, 'p', 'do you have the new Percy Jackson'],
      [20, 'l', 'Hi! Jo at Talbot County Free Library. The hardcover or the audiobook?'],
      [40, 'p', 'hardcover'],
      [50, 'l', 'Two copies are on the shelf at Easton: tcfl.org/catalog shows them. Does that help?'],
      [180, 'l', 'Are you still there?'],
      [250, 'l', 'Closing this chat due to inactivity.'],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'invitation still: "We\'re here whenever you need us!" closes courteously',
    lines: [...OPEN, [60, 'l', 'Draft cards are on Fold3, free at any branch: wcfl.org/fold3.'], [70, 'l', "We're here whenever you need us!"]],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Please bring in your library card" is no notice of a transfer',
    lines: [
      [0, 'p', 'my card is blocked and i need a computer today'],
      [20, 'l', 'Hi, Jo at Washington County Free Library. Is it blocked for fines or because it expired?'],
      [40, 'p', 'expired'],
      [45, 'i', 'Tasha - expired card, patron needs a computer today; circ can renew it.', { to: 'tasha' }],
      [50, 'l', 'Please bring in your library card to the desk today.'],
      [55, 's', 'Chat transferred to Tasha Bell', sys('transfer', 'tasha')],
      [70, 'l', 'Hi, Tasha here. I renewed it, you are all set.', TASHA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "Could that be the problem?" and "Could I email it to you?" ask nothing about what was given',
    lines: [
      [0, 'p', 'the Libby app keeps saying my card is invalid'],
      [20, 'l', 'Hi! Jo at Harford County Public Library. Did your card expire recently? Could that be the problem?'],
      [50, 'p', 'maybe'],
      [60, 'l', 'Renewals are online at hcplonline.org/renew. I also have a how-to sheet for Libby. Could I email it to you?'],
      [90, 'p', 'no thanks, bye'],
      [95, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Por suerte, la biblioteca tiene dos copias" is no goodbye; "no es todo, también…" is not done',
    lines: [
      [0, 'p', 'busco el libro Cien años de soledad en español'],
      [20, 'l', 'Hola, le atiende Jo de la Biblioteca de Frederick. ¿Lo quiere en papel o electrónico?'],
      [40, 'p', 'papel'],
      [50, 'l', 'Por suerte, la biblioteca tiene dos copias en el catálogo: fcpl.org/catalog. ¿Le sirve?'],
      [80, 'p', 'no es todo, también necesito el resumen'],
      [90, 'l', 'Por suerte, Britannica tiene uno en español en la sección de literatura.'],
    ],
    exp: some({ anything: 'fail', courteous: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, outside this round's focus (not run). */
export const LEFT: SessionCase[] = [
  // referral.contact is na: "You can write to the address on their website, info@mdhs.org" after the party
  // was named in the sentence before ("The Maryland Center for History and Culture may hold his papers")
  // tells the patron to write to it, with its e-mail (Terms: a referral; pass). The object of "write to" is
  // "the address", no party word; referrals are not this round's focus. (Run above without this status.)
  {
    // v23: "write to the address on their website, info@mdhs.org" has no party as the object of "write to"; taking
    // "their" back to the party of the sentence before is a one-off reading.
    name: 'referral by "write to the address on their website", the party named a sentence before',
    lines: [...OPEN, [60, 'l', 'The Maryland Center for History and Culture may hold his papers. You can write to the address on their website, info@mdhs.org.'], [70, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
];

describe('seventh round (C): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventh round (C): whole sessions, every check', whole);
describeSessions('seventh round (C): follow-ups and session events, near misses', short);

describeLeft('seventh-round-followup', LEFT);
