/**
 * Fifth round: whole sessions, every check, written in the styles of other services and hands
 * (city and county public libraries, academic research help, citation and database-access
 * problems, interlibrary loan, the statewide 24/7 cooperative answering for another library,
 * SMS reference, Spanish-speaking patrons, teens with homework, genealogy, legal and medical
 * questions, complaints, patrons who vanish, follow-ups recorded before and after the deadline,
 * transfers, Lost Calls, a practice session) with good and poor practice mixed. Every case gives
 * the status of ALL 17 checks, read literally from RUBRIC.md.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId, type Message } from '@askqa/contract';
import { at, describeSessions, T0, type SessionCase } from './helpers';

type St = 'pass' | 'fail' | 'na' | 'pending';
const KEYS = {
  pickup: 'approachability.pickup',
  greeting: 'approachability.greeting',
  informed: 'interest.keep_informed',
  clarify: 'inquiry.clarify',
  source: 'info.source',
  complete: 'followup.completeness',
  anything: 'closing.anything_else',
  dismissal: 'closing.no_dismissal',
  courteous: 'closing.courteous',
  idle: 'session.idle_checkin',
  disconnect: 'session.disconnect_notice',
  concurrency: 'session.concurrency',
  code: 'resolution.code',
  contact: 'followup.contact',
  onTime: 'followup.on_time',
  referral: 'referral.contact',
  transfer: 'transfer.handoff',
} as const satisfies Record<string, CheckId>;
type Key = keyof typeof KEYS;

/** All 17 statuses (the type makes every one required). */
function all(e: Record<Key, St>): Record<CheckId, string> {
  return Object.fromEntries((Object.keys(KEYS) as Key[]).map((k) => [KEYS[k], e[k]])) as Record<CheckId, string>;
}
const ALL_NA = all({
  pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
  courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
});

const who = (name: string, id: string): Partial<Message> => ({ author: name, authorId: id });
const GUS = who('Gus W.', 'gus');
const ROSA = who('Rosa M.', 'rosa');
const SAM = who('Sam Ortiz', 'sam');
const MARCO = who('marco (FinAid)', 'marco');
const RAJ = who('Raj Patel', 'raj');
const LOU = who('Lou', 'lou');
const ELLIS = who('Dr. Ellis', 'ellis');
const FARAH = who('Farah K.', 'farah');
const PAT = who('Pat D.', 'pat');
const sys = (event: NonNullable<Message['event']>, to?: string): Partial<Message> => (to ? { event, to } : { event });
const DAY = 86_400_000;
const busy = (provider: string, n: number) =>
  Array.from({ length: n }, (_, k) => ({ sessionKey: `test:busy-${provider}-${k}`, providerId: provider, start: T0 - 120_000, end: T0 + 900_000 }));

