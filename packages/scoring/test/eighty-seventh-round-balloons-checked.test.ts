/**
 * Eighty-seventh round, theme HOT AIR BALLOONS AND BALLOONING, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: rides (a 25th-anniversary surprise near Frederick, a brother who uses a
 * wheelchair in Cambridge, paseos en globo en Easton in Spanish, a voucher cancelled for weather, a vanished ride company's
 * gift certificate in Harford County), flying (a pilot certificate, propane per hour, why balloons fly at dawn, a printed
 * guide for the FAA balloon test, crewing from Elkton partly in Spanish, a drone at a Howard County festival, the altitude
 * record for a trivia night), events (festivals within two hours of PG County partly in Spanish, a balloon glow in
 * Leonardtown, where to watch launches near Frederick, tethered rides at a wedding near St. Michaels, a balloon that landed
 * in a Calvert soybean field), history and family (Edward Warren's 1784 Baltimore ascent, Lowe's Civil War balloons at
 * Budd's Ferry, a balloon at the Garrett County fair c. 1985, a great-grandfather's ascensions at the Cumberland fair, an
 * uncle's 1994 race in Balloon Life, NTSB accident reports for a CCBC paper) and children (a 5th grader's homework in
 * Spanish, a 7th-grade science fair, The Twenty-One Balloons, Priceman's Hot Air, a 6-ft tissue balloon for a party,
 * Verne's Five Weeks in a Balloon). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/s76/balloons-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-26 s in most; exactly 60 s on the first visible line (13: pass); `pickedUpAt` exactly 60 s with the first
 *   visible line at 72 s after a second patron line (12: pass on the recorded pickup); 61 s after "hello??" at 35 (04: fail);
 *   no provider ever, only the queue's system line (23: fail);
 *  greeting: name and library in one line (most), "Good morning, and happy early anniversary! I'm Maya …" (01), Spanish
 *   "¡Buenas noches! Soy Lucía, bibliotecaria …" (02) and "¡Hola! Bienvenido a AskUsNow!. Soy Leo …" (21), bilingual
 *   "¡Hola! Hi, I'm Inés …" (15) and "¡Hola! Hi, I'm Gus …" (28), "Thanks for contacting …" as the greeting (25, 26), the
 *   service and "a librarian" only (08, 09, 20, 27, 30); "This is Priya with Howard County Library System." then a
 *   question, no greeting word (05: fail); na with no provider (23) and Practice (22);
 *  keep_informed: two holds of 118 s (the patron's "ok np" inside, not restarting it) and exactly 120 s (06: pass); a partial
 *   result ("here's the FAA's Balloon Flying Handbook … I'm still looking up the exact certificate requirements") as a hold,
 *   answered 112 s later, then a new question answered 121 s later (07: fail); a transfer notice answered 64 s later by the
 *   receiver (08); a patron line left 123 s through an internal note and the transfer's system line (09: fail); a hold
 *   answered 58 s later (16); na with no substantive exchange (20, 21, 22, 23);
 *  clarify: the restatement "So you'd like to check the story … — is this for a class …?" (03); questions on place, format,
 *   language, project kind, years, purpose, payment, burner, distance, passenger balloon size, seated or transfer, which
 *   novel, fair or carnival and residence, month, operator, experience, hot air or any balloon, fun or paid; the answer
 *   straight after the greeting and only "Did that help?" / "anything else?" afterwards (10: fail);
 *  source: fcpl.org, montgomerycountymd.gov/library (Britannica Escolar), prattlibrary.org, mdhistory.org, washcolibrary.org,
 *   hclibrary.org (Britannica School), sciencebuddies.org, carol.ntsb.gov, ntsb.gov, faa.gov (the Balloon Flying Handbook),
 *   ecfr.gov (14 CFR 61.109(h), Part 91), bfa.net, hathitrust.org (the Official Records), ccplonline.org, relib.net,
 *   marylandattorneygeneral.gov, bbb.org, consumerfinance.gov, carolib.org (Priceman's Hot Air), grc.nasa.gov, makezine.com,
 *   maryland.overdrive.com (Libby), chroniclingamerica.loc.gov, worldcat.org, the News-Post archive through fcpl.org, fai.org,
 *   faa.gov/uas and the B4UFLY page; books (Falling Upwards, The Twenty-One Balloons, Five Weeks in a Balloon); none:
 *   weather explained from memory and "the Windy app" named with no way to reach it (12: fail);
 *  completeness: "Is that the sort of thing you were looking for?", "¿Eso es lo que necesitaba?", "Will that work for her
 *   report?", "Does that give you a place to start?", "Does the FAA part cover what you needed for now?", "Does the
 *   News-Post archive look useful for now?", in the answer's own message (09, 14, 15, 16, 17, 18, 19, 30), after an
 *   answer with no source (12: pass); "Hope that helps!" and the offer "Want me to look for some early-reader nonfiction
 *   about balloons too?" (13: fail);
 *  anything else: asked by the provider (01, 05, 06, 07, 09, 10, 12, 30); the patron's "eso es todo", "nope that's
 *   everything", "thats all", "thats all I needed", "that's all I need", "that's all for now", "that's everything", "thats
 *   all i need", "thats all i needed!!"; near misses "Feel free to come back if you think of anything else!" then "ok cool
 *   thx" (13: fail), "wow ok" (14), "perfect, thank you" / "yes thanks" (27), "yes muchas gracias!" (28);
 *  dismissal: "We have a 15-minute limit on chats and we're past it, so I'm going to have to end this session now.
 *   Goodbye." (14: fail, courteous passes); "I have several other patrons waiting right now, so I'll stop here — please log
 *   back on anytime …" (15: allowed, pass);
 *  courteous: goodbyes in English and Spanish; the last two provider lines a check-in and "It looks like you've
 *   disconnected, so I'm ending the chat now." (18: fail);
 *  final idle: a hold, then the answer, then a goodbye exactly 120 s after the answer with no check-in (16: fail); "Are you
 *   still there?" and a goodbye 179 s after (17: idle passes, notice na); a check-in and a notice with no thanks, ended
 *   exactly 180 s after the answer (18: both pass); a notice with thanks 190 s after and no check-in (19: idle fails, notice
 *   passes); a Lost Call greeting, "Hello? Are you there?" and "Thanks … Bye for now." 210 s after (20: idle passes, notice
 *   fails); a Spanish check-in and notice that invites back, 187 s (21: both pass); an allowed ending that invites back as
 *   the provider's last line (15: no idle); the patron's line the last visible one (14);
 *  concurrency: one chat ending at `startedAt`, one starting at `endedAt`, two that hand over at 100 s and another
 *   provider's two (01: three at most, pass); three others open together from 60 s to 90 s (14: four, fail); a transfer
 *   where the first provider has at most three over her part and the receiver four over his (08: fail);
 *  codes: Answered; no code field (30: na); "" (05: fail); a deployment's own code "Referred" (11: pass); Lost Call with one
 *   patron line (21, and 23 with no provider: pass) and with two before the pickup (20: fail); Practice (22: all na); a
 *   promise coded Answered (26: fail); Follow-up by me with the e-mail only in the patron fields (27: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 2026-03-05T14:40Z, 71 h 37 min after the end (24:
 *   pass); FU_LIB, e-mail read back, "within 48 hours", not recorded at day 1 (25: pending); a promise "e-mail you the scan by
 *   Thursday" with the address read back, coded Answered, done on day 2 (26: contact and on_time pass, code fails); FU_ME,
 *   "email you at the address on your account by Wednesday", done at 08:30-07:00 on day 3, 72 h 27 min after the end (27:
 *   contact fails, on_time fails only with the offset honoured); FU_ME, phone read back, "as soon as I hear back from him",
 *   not recorded at day 4 (28: contact and on_time fail);
 *  referrals: the own library's Maryland Department to visit, with street address and phone (03: pass); the Attorney
 *   General's Consumer Protection Division by URL and phone and the BBB by URL in one message (11: pass); the FAA's
 *   district office by phone and "talk with the Maryland Farm Bureau" in one message (10: fail); not referrals: ride
 *   operators described with no particular one (17), staff who check the microfilm (24), the patron's library to e-mail
 *   her (25), a pilot the provider will ask (28), the government documents librarian consulted (27);
 *  transfers: a visible notice and a note that says why, both before the transfer (08: pass); a note and a transfer with
 *   no word to the patron (09: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - with `pickedUpAt` recorded, it is the pickup: 60 s, pass, though the first visible line came at 72 s (12);
 * - "This is Priya with Howard County Library System." identifies the provider but greets no one (05: fail);
 * - "Still searching: … I'm narrowing it down …" is a hold; "ok np" from the patron inside a wait does not restart it (06);
 * - a message that gives a source and says "I'm still looking up the exact certificate requirements for you" is a partial
 *   result that says the search goes on: a hold (07); it is also the first message that gives a source (clarify at 26 is
 *   before it);
 * - internal and system lines (note, transfer) do not end a wait on the provider: 62 s to 185 s is one span of 123 s (09);
 * - a transfer is told to the patron only in a visible message: the internal note alone does not (09: fail);
 * - "Good afternoon! This is Nell …" then the answer: no question about the need, no restatement; "Did that help?" and
 *   "Is there anything else …?" are excluded by the rule (10: fail);
 * - "talk with the Maryland Farm Bureau" tells the patron to contact a named organisation: a referral with no way to reach
 *   it (10: fail, though the FAA's office in the same message has a phone number);
 * - "Does that give you a place to start?", "Will that work for her report?", "Does the FAA part cover what you needed for
 *   now?", "Does the News-Post archive look useful for now?" ask whether what was given meets the need;
 * - "Hope that helps!" asks nothing, and "Want me to look for some early-reader nonfiction …?" offers what is not yet given
 *   (13: fail); "Feel free to come back if you think of anything else!" invites but does not ask (13: fail);
 * - "thats all" (04), "eso es todo" (02), "that's all for now" (24) and "that's everything" (03, 25) say explicitly that the
 *   patron is done; "ok cool thx", "yes thanks", "yes muchas gracias!" and "wow ok" do not;
 * - "We have a 15-minute limit on chats and we're past it …" tells the patron their time is up (14: fail); "I have several
 *   other patrons waiting … please log back on anytime …" is the allowed ending, and it invites back, so it is a goodbye
 *   (15: final idle 0 s, na);
 * - "I'll close out our chat now. Thanks for writing in …" thanks the patron: a goodbye, so the idle ends there (17: 179 s);
 * - "It looks like you've disconnected, so I'm ending the chat now." says both things the notice needs but thanks no one and
 *   does not invite back: not a goodbye, so the final idle runs to `endedAt` (18: exactly 180 s), and courteous fails;
 * - "It looks like you've been disconnected, so I'll close this chat. Thanks …" is a notice and a goodbye, but asks nothing:
 *   no check-in (19: idle fails);
 * - "Thanks for reaching out to AskUsNow! Bye for now." says nothing about a disconnection (20: notice fails);
 * - "Parece que se desconectó, así que voy a cerrar este chat. ¡Puede escribirnos de nuevo cuando quiera!" is the notice
 *   and a goodbye; "¿Sigue conectado?" is the check-in (21);
 * - a greeting with "Con gusto le ayudo con los paseos en globo" is still only a greeting: no substantive exchange (21);
 *   greeting, check-in and goodbye only, after two patron lines, is none either, and Lost Call then fails on the second
 *   patron line (20);
 * - with no provider, a Lost Call code with one patron line passes `resolution.code` (23);
 * - a code the deployment configures ("Referred") is none of the failing cases (11: pass); a code field left out means the
 *   source has no codes (30: na);
 * - "within 48 hours", "by Friday", "by Thursday" say when; "as soon as I hear back from him" does not (28: contact fails);
 * - "the address on your account" never gives or repeats the e-mail in the chat (27: contact fails), while the patron
 *   fields still make a contact known for the code (27: code passes);
 * - a follow-up done at "2026-03-05T08:30:00-07:00" is 15:30Z, 72 h 27 min after an end at 10:02:20-05:00 on 2 March
 *   (27: fail); "2026-03-05T14:40:00Z" is 71 h 37 min after 10:02:41-05:00 (24: pass);
 * - ride operators described in general ("not every operator has one, so it's worth asking when you book") are no
 *   particular party: no referral (17); a library or its staff who will contact the patron, or whom the provider will
 *   ask, are not referrals (24, 25, 27, 28);
 * - concurrency in a transferred session: Tess judged over 0-72 s (three at most), Raymond over 72-191 s (four) (08: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/balloons-labels.ts). First run as labelled / disagreeing: 29 / 1 (17); no case scored differently once
 * redacted, and no check ended "could not be evaluated". Label corrections: none (the disagreement reread against
 * RUBRIC.md; the label stood). Final: 29 running, 1 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence:
 * the answer "Then yes, it's been done: … it's worth asking when you book. … which is a good place to start. Does that
 * help?" not taken as where waiting on the patron begins, so the final idle measured from the check-in, 79 s, not 179 s,
 * and idle_checkin na instead of pass, 17).
 * NOTE (rubric v74, block AN): 17 runs now ("a passenger who can transfer rides seated" announces no chat transfer, AN1): 30
 *   running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const MAYA: Prov = { id: 'maya-hb', name: 'Maya', library: 'FCPL-MD' };
const LUCIA: Prov = { id: 'lucia-hb', name: 'Lucía', library: 'MCPL' };
const DARNELL: Prov = { id: 'darnell-hb', name: 'Darnell', library: 'EPFL' };
const HANK: Prov = { id: 'hank-hb', name: 'Hank', library: 'WCFL' };
const PRIYA: Prov = { id: 'priya-hb', name: 'Priya', library: 'HCLS' };
const GRACE: Prov = { id: 'grace-hb', name: 'Grace', library: 'BCPL' };
const OWEN: Prov = { id: 'owen-hb', name: 'Owen', library: 'AACPL' };
const TESS: Prov = { id: 'tess-hb', name: 'Tess', library: 'AUN' };
const RAYMOND: Prov = { id: 'raymond-hb', name: 'Raymond', library: 'CCPL-CH' };
const JESS: Prov = { id: 'jess-hb', name: 'Jess', library: 'AUN' };
const COLLEEN: Prov = { id: 'colleen-hb', name: 'Colleen', library: 'RELGC' };
const NELL: Prov = { id: 'nell-hb', name: 'Nell', library: 'CCPL-CA' };
const SIMONE: Prov = { id: 'simone-hb', name: 'Simone', library: 'HCPL-MD' };
const CURTIS: Prov = { id: 'curtis-hb', name: 'Curtis', library: 'QACL' };
const BEA: Prov = { id: 'bea-hb', name: 'Bea', library: 'CCPL-CO' };
const ROLAND: Prov = { id: 'roland-hb', name: 'Roland', library: 'WOCL' };
const INES: Prov = { id: 'ines-hb', name: 'Inés', library: 'PGCMLS' };
const FELIX: Prov = { id: 'felix-hb', name: 'Felix', library: 'CCPL' };
const AISHA: Prov = { id: 'aisha-hb', name: 'Aisha', library: 'DCPL-MD' };
const PETE: Prov = { id: 'pete-hb', name: 'Pete', library: 'SMCL' };
const WENDELL: Prov = { id: 'wendell-hb', name: 'Wendell', library: 'WIPL' };
const KIRA: Prov = { id: 'kira-hb', name: 'Kira', library: 'AUN' };
const LEO: Prov = { id: 'leo-hb', name: 'Leo', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-hb', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-hb', name: 'Queue', library: 'VRQ' };
const MABEL: Prov = { id: 'mabel-hb', name: 'Mabel', library: 'ACLS' };
const SOL: Prov = { id: 'sol-hb', name: 'Sol', library: 'AUN' };
const HIRO: Prov = { id: 'hiro-hb', name: 'Hiro', library: 'FCPL-MD' };
const DELPHINE: Prov = { id: 'delphine-hb', name: 'Delphine', library: 'AUN' };
const GUS: Prov = { id: 'gus-hb', name: 'Gus', library: 'CCPL-CE' };
const SAM: Prov = { id: 'sam-hb', name: 'Sam', library: 'KCPL-MD' };
const NORA: Prov = { id: 'nora-hb', name: 'Nora', library: 'AUN' };

const s = session;

export const BALLOONS: SessionCase[] = [
  // 01 the plain good session; other chats that only touch its ends
  s(MAYA, '01 a 25th-anniversary balloon ride near Frederick: two questions, bfa.net + Falling Upwards in the catalog, anything else asked, touching intervals (three at most)', [
    [0, 'p', 'hi! my wife and i have our 25th anniversary in june and i want to surprise her w a hot air balloon ride. are there any around frederick? also is it safe'],
    [22, 'l', "Good morning, and happy early anniversary! I'm Maya, a librarian with Frederick County Public Libraries."],
    [28, 'l', "Are you hoping to fly from Frederick itself, or would anywhere within an hour or so work? And is it the safety record you'd like to read up on, or more what to expect on the day?"],
    [70, 'p', "anywhere close is fine. mostly what to expect, she's a little nervous about heights lol"],
    [81, 'l', "Balloons around Frederick mostly fly at sunrise and in the couple of hours before sunset, when the wind is calm, and flights get cancelled if the weather isn't right. The Balloon Federation of America's site, bfa.net, explains what a passenger flight is like and what to look for in an operator (an FAA-certificated commercial pilot, insurance, a clear weather policy). If she'd like to read up first, Richard Holmes's 'Falling Upwards: How We Took to the Air' is a lovely book on ballooning, in our catalog at fcpl.org."],
    [87, 'l', 'Is that the sort of thing you were looking for?'],
    [120, 'p', 'yes!! this is great'],
    [126, 'l', 'Anything else I can help you with today?'],
    [150, 'p', 'no thats all i needed, thank you!!'],
    [156, 'l', "You're welcome! Enjoy the flight, and thanks for chatting with us."],
  ], usual(), {}, {
    otherIntervals: [
      other('my1', 'maya-hb', -200, 0), other('my2', 'maya-hb', -50, 100), other('my3', 'maya-hb', 100, 400), other('my4', 'maya-hb', 20, 161),
      other('my5', 'maya-hb', 161, 600), other('xx1', 'someone-else-hb', 0, 161), other('xx2', 'someone-else-hb', 10, 161),
    ],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 tarea de ciencias: cómo vuela un globo aerostático, 5.º grado (Spanish): language and format asked, Britannica Escolar via the library site, "eso es todo"', [
    [0, 'p', 'hola buenas noches, mi hijo tiene tarea de ciencias sobre como vuelan los globos aerostaticos y no se como ayudarle. esta en quinto grado'],
    [19, 'l', '¡Buenas noches! Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.'],
    [25, 'l', '¿La tarea tiene que ser en inglés o en español? ¿Y necesita un libro, o le sirve un artículo en línea?'],
    [64, 'p', 'en ingles la tarea pero yo leo mejor en español. un articulo esta bien'],
    [75, 'l', "Perfecto. Britannica Escolar (en español) y Britannica School (en inglés) tienen artículos cortos sobre los globos aerostáticos: el aire caliente pesa menos que el aire frío que lo rodea, y por eso el globo sube. Entre a montgomerycountymd.gov/library, vaya a 'Research' > 'Databases', abra Britannica con el número de su tarjeta de la biblioteca y busque 'globo aerostático' o 'hot air balloon'."],
    [81, 'l', '¿Eso es lo que necesitaba?'],
    [118, 'p', 'si perfecto!! eso es todo, muchas gracias'],
    [124, 'l', '¡Con mucho gusto! Gracias por comunicarse con AskUsNow! y mucha suerte a su hijo con la tarea.'],
  ], usual()),

  // 03 the restatement; the own library's department to visit and call
  s(DARNELL, '03 the 1784 Baltimore ascent of 13-year-old Edward Warren: the restatement, mdhistory.org + Falling Upwards, the Maryland Department by address and phone, "nope that\'s everything"', [
    [0, 'p', 'I read somewhere that the first balloon flight in America was in Baltimore?? and a kid went up in it? is that true, and where can I read more'],
    [26, 'l', "Hi, welcome to Ask Pratt! I'm Darnell, a librarian at the Enoch Pratt Free Library."],
    [33, 'l', "So you'd like to check the story of the first American balloon ascent in Baltimore and find good reading on it — is this for a class, or your own curiosity?"],
    [70, 'p', 'my own curiosity, i live in Fells Point'],
    [82, 'l', "It's true! In June 1784 Peter Carnes, a tavern keeper from Bladensburg, sent up a tethered hot-air balloon in Baltimore, and 13-year-old Edward Warren volunteered to ride it; it's usually called the first manned balloon ascent in America. The Maryland Center for History and Culture has written about it (search 'Peter Carnes balloon' at mdhistory.org), and Richard Holmes's 'Falling Upwards' covers the balloon craze of those years (in our catalog at prattlibrary.org). For the 1784 newspaper reports themselves, visit the Maryland Department at the Central Library, 400 Cathedral Street; call them at 410-555-0184 before you go so they can have the microfilm ready."],
    [88, 'l', 'Does that answer your question?'],
    [130, 'p', "wow yes. a 13 yr old! nope that's everything, thanks"],
    [136, 'l', 'Enjoy the reading, and thanks for using Ask Pratt!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(HANK, '04 The Twenty-One Balloons for a 4th-grade book report: "hello??" at 35, pickup at 61 s, format asked, washcolibrary.org hold at Hancock, "thats all"', [
    [0, 'p', 'do u have the twenty one balloons book?? my daughter needs it for 4th grade book report'],
    [35, 'p', 'hello??'],
    [61, 'l', 'Hi, sorry for the wait! This is Hank, a librarian at Washington County Free Library.'],
    [67, 'l', 'Does she need a print copy, or would an ebook or audiobook work for the report?'],
    [95, 'p', "print is better, she likes paper books. we're near the hancock branch"],
    [104, 'l', "William Pène du Bois's 'The Twenty-One Balloons' is in our catalog with copies at several branches: search the title at washcolibrary.org, place a hold with Hancock as the pickup branch, and you'll get a notice when it's ready."],
    [110, 'l', 'Will that work for her report?'],
    [140, 'p', 'yes thank you! thats all'],
    [146, 'l', "You're welcome, happy reading to her! Thanks for chatting."],
  ], usual({ pickup: 'fail' })),

  // 05 no greeting word in the first two provider lines; code ""
  s(PRIYA, '05 a 7th-grade science fair balloon: "This is Priya with Howard County Library System." (no greeting), Britannica School + sciencebuddies.org, code ""', [
    [0, 'p', "my son's science fair project is on hot air balloons. need sources that explain why hot air rises, 7th grade level"],
    [18, 'l', 'This is Priya with Howard County Library System.'],
    [24, 'l', "Is the project an experiment he'll build, or a display board with research?"],
    [55, 'p', 'he wants to build a small one out of tissue paper and use a hair dryer'],
    [66, 'l', "That's a classic! For the why: Britannica School, free with your HCLS card at hclibrary.org > Research, has a middle-school article on hot-air balloons and convection. For the build: Science Buddies has a tissue-paper hot air balloon project with step-by-step instructions at sciencebuddies.org (search 'hot air balloon'). Keep the hair dryer a few inches from the tissue, and have an adult around."],
    [72, 'l', 'Did that give you what you need?'],
    [100, 'p', 'yes perfect'],
    [106, 'l', 'Anything else I can look up for the project?'],
    [130, 'p', "no, that's it for now. thank you!"],
    [135, 'l', 'Good luck at the science fair, and thanks for chatting!'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 06 two holds, 118 s and exactly 120 s, a patron line inside the first
  s(GRACE, '06 NTSB balloon accident reports for a CCBC paper: "let me pull that up" at 68, "ok np" at 130, "Still searching" at 186, carol.ntsb.gov at 306 (120 s)', [
    [0, 'p', "Hi, I'm writing a paper for my CCBC aviation safety class on hot air balloon accidents. Is there a database of balloon crashes, ideally Maryland ones?"],
    [17, 'l', "Hello! I'm Grace, a librarian at Baltimore County Public Library. Happy to help with your paper."],
    [23, 'l', 'What years does the paper need to cover, and do you need the official investigation reports or news coverage?'],
    [60, 'p', 'official reports, last 20 years or so'],
    [68, 'l', 'Great, let me pull that up — one moment.'],
    [130, 'p', 'ok np'],
    [186, 'l', "Still searching: the NTSB's accident database lets me filter by aircraft category, and I'm narrowing it down to balloons in Maryland now."],
    [306, 'l', "Here's how: go to the NTSB's CAROL database at carol.ntsb.gov, choose Aviation, set the aircraft category to 'Balloon', the state to Maryland and the dates you want; each case links to its final report. For the wider picture, the NTSB's report on the 2016 balloon accident near Lockhart, Texas, is on ntsb.gov and is cited in most balloon safety discussions."],
    [312, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'yes this is perfect, exactly what i needed. thank you so much!'],
    [356, 'l', 'Is there anything else I can help with?'],
    [380, 'p', 'nope, all set'],
    [385, 'l', 'Good luck with the paper — thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a partial result that says the search goes on; later a 121 s silence
  s(OWEN, '07 a balloon pilot certificate: the handbook at faa.gov "I\'m still looking up …" (a hold, 112 s), ecfr.gov, then a new question answered 121 s later', [
    [0, 'p', 'how do u get a license to fly a hot air balloon? like is it the same as a plane license'],
    [20, 'l', "Hey there, welcome to Ask AACPL! I'm Owen, one of the librarians at Anne Arundel County Public Library."],
    [26, 'l', 'Are you thinking of flying just for fun, or taking paying passengers someday?'],
    [50, 'p', 'fun for now, maybe commercial later'],
    [58, 'l', "For a start, here's the FAA's Balloon Flying Handbook, a free PDF at faa.gov under Regulations & Policies > Handbooks & Manuals; it walks through training from the first lesson. I'm still looking up the exact certificate requirements for you."],
    [170, 'l', "OK: balloons are their own 'lighter-than-air' category, so it's a separate certificate from airplanes. For a private pilot certificate with a balloon rating you need at least 10 hours of flight training in balloons, including 6 flights with an instructor, plus the FAA knowledge test and a checkride. The details are in 14 CFR 61.109(h), readable at ecfr.gov."],
    [176, 'l', 'Does that help?'],
    [200, 'p', 'yes! and is there a balloon school in maryland or do i have to go somewhere else'],
    [321, 'l', "There aren't many schools just for balloons; most people train one-on-one with a commercial balloon pilot who is also a flight instructor. The Balloon Federation of America lists its member clubs by region at bfa.net, and the clubs are where students usually find an instructor."],
    [327, 'l', 'Anything else I can look up for you?'],
    [345, 'p', 'nah thats all i needed, thanks owen'],
    [350, 'l', 'Happy flying — thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 08 a transfer with a notice and a note saying why; the receiver over three chats
  s(TESS, '08 Lowe\'s Civil War balloons at Budd\'s Ferry: notice at 66, a note why at 69, transfer at 72, Raymond with hathitrust.org + ccplonline.org; Raymond has three others', [
    [0, 'p', "hi! I'm researching Civil War observation balloons. my grandpa always said Lowe's balloons went up near Budd's Ferry in Charles County. any local sources?"],
    [19, 'l', "Hello, and thanks for contacting AskUsNow! I'm Tess, a librarian."],
    [25, 'l', 'Are you looking for first-hand accounts from the time, or for later histories of the Balloon Corps?'],
    [58, 'p', 'first hand accounts if possible, its for a talk at our historical society'],
    [66, 'l', "A librarian from Charles County Public Library is online right now and knows their local history collection well, so I'm going to transfer you to him. It'll just be a moment."],
    [69, 'i', "Raymond, can you take a patron on the Union Army Balloon Corps at Budd's Ferry, 1861-62? Wants first-hand accounts for a historical society talk, and your local history collection is the best bet."],
    xfer(72, 'Raymond', 'raymond-hb'),
    [130, 'l', "Hi, Raymond at Charles County Public Library here! Budd's Ferry is a great topic.", as(RAYMOND)],
    [137, 'l', "Thaddeus Lowe's own report to the Secretary of War describes the ascensions from the Maryland shore across from the Confederate batteries; it's printed in the Official Records of the War of the Rebellion, Series III, Volume 3, which you can search free at hathitrust.org. Soldiers' letters from the camps there were printed in the Port Tobacco Times, and our index to that paper is on ccplonline.org under Local History.", as(RAYMOND)],
    [143, 'l', 'Is that what you were hoping for?', as(RAYMOND)],
    [180, 'p', 'yes, this is a great start. thats all I needed, thank you both!'],
    [186, 'l', 'My pleasure — good luck with the talk, and thanks for chatting!', as(RAYMOND)],
  ], usual({ transfer: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [
      other('te1', 'tess-hb', -60, 40), other('te2', 'tess-hb', 10, 300),
      other('ra1', 'raymond-hb', -300, 300), other('ra2', 'raymond-hb', 60, 250), other('ra3', 'raymond-hb', 100, 500),
    ],
  }),

  // 09 a transfer the patron is never told about; the wait runs through the note and the transfer
  s(JESS, '09 a balloon called Sky Dancer at the Garrett County fair c. 1985: a note and a transfer, no word to the patron, Colleen 123 s after the patron\'s line, relib.net', [
    [0, 'p', 'hello, my dad crewed for a hot air balloon that flew at the Garrett County fair back in like 1985. is there any way to find photos or a newspaper story?'],
    [24, 'l', "Hi there, welcome to AskUsNow! My name's Jess and I'm a librarian."],
    [30, 'l', "Do you remember the balloon's name or the pilot's, or anything painted on it?"],
    [62, 'p', 'it was rainbow striped and called Sky Dancer i think. pilot was from Cumberland'],
    [70, 'i', 'Colleen - patron wants photos/news story of a balloon (Sky Dancer) at the Garrett County fair c. 1985; The Republican is your paper, can you take it?'],
    xfer(74, 'Colleen', 'colleen-hb'),
    [185, 'l', 'Hi, this is Colleen at the Ruth Enlow Library of Garrett County!', as(COLLEEN)],
    [192, 'l', "The Republican, Oakland's weekly, covered the fair every summer, and our digitized run is searchable at relib.net under Local History > Newspaper Archive; try 'balloon' with 1984 to 1986. Does that help?", as(COLLEEN)],
    [240, 'p', 'yes!! found something already from aug 1985. thank you!'],
    [246, 'l', 'Wonderful! Anything else I can help with?', as(COLLEEN)],
    [265, 'p', "no that's all, thanks so much"],
    [270, 'l', 'Enjoy the photos, and thanks for chatting!', as(COLLEEN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 10 the answer straight after the greeting; two parties, one without a way to reach it
  s(NELL, '10 a balloon landed in a soybean field: the answer at once (no question), ecfr.gov, the FAA district office by phone + "the Maryland Farm Bureau" (no contact)', [
    [0, 'p', 'a hot air balloon landed in my soybean field this morning and their chase truck drove right across the rows. who do i complain to?? is that even legal'],
    [21, 'l', 'Good afternoon! This is Nell at Calvert Library. Sorry to hear about your field!'],
    [27, 'l', "I can't give legal advice, but here's where to start. Balloon flights come under the FAA's rules (14 CFR Part 91, free to read at ecfr.gov); landing on private land without the owner's OK can be trespass under state law, and the operator is normally responsible for damage its crew causes. To report the flight itself, call the FAA's Baltimore Flight Standards District Office at 410-555-0162. For the crop damage, talk with the Maryland Farm Bureau about how other farmers have handled it, and take dated photos of the rows."],
    [33, 'l', 'Did that help?'],
    [70, 'p', 'yeah ok. thx'],
    [76, 'l', 'Is there anything else I can help you with?'],
    [100, 'p', 'no thats it'],
    [105, 'l', 'Sorry again about your beans — thanks for contacting Calvert Library.'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 11 two parties, each with a way to reach it; a deployment's own code
  s(SIMONE, '11 a balloon ride gift certificate from a vanished company: the Attorney General\'s Consumer Protection Division (URL + phone) and the BBB (bbb.org), code "Referred"', [
    [0, 'p', "I bought a balloon ride gift certificate last year for $450 from a company in Harford County and now they won't answer calls and the website is gone. What can I do??"],
    [23, 'l', "Hi, I'm Simone, a librarian at Harford County Public Library. Sorry to hear that!"],
    [29, 'l', 'Did you pay by credit card, and do you still have the certificate and the receipt?'],
    [60, 'p', 'credit card, yes i have the email receipt'],
    [71, 'l', "Then you have a couple of good routes. File a complaint with the Maryland Attorney General's Consumer Protection Division, online at marylandattorneygeneral.gov (Consumer Protection > File a Complaint) or by phone at 410-528-8662. You can also report the business to the Better Business Bureau at bbb.org. And since you paid by card, the Consumer Financial Protection Bureau's page on disputing a charge (consumerfinance.gov, search 'dispute a charge') explains how a chargeback works."],
    [77, 'l', 'Does that give you a place to start?'],
    [110, 'p', "yes, thank you, I'll file today. that's all I need"],
    [116, 'l', 'Good luck — I hope you get your money back. Thanks for chatting!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred' }),

  // 12 pickedUpAt exactly 60 s; advice from memory and an app named with no way to reach it
  s(CURTIS, '12 why balloons fly at dawn, seen over Centreville: pickedUpAt 60 (first line at 72), weather explained from memory, "the Windy app" (no source), "Did that answer"', [
    [0, 'p', 'why do hot air balloons only fly early in the morning? we saw one over Centreville at like 6:30am'],
    [48, 'p', 'or evening i guess too'],
    [72, 'l', "Good morning! Curtis here, a librarian at Queen Anne's County Library. Sorry for the short wait."],
    [78, 'l', 'Are you curious about the weather side of it, or whether there are rules about when they can fly?'],
    [105, 'p', 'weather i guess'],
    [114, 'l', "It's mostly the sun. Once the ground heats up, rising air (thermals) and gusty wind make a balloon hard to steer and especially hard to land. Right after sunrise, and in the last couple of hours before sunset, the air near the ground is usually at its calmest. Pilots check the winds at different heights before every flight, a lot of them on the Windy app."],
    [120, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes makes sense! thanks'],
    [155, 'l', 'Anything else I can help with today?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Thanks for stopping by, and happy balloon spotting!'],
  ], usual({ source: 'fail' }), { pickedUpAt: at(60) }),

  // 13 pickup at exactly 60 s; "Hope that helps!", an offer, and "Feel free to come back"
  s(BEA, '13 a picture book on the sheep, duck and rooster: pickup at 60 s, Priceman\'s Hot Air at carolib.org, "Hope that helps!", an offer, "Feel free to come back …", "ok cool thx"', [
    [0, 'p', 'hi my 2nd grader is obsessed w the story of the sheep duck and rooster that rode the first balloon. any picture books?'],
    [60, 'l', 'Hi! Welcome to Ask a Librarian — this is Bea at Caroline County Public Library. 😊'],
    [66, 'l', 'Does she like funny stories, or more true-fact books?'],
    [90, 'p', "funny! she's 7"],
    [98, 'l', "Then 'Hot Air: The (Mostly) True Story of the First Hot-Air Balloon Ride' by Marjorie Priceman is perfect: it's told from the animals' point of view and won a Caldecott Honor. It's in our catalog at carolib.org, and you can put it on hold for pickup at your branch. Hope that helps!"],
    [104, 'l', 'Want me to look for some early-reader nonfiction about balloons too?'],
    [130, 'p', "no that's ok"],
    [136, 'l', 'Feel free to come back if you think of anything else!'],
    [160, 'p', 'ok cool thx'],
    [165, 'l', 'Bye, have a great day!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 14 a time limit; four chats at once
  s(ROLAND, '14 a 6-ft tissue-paper balloon for a party in Berlin: grc.nasa.gov + makezine.com, a long list, "We have a 15-minute limit on chats …", four chats at once', [
    [0, 'p', "I want to build a small tethered hot air balloon for my kids' birthday party in Berlin, like 6 ft tall. Is there a guide?"],
    [21, 'l', "Hi, I'm Roland with Worcester County Library. Thanks for your question!"],
    [27, 'l', 'Are you thinking of a real burner, or a tissue-paper balloon heated with a hair dryer or heat gun?'],
    [60, 'p', 'no flames, the hair dryer kind but bigger'],
    [70, 'l', "A big tissue-paper model is doable. NASA Glenn Research Center's Beginner's Guide to Aeronautics explains how much lift warm air gives (grc.nasa.gov, search 'hot air balloon'), and Make: magazine has tissue-paper balloon builds with gore templates at makezine.com. Does that help?"],
    [100, 'p', 'yes!! ok and how many sheets of tissue do i need for 6 ft, what glue, how long does it stay up, can it carry a gopro, will it work in the wind at the beach, and do i need a permit in ocean city'],
    [108, 'l', "We have a 15-minute limit on chats and we're past it, so I'm going to have to end this session now. Goodbye."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('ro1', 'roland-hb', -50, 130), other('ro2', 'roland-hb', 10, 200), other('ro3', 'roland-hb', 60, 90)],
  }),

  // 15 other patrons waiting, and the patron invited back (partly Spanish)
  s(INES, '15 balloon festivals within two hours of PG County (partly Spanish): bfa.net events, a long list, "several other patrons waiting … log back on anytime", the patron leaves', [
    [0, 'p', 'hi hello, are there any hot air balloon festivals near prince georges county this summer? mis hijos nunca han visto uno'],
    [22, 'l', "¡Hola! Hi, I'm Inés, a librarian at Prince George's County Memorial Library System."],
    [28, 'l', 'Are you willing to drive a couple of hours, or do you want something close by? ¿Prefiere en inglés o en español?'],
    [60, 'p', 'english ok. up to 2 hours'],
    [70, 'l', 'The Balloon Federation of America keeps a calendar of balloon events by state at bfa.net (under Events): check Maryland, Virginia and Pennsylvania, since several summer festivals are within two hours of PG County. Does that help?'],
    [105, 'p', 'ok yes. and can you check each one for price, parking, if dogs allowed, food trucks, if they do rides, what time the balloons go up, and which is best for a 3 yr old'],
    [112, 'l', "That's a big list, and I have several other patrons waiting right now, so I'll stop here — please log back on anytime and we'll gladly take those a few at a time. ¡Que disfruten los globos!"],
    left(200),
  ], usual({ anything: 'fail' })),

  // 16 a hold before the answer; a goodbye exactly 120 s after the answer, no check-in
  s(FELIX, '16 how much propane a balloon burns: "Let me look that up, one sec." at 52, the answer + faa.gov at 110, a goodbye at 230 (final idle 120 s, no check-in)', [
    [0, 'p', 'random question: how much propane does a hot air balloon burn in an hour?'],
    [16, 'l', "Hi there! I'm Felix, a librarian with Carroll County Public Library."],
    [22, 'l', 'Fun one! Do you mean a typical passenger balloon, or a small one-person sport balloon?'],
    [45, 'p', 'the regular kind that carries like 4 people'],
    [52, 'l', 'Let me look that up, one sec.'],
    [110, 'l', "As a rough figure, a four-passenger balloon burns somewhere around 15 to 20 gallons of propane an hour, more on a cold day or with a heavy load, and it carries its fuel in three or four tanks. The FAA's Balloon Flying Handbook (free at faa.gov > Handbooks & Manuals) has a whole chapter on fuel planning. Is that what you were looking for?"],
    [230, 'l', 'Thanks for the fun question — have a great day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 a check-in and a goodbye 179 s after the answer
  s(AISHA, '17 a balloon ride for a brother who uses a wheelchair, from Cambridge: bfa.net, "Are you still there?" at 180, a goodbye at 259 (final idle 179 s)', [
    [0, 'p', "is there any way someone in a wheelchair can go on a hot air balloon ride? asking for my brother, we're in cambridge"],
    [25, 'l', "Hello! I'm Aisha, a librarian at Dorchester County Public Library. What a nice thing to plan for your brother."],
    [31, 'l', 'Can he transfer out of the chair with some help, or does he need to stay seated in it?'],
    [70, 'p', "he can transfer with help, he's a para"],
    [80, 'l', "Then yes, it's been done: some balloons have accessible baskets with a side door and a bench seat with a harness, so a passenger who can transfer rides seated. Not every operator has one, so it's worth asking when you book. The Balloon Federation of America lists member ride operators at bfa.net, which is a good place to start. Does that help?"],
    [180, 'l', 'Are you still there?'],
    [259, 'l', "I'll close out our chat now. Thanks for writing in, and I hope your brother gets his flight!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle exactly 180 s, to endedAt; the notice thanks no one
  s(PETE, '18 what a "balloon glow" is (a Leonardtown flyer): bfa.net, "Are you still there?" at 150, "It looks like you\'ve disconnected, so I\'m ending the chat now." at 236, ended 246', [
    [0, 'p', "what is a 'balloon glow'? saw it on a flyer for an event in Leonardtown"],
    [20, 'l', "Hi! Pete at St. Mary's County Library here."],
    [26, 'l', 'Do you want to know what happens at one, or are you looking for details of the Leonardtown event itself?'],
    [55, 'p', 'what happens'],
    [66, 'l', 'At a balloon glow the balloons stay tethered on the ground at dusk and the pilots fire their burners, often in time to music, so the envelopes light up like giant lanterns; nobody flies. The Balloon Federation of America explains glows and the other kinds of balloon events at bfa.net. Did that answer it?'],
    [150, 'l', 'Are you still there?'],
    [236, 'l', "It looks like you've disconnected, so I'm ending the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 10 }),

  // 19 a notice with thanks 190 s after the answer, and no check-in
  s(WENDELL, '19 Verne\'s balloon novel on audio: no balloon in Eighty Days, maryland.overdrive.com, "It looks like you\'ve been disconnected, so I\'ll close this chat. Thanks …" 190 s later', [
    [0, 'p', 'looking for the jules verne book where they go around the world in a balloon. audiobook pls'],
    [18, 'l', "Good evening, and welcome to Ask a Librarian! I'm Wendell at Wicomico Public Libraries."],
    [24, 'l', "Quick check: do you mean 'Around the World in Eighty Days'? There's actually no balloon in that novel (the 1956 film added it). Verne's balloon story is 'Five Weeks in a Balloon', a trip across Africa. Which one are you after?"],
    [60, 'p', 'oh lol. five weeks then, the balloon one'],
    [70, 'l', "'Five Weeks in a Balloon' is on Libby as a free audiobook: sign in at maryland.overdrive.com (or in the Libby app) with your library card and search the title. Is that what you needed?"],
    [260, 'l', "It looks like you've been disconnected, so I'll close this chat. Thanks for contacting Wicomico Public Libraries, and happy listening!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 Lost Call after two patron lines; a check-in, then a goodbye with no notice
  s(KIRA, '20 where to watch balloons launch near Frederick (Lost Call, two patron lines): greeting at 52, "Hello? Are you there?" at 180, "Thanks … Bye for now." at 262', [
    [0, 'p', 'do you know where I can watch hot air balloons launch near Frederick tomorrow morning'],
    [30, 'p', 'like a public spot where you can just watch'],
    [52, 'l', "Good morning, welcome to AskUsNow! I'm Kira, a librarian."],
    [180, 'l', 'Hello? Are you there?'],
    [262, 'l', 'Thanks for reaching out to AskUsNow! Bye for now.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 a true Lost Call in Spanish
  s(LEO, '21 paseos en globo en Easton (Spanish, Lost Call): greeting at 45, "¿Sigue conectado?" at 165, "Parece que se desconectó, así que voy a cerrar este chat. ¡Puede escribirnos …!"', [
    [0, 'p', 'paseos en globo en easton??'],
    [45, 'l', '¡Hola! Bienvenido a AskUsNow!. Soy Leo, bibliotecario de la Biblioteca Gratuita del Condado de Talbot. Con gusto le ayudo con los paseos en globo.'],
    [165, 'l', '¿Sigue conectado?'],
    [232, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Puede escribirnos de nuevo cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (balloon rides macro): coded Practice, every check na', [
    [0, 'p', 'TEST - practicing the balloon rides canned message'],
    [10, 'l', 'Practice: balloon ride info is at samplelibrary.org/balloons. Does this completely answer your question?'],
    [22, 'p', 'test done'],
    [26, 'l', 'Ending practice session.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '23 a balloon voucher cancelled for weather: no provider ever joined, only the queue line, the patron left at 140, coded Lost Call (one patron line)', [
    [0, 'p', 'if a balloon ride gets cancelled for weather do i get my money back or just a new date'],
    [2, 's', 'Welcome to AskUsNow! Please wait while we connect you with a librarian.'],
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 FU_ME, e-mail read back, "by Friday", done 71 h 37 min after the end (UTC)
  s(MABEL, '24 a great-grandfather\'s balloon ascensions at the Cumberland fair c. 1905: chroniclingamerica.loc.gov, microfilm checked by Mabel, e-mail read back, "by Friday"', [
    [0, 'p', 'Hi, family story says my great-grandfather, Harry Kessler, made balloon ascensions and parachute jumps at the Cumberland fair around 1905-1910. Any way to find newspaper mentions?'],
    [20, 'l', "Hello! I'm Mabel, a reference librarian with the Allegany County Library System. What a great family story."],
    [27, 'l', 'Do you know which event it was: the fair at the fairgrounds, or a carnival or Fourth of July celebration? And do you live here in Allegany County?'],
    [70, 'p', "the fair i think. I'm in Frostburg"],
    [80, 'l', "Chronicling America (chroniclingamerica.loc.gov) has Maryland papers from those years that you can search free; try 'Kessler' with 'balloon' and 'ascension'. The Cumberland Evening Times isn't there, but we have it on microfilm, and I can check the fair weeks for 1905 to 1910 for you. Would you like me to do that and e-mail you what I find?"],
    [110, 'p', 'yes please!! my email is r.kessler.frostburg@example.com'],
    [117, 'l', "Got it: r.kessler.frostburg@example.com. I'll go through the microfilm and e-mail you by Friday. In the meantime, does the Chronicling America search help?"],
    [150, 'p', "yes I'll dig in there tonight. that's all for now, thank you so much!"],
    [156, 'l', 'My pleasure — thanks for chatting, and watch your inbox!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T14:40:00Z', by: 'mabel-hb', note: 'sent 3 clippings' }] }, { now: T0 + 5 * DAY }),

  // 25 FU_LIB, e-mail read back, "within 48 hours", pending at day 1
  s(SOL, '25 a printed study guide for the FAA balloon test, Cecil County patron: faa.gov, the patron\'s library to e-mail her, address read back, "within 48 hours", pending', [
    [0, 'p', "Hi, I'm studying for the FAA written test for balloons. Is there a printed test prep book for lighter-than-air? My library is Cecil County"],
    [18, 'l', "Hi, thanks for contacting AskUsNow! My name is Sol and I'm a librarian helping the Maryland libraries tonight."],
    [24, 'l', 'Are you after a printed study guide only, or would practice questions online do too?'],
    [50, 'p', 'printed, i learn better with paper'],
    [60, 'l', "The free basics are the FAA's Balloon Flying Handbook and the lighter-than-air test standards, both at faa.gov. For a printed prep book, I don't see one in Cecil County's catalog, but it can be borrowed through interlibrary loan: I can pass this to Cecil County Public Library's staff so they can arrange it with you. What e-mail should they use?"],
    [95, 'p', 'bgordon.elkton@example.net'],
    [102, 'l', "Thanks — bgordon.elkton@example.net. Someone from Cecil County Public Library will e-mail you within 48 hours about borrowing a printed guide. Does the FAA handbook help in the meantime?"],
    [130, 'p', "yes, thanks. that's everything"],
    [136, 'l', 'Great — good luck on the test, and thanks for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB, patronLibrary: 'CCPL-CE' }),

  // 26 a promise with contact and time, coded Answered; done within the deadline
  s(HIRO, '26 an uncle\'s 1994 race in Balloon Life magazine: worldcat.org + the News-Post archive, "I\'ll … e-mail you the scan by Thursday", e-mail read back, coded Answered', [
    [0, 'p', 'hi, looking for an article about my uncle in Balloon Life magazine, around 1994, he won a race in frederick. can the library get it?'],
    [17, 'l', "Hi! Thanks for contacting Frederick County Public Libraries. I'm Hiro, one of the librarians."],
    [23, 'l', "Do you know the month, or the race's name?"],
    [55, 'p', 'summer i think, the race was at the great frederick fair? not sure'],
    [65, 'l', "Balloon Life isn't in our collection, but WorldCat (worldcat.org) shows libraries that hold the 1994 issues, so I can ask one of them for a scan of the article through interlibrary loan. The Frederick News-Post archive for 1994, free with your card at fcpl.org > Research > Newspapers, may have covered the race too."],
    [71, 'l', "I'll put in the request today and e-mail you the scan by Thursday. What's your e-mail?"],
    [100, 'p', 'its tdelgado1994@example.com'],
    [106, 'l', "Thanks, that's tdelgado1994@example.com. Does the News-Post archive look useful for now?"],
    [140, 'p', 'yes found a photo already!! thats all i need'],
    [146, 'l', "Wonderful! Thanks for chatting, and I'll be in touch."],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: '2026-03-04T16:20:00-05:00' }] }, { now: T0 + 3 * DAY }),

  // 27 FU_ME, the e-mail only on the account; done at 08:30 Mountain time, 72 h 27 min after the end
  s(DELPHINE, '27 tethered balloon rides at a wedding near St. Michaels: ecfr.gov, "email you at the address on your account by Wednesday", done 2026-03-05T08:30-07:00 (late)', [
    [0, 'p', "Hi! I'm planning a wedding at a farm venue near St. Michaels and the couple wants tethered hot air balloon rides for guests. Are there rules about that in Maryland?"],
    [21, 'l', 'Good afternoon! This is Delphine, a librarian with AskUsNow!'],
    [27, 'l', 'Is the balloon company already lined up, or are you still looking for one? The rules fall a bit differently on the operator and on the venue.'],
    [60, 'p', "we have a company, I'm more worried about the venue side, permits etc"],
    [70, 'l', "On the flying side, the operator works under the FAA's rules for balloons (14 CFR Part 91, readable at ecfr.gov), so that part is on them. Event permits are a county matter: I'll ask our government documents librarian about Talbot County's rules and email you at the address on your account by Wednesday."],
    [100, 'p', 'perfect, thank you'],
    [106, 'l', 'Does the FAA part cover what you needed for now?'],
    [130, 'p', 'yes thanks'],
    [135, 'l', "You're welcome — thanks for chatting with AskUsNow!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'dana.events@example.com', phone: null }, followUps: [{ doneAt: '2026-03-05T08:30:00-07:00' }],
  }, { now: T0 + 5 * DAY }),

  // 28 FU_ME (partly Spanish), phone given and read back, no time; the deadline passed, nothing recorded
  s(GUS, '28 crewing for balloons from Elkton (partly Spanish): bfa.net, a pilot Gus will ask, phone read back, "as soon as I hear back from him", not recorded at day 4', [
    [0, 'p', 'hola, quiero ser voluntario de crew para globos aerostaticos. how do I start? vivo en elkton'],
    [19, 'l', "¡Hola! Hi, I'm Gus, a librarian at Cecil County Public Library. Happy to help in English or Spanish."],
    [25, 'l', '¿Ha trabajado antes con globos, o sería la primera vez? Have you crewed before?'],
    [55, 'p', 'primera vez. no experience'],
    [64, 'l', "No experience needed: crews learn on the job, helping unpack, inflate, chase and pack up the balloon. The Balloon Federation of America's page on crewing, at bfa.net, explains what crew members do and lists balloon clubs by region. Also, a balloon pilot who gives talks at our Elkton branch is sometimes looking for crew; I can ask him for you. What's a good phone number?"],
    [100, 'p', 'si! 443 555 0119'],
    [107, 'l', "Thanks: 443-555-0119. I'll call you as soon as I hear back from him. Meanwhile, does the BFA page help?"],
    [140, 'p', 'yes muchas gracias!'],
    [146, 'l', '¡De nada! Thanks for chatting, and good luck!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 29 plain good
  s(SAM, '29 the hot air balloon altitude record for a trivia night: hot air or any balloon asked, Singhania 2005, fai.org records, "thats all i needed"', [
    [0, 'p', 'trivia night q: whats the record for highest hot air balloon flight?? need it b4 8pm lol'],
    [17, 'l', 'Hi! Sam here, a librarian at Kent County Public Library. Fun question!'],
    [23, 'l', 'Do you need the height record for a hot air balloon specifically, or for any kind of balloon? Gas balloons have gone much higher.'],
    [50, 'p', 'hot air specifically'],
    [58, 'l', "The hot air balloon altitude record is 21,027 m (68,986 ft), set by Vijaypat Singhania of India over Mumbai on 26 November 2005. Records like this are certified by the FAI (the World Air Sports Federation), and you can look it up in their records database at fai.org under Records > Ballooning."],
    [64, 'l', 'Is that what you needed?'],
    [90, 'p', 'yesss thank u thats all i needed!!'],
    [95, 'l', 'Good luck at trivia night — thanks for chatting!'],
  ], usual()),

  // 30 plain good, from a source without codes
  s(NORA, '30 a drone to film balloons at a Howard County festival: for fun or paid asked, faa.gov/uas + B4UFLY at faa.gov, anything else asked, no code field', [
    [0, 'p', "hey can i fly my drone to film hot air balloons taking off at a festival? it's in Howard County"],
    [21, 'l', 'Hello! Nora here, a librarian with AskUsNow!'],
    [27, 'l', 'Is it just for fun, or would you be selling the video or getting paid for it?'],
    [55, 'p', 'just for fun, posting on youtube'],
    [66, 'l', "For recreational flying you need to pass the FAA's free TRUST test and follow the recreational rules, all explained at faa.gov/uas (Recreational Flyers). Check the airspace first with one of the FAA's B4UFLY apps, listed at faa.gov/uas/getting_started/b4ufly. Two more things: drones must give way to every crewed aircraft, balloons included, so stay well clear of them, and many festivals post a no-drone rule on their event pages. Does that help?"],
    [100, 'p', "yeah thats really helpful, i didnt know about the trust thing"],
    [106, 'l', 'Anything else I can help you with?'],
    [125, 'p', 'no thats it, thanks!'],
    [130, 'l', 'Have fun filming, safely! Thanks for chatting.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BALLOONS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-seventh round: hot air balloons and ballooning, checked', () => {
  describeSessions('whole sessions', BALLOONS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BALLOONS.filter((c) => c.name in LEFT_WHY));
});
