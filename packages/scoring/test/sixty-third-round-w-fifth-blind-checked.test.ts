/**
 * Sixty-third round, fifth blind check of block W (rubric v57): W4, W8, W9, W14, W17, W23, W30 and W32 (the mends made after three
 * earlier blind checks) tried both ways in cases written by a helper who did not see the author's cases nor the earlier checks' files,
 * each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, other parties, other
 * orders, Spanish; "against": near misses the block must not read, and older readings it must not break). Checks: W4
 * followup.completeness and inquiry.clarify, W8 followup.completeness, W9 closing.no_dismissal, W14 resolution.code, followup.contact
 * and followup.on_time, W17 closing.courteous, W23 info.source, W30 inquiry.clarify, W32 interest.keep_informed.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - W4: "Would / might / could it help to start / focus / narrow (it down) …?" asks about the need (inquiry.clarify: "a provider
 *   question … about the need"; followup.completeness: "a question about something not yet given … does not count"); "Did the guide
 *   help to narrow down your topic?", "Will this help to narrow down the list?" after a source ask whether what was given meets the
 *   need. "It would help to start with …" is a statement, no question.
 * - W8: "Does / will / do you think that … give / get <party> what they need / want (…)?" after a source asks whether it meets the
 *   need, words after "need" or not; "Did the registrar's office say what they need?", "Has the passport office got what they need
 *   from you yet?" ask about another's part or the patron's, not about what was given.
 * - W9: the provider's own limit said as the reason to end ("I can only give each patron 10 minutes on chat, so I have to end this
 *   one here", in Spanish too) tells the patron their time is up: fail. Another's limit (a writing center), equipment (public
 *   computers), and a limit named but not applied ("Usually I can only give …, but it's quiet tonight, so take all the time you
 *   need") end no help: pass.
 * - W14: "I'll / we're going to / I'd like to compile / double-check / look into … (and | , then) e-mail them to you / call you back /
 *   get back to you" is a promise to send or find more later: a follow-up session. Another agency's act ("The county clerk's office
 *   will compile the records and email them to you") is no promise by the provider or the patron's library (RUBRIC names "someone
 *   from your library"); the patron's own act and a negation ("I can't put together … and e-mail it to you") are none.
 * - W17: "come back" said to the patron or their party ("Hope you guys come back …", "Hope you and your twins come back …", "Come back
 *   anytime") invites them back; said of others (parents, a cat, a fawn's mother) invites no one.
 * - W23: a travel guide, "our guide to …" and a fishing-guide booklet are guides (named resources); a guide dog, a fishing guide hired,
 *   a tour guide are people or animals, no source.
 * - W30: "So your <situation> …, and you want / need <what they asked for>" (also "you want to know if …") restates the question; "…,
 *   and you need to set a PIN", "…, and you need your library card to pick it up", "…, and you're looking good to renew" are news or
 *   instructions, no restatement.
 * - W32: "One sec — <doing>" (in Spanish "Un segundo — estoy revisando …") announces that the provider is looking something up: a hold.
 *   "It only takes one sec — renewing is under My Account …" and "Take your time — checking the boxes …" are no holds.
 *
 * COUNTS. Written: 47 cases, 24 for and 23 against (W4 4/3, W8 3/2, W9 3/3, W14 3/3, W17 3/3, W23 3/3, W30 3/3, W32 3/2), in one
 * batch, labels copied aside to /tmp/sixty-third-round-w-fifth-blind-checked-labels.ts before the first run. First run as labelled:
 * 35 of 47. Disagreeing: 12. Label corrections: 0 (each reread against RUBRIC's text; the labels stand). Final: 35 running, 12 LEFT
 * (rubric v56 scored on each, in a throwaway test since deleted, to tell "older" from "W caused"): 5 W caused, 7 older.
 * - W4 for, inquiry.clarify, expected pass / got fail: "Would it help to narrow it down to one county?" ("it" between "narrow" and
 *   "down" is not read; older: v56 fail the same).
 * - W8 for, followup.completeness, expected pass / got fail: "Do you think that gives them what they need for the application?" (W8
 *   reads "need" only at the end of the question; older: v56 fail the same).
 * - W9 for, closing.no_dismissal, expected fail / got pass: "Solo puedo dar diez minutos a cada usuario, así que tengo que terminar
 *   aquí." (W9 is English only; older: v56 pass the same).
 * - W9 against, closing.no_dismissal, expected pass / got fail: "Usually I can only give each patron ten minutes, but it's quiet
 *   tonight, so take all the time you need." (a limit named but not applied; W caused: v56 pass).
 * - W14 against, resolution.code / followup.contact / followup.on_time, expected pass / na / na, got fail / fail / pending: "The county
 *   clerk's office will compile the records and email them to you within ten business days …" (another agency's act read as the
 *   provider's promise; older: v56 the same).
 * - W17 for, closing.courteous, expected pass / got fail: "Hope you guys come back for the next coding club!" ("guys", a plural
 *   subject after "you", is taken for others; W caused: v56 pass).
 * - W17 against, closing.courteous, expected fail / got pass: "If your cat doesn't come back in two days, post on the county lost pets
 *   page." ("your <noun>" is no subject W17 knows; older: v56 pass the same).
 * - W17 against, closing.courteous, expected fail / got pass: "Its mother will come back for it after dark." (W17's own example is not
 *   read: "its" stands in the stop-list before the subject, so "its <noun>" can never match; older: v56 pass the same).
 * - W30 for, inquiry.clarify, expected pass / got fail: "So your landlord has kept the whole deposit, and you want to know if that's
 *   legal." (W30 refuses "want to"; older: v56 fail the same).
 * - W30 against, inquiry.clarify, expected fail / got pass: "So your hold has arrived, and you need your library card to pick it up."
 *   (news and an instruction; W caused: v56 fail).
 * - W30 against, inquiry.clarify, expected fail / got pass: "So your fines are cleared, and you're looking good to renew online now."
 *   ("you're looking" read as "you're looking for"; W caused: v56 fail).
 * - W32 against, interest.keep_informed, expected pass / got fail: "It only takes one sec — renewing is under My Account at
 *   alderbend.org/account." ("one sec" as a duration, then a gerund subject; W caused: v56 pass).
 * ON the mends (before v57 landed): the five W-caused readings run (W9 not a limit waived after "but", W17 "you guys" is the
 *   patron, W30 not "you need your library card to …" nor "you're looking good", W32 not "It only takes one sec — …"), and three
 *   older ones with them ("Would it help to narrow it down to one county?", "Its mother will come back for it after dark", "…, and
 *   you want to know if that's legal"): 43 running, 4 LEFT (all older).
 * ON v58 (block X): W8's "Do you think that gives them what they need for the application?" (X5), W9's "Solo puedo dar diez
 *   minutos a cada usuario, …" (X6), W14's "The county clerk's office will compile the records and email them to you …" (X7) and
 *   W17's "If your cat doesn't come back in two days, …" (X8) run; 47 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, some, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, DISMISSED, HOLD, nearMissLines, NO_HOLD, NO_SOURCE, NOT_DISMISSED, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian with Ask Us at Alder Bend Library.';
const { said, asked, followUp } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Kit, bibliotecaria de la Biblioteca de Alder Bend.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

/** followup.completeness: the provider asked whether what was given meets the need / did not. */
const ASKED_IF_MET = some({ complete: 'pass' });
const NOT_ASKED_IF_MET = some({ complete: 'fail' });
/** inquiry.clarify: a question about the need or a restatement before the first source / none. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** A follow-up promised in the chat, e-mail read back and a time given, code 'Answered', nothing recorded yet (a day after). */
const PROMISED = some({ code: 'fail', contact: 'pass', onTime: 'pending' });
/** No follow-up promised (code 'Answered'). */
const NO_PROMISE = some({ code: 'pass', contact: 'na', onTime: 'na' });
const NOT_COURTEOUS = some({ courteous: 'fail' });

