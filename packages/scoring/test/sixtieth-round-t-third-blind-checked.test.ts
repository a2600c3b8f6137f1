/**
 * Sixtieth round, third blind check of block T (rubric v54): T7, T10 and T2 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words; "against": near misses
 * the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T7: "would one of these / them …", "were / have you been able to <verb of the steps>?" after titles or steps ask whether what was
 *   given meets the need (RUBRIC followup.completeness); after an offer of other things ("I could order … or request …") "one of
 *   those" is the offer, not yet given; before any source, or about something the patron did before the chat ("make it to the clinic
 *   last year", "register with them before"), or about a paper the patron holds, it asks about the patron, not what was given.
 * - T10: "you'll have to / you'll need to / ur gonna have to <look up / work out / find / dig up> the rest (yourself / on your own)"
 *   ends the help for the provider's convenience (RUBRIC closing.no_dismissal); with a way back in the same message it passes; praise
 *   ("you did the rest yourself"), encouragement while the help goes on, an assignment's rule reported, and the patron's own "i'll look
 *   the rest up myself" end nothing.
 * - T2: "bring / take / carry <papers> to <a court>" tells the patron to visit that court (RUBRIC Terms, Referral), also in Spanish
 *   ("lleve … a la corte de vivienda") and with more than fourteen words of papers; a court of games at a park, a fair on the
 *   courthouse lawn, the landlord's own papers to court, and "if you bring …" tell the patron to visit no party.
 *
 * COUNTS. Written: 37 cases (20 for, 17 against), each labelled from RUBRIC.md before it ran (labels copied aside to
 * /tmp/sixtieth-round-t-third-blind-checked-labels.ts before the first run). First run as labelled: 19. Disagreeing: 18. Label
 * corrections: 0. Final: 19 running, 18 LEFT (each scored under rubricV53 too: "older" when v53 scores it the same, "T caused" when
 * block T made the difference):
 * - followup.completeness, expected pass / got fail: "Would one of these be good for her?" after three titles (older).
 * - followup.completeness, expected pass / got fail: "Would one of them do for your report?" after two databases (older).
 * - followup.completeness, expected pass / got fail: "Have you been able to set it up?" after the steps (older).
 * - followup.completeness, expected pass / got fail: "¿Pudo agrandar la letra?" after the steps (older).
 * - followup.completeness, expected fail / got pass: "I could order the large-print edition or request the audiobook … Would one of those
 *   work for you?" (the offer; T caused).
 * - followup.completeness, expected fail / got pass: "I can hold one at Eastgate or ship one to your branch. Would one of those work?"
 *   (the offer; T caused).
 * - followup.completeness, expected fail / got pass: "Were you able to make it to the tax clinic last year?" (the past; T caused).
 * - followup.completeness, expected fail / got pass: "Were you able to register with them before you came to us?" (the past; T caused).
 * - followup.completeness, expected fail / got pass: "Were you able to read the letter they mailed you?" (the patron's paper; older).
 * - closing.no_dismissal, expected pass / got fail: "you'll have to look the rest up yourself for tonight, but chat back anytime and
 *   whoever is on will keep going with you" (a way back; T caused).
 * - closing.no_dismissal, expected pass / got fail: "You'll figure the rest out on your own in no time, … Does that get you started?"
 *   (encouragement; older).
 * - closing.no_dismissal, expected pass / got fail: "Your assignment sheet says you'll need to figure the rest out on your own, so I'll
 *   just show you where to start: …" (reported; older).
 * - referral.contact, expected fail / got na: "Bring your lease, the eviction notice and every rent receipt you kept to the housing
 *   court …" (commas in the list; older).
 * - referral.contact, expected fail / got na: "Bring your pay stubs from the last three months and both of your kids birth certificates
 *   to family court" (14 words; the scorer stops at about eight; older).
 * - referral.contact, expected fail / got na: "Take your lease, the notice to quit, the photos of the leak, the repair requests and your
 *   rent ledger to the housing court." (17 words, commas; older).
 * - referral.contact, expected na / got fail: "Bring your rackets to the court at Riverside Park" (older).
 * - referral.contact, expected na / got fail: "You can bring your puppy to the courthouse lawn for the Pet Fair" (older).
 * - referral.contact, expected na / got fail: "Take your grandkids to the court by the pool for the free pickleball hour." (older).
 *
 * AFTER THE MENDS (by the author, checked by the suite and by the fourth blind check, T10 by the suite only): the five T caused
 * read as labelled and run ("Would one / either / any of those work?" right after the provider's own offer asks about the offer,
 * `oneOfOfferT7`; T7's "were you able to …" is its own alternative, not "make it to …" nor the past before the chat; T10's "look
 * the rest up yourself" is a convenience dismissal, so a way back offered with it passes). Final: 24 running, 13 LEFT (all older).
 * ON v70 AS LANDED (block AJ5): "Would one of them do for your report?" after two databases runs as labelled.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi, this is Dana at Marlow Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'eastgate' });
const HI_ES = 'Hola, le atiende Dana de la Biblioteca Pública de Marlow.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de eastgate' });

export const t7: SessionCase[] = [
  // ---- T7 for
  c('T7 for: "Would one of these be good for her?" after three titles', said('need some easy mysteries for my mom, shes 80', 'Three gentle ones on the shelf at Eastgate: Aunt Dimity\'s Death, The Thursday Murder Club and Miss Julia Speaks Her Mind. All three are in the catalog at marlow.example.org/catalog. Would one of these be good for her?'), some({ complete: 'pass' })),
  c('T7 for: "wud one of those work 4 u?" in chat-speak after two titles', said('any books on raising chickens', 'k so Storey\'s Guide to Raising Chickens n The Backyard Homestead r both in at marlow.example.org/catalog. wud one of those work 4 u?'), some({ complete: 'pass' })),
  c('T7 for: "Would one of them do for your report?" after two databases', said('i need articles about coral reefs for a school report', 'Try Science Reference Center or Gale in Context: Environmental Studies, both under marlow.example.org/databases. Would one of them do for your report?'), some({ complete: 'pass' })),
  c('T7 for (older): "Would either of these work?" after two titles', said('looking for a bread baking book for beginners', 'Flour Water Salt Yeast and Bread Illustrated are both at Eastgate; see marlow.example.org/catalog. Would either of these work?'), some({ complete: 'pass' })),
  c('T7 for: "Were you able to enlarge the text?" after the steps', asked('the words on my kindle are too tiny', 'Tap the top of the screen, then the Aa icon, and drag the Size slider to the right. Amazon\'s steps are at amazon.example.com/kindle-help.', 'ok trying it now', 'Were you able to enlarge the text?'), some({ complete: 'pass' })),
  c('T7 for: "were u able to reset ur pin ok?" after the steps', asked('forgot my library pin', 'go to marlow.example.org/account, click Forgot PIN n type ur card number, it emails u a link', 'hang on', 'were u able to reset ur pin ok?'), some({ complete: 'pass' })),
  c('T7 for: "Have you been able to set it up?" (another auxiliary) after the steps', asked('how do i get audiobooks on my phone', 'Install the Libby app from libbyapp.com, choose Marlow Public Library and sign in with your card number and PIN.', 'downloading it', 'Have you been able to set it up?'), some({ complete: 'pass' })),
  c('T7 for: "¿Pudo agrandar la letra?" after the steps', es.asked('la letra de mi tableta es muy chiquita', 'Entre a Ajustes, luego Pantalla, y mueva la barra de Tamaño de letra a la derecha. La guía está en marlow.example.org/tabletas.', 'ya voy', '¿Pudo agrandar la letra?'), some({ complete: 'pass' })),
  // ---- T7 against
  c('T7 against: "I could order the large print or request the audiobook … Would one of those work for you?" (the offer)', said('do you have the new Louise Penny book', 'Our regular-print copy is checked out (marlow.example.org/catalog). I could order the large-print edition or request the audiobook from another library. Would one of those work for you?'), some({ complete: 'fail' })),
  c('T7 against: "I can hold one at Eastgate or ship one to your branch. Would one of those work?" (the offer)', said('any copies of Where the Crawdads Sing', 'Westside and Northgate each have a copy on the shelf, per marlow.example.org/catalog. I can hold one at Eastgate or ship one to your branch. Would one of those work?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to set up Libby on your own before you wrote in?" before any source', asked('how do i borrow ebooks', 'Were you able to set up Libby on your own before you wrote in?', 'no it keeps asking for a card number', 'Pick Marlow Public Library at libbyapp.com, then type the 14-digit number on the back of your card.'), some({ clarify: 'pass', complete: 'fail' })),
  c('T7 against: "Were you able to make it to the tax clinic last year?" asks about the past', said('where can i get free help with my taxes', 'The free VITA tax clinic schedule is at marlow.example.org/taxhelp. Were you able to make it to the tax clinic last year?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to register with them before you came to us?" asks about the past', said('my son needs help with reading over the summer', 'The Summer Reading Challenge is explained at marlow.example.org/summer. Were you able to register with them before you came to us?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to read the letter they mailed you?" asks about the patron\'s paper', said('got a jury duty letter, how do i postpone', 'Postponements are requested at jury.example.gov/postpone. Were you able to read the letter they mailed you?'), some({ complete: 'fail' })),
  c('T7 against (older): "I can also mail you a printed copy. Would that help?" after the page', said('i need the bus schedule for route 9', 'Route 9\'s timetable is at transit.example.org/route9. I can also mail you a printed copy. Would that help?'), some({ complete: 'fail' })),
];

export const t10: SessionCase[] = [
  // ---- T10 for
  c('T10 for: "ur gonna have to look up the rest urself" (shift over)', said('i need addresses for all the senior centers in the county', 'The first three are on marlow.example.org/seniors. my shift is over in a minute so ur gonna have to look up the rest urself'), some({ dismissal: 'fail' })),
  c('T10 for: "you\'ll need to work out the rest on your own" (a line waiting)', said('help me with the steps to file for unemployment', 'Step one is making an account at labor.example.gov/claims. There\'s a line of people waiting, so you\'ll need to work out the rest on your own.'), some({ dismissal: 'fail' })),
  c('T10 for: "you\'ll have to find the rest yourself" (no time)', said('i need the phone numbers for every food pantry near me', 'Marlow Food Share is 555-0148 and St. Luke\'s pantry is 555-0163. I don\'t have time for the others, you\'ll have to find the rest yourself.'), some({ dismissal: 'fail' })),
  c('T10 for: "You will have to dig the rest of the records up by yourself" (closing up)', said('i need all the obituaries for my great uncle from 1950s papers', 'The 1954 one is in the Marlow Herald archive at marlow.example.org/herald. I\'m closing up, so you will have to dig the rest of the records up by yourself.'), some({ dismissal: 'fail' })),
  c('T10 for: "tendrá que buscar el resto por su cuenta" (the provider leaves)', es.said('necesito la lista de todas las escuelas de inglés para adultos', 'La primera es el Centro Marlow, en marlow.example.org/ingles. Ya me tengo que ir, así que tendrá que buscar el resto por su cuenta.'), some({ dismissal: 'fail' })),
  // ---- T10 against
  c('T10 against: "you\'ll have to look the rest up yourself for tonight, but chat back anytime" (a way back)', said('i need the steps for a passport renewal', 'Step one is the DS-82 form at travel.example.gov/ds82. I\'m off shift now, so you\'ll have to look the rest up yourself for tonight, but chat back anytime and whoever is on will keep going with you.'), some({ dismissal: 'pass' })),
  c('T10 against: "Great work, you sorted the rest out by yourself!" (praise)', asked('how do i print from my laptop to the library printer', 'Upload the file at marlow.example.org/print and enter your card number.', 'ok that worked and i figured out the color setting too', 'Great work, you sorted the rest out by yourself! Did everything come out right?'), some({ dismissal: 'pass' })),
  c('T10 against: "You\'ll figure the rest out on your own in no time" while the help goes on', asked('how do i start using ancestry at the library', 'Log in at marlow.example.org/ancestry from a library computer and click Search, then Census.', 'ok im in', 'You\'ll figure the rest out on your own in no time, the search form walks you through it. Does that get you started?'), some({ dismissal: 'pass' })),
  c('T10 against: "Your assignment sheet says you\'ll need to figure the rest out on your own" (reported)', said('can you find the sources for my history paper', 'Your assignment sheet says you\'ll need to figure the rest out on your own, so I\'ll just show you where to start: JSTOR at marlow.example.org/jstor has the articles.'), some({ dismissal: 'pass' })),
  c('T10 against: the patron\'s own "ill look the rest up myself"', asked('where do i find old yearbooks', 'The 1960 to 1985 Marlow High yearbooks are scanned at marlow.example.org/yearbooks.', 'perfect thx ill look the rest up myself', 'Sounds good! Chat back anytime.'), some({ dismissal: 'pass' })),
];

export const t2: SessionCase[] = [
  // ---- T2 for
  c('T2 for: "Bring your lease, the eviction notice and every rent receipt … to the housing court" (no contact)', said('my landlord is trying to evict me', 'Tenant rights are explained at tenants.example.org. Bring your lease, the eviction notice and every rent receipt you kept to the housing court when your hearing comes up.'), some({ referral: 'fail' })),
  c('T2 for: "take copies of the police report n ur photos to small claims court" (no contact)', said('my neighbor wrecked my fence and wont pay', 'the forms r explained at courts.example.gov/smallclaims. take copies of the police report n ur photos to small claims court on the day of ur hearing'), some({ referral: 'fail' })),
  c('T2 for: "Carry the signed affidavit along to the county courthouse, 50 W Main St, Marlow."', said('i need to file a name change', 'The affidavit form is at courts.example.gov/namechange. Carry the signed affidavit along to the county courthouse, 50 W Main St, Marlow, MD 21001.'), some({ referral: 'pass' })),
  c('T2 for: fourteen words of papers to family court (no contact)', said('custody hearing next week what do i need', 'The checklist is at courts.example.gov/family. Bring your pay stubs from the last three months and both of your kids birth certificates to family court on Tuesday.'), some({ referral: 'fail' })),
  c('T2 for: seventeen words of papers to the housing court (no contact)', said('landlord wont fix the leak and i stopped paying rent', 'Escrow rules are at tenants.example.org/escrow. Take your lease, the notice to quit, the photos of the leak, the repair requests and your rent ledger to the housing court.'), some({ referral: 'fail' })),
  c('T2 for: "Bring the signed forms to the district court (courts.example.gov/district)"', said('how do i answer a debt lawsuit', 'The answer form is at courts.example.gov/answer. Bring the signed forms to the district court (courts.example.gov/district) before the 15th.'), some({ referral: 'pass' })),
  c('T2 for: "Lleve su contrato y los recibos de renta a la corte de vivienda" (no contact)', es.said('mi casero me quiere desalojar', 'Sus derechos están en inquilinos.example.org. Lleve su contrato y los recibos de renta a la corte de vivienda el día de su audiencia.'), some({ referral: 'fail' })),
  // ---- T2 against
  c('T2 against: "Bring your rackets to the court at Riverside Park" (a tennis court)', said('does the library lend sports stuff', 'Yes, tennis rackets and balls check out for a week; the list is at marlow.example.org/things. Bring your rackets to the court at Riverside Park, it\'s free to play.'), some({ referral: 'na' })),
  c('T2 against: "bring your puppy to the courthouse lawn for the Pet Fair"', said('any pet events this month', 'The Pet Fair schedule is at marlow.example.org/events. You can bring your puppy to the courthouse lawn for the Pet Fair on Saturday.'), some({ referral: 'na' })),
  c('T2 against: "Your landlord has to bring the lease and the ledger to housing court" (another\'s act)', said('who has to prove what at an eviction hearing', 'Your landlord has to bring the lease and the ledger to housing court. The tenant guide is at tenants.example.org/hearing.'), some({ referral: 'na' })),
  c('T2 against (older): "If you bring the lease to the housing court, keep a copy" (a condition)', said('should i keep copies of my papers', 'Yes. If you bring the lease to the housing court, keep a copy for yourself. The full checklist is at tenants.example.org/copies.'), some({ referral: 'na' })),
  c('T2 against: "Take your grandkids to the court by the pool" (a play court)', said('what can kids do at marlow park this summer', 'The park program is at marlow.example.org/summer. Take your grandkids to the court by the pool for the free pickleball hour.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // ---- T7, too little (older)
  'T7 for: "Would one of these be good for her?" after three titles':
    'followup.completeness expected pass, got fail: "would one of these be good for her?" asks whether the three titles given meet the need (RUBRIC followup.completeness); T7 reads "one of those" only before "work", not "be good", and v7\'s "would" offer guard keeps it (older: v53 the same)',
  'T7 for: "Have you been able to set it up?" (another auxiliary) after the steps':
    'followup.completeness expected pass, got fail: "have you been able to set it up?" after the Libby steps asks whether they worked; T7 widened only "were / are you able to" (older: v53 the same)',
  'T7 for: "¿Pudo agrandar la letra?" after the steps':
    'followup.completeness expected pass, got fail: "¿pudo agrandar la letra?" after the tablet steps is the Spanish of "were you able to make the letters bigger?"; v1\'s "pudo" takes only "encontrar / acceder" (older: v53 the same)',
  // ---- T7, too much
  'T7 against: "Were you able to read the letter they mailed you?" asks about the patron\'s paper':
    'followup.completeness expected fail, got pass: the letter is the patron\'s own paper from the court, not what the provider gave; "were you able to read" was read before T (older: v53 pass too; T7\'s new "read" adds a second way to the same misreading)',
  // ---- T10, too much
  'T10 against: "You\'ll figure the rest out on your own in no time" while the help goes on':
    'closing.no_dismissal expected pass, got fail: encouragement in a message that goes on helping ("the search form walks you through it. Does that get you started?") ends nothing; the hard-dismissal reading of "you\'ll figure … the rest … on your own" (older: v53 fail too)',
  'T10 against: "Your assignment sheet says you\'ll need to figure the rest out on your own" (reported)':
    'closing.no_dismissal expected pass, got fail: the assignment\'s rule reported, and the provider helps on (JSTOR given); not the provider ending the help (older: v53 fail too)',
  // ---- T2, too little (older)
  'T2 for: "Bring your lease, the eviction notice and every rent receipt … to the housing court" (no contact)':
    'referral.contact expected fail, got na: papers listed with commas are not read (the brief\'s own "Bring your lease, the notice and all your rent receipts to the housing court on your hearing date" is na too; without the comma it fails as meant) (older: v53 the same)',
  'T2 for: fourteen words of papers to family court (no contact)':
    'referral.contact expected fail, got na: "your pay stubs from the last three months and both of your kids birth certificates" (14 words after "your") to family court; in the whole scorer the papers stop at about eight words after the determiner (eight read, nine not: "your pay stubs and both of your kids birth certificates" is na), not the fourteen T2\'s regexp allows (older: v53 the same)',
  'T2 for: seventeen words of papers to the housing court (no contact)':
    'referral.contact expected fail, got na: seventeen words of papers, with commas, then "to the housing court"; past T2\'s limit and the comma (older: v53 the same)',
  // ---- T2, too much (older)
  'T2 against: "Bring your rackets to the court at Riverside Park" (a tennis court)':
    'referral.contact expected na, got fail: a court to play on at a park is no person or organisation; the street / park guard looks only at the word right after "court", not "at … Park" (older: v53 fail too)',
  'T2 against: "bring your puppy to the courthouse lawn for the Pet Fair"':
    'referral.contact expected na, got fail: a fair on the courthouse lawn, the court not contacted; "puppy" is not in NOT_PAPERS_T2 (only "dog / dogs") and "lawn" not in the place guard (older: v53 fail too)',
  'T2 against: "Take your grandkids to the court by the pool" (a play court)':
    'referral.contact expected na, got fail: a pickleball court by the pool; "grandkids" escapes NOT_PAPERS_T2\'s "kids?" (one word) and "by the pool" the place guard (older: v53 fail too)',
};

describe('sixtieth round: block T checked blind (third), both ways', () => {
  for (const [t, cs] of [['T7', t7], ['T10', t10], ['T2', t2]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
