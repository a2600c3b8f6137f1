/**
 * Forty-fourth round, block K's session-flow changes checked (helper, not yet run by anyone else): v45's K21
 * `PURPOSE_NOT_TRANSFER_K21` (rubric.ts, in transferNotice's alternative 2: "So I can send you to the right person: <question>?"
 * is no transfer notice) and K10 `afterTestK10` (facts.ts `firstAskingPos`: after a patron's test message, a later patron message
 * asks something only with a "?" or a NEED_K10 word), tried both ways with cases no one had written.
 *
 * SHAPES TRIED:
 *  K21: as meant, purpose lead-ins with a question in new words: "So that we can route you to the proper office, are you …?",
 *   British "pass you on to the right team, is this about council tax …?", non-native "send you to correct department",
 *   chat-speak "send u to the right person, is this 4 …?", "we could connect you with the right staff:", "Just so I can …
 *   the right folks —", "the right place:", "send you on to the right department, may I ask …?", "the best person", "point you"
 *   (no transfer verb), "the right librarian", "So I can transfer you to the right person:", "To send you to the right person,
 *   can you tell me …?", Spanish "Para poder pasarle con la persona indicada, ¿…?", "Para comunicarle con el departamento
 *   correcto: ¿…?"; each with interest.keep_informed over a 145 s wait after it. Against, real transfers that resemble it, with
 *   an internal note and a transfer event after, and a 194 s wait before the receiving provider writes: "So I can send you to
 *   the right person, please hold.", "So we can connect you with the right department, one moment.", "I'm going to send you to
 *   the right person now.", "Stay on the chat so I can pass you on …", "Please keep this window open so that we can move you
 *   to the correct team.", "OK, so I can send you over to the right person now.", British "Bear with me so I can pop you
 *   through …", "Hang tight so we can connect you with the right staff.", "Don't close the chat, so I can hand you over …",
 *   chat-speak "brb so i can send u to the right person", non-native "Please wait, I will transfer you to correct department.",
 *   Spanish "Un momento, para pasarle con la persona indicada.", "I'm handing you over now so we can get you to the right
 *   person.", and the lead-in followed by a notice in other words ("Rosa will be with you shortly", "I'm passing your chat to").
 *  K10: against, a patron who tests and then states a real need with no "?" and no NEED_K10 word: the science fair project,
 *   "renewing my card", "trying to renew … says blocked", "my hold never came in", "lol it works. ok so my library card
 *   expired", British "Have you got the new Richard Osman" and "I'm after a copy of …", chat-speak "hw do i renew",
 *   non-native "I am want learn English", "Tell me the hours …", "I wanna get a library card", "pls renew the dvds", questions
 *   without "?" ("Is the library open on Monday", "r u open sunday", "can someone renew …"), a complaint ("the printer … ate
 *   my $5"), a test as the topic ("testing my new library card", "testing my son for dyslexia") then the problem, Spanish after
 *   an English test ("mi tarjeta esta bloqueada", "quiero sacar …", "me pueden renovar …") and after "prueba" / "probando"
 *   ("ocupo sacar copia …"); guards: "test prep books for the GED" first, "test prep for the citizenship exam", "testing center
 *   hours", "is this working? i have a question about taxes", "looking for", "where do I", "I need", "I'd like to book",
 *   "busco", a message over 160 characters, and the provider (not the patron) testing ("test test, sorry, new chat macro").
 *   As meant: "yay it went through", "the widget works on my phone too", "just making sure it loads before class", "all good
 *   on my end, cheers", a staff test from a kiosk then "Looks good from here", "k bye", "ignore me, just trying it out",
 *   "my teacher wanted us to try the chat", "my mom said you guys help with homework", "I'll come back when I have a
 *   question", "lmao it actually works. my prof …", "my little brother was playing with the tablet", British "Brilliant,
 *   that's come through fine", Spanish "jaja si funciona", "listo, ya vi que sí funciona" (after "probando" / "prueba") and
 *   "ya vi que funciona, gracias" (after "test").
 *
 * Statuses read from RUBRIC.md: Terms "Hold message" ("An announcement that the chat is being transferred is a hold message");
 * "Waiting on the provider"; transfer.handoff ("told the patron about the transfer in a visible message"); inquiry.clarify ("the
 * provider asks the patron at least one question about the need"); Terms "Substantive exchange" ("the patron asked something";
 * without it the information checks are na).
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a lead-in that gives the purpose of a question ("So I can transfer you …:", "To send you to the right person, can you …?")
 *   announces no transfer, whatever the verb; a sentence that tells the patron they are being sent on, with a purpose clause
 *   or not, and followed by a transfer, is a transfer notice (and so a hold), with or without other hold words;
 * - "the patron asked something" includes a need stated without "?" (a topic such as "renewing my card", a problem such as "my
 *   hold never came in", an imperative, a question typed without "?"), in reply to the greeting's "How can I help?"; a remark
 *   that the chat works, or why the patron tried it, asks nothing, even with "wanted", "help" or "question" in it;
 * - a message about a test as its topic ("testing my son for dyslexia") is no test message.
 *
 * COUNTS. Written: 80 cases (K21 30: 15 lead-ins, 15 real transfers; K10 50: 23 needs stated plainly after a test, 11 guards, 16
 * as meant), all labelled from RUBRIC.md before the first run. First run: 42 as labelled, 38 disagreeing. Labels corrected: 0
 * (each disagreement reread against the Terms above). FINAL: 42 as labelled (running), 38 LEFT: 27 caused by v45's change (K21
 * 8, K10 19; v44 scored each as labelled) and 11 older readings (K21 5, K10 6; v44 scored them the same), reasons in LEFT_WHY.
 *
 * FINAL RUN (`--project scoring`, this file only): 80 tests passed (38 through describeLeft).
 *
 * V45 REVIEW (after this file): K21 only with ":", "," or " -" and a question after the right person or place in the same
 * sentence (its 8 false readings, transfers told so, gone); K10 only for a message that says the test worked or who asked
 * for it (TEST_WORKED_K10; the first cut's word list misread 19 needs stated without "?"). Every false reading of the
 * first cut reads as labelled now; 16 LEFT: 10 older, 6 that only the first cut of K10 read.
 */
