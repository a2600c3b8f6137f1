/**
 * Fiftieth round, blind check A: block O's info.source readings (rubric v49: O1 the patron's own contact, O2 the mastheads that
 * are common words, O3 dated pages of the patron's paperwork, O4 a person in brackets, O10 a month's short form before a digit)
 * tried both ways in wording the author never saw, each case labelled from RUBRIC.md before it ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - info.source, "an e-mail or phone contact for a referral": an office's number or address the patron asks about and the provider
 *   confirms is a way to reach that office (a source); the patron's own e-mail or phone read back to them is no source, in any
 *   words the patron ties it to themselves (English or Spanish, "mine is", a bare reply to "what number?").
 * - info.source, "a named resource": a newspaper item named by its paper (with or without a date and page, in any case of letters)
 *   is a publication the patron can use; a library program named after a word that is also a masthead ("Pioneer story time"), the
 *   patron's own paperwork, and a person described in brackets are not.
 * - A month's short form before a digit ("Sept. 14") is part of the date, not a sentence's end.
 *
 * COUNTS: written 51 (43 before the first run, 8 added later, each labelled before it ran; label copies /tmp/oBlindA-labels.ts,
 *   -2.ts, -3.ts). First run: 31 of 43 as labelled, 12 failing: 11 disagreeing on the labelled check, 1 (an office's phone and
 *   the patron's own in one sentence) only because redaction changed referral.contact (pass as written, fail redacted; older,
 *   not block O), so it was replaced by the e-mail case "the jury office's e-mail and the patron's own". Added 8: 5 as labelled,
 *   3 disagreeing. Label corrections: 0. Final: 37 running as labelled, 14 LEFT (11 older, 3 O caused):
 *   - info.source exp pass/got fail, "social security # 800-555-0122??" → "Correct, 800-555-0122 is the Social Security office line": older
 *   - info.source exp pass/got fail, "can u let me know if 410-555-0150 is still the clerks office" ("let me" read as own): older
 *   - info.source exp pass/got fail, "im at the dmv site and it says 410-555-0190" ("im at" read as own): older
 *   - info.source exp fail/got pass, Spanish "mi correo es ana.r@example.com" read back: older
 *   - info.source exp pass/got fail, "A 1989 San Jose Mercury News story": older
 *   - info.source exp pass/got fail, lower case "a bemidji pioneer article from 1971": older
 *   - info.source exp fail/got pass, "The Young Republican notice for debate night": older
 *   - info.source exp fail/got pass, "The Discharge Instructions, May 2, 2025, page 4": older
 *   - info.source exp pass/got fail, "Canonsburg Daily Notes, June 5, 1955, page 1" ("Notes" as paperwork): O caused
 *   - info.source exp fail/got pass, "Bea (a genealogist at the state archives)": older
 *   - info.source exp fail/got pass, "Sam (our go-to for the county archives)": older
 *   - info.source exp pass/got fail, "Heritage Hub (a genealogy site for people researching Ohio families)" (N12 not reached): older
 *   - info.source exp pass/got fail, "OhioRoots (a site people use to trace Ohio families, with a marriage index)": O caused
 *   - info.source exp pass/got fail, "Marion Obits (a database our volunteers index)": O caused
 *
 * MENDED AFTER THIS CHECK (block O's next cut): the 3 readings O caused (O3's "Notes" taken off the paperwork list; O4 reads
 *   the bracket's head) and 5 older ones ("let me", "im at" only right before the contact, Spanish "mi correo", "Discharge
 *   Instructions", "genealogist") read as labelled: 45 running, 6 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { readBackLines, askedForLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello! Max here, a librarian with Fairview Public Library.';
const { asked, said } = nearMissLines(HI, { branch: 'What branch are you near?', branchReply: 'the west one' });

/** The patron writes `q`, the provider greets, then answers `reply`; the patron thanks and the provider signs off. */
const confirm = readBackLines(HI, 'great thank u', 'Take care, and come back anytime!', [0, 18, 45, 80, 92]);
/** The patron's request `q`; the provider greets and asks for a contact with `ask`; the patron answers `given`; `reply` reads back. */
const contactAsked = askedForLines(HI, 'ty', 'Take care, and come back anytime!', [0, 18, 44, 60, 85, 95]);

