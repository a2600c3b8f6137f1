/**
 * Forty-third round, block J's fourth wave checked (helper j-fourth): v44's J4 widening of `LIKE_ANY_J4` ("hed / shed / theyd /
 * youd" and "go for"), J30 `HOW_SOUND_J30` (completeness, with `planBeforeJ22`), J26 `REACH_OUT_J26` (in `inviteBack`), J27
 * `ANYTHING_ELSE_J27` (in `anythingElse`) and J28 `IS_ALL_J28` (in `patronDone`), tried both ways with cases no one had written,
 * on followup.completeness, closing.courteous (with the Terms' Goodbye and so the final idle) and closing.anything_else.
 *
 * SHAPES TRIED:
 *  J4: against, things not yet given with the offer or plan in the same sentence ("I can also pull some graphic novel versions
 *   …, think he'd go for any of those?", "If I request a few more … from the Eastside branch, would she go for any of those?",
 *   "I'd be happy to set aside … when they come in next week, think she'd go for any of those?"), the patron's own list (the
 *   school's clubs, the friends' books). As meant: British "Reckon he'd …", "D'you reckon she'd … any of them?", chat-speak
 *   "think hed go for any of em?", "they'd enjoy", "Would your daughter / he go for …", "You think your nephew would go for …",
 *   non-native "You think she would love any of these?", "be into", "Any chance he'd …", "Might he go for …", "you'd go for",
 *   Spanish "¿Cree que a su hijo le gustaría alguno de esos?".
 *  J30: against, a plan two sentences back ("I can book Room B … or Room C … for you. Both have a whiteboard. How do those
 *   sound?"), a plan in the same sentence, "I'm gonna register you for …" (planBeforeJ22), the patron's own plants ("How do they
 *   look so far?") and drafts ("How do they look to you?"). As meant: "for a start", "to your daughter", British "to you,
 *   then?", chat-speak "how do these sound??", "those ones look", "these three", "they … so far", non-native "How these sound
 *   to you?", "those options … for her", "the ones I listed", Spanish "¿Qué le parecen esos títulos?".
 *  J26: against, the provider's own "I'll reach back out again tomorrow …", a claims office / seller / vendor who will reach back
 *   out, "Did the clinic ever reach back out again?" (the vendor's also at the end of a final idle). As meant: "Feel free …",
 *   chat-speak "pls … :)", British "Do reach back out any time.", "whenever you like", non-native "again if problem continue",
 *   "Reach back out if the link stops working.", "Don't hesitate to reach back out.", at the end of a final idle (with a
 *   disconnect notice, "whenever you're ready", and with "Are you still there?", which the Terms keep from being a Goodbye).
 *  J27: against (a real question beside it): "Before anything else: anything else you need from me today?", "Before I close
 *   this out, anything else …?". As meant: "are you safe right now?", "Before anything more", chat-speak "b4 anything else r u
 *   …", "Before we do anything else", "just to confirm", British "are you alright?", "Before anything else happens with your
 *   account", "Ahead of anything else", Spanish "Antes que nada", "Antes de cualquier otra cosa".
 *  J28: against, a question typed without "?" ("so is all i need my old passport and a photo"), the patron's own part then a
 *   new question ("Is all what I need for me, but my son needs one also, what does he bring"; "ok, is all I need for me. now my
 *   son, what does he need?"), an answer to a scope question. As meant: "Is all what we need.", chat-speak "ok thx, is all i
 *   need", "this is all what I need", "… for my application", "I am needing", "Is everything I need", "Was all I needed",
 *   "Okay, is all.", Spanish "Es todo lo que necesito.".
 *
 * Statuses read from RUBRIC.md: followup.completeness asks "whether the information already given meets the need" (a question
 * about something not yet given does not count); closing.courteous: one of the last two visible provider messages "thanks the
 * patron, says goodbye or invites them back"; the Terms' Goodbye (not when it also asks whether the patron is still there) ends
 * the final idle; closing.anything_else: the provider asks whether the patron needs anything else, or the patron says "on their
 * own, explicitly, that they are done".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "any of those" after an offer of things not in hand (in the same sentence) asks about the offer, not what was given;
 * - a question about what the patron typed (their school's list, their friends' books, their plants, their drafts) is no
 *   question about the information given;
 * - "How do those sound?" after an offer to book or put on hold asks about the plan, even with a sentence between;
 * - someone else who "will reach back out" (or the provider's own promise to) invites no one back;
 * - "Is all what I need" that answers the provider's "only the renewal form, or the photo rules too?" when the form was already
 *   given says nothing more is needed (done); one that scopes the patron's own part before a new question does not.
 *
 * COUNTS. Written: 74 cases, all labelled before running (J4 18, J30 16, J26 15, J27 12, J28 13). First run: 35 as labelled,
 * 39 disagreeing. Labels corrected: 1 ("J28 answers a clarifying question", fail to pass: the form asked about was already
 * given). FINAL: 36 as labelled (running), 38 LEFT: 15 caused by v44's fourth wave (J4 5, J30 4, J26 5, J28 1; J27 none) and
 * 23 older readings (v43 scored them the same), reasons in LEFT_WHY.
 *
 * FINAL RUN (`--project scoring`, this file only): 74 tests passed (38 through describeLeft).
 *
 * V44 AFTER THIS CHECK: J4's widening and J30 are withdrawn (their 9 false readings of (a) read as labelled now, as v43 read
 * them, and their 10 cases of the behaviour meant are LEFT with that reason); J26 only said to the patron (opening its
 * clause or after "please / just / feel free to / you're welcome to / you can …"), so its 5 false readings read as labelled;
 * J28 ends its sentence (with thanks, or "for my application"), so "Is all what I need for me, but my son …" is no longer
 * read as done. Final under v44: 55 running, 19 LEFT.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, es, last, one } from './narrowing-lines';

type PF = 'pass' | 'fail';

const KID = 'my son is 10 and loves percy jackson, what else would he like';
const RECS = 'Try The Kane Chronicles, Aru Shah and the End of Time and Tristan Strong Punches a Hole in the Sky; all three are in the catalog at samplelib.org/catalog.';
const TEEN = 'my daughter is 15 and wants a dystopian book like hunger games';
const TEENRECS = 'Good fits: Legend by Marie Lu, Scythe by Neal Shusterman and Red Queen by Victoria Aveyard, all on Libby at samplecounty.overdrive.com.';

/** A completeness case: `one(q, text)`, where `text` gives the source and asks (or not) the question. */
const cmp = (name: string, q: string, text: string, st: PF): SessionCase => ({ name: `${name}: "${text}" : ${st}`, lines: one(q, text), exp: some({ complete: st }) });
const cmpEs = (name: string, q: string, text: string, st: PF): SessionCase => ({ name: `${name}: "${text}" : ${st}`, lines: es(q, text), exp: some({ complete: st }) });
/** A completeness case of a few turns: the source, then `after` (patron and provider lines from 90 s), then the patron's thanks and a goodbye. */
const turns = (name: string, q: string, src: string, after: [who: 'p' | 'l', text: string][], st: PF): SessionCase => ({
  name: `${name}: "${after.map((a) => a[1]).join(' / ')}" : ${st}`,
  lines: [...OPEN(q), L(src), ...after.map(([w, t], i): Line => [90 + 10 * i, w, t]), [200, 'p', 'ok thanks'], [210, 'l', 'Thanks for chatting, bye!']],
  exp: some({ complete: st }),
});

