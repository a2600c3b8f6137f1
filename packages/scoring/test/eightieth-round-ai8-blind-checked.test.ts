/**
 * Eightieth round, blind check of block AI (rubric v69), part ai8: AI18, AI19, AI4 (widened) and AI5 (widened) tried both ways in
 * cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break).
 * Checks:
 * - resolution.code and followup.contact (AI18, AI19). RUBRIC resolution.code fails when "the provider promised a follow-up but the
 *   code is not a follow-up code"; followup.contact is na unless a follow-up session (Terms "Follow-up session": a follow-up code,
 *   or "the provider promises in the chat to send or find more later ("I'll e-mail you", "I will get back to you", "someone from
 *   your library will contact you")"), and passes when the patron's e-mail is confirmed in the chat **and** the provider says when
 *   the information will come ("by tomorrow", "within 72 hours", "by Friday"). Every follow-up session here is coded "Answered"
 *   and the patron gives an e-mail that the provider reads back, so a promise makes resolution.code fail (followup.contact then
 *   pass or fail on the when), and no promise makes resolution.code pass and followup.contact na.
 * - interest.keep_informed (AI4, AI5). RUBRIC: fail if any span of waiting on the provider lasts longer than 120 s; Terms "Hold
 *   message": a provider message announcing that the provider is looking something up or asking the patron to wait; "Waiting on the
 *   patron" begins at a provider message that is not a hold. Every hold session here has the provider's message under test at 55 s,
 *   no patron message, and the provider's next message at 255 s: read as a hold, a 200 s wait on the provider (fail); read as no
 *   hold, a wait on the patron (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A condition on someone's step ("once / when / as soon as <someone> <does something>") with no day or span does not say when
 *   the information will come: followup.contact fails unless a day or span ("by Thursday", "within two days") is said too.
 * - Someone outside the library (a county office, a state library) sending the patron something after their own step is not the
 *   provider promising to send or find more: no follow-up session. So is a send the provider says cannot happen ("I'd … but …",
 *   "I can't send …", "we're unable to mail …") and a link the provider drops into the chat a moment later.
 * - "let me <look / search / go through …> <a thing> for a minute" announces that the provider is looking something up: a hold
 *   message, as "let me check". So is "leave / keep <the chat / this window> open for a minute while I …" (asks the patron to wait).
 * - An instruction to the patron to do something to a thing for a minute / moment / second (unplug, press, let it cool) asks the
 *   patron to act, not to wait on the provider: not a hold, whatever the words between.
 *
 * COUNTS. Written: 32 cases, 18 for and 14 against (AI18 5/3, AI19 4/4, AI4 4/3, AI5 5/4), in one batch, labels copied aside to
 * /tmp/s74/ai8-labels.ts before the first run (two cases reworded before the copy and before any run: the plat case's when made a
 * day, "by Friday", and the yearbook case's "send it to you" made "send the pages to you", "it" having read as the viewer). First
 * run as labelled: 21 of 32. Disagreeing: 11. Label corrections: none (each reread against resolution.code, followup.contact, the
 * Terms "Follow-up session" and "Hold message"; the labels stand). Final: 21 running, 11 LEFT (each scored with rubric v68 to tell
 * "older" from "caused by AI"; 0 caused by AI, 11 older, v68 scoring each the same):
 * - expected code fail, contact pass / got pass, na (older): AI18 "I'll forward the finding aid to you once the archivist writes
 *   back" ("forward", and "send", not read).
 * - expected code fail, contact pass / got pass, na (older): AI18 "We'll mail a photocopy of the plat to your home when the map room
 *   pulls it" ("to your home" for "to you" not read).
 * - expected contact pass / got fail (older): AI18 Spanish "Le mando el artículo por correo en cuanto … Lo tendrá a más tardar el
 *   viernes" (the promise is read, "a más tardar el viernes" not read as a when).
 * - expected code fail, contact pass / got pass, na (older): AI19 "I can't get the 1952 yearbook viewer to open …; I'll have our tech
 *   person reset it and send the pages to you within 72 hours".
 * - expected code fail, contact pass / got pass, na (older): AI19 "I didn't find the deed …; I'll request it from the land records
 *   office and e-mail you a copy by Friday".
 * - expected code fail, contact pass / got pass, na (older): AI19 "cant pull up the scan rn; ill call the annex and send it ur way
 *   tmrw" ("send it ur way" not read).
 * - expected code fail, contact pass / got pass, na (older): AI19 "I'm unable to open the microfiche …; I'll go through it at the
 *   branch in the morning and mail the pages to you by Wednesday" (AI19 reads only a short step before the send).
 * - expected keep_informed pass / got fail (older): AI4 "I'm not sure what the state archives hold on microfilm for Garrett County"
 *   (a two-word subject not read).
 * - expected keep_informed pass / got fail (older): AI5 "Press the little reset button on the back of the hotspot with a paperclip
 *   for a second, then let go." (too many words between).
 * - expected keep_informed pass / got fail (older): AI5 "unplug ur kindle from the laptop for a min" ("unplug" not read).
 * - expected keep_informed pass / got fail (older): AI5 Spanish "Deje el lector de tarjetas desconectado por un minuto" ("por un
 *   minuto" read as a hold).
 * ON v69 AS LANDED (the mends after this check): AI19 with up to nine words of steps before the sending and "your / ur way",
 *   AI4 with a two-word subject, AI5 with "unplug": five older cases run; LEFT: six older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c } from './near-miss-lines';

const HI = 'Hello, this is Odile, a librarian with Ask Us at Marsh Creek Library.';
const HI_ES = 'Hola, soy Odile, bibliotecaria de Ask Us en la Biblioteca de Marsh Creek.';

/**
 * A follow-up session coded "Answered": the patron's question `q`, a greeting that asks the branch, the patron's reply with the
 * e-mail `mail`, the provider's read-back, the provider's `words` (what the case is about) at 85 s, an optional `more` at 95 s,
 * thanks and goodbye.
 */