export const o1: SessionCase[] = [
  // ---- for: the number or address is the office's, asked about and confirmed (a source)
  c('O1 for: "is the food bank still 410-555-0101?" confirmed', confirm('is the food bank still 410-555-0101?', 'Yes, the Eastside Food Bank is still at 410-555-0101.'), some({ source: 'pass' })),
  c('O1 for: "my mom wrote down 443-555-0119 for the senior center" confirmed', confirm('my mom wrote down 443-555-0119 for the senior center, is that right', "That's right, 443-555-0119 is the senior center's front desk."), some({ source: 'pass' })),
  c('O1 for: "social security # 800-555-0122??" confirmed', confirm('social security # 800-555-0122??', 'Correct, 800-555-0122 is the Social Security office line for our area.'), some({ source: 'pass' })),
  c('O1 for: "wats the irs email, help@irs.example.gov?" confirmed', confirm('wats the irs help email, is it help@irs.example.gov', 'Yes, help@irs.example.gov is the right address for their taxpayer help desk.'), some({ source: 'pass' })),
  c('O1 for: Spanish "¿el consulado es 202-555-0188?" confirmed', confirm('¿el teléfono del consulado es 202-555-0188?', 'Sí, el consulado de México atiende en el 202-555-0188.'), some({ source: 'pass' })),
  c('O1 for: "my landlords number is 410-555-0133 … housing office?" confirmed', confirm('my landlords number is 410-555-0133, is that the same as the housing office', 'No, the housing office is 410-555-0190; 410-555-0133 is not theirs.'), some({ source: 'pass' })),
  c('O1 for: "can u let me know if 410-555-0150 is still the clerks office" confirmed', confirm('can u let me know if 410-555-0150 is still the clerks office', 'It is: 410-555-0150 is the Circuit Court Clerk, weekdays 8 to 4.'), some({ source: 'pass' })),
  c('O1 for: "im at the dmv site and it says 410-555-0190" confirmed', confirm('im at the dmv site and it says 410-555-0190, is that right?', 'Yes, 410-555-0190 is the MVA customer service line.'), some({ source: 'pass' })),
  // ---- against: the patron's own, read back (no source)
  c('O1 against: "pls txt me when my hold comes in 301-555-0161" read back', confirm('pls txt me when my hold comes in 301-555-0161', 'Done, 301-555-0161 is on your hold for text alerts.'), some({ source: 'fail' })),
  c('O1 against: "my work email is r.diaz@example.org, add me" read back', confirm('my work email is r.diaz@example.org, add me to the genealogy newsletter', 'r.diaz@example.org is on the genealogy newsletter list now.'), some({ source: 'fail' })),
  c('O1 against: "(410) 555-0177" given bare when asked for a good number', contactAsked('put me on the list for the laptop loan', "What's a good number for you?", '(410) 555-0177', '(410) 555-0177, thanks: you are on the laptop loan list.'), some({ source: 'fail' })),
  c('O1 against: "sure, dee.k@example.com thx" when asked for an e-mail', contactAsked('can i sign up for the knitting circle', 'Can I get your email?', 'sure, dee.k@example.com thx', 'Great, dee.k@example.com is on the knitting circle list.'), some({ source: 'fail' })),
  c('O1 against: "oh mine is 410-555-0145" read back', contactAsked('i want a callback about my passport appt', 'Which number should we call?', 'oh mine is 410-555-0145', 'Noted: 410-555-0145 for the passport callback.'), some({ source: 'fail' })),
  c('O1 against: "u can reach me on 240-555-0102" read back', confirm('i lost my library card, u can reach me on 240-555-0102 when the new one is ready', "I've put 240-555-0102 on the replacement card request."), some({ source: 'fail' })),
  c('O1 against: the patron field\'s e-mail read back', confirm('can you put me on the list for the book club', 'lin.h@example.com is on the book club list now.'), some({ source: 'fail' }), { patron: { name: null, email: 'lin.h@example.com', phone: null } }),
  c('O1 against: Spanish "mi correo es ana.r@example.com" read back', confirm('anóteme para la clase de inglés, mi correo es ana.r@example.com', 'Listo, ana.r@example.com ya está en la lista de la clase.'), some({ source: 'fail' })),
  c('O1 against: "you can use jo.t@example.com for that please" when asked', contactAsked('can i get on the seed library list', 'What email should I use?', 'you can use jo.t@example.com for that please', 'jo.t@example.com, got it, you are on the seed library list.'), some({ source: 'fail' })),
  // ---- against (older reading kept): an office's number beside the patron's own is a source
  c('O1 against: the jury office\'s e-mail and the patron\'s own in one sentence', confirm('my email is t.ray@example.com, who do i contact about a jury summons', 'Write to the Jury Office at jury@courts.example.gov and copy yourself at t.ray@example.com.'), some({ source: 'pass' })),
  // ---- added after the first run (labelled before they ran)
  c('O1 for: "is 410-555-0166 my doctors office or the clinic" confirmed', confirm('is 410-555-0166 my doctors office or the clinic', "410-555-0166 is the Westside Clinic's main line; they book for your doctor too."), some({ source: 'pass' })),
  c('O1 for: the clinic\'s number given bare when the provider asks for the clinic\'s number', contactAsked('how do i get my shot records from the clinic', "Do you have the clinic's phone number?", '410-555-0166', "Yes, 410-555-0166 is the clinic's records line; ask them for an immunization printout."), some({ source: 'pass' })),
  c('O1 against: "text 443-555-0100" when asked the best way to reach the patron', contactAsked('can you tell me when the 3d printer is free', 'Best way to reach you?', 'text 443-555-0100', "443-555-0100 it is; you're on the 3D printer waitlist."), some({ source: 'fail' })),
];

