/**
 * Eightieth round, blind check of block AI (rubric v69), part ai10: AI19, AI4, AI5 and AI12 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, typos, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * Checks:
 * - AI19: resolution.code and followup.contact (RUBRIC: resolution.code fails when "the provider promised a follow-up but the code is
 *   not a follow-up code"; followup.contact is na unless a follow-up session, which by Terms is a follow-up code or a promise "in the
 *   chat to send or find more later" ("I'll e-mail you", "I will get back to you", …), and passes when the patron's e-mail is
 *   confirmed in the chat and the provider says when the information will come). Every AI19 session is coded "Answered", the
 *   patron gives an e-mail that the provider reads back, and only the provider's last message differs: a promise (with a day) makes
 *   resolution.code fail and followup.contact pass; no promise makes resolution.code pass and followup.contact na.
 * - AI4 and AI5: interest.keep_informed (RUBRIC: fail if any span of waiting on the provider lasts longer than 120 s; Terms "Hold
 *   message": a provider message announcing that the provider is looking something up or asking the patron to wait; waiting on
 *   the patron, which begins at a provider message that is not a hold, does not count). In every AI4 / AI5 session the provider's
 *   message at 52 s is followed by the provider's next message at 252 s with no patron message between: read as a hold message the
 *   200 s is a wait on the provider (fail), read as no hold a wait on the patron (pass).
 * - AI12: referral.contact (Terms "Referral": telling the patron to contact or visit a person or organisation outside the chat;
 *   a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it; pass
 *   when every party referred to comes with a way to reach them (e-mail, phone, postal address or URL), fail otherwise, na with no
 *   referral).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "ill" in chat-speak, with the provider's plan after it ("ill pull the binder … and send em ur way tmrw morning"), is "I'll": a
 *   promise; "tmrw morning" says when.
 * - "mail them to you" and "forward them to you" after the patron gave an e-mail are promises to send more later, as "e-mail".
 * - A sending the patron has to ask a third party for ("you'll want to ask the board clerk to e-mail them to you") and a sending
 *   the provider says cannot happen ("I won't be able to send anything your way") are no promise of the provider's.
 * - A Spanish promise ("voy a llamar … y se las envío por correo mañana") is a promise like an English one.
 * - "hold on to" (keep) after "whether the alumni" is what the alumni keep, not a hold; a message that uses "hold on" both ways
 *   ("What they hold on that topic I don't know offhand, so please hold on while I ask …") asks the patron to wait: a hold.
 * - "If u can hold on a sec, I'll look up …" asks the patron to wait (a hold), though "if" and a short subject come before "hold on".
 * - "I need to search <an index> for a minute" and "Let me look into that for a moment" announce the provider looking something up
 *   (holds), though something is done to a thing before "for a minute / a moment".
 * - "Hold the … power switch for a moment" and "déjela sobre el lector por un momento" tell the patron what to do to a thing: no hold.
 * - "the Marine Patrol line, 850-…", "their Troop C desk at 573-…" and "escríbales a <e-mail>" are ways to reach the party; "stop by
 *   their boathouse" and "the flotilla in Annapolis" are not (no address). "Guardia Costera Auxiliar" is the Coast Guard Auxiliary.
 * - A patrol's booklet held at a branch (call number given) is a publication for the patron to use: a source, not a referral.
 *
 * COUNTS. Written: 34 cases, 19 for and 15 against (AI19 5/4, AI4 4/4, AI5 5/3, AI12 5/4), in one batch, labels copied aside to
 * /tmp/s74/ai10-labels.ts before the first run. First run as labelled: 29 of 34. Disagreeing: 5. Label corrections: none (each
 * reread against its check and the Terms; the labels stand). Final: 29 running, 5 LEFT (each scored with rubric v68 to tell "older"
 * from "caused by AI"; 0 caused by AI, 5 older):
 * - expected code fail + contact pass / got pass + na (older: v68 the same): "I can't get at the 1998 scans …; I'll phone the district
 *   records office, ask for March and April and e-mail both to you by Thursday." (three steps before "e-mail" not read; two are).
 * - expected code fail + contact pass / got pass + na (older: v68 the same): "sry, cant open those scans rn …; ill pull the binder …,
 *   scan march + april and send em ur way tmrw morning" ("ill" not read, nor three steps).
 * - expected code fail + contact pass / got pass + na (older: v68 the same): "I was unable to find April …; I will request the reel …,
 *   copy the pages and mail them to you by next Friday." (three steps not read, with or without "unable to").
 * - expected keep_informed pass / got fail (older: v68 fail): "Deslice la tarjeta y déjela sobre el lector por un momento" (Spanish
 *   "por un momento" after doing something to a thing still read as a hold).
 * - expected referral fail / got na (older: v68 na): "The Coast Guard Auxiliary does free vessel safety checks: ask the flotilla in
 *   Annapolis to come out and look at it." ("the flotilla" not read as the party).
 * Under v68 the same cases disagree 9 times: the 5 above, and 4 that block AI mends (AI4's "what they hold on the Western Maryland
 * Railway", "which files they hold on Bethlehem Steel workers", "whatever they hold on Barry Farm", and AI19's "didn't bring up the
 * March minutes; I'll ask our archivist … and forward them to you by Wednesday"). No case that v68 scored as labelled is misread by v69.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY, NO_HOLD, HOLD } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Linden Falls Library.';
const { said, followUp } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'riverdale' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca de Linden Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de riverdale' });

/** A promise (follow-up session by promise, code "Answered"): resolution.code fails, followup.contact passes (e-mail read back, a day given). */
const PROMISED = some({ code: 'fail', contact: 'pass' });
/** No promise: resolution.code passes ("Answered"), followup.contact na. */
const NO_PROMISE = some({ code: 'pass', contact: 'na' });
/** The provider asks for the patron's e-mail (it is then given and read back by the builder): no promise in it. */
const ASK_MAIL = 'Thanks. Could I get your e-mail address, please?';
/** The AI19 session: the builder's school board minutes, the e-mail given and read back, and `last` as the provider's last words. */
const fu = (last: string): Line[] => followUp(ASK_MAIL, last);

