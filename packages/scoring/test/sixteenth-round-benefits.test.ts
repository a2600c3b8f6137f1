/**
 * Sixteenth round, area (Q3): BENEFITS AND SOCIAL SERVICES. Patrons asking about SNAP / food stamps and EBT cards,
 * Medicaid and Medicare enrollment, Social Security and SSI, WIC, energy and utility assistance (LIHEAP), housing
 * vouchers, free tax preparation (VITA, AARP Tax-Aide), veterans' benefits (the VA, county veterans service officers)
 * and immigration forms (USCIS), where the librarian's job is mostly finding the right agency and giving it with its
 * contact details (or failing to), without giving legal or benefit advice. Referrals with phones (vanity and 2-1-1
 * included), URLs, street addresses, offices and hours; near misses where a party is named but no way to reach it is
 * given (hours, a room, "the number on the back of your card"), or the only contact in reach belongs to another party
 * (a federal page for a county office, the library's own phone); follow-up promises and when to expect them, and
 * third parties' "they will mail it within 14 days" that are no promise of the provider's.
 * Voices: urban and rural public libraries, the statewide cooperative, a law school library, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases. The main ones:
 * - a contact counts for a referral only when it is the referred party's own way to reach them (an e-mail, phone,
 *   postal address or URL of THAT party): a federal program page (fns.usda.gov) is no contact for the county office
 *   the patron is told to visit, and the library's own phone is no contact for the Social Security office;
 * - opening hours, a room number or "in the courthouse annex" are not a postal address; a street address is;
 * - "the number on the back of your card" gives no number: no contact;
 * - 2-1-1 and a vanity number with its digits (1-800-MEDICARE) are phone numbers;
 * - what an agency will do ("SSA will mail the card within 14 days", "the caseworker will call you") is no follow-up
 *   promise of the provider's: not a follow-up session;
 * - "once the schedule is posted" is a condition, not a when: followup.contact fails;
 * - telling the patron to apply on a website is a source, not a referral; asking a colleague on the patron's behalf is
 *   no referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type SessionCase, some, sys, T0, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];

export const whole: SessionCase[] = [
  // ---- SNAP, WIC, EBT ------------------------------------------------------------------------------------------------
  {
    name: 'county library, SNAP in Maryland: county asked, myMDTHINK and the county DSS with street address, phone and hours; "Does that help?"; patron done',
    lines: [
      [0, 'p', 'how do i sign up for food stamps? i got laid off last month'],
      [24, 'l', "Hi, I'm sorry to hear that. This is Marisol, a librarian with Baltimore County Public Library. Which county do you live in?"],
      [61, 'p', 'baltimore county, towson area'],
      [70, 'l', 'Thanks. Give me a moment to pull up the right office.'],
      [138, 'l', "In Maryland you can apply for SNAP online at mymdthink.maryland.gov. If you'd rather apply in person, visit the Baltimore County Department of Social Services, 6401 York Road, Baltimore MD 21212, or call them at 410-853-3000 (Mon-Fri 8:30-4:30). I can't tell you whether you'll qualify; the caseworker decides that. Does that help?"],
      [190, 'p', "yes that's what i needed, that's all. thank you"],
      [197, 'l', "You're welcome! Thanks for chatting with BCPL, and good luck."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, WIC in Texas: "¿En qué condado vive?", the Texas WIC line and texaswic.org; "¿Le sirve?" and "¿Algo más?"; patron done',
    lines: [
      [0, 'p', 'Hola buenas tardes, quiero saber como aplicar para WIC, estoy embarazada'],
      [29, 'l', '¡Hola, felicidades! Le atiende Lupe, bibliotecaria de la Biblioteca Pública de San Antonio. ¿En qué condado vive usted?'],
      [70, 'p', 'en Bexar'],
      [78, 'l', 'Un momento, por favor, busco la clínica.'],
      [150, 'l', 'Para WIC en Texas puede llamar al 1-800-942-3678 o entrar a texaswic.org y poner su código postal para encontrar la clínica más cercana; ahí le hacen la cita. ¿Le sirve esta información?'],
      [200, 'p', 'si muchas gracias'],
      [206, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [240, 'p', 'no, eso es todo'],
      [246, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca. Que le vaya muy bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the customer service number on the back of your Link card" gives no number: the party has no contact
    // in the chat. abe.illinois.gov (given before, as where to report the loss) is IDHS's, not the card line's.
    name: 'SMS, lost Link (EBT) card: abe.illinois.gov as a source, then "call the customer service # on the back of ur card" (no number): referral fails',
    lines: [
      [0, 'p', 'lost my link card wat do i do'],
      [33, 'l', 'Hi this is Dre w/ Chicago Public Library text service. Did u lose the card itself or just forget the PIN?'],
      [90, 'p', 'the card, wallet got stolen'],
      [98, 'l', 'ok sorry!! u can report it lost n ask for a new one in ur ABE account at abe.illinois.gov'],
      [130, 'l', 'also call the customer service # on the back of ur Link card asap so they freeze it'],
      [170, 'p', 'the card is gone tho lol'],
      [178, 'l', 'haha fair. does the ABE part make sense tho?'],
      [220, 'p', 'ya ok'],
      [226, 'l', 'anything else i can help w?'],
      [250, 'p', 'nope'],
      [255, 'l', 'ok take care, thx for texting CPL!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the federal program page fns.usda.gov is USDA's, not the county office's: the office has no contact
    name: 'rural library, SNAP: "go to the Fayette County Job and Family Services office to apply in person" with only fns.usda.gov (another party\'s page): referral fails',
    lines: [
      [0, 'p', 'Do I have to go somewhere to apply for SNAP or can I mail it'],
      [40, 'l', 'Good morning, Carnegie Public Library in Washington Court House, this is Beth. Do you have internet at home, or are you using a library computer?'],
      [95, 'p', 'no internet at home, im on my phone'],
      [104, 'l', 'Then the easiest is to go to the Fayette County Job and Family Services office and apply in person; they can help you with the form there. The federal overview of how SNAP works is at fns.usda.gov/snap. Is that what you were looking for?'],
      [160, 'p', 'ok thanks'],
      [166, 'l', 'Is there anything else I can help you with today?'],
      [200, 'p', 'no'],
      [205, 'l', 'Take care, and thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- Medicare, Medicaid -------------------------------------------------------------------------------------------
  {
    name: 'Medicare Part D: medicare.gov Plan Finder given, then "I\'d recommend calling your State Health Insurance Assistance Program (SHIP)" with no contact: referral fails',
    lines: [
      [0, 'p', 'I turn 65 in March and I am confused about which drug plan to pick. Can you help?'],
      [22, 'l', "Hello! You've reached Ask a Librarian at Multnomah County Library; my name is Greg. Are you enrolling in Medicare for the first time, or changing a plan you have?"],
      [80, 'p', 'First time.'],
      [88, 'l', "Let me find the official tools for you, one moment."],
      [160, 'l', "I can't recommend a plan, but the Medicare Plan Finder at medicare.gov/plan-compare lets you enter your prescriptions and compare Part D plans in Oregon by cost. I'd also recommend calling your State Health Insurance Assistance Program (SHIP); they give free one-on-one counseling on exactly this. Does that answer your question?"],
      [230, 'p', 'Yes, thank you so much.'],
      [236, 'l', 'Anything else I can look up for you?'],
      [260, 'p', 'No that is all.'],
      [265, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: 1-800-MEDICARE followed by its digits is a phone number
    name: 'Medicare enrollment: "call 1-800-MEDICARE (1-800-633-4227)" and the Social Security office via ssa.gov/locator: referral passes; patron says on her own she is done',
    lines: [
      [0, 'p', "Good afternoon. My husband is 66 and still working. Does he have to sign up for Medicare Part B now? We're not sure who to ask."],
      [35, 'l', "Good afternoon, and thank you for contacting the Reference Desk at Sarasota County Libraries. I'm Ruth. Does he have health insurance through his current employer?"],
      [90, 'p', 'Yes, through his company, they have about 200 employees.'],
      [97, 'l', 'Thanks, let me check the official guidance.'],
      [180, 'l', "I can't say what he should do, but the people who can are Medicare itself: call 1-800-MEDICARE (1-800-633-4227). Enrollment in Part B goes through Social Security, so he can also contact his local Social Security office; find it at ssa.gov/locator. Medicare's page on working past 65 is medicare.gov/basics/get-started-with-medicare/sign-up/when-does-medicare-coverage-start. Is that helpful?"],
      [250, 'p', "Very. That's everything I needed, thank you!"],
      [256, 'l', 'My pleasure. Have a good afternoon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Medicaid in Kentucky, picked up after 95 s: kynect.ky.gov and the DCBS office phone; otherwise a good session',
    lines: [
      [0, 'p', 'how do i get medicaid for my kids'],
      [95, 'l', 'Hi, thanks for waiting! This is Jenna at the Louisville Free Public Library. Are the children already covered by anything, like KCHIP?'],
      [140, 'p', 'no nothing right now'],
      [150, 'l', 'You can apply for Medicaid and KCHIP together at kynect.ky.gov, or call kynect at 855-459-6328 and they will take the application over the phone. Does that help?'],
      [190, 'p', 'yes'],
      [195, 'l', 'Anything else today?'],
      [215, 'p', 'no thx'],
      [220, 'l', 'Thanks for chatting with LFPL. Bye!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    // reading: "Hi there! What can I help with?" greets but does not say who answers; the second provider message
    // gives the answer with no name either
    name: 'Medicaid renewal, no one ever says who is answering: greeting fails; "Did that answer it?" passes',
    lines: [
      [0, 'p', 'i got a letter saying i need to renew my medicaid, where do i send it'],
      [20, 'l', 'Hi there! What state are you in?'],
      [50, 'p', 'pennsylvania'],
      [58, 'l', 'In PA you can renew online at compass.state.pa.us, or call the statewide customer service center at 1-877-395-8930 to renew by phone. Did that answer it?'],
      [95, 'p', 'yeah'],
      [100, 'l', 'Anything else?'],
      [125, 'p', 'no'],
      [130, 'l', 'Have a good day!'],
    ],
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },

  // ---- Social Security, SSI -----------------------------------------------------------------------------------------
  {
    name: 'SSI for a disabled adult son: ssa.gov/ssi, 1-800-772-1213 and the field office locator; the librarian declines to say whether he qualifies',
    lines: [
      [0, 'p', 'My son is 19 and has autism. Can he get SSI now that he is an adult? How do we apply?'],
      [30, 'l', "Hello, and welcome to the Ask Us chat at Dayton Metro Library; this is Keisha. Is he living at home with you?"],
      [80, 'p', 'Yes he lives with us.'],
      [90, 'l', "Thanks. I can't tell you whether he'd qualify (Social Security decides that), but I can point you to how to apply. One moment."],
      [170, 'l', "Social Security's SSI page is ssa.gov/ssi. To start an application, call Social Security at 1-800-772-1213 (Mon-Fri 8 am-7 pm) or make an appointment at your local field office; find it at ssa.gov/locator. Is that what you were looking for?"],
      [240, 'p', 'Yes thank you'],
      [246, 'l', 'Is there anything else I can help you with?'],
      [270, 'p', 'No, thanks again.'],
      [276, 'l', 'Take care, and thanks for using Ask Us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Social Security card replacement, then a silence of 160 s with no hold before the answer: keep_informed fails',
    lines: [
      [0, 'p', 'hi how do i replace a lost social security card'],
      [18, 'l', 'Hi! This is Omar, a librarian at Tulsa City-County Library. Is it your own card, or a child\'s?'],
      [50, 'p', 'mine'],
      [210, 'l', 'Adults can usually request a replacement online with a my Social Security account at ssa.gov/myaccount; the steps are at ssa.gov/number-card/replace-card. Does that answer your question?'],
      [260, 'p', 'yes, thats all i needed'],
      [266, 'l', 'Glad to help, thanks for contacting the library!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the library's own phone is no contact for the Social Security office the patron is told to contact
    name: 'SSDI appeal: "contact your local Social Security office within 60 days", then "our number is 614-555-0100 if you have more questions" (the library\'s): referral fails',
    lines: [
      [0, 'p', 'my disability claim got denied, how do i appeal it'],
      [26, 'l', "Hello, you've reached Columbus Metropolitan Library's chat, and my name is Ben. When did the denial letter come?"],
      [72, 'p', 'about 2 weeks ago'],
      [80, 'l', "You generally have 60 days from the letter to ask for reconsideration; Nolo's plain-language guide is at nolo.com/legal-encyclopedia/social-security-disability-appeals. You should contact your local Social Security office soon so the deadline doesn't pass; I'm not able to advise on the appeal itself. Does that help?"],
      [140, 'p', 'ok yes'],
      [146, 'l', "Our number here at the library is 614-555-0100 if you have more questions. Anything else I can help with?"],
      [180, 'p', 'no'],
      [186, 'l', 'Thanks for chatting, take care.'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- energy assistance ---------------------------------------------------------------------------------------------
  {
    name: 'LIHEAP in Maryland: BGE with its number for a payment plan, but "also call your local Office of Home Energy Programs" with no contact: referral fails (each party needs its own)',
    lines: [
      [0, 'p', 'I got a shutoff notice from BGE. Is there any help paying the bill?'],
      [27, 'l', "Hi, I'm Tasha, a librarian with Enoch Pratt Free Library. Is the shutoff date soon, within the next week or two?"],
      [70, 'p', 'the 15th'],
      [78, 'l', "OK. Call BGE at 800-685-0123 today to ask about a payment plan and tell them you're applying for energy assistance. Also call your local Office of Home Energy Programs; they run the state's energy assistance grants. Is that the kind of help you were looking for?"],
      [140, 'p', 'yes thank you'],
      [146, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no thats it'],
      [175, 'l', 'Thanks for reaching out, and good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'LIHEAP follow-up: the librarian promises the list of Ohio HEAP agencies "by tomorrow noon", reads the e-mail back, refers to the NEAR line meanwhile; recorded after 20 h',
    lines: [
      [0, 'p', 'Where can I apply for heating assistance in Athens County Ohio? I need somewhere I can go in person.'],
      [30, 'l', "Good morning! You've reached the Athens County Public Libraries reference chat, this is Colleen. Do you need help with this winter's heating bill, or with a repair to the furnace?"],
      [85, 'p', "The bill. I'm behind."],
      [95, 'l', "Let me look for the in-person sites, one moment."],
      [180, 'l', "I'm still checking: the state's list of local providers isn't loading right now."],
      [280, 'l', "The state site is down. If you give me your e-mail, I'll send you the list of in-person HEAP sites in Athens County by tomorrow noon. Meanwhile you can call the National Energy Assistance Referral line at 1-866-674-6327 and they can tell you the local agency."],
      [330, 'p', 'dana.w.athens@example.org'],
      [338, 'l', "Got it: dana.w.athens@example.org. You'll have the list by noon tomorrow. Does the NEAR line number help for now?"],
      [370, 'p', 'yes thank you so much'],
      [376, 'l', 'Is there anything else I can help with today?'],
      [400, 'p', 'no thats all'],
      [405, 'l', 'Thank you for contacting the library. Stay warm!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(410, 20, 'colleen') },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }),
  },

  // ---- housing ------------------------------------------------------------------------------------------------------
  {
    // reading: hud.gov is HUD's page, not the Housing Authority's contact: HACLA is named with no way to reach it
    name: 'Section 8 waitlist: HUD\'s voucher page given, "contact HACLA to get on their list" with no contact of theirs: referral fails',
    lines: [
      [0, 'p', 'how long is the section 8 wait list in los angeles and how do i get on it'],
      [31, 'l', 'Hi! Thanks for contacting LAPL. I\'m Victor. Are you looking at the City of LA, or somewhere else in LA County?'],
      [75, 'p', 'the city'],
      [82, 'l', "One moment while I check."],
      [150, 'l', "HUD's overview of how the Housing Choice Voucher program works is at hud.gov/topics/housing_choice_voucher_program_section_8. In the City of LA the list is run by the Housing Authority of the City of Los Angeles (HACLA); contact HACLA to get on their list, since the list only opens at certain times. Does that answer your question?"],
      [200, 'p', 'kind of, ok'],
      [206, 'l', 'Anything else I can do for you?'],
      [230, 'p', 'no'],
      [236, 'l', 'Thank you for using LAPL chat. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'public charge worry: the librarian refuses legal advice and refers to a legal aid group with phone and URL: passes',
    lines: [
      [0, 'p', 'if i apply for housing help will it hurt my green card application later?'],
      [28, 'l', "Hello, this is Anh from Seattle Public Library's Ask Us service. That's a legal question I can't answer, but I can find people who can. Are you in Seattle or King County?"],
      [80, 'p', 'yes seattle'],
      [90, 'l', "Northwest Immigrant Rights Project gives free legal consultations on exactly this: call them at 206-587-4009 or see nwirp.org. USCIS's own public charge page is uscis.gov/public-charge. Is that what you were looking for?"],
      [150, 'p', 'yes thats helpful thanks'],
      [156, 'l', 'Anything else I can help with?'],
      [175, 'p', 'no'],
      [180, 'l', 'Take care, and thanks for contacting SPL.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- taxes --------------------------------------------------------------------------------------------------------
  {
    name: 'VITA at the library: AARP Tax-Aide at Central on Tuesdays, appointments at aarpfoundation.org/taxaide or through 2-1-1: referral passes',
    lines: [
      [0, 'p', 'Do you guys do free taxes this year'],
      [22, 'l', "Hi! This is Lorena at Tucson-Pima Public Library. Are you looking for a free tax preparer, or just the forms?"],
      [60, 'p', 'somebody to do them for me, im a senior'],
      [68, 'l', 'AARP Foundation Tax-Aide volunteers are at the Joel D. Valdez Main Library, 101 N. Stone Ave, Tuesdays and Thursdays 10-2 from February to April 15. Book an appointment at aarpfoundation.org/taxaide or by dialing 2-1-1. Does that help?'],
      [120, 'p', 'yes, that is all i need'],
      [126, 'l', 'Wonderful. Thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "once the schedule is posted" is a condition, not a time: followup.contact fails
    name: 'VITA schedule not out yet: "I\'ll email you the VITA sites once the schedule is posted", e-mail read back, no when: contact fails; on_time pending',
    lines: [
      [0, 'p', 'when does the free tax help start at the branches this year'],
      [25, 'l', 'Hello! Denver Public Library, Alex speaking. Which branch is closest to you?'],
      [60, 'p', 'Ross-Broadway'],
      [70, 'l', "The 2027 VITA schedule hasn't been posted yet; last year's sites are still on denverlibrary.org/taxes. Is that enough for now, or would you like me to send you the new list?"],
      [110, 'p', 'send it pls, ross.b.reader@example.org'],
      [118, 'l', "Sure: ross.b.reader@example.org. I'll email you the VITA sites once the schedule is posted. Anything else?"],
      [140, 'p', 'no thanks'],
      [146, 'l', 'Thanks for chatting with DPL!'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'free tax help, promise "I will email the IRS VITA list by Friday" but the session is coded Answered: resolution fails; contact passes; on_time pending',
    lines: [
      [0, 'p', 'looking for free tax prep near zip 28205'],
      [30, 'l', 'Hi, Charlotte Mecklenburg Library here, this is Devon. Do you need in-person help or would free online filing work?'],
      [70, 'p', 'in person'],
      [78, 'l', "The IRS locator at irs.treasury.gov/freetaxprep lists VITA sites by ZIP, but Charlotte's aren't up yet. I will email you the list by Friday; what's your email?"],
      [120, 'p', 'tax.help.28205@example.org'],
      [126, 'l', 'Thanks, tax.help.28205@example.org it is. You will have it by Friday. Anything else?'],
      [150, 'p', 'nope'],
      [155, 'l', 'Thanks for contacting the library!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },

  // ---- veterans -----------------------------------------------------------------------------------------------------
  {
    name: 'county veterans service officer: name, courthouse street address, phone and walk-in hours; va.gov for the forms: referral passes',
    lines: [
      [0, 'p', "My dad was in Vietnam and has diabetes now. Someone said he could get VA disability for it? Who do we talk to?"],
      [34, 'l', "Hi, welcome to Ask a Librarian at Kalamazoo Public Library. I'm Sheila. Does your dad live here in Kalamazoo County?"],
      [80, 'p', 'yes in Portage'],
      [88, 'l', "I can't say whether he qualifies, but the county's Veterans Service Officer files these claims for free. Contact the Kalamazoo County Veterans Services office, 3299 Gull Road, Kalamazoo MI 49048, phone 269-373-5380; walk-ins Tuesday and Thursday mornings. The VA's page on Agent Orange presumptive conditions is va.gov/disability/eligibility/hazardous-materials-exposure/agent-orange. Does this answer your question?"],
      [150, 'p', "Yes! That's all I needed."],
      [156, 'l', 'Thank you for his service, and thank you for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "in the courthouse annex, Room 114" is a place in a building, not a postal address
    name: 'rural CVSO named with only "in the courthouse annex, Room 114, mornings": no contact, referral fails; info.source still passes on va.gov',
    lines: [
      [0, 'p', 'hi i need help getting my VA healthcare set up, just got out of the army'],
      [28, 'l', 'Hey there, thanks for your service! This is Matt at the Custer County Library. Have you already filled out the health care application, form 10-10EZ?'],
      [80, 'p', 'no havent started'],
      [88, 'l', "You can apply online at va.gov/health-care/apply. If you want someone to help you fill it out, talk to Jim Hartley, our county veterans service officer; he's in the courthouse annex, Room 114, weekday mornings. Did that help?"],
      [140, 'p', 'ya'],
      [145, 'l', 'Anything else I can do for you?'],
      [170, 'p', 'nah'],
      [175, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'GI Bill: the chat goes idle after the answer; "You still there?" then "looks like you stepped away, I\'ll end the chat now, come back anytime" (idle 230 s)',
    lines: [
      [0, 'p', 'can i use my GI bill for a coding bootcamp'],
      [26, 'l', "Hi! You're chatting with Priya, a librarian at San Diego Public Library. Which bootcamp, or are you still choosing?"],
      [80, 'p', 'still choosing'],
      [90, 'l', "VA's GI Bill Comparison Tool at va.gov/education/gi-bill-comparison-tool shows which programs are approved and what the benefit pays; the VET TEC pages at va.gov/education/about-gi-bill-benefits/how-to-use-benefits/vettec-high-tech-program cover bootcamps. Does that answer your question?"],
      [225, 'l', 'You still there?'],
      [320, 'l', "Looks like you stepped away, so I'll end the chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- immigration --------------------------------------------------------------------------------------------------
  {
    name: 'USCIS green card renewal: restates the need, gives uscis.gov/i-90; "you may want to talk to an immigration attorney" with no contact: referral fails',
    lines: [
      [0, 'p', 'My green card expires in June, what form do I need?'],
      [20, 'l', "Hello, this is Farah with the Ask Us librarians at Hennepin County Library. So you have a 10-year card and need to renew it, not apply for citizenship?"],
      [60, 'p', 'yes, renew'],
      [66, 'l', "That's Form I-90, Application to Replace Permanent Resident Card; the form, fee and instructions are at uscis.gov/i-90, and you can file it online there. If anything in your history is complicated, you may want to talk to an immigration attorney before filing. Is that what you needed?"],
      [110, 'p', 'yes perfect'],
      [115, 'l', 'Is there anything else I can help with?'],
      [140, 'p', 'no'],
      [145, 'l', 'Thanks for using Ask Us. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'law school library, naturalization: refers to the school\'s Immigration Clinic by e-mail and phone, and to the USCIS Contact Center: passes',
    lines: [
      [0, 'p', "Hello, I'm not a student. Can someone at the law library help me fill out the N-400?"],
      [40, 'l', "Hi, thanks for contacting the Rutgers Law Library reference desk; this is Paul, a reference librarian. We can't help complete the form, since that would be legal advice. Are you a New Jersey resident?"],
      [95, 'p', 'Yes, Newark'],
      [104, 'l', "The law school's Immigrant Rights Clinic sometimes takes community cases: write to them at immigrantclinic@law.rutgers.edu or call 973-353-5576. For questions about your case once filed, call the USCIS Contact Center at 800-375-5283. The N-400 and its instructions are at uscis.gov/n-400. Does that help?"],
      [160, 'p', 'Yes, that is everything, thank you.'],
      [166, 'l', 'Good luck, and thank you for contacting the law library.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'transfer to a Spanish-speaking librarian with a note saying why and a visible announcement: transfer passes; USCIS fee waiver',
    lines: [
      [0, 'p', 'hola necesito ayuda con la forma I-912'],
      [25, 'l', "Hi, this is Jo at the Queens Public Library chat. I don't speak Spanish well; let me transfer you to my colleague Rosa, who does. One moment please."],
      [30, 'i', 'Rosa, patron needs help in Spanish with the USCIS fee waiver form I-912. Can you take it?'],
      [35, 's', 'Session transferred to Rosa Méndez', sys('transfer', 'rmendez')],
      [60, 'l', '¡Hola! Soy Rosa, bibliotecaria de Queens Public Library. ¿Es para la solicitud de ciudadanía o para otra forma?', who('Rosa Méndez', 'rmendez')],
      [100, 'p', 'para la ciudadania'],
      [110, 'l', 'La forma I-912 y sus instrucciones están en uscis.gov/i-912, también en español. No puedo darle consejo legal sobre si califica. ¿Le sirve?', who('Rosa Méndez', 'rmendez')],
      [150, 'p', 'si gracias, es todo'],
      [156, 'l', '¡Con gusto! Gracias por usar el chat de la biblioteca.', who('Rosa Méndez', 'rmendez')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer without any internal note to the receiving provider: transfer fails; DACA renewal',
    lines: [
      [0, 'p', 'where do i find the DACA renewal form'],
      [20, 'l', "Hi there, this is Nate at the Ask Us desk, Austin Public Library. I'm going to transfer you to our immigration resources specialist, please hold."],
      [28, 's', 'Session transferred to Lucía Ortiz', sys('transfer', 'lortiz')],
      [55, 'l', 'Hi, Lucía here. Is this a renewal of a current DACA grant, not a first request?', who('Lucía Ortiz', 'lortiz')],
      [80, 'p', 'renewal'],
      [88, 'l', 'DACA renewals use Form I-821D with Form I-765 and the I-765 worksheet; all three are at uscis.gov/i-821d. Did that help?', who('Lucía Ortiz', 'lortiz')],
      [120, 'p', 'yes, thats all'],
      [125, 'l', 'Thanks for contacting APL!', who('Lucía Ortiz', 'lortiz')],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- closing and dismissal ----------------------------------------------------------------------------------------
  {
    name: 'a second benefits question: "I can only take one question per chat, so you\'ll need to start over" ends the help at a limit: dismissal fails',
    lines: [
      [0, 'p', 'whats the phone number for the food stamp office in memphis'],
      [24, 'l', 'Hello, Memphis Public Libraries, this is Carla. Do you mean the Shelby County office of the Tennessee Department of Human Services?'],
      [55, 'p', 'yes'],
      [62, 'l', 'You can call Tennessee DHS Family Assistance at 866-311-4287 or apply online at onedhs.tn.gov. Does that answer your question?'],
      [100, 'p', 'yes and also how do i get a phone through lifeline'],
      [108, 'l', "I can only take one question per chat, so you'll need to start over. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' }),
  },
  {
    name: 'other patrons waiting, said politely with an invitation back after the second question is answered: dismissal passes',
    lines: [
      [0, 'p', 'is there help with water bills in detroit'],
      [25, 'l', 'Hi! This is Jamal at Detroit Public Library. Are you behind on the bill, or looking for a lower monthly rate?'],
      [60, 'p', 'behind, like 3 months'],
      [68, 'l', "The city's Water Residential Assistance Program (WRAP) helps with arrears: apply at detroitmi.gov/wrap or call Wayne Metro at 313-386-9727. Does that help?"],
      [110, 'p', 'yes. also my gas bill, and my rent, and can you look up my tax foreclosure'],
      [118, 'l', "For gas, DTE's assistance page is dteenergy.com/assistance. There are several people waiting in the queue right now, so could you start a new chat in a bit for the rent and foreclosure questions? We'll be glad to help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'lost call: only the first question about WIC and the patron is gone; check-in and notice with a goodbye (idle 220 s): coded Lost Call',
    lines: [
      [0, 'p', 'do i qualify for WIC if im not a citizen'],
      [10, 's', 'Patron has left the session', sys('patron_left')],
      [30, 'l', "Hi, I'm Sam with AskUsNow!, Maryland's library chat."],
      [150, 'l', 'Are you still there?'],
      [250, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to chat back anytime. Thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library with no patron contact anywhere: "your library\'s staff will reach out": code and contact fail; on_time pending',
    lines: [
      [0, 'p', 'does Frederick County have a benefits navigator at the library? I need help with medical assistance forms'],
      [35, 'l', "Good afternoon! This is Joan, a librarian with AskUsNow! at Howard County Library. Are you a Frederick County resident?"],
      [80, 'p', 'yes'],
      [90, 'l', "Frederick County Public Libraries host community health workers some weeks, but I can't see their schedule from here. I'll pass your question on and someone from your library will reach out to you about it."],
      [130, 'p', 'ok'],
      [136, 'l', 'Thanks for contacting AskUsNow!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Medicaid estate question followed up late: the promise, the e-mail and "by Wednesday" in the chat, recorded after 80 h: on_time fails',
    lines: [
      [0, 'p', 'Can Medicaid take my mother\'s house after she dies? Where can I read the rules for Virginia?'],
      [30, 'l', "Hello, you've reached the Fairfax County Public Library chat. My name is Dana. Is your mother receiving Medicaid for nursing home care now?"],
      [80, 'p', 'yes since last year'],
      [90, 'l', "I want to find the exact Virginia regulation, which will take longer than this chat. If you give me your e-mail, I'll send it by Wednesday."],
      [130, 'p', 'k.osei.family@example.org'],
      [136, 'l', "Thanks, I have k.osei.family@example.org and you'll hear from me by Wednesday. For legal advice about the house itself, call the Elder Law hotline at 1-800-552-3402 (Virginia's Senior Legal Helpline). Anything else?"],
      [170, 'p', 'no, thank you'],
      [176, 'l', 'Thanks for contacting FCPL!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(181, 80, 'dana') },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail', referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'a referral whose number comes in the next provider message ("Their number is 717-555-0123"): passes',
    lines: [
      [0, 'p', 'who helps with veterans pension paperwork in york county pa'],
      [20, 'l', 'Hi, this is Carol at York County Libraries. You should contact the York County Veterans Affairs office; they do pension claims for free.'],
      [30, 'l', 'Their number is 717-771-9218, and they are at 150 Pleasant Acres Road, York.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'applying on a website is a source, not a referral: "You can apply for HEAP online at benefits.ohio.gov": referral na',
    lines: [
      [0, 'p', 'can i apply for HEAP online'],
      [18, 'l', 'Hello! Toledo Lucas County Public Library, this is Amir. Yes: you can apply for HEAP online at benefits.ohio.gov; have your last utility bill handy. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'asking a colleague on the patron\'s behalf ("let me ask our adult services librarian, one moment") is no referral: na',
    lines: [
      [0, 'p', 'are the free tax people coming to the Eastside branch this year'],
      [20, 'l', "Hi! This is Bea at Spokane Public Library. Let me ask our adult services librarian, one moment."],
      [90, 'l', 'She says AARP Tax-Aide will be at Liberty Park on Saturdays from Feb 3; the schedule is at spokanelibrary.org/taxes. Does that answer it?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: 2-1-1 is a phone number
    name: 'dial 2-1-1 for emergency rent help: a phone contact, referral passes',
    lines: [
      [0, 'p', 'i need help with rent this month, any programs?'],
      [25, 'l', 'Hi, Nashville Public Library, Kayla here. For emergency rent help in Davidson County, call United Way by dialing 2-1-1; they keep the current list of agencies with funds.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'Spanish: "Llame a la oficina del Seguro Social" with no number: referral fails',
    lines: [
      [0, 'p', 'perdi la tarjeta del seguro social de mi hijo'],
      [25, 'l', '¡Hola! Le atiende Marta de la Biblioteca de Houston. ¿Su hijo es menor de edad?'],
      [60, 'p', 'si tiene 8'],
      [70, 'l', 'Para un menor no se puede por internet. Llame a la oficina del Seguro Social para pedir una cita y lleve el acta de nacimiento.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'USCIS appointment through the Contact Center at 800-375-5283: referral passes',
    lines: [
      [0, 'p', 'how do i get an appointment at the uscis office in baltimore'],
      [20, 'l', 'Hi, AskUsNow! librarian Jen here. You can request an appointment at your local USCIS field office by calling the USCIS Contact Center at 800-375-5283; they set it up for you.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "the number on the back of your card" gives no number
    name: '"Call the number on the back of your EBT card" and nothing else: referral and source fail',
    lines: [
      [0, 'p', 'my ebt card got declined but i have money on it'],
      [20, 'l', 'Hi, this is Lee with Pima County Public Library. Did it say the card was locked, or insufficient funds?'],
      [45, 'p', 'it said invalid card'],
      [55, 'l', 'Call the number on the back of your EBT card; customer service can check whether it was deactivated.'],
    ],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  {
    // reading: what an agency will do is no promise of the provider's: not a follow-up session
    name: '"Social Security will mail your new card within 14 days" is the agency\'s, not a follow-up promise: contact na, code passes',
    lines: [
      [0, 'p', 'i ordered a replacement ss card online how long does it take'],
      [20, 'l', 'Hi, this is Gus at Kansas City Public Library. Social Security will mail your new card within 14 days of approving the request; the timeline is on ssa.gov/number-card. Does that answer it?'],
    ],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    name: '"Your caseworker will call you within 10 business days for the interview" is the agency\'s: not a follow-up session',
    lines: [
      [0, 'p', 'I applied for SNAP yesterday, what happens now'],
      [22, 'l', "Hello! Spokane County Library District, this is Aaron. After an application, your DSHS caseworker will call you within 10 business days for the interview; the steps are at dshs.wa.gov/esa/community-services-offices/basic-food. Is that what you needed?"],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'follow-up promised with the patron\'s e-mail only in the patron fields, never in the chat: contact fails; code passes (contact known)',
    lines: [
      [0, 'p', 'can you find out if the vet center in tacoma does PTSD groups for spouses'],
      [25, 'l', 'Hi, this is Luz at Tacoma Public Library. Is this for you, as a spouse?'],
      [60, 'p', 'yes'],
      [70, 'l', "I'll call the Vet Center and email you what they say tomorrow morning."],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'spouse.tacoma@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up by phone: the patron\'s number read back and "someone from the Hagerstown branch will call you tomorrow before noon": contact passes',
    lines: [
      [0, 'p', 'I need help printing and filling out the SNAP recertification, can the library help'],
      [25, 'l', 'Hello, AskUsNow! librarian Pat here. Which library do you usually go to?'],
      [60, 'p', 'Hagerstown, my number is 301-555-0142'],
      [70, 'l', "Thanks, I have 301-555-0142. I'll pass this to Washington County Free Library and someone from the Hagerstown branch will call you tomorrow before noon to set up a time."],
    ],
    over: { ...FU_LIB },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"Someone from your library will contact you" coded Answered, no contact: code fails and contact fails',
    lines: [
      [0, 'p', 'does the library have someone who helps with medicare paperwork'],
      [25, 'l', 'Hi, this is Rae at Harford County Public Library. Some branches host SHIP counselors. Someone from your library will contact you about the dates.'],
    ],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'a named specialist with her e-mail: "Ms. Patel, our outreach librarian, does benefits help Wednesdays; email her at rpatel@cuyahogalibrary.org": passes',
    lines: [
      [0, 'p', 'is there anyone at the library who helps seniors apply for benefits'],
      [20, 'l', 'Hi! Cuyahoga County Public Library, this is Jon. Ms. Patel, our outreach librarian, does one-on-one benefits help on Wednesdays; email her at rpatel@cuyahogalibrary.org to book a slot.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "on Elm Street" with no number is a street, not a postal address
    name: '"Stop by the Social Security field office on Elm Street" (no number, no other contact): referral fails',
    lines: [
      [0, 'p', 'where is the ssa office in manchester'],
      [20, 'l', 'Hi, this is Kris at Manchester City Library. Are you asking about Manchester, New Hampshire?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Stop by the Social Security field office on Elm Street downtown; it is open weekday mornings.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'a question about something not yet given ("Would a list of VITA sites help?") is no completeness question',
    lines: [
      [0, 'p', 'i need free help with my taxes'],
      [20, 'l', 'Hello, this is Ivy at Akron-Summit County Public Library. Would a list of VITA sites near you help?'],
      [50, 'p', 'yes 44310'],
      [60, 'l', 'The nearest is the Akron Urban League, 440 Vernon Odom Blvd, Saturdays 9-1; book through 2-1-1 or irs.treasury.gov/freetaxprep.'],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for contacting ASCPL!'],
    ],
    exp: some({ complete: 'fail', clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'a patron wait of 150 s between the question and the answer, no hold: keep_informed fails',
    lines: [
      [0, 'p', 'what is the income limit for LIHEAP in michigan for 2 people'],
      [20, 'l', 'Hi, Grand Rapids Public Library, Joe here. Is this for heating or for the summer cooling help?'],
      [45, 'p', 'heating'],
      [195, 'l', "Michigan's State Emergency Relief and the Home Heating Credit both have limits; the current chart is at michigan.gov/mdhhs under Assistance Programs > Energy. Does that help?"],
    ],
    exp: some({ informed: 'fail', clarify: 'pass', source: 'pass' }),
  },
  {
    // reading: giving the clinic the patron asked for, with its address and phone, does not tell the patron to contact
    // or visit it: no referral
    name: 'hold messages every 90 s while searching the VA facility locator: keep_informed passes',
    lines: [
      [0, 'p', 'is there a VA clinic closer to Ely than Duluth'],
      [20, 'l', 'Hi! This is Nora at Arrowhead Library System. Are you looking for primary care, or something else like mental health?'],
      [50, 'p', 'primary care'],
      [58, 'l', 'Checking the VA facility locator now, hang tight.'],
      [148, 'l', 'Still digging, the map is slow today.'],
      [238, 'l', 'The closest is the Hibbing VA Clinic, 1101 E 37th St, Hibbing, phone 218-263-9698; more at va.gov/find-locations. Does that help?'],
    ],
    exp: some({ informed: 'pass', referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Good evening, you\'ve reached Ask a Librarian at the Free Library of Philadelphia" greets and says who: greeting passes',
    lines: [
      [0, 'p', 'how do i apply for the PA property tax rent rebate'],
      [20, 'l', "Good evening, you've reached Ask a Librarian at the Free Library of Philadelphia. Is the rebate for rent or for property taxes you paid?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'closing time with no way back ("we close in 5 minutes so I have to end this now"): dismissal fails',
    lines: [
      [0, 'p', 'can you help me find the form to add my baby to my food stamps case'],
      [20, 'l', 'Hi, this is Sara at Lakewood Public Library. Which state is your case in?'],
      [45, 'p', 'colorado'],
      [55, 'l', 'We close in 5 minutes so I have to end this now.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'closing time with a way back ("chat back tomorrow at 9 and we\'ll find the form"): dismissal passes',
    lines: [
      [0, 'p', 'can you help me find the form to add my baby to my food stamps case'],
      [20, 'l', 'Hi, this is Sara at Lakewood Public Library. Which state is your case in?'],
      [45, 'p', 'colorado'],
      [55, 'l', "We're closing in 5 minutes, but please chat back tomorrow at 9 or call us at 303-555-0199 and we'll find the form with you. Thanks for your patience!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'restatement before the source ("So you\'re asking about the I-130 for your mother, not your own status?"): clarify passes',
    lines: [
      [0, 'p', 'how do i bring my mom from the philippines, i am a citizen'],
      [18, 'l', "Hi, Ask Us at San Francisco Public Library, this is Mei. So you're asking about petitioning for your mother, not about your own status?"],
      [45, 'p', 'right'],
      [52, 'l', 'That starts with Form I-130, Petition for Alien Relative, at uscis.gov/i-130. I can\'t advise on your case, but the instructions list every document. Is that what you needed?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'the provider goes straight to the source on a fully stated question: clarify fails',
    lines: [
      [0, 'p', 'Where is the form to change my address with USCIS? I have a pending I-485.'],
      [18, 'l', "Hello, this is Tim at Brooklyn Public Library. Use the online change of address at uscis.gov/addresschange; with a pending I-485 it updates your case. Does that answer your question?"],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a party named with the URL of its own site ("contact the Area Agency on Aging at aaa7.org"): referral passes',
    lines: [
      [0, 'p', 'my grandmother needs help applying for medicaid waiver in-home care, who does that in southern ohio'],
      [22, 'l', 'Hi, this is Lynn at Portsmouth Public Library. Contact the Area Agency on Aging District 7 at aaa7.org; their care coordinators do the PASSPORT waiver assessments.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'patron says "ok thanks" only and no one asks anything else: anything_else fails',
    lines: [
      [0, 'p', 'whats the phone for the va in st louis'],
      [15, 'l', 'Hi, St. Louis Public Library, this is Ed. The John Cochran VA Medical Center main line is 314-652-4100. Did that help?'],
      [40, 'p', 'ok thanks'],
      [45, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass', complete: 'pass' }),
  },
  // ---- near misses next to this round's fixes ------------------------------------------------------------------------
  {
    name: 'the number on the back of a library card to log in is no referral ("Log in with the 14-digit number on the back of your library card"): na',
    lines: [
      [0, 'p', 'how do i get into the free legal forms database from home'],
      [20, 'l', 'Hi, this is Val at Pima County Public Library. Go to library.pima.gov/legal and log in with the 14-digit number on the back of your library card and your PIN. Did that work?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'the number on the back of a Medicaid card, with the plan\'s number given too: referral passes',
    lines: [
      [0, 'p', 'who do i call to find a dentist that takes my medicaid'],
      [20, 'l', "Hi, this is Ray at Louisville Free Public Library. Call the member services number on the back of your Medicaid card; for Passport Health Plan it's 800-578-0603."],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Your caseworker will call you for the interview, and I\'ll email you the document checklist tonight": the provider\'s promise still counts (code Answered fails)',
    lines: [
      [0, 'p', 'I applied for food stamps last week. what do I need for the interview? my email is snap.q3@example.org'],
      [22, 'l', "Hello, Toledo Lucas County Public Library, this is Grace. Your caseworker will call you for the interview, and I'll email you the document checklist tonight at snap.q3@example.org."],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: '"Request an appointment at your local USCIS field office, and call the Contact Center at 800-375-5283 about the delay": two parties, the field office with no contact: fails',
    lines: [
      [0, 'p', 'my biometrics appointment never came, what do i do'],
      [20, 'l', 'Hi, AskUsNow! librarian Jen here. Request an appointment at your local USCIS field office, and call the USCIS Contact Center at 800-375-5283 about the delay.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the same party picked up by "they" after a first sentence that names it ("Ask the Veterans Services staff for form 21-526EZ; they keep paper copies"): passes',
    lines: [
      [0, 'p', 'where can i get a paper copy of the VA disability claim form in houston'],
      [20, 'l', 'Hi, this is Kai at Houston Public Library. Call the Harris County Veterans Services office at 713-274-5400 today. Ask the Veterans Services staff for form 21-526EZ; they keep paper copies.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'a booking with no party in the sentence before ("The library has quiet rooms… Book a time at spl.libcal.com/rooms") books no one: referral na',
    lines: [
      [0, 'p', 'is there somewhere quiet at the library where i can do my taxes online'],
      [20, 'l', 'Hi, Ask Us at Seattle Public Library, Jun here. The library has quiet rooms you can use for an hour at a time. Book a time at spl.libcal.com/rooms.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'a condition before the comma ("If the Hibbing clinic at 1101 E 37th St is closed, phone 218-263-9698") still tells the patron to call: passes',
    lines: [
      [0, 'p', 'what if the va clinic is closed when i get there'],
      [20, 'l', 'Hi, this is Nora at Arrowhead Library System. If the Hibbing clinic at 1101 E 37th St is closed, phone 218-263-9698 for the after-hours nurse line.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"…, 1101 E 37th St, Hibbing, or phone 218-263-9698 first" (an "or" before the verb): still a referral, passes',
    lines: [
      [0, 'p', 'how do i get a flu shot as a veteran'],
      [20, 'l', 'Hi, this is Nora at Arrowhead Library System. Walk in at the Hibbing VA Clinic, 1101 E 37th St, Hibbing, or phone 218-263-9698 first to check the hours.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (run since v18's block RM; it was left:) "go in person" tells the patron to visit the party named in the clause before it ("The Medicaid office is
    // open …; go in person with …"): the verb has no party object and the party is in the same sentence's earlier clause,
    // which none of the referral readings (bare verbs take the sentence before) carries; a new reading of object-less
    // visiting verbs ("go in person", "stop by", "head over") was too wide for this round's cost.
    // reading: opening hours are not a contact; the office is named with no way to reach it, and it is no source
    name: '(a visit with no object: "go in person") "The Medicaid office is open Monday to Friday 8-5; go in person with your pay stubs" (hours only): referral and source fail',
    lines: [
      [0, 'p', 'where do i turn in my medicaid paperwork'],
      [22, 'l', "Hi, I'm Tom from Ocala Public Library. Are you in Marion County?"],
      [50, 'p', 'yes'],
      [58, 'l', 'The Medicaid office is open Monday to Friday 8-5; go in person with your pay stubs and the letter they sent you.'],
    ],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('sixteenth round (Q3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q3): benefits and social services, every check', whole);
describeSessions('sixteenth round (Q3): benefits and social services, short cases', short);

describeLeft('sixteenth-round-benefits', LEFT);
