/**
 * Twelfth round, area (L1): LAW AND GOVERNMENT REFERENCE. Law libraries (county public law libraries, academic law
 * libraries serving the public), court self-help centres, legal forms (eviction answers, small claims, divorce, name
 * change, expungement / record sealing, protective orders), "I can't give legal advice" with and without a referral
 * to legal aid, lawyer referral services, court clerks and government offices (with a phone, an e-mail, a postal
 * address, the office's own site, or nothing), statutes, regulations and case law as sources (a code section, an
 * annotated code, a reporter, Google Scholar, govinfo), government documents and agencies (SSA, vital records, the
 * DMV, a register of deeds).
 * Voices: public libraries across the US, county law libraries, an academic law library, a school library, the
 * statewide cooperative, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "I can't give legal advice" is no dismissal: it declines one kind of help by policy, not for the provider's
 *   convenience, and the help goes on (the provider still points to sources).  A provider who says their time is up
 *   or that the patron has asked too many questions still fails `closing.no_dismissal`, whatever the topic.
 * - Telling the patron to see a professional ("talk to an attorney", "consult a lawyer licensed in Florida") is a
 *   referral to a person outside the chat (the eleventh round's reading); with no way to reach one it fails.
 * - "X can tell you / can help you with that" points the patron to X: a referral (the eleventh round's reading).
 * - Telling the patron to take a form to / file it at a clerk's window tells them to visit that office: a referral.
 * - A room number, floor or building name ("room 114", "2nd floor of the courthouse") is no postal address; a
 *   street address with a city is.
 * - A statute or code cited by name and section ("735 ILCS 5/9-209", "Texas Family Code § 45.102") names a
 *   publication the patron can use: a named resource, so a source.
 * - A court self-help centre's web page given for the patron to read is a source; telling the patron to call, chat
 *   with or visit the centre is a referral.
 * - A party named as the source of a fact ("according to the Administrative Office of the Courts…") is merely
 *   mentioned, no referral; the provider asking a colleague on the patron's behalf is no referral either.
 * - "Good luck with your hearing" alone neither thanks, says goodbye nor invites back; these cases avoid resting on it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type Message } from '@askqa/contract';
import { describeLeft, describeSessions, type Key, type SessionCase, type St, some, sys, usual, who, FU_ME } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const DANA = who('Dana Whitfield', 'dwhit');
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+17185550162' }, provider: { id: 'jo', name: 'Jo Smith', library: 'NYPL' } };
const CELL: Partial<Message> = { authorId: '+17185550162', author: '+17185550162' };

export const whole: SessionCase[] = [
  // ---- eviction, "I can't give legal advice", legal aid with and without a contact ------------------------------------
  {
    // reading: "I'm not able to give legal advice" declines by policy and the help goes on: no dismissal
    name: 'Boston PL: 14-day notice to quit, "not able to give legal advice", MassLegalHelp page and "you can call Greater Boston Legal Services\' housing unit at 617-555-0140": referral passes',
    lines: [
      [0, 'p', 'got a 14 day notice to quit for nonpayment from my landlord in dorchester. do i have to be out in 14 days??'],
      [31, 'l', "Hi, thanks for reaching out to Boston Public Library's Ask a Librarian. I'm Rosa. I'm not able to give legal advice, but I can find you good information. Is it a private landlord or public housing (BHA)?"],
      [66, 'p', 'private'],
      [72, 'l', 'Okay, give me a moment to pull up a couple of things.'],
      [141, 'l', "MassLegalHelp explains that a notice to quit is not an eviction order: only a court can order you out, and you can't be removed without a hearing. Their step-by-step is at masslegalhelp.org/housing/eviction/notice-to-quit. For free advice on your case, you can call Greater Boston Legal Services' housing unit at 617-555-0140 (Mon-Thu 9-1). Does this help with what you needed?"],
      [190, 'p', 'yes that helps a lot actually'],
      [196, 'l', 'Is there anything else I can look up for you today?'],
      [215, 'p', 'no thats it'],
      [220, 'l', 'Take care, and thanks for chatting with BPL!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you should really speak with an attorney" refers the patron to a professional; no way to reach one
    name: 'near miss: the same help with "you should really speak with an attorney before you respond" and no contact for one: referral fails',
    lines: [
      [0, 'p', 'my landlord says I have to move out by the 30th because he is selling the house. Can he do that in Ohio?'],
      [27, 'l', 'Good afternoon! This is Marcus at the Columbus Metropolitan Library. Do you have a written lease, or are you month to month?'],
      [60, 'p', 'month to month'],
      [68, 'l', "Ohio's rule for month-to-month tenancies is in Ohio Revised Code 5321.17: either side can end it with 30 days' written notice before the end of a rental period. You can read it at codes.ohio.gov/ohio-revised-code/section-5321.17. I can't tell you how it applies to your situation, so you should really speak with an attorney before you respond. Does that answer your question?"],
      [120, 'p', 'ok yeah. thats all i needed'],
      [126, 'l', 'You are welcome, thank you for contacting the library!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'county law library: the current text of ORS 90.427 on the Legislature\'s site; the patron says she is done',
    lines: [
      [0, 'p', 'Where can I read ORS 90.427? The termination notice statute'],
      [22, 'l', "Good afternoon, you've reached the Multnomah Law Library reference desk; this is Kai. Are you after the current version, or the version in effect on a particular date?"],
      [58, 'p', 'current'],
      [64, 'l', 'The current text is on the Oregon Legislature site: oregonlegislature.gov/bills_laws/ors/ors090.html, then scroll (or Ctrl+F) to 90.427. Is that what you were looking for?'],
      [101, 'p', "Perfect, that's all I needed."],
      [106, 'l', 'Great. Have a good afternoon!'],
    ],
    exp: usual(),
  },
  {
    // reading: "take the completed SC-100 to the Small Claims clerk's window on the 2nd floor" tells the patron to visit
    // that office; a floor is no postal address
    name: 'small claims in San Francisco: form SC-100 from the judicial council, "take it to the Small Claims clerk\'s window on the 2nd floor of the Civic Center Courthouse": referral fails',
    lines: [
      [0, 'p', 'how do i sue my old roommate for her half of the utilities, its like $640'],
      [35, 'l', 'Hello and welcome to SFPL chat! My name is Terrence. Is your old roommate still living in San Francisco?'],
      [70, 'p', 'yeah she moved to the sunset'],
      [79, 'l', "Then it's small claims in San Francisco Superior Court. The form is the SC-100 (Plaintiff's Claim), free at courts.ca.gov/sc100.pdf, and the California Courts self-help guide at selfhelp.courts.ca.gov/small-claims walks through filling it in. Once it's filled in, take it to the Small Claims clerk's window on the 2nd floor of the Civic Center Courthouse to file. Did that answer your question?"],
      [140, 'p', 'yes thank you!'],
      [146, 'l', 'Anything else I can help with?'],
      [160, 'p', 'nope'],
      [164, 'l', 'Good luck, and thanks for using SFPL chat!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "El Centro de Ayuda ... le puede ayudar a llenarlos" points the patron to the centre: a referral, with
    // a street address
    name: 'Spanish: divorce forms in LA, the self-help centre "le puede ayudar a llenarlos gratis" at 111 N. Hill St.: referral passes',
    lines: [
      [0, 'p', 'Buenas tardes, ¿dónde consigo los formularios para el divorcio en California?'],
      [29, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¿Tienen hijos menores de edad en común?'],
      [64, 'p', 'sí, dos'],
      [71, 'l', 'Permítame un momento, estoy buscando la lista de formularios.'],
      [150, 'l', 'Los formularios principales son el FL-100 y el FL-110; con hijos también necesita el FL-105. Están en español en selfhelp.courts.ca.gov/es/divorcio. El Centro de Ayuda del tribunal en el Stanley Mosk Courthouse, 111 N. Hill St., Los Ángeles, CA 90012, le puede ayudar a llenarlos gratis. ¿Le sirve esta información?'],
      [205, 'p', 'sí, muchas gracias, es todo'],
      [211, 'l', '¡Con gusto! Que le vaya muy bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'name change in Minnesota: the patron goes quiet after the answer; "Are you still there?" then "It looks like you may have disconnected, so I\'ll end the chat. Please reach out again anytime." (idle 212 s)',
    lines: [
      [0, 'p', 'what forms do I need to change my name as an adult in minnesota'],
      [26, 'l', 'Hi! This is Greta with Hennepin County Library. Is this a change by itself, or as part of a marriage or divorce?'],
      [61, 'p', 'by itself'],
      [69, 'l', "The Minnesota Judicial Branch has a Name Change (Adult) forms packet with instructions at mncourts.gov/GetForms.aspx?c=19&p=81. You file it in the district court of the county where you live; the packet explains the fee and the published notice. Does that cover what you need?"],
      [201, 'l', 'Are you still there?'],
      [281, 'l', "It looks like you may have disconnected, so I'll end the chat. Please reach out again anytime."],
      [283, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'expungement in Illinois: the provider cannot find the county\'s current fee, confirms the e-mail and promises it "by end of day Wednesday": follow-up passes, pending',
    lines: [
      [0, 'p', 'Hi. I want to get an old arrest from 2014 expunged in Champaign County. How much does it cost to file?'],
      [33, 'l', 'Hello, Urbana Free Library, Ask a Librarian; I am Dana. Was the arrest for a misdemeanor, and did it end without a conviction?'],
      [80, 'p', 'misdemeanor, the charges were dropped'],
      [88, 'l', 'Thank you. One moment while I check the circuit clerk\'s fee schedule.'],
      [190, 'l', 'The steps and the petition form are on Illinois Legal Aid Online at illinoislegalaid.org/legal-information/expungement. The Champaign County fee schedule online looks out of date, though, and I would rather not give you the wrong number. Can I e-mail you the current fee once I have confirmed it?'],
      [230, 'p', 'sure its mthomas@example.org'],
      [238, 'l', 'Got it: mthomas@example.org. I will send it by end of day Wednesday. Does the Illinois Legal Aid Online page help for now?'],
      [270, 'p', 'yes, thanks so much'],
      [275, 'l', 'Anything else today?'],
      [290, 'p', 'no thats all'],
      [296, 'l', 'Thanks for contacting the library, talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: followed(),
  },
  {
    name: 'near miss: the same follow-up with the e-mail read back but no time ("I\'ll send it over once I hear from the clerk"): follow-up contact fails',
    lines: [
      [0, 'p', 'Hi. I want to get an old arrest from 2014 expunged in Champaign County. How much does it cost to file?'],
      [33, 'l', 'Hello, Urbana Free Library, Ask a Librarian; I am Dana. Was the arrest for a misdemeanor, and did it end without a conviction?'],
      [80, 'p', 'misdemeanor, the charges were dropped'],
      [88, 'l', 'Thank you. The steps and the petition form are on Illinois Legal Aid Online at illinoislegalaid.org/legal-information/expungement. The county fee schedule online looks out of date, so I have written to the clerk to confirm it. What e-mail should I send the answer to?'],
      [130, 'p', 'mthomas@example.org'],
      [138, 'l', "Thanks, that's mthomas@example.org. I'll send it over once I hear from the clerk. Does the Legal Aid Online page help for now?"],
      [170, 'p', 'yes, thanks so much. thats all'],
      [176, 'l', 'Thanks for contacting the library!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'should I sign this lease? "I can\'t advise you on whether to sign", the county bar\'s lawyer referral service at (412) 555-0127 for a low-cost half-hour consult: referral passes',
    lines: [
      [0, 'p', 'my new landlord wants me to sign a lease that says I pay for all repairs. is that legal in PA? should I sign it'],
      [24, 'l', 'Hi there, this is Carnegie Library of Pittsburgh, Jeremy here. Is the lease for an apartment or a whole house?'],
      [55, 'p', 'apartment in a duplex'],
      [63, 'l', "I can't advise you on whether to sign, but here is where to look. PA Law Help's tenant guide covers repair duties and the warranty of habitability: palawhelp.org/issues/housing/renters-rights. If you want a lawyer to look at the lease itself, the Allegheny County Bar Association's Lawyer Referral Service can set up a low-cost half-hour consult: call (412) 555-0127. Is that the kind of help you were looking for?"],
      [130, 'p', 'yes. no other questions, thank you'],
      [135, 'l', 'Glad to help. Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a question limit: "We can only take three questions per chat and you\'ve reached that, so I have to close this now" on the fourth form question: dismissal fails',
    lines: [
      [0, 'p', 'what is the form number for a small claims complaint in NJ'],
      [22, 'l', 'Hello! This is Pat, a librarian at Newark Public Library. Is this in the Special Civil Part, Small Claims section?'],
      [40, 'p', 'yes'],
      [46, 'l', 'It is the Small Claims Complaint form CN 11270, at njcourts.gov/forms/11270_sc_complaint.pdf. Does that answer it?'],
      [80, 'p', 'yes. and whats the fee? and do i need to serve it myself? and what if they dont show up'],
      [92, 'l', "We can only take three questions per chat and you've reached that, so I have to close this now."],
      [96, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'probate in Springfield IL: "the Circuit Clerk\'s probate division (217-555-0190)" in parentheses: referral passes',
    lines: [
      [0, 'p', "My dad passed and left a will. Where do I file it in Sangamon County? I've never done this"],
      [30, 'l', "I'm so sorry about your dad. Hi, I'm Beth at Lincoln Library, Springfield's public library. Do you know if he named you as the executor in the will?"],
      [72, 'p', 'yes I am the executor'],
      [80, 'l', "In Illinois the original will goes to the circuit clerk of the county where he lived within 30 days of death. Please contact the Sangamon County Circuit Clerk's probate division (217-555-0190) to ask about the filing fee and hours. Illinois Legal Aid Online also has an executor's guide: illinoislegalaid.org/legal-information/being-executor. Did that help?"],
      [130, 'p', 'yes, that is everything I needed'],
      [136, 'l', 'Take care, and please reach out again if anything else comes up.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic gov docs: a 1996 congressional hearing on welfare reform found on govinfo after a clarifying question',
    lines: [
      [0, 'p', 'Hi, I need the transcript of a 1996 congressional hearing on welfare reform for my POLS 340 paper'],
      [19, 'l', "Hi, welcome to Ask a Librarian at the University of Iowa Libraries; I'm the government information librarian, Rachel. Do you know which committee held it, House or Senate?"],
      [63, 'p', 'i think house ways and means'],
      [70, 'l', 'Searching govinfo now, one sec.'],
      [152, 'l', 'Found it: "Contract With America: Welfare Reform", House Committee on Ways and Means, Serial 104-43, full text PDF at govinfo.gov (Congressional Hearings collection, 104th Congress). We also have the print copy in the Main Library Government Documents stacks, Y 4.W 36:104-43. Is that the hearing you need?'],
      [205, 'p', 'yes! thank you'],
      [210, 'l', 'Do you need anything else for the paper?'],
      [238, 'p', 'no thats it'],
      [241, 'l', 'Good luck with it, and thanks for asking!'],
    ],
    exp: usual(),
  },
  {
    // reading: "visit your local Social Security office" is a referral; the library's guide is another party's page
    name: 'replacing a Social Security card: "You will need to visit your local Social Security office" with only the library\'s guide URL: referral fails',
    lines: [
      [0, 'p', 'i lost my social security card how do i get a new one'],
      [28, 'l', 'Hi, you have reached Ask Us at Tulsa City-County Library, this is Wendell. Do you have a valid driver license or state ID?'],
      [60, 'p', 'my license expired last month'],
      [70, 'l', "Then the online replacement won't work for you; you will need to visit your local Social Security office with another ID such as a passport. Our Government Services guide lists the documents: guides.tulsalibrary.org/government. Does that answer your question?"],
      [130, 'p', 'ok thx'],
      [136, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for chatting, have a good day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'case law: 152 s of silence while the provider searches Westlaw with no hold message: keep informed fails',
    lines: [
      [0, 'p', 'Are there Michigan cases where a landlord lost because he didnt fix the heat? I have a hearing next week'],
      [25, 'l', 'Good morning, Washtenaw County Law Library, Anne speaking. Are you looking for court of appeals decisions, or any Michigan court?'],
      [50, 'p', 'any'],
      [202, 'l', 'The leading one is Rome v Walker, 38 Mich App 458 (1972), on the duty to repair under MCL 554.139. You can read it free on Google Scholar (scholar.google.com, choose Case law, Michigan courts) or here on Westlaw at our public terminals. Did that help?'],
      [260, 'p', 'yes thank you. nothing else'],
      [266, 'l', 'Good luck at the hearing, and thanks for contacting the law library.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'no greeting and no name: "What state is the property in?" then the answer; a question and a thanks only',
    lines: [
      [0, 'p', 'how do i look up who owns a piece of land'],
      [30, 'l', 'What state is the property in?'],
      [50, 'p', 'north carolina, wake county'],
      [58, 'l', 'Thanks. Wake County Real Estate Data lets you search by owner, address or PIN at services.wake.gov/realestate. Does that give you what you need?'],
      [110, 'p', 'yes thats all i needed'],
      [115, 'l', 'Great, have a good one!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'transfer to the county law librarian with an internal note and a visible "I\'m handing you to our law librarian": handoff passes',
    lines: [
      [0, 'p', 'I need to respond to a motion to modify child support in Maricopa county, where do I find the response form'],
      [28, 'l', 'Hi, this is Jo at Phoenix Public Library. Is the motion already filed and served on you?'],
      [66, 'p', 'yes got it tuesday'],
      [74, 'i', 'Dana, parent in Maricopa County served Tuesday with a motion to modify child support, needs the response form and deadline. Family court forms are yours.'],
      [80, 'l', "Thanks. I'm handing you to Dana, our law librarian at the county law library, who knows the family court forms. One moment."],
      [84, 's', 'Chat transferred to Dana Whitfield', sys('transfer', 'dwhit')],
      [140, 'l', 'Hi, Dana at the Maricopa County Law Library. The Response to Petition to Modify Child Support packet is on the Superior Court site: superiorcourt.maricopa.gov/llrc/drcs2. Does that answer your question?', DANA],
      [190, 'p', 'yes, thats all i needed'],
      [195, 'l', 'Good luck, and thank you for contacting us.', DANA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss: the same transfer with no internal note to the law librarian: handoff fails',
    lines: [
      [0, 'p', 'I need to respond to a motion to modify child support in Maricopa county, where do I find the response form'],
      [28, 'l', 'Hi, this is Jo at Phoenix Public Library. Is the motion already filed and served on you?'],
      [66, 'p', 'yes got it tuesday'],
      [80, 'l', "Thanks. I'm handing you to Dana, our law librarian at the county law library, who knows the family court forms. One moment."],
      [84, 's', 'Chat transferred to Dana Whitfield', sys('transfer', 'dwhit')],
      [140, 'l', 'Hi, Dana at the Maricopa County Law Library. The Response to Petition to Modify Child Support packet is on the Superior Court site: superiorcourt.maricopa.gov/llrc/drcs2. Does that answer your question?', DANA],
      [190, 'p', 'yes, thats all i needed'],
      [195, 'l', 'Good luck, and thank you for contacting us.', DANA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'case law by restatement: "So you want Ohio appellate decisions on adverse possession of a driveway since 2010?" then Google Scholar',
    lines: [
      [0, 'p', 'neighbor claims he owns half my driveway bc hes used it 25 yrs. need ohio cases on that, appeals court, last 10-15 yrs'],
      [33, 'l', 'Hello, Cuyahoga County Public Library, Ask Us, I am Noor. So you want Ohio appellate decisions on adverse possession (or prescriptive easements) involving a driveway, from about 2010 on?'],
      [71, 'p', 'yes exactly'],
      [79, 'l', 'Let me run that search, just a moment.'],
      [160, 'l', 'On Google Scholar (scholar.google.com > Case law > Select courts > Ohio), the search "prescriptive easement" driveway, since 2010, brings up about 60 appellate decisions; Cutlip v. Ferrell, 2014-Ohio-3520, is a good place to start. Did that get you what you need?'],
      [230, 'p', "yes, that's everything, thank you"],
      [236, 'l', 'Thanks for using Ask Us!'],
    ],
    exp: usual(),
  },
  {
    // reading: "room 114" is no postal address: the counselor has no way to reach her given
    name: 'school library, chat-speak: emancipation at 16, "talk to Ms. Ortiz the counselor, shes in room 114": referral fails',
    lines: [
      [0, 'p', 'can u get emancipated at 16 in texas'],
      [20, 'l', 'hey! this is Mr. Dale from the Westlake HS library :) is this for a paper or for you personally? either is ok'],
      [48, 'p', 'me'],
      [56, 'l', "ok. in texas a 16 y/o who lives on their own and supports themself can petition a court to have the 'disabilities of minority' removed. texaslawhelp.org/article/emancipation-of-minors explains it. since its about you, please talk to Ms. Ortiz the counselor too, shes in room 114. does that help?"],
      [100, 'p', 'ya thx. thats all'],
      [104, 'l', 'np, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'lost call: one question, the patron gone before the provider could work on it; greeting, check-in, notice with an invitation back (idle 220 s)',
    lines: [
      [0, 'p', 'need help w/ protective order forms'],
      [40, 'l', "Hi, this is Pat at the Hamilton County Law Library. I'd be glad to help."],
      [170, 'l', 'Are you still there?'],
      [260, 'l', "I haven't heard from you, so it looks like you've disconnected; I'll close this chat. You're welcome to contact us again anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Las Vegas: "I can\'t fill out legal forms for you, but the Civil Law Self-Help Center staff can review it: 702-555-0155, Regional Justice Center, 200 Lewis Ave": referral passes',
    lines: [
      [0, 'p', 'can you help me fill out my answer to an eviction. I dont understand box 3'],
      [22, 'l', "Hi! Thanks for contacting Las Vegas-Clark County Library District. I'm Mo. Is this the Tenant's Answer to a Summary Eviction, from the Justice Court?"],
      [60, 'p', 'yes'],
      [68, 'l', "I can't fill out legal forms for you, but the Civil Law Self-Help Center staff can go over it with you for free: call 702-555-0155 or stop by the Regional Justice Center, 200 Lewis Ave, 1st floor. Their instructions for the Tenant's Answer are at civillawselfhelpcenter.org/eviction. Does that help?"],
      [120, 'p', 'yes thank you. thats all'],
      [125, 'l', 'Good luck, and thank you for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'two parties, one without a way to reach it: "call Legal Aid Chicago at 312-555-0130, or ask the Metropolitan Tenants Organization": referral fails',
    lines: [
      [0, 'p', 'my landlord in chicago hasnt returned my deposit and its been 60 days'],
      [26, 'l', 'Hello, this is Imani at Chicago Public Library. Did you get an itemized list of deductions from the landlord?'],
      [58, 'p', 'nothing'],
      [66, 'l', "Under the Chicago Residential Landlord and Tenant Ordinance the landlord had 45 days to return it or send the list, and can owe you twice the deposit. The ordinance summary is at chicago.gov/rlto. For help getting it back, call Legal Aid Chicago at 312-555-0130, or ask the Metropolitan Tenants Organization. Is that what you needed?"],
      [120, 'p', 'yes. thats all'],
      [126, 'l', 'Thanks for reaching out!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'birth certificate: "contact the Texas DSHS Vital Statistics Section (dshs.texas.gov/vs)" with the office\'s own site: referral passes',
    lines: [
      [0, 'p', 'how do i get a certified copy of my birth certificate, i was born in el paso but live in ohio now'],
      [31, 'l', 'Hi! Welcome to KnowItNow, Ohio\'s statewide chat; I\'m Cheryl. Do you need it for a passport, or for something else?'],
      [66, 'p', 'real id'],
      [73, 'l', 'Since you were born in Texas, contact the Texas DSHS Vital Statistics Section (dshs.texas.gov/vs) to order it; they take mail-in orders from out of state, and the application form is on that page. Does that answer your question?'],
      [122, 'p', 'yes perfect. nothing else'],
      [126, 'l', 'Great, thank you for using KnowItNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'SMS: the NYC small claims limit, "Need anything else?" and "Thx for texting NYPL!"',
    lines: [
      [0, 'p', 'whats the max u can sue for in small claims nyc', CELL],
      [44, 'l', 'Hi from Ask NYPL, Dee here. Is it against a person or a business?'],
      [90, 'p', 'business', CELL],
      [98, 'l', 'NYC Small Claims limit is $10,000 either way. Info + forms: nycourts.gov/courts/nyc/smallclaims. That help?'],
      [160, 'p', 'yes', CELL],
      [166, 'l', 'Need anything else?'],
      [210, 'p', 'no ty', CELL],
      [215, 'l', 'Thx for texting NYPL!'],
    ],
    over: SMS,
    exp: usual(),
  },
  {
    name: 'record sealing in Pennsylvania: "ok thanks" alone, never asked about anything else: anything-else fails',
    lines: [
      [0, 'p', 'Is there a way to seal a summary offense from 2011 in PA?'],
      [28, 'l', 'Good evening, Free Library of Philadelphia, this is Ines. Did the case end in a conviction, or was it dismissed?'],
      [61, 'p', 'I paid the fine so conviction I guess'],
      [70, 'l', "Under PA's Clean Slate law, summary convictions are sealed automatically after 10 years with no new convictions, so it may already be sealed. The PA Courts Clean Slate page explains how to check: pacourts.us/learn/clean-slate. Does that help?"],
      [125, 'p', 'ok thanks'],
      [130, 'l', "You're welcome, take care!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Would you also like the Spanish version of the form?" asks about something not yet given
    name: 'near miss: "Would you also like the Spanish version of the form?" after the answer is no completeness question',
    lines: [
      [0, 'p', 'i need the form to ask the court for a fee waiver in washington state'],
      [25, 'l', 'Hello! This is Kit at King County Library System. Is this for a family law case or another kind of case?'],
      [62, 'p', 'parenting plan'],
      [70, 'l', 'The form is the Motion and Declaration for Waiver of Civil Fees (GR 34), at courts.wa.gov/forms under "Fee Waiver". Would you also like the Spanish version of the form?'],
      [110, 'p', 'no english is fine. thats all i needed, thanks'],
      [116, 'l', 'Thanks for contacting KCLS!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'final idle of 150 s with "It looks like you\'ve disconnected." only (a notice that does not ask): check-in fails, disconnect na',
    lines: [
      [0, 'p', 'where do i find the zoning code for the city of austin'],
      [22, 'l', 'Hi, Austin Public Library here, my name is Rey. Are you looking at a specific address or zoning district?'],
      [55, 'p', 'my house, want to add an ADU'],
      [62, 'l', "Austin's Land Development Code is on Municode at library.municode.com/tx/austin, Title 25; ADU rules are in 25-2-774, and the city's ADU page is austintexas.gov/adu. Is that the information you needed?"],
      [200, 'l', "It looks like you've disconnected."],
    ],
    over: { endAfter: 12 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: 'a dismissal without a way back: "I\'m out of time and there are others waiting, you\'ll have to ask a lawyer." then ends: dismissal fails',
    lines: [
      [0, 'p', 'my ex isnt following the custody order. who do i complain to'],
      [30, 'l', 'Hi, this is Gail at Mesa Public Library. Which state issued the order?'],
      [60, 'p', 'arizona. and also what happens if i keep the kids an extra week to make up for it'],
      [70, 'l', "The Arizona courts' Enforcement of Parenting Time forms are at azcourts.gov/selfservicecenter. I'm out of time and there are others waiting, you'll have to ask a lawyer."],
      [76, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    // reading: "I'm not able to interpret the law for you" declines a kind of help; the help goes on with a referral.
    // "Would the text of the statute and a plain-language guide help?" asks what form of help fits the need (format):
    // a clarifying question before the first source
    name: 'academic law library, public patron: "I\'m not able to interpret the statute for you", the Law School\'s clinic by e-mail: dismissal passes, referral passes',
    lines: [
      [0, 'p', 'Does Wis. Stat. 704.28 mean my landlord can throw out my stuff after I move out? What should I do'],
      [26, 'l', "Good afternoon, UW Law Library reference, Hannah here. We serve the public, but as law librarians we can't interpret a statute for you or say what to do in your case. Would the text of the statute and a plain-language guide help?"],
      [70, 'p', 'yes please'],
      [78, 'l', 'The statute is at docs.legis.wisconsin.gov/statutes/statutes/704/28, and Legal Action of Wisconsin\'s guide on abandoned property is at legalaction.org/tenant-property. For advice on your case, you can e-mail the Law School\'s Neighborhood Law Clinic at nlc@example.org. Does this help?'],
      [130, 'p', "yes that's all, thank you"],
      [135, 'l', 'You are welcome. Thanks for contacting the UW Law Library.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

/** A few checks each: near misses and readings of referrals, sources, clarifying questions and closings. */
export const short: SessionCase[] = [
  {
    name: '"I\'m not able to give legal advice" alone, with a source and no party to contact: referral na, dismissal passes',
    lines: [
      [0, 'p', 'is it legal for my employer to not pay overtime in california if im salaried'],
      [25, 'l', 'Hi, this is Jo at Sacramento Public Library. I\'m not able to give legal advice, but the Labor Commissioner\'s FAQ on overtime for salaried workers is at dir.ca.gov/dlse/faq_overtime.htm. Does that help?'],
      [70, 'p', 'yes thats all thanks'],
      [75, 'l', 'You are welcome, goodbye!'],
    ],
    exp: some({ referral: 'na', dismissal: 'pass', source: 'pass' }),
  },
  {
    // reading: a professional with no way to reach one (the eleventh round's reading)
    name: '"you may want to consult an attorney licensed in Florida" with no contact: referral fails',
    lines: [
      [0, 'p', 'can my HOA in florida fine me for parking my work truck in my own driveway'],
      [28, 'l', 'Hello, Broward County Library, I am Lee. Is the fine in your HOA\'s declaration or rules?'],
      [62, 'p', 'the rules'],
      [70, 'l', 'Chapter 720 of the Florida Statutes governs HOA fines; section 720.305 requires notice and a hearing before a fine: leg.state.fl.us/statutes, chapter 720. Since it turns on your HOA\'s documents, you may want to consult an attorney licensed in Florida. Does that help?'],
      [120, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'the Florida Bar Lawyer Referral Service "at 800-555-0111 or floridabar.org/lrs": referral passes',
    lines: [
      [0, 'p', 'how do i find a cheap lawyer for a car accident in orlando'],
      [28, 'l', 'Hi! Orange County Library System, Ask a Librarian; this is Tess. Was anyone hurt, or is it property damage only?'],
      [60, 'p', 'my back is hurt'],
      [68, 'l', 'The Florida Bar Lawyer Referral Service can match you with a lawyer for a half-hour consult for $25: call them at 800-555-0111 or request one at floridabar.org/lrs. Does that help?'],
      [110, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: a self-help centre's page given to read is a source, not a referral
    name: 'the Maryland Court Help Center\'s page given to read ("their page on filing for custody walks you through it: mdcourts.gov/family/custody"): referral na',
    lines: [
      [0, 'p', 'how do I file for custody in Maryland'],
      [30, 'l', 'Hi, Enoch Pratt Free Library, I am Cal. Are you and the other parent married?'],
      [58, 'p', 'no'],
      [66, 'l', "The Maryland Courts' page on filing for custody walks you through the complaint form, CC-DR-020, and the fees: mdcourts.gov/family/custody. Is that what you were looking for?"],
      [110, 'p', 'yes ty'],
    ],
    exp: some({ referral: 'na', source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'the Maryland Court Help Center to call or chat with ("call 410-555-0192 or chat at mdcourts.gov/helpcenter"): referral passes',
    lines: [
      [0, 'p', 'how do I file for custody in Maryland'],
      [30, 'l', 'Hi, Enoch Pratt Free Library, I am Cal. Are you and the other parent married?'],
      [58, 'p', 'no'],
      [66, 'l', 'The Maryland Court Help Center gives free help with custody filings: call them at 410-555-0192 or chat with them at mdcourts.gov/helpcenter. Does that help?'],
      [110, 'p', 'yes ty'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: a statute cited by name and section names a publication the patron can use
    name: 'a statute cited by name and section only ("735 ILCS 5/9-209 sets out the 5-day notice"): source passes',
    lines: [
      [0, 'p', 'how many days notice does a landlord have to give for unpaid rent in illinois'],
      [22, 'l', 'Hi, this is Ruth at Evanston Public Library. Is this a written lease for a house or an apartment?'],
      [50, 'p', 'apartment'],
      [58, 'l', 'Five days. The Illinois Compiled Statutes, 735 ILCS 5/9-209, sets out the 5-day notice for rent due. Does that answer it?'],
      [100, 'p', 'yes thats all'],
    ],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'a book as the source: "Black\'s Law Dictionary (11th ed.) at the reference desk" defines "quitclaim"',
    lines: [
      [0, 'p', 'what does quitclaim mean on a deed'],
      [20, 'l', 'Hello, Fairfax County Public Library, Ask Us, this is Vern. Do you need a plain definition or what it means for a sale you are part of?'],
      [48, 'p', 'just the definition'],
      [55, 'l', "A quitclaim deed transfers whatever interest the grantor has, without promising the title is good. Black's Law Dictionary (11th ed.), at every branch's reference desk, has the full definition. Did that help?"],
      [95, 'p', 'yep'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    // reading: the provider's own law library department, told to visit, with only a floor: a referral without contact
    name: 'own department: "ask at the Law Library\'s reference desk on the 3rd floor when you come in": referral fails',
    lines: [
      [0, 'p', 'do you have the old 1998 version of the NC General Statutes? i need what the law said back then'],
      [27, 'l', 'Hi! Forsyth County Public Library, this is Ken. Which chapter do you need?'],
      [50, 'p', 'chapter 50, divorce'],
      [58, 'l', 'We keep superseded volumes of the General Statutes of North Carolina back to 1985 in print. Ask at the Law Library reference desk on the 3rd floor of Central when you come in and they will pull the 1998 volume. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'consulting on the patron\'s behalf: "let me check with our law librarian, one moment" is no referral',
    lines: [
      [0, 'p', 'what is the statute of limitations for a written contract in georgia'],
      [25, 'l', 'Hi, this is Jo at Atlanta-Fulton Public Library. Is this about a contract you signed, or a paper?'],
      [55, 'p', 'one i signed'],
      [60, 'l', 'Let me check with our law librarian, one moment.'],
      [140, 'l', 'Six years for a written contract, under O.C.G.A. § 9-3-24; the Georgia Code is free at law.justia.com/codes/georgia. Does that answer your question?'],
      [170, 'p', 'yes thanks'],
    ],
    exp: some({ referral: 'na', informed: 'pass', complete: 'pass' }),
  },
  {
    // reading: "the clerk's office can tell you the fee" points the patron to the clerk (the eleventh round's "X can help")
    name: '"the circuit clerk\'s office can tell you the exact filing fee" with no contact: referral fails',
    lines: [
      [0, 'p', 'how much is it to file for divorce in st louis county'],
      [22, 'l', 'Hi, St. Louis County Library here, I am Deb. Do you have children together?'],
      [50, 'p', 'no'],
      [58, 'l', "Missouri's Litigant Awareness Program and the dissolution forms are at courts.mo.gov/page.jsp?id=1045. The fees change often, so the circuit clerk's office can tell you the exact filing fee. Does that help?"],
      [100, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'a party named as the source of a fact ("According to the Administrative Office of the Courts, the fee went up in July"): referral na',
    lines: [
      [0, 'p', 'what is the fee to file an appeal in kentucky district court'],
      [25, 'l', 'Hi, Lexington Public Library, I am Sol. Is it a civil or a criminal case?'],
      [50, 'p', 'civil'],
      [58, 'l', "According to the Administrative Office of the Courts, the fee went up in July; the current schedule is on the Kentucky Court of Justice site, kycourts.gov/Courts/Circuit-Court/Pages/fees.aspx. Does that help?"],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'clarify fails: the URL first and "Which county is it in?" only after it',
    lines: [
      [0, 'p', 'i need the form to contest a traffic ticket in virginia'],
      [20, 'l', 'Hi, Richmond Public Library, this is Jan. The General District Court traffic forms are at vacourts.gov/forms/district/traffic.html. Which county is the ticket from?'],
      [52, 'p', 'henrico'],
      [60, 'l', 'Then it goes to Henrico General District Court; the same forms apply. Does that help?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'the service as the one answering: "Good morning, Law Library of Congress, Ask a Librarian." greets and identifies',
    lines: [
      [0, 'p', 'where can I find the text of a 19th century treaty with the Cherokee Nation'],
      [24, 'l', 'Good morning, Law Library of Congress, Ask a Librarian. Which treaty, or which year?'],
      [60, 'p', '1835 New Echota'],
      [68, 'l', 'It is in the Statutes at Large, 7 Stat. 478, on the Library of Congress site: loc.gov/law/help/statutes-at-large. Is that what you need?'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'a screen name only ("LawLib_Tom") and no name in the text: greeting fails',
    lines: [
      [0, 'p', 'is there a free legal clinic in tacoma'],
      [30, 'l', 'Hi! What kind of legal problem is it?', who('LawLib_Tom', 'tom')],
      [60, 'p', 'debt collection'],
      [66, 'l', 'The Tacoma-Pierce County Bar Association runs a free debt clinic: call 253-555-0173. Does that help?', who('LawLib_Tom', 'tom')],
    ],
    exp: some({ greeting: 'fail', referral: 'pass' }),
  },
  {
    name: 'the patron says on her own "That\'s all I need for now, thank you": anything-else passes',
    lines: [
      [0, 'p', 'Where can I find the Code of Federal Regulations part on HIPAA?'],
      [22, 'l', 'Hello, this is Ama at the Health Sciences Library. Do you need the Privacy Rule specifically?'],
      [50, 'p', 'yes'],
      [55, 'l', 'The Privacy Rule is 45 CFR Part 164, Subpart E, on the eCFR at ecfr.gov/current/title-45/part-164/subpart-E. Is that it?'],
      [90, 'p', "That's all I need for now, thank you"],
      [96, 'l', 'Thank you for contacting the library!'],
    ],
    // reading (label changed after the first run: first labelled pass): "Is that it?" may as well ask "is that all?" as
    // "is that the one?"; it does not clearly ask whether what was given meets the need
    exp: some({ anything: 'pass', complete: 'fail', courteous: 'pass' }),
  },
  {
    name: 'the patron says only "ok cool": anything-else fails',
    lines: [
      [0, 'p', 'where do i report a scam to the government'],
      [22, 'l', 'Hi, this is Jo at Denver Public Library. Was it by phone, online, or in person?'],
      [50, 'p', 'phone'],
      [55, 'l', 'The FTC takes scam reports at reportfraud.ftc.gov. Does that help?'],
      [90, 'p', 'ok cool'],
      [96, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library with no e-mail or phone known anywhere: code fails',
    lines: [
      [0, 'p', 'my library in the next county might have the county ordinances from 1970, can u ask them'],
      [28, 'l', 'Hi, Ask Colorado statewide chat, this is Jo. Which county is that?'],
      [60, 'p', 'Larimer'],
      [66, 'l', 'I will pass this to Poudre River Public Library District and someone there will contact you within 3 days. Thanks!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading (label changed after the first run: source first labelled pass): info.source lists a URL or domain, an
    // e-mail or phone contact for a referral, or a named resource; a postal address is none of them, and "the
    // application form" names nothing, so no source (the referral still has its way to reach the office)
    name: 'writing to a vital records office at its P.O. box ("Mississippi Vital Records, P.O. Box 1700, Jackson, MS 39215"): referral passes, no source',
    lines: [
      [0, 'p', 'how do i get my grandmothers death certificate from mississippi 1988'],
      [26, 'l', 'Hello, Memphis Public Library, I am Ola. Are you her direct descendant?'],
      [58, 'p', 'yes granddaughter'],
      [66, 'l', 'Write to Mississippi Vital Records, P.O. Box 1700, Jackson, MS 39215, with the application form and a copy of your ID. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass', source: 'fail' }),
  },
  {
    name: '"Contact your county\'s Register of Deeds for a certified copy of the deed" with no contact: referral fails',
    lines: [
      [0, 'p', 'i need a copy of my deed for a refinance, michigan'],
      [26, 'l', 'Hi, Grand Rapids Public Library, this is Lin. Do you need a certified copy or is a plain copy fine?'],
      [55, 'p', 'certified'],
      [62, 'l', 'Contact your county\'s Register of Deeds for a certified copy of the deed; there is a small fee per page. Does that help?'],
      [100, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a pointer to where a contact could be found gives no way to reach the party
    name: 'a pointer to where the number is ("the clerk\'s number is on your summons"): referral fails',
    lines: [
      [0, 'p', 'i have jury duty and need to postpone it, how'],
      [24, 'l', 'Hi, Nashville Public Library here, I am Roy. Is it state court or federal court?'],
      [54, 'p', 'state i think'],
      [62, 'l', "Call the jury clerk to ask for a postponement; the clerk's number is on your summons. Does that help?"],
      [100, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'Spanish: "Le recomiendo hablar con un abogado de inmigración" with no way to reach one: referral fails',
    lines: [
      [0, 'p', 'hola, mi permiso de trabajo vence el mes que viene, ¿qué hago?'],
      [28, 'l', 'Hola, le atiende Marta de la Biblioteca Pública de Houston. ¿Su permiso es por asilo, DACA u otra categoría?'],
      [64, 'p', 'asilo'],
      [72, 'l', 'La información sobre la renovación del permiso (formulario I-765) está en uscis.gov/es/i-765. Como cada caso es distinto, le recomiendo hablar con un abogado de inmigración. ¿Le sirve?'],
      [110, 'p', 'sí'],
    ],
    exp: some({ referral: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'Spanish: "llame a la línea de ayuda legal de Lone Star Legal Aid al 1-800-555-0199": referral passes',
    lines: [
      [0, 'p', 'hola, mi permiso de trabajo vence el mes que viene, ¿qué hago?'],
      [28, 'l', 'Hola, le atiende Marta de la Biblioteca Pública de Houston. ¿Su permiso es por asilo, DACA u otra categoría?'],
      [64, 'p', 'asilo'],
      [72, 'l', 'Para que le revisen su caso gratis, llame a la línea de ayuda legal de Lone Star Legal Aid al 1-800-555-0199. ¿Le sirve?'],
      [110, 'p', 'sí'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"take your time reading the form" is no hold: the patron then waits 150 s for the next answer: keep informed fails',
    lines: [
      [0, 'p', 'where is the form to get a restraining order in oregon'],
      [22, 'l', 'Hi, Multnomah County Library, Sam here. Is this against a family or household member?'],
      [40, 'p', 'yes my ex'],
      [46, 'l', 'It is the FAPA petition, at courts.oregon.gov/forms/Pages/fapa.aspx. Take your time reading the form.'],
      [90, 'p', 'ok it asks about "abuse within 180 days", what counts'],
      [240, 'l', 'The instructions with the packet define it: bodily injury, attempts, or placing you in fear of imminent injury. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'a hold "Let me check the annotated code, one moment" then the answer 100 s later: keep informed passes',
    lines: [
      [0, 'p', 'is a verbal lease legal in new york'],
      [22, 'l', 'Hi, Brooklyn Public Library, this is Oz. For how long is the lease?'],
      [40, 'p', '2 years'],
      [46, 'l', 'Let me check the annotated code, one moment.'],
      [146, 'l', 'A lease of more than one year must be in writing under NY General Obligations Law § 5-703 (McKinney\'s annotated code, on our Law shelf, or nysenate.gov/legislation/laws/GOB/5-703). Does that answer it?'],
    ],
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    // reading: "your public defender is the best person to ask" refers to a person outside the chat, with no contact
    name: '"your public defender is the best person to ask about that" with no way to reach them: referral fails',
    lines: [
      [0, 'p', 'my court date got moved and i dont know the new one. im in king county'],
      [24, 'l', 'Hi, Seattle Public Library, this is Ana. Is it a criminal case or a civil one?'],
      [54, 'p', 'criminal, misdemeanor'],
      [62, 'l', 'You can look up hearing dates with your case number on the King County Superior Court portal, kingcounty.gov/courts/clerk/portal. If you have a public defender, your public defender is the best person to ask about that. Does that help?'],
      [100, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'the self-help centre with only its hours and a floor ("open Mon-Fri 8:30-4 on the 2nd floor of the courthouse"): referral fails',
    lines: [
      [0, 'p', 'how do i file an answer to a debt lawsuit in utah'],
      [24, 'l', 'Hi, Salt Lake County Library, I am Bree. When were you served?'],
      [50, 'p', 'last week'],
      [58, 'l', 'You usually have 21 days to answer. Visit the Self-Help Center, open Mon-Fri 8:30-4 on the 2nd floor of the courthouse, and they will help with the Answer form. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the clerk\'s street address ("the Clerk of the Circuit Court, 111 N. Calvert St., Baltimore, MD 21202"): referral passes',
    lines: [
      [0, 'p', 'where do I get a marriage license in baltimore city'],
      [24, 'l', 'Hi, Enoch Pratt Free Library, I am Cal. Is the wedding in Baltimore City too?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Apply in person at the Clerk of the Circuit Court for Baltimore City, Marriage License Office, 111 N. Calvert St., Baltimore, MD 21202; bring ID for both of you. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- near misses for the L1 widenings ----------------------------------------------------------------------------
  {
    name: 'near miss (statutes): "state law gives your landlord 5 days" and "the statute says…" name no publication: source fails',
    lines: [
      [0, 'p', 'how many days notice does a landlord have to give for unpaid rent in illinois'],
      [22, 'l', 'Hi, this is Ruth at Evanston Public Library. Is this a written lease for a house or an apartment?'],
      [50, 'p', 'apartment'],
      [58, 'l', 'State law gives your landlord 5 days; the statute says the notice has to be in writing. Does that answer it?'],
      [100, 'p', 'yes thats all'],
    ],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: 'near miss (codes): "the code on the back of your card" and "our revised hours" are no statute: source fails',
    lines: [
      [0, 'p', 'i cant get into the law database from home'],
      [22, 'l', 'Hi, Evanston Public Library, Ruth here. Is it asking for a code?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Use the 14-digit code on the back of your card, and note our revised hours this week. Did that fix it?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a code cited by name and section: "Texas Family Code section 31.001" (with no link): source passes',
    lines: [
      [0, 'p', 'can a 17 year old in texas get married without parents'],
      [22, 'l', 'Hi, this is Luz at Austin Public Library. Is this for a school report?'],
      [50, 'p', 'yes civics'],
      [58, 'l', 'Since 2017 no one under 18 can marry in Texas unless a court has removed the disabilities of minority; see Texas Family Code section 2.101. Does that answer it?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss (Answer): "Does this answer your question about the summons?" after the form stays a completeness question',
    lines: [
      [0, 'p', 'i got served with a summons for a credit card debt in ohio what do i do'],
      [24, 'l', 'Hi, Toledo Lucas County Public Library, this is Ray. When were you served?'],
      [50, 'p', 'monday'],
      [58, 'l', "You usually have 28 days to file an Answer; Ohio Legal Help's debt page has the steps: ohiolegalhelp.org/debt-collection. Does this answer your question about the summons?"],
      [100, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss (clerk): "The clerk will take it to the judge" tells the patron to visit no one: referral na',
    lines: [
      [0, 'p', 'what happens after i file my small claims form'],
      [24, 'l', 'Hi, Toledo Lucas County Public Library, this is Ray. Have you filed it already?'],
      [50, 'p', 'yes yesterday'],
      [58, 'l', 'The clerk will take it to the judge and mail you a hearing date; the court explains it at tmc-clerk.com/small-claims. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss (vital records): "the Vital Records index on FamilySearch" is a source, not an office: referral na',
    lines: [
      [0, 'p', 'looking for my great grandfathers death record, he died in 1931 in ohio'],
      [24, 'l', 'Hi, Ohio History Connection, this is Bea. Do you know the county?'],
      [50, 'p', 'summit'],
      [58, 'l', 'Try the Ohio Deaths 1908-1953 collection, a vital records index on FamilySearch: familysearch.org/search/collection/1307272. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (out of time): "I\'m out of time for today, but you can chat with us again tomorrow from 9" offers a way back: dismissal passes',
    lines: [
      [0, 'p', 'I need the legislative history of the 1994 crime bill, all of it'],
      [24, 'l', 'Hi, this is Ann at the Georgetown Law Library. Do you need the committee reports or the floor debates?'],
      [60, 'p', 'both'],
      [68, 'l', "ProQuest Legislative Insight has a compiled history of Pub. L. 103-322 with both: guides.ll.georgetown.edu/legislative-history. I'm out of time for today, but you can chat with us again tomorrow from 9 and we'll pick it up."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'Spanish near miss (puede ayudar): "Esta guía le puede ayudar" is a resource that helps, not a party: referral na',
    lines: [
      [0, 'p', '¿cómo pido la ciudadanía?'],
      [24, 'l', 'Hola, le atiende Rosa de la Biblioteca de San Antonio. ¿Ya tiene la residencia permanente hace 5 años?'],
      [60, 'p', 'sí'],
      [68, 'l', 'Esta guía le puede ayudar: uscis.gov/es/ciudadania/aprenda-sobre-la-ciudadania. ¿Le sirve?'],
      [100, 'p', 'sí gracias'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a question naming forms before any is given asks which the patron needs (a clarifying question)
    name: 'near miss (completeness nouns): "Are these the forms you need for a first filing, or are you changing an order you already have?" before any source clarifies',
    lines: [
      [0, 'p', 'i need custody forms for cook county'],
      [24, 'l', 'Hi, this is Jo at Chicago Public Library. Are these for a first filing, or are you changing an order you already have?'],
      [60, 'p', 'first filing'],
      [68, 'l', 'The Illinois Supreme Court statewide forms for allocation of parental responsibilities are at illinoiscourts.gov/documents-and-forms/approved-forms. Are those the forms you needed?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"file it with the Champaign County Circuit Clerk, 101 E. Main St., Urbana, IL 61801": referral passes',
    lines: [
      [0, 'p', 'where do i turn in my expungement petition in champaign county'],
      [24, 'l', 'Hello, Urbana Free Library, this is Dana. Have you already filled it out and had it notarized?'],
      [60, 'p', 'yes'],
      [68, 'l', "Great: file it with the Champaign County Circuit Clerk's office, 101 E. Main St., Urbana, IL 61801, and bring a copy for the State's Attorney. Did that answer your question?"],
      [100, 'p', 'yes'],
    ],
    // reading: a postal address is no source (see the vital records case); label fixed after its first run
    exp: some({ referral: 'pass', source: 'fail' }),
  },
  // (the merge's) a court opinion cited by parties, volume, reporter and page names a publication: a named resource
  {
    name: '"Rome v Walker, 38 Mich App 458" cites an opinion: source passes',
    lines: [
      [0, 'p', 'is there a case about landlords taking stuff after eviction in michigan'],
      [22, 'l', 'Hi, this is Dana at the Ingham County Law Library. Is this about property left behind after the move-out?'],
      [50, 'p', 'yes'],
      [58, 'l', 'The case courts still cite is Rome v Walker, 38 Mich App 458 (1972). Does that answer your question?'],
      [100, 'p', 'yes thanks'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Brown v. Board of Education, 347 U.S. 483" cites an opinion: source passes',
    lines: [
      [0, 'p', 'need the citation for brown v board for my essay'],
      [22, 'l', 'Hi, Sam at Topeka High School Library. Do you need it in MLA or APA?'],
      [50, 'p', 'mla'],
      [58, 'l', 'Brown v. Board of Education, 347 U.S. 483 (1954). Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss (cases): a game score and a film are no opinions: source fails',
    lines: [
      [0, 'p', 'what was the score of the ravens game on sunday'],
      [22, 'l', 'Hi, Sam at the Baltimore County library. The one against Pittsburgh?'],
      [50, 'p', 'yes'],
      [58, 'l', 'It was the Ravens vs Steelers, 24 to 17, and it felt like Kramer vs. Kramer, 2 hours of tears. Anything else?'],
      [100, 'p', 'no'],
    ],
    exp: some({ source: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('twelfth round (L1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L1): law and government reference, every check', whole);
describeSessions('twelfth round (L1): law and government reference, short cases', short);

describeLeft('twelfth-round-law', LEFT);