/**
 * The AI4 / AI5 session: the patron's `q`, the greeting (with the branch question), the reply, the provider's `said` at 52 s, the
 * provider's `after` at 252 s (no patron message between), the patron's thanks and the goodbye.
 */
const gap = (q: string, said52: string, after: string, hi = `${HI} Which branch do you usually use?`, reply = 'riverdale', thanks = 'ok thanks', bye = 'Thanks for chatting, bye!'): Line[] => [
  [0, 'p', q],
  [20, 'l', hi],
  [45, 'p', reply],
  [52, 'l', said52],
  [252, 'l', after],
  [270, 'p', thanks],
  [280, 'l', bye],
];
const gapEs = (q: string, said52: string, after: string): Line[] =>
  gap(q, said52, after, `${HI_ES} ¿Qué sucursal usa normalmente?`, 'la de riverdale', 'ok gracias', '¡Gracias por escribirnos, adiós!');

export const ai19: SessionCase[] = [
  // ---- AI19 for: after "can't / cannot / unable to / didn't", "; I'll <steps> and e-mail / send / mail it to you …" is a promise
  c('AI19 for: "I can\'t get at the 1998 scans from home today; I\'ll phone the district records office, ask for March and April and e-mail both to you by Thursday."', fu('I can\'t get at the 1998 scans from home today; I\'ll phone the district records office, ask for March and April and e-mail both to you by Thursday.'), PROMISED),
  c('AI19 for: "sry, cant open those scans rn …; ill pull the binder from the back room, scan march + april and send em ur way tmrw morning" (chat-speak)', fu('sry, cant open those scans rn, the server is down; ill pull the binder from the back room, scan march + april and send em ur way tmrw morning'), PROMISED),
  c('AI19 for: "I was unable to find April in the digital collection; I will request the reel from the State Archives, copy the pages and mail them to you by next Friday."', fu('I was unable to find April in the digital collection; I will request the reel from the State Archives, copy the pages and mail them to you by next Friday.'), PROMISED),
  c('AI19 for: "Our search didn\'t bring up the March minutes; I\'ll ask our archivist when she\'s in on Monday and forward them to you by Wednesday."', fu('Our search didn\'t bring up the March minutes; I\'ll ask our archivist when she\'s in on Monday and forward them to you by Wednesday.'), PROMISED),
  c('AI19 for: "No puedo abrir los escaneos de 1998 desde aquí; voy a llamar a la oficina del distrito, pedir marzo y abril y se las envío por correo mañana." (Spanish)', [
    [0, 'p', 'necesito las actas de la junta escolar de marzo y abril de 1998'],
    [20, 'l', `${HI_ES} ¿De qué distrito?`],
    [50, 'p', 'carroll'],
    [70, 'l', 'Gracias. ¿Me da su correo electrónico, por favor?'],
    [100, 'p', 'claro, es pat.ng@example.com'],
    [110, 'l', 'Gracias, tengo pat.ng@example.com.'],
    [130, 'l', 'No puedo abrir los escaneos de 1998 desde aquí; voy a llamar a la oficina del distrito, pedir marzo y abril y se las envío por correo mañana.'],
  ], PROMISED),
  // ---- AI19 against: sending said not to happen, or left to a third party; the older plain promise
  c('AI19 against: "I\'m unable to e-mail them to you myself, since the district keeps them only on paper; the district records office takes copy requests at …"', fu('I\'m unable to e-mail them to you myself, since the district keeps them only on paper; the district records office takes copy requests at records@carroll.example.org.'), NO_PROMISE),
  c('AI19 against: "Sorry, I didn\'t find either month online, and I won\'t be able to send anything your way; the board office at 410-555-0142 keeps the only copies."', fu('Sorry, I didn\'t find either month online, and I won\'t be able to send anything your way; the board office at 410-555-0142 keeps the only copies.'), NO_PROMISE),
  c('AI19 against: "I can\'t scan those for you, sorry; you\'ll want to ask the board clerk to e-mail them to you." (the clerk, asked by the patron)', fu('I can\'t scan those for you, sorry; you\'ll want to ask the board clerk at clerk@carroll.example.org to e-mail them to you.'), NO_PROMISE),
  c('AI19 against: "I have March here, and I\'ll e-mail you April as soon as the archive opens tomorrow." (older: a plain promise)', fu('I have March here, and I\'ll e-mail you April as soon as the archive opens tomorrow.'), PROMISED),
];