const mailedWith =
  (hi: string, ask: string, reply: (mail: string) => string, back: (mail: string) => string, bye: string) =>
  (q: string, mail: string, words: string, more?: string): Line[] => [
    [0, 'p', q],
    [20, 'l', `${hi} ${ask}`],
    [50, 'p', reply(mail)],
    [70, 'l', back(mail)],
    [85, 'l', words],
    ...(more === undefined ? [] : [[95, 'l', more] as Line]),
    [120, 'p', 'ok thanks'],
    [130, 'l', bye],
  ];
const mailed = mailedWith(HI, 'Which branch do you usually use?', (m) => `riverside. my email is ${m} btw`, (m) => `Got it, ${m}.`, 'Thanks for chatting, bye!');
const mailedEs = mailedWith(HI_ES, '¿Qué sucursal usa normalmente?', (m) => `la de riverside, mi correo es ${m}`, (m) => `Anotado: ${m}.`, 'Gracias por escribirnos, ¡adiós!');

/** The follow-up statuses: a promise (code fail) with a when (contact pass) or without (contact fail); no promise. */
const PROMISED_WHEN = some({ code: 'fail', contact: 'pass' });
const PROMISED_NO_WHEN = some({ code: 'fail', contact: 'fail' });
const NO_PROMISE = some({ code: 'pass', contact: 'na' });

/**
 * A hold session: the patron's question `q`, a greeting that asks the branch, the reply, the provider's `words` at 55 s, nothing
 * from the patron, the provider's `then` at 255 s, the patron's thanks and the goodbye.
 */
const pausedWith =
  (hi: string, ask: string, branch: string, thanks: string, bye: string) =>
  (q: string, words: string, then: string): Line[] => [
    [0, 'p', q],
    [20, 'l', `${hi} ${ask}`],
    [45, 'p', branch],
    [55, 'l', words],
    [255, 'l', then],
    [275, 'p', thanks],
    [285, 'l', bye],
  ];
const paused = pausedWith(HI, 'Which branch do you usually use?', 'riverside', 'ok thanks', 'Thanks for chatting, bye!');
const pausedEs = pausedWith(HI_ES, '¿Qué sucursal usa normalmente?', 'la de riverside', 'ok gracias', 'Gracias por escribirnos, ¡adiós!');

/** interest.keep_informed: a 200 s wait on the provider after a hold (fail), or a wait on the patron (pass). */
const HOLD = some({ informed: 'fail' });
const NO_HOLD = some({ informed: 'pass' });

