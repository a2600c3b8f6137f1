/**
 * Eighty-eighth round, theme ICE CREAM SHOPS, CREAMERIES AND DAIRY FARMS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: the farm creameries (a weekend on the Maryland Ice Cream Trail from
 * Bel Air, Keyes Creamery's winter hours, a farm near Gaithersburg where children can see cows in Spanish, a farm creamery
 * near Westminster for a mother with a walker partly in Spanish, Woodbourne Creamery, a dairy where a nine-year-old can milk
 * a cow near Berlin, bottled milk from a local dairy in Easton, the dairy barn at the state fair), running one (selling
 * home-made pints at the Frederick farmers market, an ice cream truck in Baltimore County, books in Spanish on opening a
 * heladería, a small goat dairy near Rising Sun), making it (a Cuisinart and a cookbook, icy home-made ice cream, ice cream
 * in a bag for a second-grade dairy unit, gelato or ice cream, dairy-free ice cream for a child with a milk allergy, raw
 * milk from a farm near Hagerstown, butter and cheese from one's own cows) and history (Hendler's "Velvet Kind" and its
 * trucks, Jacob Fussell's first ice cream factory, the old dairy at College Park, Carroll County's lost dairy farms for a
 * 4-H newsletter, dairy photos for a Queen Anne's ag class, a great-grandparents' dairy near Taneytown, a 2005 News-Post
 * article on South Mountain Creamery, Broom's Bloom Dairy for a fourth-grade report, the farms under Columbia, a 1950s
 * dairy plant in Hagerstown). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (labels copied aside to /tmp/s76/icecream-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-24 s in most; exactly 60 s (03: pass); 61 s after the patron's second line "the one in aberdeen md" at 34
 *   (04: fail); `pickedUpAt` at 40 s with the first visible line at 75 s (06: pass on the recorded pickup); 70 s after
 *   "hello??" (22: fail); no provider ever, only the queue's system line (23: fail);
 *  greeting: name and library in one line (01, 03, 09, 10, 13, 14, 18, 20, 27, 28), the service and "a librarian" (07,
 *   19, 22, 29, 30), "Thanks for contacting Carroll County Public Library — I'm Keisha" (08), "Hi, and happy birthday! I'm
 *   Isabel" (11), Spanish "¡Hola, buenas tardes! Soy Lucía, bibliotecaria de …" (02) and "¡Hola! Bienvenida a Pregunte al
 *   Bibliotecario. Soy Adriana …" (26), bilingual "¡Hola! Hi, this is Ramón …" (16), the greeting in the first line and the
 *   name in the second (17); "Marco, Enoch Pratt Free Library." then a question, no greeting word (05: fail); "Hi there,
 *   great question! 🍨" then a question, no one named (12: fail); na with no provider (23) and Practice (24);
 *  keep_informed: holds of exactly 120 s and 120 s, the second "Still searching — … I'm checking which ones mention
 *   Fussell." (06: pass); "give me a minute" answered 121 s later (07: fail); an internal note inside a 60 s hold (08); the
 *   patron's own 151 s away after a provider question (08: waiting on the patron); a transfer announcement answered 50 s
 *   later (29); a transfer with no announcement, the patron's line answered 55 s later across an internal note and the
 *   transfer (30); patrons' last lines unanswered (13, 14, 15, 16); na (21-24);
 *  clarify: the restatement "So you're after read-alouds about dairy farms plus a hands-on ice cream activity …" (09);
 *   questions on home town and days, ages, kitchen, day of the visit, company or drivers, number of sources, years,
 *   county or state numbers, cream base, allergens, selling or family, weekend, store or farm, project and years, how made,
 *   age and distance, road and names, recipes or business, month and section, grade and due date, reading or records,
 *   job or street; the answer straight after the greeting (10: fail); the question inside the first message that gives a
 *   source (11: fail); no source ever and a question before the advice (12: pass);
 *  source: marylandsbest.net, keyescreamery.com, southmountaincreamery.com, rockhillorchard.com, chesapeakebayfarms.com,
 *   health.maryland.gov, agriculture.pa.gov, baltimorecountymd.gov, marylandtaxes.gov, thebmi.org, ProQuest Historical
 *   Newspapers through prattlibrary.org, chroniclingamerica.loc.gov, dining.umd.edu, digital.lib.umd.edu, nass.usda.gov
 *   with the steps, sciencebuddies.org, foodallergy.org, msa.maryland.gov, digitalmaryland.org, ecfr.gov (21 CFR 135.110),
 *   Ancestry Library Edition, NewsBank, sba.gov/es, bbdairy.com, hchsmd.org, whilbr.org, library catalogues (aacpl.net,
 *   bcpl.info, hclibrary.org, cecilcountylibrary.org, montgomerycountymd.gov/library), named books (From Cow to Ice Cream,
 *   The Milk Makers, Jeni's Splendid Ice Creams at Home, The Perfect Scoop, Storey's Guide to Raising Dairy Goats, New City
 *   Upon a Hill, Funderburg's and Weiss's ice cream histories, The Oxford Companion to Sugar and Sweets), phone and e-mail
 *   contacts of referrals; not sources: advice from memory and "Penn State's Ice Cream Short Course" named with no way to
 *   reach it (12: fail), "the Yelp app" (13, beside a URL);
 *  completeness: "Does that give you what you need to plan it?", "¿Es lo que buscaba?", "Does that cover the three you
 *   need?", "Is that the sort of thing you had in mind?", "Does that settle the argument?" (19), "Would that work for his
 *   visit?" (20), "¿Le sirve?", "Did that answer it?", "In the meantime, did the NewsBank search help at all?", in the
 *   answer's own message (04, 14, 16, 17, 18, 20, 29, 30); "Hope that helps!" (12: fail); the offer "Would it help if I
 *   looked up which shops in Hyattsville list dairy-free flavors …?" (13: fail);
 *  anything else: asked by the provider (01, 04, 07, 17, 30); the patron's "no more questions", "eso es todo", "that's all I
 *   needed", "that's everything i needed", "that's all i wanted to know", "thats all i needed", "yeah thanks, that's all",
 *   "that's all for now", "that's all we need"; near misses "wow ok" (14), "ok will do, thanks" (15), "oh ok" (16), "let
 *   me know if there's anything else you need!" in the goodbye (18: fail), none in idle endings (19, 20);
 *  dismissal: "your time is up for this session. Goodbye." (14: fail, courteous passes on the goodbye); "There are several
 *   other patrons waiting … please log back on later" (15: allowed, pass); "Lo siento, solo puedo responder una pregunta
 *   por sesión. Adiós." (16: fail);
 *  courteous: goodbyes in English and Spanish; the last two provider lines an answer and an offer, the patron's "bye" last
 *   (13: fail); an answer and "If I don't hear from you soon, I'll end this session." (20: fail);
 *  final idle: a goodbye 119 s after the answer, the session ending 300 s after it (17: na); a goodbye exactly 120 s after
 *   with no check-in (18: fail); "Are you still there?" then a notice that thanks, exactly 180 s after (19: both pass); a
 *   notice that asks nothing and thanks no one, 240 s to `endedAt` (20: idle fails, notice passes); a goodbye notice 28 s
 *   after the greeting (21: na); a check-in and "Seems we've lost you, so I'm going to close this chat. Thanks …" 190 s
 *   after the greeting (22: both pass); the patron's last line the last visible one (13, 14, 15, 16);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 150 s to 200 s (08: four, fail); a transfer: the first provider's two others overlap her part
 *   (three) and two more start at and after the transfer, the receiver's three others end at the transfer and two overlap
 *   her part (29: pass over the parts each handled);
 *  codes: Answered; null (16: fail); no code field with no provider (23: na); Lost Call with one patron line (21: pass)
 *   and with two (22: fail); Practice (24: all na); a promise coded Answered (28: fail); Follow-up by me with the e-mail
 *   only in `patron.email` (27: pass, a contact is known);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Monday afternoon", a session on Friday 6 March 16:00 EST and the
 *   follow-up at 16:45 EDT on Monday 9 March, 71 h 42 min later across the change to summer time (25: pass); FU_LIB in
 *   Spanish, e-mail typed and read back, "en un plazo de 72 horas", not recorded, `now` exactly three days after `startedAt`
 *   (26: pending); FU_ME, "e-mail it to the address on your library account by tomorrow", recorded 80 h after the end (27:
 *   contact and on_time fail); "I'll send it over once I've dug it out of the archive", coded Answered, not recorded at
 *   day 4 (28: code, contact and on_time fail);
 *  referrals: the Frederick County Health Department by phone and UMD Extension's specialists by e-mail in one message (03:
 *   pass); the own library's Children's Department by phone (09: pass); three parties in one message, the Extension office
 *   by phone, the Maryland Dairy Goat Association with no way, the Office of Food Protection by postal address (15: fail);
 *   not referrals: the Baltimore Museum of Industry's online collections (05), agency web pages (10, 14), a colleague asked
 *   on the patron's behalf (08), a branch librarian to write to the patron (26), the Historical Society's photo site (29);
 *  transfers: the announcement and a note saying why, both before (29: pass); a note and the transfer but no word to the
 *   patron (30: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 40 s, pass, though the first visible line came at 75 s (06);
 * - "Marco, Enoch Pratt Free Library." identifies but greets no one; "Hi there, great question! 🍨" greets but no one is
 *   named in the first two provider lines (05, 12: fail); "Hi, and happy birthday! I'm Isabel …" greets (11);
 * - "Still searching — … I'm checking which ones mention Fussell." gives a partial result and says the search goes on: a
 *   hold (06); two spans of exactly 120 s are not longer than 120 s (06: pass); "give me a minute" is a hold (07);
 * - the patron's lines before pickup (04, 22) and the wait before pickup belong to approachability.pickup alone;
 * - a question in the same message as the first source is not "before the first message that gives a source" (11: fail);
 *   with no source ever given, the cream-base question counts (12: pass);
 * - "Penn State's Ice Cream Short Course" is an organisation's course named without a way to reach it: no source (12);
 *   advice from memory is no source (12: fail), so completeness applies and "Hope that helps!", which asks nothing, fails;
 * - "Does that settle the argument?" (19) and "Would that work for his visit?" (20) ask whether the information given meets
 *   the need: pass; "Would it help if I looked up which shops …?" offers something not yet given (13: fail);
 * - "yeah thanks, that's all" (10), "that's all for now" (25), "that's all we need" (28), "eso es todo" (02, 26) and "nah
 *   i'll check yelp, thats all i needed" (13) say explicitly the patron is done; "wow ok", "ok will do, thanks", "oh ok" do
 *   not; "let me know if there's anything else you need!" invites but does not ask (18: fail);
 * - "your time is up for this session. Goodbye." tells the patron their time is up (14: fail) and "solo puedo responder una
 *   pregunta por sesión" that they reached a limit of questions (16: fail); both still say goodbye (courteous passes);
 * - a goodbye that does not ask whether the patron is there ends the final idle: 119 s (17: na) though `endedAt` is later;
 *   exactly 120 s applies (18: no check-in, fail) and exactly 180 s applies (19);
 * - "It looks like you've disconnected. If I don't hear from you soon, I'll end this session." tells both parts of the
 *   notice, asks nothing (no check-in) and thanks no one: announcing the end is not a goodbye (20: idle fails, notice
 *   passes, courteous fails); "Seems we've lost you, so I'm going to close this chat." says the patron seems disconnected
 *   and that the session will end (22);
 * - a greeting, a "Patron has left the chat." event and a goodbye notice: no substantive exchange (21); a greeting, a
 *   check-in and a notice after the patron's two lines: none either (22: code fails, two patron lines);
 * - a code field left out (undefined) means the source has no codes (23: na);
 * - "La bibliotecaria de Wheaton le escribirá en un plazo de 72 horas" promises that someone from the patron's library will
 *   write and when (26: contact passes); she is not told to contact the branch, so no referral;
 * - "I'll pull the article from the microfilm and e-mail it to the address on your library account by tomorrow": the
 *   e-mail is only in `patron.email`, never given or repeated in the chat (27: contact fails; the code passes because a
 *   contact is known in the patron fields);
 * - "I'll send it over once I've dug it out of the archive" says no when (28: contact fails though the e-mail is read back);
 * - a follow-up at "2026-03-09T16:45:00-04:00" is 71 h 42 min after an end at 16:02:41-05:00 on 6 March, real elapsed time
 *   across the change to summer time on 8 March (25: pass);
 * - a website an agency or museum publishes (thebmi.org, health.maryland.gov, baltimorecountymd.gov, marylandtaxes.gov,
 *   hchsmd.org) is a source, not a referral (05, 10, 14, 29); a colleague consulted on the patron's behalf is not (08); the
 *   own library's Children's Department to call is (09); "talk with the Maryland Dairy Goat Association" is a referral to a
 *   party with no way to reach it (15: fail);
 * - concurrency in a transferred session: the first provider judged over 0-66 s, the receiver over 66-171 s, each as an
 *   open interval (29: the others ending or starting exactly at 66 s fall outside the other part).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/icecream-labels.ts). First run as labelled / disagreeing: 27 / 3 (13, 15, 18); no case scored differently
 * once redacted and no check "could not be evaluated" (the three LEFT cases checked both ways too). Label corrections:
 * none (each disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message
 * numbers 0-based as in the scorer's evidence: the need question "Is it only milk your kid needs to avoid, or nuts too?"
 * read as the completeness question and its own message as the first answer, 13; the second of three parties, "the
 * Maryland Dairy Goat Association", with no way to reach it, not read as a referral, 15; "let me know if there's anything
 * else you need!" read as the anything-else question, 18).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** `lines` moved `base` seconds later (a session on another day than T0's). */