export const ai4: SessionCase[] = [
  // ---- AI4 for: "hold on" after "what / which <noun> / whatever / whether" and a short subject: what a collection holds, no hold
  c('AI4 for: "e-mail them at … and ask what they hold on the Western Maryland Railway."', gap('looking for old photos of the western maryland railway in cumberland', 'The Allegany County Historical Society is your best bet: e-mail them at info@alleganyhistory.example.org and ask what they hold on the Western Maryland Railway.', 'Did that help?'), NO_HOLD),
  c('AI4 for: "u can email … n ask which files they hold on Bethlehem Steel workers" (chat-speak, which + noun)', gap('need info on my great grandpa who worked at the steel mill in sparrows point', 'the Baltimore Museum of Industry has a library, u can email library@bmi.example.org n ask which files they hold on Bethlehem Steel workers', 'did that help?'), NO_HOLD),
  c('AI4 for: "… to find out whether the alumni hold on to any 1960s yearbooks." (whether, "hold on to")', gap('where can i find old yearbooks from fort hill high school, 1960s', 'Write to the Fort Hill alumni office at alumni@forthill.example.org to find out whether the alumni hold on to any 1960s yearbooks.', 'Did that help?'), NO_HOLD),
  c('AI4 for: "The Anacostia Community Museum will share whatever they hold on Barry Farm; …" (whatever)', gap('i want to learn about the history of barry farm in DC', 'The Anacostia Community Museum will share whatever they hold on Barry Farm; their reference desk takes questions at anacostia.example.si.edu/ask.', 'Did that help?'), NO_HOLD),
  // ---- AI4 against: "hold on" that asks the patron to wait, after "if u can", after "whether …", plain, and both senses in one
  c('AI4 against: "If u can hold on a sec, I\'ll look up what the archive has on that." (asks the patron to wait)', gap('any old photos of the western maryland railway station in cumberland?', 'If u can hold on a sec, I\'ll look up what the archive has on that.', 'Found it: the county archive\'s railroad photos are listed at archives.alleganycounty.example.gov/wmrr. Did that help?'), HOLD),
  c('AI4 against: "Not sure whether they have it. Hold on while I search their finding aid."', gap('does the state archive have my grandmother\'s 1931 nursing license?', 'Not sure whether they have it. Hold on while I search their finding aid.', 'The license registers for 1931 are in the finding aid at msa.example.gov/nursing, series S 1042. Did that help?'), HOLD),
  c('AI4 against: "hold on pls, pulling up the catalog now" (older: plain)', gap('do u have any books on beekeeping for beginners', 'hold on pls, pulling up the catalog now', '"Beekeeping for Dummies" is on the shelf at Riverdale, call number 638.1 BLA. Did that help?'), HOLD),
  c('AI4 against: "What they hold on that topic I don\'t know offhand, so please hold on while I ask our local history librarian." (both senses)', gap('does the historical society have anything on the 1889 johnstown flood survivors from our town?', 'What they hold on that topic I don\'t know offhand, so please hold on while I ask our local history librarian.', 'Our local history librarian says their survivor letters are listed at lindenhistory.example.org/johnstown. Did that help?'), HOLD),
];

