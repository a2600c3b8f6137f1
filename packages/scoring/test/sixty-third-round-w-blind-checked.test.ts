/**
 * Sixty-third round, blind check of block W (rubric v57): W2, W5, W6, W7, W11, W16 and W19 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; the provider's own library's departments count when the patron is told to visit them; staff the
 * provider consults on the patron's behalf do not; a website or publication for the patron to use is a source; na when there is no
 * referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Bringing or taking a thing to the library's own circulation, front, information or reference desk (W2) is visiting one of its
 *   departments: a referral (RUBRIC Terms: "The provider's own library's departments count when the patron is told to contact or
 *   visit them"), with no way to reach the desk unless a phone, e-mail, address or URL is given; in Spanish the same ("Traiga … al
 *   mostrador de circulación").
 * - Leaving a thing at an office, department or police station (W5), bringing, taking or dropping it at a station by its number
 *   (W7), writing, calling or e-mailing a department's, Secretary of State's or commission's unit, division or office (W6),
 *   putting a complaint, request, concern or grievance to a party (W11), contacting a local, state or area chapter of an
 *   organisation (W16), and letting a party know (W19) all tell the patron to visit, write to or contact a party: a referral. A
 *   union steward is a person outside the chat (RUBRIC Terms: "a person or organisation outside the chat").
 * - Told nothing: a condition ("If you bring it to the front desk, …", "if you put your complaint to the landlord …"), a negation
 *   ("You don't need to bring anything …", "You don't have to let your employer know"), the provider's own act ("I'll take your
 *   request slip …", "We'll drop the donated books …", "Let me put your request to our acquisitions team", "I'll let the Eastside
 *   branch know"), what others do ("They usually leave it at the post office", "The hospital will let your insurer know", "The
 *   Labor Department's wage division fined …"): na. A party's page or website, a publication's chapter, a page to "put it to the
 *   test" with: sources, na. A station by its number after "take the bus to" is a place to travel to, not a party: na.
 * - A way to reach: "on Birch Rd" (a street, no number) is no postal address; "55 Oak St, Dayton, OH 45402" is.
 * - W16: a local chapter of the party just given a phone in the same sentence is that party again (passes); a local chapter of
 *   another organisation there is a party of its own with no contact (fails).
 *
 * COUNTS. Written: 45 cases, 23 for and 22 against (W2 4/3, W5 3/3, W6 3/3, W7 3/3, W11 3/3, W16 4/3, W19 3/4), in one batch,
 * labels copied aside to /tmp/sixty-third-round-w-blind-checked-labels.ts before the first run. First run as labelled: 39 of 45.
 * Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC's Referral term and the referral.contact row; the labels stand).
 * Final: 39 running, 6 LEFT (rubric v56 scored on each to tell "older" from "W caused"):
 * - referral.contact, expected fail / got na: "Traiga su tarjeta, … al mostrador de circulación." (W2 reads English "bring / take"
 *   only; older: v56 na the same).
 * - referral.contact, expected na / got fail: "If you bring it to the front desk, they can waive the fee, …" (a condition; W2's own
 *   pattern skips "if you bring", but an older reading reads it; older: v56 fail the same).
 * - referral.contact, expected fail / got pass: "drop the old flares at Fire Station 6 on Birch Rd" (W7 reads the referral as meant,
 *   but "6 on Birch Rd" is then taken for a street address: "… at Fire Station 6" alone fails as labelled; W caused: v56 na).
 * - referral.contact, expected pass / got na: "You can bring the dog tags to Police Station No. 4, 55 Oak St, Dayton, OH 45402."
 *   (W7's "no 4" is not reached, "Police Station No." seems to end the sentence: "Police Station Number 4, 55 Oak St, …" passes;
 *   older: v56 na the same).
 * - referral.contact, expected fail / got na: "You should put the grievance to your union steward first." (W11's verb reads, but
 *   "union steward" is no party to the scorer; older: v56 na the same).
 * - referral.contact, expected na / got fail: "Here, if you put your complaint to the landlord in writing, the law gives them 14
 *   days." (a condition; W11's look-behind skips the provider's own "I / we / let me put" but not "if / when you put"; W caused:
 *   v56 na).
 * ON the mends (before v57 landed): the W-caused "if you put your complaint to the landlord in writing, …" is no referral (W11's
 *   condition guard) and runs; "drop the old flares at Fire Station 6 on Birch Rd" is no longer read by W7 (a number followed by
 *   "on …"), na as on v56, and stays LEFT as an older misreading; the older "put the grievance to your union steward" runs (W28):
 *   41 running, 4 LEFT.
 * ON v58 (block X): "You can bring the dog tags to Police Station No. 4, 55 Oak St, …" runs ("No." before a digit ends no
 *   sentence, and W7 reads "No. 4": X4); 42 running, 3 LEFT.
 * RUBRIC v62 (block AB, sixty-eighth round): W2 against: "If you bring it to the front desk, they can waive the fee." (AB13: a
 *   referring verb right after "if you", with no way to reach the party in its clause, is a condition) now scores as labelled and
 *   runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const w2: SessionCase[] = [
  // ---- W2 for: bring / take a thing (a long one, commas allowed) to the library's own desk or counter
  c('W2 for: "just bring ur library card, a photo ID, and a bill with ur new address to the front desk" (chat-speak)', said('how do i change the address on my card', 'easy! just bring ur library card, a photo ID, and a bill with ur new address to the front desk'), NO_WAY),
  c('W2 for: "Please take the damaged book, the receipt and your card to the Circulation Desk, (410) 555-0162."', said('my dog chewed a library book what do i do', 'It happens! Please take the damaged book, the receipt and your card to the Circulation Desk, (410) 555-0162.'), WITH_WAY),
  c('W2 for: "You can bring any items you want to donate, books, DVDs or puzzles, to the information desk at Eastside."', said('do you take donations', 'We do. You can bring any items you want to donate, books, DVDs or puzzles, to the information desk at Eastside.'), NO_WAY),
  c('W2 for: "Traiga su tarjeta, una identificación y un recibo con su nueva dirección al mostrador de circulación." (Spanish)', es.said('cómo cambio la dirección de mi tarjeta', 'Es sencillo. Traiga su tarjeta, una identificación y un recibo con su nueva dirección al mostrador de circulación.'), NO_WAY),
  // ---- W2 against: a condition, the provider's own act, a negation with a source
  c('W2 against: "If you bring it to the front desk, they can waive the fee." (condition)', said('is there a fee for a lost card', 'Usually $2. If you bring it to the front desk, they can waive the fee, but most people just pay it online.'), NONE),
  c('W2 against: "I\'ll take your request slip to the circulation desk myself before I leave." (own act)', said('can you make sure my interlibrary loan request gets processed', 'Sure. I\'ll take your request slip to the circulation desk myself before I leave.'), NONE),
  c('W2 against: "You don\'t need to bring anything to the front desk; renew at catalog.example.org." (negation, a source)', said('do i have to come in to renew my books', 'No. You don\'t need to bring anything to the front desk; renew at catalog.example.org.'), NONE),
];

export const w5: SessionCase[] = [
  // ---- W5 for: leave it / them / the form at an office, department or station
  c('W5 for: "just leave them at the county clerks office, no appt needed" (chat-speak)', said('where do i turn in the dog license renewal', 'just leave them at the county clerks office, no appt needed'), NO_WAY),
  c('W5 for: "Leave the completed form at the Planning Department, 200 Main St, Suite 4, Lakeview, OR 97630."', said('how do i turn in a fence permit application', 'It is a paper form. Leave the completed form at the Planning Department, 200 Main St, Suite 4, Lakeview, OR 97630.'), WITH_WAY),
  c('W5 for: "You can leave the keys at the police station on 3rd, (505) 555-0121."', said('i found a set of car keys on the sidewalk', 'Kind of you! You can leave the keys at the police station on 3rd, (505) 555-0121.'), WITH_WAY),
  // ---- W5 against: the provider's or others' own act, a condition
  c('W5 against: "We leave copies at the township office every month; the schedule is at township.example.gov." (own act, a source)', said('where can i find the trash pickup schedule', 'We leave copies at the township office every month; the schedule is also at township.example.gov.'), NONE),
  c('W5 against: "They usually leave it at the post office if no one is home; tracking is at usps.com." (others\' act)', said('my package says delivery attempted', 'They usually leave it at the post office if no one is home; the tracking page at usps.com says where it is.'), NONE),
  c('W5 against: "If you leave the bike at the police station, it may be auctioned after 90 days." (condition)', said('any info on what happens to found bikes', 'The city code covers it: if you leave the bike at the police station, it may be auctioned after 90 days.'), NONE),
];

export const w7: SessionCase[] = [
  // ---- W7 for: take / bring / drop a thing to / at a station by its number
  c('W7 for: "drop the old flares at Fire Station 6 on Birch Rd" (chat-speak)', said('how do i get rid of expired boat flares', 'dont toss them in the trash! drop the old flares at Fire Station 6 on Birch Rd'), NO_WAY),
  c('W7 for: "You can bring the dog tags to Police Station No. 4, 55 Oak St, Dayton, OH 45402."', said('i found military dog tags at the park', 'How interesting. You can bring the dog tags to Police Station No. 4, 55 Oak St, Dayton, OH 45402.'), WITH_WAY),
  c('W7 for: "Take your smoke alarm to Fire Station Number 12, (719) 555-0134, for a free swap."', said('my smoke alarm keeps chirping', 'Check the battery first. Or take your smoke alarm to Fire Station Number 12, (719) 555-0134, for a free swap.'), WITH_WAY),
  // ---- W7 against: the provider's own act, a place to travel to, a condition
  c('W7 against: "We\'ll drop the donated books at Fire Station 2 on Friday." (own act)', said('did the book drive books go anywhere', 'Yes! We\'ll drop the donated books at Fire Station 2 on Friday for their lending shelf.'), NONE),
  c('W7 against: "Take the number 9 bus to Station 14; the branch is across the street." (a place to travel to)', said('how do i get to the westside branch by bus', 'Take the number 9 bus to Station 14; the branch is across the street.'), NONE),
  c('W7 against: "If you take it to Fire Station 5, note they close weekends; hours at fire.example.gov." (condition, a source)', said('where can i recycle a fire extinguisher', 'One note: if you take it to Fire Station 5, they close on weekends; the hours are at fire.example.gov.'), NONE),
];

export const w6: SessionCase[] = [
  // ---- W6 for: a department's, Secretary of State's, commission's unit, division, office
  c('W6 for: "Send the appeal to the Revenue Department\'s audit division, PO Box 1190, Salem, OR 97309."', said('how do i appeal a state tax audit', 'There is a form on the notice. Send the appeal to the Revenue Department\'s audit division, PO Box 1190, Salem, OR 97309.'), WITH_WAY),
  c('W6 for: "Call the Secretary of State\'s corporations division to check the name is free."', said('how do i know if my business name is taken', 'Good question. Call the Secretary of State\'s corporations division to check the name is free.'), NO_WAY),
  c('W6 for: "email the parks commissions events office, they book the pavilions" (chat-speak)', said('can i rent a pavilion for a bday party', 'yep! email the parks commissions events office, they book the pavilions'), NO_WAY),
  // ---- W6 against: a page (source), a report of others, the provider's own act
  c('W6 against: "The Health Department\'s vaccine program page has the list: health.example.gov/vax." (a source)', said('where are the free flu shot clinics', 'There are several. The Health Department\'s vaccine program page has the list: health.example.gov/vax.'), NONE),
  c('W6 against: "The Labor Department\'s wage division fined the company in 2019, says news.example.com." (a report)', said('was that factory ever in trouble for wages', 'Yes. The Labor Department\'s wage division fined the company in 2019, according to the article at news.example.com/wages.'), NONE),
  c('W6 against: "I e-mailed the Secretary of State\'s elections division; their FAQ is at sos.example.gov/faq." (own act)', said('when is the voter registration deadline', 'I e-mailed the Secretary of State\'s elections division earlier today about a similar question; their FAQ is at sos.example.gov/faq.'), NONE),
];

export const w11: SessionCase[] = [
  // ---- W11 for: put a complaint, request, concern to a party
  c('W11 for: "put ur repair request to the property manager in writing" (chat-speak)', said('my heater has been broken for 2 weeks', 'ugh. put ur repair request to the property manager in writing so theres a record'), NO_WAY),
  c('W11 for: "Put your concerns to the school board in writing: PO Box 40, Greenville, SC 29601."', said('i dont like the new bus routes', 'You can object. Put your concerns to the school board in writing: PO Box 40, Greenville, SC 29601.'), WITH_WAY),
  c('W11 for: "You should put the grievance to your union steward first."', said('my boss changed my shifts without notice', 'That may break the contract. You should put the grievance to your union steward first.'), NO_WAY),
  // ---- W11 against: the provider's own act, a test not a party, a condition
  c('W11 against: "Let me put your request to our acquisitions team; they decide on purchases." (own act, staff consulted)', said('can the library buy a book i want', 'Maybe! Let me put your request to our acquisitions team; they decide on purchases.'), NONE),
  c('W11 against: "Put it to the test with the practice exams at library.example.org/le." (no party, a source)', said('i think im ready for the GED math', 'Great! Put it to the test with the practice exams at library.example.org/le.'), NONE),
  c('W11 against: "If you put your complaint to the landlord in writing, the law gives them 14 days." (condition)', said('how long does a landlord have to fix things', 'It depends on the state. Here, if you put your complaint to the landlord in writing, the law gives them 14 days.'), NONE),
];

export const w16: SessionCase[] = [
  // ---- W16 for: a local, county, state or area chapter of an organisation is a party
  c('W16 for: "Contact your state chapter of the Alzheimer\'s Association; they run caregiver groups."', said('my mom has dementia and im overwhelmed', 'I am sorry. Contact your state chapter of the Alzheimer\'s Association; they run caregiver groups.'), NO_WAY),
  c('W16 for: "Call your local NAMI chapter at (802) 555-0148 for the family class."', said('my brother has bipolar disorder, where can our family learn more', 'There is a free course. Call your local NAMI chapter at (802) 555-0148 for the family class.'), WITH_WAY),
  c('W16 for: "hit up the area habitat chapter, they sometimes help w repairs" (chat-speak)', said('my roof leaks and i cant afford to fix it', 'hmm, hit up the area habitat chapter, they sometimes help w repairs'), NO_WAY),
  c('W16 for: "Call the March of Dimes at (800) 555-0114 or visit your local March of Dimes chapter." (the same party again)', said('any support for parents of preemies', 'Yes. Call the March of Dimes at (800) 555-0114 or visit your local March of Dimes chapter.'), WITH_WAY),
  // ---- W16 against: a publication's chapter (source), a chapter's website (source), another party's chapter after a contact
  c('W16 against: "See the local history chapter of the county guide, library.example.org/guide." (a book\'s chapter)', said('where can i read about the old mill', 'There is a good overview. See the local history chapter of the county guide, library.example.org/guide.'), NONE),
  c('W16 against: "Your local Sierra Club chapter\'s website lists hikes: sierraclub.example.org/hikes." (a source)', said('any group hikes around here', 'Yes. Your local Sierra Club chapter\'s website lists hikes: sierraclub.example.org/hikes.'), NONE),
  c('W16 against: "Call the American Cancer Society at 1-800-555-0142 or visit your local Lions Club chapter." (another party)', said('who helps with eyeglasses and rides to chemo', 'Two ideas. Call the American Cancer Society at 1-800-555-0142 or visit your local Lions Club chapter.'), NO_WAY),
];

export const w19: SessionCase[] = [
  // ---- W19 for: let / letting a party know
  c('W19 for: "def let ur landlord know in writing too" (chat-speak)', said('theres mold in my bathroom', 'clean it w a bleach mix, and def let ur landlord know in writing too'), NO_WAY),
  c('W19 for: "Let the utility company know at (312) 555-0186 before the shutoff date."', said('i cant pay my gas bill this month', 'There are programs. Let the utility company know at (312) 555-0186 before the shutoff date.'), WITH_WAY),
  c('W19 for: "It\'s a good idea to let your child\'s teacher know about the diagnosis."', said('books on adhd for parents', 'We have several. It\'s a good idea to let your child\'s teacher know about the diagnosis, too.'), NO_WAY),
  // ---- W19 against: the provider's own act, "let me know", a negation, another's act
  c('W19 against: "I\'ll let the Eastside branch know you\'re coming for the book." (own act)', said('can you hold the book at eastside', 'Yes, it is on hold. I\'ll let the Eastside branch know you\'re coming for the book.'), NONE),
  c('W19 against: "Please let me know if the renewal link works: library.example.org/renew." (let me know)', said('how do i renew online', 'Please let me know if the renewal link works: library.example.org/renew.'), NONE),
  c('W19 against: "You don\'t have to let your employer know about the appointment." (negation)', said('do i have to tell work about jury duty summons info', 'The rules are at jury.example.gov. You don\'t have to let your employer know about the appointment itself.'), NONE),
  c('W19 against: "The hospital will let your insurer know directly." (another\'s act)', said('do i have to tell my insurance about the ER visit', 'Usually not. The hospital will let your insurer know directly.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'W2 for: "Traiga su tarjeta, una identificación y un recibo con su nueva dirección al mostrador de circulación." (Spanish)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to visit the library\'s own circulation desk (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), no contact given; W2 reads English "bring / take" only (older: v56 na the same)',
  'W7 for: "drop the old flares at Fire Station 6 on Birch Rd" (chat-speak)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): "on Birch Rd" is a street with no number, not a postal address (RUBRIC referral.contact: "e-mail, phone, postal address or URL"); the station\'s number "6 … Birch Rd" is read as a street address ("… at Fire Station 6" alone fails as labelled) (W caused: v56 na)',
};

describe('sixty-third round: block W checked blind, both ways', () => {
  for (const [t, cs] of [['W2', w2], ['W5', w5], ['W6', w6], ['W7', w7], ['W11', w11], ['W16', w16], ['W19', w19]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
