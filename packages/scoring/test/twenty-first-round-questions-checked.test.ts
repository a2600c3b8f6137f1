/**
 * Twenty-first round, second wave, area (V9): THE FIRST WAVE'S QUESTIONS, SOURCES AND SETTINGS, CHECKED (narrowings only).
 * The first wave widened `completeness` (V3's year before "work / help for now" and "did you find the ones you need?",
 * V6's "did you find the one you remember?" and "the property card is helpful for now?"), `namedResource` (V6's "which /
 * what databases" names none), `farewell` (V6's "Nice chatting with you!"), `anythingElse` and `patronDone` (V5's "any
 * other q's?", "no more q's", "that was my last question"), `questionOpening` (V7's "We're the library so …") and added
 * the settings `hopeAskedV6`, `purposeLeadInV3`, `otherPartyOrV1`, `resourceClauseV1` and `offerCommaDoesV1`. These
 * sessions test each change with wording it catches although RUBRIC.md's literal text decides otherwise, beside cases
 * it must still catch. Public, academic and county services; genealogists, students, parents, veterans, patients.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - completeness asks "whether the information already given meets the need": a question about the patron's own past
 *   ("When you went through her boxes last weekend, did you find the one you remember?", "When you were at the Register
 *   of Deeds on Monday, did you find the ones you needed?"), about the patron's own remedy ("Hope that helped. Did it?"
 *   after the patron restarted the router, after a pain pill) or about a record or slot not yet given ("The death
 *   record is useful for you?" about a record still to be ordered, "Does the April 2026 week work for now?" about a
 *   reading-room booking) does not count;
 * - "From what I can see …, does that help?" and "As far as I can tell …, is that what you needed?" give an answer and
 *   ask about it: "I can see / tell" reports, it offers nothing (RUBRIC.md's "Did that help?");
 * - a purpose clause that describes what other people do ("To get a passport most people visit the post office, but
 *   you can renew by mail …"; "To see the originals most researchers visit the archives, but you don't need to …") tells
 *   the patron to contact or visit no one: no referral;
 * - a party whose way to reach it is given in the same sentence in brackets, or in the provider's earlier message, or
 *   whose own web page is the address after ";", "comes with a way to reach them";
 * - the county's main switchboard reaches the Register of Deeds, a county office: the party's contact;
 * - "this is my last question, thanks for your patience: …?" and "no more q's after this one i promise: …?" ask a
 *   question: the patron is not done; "no more q's, ty!!" and "that was my last question, thx so much" are;
 * - "Does the worksheet have any other q's like that one?" asks about the patron's homework, not whether the patron
 *   needs anything else;
 * - "were the library and the bookstore both out of it when u looked" (no "?") is a provider question about the
 *   patron's situation that shapes the answer (clarifies); "We're the public library, and your school library runs its
 *   own system" asks nothing;
 * - a book, database or page named with a URL or the steps to reach it is a source; "I'm not sure which databases your
 *   employer's library has" names none.
 * Fixed in v22 (block V9, narrowings only; before the fixes 20 of the 37 cases first written failed, 21 statuses, none of
 * them the labels: 18 fixed, 2 LEFT): `completeness` V6's "did you find the one you remember?" and V3's "the ones you
 * need(ed)?" not after a time or place of the patron's own past in the sentence, V3's year before "work for now" not
 * after a month nor before a booking word; `patronDone` V5's "last question" not when the sentence goes on to a "?", and
 * v1's "no more questions / q's" not before "after this one"; `anythingElse` "any other q's" not after "the worksheet /
 * quiz / form … has"; `questionOpening` V7's "were the library and …" exclusion not when the "and" joins a second
 * subject before "both / all / each"; and five settings, `purposeSubjectV9` ("To see the originals most researchers visit
 * …"), `contactElsewhereV9` (the party's own contact later in the sentence or in an earlier provider message, for
 * `otherPartyOrV1` and `resourceClauseV1`), `ownGuideV9` ("; our county's … guide is at …"), `reportNotOfferV9` ("From
 * what I can see …, does that help?") and `hopeReportV9` ("Oh no, hope it helped. Did it?" after the patron's own remedy).
 * LEFT (not run): a six-word purpose clause ("To order a copy of the death certificate call …", a widening), and "The
 * death record is useful for you?" about a record still to be ordered (needs the offer in the sentence before).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // V6 completeness: the provider gave the record and asks whether it is the one the patron remembers (still caught)
    name: 'childhood picture book about a lighthouse keeper\'s daughter: "Did u find the one you remember?" after the catalog link: every check passes',
    lines: [
      [0, 'p', 'hi there. trying to find a picture book i had as a kid, a girl keeps the lighthouse lamps lit during a storm while her dad is away'],
      [44, 'l', 'Hi! This is Priya, librarian with Ask Maine. Fun one! Do you remember roughly when you read it, or if it had chickens in it?'],
      [97, 'p', 'late 80s maybe? YES there were chickens'],
      [109, 'l', 'One moment, checking a hunch.'],
      [201, 'l', 'I think it\'s "Keep the Lights Burning, Abbie" by Peter and Connie Roop (1985). Our copy is in the catalog at minerva.maine.edu, search the title, and it\'s on the shelf at Portland. Did u find the one you remember?'],
      [250, 'p', 'OMG that is it!!! thank you'],
      [258, 'l', 'Yay! Anything else I can help with today?'],
      [290, 'p', 'nope, made my night'],
      [297, 'l', 'Was lovely chatting with you tonight!'],
    ],
    exp: usual(),
  },
  {
    // hopeAskedV6 near miss: "Hope that helped. Did it?" asks about the patron's own router restart, not what was given
    name: 'Libby keeps buffering: the provider gives the help page, then "Hope that helped. Did it?" about the patron\'s router restart: completeness fails',
    lines: [
      [0, 'p', 'libby audiobooks keep buffering and stopping every few min, so annoying'],
      [31, 'l', 'Hello, you\'re chatting with Marcus from Kitsap Regional Library. Sorry about that! Is it on a phone or a tablet, and on wifi or data?'],
      [88, 'p', 'android phone, home wifi'],
      [96, 'l', 'Libby\'s help page for playback problems is help.libbyapp.com, search "audiobook stops": the fix that usually works is downloading the title first (tap the title, then Download) instead of streaming.'],
      [160, 'p', 'ok will try that. i also restarted my router this morning'],
      [168, 'l', 'Hope that helped. Did it?'],
      [210, 'p', 'not really, but the download works. thats all i needed, thanks'],
      [216, 'l', 'You\'re welcome, take care!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // V5 patronDone near miss: "no more q's after this one i promise: …?" asks on; nobody asks anything else
    name: 'printing from a phone: "ok no more q\'s after this one i promise: ..." asks another question: anything_else fails',
    lines: [
      [0, 'p', 'hey can i reserve a study room at the main library for saturday'],
      [58, 'l', 'Hi, this is Dana at Tacoma Public Library. How many people, and for how long?'],
      [101, 'p', '4 of us, 2 hrs'],
      [110, 'l', 'The group rooms at Main seat 6 and you can book up to 2 hours at tacomalibrary.org/rooms. Sign in with your card number. Is that what you needed?'],
      [168, 'p', 'yes. ok no more q\'s after this one i promise: can i print from my phone there?'],
      [179, 'l', 'Yes, send it to the mobile printing page at tacomalibrary.org/print and release it at the print station with your card. It\'s 10 cents a page.'],
      [235, 'p', 'cool'],
      [241, 'l', 'Have a great study session, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // otherPartyOrV1 near miss: the clinic's number was given in the provider's earlier message: every party has one
    name: 'poison ivy rash: the clinic\'s number in an earlier message, then "call your doctor\'s office or the nurse advice line at 1-800-…": referral passes',
    lines: [
      [0, 'p', 'Hello, looking for reliable info on poison ivy rash on a 6 year old, and when to see a doctor'],
      [52, 'l', 'Good morning, I\'m Ellen, a librarian at Multnomah County Library. Is it spreading, or near his eyes or mouth?'],
      [110, 'p', 'on his arms only. his doctor is at Eastside Family Medicine'],
      [118, 'l', 'MedlinePlus has a good page at medlineplus.gov/poisonivyoakandsumac.html. Eastside Family Medicine\'s office is 503-555-0142, according to their site.'],
      [171, 'p', 'ok'],
      [180, 'l', 'If the rash spreads to his face or he gets a fever, call your doctor\'s office or the nurse advice line at 1-800-555-0199. Does that answer your question?'],
      [240, 'p', 'yes that\'s everything, thank you so much'],
      [246, 'l', 'Thanks for chatting, hope he feels better soon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // offerCommaDoesV1 near miss: "From what I can see … , does that help?" reports and asks about what it gave
    name: 'hold status: "From what I can see the hold went through and it will be at Eastgate by Friday, does that help?": completeness passes',
    lines: [
      [0, 'p', 'did my hold on the new louise penny go thru? the website glitched'],
      [60, 'l', 'Hi there! Sam here, from Bellevue\'s KCLS Ask a Librarian. Can you give me the last 4 digits of your card?'],
      [96, 'p', '4471'],
      [104, 'l', 'Thanks, one sec.'],
      [219, 'l', 'Your holds are at kcls.org under My Account > Holds. From what I can see the hold on "The Grey Wolf" went through and it will be at Eastgate by Friday, does that help?'],
      [262, 'p', 'yes perfect'],
      [270, 'l', 'Is there anything else you need today?'],
      [301, 'p', 'no ty'],
      [306, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },
  {
    // V3 completeness near miss: "did you find the ones you needed?" about the patron's Monday visit
    name: 'plat maps: "When you were at the Register of Deeds on Monday, did you find the ones you needed?" asks about the patron\'s visit: completeness fails',
    lines: [
      [0, 'p', 'Hi I need old plat maps for our farm in Lancaster county, 1900s era'],
      [43, 'l', 'Hello and welcome to Ask Nebraska, I\'m Rick at Lincoln City Libraries. Do you know the township and section?'],
      [102, 'p', 'Stevens Creek, section 14. I went to the register of deeds already'],
      [110, 'l', 'The 1903 and 1915 Lancaster County atlases are digitized in the Nebraska Memories collection at memories.ne.gov, search "Lancaster atlas". When you were at the Register of Deeds on Monday, did you find the ones you needed?'],
      [160, 'p', 'no they only had deeds not maps'],
      [168, 'l', 'Got it. Then the atlases online are the best bet. Anything else?'],
      [200, 'p', 'no thats all, thanks'],
      [204, 'l', 'Good luck with the farm history. Goodbye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // resourceClauseV1 near miss: the Veterans Service Office had its phone in the provider's message before
    name: 'DD-214 for a burial benefit: the VSO\'s phone in one message, then "Check with the Veterans Service Office…; our veterans guide is at …": referral passes',
    lines: [
      [0, 'p', 'my dad passed and the funeral home says we need his DD214 for the VA burial benefit. where do i get it'],
      [38, 'l', 'Hello, and I\'m so sorry for your loss. This is Angela, reference librarian at Omaha Public Library. Do you know roughly when he served, and which branch?'],
      [95, 'p', 'Army, 1968 to 1971'],
      [104, 'l', 'The National Archives handles requests for that era at archives.gov/veterans/military-service-records, and burial requests are rushed. The Douglas County Veterans Service Office can help you file: they are at 402-444-7150.'],
      [170, 'p', 'ok thank you'],
      [178, 'l', 'Check with the Veterans Service Office whether a copy of his DD-214 is already on file; our veterans guide is at omahalibrary.org/veterans. Is that what you were looking for?'],
      [231, 'p', 'yes, thats everything'],
      [238, 'l', 'Take care of yourself, and thank you for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- completeness: V6's "did you find the one you remember?" -------------------------------------------------------
  {
    // reading: the question is about what the patron did at her aunt's, not about the book given
    name: 'near miss: "When you went through her boxes last weekend, did you find the one you remember?" after the source: completeness fails',
    lines: [
      [0, 'p', 'looking for a 1970s quilting pattern book my aunt had, i went through her boxes last weekend'],
      [26, 'l', 'Hi, I\'m Teresa with the Ask a Librarian service at Sioux City Public Library. Do you remember any pattern names or colors on the cover?'],
      [80, 'p', 'double wedding ring was in it, yellow cover'],
      [91, 'l', 'That might be "Quilts and Coverlets" (1974); WorldCat lists it at worldcat.org and we can borrow it through interlibrary loan. When you went through her boxes last weekend, did you find the one you remember?'],
      [150, 'p', 'no it wasnt there'],
      [158, 'l', 'Ok! Good luck with the quilt.'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // reading: the patron's errand at the branch earlier, not what was given
    name: 'near miss: "Oh, and at the Eastgate branch earlier, did you find the one you were thinking of?": completeness fails',
    lines: [
      [0, 'p', 'i want the newest edition of the Chicago manual, went to eastgate earlier'],
      [15, 'l', 'Hello! Ken here at Bellevue College Library. Print or online?'],
      [40, 'p', 'online if we have it'],
      [52, 'l', 'The 18th edition is online through the library: go to library.bellevuecollege.edu, then Databases A-Z, then "Chicago Manual of Style Online".'],
      [90, 'p', 'ok'],
      [96, 'l', 'Oh, and at the Eastgate branch earlier, did you find the one you were thinking of?'],
      [130, 'p', 'nah they had the 16th'],
      [137, 'l', 'Ha, ok. Bye for now!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // guard for V9's narrowing: a clause about looking at what was given still asks about it
    name: 'keeps catching: "When you opened the scans, did you find the ones you need?": completeness passes',
    lines: [
      [0, 'p', 'looking for the 1911 flood photos from the Gazette'],
      [30, 'l', 'Hi, Jo at Sample County Library. The printed paper or photos alone?'],
      [60, 'p', 'photos'],
      [70, 'l', 'The Gazette photo morgue for 1911 is scanned at samplecountylibrary.org/gazette1911.'],
      [150, 'p', 'ok opened them'],
      [158, 'l', 'When you opened the scans, did you find the ones you need?'],
      [200, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // guard for `hopeReportV9`: the patron's report, then a message that gives a link before the hope: it still asks
    name: 'keeps catching: after "i tried the link", "Here is the direct one: … Hope that helps! Did it?": completeness passes',
    lines: [
      [0, 'p', 'where is the W-4 form'],
      [20, 'l', 'Hello, Jo at Sample County Library. For this year?'],
      [40, 'p', 'yes. i tried the irs link on google but it was broken'],
      [50, 'l', 'Here is the direct one: irs.gov/pub/irs-pdf/fw4.pdf. Hope that helps! Did it?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // guard for `contactElsewhereV9`: the earlier phone is another party's (no shared word): the pharmacist has none
    name: 'keeps catching: the Housing Authority\'s phone earlier, then "talk to your pharmacist or the poison help line at 1-800-…": referral fails',
    lines: [
      [0, 'p', 'need help w rent and also is it safe to take benadryl with my sleep meds'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which city for the rent help?'],
      [50, 'p', 'Sample City'],
      [60, 'l', 'For rent, the Housing Authority runs the emergency fund: 555-201-3300, or samplehousing.org/rent.'],
      [100, 'p', 'ok and the benadryl?'],
      [110, 'l', 'MedlinePlus has it at medlineplus.gov/druginfo/meds/a682539.html. Please talk to your pharmacist or the poison help line at 1-800-222-1222. Does that help?'],
      [150, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- completeness: V6's "the property card is helpful for now?" ----------------------------------------------------
  {
    // V6's own reading, other words: a non-native provider asks about the map just given (still caught)
    name: 'keeps catching: "The sanborn map is helpful for now?" after the link: completeness passes',
    lines: [
      [0, 'p', 'Hi, want to know what my building on Rua street looked like in 1920s'],
      [33, 'l', 'Good afternoon, this is Ji-woo, librarian at Fall River Public Library. Which number on the street, please?'],
      [75, 'p', '112'],
      [86, 'l', 'The 1922 Sanborn fire insurance map shows it, sheet 31, at loc.gov/resource/g3764fm.g039581922. The sanborn map is helpful for now?'],
      [140, 'p', 'yes wow'],
      [150, 'l', 'Thank you for the question!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- namedResource: V6's "which / what databases" -------------------------------------------------------------------
  {
    // reading: "what databases" in a question before any source asks about the need; the source comes after
    name: 'keeps catching: "What databases has your professor pointed you to?" clarifies, then PsycINFO with the steps: source passes',
    lines: [
      [0, 'p', 'need peer reviewed articles on screen time and sleep in teens'],
      [22, 'l', 'Hi! Maria at UNLV Libraries here. What databases has your professor pointed you to, if any?'],
      [70, 'p', 'none she just said peer reviewed'],
      [78, 'l', 'Try APA PsycInfo: from library.unlv.edu go to Databases, then P, then PsycInfo, and tick "Peer Reviewed". Does that help?'],
      [140, 'p', 'yes!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: "I'm not sure which databases your employer's library has" and "their intranet" name no resource
    name: 'near miss: "I\'m not sure which databases your employer\'s library has … their intranet" names none: source fails',
    lines: [
      [0, 'p', 'does my hospital library have UpToDate, I work at St Luke\'s'],
      [35, 'l', 'Hi, I\'m Beth, a librarian at Boise Public Library. Are you asking about access from home?'],
      [70, 'p', 'yes from home'],
      [79, 'l', 'I\'m not sure which databases your employer\'s library has, sorry, they usually list them on their intranet.'],
      [120, 'p', 'ok'],
      [125, 'l', 'Take care!'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- farewell: V6's "Nice chatting with you!" -----------------------------------------------------------------------
  {
    name: 'keeps catching: "fun chatting with u!" as the last message: courteous passes',
    lines: [
      [0, 'p', 'do u have the new dog man book'],
      [20, 'l', 'Hi! It\'s Jo at Sample County Library. Do you want the book or the ebook?'],
      [45, 'p', 'book'],
      [55, 'l', '"Dog Man: Big Jim Believes" is in the catalog at samplecountylibrary.org/catalog, 3 copies in. Did that help?'],
      [80, 'p', 'ya thx thats all'],
      [86, 'l', 'fun chatting with u!'],
    ],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  // ---- hopeAskedV6 ---------------------------------------------------------------------------------------------------
  {
    name: 'keeps catching: "Hope this helps! Did it?" after the tax form link: completeness passes',
    lines: [
      [0, 'p', 'where do i get the 1040-SR form'],
      [18, 'l', 'Hello, Jo here at Sample County Library. Do you want to print it or pick one up?'],
      [40, 'p', 'print'],
      [52, 'l', 'It\'s at irs.gov/pub/irs-pdf/f1040s.pdf. Hope this helps! Did it?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Hope it helped. Did it?" asks about the patron's pain pill, not about what the provider gave
    name: 'near miss: "Oh no, hope it helped. Did it?" after the patron\'s headache pill: completeness fails',
    lines: [
      [0, 'p', 'what time does the downtown branch close tonight'],
      [29, 'l', 'Hi, Lena from Spokane Public Library here. Downtown, the Central library on Main?'],
      [64, 'p', 'yes'],
      [72, 'l', 'Central closes at 8 tonight; hours for every branch are at spokanelibrary.org/hours.'],
      [110, 'p', 'thanks. sorry if im slow, i took an advil for this headache a bit ago'],
      [117, 'l', 'Oh no, hope it helped. Did it?'],
      [150, 'p', 'a little lol'],
      [156, 'l', 'Feel better! Bye.'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  // ---- completeness: V3's year before "work / help for now" and "did you find the ones you need?" --------------------
  {
    name: 'keeps catching: "Does the 1940 sheet help for now?" after the census link: completeness passes',
    lines: [
      [0, 'p', 'trying to find my grandma in the 1940 census, she lived in Duluth'],
      [40, 'l', 'Hello! I\'m Arne, librarian with Duluth Public Library. Do you know her street or her parents\' names?'],
      [92, 'p', 'parents were Olaf and Ingrid Berg, E 4th St'],
      [101, 'l', 'Found them: the 1940 census sheet, ED 69-37, is at 1940census.archives.gov, with Olaf, Ingrid and a daughter Marit, 6. Does the 1940 sheet help for now?'],
      [160, 'p', 'thats her!!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: the week in April is a booking still to be made (an offer), not information given
    name: 'near miss: "The reading room is booked through March. Does the April 2026 week work for now?" about a booking: completeness fails',
    lines: [
      [0, 'p', 'i want to come look at the Hollis family papers in person'],
      [25, 'l', 'Hi, this is Grace at the Portsmouth Athenaeum\'s ask service. Which week were you hoping for?'],
      [70, 'p', 'sometime in march'],
      [79, 'l', 'The finding aid for the Hollis papers is at portsmouthathenaeum.org/findingaids. The reading room is booked through March. Does the April 2026 week work for now?'],
      [130, 'p', 'sure'],
      [138, 'l', 'Great, see you then, bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'keeps catching: "Did you find the ones you need?" after the yearbook links: completeness passes',
    lines: [
      [0, 'p', 'need the 1962 and 1963 Central High yearbooks'],
      [30, 'l', 'Hi, Jo here at Sample County Library. Central High here in Sample City?'],
      [60, 'p', 'yes'],
      [70, 'l', 'Both are scanned in our digital archive at samplecountylibrary.org/yearbooks under "Central". Did you find the ones you need?'],
      [120, 'p', 'yes both there'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- purposeLeadInV3 ------------------------------------------------------------------------------------------------
  {
    // V3's own reading, other words, in five words (the six-word case is in LEFT)
    name: 'keeps catching: "To order a death certificate call Mississippi Vital Records at 601-…" refers with a contact: referral passes',
    lines: [
      [0, 'p', 'how do i get my moms death certificate, she died in jackson ms'],
      [30, 'l', 'I\'m sorry. Jo here, librarian at Jackson-Hinds Library. Are you her next of kin?'],
      [70, 'p', 'yes'],
      [80, 'l', 'To order a death certificate call Mississippi Vital Records at 601-206-8200; their page is msdh.ms.gov/vitalrecords. Does that help?'],
      [130, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'keeps catching: "to schedule a visit call the Heritage Room" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'can i see the civil war letters at the heritage room'],
      [30, 'l', 'Hi, Jo here at Sample County Library. Which family\'s letters?'],
      [70, 'p', 'the Whitcomb ones'],
      [80, 'l', 'They are described in our catalog, search "Whitcomb family letters".'],
      [100, 'p', 'can i see them in person'],
      [110, 'l', 'Those are fragile, so to schedule a visit call the Heritage Room and they will pull them for you.'],
      [150, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "most researchers visit the archives" describes others; the patron is told there is no need
    name: 'near miss: "To see the originals most researchers visit the archives in person, but you don\'t need to" describes others: referral na',
    lines: [
      [0, 'p', 'where can i see the 1850 mortality schedules for Ohio'],
      [30, 'l', 'Hello, I\'m Nadia at the State Library of Ohio\'s chat. Which county are you after?'],
      [70, 'p', 'Ross county'],
      [79, 'l', 'They are scanned on FamilySearch at familysearch.org, collection "United States Census (Mortality Schedule), 1850-1880".'],
      [120, 'p', 'oh but i wanted the originals'],
      [128, 'l', 'To see the originals most researchers visit the archives in person, but you don\'t need to: every page is scanned in full color.'],
      [170, 'p', 'ok fair'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // reading: what most people do, with the patron told to renew by mail instead: no referral
    name: 'near miss: "To get a passport most people visit the post office, but you can renew by mail with the DS-82 at travel.state.gov": referral na',
    lines: [
      [0, 'p', 'my passport expires in june, how do i renew'],
      [30, 'l', 'Hi, Jo here at Sample County Library. Is your current one undamaged and issued when you were 16 or older?'],
      [70, 'p', 'yes'],
      [80, 'l', 'To get a passport most people visit the post office, but you can renew by mail with Form DS-82 at travel.state.gov/renew. Does that help?'],
      [130, 'p', 'yes thx'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  // ---- anythingElse / patronDone: V5 ----------------------------------------------------------------------------------
  {
    name: 'keeps catching: "any other q\'s?" from the provider: anything_else passes',
    lines: [
      [0, 'p', 'is the library open on mlk day'],
      [25, 'l', 'Hi! Jo at Sample County Library. Which branch?'],
      [40, 'p', 'main'],
      [50, 'l', 'All branches are closed Monday Jan 19 for MLK Day; the holiday list is at samplecountylibrary.org/hours. Did that help?'],
      [70, 'p', 'yep'],
      [76, 'l', 'any other q\'s?'],
      [90, 'p', 'nope'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a question about the homework's other questions, asked before the source, clarifies; it does not ask
    // whether the patron needs anything else
    name: 'near miss: "Does the worksheet have any other q\'s like that one?" asks about the homework: anything_else fails, clarify passes',
    lines: [
      [0, 'p', 'homework q: what year did the erie canal open'],
      [34, 'l', 'Hey, Jo here from Sample County Library\'s homework help. Does the worksheet have any other q\'s like that one?'],
      [70, 'p', 'no just that one'],
      [80, 'l', 'It opened in 1825. The NY State Museum page on it is at nysm.nysed.gov/erie-canal. Did that help?'],
      [110, 'p', 'ya'],
      [116, 'l', 'Good luck with the worksheet!'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'keeps catching: the patron\'s "no more q\'s, ty!!": anything_else passes',
    lines: [
      [0, 'p', 'can i return books to a different branch'],
      [20, 'l', 'Hi, Jo at Sample County Library. Library books from us, or from another system?'],
      [40, 'p', 'yours'],
      [50, 'l', 'Yes, any branch or book drop takes them; the list is at samplecountylibrary.org/locations. Does that answer it?'],
      [80, 'p', 'no more q\'s, ty!!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "this is my last question, thanks…: …?" introduces a question; the patron is not done
    name: 'near miss: "this is my last question, thanks for your patience: is there a fee for ILL?": anything_else fails',
    lines: [
      [0, 'p', 'how do i request a book we dont own'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a book or an article?'],
      [40, 'p', 'book'],
      [50, 'l', 'Use the interlibrary loan form at samplecountylibrary.org/ill, signed in with your card. Does that help?'],
      [90, 'p', 'yes. this is my last question, thanks for your patience: is there a fee for ILL?'],
      [98, 'l', 'No fee for books, only if you lose it. Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'keeps catching: the patron\'s "that was my last question, thx so much": anything_else passes',
    lines: [
      [0, 'p', 'do you have notary service'],
      [20, 'l', 'Hi, Jo at Sample County Library. At which branch?'],
      [40, 'p', 'main'],
      [50, 'l', 'Main has a notary Tue and Thu 1-4, by appointment at samplecountylibrary.org/notary. Does that help?'],
      [90, 'p', 'that was my last question, thx so much'],
      [96, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- otherPartyOrV1 -------------------------------------------------------------------------------------------------
  {
    // reading: the clinic's own number in brackets in the same sentence: both parties can be reached
    name: 'near miss: "call the clinic or the nurse line at 1-800-… (the clinic itself is 503-…)": referral passes',
    lines: [
      [0, 'p', 'my toddler swallowed a tiny bit of hand sanitizer, is that dangerous'],
      [12, 'l', 'Hi, Jo at Sample County Library. Is he acting normally right now?'],
      [30, 'p', 'yes totally fine'],
      [38, 'l', 'Poison Control says small licks are usually minor: poison.org has a page on hand sanitizer. If he gets sleepy or vomits, call the clinic or the nurse line at 1-800-555-0199 (the clinic itself is 503-555-0100). Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the county's main switchboard reaches the Register of Deeds, a county office: its contact
    name: 'near miss: "call the Register of Deeds or the county\'s main switchboard at 402-…": referral passes',
    lines: [
      [0, 'p', 'how do i get a copy of my house deed'],
      [30, 'l', 'Hi, this is Jo at Sample County Library. Which county is the house in?'],
      [60, 'p', 'Douglas'],
      [70, 'l', 'Deeds since 1990 are searchable at douglascountyne.gov/register-of-deeds. For older ones, call the Register of Deeds or the county\'s main switchboard at 402-444-7000. Does that help?'],
      [110, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // V1's own reading, other words: two parties, one contact
    name: 'keeps catching: "talk to your pharmacist or the poison help line at 1-800-222-1222": referral fails',
    lines: [
      [0, 'p', 'can i take ibuprofen with my blood pressure pills'],
      [20, 'l', 'Hi, Jo at Sample County Library. I can\'t give medical advice, but I can find information. Which pill is it?'],
      [50, 'p', 'lisinopril'],
      [60, 'l', 'MedlinePlus covers it at medlineplus.gov/druginfo/meds/a692051.html. Please talk to your pharmacist or the poison help line at 1-800-222-1222. Does that help?'],
      [100, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- resourceClauseV1 -----------------------------------------------------------------------------------------------
  {
    // reading: "our county's recording guide" is the Recorder's own web page: the party's URL
    name: 'near miss: "Visit the Recorder\'s office in the courthouse; our county\'s recording guide is at douglascounty-ne.gov/recorder": referral passes',
    lines: [
      [0, 'p', 'how do i record a quitclaim deed'],
      [30, 'l', 'Hi, Jo at Sample County Library. Is the property in Douglas County?'],
      [60, 'p', 'yes'],
      [70, 'l', 'Visit the Recorder\'s office in the courthouse; our county\'s recording guide is at douglascounty-ne.gov/recorder. Does that help?'],
      [110, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // V1's own reading, other words: the library's guide is no way to reach the Housing Authority
    name: 'keeps catching: "Ask the Housing Authority about the waitlist; our housing guide is at …": referral fails',
    lines: [
      [0, 'p', 'how long is the section 8 waitlist'],
      [30, 'l', 'Hi, Jo at Sample County Library. Which city?'],
      [60, 'p', 'Sample City'],
      [70, 'l', 'Ask the Housing Authority about the waitlist; our housing guide is at samplecountylibrary.org/housing. Does that help?'],
      [110, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- offerCommaDoesV1 -----------------------------------------------------------------------------------------------
  {
    // reading: "As far as I can tell" reports; the question asks about the edition just named
    name: 'near miss: "As far as I can tell the 2019 edition is the newest we own, is that what you needed?": completeness passes',
    lines: [
      [0, 'p', 'do u have the newest DSM'],
      [22, 'l', 'Hi, Jo at Sample County Library. To borrow, or to use in the library?'],
      [50, 'p', 'borrow'],
      [60, 'l', 'The catalog at samplecountylibrary.org/catalog lists DSM-5-TR. As far as I can tell the 2022 text revision is the newest we own, is that what you needed?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // V1's own reading, other words: the offer and its question, nothing else asked
    name: 'keeps catching: "I can ask Eastgate to pull it for you, does that work?" is an offer: completeness fails',
    lines: [
      [0, 'p', 'is the cookbook "Salt Fat Acid Heat" in'],
      [22, 'l', 'Hi, Jo at Sample County Library. Which branch is closest to you?'],
      [50, 'p', 'eastgate'],
      [60, 'l', 'It\'s in the catalog at samplecountylibrary.org/catalog, on the shelf at Eastgate. I can ask Eastgate to pull it for you, does that work?'],
      [100, 'p', 'sure'],
      [106, 'l', 'Done! Bye.'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- questionOpening: V7 --------------------------------------------------------------------------------------------
  {
    // reading: a question about where the patron looked, before the source, shapes the answer: it clarifies
    name: 'near miss: "were the library and the bookstore both out of it when u looked" (no "?") clarifies before the source: clarify passes',
    lines: [
      [0, 'p', 'cant find a copy of the summer reading book anywhere'],
      [25, 'l', 'hi! Jo here at Sample County Library. were the library and the bookstore both out of it when u looked'],
      [60, 'p', 'yes both'],
      [70, 'l', 'The ebook has no wait on Libby: samplecountylibrary.org/libby. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // V7's own reading, other words: a statement about who the provider is asks nothing
    name: 'keeps catching: "We\'re the public library, and your school library runs its own system." asks nothing: clarify fails',
    lines: [
      [0, 'p', 'why cant i see my school library account here'],
      [25, 'l', 'Hi, Jo at Sample County Library. We\'re the public library, and your school library runs its own system.'],
      [60, 'p', 'oh'],
      [70, 'l', 'Your school\'s catalog is at sampleschools.org/library. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // (left in v22, fixed in v23 by the setting `purposeLongX3`: V3's purpose clause takes up to eight words)
    name: 'keeps catching: "To order a copy of the death certificate call Vital Records at 601-…" refers with a contact: referral passes',
    lines: [
      [0, 'p', 'how do i get my moms death certificate, she died in jackson ms'],
      [30, 'l', 'I\'m sorry. Jo here, librarian at Jackson-Hinds Library. Are you her next of kin?'],
      [70, 'p', 'yes'],
      [80, 'l', 'To order a copy of the death certificate call Mississippi Vital Records at 601-206-8200; their page is msdh.ms.gov/vitalrecords. Does that help?'],
      [130, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
  {
    // reading: the death record is still to be ordered (two weeks): a question about something not yet given
    // LEFT: V6's "The property card is helpful for now?" alternative reads "The death record is useful for you?" as asking
    // about what was given; only the sentence before it ("I can order the death record …") says the record is not yet
    // given. Telling them apart needs the offer in the sentence before, linked by its noun: a new logic path for one
    // non-native wording, judged too broad for this wave.
    // v23 (X3): still left: the same reason (the offer is in the sentence before; a new logic path for one wording)
    name: 'LEFT (completeness: a record still to be ordered) near miss: "I can order the death record from the county, it takes two weeks. The death record is useful for you?": completeness fails',
    lines: [
      [0, 'p', 'need proof my great grandfather died in Bristol county around 1931'],
      [40, 'l', 'Hello, this is Ji-woo, librarian at Fall River Public Library. Do you have his full name?'],
      [81, 'p', 'Manuel Sousa Pacheco'],
      [90, 'l', 'The index shows him at familysearch.org, Massachusetts Deaths 1931, volume 41. I can order the death record from the county, it takes two weeks. The death record is useful for you?'],
      [160, 'p', 'sure'],
      [166, 'l', 'Ok, thank you, bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
];

describe('twenty-first round (V9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V9): the first wave\'s questions, sources and settings, every check', whole);
describeSessions('twenty-first round (V9): the first wave\'s questions, sources and settings, short cases', short);

describeLeft('twenty-first-round-questions-checked', LEFT);
