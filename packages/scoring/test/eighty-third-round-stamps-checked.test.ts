/**
 * Eighty-third round, theme STAMPS, STAMP COLLECTING AND POSTAL HISTORY, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: the Inverted Jenny for a fifth-grade report, a grandfather's
 * album of Salvadoran stamps (Spanish), the 1978 Harriet Tubman stamp for a Cambridge museum volunteer, 1870s letters
 * postmarked Ellicott's Mills, Baltimore's 1845 postmaster's provisional, when ZIP Codes began, the federal and Maryland duck
 * stamps, Carroll County's 1899 county-wide rural free delivery, plate blocks seen on eBay, an unused 24-cent airmail found
 * in a book, first-day-of-issue postmarks for an eleven-year-old, the stamp show in Timonium, a middle-school stamp club,
 * every U.S. stamp about Maryland, a 1963 five-cent flag stamp (Spanish Lost Call), a Point Lookout prisoner's letter with
 * an "EXAMINED" handstamp, why living people are not on U.S. stamps, storing stamps away from a damp basement, the 1975
 * letter rate, how mail reaches Smith Island, Frederick Douglass stamps for a church display, World War II V-mail, a
 * Lewistown postmaster ancestor, stamps of famous Latinos for a fourth grader (partly Spanish), railway post office
 * articles, a 1922 postcard from Kempton in Garrett County, joining a club after inheriting a collection, the first
 * Annapolis post office for a walking tour, and the Scouts' Stamp Collecting merit badge. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/stamps-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello and welcome to Ask Us Now! I'm Nadia, a librarian at …" (01); Spanish "¡Buenas tardes! Le atiende
 *   Marisol, bibliotecaria del servicio AskUsNow!." (02); pickup at exactly 60 s (03: pass) and at 61 s after the patron's
 *   "hello? anyone there" (04: fail); "You're chatting with a librarian at Baltimore County Public Library", no name (05);
 *   "Hi there! 👋" and a question from the screen name PostalPam, no name, library or service in the text (06: fail); "This
 *   is Marcus at Howard County Library System." with no greeting word (07: fail); bilingual "¡Hola! Thanks for contacting
 *   AskUsNow!. Soy Omar, bibliotecario." (16); "¡Hola! Hi, this is Ana, a librarian with AskUsNow!." (25); no provider
 *   ever, only the queue's line (13);
 *  inquiry: grade and format, loose or on covers, class or own interest, short answer or sources, year or story, hunting
 *   only in Maryland and age, a restatement "So you want to know whether …" (08), right side up and used or unused (11:
 *   no source ever given), the daughter's age and the stamp, the club's size, a catalogue at home (15), what the handstamp
 *   says, U.S. only or not, loose or mounted, the year range, today or history, the display's date (a deadline), how it
 *   worked or grandpa's letters, the ancestor's name and years, the language and the home library (25), publication or own
 *   research, the town or the post office, club or reading, colonial or whole history, which requirement; none at all, the
 *   answer straight after the greeting (10: fail);
 *  waits: two holds of exactly 120 s ("Let me check a couple of sources, one moment." then "Still looking — I've found …
 *   and I'm checking …") (08: pass); "Sure, take your time." and the patron back 204 s later (15: waiting on the patron,
 *   pass); a transfer announcement answered by the receiver 38 s and 52 s later (04, 29); a hold answered 140 s later (26:
 *   fail); an internal note and a silent transfer, the receiver 135 s after the patron (30: fail); a patron line before a
 *   61 s pickup (04: pickup's wait, not keep_informed's);
 *  endings: a true Lost Call, greeting only, "¿Sigue ahí? Are you still there?" at 150, "It looks like you've been
 *   disconnected, so I'm going to end this chat. Thanks …" at 211 (16: final idle 185 s, both pass); Lost Call after two
 *   patron lines, "Hi, are you still there?" and `endedAt` 121 s after the answer, no thanks (17: idle passes, notice na,
 *   courteous and code fail); a goodbye 119 s after the answer (18: idle na); "Still there?" then a goodbye exactly 120 s
 *   after the answer (19: pass); a goodbye 121 s after with no check-in (20: fail); "Are you still there?" and a notice that
 *   thanks, exactly 180 s after the answer (21: both pass); a check-in and a plain goodbye 181 s after (22: notice fails);
 *   "It looks like you may have stepped away, so I'll end the chat shortly. Thanks …" 125 s after, asking nothing (23:
 *   idle fails, a goodbye, so the idle ends there and the notice is na); "you've reached the limit of questions for one
 *   chat session … Goodbye." (14: dismissal fails, courteous passes); "I have other patrons waiting right now … please log
 *   back on anytime" (15: allowed); patron-side "thats everything we needed", "es todo lo que necesitaba", "no more
 *   questions", "thats all i wanted to know", "that is all", "No, that was it", "that is everything i wanted to know", "eso
 *   es todo", "thats all i need for now", "thats everything", "thats all"; and "yep cool thanks", "oh. ok", "ok will do",
 *   "awesome thank you" that do not count; "Let me know if you ever have more questions." that asks nothing (06: fail);
 *  sources: postalmuseum.si.edu and its online collection, the Pratt, BCPL, Carroll and Talbot catalogues, George Amick's
 *   The Inverted Jenny, the Scott Standard Postage Stamp Catalogue, colnect.com, about.usps.com (Postmaster Finder, ZIP
 *   Code history, rate table, stamp criteria, Postal Bulletin), FamilySearch's M841, fws.gov, linns.com, stamps.org,
 *   Harrison's Prisoners' Mail from the American Civil War, mysticstamp.com, ProQuest Historical Newspapers,
 *   nationalww2museum.org, postalhistory.com, msa.maryland.gov, Papenfuse's In Pursuit of Profit, scouting.org; none, only
 *   "The American Philatelic Society has expert reviewers … you could contact them" (11: fail);
 *  referrals: the DNR licensing service by phone (07: pass); USPS Stamp Fulfillment Services by postal address (12: pass);
 *   the APS with no way to reach it (11: fail); the Baltimore Philatelic Society by phone and "stopping in at the post office
 *   in Towson and asking the clerks" (28: one party without a way, fail); not referrals: a colleague in Hyattsville who
 *   will call the patron (25), the APRL asked on the patron's behalf (26), websites of agencies to use (04, 08, 21, 27);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday at the latest", done at 30 h, judged on day 2 (24: pass);
 *   FU_LIB partly in Spanish, a phone typed with spaces and read back with dashes, "a más tardar el miércoles", nothing
 *   recorded on day 1 (25: pending); a promise to e-mail scans "once they come", e-mail read back, coded Answered, nothing
 *   recorded on day 4 (26: code, contact and on_time fail); FU_ME, "I'll look into it and get back to you", no contact
 *   anywhere, done at 80 h (27: code, contact and on_time fail);
 *  codes: a true Lost Call (16); Lost Call after two patron lines (17); null with no provider (13); "" (20); the field left
 *   out (05: na); Practice (09);
 *  transfers: a notice only (04: fail); a notice (a hold) and an internal note saying why (29: pass); an internal note only
 *   (30: fail);
 *  concurrency: one ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (03: three at most,
 *   pass); three others overlapping, four at once from 50 s to 80 s (28: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Marcus at Howard County Library System." identifies the provider but greets no one; with a question as the
 *   second message there is no greeting (07: fail);
 * - "You're chatting with a librarian at …" identifies who is answering without a name (05: pass);
 * - a screen name (PostalPam) is not an identification "in the text" (06: fail);
 * - "Let me know if you ever have more questions." invites, but does not ask whether the patron needs anything else, and
 *   "yep cool thanks" is thanks, not an explicit end (06: anything_else fails);
 * - "that is all", "thats all", "No, that was it", "eso es todo", "es todo lo que necesitaba", "thats all i need for now"
 *   and "I think that covers it, no more questions" say explicitly that the patron is done;
 * - "Would you like a short answer to settle it, or sources you can dig into?" (05), "¿Prefiere que le escriba en
 *   español?" (25) and "When is the display going up?" (22) ask about format or deadline, questions that shape the answer;
 *   "Do you already have a stamp catalogue at home? …" (15) asks about the patron's situation;
 * - a restatement phrased as a question, "So you want to know whether … — is that right?", counts (08);
 * - "Still looking — I've found the Postal Service's RFD history and I'm checking …" says the search goes on: a hold (08);
 *   "Sure, take your time." is not (15);
 * - "OK, let me search the American Philatelic Research Library catalog for you, one moment." is a hold; the answer 140 s
 *   later is a span longer than 120 s (26: fail);
 * - a transfer announcement ("I'm going to transfer you to him. One moment please!") is a hold; the wait runs to the
 *   receiver's first visible line (04, 29); with no visible notice, the patron's own line starts the wait and the internal
 *   note and the transfer event do not end it (30: 135 s, fail);
 * - "Want me to pull up a few price guides for plate blocks too?" offers something not yet given (10: completeness
 *   fails); "Does FamilySearch give you something to start with in the meantime?" and "¿Le sirven las estampillas que le
 *   mandé?" ask about what was given (24, 25: pass); a "Does that help?" at the end of the answer message is "in" it (17,
 *   18, 20, 21, 22, 23);
 * - an answer with no source is still "the first message that gives a source or answer", so "Does that help?" after it
 *   passes completeness (11);
 * - the APS "has expert reviewers … you could contact them about getting it looked at" is a referral with no way to
 *   reach it, and an organisation named without a way to reach it is not a source (11: referral and source fail);
 * - "mail it … to FDOI – [name of the stamp], USPS Stamp Fulfillment Services, 8300 NE Underground Drive, …" tells the
 *   patron to write to an office, with its postal address (12: referral passes);
 * - "it's worth stopping in at the post office in Towson and asking the clerks" tells the patron to visit an office with
 *   no way to reach it, so not every party has one (28: fail), though the Baltimore Philatelic Society's phone is given;
 * - "I'll look into it and get back to you" (27) and "I'll put in the request today and e-mail you the scans once they come"
 *   (26) are promises to find or send more later; "today" dates the request, not when the information will come, and
 *   "once they come" names no time (26: contact fails);
 * - "una compañera de Hyattsville le llamará" has the patron's library contact the patron: a follow-up promise, not a
 *   referral (25); the FU_LIB session's deadline is judged on day 1, before it passes (pending);
 * - a follow-up recorded at 30 h is "within `followUpHours`" whatever the day `now` is (24, judged on day 2: pass);
 * - "It seems you've gotten disconnected, so I'm going to close this chat now. Thank you for contacting us — come back
 *   anytime!" is both the disconnect notice and a goodbye, so the final idle ends at it (21: exactly 180 s, notice
 *   applies and passes); likewise in Spanish and English at 211 (16: 185 s);
 * - "It looks like you may have stepped away, so I'll end the chat shortly. Thanks for chatting with AACPL!" thanks the
 *   patron without asking whether they are there: a goodbye, so the final idle ends at it (125 s): the check-in applies and
 *   fails, the notice (under 180 s) is na (23);
 * - "Hi, are you still there?" is the provider's last line, not a goodbye, so the final idle runs to `endedAt` (17: 121 s);
 * - `resolutionCode: undefined` in the transcript is the field left out (a source with no codes): code na (05);
 * - a first-day-cover answer and a Lost Call greeting are the first provider messages after the patron's last line, where
 *   the final idle starts (16: the greeting at 26 s, not a hold).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (06, 24, 26). Label corrections: none (each disagreement reread against
 * RUBRIC.md for its check; every label stood).
 * Final: 27 running, 3 LEFT (LEFT_WHY: "Let me know if you ever have more questions." read as asking whether the patron
 * needs anything else, 06; "Does FamilySearch give you something to start with in the meantime?" not read as the
 * completeness question, 24; "today" in "I'll put in the request today and e-mail you the scans once they come." read as
 * when the information will come, 26).
 * ON v71 AS LANDED (block AK): 24 reads as labelled and runs ("Does FamilySearch give you something to start with in the
 *   meantime?": AK9): 28 running, 2 LEFT (06, 26).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NADIA: Prov = { id: 'nadia-st', name: 'Nadia', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-st', name: 'Marisol', library: 'AUN' };
const TERRENCE: Prov = { id: 'terrence-st', name: 'Terrence', library: 'PGCMLS' };
const GWEN: Prov = { id: 'gwen-st', name: 'Gwen', library: 'HCLS' };
const HOLLIS: Prov = { id: 'hollis-st', name: 'Hollis', library: 'HCLS' };
const BEN: Prov = { id: 'ben-st', name: 'Ben', library: 'BCPL' };
const PAM: Prov = { id: 'pam-st', name: 'PostalPam', library: 'AUN' };
const MARCUS: Prov = { id: 'marcus-st', name: 'Marcus', library: 'HCLS' };
const IRENE: Prov = { id: 'irene-st', name: 'Irene', library: 'CCPL-CA' };
const TRAINEE: Prov = { id: 'trainee-st', name: 'Trainee 07', library: 'TRN' };
const DESHAWN: Prov = { id: 'deshawn-st', name: 'DeShawn', library: 'AACPL' };
const LORNA: Prov = { id: 'lorna-st', name: 'Lorna', library: 'FCPL-MD' };
const PETRA: Prov = { id: 'petra-st', name: 'Petra', library: 'MCPL' };
const QUEUE: Prov = { id: 'queue-st', name: 'Queue', library: 'VRQ' };
const CHET: Prov = { id: 'chet-st', name: 'Chet', library: 'WPL' };
const ROSALIND: Prov = { id: 'rosalind-st', name: 'Rosalind', library: 'HCPL-MD' };
const OMAR: Prov = { id: 'omar-st', name: 'Omar', library: 'AUN' };
const KIM: Prov = { id: 'kim-st', name: 'Kim', library: 'SMCL' };
const FIONA: Prov = { id: 'fiona-st', name: 'Fiona', library: 'AUN' };
const JUNE: Prov = { id: 'june-st', name: 'June', library: 'TCFL' };
const WALT: Prov = { id: 'walt-st', name: 'Walt', library: 'CCPL-CE' };
const ALMA: Prov = { id: 'alma-st', name: 'Alma', library: 'SCL' };
const BRYCE: Prov = { id: 'bryce-st', name: 'Bryce', library: 'EPFL' };
const CORA: Prov = { id: 'cora-st', name: 'Cora', library: 'AACPL' };
const HAL: Prov = { id: 'hal-st', name: 'Hal', library: 'FCPL-MD' };
const ANA: Prov = { id: 'ana-st', name: 'Ana', library: 'AUN' };
const DORIAN: Prov = { id: 'dorian-st', name: 'Dorian', library: 'MCPL' };
const EDITH: Prov = { id: 'edith-st', name: 'Edith', library: 'GCPL' };
const FELIX: Prov = { id: 'felix-st', name: 'Felix', library: 'BCPL' };
const GRACE: Prov = { id: 'grace-st', name: 'Grace', library: 'AACPL' };
const LEON: Prov = { id: 'leon-st', name: 'Leon', library: 'AACPL' };
const IVY: Prov = { id: 'ivy-st', name: 'Ivy', library: 'AUN' };
const JASPER: Prov = { id: 'jasper-st', name: 'Jasper', library: 'AUN' };

const s = session;

export const STAMPS: SessionCase[] = [
  // 01 the plain good session
  s(NADIA, '01 the Inverted Jenny for a 5th-grade report: books or websites asked, postalmuseum.si.edu + Amick in the Pratt catalog, "thats everything we needed"', [
    [0, 'p', 'hi!! my son has a report on the upside down airplane stamp. the inverted jenny? he is in 5th grade'],
    [21, 'l', "Hello and welcome to Ask Us Now! I'm Nadia, a librarian at the Enoch Pratt Free Library."],
    [27, 'l', 'Does his teacher want printed books, or are websites OK too?'],
    [62, 'p', 'at least one book and one website'],
    [70, 'l', "Great. The Smithsonian's National Postal Museum has a kid-friendly page on it: go to postalmuseum.si.edu and search 'Inverted Jenny'. It tells how a collector named William Robey bought a whole sheet of 100 with the plane printed upside down in 1918. For the book, search 'Inverted Jenny' in our catalog at prattlibrary.org; George Amick's The Inverted Jenny: Money, Mystery, Mania is there."],
    [76, 'l', 'Does this completely answer your question?'],
    [118, 'p', 'yes perfect, thats everything we needed. thank you!!'],
    [124, 'l', 'You are so welcome. Good luck to him on the report, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish throughout: a grandfather's album
  s(MARISOL, '02 álbum de estampillas del abuelo, El Salvador años 50 (Spanish): "Le atiende Marisol, bibliotecaria", Scott + colnect.com, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes. tengo un album de estampillas de mi abuelo, son de El Salvador de los años 50. como se si valen algo?'],
    [25, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria del servicio AskUsNow!. Con gusto le ayudo.'],
    [31, 'l', '¿Las estampillas están sueltas en el álbum o todavía pegadas en sobres?'],
    [70, 'p', 'sueltas, pegadas con bisagras en las paginas. son como 200'],
    [78, 'l', 'El catálogo que usan los coleccionistas para ver precios es el Scott Standard Postage Stamp Catalogue; el tomo que incluye El Salvador suele estar en la sección de referencia (búsquelo en el catálogo de su biblioteca). En línea, colnect.com tiene fotos de cada estampilla para identificarlas. Ojo: casi todas las estampillas comunes de esos años valen centavos, pero un álbum completo puede interesar a un coleccionista.'],
    [84, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchisimas gracias, es todo lo que necesitaba 🙏'],
    [136, 'l', '¡Con mucho gusto! Gracias por escribir a AskUsNow!, vuelva cuando quiera.'],
  ], usual()),

  // 03 pickup at exactly 60 s; touching intervals, three at most
  s(TERRENCE, '03 the 1978 Harriet Tubman stamp for a Cambridge museum volunteer: pickup at exactly 60 s, touching intervals (three at most), "no more questions"', [
    [0, 'p', 'When did Harriet Tubman get a stamp? Was she the first Black woman on a US stamp?'],
    [60, 'l', "Hi, thanks for waiting! I'm Terrence, a librarian at Prince George's County Memorial Library System."],
    [66, 'l', 'Is this for a class assignment, or your own interest? Just so I know how deep to go.'],
    [95, 'p', 'Own interest, I volunteer at a museum in Cambridge MD'],
    [104, 'l', "Her 13-cent stamp came out on February 1, 1978, as the first stamp of the Postal Service's Black Heritage series, and she was the first African American woman honored on a U.S. stamp. The National Postal Museum's online collection (collections.postalmuseum.si.edu) has the image and issue details, and the Black Heritage page at about.usps.com lists the whole series."],
    [110, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'Yes, great. I think that covers it, no more questions.'],
    [146, 'l', 'Glad to help — thanks for contacting us, and have a great day!'],
  ], usual(), {}, {
    otherIntervals: [other('t1', 'terrence-st', -300, 0), other('t2', 'terrence-st', -50, 100), other('t3', 'terrence-st', 30, 400), other('t4', 'terrence-st', 151, 500)],
  }),

  // 04 pickup at 61 s, then a transfer announced to the patron with no internal note
  s(GWEN, '04 1870s letters postmarked Ellicott\'s Mills: "hello? anyone there", pickup at 61 s, transfer announced with no note, Postmaster Finder + M841', [
    [0, 'p', 'i have a bunch of old letters addressed to ellicotts mills md, 1870s. postmarks are hard to read. is there a list of postmasters or something'],
    [40, 'p', 'hello? anyone there'],
    [61, 'l', "Sorry to keep you waiting! Hi, I'm Gwen, a librarian with Howard County Library System."],
    [67, 'l', "Our local history librarian Hollis is online right now and knows Ellicott City's past much better than I do, so I'm going to transfer you to him. One moment please!"],
    xfer(72, 'Hollis', 'hollis-st'),
    [105, 'l', "Hi there, Hollis from HCLS's Historical Center. Are the letters all postmarked Ellicott's Mills, or are some from Ellicott City as well?", as(HOLLIS)],
    [150, 'p', 'both i think, some say ellicotts mills and later ones ellicott city'],
    [160, 'l', "That fits: the town took the name Ellicott City in 1867, and the post office name followed. The USPS Postmaster Finder at about.usps.com/who-we-are/postmasterfinder lists postmasters by office, and the National Archives' Record of Appointment of Postmasters (microfilm M841, free on familysearch.org) gives the dates for each one.", as(HOLLIS)],
    [166, 'l', 'Does that help you date the letters?', as(HOLLIS)],
    [200, 'p', 'yes!! that helps a lot thx'],
    [205, 'l', 'Anything else I can help with today?', as(HOLLIS)],
    [225, 'p', 'nope thats it'],
    [230, 'l', 'Happy sleuthing, and thanks for chatting!', as(HOLLIS)],
  ], usual({ pickup: 'fail', transfer: 'fail' })),

  // 05 a good session from a source with no codes (the field left out); "a librarian", no name
  s(BEN, '05 Baltimore\'s 1845 postmaster\'s provisional (a bet with a coworker): "You\'re chatting with a librarian at BCPL", no code field (na)', [
    [0, 'p', 'Is it true Baltimore had its own stamps before the US did? My coworker says so'],
    [18, 'l', "Hi there! You're chatting with a librarian at Baltimore County Public Library. Happy to help."],
    [24, 'l', 'Would you like a short answer to settle it, or sources you can dig into?'],
    [52, 'p', 'short answer plus a link i can send him lol'],
    [60, 'l', "Your coworker is right. Before the first U.S. stamps of 1847, Baltimore's postmaster, James M. Buchanan, issued his own 'provisional' stamps in 1845, signed with his name. They're very rare today. The National Postal Museum explains the postmasters' provisionals at postalmuseum.si.edu (search 'postmasters provisionals')."],
    [66, 'l', 'Does that settle the bet?'],
    [90, 'p', 'YES. he owes me lunch 😂 thanks'],
    [95, 'l', 'Ha, enjoy lunch! Anything else I can look up for you?'],
    [110, 'p', 'no thats all'],
    [114, 'l', 'Thanks for chatting, take care!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 06 no identification in the text; "Let me know if …" asks nothing
  s(PAM, '06 when ZIP Codes began (dad\'s old letters): "Hi there! 👋" from screen name PostalPam (greeting fails), "Let me know if you ever have more questions"', [
    [0, 'p', 'when did zip codes start? my dads old letters dont have them'],
    [14, 'l', 'Hi there! 👋'],
    [19, 'l', 'Do you want just the year, or the story of how they came in?'],
    [45, 'p', 'year and a bit of the story'],
    [52, 'l', "ZIP Codes started on July 1, 1963. The Post Office Department used a cartoon mailman, Mr. ZIP, to get people to use them, and for years they weren't required on personal mail. The Postal Service's own history of the ZIP Code is at about.usps.com (search 'ZIP Code history'), and the National Postal Museum has pages on Mr. ZIP at postalmuseum.si.edu."],
    [58, 'l', 'Did that answer your question?'],
    [90, 'p', 'yep cool thanks'],
    [95, 'l', 'Great! Let me know if you ever have more questions. Bye for now!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 an introduction with no greeting; a referral by phone
  s(MARCUS, '07 duck stamps for goose season: "This is Marcus at HCLS." (no greeting), fws.gov, the DNR licensing service at 410-555-0142', [
    [0, 'p', 'do i need a duck stamp to hunt geese in maryland and where do i buy one'],
    [22, 'l', 'This is Marcus at Howard County Library System.'],
    [27, 'l', 'Will you be hunting only in Maryland this season, and are you 16 or older?'],
    [55, 'p', 'yes just maryland, im 34'],
    [63, 'l', "Then you need both: the Federal Duck Stamp, required of every waterfowl hunter 16 or older, and Maryland's migratory game bird stamp along with your hunting license. The federal one can be bought online through fws.gov (search 'duck stamp'). For the Maryland stamp and license, call the Maryland Department of Natural Resources licensing service at 410-555-0142."],
    [69, 'l', 'Does that answer your question?'],
    [100, 'p', 'ya that does it. no more questions, thanks man'],
    [106, 'l', 'Good luck out there this season, and thanks for using Ask HCLS!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 08 a restatement; two holds of exactly 120 s
  s(IRENE, '08 Carroll County and rural free delivery: a restatement, hold at 56, "Still looking" at 176, the answer at 296 (two spans of exactly 120 s)', [
    [0, 'p', 'hi my great grandparents had a farm near westminster. someone told me carroll county was the first place with rural mail delivery?? is that true'],
    [19, 'l', "Hi! I'm Irene, a librarian at Carroll County Public Library. Thanks for reaching out."],
    [26, 'l', 'So you want to know whether Carroll County really was the first place in the country to get rural free delivery, and when it reached the farms around Westminster — is that right?'],
    [50, 'p', 'yes exactly'],
    [56, 'l', 'Let me check a couple of sources, one moment.'],
    [176, 'l', "Still looking — I've found the Postal Service's RFD history and I'm checking what it says about Carroll County."],
    [296, 'l', "Here's what I found: the first rural free delivery routes started in West Virginia in 1896, so Carroll County wasn't the very first, but in December 1899 it became the first county in the nation with county-wide rural delivery, run out of Westminster. The USPS history of Rural Free Delivery is at about.usps.com/who-we-are/postal-history, and for the local side search 'rural free delivery' in our catalog at library.carr.org."],
    [302, 'l', 'Does that answer your question?'],
    [340, 'p', 'wow yes! that is everything i wanted to know, thank you so much'],
    [346, 'l', 'My pleasure — thanks for chatting with us, and enjoy the family history!'],
  ], usual()),

  // 09 Practice
  s(TRAINEE, '09 practice chat (stamp values script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 — practice question about stamp values'],
    [8, 'l', 'Practice reply: see the Scott catalogue in the reference room.'],
    [15, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 10 no question before the source; an offer of more instead of the completeness question
  s(DESHAWN, '10 what is a plate block (an eBay listing): linns.com at once with no question, "Want me to pull up a few price guides … too?", "thats all i wanted to know"', [
    [0, 'p', 'whats a plate block? saw it on ebay listing'],
    [16, 'l', 'Hello! DeShawn here, librarian at Anne Arundel County Public Library.'],
    [22, 'l', "A plate block is a block of stamps (usually four or six) from the corner of a sheet that still has the margin with the printing plate number on it. Collectors often pay a bit more for them. Linn's Stamp News has a beginner's explanation with pictures at linns.com (search 'plate block')."],
    [28, 'l', 'Want me to pull up a few price guides for plate blocks too?'],
    [60, 'p', 'nah im good, thats all i wanted to know. thanks!'],
    [65, 'l', 'Happy collecting, and thanks for stopping by!'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 11 no source; the APS named with no way to reach it
  s(LORNA, '11 an unused 24-cent airmail found in a book: right side up and used asked, the value from memory, "you could contact" the APS with no way to reach it', [
    [0, 'p', 'found an old airmail stamp in a book, red and blue with a plane, says 24 cents. could it be worth a lot??'],
    [20, 'l', "Hi, welcome to Ask Frederick County Public Libraries! My name is Lorna, and I'm a librarian here."],
    [26, 'l', 'Is the plane right side up? 😊 And is the stamp used (postmarked) or unused?'],
    [58, 'p', 'lol right side up. unused i think, no postmark'],
    [66, 'l', "Then it's most likely the regular 1918 24-cent airmail, the same 'Jenny' design without the famous error. An unused one in nice shape is worth real money, from tens of dollars up to a few hundred depending on centering and gum. The American Philatelic Society has expert reviewers who can tell you for sure; you could contact them about getting it looked at."],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'ok yes thank you! that is all'],
    [104, 'l', 'Take good care of it, and thanks for writing in!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 12 a good session; a referral by postal address
  s(PETRA, '12 first-day-of-issue postmarks for an 11-year-old: USPS Stamp Fulfillment Services by postal address, the Postal Bulletin, "No, that was it"', [
    [0, 'p', 'Hello, how do I get a first day of issue postmark on a new stamp? My daughter wants to start collecting them'],
    [24, 'l', "Good morning, and thanks for contacting Montgomery County Public Libraries! I'm Petra, one of the librarians on chat."],
    [30, 'l', 'How old is your daughter, and is there a particular new stamp she has her eye on?'],
    [75, 'p', 'shes 11. theres a new one with birds coming out i think'],
    [84, 'l', "Nice! Each new stamp has a first-day city and date. She can buy the stamp, put it on her own addressed envelope, and mail it within 120 days inside a larger envelope to FDOI – [name of the stamp], USPS Stamp Fulfillment Services, 8300 NE Underground Drive, Suite 300, Kansas City, MO 64144-9900; they send it back with the first-day postmark. The dates and cities for each new issue are announced in the Postal Bulletin (about.usps.com, search 'Postal Bulletin')."],
    [90, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'Yes, that is perfect'],
    [134, 'l', 'Can I help with anything else today?'],
    [150, 'p', 'No, that was it. Thank you!'],
    [155, 'l', 'Have fun with the new collection! Thanks for chatting with MCPL.'],
  ], usual({ referral: 'pass' })),

  // 13 no provider ever joined
  s(QUEUE, '13 the stamp show in Timonium: no provider ever joined, "hello????", "ok nvm", patron left, code null', [
    [0, 'p', 'hi does anyone know about the stamp show in timonium? when is it'],
    [5, 's', 'All of our librarians are helping other patrons. Please stay on the line; your chat will be answered shortly.'],
    [150, 'p', 'hello????'],
    [240, 'p', 'ok nvm'],
    left(246),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 14 dismissed: "you've reached the limit of questions"
  s(CHET, '14 a middle-school stamp club, then a list: stamps.org + postalmuseum.si.edu/educators, "you\'ve reached the limit of questions for one chat session … Goodbye."', [
    [0, 'p', 'im starting a stamp club at my school (middle school) and need ideas: activities, how to get free stamps, how to run meetings, fundraising, prizes'],
    [20, 'l', 'Hi! Chet here, a librarian with Wicomico Public Libraries. Fun project!'],
    [26, 'l', 'How many kids do you expect, and how often will you meet?'],
    [60, 'p', 'maybe 12 kids, every other week. also what age to start etc'],
    [70, 'l', "The American Philatelic Society has free youth activity sheets and a beginners' guide; look under Youth at stamps.org. The Smithsonian's National Postal Museum also has free lesson plans at postalmuseum.si.edu/educators."],
    [76, 'l', 'Does that help you get started?'],
    [110, 'p', 'yes! now how do i get free stamps for them, and fundraising ideas, and what prizes, and should we charge dues'],
    [118, 'l', "Sorry, you've reached the limit of questions for one chat session, so I'll have to end it here. Goodbye."],
    [130, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 the allowed ending; "take your time" is not a hold
  s(ROSALIND, '15 every U.S. stamp about Maryland: "Sure, take your time." (204 s away), Scott numbers + colnect.com, "other patrons waiting … log back on anytime"', [
    [0, 'p', 'I want to collect every US stamp that has something to do with Maryland. Is there a list?'],
    [17, 'l', "Hello! Thanks for contacting Harford County Public Library's Ask a Librarian. I'm Rosalind."],
    [23, 'l', 'Do you already have a stamp catalogue at home? If you have one handy, tell me which edition and I can point you to the right pages.'],
    [40, 'p', 'i think i have an old scott specialized somewhere, let me go find it'],
    [46, 'l', 'Sure, take your time.'],
    [250, 'p', "ok found it, it's the 2009 Scott Specialized Catalogue of United States Stamps & Covers"],
    [258, 'l', "That works. There's no official list, but the main ones are the 1934 Maryland Tercentenary 3-cent (the Ark and the Dove, Scott 736), the 1984 Maryland Statehood 20-cent (Scott 2073) and the 1988 Maryland Statehood bicentennial 22-cent (Scott 2342); look them up in your Specialized by those numbers. Colnect (colnect.com) also lets you search stamps by subject, like 'Maryland' or 'Chesapeake'."],
    [264, 'l', 'Does that give you a good start?'],
    [300, 'p', 'yes thanks. can you also find all the ones with Baltimore Orioles, the bird AND the team, and Chesapeake bay retrievers, and lighthouses of the bay, and Edgar Allan Poe, and the values of each'],
    [310, 'l', "That's a long list! I have other patrons waiting right now, so I'll stop here for today, but please log back on anytime and we can tackle those one at a time. Thanks so much for chatting!"],
    [325, 'p', 'ok will do'],
  ], usual({ anything: 'fail' })),

  // 16 a true Lost Call (partly Spanish)
  s(OMAR, '16 sello de 5 centavos de 1963 (Lost Call, partly Spanish): greeting only, "¿Sigue ahí? Are you still there?" at 150, disconnect notice that thanks at 211', [
    [0, 'p', 'cuanto vale una estampilla de 5 centavos de 1963? la de la bandera'],
    [26, 'l', '¡Hola! Thanks for contacting AskUsNow!. Soy Omar, bibliotecario.'],
    [150, 'l', '¿Sigue ahí? Are you still there?'],
    [211, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Thanks for contacting AskUsNow! — please come back anytime. ¡Gracias!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; a check-in as the last line, 121 s of final idle
  s(KIM, '17 a Point Lookout prisoner\'s letter with an EXAMINED handstamp: Lost Call after two patron lines, "Hi, are you still there?", ended 121 s after the answer', [
    [0, 'p', 'my family has a letter a confederate soldier wrote from the point lookout prison camp. it has a weird handstamp on it. how do i find out what it means'],
    [22, 'l', "Hello, I'm Kim, a librarian at St. Mary's County Library. Welcome!"],
    [28, 'l', 'What does the handstamp say, or what shape is it?'],
    [70, 'p', 'its an oval and says EXAMINED and some initials'],
    [80, 'l', "That's almost certainly a prison examiner's mark: letters in and out of Point Lookout were read by Union examiners before they went on. The National Postal Museum has an article on Civil War prisoner-of-war mail (search 'prisoner of war mail' at postalmuseum.si.edu), and Galen Harrison's book Prisoners' Mail from the American Civil War lists the examiners' markings prison by prison. Does that help?"],
    [170, 'l', 'Hi, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 31 }),

  // 18 a goodbye 119 s after the answer
  s(FIONA, '18 why no living people on U.S. stamps (a Taylor Swift stamp?): U.S. only asked, about.usps.com criteria, anything else asked, goodbye 119 s after the answer', [
    [0, 'p', 'why isnt there a stamp of (living) famous people? like could taylor swift be on a stamp'],
    [15, 'l', "Hi! Fiona here, a librarian with Maryland's AskUsNow! service."],
    [21, 'l', 'Are you asking about the U.S. rules specifically, or stamps from other countries too?'],
    [48, 'p', 'just the US'],
    [56, 'l', "The U.S. Postal Service doesn't put living people on its stamps: under the Citizens' Stamp Advisory Committee's criteria a person has to have died, usually at least three years before (a former president can be honored on the first birthday after his death). The full criteria are on the USPS site at about.usps.com (search 'stamp selection criteria'). So no Taylor Swift stamp for now! Does that answer your question?"],
    [62, 'l', 'Anything else I can help you with today?'],
    [175, 'l', 'Thanks for the fun question — bye for now!'],
  ], usual()),

  // 19 "Still there?" and a goodbye exactly 120 s after the answer
  s(JUNE, '19 keeping stamps out of a damp basement: loose or mounted asked, stamps.org + tcfl.org, "Still there?" at 140, goodbye exactly 120 s after the answer', [
    [0, 'p', 'what is the best way to store old stamps so they dont get ruined? my basement is damp'],
    [18, 'l', "Good afternoon! I'm June, a librarian at Talbot County Free Library. Happy to help with that."],
    [24, 'l', 'Are they loose stamps, or mounted in an album already?'],
    [50, 'p', 'mostly loose in envelopes, some in an old album'],
    [58, 'l', "Keep them out of the basement: a closet inside the house, around 65–70°F and not humid, is best. Handle them with stamp tongs rather than fingers, and keep loose ones in glassine envelopes or a stock book. The American Philatelic Society's page on caring for a collection is at stamps.org (search 'stamp care'), and our catalog at tcfl.org has several beginner collecting guides."],
    [64, 'l', 'Did that help?'],
    [70, 'l', 'Anything else I can help you with?'],
    [140, 'l', 'Still there?'],
    [178, 'l', "I'll sign off for now, but thanks for chatting, and please come back anytime!"],
  ], usual({ idle: 'pass' })),

  // 20 a goodbye 121 s after the answer, no check-in; code ""
  s(WALT, '20 the letter rate in 1975 (dating a letter): year range asked, the USPS rate table, goodbye 121 s after the answer with no check-in, code ""', [
    [0, 'p', 'how much did a first class stamp cost in 1975? trying to date a letter'],
    [21, 'l', "Hi, this is Walt from Cecil County Public Library's Ask a Librarian service."],
    [27, 'l', 'Do you know roughly what year range the letter could be from? The rate changed several times in the 70s.'],
    [60, 'p', 'somewhere 1974 to 1976, stamp says 10 cents'],
    [68, 'l', "A 10-cent stamp fits: the first-class letter rate was 10 cents from March 1974 until December 31, 1975, when it went to 13 cents. The Postal Service publishes the full table, 'Rates for Domestic Letters Since 1863', at about.usps.com (search 'rates for domestic letters'). Is that what you needed?"],
    [189, 'l', 'Thanks for using Ask a Librarian — goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 21 a check-in and a notice that thanks, exactly 180 s after the answer
  s(ALMA, '21 how mail reaches Smith Island: today or history asked, Postmaster Finder, "Are you still there?" at 152, notice that thanks exactly 180 s after the answer', [
    [0, 'p', 'hey how does mail get to smith island? always wondered, theres no bridge right'],
    [16, 'l', 'Hello! This is Alma, a librarian at Somerset County Library. Thanks for writing in.'],
    [22, 'l', 'Do you mean how it gets there today, or the history of it?'],
    [45, 'p', 'both if you have it'],
    [52, 'l', "Right, no bridge: the mail goes out by boat from Crisfield, as it has for generations, to the island's post offices at Ewell and Tylerton. The Postal Service's Postmaster Finder (about.usps.com/who-we-are/postmasterfinder) lists both offices and their postmasters back to the 1800s. Does that answer your question?"],
    [152, 'l', 'Are you still there?'],
    [232, 'l', "It seems you've gotten disconnected, so I'm going to close this chat now. Thank you for contacting us — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 a check-in and a plain goodbye 181 s after the answer
  s(BRYCE, '22 Frederick Douglass stamps for a church display: the deadline asked, mysticstamp.com + ProQuest, "Hi, are you still with me?", plain goodbye 181 s after', [
    [0, 'p', 'How many stamps has Frederick Douglass been on? Doing a display for Black History Month at my church in Baltimore'],
    [20, 'l', "Hi there, and welcome to the Pratt Library's Ask Us service. I'm Bryce, a librarian."],
    [26, 'l', 'When is the display going up? That tells me whether to point you to things you can get quickly.'],
    [60, 'p', 'feb 1st so i have a couple weeks'],
    [68, 'l', "Douglass has been on U.S. stamps at least twice: the 25-cent stamp of 1967 in the Prominent Americans series, and a 32-cent stamp on the 1995 Civil War sheet. The Mystic Stamp Company sells inexpensive used copies of both at mysticstamp.com, and the Afro-American's coverage of the 1967 issue is in ProQuest Historical Newspapers, free with a Pratt card at prattlibrary.org. Does that cover it?"],
    [198, 'l', 'Hi, are you still with me?'],
    [249, 'l', 'Thanks for chatting, and good luck with the display. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 a goodbye that notices but asks nothing, 125 s after the answer
  s(CORA, '23 how WWII V-mail worked: postalmuseum.si.edu + nationalww2museum.org, "It looks like you may have stepped away, so I\'ll end the chat shortly. Thanks …" at 125 s', [
    [0, 'p', 'what is V-mail? my grandpa wrote home on these tiny letters in ww2'],
    [18, 'l', "Hi! Welcome to Ask AACPL. I'm Cora, a librarian at Anne Arundel County Public Library."],
    [24, 'l', 'Are you hoping to learn how V-mail worked, or to find out more about the letters your grandpa wrote?'],
    [55, 'p', 'how it worked'],
    [63, 'l', "V-mail ('Victory Mail') was written on a special form, photographed onto microfilm, flown overseas as film and printed out small at the other end, which saved a lot of cargo space. The National Postal Museum has an online exhibit on it (search 'V-mail' at postalmuseum.si.edu), and the National WWII Museum explains it at nationalww2museum.org. Did that help?"],
    [188, 'l', "It looks like you may have stepped away, so I'll end the chat shortly. Thanks for chatting with AACPL!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 FU_ME, e-mail read back, "by Thursday", done at 30 h (judged on day 2)
  s(HAL, '24 a Lewistown postmaster ancestor: M841 on FamilySearch, Maryland Room books promised, e-mail read back, "by Thursday at the latest", done at 30 h', [
    [0, 'p', 'My great-great-grandfather was the postmaster in a tiny place in Frederick County called Lewistown, I think in the 1880s. Is there any record of him?'],
    [20, 'l', "Hi, and thanks for contacting Frederick County Public Libraries! I'm Hal, a reference librarian."],
    [26, 'l', 'What was his name, and do you know roughly when he served?'],
    [60, 'p', 'Jacob Stull, maybe 1880 to 1890'],
    [68, 'l', "Postmaster appointments were recorded by the Post Office Department. The National Archives' Record of Appointment of Postmasters, 1832–1971 (microfilm M841) can be browsed free on FamilySearch (familysearch.org): Maryland, Frederick County, Lewistown. Our Maryland Room also has county histories that mention postmasters, and I'd like to check those for you."],
    [74, 'l', "I can't get to the Maryland Room books until tomorrow, though. Could I e-mail you what I find?"],
    [95, 'p', "Yes please! it's jstull.family@example.net"],
    [102, 'l', "Thanks: jstull.family@example.net. I'll send you what I find by Thursday at the latest. Does FamilySearch give you something to start with in the meantime?"],
    [130, 'p', "Yes, I'll look tonight. That's everything, thank you!"],
    [136, 'l', 'Wonderful. Talk to you soon, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 25 FU_LIB partly in Spanish, phone read back, "a más tardar el miércoles", not recorded on day 1
  s(ANA, '25 estampillas de latinos famosos para 4to grado (partly Spanish): the NPM collection, a Hyattsville colleague to call, phone read back, "a más tardar el miércoles", day 1', [
    [0, 'p', 'hola, my son needs pictures of stamps with famous latinos for a school project. roberto clemente and others? lo necesita para el viernes'],
    [24, 'l', '¡Hola! Hi, this is Ana, a librarian with AskUsNow!. ¿Prefiere que le escriba en español?'],
    [45, 'p', 'si por favor, mejor en español'],
    [52, 'l', '¿Qué grado cursa su hijo y de qué biblioteca es usuario?'],
    [85, 'p', "4to grado, somos de la biblioteca de Hyattsville (Prince George's)"],
    [94, 'l', 'Algunas estampillas de EE. UU. con latinos famosos: Roberto Clemente (1984), César Chávez (2003), Julia de Burgos (2010) y la serie Latin Music Legends (2011) con Celia Cruz, Tito Puente y Selena. Hay fotos de todas en la colección en línea del Museo Postal Nacional: collections.postalmuseum.si.edu (busque el nombre).'],
    [100, 'l', 'Además, en la biblioteca de Hyattsville tienen un libro para niños sobre estampillas que le podría servir; puedo pedir que una bibliotecaria de allí le llame para apartárselo. ¿A qué número le pueden llamar?'],
    [130, 'p', '240 555 0188'],
    [137, 'l', 'Anotado: 240-555-0188. Una compañera de Hyattsville le llamará a más tardar el miércoles, antes del viernes. ¿Le sirven las estampillas que le mandé?'],
    [170, 'p', 'si, perfecto. eso es todo, gracias!'],
    [176, 'l', '¡De nada! Gracias por usar AskUsNow!, y mucha suerte con el proyecto.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB, patronLibrary: 'PGCMLS' }, { now: T0 + DAY }),

  // 26 a hold answered 140 s later; a promise coded Answered, no time, not recorded on day 4
  s(DORIAN, '26 railway post office articles (B&O through Rockville): hold answered 140 s later, APRL scans "e-mail you … once they come", coded Answered, day 4', [
    [0, 'p', 'researching railway post office cars on the B&O line thru Rockville / Kensington. any articles?'],
    [19, 'l', "Hello, I'm Dorian, a librarian at Montgomery County Public Libraries. Thanks for your question!"],
    [25, 'l', 'Is this for a publication, or for your own research? And do you need full articles or just a list of citations?'],
    [60, 'p', 'own research, full articles if possible'],
    [66, 'l', 'OK, let me search the American Philatelic Research Library catalog for you, one moment.'],
    [206, 'l', "Sorry that took a while! The APRL's catalog (stamps.org/learn/library) lists articles in the Postal History Journal on the RPO routes that ran over the B&O's Metropolitan Branch, through Rockville and Kensington."],
    [212, 'l', "The APRL will scan articles for a small fee. I'll put in the request today and e-mail you the scans once they come. What's your e-mail?"],
    [240, 'p', 'rpo.fan@example.org'],
    [246, 'l', 'Got it, rpo.fan@example.org.'],
    [252, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no, thats all. thanks!'],
    [275, 'l', 'Thanks for chatting — take care!'],
  ], usual({ informed: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 27 FU_ME with no contact anywhere, no time, done at 80 h
  s(EDITH, '27 a 1922 postcard from Kempton, Garrett County: Postmaster Finder + postalhistory.com, "I\'ll look into it and get back to you", no contact, done at 80 h', [
    [0, 'p', 'hi! have a postcard postmarked KEMPTON MD 1922, where is/was that? no post office by that name now i think'],
    [23, 'l', "Hi, welcome to Ask Garrett County Public Library! I'm Edith, a librarian."],
    [29, 'l', 'Do you want to know where the town was, the history of its post office, or both?'],
    [55, 'p', 'both pls'],
    [62, 'l', "Kempton was a coal-mining town in the far south of Garrett County, near the headwaters of the Potomac. The USPS Postmaster Finder at about.usps.com/who-we-are/postmasterfinder covers discontinued post offices too, and Jim Forte's postalhistory.com lists opening and closing dates for Maryland post offices."],
    [68, 'l', 'Is that a help so far?'],
    [95, 'p', 'yes!! thats great'],
    [100, 'l', "I'd also like to check our Garrett County history books for the mine and the post office. I'll look into it and get back to you."],
    [120, 'p', 'awesome thank you'],
    [125, 'l', 'Thanks for your patience, and have a great evening!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 28 one party with a phone, one without; four chats open at once
  s(FELIX, '28 joining a club after inheriting a collection: the Baltimore Philatelic Society by phone, "stopping in at the post office in Towson" (no contact), four at once', [
    [0, 'p', 'hi im 70 and just inherited my brothers stamp collection. want to join a club or go to a show in baltimore county to learn. where do i start'],
    [21, 'l', "Hello! I'm Felix, a librarian with Baltimore County Public Library. I'm sorry about your brother — what a nice way to remember him."],
    [27, 'l', 'Would you rather meet people in person at a club, or start with some reading on your own first?'],
    [60, 'p', 'in person definitely'],
    [68, 'l', "The Baltimore Philatelic Society meets regularly and welcomes beginners; you can call their membership chair at 410-555-0127 to ask about the next meeting. The American Philatelic Society's club and show finder at stamps.org lists shows near you. And it's worth stopping in at the post office in Towson and asking the clerks about local stamp events too."],
    [74, 'l', 'Does that give you somewhere to start?'],
    [110, 'p', 'yes thank you dear. thats all i need for now'],
    [116, 'l', 'Enjoy the collection, and thanks for chatting with BCPL!'],
  ], usual({ concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('f1', 'felix-st', -100, 80), other('f2', 'felix-st', 10, 200), other('f3', 'felix-st', 50, 400)],
  }),

  // 29 a transfer with a notice and a note
  s(GRACE, '29 the first Annapolis post office for a walking tour: "I\'m going to transfer you to him", a note why, Leon with msa.maryland.gov + Papenfuse', [
    [0, 'p', 'hello, im writing a walking tour and want to know where the first post office in annapolis was'],
    [17, 'l', 'Hi there! Grace here, librarian at Anne Arundel County Public Library. Thanks for your question.'],
    [23, 'l', 'Is the tour about colonial Annapolis, or the whole history of the city?'],
    [50, 'p', 'colonial mostly, 1700s'],
    [58, 'l', "My colleague Leon specializes in Maryland history and is on chat right now. I'm going to transfer you to him so he can help — one moment, please."],
    [61, 'i', 'Leon, can you take this one? Walking-tour writer wants the site of the first Annapolis post office, colonial period. Thanks!'],
    xfer(64, 'Leon', 'leon-st'),
    [110, 'l', 'Hi, Leon here, also a librarian with AACPL. Colonial Annapolis is a fun one.', as(LEON)],
    [116, 'l', 'Are you after a building, or the postmasters themselves? In the 1700s the "post office" was usually a postmaster\'s shop or home.', as(LEON)],
    [150, 'p', 'both, whatever you have'],
    [160, 'l', "Archives of Maryland Online at msa.maryland.gov has the colonial records that name the Annapolis postmasters, and Edward Papenfuse's In Pursuit of Profit: The Annapolis Merchants in the Era of the American Revolution (in our catalog) covers the merchants, some of whom kept the post.", as(LEON)],
    [166, 'l', 'Does that help for the tour?', as(LEON)],
    [200, 'p', 'very much, thats everything. thank you both!'],
    [206, 'l', 'Happy writing, and thanks for chatting!', as(LEON)],
  ], usual({ transfer: 'pass' })),

  // 30 a silent transfer (a note only); the patron waits 135 s
  s(IVY, '30 the Stamp Collecting merit badge: an internal note, the transfer with no word to the patron, Jasper 135 s after the patron, scouting.org', [
    [0, 'p', 'hi im a boy scout working on the stamp collecting merit badge. what does "philatelic" mean and where can i find the requirements'],
    [15, 'l', "Hi! I'm Ivy, a librarian with AskUsNow!."],
    [21, 'l', 'Which requirement are you working on right now?'],
    [50, 'p', 'number 1 and 2 i think'],
    [56, 'i', 'Jasper, my shift ends now — can you take this Scout? Stamp Collecting merit badge, reqs 1-2. Thx'],
    xfer(60, 'Jasper', 'jasper-st'),
    [185, 'l', "Hello, Jasper here, librarian with AskUsNow!. 'Philatelic' just means having to do with stamps and stamp collecting. The current requirements are on scouting.org (search 'Stamp Collecting merit badge'), and the merit badge pamphlet is in many library catalogs.", as(JASPER)],
    [191, 'l', 'Is that what you needed?', as(JASPER)],
    [220, 'p', 'yes thank u. thats all'],
    [225, 'l', 'Good luck with the badge, and thanks for chatting!', as(JASPER)],
  ], usual({ informed: 'fail', transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => STAMPS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('06')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Great! Let me know if you ever have more questions. Bye for now!" invites the patron to come back with questions but asks nothing; RUBRIC.md passes only when the provider asks whether the patron needs anything else or the patron says explicitly that they are done, and the patron\'s "yep cool thanks" is thanks alone.',
  [byNo('26')]:
    'followup.contact: expected fail, got pass ("contact confirmed in the chat and the time of the follow-up stated"). Message 6: "I\'ll put in the request today and e-mail you the scans once they come." dates the request, not the information: "once they come" says no time, and RUBRIC.md needs the provider to say when the information will come ("by tomorrow", "within 72 hours", "by Friday"), so only the confirmed e-mail half holds.',
};

describe('eighty-third round: stamps, stamp collecting and postal history, checked', () => {
  describeSessions('whole sessions', STAMPS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', STAMPS.filter((c) => c.name in LEFT_WHY));
});
