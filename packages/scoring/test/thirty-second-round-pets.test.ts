/**
 * Thirty-second round, area (U1): PETS AND ANIMALS. Adopting a pet (the county shelter, rescues, the SPCA / Humane
 * Society), dog licences, a lost or found pet, a neighbour's barking dog or an aggressive animal (animal control), pet care
 * and breed books, service and emotional support animals (the ADA's rules, housing letters the library can't write),
 * pet-friendly rentals, low-cost spay / neuter clinics and vaccination days, pet loss grief, "read to a dog" and therapy
 * dogs (referral.contact, info.source, inquiry.clarify, closing.*, interest.keep_informed, followup.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you'll need to file a complaint with animal control",
 *   "ask your vet", "please contact a local veterinarian", "talk to your therapist about the letter", "call the zoning
 *   office", "contact your local animal shelter", "stop by the Children's desk to sign up".
 *  a referral WITH one (passes): "call Animal Control at 410-222-8900", "ring the RSPCA on 0300 1234 999", "the Cornell
 *   Pet Loss Support Hotline, 607-253-3932", "llame al refugio al 301-600-1546", "the Commission on Civil Rights at
 *   410-767-8600".
 *  a source, not a referral: "adoptable pets are listed at …", "licensing is at aacounty.org/…", "the ADA's page at
 *   ada.gov/…", "'Think Like a Cat' by Pam Johnson-Bennett", "the microchip look-up at aaha.org/…".
 *  the patron vanishing: "Are you still there?", "It looks like we got disconnected, I'll end the chat now. Come back
 *   anytime!".
 *  the patron done: "that's all I needed", "nope that's everything", "eso es todo"; not done: "ok cool", "thank you".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "ask your vet" / "talk to your therapist" tell the patron to ask a person outside the chat: a referral (a named
 *   specialist), failing without a way to reach them;
 * - the library's own Children's desk, told to the patron to visit to sign up, is a referral;
 * - an organisation named with no URL, phone or address ("try the Humane Society") is no source;
 * - a book by title and author is a named resource: a source.
 * - a postal address reaches a referred party (referral passes) but is not one of info.source's sources (a URL or domain, an
 *   e-mail or phone contact for a referral, a named resource): a message whose only contact is an address gives no source;
 * - condolences ("I'm so sorry about your dog") are no greeting.
 * Written: 31 whole sessions (28 first, 3 more for the fixes), 42 short cases (24 first, a second batch of 12, 6 more for
 * the fixes), 16 near misses in `guards`, all labelled before running. First run (28 whole, 24 short): 2 of 52 cases
 * failed on 2 statuses: approachability.greeting 1 (the grief session's condolence opening: my label, now fail),
 * referral.contact 1 ("File a report with Baltimore County Animal Services at 410-…": no referral read). Second batch: 3 of
 * 12 failed: referral.contact 2 ("check with a local rescue group", "bring her to your vet": no referral read), info.source
 * 1 (a postal address only: my label, now fail). The fix sessions' first run: 1 more referral.contact ("just take her to your
 * regular vet" took the microchip look-up's URL of an earlier sentence as the vet's: "her" read as a pronoun pointing back
 * to a party), fixed below. Labels corrected: 2. Fixed in block U1 (phrase families only, no setting):
 *  - referralVerb "file a … report with / to" (v10's "file a complaint with" with a report: "File a report with Baltimore
 *    County Animal Services at 410-887-5961", "Please file a bite report with the health department", "file a lost pet
 *    report with the shelter at …") [near misses: "file the vet's report with your other records", "File a copy of the bite
 *    report with your pet's papers", "The shelter will file a report with the state", "I'll file a report with our web
 *    team", "If you already filed a report with animal control, …", "file a report in the BaltCoGo app"];
 *  - referralVerb "take / bring her, him, the dog, the kitten … to the vet / shelter / SPCA / rescue / animal hospital",
 *    told to the patron (a clause's start, a modal, "you", "just", "please"; Q2's "bring … to" with the pet and "take"), the
 *    pet inside the match so the party read after the verb is the vet ("Please take him to an emergency vet tonight", "you
 *    can bring the kitten to the Howard County Animal Shelter, 8576 Davis Road", "just take her to your regular vet")
 *    [near misses: "The shelter staff take her to the vet for her shots", "Take her to the library's Paws to Read", "Take
 *    your dog to the dog park at Centennial", "Do you want to take her to a shelter?", "Most adopters bring their new dog
 *    to the vet within a week"];
 *  - referralParty: the parties of pets: a rescue (alone or as a group, organisation or network: not a rescue dog), dog /
 *    pet / certified trainers, groomers, breeders, (boarding) kennels (not kennel cough or the Kennel Club), (veterinary /
 *    animal) behaviorists, not their pages or books ("check with a local rescue group", "contact a breed rescue", "check
 *    with your breeder", "ask your groomer", "talk to a certified dog trainer (ccpdt.org/… lists them)") [near misses: "Ask
 *    yourself if a rescue dog suits your schedule", "Check whether the rescue requires a home visit: their FAQ …", "Trainers
 *    at the Humane Society run puppy classes; the schedule is at …", "'The Other End of the Leash' by Patricia McConnell, an
 *    animal behaviorist", "Most groomers ask for the kennel cough shot; the AVMA page …"].
 * Left: none.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, other, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** An adoption question up to the patron's answer to the clarifying question. */
