/**
 * Eighty-eighth round, theme MUSHROOMS, MYCOLOGY AND MUSHROOM GROWING, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: growing (oyster mushrooms on coffee grounds with two kids in Howard
 * County, shiitake on oak logs near Thurmont, mycorrhizal powders for five-year-old raised beds, a grow-your-own workshop at
 * a Baltimore County branch, an oyster mushroom farm in a Glen Burnie garage, a truffle orchard on five Eastern Shore acres,
 * Spanish-language books for a Langley Park community garden, partly in Spanish), foraging and identification (morels along
 * the Potomac in Spanish, dangerous mushrooms for a Cub Scout safety night in Towson, a fairy ring in a Cecil County lawn, a
 * dog that ate a backyard mushroom, a conk at the base of a maple by the driveway, a yellow slime mold in the mulch, edible
 * mushrooms of Maryland in Spanish, mushroom hunting in Garrett County's state forests, a rained-out mushroom walk at
 * Patapsco, selling foraged chanterelles to Baltimore restaurants), kitchen and health (vitamin D from sunned mushrooms, a
 * three-pound hen of the woods, lion's mane pills for a father with early dementia), school and reading (the Last of Us
 * cordyceps for a biology one-pager, Kennett Square's mushroom history for an 8th-grade report, a spore print for science
 * class, mycoremediation of oil spills for a Frostburg State lab report, Entangled Life for a nine-member book club,
 * psilocybin law in Maryland for a government-class debate) and history and craft (Beatrix Potter's fungus watercolours for
 * a senior-center class, dyeing wool with mushrooms, a great-grandfather who died of wild mushrooms in Cumberland in 1911).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/mushrooms-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-31 s in most; exactly 60 s (03: pass); 61 s after the patron's "anyone??" at 35 (11: fail); `pickedUpAt` 45 s
 *   with the first visible line at 66 s (06: pass on the recorded pickup); a system "joined" event at 20 s and the first
 *   visible line at 75 s, no `pickedUpAt` (12: fail); no provider ever, only the queue's system line (24: fail);
 *  greeting: name and library in one line (most), the service and a name ("Hello! You've reached AskUsNow!, Maryland's
 *   library chat service. I'm Beth, a librarian.", 10), "Hey! I'm Jade, …" (07), the greeting in the first line and the
 *   name in the second (09), Spanish "¡Hola! Gracias por comunicarse con AskUsNow!. Soy Lucía, …" (02) and "¡Hola! Soy Ana,
 *   bibliotecaria de AskUsNow!." (23), bilingual "¡Hola! I'm Valeria, …" (27); "Hi there! Great question." then a question,
 *   no one identified (13: fail); na with no provider (24) and Practice (25);
 *  keep_informed: a hold, then "I've found … and I'm still checking …" exactly 120 s later, then the answer exactly 120 s
 *   after that (05: pass); a hold answered 121 s later (14: fail); the provider's "No problem — take your time!" and the
 *   patron back 205 s later (20: waiting on the patron, pass); a transfer announcement answered by the receiver 125 s later
 *   (30: fail); a transfer with an internal note inside a 40 s wait (16: pass); the patron's last line unanswered before
 *   leaving (19: a span open at the end); na without a substantive exchange (22, 23, 24, 25);
 *  clarify: the restatement "So you're looking for an easy grow-at-home mushroom project …" (01); questions on parks or
 *   private land, dormant trees, the scouts' age, pictures or background, old beds or potting mix, school or curiosity,
 *   home library and catalogue search, library cards and e-books, size and place of a conk, lawn colour, grade and source
 *   types, a business licence, maitake sure or not, fresh or dried, truffle orchard or farm, month and place, beginners or
 *   technical, summaries or studies, side and scope of a debate, due date and count; the answer straight after the
 *   greeting (15: fail); the only question inside the first message that gives a source, a phone number (12: fail); no
 *   source ever and "Is it bright yellow and spongy …?" asked after the answer (17: pass);
 *  source: extension.psu.edu, hclibrary.org, dnr.maryland.gov, nps.gov/choh, smallfarms.cornell.edu, bcpl.info,
 *   mdpoison.com, armitt.com, tcfl.org, extension.umd.edu/hgic, extension.wsu.edu, Gale In Context: Science at aacpl.net
 *   > eResources, smithsonianmag.com, Interlibrary Loan on washcolibrary.org, mycopigments.com, hcplonline.org and Libby,
 *   mortonarb.org, aspca.org, ods.od.nih.gov, Gale In Context: Middle School, americanmushroom.org, namyco.org,
 *   bcpl.info/events, qaclibrary.org, aacpl.net, health.maryland.gov, wicomicolibrary.org, chroniclingamerica.loc.gov,
 *   pgcmls.info, mskcc.org, pubmed.ncbi.nlm.nih.gov, mgaleg.maryland.gov, ncsl.org, Environment Complete at
 *   library.frostburg.edu; books (Mycelial Mayhem, Mushrooms of the Northeast, Beatrix Potter: A Life in Nature, Mushrooms
 *   for Color, Entangled Life, The Mushroom Lover's Mushroom Cookbook and Primer, Organic Mushroom Farming and
 *   Mycoremediation, Taming the Truffle); the ASPCA's poison line by phone (12); not a source: "the iNaturalist app" and
 *   advice from memory (17: fail);
 *  completeness: "Does that answer your question?", "¿Le sirve esta información?", "Does that give you what you need for
 *   the poster?", "Will that work for your one-pager?", "Is this the kind of thing you were after?", "Would that cover
 *   everyone in your club?", "Is that helpful?", "¿Esto responde a su pregunta por ahora?", "Is that what you need?", in
 *   the answer's own message (11, 13, 15, 21, 30) or after it; the offer "Would you like me to e-mail you a few maitake
 *   recipes …?" and nothing else (18: fail);
 *  anything else: asked by the provider (03, 06, 08); the patron's "thats all i needed", "es todo", "thats everything",
 *   "that is all I needed", "thats all i need", "that's all!", "thats all for now then", "that's all for today", "eso es
 *   todo", "that's everything"; near misses "calling them now thank you" (12), "If anything else comes up for the report,
 *   just come back" (14), "ok cool ty" (17), "awesome thanks so much" (18), "wow. ok" (19), "ya thx" (29), and patrons who
 *   never answered (11, 13, 15, 21);
 *  dismissal: "we limit chats to 10 minutes and your time is up. Thanks for using AskUsNow!" (19: fail, courteous passes);
 *   "there are several other patrons waiting … Could you come back to the chat later, or tomorrow …?" (20: allowed, pass);
 *   "Your time is up!" inside a Practice chat (25: na);
 *  courteous: goodbyes in English and Spanish; the last two provider lines an answer and "Are you still there? If I don't
 *   hear back in a few minutes, I'll end this chat." (21: fail); a check-in and "It looks like you've disconnected, so I'll
 *   end the session now." with no thanks (22: fail);
 *  final idle: a goodbye 119 s after the answer (14: na); "Are you still there?" and "I haven't heard back, so I'll close
 *   this chat for now. Thanks …" exactly 120 s after (13: check-in passes, notice na); a goodbye 150 s after with no
 *   check-in (11: fail, notice na); "Hi, are you still with me?" and a notice that thanks, exactly 180 s after (15: both
 *   pass); a check-in that says the chat will end but not that the patron seems gone, 240 s to `endedAt` (21: check-in
 *   passes, notice fails); Lost Calls with 186 s (22) and 202 s (23) of idle; the patron's last line the last visible one
 *   (19, 24);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others staggered so that never more than three are open at once (03: pass); three others open with it from 400 s to the
 *   end (19: four, fail); a transfer where the first provider's fourth chat starts at the transfer and the receiver has
 *   three at most (30: pass over the parts each handled);
 *  codes: Answered; a deployment's own code "Referred" (10: pass); no code field at all (02: na); "" (21: fail); null with
 *   no provider (24: fail); Lost Call with one patron line (22: pass) and two (23: fail); Practice (25: all na); a promise
 *   coded Answered (18: fail); Follow-up by me with no contact anywhere (29: fail); Follow-up by patron's library with the
 *   e-mail only in `patron.email` (28: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done at 16:01+01:00 on Thursday, 71 h 58 min
 *   after the end (26: pass only if the offset is honoured); FU_LIB partly in Spanish, a phone typed with spaces and read
 *   back with dashes, "dentro de dos días hábiles", not recorded at day 2 (27: pending); FU_LIB, "she'll e-mail them to the
 *   address on your library account by Friday", the address only in `patron.email`, recorded 72 h 2 min after the end (28:
 *   contact and on_time fail); "I'll pull a few together and send them your way" after the e-mail was read back, no time,
 *   coded Answered, not recorded at day 4 (18: code, contact and on_time fail); FU_ME, "I'll look into that and get back to
 *   you", no contact, no time, a session on Friday 6 March done on Monday 9 March at 10:45-04:00, after the clocks changed,
 *   71 h 43 min after the end (29: on_time passes, code and contact fail);
 *  referrals: the Maryland Poison Center by phone and URL (04: pass); the HGIC's Ask Extension form and the county Extension
 *   office by phone, two parties in one message (10: pass); the own library's Central reference desk by phone and street
 *   address (08: pass); "call your vet or the ASPCA Animal Poison Control Center … at (888) 426-4435" (12: the vet with no
 *   contact, fail); the state Office of Food Protection by phone and URL and "The Baltimore City Health Department … worth
 *   asking them too" with none (20: fail); not referrals: the DNR's and the park's rules on their sites (02), the iNaturalist
 *   app (17), microfilm searched on the patron's behalf (26), the branch librarian to call the patron (27), a colleague
 *   e-mailing studies (28);
 *  transfers: an internal note saying why, then the transfer, no word to the patron (16: fail); the notice ("I'm going to
 *   transfer you to her. Please hold on a moment!") and a note saying why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 45 s, pass, though the first visible line came at 66 s (06); a
 *   system "joined" event is not `pickedUpAt` and is not visible, so the pickup is the first provider line at 75 s (12);
 * - "Hey!" greets (07); "Hi there! Great question." greets but names no one, library or service (13: fail);
 * - "I've found that most of them belong to the Armitt Museum …, and I'm still checking whether they can be seen online."
 *   is a partial result that says the search goes on: a hold (05); a transfer announcement is a hold (30: 125 s); "No
 *   problem — take your time!" is not (20);
 * - a question in the same message as the first source is not "before the first message that gives a source" (12: fail);
 *   with no source ever given, a question after the answer counts (17: pass);
 * - "the iNaturalist app can identify it from a photo" names an app with no way to reach it: not a source, and not a party
 *   to contact (17: source fails, referral na);
 * - "Did that help?" after an answer from memory asks whether the answer given meets the need (17: pass); "Will that work
 *   for your one-pager?" (07), "Would that cover everyone in your club?" (09) and "Is that helpful?" (12) ask whether what
 *   was given meets the need; "Would you like me to e-mail you a few maitake recipes …?" offers something not yet given (18);
 * - "If anything else comes up for the report, just come back" invites but does not ask (14: anything fails); "thats all for
 *   now then" (20), "that's all for today" (26) and "eso es todo" (27) say explicitly that the patron is done; "calling them
 *   now thank you", "ok cool ty", "awesome thanks so much", "ya thx" and "wow. ok" do not;
 * - "we limit chats to 10 minutes and your time is up" tells the patron their time is up, whatever thanks follow (19);
 * - "I haven't heard back, so I'll close this chat for now. Thanks for contacting us …" thanks the patron and does not ask:
 *   a goodbye, so the idle ends there (13: 120 s); "It looks like you've disconnected, so I'll end our chat now. Thanks …"
 *   likewise (15: 180 s);
 * - "Are you still there? If I don't hear back in a few minutes, I'll end this chat." is a check-in and says the chat will
 *   end, but does not tell the patron they seem to have disconnected (21: notice fails), and it is no goodbye;
 * - "It looks like you've disconnected, so I'll end the session now." tells both, but thanks no one, says no goodbye and
 *   invites no one back: a notice, not a goodbye (22: the idle runs to `endedAt`, 186 s; courteous fails);
 * - a Lost Call whose provider sent only a greeting, a check-in and a notice has no substantive exchange, with one patron
 *   line (22) or two (23);
 * - a resolution code the deployment configures ("Referred") is a code: not missing, not a follow-up code (10: pass);
 * - a code field left out (undefined) means the source has no codes (02: na); "" and null are missing (21, 24: fail);
 * - "your vet" is a particular person the patron is told to call, outside the chat, with no way to reach given (12: the
 *   referral fails though the ASPCA line has a phone); "The Baltimore City Health Department also inspects the restaurant,
 *   so it's worth asking them too" refers the patron to an agency with no contact (20: fail);
 * - "If you'd like help with the form, our Central Library's reference desk can walk you through it: 240-555-0150, or stop
 *   by at 100 South Potomac Street." sends the patron to the own library's department, with phone and address (08: pass);
 * - "La bibliotecaria de la sucursal de Hyattsville la llamará dentro de dos días hábiles" says someone from the patron's
 *   library will contact her and when (27: contact passes); she is not told to contact the branch (no referral);
 * - "she'll e-mail them to the address on your library account by Friday" promises more later and says when, but the
 *   address is never given or repeated in the chat (28: contact fails); the code passes, the address being in `patron.email`;
 * - "I'll pull a few together and send them your way" promises more later with no time (18: contact fails);
 * - a follow-up recorded as "2026-03-05T16:01:00+01:00" is 71 h 58 min 19 s after an end at 10:02:41-05:00 on 2 March
 *   (26: pass); "2026-03-09T10:45:00-04:00" is 71 h 42 min 59 s after an end at 10:02:01-05:00 on 6 March, across the
 *   change to daylight time on 8 March (29: pass);
 * - concurrency in a transferred session: the first provider judged over 0-64 s (three open at most), the receiver over
 *   64-241 s (three) (30: pass); the first provider's chat that starts at the transfer is outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/mushrooms-labels.ts). First run as labelled / disagreeing: 29 / 1 (12); every running case scored the same once
 * redacted, and no check ended as "could not be evaluated" (12, run by hand redacted, also scores the same). Label
 * corrections: none (12 reread against RUBRIC.md's Terms and referral.contact; the label stood). Final: 29 running, 1 LEFT
 * (LEFT_WHY, message numbers 0-based as in the scorer's evidence: "call your vet or the ASPCA Animal Poison Control Center
 * … at (888) 426-4435", the vet given no way to reach, read as one party with a contact, 12).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** The start of session 29, Friday 6 March 2026, 10:00 EST (four days after T0). */
