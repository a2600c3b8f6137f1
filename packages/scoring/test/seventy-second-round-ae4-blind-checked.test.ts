/**
 * Seventy-second round, blind check of block AE (rubric v65): AE1, AE6 and AE8 (as mended) tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Checks: followup.completeness (AE1: pass when, in or after the first message that gives a source or answer,
 * the provider asks whether the information already given meets the need; a question about something not yet given does not count)
 * and referral.contact (AE6, AE8: RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat; na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AE1: "That what you were hoping for / had in mind / needed?" (and "that what u …") after a source or an answer asks whether what
 *   was given meets the need: pass. Right after the provider's own offer ("I could also …", "we could …", "ill pull …", the offer in
 *   the provider's message just before) it asks about the thing offered, not given: fail. A patron's option ("if you want, you can
 *   also ask the harbor master") is no offer of the provider's; an offer whose sentence already gives the thing by its URL, and an
 *   offer followed by the answer before the question, leave the question about what was given: pass. A "that what you …" question
 *   about something else ("That what you heard on the podcast?") asks nothing about the need: fail.
 * - AE6: "call / phone ahead, first, beforehand, in advance" tells the patron to call the place they are about to visit, the party
 *   named before it: a referral, pass with that party's URL, phone or postal address in the message, fail with none (a street name
 *   alone is no postal address). The same holds in Spanish ("Llame antes de ir") and when the place is named only by the patron
 *   ("im going to the state archives tomorrow" … "Call ahead if you can": the archives, fail), and "call first thing Monday" after
 *   the party still tells the patron to call it (fail with no way). Told nothing: the provider's own "I'll call ahead", a condition
 *   ("If you call ahead, …"), a negation ("no need to call ahead"): na. The library itself as the chat's service speaking as "we"
 *   ("We open at ten …; call ahead and we'll …") is not a party outside the chat: na.
 * - AE8: a clause ", and / or <words with is, are, was, can, has …> at <contact>" says where something about the party is found, and
 *   the contact (the party's own site) reaches the party referred to: pass; chat-speak "r" for "are" is the same. A clause naming
 *   another party right before its contact ("or the ASPCA poison line at …", "and the tenants' union at … can help too", "the
 *   county immunization clinic listed at …") leaves the first party with no way: fail, also when the other party's name holds a
 *   word spelled as a modal ("the Will Rogers Memorial Museum", "the Can-Am Genealogy Society").
 *
 * COUNTS. Written: 30 cases, 14 for and 16 against (AE1 5/5, AE6 5/6, AE8 4/5), in one batch, labels copied aside to
 * /tmp/wt-ae4-labels.ts before the first run. First run as labelled: 27 of 30. Disagreeing: 3. Label corrections: 0 (each reread
 * against RUBRIC's Referral term and referral.contact's rule; the labels stand). Final: 27 running, 3 LEFT (rubric v64 scored on
 * each to tell "older" from "AE caused"):
 * - referral.contact, expected fail / got na: "El Museo del Juguete Antiguo está en la calle Dr. Olvera. Llame antes de ir, …" (the
 *   patron is told to call the museum before going, a street name is no postal address; AE6's AHEAD_AE6 is English only and no
 *   Spanish reading takes "llame antes" as a call to the party before it; older: v64 na the same).
 * - referral.contact, expected pass / got fail: "Visit the Tri-County Gem & Mineral Club, and the club has its meeting dates at
 *   tcgemclub.org." (the URL is the club's own; AE8's verb guard is on U6's and V1's clauses only, and v42 H1's ", and the <party
 *   word> … at <contact>" (`otherPartyMarksH1`) still reads "the club has its meeting dates" as another party, note "the contact given
 *   is another party's or a resource's"; with H1 off it passes; older: v64 fail the same, by U6).
 * - referral.contact, expected pass / got fail: "just call the Humane Society, and the hours r at humanesociety.example.org"
 *   (chat-speak "r" for "are" is not in CLAUSE_VERB_AE8, so U6 reads "the hours r" as another party, note "the contact given is
 *   another party's"; older: v64 fail the same).
 * Also seen (not disagreements): "… and the Will Rogers Memorial Museum at (918) 555-0144 …" and "… or the Can-Am Genealogy
 *   Society at canamgen.example.org." fail as labelled only through H1: AE8's guard reads the names' "Will" and "Can" as modals, so
 *   the U6 / V1 clause no longer reads them (v64's note "another party's" becomes "another party's or a resource's"; with H1 off
 *   both pass).
 * MENDED before v65 landed (the author, after this check; labels unchanged): CLAUSE_VERB_AE8 takes chat-speak "r" for "are", so
 *   "just call the Humane Society, and the hours r at humanesociety.example.org" runs as labelled. Left as found: v42 H1's clause
 *   reading (otherPartyMarksH1, "… and the club has its meeting dates at …") has no such verb test, and AE8 reads a capitalised
 *   "Will" or "Can" opening a name ("the Will Rogers Memorial Museum at …") as a modal (H1 still fails those as labelled). Final
 *   as landed: 28 running, 2 LEFT (both older).
 * ON v67 (block AG9): "Llame antes de ir." reads; 1 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Lee, a librarian with Ask a Librarian at Cedar Falls Library.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'westside' });
const HI_ES = 'Hola, soy Lee, bibliotecaria de la Biblioteca de Cedar Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal visita normalmente?', branchReply: 'la del oeste' });

export const ae1: SessionCase[] = [
  // ---- AE1 for: "that what you …?" after a source or answer asks whether it meets the need
  c('AE1 for: "… the index is at wisconsinhistory.org/census. That what you were hoping for?"', said('where can i see the 1905 wisconsin state census', 'The Wisconsin Historical Society has the 1905 state census on microfilm, and the name index is at wisconsinhistory.org/census. That what you were hoping for?'), ASKED),
  c('AE1 for: "… library.example.org/az … that what u had in mind?" (chat-speak)', said('need reviews of cheap vacuums', 'try Consumer Reports in our databases, library.example.org/az, it has the 2024 vacuum ratings. that what u had in mind?'), ASKED),
  c('AE1 for: "… If you want to be sure about the inlet, you can also ask the harbor master. That what you were hoping for?" (a patron\'s option, no offer)', said('when is low tide at cape may this saturday', 'The tide tables for Cape May are at tidesandcurrents.noaa.gov: low tide Saturday is 9:42 am. If you want to be sure about the inlet, you can also ask the harbor master. That what you were hoping for?'), ASKED),
  c('AE1 for: "I could also look for the audiobook later. For now, \'The Overstory\' is on the shelf … That what you were looking for?" (offer, answer, question)', said('do you have the overstory', 'I could also look for the audiobook later. For now, \'The Overstory\' by Richard Powers is on the shelf at Westside, call number F POW. That what you were looking for?'), ASKED),
  c('AE1 for: "I can also send you the finding aid, it\'s at archives.example.edu/fa/221. That what you had in mind?" (URL in the offer sentence)', said('are there papers from the 1937 flood', 'Yes, the Red Cross flood relief papers are in the university archives. I can also send you the finding aid, it\'s at archives.example.edu/fa/221. That what you had in mind?'), ASKED),
  // ---- AE1 against: right after the provider's own offer, in the message before, a question about something else
  c('AE1 against: "… I could also ask the State Library to lend the 1940 edition. That what you had in mind?" (own offer)', said('do you have old road atlases', 'The 1955 Rand McNally road atlas is in our map room, call number G1201 .P2 R3. I could also ask the State Library to lend the 1940 edition. That what you had in mind?'), NOT_ASKED),
  c('AE1 against: "… ill pull the 1975 edition too if u want. that what u were hoping for?" (own offer, chat-speak)', said('looking for the old joy of cooking pound cake recipe', 'found it in Joy of Cooking p. 412, the copy on the shelf at Westside. ill pull the 1975 edition too if u want. that what u were hoping for?'), NOT_ASKED),
  c('AE1 against: "… We could also scan the pages for you. That what you needed?" ("we could" offer)', said('is the 1920 city directory online', 'Not online, but the 1920 city directory is on microfilm at Central, reel 14. We could also scan the pages for you. That what you needed?'), NOT_ASKED),
  c('AE1 against: "I can also hold the DVD for you." then "That what you had in mind?" (the offer ends the message before)', saidThen('do you have seabiscuit', '\'Seabiscuit\' by Laura Hillenbrand is on the shelf at Westside, 798.4 HIL. I can also hold the DVD for you.', 'That what you had in mind?'), NOT_ASKED),
  c('AE1 against: "… That what you heard on the podcast?" (not about the need)', said('who said we shall fight on the beaches', 'It is from Churchill\'s speech of 4 June 1940; the full text is in \'Never Give In!\' p. 218, on the shelf at Westside. That what you heard on the podcast?'), NOT_ASKED),
];

export const ae6: SessionCase[] = [
  // ---- AE6 for: "call ahead / first / beforehand / in advance" to the party named before it
  c('AE6 for: "The Cumberland Gap visitor center is at 91 Bartlett Park Rd, Middlesboro, KY 40965. Call ahead tho …"', said('is cumberland gap open in winter', 'Mostly. The Cumberland Gap visitor center is at 91 Bartlett Park Rd, Middlesboro, KY 40965. Call ahead tho, winter hours vary.'), WITH_WAY),
  c('AE6 for: "The Tinsmith Museum … its site is tinsmithmuseum.org. Call beforehand, …"', said('where can i see old tinsmithing tools', 'The Tinsmith Museum in Hollis has a whole workshop; its site is tinsmithmuseum.org. Call beforehand, they are volunteer-run.'), WITH_WAY),
  c('AE6 for: "The Harbor Seal Rescue Center takes visitors by appointment, (207) 555-0143. Phone ahead."', said('can my kids see the seal pups', 'They can. The Harbor Seal Rescue Center takes visitors by appointment, (207) 555-0143. Phone ahead.'), WITH_WAY),
  c('AE6 for: "the county Veterans Service Office handles that. call first pls" (chat-speak, no way)', said('how do i get my dads dd214', 'the county Veterans Service Office handles that. call first pls, they only see people by appointment'), NO_WAY),
  c('AE6 for: "El Museo del Juguete Antiguo está en la calle Dr. Olvera. Llame antes de ir." (Spanish, no way)', es.said('dónde puedo ver juguetes antiguos', 'Hay una colección enorme. El Museo del Juguete Antiguo está en la calle Dr. Olvera. Llame antes de ir, a veces cierra por eventos.'), NO_WAY),
  // ---- AE6 against / edges: own act, condition, negation, the library as "we", "first thing", no party named in the message
  c('AE6 against: "The Tinsmith Museum … I\'ll call ahead and ask …" (own act)', said('is the forge demo at the tinsmith museum on saturday', 'The Tinsmith Museum runs its forge demo some Saturdays. I\'ll call ahead and ask whether it is on this week.'), NONE),
  c('AE6 against: "The Button Museum … If you call ahead, they\'ll open the back room." (condition)', said('any button collections near waterbury', 'There is a small one in town. The Button Museum opens by appointment. If you call ahead, they\'ll open the back room for you.'), NONE),
  c('AE6 against: "The Glass Museum on Pine St takes walk-ins, no need to call ahead." (negation)', said('do i need a reservation for the glass museum', 'No. The Glass Museum on Pine St takes walk-ins, no need to call ahead.'), NONE),
  c('AE6 against: "We open at ten on Saturday; call ahead and we\'ll have the microfilm reader ready." (the library, "we")', said('can i use the microfilm reader this weekend', 'Sure. We open at ten on Saturday; call ahead and we\'ll have the microfilm reader ready.'), NONE),
  c('AE6 against: "The county recorder\'s office can certify the copy. Call first thing Monday, …" ("first thing", still a call to the office, no way)', said('i need a certified copy of my deed', 'The county recorder\'s office can certify the copy. Call first thing Monday, they close at noon.'), NO_WAY),
  c('AE6 against: "Bring a pencil and photo ID. Call ahead if you can." (no party in the message; the archives named by the patron)', said('im going to the state archives tomorrow, anything i should know', 'Bring a pencil and photo ID, pens are not allowed in the reading room. Call ahead if you can.'), NO_WAY),
];

export const ae8: SessionCase[] = [
  // ---- AE8 for: ", and / or <words with a verb> at <contact>" is no other party: the contact reaches the party referred to
  c('AE8 for: "Contact the Cornell Lab of Ornithology, and the upload steps are explained at birds.cornell.edu/id."', said('i have a photo of a weird bird, who can identify it', 'Contact the Cornell Lab of Ornithology, and the upload steps are explained at birds.cornell.edu/id.'), WITH_WAY),
  c('AE8 for: "Write to the state Vital Records office, or the request form can be downloaded at vitalrecords.example.gov."', said('how do i get my grandmothers death certificate', 'Write to the state Vital Records office, or the request form can be downloaded at vitalrecords.example.gov.'), WITH_WAY),
  c('AE8 for: "Visit the Tri-County Gem & Mineral Club, and the club has its meeting dates at tcgemclub.org."', said('where can i get a rock identified', 'Visit the Tri-County Gem & Mineral Club, and the club has its meeting dates at tcgemclub.org.'), WITH_WAY),
  c('AE8 for: "just call the Humane Society, and the hours r at humanesociety.example.org" (chat-speak "r")', said('found a stray cat what do i do', 'just call the Humane Society, and the hours r at humanesociety.example.org'), WITH_WAY),
  // ---- AE8 against: another party right before its contact (no verb in its words, the verb after it, a participle, a modal-like name)
  c('AE8 against: "Ask your vet, or the ASPCA poison line at (888) 555-0137."', said('my dog ate a lily', 'Lilies are mostly a danger to cats, but check anyway. Ask your vet, or the ASPCA poison line at (888) 555-0137.'), NO_WAY),
  c('AE8 against: "Talk to your landlord, and the tenants\' union at 617-555-0101 can help too." (the modal after the contact)', said('my heat has been off for a week', 'That is not allowed in winter. Talk to your landlord, and the tenants\' union at 617-555-0101 can help too.'), NO_WAY),
  c('AE8 against: "Ask your child\'s school nurse, or the county immunization clinic listed at 410-555-0171." (a participle)', said('where can my son get his tdap shot', 'Ask your child\'s school nurse, or the county immunization clinic listed at 410-555-0171.'), NO_WAY),
  c('AE8 against: "Ask the Claremore school district for his enrollment card, and the Will Rogers Memorial Museum at (918) 555-0144 for the photos." (a modal-like name)', said('my grandpa went to school in claremore in the 1930s, where are records', 'Ask the Claremore school district for his enrollment card, and the Will Rogers Memorial Museum at (918) 555-0144 for the photos.'), NO_WAY),
  c('AE8 against: "Check with the parish office or the Can-Am Genealogy Society at canamgen.example.org." (a modal-like name, " or ")', said('looking for my french canadian great grandparents marriage record', 'Check with the parish office or the Can-Am Genealogy Society at canamgen.example.org.'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AE8 for: "Visit the Tri-County Gem & Mineral Club, and the club has its meeting dates at tcgemclub.org."':
    'expected pass, got fail ("the contact given is another party\'s or a resource\'s"): the URL is the club\'s own site (referral.contact: a URL is a way to reach the party); AE8\'s auxiliary guard covers U6\'s and V1\'s clauses but not v42 H1\'s (`otherPartyMarksH1`), which reads "the club has its meeting dates" as another party (with H1 off it passes); older: v64 fail the same (by U6)',
};

describe('seventy-second round: block AE (AE1, AE6, AE8) checked blind, both ways', () => {
  for (const [t, cs] of [['AE1', ae1], ['AE6', ae6], ['AE8', ae8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
