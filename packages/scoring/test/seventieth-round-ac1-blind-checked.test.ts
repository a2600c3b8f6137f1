/**
 * Seventieth round, blind check of block AC's referral readings (rubric v63): AC2, AC3, AC4 and AC8 tried both ways in cases written
 * by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website, database or publication for the patron to use is a source; staff the provider consults
 * on the patron's behalf are no referral; na when there is no referral; pass when every party comes with an e-mail, phone, postal
 * address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC2: an office, archive, society, heritage center or museum said to be worth a visit or a call, in a chat about the patron's
 *   research, tells the patron to visit or call it: a referral. A sight (an overlook, a waterfall, a view) is no person or
 *   organisation; "not worth a visit" tells the patron nothing; a remark about a place the patron already went to is no telling;
 *   a website "worth a visit" is a source: na.
 * - AC3: a service's name ("Ask Ohio Librarian", "Ask Us Now", "Ask a Librarian") in the provider's own introduction names the
 *   service the patron is chatting with, no party outside the chat: na. "Ask" + an agency or office after the same greetings (first
 *   message without an introduction, or a later message) tells the patron to ask it: a referral.
 * - AC4: a party said to be able to help, the question passed on and the party's reply promised, is staff consulted on the
 *   patron's behalf: na. With the patron still told to call or stop by, or only offered the pass-on, the party stays a referral.
 * - AC8: "try" + a shop, club or business (an organisation) tells the patron to contact or visit it: a referral, passing with its
 *   phone, e-mail or URL. "try" + a database or an app is a source; "try again later" and "try the catalog" name no party; the
 *   provider's own "I'll try X and get back to you" consults on the patron's behalf: na.
 *
 * COUNTS. Written: 30 cases, 15 for and 15 against (AC2 4/5, AC3 3/3, AC4 4/3, AC8 4/4), in one batch, labels copied aside to
 * /tmp/wt-ac1-labels.ts before the first run. First run as labelled: 26 of 30. Disagreeing: 4. Label corrections: 0 (each reread
 * against RUBRIC's Referral term; the labels stand). Final: 26 running, 4 LEFT (rubric v62 scored on each to tell "older" from
 * "AC caused"; all four older, v62 na the same):
 * - referral.contact, expected fail / got na: "El Archivo Histórico Municipal bien vale una visita para las actas de 1950." (an
 *   archive worth a visit, in Spanish; AC2 reads English "worth a visit / call" only; older: v62 na the same).
 * - referral.contact, expected pass / got na: "Try Steel City Yarn Co. on Butler Street, 412-555-0148." (the sentence is cut after
 *   the abbreviation "Co.", so AC8's pattern never sees the phone: "Try Steel City Yarn Co., 412-…" and "Try Steel City Yarn on
 *   Butler Street, 412-…" both pass; older: v62 na the same).
 * - referral.contact, expected pass / got na: "not a library thing but try Ridgeline Fly Shop near Bozeman, (406) 555-0131, …" (the
 *   lead-in "… but" before "try" stops the verb; the same sentence without it passes; older: v62 na the same).
 * - referral.contact, expected pass / got na: "Try Hollow Oak Saddlery in Ardmore (hollowoaksaddlery.example.com)." (a shop with its
 *   URL: AC8 takes only a phone or an e-mail, but RUBRIC's Referral counts a business and its URL is a way to reach it; older: v62
 *   na the same).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian with Ask Us at Marlow County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Kit, bibliotecaria de la Biblioteca del Condado de Marlow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** The patron's question `q`, the provider's first message `first` (its greeting, and a question), the reply, `text`, thanks, bye. */
