/**
 * Thirty-first round, area (Q2): ENVIRONMENT AND NATURE. Identifying a bird, snake or plant from a description, injured
 * wildlife (rehabilitators, the DNR), recycling and household hazardous waste, invasive plants, composting, a neighbour's
 * burning or a polluted stream (MDE), mould and radon, weather history, tide tables, nature programs and trails, citizen
 * science (eBird, iNaturalist); patrons: children and their parents, retirees, worried homeowners, some sending a
 * description in pieces (referral.contact, info.source, inquiry.clarify, interest.keep_informed, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "call animal control", "take it to a wildlife
 *   rehabilitator", "report it to the DNR", "take a sample to your county extension office", "ring the council",
 *   "ask a park ranger when you get there", "llame al control de animales".
 *  a referral WITH one (passes): "call the DNR's wildlife hotline at 1-877-463-6497", "MDE's Air and Radiation
 *   Administration at 410-537-3220", "Bring it to the Alpha Ridge Landfill, 2350 Marriottsville Road", "Poison Control at
 *   1-800-222-1222", "the Home & Garden Information Center at extension.umd.edu/hgic".
 *  a source, not a referral: "the Sibley Guide to Birds (598.097 SIB)", "allaboutbirds.org", "ebird.org", "report it
 *   online at mde.maryland.gov/…", "tidesandcurrents.noaa.gov", "Climate Data Online at ncei.noaa.gov/cdo-web".
 *  no source: an app or agency named with no way to reach it ("try the Merlin app", "PictureThis").
 *  clarifying: "what colour was it, and about how big?", "any pattern on its back?", "which county are you in?".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - an app named without a URL or store link is "an organisation or app named without a way to reach it": no source;
 * - a field guide named by title is a named resource (a guide, a book): a source;
 * - "Does that sound like your bird?" after the identification asks whether the information given meets the need;
 * - "Happy birding!", "Happy hiking!" as the last message are parting wishes: goodbyes (as the model's "Safe travels!");
 * - telling the patron to report to an agency ("report it to the DNR") is telling them to contact it: a referral.
 * - the county's own site in the same sentence as "bring it to the county drop-off center" is a way to reach the county's
 *   centre (as M3's "the agency's own domain").
 * Written: 31 whole sessions (27 first, 4 more for the fixes; 1 of them in LEFT), 22 short cases, 10 near misses in `guards`
 * (labelled before running). First run (27 whole, 22 short): 3 of 77 tests failed, all on referral.contact, all scorer
 * errors: "take it to a wildlife rehabilitator" (no referral read: the party unknown), "bring them to the Alpha Ridge
 * Landfill, 2350 Marriottsville Road" (no referral read: neither "bring … to" nor the landfill), and the Spanish "Lleve la TV
 * al … Center, 3500 Brown Station Road" (left). The fix sessions' first run: 1 more referral.contact, my label ("bring it to
 * the county drop-off center, the rules are at baltimorecountymd.gov/…": the county's own site reaches it; now pass).
 * Fixed in block Q2 (phrase families, v32 only; no setting needed):
 *  - referralParty: the parties of wildlife and waste: (wildlife) rehabilitators, rehabbers, vets (not the verb "vet it /
 *    the …"), veterinarians, landfills, transfer stations, not before "'s site / page / map / list / schedule" ("take it to a
 *    wildlife rehabilitator", "please contact a wildlife rehabilitator today", "kindly take it to an avian vet") [near misses:
 *    "Wildlife rehabilitators are licensed by the DNR", "Visit the landfill's page at …", "We vet every site on our list",
 *    "See the Cornell vet school page", "rehabbers r volunteers", "Garbology … follows our trash to the landfill"];
 *  - referralVerb: "bring … to" such a party or a drop-off / recycling / convenience / collection centre, told to the patron
 *    (at a clause's start or after a modal, "you", "just", "please") ("Oil paint and motor oil: bring them to the Alpha Ridge
 *    Landfill, 2350 …", "Bring them to the Millersville Landfill …, 389 Burns Crossing Road", "u can just bring it to the
 *    county drop-off center") [near misses: "The county trucks bring it to the Alpha Ridge Landfill", "Most people bring their
 *    yard waste to the landfill's compost site", "Bring the kids to the nature center's Saturday walk", "Bring a copy of the
 *    landfill schedule … with you"].
 * Left: 1 (the Spanish "Lleve la TV al … Center": no Spanish "llevar a" referral verb; a widening without its own near misses).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all, xferToRosa } from './helpers';

/** A bird question up to the patron's answer to the clarifying question. */
const BIRD: Line[] = [
  [0, 'p', 'hi there is a bird at our feeder we cant identify'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! What colour is it, and about how big?"],
  [50, 'p', 'sparrow size, bright red with a black face'],
];
/** A snake question up to the patron's answer. */
const SNAKE: Line[] = [
  [0, 'p', 'there is a snake in my garage, is it dangerous?'],
  [20, 'l', 'Hello! This is Jo at Sample County Library. Which county are you in, and what does it look like?'],
  [50, 'p', 'anne arundel. black, shiny, about 4 feet'],
];
/** A stream / waste question up to the patron's answer. */
const STREAM: Line[] = [
  [0, 'p', 'the creek behind my house has a weird foam and smells like sewage'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county, and is it still happening now?'],
  [50, 'p', 'howard county, yes right now'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm, a child and a parent, a red bird with a black face: the Sibley Guide in the catalogue and allaboutbirds.org',
    lines: [
      [0, 'p', 'Hi! My daughter (she is 7) wants to know what bird is at our feeder. She is typing with me.'],
      [25, 'l', "Hello to you both! I'm Maggie, a children's librarian with Ask a Librarian at Carroll County Public Library. I love bird questions! What colour is it, and is it about the size of a sparrow or a robin?"],
      [70, 'p', 'its red all over with a pointy head and a black face!! - Lily'],
      [80, 'l', 'Ooh, that sounds like a Northern Cardinal, a male one. Let me find you a picture.'],
      [140, 'l', "Here it is: allaboutbirds.org/guide/Northern_Cardinal has photos and its song. We also have The Sibley Guide to Birds at every branch (call number 598.097 SIB) and a kids' one, National Geographic Kids Bird Guide of North America. Does that sound like your bird?"],
      [200, 'p', 'YES thats him!! thank you'],
      [210, 'l', 'Yay! Is there anything else I can help you two with today?'],
      [240, 'p', 'no thats all, bye!'],
      [246, 'l', 'Bye Lily! Happy birding, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // reading: "call animal control" tells the patron to contact an agency with no way to reach it
    name: 'worried homeowner, a black snake in the garage: the DNR snake page, "call animal control if you want it out": referral fails',
    lines: [
      [0, 'p', 'There is a snake in my garage!! is it poisonous??'],
      [15, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. I'll help you figure it out. Can you tell me what it looks like: colour, pattern, about how long?"],
      [40, 'p', 'black and shiny'],
      [48, 'p', 'maybe 4 or 5 feet, white chin'],
      [55, 'p', 'we are in Anne Arundel'],
      [75, 'l', "Thank you. That sounds like an Eastern Ratsnake (black rat snake), which is harmless and eats mice. The Maryland DNR's snake guide has photos: dnr.maryland.gov/wildlife/Pages/plants_wildlife/herps/Snakes.aspx. If you want it out of the garage, call animal control. Does that help?"],
      [130, 'p', 'ok that makes me feel better. thank you'],
      [138, 'l', 'You are welcome, have a good evening!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'a fallen baby bird, a retiree: the DNR wildlife hotline with its phone, "when to help" page: referral passes',
    lines: [
      [0, 'p', 'Good morning. There is a baby bird on my lawn with few feathers. Should I put it back in the nest?'],
      [30, 'l', 'Good morning, and thank you for contacting AskUsNow! I am Elaine, a librarian at Howard County Library System. Can you see the nest, and is the bird hurt?'],
      [75, 'p', 'The nest is in the hedge. It does not seem hurt.'],
      [90, 'l', "Then yes, it is fine to put it back; the parents will not reject it because you touched it. The DNR's page on orphaned wildlife explains when to help: dnr.maryland.gov/wildlife/Pages/Orphaned-Wildlife.aspx. If it is injured or the parents don't return in a few hours, call the DNR's wildlife hotline at 1-877-463-6497 and they will put you in touch with a licensed rehabilitator. Does this answer your question?"],
      [160, 'p', 'Yes, thank you. That is all I needed.'],
      [168, 'l', 'You are most welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, paint and old motor oil: the landfill\'s HHW day with its address: referral passes',
    lines: [
      [0, 'p', 'where do i dump old paint and motor oil'],
      [12, 'l', 'Hi, Ray at Ask Us, Howard County Library. Latex or oil-based paint?'],
      [35, 'p', 'both'],
      [45, 'l', 'Latex can go in the trash once dried out. Oil paint and motor oil: bring them to the Alpha Ridge Landfill, 2350 Marriottsville Road, on a hazardous waste Saturday. Dates at howardcountymd.gov/hhw. That what you need?'],
      [80, 'p', 'yep'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'nope'],
      [99, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak, pizza boxes in the recycling: the county\'s "what goes where" page',
    lines: [
      [0, 'p', 'can pizza boxes go in recycling or nah'],
      [18, 'l', "hey! I'm Kai, a student assistant with the AskUsNow! chat :) which county do u live in? the rules differ"],
      [40, 'p', 'montgomery'],
      [52, 'l', "ok! Montgomery County says yes, pizza boxes go in the blue bin, just toss the greasy bits and food. their lookup tool is at montgomerycountymd.gov/sws/whatgoeswhere. did that help?"],
      [85, 'p', 'ya thx thats all i needed'],
      [90, 'l', 'np, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'a neighbour burning trash: MDE\'s Air and Radiation Administration with its phone and complaint form: referral passes',
    lines: [
      [0, 'p', 'My neighbor burns his trash in a barrel every weekend and the smoke comes in our windows. Is that even legal? Who do I report it to?'],
      [25, 'l', "Hello, I'm Dana with Ask Us at Frederick County Public Libraries. That sounds miserable. Are you in a town, or in the unincorporated county?"],
      [70, 'p', 'County, outside Walkersville'],
      [85, 'l', "Open burning of household trash is prohibited in Maryland (COMAR 26.11.07). You can report it to MDE's Air and Radiation Administration at 410-537-3220, or file a complaint online at mde.maryland.gov/programs/Air/Pages/complaints.aspx. Does that help?"],
      [140, 'p', 'Yes very much, thank you. That is everything.'],
      [148, 'l', 'Glad to help. Thanks for chatting with us, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "call your county's environmental hotline too" names a party with no way to reach it
    name: 'sloppy, foam in a creek: MDE\'s online form, "and call your county\'s environmental hotline too": referral fails',
    lines: [
      ...STREAM,
      [70, 'l', "You can report it online at mde.maryland.gov/programs/water/Pages/report.aspx, and call your county's environmental hotline too."],
      [110, 'p', 'ok'],
      [116, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'formal, radon testing before a sale: MDE\'s radon page and the EPA\'s Citizen\'s Guide to Radon',
    lines: [
      [0, 'p', 'Good afternoon. We are selling our house and the buyer wants a radon test. Where can I learn what the numbers mean?'],
      [30, 'l', 'Good afternoon, and welcome to Ask a Librarian at Baltimore County Public Library. My name is Howard. Do you need to know how to test, or only how to read a result you already have?'],
      [80, 'p', 'How to read it. The result was 5.1 pCi/L.'],
      [95, 'l', "Thank you. The EPA's A Citizen's Guide to Radon (epa.gov/radon/citizens-guide-radon) explains it: 4.0 pCi/L is the action level, so 5.1 means mitigation is recommended. MDE's radon page, mde.maryland.gov/radon, lists certified mitigation contractors. Does this answer your question?"],
      [170, 'p', 'It does. Thank you, that will be all.'],
      [178, 'l', 'You are welcome. Good luck with the sale, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native writer, mould in a rented flat: the EPA mould guide and the county\'s 311 with its phone: referral passes',
    lines: [
      [0, 'p', 'hello. in my apartment the bathroom wall have black mold, landlord not fix. what i can do?'],
      [25, 'l', "Hello, welcome to AskUsNow! My name is Rosa, I am a librarian. I am sorry about that. Which county do you live in, please?"],
      [65, 'p', 'montgomery county, silver spring'],
      [80, 'l', "Thank you. First, the EPA has a simple guide, A Brief Guide to Mold, Moisture and Your Home, at epa.gov/mold. If the landlord does not fix it, call Montgomery County 311 at 240-777-0311 and ask for a housing code inspection. They can order the landlord to repair. Is this helpful?"],
      [150, 'p', 'yes very helpful thank you so much'],
      [158, 'l', 'You are welcome! Anything else I can help with?'],
      [190, 'p', 'no, is all. thank you'],
      [196, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a hold, then 240 s without a word: a wait on the provider longer than 120 s
    name: 'academic, hourly weather for a date in 1998: a hold, then four minutes of silence before Climate Data Online: informed fails',
    lines: [
      [0, 'p', 'I need the hourly temperature and wind at BWI airport for 14 March 1998 for a research project.'],
      [25, 'l', 'Good evening, and welcome to the University of Maryland Libraries chat. I am Dr. Hollis. Do you need the raw observations, or is a daily summary enough?'],
      [70, 'p', 'Raw hourly observations, please.'],
      [80, 'l', 'Let me check which dataset has those.'],
      [320, 'l', "NOAA's Climate Data Online has them: ncei.noaa.gov/cdo-web, choose Local Climatological Data and the BWI station (WBAN 93721), 1998-03-14. Does this meet your needs?"],
      [380, 'p', 'Yes, exactly. That is all, thank you.'],
      [388, 'l', 'You are welcome. Thank you for contacting us.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'British, tide times for a beach walk: the Admiralty EasyTide page',
    lines: [
      [0, 'p', 'Hiya, when is low tide at Whitstable on Saturday? Want to walk out to the Street.'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Is that this Saturday, the 7th?"],
      [55, 'p', 'Yes that one'],
      [65, 'l', "Low water at Whitstable is about 13:40 on Saturday, per the Admiralty's EasyTide at easytide.admiralty.co.uk (search Whitstable). Do check it on the day, the Street floods fast. Is that what you needed?"],
      [110, 'p', "Perfect, that's all I needed. Cheers!"],
      [118, 'l', 'Cheers, enjoy the walk!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, a trail for a family with small children: the DNR\'s trail pages',
    lines: [
      [0, 'p', 'Hola, busco un sendero fácil para caminar con niños pequeños cerca de Columbia'],
      [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿Cuántos años tienen los niños, y necesitan un sendero para carriola?'],
      [55, 'p', '3 y 5 años, sin carriola'],
      [68, 'l', 'El Patapsco Valley State Park tiene el Grist Mill Trail, plano y pavimentado, de 2 millas. La información está en dnr.maryland.gov/publiclands/Pages/central/patapsco.aspx. ¿Le ayuda?'],
      [110, 'p', 'Sí, perfecto, gracias. Es todo.'],
      [116, 'l', '¡Con gusto! Que disfruten la caminata, adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'a retiree logging birds: eBird at ebird.org and the library\'s "Birding 101" program on the events page',
    lines: [
      [0, 'p', 'I have kept a notebook of birds in my yard for 20 years. Is there a way to share it with scientists?'],
      [30, 'l', "What a wonderful record! Hi, I'm Gwen, a librarian with Ask a Librarian at Anne Arundel County Public Library. Do you want to enter the old notebook records too, or just start sharing new sightings?"],
      [80, 'p', 'Both if possible.'],
      [95, 'l', "eBird, run by the Cornell Lab of Ornithology, takes both: you can enter historical checklists with their dates. Sign up at ebird.org, and the help pages at support.ebird.org explain entering old records. We also have a Birding 101 program on the 14th, see aacpl.net/events. Does that help?"],
      [170, 'p', 'Yes, that is perfect. Thank you dear.'],
      [180, 'l', 'Is there anything else I can help you with?'],
      [200, 'p', 'No, that is everything.'],
      [206, 'l', 'Thank you for chatting, and happy birding!'],
    ],
    exp: usual(),
  },
  {
    // the patron vanishes after the answer: a check-in, then the goodbye notice
    name: 'student worker, iNaturalist for a school project: the patron vanishes, check-in and disconnect notice',
    lines: [
      [0, 'p', 'how do i use inaturalist for my bio project'],
      [18, 'l', 'hi! Alex here at Ask a Librarian :) is it for observing a certain species or just anything in your area?'],
      [45, 'p', 'anything in a park near school'],
      [58, 'l', 'ok! make an account at inaturalist.org, then u can start a Project for ur park and add ur observations. their guide is at inaturalist.org/pages/getting+started. does that help?'],
      [210, 'l', 'are you still there?'],
      [420, 'l', "It looks like you've disconnected, so I'll close this chat. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'invasive vine: the Maryland Invasive Species Council\'s list and the Extension\'s HGIC with its URL: referral passes',
    lines: [
      [0, 'p', 'a vine is taking over my woods, leaves are triangle shaped and it has little hooked thorns on the stem'],
      [25, 'l', 'Hi, Jo at Ask Us, Sample County Library. Does it have blue berries in late summer?'],
      [60, 'p', 'yes! metallic blue berries'],
      [75, 'l', "That sounds like mile-a-minute vine, an invasive. The Maryland Invasive Species Council's page is at mdinvasives.org/iotm, with photos. For removal advice, contact the University of Maryland Extension's Home & Garden Information Center at extension.umd.edu/hgic. Does that help?"],
      [140, 'p', 'yes thats it exactly, thank you'],
      [150, 'l', 'Anything else today?'],
      [165, 'p', 'no thanks'],
      [170, 'l', 'Good luck with it, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English, composting in a flat: a library book and the county\'s composting page',
    lines: [
      [0, 'p', 'Good evening madam. Kindly guide me how to do composting in an apartment balcony.'],
      [25, 'l', 'Good evening! This is Priya from the Ask a Librarian service of Howard County Library System. Do you have space for a bin, or are you looking for something very small like a bucket?'],
      [70, 'p', 'Small only. One bucket.'],
      [85, 'l', "Then a bokashi bucket or a small worm bin would suit you. Our catalogue has 'Composting Inside and Out' by Stephanie Davies (631.875 DAV), and the county's composting tips are at howardcountymd.gov/composting. Is this what you were looking for?"],
      [150, 'p', 'Yes madam, that is all. Thank you very much.'],
      [158, 'l', 'You are most welcome. Happy composting, and thank you for contacting us!'],
    ],
    exp: usual(),
  },
  {
    // reading: the PictureThis app named with no way to reach it is no source; "take a sample to your county extension office"
    // is a referral without a way to reach the office
    name: 'a plant described in pieces: "try PictureThis", "take a sample to your county extension office": source and referral fail',
    lines: [
      [0, 'p', 'can you tell me what plant this is'],
      [10, 'p', 'its in my yard, tall, like 5 ft'],
      [18, 'p', 'purple stems, big leaves'],
      [26, 'p', 'dark purple berries hanging in bunches'],
      [40, 'l', 'Hi, Sam here at AskUsNow! Are the berries on long drooping clusters, and does it come back every year?'],
      [80, 'p', 'yes drooping. came back this year bigger'],
      [95, 'l', "Sounds a lot like pokeweed. Don't eat the berries, they are poisonous. You could try the PictureThis app to confirm, or take a sample to your county extension office. Does that help?"],
      [140, 'p', 'ok will do'],
      [146, 'l', 'Take care!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'terse, a deer hit on the road: "call animal control or the DNR", no numbers: source and referral fail',
    lines: [
      [0, 'p', 'deer got hit in front of my house still alive who do i call'],
      [15, 'l', 'Hi, Jo with Ask Us. Is it on a county road or a state highway?'],
      [35, 'p', 'county road'],
      [45, 'l', "Call animal control or the DNR, they handle injured deer. Don't try to move it yourself."],
      [70, 'p', 'ok'],
      [75, 'l', 'Good luck, bye.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // a promised follow-up: the e-mail confirmed in the chat and "by tomorrow"; not yet recorded, deadline not passed
    name: 'hail on a date for an insurance claim: the Storm Events Database, and a promised e-mail of the station record by tomorrow',
    lines: [
      [0, 'p', 'My insurance wants proof it hailed on 12 June 2025 in Westminster MD. Can the library find that?'],
      [25, 'l', "Hi, I'm Nora, a librarian with Ask Us at Carroll County Public Library. Do you need an official report, or is a newspaper story enough for them?"],
      [70, 'p', 'Official if possible'],
      [85, 'l', "NOAA's Storm Events Database lists hail reports by county and date: ncdc.noaa.gov/stormevents. I'll also request the certified station record and e-mail it to you. What e-mail should I use?"],
      [130, 'p', 'dan.kerr@example.com'],
      [140, 'l', "Thanks, I'll send it to dan.kerr@example.com by tomorrow afternoon. Does the Storm Events page help for now?"],
      [180, 'p', 'Yes it does, thanks. That is all.'],
      [188, 'l', 'Thank you for chatting, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Dan Kerr', email: 'dan.kerr@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a transfer to the science librarian: a moth caterpillar, the internal note and the notice: handoff passes',
    lines: [
      [0, 'p', 'my son found a huge green caterpillar with horns, what is it and can he keep it'],
      [20, 'l', "Hi, I'm Jo with Ask Us at Sample County Library! Which county are you in, and about how long is it?"],
      [50, 'p', 'frederick, like 4 inches'],
      [56, 'l', "Our science librarian knows caterpillars well, so I'm transferring you to her now. One moment!"],
      [59, 'i', 'pt has a 4in green horned caterpillar (hickory horned devil?), wants to raise it, your area'],
      xferToRosa(62),
      [100, 'l', "Hi, Rosa here, the science librarian. That's probably a hickory horned devil, the caterpillar of the regal moth. Butterflies and Moths of North America has photos at butterfliesandmoths.org. Does that match?", ROSA],
      [150, 'p', 'yes!! thats him'],
      [160, 'l', 'Anything else I can help with?', ROSA],
      [175, 'p', 'nope thats all thank u'],
      [180, 'l', 'Have fun with him, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'late pickup, poison ivy or Virginia creeper: 95 s to pick up, then a good answer',
    lines: [
      [0, 'p', 'how do i tell poison ivy from virginia creeper'],
      [95, 'l', 'Hi, sorry for the wait! Jo here, a librarian with AskUsNow!. Is it a vine climbing a tree, or on the ground?'],
      [120, 'p', 'climbing a tree'],
      [130, 'l', 'Count the leaflets: poison ivy has three, Virginia creeper has five. The Extension\'s page with photos is at extension.umd.edu/resource/poison-ivy. Does that help?'],
      [170, 'p', 'yes three. yikes. thats all thanks'],
      [176, 'l', 'Wash up well! Thanks for chatting, bye.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // "Hi!" with no one identified in the first two provider messages; Poison Control with its phone
    name: 'no name given, a wild mushroom eaten by a dog?: Poison Control with its phone: greeting fails, referral passes',
    lines: [
      [0, 'p', 'my dog ate a mushroom in the yard, white with gills, is it poison'],
      [10, 'l', 'Hi! Is he showing any symptoms, like vomiting or drooling?'],
      [30, 'p', 'not yet'],
      [38, 'l', 'Please call the ASPCA Animal Poison Control Center at 888-426-4435 right away; many white mushrooms are deadly to dogs. Their page is aspca.org/pet-care/animal-poison-control. Does that help?'],
      [60, 'p', 'calling now thanks'],
      [64, 'l', 'Good luck, bye.'],
    ],
    exp: usual({ greeting: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // "you've reached your limit of one question" without a way back: a dismissal
    name: 'dismissed after the second question: "you\'ve reached the limit of questions for this chat": dismissal fails',
    lines: [
      [0, 'p', 'what is the name of the big white bird standing in the creek'],
      [20, 'l', 'Hi, Jo at Ask Us here. Long neck, long legs, yellow bill?'],
      [45, 'p', 'yes'],
      [55, 'l', 'That is a Great Egret: allaboutbirds.org/guide/Great_Egret. Does that help?'],
      [80, 'p', 'yes! and what about the grey one that looks similar'],
      [90, 'l', "Sorry, you've reached the limit of questions for this chat. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // the patron sent only the question; the provider's greeting, a check-in, the notice: no substantive exchange
    name: 'lost call: a tick question, the patron gone before the greeting: information checks na, check-in and notice pass',
    lines: [
      [0, 'p', 'what kind of tick is this, brown with a white spot'],
      [30, 'l', "Hi, I'm Jo, a librarian with AskUsNow!"],
      [170, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'll end this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // no question before the first source
    name: 'the first answer gives the source: a nature centre\'s programs, no question asked: clarify fails',
    lines: [
      [0, 'p', 'are there any nature programs for toddlers this month'],
      [15, 'l', "Hi! I'm Jo at Ask Us, Sample County Library. Our Little Naturalists storytime is Tuesdays at 10 at the Oakdale branch, and all programs are at samplelibrary.org/events. Does that help?"],
      [60, 'p', 'yes perfect, thats all i needed'],
      [66, 'l', 'Have fun, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "ask a park ranger at the visitor centre" tells the patron to ask a person outside the chat with no contact
    name: 'Australian, a snake on a bush track: the Queensland Museum page and "ask a ranger at the visitor centre": referral fails',
    lines: [
      [0, 'p', 'G\'day, saw a brown snake with a cream belly on the track at Mt Coot-tha, should I be worried next time?'],
      [25, 'l', "G'day! Jess here from Brisbane City Council Libraries' Ask a Librarian. About how long was it, and did it have any bands?"],
      [60, 'p', 'about a metre, no bands'],
      [75, 'l', "Could well be an eastern brown snake, which is venomous, so keep your distance. The Queensland Museum's snake guide is at museum.qld.gov.au/snakes. Ask a ranger at the visitor centre about recent sightings on the tracks. Does that help?"],
      [120, 'p', 'Yeah cheers, that\'s all.'],
      [126, 'l', 'No worries, happy bushwalking!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- more sessions for the fixes (labelled before running) ---------------------------------------------------------------
  {
    name: 'a hawk that hit a window, warm: "please contact a wildlife rehabilitator today", no contact: referral fails',
    lines: [
      [0, 'p', 'A hawk flew into our sliding door and is sitting on the deck, not flying. What should we do?'],
      [20, 'l', "Oh dear! Hello, I'm Beth with Ask a Librarian at Frederick County Public Libraries. Is it bleeding, or does a wing look droopy?"],
      [60, 'p', 'No blood. One wing is hanging a bit.'],
      [75, 'l', "Then it likely needs care. Cover it gently with a box with air holes and keep it somewhere dark and quiet; the DNR explains this at dnr.maryland.gov/wildlife/Pages/Injured-Wildlife.aspx. Please contact a wildlife rehabilitator today, as hawks need a raptor permit holder. Is that what you needed?"],
      [140, 'p', 'Yes, thank you so much. That is everything.'],
      [148, 'l', 'Good luck to the hawk, and thank you for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Indian English, a pigeon with a hurt leg: "kindly take it to an avian vet", no contact: referral fails',
    lines: [
      [0, 'p', 'Respected sir, one pigeon is on my balcony with injured leg. Please advise.'],
      [25, 'l', 'Good afternoon! This is Arjun from the Ask a Librarian service. Is the pigeon able to fly, or only walking?'],
      [60, 'p', 'Only walking sir.'],
      [75, 'l', "Pigeons are not handled by most wildlife groups. Kindly take it to an avian vet for the leg; meanwhile keep it in a ventilated box with water. The Palomacy guide at palomacy.org/injured-pigeon explains the first care. Does this answer your query?"],
      [140, 'p', 'Yes sir, thank you. That is all.'],
      [146, 'l', 'You are welcome, all the best for the bird. Thank you for contacting us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'terse, dead batteries and a propane tank: "bring them to the Millersville transfer station, 389 Burns Crossing Road": referral passes',
    lines: [
      [0, 'p', 'old car battery and a propane tank, where'],
      [12, 'l', 'Hi, Ray with Ask Us at Anne Arundel County Public Library. You in Anne Arundel?'],
      [30, 'p', 'yes'],
      [40, 'l', 'Bring them to the Millersville Landfill and Resource Recovery Facility, 389 Burns Crossing Road, Severn. Hours at aacounty.org/recycling. That do it?'],
      [70, 'p', 'yep thats all'],
      [74, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading (corrected after the first run): the county's own recycling site, in the same sentence, is a way to reach the
    // county's drop-off center (as M3's "the agency's own domain")
    name: 'chat-speak, a broken dehumidifier: "u can just bring it to the county drop-off center, the rules are at baltimorecountymd.gov/…": referral passes',
    lines: [
      [0, 'p', 'how do i get rid of a dead dehumidifier lol it has freon'],
      [20, 'l', "hey! Kai with the AskUsNow! chat here :) which county r u in?"],
      [40, 'p', 'baltimore county'],
      [52, 'l', "ok! bc of the refrigerant it cant go in regular trash. u can just bring it to the county drop-off center, the rules are at baltimorecountymd.gov/recycling. did that help?"],
      [90, 'p', 'yup thx, thats everything'],
      [95, 'l', 'np! bye'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // (once LEFT: no Spanish verb read "Lleve la TV al …"; read as labelled since v35 G4's "lleve … a/al")
  {
    name: 'bilingual, old electronics: the county recycling centre with its address: referral passes',
    lines: [
      [0, 'p', 'hola, where can i recycle an old tv? no se donde llevarla'],
      [20, 'l', '¡Hola! I\'m Marisol with AskUsNow! / Soy Marisol de AskUsNow! ¿En qué condado vive? Which county?'],
      [45, 'p', 'prince georges'],
      [58, 'l', 'Lleve la TV al Brown Station Road Public Convenience Center, 3500 Brown Station Road, Upper Marlboro (free / gratis). Info: pgcountymd.gov/recycling. ¿Le ayuda? Does that help?'],
      [95, 'p', 'si gracias, es todo'],
      [100, 'l', '¡De nada! Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: the agency, the extension office, animal control, a rehabilitator ------------------------------------
  { name: '"Call animal control to have it removed." : referral fails', lines: then(SNAKE, 'It is likely a harmless black rat snake. Call animal control to have it removed. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call Anne Arundel County Animal Care and Control at 410-222-8900" : referral passes', lines: then(SNAKE, 'It is likely a harmless black rat snake. Call Anne Arundel County Animal Care and Control at 410-222-8900 to have it removed. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Take it to a wildlife rehabilitator." : referral fails', lines: then(BIRD, 'If it is hurt, take it to a wildlife rehabilitator. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to the DNR." : referral fails', lines: then(STREAM, 'Report it to the DNR. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Report it online at mde.maryland.gov/report" : a source, no referral', lines: then(STREAM, 'You can report it online at mde.maryland.gov/report with a photo. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call MDE\'s 24-hour emergency line at 1-866-633-4686" : referral passes', lines: then(STREAM, "Since it's happening now, call MDE's 24-hour emergency line at 1-866-633-4686. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"contact your local extension office" : referral fails', lines: then(BIRD, 'For feeder advice, contact your local extension office. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"email the Home & Garden Information Center at askhgic@umd.edu" : referral passes', lines: then(BIRD, 'For feeder advice, email the Home & Garden Information Center at askhgic@umd.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources: field guides, apps, sites --------------------------------------------------------------------------------
  { name: '"The Merlin Bird ID app can identify it" (no link): no source', lines: then(BIRD, 'The Merlin Bird ID app can identify it from a description. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"Merlin Bird ID (merlin.allaboutbirds.org)" : a source', lines: then(BIRD, 'Merlin Bird ID (merlin.allaboutbirds.org) can identify it from a description. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the Peterson Field Guide to Birds of Eastern and Central North America" (a book): a source', lines: then(BIRD, 'It is a male Northern Cardinal; the Peterson Field Guide to Birds of Eastern and Central North America has it on page 340. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the NOAA tide predictions at tidesandcurrents.noaa.gov" : a source', lines: then(STREAM, 'For the tides on that stretch, use tidesandcurrents.noaa.gov, station Annapolis. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- clarifying ----------------------------------------------------------------------------------------------------------
  { name: '"What colour is it, and about how big?" before the source: clarify passes', lines: then(BIRD, 'A male Northern Cardinal: allaboutbirds.org/guide/Northern_Cardinal. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first message, no question: clarify fails', lines: [[0, 'p', 'what snakes are venomous in maryland'], [15, 'l', "Hi, I'm Jo at Ask Us. Only two: the copperhead and the timber rattlesnake, see dnr.maryland.gov/wildlife/Pages/plants_wildlife/herps/Snakes.aspx. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"Was it in the water or on land?" after the source: clarify fails', lines: [[0, 'p', 'what snakes are venomous in maryland'], [15, 'l', "Hi, I'm Jo at Ask Us. Only two, see dnr.maryland.gov/wildlife/Pages/plants_wildlife/herps/Snakes.aspx. Was the one you saw in the water or on land?"], [40, 'p', 'land'], [45, 'l', 'Then not a water snake. Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- keeping informed: a description in pieces --------------------------------------------------------------------------
  { name: 'a description in three pieces, the reply 130 s after the first: informed fails', lines: [[0, 'p', 'what is this bug'], [10, 'l', 'Hi, Jo at Ask Us here. What does it look like?'], [30, 'p', 'black and orange'], [60, 'p', 'long antennae'], [120, 'p', 'on my milkweed'], [160, 'l', 'A milkweed bug: bugguide.net/node/view/3151. Does that help?'], [190, 'p', 'yes thanks'], [195, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"Let me look in our field guides" and "still looking" every 100 s: informed passes', lines: [[0, 'p', 'what is this bug, black and orange on milkweed'], [10, 'l', 'Hi, Jo at Ask Us here. Is it long and flat, or round like a ladybug?'], [30, 'p', 'long'], [40, 'l', 'Let me look in our field guides.'], [140, 'l', 'Still looking, bear with me.'], [240, 'l', 'A large milkweed bug: bugguide.net/node/view/3151. Does that help?'], [270, 'p', 'yes thanks'], [275, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- completeness, closing -------------------------------------------------------------------------------------------------
  { name: '"Would you like me to look for a radon kit to borrow?" : completeness fails', lines: then(STREAM, "MDE's water quality reporting is at mde.maryland.gov/report. Would you like me to look for a water testing kit to borrow?"), exp: some({ complete: 'fail' }) },
  { name: '"Does that sound like your bird?" : completeness passes', lines: then(BIRD, 'A male Northern Cardinal: allaboutbirds.org/guide/Northern_Cardinal. Does that sound like your bird?'), exp: some({ complete: 'pass' }) },
  { name: '"ok cool thanks" : anything-else fails', lines: then(BIRD, 'A male Northern Cardinal: allaboutbirds.org/guide/Northern_Cardinal. Does that help?'), exp: some({ anything: 'fail' }) },
  { name: '"that\'s all I wanted to know" : anything-else passes', lines: [...BIRD, [70, 'l', 'A male Northern Cardinal: allaboutbirds.org/guide/Northern_Cardinal. Does that help?'], [100, 'p', "yes! that's all I wanted to know"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Happy birding!" as the last message: courteous passes', lines: [...BIRD, [70, 'l', 'A male Northern Cardinal: allaboutbirds.org/guide/Northern_Cardinal. Does that help?'], [100, 'p', 'yes thats him'], [106, 'l', 'Happy birding!']], exp: some({ courteous: 'pass' }) },
];

/** Near misses of the changes (labelled before running). */
export const guards: SessionCase[] = [
  // near misses for the nature parties: no referring verb, their pages, the verb "vet"
  { name: 'near miss: "Wildlife rehabilitators are licensed by the DNR; the rules are at dnr.maryland.gov/rehab." : no referral', lines: then(BIRD, 'Wildlife rehabilitators are licensed by the DNR; the rules are at dnr.maryland.gov/rehab. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the landfill\'s page at howardcountymd.gov/alpharidge for the hours." : a source, no referral', lines: then(STREAM, "Visit the landfill's page at howardcountymd.gov/alpharidge for the hours. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We vet every site on our list at samplelibrary.org/birds." : no referral', lines: then(BIRD, 'We vet every site on our list at samplelibrary.org/birds. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "See the Cornell vet school page on bird flu at vet.cornell.edu/birdflu." : no referral', lines: then(BIRD, 'See the Cornell vet school page on bird flu at vet.cornell.edu/birdflu. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "rehabbers r volunteers, they dont get paid, more at dnr.maryland.gov/rehab" : no referral', lines: then(BIRD, 'rehabbers r volunteers, they dont get paid, more at dnr.maryland.gov/rehab. did that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Garbology by Edward Humes (363.728 HUM) follows trash to the landfill." : no referral', lines: then(STREAM, 'Garbology by Edward Humes (363.728 HUM) follows our trash to the landfill. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for "bring … to": not told to the patron, not one of the parties, a page
  { name: 'near miss: "The county trucks bring it to the Alpha Ridge Landfill, so just put it at the curb" : no referral', lines: then(STREAM, 'The county trucks bring it to the Alpha Ridge Landfill, so just put it at the curb; see howardcountymd.gov/trash. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Most people bring their yard waste to the landfill\'s compost site" : no referral', lines: then(STREAM, "Most people bring their yard waste to the landfill's compost site, see howardcountymd.gov/yard. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Bring the kids to the nature center\'s Saturday walk, details at samplelibrary.org/events" : no referral', lines: then(BIRD, "Bring the kids to the nature center's Saturday walk, details at samplelibrary.org/events. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Bring a copy of the landfill schedule (howardcountymd.gov/hhw) with you" : no referral', lines: then(STREAM, 'Bring a copy of the landfill schedule (howardcountymd.gov/hhw) with you on the day. Does that help?'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('thirty-first round (Q2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (Q2): nature, every check', whole);
describeSessions('thirty-first round (Q2): nature, short cases', short);
describeSessions('thirty-first round (Q2): nature, near misses of the changes', guards);

describeLeft('thirty-first-round-nature', LEFT);