export const ai18: SessionCase[] = [
  // ---- AI18 for: "I'll / we'll <send-verb> <the thing> once / when / as soon as <someone> <does something>" (a send still to come)
  c('AI18 for: "I\'ll e-mail you a scan of the obituary as soon as the microfilm room gets its reader fixed" (no day)', mailed('looking for my grandmother Ida Lenz\'s obituary, she died march 1957, it was in the Frederick News', 'ida.lenz.family@example.com', 'Our Frederick News microfilm covers 1957, but the reader in the microfilm room is broken today. I\'ll e-mail you a scan of the obituary as soon as the microfilm room gets its reader fixed.'), PROMISED_NO_WHEN),
  c('AI18 for: "ill email u the call numbers once marcy finishes cataloguing them" (chat-speak, no day)', mailed('do u have any of the new manga donations yet? my kid wants chainsaw man', 'kbrooks77@example.com', 'yes we got a big box of them last week!! not in the catalogue yet tho. ill email u the call numbers once marcy finishes cataloguing them'), PROMISED_NO_WHEN),
  c('AI18 for: "I\'ll forward the finding aid to you once the archivist writes back. … by Thursday" (other verb, a day after)', mailed('is there a finding aid for the Hollis Mill company papers?', 'dpeters@example.org', 'The Hollis Mill papers came to our Maryland Room in 2019; the finding aid is still a draft that only the archivist has. I\'ll forward the finding aid to you once the archivist writes back. She usually answers within a day, so expect it by Thursday.'), PROMISED_WHEN),
  c('AI18 for: "We\'ll mail a photocopy of the plat to your home when the map room pulls it. … by Friday" (we, post)', mailed('i need the 1922 subdivision plat for Elm Terrace, its for a property line question', 'r.okafor@example.net', 'The 1922 Elm Terrace plat is in our map room\'s flat files, which aren\'t scanned. We\'ll mail a photocopy of the plat to your home when the map room pulls it. They pull within two days of a request, so it will be in your mailbox by Friday.'), PROMISED_WHEN),
  c('AI18 for: "Le mando el artículo por correo en cuanto la encargada del archivo lo localice. … el viernes" (Spanish)', mailedEs('busco un artículo de 1985 sobre la fábrica de conservas de mi abuelo en el periódico local', 'lucia.ferrer@example.com', 'El periódico de 1985 está en el archivo, pero solo en papel. Le mando el artículo por correo en cuanto la encargada del archivo lo localice. Lo tendrá a más tardar el viernes.'), PROMISED_WHEN),
  // ---- AI18 against: a link dropped into the chat a moment later; someone outside the library sending; a send that will not happen
  c('AI18 against: "I\'ll paste the link in here as soon as the record loads" (then the link, in the chat)', mailed('do you have the audiobook of Lessons in Chemistry?', 'hannah.q@example.com', 'Yes, we do. I\'ll paste the link in here as soon as the record loads.', 'Here it is: marshcreeklib.example.org/rec/88213 (2 copies, one available now on Libby).'), NO_PROMISE),
  c('AI18 against: "The county permits office will e-mail you the permit once the zoning board signs off" (another office)', mailed('how do i get a permit for a backyard chicken coop in the county?', 'tomas.b@example.com', 'The county\'s coop rules and the application are at permits.marshcounty.example.gov/coops. You apply online; the county permits office will e-mail you the permit once the zoning board signs off.'), NO_PROMISE),
  c('AI18 against: "I\'d e-mail you the map once the archive scans it, but they don\'t allow copies of that atlas" (will not happen)', mailed('can i get a copy of the 1877 county atlas page for Glen Rock?', 'jvance@example.com', 'I\'d e-mail you the map once the archive scans it, but they don\'t allow copies of that atlas. You can see it in person in the Maryland Room, and the whole atlas is indexed at marshcreeklib.example.org/atlas1877.'), NO_PROMISE),
];