const opened = (q: string, first: string, text: string): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [50, 'p', 'the north one'],
  [70, 'l', text],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const ac2: SessionCase[] = [
  // ---- AC2 for: a visit or a call worth making, to the party after the colon / dash or the clause's subject
  c('AC2 for: "Definitely worth a call — the Register of Deeds in Towson keeps the old plats, 410-555-0162."', said('where would i find a 1920s plat of my street', 'Plats that old are not online. Definitely worth a call — the Register of Deeds in Towson keeps the old plats, 410-555-0162.'), WITH_WAY),
  c('AC2 for: "The Polish Heritage Center in Hamtramck is well worth a visit for the parish records."', said('im tracing my polish great grandparents in detroit', 'Church records are the best bet. The Polish Heritage Center in Hamtramck is well worth a visit for the parish records.'), NO_WAY),
  c('AC2 for: "tbh the county clerk is worth a quick call, theyre at 301-555-0187" (chat-speak)', said('how do i get a copy of my parents marriage license', 'tbh the county clerk is worth a quick call, theyre at 301-555-0187'), WITH_WAY),
  c('AC2 for: "El Archivo Histórico Municipal bien vale una visita para las actas de 1950." (Spanish)', es.said('busco actas del cabildo de 1950', 'No están digitalizadas. El Archivo Histórico Municipal bien vale una visita para las actas de 1950.'), NO_WAY),
  // ---- AC2 against: a sight, a negation, a place the patron already went to, a website; an older reading kept
  c('AC2 against: "Cedar Ridge Overlook is worth a visit at sunset." (a sight)', said('any books on hiking trails near here', 'Yes, Day Hikes of Marlow County is on the shelf at 917.4 DAY. Cedar Ridge Overlook is worth a visit at sunset.'), NONE),
  c('AC2 against: "The Heritage Center is not worth a visit for this, its records start in 1900." (negation)', said('i need the 1880 census for my county', 'The Heritage Center is not worth a visit for this, its records start in 1900. The 1880 census is free on FamilySearch at familysearch.org.'), NONE),
  c('AC2 against: "The Maritime Museum was worth a visit, wasn\'t it?" (the patron already went)', said('i went to the maritime museum last week and now i want books on clipper ships', 'The Maritime Museum was worth a visit, wasn\'t it? Try Clipper Ships and Captains, in our catalogue at 387.2 CLI.'), NONE),
  c('AC2 against: "The Historical Society\'s website is worth a visit: histsoc.example.org has the cemetery index." (a source)', said('where can i find who is buried in the old quaker cemetery', 'The Historical Society\'s website is worth a visit: histsoc.example.org has the cemetery index.'), NONE),
  c('AC2 against: "It is worth a visit to the County Archives, 410-555-0151." (older reading kept)', said('where are the old school board minutes kept', 'They were never published. It is worth a visit to the County Archives, 410-555-0151.'), WITH_WAY),
];

export const ac3: SessionCase[] = [
  // ---- AC3 for: the service's name after a greeting of its own, in the provider's first message with the introduction
  c('AC3 for: "Hi all! Ask Ohio Librarian, this is Priya at Toledo Lucas County Public Library."', opened('how long can i keep a dvd', 'Hi all! Ask Ohio Librarian, this is Priya at Toledo Lucas County Public Library. Which branch do you use?', 'DVDs go out for 7 days; it is on our policies page at library.example.org/policies.'), NONE),
  c('AC3 for: "Good day! Ask Us Now, Marta here."', opened('can i print from my phone', 'Good day! Ask Us Now, Marta here. Which branch do you use?', 'Yes: send it with the Mobile Print steps at library.example.org/print and pick it up at the desk.'), NONE),
  c('AC3 for: "Howdy! Ask a Librarian, this is Lou with Waco-McLennan County Library."', opened('do you have tax forms', 'Howdy! Ask a Librarian, this is Lou with Waco-McLennan County Library. Which branch do you use?', 'All the federal forms are at irs.gov/forms, and we print them for 10 cents a page.'), NONE),
  // ---- AC3 against: a real referral after such a greeting, without an introduction, or in a later message
  c('AC3 against: "Hey there! Ask the County Clerk\'s office, 410-555-0134, they keep the deeds."', opened('how do i get a copy of my house deed', 'Hey there! Ask the County Clerk\'s office, 410-555-0134, they keep the deeds. Which branch do you use?', 'We also have the land records guide at library.example.org/land.'), WITH_WAY),
  c('AC3 against: "Greetings! Ask the Better Business Bureau about that contractor." (no introduction)', opened('how do i check if a roofer is legit', 'Greetings! Ask the Better Business Bureau about that contractor. Which branch do you use?', 'We also have Consumer Reports at library.example.org/cr.'), NO_WAY),
  c('AC3 against: "Hello again! Ask the Tenant Resource Center, they handle deposit disputes." (a later message)', said('my landlord kept my whole deposit', 'Hello again! Ask the Tenant Resource Center, they handle deposit disputes.'), NO_WAY),
];

export const ac4: SessionCase[] = [
  // ---- AC4 for: the party can help / will know, the question passed on, the party's reply promised (consulted for the patron)
  c('AC4 for: "The Carroll County Genealogical Society will know which cemetery that is, so I\'ll pass your question on and someone from the society will contact you by Friday."', said('which cemetery is the old st johns lutheran one', 'The Carroll County Genealogical Society will know which cemetery that is, so I\'ll pass your question on and someone from the society will contact you by Friday.'), NONE),
  c('AC4 for: "the maryland room staff know the deed books best; ill forward it along and one of their staff will be in touch" (chat-speak)', said('who owned my house in 1910', 'the maryland room staff know the deed books best; ill forward it along and one of their staff will be in touch'), NONE),
  c('AC4 for: "Our Local History librarians can help with that, so I\'ll send this over and a librarian from Local History will email you within two days."', said('is there a photo of the old train depot', 'Our Local History librarians can help with that, so I\'ll send this over and a librarian from Local History will email you within two days.'), NONE),
  c('AC4 for: "El Archivo del Condado puede ayudarle, así que pasaré su pregunta y alguien del archivo se comunicará con usted el viernes." (Spanish)', es.said('busco el plano antiguo de mi barrio', 'El Archivo del Condado puede ayudarle, así que pasaré su pregunta y alguien del archivo se comunicará con usted el viernes.'), NONE),
  // ---- AC4 against: the patron still told to stop by, an offer only, the pass-on after a sentence that still sends the patron
  c('AC4 against: "The Register of Wills can help with the probate forms, so I\'ll pass your question on and someone from their office will call you, but you can also stop by their office any weekday."', said('what forms do i need to settle my dads estate', 'The Register of Wills can help with the probate forms, so I\'ll pass your question on and someone from their office will call you, but you can also stop by their office any weekday.'), NO_WAY),
  c('AC4 against: "The county extension office can help with soil tests; I can pass it on if you like." (an offer)', said('how do i test my garden soil', 'The county extension office can help with soil tests; I can pass it on if you like.'), NO_WAY),
  c('AC4 against: "… so stop by their counter this week. I\'ll pass your question on and someone from the clerk\'s office will be in touch." (still sent)', said('what are the rules for filing a small estate', 'The Orphans\' Court clerk will know the local rules, so stop by their counter this week. I\'ll pass your question on and someone from the clerk\'s office will be in touch.'), NO_WAY),
];

