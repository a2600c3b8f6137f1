/**
 * Thirty-third round, area (Z7): SENSITIVE PERSONAL TOPICS HANDLED WITH CARE. LGBTQ+ resources (coming-out books for a teen,
 * PFLAG for a parent, The Trevor Project's lifeline, a gender-affirming care question the library can only point to sources
 * for), a legal name change and the documents after it, a survivor of domestic violence looking for a shelter (no details
 * asked that aren't needed), a parent and a child's diagnosis, grief in a family, an embarrassed or anxious patron typing in
 * bursts, a patron who leaves suddenly ("gotta go, someone's coming") and the provider's idle check-in and disconnect notice
 * (referral.contact, info.source, session.idle_checkin, session.disconnect_notice, closing.*, approachability.greeting,
 * inquiry.clarify).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "Please talk to your doctor about your own situation",
 *   "you could also ask your hospice about their bereavement groups", "talk to your school counselor", "reach out to your
 *   local PFLAG chapter", "the court's self-help center can help you with the forms", "hable con su médico",
 *   "contact a shelter near you".
 *  a referral WITH one (passes): "call The Trevor Project at 1-866-488-7386, text START to 678-678", "call or text 988",
 *   "reach out to the Frederick chapter of PFLAG: pflag.org/find-a-chapter", "the Maryland Court Help Center: call
 *   410-260-1392", "llame a la Línea Nacional de Violencia Doméstica al 1-800-799-7233", "the House of Ruth's 24-hour
 *   hotline, 410-889-7884, can walk you through it", "Griefline on 1300 845 745".
 *  a source, not a referral: "thetrevorproject.org/resources", "wpath.org/soc8", "mdcourts.gov/family/namechange",
 *   "'This Book Is Gay' by Juno Dawson", "medlineplus.gov/…", "dougy.org".
 *  idle check-ins: "Are you still there?", "Are you still with me?", "Just checking in, are you still there?", "¿Sigue
 *   ahí?", "still there?"; NOT check-ins: "Take your time, I'm still here.", "Are you still looking for a shelter?".
 *  disconnect notices: "It looks like you may have been disconnected, so I'm going to end this chat", "It appears you have
 *   disconnected. This session will now end.", "Parece que se desconectó, así que voy a cerrar el chat"; NOT: "I'll close
 *   this chat now." alone.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - "Are you safe right now?" / "Which county are you in? Just the county is fine." are questions about the patron's
 *   situation that shape the answer: they count for inquiry.clarify;
 * - "Stay safe." / "Take care." as a last message are parting wishes: a goodbye (as "Good luck!" in round 32);
 * - declining medical or legal advice ("I can't give medical advice, but …") is not ending the help for the provider's
 *   convenience: no_dismissal passes; "I'm at the end of my shift and need to go." with no way back fails;
 * - a patron who says "gotta go" has not said they are done with their questions: anything_else fails unless asked;
 * - "call or text 988" gives a phone number (a three-digit one): the referral has a way to reach the party;
 * - "your doctor", "your hospice", "your school counselor" are persons or organisations the patron is told to contact:
 *   referrals, which fail without a way to reach them;
 * - a patron who said they were leaving and a provider who waits past two minutes before the disconnect notice: the final
 *   idle runs, so the check-in is still required (the Terms measure time, not the reason).
 *
 * Written: 27 whole sessions, 30 short cases (23 first, 7 more for the fixes), 11 near misses in `guards` (plus 8 written as
 * near misses and moved to LEFT: older readings, v33 scores them the same), 11 LEFT in all.
 * First run: 8 of 80 tests failed, 9 check disagreements: referral.contact 7, info.source 1, closing.no_dismissal 1.
 * My labels corrected: 2 (both referral.contact: "The 24-hour hotline at … can find shelter space tonight" tells no one to
 * call: na, not pass; "Your parents could reach out to their local PFLAG chapter" tells the patron's parents, not the
 * patron: na, not fail; a new case says it to the patron and fails). Scorer errors fixed: 3 (in block Z7):
 *  - phone (phrase family): a crisis line's text short code, "text START to 678-678", "text HOME to 741741", "envíe un texto
 *    con la palabra AYUDA al 741741", is a number to reach the line by (info.source and referral.contact) [near misses: "text
 *    RENEW to the number on your receipt", "read the text up to 214-216", "compare the text editions to 2019 printings"];
 *  - dismissalConvenience (phrase family): "I'm at the end of my shift and need to go." / "we're nearly at the end of our
 *    shift so I have to run" / "im at the end of my shift and gotta go" end the help for the provider's convenience [near
 *    misses: "…, but I'll stay until we find it", "… need to go through one more list for you", "… need to go, but please
 *    come back tomorrow", the patron's own "end of my break … need to go", "… need to go, so I'm transferring you to Rosa"];
 *  - theyResourceZ7 (setting): a resource's "they" said free ("The WPATH Standards of Care … are the main guidelines and
 *    they're free at wpath.org/soc8") no longer lends its URL to "Please talk to your doctor" as if it pointed back [near
 *    misses: "The volunteers are great and they're available at …", "Their tip sheets are free at dougy.org", "… they're free
 *    at pflag.org/find-a-chapter; they welcome parents" (a second "they")].
 * Left: 3 of the first run ("The Trevor Project can help", "go to a meeting" of a chapter found at a URL, the court's
 * self-help center with the court's forms URL in its sentence) and 8 near misses whose other readings are older (see LEFT).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A teen's coming-out question up to the answer to the clarifying question. */
