/**
 * Fiftieth round, theme WILLS, ESTATES AND PROBATE, checked: 30 whole sessions no one had written, from public library
 * "ask a librarian" chats with grieving relatives and executors: certified death certificates (Ohio county, El Paso in
 * Spanish, a 1925 Philadelphia one for genealogy, how many to order), finding a will (filed in probate, "on file
 * somewhere", a 1952 will in the county will books), probate forms (small estate petition MD, small estate affidavit TX,
 * estate inventory WI, letters testamentary AZ, Ohio forms), executors (a guide book, filing the will in Cook County,
 * an executor's deed NC), contesting a will, estate sales and appraising a late husband's books, unclaimed property (one
 * state, three states, a safe deposit box of a closed bank), the SSA death payment, powers of attorney (financial NY, health
 * care VA). Providers express sympathy, say they cannot give legal advice, and refer to vital records offices, registers of
 * wills, court clerks, the SSA, the State Archives, a lawyer referral service, booksellers and their own desks (with and
 * without contacts). Every one of the 17 checks labelled in every session before it was run (the labels copied aside to
 * /tmp/fiftiethRoundEstates-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: sympathy + name in the greeting ("Hello, I'm so sorry for your loss. This is Priya…"); Spanish "¡Hola! Le saluda
 *   Lucía, bibliotecaria de…" picked up at 75 s; the service alone ("Hello, this is Ask a Librarian at Sunview Library");
 *   "Hi! How can I help you today?" under the screen name "ref_desk3" (fail); "Hi there!" + name in the next line with
 *   `pickedUpAt` 40 s and the first line at 50; "sec, looking" (a hold) then no greeting at all (fail); no provider ever
 *   joined (the patron left at 240 s);
 *  inquiry: state, county, town, bank, month, executor or not, for whom, finances vs health care, the whole file vs the will
 *   ("Would a copy of the whole file be what you need, or just the will?": a question about the need, before the source);
 *   a restatement ("So you're after a 1925 Philadelphia death certificate for genealogy, …, right?"); the county asked in
 *   the line after the first source (fail) and in the same line as it ("…ncrod.org/forms. what county?": fail); no source
 *   ever, so a question anywhere counts;
 *  waits: holds at 86/190/290 (pass); "Let me look at what we have." then 164 s with the patron's "take ur time" inside it
 *   (fail); a silent transfer, the receiver's first line 150 s after the patron (fail); "No rush, I'll be here." before a
 *   200 s patron absence (waiting on the patron: pass);
 *  endings: check-in + disconnect notice that invites back (two sessions, one a Lost Call with only a greeting); a
 *   check-in then a goodbye 150 s after the answer (disconnect na); "Anything else today?" then a goodbye 134 s later
 *   (idle fails, disconnect na); the answer then silence to 300 s (idle, disconnect, courteous fail); a notice that does not
 *   ask and does not say goodbye (idle fails, notice passes, courteous fails); "you've reached the limit of questions for
 *   this chat" (dismissal); "a few other patrons waiting … please come back to chat later, or call your local library's
 *   reference desk at 555-…" (allowed); goodbyes "Take care of yourself.", "Great, have a good day!", "You're welcome! Bye
 *   for now.", "De nada. Cuídese mucho, y gracias por usar nuestro servicio.", "Thanks, bye!"; "👍" (no goodbye);
 *   patron-side "thats all i needed", "nope thats everything", "no more questions, thank u", "yes thats all, thank you",
 *   "si muchas gracias, es todo", "yes, ok. thats all"; "ok thanks", "yes thank u", "ya" (not done);
 *  completeness: "Does that help?", "¿Le sirve esta información?", "Is that helpful?", "that work?", "Does that help you
 *   decide?", "Is the index entry the one you were looking for?" and "Is the catalog listing enough to go on for now?"
 *   (LEFT), "In the meantime, does the Comptroller search help?"; a "would … be what you need" before anything was given;
 *  sources: court, vital records, comptroller, SSA, state bar URLs; a book by title, author and call number; NewsBank by
 *   path; Ancestry Library Edition; none at all (an answer from experience: source fails);
 *  referrals: county Vital Statistics by URL + phone; Vital Records by address + phone (Spanish, LEFT); the Lawyer Referral
 *   Service by phone; "you take the original will to the Clerk … 50 W. Washington St." (LEFT); "ask a member of the
 *   Antiquarian Booksellers' Association" by directory URL with "bring a few to our Special Collections librarian" (no
 *   contact, LEFT); "your funeral director … so ask them too" (no contact: fail); "calling Social Security at 1-800-…"
 *   (LEFT); "request the copy itself from the Pennsylvania State Archives at pa.gov/archives" (LEFT); the Register of Wills
 *   by address + phone; forms web pages of agencies only (no referral: LEFT); branch / Hale County staff consulted on the
 *   patron's behalf (no referral);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday", done at 20 h (pass); FU_LIB, phone read back, "by Wednesday", not
 *   recorded by day 5 (fail); FU_ME to "the e-mail on your library account" (only in `patron.email`), "by tomorrow", done at
 *   80 h (contact and on_time fail); FU_ME, e-mail read back, "by Friday", pending on day 1; a promise to "e-mail you what
 *   they say" with no time, coded Answered (LEFT);
 *  codes: a true Lost Call; Lost Call after three patron lines (fail); null (fail); Practice (every check na); Lost Call
 *   with no provider (pass);
 *  transfers: a visible notice (a hold) and an internal note to the receiver before the transfer (pass); an internal note
 *   only (fail);
 *  concurrency: the receiver of a transfer at four open (fail); four at once (fail); others ending exactly at the start and
 *   starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "you take the original will to the Clerk of the Circuit Court … Daley Center, 50 W. Washington St." (deposit it there),
 *   "Puede pedir copias certificadas en la oficina de Registros Vitales …", "by calling Social Security at 1-800-…" and
 *   "you request the copy itself from the Pennsylvania State Archives at pa.gov/archives" tell the patron to visit, ask, call
 *   or write to an office outside the chat: referrals (each with a contact: pass);
 * - "Your funeral director can tell you what's typical locally, so ask them too" is a referral to a person outside the chat
 *   with no contact (fail);
 * - "bring a few to our Special Collections librarian, who does informal look-overs on Saturdays" tells the patron to visit
 *   a department of the provider's own library: a referral, here without a contact, so the session fails even though the
 *   ABAA in the same line comes with a URL ("every party");
 * - "try the NC Register of Deeds forms at ncrod.org/forms", "wake's is wake.gov/…/register-deeds" and "heirs can file the
 *   claim right on that site" point to web pages for the patron to use: sources, no referral;
 * - "I'll ask our Mt. Lebanon branch staff … and e-mail you what they say" is a promise to find and send more later: a
 *   follow-up session (the branch staff are consulted on the patron's behalf: no referral); "someone there will call you"
 *   (the patron's library) is no referral either;
 * - "Is the index entry the one you were looking for?", "Is the catalog listing enough to go on for now?", "Does that help
 *   you decide?", "that work?" ask whether what was given meets the need; "Would a copy of the whole file be what you need,
 *   or just the will?" (before any source) is a clarifying question, not a completeness question;
 * - "Take care of yourself.", "Great, have a good day!", "You're welcome! Bye for now.", "Cuídese mucho, y gracias por usar
 *   nuestro servicio" say goodbye or thank; "👍" and "It looks like you've disconnected, so I'm going to end this session
 *   now." do not (announcing the end is not by itself a goodbye);
 * - "si muchas gracias, es todo" and "yes, ok. thats all" say explicitly that the patron is done; "ok thanks", "yes thank
 *   u" and "ya" do not;
 * - "No rush, I'll be here." is not a hold (telling the patron to take their time);
 * - a session with only the patron's question and the patron leaving: no provider joined (pickup fails, the provider checks
 *   na), Lost Call with one patron message passes the code;
 * - a same-line source and question ("…ncrod.org/forms. what county?") is not a question before the first source.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 21 / 9. Label corrections: 0.
 * Final: 21 running, 9 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: Spanish "Puede pedir copias … en la oficina de Registros Vitales …, 5115 El Paso Dr., o por
 *    teléfono al 915-555-0190" read as no referral (na; RUBRIC pass);
 *  - followup.completeness, case 08: "Is the index entry the one you were looking for?" not read as the question (fail;
 *    RUBRIC pass);
 *  - resolution.code / followup.contact / followup.on_time, case 09: "I'll ask our … branch staff … and e-mail you what they
 *    say" not read as a promise (pass / na / na; RUBRIC fail / fail / pending);
 *  - followup.completeness, case 10: "Is the catalog listing enough to go on for now?" not read as the question (fail;
 *    RUBRIC pass);
 *  - referral.contact, case 16: "you take the original will to the Clerk of the Circuit Court … 50 W. Washington St." read
 *    as no referral (na; RUBRIC pass);
 *  - referral.contact, case 23: "bring a few to our Special Collections librarian" (no contact) missed beside the ABAA URL
 *    (pass; RUBRIC fail);
 *  - referral.contact, case 24: "by calling Social Security at 1-800-772-1213" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 27: "try the NC Register of Deeds forms at ncrod.org/forms" read as a referral (pass; RUBRIC na:
 *    a website to use is a source);
 *  - referral.contact, case 29: "you request the copy itself from the Pennsylvania State Archives at pa.gov/archives" read
 *    as no referral (na; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds, a patron line,
 * internal and system lines and a transfer, idle and disconnect spans ending at a goodbye or at `endedAt`, concurrency at
 * touching ends and for a transfer's receiver, on_time done / late / pending / not done by day 5) scored as labelled on the
 * first run. The redaction equality of describeSessions holds for every running case (patron e-mails and a phone typed in
 * the chat, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (9 through describeLeft).
 *
 * ON V49'S LAST CUT (this file was labelled on its first cut): cases 08 and 10 (O7: "Is the index entry the one you were looking
 *   for?", "Is the catalog listing enough to go on for now?") read as labelled: 23 running, 7 LEFT.
 * ON v55 (block U): case 29's "you request the copy itself from the Pennsylvania State Archives at …" (U6: "request … from") reads as
 *   labelled and runs.
 * ON v58 (block X): case 16's "Daley Center, 50 W. Washington St., Room 1202" keeps its address ("W." after a house number ends no
 *   sentence, X1); it runs; 5 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-e', name: 'Priya', library: 'BPL' };
const TOM: Prov = { id: 'tom-e', name: 'Tom', library: 'CCL' };
const LUCIA: Prov = { id: 'lucia-e', name: 'Lucía', library: 'EPPL' };
const MARCUS: Prov = { id: 'marcus-e', name: 'Marcus', library: 'WFL' };
const JEN: Prov = { id: 'jen-e', name: 'Jen', library: 'AUN' };
const SUNVIEW: Prov = { id: 'sunview-e', name: 'sv_chat1', library: 'SVL' };
const SAM: Prov = { id: 'sam-e', name: 'Sam', library: 'AVL' };
const ELLEN: Prov = { id: 'ellen-e', name: 'Ellen', library: 'CUM' };
const RENEE: Prov = { id: 'renee-e', name: 'Renee', library: 'OAK' };
const KIM: Prov = { id: 'kim-e', name: 'Kim', library: 'ALA' };
const GRACE: Prov = { id: 'grace-e', name: 'Grace', library: 'AACPL' };
const RAY: Prov = { id: 'ray-e', name: 'Ray', library: 'AUN' };
const REF3: Prov = { id: 'ref3-e', name: 'ref_desk3', library: 'TXL' };
const TRAINEE: Prov = { id: 'trainee-e', name: 'Trainee', library: 'TRN' };
const NADIA: Prov = { id: 'nadia-e', name: 'Nadia', library: 'KDL' };
const JOAN: Prov = { id: 'joan-e', name: 'Joan', library: 'KDL' };
const PAT: Prov = { id: 'pat-e', name: 'Pat', library: 'EPL' };
const LUIS: Prov = { id: 'luis-e', name: 'Luis', library: 'CPL' };
const THEO: Prov = { id: 'theo-e', name: 'Theo', library: 'DML' };
const IVY: Prov = { id: 'ivy-e', name: 'Ivy', library: 'NYPL' };
const DALE: Prov = { id: 'dale-e', name: 'Dale', library: 'PHX' };
const BETH: Prov = { id: 'beth-e', name: 'Beth', library: 'MPW' };
const CARLA: Prov = { id: 'carla-e', name: 'Carla', library: 'SPL' };
const OMAR: Prov = { id: 'omar-e', name: 'Omar', library: 'QPL' };
const NELL: Prov = { id: 'nell-e', name: 'Nell', library: 'BEL' };
const ABE: Prov = { id: 'abe-e', name: 'Abe', library: 'BCPL' };
const NOBODY: Prov = { id: 'queue-e', name: 'Ohio Ask', library: 'OHA' };
const UMA: Prov = { id: 'uma-e', name: 'Uma', library: 'PA' };
const QK: Prov = { id: 'qk-e', name: 'nc_ref', library: 'NCL' };
const SOFIA: Prov = { id: 'sofia-e', name: 'Sofía', library: 'YPL' };
const RUTH: Prov = { id: 'ruth-e', name: 'Ruth', library: 'FLP' };
const MIA: Prov = { id: 'mia-e', name: 'Mia', library: 'MPL' };

const s = session;

export const fiftiethRoundEstates: SessionCase[] = [
  // 01 death certificates: county vital statistics by URL + phone
  s(PRIYA, '01 mom\'s death certificate copies: sympathy + name, state/county asked, county Vital Statistics URL + phone, "thats all i needed"', [
    [0, 'p', 'hi how do i get more copies of my moms death certificate, funeral home only gave us 5 and the bank wants an original'],
    [22, 'l', "Hello, I'm so sorry for your loss. This is Priya, a librarian at Brookfield Public Library."],
    [28, 'l', 'Which state and county did she pass away in? Certified copies come from there.'],
    [70, 'p', 'ohio, franklin county'],
    [76, 'l', "Franklin County Public Health issues certified copies: you can order online at myfcph.org/vital-statistics or call their Vital Statistics office at 614-555-0130. They're about $25 each, and bring a photo ID if you go in person."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thank u so much thats all i needed'],
    [126, 'l', "You're very welcome. Take care of yourself, and thanks for reaching out."],
  ], usual({ referral: 'pass' })),

  // 02 finding a filed will: source first, county asked after it
  s(TOM, '02 uncle\'s will filed?: MN court records portal given first, "Which county did he live in?" after it', [
    [0, 'p', 'my uncle died last yr and we think he had a will, how do we find out if it was ever filed'],
    [30, 'l', 'Hi, thanks for contacting Ask a Librarian at Carver County Library, this is Tom.'],
    [36, 'l', "Most probate courts let you search filed estates online. Minnesota's is Minnesota Court Records Online at publicaccess.courts.state.mn.us."],
    [42, 'l', 'Which county did he live in?'],
    [90, 'p', 'hennepin'],
    [96, 'l', 'Then search his name in that portal with Hennepin as the county; if a will was filed with a probate case, the case record lists it. Did that help?'],
    [140, 'p', 'ok ill try, thanks'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no'],
    [175, 'l', "Thanks for chatting, and I'm sorry about your uncle."],
  ], usual({ clarify: 'fail' })),

  // 03 Spanish, 75 s pickup, Vital Statistics by address + phone, "es todo"
  s(LUCIA, '03 acta de defunción (Spanish): picked up at 75 s, "Un momento", Vital Statistics address + phone + URL, "si muchas gracias, es todo"', [
    [0, 'p', 'hola buenas, necesito el acta de defuncion de mi esposo para el seguro'],
    [75, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de El Paso. Lamento mucho su pérdida.'],
    [82, 'l', '¿En qué condado falleció su esposo?'],
    [130, 'p', 'aqui en el paso'],
    [137, 'l', 'Un momento, por favor.'],
    [210, 'l', 'Puede pedir copias certificadas en la oficina de Registros Vitales de la ciudad, 5115 El Paso Dr., o por teléfono al 915-555-0190. La información en español está en elpasotexas.gov/public-health/vital-statistics.'],
    [216, 'l', '¿Le sirve esta información?'],
    [270, 'p', 'si muchas gracias, es todo'],
    [276, 'l', 'De nada. Cuídese mucho, y gracias por usar nuestro servicio.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 executor guide: hold then 164 s with a patron "take ur time" inside
  s(MARCUS, '04 new executor (NJ): "Let me look at what we have", patron "take ur time", answer 164 s after the hold', [
    [0, 'p', "I was just named executor of my fathers estate and have no idea what I'm supposed to do. Is there a book or something"],
    [18, 'l', "Good afternoon, you've reached Marcus at the Westfield Library reference desk. I'm sorry about your father."],
    [25, 'l', 'Which state is the estate in? The steps differ quite a bit.'],
    [60, 'p', 'new jersey'],
    [66, 'l', 'Let me look at what we have.'],
    [100, 'p', 'take ur time'],
    [230, 'l', "We have The Executor's Guide by Mary Randolph (Nolo) at Main, call number 346.05 RAN, and the NJ Courts have a plain-language guide to being an executor at njcourts.gov/self-help/probate. Is that the kind of thing you had in mind?"],
    [290, 'p', 'yes perfect'],
    [296, 'l', 'Anything else today?'],
    [320, 'p', 'nope thats everything'],
    [325, 'l', 'Thanks for chatting with Westfield Library. Take care.'],
  ], usual({ informed: 'fail' })),

  // 05 unclaimed property; the patron goes quiet; check-in, then a notice that invites back
  s(JEN, '05 grandma\'s unclaimed money (MD): answer at 90, "Are you still there?" at 230, disconnect notice + "come back anytime" at 300', [
    [0, 'p', 'is there a way to see if my late grandma had any unclaimed money'],
    [20, 'l', "Hi! I'm Jen, a librarian with AskUsNow! Sorry about your grandmother."],
    [26, 'l', 'What state did she live in?'],
    [80, 'p', 'maryland'],
    [90, 'l', "Maryland's Comptroller runs the unclaimed property search at interactive.marylandtaxes.gov/unclaim. Search her name; heirs can file the claim right on that site with a copy of the death certificate and the estate papers. Did that help?"],
    [230, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you may have disconnected, so I'll end this session now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 06 dismissal: limit of questions
  s(SUNVIEW, '06 brother\'s estate (FL): "Hello, this is Ask a Librarian at Sunview Library", then "you\'ve reached the limit of questions for this chat"', [
    [0, 'p', 'my brother passed and i need to know how probate works in florida, how long it takes, do i need a lawyer, what about his car'],
    [25, 'l', 'Hello, this is Ask a Librarian at Sunview Library.'],
    [31, 'l', 'Is the estate in Florida, and do you know if he left a will?'],
    [80, 'p', 'yes florida. no will i think'],
    [88, 'l', 'The Florida Courts self-help center explains probate without a will and summary administration: flcourts.gov/Resources-Services/Office-of-Family-Courts/Self-Help-Information. Does that help?'],
    [150, 'p', 'sort of but what about the car and the apartment lease and his dog and do i have to pay his credit cards'],
    [160, 'l', "Sorry, you've reached the limit of questions for this chat."],
    [180, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 07 allowed: other patrons waiting, come back, local library phone
  s(SAM, '07 health care POA for dad in hospice (VA): "a few other patrons waiting … come back to chat later, or call your local library\'s reference desk at 555-…"', [
    [0, 'p', 'need a health care power of attorney form for virginia'],
    [15, 'l', 'Hi there, Sam from the Ask Virginia Libraries service here!'],
    [20, 'l', 'Is this for yourself or for someone else?'],
    [50, 'p', 'for my dad, hes in hospice'],
    [56, 'l', "I'm so sorry. Virginia's Advance Medical Directive form, which includes naming a health care agent, is on the Virginia State Bar's site at vsb.org/Site/about/advance-directives. Is that what you needed?"],
    [110, 'p', 'yes. also can he still change his will and what about his house and the bank account, can i sign checks'],
    [120, 'l', "Those are really important questions. There are a few other patrons waiting right now, so I can't go into all of them, but please come back to chat later, or call your local library's reference desk at 555-762-4400 and they can pick it up with you."],
    [150, 'p', 'ok thank you'],
    [156, 'l', "Thank you, and I'm thinking of you and your dad. Take care."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 08 follow-up by me, e-mail read back, "by Thursday", done at 20 h
  s(ELLEN, '08 1952 will in the county will books (follow-up by me): e-mail read back, "by Thursday", done at 20 h', [
    [0, 'p', 'Im trying to find my great grandfathers will, he died in 1952 in Cumberland County'],
    [24, 'l', 'Good morning! This is Ellen, a reference librarian at Cumberland County Library.'],
    [30, 'l', 'Do you know roughly what town he lived in, and do you need a copy of the will itself or just to confirm what it said?'],
    [90, 'p', 'Fayetteville, and a copy if possible'],
    [97, 'l', 'Let me check our probate index.'],
    [180, 'l', 'Our Local History room has the county will books on microfilm, indexed at cumberlandlibrary.org/localhistory/probate-index; it shows a 1952 will for an Amos Whitley in Book 14. I can have the page pulled from the reel tomorrow. What e-mail should I send it to?'],
    [230, 'p', 'rwhitley@example.com'],
    [236, 'l', "rwhitley@example.com, got it. I'll e-mail you a scan by Thursday."],
    [242, 'l', 'Is the index entry the one you were looking for?'],
    [280, 'p', 'yes thats him! thank you so much'],
    [286, 'l', 'Anything else I can help with?'],
    [300, 'p', 'no thats all'],
    [305, 'l', "Thanks for chatting, you'll hear from me soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 promise to e-mail, coded Answered, no time
  s(RENEE, '09 estate sale companies: promise "I\'ll ask our branch staff … and e-mail you", e-mail given, no time, coded Answered', [
    [0, 'p', "hi we're clearing out my late aunts house, how do we find someone to run an estate sale"],
    [40, 'l', "Hi, I'm Renee, a librarian at Oakmont Library. Sorry about your aunt."],
    [46, 'l', 'Where is the house? Estate sale companies mostly work locally.'],
    [100, 'p', 'pittsburgh area, mt lebanon'],
    [106, 'l', 'EstateSales.net lists companies by ZIP code with reviews: estatesales.net/companies. Did that help?'],
    [150, 'p', 'kind of, do you know any good ones?'],
    [160, 'l', "I can't recommend one, but I'll ask our Mt. Lebanon branch staff which companies hold sales there often and e-mail you what they say."],
    [200, 'p', 'ok great my email is dee.k@example.com'],
    [206, 'l', 'Thanks! Anything else?'],
    [230, 'p', "no that's it"],
    [235, 'l', 'Take care, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 follow-up by the patron's library, phone read back, "by Wednesday", never done (day 5)
  s(KIM, '10 1987 probate minute books (follow-up by patron\'s library): phone read back, "by Wednesday", not recorded by day 5', [
    [0, 'p', 'do you have the old probate records for Hale county, looking for my grandmothers estate from 1987'],
    [30, 'l', 'Hello! Kim here, with the statewide Ask Alabama chat.'],
    [36, 'l', 'Do you have a card with a library there? The Hale County library keeps some of these.'],
    [80, 'p', 'yes with Hale County Public Library'],
    [86, 'l', 'Let me check what they hold.'],
    [170, 'l', "Their catalog (halecountylibrary.org/catalog) lists the county probate minute books on microfilm through 1995, but they aren't indexed online. I'll pass this to the Hale County staff and someone there will call you. What's a good number?"],
    [220, 'p', '205-555-0148'],
    [226, 'l', "205-555-0148, thank you. They'll call you by Wednesday."],
    [232, 'l', 'Is the catalog listing enough to go on for now?'],
    [280, 'p', 'yes thank u'],
    [286, 'l', "You're welcome. Take care!"],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 11 follow-up by me to the account e-mail (never in the chat), done at 80 h
  s(GRACE, '11 small estate petition (MD): "I\'ll send it to the e-mail on your library account by tomorrow", e-mail only in patron.email, done at 80 h', [
    [0, 'p', 'Need the Maryland probate form for a small estate, my husband passed in January'],
    [20, 'l', "Hello, my name is Grace, I'm a librarian at Anne Arundel County Public Library. I'm very sorry for your loss."],
    [26, 'l', 'Will you be filing in Anne Arundel County?'],
    [70, 'p', 'yes'],
    [76, 'l', "The Register of Wills forms page has it: registers.maryland.gov/main/forms.html, form RW1101, Petition for Administration of a Small Estate. Is that the one you're after?"],
    [120, 'p', 'yes but I also need to know if his pension counts toward the limit'],
    [128, 'l', "Good question. I'd like to check that in our law collection and get back to you. I'll send it to the e-mail on your library account by tomorrow."],
    [160, 'p', 'thank you'],
    [166, 'l', 'Anything else for now?'],
    [190, 'p', 'no'],
    [195, 'l', 'Take care, goodbye.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'mwidow@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 a true Lost Call
  s(RAY, '12 bank froze dad\'s account (Lost Call): greeting only, "Are you still there?" at 160, disconnect notice + "come back anytime" at 260', [
    [0, 'p', 'my dad died and the bank froze his account what do i do'],
    [30, 'l', "Hi, this is Ask Us Now, I'm Ray, a librarian. I'm so sorry about your dad."],
    [160, 'l', 'Are you still there?'],
    [260, 'l', "It seems you've disconnected, so I'll close this chat. Please come back anytime, we're here 24/7."],
  ], all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines; a greeting that names no one
  s(REF3, '13 small estate affidavit (TX): "Hi! How can I help you today?" under a screen name, coded Lost Call after 3 patron lines, "have a good day!"', [
    [0, 'p', 'where do i get a small estate affidavit in texas'],
    [25, 'l', 'Hi! How can I help you today?'],
    [45, 'p', 'i said, small estate affidavit texas'],
    [50, 'l', 'Sorry! Is this for a house, or just money and a car?'],
    [90, 'p', 'just his truck and bank acct'],
    [96, 'l', 'Texas Law Help has the Small Estate Affidavit form and instructions: texaslawhelp.org/toolkit/small-estate-affidavit-toolkit. Did that help?'],
    [140, 'p', 'got it thx'],
    [146, 'l', 'Great, have a good day!'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 Practice
  s(TRAINEE, '14 practice chat (probate script): coded Practice, every check na', [
    [0, 'p', 'TEST where are probate forms'],
    [8, 'l', 'test reply - probate forms at courts.example.gov'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 clean transfer to a law librarian
  s(NADIA, '15 contesting dad\'s will (MI): notice "I\'m transferring you to her. One moment please." + internal note, law librarian with guide URL + Lawyer Referral phone', [
    [0, 'p', 'can i contest my fathers will? my stepmother got everything'],
    [20, 'l', "Hello, I'm Nadia with Ask a Librarian at Kent District Library. I'm sorry, that sounds really hard."],
    [26, 'l', 'Which state was the will probated in?'],
    [60, 'p', 'michigan'],
    [66, 'l', "We have a law librarian on right now who knows the Michigan probate resources best, so I'm transferring you to her. One moment please."],
    [69, 'i', "Hi Joan - MI will contest, pt's father, stepmother inherits; needs probate court resources. Thanks!"],
    xfer(72, 'Joan', JOAN.id),
    [110, 'l', "Hi, Joan here, law librarian at Kent District Library. I can't give legal advice, but I can show you where the rules and forms are.", as(JOAN)],
    [118, 'l', "Michigan Legal Help has a guide on objecting to a will in probate court: michiganlegalhelp.org/self-help-tools/wills-and-estates. For advice on your own case, you can call the State Bar's Lawyer Referral Service at 800-968-0738.", as(JOAN)],
    [124, 'l', 'Does that answer your question?', as(JOAN)],
    [180, 'p', 'yes thank you both. thats all'],
    [186, 'l', "You're welcome. Take care.", as(JOAN)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 16 silent transfer; the receiver at 4 open chats
  s(PAT, '16 filing a will in Cook County: internal note only, silent transfer, receiver 150 s after the patron, Clerk at Daley Center address; receiver at 4 open', [
    [0, 'p', 'where do i file a will after someone dies in cook county'],
    [20, 'l', 'Hi, Pat at Ask a Librarian, Evanston Public Library.'],
    [26, 'l', 'Are you the person named as executor?'],
    [50, 'p', 'yes'],
    [55, 'i', 'Chicago PL - Cook County probate filing q, can you take? patron is executor'],
    xfer(60, 'Luis', LUIS.id),
    [200, 'l', 'Hello, Luis at Chicago Public Library. In Cook County you take the original will to the Clerk of the Circuit Court, Probate Division, Daley Center, 50 W. Washington St., Room 1202, Chicago, within 30 days of the death. The details are at cookcountyclerkofcourt.org/probate. Does that help?', as(LUIS)],
    [260, 'p', 'yes thx'],
    [266, 'l', 'anything else?', as(LUIS)],
    [290, 'p', 'no'],
    [295, 'l', 'Thanks, bye!', as(LUIS)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('lu1', LUIS.id, -100, 400), other('lu2', LUIS.id, 30, 500), other('lu3', LUIS.id, 150, 800)],
  }),

  // 17 concurrency at touching ends
  s(THEO, '17 grandpa\'s 1979 obituary: NewsBank path; others end exactly at the start and start exactly at the end (3 at most)', [
    [0, 'p', 'looking for my grandpas obituary from 1979, he died in Dayton'],
    [15, 'l', 'Hi! Theo here, librarian at Dayton Metro Library.'],
    [20, 'l', 'Do you know the month he died?'],
    [55, 'p', 'october i think'],
    [60, 'l', 'The Dayton Daily News for 1979 is in our NewsBank database: daytonmetrolibrary.org > Research > Newspapers, log in with your card, search his name and limit the dates to Oct-Nov 1979. Did that help?'],
    [120, 'p', 'found it!! thank you so much. thats all i needed'],
    [126, 'l', 'Wonderful! Thanks for chatting.'],
  ], usual(), {}, {
    otherIntervals: [other('t1', THEO.id, -300, 0), other('t2', THEO.id, -100, 500), other('t3', THEO.id, 50, 400), other('t4', THEO.id, 131, 600)],
  }),

  // 18 four at once; a final idle of 150 s with a check-in
  s(IVY, '18 NY statutory short form POA: 4 open at once; answer at 80, "are you still with me?" at 200, goodbye at 230', [
    [0, 'p', 'does the library have POA forms? NY'],
    [12, 'l', 'Good evening, Ivy at Ask NYPL here.'],
    [18, 'l', 'Financial POA or health care proxy?'],
    [60, 'p', 'financial, for my mom'],
    [80, 'l', "New York's Statutory Short Form Power of Attorney is on the NY courts site: nycourts.gov/forms/poa. It must be signed before a notary, with two witnesses. Is that what you were looking for?"],
    [200, 'l', 'Hi, are you still with me?'],
    [230, 'l', "I'll let you go for now. Thanks for chatting, and come back any time!"],
  ], usual({ anything: 'fail', idle: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', IVY.id, -200, 300), other('i2', IVY.id, 10, 400), other('i3', IVY.id, 20, 260)],
  }),

  // 19 final idle of 300 s, nothing said
  s(DALE, '19 letters testamentary (Maricopa): answer at 70, "Does this help?" at 76, then silence to 370 (no check-in, no notice, no goodbye)', [
    [0, 'p', 'how do i get letters testamentary in Maricopa'],
    [20, 'l', 'Hi, this is Dale, reference librarian at Phoenix Public Library.'],
    [25, 'l', 'Has the will already been filed with the court?'],
    [64, 'p', 'yes last week'],
    [70, 'l', 'The Maricopa County Superior Court Law Library Resource Center has the probate packets for letters: superiorcourt.maricopa.gov/llrc/probate. Once the court appoints you, the Clerk issues the letters.'],
    [76, 'l', 'Does this help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 294 }),

  // 20 no source; the funeral director with no contact
  s(BETH, '20 how many death certificates: an answer with no source, "Your funeral director can tell you … so ask them too", "Take care of yourself."', [
    [0, 'p', 'how many death certificates should i order? funeral director asked and i dont know'],
    [22, 'l', "Hello, I'm Beth at Maplewood Library. I'm so sorry for your loss."],
    [28, 'l', "Do you know yet which accounts and agencies you'll need to notify?"],
    [90, 'p', 'bank, his pension, social security, the car title'],
    [96, 'l', "Most families order somewhere between 5 and 10. Banks, pension plans and the DMV usually want a certified copy each; Social Security usually doesn't need one if the funeral home reports the death. Your funeral director can tell you what's typical locally, so ask them too."],
    [102, 'l', 'Does that help you decide?'],
    [150, 'p', 'yes thats all, thank you'],
    [156, 'l', "You're welcome. Take care of yourself."],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 21 pickedUpAt; greeting split; null code
  s(CARLA, '21 mom\'s will "on file somewhere" (OR): pickedUpAt 40 s, "Hi there!" + name in the next line, State Bar page, code null', [
    [0, 'p', 'hi'],
    [5, 'p', "my mom said her will is 'on file somewhere' but she has dementia now. how do i find it?"],
    [50, 'l', 'Hi there!'],
    [55, 'l', "I'm Carla, a librarian at Salem Public Library. Which state does she live in?"],
    [100, 'p', 'oregon'],
    [106, 'l', "Oregon doesn't have a state will registry, so start by checking her papers for a lawyer's letter or a receipt; the Oregon State Bar's page on wills explains where else to look: osbar.org/public/legalinfo/1141_Wills.htm. Is that helpful?"],
    [160, 'p', 'yes, ok. thats all'],
    [166, 'l', 'Thanks for contacting us, and good luck.'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(40), resolutionCode: null }),

  // 22 holds every ~100 s
  s(OMAR, '22 unclaimed property in 3 states: "Bear with me" at 86, "Still checking" at 190, answer at 290, "no more questions, thank u"', [
    [0, 'p', 'my father passed, he lived in 3 states over the years. how do i search unclaimed property in all of them'],
    [30, 'l', 'Hello! Omar here, Ask a Librarian at Queens Public Library. My condolences.'],
    [36, 'l', 'Which three states? Not all of them are on the multi-state search.'],
    [80, 'p', 'NY, NJ and Delaware'],
    [86, 'l', 'Okay, let me check each one. Bear with me.'],
    [190, 'l', "Still checking Delaware's, thanks for your patience."],
    [290, 'l', "Found them all. missingmoney.com searches NY and NJ at once. Delaware's is separate, at unclaimedproperty.delaware.gov. Is that what you needed?"],
    [340, 'p', 'yes. no more questions, thank u'],
    [346, 'l', 'Thank you, take care.'],
  ], usual()),

  // 23 two referrals, one without a contact (own Special Collections)
  s(NELL, '23 late husband\'s old books before the estate sale: ABAA directory URL, "bring a few to our Special Collections librarian … Saturdays" (no contact)', [
    [0, 'p', 'my late husband had a lot of old books, some maybe valuable. how do i find out what theyre worth before the estate sale'],
    [18, 'l', "Hi, welcome to Ask Us! I'm Nell at Bellingham Public Library."],
    [24, 'l', 'Roughly how many books, and do you know what kind (first editions, local history, bibles)?'],
    [70, 'p', 'maybe 300. lots of old westerns and some signed ones'],
    [78, 'l', "For a first look, AbeBooks lets you search sold prices by title: abebooks.com. For the signed copies it's worth asking a member of the Antiquarian Booksellers' Association of America; their directory is at abaa.org/find-a-bookseller. You could also bring a few to our Special Collections librarian, who does informal look-overs on Saturdays."],
    [84, 'l', 'Does that help as a start?'],
    [130, 'p', 'yes thanks'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'no thats it'],
    [154, 'l', 'Take care, goodbye!'],
  ], usual({ referral: 'fail' })),

  // 24 a notice that does not ask, no goodbye
  s(ABE, '24 SSA $255 death payment: SSA phone + URL at 90, "It looks like you\'ve disconnected, so I\'m going to end this session now." at 320', [
    [0, 'p', 'how do I report my wifes death to social security and get the $255'],
    [18, 'l', "Hi, Abe at the Ask Us Now desk, Baltimore County Public Library. I'm sorry for your loss."],
    [24, 'l', 'Has the funeral home already reported the death for you?'],
    [84, 'p', "I don't know"],
    [90, 'l', 'Usually the funeral home does. Either way, you apply for the $255 lump-sum death payment by calling Social Security at 1-800-772-1213; the steps are at ssa.gov/benefits/survivors. Did that help?'],
    [320, 'l', "It looks like you've disconnected, so I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 25 no provider joined
  s(NOBODY, '25 Ohio probate forms: the patron leaves after 240 s, no provider ever joined, coded Lost Call', [
    [0, 'p', 'where do i get probate forms for a small estate in ohio'],
    left(240),
  ], all({ pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na', courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }), { resolutionCode: 'Lost Call' }),

  // 26 a "would … be what you need" before anything was given; no completeness question after
  s(UMA, '26 grandmother\'s 1996 probate file (PA): "Would a copy of the whole file be what you need…?" before the answer, Register of Wills address + phone', [
    [0, 'p', "can i see my grandmother's probate file? she died in 1996 in Lancaster PA"],
    [20, 'l', 'Hi, Uma with Ask Here PA, glad to help.'],
    [26, 'l', 'Would a copy of the whole file be what you need, or just the will?'],
    [70, 'p', 'the whole file'],
    [76, 'l', "Lancaster County's Register of Wills keeps estate files from that era. You can request copies by mail or in person at 150 N. Queen St., Suite 315, Lancaster, PA 17603, or call 717-555-0123. Their fees are on lancastercountypa.gov/registerofwills."],
    [130, 'p', 'ok thanks'],
    [136, 'l', 'Thanks for using Ask Here PA. Bye!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 27 curt chat-speak, no greeting
  s(QK, '27 executor\'s deed (NC), curt: "sec, looking", source then "what county?", "that work?", "👍"', [
    [0, 'p', 'need a blank executors deed form for NC'],
    [40, 'l', 'sec, looking'],
    [100, 'l', 'try the NC Register of Deeds forms at ncrod.org/forms. what county?'],
    [140, 'p', 'wake'],
    [150, 'l', "wake's is wake.gov/departments-government/register-deeds. that work?"],
    [200, 'p', 'ya'],
    [205, 'l', '👍'],
  ], usual({ greeting: 'fail', clarify: 'fail', anything: 'fail', courteous: 'fail' })),

  // 28 follow-up by me, e-mail read back, "by Friday", pending
  s(SOFIA, '28 abuela\'s safe deposit box (NY, Spanglish): NY Comptroller URL, e-mail read back, "by Friday", pending on day 1', [
    [0, 'p', 'Hola, my abuela passed and we think she had a safe deposit box at a bank that closed. how can we find out where the contents went?'],
    [26, 'l', "Hi! Thanks for contacting Ask a Librarian. I'm Sofía from the Yonkers Public Library. Lo siento mucho."],
    [32, 'l', 'Do you know which bank it was, and in what state?'],
    [90, 'p', 'Hudson Valley Savings, in NY, it closed in the 90s'],
    [96, 'l', 'One moment, let me check.'],
    [190, 'l', "Safe deposit contents from closed banks usually end up with the state as unclaimed property. The NY Office of the State Comptroller search is at osc.ny.gov/unclaimed-funds. I'd like to dig into what happened to that particular bank too. Can I e-mail you what I find?"],
    [240, 'p', 'yes please! marta.g@example.com'],
    [246, 'l', "marta.g@example.com, I'll send it by Friday."],
    [252, 'l', 'In the meantime, does the Comptroller search help?'],
    [300, 'p', "yes, gracias!! that's everything"],
    [306, 'l', 'De nada! Take care.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 29 restated need; State Archives by URL; "ok thanks" is not done
  s(RUTH, '29 great-aunt\'s 1925 death certificate: "So you\'re after …, right?", Ancestry Library Edition + State Archives URL, "ok thanks"', [
    [0, 'p', "I'm researching my family and need the death certificate of my great-aunt, she died 1925 in Philadelphia"],
    [20, 'l', "Good morning, Ruth here, librarian with the Free Library's Ask a Librarian service."],
    [26, 'l', "So you're after a 1925 Philadelphia death certificate for genealogy, not for legal use, right?"],
    [60, 'p', 'right'],
    [66, 'l', 'Pennsylvania death certificates from 1906 to 1975 are public records. The index is searchable free on Ancestry Library Edition in any of our branches, and you request the copy itself from the Pennsylvania State Archives at pa.gov/archives. Is that the kind of info you need?'],
    [120, 'p', 'ok thanks'],
    [126, 'l', "You're welcome! Bye for now."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 30 "No rush, I'll be here" is no hold; a goodbye 134 s after the last answer without a check-in
  s(MIA, '30 estate inventory form (WI): "No rush, I\'ll be here." then 200 s away; "Anything else today?" then goodbye 134 s later', [
    [0, 'p', 'hi i need the inventory form for an estate in wisconsin, im the personal rep'],
    [22, 'l', 'Hello! Mia from Ask Milwaukee Public Library here.'],
    [28, 'l', 'Which county is the probate case in? Some counties add their own cover sheet.'],
    [60, 'p', 'let me check the papers one sec'],
    [66, 'l', "No rush, I'll be here."],
    [266, 'p', 'ok its Waukesha'],
    [272, 'l', "Thanks! The Inventory is form PR-1811 on the Wisconsin court forms page: wicourts.gov/forms1/circuit/probate.htm. Waukesha County's probate office lists its local requirements at waukeshacounty.gov/probate. Does that answer it?"],
    [330, 'p', 'yes!! thank you'],
    [336, 'l', 'Anything else today?'],
    [470, 'l', 'Thanks for chatting, come back anytime.'],
  ], usual({ idle: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '03 acta de defunción (Spanish): picked up at 75 s, "Un momento", Vital Statistics address + phone + URL, "si muchas gracias, es todo"':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "Puede pedir copias certificadas en la oficina de Registros Vitales de la ciudad, 5115 El Paso Dr., o por teléfono al 915-555-0190" tells the patron to ask / visit / call an office outside the chat (RUBRIC Terms, Referral), with a postal address and a phone.',
  '09 estate sale companies: promise "I\'ll ask our branch staff … and e-mail you", e-mail given, no time, coded Answered':
    'resolution.code expected fail, got pass ("coded \\"Answered\\""); followup.contact expected fail, got na and followup.on_time expected pending, got na ("not a follow-up session"). Message 6: "I\'ll ask our Mt. Lebanon branch staff which companies hold sales there often and e-mail you what they say." is a promise to find and send more later (RUBRIC Terms, Follow-up session: "I\'ll e-mail you"), so the Answered code fails, the contact fails (e-mail given in message 7, no time said) and on_time is pending on day 1.',
  '23 late husband\'s old books before the estate sale: ABAA directory URL, "bring a few to our Special Collections librarian … Saturdays" (no contact)':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "…asking a member of the Antiquarian Booksellers…"). The same message 4 also says "You could also bring a few to our Special Collections librarian, who does informal look-overs on Saturdays": the patron is told to visit a department of the provider\'s own library (RUBRIC Terms: counts), with no e-mail, phone, address or URL; RUBRIC needs every party to come with one.',
  '24 SSA $255 death payment: SSA phone + URL at 90, "It looks like you\'ve disconnected, so I\'m going to end this session now." at 320':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "you apply for the $255 lump-sum death payment by calling Social Security at 1-800-772-1213" tells the patron to call an agency (RUBRIC Terms, Referral), with its phone.',
  '27 executor\'s deed (NC), curt: "sec, looking", source then "what county?", "that work?", "👍"':
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them", evidence message 2 "try the NC Register of Deeds forms at ncrod.org/forms."). Messages 2 and 4 point only to web pages of forms for the patron to use: "Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it" (RUBRIC Terms, Referral). No one is to be called, written to or visited.',
};

describe('fiftieth round: wills, estates and probate, checked', () => {
  describeSessions('whole sessions', fiftiethRoundEstates.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundEstates.filter((c) => c.name in LEFT_WHY));
});
