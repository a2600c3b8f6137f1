/**
 * Forty-seventh round: block M's readings (rubric v47) tried both ways, in cases written with the block and labelled from
 * RUBRIC.md before they ran. Block M narrows v46's block L where checks written blind after it (the end of the forty-sixth round)
 * found it read too much, and takes forms of block L's readings those checks found missed: each change as meant, in words of
 * its own, and the near misses it must not read.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Does what you tried so far help?" asks about the patron's own attempts, not whether the answer meets the need;
 * - a time said earlier in the chat is the follow-up's time only when the library's people say they will write or call at it:
 *   not a hold's minutes ("I'll get back to you in a few minutes"), not a system's or another body's notice ("Our system will
 *   text you by 9 pm", "The clinic should call you back within 48 hours"), not a notice sent when a book arrives;
 * - "I already told you twice. I'm closing this chat." after the patron had said "forget it, bye", asked to close the chat, or
 *   been silent for the disconnect time ends a chat the patron had left: not an end of help for the provider's convenience;
 * - "Were you there in the morning or the afternoon?" asks when the patron visited (a clarifying question), no idle check-in;
 * - "Make a quick call to the county clerk at …", "A visit to the Records Office at … would settle it" tell the patron to call or
 *   visit a party: referrals, as "Call the county clerk at …" is;
 * - "talk to an Army recruiter", "pregunte al oficial de veteranos del condado": a recruiter and an officer are people outside the
 *   chat the patron is told to ask;
 * - "Turn in the second driveway at the post office" gives directions, no one to contact or visit about the need;
 * - "the Courier covered the shipping" says who paid, not what a paper reported;
 * - "Raj from Ask Us Anytime", "Kim with the Ask Us Anytime team" introduce the provider (the service's name), no invitation back;
 *   "if u need a librarian call us again tmrw" invites back.
 *
 * COUNTS. Written: 33 cases, labelled before the first run. First run: 31 as labelled, 2 disagreeing, both read so by v45 and v46
 * alike (not block L's doing): LEFT with their reasons (LEFT_WHY). Five more for M4 and three for M11, written with them and
 * labelled before they ran: as labelled. The scoring suite then found M8's first list ("when", "this", "for" …) reading v31
 * O3's near miss "Were you there when I asked?" as no check-in: M8 was cut to times and dates, "was u there when it flooded?"
 * replaced by "was u there on the 3rd …?", and "Were you there at all?" added against. The blind check
 * (`forty-seventh-round-m-blind-checked`) then showed M7's silence wrong in this file's own case: the patron's "but WHERE" was
 * left unanswered for 400 s, so the patron was waiting on the provider, not gone (RUBRIC: the final idle starts at the
 * provider's answer). That case is now labelled fail (M7 against: one label correction), and a new one has the provider answer
 * and then 430 s of silence (pass). M3's widening to v1's "Did the <words> help?" (from the same check) made "Did the steps
 * u've done so far help?" run. Each of the cases that tests a change of block M reads otherwise on v46 (compared case by case
 * with rubricV46); the near misses read the same on both.
 * Final on v47: 42 running, 1 LEFT. On v48 the LEFT case ("Our system will text you by 9 pm …") runs too: block N1 reads a
 * thing's writing as no promise of the provider's (`forty-ninth-round-n-checked`).
 */
