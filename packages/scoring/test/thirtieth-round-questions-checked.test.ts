/**
 * Thirtieth round, second wave (J3): NEAR MISSES OF BLOCKS I1 AND I4. Realistic sentences that share the words or the shape of
 * the v31 settings and phrase changes of I1 (reader's advisory: `initialsAuthorI1`, `noveListI1`, `holdThenAskI1`, the
 * Spanish plural completeness question) and I4 (several questions: the `url` swap for degree abbreviations, `whichOnI4`,
 * the anything-else wording "Was there a second thing you wanted to ask?", `scopedDoneI4`) but are NOT their behaviour,
 * in short sessions, with 1-2 cases per change that ARE the behaviour in new words (they must keep passing).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a line of the library system's record pasted in the chat ("Checked In by A. Patel", "Fee Waived by M. Chen") names no
 *   book: no source; nor does a programme led by someone ("Storytime by K. Lee");
 * - naming NoveList only to say the library does not have it, or that it is down, gives the patron nothing to use: no source;
 * - a question after a hold about the chat itself ("did you see my last message?", "let me know if the chat freezes",
 *   "would you like to wait or come back later?") is not about the need; "have you tried logging out and back in?" and
 *   "are you looking for print or audio?" are about the patron's situation and shape the answer (clarify);
 * - "¿Le parecen bien unos libros en inglés también?" offers something not yet given; "¿Les parecen bien estos horarios
 *   para el club?" asks agreement to a plan: neither asks whether what was given meets the need;
 * - the patron's "that's all I needed for my essay" followed by a question about the chat itself ("Can I close this window
 *   now?", "how do I rate this chat?") or a compliment phrased as a question is done, explicitly; followed by another
 *   question about the library, or about the same topic ("So I just bring my card?"), it is not (I4's reading, kept).
 * Written: 52 cases (46 first, 6 more for the gaps), 43 run and 9 in LEFT. First run: 27 of 46 failed; none was my label.
 * 22 were readings of this round's changes (narrowed below); 5 were read the same by v30 (older readings, in LEFT). Of the
 * 6 more, 4 near misses of the anything-else wording: 3 read by older alternatives in v30, 1 by the new one (in LEFT).
 * Narrowed (v31 only):
 *  - `initialsAuthorI1` (classify.ts `INITIALS_AUTHOR_I1`): not after a record line's verb, a programme or a building
 *    ("Fee Waived by M. Chen", "Your Request Received by S. Gupta", "Storytime by K. Lee", "The East Building by I.M. Pei");
 *  - `noveListI1` (classify.ts `NOVELIST_GONE_J3`, in `namedSource`): not a sentence saying the library lacks it or it is
 *    down ("we don't subscribe to NoveList", "NoveList is down", "subscription was cancelled", "ya no tenemos NoveList");
 *  - `holdThenAskI1` (classify.ts `CHAT_ITSELF_J3`): not a clause about the chat or the wait ("if the chat freezes", "did
 *    you see my last message?", "would you like to wait or come back later?", "send that twice", "when you're back");
 *  - Spanish plural completeness (rubric.ts, I1's block): only at the question's end, before "estos / estas / esos / esas /
 *    mis" (and a title word), or "para su / tu / usted" ("unos libros en inglés", "estos horarios", "dos semanas", "mañana");
 *  - `scopedDoneI4` (classify.ts `CHAT_END_J3`): the later question is not about ending or rating the chat, nor a
 *    compliment asked ("Can I close this window now?", "how do i rate this chat?", "log off", "Can I just say …?").
 * The url swap and `whichOnI4` read no near miss written here.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { AUTHOR_Q, FIRST, HOLD_ASK, SPANISH } from './thirtieth-round-lines';

const L = (text: string, t = 120): Line => [t, 'l', text];
const P = (text: string, t = 100): Line => [t, 'p', text];

/** A question, a greeting that asks `q`, the patron's answer, then a message with a source. */
const ASK_FIRST = (q: string): Line[] => [
  [0, 'p', 'the catalog keeps logging me out'],
  [20, 'l', `Hi, Jo at Sample County Library. ${q}`],
  [50, 'p', 'the laptop'],
  [70, 'l', 'Clear your cookies and sign in again at sample.org/catalog.'],
  [90, 'p', 'ok'],
  [95, 'l', 'Bye!'],
];