const cases: SessionCase[] = [
  // ---- city and county public libraries -------------------------------------------------------------------------
  {
    name: 'city library: large print and Books by Mail for a grandmother; clarifies, holds, catalogue, outreach phone, patron says she is done',
    lines: [
      [0, 'p', 'Hello. My grandmother is 91 and can no longer read regular print. Does the library have large print mysteries she could borrow?'],
      [18, 'l', "Hi there, thanks for reaching out to Riverton City Library! My name is Tomas and I'm one of the reference librarians."],
      [27, 'l', 'Does she have a favorite author or series, and would she be able to come to a branch, or would home delivery be better for her?'],
      [96, 'p', 'She loves Agatha Christie and Louise Penny. She doesnt drive anymore so delivery would be wonderful if you have it'],
      [104, 'l', 'We do! Bear with me while I look up both.'],
      [190, 'l', 'Our catalogue has 14 large print Louise Penny titles and most of the Christie novels; you can browse them at riverton.bibliocommons.com by searching an author and choosing Large Print under Format.'],
      [200, 'l', 'For delivery, our Books by Mail program mails items to homebound patrons postage-free. The application is at rivertonlibrary.org/booksbymail, or she can call Outreach Services at 555-201-4410.'],
      [212, 'l', 'Does that give you what you needed?'],
      [260, 'p', 'Yes, that is perfect. I will call them tomorrow morning. That is all I needed today.'],
      [268, 'l', 'Lovely. Thank you for chatting with us, and I hope your grandmother enjoys the mysteries!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'city library, terse provider: "yes", "yes online", 145 s of silence, "on the website", "k"',
    lines: [
      [0, 'p', 'hey do u guys have the new hunger games book'],
      [12, 'l', 'yes'],
      [30, 'p', 'can i reserve it'],
      [41, 'l', 'yes online'],
      [55, 'p', 'where online??'],
      [200, 'l', 'on the website'],
      [215, 'p', 'ok thx'],
      [222, 'l', 'k'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'county library, busy night: four sessions open at once; the age question comes with a partial answer before the first source',
    lines: [
      [0, 'p', 'my kid needs a library card, how old do they have to be'],
      [58, 'l', "Hi! Sorry for the wait, it's busy tonight. I'm Ruth with Kent District Library."],
      [66, 'l', 'Any age can get a card! A parent or guardian signs for kids under 14. How old is your child?'],
      [100, 'p', '5'],
      [108, 'l', 'Perfect. You can apply online at kdl.org/card and pick the card up at any branch with your ID.'],
      [115, 'l', 'Does that answer your question?'],
      [150, 'p', 'yep'],
      [160, 'l', 'Great, anything else?'],
      [190, 'p', 'no thats it'],
      [195, 'l', 'Thanks for chatting with KDL, have a nice evening!'],
    ],
    ctx: { otherIntervals: busy('jo', 3) },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'public library, emoji provider: Libby PIN trouble, two holds ("still checking 🙏"), reset page, "does that do the trick?"',
    lines: [
      [0, 'p', 'hi so i downloaded libby like my daughter said and i put in my card number but it keeps saying invalid card and i dont know what im doing wrong its the number on the back of the card i think'],
      [18, 'l', 'Hi there!! 👋 This is Jess from Oakridge Public Library 📚 happy to help!'],
      [24, 'l', 'Does your card number start with 2 and have 14 digits? And do you know your PIN? 🙂'],
      [70, 'p', 'yes starts with 2 but i dont know any pin i never made one'],
      [78, 'l', "Ahh that's probably it! Let me check your options real quick ⏳"],
      [180, 'l', 'Still checking, thanks for hanging in there 🙏'],
      [270, 'l', 'OK! 🎉 Your PIN is usually the last 4 digits of your phone number on file. If that doesn\'t work you can reset it at oakridgelibrary.org/pin, then go back to Libby and tap "Sign in with my card".'],
      [278, 'l', 'Does that do the trick? 🤞'],
      [360, 'p', 'IT WORKED omg thank you i have been trying for 2 days'],
      [368, 'l', 'Yay!! 🥳 Did you find the book you wanted?'],
      [400, 'p', 'yes its on hold now'],
      [408, 'l', 'Awesome 👍 Anything else I can help with?'],
      [430, 'p', 'no thats everything, your a lifesaver'],
      [436, 'l', 'Happy reading and thanks for chatting! 💜'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'public library: "let me check what we have", then 320 s with only the patron\'s "?": the span after a hold is too long; ChiltonLibrary path',
    lines: [
      [0, 'p', 'Hey. Need a repair manual for a 2009 Honda Civic, specifically replacing the alternator.'],
      [19, 'l', 'Hey, welcome to the Wakefield Library chat! Ben here, one of the reference librarians.'],
      [25, 'l', 'Is it the 1.8L or the Si with the 2.0? The procedure differs.'],
      [52, 'p', '1.8'],
      [60, 'l', 'Cool, let me check what we have.'],
      [280, 'p', '?'],
      [380, 'l', 'Sorry about that. ChiltonLibrary has the full procedure with diagrams: wakefieldlibrary.org/research > ChiltonLibrary > Honda > Civic 2009 > Charging System > Alternator.'],
      [388, 'l', 'Does that give you what you need?'],
      [430, 'p', 'yep thats it exactly'],
      [436, 'l', 'Anything else?'],
      [450, 'p', 'all set'],
      [455, 'l', 'Thanks! Good luck with the repair.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'public library, rushed: "we don\'t really proofread", a database path, then "I\'ve got a lot going on, I have to go" with no way back',
    lines: [
      [0, 'p', 'I need help writing a cover letter for a receptionist job, can you look at mine?'],
      [28, 'l', 'Hi, this is Gwen at Lindale Library.'],
      [40, 'p', 'Dear hiring manager, I am applying for the receptionist position at your dental office. I have 3 years experience answering phones and'],
      [48, 'p', 'sorry it got cut off, can i paste the rest'],
      [60, 'l', "We don't really proofread letters. There are templates in LearningExpress Library on our website."],
      [90, 'p', 'how do I find that'],
      [100, 'l', 'lindalelibrary.org > eResources > LearningExpress'],
      [120, 'p', 'ok but can you just tell me if the first part sounds ok'],
      [130, 'l', "I've got a lot going on right now, I have to go."],
      [133, 's', 'Session ended by librarian', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'public library, poor: a greeting with no name, the greeting\'s "what can I do for you", 180 s of silence, "try a bank or the UPS store"',
    lines: [
      [0, 'p', 'where can i get my will notarized'],
      [45, 'l', 'Hello!'],
      [52, 'l', 'What can I do for you today?'],
      [70, 'p', 'i need a will notarized'],
      [250, 'l', "We don't offer notary services. Try a bank or the UPS store."],
      [280, 'p', 'do any banks do it free'],
      [290, 'l', "Some do for their customers. You'd have to ask your bank."],
      [310, 'p', 'ok'],
      [318, 'l', 'Have a nice day.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },

  // ---- academic libraries ---------------------------------------------------------------------------------------
  {
    name: 'academic research consultation (20 messages): SocINDEX search string, ERIC, 190 s unannounced while the patron waits, a consultation desk with URL and e-mail',
    lines: [
      [0, 'p', 'Hi, I am a senior writing my thesis on food insecurity among community college students and I am struggling to find peer-reviewed sources'],
      [40, 'l', 'Good afternoon, and thanks for using Ask Us at Linwood University Libraries. I am Amara, the social sciences librarian.'],
      [48, 'l', 'That is a great topic. What have you searched so far, and are you focusing on U.S. students only?'],
      [120, 'p', 'mostly google scholar, and yes US only. my advisor wants at least 15 empirical studies from the last 10 years'],
      [131, 'l', 'Got it: empirical, U.S., 2014 onward. I will try a few databases for you; one moment.'],
      [236, 'l', 'SocINDEX with Full Text is the strongest database for this. Try the search: ("food insecurity" OR "food security") AND ("community college*" OR "two-year college*"), then limit to Peer Reviewed and 2014-2024. I got 87 results.'],
      [245, 'l', 'ERIC is also worth searching with the same terms, since many of these studies are published in education journals.'],
      [258, 'l', 'Both are on the A-Z Databases list at library.linwood.edu/databases.'],
      [330, 'p', 'ok im in socindex. how do i tell if a study is empirical'],
      [520, 'l', 'Look for a Methods section that describes data the authors collected, like surveys or interviews, and a Results section with findings. In SocINDEX you can also add the word "survey" or "qualitative" to your search.'],
      [540, 'p', 'that makes sense'],
      [548, 'p', 'is there a way to save all these'],
      [560, 'l', 'Yes, click the folder icon next to each result, then open the Folder at the top and choose Export to send them to Zotero or as a RIS file.'],
      [572, 'l', 'Is this what you were looking for, or would it help to go over anything again?'],
      [640, 'p', 'this is really helpful. would it be possible to meet with someone about organizing my lit review'],
      [652, 'l', 'Absolutely. The Research Help desk offers 45-minute consultations; you can book one at libcal.linwood.edu/consult or email researchhelp@linwood.edu.'],
      [700, 'p', 'great ill book one for next week'],
      [708, 'l', 'Is there anything else I can help with today?'],
      [740, 'p', 'no i think im set'],
      [747, 'l', 'Good luck with the thesis! Thanks for stopping by the chat.'],
    ],
    over: { provider: { id: 'jo', name: 'Amara Osei', library: 'LINWOOD' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'academic citation help: APA for a YouTube video answered from the Purdue OWL at once (no question first), "did that help?", "have a good one"',
    lines: [
      [0, 'p', 'how do you cite a youtube video in apa 7th edition??'],
      [9, 'l', 'Hello! Welcome to the Writing & Research chat at Carver State University Library. I am Reggie.'],
      [17, 'l', 'The Purdue OWL has an example for this: owl.purdue.edu > APA Style > Reference List: Audiovisual Media. The pattern is Uploader. (Year, Month Day). Title of video [Video]. YouTube. URL'],
      [60, 'p', 'what if the uploader is just a username'],
      [72, 'l', 'Then use the username as the author exactly as it appears, for example: CrashCourse. (2012, January 26).'],
      [80, 'l', 'Did that help?'],
      [130, 'p', 'yea thx'],
      [139, 'l', 'No problem. Have a good one!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic database access: JSTOR login loop off campus, IT Service Desk phone, a promise to e-mail by Friday coded Answered (before the deadline)',
    lines: [
      [0, 'p', 'Every time I click on a JSTOR article from home it says "access denied, your institution does not subscribe". I am a grad student in history'],
      [35, 'l', 'Hi, this is Wen with Eastbrook College Library research help. Sorry you are running into that.'],
      [42, 'l', 'Are you going through the library website or straight from a Google search? And which browser are you using?'],
      [100, 'p', 'from google scholar. chrome'],
      [108, 'l', 'That is likely the problem: from Google you are not signed in through our proxy. Start from the library site instead: library.eastbrook.edu > Databases > JSTOR, and sign in with your campus ID when prompted.'],
      [160, 'p', 'i tried that too, now it loops back to the login page forever'],
      [170, 'l', 'Hmm, let me test it on my end, just a sec.'],
      [260, 'l', 'I can get in from here, so it may be your account. Please try a private window first.'],
      [330, 'p', 'same loop in private mode'],
      [340, 'l', 'In that case your campus ID may not be activated for off-campus use. The IT Service Desk can reset that: call 555-318-7000 or use servicedesk.eastbrook.edu.'],
      [352, 'l', 'I will also report the loop to our electronic resources librarian, and I will email you once I hear back from her. What is the best email for you?'],
      [400, 'p', 'kpatel@eastbrook.edu'],
      [410, 'l', 'Thanks, kpatel@eastbrook.edu. You should hear from me by Friday.'],
      [418, 'l', 'Was there anything else I could help with in the meantime?'],
      [450, 'p', 'no, thanks for trying'],
      [456, 'l', 'You are welcome, take care!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'academic interlibrary loan: a missing volume, asks for the title and the date needed, ILLiad link, "does that cover it?", patron says that is everything',
    lines: [
      [0, 'p', 'Good morning. I need an article from the Journal of Medieval Iberian Studies, 2019, but our library does not seem to have that year.'],
      [52, 'l', 'Good morning! This is Hannah at the Whitfield University Library.'],
      [60, 'l', 'Could you send me the article title or the author? And is there a date you need it by?'],
      [131, 'p', '"Mudejar Craftsmen in Fourteenth-Century Toledo" by L. Arranz. I would like it before my seminar on the 20th.'],
      [140, 'l', 'Thank you. Let me verify our holdings.'],
      [215, 'l', 'You are right, our subscription starts in 2021. You can request it through Interlibrary Loan: sign in at whitfield.illiad.oclc.org and choose Article Request. Articles usually arrive as a PDF within 2-3 business days, well before the 20th.'],
      [224, 'l', 'Would you like me to walk you through the form, or does that cover it?'],
      [290, 'p', 'I have used ILLiad before, so that covers it. That is everything, thank you.'],
      [297, 'l', 'Wonderful. Thanks for contacting us, and good luck with the seminar.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic ILL status: the patron writes three times while waiting 118 s; a call-back within 72 hours to a number repeated back, recorded after 50 h',
    lines: [
      [0, 'p', 'Hi, I requested a book through interlibrary loan 3 weeks ago and it still says "In Process". Title is The Dawn of Everything.'],
      [30, 'l', 'Hello! This is Carmen in Access Services at Belmont University Library.'],
      [37, 'l', 'Do you have the request number from ILLiad, or the date you placed it?'],
      [80, 'p', 'its 1184520'],
      [84, 'p', 'placed on the 3rd'],
      [88, 'p', 'i need it for a reading group next week'],
      [198, 'l', 'Thank you. I see it in ILLiad: the first lending library cancelled, and it was sent to a second library yesterday.'],
      [206, 'l', 'I will contact the lender about a rush and call you with an update within 72 hours. What number should I use?'],
      [260, 'p', '555-830-4471'],
      [268, 'l', 'I have 555-830-4471. Meanwhile, you can watch the status at belmont.illiad.oclc.org under Outstanding Requests.'],
      [276, 'l', 'Does that help for now?'],
      [320, 'p', 'yes, thank you'],
      [326, 'l', 'Thank you for your patience, and have a good afternoon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(326 + 50 * 3600), by: 'jo' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic, very formal with a queue macro first: the macro is the pickup; "Does this completely answer your question?"; "Nothing further"',
    lines: [
      [0, 'p', "I would like to know whether alumni retain access to the library's databases after graduation."],
      [5, 'l', 'Thank you for contacting the Ask a Librarian service of Ashford University Libraries. A librarian will be with you shortly.'],
      [95, 'l', 'Good afternoon. My name is Gregory Hale, Reference Librarian. I shall be glad to assist you.'],
      [103, 'l', 'May I ask in which year you graduated, and which databases you are hoping to use?'],
      [170, 'p', '2019. Principally JSTOR and the business databases.'],
      [178, 'l', 'Thank you. One moment, please, while I consult our licensing information.'],
      [280, 'l', 'Alumni may use JSTOR through the JSTOR Alumni Access program, which is free: sign in at jstor.org/alumni with your Ashford alumni credentials. Our licences for the business databases do not permit alumni access, regrettably.'],
      [290, 'l', 'Does this completely answer your question?'],
      [350, 'p', 'It does. Thank you.'],
      [358, 'l', 'You are most welcome. Is there anything further I may help you with?'],
      [400, 'p', 'Nothing further, thank you.'],
      [408, 'l', 'Thank you for contacting Ashford University Libraries. Good afternoon.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic, no codes in the source (LibChat): an article requested for the patron, e-mail repeated, "within 48 hours", recorded after 30 h',
    lines: [
      [0, 'p', 'Hi, I am a nursing student and I cannot find the full text of an article: Nguyen et al. 2021, "Nurse-led discharge education and readmission", in the Journal of Clinical Nursing.'],
      [22, 'l', "Hello, welcome to Ask a Librarian at the Harbor Health Sciences Library! I'm Dr. Ellis, the nursing liaison librarian.", ELLIS],
      [30, 'l', 'Do you need it for an assignment due soon? If so, when?', ELLIS],
      [75, 'p', 'by monday, its for my capstone'],
      [83, 'l', 'Let me check our holdings.', ELLIS],
      [170, 'l', 'We have the journal only through 2019, so I will request the article for you through interlibrary loan. It will be delivered to your email as a PDF within 48 hours, so before Monday. For the future, the journal list at hhsl.harborhealth.edu/journals shows which years we hold.', ELLIS],
      [178, 'l', 'Which email should it go to?', ELLIS],
      [220, 'p', 'jmorales22@harborhealth.edu'],
      [228, 'l', 'Thank you, I have jmorales22@harborhealth.edu. Is there anything else I can help with?', ELLIS],
      [260, 'p', 'no, that was everything'],
      [266, 'l', 'Thanks for asking, good luck with the capstone!', ELLIS],
    ],
    over: { source: 'libchat', provider: { id: 'ellis', name: 'Dr. Ellis', library: 'HHSL' }, resolutionCode: undefined, followUps: [{ doneAt: at(266 + 30 * 3600), by: 'ellis' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'na', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'college laptop loans: no question, a two-question cap ("you\'ve reached the cap") is a dismissal even with "have a good day"',
    lines: [
      [0, 'p', 'hey whats the loan period for laptops at the library'],
      [15, 'l', 'Hey! Marta at the Fulton College Library help desk.'],
      [22, 'l', 'Laptops go out for 4 hours, in-library use only. Policy: library.fulton.edu/laptops'],
      [40, 'p', 'and can i renew'],
      [48, 'l', 'Once, if nobody is waiting.'],
      [60, 'p', 'ok and whats the late fee'],
      [67, 'p', 'and do you have phone chargers too'],
      [90, 'l', "Sorry, we cap each chat at two questions and you've reached the cap. Have a good day!"],
      [100, 'p', 'seriously?'],
      [106, 's', 'Chat ended by librarian', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic Lost Call miscoded: the patron answered the clarifying question twice before leaving',
    lines: [
      [0, 'p', 'I need articles on climate anxiety in teenagers'],
      [20, 'l', 'Hello! Thank you for contacting Ask a Librarian at Northgate University. My name is Ivan.'],
      [28, 'l', 'Is this for a course paper? Do you need scholarly articles only?'],
      [70, 'p', 'yes psych 101 paper, scholarly'],
      [80, 'p', 'at least 5'],
      [88, 'l', 'PsycINFO is the best place: from library.northgate.edu/databases open APA PsycInfo and search climate anxiety AND adolescen*, limited to peer-reviewed.'],
      [96, 'l', 'Does that get you started?'],
      [100, 's', 'Patron left the chat', sys('patron_left')],
      [110, 'l', "Looks like you've left. Good luck with your paper, bye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- statewide 24/7 cooperative --------------------------------------------------------------------------------
  {
    name: 'cooperative, provider from Carroll County answering a Howard County patron: lost-item policy page and Customer Service phone',
    lines: [
      [0, 'p', 'hi there i have a $35 charge for a lost dvd but i found it, can i just bring it back'],
      [44, 'l', 'Hello, you have reached the statewide Ask Us 24/7 service. My name is Gus and I am a librarian at Carroll County Public Library, helping out tonight.', GUS],
      [52, 'l', 'Which library is your card from?', GUS],
      [75, 'p', 'Howard county'],
      [83, 'l', 'Thanks. Give me a moment to check their policy.', GUS],
      [170, 'l', 'Howard County Library System waives lost-item charges when the item is returned in good condition; the policy is on hclibrary.org under Borrowing > Fines & Fees.', GUS],
      [178, 'l', 'Because I cannot see or change your account from here, please call HCLS Customer Service at 410-313-7750 once you return it, and they will clear the charge.', GUS],
      [186, 'l', 'Does that answer your question?', GUS],
      [230, 'p', 'yes!! thank you so much'],
      [236, 'l', 'Glad to help. Anything else tonight?', GUS],
      [262, 'p', 'nope'],
      [268, 'l', 'Have a great night, and thanks for using Ask Us 24/7!', GUS],
    ],
    over: { provider: { id: 'gus', name: 'Gus Whitaker', library: 'CCPL' }, queue: 'global', patronLibrary: 'HCLS' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: "cooperative, Follow-up by patron's library: e-mail only in the patron fields, never confirmed; no source; the branch followed up after 30 h",
    lines: [
      [0, 'p', 'I am trying to find out if the Elkton branch has meeting rooms for a book club of 12 people, and how to book.'],
      [33, 'l', 'Good evening! I am Rosa, a librarian with the Maryland AskUsNow! cooperative, answering for libraries across the state.', ROSA],
      [40, 'l', 'Which evening were you thinking of, and would the club need any equipment like a projector?', ROSA],
      [95, 'p', 'second tuesday of each month, no equipment'],
      [104, 'l', 'Let me see what I can find for Cecil County.', ROSA],
      [190, 'l', 'Cecil County Public Library has meeting rooms at Elkton, but recurring bookings have to be approved by the branch and I cannot see their calendar from here.', ROSA],
      [198, 'l', 'I will send your question to the Elkton staff, and someone from your library will contact you about the bookings.', ROSA],
      [230, 'p', 'ok that works'],
      [236, 'l', 'Is there anything else I can help with tonight?', ROSA],
      [270, 'p', 'no that is all'],
      [276, 'l', 'Thanks for using AskUsNow!, and enjoy the book club.', ROSA],
    ],
    over: {
      provider: { id: 'rosa', name: 'Rosa M.', library: 'COOP' }, queue: 'global', patronLibrary: 'CCPL',
      patron: { name: null, email: 'bookclub.leader@example.net', phone: null },
      resolutionCode: "Follow-up by patron's library", followUps: [{ doneAt: at(276 + 30 * 3600), by: 'ccpl-elkton' }],
    },
    ctx: { now: T0 + 5 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'cooperative, Talbot County librarian for a Frederick patron: child-care search site, YMCA phone, "other patrons waiting" with an invitation back; three open at once',
    lines: [
      [0, 'p', 'Does the state have a list of licensed home daycare providers? We just moved to Frederick'],
      [40, 'l', "Hello, this is Ask Us 24/7. I'm Lou, a librarian from Talbot County Free Library helping tonight.", LOU],
      [48, 'l', 'Are you looking for family child care homes specifically, or daycare centers as well?', LOU],
      [100, 'p', 'home daycares'],
      [108, 'l', 'The Maryland State Department of Education runs a public search called Check CC Facts at checkccmd.org; choose Family Child Care and enter Frederick as the county.', LOU],
      [116, 'l', 'Is that what you were looking for?', LOU],
      [160, 'p', 'yes perfect. one more: how do I get on waitlists at the YMCA preschool'],
      [170, 'l', "That one is best asked of the YMCA of Frederick County directly, at 301-555-0122. I have quite a few other patrons waiting, so I'll let you go, but you are welcome to come back any time with more questions!", LOU],
      [190, 'p', 'sounds good, thank you'],
      [196, 'l', 'Thanks for using Ask Us 24/7, goodnight!', LOU],
    ],
    over: { provider: { id: 'lou', name: 'Lou B.', library: 'TCFL' }, queue: 'global', patronLibrary: 'FCPL' },
    ctx: { otherIntervals: busy('lou', 2) },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },

  // ---- SMS reference -------------------------------------------------------------------------------------------
  {
    name: 'SMS: hours in chat-speak, no question asked, hours URL, "Anything else?", "np, txt us anytime!"',
    lines: [
      [0, 'p', 'wat time main lib close sun'],
      [14, 'l', 'Hi! Kay @ Springfield PL here.'],
      [20, 'l', 'Main closes 5pm Sundays. All hrs: springfieldpl.org/hours'],
      [41, 'p', 'k and is the parking lot still closed'],
      [55, 'l', 'Nope, reopened last wk 👍'],
      [70, 'p', 'cool thx'],
      [76, 'l', 'Anything else?'],
      [90, 'p', 'nah'],
      [95, 'l', 'np, txt us anytime!'],
    ],
    over: { patron: { name: null, email: null, phone: '+14105550187' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'SMS: Spanish DMV manual for a mother, none on the shelf, "will text you at 312-555-0164 by noon tmrw", recorded after 20 h',
    lines: [
      [0, 'p', 'do u have any copies of the DMV drivers manual in spanish? for my mom'],
      [30, 'l', 'Hello from the Ask Us text line at Lakeshore Library. This is Dev.'],
      [38, 'l', 'Print copy to borrow, or is a PDF ok?'],
      [70, 'p', 'print pls she doesnt use computer'],
      [78, 'l', 'Checking, 1 min'],
      [150, 'l', 'We show 0 print copies on the shelf rn. I can ask the DMV office next door to set some aside & text you back.'],
      [170, 'p', 'ok yes pls'],
      [178, 'l', 'Will text you at 312-555-0164 by noon tmrw. OK?'],
      [190, 'p', '👍'],
      [196, 'l', 'Thx for texting Lakeshore Library!'],
    ],
    over: { patron: { name: null, email: null, phone: '+13125550164' }, resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(196 + 20 * 3600), by: 'jo' }] },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },

  // ---- Spanish-speaking patrons ----------------------------------------------------------------------------------
  {
    name: 'Spanish: a library card without a driver\'s licence, residence asked, online form, "¿Eso responde a su pregunta?", "Es todo lo que necesitaba"',
    lines: [
      [0, 'p', 'Hola, buenas tardes. Quiero sacar una tarjeta de la biblioteca pero no tengo licencia de conducir. ¿Es posible?'],
      [25, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública del Condado de Montrose. Con gusto le ayudo.'],
      [34, 'l', '¿Usted vive en el condado de Montrose? ¿Y tiene algún otro documento con su dirección, como una factura de luz o un contrato de renta?'],
      [88, 'p', 'Si vivo en Olathe. Tengo una factura de agua y mi pasaporte'],
      [97, 'l', 'Perfecto, eso es suficiente. Puede registrarse en línea en montroselibrary.org/es/tarjeta y subir fotos del pasaporte y de la factura.'],
      [105, 'l', '¿Eso responde a su pregunta?'],
      [150, 'p', 'Si, muchas gracias. Es todo lo que necesitaba.'],
      [158, 'l', '¡Gracias a usted por comunicarse con nosotros! Que tenga un buen día.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Spanish: citizenship classes, literacy council phone and USCIS page, then the patron vanishes: "¿Sigue ahí?" and "Parece que se desconectó… voy a cerrar el chat"',
    lines: [
      [0, 'p', 'hola necesito ayuda para estudiar para el examen de ciudadania'],
      [40, 'l', 'Hello! I am Mark from Fairview Public Library. ¡Hola! Soy Mark, de la Biblioteca Pública de Fairview. ¿Prefiere libros, clases o práctica en línea?'],
      [95, 'p', 'clases de preferencia, y en espanol si hay'],
      [103, 'l', 'Un momento, por favor, voy a buscar.'],
      [185, 'l', 'El Consejo de Alfabetización de Fairview ofrece clases gratuitas de ciudadanía los sábados. Puede llamarles al 555-774-2290. También hay preguntas de práctica en español en uscis.gov/es/ciudadania.'],
      [192, 'l', '¿Le sirve esta información?'],
      [330, 'l', '¿Sigue ahí?'],
      [420, 'l', 'Parece que se desconectó. Voy a cerrar el chat, pero puede escribirnos de nuevo cuando quiera. ¡Hasta luego!'],
      [425, 's', 'Chat cerrado', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },

  // ---- teens with homework ---------------------------------------------------------------------------------------
  {
    name: 'teen, Civil War essay "NO wikipedia 😭": grade and topic asked, Gale In Context and Britannica School, a book with call number',
    lines: [
      [0, 'p', 'hiii i need 3 sources for my civil war essay and my teacher said NO wikipedia 😭'],
      [20, 'l', "Hey there! 👋 I'm Jess, a teen services librarian at Oakville Public Library. Happy to help you find some!"],
      [27, 'l', 'What grade are you in, and is your essay about a specific part of the Civil War, like causes, a battle, or a person?'],
      [70, 'p', '9th grade. its about why the south seceded'],
      [78, 'l', 'Great topic. Give me a sec to pull up some good ones 📚'],
      [150, 'l', 'Start with Gale In Context: U.S. History. It has articles on secession written for high school. Go to oakvillelibrary.org/research, pick Gale In Context, and log in with your library card.'],
      [158, 'l', 'Britannica School also has a solid article called "Secession". Same page, Britannica School.'],
      [166, 'l', 'And the book "The Civil War: A History" by Harry Hansen is on our shelves at 973.7 HAN.'],
      [175, 'l', 'Do those work for what your teacher wants?'],
      [230, 'p', 'omg yes thank u so much'],
      [236, 'p', 'thats all i need'],
      [242, 'l', 'Awesome! Good luck on your essay, and come back anytime 😊'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'teen, chemistry: picked up after 70 s with a bare number, answers from memory, no source, "k bye"',
    lines: [
      [0, 'p', 'whats the atomic mass of carbon i need it for chem hw'],
      [70, 'l', '12.011'],
      [85, 'p', 'ok and nitrogen?'],
      [96, 'l', '14.007'],
      [110, 'p', 'wait how do i find the molar mass of like CO2 tho'],
      [118, 'l', 'add them up'],
      [150, 'p', 'so 12 + 16 +16?'],
      [156, 'l', 'yes 44.01'],
      [170, 'p', 'ty'],
      [175, 'l', 'k bye'],
      [178, 's', 'Chat ended', sys('ended')],
    ],
    exp: all({
      pickup: 'fail', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- genealogy --------------------------------------------------------------------------------------------------
  {
    name: 'genealogy, naturalization papers (15 messages): holds every 100 s, State Archives, NARA e-mail and phone, FamilySearch, "no further questions"',
    lines: [
      [0, 'p', 'Good afternoon. I am researching my great-grandfather, Anton Kowalczyk, who came from Poland around 1905 and settled in Baltimore. I would like to find his naturalization papers.'],
      [31, 'l', 'Good afternoon, and welcome to Ask a Librarian at Enoch Pratt Free Library. My name is Deborah; I work in our genealogy department.'],
      [40, 'l', 'Do you know roughly when he might have become a citizen, and whether he stayed in Baltimore City the whole time?'],
      [118, 'p', 'I believe he was naturalized before 1920 because he is listed as a citizen on the 1920 census. As far as I know he never left the city.'],
      [126, 'l', 'That helps a great deal. Please give me a few minutes while I check which court would hold his records.'],
      [230, 'l', 'Still searching. Before 1906 naturalizations could happen in any court, so I am checking both the federal and the city courts.'],
      [330, 'l', 'Thank you for waiting. Records from the Baltimore City courts are held by the Maryland State Archives. Their naturalization indexes are described at msa.maryland.gov under Research > Naturalization.'],
      [338, 'l', 'For federal court records, the National Archives at Philadelphia holds the U.S. District Court for Maryland files. You can email them at philadelphia.archives@nara.gov or call 215-305-2044 to request a search.'],
      [350, 'l', 'FamilySearch also has free indexed images of Maryland naturalizations; search his name at familysearch.org under Search > Records.'],
      [360, 'l', 'Is this the sort of information you were hoping for?'],
      [430, 'p', 'Yes, this is excellent. Would the State Archives need me to visit in person?'],
      [438, 'l', 'Let me look at their current procedures.'],
      [520, 'l', 'You can order copies by mail or online, or visit the search room in Annapolis. Their reference staff answer questions at 410-260-6400 and the address is 350 Rowe Boulevard, Annapolis, MD 21401.'],
      [535, 'p', 'Splendid. I have no further questions. Thank you ever so much.'],
      [543, 'l', 'It was a pleasure. Thank you for using Ask a Librarian, and best of luck finding Anton!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'genealogy, obituary: 170 s silent search, NewsBank, a scan promised "by end of day today" but coded Answered; the patron has the last word',
    lines: [
      [0, 'p', 'looking for an obituary for my aunt Loretta Baines died in march 1987 in Dayton ohio'],
      [25, 'l', 'Hi, Dayton Metro Library, this is Craig.'],
      [120, 'p', 'hello?'],
      [290, 'l', 'found it. Dayton Daily News March 14 1987 page 2-B. we have it on microfilm at Main, or you can see it in NewsBank from home with your card'],
      [330, 'p', 'can you send me a copy'],
      [338, 'l', 'I can email you a scan of the page. Whats your email'],
      [370, 'p', 'dbaines1952@aol.com'],
      [378, 'l', 'ok will send by end of day today'],
      [400, 'p', 'thank you'],
      [640, 's', 'Chat ended', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'local history photos: scans promised "by Thursday" to a repeated e-mail, recorded after 96 h (late)',
    lines: [
      [0, 'p', 'Hi. Do you have old photos of the Grand Theater downtown from before it burned in 1962?'],
      [40, 'l', "Hi! I'm Phil in the Local History Room at Easton Public Library."],
      [48, 'l', 'Are you after photos of the outside, the inside, or both? And is this for a publication or personal use?'],
      [110, 'p', 'outside mostly. personal, my parents had their first date there'],
      [118, 'l', 'What a nice story. Our digitized photos are in the Easton Memory collection at eastonmemory.org; search "Grand Theater". I see 3 exterior shots from the 1950s.'],
      [126, 'l', 'We also have unscanned prints in the archive. I can pull them tomorrow and email you scans. What is your email?'],
      [170, 'p', 'r.tillman@example.com'],
      [178, 'l', 'Thanks, r.tillman@example.com. I will send the scans by Thursday.'],
      [186, 'l', 'Does the Easton Memory collection have what you were hoping for in the meantime?'],
      [220, 'p', 'yes those are great!'],
      [226, 'l', 'Is there anything else I can help with?'],
      [250, 'p', 'thats all, thanks!!'],
      [256, 'l', 'Thank you! Talk soon.'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(256 + 96 * 3600), by: 'jo' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },

  // ---- legal and medical questions ------------------------------------------------------------------------------
  {
    name: 'legal: an eviction notice; no legal advice, People\'s Law Library, Legal Aid and the Self-Help Center with phones',
    lines: [
      [0, 'p', 'My landlord gave me a notice saying I have 14 days to leave or he is filing eviction. Is that even legal? What are my rights'],
      [28, 'l', 'Hello, thank you for contacting the Ask a Librarian service of Anne Arundel County Public Library. I am Theresa.'],
      [36, 'l', 'I am sorry you are dealing with this. Librarians cannot give legal advice, but I can point you to reliable information and to people who can advise you. Is the notice for unpaid rent, or for another reason?'],
      [95, 'p', 'they say unpaid rent but i paid, i have receipts'],
      [104, 'l', 'Thank you. One moment while I gather some resources.'],
      [200, 'l', "The Maryland People's Law Library explains the eviction process for failure to pay rent, step by step: peoples-law.org/eviction. It notes that a landlord must go through the District Court; a notice alone does not end your tenancy."],
      [210, 'l', 'For advice on your situation, please contact Maryland Legal Aid at 1-888-465-2468 or mdlab.org. You could also call the District Court Self-Help Center at 410-260-1392.'],
      [220, 'l', 'Does that help you with what you need for now?'],
      [300, 'p', 'yes, i will call legal aid tomorrow. thank you'],
      [306, 'l', 'You are welcome. Is there anything else I can look up for you?'],
      [340, 'p', 'no'],
      [345, 'l', 'Take care, and please reach out again if you need anything else.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'medical: a drug interaction; MedlinePlus page at once (no question first), "check with your doctor or pharmacist" is a referral without contact',
    lines: [
      [0, 'p', 'is it safe to take ibuprofen with lisinopril? my doctors office is closed'],
      [35, 'l', 'Hi there! This is Priscilla, a librarian with Westbury Public Library.'],
      [42, 'l', 'I cannot give medical advice, but I can share reliable health information. MedlinePlus, from the National Library of Medicine, has a page on lisinopril that lists drug interactions: medlineplus.gov/druginfo/meds/a692051.html'],
      [50, 'l', 'It mentions that NSAIDs such as ibuprofen can interact with it, so please check with your doctor or pharmacist before taking them together.'],
      [110, 'p', 'ok. the pharmacy is open til 10 i think'],
      [118, 'l', 'Great, that is a good idea. Did the MedlinePlus page give you what you needed?'],
      [160, 'p', 'yes'],
      [166, 'l', 'Thank you for chatting with us. Feel better!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },

  // ---- complaints ----------------------------------------------------------------------------------------------------
  {
    name: 'complaint handled well: noisy teens at a branch; time and staff asked, the branch manager by name with e-mail and phone, study room page; rating 2',
    lines: [
      [0, 'p', 'I want to complain. I was at the Northside branch this afternoon trying to study and a group of teenagers was screaming for an hour and nobody did anything about it!!!'],
      [22, 'l', "Good evening. I'm very sorry that happened. This is Alan, a librarian with Millbrook Public Library."],
      [30, 'l', 'Could you tell me about what time it was, and whether you spoke with any staff at the time?'],
      [85, 'p', 'around 3:30. I told the lady at the desk and she just shrugged'],
      [93, 'l', 'Thank you, that is helpful, and I understand why you are frustrated.'],
      [101, 'l', 'The person who can act on this is the Northside branch manager, Cheryl Adams. You can reach her at cadams@millbrooklibrary.org or 555-640-1122, and she does follow up on complaints about the building.'],
      [109, 'l', 'Northside also has a quiet study room you can reserve for two hours at a time at millbrooklibrary.org/rooms.'],
      [118, 'l', 'Does that help?'],
      [190, 'p', 'I guess. It shouldnt be my job to find a quiet room though'],
      [198, 'l', 'That is fair, and I will pass your comments on to the manager as well. Is there anything else I can do for you tonight?'],
      [235, 'p', 'no'],
      [240, 'l', 'Thank you for letting us know, and again, I am sorry about your visit.'],
    ],
    over: { survey: { rating: 2, comment: 'still annoyed' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'complaint handled defensively: printing prices, "That\'s our policy", "the comment form on our website" with no link, a bare "bye" after the patron left',
    lines: [
      [0, 'p', 'why was i charged 2 dollars to print 10 pages, it used to be 10 cents a page'],
      [50, 'l', 'Printing is 20 cents a page since July.'],
      [70, 'p', 'nobody told me that'],
      [78, 'p', 'thats a 100% increase for the same thing'],
      [150, 'l', "It was posted on the website and in the branches. That's our policy."],
      [175, 'p', 'well its a bad policy. who do i complain to'],
      [260, 'l', 'You can use the comment form on our website.'],
      [270, 'p', 'wow ok'],
      [276, 's', 'Patron has left the chat', sys('patron_left')],
      [330, 'l', 'bye'],
    ],
    over: { survey: { rating: 1, comment: 'rude' } },
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- patrons who vanish ----------------------------------------------------------------------------------------------
  {
    name: 'vanishes after the clarifying question: "take your time" is no hold, a check-in at 200 s, a notice that invites back at 300 s',
    lines: [
      [0, 'p', 'I need help finding a book I read as a kid, I only remember parts of the plot'],
      [26, 'l', 'Hi! This is Omar at Brookhaven Public Library. I love a good mystery book hunt.'],
      [35, 'l', 'What do you remember about it: roughly when you read it, the cover, any characters or scenes?'],
      [60, 'p', 'hmm let me think'],
      [70, 'l', 'Take your time!'],
      [200, 'l', 'Are you still with me?'],
      [300, 'l', "It looks like you may have stepped away, so I'll close this chat for now. Feel free to start a new one whenever you're ready. Bye for now!"],
      [304, 's', 'Chat closed by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Patron left' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'vanishes after the answer: the provider waits 5 minutes and closes without a word',
    lines: [
      [0, 'p', 'Can I return library books to any branch or only the one I got them from?'],
      [15, 'l', "Good morning! I'm Nadia from Cedar Valley Library, thanks for the question."],
      [22, 'l', 'Are these regular books, or things like museum passes or interlibrary loans? Those have special rules.'],
      [60, 'p', 'just regular books'],
      [63, 'p', 'and some dvds'],
      [72, 'l', 'Then yes, books and DVDs can go back to any of our 9 branches or book drops. The branch list is at cedarvalleylibrary.org/locations.'],
      [80, 'l', 'Does that answer it?'],
      [400, 's', 'Chat ended by librarian', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'fail', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'vanishes after the answer: a check-in, then a plain goodbye 202 s into the idle (no disconnect notice)',
    lines: [
      [0, 'p', 'do you have passport photo service'],
      [30, 'l', 'Hello and thanks for contacting Harlow County Library! This is Jen.'],
      [40, 'l', 'Which branch would be most convenient for you?'],
      [80, 'p', 'the one on Main st'],
      [88, 'l', 'Main Street does passport photos for $15, Monday to Friday 10-4. Details are at harlowlibrary.org/passports.'],
      [95, 'l', 'Did that help?'],
      [230, 'l', 'Are you still there?'],
      [290, 'l', 'Thanks for chatting, have a good day!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: 'nonprofit 990s: ProPublica, "I will get back to you" about 2023 with the e-mail repeated but no when; never recorded, deadline passed',
    lines: [
      [0, 'p', 'I am looking for the 2023 annual report of a nonprofit called Harbor Light Alliance, their website is down'],
      [45, 'l', 'Good afternoon, Reference Services at Portside Public Library, this is Lena speaking.'],
      [53, 'l', 'Do you need the financial statements specifically, like their Form 990, or the narrative report?'],
      [100, 'p', 'the 990 would be great'],
      [108, 'l', 'Let me search.'],
      [200, 'l', 'ProPublica Nonprofit Explorer has their 990s through 2022: projects.propublica.org/nonprofits. The 2023 filing is not posted yet.'],
      [210, 'l', 'I can ask a colleague who works with Candid data and get back to you about 2023. May I have your email?'],
      [260, 'p', 'sure its lenore.v@example.org'],
      [268, 'l', 'Got it, lenore.v@example.org. I will get back to you.'],
      [275, 'l', 'Was the 2022 filing helpful?'],
      [300, 'p', 'yes thank you'],
      [306, 'l', "You're welcome, thanks for contacting Portside!"],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    ctx: { now: T0 + 5 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'summer reading dates: "I\'ll find out and get back to you tomorrow", coded Follow-up by me, but no contact anywhere; before the deadline',
    lines: [
      [0, 'p', 'do you know when the summer reading program starts this year'],
      [33, 'l', 'Hello, this is Marcus at Ridgeway Library. Great question!'],
      [40, 'l', 'Are you asking about the kids program or the adult one?'],
      [70, 'p', 'kids, i have a 6 and 8 yr old'],
      [78, 'l', "The dates haven't been announced yet. I'll find out from our youth services team and get back to you tomorrow."],
      [100, 'p', 'ok cool'],
      [106, 'l', 'Anything else I can help you with?'],
      [130, 'p', 'nope'],
      [135, 'l', 'Bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },

  // ---- transfers ---------------------------------------------------------------------------------------------------------
  {
    name: 'transfer done well: bakery owner to the business librarian, internal note with the need, the patron told; census profile and Data Axle',
    lines: [
      [0, 'p', 'I run a small bakery and want to find demographic data for a second location in Towson'],
      [20, 'l', "Hi, I'm Jo, a librarian at Baltimore County Public Library. Thanks for reaching out!"],
      [28, 'l', 'Are you looking for population and income figures by neighborhood, or data on competitors and foot traffic?'],
      [80, 'p', 'population and income mostly, by zip code'],
      [88, 'l', "Our business librarian, Sam, knows these sources best. I'm going to transfer you to him now; it will just take a moment."],
      [95, 'i', 'Sam, taking this one? Bakery owner, wants census demographics by ZIP for Towson (21204/21286).'],
      [100, 's', 'Chat transferred to Sam Ortiz', sys('transfer', 'sam')],
      [115, 'l', 'Hi there, Sam here, the business librarian. Jo filled me in.', SAM],
      [123, 'l', 'The Census Bureau\'s data.census.gov has ZIP-level population and median household income from the American Community Survey. Search "21204" and open the DP03 profile for income.', SAM],
      [131, 'l', 'For a ready-made report, Data Axle Reference Solutions (on our Research page at bcpl.info/research) can list households and businesses around an address.', SAM],
      [140, 'l', 'Do those cover what you need?', SAM],
      [210, 'p', 'yes! the DP03 one is exactly what i was looking for'],
      [218, 'l', 'Great. Anything else for today?', SAM],
      [240, 'p', 'no thats everything, thanks to you both'],
      [246, 'l', 'Thanks for using Ask a Librarian, and good luck with the new shop!', SAM],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'transfer done badly: FAFSA question moved to Financial Aid with no note and no word to the patron; 150 s of silence across the transfer',
    lines: [
      [0, 'p', 'can someone help me with a FAFSA question'],
      [30, 'l', "Hello, you have reached Ask Us at Greenfield Community College Library. I'm Tina."],
      [38, 'l', 'What part of the FAFSA are you stuck on?'],
      [90, 'p', 'it says my parents info is required but i live on my own'],
      [150, 's', 'Chat transferred to Financial Aid (Marco)', sys('transfer', 'marco')],
      [240, 'l', 'hi this is marco from financial aid', MARCO],
      [250, 'l', 'you may qualify as independent, check studentaid.gov/apply-for-aid/fafsa/filling-out/dependency', MARCO],
      [300, 'p', 'i am 20 and not married, does that count'],
      [380, 'l', 'probably not. the rules are on that same page', MARCO],
      [420, 'p', 'ok'],
      [425, 'l', 'bye', MARCO],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail',
    }),
  },
  {
    name: 'transfer with an internal note but no word to the patron; picked up after 75 s; Foundation Directory Online',
    lines: [
      [0, 'p', 'Hi, I am writing a grant proposal for a community garden and need to find local foundations that fund food projects.'],
      [75, 'l', 'Good evening, this is Ada at Westfield Public Library.'],
      [82, 'l', 'Which county will the garden be in, and roughly how much funding are you seeking?'],
      [140, 'p', 'Clark County, around 5000 dollars'],
      [150, 'i', '@Raj can you take this? Grant seeker, needs Foundation Directory help, you know it better. Clark County, $5k, food/garden.'],
      [155, 's', 'Transferred to Raj Patel', sys('transfer', 'raj')],
      [180, 'l', 'Hello! Raj here, I handle our grants collection.', RAJ],
      [190, 'l', 'Foundation Directory Online is on our Research page at westfieldlibrary.org/grants; log in with your card and search Fields of interest: "Agriculture, food" with Geographic focus: Clark County.', RAJ],
      [200, 'l', 'Does that sound like what you need?', RAJ],
      [260, 'p', 'It does. Thank you both.'],
      [266, 'l', 'Any other questions I can help with?', RAJ],
      [290, 'p', 'No, that is everything.'],
      [296, 'l', 'Good luck with the proposal, goodbye!', RAJ],
    ],
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail',
    }),
  },

  // ---- Lost Calls and practice --------------------------------------------------------------------------------------
  {
    name: 'Lost Call coded right: the patron left before pickup; greeting with "how can I help?", a check-in, a goodbye notice 230 s into the idle',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [8, 's', 'Patron left the chat', sys('patron_left')],
      [35, 's', 'Kira joined the chat', sys('joined')],
      [40, 'l', 'Hi, this is Kira at Millstone Library. How can I help?'],
      [170, 'l', 'Are you still there?'],
      [172, 'i', 'Noting: patron left before pickup, coding as Lost Call.'],
      [270, 'l', 'It seems you have disconnected, so I will end this session. Please contact us again anytime. Goodbye!'],
      [272, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'practice session: testing macros, every check na',
    lines: [
      [0, 'p', 'TRAINING: patron asks how to get a library card'],
      [5, 'l', 'Hi! Testing my greeting macro. I am Ola at Sample Library.'],
      [60, 'p', 'ok now ignore me for 5 minutes'],
      [400, 'l', 'Are you still there?'],
      [410, 'p', 'yep, testing the idle macro'],
      [420, 'l', 'This is a test of the disconnect notice, the session will end.'],
      [430, 'p', 'perfect, ending practice'],
      [435, 'l', 'bye!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  // ---- more hands ------------------------------------------------------------------------------------------------------
  {
    name: 'academic citation, MLA chapter: a restatement ("so you need… is that right?"), then the patron vanishes; check-in with a warning, "closing the chat now since I haven\'t heard from you"',
    lines: [
      [0, 'p', 'How do I cite a chapter from an edited book in MLA 9? The chapter author is different from the editors.'],
      [31, 'l', "Good evening! You've reached the Ask a Librarian chat at Kessler College. I'm Naomi, one of the reference librarians."],
      [39, 'l', 'So you need an MLA 9 works-cited entry for one chapter, written by one author, inside a book put together by editors. Is that right?'],
      [70, 'p', 'yes exactly'],
      [78, 'l', 'The MLA Style Center has a worked example: style.mla.org, search "chapter in an edited book". The pattern is: Chapter Author. "Chapter Title." Book Title, edited by Editor Names, Publisher, Year, pp. xx-xx.'],
      [86, 'l', 'Does that format work for your source?'],
      [210, 'l', "Are you still there? If I don't hear back in a couple of minutes I'll close the chat."],
      [330, 'l', "Closing the chat now since I haven't heard from you. Please come back anytime!"],
      [333, 's', 'Chat closed', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: "cooperative for a community college: a blocked account passed to the patron's library, e-mail repeated, \"within one business day\"; \"stop by your library's circulation desk\" without contact",
    lines: [
      [0, 'p', "hi my library account says I have a hold on a laptop charger I never requested and it's blocking my account from checking out books. I'm at Tidewater CC"],
      [47, 'l', "Hi, thanks for your patience! I'm Farah, a librarian with the Virginia 24/7 chat cooperative; I work at a different college, so I can't see your account directly.", FARAH],
      [55, 'l', 'Do you know when the hold appeared, and have you already contacted anyone at Tidewater about it?', FARAH],
      [120, 'p', 'yesterday i think. no i havent'],
      [127, 'l', "Thanks. I'll send a note to the Tidewater library staff so they can clear it, and they'll email you once it's fixed. They usually respond within one business day. Which email should they use?", FARAH],
      [175, 'p', 'its dkim07@email.tcc.edu'],
      [182, 'l', "Thank you, I've got dkim07@email.tcc.edu. In the meantime you can also stop by your library's circulation desk.", FARAH],
      [190, 'l', 'Is there anything else I can help with tonight?', FARAH],
      [230, 'p', 'no thats it, thank u'],
      [236, 'l', 'You are welcome! Thanks for using the 24/7 chat, and good night.', FARAH],
    ],
    over: { provider: { id: 'farah', name: 'Farah K.', library: 'ODU' }, queue: 'global', patronLibrary: 'TCC', resolutionCode: "Follow-up by patron's library" },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'fail', transfer: 'na',
    }),
  },
  {
    name: 'SMS notary: two texts before pickup, "Let me check." then 185 s until "sorry, busy desk!"; no question; "nope thats all"',
    lines: [
      [0, 'p', 'hi is there a notary at any of the branches'],
      [12, 'p', 'need it today if possible'],
      [25, 'l', 'Hi, this is Ana at Eastside Library. Let me check.'],
      [210, 'l', 'sorry, busy desk! Yes, notary service is free for card holders until 5pm today. Info: eastsidelib.org/notary'],
      [230, 'p', 'ok do i need an appt'],
      [236, 'l', "no appt needed, it's first come first served"],
      [250, 'p', 'perfect thanks'],
      [256, 'l', 'Anything else?'],
      [280, 'p', 'nope thats all'],
      [284, 'l', 'Thanks for texting, bye!'],
    ],
    over: { patron: { name: null, email: null, phone: '+15715550142' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'teen wants the essay written: "we can\'t write essays for you", two questions about the prompt, then "nvm"; no source; "come back anytime"',
    lines: [
      [0, 'p', 'can u write my essay on the great gatsby its due tmrw'],
      [20, 'l', "Hey! I'm Theo, a librarian with Pinecrest Library 🙂"],
      [26, 'l', "We can't write essays for you, but I can definitely help you find good sources and get started. What's the essay prompt?"],
      [60, 'p', 'its about symbolism or whatever'],
      [66, 'l', 'Nice, symbolism in Gatsby has a ton to work with. Any particular symbol, like the green light or the eyes of Dr. T.J. Eckleburg?'],
      [100, 'p', 'nvm'],
      [104, 'p', 'ill just figure it out'],
      [110, 'l', 'OK! Good luck, and come back anytime if you want help finding sources.'],
      [113, 's', 'Patron left', sys('patron_left')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'cooperative genealogy transferred to the specialist on duty (note and notice); FamilySearch and irishgenealogy.ie; the specialist had four chats open',
    lines: [
      [0, 'p', 'Hello, I am trying to trace my grandmother who was born in County Mayo, Ireland in 1921 and came to Boston. Where do I start?'],
      [36, 'l', 'Hello and welcome to the statewide Ask a Librarian service! I am Pat, a librarian at Lowell Public Library.', PAT],
      [44, 'l', 'Do you already have her name at arrival, and roughly what year she came over?', PAT],
      [110, 'p', 'Bridget Walsh, maybe 1947 or 1948'],
      [118, 'l', 'We have a genealogy specialist on duty tonight, Sam Ortiz. I am transferring you to him now; he will have the details of your question.', PAT],
      [124, 'i', 'Sam, Irish immigrant ~1947-48 to Boston, Bridget Walsh b. 1921 Mayo. Needs passenger lists and Irish birth records. Thanks!', PAT],
      [128, 's', 'Transferred to Sam Ortiz', sys('transfer', 'sam')],
      [150, 'l', 'Good evening, Sam here, genealogy librarian. Pat has passed on the details.', SAM],
      [160, 'l', 'For her arrival, search the passenger lists on FamilySearch at familysearch.org (Search > Records, then Bridget Walsh, arrival 1947-1948, Massachusetts).', SAM],
      [170, 'l', 'For her Irish birth record, the civil records for 1921 are free at irishgenealogy.ie under Civil Records.', SAM],
      [180, 'l', 'Does that give you a place to start?', SAM],
      [250, 'p', 'It certainly does. No more questions for tonight, thank you both!'],
      [258, 'l', 'Thank you for using Ask a Librarian. Happy searching!', SAM],
    ],
    over: { provider: { id: 'pat', name: 'Pat D.', library: 'LPL' }, queue: 'global', patronLibrary: 'BPL' },
    ctx: { otherIntervals: busy('sam', 3) },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'county library, a 78-year-old attaching a photo in Gmail (25 messages): step by step, 180 s unannounced at the upload, support page and class schedule',
    lines: [
      [0, 'p', 'Good morning dear, I am 78 and my grandson set up an email for me but I cannot figure out how to attach a photo to send to my sister'],
      [40, 'l', 'Good morning! My name is Rick and I am a librarian at Fulton County Library. I would be glad to help you with that.'],
      [48, 'l', 'Are you using a computer or a phone, and which email do you have: Gmail, Yahoo, or something else?'],
      [110, 'p', 'a computer, the gmail'],
      [118, 'l', 'Wonderful. Is the photo already saved on the computer, or is it on your phone or camera?'],
      [175, 'p', 'It is on the computer, my grandson put it in Pictures'],
      [183, 'l', 'Perfect. First, open Gmail and click the Compose button at the top left.'],
      [240, 'p', 'ok I see a new message box'],
      [247, 'l', 'Great! At the bottom of that box there is a small paperclip icon. Please click it.'],
      [330, 'p', 'I clicked it and a window opened with folders'],
      [338, 'l', 'Now click Pictures on the left side of that window.'],
      [400, 'p', 'I see my pictures!'],
      [407, 'l', 'Click once on the photo you want, then click the Open button.'],
      [520, 'p', 'hello?'],
      [525, 'p', 'it says uploading'],
      [700, 'l', 'Sorry for the wait! Uploading can take a minute for big photos. When it finishes you will see the file name at the bottom of your message.'],
      [760, 'p', 'Yes I see it now'],
      [766, 'l', "Now type your sister's email address in the To line, add a subject, and click Send."],
      [850, 'p', 'I did it!!! She just called me, she got it'],
      [858, 'l', 'That is wonderful news! If you would like to practice more, Google has a step-by-step guide at support.google.com/mail under "Attach files". We also have a free Computer Basics class on Tuesdays at 10; the schedule is at fultoncountylibrary.org/classes.'],
      [866, 'l', 'Was this helpful?'],
      [920, 'p', 'Very much so. You have been so patient with me.'],
      [930, 'l', 'It was my pleasure! Is there anything else I can help you with this morning?'],
      [980, 'p', 'No, that is all for today. Thank you dear.'],
      [986, 'l', 'Thank you for chatting with Fulton County Library. Enjoy your day!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
];

describe('fifth round (E): every case lists all 17 checks', () => {
  it.each(cases)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifth round (E): whole sessions, every check', cases);
