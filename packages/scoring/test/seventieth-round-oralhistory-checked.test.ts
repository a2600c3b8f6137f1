/**
 * Seventieth round, theme ORAL HISTORY PROJECTS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: interviewing grandparents and neighbours (a 90-year-old grandma from Sonora, a
 * grandfather from Michoacán in Spanish, a Topaz survivor, an aunt in Ghana over Zoom, a grandfather by landline), recording
 * equipment to borrow (a Zoom H4n kit, a lavalier or the Ideas Lab kit, the StoryCorps app), consent and release forms (coal
 * miners, Fresno farmworkers in Spanish, civil-rights narrators), transcribing (six hours of cassettes, two hours in Spanish
 * and Zapotec), digitizing (moldy cassettes, Yiddish reel-to-reel), depositing recordings (Western Reserve Historical
 * Society, Densho, a county Maryland Room, MDAH), the Veterans History Project (forms, a student's submission, finding a
 * grandfather's interview) and finding existing oral histories (Minneapolis grain mills, Worcester textile mills, Route 66
 * motels, Freedmen's Town, Providence jewelry workers, Milwaukee Polonia, Katrina and the Lower Ninth). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/oralhistory-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s (01); `pickedUpAt` exactly 60 s with the first line at 95 (02: pass); a 61 s pickup (03: fail);
 *   "Hey there! Marisol here, one of the librarians at …" (01); "Good morning, you've reached Desmond at …" (02); Spanish
 *   "¡Buenas tardes! Habla Rocío, bibliotecaria de …" (06) and "¡Hola! Le atiende Lucía, bibliotecaria de …" (25);
 *   bilingual "Hi! / ¡Hola! Soy Javier, bibliotecario de …" (07); "Welcome to Ask Skokie Library! I'm Yolanda." (16);
 *   chat-speak "hi hi! Zena from Nashville Public Library's chat 👋" (17); "Hi!" then "Haruki here at The Seattle Public
 *   Library" in the next line (21); an identification with no greeting word (23: fail); "Hey! Which part …" naming no one
 *   (27: fail); "Hi there! What can I help with?" naming no one (29: fail); no provider ever joined (20);
 *  inquiry: audio or video, branch, public use or family, cassettes or reels, Polish or English, paid or free Zoom, cell or
 *   landline, release forms signed, a specific mill asked only after the first source (09: fail); a restatement "So you've
 *   got roughly six hours of interviews on cassette and you're looking for a free way …" (04: pass);
 *  waits: a hold answered exactly 120 s later (04: pass) and one answered 121 s later (05: fail); holds at 96 and 200 (a
 *   partial result that says the search goes on) and the answer at 300 (10); "No rush, take your time!" then the patron back
 *   250 s later (12: waiting on the patron, pass); a transfer notice answered 90 s later by the receiver (14) and one answered
 *   121 s later (16: fail); a silent transfer, the receiver 100 s after the patron (15: pass);
 *  endings: a Lost Call with only a split greeting, "Hello — are you still on the chat?" at 135 and a disconnect notice that
 *   invites back at 215 (21: final idle 195 s, both pass); "Hello? Are you still with me?" and "Looks like the connection
 *   dropped, so I'm closing this chat now." with no goodbye (09: idle 219 s, both pass, courteous fails); a goodbye 119 s
 *   after the answer (23: idle na) and 120 s after it (24: idle fails); Spanish "¿Sigue ahí?" then "Parece que se
 *   desconectó. ¡Gracias …, hasta luego!" at exactly 180 s (25: check-in passes, the notice says nothing of ending: fails);
 *   a check-in and a goodbye 179 s after the answer (26: idle passes, disconnect na); "your time is up" then "Bye." (27:
 *   dismissal); "I have other patrons waiting right now, so please chat back in whenever you're ready" (28: allowed); the
 *   patron's "thats all i needed 💙" as the last line (30: courteous fails); goodbyes "Have a good one!", "talk soon!",
 *   "¡hasta pronto!", "bye 😊", "Thank you, and all the best with the interview.", "Come back anytime.";
 *  sources: folklife.si.edu, books (Doing Oral History, The Oral History Manual), catalogues, oralhistory.org, loc.gov/vets
 *   and its Field Kit, StoryCorps, otranscribe.com, collections.mnhs.org, rmoa.unm.edu, houstonoralhistory.org,
 *   arsc-audio.org, densho.org, support.zoom.com, baylor.edu/oralhistory, hurricanearchive.org; none (29: fail);
 *  referrals: Fresno State's Special Collections by phone, in Spanish (07: pass); "get in touch with the Western Reserve
 *   Historical Society" with no contact (08: fail); MDAH's Archives and Library Division by phone and URL (28); the
 *   library's own Louisiana Division by phone (30); the VHP staff and a special collections librarian consulted on the
 *   patron's behalf (11, 12: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 50 h (10: pass); FU_ME, e-mail read back and no
 *   time, done 72 h + 1 s after the end (11: contact and on_time fail); a promise to call back with the phone read back and
 *   "by tomorrow afternoon", coded Answered (12: code fails, on_time pending); FU_LIB with the e-mail only in the patron
 *   fields, "by Monday", done exactly 72 h after the end (13: code passes, contact fails, on_time passes);
 *  codes: a true Lost Call (21); Lost Call after three patron lines (22); "" (18); null with no provider (20); Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (14: pass); a silent one (15: fail); a notice and no
 *   internal note (16: fail);
 *  concurrency: three others open through the session, four at once (17: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Ignatius, reference librarian, Milwaukee Public Library." identifies but greets no one (no hello, hi, welcome or thanks):
 *   the greeting needs both parts (23: fail);
 * - "Have a good one!" says goodbye (29); "Thank you, and all the best with the interview." thanks the patron (18);
 * - Spanish is read by the same rules: "¿Esto responde completamente a su pregunta?" and "¿Le sirve esta información?" ask
 *   whether what was given meets the need; "es todo lo que necesitaba" and "eso es todo" say explicitly that the patron is
 *   done; "¿Sigue ahí?" asks whether the patron is still there; "Parece que se desconectó." says the patron seems to have
 *   disconnected but not that the session will end (25: disconnect fails);
 * - "within `followUpHours`" includes the 72nd hour: a follow-up done exactly 72 h after `endedAt` is on time (13), one
 *   second later is not (11);
 * - "please chat back in whenever you're ready and we can go through transcription and uploading then" invites the patron
 *   back; it promises to send or find nothing later, so 28 is not a follow-up session;
 * - "I'll ask the VHP staff …" and "I'll check with our special collections librarian" consult staff on the patron's behalf:
 *   no referral (11, 12); "someone from your library will contact you" makes 13 a follow-up session, not a referral;
 * - "Call them at 504-555-0112" about the provider's own library's Louisiana Division tells the patron to contact a
 *   department of the provider's own library: a referral with a phone (30);
 * - "get in touch with the Western Reserve Historical Society" tells the patron to contact an organisation (08: no contact,
 *   fail);
 * - the transfer notice "I'm going to transfer you to Arthur …" is a hold: its span runs to Arthur's first line (16: 121 s),
 *   and, being a transfer of the chat to another provider, not a referral (16: na);
 * - telling the patron how to deal with the narrator they are interviewing ("Ask her permission on the recording itself",
 *   24; "call him on speaker … and record on a second device", 29) sends the patron to no agency, library, department,
 *   office or named specialist: no referral (na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (all three on referral.contact, expected na, got fail). Label corrections: 0
 * (each of the three reread against RUBRIC's Terms, Referral; each label stands).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 16: the transfer notice "I'm going to transfer you to Arthur in our Digital Media Lab" read as a
 *    referral with no contact (fail; RUBRIC na: "A transfer of the chat to another provider is not a referral");
 *  - referral.contact, case 24: "Ask her permission on the recording itself, too." (the interviewee) read as a referral with
 *    no contact (fail; RUBRIC na: no agency, library, department, office or named specialist);
 *  - referral.contact, case 29: "call him on speaker from a quiet room and record …" (the interviewee, as the way to record)
 *    read as a referral with no contact (fail; RUBRIC na, as 24).
 * Every timing check (pickup at 22 s, 61 s and `pickedUpAt` exactly 60 s, no provider; keep_informed at exactly 120 and
 * 121 s, across holds, a partial-result hold, "take your time", three transfers; final idles of 119, 120, 179, 180, 195
 * and 219 s; concurrency at four and at touching ends; on_time done at 50 h, exactly 72 h and 72 h + 1 s after the end,
 * pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (patron e-mails typed and read back, a patron phone read back, an e-mail only in the patron fields, library phones).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running, 3 through describeLeft); `npx tsc -p
 * tsconfig.json --noEmit` clean for this file.
 * RUBRIC v63 (block AC, made after this file from its LEFT cases among others): cases 16 (AC11: "… transfer you to Arthur …; he'll
 *   know what our equipment can handle"), 24 (AC10: "Ask her permission on the recording itself, too.", the patron's aunt) and 29
 *   (AC10: "call him on speaker …", the patron's grandfather) now score as labelled and run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-oh', name: 'Marisol', library: 'PCPL-AZ' };
const DESMOND: Prov = { id: 'desmond-oh', name: 'Desmond', library: 'SGCL' };
const HOLLIS: Prov = { id: 'hollis-oh', name: 'Hollis', library: 'LFPL' };
const TEODORA: Prov = { id: 'teodora-oh', name: 'Teodora', library: 'MCL' };
const GRETA: Prov = { id: 'greta-oh', name: 'Greta', library: 'KDL' };
const ROCIO: Prov = { id: 'rocio-oh', name: 'Rocío', library: 'SAPL' };
const JAVIER: Prov = { id: 'javier-oh', name: 'Javier', library: 'FCPL-CA' };
const PIPPA: Prov = { id: 'pippa-oh', name: 'Pippa', library: 'CPL-OH' };
const QUENTIN: Prov = { id: 'quentin-oh', name: 'Quentin', library: 'HCL' };
const NADIA: Prov = { id: 'nadia-oh', name: 'Nadia', library: 'WPL-MA' };
const OSWALDO: Prov = { id: 'oswaldo-oh', name: 'Oswaldo', library: 'ABCL' };
const CURTIS: Prov = { id: 'curtis-oh', name: 'Curtis', library: 'BCPL' };
const FARIDA: Prov = { id: 'farida-oh', name: 'Farida', library: 'AUN' };
const LEVI: Prov = { id: 'levi-oh', name: 'Levi', library: 'AUN' };
const SUNITA: Prov = { id: 'sunita-oh', name: 'Sunita', library: 'AUN' };
const WENDELL: Prov = { id: 'wendell-oh', name: 'Wendell', library: 'HPL' };
const IMOGEN: Prov = { id: 'imogen-oh', name: 'Imogen', library: 'HPL' };
const YOLANDA: Prov = { id: 'yolanda-oh', name: 'Yolanda', library: 'SKPL' };
const ARTHUR: Prov = { id: 'arthur-oh', name: 'Arthur', library: 'SKPL' };
const ZENA: Prov = { id: 'zena-oh', name: 'zena_npl', library: 'NPL' };
const ELLIOT: Prov = { id: 'elliot-oh', name: 'Elliot', library: 'SLCL' };
const TRAINEE: Prov = { id: 'trainee-oh', name: 'Training 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-oh', name: 'Queue', library: 'LAPL' };
const HARUKI: Prov = { id: 'haruki-oh', name: 'Haruki', library: 'SPL' };
const MAEVE: Prov = { id: 'maeve-oh', name: 'Maeve', library: 'PPL-RI' };
const IGNATIUS: Prov = { id: 'ignatius-oh', name: 'Ignatius', library: 'MPL' };
const CORDELIA: Prov = { id: 'cordelia-oh', name: 'Cordelia', library: 'RL-SC' };
const LUCIA: Prov = { id: 'lucia-oh', name: 'Lucía', library: 'LAPL' };
const AUGUSTINE: Prov = { id: 'augustine-oh', name: 'Augustine', library: 'DPL' };
const GRIFFIN: Prov = { id: 'griffin-oh', name: 'Griffin', library: 'PCL-FL' };
const ROSALIND: Prov = { id: 'rosalind-oh', name: 'Rosalind', library: 'JHLS' };
const DESK: Prov = { id: 'desk-oh', name: 'AskUs Desk', library: 'CCL' };
const SOLANGE: Prov = { id: 'solange-oh', name: 'Solange', library: 'NOPL' };

const s = session;

export const ORALHISTORY: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 grandma turning 90, questions to ask: "Hey there! Marisol here", audio or video asked, Smithsonian guide + Ritchie, "thats everything"', [
    [0, 'p', 'hi!! my grandma is turning 90 and i want to interview her about growing up in sonora before she forgets stuff. where do i even start 😅'],
    [22, 'l', 'Hey there! Marisol here, one of the librarians at Pima County Public Library.'],
    [28, 'l', 'What a lovely project. Are you planning to record audio, video, or just take notes?'],
    [75, 'p', 'audio on my phone probably'],
    [82, 'l', "Two good starting points: the Smithsonian's Folklife and Oral History Interviewing Guide (a free PDF at folklife.si.edu/resources) has sample questions by stage of life, and our catalog has Donald Ritchie's book Doing Oral History if you want more depth."],
    [88, 'l', 'Did that cover what you needed?'],
    [140, 'p', 'yes!! thats everything, ty so much'],
    [146, 'l', 'Enjoy the conversations with your grandma, and thanks for stopping by the chat!'],
  ], usual()),

  // 02 pickedUpAt exactly 60 s
  s(DESMOND, '02 borrowing a recorder for an uncle\'s shoe-factory stories: pickedUpAt exactly 60 s, first line at 95, catalog hold on a Zoom H4n', [
    [0, 'p', 'Does the library lend out audio recorders? Want to record my uncle talking about his time at the shoe factory'],
    [95, 'l', "Good morning, you've reached Desmond at the Springfield-Greene County Library."],
    [101, 'l', 'Which branch is easiest for you to get to? The equipment kits are kept at specific locations.'],
    [150, 'p', 'the library center on campbell'],
    [157, 'l', "The Library Center has two Zoom H4n kits in its Library of Things. Search 'Zoom H4n' in our catalog at thelibrary.org and place a hold; the loan period is 14 days."],
    [163, 'l', 'Does that get you what you need?'],
    [200, 'p', 'perfect thx'],
    [205, 'l', 'Anything else I can help with?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Great, have fun recording. Bye!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 03 pickup at 61 s
  s(HOLLIS, '03 releases for retired coal miners: 61 s pickup, archive or family asked, OHA best practices + The Oral History Manual', [
    [0, 'p', 'im doing interviews with retired coal miners for a community project, do I need them to sign something?'],
    [61, 'l', 'Hi, thanks for waiting! This is Hollis, a reference librarian at Louisville Free Public Library.'],
    [67, 'l', 'Will the recordings be shared publicly or given to an archive afterward, or kept in the family?'],
    [120, 'p', 'probably give them to the historical society eventually'],
    [126, 'l', "Then you'll want a signed release (often called a deed of gift) from each narrator. The Oral History Association's Principles and Best Practices at oralhistory.org explain what a release should cover, and The Oral History Manual by Barbara Sommer and Mary Kay Quinlan has sample forms in its appendix."],
    [132, 'l', 'Is that what you were after?'],
    [185, 'p', 'yes that is all i needed thanks'],
    [190, 'l', 'Goodbye, and good luck with the interviews!'],
  ], usual({ pickup: 'fail' })),

  // 04 restatement; a hold answered exactly 120 s later
  s(TEODORA, '04 six hours of cassettes to transcribe for free: restated, "one moment" answered exactly 120 s later, converter + oTranscribe', [
    [0, 'p', 'i have like 6 hours of cassette tapes of my dad interviewing his army buddies. need to turn them into text but cant afford a service'],
    [18, 'l', "Hello! Teodora with Multnomah County Library's Ask a Librarian."],
    [24, 'l', "So you've got roughly six hours of interviews on cassette and you're looking for a free way to get them transcribed."],
    [60, 'p', 'yep. and they arent digital yet'],
    [66, 'l', 'Let me pull together a couple of options for you, one moment.'],
    [186, 'l', "Thanks for hanging on. Step one is digitizing: our Library of Things lends a cassette-to-USB converter (search 'cassette converter' in the catalog at multcolib.org). Then oTranscribe (otranscribe.com) is free and lets you slow the audio down while you type."],
    [192, 'l', 'Will that work for you?'],
    [240, 'p', 'oh nice yes'],
    [245, 'l', 'Anything else on the project?'],
    [270, 'p', 'no thats it for now'],
    [275, 'l', 'Happy transcribing, and thanks for chatting with us!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(GRETA, '05 a Korea and Vietnam veteran for the Veterans History Project: "just a moment" answered 121 s later, the VHP Field Kit', [
    [0, 'p', 'My grandfather served in Korea and Vietnam. Hows the veterans history project work, can we submit his interview?'],
    [25, 'l', "Good afternoon! I'm Greta, a librarian at Kent District Library. Thanks for contacting us."],
    [31, 'l', 'Has the interview already been recorded, or are you still planning it?'],
    [80, 'p', 'still planning'],
    [86, 'l', 'Let me check the current submission requirements, just a moment.'],
    [207, 'l', "Okay, found it. The Library of Congress Veterans History Project accepts interviews of 30 minutes or more; their Field Kit (loc.gov/vets, under 'Participate') has the Veteran's Release Form, the Biographical Data Form, interview tips and the step-by-step submission instructions."],
    [213, 'l', 'Does this completely answer your question?'],
    [260, 'p', 'yes thanks so much'],
    [265, 'l', 'Anything else today?'],
    [280, 'p', 'no'],
    [284, 'l', 'Thank you for honoring his service. Goodbye!'],
  ], usual({ informed: 'fail' })),

  // 06 Spanish throughout
  s(ROCIO, '06 entrevistar al abuelo que llegó de Michoacán (Spanish): "Habla Rocío, bibliotecaria", StoryCorps en español, "es todo lo que necesitaba"', [
    [0, 'p', 'hola, quiero entrevistar a mi abuelo sobre cuando llegó de Michoacán en los 60s. qué preguntas le hago?'],
    [20, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [27, 'l', '¿La entrevista será en español? ¿Y la va a grabar en audio o en video?'],
    [80, 'p', 'en español, video con mi cel'],
    [87, 'l', 'StoryCorps tiene una lista de preguntas, también en español, en storycorps.org/participate/great-questions. Para el video, busque un cuarto sin ruido y haga una prueba de sonido antes de empezar.'],
    [93, 'l', '¿Esto responde completamente a su pregunta?'],
    [140, 'p', 'si!! es todo lo que necesitaba, mil gracias'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, y que disfrute la plática con su abuelo.'],
  ], usual()),

  // 07 partly Spanish; a referral by phone
  s(JAVIER, '07 formulario de consentimiento for Fresno farmworkers (partly Spanish): "llame a Special Collections … al 559-555-0172", "eso es todo"', [
    [0, 'p', 'hi, hago un proyecto de historia oral con trabajadores del campo en Fresno. necesito un consent form en español, existe?'],
    [28, 'l', 'Hi! / ¡Hola! Soy Javier, bibliotecario de Fresno County Public Library.'],
    [34, 'l', '¿Los testimonios se van a quedar con ustedes, o piensan donarlos a un archivo?'],
    [90, 'p', 'queremos donarlos a la universidad cuando terminemos'],
    [97, 'l', 'Entonces lo mejor es usar el formulario del archivo que los va a recibir: llame a Special Collections de la Henry Madden Library en Fresno State al 559-555-0172, tienen un formulario de cesión bilingüe. Mientras tanto, los Principles and Best Practices de la Oral History Association (oralhistory.org) explican qué debe incluir.'],
    [103, 'l', '¿Le sirve?'],
    [150, 'p', 'si gracias!!'],
    [156, 'l', '¡De nada! ¿Algo más en que le pueda ayudar?'],
    [190, 'p', 'no, eso es todo'],
    [195, 'l', 'Perfecto. Thanks for chatting — ¡hasta pronto!'],
  ], usual({ referral: 'pass' })),

  // 08 a referral with no contact
  s(PIPPA, '08 forty moldy neighborhood cassettes 📼: LoC care page, "get in touch with the Western Reserve Historical Society" (no contact)', [
    [0, 'p', 'my mom recorded like 40 interviews w/ people from our neighborhood in the 80s 📼📼 where should they go so theyre preserved??'],
    [35, 'l', 'Hi, Pippa at Cleveland Public Library here. What a treasure!'],
    [41, 'l', 'What shape are they in: cassettes, reel-to-reel, or already digitized?'],
    [95, 'p', 'cassettes, some kinda moldy 😬'],
    [102, 'l', "Don't play the moldy ones, that can ruin both the tape and the player. The Library of Congress page 'Care, Handling and Storage of Audio Visual Materials' at loc.gov/preservation covers storage in the meantime. For a permanent home, get in touch with the Western Reserve Historical Society; they collect Cleveland neighborhood history and handle deeds of gift."],
    [108, 'l', 'Does that help?'],
    [160, 'p', 'yes ok ill look into it'],
    [165, 'l', 'Anything else I can do for you?'],
    [190, 'p', 'nah'],
    [194, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 09 the question after the first source; check-in and notice, no goodbye
  s(QUENTIN, '09 Minneapolis grain-mill interviews: MNHS given before "a specific mill?", "Are you still with me?", "connection dropped … closing this chat now"', [
    [0, 'p', 'are there any recorded interviews with people who worked at the old grain mills in minneapolis'],
    [16, 'l', 'Hello, Quentin at Hennepin County Library here.'],
    [22, 'l', "The Minnesota Historical Society's oral history collection is searchable at collections.mnhs.org; try 'flour milling' as a keyword."],
    [28, 'l', 'Are you looking for a specific mill or a specific person?'],
    [80, 'p', 'washburn A mill mostly'],
    [86, 'l', "Then the Mill City Museum oral history interviews are in that same MNHS collection, many with transcripts. Search 'Washburn' there."],
    [92, 'l', 'Did that turn up what you wanted?'],
    [222, 'l', 'Hello? Are you still with me?'],
    [300, 'l', "Looks like the connection dropped, so I'm closing this chat now."],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 follow-up by me, e-mail read back, "by Thursday", done in 50 h
  s(NADIA, '10 1976 Whittall Mills interviews (follow-up by me): holds at 96/200 (partial result), e-mail read back, "by Thursday", done in 50 h', [
    [0, 'p', 'Hi, I heard the library did an oral history project with textile mill workers in the 1970s. Is my great uncle Armand Gagnon in it?'],
    [30, 'l', 'Good afternoon! This is Nadia, a librarian at Worcester Public Library.'],
    [36, 'l', 'Do you know roughly which mill he worked at, or which years?'],
    [90, 'p', 'Whittall Mills i think, 1930s-1950s'],
    [96, 'l', "Let me look at what's indexed, bear with me."],
    [200, 'l', "Still searching: the 1976 project has a name index in our Worcester Room guide, I'm checking the G's now."],
    [300, 'l', "He's listed! Interview 23, 'Armand Gagnon, Whittall Mills'. It's on cassette only, not digitized, and the Worcester Room is closed today, so I'll need to check whether a transcript exists. Can I e-mail you once I know?"],
    [360, 'p', 'yes!! its claire.gagnon@example.com'],
    [366, 'l', "Thanks. Just to confirm, that's claire.gagnon@example.com? I'll e-mail you by Thursday."],
    [400, 'p', 'yes correct. thank you!!'],
    [406, 'l', "In the meantime, the guide I mentioned is the 'Worcester Room Oral History Collections' page at mywpl.org/worcester-room. Is that helpful for now?"],
    [450, 'p', 'yes, thats all i need'],
    [455, 'l', 'Wonderful. Thanks for reaching out, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 follow-up by me, e-mail read back, no time; done 72 h + 1 s after the end
  s(OSWALDO, '11 Route 66 motel interviews for a podcast (follow-up by me): e-mail read back, "I\'ll send it along" with no time, done 72 h + 1 s after the end', [
    [0, 'p', 'looking for interviews with people who ran motels on route 66 in new mexico, for a podcast'],
    [24, 'l', "Hi, I'm Oswaldo with the Albuquerque & Bernalillo County Library's Ask a Librarian service."],
    [30, 'l', 'Do you need audio you can use on air, or are transcripts fine for research?'],
    [85, 'p', 'audio ideally, need permission to use it too'],
    [92, 'l', "UNM's Center for Southwest Research has Route 66 interviews; their finding aids are on the Rocky Mountain Online Archive (rmoa.unm.edu). Permission for broadcast use is a separate question, so I'll check with our special collections librarian and e-mail you what she says. What address should I use?"],
    [150, 'p', 'podcast.mesa@example.org'],
    [156, 'l', "Got it: podcast.mesa@example.org. I'll send it along."],
    [160, 'l', 'Does the RMOA link get you started?'],
    [200, 'p', 'yep thx'],
    [205, 'l', 'Anything else?'],
    [220, 'p', 'no thats it'],
    [225, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(230 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 12 "take your time"; a promise to call back, phone read back, coded Answered
  s(CURTIS, '12 a grandfather\'s VHP interview: "No rush, take your time!" (250 s away), call back "by tomorrow afternoon", phone read back, coded Answered', [
    [0, 'p', 'hi my grandpa did an interview for the veterans history project years ago, how do i find it?'],
    [19, 'l', "Hello! You've reached Curtis, a librarian at Baltimore County Public Library."],
    [25, 'l', 'What was his full name, and which branch of the service was he in?'],
    [70, 'p', 'hold on let me find his discharge papers for the exact spelling'],
    [76, 'l', 'No rush, take your time!'],
    [326, 'p', 'ok back. Walter J. Szymanski, Navy, WWII'],
    [333, 'l', "Thanks. I'm searching the VHP's online collection now, one moment."],
    [410, 'l', "He isn't in the online search at loc.gov/vets, which only lists collections that have been processed. I'll ask the VHP staff about unprocessed collections and call you back with what they say by tomorrow afternoon. What's a good number?"],
    [460, 'p', '410-555-0199'],
    [466, 'l', "So that's 410-555-0199. Talk to you tomorrow afternoon."],
    [470, 'l', 'Does that answer your question for now?'],
    [500, 'p', 'yes great thank you'],
    [505, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 follow-up by the patron's library, e-mail only in the patron fields; done exactly 72 h after the end
  s(FARIDA, '13 Thurmont dairy-farm interviews for the Maryland Room (follow-up by patron\'s library): e-mail never in the chat, "by Monday", done exactly 72 h after the end', [
    [0, 'p', 'We recorded interviews with my grandparents about their dairy farm near Thurmont. Would the library want copies?'],
    [40, 'l', 'Hi, this is Farida with the AskUsNow! statewide chat team.'],
    [46, 'l', 'Which county library do you use?'],
    [90, 'p', 'frederick county'],
    [96, 'l', "Frederick County Public Libraries' Maryland Room collects local family and farm history; their page at fcpl.org/maryland-room describes what they take. I'll pass your question to their staff, and someone from your library will contact you by Monday about donating copies."],
    [102, 'l', 'Is that the kind of answer you were hoping for?'],
    [150, 'p', 'yes, perfect'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thank you'],
    [175, 'l', 'Thanks for using AskUsNow!, have a good evening.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'm.keller@example.net', phone: null }, followUps: [{ doneAt: at(180 + 72 * HOUR) }],
  }, { now: T0 + 4 * DAY }),

  // 14 an announced transfer with a note that says why
  s(LEVI, '14 a student\'s VHP submission of a Vietnam vet: transfer notice + internal note why, Sunita answers 90 s after the notice with the Field Kit', [
    [0, 'p', 'doing a school project interviewing a vietnam vet from my church. teacher says we need the veterans history project forms??'],
    [22, 'l', 'Hi there! Levi here, a librarian on the Ask Us Now chat.'],
    [28, 'l', 'Is the interview going to be submitted to the Library of Congress, or is it just for class?'],
    [74, 'p', 'teacher wants us to submit it'],
    [80, 'l', "Good to know. I'm handing you to Sunita, our government documents specialist, who has walked lots of students through VHP submissions. Hang tight for a moment."],
    [83, 'i', 'Sunita, student submitting a VHP interview of a Vietnam vet, needs the forms + rules for minors. Can you take it?'],
    xfer(86, 'Sunita', 'sunita-oh'),
    [170, 'l', "Hi! I'm Sunita. Everything you need is in the VHP Field Kit at loc.gov/vets (Participate > Field Kit): the Veteran's Release Form, the Interviewer's Release Form and the Biographical Data Form. If you're under 18, a parent or guardian signs your interviewer release too.", as(SUNITA)],
    [176, 'l', 'Does that answer your question?', as(SUNITA)],
    [230, 'p', 'yes thank u!'],
    [236, 'l', 'Anything else I can help you with?', as(SUNITA)],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Great, thanks for chatting and good luck on the project!', as(SUNITA)],
  ], usual({ transfer: 'pass' })),

  // 15 a silent transfer, the receiver 100 s after the patron
  s(WENDELL, '15 Freedmen\'s Town interviews for a paper: silent transfer (no note, no notice), Imogen 100 s after the patron, houstonoralhistory.org', [
    [0, 'p', 'are there oral histories from freedmens town residents? for my history class paper'],
    [18, 'l', 'Good evening, Wendell at Houston Public Library here.'],
    [24, 'l', "What's the paper's focus: a time period, or a topic like churches or housing?"],
    [70, 'p', '1940s-60s mostly everyday life'],
    xfer(75, 'Imogen', 'imogen-oh'),
    [170, 'l', "Hi, I'm Imogen with HPL's Houston Metropolitan Research Center. Our Houston Oral History Project has Freedmen's Town interviews with transcripts, searchable at houstonoralhistory.org; you can filter by decade.", as(IMOGEN)],
    [176, 'l', 'Did that help?', as(IMOGEN)],
    [215, 'p', 'yes this is perfect thanks'],
    [220, 'l', "You're welcome, goodbye!", as(IMOGEN)],
  ], usual({ anything: 'fail', transfer: 'fail' })),

  // 16 an announced transfer, no note; the receiver 121 s after the notice
  s(YOLANDA, '16 Yiddish stories on reel-to-reel: "I\'m going to transfer you to Arthur", no internal note, Arthur 121 s after the notice, arsc-audio.org', [
    [0, 'p', 'Do you digitize old reel to reel tapes? They have my great grandfather telling stories in Yiddish'],
    [27, 'l', "Welcome to Ask Skokie Library! I'm Yolanda."],
    [33, 'l', 'Roughly how many reels, and do you know the size (5-inch, 7-inch)?'],
    [90, 'p', '3 reels, 7 inch i think'],
    [96, 'l', "I'm going to transfer you to Arthur in our Digital Media Lab; he'll know what our equipment can handle."],
    xfer(100, 'Arthur', 'arthur-oh'),
    [217, 'l', "Hey, Arthur from the Digital Media Lab. We don't have a reel-to-reel deck, sadly. The Association for Recorded Sound Collections keeps a list of audio transfer vendors at arsc-audio.org; look for ones that list 1/4-inch open reel.", as(ARTHUR)],
    [223, 'l', 'Does that help?', as(ARTHUR)],
    [260, 'p', 'yes, thats all i needed'],
    [266, 'l', 'Take care, and thanks for contacting the library!', as(ARTHUR)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 four at once
  s(ZENA, '17 storycorps at home w granny (chat-speak): three other chats open through this one (four at once)', [
    [0, 'p', 'heyyy does nashville library have like a storycorps thing where u can record w ur grandparents'],
    [14, 'l', "hi hi! Zena from Nashville Public Library's chat 👋"],
    [19, 'l', 'r u thinking in-person recording at a library, or something u do at home?'],
    [45, 'p', 'at home prob, my granny doesnt drive'],
    [51, 'l', "ok then the StoryCorps app is ur friend (storycorps.org/participate/storycorps-app), free, records right on ur phone. our Special Collections also has a tip sheet 'Recording Family Stories' at library.nashville.org/special-collections"],
    [56, 'l', 'that what u were looking for?'],
    [80, 'p', 'yesss thx 🙏'],
    [84, 'l', 'np! anything else?'],
    [95, 'p', 'nope thats it'],
    [99, 'l', 'have fun w granny! bye 😊'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zena-oh', -200, 500), other('z2', 'zena-oh', 30, 400), other('z3', 'zena-oh', 60, 300)],
  }),

  // 18 three at most, touching ends; code ""
  s(ELLIOT, '18 a Topaz survivor next door: Densho + The Oral History Manual, others touching both ends (three at most), code ""', [
    [0, 'p', 'Im interviewing my neighbor who was at Topaz as a kid. any guidance on asking about hard memories?'],
    [20, 'l', "Hello, and thanks for reaching out. I'm Elliot, a librarian at Salt Lake County Library."],
    [26, 'l', 'Is this for a family record, or will it be shared with a museum or school?'],
    [70, 'p', 'Topaz Museum might want it'],
    [76, 'l', "Densho's archive at densho.org has hundreds of interviews with Topaz survivors you can listen to for approach and tone, and The Oral History Manual (Sommer & Quinlan, in our catalog) has a chapter on sensitive topics."],
    [82, 'l', 'Is that helpful?'],
    [120, 'p', 'very. thank you, that is everything'],
    [125, 'l', 'Thank you, and all the best with the interview.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [other('e1', 'elliot-oh', -400, 0), other('e2', 'elliot-oh', -100, 80), other('e3', 'elliot-oh', 50, 600), other('e4', 'elliot-oh', 130, 700)],
  }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (consent form script): coded Practice, every check na', [
    [0, 'p', 'testing: oral history consent form q'],
    [6, 'l', 'test reply - hi from the training account'],
    [14, 'l', 'Release form samples: oralhistory.org. Anything else?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined (Spanish)
  s(NOBODY, '20 ¿prestan grabadoras? (Spanish): no provider ever joined, "hola??", patron left, code null', [
    [0, 'p', 'buenas, ¿prestan grabadoras para hacer entrevistas?'],
    [2, 's', 'Todos nuestros bibliotecarios están ocupados. Por favor espere.'],
    [150, 'p', 'hola??'],
    left(270),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 a true Lost Call
  s(HARUKI, '21 grandma\'s interview into Densho (Lost Call): "Hi!" + "Haruki here …", "are you still on the chat?" at 135, notice + invitation back at 215', [
    [0, 'p', 'how do i get my grandmas interview into the densho archive'],
    [20, 'l', 'Hi!'],
    [24, 'l', 'Haruki here at The Seattle Public Library. What can I help you with?'],
    [135, 'l', 'Hello — are you still on the chat?'],
    [215, 'l', "It looks like you've been disconnected, so I'll close this chat. Feel free to come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after three patron lines
  s(MAEVE, '22 Providence jewelry-industry interviews: coded Lost Call after three patron lines, "ok", patron left, goodbye after', [
    [0, 'p', 'is there a list of oral histories about the jewelry industry in providence'],
    [25, 'l', "Hi! Maeve from Providence Public Library's Ask a Librarian."],
    [31, 'l', 'Are you after audio or transcripts, or either?'],
    [60, 'p', 'either'],
    [66, 'l', "The Rhode Island Historical Society's library catalog (rihs.org, search 'jewelry oral history') lists their interviews, and our own Special Collections finding aids are at provlib.org/research-collections."],
    [72, 'l', 'Do those give you somewhere to start?'],
    [90, 'p', 'ok'],
    left(95),
    [110, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 identification without a greeting; a goodbye 119 s after the answer
  s(IGNATIUS, '23 Milwaukee Polonia interviews: "Ignatius, reference librarian, …" with no greeting word, goodbye 119 s after the answer (idle na)', [
    [0, 'p', 'are there any interviews with polish immigrants from milwaukee south side? 1910s-1920s arrivals'],
    [21, 'l', 'Ignatius, reference librarian, Milwaukee Public Library.'],
    [27, 'l', 'Would interviews recorded in Polish work for you, or only English?'],
    [70, 'p', 'english pls'],
    [76, 'l', "UWM Libraries' Archives has oral histories from the South Side Polish community; the finding aids are searchable at uwm.edu/libraries (Archives > Finding Aids, keyword 'Polish oral history')."],
    [82, 'l', 'Did that help?'],
    [195, 'l', 'Thanks for chatting, and good luck with the research!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 24 a goodbye exactly 120 s after the answer, no check-in
  s(CORDELIA, '24 recording a Zoom call with an aunt in Ghana: Zoom help article, goodbye exactly 120 s after the answer with no check-in', [
    [0, 'p', 'can I record a zoom call with my aunt in Ghana for a family oral history? whats the best way'],
    [17, 'l', "Hello! Cordelia with Richland Library's Ask Us service."],
    [23, 'l', 'Do you have a paid Zoom account, or the free one?'],
    [66, 'p', 'free one'],
    [72, 'l', "Free accounts can record to your computer (not the cloud). Zoom's help article 'Enabling and starting local recordings' at support.zoom.com walks through it; turn on 'Record a separate audio file for each participant' for cleaner sound. Ask her permission on the recording itself, too."],
    [78, 'l', 'Is that what you needed?'],
    [192, 'l', 'Thanks so much for chatting with us, bye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 Spanish: check-in, a notice that does not say the chat will end, at exactly 180 s
  s(LUCIA, '25 transcribir dos horas en español y zapoteco (Spanish): oTranscribe, "¿Sigue ahí?", "Parece que se desconectó … hasta luego" at exactly 180 s', [
    [0, 'p', 'hola, grabé a mi tía contando de su pueblo en Oaxaca, como la transcribo? son 2 horas'],
    [24, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [30, 'l', '¿La grabación está en español, o también en alguna lengua indígena?'],
    [85, 'p', 'español y unas partes en zapoteco'],
    [92, 'l', 'Para el español puede usar oTranscribe (otranscribe.com), que es gratis y le deja bajar la velocidad del audio. Para las partes en zapoteco, anote las marcas de tiempo y transcríbalas aparte.'],
    [98, 'l', '¿Le sirve esta información?'],
    [225, 'l', '¿Sigue ahí?'],
    [272, 'l', 'Parece que se desconectó. ¡Gracias por escribirnos, hasta luego!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 a check-in and a goodbye 179 s after the answer
  s(AUGUSTINE, '26 a $100 mic for grandpa: Ideas Lab kit + Baylor manual, "Anything else …?", "Are you still there?", goodbye 179 s after the answer', [
    [0, 'p', 'what kind of mic should I get to interview my grandpa? budget like $100'],
    [16, 'l', 'Hi! Augustine at Denver Public Library here.'],
    [22, 'l', 'Will you be recording in his home, face to face, or over the phone?'],
    [60, 'p', 'at his house'],
    [66, 'l', "A pair of lavalier mics that plug into your phone is the usual pick in that range. Our Ideas Lab also lends a Zoom H5 recorder kit (search 'audio recorder kit' in the catalog at denverlibrary.org), and the Baylor Institute for Oral History's Introduction to Oral History manual, free at baylor.edu/oralhistory, has a section on equipment."],
    [72, 'l', 'Does that help you decide?'],
    [78, 'l', 'Anything else I can look up for you?'],
    [191, 'l', 'Are you still there?'],
    [245, 'l', 'Thanks for chatting! Come back anytime.'],
  ], usual({ idle: 'pass' })),

  // 27 "your time is up"
  s(GRIFFIN, '27 a whole town project at once: "Hey! Which part …" naming no one, "your time is up" then "Bye."', [
    [0, 'p', 'ok so i need help w my oral history project on my town, like transcription, consent forms, equipment, and where to put them after'],
    [28, 'l', 'Hey! Which part do you want to start with?'],
    [70, 'p', 'consent forms'],
    [76, 'l', "The Oral History Association's sample release forms are linked from oralhistory.org (Resources > Archiving). Does that help?"],
    [120, 'p', 'yes. now transcription? and the equipment? and also who would archive it?'],
    [128, 'l', "Sorry, we're only able to give each chat a few minutes and your time is up."],
    [132, 'l', 'Bye.'],
    [150, 'p', 'wow ok'],
  ], usual({ greeting: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 28 other patrons waiting, a way back; MDAH by phone
  s(ROSALIND, '28 five civil-rights interviews in Jackson: MDAH by phone and URL, "I have other patrons waiting right now, so please chat back in …"', [
    [0, 'p', 'I interviewed 5 people about the 1960s civil rights movement in Jackson. where could they be archived? also can u help me with transcripts and getting them on youtube'],
    [30, 'l', 'Hello and welcome to Ask Jackson/Hinds Library! My name is Rosalind.'],
    [36, 'l', 'Did the people you interviewed sign release forms?'],
    [90, 'p', 'yes all of them'],
    [96, 'l', 'Good. Then the Mississippi Department of Archives and History would be a strong home for them. Call their Archives and Library Division at 601-555-0136 (mdah.ms.gov) to ask about donating; they already hold a civil rights oral history collection.'],
    [102, 'l', 'Does that cover the archive question?'],
    [150, 'p', 'yes! and the transcripts and youtube?'],
    [158, 'l', "Those deserve their own chat. I have other patrons waiting right now, so please chat back in whenever you're ready and we can go through transcription and uploading then."],
    [200, 'p', 'ok fair, thank u'],
    [205, 'l', "Thank you for the important work you're doing. Goodbye!"],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 29 greets but names no one; no source
  s(DESK, '29 recording grandpa on a landline: "Hi there! What can I help with?" under "AskUs Desk", advice with no source, "Have a good one!"', [
    [0, 'p', 'whats the easiest way to record a phone interview w my grandfather? he lives in another state'],
    [15, 'l', 'Hi there! What can I help with?'],
    [22, 'l', 'Is he on a cell phone or a landline?'],
    [55, 'p', 'landline'],
    [61, 'l', 'The simplest way is to call him on speaker from a quiet room and record on a second device placed next to the phone. Do a short test first and listen back.'],
    [67, 'l', 'Did that help?'],
    [110, 'p', 'yes makes sense'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no thanks'],
    [135, 'l', 'Have a good one!'],
  ], usual({ greeting: 'fail', source: 'fail' })),

  // 30 the patron has the last word; the library's own division by phone
  s(SOLANGE, '30 Katrina interviews from the Lower Ninth: hurricanearchive.org, "Call them at 504-555-0112" (own Louisiana Division), patron "thats all i needed 💙" last', [
    [0, 'p', 'where can I find recorded interviews with people who lived through Katrina in the Lower 9th Ward'],
    [23, 'l', "Good afternoon, you're chatting with Solange at New Orleans Public Library."],
    [29, 'l', "Is this for a class, a documentary, or personal interest? It changes what use permissions you'll need."],
    [80, 'p', 'personal, my family is from there'],
    [86, 'l', "The Hurricane Digital Memory Bank (hurricanearchive.org) has first-person accounts, and our Louisiana Division / City Archives holds local interviews. Call them at 504-555-0112 to ask what's on file for the Lower Ninth."],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes thank you thats all i needed 💙'],
  ], usual({ courteous: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ORALHISTORY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: oral history projects, checked', () => {
  describeSessions('whole sessions', ORALHISTORY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ORALHISTORY.filter((c) => c.name in LEFT_WHY));
});