// ---- J4: "Think he'd go for any of those?" (hed / shed / theyd / youd, "go for") ----
export const likeAny: SessionCase[] = [
  // as meant: whether the suggestions given suit the one the patron asks for
  cmp('J4 British, reckon hed', KID, `${RECS} Reckon he'd go for any of those?`, 'pass'),
  cmp('J4 dyou reckon shed', TEEN, `${TEENRECS} D'you reckon she'd go for any of them?`, 'pass'),
  cmp('J4 chat-speak, any of em', KID, `${RECS} think hed go for any of em?`, 'pass'),
  cmp('J4 theyd enjoy', 'books for my 4th grade class read aloud, they love funny stuff', 'Try The Bad Guys, Dog Man and Mercy Watson; the catalog has them at samplelib.org/catalog. Do you think they\'d enjoy any of those?', 'pass'),
  cmp('J4 would your daughter go for', TEEN, `${TEENRECS} Would your daughter go for any of these?`, 'pass'),
  cmp('J4 would he go for', KID, `${RECS} Would he go for any of those?`, 'pass'),
  cmp('J4 your nephew would go for', 'gift book for my nephew, 12, into minecraft', 'The Minecraft novels by Max Brooks and the Hilo series are both in the catalog, samplelib.org/catalog. You think your nephew would go for any of those?', 'pass'),
  cmp('J4 non-native, she would love', TEEN, `${TEENRECS} You think she would love any of these?`, 'pass'),
  cmp('J4 be into', KID, `${RECS} Think he'd be into any of these?`, 'pass'),
  cmp('J4 any chance hed', KID, `${RECS} Any chance he'd go for any of those?`, 'pass'),
  cmp('J4 might he go for', KID, `${RECS} Might he go for any of these?`, 'pass'),
  cmp('J4 youd go for, the patron', 'need a cozy mystery for a long flight', 'Try The Thursday Murder Club or the Aunty Lee books, both on Libby at samplecounty.overdrive.com. Think you\'d go for any of those?', 'pass'),
  cmpEs('J4 Spanish, le gustaría alguno', 'busco libros para mi hijo de 10 años que le gusta percy jackson', 'Le recomiendo Las crónicas de Kane y Aru Shah, ambos en el catálogo: samplelib.org/catalogo. ¿Cree que a su hijo le gustaría alguno de esos?', 'pass'),
  // against: things not yet given (an offer or a plan in the same sentence), and the patron's own list
  cmp('J4 same sentence, I can also pull', KID, `${RECS} I can also pull some graphic novel versions from the back room for you, think he'd go for any of those?`, 'fail'),
  cmp('J4 if I request', TEEN, 'Legend by Marie Lu is on Libby at samplecounty.overdrive.com. If I request a few more dystopian titles from the Eastside branch, would she go for any of those?', 'fail'),
  cmp('J4 id set aside', TEEN, "Legend by Marie Lu is on Libby at samplecounty.overdrive.com. I'd be happy to set aside a few of the new manga for her when they come in next week, think she'd go for any of those?", 'fail'),
  turns('J4 the patron\'s own list', 'after school activities for my 9 year old at the library', 'Our kids\' calendar is at samplelib.org/kids.', [['p', 'his school also sent a list: chess club, robotics or drama'], ['l', "Ooh, fun. Think he'd go for any of those?"]], 'fail'),
  turns('J4 his friends\' books', KID, RECS, [['p', 'his friends are all reading wings of fire, warriors or keeper of the lost cities'], ['l', "Hmm, reckon he'd go for any of those?"]], 'fail'),
];

