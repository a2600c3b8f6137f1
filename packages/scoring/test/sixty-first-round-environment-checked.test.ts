/**
 * Sixty-first round, theme ENVIRONMENTAL HEALTH AT HOME, checked: 42 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: lead in water (a city lead-kit program, Baltimore's lead service lines, which filters
 * remove lead, running the tap), lead paint (a child's blood lead level of 7, a neighbour sanding, a paint chip a toddler may
 * have eaten, a crawling baby in a 1940 rental in Spanish, lead dust after sanding a nursery, hardware-store swabs, garden
 * soil), radon (kits, a 5.2 result, kit placement, Lower Merion's zone, a mitigation system at 8.1, radon in well water, free
 * kits at the health department), mold (a rental in Spanish, window sills, a flooded basement, Walmart test kits, remediation
 * vs cleanup, does the county inspect), private wells (testing for a new baby, nitrates with an infant, "coliform present"),
 * air quality alerts (kids with asthma, Code Orange ozone, wildfire smoke and a window AC, a run in Denver, an air purifier,
 * text alerts for COPD), asbestos (a popcorn ceiling, vermiculite, 1950s duct wrap, Ohio abatement contractors, a landlord
 * removing tiles), an old dry cleaner next door, and the county health department's environmental division (by phone, e-mail,
 * street address and URL, and named bare). Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * that session's first run (three batches; the labels copied aside each time to /tmp/sixtyFirstRoundEnvironment-labels.ts,
 * -labels-batch2.ts and -labels-batch3.ts).
 *
 * SHAPES TRIED:
 *  openings: a 75 s pickup after a queue line and a patron "hello?" (02: fail); a pickup at exactly 60 s (40: pass);
 *   `pickedUpAt` at 30 s with the first line at 170 (30); no provider ever joined (13); "Hi! How can I help you today?" + "Oh
 *   sorry, I see your question. What state are you in?" under the screen name "Ref Desk 2" (26: names no one, fail); "Hi
 *   there!" + "Delia with Ask a Librarian at … here." split over two lines (22); Spanish "¡Hola! Le saluda Lucía,
 *   bibliotecaria de …" (03) and "¡Hola! Soy Nadia, bibliotecaria de …" (32); chat-speak "hey! kiki w/ ask a librarian @ mesa
 *   public library", "hi! paz here from ask a librarian @ lakeview library", "hi! Sam from Denver Public Library Ask Us here";
 *   a greeting that carries "If your child seems sick at all, call 911 now." (35);
 *  inquiry: city water or well, county, state, rent or own, the baby's age, asthma, room size, basement/crawlspace/slab, which
 *   lab, short or long test, drilled well, damaged wrap; a restatement with no question mark ("So you're looking for a filter
 *   certified to remove lead from tap water.", 25) and one with ("So you want to know whether …?", 16); the EPA page given
 *   before "When was the house built?" (06: fail); "call 911 now" before "Is your child acting normally right now?" (35: fail);
 *   a Lost Call whose only question is in the greeting (12);
 *  waits: "Let me look up today's numbers" answered 150 s later (05: fail); "gimme a sec" answered 130 s later (38: fail); a hold
 *   answered exactly 120 s later (40: pass); holds at 66/160/255 and the answer at 340 (22: pass); "hang tight, checking their
 *   site" (37), "Bear with me a minute while I check." (33), "sec" (29); "Sure, take your time." then the patron back 220 s later
 *   (21: waiting on the patron); two internal lines while the patron waits 140 s (27: fail); a silent transfer, the receiver 140
 *   s after the patron (18: fail); 140 s between `pickedUpAt` and the first line (30: fail);
 *  endings: Lost Call check-in at 150 and "It looks like you've disconnected, so I'll close this chat. Please come back
 *   anytime" (11); "Hello, are you still with me?" and "Seems you've stepped away, so I'm going to end the chat now. … just chat
 *   back in." (12); "¿Sigue ahí?" and "Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!" (32);
 *   "u still there?" and "looks like u got disconnected, closing the chat now" with no goodbye (34: courteous fails); "Did I
 *   lose you?" and "I'll close this out now since it seems you've left. Take care!" (37); "Are you still there?" and nothing
 *   until 400 (23); "Hi, are you still there?" and the notice only as an internal line (42); a notice that asks nothing, with no
 *   check-in, after a 220 s final idle (31: idle fails, notice passes, courteous fails); a goodbye 130 s after the answer with
 *   no check-in (24); the patron's window closing before the goodbye (30); the patron's "thats everything. thx" as the last
 *   line (25); "I've got other work to get to, so that's all I can do for today." (19: dismissal); "I've given you all the time
 *   I can for this one, ending the chat now. Bye." (39: dismissal, courteous passes); "several other patrons waiting … chat
 *   back in later or call our reference desk at 555-…" (20: allowed); goodbyes "Have a good one.", "cool, have a good run!",
 *   "k stay safe, bye!", "Talk soon!", "Stay well!", "Bye, happy gardening!", "¡De nada! Gracias por usar nuestro chat. Que le
 *   vaya bien."; patron-side "es todo lo que necesitaba", "no more questions", "nothing else", "that's everything for now",
 *   "im good now, thx", "nope thats it", and "yes very helpful ty", "ya", "ok will do", "no, thank you" (to "anything more?");
 *  sources: EPA, CDC, AirNow, FDA, NIST NVLAP, NSF, state health and environment pages, a utility's lead page, the library's
 *   databases page (Consumer Reports), EnviroFlash; none ("Put it in the lowest level you spend time in …", 28: fail);
 *  referrals: the utility's Lead Program by phone (01); the National Radon Hotline at "1-800-SOS-RADON" (02); the county's
 *   División de Salud Ambiental by phone (03); "contact your county extension office" (04: no contact); Environmental Health
 *   by phone (07, 19), by phone and e-mail then "Please call them this week." (18, LEFT), by form URL and phone (27), by street
 *   address (37, LEFT), for wipe tests by phone (42); 311 by phone (17); the library's reference desk by phone (20); "Mail them
 *   a sample" to a soil lab with a URL (26, LEFT); "check with your city's building department" (30: no contact); the Division
 *   of Air Quality by phone (31); "pídale al pediatra" (32, LEFT); 911 and Poison Control by phone (35); not referrals: a sample
 *   that "has to go to an accredited lab" in what the EPA says (06), Fairhaven Library "has old city directories" and "someone
 *   from Fairhaven Library will contact you" (09), a contractor list (22, 30);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday afternoon", done in 30 h (07); a promise to e-mail with no time coded
 *   Answered, e-mail given (08: code and contact fail, pending at day 1); FU_LIB with the e-mail only in `patron.email`, no time,
 *   not done by day 4 (09); FU_ME by phone read back, "by Friday", done after 90 h (10: late); FU_ME, e-mail read back, "within
 *   72 hours", done at "2026-03-05T12:30:00+02:00" (33: 67.5 elapsed hours, on time, though its wall clock reads later);
 *  codes: a true Lost Call (11, and 12 with a clarifying question); Lost Call after three patron lines (31: fail); null with no
 *   provider (13); an empty string (04: fail); Practice (14);
 *  transfers: a notice (a hold) and an internal note that says why (17: pass); an internal note only (18: fail); a notice and
 *   no note (36: fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start and starting exactly at the end, three at most (16:
 *   pass); the transferring provider's three other chats starting only after the transfer (36: pass, each provider judged over
 *   the part they handled).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a Lost Call whose greeting carries a clarifying question ("Was that a short-term test, and was it in the basement …?", 12)
 *   has a substantive exchange by the Terms ("a clarifying question counts"): clarify passes (no source is ever given, so any
 *   such question counts), source, completeness and anything-else fail; keep_informed passes; code passes (one patron line);
 * - "Seems you've stepped away, so I'm going to end the chat now", "since it seems you've left" and "looks like u got
 *   disconnected, closing the chat now" tell the patron that they seem to have disconnected and that the session will end;
 *   "Did I lose you?", "u still there?", "¿Sigue ahí?", "Hello, are you still with me?" ask whether the patron is still there;
 * - "1-800-SOS-RADON" is a phone number (02);
 * - "If your child seems sick at all, call 911 now." is a referral with a phone contact, so the greeting is the first message
 *   that gives a source and the question after it is too late (35: clarify fails, referral passes);
 * - "Mail them a sample following the instructions there" (26) tells the patron to send something to (write to) an
 *   organisation (the project's round-57 reading of "Mail … to the Office of Authentications"); "pídale al pediatra una prueba
 *   de plomo" (32) tells the patron to ask a person outside the chat (the project's round-46 "lawyer" and round-57 "league"
 *   readings), with no contact; "contact your county extension office" and "check with your city's building department" are
 *   referrals with no contact;
 * - "Please call them this week." (18) refers again to the division whose phone and e-mail came two messages earlier: the same
 *   party, reached;
 * - what the EPA says ("a sample has to go to an accredited lab", 06), what a library holds ("Fairhaven Library has old city
 *   directories", 09) and a list of licensed contractors (22, 30) tell the patron to contact or visit no one: no referral;
 * - "I'll find out whether it still takes claims and e-mail you what I find" (08) promises to send more later: a follow-up
 *   session; "within 72 hours" says when (33); "someone from Fairhaven Library will contact you at the e-mail address on your
 *   account" does not confirm the e-mail in the chat and says no time (09);
 * - with `pickedUpAt` at 30 s and the first line at 170 s, the wait after pickup is 140 s: keep_informed fails (30, the
 *   project's round-57 reading);
 * - "es todo lo que necesitaba", "that's everything for now" and "im good now, thx" say the patron is done; "yes very helpful
 *   ty" and "ya" do not;
 * - "Great! Have a good one.", "cool, have a good run!", "Talk soon!" and "Stay well!" (after thanks) say goodbye; "I'm ending
 *   this session now" alone does not (31);
 * - "I've given you all the time I can for this one, ending the chat now. Bye." ends the help for the provider's convenience
 *   with no way back (39: dismissal fails; the "Bye." passes courteous);
 * - "Does that get you what you need?", "Does the CDC page help for now?", "Does that help with the radon part?", "Did that
 *   answer the cleanup part?" ask whether what was given meets the need; "Is there anything more I can look up for you?" asks
 *   for anything else, not completeness (41).
 *
 * COUNTS. Written: 42 whole sessions in three batches (31, 5, 6), all 17 statuses labelled in each before its batch's first
 * run (labels copied aside each time).
 * First run as labelled / disagreeing: 38 / 4 (29 / 2, 4 / 1, 5 / 1 by batch; every disagreement on referral.contact).
 * Label corrections: 0.
 * Final: 38 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 18: "Please call them this week." read as a second referral without contact (fail; RUBRIC pass:
 *    the same division came with a phone and an e-mail in message 6);
 *  - referral.contact, case 26: "Mail them a sample following the instructions there" (a soil lab, URL) read as no referral
 *    (na; RUBRIC pass: write to an organisation, reached by URL);
 *  - referral.contact, case 32: "También pídale al pediatra una prueba de plomo en la sangre" read as no referral (na; RUBRIC
 *    fail: ask a person outside the chat, no contact);
 *  - referral.contact, case 37: "pick one up at the Elm County Health Department's Environmental Division, 410 Court St., Suite
 *    2" read as no referral (na; RUBRIC pass: visit an office, postal address).
 * Every timing check (pickup at 75 s, exactly 60 s, by `pickedUpAt`, no provider; keep_informed at 150, 130, 140 s and exactly
 * 120 s, across holds, internal lines, "take your time", two transfers and after `pickedUpAt`; final idles of 0, 130, 220,
 * 224, 250, 259, 261, 295, 310 and 324 s; concurrency at four, at touching ends and across a transfer; on_time done at 30 h,
 * done at 67.5 h in another offset, late at 90 h, pending at day 1, not recorded by day 4) scored as labelled on the first
 * run. The scorer does read "call their Lead Program", "1-800-SOS-RADON", "puede llamar a la División …", "contact your county
 * extension office", "call 311", "call our reference desk", "File a complaint with …", "check with your city's building
 * department", "Call Poison Control" and "call 911 now" as referrals. The redaction equality of describeSessions holds for
 * every running case (patron e-mails typed and read back, a patron phone read back, an e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 42 tests passed (4 through describeLeft).
 * ON v55 (block U, written partly from this file): case 32's "También pídale al pediatra una prueba de plomo" (U16) and 18's
 *   "Please call them this week." after the Division's phone and the patron's thanks (U19) read as labelled and run: 40 running,
 *   2 LEFT (26, 37).
 * FINAL RUN (rubric v55): 42 tests passed (2 through describeLeft).
 * ON v56 (block V): case 37's "pick one up at the Elm County Health Department's Environmental Division, 410 Court St." (V5: "pick
 *   … up at" a party) reads as labelled and runs: 41 running, 1 LEFT (26).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for a librarian.`];

const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'HCPL' };
const GABE: Prov = { id: 'gabe', name: 'Gabe', library: 'PHL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SBPL' };
const ORIN: Prov = { id: 'orin', name: 'Orin', library: 'MBL' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'FVL' };
const ROLAND: Prov = { id: 'roland', name: 'Roland', library: 'CFPL' };
const SIMONE: Prov = { id: 'simone', name: 'Simone', library: 'LWPL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'WFL' };
const URSULA: Prov = { id: 'ursula', name: 'Ursula', library: 'STATE' };
const VIKRAM: Prov = { id: 'vikram', name: 'Vikram', library: 'MCL' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'GPL' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan', library: 'RWL' };
const QUEUE: Prov = { id: 'queue-e', name: 'Queue', library: 'BCL' };
const TRAINER: Prov = { id: 'trainer-e', name: 'Training Account', library: 'TRN' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'TPL' };
const XAVIER: Prov = { id: 'xavier', name: 'Xavier', library: 'NGL' };
const YARA: Prov = { id: 'yara', name: 'Yara', library: 'AUN' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'EPFL' };
const ZANE: Prov = { id: 'zane', name: 'Zane', library: 'LKL' };
const MARTA: Prov = { id: 'marta', name: 'Marta', library: 'LKL' };
const AMOS: Prov = { id: 'amos', name: 'Amos', library: 'BSL' };
const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'RBPL' };
const CYRUS: Prov = { id: 'cyrus', name: 'Cyrus', library: 'ASH' };
const DELIA: Prov = { id: 'delia', name: 'Delia', library: 'SPL' };
const ELLIOT: Prov = { id: 'elliot', name: 'Elliot', library: 'KML' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona', library: 'HCPL-MD' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'ACL' };
const REFDESK: Prov = { id: 'refdesk2', name: 'Ref Desk 2', library: 'OCPL' };
const IMOGEN: Prov = { id: 'imogen', name: 'Imogen', library: 'PCL' };
const JONAH: Prov = { id: 'jonah', name: 'Jonah', library: 'OPPL' };
const KIKI: Prov = { id: 'kiki', name: 'kiki_mesa', library: 'MPL' };
const LARS: Prov = { id: 'lars', name: 'Lars', library: 'SWPL' };
const MONA: Prov = { id: 'mona', name: 'Mona', library: 'DPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'KCL' };
const OKSANA: Prov = { id: 'oksana', name: 'Oksana', library: 'PKCL' };
const PAZ: Prov = { id: 'paz', name: 'paz_lv', library: 'LVL' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'GCL' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'NFL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'NFL' };
const RAFE: Prov = { id: 'rafe', name: 'Rafe', library: 'ECL' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'DPL-CO' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomas', library: 'RSL' };
const HENRIK: Prov = { id: 'henrik', name: 'Henrik', library: 'BVL' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'VRL' };
const JUN: Prov = { id: 'jun', name: 'Jun', library: 'MGL' };

export const sixtyFirstRoundEnvironment: SessionCase[] = [
  // 01 lead in city water: free kit, the utility's Lead Program by phone
  s(MAYA, '01 lead pipes in an older house: city or well asked, utility lead page + "call their Lead Program at 555-…", "thats all i needed"', [
    [0, 'p', "hi, we just bought an older house and i'm worried about lead pipes. how do i get the water tested?"],
    [20, 'l', 'Hi! This is Maya, a librarian with Ask Us at Harbor City Public Library.'],
    [26, 'l', 'Are you on city water or a private well? The testing route is different.'],
    [70, 'p', 'city water, harbor city'],
    [76, 'l', "Harbor City Water gives free lead test kits to homes built before 1986. Request one on their lead page, harborcitywater.org/lead, or call their Lead Program at 555-210-4400. The EPA's basics on lead in drinking water are at epa.gov/ground-water-and-drinking-water/basic-information-about-lead-drinking-water."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes! thats all i needed, thanks so much'],
    [136, 'l', "You're welcome, thanks for contacting Ask Us. Take care!"],
  ], usual({ referral: 'pass' })),

  // 02 radon kits: a 75 s pickup; the hotline by a vanity number
  s(GABE, '02 radon test kit from the library?: queue, patron "hello?", pickup at 75 s, state program URL + "National Radon Hotline at 1-800-SOS-RADON"', [
    [0, 'p', 'Where can I get a radon test kit? Does the library lend them?'],
    queue(3),
    [40, 'p', 'hello?'],
    [75, 'l', 'Good afternoon! Gabe here, reference librarian at Prairie Hills Library.'],
    [81, 'l', 'Do you want a short-term test (a few days) or a long-term one (3 months or more)?'],
    [120, 'p', 'short i guess, we might be selling'],
    [126, 'l', "We don't lend them, but the state radon program sells discounted short-term kits at kansasradonprogram.org/test-kits. If you have questions about the results, call the National Radon Hotline at 1-800-SOS-RADON."],
    [132, 'l', 'Is that what you were looking for?'],
    [170, 'p', 'yes'],
    [174, 'l', 'Anything else I can help you with?'],
    [200, 'p', 'no thank you'],
    [204, 'l', 'Thanks for chatting with Prairie Hills Library. Good luck with the sale!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 Spanish: mold in a rental, the county's environmental division by phone, "es todo lo que necesitaba"
  s(LUCIA, '03 moho en un apartamento (Spanish): "¿Usted renta…?", EPA en español, División de Salud Ambiental al 555-…, "es todo lo que necesitaba"', [
    [0, 'p', 'hola, tengo moho en el baño y en la recamara de mis hijos, el dueño no hace nada. que puedo hacer'],
    [30, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de San Benito. Con gusto le ayudo.'],
    [37, 'l', '¿Usted renta el apartamento? ¿Y en qué ciudad vive?'],
    [90, 'p', 'si rento, en san benito'],
    [96, 'l', 'Un momento, por favor, busco la información.'],
    [170, 'l', 'La EPA tiene una guía en español sobre el moho en la casa: epa.gov/es/moho. Si el dueño no hace las reparaciones, puede llamar a la División de Salud Ambiental del Departamento de Salud del Condado al 555-318-2200; ellos inspeccionan viviendas de alquiler.'],
    [176, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si, es todo lo que necesitaba. muchas gracias'],
    [246, 'l', '¡De nada! Gracias por usar nuestro chat. Que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 04 well water for a new baby: "contact your county extension office" (no contact); code ''
  s(ORIN, '04 private well + new baby: certified labs by county, CDC page, "contact your county extension office" (no contact), code empty', [
    [0, 'p', 'We have a private well and a new baby coming. What should we test the water for and where?'],
    [22, 'l', 'Hello, Orin at the Millbrook Library Ask a Librarian service. Congrats on the baby!'],
    [28, 'l', 'Which county are you in? The state lists certified labs by county.'],
    [60, 'p', 'Clark county'],
    [66, 'l', "The state health department keeps a list of certified drinking water labs at statehealth.org/certified-labs (filter by Clark County). For a new baby most guidance says to test at least for nitrate, coliform bacteria, arsenic and lead; the CDC's well testing page, cdc.gov/healthywater/drinking/private/wells/testing.html, explains each one. You could also contact your county extension office, they sometimes run free screening days."],
    [72, 'l', 'Did that help?'],
    [130, 'p', 'yes very helpful ty'],
    [136, 'l', 'Great! Thanks for chatting, and congrats again.'],
  ], usual({ anything: 'fail', referral: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 05 air quality alert: a hold answered 150 s later
  s(PETRA, '05 air quality alert, kids with asthma: "Let me look up today\'s numbers" then 150 s, AirNow', [
    [0, 'p', 'theres an air quality alert today, is it safe for my kids to play outside? we are in fresno'],
    [18, 'l', 'Hi, Petra here with Ask a Librarian at Fresno Valley Library!'],
    [24, 'l', 'How old are the kids, and does anyone in the family have asthma?'],
    [55, 'p', '6 and 9, the 9 yr old has asthma'],
    [61, 'l', "Let me look up today's numbers for you."],
    [211, 'l', "Sorry that took a bit. AirNow (airnow.gov, enter ZIP 93721) shows an AQI of 162 today, which is 'Unhealthy'. At that level the advice for kids, especially with asthma, is to keep outdoor play short and light or move it indoors. AirNow's guide for parents and schools is at airnow.gov/air-quality-and-health."],
    [217, 'l', 'Does that answer your question?'],
    [260, 'p', 'yes. thats all, thanks'],
    [266, 'l', 'Take care, and thank you for using Ask a Librarian!'],
  ], usual({ informed: 'fail' })),

  // 06 popcorn ceiling: the source before the question
  s(ROLAND, '06 scraping a popcorn ceiling: EPA asbestos page given before "When was the house built?", NVLAP labs, "no more questions"', [
    [0, 'p', 'how do i know if my popcorn ceiling has asbestos, want to scrape it this weekend'],
    [25, 'l', "Hi, I'm Roland, a librarian at Cedar Falls Public Library."],
    [31, 'l', "The EPA's page on asbestos in the home, epa.gov/asbestos/protect-your-family-exposure-asbestos, says you can't tell by looking; a sample has to go to an accredited lab."],
    [37, 'l', 'When was the house built?'],
    [70, 'p', '1974'],
    [76, 'l', "Ceilings from then often did contain asbestos, so please don't scrape before testing. Accredited labs are searchable in NIST's NVLAP directory at nist.gov/nvlap (choose 'Asbestos Fiber Analysis'). Is that what you needed?"],
    [120, 'p', 'yeah ok. guess im not scraping this weekend lol. no more questions'],
    [126, 'l', 'Ha, probably wise! Thanks for chatting, stay safe.'],
  ], usual({ clarify: 'fail' })),

  // 07 follow-up by me, e-mail read back, "by Thursday afternoon", done in 30 h
  s(SIMONE, '07 child\'s blood lead level of 7 (follow-up by me): rent or own, CDC parents page, Environmental Health by phone, e-mail read back, "by Thursday afternoon", done in 30 h', [
    [0, 'p', "my daughter's blood test came back with lead 7. doctor says it's probably our house paint. I want to read about what to do, but I'm overwhelmed"],
    [28, 'l', "Hello, and welcome to Ask Us. I'm Simone, a librarian at Linwood Public Library. I'm sorry, that's a lot to take in."],
    [35, 'l', 'Do you own the home or rent it? And is it in Linwood?'],
    [90, 'p', 'we rent, yes linwood'],
    [96, 'l', "Thank you. To start, the CDC has a plain-language page for parents: cdc.gov/lead-prevention/parents. The Linwood County Health Department's Environmental Health division does home lead inspections for children with elevated levels; call them at 555-440-1870. I'd also like to pull together some of our books and the state's tenant rules on lead for you. Could I e-mail that to you?"],
    [150, 'p', 'yes please, its kbrooks@example.com'],
    [156, 'l', "kbrooks@example.com, got it. I'll send it by Thursday afternoon."],
    [162, 'l', 'Does the CDC page help for now?'],
    [200, 'p', "yes it does. thank you so much. that's everything for now"],
    [206, 'l', "You're welcome. Take care of yourself and your daughter, and thanks for contacting us."],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 a promise to e-mail, no time, coded Answered
  s(TOBIAS, '08 vermiculite attic insulation: "I\'ll e-mail you what I find" with no time, e-mail given, coded Answered (code fails, pending)', [
    [0, 'p', 'I think the insulation in my attic is vermiculite, grey-brown pebbly stuff. I read it might have asbestos. Is there any help paying to remove it?'],
    [30, 'l', 'Hi, thanks for contacting the Ask a Librarian chat at Westfield Library. My name is Tobias.'],
    [36, 'l', 'Are you in the US? Some programs only cover certain states.'],
    [70, 'p', 'yes, Montana'],
    [76, 'l', "The EPA has a section on vermiculite at epa.gov/asbestos/protect-your-family-exposure-asbestos: leave it undisturbed and don't remove it yourself. There was a trust that paid part of the removal cost for Zonolite insulation; I'll find out whether it still takes claims and e-mail you what I find."],
    [82, 'l', "What's the best e-mail for you?"],
    [120, 'p', 'dmarsh@example.com'],
    [126, 'l', 'Thanks! Does the EPA page help in the meantime?'],
    [170, 'p', 'yes ok thanks'],
    [176, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 follow-up by the patron's library, e-mail only on the account, no time, not done by day 4
  s(URSULA, '09 old dry cleaner next door (FU_LIB): state site search, "someone from Fairhaven Library will contact you at the e-mail … on your account", no time, not done by day 4', [
    [0, 'p', 'There used to be a dry cleaner next to our house in the 80s. How can I find out if the ground is contaminated?'],
    [35, 'l', "Hi, I'm Ursula with the statewide Ask Us service (I'm at the Bellport library)."],
    [42, 'l', 'What town is the house in? Your home library may have local files that would help.'],
    [100, 'p', 'Fairhaven'],
    [106, 'l', "The state's environmental site database, stateenv.org/site-search, lets you search by address for known spills or cleanup sites. Fairhaven Library has old city directories that show which business was at which address, so I'll pass your question on, and someone from Fairhaven Library will contact you at the e-mail address on your account."],
    [112, 'l', 'Does the site search help to start?'],
    [170, 'p', 'yes. thank you'],
    [176, 'l', 'Thanks for using Ask Us. Goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'lhale@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 10 follow-up by phone, read back, "by Friday", done after 90 h
  s(VIKRAM, '10 radon in Lower Merion (follow-up by me): EPA zone map, phone read back, "I\'ll call you by Friday", done after 90 h', [
    [0, 'p', 'is radon bad in lower merion? thinking of buying a house there w/ a basement'],
    [20, 'l', 'Hi there! Vikram, librarian at Ask a Librarian, Montgomery County Library.'],
    [26, 'l', 'Are you after the average test results for the area, or what to do about radon in the house you buy?'],
    [60, 'p', 'averages for the area, and whether its a "high radon" zone'],
    [66, 'l', 'One moment, let me check.'],
    [140, 'l', "The EPA radon zone map, epa.gov/radon/epa-map-radon-zones, puts Montgomery County in Zone 1, the highest potential. The state's test results by ZIP code are in a report I can't open from the chat desk, though. I can get it from our state documents collection and call you with the numbers. What's a good phone number?"],
    [190, 'p', '610-555-0147'],
    [196, 'l', "610-555-0147, thanks. I'll call you by Friday."],
    [202, 'l', 'Does the zone map help meanwhile?'],
    [240, 'p', 'yes thanks'],
    [246, 'l', 'Anything else?'],
    [270, 'p', 'no thats all'],
    [276, 'l', 'Thanks for chatting, talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 11 a true Lost Call: greeting, check-in, notice that invites back
  s(NORA, '11 black mold on window sills (Lost Call): greeting only, "Are you still there?" at 150, notice + "come back anytime" at 330', [
    [0, 'p', 'how do i get rid of black mold on my window sills'],
    [20, 'l', 'Hello! This is Nora at Greenfield Public Library.'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 a Lost Call where the provider asked a clarifying question (a substantive exchange)
  s(IVAN, '12 radon result 5.2 (Lost Call): greeting + clarifying question, check-in at 165, "Seems you\'ve stepped away … just chat back in" at 320', [
    [0, 'p', 'radon test kit results 5.2 what does that mean'],
    [25, 'l', "Hi, Ivan here at the Ridgeway Library's Ask a Librarian. Was that a short-term test, and was it in the basement or on the first floor?"],
    [165, 'l', 'Hello, are you still with me?'],
    [320, 'l', "Seems you've stepped away, so I'm going to end the chat now. If you still need help with your radon results, just chat back in."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 no provider joined, code null
  s(QUEUE, '13 neighbor burning trash: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'is there a number to report someone burning trash, the smoke is coming in my windows'],
    queue(2, 3),
    [140, 'p', 'hello??'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 14 Practice
  s(TRAINER, '14 practice chat (radon script): coded Practice, every check na', [
    [0, 'p', 'testing - radon kits?'],
    [10, 'l', 'Hi, this is a practice session for Ask Us training.'],
    [20, 'l', 'Radon info is at epa.gov/radon. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 four chats at once
  s(WREN, '15 air purifier for wildfire smoke: room size asked, Consumer Reports via library databases + EPA, four chats open at once', [
    [0, 'p', 'what air purifier should i get for wildfire smoke? there are so many'],
    [15, 'l', 'Hi, Wren at Ask a Librarian, Tacoma Public Library!'],
    [21, 'l', 'How big is the room you want to clean, roughly?'],
    [60, 'p', 'bedroom, maybe 12x14'],
    [66, 'l', "Consumer Reports rates air purifiers; you can read it free with your library card from our databases page, tacomalibrary.org/databases (Consumer Reports). The EPA's guide to air cleaners for smoke is at epa.gov/indoor-air-quality-iaq/air-cleaners-and-air-filters-home. For a 168 sq ft room look for a smoke CADR of at least 110."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'perfect, thats all i needed'],
    [115, 'l', 'Glad to help! Bye now.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren', -200, 300), other('w2', 'wren', -50, 150), other('w3', 'wren', 20, 400)],
  }),

  // 16 touching ends, three at most
  s(XAVIER, '16 hardware-store lead swabs for dishes and paint: restated as a question, EPA + FDA, others touching the start and the end (three at most)', [
    [0, 'p', 'are those lead test swabs from the hardware store any good? want to check some old dishes and a windowsill'],
    [18, 'l', 'Good morning, Xavier here, a librarian at Northgate Library.'],
    [24, 'l', 'So you want to know whether home lead swab kits are reliable, for dishes and for paint?'],
    [55, 'p', 'yes'],
    [61, 'l', "EPA recognizes only a couple of kits for paint: see epa.gov/lead/lead-test-kits. For dishes, the FDA says home kits can miss low levels; its page is fda.gov/food/environmental-contaminants-food/lead-food-and-foodwares."],
    [67, 'l', 'Does that help?'],
    [120, 'p', 'yep that helps, thats all. thanks!'],
    [126, 'l', 'Anytime, thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('x1', 'xavier', -600, 0), other('x2', 'xavier', -200, 100), other('x3', 'xavier', 50, 900), other('x4', 'xavier', 131, 800)],
  }),

  // 17 transfer with a notice and a note; 311 by phone
  s(YARA, '17 Baltimore lead service lines: statewide to Enoch Pratt with a notice and a note, DPW lookup URL, "call 311 or 410-555-0311"', [
    [0, 'p', 'does baltimore city have a program to replace lead water pipes for homeowners'],
    [20, 'l', "Hello! I'm Yara with Maryland's Ask Us Now statewide chat."],
    [26, 'l', 'Is the home in Baltimore City itself, or Baltimore County?'],
    [60, 'p', 'the city'],
    [66, 'l', "A librarian from Enoch Pratt in Baltimore knows the city programs best, so I'm transferring you to her now. One moment please!"],
    [69, 'i', 'Bea: pt asks about Baltimore City lead service line replacement for homeowners. Local program q, thanks!'],
    xfer(72, 'Bea', 'bea'),
    [120, 'l', "Hi, this is Bea at Enoch Pratt Free Library. The city's Department of Public Works runs the lead service line program; the lookup map and sign-up are at publicworks.baltimorecity.gov/lead. If the map shows your line may be lead, request an inspection through 311: call 311 or 410-555-0311.", as(BEA)],
    [126, 'l', 'Does that answer your question?', as(BEA)],
    [170, 'p', 'yes thanks both!'],
    [175, 'l', 'Anything else today?', as(BEA)],
    [200, 'p', 'nope'],
    [205, 'l', 'Great, thanks for using Ask Us Now!', as(BEA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 18 silent transfer, the receiver 140 s after the patron
  s(ZANE, '18 nitrates in the well, 4-month-old: transfer to Marta with an internal note only, Marta 140 s after the patron, Env Health by phone + e-mail', [
    [0, 'p', 'we got a letter from the county saying our well has high nitrates. is it safe to boil the water?'],
    [22, 'l', 'Hi, Zane at Ask Us, Lakeland Library.'],
    [28, 'l', 'Is anyone in the house pregnant, or is there a baby under 6 months?'],
    [65, 'p', 'yes, 4 month old'],
    [70, 'i', 'Marta, can you take this? nitrate in well water, infant in the house, you did the health guide'],
    xfer(75, 'Marta', 'marta'),
    [205, 'l', "Hi, I'm Marta, the health sciences librarian. Please don't boil it: boiling concentrates nitrate. The CDC's page on nitrate in well water, cdc.gov/healthywater/drinking/private/wells/disease/nitrate.html, says to use bottled water for formula. The Lakeland County Environmental Health Division can retest your well and talk through treatment: call 555-862-4410 or write to envhealth@lakelandco.org.", as(MARTA)],
    [211, 'l', 'Is that what you needed?', as(MARTA)],
    [250, 'p', 'yes. thank you so much, i had no idea'],
    [256, 'l', "You're welcome. Please call them this week. Thanks for chatting.", as(MARTA)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'fail', referral: 'pass' })),

  // 19 a dismissal for the provider's convenience
  s(AMOS, '19 neighbor sanding lead paint: Env Health line by phone, then "I\'ve got other work to get to, so that\'s all I can do for today."', [
    [0, 'p', 'my neighbor is sanding lead paint off his house and it blows into my yard where my kids play, who do i call? also can i test my soil? also is my garden safe? also how do i clean my kids toys'],
    [24, 'l', "Hi, I'm Amos at Brookside Library's chat service."],
    [30, 'l', 'What city are you in?'],
    [60, 'p', 'brookside'],
    [66, 'l', "For the sanding, call the Brookside County Health Department's Environmental Health line at 555-207-3300; they take lead dust complaints. The EPA's lead-safe renovation rules are at epa.gov/lead/renovation-repair-and-painting-program."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes but what about my soil and the garden and the toys??'],
    [118, 'l', "That's a lot of questions. I've got other work to get to, so that's all I can do for today."],
    [150, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 20 other patrons waiting, a way back by the reference desk's phone
  s(BEATRIZ, '20 radon, mold, paint, water, tiles before the baby: radon answered, "several other patrons waiting … chat back in later or call our reference desk at 555-…"', [
    [0, 'p', 'hi I have questions about testing my house for radon and mold before my baby comes'],
    [19, 'l', 'Hello! Beatriz here, librarian at Ask a Librarian, Riverbend Public Library.'],
    [25, 'l', "Let's start with radon. Do you have a basement?"],
    [60, 'p', 'yes finished basement'],
    [66, 'l', "Then test in the basement, since it's the lowest lived-in level. The EPA's A Citizen's Guide to Radon (epa.gov/radon/citizens-guide-radon) explains the tests and what the numbers mean."],
    [72, 'l', 'Does that help with the radon part?'],
    [110, 'p', 'yes. now mold, and also what about the paint, house is from 1950, and the water, and asbestos tiles in the basement??'],
    [118, 'l', "Good questions! I have several other patrons waiting right now, so I can't get to all of them. Please chat back in later or call our reference desk at 555-640-2100 and we'll pick up where we left off."],
    [140, 'p', 'ok will do'],
    [145, 'l', 'Thanks for your patience, and congratulations on the baby!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 "Sure, take your time." then the patron away 220 s
  s(CYRUS, '21 well test "coliform present": "brb let me grab it", "Sure, take your time." then 220 s away, state lab results guide', [
    [0, 'p', 'got my well water test results back and i dont understand them. coliform "present"?'],
    [20, 'l', 'Hi, Cyrus here at Ask Us, Ashby Library. Happy to help you find info on that.'],
    [26, 'l', 'Do you have the lab report handy? Which lab did the test, and was E. coli listed too?'],
    [60, 'p', 'brb let me grab it'],
    [66, 'l', 'Sure, take your time.'],
    [286, 'p', 'ok back. state lab, E coli absent, total coliform present'],
    [292, 'l', "Thanks. The state lab's guide to reading results, statehealthlab.org/private-wells/results, says total coliform present with E. coli absent means bacteria are getting into the well, but not fecal bacteria; it recommends shock chlorinating the well and retesting, with the steps on the same page."],
    [298, 'l', 'Does that answer what you were wondering?'],
    [340, 'p', 'yes that helps a lot. thats all i needed'],
    [346, 'l', 'Great, thanks for chatting with Ask Us! Good luck.'],
  ], usual()),

  // 22 holds every ~90 s through a long search
  s(DELIA, '22 licensed asbestos abatement contractors (Ohio): holds at 66/160/255, answer at 340, "nothing else"', [
    [0, 'p', 'need a list of licensed asbestos abatement contractors in ohio, the old floor tiles in my kitchen are cracking'],
    [21, 'l', 'Hi there!'],
    [24, 'l', 'Delia with Ask a Librarian at Sandusky Public Library here. Are you planning to have the tiles removed, or covered over?'],
    [60, 'p', 'removed probably'],
    [66, 'l', 'Okay, let me find the state list. One moment.'],
    [160, 'l', 'Still looking, the state moved its licensing pages recently. Thanks for your patience.'],
    [255, 'l', "Found the search, just checking it's current."],
    [340, 'l', "Here it is: Ohio licenses asbestos contractors through the Department of Health; the license lookup is at odh.ohio.gov (search 'asbestos license lookup'), then choose 'Abatement Contractor' and your county. The EPA's asbestos pages, epa.gov/asbestos, explain why covering old tiles can be safer than removing them."],
    [346, 'l', 'Is this what you needed?'],
    [400, 'p', 'yes thats it, thank you. nothing else'],
    [406, 'l', 'You are welcome! Thanks for using Ask a Librarian.'],
  ], usual()),

  // 23 a check-in and then nothing
  s(ELLIOT, '23 musty basement after a flood: EPA mold guide at 76, "Are you still there?" at 230, session ends at 400 with no notice', [
    [0, 'p', 'basement flooded last week, now smells musty. how do i clean mold safely'],
    [23, 'l', 'Hi, this is Elliot, librarian at Ask Us, Kenmore Library.'],
    [29, 'l', 'About how big is the moldy area? Bigger than about 10 square feet?'],
    [70, 'p', 'maybe a 3x3 patch on drywall'],
    [76, 'l', "For a patch that size the EPA says you can usually clean it yourself: wear an N95, gloves and goggles, scrub with detergent and water, and throw out drywall that stays damp. It's all in A Brief Guide to Mold, Moisture and Your Home at epa.gov/mold/brief-guide-mold-moisture-and-your-home."],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  // 24 goodbye 130 s after the answer, no check-in
  s(FIONA, '24 "code orange" ozone alert: AirNow AQI basics at 56, goodbye at 186 (final idle 130 s) with no check-in', [
    [0, 'p', 'what does code orange air quality mean? got an alert on my phone'],
    [16, 'l', 'Hi there! Fiona at the Harford County Public Library chat.'],
    [22, 'l', 'Did the alert say whether it was for ozone or for particle pollution?'],
    [50, 'p', 'ozone'],
    [56, 'l', "Code Orange means the air is 'Unhealthy for Sensitive Groups' (AQI 101-150): children, older adults and people with asthma or heart or lung disease should cut back on long or heavy outdoor activity, especially in the afternoon when ozone peaks. AirNow explains each color at airnow.gov/aqi/aqi-basics."],
    [62, 'l', 'Does that answer your question?'],
    [186, 'l', 'Thanks for using the chat, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 a restatement; the patron has the last word
  s(GRANT, '25 which filters remove lead: restatement with no question mark, NSF search + EPA flyer, patron "thats everything. thx" last (no goodbye)', [
    [0, 'p', 'which water filters actually remove lead? the brita pitcher?'],
    [20, 'l', "Good evening! You've reached Grant, a librarian with the Ask Us service at Alder County Library."],
    [26, 'l', "So you're looking for a filter certified to remove lead from tap water."],
    [50, 'p', 'yep'],
    [56, 'l', "Look for certification to NSF/ANSI Standard 53 for lead. NSF's own search at info.nsf.org/Certified/DWTU lets you pick 'lead reduction' and see every certified model, pitchers included. The EPA's consumer tool for choosing one is at epa.gov/water-research/consumer-tool-identifying-point-use-and-pitcher-filters-certified-reduce-lead."],
    [62, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes perfect, thats everything. thx'],
  ], usual({ courteous: 'fail' })),

  // 26 greets but names no one (screen name only); soil sample mailed to the extension lab
  s(REFDESK, '26 lead in garden soil: "Hi! How can I help you today?" under "Ref Desk 2", state asked, UMass soil lab (mail a sample, URL)', [
    [0, 'p', 'how do I test my garden soil for lead, house is old and we want to grow veggies'],
    [14, 'l', 'Hi! How can I help you today?'],
    [20, 'l', 'Oh sorry, I see your question. What state are you in?'],
    [45, 'p', 'massachusetts'],
    [51, 'l', "UMass Extension's Soil and Plant Nutrient Testing Lab tests soil for lead; the order form and prices are at ag.umass.edu/services/soil-plant-nutrient-testing-laboratory. Mail them a sample following the instructions there."],
    [57, 'l', 'Does that help?'],
    [90, 'p', 'yes thank you'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [115, 'l', 'Bye, happy gardening!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 27 internal lines do not end the wait
  s(IMOGEN, '27 does the county inspect for mold?: two internal lines, the patron waits 140 s, "File a complaint with the … Environmental Health Division" (URL + phone)', [
    [0, 'p', 'does the county health department come out and inspect for mold? my landlord says its not his problem'],
    [18, 'l', 'Hi, Imogen at Ask a Librarian, Pine County Library, here.'],
    [24, 'l', 'Are you in Pine County, and is it a rental house or an apartment building?'],
    [55, 'p', 'yes pine county, apartment'],
    [60, 'i', 'anyone know if Pine Co Env Health still does mold complaints for rentals? thought they stopped in 2023'],
    [130, 'i', 'Dev: they do, form on their site'],
    [195, 'l', 'Yes, they take mold complaints for rental housing. File a complaint with the Pine County Environmental Health Division: the form is at pinecountyhealth.org/environmental/housing, or call them at 555-771-0935.'],
    [201, 'l', 'Does that help?'],
    [240, 'p', 'ya thx'],
    [245, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no thats it'],
    [275, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 28 an answer with no source
  s(JONAH, '28 where to put a radon kit: charcoal or alpha track asked, placement advice with no source, "Have a good one."', [
    [0, 'p', 'where in the house do i put the radon test'],
    [21, 'l', 'Hey there, Jonah from the Oak Park Library Ask a Librarian team.'],
    [27, 'l', 'Is it a short-term charcoal kit, or a long-term alpha track?'],
    [60, 'p', 'the charcoal one from home depot'],
    [66, 'l', 'Put it in the lowest level you spend time in, at least 20 inches off the floor, away from drafts, outside walls, kitchens and bathrooms. Keep windows and outside doors closed for 12 hours before and during the test. Most of those kits run 2 to 4 days.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes thanks, thats all i needed'],
    [115, 'l', 'Great! Have a good one.'],
  ], usual({ source: 'fail' })),

  // 29 chat-speak both sides
  s(KIKI, '29 window AC during wildfire smoke (chat-speak): "hey! kiki w/ ask a librarian @ mesa public library", "sec", EPA smoke-ready, "k stay safe, bye!"', [
    [0, 'p', 'smoke from the fires is sooo bad rn, is it ok to run my AC or does it pull in outside air??'],
    [12, 'l', 'hey! kiki w/ ask a librarian @ mesa public library 👋'],
    [16, 'l', 'central AC or a window unit?'],
    [35, 'p', 'window'],
    [39, 'l', 'sec'],
    [88, 'l', "ok so window units can pull some outside air in, keep the vent/'fresh air' lever CLOSED + run it on recirculate. epa's smoke-ready page has the deets: epa.gov/smoke-ready-toolbox-wildfires"],
    [92, 'l', 'that help?'],
    [115, 'p', 'ya ty'],
    [118, 'l', 'anything else?'],
    [130, 'p', 'nope thats it'],
    [133, 'l', 'k stay safe, bye!'],
  ], usual()),

  // 30 pickedUpAt at 30 s, first line at 170; the patron's window closes; a building department with no contact
  s(LARS, '30 radon 8.1, mitigation: pickedUpAt 30 s, first line at 170 (140 s after pickup), MDH contractor list, "check with your city\'s building department" (no contact), patron left', [
    [0, 'p', 'our radon test was 8.1, how do we get a mitigation system put in and what does it cost'],
    [170, 'l', 'Hi, sorry for the wait! Lars here, reference librarian at Stillwater Public Library.'],
    [176, 'l', 'Is the house on a basement, a crawlspace or a slab?'],
    [210, 'p', 'basement'],
    [216, 'l', "For basements the usual fix is sub-slab depressurization (a pipe and a fan). The EPA's Consumer's Guide to Radon Reduction, epa.gov/radon/consumers-guide-radon-reduction-how-fix-your-home, explains it and what it typically costs. The Minnesota Department of Health lists certified mitigation contractors at health.state.mn.us/radon (Find a Professional). Also check with your city's building department about whether you need a permit."],
    [222, 'l', 'Is that what you needed?'],
    [260, 'p', 'ya'],
    left(265),
    [275, 'l', 'Thanks for chatting, good luck with the system!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'fail' }), { pickedUpAt: at(30) }),

  // 31 Lost Call after three patron lines; a notice that asks nothing
  s(MONA, '31 landlord removing asbestos tiles (coded Lost Call, 3 patron lines): Division of Air Quality by phone, notice with no question at 330', [
    [0, 'p', 'is it legal for my landlord to remove asbestos tiles while we live here'],
    [20, 'l', 'Hello, Mona at the Ask Us chat, Dover Public Library.'],
    [26, 'l', 'Which state are you in?'],
    [50, 'p', 'delaware'],
    [55, 'p', 'they started today and theres dust everywhere'],
    [61, 'l', 'Let me look that up, one moment.'],
    [120, 'l', "Removal has to follow the EPA's asbestos rules (epa.gov/asbestos/asbestos-laws-and-regulations) and Delaware's own. Call the Delaware Division of Air Quality at 555-739-9402 to report it; they can stop work that isn't being done safely."],
    [126, 'l', 'Does that help?'],
    [330, 'l', "It looks like you've disconnected, so I'm ending this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call', endAfter: 10 }),

  // ---- second batch (labelled and copied aside before its first run) ----

  // 32 Spanish idle handling; "pregúntele al pediatra" (a person, no contact)
  s(NADIA, '32 pintura con plomo y un bebé que gatea (Spanish): EPA folleto, "pida una prueba … al pediatra", "¿Sigue ahí?" at 215, "Parece que se desconectó … ¡Vuelva cuando quiera!" at 300', [
    [0, 'p', 'hola, la casa que rentamos es de 1940, la pintura se está pelando. es peligroso para mi bebé?'],
    [25, 'l', '¡Hola! Soy Nadia, bibliotecaria de la Biblioteca del Condado de Kern. ¿Su bebé ya gatea o se mete cosas a la boca?'],
    [70, 'p', 'si ya gatea'],
    [76, 'l', 'Entonces sí es importante. La pintura de casas de antes de 1978 puede tener plomo. El folleto de la EPA "Proteja a su familia contra el plomo en el hogar" está en español en epa.gov/lead/proteja-su-familia-contra-el-plomo-en-el-hogar. También pídale al pediatra una prueba de plomo en la sangre para su bebé.'],
    [82, 'l', '¿Le sirve esta información?'],
    [215, 'l', '¿Sigue ahí?'],
    [300, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 33 follow-up "within 72 hours", done 67.5 h later in another offset (+02:00)
  s(OKSANA, '33 1950s duct wrap + a "Holland" furnace (follow-up by me): "Bear with me a minute", e-mail read back, "within 72 hours", done at 12:30+02:00 on day 3 (67.5 h)', [
    [0, 'p', 'our 1950s house has white wrap on the old heating ducts in the basement. is that asbestos? also want to know what kind of furnace it was, there is a label "Holland"'],
    [30, 'l', "Hello! I'm Oksana, a reference librarian at Ask a Librarian, Pike County Library."],
    [36, 'l', 'Is the wrap damaged or crumbling anywhere, and are you planning any work down there?'],
    [80, 'p', 'a bit crumbly near the furnace. we want to replace the furnace this fall'],
    [86, 'l', 'Bear with me a minute while I check.'],
    [170, 'l', "White paper-like duct wrap from the 1950s was very often asbestos, and crumbly wrap shouldn't be touched; the EPA page on asbestos in the home, epa.gov/asbestos/protect-your-family-exposure-asbestos, explains what to do and what not to do. For the Holland furnace, our old trade catalogs are in storage; I can look through them and e-mail you what I find. What's your e-mail?"],
    [220, 'p', 'its jpark.home@example.com'],
    [226, 'l', "Thanks, jpark.home@example.com. You'll have it within 72 hours."],
    [232, 'l', 'Is the EPA page what you needed for the asbestos part?'],
    [280, 'p', 'yes. thats everything, thanks'],
    [286, 'l', 'Thanks for chatting with us. Talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T12:30:00+02:00' }] }, { now: T0 + 5 * DAY }),

  // 34 chat-speak idle handling, no goodbye
  s(PAZ, '34 walmart mold test kits (chat-speak): EPA testing page, "u still there?" at 190, "looks like u got disconnected, closing the chat now" at 300 (no goodbye)', [
    [0, 'p', 'r those mold test kits from walmart legit'],
    [10, 'l', 'hi! paz here from ask a librarian @ lakeview library'],
    [14, 'l', 'u mean the petri dish ones or the air sample ones?'],
    [40, 'p', 'petri dish'],
    [44, 'l', 'honestly the epa says u usually dont need to test if u can see or smell mold, just clean it + fix the moisture. their page: epa.gov/mold/mold-testing-or-sampling'],
    [48, 'l', 'that help?'],
    [190, 'l', 'u still there?'],
    [300, 'l', 'looks like u got disconnected, closing the chat now'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 35 "call 911 now" in the greeting is the first source, before the question
  s(QUENTIN, '35 toddler ate a paint chip: "If your child seems sick at all, call 911 now." in the greeting, then "Is your child acting normally?", Poison Control by phone + URL', [
    [0, 'p', 'my toddler might have eaten a paint chip from the windowsill, house is old. what do i do'],
    [12, 'l', 'Hi, Quentin at the Ask Us chat, Granite City Library. If your child seems sick at all, call 911 now.'],
    [18, 'l', 'Is your child acting normally right now?'],
    [35, 'p', 'yes hes fine just playing'],
    [40, 'l', "Call Poison Control at 1-800-222-1222 now. It's free and open 24/7, and they'll tell you whether he needs to be seen; there is also an online tool at poison.org. A blood lead test at his next checkup is a good idea too; the CDC explains it at cdc.gov/lead-prevention."],
    [46, 'l', 'Does that help?'],
    [70, 'p', 'ok calling them now thank u'],
    [74, 'l', 'Good luck, I hope he is okay. Thanks for reaching out.'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 36 transfer notice without a note; the first provider's later sessions start only after the transfer
  s(TESS, '36 radon in well water: transfer to Uma with a notice and no note, Tess\'s three other chats start after the transfer (each judged over their part)', [
    [0, 'p', 'can radon be in well water too? our air test was fine'],
    [20, 'l', 'Hello, Tess at Ask Us, Northfield Library here.'],
    [26, 'l', 'Is your well a drilled well into bedrock?'],
    [60, 'p', 'yes drilled'],
    [66, 'l', "I'm transferring you to Uma, our science librarian, she'll know more. One moment!"],
    xfer(70, 'Uma', 'uma'),
    [110, 'l', "Hi, Uma here, science librarian at Northfield Library. Yes, drilled wells in granite areas can have radon in the water. The EPA's radon-in-water page, epa.gov/radon/radon-water, explains testing, and the state's certified labs are listed at statehealth.org/certified-labs.", as(UMA)],
    [116, 'l', 'Does that answer your question?', as(UMA)],
    [150, 'p', 'yes, thats all i needed'],
    [155, 'l', 'Great, thanks for chatting!', as(UMA)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('u1', 'uma', -100, 300), other('u2', 'uma', 0, 200), other('t1', 'tess', 75, 600), other('t2', 'tess', 80, 600), other('t3', 'tess', 90, 600)],
  }),

  // ---- third batch (labelled and copied aside before its first run) ----

  // 37 "hang tight", "Did I lose you?", "since it seems you've left … Take care!"; the Environmental Division by street address
  s(RAFE, '37 free radon kits at the health department: "hang tight", Environmental Division at "410 Court St., Suite 2", "Did I lose you?" at 290, "I\'ll close this out now since it seems you\'ve left. Take care!" at 400', [
    [0, 'p', 'does the county health dept give out free radon kits? where is their office'],
    [15, 'l', 'Hey, welcome to Ask Us! Rafe here, librarian at Elm County Library.'],
    [21, 'l', 'Do you live in Elm County?'],
    [50, 'p', 'yep'],
    [55, 'l', 'hang tight, checking their site'],
    [150, 'l', "They do, while supplies last: pick one up at the Elm County Health Department's Environmental Division, 410 Court St., Suite 2, Monday to Friday 8-4:30. Details are at elmcountyhealth.org/radon."],
    [156, 'l', 'Does that get you what you need?'],
    [290, 'l', 'Did I lose you?'],
    [400, 'l', "I'll close this out now since it seems you've left. Take care!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 38 "gimme a sec" then 130 s; "im good now"; "have a good run!"
  s(SAM, '38 running in wildfire smoke (Denver): "gimme a sec" then 130 s, AirNow + CDPHE smoke page, patron "im good now, thx", "cool, have a good run!"', [
    [0, 'p', 'is it ok to go for a run today w the smoke? denver'],
    [9, 'l', 'hi! Sam from Denver Public Library Ask Us here'],
    [14, 'l', 'how long a run, and do you have any heart or lung issues?'],
    [40, 'p', 'like 5 miles, no issues'],
    [44, 'l', 'gimme a sec'],
    [174, 'l', "ok, airnow.gov has Denver at AQI 128 right now (orange, sensitive groups). for healthy adults that's usually ok but shorten it or take it easy, and the state health dept's smoke page, cdphe.colorado.gov/wildfire-smoke, suggests going early in the morning when it's lower."],
    [178, 'l', 'does that help?'],
    [200, 'p', 'ya. im good now, thx'],
    [203, 'l', 'cool, have a good run!'],
  ], usual({ informed: 'fail' })),

  // 39 ending the help for the provider's convenience, with a "Bye."
  s(TOMAS, '39 mold cleanup + insurance + contractors: cleanup answered, then "I\'ve given you all the time I can for this one, ending the chat now. Bye."', [
    [0, 'p', 'mold question... actually a few. whats the difference between mold remediation and mold removal, do i need a pro, and does homeowners insurance cover it'],
    [20, 'l', 'Hi there, this is Tomas with the Ask a Librarian chat at Riverside Library.'],
    [26, 'l', 'Which do you want to start with: the cleanup or the insurance?'],
    [60, 'p', 'cleanup'],
    [66, 'l', "The EPA's guide says you can clean small areas (under about 10 sq ft) yourself; bigger ones, or mold in the heating and cooling system, are for a professional. It's in A Brief Guide to Mold, Moisture and Your Home: epa.gov/mold/brief-guide-mold-moisture-and-your-home."],
    [72, 'l', 'Did that answer the cleanup part?'],
    [120, 'p', 'yes. ok now insurance? and how do i find a good contractor'],
    [128, 'l', "I've given you all the time I can for this one, ending the chat now. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 40 thresholds met exactly: pickup at 60 s, a hold answered exactly 120 s later
  s(HENRIK, '40 running the tap with a lead service line: pickup at exactly 60 s, "One moment while I find the guidance." answered exactly 120 s later, "that is all I needed"', [
    [0, 'p', 'how long should I run the tap before drinking if we have lead pipes'],
    [60, 'l', 'Good afternoon, this is Henrik at Ask Us, Bayview Library.'],
    [66, 'l', 'Do you know if it is the service line that is lead, or the pipes inside the house?'],
    [100, 'p', 'the service line, the city told us'],
    [106, 'l', 'One moment while I find the guidance.'],
    [226, 'l', "The EPA's advice, at epa.gov/lead/protect-your-family-sources-lead, is to run cold water for 30 seconds to 2 minutes, or until it's noticeably colder, before drinking or cooking, and to use only cold water for cooking and baby formula. A filter certified to NSF/ANSI 53 helps too."],
    [232, 'l', 'Is that what you were looking for?'],
    [270, 'p', 'yes, that is all I needed. Thank you.'],
    [275, 'l', 'You are welcome. Goodbye!'],
  ], usual()),

  // 41 no completeness question; "Is there anything more I can look up for you?"
  s(INES, '41 air quality alerts by text (COPD): EnviroFlash + AirNow app, no "does that help", "Is there anything more I can look up for you?"', [
    [0, 'p', 'how can I get air quality alerts sent to my phone? my husband has COPD'],
    [20, 'l', 'Hello! My name is Ines, and I am a librarian at Ask a Librarian, Valley Regional Library.'],
    [26, 'l', 'Would you prefer text messages, e-mail, or an app?'],
    [70, 'p', 'text or app either'],
    [76, 'l', 'The free EnviroFlash service sends AQI alerts by text or e-mail; sign up at enviroflash.info and choose your city and the level that should trigger an alert. The AirNow app (airnow.gov/airnow-mobile-app) also sends push notifications.'],
    [140, 'p', 'great, signing up now'],
    [146, 'l', 'Is there anything more I can look up for you?'],
    [180, 'p', 'no, thank you'],
    [186, 'l', 'Thank you for using Ask a Librarian. Stay well!'],
  ], usual({ complete: 'fail' })),

  // 42 a check-in, then the "notice" only as an internal line
  s(JUN, '42 lead dust after sanding a nursery: EPA booklet, Environmental Division wipe tests by phone, "Hi, are you still there?" at 210, "pt seems gone, closing" only as an internal line', [
    [0, 'p', 'we sanded old paint in the nursery before we knew about lead. how do we clean up the dust'],
    [22, 'l', 'Hi, Jun here, a librarian at Ask Us, Maple Grove Library.'],
    [28, 'l', 'Is anyone living in the house right now, and is the sanding finished?'],
    [70, 'p', 'yes we live here, sanding done'],
    [76, 'l', "The cleanup steps are in the EPA's booklet Protect Your Family From Lead in Your Home, epa.gov/lead/protect-your-family-lead-your-home: a HEPA vacuum, then wet wiping with disposable cloths, working top to bottom. The county health department's Environmental Division also does free lead dust wipe tests for homes with children under 6; call 555-903-1166 to book one."],
    [82, 'l', 'Does that answer your question?'],
    [210, 'l', 'Hi, are you still there?'],
    [330, 'i', 'pt seems gone, closing'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundEnvironment.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('26')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "UMass Extension\'s Soil and Plant Nutrient Testing Lab tests soil for lead; the order form and prices are at ag.umass.edu/…. Mail them a sample following the instructions there." tells the patron to send something to (write to) an organisation outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"; the project\'s round-57 reading of "Mail … to the Office of Authentications" and "Send it to them"), reached by a URL.',
};

describe('sixty-first round: environmental health at home, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundEnvironment.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundEnvironment.filter((c) => c.name in LEFT_WHY));
});