export const ai19: SessionCase[] = [
  // ---- AI19 for: "can't / cannot / unable to / didn't …; I'll <do a step> and e-mail / send it to you …" (a promise)
  c('AI19 for: "I can\'t get the 1952 yearbook viewer to open from here; I\'ll have our tech person reset it and send the pages to you within 72 hours"', mailed('is the 1952 Marsh Creek High yearbook online? my dad is in it', 'ellen.k@example.com', 'I can\'t get the 1952 yearbook viewer to open from here; I\'ll have our tech person reset it and send the pages to you within 72 hours.'), PROMISED_WHEN),
  c('AI19 for: "I didn\'t find the deed in the online index; I\'ll request it from the land records office and e-mail you a copy by Friday"', mailed('trying to find the deed for my great-grandfather\'s farm on Old Mill Road, around 1910', 'pwhitlock@example.net', 'I didn\'t find the deed in the online index; I\'ll request it from the land records office and e-mail you a copy by Friday.'), PROMISED_WHEN),
  c('AI19 for: "cant pull up the scan rn; ill call the annex and send it ur way tmrw" (chat-speak)', mailed('can i get the page from the 1964 phone book with my grandparents listing', 'mikey.d@example.com', 'cant pull up the scan rn; ill call the annex and send it ur way tmrw'), PROMISED_WHEN),
  c('AI19 for: "I\'m unable to open the microfiche from home; I\'ll go through it at the branch in the morning and mail the pages to you by Wednesday"', mailed('need the 1971 city directory entries for Pratt Street', 'sgomez@example.org', 'I\'m unable to open the microfiche from home; I\'ll go through it at the branch in the morning and mail the pages to you by Wednesday.'), PROMISED_WHEN),
  // ---- AI19 against: a send the provider cannot make; another party sending; the older "; I'll e-mail it to you" right after
  c('AI19 against: "I can\'t send scans of it to you because of the donor\'s restrictions; you\'re welcome to view it …"', mailed('can i get a copy of the Hargrove family diary you have?', 'bhargrove@example.com', 'I can\'t send scans of it to you because of the donor\'s restrictions; you\'re welcome to view it in the Maryland Room any weekday, and the description is at marshcreeklib.example.org/hargrove.'), NO_PROMISE),
  c('AI19 against: "We\'re unable to mail it to you; you\'ll need to pick it up at Riverside"', mailed('can the library mail me the large print copy of The Covenant of Water, i cant drive right now', 'a.nair@example.com', 'We\'re unable to mail it to you; you\'ll need to pick it up at Riverside, or a friend can with your card. Our homebound delivery program is at marshcreeklib.example.org/homebound if that fits.'), NO_PROMISE),
  c('AI19 against: "I didn\'t find it in our catalogue; the state library has a copy and will send it to you if you ask them"', mailed('looking for a copy of "Tidewater Tobacco Farms" by R. Halsey, 1948', 'rhalsey.fan@example.com', 'I didn\'t find it in our catalogue; the state library has a copy and will send it to you if you ask them at ask@statelib.example.gov.'), NO_PROMISE),
  c('AI19 against (older): "I can\'t locate the full text this minute; I\'ll e-mail it to you before noon tomorrow"', mailed('need the full text of the 1994 county master plan', 'kfinch@example.com', 'I can\'t locate the full text this minute; I\'ll e-mail it to you before noon tomorrow.'), PROMISED_WHEN),
];

