/**
 * Sixty-first round, theme FARMS AND GARDENS FOR A LIVING, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats with growers and would-be growers: soil tests through the county extension office
 * (North Dakota), an old county soil survey (Iowa), early blight on market tomatoes (Missouri), farm loans and USDA programs (an
 * FSA microloan, NRCS EQIP high tunnels, the organic certification cost share, Census of Agriculture figures for a CSA plan),
 * pesticide applicator licenses (the private exam in Pennsylvania, spraying for hire in Iowa), selling at farmers markets
 * (Salem's vendor rules, SNAP for an egg and honey vendor, a legal-for-trade scale in Kentucky, a farm stand variance), cottage
 * food (tamales y pan dulce in Texas, in Spanish; a sourdough label in Colorado; shared kitchens for pepper jelly in Georgia),
 * raw milk, a goat dairy's licenses (Wisconsin), livestock (scrapie tags, the 1,000-bird poultry exemption, beef by the quarter
 * through a custom-exempt locker, pasture rent in Kansas), bees, a cash rent farm lease, the Texas ag/timber number, a teen's
 * tractor certificate, H-2A workers, a library-of-things soil meter. Providers point to extension offices and their guides,
 * USDA agencies (FSA, NRCS, APHIS, FSIS, NASS, FNS), state agriculture and health departments, a county planning office, a
 * market manager, a farm labor association and their own libraries' reference desks. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundFarms-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 31 s pickup (01); "Hey there!" + "Tobias here with Ask a Librarian at …" split over two lines
 *   (02); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (05); "Hi there, how can I help you today?" + a question under the
 *   screen name "Chat Desk" (07: greets, names no one: fail); "Teresa, Lexington Public Library, here." (22: names, no greeting
 *   word: fail); a 75 s pickup after a queue line (24: fail); `pickedUpAt` at 30 s with the first line at 90 (25: pass); the
 *   statewide "Hi, this is Kofi with the statewide AskAway chat" (10); no provider ever joined (17);
 *  inquiry: county, state, city and own-produce, products and area, private or commercial, meat or dairy goats, shopper or
 *   vendor, cash rent or crop share, custom-exempt or inspected locker, restricted-use products, latest year or trend, the
 *   section of land; the manuals and the state page given before "Are you taking the private exam or the commercial one?" (03:
 *   fail); restatements "So you need the labeling rules …" with no question mark (25) and "Got it, a neighbor's farm, so the
 *   family farm exemption doesn't apply. Is he 15 now …?" (24);
 *  waits: "Let me look into that." answered 150 s later with a patron "u there?" inside the wait (04: fail); holds at 80, 185 (a
 *   partial result that says the search goes on) and 290, answer at 370 (28: pass); "ok gimme a min" then 73 s (02); "No rush,
 *   take your time." then the patron back 215 s later (15: a wait on the patron); a transfer notice, an internal note and the
 *   receiver 48 s later (20); a silent transfer, the receiver 70 s after the patron (21: pass);
 *  endings: a check-in at 330 and "It looks like you may have disconnected, so I'll close this chat. Feel free to chat back in
 *   anytime!" at 460 (06: final idle 290 s, both pass); "Hello, are you still there?" at 260 and the session ending at 420
 *   with no notice (29: idle passes, disconnect and courteous fail); a goodbye 136 s after the answer with no check-in (30: idle
 *   fails, disconnect na); a Lost Call whose greeting (not a hold) is followed 155 s later by "It seems you've left the chat.
 *   Please come back anytime!" (13: idle fails, disconnect na); "That's a lot of questions and my time for this chat is up, so
 *   I'm going to end it here." (18, LEFT); "I have other patrons waiting … Please chat back in later, or call our reference
 *   desk at 608-…" (19: allowed); goodbyes "You're welcome, have a great day!", "¡Gracias por escribirnos y mucha suerte …!",
 *   "You're welcome, bye for now and good luck …", "Happy baking, and thanks for chatting with us!", "Cool, good luck with the
 *   pigs! Thanks for stopping by."; patron-side "thats all i needed", "thats everything", "es todo", "no more questions",
 *   "nothing else", "ok, thats all thanks", "thats all", and "ya thats perfect", "yes thanks a lot", "ok thx", "ok ty" that do
 *   not count;
 *  sources: extension, USDA, state and market URLs, a library catalog URL; none at all, an answer from memory (27: source
 *   fails, completeness still passes);
 *  referrals: the county extension office by street and phone (01); "You apply at your county FSA office, which you can look up
 *   at farmers.gov/service-locator" (02); "comuníquese con el Departamento de Salud del Condado de Hays al 512-…" (05); APHIS by
 *   phone (06); "check with your market manager" (07: no contact); the library's reference desk by phone (19); "take a bagged
 *   sample to your county extension agent" (26: no contact); "You can also hire an association to file for you, such as the
 *   Washington Farm Labor Association (wafla.org, 360-…)" (29, LEFT); staff consulted on the patron's behalf ("I can ask the state
 *   NRCS office myself", 08; "I'll call the planning office", 11; "I'll pass your question to them", 10) as no referral;
 *   applying online ("Apply free online at comptroller.texas.gov/…", 23) and "the details and the application are at
 *   fsa.usda.gov/occsp" (15) as sources;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (08: pass); FU_ME with the e-mail read back and "I'll be
 *   in touch" (09: contact fails, pending at day 1); FU_LIB with the e-mail read back, "within 72 hours", done after 80 h (10:
 *   on_time fails); a call-back promise with the phone read back, "tomorrow morning", coded Answered, done in 10 h (11: code
 *   fails, contact and on_time pass); FU_ME with no e-mail or phone anywhere, "by Monday", not done by day 5 (12: code, contact
 *   and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after three patron lines, answered (14) and with no provider (17); an empty string
 *   (15); Practice (16);
 *  transfers: a notice (a hold) and a note that says why (20: pass); a note only (21: fail);
 *  concurrency: four at once (22: fail); others ending exactly at the start and starting exactly at the end, three at most (23).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "You apply at your county FSA office, which you can look up at farmers.gov/service-locator" tells the patron to go to an
 *   office (a referral) and gives a URL that reaches it (02); applying through an agency's web form ("Apply free online at
 *   comptroller.texas.gov/…", 23) is using the website, a source, as round 57 read ordering online;
 * - "You can also hire an association to file for you, such as the Washington Farm Labor Association (wafla.org, 360-…)" tells
 *   the patron to contact (hire) an organisation outside the chat: a referral, reached by URL and phone (29; the project's
 *   readings of "worth asking the league" and "worth having a lawyer look it over");
 * - "check with your market manager" (07) and "take a bagged sample to your county extension agent" (26) are referrals to a
 *   person outside the chat with no way to reach them; "The core manual is sold by Penn State Extension at …" (03), "UGA's FPIC
 *   (fpic.uga.edu) works with small producers" (09) and "Purdue Extension runs the … course each spring; dates are at …" (24)
 *   tell the patron to contact no one: sources, not referrals;
 * - "That's a lot of questions and my time for this chat is up, so I'm going to end it here." is the time-is-up dismissal, and
 *   in any case ends the help for the provider's convenience without a way back (18);
 * - "You're welcome, have a great day!" and "You're welcome, bye for now and good luck …" say goodbye;
 * - "ok, thats all thanks" and "thats all" say the patron is done (round 46's reading); "yes thanks a lot", "ok ty" do not;
 * - "Did the FPIC and Ag Department links help for now?", "Does the application link help in the meantime?", "Does that give
 *   you a start?" (inside the source message) and "Will that work for what you're planning?" ask whether what was given meets
 *   the need; "Is there anything else you need?" after a promise asks only for anything else (12: completeness fails);
 * - a Lost Call whose greeting is not a hold ("Hi, this is Nell … How can I help?", 45 s, after the patron's window closed at
 *   20 s) starts the final idle at that greeting; it ends at the goodbye notice at 200 s: 155 s, so the check-in is owed and
 *   missing (fail) and the notice is not owed (na) (13); the `patron_left` line changes neither (RUBRIC's final idle does not
 *   mention it);
 * - with no provider line at all, a Lost Call after three patron lines still fails resolution.code (17): the rule names no
 *   exception.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - closing.no_dismissal, case 18: "That's a lot of questions and my time for this chat is up, so I'm going to end it here."
 *    read as no dismissal (pass; RUBRIC fail: time up, and the help ended without a way back);
 *  - referral.contact, case 29: "You can also hire an association to file for you, such as the Washington Farm Labor
 *    Association (wafla.org, 360-555-0177)" read as no referral (na; RUBRIC pass: an organisation to contact, reached by URL
 *    and phone).
 * Every timing check (pickup at 31, 75 s, by `pickedUpAt`, no provider; keep_informed at 150 s with a patron ping inside,
 * across holds of 105 s, "take your time", two transfers; final idles of 0, 136, 155, 290 and 314 s; concurrency at four and
 * at touching ends; on_time done at 10 and 30 h, late at 80 h, pending at day 1, not recorded by day 5) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back,
 * a patron phone read back, agency and library phones left readable).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v55 (block U, written partly from this file): case 18's "my time for this chat is up, so I'm going to end it here" (U3) and
 *   29's "You can also hire an association to file for you, such as …" (U13) read as labelled and run: 30 running, no LEFT.
 * FINAL RUN (rubric v55): 30 tests passed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for a librarian.`];

const MAUREEN: Prov = { id: 'maureen', name: 'Maureen', library: 'CCPL-ND' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'GRRL' };
const DELORES: Prov = { id: 'delores', name: 'Delores', library: 'LSLC' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'MCPL-OR' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMPL' };
const WYATT: Prov = { id: 'wyatt', name: 'Wyatt', library: 'PVL' };
const CHATDESK: Prov = { id: 'chatdesk', name: 'Chat Desk', library: 'RHL' };
const HELGA: Prov = { id: 'helga', name: 'Helga', library: 'DCL' };
const RAMONA: Prov = { id: 'ramona', name: 'Ramona', library: 'ACCL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi (statewide)', library: 'STATE' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'FCPL-IN' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'APL-IA' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'AHPA' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'BCL-AR' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'RFL' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'New Staff Practice', library: 'TRN' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'OHPL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'SPL-KS' };
const MARGUERITE: Prov = { id: 'marguerite', name: 'Marguerite', library: 'MPL-WI' };
const PAOLO: Prov = { id: 'paolo', name: 'Paolo', library: 'CHPL' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel Brandt', library: 'CHPL' };
const PAM: Prov = { id: 'pam', name: 'Pam', library: 'HCL-MN' };
const DESMOND: Prov = { id: 'desmond', name: 'Desmond Yu', library: 'HCL-MN' };
const TERESA: Prov = { id: 'teresa', name: 'Teresa', library: 'LPL-KY' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'BVL-TX' };
const KAI: Prov = { id: 'kai', name: 'Kai', library: 'TCPL' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'PPLD' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'BCPL-MO' };
const RHETT: Prov = { id: 'rhett', name: 'Rhett', library: 'SCL-IA' };
const IMOGEN: Prov = { id: 'imogen', name: 'Imogen', library: 'TCPL-NY' };
const QUENTIN: Prov = { id: 'quentin', name: 'Quentin', library: 'SVL' };
const ZOLA: Prov = { id: 'zola', name: 'Zola', library: 'DBRL' };

export const sixtyFirstRoundFarms: SessionCase[] = [
  // 01 soil test kit through the county extension office
  s(MAUREEN, '01 soil test for a new vegetable plot: queue line, county asked, extension office by street + phone, lab URL, "thats all i needed"', [
    [0, 'p', 'hi where do I get my soil tested? want to put in about 2 acres of vegetables to sell next year'],
    queue(2),
    [31, 'l', 'Good morning! This is Maureen, a reference librarian at Cass County Public Library.'],
    [37, 'l', 'Which county is the land in? Soil test kits usually come through the county extension office.'],
    [80, 'p', 'cass, out by Casselton'],
    [86, 'l', 'One sec, pulling up the extension page for you.'],
    [170, 'l', "NDSU Extension in Cass County hands out soil sample bags and the lab form for free: stop by their office at 1010 2nd Ave S, Fargo, or call them at 701-555-5700. The NDSU Soil Testing Lab's fees and sampling directions are at ndsu.edu/snrs/services/soil_testing_lab. For vegetables, ask for the garden/horticulture test."],
    [176, 'l', 'Does that answer your question?'],
    [240, 'p', 'yep thats all i needed, thx!'],
    [245, 'l', "You're welcome! Good luck with the new plot, and thanks for chatting."],
  ], usual({ referral: 'pass' })),

  // 02 FSA microloan, chat-speak, greeting split over two lines
  s(TOBIAS, '02 FSA microloan after a bank said no: "Hey there!" + "Tobias here …", "ok gimme a min", county FSA office by locator URL', [
    [0, 'p', 'how do i get a loan to start a farm, bank said no. is there gov money for that'],
    [22, 'l', 'Hey there!'],
    [26, 'l', 'Tobias here with Ask a Librarian at Great River Regional Library. Are you starting from scratch, or already farming a bit and looking to grow?'],
    [70, 'p', 'sort of. i rent 10 acres and do pastured chickens + pigs, about 3 yrs now'],
    [77, 'l', 'ok gimme a min'],
    [150, 'l', "Sounds like a fit for the USDA Farm Service Agency's microloans: up to $50,000 for operating costs, aimed at small and beginning farmers, and the credit rules are looser than a bank's. Overview and the application checklist: fsa.usda.gov/programs-and-services/farm-loan-programs/microloans. You apply at your county FSA office, which you can look up at farmers.gov/service-locator."],
    [156, 'l', 'Is that the kind of thing you were looking for?'],
    [200, 'p', 'ya thats perfect'],
    [205, 'l', 'Anything else I can dig up for you?'],
    [230, 'p', 'nope'],
    [234, 'l', 'Cool, good luck with the pigs! Thanks for stopping by.'],
  ], usual({ referral: 'pass' })),

  // 03 pesticide applicator manuals given before the question
  s(DELORES, '03 private pesticide applicator exam: manuals + state page given first, "private or commercial?" only after (clarify fails)', [
    [0, 'p', 'I need to get my private pesticide applicator certification, where do I find the study material?'],
    [19, 'l', 'Hello, Delores here, librarian with the Library System of Lancaster County.'],
    [24, 'l', "The core manual is sold by Penn State Extension at extension.psu.edu (search 'pesticide applicator core manual'), and the PA Department of Agriculture's pesticide page at agriculture.pa.gov explains the exams and where to sit them. We also have the core manual at our Duke Street branch."],
    [30, 'l', 'Are you taking the private exam or the commercial one?'],
    [75, 'p', 'private, for my own orchard'],
    [82, 'l', 'Then you take the core exam plus the private applicator category exam on the same day. The category study guide is on the same Penn State page. Did that help?'],
    [130, 'p', 'yes thank you'],
    [136, 'l', 'Anything else today?'],
    [160, 'p', 'no thats all'],
    [164, 'l', 'Have a good day, and thanks for using the chat!'],
  ], usual({ clarify: 'fail' })),

  // 04 farmers market vendor rules: a hold answered 150 s later, a patron "u there?" inside
  s(GRANT, '04 selling produce at the Salem Saturday Market: "Let me look into that." at 96, "u there?" at 180, answer at 246 (150 s)', [
    [0, 'p', 'what do i need to sell veggies at the saturday farmers market downtown'],
    [35, 'l', "Hi, this is Grant at Ask Us, Marion County Public Library. Which city's market is it, and are you selling only produce you grow?"],
    [90, 'p', 'salem, just my own produce'],
    [96, 'l', 'Let me look into that.'],
    [180, 'p', 'u there?'],
    [246, 'l', "Thanks for waiting! The Salem Saturday Market's vendor page (salemsaturdaymarket.com/vendors) has the application, stall fees and rules. In Oregon, growers selling whole, uncut produce they grew themselves don't need a food license; the Oregon Department of Agriculture explains the Farm Direct rules at oregon.gov/oda/food-safety."],
    [252, 'l', 'Does that help?'],
    [300, 'p', 'yes. thats everything'],
    [305, 'l', 'Great, good luck at the market. Bye!'],
  ], usual({ informed: 'fail' })),

  // 05 cottage food in Spanish: pan dulce yes, tamales need a permit from the county health department
  s(LUCIA, '05 tamales y pan dulce (Spanish): cottage food page, "comuníquese con el Departamento de Salud … al 512-…", "es todo"', [
    [0, 'p', 'Hola buenas, quiero vender tamales y pan dulce en el mercado de agricultores, necesito permiso??'],
    [28, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de San Marcos. Con gusto le ayudo.'],
    [34, 'l', '¿Va a preparar todo en la cocina de su casa? ¿Y en qué condado vive?'],
    [90, 'p', 'si en mi casa, condado de Hays'],
    [96, 'l', 'Un momento, reviso las reglas de Texas.'],
    [180, 'l', 'En Texas, la ley de alimentos caseros (cottage food) permite vender pan dulce hecho en casa sin permiso, con una etiqueta que diga que se hizo en una cocina no inspeccionada. Los tamales con carne no entran en esa ley: para venderlos necesita un permiso de establecimiento de alimentos. La guía oficial está en dshs.texas.gov/food-establishments/cottage-food-production-operations. Para el permiso de los tamales, comuníquese con el Departamento de Salud del Condado de Hays al 512-555-0187.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias, es todo'],
    [246, 'l', '¡Gracias por escribirnos y mucha suerte con su venta!'],
  ], usual({ referral: 'pass' })),

  // 06 scrapie tags; the patron goes quiet; check-in, then a notice that invites back
  s(WYATT, '06 scrapie tags for six does: APHIS by phone, patron quiet after 100, check-in at 330, notice + invitation back at 460', [
    [0, 'p', 'how do I get scrapie tags for my goats? bought 6 does at the sale barn'],
    [40, 'l', "Hello! You've reached Wyatt, librarian at Platte Valley Library."],
    [46, 'l', 'Are these meat goats, dairy, or registered breeding stock? The tag rules differ a little.'],
    [100, 'p', 'meat goats, crossbreds'],
    [106, 'l', 'Checking the USDA page, one moment.'],
    [170, 'l', "Free official scrapie tags come from USDA APHIS: call 1-866-873-2824 (1-866-USDA-TAG) and they'll set up a flock ID and mail the tags. The rules, including which animals need tags before they leave your place, are at aphis.usda.gov/livestock-poultry-disease/sheep-goat-health/national-scrapie-eradication-program."],
    [176, 'l', 'Does that help?'],
    [330, 'l', 'Are you still there?'],
    [460, 'l', "It looks like you may have disconnected, so I'll close this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 07 SNAP at the market: a greeting that names no one, "check with your market manager" (no contact)
  s(CHATDESK, '07 taking SNAP as an egg + honey vendor: "Hi there, how can I help you today?" (no name), "check with your market manager"', [
    [0, 'p', 'does the farmers market on 5th take EBT? can vendors do it themselves'],
    [18, 'l', 'Hi there, how can I help you today?'],
    [24, 'l', 'Are you asking as a shopper, or as a vendor who wants to take SNAP?'],
    [60, 'p', 'vendor. I sell eggs and honey'],
    [66, 'l', "Vendors can apply to USDA to accept SNAP directly: the application and the free equipment program are at fns.usda.gov/snap/retailer/farmers-markets. Many markets run one token machine for every stall, though, so check with your market manager before you apply."],
    [72, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes, no more questions. thanks!'],
    [125, 'l', "You're welcome, have a great day!"],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 08 EQIP high tunnel: follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(HELGA, '08 NRCS high tunnel (follow-up by me): state NRCS asked on the patron\'s behalf, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'Hi, I heard NRCS pays for hoop houses? I want one for my market garden. How does it work and when is the deadline'],
    [25, 'l', 'Good afternoon, Helga here, a librarian at Door County Library.'],
    [31, 'l', 'Which state and county is your garden in? The sign-up dates are set by each state.'],
    [80, 'p', 'Wisconsin, Door county'],
    [86, 'l', 'Let me check, one moment.'],
    [170, 'l', "It's the EQIP high tunnel practice. The NRCS page nrcs.usda.gov/programs-initiatives/eqip-high-tunnel-systems explains what's paid for and who qualifies. Does that give you a start?"],
    [230, 'p', 'yes but the deadline??'],
    [236, 'l', "Wisconsin's ranking dates for this year aren't posted yet. I can ask the state NRCS office myself and e-mail you the date. What's your e-mail?"],
    [280, 'p', 'jens.orchard@example.com'],
    [286, 'l', "Thanks — jens.orchard@example.com. I'll e-mail you the sign-up deadline by Friday."],
    [292, 'l', 'Anything else I can help with meanwhile?'],
    [320, 'p', 'no thats it thanks'],
    [325, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 shared kitchens: follow-up by me, e-mail read back, no time
  s(RAMONA, '09 renting a commercial kitchen for pepper jelly (follow-up by me): e-mail read back, "I\'ll be in touch" (no time), day 1', [
    [0, 'p', 'is there a commercial kitchen I can rent around here? want to make jam to sell but my state says cottage food cant do some of the stuff i want'],
    [30, 'l', "Hi! I'm Ramona at Ask a Librarian, Athens-Clarke County Library."],
    [36, 'l', "What kind of products, and roughly where are you? Shared kitchens are often called 'commissary' or 'incubator' kitchens."],
    [95, 'p', 'pepper jelly and bbq sauce. athens area'],
    [101, 'l', 'Let me see what I can find.'],
    [190, 'l', "UGA's Food Product Innovation and Commercialization Center (fpic.uga.edu) works with small producers on sauces, and the Georgia Department of Agriculture's food safety page agr.georgia.gov/food-safety lists which license a sauce maker needs. I couldn't find a current list of rental kitchens in Athens online, though. If you leave me your e-mail, I'll ask around and send you what I find."],
    [240, 'p', 'sure its pepperjelly.gal@example.com'],
    [246, 'l', "Got it, pepperjelly.gal@example.com. I'll be in touch."],
    [252, 'l', 'Did the FPIC and Ag Department links help for now?'],
    [300, 'p', 'yes thanks a lot'],
    [306, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 statewide provider passes it to the patron's library: e-mail read back, "within 72 hours", done after 80 h
  s(KOFI, '10 library-of-things soil meter at Millbrook (follow-up by patron\'s library): e-mail read back, "within 72 hours", done after 80 h', [
    [0, 'p', "My library (Millbrook) used to lend a soil moisture meter and a pH tester in their 'library of things' for farmers. Is that still a thing? Catalog doesn't show it"],
    [27, 'l', "Hi, this is Kofi with the statewide AskAway chat. I'm not at Millbrook, but I'll see what I can find."],
    [33, 'l', 'Do you remember roughly when you last borrowed them, or what they were called in the catalog?'],
    [90, 'p', "last summer, 'garden tool kit' maybe"],
    [96, 'l', 'One moment while I search their catalog.'],
    [180, 'l', "Millbrook's catalog (millbrooklibrary.org/catalog) shows no 'garden tool kit' now, and their Library of Things page lists only home repair tools. The staff there would know if it was withdrawn or just renamed, so I'll pass your question to them. What e-mail should they use?"],
    [230, 'p', 'r.okafor@example.com'],
    [236, 'l', 'Thanks, r.okafor@example.com. Someone from Millbrook will get back to you within 72 hours.'],
    [242, 'l', 'Does that help for now?'],
    [290, 'p', 'ok, thats all thanks'],
    [295, 'l', "You're welcome, thanks for using AskAway!"],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 zoning hearing for a farm stand: call-back promise, phone read back, "tomorrow morning", coded Answered, done in 10 h
  s(BEA, '11 farm stand variance hearing: call-back "tomorrow morning", phone read back, coded Answered, done in 10 h', [
    [0, 'p', 'Im trying to put a farm stand at the end of my driveway, county says i need a variance. when is the next zoning hearing?'],
    [24, 'l', 'Good morning! This is Bea at Ask a Librarian, Fulton County Public Library.'],
    [30, 'l', 'Is the property in the unincorporated county, or inside a town?'],
    [75, 'p', 'unincorporated, Rochester IN'],
    [81, 'l', 'Let me look.'],
    [160, 'l', "The Fulton County Board of Zoning Appeals meets monthly; the county's planning page fultoncountyin.gov/planning has the variance application, but the hearing calendar there stops at last month. I'll call the planning office this afternoon and call you back with the next date. What number is best?"],
    [210, 'p', '574-555-0163'],
    [216, 'l', "574-555-0163. I'll call you tomorrow morning with the date."],
    [222, 'l', 'Does the application link help in the meantime?'],
    [270, 'p', 'yes that helps, thank you'],
    [276, 'l', 'Anything else?'],
    [290, 'p', 'no'],
    [294, 'l', 'Thanks for chatting, talk to you tomorrow!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 12 old soil survey: follow-up by me with no contact anywhere, "by Monday", not done by day 5
  s(ABE, '12 1950s Story County soil survey (follow-up by me): "get back to you by Monday", no e-mail or phone anywhere, not done by day 5', [
    [0, 'p', "looking for the old soil survey for Story County, the 1950s one, my grandpa's farm. web soil survey only has the new stuff"],
    [33, 'l', "Hi, I'm Abe, a librarian at Ames Public Library."],
    [39, 'l', 'Do you need the maps for one particular section of land, or the whole report?'],
    [100, 'p', 'just the part with his farm, section 14 of Nevada township'],
    [106, 'l', 'One moment.'],
    [200, 'l', "The NRCS has scanned many old surveys at nrcs.usda.gov/resources/data-and-reports/soil-survey-manuscripts, but Story County's 1950s volume isn't among them. Our government documents shelves may have the printed one. I'll check the shelf and get back to you by Monday."],
    [206, 'l', 'Is there anything else you need?'],
    [240, 'p', 'nope that would be awesome'],
    [245, 'l', 'Great, thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 13 a true Lost Call: the patron leaves before pickup; no check-in in a 155 s final idle
  s(NELL, '13 raw milk at the market (Lost Call): patron leaves at 20, greeting at 45, "It seems you\'ve left … come back anytime!" at 200', [
    [0, 'p', 'can I sell raw milk from my cow at the farmers market in PA'],
    left(20),
    [45, 'l', 'Hi, this is Nell, a librarian with Ask Here PA. How can I help?'],
    [200, 'l', "It seems you've left the chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 on-farm poultry exemption: answered, patron "ok thx" and leaves, coded Lost Call
  s(OSCAR, '14 1,000-bird poultry exemption (Arkansas): answered, "ok thx", patron leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'how many chickens can i process on farm and sell without USDA inspection'],
    [29, 'l', 'Hello! Oscar here, librarian at Benton County Library.'],
    [35, 'l', 'Which state are you in? The federal exemption is the same everywhere, but states add their own rules.'],
    [80, 'p', 'arkansas'],
    [86, 'l', "The federal exemption lets you slaughter and sell up to 1,000 birds a year that you raised yourself, with conditions; USDA FSIS explains it in its guidance on exempt poultry operations at fsis.usda.gov/guidelines. For Arkansas's own rules, see the Department of Health's food protection pages at healthy.arkansas.gov."],
    [92, 'l', 'Does that answer it?'],
    [150, 'p', 'ok thx'],
    left(155),
    [170, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 organic certification cost: "No rush, take your time.", patron away 215 s, code empty
  s(ROSALIND, '15 organic certification costs (Vermont): "No rush, take your time." then the patron back 215 s later, resolution code ""', [
    [0, 'p', "how much does it cost to get certified organic? we're a small 15 acre vegetable farm in vermont"],
    [21, 'l', "Hi! You've reached Rosalind at the Ask a Librarian service of Rutland Free Library."],
    [27, 'l', "Are you asking about the certifier's fees, or also about the cost-share that pays some of it back?"],
    [70, 'p', 'hang on my kid is yelling'],
    [75, 'l', 'No rush, take your time.'],
    [290, 'p', 'sorry back. both pls'],
    [296, 'l', 'Thanks! One moment while I look.'],
    [380, 'l', "In Vermont most farms certify through NOFA-VT; its fee schedule is at nofavt.org/certification (fees go by your gross sales). USDA's Organic Certification Cost Share Program pays back up to 75% of those costs, up to $750 per scope; the details and the application are at fsa.usda.gov/occsp."],
    [386, 'l', 'Is that what you needed?'],
    [440, 'p', "perfect, that's everything, thank you!"],
    [446, 'l', "You're welcome, bye for now and good luck with certification!"],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 16 practice
  s(TRAINEE, '16 practice chat (soil kit script): coded Practice, every check na', [
    [0, 'p', 'test test - soil testing question'],
    [8, 'l', 'Hi, practice session for new staff.'],
    [20, 'l', 'Soil kits: extension office. Did that help?'],
    [30, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined: honey at a roadside stand; the patron pings and leaves, coded Lost Call
  s(HOLLIS, '17 honey at a roadside stand (no provider joined): "hello??", "nvm", patron leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'anyone know if I need a license to sell honey at a roadside stand in Ohio'],
    queue(2, 4),
    [90, 'p', 'hello??'],
    [180, 'p', 'nvm'],
    left(185),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 pasture rent: "my time for this chat is up"
  s(VIC, '18 pasture rent per acre (Kansas): a list of questions, "my time for this chat is up, so I\'m going to end it here" (dismissal)', [
    [0, 'p', "what's the going rate to rent pasture for cattle per acre in Kansas"],
    [26, 'l', 'Hi, Vic at Salina Public Library here. Are you renting it out, or looking to rent some?'],
    [70, 'p', 'renting mine out, 80 acres native grass'],
    [76, 'l', "Kansas State's AgManager site publishes a pasture rental rate survey by region: agmanager.info/land-leasing/land-rental-rates. The latest one has the central region in it."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'sort of, what about if i include water and fence upkeep, and should it be per head or per acre, and also whats a fair lease for hay ground'],
    [140, 'l', "That's a lot of questions and my time for this chat is up, so I'm going to end it here."],
    [150, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 goat dairy: other patrons waiting, a way back by the reference desk's phone
  s(MARGUERITE, '19 goat dairy licenses (Wisconsin): DATCP page, then "other patrons waiting … chat back in later, or call our reference desk at 608-…"', [
    [0, 'p', 'hi I want to start a goat dairy and sell cheese, what licenses do I need in Wisconsin'],
    [30, 'l', 'Hello, Marguerite here, a librarian at Madison Public Library.'],
    [36, 'l', 'Are you planning to sell fluid milk, cheese only, or both?'],
    [85, 'p', 'cheese mostly'],
    [91, 'l', 'Give me a minute.'],
    [175, 'l', "In Wisconsin you'd need a milk producer license for the farm, a dairy plant license for the cheese room, and a cheesemaker license. DATCP's dairy licensing page lists all three with the forms: datcp.wi.gov/Pages/Programs_Services/DairyPlantLicensing.aspx. The Dairy Business Innovation Alliance also has startup grants, listed at cdr.wisc.edu/dbia."],
    [181, 'l', 'Does that cover it?'],
    [240, 'p', 'yes! also how do i price the cheese, where do i buy a vat, do i need insurance, what about selling online, and can my neighbor sell my milk'],
    [250, 'l', "Those are great questions, but I have other patrons waiting right now, so I can't go through them all. Please chat back in later, or call our reference desk at 608-555-4620 and we'll keep going."],
    [280, 'p', 'ok ty'],
    [285, 'l', 'Thanks for chatting, and good luck with the dairy!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 farm lease: transfer done by the book
  s(PAOLO, '20 Illinois cash rent lease form: transfer to the business librarian with a notice and a note, Hazel answers 48 s later', [
    [0, 'p', "I'm leasing 40 acres to a neighbor for corn, need a written lease. is there a standard form for Illinois"],
    [24, 'l', 'Hi, Paolo at Ask Us, Champaign Public Library here.'],
    [30, 'l', 'Is it a cash rent lease, or crop share?'],
    [75, 'p', 'cash rent'],
    [82, 'l', "Our business librarian knows farm leases well, so I'm transferring you to her now. One moment please."],
    [86, 'i', 'Hazel, patron needs an Illinois cash rent farm lease form (landowner side). Can you take it?'],
    xfer(90, 'Hazel Brandt', 'hazel'),
    [130, 'l', "Hi, this is Hazel from our Business & Legal desk. The University of Illinois farmdoc site has a free cash rent lease form with instructions: farmdoc.illinois.edu/farmland-leases (scroll to 'Lease forms'). Iowa State's Ag Decision Maker has another at extension.iastate.edu/agdm/wholefarm/html/c2-01.html.", as(HAZEL)],
    [136, 'l', 'Does that give you what you need?', as(HAZEL)],
    [190, 'p', 'yes perfect, nothing else. thank you both!'],
    [196, 'l', 'My pleasure. Thanks for using Ask Us!', as(HAZEL)],
  ], usual({ transfer: 'pass' })),

  // 21 bees: transfer with an internal note only; the receiver answers 70 s after the patron
  s(PAM, '21 registering 20 bee hives (Minnesota): transfer with an internal note only (patron never told), Desmond answers 70 s after the patron', [
    [0, 'p', 'do i have to register my bee hives with the state? getting 20 hives to sell honey'],
    [29, 'l', "Hi! I'm Pam, librarian at the Ask a Librarian desk of Hennepin County Library."],
    [35, 'l', 'Are the hives going to be in Minnesota?'],
    [70, 'p', 'yes in Anoka county'],
    [74, 'i', 'Desmond, bees + honey sales q, you did the ag guide, can you take it?'],
    xfer(77, 'Desmond Yu', 'desmond'),
    [140, 'l', "Hello, Desmond here. Minnesota doesn't require beekeepers to register hives, but the Minnesota Department of Agriculture's apiary page (mda.state.mn.us/plants-insects/honey-bees) covers moving bees into the state and selling honey, including when honey you produce yourself can be sold without a food license.", as(DESMOND)],
    [146, 'l', 'Did that answer your question?', as(DESMOND)],
    [200, 'p', 'yes, thats all I needed'],
    [205, 'l', 'Great, thanks for chatting!', as(DESMOND)],
  ], usual({ transfer: 'fail' })),

  // 22 certified scale: no greeting word; four chats at once
  s(TERESA, '22 legal-for-trade scale (Kentucky): "Teresa, Lexington Public Library, here." (no greeting word), four chats at once from 50 s', [
    [0, 'p', 'do I need my scale certified to sell tomatoes by the pound at the market?'],
    [20, 'l', 'Teresa, Lexington Public Library, here. Which state are you selling in?'],
    [55, 'p', 'kentucky'],
    [61, 'l', "Yes: in Kentucky a scale used to sell by weight has to be a legal-for-trade model that is registered and inspected. The Department of Agriculture's weights and measures page with the registration form is kyagr.com/consumer/weights-measures.html. Or sell by the piece or by the basket and skip the scale."],
    [67, 'l', 'Did that help?'],
    [110, 'p', 'yes, thats everything thanks'],
    [115, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('te1', 'teresa', -300, 400), other('te2', 'teresa', -100, 600), other('te3', 'teresa', 50, 500)],
  }),

  // 23 ag exemption number: three at most, others touching both ends
  s(LEON, '23 Texas ag/timber exemption number for feed and fencing: others end at the start and start at the end, three at most', [
    [0, 'p', 'how do i get the ag exemption number so i dont pay sales tax on feed and fencing? texas'],
    [25, 'l', 'Good afternoon! Leon here, librarian at Brazos Valley Library.'],
    [31, 'l', "Is it for a farm or ranch you're running now, or one you're starting?"],
    [70, 'p', 'running now, cow calf'],
    [76, 'l', "You need an Agricultural and Timber Registration Number from the Texas Comptroller. Apply free online at comptroller.texas.gov/taxes/ag-timber; it's good for four years, and you write it on the exemption certificate you give the feed store."],
    [82, 'l', 'Is that what you needed?'],
    [130, 'p', 'yes thats all i needed, thanks'],
    [135, 'l', 'Thanks for chatting, have a good one!'],
  ], usual(), {}, {
    otherIntervals: [other('le1', 'leon', -600, 0), other('le2', 'leon', -200, 100), other('le3', 'leon', 60, 900), other('le4', 'leon', 140, 800)],
  }),

  // 24 teen tractor certificate: 75 s pickup
  s(KAI, '24 a 15-year-old driving tractor for a neighbor: picked up at 75 s, restated + asked, Purdue course and DOL rules, "thats all"', [
    [0, 'p', "my 15yo wants to drive tractor for the neighbor's farm this summer for pay, does he need a certificate?"],
    queue(3, 2),
    [75, 'l', "Hi, sorry for the wait! I'm Kai, librarian at Tippecanoe County Public Library."],
    [81, 'l', "Got it, a neighbor's farm, so the family farm exemption doesn't apply. Is he 15 now, or turning 16 before summer?"],
    [130, 'p', '15 now, 16 in october'],
    [136, 'l', "Then yes: a 14- or 15-year-old hired on someone else's farm needs a tractor certificate under the federal Hazardous Occupations Order for Agriculture. Purdue Extension runs the National Safe Tractor and Machinery Operation Program course each spring; dates are at extension.purdue.edu (search 'tractor safety'). The Department of Labor's rules are at dol.gov/agencies/whd/child-labor/agriculture."],
    [142, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes thank u'],
    [206, 'l', 'Anything else?'],
    [230, 'p', 'thats all'],
    [234, 'l', 'Great, good luck to him! Thanks for chatting.'],
  ], usual({ pickup: 'fail' })),

  // 25 sourdough label: pickedUpAt at 30 s, first line at 90 with a restatement
  s(ALMA, '25 cottage food label for sourdough (Colorado): pickedUpAt 30 s, first line at 90 restates ("So you need …"), CSU page', [
    [0, 'p', 'selling my sourdough at the farmers market in colorado, what has to be on the label'],
    [90, 'l', "Hello, this is Alma, a librarian with Pikes Peak Library District. So you need the labeling rules for homemade bread sold under Colorado's cottage food law."],
    [96, 'l', "Colorado State University Extension's cottage foods page (farmtotable.colostate.edu/cottage-foods.php) lists what the label must say: your name and address, the statement that it was made in a home kitchen that is not inspected by the state, the ingredients and allergens, and the date it was made. There's a sample label near the bottom."],
    [102, 'l', 'Does that help?'],
    [160, 'p', "super helpful, that's all!"],
    [166, 'l', 'Happy baking, and thanks for chatting with us!'],
  ], usual(), { pickedUpAt: at(30) }),

  // 26 tomato blight: "take a bagged sample to your county extension agent" (no contact)
  s(GUS, '26 early blight on market tomatoes: Missouri Extension guide, "take a bagged sample to your county extension agent" (no contact)', [
    [0, 'p', "my tomatoes have black spots and leaves yellowing from the bottom up, I grow for market and I'm losing plants fast"],
    [30, 'l', 'Hi there, Gus at Boone County Public Library. Sorry to hear it!'],
    [36, 'l', 'Are the spots on the leaves with rings in them, like a target, or on the fruit?'],
    [80, 'p', 'leaves, yeah kinda like rings'],
    [86, 'l', "That sounds like early blight, but I can't diagnose it from here. The MU Extension guide 'Early Blight of Tomato' at extension.missouri.edu/publications has photos to compare and control options for growers. Your best bet is to take a bagged sample to your county extension agent; they can confirm it or send it on to the plant diagnostic lab."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'yes thanks'],
    [156, 'l', 'Anything else I can look up?'],
    [180, 'p', 'no thats everything'],
    [185, 'l', 'Good luck with the crop. Bye!'],
  ], usual({ referral: 'fail' })),

  // 27 spraying for hire: answered from memory, no source
  s(RHETT, '27 spraying neighbors\' fields for pay (Iowa): answered from memory with no source, "Does that help?", "thats all"', [
    [0, 'p', 'i spray my own fields, if i start spraying for neighbors and charge them do i need a different license'],
    [28, 'l', 'Hello, this is Rhett at the Ask a Librarian service, Story City Library.'],
    [34, 'l', 'Which state are you in, and would you be using restricted-use products?'],
    [80, 'p', 'iowa, yes some RUPs'],
    [86, 'l', 'Generally, yes: once you apply pesticides for hire, even to a neighbor\'s field, you need commercial applicator certification instead of the private one, and the business needs a commercial license too. Private certification only covers your own land or land you rent.'],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok yeah makes sense. thats all'],
    [145, 'l', 'Thanks for chatting, take care!'],
  ], usual({ source: 'fail' })),

  // 28 Census of Agriculture for a CSA business plan: holds every ~100 s, one a partial result
  s(IMOGEN, '28 direct-sales figures for a CSA plan: holds at 80 and 185 (a partial result that says the search goes on) and 290, answer at 370', [
    [0, 'p', 'Writing a business plan for a CSA. Where can I find how many farms in my county sell direct to consumers, and how much?'],
    [22, 'l', 'Hi! Imogen here, a business librarian at Tompkins County Public Library.'],
    [28, 'l', 'Which county, and do you need numbers for just the latest year or a trend over time?'],
    [75, 'p', 'Tompkins, trend if possible'],
    [80, 'l', 'Great question, let me dig into the Census of Agriculture for you. One moment.'],
    [185, 'l', "Found the 2022 county table, it has direct sales in dollars and the number of farms. Still looking for the older years to compare, hang on."],
    [290, 'l', 'Almost there, checking that 2012 has the same table.'],
    [370, 'l', "Here you go. USDA's Census of Agriculture county profiles are at nass.usda.gov/Publications/AgCensus/2022/Online_Resources/County_Profiles/New_York; pick Tompkins. 'Value of agricultural products sold directly to individuals' is in the full county tables, and the 2017 and 2012 censuses are under the same AgCensus menu. Quick Stats (quickstats.nass.usda.gov) lets you pull all three years into one spreadsheet."],
    [376, 'l', 'Does that give you what you need for the plan?'],
    [430, 'p', "this is great, exactly what I needed. that's everything!"],
    [436, 'l', 'Wonderful. Good luck with the CSA, and thanks for chatting!'],
  ], usual()),

  // 29 H-2A: check-in and then nothing until 420
  s(QUENTIN, '29 H-2A workers for a berry farm: DOL page, "you can also hire an association … (wafla.org, 360-…)", check-in at 260, ends at 420 with no notice', [
    [0, 'p', 'how do small farms hire seasonal workers from mexico, the H-2A thing. is it worth it for a 30 acre berry farm'],
    [35, 'l', 'Hi, thanks for reaching out to Skagit Valley Library — this is Quentin.'],
    [41, 'l', 'Are you looking for the steps and costs, or for someone to help you file?'],
    [100, 'p', 'steps and costs first'],
    [106, 'l', "The Department of Labor's H-2A page (dol.gov/agencies/eta/foreign-labor/programs/h-2a) lays out the steps, from the job order to the USCIS petition, and the costs: you must provide housing and transportation and pay the Adverse Effect Wage Rate, posted on the same site. You can also hire an association to file for you, such as the Washington Farm Labor Association (wafla.org, 360-555-0177)."],
    [112, 'l', 'Did that answer it?'],
    [260, 'l', 'Hello, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 160 }),

  // 30 freezer beef: goodbye 136 s after the answer, no check-in
  s(ZOLA, '30 selling a steer by the quarter (custom-exempt locker): MU Extension guide, goodbye at 232 (final idle 136 s) with no check-in', [
    [0, 'p', 'can i sell a steer by the quarter to my neighbors if its processed at the local locker'],
    [27, 'l', 'Good evening! Zola here, a librarian at Daniel Boone Regional Library.'],
    [33, 'l', 'Is the locker USDA-inspected, or a custom-exempt plant?'],
    [90, 'p', 'custom exempt i think'],
    [96, 'l', "Then you sell the live animal, not the meat: each buyer buys a share of the live steer before slaughter and pays the locker for the processing, and the meat is stamped 'Not for Sale'. MU Extension's guide on selling freezer beef explains it step by step at extension.missouri.edu/publications (search 'freezer beef')."],
    [102, 'l', "Will that work for what you're planning?"],
    [232, 'l', 'Thanks for chatting tonight, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundFarms.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-first round: farms and gardens for a living, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundFarms.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundFarms.filter((c) => c.name in LEFT_WHY));
});