export const o2o4: SessionCase[] = [
  // ---- O2 for: a library program, not a paper
  c('O2 for: "Come to Pioneer story time on Tuesday" names no paper', said('anything for toddlers this week', 'Come to Pioneer story time on Tuesday at 10:30 in the children\'s room.'), some({ source: 'fail' })),
  c('O2 for: "Sign up for the Mercury story kit" names no paper', said('do you have take home stuff for kids', 'Sign up for the Mercury story kit at the desk; it has two picture books and a puzzle.'), some({ source: 'fail' })),
  c('O2 for: "Our Press article about the fine amnesty" names no paper', said('are fines really going away', 'Our Press article about the fine amnesty went up last week; fines end on July 1.'), some({ source: 'fail' })),
  c('O2 for: "Join us for the Saturday Pioneer story circle" names no paper', said('anything for kids saturday', 'Join us for the Saturday Pioneer story circle at 11.'), some({ source: 'fail' })),
  // ---- O2 against: a paper with its place
  c('O2 against: "The St. Paul Pioneer Press obituary from 1978"', said('was there an obituary for my grandpa in 1978', 'The St. Paul Pioneer Press obituary from March 1978 lists his survivors and the funeral home.'), some({ source: 'pass' })),
  c('O2 against: "a Daily Freeman article from 1955"', said('did the paper cover the bridge opening', 'There is a Daily Freeman article from 1955 on the bridge opening, with a photo.'), some({ source: 'pass' })),
  c('O2 against: "a 1989 San Jose Mercury News story"', said('any news coverage of the quake at my school', 'A 1989 San Jose Mercury News story covers the damage at Lincoln High.'), some({ source: 'pass' })),
  c('O2 against: lower case "a bemidji pioneer article from 1971"', said('was the mill fire in the paper', 'yes! theres a bemidji pioneer article from 1971 about it, with the crew names'), some({ source: 'pass' })),
  // ---- O3 for: the patron's own paperwork, dated and paged
  c('O3 for: "your Benefits Summary, Feb. 3, 2025, p. 2"', said('why did my copay go up', 'Check your Benefits Summary, Feb. 3, 2025, p. 2: the new copay is listed there.'), some({ source: 'fail' })),
  c('O3 for: "the Discharge Instructions, May 2, 2025, page 4"', said('what did the hospital say about my diet', 'The Discharge Instructions, May 2, 2025, page 4 list the foods to avoid.'), some({ source: 'fail' })),
  c('O3 for: "The Claim Estimate, June 9, 2025, page 1"', said('how much will the repair cost me', 'The Claim Estimate, June 9, 2025, page 1 shows what you owe after the deductible.'), some({ source: 'fail' })),
  // ---- O3 against: a paper cited by date and page
  c('O3 against: "Baltimore Sun, Sept. 14, 1962, page 22"', said('was my parents wedding announced', 'Baltimore Sun, Sept. 14, 1962, page 22 has their wedding announcement.'), some({ source: 'pass' })),
  c('O3 against: "Canonsburg Daily Notes, June 5, 1955, page 1"', said('was the mine accident in the paper', 'Canonsburg Daily Notes, June 5, 1955, page 1 has the story with the miners\' names.'), some({ source: 'pass' })),
  // ---- O4 for: a person in brackets
  c('O4 for: "Ed (the guy who does our genealogy service)" is a person', said('who can help with my family tree', 'Ed (the guy who does our genealogy service) is great with family trees.'), some({ source: 'fail' })),
  c('O4 for: "Bea (a genealogist at the state archives)" is a person', said('who can help with my family tree', 'Bea (a genealogist at the state archives) has helped people with this before.'), some({ source: 'fail' })),
  c('O4 for: "Sam (our go-to for the county archives)" is a person', said('who knows about old deeds', 'Sam (our go-to for the county archives) knows old deeds well.'), some({ source: 'fail' })),
  // ---- O4 against: a site in brackets
  c('O4 against: "Ancestry Library Edition (a database we have in every branch)"', said('how do i look up census records', 'Ancestry Library Edition (a database we have in every branch) has the census, free on our computers.'), some({ source: 'pass' })),
  c('O4 against: "BillionGraves (a volunteer-run cemetery site)"', said('how do i find where my uncle is buried', 'BillionGraves (a volunteer-run cemetery site) has photos of headstones you can search by name.'), some({ source: 'pass' })),
  c('O4 against: "Heritage Hub (a genealogy site for people researching Ohio families)"', said('any good sites for ohio ancestors', 'Heritage Hub (a genealogy site for people researching Ohio families) has county marriage lists.'), some({ source: 'pass' })),
  // ---- added after the second run (labelled before they ran): a site in brackets with a person word inside
  c('O4 against: "OhioRoots (a site people use to trace Ohio families, with a marriage index)"', said('any good sites for ohio ancestors', 'OhioRoots (a site people use to trace Ohio families, with a marriage index) has county marriages back to 1803.'), some({ source: 'pass' })),
  c('O4 against: "Marion Obits (a database our volunteers index)"', said('i need an obituary from marion county', 'Marion Obits (a database our volunteers index) covers 1890 to 1990, searchable by surname.'), some({ source: 'pass' })),
  // ---- added after the first run (labelled before they ran)
  c('O2 for: "The Young Republican notice for debate night" names no paper', said('is there anything going on for teens', 'The Young Republican notice for debate night is on our bulletin board by the stairs.'), some({ source: 'fail' })),
];