import { describe } from 'vitest';
import { councilHandover, describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

// ---- K21: a purpose lead-in "So I can send you to the right person: <question>?" ----

const GREET = 'Hi, this is Jo, a librarian at Sample County Library.';
const SALUDO = 'Hola, soy Jo, bibliotecaria de Sample County Library.';
/**
 * The patron's question, Jo's greeting (no question in it) and 10 s later `lead` (the lead-in and its question); the patron
 * answers 120 s later, Jo gives a source 25 s after that and asks whether it helps, thanks and goodbye. Read as a hold, `lead`
 * opens a wait on the provider of 145 s (keep_informed fails) and its question is no clarifying question.
 */
const leadIn = (name: string, q: string, lead: string, answer: string, src: string, st: 'pass' | 'fail', spanish = false): SessionCase => ({
  name: `${name}: "${lead}" : clarify ${st === 'pass' ? 'passes' : 'fails'}, keep_informed passes`,
  lines: [
    [0, 'p', q],
    [20, 'l', spanish ? SALUDO : GREET],
    [30, 'l', lead],
    [150, 'p', answer],
    [175, 'l', src],
    [200, 'p', spanish ? 'si gracias' : 'ok thanks'],
    [210, 'l', spanish ? '¡Gracias por escribirnos, hasta pronto!' : 'Thanks for chatting, bye!'],
  ],
  exp: some({ clarify: st, informed: 'pass' }),
});
/**
 * A real transfer: `notice` (visible) at 56 s, the internal note, the transfer at 62 s and Rosa's first message at 250 s.
 * The notice tells the patron about the transfer (transfer.handoff passes) and is a hold, so the 194 s after it is a wait on
 * the provider (keep_informed fails).
 */
const handover = (name: string, notice: string): SessionCase => ({
  name: `${name}: "${notice}" : a transfer notice (handoff passes, keep_informed fails)`,
  lines: councilHandover(notice, 250),
  exp: some({ transfer: 'pass', informed: 'fail' }),
});

export const purposeK21: SessionCase[] = [
  // as meant, new words and shapes: a lead-in that says why the question is asked
  leadIn('K21 proper office', 'where do i get a permit for a yard sale', 'So that we can route you to the proper office, are you in the city limits or in the county?', 'county, near Elkton', 'County yard sale permits are on the county site: samplecounty.gov/permits. Does that answer it?', 'pass'),
  leadIn('K21 British', 'Question about a parking fine near the library car park', 'So I can pass you on to the right team, is this about council tax or a parking penalty?', 'parking penalty', 'Parking penalties can be paid or appealed at samplecouncil.gov.uk/parking. Does that help?', 'pass'),
  leadIn('K21 non-native', 'my account have problem, cannot login', 'So I can send you to correct department, what is the problem with your account exactly?', 'it say card expired', 'You can renew your card online at samplelibrary.org/renew. Does that help?', 'pass'),
  leadIn('K21 chat-speak', 'need help w my kids summer reading thing', 'so i can send u to the right person, is this 4 the library challenge or the school list?', 'library one', 'the summer challenge is at samplelibrary.org/summer, u log the minutes there. did that help?', 'pass'),
  leadIn('K21 could, staff', 'I need a form for my landlord', 'So we could connect you with the right staff: do you need the form in Spanish or in English?', 'english', 'The tenant forms are at samplestate.gov/tenants/forms. Is that what you were looking for?', 'pass'),
  leadIn('K21 just so, folks', 'i got charged for a lost item i returned', 'Just so I can connect you with the right folks — is this a charge on a book or on a laptop?', 'a laptop', 'Laptop charges go through the tech lending page, samplelibrary.org/laptops, where you can dispute it. Does that help?', 'pass'),
  leadIn('K21 the right place', 'Where do I complain about a branch?', 'So I can send you to the right place: was it at the Eastside branch, and is it about staff or the building?', 'eastside, the building', 'Building issues go on the feedback form at samplelibrary.org/feedback. Does that answer your question?', 'pass'),
  leadIn('K21 send you on to, department', 'there is a charge on my card I dont understand', 'So I can send you on to the right department, may I ask what the charge was for?', 'a printing charge', 'Printing charges are explained at samplelibrary.org/printing. Does that help?', 'pass'),
  leadIn('K21 best person', 'can I get access to the JSTOR archive', 'So I can send you to the best person, are you faculty, staff or a student?', 'student', 'Students sign in to JSTOR through samplecollege.edu/library/jstor. Does that answer it?', 'pass'),
  leadIn('K21 point you, no transfer verb', 'I want to volunteer at the library', 'So I can point you to the right place, which branch do you use?', 'central', 'Volunteer openings at Central are at samplelibrary.org/volunteer. Does that help?', 'pass'),
  leadIn('K21 the right librarian', 'help finding sources for my paper', 'So I can send you to the right librarian, what subject is the paper for?', 'history', 'The history research guide is at samplelibrary.org/guides/history. Does that help?', 'pass'),
  leadIn('K21 transfer you, purpose', 'I want to complain about a staff member', 'So I can transfer you to the right person: was this at the Odenton branch or at Central?', 'odenton', 'Complaints go on the form at samplelibrary.org/feedback, and the Odenton manager reads them. Does that help?', 'pass'),
  leadIn('K21 to send you, no so', 'a book I returned still shows on my account', 'To send you to the right person, can you tell me whether you returned it at the main library or at a branch?', 'the main one', 'Returns at the main library can take a day to clear; the FAQ is at samplelibrary.org/returns. Does that answer it?', 'pass'),
  leadIn('K21 Spanish pasarle', 'hola, tengo una queja de una sucursal', 'Para poder pasarle con la persona indicada, ¿esto fue en la sucursal de Odenton?', 'si en odenton', 'Las quejas se hacen en el formulario samplelibrary.org/opiniones. ¿Le sirvió?', 'pass', true),
  leadIn('K21 Spanish comunicarle', 'me cobraron una multa', 'Para comunicarle con el departamento correcto: ¿la multa es por un libro o por una laptop?', 'por un libro', 'Las multas de libros se pagan en samplelibrary.org/multas. ¿Le sirvió?', 'pass', true),
];

export const realTransferK21: SessionCase[] = [
  // against: real transfers that resemble the lead-in; interest.keep_informed over the span after them
  handover('K21 please hold', 'So I can send you to the right person, please hold.'),
  handover('K21 one moment', 'So we can connect you with the right department, one moment.'),
  handover('K21 sending now', "I'm going to send you to the right person now."),
  handover('K21 stay on the chat', 'Stay on the chat so I can pass you on to the right department.'),
  handover('K21 keep the window open', 'Please keep this window open so that we can move you to the correct team.'),
  handover('K21 so as a discourse marker', 'OK, so I can send you over to the right person now.'),
  handover('K21 British pop you through', 'Bear with me so I can pop you through to the right team.'),
  handover('K21 hang tight', 'Hang tight so we can connect you with the right staff.'),
  handover("K21 don't close", "Don't close the chat, so I can hand you over to the right department."),
  handover('K21 chat-speak brb', 'brb so i can send u to the right person'),
  handover('K21 non-native transfer', 'Please wait, I will transfer you to correct department.'),
  handover('K21 Spanish transfer', 'Un momento, para pasarle con la persona indicada.'),
  handover('K21 handing you over', "I'm handing you over now so we can get you to the right person."),
  handover('K21 with a name after', "So I can send you to the right person, I'm ending my part here and Rosa will be with you shortly."),
  handover('K21 passing the chat', "So I can send you to the right person: I'm passing your chat to Rosa in Local History."),
];

// ---- K10: after a patron's test message, a later patron message asks something only with "?" or words of a need ----

const HI = 'Hi, this is Jo, a librarian at Sample County Library. How can I help?';
const HOLA = 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué le puedo ayudar?';
const GLAD = 'Glad it works! Whenever you need us, our help pages are at samplelibrary.org/help.';
const QUE_BIEN = 'Qué bien que funciona. Cuando nos necesite, la ayuda está en samplelibrary.org/ayuda.';
/**
 * The patron's `opening` messages (0, 3, … s), Jo's greeting at 20 s, the patron's `later` at 45 s, Jo's `reply` (a source)
 * at 70 s, thanks and goodbye. When the patron asked something, info.source passes (and followup.completeness passes on the
 * reply's "does that help?"); when not, both are na.
 */
const tested = (name: string, opening: string[], later: string, reply: string, asked: boolean, spanish = false): SessionCase => ({
  name: `${name}: ${opening.map((o) => `"${o}"`).join(' / ')} then "${later}" : ${asked ? 'asks (source, completeness pass)' : 'asks nothing (na)'}`,
  lines: [
    ...opening.map((o, i): Line => [i * 3, 'p', o]),
    [20, 'l', spanish ? HOLA : HI],
    [45, 'p', later],
    [70, 'l', reply],
    [100, 'p', spanish ? 'gracias' : 'ok thanks'],
    [110, 'l', spanish ? '¡Gracias por escribirnos, hasta pronto!' : 'Thanks for chatting, bye!'],
  ],
  exp: asked ? some({ source: 'pass', complete: 'pass' }) : some({ source: 'na', complete: 'na' }),
});
const RENEW = 'You can renew it online at samplelibrary.org/renew, or I can do it here. Does that help?';
const ACCOUNT = 'Blocks and expired cards are explained at samplelibrary.org/account; you can renew there too. Does that help?';
const HOURS = 'All branch hours, holidays included, are at samplelibrary.org/hours. Does that answer it?';
const RENOVAR = 'Puede renovarla en samplelibrary.org/renovar, o lo hago yo desde aquí. ¿Le sirvió?';

export const afterTestK10: SessionCase[] = [
  // against: the patron tests, then states a real need with no "?" and no NEED_K10 word
  tested('K10 science fair', ['test'], 'ok my daughter has a science fair project on volcanoes due friday', 'Try Kids InfoBits at samplelibrary.org/kids and our science fair guide at samplelibrary.org/sciencefair. Does that help?', true),
  tested('K10 renewing my card', ['testing'], 'renewing my card', RENEW, true),
  tested('K10 trying to renew', ['test'], 'hi im trying to renew my card but it says blocked', ACCOUNT, true),
  tested('K10 hold never came', ['testing 1 2 3'], 'my hold never came in', 'Holds show their status under My Account at samplelibrary.org/account; if it says in transit, it is on the way. Does that help?', true),
  tested('K10 lol then expired', ['test'], 'lol it works. ok so my library card expired last month', ACCOUNT, true),
  tested('K10 British have you got', ['test'], 'Have you got the new Richard Osman', 'Yes: search "Osman" in the catalogue at samplelibrary.org/catalog and place a hold. Does that help?', true),
  tested("K10 British I'm after", ['testing'], "Right, it works. I'm after a copy of my grandad's death certificate from 1962", 'Death certificates from 1962 are ordered from the state vital records office, samplestate.gov/vitalrecords. Does that help?', true),
  tested('K10 chat-speak hw do i', ['test'], 'k it works. hw do i renew', RENEW, true),
  tested('K10 non-native class', ['test'], 'Please I am want learn English, there is class for adult', 'Yes, free English classes for adults are listed at samplelibrary.org/esl. Does that help?', true),
  tested('K10 tell me the hours', ['test'], 'Tell me the hours for the Eastside branch', HOURS, true),
  tested('K10 wanna', ['test'], 'I wanna get a library card for my son', 'Kids can get a card with a parent, the steps are at samplelibrary.org/card. Does that help?', true),
  tested('K10 renew the dvds', ['testing'], 'pls renew the dvds on my card', RENEW, true),
  tested('K10 a question without "?"', ['test'], 'Is the library open on Monday', HOURS, true),
  tested('K10 r u open', ['test'], 'r u open sunday', HOURS, true),
  tested('K10 can someone', ['test'], 'can someone renew my laptop loan', RENEW, true),
  tested('K10 the printer ate my money', ['testing 1 2 3'], 'ok so the printer at Eastside ate my $5', 'Printing refunds are requested at samplelibrary.org/printing/refund. Does that help?', true),
  tested('K10 testing my new card', ['testing my new library card'], "it won't let me log into Libby", 'The Libby sign-in steps are at samplelibrary.org/libby. Does that help?', true),
  tested('K10 testing my son for dyslexia', ['hi', 'testing my son for dyslexia'], "the school won't do the evaluation", 'The state parent center explains how to request an evaluation at samplestate.gov/parentcenter. Does that help?', true),
  tested('K10 Spanish tarjeta bloqueada', ['test'], 'mi tarjeta esta bloqueada', 'Los bloqueos se explican en samplelibrary.org/cuenta. ¿Le sirvió?', true, true),
  tested('K10 Spanish quiero', ['test'], 'quiero sacar la credencial de la biblioteca', 'Se saca en línea en samplelibrary.org/credencial. ¿Le sirvió?', true, true),
  tested('K10 Spanish me pueden', ['test'], 'me pueden renovar los libros', RENOVAR, true, true),
  tested('K10 Spanish ocupo, after prueba', ['prueba'], 'ocupo sacar copia de mi acta de nacimiento', 'Las actas se piden en samplestate.gov/actas. ¿Le sirvió?', true, true),
  tested('K10 Spanish oiga, after probando', ['probando 1 2 3'], 'oiga, ocupo renovar mi credencial', RENOVAR, true, true),
  // guards: the patron asks, before or after a test, in words K10 reads
  tested('K10 GED test prep first', ['test prep books for the GED'], 'the math section mostly', 'Try Peterson\'s GED prep in the Testing & Education Reference Center, samplelibrary.org/terc. Does that help?', true),
  tested('K10 citizenship test prep', ['hi'], 'test prep for the citizenship exam', 'The USCIS study materials are at uscis.gov/citizenship, and we have practice books in the catalog. Does that help?', true),
  tested('K10 testing center', ['Good morning'], 'testing center hours at Central', HOURS, true),
  tested('K10 is this working, taxes', ['test'], 'is this working? i have a question about taxes', 'Federal forms are at irs.gov/forms, and our tax help page is samplelibrary.org/taxes. Does that help?', true),
  tested('K10 looking for', ['test'], 'looking for books on volcanoes', 'Search "volcanoes" in the catalog at samplelibrary.org/catalog. Does that help?', true),
  tested('K10 where do I', ['testing'], 'where do I pay a fine', 'Fines are paid under My Account at samplelibrary.org/account. Does that help?', true),
  tested('K10 I need', ['testing 1 2 3'], 'I need the 1040 instructions', 'The 1040 instructions are at irs.gov/instructions/i1040. Does that help?', true),
  tested('K10 hello, test, id like', ['hello', 'test'], "I'd like to book a study room", 'Study rooms are booked at samplelibrary.org/rooms. Does that help?', true),
  tested('K10 Spanish busco', ['prueba'], 'busco libros de cocina mexicana', 'En el catálogo, samplelibrary.org/catalogo, busque «cocina mexicana». ¿Le sirvió?', true, true),
  tested(
    'K10 a long message',
    ['test'],
    'ok so last week I returned three dvds at the Eastside drop box and today my account still shows them as checked out plus a fine of four dollars on each of them, which seems wrong',
    'Drop box returns can take two days to clear; the returns FAQ is at samplelibrary.org/returns, and I can ask Circulation to waive it. Does that help?',
    true,
  ),
  {
    name: 'K10 staff tests, not the patron: "hi" then Jo\'s "test test, sorry, new macro …" then "renewing my card" : asks (source, completeness pass)',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'test test, sorry, new chat macro. Hi, this is Jo, a librarian at Sample County Library. How can I help?'],
      [45, 'p', 'renewing my card'],
      [70, 'l', RENEW],
      [100, 'p', 'ok thanks'],
      [110, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // as meant, new words: after the test, nothing asked
  tested('K10 yay', ['test'], 'yay it went through', GLAD, false),
  tested('K10 widget on my phone', ['testing testing'], 'ok cool the widget works on my phone too', GLAD, false),
  tested('K10 before class', ['test 123'], 'sweet, just making sure it loads before class', GLAD, false),
  tested('K10 cheers', ['this is a test'], 'all good on my end, cheers', GLAD, false),
  tested('K10 staff at the kiosk', ['Hi! just testing the chat from the new kiosk at Eastside'], 'Looks good from here, thanks Jo!', GLAD, false),
  tested('K10 k bye', ['test'], 'k bye', GLAD, false),
  tested('K10 ignore me', ['testing 1 2 3'], 'ignore me, just trying it out for my class', GLAD, false),
  tested('K10 my teacher wanted', ['test'], 'my teacher wanted us to try the chat', GLAD, false),
  tested('K10 my mom said', ['test'], 'haha it works, my mom said you guys help with homework', GLAD, false),
  tested("K10 I'll come back", ['test'], "ok it works, I'll come back when I have a question", GLAD, false),
  tested('K10 lmao prof', ['test'], 'lmao it actually works. my prof told us to try it out', GLAD, false),
  tested('K10 little brother', ['testing, sorry'], 'my little brother was playing with the tablet', GLAD, false),
  tested('K10 British brilliant', ['test'], "Brilliant, that's come through fine", GLAD, false),
  tested('K10 Spanish jaja', ['probando 1 2 3'], 'jaja si funciona', QUE_BIEN, false, true),
  tested('K10 Spanish listo', ['prueba'], 'listo, ya vi que sí funciona', QUE_BIEN, false, true),
  tested('K10 Spanish after an English test', ['test'], 'ya vi que funciona, gracias', QUE_BIEN, false, true),
];

/**
 * LEFT: cases labelled from RUBRIC.md that v45 still reads otherwise, each with its reason (run through `describeLeft`, labels
 * unchanged).
 */
const LEFT_WHY: Record<string, string> = {
  "K10 before class": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  "K10 cheers": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  "K10 staff at the kiosk": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  "K10 ignore me": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  "K10 little brother": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  "K10 British brilliant": "v45 K10 narrowed in review: after a test, only a message that says the test worked or who asked for it (TEST_WORKED_K10: \"it works\", \"my teacher said to try it\", with \"lol / ok / thanks / bye\") asks nothing; this wording is not among them, as in v44 (the first cut's word list misread 19 of this file's needs stated without \"?\")",
  // (a) caused by v45's change (v44 scored them as labelled)
  //  K21: PURPOSE_NOT_TRANSFER_K21 takes "so (that) I/we can <verb> you (over/on) to/with the right <person/place/…>" out of
  //  transferNotice's alternative 2 whatever follows it, a question or not, so a real transfer's notice is no longer read
  //  K10: after a test message (`tested`), a message of 160 characters or less with no "?" and no NEED_K10 word is skipped, so
  //  a need stated plainly, or a question typed without "?" in words NEED_K10 lacks, leaves no substantive exchange
  // (b) older readings (v44 scored them the same)
  'K21 the right librarian': 'older: PURPOSE_NOT_TRANSFER_K21 ends at person / people / place / office / department / team / folks / spot / staff, not "librarian", so the lead-in is still a transfer hold: clarify fails, keep_informed fails (145 s)',
  'K21 transfer you, purpose': 'older: the purpose lead-in with "transfer you" is transferNotice\'s alternative 0, which K21 does not touch: read as a transfer hold, clarify and keep_informed fail',
  'K21 to send you, no so': 'older: "To send you to the right person, can you tell me …?" (an infinitive of purpose, no "so I can") is outside K21: still a transfer hold, clarify and keep_informed fail',
  'K21 Spanish transfer': 'older: "para pasarle con la persona indicada" is no Spanish transferNotice shape ("le voy a pasar con …", "le paso con mi …"): handoff fails',
  'K21 handing you over': 'older: "I\'m handing you over now so …" (alternative 25 wants the sentence to end after "over"; alternative 30 wants "I / let me get you to") is no transfer notice: handoff fails and the 194 s is read as a wait on the patron',
  'K10 my mom said': 'older, and K10\'s NEED_K10: "help" in "my mom said you guys help with homework" counts as a word of a need',
  "K10 I'll come back": 'older, and K10\'s NEED_K10: "question" in "I\'ll come back when I have a question" counts as a word of a need',
  'K10 Spanish jaja': 'older, and K10 not reached in Spanish: "probando 1 2 3" is v31 pruebaI6, skipped (`continue`) before TEST_K10 can set `tested`, so "jaja si funciona" (no NO_ASK_N4 word) asks',
  'K10 Spanish listo': 'older, and K10 not reached: "prueba" is skipped as pruebaI6 before `tested` is set; even after it, NEED_K10\'s "que" ("ya vi que sí funciona") would count',
  'K10 Spanish after an English test': 'older, and K10\'s NEED_K10: after "test" (`tested` set), "ya vi que funciona, gracias" is read as asking by the Spanish "que" (a conjunction here, in most Spanish sentences)',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...purposeK21, ...realTransferK21, ...afterTestK10];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (new Set(all.map(key)).size !== all.length) throw new Error(`two cases share a name: ${all.map(key).filter((k, i, a) => a.indexOf(k) !== i).join(', ')}`);
if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');

describe('forty-fourth round, block K session flow checked (K21, K10)', () => {
  describeSessions('K21 a purpose lead-in', running(purposeK21));
  describeSessions('K21 real transfers like it', running(realTransferK21));
  describeSessions('K10 after a test message', running(afterTestK10));
  describeLeft('block K session flow', all.filter((c) => key(c) in LEFT_WHY));
});