export const w4: SessionCase[] = [
  // ---- W4 for: "would / will / could / might it help to start / focus / narrow …" asks about the need
  c('W4 for: "would it help to narrow down to ur county first?" before any source (inquiry.clarify)', asked('looking for old land records for my great grandpa in ohio', 'would it help to narrow down to ur county first?', 'oh yes its clark county', 'The Clark County Recorder\'s deed index is at clarkcountyohio.gov/recorder.'), CLARIFIED),
  c('W4 for: "Might it help to focus on your mother\'s side first?" before any source (inquiry.clarify)', asked('i want to start my family tree but its overwhelming', 'Might it help to focus on your mother\'s side first?', 'sure, her family came from poland', 'Start with FamilySearch at familysearch.org; its Polish parish records are free.'), CLARIFIED),
  c('W4 for: "Would it help to narrow it down to one county?" before any source (inquiry.clarify; "it" between)', asked('i need crime stats for texas', 'Would it help to narrow it down to one county?', 'yes travis', 'The Texas DPS crime reports by county are at dps.texas.gov/crimereports.'), CLARIFIED),
  c('W4 for: "… Could it help to start with the car seats, since …?" after a source (followup.completeness)', said('are there recalls on baby stuff', 'Yes, lots. The CPSC recall list is at cpsc.gov/recalls. Could it help to start with the car seats, since those recalls are the most serious?'), NOT_ASKED_IF_MET),
  // ---- W4 against: whether a source helped (after it), and a statement (no question)
  c('W4 against: "Did the guide help to narrow down your topic?" after a source (followup.completeness)', said('i have to pick a topic for my ethics paper', 'Our ethics research guide at alderbend.org/guides/ethics lists 40 current debates. Did the guide help to narrow down your topic?'), ASKED_IF_MET),
  c('W4 against: "Will this help to narrow down the list?" after a source (followup.completeness)', said('which nursing homes near me have good ratings', 'Medicare\'s Care Compare at medicare.gov/care-compare rates every home by zip code. Will this help to narrow down the list?'), ASKED_IF_MET),
  c('W4 against: "It would help to start with the 1940 census." a statement before the source (inquiry.clarify)', asked('how do i find where my grandma lived as a kid', 'It would help to start with the 1940 census.', 'ok', 'The 1940 census is free at 1940census.archives.gov, searchable by name.'), NOT_CLARIFIED),
];