export const checked: SessionCase[] = [
  // ---- I1 `initialsAuthorI1`: "by" and initials that are not a book's author -------------------------------------------------
  { name: '(initialsAuthorI1) near miss: a pasted record line "Checked In by A. Patel on Monday" : no source', lines: AUTHOR_Q('I can see it was Checked In by A. Patel on Monday, so it is off your card now.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) near miss: "Your account says Fee Waived by M. Chen on 3/2." : no source', lines: AUTHOR_Q('Your account says Fee Waived by M. Chen on 3/2, so you owe nothing.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) near miss: "Storytime by K. Lee is on Tuesdays at 10" (a programme) : no source', lines: AUTHOR_Q('Storytime by K. Lee is on Tuesdays at 10 in the Children\'s Room, they read classics there.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) near miss (Indian English): "Your Request Received by S. Gupta, ILL Section." : no source', lines: AUTHOR_Q('Sir, status shows Your Request Received by S. Gupta, ILL Section. Kindly wait 2 days.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) near miss: "The East Building by I.M. Pei is where the art books are shelved" (a building) : no source', lines: AUTHOR_Q('The East Building by I.M. Pei is where the art library is, open 10 to 5.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) near miss: "Return it to any branch by 5 P.M. Friday" : no source', lines: AUTHOR_Q('Return it to Any Branch by 5 P.M. Friday and there is no fine.'), exp: some({ source: 'fail' }) },
  { name: '(initialsAuthorI1) behaviour: "Matilda by R. Dahl is a classic they will love." : source passes', lines: AUTHOR_Q('Matilda by R. Dahl is a classic they will love.'), exp: some({ source: 'pass' }) },
  { name: '(initialsAuthorI1) behaviour: "Bridge to Terabithia by K. Paterson" : source passes', lines: AUTHOR_Q('Bridge to Terabithia by K. Paterson is one they often read in 5th grade.'), exp: some({ source: 'pass' }) },
  // ---- I1 `noveListI1`: NoveList named, but nothing given to use ---------------------------------------------------------------
  { name: '(noveListI1) near miss: "Sorry, we don\'t subscribe to NoveList" : no source', lines: AUTHOR_Q("Sorry, we don't subscribe to NoveList, so I can't pull read-alikes that way."), exp: some({ source: 'fail' }) },
  { name: '(noveListI1) near miss: "NoveList is down for maintenance tonight, unfortunately." : no source', lines: AUTHOR_Q('NoveList is down for maintenance tonight, unfortunately.'), exp: some({ source: 'fail' }) },
  { name: '(noveListI1) near miss (British): "Our NoveList subscription was cancelled last year, I\'m afraid." : no source', lines: AUTHOR_Q("Our NoveList subscription was cancelled last year, I'm afraid."), exp: some({ source: 'fail' }) },
  { name: '(noveListI1) near miss (Spanish): "Lo siento, ya no tenemos NoveList." : no source', lines: AUTHOR_Q('Lo siento, ya no tenemos NoveList.'), exp: some({ source: 'fail' }) },
  { name: '(noveListI1) behaviour: "Try NoveList from our Research page: type a book they loved and it lists read-alikes." : source passes', lines: AUTHOR_Q('Try NoveList from our Research page: type a book they loved and it lists read-alikes.'), exp: some({ source: 'pass' }) },
  // ---- I1 `holdThenAskI1`: a hold, then a question that is not about the need ------------------------------------------------
  { name: '(holdThenAskI1) near miss: "One moment while I search, can you let me know if the chat freezes on your end?" : clarify fails', lines: HOLD_ASK('One moment while I search, can you let me know if the chat freezes on your end?'), exp: some({ clarify: 'fail' }) },
  { name: '(holdThenAskI1) near miss: "Let me check, did you see my last message?" : clarify fails', lines: HOLD_ASK('Let me check, did you see my last message?'), exp: some({ clarify: 'fail' }) },
  { name: '(holdThenAskI1) near miss: "Give me a few minutes to look, would you like to wait or come back later?" : clarify fails', lines: HOLD_ASK('Give me a few minutes to look, would you like to wait or come back later?'), exp: some({ clarify: 'fail' }) },
  { name: '(holdThenAskI1) near miss (chat-speak): "searching now, did u mean to send that twice?" : clarify fails', lines: HOLD_ASK('one sec searching now, did u mean to send that twice?'), exp: some({ clarify: 'fail' }) },
  { name: '(holdThenAskI1) near miss: "Bear with me, could you let me know when you\'re back at your computer?" : clarify fails', lines: HOLD_ASK("Bear with me, could you let me know when you're back at your computer?"), exp: some({ clarify: 'fail' }) },
  { name: '(holdThenAskI1) behaviour: "Just a moment, are you looking for print or audio?" : clarify passes', lines: HOLD_ASK('Just a moment, are you looking for print or audio?'), exp: some({ clarify: 'pass' }) },
  { name: '(holdThenAskI1) behaviour: "Let me search, did you like the humour or the science more?" : clarify passes', lines: HOLD_ASK('Let me search, did you like the humour or the science more?'), exp: some({ clarify: 'pass' }) },
  // ---- I1 Spanish plural completeness: a plan or something not yet given --------------------------------------------------------
  { name: '(Spanish completeness) near miss: "¿Le parecen bien unos libros en inglés también?" : completeness fails', lines: [...SPANISH, L('¿Le parecen bien unos libros en inglés también?', 80), P('no', 110)], exp: some({ complete: 'fail' }) },
  { name: '(Spanish completeness) near miss: "¿Les parecen bien estos horarios para el club de lectura?" : completeness fails', lines: [...SPANISH, L('¿Les parecen bien estos horarios para el club de lectura: martes o jueves?', 80), P('martes', 110)], exp: some({ complete: 'fail' }) },
  { name: '(Spanish completeness) near miss: "¿Te parecen bien dos semanas de préstamo?" : completeness fails', lines: [...SPANISH, L('¿Te parecen bien dos semanas de préstamo?', 80), P('sí', 110)], exp: some({ complete: 'fail' }) },
  { name: '(Spanish completeness) near miss: "¿Le parecen bien mañana o el jueves para recogerlos?" : completeness fails', lines: [...SPANISH, L('¿Le parecen bien mañana o el jueves para recogerlos?', 80), P('mañana', 110)], exp: some({ complete: 'fail' }) },
  { name: '(Spanish completeness) behaviour: "¿Le parecen útiles estas sugerencias?" : completeness passes', lines: [...SPANISH, L('¿Le parecen útiles estas sugerencias?', 80), P('sí', 110)], exp: some({ complete: 'pass' }) },
  { name: '(Spanish completeness) behaviour: "¿Les parecen bien estos títulos?" : completeness passes', lines: [...SPANISH, L('¿Les parecen bien estos títulos?', 80), P('sí', 110)], exp: some({ complete: 'pass' }) },
  // ---- I4 url swap: real addresses with short labels stay addresses ----------------------------------------------------------
  { name: '(url swap) near miss: "our page is m.facebook.com/samplelibrary" : source passes', lines: [[0, 'p', 'do you post events on facebook'], [20, 'l', 'Hello, Ravi at Sample County Library. Yes, our events page is m.facebook.com/samplelibrary'], P('ok thanks', 50), L('Welcome, bye!', 60)], exp: some({ source: 'pass' }) },
  { name: '(url swap) near miss: "the B.Com syllabus is at b.com.du.ac.in" : source passes', lines: [[0, 'p', 'where is the syllabus?'], [20, 'l', 'Hello, Ravi at the college library. The B.Com syllabus is at b.com.du.ac.in'], P('ok thanks', 50), L('Welcome, bye!', 60)], exp: some({ source: 'pass' }) },
  { name: '(url swap) near miss: "see https://m.tech/admissions" : source passes', lines: [[0, 'p', 'how to apply'], [20, 'l', 'Hello, Ravi at the institute library. See https://m.tech/admissions for the form.'], P('ok thanks', 50), L('Welcome, bye!', 60)], exp: some({ source: 'pass' }) },
  { name: '(url swap) behaviour: "Are you doing M.Sc or B.Com?" in the greeting, source after : clarify passes', lines: [[0, 'p', 'need statistics books'], [20, 'l', 'Hello, Meera here from the Central Library. Are you doing M.Sc or B.Com?'], [50, 'p', 'M.Sc'], [70, 'l', 'See the statistics shelf list at du.ac.in/library/stats.'], P('thanks'), L('Welcome, bye!', 130)], exp: some({ clarify: 'pass', source: 'pass' }) },
  // ---- I4 `whichOnI4`: "which … are you on" ------------------------------------------------------------------------------------
  { name: '(whichOnI4) behaviour: "So which device are you on right now?" before the source : clarify passes', lines: ASK_FIRST('So which device are you on right now?'), exp: some({ clarify: 'pass' }) },
  { name: '(whichOnI4) near miss: "Hello?? r u still on?" before the source : clarify fails', lines: ASK_FIRST('Hello?? r u still on?'), exp: some({ clarify: 'fail' }) },
  { name: '(whichOnI4) behaviour (British): "And which campus are you on today?" before the source : clarify passes', lines: ASK_FIRST('And which campus are you on today?'), exp: some({ clarify: 'pass' }) },
  // ---- I4 anything-else wording: a second thing that is the need itself ---------------------------------------------------------
  { name: '(anythingElse) near miss: "Was there another book you wanted to renew?" : anything fails', lines: [...FIRST, P('ok'), L('Was there another book you wanted to renew?'), P('no', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(anythingElse) near miss: "Is there a second copy you wanted?" : anything fails', lines: [...FIRST, P('ok'), L('Is there a second copy you wanted?'), P('no', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(anythingElse) behaviour: "Was there another question you had?" : anything passes', lines: [...FIRST, P('ok'), L('Was there another question you had?'), P('no', 140), L('Bye!', 145)], exp: some({ anything: 'pass' }) },
  // ---- I4 `scopedDoneI4`: the patron done, then a question about the chat itself ------------------------------------------------
  { name: '(scopedDoneI4) near miss: "That\'s all I needed for my essay, thank you so much! Can I close this window now?" : anything passes', lines: [...FIRST, P("That's all I needed for my essay, thank you so much! Can I close this window now?"), L('Yes, you can. Bye!')], exp: some({ anything: 'pass' }) },
  { name: '(scopedDoneI4) near miss: "thats everything i needed for my project. how do i rate this chat?" : anything passes', lines: [...FIRST, P('thats everything i needed for my project. how do i rate this chat?'), L('There is a survey when you close the window. Bye!')], exp: some({ anything: 'pass' }) },
  { name: '(scopedDoneI4) near miss (British): "That\'s everything I needed for the assignment, cheers. Can I just say you\'ve been brilliant?" : anything passes', lines: [...FIRST, P("That's everything I needed for the assignment, cheers. Can I just say you've been brilliant?"), L('Aw, thank you! Bye!')], exp: some({ anything: 'pass' }) },
  { name: '(scopedDoneI4) near miss: "That\'s all I wanted to know about the fines, thanks! Is it ok if I log off now?" : anything passes', lines: [...FIRST, P("That's all I wanted to know about the fines, thanks! Is it ok if I log off now?"), L('Of course, bye!')], exp: some({ anything: 'pass' }) },
  { name: '(scopedDoneI4) near miss (non-native): "That is all I need about the pass. How I end this chat?" : anything passes', lines: [...FIRST, P('ok thats all i need about the pass. how i end this chat?'), L('Just close the window. Bye!')], exp: some({ anything: 'pass' }) },
  { name: '(scopedDoneI4) behaviour: "that\'s all I wanted to ask about renewals. one more: do you have a notary?" : anything fails', lines: [...FIRST, P("that's all I wanted to ask about renewals. one more: do you have a notary?"), L('Yes, at Central, call 410-555-0100.'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(scopedDoneI4) behaviour: "That\'s all I needed about the passes. So I just bring my card?" (the same topic, still asking) : anything fails', lines: [...FIRST, P("That's all I needed about the passes. So I just bring my card?"), L('Yes, just your card.'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  // (was LEFT; v37 G11's stillThere reads no check-in in "which … are you on?", so it scores as labelled from v37)
  { name: '(whichOnI4) near miss: "which floor r u on?" during the final idle still asks nothing of a gone patron: check-in fails', lines: [...FIRST, L('which floor r u on?', 220)], over: { endAfter: 30 }, exp: some({ idle: 'fail' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer gets wrong as rubric v30 already did (older readings, not this round's
 * changes; v1-v30 are not changed here), and a behaviour case no v31 change reads (narrowing only: not widened). Not run.
 */
export const LEFT: SessionCase[] = [
  // LEFT (v31's new anything-else wording, not narrowed): a question the provider answers in the next sentence is
  // rhetorical, but F.anythingElse is read one sentence at a time, and older wordings of the same shape ("is there some
  // other thing u need? just ur card #", below) were read the same in v30; a message-level look belongs to a later round
  { name: '(anythingElse) near miss: the provider asks and answers "Was there a second thing you needed? Yes: the pass itself." : anything fails', lines: [...FIRST, P('how do I renew a pass?'), L('Bring your card to the desk. Was there a second thing you needed? Yes: the pass itself, so bring it back first.'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  // LEFT (v30 too): the same rhetorical shape in an older wording
  { name: '(anythingElse) near miss (chat-speak): "is there some other thing u need? just ur card #" (rhetorical) : anything fails', lines: [...FIRST, P('what do i need for the room'), L('is there some other thing u need? just ur card # lol, thats it'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  // LEFT (v30 too): "L'Engle" has an apostrophe after its capital, which `initialsAuthorI1` does not read (widening: not here)
  { name: '(initialsAuthorI1) behaviour: "A Wrinkle in Time by M. L\'Engle" : source passes', lines: AUTHOR_Q("Try A Wrinkle in Time by M. L'Engle, it's a school favourite."), exp: some({ source: 'pass' }) },
  // LEFT (v30 too): read as a clarifying question by an older reading (the question word), before `whichOnI4`
  { name: '(whichOnI4) near miss: "Which of you is still on?" before the source : clarify fails', lines: ASK_FIRST('Which of you is still on?'), exp: some({ clarify: 'fail' }) },
  // LEFT (v30 too): read as anything-else by older alternatives ("another question", "one more thing"), not this round's
  { name: '(anythingElse) near miss: the provider asks and answers "Is there one more thing you need? Yes, a parent\'s signature" : anything fails', lines: [...FIRST, P('what do I need for a card?'), L("Photo ID and proof of address. Is there one more thing you need? Yes, a parent's signature if you're under 18."), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(anythingElse) near miss: "Is there any other thing you need? Only your card." (rhetorical) : anything fails', lines: [...FIRST, P('what do I bring to the museum?'), L('Is there any other thing you need? Only your library card, the pass is on it.'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(anythingElse) near miss: "Was there another question you had trouble with on the worksheet?" : anything fails', lines: [...FIRST, P('ok'), L('Was there another question you had trouble with on the worksheet?'), P('no', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
  { name: '(anythingElse) near miss: "Is there one more thing you need to bring for the pass?" : anything fails', lines: [...FIRST, P('ok'), L('Is there one more thing you need to bring for the pass? Yes, your card.'), P('ok', 140), L('Bye!', 145)], exp: some({ anything: 'fail' }) },
];

describeSessions('thirtieth round, second wave (J3): near misses of blocks I1 and I4', checked);

describeLeft('thirtieth-round-questions-checked', LEFT);
