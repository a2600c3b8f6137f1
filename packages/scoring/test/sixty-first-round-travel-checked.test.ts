/**
 * Sixty-first round, theme TRAVEL, checked: 30 whole sessions no one had written, from public library and statewide "ask a
 * librarian" chats: visas for other countries (a Schengen visa on an Indian passport through France-Visas and VFS Global, a
 * Chinese business visa from Houston, Vietnam's e-visa, Canada on a Mexican passport, Canada's eTA for a green card holder,
 * Kenya's eTA on a Jamaican passport, Japan with ADHD medication), international driving permits (AAA for Japan, an Indian
 * license for Italy), travel vaccines (Ghana's yellow fever, Kenya, typhoid and hepatitis A on Medicaid, an early MMR for a
 * baby going to France), TSA rules (breast milk without the baby, in Spanish; CPAP; insulin and a pump; a disposable vape;
 * PreCheck vs Global Entry; ID for a 16-year-old), lost luggage and airline complaints (a domestic American bag, a Lufthansa
 * bag under the Montreal Convention, a complaint letter after a cancelled flight), REAL ID (an Ohio gold star) and cruising on
 * a passport card, and travelling with a child (a custody consent letter for Cancún, a dual US/Brazilian boy with his
 * grandparents, a niece across the Niagara border, an 11-year-old flying alone, a newborn's passport at the library). Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFirstRoundTravel-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 31 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (05: fail); `pickedUpAt`
 *   at 30 s with the first line at 190 (29); "Hi! Happy to help with that." under the screen name "Ask Desk 2" (06: greets,
 *   names no one: fail); "Hi there!" + "This is Imani, a librarian at …" split over two lines (27); "Hey there! Tomás here,
 *   librarian at Rio Vista Library 🙂" (02); Spanish "¡Hola! Le saluda Beatriz, bibliotecaria de …" (04); chat-speak "hey! Kai
 *   from ask a librarian @ Pinewood PL 👋" (30); a greeting that is a hold ("… Reading your question now, one moment.", 15);
 *   no provider ever joined (17);
 *  inquiry: most nights in which country, US license or not, flying or driving, carry-on or checked, domestic and a report
 *   filed, the star on the license, the child's own passport, length of stay, travel abroad or not, citizenship, host company,
 *   dual citizenship, a US state license, declared lost or delayed, flying alone, departure date, adult or child, nonstop,
 *   born in the US, refund or complaint, the shots so far, a closed-loop cruise; no question at all (03: fail); the question
 *   asked only after the first source ("Is your flight international?", 28: fail);
 *  waits: "one sec" answered 150 s later (05: fail); holds at 76/180/285 and the answer at 380 (26: pass); "Sure, take your
 *   time." then the patron back 230 s later (27: waiting on the patron); the patron's "hold on" and 86 s to the answer (06); a
 *   partial result that says the search goes on ("I'm still checking Frontier and American", 23); a transfer notice with the
 *   receiver 69 s later (12), a silent transfer with the receiver 80 s after the patron (13), a notice answered 140 s later
 *   (14: fail); 160 s between `pickedUpAt` and the first line (29: fail);
 *  endings: an e-visa answer, "Are you still there?" at 250 and "It looks like you may have been disconnected, so I'm going to
 *   close this chat. Feel free to chat back in anytime!" at 400 (08: final idle 250 s); a Lost Call with a check-in at 190 and
 *   a notice that invites back at 380 (15: 190 s); a goodbye 140 s after the answer with no check-in (28: idle fails,
 *   disconnect na); "That's a lot of questions and I've got other stuff to do. You'll have to google the rest." (10:
 *   dismissal); "I have several other patrons waiting right now. Please chat back in later" (11: allowed); the patron's "k"
 *   (09) and "thats everything" (26) as the last line with no goodbye; the patron's window closing before "Thanks for stopping
 *   by!" (16); goodbyes "Enjoy Japan! Safe travels ✈️", "take care and have a wonderful trip!", "¡De nada! Gracias por
 *   escribirnos y buen viaje.", "Thank you, boa viagem!", "Thank you, bye for now!", "You're welcome, take care.", "np, safe
 *   travels! bye"; patron-side "that's all i needed", "nope" (to "Anything else?"), "thats everything", "es todo", "yeah. thats
 *   all", "all set", "that's everything", "nothing else", "that was all", "no more questions", and "ok cool thx", "ok thanks",
 *   "ya thx", "thank you!!", "ugh ok. thanks" that do not count;
 *  sources: France-Visas, VFS, AAA, the CDC's destination, clinic-finder and measles pages, tsa.gov pages, DOT and airline
 *   baggage pages, bmv.ohio.gov, travel.state.gov with the steps, evisa.gov.vn, ttp.dhs.gov, the US Embassy in Japan,
 *   visaforchina.cn, gov.br, lufthansa.com, canada.ca, southwest.com and united.com, etakenya.go.ke, usa.gov, cbp.gov,
 *   travel.gc.ca, the library's passport page; none ("double check w ur airline", 30: fail);
 *  referrals: VFS Global by URL (01, LEFT); "stop by any AAA branch office" with AAA's office finder URL (02, LEFT); "call your
 *   county health department" (03: no contact); "avísele al oficial en el control" (04: no referral, LEFT); American and the
 *   DOT by URL (05, LEFT); the visa center by URL and the consulate by phone (11, LEFT); the Brazilian consulate by URL (12,
 *   LEFT); "apply to the Regional Transport Office in India" (13: no contact); Lufthansa by URL (14, LEFT); the library's own
 *   Passport Office by street and URL (24); TSA Cares by phone (28); "double check w ur airline" (30: no contact, LEFT); the
 *   patron's home library's health librarian calling around for them (22) and the provider's notary team (24) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by tomorrow at noon", done in 20 h (07); "I'll e-mail you by tomorrow
 *   morning" with the e-mail read back, coded Answered (21: code fails, pending at day 1); FU_LIB with the e-mail only in
 *   `patron.email`, no time, not done by day 5 (22); FU_ME with the phone read back, "by Friday", done after 90 h (23: late);
 *   FU_ME with the e-mail read back and no time, done in 30 h (24: contact fails, on_time passes); FU_ME with no contact
 *   anywhere, "get back to you with a couple of titles" (25: code and contact fail, pending);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (16); null with no provider (17); Practice (18);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail); a notice
 *   with no note (14: fail);
 *  concurrency: four at once (19: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (20: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Enjoy Japan! Safe travels ✈️" (02), "take care and have a wonderful trip!" (03), "You're welcome, take care." (25) and
 *   "np, safe travels! bye" (30) are partings: they say goodbye (the project's reading of "Glad I could help — take care!");
 * - "all set" (06: "yes! all set, thank you"), "that was all" (27) and "es todo" (04) say explicitly the patron is done;
 *   "ok cool thx", "ok thanks", "ya thx", "thank you!!" do not;
 * - "Does that help you decide?" (09), "Does that help so far?" (07), "Does that help for now?" (22), "Does that cover it?"
 *   (28) and "¿Responde esto a su pregunta?" (04) ask whether what was given meets the need;
 * - telling the patron to book with and go to a visa center (01), stop by an AAA office (02), file a complaint or claim with
 *   an airline or the DOT (05, 14), apply in person at a visa center or call a consulate's visa line (11), sign at a consulate
 *   (12), apply to an RTO (13), call TSA Cares (28), "double check w ur airline" (30) are referrals ("call, write to, ask or
 *   visit them"); a party's own URL (AAA's office finder at aaa.com, 02) is a way to reach it;
 * - "avísele al oficial en el control" (tell the officer at the checkpoint, 04) is a step of the screening the patron goes
 *   through anyway, not a referral about the need (as round 46 read "then pay at the desk"); "look at their travel documents
 *   page" (29) points to a page to use, not to someone to contact;
 * - "Our Main Library's Passport Office … stop by at 400 Park Avenue or book at linwoodlibrary.org/passports" (24) tells the
 *   patron to visit the provider's own library's department: a referral, with a postal address and URL;
 * - "I'm still checking Frontier and American" after the first two airlines (23) is a partial result that says the search
 *   goes on (a hold); either reading passes keep_informed here;
 * - a greeting that is also a hold does not start the final idle: in the Lost Call (15) the idle runs from the check-in at 190
 *   (the first non-hold provider line after the patron's) to the notice that invites back at 380, 190 s, and the check-in
 *   that starts it is sent during it;
 * - with `pickedUpAt` at 30 s and the first line at 190 s, the 160 s after pickup are a wait on the provider (29: fail; the
 *   project's reading since round 57);
 * - "Let me look into that later and get back to you" (25) promises a follow-up (a follow-up session) and says no time.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 21 / 9 (8 on referral.contact, 1 on closing.courteous). Label corrections: 0.
 * Final: 21 running, 9 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 01, referral.contact pass/na: "book your biometrics appointment with VFS Global … at visa.vfsglobal.com/…; NJ
 *    residents go to the New York center" read as no referral;
 *  - case 02, referral.contact pass/fail: "stop by any AAA branch office … The application and the office finder are at
 *    aaa.com/vacation/idpf.html" read as a referral without contact (the URL in the same message not taken as AAA's);
 *  - case 04, referral.contact na/fail: "Sepárela del resto y avísele al oficial en el control." read as a referral;
 *  - case 05, referral.contact pass/na: "Send your receipts through American's baggage page, aa.com/baggage … file a complaint
 *    with the DOT at transportation.gov/…" read as no referral;
 *  - case 11, referral.contact pass/na: "apply in person at the Chinese Visa Application Service Center … visaforchina.cn … The
 *    consulate general's visa line is 713-555-0141" read as no referral;
 *  - case 12, referral.contact pass/na: "Both parents sign it at the Brazilian consulate; the Miami consulate's page … gov.br/…"
 *    read as no referral;
 *  - case 14, referral.contact pass/na: "File your claim with Lufthansa on its form at lufthansa.com/…" read as no referral;
 *  - case 26, closing.courteous fail/pass: "US citizens under 16 can come back into the US by land" (the answer) read as an
 *    invitation back;
 *  - case 30, referral.contact fail/na: "double check w ur airline b4 u go" read as no referral.
 * The scorer does read "call your county health department" (03), "apply to the Regional Transport Office in India" (13),
 * "call TSA Cares at 855-787-2227" (28) and the library's own Passport Office "stop by at 400 Park Avenue" (24) as labelled.
 * Every timing check (pickup at 31 and 95 s, by `pickedUpAt`, no provider; keep_informed at 150, 140 and 160 s, across holds,
 * a partial-result hold, "take your time", three transfers; final idles of 0, 140, 190 and 250 s; concurrency at four and at
 * touching ends; on_time done at 20 and 30 h, late at 90 h, pending at day 1, not recorded by day 5) scored as labelled on the
 * first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a
 * patron phone read back, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (9 through describeLeft).
 * ON v55 (block U, written partly from this file): case 26's "US citizens under 16 can come back into the US by land" is no
 *   invitation back (U11), 30's "rules change by airline so double check w ur airline b4 u go" refers (U15: an airline is a party;
 *   U18: "so" with no comma), 05's "file a complaint with the DOT at …" and 14's "File your claim with Lufthansa on its form at …"
 *   refer (U20): 25 running, 5 LEFT (01, 02, 04, 11, 12).
 * FINAL RUN (rubric v55): 30 tests passed (5 through describeLeft).
 * ON v56 (block V): case 11's "Houston residents apply in person at the Chinese Visa Application Service Center, by appointment:
 *   make one at visaforchina.cn" (V11: the patron's class read as "you") reads as labelled and runs: 26 running, 4 LEFT (01, 02,
 *   04, 12).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line.`];

const LORNA: Prov = { id: 'lorna', name: 'Lorna', library: 'EPL-NJ' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'RVL' };
const KIRA: Prov = { id: 'kira', name: 'Kira', library: 'MBL' };
const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'KPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'ASKAWAY' };
const DESK2: Prov = { id: 'desk2', name: 'Ask Desk 2', library: 'CML-OH' };
const MAEVE: Prov = { id: 'maeve', name: 'Maeve', library: 'BPL-CT' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'GFL' };
const NGOC: Prov = { id: 'ngoc', name: 'Ngoc', library: 'LVL' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'AUN' };
const ODALYS: Prov = { id: 'odalys', name: 'Odalys', library: 'HVL' };
const PIET: Prov = { id: 'piet', name: 'Piet', library: 'AUN' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'AUN' };
const CYRUS: Prov = { id: 'cyrus', name: 'Cyrus', library: 'AAL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'AAL' };
const ELLIS: Prov = { id: 'ellis', name: 'Ellis', library: 'NWL' };
const MANNY: Prov = { id: 'manny', name: 'Manny', library: 'NWL' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'AUN' };
const DORIAN: Prov = { id: 'dorian', name: 'Dorian', library: 'WGL' };
const NOBODY: Prov = { id: 'queue-q', name: 'Queue', library: 'AUN' };
const TRAINER: Prov = { id: 'trainer-61', name: 'Training Account', library: 'TRN' };
const SAOIRSE: Prov = { id: 'saoirse', name: 'Saoirse', library: 'AUN' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'BSL' };
const BIANCA: Prov = { id: 'bianca', name: 'Bianca', library: 'DCL' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'AUN' };
const PRIYA: Prov = { id: 'priya-c', name: 'Priya', library: 'CLB' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'LWPL' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'AUN' };
const GEMMA: Prov = { id: 'gemma', name: 'Gemma', library: 'AML' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'AUN' };
const XAVI: Prov = { id: 'xavi', name: 'Xavi', library: 'AUN' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'AUN' };
const KAI: Prov = { id: 'kai', name: 'kai_pinewood', library: 'PWPL' };

export const sixtyFirstRoundTravel: SessionCase[] = [
  s(LORNA, '01 Schengen visa on an Indian passport (NJ, H-1B): queue line, "which country most nights?", France-Visas + "book … with VFS Global at visa.vfsglobal.com/…"', [
    [0, 'p', 'hi, I have an Indian passport and live in NJ on H1B, need a schengen visa for france + italy in june. where do i even start'],
    queue(2),
    [31, 'l', "Good afternoon! You're chatting with Lorna, a reference librarian at Edison Public Library."],
    [38, 'l', 'Happy to help. Which country are you spending the most nights in? That decides which consulate handles it.'],
    [80, 'p', 'france 6 nights italy 4'],
    [86, 'l', "Then it's France. Let me pull up their page for New Jersey residents."],
    [170, 'l', 'France takes the application online at france-visas.gouv.fr (fill it in, then print the receipt). After that, book your biometrics appointment with VFS Global, France\'s contractor, at visa.vfsglobal.com/usa/en/fra; NJ residents go to the New York center. Bring your I-797 and your passport with the H-1B stamp.'],
    [176, 'l', 'Does that completely answer your question?'],
    [230, 'p', "yes that's all i needed, thank you so much!!"],
    [236, 'l', "You're very welcome. Thanks for using Ask a Librarian, and bon voyage!"],
  ], usual({ referral: 'pass' })),

  s(TOMAS, '02 IDP for Japan: "Hey there! Tomás here", "stop by any AAA branch office … aaa.com/…", no completeness question, "Enjoy Japan! Safe travels"', [
    [0, 'p', 'do I need an international drivers license to rent a car in japan? going in april'],
    [22, 'l', 'Hey there! Tomás here, librarian at Rio Vista Library 🙂'],
    [27, 'l', 'Is your license from a US state? Japan only accepts the 1949 Geneva permit, so it depends where your license is from.'],
    [70, 'p', 'yes california'],
    [77, 'l', 'Then yes, you need an International Driving Permit along with your CA license. In the US only AAA issues them: stop by any AAA branch office with two passport photos, your license and the $20 fee, or apply by mail. The application and the office finder are at aaa.com/vacation/idpf.html. Apply no more than 6 months before the trip.'],
    [130, 'p', 'ok cool thx'],
    [136, 'l', 'Anything else I can help you with?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Enjoy Japan! Safe travels ✈️'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  s(KIRA, '03 shots for Ghana: no question at all, CDC page, "call your county health department" (no contact), "thats everything"', [
    [0, 'p', 'What shots do I need for Ghana?'],
    [18, 'l', 'Hello, this is Kira with the Ask Us chat at Millbrook Library.'],
    [25, 'l', "The CDC lists the vaccines for each country on its Travelers' Health pages: wwwnc.cdc.gov/travel/destinations/traveler/none/ghana. Ghana requires proof of yellow fever vaccination for everyone 9 months and older, and the CDC also recommends hepatitis A, typhoid and malaria pills."],
    [31, 'l', 'Yellow fever shots are only given at registered clinics, so call your county health department and ask about their travel clinic.'],
    [37, 'l', 'Did that help?'],
    [90, 'p', 'yes thank u. is the yellow card the same as the vaccine card'],
    [97, 'l', "Yes, the 'yellow card' is the International Certificate of Vaccination (ICVP) that the clinic fills in when you get the shot. Keep it with your passport."],
    [140, 'p', 'got it thats everything'],
    [145, 'l', 'Great, take care and have a wonderful trip!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  s(BEATRIZ, '04 leche materna en el avión (Spanish): "Le saluda Beatriz", carry-on or checked?, tsa.gov, "¿Responde esto…?", "es todo"', [
    [0, 'p', 'hola, puedo llevar leche materna en el avion? voy a ver a mi mama en puerto rico y el bebe se queda con su papa'],
    [30, 'l', '¡Hola! Le saluda Beatriz, bibliotecaria de la Biblioteca Pública de Kissimmee.'],
    [36, 'l', '¿La leche va en el equipaje de mano o en la maleta documentada? ¿Y cuántas onzas, más o menos?'],
    [95, 'p', 'de mano, como 40 onzas con hielo'],
    [101, 'l', 'La TSA permite leche materna en cantidades mayores de 3.4 onzas en el equipaje de mano, aunque usted viaje sin el bebé, y también los paquetes de hielo. Sepárela del resto y avísele al oficial en el control. Está todo en tsa.gov/travel/special-procedures/traveling-children (hay versión en español).'],
    [107, 'l', '¿Responde esto a su pregunta?'],
    [150, 'p', 'si muchas gracias, es todo'],
    [156, 'l', '¡De nada! Gracias por escribirnos y buen viaje.'],
  ], usual()),

  s(GRANT, '05 bag lost by American (domestic): "hello?" in the queue, 95 s pickup, "one sec" then 150 s, DOT complaint URL', [
    [0, 'p', 'american lost my bag 4 days ago and nobody answers the phone. what are my rights here???'],
    queue(3, 3),
    [50, 'p', 'hello?'],
    [95, 'l', 'Hi, sorry for the wait — Grant here, librarian with AskAway.'],
    [100, 'l', 'Was it a domestic flight, and did you file a report at the airport before you left?'],
    [140, 'p', 'domestic DFW to ORD. yes i have a file ref number'],
    [146, 'l', 'ok let me look up what they owe you, one sec'],
    [296, 'l', "Thanks for waiting. Under the DOT's rules the airline has to refund your checked bag fee if a domestic bag is more than 12 hours late, and cover reasonable interim expenses. DOT's plain-language page is transportation.gov/lost-delayed-or-damaged-baggage. Send your receipts through American's baggage page, aa.com/baggage, with your file reference. If they don't respond, file a complaint with the DOT at transportation.gov/airconsumer/file-consumer-complaint."],
    [302, 'l', 'Is that what you needed?'],
    [350, 'p', 'yeah. thats all'],
    [356, 'l', 'Hope your bag turns up soon. Thanks for chatting with AskAway!'],
  ], usual({ pickup: 'fail', informed: 'fail', referral: 'pass' })),

  s(DESK2, '06 Ohio license after the REAL ID deadline: "Hi! Happy to help with that." under the screen name "Ask Desk 2" (no name), gold star, "all set"', [
    [0, 'p', 'Will my Ohio license still work to fly after the Real ID deadline?'],
    [20, 'l', 'Hi! Happy to help with that.'],
    [25, 'l', 'Do you know if your license has a star in the top right corner?'],
    [60, 'p', 'idk its in my car lol. hold on'],
    [140, 'p', "ok there's a gold star thing with a circle"],
    [146, 'l', "That gold star means it is REAL ID compliant, so you're fine to fly domestically. Without it you'd bring your passport instead. The BMV explains it at bmv.ohio.gov/dl-real-id.aspx."],
    [152, 'l', 'Does that help?'],
    [190, 'p', 'yes! all set, thank you'],
    [195, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ greeting: 'fail' })),

  s(MAEVE, '07 daughter to Cancún with one parent (follow-up by me): travel.state.gov, e-mail read back, "by tomorrow at noon", done in 20 h', [
    [0, 'p', "My ex and I share custody and I'm taking our daughter (8) to Cancun. Do I need a letter from him? We're flying."],
    [25, 'l', "Hi! I'm Maeve, a librarian at Brookfield Public Library. Let's figure this out."],
    [31, 'l', 'Is she a US citizen traveling on her own US passport?'],
    [70, 'p', 'yes she has a passport'],
    [76, 'l', "Give me a minute to check Mexico's current rules."],
    [160, 'l', "The State Department's Mexico page (travel.state.gov, search 'Mexico' > Entry, Exit and Visa Requirements) says a US-citizen minor flying with one parent doesn't need Mexico's SAM form, but the airline or Mexican immigration can still ask for a notarized consent letter from the other parent, so it's wise to carry one."],
    [166, 'l', 'Does that help so far?'],
    [200, 'p', 'yes. is there a sample letter somewhere? in english and spanish?'],
    [206, 'l', "There are several, but I'd rather find a good bilingual one than a random template. Can I e-mail you one? What's your e-mail address?"],
    [240, 'p', 'sure its jen.ocampo@example.com'],
    [246, 'l', "Got it: jen.ocampo@example.com. I'll send a bilingual sample letter by tomorrow at noon."],
    [252, 'l', 'Anything else I can help with today?'],
    [280, 'p', "no that's it, thanks!"],
    [285, 'l', 'Thank you for using Ask Us, and have a great trip!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  s(HOLLIS, '08 Vietnam e-visa: patron silent after the answer at 150, "Are you still there?" at 250, disconnect notice inviting back at 400', [
    [0, 'p', 'do americans need a visa for vietnam'],
    [20, 'l', 'Hello! Hollis from Ask a Librarian at Greenfield Library here.'],
    [26, 'l', 'How long are you staying, and is it for tourism?'],
    [60, 'p', '2 weeks, vacation'],
    [66, 'l', 'One moment while I check the current rules.'],
    [150, 'l', 'Yes, US citizens need a visa, but for a 2-week trip you can get an e-visa (up to 90 days) on the official portal, evisa.gov.vn. It takes about 3 business days. Watch out for look-alike sites that charge extra.'],
    [156, 'l', 'Did that answer your question?'],
    [250, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you may have been disconnected, so I'm going to close this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  s(NGOC, '09 PreCheck vs Global Entry: curt, ttp.dhs.gov, "Does that help you decide?", patron "k" last (no goodbye)', [
    [0, 'p', 'whats the difference between tsa precheck and global entry'],
    [15, 'l', 'Hi, Ngoc at the Ask Us desk, Lakeview Library.'],
    [19, 'l', 'Do you travel outside the US, or mostly domestic?'],
    [50, 'p', 'couple intl trips a year'],
    [55, 'l', 'Then Global Entry is likely the better deal: $120 for 5 years and it includes PreCheck. PreCheck alone is $78 and only covers US airport security. Compare them side by side at ttp.dhs.gov.'],
    [60, 'l', 'Does that help you decide?'],
    [85, 'p', 'k'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  s(FARAH, '10 three weeks in Japan: visa + ADHD meds answered, then "I\'ve got other stuff to do. You\'ll have to google the rest." (dismissal)', [
    [0, 'p', 'planning 3 weeks in japan. need to know about JR pass, visa, sim cards, and if i can bring my adhd meds'],
    [20, 'l', "Hi, I'm Farah, librarian at Ask Us Now."],
    [26, 'l', 'Are you a US citizen? That matters for the visa part.'],
    [60, 'p', 'yes'],
    [66, 'l', "US citizens don't need a visa for stays up to 90 days. For the ADHD meds, Japan bans some stimulants (Adderall isn't allowed); check the list on the US Embassy's page, jp.usembassy.gov/visas/ (Medications section)."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes! ok now jr pass, is it still worth it, and sim cards vs esim, and what about ryokans'],
    [118, 'l', "That's a lot of questions and I've got other stuff to do. You'll have to google the rest."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(ODALYS, '11 China business visa from Houston: visaforchina.cn appointment + consulate visa line, "several other patrons waiting … chat back in later"', [
    [0, 'p', "Hi! I need a Chinese visa for a business trip. Do I need an invitation letter, and where do I apply? I'm in Houston"],
    [24, 'l', 'Good morning, this is Odalys, a librarian at Harris Valley Library. Welcome!'],
    [30, 'l', 'Is it a single trip, and do you have a host company in China?'],
    [70, 'p', "single trip, yes the factory we're visiting"],
    [76, 'l', "For a business (M) visa you need an invitation letter from the Chinese company. Houston residents apply in person at the Chinese Visa Application Service Center, by appointment: make one at visaforchina.cn (choose Houston). The consulate general's visa line is 713-555-0141 if you have questions about the letter."],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes. also can you help me w my hotel booking and flights, and which vpn works there, and the currency'],
    [138, 'l', "I'd love to, but I have several other patrons waiting right now. Please chat back in later and we'll help with the rest!"],
    [150, 'p', 'ok np'],
    [156, 'l', 'Thanks so much, and have a great trip!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(PIET, '12 dual US/Brazilian boy with his grandparents: transfer notice + internal note, Ruth: "Both parents sign it at the Brazilian consulate" (URL)', [
    [0, 'p', 'my parents want to take my 12 yr old son to Brazil for the summer without me. what paperwork?'],
    [26, 'l', 'Hi! This is Piet, a librarian at Ask Us.'],
    [32, 'l', 'Does your son have Brazilian citizenship too, or only US?'],
    [75, 'p', 'he has both, my husband is brazilian'],
    [81, 'l', "That makes it trickier, and my colleague Ruth knows the Brazilian consulate rules well. I'm transferring you to her now, one moment."],
    [84, 'i', 'Ruth, dual US/BR minor traveling w/ grandparents, needs BR parental authorization. Can you take it? thx'],
    xfer(87, 'Ruth', 'ruth'),
    [150, 'l', "Hi, Ruth here, reference librarian. Because he is Brazilian, Brazil requires a travel authorization signed by both parents (Autorização de Viagem) when a minor travels without them. Both parents sign it at the Brazilian consulate; the Miami consulate's page has the form and the appointment link: gov.br/mre/pt-br/consulado-miami (Serviços > Autorização de viagem para menor).", as(RUTH)],
    [156, 'l', 'Does that answer your question?', as(RUTH)],
    [200, 'p', 'yes perfect, thank you both'],
    [205, 'l', 'Anything else?', as(RUTH)],
    [220, 'p', 'no'],
    [225, 'l', 'Thank you, boa viagem!', as(RUTH)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  s(CYRUS, '13 IDP on an Indian license: internal note only (silent transfer), June: "apply to the Regional Transport Office in India" (no contact)', [
    [0, 'p', 'I have an indian drivers license and a US green card. can I get an international driving permit here for my italy trip?'],
    [30, 'l', 'Hello, Cyrus here with Ask a Librarian.'],
    [36, 'l', 'Do you also have a US state license, or only the Indian one?'],
    [80, 'p', 'only indian'],
    [84, 'i', "June, can you grab this? IDP w/ foreign license, I'm about to go off shift"],
    xfer(88, 'June', 'june'),
    [160, 'l', "Hi! June here, librarian at Ask a Librarian. An IDP has to come from the country that issued your license, so AAA can't issue one for an Indian license (AAA's IDP page says so: aaa.com/vacation/idpf.html). You'd apply to the Regional Transport Office in India that issued your license.", as(JUNE)],
    [166, 'l', 'Does that help?', as(JUNE)],
    [210, 'p', 'ugh ok. thanks'],
    [215, 'l', "You're welcome, thanks for chatting and good luck!", as(JUNE)],
  ], usual({ anything: 'fail', referral: 'fail', transfer: 'fail' })),

  s(ELLIS, '14 Lufthansa bag 3 weeks late: "Transferring now!" with no note, Manny 140 s later, Montreal Convention + claim form URL', [
    [0, 'p', "Lufthansa lost my suitcase on a flight from frankfurt to boston 3 weeks ago. they keep saying 'still searching'. what can i claim?"],
    [22, 'l', "Hi there, you've reached Ellis at Ask Us, Norwood Library."],
    [28, 'l', 'Was it declared lost, or still listed as delayed? And do you have the property irregularity report number?'],
    [70, 'p', 'still delayed. yes i have the PIR'],
    [76, 'l', "I'm going to hand you to Manny, who works on consumer questions a lot. Transferring now!"],
    xfer(80, 'Manny', 'manny'),
    [216, 'l', "Hello, this is Manny from Ask Us. On international flights the Montreal Convention applies: after 21 days a delayed bag counts as lost, and you can claim up to about 1,288 SDR (roughly $1,700). File your claim with Lufthansa on its form at lufthansa.com/us/en/baggage-claim. The DOT's guide is at transportation.gov/lost-delayed-or-damaged-baggage.", as(MANNY)],
    [222, 'l', 'Is that what you needed?', as(MANNY)],
    [280, 'p', 'yes, ok thats all i needed'],
    [286, 'l', 'Thanks for your patience, and good luck with the claim!', as(MANNY)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  s(ANA, '15 true Lost Call: Canada visa on a Mexican passport, greeting that is a hold, check-in at 190, "It seems you\'ve disconnected … come back anytime!" at 380', [
    [0, 'p', 'do i need a visa to go to canada from the US, i have a mexican passport'],
    [40, 'l', "Hi, I'm Ana, a librarian with Ask Us. Reading your question now, one moment."],
    [190, 'l', 'Are you still there?'],
    [380, 'l', "It seems you've disconnected, so I'll end this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(DORIAN, '16 ID for a 16-year-old on a domestic flight: answered, patron "ok" and leaves, coded Lost Call after three patron lines', [
    [0, 'p', 'does my 16 year old need an ID to fly domestic? she doesnt have a license'],
    [20, 'l', 'Hi, this is Dorian at Ask a Librarian, Westgate Library.'],
    [25, 'l', 'Is she flying with you or by herself?'],
    [60, 'p', 'with me'],
    [66, 'l', "TSA doesn't require ID for travelers under 18 flying domestically with an adult. See tsa.gov/travel/security-screening/identification (scroll to 'Children'). Some airlines ask for a birth certificate for lap infants, but not at her age."],
    [72, 'l', 'Did that help?'],
    [100, 'p', 'ok'],
    left(104),
    [110, 'l', 'Thanks for stopping by!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(NOBODY, '17 lost passport abroad: no provider ever joined, "hello??", the patron leaves, code null', [
    [0, 'p', 'how do i report a lost passport while abroad? im in lisbon and fly home friday'],
    queue(2, 5),
    [150, 'p', 'hello??'],
    left(320),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  s(TRAINER, '18 practice chat (travel script): coded Practice, every check na', [
    [0, 'p', 'test test - tsa liquids?'],
    [8, 'l', 'Hi, Training Account here. 3-1-1 rule: tsa.gov. Did that help?'],
    [20, 'p', 'ok end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(SAOIRSE, '19 eTA for a green card holder flying to Toronto: four sessions open at once (concurrency fails)', [
    [0, 'p', 'Im a green card holder flying to Toronto, do I need an eTA?'],
    [25, 'l', 'Hi, Saoirse here, a librarian with Ask Us Maryland.'],
    [30, 'l', 'Are you flying in, or driving across the border?'],
    [60, 'p', 'flying'],
    [66, 'l', "Since April 2022 US permanent residents don't need an eTA. Bring your valid passport and your green card to check-in. IRCC's page: canada.ca/en/immigration-refugees-citizenship/services/visit-canada/eta.html"],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', "great thank you, that's everything"],
    [115, 'l', 'Thanks for chatting, have a good flight!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('s1', 'saoirse', -300, 400), other('s2', 'saoirse', -60, 250), other('s3', 'saoirse', 40, 700)],
  }),

  s(WES, '20 CPAP as a carry-on (Southwest): others ending exactly at the start and starting exactly at the end, three at most, "nothing else"', [
    [0, 'p', 'can i take my cpap machine as a carry on? does it count as my personal item'],
    [18, 'l', 'Hello! Wes, librarian at Bayshore Library, here.'],
    [24, 'l', 'Which airline are you flying?'],
    [55, 'p', 'southwest'],
    [61, 'l', "TSA allows CPAPs in carry-on (tsa.gov, search 'CPAP' on the What Can I Bring? page), and under the Air Carrier Access Act a medical device doesn't count toward your carry-on limit. Southwest says so on its extra-help page, southwest.com/help/extra-help."],
    [67, 'l', 'Did that help?'],
    [100, 'p', 'yes thanks. nothing else'],
    [105, 'l', 'Great, thanks for chatting and safe travels!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wes', -500, 0), other('w2', 'wes', -100, 300), other('w3', 'wes', 30, 800), other('w4', 'wes', 110, 900)],
  }),

  s(BIANCA, '21 Kenya eTA + shots on a Jamaican passport: "I\'ll e-mail you by tomorrow morning", e-mail read back, coded Answered (pending)', [
    [0, 'p', 'Im a Jamaican citizen living in Atlanta and going to Kenya for a wedding. do I need a visa and any vaccines??'],
    [28, 'l', 'Hi! Bianca from the Ask Us chat at Decatur County Library. Congrats on the wedding trip!'],
    [34, 'l', 'When do you leave? Some of this takes a few weeks.'],
    [70, 'p', 'march 20'],
    [76, 'l', 'Let me check both, one moment.'],
    [170, 'l', "Kenya now uses an Electronic Travel Authorization for nearly everyone, applied for at etakenya.go.ke at least 3 days before travel. For vaccines, the CDC's Kenya page lists them: wwwnc.cdc.gov/travel/destinations/traveler/none/kenya."],
    [176, 'l', 'Is this what you were looking for?'],
    [220, 'p', 'yes but is the yellow fever one required if im coming from the US?'],
    [226, 'l', "The sources disagree on that, so I'd like to check Kenya's embassy page and send you a clear answer. I'll e-mail you by tomorrow morning. What's your e-mail?"],
    [260, 'p', 'kemar.b@example.com'],
    [266, 'l', 'Thanks, kemar.b@example.com. Talk soon!'],
    [280, 'p', 'thank you!!'],
    [285, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  s(LEON, '22 travel shots on Medicaid (follow-up by patron\'s library): e-mail only in patron.email, no time, not done by day 5', [
    [0, 'p', 'Does any clinic around here do typhoid and hep A shots for travel that take Medicaid? Live in Jackson County'],
    [30, 'l', 'Hello, this is Leon, librarian at Ask Us.'],
    [36, 'l', 'Is it for an adult or a child?'],
    [70, 'p', 'me, adult'],
    [76, 'l', 'One sec, checking.'],
    [180, 'l', "I can't find a list that shows which travel clinics take Medicaid. The CDC's clinic finder, wwwnc.cdc.gov/travel/page/find-clinic, lists travel clinics but not insurance. Your home library, Jackson County Library, has a health information librarian who can call around for you. Someone from your library will e-mail you at the address on your library account."],
    [186, 'l', 'Does that help for now?'],
    [220, 'p', 'ok thanks'],
    [226, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'dmarsh@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  s(PRIYA, '23 11-year-old flying alone from BWI (follow-up by me): partial result that says the search goes on, phone read back, "by Friday", done after 90 h', [
    [0, 'p', 'my 11 yr old is flying alone to see her dad in Denver this summer. which airlines allow that and what do they charge?'],
    [22, 'l', 'Good afternoon! Priya here, librarian at Ask Us, Clarksburg Library.'],
    [28, 'l', 'Is it a nonstop flight? Most airlines only take unaccompanied kids on nonstops at her age.'],
    [60, 'p', 'from BWI, yes nonstop if possible'],
    [66, 'l', 'Let me look at a few airlines.'],
    [160, 'l', "Southwest's unaccompanied minor rules and fee are at southwest.com/help/family/unaccompanied-minors ($150 each way), and United's at united.com/unaccompanied-minors. I'm still checking Frontier and American."],
    [166, 'p', 'can you just call me with the rest? i have to pick up my son. 410-555-0187'],
    [172, 'l', "Sure: 410-555-0187. I'll call you with the full comparison by Friday."],
    [178, 'l', 'Anything else for today?'],
    [190, 'p', 'no thx'],
    [195, 'l', 'Thank you, bye for now!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(RAFAEL, '24 newborn\'s passport at the library (follow-up by me): "stop by at 400 Park Avenue or book at …", e-mail read back with no time, done in 30 h', [
    [0, 'p', 'can I get a passport for my newborn at the library? and do both parents have to come?'],
    [25, 'l', 'Hi! This is Rafael, a librarian at Linwood Public Library.'],
    [31, 'l', 'Was the baby born in the US, and will both parents be able to come in?'],
    [75, 'p', 'yes born at hopkins. dad works nights so maybe not'],
    [81, 'l', "Under 16, both parents must appear with the baby, or the parent who can't come signs a Statement of Consent, Form DS-3053. The form and the list of documents are at travel.state.gov (Passports > Under 16). Our Main Library's Passport Office takes applications by appointment: stop by at 400 Park Avenue or book at linwoodlibrary.org/passports."],
    [87, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes. do u know if the notary at the library is free? can u find out and email me? lmartinez@example.com'],
    [136, 'l', "Sure, I'll ask our notary team and e-mail you at lmartinez@example.com."],
    [142, 'l', 'Anything else I can help with?'],
    [160, 'p', 'nope thats all'],
    [165, 'l', 'Thanks for chatting, and congrats on the baby!'],
  ], usual({ contact: 'fail', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  s(TOBY, '25 complaint letter after a cancelled flight (follow-up by me): "get back to you with a couple of titles", no contact anywhere', [
    [0, 'p', 'is there a book or template for writing a complaint letter to an airline? they cancelled my flight and i missed a funeral'],
    [30, 'l', "Hi, Toby here, librarian at Ask Us. I'm so sorry about the funeral."],
    [36, 'l', 'Are you looking for a refund, compensation, or mainly to complain?'],
    [80, 'p', 'refund for the hotel i had to pay for'],
    [86, 'l', "The DOT's dashboard shows what each airline has promised to cover after a cancellation: transportation.gov/airconsumer/airline-customer-service-dashboard. The Consumer Action Handbook has a sample complaint letter at usa.gov/complaint-letter."],
    [92, 'l', 'Did that help?'],
    [130, 'p', "yes. i also want to know if there's a consumer law book you have"],
    [136, 'l', 'Let me look into that later and get back to you with a couple of titles.'],
    [170, 'p', 'ok thank you'],
    [175, 'l', "You're welcome, take care."],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  s(GEMMA, '26 niece (14) to Niagara Falls by car: holds at 76/180/285, answer at 380, patron "thats everything" last (no goodbye)', [
    [0, 'p', "Driving to Niagara Falls Canada with my niece (14) for a weekend. What does she need at the border? Her mom isn't coming"],
    [24, 'l', 'Hi there! Gemma with Ask Us at Amherst Library.'],
    [30, 'l', 'Is she a US citizen, and does she have a passport or passport card?'],
    [70, 'p', 'US citizen, only a birth certificate'],
    [76, 'l', 'Let me check CBP and the Canadian side, give me a minute.'],
    [180, 'l', 'Still looking — the Canadian page is a bit buried. Thanks for your patience.'],
    [285, 'l', 'Nearly there, confirming one detail about the letter.'],
    [380, 'l', "Here's what I found. US citizens under 16 can come back into the US by land with a birth certificate (CBP: cbp.gov/travel/us-citizens/western-hemisphere-travel-initiative). Canada asks for a consent letter from her parents when she travels with another adult; Canada's page has a sample: travel.gc.ca/travelling/children/consent-letter."],
    [386, 'l', 'Is that what you needed?'],
    [440, 'p', 'yes perfect, thats everything. thank you!'],
  ], usual({ courteous: 'fail' })),

  s(IMANI, '27 early MMR for an 8-month-old going to France: "Hi there!" + "This is Imani …", "Sure, take your time." then 230 s away', [
    [0, 'p', "my baby is 8 months and we're going to France. does she need the measles shot early?"],
    [19, 'l', 'Hi there!'],
    [23, 'l', "This is Imani, a librarian at Ask Us Maryland. Do you know what vaccines she's had so far?"],
    [60, 'p', 'let me check her shot card, one sec'],
    [66, 'l', 'Sure, take your time.'],
    [296, 'p', 'ok she had her 6 month ones, no MMR'],
    [302, 'l', "Thanks. The CDC recommends an early MMR dose for babies 6 to 11 months old before any international travel: see cdc.gov/measles/travel (For Travelers). She'd still get the usual two doses later."],
    [308, 'l', 'Does that help?'],
    [340, 'p', 'yes thanks that was all'],
    [345, 'l', "You're welcome! Thanks for chatting, safe trip!"],
  ], usual()),

  s(XAVI, '28 insulin pens and a pump through TSA: source before "Is your flight international?", TSA Cares by phone, goodbye 140 s after the answer', [
    [0, 'p', 'flying next week with insulin pens + a pump. do i need a doctors note for tsa?'],
    [26, 'l', "Hello, you're chatting with Xavi, a librarian at Ask Us."],
    [32, 'l', "TSA doesn't require a doctor's note: insulin, pens, pumps and supplies are allowed in carry-on after screening; tell the officer you have them. Details: tsa.gov/travel/special-procedures (Diabetes). If you'd like help at the checkpoint, call TSA Cares at 855-787-2227 at least 72 hours before the flight."],
    [38, 'l', 'Is your flight international? Some countries want a note anyway.'],
    [70, 'p', 'no just domestic'],
    [76, 'l', "Then you're fine without one. Does that cover it?"],
    [216, 'l', 'Thanks for chatting, safe flight!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail', referral: 'pass' })),

  s(ZOE, '29 passport card for a closed-loop Bermuda cruise: pickedUpAt 30 s, first line at 190 (160 s after pickup), "no more questions"', [
    [0, 'p', 'is a passport card enough for a cruise to bermuda'],
    [190, 'l', 'Hi, Zoe here, librarian with Ask Us — sorry for the delay!'],
    [196, 'l', 'Is it a closed-loop cruise, leaving from and returning to the same US port?'],
    [230, 'p', 'yes from baltimore'],
    [236, 'l', "Then yes: on a closed-loop cruise US citizens can use a passport card, or even a birth certificate plus photo ID. CBP explains it at cbp.gov/travel/us-citizens/western-hemisphere-travel-initiative. The cruise line can still ask for a passport book, so look at their travel documents page. And if you ever had to fly home from Bermuda, the card won't work for the flight."],
    [242, 'l', 'Does that answer your question?'],
    [280, 'p', 'yes thank you! no more questions'],
    [285, 'l', 'Thanks for using Ask Us. Have a wonderful cruise!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(30) }),

  s(KAI, '30 vape on a plane (chat-speak): "hey! Kai from ask a librarian @ Pinewood PL", no source, "double check w ur airline" (no contact), "np, safe travels! bye"', [
    [0, 'p', 'can u bring a vape on a plane'],
    [12, 'l', 'hey! Kai from ask a librarian @ Pinewood PL 👋'],
    [16, 'l', 'carry on or checked?'],
    [30, 'p', 'carry on, its a disposable'],
    [34, 'l', 'carry on is fine, checked is a no (battery). u cant use it onboard tho. rules change by airline so double check w ur airline b4 u go'],
    [40, 'l', 'that help?'],
    [60, 'p', 'ya thx'],
    [63, 'l', 'np, safe travels! bye'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundTravel.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "book your biometrics appointment with VFS Global, France\'s contractor, at visa.vfsglobal.com/usa/en/fra; NJ residents go to the New York center" tells the patron to book with and go to (visit) an organisation outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a URL.',
  [byNo('02')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "In the US only AAA issues them: stop by any AAA branch office …"). The same message gives AAA\'s own URL for the application and the office finder ("The application and the office finder are at aaa.com/vacation/idpf.html"): the only party, AAA (its branch offices), comes with a URL (RUBRIC referral.contact: "every party … comes with a way to reach them (e-mail, phone, postal address or URL)").',
  [byNo('04')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "Sepárela del resto y avísele al oficial en el control."). "Tell the officer at the checkpoint" is a step of the screening the patron goes through anyway, not telling the patron to call, write to, ask or visit a person or organisation about the need (RUBRIC Terms, Referral); the only other thing named, tsa.gov/…, is a web page to use (a source).',
  [byNo('12')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 7 (Ruth, after the transfer): "Both parents sign it at the Brazilian consulate; the Miami consulate\'s page has the form and the appointment link: gov.br/mre/pt-br/consulado-miami" tells the parents to go to (visit) a consulate (RUBRIC Terms, Referral: "another agency … office"), reached by a URL.',
};

describe('sixty-first round: travel, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundTravel.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundTravel.filter((c) => c.name in LEFT_WHY));
});