export const w8: SessionCase[] = [
  // ---- W8 for: "give / get … what they need / want" ending the question
  c('W8 for: "Will this give the school what they need?" (followup.completeness)', said('my kid needs proof of address for school registration', 'A library card printout counts in our district; the list of accepted proofs is at alderbend.k12.example.us/enroll. Will this give the school what they need?'), ASKED_IF_MET),
  c('W8 for: "does that get ur landlord what they want?" (chat-speak, followup.completeness)', said('landlord wants a reference letter template', 'theres a free template at tenants.example.org/letters. does that get ur landlord what they want?'), ASKED_IF_MET),
  c('W8 for: "Do you think that gives them what they need for the application?" (words after "need", followup.completeness)', said('my parents need proof of income for a senior housing form', 'The Social Security benefit letter is at ssa.gov/myaccount, printable in a minute. Do you think that gives them what they need for the application?'), ASKED_IF_MET),
  // ---- W8 against: another's telling, the patron's part
  c('W8 against: "Did the registrar\'s office say what they need?" (followup.completeness)', said('how do i get my transcript sent to a new college', 'Most schools use Parchment at parchment.com for this. Did the registrar\'s office say what they need?'), NOT_ASKED_IF_MET),
  c('W8 against: "Has the passport office got what they need from you yet?" (followup.completeness)', said('how long does a passport take right now', 'Current wait times are at travel.state.gov/passport-times. Has the passport office got what they need from you yet?'), NOT_ASKED_IF_MET),
];

