/**
 * Seventy-third round, blind check of block AF (rubric v66): AF3 and AF4 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Checks: followup.completeness (AF3; RUBRIC: pass when, in or after the first message that gives a source or answer, the provider
 * asks whether the information already given meets the need; a question about something not yet given does not count; fail
 * otherwise) and referral.contact (AF4; RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation
 * outside the chat, the own library's departments included when the patron is told to contact them, staff the provider consults
 * on the patron's behalf not; na when there is no referral; pass when every party comes with an e-mail, phone, address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AF3: a provider question whose subject is a photo, picture, image, illustration or drawing the provider has just given or
 *   pointed to ("Does the image look like your beetle?", "Do those photos look like hers?", "¿La foto se parece a la planta que
 *   tiene?") asks whether what was given meets the need: pass. Asked before any source or answer (about a photo the patron is to
 *   send), after an offer of a photo not yet given, as a statement or a condition, by the patron, or in an internal message: not
 *   such a question, fail.
 * - AF4: a means verb told to the patron (imperative, "you should", a party's relayed "wants you to / 'd like you to", Spanish
 *   "puede …") and then "by e-mail / phone / fax / text at <contact>" tells the patron to contact whoever the contact reaches, a
 *   referral with its way: pass. A library's renewal line is the own library's department the patron is told to call: a referral
 *   (pass with its number). Told nothing: the provider's own act (future or past), what others do, a condition, a negation, another
 *   person's duty, the patron's own e-mail as where the provider will reply, a code got "by text" with a web page: na.
 *
 * COUNTS. Written: 27 cases, 13 for and 14 against (AF3 6/6, AF4 7/8), in one batch, labels copied aside to /tmp/wt-af2-labels.ts
 * before the first run. First run as labelled: 22 of 27. Disagreeing: 5. Label corrections: 0 (each reread against RUBRIC's
 * followup.completeness rule or its Referral term; the labels stand). Final: 22 running, 5 LEFT (each scored with rubric v65 to
 * tell "older" from "AF caused"; all five older, none caused by AF):
 * - followup.completeness, expected pass / got fail: "Do those photos look like hers?" after the Quilt Museum's photos (AF3 widened
 *   the subject to "this / that / the photo(s)", not "those / these photos"; older: v65 fail the same).
 * - followup.completeness, expected pass / got fail: "¿La foto se parece a la planta que tiene?" after a plant finder page (no
 *   Spanish photo question is read; AF3 is English only; older: v65 fail the same).
 * - referral.contact, expected pass / got na: "You should file the claim by fax at 202-555-0119." (CHANNEL_AF4 names "fax", but
 *   no evidence at all: "by fax at <number>" is apparently not found as a referring verb (v50 P4's "by … fax" wants a party after
 *   "at the …"), so AF4 never sees it; "by e-mail / phone / text at" read; older: v65 na the same).
 * - referral.contact, expected pass / got na: "Puede renovarlo por teléfono al 410-555-0100." (a Spanish means verb and "por
 *   teléfono al <number>"; AF4 is English only; older: v65 na the same).
 * - referral.contact, expected na / got pass: "You don't have to renew it by phone at 410-555-0100 anymore; …" (a negation, the
 *   patron is told not to call; an older reading, not AF4, already reads "… renew it by phone at <number>" with no negation guard
 *   (the chat-speak "pls renew it by phone at …" passed on v65 too); older: v65 pass the same).
 * MENDED before v66 landed (the author, after this check; labels unchanged): AF3's subjects take "these / those photos" too, so
 *   "Do those photos look like hers?" runs as labelled; "fax" dropped from CHANNEL_AF4 (never a referring verb; "e-mail" and "txt"
 *   reach it as "email" and "text"). Final as landed: 23 running, 4 LEFT (all older).
 * ON v67 (block AG11, AG12): "¿La foto se parece a la planta que tiene?" and "by fax at 202-555-0119" read; 2 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NONE, NOT_ASKED, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Alder Creek Library.';
const { said, asked, done } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'north' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Alder Creek.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** A source given, then `inner` as an internal message (staff only), the patron's thanks and a goodbye. */
const internalAfter = (q: string, text: string, inner: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you use?`],
  [50, 'p', 'north'],
  [70, 'l', text],
  [80, 'i', inner],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const af3: SessionCase[] = [
  // ---- AF3 for: the photo, picture, image or illustration just given, asked about
  c('AF3 for: "does that pic look like it??" (chat-speak)', said('what plant has heart shaped leaves that trail', 'sounds like a heartleaf philodendron! theres a pic on missouribotanicalgarden.org/plantfinder, does that pic look like it??'), ASKED),
  c('AF3 for: "Does the image look like your beetle?"', said('i found a shiny green beetle eating my roses', 'From your description it is most likely a Japanese beetle. The fact sheet at extension.umn.edu/yard-and-garden-insects/japanese-beetles has a close-up image. Does the image look like your beetle?'), ASKED),
  c('AF3 for: "Do those photos look like hers?"', said('my grandma had a quilt with interlocking rings, what is the pattern called', 'That sounds like the Double Wedding Ring pattern. The International Quilt Museum has photos of several at quiltstudy.org. Do those photos look like hers?'), ASKED),
  c('AF3 for: "Does this illustration look like what you remember?"', said('there was a black bird with red patches on its wings at my feeder', 'That is most likely a red-winged blackbird. The Sibley Guide to Birds has an illustration of the male on page 470, and it is at allaboutbirds.org/guide/Red-winged_Blackbird too. Does this illustration look like what you remember?'), ASKED),
  c('AF3 for: "Does the picture look like the one hanging in your hall?"', said('i have an old print of a ship in a storm, who painted it', 'From what you describe it could be Turner\'s "The Shipwreck". The Tate shows the picture at tate.org.uk/art/artworks/turner-the-shipwreck-n00476. Does the picture look like the one hanging in your hall?'), ASKED),
  c('AF3 for: "¿La foto se parece a la planta que tiene?" (Spanish)', es.said('tengo una planta con hojas rayadas de blanco y verde', 'Parece una cinta (Chlorophytum comosum). Hay una foto en missouribotanicalgarden.org/plantfinder. ¿La foto se parece a la planta que tiene?'), ASKED),
  // ---- AF3 against: asked before anything was given, an offer, a statement, a condition, the patron's question, an internal note
  c('AF3 against: "Could you send a photo of one leaf? Does the photo look like it?" (before any source or answer)', asked('what kind of plant is this, it has pink spotted leaves', 'Could you send a photo of one leaf? Does the photo look like it?', 'ok sent, its pretty close', 'Thanks! Pink spots like that mean a polka dot plant (Hypoestes). Care tips are at missouribotanicalgarden.org/plantfinder.'), NOT_ASKED),
  c('AF3 against: "I can look for a photo of the chrysalis too. Would that help?" (an offer)', said('what is the striped caterpillar on my milkweed', 'That is a monarch caterpillar; the life cycle is at monarchwatch.org/biology. I can look for a photo of the chrysalis too. Would that help?'), NOT_ASKED),
  c('AF3 against: "That photo looks just like yours, I think." (a statement)', said('what is the feathery fern in my bathroom', 'From your description it is a Boston fern; missouribotanicalgarden.org/plantfinder has a photo. That photo looks just like yours, I think.'), NOT_ASKED),
  c('AF3 against: "If the photo looks like it, you have a luna moth." (a condition)', said('there is a huge pale green moth on my porch', 'That is probably a luna moth; see the photo at butterfliesandmoths.org/species/Actias-luna. If the photo looks like it, you have a luna moth.'), NOT_ASKED),
  c('AF3 against: the patron asks "does that photo look like it to u?"', done('is this mushroom with a honeycomb cap a morel', 'It sounds like a true morel. The photos at mushroomexpert.com/morchella.html show the hollow stem; cut yours in half to check.', 'does that photo look like it to u?', 'Yes, from what you said. Happy hunting, bye!'), NOT_ASKED),
  c('AF3 against: "Kim, does that photo look like it?" (an internal message)', internalAfter('what is the spiky plant with white stripes', 'It sounds like a zebra haworthia. There is a photo at missouribotanicalgarden.org/plantfinder.', 'Kim, does that photo look like it? pt says white stripes'), NOT_ASKED),
];

export const af4: SessionCase[] = [
  // ---- AF4 for: a means verb told to the patron, then "by e-mail / phone / fax / text at <contact>"
  c('AF4 for: "The state Agriculture Department wants you to report spotted lanternflies by e-mail at badbug@agri.example.gov or by phone at 1-888-555-0142."', said('i saw a weird spotted bug on my grapevine', 'It sounds like a spotted lanternfly. The state Agriculture Department wants you to report spotted lanternflies by e-mail at badbug@agri.example.gov or by phone at 1-888-555-0142.'), WITH_WAY),
  c('AF4 for: "pls renew it by phone at 410-555-0100, theyre open til 8" (chat-speak, the library\'s line)', said('my laptop loan is due today and the website is down', 'ugh sorry! pls renew it by phone at 410-555-0100, theyre open til 8'), WITH_WAY),
  c('AF4 for: "You should file the claim by fax at 202-555-0119."', said('how do i claim for a lost suitcase with the bus company', 'They still take paper claims. You should file the claim by fax at 202-555-0119.'), WITH_WAY),
  c('AF4 for: "Request the transcript by e-mail at records@northfield.example.edu; include your student ID."', said('how do i get my old college transcript', 'Northfield College keeps them for 50 years. Request the transcript by e-mail at records@northfield.example.edu; include your student ID.'), WITH_WAY),
  c('AF4 for: "They\'d like you to book the meeting room by phone at (614) 555-0172."', said('can i use the community center room for a club meeting', 'Yes, the community center rents it out. They\'d like you to book the meeting room by phone at (614) 555-0172.'), WITH_WAY),
  c('AF4 for: "Schedule the bulk trash pickup by text at (503) 555-0123."', said('how do i get rid of an old couch', 'The city does free bulk pickups once a month. Schedule the bulk trash pickup by text at (503) 555-0123.'), WITH_WAY),
  c('AF4 for: "Puede renovarlo por teléfono al 410-555-0100." (Spanish)', es.said('mi libro vence hoy y no puedo ir', 'No se preocupe. Puede renovarlo por teléfono al 410-555-0100.'), WITH_WAY),
  // ---- AF4 against: the provider's own act, what others do, a condition, a negation, another's duty, the patron's own e-mail, a means
  c('AF4 against: "I\'ll report the sighting by e-mail at badbug@agri.example.gov for you." (own act)', said('i saw a spotted lanternfly at the park', 'Thanks for telling us. I\'ll report the sighting by e-mail at badbug@agri.example.gov for you.'), NONE),
  c('AF4 against: "We renewed it for you by phone at 410-555-0100 this morning." (own past act)', said('is my laptop loan still due today', 'No, you are fine. We renewed it for you by phone at 410-555-0100 this morning, so it is due March 30.'), NONE),
  c('AF4 against: "Most beekeepers report swarms by e-mail at swarms@beeclub.example.org." (what others do)', said('are there books on catching bee swarms', 'Yes, we have two at North. Most beekeepers report swarms by e-mail at swarms@beeclub.example.org, the first one says.'), NONE),
  c('AF4 against: "If you pay it by phone at 1-800-555-0160, keep the confirmation number." (a condition)', said('is there a guide to paying parking tickets', 'There is a short one. One tip from it: if you pay it by phone at 1-800-555-0160, keep the confirmation number.'), NONE),
  c('AF4 against: "You don\'t have to renew it by phone at 410-555-0100 anymore; it renews on its own." (a negation)', said('do i still have to call to renew my laptop loan', 'Good news: you don\'t have to renew it by phone at 410-555-0100 anymore; it renews on its own.'), NONE),
  c('AF4 against: "Your landlord has to file the notice by e-mail at housing@city.example.gov." (another\'s duty)', said('my landlord wants to raise my rent, is there a rule about notice', 'Yes, 60 days. Your landlord has to file the notice by e-mail at housing@city.example.gov, so it is on record.'), NONE),
  c('AF4 against: "You can request it here and we\'ll reply by e-mail at kim.r@example.com within two days." (the patron\'s own e-mail)', said('can i get a scan of the 1952 yearbook page? my email is kim.r@example.com', 'Yes. You can request it here and we\'ll reply by e-mail at kim.r@example.com within two days.'), NONE),
  c('AF4 against: "You can get the login code by text; the steps are at support.example.com." (a means, a source)', said('how do i log in to the job site with two step', 'You can get the login code by text; the steps are at support.example.com/2fa.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AF4 for: "Puede renovarlo por teléfono al 410-555-0100." (Spanish)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to call the library to renew, its number given; AF4 reads English means verbs and "by <channel>" only (older: v65 na the same)',
  'AF4 against: "You don\'t have to renew it by phone at 410-555-0100 anymore; it renews on its own." (a negation)':
    'expected referral na, got pass ("the referral comes with a way to reach them"): RUBRIC Referral, the patron is told not to call, no one to contact; an older reading, not AF4, already reads "… renew it by phone at <number>" with no negation guard (older: v65 pass the same)',
};

describe('seventy-third round: block AF (AF3, AF4) checked blind, both ways', () => {
  for (const [t, cs] of [['AF3', af3], ['AF4', af4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