export const ai5: SessionCase[] = [
  // ---- AI5 for: "for a minute / a moment / a second" after doing something to a thing: no hold
  c('AI5 for: "Hold the Kobo\'s power switch for a moment to wake it, then tap Sync; …" (the verb "hold")', gap('my library ebook wont open on my kobo', 'Hold the Kobo\'s power switch for a moment to wake it, then tap Sync; Kobo\'s OverDrive help is at help.kobo.example.com/overdrive.', 'Did that work?'), NO_HOLD),
  c('AI5 for: "Float the envelope corner face-up in lukewarm water for a minute and the stamp slides off; …"', gap('how do i get old stamps off envelopes without ripping them', 'Float the envelope corner face-up in lukewarm water for a minute and the stamp slides off; the Postal Museum\'s guide is at postalmuseum.example.si.edu/stamps.', 'Did that help?'), NO_HOLD),
  c('AI5 for: "try switchin ur wifi off for a second n then back on, …" (chat-speak)', gap('the library wifi keeps kicking me off my phone', 'try switchin ur wifi off for a second n then back on, login page is wifi.lindenfallslib.example.org', 'did that work?'), NO_HOLD),
  c('AI5 for: "Let the print bed cool for a minute before you pull the print off; …" ("Let" + a thing)', gap('my 3d print keeps breaking when i take it off the makerspace printer', 'Let the print bed cool for a minute before you pull the print off; the makerspace guide is at lindenfallslib.example.org/makerspace/3d.', 'Did that help?'), NO_HOLD),
  c('AI5 for: "Deslice la tarjeta y déjela sobre el lector por un momento; …" (Spanish)', gapEs('mi tarjeta no funciona en la máquina de autopréstamo', 'Deslice la tarjeta y déjela sobre el lector por un momento; si no la lee, la guía está en lindenfallslib.example.org/autoprestamo.', '¿Le funcionó?'), NO_HOLD),
  // ---- AI5 against: the provider looking something up "for a minute / a moment / a second"; the older plain hold
  c('AI5 against: "Let me look into that for a moment."', gap('my library ebook wont open on my kobo', 'Let me look into that for a moment.', 'Kobo\'s OverDrive help at help.kobo.example.com/overdrive has the fix: sign out of OverDrive and back in. Did that work?'), HOLD),
  c('AI5 against: "I need to search the state archive\'s index for a minute." (looking something up)', gap('is my great grandfather in the maryland naturalization records? Pietro Russo, around 1910', 'I need to search the state archive\'s index for a minute.', 'Pietro Russo, 1911, is in the naturalization index at msa.example.gov/natz, record 4471. Did that help?'), HOLD),
  c('AI5 against: "Mind waiting for a second? Pulling up your record now." (older: plain)', gap('why do i have a fine on my card?', 'Mind waiting for a second? Pulling up your record now.', 'The fine is for "Circe", returned 3 days late; the fines page at lindenfallslib.example.org/fines explains how to pay. Did that help?'), HOLD),
];