const later = (base: number, lines: Line[]): Line[] => lines.map(([t, w, x, e]): Line => (e ? [t + base, w, x, e] : [t + base, w, x]));
/** Friday 6 March 2026, 16:00 EST: two days before the change to summer time. */
const FRI_1600 = 4 * 24 * HOUR + 6 * HOUR;

const DANA: Prov = { id: 'dana-ic', name: 'Dana', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-ic', name: 'Lucía', library: 'MCPL' };
const GRANT: Prov = { id: 'grant-ic', name: 'Grant', library: 'FCPL-MD' };
const PRIYA: Prov = { id: 'priya-ic', name: 'Priya', library: 'AUN' };
const MARCO: Prov = { id: 'marco-ic', name: 'Marco', library: 'EPFL' };
const NOOR: Prov = { id: 'noor-ic', name: 'Noor', library: 'BCPL' };
const TERRENCE: Prov = { id: 'terrence-ic', name: 'Terrence', library: 'AUN' };
const KEISHA: Prov = { id: 'keisha-ic', name: 'Keisha', library: 'CCPL-MD' };
const OWEN: Prov = { id: 'owen-ic', name: 'Owen', library: 'AACPL' };
const FARAH: Prov = { id: 'farah-ic', name: 'Farah', library: 'WCFL' };
const ISABEL: Prov = { id: 'isabel-ic', name: 'Isabel', library: 'HCLS' };
const JUNE: Prov = { id: 'june-ic', name: 'June', library: 'SMCL' };
const DEV: Prov = { id: 'dev-ic', name: 'Dev', library: 'PGCMLS' };
const HAROLD: Prov = { id: 'harold-ic', name: 'Harold', library: 'BCPL' };
const MEI: Prov = { id: 'mei-ic', name: 'Mei', library: 'CCPL-CE' };
const RAMON: Prov = { id: 'ramon-ic', name: 'Ramón', library: 'AUN' };
const TESS: Prov = { id: 'tess-ic', name: 'Tess', library: 'TCFL' };
const CALVIN: Prov = { id: 'calvin-ic', name: 'Calvin', library: 'QACL' };
const BEATRIZ: Prov = { id: 'beatriz-ic', name: 'Beatriz', library: 'AUN' };
const SAM: Prov = { id: 'sam-ic', name: 'Sam', library: 'WOCL' };
const NINA: Prov = { id: 'nina-ic', name: 'Nina', library: 'KCPL-MD' };
const OMAR: Prov = { id: 'omar-ic', name: 'Omar', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-ic', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-ic', name: 'Trainee 4', library: 'TRN' };
const ELEANOR: Prov = { id: 'eleanor-ic', name: 'Eleanor', library: 'CCPL-MD' };
const ADRIANA: Prov = { id: 'adriana-ic', name: 'Adriana', library: 'MCPL' };
const FELIX: Prov = { id: 'felix-ic', name: 'Felix', library: 'FCPL-MD' };
const GWEN: Prov = { id: 'gwen-ic', name: 'Gwen', library: 'HCPL-MD' };
const LEON: Prov = { id: 'leon-ic', name: 'Leon', library: 'AUN' };
const KAREN: Prov = { id: 'karen-ic', name: 'Karen', library: 'HCLS' };
const ZARA: Prov = { id: 'zara-ic', name: 'Zara', library: 'AUN' };
const WALT: Prov = { id: 'walt-ic', name: 'Walt', library: 'WCFL' };

const s = session;

export const ICECREAM: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(DANA, '01 a weekend on the Ice Cream Trail from Bel Air: where from and how long, marylandsbest.net, anything else asked, touching ends (three at most)', [
    [0, 'p', 'hi! we want to do the maryland ice cream trail this summer with the kids. is there a map or list of the farms somewhere?'],
    [22, 'l', "Hi there! I'm Dana, a librarian at Harford County Public Library — happy to help with this one."],
    [28, 'l', 'Are you hoping to do the whole trail, or just the farms within a couple of hours of home? And where would you be starting from?'],
    [70, 'p', 'bel air. probably just a weekend, 2 days max'],
    [81, 'l', "The Maryland Department of Agriculture puts out the trail map every year: go to marylandsbest.net and choose Ice Cream Trail for the list of farm creameries with addresses and hours. From Bel Air, Broom's Bloom Dairy and Keyes Creamery are both right in Harford County, and Kilby Cream in Rising Sun is an easy drive, so one weekend could cover the northeast end of the trail nicely."],
    [88, 'l', 'Does that give you what you need to plan it?'],
    [125, 'p', 'yes!! thats exactly what i needed, thank you'],
    [131, 'l', 'Great! Is there anything else I can help you with today?'],
    [150, 'p', "nope that's it"],
    [156, 'l', 'Have a delicious trip, and thanks for using Ask a Librarian! 🍦'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'dana-ic', -300, 0), other('d2', 'dana-ic', 50, 400), other('d3', 'dana-ic', 100, 130), other('d4', 'dana-ic', 161, 900)],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 una granja lechera para ver vacas cerca de Gaithersburg (Spanish): ages asked, southmountaincreamery.com + marylandsbest.net, "eso es todo"', [
    [0, 'p', 'hola, buenas. Quiero llevar a mis hijos a ver vacas en una granja, cerca de Gaithersburg. Conocen alguna que se pueda visitar?'],
    [19, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [25, 'l', '¿Qué edad tienen sus hijos? ¿Les interesa solo ver las vacas, o también probar helado hecho en la granja?'],
    [60, 'p', '5 y 8 años. y si hay helado mejor jaja'],
    [72, 'l', 'Entonces South Mountain Creamery, en Middletown (condado de Frederick), es perfecta: por la tarde los niños pueden darles el biberón a los terneros, y venden helado de la granja. Los horarios están en southmountaincreamery.com. La lista del Ice Cream Trail de Maryland, en marylandsbest.net, tiene otras granjas lecheras con heladería.'],
    [78, 'l', '¿Es lo que buscaba?'],
    [110, 'p', 'si perfecto!! eso es todo, muchas gracias'],
    [116, 'l', '¡Con mucho gusto! Que disfruten la visita. Gracias por escribirnos.'],
  ], usual()),

  // 03 pickup at exactly 60 s; two referrals with contacts in one message
  s(GRANT, '03 selling home-made pints at the Frederick farmers market: pickup at exactly 60 s, health.maryland.gov, the county health department by phone + Extension by e-mail', [
    [0, 'p', 'I make ice cream at home and want to sell pints at the farmers market in Frederick. What license do I need?'],
    [60, 'l', "Good morning, thanks for contacting Ask a Librarian! My name is Grant and I'm a librarian at Frederick County Public Libraries."],
    [66, 'l', 'Would you be making it in your home kitchen, or renting time in a commercial kitchen?'],
    [100, 'p', 'home kitchen for now'],
    [110, 'l', "Maryland's cottage food rules don't cover ice cream or other dairy that has to be kept cold, so you'd need a licensed kitchen. The Maryland Department of Health licenses food processors; its licensing page is at health.maryland.gov (search 'food processor license'). For the Frederick County side, call the Frederick County Health Department's Environmental Health office at 301-555-0183, and the University of Maryland Extension's food business specialists can walk you through the steps too: e-mail them at foodbiz@example.edu."],
    [116, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes, very helpful. no more questions'],
    [156, 'l', 'Best of luck with the pints, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s after a second patron line
  s(PRIYA, '04 Keyes Creamery in the winter: "the one in aberdeen md" at 34, pickup at 61 s, the day asked, keyescreamery.com, anything else asked', [
    [0, 'p', 'is keyes creamery open in the winter'],
    [34, 'p', 'the one in aberdeen md'],
    [61, 'l', "Hi, thanks for waiting! Priya here with AskUsNow!, Maryland's library chat."],
    [67, 'l', 'Which day are you thinking of going?'],
    [95, 'p', 'this saturday'],
    [103, 'l', 'Their website, keyescreamery.com, lists the winter hours and posts weather closings on the home page; right now it shows the farm store open on Saturdays from noon to 8. Did that help?'],
    [130, 'p', 'yep ty'],
    [135, 'l', 'Anything else I can look up for you?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Enjoy your Saturday treat! Bye for now.'],
  ], usual({ pickup: 'fail' })),

  // 05 no greeting word in the first two provider lines; a museum's website is a source
  s(MARCO, '05 Hendler\'s "Velvet Kind" and its trucks: "Marco, Enoch Pratt Free Library." (no greeting), thebmi.org + ProQuest, "that\'s all I needed"', [
    [0, 'p', "Looking for the history of Hendler's ice cream in Baltimore. My grandfather drove a truck for them in the 40s."],
    [17, 'l', 'Marco, Enoch Pratt Free Library.'],
    [23, 'l', "Are you after the company's history in general, or records about the drivers and other employees?"],
    [60, 'p', 'mostly the company, but if there are photos of the trucks that would be amazing'],
    [70, 'l', "The Baltimore Museum of Industry holds a Hendler's collection, photographs of the delivery fleet included; its online collections are searchable at thebmi.org. For the company itself, search 'Hendler' in the Baltimore Sun historical archive (ProQuest Historical Newspapers, free with your Pratt card at prattlibrary.org > Research > Databases). Hendler's, 'The Velvet Kind', was one of the city's biggest ice cream makers for the first half of the century, so the Sun covered it often."],
    [76, 'l', 'Is that the sort of thing you had in mind?'],
    [110, 'p', "yes perfect, I'll look at the BMI site tonight. that's all I needed, thanks"],
    [116, 'l', "You're welcome — thanks for writing in, and good luck with the search!"],
  ], usual({ greeting: 'fail' })),

  // 06 pickedUpAt 40 (first line 75); two holds of exactly 120 s
  s(NOOR, '06 Jacob Fussell\'s ice cream factory for a paper: pickedUpAt 40 (first line 75), holds at 117 and 237, answer at 357, Chronicling America + two books', [
    [0, 'p', "hi i need sources for a paper on jacob fussell, the baltimore milk dealer who started the first ice cream factory. it's for my history class"],
    [75, 'l', "Good morning! Sorry for the short delay — I'm Noor, a librarian with Baltimore County Public Library."],
    [81, 'l', 'How many sources do you need, and do any of them have to be primary sources?'],
    [110, 'p', '3 sources, at least one primary'],
    [117, 'l', 'Let me look in a couple of places for a primary source — one moment.'],
    [237, 'l', "Still searching — Chronicling America has some 1850s papers, and I'm checking which ones mention Fussell."],
    [357, 'l', "Here's what I found. For your primary source, Chronicling America (chroniclingamerica.loc.gov) has 1850s newspapers with Fussell's ice cream advertisements: search 'Fussell ice cream' for 1851-1860. For secondary sources, Anne Cooper Funderburg's 'Chocolate, Strawberry, and Vanilla: A History of American Ice Cream' has a section on Fussell and is in our catalog at bcpl.info, and Laura B. Weiss's 'Ice Cream: A Global History' covers him too; you can request it through the same catalog."],
    [363, 'l', 'Does that cover the three you need?'],
    [400, 'p', "yes that's great, that's everything i needed"],
    [406, 'l', 'Good luck on the paper, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 07 a hold answered 121 s later
  s(TERRENCE, '07 the old dairy at College Park: "give me a minute" at 62, the answer at 183 (121 s), dining.umd.edu + digital.lib.umd.edu', [
    [0, 'p', 'does umd college park still make their own ice cream? my dad says he worked at the dairy there in the 70s'],
    [20, 'l', "Hello! Welcome to AskUsNow! — I'm Terrence, a librarian answering for Maryland libraries."],
    [26, 'l', 'Do you want to know where to get it today, or about the history of the campus dairy your dad worked at?'],
    [55, 'p', 'both lol. mostly history'],
    [62, 'l', "I'll check what the university archives have — give me a minute."],
    [183, 'l', "Sorry that took a bit! UMD Dining still sells ice cream made to the university's own recipes at The Maryland Dairy; locations and hours are at dining.umd.edu. For the history, the University Archives' digital collections (search 'dairy' at digital.lib.umd.edu) have photos of the old campus dairy plant and the dairy science program."],
    [189, 'l', 'Does that help with both parts?'],
    [220, 'p', "yes! sending him the photos now"],
    [226, 'l', 'Glad to hear it. Anything else today?'],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Thanks for chatting — say hi to your dad!'],
  ], usual({ informed: 'fail' })),

  // 08 four chats at once; a colleague consulted; the patron away 151 s
  s(KEISHA, '08 Carroll County\'s lost dairy farms for a 4-H newsletter: the patron away 151 s, a hold with an internal note, nass.usda.gov steps, four chats at once', [
    [0, 'p', "Hi, I'm writing a piece for our 4-H newsletter about how many dairy farms Carroll County has lost. Where would I find numbers?"],
    [18, 'l', "Hi! Thanks for contacting Carroll County Public Library — I'm Keisha, one of the reference librarians."],
    [24, 'l', 'How far back would you like to go, and do you need county-level numbers, or would statewide ones do?'],
    [175, 'p', 'sorry, was on the phone! county level, back to the 80s if possible'],
    [180, 'l', 'No problem! Let me pull that up — one moment.'],
    [184, 'i', 'Maria, do we still have the old ag census volumes in the Carroll Room, or is it all online now?'],
    [240, 'l', "The USDA Census of Agriculture has county tables going back to 1982: at nass.usda.gov, go to Publications > Census of Agriculture, pick a census year, then Maryland > County Level Data, and look for the milk cow rows in the cattle table (farms with milk cows, and number of cows). I also checked with a colleague, and our printed census volumes only repeat what's online for those years, so the website is your best bet."],
    [246, 'l', 'Does that give you what you need for the article?'],
    [280, 'p', "yes! that's everything, thank you so much"],
    [286, 'l', "You're very welcome. Good luck with the newsletter, and thanks for chatting!"],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'keisha-ic', -60, 200), other('k2', 'keisha-ic', 30, 300), other('k3', 'keisha-ic', 150, 500)],
  }),

  // 09 plain good with a restatement; the own library's department by phone
  s(OWEN, '09 a second-grade dairy unit ending in ice cream in a bag: the restatement, two books + sciencebuddies.org, the Children\'s Department by phone', [
    [0, 'p', "Hi there, I'm a 2nd grade teacher in Glen Burnie and I want to do a dairy unit that ends with making ice cream. Any books or activities?"],
    [21, 'l', "Hello and welcome to Ask AACPL! I'm Owen, a children's librarian at Anne Arundel County Public Library."],
    [27, 'l', "So you're after read-alouds about dairy farms plus a hands-on ice cream activity for 7- and 8-year-olds. About how many kids, and do any of them have milk allergies?"],
    [65, 'p', '22 kids, one has a dairy allergy so I need a plan for her too'],
    [76, 'l', "For read-alouds, 'From Cow to Ice Cream' by Bertram T. Knight and Gail Gibbons's 'The Milk Makers' are both in our catalog at aacpl.net. Science Buddies has step-by-step 'ice cream in a bag' instructions (sciencebuddies.org, search 'ice cream in a bag'), and the same method works with oat or coconut milk for your student with the allergy. Our Children's Department at Glen Burnie Regional can pull a classroom set of farm books for you: call them at 410-555-0127."],
    [83, 'l', 'Does that cover what you need for the unit?'],
    [120, 'p', "This is perfect, thank you! That's all I needed."],
    [126, 'l', 'Have fun with the unit — thanks for reaching out, and come back anytime!'],
  ], usual({ referral: 'pass' })),

  // 10 the answer straight after the greeting
  s(FARAH, '10 raw milk from a farm near Hagerstown: the law and health.maryland.gov at once (no question), then agriculture.pa.gov, "yeah thanks, that\'s all"', [
    [0, 'p', 'can i buy raw milk straight from a dairy farm in maryland? theres a farm near hagerstown'],
    [17, 'l', 'Hi, welcome to Ask a Librarian! This is Farah at Washington County Free Library.'],
    [23, 'l', "Maryland law doesn't allow raw milk to be sold for people to drink: farms may only sell pasteurized milk. The Maryland Department of Health's milk control page explains the rules (health.maryland.gov, search 'milk control'). Some farms sell raw milk labelled 'for pet use only', but it can't legally be sold for people."],
    [29, 'l', 'Is that the information you were looking for?'],
    [60, 'p', 'ugh ok. so what about across the line in PA?'],
    [68, 'l', "Pennsylvania does let licensed farms sell raw milk, and its Department of Agriculture keeps the list of permitted raw milk dairies at agriculture.pa.gov (search 'raw milk permits'). Did that help?"],
    [95, 'p', "yeah thanks, that's all"],
    [100, 'l', "You're welcome! Thanks for using Ask a Librarian, take care."],
  ], usual({ clarify: 'fail' })),

  // 11 the question inside the first message that gives a source
  s(ISABEL, '11 a cookbook for a new Cuisinart: Jeni\'s + The Perfect Scoop and "would you like dairy-free recipes too?" in the same message (no question before)', [
    [0, 'p', 'looking for a good ice cream cookbook, just got a Cuisinart ice cream maker for my birthday 🎉'],
    [20, 'l', "Hi, and happy birthday! I'm Isabel, a librarian with Howard County Library System."],
    [26, 'l', "A favorite is 'Jeni's Splendid Ice Creams at Home' by Jeni Britton Bauer, and David Lebovitz's 'The Perfect Scoop' is a classic; both are in our catalog at hclibrary.org. Are you mostly after classic flavors, or would you like dairy-free recipes too?"],
    [60, 'p', 'classic! and maybe some sorbets'],
    [67, 'l', "Then 'The Perfect Scoop' is the one to start with — it has a whole chapter of sorbets and granitas. Is that what you had in mind?"],
    [95, 'p', 'yes placing a hold now, thats all i needed!'],
    [100, 'l', 'Enjoy the new machine, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 12 no one named; advice from memory only; "Hope that helps!"
  s(JUNE, '12 icy home-made ice cream: "Hi there, great question! 🍨" (no one named), the base asked, advice from memory + Penn State\'s course named, "Hope that helps!"', [
    [0, 'p', "why does my homemade ice cream turn rock hard and icy in the freezer after a day?? it's fine right out of the machine"],
    [24, 'l', 'Hi there, great question! 🍨'],
    [30, 'l', 'Are you making a custard base with egg yolks, or a simple cream-and-sugar base?'],
    [62, 'p', 'just cream milk sugar vanilla, no eggs'],
    [72, 'l', "That's the usual culprit. Without yolks there's less to keep the ice crystals small, so it freezes harder over time. A few things help: stir in a tablespoon or two of corn syrup or a splash of vodka to lower the freezing point, press plastic wrap right onto the surface before you put the lid on, and keep the tub at the back of the freezer instead of in the door, where the temperature swings. Letting it sit on the counter 10 minutes before scooping helps too. Penn State's Ice Cream Short Course is where a lot of the pros learn this stuff. Hope that helps!"],
    [110, 'p', "oh interesting, i'll try the corn syrup. that's all i wanted to know, thx"],
    [115, 'l', "You're welcome, happy churning! Thanks for chatting."],
  ], usual({ greeting: 'fail', source: 'fail', complete: 'fail' })),

  // 13 an offer instead of the completeness question; the patron leaves with the last word
  s(DEV, '13 dairy-free ice cream near Hyattsville for a child with a milk allergy: foodallergy.org + the Yelp app, an offer to look up shops, the patron\'s "bye" last', [
    [0, 'p', 'hey whats a good place for dairy free ice cream near hyattsville? my kid is allergic to milk'],
    [16, 'l', "Hello! Dev here, librarian at Prince George's County Memorial Library System."],
    [22, 'l', 'Is it only milk your kid needs to avoid, or nuts too? A lot of dairy-free ice cream is made with cashews.'],
    [50, 'p', 'just milk'],
    [58, 'l', "Good, then you have options. FARE, the food allergy organization, has a page on eating out with a milk allergy at foodallergy.org, including what to ask an ice cream shop about shared scoops. For shops near you, the Yelp app lets you filter for 'dairy-free', and many scoop shops now keep a separate dairy-free tub and scoop."],
    [64, 'l', 'Would it help if I looked up which shops in Hyattsville list dairy-free flavors on their menus?'],
    [100, 'p', "nah i'll check yelp, thats all i needed. bye"],
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 14 "your time is up"
  s(HAROLD, '14 an ice cream truck in Baltimore County, then a list: baltimorecountymd.gov + marylandtaxes.gov, "your time is up for this session. Goodbye."', [
    [0, 'p', 'i want to start an ice cream truck in baltimore county. what permits do i need'],
    [19, 'l', "Hi! You've reached Baltimore County Public Library's Ask a Librarian; I'm Harold."],
    [25, 'l', 'Would you be selling prepackaged novelties only, or scooping and serving on the truck?'],
    [60, 'p', 'prepackaged for now'],
    [70, 'l', "Baltimore County's Department of Health licenses mobile food vendors; the steps and the application form are on the county site at baltimorecountymd.gov (search 'mobile food service facility'). You'll also need a state sales and use tax license, and that application is online at marylandtaxes.gov. Did that answer it?"],
    [100, 'p', 'kinda. what about where i can park, can i sell near schools, how much insurance, how do i find a used truck, and how do i price stuff'],
    [108, 'l', "Those are all good questions, but we've been at this a while and your time is up for this session. Goodbye."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 the allowed "other patrons waiting"; three parties in one message, one with no way to reach it
  s(MEI, '15 a small goat dairy near Rising Sun: Storey\'s Guide, Extension by phone, the Dairy Goat Association (no way), MDH by post, "several other patrons waiting"', [
    [0, 'p', 'hi we have 5 acres near rising sun and want to start a small goat dairy, maybe make cheese and goat milk ice cream. where do i start'],
    [22, 'l', "Hello, welcome to Cecil County Public Library's chat! I'm Mei, a librarian here."],
    [28, 'l', 'Are you planning to sell what you make, or is it for your family at first?'],
    [58, 'p', 'family first, selling later maybe'],
    [66, 'l', "A good first step is Gail Damerow's 'Storey's Guide to Raising Dairy Goats', which is in our catalog at cecilcountylibrary.org. For local advice, call the University of Maryland Extension office in Cecil County at 410-555-0196, and talk with the Maryland Dairy Goat Association — their members mentor new goat keepers. If you later want to sell milk products, write to the Maryland Department of Health, Office of Food Protection, 201 West Preston Street, Baltimore, MD 21201 for the dairy permit rules."],
    [72, 'l', 'Does that give you a good starting point?'],
    [100, 'p', 'yes! ok also what breeds are best, how much hay per goat, do i need a vet to give shots, how do you pasteurize at home, and what about fencing'],
    [108, 'l', 'Those are great questions, and each one deserves some digging. There are several other patrons waiting for help right now, so please log back on later and we can take them one or two at a time. Thanks for chatting with us today!'],
    [125, 'p', 'ok will do, thanks'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 16 partly Spanish: one question per session; code null
  s(RAMON, '16 a farm creamery near Westminster for a mother with a walker (partly Spanish): rockhillorchard.com, "solo puedo responder una pregunta por sesión. Adiós.", code null', [
    [0, 'p', 'Hola, my mom wants to visit a farm where they make ice cream, cerca de Westminster. Alguna idea?'],
    [20, 'l', '¡Hola! Hi, this is Ramón, a librarian with AskUsNow!. Puedo ayudarle en español o en inglés.'],
    [26, 'l', '¿Van en fin de semana o entre semana? Some farm creameries close early on weekdays.'],
    [60, 'p', 'sábado'],
    [68, 'l', 'Perfecto. Woodbourne Creamery at Rock Hill Orchard, en Mount Airy, está a unos 25 minutos de Westminster y abre los sábados; los horarios están en rockhillorchard.com. La lista completa de granjas con heladería está en marylandsbest.net (Ice Cream Trail). ¿Le sirve?'],
    [100, 'p', 'si gracias! and also do you know if any dairy farm near there does tours for seniors? my mom uses a walker'],
    [106, 'l', 'Lo siento, solo puedo responder una pregunta por sesión. Adiós.'],
    [115, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 17 a goodbye 119 s after the answer; the session ends much later
  s(TESS, '17 bottled milk from a local dairy in Easton: greeting then name, marylandsbest.net steps + both questions, goodbye 119 s after, ended 300 s after the goodbye', [
    [0, 'p', 'is there any place in easton that sells milk from a local dairy? like in glass bottles'],
    [18, 'l', 'Good morning, and thanks for your question!'],
    [23, 'l', 'This is Tess at Talbot County Free Library. Are you looking for a store in town, or would you drive out to a farm?'],
    [55, 'p', 'either is fine'],
    [64, 'l', "Maryland's Best keeps a directory of farms that sell direct, dairies with bottled milk included: go to marylandsbest.net, then Find Local Products > Dairy. Several Eastern Shore farms on it deliver to stores in Easton. Does that answer your question, and is there anything else I can help you find?"],
    [183, 'l', 'Thanks for chatting with Talbot County Free Library — have a great day!'],
  ], usual(), { endAfter: 300 }),

  // 18 a goodbye exactly 120 s after the answer, no check-in
  s(CALVIN, '18 dairy farm photos for a Queen Anne\'s ag class: msa.maryland.gov + digitalmaryland.org, goodbye exactly 120 s after ("let me know if there\'s anything else")', [
    [0, 'p', 'hi, doing a project on the history of dairy farming in queen annes county. any old photos?'],
    [21, 'l', "Hello! I'm Calvin, a librarian at Queen Anne's County Library."],
    [27, 'l', "What's the project for, and roughly what years are you interested in?"],
    [70, 'p', 'high school ag class, anything before 1960'],
    [80, 'l', "The Maryland State Archives' Special Collections has farm photographs you can search by county at msa.maryland.gov, and Digital Maryland (digitalmaryland.org) has Eastern Shore dairy photos from the 1930s-50s: search 'dairy' together with 'Queen Anne's'. Is that the kind of thing you need?"],
    [200, 'l', "Thanks for chatting, and let me know if there's anything else you need!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 a check-in, then a notice that thanks, exactly 180 s after the answer
  s(BEATRIZ, '19 gelato or ice cream, a roommate argument: ecfr.gov + the Oxford Companion, "Does that settle the argument?", "Are you still there?" at 160, a thanking notice at 240', [
    [0, 'p', "what's the difference between gelato and ice cream? arguing w my roommate lol"],
    [19, 'l', "Hi! Welcome to AskUsNow! — I'm Beatriz, a librarian."],
    [25, 'l', 'Ha, happy to settle it! Do you want the legal definitions, or just how they are made differently?'],
    [52, 'p', 'how theyre made'],
    [60, 'l', "Gelato uses more milk and less cream than ice cream, usually few or no egg yolks, and it's churned more slowly, so it holds less air and feels denser; it's also served a little warmer. The Oxford Companion to Sugar and Sweets (in many Maryland library catalogs) has entries on both, and the FDA's definition of 'ice cream' is 21 CFR 135.110 at ecfr.gov. Does that settle the argument?"],
    [160, 'l', 'Are you still there?'],
    [240, 'l', "I haven't heard from you in a few minutes, so it looks like you've disconnected. I'm going to end this chat now — thanks for using AskUsNow!, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 a notice with no question and no thanks; 240 s to endedAt
  s(SAM, '20 a dairy where a 9-year-old can milk a cow near Berlin: chesapeakebayfarms.com, "Would that work for his visit?", "If I don\'t hear from you soon, I\'ll end this session." (240 s)', [
    [0, 'p', 'are there any dairy farms on the eastern shore that let you milk a cow? for my nephews visit'],
    [23, 'l', 'Hi there! Sam here, a librarian at Worcester County Library.'],
    [29, 'l', 'How old is your nephew, and how far are you willing to drive?'],
    [60, 'p', "he's 9, we're in berlin, an hour or so is fine"],
    [70, 'l', "Chesapeake Bay Farms right in Berlin is a working dairy with its own creamery, and they've run farm tours in the summer: check chesapeakebayfarms.com for tour dates. The Ice Cream Trail list at marylandsbest.net has a few more dairy farms within an hour, like Nice Farms Creamery in Federalsburg. Would that work for his visit?"],
    [190, 'l', "It looks like you've disconnected. If I don't hear from you soon, I'll end this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endAfter: 120 }),

  // 21 a short Lost Call: the patron left after the greeting
  s(NINA, '21 books on butter and cheese from one\'s own cows (Lost Call): greeting, "Patron has left the chat." at 40, a goodbye notice inviting back at 52', [
    [0, 'p', 'does the library have any books on making butter and cheese from our own cows milk'],
    [24, 'l', 'Hello, this is Nina at Kent County Public Library — thanks for reaching out!'],
    left(40),
    [52, 'l', "It looks like you've left the chat. Feel free to start a new one anytime and we'll be glad to help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 a Lost Call after two patron lines; pickup at 70 s; check-in and notice 190 s after the greeting
  s(OMAR, '22 the Ice Cream Trail passport (Lost Call after two patron lines): "hello??" at 45, pickup at 70 s, "Are you still there?" at 200, a notice with thanks at 260', [
    [0, 'p', 'where can i find the maryland ice cream trail passport'],
    [45, 'p', 'hello??'],
    [70, 'l', "Hi, sorry for the wait! I'm Omar, a librarian with AskUsNow!."],
    [200, 'l', 'Are you still there?'],
    [260, 'l', "Seems we've lost you, so I'm going to close this chat. Thanks for contacting AskUsNow! — come back anytime."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 no provider ever joined; no code field
  s(QUEUE, '23 the dairy barn at the state fair: no provider ever joined, "?", "never mind, found it", patron left, no code field', [
    [0, 'p', 'hi is the dairy barn at the state fair open year round or just during the fair?'],
    [2, 's', 'Thanks for using Ask a Librarian! A librarian will be with you shortly.'],
    [95, 'p', '?'],
    [140, 'p', 'never mind, found it on their website'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (Ice Cream Trail FAQ): coded Practice, every check na', [
    [0, 'p', 'test - practice chat for the ice cream trail FAQ'],
    [10, 'l', 'Practice: the Ice Cream Trail list is at marylandsbest.net'],
    [22, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 FU_ME across the change to summer time
  s(ELEANOR, '25 a great-grandparents\' dairy near Taneytown (Fri 6 Mar 16:00 EST): digitalmaryland.org + Ancestry, e-mail read back, "by Monday afternoon", done Mon 16:45 EDT', later(FRI_1600, [
    [0, 'p', 'Hi, my great-grandparents ran a dairy farm outside Taneytown, the Lippy farm, in the 1920s-40s. Is there anything at the library about it?'],
    [20, 'l', "Good afternoon! I'm Eleanor, a librarian at Carroll County Public Library. What a great family history question."],
    [26, 'l', "Do you know the road the farm was on, or your great-grandparents' first names? That helps with the old directories."],
    [70, 'p', 'Harney Road I think. Ervin and Mabel Lippy'],
    [80, 'l', "Thanks! Two places to start right away: Digital Maryland (digitalmaryland.org) has Carroll County farm photos you can search by family name, and the 1930 and 1940 censuses on Ancestry Library Edition (free at any of our branches; library.carr.org > Research) will show the farm and the household. Our Carroll Room also has a dairy farm vertical file and old farm directories that aren't online. I can go through those and e-mail you scans — what's the best address?"],
    [115, 'p', "that would be amazing! it's lippy.family@example.com"],
    [121, 'l', "Got it: lippy.family@example.com. I'll send whatever I find by Monday afternoon. In the meantime, does that help get you started?"],
    [150, 'p', "yes! already searching it. thank you, that's all for now"],
    [156, 'l', "You're welcome! Thanks for chatting, and talk to you Monday."],
  ]), usual({ contact: 'pass', onTime: 'pass' }), {
    ...FU_ME, startedAt: at(FRI_1600), followUps: [{ doneAt: '2026-03-09T16:45:00-04:00' }],
  }, { now: T0 + 10 * DAY }),

  // 26 FU_LIB in Spanish, pending with now three days after startedAt
  s(ADRIANA, '26 libros en español para abrir una heladería (Spanish): sba.gov/es, e-mail read back, "en un plazo de 72 horas", not recorded, now = T0 + 3 days (pending)', [
    [0, 'p', 'Buenas, busco libros en español sobre cómo abrir una heladería o paletería. Quiero abrir un negocio en Wheaton'],
    [21, 'l', '¡Hola! Bienvenida a Pregunte al Bibliotecario. Soy Adriana, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [27, 'l', '¿Busca recetas y producción de helado, o más bien la parte del negocio: permisos, costos, plan de negocios?'],
    [65, 'p', 'la parte del negocio más que nada'],
    [75, 'l', 'La Administración de Pequeñas Empresas (SBA) tiene una guía en español para planear un negocio, paso a paso, en sba.gov/es. En nuestro catálogo (montgomerycountymd.gov/library) hay pocos libros en español sobre heladerías; la bibliotecaria de la colección en español de la sucursal de Wheaton puede buscar en otras bibliotecas y mandarle una lista. ¿A qué correo se la enviamos?'],
    [110, 'p', 'mi correo es rosa.heladeria@example.com'],
    [117, 'l', 'Gracias: rosa.heladeria@example.com. La bibliotecaria de Wheaton le escribirá en un plazo de 72 horas con la lista. Mientras tanto, ¿le sirve la guía de la SBA?'],
    [150, 'p', 'sí, muy útil. eso es todo, gracias!!'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte con la heladería.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 3 * DAY }),

  // 27 FU_ME, the e-mail only in patron.email; recorded 80 h after the end
  s(FELIX, '27 a 2005 News-Post article on South Mountain Creamery: NewsBank, "e-mail it to the address on your library account by tomorrow", FU_ME, recorded at 80 h', [
    [0, 'p', "Hi, I'm looking for a Frederick News-Post article from around 2005 about South Mountain Creamery starting home milk delivery. Can you find it?"],
    [19, 'l', 'Hi! Felix here, a librarian at Frederick County Public Libraries.'],
    [25, 'l', 'Do you remember anything else about it — the month, or whether it ran in the business section?'],
    [60, 'p', 'spring, maybe april? business section i think'],
    [66, 'l', 'Let me search the News-Post archive — one moment.'],
    [150, 'l', "I'm seeing a few candidates in NewsBank's Frederick News-Post archive (free with your library card at fcpl.org > Research > Newspapers), but the full text of the 2005 issues is only on our microfilm. I'll pull the article from the microfilm and e-mail it to the address on your library account by tomorrow."],
    [160, 'p', 'perfect, thanks!'],
    [165, 'l', 'In the meantime, did the NewsBank search help at all?'],
    [190, 'p', "yes, I found a follow-up story from 2006 in there! that's all I needed"],
    [195, 'l', 'Great — thanks for chatting, and watch your inbox!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'mwinters@example.net', phone: null }, followUps: [{ doneAt: at(200 + 80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 28 a promise with no time, coded Answered; not recorded at day 4
  s(GWEN, '28 Broom\'s Bloom Dairy for a 4th-grade report: bbdairy.com, e-mail read back, "I\'ll send it over once I\'ve dug it out", coded Answered, not recorded at day 4', [
    [0, 'p', "hi! my son has a school report on a local farm and picked broom's bloom dairy in bel air. do you have anything on its history?"],
    [17, 'l', "Hi there, welcome to Ask a Librarian! I'm Gwen at Harford County Public Library."],
    [23, 'l', 'What grade is he in, and when is the report due?'],
    [55, 'p', '4th grade, due next friday'],
    [63, 'l', "For a 4th grader, the farm's own 'Our Story' page at bbdairy.com is a good start: it tells how the family dairy farm became a creamery. Our local history guide at hcplonline.org > Research > Harford County History lists more. There's also an Aegis article about the creamery opening that I can pull from our archive and e-mail to you — what's the best address?"],
    [90, 'p', 'jen.m@example.org'],
    [96, 'l', "Thanks, jen.m@example.org — I'll send it over once I've dug it out of the archive. Does the farm's page help for now?"],
    [120, 'p', "yes thank you so much! that's all we need"],
    [125, 'l', "You're welcome — thanks for chatting, and good luck to your son on the report!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 29 a transfer with an announcement and a note; concurrency over the parts each provider handled
  s(LEON, '29 the dairy farms under Columbia: "I\'m going to transfer you to her — one moment", a note why, Karen, New City Upon a Hill + hchsmd.org; others at the transfer time', [
    [0, 'p', 'Hi, I read that Columbia was built on old dairy farms. Is there anything about which farms, and what happened to them?'],
    [19, 'l', "Hello! I'm Leon, a librarian with AskUsNow!, Maryland's statewide library chat."],
    [25, 'l', 'Are you looking for something to read on it, or for specific records like the land sales?'],
    [55, 'p', 'mostly something to read, with names of the farms if possible'],
    [62, 'l', "A librarian from Howard County Library System is online and knows their local history collection well, so I'm going to transfer you to her — one moment, please."],
    [64, 'i', 'Karen, patron wants the dairy farms Rouse bought up for Columbia: farm names + reading. HCLS local history. Can you take it?'],
    xfer(66, 'Karen', 'karen-ic'),
    [112, 'l', 'Hi, this is Karen at Howard County Library System — glad to help!', as(KAREN)],
    [120, 'l', "Joseph Rocco Mitchell and David L. Stebenne's 'New City Upon a Hill: A History of Columbia, Maryland' covers the land purchases farm by farm, and it's in our catalog at hclibrary.org. The Howard County Historical Society's photo collection (hchsmd.org) has pictures of several of the farms. Does this completely answer your question?", as(KAREN)],
    [160, 'p', 'yes, that is great. thats all i needed'],
    [166, 'l', 'Thanks for chatting with us, and enjoy the reading!', as(KAREN)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('le1', 'leon-ic', -100, 300), other('le2', 'leon-ic', 10, 500), other('le3', 'leon-ic', 66, 600), other('le4', 'leon-ic', 90, 400),
      other('ka1', 'karen-ic', -400, 66), other('ka2', 'karen-ic', -50, 66), other('ka3', 'karen-ic', 0, 66),
      other('ka4', 'karen-ic', 100, 700), other('ka5', 'karen-ic', 20, 150),
    ],
  }),

  // 30 a transfer with a note but no word to the patron
  s(ZARA, '30 a 1950s dairy plant in Hagerstown: a note and the transfer with no word to the patron, Walt, the city directory + whilbr.org, anything else asked', [
    [0, 'p', 'my grandpa worked at a dairy plant in hagerstown in the 1950s, near the railroad. trying to find out what it was called'],
    [22, 'l', 'Hi, thanks for contacting AskUsNow! This is Zara, a librarian.'],
    [28, 'l', 'Do you know what he did there, or what street it was on?'],
    [60, 'p', 'drove a milk truck i think. no idea on the street'],
    [64, 'i', 'Walt, can you take this? Hagerstown dairy plant, 1950s, near the railroad, grandpa drove a milk truck. Needs the WCFL city directories.'],
    xfer(68, 'Walt', 'walt-ic'),
    [115, 'l', "Hello, Walt at Washington County Free Library here. I hear you're tracking down a 1950s dairy in Hagerstown!", as(WALT)],
    [121, 'l', "Do you know your grandpa's full name? The city directories list each person's employer next to the name.", as(WALT)],
    [150, 'p', 'Harold Baker'],
    [158, 'l', 'Let me check the 1955 directory — one moment.', as(WALT)],
    [240, 'l', "Found him: the 1955 Hagerstown city directory lists a Harold E. Baker, 'driver', at a creamery on the railroad side of town. The directories are digitized in Western Maryland's Historical Library at whilbr.org, and the plant should show on the 1950 Sanborn map there too. Is that what you were looking for?", as(WALT)],
    [280, 'p', "YES that's it!! grandma will be thrilled. thank you"],
    [286, 'l', 'Anything else I can help with today?', as(WALT)],
    [305, 'p', 'nope thats all'],
    [310, 'l', 'Great, thanks for chatting, and say hi to your grandma!', as(WALT)],
  ], usual({ transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ICECREAM.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('13')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", message 2); inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", message 4). Message 2, "Is it only milk your kid needs to avoid, or nuts too? A lot of dairy-free ice cream is made with cashews.", gives no source or answer: it asks about the need (the allergens), before the first message that gives a source (message 4, foodallergy.org), so inquiry.clarify passes; it does not ask whether information already given meets the need, and the only provider question after message 4 is the offer "Would it help if I looked up which shops in Hyattsville list dairy-free flavors on their menus?" (message 5), a question about something not yet given, which RUBRIC.md says does not count: completeness fails.',
  [byNo('15')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", message 4). Message 4 refers the patron to three parties: "call the University of Maryland Extension office in Cecil County at 410-555-0196" (phone), "talk with the Maryland Dairy Goat Association — their members mentor new goat keepers" (no e-mail, phone, postal address or URL anywhere in the chat) and "write to the Maryland Department of Health, Office of Food Protection, 201 West Preston Street …" (postal address). Telling the patron to talk with an organisation is telling them to contact it (a referral, Terms), and RUBRIC.md passes only when every party referred to comes with a way to reach them: one does not, so it fails.',
  [byNo('18')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else", message 5). Message 5: "Thanks for chatting, and let me know if there\'s anything else you need!" An invitation in a goodbye, not a question: the provider never asks whether the patron needs anything else (READINGS TAKEN), and the patron never says on their own that they are done (their last line, message 3, answers the clarifying question), so RUBRIC.md gives fail.',
};

describe('eighty-eighth round: ice cream shops, creameries and dairy farms, checked', () => {
  describeSessions('whole sessions', ICECREAM.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ICECREAM.filter((c) => c.name in LEFT_WHY));
});
