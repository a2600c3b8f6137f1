/**
 * Ninth round, area (S): REGISTERS. The behaviours of the Behaviors Checklist in voices the earlier rounds rarely
 * used: very formal and old-fashioned providers ("Kindly allow me a moment whilst I consult the catalogue"),
 * British, Irish, Australian, Indian and South African English ("cheers", "reckon", "do revert", "kindly do the
 * needful", "prepone", "howzit", "give them a bell"), customer-service scripts ("I'd be happy to assist you with
 * that today!"), Gen Z and emoji-heavy chat ("bet", "no cap", "lmk if that slaps", "🙏"), AAVE and regional US
 * speech, one-word providers, providers who put several behaviours in one long paragraph, voice-to-text (no
 * punctuation, homophones: "no" for "know", "there" for "their"), and machine-translated English.
 *
 * Statuses are read from the literal text of RUBRIC.md. The whole cases give ALL 17 checks (`usual()` is an
 * ordinary good session; each case says where it differs); `short` gives a few. Near misses (the behaviour
 * absent, something close present) sit beside the cases where the same register does it right. `LEFT` (not
 * run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, type Line, all, some, who, sys, type Key, type St, FU_ME, FU_LIB, other, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** The patron went quiet after the answer; the provider checked in and then gave notice. */
const gone = (over: Partial<Record<Key, St>> = {}) => usual({ idle: 'pass', disconnect: 'pass', ...over });
/** No substantive exchange: the information checks are na. */
const bare = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

/** Every provider and internal line of `lines` written by `name` (unless it names its own author). */
const by = (name: string, id: string, lines: Line[]): Line[] =>
  lines.map((l) => ((l[1] === 'l' || l[1] === 'i') && !l[3] ? [l[0], l[1], l[2], who(name, id)] : l));
const desk = (name: string, id: string, library = 'TST') => ({ provider: { id, name, library } });

