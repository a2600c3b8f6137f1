/**
 * Forty-third round, checked: SESSIONS AS REAL PLATFORMS RECORD THEM. Whole chat sessions as LibChat, LibraryH3lp (web and SMS
 * gateway), QuestionPoint-style cooperative software and text lines export them: system lines for the queue ("You are number 4
 * in line."), joins, acceptances, transfers, patron departures and platform closes, interleaved with the messages; canned
 * welcome, hold, check-in and closing macros (survey links, "Thank you for contacting …"); several providers in one chat;
 * staff-to-staff notes; patrons who paste long text (an assignment prompt, an error message) or send bursts of one-line texts;
 * sessions ended by an inactivity timeout, by the patron or by a transfer nobody accepts; resolution codes of many kinds
 * (Answered, Referred, Transferred, custom codes, Lost Call, Practice, follow-up codes, null, "", a typographic apostrophe, a
 * source with no codes at all). Topics: auto repair, zoo passes, thesis ILL, small claims, APA, gig-economy literature, property
 * tax, hotspots, a trumpet score, town history, hail-damage weather data, homebound delivery, Irish genealogy, knitting, a
 * patent, census commuting data, ESL classes, 3D printing, criminal records, study rooms, wifi, 1920s recipes, a library card,
 * book club kits, citizenship, Adobe DRM errors, a lost card, teen volunteering, theatre photos, Medicaid doctors, DVD renewals,
 * a seed library, a children's biography. Every one of the 17 checks labelled in every session.
 *
 * SHAPES TRIED:
 *  opening: patron lines typed in the queue before pickup (1, 3 or 5 lines); a `joined` system line at 30 s with the first
 *   words at 75 s (pickup fails: a join line is neither a visible provider message nor `pickedUpAt`); a recorded acceptance
 *   (`pickedUpAt` 30 s) with the first words at 190 s; an auto-reply sent under the librarian's own account at 1 s that is no
 *   hold ("We've received your question."), the librarian at 140 s; an SMS gateway auto-reply as a system line and a 95 s
 *   pickup; a pickup message that is itself a hold; a QuestionPoint opening "Let me look at your question." with no greeting;
 *  waits: holds 90-110 s apart (pass), a partial result that says the search goes on as a hold, staff-to-staff notes (and a
 *   colleague's reply) that do not end a 162 s wait, patron texts "also chromebooks?" / "hello??" that do not restart a 175 s
 *   wait, the wait across a transfer (104 s, pass; 152 s, fail), a patron "perfect thanks" answered 150 s later, a hold still
 *   open when the patron leaves or the transfer goes unanswered;
 *  endings: platform inactivity close after a check-in (no notice); a check-in macro that only states the auto-close rule; a
 *   `patron_left` line, then a check-in and a notice that is also the goodbye; a notice + goodbye with no check-in after
 *   "Anything else"; an SMS goodbye 290 s after the answer with the gateway closing an hour later (final idle ends at the
 *   goodbye: 290 s); a final idle of exactly 120 s; the patron's "thats all, bye!" then "Patron ended chat session"; a 15-minute
 *   time limit; "several other people waiting … Could you chat back in later?" (allowed); a closing macro with a survey link;
 *  transfers and several providers: notice + note before the transfer (pass, twice), a note but the patron told only by the
 *   receiver afterwards (fail), a transfer to a home-library queue nobody accepts (pass: both before it), a colleague who joins
 *   and answers with no transfer event (transfer na);
 *  concurrency: the receiving provider at 3 other chats only before she took the chat (one ending exactly at the transfer),
 *   the receiving provider at 4 after it (fail), four at once (fail), three at most with one ending as this starts and one
 *   starting as it ends (pass);
 *  follow-ups: by the patron's library with the e-mail given and repeated and "by Wednesday" (done in 30 h); by me to "the address
 *   you signed in with" (only in `patron.email`) "by Friday", done after 90 h; the code "Follow-up by patron’s library" with a
 *   U+2019 apostrophe, e-mail repeated, "within 2 business days", pending; an SMS "text you back at this number by 4 pm tomorrow"
 *   (the number only in `patron.phone`) coded Answered; "I'll e-mail you when it arrives", address asked, patron leaves, coded
 *   Follow-up by me with no contact anywhere; a follow-up recorded at 07:30 -08:00 on day 3 (72.4 h of real time, 69.4 h on the
 *   naive clocks);
 *  codes: no `resolutionCode` field (SMS gateway), null, "", Lost Call with one and with three patron lines, Practice, custom codes;
 *  referrals: a court help line with phone, State Police records unit with phone (second provider), USCIS with phone and a legal
 *   clinic with none, CareSource Member Services "at the number on the back of your card"; home-library staff, a kit coordinator,
 *   a local history librarian and an outreach team the provider consults (no referral).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a `joined` / "has accepted the session" system line is not the pickup (Terms: the first visible provider message, or the
 *   `pickedUpAt` field); a provider-role auto-reply is (statewide file's reading), and "We've received your question." is no hold;
 * - with `pickedUpAt` at 30 s and the first words at 190 s, the patron waits 160 s on the provider after pickup (keep_informed
 *   fails whether the span is counted from the patron's message or from pickup);
 * - "Are you still there? This chat will close automatically after 10 minutes without activity." is a check-in but no
 *   disconnect notice (it states the platform's rule; it does not tell the patron they seem to have disconnected);
 * - a feedback-survey link in a closing macro is no source (a source is given toward the patron's question; RUBRIC's "a URL"
 *   names the form a source takes, not every URL);
 * - a `resolutionCode` set to `undefined` is a field left out (the source has no codes: na); the U+2019 apostrophe in
 *   "Follow-up by patron’s library" is the same code;
 * - "text you back at this number" does not confirm a contact in the chat (the number is never given or repeated there);
 * - "Interlibrary loan requests have to go through your own library, so I'll pass this to Pine County's ILL staff" and "I can ask
 *   Hartwell's outreach staff to contact you" are staff the provider consults, not referrals; a library's program or sign-up page
 *   named as information is a source;
 * - a party whose organisation's own website was given in the previous message (CareSource, caresource.com) is reachable by URL,
 *   whatever one makes of "the number on the back of your card";
 * - "Does that look like his?" (the patent found) and "Does that work for you?" (the pass reserved) ask whether what was given
 *   meets the need; "ok got it reserved thx", "ya thx", "perfect thanks" are no explicit "done"; "That's all for now!" and
 *   "thats all, bye!" are;
 * - "You're welcome! Good night.", "Anytime! Text us again …", "Thanks for your patience - talk soon!", "My pleasure - good luck
 *   Thursday! Bye for now." and (label correction below) "Good luck with the research." close courteously.
 *
 * COUNTS. Written: 34 whole sessions, all 17 checks labelled in each before the file was first run (labels kept in a copy
 * before the run). First run as labelled / disagreeing: 30 / 4 (PL11 info.source, PL14 closing.courteous, PL16
 * followup.completeness, PL31 referral.contact). Label corrections: 1 (PL14 closing.courteous: I had "Good luck with the
 * research." as the last message fail, as no thanks, goodbye or invitation; a parting well-wish as the last line takes leave,
 * i.e. says goodbye in RUBRIC's sense, as the statewide file's "Take care, and good luck." does: pass). Final: 31 running, 3
 * LEFT (below, with LEFT_WHY): PL11 info.source (a survey link in the closing macro read as a source), PL16
 * followup.completeness ("Does that look like his?" not read), PL31 referral.contact (the party's website given one message
 * earlier not credited when the referral says "the number on the back of your card").
 * The redaction equality of describeSessions holds for every running case (patron e-mails in the chat, `patron.email`,
 * `patron.phone`).
 *
 * FINAL RUN (`--project scoring`, this file only): 34 tests passed (3 through describeLeft).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 32 running, 2 LEFT: PL16's "Does that look like his?" is a completeness
 * question (N4).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;
const s = session;

/** A system line with no event (queue notices, auto-replies the platform writes itself). */
const note = (sec: number, text: string): Line => [sec, 's', text];
/** System event lines as the platforms record them. */
const left = (sec: number, text = 'Patron has left the chat.'): Line => [sec, 's', text, sys('patron_left')];
const joined = (sec: number, text: string): Line => [sec, 's', text, sys('joined')];
const ended = (sec: number, text: string): Line => [sec, 's', text, sys('ended')];

