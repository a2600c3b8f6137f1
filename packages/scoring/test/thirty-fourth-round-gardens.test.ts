/**
 * Thirty-fourth round, area (G1): FARMING, GARDENING AND THE EXTENSION SERVICE. When to plant tomatoes, what is eating
 * the hostas, soil testing, a community garden plot, composting and rain barrels, backyard chickens and bees (county
 * rules), organic certification, farm loans and grants, the farmers' market, pesticide licensing, invasive species, a 4-H
 * parent, the library's seed library and tool lending, a school garden, a Spanish-speaking farm worker asking about
 * pesticide safety (info.source, referral.contact, inquiry.clarify, followup.completeness, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "call your county extension office", "take a sample to
 *   the plant clinic", "check with the zoning office", "talk to the folks at the USDA service center", "ask the Master
 *   Gardeners at the farmers' market table", "pregunte en la oficina de extensión del condado", "ring your local council".
 *  a referral WITH one (passes): "the Master Gardener hotline, 410-555-0142", "the Maryland Department of Agriculture's
 *   pesticide section at 410-841-5710", "the Soil Conservation District, frederickscd.org", "e-mail the plant clinic at
 *   plantclinic@umd.edu", "llame a la oficina de extensión al 301-555-0199".
 *  a source, not a referral: "the Home & Garden Information Center at extension.umd.edu/hgic", "the USDA Plant Hardiness
 *   Zone Map at planthardiness.ars.usda.gov", "farmers.gov", "the catalogue", "the book Square Foot Gardening", "the seed
 *   library page on our site (Services > Seed Library)".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "which county are you in?" / "what zone are you?" before the first source is a question about the patron's situation
 *   that shapes the answer: clarify passes;
 * - "the extension office" named as the author of a fact sheet at a URL is a source, not a referral;
 * - "the extension office can test it" tells no one to contact it: no referral;
 * - a seed library at the provider's own library, "stop by the circulation desk to check out seeds", is the library's
 *   own department the patron is told to visit: a referral (fails without a way to reach it);
 * - a book title in the catalogue is a named resource: a source;
 * - (taken after the first run) "The State Apiarist answers questions at 410-…" and "Questions about the exam go to the
 *   pesticide section at …" tell no one to contact the party (as round 33's "OGIS mediates: ogis@nara.gov"): no referral;
 * - (taken after the first run) a city's own site given in the sentence before ("The City's permit guide at
 *   gaithersburgmd.gov/… Call city zoning …") reaches the city's zoning office: referral passes.
 * Written: 30 whole sessions (26 first, 4 for the fixes; 2 of them in LEFT), 34 short cases (27 first, 4+3 for the fixes,
 * 1 of them in LEFT), 13 near misses in `guards` (9 + 4; 1 of them in LEFT). First run (26 whole + 27 short): 8 of 53 disagreed:
 * referral.contact 7, followup.completeness 1. Mine: 3 (completeness na where info.source fails, not na; the State
 * Apiarist's and the pesticide section's sentences: no referral). The scorer's: 5 ("take a sample to the plant clinic",
 * "bring a leaf to the plant clinic", "Check with zoning before you build a coop": fixed; the Spanish "llamar a la Sección
 * de …" and "Apply through the Soil Conservation District": LEFT). Second run (the fixes' cases): 3 disagreed: the shed
 * session's "Call city zoning" after the city's own site (my label, corrected above), "take one in a jar to the Master
 * Gardeners table" (fixed: Master Gardeners as people) and a near miss read by v34 already (LEFT); third run: "chat w/ the
 * master gardeners" (LEFT). Fixed in block G1 (phrase families, v35 only; no settings, no code):
 *  - referralVerb: a sample carried to a party, "bring a leaf to the plant clinic", "take a soil sample to the extension
 *    office, 301-…", "drop off a branch at the extension office", "take one in a jar to the Master Gardeners table"
 *    [near misses: "I'll take the sample to the lab myself", "Take the sample to a depth of 6 inches", "Bring the fallen
 *    leaves to the compost pile", "The lab will take your sample to the greenhouse"];
 *  - referralParty: the Master Gardeners as people, "Ask the Master Gardeners at the market table", "Talk to a Master
 *    Gardener at the library's plant clinic, mg@…" [near misses: "Visit the Master Gardener website at …", "Read the Master
 *    Gardener fact sheet at …", "The Master Gardeners wrote the guide at …", "sign up for the Master Gardener course at …"];
 *  - referralParty: zoning by its function as the whole object of a referring verb, "Check with zoning before you build",
 *    "Call city zoning", "Talk to county zoning at 410-…", "Email town zoning at …" [near misses: "Ask about zoning when you
 *    apply …", "Check with zoning rules at …", "Visit the zoning map at …", "Zoning allows hens on RC lots; …"].
 * Left: 5 (LEFT, each with its reason). On v54 (block T6, a soil conservation district as a party) "Apply through the Frederick
 * Soil Conservation District: …" reads as labelled and runs among the whole sessions: 4 LEFT.
 * On v62 (block AB13: a referring verb right after "if you", with no way to reach the party in its clause, is a condition) "If you
 *   take a sample to the clinic, label it …" reads as labelled and runs among the near misses: 3 LEFT.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, FU_LIB, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A tomato question up to the patron's answer to the clarifying question. */
