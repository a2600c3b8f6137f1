/**
 * Sixty-fourth round, theme CEMETERIES, BURIAL RECORDS AND GRAVE LOCATIONS, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: finding a grave (a 1930s Polish parish burial in Pittsburgh, an
 * 1887 burial at Hollywood Cemetery in Richmond, a 1918 flu victim at Forest Home in Milwaukee, a baby buried in San Antonio in
 * 1958 in Spanish, an abuelo at Evergreen in Los Angeles in Spanish, Lone Fir in Portland, Green Mount in Baltimore, a mother at
 * Pinelawn nobody answered), cemetery deeds and plots (four graves at Cypress Hills with no paperwork, an unused 1952 deed at
 * Hope Cemetery in Worcester, an 1890s lot at Oak Hill in Cedar Rapids, reselling plots in Jacksonville, a section map of
 * Calvary in Cleveland), veterans (a free VA headstone, a Marine uncle and the Gravesite Locator, ashes at Arlington, a Union
 * soldier in Chattanooga, a WW2 great-uncle in Normandy via ABMC), abandoned cemeteries (headstones on a farm near Xenia, an
 * overgrown churchyard in Fort Bend in Spanish, a burial ground under a Minneapolis park, a broken stone at Oakland in Atlanta),
 * burial permits and disinterment (a casket from Fresno to Arizona, Woodlawn to Long Island, a tío from Phoenix to Sonora in
 * Spanish and English, home burial on a North Carolina farm), and Find a Grave and interment indexes (a photo request,
 * taking over a memorial, Find a Grave vs BillionGraves). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundCemeteries-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Morning! Hollis here, reference librarian at …" (01); "Hi, thanks for contacting us! This is Della at …" at exactly
 *   60 s (02: pass); a 61 s pickup (04: fail); "Hey there! 👋" + a question under the screen name "gravesearch" (05: greets,
 *   names no one: fail); Spanish "¡Hola! Bienvenido al chat de la Biblioteca Pública de Los Ángeles; le atiende Esperanza." (03),
 *   "Soy Rocío, bibliotecaria de …" (12), "Buenas tardes, habla Adela, bibliotecaria de …" (17), bilingual "¡Hola! Habla Tomás,
 *   bibliotecario de Phoenix Public Library. I can help in English or Spanish." (20); "Hi, Brock from Knox County Public
 *   Library." (19); "Hi, Rhett at …, what can I help you with?" (18); `pickedUpAt` at 58 s with the first visible line at 90
 *   (30: pass); no provider ever joined, a queue line only (29);
 *  inquiry: parish, discharge and date of death, casket or cremated, deed or receipt, probate papers, married name, regiment,
 *   lot ownership with "No rush, take your time." (25: a question, not a hold); no question at all and no restatement (09: fail);
 *  waits: "Hang on while I find the right state form" answered exactly 120 s later (06: pass); "One sec, checking …" answered
 *   121 s later (07: fail); no hold, the patron waits 125 s with a "hello??" nudge inside (08: fail, the nudge does not restart
 *   the wait); a transfer notice answered 80 s later (21: pass) and 121 s later (23: fail); a silent transfer, the receiver 100 s
 *   after the patron (22: pass); a partial result that says the search goes on ("Found a 1903 plat … — still looking …"),
 *   answered 118 s later (30: pass); 200 s of waiting on the patron after "take your time" (25: pass);
 *  endings: final idle of 119 s with no goodbye (15: idle na, courteous fails); exactly 180 s ending on a notice that is also
 *   a goodbye ("It seems you've stepped away, so I'll close this chat now. Thanks for stopping by …"), with "Still with me?"
 *   before it (16: both pass); 179 s with "¿Sigue usted ahí?" and "Gracias por su consulta. ¡Hasta luego!" (17: check-in pass,
 *   notice na); 260 s to a bare "It looks like you've disconnected." (18: check-in and notice fail, courteous fails); a true
 *   Lost Call, 190 s (27); 208 s with a check-in and "Looks like we got disconnected. I'm closing this session — please chat back
 *   anytime!" under Lost Call (28); "I only take one per chat. I'm ending this session now." (19: dismissal, no goodbye); "tengo
 *   otros usuarios esperando … vuelva a escribirnos más tarde … ¡Gracias!" (20: allowed); "Okay, take care!" as the last line
 *   (08); the patron's "wow ok", "ok" and "🙏" as the last line (19, 20, 24); patron-side "thats all i needed", "eso es todo",
 *   "thats all", "thats everything", "that is all", "that is everything i needed", "that was all", and "yes thx", "some, thank
 *   you", "yes ok", "si gracias", "yes thank you" that do not count;
 *  sources: findagrave.com, support.findagrave.com, billiongraves.com, volksbund.de, Ancestry Library Edition, Fold3,
 *   familysearch.org, va.gov/find-forms, gravelocator.cem.va.gov, arlingtoncemetery.mil, abmc.gov, cdph.ca.gov, nyc.gov/health,
 *   codes.ohio.gov, thc.texas.gov, myfloridacfo.com, worcesterma.gov, iagenweb.org, oregonmetro.gov, hclib.org, cemetery sites
 *   (hollywoodcemetery.org, foresthomecemetery.com, clevelandcatholiccemeteries.org, oaklandcemetery.com), gravestonestudies.org,
 *   consulmex.sre.gob.mx; an answer with none (09: fail);
 *  referrals: our own Pennsylvania Department by street address (01); the Evergreen Cemetery office by phone (03); "The township
 *   trustees are the people to talk to" (04: no contact, fail); "write to the cemetery office at records@…" (07); the Cypress
 *   Hills office by address and phone (08); "Check with your county health department" (09: fail); the Cemetery Division by
 *   phone (10); the Mexican consulate by phone and URL (20); the Historic Oakland Foundation's preservation team "through
 *   oaklandcemetery.com" (25); "a funeral director normally handles the permit", "the cemetery association has lot maps" and
 *   passing the question to our genealogy department, who will call (12): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done 70 h after the end (10: pass); a promise with no contact
 *   and no time under Answered (11: code and contact fail, pending); FU_LIB, phone read back, "dentro de 72 horas", not recorded
 *   at day 4 (12: contact pass, on_time fail); FU_ME with the e-mail only in `patron.email`, "by Friday", done at 73 h (13: code
 *   pass, contact fail, on_time fail); no codes in the source (`resolutionCode` left undefined), a call-back promise with the
 *   phone read back, "by Friday" (14: code na, contact pass, pending);
 *  completeness: "Want me to find the form for a bronze medallion instead …?" (02: an offer, fails); "Does that help?" after an
 *   answer without a source (09: passes, an answer was given);
 *  codes: Practice (26); a true Lost Call (27); Lost Call after two patron messages and an answer (28: fail); `null` with no
 *   provider (29: fail); "" (30: fail); none in the source (14);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three other chats over this one, four at once between 60 and 100 s (24: fail); one ending exactly at the start,
 *   two overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "come see us in the Pennsylvania Department at our Main library, 4400 Forbes Avenue" tells the patron to visit one of the
 *   provider's own library's departments: a referral (Terms: "The provider's own library's departments count when the patron is
 *   told to contact or visit them"), reached by a postal address (01: pass);
 * - "The township trustees are the people to talk to" and "Check with your county health department" tell the patron to ask an
 *   organisation: referrals with no way to reach them; "write to the cemetery office at records@hollywoodcemetery.org" and
 *   "Contact their preservation team through oaklandcemetery.com" are referrals reached by e-mail and URL;
 * - "Okay, take care!" and "Bye, have a good one!" say goodbye; "It seems you've stepped away, so I'll close this chat now" tells
 *   the patron they seem to have disconnected and that the session ends, and with "Thanks for stopping by, and come back
 *   anytime!" it is a goodbye (it does not ask whether the patron is there), so the final idle ends at it (16: 180 s);
 * - a bare "It looks like you've disconnected." neither asks nor says the session will end (18: both fail);
 * - "¿Le resultó útil esta información?", "¿Le sirve esta información?", "¿Le sirve?", "¿Le sirve el índice mientras tanto?" and
 *   "Does that give you a start?" are the completeness question; "¿Sigue usted ahí?" asks whether the patron is still there;
 *   "eso es todo" says explicitly that the patron is done, "si gracias" does not; "dentro de 72 horas" says when;
 * - "Found a 1903 plat that shows a burial ground there — still looking for whether the graves were moved." gives a partial result
 *   and says the search goes on: a hold (30);
 * - "No rush, take your time." inside a question is not a hold (25); the patron's "hello??" while waiting does not restart the
 *   wait (08: 125 s from the patron's answer);
 * - "Does that help?" after an answer with no source passes followup.completeness ("in or after the first message that gives a
 *   source or answer") while info.source fails (09);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h, one at 73 h is not; an e-mail only in `patron.email` is a known
 *   contact for resolution.code but not a confirmed one for followup.contact (13);
 * - `resolutionCode: null` is a missing code (29: fail, even with no provider); `resolutionCode: undefined` is a field left out
 *   (14: na), and a promise still makes a follow-up session there.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 01, referral.contact). Label corrections: 0 (case 01 reread against
 * RUBRIC's Referral term and referral.contact: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 01: "If you get stuck, come see us in the Pennsylvania Department at our Main library, 4400 Forbes
 *    Avenue" read as no referral (na; RUBRIC pass: the patron is told to visit the provider's own library's department, which
 *    the Referral term counts, and it comes with a postal address).
 * Every timing check (pickup at 60 s, 61 s and by `pickedUpAt` at 58 s, no provider; keep_informed at exactly 120 s after a hold,
 * 121 s after a hold, 125 s across a patron nudge, 80 s and 121 s after a transfer notice, 100 s across a silent transfer, 118 s
 * after a partial-result hold, 200 s of waiting on the patron after "take your time"; final idles of 119, 179, 180, 190, 208 and
 * 260 s; concurrency at four and at touching ends; on_time done at 70 h and 73 h, unrecorded past the deadline, pending twice)
 * and every code (Practice, a true Lost Call, Lost Call after two patron messages, null, "", no codes in the source, a promise
 * under Answered, follow-up codes with the contact in the chat and only in the patron fields) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails and phones typed and read back,
 * one e-mail only in `patron.email`; library and agency phones, a cemetery e-mail and street addresses beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 01's "come see us in the
 *   Pennsylvania Department at our Main library, 4400 Forbes Avenue" refers (X26); it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HOLLIS: Prov = { id: 'hollis-c', name: 'Hollis', library: 'CLP' };
const DELLA: Prov = { id: 'della-c', name: 'Della', library: 'THPL' };
const ESPERANZA: Prov = { id: 'esperanza-c', name: 'Esperanza', library: 'LAPL' };
const GRADY: Prov = { id: 'grady-c', name: 'Grady', library: 'GCPL-OH' };
const GRAVEDESK: Prov = { id: 'gravedesk-c', name: 'gravesearch', library: 'SLCPL' };
const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'FCPL-CA' };
const BEAU: Prov = { id: 'beau-c', name: 'Beau', library: 'RVAPL' };
const NADIA: Prov = { id: 'nadia-c', name: 'Nadia', library: 'QPL' };
const WES: Prov = { id: 'wes-c', name: 'Wes', library: 'WCPL' };
const ANSEL: Prov = { id: 'ansel-c', name: 'Ansel', library: 'WPL-MA' };
const TOBIAS: Prov = { id: 'tobias-c', name: 'Tobias', library: 'MPL-WI' };
const ROCIO: Prov = { id: 'rocio-c', name: 'Rocío', library: 'SAPL' };
const IMOGEN: Prov = { id: 'imogen-c', name: 'Imogen', library: 'APL-VA' };
const LYLE: Prov = { id: 'lyle-c', name: 'Lyle', library: 'CRPL' };
const SUNITA: Prov = { id: 'sunita-c', name: 'Sunita', library: 'APL-TX' };
const KETURAH: Prov = { id: 'keturah-c', name: 'Keturah', library: 'PGCMLS' };
const ADELA: Prov = { id: 'adela-c', name: 'Adela', library: 'HPL-TX' };
const RHETT: Prov = { id: 'rhett-c', name: 'Rhett', library: 'JPL-FL' };
const BROCK: Prov = { id: 'brock-c', name: 'Brock', library: 'KCPL-TN' };
const TOMAS: Prov = { id: 'tomas-c', name: 'Tomás', library: 'PHXPL' };
const HARRIET: Prov = { id: 'harriet-c', name: 'Harriet', library: 'CHAT-TN' };
const JASPER: Prov = { id: 'jasper-c', name: 'Jasper', library: 'CHAT-TN' };
const COLM: Prov = { id: 'colm-c', name: 'Colm', library: 'CCPL' };
const DAGNY: Prov = { id: 'dagny-c', name: 'Dagny', library: 'CCPL' };
const IVO: Prov = { id: 'ivo-c', name: 'Ivo', library: 'NYPL' };
const WREN: Prov = { id: 'wren-c', name: 'Wren', library: 'NYPL' };
const PERCY: Prov = { id: 'percy-c', name: 'Percy', library: 'SLCL' };
const LORNA: Prov = { id: 'lorna-c', name: 'Lorna', library: 'AFPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const ODELL: Prov = { id: 'odell-c', name: 'Odell', library: 'EPFL' };
const GREER: Prov = { id: 'greer-c', name: 'Greer', library: 'MCL' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const FRIDA: Prov = { id: 'frida-c', name: 'Frida', library: 'HCL-MN' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat; you are number 2 in the queue.'];

export const sixtyFourthRoundCemeteries: SessionCase[] = [
  // 01 the plain good session; our own department by street address
  s(HOLLIS, '01 a great-grandfather buried in Pittsburgh in the 1930s: "Morning! Hollis here, reference librarian", which parish, Ancestry Library Edition + findagrave.com, the Pennsylvania Department at 4400 Forbes Avenue', [
    [0, 'p', 'trying to find where my great grandpa is buried, he died in pittsburgh sometime in the 1930s i think. name was Stanislaw Kowalczyk'],
    [19, 'l', 'Morning! Hollis here, reference librarian at Carnegie Library of Pittsburgh.'],
    [25, 'l', 'Do you know which parish the family belonged to? The Catholic cemeteries there kept their own books.'],
    [70, 'p', 'st adalbert on the south side i think'],
    [78, 'l', 'That helps. Start with his death certificate: Pennsylvania death certificates 1906-1970 are indexed on Ancestry Library Edition, free inside any of our branches, and the certificate names the cemetery. Find a Grave (findagrave.com) also has many St. Adalbert burials transcribed already.'],
    [84, 'l', "If you get stuck, come see us in the Pennsylvania Department at our Main library, 4400 Forbes Avenue; we keep the parish cemetery books there. Is this the kind of lead you were hoping for?"],
    [130, 'p', 'yes!! exactly, thats all i needed thank u'],
    [136, 'l', 'Wonderful — good hunting, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 02 pickup at exactly 60 s; an offer of something not yet given instead of the completeness question
  s(DELLA, '02 a free VA headstone for a Korean War veteran in a private cemetery: pickup at 60 s, VA Form 40-1330 at va.gov/find-forms, "Want me to find … a medallion instead" (an offer)', [
    [0, 'p', 'my dad was in korea war, he is buried in a private cemetery with no marker. can the VA give a headstone for free?'],
    [60, 'l', 'Hi, thanks for contacting us! This is Della at Tampa-Hillsborough County Public Library.'],
    [66, 'l', 'Was he honorably discharged, and did he die after November 1, 1990? Both change what the VA can provide.'],
    [110, 'p', 'yes honorable, he died 2019'],
    [117, 'l', "Then he is eligible for a government headstone or marker at no cost, even in a private cemetery. The family files VA Form 40-1330 (Claim for Standard Government Headstone or Marker) with a copy of his DD-214; the form is at va.gov/find-forms."],
    [123, 'l', 'Want me to find the form for a bronze medallion instead, in case the family adds a private stone later?'],
    [160, 'p', 'no thats ok, he has nothing there'],
    [165, 'l', 'Is there anything else I can help you with today?'],
    [190, 'p', 'no ma am'],
    [195, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 03 Spanish; the cemetery office by phone
  s(ESPERANZA, '03 la tumba de un abuelo en el Evergreen Cemetery de Los Ángeles (Spanish): "Bienvenido al chat … le atiende Esperanza", familysearch.org, la oficina del cementerio por teléfono, "eso es todo"', [
    [0, 'p', 'hola buenas, busco donde esta enterrado mi abuelo, murio en los angeles en 1975 creo q en el cementerio evergreen'],
    [28, 'l', '¡Hola! Bienvenido al chat de la Biblioteca Pública de Los Ángeles; le atiende Esperanza.'],
    [34, 'l', '¿Sabe el nombre completo de su abuelo y la fecha aproximada en que falleció?'],
    [80, 'p', 'Ramon Villaseñor Ortiz, marzo 1975'],
    [88, 'l', 'Puede buscarlo primero en el índice de defunciones de California 1940-1997 de FamilySearch (familysearch.org), que es gratuito. Para la ubicación exacta de la tumba, llame a la oficina del Evergreen Cemetery al 323-555-0118; le pedirán el nombre y la fecha.'],
    [94, 'l', '¿Le resultó útil esta información?'],
    [140, 'p', 'si muchas gracias, eso es todo'],
    [146, 'l', '¡Con mucho gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; the township trustees with no contact
  s(GRADY, '04 old headstones on a farm near Xenia (chat-speak): 61 s pickup, codes.ohio.gov, "The township trustees are the people to talk to" with no contact', [
    [0, 'p', 'we bought a farm outside xenia and theres like 6 old headstones in the back woods. who is responsible for it?? can we move them'],
    [61, 'l', 'Hello, and sorry for the wait — Grady, a librarian at Greene County Public Library, here.'],
    [67, 'l', 'Do the stones have dates on them, and is the plot fenced off or mentioned in your deed?'],
    [115, 'p', '1840s-1860s, theres an old iron fence. deed says nothing'],
    [122, 'l', 'In Ohio, abandoned burial grounds usually fall to the township trustees to keep up, and moving graves takes a court order. The statute is Ohio Revised Code 517.21, readable at codes.ohio.gov. The township trustees are the people to talk to before you touch anything.'],
    [128, 'l', 'Does that help sort it out?'],
    [170, 'p', 'yea thanks, thats all'],
    [175, 'l', 'Glad I could help. Bye for now!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // 05 a greeting that names no one, under a screen name
  s(GRAVEDESK, '05 a photo request on Find a Grave for a grave in Texas: "Hey there! 👋" and a question under the screen name "gravesearch", findagrave.com, "anything else?"', [
    [0, 'p', 'how do i ask someone on find a grave to take a picture of a headstone? its in texas and im in oregon'],
    [14, 'l', 'Hey there! 👋'],
    [19, 'l', 'Do you already have a Find a Grave account, and is there a memorial page for the grave?'],
    [50, 'p', 'no account. the memorial is there but no photo'],
    [57, 'l', 'Make a free account at findagrave.com, open the memorial, and click "Request Photo"; volunteers who live near the cemetery get notified. The help pages (findagrave.com, Help > Photo Requests) say how long it usually takes.'],
    [62, 'l', 'Is that what you were looking for?'],
    [95, 'p', 'yes thx'],
    [100, 'l', 'anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Bye, have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later
  s(MARISOL, '06 moving a mother\'s casket from Fresno to Arizona: "Hang on while I find the right state form" answered exactly 120 s later, cdph.ca.gov, "thats everything"', [
    [0, 'p', 'we want to move my moms remains from fresno to be buried next to my dad in arizona. what permit do we need'],
    [20, 'l', 'Good afternoon! My name is Marisol and I am a librarian with Fresno County Public Library.'],
    [26, 'l', 'Are we talking about a burial in a casket, or cremated remains?'],
    [58, 'p', 'casket burial, she was buried in 2009'],
    [64, 'l', 'Hang on while I find the right state form for you.'],
    [184, 'l', "Thanks for hanging on. In California a disinterment needs a Permit for Disposition of Human Remains from the local registrar of the county where she is buried; a funeral director usually files it for the family. The California Department of Public Health explains it at cdph.ca.gov (Vital Records > Disposition of Human Remains). Does that cover what you needed?"],
    [230, 'p', 'yes, thank you so much'],
    [236, 'l', 'Do you have any other questions for me?'],
    [260, 'p', 'no thats everything'],
    [266, 'l', 'Take care, and thanks for using the chat.'],
  ], usual()),

  // 07 a hold answered 121 s later; the cemetery office by e-mail
  s(BEAU, '07 an 1887 burial at Hollywood Cemetery in Richmond: "One sec, checking what they have online." answered 121 s later, hollywoodcemetery.org, "write to … records@hollywoodcemetery.org"', [
    [0, 'p', 'does hollywood cemetery in richmond have an online burial search? looking for my 3x great grandmother d.1887'],
    [17, 'l', "Hi, I'm Beau from Richmond Public Library's Ask Us chat."],
    [23, 'l', "What was her name, and do you know if she's buried with a husband?"],
    [50, 'p', 'Eliza Pettus, yes her husband John'],
    [55, 'l', 'One sec, checking what they have online.'],
    [176, 'l', "Hollywood Cemetery has a burial search on its own site, hollywoodcemetery.org (Genealogy > Burial Search). If she isn't in it, write to the cemetery office at records@hollywoodcemetery.org; they can check the original interment registers. Did that answer it?"],
    [210, 'p', 'yes, found her!!! thats all i need'],
    [215, 'l', 'Fantastic, thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 no hold: the patron waits 125 s, nudging once (the nudge does not restart the wait); "Okay, take care!"
  s(NADIA, '08 four graves bought in the 1960s at Cypress Hills, no paperwork: the patron waits 125 s with a "hello??" in between, the cemetery office by address and phone, "Okay, take care!"', [
    [0, 'p', 'my grandparents bought 4 graves at cypress hills cemetery in the 60s. how do i find out if there are any left and who owns them now'],
    [21, 'l', 'Hello! Nadia here, librarian at Queens Public Library.'],
    [27, 'l', 'Do you have the original deed or a receipt for the plots?'],
    [60, 'p', 'no, nothing. my mom passed and we dont know where the paperwork is'],
    [120, 'p', 'hello??'],
    [185, 'l', "Sorry about that! The cemetery office keeps the interment and lot-ownership records, so they can tell you how many graves are still open and who holds the rights now. Cypress Hills Cemetery's office is at 833 Jamaica Avenue, Brooklyn, phone 718-555-0140. Bring your mom's death certificate and proof that you're her heir."],
    [191, 'l', 'Does that answer your question?'],
    [240, 'p', 'yeah ok thanks'],
    [245, 'l', 'You are welcome. Anything else I can look up?'],
    [275, 'p', 'no'],
    [280, 'l', 'Okay, take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 no question, no source; the county health department with no contact
  s(WES, '09 burying a father on the family farm in North Carolina: no question asked, an answer with no source, "Check with your county health department" (no contact), "Does that help?"', [
    [0, 'p', 'is it legal to bury my dad on our own land in NC? he is very sick and wants to be buried on the family farm'],
    [22, 'l', "Hi, this is Wes with Wake County Public Libraries. I'm sorry about your dad."],
    [29, 'l', "North Carolina does allow burial on private land. The grave generally has to be set back from wells, streams and property lines, and a funeral director normally handles the burial-transit permit. Check with your county health department about the setbacks before you pick the spot."],
    [35, 'l', 'Does that help?'],
    [80, 'p', 'some, thank you'],
    [86, 'l', 'Sending good thoughts to you and your family. Goodbye.'],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail', referral: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Wednesday", done 70 h after the end; the Cemetery Division by phone
  s(ANSEL, '10 an unused 1952 plot deed at Hope Cemetery in Worcester (follow-up by me): Cemetery Division by phone, worcesterma.gov, e-mail read back, "by Wednesday", done at 70 h', [
    [0, 'p', "Hi, I have a deed for a plot at Hope Cemetery in Worcester from 1952 in my uncle's name. Can I use it? He died and left everything to me."],
    [24, 'l', 'Hello! Ansel at Worcester Public Library here, happy to help.'],
    [30, 'l', 'Was the plot ever used for a burial, and do you have his will or probate papers?'],
    [80, 'p', 'not used. yes I have the probate decree'],
    [87, 'l', "Hope Cemetery is run by the city, so its Cemetery Division handles transfers of burial rights: call them at 508-555-0162 and they'll tell you what to bring (usually the deed and the probate decree). The city's cemetery rules are posted at worcesterma.gov (Cemetery > Rules and Regulations)."],
    [93, 'l', "I'd also like to find out whether Massachusetts wants the transfer recorded at the registry of deeds. I'll look into it and e-mail you by Wednesday. What address should I send it to?"],
    [140, 'p', 'd.okafor.home@example.net'],
    [146, 'l', 'Got it: d.okafor.home@example.net. Does the Cemetery Division info help for now?'],
    [190, 'p', 'yes thank you, that is all'],
    [196, 'l', 'Thanks for writing in, you will hear from me soon!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(201 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise with no contact and no time, coded Answered
  s(TOBIAS, '11 a great-aunt who died in the 1918 flu, Forest Home Cemetery: foresthomecemetery.com, "I\'ll dig through our 1918 death notices and get back to you", no contact, no time, coded Answered', [
    [0, 'p', 'need the burial record for my great aunt at forest home cemetery milwaukee, died 1918 flu'],
    [20, 'l', 'Hi there, Tobias, reference librarian at Milwaukee Public Library.'],
    [26, 'l', 'Do you know her married name, or only her maiden name?'],
    [60, 'p', 'married name Hedwig Brandt'],
    [66, 'l', "Forest Home has an online burial search at foresthomecemetery.com (Genealogy), and our Milwaukee newspaper obituary index may list her too. I'll dig through our 1918 death notices and get back to you."],
    [72, 'l', 'Does that give you a start?'],
    [110, 'p', 'yes ok'],
    [114, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 Spanish; follow-up by the patron's library: phone read back, "dentro de 72 horas", not recorded at day 4
  s(ROCIO, '12 un hermanito enterrado en San Antonio en 1958 (Spanish, follow-up by patron\'s library): familysearch.org, teléfono repetido, "le llamarán dentro de 72 horas", sin registro al día 4', [
    [0, 'p', 'hola necesito saber en que cementerio enterraron a mi hermanito, murio bebe en san antonio 1958'],
    [25, 'l', 'Hola, buenas tardes. Soy Rocío, bibliotecaria de la San Antonio Public Library. Con gusto le ayudo.'],
    [31, 'l', '¿Sabe si murió en un hospital o en casa, y si la familia era católica?'],
    [75, 'p', 'en el hospital santa rosa, si catolicos'],
    [82, 'l', 'Es muy probable que esté en el San Fernando Cemetery. Puede buscar su acta de defunción en el índice Texas Deaths 1890-1976 de FamilySearch (familysearch.org); el acta indica el cementerio.'],
    [88, 'l', 'Voy a pasar su pregunta a nuestro departamento de genealogía (Texana/Genealogy) y ellos le llamarán dentro de 72 horas con lo que encuentren. ¿A qué número le llamamos?'],
    [130, 'p', '210 555 0177'],
    [136, 'l', 'Perfecto, 210-555-0177. ¿Le sirve el índice mientras tanto?'],
    [175, 'p', 'si gracias'],
    [180, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me: the e-mail only in patron.email, "by Friday", done 73 h after the end
  s(IMOGEN, '13 a Vietnam veteran\'s ashes at Arlington (follow-up by me): arlingtoncemetery.mil, "e-mail you by Friday", the address only in patron.email, done at 73 h', [
    [0, 'p', "can my grandfather's ashes go in arlington national cemetery? he was army in vietnam"],
    [18, 'l', "Hi! You've reached Imogen, a librarian at Arlington Public Library."],
    [24, 'l', 'Did he retire from the Army, or serve and then leave? And was he honorably discharged?'],
    [65, 'p', 'served 2 yrs then left, honorable'],
    [72, 'l', "Honorably discharged veterans are generally eligible to have cremated remains placed in Arlington's columbarium; in-ground burial has stricter rules. Eligibility and how to schedule are at arlingtoncemetery.mil (Funerals > Eligibility)."],
    [78, 'l', "The in-ground rules changed recently, so I'll confirm the latest and e-mail you by Friday."],
    [84, 'l', 'Does the eligibility page help for now?'],
    [120, 'p', 'yes thank you'],
    [126, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'g.whitfield@example.org', phone: null }, followUps: [{ doneAt: at(131 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 14 no codes in the source; a call-back promise, phone read back, "by Friday"
  s(LYLE, '14 an 1890s family lot at Oak Hill Cemetery, Cedar Rapids (no codes in the source): iagenweb.org, "call you by Friday", phone read back, "that is everything i needed"', [
    [0, 'p', 'Looking for burial records for Oak Hill cemetery in cedar rapids, my family plot 1890s. who keeps those?'],
    [30, 'l', 'Good evening, this is Lyle at the Cedar Rapids Public Library.'],
    [36, 'l', 'Are you trying to find who is buried in the plot, or where the plot is in the cemetery?'],
    [80, 'p', 'both really'],
    [86, 'l', "Oak Hill's burials are indexed on the Iowa GenWeb cemetery pages (iagenweb.org/linn, Cemeteries > Oak Hill). I'll check our local history files for a plat of the 1890s section and call you by Friday. What number is best?"],
    [130, 'p', '319-555-0123'],
    [135, 'l', 'Thanks, 319-555-0123. Does the GenWeb index help for now?'],
    [170, 'p', 'yes, that is everything i needed'],
    [176, 'l', 'Great — thanks, bye!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 15 final idle 119 s, no goodbye
  s(SUNITA, '15 Find a Grave or BillionGraves, graves in Texas and Germany: the answer at 50, endedAt 169 (final idle 119 s), no goodbye', [
    [0, 'p', 'whats the difference between find a grave and billiongraves? which one is better for searching'],
    [16, 'l', 'Hi, I am Sunita, a librarian with Austin Public Library.'],
    [22, 'l', 'Which state or country are the graves you are looking for in?'],
    [40, 'p', 'texas and germany'],
    [50, 'l', 'Find a Grave (findagrave.com) has more U.S. memorials, typed in by volunteers; BillionGraves (billiongraves.com) is built from GPS-tagged photos and is stronger in parts of Europe. For German war dead, also try the Volksbund grave search at volksbund.de. Does that help?'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(169) }),

  // 16 final idle exactly 180 s: "Still with me?" and a notice that is also a goodbye
  s(KETURAH, '16 a Marine uncle, maybe in a national cemetery: gravelocator.cem.va.gov at 60, "Still with me?" at 185, "It seems you\'ve stepped away, so I\'ll close this chat now. Thanks …" at 240 (180 s)', [
    [0, 'p', 'how can i find where my uncle is buried, he was a marine. maybe a national cemetery'],
    [20, 'l', "Hello and welcome to Ask Us Now! I'm Keturah, a librarian with Prince George's County Memorial Library System."],
    [26, 'l', 'Do you know about when he died?'],
    [50, 'p', '2003 i think'],
    [60, 'l', "The VA's Nationwide Gravesite Locator covers national cemeteries, state veterans cemeteries and many private cemeteries with government markers: gravelocator.cem.va.gov. Search his last name and year of death. Did that help?"],
    [185, 'l', 'Still with me?'],
    [240, 'l', "It seems you've stepped away, so I'll close this chat now. Thanks for stopping by, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 Spanish; final idle 179 s: a check-in and a goodbye, no notice
  s(ADELA, '17 un cementerio abandonado junto a una iglesia en Fort Bend (Spanish): thc.texas.gov a los 62, "¿Sigue usted ahí?" a los 182, despedida a los 241 (179 s)', [
    [0, 'p', 'hay un cementerio viejo abandonado cerca de mi casa en el condado de fort bend, quien lo cuida? esta lleno de maleza'],
    [22, 'l', 'Buenas tardes, habla Adela, bibliotecaria de Houston Public Library.'],
    [28, 'l', '¿Sabe si el cementerio tiene nombre, o si está en terreno privado?'],
    [55, 'p', 'no se el nombre, esta junto a una iglesia vieja'],
    [62, 'l', 'La Texas Historical Commission tiene un programa para cementerios abandonados y un mapa en línea (Atlas) donde puede buscarlo: thc.texas.gov (Preserve > Cemeteries). Allí explican cómo registrarlo como Historic Texas Cemetery. ¿Le sirve esta información?'],
    [182, 'l', '¿Sigue usted ahí?'],
    [241, 'l', 'Gracias por su consulta. ¡Hasta luego!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle 260 s: a notice that neither asks nor says the chat will end
  s(RHETT, '18 reselling two plots at a Jacksonville cemetery: myfloridacfo.com at 70, "It looks like you\'ve disconnected." at 300, endedAt 330 (260 s), no check-in, no goodbye', [
    [0, 'p', 'can i sell 2 cemetery plots i dont need anymore? evergreen cemetery jacksonville fl'],
    [15, 'l', 'Hi, Rhett at Jacksonville Public Library, what can I help you with?'],
    [21, 'l', 'Do you own them outright, with a deed or a certificate of interment rights?'],
    [50, 'p', 'yes have the deed'],
    [70, 'l', "Florida lets you resell plots, but many cemeteries must approve the transfer or have the first right to buy them back. Florida's Division of Funeral, Cemetery, and Consumer Services explains your rights at myfloridacfo.com/division/funeralcemetery. Does that help?"],
    [300, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endedAt: at(330) }),

  // 19 "I only take one per chat. I'm ending this session now."
  s(BROCK, '19 taking over a grandmother\'s Find a Grave memorial, then photos, links and fake flowers: "I only take one per chat. I\'m ending this session now.", patron "wow ok" last', [
    [0, 'p', 'i made a find a grave memorial for my grandma but someone else manages it now?? how do i get it transferred to me'],
    [22, 'l', 'Hi, Brock from Knox County Public Library.'],
    [28, 'l', 'Are you a close relative of hers?'],
    [50, 'p', 'granddaughter'],
    [56, 'l', 'Find a Grave lets close family ask for management of a memorial: on the memorial page choose "Suggest Corrections", then "Request Transfer"; the steps are at support.findagrave.com. Did that help?'],
    [90, 'p', 'ok and also how do i add a photo, and can i link her to my grandpa, and how do i get rid of the fake flowers people leave on it'],
    [97, 'l', "That's a lot of questions and I only take one per chat. I'm ending this session now."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 20 partly Spanish; other patrons waiting, invited back; the consulate by phone and URL
  s(TOMAS, '20 enterrar a un tío de Phoenix en Sonora (partly Spanish): el consulado por teléfono y URL, "¿Le sirve?", "tengo otros usuarios esperando … vuelva a escribirnos más tarde", patron "ok" last', [
    [0, 'p', 'hi, mi tio murio aqui en phoenix y la familia quiere enterrarlo en sonora. what paperwork do we need?'],
    [18, 'l', '¡Hola! Habla Tomás, bibliotecario de Phoenix Public Library. I can help in English or Spanish.'],
    [24, 'l', '¿Ya tienen funeraria contratada aquí en Phoenix?'],
    [60, 'p', 'si, ya tenemos funeraria'],
    [67, 'l', 'La funeraria normalmente tramita el permiso de tránsito de Arizona y el certificado de defunción. Para entrar a México también hace falta un permiso consular: llame al Consulado de México en Phoenix, 602-555-0190, o revise los requisitos en consulmex.sre.gob.mx/phoenix (Traslado de restos).'],
    [73, 'l', '¿Le sirve?'],
    [120, 'p', 'si. and also how do we get the death certificate translated, and who pays, and can we fly him or drive'],
    [127, 'l', 'Son buenas preguntas, pero tengo otros usuarios esperando en este momento. Por favor vuelva a escribirnos más tarde y con gusto seguimos. ¡Gracias!'],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 a transfer with a notice and a note that says why
  s(HARRIET, '21 a Union soldier who died in Chattanooga in 1864: transfer notice + internal note why, Jasper 80 s after the notice, gravelocator.cem.va.gov and Fold3', [
    [0, 'p', 'looking for where my ancestor a civil war union soldier is buried, died in chattanooga 1864 i think'],
    [24, 'l', 'Hi there! Harriet here, a librarian at Chattanooga Public Library.'],
    [30, 'l', 'Do you know his regiment, or the state he enlisted in?'],
    [70, 'p', '10th Ohio Infantry, name Jacob Stroud'],
    [76, 'l', "Our local history librarian Jasper knows the Civil War burial records best. I'm transferring you to him now; it'll just be a moment."],
    [79, 'i', 'Jasper, pt looking for Union soldier Jacob Stroud, 10th Ohio Inf, d. 1864 Chattanooga. Civil War burials are your area, can you take it?'],
    xfer(82, 'Jasper', 'jasper-c'),
    [156, 'l', 'Hi, Jasper here, local history librarian. Union soldiers who died here were mostly reburied in Chattanooga National Cemetery. Search him in the VA Gravesite Locator at gravelocator.cem.va.gov, and his service record in Fold3, free on our library computers. Does that help?', as(JASPER)],
    [200, 'p', 'omg yes he is in section H. thats all i need, thanks'],
    [205, 'l', 'Wonderful! Thanks for chatting, goodbye!', as(JASPER)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer (internal note only); the receiver 100 s after the patron
  s(COLM, '22 a section map of Calvary Cemetery, Cleveland: internal note only, silent transfer, Dagny 100 s after the patron, clevelandcatholiccemeteries.org', [
    [0, 'p', 'hi is there a map of calvary cemetery cleveland showing sections? my grandparents are in section 82'],
    [18, 'l', 'Hello, Colm at Cuyahoga County Public Library, thanks for reaching out.'],
    [24, 'l', 'Are you planning a visit, or do you need the exact row and grave number?'],
    [55, 'p', 'visiting next week, need to find it'],
    [60, 'i', 'Dagny, Calvary Cemetery section map question, you did the cemetery guide, can you take it?'],
    xfer(63, 'Dagny', 'dagny-c'),
    [155, 'l', "Hi, I'm Dagny, a genealogy librarian here. Calvary is run by the Catholic Cemeteries Association; its site, clevelandcatholiccemeteries.org, has a burial search that gives section, row and grave, and a printable map on the Calvary page. Is that what you needed?", as(DAGNY)],
    [200, 'p', 'yes perfect, thats everything thx'],
    [205, 'l', 'Have a good visit, bye!', as(DAGNY)],
  ], usual({ transfer: 'fail' })),

  // 23 an announced transfer with no internal note, answered 121 s after the notice
  s(IVO, '23 moving a grandfather from Woodlawn in the Bronx to Long Island: "I\'m passing you to my colleague Wren … Please hold.", no internal note, Wren 121 s later, nyc.gov/health', [
    [0, 'p', 'my family wants to move grandpa from a cemetery in the bronx to long island. do we need permission from the state?'],
    [20, 'l', "Hello, this is Ivo with NYPL's Ask NYPL chat."],
    [26, 'l', 'Is the cemetery a religious one, a private nonprofit, or a city cemetery?'],
    [60, 'p', 'woodlawn'],
    [66, 'l', "I'm passing you to my colleague Wren, who handles vital records questions. Please hold."],
    xfer(69, 'Wren', 'wren-c'),
    [187, 'l', 'Hi, Wren here. A disinterment in New York City needs a disinterment permit from the NYC Health Department, usually requested by a funeral director, plus the consent of the cemetery. The Health Department\'s page is at nyc.gov/health (search "disinterment permit"). Did that answer it?', as(WREN)],
    [230, 'p', 'yes it did, that was all'],
    [235, 'l', 'Thanks for chatting, take care!', as(WREN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 four at once
  s(PERCY, '24 a great-uncle killed in France in 1944: abmc.gov, three other chats open at once over this one (four), patron "🙏" after the goodbye', [
    [0, 'p', 'my great uncle died in WW2 in france, is he buried over there? how do i find out'],
    [20, 'l', 'Hi there, thanks for writing to St. Louis County Library. This is Percy.'],
    [26, 'l', 'Do you know his full name and his branch of service?'],
    [60, 'p', 'Army, Walter Hanley, 1944'],
    [66, 'l', "The American Battle Monuments Commission runs the U.S. military cemeteries overseas and has a searchable burial database at abmc.gov (Search ABMC Burials). If he isn't there, his family may have had him brought home after the war. Does that help?"],
    [110, 'p', 'yes he is at normandy!! thats all i needed'],
    [115, 'l', 'What a find. Thanks for chatting, goodbye!'],
    [120, 'p', '🙏'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('p1', 'percy-c', -300, 100), other('p2', 'percy-c', 20, 200), other('p3', 'percy-c', 60, 150)],
  }),

  // 25 "take your time" (no hold) then 200 s for the patron; touching chats, three at most; the foundation by URL
  s(LORNA, '25 a broken headstone at Oakland Cemetery, Atlanta: "No rush, take your time." then 200 s for the patron, oaklandcemetery.com and gravestonestudies.org, touching chats (three at most)', [
    [0, 'p', 'my great great grandmothers headstone in oakland cemetery atlanta is broken in half. can we fix it ourselves?'],
    [20, 'l', 'Good morning! Lorna here, a librarian with Atlanta-Fulton Public Library.'],
    [26, 'l', 'Do you know whether the family still holds the lot? No rush, take your time.'],
    [226, 'p', 'sorry, asked my aunt. yes we still have the deed'],
    [233, 'l', 'Oakland Cemetery is cared for by the Historic Oakland Foundation, which runs a restoration program and asks lot owners to use approved conservators. Contact their preservation team through oaklandcemetery.com (Preservation). The Association for Gravestone Studies also has a guide to safe repairs at gravestonestudies.org.'],
    [239, 'l', 'Did that help?'],
    [280, 'p', 'yes thank you thats all'],
    [285, 'l', 'Take care, thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('l1', 'lorna-c', -100, 0), other('l2', 'lorna-c', -20, 150), other('l3', 'lorna-c', 100, 400), other('l4', 'lorna-c', 290, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (Find a Grave macro): coded Practice, every check na', [
    [0, 'p', 'testing the cemetery canned answer'],
    [4, 'l', 'Test: search burials at findagrave.com'],
    [9, 'p', 'ok the link works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 a true Lost Call: greeting, check-in, a notice that is a goodbye (190 s)
  s(ODELL, '27 burial records for Green Mount Cemetery, Baltimore (Lost Call): greeting at 25, "Are you still there?" at 150, "I think you\'ve disconnected, so I\'m going to end this chat. Thanks …" at 215 (190 s)', [
    [0, 'p', 'where can i find burial records for green mount cemetery baltimore'],
    [25, 'l', "Good evening! You're chatting with Odell, a librarian at Enoch Pratt Free Library."],
    [150, 'l', 'Are you still there?'],
    [215, 'l', "I think you've disconnected, so I'm going to end this chat. Thanks for contacting us, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 coded Lost Call after the patron sent two messages and got an answer
  s(GREER, '28 someone buried at Lone Fir Cemetery, Portland: oregonmetro.gov/cemeteries at 62, "Hello? Are you still there?" at 190, "Looks like we got disconnected. I\'m closing this session" at 270 (208 s), coded Lost Call', [
    [0, 'p', 'how do i find out if someone is buried at lone fir cemetery portland'],
    [18, 'l', 'Hi! This is Greer with Multnomah County Library.'],
    [23, 'l', 'Do you have a name and a rough year of death?'],
    [55, 'p', 'Mary Ellen Thorsby, around 1880'],
    [62, 'l', 'Metro, the regional government, runs Lone Fir and has a burial search on its cemeteries page, oregonmetro.gov/cemeteries. Does that help?'],
    [190, 'l', 'Hello? Are you still there?'],
    [270, 'l', "Looks like we got disconnected. I'm closing this session — please chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 no provider ever joined; code null
  s(NOBODY, '29 a mother\'s plot number at Pinelawn (emoji): no provider ever joined, "anyone?? 😢", patron left, code null', [
    [0, 'p', 'hello? need help finding my moms grave plot number, pinelawn cemetery'],
    waiting(2),
    [140, 'p', 'anyone?? 😢'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 30 pickedUpAt 58 s, first line at 90; a partial result that says the search goes on, answered 118 s later; code ""
  s(FRIDA, '30 an old burial ground under a Minneapolis park: pickedUpAt 58 s, first line at 90, "Found a 1903 plat … still looking" answered 118 s later, hclib.org, code ""', [
    [0, 'p', 'someone told me there was an old cemetery where our neighborhood park is in minneapolis. were the bodies moved??'],
    [90, 'l', 'Hi, Frida at Hennepin County Library here. Thanks for waiting!'],
    [96, 'l', 'Which park is it, or which cross streets?'],
    [130, 'p', 'the little park at 16th and portland'],
    [137, 'l', 'Found a 1903 plat that shows a burial ground there — still looking for whether the graves were moved.'],
    [255, 'l', "Yes: the city moved those burials to Layman's Cemetery (now Pioneers and Soldiers Memorial Cemetery) in the 1890s. The plat is in the Minneapolis atlas collection on hclib.org (Special Collections > Maps), and our Hennepin History Collection has the newspaper coverage. Does that answer your question?"],
    [300, 'p', 'whoa. yes that answers it, thank you!'],
    [306, 'l', 'Anything else I can dig up for you?'],
    [330, 'p', 'no im good'],
    [335, 'l', 'Thanks for the fun question, bye!'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(58), resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundCemeteries.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: cemeteries, burial records and grave locations, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundCemeteries.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundCemeteries.filter((c) => c.name in LEFT_WHY));
});
