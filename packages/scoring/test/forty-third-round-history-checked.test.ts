/**
 * Forty-third round, helper "history", checked: GENEALOGY, LOCAL HISTORY AND ARCHIVES. Whole sessions (4-16 messages, up to
 * ten minutes) of providers searching many sources: obituaries in digitised papers and NewsBank, the 1880 / 1910 / 1950
 * censuses, naturalisation indexes and petitions, wills and estate files, deeds in MDLandRec, city directories, Find a Grave
 * and cemetery card indexes, WWI / WWII / Korea / Civil War service and pension files, passenger lists, Sanborn and 1858
 * landowner maps, historic photographs, a manuscript diary, parish registers, the GRO and The National Archives (British),
 * the Slave Statistics and Freedmen's Bureau records. Referrals to a Register of Wills, the State Archives, NPRC, NARA
 * Philadelphia and Washington, a state archives in Pennsylvania, a county historical society, a Welsh archives service and
 * the library's own Maryland Room, with and without phones, e-mails, postal addresses and URLs; scans promised with and
 * without a date; patrons who write long first messages, go quiet while reading, come back, or leave. All 17 checks were
 * labelled in every session before the first run (the labels as first written are kept in
 * /tmp/h-history/labels-before-run.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-52 s; 70 s and 95 s ("Sorry for the wait"); `pickedUpAt` at 45 s with the first words at 220 s; a welcome at
 *   75 s in a Lost Call; no provider ever joining;
 *  greeting: name + library in one message, name in the provider text while the screen name is a handle ("ross_fcpl",
 *   "tess.p"), "Hi there!" then the answer (fail), British "you're through to Fiona at Hampshire Libraries' Ask a Librarian";
 *  keep_informed: holds 100-115 s apart, a partial result that says the search goes on ("nothing yet ... trying variant
 *   spellings now"); 155 s after the patron's address with no hold (fail); 160 s after a hold with an internal note to a
 *   colleague inside it (fail); 172 s from a transfer notice to the receiving specialist's first words (fail); 175 s from a
 *   recorded pickup to the first message (fail); a mid-session check-in 150 s into the patron's reading (a wait on the
 *   patron), the patron coming back;
 *  clarify: questions on dates, courts, next of kin, surname, rating or officer; restatements "So you want ... - is that
 *   right?", "did I get that right?"; none at all before the answer (fail);
 *  source: URLs with click paths, named databases and collections, a named book set, an 1858 map named before its URL; a
 *   named city directory on paper (LEFT); "some registers survive, but they're not online" (no source: fail);
 *  completeness: "Is that the obituary you were hoping for?", "Does that match what you know of the family?", "Does that look
 *   like her?", "Is that him?", "Does that narrow it down enough?", an offer ("Would it help if I checked the 1910 census?")
 *   followed by a real question; "Does that look like your Patrick?" and "Did you find him?" (LEFT); never asked (fail);
 *  closings: "thats all, thanks", "no more questions", "this is all I need", "that's everything" (done), "Perfect, thank
 *   you so much" / "cool thx" (not done); "Take care, bye!", "Prego!", "ta-ra!", "np, bye!", "auf Wiedersehen"; "we only do one
 *   lookup per chat, and you've reached your limit" (fail); "several other patrons waiting ... chat back in later" (pass);
 *   "my shift is ending ... if you chat in again, the next librarian can pick up" (a way back: pass);
 *  final idle: 285 s ended by a goodbye that is also the notice (check-in + notice pass); 119 s from the answer to a goodbye
 *   with the session record closed 400 s later (na both); 156 s with a check-in and no goodbye (idle pass, notice na,
 *   courteous fail); 302 s with a check-in and only "I'm going to go ahead and end the chat now" (notice fail, courteous fail);
 *  follow-ups: scan "by Friday" done at 40 h; scans "once I get down" (no when: contact fail, pending); a list "by tomorrow"
 *   coded Answered (code fail, nothing at +4 days: on_time fail); by the patron's library with the e-mail only in
 *   `patron.email` (contact fail, on_time fail at +5 days); a phone read back and "within 3 days", done at 80 h (on_time
 *   fail); an e-mail spelled "whiteford dot gen at gmail dot com", read back, "early next week", done at 60 h; "i'll ask her
 *   tomorrow and get back to you" with no contact anywhere (code fail, contact fail, pending);
 *  codes: a true Lost Call, a Lost Call with two patron messages and nobody joining (fail), Practice;
 *  transfers: notice + note + event (pass, twice), note + event with no word to the patron (fail);
 *  concurrency: four at once (fail); three at most with neighbours ending at the start and starting at the end; a transfer
 *   where each provider is busy only in the part they did not handle (pass); the receiving provider in four chats after
 *   the transfer (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Does that match what you know of the family?", "Does that look like her / your Patrick?", "Is that him?" and "Did you find
 *   him?" (after the source) ask whether what was given meets the need, as "Is that what you were looking for?" does.
 * - "Take care, bye!", "ta-ra!" (British), "auf Wiedersehen", "Prego! Thanks for chatting" say goodbye or thank.
 * - "order it from the General Register Office at gro.gov.uk", "request his file from the National Personnel Records Center"
 *   and "order the full file from the National Archives (URL, or write to NARA, <address>)" refer the patron to the agency
 *   (request a record from them), each with a way to reach it; a database page of an agency to search (Discovery, the 1950
 *   census site, Legacy of Slavery) is a source.
 * - "you could also write to their reference staff" at "the Maryland State Archives in Annapolis" refers the patron with no
 *   way to reach the Archives (a city is no postal address); "stop in and ask them" (the historical society) is a referral.
 * - "X's genealogy librarian knows these records, so I'll forward your question to her and someone from your library will
 *   contact you" tells the patron to contact no one: a follow-up by the patron's library, no referral.
 * - Books "in the Local History Room" / "on our Maryland Room shelves" / "at our downtown library", said as where the item
 *   is, do not tell the patron to visit: no referral.
 * - A shift ending that sends the patron back with a way to return ("If you chat in again, the next librarian can pick up
 *   from here") is not a dismissal.
 * - A welcome with "Let me check the catalog" and a goodbye that invites the patron back ("If you still need the atlas,
 *   please come back anytime!") are no substantive exchange: information checks na.
 * - The final idle ends at the goodbye when the provider's last visible message is one (Terms), whatever `endedAt` says.
 * - `ctx.now` is +5 days where a follow-up is recorded, so no recorded follow-up lies in the scorer's future.
 *
 * COUNTS. Written: 34 whole sessions, all 17 checks labelled in each before the first run. First run as labelled /
 * disagreeing: 29 / 5. Label corrections: 0 (each disagreement reread against RUBRIC.md; none of my labels was wrong by its
 * text). Final: 29 running, 5 LEFT (LEFT_WHY below):
 *  - followup.completeness (2): "Does that look like your Patrick?" (a possessive and the ancestor's first name; "Does that
 *    look like him?" passes) and "Did you find him?" ("Did you find it?" passes);
 *  - info.source (1): "R.L. Polk's Cumberland City Directory for 1904, ..." (a named city directory is no named resource
 *    for the scorer; "the book History of Allegany County" and "Sanborn Fire Insurance Maps" pass);
 *  - referral.contact (1): the NPRC named in one sentence and reached in the next ones by its acronym ("mail the SF-180 form
 *    to NPRC, 1 Archives Drive, ...") and by its online service ("order online through eVetRecs at archives.gov/...");
 *    "Write to them at <address>" or the full name repeated passes;
 *  - interest.keep_informed / inquiry.clarify / info.source / followup.completeness / closing.anything_else (1 case): a Lost
 *    Call whose goodbye names the patron's item ("If you still need the atlas, please come back anytime!") is read as giving
 *    a source, so the information checks apply ("If you still need help, ..." scores na as labelled).
 * The redaction equality of describeSessions holds for every running case (patron e-mails in the chat, spelled out, in
 * `patron.email`; a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 34 tests passed (5 through describeLeft).
 *
 * V44 (rubric v44's block J): 3 of the 5 LEFT cases read as labelled now and run with the others: 14 ("Does that look like
 * your Patrick?", J1), 32 ("Did you find him?", J2), 15 ("If you still need the atlas, please come back anytime!" names the
 * need, no source, J16). 06 ("R.L. Polk's Cumberland City Directory for 1904") was read by J14's first cut, withdrawn after
 * its check. Final under v44: 32 running, 2 LEFT (04, 06).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { as, P, xfer, session } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The system line of a patron who closed the chat window. */