const TOM: Line[] = [
  [0, 'p', 'when should i put my tomato plants out'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which county are you in?"],
  [50, 'p', 'frederick county'],
];
/** A soil test question up to the patron's answer. */
const SOIL: Line[] = [
  [0, 'p', 'Where can I get my garden soil tested?'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Is it for a vegetable garden or a lawn?'],
  [50, 'p', 'vegetables, raised beds'],
];
/** A chickens question up to the patron's answer. */
const HENS: Line[] = [
  [0, 'p', 'am i allowed to keep chickens in my backyard'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county or town do you live in?'],
  [50, 'p', 'howard county, ellicott city'],
];
/** A Spanish pesticide question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, trabajo en una granja y nos echan pesticidas, como me protejo'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado está la granja?'],
  [50, 'p', 'en Washington County'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'home gardener, tomatoes: zone question, the HGIC vegetable calendar',
    lines: [
      [0, 'p', 'Hi! When is it safe to plant tomatoes outside? First year gardening'],
      [25, 'l', "Hi there, welcome to AskUsNow! I'm Dana, a librarian. Happy to help. Where are you gardening? Tomatoes go out after the last frost, and that depends a lot on where you are."],
      [70, 'p', 'Catonsville, Baltimore County'],
      [90, 'l', "Thanks! Catonsville is in USDA zone 7a/7b. The University of Maryland Extension's Home & Garden Information Center has a vegetable planting calendar: extension.umd.edu/hgic, then Vegetables > Planting Calendar. For central Maryland it says to set tomato transplants out from about May 1 to mid-May, once nights stay above 50°F."],
      [140, 'p', 'oh perfect. should i buy plants or start from seed?'],
      [165, 'l', "This late in the season, buy transplants. If you want to try seed next year, our catalogue has The Vegetable Gardener's Bible by Edward C. Smith. Does that answer your question?"],
      [220, 'p', "Yes it does, that's everything. Thank you so much!"],
      [228, 'l', 'You are welcome! Happy gardening, and come back any time.'],
    ],
    exp: usual(),
  },
  {
    name: 'retiree, something eating the hostas: which pest, then the HGIC slug page and the Master Gardener hotline with phone',
    lines: [
      [0, 'p', 'Good morning. Something is making big holes in my hosta leaves overnight. Deer? Rabbits? I am at my wits end.'],
      [40, 'l', 'Good morning! This is Helen, reference librarian with AskUsNow!. Are the holes ragged, in the middle of the leaf, and do you see any shiny trails on the leaves or path?'],
      [95, 'p', 'Yes, ragged holes in the middle and some silvery trails on the patio.'],
      [115, 'l', "That sounds like slugs rather than deer (deer bite off whole leaves and stems). The Home & Garden Information Center's page on slugs, extension.umd.edu/resource/slugs-and-snails, covers beer traps, copper barriers and iron phosphate baits. If you'd like someone to look at a leaf, the Master Gardener hotline is 410-555-0142, weekdays 9 to 1. Does this completely answer your question?"],
      [190, 'p', 'It does. I will try the beer traps tonight.'],
      [200, 'l', 'Is there anything else I can help you with today?'],
      [225, 'p', 'No, that is all I needed. Thank you.'],
      [232, 'l', 'Good luck with the slugs, and have a lovely day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'sloppy: soil testing, "call your county extension office" without a contact, no question',
    lines: [
      [0, 'p', 'how do i get a soil test done'],
      [30, 'l', 'Hi, this is Sam at Ask Us.'],
      [45, 'l', 'You can call your county extension office, they have soil test kits. Does that help?'],
      [90, 'p', 'ok'],
      [100, 'l', 'Bye!'],
    ],
    // reading: "call your county extension office" refers without a way to reach it; the office named without a URL or
    // phone is no source. (my first label was completeness na: info.source fails, not na, and "Does that help?" follows
    // the answer: completeness passes)
    exp: usual({ clarify: 'fail', source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'small farmer, organic certification: the USDA NOP page and the MDA certification program with phone',
    lines: [
      [0, 'p', 'I run a 12 acre vegetable farm in Carroll County and want to get certified organic. Where do I start?'],
      [30, 'l', 'Hello, this is Priya, a librarian with AskUsNow!. Have you been using any prohibited materials on the land in the last three years? That decides when you can be certified.'],
      [80, 'p', 'Nothing synthetic since 2021.'],
      [100, 'l', "Then the land should qualify. The USDA National Organic Program explains the steps at ams.usda.gov/services/organic-certification. In Maryland the certifier is the Maryland Department of Agriculture's State Organic Certification Program: call 410-841-5769 and they will send an application. Is that what you were looking for?"],
      [170, 'p', 'Yes. Is there help with the cost?'],
      [190, 'l', "Yes: the Organic Certification Cost Share Program pays back up to 75% of the fee, up to $750 a year. It's described on the same USDA page. Anything else I can help with?"],
      [230, 'p', "No, that's all I need. Much appreciated."],
      [236, 'l', 'Good luck with the certification, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, chickens in town: the county code link, "check with zoning" without a contact',
    lines: [
      [0, 'p', 'backyard hens legal in laurel?'],
      [12, 'l', 'Hi, Ray at Ask Us. Inside the city limits, or unincorporated PG?'],
      [40, 'p', 'city'],
      [55, 'l', 'City of Laurel code, ch. 6 Animals, is on ecode360.com (search Laurel MD). Roosters banned, hens need a permit. Check with zoning before you build a coop. That what you need?'],
      [90, 'p', 'yep'],
      [94, 'l', 'Anything else?'],
      [105, 'p', 'no'],
      [108, 'l', 'Thanks, bye.'],
    ],
    // reading: "check with zoning" tells the patron to ask an office, with no way to reach it
    exp: usual({ referral: 'fail' }),
  },

  {
    name: '4-H parent, enrolling a child: which county, then 4-H Online and the county 4-H educator\'s e-mail',
    lines: [
      [0, 'p', 'hi my daughter is 9 and wants to do 4-H with rabbits, how do we join'],
      [25, 'l', "Hi! Thanks for contacting Ask Us, I'm Meg at Harford County Public Library. Which county do you live in? 4-H clubs are run county by county."],
      [60, 'p', 'harford'],
      [80, 'l', "Great, you're in the right place! Families enroll online through 4-H Online at md.4honline.com, and the Harford County 4-H program lists its clubs at extension.umd.edu/locations/harford-county/4-h-youth-development. The 4-H educator can match you with a rabbit club: email harford4h@umd.edu. Did that help?"],
      [140, 'p', 'yes thank you!! she is going to be so excited'],
      [150, 'l', 'Aw, wonderful! Is there anything else I can help with?'],
      [175, 'p', 'nope thats it'],
      [180, 'l', 'Have fun with the bunnies, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student worker, compost bins: no question, the county page, "does that help" missing',
    lines: [
      [0, 'p', 'does the county give out free compost bins?'],
      [40, 'l', 'hi!! this is Kayla at the Anne Arundel County Public Library'],
      [50, 'l', 'yes they do! the county recycling program gives free bins, info is at aacounty.org/recycling under Backyard Composting'],
      [90, 'p', 'cool thanks'],
      [100, 'l', 'np, have a good one!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'farm loan: beginning farmer, "go to the USDA service center" without a contact, farmers.gov given',
    lines: [
      [0, 'p', "Hello. I'm 28 and want to buy my uncle's farm. Are there loans for young farmers?"],
      [35, 'l', "Hello! I'm Tom, a librarian at Frederick County Public Libraries, answering for AskUsNow!. Have you farmed before, or would this be your first operation?"],
      [80, 'p', "I've worked on it for 6 years but never owned land."],
      [100, 'l', "Then you may qualify as a beginning farmer. The Farm Service Agency's Farm Ownership Loans, including the Beginning Farmer down payment loan, are explained at farmers.gov/loans. To apply, go to the USDA service center for your county and ask for the farm loan officer. Does that answer your question?"],
      [170, 'p', 'Yes, thank you, that is everything.'],
      [178, 'l', "You're welcome. Good luck with the farm!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'patron vanished after the clarifying question: check-in and disconnect notice',
    lines: [
      [0, 'p', 'what is the best time to prune my hydrangeas'],
      [20, 'l', 'Hi, this is Jo at Ask Us. Do you know which kind you have: mophead, oakleaf or Annabelle? The timing depends on it.'],
      [160, 'l', 'Are you still there?'],
      [360, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back any time. Goodbye!"],
    ],
    // reading: a clarifying question is a substantive exchange; no source given, so clarify passes (any question counts)
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British register, rain barrel rebate: the county rebate page, no clarifying question',
    lines: [
      [0, 'p', 'Hello, I have recently moved from Leeds. Is there any help towards the cost of a water butt here?'],
      [30, 'l', "Good afternoon, and welcome! You're chatting with Fiona, a librarian at Montgomery County Public Libraries."],
      [45, 'l', "Montgomery County's RainScapes programme gives rebates for rain barrels, up to $250: montgomerycountymd.gov/water/rainscapes explains how to apply. Does that answer your question?"],
      [100, 'p', "Brilliant, cheers. That's all I needed."],
      [106, 'l', "Lovely. Thanks for getting in touch, and enjoy the garden!"],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'beekeeper, county rules and registration: the MDA apiary registration page and the state apiarist\'s phone',
    lines: [
      [0, 'p', 'thinking of getting 2 hives. do i have to register them in MD? live in baltimore county'],
      [30, 'l', 'Hi, Marcus with AskUsNow! here. Is your lot in a residential zone, and roughly how big is it?'],
      [70, 'p', 'residential, about half an acre'],
      [90, 'l', "Maryland requires every colony to be registered with the Department of Agriculture each year (free): the form is at mda.maryland.gov/plants-pests under Apiary Inspection. The State Apiarist answers questions at 410-841-5920. Baltimore County's zoning rules for hives on residential lots are in the County Code at library.municode.com (search Baltimore County, \"apiary\"). Is that what you were looking for?"],
      [160, 'p', 'exactly, thanks'],
      [168, 'l', 'Anything else today?'],
      [190, 'p', 'no thats all'],
      [195, 'l', 'Thanks for chatting, and enjoy the bees!'],
    ],
    // reading (my first label was referral pass): "The State Apiarist answers questions at 410-…" tells no one to contact
    // him (as round 33's "OGIS mediates: ogis@nara.gov"): no referral
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'invasive species, spotted lanternfly: which county, the MDA report form, no referral',
    lines: [
      [0, 'p', 'I think I found spotted lanternflies on my tree of heaven. Should I report it?'],
      [25, 'l', 'Hello, this is Jo, a librarian with AskUsNow!. Which county are you in? Some counties are already under quarantine.'],
      [60, 'p', 'Cecil County'],
      [80, 'l', "Cecil is in the quarantine zone, so the Maryland Department of Agriculture asks you to squash them and report the sighting online: mda.maryland.gov/plants-pests/Pages/spotted-lanternfly.aspx has the report form and photos for ID. Does this completely answer your question?"],
      [140, 'p', 'Yes, thank you.'],
      [146, 'l', 'Is there anything else I can help you with?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thank you for helping stop the spread. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'seed library at the library: the catalogue page and a visit to the branch desk without a contact',
    lines: [
      [0, 'p', 'do you guys have a seed library? i want to try growing peppers'],
      [20, 'l', "Hi! This is Amy at Howard County Library System. We do! Which branch is closest to you?"],
      [50, 'p', 'east columbia'],
      [70, 'l', "East Columbia has a seed library by the entrance. You can browse what's in stock on our website under Services > Seed Library, and the pepper seeds are in the Vegetables drawer. Stop by the information desk there if you need help with the checkout form. Does that help?"],
      [120, 'p', "perfect that's all i needed thx"],
      [125, 'l', 'Happy planting! Come back anytime.'],
    ],
    // reading: the library's own information desk the patron is told to visit is a referral (the library's own department),
    // with no way to reach it
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'follow-up by me: a school garden grant list, e-mail repeated, "by Friday"',
    lines: [
      [0, 'p', "Hi, I'm a 3rd grade teacher in Prince George's County starting a school garden. Are there grants for this?"],
      [30, 'l', "Hi, this is Jo, a librarian at Prince George's County Memorial Library System. Are you looking for money for supplies, or for a bigger project like raised beds and a shed?"],
      [80, 'p', 'Mostly supplies and soil, maybe $2,000'],
      [100, 'l', "The KidsGardening Youth Garden Grant is a good fit (kidsgardening.org/grant-opportunities). I'd like to put together a fuller list of Maryland grants for you; I can e-mail it by Friday. What's your e-mail address?"],
      [150, 'p', 'mrs.owens@example.org'],
      [160, 'l', 'Thanks, I have mrs.owens@example.org. You will get the list by Friday. Anything else in the meantime?'],
      [190, 'p', 'No, that is great. Thank you!'],
      [196, 'l', 'You are welcome, bye for now!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'mrs.owens@example.org', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'chat-speak, composting in an apartment: worm bins book in the catalogue',
    lines: [
      [0, 'p', 'can u compost in an apt?? no yard lol'],
      [20, 'l', 'hey! Sam from Ask Us here 🙂 do u have a balcony or just indoors?'],
      [45, 'p', 'just indoors'],
      [60, 'l', 'then a worm bin is ur friend! we have Worms Eat My Garbage by Mary Appelhof in the catalogue, and the EPA page epa.gov/recycle/composting-home has an indoor section. that help?'],
      [110, 'p', 'ya thx'],
      [115, 'l', 'anything else?'],
      [130, 'p', 'nah'],
      [134, 'l', 'cool, happy composting! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'pesticide applicator licence: which certification, MDA exam page and the pesticide section\'s e-mail',
    lines: [
      [0, 'p', 'I want to start a lawn care business. What licence do I need to spray weed killer on customers lawns?'],
      [30, 'l', 'Good afternoon, this is Dr. Ellen Park, a librarian at the University of Maryland Libraries, answering for Ask Us. Will you be the only applicator, or will you hire employees to spray?'],
      [90, 'p', 'Just me at first.'],
      [110, 'l', "In Maryland you need a Pesticide Business License and a Certified Private/Commercial Applicator certificate in Category 3A (Ornamental & Turf). The exam schedule and study manuals are at mda.maryland.gov under Pesticide Regulation > Certification. Questions about the exam go to the pesticide section at pesticide.reg@maryland.gov. Does that answer your question?"],
      [190, 'p', 'Yes, very thorough. Thank you, that is all.'],
      [198, 'l', 'You are most welcome. Best of luck with the business.'],
    ],
    // reading (my first label was referral pass): "Questions about the exam go to the pesticide section at …" says where
    // questions go, telling no one to write: no referral (as "The State Apiarist answers questions at …")
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'Australian register, community garden plot: the parks page, the waitlist, the garden coordinator with phone',
    lines: [
      [0, 'p', "G'day, how do I get a plot in a community garden around here? In Rockville."],
      [30, 'l', "Hi there, thanks for contacting AskUsNow! I'm Lachlan, a librarian with Montgomery County Public Libraries. Are you in the City of Rockville itself or elsewhere in the county?"],
      [65, 'p', 'City of Rockville, near the town centre'],
      [85, 'l', "Rockville runs its own community gardens: see rockvillemd.gov/community-gardens for the plots and the waitlist form. The gardens coordinator takes questions at 240-314-8700. Reckon that covers it?"],
      [140, 'p', "Yep, spot on. That's all, cheers mate."],
      [146, 'l', 'No worries, happy gardening!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'farmers\' market vendor: which market, the county market page, "talk to the market manager" without a contact',
    lines: [
      [0, 'p', 'how do I become a vendor at a farmers market? I make jams and grow flowers'],
      [25, 'l', 'Hi, this is Jo at AskUsNow!. Which market are you thinking of, or which county?'],
      [60, 'p', 'the one in downtown Annapolis on Sundays'],
      [80, 'l', "For the jams you'll need a cottage food registration from the Maryland Department of Health (health.maryland.gov, search \"cottage food\"). The Anne Arundel County Farmers' Market page, aacfarmersmarket.com, has the vendor application. For a Sunday stall talk to the market manager. Does that help?"],
      [150, 'p', "yes that's all i needed, thanks"],
      [156, 'l', 'Great! Good luck with the stall, bye!'],
    ],
    // reading: the market manager is a person the patron is told to talk to; the market's site is in the sentence
    // before, not with the manager: no way to reach the manager
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Indian English, deer-resistant plants: a book and the HGIC list, a long search with holds',
    lines: [
      [0, 'p', 'Good evening madam/sir. Kindly suggest deer resistant flowering plants for my front yard. Deer are eating everything.'],
      [30, 'l', 'Good evening, and welcome to AskUsNow! I am Anita, a librarian. Is your yard sunny or shady?'],
      [60, 'p', 'Mostly sunny, some shade near the porch.'],
      [70, 'l', 'Let me look up a good list for you, one moment please.'],
      [170, 'l', 'Still searching, thank you for your patience.'],
      [260, 'l', "The Home & Garden Information Center has a Deer-Resistant Plants list (extension.umd.edu/resource/plants-rarely-damaged-deer). For sun, it lists lavender, catmint, salvia, yarrow and coneflower; for shade, hellebores and ferns. The book Deer-Resistant Landscaping by Neil Soderstrom is also in our catalogue. Does this answer your question?"],
      [330, 'p', 'Yes, very useful. Thank you so much.'],
      [340, 'l', 'Is there anything else I may help you with?'],
      [365, 'p', 'No, that is all. Thank you.'],
      [372, 'l', 'You are welcome. Good night!'],
    ],
    exp: usual(),
  },
  {
    name: 'keep_informed fails: a grant search with a 4-minute silence',
    lines: [
      [0, 'p', 'are there grants for high tunnels for small farms?'],
      [20, 'l', 'Hi, this is Sam at Ask Us. Which state are you farming in?'],
      [45, 'p', 'maryland'],
      [290, 'l', "Yes: NRCS's EQIP program pays for seasonal high tunnels. See nrcs.usda.gov (search \"high tunnel\"). Does that help?"],
      [330, 'p', 'yes thanks, thats all'],
      [336, 'l', 'Take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'non-native writer, fruit trees: which tree, the HGIC fruit page, "go to the plant clinic" without a contact',
    lines: [
      [0, 'p', 'Hello, my apple tree leaf have orange spot, what is this and how I stop?'],
      [30, 'l', 'Hello! I am Jo, librarian at Ask Us, Baltimore County Public Library. Is there a juniper or cedar tree near your apple tree?'],
      [80, 'p', 'Yes, neighbor have big cedar.'],
      [100, 'l', "Then it is probably cedar-apple rust. The Home & Garden Information Center explains it at extension.umd.edu/resource/cedar-apple-rust: pick resistant varieties and spray in spring. If you are not sure, bring a leaf to the plant clinic at the farmers' market on Saturday. Does this answer your question?"],
      [160, 'p', 'Yes, thank you. Is all I need.'],
      [170, 'l', 'You are welcome. Good luck with your tree!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  {
    name: 'tool lending: the library of things page, patron leaves without answering, check-in, no goodbye',
    lines: [
      [0, 'p', 'can i borrow a rototiller from the library'],
      [20, 'l', 'Hi, this is Jo at Sample County Library. Do you have a library card with us?'],
      [45, 'p', 'yes'],
      [60, 'l', 'Great. Our Library of Things lends garden tools, but not tillers; see samplelibrary.org/things for the list. Does that help?'],
      [200, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'follow-up promised, no time given: a heirloom seed history question, coded Follow-up by me',
    lines: [
      [0, 'p', "I'm looking for the history of the 'Mortgage Lifter' tomato. Where did it come from?"],
      [25, 'l', 'Hi, this is Jo, a librarian at AskUsNow!. Are you after a short account or primary sources like the 1940s radio show?'],
      [60, 'p', 'primary sources if possible'],
      [80, 'l', "Seed Savers Exchange has a short history at seedsavers.org. I'll search the newspaper databases for the original stories and e-mail you what I find. What's your e-mail?"],
      [120, 'p', 'tomfan@example.com'],
      [130, 'l', 'Got it, tomfan@example.com. Talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tomfan@example.com', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'scripted macros, ticks on the 4-H goat: the extension fact sheet, the county extension office with phone',
    lines: [
      [0, 'p', 'my sons 4-H goat has ticks, what is safe to use?'],
      [15, 'l', 'Thank you for contacting AskUsNow! My name is Vera and I am a librarian. I am reviewing your question now.'],
      [25, 'l', 'Is the goat a dairy goat or a meat goat? Some products cannot be used on dairy animals.'],
      [60, 'p', 'meat goat for the county fair'],
      [80, 'l', "The University of Maryland Extension's Small Ruminant Program has a fact sheet on external parasites at extension.umd.edu/programs/agriculture-food-systems/program-areas/small-ruminant. The county extension office can advise for your fair's withdrawal rules: call 410-386-2760. Does this completely answer your question?"],
      [130, 'p', 'yes'],
      [135, 'l', 'Is there anything else I can assist you with today?'],
      [155, 'p', 'no'],
      [160, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- more for the fixes (a sample carried to a party; zoning by its function), labelled before running ---------------
  {
    name: 'boxwood with brown leaves: which shrub, the HGIC page, "drop off a branch at the extension office" without a contact',
    lines: [
      [0, 'p', 'hello my boxwoods are turning brown in patches. what can i do?'],
      [30, 'l', 'Hi, this is Jo, a librarian with AskUsNow!. Are the brown patches on one side of the shrub, or spread all over? And how old are the boxwoods?'],
      [75, 'p', 'all over, they are maybe 15 years old'],
      [95, 'l', "It could be boxwood blight or root rot. The Home & Garden Information Center has photos of both at extension.umd.edu/resource/boxwood-diseases. To be sure, drop off a branch at the extension office in a sealed bag so they can check it. Did that help?"],
      [150, 'p', 'yes thank you, that is all'],
      [156, 'l', 'Good luck with the boxwoods, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, a weird bug on the squash: "take it to the Master Gardeners\' table at the market, they\'re there Saturdays"',
    lines: [
      [0, 'p', 'theres these grey bugs all over my zucchini wtf are they'],
      [20, 'l', 'hey! Sam from Ask Us 🙂 are they flat and shield shaped, and do they smell when u squish them?'],
      [50, 'p', 'YES gross'],
      [65, 'l', "sounds like squash bugs! the HGIC page extension.umd.edu/resource/squash-bug-vegetables has pics + what to do. if ur not sure, take one in a jar to the Master Gardeners table at the farmers market, theyre there saturdays. that help?"],
      [110, 'p', 'ya thanks'],
      [114, 'l', 'anything else?'],
      [130, 'p', 'nope'],
      [134, 'l', 'cool, good luck! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'shed for the garden: the county permits page, "call city zoning" without a contact',
    lines: [
      [0, 'p', 'Do I need a permit for a 10x12 garden shed? I live in Gaithersburg.'],
      [30, 'l', 'Hello, this is Fiona with Montgomery County Public Libraries. Is the house inside the City of Gaithersburg limits?'],
      [70, 'p', 'Yes, in the city.'],
      [90, 'l', "The City's permit guide at gaithersburgmd.gov/services/permits says sheds over 150 square feet need a building permit, so yours (120) may not, but the setback rules still apply. Call city zoning to confirm the setback for your lot. Is that what you were looking for?"],
      [150, 'p', "Yes, that's everything. Thanks!"],
      [156, 'l', 'You are welcome. Have a lovely day!'],
    ],
    // reading (my first label was fail): the City's own site, gaithersburgmd.gov, given in the sentence before, reaches the
    // city's zoning office (as round 33's clerk beside mdcourts.gov): referral passes
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'goats in the backyard: the county code, "talk to county zoning at 410-887-3391"',
    lines: [
      [0, 'p', 'can i keep 2 pygmy goats on 1 acre in baltimore county?'],
      [25, 'l', 'Hi, Marcus at AskUsNow! here. Is the lot zoned residential (DR or RC)? It matters for livestock.'],
      [60, 'p', 'RC 5 i think'],
      [80, 'l', "On RC land livestock is usually allowed; the rules are in the Baltimore County Zoning Regulations at library.municode.com (search Baltimore County). Talk to county zoning at 410-887-3391 to confirm for your lot. Does that help?"],
      [130, 'p', 'yes thanks, thats all'],
      [136, 'l', 'Enjoy the goats, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // Run since v54 (T6, a soil conservation district as the party): "Apply through the Frederick Soil Conservation District:
  // frederickscd.org …" tells the patron to go through the district (contact it); LEFT until v53, where no district was a party
  // ("the district's online portal" is still none)
  {
    name: 'soil conservation district, a farm pond: cost share and the district\'s website',
    lines: [
      [0, 'p', 'Our cattle are tearing up the creek bank. Is there cost share for fencing them out?'],
      [30, 'l', 'Good morning, this is Helen at AskUsNow!. Which county is the farm in?'],
      [70, 'p', 'Frederick'],
      [90, 'l', "The Maryland Agricultural Water Quality Cost-Share Program (MACS) pays up to 87.5% for stream fencing and watering systems: mda.maryland.gov/resource_conservation, MACS. Apply through the Frederick Soil Conservation District: frederickscd.org has the office's address and phone. Does this completely answer your question?"],
      [160, 'p', 'It does, thanks.'],
      [166, 'l', 'Anything else I can help with?'],
      [185, 'p', 'No'],
      [190, 'l', 'Thank you, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"call your county extension office" (no contact): referral fails', lines: then(TOM, 'The HGIC calendar at extension.umd.edu/hgic says early May. For a frost date for your farm, call your county extension office. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"the Master Gardener hotline, 410-555-0142" : referral passes', lines: then(TOM, 'Plant after May 5. You can also call the Master Gardener hotline at 410-555-0142 with questions. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"take a sample to the plant clinic" (no contact): referral fails', lines: then(SOIL, 'The HGIC soil testing page is at extension.umd.edu/hgic. Take a sample to the plant clinic if you see problems. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"e-mail the plant clinic at plantclinic@umd.edu" : referral passes', lines: then(SOIL, 'E-mail the plant clinic at plantclinic@umd.edu with photos. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"check with the zoning office" (no contact): referral fails', lines: then(HENS, 'The Howard County code is at library.municode.com. Check with the zoning office about setbacks for the coop. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Howard County Zoning, 410-313-2393" : referral passes', lines: then(HENS, 'Call Howard County Department of Planning and Zoning at 410-313-2393 about the coop setbacks. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"talk to the folks at the USDA service center" (no contact): referral fails', lines: then(SOIL, 'farmers.gov has the programs. Talk to the folks at the USDA service center about cost share. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"pregunte en la oficina de extensión del condado" (no contact): referral fails', lines: thenEs('La información está en epa.gov/pesticide-worker-safety. También pregunte en la oficina de extensión del condado. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"llame a la oficina de extensión al 301-791-1304" : referral passes', lines: thenEs('Llame a la oficina de extensión del condado al 301-791-1304. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: the extension office named as the author of a fact sheet at a URL is a source, not a referral
  { name: '"The extension office\'s fact sheet at extension.umd.edu/hgic" : source, no referral', lines: then(SOIL, "The extension office's soil testing fact sheet is at extension.umd.edu/hgic. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // reading: "the extension office can test it" tells no one to contact it; the office without a way to reach it is no source
  { name: '"The extension office can test it." : no source, no referral', lines: then(SOIL, 'The extension office can test it. Does that help?'), exp: some({ referral: 'na', source: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: 'a book in the catalogue: source passes', lines: then(TOM, 'Our catalogue has Square Foot Gardening by Mel Bartholomew, which has a planting chart. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the USDA Plant Hardiness Zone Map at planthardiness.ars.usda.gov" : source passes', lines: then(TOM, 'Check your zone on the USDA Plant Hardiness Zone Map at planthardiness.ars.usda.gov. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"Plant after Mother\'s Day." only: source fails', lines: then(TOM, "Plant after Mother's Day, when nights are warm. Does that help?"), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"What zone are you in?" before the source: clarify passes', lines: [[0, 'p', 'when do i plant garlic'], [15, 'l', "Hi, I'm Jo at Ask Us. What zone are you in?"], [40, 'p', '7a'], [50, 'l', 'In 7a, October; see extension.umd.edu/hgic. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'when do i plant garlic'], [15, 'l', "Hi, I'm Jo at Ask Us. October, see extension.umd.edu/hgic. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"So you want to know what is eating the hostas, not how to treat them?" : clarify passes', lines: [[0, 'p', 'whats eating my hostas'], [15, 'l', 'Hi, Jo at Ask Us. So you want to know what is eating them, not how to treat it?'], [40, 'p', 'both'], [50, 'l', 'Likely slugs: extension.umd.edu/resource/slugs-and-snails. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like the fall planting list too?" after the source: completeness fails', lines: then(TOM, 'The HGIC calendar at extension.umd.edu/hgic says early May. Would you like the fall planting list too?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that what you needed for your garden?" : completeness passes', lines: then(TOM, 'The HGIC calendar at extension.umd.edu/hgic says early May. Is that what you needed for your garden?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Le sirve esta información?" : completeness passes', lines: thenEs('La información está en epa.gov/pesticide-worker-safety. ¿Le sirve esta información?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"that\'s all I need for the garden" : anything else passes', lines: [...TOM, [70, 'l', 'The HGIC calendar at extension.umd.edu/hgic says early May. Does that help?'], [100, 'p', "yes, that's all I need for the garden"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"great, thanks" : anything else fails', lines: [...TOM, [70, 'l', 'The HGIC calendar at extension.umd.edu/hgic says early May. Does that help?'], [100, 'p', 'great, thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"no more questions, ty" : anything else passes', lines: [...TOM, [70, 'l', 'The HGIC calendar at extension.umd.edu/hgic says early May. Does that help?'], [100, 'p', 'yep, no more questions, ty'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"we only answer one gardening question per chat" : dismissal fails', lines: [...TOM, [70, 'l', 'Early May: extension.umd.edu/hgic. Does that help?'], [100, 'p', 'yes, and when do i plant peppers?'], [110, 'l', 'Sorry, we only answer one gardening question per chat. Bye.']], exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting, please come back" : dismissal passes', lines: [...TOM, [70, 'l', 'Early May: extension.umd.edu/hgic. Does that help?'], [100, 'p', 'yes, and when do i plant peppers?'], [110, 'l', 'I have a few patrons waiting right now; please come back in a bit and we can look at peppers. Thanks!']], exp: some({ dismissal: 'pass' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll call the extension office and e-mail you by Thursday" with the e-mail repeated: contact passes', lines: [...SOIL, [70, 'l', "I'll check the lab's current turnaround and e-mail you by Thursday. What's your e-mail?"], [100, 'p', 'grower@example.com'], [110, 'l', 'Got it, grower@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'grower@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'follow-up by the patron\'s library, no contact known: code fails', lines: [...SOIL, [70, 'l', 'Your local branch will look into it and get back to you tomorrow. Thanks, bye!']], over: { ...FU_LIB }, exp: some({ code: 'fail', contact: 'fail' }) },
  // ---- more for the fixes, labelled before running ---------------------------------------------------------------------
  { name: '"bring a soil sample to the extension office, 301-600-1594" : referral passes', lines: then(SOIL, 'Bring a soil sample to the extension office, 301-600-1594, and they mail it to the lab. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Take the caterpillar to the plant clinic at the library" (no contact): referral fails', lines: then(SOIL, 'The HGIC page is at extension.umd.edu/hgic. Take the caterpillar to the plant clinic at the library on Tuesday. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Check with zoning before you build" (no contact): referral fails', lines: then(HENS, 'The code is at library.municode.com. Check with zoning before you build the coop. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"email town zoning at zoning@town.example.gov" : referral passes', lines: then(HENS, 'Email town zoning at zoning@town.example.gov about the coop. Does that help?'), exp: some({ referral: 'pass' }) },
  // (from thirty-third-round-lent-urls' LEFT, which it left when the Master Gardeners became a party)
  { name: '"The seed catalog is at rareseeds.com; your county Master Gardeners can tell you what grows here." : referral fails', lines: then(TOM, 'The seed catalog is at rareseeds.com; your county Master Gardeners can tell you what grows here. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Ask the Master Gardeners at the market table" (no contact): referral fails', lines: then(TOM, 'The HGIC calendar is at extension.umd.edu/hgic. Ask the Master Gardeners at the market table on Saturday if your seedlings look leggy. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"talk to a Master Gardener at the library\'s plant clinic, mg@example.org" : referral passes', lines: then(TOM, "Talk to a Master Gardener at the library's plant clinic, mg@example.org. Does that help?"), exp: some({ referral: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a sample carried by the provider, in a hypothetical, or to something that is no party
  { name: 'near miss: "I\'ll take the sample to the lab myself on Monday" : no referral', lines: then(SOIL, "The test costs $15 (extension.umd.edu/hgic). I'll take the sample to the lab myself on Monday. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Take the sample to a depth of 6 inches" : no referral', lines: then(SOIL, 'Take the sample to a depth of 6 inches, as the guide at extension.umd.edu/hgic shows. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "bring the leaves to the compost pile" : no referral', lines: then(SOIL, 'Bring the fallen leaves to the compost pile; the HGIC guide is at extension.umd.edu/hgic. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The lab will take your sample to the greenhouse" : no referral', lines: then(SOIL, 'The lab will take your sample to the greenhouse for a bioassay; see extension.umd.edu/hgic. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // zoning as a topic, the rules, or a page
  { name: 'near miss: "Ask about zoning when you apply at aacounty.org" : no referral', lines: then(HENS, 'Ask about zoning when you apply for the permit at aacounty.org/permits. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Check with zoning rules at library.municode.com first" : no referral', lines: then(HENS, 'Check with zoning rules at library.municode.com first. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the zoning map at aacounty.org/zoning" : no referral', lines: then(HENS, 'Visit the zoning map at aacounty.org/zoning to see your district. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Zoning allows hens on RC lots; the code is at library.municode.com" : no referral', lines: then(HENS, 'Zoning allows hens on RC lots; the code is at library.municode.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // the Master Gardeners' pages, guides and training, or said of what they did, no one told to contact them
  { name: 'near miss: "Visit the Master Gardener website at extension.umd.edu/mg" : a source, no referral', lines: then(TOM, 'Visit the Master Gardener website at extension.umd.edu/mg for the planting calendar. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Read the Master Gardener fact sheet at …" : no referral', lines: then(TOM, 'Read the Master Gardener fact sheet at extension.umd.edu/mg on hardening off. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The Master Gardeners wrote the guide at extension.umd.edu/hgic" : no referral', lines: then(TOM, 'The Master Gardeners wrote the guide at extension.umd.edu/hgic. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Sign up for the Master Gardener course at extension.umd.edu/mg" : no referral', lines: then(TOM, 'If you love this, sign up for the Master Gardener course at extension.umd.edu/mg. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // left until v62 (a hypothetical read as a referral since before v35); v62 AB13: "if you" before the verb, no contact in its
  // clause, is a condition
  { name: 'near miss: "If you take a sample to the clinic, label it" : no referral', lines: then(SOIL, 'If you take a sample to the clinic, label it with your address; the form is at extension.umd.edu/hgic. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "chat w/" (chat with) is no referring verb in any version; taking it as one would also read "chat with us" and
  // "chat w/ a librarian here" (this service): another reading than this block's party
  { name: '"chat w/ the master gardeners, theyre at askmg.example.org" : referral passes', lines: then(TOM, 'u can also chat w/ the master gardeners at askmg.example.org. does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: "puede llamar a la Sección de Regulación de Pesticidas del Departamento de Agricultura … al 410-…" is read as no
  // referral: "Sección" is no party word and the Departamento is six words past the verb; a Spanish party word for a
  // section would also read "vaya a la sección de Vegetales de la página" (a part of a web page): not widened here
  {
    name: 'Spanish, farm worker and pesticides: the EPA Worker Protection page in Spanish, the MDA pesticide section with phone',
    lines: [
      [0, 'p', 'hola buenas, trabajo en un vivero y rocian pesticidas cerca de nosotros, que derechos tengo'],
      [30, 'l', 'Hola, buenas tardes. Soy Rosa, bibliotecaria de AskUsNow!. ¿Usted trabaja en Maryland? ¿Le dan alguna capacitación sobre pesticidas en el trabajo?'],
      [80, 'p', 'si en maryland. no nos dan nada'],
      [100, 'l', 'La Norma de Protección al Trabajador de la EPA dice que el patrón debe darle capacitación cada año, equipo de protección y avisos antes de rociar. La información en español está en epa.gov/pesticide-worker-safety (busque "en español"). Si no cumplen, puede llamar a la Sección de Regulación de Pesticidas del Departamento de Agricultura de Maryland al 410-841-5710. ¿Le sirve esta información?'],
      [170, 'p', 'si, muchas gracias, es todo lo que necesitaba'],
      [178, 'l', '¡Con gusto! Cuídese mucho.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('thirty-fourth round (G1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fourth round (G1): gardens and farms, every check', whole);
describeSessions('thirty-fourth round (G1): gardens and farms, short cases', short);
describeSessions('thirty-fourth round (G1): gardens and farms, near misses of the changes', guards);

describeLeft('thirty-fourth-round-gardens', LEFT);
