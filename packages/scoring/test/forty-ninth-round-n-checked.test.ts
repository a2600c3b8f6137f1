/**
 * Forty-ninth round: block N's readings (rubric v48) tried both ways, in cases written with the block and labelled from RUBRIC.md
 * before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - N1: a sentence that says only that another body or a thing will write to or call the patron ("The county clerk's office will
 *   mail you a certified copy within 3 weeks", "you should hear from the clinic within two business days", "Our catalog will
 *   e-mail you by Friday to confirm the hold") is no promise of the provider's to send or find more later (Terms, Follow-up
 *   session: "the provider promises"), and its time is not when the follow-up's information comes (followup.contact). The
 *   library's own people, desks and rooms still promise ("your library will contact you", "The Maryland Room will email you the
 *   scans by Friday", "Ms. Ortiz will email you"), and so does any sentence with the provider's own person in it.
 *
 * - N2: a read-back of the patron's own e-mail or phone gives no source (a patron's contact is no referral's contact); a number
 *   the patron typed while asking about someone else is not the patron's own.
 * - N3-N10: "Does GasBuddy help for tonight?" and "Does that look like hers?" ask whether what was given fits; "Mind if I take a
 *   few minutes…?" is a hold; "Thanks for contacting Ask Ohio!" names the service; "drop them off at the shelter" and "llame a
 *   su veterinario" refer; "or go to sleep" does not; "I can't do all of these. I'm ending the chat now." dismisses.
 * - N11, N12: "Evening Capital, June 3, 1952, p. 4", "a 1948 Toledo Blade story", "HeritageQuest (a genealogy database we
 *   subscribe to)" name sources.
 *
 * COUNTS. Written: 16 cases for N1, labelled before they ran: as labelled (the first cut took "The library's legal clinic" for
 * another body: "librarys" added to the library's words). Then 37 for N2-N12, labelled before they ran: 35 as labelled, 2
 * disagreeing. One was my timing ("Mind if I ask how old she is?", the answer 130 s after the patron's reply, not 110: the
 * label corrected to fail, and a case with 110 s added, as labelled). One is older and stays LEFT (the clerk's number beside
 * "I have you down as …": v1's patron-contact words take the whole sentence). Two more written with N2's narrowing and N11 and
 * N12: as labelled. Compared case by case with v47: not every "for" case is new to v48 (v47 already read "Does the map help for
 * tonight?", "The IRS will send you a letter in about 6 weeks" and a few others right); those stay as guards of the block's
 * neighbours. Final: 54 running, 1 LEFT; after the fourth blind check withdrew N3's "for your <task>", "Does Epicurious help
 * for your party?" goes LEFT with its reason: 53 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, FU_ME, type Line, some, type SessionCase } from './helpers';
import { readBackLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = "Hi there, Dee from Sample County Library here.";
const { asked, said, followUp } = nearMissLines(HI);
/** A session the provider codes as answered. */
const ANSWERED = { resolutionCode: 'Answered' };

