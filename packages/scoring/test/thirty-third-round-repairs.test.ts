/**
 * Thirty-third round, area (Y2): HOME REPAIR, DIY AND VEHICLE REPAIR MANUALS. Repair manuals for a car, a motorcycle or a
 * mower (ChiltonLibrary, Haynes, the catalogue, with the library card), a leaking faucet or a furnace, a deck permit (the
 * county's permitting office), a contractor's licence (the Maryland Home Improvement Commission), lead paint and asbestos
 * in old houses, appliance manuals, how-to videos, tool lending libraries and makerspaces, energy rebates (the utility), a
 * landlord who won't fix something (tenant rights); homeowners, renters, hobby mechanics, retirees, tradespeople on a
 * phone at a job site, Spanish writers (info.source, referral.contact, inquiry.clarify, closing.*, interest.keep_informed).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "ask the service department at your Ford dealer", "call a
 *   licensed plumber", "contact your county's permit office before you build", "check with the parts counter at AutoZone",
 *   "contact the Attorney General's Consumer Protection Division", "llame a la oficina de permisos del condado",
 *   "have a licensed HVAC contractor look at it", "have an independent mechanic inspect it".
 *  a referral WITH one (passes): "call the MHIC at 410-230-6309", "Montgomery County DPS: 311 or 240-777-0311",
 *   "MDE's Lead Poisoning Prevention Program at 410-537-4199", "BGE at 800-685-0123", "llame al 240-777-0311",
 *   "stop by the Tool Library at the Northwest branch, 1234 Main St".
 *  a source, not a referral: "ChiltonLibrary on our databases page, log in with your card", "the MHIC licence search at
 *   labor.maryland.gov/pq", "epa.gov/lead", "manualslib.com", "the Home Improvement Reference Center database", the
 *   catalogue with a call number, "energystar.gov/rebate-finder".
 *  clarifying: "What's the make, model and year?", "Is it the 2.0 or the 2.5 engine?", "Which county is the house in?",
 *   "¿De qué año es?", "single handle or two?".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "call a licensed plumber", "have a licensed HVAC contractor look at it" tell the patron to contact a person outside
 *   the chat: referrals (as round 32's "talk to a financial advisor"), failing without a way to reach them;
 * - "Good luck with the brake job!" as the last message is a parting wish: a goodbye (as round 32's "Good luck with …");
 * - pointing to a licence search or a permit application site is a source, not a referral, even when the agency runs it;
 * - "stop by the Tool Library at the Northwest branch" tells the patron to visit a department of the provider's own
 *   library: a referral, passing with its street address;
 * - "Congratulations on both!" opening the provider's first message is no greeting (my first label was pass);
 * - "ask your contractor for …", "write to the contractor" (the other side of a dispute) stay no referral, as round 30's
 *   demand-letter LEFT case reads them.
 * Written: 26 whole sessions, 37 short cases (28 first, 9 more for the fixes), 15 near misses in `guards`. First run: 4 of
 * 81 tests failed: approachability.greeting 1 ("Congratulations on both! I'm Margaret…": my label, corrected to fail) and
 * referral.contact 3 (scorer errors, fixed in block Y2):
 *  - referralParty (phrase family, v34 only): a tradesperson to hire, after "a"/"an" or a word of qualification within
 *    three words: plumber, electrician, roofer, contractor, handyman, mechanic, locksmith, exterminator, technician,
 *    inspector, repairman ("You may want to call a licensed plumber", "ask a local mechanic to read them", "contact an
 *    accredited asbestos inspector", "def call a licensed electrician 4 that") [near misses: "Write to the contractor at the
 *    address on your contract", "Before you hire a contractor, check the license at …", "losses caused by a licensed
 *    contractor", "Find a plumber near you at angi.com", "ask your contractor for a copy of the permit", "ChiltonLibrary is
 *    written for a professional mechanic", "Go to labor.maryland.gov/pq to see whether a contractor is licensed"];
 *  - referralVerb (phrase family, v34 only): "have a/an … <tradesperson or professional> look at / inspect / check / come
 *    out" ("have a licensed HVAC contractor look at it", "have an independent mechanic inspect it", "have a certified lead
 *    inspector check the windows", "have a licensed plumber come out") [near misses: "Have a quick look at …", "Have a close
 *    look at the wiring diagram …", "I'll have a technician look at the printer", "the county will have an inspector check
 *    the footings"];
 *  - llamarNamedY2 (setting; classify.ts LLAMAR_VERB_Y2, LLAMAR_NAMED_Y2, read in checks/referral.ts beside v13's
 *    callNamedN7): Spanish "llame/llamar a" + an acronym or two capitalised words + a phone later in the sentence, a relative
 *    clause between them ("También puede llamar a CASA, que ayuda a inquilinos, al 301-431-4185", "llame a Legal Aid, que
 *    atiende gratis, al 1-888-…") [near misses: "Llamé a CASA, … y me dieron el 301-…", "La gente suele llamar a CASA, …",
 *    "CASA, que ayuda a inquilinos, tiene una guía en …", "Si el inspector llama a Usted, …"].
 * Left: none.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A car manual question up to the patron's answer to the make/model/year question. */