export const w9: SessionCase[] = [
  // ---- W9 for: the provider's own limit of minutes a patron / question
  c('W9 for: "I can only give each patron 10 minutes on chat, so I have to end this one here." (closing.no_dismissal)', said('can you help me with my whole resume', 'Sorry, I can only give each patron 10 minutes on chat, so I have to end this one here.', 'Bye.'), DISMISSED),
  c('W9 for: "we only allot 15 mins to each question, so im closing this chat now" (chat-speak, closing.no_dismissal)', said('i still have more questions about the tax forms', 'sorry we only allot 15 mins to each question, so im closing this chat now', 'bye'), DISMISSED),
  c('W9 for: "Solo puedo dar diez minutos a cada usuario, así que tengo que terminar aquí." (Spanish, closing.no_dismissal)', es.said('todavía necesito ayuda con el formulario', 'Lo siento, solo puedo dar diez minutos a cada usuario, así que tengo que terminar aquí.', 'Adiós.'), DISMISSED),
  // ---- W9 against: another's limit, equipment, a limit not applied
  c('W9 against: "The writing center can only give each student 30 minutes, …" (another\'s, closing.no_dismissal)', said('can someone read my whole thesis draft', 'The writing center can only give each student 30 minutes, so book two back-to-back slots at writing.example.edu.'), NOT_DISMISSED),
  c('W9 against: "We can only give each patron 60 minutes on the public computers, …" (equipment, closing.no_dismissal)', said('how long can i use the computers', 'We can only give each patron 60 minutes on the public computers, but you can add another hour at the desk if nobody is waiting.'), NOT_DISMISSED),
  c('W9 against: "Usually I can only give each patron ten minutes, but it\'s quiet tonight, so take all the time you need." (not applied, closing.no_dismissal)', said('sorry i have a lot of questions', 'Usually I can only give each patron ten minutes, but it\'s quiet tonight, so take all the time you need. The GED prep books are at alderbend.org/ged.'), NOT_DISMISSED),
];

export const w14: SessionCase[] = [
  // ---- W14 for: the provider will put together / check / look into … and then send / call back (resolution.code, followup.contact, followup.on_time)
  c('W14 for: "I\'ll compile the March and April minutes …, then e-mail them to you by Thursday."', followUp('Those years are not online; the district keeps them in boxes we can request. What e-mail should I use?', 'I\'ll compile the March and April minutes, the superintendent\'s reports and the budget attachments from the storage boxes, then e-mail them to you by Thursday.'), PROMISED),
  c('W14 for: "we\'re going to double-check … with the district office and call you back tomorrow afternoon"', followUp('Some of the minutes may be missing. Can I get an e-mail in case?', 'we\'re going to double-check which of the spring 1998 minutes survived with the district office and the county archive and call you back tomorrow afternoon'), PROMISED),
  c('W14 for: "I\'d like to look into … and get back to you by Monday." (a long middle)', followUp('The scans we hold skip a few weeks. May I have your e-mail?', 'I\'d like to look into whether the March 1998 minutes were microfilmed separately by the county historical society or bound with the board\'s annual report, and get back to you by Monday.'), PROMISED),
  // ---- W14 against: another's act, the patron's, a negation
  c('W14 against: "The county clerk\'s office will compile the records and email them to you …" (another\'s act)', said('how do i get my grandpas probate file', 'The county clerk\'s office will compile the records and email them to you within ten business days once you pay the copy fee.'), NO_PROMISE),
  c('W14 against: "Put together your last three pay stubs and the lease, then e-mail them to your caseworker." (the patron\'s act)', said('what do i need for the rent assistance renewal', 'Put together your last three pay stubs and the lease, then e-mail them to your caseworker. The checklist is at housing.example.gov/renew.'), NO_PROMISE),
  c('W14 against: "I can\'t put together a full list and e-mail it to you, but …" (negation)', said('can you send me every licensed daycare in my town', 'I can\'t put together a full list and e-mail it to you, but the state search at childcare.example.gov lists every licensed daycare by town.'), NO_PROMISE),
];