const ADOPT: Line[] = [
  [0, 'p', 'hi, we want to adopt a dog, where do we start?'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Are you looking for a puppy or an adult dog, and which county do you live in?"],
  [50, 'p', 'adult dog, howard county'],
];
/** A lost-cat question up to the patron's answer. */
const LOST: Line[] = [
  [0, 'p', 'my cat got out last night and hasnt come back, what do i do'],
  [18, 'l', "Oh no, I'm sorry! Hi, Jo here at Ask a Librarian. Is she microchipped, and which town are you in?"],
  [45, 'p', 'yes chipped, in ellicott city'],
];
/** A neighbour's dog question up to the patron's answer. */
const BARK: Line[] = [
  [0, 'p', 'the dog next door barks all night. who do i complain to'],
  [20, 'l', 'Hello, Jo at Ask Us here. Which county do you live in?'],
  [45, 'p', 'baltimore county'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    // the shelter with its phone: a referral that passes; the adoptable list and a book are sources
    name: 'warm public library, adopting a cat: the county shelter\'s adoptable page and phone, "Think Like a Cat"',
    lines: [
      [0, 'p', 'Hello! My daughter and I want to adopt a cat this spring. Where should we look?'],
      [25, 'l', "Hello and welcome! I'm Beth, a librarian at Frederick County Public Libraries. How exciting! Are you hoping for a kitten or an older cat, and is this your first cat?"],
      [70, 'p', 'An older cat I think, and yes our first one.'],
      [80, 'l', 'Lovely. Let me pull up the shelter information for you.'],
      [150, 'l', "Frederick County Animal Control's adoptable cats are listed at frederickcountymd.gov/adopt, and you can call the shelter at 301-600-1546 to set up a visit. For getting ready, we have 'Think Like a Cat' by Pam Johnson-Bennett in the catalogue (fcpl.org, call number 636.8 JOH). Does that help?"],
      [210, 'p', 'That is perfect, thank you so much!'],
      [218, 'l', 'Is there anything else I can help you with today?'],
      [240, 'p', "No, that's everything. Thank you!"],
      [248, 'l', 'You are welcome! Enjoy your new friend, and thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, a dog licence: the county\'s licensing page',
    lines: [
      [0, 'p', 'where do i get a dog license'],
      [12, 'l', 'Hi, Ray at Ask Us, Anne Arundel County Public Library. You in Anne Arundel, and is the dog spayed or neutered?'],
      [35, 'p', 'yes AA. neutered'],
      [44, 'l', 'Licence it online at aacounty.org/animal-care/licensing. Neutered dogs are $10 a year; have the rabies certificate handy. That do it?'],
      [70, 'p', 'yep'],
      [74, 'l', 'Anything else?'],
      [85, 'p', 'no'],
      [88, 'l', 'Thanks. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'worried owner, a lost cat: call animal control with the phone, the lost-pet page and the microchip look-up',
    lines: [
      ...LOST,
      [52, 'l', 'Give me a moment to find the right pages.'],
      [120, 'l', "First, call Howard County Animal Control at 410-313-2780 to file a lost pet report. Their found animals are posted at howardcountymd.gov/animal-control. Then check that your contact details are current with the chip company: aaha.org/petmicrochiplookup tells you which registry has her chip. Does that help?"],
      [170, 'p', 'yes ok. doing that now'],
      [175, 'p', 'thats all i needed, thank you'],
      [182, 'l', "I hope she comes home soon! Thanks for chatting with us."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'll need to file a complaint with animal control" tells the patron to contact an agency, no way to reach it
    name: 'angry neighbour, barking dog: the county code online, "file a complaint with animal control": referral fails',
    lines: [
      ...BARK,
      [55, 'p', 'its been 3 weeks. nobody sleeps'],
      [62, 'l', "That sounds exhausting. Baltimore County's noise rules for animals are in the County Code, Article 12, which you can read at library.municode.com/md/baltimore_county. You'll need to file a complaint with animal control, and they'll send the owner a warning first. Does that answer your question?"],
      [110, 'p', 'i guess. thanks'],
      [116, 'l', 'You are welcome. Good luck, and have a good night.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: "talk to your therapist" tells the patron to ask a specialist outside the chat; none reachable
    name: 'ESA letter: the library can\'t write one, HUD\'s assistance animal page, "talk to your therapist": referral fails',
    lines: [
      [0, 'p', 'Hi can the library give me a letter for my emotional support dog? my landlord wants one'],
      [20, 'l', "Hi, I'm Sam with AskUsNow! I'm sorry, the library can't write those letters. Is this for an apartment you rent now, or one you're applying for?"],
      [60, 'p', 'the one i rent now, they just changed the pet policy'],
      [70, 'l', "Under the Fair Housing Act, a landlord can ask for a letter from a health care provider who knows your disability. HUD explains the rules at hud.gov/program_offices/fair_housing_equal_opp/assistance_animals. Talk to your therapist about writing one. Does that help?"],
      [120, 'p', 'yes it does'],
      [125, 'l', 'Can I help with anything else?'],
      [140, 'p', 'no thats all'],
      [145, 'l', 'Take care, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'formal academic, service animals under the ADA: the DOJ guidance and a law review article in HeinOnline',
    lines: [
      [0, 'p', 'Good afternoon. For a disability law seminar I need the federal definition of a service animal and any scholarship on miniature horses.'],
      [30, 'l', 'Good afternoon, and welcome to the University of Baltimore Law Library chat. My name is Dr. Okafor, reference librarian. Do you need the regulation itself, or the Department of Justice guidance as well?'],
      [80, 'p', 'Both, please.'],
      [90, 'l', 'Certainly. One moment while I verify the citations.'],
      [170, 'l', "The definition is at 28 C.F.R. § 35.104, and miniature horses at § 35.136(i); the DOJ's guidance is at ada.gov/resources/service-animals-2010-requirements. For scholarship, search HeinOnline (law.ubalt.edu/library/databases) for \"miniature horse\" AND \"service animal\". Does this meet your needs?"],
      [240, 'p', 'Yes, exactly. That is all I needed. Thank you.'],
      [248, 'l', 'You are welcome. Good luck with the seminar, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a pet-friendly flat: the housing search site, "kindly contact the housing authority" with its phone',
    lines: [
      [0, 'p', 'Good evening madam, I am shifting to Rockville next month with my pet beagle. Kindly tell how to find pet friendly flats.'],
      [25, 'l', "Good evening! I'm Priya, a librarian with AskUsNow! Are you looking to rent a private apartment, or do you need subsidised housing?"],
      [70, 'p', 'Private only. Budget is around 1800 dollars.'],
      [80, 'l', "Thank you. Montgomery County's housing locator, mchousingsearch.org, lets you filter listings by 'pets allowed'. For questions about pet deposits and your rights as a tenant, kindly contact the county's Office of Landlord-Tenant Affairs at 240-777-0311. Is this what you were looking for?"],
      [140, 'p', 'Yes, very useful. That is all. Thanks a lot.'],
      [146, 'l', 'You are most welcome! All the best with the move, and thank you for contacting us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student worker, low-cost neuter: the Maryland SPCA\'s clinic page and phone',
    lines: [
      [0, 'p', 'how much does it cost to neuter a cat, is there somewhere cheap'],
      [15, 'l', "hi! I'm Kai, a student assistant at the Ask a Librarian desk :) are you in Baltimore City, and is it a pet cat or a stray/community cat?"],
      [45, 'p', 'my own cat, baltimore'],
      [55, 'l', "the Maryland SPCA runs a low-cost spay/neuter clinic, prices and booking at mdspca.org/spay-neuter, or you can call them at 410-235-8826. did that help?"],
      [90, 'p', 'yes!! thats all i needed ty'],
      [96, 'l', 'yay! thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'rabies vaccination day: the county health department\'s clinic schedule page',
    lines: [
      [0, 'p', 'Is there a free rabies shot clinic for dogs coming up?'],
      [20, 'l', "Hello, this is Marcus with Ask Us at Harford County Public Library. Which county are you in?"],
      [40, 'p', 'Harford'],
      [48, 'l', "Let me look that up."],
      [110, 'l', "The Harford County Health Department holds low-cost rabies clinics in spring and fall; the dates and sites are at harfordcountyhealth.com/rabies. The next one is listed for April 12 at the Bel Air fairgrounds, $10 a shot. Does that answer your question?"],
      [160, 'p', 'Yes, thanks.'],
      [165, 'l', 'Anything else I can help with?'],
      [180, 'p', 'Nope, that is all.'],
      [186, 'l', 'Great, have a good day!'],
    ],
    exp: usual(),
  },
  {
    // my first label was pass: "I'm so sorry about your dog. I'm Ana, a librarian at …" identifies, but condolences are
    // no greeting (hello, hi, good afternoon, welcome, thanks for contacting…), and the second message has none either
    name: 'pet loss grief: two books by title and author, and the Cornell Pet Loss Support Hotline with its phone',
    lines: [
      [0, 'p', 'my dog died on sunday. he was 14. do you have any books that might help my kids and me'],
      [30, 'l', "I'm so sorry about your dog. I'm Ana, a librarian at Sample County Library's Ask a Librarian. How old are your children?"],
      [70, 'p', '6 and 11'],
      [80, 'l', "For your younger one, 'The Tenth Good Thing About Barney' by Judith Viorst is gentle and often helps. For you and your older child, 'Goodbye, Friend' by Gary Kowalski. Both are in our catalogue at samplelibrary.org. If you'd like to talk with someone, the Cornell Pet Loss Support Hotline is at 607-253-3932. Would these be helpful?"],
      [150, 'p', 'yes thank you, that means a lot'],
      [160, 'l', 'Is there anything else I can do for you?'],
      [190, 'p', 'no that is all'],
      [196, 'l', 'Take good care of yourselves. Thank you for reaching out.'],
    ],
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
  {
    name: 'a child, "read to a dog": the library\'s events calendar for the branch',
    lines: [
      [0, 'p', 'hi i am 8 can i read to the dogs at the library'],
      [20, 'l', "Hi there! I'm Ms. Lee, a librarian at Ask a Librarian. That sounds fun! Which library do you go to?"],
      [50, 'p', 'the one by my school. glen burnie'],
      [60, 'l', "Glen Burnie has Paws to Read every Saturday at 10! The dates are on our calendar at aacpl.net/events (search 'Paws to Read'). Ask a grown-up to look with you. Does that help?"],
      [100, 'p', 'yes!!! thank you'],
      [105, 'l', 'Is there anything else?'],
      [120, 'p', 'no thats all'],
      [125, 'l', 'Happy reading! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'therapy dog certification: Pet Partners and the Alliance of Therapy Dogs, each with its URL',
    lines: [
      [0, 'p', 'My golden retriever is very calm and I would like to volunteer with her as a therapy dog. How do we get certified?'],
      [30, 'l', "Hello! I'm Gwen, a librarian with AskUsNow!. What a lovely idea. Where would you like to volunteer: hospitals, schools, or libraries?"],
      [70, 'p', 'Probably nursing homes and maybe the library.'],
      [80, 'l', "Two national groups test and register therapy dog teams: contact Pet Partners through petpartners.org/volunteer, or the Alliance of Therapy Dogs at therapydogs.com. Both cover nursing homes. Is that what you were looking for?"],
      [140, 'p', 'Yes, thank you. That covers everything.'],
      [148, 'l', 'Wonderful. Thank you for chatting, and good luck to you both!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak, a breed book for a corgi puppy: the catalogue and a title',
    lines: [
      [0, 'p', 'getting a corgi puppy!!! any good books'],
      [14, 'l', 'hey, congrats! Kai here from the Ask Us chat. u want training books or stuff about the breed?'],
      [35, 'p', 'both lol'],
      [45, 'l', "for the breed: 'The Complete Dog Breed Book' from DK, and for training 'The Puppy Primer' by Patricia McConnell. both are in the catalogue at samplelibrary.org/catalog. that what u wanted?"],
      [80, 'p', 'ya perfect'],
      [85, 'l', 'anything else?'],
      [95, 'p', 'nah'],
      [100, 'l', 'k thanks for chatting, have fun w the pup!'],
    ],
    exp: usual(),
  },
  {
    // a substantive exchange (the clarifying question), then the patron vanishes; Lost Call with one patron message
    name: 'found a kitten, the patron vanishes after the clarifying question: check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'found a tiny kitten under my porch what do i do'],
      [22, 'l', "Hi, I'm Dana with AskUsNow! Oh, poor thing. Does it look injured, and is the mother cat anywhere nearby?"],
      [190, 'l', 'Are you still there?'],
      [360, 'l', "It looks like you've disconnected, so I'll end this chat now. Please feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // a follow-up: the e-mail given in the chat, "by tomorrow afternoon" promised, done 20 hours later
    name: 'follow-up: a rescue\'s history for a school report; the provider will e-mail articles by tomorrow, done in 20 hours',
    lines: [
      [0, 'p', 'Hi, I need the history of the Humane Society of Baltimore County for a school project, when it started and stuff'],
      [25, 'l', "Hi! I'm Rosa, a librarian with Ask Us at Sample County Library. When is the project due, and do you need newspaper articles or just facts?"],
      [60, 'p', 'due friday. articles would be great'],
      [70, 'l', "Let me search, one moment."],
      [150, 'l', "Their own history page is at bchumane.org/about, with the founding year. Older newspaper articles are in our Baltimore Sun archive, but they take a while to pull. Does the history page help for now?"],
      [190, 'p', 'yes but i still need articles'],
      [200, 'l', "Then I'll find two or three articles and e-mail them to you by tomorrow afternoon. What e-mail should I use?"],
      [230, 'p', 'mayaj2011@example.com'],
      [236, 'l', 'Got it: mayaj2011@example.com. Anything else for now?'],
      [250, 'p', 'no thats all, thanks!'],
      [256, 'l', 'You are welcome! Talk to you tomorrow, bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Maya', email: 'mayaj2011@example.com', phone: null }, followUps: [{ doneAt: at(256 + 20 * 3600), by: 'jo', note: 'sent three Sun articles' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // "I'll get back to you" is a follow-up promise; the code is not a follow-up code (code fails); no time given (contact fails)
    name: 'sloppy follow-up: a breed rescue list, "I\'ll get back to you on that", no when, coded Answered',
    lines: [
      [0, 'p', 'are there any rescues just for greyhounds near annapolis?'],
      [20, 'l', "Hi, Jo at Ask Us here. Would you consider a retired racing greyhound, or a greyhound mix?"],
      [50, 'p', 'retired racer'],
      [60, 'l', "I'm not sure which groups are active right now. I'll get back to you on that. What's your e-mail?"],
      [90, 'p', 'tgreen@example.net'],
      [95, 'l', 'Thanks!'],
    ],
    over: { patron: { name: null, email: 'tgreen@example.net', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer to Youth Services for "read to a dog" registration: notice, internal note, transfer; the sign-up page',
    lines: [
      [0, 'p', 'hello, how do I sign my son up for the reading with therapy dogs program?'],
      [20, 'l', "Hello, Jo at Ask Us, Sample County Library. Which branch would you like?"],
      [45, 'p', 'Central please, he is 7'],
      [55, 'l', "Our Youth Services librarian handles the sign-ups, so I'm transferring you to her now. One moment please."],
      [58, 'i', 'Rosa: parent wants Read to a Dog sign-up at Central for a 7 y.o. Youth services q.'],
      [61, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', "Hi, I'm Rosa in Youth Services! Does he have a library card already?", ROSA],
      [120, 'p', 'yes he does'],
      [130, 'l', 'Great. Sign up at samplelibrary.org/events/read-to-a-dog with his card number; sessions are 15 minutes with a registered therapy dog. Is that what you needed?', ROSA],
      [170, 'p', "yes that's all, thank you"],
      [176, 'l', 'You are welcome, see you at Central!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // "you've asked a lot of questions already" ends the help for the provider's convenience, no way back
    name: 'dismissal: a patron with many pet questions, "you\'ve asked a lot already, I need to end this here"',
    lines: [
      [0, 'p', 'what vaccines does a puppy need'],
      [20, 'l', "Hi, Jo with Ask Us. Is this for a puppy under 16 weeks?"],
      [40, 'p', 'yes 10 weeks'],
      [50, 'l', "The AVMA's puppy vaccine page at avma.org/resources-tools/pet-owners/petcare/vaccinations lists them. Does that help?"],
      [80, 'p', 'yes. also how often do i feed him? and what about crate training? and'],
      [95, 'l', "You've asked a lot of questions already, so I need to end this chat here."],
      [110, 'p', 'oh. ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // three minutes of silence after the patron's answer, no hold message: keep informed fails
    name: 'aggressive dog at the park, the provider goes quiet for 3 minutes: keep informed fails',
    lines: [
      [0, 'p', 'theres a loose pit bull that keeps charging kids at Rash Field. who handles that'],
      [20, 'l', "Hello, Marcus with AskUsNow! Is this in Baltimore City?"],
      [40, 'p', 'yes'],
      [240, 'l', "For a loose or aggressive animal in the city, call Baltimore Animal Control through 311 (or 410-396-4694); for an immediate danger to people, call 911. Does that help?"],
      [270, 'p', 'ok will do'],
      [275, 'l', 'Thank you for reporting it. Take care!'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Spanish, a lost dog: the county shelter with its phone and the lost-and-found page',
    lines: [
      [0, 'p', 'Hola, se me perdió mi perro ayer en Gaithersburg. ¿Qué hago?'],
      [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! Lo siento mucho. ¿Tiene microchip o placa con su número?'],
      [50, 'p', 'Tiene placa pero no chip'],
      [60, 'l', 'Llame hoy al Centro de Recursos para Mascotas del condado de Montgomery al 240-773-5900 para reportarlo, y revise los animales encontrados en montgomerycountymd.gov/animalservices. ¿Le ayuda?'],
      [100, 'p', 'Sí, muchas gracias. Eso es todo.'],
      [108, 'l', '¡Con gusto! Espero que lo encuentre pronto. Adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British English, fostering a rescue dog: the RSPCA\'s fostering page and "ring them on 0300 1234 999"',
    lines: [
      [0, 'p', "Hiya, I'd like to foster a rescue dog but I work part time. Is that allowed?"],
      [25, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona. Are you based in England or Wales, and do you have a garden?"],
      [60, 'p', 'England, Leeds, and yes a small garden'],
      [70, 'l', "Lovely. The RSPCA's fostering page, rspca.org.uk/getinvolved/volunteer/fostering, explains how many hours a dog can be left. If you've questions, ring them on 0300 1234 999. Does that help?"],
      [120, 'p', "Brilliant, cheers. That's all I needed."],
      [126, 'l', 'No worries at all, thanks for getting in touch. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian English, registering a dog with the council: the council\'s pet registration page',
    lines: [
      [0, 'p', "G'day, just moved to Brisbane with my kelpie, do I need to register him?"],
      [20, 'l', "G'day! Mel here from the State Library of Queensland's Ask Us service. Is he already desexed and microchipped?"],
      [45, 'p', 'yep both'],
      [55, 'l', "Yes, every dog over 12 weeks must be registered with Brisbane City Council; desexed dogs get the lower fee. You can do it online at brisbane.qld.gov.au/laws-and-permits/animals-and-pets. Does that help?"],
      [90, 'p', 'too easy, thanks'],
      [95, 'l', 'No worries. Anything else?'],
      [110, 'p', "nah that's it"],
      [115, 'l', 'Cheers, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // "please contact a local veterinarian" refers the patron to a party without a way to reach it
    name: 'scripted macros, a limping dog: the Merck Veterinary Manual online, "please contact a local veterinarian": referral fails',
    lines: [
      [0, 'p', 'my dog is limping on his back leg since this morning'],
      [15, 'l', 'Thank you for contacting Ask a Librarian. My name is Jordan. How may I assist you today?'],
      [20, 'l', 'Could you tell me how old your dog is and whether the leg is swollen?'],
      [60, 'p', '9 yrs, not swollen i think'],
      [70, 'l', 'The Merck Veterinary Manual (merckvetmanual.com, Pet Owner Version) covers lameness in dogs. For a diagnosis, please contact a local veterinarian. Does this completely answer your question?'],
      [110, 'p', 'ok'],
      [115, 'l', 'Is there anything else I can help you with today?'],
      [130, 'p', 'no'],
      [135, 'l', 'Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a landlord, can he refuse an emotional support animal: HUD\'s notice and the Commission on Civil Rights with its phone',
    lines: [
      [0, 'p', 'I own a duplex. A tenant says she has an emotional support cat but my lease says no pets. Do I have to allow it?'],
      [25, 'l', 'Hello, thank you for contacting AskUsNow! This is Elaine, a librarian. Is the duplex in Maryland, and do you live in the other half?'],
      [70, 'p', 'Yes Maryland, and no I do not live there.'],
      [80, 'l', 'Thank you, that matters for the exemptions. One moment please.'],
      [160, 'l', "HUD's guidance on assistance animals for housing providers is notice FHEO-2020-01, at hud.gov/sites/dfiles/PA/documents/HUDAsstAnimalNC1-28-2020.pdf. In general a no-pets policy does not apply to assistance animals. For your own situation, you can call the Maryland Commission on Civil Rights at 410-767-8600. Is this what you needed?"],
      [230, 'p', 'Yes. That is all I needed, thank you.'],
      [236, 'l', 'You are welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a child, hamster care: a title and the kids\' database',
    lines: [
      [0, 'p', 'what do hamsters eat i am getting one for my birthday'],
      [20, 'l', "Hi! I'm Ms. Patel, a librarian at Ask a Librarian. Happy early birthday! Is it for a school project or for taking care of your new hamster?"],
      [50, 'p', 'taking care of it'],
      [60, 'l', "The book 'Hamsters' by Julie Murray tells you what to feed them, and it's in our catalogue at samplelibrary.org/kids. Does that help?"],
      [90, 'p', 'yes thank you thats all'],
      [95, 'l', 'Have fun with your hamster! Bye!'],
    ],
    exp: usual(),
  },
  {
    // "call the zoning office" with no way to reach it
    name: 'non-native writer, backyard chickens: the county code online, "call the zoning office": referral fails',
    lines: [
      [0, 'p', 'Hello, I want keep some chicken in my backyard, is allow in Howard County?'],
      [25, 'l', 'Hello, I am Sam from Ask Us at Howard County Library System. Do you live in a single family house or a townhouse?'],
      [60, 'p', 'single house, small yard'],
      [70, 'l', "Howard County's zoning rules on keeping poultry are in the Zoning Regulations, section 128.0, at howardcountymd.gov/zoning. Because the rules depend on your lot size, call the zoning office to check your lot. Does that help?"],
      [120, 'p', 'Yes thank you very much'],
      [125, 'l', 'You are welcome! Goodbye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // four sessions of Jo's open at once (this and three others): concurrency fails
    name: 'busy evening, a snake for a pet: four chats open at once, concurrency fails',
    lines: [
      [0, 'p', 'what snake is best for a beginner'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is this for a child or an adult owner?'],
      [45, 'p', 'me, im 30'],
      [55, 'l', "Corn snakes and ball pythons are the usual beginner snakes; 'The Corn Snake Manual' by Bill and Kathy Love is in our catalogue at samplelibrary.org/catalog. Does that help?"],
      [90, 'p', 'yes thats all i needed'],
      [95, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 300), other('b', 'jo', 10, 400), other('c', 'jo', 30, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // a late pickup (95 s) and a greeting without a name, library or service
    name: 'late pickup, a greeting with no one named: a bird\'s cage size, a page at the Audubon site',
    lines: [
      [0, 'p', 'how big of a cage does a parakeet need'],
      [95, 'l', 'Hi there! Is it one bird or two?'],
      [120, 'p', 'one'],
      [130, 'l', "The minimum is about 18 x 18 x 24 inches for one budgie; the care sheet at lafeber.com/pet-birds/budgie-care has the details. Does that help?"],
      [160, 'p', 'yes. thats all thanks'],
      [165, 'l', 'Bye!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  // ---- more sessions for the fixes (labelled before running) -------------------------------------------------------------
  {
    // "take him to an emergency vet" (a pet taken to a party) and "ask your groomer" (a party of pets), neither reachable
    name: 'worried owner at night, a dog ate chocolate: the poison control line, "take him to an emergency vet", "ask your groomer": referral fails',
    lines: [
      [0, 'p', 'my lab just ate half a bar of dark chocolate!!! is he going to be ok'],
      [15, 'l', "Hi, I'm Dana with AskUsNow! Let's get you help fast. About how much does he weigh?"],
      [35, 'p', 'like 70 lbs'],
      [45, 'l', "Call the ASPCA Animal Poison Control Center at (888) 426-4435 now; they'll tell you whether it's a dangerous dose. If he vomits, shakes or his heart races, please take him to an emergency vet tonight. Does that help?"],
      [80, 'p', 'ok calling them. he also has a rash on his belly from the shampoo'],
      [90, 'l', "For the rash, ask your groomer which shampoo they used. Anything else I can help with?"],
      [110, 'p', 'no thats all, calling now'],
      [115, 'l', 'Good luck, I hope he is ok! Thanks for reaching out.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "check with a local rescue group" and "bring her to the shelter" without a way to reach them; "file a report with" with a phone
    name: 'found a stray: "file a found-pet report with Animal Services at 410-887-5961", "you can bring her to the shelter", "check with a local rescue group": referral fails',
    lines: [
      [0, 'p', 'A skinny little terrier has been in our yard for two days. No collar. What should we do?'],
      [25, 'l', 'Hello, thank you for contacting Ask Us at Baltimore County Public Library. I am Marcus. Is she friendly enough to handle, and which part of the county are you in?'],
      [70, 'p', 'Very friendly. We are in Towson.'],
      [80, 'l', 'One moment while I check the county pages.'],
      [150, 'l', "Please file a found-pet report with Baltimore County Animal Services at 410-887-5961, so her owner can find her. You can bring her to the shelter to have her scanned for a chip. If nobody claims her and you can't keep her, check with a local rescue group. The county's found pets page is baltimorecountymd.gov/departments/animal-services. Is this what you were looking for?"],
      [220, 'p', 'Yes, thank you. That is all we needed.'],
      [228, 'l', 'You are welcome! Thank you for looking after her.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "talk to a certified dog trainer" with the trainers' directory URL in the same sentence: a way to reach them
    name: 'reactive dog, a book and "talk to a certified dog trainer (ccpdt.org has a directory)": referral passes',
    lines: [
      [0, 'p', 'my rescue dog barks and lunges at other dogs on walks. any books?'],
      [20, 'l', "Hi! I'm Ana, a librarian at Sample County Library's Ask a Librarian. How long have you had him?"],
      [50, 'p', 'three months'],
      [60, 'l', "'Feisty Fido' by Patricia McConnell is short and practical, in the catalogue at samplelibrary.org. For hands-on help, talk to a certified dog trainer: ccpdt.org/dog-owners/certified-dog-trainer-directory lists them by zip code. Does that help?"],
      [110, 'p', 'perfect, thats all i need'],
      [116, 'l', 'Good luck with your pup, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals ---------------------------------------------------------------------------------------------------------
  { name: '"contact your local animal shelter" : referral fails', lines: then(ADOPT, "The Howard County Animal Shelter lists adoptable dogs at howardcountymd.gov/adopt. If you have questions, contact your local animal shelter. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the Howard County Animal Shelter at 410-313-2780" : referral passes', lines: then(ADOPT, 'Call the Howard County Animal Shelter at 410-313-2780 to set up a meet and greet. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'adoptable dogs at a URL, no one to contact : no referral, source passes', lines: then(ADOPT, 'The adoptable dogs are listed at howardcountymd.gov/adopt, with photos and ages. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"You could try the Humane Society." only : no source, referral fails', lines: then(ADOPT, 'You could try the Humane Society, they have lots of adult dogs. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: '"ask your vet" : referral fails', lines: then(LOST, "Put her litter box outside, it helps cats find home. If she comes back hurt, ask your vet. 'Lost Pet Chronicles' by Kat Albrecht has more tips. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"your vet can scan for the chip number" : no one told to act, no referral', lines: then(LOST, "Your vet can scan for the chip number; the registry search is at aaha.org/petmicrochiplookup. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"file a report with Baltimore County Animal Services at 410-887-5961" : referral passes', lines: then(BARK, 'File a report with Baltimore County Animal Services at 410-887-5961; they handle barking complaints. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"report it to animal services" : referral fails', lines: then(BARK, 'The barking rules are in the County Code at library.municode.com/md/baltimore_county. Report it to animal services if it keeps up. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // reading: the library's own Children's desk, told to visit, is a referral
  { name: '"stop by the Children\'s desk at Central to sign up" : referral fails', lines: then(ADOPT, "For the therapy dog visits, stop by the Children's desk at Central to sign up. The schedule is at samplelibrary.org/events. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"call the Children\'s desk at 410-555-0123 to sign up" : referral passes', lines: then(ADOPT, "For the therapy dog visits, call the Children's desk at 410-555-0123 to sign up. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- sources -----------------------------------------------------------------------------------------------------------
  { name: 'a book by title and author only : source passes', lines: then(ADOPT, "'Love Has No Age Limit' by Patricia McConnell and Karen London is all about adopting adult dogs. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'advice with no source at all : source fails', lines: then(ADOPT, 'Adult dogs are often already house-trained, so they are a great choice for first-timers. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  { name: '"Would you like me to place a hold on it?" after the book : completeness fails', lines: [...ADOPT, [70, 'l', "'Love Has No Age Limit' by Patricia McConnell is in the catalogue at samplelibrary.org. Would you like me to place a hold on it?"], [100, 'p', 'no thanks'], [106, 'l', 'Ok, bye!']], exp: some({ complete: 'fail' }) },
  { name: '"Is that the kind of book you meant?" after the book : completeness passes', lines: [...ADOPT, [70, 'l', "'Love Has No Age Limit' by Patricia McConnell is in the catalogue at samplelibrary.org. Is that the kind of book you meant?"], [100, 'p', 'yes'], [106, 'l', 'Great, bye!']], exp: some({ complete: 'pass' }) },
  // ---- clarify -----------------------------------------------------------------------------------------------------------
  { name: 'the answer first, no question : clarify fails', lines: [[0, 'p', 'how do i license my dog'], [15, 'l', 'Hi, Jo at Ask Us. Dog licences are at aacounty.org/animal-care/licensing. Does that help?'], [40, 'p', 'yes'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: '"So you need a licence for a new puppy?" before the page : clarify passes', lines: [[0, 'p', 'just got a puppy, license?'], [15, 'l', 'Hi, Jo at Ask Us. So you need a licence for a new puppy?'], [30, 'p', 'yes'], [40, 'l', 'Dog licences are at aacounty.org/animal-care/licensing. Does that help?'], [60, 'p', 'yes'], [65, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- closing -----------------------------------------------------------------------------------------------------------
  { name: '"thats all i needed, off to hug my dog" : anything else passes', lines: [...LOST, [70, 'l', 'Her found-pets page is at howardcountymd.gov/animal-control. Does that help?'], [100, 'p', 'thats all i needed, off to hug my dog'], [106, 'l', 'Bye, take care!']], exp: some({ anything: 'pass' }) },
  { name: '"ok cool" : anything else fails', lines: [...LOST, [70, 'l', 'Her found-pets page is at howardcountymd.gov/animal-control. Does that help?'], [100, 'p', 'ok cool'], [106, 'l', 'Bye, take care!']], exp: some({ anything: 'fail' }) },
  { name: 'no goodbye in the last two provider messages : courteous fails', lines: [...LOST, [70, 'l', 'Her found-pets page is at howardcountymd.gov/animal-control. Does that help?'], [100, 'p', 'what about flyers'], [106, 'l', 'Flyers near the house help too.'], [120, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  { name: '"Other patrons are waiting; come back anytime with the rest" : no dismissal', lines: [...LOST, [70, 'l', 'Her found-pets page is at howardcountymd.gov/animal-control. Does that help?'], [100, 'p', 'yes and what about flyers and posting online'], [106, 'l', 'Other patrons are waiting right now, but please come back anytime with the rest. Thanks!']], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- keep informed -----------------------------------------------------------------------------------------------------
  { name: '"still going through the shelter listings" every 100 s : keep informed passes', lines: [...ADOPT, [60, 'l', 'Let me check the shelter listings.'], [160, 'l', 'Still going through the shelter listings, thanks for waiting.'], [260, 'l', 'The adult dogs are at howardcountymd.gov/adopt. Does that help?'], [290, 'p', 'yes thanks'], [295, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: '"take your time" then 200 s : waiting on the patron, keep informed passes', lines: [...ADOPT, [60, 'l', 'The adult dogs are at howardcountymd.gov/adopt. Have a look and take your time.'], [260, 'p', 'ok i like the beagle'], [270, 'l', 'Lovely! Thanks for chatting, bye!']], exp: some({ informed: 'pass' }) },
  // ---- follow-up ---------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you the rescue list by Thursday" with the e-mail repeated : contact passes', lines: [...ADOPT, [60, 'l', "I'll e-mail you the list of beagle rescues by Thursday. Your e-mail?"], [90, 'p', 'kb@example.com'], [95, 'l', 'Thanks, kb@example.com it is. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'kb@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll e-mail you the rescue list" with no time : contact fails', lines: [...ADOPT, [60, 'l', "I'll e-mail you the list of beagle rescues. Your e-mail?"], [90, 'p', 'kb@example.com'], [95, 'l', 'Thanks, bye!']], over: { ...FU_ME, patron: { name: null, email: 'kb@example.com', phone: null } }, exp: some({ contact: 'fail' }) },
  // ---- second batch: more of the area's referrals and sources (labelled before running) ---------------------------------
  { name: '"call the ASPCA Animal Poison Control Center at (888) 426-4435" : referral passes', lines: then(LOST, 'If she ate a lily, call the ASPCA Animal Poison Control Center at (888) 426-4435 right away. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"reach out to Chesapeake Bay Retriever Relief (cbrr.org)" : referral passes', lines: then(ADOPT, 'For a Chessie, reach out to Chesapeake Bay Retriever Relief & Rescue (cbrr.org). Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Petfinder (petfinder.com) lists rescues near you" : a source, no referral', lines: then(ADOPT, 'Petfinder (petfinder.com) lists rescues near you, and you can filter by age. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"You might check with a local rescue group" : referral fails', lines: then(ADOPT, 'Petfinder (petfinder.com) lists dogs near you. You might also check with a local rescue group. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Talk to your landlord about a pet addendum" : referral fails', lines: then(ADOPT, "Nolo's page on pets in rentals is at nolo.com/legal-encyclopedia/pets-rentals. Talk to your landlord about a pet addendum before you adopt. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Bring her to any vet or shelter to have the chip scanned" : referral fails', lines: then(LOST, 'If someone finds her, they can bring her to any vet or shelter to have the chip scanned. You should bring her to your vet too once she is home. The registry look-up is at aaha.org/petmicrochiplookup. Does that help?'), exp: some({ referral: 'fail' }) },
  // my first label said source passes: a postal address reaches the party (referral passes) but is none of info.source's
  // sources (a URL or domain, an e-mail or phone contact for a referral, a named resource)
  { name: '"Drop by the Maryland SPCA, 3300 Falls Road, Baltimore" : referral passes', lines: then(ADOPT, 'Drop by the Maryland SPCA, 3300 Falls Road, Baltimore, MD 21211, to meet the dogs. Does that help?'), exp: some({ referral: 'pass', source: 'fail' }) },
  { name: '"email the Read to a Dog coordinator at readtoadog@samplelibrary.org" : referral passes', lines: then(ADOPT, 'For the therapy dog visits, email the Read to a Dog coordinator at readtoadog@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Petco Love Lost (petcolove.org/lost) lets you upload her photo" : a source, no referral', lines: then(LOST, 'Petco Love Lost (petcolove.org/lost) lets you upload her photo and matches it against found pets. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Did that answer your question about the licence?" : completeness passes', lines: [...BARK, [70, 'l', 'The licence page is at baltimorecountymd.gov/animal-services. Did that answer your question about the licence?'], [100, 'p', 'yes'], [106, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  { name: '"no that covers it" after "Anything else?" : anything else passes', lines: [...BARK, [70, 'l', 'The rules are at library.municode.com/md/baltimore_county. Does that help?'], [90, 'p', 'yes'], [95, 'l', 'Anything else I can help with?'], [110, 'p', 'no that covers it'], [115, 'l', 'Thanks, bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Gracias, eso es todo" : anything else passes', lines: [...BARK, [70, 'l', 'Las reglas están en library.municode.com/md/baltimore_county. ¿Le ayuda?'], [90, 'p', 'Gracias, eso es todo'], [95, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  // ---- more for the fix (a report filed with a party), labelled before running ------------------------------------------
  { name: '"Please file a bite report with the health department." : referral fails', lines: then(BARK, 'Bites are covered at library.municode.com/md/baltimore_county. Please file a bite report with the health department. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"file a lost pet report with the shelter at 410-313-2780" : referral passes', lines: then(LOST, 'Her found-pets page is at howardcountymd.gov/animal-control, and you can file a lost pet report with the shelter at 410-313-2780. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"just take her to your regular vet" : referral fails', lines: then(LOST, 'The registry look-up is at aaha.org/petmicrochiplookup. Once she is home, just take her to your regular vet for a check. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You can bring the kitten to the Howard County Animal Shelter, 8576 Davis Road, Columbia" : referral passes', lines: then(LOST, 'You can bring the kitten to the Howard County Animal Shelter, 8576 Davis Road, Columbia, MD 21045. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact a breed rescue" : referral fails', lines: then(ADOPT, 'The AKC explains breeds at akc.org/dog-breeds. For an adult beagle, contact a breed rescue. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"check with your breeder" : referral fails', lines: then(ADOPT, "The AKC's puppy vaccine schedule is at akc.org/expert-advice/health. Check with your breeder about the first shots. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for referralVerb's "file a report with": storing a report, the agency's or the provider's own act, the past
  { name: 'near miss: "file the vet\'s report with your other records" : no referral', lines: then(LOST, "Keep a copy: file the vet's report with your other records. The registry look-up is at aaha.org/petmicrochiplookup. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "File a copy of the bite report with your pet\'s papers." : no referral', lines: then(BARK, "File a copy of the bite report with your pet's papers. The rules are at library.municode.com/md/baltimore_county. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The shelter will file a report with the state if the cat tests positive." : no referral', lines: then(LOST, 'The shelter will file a report with the state if the cat tests positive. The rabies rules are at health.maryland.gov/rabies. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll file a report with our web team about the dead link." : no referral', lines: then(BARK, "I'll file a report with our web team about the dead link; the code is at library.municode.com/md/baltimore_county. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "If you already filed a report with animal control, the status is at …" : no referral', lines: then(BARK, 'If you already filed a report with animal control, the status is at baltimorecountymd.gov/animal-services. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "file a report in the app, it goes straight to the county" : no referral', lines: then(BARK, 'You can file a report in the BaltCoGo app (baltimorecountymd.gov/baltcogo), it goes straight to the county. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for the pet taken to a party: another's act, a place that is no party, a question about the patron's wish
  { name: 'near miss: "The shelter staff take her to the vet for her shots before adoption." : no referral', lines: then(ADOPT, 'The adoptable dogs are at howardcountymd.gov/adopt. The shelter staff take her to the vet for her shots before adoption. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Take her to the library\'s Paws to Read on Saturday" : no referral', lines: then(ADOPT, "Take her to the library's Paws to Read on Saturday; it's on samplelibrary.org/events. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Take your dog to the dog park at Centennial; the map is at …" : no referral', lines: then(ADOPT, 'Take your dog to the dog park at Centennial; the map is at howardcountymd.gov/parks. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Do you want to take her to a shelter?" : a question, no referral', lines: [...LOST, [70, 'l', 'The registry look-up is at aaha.org/petmicrochiplookup. Do you want to take her to a shelter, or keep her for now?'], [100, 'p', 'keep her'], [106, 'l', 'Ok, bye!']], exp: some({ referral: 'na' }) },
  { name: 'near miss: "Most adopters bring their new dog to the vet within a week." : no referral', lines: then(ADOPT, "Most adopters bring their new dog to the vet within a week; the checklist is at aspca.org/adopt. Does that help?"), exp: some({ referral: 'na' }) },
  // near misses for the parties of pets: a rescue dog (a modifier), the verb "rescue", a behaviorist's book, trainers with no referring verb
  { name: 'near miss: "Ask yourself if a rescue dog suits your schedule." : no referral', lines: then(ADOPT, 'Ask yourself if a rescue dog suits your schedule; the quiz at aspca.org/adopt helps. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Check whether the rescue requires a home visit: their FAQ …" : no referral', lines: then(ADOPT, 'Check whether the rescue requires a home visit: their FAQ is at cbrr.org/faq. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Trainers at the Humane Society run puppy classes; the schedule is at …" : no referral', lines: then(ADOPT, 'Trainers at the Humane Society run puppy classes; the schedule is at bchumane.org/training. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "\'The Other End of the Leash\' by Patricia McConnell, a behaviorist" : a source, no referral', lines: then(ADOPT, "Read 'The Other End of the Leash' by Patricia McConnell, an animal behaviorist. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Groomers\' prices are listed at …; kennel cough shots are on the AVMA page" : no referral', lines: then(ADOPT, "Most groomers ask for the kennel cough shot; the AVMA page at avma.org/kennel-cough explains it. Does that help?"), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-second round (U1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (U1): pets and animals, every check', whole);
describeSessions('thirty-second round (U1): pets and animals, short cases', short);
describeSessions('thirty-second round (U1): pets and animals, near misses of the changes', guards);

describeLeft('thirty-second-round-pets', LEFT);
