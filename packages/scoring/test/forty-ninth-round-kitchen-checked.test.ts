/**
 * Forty-ninth round, theme KITCHEN, CANNING AND THE GARDEN, checked: 31 whole sessions no one had written, from public
 * library "ask a librarian" chats about food, cooking and home gardening: substitutions (buttermilk, eggs in Spanish, lard
 * for tamales in Spanglish, gluten-free flour in a grandmother's pound cake, honey in peach syrup), safe temperatures and
 * storage (turkey, pork chops, rice left out overnight, pesto, rotisserie chicken, freezing pumpkin), canning (grandma's
 * water-bath green beans, jam at altitude, dill pickle brine, reusing lids), old family recipes (a 1955 Kraft booklet, a 1962
 * church cookbook, a 1978 newspaper clipping on microfilm, a 1976 Bicentennial fair cookbook), seed libraries and seed swaps,
 * seed saving, soil tests and extension-service referrals, tomato blight, garlic, herbs, hydrangeas, sourdough, backyard
 * chickens. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (the labels
 * copied aside to /tmp/kitchenChecked-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi! This is Priya, a librarian at …"; chat-speak "hi, Marcus @ Ask Fairfield Library here", "hey there, Xavier
 *   w/ Ask a Librarian at …"; "Hi there! Tomás here … 🌱"; Spanish "¡Buenas tardes! Le atiende Lucía, bibliotecaria de …";
 *   "¡Hola! I'm Lena …"; a statewide provider "at a different library"; a queue line, a patron "hello??" and a 90 s pickup with
 *   "Hi! Sorry for the wait." under the screen name "AskRef_3" (greeting fails); `pickedUpAt` at 40 s with the first line at
 *   75 s (pickup passes);
 *  inquiry: indoor vs outdoor, raised beds vs containers, cooked vs raw and hours out, bone-in vs boneless, hardneck vs
 *   softneck, which town / library, water bath vs pressure canner; a restatement asked as a question ("So you want to keep her
 *   pound cake recipe but swap …?", "Just so I understand: you'd like to use her recipe as written …?"); the USDA answer given
 *   before "Is the bird stuffed?" (clarify fails);
 *  waits: holds at 101 / 195 / 290 (one a partial result that says the search goes on), answer at 370 (pass); "let me check"
 *   then 135 s (fail); an answer exactly 120 s after the patron (pass: "longer than"); "Sure, take your time." then the patron
 *   away 204 s (waiting on the patron: pass); a silent transfer whose receiver writes 80 s after the patron (pass);
 *  endings: check-in at 250 and a notice with an invitation back at 420 (final idle 320 s); "Still with me?" then a goodbye
 *   (final idle 150 s: check-in needed, notice na); a bare goodbye after 220 s (both fail); a notice that invites back after
 *   245 s with no "still there?" (idle fails, notice passes); a Lost Call with only a greeting, a check-in and a notice (no
 *   substantive exchange; final idle 190 s from the greeting); the patron's "no thats everything thx" last with no goodbye
 *   (courteous fails); "Sorry, your time is up — we only allow 10 minutes per chat" (dismissal, no goodbye); "several other
 *   patrons waiting … please chat back in later" (allowed); patron-side "perfect thats all i needed", "no more questions",
 *   "thats everything", "es todo", "eso es todo", "nothing else", "thats all for today"; "ok thank you!!", "ok thx", "ty!" (not
 *   done);
 *  sources: USDA / FSIS, NCHFP, foodsafety.gov, extension URLs, archive.org, ohiomemory.org, a municipal code URL, books by
 *   title and author in the catalogue; none at all ("Generally 3 to 4 days in the fridge …": source fails, completeness
 *   passes on the answer);
 *  completeness: "Does that help?", "Is that what you needed?", "¿Le sirve esta información?", "Does that cover both parts?",
 *   "Does that look like hers?" (LEFT); none asked (three follow-ups, the seed-saving chat);
 *  referrals: the county Extension office by phone (pass); the library's own Information Desk "at the Central branch" with no
 *   contact (fail); "Your county's extension office can run the test … drop a sample off with them" with no contact (LEFT);
 *   the library's Master Gardener Help Desk by phone (pass); the extension agent named as the maker of a chart the provider
 *   will send (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 30 h (pass); FU_ME, e-mail given, "as soon as I've gone
 *   through the reels" (no time: contact fails), not done by day 5 (fail); FU_LIB, e-mail given and read back, "within 72
 *   hours", done at 80 h (late: fail); a promise "by tomorrow morning" coded Answered (code fails, on_time pending);
 *  codes: a true Lost Call; Lost Call after three patron lines (fail); null (fail); Practice (all na);
 *  transfers: a notice (a hold) + an internal note that says why, then the transfer (pass); an internal note only (fail);
 *  concurrency: four at once from 50 to 90 s (fail); others ending exactly at the start and starting exactly at `endedAt`,
 *   three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "stop by the Information Desk at the Central branch and ask for the seed drawers" tells the patron to visit a department
 *   of the provider's own library (RUBRIC: counts), reached by no e-mail, phone, postal address or URL ("the Central branch"
 *   is a name, not an address): referral.contact fails;
 * - "Your county's extension office can run the test for you, just drop a sample off with them" tells the patron to visit an
 *   organisation outside the chat: a referral, here with no contact (fail);
 * - "Our county extension agent made a one-page chart like that …; I'll e-mail it to you" sends the patron to no one: no
 *   referral; the agent is the chart's author;
 * - "as soon as I've gone through the reels" does not say when the information will come (no date or span): followup.contact
 *   fails; "within 72 hours", "by Friday", "by tomorrow morning" do;
 * - "Does that look like hers?" (after the scan of the recipe is given) asks whether what was given meets the need (the
 *   patron wants grandmother's exact recipe); "Anything else I can find for you?" does not;
 * - "Sure, take your time." is not a hold (RUBRIC Terms), so the patron's 204 s search for the soil test is a wait on the
 *   patron; "Thanks! One moment." is a hold;
 * - "Hi! Sorry for the wait." greets but identifies no one; the screen name "AskRef_3" does not count;
 * - "Hi, this is Ana at Cedar Ridge Library. Happy to help with your jam question!" is a greeting, not a hold: the final idle
 *   of the Lost Call runs from it (40 s) to the closing notice, which invites back (a goodbye) at 230 s: 190 s;
 * - "I'll close this chat for now. Thanks for using Lakeview Library chat, come back anytime!" is a goodbye, so the final idle
 *   ends there (150 s: idle_checkin applies, disconnect_notice does not);
 * - "Sorry, your time is up — we only allow 10 minutes per chat. I'm ending the session now." tells the patron their time is
 *   up and offers no way back; "Sorry" is no thanks, goodbye or invitation back.
 *
 * COUNTS. Written: 31 whole sessions (30 asked for, one more for idle fail with notice pass), all 17 statuses labelled in
 * each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 2. Label corrections: 0.
 * Final: 29 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 05: "Does that look like hers?" after the recipe scan read as no completeness question
 *    (fail; RUBRIC pass);
 *  - referral.contact, case 08: "Your county's extension office can run the test for you, just drop a sample off with them"
 *    read as no referral (na; RUBRIC fail: visit an organisation outside the chat, no contact).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a 120 s boundary, internal lines and a
 * transfer, idle and disconnect spans of 150 / 190 / 220 / 245 / 320 s, concurrency at touching ends, on_time done / late /
 * pending / not done by day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (patron e-mails typed in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (2 through describeLeft). Run on the scorer's default
 * rubric (v47).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 30 running, 1 LEFT. N4 reads "Does that look like hers?" (05) as a
 * completeness question; the extension office's "drop a sample off with them" (08) stays LEFT (a pronoun for the party).
 * RUBRIC v62 (block AB, sixty-eighth round): 08 ("drop a sample off with them", AB5: what is dropped off with a party visits it)
 *   now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA: Prov = { id: 'priya-k', name: 'Priya', library: 'MPL' };
const MARCUS: Prov = { id: 'marcus-k', name: 'Marcus', library: 'FFL' };
const GRACE: Prov = { id: 'grace-k', name: 'Grace', library: 'HCL' };
const TOMAS: Prov = { id: 'tomas-k', name: 'Tomás', library: 'EPL' };
const RUTH: Prov = { id: 'ruth-k', name: 'Ruth', library: 'DPL' };
const KENJI: Prov = { id: 'kenji-k', name: 'Kenji', library: 'NEB' };
const LUCIA: Prov = { id: 'lucia-k', name: 'Lucía', library: 'SMPL' };
const DEB: Prov = { id: 'deb-k', name: 'Deb', library: 'FUL' };
const OLIVE: Prov = { id: 'olive-k', name: 'Olive', library: 'WFL' };
const NADIA: Prov = { id: 'nadia-k', name: 'Nadia', library: 'LVL' };
const FRANK: Prov = { id: 'frank-k', name: 'Frank', library: 'CFL' };
const HELEN: Prov = { id: 'helen-k', name: 'Helen', library: 'SHPL' };
const IVAN: Prov = { id: 'ivan-k', name: 'Ivan', library: 'BRL' };
const SAM: Prov = { id: 'sam-k', name: 'Sam (statewide)', library: 'STATE' };
const BETH: Prov = { id: 'beth-k', name: 'Beth', library: 'RSL' };
const ANA: Prov = { id: 'ana-k', name: 'Ana', library: 'CRL' };
const GUS: Prov = { id: 'gus-k', name: 'Gus', library: 'PHL' };
const LENA: Prov = { id: 'lena-k', name: 'Lena', library: 'BSL' };
const TRAINER: Prov = { id: 'trainer-k', name: 'Training Account', library: 'TRN' };
const MAYA: Prov = { id: 'maya-k', name: 'Maya', library: 'OHIO' };
const RAFAEL: Prov = { id: 'rafael-k', name: 'Rafael', library: 'GVPL' };
const PETE: Prov = { id: 'pete-k', name: 'Pete', library: 'MCL' };
const NORA: Prov = { id: 'nora-k', name: 'Nora', library: 'MCL' };
const CORA: Prov = { id: 'cora-k', name: 'Cora', library: 'WBL' };
const DAVE: Prov = { id: 'dave-k', name: 'Dave', library: 'OVL' };
const IRIS: Prov = { id: 'iris-k', name: 'Iris', library: 'CVL' };
const JUNE: Prov = { id: 'june-k', name: 'June', library: 'KDL' };
const REF3: Prov = { id: 'ref3-k', name: 'AskRef_3', library: 'KDL' };
const ROSE: Prov = { id: 'rose-k', name: 'Rose', library: 'SPL' };
const WES: Prov = { id: 'wes-k', name: 'Wes', library: 'HML' };
const XAVIER: Prov = { id: 'xavier-k', name: 'Xavier', library: 'NFPL' };
const YARA: Prov = { id: 'yara-k', name: 'Yara', library: 'FHL' };
const ZOE: Prov = { id: 'zoe-k', name: 'Zoe', library: 'BRK' };

export const kitchenChecked: SessionCase[] = [
  // 01 buttermilk swap, by the book
  s(PRIYA, '01 buttermilk for biscuits: milk + lemon, King Arthur chart URL, "perfect thats all i needed"', [
    [0, 'p', 'hi what can i use instead of buttermilk in biscuits'],
    [20, 'l', 'Hi! This is Priya, a librarian at Maplewood Public Library.'],
    [26, 'l', 'Do you have regular milk and either lemon juice or white vinegar on hand?'],
    [60, 'p', 'yes milk and lemons'],
    [66, 'l', 'Great — stir 1 tablespoon of lemon juice into a scant cup of milk and let it sit 5 to 10 minutes. King Arthur Baking keeps a full substitution chart at kingarthurbaking.com/learn/ingredient-substitution-chart if you need others.'],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'perfect thats all i needed'],
    [106, 'l', 'Happy baking, thanks for chatting!'],
  ], usual()),

  // 02 turkey temp: source before the question
  s(MARCUS, '02 turkey temp (chat-speak): USDA poultry URL first, "Is the bird stuffed?" only after', [
    [0, 'p', 'whats the safe temp for turkey, is 165 in the breast ok??'],
    [15, 'l', 'hi, Marcus @ Ask Fairfield Library here'],
    [20, 'l', 'USDA says 165°F in the thickest part of the breast, the innermost thigh and the wing: fsis.usda.gov/food-safety/safe-food-handling-and-preparation/poultry'],
    [26, 'l', 'Is the bird stuffed?'],
    [50, 'p', 'nope'],
    [56, 'l', 'Then 165 in those three spots is it. Did that answer your question?'],
    [80, 'p', 'yep thx'],
    [86, 'l', 'anything else?'],
    [100, 'p', 'no'],
    [105, 'l', 'ok enjoy ur turkey, bye!'],
  ], usual({ clarify: 'fail' })),

  // 03 grandma's water-bath green beans; extension office by phone
  s(GRACE, '03 water-bath green beans from a recipe card: NCHFP URL, "call the Hollis County Extension office at 555-…"', [
    [0, 'p', 'My grandma always canned green beans in a water bath for 3 hours, is that safe? i have her recipe card'],
    [25, 'l', "Hello, and thanks for contacting Ask Us! I'm Grace, a librarian at Hollis County Library."],
    [31, 'l', "Just so I understand: you'd like to use her recipe as written, in a boiling water bath rather than a pressure canner?"],
    [80, 'p', "yes, I don't own a pressure canner"],
    [86, 'l', 'One moment while I check the USDA guidance.'],
    [170, 'l', "The National Center for Home Food Preservation says green beans are low-acid and must be pressure canned; a water bath, even for 3 hours, never gets hot enough to kill botulism spores. Their green bean page is nchfp.uga.edu/how/can_04/beans_snap_italian.html. If you'd like someone to walk you through pressure canning, call the Hollis County Extension office at 555-318-4470; they also test canner gauges for free."],
    [176, 'l', 'Is that what you needed?'],
    [240, 'p', 'ugh ok. yes. no more questions'],
    [246, 'l', "Sorry it's not better news! Thanks for chatting, and happy canning."],
  ], usual({ referral: 'pass' })),

  // 04 seed library: the library's own desk, no contact
  s(TOMAS, '04 seed library tomatillos: a book by title, "stop by the Information Desk at the Central branch" (no contact)', [
    [0, 'p', 'do you guys have a seed library? want to grow tomatillos this yr'],
    [18, 'l', 'Hi there! Tomás here, librarian at Elmwood Public Library 🌱'],
    [24, 'l', 'Are you starting them indoors or sowing straight in the garden?'],
    [70, 'p', 'indoors i think, never done it'],
    [77, 'l', "Our seed library has tomatillo seeds this spring (Toma Verde). For starting indoors, the book \"The New Seed-Starters Handbook\" by Nancy Bubel is on the shelf at every branch. To check out seeds, stop by the Information Desk at the Central branch and ask for the seed drawers — you can take up to 5 packets."],
    [83, 'l', 'Does that help?'],
    [120, 'p', 'yes! thanks, thats all'],
    [126, 'l', 'Great, good luck with the tomatillos — bye!'],
  ], usual({ referral: 'fail' })),

  // 05 a 1950s Kraft booklet: holds every ~90 s
  s(RUTH, '05 grandma\'s 1950s lime Jell-O salad: holds at 101/195/290 (one a partial result), archive.org scan at 370', [
    [0, 'p', 'im looking for a recipe my grandmother made in the 50s, lime jello with cottage cheese and pineapple, she said it came from a Kraft booklet'],
    [30, 'l', 'Good afternoon! This is Ruth at the Ask a Librarian service of Dunmore Public Library.'],
    [36, 'l', "Do you remember the booklet's title or roughly what year? And do you need the exact printed version, or would a close match do?"],
    [95, 'p', 'no title. exact if possible, my aunt wants it for the reunion'],
    [101, 'l', 'Let me dig through some digitized cookbook collections, this may take a few minutes.'],
    [195, 'l', "Still looking — I've found Kraft booklets from 1952 and 1955 and I'm checking them now."],
    [290, 'l', 'Found a likely one, just confirming the ingredients match.'],
    [370, 'l', 'Here it is: "Lime Pineapple Salad" on page 14 of Kraft\'s 1955 booklet "Kraft Recipes for Salads," scanned at archive.org/details/kraftsalads1955 (lime gelatin, crushed pineapple, cottage cheese, mayonnaise, chopped walnuts).'],
    [376, 'l', 'Does that look like hers?'],
    [430, 'p', 'OMG yes thats it!!! thats everything, thank you so much'],
    [436, 'l', "You're so welcome! Thanks for chatting and enjoy the reunion."],
  ], usual()),

  // 06 rice left out: "let me check" then 135 s
  s(KENJI, '06 rice left out overnight: "let me check" at 60, the answer 135 s later', [
    [0, 'p', 'is rice ok to eat if i left it out on the stove overnight??'],
    [22, 'l', "Hello! You're chatting with Kenji, a librarian with Ask Us Nebraska."],
    [28, 'l', 'Was it cooked rice, and about how many hours was it sitting out?'],
    [55, 'p', 'cooked, like 10 hrs'],
    [60, 'l', 'let me check'],
    [195, 'l', "The USDA's leftovers page (fsis.usda.gov/food-safety/safe-food-handling-and-preparation/food-safety-basics/leftovers-and-food-safety) says cooked food left out more than 2 hours should be thrown away. Rice can also carry Bacillus cereus, whose toxin reheating doesn't destroy."],
    [201, 'l', 'Did that answer your question?'],
    [230, 'p', 'yeah tossing it lol. thx thats all'],
    [236, 'l', 'Good call! Thanks for chatting, bye.'],
  ], usual({ informed: 'fail' })),

  // 07 Spanish: egg substitute
  s(LUCIA, '07 sin huevos para pan de plátano (Spanish): "Le atiende Lucía", linaza, Illinois Extension URL, "es todo"', [
    [0, 'p', 'Hola buenas, no tengo huevos, con que los puedo sustituir para hacer pan de plátano?'],
    [28, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [35, 'l', '¿Cuántos huevos pide la receta? ¿Tiene alguna alergia o solo se le acabaron?'],
    [80, 'p', '2 huevos, solo se me acabaron jaja'],
    [87, 'l', 'Para pan de plátano puede usar, por cada huevo, 1 cucharada de linaza molida con 3 cucharadas de agua, o 1/4 de taza de puré de manzana. La tabla de sustitutos de la Universidad de Illinois está en extension.illinois.edu/food/ingredient-substitutions.'],
    [93, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'sí perfecto, es todo. gracias!!'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos, que le quede rico el pan.'],
  ], usual()),

  // 08 soil test: the county extension office, no contact
  s(DEB, '08 yellow tomato leaves: a book in the catalog, "Your county\'s extension office can run the test … drop a sample off" (no contact)', [
    [0, 'p', 'my tomatoes get yellow leaves every summer. how do i get my soil tested'],
    [35, 'l', "Hi, I'm Deb, a reference librarian at Fulton Library. Sorry to hear about the tomatoes!"],
    [42, 'l', 'Are they in the ground or in containers?'],
    [90, 'p', 'raised beds'],
    [97, 'l', 'For raised beds a soil test is the best place to start. "The Garden Primer" by Barbara Damrosch (in our catalog) explains how to take a good sample. Your county\'s extension office can run the test for you, just drop a sample off with them.'],
    [103, 'l', 'Does that help?'],
    [150, 'p', 'yes thanks'],
    [156, 'l', 'Anything else I can help with?'],
    [180, 'p', 'nope'],
    [185, 'l', 'Thanks for chatting with us, good luck with the garden!'],
  ], usual({ referral: 'fail' })),

  // 09 early blight; patron gone: check-in and notice + invitation back
  s(OLIVE, '09 early blight on tomatoes: answer at 100, "Are you still there?" at 250, notice + invitation back at 420', [
    [0, 'p', 'what are these brown spots with rings on my tomato leaves? bottom leaves first'],
    [26, 'l', 'Hi! This is Olive at Ask Westfield Library.'],
    [32, 'l', 'Is it only the lower leaves, or are the stems or fruit spotted too?'],
    [80, 'p', 'just leaves so far'],
    [100, 'l', 'That sounds like early blight. The Missouri Botanical Garden\'s site missouribotanicalgarden.org (search "early blight tomato") has photos to compare and the treatment: pull the spotted leaves, mulch, and water at the base.'],
    [106, 'l', 'Did that help?'],
    [250, 'l', 'Are you still there?'],
    [420, 'l', "I haven't heard from you in a while so it looks like you've disconnected — I'll end the chat now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 10 pesto: final idle 150 s, check-in only
  s(NADIA, '10 homemade pesto in the fridge: answer at 90, "Still with me?" at 205, goodbye at 240 (final idle 150 s)', [
    [0, 'p', 'how long does homemade pesto last in the fridge'],
    [20, 'l', 'Hello, Nadia here from the Lakeview Library chat.'],
    [26, 'l', 'Is it made with fresh garlic and kept in a jar, or frozen in cubes?'],
    [60, 'p', 'fresh, just in a jar'],
    [90, 'l', "Penn State Extension's pesto fact sheet (extension.psu.edu/pesto-safety) says keep it refrigerated and use it within 5 days, or freeze it for a few months."],
    [96, 'l', 'Does that answer it?'],
    [205, 'l', 'Still with me?'],
    [240, 'l', "I'll close this chat for now. Thanks for using Lakeview Library chat, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 11 honey in peach syrup: 220 s idle, no check-in, no notice
  s(FRANK, '11 honey for canning peaches: answer at 80, a bare goodbye at 300 (final idle 220 s)', [
    [0, 'p', 'can i use honey instead of sugar in canning peaches'],
    [30, 'l', 'Good morning, Frank at the Cedar Falls Library Ask Us desk.'],
    [36, 'l', 'Are you putting them up in syrup, or making jam?'],
    [70, 'p', 'in syrup'],
    [80, 'l', "Yes: the National Center for Home Food Preservation's syrup guide (nchfp.uga.edu/how/can_02/syrups.html) says you can replace up to half the sugar with honey; a light honey keeps the flavor mild."],
    [86, 'l', 'Does that help?'],
    [300, 'l', 'Thanks for chatting with Cedar Falls Library. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 12 church cookbook: follow-up by me, "by Friday", done in 30 h
  s(HELEN, '12 1962 church cookbook (follow-up by me): e-mail typed and read back, scans "by Friday", done in 30 h', [
    [0, 'p', "Hi! My mom had a recipe for molasses cookies from our church cookbook, St. Anne's, probably 1960s. Any chance the library has it?"],
    [25, 'l', "Hi there, I'm Helen, the reference librarian at Sheffield Public Library. What a nice thing to look for!"],
    [31, 'l', "Do you know which town St. Anne's parish was in? There were two in the county."],
    [80, 'p', 'the one in Millbrook'],
    [86, 'l', 'Let me search our catalog.'],
    [160, 'l', "Our catalog lists \"St. Anne's Parish Cook Book, Millbrook, 1962\" in the Local History Room (sheffieldlibrary.org/catalog, search \"St. Anne's Parish\"). It doesn't circulate and the room is closed today, but I can scan the cookie recipes and e-mail them to you by Friday. What's your e-mail?"],
    [210, 'p', 'thats wonderful! its bev.kowalski@example.com'],
    [216, 'l', "Got it, bev.kowalski@example.com. You'll have the scans by Friday."],
    [222, 'l', 'Anything else I can look up for you?'],
    [250, 'p', 'no thats all, thank you!!'],
    [256, 'l', 'Thank you for chatting, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 pierogi clipping: promise with no time, not done by day 5
  s(IVAN, '13 1978 newspaper pierogi recipe (follow-up by me): e-mail given, "as soon as I\'ve gone through the reels", not done by day 5', [
    [0, 'p', 'looking for a pierogi recipe that was printed in the Courier newspaper around Christmas 1978, my dad clipped it and lost it'],
    [40, 'l', 'Hello, this is Ivan, a librarian at Brantford Library.'],
    [46, 'l', 'Do you remember if it was in a food column, or a reader recipe exchange?'],
    [110, 'p', "reader recipes i think. 'holiday favorites' something"],
    [118, 'l', 'One sec, checking what we have for the Courier.'],
    [200, 'l', "We have the Courier on microfilm for 1978 (listed in our newspaper guide at brantfordlib.org/newspapers), but it isn't indexed by recipe, so I'll need to scroll through December. If you leave me your email I'll send you what I find."],
    [250, 'p', 'sure its tkowal78@example.com'],
    [256, 'l', "Thanks! I'll email you as soon as I've gone through the reels."],
    [262, 'l', 'Anything else?'],
    [280, 'p', 'no thanks'],
    [286, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 14 statewide: seed swap at another library, follow-up by patron's library, done late
  s(SAM, '14 Oakton seed swap (follow-up by patron\'s library): e-mail given, "within 72 hours", done after 80 h', [
    [0, 'p', "When is the spring seed swap at Oakton library? their site doesn't say"],
    [35, 'l', "Hi! This is Sam with the statewide AskUs chat — I'm at a different library but happy to help."],
    [42, 'l', 'Is that Oakton Public Library in Oakton Village, or the Oakton branch of the county system?'],
    [90, 'p', 'oakton village'],
    [96, 'l', 'Let me check their calendar.'],
    [175, 'l', "Oakton's events calendar (oaktonlibrary.org/events) has no seed swap listed yet. I'll send your question to the Oakton staff and they'll e-mail you within 72 hours. What e-mail should they use?"],
    [220, 'p', 'jmiller.garden@example.com'],
    [226, 'l', "Thanks, jmiller.garden@example.com. I've passed it on."],
    [250, 'p', 'ok thank you!!'],
    [256, 'l', "You're welcome, thanks for using AskUs. Bye!"],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 pickle chart promised, coded Answered
  s(BETH, '15 dill pickle brine chart: USDA Guide 6 PDF, then "I\'ll e-mail it to you by tomorrow morning", coded Answered (pending)', [
    [0, 'p', 'do you have a pickle brine ratio chart? making dill pickles this weekend'],
    [20, 'l', 'Hello, Beth here at Ask Riverside Library.'],
    [26, 'l', 'Refrigerator pickles or canned in a water bath?'],
    [55, 'p', 'canned'],
    [61, 'l', "For canned dills stick to a tested recipe: the USDA Complete Guide to Home Canning, Guide 6 (nchfp.uga.edu/publications/usda/GUIDE06_HomeCan_rev2015.pdf). Use 5% acidity vinegar and don't cut it down."],
    [67, 'l', 'Does that help?'],
    [100, 'p', 'kinda, i wanted a chart like per quart how much salt/vinegar'],
    [107, 'l', "Our county extension agent made a one-page chart like that for a library program; I'll e-mail it to you by tomorrow morning. What's your e-mail?"],
    [150, 'p', 'pickle.queen@example.com'],
    [156, 'l', "pickle.queen@example.com, got it. It'll be in your inbox by tomorrow morning."],
    [170, 'p', 'ty!'],
    [175, 'l', 'Thanks for chatting! Bye'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 16 Lost Call: greeting only, then check-in and notice
  s(ANA, '16 jam at 6000 ft (Lost Call): greeting only at 40, "Are you still there?" at 170, notice + invitation at 230', [
    [0, 'p', 'how long do i process strawberry jam at 6000 ft'],
    [40, 'l', 'Hi, this is Ana at Cedar Ridge Library. Happy to help with your jam question!'],
    [170, 'l', 'Are you still there?'],
    [230, 'l', "It looks like you've disconnected, so I'll end this session. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 pork chops, answered, coded Lost Call after three patron lines
  s(GUS, '17 pork chop temp: answered, "ok cool", patron leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'hey whats the internal temp for pork chops'],
    [25, 'l', 'Hi! Gus here, librarian at Pine Hill Library.'],
    [30, 'l', 'Are they bone-in or boneless, and are you grilling?'],
    [60, 'p', 'boneless, pan'],
    [66, 'l', 'USDA says pork chops are safe at 145°F followed by a 3-minute rest: see the chart at foodsafety.gov/food-safety-charts/safe-minimum-internal-temperatures.'],
    [90, 'p', 'ok cool'],
    [96, 'l', 'Anything else I can help with?'],
    left(120),
    [130, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 tamales without lard (Spanglish), code null
  s(LENA, '18 tamales sin manteca (Spanglish): shortening, a cookbook in the catalog + seriouseats.com, "eso es todo", code null', [
    [0, 'p', 'hi, quiero hacer tamales pero sin manteca de cerdo, what can i use? my tía uses lard'],
    [30, 'l', "¡Hola! I'm Lena, a librarian at Brookside Library."],
    [36, 'l', 'Are you looking for a vegetarian option, or just something other than pork lard?'],
    [80, 'p', 'vegetarian, my daughter doesnt eat meat'],
    [86, 'l', 'Vegetable shortening works 1 for 1, or coconut oil if you like a slightly sweet masa. Rick Bayless\'s cookbook "Authentic Mexican" (in our catalog) has a shortening masa, and Serious Eats explains the swap at seriouseats.com (search "vegetarian tamales").'],
    [92, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'si! gracias, eso es todo'],
    [136, 'l', 'De nada! Thanks for chatting, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 19 practice
  s(TRAINER, '19 practice chat (canning script test): coded Practice, every check na', [
    [0, 'p', 'TEST how long to water bath pint jars of salsa'],
    [10, 'l', 'Hi, practice chat here.'],
    [20, 'l', 'nchfp.uga.edu has it. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 transfer by the book to the home library
  s(MAYA, '20 1976 Bicentennial fair cookbook: notice + note, transfer to Greenville, Rafael answers with Ohio Memory', [
    [0, 'p', 'hi, my home library has a cookbook from the 1976 Bicentennial fair in our town, can i see it online?'],
    [25, 'l', 'Hello! This is Maya with Ask Us Ohio, answering for libraries across the state.'],
    [31, 'l', 'Which town and library is it?'],
    [70, 'p', 'Greenville, the Greenville Public Library'],
    [76, 'l', "A librarian from Greenville is online now, so I'm transferring you to him — one moment please."],
    [79, 'i', "Rafael, patron wants the 1976 Bicentennial fair cookbook from Greenville, asking if it's digitized. Local collection q."],
    xfer(82, 'Rafael', 'rafael-k'),
    [150, 'l', 'Hi, Rafael at Greenville Public Library here! Our 1976 Bicentennial Cookbook is digitized in the Ohio Memory collection: ohiomemory.org (search "Greenville Bicentennial cookbook").', as(RAFAEL)],
    [156, 'l', 'Does that answer your question?', as(RAFAEL)],
    [200, 'p', 'yes! thats all I needed'],
    [206, 'l', 'Wonderful, thanks for chatting with us!', as(RAFAEL)],
  ], usual({ transfer: 'pass' })),

  // 21 transfer with a note only
  s(PETE, '21 backyard chickens in Dayton: internal note and transfer, no word to the patron; Nora answers 80 s after the patron', [
    [0, 'p', 'do you have any books on raising backyard chickens AND is it legal in dayton city limits'],
    [20, 'l', 'Hi, Pete here from the Ask Us desk at Montgomery County Library.'],
    [26, 'l', 'Are you in the City of Dayton itself or one of the suburbs?'],
    [60, 'p', 'city of dayton'],
    [66, 'i', 'Nora, can you take this? chickens + Dayton zoning, you know the code stuff'],
    xfer(70, 'Nora', 'nora-k'),
    [140, 'l', "Hello, this is Nora, a librarian on Montgomery County Library's Business & Law desk. Dayton allows backyard hens with a permit; the rules are in the Zoning Code at library.municode.com/oh/dayton (search \"chickens\"). For books, try \"Storey's Guide to Raising Chickens\" in our catalog.", as(NORA)],
    [146, 'l', 'Does that cover both parts?', as(NORA)],
    [190, 'p', "yep that's all i needed, thx"],
    [196, 'l', 'Thanks for chatting, good luck with the hens!', as(NORA)],
  ], usual({ transfer: 'fail' })),

  // 22 four at once
  s(CORA, '22 freezing pumpkin puree: three other chats, four open at once from 50 to 90 s', [
    [0, 'p', 'can you freeze cooked pumpkin puree'],
    [25, 'l', 'Hi there, Cora at the Ask Us chat, Westbury Library.'],
    [31, 'l', 'Homemade puree, or leftover canned?'],
    [60, 'p', 'homemade from a pie pumpkin'],
    [66, 'l', 'Yes: cook it until soft, mash, cool it quickly and pack it in freezer containers with headspace. The steps are at nchfp.uga.edu/how/freeze/pumpkin.html; it keeps about a year.'],
    [72, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thanks. nothing else'],
    [105, 'l', 'Thanks for chatting, happy baking!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k-c1', 'cora-k', -200, 300), other('k-c2', 'cora-k', 10, 400), other('k-c3', 'cora-k', 50, 90)],
  }),

  // 23 three at most, touching ends; an answer exactly 120 s after the patron
  s(DAVE, '23 white fuzz on seed-starting mix: answer exactly 120 s after the patron; others touch both ends, three at most', [
    [0, 'p', 'theres white fuzzy stuff on top of my seed starting mix, are the seedlings doomed'],
    [20, 'l', 'Hello! This is Dave, a librarian at Orchard Valley Library.'],
    [26, 'l', 'Is it fuzzy like cotton, or more of a crust? And are the seedlings themselves wilting?'],
    [70, 'p', 'cottony. seedlings look ok'],
    [190, 'l', "That's usually a harmless mold from too much moisture and too little air. The University of Minnesota Extension's seed starting page (extension.umn.edu/planting-and-growing-guides/starting-seeds-indoors) suggests letting the top dry out, running a small fan and watering from the bottom."],
    [196, 'l', 'Did that help?'],
    [240, 'p', "yes thank you, that's all"],
    [246, 'l', 'Great — thanks for using Ask Us, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('k-d1', 'dave-k', -500, 0), other('k-d2', 'dave-k', -100, 200), other('k-d3', 'dave-k', 30, 150), other('k-d4', 'dave-k', 251, 700)],
  }),

  // 24 "your time is up"
  s(IRIS, '24 canning list: lids answered, then "Sorry, your time is up — we only allow 10 minutes per chat" and no goodbye', [
    [0, 'p', 'ok so i have a bunch of canning questions'],
    [22, 'l', 'Hi, this is Iris at Ask Carver Library.'],
    [28, 'l', "Sure, what's the first one? Water bath or pressure canning?"],
    [60, 'p', 'water bath. can i reuse the lids'],
    [66, 'l', "No: the flat lids are single use, but the screw bands can be reused. Ball explains it in the FAQ at ballmasonjars.com."],
    [72, 'l', 'Did that help?'],
    [560, 'p', 'ok and what about salsa, can i add more peppers to a tested recipe, and how long do jars last, and can i can butter'],
    [600, 'l', "Sorry, your time is up — we only allow 10 minutes per chat. I'm ending the session now."],
    [615, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 25 other patrons waiting, a way back
  s(JUNE, '25 herbs in a north window: a list of follow-ons, "several other patrons waiting … please chat back in later"', [
    [0, 'p', 'what herbs can I grow indoors in winter in a north window'],
    [24, 'l', "Hi! You've reached June, a librarian at Kent District Library."],
    [30, 'l', 'How much light does that window get, any direct sun at all?'],
    [75, 'p', 'none really'],
    [82, 'l', 'With no direct sun, mint, parsley, chives and lemon balm do best; basil will need a grow light. Our catalog has "The Indoor Herb Garden" by Misilla dela Llana (kdl.org/catalog).'],
    [88, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes! also grow lights, which ones, how many hours, and hydroponic kits, and microgreens, and my succulents are dying'],
    [150, 'l', "Those are all great questions! I have several other patrons waiting right now, so I can't go through them all. Please chat back in later and we'll keep going."],
    [175, 'p', 'ok'],
    [180, 'l', 'Thanks for understanding, have a good one!'],
  ], usual({ anything: 'fail' })),

  // 26 slow pickup, no name
  s(REF3, '26 garlic in zone 6: "hello??" in the queue, picked up at 90 s, "Hi! Sorry for the wait." under a screen name only', [
    [0, 'p', 'best time to plant garlic in zone 6?'],
    queue(2, 2),
    [50, 'p', 'hello??'],
    [90, 'l', 'Hi! Sorry for the wait.'],
    [96, 'l', "Do you know if it's hardneck or softneck garlic?"],
    [130, 'p', 'hardneck from the farmers market'],
    [137, 'l', "In zone 6, plant hardneck cloves in mid-October, a few weeks before the ground freezes. Cornell's garlic guide (gardening.cals.cornell.edu/lessons/curricula/growing-garlic) has depth and spacing."],
    [143, 'l', 'Does that help?'],
    [180, 'p', 'yep thats everything, ty'],
    [186, 'l', "You're welcome, bye!"],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 27 pickedUpAt recorded; restating the question
  s(ROSE, '27 gluten-free pound cake: pickedUpAt 40 s, first line at 75, "So you want to keep her pound cake recipe but swap…?"', [
    [0, 'p', 'can i make my grandmothers pound cake recipe with gluten free flour? it uses cake flour'],
    [75, 'l', "Hello, I'm Rose, a librarian at Salem Public Library."],
    [81, 'l', 'So you want to keep her pound cake recipe but swap the cake flour for a gluten-free one?'],
    [120, 'p', 'exactly'],
    [127, 'l', "Use a 1-to-1 gluten-free blend that has xanthan gum, and weigh it. King Arthur's gluten-free guide at kingarthurbaking.com/learn/guides/gluten-free explains the swap and suggests letting the batter rest 30 minutes."],
    [133, 'l', 'Does that answer your question?'],
    [170, 'p', "yes, perfect. that's all I needed"],
    [176, 'l', 'Happy baking! Thanks for chatting.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 28 rotisserie chicken from memory: no source
  s(WES, '28 rotisserie chicken in the fridge: "Generally 3 to 4 days" from memory, no source', [
    [0, 'p', 'how long is a costco rotisserie chicken good in the fridge'],
    [20, 'l', 'Hi, Wes at the Hamilton Library Ask Us desk.'],
    [26, 'l', 'Has it been in the fridge since you got home, or did it sit out for a while?'],
    [55, 'p', 'fridge right away'],
    [62, 'l', 'Generally 3 to 4 days in the fridge, and you can freeze it for a few months. If it smells off, toss it.'],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'ok thx'],
    [106, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [135, 'l', 'Take care, bye!'],
  ], usual({ source: 'fail' })),

  // 29 seed saving; the patron has the last word, no goodbye
  s(XAVIER, '29 saving Cherokee Purple seeds: seedsavers.org, "Anything else I can find for you?", patron "no thats everything thx" last', [
    [0, 'p', 'how do i save seeds from my heirloom tomatoes'],
    [30, 'l', 'hey there, Xavier w/ Ask a Librarian at Northfield Public Library'],
    [36, 'l', "Is it an open-pollinated heirloom and not a hybrid? Hybrids won't come true from seed."],
    [80, 'p', 'yeah cherokee purple'],
    [86, 'l', 'Then ferment the seeds: scoop them into a jar with a little water, let it sit 3 days, rinse and dry them on a paper plate. Seed Savers Exchange walks through it at seedsavers.org/learn ("Tomato seed saving").'],
    [92, 'l', 'Anything else I can find for you?'],
    [140, 'p', 'no thats everything thx'],
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 30 "Sure, take your time", own library's Master Gardener desk by phone
  s(YARA, '30 pink hydrangeas: "Sure, take your time." then 204 s away, RHS URL, the library\'s Master Gardener Help Desk by phone', [
    [0, 'p', 'my hydrangeas came in pink this year, they used to be blue, what happened'],
    [22, 'l', 'Hi, Yara here, a librarian at Fairhaven Library!'],
    [28, 'l', "Do you know your soil's pH, or do you have a recent soil test?"],
    [60, 'p', 'i have a test from last year somewhere, let me find it'],
    [66, 'l', 'Sure, take your time.'],
    [270, 'p', 'ok found it, pH 7.1'],
    [276, 'l', 'Thanks! One moment.'],
    [340, 'l', "At pH 7.1 the aluminum in the soil is locked up, so bigleaf hydrangeas turn pink. The Royal Horticultural Society's page rhs.org.uk/plants/hydrangea/colour explains lowering the pH with sulfur or aluminum sulfate. For help with your own beds, call our Master Gardener Help Desk at the library, 555-214-7788, Tuesdays 10-2."],
    [346, 'l', 'Does that help?'],
    [390, 'p', 'very much! thats all for today'],
    [396, 'l', 'Glad to help, thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 31 disconnect notice without a check-in
  s(ZOE, '31 sourdough starter smells like nail polish: answer at 85, a notice that invites back at 330 with no "still there?" (final idle 245 s)', [
    [0, 'p', 'my sourdough starter smells like nail polish remover?? is it dead'],
    [21, 'l', 'Hi! Zoe here, a librarian at Briarwood Library.'],
    [27, 'l', 'How often are you feeding it, and is it kept on the counter or in the fridge?'],
    [70, 'p', 'counter, like every 3 days'],
    [85, 'l', "Not dead, just hungry: the acetone smell means it ran out of food. King Arthur's starter troubleshooting page (kingarthurbaking.com/blog/2020/03/27/sourdough-starter-troubleshooting) says feed it twice a day on the counter until it smells yeasty again."],
    [91, 'l', 'Does that help?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to end this chat. Thanks for contacting us and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-ninth round: kitchen, canning and the garden, checked', () => {
  describeSessions('whole sessions', kitchenChecked.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', kitchenChecked.filter((c) => c.name in LEFT_WHY));
});