export const ai4: SessionCase[] = [
  // ---- AI4 for: "hold on" after "what / which / whatever / whether / if" and a subject (what an archive or office holds): no hold
  c('AI4 for: "ask which letters they currently hold on the Wye plantation" (a library\'s holdings)', paused('i want to read letters from the Wye plantation, 1800s', 'The Talbot County Free Library\'s Maryland Room is your best bet: ring them at 410-555-0172 and ask which letters they currently hold on the Wye plantation.', 'Did that help?'), NO_HOLD),
  c('AI4 for: "idk if the diocese still hold on file the old baptism books" (chat-speak)', paused('where would baptism records from st. jude\'s in the 1940s be', 'idk if the diocese still hold on file the old baptism books from st. jude\'s, but their archives office is at 410-555-0190, worth a call', 'did that help?'), NO_HOLD),
  c('AI4 for: "I\'m not sure what the state archives hold on microfilm for Garrett County" (a longer subject)', paused('are there any Garrett County court records from the 1880s anywhere?', 'I\'m not sure what the state archives hold on microfilm for Garrett County, so their reference desk at msa.example.gov/ask is the place to ask.', 'Did that help?'), NO_HOLD),
  c('AI4 for: "her e-mail is … and she can tell you whatever they hold on the old Ellicott City depot"', paused('any old photos of the Ellicott City train station?', 'The B&O museum\'s librarian is the one to ask: her e-mail is archives@bomuseum.example.org and she can tell you whatever they hold on the old Ellicott City depot.', 'Did that help?'), NO_HOLD),
  // ---- AI4 against: a real hold after "whether / if / which …"
  c('AI4 against: "Not sure whether we have that one, hold on and I\'ll look it up in the catalogue." (a hold)', paused('do you have the cookbook "Smoke and Pickles"?', 'Not sure whether we have that one, hold on and I\'ll look it up in the catalogue.', 'Yes: "Smoke and Pickles" by Edward Lee, 641.5975 LEE, one copy on the shelf at Riverside (marshcreeklib.example.org/rec/30117).'), HOLD),
  c('AI4 against: "If you can hold on a couple of minutes, I\'ll check with our local history librarian." (a hold)', paused('when did the Riverside branch first open?', 'If you can hold on a couple of minutes, I\'ll check with our local history librarian.', 'She says Riverside opened in 1962 in the old bank building; the branch history is at marshcreeklib.example.org/history.'), HOLD),
  c('AI4 against: "which edition? hold on, checking the shelf list" (chat-speak, a hold)', paused('is there a copy of the Joy of Cooking i can borrow', 'which edition? hold on, checking the shelf list', 'ok we have the 2019 edition at riverside, 641.5 ROM, on the shelf (marshcreeklib.example.org/rec/20991)'), HOLD),
];

