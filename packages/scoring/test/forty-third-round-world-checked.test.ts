/**
 * Forty-third round, helper "world", checked: ENGLISH FROM AROUND THE WORLD. Whole chat sessions of library "ask a librarian"
 * services whose providers and patrons write British, Irish, Scottish, Welsh, Canadian, Australian, New Zealand, Indian or South
 * African English, or English as a second language ("hiya", "you're through to", "ring them on", "postcode", "council", "mobile",
 * "cheers", "ta", "ta-ra", "grand", "bear with me", "I'll have a look", "half four", "half five", "G'day", "no worries", "heaps",
 * "Kia ora", "Namaste", "shame", "kindly do the needful", "pls revert asap", "mail id", "Respected Sir/Madam"), with day/month
 * dates ("16/2", "23/3", "28/02", "by 04/03", "by 4 March", "14/05/1910") and phone numbers in those countries' formats
 * (0161 234 1983, 0113 222 4444, 07700 900461, +44 (0)20 7412 7676, 132 850, 03 9416 2577, 1300 792 387, +91 177 2621 235,
 * +91 98110 45372), public and academic topics (PIN resets, blue badges, Centrelink forms, WW1 and Somme soldiers, the 1911
 * Irish census, Trove, Leaving Cert and UCT exam papers, Scopus / SCC Online / IEEE off campus, APA 7, Ontario Hansard, theses
 * lists, CPI series, manuscripts, bond disputes, course reserves, book club sets), and cooperative services answering for a
 * partner in another country (an overnight co-op covering Leeds, a co-op answering for Bristol, a provincial service answering
 * for Stellenbosch). Every one of the 17 checks labelled in every session before it was run.
 *
 * SHAPES TRIED:
 *  opening: a queue message and a 38 s pickup; "hello?" in the queue and a 96 s pickup whose welcome is also a hold ("Give me a
 *   sec to read through your question"); `pickedUpAt` (50 s) before the first message (80 s); "Kia ora!" with the name in the
 *   next message; "Yes, please tell." (no greeting, no name); "G'day!", "Morning!", "Namaste!", "Hello / Bonjour!";
 *  waits: holds in many Englishes ("give me a minute there and I'll have a look", "bear with me", "Kindly wait for 2 minutes, I
 *   am checking", "Right, I'll have a look for you.", "Just a tick while I check.", "One sec, checking our subscriptions",
 *   "Hang tight, I'm digging …" / "Still digging"), followed within 120 s (pass) or after 143-172 s (fail); "No rush, take
 *   your time." before a 250 s patron absence (no hold: pass); an ESL patron's "?" inside a 126 s wait (no restart: fail);
 *   internal note + transfer inside a 90 s wait;
 *  closing: "Has that sorted it?", "Is that any use?", "Is that what you were after?", "Did you manage to find them?",
 *   "Kindly check and confirm whether it is working now?", "Please try and tell me, is it working?", "Is this fine?", "Does
 *   that look like your great-grandmother?"; patron done: "that's me sorted cheers", "that's everything I needed", "that is
 *   all", "no more question", "grand, that's all"; anything else: "Any other help needed?", "Anything more I can do for you
 *   today?"; goodbyes: "Cheers, bye now!", "Mind yourself, and slán.", "Ta-ra then, take care!", "Pleasure! … Cheers.", "No
 *   worries, have a good one!", "Merci, have a great day!", "Ngā mihi, … see you again!", "Diolch — thanks for chatting, hwyl!";
 *  dismissal: "Sorry love, that's your time up for today" (fail), "we've reached the limit of questions for one chat … Please
 *   start a new chat for the rest" (fail), "a bit of a queue building up behind you, so could you pop back … later?" (allowed);
 *  endings: check-in + "Looks like you've dropped out of the chat, so I'll close it now. Cheers …" (both pass); "You still with
 *   us?" + "Seems we've lost you, so I'll end the chat here." (both pass); check-in then a system end (no notice); check-in then
 *   "Right, I'll close the chat now." (no disconnect said); a 112 s final idle (na); the patron with the last word;
 *  follow-ups: by the patron's library through a co-op with the e-mail repeated and "by 4 March at the latest" (done 30 h),
 *   "within 2 working days" (done 50 h), with no contact anywhere (day 5); by me "by Friday" (done 80 h: late), "by 04/03" to a
 *   "mail id" (done 40 h), WhatsApp "by tomorrow evening" to a +91 mobile (done 20 h); a ring-back promise on a UK mobile coded
 *   Answered (pending);
 *  referrals: Manchester Central Library on 0161 …, Centrelink "ring them on 132 850", Leeds City Council on 0113 …, Tenants
 *   Victoria on 03 … and VLA on 1300 …, the British Library on +44 (0)20 … and an e-mail, the Labour Bureau by e-mail and +91
 *   phone (pass); "worth asking at your local studies centre" (no contact: fail); non-referrals: "Go to the library search at
 *   <URL>", "I'll pass your question on to them" (staff consulted), where a book is shelved;
 *  codes: Lost Call with two patron messages, Practice, null; transfers: notice + note (pass), note but no notice (fail);
 *  concurrency: four chats at once (fail), three at most with one ending as this starts and one starting as it ends (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - regional and other-language goodbyes and thanks count as the goodbye / thanks of closing.courteous ("slán", "ta-ra",
 *   "cheers" as a sign-off, "have a good one", "Merci", "Ngā mihi … see you again", "hwyl"); "Please start a new chat for the
 *   rest" invites the patron back even inside a dismissal (courteous passes while no_dismissal fails);
 * - "that's me sorted", "that is all", "no more question", "grand, that's all" say the patron is done; "no ta", "no thats
 *   grand" (after the provider asked) are answers, not needed;
 * - "Has that sorted it?", "Is that any use?", "Did you manage to find them?", "Kindly check and confirm whether it is working
 *   now?", "Is this fine?", "Does that show anything useful?" and "Does that look like your great-grandmother?" (after the record
 *   found) ask whether what was given meets the need;
 * - "I'll have a look", "Just a tick while I check", "Kindly wait …, I am checking", "Hang tight, I'm digging …" are holds;
 *   "No rush, take your time." is not;
 * - "Looks like you've dropped out of the chat, so I'll close it now" and "Seems we've lost you, so I'll end the chat here" are
 *   disconnect notices; "Right, I'll close the chat now." only announces the end;
 * - "by 4 March at the latest", "by 04/03" (day/month, the chat's own convention), "within 2 working days", "tomorrow morning",
 *   "by tomorrow evening" say when; a mobile given by the patron and read back is the confirmed contact (RUBRIC: "or phone");
 * - "I'll pass your question on to them", "I'd like to check … with them" (the provider's own branch) are staff consulted on
 *   the patron's behalf, not referrals; "Older deeds sometimes end up at Bristol Archives" states a fact, tells nobody to contact
 *   them; "It's in McLennan Library, on the Course Reserves shelves" says where a book is, not a person or office to visit;
 *   "Go to the library search at <URL>" and "Email the form to the print address on <URL>" point to a resource or service;
 * - an Australian "132 850" (a 13 number), "1300 792 387", "03 9416 2577" and "+44 (0)20 7412 7676" are phone numbers.
 *
 * COUNTS. Written: 38 whole sessions, all 17 checks labelled in each before it was run: a first batch of 33 (W1-W33) and a
 * second of 5 (W34-W38), each labelled before its run (the first labels kept apart before running). First run as labelled /
 * disagreeing: 33 / 5 (first batch 29 / 4, second 4 / 1). Label corrections: 0 (each disagreement reread against RUBRIC.md;
 * none was my misreading). Final: 33 running, 5 LEFT (below, with LEFT_WHY):
 *  followup.completeness (W29 "Is this fine?", W38 "Does that look like your great-grandmother?"), closing.anything_else (W29 "Any
 *  other help needed?"), referral.contact (W23 "Go to the library search at <URL>" read as a visit: pass for na; W30 "… staff will
 *  know best, so I'll pass your question on to them" read as a referral: fail for na), inquiry.clarify (W24 "Is it help filling
 *  in the form itself, or with your CV …?" not counted as a question about the need).
 * The redaction equality of describeSessions holds for every running case (patron e-mails, a UK and an Indian mobile in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 38 tests passed (5 through describeLeft).
 *
 * V44 (rubric v44's block J): 3 of the 5 LEFT cases read as labelled now and run with the others: W29 ("Is this fine?" right
 * after the source, J15; "Ok. Any other help needed?", J8), W30 ("… will know best, so I'll pass your question on to them",
 * J17), W38 ("Does that look like your great-grandmother?", J1); in the third wave W23 ("Go to the library search at
 * monash.edu/library …" is a resource, no visit, J25). Final under v44: 37 running, 1 LEFT (W24).
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const ended = (sec: number): Line => [sec, 's', 'Chat ended by librarian.', sys('ended')];
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const GARETH: Prov = { id: 'gareth', name: 'Gareth', library: 'MCR' };
const SIOBHAN: Prov = { id: 'siobhan', name: 'Siobhan', library: 'DCL' };
const RAHUL: Prov = { id: 'rahul', name: 'Rahul K', library: 'DUCL' };
const BRONWYN: Prov = { id: 'bronwyn', name: 'Bronwyn', library: 'RRL' };
const MACKENZIE: Prov = { id: 'mackenzie', name: 'Mackenzie', library: 'OPL' };
const THANDI: Prov = { id: 'thandi', name: 'Thandi M', library: 'UCT' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona (co-op)', library: 'COOP' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'LDS' };
const ANANYA: Prov = { id: 'ananya', name: 'Ananya', library: 'NITL' };
const KYLIE: Prov = { id: 'kylie', name: 'Kylie', library: 'UON' };
const NIAMH: Prov = { id: 'niamh', name: 'Niamh', library: 'TCD' };
const DECLAN: Prov = { id: 'declan', name: 'Declan', library: 'TCD' };
const PAULINE: Prov = { id: 'pauline', name: 'Pauline', library: 'LANC' };
const LIAM: Prov = { id: 'liam', name: 'Liam', library: 'CCL' };
const AISHA: Prov = { id: 'aisha', name: 'Aisha', library: 'UTL' };
const OWEN: Prov = { id: 'owen', name: 'Owen', library: 'CDF' };
const SURESH: Prov = { id: 'suresh', name: 'Suresh', library: 'JNUL' };
const EILIDH: Prov = { id: 'eilidh', name: 'Eilidh', library: 'GLW' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'BCC' };
const TRAINEE: Prov = { id: 'trainee', name: 'Trainee', library: 'SLNSW' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'SLQ' };
const CIARA: Prov = { id: 'ciara', name: 'Ciara', library: 'DCL' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'BHM' };
const JOSH: Prov = { id: 'josh', name: 'Josh', library: 'MON' };
const CALLUM: Prov = { id: 'callum', name: 'Callum', library: 'EDN' };
const LERATO: Prov = { id: 'lerato', name: 'Lerato', library: 'WITS' };
const DEEPA: Prov = { id: 'deepa', name: 'Deepa', library: 'BCLM' };
const VIKRAM: Prov = { id: 'vikram', name: 'Vikram', library: 'NLS' };
const MEERA: Prov = { id: 'meera', name: 'Meera', library: 'NLS' };
const CHLOE: Prov = { id: 'chloe', name: 'Chloé', library: 'MCG' };
const KARTHIK: Prov = { id: 'karthik', name: 'Karthik', library: 'AUL' };
const GRACE: Prov = { id: 'grace', name: 'Grace (co-op)', library: 'COOP' };
const BEC: Prov = { id: 'bec', name: 'Bec', library: 'COM' };
const AROHA: Prov = { id: 'aroha', name: 'Aroha', library: 'AKL' };
const NANDINI: Prov = { id: 'nandini', name: 'Nandini', library: 'IIMB' };
const SOPHIE: Prov = { id: 'sophie', name: 'Sophie', library: 'UCL' };
const TEGAN: Prov = { id: 'tegan', name: 'Tegan', library: 'GCCL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya S', library: 'DPL' };
const KERRY: Prov = { id: 'kerry', name: 'Kerry-Ann', library: 'WCLS' };
const MARC: Prov = { id: 'marc', name: 'Marc', library: 'WPG' };

export const world: SessionCase[] = [
  // W1 Manchester: PIN reset on the app, "ring the Central Library on 0161 …", "Has that sorted it?", "no ta"
  s(GARETH, 'W1 Manchester PIN reset: "ring the Central Library on 0161 234 1983", "Has that sorted it?", "that\'s me sorted cheers"', [
    [0, 'p', "hiya, I can't log into my library account to renew, it says my PIN is wrong"],
    queue(4, 2),
    [38, 'l', "Hiya, you're through to Gareth at Manchester Libraries. Sorry about the wait!"],
    [44, 'l', 'Is it a Manchester library card, and are you on the website or the app?'],
    [80, 'p', 'manchester card, on the app on my mobile'],
    [92, 'l', "Right, on the app tap 'Forgot PIN' under the sign-in box, pop in your card number and the email on your account, and it'll send a reset link. Full steps are on manchester.gov.uk/libraries under 'Your library account'."],
    [98, 'l', "If the email doesn't come through, ring the Central Library on 0161 234 1983 and they can reset it over the phone."],
    [104, 'l', 'Has that sorted it?'],
    [190, 'p', "yep new PIN worked and both books renewed, that's me sorted cheers"],
    [197, 'l', "Brilliant! Anything else I can help with while you're here?"],
    [230, 'p', 'no ta'],
    [236, 'l', 'Cheers, bye now!'],
  ], usual({ referral: 'pass' })),

  // W2 Dublin: 1911 census, holds in Irish English, "slán"
  s(SIOBHAN, 'W2 Dublin 1911 census: "give me a minute there and I\'ll have a look", "bear with me", goodbye "Mind yourself, and slán"', [
    [0, 'p', "Hi there, I'm trying to find my granny's family in the 1911 census. They were from Mayo somewhere near Castlebar"],
    [29, 'l', "Hello, Siobhan here with Dublin City Libraries' Ask a Librarian service. Lovely question!"],
    [35, 'l', "Do you know her maiden name, and roughly what age she'd have been in 1911?"],
    [98, 'p', 'Mary Gallagher, she was born about 1905 so 5 or 6'],
    [104, 'l', "Grand, give me a minute there and I'll have a look."],
    [212, 'l', 'Still looking, bear with me — there are a fair few Gallaghers in Mayo!'],
    [300, 'l', "I think I have her: a Mary Gallagher, aged 6, in the townland of Knockthomas, Breaffy, Co. Mayo, daughter of Patrick and Bridget. You can see the original household return free at census.nationalarchives.ie — search Surname 'Gallagher', County 'Mayo', DED 'Breaffy'."],
    [306, 'l', 'Is that the family you were after?'],
    [390, 'p', "That's them!! Patrick was my great grandad. Brilliant, thanks a million, that's everything I needed"],
    [398, 'l', 'Delighted for you! Mind yourself, and slán.'],
  ], usual()),

  // W3 Indian academic: "Kindly wait for 2 minutes, I am checking." then 172 s
  s(RAHUL, 'W3 Scopus off campus (Indian English): "Kindly wait for 2 minutes, I am checking." then 172 s of nothing', [
    [0, 'p', 'Respected Sir/Madam, I am PhD scholar in Dept of Chemistry. Scopus is not opening from outside campus. Kindly do the needful.'],
    [22, 'l', 'Good afternoon. This is Rahul from the Central Library, Deccan University — Ask a Librarian.'],
    [28, 'l', "Are you using the library's remote access login, or opening the database site directly?"],
    [70, 'p', 'Directly sir, from hostel wifi.'],
    [78, 'l', 'Kindly wait for 2 minutes, I am checking.'],
    [250, 'l', 'Please open Scopus through remote access: go to library.deccanuniv.ac.in/remote, login with your LDAP id and password, and click Scopus in the database list. Directly from hostel wifi it will not work as hostel is outside the campus IP range.'],
    [256, 'l', 'Kindly check and confirm whether it is working now?'],
    [330, 'p', 'Yes sir it is working now. Thank you very much.'],
    [336, 'l', 'Most welcome. Anything else?'],
    [360, 'p', 'No sir. Thanks.'],
    [366, 'l', 'Thank you for contacting the Central Library. Have a nice day.'],
  ], usual({ informed: 'fail' })),

  // W4 Australian public: printing, Centrelink "ring them on 132 850", patron drops out
  s(BRONWYN, 'W4 Wagga printing: Centrelink "ring them on 132 850", patron quiet, check-in at 215, "you\'ve dropped out" notice + goodbye at 290', [
    [0, 'p', 'hi can i print my centrelink forms at the library? and how much'],
    [19, 'l', "G'day! Bronwyn here from Riverina Regional Library."],
    [25, 'l', 'Which branch are you closest to? Prices are a bit different at the smaller ones.'],
    [61, 'p', 'wagga'],
    [75, 'l', "Wagga Wagga City Library prints for 20c a page black and white, 50c colour. Email the form from your phone to the print address on rrl.nsw.gov.au/printing and collect it at the desk with your card."],
    [81, 'l', 'If you need the forms themselves, Centrelink can post them out: ring them on 132 850, or grab them from servicesaustralia.gov.au/forms.'],
    [86, 'l', 'Does that help?'],
    [215, 'l', 'Are you still there?'],
    [290, 'l', "Looks like you've dropped out of the chat, so I'll close it now. Cheers for getting in touch — come back any time!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // W5 Ottawa: "hello?" in the queue, a welcome that is a hold, patron leaves: coded Lost Call with two patron messages
  s(MACKENZIE, 'W5 Ottawa colour printing: "hello?" in the queue, picked up at 96 s with "Give me a sec", patron leaves, coded Lost Call', [
    [0, 'p', 'do you have colour printing at the main branch'],
    queue(3),
    [70, 'p', 'hello?'],
    [96, 'l', 'Hello / Bonjour! Mackenzie here at Ottawa Public Library — sorry for the wait. Give me a sec to read through your question.'],
    left(104),
    [160, 'l', "Looks like you've left the chat. Feel free to chat back anytime!"],
  ], usual({
    pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', code: 'fail',
  }), { resolutionCode: 'Lost Call' }),

  // W6 Cape Town: past exam papers, "Did you manage to find them?", "Shame thank you so much, that is all"
  s(THANDI, 'W6 UCT exam papers (South African English): "Did you manage to find them?", patron "that is all", "Pleasure! … Cheers."', [
    [0, 'p', 'Good day, I am looking for the past exam papers for ECO1010, where can I get them'],
    [33, 'l', "Good day! You're chatting with Thandi, a librarian at UCT Libraries."],
    [39, 'l', 'Which years do you need — and is it the June or the November exams?'],
    [75, 'p', 'June 2022 and 2023 pls'],
    [120, 'l', "Past papers are in the Exam Papers collection: go to lib.uct.ac.za, choose 'Find' > 'Exam papers', and log in with your student number. Search ECO1010 and both June papers should come up as PDFs."],
    [126, 'l', 'Did you manage to find them?'],
    [215, 'p', 'Yes found both! Shame thank you so much, that is all'],
    [222, 'l', 'Pleasure! Good luck with the exams. Cheers.'],
  ], usual()),

  // W7 cooperative overnight for Leeds: follow-up by the patron's library, "by 4 March at the latest", done in 30 h
  s(FIONA, 'W7 co-op covering Leeds overnight: document supply, passed to Leeds, e-mail repeated, "by 4 March at the latest", done in 30 h', [
    [0, 'p', 'Hi, I requested an article through document supply 2 weeks ago and still nothing. Can you check where it is?'],
    [25, 'l', "Hello, I'm Fiona, a librarian with the Ask a Librarian cooperative — I'm covering Leeds University Library's chat overnight."],
    [31, 'l', "I can't see Leeds' request system from here, I'm afraid, but I can pass it on. What's the article, and roughly when did you request it?"],
    [90, 'p', 'Its "Soil carbon under agroforestry" in Geoderma, requested 16/2'],
    [100, 'l', "Thanks. In the meantime it's worth checking the 'My requests' page in your library account (library.leeds.ac.uk > My Account > Requests) for a status."],
    [106, 'l', 'Does that show anything useful?'],
    [190, 'p', 'just says in progress'],
    [198, 'l', "Righto. I'll send your question to the Leeds document supply team and they'll email you directly. What's the best email for you?"],
    [240, 'p', 'bs21ako@leeds.ac.uk'],
    [248, 'l', "Got it — bs21ako@leeds.ac.uk. They're back in at 9 am UK time, so you should hear from them by 4 March at the latest."],
    [254, 'l', 'Anything else I can help with tonight?'],
    [280, 'p', 'no thats all, thanks'],
    [286, 'l', 'Thanks for using the service, good night!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, library: 'LEEDS', followUps: [{ doneAt: at(30 * HOUR) }] }),

  // W8 Leeds: blue badge, "ring the council on 0113 …", "Is that any use?", "Ta-ra then, take care!"
  s(HANNAH, 'W8 Leeds blue badge: postcode asked, gov.uk + "ring the council on 0113 222 4444", "Is that any use?", "Ta-ra then, take care!"', [
    [0, 'p', "how do i apply for a blue badge for my mum, she's 84 and cant walk far"],
    [27, 'l', 'Morning! Hannah here from Leeds Libraries, happy to help.'],
    [33, 'l', "Does your mum live in Leeds? Each council handles its own applications, so I'll need her postcode area."],
    [70, 'p', 'yes LS8'],
    [118, 'l', "She can apply online at gov.uk/apply-blue-badge — it goes straight to Leeds City Council. If she'd rather do it over the phone, ring the council on 0113 222 4444 and they'll take her through it."],
    [124, 'l', 'Is that any use?'],
    [160, 'p', 'yes ta, will do it online tonight'],
    [166, 'l', 'Anything else?'],
    [190, 'p', 'no thats grand'],
    [196, 'l', 'Ta-ra then, take care!'],
  ], usual({ referral: 'pass' })),

  // W9 Indian engineering library: terse, no question asked, four chats at once
  s(ANANYA, 'W9 Grewal e-book ("pls revert asap"): print only, no question asked, no completeness question, four chats at once', [
    [0, 'p', 'Dear sir, pls share ebook link of Engineering Mathematics by B.S. Grewal. pls revert asap'],
    [18, 'l', 'Hello! Ananya here from the Central Library help desk.'],
    [50, 'l', 'This title is available in print only, no e-book. We have 12 copies at call no. 510 GRE on the 2nd floor; you can check live availability on the OPAC at opac.nitlib.ac.in.'],
    [95, 'l', 'Anything else?'],
    [130, 'p', 'ok'],
    [136, 'l', 'Thank you for using Ask a Librarian.'],
  ], usual({ clarify: 'fail', complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('an1', 'ananya', -300, 500), other('an2', 'ananya', -120, 400), other('an3', 'ananya', 40, 260)],
  }),

  // W10 Australian academic: APA 7 for an AIHW report; check-in, then the system ends it (no notice, no goodbye)
  s(KYLIE, 'W10 APA 7 AIHW report: answer at 140, "Are you still with me?" at 280, system end at 400: no notice, no goodbye', [
    [0, 'p', 'how do I reference an AIHW report in APA 7? its a pdf from their website'],
    [15, 'l', 'Hi, Kylie from the Library here. I can help with that.'],
    [21, 'l', 'Does the report have a report number or catalogue number on the cover (something like PHE 123)?'],
    [70, 'p', 'yeah it says cat. no. HWE 85'],
    [140, 'l', "Perfect. Format it as a report with a group author: Australian Institute of Health and Welfare. (2023). Title in italics (Cat. no. HWE 85). Then the URL of the PDF. The Library's APA 7th guide has the same example under 'Reports': libguides.newcastle.edu.au/apa-7th"],
    [146, 'l', 'Does that help you out?'],
    [280, 'l', 'Are you still with me?'],
    ended(400),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // W11 Irish academic: transfer to Manuscripts with notice and note
  s(NIAMH, 'W11 TCD manuscript visit: "pass you over to my colleague Declan. Hold on a moment." + note + transfer; Declan answers', [
    [0, 'p', "Hi, I'm a visiting researcher and I'd like to see a 17th century manuscript in your collections. How do I arrange that?"],
    [31, 'l', "Hi there, this is Niamh at the Library's Ask Us service."],
    [37, 'l', "Do you have the manuscript's shelfmark (e.g. MS 1234), and when are you hoping to visit?"],
    [102, 'p', 'IE TCD MS 804, sometime in the week of 23/3'],
    [110, 'l', "Thanks! Our Manuscripts & Archives team handle reader bookings, so I'm going to pass you over to my colleague Declan. Hold on a moment."],
    [114, 'i', 'Declan, visiting researcher wants MS 804 w/c 23 March, needs reader registration + seat booking. Can you take it?'],
    xfer(118, 'Declan', 'declan'),
    [195, 'l', "Hi, Declan here in Manuscripts & Archives. MS 804 can be consulted in the Manuscripts Reading Room. You'll need a reader's ticket first (apply at tcd.ie/library/using-the-library/readers), then book a seat and order the manuscript on the booking form at tcd.ie/library/manuscripts/visit.", as(DECLAN)],
    [201, 'l', 'Does that cover what you need?', as(DECLAN)],
    [260, 'p', "Yes, grand, that's all. Thanks very much!"],
    [266, 'l', 'Thanks for getting in touch, and enjoy the visit!', as(DECLAN)],
  ], usual({ transfer: 'pass' })),

  // W12 Lancashire: WW1 records, then "that's your time up for today"
  s(PAULINE, 'W12 Lancashire WW1 records: answered, then "Sorry love, that\'s your time up for today, I\'ll have to let you go. Ta-ra."', [
    [0, 'p', "hello I need help with my family tree, I've got my grandad on the 1921 census but can't find his army records"],
    [40, 'l', "Hello, you're through to Pauline at Lancashire Libraries' Ask a Librarian."],
    [46, 'l', 'Do you know which regiment he was in, and was it the First World War?'],
    [110, 'p', 'yes WW1, the Loyal North Lancashire I think. born 1896 in Preston'],
    [118, 'l', 'One moment while I have a look.'],
    [210, 'l', "Surviving WW1 service records are on Ancestry, which you can use free in any Lancashire library: search 'British Army WWI Service Records'. Many were burnt in 1940, so also try his medal card, which is on The National Archives' site: nationalarchives.gov.uk/help-with-your-research/research-guides/british-army-soldiers-first-world-war."],
    [216, 'l', 'Does that help?'],
    [260, 'p', 'yes! also do you know how I find where he lived in 1911 and whether he had brothers'],
    [290, 'l', "Sorry love, that's your time up for today, I'll have to let you go. Ta-ra."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // W13 Cork: a queue building up, "pop back into the chat a bit later" (allowed); the patron has the last word
  s(LIAM, 'W13 Cork Leaving Cert papers: "a bit of a queue building up behind you, so could you pop back … later" (allowed), patron "ok no bother"', [
    [0, 'p', 'Hi, does the library have the Leaving Cert past papers for Irish? and is there a study space'],
    [24, 'l', 'Hi! Liam here at Cork City Libraries.'],
    [30, 'l', 'Are you after Higher or Ordinary level papers?'],
    [58, 'p', 'higher'],
    [72, 'l', 'All the past papers and marking schemes are free on examinations.ie (Archive > Exam Material). For study space, the City Library on Grand Parade has a study room you can book at corkcitylibraries.ie/study-spaces.'],
    [78, 'l', 'Is that what you were looking for?'],
    [110, 'p', "yes perfect. and can you help me with my essay on Peig too, I don't know how to start"],
    [122, 'p', 'and also what are the opening hours on bank holidays'],
    [135, 'l', "There's a bit of a queue building up behind you, so could you pop back into the chat a bit later for the essay? We'd be glad to help then. Thanks for your patience!"],
    [150, 'p', 'ok no bother'],
  ], usual({ anything: 'fail' })),

  // W14 Toronto: Ontario Hansard, follow-up by me "by Friday", done after 80 h
  s(AISHA, 'W14 Ontario Hansard (Canadian): follow-up by me, e-mail given and repeated, "by Friday", done after 80 h', [
    [0, 'p', "Hi, I'm looking for Ontario Hansard debates on the Greenbelt from around 2005 for a paper. Where would I start?"],
    [20, 'l', "Hi there! I'm Aisha, a librarian at the University of Toronto Libraries."],
    [26, 'l', 'Are you after the debates when the Greenbelt Act was passed (Bill 135), or the committee hearings too? And when is your paper due?'],
    [85, 'p', 'mostly the debates on Bill 135. due on the 20th'],
    [92, 'l', 'Let me check what we have, one moment.'],
    [180, 'l', "The Legislative Assembly of Ontario has Hansard online back to 1975 at ola.org (Legislative business > House documents > Hansard). Bill 135's second reading debates were in late 2004 and early 2005."],
    [186, 'l', "There's also a compiled index of the committee hearings, but it's on paper in our Government Information collection. I'll have a look through it tomorrow and email you the page references by Friday. What's the best email?"],
    [240, 'p', 'sure, its m.tremblay@mail.utoronto.ca'],
    [247, 'l', "Thanks — I'll send them to m.tremblay@mail.utoronto.ca by Friday. Does the Hansard link get you started in the meantime?"],
    [290, 'p', 'yes it does, thanks so much'],
    [296, 'l', 'Anything else I can help with today?'],
    [330, 'p', "nope that's everything"],
    [336, 'l', 'Great, talk soon — thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }),

  // W15 Cardiff: a promise to ring back on a UK mobile, coded Answered
  s(OWEN, 'W15 Cardiff Welsh playgroups: "I\'ll ring you back on your mobile tomorrow morning", 07700 900461 repeated, coded Answered', [
    [0, 'p', 'Hiya, I need a list of Welsh language playgroups near CF14 for my little one'],
    [35, 'l', 'Hi! Owen here at Cardiff Libraries — thanks for getting in touch.'],
    [41, 'l', 'How old is your little one, and would you want Cymraeg-only groups or bilingual ones?'],
    [88, 'p', '2 and a half, either is fine'],
    [96, 'l', "Mudiad Meithrin list their Cylch Ti a Fi and Cylch Meithrin groups on their site, mudiadmeithrin.cymru — there's a postcode search."],
    [102, 'l', "Our Whitchurch branch also runs a Welsh rhyme time, and I'd like to check this term's days with them. I'll ring you back on your mobile tomorrow morning with the times if that's ok? What's the number?"],
    [170, 'p', 'yes please its 07700 900461'],
    [178, 'l', "Lovely, 07700 900461 — I'll ring you tomorrow morning. Does the Mudiad Meithrin search give you what you need for now?"],
    [230, 'p', 'yes ta, found 2 near us'],
    [236, 'l', 'Anything else?'],
    [250, 'p', 'no thats all, diolch!'],
    [256, 'l', 'Diolch — thanks for chatting, hwyl!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // W16 Indian university: theses list "to your mail id by 04/03", done in 40 h
  s(SURESH, 'W16 theses on groundwater (Indian English): "send it to your mail id by 04/03", mail id repeated, done in 40 h', [
    [0, 'p', 'Good evening. I need list of PhD theses submitted in our university on groundwater in Rajasthan. Is it available?'],
    [26, 'l', 'Good evening! This is Suresh from the University Library, Ask a Librarian service.'],
    [32, 'l', 'Which years you need — all years, or only after 2010? And you want only our university theses or from other universities also?'],
    [95, 'p', 'After 2010, our university only'],
    [103, 'l', 'Kindly wait, I am checking in the theses database.'],
    [198, 'l', "Some are listed in Shodhganga (shodhganga.inflibnet.ac.in), search 'groundwater Rajasthan'. But older ones are only in our print theses register. I will prepare the full list and send it to your mail id by 04/03. Kindly share your mail id."],
    [250, 'p', 'kavya.r1993@gmail.com'],
    [257, 'l', 'Noted: kavya.r1993@gmail.com. You will get the list by 04/03. Meanwhile is the Shodhganga search useful?'],
    [330, 'p', 'Yes, I found 3 already. Thank you so much sir.'],
    [337, 'l', 'Welcome. Anything else?'],
    [360, 'p', "No, that's all."],
    [366, 'l', 'Thank you for using Ask a Librarian. Have a good evening.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // W17 Glasgow: "Right, I'll have a look for you." then 152 s
  s(EILIDH, 'W17 Glasgow Gaelic picture books: "Right, I\'ll have a look for you." then 152 s of nothing', [
    [0, 'p', 'Hi! Do any of the Glasgow libraries have Gaelic books for kids? My son is in GME'],
    [21, 'l', 'Hi there, Eilidh from Glasgow Libraries here.'],
    [27, 'l', 'What age is he, and is he reading on his own yet or is it more for reading together?'],
    [66, 'p', 'hes 7, reading a bit on his own'],
    [73, 'l', "Lovely. Right, I'll have a look for you."],
    [225, 'l', "Maryhill and the Mitchell have the biggest Gaelic children's collections. Search the catalogue at libcat.csglasgow.org with the subject 'Gaelic language – readers' and pick Maryhill or Mitchell as the branch. The Gaelic Books Council also has a children's list at gaelicbooks.org."],
    [231, 'l', 'Is that helpful?'],
    [270, 'p', 'yes great, tapadh leat'],
    [277, 'l', "You're very welcome! Is there anything else I can help with?"],
    [300, 'p', 'no thats all'],
    [305, 'l', 'Thanks for getting in touch — mar sin leat!'],
  ], usual({ informed: 'fail' })),

  // W18 Brisbane: "No rush, take your time." then the patron is away 250 s
  s(JESS, 'W18 Brisbane joining from NZ: "No rush, take your time." then 250 s until the patron is back (no hold)', [
    [0, 'p', 'hey im trying to join online but it wants a QLD licence number and i just moved from NZ'],
    [17, 'l', 'Hi there! Jess from Brisbane Libraries here.'],
    [23, 'l', 'No worries — do you have any other photo ID, and something with your new Brisbane address like a lease or a utility bill?'],
    [80, 'p', 'i have my passport and my lease. hang on let me find the lease'],
    [90, 'l', 'No rush, take your time.'],
    [340, 'p', 'ok got it, the address is on page 1'],
    [352, 'l', "Great. Skip the licence box and pick 'Other ID' on the join form at brisbane.qld.gov.au/libraries (Join the library). Then bring your passport and the lease to any branch within 30 days to get full borrowing."],
    [358, 'l', 'Does that get you sorted?'],
    [400, 'p', 'yep thanks heaps!'],
    [406, 'l', 'No worries, thanks for chatting and enjoy the library!'],
  ], usual({ anything: 'fail' })),

  // W19 practice
  s(TRAINEE, 'W19 Practice: new staff testing the chat widget', [
    [0, 'p', 'test test - practice chat for new staff, please ignore'],
    [10, 'l', 'Hi, this is a test reply from the training account'],
    [20, 'p', 'cheers, all working this end'],
    [25, 'l', 'ta, closing now'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // W20 Queensland: Trove, everything right, no code
  s(MEI, 'W20 SLQ Trove 1936 cycling race: clean session, resolution code null', [
    [0, 'p', 'Hello, I want to find a newspaper article about my grandfather, he won a cycling race in Toowoomba in 1936'],
    [44, 'l', 'Good evening and welcome to Ask Us at State Library of Queensland. My name is Mei.'],
    [50, 'l', 'Do you know the name of the race or roughly which month it was?'],
    [130, 'p', 'I think it was around Easter, his name was Harold Birch'],
    [140, 'l', 'Let me search Trove for you — one moment.'],
    [230, 'l', "Found it: 'Birch Wins Toowoomba Road Race', Toowoomba Chronicle, 14 April 1936, page 6. Here's the link on Trove: trove.nla.gov.au/newspaper/article/250000001"],
    [236, 'l', 'Is this the article you were hoping for?'],
    [300, 'p', 'Yes that is him!! Thank you so much'],
    [306, 'l', 'Wonderful! Is there anything else you would like help with?'],
    [360, 'p', 'No thank you'],
    [366, 'l', 'Thank you for using Ask Us, goodnight!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // W21 Dublin: a plain answer ("half four") with no source
  s(CIARA, 'W21 Ballymun Saturday hours: "closes at half four on Saturdays", no source given', [
    [0, 'p', 'what time does ballymun library close on saturday'],
    [14, 'l', 'Hi, Ciara from Dublin City Libraries here!'],
    [20, 'l', 'Ballymun — not Ballyfermot, is that right?'],
    [40, 'p', 'yes ballymun'],
    [52, 'l', 'Ballymun closes at half four on Saturdays, and it opens at 10.'],
    [58, 'l', 'Does that answer your question?'],
    [80, 'p', 'yes thanks'],
    [85, 'l', 'No problem, bye now!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // W22 Birmingham: WW1 soldier, sources, and "asking at your local studies centre" with no contact
  s(ROB, 'W22 Birmingham Somme soldier: CWGC and TNA, "worth asking at your local studies centre" with no contact', [
    [0, 'p', 'Hi, my great uncle died at the Somme and I want to find out more about him. Where do I start?'],
    [30, 'l', "Hello, Rob here, one of the librarians at the Library of Birmingham. Sorry for your family's loss, even from so long ago."],
    [36, 'l', 'Do you know his regiment or service number, and where he was from?'],
    [100, 'p', 'Royal Warwickshire Regiment, from Aston. Not sure of the number'],
    [108, 'l', 'Let me just check a couple of things, bear with me.'],
    [200, 'l', "The Commonwealth War Graves Commission database at cwgc.org will give his service number, date of death and where he's buried or commemorated. The National Archives has a step-by-step guide for WW1 soldiers too: nationalarchives.gov.uk, search 'British Army soldiers First World War'."],
    [206, 'l', "It's also worth asking at your local studies centre, as they'll have the Aston and Birmingham papers from 1916 on microfilm."],
    [212, 'l', 'Does that give you a good starting point?'],
    [290, 'p', 'Yes, found him on CWGC already! Thank you'],
    [297, 'l', 'Excellent! Anything more I can do for you today?'],
    [330, 'p', 'No that is everything'],
    [336, 'l', 'Thanks for getting in touch. Bye for now!'],
  ], usual({ referral: 'fail' })),

  // W23 Melbourne: an ESL student's paywalled article
  s(JOSH, 'W23 Monash paywalled article (ESL patron): DOI asked, "One sec, checking", "no more question", "No worries, have a good one!"', [
    [0, 'p', 'hello, i want find the journal article but website say need pay 40 dollar. library have?'],
    [22, 'l', "Hi! I'm Josh, a librarian at Monash University Library."],
    [28, 'l', 'Can you paste me the article title or the DOI?'],
    [95, 'p', '10.1016/j.jenvman.2021.113012'],
    [101, 'p', 'Journal of Environmental Management'],
    [108, 'l', 'One sec, checking our subscriptions.'],
    [170, 'l', "Good news, we have it through ScienceDirect. Go to the library search at monash.edu/library, paste the DOI in the search box, and click 'View online'. Log in with your Monash ID first so you don't get asked to pay."],
    [176, 'l', 'Did that work?'],
    [260, 'p', 'yes!! i can download now. thank you very much. no more question'],
    [266, 'l', 'No worries, have a good one!'],
  ], usual()),

  // W24 Edinburgh: check-in, then "Right, I'll close the chat now." (no disconnect notice)
  s(CALLUM, 'W24 Edinburgh NHS supporting statement: check-in at 280, then "Right, I\'ll close the chat now. Thanks …, cheers." (no disconnect said)', [
    [0, 'p', 'hi is there somewhere I can get help with a job application form? its for the NHS'],
    [28, 'l', 'Hi, Callum at Edinburgh Libraries here.'],
    [34, 'l', 'Is it help filling in the form itself, or with your CV and supporting statement?'],
    [80, 'p', 'the supporting statement mostly'],
    [140, 'l', "The NHS Scotland careers site has a guide to supporting statements at careers.nhs.scot/applying, and our LinkedIn Learning database (free with your card, edinburgh.gov.uk/libraries > eResources) has a short course on writing them."],
    [146, 'l', 'Does that help?'],
    [280, 'l', 'Hello? Are you still there?'],
    [370, 'l', "Right, I'll close the chat now. Thanks for getting in touch, cheers."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // W25 Johannesburg: a final idle of 112 s, check-in and goodbye inside it
  s(LERATO, 'W25 Wits alumni membership: final idle 112 s (answer at 80, check-in at 175, goodbye at 192)', [
    [0, 'p', 'Hi, how do I get access to the library as an alumnus? I graduated in 2019'],
    [24, 'l', 'Hi! Lerato here from Wits Library. Congratulations on being an alumnus :)'],
    [30, 'l', 'Do you want to borrow books, or mainly use the e-resources from home?'],
    [66, 'p', 'borrowing mainly'],
    [80, 'l', 'Alumni can join as external members: fill in the external membership form online at wits.ac.za/library (Using the Library > External membership). Your card is posted to you once the R350 annual fee is paid.'],
    [86, 'l', 'Is that what you were after?'],
    [175, 'l', 'Are you still there?'],
    [192, 'l', "I'll leave it there for now — thanks for chatting to Wits Library, and come back anytime if you have more questions!"],
  ], usual({ anything: 'fail' })),

  // W26 Mumbai: membership renewal "expired on 28/02"; concurrency at its bounds
  s(DEEPA, 'W26 British Council Library Mumbai renewal: three chats at most (one ended at the start, one began at the end)', [
    [0, 'p', 'Hi, my British Council library membership expired on 28/02. How do I renew online?'],
    [16, 'l', 'Hello! This is Deepa from the British Council Library, Mumbai.'],
    [22, 'l', 'Is it an individual membership or a family one?'],
    [50, 'p', 'individual'],
    [70, 'l', 'You can renew on the membership page at britishcouncil.in/library/membership — log in with your member ID and pay online. The new expiry date shows up within 24 hours.'],
    [76, 'l', 'Did that help?'],
    [130, 'p', 'yes done, thanks'],
    [136, 'l', 'Great! Is there anything else I can do for you?'],
    [160, 'p', "no, that's it"],
    [166, 'l', 'Thank you for contacting the British Council Library. Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'deepa', -600, 0), other('d2', 'deepa', 171, 900), other('d3', 'deepa', -100, 300), other('d4', 'deepa', 5, 200)],
  }),

  // W27 Indian law school: internal note and transfer, but the patron is never told
  s(VIKRAM, 'W27 SCC Online for a moot: note to Meera and transfer, no visible notice to the patron; Meera 90 s after the patron', [
    [0, 'p', 'Hello, I am LLB 2nd year student. I need SCC Online access for moot court, my login is not working'],
    [20, 'l', 'Hello, Vikram here from the Library, Ask a Librarian.'],
    [26, 'l', 'Are you getting an error message, or the login page itself is not loading?'],
    [70, 'p', 'it says IP not authorised'],
    [76, 'i', 'Meera, pls take this one - LLB student, SCC Online IP not authorised error, off campus.'],
    xfer(80, 'Meera', 'meera'),
    [160, 'l', 'Hello, this is Meera, Law Librarian. For off-campus use of SCC Online you need to go through the remote access portal: library.nls.ac.in/remote-access, then choose SCC Online. Direct login works only on campus wifi.', as(MEERA)],
    [166, 'l', 'Please try and tell me, is it working?', as(MEERA)],
    [250, 'p', 'Yes maam working now. Thank you'],
    [256, 'l', 'Welcome. All the best for the moot! Anything else?', as(MEERA)],
    [280, 'p', 'No maam'],
    [285, 'l', 'Thank you, bye.', as(MEERA)],
  ], usual({ transfer: 'fail' })),

  // W28 Montreal: an ESL patron's "?" inside a 126 s wait
  s(CHLOE, 'W28 McGill course reserves (French-speaking patron): question at 110, "?" at 170, answer at 236 (126 s)', [
    [0, 'p', 'Hello, I search a book for my course POLI 221, the professor say it is on reserve. How I can find?'],
    [23, 'l', "Hi! I'm Chloé, a librarian at McGill Library — bonjour!"],
    [29, 'l', 'Do you know the title, or just the course code?'],
    [61, 'p', 'only the course code'],
    [70, 'l', "Course reserves are searchable by course code: go to mcgill.ca/library, choose 'Course Reserves' under the search box and type POLI 221."],
    [76, 'l', 'Did you find it?'],
    [110, 'p', 'yes I see it, it is 2 hours loan. but where is it physically? which library?'],
    [170, 'p', '?'],
    [236, 'l', "Sorry for the delay! It's in McLennan Library, on the Course Reserves shelves on the main floor — 2-hour loans are self-checkout."],
    [242, 'l', 'Anything else I can help with?'],
    [270, 'p', "no that's all thank you"],
    [276, 'l', 'Merci, have a great day!'],
  ], usual({ informed: 'fail' })),

  // W29 Chennai: "Yes, please tell." — no greeting, no name
  s(KARTHIK, 'W29 IEEE papers on LoRa (Indian English): opens with "Yes, please tell." then a question: no greeting, nobody named', [
    [0, 'p', 'hello'],
    [12, 'l', 'Yes, please tell.'],
    [40, 'p', 'I need IEEE papers on LoRa for my final year project'],
    [48, 'l', 'Which aspect — LoRa network range, energy use, or security? And do you need only journal papers or conference papers also?'],
    [100, 'p', 'energy consumption, both ok'],
    [108, 'l', 'Search IEEE Xplore from the library portal (library.annauniv.edu > E-Resources > IEEE Xplore) with: LoRa AND "energy consumption", then filter by Conferences and Journals. You will get 300+ results from 2016 onwards.'],
    [114, 'l', 'Is this fine?'],
    [190, 'p', 'yes got many. thank you'],
    [196, 'l', 'Ok. Any other help needed?'],
    [215, 'p', 'no'],
    [220, 'l', 'Thank you.'],
  ], usual({ greeting: 'fail' })),

  // W30 co-op for Bristol: follow-up by the patron's library with no contact anywhere, day 5
  s(GRACE, 'W30 co-op for Bristol, house deeds: "I\'ll pass your question on … someone will get back to you", no contact anywhere, not done by day 5', [
    [0, 'p', 'I want to know if the library can get me a copy of my house deeds from the 1930s, we live in Bishopston'],
    [38, 'l', "Hello! I'm Grace, a librarian with the Ask a Librarian cooperative, answering tonight on behalf of Bristol Libraries."],
    [44, 'l', 'Do you know if the house is registered with HM Land Registry, or is it older paperwork you are after?'],
    [130, 'p', 'not sure, we bought it in 2001'],
    [190, 'l', "If it's registered, you can download the title register for £7 from gov.uk/search-property-information-land-registry. Older deeds sometimes end up at Bristol Archives, but Bristol's local studies staff will know best, so I'll pass your question on to them and someone will get back to you."],
    [250, 'p', 'ok'],
    [256, 'l', 'Thanks for your question, goodnight!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, library: 'BRS' }, { now: T0 + 5 * DAY }),

  // W31 Melbourne: tenants' bond, 03 and 1300 numbers, then "reached the limit of questions for one chat"
  s(BEC, 'W31 Melbourne bond: Tenants Victoria on 03 9416 2577 and VLA on 1300 792 387, then "we\'ve reached the limit of questions for one chat"', [
    [0, 'p', 'hi, my landlord wants to keep my whole bond, can the library help?'],
    [26, 'l', 'Hi, Bec from City of Melbourne Libraries here.'],
    [32, 'l', 'Is the rental in Victoria, and has the bond been lodged with the RTBA?'],
    [80, 'p', 'yes melbourne, and yes it was lodged'],
    [140, 'l', "We can't give legal advice, but Consumer Affairs Victoria has a plain-English guide to bond claims at consumer.vic.gov.au/bonds. For free advice on your situation, ring Tenants Victoria on 03 9416 2577, or Victoria Legal Aid's info line on 1300 792 387."],
    [146, 'l', 'Does that help for a start?'],
    [190, 'p', 'yes thanks. also my car rego is due and I cant find the form, and do you know a good mechanic in Carlton?'],
    [205, 'l', "I'm afraid we've reached the limit of questions for one chat, so I'll need to stop there. Please start a new chat for the rest."],
    [240, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // W32 Auckland: "Kia ora!" then the name in the next message; pickedUpAt before the first message
  s(AROHA, 'W32 Auckland book club set: pickedUpAt 50 s, "Kia ora!" then "You\'re chatting with Aroha from Auckland Libraries", "Ngā mihi … see you again!"', [
    [0, 'p', "Kia ora, I'm after a book club set for our group of 10, any chance?"],
    queue(3),
    [80, 'l', 'Kia ora!'],
    [84, 'l', "You're chatting with Aroha from Auckland Libraries. What book are you thinking of, and which library is your group nearest?"],
    [140, 'p', 'The Bone People by Keri Hulme, we meet at Devonport'],
    [150, 'l', 'Good choice! Let me check the book club sets.'],
    [245, 'l', 'We have a set of 10 copies of The Bone People in our Book Club Sets collection. You can request it for Devonport on the book club page at aucklandlibraries.govt.nz/book-clubs — sets are loaned for 6 weeks.'],
    [251, 'l', 'Is that what you needed?'],
    [300, 'p', 'Perfect, ka pai. Thats all thanks!'],
    [306, 'l', 'Ngā mihi, enjoy the book and see you again!'],
  ], usual(), { pickedUpAt: at(50) }),

  // W33 Bangalore: CPI data, the Labour Bureau by e-mail and +91 phone
  s(NANDINI, 'W33 CPI-IW 1990s (Indian English): RBI handbook and CMIE, "write to the Labour Bureau, Shimla at lb-shimla@nic.in or call them on +91 177 2621 235"', [
    [0, 'p', 'Hi, I need monthly CPI data for India from 1990 to 2000 for my dissertation. MOSPI site only has recent'],
    [30, 'l', 'Hi, Nandini here from the Library, IIM Bangalore.'],
    [36, 'l', 'Do you need the all-India CPI-IW series, or the rural/urban ones? And is an older base year ok?'],
    [100, 'p', 'CPI-IW, old base fine'],
    [108, 'l', 'Please give me a couple of minutes, checking our databases.'],
    [215, 'l', "CPI-IW from 1990 is in the RBI's Handbook of Statistics on Indian Economy (rbi.org.in > Publications > Handbook, table on Consumer Price Index) and in CMIE Economic Outlook, which we subscribe to (library.iimb.ac.in > Databases > CMIE)."],
    [221, 'l', 'If you need the original monthly bulletins, you can also write to the Labour Bureau, Shimla at lb-shimla@nic.in or call them on +91 177 2621 235.'],
    [227, 'l', 'Hope this helps. Does this cover what you need?'],
    [300, 'p', "Yes ma'am, CMIE has it. Thank you"],
    [306, 'l', "You're welcome! Anything else?"],
    [330, 'p', "No that's all for now"],
    [336, 'l', 'Thank you, all the best with your dissertation!'],
  ], usual({ referral: 'pass' })),
  // ---- second batch (W34-W38), labelled before its run ----
  // W34 UCL: "Just a tick while I check." then 143 s; the British Library with +44 (0)20 and an e-mail
  s(SOPHIE, 'W34 UCL Welsh newspaper: "Just a tick while I check." then 143 s; BL Reference team on +44 (0)20 7412 7676', [
    [0, 'p', "Hello — I'm a PhD student looking for a Welsh-language newspaper from the 1880s, Y Gwladgarwr. Does UCL hold it?"],
    [25, 'l', "Hello, Sophie here from UCL Library Services' Ask a Librarian."],
    [31, 'l', 'Which years do you need, and is it for reading the text or for looking at the physical copies?'],
    [90, 'p', '1882-1884, just reading is fine'],
    [97, 'l', 'Just a tick while I check.'],
    [240, 'l', "UCL doesn't hold it, but the 1880s issues are digitised free on Welsh Newspapers Online at newspapers.library.wales. If you need anything not digitised, contact the British Library's Reference team on +44 (0)20 7412 7676 or at reference-team@bl.uk."],
    [246, 'l', 'Is that what you were looking for?'],
    [300, 'p', 'Perfect, that covers it. Many thanks!'],
    [306, 'l', 'Anything else I can help with today?'],
    [330, 'p', 'No, all good'],
    [335, 'l', 'Thanks for getting in touch — good luck with the thesis!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // W35 Gold Coast: "You still with us?" then "Seems we've lost you, so I'll end the chat here. Cheers for chatting!"
  s(TEGAN, 'W35 Gold Coast Bluey books: check-in "You still with us?" at 250, "Seems we\'ve lost you, so I\'ll end the chat here. Cheers …" at 330', [
    [0, 'p', 'hey do yous have any of the Bluey books for kids'],
    [20, 'l', 'Hey! Tegan here from City of Gold Coast Libraries.'],
    [26, 'l', 'Are you after the picture books or the early readers? And which branch is handiest for you?'],
    [58, 'p', 'picture books, Southport'],
    [110, 'l', "We've got heaps — search 'Bluey' in the catalogue at libraries.goldcoast.qld.gov.au and tick 'Southport' under Location. Most are on the shelf there now, and you can place a hold on any that are out."],
    [116, 'l', 'Does that help?'],
    [250, 'l', 'You still with us?'],
    [330, 'l', "Seems we've lost you, so I'll end the chat here. Cheers for chatting!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // W36 Delhi: "send you the list on WhatsApp by tomorrow evening", +91 mobile repeated, done in 20 h
  s(PRIYA, 'W36 Delhi large-print Hindi novels: "Namaste!", WhatsApp list "by tomorrow evening", +91 98110 45372 repeated, done in 20 h', [
    [0, 'p', 'Namaste madam, I want list of Hindi novels for my mother, large print if possible'],
    [30, 'l', 'Namaste! This is Priya from the Delhi Public Library online help desk.'],
    [36, 'l', 'Which authors does she like, and which branch is near you?'],
    [95, 'p', 'She likes Premchand and Shivani. We are near Sarojini Nagar'],
    [105, 'l', 'Kindly give me a few minutes, I am checking the large print collection.'],
    [200, 'l', 'We have only a few large print Hindi titles; you can see them in our catalogue at dpl.gov.in/opac (filter Language: Hindi, Format: Large print). I will check which ones are at the Sarojini Nagar branch and send you the list on WhatsApp by tomorrow evening. Please share your mobile number.'],
    [250, 'p', '+91 98110 45372'],
    [258, 'l', 'Noted, +91 98110 45372. You will get the list by tomorrow evening. Is the catalogue link useful meanwhile?'],
    [320, 'p', 'Yes madam, thank you so much'],
    [326, 'l', 'Most welcome. Anything else?'],
    [350, 'p', 'No, that is all'],
    [356, 'l', 'Thank you, have a good day!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // W37 Western Cape: answering for Stellenbosch, "They'll reply within 2 working days", done in 50 h
  s(KERRY, 'W37 Western Cape for Stellenbosch hall booking on 21/03: passed to the branch, e-mail repeated, "within 2 working days", done in 50 h', [
    [0, 'p', 'Hi there, I want to book the hall at Stellenbosch library for a book launch on 21/03. Is it available?'],
    [22, 'l', 'Hi! Kerry-Ann here from the Western Cape Library Service chat, answering for Stellenbosch Library today.'],
    [28, 'l', 'How many people are you expecting, and would it be in the morning or evening?'],
    [80, 'p', 'about 40 people, evening from half five'],
    [88, 'l', "I can't see their hall bookings from here, so I'll pass this on to the Stellenbosch branch staff and they'll email you. What email address should they use?"],
    [130, 'p', 'naledi.books@webmail.co.za'],
    [138, 'l', "Thanks — naledi.books@webmail.co.za. They'll reply within 2 working days. Their booking conditions are on stellenbosch.gov.za/libraries in the meantime."],
    [144, 'l', 'Is there anything else I can help with?'],
    [170, 'p', 'no thanks, that is all'],
    [176, 'l', 'Thanks for getting in touch, enjoy the launch!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // W38 Winnipeg: "Hang tight, I'm digging …" and "Still digging" every 105-107 s
  s(MARC, 'W38 Winnipeg passenger list 1910: "Hang tight, I\'m digging …" at 118, "Still digging" at 225, the record at 330 (day/month date)', [
    [0, 'p', "Hi, I am looking for my great-grandmother's arrival in Canada, she came from Ukraine around 1910 through Halifax maybe"],
    [33, 'l', "Hi there! I'm Marc, a librarian with Winnipeg Public Library."],
    [39, 'l', 'Do you know her name as it might have been spelled then, and roughly her age when she came?'],
    [110, 'p', 'Anastasia Kowalchuk, maybe 18 or 19'],
    [118, 'l', "Hang tight, I'm digging through the passenger lists."],
    [225, 'l', 'Still digging — thanks for hanging in there.'],
    [330, 'l', "I think this is her: Anastazja Kowalczuk, 19, arrived at Quebec (not Halifax) on 14/05/1910 aboard the Lake Manitoba. The passenger list image is free on Library and Archives Canada's site: search 'Passenger Lists, 1865-1922' at recherche-collection-search.bac-lac.gc.ca."],
    [336, 'l', 'Does that look like your great-grandmother?'],
    [410, 'p', 'Yes!! her village matches. Thank you so much'],
    [416, 'l', "That's wonderful! Anything else I can dig up for you?"],
    [440, 'p', 'no that is everything'],
    [446, 'l', 'Thanks for chatting, and happy researching!'],
  ], usual()),
];

/**
 * Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged), keyed by the case's
 * number (the first word of its name): which check, what the scorer gave, what RUBRIC.md says, and which message.
 */
const LEFT_WHY: Record<string, string> = {
  W24: 'inquiry.clarify: scorer fail ("gave a source without first asking about the need"), RUBRIC pass. Message 2 "Is it help filling in the form itself, or with your CV and supporting statement?" asks about the need before the source at message 4; an either/or question opening "Is it help with …" is not counted ("Is it the form or the CV?" and "Do you need help filling in …?" are)',
};
const isLeft = (c: SessionCase) => c.name.split(' ')[0]! in LEFT_WHY;

describe('forty-third round (world): English from around the world, checked', () => {
  describeSessions('whole sessions', world.filter((c) => !isLeft(c)));
  describeLeft('whole sessions', world.filter(isLeft));
});