const TEEN: Line[] = [
  [0, 'p', 'hi. i think im gay and i dont know how to tell my parents'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Thanks for trusting us with that. Are you looking for books, or for people you can talk to?"],
  [50, 'p', 'people i guess'],
];
/** A survivor's shelter question up to the answer to the clarifying question. */
const DV: Line[] = [
  [0, 'p', 'i need a shelter tonight. please dont ask my name'],
  [20, 'l', "Hi, this is Jo at Ask Us. You don't need to tell me your name. Which county are you in? Just the county is fine."],
  [50, 'p', 'baltimore county'],
];
/** A name change question up to the answer to the clarifying question. */
const NAME: Line[] = [
  [0, 'p', 'how do i change my name legally in maryland'],
  [20, 'l', 'Hello, Jo at AskUsNow! here. Is this for an adult or a minor?'],
  [50, 'p', 'adult, me'],
];
/** A grief question up to the answer to the clarifying question. */
const GRIEF: Line[] = [
  [0, 'p', 'my husband died in march and i am not coping. are there groups'],
  [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. I'm so sorry. Are you looking for a group that meets in person, or online?"],
  [50, 'p', 'in person'],
];
/** A Spanish-speaking patron's question up to the answer. */
const ES: Line[] = [
  [0, 'p', 'hola, mi hijo tiene diabetes y no entiendo nada'],
  [20, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. ¿Qué edad tiene su hijo?'],
  [50, 'p', '7 años'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `base`, then the provider's answer at 70 s and the provider's `tail` lines (the patron never answers again). */
const quiet = (base: Line[], tail: Line[]): Line[] => [...base, [70, 'l', 'The 24-hour hotline at 1-800-799-7233 can find shelter space tonight. Does that help?'], ...tail];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a 15-year-old asks if the chat is anonymous, then coming-out books: Dawson, Oseman, Callender, Libby',
    lines: [
      [0, 'p', 'hi um is this anonymous'],
      [20, 'l', "Hi! I'm Maya, a librarian at Howard County Library System. Yes, this chat is private and we don't need your name."],
      [40, 'p', 'ok'],
      [44, 'p', 'so'],
      [52, 'p', 'im looking for books about coming out. like for me. im 15'],
      [75, 'l', 'Thank you for telling me. Are you looking for stories with LGBTQ+ characters, or more of a guide about coming out?'],
      [100, 'p', 'both maybe'],
      [150, 'l', "A frank guide is This Book Is Gay by Juno Dawson. For stories, Heartstopper by Alice Oseman and Felix Ever After by Kacen Callender. All three are in our catalogue at hclibrary.org, and you can borrow the ebooks on Libby so nothing shows up at home. Does that help?"],
      [190, 'p', 'yes thank u sm'],
      [196, 'l', 'Anything else I can help with?'],
      [215, 'p', 'no thats all'],
      [220, 'l', 'Take care, and come back anytime :)'],
    ],
    exp: usual(),
  },
  {
    name: 'formal: a father whose son came out last night, the Frederick PFLAG chapter by URL and a book for parents',
    lines: [
      [0, 'p', 'Good evening. My son told us last night that he is gay. I want to support him but I do not know where to start. Are there groups for parents?'],
      [30, 'l', 'Good evening, this is Robert, a reference librarian with Ask a Librarian Maryland. Thank you for reaching out. Are you looking for a group that meets near you, or reading you can start with tonight?'],
      [70, 'p', 'Both if possible. We live in Frederick.'],
      [120, 'l', "You could reach out to the Frederick chapter of PFLAG, the national organization for families of LGBTQ+ people; it meets monthly, and you can find it at pflag.org/find-a-chapter. For reading, This Is a Book for Parents of Gay Kids by Dannielle Owens-Reid and Kristin Russo is in our catalogue. Is that what you were looking for?"],
      [170, 'p', 'Yes, thank you. That is very kind.'],
      [180, 'l', 'Is there anything else I can help you with tonight?'],
      [200, 'p', "No, that's everything."],
      [205, 'l', 'Thank you for using Ask a Librarian. All the best to you and your son.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a trans teen in distress: "Are you safe right now?", The Trevor Project by phone, text and chat',
    lines: [
      [0, 'p', 'i need someone to talk to. my parents found out im trans and its bad'],
      [25, 'l', "Hi, I'm Alex with AskUsNow!. I'm really glad you reached out. Are you safe right now?"],
      [55, 'p', 'yeah im in my room. just really sad'],
      [80, 'l', 'I hear you. The Trevor Project has trained counselors for LGBTQ+ young people 24/7: call 1-866-488-7386, text START to 678-678, or chat at thetrevorproject.org/get-help. Does that help?'],
      [120, 'p', 'ok. thank you for being nice'],
      [130, 'l', 'Of course. Is there anything else I can find for you, like books?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'Please take care of yourself, and come back to chat anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an adult name change in Baltimore County: a hold, the court form, the Court Help Center by phone, SSA first',
    lines: [
      [0, 'p', 'Hello, how do I legally change my name in Maryland? And then what do I update first?'],
      [20, 'l', 'Hi there, this is Jordan at AskUsNow!. Happy to help. Is this an adult name change, and which county do you live in?'],
      [55, 'p', 'Adult, Baltimore County.'],
      [70, 'l', 'Let me get the right forms for you, one moment.'],
      [170, 'l', "You file a Petition for Change of Name (Adult) with the Circuit Court for Baltimore County; the forms and instructions are at mdcourts.gov/family/namechange. For free help with the forms, call the Maryland Court Help Center at 410-260-1392. After the court order, update your Social Security record first (ssa.gov/personal-record/change-name), then your driver's license; the MVA's steps are at mva.maryland.gov. Does this answer your question?"],
      [230, 'p', "Yes it does, thank you so much. That's all I needed."],
      [236, 'l', "You're welcome, and congratulations! Have a good day."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Which county are you in? Just the county is fine." shapes the answer: clarify passes; "i have to go" is not done
    name: 'a survivor wants a shelter, no name asked: the national hotline and the county\'s Family Justice Center by phone',
    lines: [
      [0, 'p', 'i need to find a shelter. please dont ask my name'],
      [15, 'l', "Hi, I'm Sam, a librarian with AskUsNow!. You don't need to give your name or any details. Are you in a safe place to chat right now?"],
      [40, 'p', 'yes for now. hes at work'],
      [55, 'l', 'OK. Which county are you in, so I can find a shelter near you? Just the county is fine.'],
      [80, 'p', 'montgomery'],
      [130, 'l', 'The National Domestic Violence Hotline finds shelter space 24/7: call 1-800-799-7233 or text START to 88788. In Montgomery County, call the Family Justice Center at 240-773-0444 for shelter and protective orders. Tip: use a private browsing window. Does that help?'],
      [160, 'p', 'yes thank you'],
      [165, 'p', 'i have to go'],
      [175, 'l', 'Stay safe. You can come back to chat any time.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Spanish: a woman hit by her husband, at the library: the national hotline and House of Ruth by phone',
    lines: [
      [0, 'p', 'hola necesito ayuda, mi esposo me pega y no se a donde ir'],
      [25, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. Siento mucho lo que está pasando. ¿Está usted en un lugar seguro ahora?'],
      [60, 'p', 'si, estoy en la biblioteca'],
      [90, 'l', 'Puede llamar a la Línea Nacional de Violencia Doméstica al 1-800-799-7233 (hablan español, las 24 horas), o a la línea de House of Ruth Maryland al 410-889-7884; ellos le ayudan a encontrar un refugio. ¿Le sirve esta información?'],
      [130, 'p', 'si gracias'],
      [140, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [160, 'p', 'no, es todo'],
      [165, 'l', 'Cuídese mucho. Puede volver a escribirnos cuando quiera.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a mother overwhelmed by her 4-year-old\'s autism diagnosis: Prizant, Nason, MedlinePlus',
    lines: [
      [0, 'p', "My daughter (4) was just diagnosed with autism and I'm overwhelmed. Where do I even start reading?"],
      [30, 'l', "Hi, this is Priya, a librarian at Anne Arundel County Public Library. I'm glad you reached out. Would you like books for you as a parent, information about services in Maryland, or both?"],
      [70, 'p', "books first, I don't want to get lost in google"],
      [110, 'l', "That makes sense. Parents often recommend Uniquely Human by Barry Prizant and The Autism Discussion Page by Bill Nason; both are in our catalogue at aacpl.net. MedlinePlus also has a reliable overview at medlineplus.gov/autismspectrumdisorder.html. Is that the kind of thing you were looking for?"],
      [160, 'p', 'yes. thank you, really.'],
      [170, 'l', 'Anything else I can help you with today?'],
      [195, 'p', 'not today'],
      [200, 'l', 'Take good care of yourself too. Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'British English, a grandmother died and a 6-year-old: picture books and the Dougy Center\'s tip sheets',
    lines: [
      [0, 'p', 'Hello. My mum died last week and my son is 6. Are there any books to help him understand?'],
      [30, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona. I'm so sorry for your loss. Is it books to read together with him you're after, or something for you about talking to him?"],
      [70, 'p', 'To read together please'],
      [100, 'l', "The Invisible String by Patrice Karst and The Memory Box by Joanna Rowland are gentle and often recommended; Badger's Parting Gifts by Susan Varley is a classic. You can reserve them in our catalogue. The Dougy Center also has free tip sheets for parents at dougy.org. Do those look helpful?"],
      [150, 'p', "Yes, thank you so much, that's all I need."],
      [156, 'l', 'Take care of yourselves. Goodbye.'],
    ],
    exp: usual(),
  },
  {
    // reading: declining medical advice is not a dismissal; "talk to your doctor" is a referral with no contact
    name: 'student worker, testosterone at 17: "I can\'t give medical advice", WPATH\'s SOC8, "talk to your doctor"',
    lines: [
      [0, 'p', 'is it safe to start testosterone at 17? asking for me'],
      [25, 'l', "Hi, I'm Kai, a student worker with the library's Ask Us chat. I can't give medical advice, but I can point you to reliable information. Are you looking for medical guidance, or how to find a provider?"],
      [60, 'p', 'medical stuff like side effects'],
      [100, 'l', "The WPATH Standards of Care (version 8) are the main guidelines and they're free at wpath.org/soc8. Please talk to your doctor about your own situation too. Does that help?"],
      [140, 'p', 'kinda. ok thx'],
      [150, 'l', 'Is there anything else you would like me to look for?'],
      [170, 'p', 'no'],
      [175, 'l', 'Take care! Come back anytime.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron leaves mid-search; the provider answers with a way back: no final idle (the last message is a goodbye)
    name: 'a protective order, "gotta go someone\'s coming" during the hold: the courts\' page and House of Ruth\'s hotline',
    lines: [
      [0, 'p', 'how do i get a protective order without him knowing'],
      [20, 'l', 'Hi, this is Dana, a librarian with AskUsNow!. Are you in Maryland?'],
      [40, 'p', 'yes baltimore city'],
      [55, 'l', 'One moment while I find the right page.'],
      [80, 'p', 'gotta go someones coming'],
      [110, 'l', "Stay safe. When you can, the Maryland Courts' page on protective orders is at mdcourts.gov/legalhelp/domesticviolence, and the House of Ruth's 24-hour hotline, 410-889-7884, can walk you through it. Come back to chat anytime."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a minor\'s name change, the parent vanishes after the answer: check-in, then "you may have been disconnected"',
    lines: [
      [0, 'p', 'hi my daughter wants to change her first name, shes 16. how does that work'],
      [20, 'l', 'Hi, I am Tom, a librarian at Ask Us. Is the other parent in agreement, or would they need to be notified?'],
      [60, 'p', 'her dad agrees'],
      [100, 'l', "For a minor, both parents can sign the Petition for Change of Name (Minor); the forms are at mdcourts.gov/family/namechange, with a page of instructions. Does that answer your question?"],
      [240, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you may have been disconnected, so I'm going to end this chat. Feel free to come back anytime."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // final idle 100 s to the goodbye at 300 s: 200 s, so both apply; the goodbye says nothing of a disconnection
    name: 'a widow and grief groups: the hospice\'s group by phone, "Are you still with me?", then only "Goodbye."',
    lines: [
      ...GRIEF,
      [100, 'l', "Gilchrist's bereavement groups are free and open to anyone in the county, not only hospice families; call them at 443-849-8251 to join one. Does that help?"],
      [230, 'l', 'Are you still with me?'],
      [300, 'l', 'Goodbye.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }),
  },
  {
    name: 'scripted macros, a gender marker on a passport: the State Department page, no check-in before "It appears you have disconnected"',
    lines: [
      [0, 'p', 'Hi, how do I change the gender marker on my passport?'],
      [15, 'l', 'Thank you for contacting AskUsNow! My name is Lee. How may I help you today?'],
      [20, 'l', 'Do you have a passport now, or is this a first passport?'],
      [60, 'p', 'I have one, it expires next year'],
      [90, 'l', "The State Department's page on selecting your gender marker is at travel.state.gov/content/travel/en/passports/need-passport/selecting-your-gender-marker.html; it lists the forms for a renewal. Does this answer your question?"],
      [400, 'l', 'It appears you have disconnected. This session will now end. Thank you for contacting AskUsNow!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "Take your time" is not a hold; the bursts are one wait, answered at 45 s
    name: 'an embarrassed 17-year-old typing in bursts: confidential STI testing, the county clinic by phone, gettested.cdc.gov',
    lines: [
      [0, 'p', 'hi'],
      [6, 'p', 'sorry'],
      [12, 'p', 'this is embarassing'],
      [20, 'p', 'where can i get tested for stds without my parents knowing'],
      [45, 'l', "Hi, I'm Chris, a librarian at Ask Us. No need to be embarrassed, we get all kinds of questions. Which county do you live in?"],
      [80, 'p', 'prince georges. im 17'],
      [110, 'l', "In Maryland, teens can get STI testing confidentially without a parent's permission. You can call the Prince George's County Health Department's sexual health clinic at 301-583-3300 for a free appointment, or search testing sites by ZIP at gettested.cdc.gov. Does that help?"],
      [150, 'p', 'yes omg thank you'],
      [155, 'l', 'Anything else?'],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'sloppy: a dog died, "Hi." with no name, the Cornell pet loss hotline by phone, "ok bye"',
    lines: [
      [0, 'p', 'my dog died yesterday and im a mess, is there like a support group for that'],
      [40, 'l', 'Hi.'],
      [45, 'l', 'Call the Cornell pet loss support hotline at 607-253-3932. Does that help?'],
      [80, 'p', 'ok'],
      [90, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a name change and a law question: transfer to the law librarian (notice, internal note), the People\'s Law Library',
    lines: [
      [0, 'p', 'I changed my name after my divorce. Do I need a court order to change it on my deed?'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did the divorce decree itself restore your former name?'],
      [55, 'p', 'yes it says I can resume my maiden name'],
      [65, 'l', "Rosa, our law librarian, knows property records well. I'm transferring you to her now, one moment."],
      [67, 'i', 'Rosa: divorce decree restored maiden name, asking about changing the name on a deed. Over to you.'],
      [70, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [90, 'l', 'Hi, Rosa here, law librarian. Which county is the property in?', ROSA],
      [115, 'p', 'Howard'],
      [170, 'l', "The People's Law Library explains name changes on deeds at peoples-law.org/name-change-and-your-deed; usually you record a new deed or a name affidavit with the decree in the land records. Does that answer your question?", ROSA],
      [220, 'p', 'Yes, very helpful. That is all, thanks.'],
      [225, 'l', 'Thanks for chatting, take care!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'dismissal: a teen\'s grief, GriefShare, then "I\'m at the end of my shift and need to go."',
    lines: [
      [0, 'p', 'my brother died and my mom wont talk about it. are there groups for teens'],
      [25, 'l', 'Hi, this is Jo at AskUsNow!. Do you want a group that meets in person, or online?'],
      [55, 'p', 'in person i think'],
      [90, 'l', 'GriefShare lists groups by ZIP code at griefshare.org/findagroup, and some are for teens. Does that help?'],
      [130, 'p', 'ok but what if none are near me? and are there books?'],
      [145, 'l', "Sorry, I'm at the end of my shift and need to go."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // the seed allows "others are waiting, log back on later"
    name: 'a long list about a son\'s Down syndrome: NDSS, then "other patrons are waiting, please come back later"',
    lines: [
      [0, 'p', 'my baby was born with down syndrome. I need everything: therapies, schools, money help, groups'],
      [25, 'l', "Hello, and congratulations on your baby. I'm Gail, a librarian with AskUsNow!. Shall we start with parent groups and then therapies?"],
      [60, 'p', 'yes'],
      [95, 'l', "The National Down Syndrome Society's new parent resources are at ndss.org/resources; for a local group, contact the Down Syndrome Network of Montgomery County at dsnmc.org. Does that help?"],
      [140, 'p', 'yes and what about money? SSI? and schools? and therapy??'],
      [160, 'l', 'I have several other patrons waiting right now, so please come back later and we can go through SSI and schools one at a time. Thank you for chatting with us!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Indian English, a son\'s ADHD diagnosis: Barkley\'s book and CHADD by URL and phone',
    lines: [
      [0, 'p', 'Respected madam, my son is diagnosed with ADHD. Kindly suggest books for parents and any parent group.'],
      [25, 'l', "Good evening, I'm Anita, a librarian with Ask a Librarian. Would you prefer books in Hindi, or are English ones fine?"],
      [60, 'p', 'English is fine.'],
      [95, 'l', 'Taking Charge of ADHD by Russell Barkley is the classic guide for parents, in our catalogue. For a parent group, contact CHADD, which runs local groups: chadd.org/affiliate-locator or 301-306-7070. Is this helpful?'],
      [140, 'p', 'Yes, thank you very much madam. That is all.'],
      [146, 'l', 'You are welcome. Thank you for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a daughter after her mother\'s hospice death: a grief book, "ask your hospice about their bereavement groups" (no contact)',
    lines: [
      [0, 'p', 'mom passed at hospice two weeks ago. i cant sleep, cant focus. is this normal? any books'],
      [30, 'l', "Hello, this is Ruth at Ask a Librarian. I'm very sorry about your mom. Are you looking for something practical on grief, or a memoir?"],
      [70, 'p', 'practical'],
      [110, 'l', "It's OK That You're Not OK by Megan Devine is practical and kind, and it's in our catalogue. You could also ask your hospice about their bereavement groups; most offer them free for a year. Does that help?"],
      [150, 'p', 'yes thanks'],
      [155, 'l', 'Anything else I can help with?'],
      [175, 'p', 'no thank you'],
      [180, 'l', 'Take care of yourself. Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, bi and scared to tell parents: a safety question, The Trevor Project\'s coming-out guide (a source)',
    lines: [
      [0, 'p', 'how do i tell my parents im bi lol im scared'],
      [20, 'l', 'hey! Sam here from the AskUsNow! librarians :) do u feel safe at home if they find out?'],
      [45, 'p', 'ya probably they r chill just religious'],
      [80, 'l', "ok good. The Trevor Project has a free Coming Out Handbook at thetrevorproject.org/resources, it has a section on religious families. we also have Queer: The Ultimate LGBTQ Guide for Teens by Kathy Belge in the catalogue. does that help?"],
      [110, 'p', 'ya thx thats all'],
      [114, 'l', 'good luck!! come back anytime'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron left at once: phone tracking, the greeting only, a check-in and the disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'i think my boyfriend is tracking my phone'],
      [30, 'l', "Hi, I'm Jo with AskUsNow!. I'm here to help."],
      [200, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'm closing this chat. Please come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // a follow-up promised and coded: e-mail repeated back and a day named
    name: 'a trans adult\'s documents after the name change: SSA and MVA pages now, legal clinics e-mailed by Thursday',
    lines: [
      [0, 'p', 'I got my court order for my name change! now what do I update, and is there free legal help for the birth certificate part?'],
      [20, 'l', "Congratulations! Hi, I'm Sam, a librarian at the Enoch Pratt Free Library's Ask a Librarian. Were you born in Maryland, or in another state?"],
      [60, 'p', 'Maryland'],
      [100, 'l', "The steps are at ssa.gov/personal-record/change-name for your Social Security record and mva.maryland.gov for your license. The Maryland Division of Vital Records' page for amending a birth certificate is at health.maryland.gov/vsa. Does that help so far?"],
      [140, 'p', 'yes! and the legal help?'],
      [155, 'l', "I'd like to check which clinics are taking cases this month. I can e-mail you a list by Thursday. What's your e-mail?"],
      [180, 'p', 'river.m@example.com'],
      [190, 'l', 'Thanks, river.m@example.com. Anything else for now?'],
      [210, 'p', "no that's it, thank you!!"],
      [215, 'l', "You're welcome, watch for my e-mail Thursday. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'River', email: 'river.m@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Australian English, a partner\'s death: "G\'day", Griefline on 1300 845 745, a book',
    lines: [
      [0, 'p', 'Hi, my partner died in a car accident a month ago and I need something, anything, to help. Books or someone to talk to.'],
      [30, 'l', "G'day, Sam from Ask a Librarian here. I'm so sorry. Would you like someone to talk to tonight, or something to read?"],
      [70, 'p', 'Someone to talk to first'],
      [100, 'l', 'Griefline has free phone support: ring them on 1300 845 745, or go to griefline.org.au. For reading, The Grief Handbook by Clare Shaw is in our catalogue. Is that helpful?'],
      [150, 'p', "Yeah that's good, cheers. That's all."],
      [156, 'l', 'Look after yourself. Bye for now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'non-native writer, a toddler\'s hearing loss: the state early intervention page, the Hearing Loss Association\'s guide',
    lines: [
      [0, 'p', 'Hello. Doctor say my son 2 years have hearing loss. I not know where find help. We live in Columbia.'],
      [30, 'l', "Hello and welcome! I'm Olena, a librarian at Ask Us, Howard County Library System. Did the doctor refer you to early intervention already?"],
      [80, 'p', 'No, nothing'],
      [110, 'l', "Maryland's Infants and Toddlers Program gives free services for children under 3. The office in your county is at marylandpublicschools.org/programs/Pages/ITP; call them to ask for an evaluation. MedlinePlus has easy pages on hearing loss in children at medlineplus.gov/hearingdisordersanddeafness.html. Is this helpful?"],
      [170, 'p', 'Yes thank you very much, is all I need'],
      [180, 'l', 'You are welcome, good luck! Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "call or text 988" gives a phone: a referral with a way to reach it
    name: 'an adult who says "i dont see the point anymore": 988 by call, text or chat, kept talking',
    lines: [
      [0, 'p', 'do you have books about depression. i dont see the point anymore honestly'],
      [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. I'm really glad you wrote. Are you thinking about suicide?"],
      [50, 'p', 'sometimes'],
      [65, 'l', "Thank you for telling me. Please call or text 988 right now; it's the Suicide & Crisis Lifeline, free and open all night, or chat at 988lifeline.org. I'll stay here with you. Would you be willing to reach out to them?"],
      [120, 'p', 'ok. i will text them'],
      [130, 'l', 'That is a brave step. When you feel ready, Feeling Good by David Burns is in our catalogue too. Does that help?'],
      [170, 'p', 'yeah. thanks. thats all'],
      [175, 'l', 'Thank you for reaching out tonight. Take care, and come back anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron said they were leaving; the provider still waited five minutes before the notice: the final idle runs
    name: 'a survivor says "he\'s home, bye", the provider closes 5 minutes later with a notice and no check-in',
    lines: [
      ...DV,
      [70, 'l', 'The 24-hour hotline at 1-800-799-7233 can find shelter space tonight, and the Baltimore County shelter line is 410-828-6390. Does that help?'],
      [95, 'p', 'hes home, bye'],
      [110, 'l', 'Stay safe.'],
      [410, 'l', "It looks like you've left, so I'm ending this chat now. You can come back any time it's safe."],
    ],
    // label corrected after the first run: "The 24-hour hotline at … can find shelter space" tells no one to call: no referral
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: a way to reach the party, or none -----------------------------------------------------------------------
  { name: '"call or text 988" : referral passes, a source', lines: then(TEEN, 'If things ever feel unsafe, call or text 988 any time. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"text START to 678-678" (The Trevor Project): referral passes', lines: then(TEEN, 'You can talk to a Trevor Project counselor anytime: text START to 678-678. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"talk to your school counselor" : referral fails', lines: then(TEEN, 'The Trevor Project has a coming out guide at thetrevorproject.org/resources. You could also talk to your school counselor. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // label corrected after the first run (was fail): the patron's parents, not the patron, are told to reach out: RUBRIC.md's
  // Referral is "telling the patron to contact or visit"
  { name: '"Your parents could reach out to their local PFLAG chapter" : not the patron told, no referral', lines: then(TEEN, 'The Trevor Project has a coming out guide at thetrevorproject.org/resources. Your parents could reach out to their local PFLAG chapter too. Does that help?'), exp: some({ referral: 'na' }) },
  { name: '"You could reach out to your local PFLAG chapter" (no contact): referral fails', lines: then(TEEN, 'The Trevor Project has a coming out guide at thetrevorproject.org/resources. You could reach out to your local PFLAG chapter too. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the Court Help Center at 410-260-1392" : referral passes', lines: then(NAME, 'The forms are at mdcourts.gov/family/namechange; for help filling them in, call the Court Help Center at 410-260-1392. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact a shelter near you" (no contact): referral fails', lines: then(DV, 'Please contact a shelter near you tonight; they keep beds for emergencies. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'Spanish "hable con su médico sobre la dieta" (no contact): referral fails', lines: [...ES, [70, 'l', 'MedlinePlus en español explica la diabetes en niños: medlineplus.gov/spanish/diabetesinchildrenandteens.html. Hable con su médico sobre la dieta. ¿Le sirve?'], [100, 'p', 'gracias'], [106, 'l', '¡Cuídese, adiós!']], exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'Spanish "llame a la Línea Nacional … al 1-800-799-7233" : referral passes', lines: [...ES, [70, 'l', 'Si en casa hay violencia, llame a la Línea Nacional de Violencia Doméstica al 1-800-799-7233. ¿Le sirve?'], [100, 'p', 'gracias'], [106, 'l', '¡Cuídese, adiós!']], exp: some({ referral: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"our Rainbow Reads booklist at samplelibrary.org/rainbow" : a source, no referral', lines: then(TEEN, 'Our Rainbow Reads booklist at samplelibrary.org/rainbow has coming-out stories for teens. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Are you safe right now?" before the source: clarify passes', lines: [[0, 'p', 'he hit me again. where can i go'], [15, 'l', "Hi, I'm Jo at Ask Us. Are you safe right now?"], [40, 'p', 'yes hes asleep'], [60, 'l', 'Call the hotline at 1-800-799-7233; they find shelter beds tonight. Does that help?'], [90, 'p', 'ok'], [95, 'l', 'Stay safe, bye.']], exp: some({ clarify: 'pass' }) },
  { name: 'the hotline in the first answer, no question: clarify fails', lines: [[0, 'p', 'he hit me again. where can i go'], [15, 'l', "Hi, I'm Jo at Ask Us. Call the hotline at 1-800-799-7233; they find shelter beds tonight. Does that help?"], [40, 'p', 'ok'], [45, 'l', 'Stay safe, bye.']], exp: some({ clarify: 'fail' }) },
  // ---- greetings -------------------------------------------------------------------------------------------------------
  { name: '"Hola, soy Lucía de AskUsNow!" : greeting passes', lines: [...ES.slice(0, 1), [20, 'l', 'Hola, soy Lucía de AskUsNow!.'], [25, 'l', '¿Qué edad tiene su hijo?'], [50, 'p', '7']], exp: some({ greeting: 'pass' }) },
  { name: 'a greeting without a name until the third message: greeting fails', lines: [[0, 'p', 'my wife died. books for my kids?'], [20, 'l', "Hello, I'm so sorry."], [25, 'l', 'How old are your kids?'], [50, 'p', '8 and 11'], [60, 'l', 'This is Jo, a librarian, by the way. The Invisible String by Patrice Karst is in our catalogue. Does that help?']], exp: some({ greeting: 'fail' }) },
  // ---- idle check-ins and notices --------------------------------------------------------------------------------------
  { name: '"Just checking in, are you still there?" then a notice: idle and disconnect pass', lines: quiet(DV, [[220, 'l', 'Just checking in, are you still there?'], [400, 'l', "It looks like you've disconnected, so I'll end the chat now. Come back anytime."]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"still there?" (chat-speak) then a notice: idle and disconnect pass', lines: quiet(DV, [[220, 'l', 'still there?'], [400, 'l', "Looks like you've disconnected, so I'm closing the chat. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'Spanish "¿Sigue ahí?" then "Parece que se desconectó, así que voy a cerrar el chat": both pass', lines: [...ES, [70, 'l', 'MedlinePlus en español explica la diabetes infantil: medlineplus.gov/spanish/diabetesinchildrenandteens.html. ¿Le sirve?'], [210, 'l', '¿Sigue ahí?'], [400, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. Puede volver cuando quiera.']], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"Take your time, I\'m still here." is not a check-in: idle fails', lines: quiet(DV, [[220, 'l', "Take your time, I'm still here."], [400, 'l', "It looks like you've disconnected, so I'll end the chat now. Come back anytime."]]), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: '"I\'ll close this chat now." alone: disconnect fails', lines: quiet(DV, [[220, 'l', 'Are you still there?'], [400, 'l', "I'll close this chat now."]]), exp: some({ idle: 'pass', disconnect: 'fail' }) },
  // ---- closings --------------------------------------------------------------------------------------------------------
  { name: '"gotta go" then "Stay safe." last: courteous passes, anything else fails', lines: [...DV, [70, 'l', 'The 24-hour hotline at 1-800-799-7233 can find shelter space tonight. Does that help?'], [90, 'p', 'gotta go'], [95, 'l', 'Stay safe.']], exp: some({ courteous: 'pass', anything: 'fail', idle: 'na' }) },
  { name: '"I can\'t give medical advice" : no dismissal', lines: then(ES, 'No puedo dar consejos médicos, pero MedlinePlus en español explica la diabetes infantil: medlineplus.gov/spanish/diabetesinchildrenandteens.html. ¿Le sirve?'), exp: some({ dismissal: 'pass' }) },
  { name: '"your time is up, I have to go" : dismissal fails', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', 'Sorry, your time is up and I have to go.']], exp: some({ dismissal: 'fail' }) },
  // ---- more for the fixes: a text short code (phone), the end of a shift (dismissal), a resource's "they" (referral) -----
  { name: '"text HOME to 741741 for the Crisis Text Line" : referral passes, a source', lines: then(GRIEF, 'If the nights are hard, text HOME to 741741 for the Crisis Text Line. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish "envíe un texto con la palabra AYUDA al 741741" : referral passes, a source', lines: [...ES, [70, 'l', 'Si usted necesita hablar con alguien, envíe un texto con la palabra AYUDA al 741741 para hablar con un consejero de Crisis Text Line. ¿Le sirve?'], [100, 'p', 'gracias'], [106, 'l', '¡Cuídese, adiós!']], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"The hotline also takes texts: text START to 88788." : referral passes', lines: then(DV, 'If calling is not safe, the hotline also takes texts: text START to 88788. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"We\'re nearly at the end of our shift so I have to run." : dismissal fails', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', "Sorry, we're nearly at the end of our shift so I have to run."]], exp: some({ dismissal: 'fail' }) },
  { name: 'chat-speak "ok im at the end of my shift and gotta go" : dismissal fails', lines: [...TEEN, [70, 'l', 'The Trevor Project has a coming out guide at thetrevorproject.org/resources. Does that help?'], [100, 'p', 'ya but what do i say to my dad'], [110, 'l', 'ok im at the end of my shift and gotta go']], exp: some({ dismissal: 'fail' }) },
  { name: 'a resource\'s "they" lends nothing: "These booklets … they\'re free to download at …. Please also ask your pediatrician" : referral fails', lines: then(GRIEF, "These booklets are gentle and they're free to download at childrensgrief.net. Please also ask your pediatrician about a counselor. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"The instructions are plain and they are posted at …. Talk to a family law attorney" : referral fails', lines: then(NAME, 'The instructions are plain and they are posted at mdcourts.gov/family/namechange. Talk to a family law attorney if your ex objects. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Is that what you needed?" after the group list: completeness passes', lines: then(GRIEF, 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Is that what you needed?'), exp: some({ complete: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a text short code (phone family): the same words with no number to reach anyone
  { name: 'near miss: "text RENEW to the number on your receipt" : no phone, no source', lines: then(GRIEF, 'You can renew the grief books by text: text RENEW to the number on your receipt. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'near miss: "read the text up to 214-216 first" : pages, no source', lines: then(TEEN, 'In the handout, read the text up to 214-216 first, it covers telling your parents. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'near miss: "compare the text editions to 2019 printings" : a year, no source', lines: then(NAME, 'Compare the text editions to 2019 printings before you rely on the old forms. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // the end of a shift (dismissalConvenience): the help goes on, or a way back is offered
  { name: 'near miss: "I\'m at the end of my shift, but I\'ll stay until we find it." : no dismissal', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', "I'm at the end of my shift, but I'll stay until we find it. One moment."], [170, 'l', "It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?"], [200, 'p', 'yes thanks'], [205, 'l', 'Take care, bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "… end of my shift and need to go through one more list for you" : a search, no dismissal', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', "I'm at the end of my shift and need to go through one more list for you, one moment."], [170, 'l', "It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?"], [200, 'p', 'yes thanks'], [205, 'l', 'Take care, bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "… end of my shift and need to go, but please come back tomorrow" : a way back, no dismissal', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', "I'm at the end of my shift and need to go, but please come back tomorrow and ask for Rosa about books."]], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: the patron "im at the end of my shift at work and need to go" : no dismissal', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'yes. im at the end of my break at work and need to go, thank you'], [110, 'l', 'Take care of yourself, bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "… end of our shift and need to go, so my colleague Rosa is taking over" (transfer): no dismissal', lines: [...GRIEF, [70, 'l', 'GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'], [100, 'p', 'and books?'], [110, 'l', "We're at the end of our shift and need to go, so I'm transferring you to my colleague Rosa now, one moment."], [112, 'i', 'Rosa: widow, grief groups given, wants books.'], [115, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')], [140, 'l', "Hi, Rosa here. It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?", ROSA], [170, 'p', 'yes thanks'], [175, 'l', 'Take care, bye!', ROSA]], exp: some({ dismissal: 'pass', transfer: 'pass' }) },
  // a resource's "they" (theyResourceZ7): a "they" of people, "their", a second "they", or a phone still lend
  { name: 'near miss: "The volunteers are great and they\'re available at griefshare.org/findagroup. Talk to your group leader" : referral passes', lines: then(GRIEF, "The volunteers are great and they're available at griefshare.org/findagroup. Talk to your group leader about joining. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Their tip sheets are free at dougy.org. Call the Dougy Center …" : referral passes', lines: then(GRIEF, 'Their tip sheets are free at dougy.org. Call the Dougy Center if you have questions about your kids. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "… guides are posted and they\'re free at pflag.org/find-a-chapter; they welcome parents. Reach out to the Frederick chapter." : referral passes', lines: then(TEEN, "The chapters' meeting guides are posted and they're free at pflag.org/find-a-chapter; they welcome parents too. Reach out to the Frederick chapter. Does that help?"), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (older reading, v33 the same; a near miss written for the phone family): "box to 10000" is read as a post office
  // box, a postal address, so a source is found where the text gives none.
  { name: '"keep the text box to 10000 characters" : a count, no source', lines: then(GRIEF, 'For the obituary, keep the text box to 10000 characters or fewer. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, v33 the same): "their intake line" with mdlab.org in the sentence before "Contact the intake line" is
  // not lent (a near miss written for theyResourceZ7: its second pointing word keeps the lending).
  { name: '"The guides are free and they\'re at mdlab.org; their intake line … Contact the intake line." : referral passes', lines: then(NAME, "The guides are free and they're at mdlab.org; their intake line takes calls on weekdays. Contact the intake line if your ex objects. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading, v33 the same; a near miss written for the phone family): "the paper's form" is read as a named
  // resource, so a source is found where the text gives none.
  { name: '"limits the text box to 10000 characters" : a count, no source', lines: then(GRIEF, "For the obituary, the paper's form limits the text box to 10000 characters. Does that help?"), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, v33 the same): "Talk to a peer guide there" is read as no referral (a near miss written for
  // theyResourceZ7).
  { name: '"The peer guides are volunteers and they\'re free to talk at trevorspace.org. Talk to a peer guide" : referral passes', lines: then(TEEN, "The peer guides are volunteers and they're free to talk at trevorspace.org most evenings. Talk to a peer guide there tonight. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading, v33 the same): the counselors' chat URL before "Talk to a counselor tonight" is not lent ("counselors"
  // and "counselor" are not read as the same word); a near miss written for theyResourceZ7.
  { name: '"The counselors are kind and they\'re free at thecenter.org/chat. Talk to a counselor tonight." : referral passes', lines: then(TEEN, "The counselors are kind and they're free at thecenter.org/chat. Talk to a counselor tonight. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading, not this block's change: v33 scores it the same): "text" in "cut the text down to" is read as a
  // referring verb ("text them"); the sentence refers to no one.
  { name: '"cut the text down to 10000 characters" : a count, no source', lines: then(GRIEF, "For the obituary, you'll need to cut the text down to 10000 characters. Does that help?"), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, v33 the same): the clerk's office's phone in the sentence before "Ask the clerk …" is not lent to
  // the clerk (a near miss written for theyResourceZ7, whose "they" here comes with a phone).
  { name: '"The forms are free and they\'re at the clerk\'s office, 410-555-0100. Ask the clerk …" : referral passes', lines: then(NAME, "The forms are free and they're at the clerk's office, 410-555-0100. Ask the clerk to check them before you file. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading, v33 the same): the group schedule's URL before "Talk to the group leader" is not lent to the leader.
  { name: '"The books are free and they\'re posted with the group schedule …; they meet weekly. Talk to the group leader" : referral passes', lines: then(GRIEF, "The books are free and they're posted with the group schedule at griefshare.org/findagroup; they meet weekly. Talk to the group leader about childcare. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT: "The Trevor Project" is a capitalised name ending in "Project", read as no party; Z3's readings cover acronyms and
  // "… Service" only. Widening to "… Project" would also make sources parties ("Project Gutenberg can help", "the Human Genome
  // Project can tell you", "Project MUSE"), which no near miss here could guard well.
  { name: '"The Trevor Project can help" with nothing to reach it: no source, referral fails', lines: then(TEEN, 'The Trevor Project can help with that. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  // LEFT: "go to a meeting" of the chapter found at a URL is a visit to the organisation (a referral with its URL), read as a
  // source only (na); the verb "go to a meeting" is as often a library program ("go to a meeting of the book club").
  { name: '"find your PFLAG chapter at pflag.org/find-a-chapter and go to a meeting" : referral passes', lines: then(TEEN, 'Find your local PFLAG chapter at pflag.org/find-a-chapter and go to a meeting with your parents. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: the URL in the same sentence is the court's forms page, not a way to reach its self-help center; the scorer lends a
  // same-sentence URL on the court's own domain, which is often right ("the court's self-help center, mdcourts.gov/helpcenter"):
  // the text alone cannot tell the forms page from the center's page.
  { name: '"the court\'s self-help center can help you with the forms" (no contact): referral fails', lines: then(NAME, "The forms are at mdcourts.gov/family/namechange, and the court's self-help center can help you with the forms. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
];

describe('thirty-third round (Z7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Z7): sensitive topics, every check', whole);
describeSessions('thirty-third round (Z7): sensitive topics, short cases', short);
describeSessions('thirty-third round (Z7): sensitive topics, near misses of the changes', guards);

describeLeft('thirty-third-round-sensitive', LEFT);
