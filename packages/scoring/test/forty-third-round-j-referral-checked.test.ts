/**
 * Forty-third round, block J's referral and follow-up changes checked (helper j-referral): v44's J17 `passOnThemJ17`
 * (referral.ts `PASS_ON_THEM_J17`), J18 `newChatCommaJ18` (referral.ts `NEW_CHAT_COMMA_J18`) and J20 `sendOverEmailJ20`
 * (classify.ts `SEND_OVER_J20`), tried both ways with cases no one had written.
 *
 *
 * SHAPES TRIED:
 *  J17: against, sentences where "… can help / will know best" and "I'll pass / forward / send … to them" meet but the patron
 *   is still told to go ("take a sample to them", "stop by their open house", "walk in to their Tuesday clinic", "you must go
 *   there with your passport", chat-speak "u gotta go in w ur docs", "check with them next week", British "once you've rung
 *   them"), an offer to pass it on beside the visit ("I can pass your question to them if you like, but …"), and a pass-on to a
 *   second party in the same sentence ("… our law librarian will know the local rules, so I'll pass your question on to her",
 *   "… our Main branch takes passport photos, so I'll pass your question on to them", "our branch manager …, I'll pass this on
 *   to him"). As meant: "I'll forward your question to her and she'll be in touch", British "first thing tomorrow", "let me
 *   send this along to her", chat-speak "ill send it over to her rn", non-native "I will give your question to them today",
 *   "I shall forward your query on to him", "I'm going to pass your request along to them now", "we've already handed your
 *   question over to them", "I'll email your question to her", the pass-on in the next sentence, Spanish "les paso su
 *   pregunta".
 *  J18: against, a new or another chat and, after the comma, a librarian or staff outside the chat or at a desk the patron is
 *   told to visit ("Before you start a new chat, the school librarian can …", "Rather than another chat, the reference staff
 *   can go over it with you at the Main Library", "a law librarian can walk you through it at the county law library", "our
 *   branch staff can help you in person", chat-speak "the circ staff can help u at the desk tmrw", non-native "Is not need new
 *   chat, the branch staff …", British "pop into the Record Office"). As meant: "chat back in later", "open a new chat after
 *   9, the evening staff", non-native "make new chat later, our librarian", "another session tomorrow morning", British "after
 *   half nine", chat-speak "l8r, the next librarian", "chat in again tonight", Australian "tomorrow arvo", "the librarians",
 *   a long clause before the comma, a dash for the comma, "a colleague" after my shift, Spanish "un nuevo chat" / "un chat
 *   nuevo".
 *  J20: against, the thing "sent over" goes in the chat (the link or links pasted next, "Sent! It's in your inbox now" and the
 *   patron's "got it", a pdf shared in the chat, "Okay, I'll email it to you now"), a copy of the chat itself, and a promise
 *   taken back after the patron's "no need"; with and without an offer before the e-mail. As meant: "Perfect, I'll email them
 *   to you", chat-speak "kk ill send it ur way" / "ok ill send em over", non-native "I will send you it later", British
 *   "Lovely, ta. I'll send those across" / "Cheers, I'll send them over", a read-back question, the e-mail two messages back,
 *   Spanish "se lo envío más tarde", a cell number for a text, "Thanks, Dana!", "Noted,", "after I finish up here", "Okay." as
 *   its own sentence, "tonight", and one coded Follow-up by me with "by Friday" and done in 30 h.
 *
 * Statuses read from RUBRIC.md: Terms "Referral" (telling the patron to contact or visit a person or organisation outside the
 * chat; the provider's own library's departments count when the patron is told to contact or visit them; staff the provider
 * consults on the patron's behalf do not); referral.contact ("every party the patron is referred to comes with a way to reach
 * them"); Terms "Follow-up session" ("the provider promises in the chat to send or find more later"); resolution.code,
 * followup.contact (the e-mail confirmed in the chat and when the information will come) and followup.on_time.
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "<party> can help with <the patron's need>" said to the patron points them to the party (a referral), as the scorer and
 *   earlier rounds read it; passing the question on to that party as well does not undo a visit or call the same sentence
 *   tells the patron to make, and passing it on to a second party does not undo the first;
 * - a new chat's librarian is the service itself (no referral) only when the patron is to meet them in the chat; "the school
 *   librarian", "a law librarian at the county law library" or staff "at the desk", "in person", "when you go there" are
 *   outside it;
 * - a list or link sent while the chat goes on ("Sent! It's in your inbox now", pasted next, shared as a file) is not sent
 *   "later": no follow-up session; nor is a copy of the chat (no more information, as the scorer's own notPromise family
 *   says of "a copy of this chat"); a promise the provider takes back at the patron's "no need" ("then I won't send it")
 *   leaves no follow-up promised (as v24's Y5 reads "no need for me to email you after all");
 * - "tonight" says when the information will come, as "by tomorrow" does;
 * - on_time is pending for an unrecorded follow-up at the default `now` (24 h after the session).
 *
 * COUNTS. Written: 72 cases, all labelled from RUBRIC.md before they ran: a first batch of 70 and a second of 2 (J20 in-chat
 * sending with no offer before the e-mail, written after the first run showed that with the offer v43 already reads a
 * promise). Before the file was written, about 40 of the first batch's sentences had been tried in a throwaway script
 * (/tmp/h-jr) for their v43 / v44 statuses; their labels were set from RUBRIC as the others'. A copy of the first labels is
 * kept outside the repo (/tmp/h-jr/labels-first.ts).
 * First run as labelled / disagreeing: 31 / 41 (first batch 31 / 39, second 0 / 2). Label corrections: 1 — "J20 tonight"
 * was labelled followup.contact fail (no time); "I'll send everything over tonight" says when, as RUBRIC's "by tomorrow":
 * pass. FINAL: 32 running, 40 LEFT (LEFT_WHY): 19 caused by v44's block J (J17 7, J18 7, J20 5: v43 scored each as
 * labelled) and 21 older readings (v43 scored them the same: 3 sentences v43 already sets aside for their "I'll pass this on
 * to him / them" / "I'll hand it over to them", 14 cases of the behaviour the changes do not reach (J17 3, J18 4, J20 7), and
 * 4 in-chat sendings v43 already reads as promised from the offer "want me to e-mail it to you?" taken up).
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a cell number in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 72 tests passed (40 through describeLeft).
 *
 * V44 AFTER THIS CHECK: the 19 false readings of (a) read as labelled now and run with the others. J17 only in the clause
 * chain right after the party's "can help / will know" (", so", ",", " -", " and", no other clause with "and" between), and
 * not when the patron is still told to go or call ("but …", "you must go there", "u gotta go in"), nor an offer ("if you
 * like") nor "too / also"; J18 only as the patron's next chat ("If you start / Just open a new chat …", "If you chat back in
 * …") and the service's librarian ("the overnight librarian", "the evening staff", "our librarian"), not the school's, the
 * law library's or a branch's; J20 not when the next provider message gives a URL or says "Sent!", when the patron asked for
 * a copy of the chat, or turns the sending down first. Final under v44: 51 running, 21 LEFT, all older readings or shapes not
 * reached.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { es, one } from './narrowing-lines';

// ---- J17: "X can help / will know best, so I'll pass your question on to them" ----
/** A session whose provider message `text` answers `q`; the referral.contact status `st`. */
const ref = (name: string, q: string, text: string, st: 'pass' | 'fail' | 'na'): SessionCase => ({
  name: `${name}: "${text}" : ${st}`,
  lines: one(q, text),
  exp: some({ referral: st }),
});
const refEs = (name: string, q: string, text: string, st: 'pass' | 'fail' | 'na'): SessionCase => ({
  name: `${name}: "${text}" : ${st}`,
  lines: es(q, text),
  exp: some({ referral: st }),
});

