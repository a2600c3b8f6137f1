/**
 * Sixty-fifth round, theme NURSING HOMES AND LONG-TERM CARE, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: comparing nursing homes (Care Compare star ratings, staffing numbers), state
 * inspection reports, the long-term care ombudsman, Medicaid waiver programs (Maryland, Texas STAR+PLUS, Virginia CCC Plus,
 * Pennsylvania Community HealthChoices), assisted living costs (Ohio, Arizona, Genworth's cost survey), respite care for
 * caregivers, facility complaint lines (California CDPH, Florida AHCA, New York DOH), veterans' homes and books for family
 * caregivers. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/longtermcare-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s (01), at exactly 60 s (04: pass), at 61 s (03: fail), by `pickedUpAt` at 45 s with the first line
 *   at 90 (27); "Hey there, how can I help?" + "What state are you in?" naming no one (04: greeting fails); Spanish "Buenas
 *   tardes, le atiende Marta, bibliotecaria de …" (05), "¡Hola! Soy Luis de la Biblioteca …" (25), "Hola, habla Rocío …" (26);
 *   chat-speak "heyyy Jess @ Ask Ohio here" (17); no provider ever joined (19);
 *  inquiry: state, county, level of care, timeline, payer, relation; none before the first source (06: fail); a restatement
 *   "So you're after a book …" with no question mark (29);
 *  waits: a hold answered after 130 s (02: fail); a hold answered after exactly 120 s (17: pass); a transfer notice answered
 *   by the receiver 50 s later (14); a silent transfer, the receiver 125 s after the patron (15: fail); "no hurry, take all
 *   the time you need" then 210 s away (23: waiting on the patron); `pickedUpAt` 45 s before the first line (27);
 *  endings: a Lost Call with only a greeting, a check-in at 145 and a notice that invites back at 205 (09: final idle 185 s,
 *   both pass); a goodbye exactly 120 s after the answer (10: idle fails, disconnect na) and 119 s after it (11: na); a
 *   notice without a check-in after three patron lines, coded Lost Call (28); a check-in and no notice, endedAt 190 s after
 *   the answer (30); "I only handle one question per chat" (12: dismissal); "other folks are waiting … pop back in later"
 *   (13: allowed); the patron's "that's all I needed" as the last line (24: courteous fails);
 *  sources: medicare.gov/care-compare, state survey pages, ltcombudsman.org, theconsumervoice.org, eldercare.acl.gov and
 *   its 800 number, state Medicaid waiver pages (health.maryland.gov, hhs.texas.gov, dmas.virginia.gov, dhs.pa.gov), Genworth's
 *   cost survey, CDPH, AHCA, NY DOH, a catalogue book; none (11: fail);
 *  referrals: the ombudsman by phone (03), the Eldercare Locator by phone (06), the reference desk by phone (13), "you should
 *   call the Department of Health" with no way to reach it (22: fail), a CDPH district office by phone (26), the county Area
 *   Agency on Aging by URL (20);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done at 40 h (07); a promise with the e-mail read back and no time,
 *   coded Answered (08); FU_LIB, phone read back, "by Friday", done at 80 h (20: late); FU_ME with "back to you tomorrow" and
 *   no contact anywhere (21);
 *  codes: Practice (18); null with no provider (19); "" (27); Lost Call true (09) and after three patron lines (28);
 *  transfers: announced with a note (14); silent with a note (15);
 *  concurrency: four at once (16: fail); touching ends, three at most (17: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish "eso es todo lo que necesitaba" and "no, es todo" are the patron's explicit "that's all I needed" (05, 26);
 * - "Hey there, how can I help?" greets but names no one (04);
 * - "I only handle one question per chat, so I'll close this one now" tells the patron they reached a limit of questions (12);
 * - "Would you like me to put it on hold for you?" offers something not yet given: not the completeness question (29);
 * - "you should call the Department of Health about it" tells the patron to contact an agency, with no way to reach it: the
 *   URL in the same message (profiles.health.ny.gov) is the Department's Nursing Home Profiles site, given as a source for
 *   the patron to use, not as the way to reach the Department (22: fail);
 * - "call the Eldercare Locator at 1-800-677-1116 and they'll connect you with Salt Lake County Aging & Adult Services"
 *   refers the patron to the Locator, by phone; the county office is reached through the Locator, not a second party the
 *   patron is told to contact (06: pass);
 * - "The Agency for Health Care Administration takes complaints online or by phone; both are on ahca.myflorida.com" and
 *   "The Consumer Voice explains the role at theconsumervoice.org/get_help" point to websites: sources, not referrals (24,
 *   30: na; 24 would pass, not fail, if read as a referral, since the agency comes with a URL);
 * - a notice that says the chat will be closed and invites back ("chat back in anytime") is a goodbye (09, 28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (cases 24, 29, 30). Label corrections: 0 (each disagreement reread against
 * RUBRIC.md; every label stands by its literal text).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 24: "The Agency for Health Care Administration takes complaints online or by phone; both are on
 *    ahca.myflorida.com (…)" read as a referral with no contact (fail; RUBRIC na: a website for the patron to use is a source,
 *    and even as a referral the agency comes with a URL, so not fail);
 *  - inquiry.clarify, case 29: the restatement "So you're after a practical guide for a family member handling a parent's
 *    move into long-term care." read as a source given before any question (fail; RUBRIC pass: a restatement before the
 *    first source, the catalogue record two messages later);
 *  - referral.contact, case 30: "Ombudsmen are free, independent advocates … The Consumer Voice explains the role at
 *    theconsumervoice.org/get_help." read as a referral with no contact (fail; RUBRIC na: no one to contact, a URL as a source).
 * Every timing check (pickup at 22, 60, 61 s and by `pickedUpAt`; keep_informed at 120 s exact, 125 and 130 s, across a
 * transfer notice and "take all the time you need"; final idles of 119, 120, 185, 190 and 200 s; concurrency at four and at
 * touching ends; on_time done at 40 h, late at 80 h, pending twice) scored as labelled on the first run, and the redaction
 * equality of describeSessions holds for every running case (patron e-mails and phones typed and read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 * ON v59 (block Y, in the same session): the LEFT case Y reads now runs as labelled (longtermcare 29: Y3's restated want; radio
 *   09: Y1's "chat in again"; telehealth 14: Y2's "help.doxy.me"); the rest stand.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ADA: Prov = { id: 'ada-ltc', name: 'Ada', library: 'BCPL' };
const BRUNO: Prov = { id: 'bruno-ltc', name: 'Bruno', library: 'MCPL-IN' };
const CELIA: Prov = { id: 'celia-ltc', name: 'Celia', library: 'DCPL' };
const DESK: Prov = { id: 'desk-ltc', name: 'Chat Desk', library: 'HCLS' };
const MARTA: Prov = { id: 'marta-ltc', name: 'Marta', library: 'PLA-AZ' };
const ELI: Prov = { id: 'eli-ltc', name: 'Eli', library: 'SLCPL' };
const FAYE: Prov = { id: 'faye-ltc', name: 'Faye', library: 'EPFL' };
const GUS: Prov = { id: 'gus-ltc', name: 'Gus', library: 'FCPL' };
const DANA: Prov = { id: 'dana-ltc', name: 'Dana', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-ltc', name: 'Hugo', library: 'CCPL-OH' };
const IVY: Prov = { id: 'ivy-ltc', name: 'Ivy', library: 'TPL-KS' };
const JON: Prov = { id: 'jon-ltc', name: 'Jon', library: 'MPL' };
const KIRA: Prov = { id: 'kira-ltc', name: 'Kira', library: 'SFPL' };
const LEO: Prov = { id: 'leo-ltc', name: 'Leo', library: 'AUN' };
const KIM: Prov = { id: 'kim-ltc', name: 'Kim', library: 'AUN' };
const MAE: Prov = { id: 'mae-ltc', name: 'Mae', library: 'RPL-VA' };
const NED: Prov = { id: 'ned-ltc', name: 'Ned', library: 'RPL-VA' };
const OTIS: Prov = { id: 'otis-ltc', name: 'Otis', library: 'BPL-NY' };
const JESS: Prov = { id: 'jess-ltc', name: 'Jess', library: 'ASKOH' };
const TRAINEE: Prov = { id: 'trainee-ltc', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-ltc', name: 'Queue', library: 'VRQ' };
const PIA: Prov = { id: 'pia-ltc', name: 'Pia', library: 'AUN' };
const RAFE: Prov = { id: 'rafe-ltc', name: 'Rafe', library: 'CLP' };
const SADIE: Prov = { id: 'sadie-ltc', name: 'Sadie', library: 'QBPL' };
const TOM: Prov = { id: 'tom-ltc', name: 'Tom', library: 'CPL-IL' };
const UNA: Prov = { id: 'una-ltc', name: 'Una', library: 'JCPL-FL' };
const LUIS: Prov = { id: 'luis-ltc', name: 'Luis', library: 'EPPL' };
const ROCIO: Prov = { id: 'rocio-ltc', name: 'Rocío', library: 'LAPL' };
const VERA: Prov = { id: 'vera-ltc', name: 'Vera', library: 'WCPL' };
const WREN: Prov = { id: 'wren-ltc', name: 'Wren', library: 'AACPL' };
const XAVI: Prov = { id: 'xavi-ltc', name: 'Xavi', library: 'KCLS' };
const YARA: Prov = { id: 'yara-ltc', name: 'Yara', library: 'DPL' };

const s = session;

export const LONGTERMCARE: SessionCase[] = [
  // 01 the plain good session
  s(ADA, '01 comparing three nursing homes near Towson: Care Compare star ratings, "That\'s all I needed"', [
    [0, 'p', 'Hi. My dad is being discharged from the hospital to a nursing home and we have to pick one by Friday. How do we compare them?'],
    [22, 'l', 'Good morning, and thanks for reaching out. This is Ada, a reference librarian at Baltimore County Public Library.'],
    [29, 'l', 'Is he going for short-term rehab or for long-term care? And roughly which area?'],
    [75, 'p', 'rehab first, probably long term after. near towson'],
    [83, 'l', "Medicare's Care Compare tool (medicare.gov/care-compare, choose Nursing homes and enter 21204) gives each home star ratings for health inspections, staffing and quality measures, and you can tick up to three to see side by side."],
    [88, 'l', 'Is that the sort of comparison you were hoping for?'],
    [140, 'p', "Yes, exactly. That's all I needed, thank you"],
    [146, 'l', 'You are very welcome. Best wishes to your father, goodbye!'],
  ], usual()),

  // 02 a hold answered after 130 s
  s(BRUNO, '02 Indiana inspection reports: "hang on, pulling up the ISDH survey page" answered 130 s later', [
    [0, 'p', 'where can i read the inspection reports for a nursing home in indianapolis? want to see the actual write ups not just stars'],
    [15, 'l', 'Hello! Bruno here, librarian with the Indianapolis Public Library chat.'],
    [21, 'l', 'Do you know the name of the facility, or do you want to browse all of them in Marion County?'],
    [60, 'p', 'Lakeview Manor'],
    [66, 'l', 'hang on, pulling up the state survey page'],
    [196, 'l', "Thanks for your patience. The Indiana Department of Health posts full survey reports (the 2567 forms) on its Long Term Care Facility Consumer Report page: in.gov/health, then Long Term Care > Consumer Reports. Search 'Lakeview Manor' and open the Surveys tab."],
    [202, 'l', 'Did that get you to the write-ups?'],
    [245, 'p', 'yes found them, wow ok. thanks'],
    [251, 'l', 'Can I help with anything else today?'],
    [270, 'p', 'no im good'],
    [274, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at 61 s; the ombudsman by phone
  s(CELIA, '03 mom\'s roommate problem, DC ombudsman: 61 s pickup, "call the DC Long-Term Care Ombudsman at 202-434-2190"', [
    [0, 'p', 'my mother lives in a nursing home in DC and they keep moving her roommates in and out without telling us. who do i complain to??'],
    [61, 'l', 'Hi, sorry to keep you waiting! Celia from DC Public Library here.'],
    [68, 'l', 'Have you already raised it with the facility\'s social worker or administrator?'],
    [120, 'p', 'yes twice, nothing happens'],
    [127, 'l', "Then the long-term care ombudsman is the right next step: they advocate for residents for free. Please call the DC Long-Term Care Ombudsman Program at 202-434-2190. Resident rights in DC nursing homes are summed up at dcoa.dc.gov (search 'ombudsman')."],
    [133, 'l', 'Does that answer your question?'],
    [180, 'p', 'yes it does. that was everything'],
    [186, 'l', "Good luck, I hope they sort it out quickly. Thanks for using the chat!"],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 pickup at exactly 60 s; greets without naming anyone
  s(DESK, '04 Maryland Medicaid waiver for assisted living: pickup at 60 s, "Hey there, how can I help?" names no one', [
    [0, 'p', 'does medicaid pay for assisted living in maryland? grandma is running out of money'],
    [60, 'l', 'Hey there, how can I help?'],
    [66, 'l', 'Is she in Maryland now, and is she already on Medicaid?'],
    [110, 'p', 'yes in Columbia. not on medicaid yet'],
    [117, 'l', "Regular Medicaid doesn't cover assisted living rent, but Maryland's Home and Community-Based Options Waiver can pay for the care part. Eligibility and the registry are at health.maryland.gov/mmcp/waiverprograms."],
    [122, 'l', 'Does that help?'],
    [160, 'p', 'ok yes'],
    [165, 'l', 'Anything else I can look up?'],
    [180, 'p', 'nope thats all'],
    [184, 'l', 'Bye, good luck!'],
  ], usual({ greeting: 'fail' })),

  // 05 Spanish: assisted living costs in Arizona
  s(MARTA, '05 costos de asistencia de vida en Phoenix (español): "le atiende Marta, bibliotecaria", Genworth, "eso es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, cuanto cuesta una residencia de vida asistida en phoenix? es para mi mama'],
    [25, 'l', 'Buenas tardes, le atiende Marta, bibliotecaria de la Biblioteca Pública de Phoenix.'],
    [31, 'l', '¿Su mamá necesita ayuda solo con las actividades diarias o también cuidado de memoria (demencia)?'],
    [80, 'p', 'solo ayuda diaria, se baña y come sola pero se le olvidan las pastillas'],
    [88, 'l', 'La encuesta de costos de Genworth (genworth.com/aging-and-you/finances/cost-of-care) muestra el promedio mensual de vida asistida en el área de Phoenix; elija Arizona y luego Phoenix. Además, la lista de residencias con licencia está en azcarecheck.azdhs.gov.'],
    [94, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchas gracias, eso es todo lo que necesitaba'],
    [156, 'l', '¡Con gusto! Gracias por comunicarse con nosotros, que le vaya bien.'],
  ], usual()),

  // 06 no question before the first source; Eldercare Locator by phone
  s(ELI, '06 respite care for a caregiver (run-on): source at once, no question, "call the Eldercare Locator at 1-800-677-1116"', [
    [0, 'p', 'im taking care of my husband full time he has parkinsons and i am so tired i need a break even a weekend is there anything that helps with that im in salt lake'],
    [20, 'l', "Hi, I'm Eli, a librarian at Salt Lake City Public Library. I'm sorry, that sounds exhausting."],
    [27, 'l', "What you're looking for is called respite care. The ARCH National Respite Locator at archrespite.org/respitelocator lists programs by state. You can also call the Eldercare Locator at 1-800-677-1116 and they'll connect you with Salt Lake County Aging & Adult Services."],
    [33, 'l', 'Did that help?'],
    [90, 'p', 'yes thank u so much'],
    [95, 'l', 'Anything else I can find for you?'],
    [120, 'p', 'no thats everything'],
    [125, 'l', 'Please take care of yourself too. Goodbye!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 07 follow-up by me, e-mail read back, "by Wednesday", done at 40 h
  s(FAYE, '07 staffing ratios for Maryland nursing homes (follow-up by me): e-mail read back, "by Wednesday", done at 40 h', [
    [0, 'p', 'Hello, I am writing a letter to my delegate about nursing home staffing. Are there statistics on nurse staffing per resident for Maryland homes?'],
    [18, 'l', 'Hello, and welcome to Ask Us Now! I am Faye, a librarian at the Enoch Pratt Free Library.'],
    [24, 'l', 'Do you need statewide averages, or figures for particular facilities?'],
    [70, 'p', 'statewide averages compared to other states, ideally over several years'],
    [78, 'l', "CMS publishes the Payroll Based Journal staffing data at data.cms.gov (search 'Payroll Based Journal'). Putting several years side by side takes some work, so I'd like to pull that together and e-mail it to you. What address should I use?"],
    [130, 'p', 'sure, it is hcarrow@example.org'],
    [136, 'l', "Thanks: hcarrow@example.org. I'll send the comparison by Wednesday."],
    [150, 'p', "perfect, that's everything for now"],
    [156, 'l', 'Thank you for writing in. Goodbye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 08 a promise with the e-mail read back, no time, coded Answered
  s(GUS, '08 veterans home in Virginia: "I\'ll email you the application checklist", e-mail read back, no time, coded Answered', [
    [0, 'p', 'my uncle is a vet, can he go to a state veterans nursing home in virginia and how much'],
    [16, 'l', 'Hi! Gus from Fairfax County Public Library, happy to help.'],
    [22, 'l', 'Does he have a VA disability rating, do you know?'],
    [60, 'p', 'i think 70 percent'],
    [68, 'l', "With a 70% rating the VA usually covers the full cost at a state veterans care center. Virginia's centers and the admission steps are at dvs.virginia.gov/benefits/long-term-care. I'll email you the application checklist too, what's your email?"],
    [110, 'p', 'r.okafor@example.net'],
    [115, 'l', 'Got it, r.okafor@example.net. Does the page help in the meantime?'],
    [150, 'p', 'yes'],
    [154, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 a true Lost Call
  s(DANA, '09 nursing home vs assisted living: only the question, a check-in at 145, a notice that invites back at 205 (final idle 185 s)', [
    [0, 'p', 'whats the difference between a nursing home and assisted living'],
    [20, 'l', 'Hello! Dana with the Ask Us statewide librarians here.'],
    [145, 'l', 'Are you still with me?'],
    [205, 'l', "It seems you've disconnected, so I'll be closing this chat. You're welcome to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 a goodbye exactly 120 s after the answer
  s(HUGO, '10 Ohio assisted living waiver: answer at 80, goodbye at 200 (final idle 120 s) with no check-in', [
    [0, 'p', 'Does Ohio have a program that pays for assisted living? My aunt only has social security.'],
    [14, 'l', 'Hi, this is Hugo from Cuyahoga County Public Library.'],
    [20, 'l', 'Is she 65 or older?'],
    [50, 'p', "She's 79."],
    [80, 'l', "Ohio's Assisted Living Waiver pays for the services part for people on Medicaid; the rent is still hers to pay. The rules and how to apply through the area agency on aging are at aging.ohio.gov/care-and-living/get-care/assisted-living-waiver. Does this answer your question?"],
    [200, 'l', 'Thanks for chatting with us today, goodbye.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 11 no source; a goodbye 119 s after the answer
  s(IVY, '11 does Medicare pay for assisted living: answer from memory, no source, goodbye 119 s after (idle na)', [
    [0, 'p', 'quick q does medicare pay for assisted living'],
    [12, 'l', 'Hello, Ivy at Topeka & Shawnee County Public Library!'],
    [18, 'l', 'Is this for room and board, or for nursing care after a hospital stay?'],
    [45, 'p', 'room and board, long term'],
    [51, 'l', "Then no: Medicare doesn't pay for long-term room and board in assisted living. It only covers a limited skilled nursing stay after a hospital admission. Medicaid or long-term care insurance are the usual payers. Did that help?"],
    [90, 'p', 'dang. ok'],
    [96, 'l', 'Sorry it is not better news. Anything else?'],
    [215, 'l', 'Thanks for using the chat, bye for now.'],
  ], usual({ source: 'fail' })),

  // 12 one question per chat
  s(JON, '12 two questions, cost then complaints: "I only handle one question per chat, so I\'ll close this one now"', [
    [0, 'p', 'how much does a nursing home cost per month in wisconsin'],
    [18, 'l', 'Hi there, Jon with Milwaukee Public Library here.'],
    [24, 'l', 'Private room or shared?'],
    [50, 'p', 'shared'],
    [56, 'l', "Genworth's Cost of Care Survey (genworth.com/aging-and-you/finances/cost-of-care) puts a semi-private room in Wisconsin at about $10,000 a month. Is that what you were after?"],
    [90, 'p', 'yes. also how do i file a complaint about one'],
    [97, 'l', "I only handle one question per chat, so I'll close this one now."],
    [102, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 13 others waiting, invited back, reference desk by phone
  s(KIRA, '13 a long list about a San Francisco home: "a few other folks are waiting… pop back in later or call 415-557-4400"', [
    [0, 'p', 'my grandpa is at a home in the sunset district. how do i check their license status'],
    [14, 'l', "Hi! I'm Kira, a librarian at San Francisco Public Library."],
    [20, 'l', 'Do you know the exact facility name?'],
    [40, 'p', 'Seaview Care Center'],
    [47, 'l', "CDPH's Cal Health Find (cdph.ca.gov, search 'Cal Health Find') shows the license status, visits and citations for Seaview Care Center. Did that help?"],
    [90, 'p', 'yes. now also can u tell me about their staff turnover, and their owner, and what medi-cal pays them, and about the lawsuit'],
    [98, 'l', "Those are great questions but each will take some digging, and I have a few other folks waiting right now. Please pop back in to chat later, or call our reference desk at 415-557-4400 and they can work through the list with you. Thanks for chatting!"],
    [130, 'p', 'ok fair, thanks'],
    [134, 'l', 'Take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 14 an announced transfer with a note
  s(LEO, '14 Pennsylvania Community HealthChoices: Leo announces a transfer to Kim (hold), note says why, Kim 50 s later', [
    [0, 'p', 'trying to get my mom on the PA waiver so she can stay home instead of nursing home. what is it called and how do i apply'],
    [16, 'l', 'Hello, Leo here from the Ask Here PA librarians.'],
    [22, 'l', 'Which county does she live in?'],
    [55, 'p', 'allegheny'],
    [60, 'l', "My colleague Kim knows the Pennsylvania waivers well, so I'm transferring you to her now. One moment please."],
    [63, 'i', 'Kim, pt needs PA Community HealthChoices waiver how-to-apply, Allegheny Co. You know this one better than me.'],
    xfer(66, 'Kim', 'kim-ltc'),
    [113, 'l', "Hi, Kim here. It's Community HealthChoices: she applies through the Independent Enrollment Broker, and the steps are at dhs.pa.gov (search 'Community HealthChoices'). Does that answer it?", as(KIM)],
    [160, 'p', 'yes thank you both, thats all i need'],
    [166, 'l', 'Thank you for using Ask Here PA, bye!', as(KIM)],
  ], usual({ transfer: 'pass' })),

  // 15 a silent transfer, the receiver 125 s after the patron
  s(MAE, '15 Virginia CCC Plus waiver: silent transfer to Ned, note says why, Ned answers 125 s after the patron', [
    [0, 'p', 'hi what waiver in virginia helps disabled adults stay out of nursing homes'],
    [20, 'l', 'Hello, Mae at Richmond Public Library.'],
    [26, 'l', 'Is this for someone over 65, or a younger adult with a disability?'],
    [50, 'p', 'my brother hes 52, had a stroke'],
    [58, 'i', 'Ned, can you take this? Virginia CCC Plus waiver, 52yo after stroke. I have to step away.'],
    xfer(61, 'Ned', 'ned-ltc'),
    [175, 'l', "Hi, Ned here. He'd apply for the Commonwealth Coordinated Care Plus waiver; the screening and application steps are at dmas.virginia.gov (Programs > CCC Plus). Does that help?", as(NED)],
    [220, 'p', 'yes, thank you, thats all'],
    [225, 'l', 'Glad to help, goodbye!', as(NED)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 16 four open at once
  s(OTIS, '16 NY nursing home complaint hotline: NY DOH hotline page, Otis with three other chats open (four at once)', [
    [0, 'p', 'whats the number to report a nursing home in new york, my dad had bed sores they never told us about'],
    [15, 'l', "Hi, I'm Otis, a librarian at Brooklyn Public Library. I'm so sorry about your dad."],
    [21, 'l', 'Is the home in New York State?'],
    [40, 'p', 'yes in brooklyn'],
    [46, 'l', "The NY Department of Health takes nursing home complaints; the hotline number and the online complaint form are on health.ny.gov/facilities/nursing/complaints.htm. Is that what you needed?"],
    [90, 'p', 'yes found it thank you thats all'],
    [95, 'l', 'Take care, goodbye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('o1', 'otis-ltc', -200, 400), other('o2', 'otis-ltc', 10, 300), other('o3', 'otis-ltc', 50, 350)],
  }),

  // 17 three at most with touching ends; a hold answered after exactly 120 s
  s(JESS, '17 Ohio nursing home report card (chat-speak): "brb checking", answer exactly 120 s later, touching ends (three at most)', [
    [0, 'p', 'hiii is there like a report card for ohio nursing homes?? need one in columbus lol asap'],
    [12, 'l', 'heyyy Jess @ Ask Ohio here :)'],
    [17, 'l', 'r u looking for nursing homes or assisted living?'],
    [35, 'p', 'nursing homes'],
    [40, 'l', 'k brb checking'],
    [160, 'l', "ok! the Ohio Long-Term Care Consumer Guide is at ltc.ohio.gov, pick Franklin county and it shows satisfaction surveys + inspection info. that work?"],
    [190, 'p', 'yesss ty thats all'],
    [194, 'l', 'np! bye 👋'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'jess-ltc', -100, 0), other('j2', 'jess-ltc', -30, 500), other('j3', 'jess-ltc', 20, 60), other('j4', 'jess-ltc', 60, 300), other('j5', 'jess-ltc', 199, 600)],
  }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (ombudsman script): coded Practice, every check na', [
    [0, 'p', 'testing ombudsman macro pls ignore'],
    [6, 'l', 'testing testing'],
    [12, 'l', 'Ombudsman info: ltcombudsman.org. Did that help?'],
    [20, 'p', 'ok looks fine'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 midnight: who licenses adult foster homes in Oregon, no provider ever joined, "anyone??", code null', [
    [0, 'p', 'who licenses adult foster homes in oregon'],
    [150, 'p', 'anyone??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 follow-up by the patron's library, phone read back, "by Friday", done at 80 h; Area Agency on Aging by URL
  s(PIA, '20 adult day programs in Anne Arundel (follow-up by patron\'s library): phone read back, "by Friday", done at 80 h', [
    [0, 'p', 'I need an adult day program for my wife with dementia so I can keep working. we live in Glen Burnie'],
    [24, 'l', 'Good afternoon, this is Pia, a librarian with Ask Us Now.'],
    [30, 'l', 'Does she need a medical day program with nursing, or more of a social program?'],
    [80, 'p', 'medical probably, she needs help with meds'],
    [88, 'l', "Maryland's licensed medical adult day care centers are searchable at health.maryland.gov/ohcq. For help paying for it, contact the Anne Arundel County Department of Aging and Disabilities at aacounty.org/aging. Anne Arundel County Public Library's staff can also put together a list of the centers nearest Glen Burnie and call you. What number should they use?"],
    [140, 'p', '443-555-0178'],
    [146, 'l', "That's 443-555-0178, right? They'll call you by Friday."],
    [170, 'p', 'yes correct'],
    [176, 'l', 'Does the OHCQ search help in the meantime?'],
    [215, 'p', "yes very much. that's everything"],
    [221, 'l', 'Thank you, and best of luck to you both.'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 21 coded follow-up by me, no contact anywhere
  s(RAFE, '21 bed-hold policy for a Pittsburgh nursing home (follow-up by me): "I\'ll get back to you tomorrow", no e-mail or phone', [
    [0, 'p', 'if my mom goes to the hospital does the nursing home have to hold her bed? PA'],
    [20, 'l', "Hi, I'm Rafe, reference librarian at Carnegie Library of Pittsburgh."],
    [26, 'l', 'Is she on Medical Assistance (Medicaid) or paying privately?'],
    [70, 'p', 'medicaid'],
    [76, 'l', 'Let me check the regulation.'],
    [150, 'l', "Pennsylvania's bed-hold rules for Medical Assistance residents are in 55 Pa. Code Chapter 1187, at pacodeandbulletin.gov. I want to confirm how many days currently apply, so I'll get back to you tomorrow with that."],
    [156, 'l', 'Does that help for now?'],
    [200, 'p', 'ok yes'],
    [206, 'l', 'Thanks for your patience!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 22 "you should call the Department of Health" with no contact
  s(SADIE, '22 a nursing home lost my aunt\'s hearing aids: inspection page given, "you should call the Department of Health" with no contact', [
    [0, 'p', 'nursing home in queens lost my aunts hearing aids AGAIN and they wont replace them. is there somewhere to look up if this happened to others'],
    [18, 'l', 'Hi there, Sadie from Queens Public Library here.'],
    [24, 'l', 'Do you know the facility name so we can look at its record?'],
    [60, 'p', 'Parkside Rehab'],
    [66, 'l', "NY's Nursing Home Profiles site (profiles.health.ny.gov/nursing_home) lists each home's inspection citations, including resident property ones. If they won't replace the aids, you should call the Department of Health about it."],
    [72, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes ok thank you, thats all for now'],
    [125, 'l', 'You are welcome, bye!'],
  ], usual({ referral: 'fail' })),

  // 23 "take all the time you need", 210 s away
  s(TOM, '23 long-term care insurance policy papers: "no hurry, take all the time you need" then 210 s away', [
    [0, 'p', 'my dad has a long term care insurance policy, how do we know if it covers assisted living'],
    [18, 'l', 'Hello! Tom here, a librarian at Chicago Public Library.'],
    [24, 'l', 'Do you have the policy in front of you? The answer is usually in the benefits section.'],
    [60, 'p', 'its in a box somewhere, let me dig it out'],
    [66, 'l', 'No hurry, take all the time you need.'],
    [276, 'p', 'ok got it. it says "facility care benefit"'],
    [283, 'l', "That usually includes assisted living, but check the definitions page. The Illinois Department of Insurance's long-term care guide explains the terms: insurance.illinois.gov (Consumers > Long-Term Care Insurance). Does that answer it?"],
    [330, 'p', 'yes that is everything, thanks'],
    [335, 'l', 'Great, thanks for chatting!'],
  ], usual()),

  // 24 the patron has the last word
  s(UNA, '24 Florida nursing home complaint line: AHCA page, patron "ok perfect that\'s all I needed" last, no goodbye', [
    [0, 'p', 'How do I file a complaint about an assisted living facility in Jacksonville FL?'],
    [20, 'l', "Hi, Una here from Jacksonville Public Library's Ask a Librarian."],
    [26, 'l', 'Is it an assisted living facility or a nursing home? Florida handles both through the same agency but the forms differ.'],
    [60, 'p', 'assisted living'],
    [67, 'l', "The Agency for Health Care Administration takes complaints online or by phone; both are on ahca.myflorida.com (Contact > File a Complaint)."],
    [72, 'l', 'Did that help?'],
    [110, 'p', "ok perfect that's all I needed"],
  ], usual({ courteous: 'fail' })),

  // 25 Spanish and chat-speak: Texas STAR+PLUS
  s(LUIS, '25 STAR+PLUS en El Paso (español, chat-speak): "¡Hola! Soy Luis de la Biblioteca", hhs.texas.gov, "ya es todo"', [
    [0, 'p', 'ola mi abuelito necesita ayuda en casa, hay algun programa de medicaid en texas?? 🙏'],
    [18, 'l', '¡Hola! Soy Luis de la Biblioteca Pública de El Paso.'],
    [24, 'l', '¿Su abuelito ya tiene Medicaid, o todavía no?'],
    [60, 'p', 'si ya tiene medicaid'],
    [67, 'l', 'Entonces puede pedir servicios en casa por STAR+PLUS. La información en español está en hhs.texas.gov (busque "STAR+PLUS").'],
    [73, 'l', '¿Es lo que buscaba?'],
    [110, 'p', 'si gracias!! ya es todo'],
    [115, 'l', '¡Con gusto, que esté bien! Gracias por escribir.'],
  ], usual()),

  // 26 Spanish: California complaint line, district office by phone
  s(ROCIO, '26 queja contra un asilo en Los Ángeles (español): CDPH, oficina de distrito por teléfono, "¿Algo más?", "no, es todo"', [
    [0, 'p', 'Buenas noches. Quiero poner una queja contra el asilo donde vive mi papá en Los Ángeles, no lo cambian a tiempo.'],
    [22, 'l', 'Hola, habla Rocío, bibliotecaria de la Biblioteca Pública de Los Ángeles. Siento mucho lo de su papá.'],
    [28, 'l', '¿Es un asilo de ancianos con enfermería (nursing home) o una residencia de cuidado (board and care)?'],
    [75, 'p', 'es nursing home'],
    [82, 'l', 'Las quejas de nursing homes las recibe el Departamento de Salud Pública de California (CDPH). Llame a la oficina de distrito de Los Ángeles al 626-569-3724, o use el formulario en línea en cdph.ca.gov (busque "File a Complaint").'],
    [88, 'l', '¿Le ayuda esto?'],
    [130, 'p', 'si, gracias'],
    [135, 'l', '¿Algo más en que le pueda ayudar?'],
    [160, 'p', 'no, es todo'],
    [165, 'l', 'Gracias por comunicarse. ¡Buenas noches!'],
  ], usual({ referral: 'pass' })),

  // 27 pickedUpAt 45 s, first line at 90; code ""
  s(VERA, '27 memory care costs near Raleigh: pickedUpAt 45 s, first line at 90, code ""', [
    [0, 'p', 'what do memory care units usually cost around raleigh'],
    [90, 'l', 'Hi, Vera at Wake County Public Libraries here, thanks for waiting.'],
    [96, 'l', 'Are you comparing memory care inside assisted living, or in a nursing home?'],
    [130, 'p', 'assisted living ones'],
    [137, 'l', "The NC Division of Health Service Regulation lists licensed special care units at info.ncdhhs.gov/dhsr, and Genworth's cost survey (genworth.com/aging-and-you/finances/cost-of-care) gives Raleigh's averages. Does this help?"],
    [180, 'p', 'yes'],
    [184, 'l', 'Anything else?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for using the chat, goodbye.'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),

  // 28 Lost Call after three patron lines; a notice without a check-in
  s(WREN, '28 respite grants in Maryland: coded Lost Call after three patron lines, a notice 200 s after the answer, no check-in', [
    [0, 'p', 'are there grants for caregiver respite in maryland'],
    [20, 'l', 'Hi, Wren here at Anne Arundel County Public Library.'],
    [26, 'l', 'Is the person you care for 60 or older?'],
    [50, 'p', 'yes 81'],
    [55, 'p', 'my mom'],
    [62, 'l', "Maryland's National Family Caregiver Support Program gives small respite grants through the local area agencies on aging; the program page is at aging.maryland.gov (Programs > Caregivers). Did that help?"],
    [262, 'l', "It looks like you've disconnected, so I'm going to close this chat. Chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 a book; restatement; an offer instead of the completeness question
  s(XAVI, '29 a book for a family caregiver: restated, catalogue record, "Would you like me to put it on hold for you?"', [
    [0, 'p', 'Can you recommend a good book for someone about to move a parent into long-term care? Something practical.'],
    [20, 'l', "Hello! I'm Xavi, a librarian at King County Library System."],
    [26, 'l', "So you're after a practical guide for a family member handling a parent's move into long-term care."],
    [50, 'p', 'yes'],
    [57, 'l', "'The Complete Eldercare Planner' by Joy Loverde (4th edition) has checklists for choosing and moving into a facility. It's in our catalogue at kcls.org (search the title)."],
    [62, 'l', 'Would you like me to put it on hold for you?'],
    [100, 'p', 'no i can do it thanks'],
    [105, 'l', 'Happy reading, bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 30 a check-in and no notice, endedAt 190 s after the answer
  s(YARA, '30 what an ombudsman does (Denver): answer at 90, "Are you still there?" at 220, ended at 280 with no notice', [
    [0, 'p', 'what does a long term care ombudsman actually do? is it worth calling them'],
    [16, 'l', 'Hello, this is Yara from Denver Public Library.'],
    [22, 'l', 'Is there a specific problem at a facility, or are you asking in general?'],
    [60, 'p', 'general, my mom is moving into one next month'],
    [90, 'l', "Ombudsmen are free, independent advocates for residents: they explain rights, help resolve problems and visit facilities regularly. The Consumer Voice explains the role at theconsumervoice.org/get_help. Does that help?"],
    [220, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => LONGTERMCARE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('24')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "The Agency for Health Care Administration takes complaints online or by phone; both are on ahca.myflorida.com (Contact > File a Complaint)." points to a web page for the patron to use (RUBRIC Terms, Referral: "Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it."); read as a referral it would still pass, the agency coming with a URL (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
  [byNo('30')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "Ombudsmen are free, independent advocates for residents: they explain rights, help resolve problems and visit facilities regularly. The Consumer Voice explains the role at theconsumervoice.org/get_help. Does that help?" tells the patron to call, write to, ask or visit no one (RUBRIC referral.contact: "na unless the provider makes a referral (Terms)"; Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat"), and the one organisation named comes with a URL.',
};

describe('sixty-fifth round: nursing homes and long-term care, checked', () => {
  describeSessions('whole sessions', LONGTERMCARE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', LONGTERMCARE.filter((c) => c.name in LEFT_WHY));
});