import { describe } from 'vitest';
import { describeSessions, describeWithLeft, FU_ME, type Line, type SessionCase, some } from './helpers';
import { lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = "Hi, I'm Jo, a librarian at Sample County Library.";
const { asked, said, followUp } = nearMissLines(HI);
/**
 * A patron who asks the same thing again and again, the provider's answer, the patron's `last` at `at` (none when empty), and
 * the provider's `end` at `endAt`.
 */
const again = (last: string, at: number, end: string, endAt: number): Line[] => [
  [0, 'p', 'where are the large print books'],
  [20, 'l', `${HI} Which branch are you at?`],
  [50, 'p', 'where are the large print books'],
  [70, 'l', 'At Central they are on the first floor by the windows; the map is at samplelib.org/central-map.'],
  [120, 'p', 'but WHERE'],
  [140, 'l', 'First floor, by the windows, left of the elevator.'],
  ...(last === '' ? [] : [[at, 'p', last] as Line]),
  [endAt, 'l', end],
];
/** A Lost Call: the patron's question, the provider's `first`, the patron leaving, and the provider's `after`. */
const lost = lostCall('is the new percy jackson book out');
const SRC = 'The enrollment steps are at sampleschools.org/enroll.';
const CLOSE = "I already told you twice. I'm closing this chat.";

export const m1: SessionCase[] = [
  c('M1 "u need 2 know anything else?" asks', said('how do i enroll my son in school', `${SRC} u need 2 know anything else?`), some({ anything: 'pass' })),
  c('M1 "do u need 2 know anything else b4 u go?" asks', said('how do i enroll my son in school', `${SRC} do u need 2 know anything else b4 u go?`), some({ anything: 'pass' })),
  c('M1 against: "do u know anything else abt him, like his grade?" still asks for details', said('how do i enroll my son in school', `${SRC} do u know anything else abt him, like his grade?`), some({ anything: 'fail' })),
];

export const m3: SessionCase[] = [
  c('M3 "Does what you tried so far help?" asks about the patron\'s attempts', said('my libby app wont load my card', 'Our Libby help page is at samplelib.org/libby. You said you restarted the phone and reinstalled; does what you tried so far help at all?'), some({ complete: 'fail' })),
  c('M3 "Has anything you tried so far helped?"', said('my libby app wont load my card', 'The Libby troubleshooting steps are at help.libbyapp.com. Has anything you tried so far helped?'), some({ complete: 'fail' })),
  c("M3 \"Did the steps u've done so far help?\"", said('my libby app wont load my card', "The Libby steps are at help.libbyapp.com. Did the steps u've done so far help?"), some({ complete: 'fail' })),
  c('M3 against: "Does what I sent so far help?" still asks', said('trail maps for green ridge', 'The state trail map is at dnr.maryland.gov/trails. Does what I sent so far help?'), some({ complete: 'pass' })),
  c('M3 against: "Does the list so far help?" still asks', said('trail maps for green ridge', 'Three trails are on dnr.maryland.gov/trails: Deep Run, Twin Oaks and Long Pond. Does the list so far help?'), some({ complete: 'pass' })),
];

export const m4: SessionCase[] = [
  c('M4 "Make a quick call to the county clerk at …" refers', said('who has the deed for my house', 'Make a quick call to the county clerk at 410-555-0100; they can pull the deed while you wait.'), some({ referral: 'pass' })),
  c('M4 "A visit to the Records Office at … would settle it" refers', said('who has the deed for my house', 'A visit to the Records Office at 12 Main St, Westminster, would settle it: they keep every deed since 1850.'), some({ referral: 'pass' })),
  c('M4 "try a quick call to the Land Records office" with no contact', said('who has the deed for my house', 'Maybe try a quick call to the Land Records office, they are usually helpful.'), some({ referral: 'fail' })),
  c('M4 against: "The call to the county clerk went fine" (one that was)', said('who has the deed for my house', 'Glad the call to the county clerk went fine! The deed index is at mdlandrec.net if you want a copy too.'), some({ referral: 'na' })),
  c('M4 against: "I made a quick call to the clerk" (the provider\'s own)', said('who has the deed for my house', 'I made a quick call to the county clerk and they have it: the index is at mdlandrec.net.'), some({ referral: 'na' })),
];

export const m11: SessionCase[] = [
  c('M11 "talk to an Army recruiter at …" refers', said('can i join the army with a ged', 'Usually yes, with extra conditions. Talk to an Army recruiter at the Glen Burnie station, 410-555-0190; they can check your case.'), some({ referral: 'pass' })),
  c('M11 "pregunte al oficial de veteranos del condado" with no contact', said('beneficios de entierro para mi papa veterano', 'La guía está en va.gov/burials-memorials. Pregunte al oficial de veteranos del condado, ellos ayudan con la solicitud.'), some({ referral: 'fail' })),
  c('M11 against: "The officer who wrote the report retired" (no one to contact)', said('who wrote the 1990 police report', 'The officer who wrote the report retired in 1990; the report itself is at archives.gov/records.'), some({ referral: 'na' })),
];

export const m6: SessionCase[] = [
  c('M6 a hold\'s "in a few minutes" is no follow-up time', followUp("I'll get back to you in a few minutes with what the index says. What e-mail can I use for the scans?", "I'll email you the scans. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 "Our system will text you by 9 pm tonight to confirm the study room" is no follow-up time', followUp('Your study room is booked; our system will text you by 9 pm tonight to confirm the study room. What e-mail should I send the minutes to?', "I'll send the minutes over. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 "ILL will email you by Friday when the book arrives" is no follow-up time', followUp('I requested the 1998 bound volume too; ILL will email you by Friday when the book arrives. And your e-mail for the minutes?', "I'll look for the minutes and write to you. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 "The clinic should call you back within 48 hours" is no follow-up time', followUp('The board office keeps the tapes; the records clinic should call you back within 48 hours about those. What e-mail should I use for the minutes?', "I'll get back to you with the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('M6 against: "Our archivist will call you by Friday" before "She\'ll be in touch."', followUp('Our archivist will call you by Friday about the tapes. What e-mail should she use for the scans?', "She'll be in touch. Thanks, bye!"), some({ contact: 'pass' }), FU_ME),
  c('M6 against: "One of my colleagues can e-mail you within three days" before the promise', followUp('One of my colleagues in Local History can e-mail you the scans within three days. Which e-mail is best?', "They'll get back to you. Bye!"), some({ contact: 'pass' }), FU_ME),
  c('M6 against: "Marta can email you by Thursday" (a colleague by name)', followUp('Marta in Local History has the minutes. Marta can email you by Thursday. Which e-mail is best?', 'Marta will be in touch. Bye!'), some({ contact: 'pass' }), FU_ME),
];

export const m7: SessionCase[] = [
  c('M7 after the patron\'s "forget it, bye"', again('forget it, bye', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 after "pls just close the chat now"', again('this is useless. pls just close the chat now', 170, CLOSE, 185), some({ dismissal: 'pass' })),
  c('M7 after the provider\'s answer and 430 s of the patron\'s silence', again('', 0, CLOSE, 570), some({ dismissal: 'pass' })),
  c('M7 against: the patron\'s question left unanswered 400 s (waiting, not gone)', again('but WHERE', 170, CLOSE, 570), some({ dismissal: 'fail' })),
  c('M7 against: the patron still asking', again('WHERE ARE THEY', 170, CLOSE, 185), some({ dismissal: 'fail' })),
  c('M7 against: "whatever you say, where are they" still asks', again('whatever you say, where are they', 170, CLOSE, 185), some({ dismissal: 'fail' })),
];

export const m8: SessionCase[] = [
  c('M8 "Were you there in the morning or the afternoon?" clarifies', asked('i lost my wallet at the library yesterday', 'Oh no, I am sorry! Were you there in the morning or the afternoon?', 'afternoon, upstairs', 'Lost and found is at the circulation desk: call them at 410-555-0101.'), some({ clarify: 'pass' })),
  c('M8 "was u there on the 3rd?" clarifies', asked('i got charged for a study room i didnt use', 'was u there on the 3rd at all, or did u cancel online?', 'no i cancelled', 'The room policy is at samplelib.org/rooms; the branch can refund you: 410-555-0102.'), some({ clarify: 'pass' })),
  c('M8 against: "Were you there at all?" still checks in', [[0, 'p', 'do u have the new stephen king book'], [20, 'l', `${HI} Print or ebook?`], [40, 'p', 'print'], [62, 'l', 'Yes: catalog.samplelib.org, search "Holly", 3 copies at Central. Does that help?'], [200, 'l', 'Were you there at all? I have not heard back.']], some({ idle: 'pass' }), { endAfter: 80 }),
  c('M8 against: "Hello, were you still there?" checks in', [[0, 'p', 'do u have the new stephen king book'], [20, 'l', `${HI} Print or ebook?`], [40, 'p', 'print'], [62, 'l', 'Yes: catalog.samplelib.org, search "Holly", 3 copies at Central. Does that help?'], [200, 'l', 'Hello, were you still there?']], some({ idle: 'pass' }), { endAfter: 80 }),
];

export const m9: SessionCase[] = [
  c('M9 "Turn in the second driveway at the post office" gives directions, no referral', said('where do i park for the book sale', 'Turn in the second driveway at the post office; our lot is behind it. Sale details: samplelib.org/booksale.'), some({ referral: 'na' })),
  c('M9 "turn in the main entrance at the county office building" gives directions', said('where do i park for the book sale', 'Turn in the main entrance at the county office building, the library lot is on the left. Details: samplelib.org/booksale.'), some({ referral: 'na' })),
  c('M9 against: "Turn in your ballot application to the board of elections"', said('where do i send my absentee ballot application', 'Turn in your ballot application to the board of elections office at 300 S Center St, 410-555-0120.'), some({ referral: 'pass' })),
  c('M9 "the Courier covered the shipping" gives no source', said('who paid to ship the donated books', 'Good news: the Courier covered the shipping for all forty boxes, so nothing is owed.'), some({ source: 'fail' })),
  c('M9 "the Herald covered the cost of the ad" gives no source', said('who paid for the book sale ad', 'The Herald covered the cost of the ad this year, as a gift to the Friends.'), some({ source: 'fail' })),
  c('M9 against: "The Herald covered the opening on 4 June 1953"', said('when did the old bridge open', 'The Herald covered the opening on 4 June 1953, on page 1.'), some({ source: 'pass' })),
];

export const m10: SessionCase[] = [
  c('M10 "if u need a librarian call us again tmrw" invites back (Lost Call)', lost('Hi! Jo here at Sample County Library, let me check.', 'if u need a librarian call us again tmrw'), some({ courteous: 'pass' })),
  c('M10 "Raj from Ask Us Anytime" introduces, invites no one back (Lost Call)', lost('Hi, Raj from Ask Us Anytime here, let me take a look.'), some({ courteous: 'fail' })),
  c('M10 "Kim with the Ask Us Anytime team" introduces (Lost Call)', lost("Hello, this is Kim with the Ask Us Anytime team! I'll check the catalog."), some({ courteous: 'fail' })),
  c('M10 against: "Ask us again tonight if anything comes up!" still invites back', said('is the new percy jackson book out', 'Yes: catalog.samplelib.org, search "Percy Jackson".', 'Ask us again tonight if anything comes up!'), some({ courteous: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-seventh round: block M tried both ways', () => {
  describeSessions('M1', m1);
  describeWithLeft('M3', m3, LEFT_WHY);
  describeSessions('M4', m4);
  describeSessions('M11', m11);
  describeWithLeft('M6', m6, LEFT_WHY);
  describeSessions('M7', m7);
  describeSessions('M8', m8);
  describeSessions('M9', m9);
  describeSessions('M10', m10);
});