export const passOn: SessionCase[] = [
  // false readings: the patron is still told to go, call or visit the party the sentence names (referral, no contact: fail)
  ref('J17 take a sample to them', 'what is this weed in my garden', 'The county extension office can help identify the plant, and I\'ll forward this to them too, but it\'s quickest if you take a sample to them.', 'fail'),
  ref('J17 stop by their open house', 'who would know about this old photo of main street', 'The Historical Society can help with the photo, and I\'ll send it to them, but you should also stop by their open house on Saturday.', 'fail'),
  ref('J17 go in person with ID', 'how do i get a marriage license', 'The county clerk can help you with the marriage license, and I\'ll forward this to them, but you still need to go in person with your ID.', 'fail'),
  ref('J17 walk in to their clinic', 'can i fight an eviction notice', 'The Legal Aid Society will know best, and I can pass your question to them if you like, but honestly it\'s faster to walk in to their Tuesday clinic.', 'fail'),
  ref('J17 another party passed to', 'how do i do probate for my dad', 'The Register of Wills can help with the probate forms, and our law librarian will know the local rules, so I\'ll pass your question on to her.', 'fail'),
  ref('J17 the manager passed to', 'my landlord wont give back my deposit', 'The Tenants\' Union can help with the deposit, and since our branch manager knows their organiser, I\'ll pass this on to him.', 'fail'),
  ref('J17 passport photo staff', 'i need a passport fast for a trip next week', 'The Passport Agency can help with urgent travel, and for the photo our Main branch takes passport photos, so I\'ll pass your question on to them.', 'fail'),
  ref('J17 British, once you\'ve rung them', 'can i appeal my universal credit decision', 'Citizens Advice can help with the appeal, and once you\'ve rung them I\'ll pass this on to them too so they have the background.', 'fail'),
  ref('J17 non-native, you must go there', 'how to extend my visa', 'The embassy can help for visa, I will forward it to them also but you must go there with your passport.', 'fail'),
  ref('J17 chat-speak, u gotta go in', 'how do i get a real id', 'the DMV can help w that, ill send it to them too but u gotta go in w ur docs', 'fail'),
  ref('J17 check with them next week', 'i lost my wallet at the library last week', 'The Lost and Found at City Hall will know best, if it turns up here I\'ll hand it over to them, so check with them next week.', 'fail'),
  // as meant: the party is consulted for the patron (na), in new words
  ref('J17 she\'ll be in touch', 'is this map of our county from the 1850s worth anything', 'Our map librarian will know best, so I\'ll forward your question to her and she\'ll be in touch.', 'na'),
  ref('J17 British, first thing tomorrow', 'where can i find my great grandad in the parish records', 'Our local studies team can help with the parish records, so I\'ll pass this on to them first thing tomorrow.', 'na'),
  ref('J17 let me send this along to her', 'what chapter books would suit my 7 year old', 'Ms. Alvarez in Youth Services will know best what fits his reading level, let me send this along to her.', 'na'),
  ref('J17 chat-speak rn', 'any good manga for a beginner', 'our teen librarian can def help w that, ill send it over to her rn', 'na'),
  ref('J17 non-native, I will give your question', 'i search the old city plans of 1920', 'The archive staff can help with this, I will give your question to them today.', 'na'),
  ref('J17 I shall forward your query', 'is this letter signed by a famous author', 'Mr Okafor in Special Collections will know best - I shall forward your query on to him this afternoon.', 'na'),
  ref('J17 I\'m going to pass your request', 'can i borrow a book from a library in another state', 'The ILL office can look into it, and I\'m going to pass your request along to them now.', 'na'),
  ref('J17 let me forward your request', 'who were the first settlers on my road', 'The genealogy volunteers can help with that, so let me forward your request to them.', 'na'),
  ref('J17 we\'ve already handed it over', 'are there photos of my house from the 1940s', 'The Archives staff will know best, and we\'ve already handed your question over to them.', 'na'),
  ref('J17 I\'ll email your question to her', 'how does a heat pump work', 'Our science librarian can answer that better than I can, so I\'ll email your question to her.', 'na'),
  ref('J17 two sentences', 'who can tell me about this old sheet music', 'The Music Library will know best. I\'ll pass your question on to them and they\'ll reply by e-mail.', 'na'),
  ref('J17 she will reply', 'why is this record not in the catalogue', 'Our cataloguer can help with that one, I\'ll pass it on to her and she\'ll reply by email.', 'na'),
  refEs('J17 Spanish, les paso su pregunta', 'busco fotos antiguas del pueblo', 'El personal de Historia Local sabrá mejor, así que les paso su pregunta y ellos le escriben.', 'na'),
];

