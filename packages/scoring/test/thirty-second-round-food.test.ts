/**
 * Thirty-second round, area (S1): FOOD, COOKING AND FOOD ASSISTANCE. Finding a recipe (a grandmother's regional dish, a
 * cookbook by title, recipe databases), food safety and canning (the USDA's guides, the county extension office's canning
 * class), nutrition for a diet or a school project, SNAP / WIC eligibility and where to apply (DSS, the state's benefits
 * site, 211), food pantries and free meals, cottage food rules and the health department's permit, the library's cookbook
 * club, seed library and cooking programs (referral.contact, info.source, inquiry.clarify, interest.keep_informed,
 * closing.*, followup.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails):
 *   "your county extension office runs canning classes, give them a call", "you'll want to apply through your local DSS
 *   office", "check with the health department about the permit", "talk to the food bank, they know the pantries", "ask
 *   your doctor or a dietitian", "acérquese a la oficina de WIC de su condado".
 *  a referral WITH one (passes): "call Maryland Food Bank at 410-737-8282", "dial 211 or text your ZIP to 898-211", "the
 *   Baltimore County DSS, 6401 York Road", "the extension office at 301-600-1594", "the health department's food program,
 *   foodsafety@…".
 *  a source, not a referral: "the USDA Complete Guide to Home Canning at nchfp.uga.edu", "apply online at mybenefits.
 *   maryland.gov", "MyPlate.gov", "The Joy of Cooking (Rombauer) in our catalogue", "the pantry map at mdfoodbank.org/find-food".
 *  the patron vanishing: "Are you still with me?", "I haven't heard from you in a bit, so I'll close this chat; come back
 *   anytime".
 *  the patron done: "that's all I needed", "eso es todo", "no more questions"; not done: "ok ty", "great".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - applying for SNAP online at the state's benefits site is using a web page: a source, not a referral;
 * - "dial 211" is a referral to 211 with its own way to reach it (the number is the contact);
 * - coming to the library's own cookbook club meeting, or taking seeds from a branch's seed drawer, is attending a
 *   program or using a collection, not contacting a person or organisation: no referral;
 * - a provider naming a cookbook by title and author is a named resource: a source.
 * - "Bon appétit!", "¡Buen provecho!", "Happy canning!", "Take care of your father!" as the provider's last words are parting
 *   wishes: goodbyes;
 * - "Is it the one you mean, or the 1975 edition?" after a record asks whether the record given is the one meant: completeness;
 * - "Your local DSS office can help you apply, or apply at mybenefits.maryland.gov": the state portal in the same sentence is
 *   the office's own application page, a URL to reach it (referral passes);
 * - a street name alone ("the Salvation Army pantry on Main Street") is not a postal address.
 * Written: 36 whole sessions (25 first, 3 for the first fixes, 7 in a second batch, 1 more; 4 of them now in LEFT), 40 short
 * cases, 16 near misses in `guards`, 6 cases in LEFT. First runs (all batches): 13 disagreements on 3 checks:
 * followup.completeness 5 ("Is that the kind you mean?", "¿Es la receta que usted recordaba?", "Was that the recipe you
 * remembered?", "Helps?" not read; "Is it the one you mean, or the 1975 edition?" read, which was my label, as a near miss: now
 * a short case that passes), closing.courteous 4 ("Bon appétit!", "¡Buen provecho!", "take care of your father / mom" not read
 * as goodbyes), referral.contact 4 ("just show up at the … pantry" not read as a referral; "Your local DSS office … or apply at
 * mybenefits…", my label, now pass; two LEFT cases). My labels corrected: 2. Fixed in block S1 (phrase families only, no
 * setting):
 *  - farewell: "Bon appétit!" / "¡Buen provecho!" standing alone, and "take (good) care of your <father / mom / kids …>"
 *    opening and ending the sentence [near misses: "Bon Appétit magazine, the March 2019 issue.", "The pierogi recipe is from
 *    Bon Appetit.", "La receta es de la revista Buen Provecho.", "The home aide can take care of your mother.", "Who will take
 *    care of your kids during the class?", "Take care of your father's paperwork first."];
 *  - referralVerb: "show up / turn up at" told to the patron (clause start, "just", "please", "you can" …) ["The hold will show
 *    up at your branch", "Volunteers show up at the pantry at 8", "Recipes that show up at the top of the search"].
 * Written and taken out again: completeness readings of "Is that the kind / one / recipe you mean / remembered?", "¿Es la
 * receta que usted recordaba?" and a bare "Helps?" passed this file, devset and the whole scoring suite, but the phrases
 * project then ran out of heap compiling (the completeness family is already longer than V8 optimises; the same run passes
 * without them), so their 4 whole sessions are in LEFT; their near misses stay in `guards` (v32 reads them as labelled).
 * Restored in v34 block X2: the three completeness readings are back (block X2 of rubric v34) and their 4 whole sessions run
 * again in `whole` (they score as labelled under v34). Left (2): an earlier sentence's "them" (the jars) taken as pointing to the party referred
 * to after it, so a source's URL becomes the Extension agent's contact; "show up at Our Daily Bread, 725 Fallsway …" (a bare
 * proper name after the new verb is not read as a party).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A SNAP question up to the patron's answer to the clarifying question. */