export const ai5: SessionCase[] = [
  // ---- AI5 for: an instruction to do something to a thing for a minute / moment / second, words between: no hold
  c('AI5 for: "Press the little reset button on the back of the hotspot with a paperclip for a second, then let go." (an instruction)', paused('the library hotspot i borrowed wont connect', 'Press the little reset button on the back of the hotspot with a paperclip for a second, then let go. The lights should blink and it should come back on its own (steps at marshcreeklib.example.org/hotspot).', 'Is it connecting now?'), NO_HOLD),
  c('AI5 for: "Hold your card flat against the scanner on the self-checkout for a moment until it beeps." (an instruction)', paused('the self checkout at riverside wont read my card', 'Hold your card flat against the scanner on the self-checkout for a moment until it beeps; the barcode side goes down. The guide is at marshcreeklib.example.org/selfcheck.', 'Did that work?'), NO_HOLD),
  c('AI5 for: "unplug ur kindle from the laptop for a min, then plug it back in" (chat-speak)', paused('my kindle isnt showing the library book i sent it', 'unplug ur kindle from the laptop for a min, then plug it back in and tap sync (steps at marshcreeklib.example.org/kindle)', 'showing up now?'), NO_HOLD),
  c('AI5 for: "Let the microfilm reader\'s lamp cool off for a minute before you change the reel." (let it, an instruction)', paused('the microfilm reader at riverside keeps shutting off', 'Let the microfilm reader\'s lamp cool off for a minute before you change the reel; it shuts itself off when it runs hot. The reader guide is taped to its side and at marshcreeklib.example.org/microfilm.', 'Is it staying on now?'), NO_HOLD),
  c('AI5 for: "Deje el lector de tarjetas desconectado por un minuto y vuelva a conectarlo." (Spanish)', pausedEs('el lector de tarjetas de la computadora pública no funciona', 'Deje el lector de tarjetas desconectado por un minuto y vuelva a conectarlo. Los pasos están en marshcreeklib.example.org/lector.', '¿Ya funciona?'), NO_HOLD),
  // ---- AI5 against: holds that ask the patron to wait or announce a search, with "for a minute / a second"
  c('AI5 against: "Leave this chat open for a minute while I look in the county atlas." (a hold)', paused('what township was Glen Rock in back in 1877?', 'Leave this chat open for a minute while I look in the county atlas.', 'Glen Rock was in Shrewsbury Township in 1877; the atlas page index is at marshcreeklib.example.org/atlas1877.'), HOLD),
  c('AI5 against: "let me dig through the vertical file for a minute" (a hold)', paused('do you have anything on the 1972 flood in Marsh Creek?', 'let me dig through the vertical file for a minute', 'Found it: the vertical file has a folder of clippings on the 1972 flood (Agnes), and the list is at marshcreeklib.example.org/vf/flood1972.'), HOLD),
  c('AI5 against: "Could you give me a second? I\'m pulling up your account." (a hold)', paused('why do i have a fine on my card?', 'Could you give me a second? I\'m pulling up your account.', 'The $2.00 is for "Dune" returned 4 days late; you can pay it at marshcreeklib.example.org/account.'), HOLD),
  c('AI5 against: "Un momento, por favor, estoy buscando en el catálogo." (Spanish, a hold)', pausedEs('¿tienen libros de cocina mexicana en español?', 'Un momento, por favor, estoy buscando en el catálogo.', 'Sí: "La cocina mexicana" de Patricia Quintana está en Riverside (marshcreeklib.example.org/rec/51120).'), HOLD),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older (v68 the same)
  'AI18 for: "I\'ll forward the finding aid to you once the archivist writes back. … by Thursday" (other verb, a day after)':
    'expected resolution.code fail and followup.contact pass, got pass and na ("coded \"Answered\""; "not a follow-up session"): RUBRIC Terms "Follow-up session", forwarding the finding aid once the archivist writes back is a promise to send more later, and "expect it by Thursday" says when; AI18 does not read "forward" (a probe: "I\'ll e-mail the finding aid to you once …" is read, "I\'ll send the finding aid to you once …" is not either) (older: v68 pass / na the same)',
  'AI18 for: "We\'ll mail a photocopy of the plat to your home when the map room pulls it. … by Friday" (we, post)':
    'expected resolution.code fail and followup.contact pass, got pass and na ("coded \"Answered\""; "not a follow-up session"): RUBRIC Terms "Follow-up session", mailing the plat when the map room pulls it is a promise to send more later, and "in your mailbox by Friday" says when; AI18 does not read this one (probes: "We\'ll mail the plat to you when …" is read, "I\'ll mail a photocopy of the plat to your home when …" is not: "to your home" for "to you") (older: v68 pass / na the same)',
  'AI18 for: "Le mando el artículo por correo en cuanto la encargada del archivo lo localice. … el viernes" (Spanish)':
    'expected followup.contact pass, got fail ("contact confirmed, but the provider never said when the information will come"): RUBRIC followup.contact, "Lo tendrá a más tardar el viernes" (by Friday at the latest) says when; the promise is read (resolution.code fails as labelled), the when is not (a probe: "Lo tendrá el viernes" is read; "a más tardar el viernes" is not) (older: v68 fail the same)',
  'AI19 for: "I\'m unable to open the microfiche from home; I\'ll go through it at the branch in the morning and mail the pages to you by Wednesday"':
    'expected resolution.code fail and followup.contact pass, got pass and na ("coded \"Answered\""; "not a follow-up session"): RUBRIC Terms "Follow-up session", after "unable to", going through the microfiche and mailing the pages by Wednesday is a promise to send more later, with a when; AI19 does not read a step this long (a probe: "I\'ll go through it and mail it to you by Wednesday" is read, "… go through it at the branch and mail the pages to you …" is not) (older: v68 pass / na the same)',
  'AI5 for: "Press the little reset button on the back of the hotspot with a paperclip for a second, then let go." (an instruction)':
    'expected interest.keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Terms "Hold message", an instruction to the patron to press a button for a second asks the patron to act, not to wait on the provider; AI5 reads few words between the verb and "for a second" ("Press the reset button with a paperclip for a second" passes; "… on the back of the hotspot for a second" fails) (older: v68 fail the same)',
  'AI5 for: "Deje el lector de tarjetas desconectado por un minuto y vuelva a conectarlo." (Spanish)':
    'expected interest.keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Terms "Hold message", an instruction to leave the card reader unplugged for a minute asks the patron to act, not to wait on the provider; "por un minuto" after any verb is read as a hold (a probe: "Vuelva a conectarlo por un minuto." fails), AI5 reads English only (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI18, AI19, AI4, AI5) checked blind, both ways, part ai8', () => {
  for (const [t, cs] of [['AI18', ai18], ['AI19', ai19], ['AI4', ai4], ['AI5', ai5]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