// ---- J18: "If you start a new chat, the overnight librarian can …" ----
export const newChat: SessionCase[] = [
  // false readings: the librarian or staff named after the comma is outside the chat (another library, or the library's own
  // desk the patron is told to visit): a referral, no contact (fail)
  ref('J18 the school librarian', 'what books are on the 6th grade summer list', 'Before you start a new chat, the school librarian can probably help faster since she made the list.', 'fail'),
  ref('J18 the reference staff at Main', 'how do i cite a court case in mla', 'Rather than another chat, the reference staff can go over it with you at the Main Library tomorrow.', 'fail'),
  ref('J18 a law librarian at the county law library', 'how do i file a small claims case', 'If you\'d rather not wait for another chat, a law librarian can walk you through it at the county law library.', 'fail'),
  ref('J18 our branch staff in person', 'how do i use the 3d printer', 'If you don\'t want to wait for another chat, our branch staff can help you in person on Saturday.', 'fail'),
  ref('J18 British, pop into the Record Office', 'where are the old electoral rolls kept', 'Rather than another chat, the archives staff can help if you pop into the Record Office.', 'fail'),
  ref('J18 chat-speak, the circ staff at the desk', 'my card is blocked', 'no need for a new chat lol, the circ staff can help u at the desk tmrw', 'fail'),
  ref('J18 non-native, when you go there', 'the printer in branch not working', 'Is not need new chat, the branch staff can help you when you go there.', 'fail'),
  ref('J18 circulation staff at pickup', 'my hold says in transit for 2 weeks', 'No need to start a new chat, the circulation staff can help with that at the desk when you pick up your holds.', 'fail'),
  // as meant: the librarian of a new chat is the service itself (na)
  ref('J18 chat back in later', 'can i renew a book that has a hold on it', 'If you chat back in later, a librarian can help with the renewal.', 'na'),
  ref('J18 open a new chat after 9', 'how do i get the newspaper archive from home', 'Just open a new chat after 9, the evening staff can help from there.', 'na'),
  ref('J18 non-native, make new chat later', 'i need help with the tax form', 'Please make new chat later, our librarian can help you for this.', 'na'),
  ref('J18 another session tomorrow', 'do you have the 1950 census on microfilm', 'If you start another session tomorrow morning, one of our librarians can pull the microfilm list for you.', 'na'),
  ref('J18 British, after half nine', 'i cant log in to ancestry at home', 'If you\'d like to start a new chat after half nine, the morning librarian can help with the Ancestry login.', 'na'),
  ref('J18 chat-speak l8r', 'how do i make a works cited page', 'if u start a new chat l8r, the next librarian can help w the rest', 'na'),
  ref('J18 chat in again tonight', 'how do i cite a tweet in apa', 'If you chat in again tonight, the next librarian can finish the citation with you.', 'na'),
  ref('J18 Australian, tomorrow arvo', 'how do i get a library card as a visitor', 'If you start a new chat tomorrow arvo, another librarian can help you with the rest.', 'na'),
  ref('J18 the librarians, plural', 'can you help me find a grant database', 'When you start a new chat, the librarians can help with the grant search.', 'na'),
  ref('J18 a long clause before the comma', 'can you help me finish my bibliography', 'If you start a new chat once the 4 pm shift begins and the queue is quieter, a librarian can help you finish.', 'na'),
  ref('J18 a dash for the comma', 'how do i cite a dataset', 'If you start a new chat later - the overnight librarian can go through it with you.', 'na'),
  ref('J18 a colleague after my shift', 'can you help me with my resume', 'My shift ends at 5, but if you start a new chat after that, a colleague can help with the resume.', 'na'),
  refEs('J18 Spanish, un nuevo chat', 'necesito ayuda para sacar una cita', 'Si abre un nuevo chat más tarde, el bibliotecario de la noche le puede ayudar con la cita.', 'na'),
  refEs('J18 Spanish, otro bibliotecario', 'necesito ayuda con el formulario', 'Si nos escribe otra vez en un chat nuevo, otro bibliotecario puede ayudarle.', 'na'),
];