const D29 = 4 * 24 * HOUR;

const PRIYA: Prov = { id: 'priya-mu', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-mu', name: 'Lucía', library: 'MCPL' };
const COLIN: Prov = { id: 'colin-mu', name: 'Colin', library: 'FCPL-MD' };
const TANYA: Prov = { id: 'tanya-mu', name: 'Tanya', library: 'BCPL' };
const NOOR: Prov = { id: 'noor-mu', name: 'Noor', library: 'TCFL' };
const EVAN: Prov = { id: 'evan-mu', name: 'Evan', library: 'CCPL-CR' };
const JADE: Prov = { id: 'jade-mu', name: 'Jade', library: 'AACPL' };
const INGRID: Prov = { id: 'ingrid-mu', name: 'Ingrid', library: 'WCFL' };
const ROSALIND: Prov = { id: 'rosalind-mu', name: 'Rosalind', library: 'HCPL-MD' };
const BETH: Prov = { id: 'beth-mu', name: 'Beth', library: 'AUN' };
const GUS: Prov = { id: 'gus-mu', name: 'Gus', library: 'CCPL-CE' };
const SHAUNA: Prov = { id: 'shauna-mu', name: 'Shauna', library: 'PGCMLS' };
const DANA: Prov = { id: 'dana-mu', name: 'Dana', library: 'CCPL-CV' };
const WEN: Prov = { id: 'wen-mu', name: 'Wen', library: 'WOCL' };
const KOFI: Prov = { id: 'kofi-mu', name: 'Kofi', library: 'CCPL-CH' };
const HAL: Prov = { id: 'hal-mu', name: 'Hal', library: 'AUN' };
const MIRA: Prov = { id: 'mira-mu', name: 'Mira', library: 'BCPL' };
const LORENA: Prov = { id: 'lorena-mu', name: 'Lorena', library: 'SMCL' };
const WENDELL: Prov = { id: 'wendell-mu', name: 'Wendell', library: 'QACL' };
const TRENT: Prov = { id: 'trent-mu', name: 'Trent', library: 'AUN' };
const ABENA: Prov = { id: 'abena-mu', name: 'Abena', library: 'EPFL' };
const PAVEL: Prov = { id: 'pavel-mu', name: 'Pavel', library: 'WPL-MD' };
const SUNITA: Prov = { id: 'sunita-mu', name: 'Sunita', library: 'RELGC' };
const ANA: Prov = { id: 'ana-mu', name: 'Ana', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-mu', name: 'AskUsNow! queue', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-mu', name: 'Trainee 3', library: 'TRN' };
const LYDIA: Prov = { id: 'lydia-mu', name: 'Lydia', library: 'ACLS' };
const VALERIA: Prov = { id: 'valeria-mu', name: 'Valeria', library: 'AUN' };
const HUGH: Prov = { id: 'hugh-mu', name: 'Hugh', library: 'KCPL-MD' };
const INES: Prov = { id: 'ines-mu', name: 'Inés', library: 'AUN' };
const FELIX: Prov = { id: 'felix-mu', name: 'Felix', library: 'AUN' };
const GRACE: Prov = { id: 'grace-mu', name: 'Grace', library: 'FSU' };

const s = session;

export const MUSHROOMS: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(PRIYA, '01 oyster mushrooms on coffee grounds with two kids: the restatement, Mycelial Mayhem at hclibrary.org + extension.psu.edu, touching ends (three at most)', [
    [0, 'p', 'hi! can you actually grow mushrooms on used coffee grounds?? saw it on tiktok and want to try it w my kids'],
    [21, 'l', "Hi, thanks for contacting Ask HCLS! I'm Priya, a librarian at Howard County Library System."],
    [27, 'l', "So you're looking for an easy grow-at-home mushroom project using coffee grounds, something the kids can help with — how old are they?"],
    [58, 'p', '7 and 10. we drink a LOT of coffee lol'],
    [70, 'l', "Then you've got plenty of growing medium! Oyster mushrooms are the ones that do well on coffee grounds. 'Mycelial Mayhem' by David and Kristin Sewak is a family-friendly how-to for growing mushrooms at home (search the title at hclibrary.org), and Penn State Extension has free step-by-step articles on growing oysters at extension.psu.edu — search 'oyster mushrooms'."],
    [76, 'l', 'Does that answer your question?'],
    [112, 'p', 'yes!! thats all i needed. putting the book on hold now'],
    [118, 'l', 'Have fun growing with the kids, and thanks for chatting with us! 🍄'],
  ], usual(), {}, {
    otherIntervals: [other('pr1', 'priya-mu', -400, 0), other('pr2', 'priya-mu', -60, 80), other('pr3', 'priya-mu', 40, 300), other('pr4', 'priya-mu', 123, 600)],
  }),

  // 02 Spanish; no code field
  s(LUCIA, '02 temporada de colmenillas junto al Potomac (Spanish): dnr.maryland.gov, nps.gov/choh, Mushrooms of the Northeast, "es todo", no code field', [
    [0, 'p', 'hola, cuando es la temporada de colmenillas (morels) en maryland? y donde se pueden buscar?'],
    [19, 'l', '¡Hola! Gracias por comunicarse con AskUsNow!. Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [26, 'l', '¿Piensa buscarlas en parques públicos o en terreno privado? Se lo pregunto porque las reglas cambian.'],
    [60, 'p', 'en parques, por el rio potomac'],
    [72, 'l', "En Maryland las colmenillas suelen salir de principios de abril a principios de mayo, cerca de fresnos, olmos muertos y manzanos viejos. Las reglas de los parques estatales están en la página del Departamento de Recursos Naturales, dnr.maryland.gov; para el parque del Canal C&O, que es nacional, las reglas sobre recolectar están en el 'Superintendent's Compendium' en nps.gov/choh. Y para identificarlas bien, en nuestro catálogo está 'Mushrooms of the Northeast' de Teresa Marrone y Walt Sturgeon, con fotos de las colmenillas falsas, que son tóxicas."],
    [78, 'l', '¿Le sirve esta información?'],
    [115, 'p', 'si, mucho. es todo, gracias!!'],
    [121, 'l', '¡Con gusto! Buena suerte con la búsqueda y gracias por escribirnos.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; three others staggered
  s(COLIN, '03 shiitake on oak logs near Thurmont: pickup at exactly 60 s, dormant trees asked about, smallfarms.cornell.edu, "nope, all set", three others staggered', [
    [0, 'p', 'What kind of wood is best for growing shiitake on logs? We have some oaks coming down on our property near Thurmont'],
    [60, 'l', 'Good morning! This is Colin, a librarian at Frederick County Public Libraries.'],
    [66, 'l', "Will the trees be cut while they're still dormant, before the buds break? That makes a difference for shiitake."],
    [97, 'p', 'yes the tree service is coming next week'],
    [109, 'l', "Good timing, then: oak is the classic shiitake wood. Logs 3–8 inches across and 3–4 feet long, cut from live dormant trees, should be inoculated within a few weeks of cutting. Cornell's Small Farms Program has a free guide, 'Best Management Practices for Log-Based Shiitake Cultivation in the Northeastern United States', at smallfarms.cornell.edu, with spawn amounts, drilling patterns and how to stack the logs."],
    [115, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes that guide is exactly what i was looking for'],
    [156, 'l', 'Great! Is there anything else I can help you with today?'],
    [180, 'p', 'nope, all set. thanks!'],
    [185, 'l', "You're welcome — happy growing, and thanks for using Ask a Librarian!"],
  ], usual(), {}, {
    otherIntervals: [other('co1', 'colin-mu', -200, 50), other('co2', 'colin-mu', 30, 150), other('co3', 'colin-mu', 140, 400)],
  }),

  // 04 a referral by phone and URL
  s(TANYA, '04 dangerous mushrooms for a Cub Scout safety night in Towson: the scouts\' age, Mushrooms of the Northeast at bcpl.info, the Maryland Poison Center by phone + mdpoison.com', [
    [0, 'p', "Hi, I'm a den leader for cub scouts in Towson. Doing a safety night about wild mushrooms — which ones in Maryland are actually dangerous? want to make a poster"],
    [23, 'l', "Hi there! I'm Tanya, a librarian with Baltimore County Public Library. Happy to help with safety night."],
    [30, 'l', 'How old are the scouts? I want to pitch the material at the right level.'],
    [62, 'p', 'mostly 8 and 9 year olds'],
    [75, 'l', "For that age the main message is 'never eat a wild mushroom', but the ones worth showing are the death cap and destroying angel (both Amanitas), false morels, and the orange jack-o'-lantern that gets mistaken for chanterelles. 'Mushrooms of the Northeast' by Teresa Marrone and Walt Sturgeon has clear color photos of all of them and is in our catalog at bcpl.info. For the poster's 'what to do' part: the Maryland Poison Center answers 24/7 at 1-800-222-1222, and they have free poison-prevention materials for groups — contact them through mdpoison.com to ask for some for your den."],
    [81, 'l', 'Does that give you what you need for the poster?'],
    [118, 'p', 'yes this is perfect, thank you! thats everything'],
    [124, 'l', 'Wonderful — have a great safety night, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 05 two holds of exactly 120 s, the second a partial result
  s(NOOR, '05 Beatrix Potter\'s fungus watercolours for a senior-center class: a hold at 61, "I\'ve found … still checking" at 181, the answer at 301, armitt.com + Linda Lear', [
    [0, 'p', 'hello, I teach a watercolor class at the senior center and heard Beatrix Potter painted mushrooms? where can I see them?'],
    [18, 'l', "Good afternoon! I'm Noor, a librarian at Talbot County Free Library."],
    [24, 'l', 'Are you hoping for pictures you can show the class, or background on her as a naturalist, or both?'],
    [55, 'p', 'pictures mostly, and a little background'],
    [61, 'l', 'Let me look into where her fungus paintings are held — one moment.'],
    [181, 'l', "I've found that most of them belong to the Armitt Museum in Ambleside, England, and I'm still checking whether they can be seen online."],
    [301, 'l', "Yes: the Armitt's website, armitt.com, shows a selection of her fungi watercolors, and for background Linda Lear's biography 'Beatrix Potter: A Life in Nature' covers her years studying fungi. It's in our catalog at tcfl.org. Does that help for the class?"],
    [345, 'p', "oh that's lovely, yes thank you. that is all I needed"],
    [351, 'l', 'My pleasure — enjoy the class, and thank you for using Ask a Librarian!'],
  ], usual()),

  // 06 pickedUpAt 45, first visible line at 66
  s(EVAN, '06 mycorrhizal powders for five-year-old raised beds: pickedUpAt 45 (first line 66), extension.umd.edu/hgic + extension.wsu.edu, anything else asked', [
    [0, 'p', "is it worth buying those mycorrhizal fungi powders for a veggie garden? the garden center guy says yes but they're $30 a bag"],
    [66, 'l', 'Hello, and thanks for using AskUsNow! My name is Evan and I\'m a librarian with Carroll County Public Library. Sorry for the short wait!'],
    [72, 'l', "Is this a garden bed that's been growing vegetables for a few years, or new ground or containers with bagged potting mix?"],
    [105, 'p', 'raised beds, about 5 yrs old. normal soil from the yard + compost'],
    [118, 'l', "Then you very likely don't need it. Established garden soil, especially with compost added, already holds plenty of native mycorrhizal fungi; the commercial products help most in sterile potting mixes or badly disturbed ground. The University of Maryland Extension's Home & Garden Information Center covers building soil health at extension.umd.edu/hgic, and Washington State University Extension has a fact sheet on when mycorrhizal products are and aren't useful (search 'mycorrhizae' at extension.wsu.edu)."],
    [124, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes, saves me $30 lol'],
    [156, 'l', 'Ha, exactly! Anything else I can help you with today?'],
    [180, 'p', "no that's it, thank you"],
    [185, 'l', "You're welcome! Happy gardening, and thanks for chatting."],
  ], usual(), { pickedUpAt: at(45) }),

  // 07 the plain good session, a teenager
  s(JADE, '07 is the Last of Us cordyceps real, for a biology one-pager: "Hey! I\'m Jade", school or curiosity asked, Gale In Context: Science + smithsonianmag.com', [
    [0, 'p', 'ok random but is the cordyceps fungus from the last of us real?? could it actually infect people'],
    [16, 'l', "Hey! I'm Jade, a librarian at Anne Arundel County Public Library. Not random at all, lots of people have asked that 😄"],
    [22, 'l', 'Is this just for your own curiosity or for a school assignment? I can point you to different stuff depending.'],
    [44, 'p', 'bio class, we have to write a 1 page thing on a real organism from a movie or show'],
    [57, 'l', "Cool assignment! Cordyceps is real, but the real ones (like Ophiocordyceps unilateralis, the 'zombie ant fungus') infect insects, not people — our body heat is one reason they can't grow in us. For a school-safe source, search 'Ophiocordyceps' in Gale In Context: Science (aacpl.net > eResources, log in with your library card), and Smithsonian Magazine has an article on the real fungus behind the show — search 'Last of Us fungus' at smithsonianmag.com."],
    [63, 'l', 'Will that work for your one-pager?'],
    [90, 'p', 'yesss thank u thats all i need'],
    [95, 'l', 'Good luck with the paper! Thanks for chatting 🐜'],
  ], usual()),

  // 08 the own library's department by phone and street address
  s(INGRID, '08 a book on dyeing wool with mushrooms: Mushrooms for Color through ILL at washcolibrary.org, mycopigments.com, the Central reference desk by phone + address', [
    [0, 'p', "Hello. I spin and knit and someone at my guild mentioned dyeing wool with mushrooms. Is there a book on this? Our library doesn't seem to have one."],
    [22, 'l', "Hello, and welcome to Ask a Librarian! I'm Ingrid at Washington County Free Library."],
    [28, 'l', 'Which library do you usually use, and did you search the catalog for a particular title?'],
    [66, 'p', "Hagerstown, the main one. I searched 'mushroom dye' and got nothing"],
    [80, 'l', "The classic is Miriam C. Rice's 'Mushrooms for Color' — you're right that we don't own it, but you can request it through interlibrary loan: on washcolibrary.org go to Services > Interlibrary Loan and fill in the form with your card number. If you'd like help with the form, our Central Library's reference desk can walk you through it: 240-555-0150, or stop by at 100 South Potomac Street. In the meantime, the Mycopigments site, mycopigments.com, has free guides to which mushrooms give which colors."],
    [86, 'l', 'Is this the kind of thing you were after?'],
    [130, 'p', "Yes, very helpful. I'll put in the ILL request tonight."],
    [136, 'l', 'Wonderful. Is there anything else I can help you find?'],
    [160, 'p', "No, that's everything. Thank you!"],
    [166, 'l', "You're very welcome — happy dyeing, and thanks for contacting us!"],
  ], usual({ referral: 'pass' })),

  // 09 the greeting in the first line, the name in the second
  s(ROSALIND, '09 Entangled Life for a nine-member book club: "Hi! Thanks for reaching out." then "This is Rosalind at …", cards asked, hcplonline.org + Libby, "that\'s all!"', [
    [0, 'p', 'hey does the library have book club kits? our club wants to read Entangled Life by merlin sheldrake next month, there are 9 of us'],
    [19, 'l', 'Hi! Thanks for reaching out.'],
    [25, 'l', 'This is Rosalind at Harford County Public Library. Just to check — do all nine of you have Harford County library cards, and would e-book or audiobook copies work for some people?'],
    [63, 'p', 'yes all harford. some would do ebook sure'],
    [71, 'l', "We don't have a kit for Entangled Life yet, but our catalog at hcplonline.org shows 6 print copies across the branches, and the e-book and audiobook are on Libby, so nine readers should be covered if a few go digital. You can also suggest it as a future kit title on the Book Club Kits page at hcplonline.org (Services > Book Club Kits)."],
    [77, 'l', 'Would that cover everyone in your club?'],
    [105, 'p', "yep that works great, thanks. that's all!"],
    [110, 'l', 'Enjoy the book, and thanks for chatting with us!'],
  ], usual()),

  // 10 a deployment's own code; two parties in one message, each with a way to reach them
  s(BETH, '10 a dinner-plate conk at the base of a maple by the driveway: mortonarb.org, the HGIC\'s Ask Extension form + the county Extension office by phone, code "Referred"', [
    [0, 'p', "theres a big shelf mushroom growing out of the trunk of the maple in our front yard. does that mean the tree is going to fall?? it's near the driveway"],
    [24, 'l', "Hello! You've reached AskUsNow!, Maryland's library chat service. I'm Beth, a librarian."],
    [30, 'l', 'About how big is the fungus, and is it low near the base of the trunk or higher up? Any cracks or soft wood you can see?'],
    [70, 'p', 'like dinner plate size, right at the base. bark is kind of loose there'],
    [82, 'l', "A shelf fungus (a 'conk') at the base of the trunk usually means decay inside the tree, but how much can't be judged from the outside. The Morton Arboretum explains what conks mean for a tree's safety at mortonarb.org (search 'conks'). Since it's near your driveway, I'd get it looked at: send photos to the University of Maryland Extension's Home & Garden Information Center through the Ask Extension form at extension.umd.edu/hgic, or call your county Extension office at 410-555-0190 to ask about a Master Gardener visit."],
    [88, 'l', 'Does that help?'],
    [120, 'p', "yes. sending them photos now. that's all I needed, thank you"],
    [126, 'l', 'Good luck with the maple, and thanks for using AskUsNow!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred' }),

  // 11 pickup at 61 s; a goodbye 150 s after the answer with no check-in
  s(GUS, '11 a fairy ring in a Cecil County lawn: "anyone??" at 35, pickup at 61 s, extension.umd.edu, no reply, a goodbye 150 s after the answer (no check-in)', [
    [0, 'p', 'theres a circle of mushrooms in my lawn, like a perfect ring. what causes that and will it kill my grass'],
    [35, 'p', 'anyone??'],
    [61, 'l', "Hi, sorry for the wait! I'm Gus, a librarian at Cecil County Public Library."],
    [67, 'l', 'Is the grass inside the ring dying, or just darker green than the rest of the lawn?'],
    [98, 'p', 'darker green, then a brown ring in some spots'],
    [108, 'l', "That's a fairy ring: a fungus growing outward underground from the center, breaking down old roots and thatch. The dark green comes from nitrogen it releases, and the brown spots are where the mycelium makes the soil shed water. The University of Maryland Extension's page on fairy rings (extension.umd.edu, search 'fairy ring') covers watering deeply and aerating to help the grass. Does that help?"],
    [258, 'l', 'Thanks for chatting with us, and good luck with the lawn!'],
  ], usual({ pickup: 'fail', anything: 'fail', idle: 'fail' })),

  // 12 a "joined" event but no pickedUpAt; the question inside the first source; the vet with no contact
  s(SHAUNA, '12 a dog ate a backyard mushroom: "joined" at 20, first line at 75, "call your vet or the ASPCA … at (888) 426-4435" with the question in it, aspca.org', [
    [0, 'p', 'my dog just ate part of a mushroom in the backyard what do i do'],
    [20, 's', 'Shauna has joined the chat.', { event: 'joined' }],
    [75, 'l', "Hi, I'm Shauna, a librarian at Prince George's County Memorial Library System."],
    [78, 'l', "Please call your vet or the ASPCA Animal Poison Control Center right away at (888) 426-4435 — they're open 24/7 (there may be a consultation fee). Do you still have a piece of the mushroom, or can you get a photo of the ones still growing?"],
    [100, 'p', 'yes theres more in the grass'],
    [108, 'l', "Good — put one in a paper bag or take photos of the top and underside to show them; that helps them identify it. Don't wait for symptoms. The ASPCA also has a page on mushroom poisoning in pets at aspca.org."],
    [113, 'l', 'Is that helpful?'],
    [125, 'p', 'calling them now thank you'],
    [130, 'l', 'I hope your pup is ok! Thanks for reaching out, and come back anytime.'],
  ], usual({ pickup: 'fail', clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 13 no one identified; a check-in and a goodbye exactly 120 s after the answer
  s(DANA, '13 vitamin D from mushrooms set in the sun: "Hi there! Great question." (no name), ods.od.nih.gov, "Are you still there?", a goodbye exactly 120 s after', [
    [0, 'p', 'is it true that if you put mushrooms in the sun they get vitamin D? my mom says so'],
    [22, 'l', 'Hi there! Great question.'],
    [28, 'l', "Are you asking about store-bought mushrooms you'd set out yourself, or the ones sold as 'high vitamin D'?"],
    [60, 'p', 'store bought, like white button ones'],
    [71, 'l', "Your mom is right! Mushrooms make vitamin D when they're exposed to UV light, and even store-bought ones set gills-up in midday sun for 15 minutes to an hour pick up a good amount. The NIH Office of Dietary Supplements' vitamin D fact sheet (ods.od.nih.gov) explains UV-exposed mushrooms as a source. Does that answer your question?"],
    [131, 'l', 'Are you still there?'],
    [191, 'l', "I haven't heard back, so I'll close this chat for now. Thanks for contacting us, and have a great day!"],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'pass' })),

  // 14 a hold answered 121 s later; a goodbye 119 s after the answer
  s(WEN, '14 Kennett Square, the mushroom capital, for an 8th-grade report: a hold at 60, the answer at 181 (121 s), "just come back — we\'re here 24/7" 119 s later', [
    [0, 'p', 'hi i have a school report on why kennett square pa is the mushroom capital of the world. can u help find sources'],
    [17, 'l', "Hi! I'm Wen, a librarian at Worcester County Library. Glad to help with your report."],
    [23, 'l', 'What grade is this for, and does your teacher want books, articles, or are websites ok?'],
    [52, 'p', '8th grade. needs at least 2 sources, websites ok but 1 has to be a article or book'],
    [60, 'l', 'Got it. Let me check what our databases have on the history — one moment.'],
    [181, 'l', "Thanks for waiting! In Gale In Context: Middle School (worcesterlibrary.org > Research > Databases, log in with your card), search 'Kennett Square mushrooms' for articles on how a Quaker florist, William Swayne, started growing mushrooms under his greenhouse benches in the 1880s. For a website, the American Mushroom Institute has a history of the industry at americanmushroom.org. Does that help?"],
    [300, 'l', "If anything else comes up for the report, just come back — we're here 24/7. Good luck, and thanks for chatting!"],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 15 the answer straight after the greeting; a check-in and a notice exactly 180 s after the last answer
  s(KOFI, '15 a spore print for science class: the answer at once (no question), namyco.org, "Hi, are you still with me?", a notice with thanks exactly 180 s after', [
    [0, 'p', 'how do you make a spore print? for science class'],
    [20, 'l', 'Hello! Kofi here, a librarian at Charles County Public Library.'],
    [26, 'l', "Cut the stem off a fresh mushroom with open gills (store-bought portobellos work well), set the cap gills-down on paper that's half white and half black, cover it with a bowl and leave it overnight. The spores drop and leave a print of the gill pattern. The North American Mycological Association has step-by-step instructions with photos at namyco.org (search 'spore print'). Did that help?"],
    [70, 'p', 'does it have to be black paper'],
    [80, 'l', "Not necessarily! White paper shows dark spores and black paper shows white ones; half and half means you'll see the print whatever color the spores are."],
    [180, 'l', 'Hi, are you still with me?'],
    [260, 'l', "It looks like you've disconnected, so I'll end our chat now. Thanks for contacting us, and good luck with the spore print!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 16 a transfer with a note saying why, but no word to the patron
  s(HAL, '16 a grow-your-own-mushrooms workshop at a Baltimore County branch: the branch asked, a note why, the transfer with no word to the patron, Mira, bcpl.info/events', [
    [0, 'p', 'hi, I saw a flyer about a grow-your-own-mushrooms workshop at a baltimore county library this spring but lost it. when is it and do I need to sign up?'],
    [19, 'l', "Hello! I'm Hal, a librarian with AskUsNow!, Maryland's statewide library chat."],
    [25, 'l', 'Do you remember which branch it was at?'],
    [50, 'p', 'I think Cockeysville? or maybe Towson'],
    [58, 'i', "Mira, can you take this one? BCPL program question — mushroom growing workshop this spring, Cockeysville or Towson, patron needs the date + registration. You'll see your events calendar better than I can."],
    xfer(62, 'Mira', 'mira-mu'),
    [90, 'l', 'Hi, this is Mira at Baltimore County Public Library!', as(MIRA)],
    [96, 'l', "I found it: 'Grow Your Own Oyster Mushrooms' is at the Cockeysville Branch on Saturday, April 11 at 2 pm. Registration is required and opens March 28 — it's on our events calendar at bcpl.info/events (search 'mushrooms'). Does that answer your question?", as(MIRA)],
    [130, 'p', 'yes thats the one!! thanks, thats all i needed'],
    [136, 'l', "You're welcome — enjoy the workshop, and thanks for chatting!", as(MIRA)],
  ], usual({ transfer: 'fail' })),

  // 17 no source (an app named with no way to reach it); a question after the answer
  s(LORENA, '17 a yellow foamy blob in the mulch: slime mold from memory, "the iNaturalist app" (no source), "Is it bright yellow and spongy …?" after, "ok cool ty"', [
    [0, 'p', "there's this gross yellow foamy blob in my mulch that appeared overnight?? is it a mushroom, is it dangerous for my kids"],
    [18, 'l', "Hi, I'm Lorena, a librarian with St. Mary's County Library. That sounds alarming, but it's probably harmless!"],
    [25, 'l', "That's very likely what's called dog vomit slime mold (Fuligo septica). It isn't actually a mushroom but a slime mold, and it isn't known to be harmful to people or pets. It shows up on wet mulch in warm weather and dries to a brown crust in a few days; you can scoop it into the trash or just leave it. If you want to double-check, the iNaturalist app can identify it from a photo."],
    [31, 'l', 'Is it bright yellow and spongy, kind of like scrambled eggs?'],
    [60, 'p', 'yes exactly like scrambled eggs lol'],
    [66, 'l', "Then that's almost certainly it. Did that help?"],
    [90, 'p', 'ok cool ty'],
    [96, 'l', 'Anytime! Thanks for chatting with us.'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 18 only an offer for completeness; a promise with no time, coded Answered, never recorded
  s(WENDELL, '18 a three-pound hen of the woods: qaclibrary.org, the offer "Would you like me to e-mail you a few maitake recipes …?", e-mail read back, no time, Answered, day 4', [
    [0, 'p', 'my neighbor gave me a huge hen of the woods mushroom from her yard. how do i cook it?? never had one'],
    [21, 'l', "Hi! Wendell here, a librarian with Queen Anne's County Library. Lucky you!"],
    [27, 'l', "Do you know for sure it's hen of the woods (maitake)? And are you looking for a quick way to cook it tonight, or ways to keep it for later too?"],
    [66, 'p', "she's been picking them for years so yes. both if possible, its like 3 lbs"],
    [78, 'l', "Maitake is great roasted: tear it into clusters, toss with oil and salt, and roast at 425°F until the edges are crisp, about 20–25 minutes. To keep it, sauté it first and then freeze it; raw maitake turns rubbery in the freezer. 'The Mushroom Lover's Mushroom Cookbook and Primer' by Amy Farges covers wild mushrooms including maitake and is in our catalog at qaclibrary.org."],
    [84, 'l', 'Would you like me to e-mail you a few maitake recipes from our cookbook databases?'],
    [110, 'p', 'oh yes please!! dmoreno.cooks@example.com'],
    [116, 'l', "Perfect, dmoreno.cooks@example.com. I'll pull a few together and send them your way."],
    [140, 'p', 'awesome thanks so much'],
    [146, 'l', 'Enjoy the hen, and thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 19 "your time is up"; four chats at once
  s(TRENT, '19 an oyster mushroom farm in a Glen Burnie garage: extension.umd.edu + Cotter at aacpl.net, "we limit chats to 10 minutes and your time is up", four chats open', [
    [0, 'p', 'I want to start a small oyster mushroom farm in my garage in Glen Burnie and sell at farmers markets. what licenses do I need'],
    [23, 'l', "Hi, I'm Trent, a librarian with AskUsNow!."],
    [29, 'l', 'Are you planning to sell only fresh mushrooms, or also things like dried mushrooms?'],
    [60, 'p', 'fresh for now, maybe dried later'],
    [72, 'l', "For fresh mushrooms the rules are lighter than for processed foods. The University of Maryland Extension's Agriculture Law Education Initiative explains which licenses apply to selling at Maryland farmers markets — search 'farmers market' at extension.umd.edu. Dried mushrooms count as processed food and need an on-farm home processing license, which the same guide covers."],
    [78, 'l', 'Did that answer your question?'],
    [300, 'p', 'yes thanks, reading it. ok next q: how much spawn would i need for like 20 bags'],
    [312, 'l', "Tradd Cotter's 'Organic Mushroom Farming and Mycoremediation' has spawn-rate tables by substrate; many growers use about 10% spawn by wet weight. Anne Arundel County Public Library has it — search the title at aacpl.net."],
    [700, 'p', 'ok. also whats the best substrate, can I write off the garage on my taxes, do I need insurance, and where do I buy bags'],
    [712, 'l', "I'm sorry, but we limit chats to 10 minutes and your time is up. Thanks for using AskUsNow!"],
    [730, 'p', 'wow. ok'],
    left(735),
  ], usual({ anything: 'fail', dismissal: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('tr1', 'trent-mu', -300, 900), other('tr2', 'trent-mu', 100, 800), other('tr3', 'trent-mu', 400, 1500)],
  }),

  // 20 "take your time"; two agencies in one message, one with no contact; other patrons waiting
  s(ABENA, '20 selling foraged chanterelles to Baltimore restaurants: "take your time!", the Office of Food Protection by phone + URL, the City Health Department with none, patrons waiting', [
    [0, 'p', 'hi can I legally sell wild chanterelles I forage to restaurants in baltimore? a chef asked me'],
    [20, 'l', "Hi there, thanks for contacting the Enoch Pratt Free Library! I'm Abena, a librarian here."],
    [26, 'l', 'Do you already have any kind of food business license, or would this be your first time selling food?'],
    [50, 'p', 'first time. hang on my kid needs me, brb'],
    [55, 'l', 'No problem — take your time!'],
    [260, 'p', 'ok back sorry'],
    [270, 'l', "Welcome back! Wild mushrooms sold to restaurants fall under Maryland's food code, which says they have to come from an approved source — for foraged mushrooms that usually means the forager is certified in wild mushroom identification. The Maryland Department of Health's Office of Food Protection can tell you exactly what they accept: 410-555-0162, health.maryland.gov (search 'wild mushrooms'). The Baltimore City Health Department also inspects the restaurant, so it's worth asking them too."],
    [276, 'l', 'Does that help?'],
    [300, 'p', 'yes. what about morels, and is there a class for the certification, and do i need insurance, and what about selling at the farmers market too'],
    [309, 'l', 'Those are all good questions, but there are several other patrons waiting for help right now. Could you come back to the chat later, or tomorrow, and we can pick up with the certification and the market questions? Thanks for your patience!'],
    [340, 'p', 'ok will do. thats all for now then'],
    [346, 'l', 'Thanks, and good luck with the chanterelles!'],
  ], usual({ referral: 'fail' })),

  // 21 a check-in that says the chat will end but not that the patron seems gone; code ""
  s(PAVEL, '21 a truffle orchard on five Eastern Shore acres: Taming the Truffle at wicomicolibrary.org, "Are you still there? If I don\'t hear back … I\'ll end this chat.", code ""', [
    [0, 'p', 'are there any truffle farms in maryland? i read you can grow truffles under oak trees'],
    [26, 'l', 'Hi! This is Pavel, a librarian at Wicomico Public Libraries.'],
    [32, 'l', 'Are you thinking of planting a truffle orchard yourself, or looking for a farm to visit or buy from?'],
    [70, 'p', 'maybe plant one, I have 5 acres on the eastern shore'],
    [82, 'l', "A few growers in the Mid-Atlantic do have truffle orchards, mostly black Périgord truffles on inoculated oak and hazelnut seedlings, and they take 5 to 10 years to produce. 'Taming the Truffle' by Ian Hall, Gordon Brown and Alessandra Zambonelli covers soil pH, climate and orchard setup; it's in our catalog at wicomicolibrary.org. Does that help?"],
    [202, 'l', "Are you still there? If I don't hear back in a few minutes, I'll end this chat."],
    [322, 's', 'Chat ended by librarian.', { event: 'ended' }],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: '', endAfter: 0 }),

  // 22 a true Lost Call; the notice thanks no one
  s(SUNITA, '22 mushroom hunting in Garrett County\'s state forests (Lost Call): greeting, "Are you still there?", "It looks like you\'ve disconnected, so I\'ll end the session now."', [
    [0, 'p', 'where can i go mushroom hunting in garrett county, are the state forests ok'],
    [31, 'l', "Hello and welcome to Ask a Librarian! I'm Sunita at the Ruth Enlow Library of Garrett County."],
    [140, 'l', 'Are you still there?'],
    [212, 'l', "It looks like you've disconnected, so I'll end the session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Spanish: Lost Call after two patron lines
  s(ANA, '23 qué hongos de Maryland se pueden comer (Spanish, Lost Call after two patron lines): "¿Sigue ahí?", "Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias …"', [
    [0, 'p', 'hola, que hongos se pueden comer que crecen en maryland?'],
    [15, 'p', 'hay alguien?'],
    [48, 'l', '¡Hola! Soy Ana, bibliotecaria de AskUsNow!. Con gusto le ayudo con los hongos de Maryland.'],
    [170, 'l', '¿Sigue ahí?'],
    [250, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos y vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 no provider ever joined
  s(QUEUE, '24 is the Patapsco mushroom walk still on in the rain: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'is the mushroom walk at patapsco this saturday still happening? its supposed to rain'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    [190, 'p', 'hello??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (canned messages on mushroom ID): "Your time is up!" tested, coded Practice, every check na', [
    [0, 'p', 'TEST - practice session for new staff, mushroom ID question'],
    [10, 'l', 'Practice reply: Your time is up! (testing the canned message list)'],
    [20, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 FU_ME, e-mail read back, "by Thursday afternoon", done at 16:01+01:00 (71 h 58 min)
  s(LYDIA, '26 a great-grandfather who died of wild mushrooms in Cumberland in 1911: chroniclingamerica.loc.gov, microfilm, e-mail read back, "by Thursday afternoon", FU_ME', [
    [0, 'p', 'Hi. Family story says my great-grandfather Joseph Kerns died in 1911 after eating wild mushrooms near Cumberland. Is there any way to find a newspaper article about it?'],
    [24, 'l', "Good morning! I'm Lydia, a librarian with the Allegany County Library System. I'm sorry about your great-grandfather — that's a sad story, but we can look for it."],
    [30, 'l', 'Do you know the month, or the season at least? And was it in Cumberland itself or out in the county?'],
    [70, 'p', 'late summer I think, august or september 1911. Cumberland I believe'],
    [82, 'l', "Thanks. Chronicling America (chroniclingamerica.loc.gov) has some western Maryland papers online for free, so you can try searching 'Kerns' and 'mushrooms' there for 1911. Our Cumberland Evening Times on microfilm isn't online, though, so I can search August and September 1911 for you and scan anything I find. What e-mail should I send it to?"],
    [110, 'p', 'that would be great. its r.kerns1950@example.com'],
    [117, 'l', "Got it: r.kerns1950@example.com. I'll go through the microfilm and e-mail you by Thursday afternoon, whether or not I find anything."],
    [123, 'l', 'Is that what you were hoping for?'],
    [150, 'p', "yes, more than I hoped. thank you. that's all for today"],
    [156, 'l', "You're welcome, and thank you for contacting us. Talk soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:01:00+01:00', by: 'lydia-mu', note: 'sent two clippings' }] }, { now: T0 + 5 * DAY }),

  // 27 FU_LIB (partly Spanish), phone read back, "dentro de dos días hábiles", not recorded at day 2
  s(VALERIA, '27 libros en español sobre cultivo de hongos para un huerto en Langley Park (partly Spanish): pgcmls.info, phone read back, "dentro de dos días hábiles", pending', [
    [0, 'p', 'Hola, I need libros en español sobre cultivo de hongos, para un huerto comunitario en Langley Park'],
    [22, 'l', "¡Hola! I'm Valeria, a librarian with AskUsNow!. Puedo ayudarle en español. ¿Busca libros para principiantes, o algo más técnico?"],
    [55, 'p', 'principiantes, somos vecinos sin experiencia'],
    [66, 'l', 'El catálogo de las bibliotecas de Prince George\'s (pgcmls.info) tiene pocos títulos en español sobre hongos, pero la sucursal de Hyattsville puede pedir otros por préstamo interbibliotecario. Si quiere, una bibliotecaria de Hyattsville la llama con opciones. ¿A qué número?'],
    [100, 'p', 'si por favor, 240 555 0117'],
    [107, 'l', 'Perfecto: 240-555-0117. La bibliotecaria de la sucursal de Hyattsville la llamará dentro de dos días hábiles con una lista de libros. ¿Esto responde a su pregunta por ahora?'],
    [140, 'p', 'si, gracias. eso es todo'],
    [146, 'l', '¡Con gusto! Gracias por usar AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 28 FU_LIB, the e-mail only in patron.email, "by Friday", recorded 72 h 2 min after the end
  s(HUGH, '28 lion\'s mane pills for a father with early dementia: mskcc.org + PubMed, "she\'ll e-mail them to the address on your library account by Friday", FU_LIB, 72 h 2 min', [
    [0, 'p', 'my dad has early dementia and his friend keeps telling him to take lions mane mushroom pills. is there real research on it?'],
    [19, 'l', "Hello, I'm Hugh, a librarian at Kent County Public Library. I'm sorry to hear about your dad."],
    [25, 'l', 'Are you looking for plain-language summaries, or would the actual research studies be useful too?'],
    [60, 'p', 'both really. I can read studies'],
    [72, 'l', "For plain language, Memorial Sloan Kettering's About Herbs database has an entry on lion's mane (mskcc.org, search 'lion's mane') that sums up the evidence and possible interactions. For studies, search PubMed (pubmed.ncbi.nlm.nih.gov) for 'Hericium erinaceus cognitive': the human trials so far are small and short, and mostly in mild cognitive impairment rather than dementia."],
    [78, 'l', "Our reference librarian in Chestertown can also pull full-text copies of the best studies for you; she'll e-mail them to the address on your library account by Friday."],
    [84, 'l', 'Does that help for now?'],
    [110, 'p', "yes thank you, that's all I needed"],
    [116, 'l', "You're welcome, and I hope your dad is doing well. Thanks for chatting."],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'w.ashby@example.org', phone: null }, followUps: [{ doneAt: at(121 + 72 * HOUR + 120) }],
  }, { now: T0 + 5 * DAY }),

  // 29 FU_ME, a promise with no contact and no time; done across the change to daylight time
  s(INES, '29 psilocybin law in Maryland for a government-class debate: mgaleg.maryland.gov + ncsl.org, "I\'ll look into that and get back to you", no contact, DST', [
    [D29 + 0, 'p', 'for a debate in my govt class: is psilocybin (magic mushrooms) legal in maryland now? I heard something passed'],
    [D29 + 18, 'l', "Hi! I'm Inés, a librarian with AskUsNow!."],
    [D29 + 24, 'l', 'Which side are you arguing, and do you need Maryland law only or also what other states have done?'],
    [D29 + 60, 'p', 'con side (against legalizing). mostly maryland but other states would help'],
    [D29 + 74, 'l', "Psilocybin is still a controlled substance under Maryland law. In 2023 the General Assembly set up a Task Force on Responsible Use of Natural Psychedelic Substances to study it; the bill and the task force's reports can be found at mgaleg.maryland.gov (search 'psychedelic'). For other states: Oregon and Colorado voters approved supervised use, and the National Conference of State Legislatures tracks these laws at ncsl.org."],
    [D29 + 80, 'l', "The task force's final recommendations should be out around now, so I'll look into that and get back to you with what I find."],
    [D29 + 84, 'l', 'Is that what you were looking for?'],
    [D29 + 110, 'p', 'ya thx'],
    [D29 + 116, 'l', 'Good luck in the debate, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, startedAt: at(D29), followUps: [{ doneAt: '2026-03-09T10:45:00-04:00' }],
  }, { now: T0 + 10 * DAY }),

  // 30 a transfer with a notice and a note; the receiver 125 s after the announcement; concurrency over each part
  s(FELIX, '30 mycoremediation of oil spills for a Frostburg State lab report: "I\'m going to transfer you to her. Please hold", a note why, Grace 125 s later, Environment Complete', [
    [0, 'p', 'hi im a frostburg state student, need peer reviewed articles on using fungi to clean up oil spills (mycoremediation) for my env sci lab report'],
    [17, 'l', "Hi there! I'm Felix, a librarian with AskUsNow!."],
    [23, 'l', 'When is the report due, and how many sources do you need?'],
    [50, 'p', 'friday, 5 sources'],
    [58, 'l', "A librarian from Frostburg State's library is online right now and can get you into your own school's databases, so I'm going to transfer you to her. Please hold on a moment!"],
    [61, 'i', 'Grace — FSU undergrad, env sci lab report on mycoremediation of oil spills, 5 peer-reviewed sources due Friday; needs FSU database access. Can you take it?'],
    xfer(64, 'Grace', 'grace-mu'),
    [183, 'l', "Hi, I'm Grace at Frostburg State's Lewis J. Ort Library. Sorry for the wait!", as(GRACE)],
    [190, 'l', "In Environment Complete (library.frostburg.edu > Databases), try: mycoremediation AND (petroleum OR \"crude oil\"), and limit to Scholarly (Peer Reviewed) Journals. There are several recent studies on oyster mushrooms breaking down hydrocarbons. Is that what you need?", as(GRACE)],
    [230, 'p', "yes got a bunch of results. that's everything, thanks!"],
    [236, 'l', 'Great — good luck with the report, and thanks for chatting!', as(GRACE)],
  ], usual({ informed: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('fe1', 'felix-mu', -200, 30), other('fe2', 'felix-mu', 10, 400), other('fe3', 'felix-mu', 40, 700), other('fe4', 'felix-mu', 64, 900),
      other('gr1', 'grace-mu', -1000, 100), other('gr2', 'grace-mu', 150, 500), other('gr3', 'grace-mu', 0, 70),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MUSHROOMS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('12')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 3: "Please call your vet or the ASPCA Animal Poison Control Center right away at (888) 426-4435 — they\'re open 24/7 …". Two parties in one message: the phone number belongs to the ASPCA\'s poison line; "your vet" is a person outside the chat the patron is told to call (Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, …)"), and nowhere in the chat is a phone, e-mail, address or URL given for the vet. referral.contact passes only when "every party the patron is referred to comes with a way to reach them", so it fails (READINGS TAKEN).',
};

describe('eighty-eighth round: mushrooms, mycology and mushroom growing, checked', () => {
  describeSessions('whole sessions', MUSHROOMS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MUSHROOMS.filter((c) => c.name in LEFT_WHY));
});