export const w17: SessionCase[] = [
  // ---- W17 for: "come back" said to the patron still invites (closing.courteous: the last two provider messages carry no thanks or goodbye otherwise)
  c('W17 for: "Hope you guys come back for the next coding club!" (closing.courteous)', said('is there coding stuff for kids', 'Yes, coding club meets Tuesdays at 4 in the teen room, details at alderbend.org/events.', 'Hope you guys come back for the next coding club!'), COURTEOUS),
  c('W17 for: "Hope you and your twins come back for baby storytime on Thursday!" (closing.courteous)', said('do you have anything for babies', 'Baby storytime is Thursdays at 10, no sign-up needed; the schedule is at alderbend.org/kids.', 'Hope you and your twins come back for baby storytime on Thursday!'), COURTEOUS),
  c('W17 for: "Come back anytime if the forms give you trouble." (closing.courteous)', said('where are the unemployment forms', 'They are all online at jobs.example.gov/claims; paper copies are at the front desk.', 'Come back anytime if the forms give you trouble.'), COURTEOUS),
  // ---- W17 against: others who come back (no thanks, no goodbye in the last two provider messages)
  c('W17 against: "The parents usually come back within an hour, so watch from inside." (closing.courteous)', said('i found a baby bird on the sidewalk', 'Put it back in the nest if you can reach it; touching it will not scare the parents off.', 'The parents usually come back within an hour, so watch from inside.'), NOT_COURTEOUS),
  c('W17 against: "If your cat doesn\'t come back in two days, post on the county lost pets page." (closing.courteous)', said('my cat got out last night', 'Indoor cats usually hide close by, within a few houses. Check sheds and under porches at night with a flashlight.', 'If your cat doesn\'t come back in two days, post on the county lost pets page.'), NOT_COURTEOUS),
  c('W17 against: "Its mother will come back for it after dark." (closing.courteous)', said('there is a fawn alone in my yard', 'Leave it where it is; deer hide their fawns on purpose during the day.', 'Its mother will come back for it after dark.'), NOT_COURTEOUS),
];

export const w23: SessionCase[] = [
  // ---- W23 for: travel guides, "our guide to …", a guide booklet (info.source)
  c('W23 for: "The Lonely Planet Vietnam travel guide is on our shelf, the 2025 edition." (info.source)', said('any books for a trip to vietnam', 'The Lonely Planet Vietnam travel guide is on our shelf, the 2025 edition.'), SOURCE),
  c('W23 for: "Our guide to guide dogs and the law is on the Accessibility page of our website." (info.source)', said('can a landlord refuse a guide dog', 'No, in most cases they cannot. Our guide to guide dogs and the law is on the Accessibility page of our website.'), SOURCE),
  c('W23 for: "We have the state\'s free fishing guide booklet at the front desk; it lists every season and limit." (info.source)', said('when does trout season open', 'It depends on the water. We have the state\'s free fishing guide booklet at the front desk; it lists every season and limit.'), SOURCE),
  // ---- W23 against: an animal, a person who guides (no other source)
  c('W23 against: "A guide dog can go anywhere the public can go, including the library and restaurants." (info.source)', said('can i bring my guide dog to the library', 'Yes, of course. A guide dog can go anywhere the public can go, including the library and restaurants.'), NO_SOURCE),
  c('W23 against: "Most people hire a fishing guide for their first trip to the Boundary Waters." (info.source)', said('is fishing in the boundary waters hard', 'It can be. Most people hire a fishing guide for their first trip to the Boundary Waters.'), NO_SOURCE),
  c('W23 against: "The tour guide at the capitol explains the murals on every tour." (info.source)', said('who painted the murals in the state capitol', 'I am not sure who painted them. The tour guide at the capitol explains the murals on every tour.'), NO_SOURCE),
];

