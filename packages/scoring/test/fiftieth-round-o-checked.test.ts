/**
 * Fiftieth round: block O's readings (rubric v49) tried both ways, in cases written with the block and labelled from RUBRIC.md
 * before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - O1: the patron's own e-mail or phone (v48 N2, no source when read back) is one the patron ties to themselves ("my cell is",
 *   "reach me at", "sign me up …, email is …") or gives bare in reply to the provider's ask for a contact. A number the patron
 *   asks about ("my sister says the tax office is 410-555-0144, right?", "dmv # 410-555-0190?") is the office's: confirming it
 *   gives a source (Terms, Source: "an e-mail or phone contact for a referral").
 * - O2-O4: "Press", "Pioneer", "Republican", "Statesman" name a paper only with the place before them ("a 1962 Pioneer Press
 *   announcement", "a Bemidji Pioneer article"); "the Pioneer story walk" and "Our Press notice for the book sale" name none. A dated
 *   page of the patron's paperwork ("the Explanation of Benefits, April 2, 2025, page 3") is no source; a person in brackets
 *   ("Marcy (a volunteer with our genealogy service)") is no named resource.
 * - O5, O6: "Do you remember the singer, or anything else about it?" and "¿… o algo más ligero?" ask about the need, not whether
 *   the patron needs anything else.
 * - O7: "Does the obituary index have her?", "Do those fit what your teacher wants?" ask whether what was given meets the need;
 *   "Does the page have the Login button?" asks the patron to find their way, not that.
 * - O8: "you'll need to hire a licensed surveyor", "retain an attorney" refer the patron to a professional outside the chat.
 * - O9: "Our map curator may know more; I'll e-mail you once I hear back from him." consults the curator for the patron (no
 *   referral), as v11 K1's "I'll ask her and get back to you".
 *
 * COUNTS. Written: 36 cases with the block's first cut, labelled before they ran: 33 as labelled, 3 disagreeing. One was my
 * wording, not a label: the bare number's read-back said "thanks", which makes it a Goodbye (Terms) and the exchange not
 * substantive, so `na` was right; the read-back reworded without it, as labelled. One was older: "Frederick News-Post, Jan. 9,
 * 1970, p. 3" cut at "Jan." (v48 too), read since O10. One is older and stays LEFT: "Jean (who runs our local history
 * archive)", read as a source through v1's "archive". Then 3 more for O1 from moved.mts's finds (Spanish read-backs of the
 * patron's own address: "mi croreo es", "llámeme al", a bare reply to "¿… por correo electrónico?"), as labelled after O1's
 * mend. Final: 38 running, 1 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { askedForLines, nearMiss as c, nearMissLines, readBackLines } from './near-miss-lines';

const HI = 'Hi, this is Lou at Dorset County Library.';
const { asked, said } = nearMissLines(HI);

/** The patron's request `q`, a greeting, the provider's `reply`, thanks and goodbye (for O1's read-backs). */
const readBack = readBackLines(HI, 'ok thx', 'Bye!', [0, 20, 50, 90, 100]);
/** The provider asks for the patron's e-mail or phone with `ask`, the patron gives `given` bare, the provider reads back `reply`. */
const askedFor = (ask: string, given: string, reply: string): Line[] =>
  askedForLines(HI, 'thx', 'Bye!', [0, 20, 50, 70, 90, 100])('can i get on the list for the seed swap', ask, given, reply);