// ---- J20: "I'll send that over." after the patron's e-mail ----
const Q20 = 'do you have any books on raising backyard chickens';
const GREET20: Line[] = [
  [0, 'p', Q20],
  [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Are you just starting out, or do you already have a flock?"],
  [50, 'p', 'just starting, 4 hens'],
];
/** The answer and an offer to put together a longer list (sent after the chat, if taken up). */
const OFFER20: Line = [70, 'l', '"Storey\'s Guide to Raising Chickens" is in the catalog at samplelib.org/catalog, call number 636.5 DAM. Want me to put together a longer reading list for you?'];
/** The answer and an offer of the library's ready-made booklist (which can go out at once). */
const BOOKLIST20: Line = [70, 'l', '"Storey\'s Guide to Raising Chickens" is in the catalog at samplelib.org/catalog, call number 636.5 DAM. We also have a chicken-keeping booklist, want me to e-mail it to you?'];
/** The answer alone, with the completeness question. */
const PLAIN20: Line = [70, 'l', '"Storey\'s Guide to Raising Chickens" is in the catalog at samplelib.org/catalog, call number 636.5 DAM. Does that help?'];
/** The opening, `answer`, the patron's `patron` (at 100 s), the provider's lines (strings at 110, 120, … s), thanks and goodbye. */
const mail = (answer: Line, patron: string, ...prov: (string | Line)[]): Line[] => [
  ...GREET20,
  answer,
  [100, 'p', patron],
  ...prov.map((x, i): Line => (typeof x === 'string' ? [110 + 10 * i, 'l', x] : x)),
  [200, 'p', 'ok thanks'],
  [210, 'l', 'Thanks for chatting, bye!'],
];
/** A follow-up promised with no time and coded Answered: the code fails, the contact fails (no time), not yet due. */
const PROMISED = some({ code: 'fail', contact: 'fail', onTime: 'pending' });
/** No follow-up session: the code Answered stands, the follow-up checks do not apply. */
const NONE = some({ code: 'pass', contact: 'na', onTime: 'na' });
const fu = (name: string, said: string, lines: Line[], promised: boolean, over: SessionCase['over'] = {}, exp?: SessionCase['exp']): SessionCase => ({
  name: `${name}: ${said} : ${exp ? 'as listed' : promised ? 'a follow-up' : 'no follow-up'}`,
  lines,
  exp: exp ?? (promised ? PROMISED : NONE),
  over,
});

export const sendOver: SessionCase[] = [
  // false readings: what is "sent over" goes in the chat, or is only a copy of the chat, or the promise is taken back
  fu('J20 the link pasted next', '"Ok, I\'ll send that over." then the link in the chat', mail(PLAIN20, 'yes! btw my email on the account is dana.w@example.com and the renewal notices stopped coming. also can u send me the link to the 4-H poultry guide?', "Ok, I'll send that over.", "Here it is: extension.example.edu/4h-poultry. And I've re-checked your e-mail for notices, it's fine now."), false),
  fu('J20 sent during the chat', '"Got it, <e-mail>. I\'ll send that over." then "Sent! It should be in your inbox now" and "yep got it"', mail(BOOKLIST20, 'yes please, dana.w@example.com', 'Got it, dana.w@example.com. I\'ll send that over.', 'Sent! It should be in your inbox now, can you check?', [150, 'p', 'yep got it']), false),
  fu('J20 a copy of the chat', '"can you email me a copy of this chat? <e-mail>" / "Great, I\'ll send that over."', mail(PLAIN20, 'this is great, can you email me a copy of this chat? dana.w@example.com', "Great, I'll send that over."), false),
  fu('J20 taken back', '"Got it. I\'ll send that over." / "actually no need, I just found one" / "then I won\'t send it"', mail(OFFER20, 'yes, dana.w@example.com', "Got it. I'll send that over.", [150, 'p', 'actually no need, I just found one on the catalog myself'], [160, 'l', "Oh great, then I won't send it. Enjoy the hens!"]), false),
  fu('J20 the pdf shared here', '"…or just drop the pdf in here" / "Great, I\'ll send it over." and the file in the chat', mail(BOOKLIST20, 'dana.w@example.com, or just drop the pdf in here', "Great, I'll send it over.", [115, 's', 'File shared: chicken-booklist.pdf'], 'There you go, the booklist is above.'), false),
  fu('J20 the links pasted next', '"I see your account under <e-mail>. I\'ll send the links." then the links', mail(PLAIN20, 'yes, and can you check my account? my email is dana.w@example.com. also any websites on coop plans?', "I see your account under dana.w@example.com, it's all in order. I'll send the links.", 'The free coop plans are at extension.example.edu/coops and samplelib.org/chickens.'), false),
  fu('J20 British, sent during the chat', '"Brilliant, I\'ll send that over." then "Done, it\'s in your inbox now, Dana."', mail(BOOKLIST20, 'Yes please, it is dana.w@example.co.uk', "Brilliant, I'll send that over.", "Done, it's in your inbox now, Dana.", [150, 'p', 'Got it, cheers']), false),
  // (second batch, labelled before it ran) the same in a session with no offer before the e-mail
  fu('J20 sent at once, no offer', '"could you email it to me at <e-mail>" / "Great, I\'ll send that over." / "Sent! It\'s in your inbox now." / "got it!"', mail(PLAIN20, 'yes! do you have a chicken booklist? could you email it to me at dana.w@example.com', "Great, I'll send that over.", "Sent! It's in your inbox now.", [150, 'p', 'got it!']), false),
  fu('J20 pasted here, no offer', '"<e-mail> … can you just paste the coop plans link here?" / "Sure thing. I\'ll send that over." then the link', mail(PLAIN20, 'dana.w@example.com is my email if you need it, but can you just paste the coop plans link here?', "Sure thing. I'll send that over.", 'Here you go: extension.example.edu/coops'), false),
  fu('J20 guard, now', '"Okay, I\'ll email it to you now." then "Sent!"', mail(BOOKLIST20, 'sure, dana.w@example.com', "Okay, I'll email it to you now.", 'Sent!'), false),
  // as meant: sent after the chat, in new words
  fu('J20 American, email them to you', '"yes pls, <e-mail>" / "Perfect, I\'ll email them to you."', mail(OFFER20, 'yes pls, mike.t@gmail.com', "Perfect, I'll email them to you."), true),
  fu('J20 chat-speak, ur way', '"ya its <e-mail>" / "kk ill send it ur way"', mail(OFFER20, 'ya its kay99@yahoo.com', 'kk ill send it ur way'), true),
  fu('J20 chat-speak, em over', '"ya its <e-mail>" / "ok ill send em over"', mail(OFFER20, 'ya its kay99@yahoo.com', 'ok ill send em over'), true),
  fu('J20 non-native, later', '"My mail is <e-mail>" / "Ok thank you. I will send you it later."', mail(OFFER20, 'Yes please. My mail is li.wei@qq.com', 'Ok thank you. I will send you it later.'), true),
  fu('J20 British, those across', '"it is <e-mail>" / "Lovely, ta. I\'ll send those across."', mail(OFFER20, 'Yes please, it is r.hughes@btinternet.com', "Lovely, ta. I'll send those across."), true),
  fu('J20 read back as a question', '"So that\'s <e-mail>? Great, I\'ll forward them along shortly."', mail(OFFER20, 'yes, r.patel@outlook.com', "So that's r.patel@outlook.com? Great, I'll forward them along shortly."), true),
  fu('J20 the e-mail two messages back', '"yes, <e-mail>" / a question / "buff orpingtons" / "Great, I\'ll send that over."', [...GREET20, OFFER20, [100, 'p', 'yes, dana.w@example.com'], [110, 'l', 'Is there a breed you want to focus on?'], [140, 'p', 'buff orpingtons'], [150, 'l', "Great, I'll send that over."], [200, 'p', 'ok thanks'], [210, 'l', 'Thanks for chatting, bye!']], true),
  fu('J20 Spanish, más tarde', '"si, es <e-mail>" / "Perfecto, se lo envío más tarde a ese correo."', mail(OFFER20, 'si, es maria.lopez@gmail.com', 'Perfecto, se lo envío más tarde a ese correo.'), true),
  fu('J20 a phone, by text', '"text me at 410-555-0182" / "Great, I\'ll send that over."', mail(OFFER20, 'yes, can you text it? my cell is 410-555-0182', "Great, I'll send that over."), true),
  fu('J20 thanks with the name', '"<e-mail>" / "Thanks, Dana! I\'ll send that over."', mail(OFFER20, 'oh yes please! dana.w@example.com', "Thanks, Dana! I'll send that over."), true),
  fu('J20 noted', '"<e-mail>" / "Noted, I\'ll send the list over."', mail(OFFER20, 'yes, dana.w@example.com', "Noted, I'll send the list over."), true),
  fu('J20 after I finish up here', '"<e-mail>" / "Awesome, I\'ll send it over after I finish up here."', mail(OFFER20, 'yes please, dana.w@example.com', "Awesome, I'll send it over after I finish up here."), true),
  fu('J20 British, cheers', '"<e-mail>" / "Cheers, I\'ll send them over."', mail(OFFER20, 'Yes please, it is r.hughes@btinternet.com', "Cheers, I'll send them over."), true),
  fu('J20 Okay. as its own sentence', '"<e-mail>" / "Okay. I\'ll send that over."', mail(OFFER20, 'sure, dana.w@example.com', "Okay. I'll send that over."), true),
  // label corrected after the first run: "tonight" says when the list will come (RUBRIC's "by tomorrow"), so the contact passes
  fu('J20 tonight', '"<e-mail>" / "Thanks! I\'ll send everything over tonight."', mail(OFFER20, 'yes, dana.w@example.com', "Thanks! I'll send everything over tonight."), true, {}, some({ code: 'fail', contact: 'pass', onTime: 'pending' })),
  fu(
    'J20 coded and timed, done in 30 h',
    '"Got it, <e-mail>. I\'ll send that over." and "You\'ll have it by Friday.", coded Follow-up by me, done in 30 h',
    mail(OFFER20, 'yes, dana.w@example.com', "Got it, dana.w@example.com. I'll send that over.", "You'll have it by Friday."),
    true,
    { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: '2026-03-03T16:00:00-05:00' }] },
    some({ code: 'pass', contact: 'pass', onTime: 'pass' }),
  ),
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged).
 */
