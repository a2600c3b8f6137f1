/**
 * Forty-second round, block I checked (helperE): v43's I13 `youDoI13` (referral.ts `YOU_DO_I13` beside v29's `YOU_FILE_D1`), with
 * I2 `serviceNameAtI2` (referral.ts `SERVICE_NAME_AT_I2`), I11 (phrase `referralVerb`, `MAIL_TO_I11`) and I12 (phrase
 * `namedResource`, `DATABASES_I12`), checked both ways with cases no one had written: FALSE READINGS (narration, the patron's
 * own plan, a web page's steps, a hidden referral in the opening, mail sent to oneself, "databases for you" that is no
 * denial) and the behaviour meant in new words (American, British, non-native, chat-speak, Spanish).
 *
 * SHAPES TRIED:
 *  I13 narration: chat-speak past without -ed ("so u call the county clerk yesterday n they say …"), "so u just call … n they
 *   hang up on u", past with -ed, the patron as receiver ("then you get an email / a text from …"), web-page steps ("then you go
 *   to the second tab", "the Vital Records tab on the … site", "visit the county clerk's website"), "and you ask yourself",
 *   the patron's own acts told back ("You ask the clerk, they say no; …", "As you said, then you contact the clerk last week"),
 *   the patron's plan restated ("Got it, so you visit the county clerk tomorrow"), what happens when one calls ("then you reach
 *   the clerk's voicemail"), a counterfactual ("If you were born in Virginia, then you order it from …, but you said
 *   Maryland"), staff's side in generic "you" ("then you just email the lending library"), "email us back", "ask me", a habit
 *   ("So you talk to the registrar a lot"), no party ("take it home");
 *  I13 as meant: British "ring … on 0300 …", "speak to a housing officer at the council on 020 …", "After that you submit /
 *   bring … to <office> at <address / e-mail>", "So you just email …", chat-speak "then u call the vital records ppl at …",
 *   non-native "Next you apply to …", "and then you mail / take …", "You first contact …", "then you also write to …", "then
 *   you get in touch with …: e-mail", "Step 2: you request … from …", no contact ("head over to", "phone the Register of
 *   Wills", "ask for Mrs. Patel at …", "go in person to the MVA"), Spanish "Luego usted la solicita a …", "Entonces usted llama
 *   al …";
 *  I2: capitalised "Ask the Librarian / Library / Librarians / Archivist / Experts / Specialists / Your Library at …" sending
 *   the patron somewhere in the opening message; service names with a lead ("welcome to", "Hello from", "you've reached",
 *   "this is Irene with"), "@", "Our … from", "the Law Librarian", "an Archivist", "the Reference Desk", a dash, lower case;
 *  I11: "mail / email … to:" oneself, the patron's own address, the provider's "I'll mail … to:"; long "mail … to:" with
 *   "payable to" inside, "send …, both pages, to:", "made out to the county to the Clerk of Court, <address>", no address,
 *   British "Post … to:", Spanish "Envíe … a:";
 *  I12: "not able to … on your behalf", chat-speak "4 u", "database searches for you", "a database for you", Spanish "por
 *   usted"; near misses: a named database after the denial, "Don't forget there are databases for you …", "can't log in yet —
 *   the databases for you are under My Account > eResources", "can't promise full text, but the nursing databases for you …".
 *
 * Statuses read from RUBRIC.md's Terms ("Referral": "telling the patron to contact or visit a person or organisation outside
 * the chat (call, write to, ask or visit them)"; "Pointing to a website, database or publication for the patron to use is a
 * source, not a referral"; "staff the provider consults on the patron's behalf do not" count) and the checks
 * (referral.contact: na unless a referral; "pass: every party the patron is referred to comes with a way to reach them";
 * info.source: "a named resource (a database, the catalogue, a guide …)").
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a sentence that tells back what the patron did, says, plans or habitually does, or what happens to them, tells them
 *   nothing: no referral, even with "then you / so you" and a present-tense verb;
 * - a counterfactual "if you were …, then you order it from …, but you said …" tells the patron nothing;
 * - steps on a web page ("go to the second tab and click Vital Records") point to a source, not a party;
 * - "Ask the Archivist / the Experts / the Librarians at <place>" in the opening message, followed by a reason or a purpose
 *   ("for the deed", "they know soil testing", "for a login"), is a referral, whatever the capitals; a service named "Ask the
 *   Reference Desk at …, Jo here" or lower-case "ask the library at westfield here, jo" is the service's name;
 * - sending a form by post to an office ("Post … to: HM Passport Office, PO Box …") is writing to them: a referral;
 * - "there are databases for you …: log in with your student ID on the library site" points the patron to the library's
 *   databases, with steps: a named resource (as v42 read it).
 *
 * COUNTS. Written: 75 cases, all labelled before running (19 I13 narration, 19 I13 as meant, 7 I2 hidden referrals, 11 I2
 * service names, 10 I11, 9 I12). First run: 44 as labelled, 31 disagreeing. Labels corrected: 0. FINAL: 44 running as
 * labelled, 31 LEFT:
 *  (a) 18 caused by v43: I13 11 (every one a narration read as an instruction: v42 na, v43 fail), I2 6 (hidden referrals:
 *      v42 fail, v43 na), I12 1 ("Don't … databases for you": v42 pass, v43 fail);
 *  (b) 13 older (v42 the same): I13's reach (5: "and then you", "request … from", Spanish), I2's reach (3), I11's reach (2:
 *      "post", Spanish), I12's reach (3: "4 u", "database searches for you", Spanish).
 * As labelled: 8 of 19 narrations (past -ed, "get an email / a text from", "visit the … website", "email us", "ask me", "so
 * u just call the clerks office …", no party), 14 of 19 I13 as meant (every English single-connector shape but "request …
 * from"), 9 of 11 service names (3 newly read by I2: "Law Librarian", "Our Librarians from", "an Archivist"), 8 of 10 I11
 * (the three long "mail / send … to" shapes and the one with no address newly read; all four sent-to-oneself cases na), 5 of 9 I12.
 *
 * AFTER THE CHECK (v43 had not landed, so no new block): I13 reads "(and / or) then / so / next / after that you" and "and
 * you" before the verb only in a sentence that is no question, gives a way to reach someone (so that it can only find a
 * referral that passes) and says nothing of a past, a condition or a habit ("yesterday", "last week", "if", "a lot", "as you
 * said", "it sounds like"); I2's service is named in capitalised words after "at" (a "the" may open them) that end the
 * clause, with no "they / who …" after the comma; I12's negation is a verb of searching after "can't / unable to …". Then:
 * all 18 of (a) and 1 of (b) ("and then you mail it to the Division …, PO Box …") read as labelled, and 5 cases of I13 as
 * meant with no contact fall to na (v42's status; with "and then you take it to the county clerk's office", which the first cut
 * did not read either, 6 LEFT by the narrowing): 58 running, 17 LEFT (11 older, 6 by the narrowing).
 *
 * ON v53 (block S): "Fill it out, and then you take it to the county clerk's office." (S16) and "Step 2: you request the transcript
 * from the registrar at registrar@fairview.edu." (S8's transcripts) read as labelled and run.
 * FINAL RUN (`--project scoring`, this file only): 75 tests passed (31 through describeLeft) on the first cut; 75 passed (17
 * through describeLeft) after the narrowing.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, BYE, one, es } from './narrowing-lines';

const Q = 'i need a copy of my birth certificate';
const ref = (text: string, st: 'pass' | 'fail' | 'na', q = Q) => ({ lines: one(q, text), exp: some({ referral: st }) });
const refEs = (text: string, st: 'pass' | 'fail' | 'na') => ({ lines: es('necesito una copia de mi acta de nacimiento', text), exp: some({ referral: st }) });
/** The patron states a plan (or what they did) first, then the provider's `text`. */
const afterPatron = (said: string, text: string, st: 'pass' | 'fail' | 'na') => ({
  lines: [...OPEN(Q), [60, 'p', said], L(text, 70), ...BYE] as Line[],
  exp: some({ referral: st }),
});
/** The provider's first message is `greet` (greeting and introduction in it), then an answer with a URL and a goodbye. */
const opening = (greet: string, st: 'pass' | 'fail' | 'na') => ({
  lines: [[0, 'p', 'how do i get a library card'], [20, 'l', greet], [40, 'l', 'The card form is at samplelib.org/card. Does that help?'], [60, 'p', 'yes thanks'], [70, 'l', 'Thanks for chatting, bye!']] as Line[],
  exp: some({ referral: st }),
});
const src = (text: string, st: 'pass' | 'fail') => ({ lines: one('can you find me articles on nurse burnout', text), exp: some({ source: st }) });

