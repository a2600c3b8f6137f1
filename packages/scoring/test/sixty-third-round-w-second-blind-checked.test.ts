/**
 * Sixty-third round, second blind check of block W (rubric v57): W1, W12, W13, W21, W27, W3 and W20 tried both ways in cases written
 * by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website for the patron to use is a source; staff the provider consults on the patron's behalf do
 * not count; a transfer of the chat to another provider is not a referral; na when there is no referral; pass when every party comes
 * with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A URL is a party's way to be reached only when it is that party's: a map, a database, a guide or another organisation's page
 *   in an earlier sentence (W1, W12) reaches no later party; a URL said to carry the party's own mailing address (W21) does.
 * - "<party> can / would help you" tells the patron to go to that party (a referral); "<party> can / would help me / us" is the
 *   provider being helped (staff consulted on the patron's behalf: no referral, W3).
 * - The library's own librarian named and then the chat transferred to them (W13) is a transfer (no referral); the library's own
 *   librarian the patron is told to call or see, with the chat going to someone else, is a referral (own library's staff told to
 *   contact).
 * - "can't … draft a will" (W20): "a will" is a noun; the provider's refusal plus a source refers no one (na); "… but a lawyer will"
 *   still sends the patron to a lawyer.
 * - "report … to <party>, and it's worth calling <another party>" (W27): two parties; each needs its own contact. A report made
 *   online at a web address is a source, not a reached party.
 * - The provider's own act ("I'll mail it", "I reported it") tells the patron nothing: na.
 *
 * COUNTS. Written: 44 cases, 23 for and 21 against (W1 4/3, W12 3/3, W13 4/3, W21 3/3, W27 3/3, W3 3/3, W20 3/3), in one batch,
 * labels copied aside to /tmp/sixty-third-round-w-second-blind-checked-labels.ts before the first run. First run as labelled: 38 of
 * 44. Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC's Referral term and referral.contact's rule; the labels
 * stand). Final: 38 running, 6 LEFT (rubric v56 scored on each to tell "older" from "W caused"):
 * - referral.contact, expected fail / got pass: "El mapa de zonas (zonas.example.gov) … Pregunte a su asociación de vecinos. … llame
 *   a Obras Públicas al 410-555-0131." (the neighbours' association has no way to be reached; alone, "Pregunte a su asociación de
 *   vecinos." fails as meant, so the Spanish two-party message lends it a contact; older: v56 pass the same).
 * - referral.contact, expected pass / got na: "Our law librarian June can help you: june.k@… For now I'm transferring you to the
 *   reference desk." (June is sent to by e-mail; the chat goes to the desk, another provider; W13's LIBRARIAN_W13 takes June as R19's
 *   colleague and R19 reads "to the …" as a transfer to her; with "to Rosa" it passes; W caused: v56 pass).
 * - referral.contact, expected fail / got pass: "Mail the form to the county assessor; the form itself is at formsdepot.example.com."
 *   (a forms site, a source, is no way to reach the assessor; the clause after ";" is read as going on about the party; older: v56
 *   pass the same).
 * - referral.contact, expected fail / got pass: "Puede reportar el bache a la ciudad llamando al 617-555-0120, y vale la pena llamar
 *   a su concejal también." (the councillor, a second party, has no contact; "Llame a su concejal." alone is na: "concejal" is no
 *   party the scorer reads; older: v56 pass the same).
 * - referral.contact, expected pass / got na: "I can't draft a will for you, but the Lawyer Referral Service will: 410-555-0160."
 *   (v30's "can't …, but <party> will" reads "can't give …" only: "We can't give legal advice, but your attorney will." fails as
 *   meant, "We can't do wills, but your attorney will." is na; older: v56 na the same).
 * - referral.contact, expected fail / got na: "we cant do wills but ur attorney will" (the same v30 reading; older: v56 na the same).
 * Of the 23 "for" cases, 5 score differently under v56 (W1's chat-speak bus map, W13's Marta, W3's reference desk and publisher,
 * W20's library staff: v56 fail, v57 as labelled); the other 18 were read as labelled by v56 already.
 * ON the mends (before v57 landed): the W-caused "Our law librarian June can help you: … For now I'm transferring you to the
 *   reference desk." is a referral again (W13 reads a transfer only to no one named, "him / her / them" or the librarian's name)
 *   and runs: 39 running, 5 LEFT (all older).
 * ON v58 (block X): W1's Spanish "El mapa de zonas (zonas.example.gov) no muestra su calle. Pregunte a su asociación de vecinos.
 *   …" runs (X2: a "mapa" owns the URL after it); 40 running, 4 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Kim, a librarian with Ask a Librarian at Fernbrook Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Kim, bibliotecaria de la Biblioteca Pública de Fernbrook.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del norte' });

export const w1: SessionCase[] = [
  // ---- W1 for: an earlier sentence's resource URL lends the first of two parties nothing
  c('W1 for: "The parcel viewer (gis.example.gov/parcels) doesn\'t show easements. Ask your title company. … call the Surveyor\'s Office at 301-555-0142."', said('is there an easement on my lot', 'The county parcel viewer (gis.example.gov/parcels) doesn\'t show easements. Ask your title company. If you need the survey itself, call the Surveyor\'s Office at 301-555-0142.'), NO_WAY),
  c('W1 for: "the bus map (ridetransit.example.org/map) doesnt have the new route yet. ask ur school\'s front office. …" (chat-speak)', said('is there a bus to the new middle school', 'the bus map (ridetransit.example.org/map) doesnt have the new route yet. ask ur school\'s front office. if its a county route tho, call Transit Info at 240-555-0190'), NO_WAY),
  c('W1 for: "The recall database at nhtsa.gov/recalls shows nothing for your VIN. Check with your dealer. …"', said('is my car under a recall', 'The recall database at nhtsa.gov/recalls shows nothing for your VIN. Check with your dealer. For a safety complaint, call the NHTSA hotline at 888-327-4236.'), NO_WAY),
  c('W1 for: "El mapa de zonas (zonas.example.gov) no muestra su calle. Pregunte a su asociación de vecinos. …" (Spanish)', es.said('quién arregla el bache de mi calle', 'El mapa de zonas (zonas.example.gov) no muestra su calle. Pregunte a su asociación de vecinos. Si es una calle del condado, llame a Obras Públicas al 410-555-0131.'), NO_WAY),
  // ---- W1 against: the earlier sentence gives the party's own contact; a later "their" line; one party only (older reading)
  c('W1 against: "Your HOA\'s management office is at 410-555-0177. Ask your HOA about the repair. …" (its own contact before)', said('who fixes the road on my street', 'Your HOA\'s management office is at 410-555-0177. Ask your HOA about the repair. If it turns out to be a county road, call Road Operations at 410-555-0131.'), WITH_WAY),
  c('W1 against: "The Registrar\'s Office site is registrar.example.edu. Ask the Registrar\'s Office for the form. …" (its own site before)', said('how do i get my old transcript', 'The Registrar\'s Office site is registrar.example.edu. Ask the Registrar\'s Office for the form. For the fee waiver, call Financial Aid at 301-555-0150.'), WITH_WAY),
  c('W1 against: "The map (aacounty.org/roads) doesn\'t list your street. Ask your HOA." (one party, older reading kept)', said('who plows my street', 'The map (aacounty.org/roads) doesn\'t list your street. Ask your HOA.'), NO_WAY),
];

export const w12: SessionCase[] = [
  // ---- W12 for: an organisation named in capitals owns the "their" URL, a later party gets none of it
  c('W12 for: "The National Sleep Foundation has tips on this; their guide is at thensf.org. You can also ask your doctor."', said('my teen cant fall asleep before 2am', 'The National Sleep Foundation has tips on this; their guide is at thensf.org. You can also ask your doctor.'), NO_WAY),
  c('W12 for: "The CDC has a schedule, and their chart is at cdc.gov/vaccines. Check with his pediatrician too." (acronym)', said('which shots does my son need for kindergarten', 'The CDC has a schedule, and their chart is at cdc.gov/vaccines. Check with his pediatrician too.'), NO_WAY),
  c('W12 for: "the humane society has a lost pet checklist, their page is humanesociety.org/lostpets. also ask ur vet …" (chat-speak, lower case)', said('my cat got out last night', 'so sorry! the humane society has a lost pet checklist, their page is humanesociety.org/lostpets. also ask ur vet to check the chip is registered'), NO_WAY),
  // ---- W12 against: "their" with no organisation named (v6); the organisation is the party itself
  c('W12 against: "Their website is bge.example.com. Call the power company if the outage lasts past tonight." (no organisation named)', said('my power is out, how do i find out when it comes back', 'Their website is bge.example.com. Call the power company if the outage lasts past tonight.'), WITH_WAY),
  c('W12 against: "The Humane Society of Carroll County takes strays; their intake page is hscc.example.org. Call the Humane Society of Carroll County …"', said('i found a kitten under my porch', 'The Humane Society of Carroll County takes strays; their intake page is hscc.example.org. Call the Humane Society of Carroll County before you bring the kitten in.'), WITH_WAY),
  c('W12 against: "The Red Cross teaches it; their class list is at redcross.org/classes. Ask them about weekend dates." (the same party)', said('where can i take a cpr class', 'The Red Cross teaches it; their class list is at redcross.org/classes. Ask them about weekend dates.'), WITH_WAY),
];

export const w13: SessionCase[] = [
  // ---- W13 for: the library's own librarian, then the chat transferred to them: no referral
  c('W13 for: "Our genealogy librarian Marta can walk you through the 1900 census. Hang on while I transfer you to her."', said('how do i find my great grandfather in the census', 'Our genealogy librarian Marta can walk you through the 1900 census. Hang on while I transfer you to her.'), NONE),
  c('W13 for: "our local history librarian knows that collection best. one sec, transferring u to him now" (chat-speak)', said('do you have old photos of the mill district', 'our local history librarian knows that collection best. one sec, transferring u to him now'), NONE),
  c('W13 for: "Our business specialist Dev can pull the market reports. Let me see if he\'s free. I\'m transferring you to Dev now." (two sentences on)', said('i need market size data for a bakery business plan', 'Our business specialist Dev can pull the market reports. Let me see if he\'s free. I\'m transferring you to Dev now.'), NONE),
  c('W13 for: "Nuestra bibliotecaria de derecho, June, puede darle el estatuto exacto. Un momento mientras la transfiero con ella." (Spanish)', es.said('necesito la ley sobre depósitos de alquiler', 'Nuestra bibliotecaria de derecho, June, puede darle el estatuto exacto. Un momento mientras la transfiero con ella.'), NONE),
  // ---- W13 against: the librarian still a referral when the chat goes to someone else, or when there is no transfer
  c('W13 against: "Our law librarian June can help with the statute; call her Monday. I\'m transferring you to Rosa for the tax forms."', said('i need the statute on security deposits and a tax form', 'Our law librarian June can help with the statute; call her Monday. I\'m transferring you to Rosa for the tax forms.'), NO_WAY),
  c('W13 against: "Our genealogy librarian can help you with the census; she\'s in on Tuesdays." (no transfer)', said('how do i find my grandmother in the census', 'Our genealogy librarian can help you with the census; she\'s in on Tuesdays.'), NO_WAY),
  c('W13 against: "Our law librarian June can help you: june.k@fernbrook.example.org. For now I\'m transferring you to the reference desk."', said('i need the statute on security deposits and the tax forms', 'Our law librarian June can help you with the statute: june.k@fernbrook.example.org. For now I\'m transferring you to the reference desk for the tax forms.'), WITH_WAY),
];

export const w21: SessionCase[] = [
  // ---- W21 for: the party's mailing address said to be at a URL
  c('W21 for: "Send the appeal to the Social Security office that denied it; the mailing address and the form are at ssa.gov/forms."', said('how do i appeal a disability denial', 'You have 60 days. Send the appeal to the Social Security office that denied it; the mailing address and the form are at ssa.gov/forms.'), WITH_WAY),
  c('W21 for: "mail ur ballot request to the county elections board, the mailing address is on elections.example.gov" (chat-speak)', said('how do i vote absentee', 'easy, mail ur ballot request to the county elections board, the mailing address is on elections.example.gov'), WITH_WAY),
  c('W21 for: "Write to the Vital Records office for the certificate: their postal address is listed at health.example.gov/vital."', said('how do i get my dads death certificate', 'Write to the Vital Records office for the certificate: their postal address is listed at health.example.gov/vital.'), WITH_WAY),
  // ---- W21 against: a form's page (a source), an address not given, the provider's own act
  c('W21 against: "Mail the form to the county assessor; the form itself is at formsdepot.example.com." (a source)', said('how do i appeal my property tax', 'Mail the form to the county assessor; the form itself is at formsdepot.example.com.'), NO_WAY),
  c('W21 against: "Mail the payment to the water department; the mailing address is at the top of your bill." (not given in the chat)', said('how do i pay my water bill by check', 'Mail the payment to the water department; the mailing address is at the top of your bill.'), NO_WAY),
  c('W21 against: "I\'ll mail it to the clerk\'s office myself; the mailing address is at clerk.example.gov." (the provider\'s own act)', said('can you send my library card form in', 'Sure. I\'ll mail it to the clerk\'s office myself; the mailing address is at clerk.example.gov.'), NONE),
];

export const w27: SessionCase[] = [
  // ---- W27 for: "report … to <party> …, and it's worth calling <another party>": the second needs its own contact
  c('W27 for: "You can report the broken streetlight to Public Works at 508-555-0133, and it\'s worth calling your alderman\'s office too."', said('the streetlight on my block has been out for weeks', 'You can report the broken streetlight to Public Works at 508-555-0133, and it\'s worth calling your alderman\'s office too.'), NO_WAY),
  c('W27 for: "Report the stray to Animal Control at 301-555-0188, and it\'s worth asking your HOA as well."', said('there is a loose dog in our neighborhood', 'Report the stray to Animal Control at 301-555-0188, and it\'s worth asking your HOA as well.'), NO_WAY),
  c('W27 for: "Puede reportar el bache a la ciudad llamando al 617-555-0120, y vale la pena llamar a su concejal también." (Spanish)', es.said('hay un bache enorme en mi calle', 'Puede reportar el bache a la ciudad llamando al 617-555-0120, y vale la pena llamar a su concejal también.'), NO_WAY),
  // ---- W27 against: the second party with its own contact, the same party again, the provider's own act
  c('W27 against: "You can report it to the city by calling 617-555-0120, and it\'s worth calling your landlord too at 617-555-0144."', said('there is mold in my apartment', 'You can report it to the city by calling 617-555-0120, and it\'s worth calling your landlord too at 617-555-0144.'), WITH_WAY),
  c('W27 against: "Report it to the city at 617-555-0120, and it\'s worth calling them again if nothing happens in a week." (the same party)', said('the sidewalk is never shoveled', 'Report it to the city at 617-555-0120, and it\'s worth calling them again if nothing happens in a week.'), WITH_WAY),
  c('W27 against: "I reported it to the city by calling 617-555-0120 this morning, and it\'s worth keeping your photos." (own act)', said('did anyone report the fallen tree', 'Yes, I reported it to the city by calling 617-555-0120 this morning, and it\'s worth keeping your photos.'), NONE),
];

export const w3: SessionCase[] = [
  // ---- W3 for: a party that would help the provider ("help me / us"): no referral
  c('W3 for: "Give me a sec, the reference desk downstairs can help me find the microfilm reel."', said('do you have the 1952 newspaper on microfilm', 'Give me a sec, the reference desk downstairs can help me find the microfilm reel.'), NONE),
  c('W3 for: "the county archivist would help me check the deed book, ill ask her today" (chat-speak)', said('who owned my house in 1910', 'the county archivist would help me check the deed book, ill ask her today'), NONE),
  c('W3 for: "The publisher could help us confirm the edition, so I have written to them."', said('which edition of the book is this', 'The publisher could help us confirm the edition, so I have written to them.'), NONE),
  // ---- W3 against: "help you" still refers
  c('W3 against: "The manufacturer on the label would help you look up that exact generic."', said('what is the generic for my allergy pills', 'The manufacturer on the label would help you look up that exact generic.'), NO_WAY),
  c('W3 against: "The county archivist can help you with the deed book: archives@county.example.gov."', said('who owned my house in 1910', 'The county archivist can help you with the deed book: archives@county.example.gov.'), WITH_WAY),
  c('W3 against: "ur pharmacist can help u figure out the generic" (chat-speak)', said('is there a cheaper version of my inhaler', 'ur pharmacist can help u figure out the generic'), NO_WAY),
];

export const w20: SessionCase[] = [
  // ---- W20 for: "a / the / your … will" a noun: no referral read from it
  c('W20 for: "Sorry, we can\'t give legal advice or draft a will, but our guide on wills is at fernbrook.example.org/wills."', said('can you help me write a will', 'Sorry, we can\'t give legal advice or draft a will, but our guide on wills is at fernbrook.example.org/wills.'), NONE),
  c('W20 for: "we cant draft ur will, sorry! nolo.com has a free will checklist tho" (chat-speak)', said('i need a will for my mom', 'we cant draft ur will, sorry! nolo.com has a free will checklist tho'), NONE),
  c('W20 for: "Library staff can\'t give legal advice or draft a will, and the self-help forms are at mdcourts.gov/forms."', said('how do i make a simple will', 'Library staff can\'t give legal advice or draft a will, and the self-help forms are at mdcourts.gov/forms.'), NONE),
  // ---- W20 against: "… but <party> will" still refers
  c('W20 against: "We can\'t give legal advice, but a lawyer will."', said('can i break my lease early', 'We can\'t give legal advice, but a lawyer will.'), NO_WAY),
  c('W20 against: "I can\'t draft a will for you, but the Lawyer Referral Service will: 410-555-0160."', said('can you write my will', 'I can\'t draft a will for you, but the Lawyer Referral Service will: 410-555-0160.'), WITH_WAY),
  c('W20 against: "we cant do wills but ur attorney will" (chat-speak)', said('how do i change my will', 'we cant do wills but ur attorney will'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'W21 against: "Mail the form to the county assessor; the form itself is at formsdepot.example.com." (a source)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): the URL is a forms site, a source, not the assessor\'s way to be reached (RUBRIC Terms: pointing to a website for the patron to use is a source); the clause after ";" is read as going on about the party (older: v56 pass the same)',
  'W27 for: "Puede reportar el bache a la ciudad llamando al 617-555-0120, y vale la pena llamar a su concejal también." (Spanish)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): the councillor is a second party to call, with no contact (RUBRIC referral.contact: every party); "concejal" is no party the scorer reads ("Llame a su concejal." alone is na) (older: v56 pass the same)',
  'W20 against: "I can\'t draft a will for you, but the Lawyer Referral Service will: 410-555-0160."':
    'referral.contact expected pass, got na ("no referral to a person or organisation outside the chat"): the patron is sent to the Lawyer Referral Service, with its phone (RUBRIC Terms, Referral: another agency the patron is to contact); v30\'s "can\'t …, but <party> will" reads "can\'t give …" only (older: v56 na the same)',
  'W20 against: "we cant do wills but ur attorney will" (chat-speak)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is sent to an attorney with no way to reach one (RUBRIC Terms, Referral; referral.contact); the same v30 reading, "can\'t give …" only ("We can\'t give legal advice, but your attorney will." fails as meant) (older: v56 na the same)',
};

describe('sixty-third round: block W checked blind a second time, both ways', () => {
  for (const [t, cs] of [['W1', w1], ['W12', w12], ['W13', w13], ['W21', w21], ['W27', w27], ['W3', w3], ['W20', w20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