// ---- J30: "How do those sound?" ----
export const howSound: SessionCase[] = [
  // as meant: whether the suggestions given suit, in the plural
  cmp('J30 for a start', TEEN, `${TEENRECS} How do these sound for a start?`, 'pass'),
  cmp('J30 to your daughter', TEEN, `${TEENRECS} How do those titles sound to your daughter?`, 'pass'),
  cmp('J30 British, then', TEEN, `${TEENRECS} How do those sound to you, then?`, 'pass'),
  cmp('J30 chat-speak', TEEN, 'ok try legend, scythe or red queen, all on libby samplecounty.overdrive.com. how do these sound??', 'pass'),
  cmp('J30 those ones look', 'need a cookbook for a beginner', 'Salt Fat Acid Heat and How to Cook Everything: The Basics are both at samplelib.org/catalog. How do those ones look?', 'pass'),
  cmp('J30 these three', TEEN, `${TEENRECS} How do these three sound?`, 'pass'),
  cmp('J30 they so far', TEEN, `${TEENRECS} How do they sound so far?`, 'pass'),
  cmp('J30 non-native, how these sound', TEEN, `${TEENRECS} How these sound to you?`, 'pass'),
  cmp('J30 those options for her', TEEN, `${TEENRECS} How do those options sound for her?`, 'pass'),
  cmp('J30 the ones I listed', TEEN, `${TEENRECS} How do the ones I listed sound?`, 'pass'),
  cmpEs('J30 Spanish, qué le parecen', 'busco novelas para mi hija de 15 como los juegos del hambre', 'Le recomiendo Legend de Marie Lu y Scythe de Neal Shusterman, las dos en Libby: samplecounty.overdrive.com. ¿Qué le parecen esos títulos?', 'pass'),
  // against: a question about a plan or offer, or about the patron's own things
  cmp('J30 plan two sentences back', 'can i book a study room this week', 'Rooms are booked at samplelib.org/rooms. I can book Room B on Tuesday at 3 or Room C on Thursday at 10 for you. Both have a whiteboard. How do those sound?', 'fail'),
  cmp('J30 plan in the same sentence', TEEN, 'Legend by Marie Lu is on Libby at samplecounty.overdrive.com, and I could put the next two in the series on hold and request the third from another library, how do those sound?', 'fail'),
  cmp('J30 gonna register', 'are there computer classes for seniors', "The class list is at samplelib.org/classes. I'm gonna register you for the Monday basics class and the Thursday email class. How do those sound?", 'fail'),
  turns('J30 the patron\'s plants', 'my tomato leaves are turning yellow', 'The extension guide at extension.example.edu/tomatoes covers yellow leaves: usually too much water or too little nitrogen.', [['p', 'i already cut back on watering last week'], ['l', 'Good call. How do they look so far?']], 'fail'),
  turns('J30 the patron\'s drafts', 'how do i write a thesis statement', 'The Writing Center guide at samplelib.org/thesis walks through it.', [['p', 'i wrote two thesis statements already before this chat'], ['l', 'Great! How do they look to you?']], 'fail'),
];