// ---- I13: "then you <verb> …" read as telling the patron to do it ----
// RUBRIC (Referral): "telling the patron to contact or visit a person or organisation outside the chat"; narration of what
// happened, of what the patron did or plans, or of what staff do for the patron tells the patron nothing: na.
export const youNarrated: SessionCase[] = [
  { name: 'I13 narr: "so u call the county clerk yesterday n they say its sealed, got it." (chat-speak past, no -ed) : na', ...ref('so u call the county clerk yesterday n they say its sealed, got it.', 'na') },
  { name: 'I13 narr: "ok so u just call the clerks office n they hang up on u, thats awful" : na', ...ref('ok so u just call the clerks office n they hang up on u, thats awful', 'na') },
  { name: 'I13 narr: "So you called the county clerk and they told you it was sealed." (past) : na', ...ref('So you called the county clerk and they told you it was sealed.', 'na') },
  { name: 'I13 narr: "Then you get an email from the county clerk when the copy is ready." (the patron receives) : na', ...ref('Then you get an email from the county clerk when the copy is ready.', 'na') },
  { name: 'I13 narr: "then you get a text from the Vital Records office saying it\'s been mailed." : na', ...ref("then you get a text from the Vital Records office saying it's been mailed.", 'na') },
  { name: 'I13 narr: "Then you go to the second tab and click Vital Records." (a web page) : na', ...ref('Then you go to the second tab and click Vital Records.', 'na') },
  { name: 'I13 narr: "Then you go to the Vital Records tab on the health department\'s site and click Order." : na', ...ref("Then you go to the Vital Records tab on the health department's site and click Order.", 'na') },
  { name: 'I13 narr: "And you ask yourself whether the county clerk even kept records that far back." : na', ...ref('And you ask yourself whether the county clerk even kept records that far back.', 'na') },
  { name: 'I13 narr: "You ask the clerk, they say no; you ask the Archives, they say no. So frustrating!" (what the patron did) : na', ...afterPatron('i asked the clerk and the archives already, both said no', 'You ask the clerk, they say no; you ask the Archives, they say no. So frustrating!', 'na') },
  { name: 'I13 narr: "As you said, then you contact the clerk last week and they never wrote back." : na', ...afterPatron('i contacted the clerk last week, nothing', 'As you said, then you contact the clerk last week and they never wrote back.', 'na') },
  { name: 'I13 narr: "Got it, so you visit the county clerk tomorrow and come back to us with the number after." (the patron\'s plan) : na', ...afterPatron("i'm going to visit the county clerk tomorrow", 'Got it, so you visit the county clerk tomorrow and come back to us with the number after.', 'na') },
  { name: 'I13 narr: "The line is busy a lot: then you reach the clerk\'s voicemail and nobody calls back." : na', ...afterPatron('i keep calling the clerk', "The line is busy a lot: then you reach the clerk's voicemail and nobody calls back.", 'na') },
  { name: 'I13 narr: "If you were born in Virginia, then you order it from the Virginia Department of Health, but you said Maryland." : na', ...afterPatron('i was born in maryland', 'If you were born in Virginia, then you order it from the Virginia Department of Health, but you said Maryland.', 'na') },
  { name: 'I13 narr (staff\'s side): "On our end a patron puts in the request, then you just email the lending library and wait for the scan." : na', ...ref('On our end a patron puts in the request, then you just email the lending library and wait for the scan.', 'na', 'how does interlibrary loan work') },
  { name: 'I13 narr: "then you email us back with the reference number" (the library itself) : na', ...ref('then you email us back with the reference number', 'na') },
  { name: 'I13 narr: "Then you visit the county clerk\'s website and search the index by name." (a website) : na', ...ref("Then you visit the county clerk's website and search the index by name.", 'na') },
  { name: 'I13 narr: "So you talk to the registrar a lot, it sounds like." : na', ...afterPatron('the registrar and i are on first name terms lol', 'So you talk to the registrar a lot, it sounds like.', 'na') },
  { name: 'I13 narr: "then u take it home n read it" (no party) : na', ...ref('then u take it home n read it', 'na', 'can i borrow the county history book') },
  { name: 'I13 narr: "and u ask me for the 1990 one, which we do have" (the provider asked) : na', ...ref('and u ask me for the 1990 one, which we do have', 'na', 'the city directory') },
];

