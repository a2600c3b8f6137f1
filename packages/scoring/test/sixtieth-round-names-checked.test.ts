/**
 * Sixtieth round, theme NAMES AND FAMILY RECORDS, checked: 30 whole sessions no one had written, from public library,
 * genealogy and statewide "ask a librarian" chats: a new Social Security card after a wedding, the driver's license and the
 * passport in a married name (a trip in 5 weeks), REAL ID when the birth certificate and license names differ, back to a
 * maiden name after divorce (passport, Utah ID), a car title; certified marriage records (Harris County in Spanish, a 1998
 * Brooklyn license, a 1974 Wisconsin record for a pension, a misspelled husband's name in Oregon, a 1952 Indiana record for a
 * family tree); divorce decrees (Maricopa 2011, Wake County in the 80s, Milwaukee in the 1930s); birth certificate
 * corrections (a misspelled middle name in Maryland, a mother's wrong birth date and a 1956 baptism in San Antonio, a new name
 * after a court order in Texas); adoption records (an adult adoptee's original birth certificate in Washington, a sealed King
 * County file, an 1890s Orphans' Court adoption); legal name changes (a child after divorce in Ohio probate, an adult in Lorain
 * County, a trans adult in California, the newspaper notice in Maryland, a grandfather's 1940s change and his naturalization
 * file, the Ellis Island myth, a late father's SS-5). Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/sixtiethRoundNames-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 21 s pickup that opens "Congratulations! Hi, this is Priya …" (01); a patron "hello?" in the
 *   queue and a 95 s pickup (04: fail); `pickedUpAt` at 40 s with the first line at 75 (29: pass); "Good evening!" and "I'm the
 *   librarian on duty for Answerland, Oregon's statewide Ask a Librarian. Is it only the spelling …?" split over two lines
 *   (26); Spanish "¡Buenas tardes! Habla Rocío, bibliotecaria del …" (02); chat-speak "hey! ivy @ Salt Lake County Library Ask
 *   Us 👋" (27, LEFT); "Hi! How can I help?" under the screen name AskDesk3 (25: names no one, fail); "Hi, welcome to SFPL's
 *   Ask a Librarian! I'm Kai." (30); "Hi there! I'm Lou …" in a Lost Call (12); no provider ever joined (13);
 *  inquiry: certificate back yet, county and year, birth state, adult or child, age and county, passport age, arrival year,
 *   parish month, naturalized or not, purpose (genealogy or estate), gender marker and county; a restatement with no question
 *   mark ("So you need to show DMV how you got from the name on your birth certificate to the name you use now.", 29); the MVA
 *   steps given before "Have you already updated your name with Social Security?" (06: fail); a question and no source ever
 *   (24: pass); a need question in the same message as the self-identification (26, LEFT);
 *  waits: "OK, let me look." answered 155 s later (03: fail); holds at 70, 160 ("Still looking — …") and 255, answer at 340
 *   (28: pass); "No rush, take your time." then the patron back 210 s later (30: waiting on the patron, pass); a transfer notice
 *   answered by the receiver 64 s and 80 s later (21, 23); a silent transfer, the receiver 70 s after the patron (22);
 *  endings: "Are you still there?" at 260 and "It seems you've disconnected, so I'll end the chat now. Feel free to chat back in
 *   anytime!" at 400 (07: final idle 300 s, both pass); "u still there?" at 250 and nothing until 450 (08: idle passes, notice
 *   and courteous fail); a goodbye 140 s after the answer with no check-in (09: idle fails, disconnect na); a Lost Call with
 *   "Hello? Are you still there?" and "It seems you've disconnected; this session will now end." (12: final idle 315 s, both
 *   pass, courteous fails: the notice only announces the end); "You've reached the limit of questions for one chat, sorry.
 *   Bye." (10: dismissal fails, courteous passes on "Bye."); "I have other patrons waiting right now … Please chat back in
 *   later" (11: allowed); the patron's "k thats everything thx" as the last line (27: courteous fails); goodbyes "¡Con gusto!
 *   Gracias por usar el chat, que le vaya bien.", "Safe travels! Thanks for chatting.", "You got it. Have a good night!", "My
 *   condolences on your father. Thanks for chatting with us.", "Happy searching!"; patron-side "thats all i needed", "es todo",
 *   "thats everything", "That is all I needed.", "thats all", "nothing else", "no more questions", "that's all I need", and
 *   "ok", "ok" after a long list, "yep found it", "ya thanks" that do not count;
 *  completeness: "Does that answer your question?", "¿Es lo que buscaba?", "Does this completely answer your question?", "Did
 *   that help?" in the message with the source (10), "Does the index help for now?", "Does the DSHS page help with the rest?",
 *   "that what u needed?", "Does that help?" after an answer with no source (24: pass); "Want me to look up the fee too?"
 *   (26: offers more, fail);
 *  sources: ssa.gov, travel.state.gov, state vital records and court self-help pages, county clerk and probate pages,
 *   familysearch.org and the library's own index path, uscis.gov, heritage.statueofliberty.org, archives.gov; none ("Just
 *   take your marriage certificate and the title to the DMV", 24: fail);
 *  referrals: SSA by phone (01); the County Clerk "en persona … 201 Caroline St" (02, LEFT); the Clerk online and "in person at
 *   the Clerk's Customer Service Center, 601 W. Jackson St." (03); "you mail them the amendment form" to the Division of Vital
 *   Records by URL (04, LEFT); "contact the Children's Home Society" bare (05: fail); an MVA branch appointment by URL and SSA
 *   by URL (06); the Probate Court by street address and URL (07); the DMV bare (24: fail); "a DLD office" by URL (27, LEFT);
 *   the library's Main Library Information Desk by phone (29); a transfer, staff consulted for the patron ("I'll check with
 *   our legal reference staff", "I'll pass this to the Sequoya branch") and ordering online as no referral (21: LEFT, 17, 18,
 *   09, 20);
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 40 h (16: pass); FU_LIB with the e-mail only in
 *   `patron.email` ("at the address on your library account"), no time, not done by day 4 (17: contact and on_time fail); an
 *   e-mail promise "by tomorrow" coded Answered, e-mail given and read back, done in 20 h (18: code fails, contact and on_time
 *   pass); FU_ME by phone read back, "within 72 hours", done after 90 h (19: on_time fails); FU_ME with the e-mail typed and
 *   "I'll get back to you as soon as I can", day 1 (20: contact fails, pending);
 *  codes: a true Lost Call (12); Lost Call with one patron line and no provider (13: pass); Practice (14); a promise coded
 *   Answered (18);
 *  transfers: a notice (a hold) and an internal note that says why (21: pass); an internal note only (22: fail); a notice with
 *   no note (23: fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to send, mail, file or order something from an office by post or in person ("you mail them the
 *   amendment form", "You file the application with the … Probate Court, 373 S. High St.", "in person at the Clerk's Customer
 *   Service Center", "ir en persona a la oficina del Secretario del Condado") is writing to or visiting it: a referral (the
 *   project's reading of "You file the petition with the Clerk", round 46); ordering or requesting through a web page ("order
 *   a certified copy online at nycmarriagebureau.com/records", "you can request the file there", "Request it online through
 *   SSA's FOIA page") is using the page: a source, not a referral (09, 20, 28);
 * - "Make an appointment at an MVA branch and bring …" (06) and "bring ur … ID to a DLD office" (27) tell the patron to visit
 *   the agency, reached by its URL in the same message;
 * - "the notice to run in a newspaper of general circulation in the county" (18) states what the law requires and names no
 *   party to contact: no referral;
 * - "Good evening!" greets and "I'm the librarian on duty for Answerland, Oregon's statewide Ask a Librarian." identifies
 *   (26); "hey! ivy @ Salt Lake County Library Ask Us" does both (27); "Congratulations! Hi, this is Priya …" greets (01);
 * - "Have a good night!", "Safe travels!", "que le vaya bien" (after "Gracias por usar el chat"), "Bye." say goodbye; "It seems
 *   you've disconnected; this session will now end." only announces the end (12);
 * - "u still there?" and "Hello? Are you still there?" ask whether the patron is still there;
 * - "nothing else" (22), "no more questions" (28) and "thats all i need" (26) say the patron is done; "ok", "yep found it" and
 *   "ya thanks" do not;
 * - "within 72 hours" and "by Friday" say when; "as soon as I can" does not (20); an e-mail typed by the patron in the chat is
 *   given there (16, 18, 20);
 * - a question in the message that also identifies the provider ("… Ask a Librarian. Is it only the spelling that's wrong
 *   …?") is not the greeting's "how can I help?" and counts as clarifying (26).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (6 check results: 4 on referral.contact, 1 on approachability.greeting, 1 on
 * inquiry.clarify). Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 02: referral.contact, "o ir en persona a la oficina del Secretario del Condado, 201 Caroline St, Houston" read as no
 *    referral (na; RUBRIC pass: visit an office, reached by a postal address);
 *  - case 04: referral.contact, "Maryland's Division of Vital Records explains it at health.maryland.gov/…: you mail them the
 *    amendment form" read as no referral (na; RUBRIC pass: write to the Division, reached by its URL);
 *  - case 21: referral.contact, June's greeting "I'm June, with the statewide Ask a Librarian service." read as a referral
 *    without contact (fail; RUBRIC na: the only hand-off is a transfer, and the rest are web pages);
 *  - case 26: inquiry.clarify, "I'm the librarian on duty for Answerland … Is it only the spelling that's wrong, or anything
 *    else on the certificate?" not read as a question before the first source (fail; RUBRIC pass);
 *  - case 27: approachability.greeting, "hey! ivy @ Salt Lake County Library Ask Us 👋" read as greeting without saying who
 *    answers (fail; RUBRIC pass), and referral.contact, "bring ur … ID to a DLD office. steps + what to bring:
 *    dld.utah.gov/name-change" read as no referral (na; RUBRIC pass).
 * The scorer does read "call SSA at …" (01), "in person at the Clerk's Customer Service Center, 601 W. Jackson St." (03),
 * "contact the Children's Home Society" (05: fail), "Make an appointment at an MVA branch" (06), "You file the application
 * with the Franklin County Probate Court, 373 S. High St." (07), "take … to the DMV" (24: source and referral fail) and "call
 * our Main Library Information Desk at …" (29) as labelled. Every timing check (pickup at 95 s, by `pickedUpAt` at 40 s, no
 * provider; keep_informed at 155 s, across three holds, "take your time", three transfers and the 35 s after `pickedUpAt`;
 * final idles of 0, 140, 300, 315 and 380 s; concurrency at four and at touching ends; on_time done at 20 and 40 h, late at
 * 90 h, pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back, an e-mail in
 * `patron.email`, organisations' 555 phones and street addresses).
 *
 * ON v54 (final; this file was labelled on block T's first cut): as on the first cut, 25 running, 5 LEFT (02, 04, 21, 26, 27).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (5 through describeLeft).
 * ON v55 (block U): case 21's "I'm June, with the statewide Ask a Librarian service." is the service's name, no referral (U2), and
 *   runs: 26 running, 4 LEFT (02, 04, 26, 27).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please hold, a librarian will be with you shortly. Your place in line: ${n}`];

const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'CRPL' };
const ROCIO: Prov = { id: 'rocio', name: 'Rocío', library: 'HCPL-TX' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'MCLD-AZ' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'AACPL-N' };
const ELAINE: Prov = { id: 'elaine', name: 'Elaine', library: 'SPL-WA' };
const BRENT: Prov = { id: 'brent', name: 'Brent', library: 'HCPL-MD' };
const SUNITA: Prov = { id: 'sunita', name: 'Sunita', library: 'CML' };
const DOUG: Prov = { id: 'doug', name: 'Doug', library: 'ACPL-IN' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'BKPL' };
const GLEN: Prov = { id: 'glen', name: 'Glen', library: 'LCL' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'RCPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'KCLS' };
const QUEUE: Prov = { id: 'askus-names-queue', name: 'Ask Us queue', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-nm', name: 'Sandbox Login 2', library: 'TRN' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'DPL-MI' };
const BEV: Prov = { id: 'bev', name: 'Bev', library: 'LCHS' };
const KEN: Prov = { id: 'ken', name: 'Ken (statewide)', library: 'STATE-WI' };
const NIA: Prov = { id: 'nia', name: 'Nia', library: 'PGCML' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'SAPL' };
const TAMMY: Prov = { id: 'tammy', name: 'Tammy', library: 'OCLS' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'STATE' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'STATE' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'EPPL' };
const PETE: Prov = { id: 'pete', name: 'Pete', library: 'EPPL' };
const SETH: Prov = { id: 'seth', name: 'Seth', library: 'MPL-WI' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'MPL-WI' };
const WILL: Prov = { id: 'will', name: 'Will', library: 'GCL' };
const DESK3: Prov = { id: 'askdesk3', name: 'AskDesk3', library: 'NCPL' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'STATE-OR' };
const IVY: Prov = { id: 'ivy', name: 'ivy_lib', library: 'SLCPL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'NYPL-X' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'RPL-VA' };
const KAI: Prov = { id: 'kai', name: 'Kai', library: 'SFPL-X' };

export const sixtiethRoundNames: SessionCase[] = [
  // 01 new Social Security card after the wedding: every check passes, SSA by phone
  s(PRIYA, '01 SS card in married name: "is the certificate back yet?", ssa.gov name-change page + SSA phone, "thats all i needed"', [
    [0, 'p', 'hi! just got married, how do i change my last name on my social security card'],
    queue(2),
    [21, 'l', 'Congratulations! Hi, this is Priya, a librarian at Cedar Rapids Public Library.'],
    [27, 'l', 'Do you already have the certified marriage certificate back from the county, or are you still waiting on it?'],
    [70, 'p', 'i have it, came in the mail last week'],
    [76, 'l', "Then you're ready. Social Security's name change page (ssa.gov/number-card/change-name-card) walks you through it: fill out Form SS-5, and bring or mail the certified marriage certificate plus a photo ID. The card number stays the same; only the name changes. If you'd rather ask about your case, call SSA at 800-555-0213."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes!! thats all i needed, thank u'],
    [136, 'l', "You're welcome, and congratulations again! Thanks for chatting with us."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: a certified copy of a marriage record, the County Clerk by street address
  s(ROCIO, '02 copia certificada del acta de matrimonio (Spanish, Harris County): condado + año, hold, cclerk URL + Secretario del Condado at "201 Caroline St", "es todo"', [
    [0, 'p', 'buenas tardes necesito una copia de mi acta de matrimonio para inmigracion'],
    [26, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria del Harris County Public Library. Con gusto le ayudo.'],
    [32, 'l', '¿En qué condado sacaron la licencia de matrimonio, y más o menos en qué año?'],
    [85, 'p', 'aqui en harris, 2009'],
    [91, 'l', 'Permítame un momento, lo busco.'],
    [170, 'l', 'En Texas la copia certificada la da el condado donde se sacó la licencia. Puede pedirla en línea en cclerk.hctx.net (sección "Marriage Licenses", luego "Certified Copies"), o ir en persona a la oficina del Secretario del Condado, 201 Caroline St, Houston, con una identificación con foto.'],
    [176, 'l', '¿Es lo que buscaba?'],
    [230, 'p', 'si perfecto. es todo, gracias'],
    [236, 'l', '¡Con gusto! Gracias por usar el chat, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 03 copy of a divorce decree: a hold answered 155 s later
  s(GRANT, '03 copy of a 2011 divorce decree (Maricopa): county + year asked, "let me look" at 70, answer at 225 (155 s), court records URL', [
    [0, 'p', 'I need a certified copy of my divorce decree to change my name back on my license. How do I get one?'],
    [19, 'l', "Hi there, I'm Grant with Ask a Librarian at Maricopa County Library District."],
    [25, 'l', 'Which county granted the divorce, and roughly what year was it final?'],
    [64, 'p', 'Maricopa, 2011'],
    [70, 'l', 'OK, let me look.'],
    [225, 'l', "Sorry that took a bit. Divorce decrees are kept by the Clerk of the Superior Court. You can order a certified copy from the Clerk online at clerkofcourt.maricopa.gov/records with your case number, or in person at the Clerk's Customer Service Center, 601 W. Jackson St., Phoenix."],
    [231, 'l', 'Did that help?'],
    [280, 'p', 'yep found it'],
    [285, 'l', 'Is there anything else I can help with?'],
    [310, 'p', 'no thank you'],
    [315, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 04 a misspelled middle name on a birth certificate: pickup at 95 s
  s(MARCUS, '04 birth certificate with the middle name misspelled (MD): "hello?" in the queue, pickup 95 s, state + age asked, MD Vital Statistics amendment page, "thats everything"', [
    [0, 'p', 'my middle name is spelled wrong on my birth certificate (Ann instead of Anne). how do i fix it'],
    queue(2, 4),
    [60, 'p', 'hello?'],
    [95, 'l', "Hi, sorry for the wait! This is Marcus at the Ask Us chat, Anne Arundel County Public Library."],
    [101, 'l', 'Were you born in Maryland? And was the mistake made when you were born, or is this an adult wanting to change it now?'],
    [150, 'p', 'born in annapolis. it was wrong from the start, im 34 now'],
    [156, 'l', "That's an amendment to correct a record. Maryland's Division of Vital Records explains it at health.maryland.gov/vsa/Pages/amend.aspx: you mail them the amendment form with early documents that show the right spelling (a baptism record, school records, an old passport) and the fee."],
    [162, 'l', 'Is that what you were looking for?'],
    [215, 'p', 'yes, thats everything. ty'],
    [220, 'l', 'Thanks for using Ask Us. Good luck!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 original birth certificate for an adult adoptee; a referral with no contact
  s(ELAINE, '05 adult adoptee wants her original birth certificate (WA): birth state asked, DOH pre-adoption certificate page, "contact the Children\'s Home Society … search and reunion" (no contact)', [
    [0, 'p', "I was adopted as a baby and I'm 41 now. Can I get my original birth certificate? I dont even know my birth name"],
    [24, 'l', "Hello! My name is Elaine, I'm a reference librarian at Spokane Public Library."],
    [30, 'l', 'Which state were you born in? The rules for sealed adoption records are different in every state.'],
    [80, 'p', 'washington, seattle'],
    [86, 'l', "Good news: Washington lets adult adoptees request the original (pre-adoption) birth certificate. The Department of Health page doh.wa.gov/licenses-permits-and-certificates/vital-records/adoption has the request form and fee. If you want help finding birth family after that, you could also contact the Children's Home Society; they run a search and reunion service."],
    [92, 'l', 'Does this completely answer your question?'],
    [150, 'p', 'yes. wow. thank you thats all'],
    [156, 'l', 'I hope it goes well for you. Thanks for reaching out.'],
  ], usual({ referral: 'fail' })),

  // 06 the MVA page first, the question after it
  s(BRENT, '06 name on the driver\'s license after marriage (MD): MVA page given first, "Have you already updated your name with Social Security?" after it', [
    [0, 'p', 'how do I change my name on my drivers license, got married in june'],
    [17, 'l', "Hi! You've reached Brent at Howard County Library System's Ask a Librarian."],
    [23, 'l', "Make an appointment at an MVA branch and bring your license, the certified marriage certificate, and proof of your Social Security number; the MVA's name change page, mva.maryland.gov/drivers/Pages/change-name.aspx, has the appointment link."],
    [29, 'l', 'Have you already updated your name with Social Security? The MVA checks that record first, so update it a couple of days before your appointment (ssa.gov/number-card/change-name-card).'],
    [75, 'p', 'not yet, ok ill do that first'],
    [81, 'l', 'Sounds like a plan. Does that answer your question?'],
    [120, 'p', 'ya thanks'],
    [125, 'l', 'Anything else I can help you with today?'],
    [150, 'p', 'nope'],
    [155, 'l', 'Have a great day, and thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 07 a child's name change after divorce; check-in and a notice that invites back
  s(SUNITA, '07 changing a 9-year-old\'s last name (Ohio probate): age + county asked, the Probate Court by address + URL, patron gone, "Are you still there?" at 260, notice + invitation back at 400', [
    [0, 'p', "can I change my daughter's last name to mine after the divorce? her dad isn't around"],
    [22, 'l', "Hello, I'm Sunita, a librarian at Columbus Metropolitan Library."],
    [28, 'l', 'How old is she, and which county do you live in?'],
    [70, 'p', "she's 9, franklin county"],
    [100, 'l', "In Ohio a minor's name change goes through the probate court of the county where the child lives. You file the application with the Franklin County Probate Court, 373 S. High St., Columbus; their forms are at probate.franklincountyohio.gov/forms. The other parent has to be notified, and the court decides what's in the child's best interest. We can't give legal advice on your situation, but the forms page explains each step."],
    [106, 'l', 'Does that help?'],
    [260, 'l', 'Are you still there?'],
    [400, 'l', "It seems you've disconnected, so I'll end the chat now. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 08 "u still there?" and then nothing
  s(DOUG, '08 great-grandparents\' 1952 marriage record (genealogy): county asked, FamilySearch + state archives URLs, "u still there?" at 250, ends at 450 with no notice', [
    [0, 'p', 'looking for my great grandparents marriage record from 1952, Allen County Indiana. where would that be'],
    [15, 'l', 'Hi! Doug here from the Genealogy Center chat at Allen County Public Library.'],
    [21, 'l', 'Do you know their names and roughly the month? Do you need an official copy or just the info for your tree?'],
    [60, 'p', 'Walter Haines and Irma Pohl, summer 52. just for the tree'],
    [70, 'l', 'For the tree, FamilySearch has Indiana marriages 1811-2019 indexed for free: familysearch.org/search/collection/1410397. Our own Indiana marriage index is at acpl.info/genealogy under "Free Databases".'],
    [76, 'l', 'Did that help?'],
    [250, 'l', 'u still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),

  // 09 a goodbye 140 s after the answer with no check-in
  s(FARAH, '09 copy of a 1998 NYC marriage certificate: borough asked, City Clerk records URL, "Does that help?", goodbye at 220 (final idle 140 s), no check-in', [
    [0, 'p', 'how can i get a copy of my parents marriage certificate, they married in brooklyn in 1998'],
    [24, 'l', 'Good afternoon! This is Farah, a librarian with Brooklyn Public Library.'],
    [30, 'l', 'Did they get the license in Brooklyn too, or in another borough?'],
    [70, 'p', 'brooklyn i think'],
    [80, 'l', "Marriages from 1996 on are kept by the Office of the City Clerk. You can order a certified copy online at nycmarriagebureau.com/records; a child of the couple may need a notarized letter from one of them, and the page explains that."],
    [86, 'l', 'Does that help?'],
    [220, 'l', 'Thank you for chatting with Brooklyn Public Library. Have a good day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 10 a limit of questions, then "Bye."
  s(GLEN, '10 name change forms, then the passport, then the bank: "you\'ve reached the limit of questions for one chat … Bye." (dismissal, goodbye)', [
    [0, 'p', 'where do i get the petition for a name change in lorain county'],
    [20, 'l', 'Hello, Glen at the Lorain County Library Ask a Librarian desk.'],
    [26, 'l', 'Is it for yourself, or for a minor?'],
    [55, 'p', 'myself'],
    [61, 'l', 'The Lorain County Probate Court posts the adult name change forms at loraincountyprobate.com/forms (Form 21.0, Application for Change of Name of Adult). Did that help?'],
    [110, 'p', 'ok and how do i do the passport after. and the bank. and my credit cards. and do i need a new birth certificate'],
    [118, 'l', "You've reached the limit of questions for one chat, sorry. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 11 other patrons waiting, please come back
  s(HELEN, '11 back to her maiden name after divorce, passport first: travel.state.gov, a long list, "other patrons waiting right now … chat back in later", "ok"', [
    [0, 'p', 'divorce is final and the decree restores my maiden name. what do i change first'],
    [22, 'l', 'Hi, Helen here at Richland County Public Library.'],
    [28, 'l', 'Do you have a passport that needs changing, or just a license and Social Security?'],
    [70, 'p', 'passport too, and its less than a year old'],
    [76, 'l', 'Since your passport is less than a year old, you can use Form DS-5504 at no fee: travel.state.gov/content/travel/en/passports/have-passport/change-correct.html explains it, with the decree as proof.'],
    [82, 'l', 'Is that the kind of info you needed?'],
    [140, 'p', 'yes. also the car title, the deed to the house, voter registration, my 401k, the kids school forms, and my professional license'],
    [150, 'l', "That's a long list! I have other patrons waiting right now, so I can't go through all of those at once. Please chat back in later and we'll keep going one by one."],
    [180, 'p', 'ok'],
    [186, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail' })),

  // 12 Lost Call: a check-in and a notice with no goodbye
  s(LOU, '12 sealed adoption file (Lost Call): greeting at 20, "Hello? Are you still there?" at 160, "It seems you\'ve disconnected; this session will now end." at 330', [
    [0, 'p', 'how do I unseal my adoption file in king county'],
    [20, 'l', "Hi there! I'm Lou, a librarian at King County Library System."],
    [160, 'l', 'Hello? Are you still there?'],
    [330, 'l', "It seems you've disconnected; this session will now end."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 no provider joined; Lost Call with one patron message
  s(QUEUE, '13 amending a birth certificate after a court order: no provider ever joined, one patron line, patron left, coded Lost Call', [
    [0, 'p', 'i have a court order for my name change. do i send it to vital records to get a new birth certificate or what'],
    queue(2, 6),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Practice
  s(TRAINER, '14 practice chat (name change canned answers): coded Practice, every check na', [
    [0, 'p', 'testing the name change macro pls ignore'],
    [9, 'l', 'Hi! Sandbox chat, checking macros.'],
    [16, 'l', 'Name change info: ssa.gov/number-card/change-name-card. Did that help?'],
    [24, 'p', 'looks good'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 four chats at once
  s(OMAR, '15 passport in a new name, trip in 5 weeks: trip date asked, travel.state.gov + expedite URL, "That is all I needed.", four chats open at once', [
    [0, 'p', 'I changed my name last month and my passport has my old name. I fly to Mexico in 5 weeks, what do I do'],
    [16, 'l', 'Hello! Omar here, librarian at Detroit Public Library.'],
    [22, 'l', 'Was your passport issued more than a year ago? And is the ticket in your new name or your old one?'],
    [70, 'p', 'issued 2019. ticket is in my new name'],
    [76, 'l', "Then it's Form DS-82 by mail with the name change document, or DS-11 in person if you want it faster. With 5 weeks, pay for expedited service: travel.state.gov/content/travel/en/passports/need-passport/name-change.html has both forms, and the processing times are at travel.state.gov/processing-times."],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'Yes. That is all I needed. Thank you!'],
    [135, 'l', 'Safe travels! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('o1', 'omar', -200, 100), other('o2', 'omar', 10, 500), other('o3', 'omar', 60, 90)],
  }),

  // 16 follow-up by me: e-mail read back, "by Friday", done in 40 h; others touching the ends
  s(BEV, '16 an 1890s adoption in the Orphans\' Court (follow-up by me): names + county asked, hold, docket index URL, e-mail read back, "by Friday", done 40 h; others touching the ends', [
    [0, 'p', "My great-grandfather was adopted around 1895 in Lancaster County PA. Family story says his name was changed. Is there any record?"],
    [28, 'l', "Good morning! I'm Bev, a librarian at LancasterHistory's research library."],
    [34, 'l', 'Do you know his name after the adoption, and the adoptive parents\' names?'],
    [90, 'p', 'Harold Brenneman, parents Jacob and Sarah Brenneman'],
    [96, 'l', 'Let me check our Orphans\' Court index, one moment.'],
    [180, 'l', "Our Orphans' Court docket index (lancasterhistory.org/research/orphans-court-index) lists adoptions from 1880 on by the adoptive parents' name. I see a Brenneman entry for 1896, but the petition itself is on microfilm in the building. I can pull it tomorrow and e-mail you a scan. What's your e-mail?"],
    [240, 'p', 'sure! its ruth.brenneman.k@example.com'],
    [246, 'l', "ruth.brenneman.k@example.com, got it. You'll have the scan from me by Friday."],
    [252, 'l', 'Does the index help for now?'],
    [290, 'p', 'yes this is amazing'],
    [296, 'l', 'Anything else I can look for while I am in the reels?'],
    [330, 'p', 'no thats it, thanks so much'],
    [336, 'l', 'Thanks for writing in. Talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, {
    now: T0 + 5 * DAY,
    otherIntervals: [other('b1', 'bev', -600, 0), other('b2', 'bev', -100, 200), other('b3', 'bev', 50, 341), other('b4', 'bev', 341, 900)],
  }),

  // 17 follow-up by the patron's library: e-mail only on file, no time, not done by day 4
  s(KEN, '17 WI marriage record for a pension (follow-up by patron\'s library): county + year asked, DHS vital records URL, "they\'ll e-mail you at the address on your account", no time, not done by day 4', [
    [0, 'p', "I need proof of my 1974 marriage for my late husband's pension. The pension office wants a certified copy"],
    [25, 'l', "Hello, this is Ken with Wisconsin's statewide Ask a Librarian service."],
    [31, 'l', 'Which county were you married in, and which library do you usually use?'],
    [90, 'p', 'Dane county. I go to the Sequoya branch in Madison'],
    [96, 'l', "Wisconsin Vital Records issues certified marriage certificates; the order options and fee are at dhs.wisconsin.gov/vitalrecords/marriage.htm. Since you'd like help filling in the form, I'll pass this to the Sequoya branch and they'll e-mail you at the address on your library account."],
    [102, 'l', 'Does that help in the meantime?'],
    [150, 'p', 'yes thank you'],
    [156, 'l', 'Anything else I can help with?'],
    [180, 'p', 'no'],
    [186, 'l', 'Thank you for contacting us, and take care.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'dane.widow74@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 18 an e-mail promise coded Answered; e-mail given; "by tomorrow"; done in 20 h
  s(NIA, '18 name-change notice in the newspaper (MD): county asked, court forms URL, "I\'ll e-mail you the papers that take legal notices by tomorrow", coded Answered, done 20 h', [
    [0, 'p', 'the court says I have to publish my name change in a newspaper?? which one'],
    [18, 'l', 'Hi, Nia at the Ask Us chat, Prince George\'s County Memorial Library System.'],
    [24, 'l', 'Which county did you file in?'],
    [50, 'p', "prince george's"],
    [56, 'l', "Yes, Maryland requires the notice to run in a newspaper of general circulation in the county at least once, at least 15 days before the objection deadline. The court's instructions are at mdcourts.gov/family/namechange. The list of papers the county accepts changes, so I'll check with our legal reference staff and e-mail you the list by tomorrow. What's your e-mail?"],
    [100, 'p', 'keisha.dw@example.com'],
    [106, 'l', 'Thanks! keisha.dw@example.com. Does the court page help for now?'],
    [140, 'p', 'yea thanks. thats all'],
    [145, 'l', 'Thanks for chatting with us!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 19 follow-up by me by phone, "within 72 hours", done after 90 h
  s(RAFAEL, '19 baptism record to correct a birth certificate (TX, follow-up by me): parish + year asked, DSHS amendment URL, phone read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'my moms birth certificate says the wrong birth date. vital statistics wants an old document. she was baptized at san fernando cathedral in 1956'],
    [30, 'l', "Hello! I'm Rafael, a librarian at San Antonio Public Library."],
    [36, 'l', 'Do you know the month of the baptism? And does vital statistics want the original record or a certified copy?'],
    [100, 'p', 'march 56 i think. certified copy'],
    [106, 'l', "Texas DSHS explains the amendment and which early records it accepts at dshs.texas.gov/vital-statistics/amending-vital-records. Our Texana room has the archdiocese's published baptism indexes. I can check them for 1956 and call you with the entry, so you have the exact entry for your request. What number should I call?"],
    [170, 'p', '210-555-0147'],
    [176, 'l', "210-555-0147. I'll call you within 72 hours."],
    [182, 'l', 'Does the DSHS page help with the rest?'],
    [230, 'p', 'yes gracias'],
    [236, 'l', 'Anything else?'],
    [260, 'p', 'no thats it'],
    [266, 'l', 'Thanks for chatting, talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by me: e-mail typed, no time; pending
  s(TAMMY, '20 finding a grandfather\'s 1940s name change in court records (follow-up by me): county asked, e-mail typed, "I\'ll get back to you as soon as I can", pending', [
    [0, 'p', 'my grandpa changed his name from Kowalczyk to Kane sometime in the 40s in Orlando. is there a court record'],
    [22, 'l', 'Hi! This is Tammy, a reference librarian at Orange County Library System.'],
    [28, 'l', 'Do you know if he was a naturalized citizen? Sometimes the name change happened at naturalization instead of in a separate court case.'],
    [90, 'p', 'yes he naturalized in like 1946'],
    [96, 'l', "Then his naturalization file may hold the name change. USCIS's genealogy program is at uscis.gov/records/genealogy; you can request the file there. I'd like to check our Florida court records guides for the 1940s too, and send you what I find. What's your e-mail?"],
    [150, 'p', 'dkane.fl@example.com'],
    [156, 'l', "Great, I'll get back to you as soon as I can."],
    [162, 'l', 'Does the USCIS page help for now?'],
    [200, 'p', 'yes ty'],
    [206, 'l', 'Anything else I can help with?'],
    [230, 'p', 'no'],
    [235, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 21 a transfer with a notice and a note
  s(JUNE, '21 "was our name changed at Ellis Island?" (statewide): arrival year asked, transfer notice + internal note to Victor, ship manifest + naturalization URLs, "thats all, thanks"', [
    [0, 'p', 'my family says our name was changed at Ellis Island in 1907. how do i find the original name'],
    [20, 'l', "Hello! I'm June, with the statewide Ask a Librarian service."],
    [26, 'l', 'Do you know roughly the year they arrived and the first name of the person who came over?'],
    [70, 'p', '1907, Giuseppe'],
    [76, 'l', "Our genealogy librarian, Victor, is the expert on passenger lists, so I'm transferring you to him now. Just a moment."],
    [79, 'i', 'Victor: pt wants pre-Ellis-Island surname, Giuseppe, arr. 1907. Genealogy q, can you take it?'],
    xfer(82, 'Victor', 'victor'),
    [140, 'l', "Hi, this is Victor, the genealogy librarian. A quick myth-buster: Ellis Island didn't change names; lists were made at the port of departure. Search the passenger lists for Giuseppe in 1907 at heritage.statueofliberty.org, and his naturalization papers (archives.gov/research/naturalization) will show any later name change.", as(VICTOR)],
    [146, 'l', 'Is that what you needed?', as(VICTOR)],
    [200, 'p', 'yes thats all, thanks!'],
    [206, 'l', 'Happy searching! Thanks for chatting.', as(VICTOR)],
  ], usual({ transfer: 'pass' })),

  // 22 a silent transfer (internal note only)
  s(ALMA, '22 amending a birth certificate after a name change (TX): Alma greets + asks, internal note + transfer with no word to the patron, Pete 70 s after the patron, DSHS URL', [
    [0, 'p', 'now that my name change is final can I put my new name on my birth certificate'],
    [18, 'l', 'Hi, Alma here at El Paso Public Library.'],
    [24, 'l', 'Were you born in Texas? Each state handles this differently.'],
    [60, 'p', 'yes el paso'],
    [66, 'i', 'Pete, can you take this? TX birth cert + court-ordered name change, you did one last week.'],
    xfer(69, 'Pete', 'pete'),
    [130, 'l', "Hi, Pete here, also at El Paso Public Library. Texas can amend a birth certificate with a certified copy of the court order: the VS-170 form and the fee are at dshs.texas.gov/vital-statistics/amending-vital-records.", as(PETE)],
    [136, 'l', 'Does that help?', as(PETE)],
    [180, 'p', 'yes thanks. nothing else'],
    [186, 'l', 'Glad to help. Thanks for chatting!', as(PETE)],
  ], usual({ transfer: 'fail' })),

  // 23 a transfer notice with no note
  s(SETH, '23 a 1930s divorce for a family history (Milwaukee): year asked, transfer notice, no internal note, Cora 80 s later, county archives URL', [
    [0, 'p', 'trying to find if my great aunt got divorced in milwaukee in the 1930s'],
    [20, 'l', 'Hello! Seth at Milwaukee Public Library here.'],
    [26, 'l', 'Do you know her married name and about which years?'],
    [64, 'p', 'Helen Schultz, 1932-1938 maybe'],
    [70, 'l', 'Let me transfer you to Cora in our Local History room, she knows the court records. Hang on.'],
    xfer(74, 'Cora', 'cora'),
    [150, 'l', "Hi, Cora in Local History. Milwaukee County's 1930s divorce cases are in the Milwaukee County Historical Society's online circuit court index at milwaukeehistory.net/research. Search 'Schultz' for 1932-1938.", as(CORA)],
    [156, 'l', 'Did that help?', as(CORA)],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Anything else?', as(CORA)],
    [230, 'p', 'no thats all'],
    [236, 'l', 'Thanks for chatting, good luck!', as(CORA)],
  ], usual({ transfer: 'fail' })),

  // 24 no source: "take your certificate to the DMV"
  s(WILL, '24 name on the car title after marriage: state asked, "just take your marriage certificate to the DMV" (no source; a referral without contact)', [
    [0, 'p', 'do i need to change my name on my car title after getting married'],
    [30, 'l', "Hi, I'm Will, a librarian at Greenville County Library."],
    [36, 'l', 'What state are you in?'],
    [70, 'p', 'south carolina'],
    [76, 'l', "You don't have to right away, but it's easier if the names match when you sell or renew. Just take your marriage certificate and the title to the DMV and they'll update it."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 25 "Hi! How can I help?": no one named
  s(DESK3, '25 where to find a 1980s divorce filing (NC): "Hi! How can I help?" under the screen name AskDesk3 (no identification), county asked, NC courts records URL', [
    [0, 'p', 'hello'],
    [14, 'l', 'Hi! How can I help?'],
    [40, 'p', 'i need to find out where my dad got divorced in the 80s, somewhere in north carolina'],
    [46, 'l', 'Do you know the county, or at least the city he lived in then?'],
    [90, 'p', 'probably wake county'],
    [96, 'l', "Older divorce files are kept by the Clerk of Superior Court in the county where it was filed, and some go to the State Archives. NC Courts' records request page is nccourts.gov/help-topics/court-records, and the State Archives' guide to divorce records is at archives.ncdcr.gov."],
    [102, 'l', 'Does this answer your question?'],
    [150, 'p', 'yes. thats all i needed'],
    [156, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 26 "Good evening!" + "I'm the librarian on duty …"; an offer that is not the completeness question
  s(NORA, '26 Oregon marriage certificate correction (statewide): "Good evening!" + "I\'m the librarian on duty …" split, error asked, OHA amendment URL, "Want me to look up the fee too?"', [
    [0, 'p', "my husband's last name is misspelled on our marriage certificate. we got married in bend last year"],
    [25, 'l', 'Good evening!'],
    [29, 'l', "I'm the librarian on duty for Answerland, Oregon's statewide Ask a Librarian. Is it only the spelling that's wrong, or anything else on the certificate?"],
    [80, 'p', 'just the spelling. Morrisey with one s'],
    [86, 'l', "That's a correction (an affidavit to amend). Oregon Health Authority explains it at oregon.gov/oha/ph/birthdeath/pages/amend.aspx, with the affidavit form and the list of documents to include (copies of both IDs and one showing the right spelling)."],
    [92, 'l', 'Want me to look up the fee too?'],
    [140, 'p', 'no its fine, i can see it. thats all i need, ty'],
    [146, 'l', 'You got it. Have a good night!'],
  ], usual({ complete: 'fail' })),

  // 27 chat-speak; the patron has the last word
  s(IVY, '27 name on a Utah ID after divorce (chat-speak): "hey! ivy @ SLCo Library", "which name u going back to?", dld.utah.gov, patron "k thats everything thx" last', [
    [0, 'p', 'hey how do i get my ID changed back 2 my maiden name after divorce. utah'],
    [12, 'l', 'hey! ivy @ Salt Lake County Library Ask Us 👋'],
    [16, 'l', 'which name u going back to, the one on ur birth cert?'],
    [40, 'p', 'yea'],
    [46, 'l', 'k so bring ur certified divorce decree (it has to say the name is restored) + ur current ID to a DLD office. steps + what to bring: dld.utah.gov/name-change'],
    [50, 'l', 'that what u needed?'],
    [80, 'p', 'k thats everything thx'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 28 holds every ~90 s: a deceased father's SS-5 to prove a name change
  s(HUGO, '28 a late father\'s SS-5 to prove his name change: purpose asked, holds at 70 / 160 / 255, answer at 340, ssa.gov/foia, "no more questions"', [
    [0, 'p', "My late father's records show two different last names. Someone said his original Social Security application would show it. How do I get that?"],
    [26, 'l', "Good afternoon, this is Hugo, a librarian at Ask NYPL."],
    [32, 'l', 'Is this for a genealogy project, or for something like an estate or a benefits claim?'],
    [64, 'p', 'estate, the lawyer needs proof he is the same person'],
    [70, 'l', "Let me check SSA's current process, one moment."],
    [160, 'l', "Still looking — SSA moved the request form recently. Thanks for bearing with me."],
    [255, 'l', 'Nearly there, just checking the fee.'],
    [340, 'l', "You want a copy of his SS-5 (his original application). Request it online through SSA's FOIA page, ssa.gov/foia, choosing 'Request for Deceased Individual's Social Security Record'. Include his death certificate; the fee is listed on that page."],
    [346, 'l', 'Does that completely answer your question?'],
    [400, 'p', 'yes it does. no more questions, thank you!'],
    [406, 'l', 'My condolences on your father. Thanks for chatting with us.'],
  ], usual()),

  // 29 pickedUpAt at 40 s; the library's own desk by phone
  s(ZOE, '29 REAL ID when the names don\'t match (VA): pickedUpAt 40 s, first line at 75, restated, DMV REAL ID page, the library\'s Information Desk phone for notarized copies', [
    [0, 'p', "for my REAL ID, my birth certificate says my maiden name and my license says my married name. will dmv accept that?"],
    [75, 'l', "Hi! Zoe here, a reference librarian at Richmond Public Library."],
    [81, 'l', "So you need to show DMV how you got from the name on your birth certificate to the name you use now."],
    [120, 'p', 'yes exactly'],
    [126, 'l', "Virginia DMV's REAL ID page, dmv.virginia.gov/licenses-ids/real-id, says to bring the certified marriage certificate that links the two names, plus proof of residency. If you also need copies notarized, call our Main Library Information Desk at 804-555-0110 to check when the notary is in."],
    [132, 'l', 'Did that help?'],
    [170, 'p', 'yes!'],
    [175, 'l', 'Anything else today?'],
    [200, 'p', 'nope'],
    [205, 'l', 'Have a great day, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 30 "No rush, take your time." then the patron back 210 s later
  s(KAI, '30 adult name change in California: "No rush, take your time." then the patron back 210 s later, courts self-help page, "that\'s all"', [
    [0, 'p', "I want to legally change my first name in California. I'm 24, trans, if that matters"],
    [21, 'l', "Hi, welcome to SFPL's Ask a Librarian! I'm Kai."],
    [27, 'l', 'It does a little: California has a separate form for a name change to match gender identity. Do you also want to change the gender marker, or just the name? And which county do you live in?'],
    [80, 'p', 'both eventually. let me check which county my new apartment is in, one sec'],
    [86, 'l', 'No rush, take your time.'],
    [296, 'p', 'ok its alameda county'],
    [302, 'l', "Thanks! The California Courts self-help page, selfhelp.courts.ca.gov/name-change-gender, has the forms (NC-200 to change your name and gender together) and says that in most cases no hearing and no newspaper notice are needed."],
    [308, 'l', 'Is that what you were looking for?'],
    [360, 'p', "yes, that's all. thank you"],
    [366, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundNames.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('02')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "Puede pedirla en línea en cclerk.hctx.net (…), o ir en persona a la oficina del Secretario del Condado, 201 Caroline St, Houston, con una identificación con foto." tells the patron to go in person to the County Clerk\'s office (RUBRIC Terms, Referral: "contact or visit … office … (call, write to, ask or visit them)"), reached by a postal address (and the cclerk.hctx.net URL).',
  [byNo('04')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "Maryland\'s Division of Vital Records explains it at health.maryland.gov/vsa/Pages/amend.aspx: you mail them the amendment form with early documents … and the fee." tells the patron to write to the Division of Vital Records ("mail them": RUBRIC Terms, Referral, "call, write to, ask or visit them"; the project\'s reading of "You file the petition with the Clerk of the Circuit Court", round 46), reached by the URL in the same sentence.',
  [byNo('26')]:
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 4 "Oregon Health Authority explains it at …"). Message 2, "I\'m the librarian on duty for Answerland, Oregon\'s statewide Ask a Librarian. Is it only the spelling that\'s wrong, or anything else on the certificate?", asks about the need before message 4 gives the first source; it is not the greeting\'s "how can I help?" (RUBRIC inquiry.clarify), even though it shares a message with the self-identification.',
  [byNo('27')]:
    'approachability.greeting: expected pass, got fail ("greets the patron but never says who is answering", evidence message 1 "hey!"). Message 1, "hey! ivy @ Salt Lake County Library Ask Us 👋", greets and names the provider ("ivy"), the library and the service in the text (RUBRIC approachability.greeting: "a name, \'librarian\', the library or the service"; the screen name is "ivy_lib"). Also referral.contact: expected pass, got na ("no referral …"): message 4, "k so bring ur certified divorce decree (…) + ur current ID to a DLD office. steps + what to bring: dld.utah.gov/name-change", tells the patron to visit the Driver License Division (RUBRIC Terms, Referral: "visit them"), reached by its URL.',
};

describe('sixtieth round: names and family records, checked', () => {
  describeSessions('whole sessions', sixtiethRoundNames.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundNames.filter((c) => c.name in LEFT_WHY));
});
