/**
 * Sixty-seventh round, theme NUTRITION, DIETS AND FOOD LABELS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: trustworthy nutrition sites (MedlinePlus, MyPlate), a type 2 diabetes
 * cookbook, "may contain traces of nuts", a registered dietitian who takes Medicaid, federal sodium limits in school lunches,
 * the Nutrition Facts label for a diabetic mother (Spanish), food for a 10-month-old and WIC formula help (partly Spanish),
 * gluten-free recipes for a celiac child (Spanish), a frozen spinach recall, kidney-diet cookbooks for dialysis, low-FODMAP
 * cookbooks, gluten-free school meals and 504 plans, cooked rice, "organic" vs "natural", freezing chicken, stevia, low-sodium
 * recipes, keto vs intermittent fasting, a prediabetes meal plan, Mediterranean diet and dementia articles, chain restaurant
 * nutrition facts, cottage food labels, % Daily Value, cereal serving sizes, a picky 4-year-old, eggs past the sell-by date,
 * leftovers, canning tomatoes, added sugar in yogurt. Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/nutrition-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s with "Hi!" and "This is Marcus with Ask Us Now …" split over two lines (02: pass); pickup
 *   at 61 s (03: fail); "Good morning! You've reached Ask a Librarian — I'm Dana" (01); Spanish "¡Buenas tardes! Soy Lucía,
 *   bibliotecaria de …" (06) and "Hola, habla Tomás, bibliotecario de …" (07); "¡Hola! ¿En qué le puedo ayudar hoy?" under the
 *   screen name "Staff 3", naming no one (08: fail); chat-speak "hey!! reese @ ask a librarian (Baltimore County Public
 *   Library) 👋" (30); "Hey there! This is Wren" (15); `pickedUpAt` at 45 s with the first line at 170 (27);
 *  inquiry: a restatement with no question mark ("So you're looking for a registered dietitian near Towson who accepts
 *   Medicaid, for your mother.", 04: pass); the first source before "Is it a whole chicken or pieces?" (15: fail); a question
 *   and no source ever (25, 29: pass, any question counts); questions about lot number, insulin, city for WIC, format, 504
 *   plan, the cereal's grams;
 *  waits: "Let me pull that up, one moment please." answered exactly 120 s later (04: pass); "Give me a minute …" answered
 *   121 s later (05: fail); "No rush, take your time." then the patron back 150 s later (24: waiting on the patron, pass); a
 *   transfer notice answered 84 s later by the receiver (20) and 100 s later (22); a silent transfer, the receiver 90 s after
 *   the patron (21: pass); 125 s between `pickedUpAt` and the first visible line (27: fail); the patron's last line left
 *   unanswered (08, 18, 30: an open span, does not count);
 *  endings: a Lost Call with a greeting only, "Are you still there?" 120 s later and "It seems you've disconnected, so I'll
 *   close this chat. Feel free to chat back anytime!" 180 s after the greeting (13: final idle exactly 180 s, both pass); a
 *   check-in and a thanking goodbye 179 s after the answer (14: idle pass, disconnect na); a goodbye 119 s after the answer
 *   with no check-in (15: idle na); "Are you still there?" and then nothing to `endedAt` 200 s after the answer (16: idle
 *   pass, disconnect and courteous fail); "It looks like you've disconnected, so I'll end the chat now. Thanks …" 240 s after
 *   the answer, with no question (17: idle fail, disconnect pass); "That's the limit of questions I can take in one chat.
 *   Bye." (18: dismissal fail, courteous pass); "a few other patrons waiting … please come back to the chat later" (19:
 *   allowed); the patron with the last word ("ok gracias", 08; "thx thats all i needed 🙏", 30: courteous fails); patron-side
 *   "no more questions", "thats all i needed", "thats everything", "eso es todo", "thats all", "that was all", and "si
 *   gracias", "yes thank you dear", "yes", "ok", "yeah thanks" that do not count;
 *  sources: medlineplus.gov, myplate.gov, fda.gov pages (allergens, recalls, the label in Spanish, "natural", serving sizes,
 *   % DV), foodallergy.org, eatright.org, fns.usda.gov, healthychildren.org, celiac.org, monashfodmap.com, foodsafety.gov,
 *   ams.usda.gov, recipes.heart.org, hsph.harvard.edu, cdc.gov, diabetes.org, CINAHL and PubMed, menustat.org,
 *   health.maryland.gov, fsis.usda.gov, dietaryguidelines.gov, the catalogue and books with call numbers; none (25: a
 *   pediatrician; 29: "The National Center for Home Food Preservation has tested recipes" without a way to reach it);
 *  referrals: the Hyattsville WIC office by phone, in Spanish (07: pass); "Talk to the school's food service director"
 *   (12: no contact, fail); "ask his pediatrician at the next checkup" (25: fail); "call the University of Maryland
 *   Extension office in your county" (29: fail); directories and agency web pages to use (04, 05, 22) as sources, not
 *   referrals; "I'll also pass your question to Talbot County Free Library" (12) as a follow-up, not a referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow morning", done exactly 72 h after `endedAt` (09: pass); FU_ME,
 *   phone typed "410 555 0177" and read back "410-555-0177", "within 72 hours", done 72 h + 1 s after (10: on_time fails); a
 *   promise to e-mail "by end of day tomorrow", the address typed by the patron, coded Answered (11: code fails, contact
 *   passes, on_time pending); FU_LIB with the e-mail only in `patron.email`, no time, nothing recorded by day 4 (12: code
 *   passes, contact and on_time fail);
 *  codes: a true Lost Call (13); Lost Call after four patron lines (28); an empty string (27); Practice (26);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note only, silent to the patron
 *   (21: fail); a notice and no internal note (22: fail);
 *  concurrency: three of Ivy's other chats all open with this one for 5 s (23: four at once, fail); one of Jade's ending at
 *   the start, one overlapping, and three of another provider's chats open throughout (24: two at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi!" alone greets; with "This is Marcus with Ask Us Now …" in the second visible line the two parts together pass (02);
 *   "¡Hola! ¿En qué le puedo ayudar hoy?" greets and identifies no one, and the screen name "Staff 3" does not count (08);
 * - "the wait before pickup is approachability.pickup's alone": with `pickedUpAt` at 45 s, the patron's wait from 0 to the
 *   first line at 170 is counted for keep_informed only from pickup on: 125 s, over the 120 (27: fail);
 * - a span of exactly 120 s is not "longer than silenceSeconds" (04: pass); a final idle of exactly 180 s is "≥"
 *   disconnectSeconds (13); a follow-up done exactly 72 h after `endedAt` is "within followUpHours" (09);
 * - "Would either of those suit him?", "Does the FDA list help in the meantime?", "Does that cover the meal plan part?", "¿Le
 *   sirve?", "that help? 🙂" ask whether what was given meets the need;
 * - "Take care!", "Cuídese mucho. ¡Hasta luego!", "Have a good one, bye!" say goodbye; "I will close this chat for now.
 *   Thanks for the question, and come back anytime!" thanks and invites back, so it is a goodbye and ends the final idle (14);
 * - a referral is telling the patron to contact someone: "Talk to the school's food service director", "ask his
 *   pediatrician", "call the … Extension office in your county" are referrals with no way to reach them; "I'll also pass
 *   your question to Talbot County Free Library so their staff can send you local contacts" is a promise that the patron's
 *   library will contact them (a follow-up session), not a referral;
 * - "The National Center for Home Food Preservation has tested recipes" names an organisation without a way to reach it:
 *   not a source; with the Extension office given no contact either, 29 has no source, and its completeness question
 *   still applies (info.source fails, it is not na) and passes after the answer;
 * - a promise made in the chat with the patron's e-mail typed by the patron ("given … there") and "by end of day tomorrow"
 *   passes followup.contact even though the code (Answered) fails resolution.code (11); an e-mail known only from
 *   `patron.email` satisfies resolution.code's "patron contact is known" but not followup.contact's "confirmed in the chat"
 *   (12).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/nutrition-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: none. Final: 30 running,
 * 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at exactly 60 and at 61 s and by `pickedUpAt`; keep_informed at
 * exactly 120 and at 121 s, 125 s after `pickedUpAt`, across "take your time", two announced transfers and a silent one;
 * final idles of 119, 179, 180, 200 and 240 s; concurrency at four for 5 s and at touching ends with another provider's
 * chats; on_time done at exactly 72 h, 1 s late, not recorded by day 4, pending at day 1) scored as labelled. The redaction
 * equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone typed with spaces and
 * read back with dashes, an agency phone beside them, an e-mail only in the patron fields).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-n', name: 'Dana', library: 'EPFL' };
const MARCUS: Prov = { id: 'marcus-n', name: 'Marcus', library: 'AUN' };
const PRITI: Prov = { id: 'priti-n', name: 'Priti', library: 'HCLS' };
const OWEN: Prov = { id: 'owen-n', name: 'Owen', library: 'BCPL' };
const RHEA: Prov = { id: 'rhea-n', name: 'Rhea', library: 'FCPL-MD' };
const LUCIA: Prov = { id: 'lucia-n', name: 'Lucía', library: 'MCPL' };
const TOMAS: Prov = { id: 'tomas-n', name: 'Tomás', library: 'PGCMLS' };
const STAFF3: Prov = { id: 'staff3-n', name: 'Staff 3', library: 'MCPL' };
const KIM: Prov = { id: 'kim-n', name: 'Kim', library: 'AACPL' };
const LEO: Prov = { id: 'leo-n', name: 'Leo', library: 'CCPL' };
const NINA: Prov = { id: 'nina-n', name: 'Nina', library: 'HCPL-MD' };
const PAM: Prov = { id: 'pam-n', name: 'Pam', library: 'AUN' };
const SAM: Prov = { id: 'sam-n', name: 'Sam', library: 'WCFL' };
const VERA: Prov = { id: 'vera-n', name: 'Vera', library: 'CALV' };
const WREN: Prov = { id: 'wren-n', name: 'Wren', library: 'SMCL' };
const XAVIER: Prov = { id: 'xavier-n', name: 'Xavier', library: 'ACLS' };
const YOLANDA: Prov = { id: 'yolanda-n', name: 'Yolanda', library: 'RELG' };
const ZANE: Prov = { id: 'zane-n', name: 'Zane', library: 'QACL' };
const ABBY: Prov = { id: 'abby-n', name: 'Abby', library: 'TCFL' };
const BRUNO: Prov = { id: 'bruno-n', name: 'Bruno', library: 'AUN' };
const CLARA: Prov = { id: 'clara-n', name: 'Clara', library: 'AUN' };
const DEV: Prov = { id: 'dev-n', name: 'Dev', library: 'CCPL-CAR' };
const ELLA: Prov = { id: 'ella-n', name: 'Ella', library: 'CCPL-CAR' };
const GRACE: Prov = { id: 'grace-n', name: 'Grace', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-n', name: 'Hugo', library: 'AUN' };
const IVY: Prov = { id: 'ivy-n', name: 'Ivy', library: 'SCL' };
const JADE: Prov = { id: 'jade-n', name: 'Jade', library: 'WIPL' };
const KAYA: Prov = { id: 'kaya-n', name: 'Kaya', library: 'DCPL' };
const TRAINING: Prov = { id: 'training-n', name: 'Training Account', library: 'TRN' };
const MAYA: Prov = { id: 'maya-n', name: 'Maya', library: 'CCPL-CAROLINE' };
const NED: Prov = { id: 'ned-n', name: 'Ned', library: 'KCPL' };
const OPAL: Prov = { id: 'opal-n', name: 'Opal', library: 'WCFL' };
const REESE: Prov = { id: 'reese-n', name: 'reese_bcpl', library: 'BCPL' };

const s = session;

export const NUTRITION: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 trustworthy nutrition sites: "Good morning! You\'ve reached Ask a Librarian — I\'m Dana", MedlinePlus + MyPlate, "no more questions"', [
    [0, 'p', 'hi is there a trustworthy site for nutrition info? so much junk online'],
    [25, 'l', "Good morning! You've reached Ask a Librarian — I'm Dana, at Enoch Pratt Free Library."],
    [31, 'l', 'Are you looking for general healthy-eating advice, or information about a particular condition?'],
    [70, 'p', 'general, trying to eat better in the new year'],
    [77, 'l', 'MedlinePlus, from the National Library of Medicine, is a good place to start: medlineplus.gov/nutrition.html. For meal planning, myplate.gov from the USDA has food group targets by age.'],
    [83, 'l', 'Is that the kind of thing you were after?'],
    [120, 'p', 'yes perfect, that covers it. no more questions'],
    [126, 'l', 'Happy to help. Thanks for stopping by the chat!'],
  ], usual()),

  // 02 pickup exactly 60 s; the greeting split over two lines
  s(MARCUS, '02 diabetes cookbook for dad: pickup at exactly 60 s, "Hi!" then "This is Marcus with Ask Us Now", "Would either of those suit him?"', [
    [0, 'p', 'looking for a cookbook for my dad hes type 2 diabetic, somthing with easy recipes'],
    [60, 'l', 'Hi!'],
    [64, 'l', "This is Marcus with Ask Us Now, the Maryland libraries' chat. Would he rather have a print book or an ebook?"],
    [100, 'p', 'print, hes not into tablets'],
    [106, 'l', 'Try "The Complete Diabetes Cookbook" from America\'s Test Kitchen: our catalogue shows copies at several branches (search the title on the catalogue page). "The Diabetes Cookbook" from the American Diabetes Association is another good one.'],
    [112, 'l', 'Would either of those suit him?'],
    [150, 'p', 'the first one sounds good thx'],
    [155, 'l', 'Anything else I can look up for you?'],
    [180, 'p', 'nope'],
    [184, 'l', 'Enjoy the cooking, bye for now!'],
  ], usual()),

  // 03 pickup 61 s
  s(PRITI, '03 "may contain traces of nuts" on a label: pickup at 61 s, FDA allergen page + foodallergy.org', [
    [0, 'p', 'what does "may contain traces of nuts" actually mean on a label? my kid has a peanut allergy'],
    [61, 'l', 'Hello, Priti here, a librarian at Howard County Library System. Sorry to keep you waiting!'],
    [67, 'l', 'Is it packaged food bought in the US?'],
    [95, 'p', 'yes from the grocery store'],
    [101, 'l', '"May contain" is a voluntary precautionary statement: no law requires or defines it, so it says nothing about how much risk there is. The required allergen labeling (the "Contains: peanuts" line) is explained on the FDA\'s Food Allergies page, fda.gov/food/food-labeling-nutrition/food-allergies, and foodallergy.org has a label-reading guide.'],
    [107, 'l', 'Does that help?'],
    [150, 'p', 'yes very much, thats all i needed'],
    [156, 'l', 'Glad to hear it. Take care!'],
  ], usual({ pickup: 'fail' })),

  // 04 restatement; a hold answered exactly 120 s later
  s(OWEN, '04 a dietitian near Towson who takes Medicaid: restated, "one moment please" answered exactly 120 s later, eatright.org directory', [
    [0, 'p', 'need a registered dietitian near Towson that takes medicaid, for my mom'],
    [20, 'l', 'Hi, Owen at Baltimore County Public Library here.'],
    [26, 'l', "So you're looking for a registered dietitian near Towson who accepts Medicaid, for your mother."],
    [50, 'p', 'yes'],
    [56, 'l', 'Let me pull that up, one moment please.'],
    [176, 'l', "The Academy of Nutrition and Dietetics' Find a Nutrition Expert directory, eatright.org/find-a-nutrition-expert, searches by ZIP code and insurance. Maryland Medicaid's provider search is at health.maryland.gov/mmcp."],
    [182, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thank you. thats everything'],
    [236, 'l', 'You are welcome, goodbye!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(RHEA, '05 sodium limits in school lunches: "Give me a minute" answered 121 s later, fns.usda.gov', [
    [0, 'p', 'what are the rules now for sodium in school lunches? our PTA is arguing about it'],
    [18, 'l', "Hi there! I'm Rhea, a librarian at Frederick County Public Libraries."],
    [24, 'l', "Do you mean the federal rules, or your school district's own policy?"],
    [60, 'p', 'federal'],
    [66, 'l', 'Give me a minute to find the latest version.'],
    [187, 'l', "USDA's Food and Nutrition Service sets the sodium limits for the National School Lunch Program, with the next reduction phased in over the coming school years: fns.usda.gov/cn/nutrition-standards-school-meals."],
    [193, 'l', 'Is that what you needed?'],
    [240, 'p', 'yes thx'],
    [245, 'l', 'Anything else?'],
    [270, 'p', 'no'],
    [274, 'l', 'Thanks for chatting, good luck with the PTA!'],
  ], usual({ informed: 'fail' })),

  // 06 Spanish: the nutrition label for a diabetic mother
  s(LUCIA, '06 la etiqueta de nutrición para una mamá con diabetes (Spanish): "¡Buenas tardes! Soy Lucía", FDA en español, "eso es todo"', [
    [0, 'p', 'buenas, como leo la etiqueta de nutricion? mi mama tiene diabetes y no entiendo lo de los carbohidratos'],
    [30, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de Montgomery County Public Libraries.'],
    [36, 'l', '¿Prefiere la información en español? ¿Y su mamá usa insulina o controla la diabetes solo con la dieta?'],
    [90, 'p', 'en español porfa. solo dieta'],
    [96, 'l', 'La FDA explica la etiqueta paso a paso en español en fda.gov/food/nutrition-facts-label (elija "Español"). Para contar carbohidratos, la Asociación Americana de la Diabetes tiene una guía en diabetes.org/espanol.'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchas gracias, eso es todo'],
    [156, 'l', '¡Con gusto! Que le vaya bien, y gracias por usar nuestro chat.'],
  ], usual()),

  // 07 partly Spanish: WIC office by phone
  s(TOMAS, '07 comida para un bebé de 10 meses y ayuda con la fórmula (partly Spanish): healthychildren.org, WIC office by phone', [
    [0, 'p', 'hi, mi bebe tiene 10 meses, what foods can he eat? y hay ayuda para comprar formula?'],
    [22, 'l', "Hola, habla Tomás, bibliotecario de Prince George's County Memorial Library System. Hello!"],
    [28, 'l', '¿En qué ciudad vive? Le pregunto para buscarle la oficina de WIC más cercana.'],
    [70, 'p', 'hyattsville'],
    [76, 'l', 'Para la comida del bebé, HealthyChildren.org tiene una guía en español por edad: healthychildren.org/spanish (busque "alimentos sólidos"). Para la fórmula, llame a la oficina de WIC de Hyattsville al 301-555-0190; ahí le explican cómo inscribirse.'],
    [82, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si gracias'],
    [135, 'l', '¿Algo más en que le pueda ayudar?'],
    [160, 'p', 'no'],
    [164, 'l', 'Cuídese mucho. ¡Hasta luego!'],
  ], usual({ referral: 'pass' })),

  // 08 Spanish: greets, names no one; the patron has the last word
  s(STAFF3, '08 recetas sin gluten para un niño celíaco (Spanish): "¡Hola! ¿En qué le puedo ayudar hoy?" under "Staff 3", the patron\'s "ok gracias" last', [
    [0, 'p', 'necesito recetas sin gluten, a mi hijo le diagnosticaron celiaquia'],
    [15, 'l', '¡Hola! ¿En qué le puedo ayudar hoy?'],
    [21, 'l', '¿Busca un libro de recetas o prefiere páginas web?'],
    [60, 'p', 'un libro, en español si hay'],
    [66, 'l', 'En el catálogo tenemos "Cocina sin gluten para toda la familia" (641.5639 COC), disponible en la sucursal de Wheaton. La Celiac Disease Foundation también tiene recetas gratis en celiac.org.'],
    [72, 'l', '¿Le sirve?'],
    [110, 'p', 'ok gracias'],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail' })),

  // 09 follow-up by me, e-mail read back, done exactly 72 h after the end
  s(KIM, '09 a frozen spinach recall (follow-up by me): e-mail read back, "by tomorrow morning", done exactly 72 h after the end', [
    [0, 'p', 'is there a recall on Sunny Acres frozen spinach? i have 3 bags in my freezer'],
    [20, 'l', 'Hello, Kim from the Anne Arundel County Public Library chat team here.'],
    [26, 'l', 'Do you have the lot number or best-by date from the bag handy?'],
    [80, 'p', 'lot 24-117, best by 11/2027'],
    [86, 'l', "The FDA's recall list at fda.gov/safety/recalls-market-withdrawals-safety-alerts doesn't show that lot yet, and foodsafety.gov/recalls has nothing either. I'd like to check the company's own notices and get back to you. What e-mail should I use?"],
    [140, 'p', 'mara.ellis@example.net'],
    [146, 'l', "Thanks — mara.ellis@example.net. I'll e-mail you what I find by tomorrow morning."],
    [152, 'l', 'Does the FDA list help in the meantime?'],
    [190, 'p', 'yes, thank you!'],
    [196, 'l', 'Anything else today?'],
    [215, 'p', 'no thats it'],
    [220, 'l', 'Thanks for contacting us, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(225 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me by phone, done 72 h + 1 s after the end
  s(LEO, '10 kidney-diet cookbooks for a dialysis patient (follow-up by me): phone read back, "within 72 hours", done 1 s late', [
    [0, 'p', 'my husband just started dialysis, any cookbooks for kidney diet? low potassium'],
    [28, 'l', 'Hi! Leo here, a librarian at Cecil County Public Library.'],
    [34, 'l', 'Would you like books you can borrow, or free recipe sites too?'],
    [75, 'p', 'books mainly, we dont do computers much'],
    [81, 'l', 'We own "The Kidney Diet Cookbook" at our Elkton branch (641.56323). A couple of newer titles aren\'t in our collection, so I can request them from other libraries and call you once I know. What\'s a good number?'],
    [140, 'p', '410 555 0177'],
    [146, 'l', "So that's 410-555-0177. I'll call you within 72 hours."],
    [152, 'l', 'Does that help for now?'],
    [200, 'p', 'yes thank you dear'],
    [206, 'l', 'Take care, and thanks for chatting with us!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(211 + 72 * HOUR + 1) }] }, { now: T0 + 6 * DAY }),

  // 11 a promise to e-mail, coded Answered
  s(NINA, '11 low-FODMAP cookbooks: "I\'ll … e-mail it by end of day tomorrow", the patron types the address, coded Answered', [
    [0, 'p', 'any good low fodmap cookbooks? doc said to try it for IBS'],
    [35, 'l', "Hi, I'm Nina, a reference librarian at Harford County Public Library."],
    [41, 'l', 'Are you after a beginner guide with meal plans, or mostly recipes?'],
    [90, 'p', 'beginner stuff'],
    [96, 'l', "Monash University, which developed the diet, explains it at monashfodmap.com. I'll put together a list of beginner cookbooks from our catalogue and e-mail it by end of day tomorrow — what address should I use?"],
    [150, 'p', 'its j.okafor@example.org'],
    [156, 'l', 'Got it. Does the Monash site help to start?'],
    [200, 'p', 'yes'],
    [204, 'l', 'Great. Bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library, e-mail only in the patron fields, nothing recorded by day 4
  s(PAM, '12 gluten-free school lunch (follow-up by patron\'s library): "Talk to the school\'s food service director", e-mail only in the fields, none recorded by day 4', [
    [0, 'p', 'my daughter has celiac, does the school cafeteria HAVE to give her gluten free lunch? Talbot county schools'],
    [30, 'l', 'Good afternoon, this is Pam with Ask Us Now.'],
    [36, 'l', "Does she have a doctor's note or a 504 plan on file with the school?"],
    [90, 'p', 'not yet'],
    [96, 'l', "Schools in the federal lunch program must make reasonable meal modifications for a disability once a medical statement is on file; the USDA's guide is at fns.usda.gov/cn/accommodating-disabilities-school-meals. Talk to the school's food service director about the form they use."],
    [102, 'l', "I'll also pass your question to Talbot County Free Library so their staff can send you local contacts."],
    [108, 'l', 'Does that help?'],
    [160, 'p', 'yes a lot'],
    [166, 'l', 'Thanks for reaching out, goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail', referral: 'fail' }),
  { ...FU_LIB, patron: { name: null, email: 'kbrandt@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call: check-in exactly 120 s, notice exactly 180 s after the greeting
  s(SAM, '13 cooked rice in the fridge (Lost Call): greeting only, "Are you still there?" 120 s later, notice + invitation back 180 s after the greeting', [
    [0, 'p', 'how long can cooked rice stay in the fridge'],
    [25, 'l', 'Hello, Sam here at Washington County Free Library. How can I help?'],
    [145, 'l', 'Are you still there?'],
    [205, 'l', "It seems you've disconnected, so I'll close this chat. Feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 final idle 179 s: check-in, no notice needed
  s(VERA, '14 "organic" vs "natural" on packages: answer at 56, "Still with me?" at 181, goodbye at 235 (final idle 179 s)', [
    [0, 'p', 'whats the difference between "organic" and "natural" on food packages??'],
    [14, 'l', "Hi, Vera at Calvert Library's Ask a Librarian. Good question!"],
    [20, 'l', 'Is this about meat and poultry, or packaged food in general?'],
    [50, 'p', 'general'],
    [56, 'l', '"Organic" is a regulated USDA term with certification rules, explained at ams.usda.gov/rules-regulations/organic/labeling; "natural" has no formal FDA definition for most foods (fda.gov/food/food-labeling-nutrition/use-term-natural-food-labeling). Does that answer your question?'],
    [181, 'l', 'Still with me?'],
    [235, 'l', 'I will close this chat for now. Thanks for the question, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 the question after the first source; final idle 119 s
  s(WREN, '15 raw chicken in the freezer: USDA chart first, then "Is it a whole chicken or pieces?", goodbye 119 s after the answer', [
    [0, 'p', 'how long can raw chicken stay in the freezer b4 its unsafe'],
    [16, 'l', "Hey there! This is Wren, librarian at St. Mary's County Library."],
    [24, 'l', "Frozen at 0°F, food stays safe indefinitely — it's the quality that drops. The USDA cold storage chart is at foodsafety.gov/food-safety-charts/cold-food-storage-charts."],
    [30, 'l', 'Is it a whole chicken or pieces?'],
    [60, 'p', 'thighs'],
    [66, 'l', 'For pieces, USDA suggests using them within about 9 months for the best quality. Is that what you needed?'],
    [185, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 16 check-in, then nothing: final idle 200 s to endedAt, no notice, no goodbye
  s(XAVIER, '16 stevia for diabetics: answer at 76, "Are you still there?" at 206, session ends at 276 (no notice, no goodbye)', [
    [0, 'p', 'is stevia ok for diabetics? my sister says its bad'],
    [20, 'l', 'Hello! Xavier, librarian at Allegany County Library System.'],
    [26, 'l', 'Are you using it in baking, or in drinks?'],
    [70, 'p', 'coffee mostly'],
    [76, 'l', "The FDA considers purified stevia extracts generally safe (fda.gov/food/food-additives-petitions/aspartame-and-other-sweeteners-food), and the American Diabetes Association discusses sweeteners at diabetes.org/food-nutrition. Does that help?"],
    [206, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 70 }),

  // 17 a notice that thanks, no check-in: final idle 240 s
  s(YOLANDA, '17 low-sodium recipes for a heart patient: answer at 86, "It looks like you\'ve disconnected … Thanks" at 326, no check-in', [
    [0, 'p', 'looking for low sodium recipes, heart patient'],
    [22, 'l', 'Good evening, Yolanda at Ruth Enlow Library of Garrett County.'],
    [28, 'l', 'Is it for yourself, and do you have a daily sodium target from your doctor?'],
    [80, 'p', 'for me, 1500mg'],
    [86, 'l', 'The American Heart Association has free low-sodium recipes at recipes.heart.org, and we have the "American Heart Association Low-Salt Cookbook" on our shelves. Does that help?'],
    [326, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 18 a limit of questions
  s(ZANE, '18 keto vs intermittent fasting, then paleo, carnivore, Whole30: "That\'s the limit of questions I can take in one chat. Bye."', [
    [0, 'p', 'is keto or intermittent fasting better for weight loss'],
    [18, 'l', "Hi, Zane at Queen Anne's County Library here."],
    [24, 'l', 'Do you want research studies or general overviews?'],
    [60, 'p', 'overviews'],
    [66, 'l', "Harvard's Nutrition Source reviews popular diets, keto and fasting included: hsph.harvard.edu/nutritionsource/healthy-weight/diet-reviews. Did that help?"],
    [110, 'p', 'yes, and what about paleo? and carnivore diet? and is whole30 legit'],
    [118, 'l', "That's the limit of questions I can take in one chat. Bye."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other patrons waiting, an invitation back
  s(ABBY, '19 prediabetes meal plan, fruit list, carbs, Thanksgiving recipes: "a few other patrons waiting … please come back to the chat later"', [
    [0, 'p', 'i need a meal plan for prediabetes and also a list of low glycemic fruits and also how to read carbs on labels'],
    [24, 'l', 'Hi! Abby here, a librarian with the Talbot County Free Library.'],
    [30, 'l', 'Has your doctor given you a carb goal, or are you starting from scratch?'],
    [75, 'p', 'from scratch'],
    [81, 'l', "The CDC's National Diabetes Prevention Program has meal planning basics at cdc.gov/diabetes-prevention, and the Diabetes Plate Method at diabetes.org/food-nutrition shows portions without counting. Does that cover the meal plan part?"],
    [130, 'p', 'yes!! now the fruit list and the carb thing and also can u find me recipes for my thanksgiving'],
    [138, 'l', 'There are a few other patrons waiting for me right now, so please come back to the chat later for the fruit list and the recipes — we will be glad to help.'],
    [160, 'p', 'ok'],
    [166, 'l', 'Thanks for your understanding, goodbye!'],
  ], usual({ anything: 'fail' })),

  // 20 a transfer announced, with an internal note that says why
  s(BRUNO, '20 Mediterranean diet and dementia articles: "I\'m going to transfer you to Clara, our health sciences librarian" + internal note, CINAHL and PubMed', [
    [0, 'p', 'I need research articles on Mediterranean diet and dementia for my nursing class'],
    [20, 'l', 'Hi, this is Bruno at Ask Us Now.'],
    [26, 'l', 'Do you need peer-reviewed articles from the last five years?'],
    [60, 'p', 'yes peer reviewed, last 5 yrs'],
    [66, 'l', "I'm going to transfer you to Clara, our health sciences librarian, who knows the nursing databases best. Please hold a moment."],
    [69, 'i', 'Clara, nursing student needs peer-reviewed Mediterranean diet + dementia articles, last 5 yrs: database search, your area'],
    xfer(72, 'Clara', 'clara-n'),
    [150, 'l', 'Hello, Clara here! In CINAHL Complete (on your college library\'s databases page) try (Mediterranean diet) AND (dementia OR "cognitive decline"), limited to 2021-2026 and Peer Reviewed. PubMed at pubmed.ncbi.nlm.nih.gov gives similar results for free.', as(CLARA)],
    [156, 'l', 'Did that give you what you need?', as(CLARA)],
    [200, 'p', 'yes perfect thank you'],
    [205, 'l', 'Anything else?', as(CLARA)],
    [230, 'p', 'no thats all'],
    [234, 'l', 'Good luck with the paper, bye!', as(CLARA)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer with an internal note
  s(DEV, '21 nutrition facts for chain restaurants: internal note, silent transfer to Ella, menustat.org', [
    [0, 'p', 'where can i find nutrition facts for restaurant food, like chain restaurants'],
    [22, 'l', 'Hello! Dev, librarian at Carroll County Public Library.'],
    [28, 'l', 'Is there a particular restaurant, or do you want a general lookup tool?'],
    [60, 'p', 'general'],
    [64, 'i', 'Ella, can you take this one? you built our nutrition guide'],
    xfer(67, 'Ella', 'ella-n'),
    [150, 'l', "Hi, I'm Ella. Chains with 20 or more locations must post calories and give full nutrition information on request, and most post it on their own sites. MenuStat (menustat.org) collects them in one searchable place. Does that help?", as(ELLA)],
    [190, 'p', 'yes thanks thats all'],
    [195, 'l', 'Great, bye!', as(ELLA)],
  ], usual({ transfer: 'fail' })),

  // 22 a transfer announced, no internal note
  s(GRACE, '22 cottage food labels for farmers-market cookies: "I am sending you over to Hugo", no internal note, health.maryland.gov', [
    [0, 'p', 'i want to sell cookies at the farmers market, what has to be on the label? maryland'],
    [25, 'l', 'Hi, Grace from the Ask Us Now service. Congrats on the business!'],
    [31, 'l', 'Are you baking at home as a cottage food business?'],
    [70, 'p', 'yes from home'],
    [76, 'l', 'I am sending you over to Hugo, who handles our business questions. Just a moment.'],
    xfer(80, 'Hugo', 'hugo-n'),
    [176, 'l', "Hi, Hugo here. Maryland cottage food labels need the product name, your name and address, the ingredients in order, allergens, and a statement that it was made in a home kitchen that isn't inspected. The full list is on the Maryland Department of Health's cottage food page: health.maryland.gov (search 'cottage food'). Does that help?", as(HUGO)],
    [230, 'p', 'yes super helpful'],
    [236, 'l', 'Anything else for the business?', as(HUGO)],
    [260, 'p', 'no thats everything'],
    [264, 'l', 'Best of luck at the market, and thanks for chatting!', as(HUGO)],
  ], usual({ transfer: 'fail' })),

  // 23 four at once for five seconds
  s(IVY, '23 % Daily Value on labels: three other chats of Ivy\'s overlap this one between 25 and 30 s (four at once)', [
    [0, 'p', 'how do i read the % daily value thing on labels'],
    [15, 'l', 'Hello, Ivy at Somerset County Library here.'],
    [21, 'l', 'Are you looking at a particular nutrient, like sodium or fiber?'],
    [45, 'p', 'sodium mostly'],
    [50, 'l', 'As a rule of thumb, 5% DV or less per serving is low and 20% or more is high. The FDA walks through it at fda.gov/food/nutrition-facts-label/how-understand-and-use-nutrition-facts-label. Does that answer it?'],
    [90, 'p', 'yes thx, that was all'],
    [95, 'l', 'Thank you, take care!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'ivy-n', -200, 30), other('i2', 'ivy-n', 20, 100), other('i3', 'ivy-n', 25, 600)],
  }),

  // 24 "take your time"; other providers' chats do not count
  s(JADE, '24 cereal serving sizes: "No rush, take your time." then 150 s away; three of Kim\'s chats and two of Jade\'s (one touching) around it', [
    [0, 'p', 'whats the serving size on a cereal box based on? mine says 3/4 cup but nobody eats that little lol'],
    [20, 'l', 'Hi, Jade here, librarian at Wicomico Public Libraries 😊'],
    [26, 'l', 'Which cereal is it? If the box is nearby, can you tell me the grams per serving?'],
    [50, 'p', 'hang on its in the kitchen'],
    [55, 'l', 'No rush, take your time.'],
    [205, 'p', 'ok its 40g, raisin bran'],
    [211, 'l', "Serving sizes come from the FDA's reference amounts customarily consumed, updated in 2016; for most cereals that's now about a cup. Details: fda.gov/food/nutrition-facts-label/serving-size-new-nutrition-facts-label. Does that clear it up?"],
    [250, 'p', 'yes ty! thats all i needed'],
    [255, 'l', 'Enjoy your breakfast, bye!'],
  ], usual(), {}, {
    otherIntervals: [
      other('j1', 'jade-n', -300, 0), other('j2', 'jade-n', 100, 200),
      other('k1', 'kim-n', 0, 300), other('k2', 'kim-n', 0, 300), other('k3', 'kim-n', 0, 300),
    ],
  }),

  // 25 no source; "ask his pediatrician"
  s(KAYA, '25 a picky 4-year-old: no source at all, "ask his pediatrician at the next checkup" (no contact)', [
    [0, 'p', 'my son is 4 and only eats like 5 foods, is that normal or should i worry'],
    [25, 'l', 'Hello there, Kaya with Dorchester County Public Library.'],
    [31, 'l', 'Is he growing normally, as far as his checkups go?'],
    [70, 'p', 'yes his weight is fine'],
    [76, 'l', 'Picky eating is very common at that age, and many kids grow out of it. If it goes on, or the list of foods gets shorter, ask his pediatrician at the next checkup.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thank you'],
    [125, 'l', 'Bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 26 Practice
  s(TRAINING, '26 allergy cookbooks (training account): coded Practice, every check na', [
    [0, 'p', 'test: where to find food allergy cookbooks (training)'],
    [6, 'l', 'Hi, this is the training account. Practicing the greeting macro.'],
    [14, 'l', 'Allergy-friendly cookbooks: samplelibrary.org/allergy-cooking'],
    [30, 'p', 'did the link macro work'],
    [40, 'l', 'yes looks fine on my end'],
    [52, 'p', 'ok closing the practice chat'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 pickedUpAt 45 s, first line at 170 (125 s after pickup); code ""
  s(MAYA, '27 eggs past the sell-by date: pickedUpAt 45 s, first line at 170 (125 s after pickup), code ""', [
    [0, 'p', 'hi, is it safe to eat eggs past the sell by date?'],
    [170, 'l', "Hi, thanks for waiting! I'm Maya, a librarian at Caroline County Public Library."],
    [176, 'l', 'Have they been in the fridge the whole time?'],
    [200, 'p', 'yes'],
    [206, 'l', "Then they're generally fine for 3 to 5 weeks after you bought them; the sell-by date is for the store. USDA's egg page: fsis.usda.gov/food-safety/safe-food-handling-and-preparation/eggs/shell-eggs-farm-table. Did that answer your question?"],
    [240, 'p', 'yes thanks!!'],
    [245, 'l', 'Anything else?'],
    [260, 'p', 'no'],
    [264, 'l', 'Have a good one, bye!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),

  // 28 Lost Call after four patron lines
  s(NED, '28 leftover pasta and chili: coded Lost Call after four patron lines, "ok"', [
    [0, 'p', 'how long are leftovers good in the fridge'],
    [10, 'p', 'like cooked pasta and chili'],
    [20, 'l', 'Hi! Ned with Kent County Public Library here.'],
    [26, 'l', 'Are they in sealed containers in the fridge?'],
    [45, 'p', 'yes'],
    [51, 'l', 'USDA says 3 to 4 days for most cooked leftovers, chili and pasta included; the chart is at foodsafety.gov/food-safety-charts/cold-food-storage-charts. Does that help?'],
    [80, 'p', 'ok'],
    [86, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 an organisation named without a way to reach it; "call the … Extension office"
  s(OPAL, '29 canning tomatoes: "The National Center for Home Food Preservation has tested recipes" (no URL), "call the University of Maryland Extension office in your county"', [
    [0, 'p', 'i want to learn to can tomatoes safely, is there a class or something'],
    [20, 'l', 'Hi, Opal at Washington County Free Library.'],
    [26, 'l', 'Water bath canning, or pressure canning?'],
    [60, 'p', 'water bath i think'],
    [66, 'l', 'The National Center for Home Food Preservation has tested recipes for tomatoes. For a hands-on class, call the University of Maryland Extension office in your county; they run canning workshops in the summer.'],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yeah thanks'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting, happy canning!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 30 chat-speak and emoji; the patron has the last word
  s(REESE, '30 added sugar in yogurt (chat-speak, emoji): "hey!! reese @ ask a librarian", dietaryguidelines.gov, the patron\'s "thx thats all i needed 🙏" last', [
    [0, 'p', 'hiii how much added sugar is too much per day?? my yogurt says 12g 😬'],
    [12, 'l', 'hey!! reese @ ask a librarian (Baltimore County Public Library) 👋'],
    [17, 'l', 'is this for u or for a kid?'],
    [35, 'p', 'me lol'],
    [41, 'l', 'ok so the Dietary Guidelines say keep added sugars under 10% of calories, about 50g a day on a 2000 cal diet. the AHA is stricter, ~25g for women and 36g for men. dietaryguidelines.gov has the details'],
    [46, 'l', 'that help? 🙂'],
    [80, 'p', 'omg ok so my yogurt is half my day 💀 thx thats all i needed 🙏'],
  ], usual({ courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => NUTRITION.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-seventh round: nutrition, diets and food labels, checked', () => {
  describeSessions('whole sessions', NUTRITION.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', NUTRITION.filter((c) => c.name in LEFT_WHY));
});
