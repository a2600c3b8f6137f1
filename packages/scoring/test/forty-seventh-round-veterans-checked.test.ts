/**
 * Forty-seventh round, theme VETERANS, SERVICE MEMBERS AND THEIR FAMILIES, checked: 31 whole sessions no one had
 * written, from public library "ask a librarian" chats: military service records (a lost DD-214 and the SF-180 mailed to the
 * NPRC, the 1973 fire at the National Personnel Records Center, Texas National Guard records, Korean War morning reports, Navy
 * muster rolls, a WWI draft card), VA benefits (home loan COE, Post-9/11 GI Bill transfer and a CDL school, disability decision
 * reviews, burial allowance in Spanish, the burial flag, the Presidential Memorial Certificate, PACT Act health care),
 * replacement medals, veterans' preference in jobs, the county veterans service officer, unit histories (45th Infantry
 * Division, a USMC FPO address from Vietnam letters), the gravesite locator and the Vietnam Wall, a county WWII memorial,
 * military spouses moving (PCS library card, Blue Star Museums), a military kid's DoDEA credits, ROTC and enlisting with a
 * GED, Honor Flight, the library's Veterans Resource Center and its Vets Coffee and job fair. Every one of the 17 checks
 * labelled in every session before it was run (the labels copied aside to /tmp/veteransAndService-labels.ts first).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! This is Maureen, a reference librarian at …"; "Buenas tardes, le saluda Lupe, bibliotecaria de …";
 *   "hey there! Sam @ Ask a Librarian, Pike County Library 🙂"; a statewide provider ("Hi, you have reached Pat at the Ask Us
 *   statewide service"); "Hi! What can I help you with today?" + a question under the screen name "Desk 3" (names no one:
 *   fail); a patron "hello?" at 30 s with `pickedUpAt` 40 s and the first line at 75 s; no provider ever writing (Lost Call
 *   after a queue line and the patron leaving: pickup fails, the rest na);
 *  inquiry: veteran or next of kin, separation year, discharge date, burial done or not, federal vs county job, on post or in
 *   town, grade and branch, federal activation, in country vs offshore, rate and ship, died in the war or came home, which GI
 *   Bill and which school; a source given first and "Which state are you in now?" only after it (fail); an answer with no
 *   question at all (fail); a greeting that names the thing asked about ("Yes, it is called a Presidential Memorial
 *   Certificate") before the question (no source: pass);
 *  waits: "let me look into what NPRC says" then 150 s (fail); holds at 81/180/290 with a partial result that says the search
 *   goes on and a patron "ok no rush" inside a span (pass); a Spanish hold ("Un momento por favor, busco …"); "Sure, take your
 *   time." before a 255 s patron absence (waiting on the patron: pass); a silent transfer answered 90 s after the patron;
 *  endings: a check-in at 260 and "looks like you may have stepped away, so I'm going to close this chat … chat back in
 *   anytime" at 440 (both pass); a check-in at 240 and the session ending at 340 with no notice (notice fails, courteous
 *   fails); a goodbye 131 s after the answer with no check-in (idle fails, disconnect na); a notice that thanks, 214 s after
 *   the answer, with no check-in (idle fails, disconnect passes); the patron's "thats all i needed, thx" as the last line with
 *   no goodbye; "Sorry, we have a 10 minute limit per chat and your time is up. Goodbye." (dismissal fails, courteous passes
 *   on its "Goodbye."); "I have other patrons waiting … Please chat back in anytime" (allowed); "Thank you for your service,
 *   and thanks for chatting"; "Con gusto. Gracias por comunicarse con nosotros"; "awesome!! thx for chatting, bye 👋";
 *   patron-side "thats all I needed", "thats everything", "es todo", "no more questions", "No that is all", "nope" (to
 *   "anything else?"), and "ok" / "ok thanks" / "no thanks" (to no question, or to one);
 *  completeness: "that what u needed?", "Does that give you a place to start?", "Will that get you started?", "Does the honor
 *   roll entry help for now?", "¿Le sirve esta información?" (pass); "Could I e-mail you that list?" and "Would you like me to
 *   send you the employer list?" (offers of more: fail);
 *  sources: VA, NARA, DMDC, FedsHireVets, MIC3, Vietnam Center, FamilySearch, BMV, arts.gov and Honor Flight URLs; the library
 *   catalog with a book; Fold3 and Learning Express by the library's databases page;
 *  referrals: the NPRC by street address (mail the SF-180); the County Veterans Service Officer in Spanish ("Le recomiendo que
 *   visite al Oficial … 100 E Cano St, Edinburg, teléfono …", LEFT); "ask the county Human Resources office" (no contact: fail);
 *   the School Liaison Officer by phone; a recruiter by locator URL (LEFT); "Take it to any Ohio BMV deputy registrar" with
 *   bmv.ohio.gov in the same message (LEFT); "the state part you can request from the Texas Military Department at
 *   tmd.texas.gov" (LEFT); the VA health care line by phone; "You can also ask them [the funeral home] to arrange military
 *   funeral honors" (no contact: fail); non-referrals: "Your lender can also request it for you", the CVSO's drop-in hours at
 *   the library's Vets Coffee, "the unit morning reports, which are at the NPRC", the library's own staff consulted;
 *  follow-ups: FU_LIB with the e-mail typed and read back, "by Monday", done in 50 h; FU_ME with the e-mail read back, "by
 *   Friday", done in 30 h; FU_LIB with the e-mail only in `patron.email`, no time, not done by day 4 (contact and on_time
 *   fail, code passes); "I'll get back to you with what I find" with the e-mail given but no time, coded Answered (code and
 *   contact fail, on_time pending); FU_ME by phone read back, "within 72 hours", done after 90 h (on_time fails);
 *  codes: a true Lost Call with no provider; Lost Call after three patron lines (fail); null (fail); Practice (all na);
 *  transfers: a visible notice (a hold) and an internal note that says why (pass); an internal note only (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "The best next step is to talk with a recruiter" tells the patron to contact a person outside the chat: a referral, reached
 *   by "goarmy.com/find-a-recruiter lists the stations near you" (a URL);
 * - "the state part you can request from the Texas Military Department at tmd.texas.gov" tells the patron to write to an
 *   agency: a referral, reached by its URL;
 * - "Take it to any Ohio BMV deputy registrar" tells the patron to visit an office; the BMV's own site (bmv.ohio.gov) in the
 *   same message is a URL that reaches the BMV and its registrars (pass);
 * - "You can also ask them to arrange military funeral honors" (them: the funeral home the patron named) tells the patron to
 *   ask an organisation outside the chat: a referral, and the VA URL in the same message reaches the VA, not the funeral home;
 * - "Your lender can also request it for you", "The County Veterans Service Officer holds drop-in hours there" (an event
 *   announced, in answer to "is the VA person there") and "the unit morning reports, which are at the NPRC; their page …
 *   explains how they are requested" tell the patron to contact or visit no one: no referral;
 * - "It looks like you may have stepped away, so I'm going to close this chat" tells the patron they seem to have
 *   disconnected and that the session will end; "Will that get you started?" and "Does that give you a place to start?" ask
 *   whether what was given meets the need;
 * - "Yes, it is called a Presidential Memorial Certificate" names the thing asked about, not a resource to use: no source, so
 *   the question after it is before the first source;
 * - "es todo" (alone, after thanks) says the patron is done, as "eso es todo" does; "You are welcome! Have a good day." says
 *   goodbye; "Sorry, we have a 10 minute limit … your time is up. Goodbye." says goodbye (courteous passes) and dismisses
 *   (no_dismissal fails): the two checks are independent;
 * - a session in which no provider message exists is one where "no provider ever joined", whatever the transcript's provider
 *   field says.
 *
 * COUNTS. Written: 31 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 4. Label corrections: 0.
 * Final on v46: 27 running, 4 LEFT, all referral.contact:
 *  - case 04: a Spanish referral ("Le recomiendo que visite al Oficial de Servicios para Veteranos del Condado … 100 E Cano St,
 *    Edinburg, teléfono 956-555-0170") read as none (na; RUBRIC pass): v47's M11 (officer, oficial, recruiter as parties) reads
 *    it, and it now runs;
 *  - case 15: "The best next step is to talk with a recruiter: goarmy.com/find-a-recruiter …" read as none (na; RUBRIC pass):
 *    v47's M11 (a recruiter as a party: "the best next step is to" was no matter) reads it, and it now
 *    runs;
 *  - case 22: "Take it to any Ohio BMV deputy registrar … The BMV page bmv.ohio.gov …" read as a referral without a URL (fail;
 *    RUBRIC pass: the BMV's URL is in the same message);
 *  - case 23: "the state part you can request from the Texas Military Department at tmd.texas.gov" read as none (na; RUBRIC
 *    pass).
 * Final on v47: 29 running, 2 LEFT (cases 22 and 23, with their reasons in LEFT_WHY).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds, a patron line
 * inside a span, internal lines and a transfer, idle and disconnect spans ending at a goodbye or at `endedAt`, concurrency at
 * touching ends, on_time done / late / pending / not done by day 4) scored as labelled on the first run. The redaction
 * equality of describeSessions holds for every running case (patron e-mails typed in the chat, an e-mail in `patron.email`,
 * a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (2 through describeLeft).
 *
 * Labelled and first run on rubric v46 (a worktree at the round's start) while v47 (block M) was being written.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, P, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const MAUREEN: Prov = P('maureen', 'Maureen', 'MCPL');
const DARNELL: Prov = P('darnell', 'Darnell W.', 'CRPL');
const KWAME: Prov = P('kwame', 'Kwame', 'EFL');
const LUPE: Prov = P('lupe', 'Lupe', 'HCL-TX');
const BETH: Prov = P('beth', 'Beth', 'FHRL');
const SAM: Prov = P('sam', 'sam_pike', 'PCL');
const TOMAS: Prov = P('tomas', 'Tomas', 'BPL');
const NORA: Prov = P('nora-nc', 'Nora (statewide)', 'NCSTATE');
const RUTH: Prov = P('ruth-s', 'Ruth', 'SRL');
const FRANK: Prov = P('frank', 'Frank', 'GFL');
const CHLOE: Prov = P('chloe', 'Chloe', 'ASKOK');
const PAT: Prov = P('pat', 'Pat (statewide)', 'ASKUS');
const NOBODY: Prov = P('queue-vw', 'Ask Us queue', 'ASKUS');
const ELI: Prov = P('eli', 'Eli', 'WBL');
const AMIR: Prov = P('amir', 'Amir', 'RBL');
const HOLLY: Prov = P('holly', 'Holly', 'LVPL');
const VIC: Prov = P('vic', 'Vic', 'HCLOH');
const JUNE: Prov = P('june', 'June', 'MCKL');
const GRETCHEN: Prov = P('gretchen', 'Gretchen', 'CFL');
const SANJAY: Prov = P('sanjay', 'Sanjay Rao', 'CFL');
const ROY: Prov = P('roy', 'Roy', 'DML');
const KIM: Prov = P('kim', 'Kim Tran', 'DML');
const TRAINER: Prov = P('trainer-v', 'Training Account', 'TRN');
const DESK3: Prov = P('desk3', 'Desk 3', 'OHPL');
const TINA: Prov = P('tina-g', 'Tina', 'GCL');
const SOFIA: Prov = P('sofia', 'Sofia', 'BAYCL');
const RACHEL: Prov = P('rachel', 'Rachel', 'OPL');
const INGRID: Prov = P('ingrid-d', 'Ingrid', 'DVL');
const JASPER: Prov = P('jasper', 'Jasper', 'MTL');
const MARCUS: Prov = P('marcus', 'Marcus', 'SCL');
const DANA: Prov = P('dana-c', 'Dana', 'CSL');
const CARLA: Prov = P('carla', 'Carla', 'HANCL');
const OWEN: Prov = P('owen-p', 'Owen', 'PRL');

export const veteransAndService: SessionCase[] = [
  // 01 DD-214 for the veteran himself: SF-180 mailed to the NPRC at its street address
  s(MAUREEN, '01 lost DD-214 (Army 2004): eVetRecs page, SF-180 mailed to the NPRC at "1 Archives Drive, St. Louis", "thats all I needed"', [
    [0, 'p', 'I lost my DD214 and need it for a VA loan. How do I get another one?'],
    [24, 'l', 'Good morning! This is Maureen, a reference librarian at Mason County Public Library.'],
    [30, 'l', 'Are you the veteran yourself, and roughly when did you separate from the service?'],
    [80, 'p', 'yes me. got out of the Army in 2004'],
    [86, 'l', 'Thanks, one moment while I pull up the request options.'],
    [160, 'l', 'Since you are the veteran, the quickest route is to request it online through eVetRecs: archives.gov/veterans/military-service-records has the "Request Records Online" button. If you prefer paper, fill in the Standard Form 180 (on the same page) and mail it to the National Personnel Records Center, 1 Archives Drive, St. Louis, MO 63138. Mention that it is for a home loan.'],
    [166, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes perfect. thats all I needed thank you'],
    [236, 'l', 'You are welcome! Thank you for your service, and thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 02 the 1973 fire: "let me look into" then 150 s
  s(DARNELL, '02 WWII Army record and the 1973 NPRC fire: "let me look into what NPRC says" then 150 s of silence', [
    [0, 'p', 'my grandpa served in ww2, army. i requested his records and they said they were burned in a fire?? is that true'],
    [30, 'l', "Hi there, I'm Darnell with the Ask a Librarian service at Cedar Rapids Public Library."],
    [36, 'l', 'Do you know his full name, date of birth and when he was discharged? It matters for what survived.'],
    [100, 'p', 'Walter J Nowak, born 1921, discharged 1945 i think'],
    [106, 'l', 'OK, let me look into what NPRC says about that.'],
    [256, 'l', 'Sorry that took a while. Yes: the 1973 fire at the National Personnel Records Center destroyed about 80% of the Army records for soldiers discharged between 1912 and 1960, so his file was most likely lost. NPRC can often reconstruct the basics from other records (final pay vouchers, VA claim files, unit morning reports). The National Archives explains it at archives.gov/personnel-records-center/fire-1973.'],
    [262, 'l', 'Is that what you were looking for?'],
    [330, 'p', 'yes, sad but helpful. thats everything'],
    [336, 'l', 'Thanks for chatting, and good luck with the research!'],
  ], usual({ informed: 'fail' })),

  // 03 VA home loan COE: answered at once, no question
  s(KWAME, '03 VA home loan COE: answered straight away with no question, "Did that help?" / "ok" / "Anything else?" / "no"', [
    [0, 'p', 'how do i get a certificate of eligibility for a VA home loan'],
    [18, 'l', 'Hello! Kwame here, librarian at Eastfield Library.'],
    [25, 'l', 'You can request the COE online at va.gov/housing-assistance/home-loans/how-to-request-coe; sign in and it is often issued right away. Your lender can also request it for you through the VA portal.'],
    [31, 'l', 'Did that help?'],
    [70, 'p', 'ok'],
    [75, 'l', 'Anything else I can help you with?'],
    [100, 'p', 'no'],
    [105, 'l', 'Thanks for contacting us, have a good day!'],
  ], usual({ clarify: 'fail' })),

  // 04 Spanish: burial allowance, the County Veterans Service Officer by address and phone
  s(LUPE, '04 burial allowance (Spanish): "Buenas tardes, le saluda Lupe", VA page, visit the CVSO at an address + phone, "es todo"', [
    [0, 'p', 'Buenas tardes, mi esposo fue veterano de Vietnam y falleció el mes pasado. ¿Qué beneficios hay para el entierro?'],
    [40, 'l', 'Buenas tardes, le saluda Lupe, bibliotecaria de la Biblioteca del Condado de Hidalgo. Lamento mucho su pérdida.'],
    [47, 'l', '¿Ya se hizo el entierro, o está haciendo los arreglos ahora? Cambia un poco lo que le corresponde.'],
    [120, 'p', 'ya fue, en un cementerio privado aqui en McAllen'],
    [126, 'l', 'Un momento por favor, busco la información en español.'],
    [210, 'l', 'El VA puede reembolsar parte de los gastos del entierro; la solicitud es el formulario VA 21P-530EZ y se explica en va.gov/burials-memorials/veterans-burial-allowance. También tiene derecho a una placa o lápida gratis y a una bandera. Le recomiendo que visite al Oficial de Servicios para Veteranos del Condado (County Veterans Service Officer), que le ayuda gratis con la solicitud: 100 E Cano St, Edinburg, teléfono 956-555-0170.'],
    [216, 'l', '¿Le sirve esta información?'],
    [290, 'p', 'si mucho, gracias. es todo'],
    [296, 'l', 'Con gusto. Gracias por comunicarse con nosotros, que esté bien.'],
  ], usual({ referral: 'pass' })),

  // 05 GI Bill transfer after retirement: check-in, then a notice that closes and invites back
  s(BETH, '05 Post-9/11 GI Bill transfer after retirement: patron quiet after 110, check-in at 260, "looks like you may have stepped away … close this chat" at 440', [
    [0, 'p', 'Can my husband transfer his post 9/11 GI bill to our daughter? he retired last year'],
    [35, 'l', "Hi, thanks for reaching out to Ask Us! I'm Beth, a librarian at Fort Hill Regional Library."],
    [42, 'l', 'Did he request the transfer (TEB) while he was still on active duty? That is the key question.'],
    [110, 'p', 'i dont think so, i dont know'],
    [117, 'l', 'Unfortunately the Transfer of Education Benefits has to be approved while the service member is still serving; after retirement it generally cannot be started. The VA explains the rules at va.gov/education/transfer-post-9-11-gi-bill-benefits. If he did apply, he can check in milConnect (milconnect.dmdc.osd.mil) under Education Benefits.'],
    [123, 'l', 'Does that answer it?'],
    [260, 'l', 'Are you still there?'],
    [440, 'l', "It looks like you may have stepped away, so I'm going to close this chat. Please feel free to chat back in anytime, thanks!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 06 gravelocator, chat-speak
  s(SAM, '06 great-uncle\'s grave (chat-speak): "hey there! Sam @ Ask a Librarian", gravelocator.cem.va.gov, "that what u needed?", "thats all"', [
    [0, 'p', 'hi how do i find where my great uncle is buried he was in the navy in ww2'],
    [12, 'l', 'hey there! Sam @ Ask a Librarian, Pike County Library 🙂'],
    [17, 'l', 'do u know his full name + about when he died?'],
    [50, 'p', 'Harold Dunn, died like 1968? maybe 69'],
    [55, 'l', 'try the VA Nationwide Gravesite Locator: gravelocator.cem.va.gov. put in Harold Dunn, it covers national cemeteries + many state vet cemeteries + gov headstones in private ones'],
    [60, 'l', 'that what u needed?'],
    [140, 'p', 'omg found him, Golden Gate National Cemetery. ty!!! thats all'],
    [144, 'l', 'awesome!! thx for chatting, bye 👋'],
  ], usual()),

  // 07 veterans' preference: FedsHireVets, "ask the county Human Resources office" with no contact
  s(TOMAS, '07 veterans\' preference (USPS and county job): fedshirevets.gov, "ask the county Human Resources office" (no contact)', [
    [0, 'p', 'Hello. I am applying for a job with the county and the post office. How does veterans preference work and what do I need to send?'],
    [45, 'l', 'Good afternoon, my name is Tomas and I am a librarian at Brookfield Public Library.'],
    [52, 'l', 'Is it the federal job (the Postal Service) you want to know about first, or the county one? They use different rules.'],
    [110, 'p', 'both but post office first'],
    [117, 'l', 'For federal jobs, preference is explained on FedsHireVets (fedshirevets.gov) under "Veterans Preference". You upload member 4 of your DD-214, and for 10-point preference also an SF-15 and your VA disability letter. For the county job, ask the county Human Resources office how they apply it; each county sets its own rules.'],
    [123, 'l', 'Is that helpful?'],
    [190, 'p', 'yes thank you very much'],
    [196, 'l', 'Anything else I can look up for you today?'],
    [220, 'p', 'No that is all'],
    [226, 'l', 'Thank you for chatting with us, and good luck with the applications!'],
  ], usual({ referral: 'fail' })),

  // 08 PCS to Fort Liberty: follow-up by the patron's library, e-mail read back, "by Monday", done in 50 h
  s(NORA, '08 PCS to Fort Liberty, library card before arrival (follow-up by patron\'s library): e-mail read back, "by Monday", done in 50 h', [
    [0, 'p', 'We are PCSing from Fort Carson to Fort Liberty next month. Can I get a library card there before we arrive so the kids have ebooks?'],
    [28, 'l', 'Hi! This is Nora with the statewide Ask NC Libraries chat. Welcome to North Carolina (almost)!'],
    [34, 'l', 'Will you be living on post, or in town: Fayetteville, Spring Lake, Hope Mills?'],
    [90, 'p', 'on post at first, housing assigned'],
    [96, 'l', 'Let me check what Cumberland County Public Library asks for.'],
    [170, 'l', "Cumberland County Public Library gives military families a card with a military ID and PCS orders, even before you have a local address; their card page is cumberlandcountync.gov/departments/library. Their eCard form doesn't take out-of-state addresses, though, so I will ask their staff whether they can set one up before you move. Can I have an e-mail for them to reach you?"],
    [240, 'p', 'sure, kmartinez.family@example.com'],
    [246, 'l', 'Thanks: kmartinez.family@example.com. Someone from Cumberland County will e-mail you by Monday.'],
    [252, 'l', 'Does that help for now?'],
    [300, 'p', 'yes thats great thank you!! thats all'],
    [306, 'l', 'Thanks for chatting, and good luck with the move!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // 09 military kid's credits: source first, question after; School Liaison Officer by phone
  s(RUTH, '09 DoDEA credits after a PCS: MIC3 given at once, "Which state are you in now?" after it, School Liaison Officer by phone', [
    [0, 'p', 'my daughter is starting 11th grade at a new school after our PCS and they wont accept her credits from germany (DoDEA). what can we do?'],
    [30, 'l', 'Hi, Ruth here at Ask a Librarian, Sandhills Regional Library.'],
    [37, 'l', "The Interstate Compact on Educational Opportunity for Military Children covers this: all 50 states signed it, and it asks schools to accept transfer records and help with graduation requirements. The Compact's site mic3.net has a parent guide and a contact for each state's commissioner."],
    [43, 'l', 'Which state are you in now?'],
    [100, 'p', 'north carolina'],
    [106, 'l', 'Then call the School Liaison Officer at Fort Liberty, 910-555-0134: they work with the local schools on exactly this, and can bring in the state Compact commissioner if needed.'],
    [112, 'l', 'Does that give you a place to start?'],
    [170, 'p', 'yes it does. no more questions, thank you'],
    [176, 'l', 'You are welcome, take care!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 10 replacement medals: follow-up by me, e-mail read back, "by Friday", done in 30 h; an offer, no completeness question
  s(FRANK, '10 Korea USMC medals lost in a fire (follow-up by me): SF-180 page, "Could I e-mail you that list?", "by Friday", done in 30 h', [
    [0, 'p', 'My father was in Korea with the Marines and his medals were lost in a house fire. Can we get them replaced?'],
    [33, 'l', 'Hello, this is Frank, a reference librarian at Granite Falls Library. I am sorry about the fire.'],
    [40, 'l', 'Is your father living? If he is, he can sign the request himself, which makes it faster.'],
    [105, 'p', 'he passed in 2015, I am his son'],
    [112, 'l', 'One moment, checking the medal request page.'],
    [195, 'l', 'Next of kin can ask for replacement medals with the Standard Form 180; the form and instructions are at archives.gov/veterans/replace-medals. You will need a copy of his death certificate. I would also like to work out which Korean War medals he probably earned from his unit, which takes me a bit longer. Could I e-mail you that list?'],
    [250, 'p', 'yes, rlambert52@example.com'],
    [256, 'l', 'Got it, rlambert52@example.com. I will send the list of medals by Friday.'],
    [262, 'l', 'Anything else for today?'],
    [290, 'p', 'no thats it, thanks a lot'],
    [295, 'l', 'My pleasure. Thanks for contacting us, and talk to you soon.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 11 unit history: holds every ~100 s, a partial result that says the search goes on
  s(CHLOE, '11 45th Infantry Division history: holds at 81/180/290 (180 a partial result), patron "ok no rush" inside, answer at 370', [
    [0, 'p', 'looking for a history of the 45th Infantry Division in WWII, my grandfather was in the 157th regiment'],
    [22, 'l', "Hello! I'm Chloe, a librarian at Ask Us Oklahoma."],
    [28, 'l', 'Do you want a book you can borrow, or something online you can read today? And do you know when he joined the unit?'],
    [75, 'p', 'either. he joined in 1943 in sicily i think'],
    [81, 'l', 'Great, give me a few minutes to search.'],
    [180, 'l', 'Still looking: I have found a couple of things and am checking which cover the 157th in Sicily.'],
    [200, 'p', 'ok no rush'],
    [290, 'l', 'Almost done, bear with me.'],
    [370, 'l', 'Here is what I found. Flint Whitlock\'s "The Rock of Anzio: From Sicily to Dachau" follows the whole division, with a lot on the 157th; our catalog (okpls.org/catalog) shows copies at Main and Northwest. The 45th Infantry Division Museum\'s site, 45thdivisionmuseum.org, also has unit rosters and a research page.'],
    [376, 'l', 'Would those work for you?'],
    [440, 'p', 'yes!! the Whitlock book sounds perfect. thats all i need'],
    [446, 'l', 'Wonderful. Thanks for chatting with Ask Us, and enjoy the reading!'],
  ], usual()),

  // 12 Korean War morning reports: statewide, follow-up by the patron's library, e-mail only on the account, day 4
  s(PAT, '12 Korea 1951 morning reports (follow-up by patron\'s library): "the e-mail on your library account", no time, not done by day 4', [
    [0, 'p', 'trying to find out where my grandfather was when he was wounded in Korea 1951. 2nd Infantry Division. Is there anything at the library?'],
    [50, 'l', 'Hi, you have reached Pat at the Ask Us statewide service. I am at a different library than yours, but I can get you started.'],
    [57, 'l', 'Which library do you usually use?'],
    [100, 'p', 'Linwood branch'],
    [106, 'l', 'The key record is the unit morning reports, which are at the National Personnel Records Center; their page archives.gov/st-louis explains how they are requested. Your library also has Fold3 on its databases page, which has some Korean War casualty files. I will pass this to the Linwood staff so they can help you request the reports, and they will contact you at the e-mail on your library account.'],
    [112, 'l', 'Does that help to start?'],
    [170, 'p', 'ok thanks'],
    [176, 'l', 'You are welcome, thanks for using Ask Us!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'gwhitaker@example.org', phone: null } }, { now: T0 + 4 * DAY }),

  // 13 nobody joined: a true Lost Call
  s(NOBODY, '13 the Vietnam Wall online (Lost Call): queue line, patron leaves at 95, no provider ever writes', [
    [0, 'p', 'is there a way to look up a name on the vietnam wall online'],
    queue(2, 4),
    left(95),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 ROTC scholarship, a teen
  s(ELI, '14 Army ROTC scholarship (teen): grade and branch asked, goarmy.com page + a guide in Teen Space, "does that help?" / "anything else?" / "nope"', [
    [0, 'p', 'hey how does rotc scholarship work, do i apply thru the college or the army'],
    [15, 'l', "Hi! I'm Eli, a teen services librarian at Westbrook Library. Good question!"],
    [21, 'l', "What grade are you in, and is it Army ROTC you're looking at or Navy/Air Force too?"],
    [60, 'p', 'junior. army prob'],
    [66, 'l', 'For Army ROTC the national 4-year scholarship is applied for directly with the Army, not the college: the application opens the summer before senior year at goarmy.com/rotc/scholarships. You pick the schools later. Our College Center shelf in Teen Space also has "Paying for College" guides with a chapter on ROTC if you want to browse.'],
    [72, 'l', 'does that help?'],
    [110, 'p', 'ya thx'],
    [114, 'l', 'anything else?'],
    [130, 'p', 'nope'],
    [134, 'l', 'cool, good luck! thanks for chatting 🙂'],
  ], usual()),

  // 15 enlisting with a GED: recruiter by locator URL, then "other patrons waiting … chat back in anytime"
  s(AMIR, '15 enlisting with a GED: recruiter via goarmy.com/find-a-recruiter, then a list of questions: "other patrons waiting … chat back in anytime"', [
    [0, 'p', 'can you join the army with a GED'],
    [26, 'l', 'Hello, this is Amir at Riverbend Library. Happy to help.'],
    [32, 'l', 'Is it the Army specifically, or are you open to other branches? Their GED rules differ a little.'],
    [80, 'p', 'army or marines'],
    [87, 'l', 'Both accept a GED, but GED holders (Tier 2) usually need a higher AFQT score on the ASVAB, and only a small share of recruits can be Tier 2; 15 college credits put you in Tier 1. The Army explains it at goarmy.com/how-to-join/requirements. The best next step is to talk with a recruiter: goarmy.com/find-a-recruiter lists the stations near you.'],
    [93, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes. also what jobs can i get, whats the asvab like, can i pick where im stationed, do marines pay more'],
    [158, 'l', "All good questions! I have other patrons waiting right now, so I can't go through all of them. The ASVAB practice tests in our Learning Express database (riverbendlibrary.org/databases) are a good start, and the recruiter can answer the rest. Please chat back in anytime if you want to keep going."],
    [190, 'p', 'ok'],
    [196, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 16 the library's Vets Coffee: four chats at once
  s(HOLLY, '16 Vets Coffee at the Veterans Resource Center: the CVSO\'s drop-in hours mentioned, three other chats open, four at once from 50 s', [
    [0, 'p', 'when is the next veterans coffee at the library and is the VA person there'],
    [20, 'l', 'Good morning! Holly here, a librarian at Lakeview Public Library.'],
    [26, 'l', 'Do you mean the Tuesday Vets Coffee at Main, or the one at the Northside branch?'],
    [60, 'p', 'main'],
    [66, 'l', "The next Vets Coffee at Main is Tuesday the 10th, 9:30 to 11 in the Veterans Resource Center (2nd floor). The County Veterans Service Officer holds drop-in hours there the same morning, 10 to noon, for benefits questions. It's all on our events page at lakeviewlibrary.org/veterans."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes. thats all thank you'],
    [115, 'l', 'Thanks for chatting, see you Tuesday!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'holly', -300, 400), other('h2', 'holly', -100, 600), other('h3', 'holly', 50, 500)],
  }),

  // 17 disability appeal: "your time is up. Goodbye."
  s(VIC, '17 tinnitus denial, decision reviews: a list of questions, "we have a 10 minute limit per chat and your time is up. Goodbye."', [
    [0, 'p', 'I need help with my VA disability claim, they denied my tinnitus and I want to appeal'],
    [30, 'l', 'Hi, this is Vic with the Ask a Librarian chat, Hamilton County Library.'],
    [36, 'l', 'Did you get the decision letter within the last year? The options depend on that.'],
    [90, 'p', 'yes in january'],
    [96, 'l', 'You have three options: a Supplemental Claim, a Higher-Level Review, or a Board Appeal. VA compares them at va.gov/decision-reviews.'],
    [102, 'l', 'Does that help?'],
    [160, 'p', 'kind of. which one should i pick? and how do i get my service treatment records? and do i need a buddy statement'],
    [166, 'l', 'Sorry, we have a 10 minute limit per chat and your time is up. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 burial flag: check-in only, then silence; "ask them [the funeral home]" with no contact
  s(JUNE, '18 burial flag via the funeral home: "ask them to arrange military funeral honors" (no contact), check-in at 240, session ends at 340 with no notice', [
    [0, 'p', "how do I get the flag for my dad's funeral, he was in the air force"],
    [28, 'l', "Hello, I'm June, a librarian at Marsh Creek Library. I'm sorry for your loss."],
    [34, 'l', 'Is a funeral home handling the arrangements? They usually request the flag for the family.'],
    [95, 'p', 'yes Sunrise Funeral Home'],
    [101, 'l', 'Then the funeral director can get the burial flag for you: they fill out VA Form 27-2008 and pick it up at a post office. The form and rules are at va.gov/burials-memorials/memorial-items/burial-flags. You can also ask them to arrange military funeral honors (the flag folding and Taps).'],
    [107, 'l', 'Does that answer it?'],
    [240, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' }), { endAfter: 100 }),

  // 19 transfer to the genealogy librarian, by the book
  s(GRETCHEN, '19 WWI draft card: transfer to Genealogy with a visible notice and an internal note, Sanjay answers 54 s after the notice', [
    [0, 'p', "Hi, I am trying to find my great-grandfather's WWI draft registration card. He lived in Allegheny County, PA."],
    [25, 'l', 'Good afternoon! This is Gretchen at the Ask Us chat, Carnegie Free Library.'],
    [31, 'l', 'Do you know his full name and roughly his birth year?'],
    [80, 'p', 'Anton Kowalczyk, born about 1893'],
    [86, 'l', 'Our genealogy librarian, Sanjay, is on chat right now and knows the draft records best, so I am transferring you to him. One moment please.'],
    [90, 'i', 'Sanjay, pt looking for WWI draft card, Anton Kowalczyk b. ~1893, Allegheny Co PA. Can you take it?'],
    xfer(94, 'Sanjay Rao', 'sanjay'),
    [140, 'l', 'Hi, Sanjay from Genealogy here! WWI draft registration cards (1917-1918) are free to search on FamilySearch (familysearch.org, collection "United States World War I Draft Registration Cards"), and Ancestry Library Edition has them too in any of our branches. Try spelling variants like Kowalczik.', as(SANJAY)],
    [146, 'l', 'Does that help?', as(SANJAY)],
    [220, 'p', 'found him! thank you so much. thats all i needed'],
    [226, 'l', 'Fantastic! Thanks for chatting with us.', as(SANJAY)],
  ], usual({ transfer: 'pass' })),

  // 20 silent transfer: an internal note only
  s(ROY, '20 USMC Vietnam unit from an FPO address: transfer with an internal note only, Kim answers 90 s after the patron', [
    [0, 'p', 'need help finding my uncles Vietnam service, he was a marine 1967-68, which unit?'],
    [35, 'l', "Hi, I'm Roy at the Dunmore Library Ask a Librarian chat."],
    [41, 'l', 'Do you have any of his papers, like his DD-214 or letters home?'],
    [100, 'p', 'just some letters with an FPO address on them'],
    [104, 'i', 'Kim, Vietnam USMC unit q, pt has an FPO address from letters. yours? you know these best'],
    xfer(108, 'Kim Tran', 'kim'),
    [190, 'l', 'Hello! Kim here, I work on military history questions. An FPO number can often be matched to a unit: the Marine Corps command chronologies for Vietnam are searchable through the Vietnam Center & Archive at vva.vietnam.ttu.edu. If you share the FPO number I can look with you.', as(KIM)],
    [240, 'p', 'FPO San Francisco 96602'],
    [250, 'l', 'Let me check the chronology index.', as(KIM)],
    [340, 'l', 'That number was shared by several 1st Marine Division units, so the letters may name the battalion or company; the battalion chronologies are on the same Vietnam Center site under "USMC Command Chronologies". Does that help?', as(KIM)],
    [400, 'p', 'yes, it says 2nd Bn 5th Marines on one. thank you!'],
    [406, 'l', 'Great find. Anything else I can help with?', as(KIM)],
    [430, 'p', 'no thats all'],
    [435, 'l', 'Thanks for chatting, take care!', as(KIM)],
  ], usual({ transfer: 'fail' })),

  // 21 practice
  s(TRAINER, '21 practice chat (veterans script): coded Practice, every check na', [
    [0, 'p', 'testing - dd214 question'],
    [8, 'l', 'Hi, this is a training chat for Ask Us.'],
    [15, 'l', 'See archives.gov/veterans. Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 greeting names no one; BMV visited, reached by its URL; code null
  s(DESK3, '22 Ohio license veteran designation: "Hi! What can I help you with today?" then a question (no name), BMV deputy registrar + bmv.ohio.gov, code null', [
    [0, 'p', 'how do I get the veteran mark on my drivers license in Ohio'],
    [20, 'l', 'Hi! What can I help you with today?'],
    [50, 'p', 'the veteran mark on my drivers license, ohio'],
    [56, 'l', 'Do you have your DD-214 handy? That is what the BMV asks for.'],
    [100, 'p', 'yes'],
    [106, 'l', 'Take it to any Ohio BMV deputy registrar when you renew or for a replacement; the veteran designation is free. The BMV page bmv.ohio.gov (search "veteran designation") lists the documents they accept.'],
    [112, 'l', 'Did that help?'],
    [150, 'p', 'yes thanks, thats all'],
    [155, 'l', 'You are welcome! Have a good day.'],
  ], usual({ greeting: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 23 Lost Call after three patron messages
  s(TINA, '23 Texas Army National Guard records: answered, patron "ok" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'where can i get my military records from the national guard? texas army national guard 1990s'],
    [38, 'l', 'Hello, Tina here, a librarian at Gulf Coast Library.'],
    [44, 'l', 'Were you federally activated at any point, or on state duty only?'],
    [90, 'p', 'activated for desert storm'],
    [97, 'l', 'Then the federal part of your record is at the National Personnel Records Center (request it at archives.gov/veterans/military-service-records), and the state part you can request from the Texas Military Department at tmd.texas.gov. Does that help?'],
    [140, 'p', 'ok'],
    left(150),
    [160, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 24 pickedUpAt 40 s, first line at 75; "hello?" in the queue; VA health care line by phone
  s(SOFIA, '24 Vietnam vet never enrolled in VA health care: "hello?" at 30, pickedUpAt 40 s, first line 75 s, "or by calling 877-222-8387"', [
    [0, 'p', 'my dad is a vietnam vet and never signed up for VA health care. is it too late? he has diabetes'],
    [30, 'p', 'hello?'],
    [75, 'l', 'Hi, sorry for the wait! This is Sofia, a librarian with Ask Us at Bay County Library.'],
    [81, 'l', 'Was he in Vietnam itself, or serving offshore or elsewhere in Southeast Asia? It affects the Agent Orange rules.'],
    [140, 'p', 'in country, 1969-70'],
    [146, 'l', 'It is not too late. Under the PACT Act, Vietnam veterans can enroll in VA health care, and type 2 diabetes is a presumptive condition for Agent Orange exposure, so he may also be able to file a disability claim. He can apply at va.gov/health-care/apply-for-health-care or by calling 877-222-8387.'],
    [152, 'l', 'Is that the information you were looking for?'],
    [210, 'p', 'yes thank you, that is all'],
    [215, 'l', 'Thank you, and please thank your dad for his service. Goodbye!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 25 a promise coded Answered, no time given
  s(RACHEL, '25 USS Hornet CV-12 muster rolls: "I\'ll get back to you with what I find" (e-mail given, no time), coded Answered, pending', [
    [0, 'p', 'My grandfather served on the USS Hornet in 1944. Is there a crew list anywhere?'],
    [27, 'l', "Hi! I'm Rachel, reference librarian at Orchard Park Library."],
    [33, 'l', 'Do you know his rate or rank, and which Hornet: CV-12?'],
    [80, 'p', 'CV-12 yes. he was a machinists mate'],
    [87, 'l', 'One moment, checking.'],
    [180, 'l', 'The Navy muster rolls for 1939-1949 are digitized in the National Archives Catalog (catalog.archives.gov, search "muster rolls USS Hornet CV-12"); they list every enlisted man aboard each quarter. I can search the rolls for his name and send you the pages. What is your e-mail?'],
    [230, 'p', 'tgrady44@example.com'],
    [236, 'l', "Great, I'll get back to you with what I find."],
    [242, 'l', 'Anything else?'],
    [270, 'p', 'no thanks'],
    [275, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 26 courthouse memorial: follow-up by me by phone, "within 72 hours", done after 90 h
  s(INGRID, '26 great-uncle on the courthouse WWII memorial (follow-up by me): phone read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'is my great uncle on the WWII memorial in the courthouse square? Frederick Haas. I cant get there, im in arizona now'],
    [45, 'l', 'Hello, this is Ingrid with the Ask a Librarian chat at Dutchess Valley Library.'],
    [52, 'l', 'Do you know if he died in the war, or did he come home? Our memorial lists both, on different panels.'],
    [120, 'p', 'he died, 1944 in france'],
    [127, 'l', 'Let me check our memorial list.'],
    [210, 'l', 'The online county honor roll (dutchessvalley.gov/veterans/honor-roll) lists an "F. Haas" without a unit. Our local history room keeps a transcription of the courthouse memorial that is not online; I would like to check it and call you back. What number is best?'],
    [260, 'p', '520-555-0187'],
    [266, 'l', '520-555-0187, thank you. I will call you within 72 hours with what the binder says.'],
    [272, 'l', 'Does the honor roll entry help for now? And is there anything else I can do?'],
    [300, 'p', 'no, that is all. thank you!'],
    [306, 'l', 'Thank you for reaching out, talk soon.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 27 the patron has the last word; an offer instead of the completeness question
  s(JASPER, '27 veterans job fair: "Would you like me to send you the employer list?" (an offer), patron "thats all i needed" last, no goodbye', [
    [0, 'p', 'Is the veterans job fair at the library still on for saturday? do i need to register'],
    [16, 'l', 'Hi there, Jasper from Ask Milltown Library!'],
    [22, 'l', 'Are you a veteran looking for work, or an employer wanting a table?'],
    [55, 'p', 'veteran'],
    [60, 'l', 'It is still on: Saturday 10 am to 2 pm in the Main Library auditorium. Registration is optional, but if you register at milltownlibrary.org/events you get the employer list ahead of time. Bring several copies of your resume.'],
    [65, 'l', 'Would you like me to send you the employer list?'],
    [110, 'p', 'nah im good. thats all i needed, thx'],
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 28 "Sure, take your time." then 255 s away
  s(MARCUS, '28 Presidential Memorial Certificate: the name given in the greeting, "Sure, take your time." then the patron away 255 s', [
    [0, 'p', 'someone told me you can get a certificate signed by the president for a veteran who died. how?'],
    [20, 'l', 'Hi, this is Marcus, a librarian at Summit County Library. Yes, it is called a Presidential Memorial Certificate.'],
    [26, 'l', 'Do you have his discharge papers? The application asks for proof of service.'],
    [70, 'p', 'hold on let me find them in the box'],
    [75, 'l', 'Sure, take your time.'],
    [330, 'p', 'ok i have his DD214'],
    [336, 'l', 'Perfect. You apply with VA Form 40-0247, and attach a copy of the DD-214 and his death certificate. The form and instructions are at va.gov/burials-memorials/memorial-items/presidential-memorial-certificates. You can ask for more than one copy for family members.'],
    [342, 'l', 'Is that what you were looking for?'],
    [400, 'p', 'yes! thats everything. bless you'],
    [405, 'l', 'You are very welcome. Take care, and thanks for chatting.'],
  ], usual()),

  // 29 goodbye 131 s after the answer, no check-in
  s(DANA, '29 GI Bill for a CDL school: answer at 92, goodbye at 223 (final idle 131 s) with no check-in', [
    [0, 'p', 'can I use my GI bill for a CDL truck driving school'],
    [22, 'l', 'Good evening, Dana here, a librarian with Ask Us at Creekside Library.'],
    [28, 'l', "Which GI Bill do you have, Post-9/11 or Montgomery? And do you know the school's name?"],
    [85, 'p', 'post 9/11. Roadmaster in Tampa'],
    [92, 'l', "Many CDL programs are approved for the GI Bill. Check whether the Tampa campus is approved with the GI Bill Comparison Tool at va.gov/education/gi-bill-comparison-tool: search the school and it shows what the GI Bill pays there."],
    [98, 'l', 'Does that help?'],
    [223, 'l', 'Thanks for chatting tonight, feel free to come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 30 Blue Star Museums: three at most, others touching both ends
  s(CARLA, '30 Blue Star Museums for a Navy family: others end at the start and start at the end, three at most at once', [
    [0, 'p', 'are museums free for military families in the summer? my husband is active duty navy'],
    [19, 'l', "Hi! I'm Carla at the Ask a Librarian desk, Hanover County Library."],
    [25, 'l', 'Which area are you in? I can check which museums near you take part.'],
    [70, 'p', 'norfolk'],
    [76, 'l', "Yes: Blue Star Museums gives free admission to active duty families from Armed Forces Day to Labor Day. The participating museums map is at arts.gov/initiatives/blue-star-museums; filter it by Virginia to see the ones near Norfolk. Bring his military ID or your dependent ID."],
    [82, 'l', 'Did that answer your question?'],
    [130, 'p', 'yes awesome, no more questions'],
    [135, 'l', 'Thanks for chatting, have fun!'],
  ], usual(), {}, {
    otherIntervals: [other('c1', 'carla', -500, 0), other('c2', 'carla', -100, 100), other('c3', 'carla', 50, 600), other('c4', 'carla', 140, 900)],
  }),

  // 31 no check-in, a disconnect notice that thanks
  s(OWEN, '31 Honor Flight for a Korea vet: answer at 86, no check-in, "It looks like you have disconnected, so I will end this session now. Thanks" at 300', [
    [0, 'p', 'how do I sign my grandpa up for an Honor Flight? korea vet, 91'],
    [25, 'l', "Hello! You're chatting with Owen, a librarian at Ask Us, Piedmont Regional Library."],
    [31, 'l', 'Where does he live? Honor Flight works through local hubs.'],
    [80, 'p', 'greenville sc'],
    [86, 'l', 'The national site honorflight.org has a "Find a Hub" map; pick South Carolina and the Greenville-area hub has its own veteran application there. Korean War veterans are given priority after WWII veterans, and a family member can usually go along as the guardian.'],
    [92, 'l', 'Will that get you started?'],
    [300, 'l', 'It looks like you have disconnected, so I will end this session now. Thanks for contacting Ask Us!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '22 Ohio license veteran designation: "Hi! What can I help you with today?" then a question (no name), BMV deputy registrar + bmv.ohio.gov, code null':
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 5 "Take it to any Ohio BMV deputy registrar …"). The same message 5 goes on "The BMV page bmv.ohio.gov (search "veteran designation") lists the documents they accept": the URL of the BMV, whose deputy registrars the patron is sent to (RUBRIC referral.contact: "every party … comes with a way to reach them (e-mail, phone, postal address or URL)").',
  '23 Texas Army National Guard records: answered, patron "ok" and leaves, coded Lost Call after 3 patron lines':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "the state part you can request from the Texas Military Department at tmd.texas.gov" tells the patron to write to / ask an agency for the record (RUBRIC Terms, Referral), reached by its URL; not a website to use.',
};

describe('forty-seventh round: veterans, service members and their families, checked', () => {
  describeSessions('whole sessions', veteransAndService.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', veteransAndService.filter((c) => c.name in LEFT_WHY));
});