export const w30: SessionCase[] = [
  // ---- W30 for: "So your <situation> …, and you want / need …" restates before the source (inquiry.clarify)
  c('W30 for: "So ur car\'s transmission went out a week after you bought it, and you need the lemon law rules for used cars." (inquiry.clarify)', asked('the car i just bought is broken already', 'So ur car\'s transmission went out a week after you bought it, and you need the lemon law rules for used cars.', 'yes exactly', 'The state attorney general\'s used car page is at ag.example.gov/lemon; it has the rules and a complaint form.'), CLARIFIED),
  c('W30 for: "So your son\'s school has changed his IEP without a meeting, and you want something on parents\' rights." (inquiry.clarify)', asked('my sons school changed his plan without asking me', 'So your son\'s school has changed his IEP without a meeting, and you want something on parents\' rights.', 'right', 'Wrightslaw at wrightslaw.com explains IEP meeting rules for parents.'), CLARIFIED),
  c('W30 for: "So your landlord has kept the whole deposit, and you want to know if that\'s legal." (inquiry.clarify)', asked('my landlord kept all my deposit', 'So your landlord has kept the whole deposit, and you want to know if that\'s legal.', 'yeah', 'The tenant handbook at tenants.example.gov/deposits lists what a landlord may keep.'), CLARIFIED),
  // ---- W30 against: news and instructions, not the need (no question before the source)
  c('W30 against: "So your card is active now, and you need to set a PIN before you log in." (inquiry.clarify)', asked('i just got my library card', 'So your card is active now, and you need to set a PIN before you log in.', 'ok', 'The PIN steps are at alderbend.org/pin.'), NOT_CLARIFIED),
  c('W30 against: "So your hold has arrived, and you need your library card to pick it up." (inquiry.clarify)', asked('i got an email about a hold', 'So your hold has arrived, and you need your library card to pick it up.', 'ok', 'Pickup hours for each branch are at alderbend.org/hours.'), NOT_CLARIFIED),
  c('W30 against: "So your fines are cleared, and you\'re looking good to renew online now." (inquiry.clarify)', asked('i paid my fines', 'So your fines are cleared, and you\'re looking good to renew online now.', 'great', 'Renewing is under My Account at alderbend.org/account.'), NOT_CLARIFIED),
];

export const w32: SessionCase[] = [
  // ---- W32 for: "one sec — <doing>" is a hold (interest.keep_informed: the 200 s after it is on the provider)
  c('W32 for: "One sec — checking the county events list for you." (interest.keep_informed)', noTransfer('any free concerts this weekend', 'One sec — checking the county events list for you.'), HOLD),
  c('W32 for: "one sec - looking thru the catalog" (chat-speak, interest.keep_informed)', noTransfer('do u have the new stephen king', 'one sec - looking thru the catalog'), HOLD),
  c('W32 for: "Un segundo — estoy revisando el catálogo." (Spanish, interest.keep_informed)', noTransfer('tienen libros de cocina mexicana', 'Un segundo — estoy revisando el catálogo.'), HOLD),
  // ---- W32 against: "one sec" or a dash before "-ing" that is no hold
  c('W32 against: "It only takes one sec — renewing is under My Account at alderbend.org/account." (interest.keep_informed)', noTransfer('how do i renew my books', 'It only takes one sec — renewing is under My Account at alderbend.org/account.'), NO_HOLD),
  c('W32 against: "Take your time — checking the boxes on page 2 is optional anyway." (interest.keep_informed)', noTransfer('im filling out the card form, hang on', 'Take your time — checking the boxes on page 2 is optional anyway.'), NO_HOLD),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: block W checked blind (fifth check), both ways', () => {
  for (const [t, cs] of [['W4', w4], ['W8', w8], ['W9', w9], ['W14', w14], ['W17', w17], ['W23', w23], ['W30', w30], ['W32', w32]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
