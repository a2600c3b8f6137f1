/**
 * Nineteenth round, second wave, area (T8): FALSE READINGS OF THE FIRST WAVE'S NINE NEW SETTINGS, narrowings only.
 * Ordinary chats from public, academic, county and school libraries in which the words a v20 setting keys on appear but
 * the behaviour it reads is not there, next to chats where the first wave's reading is right (guards):
 * - `splitMessagesT5` (followup.contact's when): "I'll email you the scans" / "on Monday the archive is closed" and
 *   "I'll send you what I find" / "today we're short-staffed": a fragment that starts with a time word but says something
 *   of its own (a clause with its own verb), not when the information will come; "by tomorrow afternoon", "within 2
 *   business days if that's ok" still the when;
 * - `transferPronounT2`: "I can't transfer you to the county law library…; they can help you…" and "I tried to transfer
 *   you to Maria, but she's out; she can…": no transfer happens, so "they / she can help" refers the patron on;
 * - `arrivalThereT3`: "ask whether the benefits counselors are there on Fridays", "ask if the deed clerk will be there":
 *   the "there" of the office itself (are / be there of someone else), not the patron's arrival;
 * - `devicePhoneT4`: "Want me to send the link to you on your phone?" (how to deliver to the patron, not the need);
 * - `reachYouT4`: "Have you given them your phone number so they can call you?" (the patron asked whether they gave the
 *   party their number: the party is referred, not consulted by the provider);
 * - `devicePhoneT4`, with a read-back tag: "I can send the link to you on your phone, right?" (delivery, as v19 read it);
 * - `transferNoSourceT4`: "I'm transferring you to our nursing librarian, since the article is in CINAHL Complete", "the
 *   report is available through Statista", "you'll find the standard in ASTM Compass" (where the item is: a source);
 *   "Our data librarian is on chat now, so I'm transferring you to him; he knows IPUMS best" still none;
 * - `takesOfferT6`: "I'd rather not, please don't email me", "don't text me" (a negated "email me" takes no offer up);
 *   "don't call me, just text me at 555-0178" still takes it;
 * - guards for `nameNotWhenT6`, `negatedThenVerbT6`, the courteous join and the way back in the next message.
 * Fixes: narrowings of the first wave's settings in their own code, behind the same settings (the helper wrote seven
 * settings of its own, `splitWhenClauseT8` … `takesOfferNegatedT8`; the merge folded each into the first-wave setting it
 * narrows, since both are v20's alone: the `Rubric` type's "The second wave (T8) narrowed it").
 * LEFT (older than v20, v19 scoring them the same): "I tried to transfer you to Maria, but she's out; she can …" and "I'd
 * transfer you to the Writing Center but …; they can …" (a pronoun after the notice's clause break is no party), "Want me
 * to send the link to you on your phone?" with no tag (never a contact question), and a seven-word split when ("within
 * 2 business days if that's ok": T5 takes at most six words; reading it would widen).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken (also at the
 * cases):
 * - followup.contact's when is the time the information will come: a time word opening a message that says something
 *   else (the archive's closed day, the desk's staffing) is not it;
 * - "I can't transfer you to X; they can help you at …" and "I tried to transfer you to Maria but she's out; she can …"
 *   transfer nothing: X and Maria are parties the patron is told to reach (referral);
 * - "ask whether the counselors are there on Fridays" asks the office already named about its own staff: one party;
 * - a question how to deliver to the patron's phone is no question about the need;
 * - a party the patron is asked whether they gave their number to is the party referred to, not staff the provider
 *   consults;
 * - "the article is in CINAHL Complete" names the database where the patron's article is: a source;
 * - a patron who refuses an offer and asks not to be e-mailed takes no offer up: no promise, no follow-up.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, sys, usual, who } from './helpers';

const ANNE = who('Anne Lowe', 'alowe');
const DEB = who('Deb Ortiz', 'dortiz');

export const whole: SessionCase[] = [
  {
    // reading: "on Monday the archive is closed" says when the archive is shut, not when the scans will come: the when is
    // never said, so followup.contact fails though the e-mail is given
    name: 'follow-up: "I\'ll email you the scans" / "on Monday the archive is closed" (no when): contact fails',
    lines: [
      [0, 'p', 'hello do you have the 1921 plat maps for Greene township'],
      [25, 'l', "Hi there, this is Carla with the Xenia Community Library's Ask Us service."],
      [30, 'l', 'Are you after the whole township or one section?'],
      [70, 'p', 'section 14 mostly'],
      [80, 'l', 'Our Greene County plat book index is at greenelibrary.example.org/plats and it lists section 14 on sheet 9. The sheet itself is only in the archive, so staff will have to scan it.'],
      [120, 'p', 'ok can you send it to me? m.ruiz@example.org'],
      [128, 'l', "Sure, m.ruiz@example.org. I'll email you the scans"],
      [132, 'l', 'on Monday the archive is closed'],
      [140, 'l', 'Does the index page help in the meantime?'],
      [170, 'p', 'yes thats great'],
      [176, 'l', 'Anything else I can look up?'],
      [190, 'p', 'nope thats all'],
      [195, 'l', 'Thanks for using Ask Us, have a good one!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'm.ruiz@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "within 2 business days" is the when typed as its own message after the promise (T5's reading)
    name: 'guard (T5): "I\'ll send the chapter scan to you" / "within 2 business days": contact passes',
    lines: [
      [0, 'p', 'I need chapter 3 of Soil Genesis and Classification for my class'],
      [20, 'l', "Hello! I'm Dev, a librarian at Iowa State's Parks Library."],
      [26, 'l', 'Which edition does your syllabus list?'],
      [60, 'p', 'the 7th'],
      [70, 'l', "We own the 7th in print (catalog.lib.example.edu, call number S591 .B87 2011). I can request a scan of chapter 3 through Course Reserves. What's your email?"],
      [100, 'p', 'kpatel@example.edu'],
      [106, 'l', "Thanks, kpatel@example.edu. I'll send the chapter scan to you"],
      [110, 'l', 'within 2 business days'],
      [120, 'l', 'Is the catalog record what you needed for now?'],
      [150, 'p', 'yes perfect'],
      [155, 'l', 'Anything else?'],
      [170, 'p', 'no thats everything'],
      [175, 'l', 'Thanks, take care!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'kpatel@example.edu', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: nothing is transferred ("I can't transfer you"); the law library is a party the patron is told to reach,
    // with no phone, e-mail, address or URL: referral fails
    name: 'near miss (T2): "I can\'t transfer you to the county law library …; they can help you with the forms in person": referral fails',
    lines: [
      [0, 'p', 'where do i get the forms to contest a small claims judgment'],
      [22, 'l', "Hi, I'm Rosa at Marion County Public Library."],
      [28, 'l', 'Is this in Marion County small claims court?'],
      [60, 'p', 'yes'],
      [70, 'l', 'The court posts the Motion to Set Aside Judgment form at courts.example.gov/smallclaims/forms.'],
      [75, 'l', "I can't transfer you to the county law library since they aren't on our chat system; they can help you fill the forms out in person."],
      [80, 'l', 'Does the forms page answer your question?'],
      [120, 'p', 'yes thanks'],
      [125, 'l', 'Anything else today?'],
      [140, 'p', 'no thats all'],
      [145, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the database the article is in is named for the patron: a source; the chat then goes to a colleague
    name: 'near miss (T4): "I\'m transferring you to our nursing librarian, since the article is in CINAHL Complete": source passes',
    lines: [
      [0, 'p', 'hi im looking for an article on pressure injury prevention in ICU, Cooper 2019'],
      [25, 'l', "Hello, I'm Tomás at the Health Sciences Library."],
      [30, 'l', 'Do you have the journal title by any chance?'],
      [70, 'p', 'critical care nurse i think'],
      [80, 'l', "I'm transferring you to our nursing librarian, since the article is in CINAHL Complete."],
      [88, 'i', 'Anne, CINAHL full-text question for you'],
      [90, 's', 'Chat transferred to Anne Lowe', sys('transfer', 'alowe')],
      [100, 'l', "Hi, Anne here. I've got it open: Cooper, Critical Care Nurse 39(2), 2019. Is that the article you were looking for?", ANNE],
      [130, 'p', 'yes thats it'],
      [135, 'l', 'Anything else I can help with?', ANNE],
      [150, 'p', 'no thanks'],
      [155, 'l', 'Have a great shift!', ANNE],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: a refusal that also asks not to be e-mailed takes up no offer: no promise, so no follow-up session
    name: 'near miss (T6): "but I could email you a reminder" / "I\'d rather not, please don\'t email me": no follow-up (contact na)',
    lines: [
      [0, 'p', 'can you renew my laptop loan again'],
      [20, 'l', "Hi! This is Jordan at the Bellmore Memorial Library help desk."],
      [26, 'l', 'Is it the Chromebook due Friday?'],
      [50, 'p', 'yes'],
      [60, 'l', "Laptops only renew once (policy at bellmorelibrary.example.org/laptops), so I can't renew it again, but I could email you a reminder the day before it's due."],
      [90, 'p', "I'd rather not, please don't email me, I get way too many"],
      [95, 'l', 'No problem! Did the policy page answer your question?'],
      [120, 'p', 'yeah'],
      [124, 'l', 'Anything else?'],
      [140, 'p', 'no thats it'],
      [145, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the Parks office is named with its number; the benefits counselors "are there" at that same office: one party
    // with its contact: referral passes
    name: 'near miss (T3): "Call the Veterans Service Office at 555-0170 and ask whether the benefits counselors are there on Fridays": referral passes',
    lines: [
      [0, 'p', 'who helps with VA disability claims around here'],
      [20, 'l', "Hi, Pat here from the Licking County Library."],
      [24, 'l', 'Is this a new claim or an appeal?'],
      [60, 'p', 'new'],
      [70, 'l', 'Call the Licking County Veterans Service Office at 740-555-0170 and ask whether the benefits counselors are there on Fridays.'],
      [75, 'l', "The VA's own guide is at va.example.gov/disability/how-to-file-claim. Does that help?"],
      [110, 'p', 'yes'],
      [114, 'l', 'Anything else?'],
      [130, 'p', 'nope'],
      [135, 'l', 'Thank you for your service, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the provider asks whether the patron gave the clinic their number: the clinic is referred to, and it comes with
    // its URL: referral passes (T4's reachYou does not make it staff consulted)
    name: 'near miss (T4): "The Tenant Law Clinic can help you with the deposit. Did you already give them your number so they can call you?" with its URL: referral passes',
    lines: [
      [0, 'p', 'my landlord kept my whole security deposit, what can i do'],
      [24, 'l', "Hi! I'm Wren with Ask a Librarian at Madison Public Library."],
      [30, 'l', 'Did you move out more than 21 days ago?'],
      [70, 'p', 'yes in march'],
      [80, 'l', "Wisconsin's rules are in the Landlord-Tenant guide at datcp.example.gov/tenant (chapter 7, security deposits)."],
      [84, 'l', 'The Tenant Law Clinic can help you with the deposit (tenantclinic.example.org). Did you already give them your number so they can call you?'],
      [120, 'p', 'not yet, ill do that'],
      [126, 'l', 'Does the guide answer your question for now?'],
      [150, 'p', 'yes thanks, thats all'],
      [156, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "when you get there" is the patron's arrival (T3's reading kept): the nature center is a second party with no
    // contact of its own: referral fails
    name: 'guard (T3): "Email the Forest Preserve at info@fpd.example.gov, and ask at the nature center when you get there": referral fails',
    lines: [
      [0, 'p', 'hi can we fish at Busse Woods without a license'],
      [22, 'l', "Hello, I'm Ike at Schaumburg Township District Library."],
      [28, 'l', 'Is this for an adult or for kids under 16?'],
      [60, 'p', 'me, im 40'],
      [70, 'l', "Illinois needs a license from age 16: dnr.example.gov/fishing/licenses. Email the Forest Preserve District at info@fpd.example.gov, and ask at the nature center when you get there."],
      [76, 'l', 'Does that answer your question?'],
      [110, 'p', 'yes, thats all i needed'],
      [116, 'l', 'Tight lines, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: turning down pickup and giving the e-mail takes the offer up (T6's reading kept): a promise; the e-mail is in
    // the chat, but no time is said: contact fails; code Answered where a follow-up was promised: code fails
    name: 'guard (T6): "but I could email you the PDF" / "I\'d rather not come in, email me at d.reyes@example.org": contact fails, code fails',
    lines: [
      [0, 'p', 'do you have the 2023 annual water quality report for Knoxville'],
      [20, 'l', "Hi, I'm Bo at Knox County Public Library."],
      [26, 'l', 'Do you need the whole report or just the lead results?'],
      [60, 'p', 'whole thing'],
      [70, 'l', "KUB posts it at kub.example.org/water-quality. The print copy is at the Main reference desk, but I could email you the PDF."],
      [100, 'p', "I'd rather not come in, email me at d.reyes@example.org"],
      [106, 'l', 'Will do, d.reyes@example.org. Is the KUB page what you were looking for?'],
      [130, 'p', 'yes thats all thanks'],
      [136, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { patron: { name: null, email: 'd.reyes@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending', code: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- splitMessagesT5: followup.contact's when --------------------------------------------------------------------
  {
    // reading: "today we're short-staffed" tells the desk's staffing, not when the list will come: no when
    name: 'near miss (T5): "I\'ll send you what I find" / "today we\'re short-staffed": contact fails',
    lines: [
      [0, 'p', 'do you have a list of the civil war soldiers buried in oak hill'],
      [20, 'l', "Hi! I'm Lee at Janesville Public Library."],
      [60, 'l', "Our local history page lists the cemetery index (jpl.example.org/localhistory). What's your email? I'll send you what I find"],
      [64, 'l', "today we're short-staffed"],
      [90, 'p', 'b.ames@example.org'],
      [95, 'l', 'Got it, b.ames@example.org.'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'b.ames@example.org', phone: null } },
    exp: some({ contact: 'fail' }),
  },
  {
    // reading: "tomorrow the branch opens late" is the branch's hours, not the delivery time: no when
    name: 'near miss (T5): "I\'ll email you the obituary" / "tomorrow the branch opens late": contact fails',
    lines: [
      [0, 'p', 'my email is h.lin@example.org, can you find my grandpas obituary, march 1988'],
      [20, 'l', "Hello, Sam at Kent District Library. Sure, h.lin@example.org. I'll email you the obituary"],
      [24, 'l', 'tomorrow the branch opens late'],
      [40, 'p', 'ok'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'h.lin@example.org', phone: null } },
    exp: some({ contact: 'fail' }),
  },
  {
    // reading: "this week is finals" is the desk's week, not a time for the scan
    name: 'near miss (T5): "I\'ll get the scan to you" / "this week is finals, sorry": contact fails',
    lines: [
      [0, 'p', 'can you scan pages 40-52 of the Quine reader for me, j.oduya@example.edu'],
      [20, 'l', "Hi, I'm Mei at Rhodes Library. Sure, j.oduya@example.edu, I'll get the scan to you"],
      [23, 'l', 'this week is finals, sorry'],
      [40, 'p', 'np'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'j.oduya@example.edu', phone: null } },
    exp: some({ contact: 'fail' }),
  },
  {
    // reading: "by Friday at the latest" is the when (T5's reading kept)
    name: 'guard (T5): "I\'ll email you the finding aid" / "by Friday at the latest": contact passes',
    lines: [
      [0, 'p', 'looking for the finding aid for the Hale family papers, t.vo@example.org'],
      [20, 'l', "Hi, Ana at the County Historical Library. Thanks, t.vo@example.org. I'll email you the finding aid"],
      [23, 'l', 'by Friday at the latest'],
      [40, 'p', 'great'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 't.vo@example.org', phone: null } },
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: "tomorrow morning, first thing" is the when
    name: 'guard (T5): "someone from Interlibrary Loan will contact you" / "tomorrow morning, first thing": contact passes',
    lines: [
      [0, 'p', 'my ILL request hasnt moved, k.daly@example.org'],
      [20, 'l', "Hi, I'm Omar at Ask a Librarian. Thanks, k.daly@example.org; someone from Interlibrary Loan will contact you"],
      [24, 'l', 'tomorrow morning, first thing'],
      [40, 'p', 'ok thx'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'k.daly@example.org', phone: null } },
    exp: some({ contact: 'pass' }),
  },

  // ---- splitMessagesT5: closing.no_dismissal's way back and closing.courteous --------------------------------------
  {
    // reading: the way back comes in the very next message, 10 s later: a way back is offered
    name: 'guard (T5): "I have to close out the chat, we have a line of patrons" / "you\'re welcome to start a new chat any time": no dismissal',
    lines: [
      [0, 'p', 'one more, how do i get onto the wifi'],
      [20, 'l', "Hi, I'm Nell at Tacoma Public Library. I have to close out the chat, we have a line of patrons"],
      [30, 'l', "you're welcome to start a new chat any time tonight!"],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the way back is offered only after the patron protests: the dismissal itself offered none
    name: 'near miss (T5): "I need to end here, there are others waiting." / patron "wait" / "you can come back later": dismissal fails',
    lines: [
      [0, 'p', 'how do i find articles on gentrification'],
      [20, 'l', "Hi, I'm Nell at Tacoma Public Library. Sorry, I need to end here, there are others waiting."],
      [26, 'p', 'wait what'],
      [30, 'l', 'you can come back later'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: "Take" / "care!" is a goodbye typed over the last two messages (T5's reading)
    name: 'guard (T5): last two messages "Take" / "care!": courteous passes',
    lines: [
      [0, 'p', 'whats the overdue fine for dvds'],
      [20, 'l', "Hi, I'm Gus at Lodi Public Library. DVDs are 25 cents a day (lodilibrary.example.org/fines)."],
      [40, 'p', 'ok'],
      [44, 'l', 'Take'],
      [46, 'l', 'care!'],
    ],
    exp: some({ courteous: 'pass' }),
  },

  // ---- transferPronounT2 --------------------------------------------------------------------------------------------
  {
    // reading: a transfer that happens: "she can tell you" is the colleague the chat goes to (T2's reading kept)
    name: 'guard (T2): "I\'m transferring you to Deb, our ESL coordinator; she can tell you which level fits": referral na',
    lines: [
      [0, 'p', 'which english class should my mom take'],
      [20, 'l', "Hi, Lou at Toledo Lucas County Public Library."],
      [40, 'l', "I'm transferring you to Deb, our ESL coordinator; she can tell you which level fits."],
      [45, 's', 'Chat transferred to Deb Ortiz', sys('transfer', 'dortiz')],
      [60, 'l', 'Hi, Deb here! Does your mom read some English already?', DEB],
    ],
    exp: some({ referral: 'na' }),
  },

  // ---- arrivalThereT3 -----------------------------------------------------------------------------------------------
  {
    // reading: "the deed clerk will be there" is the Recorder's office itself: one party, with its phone
    name: 'near miss (T3): "Call the Recorder of Deeds at 555-0142 and ask if the deed clerk will be there Saturday": referral passes',
    lines: [
      [0, 'p', 'where do i get a copy of my house deed'],
      [20, 'l', "Hi, Ike at Allen County Public Library."],
      [40, 'l', 'Call the Allen County Recorder of Deeds at 260-555-0142 and ask if the deed clerk will be there Saturday.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the patron's own arrival ("when you get there"): the ranger station is a second party with no contact (T3)
    name: 'guard (T3): "Email the Forest Preserve at info@fpd.example.gov, and ask at the nature center when you get there": referral fails',
    lines: [
      [0, 'p', 'can we fish at Busse Woods'],
      [20, 'l', "Hi, Ike at Schaumburg Township Library."],
      [40, 'l', 'Email the Forest Preserve District at info@fpd.example.gov, and ask at the nature center when you get there.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "once you're there" is the patron's arrival: the help desk is a second party with no contact (T3)
    name: 'guard (T3): "Visit the Secretary of State facility at sos.example.gov/locations, and ask the greeter desk once you\'re there": referral fails',
    lines: [
      [0, 'p', 'how do i get a REAL ID'],
      [20, 'l', "Hi, I'm Rae at Peoria Public Library."],
      [40, 'l', "Visit a Secretary of State facility (sos.example.gov/locations), and ask the greeter desk once you're there."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },

  // ---- devicePhoneT4 ------------------------------------------------------------------------------------------------
  {
    // reading: offering to send the link to the patron's phone is about delivery, not the need: no clarifying question
    name: 'near miss (T4): "I can send the link to you on your phone, right?" before the source: clarify fails',
    lines: [
      [0, 'p', 'hi i need the GRE prep ebooks'],
      [20, 'l', "Hi, I'm Kai at Orange County Library System."],
      [26, 'l', 'I can send the link to you on your phone, right?'],
      [50, 'p', 'sure'],
      [60, 'l', 'Our Learning Express Library has GRE prep: ocls.example.org/learningexpress. Did that work?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: the patron's device, asked to shape the answer (T4's reading kept)
    name: 'guard (T4): "So you\'re reading these on your phone, right?" before the source: clarify passes',
    lines: [
      [0, 'p', 'i need audiobooks for my commute'],
      [20, 'l', "Hi, I'm Kai at Orange County Library System."],
      [26, 'l', "So you're listening on your phone, right?"],
      [50, 'p', 'yes android'],
      [60, 'l', 'Libby is the app for that: ocls.example.org/libby. Did that help?'],
    ],
    exp: some({ clarify: 'pass' }),
  },

  // ---- reachYouT4 ---------------------------------------------------------------------------------------------------
  {
    // reading: the provider asks whether the patron gave Legal Aid their number: Legal Aid is referred to, with no contact
    name: 'near miss (T4): "Legal Aid can help you with that. Have you given them your phone number so they can call you back?": referral fails',
    lines: [
      [0, 'p', 'my landlord is trying to evict me with no notice'],
      [20, 'l', "Hi, I'm Dana at Lexington Public Library."],
      [40, 'l', 'Legal Aid of the Bluegrass can help you with that. Have you given them your phone number so they can call you back?'],
      [60, 'p', 'not yet'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Did you leave them your email so they can get back to you?": same as above
    name: 'near miss (T4): "The Small Business Development Center can help you. Did you leave them your email so they can get back to you?": referral fails',
    lines: [
      [0, 'p', 'i want help writing a business plan for a food truck'],
      [20, 'l', "Hi, I'm Dana at Lexington Public Library."],
      [40, 'l', 'The Small Business Development Center can help you with a plan. Did you leave them your email so they can get back to you?'],
      [60, 'p', 'no'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the provider asks for the patron's e-mail to pass to the liaison: staff consulted, no referral (T4's reading)
    name: 'guard (T4): "Our GIS librarian can help you with the shapefile. Could I get your email so she can reach you?": referral na',
    lines: [
      [0, 'p', 'i need county parcel shapefiles'],
      [20, 'l', "Hi, I'm Dana at the Young Library."],
      [40, 'l', 'Our GIS librarian can help you with the shapefile. Could I get your email so she can reach you?'],
      [60, 'p', 'r.kim@example.edu'],
    ],
    exp: some({ referral: 'na' }),
  },

  // ---- transferNoSourceT4 -------------------------------------------------------------------------------------------
  {
    // reading: "the report is available through Statista" names where the report is: a source
    name: 'near miss (T4): "I\'ll transfer you to our business librarian; the report is available through Statista": source passes',
    lines: [
      [0, 'p', 'i need market share numbers for US coffee chains'],
      [20, 'l', "Hi, I'm Ola at Walsh Library."],
      [26, 'l', 'Is this for a course or for work?'],
      [34, 'p', 'for a class project'],
      [40, 'l', "I'll transfer you to our business librarian; the 2024 coffee shop report is available through Statista."],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "you'll find the standards in ASTM Compass" names where to find them: a source
    name: 'near miss (T4): "I\'m transferring you to engineering; you\'ll find the standard in ASTM Compass": source passes',
    lines: [
      [0, 'p', 'do we have ASTM D638'],
      [20, 'l', "Hi, I'm Ola at Walsh Library."],
      [26, 'l', 'Is this for a course or for work?'],
      [34, 'p', 'for a class project'],
      [40, 'l', "I'm transferring you to our engineering librarian; you'll find the standard in ASTM Compass."],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: the database only as the colleague's strength (T4's reading kept): no source
    name: 'guard (T4): "I\'m transferring you to Raj; he knows Scopus inside out.": source fails',
    lines: [
      [0, 'p', 'how do i find who cited my paper'],
      [20, 'l', "Hi, I'm Ola at Walsh Library."],
      [26, 'l', 'Is this for a course or for work?'],
      [34, 'p', 'for a class project'],
      [40, 'l', "I'm transferring you to Raj; he knows Scopus inside out."],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },

  // ---- takesOfferT6 -------------------------------------------------------------------------------------------------
  {
    // reading: "no thanks, don't text me" refuses and asks not to be texted: no promise
    name: 'near miss (T6): "but I could text you when it\'s in" / "I\'d rather not, don\'t text me, I\'ll check the app": contact na',
    lines: [
      [0, 'p', 'is my hold for Demon Copperhead in yet'],
      [20, 'l', "Hi, I'm Bo at Knox County Public Library. It's in transit, not ready yet, but I could text you when it's in."],
      [40, 'p', "I'd rather not, don't text me, I'll check the app"],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    // reading: "no need to send it" refuses the sending: no promise
    name: 'near miss (T6): "but I can send you the PDF" / "I\'d rather not, no need to send it, I\'ll grab the print copy": contact na',
    lines: [
      [0, 'p', 'do you have the 2023 water quality report'],
      [20, 'l', "Hi, I'm Bo at Knox County Public Library. The print copy is at the Main reference desk, but I can send you the PDF."],
      [40, 'p', "I'd rather not, no need to send it, I'll grab the print copy"],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    // reading: the patron turns down one thing and gives the phone for the text: the offer is taken (T6's reading kept)
    name: 'guard (T6): "but I could text you when it\'s in" / "I\'d rather not call, text me at 555-0134": a promise, no when: contact fails',
    lines: [
      [0, 'p', 'is my hold for Demon Copperhead in yet'],
      [20, 'l', "Hi, I'm Bo at Knox County Public Library. It's in transit, not ready yet, but I could text you when it's in."],
      [40, 'p', "I'd rather not call in, text me at 555-0134"],
      [50, 'l', 'Will do, 555-0134.'],
    ],
    over: { patron: { name: null, email: null, phone: '555-0134' } },
    exp: some({ contact: 'fail' }),
  },

  // ---- nameNotWhenT6, negatedThenVerbT6 (guards) --------------------------------------------------------------------
  {
    // reading: a sign-on with a name that only looks like a season word: the provider says who is answering
    name: 'guard (T6): "Hi! Reference Desk, Dawn." signs on: greeting passes',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [20, 'l', 'Hi! Reference Desk, Dawn. How can I help?'],
      [30, 'l', 'Federal forms are at irs.example.gov/forms and we have printed 1040s at the desk.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: told not to call the library, then to visit the Treasurer's office: that party, with no contact
    name: 'guard (T6): "who do I call?" / "Don\'t call us for that; visit the Treasurer\'s office in the Annex.": referral fails',
    lines: [
      [0, 'p', 'hi im Jo, question about my property tax bill'],
      [20, 'l', "Hi Jo, I'm Vi at Dane County Library."],
      [30, 'p', 'who do i call about a wrong bill'],
      [40, 'l', "Don't call us for that; visit the Treasurer's office in the City-County Building."],
    ],
    exp: some({ referral: 'fail' }),
  },

  // ---- T8's own guards: the first wave's readings its narrowings keep ----------------------------------------------
  {
    // reading: "by Friday if that's ok" is the when; the condition after "if" is no clause of the fragment's own
    name: 'guard (T8): "I\'ll email you the scan" / "by Friday if that\'s ok": contact passes',
    lines: [
      [0, 'p', 'can you scan the 1954 yearbook page for my dad, l.cho@example.org'],
      [20, 'l', "Hi, I'm Ana at Ames Public Library. Thanks, l.cho@example.org. I'll email you the scan"],
      [23, 'l', "by Friday if that's ok"],
      [40, 'p', 'perfect'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'l.cho@example.org', phone: null } },
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: the colleague "is on chat": the database only as the colleague's strength (T4's reading kept): no source
    name: 'guard (T8): "Our data librarian is on chat now, so I\'m transferring you to him; he knows IPUMS best.": source fails',
    lines: [
      [0, 'p', 'i need census microdata for my thesis'],
      [20, 'l', "Hi, I'm Ola at Walsh Library."],
      [26, 'l', 'Is this for a course or for work?'],
      [34, 'p', 'for my thesis'],
      [40, 'l', "Our data librarian is on chat now, so I'm transferring you to him; he knows IPUMS best."],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: "don't call me, just text me at 555-0178" turns down a call and takes up the text: a promise, no when
    name: 'guard (T8): "but I could text you when it\'s in" / "I\'d rather not, don\'t call me, just text me at 555-0178": contact fails',
    lines: [
      [0, 'p', 'is my hold for Intermezzo in yet'],
      [20, 'l', "Hi, I'm Bo at Knox County Public Library. It's in transit, not ready yet, but I could text you when it's in."],
      [40, 'p', "I'd rather not get a call, don't call me, just text me at 555-0178"],
      [50, 'l', 'Got it, 555-0178.'],
    ],
    over: { patron: { name: null, email: null, phone: '555-0178' } },
    exp: some({ contact: 'fail' }),
  },
  {
    // reading: "when you'll be there" is the patron's arrival: the guest services desk is a second party with no contact (T3)
    name: 'guard (T8): "Call the Fair office at 515-555-0190, and ask the guest services desk when you\'ll be there": referral fails',
    lines: [
      [0, 'p', 'is there a lost and found at the state fair'],
      [20, 'l', "Hi, I'm Rae at Des Moines Public Library."],
      [40, 'l', "Call the Iowa State Fair office at 515-555-0190, and ask the guest services desk when you'll be there."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "I'd like to transfer you" transfers: "she can" is the colleague (T2's reading kept): no referral
    name: 'guard (T8): "I\'d like to transfer you to Deb, our ESL coordinator; she can tell you which level fits": referral na',
    lines: [
      [0, 'p', 'which english class should my dad take'],
      [20, 'l', "Hi, Lou at Toledo Lucas County Public Library."],
      [40, 'l', "I'd like to transfer you to Deb, our ESL coordinator; she can tell you which level fits."],
      [45, 's', 'Chat transferred to Deb Ortiz', sys('transfer', 'dortiz')],
      [60, 'l', 'Hi, Deb here! Does your dad read some English already?', DEB],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // (left in v20, fixed in v23 by `splitConditionX2`: the time before "if" has four words)
    // reading: "within 2 business days if that's ok" is the when typed as its own message after the promise
    name: 'follow-up: "I\'ll send the chapter scan to you" / "within 2 business days if that\'s ok" (seven words): contact passes',
    lines: [
      [0, 'p', 'I need chapter 3 of Soil Genesis and Classification, kpatel@example.edu'],
      [20, 'l', "Hello! I'm Dev at Parks Library. Thanks, kpatel@example.edu. I'll send the chapter scan to you"],
      [24, 'l', "within 2 business days if that's ok"],
      [40, 'p', 'ok'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'kpatel@example.edu', phone: null } },
    exp: some({ contact: 'pass' }),
  },
];

// LEFT: cases labelled from RUBRIC.md that the scorer still gets wrong, with the reason (not run).
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: a pronoun subject after the notice's clause break is no party; reading it is a
    // widening.
    // LEFT: v19 scores it the same (na): after the notice's clause break a pronoun subject ("she can") is read as no party,
    // whatever the transfer; older than v20, and taking it back would widen referrals
    // reading: the transfer was tried and did not happen: Maria is a party (staff of the library outside the chat) the patron
    // is told to reach, with no contact
    name: 'near miss (T2): "I tried to transfer you to Maria, but she\'s out; she can go over placement with you on Monday": referral fails',
    lines: [
      [0, 'p', 'how do i sign up for the GED prep class'],
      [20, 'l', "Hi, Lou at Toledo Lucas County Public Library."],
      [40, 'l', "I tried to transfer you to Maria, who runs our adult learning program, but she's out; she can go over placement with you on Monday."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // v23 (X2, left again): unchanged: as the case before.
    // LEFT: v19 scores it the same (na): the pronoun after the colleague's clause is no party in v13 N7's reading; older
    // than v20
    // reading: "I'd transfer you to the writing center but they don't use this chat; they can look over your draft at …":
    // no transfer; the writing center is referred to with its URL
    name: 'near miss (T2): "I\'d transfer you to the Writing Center but they don\'t use this chat; they can look at your draft at writing.example.edu": referral passes',
    lines: [
      [0, 'p', 'can someone look at my thesis statement'],
      [20, 'l', "Hi! I'm Bea at Ask Us, Murray Library."],
      [40, 'l', "I'd transfer you to the Writing Center but they don't use this chat; they can look at your draft at writing.example.edu/appointments."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // v23 (X2, left again): unchanged: an offer of delivery against a question about format (RUBRIC.md counts format)
    // is not a line a family can draw on rare words.
    // LEFT: v19 scores it the same (clarify pass): with no read-back tag a phone question was never a contact question
    // (v1-v19); older than v20
    // reading: how to deliver to the patron's phone is no question about the need: no clarifying question before the source
    name: 'near miss (T4): "Want me to send the link to you on your phone?" before the source: clarify fails',
    lines: [
      [0, 'p', 'hi i need the GRE prep ebooks'],
      [20, 'l', "Hi, I'm Kai at Orange County Library System."],
      [26, 'l', 'Want me to send the link to you on your phone?'],
      [50, 'p', 'sure'],
      [60, 'l', 'Our Learning Express Library has GRE prep: ocls.example.org/learningexpress. Did that work?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
];

describe('nineteenth round (T8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T8): false readings of v20\'s settings, every check', whole);
describeSessions('nineteenth round (T8): false readings of v20\'s settings, short cases', short);

describeLeft('nineteenth-round-settings', LEFT);