const gone = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];
/** The queue system line the patron sees while waiting. */
const inLine = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please stay on this page; a librarian will join you soon.`];

const HAZEL = P('hazel', 'Hazel W.', 'WCFL');
const TERRENCE = P('terrence', 'Terrence', 'EPFL');
const DANA = P('dana', 'Dana', 'CCPL');
const GLEN = P('glen', 'Glen P', 'MSLRC');
const INES = P('ines', 'Ines R.', 'MCPL');
const OTIS = P('otis', 'Otis', 'ACLS');
const ROSS = P('ross', 'ross_fcpl', 'FCPL');
const MAE = P('mae', 'Mae', 'KENT');
const BETTINA = P('bettina', 'Bettina', 'BCPL');
const KELLY = P('kelly', 'Kelly S', 'HCPL');
const WALT = P('walt', 'Walt Green', 'EPFL');
const SAMI = P('sami', 'Sami', 'HCLS');
const NOOR = P('noor', 'Noor A.', 'HCLS');
const ARLO = P('arlo', 'Arlo', 'QACL');
const CORA = P('cora', 'Cora', 'EPFL');
const HAL = P('hal', 'Hal', 'KENT');
const LUZ = P('luz', 'Luz', 'CALV');
const NOBODY = P('queue-md', 'AskUsNow queue', 'MSLRC');
const TRAIN = P('trainee7', 'Trainee 7', 'MSLRC');
const VERA = P('vera', 'Vera K', 'CLP');
const PEG = P('peg', 'Peg', 'WIC');
const FIONA = P('fiona', 'Fiona', 'HANTS');
const JUDE = P('jude', 'Jude', 'MSLRC');
const NELL = P('nell', 'Nell', 'TCFL');
const IDA = P('ida', 'Ida', 'AACPL');
const QUINN = P('quinn', 'Quinn', 'EPFL');
const RHEA = P('rhea', 'Rhea', 'CCPL');
const SETH = P('seth', 'Seth', 'SMCL');
const TESS = P('tess', 'tess.p', 'EPFL');
const UNA = P('una', 'Una M', 'LCLS');
const WYN = P('wyn', 'Wyn', 'SWAN');
const XAN = P('xan', 'Xan', 'HCPL');
const YARA = P('yara', 'Yara', 'FCPL');
const ZEKE = P('zeke', 'Zeke', 'WIC');
const ABE = P('abe', 'Abe', 'SCL');
const DOT = P('dot', 'Dot', 'MSLRC');
const BO = P('bo', 'Bo', 'WCFL');

export const history: SessionCase[] = [
  // 1 obituary in digitised local papers; holds about every 110 s; variant spellings
  s(HAZEL, '01 obituary 1949 (Hagerstown papers): holds at 131 and 240 (partial result, search goes on), all by the book', [
    [0, 'p', "Hello, I'm trying to find an obituary for my great-uncle, Lloyd Tressler. He died in Hagerstown sometime in 1948 or 49. Family always said he was a railroad man."],
    inLine(3),
    [38, 'l', 'Good afternoon! This is Hazel, reference librarian at Washington County Free Library. Glad to help you look for Lloyd.'],
    [44, 'l', 'Do you know which month, or whether he was buried in Hagerstown? That narrows which papers I check.'],
    [120, 'p', 'Not the month. I think Rose Hill cemetery. he worked for the Western Maryland Railway'],
    [131, 'l', 'Thanks - let me search our digitized Hagerstown papers, this can take a few minutes.'],
    [240, 'l', "Still going through 1948, nothing yet under Tressler. I'm trying variant spellings (Trestler, Tresler) now."],
    [352, 'l', 'Found him! The Daily Mail (Hagerstown), Nov. 3, 1949, p. 14: "Lloyd E. Tressler, 61, retired W.M. Railway brakeman..." You can read it free in our Hagerstown newspaper collection: wcfl.org > Research > Hagerstown Newspapers, then search Tressler with the year 1949.'],
    [358, 'l', 'Is that the obituary you were hoping for?'],
    [420, 'p', "oh my goodness yes that's him. Brakeman! thank you"],
    [426, 'l', 'Wonderful. Anything else I can look up for you today?'],
    [470, 'p', "no that's all for now"],
    [476, 'l', 'Thanks for chatting with Ask Us Now - happy researching!'],
  ], usual()),

  // 2 1950 census; a long first message; the patron goes quiet while reading; check-in, then notice + goodbye
  s(TERRENCE, '02 1950 census (long message): quiet after the answer at 275; check-in 420; "may have been disconnected ... closing" + thanks at 560', [
    [0, 'p', "Hi there. My mother was born in 1949 in Baltimore and I'm trying to find her family in the 1950 census that came out a couple years ago. Her parents were Joseph and Helen Wisniewski and they lived somewhere around Fells Point or Canton, I'm not sure which, maybe on Fleet Street? I tried the government website but the search just gives me hundreds of results and I don't know how to narrow it down. Any help would be appreciated, I've been at this all weekend."],
    [52, 'l', "Hi, welcome to AskUsNow! I'm Terrence, a librarian with Enoch Pratt Free Library. That's a great project."],
    [60, 'l', "To narrow it: do you know a house number on Fleet St, and was your mom already born by April 1950, when the count was taken?"],
    [150, 'p', 'no house number. she was born in October 49 so she should be on there as a baby. name Dorothy'],
    [160, 'l', 'OK, give me a couple of minutes in the 1950 census site.'],
    [275, 'l', 'Good news. On 1950census.archives.gov I searched Wisniewski with Maryland, Baltimore City, and filtered by first name Joseph: the household is in Enumeration District 4-1234, sheet 7, at 2214 Fleet St - Joseph (31), Helen (27), and Dorothy (under 1, listed as 6/12). You can open it by searching the same way and clicking the name to see the page image.'],
    [283, 'l', 'Does that match what you know of the family?'],
    [420, 'l', 'Hi, just checking - are you still there?'],
    [560, 'l', "I haven't heard from you in a while, so you may have been disconnected. I'll be closing this session shortly - please chat with us again any time. Thanks for using AskUsNow!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 3 probate: Register of Wills with a phone, the State Archives with none
  s(DANA, '03 will 1871 (probate): Register of Wills with phone, "write to their reference staff" at the State Archives with no contact', [
    [0, 'p', 'looking for my 3x great grandfathers will, he died 1871 in Carroll County MD. name Jacob Shriver'],
    [22, 'l', 'Hello! Dana here, librarian at Carroll County Public Library. Happy to dig into that.'],
    [27, 'l', 'Are you after the will itself, or the whole estate file (inventory, accounts, distribution)?'],
    [75, 'p', 'the whole thing if possible'],
    [82, 'l', "Let me see what's indexed online."],
    [190, 'l', 'Carroll County wills from 1837 on were microfilmed, and FamilySearch has the film images free: familysearch.org > Search > Catalog, place "Maryland, Carroll", then Probate records. You need a free account to view them.'],
    [196, 'l', 'For a certified copy of the will, contact the Carroll County Register of Wills at 410-848-2586. The original estate papers for 1871 are at the Maryland State Archives in Annapolis, so you could also write to their reference staff.'],
    [260, 'p', 'ok great'],
    [268, 'l', 'Did that get you what you needed?'],
    [300, 'p', 'yes. thats all, thanks'],
    [305, 'l', "You're welcome! Take care."],
  ], usual({ referral: 'fail' })),

  // 4 military: NPRC with URL and postal address
  s(GLEN, '04 Korea-era Army file: NPRC via archives.gov and a postal address for the SF-180; "no more questions"', [
    [0, 'p', 'My dad served in the Army in Korea and I want his service records. He passed in 2010. Where do I even start'],
    [45, 'l', "Hi, I'm Glen, a reference librarian with AskUsNow!. Sorry about your dad - we can figure this out."],
    [52, 'l', 'Are you his next of kin (a child counts), and do you have his discharge paper, the DD-214?'],
    [140, 'p', "yes I'm his daughter. no DD214, we cant find it anywhere"],
    [210, 'l', "Then you can request his file from the National Personnel Records Center in St. Louis. As next of kin you can order online through eVetRecs at archives.gov/veterans/military-service-records, or mail the SF-180 form to NPRC, 1 Archives Drive, St. Louis, MO 63138. Include a copy of his death certificate."],
    [216, 'l', 'One heads-up: a 1973 fire destroyed many Army records from 1912-1960, so some Korea-era files are partly reconstructed from other records.'],
    [222, 'l', 'Does that give you a path forward?'],
    [300, 'p', "yes, that's really helpful. no more questions, thank you!"],
    [306, 'l', "You're very welcome. Goodbye and good luck!"],
  ], usual({ referral: 'pass' })),

  // 5 naturalisation: scan promised, e-mail given and read back, "by Friday", done in 40 h
  s(INES, '05 naturalization 1936: petition found, scan promised, e-mail read back, "by Friday", done at 40 h', [
    [0, 'p', 'hi, my grandmother came from Italy 1921 and naturalized in Baltimore, 1930s maybe. Is there a way to get her naturalization papers? Her name was Concetta Amato'],
    inLine(4),
    [30, 'l', "Hello and welcome! My name is Ines and I'm a librarian at Montgomery County Public Libraries."],
    [36, 'l', "Do you know whether she naturalized in a federal court or in the city court? If not, no worries."],
    [95, 'p', 'no idea sorry'],
    [100, 'l', 'No problem. One moment while I check the indexes.'],
    [205, 'l', 'I found a Concetta Amato in the Maryland naturalization index on Ancestry Library Edition: Petition No. 28714, U.S. District Court, Baltimore, 1936. The petition itself is on a microfilm our genealogy room has, but not online.'],
    [211, 'l', 'I can have it scanned and send you a PDF. What e-mail address should I use?'],
    [260, 'p', 'that would be amazing!! its carla.amato.fam@gmail.com'],
    [268, 'l', "Got it: carla.amato.fam@gmail.com. You'll have the scan from me by Friday."],
    [275, 'l', 'Anything else I can help with in the meantime?'],
    [310, 'p', "nope that's everything, grazie!"],
    [316, 'l', 'Prego! Thanks for chatting with us.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 6 city directories on paper: scans promised with no date; pickup 70 s
  s(OTIS, '06 house on Greene St (city directories): picked up at 70 s, scans promised "once I get down" (no when), pending', [
    [0, 'p', "Good morning. I am researching the house at 14 Greene St in Cumberland. I'd like to know who lived there before 1920. Does the library have old city directories?"],
    [70, 'l', "Good morning! I'm Otis, one of the librarians at Allegany County Library System."],
    [76, 'l', 'Which years matter most to you - the 1900s-1910s, or earlier?'],
    [130, 'p', '1905 to 1920 if possible'],
    [140, 'l', "We have R.L. Polk's Cumberland City Directory for 1904, 1909, 1913 and 1918 in the Local History Room, on paper only. I'll need to go downstairs to look at them."],
    [146, 'l', "I'll scan the Greene Street pages and email them to you. What's your email?"],
    [200, 'p', 'rbaxter1950@verizon.net'],
    [210, 'l', "Thank you, I have rbaxter1950@verizon.net. I'll send the scans once I get down to the Local History Room."],
    [230, 'p', 'Wonderful, thanks so much'],
    [236, 'l', 'My pleasure. Goodbye!'],
  ], usual({ pickup: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 7 cemetery list promised "by tomorrow" but coded Answered; nothing recorded by day 4
  s(ROSS, '07 Mount Olivet burials: list promised "by tomorrow" to an e-mail read back, coded Answered, nothing recorded at +4 days', [
    [0, 'p', 'Do you have burial records for Mount Olivet cemetery in Frederick? Looking for anyone named Ramsburg buried 1880-1900'],
    [15, 'l', 'hi there, Ross @ Frederick County Public Libraries / Ask Us Now.'],
    [20, 'l', 'Just Ramsburgs, or spouses with other surnames too?'],
    [55, 'p', 'just Ramsburg is fine'],
    [62, 'l', 'checking our Maryland Room index, hang tight'],
    [170, 'l', 'Our card index lists 23 Ramsburg burials at Mount Olivet for 1880-1900. Too many to type here. Mount Olivet also has its own searchable burial database at mountolivetcemeteryfrederick.com (Genealogy > Burial Search).'],
    [176, 'l', "I'll type up the full list with lot numbers and email it to you by tomorrow. what's the best address?"],
    [240, 'p', 'ramsburg.roots@outlook.com'],
    [246, 'l', 'thx, ramsburg.roots@outlook.com it is'],
    [250, 'l', 'anything else?'],
    [290, 'p', 'nope, thank you!'],
    [294, 'l', 'bye, happy hunting'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 8 Find a Grave and a historical society to visit, with no way to reach it
  s(MAE, '08 burial near Chestertown: Find a Grave URL, "stop in and ask" the Historical Society of Kent County (no contact)', [
    [0, 'p', 'hey. trying to find where my great great grandma is buried. Sarah Jane Wilmer, died about 1902 near Chestertown'],
    [25, 'l', "Hi! I'm Mae, a librarian at Kent County Public Library. Do you know if she was Methodist or Episcopal? A lot of the old Kent County burials are in church yards."],
    [80, 'p', 'methodist i think'],
    [150, 'l', "I searched Find a Grave (findagrave.com) and there's a Sarah J. Wilmer, 1838-1902, in Old Wesley Chapel Cemetery near Chestertown, with a photo of the stone. The Historical Society of Kent County keeps church and cemetery transcriptions too, so stop in and ask them about the Wesley Chapel records."],
    [156, 'l', 'Does that look like her?'],
    [200, 'p', 'YES the dates fit. ty'],
    [206, 'l', 'Great! Anything else?'],
    [240, 'p', 'no'],
    [244, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 9 house history: 155 s of silence after the patron's answer, no hold
  s(BETTINA, '09 1840s farmhouse (house history): 155 s from the patron\'s address to the answer with no hold', [
    [0, 'p', "I just bought a farmhouse in Sparks, MD and the realtor said it's from the 1840s. How can I find out who built it and who lived there?"],
    [30, 'l', "Hello, and thanks for contacting AskUsNow! I'm Bettina, a librarian at Baltimore County Public Library. What a fun project."],
    [38, 'l', 'Do you have the street address and the current tax account number? Those make the deed chain much easier.'],
    [95, 'p', '16 Corbett Rd. I dont have the tax number handy'],
    [250, 'l', "OK. Start with SDAT's Real Property search (sdat.dat.maryland.gov) to get the current deed reference, then trace each earlier deed back on MDLandRec (mdlandrec.net, free account) - every deed cites the one before it. For the 1840s, the 1850 and 1860 censuses and the 1877 county atlas (on our Maryland Room shelves) show who owned the land."],
    [256, 'l', 'Is that enough to get you started?'],
    [320, 'p', 'Yes! Perfect, thank you so much.'],
    [326, 'l', "You're welcome, good luck with the house history! Bye for now."],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 10 city directories: transfer with notice + note; each provider within three chats over the part they handled
  s(KELLY, '10 bakery in 1920s Polk directories: transfer to Walt (notice, note, event); Kelly busy only after, Walt only before', [
    [0, 'p', "Need 1920s Baltimore city directory listings for a bakery on Gay St. owned by my family (Schaefer's). Where can I see these?"],
    [20, 'l', 'Hi! This is Kelly, a librarian with AskUsNow! at Harford County Public Library. Do you know the street number or the exact years?'],
    [70, 'p', 'roughly 1922-1928, number 400-something N Gay'],
    [80, 'l', "Pratt Library's Maryland Department has the full run of Polk's Baltimore directories, so I'm going to transfer you to a librarian there. Please hold one moment."],
    [84, 'i', "Hi Walt - patron needs 1920s Polk Baltimore directory entries for Schaefer's bakery, 400 block N Gay St. Can you take it?"],
    xfer(90, 'Walt Green', 'walt'),
    [135, 'l', "Hello, Walt from the Pratt's Maryland Department here, I've read over what you told Kelly.", as(WALT)],
    [141, 'l', 'Give me a few minutes with the directories.', as(WALT)],
    [250, 'l', "Schaefer's Bakery, 412 N. Gay St., is listed in Polk's Baltimore City Directory in 1923, 1925 and 1927 (proprietor Wm. Schaefer). The 1923 and 1925 volumes are free online at the Internet Archive (archive.org, search \"Baltimore city directory 1923\"); the 1927 volume is only in print.", as(WALT)],
    [258, 'l', 'Is that what you were after?', as(WALT)],
    [320, 'p', "perfect, that's all I needed!"],
    [326, 'l', 'Great - thanks for using AskUsNow!, have a good day.', as(WALT)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('k1', 'kelly', -300, 500), other('k2', 'kelly', -100, 600), other('k3', 'kelly', 95, 900),
      other('w1', 'walt', -500, 60), other('w2', 'walt', -400, 88), other('w3', 'walt', -200, 70), other('w4', 'walt', 120, 1000), other('w5', 'walt', -50, 1000),
    ],
  }),

  // 11 historic photo rights: transferred with a note but no word to the patron
  s(SAMI, '11 1900 station photo (publication): note to Noor, transfer, patron never told; curator e-mail given', [
    [0, 'p', "Hello - I'm looking for a photograph of the old Ellicott City train station from around 1900, for a book I'm writing. Need something I could get permission to publish."],
    [28, 'l', 'Hi, Sami here, librarian at Howard County Library System. Do you need a high-resolution print for publication, or just to see what exists?'],
    [80, 'p', 'publication quality eventually, but seeing options first would be great'],
    [86, 'i', "Noor, local history / photo rights q, HCHS collections - can you take over? I'm off shift in 2 min."],
    xfer(92, 'Noor A.', 'noor'),
    [140, 'l', "Hi, I'm Noor with HCLS Historical Collections.", as(NOOR)],
    [146, 'l', 'The Howard County Historical Society has a set of B&O station photos from the 1890s-1900s; you can browse their online catalog at hchsmd.org/collections. For publication rights, email their curator at info@hchsmd.org with the photo number.', as(NOOR)],
    [152, 'l', 'Did that help?', as(NOOR)],
    [200, 'p', 'yes, thanks so much'],
    [206, 'l', 'Anything else for your book?', as(NOOR)],
    [260, 'p', "not right now, that's it"],
    [266, 'l', 'Good luck with the book, and thanks for chatting!', as(NOOR)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 12 deeds: restatement as the clarification; the patron says she is done; no completeness question
  s(ARLO, '12 farm deeds 1890-1949: restated question, MDLandRec liber/folio, "ok that\'s all I needed", no "did that help"', [
    [0, 'p', 'how do i look up an old deed? my family had a farm near Centreville from about 1890 to 1950, I want to see when they bought and sold it'],
    [18, 'l', "Good evening! Arlo at Queen Anne's County Library here, for AskUsNow!."],
    [24, 'l', 'So you want the purchase deed from around 1890 and the sale deed around 1950, for a farm near Centreville - is that right? Do you know the family surname on the deed?'],
    [70, 'p', 'yes exactly. the name is Dulin'],
    [75, 'l', "one moment, I'll check the land records index"],
    [180, 'l', "In MDLandRec (mdlandrec.net - free, you just register), pick Queen Anne's County and search the grantor/grantee index for Dulin. I see a Dulin to Roe deed from 1949 in liber T.S.P. 22, folio 401; the 1890s indexes are in the older volumes on the same site under \"Index\"."],
    [240, 'p', "found the 1949 one!! ok that's all I needed, thank you"],
    [246, 'l', 'Wonderful, glad it turned up. Take care, bye!'],
  ], usual({ complete: 'fail' })),

  // 13 a lookup limit
  s(CORA, '13 1880 census, three names: "we only do one lookup per chat, and you\'ve reached your limit", then "Bye."', [
    [0, 'p', 'Can you look up three people for me in the 1880 census? Johann Becker, Wilhelmina Becker, and Fritz Hagen, all in Baltimore'],
    [20, 'l', "Hello, I'm Cora, a librarian at Enoch Pratt Free Library. Are they one household, or three separate families?"],
    [60, 'p', 'separate'],
    [66, 'l', 'let me search HeritageQuest for Johann first'],
    [170, 'l', 'Johann Becker, 44, cabinetmaker, Baltimore Ward 8, 1880, is in HeritageQuest Online (free from home with a Pratt card at prattlibrary.org > Research > Databases).'],
    [180, 'p', 'great can you do Wilhelmina and Fritz now?'],
    [200, 'l', "Sorry, we only do one lookup per chat, and you've reached your limit. You can search the other two yourself in HeritageQuest."],
    [240, 'p', 'oh. ok'],
    [246, 'l', 'Bye.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 14 many questions: other patrons waiting, come back later (allowed)
  s(HAL, '14 Irish arrival 1851: passenger list found, then a list of four more questions: "other patrons waiting ... chat back in later"', [
    [0, 'p', "Hi! I have a bunch of questions about my Irish ancestors who came into Baltimore in the 1850s. First: how do I find a passenger list?"],
    [35, 'l', "Hi there, welcome to Ask Us Now! I'm Hal, a librarian at Kent County Public Library. Do you know the ancestor's name and roughly what year they arrived?"],
    [90, 'p', 'Patrick Connolly, 1851 or 1852'],
    [96, 'l', 'One moment, searching.'],
    [200, 'l', 'Baltimore passenger lists are on FamilySearch (familysearch.org, free account): search the collection "Maryland, Baltimore Passenger Lists, 1820-1948" for Patrick Connolly. I see two arrivals in 1851 from Liverpool; the ship Albert Gallatin, July 1851, lists a Patrick Connolly, 24, laborer.'],
    [206, 'l', 'Does that look like your Patrick?'],
    [260, 'p', "maybe! next q: how do I find his naturalization, and his marriage, and also where he's buried, and also his parents in Ireland"],
    [275, 'l', 'Those are all great questions, but there are several other patrons waiting for help right now, so I need to stop here. Please chat back in later and another librarian can pick up from the naturalization search.'],
    [290, 'p', 'ok fair, thanks!'],
    [296, 'l', 'Thanks for your patience, and good luck with Patrick!'],
  ], usual({ anything: 'fail' })),

  // 15 a true Lost Call: welcome + hold, the patron leaves, invitation back
  s(LUZ, '15 1877 atlas (Lost Call): welcome with "Let me check the catalog" at 75 s, patron leaves, "please come back anytime"', [
    [0, 'p', 'does the library have the 1877 Lake Griffing Stevenson atlas of Frederick County?'],
    inLine(3, 2),
    [75, 'l', "Hi, I'm Luz, a librarian with AskUsNow! Let me check the catalog for you."],
    gone(140),
    [160, 'l', "Looks like you've left. If you still need the atlas, please come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 no one ever joined; two patron messages; coded Lost Call
  s(NOBODY, '16 WWI draft card: no provider joins, patron writes twice and leaves at 200, coded Lost Call', [
    [0, 'p', 'where can i get a copy of my grandfathers WWI draft card'],
    inLine(3, 5),
    [60, 'p', 'hello?'],
    gone(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 practice
  s(TRAIN, '17 Practice: a trainee tries a genealogy lookup', [
    [0, 'p', 'TEST - trainee practicing a census lookup'],
    [8, 'l', 'Hi, this is a practice chat for the AskUsNow! trainee group.'],
    [30, 'p', 'ok looks fine from here'],
    [35, 'l', 'great, closing the practice now'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 pickedUpAt recorded at 45 s, first words at 220 s
  s(VERA, '18 Pittsburgh naturalization: pickedUpAt 45 s but first message at 220 s; offer, then "narrow it down enough?"; NARA Philadelphia with URL and phone', [
    [0, 'p', "Hi, I'm trying to find naturalization records for my great-grandfather who came from Poland around 1905 and lived in Pittsburgh. Where would those be?"],
    [130, 'p', 'hello? anyone there'],
    [220, 'l', 'Hi, sorry for the delay! This is Vera, a librarian at Carnegie Library of Pittsburgh. I was pulling up our naturalization guide while I read your question.'],
    [228, 'l', 'Do you know roughly when he naturalized, before or after 1906?'],
    [280, 'p', 'no idea honestly. he died in 1940'],
    [290, 'l', 'OK. Before Sept 1906 a naturalization could happen in any court; after 1906 most Pittsburgh naturalizations went through the federal court.'],
    [296, 'l', 'Our Pennsylvania Department has a guide, "Naturalization Records in Allegheny County", at carnegielibrary.org/research/genealogy - it lists which court holds which years and the index volumes we have on microfilm.'],
    [302, 'l', 'Would it help if I checked the 1910 census for his citizenship status? It records the year of naturalization.'],
    [350, 'p', 'yes please'],
    [356, 'l', 'One moment.'],
    [460, 'l', '1910 census, Pittsburgh Ward 15: Stanislaw Nowak, immigrated 1904, marked "Pa" (first papers filed), not yet naturalized. So his final papers are after 1910: contact the National Archives at Philadelphia (archives.gov/philadelphia, 215-305-2044) for a copy of the petition.'],
    [466, 'l', 'Does that narrow it down enough for you?'],
    [540, 'p', 'yes thank you'],
    [546, 'l', 'Glad to help! Is there anything else?'],
    [600, 'p', 'no thats all'],
    [606, 'l', 'Thanks for chatting with us, good luck!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),

  // 19 four chats at once
  s(PEG, '19 obituary 1987 (NewsBank): clean session, but Peg had four chats open at once', [
    [0, 'p', 'obit for Harold Grimes, died Salisbury MD Jan 1987?'],
    [14, 'l', 'Hi! Peg here, librarian at Wicomico Public Libraries. Do you know his age or where he worked? There may be more than one Harold Grimes.'],
    [50, 'p', 'he was about 70, retired from Perdue'],
    [56, 'l', 'thanks, searching the Daily Times index'],
    [160, 'l', "Got it: Harold L. Grimes, 71, of Salisbury, obituary in The Daily Times (Salisbury), January 14, 1987, page 4. The 1987 Daily Times is on microfilm at our downtown library, and it's also in NewsBank's Access World News, which you can use from home via wicomicolibrary.org > Online Resources."],
    [166, 'l', 'Did that help?'],
    [230, 'p', 'yes thank you'],
    [234, 'l', 'anything else I can find for you?'],
    [280, 'p', 'no thats it'],
    [285, 'l', 'Have a good evening, thanks for chatting with us!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('p1', 'peg', -200, 400), other('p2', 'peg', -100, 500), other('p3', 'peg', 100, 700)] }),

  // 20 British register; The National Archives is a source; neighbours touch both ends
  s(FIONA, '20 Royal Navy stoker WW1 (British): ADM 188 in Discovery; three chats at most (one ends at the start, one starts at the end)', [
    [0, 'p', "Hiya, I'm trying to trace my great-grandad who was in the Royal Navy in WW1. Where would his service record be? Name's Albert Hale, born 1898 Portsmouth"],
    [25, 'l', "Hello, you're through to Fiona at Hampshire Libraries' Ask a Librarian service. Lovely project!"],
    [31, 'l', 'Was he a rating or an officer, do you know? The records are kept in different series.'],
    [90, 'p', 'rating I think, he was a stoker'],
    [95, 'l', 'Right, bear with me a mo while I check.'],
    [200, 'l', "Ratings' service records for men who joined 1853-1928 are at The National Archives (Kew) in series ADM 188, and they're digitised: go to nationalarchives.gov.uk, Search our records > Discovery, and search \"Albert Hale\" with ADM 188 and born 1898. It's free to download at the moment."],
    [206, 'l', 'Does that answer your question?'],
    [250, 'p', 'brilliant, found him, he was on HMS Lion! cheers'],
    [256, 'l', 'Fab! Anything else I can help with today?'],
    [300, 'p', "no that's all thanks"],
    [306, 'l', "You're welcome, thanks for getting in touch. Bye!"],
  ], usual(), {}, { otherIntervals: [other('f1', 'fiona', -600, 0), other('f2', 'fiona', -300, 400), other('f3', 'fiona', 50, 500), other('f4', 'fiona', 311, 900)] }),

  // 21 follow-up by the patron's library: e-mail only in patron fields, no when, not done by day 5; no source
  s(JUDE, '21 baptism 1822 (parish register): "someone from your library will contact you", e-mail only in patron.email, no source given', [
    [0, 'p', 'I am researching a family bible record that mentions a baptism at St. Ignatius in Port Tobacco, 1822. Do parish records from then survive?'],
    [40, 'l', 'Hello, this is Jude, a librarian answering for AskUsNow! tonight.'],
    [46, 'l', 'Are you hoping for the baptism entry itself, or proof of the family\'s membership more generally?'],
    [110, 'p', 'the baptism itself'],
    [118, 'l', "Let me look into what's survived."],
    [225, 'l', "Some St. Ignatius registers from that period do survive, but they're not online. Which library system is your card with?"],
    [270, 'p', 'Charles County'],
    [280, 'l', "Charles County's genealogy librarian knows these church records well, so I'll forward your question to her and someone from your library will contact you about it."],
    [300, 'p', 'ok thank you'],
    [306, 'l', "You're welcome, thanks for using AskUsNow!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'm.hayden@comcast.net', phone: null },
  }, { now: T0 + 5 * DAY }),

  // 22 follow-up by phone, "within 3 days", done at 80 h
  s(NELL, '22 land left in an 1899 will: patron has no e-mail, phone read back, "call you within 3 days", done at 80 h', [
    [0, 'p', "hello. my great grandmother was left land in her father's will, in 1899, Talbot County. I need to know what happened to that land. can you help. i don't use email"],
    [30, 'l', "Hello! I'm Nell, a librarian at Talbot County Free Library. I can certainly try."],
    [36, 'l', "Do you know her father's name and roughly where in the county the land was?"],
    [120, 'p', 'William Hopkins. near Trappe'],
    [126, 'l', 'Thank you. Let me look at what we have.'],
    [240, 'l', 'Still searching - the 1899 will is indexed, now checking the land records after it.'],
    [350, 'l', "The will is in the Talbot County Register of Wills books (Liber JP 3, folio 112), which FamilySearch has digitized (familysearch.org, Catalog > Maryland, Talbot > Probate). Tracing the land after that means going through several deed books, which I can do tomorrow from our Maryland Room."],
    [356, 'l', "Since you don't use email, could I call you with what I find? What number is best?"],
    [420, 'p', '410 555 0199. afternoons are best'],
    [426, 'l', "Thank you - 410-555-0199, afternoons. I'll call you within 3 days with what I find."],
    [440, 'p', 'thank you dear'],
    [446, 'l', "You're very welcome. Goodbye for now!"],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 23 the goodbye ends the final idle at 119 s; the session record closes much later
  s(IDA, '23 carnival photos 1950s: answer at 170, goodbye at 289 (119 s, no check-in), session closed 400 s later', [
    [0, 'p', 'Do you have any historic photos of the Glen Burnie carnival in the 1950s?'],
    [20, 'l', "Hi! I'm Ida, a librarian at Anne Arundel County Public Library. Are you looking for photos to view online, or prints you could buy?"],
    [60, 'p', 'just to look at online'],
    [70, 'l', 'One sec while I search our digital collections.'],
    [170, 'l', 'Digital Maryland has a dozen of them: go to digitalmaryland.org and search "Glen Burnie carnival". Most are from the Glen Burnie Improvement Association, 1950s-60s, with captions.'],
    [176, 'l', 'Do those cover what you were hoping to see?'],
    [289, 'l', "Since I haven't heard back, I'll wrap up here. Thanks for chatting with AskUsNow!, and come back anytime."],
  ], usual({ anything: 'fail' }), { endAfter: 400 }),

  // 24 final idle of 156 s: a check-in, no notice needed, no goodbye
  s(QUINN, '24 1942 draft card: answer at 180, "Are you still there?" at 311, session ends at 336 (156 s idle)', [
    [0, 'p', "My grandpa registered for the draft in 1942 (old man's draft?) in Baltimore. How do I see the card?"],
    [26, 'l', 'hi, Quinn here from the Enoch Pratt Free Library with Ask Us Now! What was his name and birth year?'],
    [70, 'p', 'Edward Lutz, born 1889'],
    [76, 'l', 'one moment, checking'],
    [180, 'l', 'The 1942 "old man\'s draft" cards are on FamilySearch for free: familysearch.org > Search > Records, collection "United States World War II Draft Registration Cards, 1942". I see an Edward Lutz, born 1889, Baltimore - the card gives his address, employer and a physical description.'],
    [186, 'l', 'Is that him?'],
    [311, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 25 }),

  // 25 final idle of 302 s: a check-in, then only "I'm going to end the chat now"
  s(RHEA, '25 Sanborn maps: check-in at 280, then "I\'m going to go ahead and end the chat now." (no disconnect, no goodbye)', [
    [0, 'p', "I'm trying to date an old brick building in Westminster, 20 W Main. My neighbor says Sanborn maps could help? What are those and where can I see them"],
    [44, 'l', 'Hello! This is Rhea with Carroll County Public Library. Happy to help with that.'],
    [50, 'l', "Do you know roughly when the building might be from? And have you looked at the deed yet?"],
    [120, 'p', 'no clue, maybe 1890s. no deed'],
    [128, 'l', "Sanborn maps are fire insurance maps showing each building's footprint and material. The Library of Congress has the Westminster ones free online: loc.gov/collections/sanborn-maps, filter by Maryland > Westminster. Compare 1891 and 1897 - if the footprint at 20 W Main shows up pink (brick) in 1897 but not in 1891, that dates it."],
    [134, 'l', 'Does that help you get started?'],
    [280, 'l', 'Just checking in - are you still with me?'],
    [420, 'l', "I'm going to go ahead and end the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 10 }),

  // 26 late pickup; an internal note to a colleague does not end the patron's wait
  s(SETH, '26 before 1870 (St. Mary\'s): picked up at 95 s; hold at 200, internal note at 260, answer at 360 (160 s)', [
    [0, 'p', "I'm African American and trying to trace my family back before 1870 in St. Mary's County. I hit a wall at the 1870 census. Any advice on where to look next?"],
    [95, 'l', "Hello, and welcome to AskUsNow! Sorry for the wait. I'm Seth, a librarian at St. Mary's County Library, and I'd be glad to work on this with you."],
    [103, 'l', 'Who is the earliest ancestor you found in 1870, and do you know who might have enslaved the family, or the name of a nearby plantation?'],
    [190, 'p', 'Henry Biscoe, about 40 in 1870, Chaptico district. no idea about before'],
    [200, 'l', 'Thank you. Let me check a few sources - this takes a little while.'],
    [260, 'i', "Lou, do we have the 1867-68 slave statistics for St. Mary's on film, or only the MSA online copy?"],
    [360, 'l', "Two good places to try: the Maryland State Archives' \"Slave Statistics, 1867-1868\" for St. Mary's County (in their Legacy of Slavery database, slavery.msa.maryland.gov), which lists enslavers with the names and ages of the people they held; and the Freedmen's Bureau records on FamilySearch (familysearch.org, search \"Freedmen's Bureau Records\")."],
    [366, 'l', 'Is that the kind of lead you needed?'],
    [460, 'p', "yes this is really helpful. i'll start with the slave statistics. thanks"],
    [466, 'l', "You're very welcome. Anything else I can look into?"],
    [520, 'p', "no that's everything for today"],
    [526, 'l', 'Thanks for chatting with us, and best of luck with the Biscoe family.'],
  ], usual({ pickup: 'fail', informed: 'fail' })),

  // 27 a non-native patron; "Hi there!" then the answer: no name, no question
  s(TESS, '27 Bremen to Baltimore 1880s (non-native patron): "Hi there!" + answer names no one, no question; name given only at the end', [
    [0, 'p', 'Hello, I am from Germany and search my great-great-uncle who emigrated to Baltimore in 1880s. His name was Heinrich Vogt. How I can find the ship he arrived?'],
    [30, 'l', 'Hi there!'],
    [40, 'l', 'Baltimore arrivals from Bremen in the 1880s are indexed on FamilySearch: familysearch.org > Search > Records, collection "Maryland, Baltimore Passenger Lists, 1820-1948". Search Heinrich Vogt with arrival years 1880-1889.'],
    [46, 'l', 'The book set Germans to America (vols. 32-60 cover the 1880s) also indexes many Bremen ships; we have it at our Central Library.'],
    [52, 'l', 'Did that help?'],
    [140, 'p', 'I found him!! Ship Braunschweig, 1883. Thank you very much, this is all I need.'],
    [146, 'l', 'Wonderful - thanks for chatting with Tess at the Pratt Library, auf Wiedersehen!'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 28 a mid-session check-in; the patron comes back; PA State Archives with URL and phone
  s(UNA, '28 1918 death certificate (Scranton): the patron reads for 200 s, check-in at 420, she returns; State Archives with URL and phone', [
    [0, 'p', "Hi - my great-grandmother died in Scranton in 1918, probably in the flu epidemic. I'd love to get her death certificate. Her name was Anna Kowalczyk (maybe spelled Kovalchik). I'm in Ohio now so can't visit."],
    [48, 'l', "Good morning, this is Una, a reference librarian at the Lackawanna County Library System. I'm sorry about Anna - 1918 hit Scranton hard."],
    [55, 'l', 'Do you know the month she died, or roughly her age? It helps pick her out of the index.'],
    [140, 'p', 'October I think. she was around 30'],
    [148, 'l', 'Thanks! Hold on while I check the state death index.'],
    [262, 'l', 'Pennsylvania death certificates 1906-1970 are public records now. I found an Anna Kowalczyk, age 31, died 19 Oct 1918, Scranton, certificate no. 98817 in the index. You can see the certificate image in Ancestry\'s "Pennsylvania, U.S., Death Certificates, 1906-1970" (free at any of our branches), or order a copy from the Pennsylvania State Archives - details and the request form are at phmc.pa.gov (search "death certificates"), or call them at 717-783-3281.'],
    [270, 'l', 'Does that answer your question?'],
    [420, 'l', 'Hi, are you still there?'],
    [470, 'p', "sorry! I was reading the archives page. yes, I'll order from them. thank you so much"],
    [478, 'l', 'No problem at all! Is there anything else I can help with?'],
    [540, 'p', "no, that's all. thanks again"],
    [546, 'l', 'My pleasure - take care, and thanks for using our chat!'],
  ], usual({ referral: 'pass' })),

  // 29 British: GRO with URL, "ask West Glamorgan Archives" with nothing; "ta-ra"
  s(WYN, '29 Swansea birth 1921 (British): GRO at gro.gov.uk, "ask West Glamorgan Archives" with no contact, "ta-ra!"', [
    [0, 'p', "Afternoon. Trying to get my nan's birth cert, she was born 1921 in Swansea. Also want to know if there are any school records for her."],
    [20, 'l', "Good afternoon, you're chatting with Wyn from Swansea Libraries. Happy to help."],
    [26, 'l', 'Do you have her maiden name and roughly which part of Swansea she grew up in? The school records question depends on the school.'],
    [90, 'p', 'Margaret Evans, Sketty way I think'],
    [97, 'l', 'Thanks. Bear with me, checking the GRO index.'],
    [205, 'l', "The GRO index shows Margaret Evans, mother's maiden name Jenkins, Swansea district, Q2 1921 (vol 11a, p. 1403). You can order the birth certificate online from the General Register Office at gro.gov.uk - you'll need to make a free account, and a PDF copy is cheaper than a paper one."],
    [211, 'l', 'For school admission registers, ask West Glamorgan Archives - they hold most of the surviving Swansea school records.'],
    [217, 'l', 'Does that help?'],
    [290, 'p', 'yes lovely, cheers'],
    [296, 'l', "You're welcome, ta-ra!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 30 1858 map: named first, URL later; e-mail spelled out, read back; "early next week", done at 60 h
  s(XAN, '30 1858 landowner map: scan promised, e-mail spelled "dot ... at", read back, "early next week", done at 60 h', [
    [0, 'p', 'is there a map showing who owned land around Jarrettsville in the 1850s?'],
    [22, 'l', "Hi! I'm Xan, a librarian at Harford County Public Library, for AskUsNow!. Which family or property are you trying to place?"],
    [60, 'p', 'the Whiteford family, they farmed somewhere near Jarrettsville'],
    [68, 'l', "The 1858 Jennings & Herrick map of Harford County shows landowners' names on each farm. Let me see if it's online."],
    [180, 'l', 'The Library of Congress has it: loc.gov, search "Harford County 1858 map". It\'s huge, so zoom to the Jarrettsville area, District 4.'],
    [186, 'l', 'Our copy in the Harford Room is a clearer print, though. I can scan the Jarrettsville section for you and email it. Would you like that?'],
    [240, 'p', 'yes please! my email is whiteford dot gen at gmail dot com'],
    [250, 'l', "Great - whiteford.gen@gmail.com. I'll be in the Harford Room on Monday, so you'll have the scan early next week."],
    [256, 'l', 'Does the LOC map help for now?'],
    [300, 'p', 'yes, I can see a Whiteford near the creek!'],
    [306, 'l', 'Excellent! Anything else today?'],
    [340, 'p', 'nope, thank you'],
    [346, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(60 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 31 special collections: the library's own department, to e-mail
  s(YARA, '31 Civil War nurse\'s diary (special collections): restated need, not digitized, "email the Maryland Room staff at ..."', [
    [0, 'p', 'hello, I read that your library has the diary of a Civil War nurse from Frederick, Mary Ann Stottlemyer? Can I see it online?'],
    [35, 'l', "Hi, I'm Yara at the Frederick County Public Libraries' Maryland Room, answering for AskUsNow!"],
    [41, 'l', "So you're looking for the Stottlemyer diary (1862-63), and you'd like to read it online rather than in person - did I get that right?"],
    [90, 'p', 'yes exactly'],
    [96, 'l', 'Let me check the finding aid.'],
    [190, 'l', "It isn't digitized yet, sorry. The finding aid is on our site (fcpl.org/marylandroom, Collections > Manuscripts > MS 14), and it describes each volume. To see it, or to request scans of particular pages, email the Maryland Room staff at marylandroom@fcpl.org - they can tell you about fees and turnaround."],
    [196, 'l', 'Does that answer your question?'],
    [260, 'p', "sort of. sad it's not online but that's all, thank you"],
    [266, 'l', 'Understood. Thanks for your interest in the collection, goodbye!'],
  ], usual({ referral: 'pass' })),

  // 32 the provider's shift ends, but the patron is given a way back
  s(ZEKE, '32 WWI soldier list (HathiTrust): more questions, "my shift is ending ... if you chat in again, the next librarian can pick up"', [
    [0, 'p', 'My great grandfather served in WWI from Maryland. Is there a list of Maryland soldiers?'],
    [30, 'l', 'Hi! Zeke at Wicomico Public Libraries, on the AskUsNow! chat. What was his name and county?'],
    [80, 'p', 'Walter Parsons, Wicomico'],
    [88, 'l', 'Checking one moment'],
    [190, 'l', 'Yes: "Maryland in the World War, 1917-1919: Military and Naval Service Records" (2 volumes, 1933) lists every Maryland serviceman with unit and service dates. It\'s free on HathiTrust (hathitrust.org, search the title). Vol. 2 covers surnames L-Z.'],
    [196, 'l', 'Did you find him?'],
    [300, 'p', 'yes! Pvt. 115th Infantry! Also, could you find his discharge and any photos of him?'],
    [310, 'l', "I'd love to, but my shift is ending in a couple of minutes. If you chat in again, the next librarian can pick up from here."],
    [330, 'p', 'ok will do'],
    [336, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail' })),

  // 33 transfer done properly, but the receiving specialist takes 172 s; she is in four chats after taking it
  s(ABE, '33 USCT pension file: transfer notice + note, Dot answers 172 s after the notice; Dot at four chats after the transfer', [
    [0, 'p', 'Looking for a Civil War pension file - my ancestor Isaac Waters served in the US Colored Troops, from Somerset County MD. How do I get it?'],
    [24, 'l', "Hello, I'm Abe, a librarian at Somerset County Library. Do you know his regiment?"],
    [70, 'p', 'I think 9th USCT'],
    [78, 'l', "Our regional genealogy specialist handles Civil War records, so I'm transferring you to her now. It may take a minute or two."],
    [82, 'i', "Dot - USCT pension file, Isaac Waters, 9th USCT, Somerset Co. Can you take this one? I don't know the NARA ordering steps well."],
    xfer(85, 'Dot', 'dot'),
    [250, 'l', "Hi, I'm Dot, the AskUsNow! genealogy specialist. Thanks for waiting!", as(DOT)],
    [256, 'l', 'Are you after his own pension, or a widow\'s pension too?', as(DOT)],
    [300, 'p', 'whatever exists'],
    [306, 'l', 'Let me check the index.', as(DOT)],
    [400, 'l', 'The pension index card for Isaac Waters, Co. F, 9th USCT, shows a widow\'s pension (Jane Waters, 1889). You can see the card free on FamilySearch ("United States Civil War and Later Pension Index"), and order the full file from the National Archives (archives.gov/veterans/civil-war, or write to NARA, 700 Pennsylvania Ave NW, Washington, DC 20408).', as(DOT)],
    [408, 'l', 'Does that get you what you need?', as(DOT)],
    [470, 'p', 'yes. thank you'],
    [476, 'l', "You're welcome. Thanks for chatting with AskUsNow!", as(DOT)],
  ], usual({ informed: 'fail', anything: 'fail', concurrency: 'fail', referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('d1', 'dot', 100, 900), other('d2', 'dot', -100, 600), other('d3', 'dot', 200, 700)],
  }),

  // 34 follow-up by me with no contact anywhere
  s(BO, '34 church photos before the fire: "i\'ll ask her tomorrow and get back to you", no contact anywhere, coded Follow-up by me', [
    [0, 'p', "do u have pics of the old st. john's church in hagerstown before it burned? 1910s"],
    [20, 'l', 'hi! Bo here, librarian w/ Washington County Free Library. Inside or outside photos?'],
    [55, 'p', 'outside, any'],
    [60, 'l', 'ok, checking our photo database'],
    [170, 'l', "nothing digitized so far in our Western Maryland Room photo database (wcfl.org > Digital Collections). our archivist is out today but she has a box of church photos not online yet. i'll ask her tomorrow and get back to you"],
    [200, 'p', 'cool thx'],
    [206, 'l', 'np, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),
];

/**
 * LEFT: labelled from RUBRIC.md, still misread by the scorer (check: expected vs got, the message, the scorer's note).
 */
const LEFT_WHY: Record<string, string> = {
  '06 house on Greene St (city directories): picked up at 70 s, scans promised "once I get down" (no when), pending':
    'info.source: got fail, RUBRIC pass. [4] "We have R.L. Polk\'s Cumberland City Directory for 1904, 1909, 1913 and 1918 in the Local History Room, on paper only." A named print reference work, as a named book is. (v44\'s first cut read it through J14; J14 was withdrawn after its check found 7 false readings: directories said not to exist, not held, or only asked for.)',
  '04 Korea-era Army file: NPRC via archives.gov and a postal address for the SF-180; "no more questions"':
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). ' +
    'Message 4: "Then you can request his file from the National Personnel Records Center in St. Louis. As next of kin you can order online ' +
    'through eVetRecs at archives.gov/veterans/military-service-records, or mail the SF-180 form to NPRC, 1 Archives Drive, St. Louis, MO 63138." ' +
    'RUBRIC: every party comes with a way to reach them (postal address or URL): the NPRC gets both, in the next sentence, named by acronym and by its online service.',
};

describe('forty-third round: genealogy, local history and archives, checked', () => {
  describeSessions('whole sessions', history.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', history.filter((c) => c.name in LEFT_WHY));
});