const SNAP: Line[] = [
  [0, 'p', 'hi how do i apply for food stamps'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Do you live in Maryland, and which county?"],
  [50, 'p', 'yes baltimore county'],
];
/** A canning question up to the patron's answer. */
const CAN: Line[] = [
  [0, 'p', 'is it safe to water bath can green beans?'],
  [20, 'l', "Hello! This is Jo at Sample County Library's Ask a Librarian. Are they plain green beans, or pickled?"],
  [50, 'p', 'plain, from my garden'],
];
/** A recipe question up to the patron's answer. */
const DISH: Line[] = [
  [0, 'p', 'looking for a recipe for pierogi like my grandma made'],
  [20, 'l', 'Hi, Jo at Ask Us here. Do you know what region she was from, and were they sweet or savory?'],
  [50, 'p', 'polish, potato and cheese'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, grandma\'s Pennsylvania Dutch chicken pot pie: two cookbooks by title and author',
    lines: [
      [0, 'p', "Hi! I'm trying to find a recipe for the chicken pot pie my grandmother made. She was from Lancaster County, PA and it had square noodles, no crust."],
      [25, 'l', "Hi there! Welcome to Ask a Librarian at Howard County Library System, I'm Beth. Oh, that sounds like the Pennsylvania Dutch bott boi! Do you remember if she used saffron, or was it plain broth?"],
      [80, 'p', 'Plain broth I think, with potatoes.'],
      [90, 'l', 'Lovely. Let me look in the catalogue for you.'],
      [170, 'l', "We have two good ones: Pennsylvania Dutch Country Cooking by William Woys Weaver (641.5974 WEA) and the Amish Cook's Family Favorites by Lovina Eicher, both at Central and on the shelf. Weaver has a bott boi with square noodles and potatoes on p. 88. Is that what you were looking for?"],
      [230, 'p', 'Yes!! That is exactly it. Thank you so much!'],
      [240, 'l', 'Is there anything else I can help you with today?'],
      [260, 'p', "No, that's all I needed."],
      [266, 'l', 'Happy cooking, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse, pressure canning green beans: the USDA guide at nchfp.uga.edu',
    lines: [
      ...CAN,
      [60, 'l', 'No: green beans are low-acid and must be pressure canned. The USDA Complete Guide to Home Canning, Guide 4, has the times: nchfp.uga.edu/publications/usda. That what you needed?'],
      [90, 'p', 'yep'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'nope thats it'],
      [115, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "your county extension office runs canning classes, give them a call" tells the patron to contact a party without a way to reach it
    name: 'sloppy: canning class, "your county extension office runs them, give them a call": referral fails, no source',
    lines: [
      [0, 'p', 'does the library have any canning classes? i want to learn before tomato season'],
      [30, 'l', 'Hi, Jo at AskUsNow! Are you hoping for something in person, or would online be ok?'],
      [60, 'p', 'in person if possible'],
      [75, 'l', "We don't run canning classes, but your county extension office runs them in the summer, give them a call. Does that help?"],
      [110, 'p', 'ok thanks'],
      [116, 'l', 'You are welcome, have a good one!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'formal, the extension office\'s canning workshop with its phone and web page: referral passes',
    lines: [
      [0, 'p', 'Good afternoon. I would like to attend a hands-on pressure canning workshop in Frederick County this summer. Where are such classes offered?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Frederick County Public Libraries. Do you already own a pressure canner, or would you need to borrow one?'],
      [90, 'p', 'I own a Presto canner but have never used it.'],
      [100, 'l', 'Thank you. One moment while I check the extension calendar.'],
      [170, 'l', 'The University of Maryland Extension office in Frederick County offers Home Food Preservation workshops each June and July; the schedule is at extension.umd.edu/locations/frederick-county, and you may call the office at 301-600-1594 to register. They will also test your canner\'s dial gauge. Does this answer your question?'],
      [240, 'p', 'Yes, completely. That is all I needed. Thank you.'],
      [250, 'l', 'You are most welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'embarrassed parent, SNAP in Baltimore County: apply online at mybenefits.maryland.gov, the DSS office with address',
    lines: [
      [0, 'p', 'um hi. sorry this is kind of embarrassing but how do i sign up for food stamps. i just lost my job and i have 2 kids'],
      [30, 'l', "Hi, I'm Gwen with AskUsNow!, and please don't be embarrassed, lots of people ask us this. I'm sorry about your job. Do you live in Maryland, and which county?"],
      [70, 'p', 'baltimore county, essex'],
      [80, 'l', 'Thank you. Give me just a moment to pull up the right pages.'],
      [150, 'l', 'You can apply for SNAP online at mybenefits.maryland.gov, 24 hours a day. If you would rather apply in person or need help with the form, the Baltimore County Department of Social Services is at 6401 York Road, Baltimore, MD 21212, phone 410-853-3000. With two children and no income you may qualify for expedited benefits within 7 days. Does that help?'],
      [220, 'p', 'yes thank you so much. thats all i need'],
      [228, 'l', "You're very welcome. Take care of yourself and your kids, and come back anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "apply through your local DSS office" tells the patron to contact an agency with no way to reach it
    name: 'sloppy: SNAP, "you apply through your local DSS office": referral fails, no source',
    lines: [
      ...SNAP,
      [70, 'l', "You apply through your local DSS office, they will tell you if you qualify. Did that help?"],
      [110, 'p', 'i guess'],
      [118, 'l', 'Have a good day!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'chat-speak, a food pantry open tonight: 211 by phone and text: referral passes',
    lines: [
      [0, 'p', 'r there any food pantrys open tonite near dundalk'],
      [20, 'l', "hi! I'm Kai, a student assistant w/ the AskUsNow! chat. do u have a car or do u need one on a bus line?"],
      [50, 'p', 'bus'],
      [60, 'l', 'ok one sec, checking'],
      [130, 'l', "the Maryland Food Bank's pantry map at mdfoodbank.org/find-food shows pantries by ZIP with hours, and the one at St. Rita's (2907 Dunleer Rd) is open Tues 5-7pm on the #4 bus. u can also dial 211 or text ur ZIP to 898-211 for whats open tonight. did that help?"],
      [180, 'p', 'yes ty thats all'],
      [186, 'l', 'np, take care!! bye'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, WIC for a pregnant mother: the state WIC page and the local WIC office phone',
    lines: [
      [0, 'p', 'Hola, estoy embarazada y quiero saber si califico para WIC. Vivo en Langley Park.'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿Vive en el condado de Prince George\'s o en Montgomery?'],
      [60, 'p', 'Prince George\'s'],
      [70, 'l', 'Un momento, por favor, busco la información.'],
      [130, 'l', 'Las mujeres embarazadas con ingresos limitados pueden calificar. Las reglas están en español en health.maryland.gov/phpa/wic. Para hacer una cita, llame a la oficina de WIC de Prince George\'s al 301-583-3300. ¿Le ayuda esta información?'],
      [180, 'p', 'Sí, muchas gracias. Eso es todo.'],
      [188, 'l', '¡Con gusto! Que le vaya bien, adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student, a nutrition project on sodium in school lunches: USDA FoodData Central and a database',
    lines: [
      [0, 'p', 'hi i need sources for a 7th grade science project on how much sodium is in school lunches'],
      [25, 'l', "Hi! I'm Ms. Ortiz, a librarian at Sample County Library. Do you need actual numbers to make a graph, or articles about it, or both?"],
      [70, 'p', 'both i guess. numbers mostly'],
      [85, 'l', "Numbers first: USDA's FoodData Central (fdc.nal.usda.gov) gives the sodium in almost any food, including school-lunch items like chicken nuggets. The school nutrition standards are at fns.usda.gov/school-meals. For articles, try our Explora Middle School database (samplelibrary.org/databases, search \"sodium school lunch\"). Does that help with your project?"],
      [150, 'p', 'yes thanks!!'],
      [156, 'l', 'Is there anything else you need for it?'],
      [175, 'p', 'no thats everything'],
      [180, 'l', 'Good luck with the project! Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "check with the health department about the permit" tells the patron to contact an agency with no way to reach it;
    // the cottage food page is a source
    name: 'home baker, Maryland cottage food: the MDH page, "check with your county health department for farmers markets": referral fails',
    lines: [
      [0, 'p', 'Hi, I want to sell my cupcakes from home. Do I need a license in Maryland?'],
      [25, 'l', 'Hi, I\'m Nora, a librarian with Ask Us at Anne Arundel County Public Library. Would you sell from home only, or also at farmers markets?'],
      [60, 'p', 'Both eventually.'],
      [75, 'l', 'Maryland\'s cottage food rules let you sell non-potentially-hazardous baked goods like cupcakes without a license, with labels; the rules are at health.maryland.gov/phpa/OEHFP/OFPCHS/Pages/Cottage-Food.aspx. Some farmers markets also need a temporary event permit, so check with your county health department before you sign up. Does that answer your question?'],
      [140, 'p', 'Yes, thank you, that is all I needed.'],
      [148, 'l', 'Best of luck with the cupcakes, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'food truck, British register: the council\'s page and "ring the environmental health team on 01622 602000"',
    lines: [
      [0, 'p', 'Hello, I\'m looking to start a food van in Maidstone. What do I need to register?'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Will you be trading on the street, or only at events?"],
      [60, 'p', 'Mostly at events and markets.'],
      [75, 'l', "You need to register as a food business at least 28 days before trading: the form is on gov.uk/food-business-registration. For the hygiene rating and the street trading consent, ring Maidstone Council's environmental health team on 01622 602000. Is that what you needed?"],
      [130, 'p', "Brilliant, that's everything, cheers."],
      [138, 'l', 'Cheers, good luck with the van!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'keep informed fails: a long silent search for a 1950s church cookbook',
    lines: [
      [0, 'p', 'My mom had a cookbook from St. Mary\'s church in Hagerstown from the 50s. Does any library have it?'],
      [25, 'l', 'Hello! I\'m Jo, a librarian at Washington County Free Library. Do you know the title, or the exact year?'],
      [60, 'p', 'I think "Favorite Recipes of St. Mary\'s", maybe 1956'],
      [330, 'l', "WorldCat shows Favorite Recipes, St. Mary's Catholic Church, Hagerstown, 1957, held by our Western Maryland Room: search worldcat.org for the title. It is reference only (no loans). Does that help?"],
      [400, 'p', 'Yes, wonderful, thank you. That is all.'],
      [406, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // a follow-up promised: e-mail confirmed, "by Thursday"; not recorded yet
    name: 'follow-up: a regional cookbook out of print; the librarian will e-mail an ILL answer by Thursday',
    lines: [
      [0, 'p', 'Hi, I am looking for a cookbook called "The Eastern Shore of Maryland Cookbook" from around 1970. Do you have it?'],
      [25, 'l', "Hi, I'm Rosa, a librarian with Ask Us at Talbot County Free Library. Do you want to borrow it, or do you need one recipe from it?"],
      [60, 'p', 'Borrow it if possible, I want the crab cake and the beaten biscuits.'],
      [70, 'l', 'Let me search for it, one moment.'],
      [140, 'l', "We don't own it, and WorldCat shows only two copies, both in university libraries. I'll request it through interlibrary loan and e-mail you whether they will lend it by Thursday. What e-mail should I use?"],
      [180, 'p', 'sallyb@example.com'],
      [190, 'l', 'Thank you, sallyb@example.com it is. Is there anything else for now?'],
      [210, 'p', 'No, that is all. Thanks.'],
      [215, 'l', "You're welcome, talk to you by Thursday. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Sally', email: 'sallyb@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // a follow-up promised with no time given: contact fails
    name: 'follow-up without a time: "I\'ll e-mail you the recipe when I find it"',
    lines: [
      ...DISH,
      [70, 'l', "I'm not finding that exact recipe online. I'll keep looking in our cookbooks and e-mail you when I find it. What's your e-mail?"],
      [100, 'p', 'kasia88@example.com'],
      [110, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'kasia88@example.com', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer to the library\'s seed library coordinator: notice, internal note, transfer; the coordinator answers',
    lines: [
      [0, 'p', 'hi does the library have a seed library? i want tomato seeds'],
      [20, 'l', "Hello! I'm Jo with Ask a Librarian at Sample County Library. Are you looking for heirloom varieties, or any tomato?"],
      [50, 'p', 'heirloom if possible'],
      [58, 'l', "Our seed library coordinator knows the stock best, so I'm transferring you to her now. One moment please."],
      [61, 'i', 'Rosa: pt wants heirloom tomato seeds from the seed library, asks what we have.'],
      [64, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the seed library coordinator, picking up from Jo. Do you want them for this spring?", ROSA],
      [130, 'p', 'yes'],
      [140, 'l', "We have Cherokee Purple and Brandywine this season; the list is at samplelibrary.org/seeds, and you can take up to 5 packets at any branch's seed drawer, no card needed. Does that help?", ROSA],
      [180, 'p', "yes that's all, thank you"],
      [186, 'l', 'Happy planting, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Indian English, diabetic diet for a father: MedlinePlus and the ADA\'s site, "consult his doctor" referral fails',
    lines: [
      [0, 'p', 'Good evening madam, my father is newly diagnosed with type 2 diabetes. Kindly suggest some diet plan which is suitable for Indian vegetarian food.'],
      [30, 'l', "Good evening! I'm Priya, a librarian with AskUsNow!. Do you want recipes, or general guidance on what to eat?"],
      [70, 'p', 'Both would be good only.'],
      [85, 'l', "For guidance, MedlinePlus has a diabetic diet page at medlineplus.gov/diabeticdiet.html. For recipes, try Diabetes and Heart Healthy Meals for Two (American Diabetes Association) in our catalogue, and the ADA's recipe site diabetesfoodhub.org has an Indian filter. Please consult his doctor before changing his diet. Does this help?"],
      [160, 'p', 'Yes thank you, this is very useful. That is all.'],
      [168, 'l', 'You are welcome, take care of your father!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Are you still there?" in a final idle over 120 s but under 180: check-in passes, disconnect na
    name: 'Australian register, a Lamington recipe; the patron goes quiet, the provider checks in once',
    lines: [
      [0, 'p', "G'day, after a proper lamington recipe for my daughter's school fete"],
      [20, 'l', "G'day! Mick here from Ask a Librarian at the State Library of Queensland. Do you want the classic sponge one or a quick version?"],
      [45, 'p', 'classic'],
      [55, 'l', "The Country Women's Association Classics cookbook has the classic one, it's in our catalogue at onesearch.slq.qld.gov.au. Will that do the trick?"],
      [200, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'na', courteous: 'fail' }),
  },
  {
    name: 'cookbook club: the library\'s own club, "just come to the Tuesday meeting in the community room": referral fails',
    lines: [
      [0, 'p', 'hi! how does the cookbook club work? do i have to sign up?'],
      [20, 'l', "Hi! I'm Beth at Sample County Library's Ask a Librarian. Are you asking about the club at the Central branch or the one at Eastside?"],
      [50, 'p', 'central'],
      [60, 'l', "This month's book is Salt Fat Acid Heat by Samin Nosrat; copies are on hold for the club at the Central desk, and you just bring a dish from it. No sign-up needed, just come to the Tuesday meeting in the community room at 6:30. Does that answer your question?"],
      [100, 'p', 'yes! thats everything thanks'],
      [106, 'l', 'See you Tuesday, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'lost call shape: the patron asks about free summer meals and leaves before the pickup',
    lines: [
      [0, 'p', 'where can my kids get free lunch this summer'],
      [40, 'l', "Hi, I'm Jo with AskUsNow! Are you still there?"],
      [230, 'l', "It seems you've left the chat, so I'll close it now. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({ pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na' }),
  },
  {
    name: 'dismissal: the patron\'s third food question, "you\'ve used up your questions for today"',
    lines: [
      [0, 'p', 'how long can cooked rice stay in the fridge'],
      [20, 'l', "Hi, I'm Pat at Ask Us. Is it plain rice or fried rice?"],
      [40, 'p', 'plain'],
      [50, 'l', "FoodSafety.gov's cold storage chart (foodsafety.gov/food-safety-charts/cold-food-storage-charts) says 3 to 4 days for cooked rice. Does that help?"],
      [80, 'p', 'yes. and can i freeze it? also what about pasta'],
      [90, 'l', "You've used up your questions for today, sorry."],
      [110, 'p', 'oh ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'busy evening: "other patrons are waiting, come back anytime" after a WIC answer',
    lines: [
      [0, 'p', 'can i buy organic milk with wic'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is this Maryland WIC?"],
      [40, 'p', 'yes'],
      [55, 'l', "Maryland WIC's approved food list (health.maryland.gov/phpa/wic/Pages/wic-food.aspx) allows organic milk in some sizes only, listed on page 3. Does that help?"],
      [90, 'p', 'yes and what about baby food brands and also formula'],
      [100, 'l', "There are quite a few patrons waiting right now, so please come back anytime with the formula question and we'll be glad to help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'no clarifying question: the provider answers the turkey thaw question at once',
    lines: [
      [0, 'p', 'how long to thaw a 16 lb turkey in the fridge'],
      [15, 'l', "Hi, I'm Jo with Ask a Librarian! The USDA says about 24 hours for every 4 to 5 pounds, so about 4 days for 16 lb: fsis.usda.gov/food-safety/safe-food-handling-and-preparation/poultry/turkey-basics-safe-thawing. Does that help?"],
      [40, 'p', 'perfect thats all i needed'],
      [45, 'l', 'Happy Thanksgiving, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'concurrency: the provider had four chats open during a pantry question',
    lines: [
      ...SNAP,
      [70, 'l', 'Apply online at mybenefits.maryland.gov. Does that help?'],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Take care, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', 10, 400), other('c', 'jo', 30, 250)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "talk to the folks at the Maryland Food Bank" names a party, its web page given for the pantry map in the same
    // sentence: the URL is the food bank's own domain: a way to reach it
    name: 'pantry for a senior: "talk to the folks at the Maryland Food Bank (mdfoodbank.org)": referral passes',
    lines: [
      [0, 'p', 'Hello, I am 74 and my Social Security doesn\'t stretch. Is there food help for seniors?'],
      [25, 'l', "Hello, and welcome! I'm Gwen, a librarian at Enoch Pratt Free Library. Do you live in Baltimore City, and can you get out to a pantry?"],
      [70, 'p', 'Yes, the city. I don\'t drive.'],
      [85, 'l', "The Senior Food Box program (CSFP) delivers a monthly box to seniors 60 and over; for it, talk to the folks at the Maryland Food Bank (mdfoodbank.org, 410-737-8282). Seniors can also get home-delivered meals through the city's Meals on Wheels, mealsonwheelsmd.org. Is this what you were looking for?"],
      [150, 'p', 'Yes dear, thank you. That is everything.'],
      [160, 'l', 'You are so welcome, take good care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, food insecurity statistics for a thesis: USDA ERS and Feeding America\'s Map the Meal Gap',
    lines: [
      [0, 'p', 'Good evening. I need county-level food insecurity rates for Maryland, 2019-2023, for a public health thesis.'],
      [30, 'l', 'Good evening, and welcome to the University of Maryland Libraries chat. My name is Dr. Hollis, the public health librarian. Do you need rates for the whole population or for children separately as well?'],
      [80, 'p', 'Both, ideally.'],
      [95, 'l', 'Thank you. Let me confirm the coverage years.'],
      [170, 'l', "Feeding America's Map the Meal Gap (map.feedingamerica.org) gives county-level overall and child food insecurity rates for every year you need, downloadable on request. The USDA Economic Research Service's Food Security in the U.S. reports (ers.usda.gov/topics/food-nutrition-assistance) give the state-level benchmarks. Does this meet your needs?"],
      [240, 'p', 'Yes, exactly. That is all for tonight. Thank you.'],
      [248, 'l', 'You are welcome. Best of luck with the thesis, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  // ---- more sessions for the fixes (labelled before running) ---------------------------------------------------------------
  {
    // reading: "Is this the one you were thinking of?" after the cookbook asks whether what was given is what the patron meant
    name: 'warm, a church-supper Jell-O salad from the 1960s: a community cookbook, "Is this the one you were thinking of?"',
    lines: [
      [0, 'p', 'My aunt always brought a lime Jell-O salad with cottage cheese and pineapple to church suppers in the 60s. Any idea where to find that recipe?'],
      [25, 'l', "Oh, I know the one! Hi, I'm Beth, a librarian at Carroll County Public Library. Did it have nuts or marshmallows in it too?"],
      [70, 'p', 'Pecans I think.'],
      [80, 'l', 'Let me look, just a minute.'],
      [150, 'l', "Our Carroll County Cooks (1966) community cookbook has a Lime Party Salad with cottage cheese, crushed pineapple and pecans on p. 41; it's in the catalogue at library.carr.org. Is this the one you were thinking of?"],
      [210, 'p', 'That sounds like it! Thank you, that is all.'],
      [218, 'l', 'You are so welcome, take good care of your mom!'],
    ],
    exp: usual(),
  },
  // ---- restored in v34 block X2: block S1's completeness readings, taken out of v33 (the phrases project ran out of heap) ----
  {
    // the patron vanishes after the answer: check-in, then the disconnect notice with an invitation back
    name: 'patron vanishes after a recipe database is given: check-in and disconnect notice',
    lines: [
      ...DISH,
      [60, 'l', 'Let me look, one moment.'],
      [120, 'l', "Our catalogue has The Polish Country Kitchen Cookbook by Sophie Hodorowicz Knab (samplelibrary.org/catalog), with potato and farmer's cheese pierogi ruskie on p. 112. Is that the kind you mean?"],
      [270, 'l', 'Are you still with me?'],
      [430, 'l', "Seems we got disconnected, so I'll close this chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish, a grandmother\'s tamales de rajas: a cookbook and a recipe database, "¡Buen provecho!" last',
    lines: [
      [0, 'p', 'Hola, busco la receta de tamales de rajas con queso como los hacía mi abuela en Puebla'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿Los quiere en hoja de maíz o de plátano?'],
      [60, 'p', 'de maíz'],
      [72, 'l', 'En el catálogo tenemos Mexico: The Cookbook de Margarita Carrillo Arronte (samplelibrary.org/catalog), con tamales de rajas en la página 120. ¿Es la receta que usted recordaba?'],
      [120, 'p', 'Sí, se parece mucho. Eso es todo, gracias.'],
      [128, 'l', '¡Buen provecho!'],
    ],
    exp: usual(),
  },
  {
    name: 'a parent on a budget, cheap lunches: MyPlate\'s Shop Simple recipes, "Was that the recipe you remembered?"',
    lines: [
      [0, 'p', 'hi, theres a cheap lentil soup recipe from some government site i used last year, cant find it now. feeding 4 on a budget'],
      [25, 'l', "Hi, I'm Jo with Ask a Librarian at Sample County Library. Do you remember if it had carrots and was made in one pot?"],
      [60, 'p', 'yes one pot, carrots and tomatoes'],
      [75, 'l', "That sounds like MyPlate Kitchen's Lentil Stew: myplate.gov/myplate-kitchen, search lentil. It serves 6 for about $5. Was that the recipe you remembered?"],
      [110, 'p', 'yes!! thank u'],
      [116, 'l', 'Anything else I can find for you?'],
      [130, 'p', 'no thats all'],
      [136, 'l', 'Please take care of your little ones, and bon appétit!'],
    ],
    exp: usual(),
  },
  {
    // reading: "talk to your financial aid office" is a referral without a way to reach it; the SNAP hotline has its number:
    // one party without a contact fails the check
    name: 'terse, a college student and SNAP: the DHS page, the SNAP hotline with its number, "talk to your financial aid office": referral fails',
    lines: [
      [0, 'p', 'can college students get snap in maryland'],
      [15, 'l', 'Hi, Ray at Ask Us. Full time or part time, and do you work?'],
      [40, 'p', 'full time, work 15 hrs a week'],
      [50, 'l', 'Full-time students qualify only with an exemption, like working 20 hours a week or having a work-study job. Rules: dhs.maryland.gov/food-supplement-program. Call the SNAP hotline at 1-800-332-6347 with questions, and talk to your financial aid office about work-study. Helps?'],
      [90, 'p', 'yeah thanks'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- a second batch (labelled before running) -----------------------------------------------------------------------------
  {
    // reading: "reach out to Meals on Wheels directly" tells the patron to contact a party; the Eldercare Locator's URL is the
    // locator's (a source), not Meals on Wheels' own
    name: 'a daughter for her mother: the Eldercare Locator, "reach out to Meals on Wheels directly": referral fails',
    lines: [
      [0, 'p', 'My mother is 81 and can\'t cook for herself anymore. How do I get meals delivered to her in Towson?'],
      [30, 'l', "Hello, I'm Gwen, a librarian with AskUsNow!. I'm sorry to hear it. Does she need meals every day, or a few times a week?"],
      [75, 'p', 'Every weekday would be ideal.'],
      [90, 'l', 'The Eldercare Locator at eldercare.acl.gov lists the meal programs for her ZIP code, with the senior centers that serve lunch. You might also reach out to Meals on Wheels directly about weekday delivery. Does this help?'],
      [150, 'p', 'Yes, thank you. That is everything.'],
      [158, 'l', 'You are welcome, and thank you for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'food truck in Montgomery County: the county licensing office with its phone, the permit page',
    lines: [
      [0, 'p', 'what permits do i need for a taco truck in silver spring'],
      [20, 'l', "Hi, Ray at Ask Us, Montgomery County Public Libraries. Will you cook on the truck, or only sell food made in a commissary?"],
      [50, 'p', 'cook on it'],
      [60, 'l', 'Checking the county pages, one sec.'],
      [140, 'l', 'You need a Mobile Food Service Facility license from Montgomery County DHHS Licensure and Regulatory Services: the application and the plan review steps are at montgomerycountymd.gov/HHS-Program/PHS/LicensureRegulatory. Call them at 240-777-3986 to book the truck inspection. You will also need a commissary agreement. That what you need?'],
      [180, 'p', 'yep thx thats all'],
      [186, 'l', 'Good luck with the truck. Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron goes silent after "k": the final idle begins at the provider's answer (the "k" is the patron's last message,
    // the provider's next non-hold message "anything else?" starts it): 150 s to the end, a check-in inside it
    name: 'chat-speak student, the food groups for homework: MyPlate, "k", a check-in, the patron gone',
    lines: [
      [0, 'p', 'wat r the 5 food groups for my health homework'],
      [20, 'l', 'hey! Sam at the Ask a Librarian chat here :) does ur teacher use MyPlate or the food pyramid?'],
      [45, 'p', 'myplate'],
      [55, 'l', 'ok! MyPlate has 5: fruits, vegetables, grains, protein and dairy. theres a kid page at myplate.gov/life-stages/kids with pics. did that help?'],
      [80, 'p', 'k'],
      [90, 'l', 'anything else for the homework?'],
      [220, 'l', 'u still there?'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'pass', courteous: 'fail', idle: 'pass', disconnect: 'na' }),
  },
  {
    // a follow-up by the patron's library: the e-mail repeated back, "by Monday"
    name: 'follow-up by the patron\'s library: a cookbook club kit, the branch will e-mail by Monday',
    lines: [
      [0, 'p', 'Hi, our neighborhood cookbook club wants to borrow one of your book club kits, 10 copies of the same cookbook. Is that possible?'],
      [25, 'l', "Hi! I'm Dana with AskUsNow!, answering for all Maryland libraries tonight. Which library system is your card from?"],
      [60, 'p', 'Howard County'],
      [70, 'l', "Howard County Library System lists its book club kits at hclibrary.org/book-club-kits, but I don't see cookbooks on it. I'll send your question to their staff, and someone from HCLS will e-mail you by Monday about cookbook kits. What's the best e-mail?"],
      [110, 'p', 'carla.m@example.com'],
      [118, 'l', 'Thanks, I have carla.m@example.com. Anything else tonight?'],
      [135, 'p', "No, that's all I needed."],
      [140, 'l', 'Thanks for chatting, and happy cooking!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: 'Carla', email: 'carla.m@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // a transfer with no internal note: transfer fails
    name: 'transfer to a Spanish-speaking librarian without an internal note: transfer fails',
    lines: [
      [0, 'p', 'hola necesito ayuda con comida para mis hijos'],
      [20, 'l', "Hello! I'm Jo with Ask a Librarian. I'll connect you with a colleague who speaks Spanish, one moment please."],
      [25, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [60, 'l', '¡Hola! Soy Rosa, bibliotecaria. ¿En qué condado vive usted?', ROSA],
      [90, 'p', 'Anne Arundel'],
      [100, 'l', 'El Anne Arundel County Food Bank tiene la lista de despensas en aacfoodbank.org, y puede llamar al 211 para saber cuál está abierta hoy. ¿Le ayuda?', ROSA],
      [140, 'p', 'sí gracias, es todo'],
      [148, 'l', '¡Con gusto! Cuídese.', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'fail' }),
  },
  {
    // reading: "The Salvation Army pantry on Main Street … just show up with a photo ID" tells the patron to visit a party; a
    // street name is not a postal address
    name: 'an embarrassed patron, a pantry: "just show up at the Salvation Army pantry on Main Street": referral fails',
    lines: [
      [0, 'p', 'i dont really want anyone to know but is there somewhere i can get groceries for free this week in westminster'],
      [25, 'l', "Hi, I'm Beth with Ask a Librarian at Carroll County Public Library. This chat is private, and you're not alone in asking. Do you have a way to get around town?"],
      [70, 'p', 'i can walk'],
      [80, 'l', "The Carroll County Food Sunday list at carrollcountyfoodsunday.org shows free grocery days. Closer to you, just show up at the Salvation Army pantry on Main Street on Wednesday between 10 and 2 with a photo ID. Does that help?"],
      [140, 'p', 'yes. thank you so much'],
      [150, 'l', 'Take care, and come back anytime.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals ---------------------------------------------------------------------------------------------------------
  // reading (my first label was fail): the state's benefits portal in the same sentence is the DSS's own application page: a URL
  // to reach the office the patron is told about
  { name: '"Your local DSS office can help you apply, or apply at mybenefits…" : referral passes', lines: then(SNAP, 'Your local DSS office can help you apply, or apply at mybenefits.maryland.gov. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"call Baltimore County DSS at 410-853-3000" : referral passes', lines: then(SNAP, 'Call Baltimore County DSS at 410-853-3000 and they can take your application by phone. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"apply online at mybenefits.maryland.gov" : a source, no referral', lines: then(SNAP, 'Apply online at mybenefits.maryland.gov, it takes about 30 minutes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"dial 211 for pantries open today" : referral passes', lines: then(SNAP, 'For food today, dial 211 and they will find pantries open near you. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"the extension office can test your canner gauge" with no contact: referral fails', lines: then(CAN, 'Pressure can them; the times are in the USDA guide at nchfp.uga.edu. Take your canner lid to the extension office and they will test the gauge. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the extension office at 410-222-3906" : referral passes', lines: then(CAN, 'Pressure can them (nchfp.uga.edu has the times). To have your gauge tested, call the extension office at 410-222-3906. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"talk to a food bank near you" : referral fails', lines: then(SNAP, 'While you wait for SNAP, talk to a food bank near you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"ask your doctor or a registered dietitian" : referral fails', lines: then(DISH, 'Our catalogue has The Polish Country Kitchen Cookbook (samplelibrary.org/catalog). If you are on a low-salt diet, ask your doctor or a registered dietitian about the cheese. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "acérquese a la oficina de WIC de su condado" : referral fails', lines: then(SNAP, 'Para WIC, acérquese a la oficina de WIC de su condado con su comprobante de ingresos. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'the health department with its e-mail: referral passes', lines: then(SNAP, 'For the home bakery license, e-mail the county health department food program at foodprogram@baltimorecountymd.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources -----------------------------------------------------------------------------------------------------------
  { name: 'a cookbook by title and author: a source', lines: then(DISH, "Try The Polish Country Kitchen Cookbook by Sophie Hodorowicz Knab, it has pierogi ruskie. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"MyPlate.gov" : a source', lines: then(DISH, 'For the nutrition side, MyPlate.gov breaks down servings for kids. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the food bank" with no way to reach it: no source', lines: then(SNAP, 'The Maryland Food Bank helps with that. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying --------------------------------------------------------------------------------------------------------
  { name: '"So you need a gluten-free version?" restatement before the source: clarify passes', lines: [[0, 'p', 'need a bread recipe but my son is celiac'], [15, 'l', "Hi, I'm Jo at Ask Us. So you need a gluten-free bread recipe?"], [40, 'p', 'yes'], [50, 'l', 'King Arthur has a tested one at kingarthurbaking.com/recipes/gluten-free-sandwich-bread-recipe. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how much sugar in a can of coke'], [15, 'l', "Hi, I'm Jo at Ask Us. 39 g, per USDA FoodData Central at fdc.nal.usda.gov. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  { name: '"Would you like me to place a hold on it?" after the cookbook: completeness fails', lines: then(DISH, 'We have The Polish Country Kitchen Cookbook at Central (samplelibrary.org/catalog). Would you like me to place a hold on it?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that sound like her recipe?" after the cookbook: completeness passes', lines: then(DISH, 'We have The Polish Country Kitchen Cookbook at Central (samplelibrary.org/catalog), with pierogi ruskie. Does that sound like her recipe?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -------------------------------------------------------------------------------------------
  { name: '"ok ty" : anything else fails', lines: [...CAN, [70, 'l', 'Pressure can them; nchfp.uga.edu has the times. Does that help?'], [90, 'p', 'ok ty'], [95, 'l', 'Happy canning!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  { name: '"no more questions, thank you" : anything else passes', lines: [...CAN, [70, 'l', 'Pressure can them; nchfp.uga.edu has the times. Does that help?'], [90, 'p', 'yes, no more questions, thank you'], [95, 'l', 'Happy canning!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"eso es todo, gracias" : anything else passes', lines: [...SNAP, [70, 'l', 'Solicite en mybenefits.maryland.gov. ¿Le ayuda?'], [90, 'p', 'sí, eso es todo, gracias'], [95, 'l', '¡Que le vaya bien!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  // ---- goodbyes ----------------------------------------------------------------------------------------------------------
  { name: '"Happy canning!" last: courteous passes', lines: [...CAN, [70, 'l', 'The times are at nchfp.uga.edu. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Happy canning!']], exp: some({ courteous: 'pass' }) },
  { name: '"Bon appétit!" last: courteous passes', lines: [...DISH, [70, 'l', 'The Polish Country Kitchen Cookbook is at samplelibrary.org/catalog. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Bon appétit!']], exp: some({ courteous: 'pass' }) },
  // ---- keep informed -----------------------------------------------------------------------------------------------------
  { name: '"Still digging through the cookbooks..." every 90 s: keep informed passes', lines: [...DISH, [60, 'l', 'Let me look through our cookbooks...'], [150, 'l', 'Still digging through the cookbooks, almost there.'], [240, 'l', 'Found it: The Polish Country Kitchen Cookbook, samplelibrary.org/catalog. Does that help?'], [270, 'p', 'yes thanks'], [275, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes -------------------------------------------------------------------------------------------------
  { name: '"ok, bon appetit!" last: courteous passes', lines: [...DISH, [70, 'l', 'The Polish Country Kitchen Cookbook is at samplelibrary.org/catalog. Does that help?'], [100, 'p', 'yes thats it'], [106, 'l', 'ok, bon appetit!']], exp: some({ courteous: 'pass' }) },
  { name: '"Take care of your dad!" last: courteous passes', lines: [...SNAP, [70, 'l', 'Apply online at mybenefits.maryland.gov. Does that help?'], [100, 'p', 'yes its for my dad'], [106, 'l', 'Take care of your dad!']], exp: some({ courteous: 'pass' }) },
  // reading (my first label, as a near miss, was fail): "Is it the one you mean, or the 1975 edition?" asks whether the record
  // given is the one meant; the other edition offered does not undo that
  { name: '"Is it the one you mean, or the 1975 edition?" after the record: completeness passes', lines: then(DISH, 'Our catalogue (samplelibrary.org/catalog) lists The Polish Cookbook, 2010. Is it the one you mean, or the 1975 edition?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Es el libro que buscaba?" after the cookbook: completeness passes', lines: then(DISH, 'Tenemos The Polish Country Kitchen Cookbook en samplelibrary.org/catalog. ¿Es el libro que buscaba?'), exp: some({ complete: 'pass' }) },
  { name: '"Is this the kind you meant?" after the cookbook: completeness passes', lines: then(DISH, 'The Polish Country Kitchen Cookbook at samplelibrary.org/catalog has pierogi ruskie on p. 112. Is this the kind you meant?'), exp: some({ complete: 'pass' }) },
  // ---- a second batch of short cases ------------------------------------------------------------------------------------
  { name: '"Reach out to the Capital Area Food Bank, they run a hunger hotline." : referral fails', lines: then(SNAP, 'Reach out to the Capital Area Food Bank, they run a hunger hotline. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Contact the WIC office at 1-800-242-4942." : referral passes', lines: then(SNAP, 'For WIC, contact the Maryland WIC office at 1-800-242-4942. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask the farmers market manager about the EBT tokens" : referral fails', lines: then(SNAP, 'Many markets take SNAP; ask the farmers market manager about the EBT token booth. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Take the food handler course at servsafe.com" : a source, no referral', lines: then(SNAP, 'For the food truck, take the food handler course at servsafe.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Spanish: "Llame al 211 para encontrar una despensa" : referral passes', lines: then(SNAP, 'Llame al 211 para encontrar una despensa de alimentos abierta hoy. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: '"Food banks get their stock from the Maryland Food Bank" : no referral', lines: then(SNAP, 'Local pantries get most of their stock from the Maryland Food Bank; the list is at mdfoodbank.org/find-food. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'a hold, then 150 s of silence: keep informed fails', lines: [...SNAP, [60, 'l', 'Checking the pantry hours for you...'], [210, 'l', 'mdfoodbank.org/find-food lists them. Does that help?'], [240, 'p', 'yes'], [246, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"Enjoy the pierogi!" last: courteous passes', lines: [...DISH, [70, 'l', 'The recipe is at samplelibrary.org/catalog. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Enjoy the pierogi!']], exp: some({ courteous: 'pass' }) },
  // ---- more for the second batch's fixes -------------------------------------------------------------------------------------
  { name: '"That help?" after the pantry list: completeness passes', lines: then(SNAP, 'Pantries by ZIP: mdfoodbank.org/find-food. That help?'), exp: some({ complete: 'pass' }) },
  { name: '"This helps?" after the canning guide: completeness passes', lines: then(CAN, 'Pressure can only: nchfp.uga.edu, Guide 4. This helps?'), exp: some({ complete: 'pass' }) },
  { name: '"You can turn up at the Westminster Senior Center at noon" : referral fails', lines: then(SNAP, 'For a free hot lunch, you can turn up at the Westminster Senior Center at noon on weekdays. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"just show up at the Franciscan Center, 101 W. 23rd Street, Baltimore, MD 21218" : referral passes', lines: then(SNAP, 'For a hot meal today, just show up at the Franciscan Center, 101 W. 23rd Street, Baltimore, MD 21218, from 10:30 to 12:30. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses of the food parting wishes: a title, not standing alone
  { name: 'near miss: "Bon Appétit magazine, the March 2019 issue." last: courteous fails', lines: [...DISH, [70, 'l', 'The recipe ran in a magazine; read it in Flipster at samplelibrary.org/flipster. Does that help?'], [100, 'p', 'which magazine'], [106, 'l', 'Bon Appétit magazine, the March 2019 issue.'], [130, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "The pierogi recipe is from Bon Appetit." last: courteous fails', lines: [...DISH, [70, 'l', 'Flipster at samplelibrary.org/flipster has it. Does that help?'], [100, 'p', 'which one'], [106, 'l', 'The pierogi recipe is from Bon Appetit.'], [130, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "La receta es de la revista Buen Provecho." last: courteous fails', lines: [...DISH, [70, 'l', 'La receta está en samplelibrary.org/catalog. ¿Le ayuda?'], [100, 'p', 'de donde es'], [106, 'l', 'La receta es de la revista Buen Provecho.'], [130, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  // near misses of "take care of your <family>": a modal, a question, a possessive
  { name: 'near miss: "The home aide can take care of your mother." last: courteous fails', lines: [...SNAP, [70, 'l', 'Meals on Wheels is at mealsonwheelsmd.org. Does that help?'], [100, 'p', 'who cooks for her'], [106, 'l', 'The home aide can take care of your mother.'], [130, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Who will take care of your kids during the class?" last: courteous fails', lines: [...CAN, [70, 'l', 'The class schedule is at extension.umd.edu. Does that help?'], [100, 'p', 'its 3 hours though'], [106, 'l', 'Who will take care of your kids during the class?'], [130, 'p', 'my husband']], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Take care of your father\'s paperwork first." last: courteous fails', lines: [...SNAP, [70, 'l', 'Apply at mybenefits.maryland.gov. Does that help?'], [100, 'p', 'its for my dad who passed'], [106, 'l', "Take care of your father's paperwork first."], [130, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  // near misses of "is that the kind you mean?": intending, a choice of what to give, a question before any source
  { name: 'near miss: "Is that the kind you mean to make for the party?" : completeness fails', lines: then(DISH, 'The Polish Country Kitchen Cookbook at samplelibrary.org/catalog has pierogi ruskie. Is that the kind you mean to make for the party?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "¿Cuál es la receta que recordaba?" after the cookbook: completeness fails', lines: then(DISH, 'El catálogo (samplelibrary.org/catalog) tiene tres libros de cocina polaca. ¿Cuál es la receta que recordaba?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "¿Es la receta que usted quería hacer hoy?" : completeness fails', lines: then(DISH, 'El libro está en samplelibrary.org/catalog. ¿Es la receta que usted quería hacer hoy?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Was it the cookbook you meant to return?" : completeness fails', lines: then(DISH, 'Your account at samplelibrary.org/account shows The Polish Country Kitchen Cookbook checked in. Was it the cookbook you meant to return?'), exp: some({ complete: 'fail' }) },
  // near misses of "Helps?": an offer of more help, with words after it or not opening the question
  { name: 'near miss: "Help with the form?" after the source: completeness fails', lines: then(SNAP, 'Apply at mybenefits.maryland.gov. Help with the form?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Need more help?" after the source: completeness fails', lines: then(SNAP, 'Apply at mybenefits.maryland.gov. Need more help?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Help you find a pantry too?" after the source: completeness fails', lines: then(SNAP, 'Apply at mybenefits.maryland.gov. Help you find a pantry too?'), exp: some({ complete: 'fail' }) },
  // near misses of "show up at": no one told to go
  { name: 'near miss: "The hold will show up at your branch in two days." : no referral', lines: then(DISH, 'The Polish Country Kitchen Cookbook is on hold for you (samplelibrary.org/catalog). The hold will show up at your branch in two days. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Volunteers show up at the pantry at 8 to sort." : no referral', lines: then(SNAP, 'The pantry list is at mdfoodbank.org/find-food. Volunteers show up at the pantry at 8 to sort donations. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Recipes that show up at the top of the search are the newest." : no referral', lines: then(DISH, 'Search allrecipes.com for pierogi ruskie. Recipes that show up at the top of the search are the newest. Does that help?'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: the "them" of an earlier sentence ("throw them out", the jars) is read as pointing to the party referred to after it
  // (checks/referral.ts ownedContact's THEM rule), so nchfp.uga.edu in that sentence becomes the agent's contact; without the
  // "them" it fails as labelled. A narrowing of that pronoun rule needs guards of the cases it was written for.
  { name: '"send a photo to your county Extension agent" after "throw them out; nchfp.uga.edu …": referral fails', lines: then(CAN, 'If the lids bulged, throw them out; nchfp.uga.edu explains spoilage. Send a photo to your county Extension agent if you are unsure. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: after "show up at" (block S1) a bare proper name with no word of a party ("Our Daily Bread", "Paul's Place") is not
  // read as a party, where v1's "stop by" reads it; widening the object reading of one verb was not guarded in time.
  { name: '"just show up at Our Daily Bread, 725 Fallsway, Baltimore, MD 21202" : referral passes', lines: then(SNAP, 'For a hot meal today, just show up at Our Daily Bread, 725 Fallsway, Baltimore, MD 21202, from 10:30 to 12:30. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-second round (S1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (S1): food, every check', whole);
describeSessions('thirty-second round (S1): food, short cases', short);
describeSessions('thirty-second round (S1): food, near misses of the changes', guards);

describeLeft('thirty-second-round-food', LEFT);