export const whole: SessionCase[] = [
  // ---- very formal, old-fashioned ---------------------------------------------------------------------------------
  {
    name: 'formal: "Mr. Whitcombe at your service"; "Might I enquire…"; "Kindly allow me a moment whilst I consult the catalogue"; "Would you be so good as to tell me whether this satisfies your enquiry?"; "I bid you good day"',
    lines: [
      [0, 'p', "Good afternoon. I am seeking a copy of Trollope's The Warden for my reading circle."],
      [35, 'l', "Good afternoon, and welcome to the reference service of the Enoch Pratt Free Library. Mr. Whitcombe at your service."],
      [42, 'l', 'Might I enquire whether you should prefer a printed volume or an electronic edition?'],
      [70, 'p', 'Printed, if you please.'],
      [78, 'l', 'Very good. Kindly allow me a moment whilst I consult the catalogue.'],
      [150, 'l', 'I am pleased to report that the Central Library holds two copies, shelved at FIC TROLLOPE; the record may be viewed at catalog.prattlibrary.org. Would you be so good as to tell me whether this satisfies your enquiry?'],
      [200, 'p', 'It does admirably. That is all I require, thank you.'],
      [210, 'l', 'It has been my pleasure. I bid you good day.'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss, formal: "How may I be of assistance?" with no name; "I trust this answers your enquiry satisfactorily." states; "You are most welcome." is no goodbye',
    lines: [
      [0, 'p', 'Good evening. I require the annual reports of the Baltimore and Ohio Railroad for 1870.'],
      [25, 'l', 'Good evening. How may I be of assistance?'],
      [31, 'l', 'Pray tell, are you seeking the printed reports or a digitised copy?'],
      [60, 'p', 'Digitised, ideally.'],
      [72, 'l', 'HathiTrust holds the Forty-Fourth Annual Report (1870) in full view: catalog.hathitrust.org, search "Baltimore and Ohio Railroad annual report". I trust this answers your enquiry satisfactorily.'],
      [110, 'p', 'Splendid, thank you.'],
      [116, 'l', 'You are most welcome.'],
    ],
    exp: usual({ greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'formal disconnect: "Are you still with us, madam?"; "As I have received no reply for some minutes, I must presume that you have departed, and shall therefore close this session."',
    lines: [
      [0, 'p', 'I should like to know whether the county holds probate records for 1840.'],
      [30, 'l', 'Good morning, madam. You are conversing with the Maryland Room of the Frederick County Public Libraries; my name is Mrs. Ashby.'],
      [36, 'l', 'Might I ask the name of the deceased, so that I may search the index properly?'],
      [80, 'p', 'Josiah Kemp'],
      [95, 'l', 'The Maryland State Archives index lists a will of Josiah Kemp, Frederick County, 1840: guide.msa.maryland.gov, series C891. Is that the record you had in mind? And may I assist with anything further?'],
      [240, 'l', 'Are you still with us, madam?'],
      [330, 'l', 'As I have received no reply for some minutes, I must presume that you have departed, and shall therefore close this session. Pray do write to us again at your convenience.'],
    ],
    exp: gone(),
  },
  {
    name: 'near miss, formal referral without contact: "I should recommend that you write to the Registrar of the Diocese" and nothing to reach them by',
    lines: [
      [0, 'p', 'Where might I find the baptismal register of St. Anne\'s, Annapolis, for 1790?'],
      [28, 'l', 'Good day to you. This is the reference desk of the Anne Arundel County Public Library; I am Mr. Hale.'],
      [34, 'l', 'Do you seek the original register or would a published transcription suffice?'],
      [70, 'p', 'A transcription would suffice.'],
      [85, 'l', "A transcription appears in Maryland Records, Colonial, Revolutionary, County and Church, Volume 2, which the Annapolis branch holds at 929.375 BRU. For the original register, I should recommend that you write to the Registrar of the Diocese. Does that meet your need?"],
      [130, 'p', 'It does. Nothing further, thank you kindly.'],
      [136, 'l', 'Good day, and thank you for writing.'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- British ---------------------------------------------------------------------------------------------------
  {
    name: 'British: "Hiya, Tom at Leeds Libraries here"; "I\'ll just have a rummage, won\'t be long"; "Is that the sort of thing you\'re after?"; "Ta-ra, take care!"',
    lines: by('Tom', 'tom', [
      [0, 'p', "hi, have you got anything on the history of the Leeds to Liverpool canal? it's for my lad's school project"],
      [20, 'l', 'Hiya, Tom at Leeds Libraries here.'],
      [26, 'l', "Lovely. Is it for Key Stage 2 or a bit older? The books are quite different."],
      [60, 'p', 'year 5'],
      [66, 'l', "Right, I'll just have a rummage in the junior stock, won't be long."],
      [150, 'l', "Found a good one: 'Canals' by Jane Shuter is pitched at his age, at Central Library and Headingley. The catalogue record's on leedslibraries.gov.uk, search Canals Shuter. Is that the sort of thing you're after?"],
      [190, 'p', "That's spot on, thanks. That's all I needed."],
      [196, 'l', 'Brilliant. Ta-ra, take care!'],
    ]),
    over: desk('Tom', 'tom', 'LDS'),
    exp: usual(),
  },
  {
    name: 'near miss, British: "no rush, take your time" is no hold, and then three minutes of silence before the answer (keep_informed fails)',
    lines: by('Priya', 'priya', [
      [0, 'p', 'Morning. I need my reader ticket number, I lost the card'],
      [18, 'l', "Morning! Priya on the Ask a Librarian desk at Bristol Libraries. Could you pop your full name and postcode in? No rush, take your time."],
      [70, 'p', 'Helen Marsh, BS6 5QA'],
      [230, 'l', "Thanks Helen. For security we can't give card numbers over chat, but you can reset it yourself at bristol.gov.uk/libraries > My account > Forgotten details. Does that sort you out?"],
      [260, 'p', "yes that's worked, cheers, that's everything"],
      [265, 'l', 'Cheers Helen, have a good one!'],
    ]),
    over: desk('Priya', 'priya', 'BRS'),
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'British follow-up: "I\'ll drop you an email by Thursday at the latest; is it still h.okafor@…?"; coded Follow-up by me',
    lines: by('Gemma', 'gemma', [
      [0, 'p', 'Hello, do you have the parish magazine for St Mary\'s Islington from 1962? My mum is in a photo in it apparently'],
      [25, 'l', "Hello, you're chatting with Gemma in Local History at Islington Libraries."],
      [30, 'l', 'Do you know roughly which month, or what the photo was of?'],
      [70, 'p', 'summer, a church fete'],
      [80, 'l', "We hold the magazine but it's in the strongroom, so I can't check it today. I'll go through June to September and drop you an email by Thursday at the latest. Is it still h.okafor@btinternet.com?"],
      [110, 'p', 'yes that\'s right, thank you so much'],
      [116, 'l', 'Lovely. Anything else while I have you?'],
      [140, 'p', 'no that\'s all'],
      [145, 'l', 'Cheers, speak soon!'],
    ]),
    over: { ...desk('Gemma', 'gemma', 'ISL'), ...FU_ME },
    exp: followed({ source: 'fail', complete: 'fail' }),
  },

  // ---- Irish -----------------------------------------------------------------------------------------------------
  {
    name: 'Irish: "Dia dhuit! Aoife here from Dublin City Libraries"; "give us a minute there"; "Is that grand for you?"; "Mind yourself!"',
    lines: by('Aoife', 'aoife', [
      [0, 'p', 'hi is there any way to get the Irish Times from the 1970s online'],
      [25, 'l', 'Dia dhuit! Aoife here from Dublin City Libraries.'],
      [30, 'l', 'Are you looking for a particular article, or just browsing that decade?'],
      [60, 'p', 'an article about my da\'s football club in 1974'],
      [66, 'l', "Grand, give us a minute there and I'll pull up the link."],
      [120, 'l', 'The Irish Times Digital Archive is free with your library card: dublincitylibraries.ie > eResources > Irish Times Digital Archive. Search the club name and set the dates to 1974. Is that grand for you?'],
      [170, 'p', 'class, found it already. thats everything thanks'],
      [176, 'l', 'Delighted! Mind yourself!'],
    ]),
    over: desk('Aoife', 'aoife', 'DCL'),
    exp: usual(),
  },
  {
    name: 'Irish idle: "Are you still there at all?"; "You seem to have gone off on me so I\'ll close this chat now. Come back to us any time."',
    lines: by('Ciarán', 'ciaran', [
      [0, 'p', 'how do i join the library in cork'],
      [22, 'l', "Hi there, you're talking to Ciarán at Cork City Libraries. Is it the city or the county libraries you're after?"],
      [60, 'p', 'city'],
      [80, 'l', 'You can join online at corkcitylibraries.ie/join, it takes two minutes and membership is free. Does that help at all, and is there anything else you need?'],
      [230, 'l', 'Are you still there at all?'],
      [290, 'l', "You seem to have gone off on me so I'll close this chat now. Come back to us any time."],
    ]),
    over: desk('Ciarán', 'ciaran', 'CCL'),
    exp: gone(),
  },
  {
    name: 'Irish referral with contact: "your best port of call is Citizens Information - ring them on 0818 07 4000"',
    lines: by('Niamh', 'niamh', [
      [0, 'p', 'Im trying to find out if I qualify for the fuel allowance, do you know'],
      [20, 'l', "Hello! Niamh here at Galway Public Libraries, happy to help."],
      [26, 'l', 'Is it for yourself, and are you on a social welfare payment at the moment?'],
      [70, 'p', 'yes for me, I get the state pension'],
      [90, 'l', "The rules are on gov.ie/fuelallowance. For your own case your best port of call is Citizens Information - ring them on 0818 07 4000 and they'll go through it with you. Does that help?"],
      [130, 'p', 'it does, thanks a million. thats all'],
      [136, 'l', 'No bother at all, take care now!'],
    ]),
    over: desk('Niamh', 'niamh', 'GAL'),
    exp: usual({ referral: 'pass' }),
  },

  // ---- Australian ------------------------------------------------------------------------------------------------
  {
    name: 'Australian: "G\'day, you\'re chatting with Mel from State Library Victoria"; "I\'ll have a squiz, hang on a tick"; "Reckon that\'ll do the job?"; "have a good arvo!"',
    lines: by('Mel', 'mel', [
      [0, 'p', 'hey, trying to find my great grandad\'s WW1 service record'],
      [20, 'l', "G'day, you're chatting with Mel from State Library Victoria!"],
      [25, 'l', 'Was he in the AIF, and do you know his service number or where he enlisted?'],
      [60, 'p', 'AIF, enlisted in Ballarat, no number sorry'],
      [66, 'l', "No worries, I'll have a squiz for you, hang on a tick."],
      [140, 'l', 'The National Archives has digitised every AIF record: search his name on recordsearch.naa.gov.au (series B2455). Ballarat enlistments usually show "Ballarat" on the attestation page. Reckon that\'ll do the job?'],
      [180, 'p', 'yep found him!! cheers'],
      [185, 'l', 'Beauty. Anything else I can help with?'],
      [200, 'p', "nah that's me, thanks heaps"],
      [205, 'l', 'Cheers, have a good arvo!'],
    ]),
    over: desk('Mel', 'mel', 'SLV'),
    exp: usual(),
  },
  {
    name: 'near miss, Australian: "give Births, Deaths and Marriages a bell" with no number (referral fails); "No dramas." ends it (no goodbye)',
    lines: by('Shane', 'shane', [
      [0, 'p', 'need a copy of my birth certificate, born in Geelong'],
      [20, 'l', "Hi, Shane from Geelong Regional Libraries here."],
      [25, 'l', 'Do you need a certified copy for ID, or just the details for family history?'],
      [55, 'p', 'certified, for my passport'],
      [66, 'l', "The passport checklist is on passports.gov.au if that helps."],
      [70, 'l', "Libraries can't issue certificates unfortunately. I reckon your best bet is to give Births, Deaths and Marriages Victoria a bell, they'll sort it. Does that answer it?"],
      [100, 'p', 'yeah ok'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'nope'],
      [124, 'l', 'No dramas.'],
    ]),
    over: desk('Shane', 'shane', 'GRL'),
    exp: usual({ referral: 'fail', courteous: 'fail' }),
  },

  // ---- Indian English ---------------------------------------------------------------------------------------------
  {
    name: 'Indian English: "this is Priya from the IIT Delhi Central Library"; "May I know for which semester…"; "Please hold on, I am checking"; "Kindly confirm if this resolves your query"',
    lines: by('Priya S.', 'priyas', [
      [0, 'p', 'good morning maam i need previous year question papers for MTL100'],
      [30, 'l', 'Good morning, this is Priya from the IIT Delhi Central Library. Kindly let me know how I can help.'],
      [36, 'l', 'May I know for which semester and year you need the question papers?'],
      [70, 'p', 'sem 1, 2022 and 2023 both'],
      [76, 'l', 'Please hold on for two minutes, I am checking the repository.'],
      [180, 'l', 'Both papers are available in the question paper archive: library.iitd.ac.in/qp, login with your Kerberos ID, then select Mathematics > MTL100. Kindly confirm if this resolves your query.'],
      [220, 'p', 'yes maam got it, thank you. nothing else'],
      [226, 'l', 'Thank you for contacting the library. Have a nice day.'],
    ]),
    over: desk('Priya S.', 'priyas', 'IITD'),
    exp: usual(),
  },
  {
    name: 'Indian English follow-up: "I will revert to you by tomorrow EOD on your mail id rahul.k@…, kindly confirm"; the patron: "kindly do the needful"',
    lines: by('Anil', 'anil', [
      [0, 'p', 'Sir I need the full PhD thesis of Dr. Meera Nair 2011 on groundwater, kindly help'],
      [25, 'l', 'Hello, I am Anil, librarian at the Anna University Library. May I know the department and the exact title if you have it?'],
      [70, 'p', 'Civil Engineering, Groundwater recharge in hard rock aquifers'],
      [80, 'l', 'Please wait, I am checking.'],
      [150, 'l', 'Only the abstract is in Shodhganga (shodhganga.inflibnet.ac.in, search the title). The full text is with the thesis section. I will get it scanned and revert to you by tomorrow EOD on your mail id rahul.k@gmail.com, kindly confirm.'],
      [190, 'p', 'Yes sir mail id is correct. Kindly do the needful. Thank you'],
      [196, 'l', 'Sure. Anything else, sir?'],
      [215, 'p', 'No sir'],
      [220, 'l', 'Thank you, have a good day.'],
    ]),
    over: { ...desk('Anil', 'anil', 'AU'), ...FU_ME },
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'near miss, Indian English: "I will revert on the same at the earliest" promises with no when and no contact, coded Answered',
    lines: by('Deepa', 'deepa', [
      [0, 'p', 'Can my reading room slot on Friday be preponed to Thursday morning?'],
      [20, 'l', 'Good afternoon, Deepa here from the Central Library help desk.'],
      [26, 'l', 'May I know your membership number and the present slot timing?'],
      [60, 'p', 'CL-20931, Friday 2 pm'],
      [75, 'l', 'Slot changes are done by the reading room in-charge, I cannot do it from chat. I will check with them and revert on the same at the earliest.'],
      [100, 'p', 'ok thank you madam'],
      [105, 'l', 'Thank you for your patience.'],
    ]),
    over: desk('Deepa', 'deepa', 'CL'),
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Indian English, the patron vanishes after the question: "Sir, are you there?"; "Since there is no response from your end, I am closing this chat. Kindly revert if you need further assistance."; Lost Call',
    lines: by('Anil', 'anil', [
      [0, 'p', 'what is the fine for late return of book'],
      [20, 'l', 'Good evening sir, I am Anil from the Anna University Library. Welcome.'],
      [150, 'l', 'Sir, are you there?'],
      [230, 'l', 'Since there is no response from your end, I am closing this chat. Kindly revert if you need further assistance.'],
    ]),
    over: { ...desk('Anil', 'anil', 'AU'), resolutionCode: 'Lost Call' },
    exp: bare({ idle: 'pass', disconnect: 'pass' }),
  },

  // ---- South African ---------------------------------------------------------------------------------------------
  {
    name: 'South African: "Howzit! Thabo here from the City of Cape Town Libraries"; "Shame, which branch…?"; "hold on, I\'m checking now now"; "Go well!"',
    lines: by('Thabo', 'thabo', [
      [0, 'p', 'my library card is blocked and i cant borrow'],
      [20, 'l', 'Howzit! Thabo here from the City of Cape Town Libraries.'],
      [25, 'l', 'Shame, that is frustrating. Which branch is your card from, and did it say why?'],
      [60, 'p', 'Bellville. it says expired'],
      [66, 'l', "Ja, just hold on, I'm checking the system now now."],
      [130, 'l', 'Cards expire every 2 years. You can renew at any branch with your ID, or online at capetown.gov.za/libraries > My account > Renew membership. Is that sorted for you?'],
      [170, 'p', 'yes thanks, thats all'],
      [174, 'l', 'Cheers, go well!'],
    ]),
    over: desk('Thabo', 'thabo', 'CTL'),
    exp: usual(),
  },
  {
    name: 'near miss, South African: the provider answers straight off with no question (clarify fails); "Lekker, enjoy!" is a parting wish',
    lines: by('Lindiwe', 'lindiwe', [
      [0, 'p', 'what time does the Durban central library close on saturday'],
      [25, 'l', "Hi! You're chatting to Lindiwe at eThekwini Libraries. Saturdays it closes at 1 pm; all the hours are on durban.gov.za/libraries. Does that help?"],
      [60, 'p', 'ja thanks, that is all i wanted'],
      [64, 'l', 'Lekker, enjoy your Saturday!'],
    ]),
    over: desk('Lindiwe', 'lindiwe', 'ETH'),
    exp: usual({ clarify: 'fail' }),
  },

  // ---- customer-service scripts ----------------------------------------------------------------------------------
  {
    name: 'script: "Thank you for reaching out! My name is Brittany and I\'d be happy to assist you with that today!"; "Were you able to get that taken care of?"; "Is there anything else I can assist you with today?"',
    lines: by('Brittany', 'brittany', [
      [0, 'p', 'i have a fine on my account and cant check out ebooks'],
      [22, 'l', "Hi there, and thank you for reaching out to Ask a Librarian! My name is Brittany and I'd be happy to assist you with that today!"],
      [28, 'l', "Just to make sure I point you in the right direction, is the fine for a late item or for a lost one?"],
      [60, 'p', 'late dvd i think, its $12'],
      [72, 'l', "I completely understand! Anything over $10 blocks borrowing. You can pay it online at aacpl.net/account under Fines & Fees, and the block lifts right away. Were you able to get that taken care of?"],
      [150, 'p', 'yep paid, it works now'],
      [155, 'l', 'Awesome! Is there anything else I can assist you with today?'],
      [170, 'p', 'no thanks'],
      [175, 'l', 'Thank you for contacting Ask a Librarian, and have a wonderful day!'],
    ]),
    over: desk('Brittany', 'brittany', 'AACPL'),
    exp: usual(),
  },
  {
    name: 'near miss, script: "I\'m going to go ahead and look into that for you!" then two and a half minutes of silence; the patron: "Perfect, that\'s everything I needed!"',
    lines: by('Kayla', 'kayla', [
      [0, 'p', 'Can I get a museum pass for the B&O Railroad Museum this weekend?'],
      [25, 'l', "Hello and welcome to Baltimore County Public Library's chat! You're chatting with Kayla. I'd love to help with that!"],
      [30, 'l', 'Which day were you hoping to go, Saturday or Sunday?'],
      [55, 'p', 'saturday'],
      [62, 'l', "I'm going to go ahead and look into that for you!"],
      [215, 'l', "Thank you so much for your patience! Saturday passes are still available: reserve one at bcpl.info/museumpass with your card number. Does that work for you?"],
      [240, 'p', "Perfect, that's everything I needed!"],
      [245, 'l', 'Thank you for chatting with us today, have a fantastic weekend!'],
    ]),
    over: desk('Kayla', 'kayla', 'BCPL'),
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'script transfer: "I\'m going to transfer you to our Digital Services team who can better assist you" with an internal note saying why',
    lines: [
      [0, 'p', 'Kanopy says my card is expired but I renewed it last week'],
      [20, 'l', "Hi! Thanks for contacting Howard County Library System. My name is Jo and I'm happy to help!"],
      [26, 'l', 'Is the message on the Kanopy app or on the website, and which card number starts your account?'],
      [60, 'p', 'website, card ends 5521'],
      [66, 'i', 'Dee: patron renewed card last week but Kanopy still reads it as expired (card ends 5521); needs the account resynced on your side.'],
      [70, 'l', "Thank you! I'm going to transfer you to our Digital Services team who can better assist you with the account sync. Please hold!"],
      [74, 's', 'Chat transferred to Dee Alvarez.', sys('transfer', 'dee')],
      [120, 'l', 'Hi, Dee from Digital Services here! I resynced your card, so log out of kanopy.com and back in with card 5521. Does it let you in now?', who('Dee Alvarez', 'dee')],
      [160, 'p', 'yes!! it works, thats all i needed'],
      [165, 'l', 'Wonderful! Thanks for your patience, enjoy your movie!', who('Dee Alvarez', 'dee')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss, script promise: "A member of our team will reach out within 24-48 business hours" to the email on file, never named in the chat; coded Answered',
    lines: by('Chelsea', 'chelsea', [
      [0, 'p', 'I was charged for a book I returned in March'],
      [18, 'l', "Thank you for contacting Ask Us Now! This is Chelsea, and I'm sorry to hear about that."],
      [24, 'l', 'Do you remember which branch you returned it to, and the title?'],
      [60, 'p', 'Towson, The Midnight Library'],
      [75, 'l', "Thank you! I've submitted a claim for review. A member of our team will reach out within 24-48 business hours at the email on file."],
      [100, 'p', 'ok'],
      [106, 'l', 'Thank you for your patience and have a great day!'],
    ]),
    over: { ...desk('Chelsea', 'chelsea', 'BCPL'), patron: { name: 'R. Diaz', email: 'rdiaz@example.com', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- Gen Z, emoji ----------------------------------------------------------------------------------------------
  {
    name: 'Gen Z: "heyyy 👋 it\'s Jordan from the Teen Library at Howard County Library"; "ok bet, is this for a class or just vibes? 👀"; "say less, lemme look 🔎"; "lmk if that slaps 🙏"',
    lines: by('Jordan', 'jordan', [
      [0, 'p', 'do yall have heartstopper as an ebook'],
      [15, 'l', "heyyy 👋 it's Jordan from the Teen Library at Howard County Library!"],
      [20, 'l', 'ok bet, is this for a class or just vibes? 👀 and do u want the graphic novel or the audiobook?'],
      [45, 'p', 'just vibes, graphic novel'],
      [50, 'l', 'say less, lemme look 🔎'],
      [100, 'l', 'ok so Libby has all 5 volumes rn, no cap: hclibrary.overdrive.com, search Heartstopper and borrow w ur card 📱 lmk if that slaps 🙏'],
      [130, 'p', 'it slaps fr 😭 ty'],
      [134, 'l', 'anything else u need? 🫶'],
      [150, 'p', 'nah im good'],
      [154, 'l', 'ok happy reading bestie ✌️'],
    ]),
    over: desk('Jordan', 'jordan', 'HCLS'),
    exp: usual(),
  },
  {
    name: 'near miss, Gen Z: "yo whats up" with no name; "ngl idk if that helps lol" asks nothing; the patron\'s "bet ty" says no done; "np!!"',
    lines: by('T', 'tee', [
      [0, 'p', 'need a source about climate anxiety for my essay'],
      [20, 'l', 'yo whats up'],
      [24, 'l', 'how long is the essay and do u need peer reviewed?'],
      [50, 'p', '3 pages, doesnt have to be'],
      [70, 'l', 'theres a Teen Health & Wellness article on it, school library databases page > Teen Health & Wellness, search eco-anxiety. ngl idk if that helps lol'],
      [100, 'p', 'bet ty'],
      [104, 'l', 'np!!'],
    ]),
    over: desk('T', 'tee', 'MHS'),
    exp: usual({ greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Gen Z idle: "u still there? 👀"; "looks like u dipped, gonna close this chat but hmu anytime 🫡"',
    lines: by('Jordan', 'jordan', [
      [0, 'p', 'how do i get a library card if im 15'],
      [20, 'l', 'hiii, Jordan from the Teen Library at Howard County Library here 👋 do u live in howard county?'],
      [50, 'p', 'ya'],
      [60, 'l', 'ok then u can sign up online at hclibrary.org/card, a parent just has to sign the form 📝 does that answer it? anything else?'],
      [200, 'l', 'u still there? 👀'],
      [260, 'l', 'looks like u dipped, gonna close this chat but hmu anytime 🫡'],
    ]),
    over: desk('Jordan', 'jordan', 'HCLS'),
    exp: gone(),
  },
  {
    name: 'Gen Z referral without contact: "def ask ur teacher abt it" (the patron is told to ask someone, with nothing to reach them by)',
    lines: by('Sky', 'sky', [
      [0, 'p', 'can i use wikipedia as a source for my history project'],
      [12, 'l', 'hey! Sky here, school librarian at Oakdale High 😊 what grade r u in?'],
      [30, 'p', '10th'],
      [45, 'l', 'ok so usually wiki is for background only, the citations at the bottom are the real sources. our research guide explains it: oakdalehs.libguides.com/sources. def ask ur teacher abt it tho, every class is diff. make sense?'],
      [70, 'p', 'ya that helps, thats all'],
      [74, 'l', 'yay good luck!! 🍀'],
    ]),
    over: desk('Sky', 'sky', 'OHS'),
    exp: usual({ referral: 'fail' }),
  },

  // ---- AAVE and regional US --------------------------------------------------------------------------------------
  {
    name: 'AAVE/Southern: "Hey there, this is Miss Denise at the Jackson library"; "now is this for you or for your grandbaby?"; "That\'s what you was looking for?"; "you have a blessed day now!"',
    lines: by('Denise', 'denise', [
      [0, 'p', 'hey I need a book on how to do the GED math part'],
      [25, 'l', 'Hey there, this is Miss Denise at the Jackson-Hinds Library. How you doing today?'],
      [30, 'l', 'Mm-hm. Now is this for you or for your grandbaby? And you taking it on the computer?'],
      [70, 'p', 'for me lol. yes on computer'],
      [76, 'l', 'Alright, hold on one second, let me pull it up.'],
      [130, 'l', "Alright now. We got Kaplan GED Test Prep 2024 at the Eudora Welty branch, 373.126 KAP, and y'all can take free practice tests on Learning Express through jhlibrary.org/learn. That's what you was looking for?"],
      [170, 'p', 'yes maam thats it'],
      [175, 'l', 'Anything else I can do for you today, sugar?'],
      [190, 'p', 'no thats all thank u'],
      [195, 'l', 'Alright, you have a blessed day now!'],
    ]),
    over: desk('Denise', 'denise', 'JHL'),
    exp: usual(),
  },
  {
    name: 'Southern dismissal: "I\'m fixin\' to close up shop here, hun, so you\'ll have to figure the rest out on your own" (no way back)',
    lines: by('Darlene', 'darlene', [
      [0, 'p', 'I need the address for the social security office and the hours and what papers to bring'],
      [30, 'l', 'Hey y\'all, Darlene here at the Tupelo library.'],
      [36, 'l', 'Which one, the Tupelo office or Oxford?'],
      [60, 'p', 'Tupelo'],
      [75, 'l', "It's at 1110 Kings Hwy, hours are on ssa.gov/locator. I'm fixin' to close up shop here, hun, so you'll have to figure the rest out on your own."],
      [100, 'p', 'oh ok'],
    ]),
    over: desk('Darlene', 'darlene', 'LPL'),
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'regional US (New England): "wicked busy night, but I\'ll take a look, hang tight"; "You all set?"; "Take it easy!"',
    lines: by('Kevin', 'kevin', [
      [0, 'p', 'whens the next ESL class at the Worcester library'],
      [20, 'l', 'Hey, Kevin here at the Worcester Public Library.'],
      [24, 'l', 'Beginner or intermediate? They run different nights.'],
      [50, 'p', 'beginner'],
      [55, 'l', "Wicked busy night, but I'll take a look, hang tight."],
      [120, 'l', 'Beginner conversation is Tuesdays 6-7:30 pm in the Saxe Room, free, no signup: mywpl.org/esl. You all set?'],
      [150, 'p', 'yes perfect'],
      [154, 'l', 'Anything else you need?'],
      [170, 'p', 'nope'],
      [175, 'l', 'Take it easy!'],
    ]),
    over: desk('Kevin', 'kevin', 'WPL'),
    exp: usual(),
  },

  // ---- very terse providers --------------------------------------------------------------------------------------
  {
    name: 'terse: "Hi. Sam, Ask Us Now." / "Year?" / "Sec." / a bare URL / "Good?" / "Else?" / "Thanks. Bye."',
    lines: by('Sam', 'sam', [
      [0, 'p', 'need the MD 502 tax form'],
      [10, 'l', 'Hi. Sam, Ask Us Now.'],
      [14, 'l', 'Year?'],
      [30, 'p', '2023'],
      [34, 'l', 'Sec.'],
      [70, 'l', 'marylandtaxes.gov/forms/2023'],
      [74, 'l', 'Good?'],
      [90, 'p', 'yes'],
      [92, 'l', 'Else?'],
      [100, 'p', 'no'],
      [102, 'l', 'Thanks. Bye.'],
    ]),
    over: desk('Sam', 'sam', 'AUN'),
    exp: usual(),
  },
  {
    name: 'near miss, terse: "Hi." / "Title?" (no name); "Checked out. Placed a hold for you." (no source, a hold placed is no hold message); no goodbye',
    lines: by('Sam', 'sam', [
      [0, 'p', 'is the new Louise Penny in'],
      [12, 'l', 'Hi.'],
      [15, 'l', 'Title?'],
      [30, 'p', 'the grey wolf'],
      [50, 'l', 'Checked out. Placed a hold for you, card ending 4471.'],
      [54, 'l', 'You are #3.'],
      [70, 'p', 'ok thx'],
    ]),
    over: desk('Sam', 'sam', 'AUN'),
    exp: usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'terse idle: "That help?"; "There?" then "No reply, looks like you left. Closing chat." (the check-in asks; the notice says gone and ending)',
    lines: by('Sam', 'sam', [
      [0, 'p', 'library hours sunday'],
      [10, 'l', 'Hi, Sam, Ask Us Now. Which branch?'],
      [30, 'p', 'rockville'],
      [40, 'l', 'Rockville: Sun 12-6. montgomerycountymd.gov/library. That help?'],
      [190, 'l', 'There?'],
      [250, 'l', 'No reply, looks like you left. Closing chat.'],
    ]),
    over: desk('Sam', 'sam', 'AUN'),
    exp: gone({ anything: 'fail', courteous: 'fail' }),
  },

  // ---- verbose providers: several behaviours in one message ------------------------------------------------------
  {
    name: 'verbose: greeting, name, role and two clarifying questions in one paragraph; the answer, a referral with phone, completeness and "anything else" in another',
    lines: by('Harriet', 'harriet', [
      [0, 'p', 'I am giving a talk about the 1889 flood in Frederick and need old newspaper coverage'],
      [30, 'l', "Good morning and thank you so much for reaching out to the Ask a Librarian service at Frederick County Public Libraries! My name is Harriet, and I'm one of the reference librarians here; I'll be the one working with you this morning. Before I start digging, could you tell me a little more about the talk: is it for a historical society, a class, or something else, and are you hoping for photographs as well as articles?"],
      [110, 'p', 'historical society, photos would be great too'],
      [200, 'l', "Thank you, that's really helpful to know! The best place to start is the Frederick News archive, which you can search from home through our website at fcpl.org/research under Newspapers; try the dates June 1 to June 15, 1889, and the words flood and Monocacy. For photographs, I'd suggest you visit the Maryland Room on the second floor of C. Burr Artz Library, where the staff can pull the photo files for you; they're happy to set a time if you call them at 301-600-1630. Does this give you what you need to get started on the talk? And of course, if there is anything else at all I can help with today, just say the word."],
      [260, 'p', 'This is perfect, thank you so much!'],
      [266, 'l', "You're very welcome! Thanks again for using Ask a Librarian, and the very best of luck with the talk."],
    ]),
    over: desk('Harriet', 'harriet', 'FCPL'),
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss, verbose: "Hello and welcome! Thanks ever so much for getting in touch…" names no one; a long goodbye that says the patron may have lost connection but never asks if they are there',
    lines: [
      [0, 'p', 'how do I get a passport photo done near me'],
      [25, 'l', "Hello and welcome! Thanks ever so much for getting in touch today, it's lovely to hear from you. Could you let me know which town you're in, so that I can look for the nearest place that does them?"],
      [60, 'p', 'Westminster'],
      [90, 'l', "Thank you! The Westminster Post Office at 83 E Main St takes passport photos; you can call them at 410-848-1234 or book a time at tools.usps.com/locations. The Westminster library doesn't offer photos, I'm afraid. Does that help with what you needed?"],
      [300, 'l', "I haven't heard back from you for a little while, so I'm guessing you may have been pulled away or lost your connection; that happens all the time, no worries at all! I'm going to go ahead and close out this session now, but please feel free to come back and chat with us whenever you like."],
    ],
    exp: usual({ greeting: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'verbose hold with a partial result: "I have found two so far… I am going to keep looking for a few more minutes, so please stay with me"',
    lines: by('Eleanor', 'eleanor', [
      [0, 'p', 'looking for memoirs by women who worked in the Sparrows Point steel mill'],
      [20, 'l', 'Hello, this is Eleanor at the Baltimore County Public Library reference desk. Are you looking for published books only, or oral histories too?'],
      [60, 'p', 'both'],
      [150, 'l', "I have found two so far that look promising: Steeltown U.S.A. by Allen Dieterich-Ward has a chapter of interviews, and the Baltimore Museum of Industry has an oral history collection described at thebmi.org/oral-histories. I am going to keep looking for a few more minutes in our catalogue and in the state archives, so please stay with me."],
      [260, 'l', "I'm back. Nothing more in our own collection, but the Dundalk Patapsco Neck Historical Society has a Sparrows Point memoir shelf; you can reach them at 410-284-2331. Do these cover what you were hoping to find?"],
      [300, 'p', 'yes this is great. thats everything, thank you'],
      [305, 'l', 'Thank you for asking, and enjoy the reading!'],
    ]),
    over: desk('Eleanor', 'eleanor', 'BCPL'),
    exp: usual({ referral: 'pass' }),
  },

  // ---- voice-to-text ---------------------------------------------------------------------------------------------
  {
    name: 'voice-to-text provider, no punctuation: "hey this is Marcus at Pima County public library how can I help you"; "does that answer your question"; "have a good one"',
    lines: by('Marcus', 'marcus', [
      [0, 'p', 'hi I need to no when the library closes on Sunday and if their is a book sale'],
      [20, 'l', 'hey this is Marcus at Pima County public library how can I help you'],
      [25, 'l', 'are you asking about the main library downtown or a branch near you'],
      [50, 'p', 'the main one'],
      [58, 'l', 'okay hold on let me check that for you'],
      [110, 'l', 'okay so the main library closes at 5 on Sundays and the friends book sale is this Saturday from 9 to 2 you can see all of it at library.pima.gov slash events does that answer your question'],
      [140, 'p', 'yes thank you thats all I need it'],
      [146, 'l', 'okay thanks for chatting have a good one'],
    ]),
    over: desk('Marcus', 'marcus', 'PCPL'),
    exp: usual(),
  },
  {
    name: 'voice-to-text homophones: "did that answer you\'re question", "let me no if you need anything else", "are you still their"',
    lines: by('Rosa', 'rosa', [
      [0, 'p', 'how do I sign up for the summer reading for my daughter she is 8'],
      [25, 'l', 'hi this is Rosa with the Tucson library'],
      [30, 'l', 'is she reading on her own or do you read to her'],
      [60, 'p', 'on her own'],
      [75, 'l', 'okay she can sign up in the Beanstack app or at library.pima.gov slash summer and pick the kids 6 to 11 group did that answer you\'re question let me no if you need anything else'],
      [220, 'l', 'are you still their'],
      [290, 'l', 'it looks like you might have left so I am going to end this chat now thanks for using the library'],
    ]),
    over: desk('Rosa', 'rosa', 'PCPL'),
    exp: gone(),
  },
  {
    name: 'near miss, voice-to-text: "okay one sec while I look" then no word for three minutes; the patron\'s last words end it',
    lines: by('Rosa', 'rosa', [
      [0, 'p', 'do you have any books about the Tohono O\'odham nation for kids'],
      [25, 'l', 'hi this is Rosa with the Tucson library'],
      [28, 'l', 'what age is the reader'],
      [50, 'p', 'about 10'],
      [56, 'l', 'okay one sec while I look'],
      [240, 'l', 'okay we have a book called The Desert People by Ann Clark in the catalog at library.pima.gov it is at the Valencia branch is that the kind of book you wanted'],
      [270, 'p', 'yes thanks that\'s all'],
    ]),
    over: desk('Rosa', 'rosa', 'PCPL'),
    exp: usual({ informed: 'fail', courteous: 'fail' }),
  },
  // ---- machine-translated English --------------------------------------------------------------------------------
  {
    name: 'machine-translated: "Hello, welcome to consult the library. I am the librarian Wang, very happy for serve you."; "Please you need which year edition?"; "Is this information solve your problem?"',
    lines: by('Wang Li', 'wang', [
      [0, 'p', 'I need the textbook Organic Chemistry by Clayden'],
      [25, 'l', 'Hello, welcome to consult the library. I am the librarian Wang, very happy for serve you.'],
      [30, 'l', 'Please you need which year edition, the first or the second?'],
      [60, 'p', 'second'],
      [66, 'l', 'Please wait a moment, I am searching for you.'],
      [130, 'l', 'I find it. Second edition 2012 is in library catalogue, call number QD251.3 .C53 2012, you can see at library.nyu.edu. Is this information solve your problem?'],
      [170, 'p', 'yes thank you'],
      [174, 'l', 'Do you have other question need help?'],
      [190, 'p', 'no'],
      [195, 'l', 'Thank you for your consult, wish you happy study!'],
    ]),
    over: desk('Wang Li', 'wang', 'NYU'),
    exp: usual(),
  },
  {
    name: 'machine-translated idle: "You are still in the line?"; "You are not answer for long time, maybe you are leave. The conversation will close now."',
    lines: by('Olga', 'olga', [
      [0, 'p', 'where can i find Russian language newspapers'],
      [20, 'l', 'Good day. Here is Olga, librarian of the Brighton Beach branch, Brooklyn Public Library.'],
      [25, 'l', 'You want the newspaper on paper in the branch, or to read on internet?'],
      [60, 'p', 'internet'],
      [75, 'l', 'With your library card you can read PressReader, it has many Russian newspapers: bklynlibrary.org/eresources/pressreader. It is what you search?'],
      [220, 'l', 'You are still in the line?'],
      [290, 'l', 'You are not answer for long time, maybe you are leave. The conversation will close now.'],
    ]),
    over: desk('Olga', 'olga', 'BPL'),
    exp: gone({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'machine-translated follow-up: "I will send to your mail ana.p@… the list tomorrow morning, is correct the mail?"; coded Follow-up by me',
    lines: by('Olga', 'olga', [
      [0, 'p', 'I need list of all Russian books for children in branch'],
      [20, 'l', 'Good day, here is Olga, librarian of Brooklyn Public Library. For which age the children?'],
      [50, 'p', '5 to 8 years. my mail is ana.p@correo.com'],
      [70, 'l', 'The list is long, I cannot make in chat. I will send to your mail ana.p@correo.com the list tomorrow morning, is correct the mail?'],
      [90, 'p', 'yes correct'],
      [95, 'l', 'Good. Other question you have?'],
      [110, 'p', 'no thank you'],
      [115, 'l', 'Thank you, goodbye!'],
    ]),
    over: { ...desk('Olga', 'olga', 'BPL'), ...FU_ME },
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'near miss, machine-translated: "Please to contact a lawyer of immigration for this question." (a referral with no contact); "Good luck to you!"',
    lines: by('Minh', 'minh', [
      [0, 'p', 'how i renew my green card'],
      [22, 'l', 'Hello, I am Minh, librarian in Garden Grove Library. You have the card 10 years or 2 years conditional?'],
      [60, 'p', '10 years'],
      [76, 'l', 'The form is I-90, you find it on uscis.gov/i-90 with the instructions.'],
      [80, 'l', 'Please to contact a lawyer of immigration for this question if you have problem. Is this help you?'],
      [110, 'p', 'yes thank. that is all'],
      [115, 'l', 'Good luck to you!'],
    ]),
    over: desk('Minh', 'minh', 'OCPL'),
    exp: usual({ referral: 'fail' }),
  },

  // ---- more registers, mixed -------------------------------------------------------------------------------------
  {
    name: 'Scottish: "Hiya, you\'re through to Morag at Glasgow Libraries"; "Gie\'s a wee minute"; "Is that you sorted?"; "Cheerio the noo!"',
    lines: by('Morag', 'morag', [
      [0, 'p', 'hiya can i get audiobooks free wi my library card'],
      [20, 'l', "Hiya, you're through to Morag at Glasgow Libraries!"],
      [25, 'l', 'Is it for a phone or a tablet?'],
      [45, 'p', 'phone, android'],
      [50, 'l', "Gie's a wee minute and I'll get you the link."],
      [110, 'l', 'Download BorrowBox from the Play Store and sign in with your card number and PIN; the how-to is on glasgowlife.org.uk/libraries/borrowbox. Is that you sorted?'],
      [150, 'p', 'aye thats me sorted, cheers'],
      [154, 'l', 'Anything else?'],
      [170, 'p', 'naw'],
      [174, 'l', 'Cheerio the noo!'],
    ]),
    over: desk('Morag', 'morag', 'GLA'),
    exp: usual(),
  },
  {
    name: 'New Zealand: "Kia ora! Hemi here at Auckland Libraries"; "Sweet as, is that what you were after?"; the patron "that\'s all good, that\'s everything"; "Ka kite!"',
    lines: by('Hemi', 'hemi', [
      [0, 'p', 'kia ora, looking for te reo books for a 4 year old'],
      [20, 'l', 'Kia ora! Hemi here at Auckland Libraries.'],
      [25, 'l', 'Picture books only, or bilingual ones with English too?'],
      [50, 'p', 'bilingual'],
      [70, 'l', 'Try the Kuwi series by Kat Merewether, bilingual picture books; we have copies at most branches: aucklandlibraries.govt.nz, search Kuwi. Sweet as, is that what you were after?'],
      [100, 'p', "yes that's all good, that's everything"],
      [104, 'l', 'Ka kite! Thanks for getting in touch.'],
    ]),
    over: desk('Hemi', 'hemi', 'AKL'),
    exp: usual(),
  },
  {
    name: 'Canadian: "Hi there, eh, Claire with Toronto Public Library here"; follow-up by the patron\'s library: "the Lillian H. Smith branch will phone you at 416-555-0190 by Wednesday"',
    lines: by('Claire', 'claire', [
      [0, 'p', 'I need an old Osborne Collection book looked at, can someone check the inscription'],
      [25, 'l', 'Hi there, Claire with Toronto Public Library here.'],
      [30, 'l', 'Which title, and are you after a photo of the inscription or just what it says?'],
      [70, 'p', "Alice's Adventures Under Ground, 1886 facsimile, just what it says. my number is 416-555-0190"],
      [90, 'l', "The Osborne Collection is at the Lillian H. Smith branch and staff there will need to pull it. I've sent them your request, and someone from the Lillian H. Smith branch will phone you at 416-555-0190 by Wednesday. Anything else in the meantime?"],
      [120, 'p', 'perfect, thats all, thanks'],
      [125, 'l', 'Thanks, have a great day!'],
    ]),
    over: { ...desk('Claire', 'claire', 'TPL'), ...FU_LIB },
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'academic, very formal British: "Kindly bear with me whilst I check the holdings"; "Do let me know whether that suffices"; "With kind regards"',
    lines: by('Dr. Pemberton', 'pemberton', [
      [0, 'p', 'Dear librarian, does the library hold Hansard for the 1832 Reform debates?'],
      [30, 'l', 'Good afternoon. You have reached the Bodleian Libraries enquiry service; my name is Dr. Pemberton.'],
      [36, 'l', 'Are you interested in the debates as printed at the time, or would a modern digitised edition serve your purpose?'],
      [80, 'p', 'Digitised would be fine.'],
      [86, 'l', 'Kindly bear with me whilst I check the holdings.'],
      [170, 'l', 'The historic Hansard is freely available at api.parliament.uk/historic-hansard; the 1832 sittings are under Sittings > 1830s. The Bodleian also provides the ProQuest UK Parliamentary Papers database via SOLO. Do let me know whether that suffices.'],
      [230, 'p', 'That suffices admirably. I have no further questions.'],
      [240, 'l', 'With kind regards, and thank you for your enquiry.'],
    ]),
    over: desk('Dr. Pemberton', 'pemberton', 'BOD'),
    exp: usual(),
  },
  {
    name: 'concurrency in a terse register: "Hey. Sam @ Ask Us Now." while four other chats are open (fails)',
    lines: by('Sam', 'sam', [
      [0, 'p', 'how long can i keep a dvd'],
      [15, 'l', 'Hey. Sam @ Ask Us Now. Which library?'],
      [40, 'p', 'carroll county'],
      [48, 'l', '1 week, 1 renewal. library.carr.org/borrow. That answer it?'],
      [70, 'p', 'yes thats all'],
      [74, 'l', 'Bye, thanks.'],
    ]),
    over: desk('Sam', 'sam', 'AUN'),
    ctx: { otherIntervals: [other('a', 'sam', -100, 200), other('b', 'sam', -50, 200), other('c', 'sam', 5, 200), other('d', 'sam', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Gen Z follow-up: "ill text u at this number by tmrw 5pm w the list, thats 443-555-0182 right?"; coded Follow-up by me; SMS',
    lines: by('Jordan', 'jordan', [
      [0, 'p', 'yo do yall have any manga club or anime stuff this summer'],
      [20, 'l', 'heyy Jordan from the Teen Library at Howard County Library here!! which branch is closest to u?'],
      [50, 'p', 'elkridge'],
      [65, 'l', "bet. summer calendar isnt posted yet, ill text u at this number by tmrw 5pm w the list, thats 443-555-0182 right?"],
      [90, 'p', 'ya thats me 🙏'],
      [95, 'l', 'say less. anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'ttyl ✌️'],
    ]),
    over: { ...desk('Jordan', 'jordan', 'HCLS'), ...FU_ME, source: 'sms', patron: { name: null, email: null, phone: '+14435550182' } },
    exp: followed({ source: 'fail', complete: 'fail' }),
  },

  // ---- more near misses across registers -------------------------------------------------------------------------
  {
    name: 'near miss, Australian idle: "You still there, mate?" then "Righto, I\'ll close this one off now. Cheers!" (says it ends, never that the patron seems gone)',
    lines: by('Bec', 'bec', [
      [0, 'p', 'can i print from my phone at the library'],
      [18, 'l', "G'day! Bec here from Brisbane City Council Libraries."],
      [22, 'l', 'Which branch are you heading to?'],
      [50, 'p', 'chermside'],
      [65, 'l', 'Yep, Chermside has mobile printing: upload at brisbane.qld.gov.au/libraries/print and release it at the printer with your card. Does that help?'],
      [200, 'l', 'You still there, mate?'],
      [280, 'l', "Righto, I'll close this one off now. Cheers!"],
    ]),
    over: desk('Bec', 'bec', 'BCC'),
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss, Indian English: the answer straight off with no question ("The e-journals can be accessed through remote login…"); the patron: "no more doubts"',
    lines: by('Ravi', 'ravi', [
      [0, 'p', 'sir how to access elsevier journals from hostel'],
      [20, 'l', 'Good morning, this is Ravi from the NIT Trichy Central Library. The e-journals can be accessed through remote login at library.nitt.edu/remote using your roll number and password. Kindly confirm if it is working.'],
      [70, 'p', 'yes sir working. thank you, no more doubts'],
      [76, 'l', 'Welcome. Have a nice day.'],
    ]),
    over: desk('Ravi', 'ravi', 'NITT'),
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'near miss, Gen Z idle: no check-in, only "ok looks like u logged off, closing this chat ✌️ come back whenever"',
    lines: by('Jordan', 'jordan', [
      [0, 'p', 'is the 3d printer free to use'],
      [15, 'l', 'hiii Jordan from the Teen Library at Howard County Library here! r u 13+? thats the age for the makerspace'],
      [40, 'p', 'ya 14'],
      [55, 'l', 'ok ur good! its free, u just book a slot at hclibrary.org/makerspace 🖨️ does that help?'],
      [250, 'l', 'ok looks like u logged off, closing this chat ✌️ come back whenever'],
    ]),
    over: desk('Jordan', 'jordan', 'HCLS'),
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  // (left by S, passing since v9 N's `contactOwnerN`) a guide's URL in another sentence of the referring message is
  // no way to reach the party
  {
    name: 'near miss, Australian, the URL in the same message: "give Births, Deaths and Marriages a bell" with no number (referral fails); "No dramas." ends it (no goodbye)',
    lines: by('Shane', 'shane', [
      [0, 'p', 'need a copy of my birth certificate, born in Geelong'],
      [20, 'l', "Hi, Shane from Geelong Regional Libraries here."],
      [25, 'l', 'Do you need a certified copy for ID, or just the details for family history?'],
      [55, 'p', 'certified, for my passport'],
      [70, 'l', "Libraries can't issue those unfortunately. I reckon your best bet is to give Births, Deaths and Marriages Victoria a bell, they'll sort it. The passport checklist is on passports.gov.au if that helps. Does that answer it?"],
      [100, 'p', 'yeah ok'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'nope'],
      [124, 'l', 'No dramas.'],
    ]),
    over: desk('Shane', 'shane', 'GRL'),
    exp: usual({ referral: 'fail', courteous: 'fail' }),
  },

  {
    name: 'near miss, machine-translated, the URL in the same message: "Please to contact a lawyer of immigration for this question." (a referral with no contact); "Good luck to you!"',
    lines: by('Minh', 'minh', [
      [0, 'p', 'how i renew my green card'],
      [22, 'l', 'Hello, I am Minh, librarian in Garden Grove Library. You have the card 10 years or 2 years conditional?'],
      [60, 'p', '10 years'],
      [80, 'l', 'The form is I-90, you find it on uscis.gov/i-90 with the instructions. Please to contact a lawyer of immigration for this question if you have problem. Is this help you?'],
      [110, 'p', 'yes thank. that is all'],
      [115, 'l', 'Good luck to you!'],
    ]),
    over: desk('Minh', 'minh', 'OCPL'),
    exp: usual({ referral: 'fail' }),
  },

  // (left by S, passing since v9 N's `contactOwnerN`) the Dewey number "929.3752" still reads as a seven-digit phone
  // (v1's "\d{3}[-.]\d{4}"), but in a sentence about the book, before the referral's own: no contact of the party's
  {
    name: 'near miss, formal referral without contact, a four-decimal call number (929.3752) in the message',
    lines: [
      [0, 'p', 'Where might I find the baptismal register of St. Anne\'s, Annapolis, for 1790?'],
      [28, 'l', 'Good day to you. This is the reference desk of the Anne Arundel County Public Library; I am Mr. Hale.'],
      [34, 'l', 'Do you seek the original register or would a published transcription suffice?'],
      [70, 'p', 'A transcription would suffice.'],
      [85, 'l', "A transcription appears in Maryland Records, Colonial, Revolutionary, County and Church, Volume 2, which the Annapolis branch holds at 929.3752 BRU. For the original register, I should recommend that you write to the Registrar of the Diocese. Does that meet your need?"],
      [130, 'p', 'It does. Nothing further, thank you kindly.'],
      [136, 'l', 'Good day, and thank you for writing.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'customer-service check-in: "Just checking in to make sure we\'re still connected!" asks',
    lines: [
      [0, 'p', 'can i return books to any branch'],
      [20, 'l', "Hi, this is Jo with Ask a Librarian! I'd be happy to help with that. Which county system is your card from?"],
      [40, 'p', 'harford'],
      [50, 'l', 'Yes, you can return Harford items to any HCPL branch or book drop: hcplonline.org/locations. Does that answer your question?'],
      [190, 'l', "Just checking in to make sure we're still connected!"],
      [250, 'l', "It looks like we may have lost you, so I'll go ahead and end our chat. Feel free to reach back out anytime!"],
    ],
    exp: some({ complete: 'pass', anything: 'fail', idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'voice-to-text check-in with no "?": "hello are you still there"',
    lines: [
      [0, 'p', 'what are the hours for the genealogy room'],
      [20, 'l', 'hi this is Jo at Sample County library'],
      [25, 'l', 'the genealogy room is open Tuesday to Saturday 10 to 4 you can see it at samplelibrary.org slash genealogy is that what you needed'],
      [170, 'l', 'hello are you still there'],
      [230, 'l', 'okay it seems like you have disconnected I will close the chat now bye'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss, Indian English: "Please revert with your query" (asks for the question, no hold) and then silence before the answer',
    lines: [
      [0, 'p', 'need ieee paper access'],
      [20, 'l', 'Good morning, this is Jo from Sample University Library. Please revert with your exact query.'],
      [40, 'p', 'IEEE Xplore from hostel wifi not opening'],
      [200, 'l', 'Use the remote access link: library.sample.edu/remote > IEEE Xplore, login with your roll number. Kindly check and confirm.'],
      [230, 'p', 'working now thank you. no more doubts'],
    ],
    exp: some({ informed: 'fail', anything: 'pass', complete: 'pass' }),
  },
  {
    name: 'Australian referral with phone: "give Legal Aid NSW a call on 1300 888 529"',
    lines: [
      [0, 'p', 'my landlord wont give back my bond'],
      [20, 'l', "G'day, Jo at the State Library of NSW here. Is the bond lodged with NSW Fair Trading?"],
      [50, 'p', 'yes'],
      [70, 'l', 'The claim steps are on fairtrading.nsw.gov.au/bonds. For advice on your situation give Legal Aid NSW a call on 1300 888 529. Does that help?'],
      [100, 'p', 'yes cheers'],
    ],
    exp: some({ referral: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'British hold: "Bear with, just checking the stock"',
    lines: [
      [0, 'p', 'have you got the new Richard Osman'],
      [20, 'l', 'Hello, Jo at Kent Libraries. Standard print or large print?'],
      [30, 'p', 'large print please'],
      [100, 'l', 'Bear with, just checking the stock.'],
      [210, 'l', 'Yes, two large print copies at Maidstone: kent.gov.uk/libraries, search Osman. Is that what you were after?'],
      [230, 'p', 'yes lovely'],
    ],
    exp: some({ informed: 'pass', source: 'pass', complete: 'pass', greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'Gen Z completeness: "does that work for u or nah?"',
    lines: [
      [0, 'p', 'wheres the quiet study room'],
      [15, 'l', 'hey! Jo from the Sample HS library 📚 u mean the one for groups or solo?'],
      [30, 'p', 'solo'],
      [40, 'l', 'solo pods are on floor 2 by the windows, book them at samplehs.libcal.com. does that work for u or nah?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass', clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'Indian English anything else: "Any other query, kindly let me know."',
    lines: [
      [0, 'p', 'how to access jstor from home'],
      [20, 'l', 'Hello, this is Jo from Sample University Library. Are you a student or a faculty member?'],
      [40, 'p', 'student'],
      [50, 'l', 'Kindly use library.sample.edu/remote and select JSTOR. Is it working? Any other query, kindly let me know.'],
      [80, 'p', 'yes working, thanks'],
    ],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss, customer service: "Thank you for your patience!" in the middle and "Have a great day!" at the end, the patron\'s "ok" is no done',
    lines: [
      [0, 'p', 'whats the late fee for a laptop'],
      [20, 'l', 'Hi there! Jo from the Sample Library happy to help! Is it a Chromebook or a hotspot kit?'],
      [40, 'p', 'chromebook'],
      [50, 'l', 'Thank you for your patience! Chromebooks are $5 a day up to $50, per samplelibrary.org/tech-lending.'],
      [70, 'p', 'ok'],
      [74, 'l', 'Have a great day!'],
    ],
    exp: some({ complete: 'fail', anything: 'fail', courteous: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run): what it does and why each was left. */
export const LEFT: SessionCase[] = [
  // followup.completeness fails (should pass): a bare "Ok?" after the answer asks whether the information given will
  // do. v9 (S) read it so at first and broke two earlier cases (eighth-round-falsefail's "…text you the list at
  // 410-555-0123 later this afternoon. ok?", fifth-round-whole's "Will text you at 312-555-0164 by noon tmrw. OK?"),
  // where "ok?" after a promise asks consent to a plan. Telling the two apart needs what the message before the
  // "ok?" gave (information or a plan); the variant with "That help?" runs in `whole`.
  {
    // v23: a bare "Ok?" is keyed on the most common word of chat, and often asks consent ("I'll place the hold, ok?").
    name: 'LEFT terse idle, a bare "Ok?" after the answer: "There?" then "No reply, looks like you left. Closing chat." (the check-in asks; the notice says gone and ending)',
    lines: by('Sam', 'sam', [
      [0, 'p', 'library hours sunday'],
      [10, 'l', 'Hi, Sam, Ask Us Now. Which branch?'],
      [30, 'p', 'rockville'],
      [40, 'l', 'Rockville: Sun 12-6. montgomerycountymd.gov/library. Ok?'],
      [190, 'l', 'There?'],
      [250, 'l', 'No reply, looks like you left. Closing chat.'],
    ]),
    over: desk('Sam', 'sam', 'AUN'),
    exp: gone({ anything: 'fail', courteous: 'fail' }),
  },

  // inquiry.clarify fails (should pass): voice-to-text runs the introduction and the question together with no
  // punctuation ("hi this is Rosa with the Tucson library what age is the reader"); the sentence opens with "hi this
  // is", so no question opening is read, and it has no "?". Finding a question that starts mid-sentence in unpunctuated
  // text needs a clause splitter, not a phrase family; the variant with the question in its own message runs.
  {
    // v23: a question opening in the middle of an unpunctuated sentence ("…library what age is the reader") would read
    // "what" anywhere as a question, too broad.
    name: 'LEFT voice-to-text run-on: "hi this is Rosa with the Tucson library what age is the reader" (a question inside one unpunctuated sentence)',
    lines: by('Rosa', 'rosa', [
      [0, 'p', 'do you have any books about the Tohono O\'odham nation for kids'],
      [25, 'l', 'hi this is Rosa with the Tucson library what age is the reader'],
      [50, 'p', 'about 10'],
      [56, 'l', 'okay one sec while I look'],
      [240, 'l', 'okay we have a book called The Desert People by Ann Clark in the catalog at library.pima.gov it is at the Valencia branch is that the kind of book you wanted'],
      [270, 'p', 'yes thanks that\'s all'],
    ]),
    over: desk('Rosa', 'rosa', 'PCPL'),
    exp: usual({ informed: 'fail', courteous: 'fail' }),
  },
];

describe('ninth round (S): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('ninth round (S): registers, whole sessions, every check', whole);
describeSessions('ninth round (S): registers, short cases', short);

describeLeft('ninth-round-registers', LEFT);