export const n1: SessionCase[] = [
  // ---- for: another body's or a thing's writing is no promise, and its time is not the follow-up's
  c('N1 for: "The county clerk\'s office will mail you a certified copy within 3 weeks" lends no time', followUp("The county clerk's office will mail you a certified copy within 3 weeks. Want the minutes by e-mail too? What address?", "I'll send the minutes along. Bye!"), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "Our catalog will e-mail you by Friday to confirm the hold" lends no time', followUp('Our catalog will e-mail you by Friday to confirm the hold. And for the minutes, what e-mail should I use?', 'Someone will be in touch about the minutes. Bye!'), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "you should hear from the clinic within two business days" is no promise (answered)', said('how do i get free legal help with my lease', 'Fill in the intake form at legalaid.example.org/apply; you should hear from the clinic within two business days. Does that answer it?'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "the Division of Vital Records will mail you the certificate within 4 weeks" is no promise (answered)', said('how do i get a copy of my birth certificate', 'Order it at health.maryland.gov/vsa; the Division of Vital Records will mail you the certificate within 4 weeks. Does that help?'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "Your doctor\'s office should call u by friday" is no promise (answered)', said('can the library get my vaccine record', "no, your doctor's office should call u by friday with it once they get the form. the form is at health.example.gov/records"), some({ contact: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "The IRS will send you a letter in 6 weeks" lends no time', followUp('The IRS will send you a letter in about 6 weeks. I can dig up the old minutes meanwhile; which e-mail?', 'Will get back to you on the minutes. Bye!'), some({ contact: 'fail' }), FU_ME),
  // ---- against: the library's people, desks and rooms, a name, or the provider's own person
  c('N1 against: "Your library will contact you within 2 days about the minutes"', followUp('Your library will contact you within 2 days about the minutes. What e-mail is best?', 'Talk soon, bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "Our genealogy volunteer will email you the scans by Friday"', followUp('Our genealogy volunteer will email you the scans by Friday. Which e-mail should she use?', 'She will be in touch. Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The reference desk will email you the minutes tomorrow morning"', followUp('The reference desk will email you the minutes tomorrow morning. Which address?', 'Bye for now!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "Ms. Ortiz will email you the minutes by Thursday" (a name)', followUp('Ms. Ortiz will email you the minutes by Thursday. Which e-mail should she use?', 'Take care!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The archives can mail you a certified copy, and I will email you the minutes by Friday"', followUp('The archives can mail you a certified copy, and I will email you the minutes by Friday. Which e-mail?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The clinic will call you within 48 hours; I\'ll email you the minutes by Monday"', followUp("The clinic will call you within 48 hours; I'll email you the minutes by Monday. Which e-mail works?", 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "They can email you the scans within two business days"', followUp('They can email you the scans within two business days. Which e-mail?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The Maryland Room will email you the scans by Friday"', followUp('The Maryland Room will email you the scans by Friday. Which e-mail should they use?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "You\'ll hear from our ILL staff by Friday"', followUp("You'll hear from our ILL staff by Friday. Which e-mail should they use?", 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "Special Collections will email you the scans by Friday" promises (answered)', said('do u have the 1920s fair photos', 'Special Collections will email you the scans by Friday.'), some({ code: 'fail' }), ANSWERED),
];

/** The patron's request `q`, a greeting, the provider's `reply`, thanks and goodbye (for N2's read-backs). */
const readBack = readBackLines(HI, 'ok thx', 'Bye!', [0, 20, 50, 90, 100]);
/** A question, the greeting with a question, the reply, `hold` at 50, the `answer` at 200, the patron done, goodbye (N5). */
const held = (hold: string, reply: string, answer: string, answerAt = 200): Line[] => [
  [0, 'p', 'how long do box turtles live'],
  [20, 'l', `${HI} Wild ones or pets?`],
  [40, 'p', 'pet'],
  [50, 'l', hold],
  ...(reply === '' ? [] : [[70, 'p', reply] as Line]),
  [answerAt, 'l', answer],
  [answerAt + 30, 'p', 'thanks thats all'],
  [answerAt + 40, 'l', 'Bye!'],
];
/** The provider's opening `first` (and `second`), the patron's question answered with a source, the patron done, goodbye (N6). */
const opened = (first: string, second = 'What are you looking for?'): Line[] => [
  [0, 'p', 'hi'],
  [15, 'l', first],
  [20, 'l', second],
  [50, 'p', 'the 1913 flood death list'],
  [70, 'l', 'The Dayton Daily News list is on the Ohio Memory site: ohiomemory.org/flood1913. Does that help?'],
  [100, 'p', 'yes thats all'],
  [110, 'l', 'Bye!'],
];
/** Two questions; the provider answers the first with a source and ends on the second with `end` (N10). */
const ended = (end: string): Line[] => [
  [0, 'p', 'need the FEMA recovery centers list, and how to replace my birth certificate, and my car title'],
  [20, 'l', `${HI} Which county?`],
  [50, 'p', 'sonoma'],
  [70, 'l', 'The recovery center locator is at fema.gov/drc. Did that help?'],
  [100, 'p', 'ok but what about the birth certificate'],
  [110, 'l', end],
];

export const n2: SessionCase[] = [
  c('N2 for: "301-555-0142 — you are on the waitlist" reads the patron\'s number back, no source', readBack('pls add me to the waitlist for the ESL class, my number is 301-555-0142', '301-555-0142 — you are on the waitlist for the Thursday ESL class.'), some({ source: 'fail' })),
  c('N2 for: "kay.b@example.com is now on the sign-up" reads the patron\'s e-mail back, no source', readBack('sign me up for the resume workshop, email is kay.b@example.com', 'kay.b@example.com is now on the sign-up for the resume workshop on the 12th.'), some({ source: 'fail' })),
  c('N2 for: the e-mail of the patron fields read back, no source', readBack('can you put me on the knitting circle list', 'Done: dev.r@example.com will get the knitting circle reminders.'), some({ source: 'fail' }), { patron: { email: 'dev.r@example.com' } }),
  c('N2 against: the clerk\'s number besides the patron\'s own', readBack('who do i call about a marriage license, im at 301-555-0142', 'The county clerk is at 410-555-0100; I have you down as 301-555-0142 in case we get cut off.'), some({ source: 'pass' })),
  c('N2 against: a number the patron typed while asking about the recorder', readBack('i have 515-555-0120 for the county recorder, is that right for deeds?', "Yes, 515-555-0120 is the recorder's deed line."), some({ source: 'pass' })),
  c('N2 against: another number than the patron\'s', readBack('where do i take the GED, my cell is 301-555-0142', 'The Adult Ed testing center is at 301-555-0199 to book a seat.'), some({ source: 'pass' })),
];

export const n11n12: SessionCase[] = [
  c('N11 for: "Evening Capital, June 3, 1952, p. 4"', said('was there a notice when my grandpa opened his store', 'Found it: Evening Capital, June 3, 1952, p. 4 has the opening notice.'), some({ source: 'pass' })),
  c('N11 for: "a 1948 Toledo Blade story"', said('anything on the 1948 flood in toledo', "There's a 1948 Toledo Blade story on the flood, with photos."), some({ source: 'pass' })),
  c('N11 against: "I searched for a Blade story but found nothing"', said('anything on the 1948 flood in toledo', 'I searched for a Blade story but found nothing from that week.'), some({ source: 'fail' })),
  c('N11 against: "The Senior Citizen notice is by the door"', said('when is the senior lunch', 'The Senior Citizen notice is by the door; lunch is at noon.'), some({ source: 'fail' })),
  c('N12 for: "HeritageQuest (a genealogy database we subscribe to)"', said('where can i see the 1940 census', 'HeritageQuest (a genealogy database we subscribe to) has the 1940 census.'), some({ source: 'pass' })),
  c('N12 for: "Smith, Modern Welding, 12th edition"', said('a good welding textbook?', 'Smith, Modern Welding, 12th edition covers MIG and TIG.'), some({ source: 'pass' })),
  c('N12 against: "Dr. Ruiz (the county\'s vet) said no"', said('can dogs eat grapes', 'Dr. Ruiz (the county\'s vet) said no when we asked last year.'), some({ source: 'fail' })),
];

export const n3n4: SessionCase[] = [
  c('N3 for: "Does the map help for tonight?"', asked('any shelters open', 'The Red Cross shelter map is at redcross.org/shelters.', 'ok', 'Does the map help for tonight?'), some({ complete: 'pass' })),
  c('N3 for: "Does Epicurious help for your party?"', asked('need a vegan dessert', 'Try the vegan dessert collection on epicurious.com.', 'oh cool', 'Does Epicurious help for your party?'), some({ complete: 'pass' })),
  c('N3 against: "Do you need help for tonight?" asks about the patron', asked('any shelters open', 'The Red Cross shelter map is at redcross.org/shelters.', 'ok', 'Do you need help for tonight?'), some({ complete: 'fail' })),
  c('N4 for: "Does that look like hers?" after the scan', asked('my grandmas jello salad recipe from a 1950s church cookbook', 'Here is a scan of the 1954 St. Mark\'s cookbook page: archive.org/details/stmarks1954.', 'lime and cottage cheese!', 'Does that look like hers?'), some({ complete: 'pass' })),
  c('N4 for: "Do those look like your mom\'s?"', asked('pierogi recipes like my moms', 'The Polish cookbook "Polish Heritage Cooking" by Robert Strybel has three on page 112.', 'nice', "Do those look like your mom's?"), some({ complete: 'pass' })),
  c('N4 against: "What does hers look like?" asks about the patron\'s', asked('my grandmas jello salad recipe', 'Here is a scan of the 1954 St. Mark\'s cookbook page: archive.org/details/stmarks1954.', 'hmm', 'What does hers look like?'), some({ complete: 'fail' })),
];

export const n5n6: SessionCase[] = [
  c('N5 for: "Mind if I take a few minutes to look that up?" starts a wait of 150 s', held('Mind if I take a few minutes to look that up?', '', 'Pet box turtles often live 40 years or more; see "The Box Turtle Book" by Ann Somers.'), some({ informed: 'fail' })),
  c('N5 for: "Do you mind if I take a couple minutes?" then the answer at 150 s', held('Do you mind if I take a couple minutes?', '', 'Pet box turtles often live 40 years or more; see "The Box Turtle Book" by Ann Somers.', 150), some({ informed: 'pass' })),
  c('N5 against: "Mind if I ask how old she is?" asks the patron (the answer 130 s after the reply)', held('Mind if I ask how old she is?', '3', 'At 3 she has decades ahead: pet box turtles often live 40 years or more; see "The Box Turtle Book" by Ann Somers.', 200), some({ informed: 'fail' })),
  c('N5 against: "Mind if I ask how old she is?", the answer 110 s after the reply', held('Mind if I ask how old she is?', '3', 'At 3 she has decades ahead: pet box turtles often live 40 years or more; see "The Box Turtle Book" by Ann Somers.', 180), some({ informed: 'pass' })),
  c('N6 for: "Thanks for contacting Ask Ohio!"', opened('Thanks for contacting Ask Ohio!'), some({ greeting: 'pass' })),
  c('N6 for: "Hi from Ask Colorado!"', opened('Hi from Ask Colorado! What can I help you find?', 'Go ahead.'), some({ greeting: 'pass' })),
  c('N6 against: "Thanks for contacting us, ask me anything."', opened('Hi there! Thanks for contacting us, ask me anything.'), some({ greeting: 'fail' })),
  c('N6 against: "Hello! You\'re welcome to ask Mike at the desk too."', opened("Hello! You're welcome to ask Mike at the desk too."), some({ greeting: 'fail' })),
];

export const n7n9: SessionCase[] = [
  c('N7 for: "drop them off at the shelter, 6201 Theodore Green Blvd, White Plains, NY 10605"', said('where can i donate old towels', 'You can drop them off at the shelter, 6201 Theodore Green Blvd, White Plains, NY 10605, any weekday.'), some({ referral: 'pass' })),
  c('N7 for: "Drop the kittens off at a rescue" with no contact', said('found kittens what do i do', 'If mom does not come back by tonight, drop the kittens off at a rescue or your local humane society.'), some({ referral: 'fail' })),
  c('N7 against: "drop them off at the book drop"', said('can i return books after hours', 'Yes, drop them off at the book drop by the front door.'), some({ referral: 'na' })),
  c('N8 for: "Llame a su veterinario hoy mismo." (no contact)', said('mi perro comio chocolate', 'Llame a su veterinario hoy mismo; el chocolate es tóxico para los perros.'), some({ referral: 'fail' })),
  c('N8 for: "Llame a un rehabilitador de fauna silvestre al 877-555-3223."', said('encontre un pajarito herido', 'Llame a un rehabilitador de fauna silvestre al 877-555-3223.'), some({ referral: 'pass' })),
  c('N8 against: "El veterinario dice que …" names no one to call', said('mi gato puede tomar leche', 'La guía de la ASPCA (aspca.org/es) dice que no: el veterinario de la guía explica que les cae mal.'), some({ referral: 'na' })),
  c('N9 for: "or go to sleep, keep them 3 feet from anything" is no referral', said('are space heaters safe overnight', 'Turn heaters off when you leave the room or go to sleep, keep them 3 feet from anything that burns; see usfa.fema.gov/heating.'), some({ referral: 'na' })),
  c('N9 against: "go to the county clerk, they can help" refers', said('how do i get a copy of my deed', 'Go to the county clerk, they can help with that.'), some({ referral: 'fail' })),
];

export const n10: SessionCase[] = [
  c('N10 for: "It\'s a busy night, I can\'t get to all of those. I\'m closing the chat now."', ended("It's a busy night, I can't get to all of those. I'm closing the chat now."), some({ dismissal: 'fail' })),
  c('N10 for: "I can\'t do all of these. I\'m going to end the chat."', ended("Sorry, I can't do all of these. I'm going to end the chat."), some({ dismissal: 'fail' })),
  c('N10 against: "I can\'t do all of these at once, but let\'s start with the birth certificate."', ended("I can't do all of these at once, but let's start with the birth certificate: vitalchek.com has Sonoma's."), some({ dismissal: 'pass' })),
  c('N10 against: "I can\'t do all of these. I\'m ending the chat now, but come back tomorrow for the rest."', ended("I can't do all of these. I'm ending the chat now, but come back tomorrow for the rest!"), some({ dismissal: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'N3 for: "Does Epicurious help for your party?"':
    'followup.completeness: expected pass, got fail. The provider had given the source and asks whether it serves the patron\'s task; v48 N3 first read "for your <task>" after "help", but the blind checks found the same words asking about a day or the patron\'s own plans ("Does Monday help for your appointment?", "Does Thursday help for your class?", "Does mulch help for your garden?"), and only the chat before tells them apart, so that part of N3 was withdrawn (decision 020: the words alone cannot tell); older: v47 fails it too',
  "N2 against: the clerk's number besides the patron's own":
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact"). "The county clerk is at 410-555-0100; I have you down as 301-555-0142 …" gives the clerk\'s number; older: v47 fails it too ("I have" makes the whole sentence a read-back of the patron\'s contact, v1\'s patronContactContext), so N2 is not reached.',
};

describe('forty-ninth round: block N tried both ways', () => {
  for (const [t, cs] of [['N1', n1], ['N2', n2], ['N11 and N12', n11n12], ['N3 and N4', n3n4], ['N5 and N6', n5n6], ['N7 to N9', n7n9], ['N10', n10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
