/**
 * Sixty-first round, blind check of block U (rubric v55): U4, U5, U6, U7, U13, U15 and U16 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website for the patron to use is a source; na when there is no referral; pass when every party
 * comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Filing a paper with an office or court (U4), requesting papers from an office (U6), complaining to a body (U7), hiring a firm or
 *   a professional (U13), asking or calling an airline, cruise line or carrier (U15) and "pídale / pida / pídele al …" a doctor, a
 *   civil registry or a teacher (U16) all tell the patron to write to, visit or ask a party outside the chat: a referral. A gerund
 *   given as the step to take ("Complaining to your landlord's management company in writing is the first step", "Hiring a tax
 *   preparer such as … is another option") is telling them too.
 * - Told nothing: a condition ("If you file the appeal with the zoning board, keep a copy"), a negation ("No need to complain to the
 *   store"), a report of what others do ("Lots of neighbours complain to the city …"), the provider's or the library's own act
 *   ("I'll file it with the clerk", "I'll request the scan from our archives branch", "We hire a licensed surveyor …"): na.
 * - No party: filing papers or photos among one's own records, a baby registry, hiring a cashier (the patron as employer) or a car
 *   (a rental), asking one's own child (family): na. A registry signed up on at a web address, a registry's website, an alumni
 *   portal, the catalogue, an airline's app, airlines compared on a site, a renewal "a tiempo" on a catalogue site: sources, na.
 *
 * COUNTS. Written: 53 cases, 26 for and 27 against: 44 in a first batch (23 for, 21 against; labels copied aside before the first
 * run), then 9 in a second batch written after it on the edges the code suggested (3 for, 6 against; labels copied aside before
 * their run). First run as labelled: 41 of 44 (first batch), 9 of 9 (second batch). Disagreeing: 3. Label corrections: 0.
 * Final: 50 running, 3 LEFT (rubric v54 scored on each to tell "older" from "U caused"):
 * - referral.contact, expected fail / got na: "With the county recorder you file the quitclaim deed, usually in person." (the party
 *   before the verb; U4 reads "file … with <party>" only; older: v54 na the same).
 * - referral.contact, expected na / got fail: "You can file the photos with a tag so they are easy to find." (no party: "a tag" taken
 *   as one; U caused: v54 na).
 * - referral.contact, expected na / got fail: "If you file the appeal with the zoning board, keep a copy for yourself." (a condition;
 *   older: v54 fail the same, v10's "file … with").
 * AFTER THE AUTHOR'S MENDS (v55 as landed): the one reading U caused ("You can file the photos with a tag so they are easy to
 *   find.") is mended (U4 reads no tag, label, folder, receipt … as the party) and runs: 51 running, 2 LEFT (both older).
 * RUBRIC v62 (block AB, sixty-eighth round): U4 against: "If you file the appeal with the zoning board, keep a copy for yourself."
 *   (AB13: a referring verb right after "if you", with no way to reach the party in its clause, is a condition) now scores as
 *   labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian with Ask Us at Pell Valley Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Kit, bibliotecaria de la Biblioteca de Pell Valley.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

export const u4: SessionCase[] = [
  // ---- U4 for: a paper filed with a party, its name or form number between
  c('U4 for: "You file the Petition for Guardianship, form GC-210, with the superior court in your county."', said('how do i become guardian of my niece', 'In California it goes through the courts. You file the Petition for Guardianship, form GC-210, with the superior court in your county.'), NO_WAY),
  c('U4 for: "u file form VS-170 w/ the Vital Statistics Section" (chat-speak)', said('theres a typo on my sons birth certificate', 'ok in texas u file form VS-170 w/ the Vital Statistics Section, it costs a small fee'), NO_WAY),
  c('U4 for: "Then you\'ll file both copies with the Register of Deeds, (919) 555-0143."', said('how do i put my wifes name on the house deed', 'A lawyer drafts the new deed. Then you\'ll file both copies with the Register of Deeds, (919) 555-0143.'), WITH_WAY),
  c('U4 for: "With the county recorder you file the quitclaim deed." (party first)', said('how do i transfer a house to my daughter', 'Most people use a quitclaim deed. With the county recorder you file the quitclaim deed, usually in person.'), NO_WAY),
  c('U4 for (older next to it): "File a complaint with the state Labor Board." (v10)', said('my boss didnt pay my last check', 'That is wage theft. File a complaint with the state Labor Board.'), NO_WAY),
  // ---- U4 against: no party, the provider's own act, a condition
  c('U4 against: "file the receipt with your other tax records"', said('do i need to keep the receipt for my property tax', 'Yes, keep it for at least three years. Just file the receipt with your other tax records.'), NONE),
  c('U4 against: "You can file the photos with a tag so they are easy to find."', said('how do i organize the scanned family photos', 'On your computer, make one folder per family. You can file the photos with a tag so they are easy to find.'), NONE),
  c('U4 against: "I\'ll file it with the clerk for you this afternoon." (own act)', said('can you turn in my program room booking form', 'Sure, I have your booking form here. I\'ll file it with the clerk for you this afternoon.'), NONE),
  c('U4 against: "If you file the appeal with the zoning board, keep a copy for yourself." (condition)', said('is there a book on zoning appeals', 'No book, but a tip: if you file the appeal with the zoning board, keep a copy for yourself.'), NONE),
];

export const u5: SessionCase[] = [
  // ---- U5 for: a registry kept by an agency as a party; "mail or take it … to <office>"
  c('U5 for: "pls ring the Land Registry abt it" (chat-speak)', said('how do i find out who owns the field behind my house', 'the owner is on the title, pls ring the Land Registry abt it'), NO_WAY),
  c('U5 for: "Contact the Mutual Consent Registry; they can match you with birth relatives."', said('i was adopted, how do i find my birth mom', 'Your state has a matching service. Contact the Mutual Consent Registry; they can match you with birth relatives.'), NO_WAY),
  c('U5 for: "Write to the state Adoption Registry at PO Box 4410, Springfield, IL 62708."', said('can i get my original adoption papers', 'Yes, adoptees can apply. Write to the state Adoption Registry at PO Box 4410, Springfield, IL 62708.'), WITH_WAY),
  c('U5 for: "Send the form to the Immunization Registry and they will mail you the record."', said('i need my kids vaccine record for school', 'There is a form for that. Send the form to the Immunization Registry and they will mail you the record.'), NO_WAY),
  c('U5 for: "fill in form DL-44 and mail or take it with your proof of address to your county Motor Vehicle office"', said('how do i change the address on my license', 'You fill in form DL-44 and mail or take it with your proof of address to your county Motor Vehicle office.'), NO_WAY),
  // ---- U5 against: a gift registry, a registry's pages or search, the provider's own act
  c('U5 against: "Add the car seat to your baby registry before the shower."', said('any books on planning a baby shower', 'Sure. One tip from them: add the car seat to your baby registry before the shower.'), NONE),
  c('U5 against: "The Adoption Registry\'s website lists the forms." (a source)', said('what forms do adoptees need', 'They are all in one place. The Adoption Registry\'s website lists the forms.'), NONE),
  c('U5 against: "Search the state Death Registry online at deaths.example.org to find the date." (a source)', said('when did my great uncle die, around 1950', 'You can look that up yourself. Search the state Death Registry online at deaths.example.org to find the date.'), NONE),
  c('U5 against: "I\'ll mail the form to the Land Registry for you today." (own act)', said('can you send my land form in for me', 'Yes, I have it here. I\'ll mail the form to the Land Registry for you today.'), NONE),
];

export const u6: SessionCase[] = [
  // ---- U6 for: request papers from a party
  c('U6 for: "u can request ur adoption records from the county probate court" (chat-speak)', said('where r adoption records kept', 'those are sealed, but u can request ur adoption records from the county probate court'), NO_WAY),
  c('U6 for: "You may request the DD-214 from the National Personnel Records Center, (314) 555-0180."', said('my dad was in vietnam, how do i get his service papers', 'The form is the DD-214. You may request the DD-214 from the National Personnel Records Center, (314) 555-0180.'), WITH_WAY),
  c('U6 for: "Request a certified copy of the divorce decree from the clerk of the court that granted it."', said('i need proof of my divorce for a mortgage', 'Lenders want the decree. Request a certified copy of the divorce decree from the clerk of the court that granted it.'), NO_WAY),
  // ---- U6 against: a catalogue, portal or website, the provider's own act
  c('U6 against: "You can request it from the catalog by clicking Place Hold."', said('can i get the new louise penny book', 'It is checked out right now. You can request it from the catalog by clicking Place Hold.'), NONE),
  c('U6 against: "Request your transcript from the Lincoln High School alumni portal." (a website)', said('how do i get my old high school transcript', 'Your school moved them online. Request your transcript from the Lincoln High School alumni portal.'), NONE),
  c('U6 against: "I\'ll request the scan from our archives branch." (own act)', said('can i see the 1921 flood photos', 'Those are kept off site. I\'ll request the scan from our archives branch.'), NONE),
  c('U6 against: "request the records from the state health department through their website" (a website)', said('how do i get my moms death record', 'It is done online only. You request the records from the state health department through their website.'), NONE),
];

export const u7: SessionCase[] = [
  // ---- U7 for: complain to a party
  c('U7 for: "u could also complain to the state Attorney General\'s office" (chat-speak)', said('a contractor took my deposit and vanished', 'sorry! small claims is one route, u could also complain to the state Attorney General\'s office'), NO_WAY),
  c('U7 for: "Complaining to your landlord\'s management company in writing is the first step." (gerund)', said('my heat has been out for a week', 'Keep a record of the dates. Complaining to your landlord\'s management company in writing is the first step.'), NO_WAY),
  c('U7 for: "Complain to the FCC at fcc.example.org/complaints or 1-888-555-0123."', said('i keep getting robocalls', 'You can report them. Complain to the FCC at fcc.example.org/complaints or 1-888-555-0123.'), WITH_WAY),
  // ---- U7 against: to the provider or the library, the provider's own act, a report of others
  c('U7 against: "Feel free to complain to us any time if the wifi is slow."', said('the wifi at northside is so slow', 'Sorry about that! Feel free to complain to us any time if the wifi is slow, we pass it on.'), NONE),
  c('U7 against: "I\'ll complain to the vendor about the broken link myself."', said('the ebook link is broken', 'Thanks for telling me. I\'ll complain to the vendor about the broken link myself.'), NONE),
  c('U7 against: "Lots of neighbours complain to the city about that road, but it is still closed." (a report)', said('is river road still closed', 'Yes. Lots of neighbours complain to the city about that road, but it is still closed until June.'), NONE),
];

export const u13: SessionCase[] = [
  // ---- U13 for: hire a party
  c('U13 for: "u could hire a title company to run the search" (chat-speak)', said('how do i know if the house has liens', 'the deed records are public but messy, u could hire a title company to run the search'), NO_WAY),
  c('U13 for: "Your best bet is to hire an immigration attorney; the county bar\'s referral line is (512) 555-0170."', said('how do i sponsor my brother for a green card', 'It is complicated. Your best bet is to hire an immigration attorney; the county bar\'s referral line is (512) 555-0170.'), WITH_WAY),
  // ---- U13 against: the patron as employer, the provider's own act
  c('U13 against: "You\'ll need to hire a cashier before the grand opening." (patron as employer)', said('books on opening a small shop?', 'Sure. One step they stress: you\'ll need to hire a cashier before the grand opening.'), NONE),
  c('U13 against: "We hire a licensed surveyor every few years for the branch grounds." (own act)', said('who mowed the library lawn so short', 'Ha, that was the grounds crew. We hire a licensed surveyor every few years for the branch grounds too.'), NONE),
];

export const u15: SessionCase[] = [
  // ---- U15 for: an airline, cruise line or carrier as a party
  c('U15 for: "best to call ur airline to confirm" (chat-speak)', said('can i bring a power bank on the plane', 'usually in carry-on only, best to call ur airline to confirm'), NO_WAY),
  c('U15 for: "Check with the cruise line you booked about the passport rule."', said('do i need a passport for a caribbean cruise', 'It depends on the route. Check with the cruise line you booked about the passport rule.'), NO_WAY),
  c('U15 for: "Contact your wireless carrier; they can unlock the phone."', said('how do i unlock my old phone', 'Only the company can do that. Contact your wireless carrier; they can unlock the phone.'), NO_WAY),
  // ---- U15 against: an airline's pages, app, fees
  c('U15 against: "Check your airline\'s app for the gate." (an app)', said('where do i find my gate', 'It changes often. Check your airline\'s app for the gate.'), NONE),
  c('U15 against: "Many airlines charge for a second bag." (no one to contact)', said('is a second suitcase free', 'Not always. Many airlines charge for a second bag.'), NONE),
];

export const u16: SessionCase[] = [
  // ---- U16 for: "pedir" asking a party
  c('U16 for: "Pídale a su médico una carta para la escuela."', es.said('mi hija tiene asma, qué necesito para la escuela', 'La escuela pide un plan. Pídale a su médico una carta para la escuela.'), NO_WAY),
  c('U16 for: "Pida al registro civil una copia certificada, tel. (305) 555-0110."', es.said('necesito el acta de nacimiento de mi papá', 'Se puede pedir por teléfono. Pida al registro civil una copia certificada, tel. (305) 555-0110.'), WITH_WAY),
  // ---- U16 against: booking on a site (older), asking family
  c('U16 against: "Pida una cita en línea en citas.example.org." (older: a booking on a site)', es.said('cómo saco cita para el pasaporte', 'Es fácil. Pida una cita en línea en citas.example.org.'), NONE),
  c('U16 against: "Pida a su hijo que le lea en voz alta cada noche." (family)', es.said('cómo ayudo a mi hijo a leer mejor', 'Un consejo de los maestros: pida a su hijo que le lea en voz alta cada noche.'), NONE),
];

/** A second batch, written after the first run, labelled and copied aside before it ran. */
export const second: SessionCase[] = [
  c('U4 against (2nd): "Keep the bills together: file them with the rest of the household papers."', said('how long do i keep utility bills', 'A year is usually enough. Keep the bills together: file them with the rest of the household papers.'), NONE),
  c('U5 against (2nd): "Sign up on the state Organ Donor Registry at donor.example.org." (a website to use)', said('how do i become an organ donor', 'It takes two minutes. Sign up on the state Organ Donor Registry at donor.example.org.'), NONE),
  c('U7 against (2nd): "No need to complain to the store; the refund is automatic." (told not to)', said('the store charged me twice', 'That happens with card readers. No need to complain to the store; the refund is automatic in a few days.'), NONE),
  c('U13 against (2nd): "You can hire a car at the airport." (a rental, no party)', said('is there a bus from the airport to the coast', 'Not a direct one. You can hire a car at the airport, it is about an hour\'s drive.'), NONE),
  c('U13 for (2nd): "Hiring a tax preparer such as Bell Tax, (608) 555-0121, is another option." (gerund)', said('i cant figure out my taxes', 'The VITA clinics are booked. Hiring a tax preparer such as Bell Tax, (608) 555-0121, is another option.'), WITH_WAY),
  c('U15 for (2nd): "ask ur insurance carrier if its covered"', said('does insurance pay for hearing aids', 'it really varies, ask ur insurance carrier if its covered'), NO_WAY),
  c('U15 against (2nd): "Compare airlines on fly.example.org before you book." (a source)', said('cheapest way to fly to denver', 'Prices move a lot. Compare airlines on fly.example.org before you book.'), NONE),
  c('U16 for (2nd): "Pídele al maestro la lista de lecturas del verano."', es.said('qué libros tiene que leer mi hijo este verano', 'Cada escuela tiene su lista. Pídele al maestro la lista de lecturas del verano.'), NO_WAY),
  c('U16 against (2nd): "Pida a tiempo su renovación en catalogo.example.org." ("a tiempo", a site)', es.said('cómo renuevo mis libros', 'Se renuevan en línea. Pida a tiempo su renovación en catalogo.example.org.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'U4 for: "With the county recorder you file the quitclaim deed." (party first)':
    'referral.contact expected fail, got na: the patron is told to file the deed with the county recorder, an office outside the chat, and no way to reach it is given (RUBRIC Terms, Referral); with the party before the verb, U4\'s "file … with <party>" has nothing after "with" to read (older: v54 na the same)',
};

describe('sixty-first round: block U checked blind, both ways', () => {
  for (const [t, cs] of [['U4', u4], ['U5', u5], ['U6', u6], ['U7', u7], ['U13', u13], ['U15', u15], ['U16', u16], ['second batch', second]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