// I13 as meant, in new words and shapes: the procedure told to the patron
export const youDoMeant: SessionCase[] = [
  { name: 'I13 meant (British): "Then you just ring the General Register Office on 0300 123 1837 and quote your reference." : passes', ...ref('Then you just ring the General Register Office on 0300 123 1837 and quote your reference.', 'pass') },
  { name: 'I13 meant: "After that you submit the form to the county clerk\'s office at 8360 Court Ave, Ellicott City, MD 21043." : passes', ...ref("After that you submit the form to the county clerk's office at 8360 Court Ave, Ellicott City, MD 21043.", 'pass') },
  { name: 'I13 meant: "So you just email the Registrar at registrar@fairview.edu with your student ID." : passes', ...ref('So you just email the Registrar at registrar@fairview.edu with your student ID.', 'pass', 'how do i get my transcript') },
  { name: 'I13 meant (chat-speak): "then u call the vital records ppl at 410-764-3038 n ask for a certified copy" : passes', ...ref('then u call the vital records ppl at 410-764-3038 n ask for a certified copy', 'pass') },
  { name: 'I13 meant (non-native): "Next you apply to the Social Security office with your passport, phone 800-772-1213." : passes', ...ref('Next you apply to the Social Security office with your passport, phone 800-772-1213.', 'pass', 'how to get new social security card') },
  { name: 'I13 meant: "Fill it out, and then you mail it to the Division of Vital Records, PO Box 68760, Baltimore, MD 21215." ("and then you") : passes', ...ref('Fill it out, and then you mail it to the Division of Vital Records, PO Box 68760, Baltimore, MD 21215.', 'pass') },
  { name: 'I13 meant: "Fill it out, and then you take it to the county clerk\'s office." ("and then you", no contact) : fails', ...ref("Fill it out, and then you take it to the county clerk's office.", 'fail') },
  { name: 'I13 meant: "You first contact the registrar, then they send the transcript." (no contact) : fails', ...ref('You first contact the registrar, then they send the transcript.', 'fail', 'how do i get my transcript') },
  { name: 'I13 meant: "Then you head over to the county clerk in the courthouse basement." (no contact) : fails', ...ref('Then you head over to the county clerk in the courthouse basement.', 'fail') },
  { name: 'I13 meant: "Then you just phone the Register of Wills and ask for an estate search." (no contact) : fails', ...ref('Then you just phone the Register of Wills and ask for an estate search.', 'fail', 'my grandfathers will') },
  { name: 'I13 meant: "After that you bring the signed form to the Registrar\'s Office, Room 110 Smith Hall, registrar@fairview.edu." : passes', ...ref("After that you bring the signed form to the Registrar's Office, Room 110 Smith Hall, registrar@fairview.edu.", 'pass', 'how do i get my transcript') },
  { name: 'I13 meant: "Then you ask for Mrs. Patel at the front desk of the County Archives." (no contact) : fails', ...ref('Then you ask for Mrs. Patel at the front desk of the County Archives.', 'fail', 'old deeds for my house') },
  { name: 'I13 meant (non-native): "then you go in person to the MVA with your old licence" (no contact) : fails', ...ref('then you go in person to the MVA with your old licence', 'fail', 'i lost my driving licence') },
  { name: 'I13 meant: "Then you also write to the Surrogate\'s Court at 31 Chambers St, New York, NY 10007." : passes', ...ref("Then you also write to the Surrogate's Court at 31 Chambers St, New York, NY 10007.", 'pass', 'my grandfathers will') },
  { name: 'I13 meant: "then you get in touch with the Dean of Students office: deanofstudents@fairview.edu." : passes', ...ref('then you get in touch with the Dean of Students office: deanofstudents@fairview.edu.', 'pass', 'i need an extension') },
  { name: 'I13 meant: "Step 2: you request the transcript from the registrar at registrar@fairview.edu." : passes', ...ref('Step 2: you request the transcript from the registrar at registrar@fairview.edu.', 'pass', 'how do i get my transcript') },
  { name: 'I13 meant (British): "Then you speak to a housing officer at the council on 020 7527 2000." : passes', ...ref('Then you speak to a housing officer at the council on 020 7527 2000.', 'pass', 'my landlord wont fix the damp') },
  { name: 'I13 meant (Spanish): "Luego usted la solicita a la Oficina de Registros Vitales, al 410-764-3038." : passes', ...refEs('Luego usted la solicita a la Oficina de Registros Vitales, al 410-764-3038.', 'pass') },
  { name: 'I13 meant (Spanish): "Entonces usted llama al registro civil y pide la copia certificada." (no contact) : fails', ...refEs('Entonces usted llama al registro civil y pide la copia certificada.', 'fail') },
];

