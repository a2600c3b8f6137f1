/**
 * Twenty-ninth round, area (F1): TAX SEASON, GOVERNMENT FORMS AND OFFICIAL DOCUMENTS. Patrons asking for IRS and state
 * tax forms, where to file, free tax help (VITA, AARP Tax-Aide), notaries, passports, birth certificates, vehicle
 * registration, voter registration, Social Security cards; providers who give forms' URLs, refer to agencies and offices
 * (with or without their phone, address or site), say the library cannot give tax or legal advice.
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  referrals with a contact (pass): "call the IRS at 800-829-1040"; "visit a VITA site near you: find one at
 *   irs.gov/vita"; "go in person to their office at 6764-B Reisterstown Road (phone 410-764-3038)"; "you may visit your
 *   local Social Security office; you can find it at secure.ssa.gov/ICON/main.jsp"; "Call Towson at 410-887-6166 to
 *   book" (the own library's branch); "puede pedir cita … llamando al 844-545-5640" (Spanish); "ringing the ATO's
 *   publication ordering line on 1300 720 092" (Australian); "the Office of International Students and Scholars can, at
 *   oiss@university.edu" (formal, elided verb); "the Board of Elections can check for you at 410-222-6600" (chat-speak
 *   patron); "E-mail the county treasurer at treasurer@sample.gov"; "call the IRS at 1-800-TAX-FORM".
 *  referrals without one (fail): "you'd have to call your local senior center"; "talk to the VEIP folks"; "ask a tax
 *   preparer or a CPA"; "contact the New York State Department of Health's Vital Records section"; "ask your bank";
 *   "Citizens Advice are brilliant for that, pop into your local branch" (British); "go to your local post office".
 *  sources, no referral (na): a form's URL ("Form 502 is at marylandtaxes.gov"); "The MVA handles titles;
 *   mva.maryland.gov has the title forms"; "You can order them by visiting irs.gov/orderforms"; "IRS Publication 17"
 *   (a named publication); the IRS P.O. Box a paper return is mailed to; "pick up paper forms at our reference desk".
 *  not sources: "AARP Tax-Aide volunteers do free returns" and "The IRS has the forms on its website" (named, no way to
 *   reach them); "The Comptroller's site only lists prior-year forms back to 2018" (no address).
 *  clarifying (before the first source): "Are you looking for the 2025 forms … or a prior year?", "Were you a full-year
 *   Maryland resident?", "Are you filing electronically or on paper?", "r u mailing a paper 1040? and what state",
 *   "Federal, state, or both?", "So you need the 2024 Form 1040-X to amend?" (restated).
 *  completeness: "Hope this is helpful to you?" (Indian English), "¿Le sirve esta información?", "That answer it?",
 *   "Does that sort you out?" (Australian), "Will that work for you?"; not "Would you like me to find the instructions
 *   too?" (not yet given).
 *  anything else: "Anything else I can help with?", "Can I help with anything else tax-wise?"; the patron's own "thats
 *   all i needed", "es todo", "That is everything"; not "ok thanks".
 *
 * Near misses (the same words for something else): "I got the 2019 one by calling the IRS … myself" (the provider acted);
 * "We can't print it for you, but the app can." (no party); "We don't have it in print, but the IRS may, at irs.gov/forms"
 * (no advice declined); "We can't help with that tonight, but we can tomorrow." (the provider); "Our genealogy librarian
 * can look it up for you and e-mail you by Friday." (on the patron's behalf); "The MVA app can check that for you at …".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "ask a tax preparer or a CPA", "please ask a tax professional": a person outside the chat the patron is told to ask,
 *   a referral even unnamed; with no contact it fails;
 * - "ask your bank" beside a UPS Store with its locator: every party needs a contact, so the referral fails;
 * - where a paper return is mailed (the IRS P.O. Box) is the answer asked for, filing it, not a referral (label fixed);
 * - "pick up paper forms at our reference desk" is a step of getting them, not contacting or visiting a department for
 *   help, as older rounds read "pick up the card at any branch" (label fixed);
 * - "The MVA handles titles; mva.maryland.gov has the title forms": the agency's site is a source; no one is to be
 *   contacted;
 * - the question in the same message as the first source is not "before" it (the Sunday notary case);
 * - an elided "X can" after the provider's own "we can't advise / give advice / help" tells the patron to reach X;
 * - "someone from your library will contact you" is a follow-up promise, not a referral.
 *
 * First run (27 whole, 26 short): 4 of 80 tests disagreed, all referral.contact; 2 were my labels (the IRS P.O. Box, the
 * reference desk), 2 the scorer. A second batch of 5 whole sessions (labelled before running) disagreed on 2 more, both
 * referral.contact and the scorer's. Per check over both: referral.contact 6, every other check 0. Fixed in block F1:
 *  - `byMeansYouF1`: a clause telling the patron what they can do, then "by" and a calling verb in -ing, refers them to the
 *    party called ("you can order the form by ringing the ATO's publication ordering line on 1300 720 092", "You can
 *    schedule an appointment by calling the Taxpayer Assistance Center at 844-545-5640"); the -ing form of v13's named
 *    call. Near misses: "You can order them by visiting irs.gov/orderforms", "I got the 2019 one by calling the IRS …
 *    myself", "We found it by calling the County Clerk at …".
 *  - referralCanHelp, an elided verb: "The library cannot advise on your individual tax situation; the Office of
 *    International Students and Scholars can, at oiss@university.edu" (the provider's own "can't advise / give advice /
 *    help / answer" earlier in the sentence). Near misses: "… but the app can", "… but the IRS may, at irs.gov/forms"
 *    (nothing declined), "We can't help with that tonight, but we can tomorrow".
 *  - referralCanHelp, "can check / look it up / confirm / verify for you" followed by the party's contact ("the Anne
 *    Arundel Board of Elections can check for you at 410-222-6600", "Your registrar can confirm it for you if you email
 *    …"). Near misses: "Our genealogy librarian can look it up for you and e-mail you by Friday" (on the patron's behalf),
 *    "I can check for you at irs.gov/forms" (the provider), "The MVA app can check that for you at …" (no party).
 * Left: 1 (the Delaware car title: "you'll title it at an MVA branch … Book a visit at mva.maryland.gov/appointments").
 * Sessions: 31 whole run (+1 LEFT), 36 short, 9 guards.
 *
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  {
    name: 'warm public library, 1040: "Are you looking for the 2025 forms … or a prior year?" then irs.gov: all pass',
    lines: [
      [0, 'p', 'Hi! do you guys have the 1040 tax forms yet'],
      [18, 'l', 'Hi there, thanks for contacting Ask Us Now! This is Denise from Baltimore County Public Library. Are you looking for the 2025 forms (the ones you file this spring), or a prior year?'],
      [50, 'p', "this year's. the regular 1040 not the senior one"],
      [62, 'l', 'Got it! You can download and print the 2025 Form 1040 and its instructions at irs.gov/forms-pubs/about-form-1040. Did that help?'],
      [95, 'p', 'yes perfect'],
      [101, 'l', 'Is there anything else I can help you with today?'],
      [120, 'p', 'no thats it thank u'],
      [126, 'l', "You're welcome! Happy filing and have a great day."],
    ],
    exp: usual(),
  },
  {
    // reading: "the Comptroller's Taxpayer Service line can: call them at …" refers with a phone and an e-mail
    name: 'Maryland 502, tax advice declined, the Comptroller\'s taxpayer service with phone and e-mail: referral passes',
    lines: [
      [0, 'p', 'where do i get the maryland state tax form'],
      [25, 'l', "Good afternoon! You've reached AskUsNow!, I'm Priya, a librarian with Howard County Library System. Were you a full-year Maryland resident in 2025?"],
      [60, 'p', 'yes whole year'],
      [70, 'l', "Then you want Form 502 (the resident return). It's at marylandtaxes.gov under Individual Tax Forms, 2025. Does that answer your question?"],
      [110, 'p', 'ok but i have a question about whether i can claim my nephew'],
      [120, 'l', "That's a tax advice question, which librarians can't answer, but the Comptroller's Taxpayer Service line can: call them at 1-800-638-2937 or e-mail taxhelp@marylandtaxes.gov."],
      [160, 'p', 'ok ill call them. thats all i needed'],
      [166, 'l', 'Great, thanks for using AskUsNow! Good luck with your return.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'VITA: "find the closest site at irs.gov/vita or call 1-800-906-9887" after a hold: referral passes',
    lines: [
      [0, 'p', 'Is there free tax help at the library this year?'],
      [30, 'l', "Hello, welcome to Ask a Librarian! My name is Tom, I'm at Enoch Pratt Free Library. Which branch is closest to you?"],
      [70, 'p', 'Waverly branch'],
      [80, 'l', 'Let me check the tax-help schedule, one moment.'],
      [150, 'l', "Waverly doesn't host a site this year, but the IRS VITA program runs free tax prep for households earning about $67,000 or less. You can find the closest site at irs.gov/vita or call 1-800-906-9887 for appointments. Does that help?"],
      [200, 'p', 'yes thank you so much'],
      [206, 'l', 'Anything else I can help with?'],
      [240, 'p', 'nope'],
      [246, 'l', 'Thanks for chatting with us, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: AARP Tax-Aide named without a way to reach it is no source; "call your local senior center" is a referral
    // without a contact
    name: 'sloppy, AARP Tax-Aide: "call your local senior center" with no number, no question asked: referral and source fail',
    lines: [
      [0, 'p', 'my mom is 78 does anyone do taxes free for seniors'],
      [20, 'l', 'Hi, this is Ask Us, Gail at Carroll County Public Library.'],
      [28, 'l', "AARP Tax-Aide volunteers do free returns for seniors. You'd have to call your local senior center and see if they have it this year."],
      [70, 'p', 'ok'],
      [80, 'l', 'Bye now!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'passport for a child, acceptance facility search at iafdb.travel.state.gov; the patron vanishes: check-in and notice pass',
    lines: [
      [0, 'p', "hi how do i get a passport for my son he's 10"],
      [22, 'l', "Hello and welcome! I'm Marcus, a reference librarian at Anne Arundel County Public Library. Is this his first passport?"],
      [55, 'p', 'yes first one'],
      [70, 'l', "For a child under 16 both parents apply in person with Form DS-11 (fill it in at travel.state.gov, but don't sign it). You'll need to book an appointment at a passport acceptance facility; many post offices are, and you can search for one by ZIP at iafdb.travel.state.gov. Does that answer your question?"],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've been disconnected, so I'll close this chat now. Feel free to reach out again anytime. Thank you!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'non-native patron, birth certificate: Vital Records online, or in person at the office\'s address and phone: referral passes',
    lines: [
      [0, 'p', 'Hello. I need birth certificate of me for job, I was born in Baltimore. How I can get?'],
      [35, 'l', "Hi, welcome to AskUsNow! I'm Keisha, a librarian. I can help. Do you need it quickly, or can you wait for the mail?"],
      [80, 'p', 'I need in 2 week'],
      [95, 'l', 'You can order it online from the Maryland Division of Vital Records at health.maryland.gov/vsa, or go in person to their office at 6764-B Reisterstown Road, Baltimore (phone 410-764-3038). In person is fastest; bring your photo ID. Is that what you were looking for?'],
      [150, 'p', 'Yes. How much it cost?'],
      [165, 'l', "It's $10 for a certified copy. Anything else I can help you with?"],
      [200, 'p', 'No thank you very much'],
      [205, 'l', "You're welcome! Good luck with the new job. Goodbye!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the MVA's site does not reach "the VEIP folks", another party
    name: 'student worker, registration renewal at mva.maryland.gov, then "talk to the VEIP folks" with no contact: referral fails',
    lines: [
      [0, 'p', 'my car registration expired last week can i renew online still'],
      [15, 'l', 'hey! Ask Us chat, Jordan here from Harford County Public Library. is it a Maryland registration?'],
      [40, 'p', 'ya'],
      [50, 'l', 'yep you can still renew online at mva.maryland.gov > Vehicle Services > Registration Renewal, even a bit late. did that help?'],
      [85, 'p', 'it says i need emissions test first'],
      [95, 'l', "ah ok, for that you'll need to talk to the VEIP folks, they handle the emissions tests and any waivers"],
      [130, 'p', 'ok thanks'],
      [136, 'l', 'np, have a good one!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'terse veteran, voter registration: "From another MD county or another state?" then elections.maryland.gov: all pass',
    lines: [
      [0, 'p', 'how do I register to vote, just moved to Montgomery County'],
      [20, 'l', 'Hi. Librarian Pat, MCPL. From another MD county or another state?'],
      [40, 'p', 'from Virginia'],
      [48, 'l', "Register online at elections.maryland.gov/voter_registration; you'll need your MD driver's license or MVA ID number. Deadline is 21 days before the election. That answer it?"],
      [80, 'p', "yep that's everything, thanks"],
      [85, 'l', 'Welcome to MD. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English backup, Social Security card: ssa.gov, "visit your local Social Security office" with the locator and a phone',
    lines: [
      [0, 'p', 'I lost my social security card, how can I get a new one'],
      [40, 'l', 'Good evening, thank you for contacting the Ask a Librarian 24/7 service. My name is Anjali and I am a librarian with the cooperative. May I know which state you are residing in?'],
      [75, 'p', 'Ohio'],
      [85, 'l', 'Kindly give me a moment while I check.'],
      [160, 'l', 'Most adults can request a replacement card online through a my Social Security account at ssa.gov/number-card/replace-card. If the online option does not work for you, you may visit your local Social Security office; you can find it at secure.ssa.gov/ICON/main.jsp or call 1-800-772-1213. Hope this is helpful to you?'],
      [210, 'p', 'yes very'],
      [215, 'l', 'Is there anything else I may help you with?'],
      [235, 'p', 'no'],
      [240, 'l', 'Thank you for using our service. Have a nice evening.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the library\'s notary: "Call Towson at 410-887-6166 to book": the own library\'s branch with a phone, referral passes',
    lines: [
      [0, 'p', 'Does the library have a notary? I need a document notarized.'],
      [25, 'l', "Hi! This is Ana with Ask Us Now at Baltimore County Public Library. What kind of document is it? Ours can't do certain ones, like wills or I-9s."],
      [70, 'p', "It's a car title transfer"],
      [80, 'l', "That one's fine. Our notary service is free but by appointment only, at Towson and Catonsville. Call Towson at 410-887-6166 to book. Bring the unsigned title and a photo ID. Did that answer your question?"],
      [120, 'p', "yes, that's all I needed. thanks!"],
      [126, 'l', 'My pleasure, have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask a tax preparer or a CPA" tells the patron to ask a person outside the chat: a referral, with no contact
    name: 'home office deduction: Pub 587 at irs.gov/pub587, then "you\'d want to ask a tax preparer or a CPA": referral fails',
    lines: [
      [0, 'p', 'Can I deduct my home office if I work from home part time for my employer?'],
      [30, 'l', "Hello, you've reached Ask a Librarian at Frederick County Public Libraries; I'm Beth. Just to be sure I point you to the right rules, is this for your 2025 federal return?"],
      [65, 'p', 'yes federal'],
      [75, 'l', "Library staff can't give tax advice, but I can point you to the IRS's own explanation: Publication 587, Business Use of Your Home, at irs.gov/pub587. For whether it applies to you, you'd want to ask a tax preparer or a CPA. Does that help?"],
      [120, 'p', "ok I'll read it"],
      [128, 'l', 'Is there anything else I can help you with?'],
      [150, 'p', 'no thanks'],
      [155, 'l', 'Thanks for chatting, have a good evening!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'follow-up by me, the 2019 PA-40: e-mail repeated, "by tomorrow afternoon", done at 20 h: follow-up checks pass',
    lines: [
      [0, 'p', "I need the 2019 PA-40 form, I'm filing late"],
      [20, 'l', "Hi, this is Chris at the Free Library of Philadelphia's Ask a Librarian chat. Do you need just the PA-40 or also the schedules?"],
      [55, 'p', 'just the pa-40 and instructions'],
      [65, 'l', 'Let me look, one moment.'],
      [150, 'l', "The current PA-40 is at revenue.pa.gov/forms, but the 2019 one isn't on the prior-year page that I can see. I can track down the 2019 PA-40 and e-mail it to you. What's your e-mail?"],
      [185, 'p', 'dwalker88@example.com'],
      [192, 'l', "Thanks, dwalker88@example.com. I'll send them by tomorrow afternoon. Anything else for today?"],
      [220, 'p', 'no thats it'],
      [226, 'l', 'Thanks for your patience, talk soon. Bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dwalker88@example.com', phone: null }, followUps: [{ doneAt: at20h(226), by: 'jo', note: 'sent 2019 PA-40' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'W-2 copy, the patron leaves after the clarifying question: check-in and notice pass; source fails; coded Lost Call',
    lines: [
      [0, 'p', 'how do i get a copy of my w2 from 2023, my old job closed'],
      [25, 'l', "Hi! I'm Sam, a librarian with Ask Us Now. Sorry to hear about the job. Are you trying to file a 2023 return, or do you just need the wage info?"],
      [170, 'l', 'Hi, are you still with me?'],
      [320, 'l', "I haven't heard back, so I think we got disconnected and I'm going to end this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish, ITIN: Form W-7 at irs.gov/es, an appointment "llamando al 844-545-5640", "es todo": referral passes',
    lines: [
      [0, 'p', 'hola, necesito ayuda con los impuestos, no tengo seguro social'],
      [30, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio Pregúntale al Bibliotecario de la biblioteca del condado de Montgomery. ¿Necesita solicitar un ITIN para declarar sus impuestos de 2025?'],
      [75, 'p', 'si, es para el ITIN'],
      [90, 'l', 'Para el ITIN se usa el Formulario W-7, en español en irs.gov/es/forms-pubs/about-form-w-7. También puede pedir cita en un Centro de Asistencia al Contribuyente del IRS llamando al 844-545-5640. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡De nada! Gracias por comunicarse con nosotros. ¡Que le vaya bien!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // label fixed after the first run: where the return is mailed is the answer asked for (filing it), not telling the
    // patron to contact or write to the IRS for help: no referral
    name: 'chat-speak, where to mail a paper 1040 with a payment: the IRS P.O. Box; the patron sends the last message: courteous fails',
    lines: [
      [0, 'p', 'where do i mail my taxes'],
      [15, 'l', 'hi! this is Ask a Librarian, Tyler at UMBC library 👋 r u mailing a paper 1040? and what state do u live in'],
      [45, 'p', 'yea paper, maryland. im sending a payment too'],
      [55, 'l', 'ok so for MD with a payment it goes to Internal Revenue Service, P.O. Box 931000, Louisville, KY 40293-1000. the full list is at irs.gov/filing/where-to-file-paper-tax-returns-with-or-without-a-payment'],
      [70, 'l', 'did that help?'],
      [100, 'p', 'ya thx'],
      [110, 'l', 'cool, anything else?'],
      [170, 'p', 'nah'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Australian, paper tax return: "ringing the ATO\'s publication ordering line on 1300 720 092", Tax Help at ato.gov.au: passes',
    lines: [
      [0, 'p', "G'day, where do I get a paper tax return form? I don't do the online thing"],
      [20, 'l', "Hi there, Bronwyn here from the State Library of Queensland's Ask Us service. Is this for the 2024-25 financial year?"],
      [50, 'p', "Yes that's the one"],
      [60, 'l', "The ATO stopped putting paper forms in newsagents, but you can order the Individual tax return instructions and form by ringing the ATO's publication ordering line on 1300 720 092. Alternatively their free Tax Help program can lodge it with you; details at ato.gov.au/taxhelp. Does that sort you out?"],
      [100, 'p', "Lovely, cheers. That's all I needed"],
      [105, 'l', 'No worries at all, ta for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'transfer to the county library for a property tax bill: notice, internal note, Rosa gives the county\'s site: transfer passes',
    lines: [
      [0, 'p', 'hi im looking for my property tax bill for Howard county, I lost it'],
      [25, 'l', 'Hello! This is Jamie, a librarian at Ask Us Now. Is it the bill for this year, 2025-26?'],
      [55, 'p', 'yes this years'],
      [62, 'l', "I'm going to transfer you to a Howard County librarian who knows the local offices, one moment please."],
      [64, 'i', 'pt needs HoCo 2025-26 property tax bill copy; local q, sending to HCLS'],
      xferToRosa(66),
      [95, 'l', "Hi, I'm Rosa at Howard County Library System. You can view and print your bill at howardcountymd.gov/property-tax-bills; your account number is on dat.maryland.gov. Did that help?", ROSA],
      [140, 'p', "yes got it thanks, that's all"],
      [146, 'l', 'Wonderful, have a great day!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a 200 s silence, then "call Essex directly at 410-887-0295" and irs.gov/orderforms; no question: keep_informed fails',
    lines: [
      [0, 'p', 'do you have the 1040-SR paper forms at the Essex branch'],
      [20, 'l', "Hi, thanks for contacting AskUsNow! I'm Rob at BCPL."],
      [60, 'p', 'hello?'],
      [260, 'l', 'Sorry for the wait. Branch supplies vary; call Essex directly at 410-887-0295 to see if they have 1040-SR. You can also order forms free at irs.gov/orderforms, they come in 7-10 business days.'],
      [290, 'p', 'ok'],
      [296, 'l', 'Take care!'],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'REAL ID documents, picked up after 95 s: pickup fails, the rest passes',
    lines: [
      [0, 'p', 'what documents do I need for a REAL ID in maryland'],
      [95, 'l', "Hi, sorry for the wait! I'm Dee, a librarian at Ask Us Now."],
      [100, 'l', 'Do you already have a Maryland license, or is this a first-time license?'],
      [130, 'p', 'I have one, just need to upgrade it'],
      [140, 'l', "The MVA has a document guide that builds your list: mva.maryland.gov/realid, 'Document Guide'. Usually it's proof of identity (passport or birth certificate), your SSN, and two proofs of Maryland address. Does that cover it?"],
      [175, 'p', 'yes thanks!'],
      [180, 'l', 'Anything else today?'],
      [200, 'p', 'no'],
      [205, 'l', 'Have a good day, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: "The Comptroller's site" without an address is no source; "someone from your library will contact you" is a
    // follow-up promise, not a referral
    name: 'follow-up by the patron\'s library, a 2015 502X, no e-mail asked and no when: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'I need a Maryland 502X for tax year 2015'],
      [30, 'l', 'Hi, this is Ms. Green, librarian with AskUsNow!. Is this to amend a 2015 return you already filed?'],
      [65, 'p', 'yes amended'],
      [80, 'l', 'Let me look, one moment.'],
      [170, 'l', "The Comptroller's site only lists prior-year forms back to 2018. I'll pass this to the reference staff at your library and someone from your library will contact you with what they find."],
      [200, 'p', 'ok thank you'],
      [205, 'l', 'Thank you, goodbye!'],
    ],
    over: FU_LIB,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'formal academic, F-1 student: Form 8843 at irs.gov, the international office at an e-mail and a room: referral passes',
    lines: [
      [0, 'p', 'Good afternoon. I am an F-1 student and I need to know which tax form I must file. I had no income in 2025.'],
      [28, 'l', "Good afternoon, and thank you for contacting the University Libraries' Ask a Librarian service. My name is Dr. Okafor. Were you in the United States for any part of 2025 on your F-1 status?"],
      [70, 'p', 'Yes, from August.'],
      [85, 'l', 'Then you most likely need only Form 8843, Statement for Exempt Individuals, even with no income. The form and instructions are at irs.gov/forms-pubs/about-form-8843. The library cannot advise on your individual tax situation; the Office of International Students and Scholars can, at oiss@university.edu or in room 210 of the Student Union. Does this completely answer your question?'],
      [140, 'p', 'Yes, thank you. That is everything.'],
      [146, 'l', 'You are most welcome. Best of luck with the filing, and goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'scripted welcome, then a tax transcript for financial aid at irs.gov/transcript: all pass',
    lines: [
      [0, 'p', 'how do i get a tax transcript for my financial aid'],
      [5, 'l', 'Welcome to Ask Us Now! A librarian will be with you shortly.'],
      [65, 'l', "Hi, I'm Dana. Which tax year does your financial aid form ask for?"],
      [100, 'p', '2024'],
      [110, 'l', 'You can get a 2024 Tax Return Transcript right away with Get Transcript Online at irs.gov/transcript, or by mail through the same page. Does that help?'],
      [150, 'p', 'yes'],
      [156, 'l', 'Anything else I can help with?'],
      [175, 'p', 'no thats all'],
      [180, 'l', 'Thanks for using Ask Us Now! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'free filing, then a missing refund: irs.gov/refunds and "call the IRS refund line at 800-829-1954"; no "anything else"',
    lines: [
      [0, 'p', 'whats the free way to file taxes online'],
      [18, 'l', "Hello, thanks for reaching out to Ask a Librarian! This is Kim at Prince George's County Memorial Library System. Federal, state, or both? And roughly, is your income under $84,000?"],
      [55, 'p', 'both. yes under'],
      [65, 'l', "Then IRS Free File will do your federal return at no charge: irs.gov/freefile. For Maryland, the Comptroller's free iFile is at interactive.marylandtaxes.gov. Did that help?"],
      [100, 'p', 'yes! also how do i check my refund from last year, it never came'],
      [112, 'l', 'One sec, let me check.'],
      [180, 'l', 'For a missing refund, use Where\'s My Refund at irs.gov/refunds. If it shows as sent and you never got it, call the IRS refund line at 800-829-1954 to start a trace.'],
      [215, 'p', 'ok thanks'],
      [221, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'W-4 withholding, the patron goes quiet after the answer, no check-in, 400 s: idle, notice and courteous fail',
    lines: [
      [0, 'p', 'what should i put on my w4 to not owe this year'],
      [30, 'l', "Hi, I'm Jo at the library's Ask a Librarian chat. Are you single or married filing jointly?"],
      [60, 'p', 'single one job'],
      [75, 'l', "We can't tell you what to claim, but the IRS Tax Withholding Estimator at irs.gov/w4app walks you through it with your paystub. Does that help?"],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'New York birth certificate: VitalChek at vitalchek.com, "or contact the New York State Department of Health\'s Vital Records section": referral fails',
    lines: [
      [0, 'p', 'I was born in Albany NY but live in Maryland now. How do I get my birth certificate'],
      [22, 'l', "Hi, you've reached AskUsNow!, this is Lauren, a librarian at Frederick County Public Libraries. Do you need a certified copy, for something like a passport or Real ID?"],
      [60, 'p', 'yes for a passport'],
      [70, 'l', "New York State handles that, not Maryland. You can order online through VitalChek at vitalchek.com, or contact the New York State Department of Health's Vital Records section directly to order by mail. Is that what you needed?"],
      [110, 'p', 'I think so. Thats all, thanks!'],
      [116, 'l', 'Glad to help. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'unemployment 1099-G in BEACON, the provider with four chats open: concurrency fails',
    lines: [
      [0, 'p', 'where do i get my 1099-G for unemployment'],
      [20, 'l', 'Hi, Ask Us Now, this is Marta at Washington County Free Library. Was it Maryland unemployment?'],
      [45, 'p', 'yes'],
      [55, 'l', "It's in your BEACON account: log in at beacon.labor.maryland.gov, then Correspondence, 1099-G for 2025. Does that help?"],
      [90, 'p', 'found it ty thats all'],
      [95, 'l', 'Great, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 300), other('b', 'jo', -30, 300), other('c', 'jo', 10, 300)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: the question in the message that gives the first source is not "before" it; "ask your bank" refers to a
    // party with no contact, so not every party comes with one
    name: 'Sunday notary: the UPS Store locator and "ask your bank", the question only with the source: clarify and referral fail',
    lines: [
      [0, 'p', 'where can i get something notarized today, library is closed'],
      [15, 'l', 'Hi there, this is Ms. Ortiz at Ask Us Now.'],
      [20, 'l', "On a Sunday your best bet is a UPS Store (most have a notary; find one at locations.theupsstore.com) or ask your bank if you're a customer, many do it free. Do you need it for a particular kind of document?"],
      [50, 'p', 'its a power of attorney for my dad'],
      [60, 'l', "Then check with the UPS store first that they'll do a POA, some won't. Did that help?"],
      [90, 'p', 'yes thank you'],
      [96, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [115, 'l', 'Take care, bye!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'fail' }),
  },
  {
    name: 'British, an HMRC P800: gov.uk explains it; "Citizens Advice are brilliant for that, pop into your local branch" (no contact): referral fails',
    lines: [
      [0, 'p', "Hiya, I've had a letter from HMRC saying I owe £400 from 2022-23 and I don't understand it"],
      [25, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Siobhan. Is it a Self Assessment letter or a PAYE one (a P800)?"],
      [60, 'p', 'it says P800 at the top'],
      [70, 'l', "Right, a P800 is a tax calculation. GOV.UK explains what it means and how to pay at gov.uk/tax-overpayments-and-underpayments. We can't advise on whether it's correct, but Citizens Advice are brilliant for that, pop into your local branch. Does that help a bit?"],
      [110, 'p', "yes thanks, that's all for now"],
      [115, 'l', "You're welcome, take care. Bye!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "the Board of Elections can check for you at 410-222-6600" tells the patron to reach them, with a phone
    name: 'chat-speak, polling place: the state lookup, "the Anne Arundel Board of Elections can check for you at 410-222-6600": referral passes',
    lines: [
      [0, 'p', 'where do i vote tmrw'],
      [12, 'l', "Hi! This is Ask Us Now, I'm Leo at Anne Arundel County Public Library. Are you registered in Anne Arundel?"],
      [35, 'p', 'ya annapolis'],
      [45, 'l', "You can look up your exact polling place with your name and birthdate at elections.maryland.gov/voting/where.html. If it doesn't come up, the Anne Arundel Board of Elections can check for you at 410-222-6600. Did that work?"],
      [110, 'p', 'found it thx!!'],
      [116, 'l', 'Awesome! Anything else?'],
      [140, 'p', 'nope'],
      [146, 'l', 'Happy voting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'passport fee, the patron gone before the greeting: no substantive exchange, check-in and notice pass, coded Lost Call',
    lines: [
      [0, 'p', 'passport renewal fee?'],
      [45, 'l', 'Hello, this is Ask a Librarian at Montgomery County Public Libraries, my name is Grace.'],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you may have left, so I'm closing this chat. Please feel free to contact us again. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'formal, 1985 Maryland tax tables on microfiche: scans promised "by Friday", e-mail repeated, sent at 80 h: on_time fails',
    lines: [
      [0, 'p', "Hello, I'm researching my grandfather's estate and need the Maryland income tax instructions booklet from 1985."],
      [30, 'l', "Good morning, this is Walt with the Maryland State Library's Ask Us service. Do you need the whole booklet or just the rate tables?"],
      [70, 'p', 'Just the rate tables, please.'],
      [80, 'l', "One moment, I'll check our holdings."],
      [175, 'l', "The Comptroller's prior-year forms at marylandtaxes.gov only go back to 2010, but we have the 1985 booklets on microfiche. I can scan the rate table pages and e-mail them to you by Friday. What e-mail should I use?"],
      [210, 'p', 'hlee1950@example.net. Thank you!'],
      [218, 'l', 'Got it: hlee1950@example.net. Is there anything else I can help with?'],
      [240, 'p', "No, that's all."],
      [246, 'l', 'Thank you, have a good day!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'hlee1950@example.net', phone: null }, followUps: [{ doneAt: at80h(246), by: 'jo', note: 'sent 1985 MD rate tables' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
];

function at20h(end: number): string {
  return new Date(Date.parse('2026-03-02T10:00:00-05:00') + (end + 20 * HOUR) * 1000).toISOString();
}
function at80h(end: number): string {
  return new Date(Date.parse('2026-03-02T10:00:00-05:00') + (end + 80 * HOUR) * 1000).toISOString();
}

/** The opening of the short cases: the patron's need, a greeting with a clarifying question, the patron's answer. */
const ASK: Line[] = [
  [0, 'p', 'hi i need help with my taxes, where do i get the forms'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Is it for your 2025 return?"],
  [50, 'p', 'yes, federal and state, I live in Maryland'],
];
/** ASK, then the provider's `text`, the patron's thanks and a goodbye. */
const reply = (text: string): Line[] => [...ASK, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Thanks for chatting, bye!']];
/** An opening with a greeting and no question, then `lines`. */
const GREET: Line[] = [
  [0, 'p', 'hi where do i get tax forms'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library."],
];

export const short: SessionCase[] = [
  // ---- referral.contact --------------------------------------------------------------------------------------------------
  { name: 'referral with a phone: "Call the IRS at 800-829-1040."', lines: reply('For that one call the IRS at 800-829-1040.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'referral, no contact: "You\'ll need to call the IRS for that."', lines: reply("You'll need to call the IRS for that."), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'a form\'s URL only: "Form 502 is at marylandtaxes.gov." (source, no referral)', lines: reply('Form 502 is at marylandtaxes.gov and the 1040 at irs.gov/forms.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'an agency named only: "The IRS has the forms on its website." (no source)', lines: reply('The IRS has the forms on its website.'), exp: some({ referral: 'na', source: 'fail' }) },
  { name: 'VITA with a locator: "Visit a VITA site near you: find one at irs.gov/vita."', lines: reply('For free help, visit a VITA site near you: find one at irs.gov/vita.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'passport, no contact: "Go to your local post office to apply."', lines: reply('For the passport, go to your local post office to apply.'), exp: some({ referral: 'fail' }) },
  { name: 'board of elections with a phone', lines: reply('Contact your county board of elections at 410-222-6600 about the absentee ballot.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'reading: "please ask a tax professional" (a person, no contact)', lines: reply("We can't give tax advice; please ask a tax professional about that."), exp: some({ referral: 'fail' }) },
  { name: 'no tax advice, nobody named: referral na, source fails', lines: reply("Sorry, library staff can't give tax advice."), exp: some({ referral: 'na', source: 'fail' }) },
  { name: 'a Social Security office with an address', lines: reply('You can go to the Social Security office at 100 Main St, Baltimore, MD 21201; walk-ins until 3.'), exp: some({ referral: 'pass' }) },
  { name: 'reading: "The MVA handles that; mva.maryland.gov has the title forms." (a source, no referral)', lines: reply('The MVA handles titles; mva.maryland.gov has the title forms to print.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the Taxpayer Assistance Center with an address', lines: reply('Bring your documents to the IRS Taxpayer Assistance Center at 31 Hopkins Plaza, Baltimore.'), exp: some({ referral: 'pass' }) },
  { name: 'the county treasurer with an e-mail', lines: reply('E-mail the county treasurer at treasurer@sample.gov about the bill.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'a vanity phone: "call 1-800-TAX-FORM"', lines: reply('To get paper forms mailed, call the IRS at 1-800-TAX-FORM.'), exp: some({ referral: 'pass' }) },
  // label fixed after the first run: picking a thing up at a desk is a step of getting it (as older rounds read "pick up the
  // card at any branch"), not telling the patron to contact or visit a department for help
  { name: 'reading: "pick up paper forms at our reference desk" (a step, no referral)', lines: reply('You can pick up paper forms at our reference desk.'), exp: some({ referral: 'na' }) },
  // ---- F1 `byMeansYouF1` in other words ----------------------------------------------------------------------------------
  { name: '"You can schedule an appointment by calling the Taxpayer Assistance Center at 844-545-5640."', lines: reply('You can schedule an appointment by calling the Taxpayer Assistance Center at 844-545-5640.'), exp: some({ referral: 'pass' }) },
  { name: '"u can get an appt by ringing the Social Security office on 1800 772 1213"', lines: reply('u can get an appt by ringing the Social Security office on 1800 772 1213'), exp: some({ referral: 'pass' }) },
  { name: '"You\'ll need to book by phoning the AARP Tax-Aide coordinator at 410-555-0177."', lines: reply("You'll need to book by phoning the AARP Tax-Aide coordinator at 410-555-0177."), exp: some({ referral: 'pass' }) },
  { name: '"you can order the form by calling the ATO" with no number: referral fails', lines: reply("you can order the form by calling the ATO, they post it out."), exp: some({ referral: 'fail' }) },
  // ---- F1 elided "X can" after "we can't advise" in other words ---------------------------------------------------------
  { name: '"we can\'t give legal advice, but the Maryland Volunteer Lawyers Service can, at 410-547-6537"', lines: reply("Sadly we can't give legal advice, but the Maryland Volunteer Lawyers Service can, at 410-547-6537."), exp: some({ referral: 'pass' }) },
  { name: '"I\'m not able to interpret the tax code for you; the Comptroller\'s office could, though: 410-260-7980"', lines: reply("I'm not able to interpret the tax code for you; the Comptroller's office could, though: 410-260-7980."), exp: some({ referral: 'pass' }) },
  // ---- F1 "X can check / look it up for you at <contact>" in other words ------------------------------------------------
  { name: '"the Clerk\'s office can look it up for you at 410-555-0100"', lines: reply("If your refund check was never cashed, the county Clerk's office can look it up for you at 410-555-0100."), exp: some({ referral: 'pass' }) },
  { name: '"Your registrar can confirm it for you if you email registrar@sample.edu"', lines: reply('Your registrar can confirm the 1098-T amount for you if you email registrar@sample.edu.'), exp: some({ referral: 'pass' }) },
  { name: '"the Social Security office can verify your number for you: 1-800-772-1213"', lines: reply('The Social Security office can verify your number for you: 1-800-772-1213.'), exp: some({ referral: 'pass' }) },
  { name: '"Library staff cannot give tax advice; the county tax office can." (no contact): referral fails', lines: reply("Library staff cannot give tax advice; the county tax office can."), exp: some({ referral: 'fail' }) },
  // ---- info.source -------------------------------------------------------------------------------------------------------
  { name: 'a publication named with its URL: Pub 17 at irs.gov/pub17', lines: reply('Publication 17, Your Federal Income Tax, has the rules: irs.gov/pub17.'), exp: some({ source: 'pass' }) },
  { name: 'a publication named only: "IRS Publication 17" (a named resource)', lines: reply('IRS Publication 17, Your Federal Income Tax, explains the rules.'), exp: some({ source: 'pass' }) },
  // ---- inquiry.clarify ---------------------------------------------------------------------------------------------------
  { name: 'clarify: "Are you filing electronically or on paper?"', lines: [...GREET, [26, 'l', 'Are you filing electronically or on paper?'], [50, 'p', 'paper'], [60, 'l', 'The forms are at irs.gov/forms. Did that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ clarify: 'pass', complete: 'pass' }) },
  { name: 'clarify: "Which state do you live in?"', lines: [...GREET, [26, 'l', 'which state do you live in?'], [50, 'p', 'virginia'], [60, 'l', 'Virginia forms are at tax.virginia.gov/forms. Did that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'clarify fails: "Which year?" only after the source', lines: [...GREET, [26, 'l', 'The forms are at irs.gov/forms.'], [40, 'l', 'Which year do you need?'], [60, 'p', '2025'], [70, 'l', 'Then the top ones. Did that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'clarify by restating: "So you need the 2024 Form 1040-X to amend?"', lines: [[0, 'p', 'i messed up my 2024 taxes and need to fix it'], [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. So you need the 2024 Form 1040-X to amend your return?"], [50, 'p', 'yes'], [60, 'l', 'It is at irs.gov/1040x. Did that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- followup.completeness ---------------------------------------------------------------------------------------------
  { name: 'completeness: "Will that work for you?" after the form\'s URL', lines: [...ASK, [70, 'l', 'The 1040 is at irs.gov/forms and the 502 at marylandtaxes.gov. Will that work for you?'], [100, 'p', 'yes'], [106, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  { name: 'completeness fails: "Would you like me to find the instructions too?" (not yet given)', lines: [...ASK, [70, 'l', 'The 1040 is at irs.gov/forms. Would you like me to find the instructions too?'], [100, 'p', 'no'], [106, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  // ---- closing.anything_else ---------------------------------------------------------------------------------------------
  { name: 'anything else: "Can I help with anything else tax-wise?"', lines: [...ASK, [70, 'l', 'The 1040 is at irs.gov/forms. Did that help?'], [100, 'p', 'yes'], [106, 'l', 'Can I help with anything else tax-wise?'], [130, 'p', 'no'], [136, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'anything else: the patron, "that\'s everything I needed"', lines: [...ASK, [70, 'l', 'The 1040 is at irs.gov/forms. Did that help?'], [100, 'p', "yes that's everything I needed"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'anything else fails: the patron, "ok thanks"', lines: [...ASK, [70, 'l', 'The 1040 is at irs.gov/forms. Did that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for `byMeansYouF1`
  { name: 'near miss: "You can order them by visiting irs.gov/orderforms." (a page, a source)', lines: reply('You can order them by visiting irs.gov/orderforms.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "I got the 2019 one by calling the IRS at 800-829-3676 myself." (the provider acted)', lines: reply('I got the 2019 one by calling the IRS at 800-829-3676 myself, and the current forms are at irs.gov/forms.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We found it by calling the County Clerk at 410-555-0100." (the provider acted)', lines: reply('We found it by calling the County Clerk at 410-555-0100: the form is at sample.gov/forms.'), exp: some({ referral: 'na' }) },
  // near misses for the elided "X can" (referralCanHelp)
  { name: 'near miss: "We can\'t print it for you, but the app can." (no party)', lines: reply("We can't print it for you, but the app can. The forms are at irs.gov/forms."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We don\'t have it in print, but the IRS may, at irs.gov/forms." (no help declined)', lines: reply("We don't have it in print, but the IRS may, at irs.gov/forms."), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for "X can check / look it up for you at <contact>" (referralCanHelp)
  { name: 'near miss: "Our genealogy librarian can look it up for you and e-mail you by Friday." (on the patron\'s behalf)', lines: reply('Our genealogy librarian can look it up for you and e-mail you by Friday. The current forms are at irs.gov/forms.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I can check for you at irs.gov, one sec." (the provider)', lines: reply('I can check for you at irs.gov/forms, one sec.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the MVA app can check that for you at mva.maryland.gov" (no party)', lines: reply('The MVA app can check that for you at mva.maryland.gov.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We can\'t help with that tonight, but we can tomorrow." (the provider)', lines: reply("We can't help with that tonight, but we can tomorrow. The forms are at irs.gov/forms."), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: "you'll title it at an MVA branch" tells the patron to visit the MVA as a step of a procedure, and "Book a
    // visit at mva.maryland.gov/appointments" books it with no party in its own sentence; reading "you'll <verb> it at
    // <office>" as a referral would reach many older sentences of procedure ("you'll pay it at the county office"), no
    // narrow reading found in time
    name: 'title a Delaware car in Maryland: transferred with a notice but no internal note; Rosa sends the patron to an MVA branch with its booking page',
    lines: [
      [0, 'p', 'I bought a car in Delaware, how do I title it in Maryland'],
      [20, 'l', 'Hi, this is Jo at Ask Us Now. Did you buy it from a dealer or a private seller?'],
      [50, 'p', 'private seller'],
      [58, 'l', "I'm transferring you to a colleague who handles MVA questions, please hold."],
      xferToRosa(60),
      [90, 'l', "Hi, Rosa here at Ask Us Now. For a private sale you'll title it at an MVA branch: bring the signed Delaware title, a bill of sale (form VR-181, at mva.maryland.gov) and proof of insurance. Book a visit at mva.maryland.gov/appointments. Does that help?", ROSA],
      [130, 'p', 'yes thanks a lot'],
      [135, 'l', 'Anything else?', ROSA],
      [150, 'p', 'no'],
      [155, 'l', 'Bye, good luck with the car!', ROSA],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
];

describe('twenty-ninth round (F1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (F1): taxes and government forms, every check', whole);
describeSessions('twenty-ninth round (F1): taxes and government forms, short cases', short);
describeSessions('twenty-ninth round (F1): taxes and government forms, near misses of the changes', guards);

describeLeft('twenty-ninth-round-taxes', LEFT);