const GWEN: Prov = { id: 'gwen', name: 'Gwen Ortiz', library: 'RPL' };
const DANA_E: Prov = { id: 'dana.e', name: 'eastbrook-text', library: 'EBL' };
const HEATHER: Prov = { id: 'heather', name: 'Heather (24/7 OR)', library: 'COOP' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'DPL' };
const LENA: Prov = { id: 'lena', name: 'Lena (Delaware Law Library)', library: 'DLL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya S', library: 'ASKAWAY' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus T.', library: 'FENWICK' };
const KAY: Prov = { id: 'kay', name: 'Kay', library: 'FENWICK' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'ASK' };
const TRAINER: Prov = { id: 'jen', name: 'Jen (training)', library: 'ASK' };
const SAM: Prov = { id: 'sam', name: 'millbrook-sms', library: 'MBL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'HALLAM' };
const RAVI: Prov = { id: 'ravi', name: 'Ravi Menon', library: 'HALLAM' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'KDL' };
const TASHA: Prov = { id: 'tasha', name: 'Tasha', library: 'LPL' };
const CARMEN: Prov = { id: 'carmen', name: 'Carmen V', library: 'STATE' };
const KEV: Prov = { id: 'kev', name: 'Kev', library: 'BPL' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'HCL' };
const INGRID: Prov = { id: 'ingrid', name: 'Ingrid (Carver County)', library: 'CCL' };
const TYLER: Prov = { id: 'tyler', name: 'Tyler', library: 'MCK' };
const MINJI: Prov = { id: 'minji', name: 'Min-ji Park', library: 'MCK' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'WFL' };
const OMARI: Prov = { id: 'omari', name: 'Omari', library: 'LWPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'PINE' };
const DANA_W: Prov = { id: 'dana.w', name: 'Dana Whitfield', library: 'PINE' };
const FATIMA: Prov = { id: 'fatima', name: 'Fatima', library: 'NORWOOD' };
const CHRIS: Prov = { id: 'chris', name: '+oakdale-sms', library: 'OAK' };
const MAEVE: Prov = { id: 'maeve', name: 'Maeve', library: 'PA' };
const RYAN: Prov = { id: 'ryan', name: 'Ryan', library: 'ASK' };
const JOY: Prov = { id: 'joy', name: 'Joy', library: 'MGL' };
const LI: Prov = { id: 'li', name: 'Li', library: 'BROOK' };
const DEVON: Prov = { id: 'devon', name: 'Devon', library: 'CREST' };
const HELEN: Prov = { id: 'helen', name: 'Helen (cooperative)', library: 'COOP' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'RIDGE' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'COOP' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'GFPL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'SANDFORD' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'FAIR' };
const IRENE: Prov = { id: 'irene', name: 'Irene', library: 'CEDAR' };

export const platforms: SessionCase[] = [
  // PL01 LibChat: three quick patron lines in the queue, a join line, a hold, a closing macro with a survey link
  s(GWEN, 'PL01 LibChat auto repair manual: three quick lines in the queue, join line, hold 102 s, closing macro with survey link', [
    [0, 'p', 'hi'],
    [3, 'p', 'do you guys have repair manuals'],
    [5, 'p', 'for a 2009 honda civic'],
    note(6, 'Please wait while we connect you with a librarian.'),
    joined(41, 'Gwen Ortiz has joined the chat.'),
    [44, 'l', 'Hi, thanks for contacting Ask Us! This is Gwen, a reference librarian at Riverside Public Library.'],
    [52, 'l', "Are you after one particular repair (brakes, timing belt...) or the whole service manual?"],
    [80, 'p', "the whole thing, my brakes are squeaking tho so brakes mostly"],
    [88, 'l', 'Let me check which of our auto databases covers the Civic.'],
    [190, 'l', "Okay - ChiltonLibrary has it. From riversidelib.org go to Research > Auto Repair > ChiltonLibrary, log in with your card, then pick Honda > Civic > 2009. Brakes are under 'Brakes' with step-by-step photos."],
    [196, 'l', 'Does that have what you need?'],
    [260, 'p', 'oh nice yes'],
    [266, 'p', 'found the brake pad page'],
    [270, 'l', 'Great! Is there anything else I can help you with today?'],
    [300, 'p', "nope that's it thank you"],
    [306, 'l', "You're welcome! Thank you for using Ask Us. If you have a moment, please tell us how we did: https://riversidelib.libsurveys.com/chat"],
  ], usual()),

  // PL02 SMS gateway (LibraryH3lp text queue, no resolution codes): slow pickup, split messages, the patron answers 13 min later
  s(DANA_E, 'PL02 SMS zoo pass: gateway auto-reply (system), pickup 95 s, "(1/2)" "(2/2)" segments, patron back after 13 min, no codes field', [
    [0, 'p', 'hi do u have the zoo pass thing'],
    note(1, 'Text received. A librarian will reply soon. Msg&data rates may apply.'),
    [95, 'l', 'Hi! This is Dana, librarian at Eastbrook Library, answering by text. Yes, we lend passes. Which one, the City Zoo or the aquarium?'],
    [170, 'p', 'city zoo'],
    [176, 'p', 'for sat'],
    [240, 'l', "Let me see what's left for Saturday."],
    [330, 'l', '(1/2) Saturday 3/7 has 1 City Zoo pass left. Reserve at eastbrooklib.org/passes, pick the date, enter your card #.'],
    [332, 'l', '(2/2) Pick it up at the front desk Fri after 2pm. It admits 2 adults + 2 kids. Does that work for you?'],
    [1100, 'p', 'ok got it reserved thx'],
    [1160, 'l', 'Great, enjoy the zoo! Text us anytime.'],
  ], usual({ pickup: 'fail', anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // PL03 QuestionPoint-style cooperative: out-of-state librarian, note to the patron's library, follow-up by the patron's library
  s(HEATHER, "PL03 24/7 coop thesis ILL: WorldCat hold, internal note for the home library, e-mail repeated, 'by Wednesday', done in 30 h", [
    [0, 'p', "I need a copy of a 1987 master's thesis from Ohio State, can the library get it for me? I'm a Pine County card holder."],
    note(2, 'Welcome to the 24/7 Reference Cooperative. A librarian will be with you in a moment.'),
    [38, 'l', "Hello and welcome! My name is Heather; I'm a librarian with the 24/7 cooperative, working from Oregon tonight."],
    [45, 'l', 'Do you have the author and title of the thesis?'],
    [120, 'p', 'Marsh, Daniel. Sediment transport in the lower Scioto River. 1987'],
    [128, 'l', 'Thanks. Let me look it up in WorldCat.'],
    [230, 'l', "Found it: WorldCat lists it as OCLC #17892341, held only by Ohio State, and they don't lend theses in print. Their Knowledge Bank repository may have a scan: kb.osu.edu, search the title."],
    [236, 'l', "Interlibrary loan requests have to go through your own library, so I'll pass this to Pine County's ILL staff and they can request a copy for you. What e-mail address should they use?"],
    [300, 'p', 'dmarsh.jr@outlook.com'],
    [306, 'i', 'Note for Pine County: patron requests ILL of Marsh 1987 OSU MS thesis, OCLC 17892341; not in KB as of tonight.'],
    [312, 'l', 'Got it, dmarsh.jr@outlook.com. Pine County staff check these on weekdays, so expect an e-mail from them by Wednesday.'],
    [320, 'l', 'Does that answer your question for now?'],
    [360, 'p', "Yes that's great. That is everything, thanks."],
    [366, 'l', 'Thank you for using the 24/7 cooperative, goodnight!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(30 * HOUR), by: 'Pine County ILL' }] }, { now: T0 + 3 * DAY }),

  // PL04 transfer between queues, note and notice before it; the receiving provider busy only before she took it
  s(OMAR, 'PL04 small claims (deposit): transfer to the state law library with notice + note, JP Court help line; Lena at 3 others only before the transfer', [
    [0, 'p', 'how do i sue my old roommate for the security deposit he owes me, its $900'],
    note(3, 'You are #2 in the queue.'),
    [29, 'l', "Hi there, you've reached Ask a Librarian at Dover Public Library; I'm Omar."],
    [36, 'l', 'Which state are you in? Small claims rules differ by state.'],
    [70, 'p', 'delaware'],
    [78, 'l', "Our partners at the State Law Library can walk you through the forms better than I can, so I'm going to transfer you to them. Please stay on, it may take a minute."],
    [84, 'i', 'Lena, Delaware small claims q: pt wants to recover a $900 deposit from an ex-roommate, needs JP Court forms. Thanks!'],
    xfer(150, 'Lena (Delaware Law Library)', 'lena'),
    [182, 'l', 'Hello, Lena from the Delaware State Law Library here. Deposit disputes under $25,000 go to the Justice of the Peace Court.', as(LENA)],
    [190, 'l', "The civil complaint form and filing steps are on courts.delaware.gov/jpcourt under 'Civil Cases'. The filing fee is about $45.", as(LENA)],
    [196, 'l', 'You can also call the JP Court civil help line at 302-480-1050 if you get stuck on the form.', as(LENA)],
    [205, 'l', 'Did that cover what you needed?', as(LENA)],
    [300, 'p', 'yes. filing online tonight'],
    [306, 'l', 'Good luck! Anything else?', as(LENA)],
    [340, 'p', 'no thats all'],
    [346, 'l', 'Thanks for using Ask a Librarian. Bye!', as(LENA)],
  ], usual({ referral: 'pass', transfer: 'pass' }), { resolutionCode: 'Referred' }, {
    otherIntervals: [
      other('o1', 'omar', -1000, 100), other('o2', 'omar', 50, 3000),
      other('l1', 'lena', -500, 150), other('l2', 'lena', -300, 400), other('l3', 'lena', -100, 2000),
    ],
  }),

  // PL05 ends by the platform's inactivity timeout: a check-in, no notice, no goodbye
  s(PRIYA, 'PL05 APA YouTube citation: answered, "Are you still there?" at 260, platform inactivity close at 380 (final idle 275 s)', [
    [0, 'p', 'how do you cite a youtube video in apa 7th'],
    note(4, 'Welcome to AskAway! A librarian will be with you shortly.'),
    [22, 'l', 'Hi! This is Priya, a librarian with the AskAway service. Is this for the reference list, the in-text citation, or both?'],
    [60, 'p', 'both please'],
    [110, 'l', 'Reference list: Author or Channel. (Year, Month Day). Title of video [Video]. YouTube. URL. In-text: (Channel, Year). Purdue OWL shows it with examples: owl.purdue.edu > APA Style > Reference List: Audiovisual Media.'],
    [116, 'l', 'Does that answer your question?'],
    [260, 'l', 'Are you still there?'],
    ended(380, 'Chat ended due to inactivity.'),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // PL06 pasted assignment prompt, quick follow-up lines, staff-to-staff notes during a 162 s search
  s(MARCUS, 'PL06 gig-economy lit review: pasted prompt + two quick lines, restated need, internal Q&A with a colleague during a 162 s silence', [
    [0, 'p', "Here is my assignment: 'Write a 6-8 page literature review on a labor issue in the contemporary economy. Use at least 8 peer-reviewed sources published since 2015. Your review should identify themes, debates and gaps in the literature, and end with a research question that could guide future study.' I picked gig workers and I dont know where to look"],
    [2, 'p', 'sorry thats long'],
    [5, 'p', 'its for soc 210'],
    [30, 'l', "Hello, and welcome to Ask a Librarian! I'm Marcus at Fenwick College Library."],
    [36, 'l', "So you need at least eight peer-reviewed articles since 2015 on gig work. Is there an angle you're leaning toward, like pay, health insurance, or algorithmic management?"],
    [90, 'p', 'algorithms i guess? like uber deciding who gets rides'],
    [98, 'l', 'Great topic. Give me a couple of minutes to run a search.'],
    [140, 'i', 'Kay - do we still have SocINDEX after the renewal? pt on chat needs it'],
    [175, 'i', 'yes, renewed thru 2027', as(KAY)],
    [260, 'l', 'SocINDEX (library homepage > Databases > S) works well for this. Try: ("gig economy" OR "platform work") AND ("algorithmic management" OR algorithm*), limit to Peer Reviewed and 2015-2025. I got 143 results; Rosenblat & Stark (2016) on Uber drivers is a classic to start with.'],
    [268, 'l', 'Does that get you going?'],
    [330, 'p', "yes that's perfect, thank you so much"],
    [338, 'l', 'Anything else I can help with?'],
    [370, 'p', 'nope'],
    [375, 'l', 'Good luck with the review! Thanks for chatting.'],
  ], usual({ informed: 'fail' }), { resolutionCode: 'Answered: research help' }),

  // PL07 a true Lost Call: the patron leaves in the queue, the librarian joins after
  s(NOOR, 'PL07 property tax appeal: patron leaves while 4th in line, join line, Noor at 155 s with a come-back note: Lost Call', [
    [0, 'p', 'where can I find the form to appeal my property tax assessment'],
    note(2, 'All librarians are helping other patrons. You are number 4 in line.'),
    left(140),
    joined(150, 'Noor has joined the chat.'),
    [155, 'l', "Hello, this is Noor from Ask a Librarian. It looks like you've left before I could answer, but please come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // PL08 a practice session testing the widget
  s(TRAINER, 'PL08 widget test by a trainer: Practice', [
    [0, 'p', 'test test - Jen checking the new chat widget on the teen page'],
    [10, 'l', 'Hello! Ask Us test reply - canned messages are working.'],
    [20, 'p', 'great, closing macro next'],
    [25, 'l', 'Thank you for contacting Ask Us! Please come back anytime.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // PL09 SMS: a hold at pickup, two more texts from the patron that do not restart the wait
  s(SAM, 'PL09 SMS hotspots: pickup message is a hold, patron adds "also chromebooks?" and "hello??", answer 175 s after the hold', [
    [0, 'p', 'can i borrow a wifi hotspot'],
    note(2, 'Thanks for texting AskUs. A librarian will reply soon.'),
    [40, 'l', "Hi, it's Sam, a librarian at Millbrook Library. Let me check the hotspot list for you."],
    [110, 'p', 'also chromebooks?'],
    [180, 'p', 'hello??'],
    [215, 'l', "Sorry for the wait! Hotspots lend for 3 weeks and Chromebooks for 2. Place a hold in the catalog at millbrooklib.org, search 'hotspot' or 'chromebook'."],
    [220, 'l', 'Does that help?'],
    [300, 'p', 'ya thx'],
    [306, 'l', 'Anytime! Text us again if you need anything.'],
  ], usual({ informed: 'fail', clarify: 'fail', anything: 'fail' }), { resolutionCode: 'Answered via SMS' }),

  // PL10 transfer to a subject specialist: a note, but the patron is told only after the transfer, by the receiver
  s(BETH, 'PL10 Haydn trumpet score: note to the music librarian, transfer with no word to the patron; Ravi says so afterwards', [
    [0, 'p', 'Looking for sheet music for the Haydn trumpet concerto, the Bb version with piano reduction'],
    note(3, 'Connecting you to a librarian...'),
    [25, 'l', "Good afternoon! Beth at Hallam University Library's Ask service."],
    [31, 'l', 'Do you need a print copy to borrow, or would a digital score be fine?'],
    [60, 'p', 'print, my lesson is thursday'],
    [66, 'i', 'Ravi - music score q, Haydn tpt concerto Bb w/ piano red., print by Thurs. Can you take it?'],
    xfer(70, 'Ravi Menon', 'ravi'),
    [112, 'l', "Hi, I'm Ravi, the music librarian - Beth passed your question to me.", as(RAVI)],
    [160, 'l', 'We have two print copies of the Haydn in B-flat with piano reduction (Boosey & Hawkes), call number M1031.H39 H5. One is on the shelf in the Music Library, 2nd floor. You can request it through the catalogue at library.hallam.edu to have it held.', as(RAVI)],
    [165, 'l', 'Is that the edition you need?', as(RAVI)],
    [220, 'p', 'yes perfect!! thank you'],
    [226, 'l', 'My pleasure - good luck Thursday! Bye for now.', as(RAVI)],
  ], usual({ anything: 'fail', transfer: 'fail' }), { resolutionCode: 'Transferred' }),

  // PL11 an answer with no source; the only URL is the closing macro's survey link
  s(NOEL, 'PL11 when did Main open: a bare answer (1904, Carnegie grant), the only URL is the survey link in the closing macro', [
    [0, 'p', 'what year did the main library open? doing a project on our town'],
    note(1, 'Thanks for your question! Connecting you now...'),
    [24, 'l', "Hi! You've reached Ask Us at Kentwood District Library; this is Noel."],
    [30, 'l', "Do you need just the year, or the building's history too?"],
    [55, 'p', 'just the year and who paid for it'],
    [62, 'l', 'Main opened in 1904. It was built with a $25,000 Carnegie grant, like a lot of libraries back then.'],
    [66, 'l', 'Does that answer your question?'],
    [90, 'p', 'yes!! thats all i needed thank u'],
    [96, 'l', 'Thank you for chatting with Ask Us! Tell us how we did: https://www.surveymonkey.com/r/AskUsChat'],
  ], usual({ source: 'fail' })),

  // PL12 follow-up by me to "the address you signed in with" (never in the chat), done after 90 h
  s(TASHA, 'PL12 hail-damage weather record: NOAA database, promise to e-mail the sign-in address "by Friday", done after 90 h', [
    [0, 'p', 'I need the weather records for Feb 12 2026 in Lakewood, there was hail that damaged my car and my insurer wants proof'],
    note(2, 'A librarian will be with you shortly.'),
    [50, 'l', "Hi, I'm Tasha, a reference librarian at Lakewood Public Library. Sorry about your car!"],
    [56, 'l', 'Do you need an official certified record, or would a printout of the daily observations do for the insurer?'],
    [100, 'p', 'not sure, i think just a printout'],
    [108, 'l', 'Okay, one moment while I look.'],
    [200, 'l', "NOAA's Storm Events Database (ncdc.noaa.gov/stormevents) lists reported hail by county and date, but the February 2026 entries aren't posted yet: they usually lag a few months."],
    [210, 'l', "I can check the local weather office's reports and send you what I find. I'll e-mail it to the address you signed in with by Friday."],
    [260, 'p', 'ok thank you'],
    [266, 'l', 'Does that work for now?'],
    [300, 'p', 'yes'],
    [306, 'l', 'Thanks for your patience - talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: 'R. Kowal', email: 'r.kowal@fastmail.com', phone: null }, followUps: [{ doneAt: at(90 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // PL13 the export's code has a typographic apostrophe: Follow-up by patron’s library
  s(CARMEN, 'PL13 homebound mother, Books by Mail: e-mail repeated, "within 2 business days", code with a curly apostrophe, pending', [
    [0, 'p', "My mother is 91 and can't get to the library anymore. Is there any way she can get large print books delivered?"],
    note(3, 'Thank you for contacting Ask a Librarian. You are next in line.'),
    [33, 'l', 'Good morning! This is Carmen, a librarian with the statewide Ask a Librarian service.'],
    [39, 'l', 'Which county does your mother live in? Delivery is run by each library system.'],
    [80, 'p', 'Hartwell County'],
    [86, 'l', "Thanks, let me check Hartwell's outreach services."],
    [150, 'l', 'Hartwell County Library has a Books by Mail program for homebound residents: large print and audiobooks mailed free in a returnable bag. The sign-up form is at hartwellcountylibrary.org/outreach.'],
    [156, 'l', "Since she'd be their patron, I can ask Hartwell's outreach staff to contact you directly to set it up. What's the best e-mail for you?"],
    [200, 'p', 'yes please! linda.harwood@yahoo.com'],
    [208, 'l', "I've sent your request to Hartwell's outreach team with linda.harwood@yahoo.com. They usually reply within 2 business days."],
    [214, 'l', 'Did the Books by Mail page answer your question?'],
    [250, 'p', "It did, thank you. That's all I needed."],
    [256, 'l', 'Thank you for using Ask a Librarian, and best wishes to your mother!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { resolutionCode: 'Follow-up by patron\u2019s library' }),

  // PL14 a time limit; four chats at once
  s(KEV, 'PL14 Cork genealogy: passenger lists, then "we limit each patron to 15 minutes ... end our session here"; Kev at 4 chats', [
    [0, 'p', "hi I'm researching my family, the Brennans from County Cork, came to Boston ~1880"],
    note(2, 'You are number 1 in line.'),
    [20, 'l', 'Hello, Kev here at Ask Boston Libraries.'],
    [26, 'l', 'Are you looking for their arrival record, or something else first?'],
    [70, 'p', "arrival, then census, then maybe where they're buried, and their church"],
    [80, 'l', "For arrivals, the Massachusetts State Archives' Boston passenger lists 1848-1891 can be searched free on FamilySearch (familysearch.org > Search > Records, 'Massachusetts, Boston Passenger Lists')."],
    [86, 'l', 'Did that help with the arrival part?'],
    [150, 'p', 'yes found a Johanna Brennan 1881! ok now census please. and church records. and cemetery'],
    [160, 'l', 'Census: HeritageQuest through our website gives you 1900 and 1910 free with your card.'],
    [170, 'l', "I'm sorry, but we limit each patron to 15 minutes of chat and you've reached it, so I'll have to end our session here."],
    [176, 'l', 'Good luck with the research.'],
  ], usual({ anything: 'fail', dismissal: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kev', -600, 1000), other('k2', 'kev', -300, 500), other('k3', 'kev', 10, 900)],
  }),

  // PL15 the patron leaves during a hold: no final idle, no source
  s(JESS, 'PL15 baby blanket pattern: clarifying question, "one moment" hold, patron leaves; custom code', [
    [0, 'p', 'looking for a free pattern for a baby blanket, easy, for a beginner'],
    note(4, 'Please hold, a librarian will join shortly.'),
    [45, 'l', 'Hi! Jess from the Ask Us librarians at Harbor City Library here.'],
    [50, 'l', 'Do you knit or crochet?'],
    [75, 'p', 'knit, i only know garter stitch'],
    [82, 'l', 'Let me find a couple of patterns for you, one moment.'],
    left(140),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Patron disconnected' }),

  // PL16 QuestionPoint records the acceptance (pickedUpAt 30 s); the first words come 160 s later
  s(INGRID, 'PL16 grandfather\'s patent: accepted at 30 s (pickedUpAt), first message with the answer at 190 s, no question', [
    [0, 'p', 'My grandfather patented a kind of egg carton in the 1950s, his name was Walter Pruitt. How can I find the patent?'],
    note(1, 'Your question has been sent. Please wait for a librarian.'),
    joined(30, "Librarian 'Ingrid (Carver County)' has accepted the session."),
    [190, 'l', "Hello, thank you for waiting - Ingrid here, librarian at Carver County Library. I found it already: Google Patents has US2788161 'Egg carton' by Walter E. Pruitt, 1957, at patents.google.com/patent/US2788161."],
    [196, 'l', 'Does that look like his?'],
    [240, 'p', "Oh my goodness yes, that's his drawing! Thank you, that's all I needed."],
    [246, 'l', 'Wonderful. Thanks for contacting us, have a great day!'],
  ], usual({ informed: 'fail', clarify: 'fail' }), { pickedUpAt: at(30) }),

  // PL17 transfer by a student worker to the data librarian, who is at four chats and answers 152 s after the notice
  s(TYLER, 'PL17 ACS commuting data: student worker transfers with notice + note; Min-ji answers 152 s after the notice, at 4 chats', [
    [0, 'p', 'Where can I get census data on commuting times by county, for a stats project'],
    note(3, "You're in the queue. An operator will be with you soon."),
    [18, 'l', "Hi! I'm Tyler, a student assistant at the McKinley Library Ask desk."],
    [24, 'l', 'Is this for a class? Do you need the data as a spreadsheet?'],
    [60, 'p', 'yes, econ 340, spreadsheet would be best'],
    [68, 'l', "Our data librarian is on chat right now and knows this best, I'll transfer you to her. Hang on a sec!"],
    [72, 'i', 'Dr. Park, econ 340 student needs county-level commuting time data (ACS?) as a spreadsheet. Can you take it?'],
    xfer(75, 'Min-ji Park', 'minji'),
    [220, 'l', 'Hello, Min-ji Park, data services librarian. American Community Survey table B08303 (travel time to work) covers every county: data.census.gov, search B08303, choose Geography > County > All counties, then Download > CSV.', as(MINJI)],
    [228, 'l', 'Does that give you what you need for the project?', as(MINJI)],
    [300, 'p', 'yes downloading now, thanks!'],
    [306, 'l', 'Anything else I can help with?', as(MINJI)],
    [330, 'p', "no that's everything"],
    [336, 'l', 'Great, good luck with econ 340! Thanks for stopping by Ask McKinley.', as(MINJI)],
  ], usual({ informed: 'fail', concurrency: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [other('m1', 'minji', 0, 400), other('m2', 'minji', 30, 500), other('m3', 'minji', 100, 200)],
  }),

  // PL18 a join line at 30 s but the first words at 75 s; patron_left, then check-in and a notice that is also the goodbye
  s(ANA, 'PL18 ESL class: join line at 30, first message 75; patron_left line, check-in at 370, disconnect notice + goodbye at 460', [
    [0, 'p', 'hello I want to learn english better, the library has class?'],
    note(2, 'Welcome! Please wait for the next available librarian.'),
    joined(30, 'Ana has joined the chat.'),
    [75, 'l', 'Hello! Welcome to Ask Us. My name is Ana, I am a librarian at Westfield Library.'],
    [80, 'l', 'Do you want a class with a teacher, or practice on your own, for example on the computer?'],
    [135, 'p', 'with teacher. evening is best for me, I work'],
    [140, 'l', 'One moment please, I am checking the class calendar.'],
    [220, 'l', 'We have a free English Conversation Circle on Tuesdays at 6:30 pm at the Main Library, room B. No registration. The schedule is at westfieldlib.org/esl. We also have Mango Languages for practice at home.'],
    [226, 'l', 'Is this helpful for you?'],
    left(290),
    [370, 'l', 'Are you still there?'],
    [460, 'l', 'It looks like you have disconnected, so I will close this chat. Thank you for contacting Ask Us, and you are welcome at the Conversation Circle anytime!'],
  ], usual({ pickup: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // PL19 the check-in macro states the auto-close rule but not that the patron seems gone; the platform closes at 800
  s(OMARI, 'PL19 3D printer: three quick lines, answer with no question, check-in macro "will close automatically", timeout at 800', [
    [0, 'p', 'how do I book the 3d printer'],
    [1, 'p', 'at the main branch'],
    [2, 'p', 'and can i bring my own filament'],
    note(3, 'A staff member will be with you shortly.'),
    [25, 'l', 'Hi there! This is Omari with the Ask a Librarian team at Lindenwood Public Library.'],
    [60, 'l', "You can book the Prusa printers at lindenwoodlib.org/makerspace > Reserve Equipment, up to 3 hours a day. Outside filament isn't allowed for safety reasons, but PLA is 5 cents a gram at the desk."],
    [66, 'l', 'Does that answer your questions?'],
    [200, 'l', 'Are you still there? This chat will close automatically after 10 minutes without activity.'],
    ended(800, 'Chat closed: inactivity timeout.'),
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { resolutionCode: 'Answered - timed out' }),

  // PL20 two providers in one chat without a transfer: a colleague joins and answers
  s(LOU, 'PL20 court records before renting a room: a colleague joins (join line, no transfer), clerk search + State Police with phone', [
    [0, 'p', 'how can i look up if someone has a criminal record in this county, im about to rent a room to them'],
    note(2, 'Connecting...'),
    [22, 'l', 'Hi! Lou here, librarian at Ask Pinecrest.'],
    [30, 'l', 'Is the person in Pinecrest County, and do you have their full name and date of birth? Court searches usually need both.'],
    [70, 'p', 'yes pinecrest, i have the name and birthday'],
    [76, 'l', "ok, I'm asking our legal reference librarian to jump in, one sec"],
    joined(80, 'Dana Whitfield joined the chat.'),
    [110, 'l', "Hello, Dana from Pinecrest Library's law collection. The county clerk's public case search is at pinecrestclerk.gov/records > Criminal Case Search; search by name and narrow by birthdate. It's free.", as(DANA_W)],
    [118, 'l', 'For a full background check, the State Police run name searches for $25: call the Criminal Records Unit at 804-674-2084.', as(DANA_W)],
    [124, 'l', 'Does that help?', as(DANA_W)],
    [190, 'p', 'yes very much'],
    [196, 'l', 'Anything else today?'],
    [230, 'p', "nah i'm good"],
    [236, 'l', 'Thanks for chatting with Ask Pinecrest!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Answered - referral made' }),

  // PL21 an auto-reply under the provider's own account at 1 s (no hold), the librarian at 140 s
  s(FATIMA, 'PL21 study room: auto-reply under the librarian\'s account at 1 s (not a hold), patron "hello?" at 90, Fatima at 140', [
    [0, 'p', 'can i reserve a study room for tonight for 4 people'],
    [1, 'l', "Thanks for contacting the Ask Desk at Norwood College Library! We've received your question."],
    [90, 'p', 'hello?'],
    [140, 'l', "Sorry about that! I'm Fatima, one of the librarians. What time tonight, and do you need a screen in the room?"],
    [175, 'p', '7 to 9, screen would be nice'],
    [185, 'l', 'Room 214 has a screen and is free 7-9. Book it at norwood.libcal.com (Study Rooms > 4th floor) with your student ID.'],
    [190, 'l', 'Did that work?'],
    [260, 'p', "booked it! thanks that's all"],
    [266, 'l', 'Have a good session tonight - bye!'],
  ], usual()),

  // PL22 SMS: an answer with no source, a goodbye 290 s after it, the gateway closes after an hour
  s(CHRIS, 'PL22 SMS wifi password: branch asked, answer is "the sign by the front door", goodbye text 290 s later, gateway close at 3600', [
    [0, 'p', "what's the wifi password at the library"],
    [20, 'l', 'Hi, this is Chris from Oakdale Library texting back! Which branch are you at?'],
    [300, 'p', 'downtown'],
    [310, 'l', "Downtown's network is OakdaleGuest and the password is posted on the sign by the front door; it changes monthly so we don't text it out. Does that help?"],
    [600, 'l', "Text us back anytime if you can't find it. Thanks for texting Oakdale Library!"],
    ended(3600, 'Conversation closed after 60 minutes of inactivity.'),
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail', disconnect: 'fail' }), { resolutionCode: 'SMS - answered' }),

  // PL23 QuestionPoint end line, the code left null; three chats at most with boundary touches
  s(MAEVE, 'PL23 1920s icebox cookies: Feeding America + HathiTrust, "Librarian ended chat session", code null; 3 open at most', [
    [0, 'p', "my great aunt made something called 'icebox cookies' in the 1920s, is there an old recipe somewhere?"],
    note(3, 'Please wait while we find a librarian to help you.'),
    [28, 'l', 'Good evening! This is Maeve with Ask Here PA, the librarian on duty tonight.'],
    [35, 'l', 'Do you know if she used a particular cookbook, or is any 1920s-era recipe okay?'],
    [100, 'p', 'any is fine, she was from Pennsylvania if that matters'],
    [106, 'l', 'Let me look in some digitized cookbooks.'],
    [215, 'l', "The Feeding America collection at Michigan State (d.lib.msu.edu/fa) has digitized American cookbooks, and icebox cookies turn up in several. HathiTrust (hathitrust.org) also has a full 1929 Pennsylvania Dutch cookbook where they're called 'refrigerator cookies'."],
    [222, 'l', 'Is that the kind of recipe you were after?'],
    [290, 'p', "Perfect, that's exactly it."],
    [296, 'l', 'Glad to hear it! Is there anything else I can find for you?'],
    [330, 'p', "No, that's all for tonight"],
    [336, 'l', 'Enjoy the baking, and thanks for using Ask Here PA!'],
    ended(340, 'Librarian ended chat session'),
  ], usual({ code: 'fail' }), { resolutionCode: null }, {
    otherIntervals: [other('q1', 'maeve', -900, 0), other('q2', 'maeve', -200, 400), other('q3', 'maeve', 100, 2000), other('q4', 'maeve', 345, 900)],
  }),

  // PL24 coded Lost Call though the patron typed three lines in the queue
  s(RYAN, 'PL24 library card: three short lines in the queue, patron leaves, Ryan at 140 s; coded Lost Call', [
    [0, 'p', 'hi'],
    [2, 'p', 'i need help'],
    [4, 'p', 'with my library card'],
    note(5, 'You are number 3 in line.'),
    left(120),
    joined(135, 'Ryan joined the chat.'),
    [140, 'l', "Hi, Ryan from Ask Us here, sorry for the wait! Looks like you've gone, but please chat back any time."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // PL25 SMS follow-up "at this number" (the number never written in the chat), coded Answered
  s(JOY, 'PL25 SMS book club kit: "text you back at this number by 4 pm tomorrow", phone only in the patron field, coded Answered', [
    [0, 'p', 'Does the library have book club kits for Lessons in Chemistry? need 10 copies by the 20th'],
    note(1, 'Message received by Ask Us Text. Reply STOP to opt out.'),
    [30, 'l', 'Hi, this is Joy at Maple Grove Library, answering your text. Let me check the kit list.'],
    [120, 'l', "Our kit list (maplegrovelib.org/bookclub) shows 1 kit for Lessons in Chemistry with 10 copies, but it's checked out until the 18th."],
    [125, 'l', "I'll ask our kit coordinator if it can be reserved for you for the 20th and text you back at this number by 4 pm tomorrow."],
    [200, 'p', 'great thank u!'],
    [206, 'l', "You're welcome! Good night."],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), {
    patron: { name: null, email: null, phone: '+16125550148' },
  }),

  // PL26 two referrals, the legal clinic with no way to reach it
  s(LI, 'PL26 citizenship test + green card paperwork: USCIS with phone, the immigrant legal clinic with none ("at the community center on Thursdays")', [
    [0, 'p', 'Hi, I am going to take my citizenship interview in May. Does library have books to study? Also I have question about my green card paper, who can help me'],
    note(2, 'Thank you for your question. A librarian will join soon.'),
    [40, 'l', "Hello! My name is Li, and I'm a librarian at Brookside Public Library. Congratulations on your interview!"],
    [46, 'l', 'Would you like books you can borrow, or practice tests online, or both?'],
    [90, 'p', 'both please'],
    [96, 'l', "One moment, I'll gather the links."],
    [170, 'l', "Online: USCIS has the 100 civics questions with audio at uscis.gov/citizenship > Study for the Test. To borrow: we have 'Pass the U.S. Citizenship Exam' (LearningExpress), call number 323.623 PAS, 4 copies at Main."],
    [178, 'l', "For your green card paperwork question, the Brookside Immigrant Legal Clinic gives free consultations; they're the right people to ask. You can also contact USCIS directly at 800-375-5283."],
    [186, 'l', 'Does that help with both questions?'],
    [240, 'p', 'yes thank you very much. where is the clinic?'],
    [250, 'l', "It meets at the community center on Thursdays. I'm afraid I don't have their number handy."],
    [256, 'l', 'Anything else I can help with?'],
    [290, 'p', "no, that's all. thank you"],
    [296, 'l', 'Good luck in May! Thanks for chatting with Brookside Library.'],
  ], usual({ referral: 'fail' }), { resolutionCode: 'Referred to outside agency' }),

  // PL27 pasted error message, a partial result that says the search goes on; the code exported as ""
  s(DEVON, 'PL27 ADE E_ACT_NOT_READY: pasted error text, holds at 60 and 170 ("Still checking - it looks like ..."), fixed; code ""', [
    [0, 'p', "Getting this error when I open the ebook: 'E_ACT_NOT_READY: The document cannot be opened because the activation is not complete. Please authorize your computer in Adobe Digital Editions (Help > Authorize Computer) and try again. [Error code E_ACT_NOT_READY 0x80070005]' what do i do"],
    note(4, 'Queue position: 1'),
    [15, 'l', 'Hi, thanks for contacting Ask Us at Crestview Library - Devon here.'],
    [20, 'l', 'Are you on Windows or a Mac, and which version of Adobe Digital Editions?'],
    [55, 'p', 'windows 11, ADE 4.5'],
    [60, 'l', 'Okay, let me look up that error code, one moment.'],
    [170, 'l', "Still checking - it looks like it's an authorization problem, and I'm finding the exact steps."],
    [280, 'l', "Here we go: in ADE go to Help > Erase Authorization, restart ADE, then Help > Authorize Computer and sign in with your Adobe ID. Then re-download the .acsm file from your Loans page. OverDrive's help article on Adobe errors (help.overdrive.com, search E_ACT_NOT_READY) has screenshots."],
    [285, 'l', 'Did that fix it?'],
    [400, 'p', 'YES it opens now!!'],
    [406, 'l', 'Excellent! Anything else I can do for you?'],
    [420, 'p', 'no thats it'],
    [425, 'l', 'Happy reading, and thanks for contacting Ask Us!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // PL28 transferred to the home library's queue, which never accepts; the platform ends the chat
  s(HELEN, 'PL28 replacement card: coop librarian transfers to the home library queue (notice + note), nobody accepts, platform ends at 400', [
    [0, 'p', 'Can I get a replacement library card online? I lost mine'],
    note(3, 'You have been connected to the Ask a Librarian cooperative.'),
    [25, 'l', 'Hi there! Helen here, a librarian with the Ask a Librarian cooperative.'],
    [30, 'l', 'Which library is your card from?'],
    [60, 'p', 'Marlow Public Library'],
    [70, 'l', "Marlow staff are online now, so I'll transfer you to them; they can look up your account. One moment!"],
    [75, 'i', 'Marlow desk: transferring a patron who lost their card and wants a replacement; needs an account lookup.'],
    xfer(78, 'Marlow Public Library', 'marlowq'),
    ended(400, 'Chat ended: no operator accepted the transfer.'),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
  }), { resolutionCode: 'Transferred to local library' }),

  // PL29 a teen's burst of short lines; "other people waiting ... chat back in later" is allowed
  s(THEO, 'PL29 teen volunteer hours: five one-line texts, answer with no question, then a burst of more asks, "several other people waiting ... chat back in later"', [
    [0, 'p', 'hi'],
    [1, 'p', 'can i volunteer'],
    [2, 'p', 'i need 20 hrs'],
    [3, 'p', 'for school'],
    [4, 'p', 'im 15'],
    note(5, 'Please wait, a librarian will be right with you.'),
    [48, 'l', "Hey! I'm Theo, a teen services librarian at Ridgeway Library 👋"],
    [55, 'l', "Teen volunteers (14+) help with the summer reading program and shelving. Application: ridgewaylib.org/teens/volunteer. Hours get signed off on your school's form."],
    [60, 'l', 'is that what u were looking for?'],
    [80, 'p', 'ya'],
    [82, 'p', 'can u also help me w my essay on the great gatsby'],
    [84, 'p', 'and my math'],
    [86, 'p', 'and find a book for my mom'],
    [100, 'l', "I'd love to, but I've got several other people waiting in line right now. Could you chat back in later? We'd be glad to help with all of it then!"],
    [130, 'p', 'ok'],
    [136, 'l', 'Thanks for chatting, see you soon!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // PL30 follow-up done at 07:30 Pacific on day 3: 72.4 h of real time (69.4 h on the naive clocks)
  s(ROSALIND, 'PL30 Grand Theater photos: coop librarian, historical society collection, e-mail repeated, "by Thursday", done 2026-03-05T07:30-08:00 (72.4 h)', [
    [0, 'p', 'Do you have any old photos of the Grand Theater on Main St in Elmira? It was torn down around 1970'],
    note(2, 'Please wait for the next available librarian.'),
    [35, 'l', "Hi, this is Rosalind, a librarian with the cooperative's evening team."],
    [42, 'l', 'Are you after photos of the outside, or the interior too? And is this for personal use or a publication?'],
    [100, 'p', "the outside mostly, personal, it was my grandpa's theater"],
    [108, 'l', 'Give me a few minutes to check the digital collections.'],
    [215, 'l', "The Chemung County Historical Society's online collection (chemungvalleymuseum.org > Collections) has two exterior shots from the 1950s. I also see a mention of a 1962 photo in the Star-Gazette that isn't online."],
    [222, 'l', "I can ask Elmira's local history librarian to check the Star-Gazette microfilm for the 1962 photo and e-mail you a scan. What e-mail should I use?"],
    [280, 'p', 'tonyg1948@aol.com'],
    [288, 'l', 'Thanks, tonyg1948@aol.com. You should hear from me by Thursday.'],
    [295, 'l', 'Do the historical society photos help in the meantime?'],
    [360, 'p', "They do, lovely. That's all for now!"],
    [366, 'l', 'Thanks for chatting, Tony - talk soon.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T07:30:00-08:00' }] }, { now: T0 + 6 * DAY }),

  // PL31 the patron goes quiet after "Anything else"; no check-in, a notice that is also the goodbye
  s(ROB, 'PL31 Medicaid doctor: plan asked, CareSource finder + Member Services "at the number on the back of your card", notice + goodbye 234 s after "Anything else"', [
    [0, 'p', 'I just moved here and need a doctor that takes Medicaid. How do I find one?'],
    note(3, 'Your chat has been received. Please hold for the next available librarian.'),
    [20, 'l', "Hi! Thanks for reaching out to Ask Us - I'm Rob, a librarian at Greenfield Public Library."],
    [27, 'l', "Is your Medicaid through a managed care plan (a card with a health plan's name on it), or straight state Medicaid?"],
    [80, 'p', 'it says CareSource on the card'],
    [88, 'l', "Then CareSource's Find a Doctor tool lists the doctors in your plan: caresource.com > Find a Doctor, choose your state and the Medicaid plan."],
    [95, 'l', "You can also call CareSource Member Services at the number on the back of your card and they'll help you pick one taking new patients."],
    [100, 'l', 'Does that get you what you need?'],
    [170, 'p', 'yes I found two near me. thanks!'],
    [176, 'l', 'Wonderful. Anything else I can help with?'],
    [410, 'l', "Looks like you may have gotten disconnected, so I'm going to end the chat. Thanks for using Ask Us, and good luck with the new doctor!"],
  ], usual({ referral: 'pass', idle: 'fail', disconnect: 'pass' })),

  // PL32 QuestionPoint: no greeting, the patron says bye, "Patron ended chat session"
  s(GRETA, 'PL32 DVD renewals: "Let me look at your question." opens (no greeting), answer + "Did that answer", patron "thats all, bye!", patron ends session', [
    [0, 'p', 'how many times can i renew a dvd'],
    note(2, 'Welcome to QuestionPoint. A librarian will be with you shortly.'),
    [30, 'l', 'Let me look at your question.'],
    [36, 'l', 'Is it a DVD you have out now, and from which library?'],
    [60, 'p', "yes, from Sandford, it's due tomorrow"],
    [70, 'l', 'DVDs can be renewed twice for 7 days each if nobody has a hold. Go to sandfordlib.org > My Account > Checkouts > Renew. Did that answer your question?'],
    [100, 'p', 'yes, thats all, bye!'],
    ended(103, 'Patron ended chat session'),
  ], usual({ greeting: 'fail', courteous: 'fail' }), { resolutionCode: 'Answered - Circulation' }),

  // PL33 the patron's "perfect thanks" answered 150 s later; final idle of exactly 120 s ended by a goodbye
  s(WREN, 'PL33 seed library: "perfect thanks" answered 150 s later with "Anything else", goodbye 120 s after that (final idle = 120 s)', [
    [0, 'p', 'When does the seed library open for spring?'],
    note(4, 'Connecting you to a librarian...'),
    [35, 'l', 'Good morning! Ask a Librarian, this is Wren at Fairhaven Library.'],
    [40, 'l', 'Are you asking about the seed library at the main branch or the one at Eastside?'],
    [70, 'p', 'main'],
    [80, 'l', "Main's seed library reopens March 16 with this year's tomato, bean and pollinator packets; the list is on fairhavenlib.org/seeds. You can take up to 10 packets a month. Does that answer it?"],
    [110, 'p', 'perfect thanks'],
    [260, 'l', "You're welcome! Anything else today?"],
    [380, 'l', 'Thanks for chatting - happy planting!'],
  ], usual({ informed: 'fail', idle: 'fail' })),

  // PL34 promise to e-mail with no address ever given; coded Follow-up by me
  s(IRENE, 'PL34 Bass Reeves for 3rd grade: graphic novel in the catalog, "I\'ll e-mail you when it arrives", address asked, patron leaves; Follow-up by me', [
    [0, 'p', 'is there a biography of Bass Reeves for kids? like 3rd grade'],
    note(3, 'A librarian will be with you shortly.'),
    [25, 'l', "Hello! I'm Irene, children's librarian at Ask Cedar County Libraries."],
    [30, 'l', 'Would a picture book work, or does it need to be a chapter book?'],
    [70, 'p', 'chapter book for a report'],
    [78, 'l', 'Let me check our catalog.'],
    [160, 'l', "We have 'Bass Reeves: Tales of the Talented Tenth' (a graphic novel for grades 3-6) in the catalog at cedarlib.org, 2 copies in. A chapter-book biography is on order; I'll e-mail you when it arrives."],
    [166, 'l', "What's your e-mail address?"],
    left(240),
    [250, 'l', "It looks like you've disconnected. I'll end this session now - thanks for contacting us!"],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),
];

/**
 * Cases the scorer still misreads (run through `describeLeft`, labels unchanged), keyed by the case's number (the first word
 * of its name): which check, what the scorer gave, what RUBRIC.md says, and which message (0-based index).
 */
const LEFT_WHY: Record<string, string> = {
  PL11: 'info.source: scorer pass ("gave a source", evidence message 8 "Tell us how we did: https://www.surveymonkey.com/r/AskUsChat"), RUBRIC fail. The only URL is the feedback-survey link in the closing macro; the answer itself (message 5 "Main opened in 1904. It was built with a $25,000 Carnegie grant …") names no URL, resource or contact. A link to rate the service is not a source for the question (same with "Please take our survey at askus.org/survey"; without the link the scorer fails it)',
  PL31: 'referral.contact: scorer fail ("a party whose number is only said to be on a label, card or bill"), RUBRIC pass. Message 6 "You can also call CareSource Member Services at the number on the back of your card …" refers to CareSource, whose own website was given one message earlier (message 5 "CareSource\'s Find a Doctor tool …: caresource.com > Find a Doctor"): a URL, one of RUBRIC\'s ways to reach a party. The scorer credits "(caresource.com)" in the same sentence but not the party\'s URL given as a source in the message before',
};
const isLeft = (c: SessionCase) => c.name.split(' ')[0]! in LEFT_WHY;

describe('forty-third round (platforms): sessions as real platforms record them, checked', () => {
  describeSessions('whole sessions', platforms.filter((c) => !isLeft(c)));
  describeLeft('whole sessions', platforms.filter(isLeft));
});
