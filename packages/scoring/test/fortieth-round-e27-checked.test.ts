/**
 * Fortieth round, second wave, block E27: CHECKS OF v41's BLOCK G21 (the timed checks): G21's four phrase changes (`hold` +
 * WAIT_PLEASE_G21 and INSTANTE_G21, `notHold` + RESTATE_G21, `seemGone` + PERDIMOS_G21) tested both ways in words no one had
 * written, and G21's readings (goodbyes in the final idle, holds that leave no final idle, a notice without a check-in, a
 * transfer before the idle) in new whole sessions. Every status is read from RUBRIC.md's Terms ("Hold message", "Waiting on
 * the provider / patron", "Goodbye", "Final idle") and the checks' rules, with pickupSeconds 60, silenceSeconds 120,
 * idleCheckSeconds 120, disconnectSeconds 180. Short cases use `noTransfer` / `espera` (the said line at 52 s, the provider's
 * next message 200 s later: a hold makes a 200 s wait on the provider, keep_informed fails; no hold, it passes) and `notice`
 * (the answer at 70 s, a check-in at 150 s, the line at 260 s and the end there: a final idle of 190 s either way).
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, Indian and other non-native English, chat-speak, Mexican, Caribbean,
 * Spain Spanish, Spanglish, scripted macros, terse and warm:
 *  "wait" kin as holds: "pls wait", "wait a bit pls, i look in system", "Kindly wait.", "Kindly hold while I verify", "wait ok? i
 *   check the shelf", "wait okay? i find for you", "Wait please while I look it up.", "wait pls, checking", "Hold on a minute
 *   please, I checking it for you", "Just wait please.", "Please wait while I consult our resources.", "Wait there a mo, I'll
 *   have a look", "Wait a sec pls, I check.";
 *  "wait" of something else: "Please wait for the email with the link …", "Wait please, is it for a class?", "Wait please, what
 *   is the author name?", "Wait please, do you mean the 2nd or 3rd edition?", "Wait please, are you a student here?", "Please
 *   wait, which campus are you at?", "You'll have to wait please for the hold to come in.", "don't wait please, just place the
 *   hold online", "Wait, please tell me the title.", "Please wait until the book arrives at your branch.", "… until your hold
 *   shows up …", "… for the item to arrive …";
 *  Spanish holds: "Un momentito, por favor", "Un segundito, porfa", "Permítame, lo reviso", "Permíteme, lo busco en el sistema",
 *   "Aguárdeme un momento", "Aguárdeme tantito (por favor), ya lo busco", "Un instante que verifico …", "Espérame un instantito
 *   mija", "Un momentico, por favor", "Un segundín, que lo miro", "Hold on un momentito, let me check", "Permítame un instante",
 *   "Un ratito y le digo", "Dame un ratito, ya te busco la info";
 *  Spanish not holds: "En un instante se descarga el libro", "El libro se descarga en un instante", "El trámite solo toma un
 *   momentito", "El registro lleva solo un minuto", "La descarga tarda un momentito", "Espere un instante a que cargue la
 *   página …", "Espere un momento a que se abra la página", "Permítame explicarle cómo renovar", "Fue solo un momentito de
 *   confusión";
 *  restatements (no hold): "Let me make sure I have this right: …", "Let me get this straight: …", "Let me get this right: …",
 *   "Let me see if I've got this right: …", "Let me just check I understand: …", "let me check i understood u: …", "Let me make
 *   sure I understand your question - …", "lemme see if i got u right …", "Déjeme ver si entendí: …", "Dejame ver si te
 *   entendí, …", "A ver si entiendo: …"; against look-ups (holds): "Let me see if it's checked in", "Déjeme ver si lo tenemos",
 *   "Let me make sure it's on the shelf before you drive over", "Let me see if I understand the catalogue's note, one moment",
 *   "Let me make sure I have the right edition, one sec", "A ver si lo tenemos en la Central, un momento";
 *  the patron gone: "Parece que se desconectó", "Creo que se fue la señal", "Parece que se le fue la señal", "I think we lost
 *   you", "Looks like the chat dropped", "Seems the connection's dropped on your end", "Looks like your connection's gone",
 *   "Parece que ya no está conectada", "Se nos cortó la comunicación", "perdimos conexion, cierro el chat", "Parece que te
 *   desconectaste, so I'll close the chat now", "We lost the connection to the chat"; against other connections: "Perdimos la
 *   conexión del catálogo …", "… con el servidor del catálogo", "… en la sala de computadoras", "The branch wifi dropped this
 *   morning …", "We lost the connection to the catalogue server …", "Se cayó el sistema del catálogo", "Se cayó la comunicación
 *   del sistema de préstamos …", "Se perdió la conexión a internet en la sucursal …";
 *  whole sessions: a check-in with thanks and an invitation in one message at the idle's edge ("Still there? If not, thanks …
 *   come back anytime!"), "If you're still there, cheers for chatting, bye for now!" at exactly 120 s, a notice that thanks
 *   without a check-in (210 s), a Spanish notice without thanks nor check-in (260 s), a transfer (Jo to Rosa) then Rosa's
 *   check-in and notice (230 s), a hold as the provider's last message (Spanish "Un momentito, ya lo busco", non-native "Wait
 *   please, I am asking colleague.", Indian English "Kindly wait."), Caribbean "Un momentico, por favor" then the answer 130 s
 *   later, British "Let me get this straight: …" then the patron's reply 150 s later.
 *
 * Readings taken where RUBRIC.md leaves room:
 * - "Wait please, is it for a class?" / "Please wait, which campus are you at?": the wait-words open a question about the need
 *   (an interjection, as G21's "Wait, do you mean …?"): no hold; with a time or look-up word in the question ("Please wait, is it
 *   OK if I check with my colleague?") or the question in another sentence ("Wait please, I am searching. Is it for a class?"):
 *   a hold;
 * - "Please wait until the book arrives / for the item to arrive / until your hold shows up": the patron waits for something
 *   outside the chat: no hold ("Please wait until I find it", "Please wait for a moment while I check": holds);
 * - "Espere un instante a que cargue la página": the patron waits for the page, as G21's "Give the page a minute to load": no
 *   hold ("Espere un momento a que lo busque": a hold);
 * - "El trámite solo toma un momentito", "Fue solo un momentito de confusión": a duration of something else: no hold ("Me tomará
 *   un momento revisarlo", "Solo un momentito, por favor": holds);
 * - "Kindly wait." and "wait ok? i check the shelf" ask the patron to wait: holds; "Permítame, lo reviso" asks for time and
 *   announces the look-up: a hold ("Permítame decirle que …", "Permítame explicarle …": no);
 * - "Let me make sure it's on the shelf before you drive over" looks up availability: a hold ("Let me make sure you know how to
 *   renew: …", "Let me make sure it's clear: …": no); "Let me get this straight / check I understand / see if I've got this
 *   right", "Déjeme ver si entendí" restate the question: no hold;
 * - "se fue la señal", "se nos cortó la comunicación", "the connection's dropped", "We lost the connection to the chat", said in
 *   the idle, tell the patron they seem gone; not the provider's own ("Se me fue la señal, disculpe") nor a condition ("Si se
 *   fue la señal, vuelva a escribirnos"), nor other connections (the catalogue, the branch's internet, the computer room);
 * - a check-in that also thanks and invites back asks whether the patron is there: no Goodbye, the idle runs to the end;
 *   "If you're still there, …, bye for now!" does not ask: a Goodbye that ends the idle (at exactly 120 s the check-in applies);
 * - in a transferred session the final idle starts at the receiving provider's first message after the patron's last that is
 *   not a hold (Jo's transfer announcement is a hold).
 *
 * Written: 120 cases, all labelled before running: a first batch of 71 (64 short, 7 whole: every check); 24 near misses of the
 * fixes (`guards`: 22 written with the fixes, 2 after the regression run); a second batch of 25 (22 short, 3 whole) probing
 * the fixes' words. Run: 120 (10 whole); LEFT: 0.
 * First run (first batch, 71 cases): 24 disagreed, all the scorer's; the 7 whole sessions agreed (G21's readings hold). By check:
 *  - interest.keep_informed 18: holds not read (7): "wait a bit pls, i look in system", "Kindly wait.", "wait ok? i check the
 *    shelf", "Permítame, lo reviso.", "Aguárdeme tantito, ya lo busco", "Un momentico, por favor", "Let me make sure it's on the
 *    shelf …"; read as holds (11): "Wait please, is it for a class?", "Wait please, what is the author name?", "Wait please, do
 *    you mean the 2nd or 3rd edition?" (G21's WAIT_PLEASE_G21), "Please wait until the book arrives at your branch." (v1's
 *    "please wait"), "El trámite solo toma un momentito." (G21's bare "momentito" and an older "un momentito"), "Espere un
 *    instante a que cargue la página …" (G21's INSTANTE_G21), "Fue solo un momentito de confusión" (the older "un momentito"
 *    after "solo"), "Let me get this straight: …", "Let me see if I've got this right: …", "Let me just check I understand: …",
 *    "Déjeme ver si entendí: …" (older "let me get / see / check", "déjeme ver");
 *  - session.disconnect_notice 6: not read (3): "Creo que se fue la señal; …", "Seems the connection's dropped on your end, …",
 *    "Se nos cortó la comunicación, …"; read (3): "Perdimos la conexión del catálogo unos minutos; …" (G21's PERDIMOS_G21),
 *    "We lost the connection to the catalogue server for a bit, …" (v4's "we lost the connection"), "Se perdió la conexión a
 *    internet en la sucursal …" (an older "se perdió (la conexión)").
 * Second run (the fixes with their near misses and the second batch, 47 cases): no disagreement.
 * Regression run: 2 older cases moved (thirty-eighth-round-e14-checked "Si se le cayó la conexión ayer, vuelva a entrar; …",
 * thirty-ninth-round-e19-checked "Se me cayó la conexión un momento, …"): SIGNAL_GONE_E27 was too wide; narrowed (not after
 * "si / cuando / ayer / aunque", no "se me …"), 2 near misses added; then every file passed.
 * Labels corrected: 0.
 *
 * Fixes (block E27 in rubric.ts, phrase families only; no setting, no code; G21's block untouched):
 *  - hold + WAIT_KIN_E27: "kindly wait / hold" before a clause's end, "while / as / for me / a moment / I"; "wait a bit / a sec
 *    / a mo / a tick" before "please / I / I'll / let me / while" or the end; "wait, ok?" before "I / I'll / let me / while" or
 *    the end; neither after "to / may / will / need to / have to / don't / can't / you …". Near misses: "Kindly wait for the
 *    confirmation email …", "If the page is slow, you may have to wait a bit.", "Don't wait, ok? I would call the branch today."
 *  - hold + TANTITO_E27 and one more: "permítame / aguárdeme / deme …, (ya) lo reviso / busco / verifico …"; "tantito /
 *    momentico / segundico / minutico / instantico / ratito / ratico" after "un / dame / aguárdeme …" or at a clause's start,
 *    not after "fue / es / toma / tarda / lleva / hace / de / en un", before a clause's end or "por favor / mientras / ya / que
 *    lo … / y le …"; "let me make sure it's (still) on the shelf / in / checked in / available … / we have it". Near misses:
 *    "Está un tantito lejos de la Central.", "Lo renové hace un ratito.", "Permítame decirle que el libro ya llegó.", "Let me make
 *    sure you know how to renew: …", "Let me make sure it's clear: …".
 *  - notHold + NOT_A_WAIT_E27: "wait please / please wait / kindly wait / wait," right before a question word and a "?" in the
 *    same sentence with no "moment / minute / sec / hold / check / look" after it; "please wait / hold" before "until / for the …
 *    arrives / comes in / shows up / is ready / to arrive …"; Spanish "fue / es / toma / tarda / lleva / dura / demora (solo) un
 *    momento / momentito / instante / minuto …" not after "me / nos / te"; "espere / aguarde un instante / momento …" before "a /
 *    hasta que se … / cargue / abra / aparezca / llegue …". Near misses (still holds): "Please wait, is it OK if I check with my
 *    colleague?", "Wait please, I am searching. Is it for a class?", "Please wait until I find it.", "Please wait for a moment
 *    while I check.", "Me tomará un momento revisarlo.", "Solo un momentito, por favor.", "Espere un momento a que lo busque."
 *  - notHold + RESTATE_E27: "let me (just) get this straight / right", "let me see if I've got this right", "let me check / make
 *    sure / confirm (that) I understand / follow / have this right", Spanish "déjeme / déjame / permítame ver / revisar /
 *    confirmar si (le / te) entendí / entiendo / comprendí". Near misses (still holds): "Let me get the catalogue record up.",
 *    "Let me check that I have the right record."
 *  - seemGone swap of G21's PERDIMOS_G21: not before "del / de / a / al / en / hacia" besides G21's "con el …"; swap of v4's "we
 *    lost the connection": not before "to / with / from the …" other than the chat, session or call; swap of the older "se
 *    cortó / perdió / cayó la conexión …": not before "… del / de / con / a / en …". Near misses (too narrow, still notices): "I
 *    think we lost the connection, so I'll close this chat.", "Se cortó la llamada, cerraré el chat."; the first batch's three
 *    other-connection cases fail with each swap taken back.
 *  - seemGone + SIGNAL_GONE_E27: "se (le / te / nos) fue / cayó / cortó / perdió la señal / conexión / comunicación / línea / el
 *    chat", not after "si / cuando / ayer / aunque", not before "con / de / del / en / a …"; English "I think / looks like /
 *    seems (like) the / your connection('s) / signal / line (was / has) dropped / lost / cut out / gone / timed out …". Near
 *    misses: "Se fue la luz en la sucursal …", "Se fue la señal del wifi en la Central …", "Si se fue la señal, vuelva a
 *    escribirnos …", "Se me fue la señal, disculpe …", "I think the connection to the database was lost earlier …".
 *  Each near miss was checked to fail with its fix made too wide (no lookbehinds, no lookaheads, "let me get / check (that) i"
 *  alone, "make sure you / it's" any, any "until / for", "solo" among the verbs, any "a que", "luz" and no exclusion, any words
 *  between "connection" and the verb, "se me" and no lead) or, for the swaps, too narrow, then restored.
 * Not changed: the timing code (G21's readings all held in the new whole sessions); G21's block (its test file passes
 * unchanged). Not done: "Hold on, do you mean the 2nd edition?" (v1's "hold on" before a question: read as a hold; outside
 * G21's families), "Please wait for the next available librarian" (a queue macro), English "it only takes a moment" were not
 * probed.
 * LEFT: none.
 * Final run: this file, rubric.test.ts, phrases.test.ts (`--project phrases`), and (135 files, all passing) every
 * thirty-seventh-, thirty-eighth-, thirty-ninth- and fortieth-round file on this branch (29), and the files the fixes' words
 * are found in (grep -liE "kindly (wait|hold)|wait a (bit|little|sec|while|tick|mo)|wait,? (ok|okay)|tantito|momentico|
 * segundico|ratito|ratico|permítame|aguárd|get (this|that) straight|make sure i|make sure it|déjeme ver si|dejeme ver si|se fue
 * la|cortó la|connection|conexión|lost the|toma un|tarda un|lleva un|espere un|please wait|wait please|wait plz|pls wait|
 * momentito|instante|fue un|es un momento|understand:"), with session.idle_checkin, twenty-sixth-round-waiting and
 * twenty-third-round-clocks:
 *   eighteenth-round-delivery, eighteenth-round-falsefail, eighteenth-round-housing, eighth-round-cooperative, eighth-
 *   round-falsefail, eighth-round-spanish, eleventh-round-falsepass, eleventh-round-followups, eleventh-round-several,
 *   eleventh-round-spanish, eleventh-round-styles, eleventh-round-timing, eleventh-round-transfers, fifteenth-round-
 *   bilingual, fifteenth-round-crisis, fifteenth-round-macros, fifteenth-round-pace, fifteenth-round-rural, fifth-round-
 *   structure, fourth-round-middle, fourth-round-whole, nineteenth-round-falsepass, nineteenth-round-newcomers,
 *   nineteenth-round-veterans, ninth-round-falsepass, ninth-round-policies, ninth-round-registers, rubric,
 *   session.idle_checkin, seventeenth-round-consumer, seventeenth-round-programs, seventeenth-round-spanish, seventh-
 *   round-nearmiss, sixteenth-round-access, sixteenth-round-falsepass, sixteenth-round-handoffs, sixth-round-followup,
 *   sixth-round-middle, sixth-round-whole, tenth-round-community, tenth-round-endings, tenth-round-falsefail, tenth-
 *   round-tech, third-round-opening, thirteenth-round-styles, thirtieth-round-advice, thirtieth-round-brief, thirtieth-
 *   round-jobs, thirtieth-round-questions-checked, thirty-first-round-bereavement, thirty-first-round-emergencies,
 *   thirty-first-round-k12-checked, thirty-first-round-o13-checked, thirty-fourth-round-antiques, thirty-fourth-
 *   round-z69-checked, thirty-third-round-completeness, thirty-third-round-patents, thirty-third-round-sensitive,
 *   twelfth-round-exports, twelfth-round-hard, twelfth-round-law, twelfth-round-sms, twentieth-round-falsefail,
 *   twentieth-round-falsepass, twentieth-round-platforms, twenty-eighth-round-holds, twenty-eighth-round-questions-
 *   checked, twenty-fifth-round-endings-checked, twenty-fifth-round-jargon, twenty-fifth-round-quoted, twenty-fifth-
 *   round-settings-checked, twenty-fifth-round-walkthroughs, twenty-first-round-civic, twenty-first-round-endings,
 *   twenty-first-round-messy, twenty-first-round-voices, twenty-first-round-widenings, twenty-fourth-round-endings-
 *   checked, twenty-fourth-round-markup, twenty-ninth-round-devices, twenty-ninth-round-research, twenty-second-round-
 *   public, twenty-second-round-referrals-checked, twenty-second-round-spanish, twenty-seventh-round-codes, twenty-
 *   seventh-round-contacts, twenty-seventh-round-espanol, twenty-seventh-round-handover, twenty-seventh-round-limits,
 *   twenty-seventh-round-listening, twenty-seventh-round-readings-checked, twenty-seventh-round-settings-checked,
 *   twenty-sixth-round-asking, twenty-sixth-round-contacts-checked, twenty-sixth-round-endings-checked, twenty-sixth-
 *   round-greeting, twenty-sixth-round-parting, twenty-sixth-round-waiting, twenty-third-round-clocks, twenty-third-
 *   round-contacts-checked, twenty-third-round-corrections, twenty-third-round-endings-checked, twenty-third-round-
 *   international, twenty-third-round-patronwords, twenty-third-round-settings-checked, unseen-styles
 *
 * v41's fingerprint after block E27: 4044a15d30a853ff.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, ROSA, type SessionCase, some, sys, usual, noTransfer } from './helpers';
import { espera } from './narrowing-lines';

/** The patron's question, a greeting that asks the branch, the patron's reply at 50 s (G21's ASK). */
const ASK: Line[] = [
  [0, 'p', 'hi, do you have any books on raising backyard chickens?'],
  [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Which branch do you usually use?"],
  [50, 'p', 'the main one'],
];
const ANSWER = 'We have several: search "chickens" in the catalogue at samplelibrary.org/catalog and filter to Main. Does that help?';
/** ASK, the answer at 70 s (where waiting on the patron begins), then provider lines `idle` and nothing from the patron. */
const quiet = (...idle: Line[]): Line[] => [...ASK, [70, 'l', ANSWER], ...idle];
/** The statuses of the two idle checks (and courteous) in `quiet` sessions. */
const idleExp = (idle: string, disconnect: string, courteous = 'fail') => some({ idle: idle as never, disconnect: disconnect as never, courteous: courteous as never });
/** A check-in at 150 s and `notice` at 260 s, the session ending at it: a final idle of 190 s (70 → 260) either way. */
const notice = (said: string, checkin = 'Are you still there?'): Line[] => quiet([150, 'l', checkin], [260, 'l', said]);
/** `said` at 52 s, the provider's next message 200 s later: a hold makes it a 200 s wait on the provider (informed fails). */
const HOLD = some({ informed: 'fail' });
const NO_HOLD = some({ informed: 'pass' });

/** First batch, labelled before running: G21's four families both ways, in other registers. */
export const first: SessionCase[] = [
  // ---- "wait please" and its kin: holds ----
  { name: 'chat-speak hold "pls wait"', lines: noTransfer('do u have the hunger games', 'pls wait'), exp: HOLD },
  { name: 'non-native hold "wait a bit pls, i look in system"', lines: noTransfer('i want book hunger games', 'wait a bit pls, i look in system'), exp: HOLD },
  { name: 'Indian English hold "Kindly wait."', lines: noTransfer('I want the hunger games book', 'Kindly wait.'), exp: HOLD },
  { name: 'non-native hold "wait ok? i check the shelf"', lines: noTransfer('i want book hunger games', 'wait ok? i check the shelf'), exp: HOLD },
  { name: 'hold "Wait please while I look it up."', lines: noTransfer('is the hunger games in', 'Wait please while I look it up.'), exp: HOLD },
  { name: 'chat-speak hold "wait pls, checking"', lines: noTransfer('is the hunger games in', 'wait pls, checking'), exp: HOLD },
  { name: 'Caribbean hold "Hold on a minute please, I checking it for you"', lines: noTransfer('yuh have the hunger games', 'Hold on a minute please, I checking it for you'), exp: HOLD },
  { name: 'terse hold "Just wait please."', lines: noTransfer('is the hunger games in', 'Just wait please.'), exp: HOLD },
  { name: 'scripted macro "Please wait while I consult our resources."', lines: noTransfer('is the hunger games in', 'Please wait while I consult our resources.'), exp: HOLD },
  { name: 'British hold "Wait there a mo, I\'ll have a look"', lines: noTransfer('have you got the hunger games', "Wait there a mo, I'll have a look."), exp: HOLD },
  // ---- "wait" said of something else: no hold ----
  { name: '"Please wait for the email with the link before you log in." is no hold', lines: noTransfer('how do i get the ebook', 'Please wait for the email with the link before you log in.'), exp: NO_HOLD },
  // a question to the patron that opens on "wait please": it asks about the need, no look-up is announced
  { name: '"Wait please, is it for a class?" is a question, no hold', lines: noTransfer('i need books on the civil war', 'Wait please, is it for a class?'), exp: NO_HOLD },
  { name: '"You\'ll have to wait please for the hold to come in." is no hold', lines: noTransfer('can i get the new grisham', "You'll have to wait please for the hold to come in."), exp: NO_HOLD },
  { name: '"don\'t wait please, just place the hold online" is no hold', lines: noTransfer('can i get the new grisham', "don't wait please, just place the hold online"), exp: NO_HOLD },
  { name: '"Wait, please tell me the title" is no hold', lines: noTransfer('i need a book i read as a kid', 'Wait, please tell me the title.'), exp: NO_HOLD },
  { name: '"Please wait until the book arrives at your branch." is no hold', lines: noTransfer('can i get the new grisham', 'Please wait until the book arrives at your branch.'), exp: NO_HOLD },
  { name: 'non-native question "Wait please, what is the author name?" is no hold', lines: noTransfer('i need book for my son', 'Wait please, what is the author name?'), exp: NO_HOLD },
  { name: '"Wait please, do you mean the 2nd or 3rd edition?" is no hold', lines: noTransfer('do you have campbell biology', 'Wait please, do you mean the 2nd or 3rd edition?'), exp: NO_HOLD },

  // ---- Spanish holds ----
  { name: 'Spanish hold "Un momentito, por favor."', lines: espera('Un momentito, por favor.'), exp: HOLD },
  { name: 'Spanish hold "Un segundito, porfa"', lines: espera('Un segundito, porfa'), exp: HOLD },
  { name: 'Spanish hold "Permítame, lo reviso."', lines: espera('Permítame, lo reviso.'), exp: HOLD },
  { name: 'Spanish hold "Aguárdeme un momento."', lines: espera('Aguárdeme un momento.'), exp: HOLD },
  { name: 'Mexican hold "Aguárdeme tantito, ya lo busco"', lines: espera('Aguárdeme tantito, ya lo busco'), exp: HOLD },
  { name: 'Spanish hold "Un instante que verifico en el catálogo."', lines: espera('Un instante que verifico en el catálogo.'), exp: HOLD },
  { name: 'Mexican hold "Espérame un instantito mija, ya te digo"', lines: espera('Espérame un instantito mija, ya te digo'), exp: HOLD },
  { name: 'Caribbean hold "Un momentico, por favor"', lines: espera('Un momentico, por favor'), exp: HOLD },
  { name: 'Spain Spanish hold "Un segundín, que lo miro"', lines: espera('Un segundín, que lo miro.'), exp: HOLD },
  { name: 'Spanglish hold "Hold on un momentito, let me check"', lines: espera('Hold on un momentito, let me check'), exp: HOLD },
  { name: 'Spanish hold "Permítame un instante."', lines: espera('Permítame un instante.'), exp: HOLD },
  // ---- Spanish not holds ----
  { name: '"En un instante se descarga el libro." is no hold', lines: espera('En un instante se descarga el libro.'), exp: NO_HOLD },
  { name: '"El libro se descarga en un instante." is no hold', lines: espera('El libro se descarga en un instante.'), exp: NO_HOLD },
  // the procedure takes a moment: said of the patron's task, not the provider's look-up
  { name: '"El trámite solo toma un momentito." is no hold', lines: espera('El trámite solo toma un momentito.'), exp: NO_HOLD },
  // the patron is told to wait for the page, as "Give the page a minute to load" (G21: no hold)
  { name: '"Espere un instante a que cargue la página y luego haga clic en Renovar." is no hold', lines: espera('Espere un instante a que cargue la página y luego haga clic en Renovar.'), exp: NO_HOLD },
  { name: '"Permítame explicarle cómo renovar en línea." is no hold', lines: espera('Permítame explicarle cómo renovar en línea.'), exp: NO_HOLD },
  { name: '"Fue solo un momentito de confusión." is no hold', lines: espera('Fue solo un momentito de confusión, ya está.'), exp: NO_HOLD },

  // ---- restatements: no hold ----
  { name: '"Let me make sure I have this right: you need the 1990 census?" is no hold', lines: noTransfer('i need census data', 'Let me make sure I have this right: you need the 1990 census for Riverton?'), exp: NO_HOLD },
  { name: '"Let me get this straight: you returned it but it still shows?" is no hold', lines: noTransfer('it says i owe a fine', 'Let me get this straight: you returned it but it still shows on your account?'), exp: NO_HOLD },
  { name: '"Let me see if I\'ve got this right: …" is no hold', lines: noTransfer('i need census data', "Let me see if I've got this right: you want the 1990 figures, not 2000?"), exp: NO_HOLD },
  { name: 'Spanish "Déjeme ver si entendí: ¿necesita el acta de 1940?" is no hold', lines: espera('Déjeme ver si entendí: ¿necesita el acta de 1940?'), exp: NO_HOLD },
  { name: 'Spanish "A ver si entiendo: ¿busca la edición de 2019?" is no hold', lines: espera('A ver si entiendo: ¿busca la edición de 2019?'), exp: NO_HOLD },
  { name: '"Let me just check I understand: you want the audiobook?" is no hold', lines: noTransfer('do you have dune', 'Let me just check I understand: you want the audiobook, not the print?'), exp: NO_HOLD },
  { name: '"Let me make sure I understand your question - you want articles since 2015?" is no hold', lines: noTransfer('articles on ocean acidification', 'Let me make sure I understand your question - you want articles published since 2015?'), exp: NO_HOLD },
  { name: 'chat-speak "lemme see if i got u right, u want the dvd?" is no hold', lines: noTransfer('do u have dune', 'lemme see if i got u right, u want the dvd?'), exp: NO_HOLD },
  // ---- look-ups that stay holds ----
  { name: '"Let me see if it\'s checked in." is a hold', lines: noTransfer('is dune in', "Let me see if it's checked in."), exp: HOLD },
  { name: 'Spanish "Déjeme ver si lo tenemos." is a hold', lines: espera('Déjeme ver si lo tenemos.'), exp: HOLD },
  { name: '"Let me make sure it\'s on the shelf before you drive over." is a hold', lines: noTransfer('is dune in', "Let me make sure it's on the shelf before you drive over."), exp: HOLD },
  { name: '"Let me see if I understand the catalogue\'s note, one moment." is a hold (one moment)', lines: noTransfer('why does it say missing', "Let me see if I understand the catalogue's note, one moment."), exp: HOLD },
  { name: '"Let me make sure I have the right edition, one sec." is a hold', lines: noTransfer('do you have campbell biology', 'Let me make sure I have the right edition, one sec.'), exp: HOLD },
  { name: 'Spanish "A ver si lo tenemos en la Central, un momento" is a hold', lines: espera('A ver si lo tenemos en la Central, un momento.'), exp: HOLD },

  // ---- notices of a patron gone (check-in at 150, the notice at 260: idle 190 s) ----
  { name: 'Spanish notice "Parece que se desconectó, voy a cerrar el chat."', lines: notice('Parece que se desconectó, voy a cerrar el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'Spanish notice "Creo que se fue la señal; cerraré la sesión."', lines: notice('Creo que se fue la señal; cerraré la sesión.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'notice "I think we lost you, so I\'ll end the chat here."', lines: notice("I think we lost you, so I'll end the chat here."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'notice "Looks like the chat dropped, I\'m closing it now."', lines: notice("Looks like the chat dropped, I'm closing it now."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'British notice "Seems the connection\'s dropped on your end, so I\'ll close this chat."', lines: notice("Seems the connection's dropped on your end, so I'll close this chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'Spanish notice "Parece que ya no está conectada, cerraré el chat."', lines: notice('Parece que ya no está conectada, cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'Spanish notice "Se nos cortó la comunicación, voy a finalizar el chat."', lines: notice('Se nos cortó la comunicación, voy a finalizar el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'chat-speak Spanish notice "perdimos conexion, cierro el chat"', lines: notice('perdimos conexion, cierro el chat', 'sigue ahi?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'Spanglish notice "Parece que te desconectaste, so I\'ll close the chat now."', lines: notice("Parece que te desconectaste, so I'll close the chat now.", '¿Sigues ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  // ---- connection talk about other things: no notice ----
  { name: '"Perdimos la conexión del catálogo unos minutos; cerraré el chat." is no notice', lines: notice('Perdimos la conexión del catálogo unos minutos; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"The branch wifi dropped this morning, so the public PCs are down. I\'ll close the chat now." is no notice', lines: notice("The branch wifi dropped this morning, so the public PCs are down. I'll close the chat now."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"We lost the connection to the catalogue server for a bit, so I\'ll end the chat now." is no notice', lines: notice("We lost the connection to the catalogue server for a bit, so I'll end the chat now."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"Se cayó el sistema del catálogo; cerraré el chat." is no notice', lines: notice('Se cayó el sistema del catálogo; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"Perdimos la conexión con el servidor del catálogo, cerraré el chat." is no notice', lines: notice('Perdimos la conexión con el servidor del catálogo, cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"Se perdió la conexión a internet en la sucursal esta mañana; cerraré el chat." is no notice', lines: notice('Se perdió la conexión a internet en la sucursal esta mañana; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
];

/** G21's readings in new whole sessions (every check listed). */
export const whole: SessionCase[] = [
  {
    // the check-in and a goodbye in one message at 190 s: it asks whether the patron is there, so it is no Goodbye: the idle
    // runs to the end, 70 → 300 = 230 s: the check-in passes, no notice (it does not say the patron seems gone): fail;
    // courteous reads its own rule: the message thanks and invites back
    name: 'a check-in with a goodbye in one message at the idle\'s edge: no Goodbye, the idle runs on (230 s)',
    lines: quiet([190, 'l', 'Still there? If not, thanks for stopping by and come back anytime!']),
    over: { endAfter: 110 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // the same words as a goodbye that does not ask ("if you're still there"): the idle ends at it, 70 → 190 = 120 s
    name: 'British: "If you\'re still there, cheers for chatting, bye for now!" at 120 s: a Goodbye, the idle is 120 s',
    lines: quiet([190, 'l', "If you're still there, cheers for chatting, bye for now!"]),
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'na' }),
  },
  {
    // a disconnect notice without a check-in: 70 → 280 = 210 s; the notice asks nothing: idle fails, the notice passes;
    // it thanks: a Goodbye (the idle ends at it), courteous passes
    name: 'a disconnect notice without a check-in: the check-in fails, the notice passes (210 s)',
    lines: quiet([280, 'l', "It looks like you've stepped away, so I'm closing this chat. Thanks for using Ask Us!"]),
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // Spanish, the notice without a check-in and without thanks: no Goodbye, the idle runs to the end 70 → 330 = 260 s
    name: 'Spanish: "Parece que se fue la señal, cerraré el chat." without a check-in (260 s)',
    lines: [
      [0, 'p', 'hola, tienen el libro cien años de soledad?'],
      [20, 'l', 'Hola, soy Lucía, bibliotecaria de Sample County Library. ¿Lo busca impreso o en libro electrónico?'],
      [50, 'p', 'impreso'],
      [70, 'l', 'Sí, hay dos ejemplares en la Central: samplelibrary.org/catalogo/55102. ¿Le sirvió?'],
      [300, 'l', 'Parece que se fue la señal, cerraré el chat.'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // two providers: Jo transfers (a hold, 56 → 100 = 44 s), Rosa answers at 120; the patron's last message is at 50, so the
    // final idle starts at Rosa's first message that is not a hold (100, her greeting) … Rosa checks in at 260, gives the
    // notice at 330 that thanks (a Goodbye): 100 → 330 = 230 s
    name: 'a transfer and the final idle: the receiving librarian checks in and closes (230 s)',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [56, 'l', "I'm transferring you to our local history librarian, please stay in the chat."],
      [59, 'i', 'pt wants 1968 council minutes (highway vote), local history q'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', 'Hi, Rosa from Local History here. The 1968 minutes are digitised at samplecity.gov/minutes; the highway vote is in the April 9 meeting. Does that help?', ROSA],
      [260, 'l', 'Are you still with me?', ROSA],
      [330, 'l', "Looks like you've disconnected, so I'll close the chat now. Thanks for contacting Ask Us!", ROSA],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', transfer: 'pass' }),
  },
  {
    // a hold is the provider's last message: no provider message after the patron's last that is not a hold: no final idle;
    // the hold's wait is still open at the end (does not count); Spanish "Un momentito, ya lo busco"
    name: 'Spanish: a hold is the provider\'s last message ("Un momentito, ya lo busco"): no final idle',
    lines: [
      [0, 'p', 'buenas, necesito saber si tienen clases de ciudadania'],
      [20, 'l', 'Hola, soy Lucía de la Biblioteca del Condado. ¿En qué sucursal le queda mejor?'],
      [50, 'p', 'la central'],
      [60, 'l', 'Un momentito, ya lo busco.'],
    ],
    over: { endAfter: 400 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // non-native: "wait please, I am asking colleague" last: a hold: no final idle
    name: 'non-native: "Wait please, I am asking colleague." is the last message: no final idle',
    lines: [
      [0, 'p', 'hello, can I print from my phone in the library?'],
      [20, 'l', 'Hello, I am Anil, librarian at Sample County Library. Which branch you will visit?'],
      [45, 'p', 'Riverton'],
      [60, 'l', 'Wait please, I am asking colleague.'],
    ],
    over: { endAfter: 400 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
];

/** Near misses of the fixes, labelled before running; each fails when its fix is made too wide (see the header). */
export const guards: SessionCase[] = [
  // WAIT_KIN_E27
  { name: 'near miss: "If the page is slow, you may have to wait a bit." is no hold', lines: noTransfer('the renew page is slow', 'If the page is slow, you may have to wait a bit.'), exp: NO_HOLD },
  { name: 'near miss: "Kindly wait for the confirmation email before logging in." is no hold', lines: noTransfer('i signed up for the ebook app', 'Kindly wait for the confirmation email before logging in.'), exp: NO_HOLD },
  { name: 'near miss: "Don\'t wait, ok? I would call the branch today." is no hold', lines: noTransfer('my card expired', "Don't wait, ok? I would call the branch today."), exp: NO_HOLD },
  // TANTITO_E27
  { name: 'near miss: Mexican "Está un tantito lejos de la Central." is no hold', lines: espera('Está un tantito lejos de la Central.'), exp: NO_HOLD },
  { name: 'near miss: "Lo renové hace un ratito." is no hold', lines: espera('Lo renové hace un ratito.'), exp: NO_HOLD },
  { name: 'near miss: "Permítame decirle que el libro ya llegó." is no hold', lines: espera('Permítame decirle que el libro ya llegó.'), exp: NO_HOLD },
  // "let me make sure it's on the shelf"
  { name: 'near miss: "Let me make sure you know how to renew: log in and click Renew." is no hold', lines: noTransfer('how do i renew', 'Let me make sure you know how to renew: log in and click Renew.'), exp: NO_HOLD },
  { name: 'near miss: "Let me make sure it\'s clear: you log in and click Renew." is no hold', lines: noTransfer('how do i renew', "Let me make sure it's clear: you log in and click Renew."), exp: NO_HOLD },
  // NOT_A_WAIT_E27: what it must not take out
  { name: 'near miss: "Please wait, is it OK if I check with my colleague?" stays a hold', lines: noTransfer('why is this book listed twice', 'Please wait, is it OK if I check with my colleague?'), exp: HOLD },
  { name: 'near miss: "Wait please, I am searching. Is it for a class?" stays a hold', lines: noTransfer('i need books on the civil war', 'Wait please, I am searching. Is it for a class?'), exp: HOLD },
  { name: 'near miss: "Please wait until I find it." stays a hold', lines: noTransfer('is dune in', 'Please wait until I find it.'), exp: HOLD },
  { name: 'near miss: "Please wait for a moment while I check." stays a hold', lines: noTransfer('is dune in', 'Please wait for a moment while I check.'), exp: HOLD },
  { name: 'near miss: Spanish "Me tomará un momento revisarlo." stays a hold', lines: espera('Me tomará un momento revisarlo.'), exp: HOLD },
  { name: 'near miss: Spanish "Solo un momentito, por favor." stays a hold', lines: espera('Solo un momentito, por favor.'), exp: HOLD },
  { name: 'near miss: Spanish "Espere un momento a que lo busque." stays a hold', lines: espera('Espere un momento a que lo busque.'), exp: HOLD },
  // RESTATE_E27
  { name: 'near miss: "Let me get the catalogue record up." stays a hold', lines: noTransfer('is dune in', 'Let me get the catalogue record up.'), exp: HOLD },
  { name: 'near miss: "Let me check that I have the right record." stays a hold', lines: noTransfer('is dune in', 'Let me check that I have the right record.'), exp: HOLD },
  // SIGNAL_GONE_E27 and the narrowed "lost the connection", "se cortó"
  { name: 'near miss: "Se fue la luz en la sucursal esta mañana; cerraré el chat." is no notice', lines: notice('Se fue la luz en la sucursal esta mañana; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'near miss: "Se fue la señal del wifi en la Central; cerraré el chat." is no notice', lines: notice('Se fue la señal del wifi en la Central; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  // (found by the regression run: E14's and E19's cases) not after "si / cuando / ayer", not the provider's own "se me …"; an
  // invitation to write again is a goodbye (courteous passes; the idle ends at it, 190 s)
  { name: 'near miss: "Si se fue la señal, vuelva a escribirnos; cerraré el chat." is no notice', lines: notice('Si se fue la señal, vuelva a escribirnos; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail', 'pass') },
  { name: 'near miss: "Se me fue la señal, disculpe; si no me escribe, cerraré el chat." is no notice', lines: notice('Se me fue la señal, disculpe; si no me escribe, cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'near miss: "I think the connection to the database was lost earlier; I\'ll close the chat now." is no notice', lines: notice("I think the connection to the database was lost earlier; I'll close the chat now."), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'near miss: "I think we lost the connection, so I\'ll close this chat." stays a notice', lines: notice("I think we lost the connection, so I'll close this chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'near miss: "Se cortó la llamada, cerraré el chat." stays a notice', lines: notice('Se cortó la llamada, cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
];

/** Second batch, labelled before running: the fixes' words in other shapes. */
export const second: SessionCase[] = [
  { name: 'chat-speak hold "Wait a sec pls, I check."', lines: noTransfer('is dune in', 'Wait a sec pls, I check.'), exp: HOLD },
  { name: 'Indian English hold "Kindly hold while I verify."', lines: noTransfer('is dune in', 'Kindly hold while I verify.'), exp: HOLD },
  { name: 'non-native hold "wait okay? i find for you"', lines: noTransfer('i need book dune', 'wait okay? i find for you'), exp: HOLD },
  { name: 'Mexican hold "Aguárdeme tantito por favor"', lines: espera('Aguárdeme tantito por favor'), exp: HOLD },
  { name: 'Spanish hold "Un ratito y le digo."', lines: espera('Un ratito y le digo.'), exp: HOLD },
  { name: 'Spanish hold "Dame un ratito, ya te busco la info"', lines: espera('Dame un ratito, ya te busco la info'), exp: HOLD },
  { name: 'Spanish hold "Permíteme, lo busco en el sistema."', lines: espera('Permíteme, lo busco en el sistema.'), exp: HOLD },
  { name: '"Wait please, are you a student here?" is no hold', lines: noTransfer('can i use the databases', 'Wait please, are you a student here?'), exp: NO_HOLD },
  { name: '"Please wait, which campus are you at?" is no hold', lines: noTransfer('can i use the databases', 'Please wait, which campus are you at?'), exp: NO_HOLD },
  { name: '"Please wait until your hold shows up in your account." is no hold', lines: noTransfer('can i get the new grisham', 'Please wait until your hold shows up in your account.'), exp: NO_HOLD },
  { name: '"Please wait for the item to arrive at your branch." is no hold', lines: noTransfer('can i get the new grisham', 'Please wait for the item to arrive at your branch.'), exp: NO_HOLD },
  { name: 'Spanish "El registro lleva solo un minuto." is no hold', lines: espera('El registro lleva solo un minuto.'), exp: NO_HOLD },
  { name: 'Spanish "La descarga tarda un momentito." is no hold', lines: espera('La descarga tarda un momentito.'), exp: NO_HOLD },
  { name: 'Spanish "Espere un momento a que se abra la página." is no hold', lines: espera('Espere un momento a que se abra la página.'), exp: NO_HOLD },
  { name: '"Let me get this right: you need it by Friday?" is no hold', lines: noTransfer('i need a book for class', 'Let me get this right: you need it by Friday?'), exp: NO_HOLD },
  { name: 'chat-speak Spanish "Dejame ver si te entendí, buscas el libro en inglés?" is no hold', lines: espera('Dejame ver si te entendí, buscas el libro en inglés?'), exp: NO_HOLD },
  { name: 'chat-speak "let me check i understood u: u want the dvd?" is no hold', lines: noTransfer('do u have dune', 'let me check i understood u: u want the dvd?'), exp: NO_HOLD },
  { name: 'Spanish notice "Parece que se le fue la señal. Cerraré el chat."', lines: notice('Parece que se le fue la señal. Cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: 'notice "Looks like your connection\'s gone, I\'ll end this chat."', lines: notice("Looks like your connection's gone, I'll end this chat."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  { name: '"Se cayó la comunicación del sistema de préstamos esta mañana; cerraré el chat." is no notice', lines: notice('Se cayó la comunicación del sistema de préstamos esta mañana; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: '"Perdimos la conexión en la sala de computadoras; cerraré el chat." is no notice', lines: notice('Perdimos la conexión en la sala de computadoras; cerraré el chat.', '¿Sigue ahí?'), over: { endAfter: 0 }, exp: idleExp('pass', 'fail') },
  { name: 'notice "We lost the connection to the chat, so I\'ll close it."', lines: notice("We lost the connection to the chat, so I'll close it."), over: { endAfter: 0 }, exp: idleExp('pass', 'pass') },
  {
    // Caribbean: "Un momentico, por favor" (a hold) at 60, the answer at 190: 130 s
    name: 'whole, Caribbean Spanish: "Un momentico, por favor" and the answer 130 s later',
    lines: [
      [0, 'p', 'buenas, ustedes tienen libros para el examen de ciudadania?'],
      [20, 'l', 'Hola, le atiende Carmen, bibliotecaria de Sample County Library. ¿Los quiere en español o en inglés?'],
      [50, 'p', 'en español por favor'],
      [60, 'l', 'Un momentico, por favor.'],
      [190, 'l', 'Tenemos la guía oficial en español: samplelibrary.org/catalogo/77120, en la Central. ¿Le sirve?'],
      [210, 'p', 'si, eso es todo, gracias'],
      [215, 'l', '¡A la orden, que tenga buen día!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // British: "Let me get this straight" restates (no hold): waiting on the patron until 200; then the answer
    name: 'whole, British: "Let me get this straight: …" and the patron\'s reply 150 s later (no wait on the provider)',
    lines: [
      [0, 'p', "I've been charged for a book I returned in March"],
      [20, 'l', "Hello, you're through to Sam at Sample Borough Libraries. Which branch did you return it to?"],
      [40, 'p', 'Riverside'],
      [50, 'l', 'Let me get this straight: you returned it at Riverside in March and the charge is still on your account?'],
      [200, 'p', 'yes exactly, sorry was on the phone'],
      [210, 'l', 'I have cleared it; you can check at samplelibrary.gov.uk/account. Does that sort it?'],
      [230, 'p', "yes that's everything, cheers"],
      [235, 'l', 'Cheers, bye for now!'],
    ],
    exp: usual(),
  },
  {
    // Indian English: "Kindly wait." is the provider's last message: no final idle; its open wait does not count
    name: 'whole, Indian English: "Kindly wait." is the last message: no final idle',
    lines: [
      [0, 'p', 'Sir I need IEEE paper on solar inverter for my project'],
      [20, 'l', 'Good evening, this is Priya, librarian at Sample Engineering College Library. Which year papers you need?'],
      [45, 'p', 'after 2020'],
      [60, 'l', 'Kindly wait.'],
    ],
    over: { endAfter: 400 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('fortieth round (E27): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fortieth round (E27): G21\'s families both ways, first batch', first);
describeSessions('fortieth round (E27): G21\'s readings in whole sessions', whole);
describeSessions('fortieth round (E27): near misses of the fixes', guards);
describeSessions('fortieth round (E27): second batch, the fixes\' words', second);

describeLeft('fortieth-round-e27-checked', LEFT);