// ---- I2: "Ask the Library at …" in the opening read as the service's name ----
// RUBRIC (Referral): a library, department or named specialist the patron is told to ask is a party; the service's own name
// refers the patron to no one.
export const serviceHides: SessionCase[] = [
  { name: 'I2 hides: "Hi, I\'m Jo at Sample County Library. Ask the Librarian at your branch for a card." : fails', ...opening("Hi, I'm Jo at Sample County Library. Ask the Librarian at your branch for a card.", 'fail') },
  { name: 'I2 hides: "Hello, this is Jo. Ask Your Library at the front desk about replacing the card." : fails', ...opening('Hello, this is Jo. Ask Your Library at the front desk about replacing the card.', 'fail') },
  { name: 'I2 hides: "Hi! Ask the Archivist at the County Historical Society for the deed, I\'m Jo." : fails', ...opening("Hi! Ask the Archivist at the County Historical Society for the deed, I'm Jo.", 'fail') },
  { name: 'I2 hides: "Hello, I\'m Jo. Ask the Experts at the Extension Office, they know soil testing." : fails', ...opening("Hello, I'm Jo. Ask the Experts at the Extension Office, they know soil testing.", 'fail') },
  { name: 'I2 hides: "Hi, this is Jo at Sample County Library. Ask the Library at your school for a login." : fails', ...opening('Hi, this is Jo at Sample County Library. Ask the Library at your school for a login.', 'fail') },
  { name: 'I2 hides: "Hello! Ask the Specialists at the Small Business Development Center for a free review, I\'m Jo." : fails', ...opening("Hello! Ask the Specialists at the Small Business Development Center for a free review, I'm Jo.", 'fail') },
  { name: 'I2 hides (British): "Hiya, Jo here. Ask the Librarians at your local branch, they can set up the card." : fails', ...opening('Hiya, Jo here. Ask the Librarians at your local branch, they can set up the card.', 'fail') },
];
export const serviceMisses: SessionCase[] = [
  { name: 'I2 name: "Hi, welcome to Ask the Librarian at Sample County Library! I\'m Jo." : na', ...opening("Hi, welcome to Ask the Librarian at Sample County Library! I'm Jo.", 'na') },
  { name: 'I2 name: "Hello from Ask the Library at Westfield Memorial Library, Irene here." : na', ...opening('Hello from Ask the Library at Westfield Memorial Library, Irene here.', 'na') },
  { name: 'I2 name: "Hi, you\'ve reached Ask Your Library at Sample County. Jo here." : na', ...opening("Hi, you've reached Ask Your Library at Sample County. Jo here.", 'na') },
  { name: 'I2 name: "Hi, Ask the Librarian @ Sample County Library, this is Jo." : na', ...opening('Hi, Ask the Librarian @ Sample County Library, this is Jo.', 'na') },
  { name: 'I2 name: "Hi, Ask Our Librarians from Sample County Library, Jo speaking." : na', ...opening('Hi, Ask Our Librarians from Sample County Library, Jo speaking.', 'na') },
  { name: 'I2 name: "Hi, this is Irene with Ask the Library at Westfield Memorial Library." : na', ...opening('Hi, this is Irene with Ask the Library at Westfield Memorial Library.', 'na') },
  { name: 'I2 name: "Hi! Ask the Law Librarian at Sample County, Jo here." : na', ...opening('Hi! Ask the Law Librarian at Sample County, Jo here.', 'na') },
  { name: 'I2 name: "Hi, Ask an Archivist at the State Archives, this is Jo." : na', ...opening('Hi, Ask an Archivist at the State Archives, this is Jo.', 'na') },
  { name: 'I2 name: "Hi, Ask the Reference Desk at Sample County Library, Jo here." (Desk) : na', ...opening('Hi, Ask the Reference Desk at Sample County Library, Jo here.', 'na') },
  { name: 'I2 name: "Ask the Library – Westfield Memorial Library. Hi, this is Irene." (a dash) : na', ...opening('Ask the Library – Westfield Memorial Library. Hi, this is Irene.', 'na') },
  { name: 'I2 name (chat-speak): "hi, ask the library at westfield here, jo :)" (lower case) : na', ...opening('hi, ask the library at westfield here, jo :)', 'na') },
];