const CAR: Line[] = [
  [0, 'p', 'need a repair manual for my truck'],
  [20, 'l', "Hi, I'm Jo at Ask Us. What's the make, model and year?"],
  [50, 'p', '2011 ford f-150 5.0'],
];
/** A deck permit question up to the patron's answer. */
const DECK: Line[] = [
  [0, 'p', 'do i need a permit to build a deck'],
  [20, 'l', 'Hello, this is Sam, a librarian with AskUsNow!. Which county is the house in?'],
  [50, 'p', 'Montgomery county, Silver Spring'],
];
/** A renter's repair question up to the patron's answer. */
const RENT: Line[] = [
  [0, 'p', 'my landlord wont fix the heat, what can i do'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county do you rent in?'],
  [50, 'p', 'baltimore county'],
];
/** A Spanish permit question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito permiso para construir una cerca?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive?'],
  [50, 'p', 'en Montgomery'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a 2009 Civic brake job: ChiltonLibrary with the library card',
    lines: [
      [0, 'p', "Hi! I want to change the brake pads on my car myself, do you have repair manuals? I can't afford the shop right now."],
      [25, 'l', "Hi there! I'm Dana, a librarian with AskUsNow!. Good for you! What's the make, model and year of the car?"],
      [60, 'p', '2009 Honda Civic, the regular one not the Si'],
      [75, 'l', 'Perfect. ChiltonLibrary covers it: go to our e-resources page at aacpl.net/databases, choose ChiltonLibrary and log in with your library card number. Under Repair you will find Brakes, with the steps and torque specs. Does that cover what you need?'],
      [130, 'p', 'Yes!! that is exactly it'],
      [138, 'l', 'Great! Anything else I can help with today?'],
      [160, 'p', "no that's all, thank you so much"],
      [165, 'l', 'You are welcome, good luck with the brakes! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, a mower engine manual: the model number, then briggsandstratton.com',
    lines: [
      [0, 'p', 'manual for a briggs mower engine?'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Model number off the engine shroud?'],
      [60, 'p', '12H802'],
      [72, 'l', 'Free owner manuals by model number at briggsandstratton.com/na/en_us/manuals. That do it?'],
      [95, 'p', 'yep got it'],
      [100, 'l', 'Anything else?'],
      [115, 'p', 'nope'],
      [120, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'a contractor on a phone at a job site: the MHIC licence search, then the MHIC by phone for a complaint',
    lines: [
      [0, 'p', 'how do i check if a contractors license is real in md. homeowner asked me to verify my sub'],
      [30, 'l', 'Hello, this is Priya, a librarian at AskUsNow!. Is it a home improvement license (MHIC) or a trade license like plumbing or electrical?'],
      [75, 'p', 'mhic'],
      [90, 'l', "You can look any MHIC license up at labor.maryland.gov/pq, choose Home Improvement and search by name or number. If something looks wrong, call the Maryland Home Improvement Commission at 410-230-6309. Is that what you needed?"],
      [140, 'p', 'ya perfect, thats all i need, back to work'],
      [146, 'l', 'Thanks for chatting, stay safe out there!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "contact your county's Office of Housing" is a referral with no way to reach the office
    name: 'a renter with no heat: the People\'s Law Library, "contact the county\'s housing office": referral fails',
    lines: [
      [0, 'p', 'my landlord wont fix the heat its been 2 weeks and its freezing. what can i do'],
      [20, 'l', "Hi, I'm Jo at Ask Us, I'm sorry you're dealing with that. Which county do you rent in, and do you have a written lease?"],
      [70, 'p', 'baltimore county, yes i have a lease'],
      [85, 'l', "The People's Law Library explains rent escrow and repairs step by step at peoples-law.org/rent-escrow. You can also contact the county's Office of Housing to file a complaint. Does that help?"],
      [150, 'p', 'ok i will try that'],
      [160, 'l', 'Is there anything else I can help with?'],
      [190, 'p', 'no thank you'],
      [195, 'l', 'Stay warm, and thanks for using Ask Us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'deck permit in Montgomery County: DPS with phone and site',
    lines: [
      [0, 'p', 'Do I need a permit to build a deck behind my house?'],
      [20, 'l', 'Hello, this is Sam, a librarian with AskUsNow!. Which county is the house in? Permits are handled by each county.'],
      [50, 'p', 'Montgomery, in Silver Spring'],
      [62, 'l', 'Let me check the county rules, one moment.'],
      [150, 'l', "Most decks need one in Montgomery County: the rules and the application are at montgomerycountymd.gov/DPS. For questions about your lot, call the Department of Permitting Services at 311 or 240-777-0311. Is that what you were looking for?"],
      [200, 'p', "Yes that's great, that's everything I needed."],
      [208, 'l', 'Happy building, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'lead paint in a 1920s rowhouse, a long search with hold messages every 90 s: epa.gov and MDE by phone; "Congratulations" is no greeting',
    lines: [
      [0, 'p', "We just bought a 1920s rowhouse in Baltimore and we're expecting a baby. How worried should we be about lead paint, and how do we get it tested?"],
      [30, 'l', "Congratulations on both! I'm Margaret, a reference librarian with Ask a Librarian Maryland. Are you planning renovations, or just living in it as is for now?"],
      [80, 'p', 'We want to redo the kitchen in the spring'],
      [95, 'l', 'That matters for the rules. Let me look up the state program for you, one moment please.'],
      [185, 'l', 'Still searching, I found the federal rules and I am checking the Maryland ones now.'],
      [275, 'l', "Thanks for waiting. The EPA's guide for families, including renovation rules, is at epa.gov/lead. In Maryland, the Department of the Environment's Lead Poisoning Prevention Program can tell you about certified inspectors: call them at 410-537-4199. Does this answer your question?"],
      [340, 'p', 'Yes, very helpful, thank you'],
      [350, 'l', 'Is there anything else I can help you with today?'],
      [380, 'p', "No, that's all."],
      [385, 'l', 'Thank you for using Ask a Librarian, and best wishes with the baby!'],
    ],
    // my first label was greeting pass: "Congratulations on both!" is no greeting (hello, hi, welcome, thanks for contacting)
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
  {
    name: 'sloppy: a furnace manual, "let me look" then four minutes of silence: keep informed fails',
    lines: [
      [0, 'p', 'looking for the manual for a carrier furnace 58STA'],
      [20, 'l', 'Hi, Tom at Ask Us. let me look'],
      [260, 'l', 'Carrier has product manuals by model at carrier.com/residential/en/us/homeowner-resources. Did that help?'],
      [300, 'p', 'yes'],
      [305, 'l', 'Bye.'],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish: a 2012 Corolla manual, ChiltonLibrary on the library\'s page',
    lines: [
      [0, 'p', 'Hola, busco un manual de reparación para mi carro, un Toyota Corolla'],
      [25, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. ¿De qué año es su Corolla?'],
      [60, 'p', '2012'],
      [75, 'l', 'Puede usar ChiltonLibrary gratis con su tarjeta de la biblioteca: entre a mcpl.montgomerycountymd.gov/databases y busque ChiltonLibrary. Ahí está el 2012 Corolla. ¿Le sirve esta información?'],
      [130, 'p', 'Sí, gracias, es todo lo que necesitaba'],
      [138, 'l', 'Gracias por usar AskUsNow!. ¡Que le vaya bien!'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron vanishes after the answer: a Kenmore dryer manual, check-in and disconnect notice',
    lines: [
      [0, 'p', 'hi i need the manual for a kenmore dryer'],
      [20, 'l', "Hi! I'm Kai, a student assistant with the AskUsNow! chat. Do you have the model number? It's usually inside the door."],
      [70, 'p', '110.62822101'],
      [85, 'l', "Sears PartsDirect has manuals by model number at searspartsdirect.com, just type 110.62822101 in the search box. Did that help?"],
      [215, 'l', 'Are you still there?'],
      [310, 'l', "It looks like you've been disconnected, so I'll close this chat now. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'sloppy: the patron goes quiet after a faucet answer, the provider never checks in',
    lines: [
      [0, 'p', 'how do i fix a dripping kitchen faucet'],
      [30, 'l', 'Hello, this is Ben at Ask Us. Is it a single-handle faucet or one with two handles?'],
      [70, 'p', 'single handle moen'],
      [90, 'l', 'Moen has step-by-step cartridge replacement videos at moen.com/customer-support. Our Home Improvement Reference Center database also has faucet repair guides.'],
    ],
    over: { endAfter: 400 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: "have a licensed HVAC contractor look at it" tells the patron to contact a person: a referral without contact
    name: 'a furnace that won\'t light: BGE\'s gas emergency line, "have a licensed HVAC contractor look at it": referral fails',
    lines: [
      [0, 'p', "Our gas furnace won't light and the house is getting cold. Is there a guide to fix it?"],
      [25, 'l', "Hi, I'm Chris, a librarian at Harford County Public Library. Do you smell gas at all?"],
      [60, 'p', 'No, no smell, it just clicks'],
      [80, 'l', "Good. Gas repairs are not something to do yourself, so please have a licensed HVAC contractor look at it. If you ever smell gas, leave the house and call BGE's gas emergency line at 800-685-0123. Does that help?"],
      [130, 'p', 'ok thanks'],
      [140, 'l', 'Anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Stay warm, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'energy rebates for a heat pump: energystar.gov\'s rebate finder and the utility\'s page',
    lines: [
      [0, 'p', 'Are there any rebates for replacing my old oil furnace with a heat pump?'],
      [30, 'l', 'Good afternoon! This is Anne, a librarian at Frederick County Public Libraries. Who is your electric company?'],
      [70, 'p', 'Potomac Edison'],
      [85, 'l', "Energy Star's rebate finder at energystar.gov/rebate-finder lists your utility's offers by ZIP code, and Potomac Edison's EmPOWER Maryland rebates are at energysavemd.com. There are also federal tax credits explained at energy.gov/save. Is this what you were looking for?"],
      [150, 'p', 'Yes, thank you, that is all I needed.'],
      [156, 'l', 'My pleasure. Thanks for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a Whirlpool dishwasher error code: manualslib.com and the owner page',
    lines: [
      [0, 'p', 'Good evening madam/sir, kindly help, my Whirlpool dishwasher is showing F9E1 error. Where I can get the manual?'],
      [30, 'l', "Good evening! I'm Neha, a librarian with Ask Us. Could you tell me the model number? It is printed on the edge of the door."],
      [90, 'p', 'WDF520PADM7'],
      [105, 'l', 'Thank you. The manual for WDF520PADM7 is free at whirlpool.com/owners (enter the model number), and manualslib.com also has it. F9E1 usually means a drain problem. Does this answer your query?'],
      [170, 'p', 'Yes, thank you so much. That is all.'],
      [175, 'l', 'You are welcome, have a good evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'tool lending: the Tool Library at the Northwest branch, with the street address and hours',
    lines: [
      [0, 'p', 'hey does the library lend out tools? need a tile saw for one weekend'],
      [20, 'l', "Hi! I'm Jess with the Sample County Library chat. Do you have a Sample County library card?"],
      [45, 'p', 'yes'],
      [60, 'l', "Then yes! Stop by the Tool Library at the Northwest branch, 1234 Main St, Tuesdays and Saturdays 10-4. The list of tools is at samplelibrary.org/tools, and there is a wet tile saw on it. Does that help?"],
      [100, 'p', 'awesome thanks'],
      [105, 'l', 'Anything else?'],
      [120, 'p', "nope that's it"],
      [124, 'l', 'Have fun tiling, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a makerspace for a broken dryer knob: book the 3D printer at the library\'s makerspace page',
    lines: [
      [0, 'p', 'Can I 3D print a replacement knob for my dryer at the library?'],
      [30, 'l', "Hi, I'm Alex from AskUsNow!. Do you already have a model file, or would you need help designing it?"],
      [70, 'p', 'I found one on Thingiverse'],
      [85, 'l', 'Great. Our Central Library Makerspace prints in PLA; book a printer and the orientation at samplelibrary.org/makerspace. Did that answer your question?'],
      [130, 'p', 'yes thanks'],
      [138, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no thats everything'],
      [164, 'l', 'Happy making, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a retiree, a running toilet: the Home Improvement Reference Center database and a call number',
    lines: [
      [0, 'p', 'Hello dear, my toilet keeps running all night. Is there a book that shows how to fix it? I am 78 but handy.'],
      [35, 'l', "Hello! This is Ruth, a librarian at Carroll County Public Library. Does it run constantly, or refill every so often on its own?"],
      [90, 'p', 'It refills by itself every half hour or so'],
      [105, 'l', "That's usually the flapper. Black & Decker's The Complete Guide to Plumbing has clear pictures, on the shelf at 696.1 BLA. Online, our Home Improvement Reference Center database has a step-by-step on flappers. Does that help?"],
      [170, 'p', 'Oh yes, thank you. I will come get the book.'],
      [180, 'l', 'Wonderful. Anything else today?'],
      [200, 'p', 'No that is all dear'],
      [205, 'l', 'Take care, and thank you for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian English, asbestos in 1950s floor tiles: epa.gov/asbestos and MDE\'s Asbestos Division by phone',
    lines: [
      [0, 'p', "G'day, reckon the old lino tiles in our 1950s kitchen might have asbestos. We're in Maryland now. Who tests it?"],
      [40, 'l', "Hi there, Sam from Ask a Librarian here. Are you planning to pull the tiles up, or just checking?"],
      [80, 'p', 'pull them up, reno next month'],
      [95, 'l', "Best not to disturb them until they're tested. The EPA explains it at epa.gov/asbestos, and MDE's Asbestos Division can tell you about accredited inspectors: ring them on 410-537-3200. Did that help?"],
      [150, 'p', 'Too easy, ta'],
      [160, 'l', 'Anything else I can help with?'],
      [180, 'p', "Nah that's the lot, cheers"],
      [185, 'l', 'No worries, good luck with the reno!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'scripted macros, a Sportster manual: the catalogue with a call number after a hold',
    lines: [
      [0, 'p', 'do u have haynes manual for 2007 harley sportster 883'],
      [15, 'l', 'Welcome to AskUsNow! My name is Kim and I am a librarian. How can I help you today?'],
      [25, 'l', 'Is it the 883 Custom or the 883 Low?'],
      [60, 'p', 'low'],
      [70, 'l', 'Let me check our catalog, please hold.'],
      [150, 'l', 'We have Haynes Harley-Davidson Sportster 2004 thru 2021 (call number 629.28775 HAR) at Central, available now, in our catalog at catalog.prattlibrary.org. Does this completely answer your question?'],
      [190, 'p', 'yes'],
      [195, 'l', 'Is there anything else I can help you with today?'],
      [210, 'p', 'no'],
      [215, 'l', 'Thank you for using AskUsNow!. Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'transfer to the branch\'s Tool Library staff with a note and a notice: a pressure washer',
    lines: [
      [0, 'p', 'hi can i borrow a pressure washer from the library'],
      [20, 'l', 'Hello, Jo at Ask Us here. Which branch do you usually use?'],
      [50, 'p', 'northwest'],
      [56, 'l', "I'm transferring you to Rosa, who runs the Northwest Tool Library, one moment."],
      [59, 'i', 'pt wants a pressure washer from the NW tool library, availability q'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [90, 'l', 'Hi, Rosa from the Northwest Tool Library here. We have two pressure washers; you can reserve one at samplelibrary.org/tools. Does that help?', ROSA],
      [130, 'p', 'yes thanks, thats all'],
      [135, 'l', 'Great, have a nice day, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a 1978 Ford tractor manual not online: e-mailed by Friday, address repeated, coded Follow-up by me',
    lines: [
      [0, 'p', "I'm restoring a 1978 Ford 3600 tractor and can't find a shop manual anywhere. Can the library help?"],
      [30, 'l', "Hello, I'm Greg, a librarian at Washington County Free Library. Do you need the full shop manual or just the engine section?"],
      [70, 'p', 'Full shop manual ideally'],
      [80, 'l', 'Let me search WorldCat for libraries that own it, one moment.'],
      [170, 'l', "WorldCat at worldcat.org shows two libraries with the Ford 2000-7000 series shop manual. I'd like to check whether they lend it. I can e-mail you what I find by Friday. What's your e-mail?"],
      [210, 'p', 'hank.t@example.com'],
      [220, 'l', 'Thanks, hank.t@example.com. Anything else for now?'],
      [240, 'p', "no that's all"],
      [245, 'l', "Talk to you by Friday, bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Hank', email: 'hank.t@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'sloppy follow-up: "I\'ll e-mail you a list" with no time, coded Answered: code and contact fail',
    lines: [
      [0, 'p', 'need a list of licensed electricians in frederick'],
      [30, 'l', 'Hi, this is Tom at Ask Us. Residential work?'],
      [60, 'p', 'yes'],
      [75, 'l', "The state's licence search is at labor.maryland.gov/pq. I'll e-mail you a list of ones near you. What's your e-mail?"],
      [110, 'p', 'lee.w@example.com'],
      [118, 'l', 'Got it, lee.w@example.com. Bye.'],
    ],
    over: { patron: { name: null, email: 'lee.w@example.com', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'dismissal: a second car question, "that\'s the limit of one question per chat"',
    lines: [
      [0, 'p', 'where do i find the torque specs for a 2015 jeep wrangler lug nuts'],
      [20, 'l', "Hi, I'm Pat at Ask Us. Is it the 2-door or the Unlimited?"],
      [45, 'p', 'unlimited'],
      [60, 'l', 'ChiltonLibrary on our databases page has it under Wheels. Did that help?'],
      [90, 'p', 'yes. also how do i reset the oil light?'],
      [100, 'l', "Sorry, that's the limit of one question per chat. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'bilingual, mould a landlord won\'t fix: CASA\'s tenant line and the county\'s page',
    lines: [
      [0, 'p', 'hola, hay moho en el baño de mi apartamento y el dueño no hace nada. what can I do'],
      [25, 'l', 'Hola, soy Marta, bibliotecaria de AskUsNow!. ¿Prefiere que sigamos en español? ¿En qué condado vive?'],
      [60, 'p', 'sí español, Prince George’s'],
      [80, 'l', 'El condado explica cómo poner una queja de vivienda en princegeorgescountymd.gov/dpie. También puede llamar a CASA, que ayuda a inquilinos, al 301-431-4185. ¿Esto responde a su pregunta?'],
      [140, 'p', 'sí, gracias, es todo'],
      [145, 'l', '¡De nada, que le vaya bien!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Lost Call: the patron leaves after the question, check-in and disconnect notice',
    lines: [
      [0, 'p', 'my water heater is leaking from the bottom what do i do'],
      [20, 'l', "Hello, welcome to AskUsNow!, I'm Jo, a librarian."],
      [150, 'l', 'Are you still there?'],
      [240, 'l', "It looks like you've been disconnected, so I'll close this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'slow pickup, no name: a screen-door repair video',
    lines: [
      [0, 'p', 'any videos on fixing a sliding screen door'],
      [95, 'l', 'hi'],
      [100, 'l', 'which kind, the wheels or the screen itself?'],
      [130, 'p', 'the wheels, it sticks'],
      [145, 'l', "This Old House has a video on replacing screen door rollers at thisoldhouse.com/doors. Does that help?"],
      [175, 'p', 'yes ty'],
      [180, 'l', 'bye'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' }),
  },
  {
    name: 'an electrician on a job site: NFPA 70 free access, "check with your county\'s electrical inspector": referral fails',
    lines: [
      [0, 'p', 'need 2020 NEC 210.8 text quick on site'],
      [15, 'l', 'Hi, Ray at Ask Us. Which edition does your county enforce, do you know?'],
      [40, 'p', '2020'],
      [55, 'l', "NFPA gives free read-only access to NFPA 70 at nfpa.org/70 (free account). For how your county applies 210.8, check with your county's electrical inspector. That work?"],
      [80, 'p', 'yup thats all'],
      [85, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"ask the service department at your Ford dealer" : referral fails', lines: then(CAR, 'ChiltonLibrary on our databases page covers it; for recalls, ask the service department at your Ford dealer. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call Ford\'s customer line at 1-800-392-3673" : referral passes', lines: then(CAR, 'ChiltonLibrary on our databases page covers it; for recalls, call Ford customer relations at 1-800-392-3673. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"check with the parts counter at AutoZone" : referral fails', lines: then(CAR, 'ChiltonLibrary on our databases page covers it; check with the parts counter at AutoZone about the loaner tool. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You may want to call a licensed plumber" : referral fails', lines: then(RENT, "The People's Law Library explains repairs at peoples-law.org. If it's the boiler, you may want to call a licensed plumber. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Contact your county\'s permit office before you build" : referral fails', lines: then(DECK, 'The county rules are at montgomerycountymd.gov/DPS. Contact your county permit office before you build. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call DPS at 240-777-0311" : referral passes', lines: then(DECK, 'The county rules are at montgomerycountymd.gov/DPS. Call the Department of Permitting Services at 240-777-0311 with lot questions. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"look the licence up at labor.maryland.gov/pq" : a source, no referral', lines: then(DECK, 'Before you hire a deck builder, look up their MHIC license at labor.maryland.gov/pq. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call BGE at 800-685-0123 about rebates" : referral passes', lines: then(RENT, 'Rebates are listed at energystar.gov/rebate-finder; call BGE at 800-685-0123 about their programs. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact the Attorney General\'s Consumer Protection Division" : referral fails', lines: then(RENT, "The People's Law Library explains rent escrow at peoples-law.org. Contact the Attorney General's Consumer Protection Division if the landlord retaliates. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "llame a la oficina de permisos del condado" (no contact): referral fails', lines: thenEs('Las reglas están en montgomerycountymd.gov/DPS. Llame a la oficina de permisos del condado antes de construir. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'Spanish: "llame al Departamento de Permisos al 240-777-0311" : referral passes', lines: thenEs('Las reglas están en montgomerycountymd.gov/DPS. Llame al Departamento de Permisos al 240-777-0311. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"ChiltonLibrary, log in with your card" (named database, no URL): a source', lines: then(CAR, 'ChiltonLibrary has the F-150; log in with your library card. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"an auto parts store might have one" (no way to reach): no source', lines: then(CAR, 'An auto parts store might have one. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"the Home Improvement Reference Center database" : a source', lines: then(RENT, 'Our Home Improvement Reference Center database has guides on space heaters in the meantime. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'a Haynes manual with a call number: a source', lines: then(CAR, 'We have the Haynes Ford F-150 2011 thru 2017 manual at 629.2872 HAY. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Is it the 2.0 or the 2.5 engine?" before the source: clarify passes', lines: [[0, 'p', 'timing belt diagram nissan altima 2004'], [15, 'l', "Hi, I'm Jo at Ask Us. Is it the 2.5 or the 3.5 engine?"], [40, 'p', '2.5'], [50, 'l', 'ChiltonLibrary on our databases page has the 2.5 timing chain diagram (it has a chain, not a belt). Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'timing belt diagram nissan altima 2004'], [15, 'l', "Hi, I'm Jo at Ask Us. ChiltonLibrary on our databases page has Altima diagrams. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"So you need the wiring diagram for the 2011, right?" : clarify passes', lines: [[0, 'p', 'wiring for my f150 trailer plug'], [15, 'l', "Hi, Jo at Ask Us. So you need the trailer wiring diagram for your F-150, which year?"], [40, 'p', '2011'], [50, 'l', 'ChiltonLibrary has it under Wiring Diagrams. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Want me to send you the link by e-mail?" after the source: completeness fails', lines: then(CAR, 'ChiltonLibrary on our databases page covers it. Want me to send you the link by e-mail?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that cover what you need for the brake job?" : completeness passes', lines: then(CAR, 'ChiltonLibrary on our databases page covers it. Does that cover what you need for the brake job?'), exp: some({ complete: 'pass' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: '"still looking in Chilton…" every 100 s: keep informed passes', lines: [...CAR, [60, 'l', 'Checking ChiltonLibrary now...'], [160, 'l', 'Still looking, the 5.0 section is big.'], [260, 'l', 'Found it: ChiltonLibrary, Engine Mechanical, 5.0L. Does that help?'], [290, 'p', 'yes thanks'], [295, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: 'a hold, then 150 s of silence: keep informed fails', lines: [...CAR, [60, 'l', 'One moment while I check.'], [210, 'l', 'ChiltonLibrary has it under Engine Mechanical. Does that help?'], [240, 'p', 'yes thanks'], [245, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"that\'s all I need, gotta get back to work" : anything else passes', lines: [...CAR, [70, 'l', 'ChiltonLibrary on our databases page covers it. Does that help?'], [100, 'p', "yep that's all I need, gotta get back to work"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"cool thx" : anything else fails', lines: [...CAR, [70, 'l', 'ChiltonLibrary on our databases page covers it. Does that help?'], [100, 'p', 'cool thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- goodbyes and dismissal ------------------------------------------------------------------------------------------
  { name: '"Good luck with the brake job!" last: courteous passes', lines: [...CAR, [70, 'l', 'ChiltonLibrary on our databases page covers it. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Good luck with the brake job!']], exp: some({ courteous: 'pass' }) },
  { name: '"My shift is over, closing the chat." : dismissal fails', lines: [...CAR, [70, 'l', 'ChiltonLibrary on our databases page covers it. Does that help?'], [100, 'p', 'and the oil capacity?'], [110, 'l', 'My shift is over, so I am closing the chat now.']], exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting, please come back" : dismissal passes', lines: [...CAR, [70, 'l', 'ChiltonLibrary on our databases page covers it. Does that help?'], [100, 'p', 'and the oil capacity?'], [110, 'l', 'I have several patrons waiting right now; please come back later and we can look that up. Thank you!']], exp: some({ dismissal: 'pass' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you the scan by Thursday" with the address repeated: contact passes', lines: [...CAR, [70, 'l', "Our print copy is at another branch; I'll e-mail you a scan of the wiring page by Thursday. What's your e-mail?"], [100, 'p', 'fordguy@example.com'], [110, 'l', 'Got it, fordguy@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'fordguy@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- more for the fixes: a tradesperson to hire (referralParty) ----------------------------------------------------
  { name: '"Ask a local mechanic to check the codes" : referral fails', lines: then(CAR, 'ChiltonLibrary on our databases page has the codes; ask a local mechanic to read them if the light stays on. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"contact an accredited asbestos inspector before you demo" : referral fails', lines: then(DECK, 'The county rules are at montgomerycountymd.gov/DPS. If the old deck has asbestos siding near it, contact an accredited asbestos inspector before you demo. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'chat-speak "def call a licensed electrician 4 that" : referral fails', lines: then(RENT, 'ok so the rights part is at peoples-law.org. for the sparking outlet tho def call a licensed electrician 4 that. does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"speak to a qualified locksmith, the Locksmith Guild lists them at …" : referral passes', lines: then(RENT, "Tenants' rights are at peoples-law.org. To change the lock, speak to a qualified locksmith: the Maryland Locksmith Guild lists members at mdlocksmiths.org. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- more for the fixes: "have <a tradesperson> look at it" (referralVerb) --------------------------------------------
  { name: '"have an independent mechanic inspect it before you buy" : referral fails', lines: then(CAR, 'Consumer Reports in our databases rates the F-150 by year; have an independent mechanic inspect it before you buy. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Best to have a certified lead inspector check the windows" : referral fails', lines: then(RENT, 'Lead rules for rentals are at mde.maryland.gov/lead. Best to have a certified lead inspector check the windows before anyone sands them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"have a licensed plumber come out; the MHIC list is at labor.maryland.gov/pq" : referral passes', lines: then(RENT, 'Rent escrow is explained at peoples-law.org. If the landlord agrees, have a licensed plumber come out; check the plumber at labor.maryland.gov/pq. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- more for the fixes: Spanish "llamar a <Name>, que …, al <phone>" (llamarNamedY2) ----------------------------------
  { name: 'Spanish: "Llame a Legal Aid, que atiende gratis, al 1-888-465-2468" : referral passes', lines: thenEs('Las reglas están en montgomerycountymd.gov/DPS. Si el vecino se queja, llame a Legal Aid, que atiende gratis, al 1-888-465-2468. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "puede llamar a la DPS, la oficina que da los permisos, al 240-777-0311" : referral passes', lines: thenEs('Las reglas están en montgomerycountymd.gov/DPS. Si tiene dudas, puede llamar a DPS, que revisa los planos, al 240-777-0311. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a tradesperson named, but not one the patron is told to contact (the other side of a dispute, a subject, a site to search)
  { name: 'near miss: "Write to the contractor at the address on your contract" (the other side of a dispute): no referral', lines: then(RENT, "The People's Law Library has a sample demand letter at peoples-law.org. Write to the contractor at the address on your contract. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Before you hire a contractor, check the license at labor.maryland.gov/pq" : a source, no referral', lines: then(DECK, 'Before you hire a contractor, check the license at labor.maryland.gov/pq. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The Guaranty Fund repays losses caused by a licensed contractor" : no referral', lines: then(DECK, 'The Guaranty Fund repays losses caused by a licensed contractor; the rules are at labor.maryland.gov/mhic. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Find a plumber near you at angi.com" : a site to search, no referral', lines: then(RENT, 'Find a plumber near you at angi.com, and keep the receipts for rent escrow. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "ask your contractor for a copy of the permit" : no referral (round 30\'s demand-letter reading)', lines: then(DECK, 'The county permit search is at montgomerycountymd.gov/DPS; ask your contractor for a copy of the permit. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "ChiltonLibrary is written for a professional mechanic" : no referral', lines: then(CAR, 'ChiltonLibrary is written for a professional mechanic, but the photos make it easy to follow. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Go to labor.maryland.gov/pq to see whether a contractor is licensed" : a source, no referral', lines: then(DECK, 'Go to labor.maryland.gov/pq to see whether a contractor is licensed. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // "have … look at" with no one the patron is to contact
  { name: 'near miss: "Have a quick look at labor.maryland.gov/pq" : a source, no referral', lines: then(DECK, 'Have a quick look at labor.maryland.gov/pq before you sign anything. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "I\'ll have a technician look at the printer" (staff on the patron\'s behalf): no referral', lines: then(CAR, "ChiltonLibrary on our databases page covers it. The print came out blank? I'll have a technician look at the printer. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The county will have an inspector check the footings" (what the county does): no referral', lines: then(DECK, 'The steps are at montgomerycountymd.gov/DPS. After you dig, the county will have an inspector check the footings. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Have a close look at the wiring diagram in ChiltonLibrary" : a source, no referral', lines: then(CAR, 'Have a close look at the wiring diagram in ChiltonLibrary before you splice anything. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // Spanish calling verbs and a capitalised name, no patron told to call
  { name: 'near miss (Spanish): "Llamé a CASA, que ayuda a inquilinos, y me dieron el 301-431-4185" (the provider\'s call): no referral', lines: thenEs('Llamé a CASA, que ayuda a inquilinos, y me dieron el 301-431-4185 para su caso; las reglas están en montgomerycountymd.gov/DPS. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss (Spanish): "La gente suele llamar a CASA, que …, al 301-431-4185" (what people do): no referral', lines: thenEs('La gente suele llamar a CASA, que ayuda a inquilinos, al 301-431-4185; las reglas están en montgomerycountymd.gov/DPS. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss (Spanish): "CASA, que ayuda a inquilinos, tiene una guía en wearecasa.org" (no calling verb): a source, no referral', lines: thenEs('CASA, que ayuda a inquilinos, tiene una guía en wearecasa.org/recursos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss (Spanish): "Si le llama a Usted el inspector, …" (the patron is called): no referral', lines: thenEs('Las reglas están en montgomerycountymd.gov/DPS. Si el inspector llama a Usted, que es el dueño, será del 240-777-0311. ¿Le sirve?'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-third round (Y2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Y2): repairs, every check', whole);
describeSessions('thirty-third round (Y2): repairs, short cases', short);
describeSessions('thirty-third round (Y2): repairs, near misses of the changes', guards);

describeLeft('thirty-third-round-repairs', LEFT);