const LEFT_WHY: Record<string, string> = {
  // (a) caused by v44's block J (v43 scored them as labelled)
  // (b) older readings (v43 scored them the same)
  'J17 the manager passed to': 'older: v43 (with every flag, a v1 reading) already scores no referral once the sentence says "I\'ll pass this on to him"; the Tenants\' Union is named for the patron',
  'J17 British, once you\'ve rung them': 'older: as above, "I\'ll pass this on to them" clears Citizens Advice in v43 too, though "once you\'ve rung them" has the patron ring them',
  'J17 check with them next week': 'older: "I\'ll hand it over to them" clears the Lost and Found in v43 too (without it, "check with them next week" fails as labelled)',
  'J17 we\'ve already handed it over': 'older, J17 not reached: PASS_ON_THEM_J17 allows no "already" between "we\'ve" and the verb',
  'J17 I\'ll email your question to her': 'older, J17 not reached: "email" is not among its verbs (pass, forward, send, hand, refer, give), and K1 wants "email her" right after the subject',
  'J18 a long clause before the comma': 'older, J18 not reached: more than 40 characters between "a new chat" and the comma',
  'J18 a dash for the comma': 'older, J18 not reached: it wants a comma before the librarian, not a dash',
  'J18 Spanish, un nuevo chat': 'older, J18 not reached: English only; "el bibliotecario de la noche le puede ayudar" after "un nuevo chat" is a referral in v43 and v44',
  'J18 Spanish, otro bibliotecario': 'older, J18 not reached: English only; "otro bibliotecario puede ayudarle" after "un chat nuevo" is a referral',
  'J20 sent during the chat': 'older: v1\'s offer "want me to e-mail it to you?" taken up with the e-mail is read as the promise, though the list is sent during the chat',
  'J20 the pdf shared here': 'older: the offer "want me to e-mail it to you?" and the e-mail given are read as the promise, though the pdf is shared in the chat',
  'J20 British, sent during the chat': 'older: the offer taken up is read as the promise, though "Done, it\'s in your inbox now" says it went during the chat',
  'J20 guard, now': 'older: the offer taken up is read as the promise (J20 itself rightly skips "… now")',
  'J20 chat-speak, em over': 'older, J20 not reached: "em" is not among SEND_OVER_J20\'s objects',
  'J20 British, those across': 'older, J20 not reached: SEND_OVER_J20 allows it, but the followupSend family J20 sits inside does not read "send those across"',
  'J20 the e-mail two messages back': 'older, J20 not reached: it looks for the e-mail only in the patron\'s message just before (a clarifying question came between)',
  'J20 a phone, by text': 'older, J20 not reached: it wants an e-mail; a cell number given for a text is not read',
  'J20 noted': 'older, J20 not reached: "Noted," is not among SEND_OVER_J20\'s lead words (ok, great, perfect, thanks, got it, so, and)',
  'J20 after I finish up here': 'older, J20 not reached: "after I finish up here" (after the chat) is not among its tails (soon, shortly, later, tonight, tomorrow, asap)',
  'J20 British, cheers': 'older, J20 not reached: "Cheers," is not among its lead words',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...passOn, ...newChat, ...sendOver];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-third round, block J referral and follow-up changes checked (helper j-referral)', () => {
  describeSessions('J17 passed on to them', running(passOn));
  describeSessions('J18 a new chat, comma', running(newChat));
  describeSessions('J20 send that over', running(sendOver));
  describeLeft('block J referral and follow-up', all.filter((c) => key(c) in LEFT_WHY));
});
