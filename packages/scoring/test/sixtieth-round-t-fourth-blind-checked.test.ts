/**
 * Sixtieth round, fourth blind check of block T (rubric v54): T3, T8, T1, T7 and T14 tried both ways in cases written by a helper who
 * did not see the author's cases nor the earlier checks of block T, each labelled from RUBRIC.md before it ran ("for": the meant
 * behaviour in new words; "against": near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T3: "I / we will (or can) send <a long object> to you" is the provider's promise to send more later (RUBRIC Terms, Follow-up
 *   session) however long the object and whatever words it holds ("for", "of", numbers); another body or person sending is no promise
 *   of the provider's; an offer asked and turned down is none; "I could …, but the files are too big" refuses; a send "right now" in
 *   the chat is not "later".
 * - T8: a website, portal or app writing to the patron ("it will email you a link") is no promise of the provider's, before or after
 *   the thing is named; "it" standing for a branch or room of the library is the library ("someone from your library will contact
 *   you": a promise), even with a web form named in the sentence.
 * - T1: the library's own card (or the patron's new credential) mailed is the service, no promise; anything else mailed with it (a
 *   schedule, a calendar), a record from the collections that is a card (a Christmas card in a family's papers) or a PIN sent later
 *   is information promised.
 * - T7 / T14 (followup.completeness): "Would any / one of these …?" after sources, "Were you able to <the step>?" after steps, "that
 *   get you what you need?" without its auxiliary ask whether what was given meets the need; after the provider's own offer, about a
 *   visit, about a try before the chat, before anything was given, or not asked at all (no question) they do not.
 *
 * COUNTS. Written: 38 cases (20 for, 18 against), labelled before the first run (labels copied aside to
 * /tmp/sixtieth-round-t-fourth-blind-checked-labels.ts). First run as labelled: 27. Disagreeing: 11. Label corrections: 0. Final: 27
 * running, 11 LEFT (each LEFT case scored under rubricV53 too, to tell "older" from "T caused"):
 * - followup.on_time, expected pending / got na: "I'll mail the forms for the senior property tax credit to you on Monday." ("for" in
 *   the object; older).
 * - followup.on_time, expected pending / got na: "I will send a copy of the 1952 plat map and the surveyor's notes to you by
 *   Thursday." (eleven words, past T3's ten; older).
 * - followup.on_time, expected na / got pending: "I could send the whole set of scanned yearbook pages to you, but the files are too
 *   big for email." (declined; T caused).
 * - followup.on_time, expected na / got pending: "Let me email a copy of the branch hours and holiday closings to you right now. Done,
 *   it just went out." (sent in the chat; T caused).
 * - followup.on_time, expected na / got pending: "It will text you a code once you download the Hoopla app." (the app after "it";
 *   older).
 * - followup.on_time, expected pending / got na: "Your question went to the Eastside branch through the website form, and it will
 *   email you an answer by Friday." ("it" is the branch; T caused).
 * - followup.on_time, expected pending / got na: "I'll email the Christmas card to you tomorrow." (a card from the family papers;
 *   T caused).
 * - followup.on_time, expected pending / got na: "I'll mail your new card and the book club schedule by Friday." (a schedule with the
 *   card; older).
 * - followup.completeness, expected fail / got pass: "were u able to make it over to the food pantry?" (a visit; T caused).
 * - followup.completeness, expected fail / got pass: "Were you able to submit the application when you tried on Monday?" (a try
 *   before the chat; older).
 * - followup.completeness, expected fail / got pass: "I could pull the article from storage for you. That get you what you need?"
 *   (about the offer; T caused).
 *
 * AFTER THE MENDS (by the author, checked by the suite and by the sixth blind check): the six T caused read as labelled and run (T3
 * not after "could" and not sent "right now"; T8's "it" not when the sentence names the library's own people or places; T1's card
 * after a person's possessive only, not "the Christmas card"; T7 not "make it over to"; T14's question right after the provider's
 * offer asks about the offer), and so do three older (T3's object with "for" and up to twelve words; T8 with the app named after
 * "it"). Final: 36 running, 2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI_EN = 'Hey, this is Dev with Marlow Public Library.';
const { said, asked, done } = nearMissLines(HI_EN, { branch: 'Which branch are you closest to?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Dev de la Biblioteca Pública de Marlow.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa?', branchReply: 'la del norte' });

const PROMISE = some({ onTime: 'pending', code: 'fail' });
const NONE = some({ onTime: 'na', code: 'pass' });

export const t3: SessionCase[] = [
  // ---- T3 for
  c('T3 for: "We\'ll forward the full transcript of the oral history interview to you next week."', said('do you have the oral history of my great aunt from 1978', 'Yes, it is in our local history collection. We\'ll forward the full transcript of the oral history interview to you next week.'), PROMISE),
  c('T3 for: "ill email the whole list of spanish language book clubs to u tmrw" (chat-speak)', said('r there book clubs in spanish', 'yes a few! ill email the whole list of spanish language book clubs to u tmrw'), PROMISE),
  c('T3 for: "I\'ll mail the forms for the senior property tax credit to you on Monday." ("for" in the object)', said('my mom needs the senior tax credit paperwork', 'The county prints them on paper only. I\'ll mail the forms for the senior property tax credit to you on Monday.'), PROMISE),
  c('T3 for: "I will send a copy of the 1952 plat map and the surveyor\'s notes to you by Thursday." (eleven words)', said('need the old plat map for my lot', 'Those are in the map drawer here. I will send a copy of the 1952 plat map and the surveyor\'s notes to you by Thursday.'), PROMISE),
  c('T3 for: "We can post the printed copies of both census pages to you this week."', said('can i get paper copies of the 1940 census for my grandpa', 'Sure. We can post the printed copies of both census pages to you this week.'), PROMISE),
  // ---- T3 against
  c('T3 against: "The county recorder\'s office can email a scanned copy of your deed to you within a week."', said('how do i get a copy of my house deed', 'Deeds are kept by the county, not by us. The county recorder\'s office can email a scanned copy of your deed to you within a week.'), NONE),
  c('T3 against: "Your daughter\'s school nurse will send the full immunization record and the sports physical form to you."', said('where do i get my kids shot records for soccer', 'Schools keep those. Your daughter\'s school nurse will send the full immunization record and the sports physical form to you.'), NONE),
  c('T3 against: "Would you like me to email a list of … to you?" turned down', done('when are you closed for the holidays', 'The hours are at marlowlibrary.example.org/hours. Would you like me to email a list of the branch hours and holiday closings to you?', 'no thats ok ill just look at the site'), NONE),
  c('T3 against: "I could send the whole set of scanned yearbook pages to you, but the files are too big for email."', said('can i get the 1965 yearbook pages', 'I could send the whole set of scanned yearbook pages to you, but the files are too big for email. They are all at marlowlibrary.example.org/yearbooks.'), NONE),
  c('T3 against: "Let me email a copy of the branch hours and holiday closings to you right now." (sent in the chat)', said('holiday hours please', 'Let me email a copy of the branch hours and holiday closings to you right now. Done, it just went out.'), NONE),
];

export const t8: SessionCase[] = [
  // ---- T8 for
  c('T8 for: "Create your account at marlowlibrary.example.org/register, it will email you a confirmation link."', said('how do i make an online account', 'Create your account at marlowlibrary.example.org/register, it will email you a confirmation link.'), NONE),
  c('T8 for: "Install the Libby app and it\'ll text u a code to sign in."', said('how do i get ebooks on my phone', 'Install the Libby app and it\'ll text u a code to sign in.'), NONE),
  c('T8 for: "Go to the portal at benefits.example.gov and it should email you a reset link in a few minutes."', said('i forgot my benefits password', 'Go to the portal at benefits.example.gov and it should email you a reset link in a few minutes.'), NONE),
  c('T8 for: "It will text you a code once you download the Hoopla app." (the app named after "it")', said('how does hoopla log in work', 'It will text you a code once you download the Hoopla app. The app is at hoopladigital.example.com.'), NONE),
  // ---- T8 against
  c('T8 against: "Your question went to the Eastside branch through the website form, and it will email you an answer by Friday."', said('does eastside have a notary', 'Your question went to the Eastside branch through the website form, and it will email you an answer by Friday.'), PROMISE),
  c('T8 against: "Our Local History Room has your request now. It\'ll call you by Monday …"', said('looking for my family in the 1910 city directory', 'Our Local History Room has your request now. It\'ll call you by Monday with what it finds.'), PROMISE),
  c('T8 against: "Sign up at marlowlibrary.example.org/events and I\'ll email you a reminder the day before."', said('how do i join the tax help day', 'Sign up at marlowlibrary.example.org/events and I\'ll email you a reminder the day before.'), PROMISE),
];

export const t1: SessionCase[] = [
  // ---- T1 for
  c('T1 for: "We\'ll pop your replacement card in the mail tomorrow."', said('my card is cracked can i get a new one', 'No problem, I voided the old one. We\'ll pop your replacement card in the mail tomorrow.'), NONE),
  c('T1 for: "I\'ll mail your son\'s library card to the address on file by Friday."', said('did my sons card application go through', 'Yes, it is approved. I\'ll mail your son\'s library card to the address on file by Friday.'), NONE),
  c('T1 for: "ur new card will get mailed out 2 u in 3-5 days" (chat-speak)', said('lost my card again lol', 'no worries, old one is blocked. ur new card will get mailed out 2 u in 3-5 days'), NONE),
  c('T1 for: "Te mandamos la credencial nueva por correo el lunes."', es.said('se me rompió la credencial', 'Ya la di de baja. Te mandamos la credencial nueva por correo el lunes.'), NONE),
  // ---- T1 against
  c('T1 against: "I\'ll email the Christmas card to you tomorrow." (a card in the family papers)', said('is the 1912 christmas card from the hadley family papers online', 'It is not digitized yet. I\'ll email the Christmas card to you tomorrow.'), PROMISE),
  c('T1 against: "I\'ll mail your new card and the book club schedule by Friday."', said('new card please, and when do book clubs meet', 'Your card is approved. I\'ll mail your new card and the book club schedule by Friday.'), PROMISE),
  c('T1 against: "Le mandaremos su tarjeta y el calendario de talleres por correo."', es.said('quiero tarjeta y saber de los talleres', 'Listo, su cuenta está hecha. Le mandaremos su tarjeta y el calendario de talleres por correo.'), PROMISE),
  c('T1 against: "we\'ll text you a temporary PIN within the hour" (a PIN)', said('i cant log in my pin doesnt work', 'I have reset your account. We\'ll text you a temporary PIN within the hour.'), PROMISE),
];

export const t7: SessionCase[] = [
  // ---- T7 for
  c('T7 for: "Would any of them work for u?" after two books', said('books on beekeeping for beginners', 'The Beekeeper\'s Handbook and Beekeeping for Dummies are both listed at marlowlibrary.example.org/catalog. Would any of them work for u?'), some({ complete: 'pass' })),
  c('T7 for: "Would one of these do?" after three titles', said('a cookbook for diabetics', 'Three good ones in the catalog at marlowlibrary.example.org/catalog: The Diabetes Cookbook, Eat to Beat Diabetes and Diabetic Living. Would one of these do?'), some({ complete: 'pass' })),
  c('T7 for: "were u able to pair them?" after the steps', said('my bluetooth headphones wont connect to the library laptop', 'Open Settings, then Bluetooth, hold the button on the headphones for five seconds and pick them from the list. were u able to pair them?'), some({ complete: 'pass' })),
  c('T7 for: "Were you able to turn on the captions?" after the steps', said('how do i get subtitles on kanopy', 'Start the film, click the CC icon at the bottom right of the Kanopy player and choose English. Were you able to turn on the captions?'), some({ complete: 'pass' })),
  // ---- T7 against
  c('T7 against: "I can hold a copy at Eastgate or mail one to your branch. Would either of those work?" (the offer)', said('do you have Lessons in Chemistry', 'It is in the catalog at marlowlibrary.example.org/catalog. I can hold a copy at Eastgate or mail one to your branch. Would either of those work?'), some({ complete: 'fail' })),
  c('T7 against: "were u able to make it over to the food pantry?" (a visit)', said('where is a food pantry near me', 'The Northside Pantry list is at marlowfood.example.org/pantries. were u able to make it over to the food pantry?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to submit the application when you tried on Monday?" (before the chat)', said('my passport renewal form wont go through', 'The renewal form is at travel.example.gov/renew. Were you able to submit the application when you tried on Monday?'), some({ complete: 'fail' })),
  c('T7 against: "Were you able to set up the app already?" before anything was given', asked('help with the library app', 'Were you able to set up the app already?', 'no', 'The steps are at marlowlibrary.example.org/app.'), some({ complete: 'fail' })),
];

export const t14: SessionCase[] = [
  // ---- T14 for
  c('T14 for: "k this give you what you were looking for?"', said('need the bus schedule to the library', 'The route 4 schedule is at marlowtransit.example.org/4. k this give you what you were looking for?'), some({ complete: 'pass' })),
  c('T14 for: "so those get ya everything ya need?"', said('need practice tests for the GED', 'The GED practice tests are in the Learning Express database at marlowlibrary.example.org/learn. so those get ya everything ya need?'), some({ complete: 'pass' })),
  c('T14 for: "That gets you what you need, right?"', said('whats the library fax number', 'The fax number and the price per page are at marlowlibrary.example.org/fax. That gets you what you need, right?'), some({ complete: 'pass' })),
  // ---- T14 against
  c('T14 against: "This gets you everything you need to apply." (no question)', said('how do i apply for a passport', 'The DS-11 is at travel.example.gov/ds11. This gets you everything you need to apply.'), some({ complete: 'fail' })),
  c('T14 against: "I could pull the article from storage for you. That get you what you need?" (the offer)', said('do you have the 1987 Gazette article about the flood', 'The Gazette index is at marlowlibrary.example.org/gazette. I could pull the article from storage for you. That get you what you need?'), some({ complete: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'T1 against: "I\'ll mail your new card and the book club schedule by Friday."':
    'followup.on_time expected pending, got na (resolution.code pass, expected fail): the book club schedule mailed with the card is information sent later; R17\'s and T1\'s lookahead lists "list, info, guide …" but not "schedule" (older: v53 the same)',
  'T7 against: "Were you able to submit the application when you tried on Monday?" (before the chat)':
    'followup.completeness expected fail, got pass: asks about the patron\'s try before the chat; T7\'s past list lacks "when you tried", "on Monday" (older: v53 passes it too)',
};

describe('sixtieth round: block T checked blind a fourth time, both ways', () => {
  for (const [t, cs] of [['T3', t3], ['T8', t8], ['T1', t1], ['T7', t7], ['T14', t14]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