// ---- I11: "mail … to: <party>, <address>" ----
// RUBRIC (Referral): "write to" a party is a referral; mailing something to oneself or to the patron refers to no one.
export const mailTo: SessionCase[] = [
  { name: 'I11 self: "Mail a copy of everything, the form and the receipt too, to: yourself, for the postmark." : na', ...ref('Mail a copy of everything, the form and the receipt too, to: yourself, for the postmark.', 'na') },
  { name: 'I11 self: "Email the draft, the bibliography and your outline to: your own address before you leave the lab." : na', ...ref('Email the draft, the bibliography and your outline to: your own address before you leave the lab.', 'na', 'my usb stick broke') },
  { name: 'I11 patron: "They will mail the certified copy, the receipt and the apostille to: your address on file." : na', ...ref('They will mail the certified copy, the receipt and the apostille to: your address on file.', 'na') },
  { name: 'I11 self: "I\'ll mail the scans and the index pages to: the e-mail you gave me earlier." : na', ...ref("I'll mail the scans and the index pages to: the e-mail you gave me earlier.", 'na', 'the 1920 city directory') },
  { name: 'I11 meant: "Mail your completed application, a copy of your photo ID, a check … payable to the Division … and a stamped envelope to: Division of Vital Records, PO Box 68760, Baltimore, MD 21215." : passes', ...ref('Mail your completed application, a copy of your photo ID, a check or money order for $10 payable to the Division of Vital Records and a stamped envelope to: Division of Vital Records, PO Box 68760, Baltimore, MD 21215.', 'pass') },
  { name: 'I11 meant: "Send the signed release, both pages, to: Records Office, Sample Hospital, 100 Main St, Springfield, IL 62701." : passes', ...ref('Send the signed release, both pages, to: Records Office, Sample Hospital, 100 Main St, Springfield, IL 62701.', 'pass', 'my medical records') },
  { name: 'I11 meant: "Mail the form and a check for the search fee made out to the county to the Clerk of Court, 50 Maryland Ave, Rockville, MD 20850." : passes', ...ref('Mail the form and a check for the search fee of twenty dollars made out to the county to the Clerk of Court, 50 Maryland Ave, Rockville, MD 20850.', 'pass', 'divorce records') },
  { name: 'I11 meant: "Mail the completed form, your ID copy and the fee to: the Registrar\'s Office." (no address) : fails', ...ref("Mail the completed form, your ID copy and the fee to: the Registrar's Office.", 'fail', 'how do i get my transcript') },
  { name: 'I11 meant (British): "Post the form and two passport photos to: HM Passport Office, PO Box 767, Southport PR8 9PW." : passes', ...ref('Post the form and two passport photos to: HM Passport Office, PO Box 767, Southport PR8 9PW.', 'pass', 'renew my passport') },
  { name: 'I11 meant (Spanish): "Envíe el formulario firmado y una copia de su identificación a: Oficina de Registros Vitales, PO Box 68760, Baltimore, MD 21215." : passes', ...refEs('Envíe el formulario firmado y una copia de su identificación a: Oficina de Registros Vitales, PO Box 68760, Baltimore, MD 21215.', 'pass') },
];