export const o1: SessionCase[] = [
  // ---- for: the number the patron asks about is the office's
  c('O1 for: "my sister says the tax office is 410-555-0144, right?" confirmed', readBack('my sister says the tax office is 410-555-0144, right?', 'Yes, the county tax office is 410-555-0144.'), some({ source: 'pass' })),
  c('O1 for: "dmv # 410-555-0190?" confirmed', readBack('dmv # 410-555-0190?', "Yes, 410-555-0190 is the MVA's customer line."), some({ source: 'pass' })),
  c('O1 for: "my neighbor gave me 301-555-0177 for the food pantry" confirmed', readBack('my neighbor gave me 301-555-0177 for the food pantry, still good?', "Yes, 301-555-0177 is still the pantry's line."), some({ source: 'pass' })),
  c('O1 for: "passport office 410-555-0131?" confirmed', readBack('passport office 410-555-0131?', "That's right, 410-555-0131 is the Clerk of Court's passport line, Monday to Friday."), some({ source: 'pass' })),
  // ---- against: the patron's own, read back
  c('O1 against: "my cell is 301-555-0142" read back', readBack('pls add me to the waitlist for the ESL class, my cell is 301-555-0142', "301-555-0142 — you're on the waitlist for Thursday."), some({ source: 'fail' })),
  c('O1 against: "sign me up …, email is kay.b@example.com" read back', readBack('sign me up for the resume class, email is kay.b@example.com', 'kay.b@example.com is on the list for the 12th.'), some({ source: 'fail' })),
  c('O1 against: "reach me at 410-555-0123" read back', readBack('put me on the list for the tax help day, reach me at 410-555-0123', 'Done, 410-555-0123 is on the tax help list.'), some({ source: 'fail' })),
  c('O1 against: a bare e-mail given when asked, read back', askedFor('What e-mail should I use?', 'jo.b@example.com', 'jo.b@example.com, got it: you are on the seed swap list.'), some({ source: 'fail' })),
  c('O1 against: "mi croreo es …" (a typo) read back', readBack('busco clases de inglés gratis, mi croreo es lu.p@example.com', 'Perfecto, tengo lu.p@example.com; le escribo con la lista de clases.'), some({ source: 'fail' })),
  c('O1 against: "llámeme al …" read back', readBack('busco clases de inglés gratis, mejor llámeme al 410-555-0133', 'Muy bien, le llamaré al 410-555-0133 con la lista de clases.'), some({ source: 'fail' })),
  c('O1 against: a bare e-mail given when asked in Spanish, read back', [
    [0, 'p', 'busco clases de inglés gratis'],
    [20, 'l', `${HI} ¿Le puedo enviar la lista por correo electrónico?`],
    [50, 'p', 'claro, lu.p@example.com'],
    [70, 'l', 'Bien, tengo lu.p@example.com. Le escribo hoy.'],
    [90, 'p', 'gracias'],
    [100, 'l', '¡Adiós!'],
  ], some({ source: 'fail' })),
  c('O1 against: a bare number given when asked for the best number, read back', askedFor("What's the best number to reach you?", '443-555-0166', '443-555-0166, got it: you are on the seed swap list.'), some({ source: 'fail' })),
];

export const o2o4: SessionCase[] = [
  // ---- O2 for: a common word, no paper
  c('O2 for: "Join the Pioneer story walk" names no paper', said('anything for kids to do this weekend?', 'Join the Pioneer story walk on Saturday at 10; it starts by the front desk.'), some({ source: 'fail' })),
  c('O2 for: "Our Press notice for the book sale" names no paper', said('did the book sale get advertised anywhere', 'Our Press notice for the book sale went out on Monday.'), some({ source: 'fail' })),
  // ---- O2 against: the paper with its place
  c('O2 against: "a 1962 Pioneer Press announcement"', said('was my great-aunts wedding in the paper', "Yes, there's a 1962 Pioneer Press announcement of it, with a photo."), some({ source: 'pass' })),
  c('O2 against: "a Bemidji Pioneer article from 1971"', said('anything about the 1971 mill fire', 'A Bemidji Pioneer article from 1971 covers the fire, with the names of the crew.'), some({ source: 'pass' })),
  c('O2 against: "The Idaho Statesman obituary"', said('did my grandfather get an obituary', 'The Idaho Statesman obituary ran the week after he died, on page 4.'), some({ source: 'pass' })),
  // ---- O3
  c('O3 for: "the Explanation of Benefits, April 2, 2025, page 3" is paperwork', said('why do i owe 300 on this hospital bill', 'Look at the Explanation of Benefits, April 2, 2025, page 3: it lists what insurance paid.'), some({ source: 'fail' })),
  c('O3 for: "The Claim Summary, May 1, 2025, page 2" is paperwork', said('why was my claim denied', 'The Claim Summary, May 1, 2025, page 2 gives the denial code next to each line.'), some({ source: 'fail' })),
  c('O3 against: "Frederick News-Post, Jan. 9, 1970, p. 3"', said('was the store fire in the paper', 'Frederick News-Post, Jan. 9, 1970, p. 3 has the story, with a photo of the storefront.'), some({ source: 'pass' })),
  // ---- O4
  c('O4 for: "Marcy (a volunteer with our genealogy service)" is a person', said('who knows about the old mill families', 'Marcy (a volunteer with our genealogy service) knows a lot about the mill families.'), some({ source: 'fail' })),
  c('O4 for: "Jean (who runs our local history archive)" is a person', said('who knows about the old mill families', 'Jean (who runs our local history archive) has talked about the mill families before.'), some({ source: 'fail' })),
  c('O4 against: "FamilySearch (a free genealogy site)"', said('where can i see the 1900 census', 'FamilySearch (a free genealogy site) has the 1900 census, searchable by name.'), some({ source: 'pass' })),
  c('O4 against: "Landex (the county\'s paid records site)"', said('where can i see old deeds', "Landex (the county's paid records site) has deeds back to 1850."), some({ source: 'pass' })),
];