export const ai12: SessionCase[] = [
  // ---- AI12 for: a patrol or the Coast Guard as an organisation to call, write to or visit
  c('AI12 for: "Phone the Florida Marine Patrol line, 850-555-0119, and report the nest; …" (with a phone)', said('i found a loggerhead turtle nest on the beach, who do i tell?', 'Phone the Florida Marine Patrol line, 850-555-0119, and report the nest; they send someone to rope it off.'), WITH_WAY),
  c('AI12 for: "The Coast Guard Auxiliary does free vessel safety checks: ask the flotilla in Annapolis to come out …" (no way)', said('how do i get my sailboat inspected before i take it out?', 'The Coast Guard Auxiliary does free vessel safety checks: ask the flotilla in Annapolis to come out and look at it.'), NO_WAY),
  c('AI12 for: "the Highway Patrol should know, u can ring their Troop C desk at 573-555-0170 n ask …" (chat-speak, a phone)', said('my car got towed on I-70 last night, how do i find where it is', 'the Highway Patrol should know, u can ring their Troop C desk at 573-555-0170 n ask which lot it went to'), WITH_WAY),
  c('AI12 for: "The Lake Patrol runs a water-rescue CPR class each spring; stop by their boathouse and sign up there." (no way)', said('where can i take a CPR class near the lake?', 'The Lake Patrol runs a water-rescue CPR class each spring; stop by their boathouse and sign up there.'), NO_WAY),
  c('AI12 for: "La Guardia Costera Auxiliar da el curso gratis; escríbales a cursos@cgaux.example.org …" (Spanish, an e-mail)', es.said('¿cómo saco el curso de seguridad para navegar en bote?', 'La Guardia Costera Auxiliar da el curso gratis; escríbales a cursos@cgaux.example.org y pregunte por las fechas.'), WITH_WAY),
  // ---- AI12 against: a patrol's or the Coast Guard's report, schedule or booklet (a source); another party beside one
  c('AI12 against: "Coast Guard boating accident statistics by state are in the yearly report at …" (a report)', said('how many boating accidents were there in maryland last year', 'Coast Guard boating accident statistics by state are in the yearly report at uscg.example.gov/boatingstats, table 4.'), NONE),
  c('AI12 against: "The Highway Patrol\'s checkpoint schedule is posted each Friday at …" (a schedule)', said('are there sobriety checkpoints on 70 this weekend?', 'The Highway Patrol\'s checkpoint schedule is posted each Friday at mshp.example.gov/checkpoints.'), NONE),
  c('AI12 against: "The Harbor Patrol\'s mooring rules booklet covers that; we have it at Riverdale, call number 387.1 HAR." (a booklet, no URL)', said('what are the rules for anchoring overnight in the harbor?', 'The Harbor Patrol\'s mooring rules booklet covers that; we have it at Riverdale, call number 387.1 HAR.'), NONE),
  c('AI12 against: "The Coast Guard\'s Light List at … shows every buoy; for a mooring permit, ask the harbormaster\'s office." (another party, no way)', said('where are the buoys in the bay, and how do i get a mooring?', 'The Coast Guard\'s Light List at uscg.example.gov/lightlist shows every buoy; for a mooring permit, ask the harbormaster\'s office.'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI19 for: "I can\'t get at the 1998 scans from home today; I\'ll phone the district records office, ask for March and April and e-mail both to you by Thursday."':
    'expected resolution.code fail and followup.contact pass, got pass ("coded \"Answered\"") and na ("not a follow-up session"): RUBRIC resolution.code and Terms "Follow-up session", the provider promises to e-mail the minutes by Thursday (a promise to send more later; the e-mail was read back and the day given); the promise is not read when three steps come before "e-mail" ("phone …, ask for … and e-mail both"): a probe with two ("I\'ll phone the district records office and e-mail both to you by Thursday") is read (older: v68 pass and na the same)',
  'AI19 for: "sry, cant open those scans rn …; ill pull the binder from the back room, scan march + april and send em ur way tmrw morning" (chat-speak)':
    'expected resolution.code fail and followup.contact pass, got pass ("coded \"Answered\"") and na ("not a follow-up session"): RUBRIC resolution.code and Terms "Follow-up session", "ill pull the binder …, scan march + april and send em ur way tmrw morning" promises to send the minutes tomorrow morning; probes: with "I\'ll" and "send them your way tomorrow morning" it is still not read, nor "ill pull the binder … and send them your way" (neither "ill" nor "pull …, scan … and send" is read) (older: v68 pass and na the same)',
  'AI19 for: "I was unable to find April in the digital collection; I will request the reel from the State Archives, copy the pages and mail them to you by next Friday."':
    'expected resolution.code fail and followup.contact pass, got pass ("coded \"Answered\"") and na ("not a follow-up session"): RUBRIC resolution.code and Terms "Follow-up session", the provider promises to mail the pages by next Friday; "request …, copy the pages and mail them to you" (three steps) is not read even with no "unable to" before it, while "I will request the reel … and e-mail them to you by next Friday" is (older: v68 pass and na the same)',
  'AI5 for: "Deslice la tarjeta y déjela sobre el lector por un momento; …" (Spanish)':
    'expected interest.keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC interest.keep_informed and Terms "Hold message", "déjela sobre el lector por un momento" tells the patron to leave the card on the reader, it neither announces a look-up nor asks the patron to wait, so the 200 s after it is a wait on the patron; Spanish "por un momento / por un minuto" after doing something to a thing is still read as a hold (the English "Leave the card on the reader for a moment" is not) (older: v68 fail the same)',
  'AI12 for: "The Coast Guard Auxiliary does free vessel safety checks: ask the flotilla in Annapolis to come out …" (no way)':
    'expected referral.contact fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact and Terms "Referral", the patron is told to ask the Coast Guard Auxiliary\'s Annapolis flotilla to come out, an organisation to contact, with no e-mail, phone, address or URL; "ask the flotilla in Annapolis" is not read as a party (probes: "ask them to come out", "Ask the Coast Guard Auxiliary flotilla in Annapolis …" are read and fail) (older: v68 na the same)',
};

describe('eightieth round: block AI (AI19, AI4, AI5, AI12) checked blind, both ways, part ai10', () => {
  for (const [t, cs] of [['AI19', ai19], ['AI4', ai4], ['AI5', ai5], ['AI12', ai12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