// ---- I12: "databases … for you" after a negation names no source ----
// RUBRIC (info.source): a named resource (a database, the catalogue …) is a source; saying the provider cannot search
// databases names none.
export const databases: SessionCase[] = [
  { name: 'I12 none: "Sorry, I\'m not able to search the databases on your behalf, you\'d need to log in yourself." : fails', ...src("Sorry, I'm not able to search the databases on your behalf, you'd need to log in yourself.", 'fail') },
  { name: 'I12 none (chat-speak): "sry cant search databases 4 u, u gotta do it from ur school login" : fails', ...src('sry cant search databases 4 u, u gotta do it from ur school login', 'fail') },
  { name: 'I12 none: "I won\'t be able to run database searches for you." : fails', ...src("I won't be able to run database searches for you, I'm afraid.", 'fail') },
  { name: 'I12 none: "I cannot search a database for you." : fails', ...src('I cannot search a database for you, that is up to you.', 'fail') },
  { name: 'I12 none (Spanish): "No puedo buscar en las bases de datos por usted." : fails', lines: es('me puede buscar articulos sobre agotamiento en enfermeria', 'No puedo buscar en las bases de datos por usted, lo siento.'), exp: some({ source: 'fail' }) },
  { name: 'I12 named: "I can\'t search the databases for you, but try CINAHL Complete with the keywords nurse burnout." : passes', ...src("I can't search the databases for you, but try CINAHL Complete with the keywords nurse burnout.", 'pass') },
  { name: 'I12 named: "Don\'t forget there are databases for you as a distance student: log in with your student ID on the library site." : passes', ...src("Don't forget there are databases for you as a distance student: log in with your student ID on the library site.", 'pass') },
  { name: 'I12 named: "No worries if you can\'t log in yet — the databases for you are under My Account > eResources." : passes', ...src("No worries if you can't log in yet — the databases for you are under My Account > eResources.", 'pass') },
  { name: 'I12 named: "I can\'t promise full text, but the nursing databases for you as a cardholder include CINAHL." : passes', ...src("I can't promise full text, but the nursing databases for you as a cardholder include CINAHL.", 'pass') },
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // (a) the 18 cases v43's first cut misread (I13 11, I2 6, I12 1) read as labelled since it was narrowed (header); six
  //     cases of I13 as meant are LEFT by that narrowing (no contact in the sentence: na, as v42)
  // (b) older readings (v42 scored each the same)
  'I13 meant (Spanish): "Luego usted la solicita a la Oficina de Registros Vitales, al 410-764-3038." : passes':
    'older: I13 is English only; "Luego usted la solicita a …" read as no referral; v42 na too',
  'I13 meant (Spanish): "Entonces usted llama al registro civil y pide la copia certificada." (no contact) : fails':
    'older: I13 is English only; "Entonces usted llama al …" read as no referral; v42 na too',
  'I2 hides: "Hi, I\'m Jo at Sample County Library. Ask the Librarian at your branch for a card." : fails':
    'older: v10 Y SERVICE_NAME_AT_Y ("the librarian at …", any case) already reads it as the service\'s name; v42 na too',
  'I2 name (chat-speak): "hi, ask the library at westfield here, jo :)" (lower case) : na':
    'older: I2 wants capitals; lower-case "ask the library at westfield here" is read as a referral without contact; v42 fail too',
  'I2 name: "Hi, Ask the Reference Desk at Sample County Library, Jo here." (Desk) : na':
    'older: "Desk" is not among I2\'s words (Library, Librarian, Archives, Experts, Specialists); v42 fail too',
  'I11 meant (British): "Post the form and two passport photos to: HM Passport Office, PO Box 767, Southport PR8 9PW." : passes':
    'older: British "post … to:" is not a referral verb (I11 widened only "mail / send"); v42 na too',
  'I11 meant (Spanish): "Envíe el formulario firmado y una copia de su identificación a: Oficina de Registros Vitales, PO Box 68760, Baltimore, MD 21215." : passes':
    'older: Spanish "envíe … a:" with a long object is not read (I11 English only); v42 na too',
  'I12 none (chat-speak): "sry cant search databases 4 u, u gotta do it from ur school login" : fails':
    'older: I12 wants "for you / for u / on your behalf"; "4 u" is not read, so "databases" stays a source; v42 pass too',
  'I12 none: "I won\'t be able to run database searches for you." : fails':
    'older: I12 wants "for you" right after "database(s)"; "database searches for you" stays a source; v42 pass too',
  'I12 none (Spanish): "No puedo buscar en las bases de datos por usted." : fails':
    'older: I12 is English only; "bases de datos" after "no puedo … por usted" stays a source; v42 pass too',
  'I13 meant: "You first contact the registrar, then they send the transcript." (no contact) : fails':
    'v43 I13 as narrowed after this check: "then / so / and you <verb>" is read only in a sentence that gives a way to reach someone and speaks of no past, condition or habit, so it can only find a referral that passes; with no contact it is na, as v42 scored it',
  'I13 meant: "Then you just phone the Register of Wills and ask for an estate search." (no contact) : fails':
    'v43 I13 as narrowed after this check: "then / so / and you <verb>" is read only in a sentence that gives a way to reach someone and speaks of no past, condition or habit, so it can only find a referral that passes; with no contact it is na, as v42 scored it',
  'I13 meant: "Then you head over to the county clerk in the courthouse basement." (no contact) : fails':
    'v43 I13 as narrowed after this check: "then / so / and you <verb>" is read only in a sentence that gives a way to reach someone and speaks of no past, condition or habit, so it can only find a referral that passes; with no contact it is na, as v42 scored it',
  'I13 meant (non-native): "then you go in person to the MVA with your old licence" (no contact) : fails':
    'v43 I13 as narrowed after this check: "then / so / and you <verb>" is read only in a sentence that gives a way to reach someone and speaks of no past, condition or habit, so it can only find a referral that passes; with no contact it is na, as v42 scored it',
  'I13 meant: "Then you ask for Mrs. Patel at the front desk of the County Archives." (no contact) : fails':
    'v43 I13 as narrowed after this check: "then / so / and you <verb>" is read only in a sentence that gives a way to reach someone and speaks of no past, condition or habit, so it can only find a referral that passes; with no contact it is na, as v42 scored it',
};
const all = [...youNarrated, ...youDoMeant, ...serviceHides, ...serviceMisses, ...mailTo, ...databases];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('forty-second round, block I13 and I2/I11/I12 checked', () => {
  describeSessions('I13 narration (false readings)', running(youNarrated));
  describeSessions('I13 as meant', running(youDoMeant));
  describeSessions('I2 referrals hidden and service names', running([...serviceHides, ...serviceMisses]));
  describeSessions('I11 mail … to:', running(mailTo));
  describeSessions('I12 databases for you', running(databases));
  describeLeft('I13 checked', all.filter((c) => c.name in LEFT_WHY));
});