export const o5o7: SessionCase[] = [
  // ---- O5, O6: asked about the need, not "anything else"
  c('O5 for: "Do you remember the singer, or anything else about it?" is no "anything else"', asked('i need a song from the 80s', 'Do you remember the singer, or anything else about it?', 'a woman, it was on the radio a lot', 'Try the lyric search at songfacts.com with any line you remember.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Can you tell me anything else about the book?" is no "anything else"', asked('looking for a book i read as a kid', 'Can you tell me anything else about the book, like the cover?', 'blue cover, a girl and a horse', 'The "What\'s That Book?" forum at goodreads.com/group/show/185 is good for this.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 against: "Do you need anything else?" after the answer', asked('when does the pool open', 'The pool opens May 24; hours are at dorsetparks.example.org/pool.', 'ok', 'Do you need anything else?'), some({ anything: 'pass' })),
  c('O6 for: "¿… o algo más ligero, como una novela corta?" is no "anything else"', asked('busco un libro para el viaje', '¿Busca algo de misterio, o algo más ligero, como una novela corta?', 'algo ligero', 'Le recomiendo "La tregua" de Benedetti; está en el catálogo en dorsetlib.example.org.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O6 against: "¿Necesita algo más?" after the answer', asked('busco un libro para el viaje', 'Le recomiendo "La tregua" de Benedetti; está en el catálogo en dorsetlib.example.org.', 'gracias', '¿Necesita algo más?'), some({ anything: 'pass' })),
  // ---- O7
  c('O7 for: "Does the obituary index have her?" after the index', asked('i need my grandmothers obituary, 1988', 'Our obituary index is at dorsetlib.example.org/obits; search by her last name.', 'ok searching', 'Does the obituary index have her?'), some({ complete: 'pass' })),
  c('O7 for: "Do those fit what your teacher wants?" after two books', asked('i need 2 books about the harlem renaissance for school', 'Try "When Harlem Was in Vogue" by David Levering Lewis and "The Big Sea" by Langston Hughes, both at dorsetlib.example.org.', 'ok', 'Do those fit what your teacher wants?'), some({ complete: 'pass' })),
  c('O7 for: "Did the map show your street?" after the map', asked('is there a map of my town from 1900', 'The 1900 Sanborn map of Cambridge is at loc.gov/resource/g3844cm.g03614190001.', 'looking now', 'Did the map show your street?'), some({ complete: 'pass' })),
  c('O7 against: "Does the page have the Login button?" finds the way, not the need', asked('how do i renew my books online', 'Go to dorsetlib.example.org and sign in to My Account.', 'im on the page', 'Does the page have the Login button at the top?'), some({ complete: 'fail' })),
];

export const o8o9: SessionCase[] = [
  // ---- O8
  c('O8 for: "you\'ll need to hire a licensed surveyor" refers, no contact', said('how do i find where my property line is', "The plat is at dorsetdeeds.example.gov, but to mark the line on the ground you'll need to hire a licensed surveyor."), some({ referral: 'fail' })),
  c('O8 for: "retain an attorney" refers, no contact', said('my neighbor built a fence on my land', 'Your deed and plat are at dorsetdeeds.example.gov; for the dispute itself you may want to retain an attorney.'), some({ referral: 'fail' })),
  c('O8 for: "call a certified appraiser" with the directory\'s URL', said('what is my grandmothers china worth', 'Call a certified appraiser; the American Society of Appraisers lists them at appraisers.org.'), some({ referral: 'pass' })),
  c('O8 against: "An appraiser would charge about $300" refers no one', said('what is my grandmothers china worth', 'Kovels at kovels.com has price guides; an appraiser would charge about $300 for a full set.'), some({ referral: 'na' })),
  // ---- O9
  c('O9 for: "may know more; I\'ll e-mail you once I hear back from him" consults', said('how old is this map of dorset', "It looks like the 1877 Atlas at dorsetlib.example.org/maps. Our map curator may know more; I'll e-mail you once I hear back from him."), some({ referral: 'na' })),
  c('O9 against: "The county surveyor\'s office may know more; you can reach them at …"', said('how old is this map of dorset', "It looks like the 1877 Atlas at dorsetlib.example.org/maps. The county surveyor's office may know more; you can reach them at 410-555-0170."), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O4 for: "Jean (who runs our local history archive)" is a person':
    'info.source: expected fail, got pass ("gave a source"). O4 keeps v48 N12 from reading the bracket as a site, but v1\'s namedResource still reads "local history archive" as a named resource; older: v48 passes it too (through N12 and the same archive).',
};

describe('fiftieth round: block O tried both ways', () => {
  for (const [t, cs] of [['O1', o1], ['O2 to O4', o2o4], ['O5 to O7', o5o7], ['O8 and O9', o8o9]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