export const ac8: SessionCase[] = [
  // ---- AC8 for: "try" + a shop, club or business with its phone, e-mail (or site)
  c('AC8 for: "Try Steel City Yarn Co. on Butler Street, 412-555-0148."', said('where can i buy wool roving locally', 'We have spinning books, but for roving: Try Steel City Yarn Co. on Butler Street, 412-555-0148.'), WITH_WAY),
  c('AC8 for: "try Ridgeline Fly Shop near Bozeman, (406) 555-0131, they tie custom flies" (chat-speak)', said('who ties flies for trout in montana', 'not a library thing but try Ridgeline Fly Shop near Bozeman, (406) 555-0131, they tie custom flies'), WITH_WAY),
  c('AC8 for: "You could try the Three Rivers Astronomy Club at events@3rac.example.org; they run beginner nights."', said('i want to learn to use a telescope', 'We lend a telescope kit too. You could try the Three Rivers Astronomy Club at events@3rac.example.org; they run beginner nights.'), WITH_WAY),
  c('AC8 for: "Try Hollow Oak Saddlery in Ardmore (hollowoaksaddlery.example.com)." (a shop with its site)', said('who repairs old western saddles', 'Leather repair is a trade of its own. Try Hollow Oak Saddlery in Ardmore (hollowoaksaddlery.example.com).'), WITH_WAY),
  // ---- AC8 against: a database at its site, an app, "try again later" / the catalog, the provider's own try
  c('AC8 against: "Try Mango Languages at mango.example.com with your library card." (a database)', said('i want to learn basic italian', 'Try Mango Languages at mango.example.com with your library card.'), NONE),
  c('AC8 against: "try Hoopla for the audiobook, its free w ur card" (an app)', said('do u have the audiobook of project hail mary', 'all our copies are out, try Hoopla for the audiobook, its free w ur card'), NONE),
  c('AC8 against: "The catalog is down until noon; try again later, or try the catalog\'s keyword search then." (no party)', said('i cant search the catalog', 'The catalog is down until noon for an update; try again later, or try the catalog\'s keyword search then.'), NONE),
  c('AC8 against: "I\'ll try Ridgeline Fly Shop, (406) 555-0131, and get back to you by Monday." (the provider\'s own act)', said('can anyone local tie a size 22 midge', 'Good question. I\'ll try Ridgeline Fly Shop, (406) 555-0131, and get back to you by Monday.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AC2 for: "El Archivo Histórico Municipal bien vale una visita para las actas de 1950." (Spanish)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): an archive said to be worth a visit tells the patron to visit an organisation (RUBRIC Terms, Referral); AC2 reads English "worth a visit / call" only. Older: v62 na the same.',
  'AC8 for: "Try Steel City Yarn Co. on Butler Street, 412-555-0148."':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): a shop to try with its phone (RUBRIC Terms, Referral; a phone is a way to reach it); the sentence is cut after "Co.", so TRY_NAMED_AC8 never sees the phone ("Try Steel City Yarn Co., 412-…" passes). Older: v62 na the same.',
  'AC8 for: "try Ridgeline Fly Shop near Bozeman, (406) 555-0131, they tie custom flies" (chat-speak)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): the patron is told to try a shop, with its phone (RUBRIC Terms, Referral); the lead-in "not a library thing but" before "try" stops the verb (the sentence without it passes). Older: v62 na the same.',
  'AC8 for: "Try Hollow Oak Saddlery in Ardmore (hollowoaksaddlery.example.com)." (a shop with its site)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): a repair shop the patron is told to try is an organisation, not a website for the patron to use, and a URL is a way to reach it (RUBRIC Terms, Referral; referral.contact: "e-mail, phone, postal address or URL"); AC8 takes only a phone or an e-mail. Older: v62 na the same.',
};

describe('seventieth round: block AC referral readings checked blind, both ways (ac1)', () => {
  for (const [t, cs] of [['AC2', ac2], ['AC3', ac3], ['AC4', ac4], ['AC8', ac8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
