/**
 * Seventieth round, theme FOLKLORE, GHOST STORIES AND LOCAL LEGENDS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: a haunted house's history (the Whaley House for a blog, a Frederick
 * County farmhouse the neighbours call haunted), local legends and their sources (the Bell Witch, the Lost Dutchman mine, the
 * Bunny Man, the Doylestown courthouse's hanged man, the Pope Lick Monster, Champ, the Skunk Ape, the Jersey Devil, El Cucuy,
 * a vanishing bride on a covered bridge), storytelling festivals (Jonesborough), ghost walks for children (Savannah), folk
 * tales for kids (Anansi, Sleepy Hollow, Norwegian tales, Jack tales, La Llorona), oral traditions (Gullah recordings, Juan
 * Bobo, Ojibwe winter stories), newspaper accounts of old mysteries (Mothman 1966, Aurora 1897, Villisca 1912, the
 * chupacabras 1995) and folklore archives at universities (Utah State's Fife Folklore Archives, WKU's Folklife Archives).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/folklore-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22, 60 (04: pass, at the limit), 61 (05: fail) and by `pickedUpAt` at 45 s with the first line at
 *   100 (30); "Good morning and welcome to Ask SDPL! I'm Marisol …" (01); "Hi there! Thanks for reaching out 😊" with no
 *   name, library or service anywhere in the first two lines (06: fail); Spanish "Soy Rafael, bibliotecario de …" (07),
 *   "Le atiende Marta, de …" (09), "Le atiende Beatriz, bibliotecaria del servicio …" (26); bilingual "¡Hola! Hi, I'm Lupe"
 *   (08); chat-speak "hi!! Nico here, librarian w/ Ask a Librarian Florida 😄" (30); "Hi, Ross at Ask Ohio here." (13); no
 *   provider ever joined (19);
 *  inquiry: blog or ghost side, record or first published account, whole weekend or a day, library card, read-aloud length,
 *   book or recordings, language, myth or children's tales, audio or transcripts, original or later reporting, published or
 *   fieldwork, hanging or ghost story, trip or school, reading age, streaming or archive, which documents, format, ages,
 *   picture book or collection, origin or record, Spanish or English, grade (asked after the first source: 27, fail), date
 *   and address, first reports or trials; a restatement with a question mark (30);
 *  waits: a hold answered 125 s later with the patron's "np take ur time" inside it (02: fail); a hold answered exactly 120 s
 *   later (03: pass); "No rush, take your time." and the patron back 200 s later (04: waiting on the patron, pass); 123 s of
 *   plain silence after the patron (11: fail); a silent transfer, the receiver 94 s after the patron (20); a transfer notice
 *   answered 115 s (21: pass) and 132 s (22: fail) later by the receiver; a hold still open when the patron leaves (23: does
 *   not count);
 *  endings: "I've already … more than one chat covers. I'm ending the session now." (13: dismissal, no goodbye); "several
 *   other patrons waiting … please chat back in later" (14: allowed); "My shift ends right now … ask that one again anytime
 *   and a colleague will jump in" (06: a way back, allowed); the patron's "ok thats all i needed!!" as the last line (15:
 *   courteous fails); a Lost Call with a clarifying question, a check-in at 160 and a notice with an invitation back at 340
 *   (16); a check-in and "I'll assume you stepped away and end the chat. Thanks, and come back anytime!" (17); a notice with
 *   thanks and no check-in after 193 s (25: idle fails, disconnect passes); Spanish "¿Sigue ahí?" and "Parece que se
 *   desconectó. ¡Gracias por escribirnos!" exactly 180 s into the final idle (26: no "will end", disconnect fails); a
 *   goodbye 119 s into the final idle (27: na); goodbyes "Happy writing, and thanks for chatting with us!", "Great, have a
 *   good evening!", "Enjoy the stories! Bye for now.", "¡Con gusto! Gracias por escribirnos, que le vaya bien.", "De nada,
 *   ¡hasta luego!", "k bye! 👻", "Happy reading! Bye 👋"; patron-side "thats all i need for now", "no more questions", "eso
 *   es todo", "no, es todo", "thats everything", "no that covers everything", "all set", and "yeah ok ty", "ok will do" that
 *   do not count;
 *  sources: sandiegohistory.org, archive.org, storytellingcenter.net, kcpls.org databases, hclib.org, Berea's sound
 *   archives, mysapl.org, britannica.com, the UPR digital library, texashistory.unt.edu, archiveswest.orbiscascade.org,
 *   ohiohistory.org, chroniclingamerica.loc.gov, fletcherfree.org, loc.gov, azmemory.azlibrary.gov, WKU's TopSCHOLAR,
 *   visitsavannah.com, sppl.org, fairfaxcounty.gov, mnopedia.org, mdlandrec.net, news.google.com/newspapers, books by title;
 *   none, only "ask the Bucks County Historical Society" (12: an organisation without a way to reach it, fail); none before
 *   the patron left (23);
 *  referrals: Special Collections by e-mail (11: pass); "le recomiendo escribirle a la Texas Folklore Society" (08: no contact,
 *   fail); "ask the Bucks County Historical Society" (12: fail); the library's own Vermont Room by street address (15: pass);
 *   a county library's Maryland Room staff asked on the patron's behalf (28: no referral); a museum that "keeps a research
 *   archive" (21: no referral);
 *  follow-ups: FU_ME in Spanish, e-mail read back, "antes del viernes", done in 40 h (09: pass); a promise with the e-mail
 *   read back and "by tomorrow afternoon", coded Answered (10: code fails, contact passes, on_time pending); FU_LIB, phone read
 *   back, "by Wednesday", done after 80 h (28: on_time fails); FU_ME, e-mail read back, no time (29: contact fails);
 *  codes: a Lost Call after one patron line (16) and with no provider (19); Lost Call after three patron lines (17); Practice
 *   (18); "" (30); a deployment's own code "Patron left" (23);
 *  transfers: silent with an internal note (20: fail); announced without an internal note (21: fail); announced with a note
 *   that says why (22: pass);
 *  concurrency: three others open through a late pickup (05: four at once, fail); one ending at the start, two overlapping,
 *   one starting at the end, two of another provider (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a clarifying question is a visible message "other than a greeting …" (Terms, Substantive exchange: "a clarifying question
 *   counts"), so a patron who vanishes after the provider's clarifying question has had a substantive exchange (16, 23): the
 *   information checks apply, and with no source info.source fails;
 * - a final idle begins at "the first provider message after the patron's last visible message that is not a hold message";
 *   when the only provider message after it is a hold (23), there is no final idle: idle_checkin and disconnect_notice na;
 * - "Great, have a good evening!", "Enjoy the stories! Bye for now.", "De nada, ¡hasta luego!", "que le vaya bien" and "k
 *   bye!" say goodbye; "Thanks for stopping by!" thanks the patron;
 * - "eso es todo" and "no, es todo" (Spanish, "that's everything") say explicitly that the patron is done; "yeah ok ty" and
 *   "ok will do" do not;
 * - "Would either of those work?", "Will that work for planning your Saturday?", "Does that sound right?", "Does that one
 *   sound OK?", "¿Eso le sirve?", "¿Le sirve?", "Does that look useful?" ask whether what was given meets the need; "Want me to
 *   check which branch has them on the shelf right now?" offers something not yet given and does not (24);
 * - a message that answers without a source ("Bucks County did carry out hangings …", 12) gives an answer, so "Did that help?"
 *   after it passes completeness even though info.source fails;
 * - "My shift ends right now, so I have to sign off — but this chat is staffed around the clock, so ask that one again
 *   anytime" ends the help for the provider's convenience but offers a way back (06: pass); "You've already asked way more
 *   than one chat covers. I'm ending the session now." tells the patron they asked too many (13: fail);
 * - "I'll assume you stepped away and end the chat" and "It looks like we lost the connection, so I'll go ahead and close
 *   this chat" tell the patron they seem to have disconnected and that the session will end; "Parece que se desconectó"
 *   says the first but not the second (26);
 * - "le recomiendo escribirle a la Texas Folklore Society" and "ask the Bucks County Historical Society" tell the patron to
 *   write to / ask an organisation (referrals); "the Superstition Mountain Museum also keeps a research archive on the
 *   legend" and "The Point Pleasant Register itself is on microfilm at the WV Archives: wvculture.org/archives" tell the
 *   patron to contact no one; "stop by our Vermont Room at 235 College St and ask the staff there" sends the patron to the
 *   library's own department (a referral, with an address);
 * - "I'll ask their staff to search … and have them call you" (28) is staff consulted on the patron's behalf, not a referral.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (six checks). Label corrections: 0. Each disagreement was reread against
 *  RUBRIC.md and each label stands by its text (reasons in LEFT_WHY):
 *  - case 04, inquiry.clarify: "Do you have a West Virginia library card? The newspaper database I have in mind needs one."
 *    names no resource, so no source comes before the question (it is a question about the patron's situation);
 *  - case 04, referral.contact: "The Point Pleasant Register itself is on microfilm at the WV Archives: wvculture.org/archives."
 *    says where the film is kept and tells the patron to contact or visit no one (na);
 *  - case 13, closing.no_dismissal: "You've already asked way more than one chat covers. I'm ending the session now." tells the
 *    patron they asked too many, with no way back;
 *  - cases 17, 28, 29, followup.completeness: "Does that one sound OK?", "Does MDLANDREC get you started in the meantime?",
 *    "Does Chronicling America help for the first reports?" ask, after the source, whether what was given meets the need.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 04: inquiry.clarify expected pass, got fail; referral.contact expected na, got pass;
 *  - case 13: closing.no_dismissal expected fail, got pass;
 *  - case 17: followup.completeness expected pass, got fail ("Does that one sound OK?");
 *  - case 28: followup.completeness expected pass, got fail ("Does MDLANDREC get you started in the meantime?");
 *  - case 29: followup.completeness expected pass, got fail ("Does Chronicling America help for the first reports?").
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at 120 s (pass), 125 s across a
 *   patron line, 123 s of silence, 115 and 132 s across transfer notices, 200 s on the patron after "take your time", a hold
 *   open at the end; final idles of 119, 180, 193, 253 and 319 s and none after a lone hold; concurrency at four and at touching
 *   ends; on_time done at 20 and 40 h, late at 80 h, pending at day 1) scored as labelled on the first run. The redaction
 *   equality of describeSessions holds for every running case (patron e-mails typed and read back in English and Spanish, a
 *   patron phone read back, a library e-mail and street address beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (5 through describeLeft).
 * RUBRIC v63 (block AC, made after this file from its LEFT cases among others): cases 04 (AC12: "The newspaper database I have in
 *   mind needs one." names no source; AC13: "…, which you can reach with that card at kcpls.org" reaches the database, no party),
 *   13 (AC16: "You've already asked way more than one chat covers."), 17 (AC7: "Does that one sound OK?"), 28 and 29 (AC7: "Does
 *   MDLANDREC get you started in the meantime?", "Does Chronicling America help for the first reports?") now score as labelled and
 *   run with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-fk', name: 'Marisol', library: 'SDPL' };
const DEV: Prov = { id: 'dev-fk', name: 'Dev', library: 'NPL-TN' };
const WREN: Prov = { id: 'wren-fk', name: 'Wren', library: 'WCJPL' };
const THEO: Prov = { id: 'theo-fk', name: 'Theo', library: 'WVLC' };
const GEMMA: Prov = { id: 'gemma-fk', name: 'Gemma', library: 'HCL-MN' };
const DESK2: Prov = { id: 'desk2-fk', name: 'Desk 2', library: 'BCPL-KY' };
const RAFAEL: Prov = { id: 'rafael-fk', name: 'Rafael', library: 'SAPL' };
const LUPE: Prov = { id: 'lupe-fk', name: 'Lupe', library: 'EPPL' };
const MARTA: Prov = { id: 'marta-fk', name: 'Marta', library: 'OCLS' };
const SAM: Prov = { id: 'sam-fk', name: 'Sam', library: 'DPL-TX' };
const NADIA: Prov = { id: 'nadia-fk', name: 'Nadia', library: 'LOGAN' };
const IVY: Prov = { id: 'ivy-fk', name: 'Ivy', library: 'BCFL' };
const ROSS: Prov = { id: 'ross-fk', name: 'Ross', library: 'ASKOH' };
const OWEN: Prov = { id: 'owen-fk', name: 'Owen', library: 'OCL-NJ' };
const PAZ: Prov = { id: 'paz-fk', name: 'Paz', library: 'FFL' };
const YARA: Prov = { id: 'yara-fk', name: 'Yara', library: 'ACLS' };
const KWAME: Prov = { id: 'kwame-fk', name: 'Kwame', library: 'WLS' };
const TRAINEE: Prov = { id: 'trainee-fk', name: 'Trainee B', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-fk', name: 'Queue', library: 'VRQ' };
const FAYE: Prov = { id: 'faye-fk', name: 'Faye', library: 'CCPL-SC' };
const HAKIM: Prov = { id: 'hakim-fk', name: 'Hakim', library: 'CCPL-SC' };
const CORA: Prov = { id: 'cora-fk', name: 'Cora', library: 'MESA' };
const DMITRI: Prov = { id: 'dmitri-fk', name: 'Dmitri', library: 'AZSL' };
const BREE: Prov = { id: 'bree-fk', name: 'Bree', library: 'LFPL' };
const EMIL: Prov = { id: 'emil-fk', name: 'Emil', library: 'WKU' };
const RHEA: Prov = { id: 'rhea-fk', name: 'Rhea', library: 'NPL-NH' };
const HEDDA: Prov = { id: 'hedda-fk', name: 'Hedda', library: 'SPPL' };
const LIA: Prov = { id: 'lia-fk', name: 'Lia', library: 'FCPL' };
const BEATRIZ: Prov = { id: 'beatriz-fk', name: 'Beatriz', library: 'MDPLS' };
const ANSEL: Prov = { id: 'ansel-fk', name: 'Ansel', library: 'DPL-MN' };
const JUN: Prov = { id: 'jun-fk', name: 'Jun', library: 'AUN' };
const PEARL: Prov = { id: 'pearl-fk', name: 'Pearl', library: 'SLOI' };
const NICO: Prov = { id: 'nico-fk', name: 'Nico', library: 'AALF' };

const s = session;

export const FOLKLORE: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 Whaley House history for a blog: "Good morning and welcome to Ask SDPL!", history or ghosts asked, Journal of San Diego History, "thats all i need for now"', [
    [0, 'p', 'hi!! is the whaley house in san diego actually haunted lol, i mean whats the real history behind it? doing a blog post'],
    [22, 'l', "Good morning and welcome to Ask SDPL! I'm Marisol, one of the reference librarians."],
    [29, 'l', 'Fun topic. For the blog, do you want the documented history of the house and the Whaley family, the ghost-story side, or both?'],
    [70, 'p', 'both but mostly the real history'],
    [78, 'l', 'Start with the Journal of San Diego History: its article on Thomas Whaley and the house is free at sandiegohistory.org/journal. For how the haunted reputation grew, "Haunted San Diego" is in our catalog at sandiego.bibliocommons.com.'],
    [84, 'l', 'Is that the sort of thing you had in mind?'],
    [130, 'p', 'yes perfect, thats all i need for now 🙏'],
    [136, 'l', 'Happy writing, and thanks for chatting with us!'],
  ], usual()),

  // 02 a hold answered 125 s later, a patron line inside the wait
  s(DEV, '02 Bell Witch primary sources: "One sec while I dig into our Tennessee history sources" answered 125 s later, "np take ur time" inside it', [
    [0, 'p', 'Where did the Bell Witch legend actually come from? Is there any primary source from the 1800s or is it all later?'],
    [19, 'l', "Hello! This is Dev with the Nashville Public Library's Ask a Librarian."],
    [26, 'l', 'Are you hoping for something written at the time (1817-1821), or would the earliest published account be enough?'],
    [64, 'p', 'earliest thing that exists really'],
    [71, 'l', 'One sec while I dig into our Tennessee history sources.'],
    [150, 'p', 'np take ur time'],
    [196, 'l', 'Okay! The earliest full account is M. V. Ingram\'s "An Authenticated History of the Famous Bell Witch" (1894), digitized free on the Internet Archive: archive.org (search "Authenticated History Bell Witch"). Nothing written during the haunting itself has turned up.'],
    [202, 'l', 'Does that get you what you needed?'],
    [240, 'p', 'yes thank you! super helpful'],
    [246, 'l', 'Anything else I can look up for you?'],
    [270, 'p', 'nope thats it'],
    [275, 'l', 'Great, have a good evening!'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(WREN, '03 National Storytelling Festival in Jonesborough: "Give me a moment to pull up this year\'s ticket page" answered exactly 120 s later', [
    [0, 'p', 'when is the national storytelling festival in jonesborough this year and do kids get in free'],
    [14, 'l', "Hi there, you've reached Wren at the Washington County-Jonesborough Public Library chat service."],
    [20, 'l', 'Are you planning to go for the whole weekend or just one day?'],
    [48, 'p', 'prob just saturday w my 2 kids (7 and 10)'],
    [55, 'l', "Give me a moment to pull up this year's ticket page."],
    [175, 'l', "Found it: the festival is the first full weekend of October, and the one-day passes and youth prices are at storytellingcenter.net/festival. Children's passes are discounted rather than free; the exact price is on that page."],
    [181, 'l', 'Will that work for planning your Saturday?'],
    [220, 'p', 'yep thanks!! no more questions'],
    [226, 'l', 'Enjoy the stories! Bye for now.'],
  ], usual()),

  // 04 pickup exactly 60 s; "take your time" and 200 s away
  s(THEO, '04 1966 Mothman newspaper stories: pickup at 60 s, "No rush, take your time." and the patron back 200 s later, NewsBank through kcpls.org', [
    [0, 'p', "I'm looking for the original 1966 newspaper stories about the Mothman in Point Pleasant WV"],
    [60, 'l', "Good afternoon, thanks for waiting! My name is Theo, and I'm a librarian with the West Virginia Library Commission."],
    [66, 'l', 'Do you have a West Virginia library card? The newspaper database I have in mind needs one.'],
    [95, 'p', 'yes kanawha county, hang on let me find it'],
    [101, 'l', 'No rush, take your time.'],
    [301, 'p', 'ok found it!'],
    [307, 'l', 'The wire stories from November 1966 are in NewsBank\'s "America\'s News", which you can reach with that card at kcpls.org > Research > Databases. The Point Pleasant Register itself is on microfilm at the WV Archives: wvculture.org/archives.'],
    [313, 'l', 'Did that help?'],
    [350, 'p', 'yes, got it. thank you'],
    [356, 'l', "You're welcome! Is there anything else I can help with today?"],
    [380, 'p', 'no'],
    [384, 'l', 'Thanks for using the chat. Goodbye!'],
  ], usual()),

  // 05 pickup at 61 s, three other chats open (four at once)
  s(GEMMA, '05 Anansi picture book for a 2nd grader: pickup at 61 s, three other chats open through it (four at once)', [
    [0, 'p', 'my son is in 2nd grade and needs an anansi the spider story to read aloud in class. any good picture books?'],
    [61, 'l', "Hi, sorry for the wait! It's Gemma from the Ask a Librarian team at Hennepin County Library."],
    [67, 'l', 'How long does the read-aloud need to be? Some of the Anansi books run pretty long.'],
    [110, 'p', 'like 5 min max'],
    [117, 'l', '"Anansi and the Moss-Covered Rock" by Eric A. Kimmel is a great fit, about five minutes aloud, and we have plenty of copies: hclib.org (search the title). Gerald McDermott\'s "Anansi the Spider" is shorter still.'],
    [123, 'l', 'Would either of those work?'],
    [160, 'p', 'the moss covered rock one!! he will love it'],
    [166, 'l', 'Great! Anything else?'],
    [185, 'p', 'no thank u'],
    [190, 'l', 'Have fun with the read-aloud. Thanks for chatting!'],
  ], usual({ pickup: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gemma-fk', -200, 300), other('g2', 'gemma-fk', -30, 400), other('g3', 'gemma-fk', 10, 250)],
  }),

  // 06 greets without saying who answers; shift ends with a way back
  s(DESK2, '06 Appalachian Jack tales: "Hi there! Thanks for reaching out 😊" names no one, "My shift ends right now … ask that one again anytime"', [
    [0, 'p', 'are there collections of the jack tales from appalachia? my grandpa used to tell them'],
    [9, 'l', 'Hi there! Thanks for reaching out 😊'],
    [15, 'l', 'Are you looking for a book to read, or recordings of people telling them?'],
    [50, 'p', 'both would be cool'],
    [57, 'l', 'Richard Chase\'s "The Jack Tales" (1943) is the classic book collection. For recordings, Berea College\'s Sound Archives has Ray Hicks and other Beech Mountain tellers online: berea.edu/hutchins-library/sound-archives.'],
    [63, 'l', 'Do those fit what you were after?'],
    [110, 'p', 'yes!! ray hicks is who my grandpa talked about. also do u know any jack tale picture books for little kids'],
    [118, 'l', 'My shift ends right now, so I have to sign off — but this chat is staffed around the clock, so ask that one again anytime and a colleague will jump in. Thanks for stopping by!'],
    [130, 'p', 'ok will do'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 07 Spanish: La Llorona for a 9-year-old
  s(RAFAEL, '07 La Llorona para una niña de 9 años (Spanish): "Soy Rafael, bibliotecario de …", bilingual book in mysapl.org, "eso es todo"', [
    [0, 'p', 'hola, necesito libros sobre la leyenda de la llorona para mi hija, tiene 9 años'],
    [25, 'l', '¡Buenas tardes! Soy Rafael, bibliotecario de la Biblioteca Pública de San Antonio. ¿En qué le puedo ayudar?'],
    [32, 'l', '¿Lo prefiere en español, en inglés o bilingüe?'],
    [70, 'p', 'bilingue si se puede'],
    [77, 'l', 'Le recomiendo "La Llorona / The Weeping Woman" de Joe Hayes: es bilingüe y apropiado para su edad. Lo puede reservar en el catálogo: mysapl.org (busque "Joe Hayes Llorona").'],
    [83, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, eso es todo. gracias!!'],
    [126, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual()),

  // 08 partly Spanish: El Cucuy, "escribirle a la Texas Folklore Society" with no contact
  s(LUPE, '08 where El Cucuy comes from (Spanglish): "¡Hola! Hi, I\'m Lupe", britannica.com, "le recomiendo escribirle a la Texas Folklore Society" (no contact)', [
    [0, 'p', 'hi, my abuela always talks about el cucuy, where does that story come from? es de españa o de mexico?'],
    [18, 'l', "¡Hola! Hi, I'm Lupe, a librarian at El Paso Public Library. Happy to help in English or Spanish."],
    [24, 'l', '¿Busca la historia del mito o cuentos para niños?'],
    [60, 'p', 'la historia, the origins'],
    [68, 'l', 'El coco (o cucuy) viene de España y Portugal y llegó a América con la colonización. Hay un buen resumen en britannica.com (busque "Coco folklore"). Para más detalle, le recomiendo escribirle a la Texas Folklore Society; ellos estudian estas leyendas.'],
    [74, 'l', '¿Le sirve?'],
    [115, 'p', 'si gracias'],
    [120, 'l', 'De nada, ¡hasta luego!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 09 Spanish follow-up by me: e-mail read back, "antes del viernes", done in 40 h
  s(MARTA, '09 grabaciones de cuentos de Juan Bobo (Spanish, follow-up by me): correo repetido, "Le escribo antes del viernes", done in 40 h', [
    [0, 'p', 'Buenas, busco grabaciones de cuentos de Juan Bobo contados por gente mayor, de la tradición oral de Puerto Rico'],
    [30, 'l', 'Hola, buenas tardes. Le atiende Marta, de la Biblioteca Pública de Orlando (Orange County Library System).'],
    [37, 'l', '¿Las necesita en audio, o le sirven transcripciones?'],
    [80, 'p', 'audio idealmente, es para un proyecto de la universidad'],
    [88, 'l', 'La Biblioteca Digital Puertorriqueña de la UPR (bibliotecadigital.uprrp.edu) tiene cuentos transcritos. Las grabaciones tengo que buscarlas con más calma; se las puedo enviar por correo. ¿Cuál es su correo electrónico?'],
    [140, 'p', 'carmen.rivera88@example.com'],
    [146, 'l', 'Anoto carmen.rivera88@example.com. Le escribo antes del viernes con lo que encuentre.'],
    [152, 'l', '¿Le ayuda la biblioteca digital por ahora?'],
    [200, 'p', 'si, gracias!'],
    [206, 'l', '¿Algo más en que le pueda ayudar?'],
    [230, 'p', 'no, es todo'],
    [235, 'l', 'Gracias por comunicarse con nosotros. ¡Hasta pronto!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 a promise with the e-mail read back and a time, coded Answered
  s(SAM, '10 the 1897 Aurora airship crash: Portal to Texas History, "I\'ll pull the clipping and e-mail it", "by tomorrow afternoon", coded Answered', [
    [0, 'p', 'was there really a ufo crash in aurora texas in 1897?? i want the original newspaper article'],
    [16, 'l', 'Hey! Sam here, librarian at Denton Public Library. Neat question.'],
    [22, 'l', 'Do you want just the original article, or later reporting on the legend too?'],
    [55, 'p', 'original first, later stuff if its easy'],
    [62, 'l', "The original was S. E. Haydon's piece in the Dallas Morning News, April 19, 1897. The Portal to Texas History has many Texas papers from then: texashistory.unt.edu. The Morning News archive itself is in a database we subscribe to, so I'll pull the clipping and e-mail it to you. What address should I use?"],
    [110, 'p', 'rgz.ufo@example.net'],
    [116, 'l', "Thanks, that's rgz.ufo@example.net — you'll have it by tomorrow afternoon."],
    [122, 'l', 'Does that help for now?'],
    [150, 'p', 'heck yes thank u'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'nah'],
    [174, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 11 123 s of silence after the patron; Special Collections by e-mail
  s(NADIA, '11 Bear Lake Monster fieldwork: 123 s of silence after the patron, Fife Folklore Archives, "e-mail their Special Collections reference team at …"', [
    [0, 'p', "I'm a grad student looking at legends of the Bear Lake Monster. Does anywhere collect folklore like that, interviews and such?"],
    [28, 'l', 'Hi, welcome to Ask a Librarian! This is Nadia, a reference librarian at Logan Library.'],
    [35, 'l', 'Are you after published retellings, or the raw fieldwork (interviews, student collections)?'],
    [80, 'p', 'raw stuff for sure'],
    [203, 'l', "Sorry for the delay! Utah State University's Fife Folklore Archives hold decades of student fieldwork, Bear Lake Monster legends included; the finding aids are searchable at archiveswest.orbiscascade.org. To see the originals, e-mail their Special Collections reference team at scweb@usu.edu to set up a visit."],
    [209, 'l', 'Is that the kind of material you were hoping for?'],
    [250, 'p', 'exactly that. thats everything, thanks!'],
    [256, 'l', 'Good luck with the research, and thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 12 no source: only an organisation with no way to reach it
  s(IVY, '12 the Doylestown courthouse\'s hanged man: an answer without a source, "ask the Bucks County Historical Society" (no contact)', [
    [0, 'p', 'ppl say the old Doylestown courthouse is haunted by a man who was hanged there. is that based on anything real?'],
    [20, 'l', "Hello! I'm Ivy, a librarian with Bucks County Free Library's Ask Us chat."],
    [27, 'l', 'Are you more interested in whether a hanging really happened, or in how the ghost story got started?'],
    [70, 'p', 'whether it happened'],
    [77, 'l', 'Bucks County did carry out hangings at the county prison in Doylestown in the 1800s, so the story may grow out of a real one. For the ghost story itself, ask the Bucks County Historical Society; their librarians keep clipping files on local legends.'],
    [83, 'l', 'Did that help?'],
    [120, 'p', 'yeah ok ty'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 13 told they asked too many, no goodbye
  s(ROSS, '13 every haunted place in Ohio: "You\'ve already asked way more than one chat covers. I\'m ending the session now." (dismissal)', [
    [0, 'p', 'can u give me a list of every haunted place in ohio'],
    [15, 'l', 'Hi, Ross at Ask Ohio here.'],
    [21, 'l', 'Is this for a trip, or for a school project?'],
    [50, 'p', 'road trip'],
    [56, 'l', 'The Ohio History Connection lists historic sites with ghost tours at ohiohistory.org (search "haunted"), and Chris Woodyard\'s "Haunted Ohio" books are in most Ohio libraries.'],
    [62, 'p', 'ok now what about indiana and kentucky and michigan. and which ones are open at night. and which have tours'],
    [70, 'l', "You've already asked way more than one chat covers. I'm ending the session now."],
    [80, 'p', 'wow ok rude'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, come back later (allowed)
  s(OWEN, '14 1909 Jersey Devil sightings for 8th grade: Chronicling America, then "several other patrons waiting … please chat back in later"', [
    [0, 'p', 'doing a project on the jersey devil. where can i find old newspaper stories about the 1909 sightings'],
    [24, 'l', "Hi, I'm Owen, a librarian at Ocean County Library. Welcome!"],
    [30, 'l', 'Is your project for school? And do you have an Ocean County library card?'],
    [70, 'p', 'yes 8th grade and yes'],
    [78, 'l', 'The January 1909 sightings were covered by papers all over the state. Chronicling America (chroniclingamerica.loc.gov) has many of them free; search "Jersey Devil" and limit to 1909.'],
    [84, 'l', 'Is that what you needed?'],
    [120, 'p', 'yes. also can u find me pics of the devil and a map of sightings and the leeds family history and'],
    [128, 'l', 'Those are all great threads! There are several other patrons waiting for me right now, so please chat back in later and we can dig into the rest together.'],
    [150, 'p', 'ok'],
    [155, 'l', 'Thanks, and good luck with the project!'],
  ], usual({ anything: 'fail' })),

  // 15 the patron has the last word; the library's own Vermont Room by street address
  s(PAZ, '15 a grown-up book on Champ: Zarzynski in the catalog, "stop by our Vermont Room at 235 College St", patron "ok thats all i needed!!" last', [
    [0, 'p', 'is there a book about champ the lake champlain monster for adults not kids'],
    [18, 'l', "Hello and thanks for contacting Ask a Librarian at Fletcher Free Library. I'm Paz."],
    [25, 'l', 'Are you after the history of the sightings, or more of a scientific take?'],
    [66, 'p', 'history mostly'],
    [72, 'l', 'Try Joseph W. Zarzynski\'s "Champ: Beyond the Legend" (1984); you can request it in our catalog at fletcherfree.org. For old Burlington Free Press stories on sightings, stop by our Vermont Room at 235 College St and ask the staff there.'],
    [78, 'l', 'Does that sound right?'],
    [100, 'p', 'ok thats all i needed!!'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 16 Lost Call after a clarifying question; check-in and notice
  s(YARA, '16 Gettysburg ghost stories (Lost Call): clarifying question, patron gone, "Are you still there?" at 160, notice + invitation back at 340', [
    [0, 'p', 'looking for ghost stories about the Gettysburg battlefield'],
    [21, 'l', 'Good evening, this is Yara at Adams County Library System. Welcome!'],
    [27, 'l', 'Are these for reading aloud to kids, or for adult reading?'],
    [160, 'l', 'Are you still there?'],
    [340, 'l', "It seems you've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; check-in and "I'll assume you stepped away"
  s(KWAME, '17 a not-too-scary Sleepy Hollow for a 6-year-old: coded Lost Call after three patron lines, check-in, "I\'ll assume you stepped away and end the chat"', [
    [0, 'p', 'is there a kid version of legend of sleepy hollow'],
    [15, 'p', 'for a 6 yr old'],
    [30, 'l', 'Hi! Kwame here from Ask a Librarian at Westchester Library System.'],
    [36, 'l', 'Is it for a bedtime read, or for Halloween at school? Some versions are pretty spooky.'],
    [70, 'p', 'bedtime lol not too scary'],
    [77, 'l', "Will Moses's picture-book retelling (2001) is gentle and gorgeous; it's in our catalog at westchesterlibraries.org."],
    [83, 'l', 'Does that one sound OK?'],
    [200, 'l', 'Hello, are you still there?'],
    [330, 'l', "I haven't heard back, so I'll assume you stepped away and end the chat. Thanks, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (folklore macro): coded Practice, every check na', [
    [0, 'p', 'testing testing — ghost tour question for practice'],
    [6, 'l', 'Hi this is Trainee B trying out the folklore macro'],
    [12, 'l', 'Local legends guide: samplelibrary.org/legends. Did that help?'],
    [20, 'p', 'got it'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined, one patron line, Lost Call
  s(NOBODY, '19 the lady in white at the old mill: no provider ever joined, one patron line, patron left, coded Lost Call', [
    [0, 'p', 'does anyone know the story behind the lady in white at the old mill on route 9?'],
    [2, 's', 'All of our librarians are helping other people. Please stay on this page.'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 a silent transfer with an internal note
  s(FAYE, '20 Gullah Brer Rabbit recordings: internal note to Hakim, silent transfer, Hakim 94 s after the patron with loc.gov', [
    [0, 'p', 'Where can I hear recordings of Gullah folktales, like Brer Rabbit told in Gullah?'],
    [20, 'l', 'Hello, this is Faye at the Charleston County Public Library. Thanks for your question!'],
    [27, 'l', 'Are you looking for recordings you can stream at home, or would visiting an archive work too?'],
    [66, 'p', 'streaming would be best'],
    [70, 'i', 'Hakim, can you take this one? Gullah oral tradition recordings, you know the sound collections better than me'],
    xfer(74, 'Hakim', 'hakim-fk'),
    [160, 'l', 'Hi, Hakim here, I work in the South Carolina Room. The Library of Congress has Lorenzo Dow Turner\'s Gullah recordings online: loc.gov (search "Lorenzo Dow Turner"). The Penn Center\'s collection is described at penncenter.com.', as(HAKIM)],
    [166, 'l', 'Is that the sort of recording you meant?', as(HAKIM)],
    [210, 'p', 'yes exactly! thank you both'],
    [216, 'l', 'Anything else today?', as(HAKIM)],
    [240, 'p', 'no that covers everything'],
    [245, 'l', 'Thanks for chatting, take care.', as(HAKIM)],
  ], usual({ transfer: 'fail' })),

  // 21 an announced transfer with no internal note; receiver 115 s after the notice
  s(CORA, '21 Lost Dutchman mine documents: "I\'m going to pass you to a colleague at the State Library", no internal note, Dmitri 115 s later', [
    [0, 'p', 'whats the real history behind the lost dutchman mine legend? are there any original documents'],
    [17, 'l', "Hi! I'm Cora, a librarian at Mesa Public Library."],
    [24, 'l', "When you say original documents, do you mean records about Jacob Waltz himself, or newspaper stories from the time?"],
    [70, 'p', 'either honestly'],
    [76, 'l', "I'm going to pass you to a colleague at the State Library who knows the Arizona collections best. One moment please!"],
    xfer(80, 'Dmitri', 'dmitri-fk'),
    [191, 'l', 'Hello, Dmitri from the Arizona State Library here. Jacob Waltz\'s 1891 death and the first "lost mine" stories are in Arizona newspapers on the Arizona Memory Project, azmemory.azlibrary.gov. The Superstition Mountain Museum also keeps a research archive on the legend.', as(DMITRI)],
    [197, 'l', 'Does that help get you started?', as(DMITRI)],
    [240, 'p', 'yes thank you, thats all'],
    [246, 'l', 'Happy hunting, and thanks for using the chat!', as(DMITRI)],
  ], usual({ transfer: 'fail' })),

  // 22 an announced transfer with a note that says why; receiver 132 s after the notice
  s(BREE, '22 Pope Lick Monster in university archives: notice + internal note why, Emil 132 s after the notice with WKU Folklife Archives', [
    [0, 'p', 'hi i\'m trying to find out if any university has collected stories about the "Pope Lick Monster" near louisville'],
    [25, 'l', "Hi there! My name is Bree, and I'm a librarian at Louisville Free Public Library. Thanks for writing in."],
    [31, 'l', 'Are you looking for published articles, or for archived interviews and student projects?'],
    [72, 'p', 'archived stuff'],
    [78, 'l', "Our academic partner on the statewide service is better placed for archives. I'm transferring you to Emil; one moment while he joins."],
    [80, 'i', 'Emil, patron wants archived folklore (Pope Lick Monster) from university collections, your Folklife Archives are the best bet. Thanks!'],
    xfer(83, 'Emil', 'emil-fk'),
    [210, 'l', 'Hi, Emil here, a librarian at Western Kentucky University. The finding aids of our Folklife Archives are on TopSCHOLAR (digitalcommons.wku.edu/dlsc_fa_fin_aid) and include student fieldwork on Kentucky legends; search "Pope Lick".', as(EMIL)],
    [216, 'l', 'Does that look useful?', as(EMIL)],
    [260, 'p', 'yes!!'],
    [265, 'l', 'Anything else I can help with?', as(EMIL)],
    [290, 'p', 'nope, all set'],
    [295, 'l', 'Thanks for using Ask a Librarian, goodbye!', as(EMIL)],
  ], usual({ informed: 'fail', transfer: 'pass' })),

  // 23 a hold still open when the patron leaves
  s(RHEA, '23 the vanishing bride of the Hollis covered bridge: "let me search the Telegraph archive for 1921. One moment." and the patron leaves, coded "Patron left"', [
    [0, 'p', 'is there any real newspaper story behind the "vanishing bride" of the hollis covered bridge? supposedly 1921'],
    [24, 'l', "Hello, welcome! This is Rhea at Nashua Public Library's Ask a Librarian."],
    [30, 'l', 'Do you know which town the bridge is in, or roughly which month?'],
    [62, 'p', 'hollis nh i think. no idea what month'],
    [70, 'l', 'Okay, let me search the Telegraph archive for 1921. One moment.'],
    left(400),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Patron left' }),

  // 24 three at most (touching ends, another provider's chats); an offer instead of the completeness question
  s(HEDDA, '24 Norwegian folk tales for a story a night: "Want me to check which branch has them on the shelf right now?", three at most with touching ends', [
    [0, 'p', 'do u have norwegian folk tales like the three billy goats gruff but other ones, for kids'],
    [12, 'l', "Hi! This is Hedda at Saint Paul Public Library's chat. 👋"],
    [18, 'l', 'Picture books, or a longer collection to read a story a night?'],
    [50, 'p', 'longer collection'],
    [56, 'l', '"Norwegian Folk Tales" by Asbjørnsen and Moe is the classic, and the d\'Aulaires\' "East of the Sun and West of the Moon" is lovely for kids. Both are in our catalog at sppl.org.'],
    [62, 'l', 'Want me to check which branch has them on the shelf right now?'],
    [90, 'p', 'no its ok ill request online. tysm'],
    [95, 'l', 'Anything else?'],
    [105, 'p', 'no'],
    [109, 'l', 'Happy reading! Bye 👋'],
  ], usual({ complete: 'fail' }), {}, {
    otherIntervals: [
      other('h1', 'hedda-fk', -300, 0), other('h2', 'hedda-fk', -60, 200), other('h3', 'hedda-fk', 30, 300), other('h4', 'hedda-fk', 114, 500),
      other('x1', 'someone-else-fk', 10, 100), other('x2', 'someone-else-fk', 20, 100),
    ],
  }),

  // 25 a notice with thanks after 193 s, no check-in
  s(LIA, '25 the Bunny Man of Clifton: answer at 67, "It looks like we lost the connection, so I\'ll go ahead and close this chat. Thanks …" at 260, no check-in', [
    [0, 'p', 'was the bunny man real?? my friends say it was an escaped mental patient in clifton va'],
    [19, 'l', 'Hi! Lia here, librarian at Fairfax County Public Library.'],
    [25, 'l', "Do you want the legend's origin story, or what was actually documented?"],
    [60, 'p', 'both lol'],
    [67, 'l', 'The documented part is two 1970 incidents of a man in a rabbit costume, reported in the Washington Post. The county\'s historian traced how the legend grew from there; our guide is at fairfaxcounty.gov/library (search "Bunny Man").'],
    [73, 'l', 'Does that answer your question?'],
    [260, 'l', "It looks like we lost the connection, so I'll go ahead and close this chat. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 26 Spanish: check-in, notice without "will end", final idle exactly 180 s
  s(BEATRIZ, '26 artículos de 1995 sobre el chupacabras (Spanish): "¿Sigue ahí?", then "Parece que se desconectó. ¡Gracias por escribirnos!" exactly 180 s into the idle', [
    [0, 'p', 'hola! busco artículos de periódico de 1995 sobre el chupacabras en puerto rico, para un trabajo'],
    [20, 'l', '¡Hola! Le atiende Beatriz, bibliotecaria del servicio Pregunte a un Bibliotecario de Miami-Dade.'],
    [27, 'l', '¿Necesita los artículos en español o en inglés?'],
    [60, 'p', 'español'],
    [66, 'l', 'El Nuevo Día y El Vocero cubrieron los casos de Canóvanas en 1995. Los puede buscar en NewsBank (World News), en mdpls.org > Recursos electrónicos, con la palabra "chupacabras" entre 1995 y 1996.'],
    [72, 'l', '¿Eso le sirve?'],
    [190, 'l', '¿Sigue ahí?'],
    [246, 'l', 'Parece que se desconectó. ¡Gracias por escribirnos!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 27 the question after the first source; goodbye 119 s into the final idle
  s(ANSEL, '27 Ojibwe winter stories for 4th grade: MNopedia given before "What grade are your students?", goodbye 119 s into the final idle', [
    [0, 'p', 'my class is learning about ojibwe stories. is it true some are only told in winter?'],
    [22, 'l', "Hello, I'm Ansel, a librarian at Duluth Public Library. Good question!"],
    [30, 'l', 'Yes: many Ojibwe communities tell aadizookaanag (sacred stories) only when snow is on the ground. MNopedia, the Minnesota Historical Society\'s encyclopedia, explains it in plain language: mnopedia.org (search "Ojibwe storytelling").'],
    [36, 'l', 'What grade are your students? I can suggest something at their level.'],
    [70, 'p', '4th grade, im the teacher'],
    [78, 'l', 'Then try Anton Treuer\'s "Living Our Language: Ojibwe Tales and Oral Histories" for your own background, and Louise Erdrich\'s "The Birchbark House" to read aloud; both are in our catalog at duluthlibrary.org.'],
    [84, 'l', 'Would those work for your 4th graders?'],
    [197, 'l', 'Thanks for chatting, take care!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 28 follow-up by the patron's library: phone read back, "by Wednesday", done after 80 h
  s(JUN, '28 a "haunted" Frederick County farmhouse (follow-up by patron\'s library): MDLANDREC, phone read back, "They\'ll call you by Wednesday", done after 80 h', [
    [0, 'p', 'we just bought an old farmhouse in frederick county and the neighbors say its haunted lol. how do i find out who lived there and if anything happened?'],
    [26, 'l', "Good morning! This is Jun, a librarian with Ask Us Now, Maryland's statewide chat."],
    [33, 'l', 'Do you know roughly when the house was built, and which road it is on?'],
    [80, 'p', 'around 1850, its on old mill rd near myersville'],
    [87, 'l', "Deed chains for Frederick County are free on MDLANDREC (mdlandrec.net, free account). The Maryland Room at Frederick County Public Libraries has the local newspapers, so I'll ask their staff to search for anything about the house and have them call you. What number should they use?"],
    [140, 'p', '301-555-0199'],
    [146, 'l', "Got it, 301-555-0199. They'll call you by Wednesday."],
    [152, 'l', 'Does MDLANDREC get you started in the meantime?'],
    [190, 'p', 'yes thank you!!'],
    [196, 'l', 'Anything else for today?'],
    [215, 'p', 'no thats everything'],
    [220, 'l', 'Thanks for using Ask Us Now, enjoy the new house!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 29 follow-up by me: e-mail read back, no time given, done in 20 h
  s(PEARL, '29 1912 Villisca axe murder coverage for a podcast (follow-up by me): "I\'ll send the scans to …" with no time, done in 20 h', [
    [0, 'p', 'Hi, I need newspaper coverage of the 1912 Villisca axe murders from Iowa papers of the time. For a podcast'],
    [23, 'l', "Hi! You're chatting with Pearl at the State Library of Iowa."],
    [29, 'l', 'Do you need the first reports from June 1912, or the trials later on too?'],
    [75, 'p', 'mostly june 1912, trials if possible'],
    [82, 'l', 'Some Iowa papers of June 1912 are in Chronicling America (chroniclingamerica.loc.gov; search "Villisca", 1912). The local papers are only on our microfilm, which I can scan for you. What e-mail should I send the scans to?'],
    [130, 'p', 'its podcasts.hollis@example.org'],
    [136, 'l', "Thanks, I'll send the scans to podcasts.hollis@example.org."],
    [142, 'l', 'Does Chronicling America help for the first reports?'],
    [180, 'p', 'yes a lot'],
    [185, 'l', 'Great, thanks for contacting the State Library!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 30 chat-speak both sides; pickedUpAt 45 s, first line at 100; code ""
  s(NICO, '30 Skunk Ape news reports (chat-speak): pickedUpAt 45 s, first line at 100, "so u want actual news coverage … right?", code ""', [
    [0, 'p', 'omg ok so my cousin swears the skunk ape is real 😂 are there any like actual news reports from florida??'],
    [100, 'l', 'hi!! Nico here, librarian w/ Ask a Librarian Florida 😄'],
    [106, 'l', 'so u want actual news coverage of skunk ape sightings in FL, not just the legend, right?'],
    [130, 'p', 'yesss'],
    [136, 'l', 'ok! the St. Petersburg Times covered the 1970s sightings a bunch, search "skunk ape" in the Google News Archive (news.google.com/newspapers). theres also the 2000 Myakka photo story in the Sarasota Herald-Tribune, same archive'],
    [142, 'l', 'that help?'],
    [170, 'p', 'ya lol thx'],
    [175, 'l', 'anything else?'],
    [190, 'p', 'nope'],
    [194, 'l', 'k bye! 👻'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FOLKLORE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: folklore, ghost stories and local legends, checked', () => {
  describeSessions('whole sessions', FOLKLORE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FOLKLORE.filter((c) => c.name in LEFT_WHY));
});
