/**
 * Seventy-fourth round, theme COFFEE, TEA AND CAFÉS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: brewing (pour-over ratio, matcha without a whisk, French press mud, descaling an
 * espresso machine at a shift's end, oolong in a practice chat), roasting (a garage roaster selling at markets, a 1920s
 * family roastery in the archives), caffeine and health (tea in pregnancy, decaf solvents, cold brew at a chain, chamomile
 * at night, reflux, a 14-year-old's iced coffees, mate for a mother with high blood pressure in Spanish, espresso or drip),
 * opening a café (a permit in Silver Spring in Spanish, a coffee-cart business plan, a bubble tea shop, a start-up budget, foot
 * traffic in Hampden, books on a small café in Spanish, a library espresso machine to borrow), tea history and ceremonies
 * (chanoyu for a 7th-grade report, the Boston Tea Party in 1773 newspapers, masala chai, café de olla for a Spanish class,
 * demonstrations near Annapolis, a book club kit for a tea novel, tea plants in zone 7b) and fair trade (certifying a small
 * roaster's bags). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/s72/coffee-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup with "Good morning, welcome to Ask Us Now! My name is Nora …" (01); pickup at exactly 60 s (03:
 *   pass) and at 61 s (04: fail); `pickedUpAt` recorded at 58 s with the first visible line at 72 s (05: pass); "Hi there! 😊"
 *   then a question, the name only in the third line (22: fail); Spanish "¡Hola, buenos días! Habla Rocío, bibliotecaria …"
 *   (02), "¡Hola! Soy Lucía …" after a transfer (11), "Bienvenido a Ask Us Now, le atiende Raquel, bibliotecaria." (16), "Le
 *   saluda Sol, bibliotecaria …" (28); chat-speak "hey there — Hal, librarian with Ask Us Now 👋" (14); "Hello, and thanks for
 *   contacting Anne Arundel County Public Library! I'm Talia." (29); a queue line and no provider ever (19);
 *  inquiry: brewer, bags or bottled, straight or latte, grade and length, shopper or business, solvent or caffeine, loan or own
 *   planning, home or chain, newspapers or letters, county, time and grind, class or curiosity, plain or blend, reflux brands
 *   or medicine, City or County, planning or location, water hardness, pots or ground, guidelines or studies, people or
 *   competitors, years and street, home library, watch or class, class subject and deadline in Spanish; a source straight
 *   after the greeting with no question (30: fail); a clarifying question and no source ever (17: pass);
 *  waits: holds of 114 s and exactly 120 s with a partial-result hold between (06: pass); "hang on" answered 121 s later (07:
 *   fail); "take your time" then the patron back 250 s later (08: waiting on the patron); "hello?? anyone there" 80 s into a
 *   130 s wait (09: fail, the patron's second line does not restart it); a transfer notice answered by the receiver 62 and 64 s
 *   later (10, 11); a silent transfer, the receiver 95 s after the patron (12); a partial result that says the search goes on
 *   in Spanish (28);
 *  endings: a true Lost Call in Spanish, "¿Sigue en línea?" then "Parece que se desconectó, así que voy a cerrar esta sesión.
 *   ¡Vuelva …!" (16: final idle 310 s); a Lost Call with two patron lines, a check-in, the patron_left event and "It looks like
 *   you've left the chat, so I'll end this session now …" (17: 190 s); final idles of exactly 180 s with a check-in at +120
 *   and a notice that invites back (13), 179 s with a check-in and "I'll close this out for now. Thanks … come back anytime!"
 *   (14: notice na), 344 s running to `endedAt` after "It looks like we may have lost the connection." (15: notice fails,
 *   courteous fails), exactly 120 s after an answer that followed a hold, no check-in (07: fail), 119 s (05: na); "You're
 *   welcome! 😊" as the last line (03: courteous fails); the patron's "thats all i needed. bye!" after an offer of more (24:
 *   courteous fails); "Sorry, there's a limit of one question per chat session, and you've reached it. Goodbye." (20:
 *   dismissal fails, courteous passes); "I have several other patrons waiting … please chat back in later" (21: allowed); "My
 *   shift is ending … If you start a new chat, the next librarian on duty can help you" (22: a way back, passes); patron-side
 *   "that's everything", "thats all i needed", "es todo lo que necesitaba", "es todo", "nope thats it", "that's all for now",
 *   and "yes! perfect", "omg a jar, genius. yes", "yes thx", "took long enough. yes", "nah" that do not count;
 *  sources: books in the catalogue (Hoffmann, Cheadle and Kilby, Okakura on gutenberg.org, Entrepreneur Press, Parks and
 *   Hartley through ILL, Carrillo Arronte), Britannica School and Gale databases reached from the library's Research page,
 *   sca.coffee, fdc.nal.usda.gov, medlineplus.gov (English and Spanish), ecfr.gov, fairtradecertified.org, fairtradeamerica.org,
 *   sba.gov, starbucks.com, masshist.org, health.maryland.gov, seriouseats.com, smithsonianmag.com, health.baltimorecity.gov,
 *   breville.com, healthychildren.org, data.census.gov, chroniclingamerica.loc.gov, cecilcountylibrary.org, jaswdc.org; none
 *   (17); only "the Mayo Clinic says the same" (15: an organisation without a way to reach it, fail);
 *  referrals: a county licensing office by phone in Spanish (02); a partner team by e-mail (06); a small business center by URL
 *   (08); a county permitting department by phone (12); "talk to the University of Maryland Extension office for your county"
 *   with no contact (23: fail); the library's own Business Center by street address (25: pass); not referrals: a transfer
 *   (10, 11, 12), "I asked our consumer health librarian" (24), "I'll ask your library's book club staff … they'll give you a
 *   call" (27), agency web pages to use (20, 24);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (26: pass); FU_LIB, a phone typed with spaces and
 *   read back with dashes, "by Thursday", done 73 h after the end (27: on_time fails); a promise in Spanish, e-mail given, no
 *   time, coded Answered (28: code and contact fail, pending at day 1); FU_ME with "get back to you later today" and no
 *   contact anywhere (04: code and contact fail, pending); FU_ME with the e-mail only in `patron.email`, "by tomorrow
 *   afternoon", done exactly 72 h after the end (29: contact fails, on_time passes);
 *  codes: a true Lost Call (16); Lost Call after two patron lines (17); null with no provider (19); an empty string (25);
 *   the field left out (23: na); Practice (18);
 *  transfers: a visible notice and an internal note that says why (10: pass); a visible notice only (11: fail); an internal
 *   note only (12: fail);
 *  concurrency: three others open through the session, four at once (30: fail); one ending exactly at the start, two
 *   overlapping each other and this one, one starting exactly at `endedAt` (14: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings, identifications, check-ins, notices and closings count as the English ones RUBRIC lists ("¡Hola!",
 *   "Habla Rocío, bibliotecaria", "¿Sigue en línea?", "Parece que se desconectó, así que voy a cerrar esta sesión", "¡Gracias a
 *   usted!", "¿Esto responde a su pregunta?", "¿le sirve la receta?"); "es todo lo que necesitaba" / "es todo" say explicitly
 *   that the patron is done (02, 28);
 * - `pickedUpAt` (58 s) is the pickup when recorded, though the first visible line comes at 72 s (05: pass);
 * - "You're welcome! 😊" neither thanks the patron, says goodbye nor invites them back (03: courteous fails);
 * - "My shift is ending … so I'm going to have to close this chat … If you start a new chat, the next librarian on duty can
 *   help you with grinders" ends the help for the provider's convenience but offers a way back, so by RUBRIC's "without
 *   offering a way back" it is not a dismissal (22: pass);
 * - "It looks like we may have lost the connection." says the patron seems disconnected but not that the session will end,
 *   asks nothing and thanks no one (15: notice fails, courteous fails, and the idle runs to `endedAt`);
 * - "It looks like you've left the chat, so I'll end this session now. Feel free to reach out again anytime!" is the
 *   disconnect notice ("left the chat" = seems to have disconnected) and a goodbye (invites back), so the idle ends at it (17);
 * - "I'll close this out for now. Thanks for stopping by Ask Us Now — come back anytime!" thanks and invites back: a goodbye,
 *   so the final idle ends at it (14: 179 s, notice na);
 * - a final idle starts at the answer that follows a hold, not at the hold (07: 187 -> 307 = 120 s);
 * - "the Mayo Clinic says the same" names an organisation with no way to reach it: not a source (15: source fails), though
 *   the answer message asks "Does that help?" in an answer (completeness passes);
 * - "Will those work for your report?", "Does that get you started?", "Does that give you what you need?", "Does that
 *   calendar help for now?" ask whether what was given meets the need; "Would you like me to look for some articles written
 *   for teens, too?" (24) and "Would you like me to ask your library's book club staff to pull together more copies …?" (27)
 *   offer something not yet given: completeness fails;
 * - "talk to the University of Maryland Extension office for your county" tells the patron to contact an office and gives no
 *   way to reach it (23: fail); "visit the Business Center in our Central Library at 400 Cathedral Street" sends the patron to
 *   the provider's own library's department with a postal address (25: pass); "book a free session with a business advisor
 *   at the Maryland Small Business Development Center through mdsbdc.umd.edu" is a referral reached by URL (08: pass);
 * - "I asked our consumer health librarian, and she pointed me to …" is staff consulted on the patron's behalf (24: no
 *   referral); "I'll ask your library's book club staff … they'll give you a call" likewise, and a promise that someone will
 *   contact the patron (27: follow-up session, no referral);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within followUpHours elapsed hours" (29: pass); 73 h is not (27);
 * - `resolutionCode: undefined` is the field left out: the source has no codes (23: code na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s and a recorded pickedUpAt of 58 s; keep_informed at 114 + exactly 120 s across a
 * partial-result hold, at 121 s, at 130 s with a patron line inside, across "take your time" and three transfers; final idles
 * of 119, 120, 179, 180, 190, 310 and 344 s; concurrency at four and at touching ends; on_time done at 40 h, at exactly 72 h,
 * at 73 h, pending at day 1 twice) scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every case (patron e-mails typed and read back, a patron phone typed with spaces and read back with dashes, an e-mail only
 * in `patron.email`, library and agency phones and e-mails beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number): Line => [sec, 's', 'Thanks for waiting! All of our librarians are helping other people right now. You are number 2 in line.'];

const NORA: Prov = { id: 'nora-cf', name: 'Nora', library: 'HCLS' };
const ROCIO: Prov = { id: 'rocio-cf', name: 'Rocío', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-cf', name: 'Omar', library: 'EPFL' };
const PRIYA: Prov = { id: 'priya-cf', name: 'Priya', library: 'QACL' };
const SAM: Prov = { id: 'sam-cf', name: 'Sam', library: 'AUN' };
const LENA: Prov = { id: 'lena-cf', name: 'Lena', library: 'AACPL' };
const THEO: Prov = { id: 'theo-cf', name: 'Theo', library: 'CCPL-MD' };
const DEV: Prov = { id: 'dev-cf', name: 'Dev', library: 'FCPL-MD' };
const MIRA: Prov = { id: 'mira-cf', name: 'Mira', library: 'AUN' };
const KWAME: Prov = { id: 'kwame-cf', name: 'Kwame', library: 'AUN' };
const IRIS: Prov = { id: 'iris-cf', name: 'Iris', library: 'AUN' };
const GRACE: Prov = { id: 'grace-cf', name: 'Grace', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia-cf', name: 'Lucía', library: 'AUN' };
const FELIX: Prov = { id: 'felix-cf', name: 'Felix', library: 'PGCMLS' };
const JUNE: Prov = { id: 'june-cf', name: 'June', library: 'PGCMLS' };
const BETO: Prov = { id: 'beto-cf', name: 'Beto', library: 'BCPL' };
const HAL: Prov = { id: 'hal-cf', name: 'hal.askusnow', library: 'AUN' };
const INES: Prov = { id: 'ines-cf', name: 'Ines', library: 'MCPL' };
const RAQUEL: Prov = { id: 'raquel-cf', name: 'Raquel', library: 'AUN' };
const SIMONE: Prov = { id: 'simone-cf', name: 'Simone', library: 'HCLS' };
const TRAINEE: Prov = { id: 'trainee-cf', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-cf', name: 'Queue', library: 'VRQ' };
const IAN: Prov = { id: 'ian-cf', name: 'Ian', library: 'AUN' };
const JONAH: Prov = { id: 'jonah-cf', name: 'Jonah', library: 'HCPL-MD' };
const CARMEN: Prov = { id: 'carmen-cf', name: 'Carmen', library: 'WCFL' };
const LEO: Prov = { id: 'leo-cf', name: 'Leo', library: 'CCPL-CH' };
const PAZ: Prov = { id: 'paz-cf', name: 'Paz', library: 'MCPL' };
const KEIRA: Prov = { id: 'keira-cf', name: 'Keira', library: 'EPFL' };
const QUINN: Prov = { id: 'quinn-cf', name: 'Quinn', library: 'FCPL-MD' };
const RIA: Prov = { id: 'ria-cf', name: 'Ria', library: 'AUN' };
const SOL: Prov = { id: 'sol-cf', name: 'Sol', library: 'PGCMLS' };
const TALIA: Prov = { id: 'talia-cf', name: 'Talia', library: 'AACPL' };
const NOEL: Prov = { id: 'noel-cf', name: 'Noel', library: 'AUN' };

const s = session;

export const COFFEE: SessionCase[] = [
  // 01 the plain good session
  s(NORA, '01 pour-over ratio: "Good morning, welcome to Ask Us Now! My name is Nora", V60 or Chemex, Hoffmann + sca.coffee, "that\'s everything"', [
    [0, 'p', 'hi! whats the right coffee to water ratio for pour over? mine always tastes weak'],
    [18, 'l', "Good morning, welcome to Ask Us Now! My name is Nora and I'm a librarian with Howard County Library System."],
    [24, 'l', 'What are you brewing with — a cone dripper like a V60, or a Chemex?'],
    [55, 'p', 'a v60 i think? the plastic cone one'],
    [61, 'l', "A good starting point is 1 gram of coffee to about 16 grams of water (roughly 22 g of coffee for a 12 oz mug), ground about as fine as table salt. James Hoffmann's The World Atlas of Coffee is in our catalog, and the Specialty Coffee Association's brewing basics are at sca.coffee/research."],
    [67, 'l', 'Does that give you what you need?'],
    [100, 'p', "yep that's everything, thanks!! going to go weigh my beans lol"],
    [106, 'l', 'Enjoy the coffee, and thanks for using Ask Us Now!'],
  ], usual()),

  // 02 Spanish: a café permit, a county office by phone
  s(ROCIO, '02 permiso para un café en Silver Spring (Spanish): "Habla Rocío, bibliotecaria", comida o bebidas, county office by phone, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenos dias, quiero abrir un cafecito en silver spring, que permisos necesito?'],
    [25, 'l', '¡Hola, buenos días! Habla Rocío, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [31, 'l', '¿El café va a preparar comida, o solo va a vender bebidas y pan ya hecho?'],
    [70, 'p', 'comida tambien, empanadas y sandwiches'],
    [76, 'l', "Entonces necesita una licencia de establecimiento de comida del Departamento de Salud del condado. La guía para negocios de comida nuevos está en montgomerycountymd.gov/hhs (busque 'food service'), y para la revisión de planos puede llamar a la oficina de Licencias y Regulación al 240-555-0187."],
    [82, 'l', '¿Esto responde a su pregunta?'],
    [120, 'p', 'si, muchisimas gracias, es todo lo que necesitaba 🙏'],
    [126, 'l', '¡Gracias a usted! Que tenga un buen día y mucha suerte con el café.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; "You're welcome!" last
  s(OMAR, '03 tea caffeine in pregnancy: pickup at exactly 60 s, bags or bottled, USDA + MedlinePlus, last line "You\'re welcome! 😊"', [
    [0, 'p', 'how much caffeine is in green tea vs black tea? im pregnant and my dr said under 200 mg a day'],
    [60, 'l', "Hi there, this is Omar with the Enoch Pratt Free Library's Ask a Librarian service."],
    [66, 'l', 'Do you usually drink it brewed from tea bags, or bottled iced tea from the store?'],
    [95, 'p', 'bags mostly, sometimes a bottled one'],
    [101, 'l', 'An 8 oz cup of brewed black tea averages about 47 mg of caffeine and green tea about 28 mg (USDA FoodData Central, fdc.nal.usda.gov). Bottled teas vary a lot, so check the label. MedlinePlus has a page on caffeine too: medlineplus.gov/caffeine.html'],
    [107, 'l', 'Did that answer it?'],
    [140, 'p', 'yes thank u so much, thats all i needed'],
    [146, 'l', "You're welcome! 😊"],
  ], usual({ courteous: 'fail' })),

  // 04 pickup at 61 s; a promise with no contact, coded Follow-up by me
  s(PRIYA, '04 matcha without a whisk: pickup at 61 s, straight or latte, Ippodo + a book, "get back to you later today" with no contact, FU_ME', [
    [0, 'p', 'how do u make matcha without a whisk? mine is always clumpy'],
    [61, 'l', "Hello! I'm Priya, a reference librarian at Queen Anne's County Library."],
    [67, 'l', 'Are you making it straight, just matcha and water, or as a latte?'],
    [90, 'p', 'latte mostly'],
    [96, 'l', 'Sift it first through a small tea strainer, then shake it with a splash of warm water in a jar with a lid before you add the milk. Ippodo Tea shows the steps on its site, global.ippodo-tea.co.jp, under How to Brew. The Book of Matcha by Louise Cheadle and Nick Kilby is also in our catalog.'],
    [102, 'l', 'Is that the sort of thing you were after?'],
    [130, 'p', 'omg a jar, genius. yes'],
    [136, 'l', "I'll also look for a good how-to video and get back to you later today."],
    [140, 'l', 'Can I help with anything else?'],
    [155, 'p', 'nah'],
    [160, 'l', 'Have fun with your lattes — bye!'],
  ], usual({ pickup: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 05 pickedUpAt at 58 s, first visible line at 72 s; final idle 119 s
  s(SAM, '05 tea ceremony for a 7th-grade report: pickedUpAt 58 s (first line at 72), Okakura on gutenberg.org + Britannica School, goodbye 119 s after the answer', [
    [0, 'p', 'Hi I need info about the Japanese tea ceremony for a report'],
    [72, 'l', 'Hi! Sam here, a librarian at Ask Us Now.'],
    [78, 'l', 'What grade is the report for, and how long does it have to be?'],
    [110, 'p', '7th grade, 2 pages'],
    [116, 'l', "Two good ones: The Book of Tea by Kakuzo Okakura (1906) is free to read at gutenberg.org/ebooks/769, though it's a bit old-fashioned. For something easier, Britannica School has an article: on our website go to Research > Britannica School and search 'tea ceremony'."],
    [122, 'l', 'Will those work for your report?'],
    [235, 'l', 'Good luck with the report! Thanks for stopping by.'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(58) }),

  // 06 holds of 114 s and exactly 120 s; an e-mail referral
  s(LENA, '06 fair trade labels for a small roaster: hold at 56, partial-result hold at 170, answer at 290 (exactly 120 s), partner team by e-mail', [
    [0, 'p', 'whats the difference between fair trade usa and fairtrade international? which should i use'],
    [15, 'l', "Hi, I'm Lena, a librarian with Anne Arundel County Public Library."],
    [20, 'l', 'Are you buying as a shopper, or is this for a business?'],
    [50, 'p', 'for my shop, we roast small batches and want a fair trade label on the bags'],
    [56, 'l', 'Good question — let me dig into that, one moment.'],
    [170, 'l', 'So far: the two split in 2011 and now certify under separate standards and labels. Still checking what each one asks of a small roaster.'],
    [290, 'l', "Found it. Both explain licensing for roasters online: Fair Trade USA at fairtradecertified.org (Business > Get Certified) and Fairtrade International's US office at fairtradeamerica.org. For questions about fees, you can also e-mail Fair Trade USA's partner team at partners@fairtradeusa.org."],
    [296, 'l', 'Does that help you compare them?'],
    [330, 'p', "yes very helpful!! that's everything i needed"],
    [336, 'l', 'Wonderful — thanks for chatting, and good luck with the roastery!'],
  ], usual({ referral: 'pass' })),

  // 07 a hold answered 121 s later; final idle exactly 120 s from the answer, no check-in
  s(THEO, '07 decaf solvents: "hang on" at 66 answered at 187 (121 s), ecfr.gov, no reply, "Thanks for asking — come back anytime!" at 307 (final idle 120 s)', [
    [0, 'p', 'is decaf coffee made with chemicals?? is it safe to drink every day'],
    [20, 'l', "Hello, you've reached Ask a Librarian at Carroll County Public Library. I'm Theo."],
    [26, 'l', 'Are you mainly worried about the solvent used, or about how much caffeine is left in it?'],
    [60, 'p', 'the chemicals'],
    [66, 'l', 'Let me pull up something reliable on that — hang on.'],
    [187, 'l', "The FDA allows methylene chloride in decaffeination only if no more than 10 parts per million is left in the coffee; the Swiss Water and CO2 methods use no solvent at all. The rule is 21 CFR 173.255, readable at ecfr.gov."],
    [193, 'l', 'Is that the kind of answer you needed?'],
    [307, 'l', 'Thanks for asking — come back anytime!'],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'fail' })),

  // 08 "take your time", the patron back 250 s later; a referral by URL
  s(DEV, '08 coffee cart business plan: "brb" + "take your time", back 250 s later, sba.gov + Plan Builder, the SBDC through mdsbdc.umd.edu', [
    [0, 'p', 'hi can you help me write a business plan for a coffee cart'],
    [15, 'l', "Hey, welcome to Ask a Librarian! I'm Dev from Frederick County Public Libraries."],
    [21, 'l', 'Is the plan for a loan application, or just for your own planning?'],
    [45, 'p', 'for a loan. hold on my kid needs me brb'],
    [50, 'l', 'No problem, take your time.'],
    [300, 'p', 'ok back sorry!! its for an SBA microloan'],
    [306, 'l', 'Thanks! Give me a sec to find the right template.'],
    [380, 'l', "The SBA walks through each section of a plan at sba.gov/business-guide/plan-your-business/write-your-business-plan. We also have Gale Business: Plan Builder: on fcpl.org go to Research, then Business, and it has sample plans for mobile coffee businesses. You can also book a free session with a business advisor at the Maryland Small Business Development Center through mdsbdc.umd.edu."],
    [386, 'l', 'Does that help?'],
    [420, 'p', 'yes! perfect'],
    [426, 'l', 'Anything else I can help with?'],
    [445, 'p', 'no thats all, thank you'],
    [450, 'l', 'Good luck with the cart, bye!'],
  ], usual({ referral: 'pass' })),

  // 09 "hello??" during a 130 s wait; an upset patron
  s(MIRA, '09 cold brew caffeine at a chain: the answer 130 s after the patron (a "hello?? anyone there" at 140 does not restart it), starbucks.com, "took long enough"', [
    [0, 'p', 'how much caffeine in cold brew vs regular coffee'],
    [25, 'l', "Hi, this is Mira with Ask Us Now, Maryland's statewide library chat."],
    [30, 'l', 'Do you mean cold brew you make at home, or one from a coffee chain?'],
    [60, 'p', 'starbucks'],
    [140, 'p', 'hello?? anyone there'],
    [190, 'l', "Sorry for the wait! Starbucks lists about 205 mg of caffeine in a grande cold brew and about 310 mg in a grande Pike Place hot coffee; it's on each drink's page at starbucks.com/menu."],
    [195, 'l', 'Does that answer your question?'],
    [220, 'p', 'took long enough. yes'],
    [226, 'l', 'Sorry again about the delay. Anything else?'],
    [240, 'p', 'no'],
    [244, 'l', 'Thanks for your patience, have a good one!'],
  ], usual({ informed: 'fail' })),

  // 10 a transfer with a visible notice and an internal note that says why
  s(KWAME, '10 Boston Tea Party in 1773 newspapers: notice to the patron + internal note why, Iris 64 s later, masshist.org, patron "thx!" after the goodbye', [
    [0, 'p', 'i need primary sources on the boston tea party for a college paper'],
    [20, 'l', 'Hi! Kwame here, a librarian with Ask Us Now.'],
    [26, 'l', 'Are you after newspapers from 1773, or letters and diaries?'],
    [60, 'p', 'newspapers if possible'],
    [66, 'l', "Our history specialist Iris knows the colonial newspaper collections much better than I do, so I'm transferring you to her now. One moment please!"],
    [70, 'i', 'Iris, college pt needs 1773 newspaper coverage of the Boston Tea Party (primary sources), your area - over to you'],
    xfer(74, 'Iris', 'iris-cf'),
    [130, 'l', "Hello, I'm Iris, a history librarian with Ask Us Now. The Massachusetts Historical Society's online Boston Tea Party collection includes the Boston Gazette of December 20, 1773: masshist.org/revolution/teaparty. The America's Historical Newspapers database has full runs too; you'd log in from your library's Research page.", as(IRIS)],
    [136, 'l', 'Does that help?', as(IRIS)],
    [180, 'p', 'yes this is great'],
    [185, 'l', 'Anything else?', as(IRIS)],
    [200, 'p', 'nope thats it'],
    [205, 'l', "You're welcome — thanks for chatting!", as(IRIS)],
    [215, 'p', 'thx!'],
  ], usual({ transfer: 'pass' })),

  // 11 partly Spanish: a transfer with a visible notice and no internal note
  s(GRACE, '11 yerba mate y presión alta (partly Spanish): "I\'ll transfer you to a Spanish-speaking librarian" with no internal note, Lucía, MedlinePlus en español, "es todo"', [
    [0, 'p', 'hi do u have someone who speaks spanish? my mom has a question about mate tea'],
    [18, 'l', "Hello! This is Grace with Ask Us Now. Sure — I'll transfer you to a Spanish-speaking librarian, one moment please."],
    xfer(24, 'Lucía', 'lucia-cf'),
    [80, 'l', '¡Hola! Soy Lucía, bibliotecaria de Ask Us Now. ¿En qué le puedo ayudar?', as(LUCIA)],
    [120, 'p', 'mi mamá quiere saber si la yerba mate tiene mucha cafeína, ella tiene presión alta'],
    [126, 'l', '¿Ella la toma como mate tradicional, con bombilla, o en saquitos de té?', as(LUCIA)],
    [160, 'p', 'tradicional'],
    [166, 'l', 'Una taza de mate tiene unos 80 mg de cafeína, parecido a una taza de café. MedlinePlus en español tiene una página sobre la yerba mate y sus efectos en la presión: medlineplus.gov/spanish/druginfo/natural/828.html', as(LUCIA)],
    [172, 'l', '¿Le sirve esta información?', as(LUCIA)],
    [200, 'p', 'sí gracias, es todo'],
    [205, 'l', '¡Con mucho gusto! Gracias por comunicarse, que estén bien.', as(LUCIA)],
  ], usual({ transfer: 'fail' })),

  // 12 a transfer with an internal note only; a referral by phone
  s(FELIX, '12 a garage coffee roaster selling at markets: internal note only, June 95 s after the patron, health.maryland.gov + permitting office by phone', [
    [0, 'p', 'I want to start roasting coffee to sell at farmers markets, do I need a special license for a roaster in my garage'],
    [22, 'l', "Good morning! I'm Felix, a librarian at Prince George's County Memorial Library System."],
    [28, 'l', "Is your garage in Prince George's County?"],
    [55, 'p', 'yes, in Bowie'],
    [60, 'i', 'June — licensing q for a home coffee roaster selling at markets (cottage food + zoning), you ran the small biz workshop, can you take it?'],
    xfer(63, 'June', 'june-cf'),
    [150, 'l', 'Hi there, June from the Business & Career desk here.', as(JUNE)],
    [156, 'l', "Maryland's cottage food rules (what a home kitchen may sell, and where) are on the Maryland Department of Health's site at health.maryland.gov; search 'cottage food'. For a roaster in a garage, zoning matters too: call the county's Department of Permitting, Inspections and Enforcement at 301-555-0129 and ask whether home roasting is allowed where you live.", as(JUNE)],
    [162, 'l', 'Is that the information you needed?', as(JUNE)],
    [200, 'p', 'yes thx'],
    [205, 'l', 'Anything else for today?', as(JUNE)],
    [220, 'p', 'no'],
    [224, 'l', 'Best of luck with the roastery, thanks for chatting!', as(JUNE)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 13 final idle exactly 180 s: a check-in at +120, a notice that invites back
  s(BETO, '13 muddy French press: steep time and grind asked, seriouseats.com + Hoffmann, "Are you still there?" at 166, notice at 226 (final idle 180 s)', [
    [0, 'p', 'my french press coffee is always muddy and bitter, what am i doing wrong'],
    [16, 'l', "Hi! I'm Beto, a librarian at Baltimore County Public Library. Happy to help."],
    [22, 'l', 'How long are you letting it steep, and what grind are you using?'],
    [40, 'p', 'like 10 min? pre ground from the store'],
    [46, 'l', "Ten minutes is a lot: most guides say about 4 minutes with a coarse grind, and store pre-ground is usually too fine for a press, which is where the mud comes from. Serious Eats has a French press guide at seriouseats.com/french-press-coffee, and James Hoffmann's How to Make the Best Coffee at Home (in our catalog) has a chapter on it. Does that help?"],
    [166, 'l', 'Are you still there?'],
    [226, 'l', "It looks like you've disconnected, so I'm going to end this chat. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 14 final idle 179 s with a check-in; three at once at most (touching ends)
  s(HAL, '14 where masala chai comes from (chat-speak): check-in at 140, "I\'ll close this out … come back anytime!" at 229 (179 s); concurrency three at most, touching ends', [
    [0, 'p', 'where does masala chai come from? is it actually old or a british thing'],
    [20, 'l', 'hey there — Hal, librarian with Ask Us Now 👋'],
    [25, 'l', 'is this for a class or just curiosity?'],
    [45, 'p', 'curious, saw a tiktok lol'],
    [50, 'l', "short version: spiced milk tea got common in India in the 20th century, after British-run tea companies pushed tea drinking there in the 1900s-30s; the spices and the milk are the Indian part. The Oxford Companion to Food has an entry on it, and Smithsonian Magazine has a readable piece at smithsonianmag.com (search 'chai history'). does that help?"],
    [140, 'l', 'hi, are you still with me?'],
    [229, 'l', "I'll close this out for now. Thanks for stopping by Ask Us Now — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' }), {}, {
    otherIntervals: [other('h1', 'hal-cf', -400, 0), other('h2', 'hal-cf', -60, 200), other('h3', 'hal-cf', 120, 600), other('h4', 'hal-cf', 234, 800)],
  }),

  // 15 no source (an organisation named only); the idle runs to endedAt; a notice that does not say the chat will end
  s(INES, '15 chamomile at night: "the Mayo Clinic says the same" (no source), "Are you still there?" at 190, "It looks like we may have lost the connection." at 260, ended at 400', [
    [0, 'p', 'is chamomile tea caffeine free? i drink it at night and still cant sleep'],
    [22, 'l', "Good morning, this is Ines with Montgomery County Public Libraries' chat service."],
    [28, 'l', 'Is it plain chamomile, or a blend with other teas in it?'],
    [50, 'p', 'plain i think, its just chamomile flowers'],
    [56, 'l', "Pure chamomile is an herb, not tea leaves, so it has no caffeine; the Mayo Clinic says the same. If yours is a blend, check the label for green or black tea. Does that help?"],
    [190, 'l', 'Are you still there?'],
    [260, 'l', 'It looks like we may have lost the connection.'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 140 }),

  // 16 Spanish: a true Lost Call
  s(RAQUEL, '16 libros para abrir una cafetería (Spanish): a true Lost Call, greeting only, "¿Sigue en línea?" at 160, "Parece que se desconectó …" at 340 (310 s)', [
    [0, 'p', 'hola, tienen libros sobre como abrir una cafeteria pequeña?'],
    [30, 'l', '¡Hola! Bienvenido a Ask Us Now, le atiende Raquel, bibliotecaria.'],
    [160, 'l', '¿Sigue en línea?'],
    [340, 'l', 'Parece que se desconectó, así que voy a cerrar esta sesión. ¡Vuelva a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; a clarifying question, no source
  s(SIMONE, '17 coffee and acid reflux: "hi" + the question, a clarifying question, check-in, patron_left, "It looks like you\'ve left the chat, so I\'ll end this session now", coded Lost Call', [
    [0, 'p', 'hi'],
    [4, 'p', 'whats the best coffee if u have acid reflux'],
    [40, 'l', 'Hi, this is Simone from Ask a Librarian at Howard County Library System.'],
    [46, 'l', 'Are you looking for low-acid coffee brands, or for medical information on coffee and reflux?'],
    [170, 'l', 'Are you still there?'],
    left(200),
    [230, 'l', "It looks like you've left the chat, so I'll end this session now. Feel free to reach out again anytime!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (oolong steeping): coded Practice, every check na', [
    [0, 'p', 'TEST — how long should i steep oolong tea?'],
    [10, 'l', 'Hi, this is a practice session. Oolong: about 3 minutes at 190°F for the first steep.'],
    [20, 'p', 'test done'],
    [25, 'l', 'Thanks, ending practice.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever
  s(QUEUE, '19 borrowing an espresso machine (library of things): no provider ever joined, "hello?", patron left, code null', [
    [0, 'p', 'hi does the library lend espresso machines? like a library of things'],
    queueLine(2),
    [90, 'p', 'hello?'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a dismissal that says goodbye
  s(IAN, '20 bubble tea shop licences: City or County asked, health.baltimorecity.gov, then "a limit of one question per chat session … Goodbye.", "wow ok. rude"', [
    [0, 'p', 'what licenses do i need to open a bubble tea shop in baltimore'],
    [18, 'l', "Hi, I'm Ian with Ask Us Now, the statewide library chat."],
    [24, 'l', 'Is the shop in Baltimore City or Baltimore County?'],
    [50, 'p', 'city'],
    [56, 'l', "Baltimore City's Health Department licenses food service facilities; the steps and forms are on its Food Control page at health.baltimorecity.gov/food-control."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'kinda. also how do i make tapioca pearls, whats a good POS system, how much do cup sealers cost, and do i need a grease trap'],
    [96, 'l', "Sorry, there's a limit of one question per chat session, and you've reached it. Goodbye."],
    [110, 'p', 'wow ok. rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, come back later: allowed
  s(JONAH, '21 café start-up budget: Gale Business: Insights + Entrepreneur Press book, "anything else?" brings a list of 8, "several other patrons waiting … chat back in later"', [
    [0, 'p', 'hi! im planning to open a small coffee shop and need help with startup costs'],
    [20, 'l', "Welcome to Ask a Librarian! You're chatting with Jonah at Harford County Public Library."],
    [26, 'l', 'Are you still at the planning stage, or do you already have a location?'],
    [55, 'p', 'planning, working on my budget'],
    [61, 'l', 'Two places to start: Gale Business: Insights (on hcplonline.org under Research) has industry reports on coffee shops with typical start-up costs, and the book Start Your Own Coffee and Tea Store from Entrepreneur Press is in our catalog.'],
    [67, 'l', 'Is that useful for your budget?'],
    [100, 'p', 'yes!'],
    [105, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'ok so like 8 more things lol. how do i price a latte, how do i find a local roaster, do i need a grease trap, can i sell beer too, sign permit??, whats a good POS, how do i hire baristas, and whats a good name'],
    [150, 'l', "Ha, that's quite a list! The Entrepreneur book has a chapter on menu pricing that covers lattes."],
    [156, 'l', "I have several other patrons waiting right now, so I need to wrap up here — please chat back in later with the rest of your list and we'll gladly keep going. Thanks for using Ask a Librarian!"],
    [175, 'p', 'ugh ok fine'],
  ], usual()),

  // 22 the name only in the third line; a shift's end with a way back
  s(CARMEN, '22 descaling an espresso machine: "Hi there! 😊" + a question, the name in the third line, breville.com, "My shift is ending … start a new chat"', [
    [0, 'p', 'my breville espresso machine tastes weird, how often do i descale it'],
    [18, 'l', 'Hi there! 😊'],
    [24, 'l', 'How hard is your water — are you on city water or a well?'],
    [50, 'p', 'well water'],
    [56, 'l', "I'm Carmen, a librarian at Washington County Free Library, by the way. With hard well water, Breville suggests descaling more often, about every 1-2 months; the steps for your model are in its manual at breville.com (Support > Manuals)."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes thanks! also what grinder should i buy'],
    [96, 'l', "My shift is ending in a couple of minutes, so I'm going to have to close this chat, sorry! If you start a new chat, the next librarian on duty can help you with grinders. Thanks for your patience!"],
    [110, 'p', 'ok no problem'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 23 a referral with no contact; the code field left out
  s(LEO, '23 tea plants in zone 7b: ground or pots, The Tea Grower\'s Handbook through ILL, "talk to the University of Maryland Extension office" (no contact), no code field', [
    [0, 'p', 'can i grow actual tea plants in maryland? like camellia sinensis in my yard'],
    [20, 'l', 'Hi! This is Leo, a librarian with Charles County Public Library.'],
    [26, 'l', 'Would they go in the ground, or in pots you could bring inside for the winter?'],
    [55, 'p', 'in the ground, im in zone 7b'],
    [61, 'l', "Yes, some cold-hardy varieties grow in zone 7. The Tea Grower's Handbook by Christine Parks and Will Hartley covers which ones and where to plant them; you can request it through interlibrary loan from our catalog. You might also want to talk to the University of Maryland Extension office for your county about a soil test, since tea likes acidic soil."],
    [67, 'l', 'Does this help?'],
    [100, 'p', "yes, thanks, that's all"],
    [105, 'l', 'Happy growing, and thanks for chatting!'],
  ], usual({ referral: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 24 a colleague consulted (no referral), an offer of more, the patron's goodbye last
  s(PAZ, '24 a 14-year-old\'s iced coffees: guidelines or studies, a colleague consulted, healthychildren.org, "Would you like me to look for some articles …" then the patron\'s bye', [
    [0, 'p', 'is coffee bad for my 14 yr old? she drinks like 2 iced coffees a day 😩'],
    [20, 'l', "Hi, thanks for reaching out to Ask Us Now — I'm Paz, a librarian at Montgomery County Public Libraries."],
    [26, 'l', 'Are you looking for health guidelines, or for research studies?'],
    [55, 'p', 'guidelines i guess, something i can show her lol'],
    [60, 'l', 'Sure, let me check with a colleague, one sec.'],
    [130, 'l', "I asked our consumer health librarian, and she pointed me to the American Academy of Pediatrics' page for parents on caffeine at healthychildren.org (search 'caffeine'). It advises teens 12 to 18 to keep caffeine under 100 mg a day."],
    [136, 'l', 'Would you like me to look for some articles written for teens, too?'],
    [160, 'p', 'no this is good, thats all i needed. bye!'],
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 25 the library's own department by street address; code ""
  s(KEIRA, '25 foot traffic for a café in Hampden: people or competitors, data.census.gov, "visit the Business Center … 400 Cathedral Street", code ""', [
    [0, 'p', 'i want to open a cafe in hampden, how do i figure out if theres enough foot traffic / customers'],
    [20, 'l', "Hi! Keira here at the Enoch Pratt Free Library's Ask a Librarian."],
    [26, 'l', 'Are you looking for population numbers, for data about competing cafés, or both?'],
    [60, 'p', 'both really'],
    [66, 'l', "For the people: data.census.gov has income and age data by neighborhood (search 'Hampden, Baltimore'). For competitors and one-on-one help, visit the Business Center in our Central Library at 400 Cathedral Street; the staff there do market research sessions and can pull café listings from our business databases."],
    [72, 'l', 'Does that get you started?'],
    [100, 'p', 'yes!! thank you'],
    [105, 'l', 'Can I help with anything else?'],
    [120, 'p', "nope, that's it"],
    [124, 'l', 'Good luck with the café, and thanks for chatting!'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 26 Follow-up by me: e-mail read back, "by Friday", done at 40 h
  s(QUINN, '26 a 1920s family roastery in Frederick: years and street, chroniclingamerica.loc.gov, e-mail read back, "by Friday", FU_ME done at 40 h', [
    [0, 'p', 'my great grandfather ran Kessler Coffee Co. in Frederick in the 1920s, do you have anything on it?'],
    [20, 'l', "Good morning! You've reached Ask a Librarian at Frederick County Public Libraries — I'm Quinn."],
    [26, 'l', 'Do you know roughly which years it was open, or the street it was on?'],
    [60, 'p', '1921 to maybe 1935? on market street'],
    [66, 'l', "Our Maryland Room has Frederick city directories and newspaper clipping files from those years, but they're not online, so I'd need to look through them in person. In the meantime, Chronicling America (chroniclingamerica.loc.gov) has digitized Frederick newspapers you can search for 'Kessler Coffee'."],
    [72, 'l', 'Does that help for now? And may I e-mail you what I find in the Maryland Room?'],
    [100, 'p', 'yes please!! dkessler.family@gmail.com'],
    [106, 'l', "Thanks — that's dkessler.family@gmail.com? I'll send you what I find by Friday."],
    [130, 'p', 'yes thats right. thank you!!'],
    [135, 'l', 'Is there anything else I can help with in the meantime?'],
    [150, 'p', 'no thats everything'],
    [154, 'l', 'Thanks for writing in — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 27 Follow-up by patron's library: phone read back, "by Thursday", done 73 h after the end
  s(RIA, '27 book club kit for a tea novel: home library asked, cecilcountylibrary.org, "Would you like me to ask … more copies?", phone read back, "by Thursday", FU_LIB done at 73 h', [
    [0, 'p', 'does my library have a book club kit for the tea girl of hummingbird lane? we meet in 2 weeks'],
    [20, 'l', "Hi! Ria here, a librarian with Ask Us Now, Maryland's statewide chat."],
    [26, 'l', 'Which library system do you belong to?'],
    [50, 'p', 'cecil county'],
    [55, 'l', 'Let me check their catalog, one moment.'],
    [100, 'l', "Cecil County Public Library's catalog (cecilcountylibrary.org) shows 3 copies of the novel, but I don't see a book club kit."],
    [106, 'l', "Would you like me to ask your library's book club staff to pull together more copies for your group?"],
    [130, 'p', 'yes please, we need like 10'],
    [136, 'l', "Will do — they'll give you a call. What's the best number to reach you?"],
    [170, 'p', '443 555 0172'],
    [176, 'l', 'Got it: 443-555-0172. Someone from Cecil County Public Library should call you by Thursday.'],
    [200, 'p', 'perfect thank you, thats all'],
    [205, 'l', 'Thanks for chatting, and happy reading!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(210 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 28 Spanish: a promise to e-mail, no time, coded Answered
  s(SOL, '28 café de olla para una clase (Spanish): subject and deadline asked, Carrillo Arronte in the catalog, "se la mando por correo" with the e-mail, no time, coded Answered', [
    [0, 'p', 'buenas, busco la receta tradicional del café de olla y un poco de su historia para una clase'],
    [22, 'l', "¡Hola, buen día! Le saluda Sol, bibliotecaria de las bibliotecas del condado de Prince George's."],
    [28, 'l', '¿La clase es de cocina o de historia? ¿Y para cuándo lo necesita?'],
    [60, 'p', 'es de español, para el lunes'],
    [66, 'l', 'La receta está en el libro Mexico: The Cookbook de Margarita Carrillo Arronte, que tenemos en el catálogo (pgcmls.info). Para la historia todavía no encuentro una buena fuente, así que sigo buscando y se la mando por correo electrónico. ¿Me da su correo?'],
    [100, 'p', 'mrios.clases@hotmail.com'],
    [106, 'l', 'Perfecto, se la envío a mrios.clases@hotmail.com.'],
    [110, 'l', 'Mientras tanto, ¿le sirve la receta?'],
    [140, 'p', 'sí, muchas gracias, es todo'],
    [145, 'l', '¡Gracias a usted! Que le vaya muy bien con la clase.'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 29 Follow-up by me: the e-mail only in patron.email; done exactly 72 h after the end
  s(TALIA, '29 tea ceremony demonstrations near Annapolis: watch or class, jaswdc.org/events, "I\'ll e-mail you a list by tomorrow afternoon" (e-mail only on record), FU_ME done at 72 h', [
    [0, 'p', 'are there any japanese tea ceremony demonstrations near annapolis this spring? want to take my daughter'],
    [22, 'l', "Hello, and thanks for contacting Anne Arundel County Public Library! I'm Talia."],
    [28, 'l', 'Are you hoping to watch a demonstration, or take a class together?'],
    [55, 'p', "watch, she's 10"],
    [61, 'l', 'The Japan-America Society of Washington DC posts tea ceremony demonstrations on its events calendar at jaswdc.org/events.'],
    [67, 'l', "Does that calendar help for now? I'd also like to check a couple of local places for spring dates — I'll e-mail you a list by tomorrow afternoon."],
    [100, 'p', "oh that would be great, thank you! that's all for now"],
    [105, 'l', 'Thank you, and enjoy the tea!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'lkim.annapolis@example.com', phone: null }, followUps: [{ doneAt: at(110 + 72 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 30 four at once; a source straight after the greeting
  s(NOEL, '30 espresso or drip caffeine: the answer straight after the greeting (no question), fdc.nal.usda.gov; three other chats open through this one (four at once)', [
    [0, 'p', 'how much caffeine is in a shot of espresso compared to a cup of drip coffee'],
    [15, 'l', 'Hello, Noel at Ask Us Now here!'],
    [40, 'l', 'A single 1 oz shot of espresso has about 63 mg of caffeine; an 8 oz cup of brewed coffee has about 95 mg. Both figures are from USDA FoodData Central: fdc.nal.usda.gov. Does that answer it?'],
    [70, 'p', 'yes, perfect, thx'],
    [75, 'l', 'Anything else?'],
    [90, 'p', 'no'],
    [94, 'l', 'Thanks, have a great day!'],
  ], usual({ clarify: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'noel-cf', -200, 300), other('n2', 'noel-cf', -50, 200), other('n3', 'noel-cf', 5, 150)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => COFFEE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-fourth round: coffee, tea and cafés, checked', () => {
  describeSessions('whole sessions', COFFEE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', COFFEE.filter((c) => c.name in LEFT_WHY));
});