export const o10: SessionCase[] = [
  // ---- for: the month's short form before a digit keeps the sentence whole
  c('O10 for: "in the Toledo Blade on Oct. 3, 1968, on page 9"', said('was my dads car wreck in the paper', 'It was in the Toledo Blade on Oct. 3, 1968, on page 9.'), some({ source: 'pass' })),
  c('O10 for: "Dec. 7, 1941, Honolulu Star-Bulletin, page 1"', said('i need the pearl harbor headline from hawaii', 'The Honolulu Star-Bulletin, Dec. 7, 1941, page 1 has the extra edition headline.'), some({ source: 'pass' })),
  c('O10 for: chat-speak "Hartford Courant, Nov. 2, 1974, pg 5"', said('did the courant cover the mill closing', 'found it!! Hartford Courant, Nov. 2, 1974, pg 5 covers the closing'), some({ source: 'pass' })),
  // ---- against: not a source, with a short month before a digit
  c('O10 against: "The book sale is Sat. Sept. 14 at 10" gives no source', said('when is the book sale', 'The book sale is Sat. Sept. 14 at 10, in the community room.'), some({ source: 'fail' })),
  c('O10 against: "We don\'t have the Plain Dealer for Aug. 4, 1979" not found', said('can i see the plain dealer from aug 4 1979', "Sorry, we don't have the Plain Dealer for Aug. 4, 1979, page 12 on film."), some({ source: 'fail' })),
  c('O10 against: "Your EOB, Apr. 2, 2025, page 3" is paperwork', said('why was i billed twice', 'Your EOB, Apr. 2, 2025, page 3 lists both charges.'), some({ source: 'fail' })),
  // ---- added after the first run (labelled before they ran)
  c('O10 for: "The Oregonian, Sep. 9, 1965, p. 14"', said('did my grandma get an obituary in portland', 'The Oregonian, Sep. 9, 1965, p. 14 has her obituary.'), some({ source: 'pass' })),
  c('O10 against: "in Oct. Is there anything else" still asks', asked('when is the next citizenship class', 'Classes are listed at fairviewlib.example.org/esl; the next one starts in Oct. Is there anything else I can help you with?', 'no thats it', 'Thanks, bye!'), some({ source: 'pass', anything: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O1 for: "social security # 800-555-0122??" confirmed':
    'info.source: expected pass, got fail. The office\'s number the patron asked about, confirmed (the brief\'s own "dmv # 410-555-0190?" shape, here an 800 number and "Correct,"); older: v48 fails it too.',
  'O2 against: "a 1989 San Jose Mercury News story"':
    'info.source: expected pass, got fail. N11\'s masthead list takes "Mercury" with a hyphenated second word only ("Mercury-News"), not "Mercury News story"; older: v48 fails it too.',
  'O2 against: lower case "a bemidji pioneer article from 1971"':
    'info.source: expected pass, got fail. A newspaper article named in lower case (chat-speak) is not read: N11 wants capitals; older: v48 fails it too.',
  'O2 for: "The Young Republican notice for debate night" names no paper':
    'info.source: expected fail, got pass. O2 takes any capitalised word that is not a sentence lead ("Young") as the place before "Republican", so a club\'s notice names a paper; older: v48 passes it too (O2 did not narrow it).',
  'O4 for: "Sam (our go-to for the county archives)" is a person':
    'info.source: expected fail, got pass. A person described without a person word ("our go-to for …") is still read by N12 as a site; older: v48 passes it too.',
  'O4 against: "Heritage Hub (a genealogy site for people researching Ohio families)"':
    'info.source: expected pass, got fail. A named genealogy site described in brackets not ending in a site word: N12 never reads it (O4 not reached); older: v48 fails it too.',
};

describe('fiftieth round, blind check A: block O tried both ways', () => {
  for (const [t, cs] of [['O1', o1], ['O2 to O4', o2o4], ['O10', o10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