// ---- J26: "Please reach back out anytime." ----
const ANS = 'The Libby guide is at samplelib.org/libby. Does that answer it?';
const bye = (name: string, text: string, st: PF): SessionCase => ({ name: `${name}: "${text}" : ${st}`, lines: last('libby help', ANS, text), exp: some({ courteous: st }) });
/** The answer at 70 s, then `text` at 100 s as the last message, the session ending 400 s later: a goodbye ends the final idle at 30 s. */
const idleBye = (name: string, text: string, e: { courteous: PF; idle: 'pass' | 'fail' | 'na'; disconnect: 'pass' | 'fail' | 'na' }): SessionCase => ({
  name: `${name}: "${text}" : ${e.courteous}, idle ${e.idle}, disconnect ${e.disconnect}`,
  lines: [...OPEN('libby help'), L(ANS), [100, 'l', text]],
  over: { endAfter: 400 },
  exp: some(e),
});
export const reachBack: SessionCase[] = [
  // as meant: an invitation back
  bye('J26 feel free', 'Feel free to reach back out anytime!', 'pass'),
  bye('J26 chat-speak', 'pls reach back out anytime :)', 'pass'),
  bye('J26 British, any time', 'Do reach back out any time.', 'pass'),
  bye('J26 whenever you like', "You're welcome to reach back out whenever you like.", 'pass'),
  bye('J26 non-native, again', 'You can reach back out again if problem continue.', 'pass'),
  bye('J26 if the link stops', 'Reach back out if the link stops working.', 'pass'),
  bye('J26 dont hesitate', "Don't hesitate to reach back out.", 'pass'),
  idleBye('J26 idle, stepped away', "Looks like you've stepped away, so I'll close this chat. Please reach back out anytime.", { courteous: 'pass', idle: 'na', disconnect: 'na' }),
  idleBye('J26 idle, whenever youre ready', "Please reach back out whenever you're ready.", { courteous: 'pass', idle: 'na', disconnect: 'na' }),
  idleBye('J26 idle, still there', 'Please reach back out anytime. Are you still there?', { courteous: 'pass', idle: 'pass', disconnect: 'fail' }),
  // against: someone else reaching back out, or the provider's own promise
  bye('J26 Ill reach back out', "I'll reach back out again tomorrow once ILL replies.", 'fail'),
  bye('J26 their claims office', 'Their claims office will reach back out whenever you file the form.', 'fail'),
  bye('J26 did the clinic', 'Did the clinic ever reach back out again?', 'fail'),
  bye('J26 the seller may', 'The seller may reach back out anytime this week, so watch your inbox.', 'fail'),
  idleBye('J26 idle, the vendor will', 'The vendor will reach back out anytime now about the fix.', { courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
];

// ---- J27: "Before anything else —" asks no anything-else ----
const any = (name: string, q: string, text: string, st: PF): SessionCase => ({ name: `${name}: "${text}" : ${st}`, lines: one(q, text), exp: some({ anything: st }) });
const anyEs = (name: string, q: string, text: string, st: PF): SessionCase => ({ name: `${name}: "${text}" : ${st}`, lines: es(q, text), exp: some({ anything: st }) });
export const beforeAnything: SessionCase[] = [
  // as meant: "before anything else" asks first, no anything-else
  any('J27 are you safe', 'i dont know who to talk to, everything is falling apart', "Before anything else: are you safe right now? The 988 Lifeline is there 24/7 at 988lifeline.org, or call or text 988.", 'fail'),
  any('J27 before anything more', 'my card is blocked', 'Before anything more, can you confirm the card number? Your account page is samplelib.org/account.', 'fail'),
  any('J27 chat-speak b4', 'i dont know who to talk to', 'b4 anything else r u somewhere safe? 988lifeline.org or text 988 anytime', 'fail'),
  any('J27 before we do anything else', 'i cant reset my password', 'Before we do anything else, can you check your spam folder for the reset link? The reset page is samplelib.org/reset.', 'fail'),
  any('J27 just to confirm', 'how do i cite a website in apa', 'Before anything else, just to confirm, is this for a class? The APA guide is at samplelib.org/apa.', 'fail'),
  any('J27 British, alright', 'feeling really low tonight', 'Before anything else, are you alright? The Samaritans are on 116 123, or samaritans.org.', 'fail'),
  any('J27 happens with your account', 'i got a letter about fines', 'Before anything else happens with your account, did you get a second letter from us? Fines are listed at samplelib.org/account.', 'fail'),
  any('J27 ahead of anything else', 'my card is blocked', 'Ahead of anything else, do you have your library card handy? Your account page is samplelib.org/account.', 'fail'),
  anyEs('J27 Spanish, antes que nada', 'no se con quien hablar, estoy muy mal', 'Antes que nada, ¿se encuentra a salvo? La línea 988 atiende en español: 988lifeline.org/es.', 'fail'),
  anyEs('J27 Spanish, cualquier otra cosa', 'mi tarjeta esta bloqueada', 'Antes de cualquier otra cosa, ¿tiene su tarjeta a la mano? Su cuenta está en samplelib.org/cuenta.', 'fail'),
  // against: a real anything-else question beside it still asks
  any('J27 then the real question', 'how do i cite a website in apa', 'The APA guide is at samplelib.org/apa. Before anything else: anything else you need from me today?', 'pass'),
  any('J27 before I close', 'how do i cite a website in apa', 'The APA guide is at samplelib.org/apa. Before I close this out, anything else I can do for you?', 'pass'),
];

// ---- J28: "Is all what I need." ----
const DONE_ANS = 'The passport form is at travel.state.gov/forms, and you can bring it to our passport desk.';
const done = (name: string, patron: string, st: PF, ans = DONE_ANS): SessionCase => ({
  name: `${name}: "${patron}" : ${st}`,
  lines: [...OPEN('what do i need for a passport renewal'), L(ans), [100, 'p', patron], [120, 'l', 'Thanks for chatting, bye!']],
  exp: some({ anything: st }),
});
export const isAll: SessionCase[] = [
  // as meant: the patron says on their own that they are done
  done('J28 we', 'Thank you very much. Is all what we need.', 'pass'),
  done('J28 chat-speak', 'ok thx, is all i need', 'pass'),
  done('J28 this is all what', 'Yes, this is all what I need, thank you!', 'pass'),
  done('J28 for my application', 'Thanks so much. Is all what I needed for my application.', 'pass'),
  done('J28 am needing', 'Is all what I am needing, thanks', 'pass'),
  done('J28 is everything', 'Is everything I need, thank you', 'pass'),
  done('J28 was all', 'Was all I needed, cheers', 'pass'),
  done('J28 okay, is all', 'Okay, is all. Thanks!', 'pass'),
  done('J28 Spanish, es todo', 'Sí, gracias. Es todo lo que necesito.', 'pass'),
  // against: not done (a question without "?", a scope, a new question after it, an answer to a question)
  done('J28 a question without ?', 'so is all i need my old passport and a photo', 'fail'),
  done('J28 for the first part', 'Yes thank you. Is all what I need for me, but my son needs one also, what does he bring', 'fail'),
  {
    name: 'J28 a new question after it: "ok, is all I need for me. now my son, what does he need?" : fail',
    lines: [
      ...OPEN('what do i need for a passport renewal'),
      L(DONE_ANS),
      [100, 'p', 'ok, is all I need for me. now my son, what does he need?'],
      [110, 'l', 'Children under 16 apply in person with form DS-11: travel.state.gov/minors.'],
      [130, 'p', 'ok thanks'],
      [140, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  // (label corrected after the run, fail to pass: the renewal form was already given, so "Is all what I need" says nothing more
  // is needed, RUBRIC's "that's all I needed")
  done('J28 answers a clarifying question', 'Just the renewal form. Is all what I need.', 'pass', 'The renewal form is DS-82 at travel.state.gov/forms. Do you need only the renewal form, or the photo rules too?'),
];

/**
 * LEFT: cases labelled from RUBRIC.md that v44 still misreads (run through `describeLeft`, labels unchanged). "caused by v44"
 * = v43 scored it as labelled; "older" = v43 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  'J4 British, reckon hed': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J4 dyou reckon shed': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J4 theyd enjoy': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J4 any chance hed': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J4 might he go for': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J4 youd go for, the patron': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J30 chat-speak': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J30 those ones look': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J30 they so far': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  'J30 those options for her': 'withdrawn in review: J4\'s widening ("hed / shed / theyd / youd", "go for") and J30 ("How do those sound?") read 9 of this file\'s cases wrongly (a plan in the same sentence or two back, the patron\'s own list, plants or drafts), so v44 keeps J4 as the second wave checked it and has no J30; this case is read as v43 read it',
  // (a) caused by v44's fourth wave (v43 scored each as labelled)
  // (b) older readings (v43 scored them the same)
  'J4 chat-speak, any of em': 'older, J4 not reaching it: "any of em" is not "these / those / them": fail for pass',
  'J4 would your daughter go for': 'older, J4 not reaching it: LIKE_ANY_J4 reads it, but the offerQuestion opening "would …" takes it for an offer: OFFER_OPENING_J4 excludes only "like / enjoy / love any of", not J4\'s new "go for": fail for pass',
  'J4 would he go for': 'older, as "would your daughter go for": "Would he go for any of those?" is read as an offer (OFFER_OPENING_J4 lacks "go for"): fail for pass',
  'J4 your nephew would go for': 'older: "You think your nephew would go for any of those?": LIKE_ANY_J4 wants "would <who>", not "<who> would": fail for pass',
  'J4 non-native, she would love': 'older: "You think she would love any of these?": "she would", not "would she" / "shed": fail for pass',
  'J4 be into': 'older: "be into any of these" is none of like / enjoy / love / go for: fail for pass',
  'J4 Spanish, le gustaría alguno': 'older: "¿Cree que a su hijo le gustaría alguno de esos?": CREE_QUE_J7 takes "funcione / sirva / ayude" only: fail for pass',
  'J30 for a start': 'older, J30 not reaching it: "for a start" after "sound" is outside its endings: fail for pass',
  'J30 to your daughter': 'older, J30 not reaching it: "to your daughter" (only "to you / him / her / them"): fail for pass',
  'J30 British, then': 'older, J30 not reaching it: ", then" before the "?": fail for pass',
  'J30 these three': 'older, J30 not reaching it: "three" is not among its nouns: fail for pass',
  'J30 non-native, how these sound': 'older, J30 not reaching it: no "do": fail for pass',
  'J30 the ones I listed': 'older, J30 not reaching it: "the ones I listed" is not "those / these / they": fail for pass',
  'J30 Spanish, qué le parecen': 'older: "¿Qué le parecen esos títulos?" is no Spanish completeness phrase: fail for pass',
  'J27 before we do anything else': 'older: ANYTHING_ELSE_J27\'s lookbehind wants "before" (or "done") right before "anything"; "do anything else" is neither: pass for fail',
  'J27 ahead of anything else': 'older: "ahead of" is not in the lookbehind: pass for fail',
  'J27 Spanish, cualquier otra cosa': 'older: the Spanish "otra cosa" anything-else phrase reads "Antes de cualquier otra cosa, ¿tiene su tarjeta …?": pass for fail',
  'J28 am needing': 'older, J28 not reaching it: "I am needing" is not need / needed / want / wanted: fail for pass',
  'J28 is everything': 'older: "Is everything I need" is no patronDone phrase: fail for pass',
  'J28 was all': 'older: "Was all I needed" (past, no subject) is no patronDone phrase: fail for pass',
  'J28 a question without ?': 'older (v43\'s "is all (i|we) need" after "so"): "so is all i need my old passport and a photo" asks, without "?": pass for fail',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...likeAny, ...howSound, ...reachBack, ...beforeAnything, ...isAll];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a name');

describe('forty-third round, block J fourth wave checked (helper j-fourth)', () => {
  describeSessions('J4 like / go for any of those', running(likeAny));
  describeSessions('J30 how do those sound', running(howSound));
  describeSessions('J26 reach back out', running(reachBack));
  describeSessions('J27 before anything else', running(beforeAnything));
  describeSessions('J28 is all what I need', running(isAll));
  describeLeft('block J fourth wave', all.filter((c) => key(c) in LEFT_WHY));
});
