/**
 * referral.contact (RUBRIC.md, Follow-Up). Referral (Terms): telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them). Pointing
 * to a website, database or publication is a source, not a referral; staff the provider
 * consults on the patron's behalf and transfers are not referrals either.
 */
import { BY_MEANS_YOU_F1, contacts, contactsIn, FRAGMENT_GAP_MS, forYouAndH4, numberOnLabelI5, hasReachableContact, namedAtPhoneH1, onlineTutorsF3, ownNamesOf, providerMessagesBefore, selfIdentifies, visitAddressI2, bookByPhoneI2, callLineK4, bookStaffK4, localOneM3, sourceClauseM3, purposeItQ3, partyDomainS3, thingAcronymE1, SERVICE_PRODUCT_E1, PATRON_CLASS_E1, RESOURCE_AND_PARTY_ES_E1, okLeadInS3, ownPageTailU3, sourceTailZ4, actTailG9, ownHostE7, ownHostSuffixE10, actTailEsE10, sourceHeadZ4, sourceSubjectZ4, theyResourceZ7, THEM_ALL_Z7, LLAMAR_VERB_Y2, LLAMAR_NAMED_Y2, LLAMAR_OWN_Z1, thenStepY1, RELATIVE_G3, RELATIVE_OWNER_G3, hostLabels, URL_LABELS_N5, namingLineL2, callByNameL2, wishMainContactL2, inPersonM1, CARD_SUBJECT_E8, yesLeadE8, cardPartyE9, cardPartyE11, ownOnlyE14, ownDeptEsE23, type Contacts } from '../classify';
import { UNSET, type Msg, type Sentence, type Session } from '../timeline';
import { ev, na, result, type Check } from './common';
// (v36 E4) the sentence's shape after an acronym's or a service's "can help"
import { acronymShapeE4, partyEllosE4, serviceShapeE4, SHAPE_CHARS_E4, THE_ACRONYM_ES_E4 } from '../classify';
// (v37 E5) an acronym said to require approval is no thing; (v37 E6) a pronoun's party named by a URL's host
import { bodyRequiresE5, pronounHostE6 } from '../classify';
import { F } from '../phrases';
import { BOOK_ROLE_SRC_O4, RELATIVES_R2, retext } from '../rubric';

/** How far after the verb the party may be named ("call their reference desk"). */
const OBJECT_CHARS = 70;
/** How far before "can help" the party may be named ("the people at the court's self-help center can explain"). */
const SUBJECT_CHARS = 70;
const CONNECTORS_ONLY = /^(?:(?:and|or|also|then|so|next|first|otherwise|alternatively|please|just|definitely|simply|try|try to|consider|you can|you could|you may|you might|you should|or you can),?\s*)*$/;
/** (v6) "…counts as an elective, but run it past your advisor": "but", "though", "instead" open the clause too. */
const CONNECTORS_ONLY_V6 = /^(?:(?:and|or|also|then|so|next|first|otherwise|alternatively|please|just|definitely|simply|try|try to|consider|you can|you could|you may|you might|you should|or you can|but|though|although|however|instead|still|and then|or else|in that case),?\s*)*$/;
/**
 * (v7 E) More lead-ins before the referring verb: "You'll also want to talk to your insurance agent",
 * "you may need to call the clerk" (a modal of need), and a coordinated imperative whose first half
 * points to a source: "Apply at lbph.maryland.gov/apply or call them at 1-800-…".
 */
const LEAD_IN_E = /^(?:(?:and|or|also|then|so|but|just|please),?\s*)*(?:youll|youd|you|u|ull)(?: (?:will|would|may|might))?(?: (?:also|probably|definitely|first|still|really|then))? (?:want|need|have|ought) to$/;
/**
 * (v9 S, `leadInsS`) Softeners of other registers before the verb ("def ask…", "kindly contact…", "please to
 * contact…"). (A prepositional phrase before the verb, "For advice on your situation give Legal Aid a call", is
 * v9 N's `prepLeadIn`, which both blocks' cases pass through.)
 */
const LEAD_IN_S = /^(?:(?:and|or|also|then|so|but|just|please|kindly|pls|plz|def|defo|deffo|prob|maybe|please to|kindly to|do),?\s*)+$/;
/**
 * (v62 AB12, `feelFreeAB12`) The invitation before a referring verb: "feel free to contact the county clerk", "please feel free to
 * email the Archives", "you're welcome to just visit …", "you're always welcome to stop by …" ("ur" and "u r" read "your", "you r"
 * once normalised).
 */
const FEEL_FREE_AB12 =
  /^(?:(?:and|or|also|then|so|but|just|please|pls|plz|of course),?\s*)*(?:(?:you|u) (?:can|may|should) (?:also |always )?)?(?:(?:please )?(?:feel|be) free to|(?:youre|you are|your|you r|youd be|you would be) (?:always |also |more than |most |very |certainly )?welcome to)(?: (?:just|also|always|simply|certainly))?$/;
/** (v10 V, `spanishLeadInV`) Spanish lead-ins before a referring verb: "luego pregunte en…", "y también llame al…", "le recomiendo que acuda a…". */
/**
 * (v24 Y1, `bestLeadY1`) British advice before the verb: "best", "better", "you're / you'd be best to", "you'd better", "it's
 * best to", "probably best to" (the patron or no one as the subject; "theyd best" is someone else).
 */
const BEST_LEAD_Y1 =
  /^(?:(?:and|or|also|then|so|but|just),?\s*)*(?:(?:youre|you are|youd be|you would be|youll be|you will be|youd|you had|its|it is|itd be|it would be|itll be) )?(?:(?:probably|prob|really|definitely|defo|maybe) )?(?:best|better)(?: off)?(?: to)?(?: just)?,?$/;
const LEAD_IN_ES_V = /^(?:(?:y|o|luego|despues|tambien|entonces|ademas|primero|por favor|mejor|puede|podria|debe|deberia|tiene que|le recomiendo que|le sugiero que|te recomiendo que|te sugiero que|recomiendo que),?\s*)+$/;
/**
 * (v67 AG5, `pluralLeadEsAG5`) v9 V's Spanish lead-ins said to "ustedes": "pueden", "deben", "tienen que", "les recomiendo que" …
 */
const LEAD_IN_ES_AG5 =
  /^(?:(?:y|o|luego|despues|tambien|entonces|ademas|primero|por favor|mejor|pueden|podrian|deben|deberian|tienen que|les recomiendo que|les sugiero que|les aconsejo que),?\s*)+$/;
const COORDINATED_E = /^(?!(?:if|when|whenever|unless|once|because|since|although|though|while|whether|after|before|he|she|they|it|people|most|many|someone|somebody|patrons?)\b)[^,;:()]* (?:or|and)(?: (?:then|just|also))?$/;
/**
 * (v29 D1, `relayedLeadD1`) The clause before a referring verb ends on someone's instruction relayed to the patron: "said to
 * tell you to", "asked me to let you know to", "wants you to", "would like you to", "says you should" (the speaker is no "I /
 * we": `SELF_BEFORE` is read first).
 */
const RELAYED_LEAD_D1 =
  /\b(?:said|says|asked|asks|wanted|wants|would like|told me|tells me|told us|tells us)(?: (?:me|us))?(?: (?:to|2) (?:tell|let) (?:you|u)(?: know)?(?: (?:to|2))?| (?:for )?(?:you|u) (?:to|2)| (?:that )?(?:you|u) (?:should|can|could|need to|ought to))(?: (?:just|also|please|first))?$/;
/** (v29 D1, `youFileD1`) "you" (or "then / and / so you", "you just / then") alone before "file … with": the procedure told. */
const YOU_FILE_D1 = /^(?:(?:and|then|so|next|after that),? )?(?:you|u)(?: (?:just|then|also|first))?$/;
/** (v43 I13, `youDoI13`) The verbs (as the referral family finds them) that "then you …" tells the patron to do. */
const YOU_DO_I13 = /^(?:order|request|apply|write|call|phone|ring|email|e mail|mail|send|contact|visit|go|head|take|bring|submit|get|obtain|ask|talk|speak|reach|stop|drop)\b/;
/** (v43 I13, `youDoI13`) `YOU_FILE_D1`'s "(then / so / next) you" before the verb, also after "and then", "or then". */
const THEN_YOU_I13 = /^(?:(?:(?:and|or) )?(?:then|so|next|after that),? |and )?(?:you|u)(?: (?:just|then|also|first))?$/;
/** (v43 I13) A sentence of a past, a condition or a habit: "yesterday", "last week", "if …", "a lot", "as you said". */
const NOT_STEP_I13 = /\b(?:yesterday|last (?:week|month|year|time|night)|ago|already|earlier|before that|if|unless|a lot|usually|always|as (?:you|u) said|like (?:you|u) said|it sounds like)\b/;
/**
 * (v43 I13, `youDoI13`) Sentence text `n`, whose clause says "then you <verb> …", tells a step: it gives a way to reach someone
 * (so that the reading can only find a referral that passes) and says nothing of a past, a condition or a habit.
 */
function youDoI13(s: Session, n: string): boolean {
  return !NOT_STEP_I13.test(n) && hasReachableContact(contactsIn(s, n));
}
/** (v29 D1, `purposeSendD1`) Only "to" (or "in order to", after a connector) before a "send / mail … to" verb. */
const PURPOSE_TO_D1 = /^(?:(?:and|or|also|then|so|but|just) )?(?:to|in order to)$/;
/**
 * (v29 D1, `purposeSendD1`, narrowed by the second wave E1) The object after the verb is a box or slot, or the patron: no
 * party ("To mail your ballot, return it to the drop box outside the branch.", "… forward it to yourself").
 */
const PURPOSE_NO_PARTY_D1 = /^(?:(?:the|a|an|any|our|your|one of (?:the|our)) (?:[a-z-]+ )?(?:drop ?box|dropbox|book ?drop|book return|box|mailbox|mail slot|slot|bin)\b|yourself\b|your own\b)/;
/**
 * (v29 D1, `purposeSendD1`) A "send / mail … to" verb that spans a purpose clause and the imperative after its comma: "send it
 * by mail, write to", "mail your application, send it to", "send the form in, address it to" (not "send it to you, then email").
 */
const SEND_THEN_WRITE_D1 =
  /^(?:mail|send)\b[^,;:]{1,60}, (?:(?:please|just|then|simply) )?(?:write|send|mail|post|address|return|submit|forward)(?: (?:it|them|this|that|yours|the form|the forms|the application|the request|your request|your application|everything))?(?: (?:in|off|along))? to$/;
/** (v29 D1, `consultingHoldD1`) A referring verb in -ing: "checking with", "calling", "asking". */
const GERUND_D1 = /^[a-z]{2,12}ing\b/;
/**
 * (v29 D1) A finite verb after the gerund's phrase makes it a subject ("Checking with the clerk is your best bet"), no hold;
 * so do a few more verbs and the adverbs of a general statement (second wave E1: "Calling the Register of Wills directly gets
 * you the fastest answer, one moment while …", "Phoning the Clerk's office beforehand makes sense, bear with me", "Emailing
 * the archivist usually does the trick, one sec" still refer).
 */
const GERUND_SUBJECT_D1 =
  /\b(?:is|are|was|were|would|will|can|could|should|might|may|isnt|wont|helps|works|tends|saves|gets|makes|does|takes|gives|means|seems|sounds|pays|beats|speeds|usually|often|always|normally|generally|typically|probably|tends)\b/;
const SELF_BEFORE = /\b(?:i|we|ill|well|id|im|ive|let me|let us)\b[^,;:]*$/;
/** (v17 Q2) A clause opening with "they" (and a modal) before the referring verb: "and they can", "theyll", "they will then". */
const THEY_SUBJECT_Q2 = /^(?:(?:and|but|so|then|where|once) )?(?:they (?:can|could|will|would|may|might|should)|theyll)(?: (?:also|then|just|usually|even))?$/;
/** (v23 X5, `theyTailX5`) The clause before the verb ends on "and / but / so / then they can / will / …" ("… at reserves@… and they can"). */
const THEY_TAIL_X5 = /\b(?:and|but|so|then) (?:they (?:can|could|will|would|may|might|should)|theyll)(?: (?:also|then|just|usually|even|gladly|happily))?$/;
/** (v24 Y3, `requestYouY3`) "I am requesting you to (kindly) visit …": the provider asks the patron to go, as "I suggest" does. */
const REQUEST_YOU_Y3 = /\b(?:i am|im|i|we are|were|we) (?:(?:kindly|humbly|would|will) )?(?:request|requesting) (?:you|u)(?: to)?(?: (?:kindly|please|pls))?(?: to)?$/;
const SUGGESTS = /\b(?:recommend|suggest|encourage|advise|urge|worth|best bet)\b/;
/** "I'd reach out to the curators", "I would ask your pharmacist": advice, not the provider acting. */
const ADVICE = /\b(?:id|i would|wed|we would)(?: (?:probably|definitely|personally|first|also|just|start by))?$/;
const SUBJECT_NOT_PARTY = /\b(?:i|we|you|u|it|this|that|these|those|which|there)\s*$/;
/** (v9 Q) "Staff there can help": a word other than a pronoun or a verb before "there" (the party is looked for after). */
const THERE_PARTY_Q = /\b(?!(?:is|are|was|were|be|been|out|over|in|up|down|i|we|you|u|it|this|that|these|those|which|who|anyone|anybody)\b)[a-z]+ there\s*$/;
/** What is passed on and to whom, after the verb: "… your question on to …" (the rest of the sentence follows "to"). */
const PASSED_ON_TAIL = String.raw`\b(?: (?:it|this|that|them|your (?:question|request|query|questions)|the (?:question|request|query)))?(?: (?:on|along|over))? to\b[^.;!?]*$`;
/** (v6) The provider hands the question to the party: "I'll pass your question on to …", "we're forwarding this to …". */
const PASSED_ON = new RegExp(
  String.raw`\b(?:ill|i will|im going to|i am going to|well|we will|were going to|let me|i can|we can|ive|i have|weve|we have|im|were|i just|we just)(?: (?:just|now|also|go ahead and))? (?:pass|passing|passed|forward|forwarding|forwarded|send|sending|sent|hand|handing|handed|refer|referring|referred)` +
    PASSED_ON_TAIL,
);
/**
 * (v15 O1, `passedOnWishO1`) The provider passing the question on, said as a wish or an offer: "I'd like to send your
 * question to their staff so they can…", "I would be happy to pass it on to their reference staff, who…".
 */
const PASSED_ON_WISH_O1 = new RegExp(
  String.raw`\b(?:id|i would|wed|we would|im|i am|were|we are|i want|we want)(?: (?:like|love|be glad|be happy|glad|happy|want))? to (?:pass|forward|send|hand|refer)` + PASSED_ON_TAIL,
);
const SUBJECT_IS_RESOURCE = /\b(?:website|site|page|webpage|database|catalog|guide|app|link|article|book|booklet|chart|form|list|tool)s?\s*$/;
/** (v30 F1, `resourceModalF1`) The modal (and an adverb) that ends the words before a verb-first "can check": "the mva app can ". */
const MODAL_TAIL_F1 = /\s(?:can|could|will|would|may|might)(?: (?:also|probably|happily|gladly|definitely|usually|easily))?\s*$/;
/** (v5) An object that opens with a phone number or an e-mail address ("call 555-318-7000", "email help@x.edu"). */
const CONTACT_FIRST = /^(?:(?:them )?(?:at|on|al) )?(?:\+?1[ .-]?)?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+\.)/;
function endsWhoThat(t: string): boolean {
  const e = t.trimEnd();
  return e.endsWith(' who') || e.endsWith(' that');
}
/** (v5) An indefinite party described by a relative clause: "people who", "someone that". */
const SUBJECT_INDEFINITE = /\b(?:people|someone|somebody|anyone|anybody|folks|persons?|experts?|professionals?|organizations?|organisations?|agencies|places) (?:who|that)\s*$/;
/** CONTACT_FIRST, tested only when the object opens with a digit, "(", "+", at/on/al/them, or an address. */
function contactFirst(o: string): boolean {
  const c = o.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 40 || c === 43 || o.startsWith('at ') || o.startsWith('on ') || o.startsWith('al ') || o.startsWith('them ')) return CONTACT_FIRST.test(o);
  const at = o.indexOf('@');
  if (at <= 0) return false;
  const sp = o.indexOf(' ');
  return (sp < 0 || at < sp) && CONTACT_FIRST.test(o);
}
/** (v23 X10, `visitSightX10`) After a street address, the visit's purpose is to see a thing there ("to read the inscription", "to see the mural"). */
const SIGHT_X10 = /^[^;.]*? to (?:see|read|view|look at|photograph|admire) (?:the (?:[a-z]+ )?(?:inscription|plaque|marker|mural|monument|statue|garden|memorial|sculpture|grave|headstone|stone|window|carving)s?)\b/;
/**
 * (v68 AH16, `writeItAtAH16`) The object of "write to": "it / them at" and a street number, after "or visit" maybe ("or visit it at
 * 194 …").
 */
const WRITE_IT_AT_AH16 = /^(?:or (?:visit|stop by|drop by|come by) )?(?:it|them) at \d{1,6}(?:-\d{1,4})? [a-z0-9]/;
/** (v23 X1, `visitAddressX1`) A street number opening the object of "visit" ("899 north capitol st ne"). */
const VISIT_ADDRESS_X1 = /^\d{1,6}(?:-\d{1,4})? (?:[nsew]\.? |north |south |east |west )?[a-z0-9]/;
/** (v61 AA7, `esToContactAA7`) A Spanish referring verb ending in its object pronoun: "escríbales", "llámela", "contáctelos". */
const ES_CLITIC_AA7 = /^(?:escrib|llam|mand|contact|comuniqu|envi|marqu)[a-z]*(?:le|les|lo|los|la|las)$/;
/** (v61 AA7) What goes before the contact: "a", "al", "al correo", "a la dirección", "un correo a". */
const ES_TO_AA7 = /^(?:un (?:correo|mensaje|email|e mail)(?: electronico)? )?(?:a|al)(?: (?:correo|email|e mail|numero|telefono|la direccion|la linea)(?: electronico)?)? /;
/** (v10 Y, `serviceLineY`) An N-1-1 service line opening the object: "211", "3-1-1", "988" (the crisis line). */
const SERVICE_LINE_Y = /^(?:[2-8]-?1-?1|988)\b(?![\d-])/;
/** (v6) A name of one to six words, then "at" / "on" and where the contact begins. */
const NAMED_AT = /^(?:[a-z0-9&-]+ ){1,6}?(?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;
/**
 * (v68 AH3, `glossNameAH3`) NAMED_AT with a gloss in brackets among the name's words: "la patrulla de playa (beach patrol) al
 * 410-…", "the beach patrol (ocbp) at …".
 */
const NAMED_AT_AH3 = /^(?:[a-z0-9&-]+ |\([a-z0-9&' -]{1,40}\) ){1,7}?(?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;
/**
 * (v71 AK2, `appositiveAtAK2`) A name set off by commas after the verb, then "at" / "on" and where the contact begins: "call the
 * maker, L&L Kiln, at 877-…", "e-mail the studio's coordinator, Dana Ruiz, at dana@…" (not "call your doctor, or the nurse line
 * at …": a second party; nor "Pregunte en la sala juvenil, o llámenos al 410-…": another verb's contact).
 */
const NAMED_AT_AK2 = /^(?:(?:the|a|an|your|ur|their|its|his|her) )?(?:[a-z0-9&'-]+ ){0,3}[a-z0-9&'-]+, (?!(?:and|or|then|but|so|also|if|when|who|which|where|since|because|plus|y|o|u|e|pero|luego|despues|si|que)\b)(?!(?:[a-z0-9&'.-]+ ){0,5}?(?:call|calling|phone|email|e-mail|text|write|ask|reach|llam[a-z]*|escrib[a-z]*|contact[a-z]*|comuniq[a-z]*|pregunt[a-z]*|visit[a-z]*)\b)(?:[a-z0-9&'.-]+ ){0,5}?[a-z0-9&'.-]+,? (?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;
/**
 * (v71 AK7, `namedAtAddressAK7`) The object visited is one to six words and "at" a street address: "visit the group at 3100
 * Greenmount Avenue, Baltimore, MD 21218", "stop by the club at 14 Main St, Easton" (the address checked as one by `contactsIn`).
 */
const NAMED_AT_ADDRESS_AK7 = /^(?:(?:the|a|an|our|their|its|his|her) )?(?:[a-z0-9&'.-]+ ){0,5}?[a-z0-9&'.-]+ at \d{1,6}(?:-\d{1,4})? (?:[nsew]\.? |north |south |east |west )?[a-z0-9]/;
/** (v71 AK7) The verbs of a visit that AK7 reads. */
const VISIT_VERB_AK7 = /^(?:visit|stop by|drop by|drop in|come by|swing by|go to|head to|head over to|go over to)$/;
/** (v6) The object is a name followed by its phone number or e-mail ("Maryland Legal Aid at 1-888-…"); `named` the name's reading. */
function namedAtContact(o: string, named: RegExp = NAMED_AT): boolean {
  const x = named.exec(o);
  return x !== null && CONTACT_FIRST.test(o.slice(x[0].length));
}
/** (v30 F2, `localNumberF2`) A name and then a local seven-digit number: "northside at 555-0134" (not "364.1523 at northside"). */
const LOCAL_NUMBER_F2 = /^\d{3}[ .-]\d{4}\b(?![ .-]?\d)/;
/** (v30 F2, `localNumberF2`; G1) The verbs a local number is called or texted with. */
const LOCAL_CALL_VERB_F2 = /^(?:call|ring|phone|dial|text|txt|contact)(?:ing)?$|^(?:phoning|dialling|texting)$/
function namedAtLocalF2(o: string, verb: string): boolean {
  // (G1) only after a calling verb: "Visit the true crime shelves at 364.1523", "Go to adult nonfiction at 364.1523" (a
  // call number where a shelf is visited) give no number to call
  if (!LOCAL_CALL_VERB_F2.test(verb)) return false;
  const x = NAMED_AT.exec(o);
  return x !== null && LOCAL_NUMBER_F2.test(o.slice(x[0].length));
}
const US_ME = /^(?:us|me|our chat|this chat|the chat)\b/;
/**
 * (v72 AL1, `usNameAL1`) In the raw sentence, a referring verb and "US" in capitals before a capitalised word: "contact US
 * Sailing's education department", "call US Rowing", "email US Lacrosse": a body's name, not "us" (the library) [not in a sentence
 * that also writes "us" in small letters: "Contact US Sailing, or email us at ask@…"].
 */
const US_NAME_AL1 = /(?:^|[^\p{L}])(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Ww]rite to|[Aa]sk|[Vv]isit|[Rr]each out to|[Gg]et in touch with)[ \t]+US[ \t]+\p{Lu}/u;
/** (v72 AL1) "us" or "Us" as written in the sentence: the library may be meant by some "us" there, so AL1 does not apply. */
const US_LOWER_AL1 = /(?:^|[^\p{L}])[Uu]s(?!\p{L})/u;
/**
 * (v47 M4) A call or visit said as a noun the patron is told to make: "Make a quick call to the county clerk at …", "Try a quick
 * call to …", "A visit to the Records Office at 12 Main St would settle it" (the words before "call / visit", from the start of
 * the clause) [not "the call to …", "your visit to …": one that was].
 */
const NOUN_LEAD_M4 =
  /^(?:(?:so|then|just|maybe|perhaps|also|and|or|otherwise|next|honestly|really),? )*(?:(?:(?:its|it is|it might be|it may be|it would be|it could be|would be|might be|could be|definitely|def|defo|deffo|totally|really|probably|well|maybe) )?worth |(?:make|try|give|place|pay|plan|consider|schedule|book|do)(?: (?:them|it))? )?(?:a|an|one)(?: (?:quick|short|brief|fast|phone|in-person|personal|follow-up|direct|second|telephone)){0,2}$/;
/** (v47 M4) The verbs read as nouns by M4. */
const CALL_VISIT_M4 = /^(?:call|visit|phone call|ring)$/;
/** (v47 M4) The party after "to" ("2" in chat-speak), not a website: "a visit to our digital archive at archive.samplelib.org". */
const TO_PARTY_M4 =
  /^(?:to|2) (?!(?:(?:the|our|their|your|a|an|this|that) )?(?:[a-z-]+ )?(?:digital|online|virtual|web|website|websites|site|sites|page|pages|portal|database|databases|catalog|catalogue|app)\b|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|us|info|io)\b)/;
/**
 * (v47 M4) With no verb before the noun ("A visit to the Records Office …"), the rest of the sentence advises it ("would settle
 * it", "should clear it up", "is worth it", "is your best bet", "and they'll pull it for you") [not "A call to the county clerk
 * is how I found it", "… would have been my first idea", "… can take weeks to get answered"].
 */
const NOUN_ADVISED_M4 =
  /\b(?:(?:would|should|will|could|might|may|can|ought to)(?: (?:probably|likely|definitely|also|quickly|easily|usually|really))? (?:settle|clear|sort|answer|tell|confirm|help|get|fix|resolve|solve|do (?:it|the trick)|save|give|pull|find|be (?:worth|your best|the (?:best|fastest|quickest|easiest)|quicker|faster|easiest|best|enough))|is worth|is (?:your|the) (?:best|fastest|quickest|easiest|next|first)|and (?:they|she|he|someone|somebody)(?:ll| will| can| should| would))\b/;
const BARE_NOUN_M4 = /^(?:(?:so|then|just|maybe|perhaps|also|and|or|otherwise|next|honestly|really),? )*(?:a|an|one)\b/;
/** (v47 M4, `nounCallM4`) `v` ("call", "visit" …) with `prefix` before it and `object` after it is a call or visit M4 reads. */
function nounCallM4(v: string, prefix: string, object: string): boolean {
  if (!CALL_VISIT_M4.test(v) || !TO_PARTY_M4.test(object) || !NOUN_LEAD_M4.test(prefix)) return false;
  return !BARE_NOUN_M4.test(prefix) || (NOUN_ADVISED_M4.test(object) && !/\bhow (?:i|we)\b/.test(object));
}
/**
 * (v46 L12) The clause before the verb tells the patron to have someone they speak for do it: "please have him", "get your cousin
 * to", "tell your mom to", "you could have her" [not "I'll have them", "our staff will have her": the provider's or the
 * library's own].
 */
const HAVE_THEM_L12 =
  /^(?:(?:please|pls|so|then|just|and|ok|okay|maybe|you can|you could|you should|u can|u could|u should|its best to|it is best to|best to|i would|id|i suggest you|i recommend you) )*(?:have|get|tell) (?:him|her|them|(?:your|ur) (?:[a-z]+ )?(?:son|daughter|husband|wife|mother|father|mom|mum|dad|cousin|brother|sister|friend|parents?|child|kids?|grandmother|grandfather|grandma|grandpa|partner|uncle|aunt|nephew|niece|neighbou?r|roommate|boss))(?: to)?$/;
/**
 * (v46 L4) the verbs that are also nouns, the definite article or possessive before them, and the conjunction or verb after
 * them that makes them nouns ("the email and …", "your call is …") [not "a / an": "worth a call, they have …", "give them a call"]
 */
const NOUN_VERB_L4 = /^(?:email|e mail|text|txt|call|phone|message|visit)$/;
const NOUN_BEFORE_L4 = /(?:^|[ (])(?:the|your|ur|my|our|their|his|her|its|this|these|those) $/;
const NOUN_NEXT_L4 = /^(?:and|or|but|then|so|is|was|are|were|has|had|says|said|looks|seems|itself|yourself)\b/;
/** (v17 Q4) The object of a contact verb is the patron ("text you by Friday"), not "you local office" (a typo for "your"). */
const CONTACTS_PATRON_Q4 = /^you\b(?! local\b| nearest\b| own\b| (?:[a-z]+ )?(?:library|office|branch|department|agency|doctor|school|bank|clinic|landlord)\b)/;

/** (v9 N) Verbs whose object can only be someone to get in touch with ("contact", "talk to", "check with", "comuníquese con"). */
const GET_IN_TOUCH_N = /^(?:contact|talk (?:to|with)|speak (?:to|with)|check with|hable con|habla con|hablar con|get in touch with|getting in touch with|get in contact with|reach out to|reaching out to|comuniquese|comunicate|comunicarse|pongase en contacto|ponerse en contacto|ponte en contacto|contacte|contactar|contacta)\b/;
/**
 * (v11 K1, `namedObjectK1`) In the raw sentence, a getting-in-touch verb and then a capitalised name (not a pronoun):
 * "contact Catholic Charities", "talk to Legal Aid", "check with the Hennepin County Recorder". The name, its
 * capitalised words with the small words between them, is group 1 (the merge's `namedElsewhereKM`: "SCORE" in "You'd
 * want to contact SCORE about that part", "Division of Vital Records" in "get in touch with the Division of Vital Records").
 */
const CAPITAL_OBJECT_K1 =
  /(?:^|[^\p{L}])(?:[Cc]ontact|[Tt]alk (?:to|with)|[Ss]peak (?:to|with)|[Cc]heck with|[Gg]et in touch with|[Rr]each out to)[ \t]+(?:the[ \t]+)?(?!(?:Us|Me|Them|Him|Her|It|This|That|Our|Your|Their|My|I|We|You|Info|Information|Details|Form|Page)\b)(\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:[ \t]+(?:(?:of|for|and|on|the|de|del|la|&)[ \t]+)?\p{Lu}[\p{L}\p{N}&'\u2019.-]*)*)/u;
/**
 * (v55 U20, `fileNamedU20`) K1's capitalised name after a paper filed with it: "File your claim with Lufthansa", "file a complaint with
 * the DOT" (not the pronouns and page words K1 leaves out; not an app or site by its name: "file a report with the BaltCoGo app").
 */
const NAME_AT_K1 = CAPITAL_OBJECT_K1.source.indexOf(String.raw`[ \t]+(?:the[ \t]+)?`);
if (NAME_AT_K1 < 0) throw new Error('CAPITAL_OBJECT_K1: no name after the verb');
const FILE_NAMED_U20 = new RegExp(
  String.raw`(?:^|[^\p{L}])[Ff]ile[ \t][^.;:!?]{1,80}?[ \t]with` +
    // K1's name after the verb, as K1 reads it
    CAPITAL_OBJECT_K1.source.slice(NAME_AT_K1) +
    String.raw`(?![\p{L}\p{N}])(?![ \t]+(?:app|apps|website|web site|site|portal|online form|form|tool|system|page)\b)`,
  'u',
);
/**
 * (v56 V12, `localAcronymV12`) In the raw sentence, a verb of getting in touch and an office by its acronym after "the / your local,
 * nearest, regional, area, district, county, state": "ask the local FSDO", "call your county SWCD", "visit the nearest SSA" (two to six
 * capitals, a plural's "s" after them) [not the office's map, site, form or data, a word between or none: "Go to the county GIS map and
 * zoom in", "the county FEMA flood maps"; not a condition nor the provider's own act, `CONDITION_V12`].
 */
const LOCAL_ACRONYM_V12 =
  /(?:^|[^\p{L}])(?:[Aa]sk|[Cc]all|[Cc]ontact|[Vv]isit|[Ee]-?mail|[Ww]rite to|[Cc]heck with|[Tt]alk to|[Ss]peak (?:to|with)|[Rr]each out to|[Ss]top by|[Gg]o to)[ \t]+(?:the|your|ur)[ \t]+(?:local|nearest|regional|area|district|county|state)[ \t]+\p{Lu}{2,6}s?(?![\p{L}\p{N}])(?![ \t]+(?:\p{L}+[ \t]+)?(?:maps?|site|website|web site|page|pages|form|forms|PDF|pdf|portal|app|viewer|data|layers?|database|search|tool|index|list|report)\b)/u;
/** (v56 V12) Sentence `x` of `m` reaches an office by its acronym (`LOCAL_ACRONYM_V12`) that no earlier sentence of `m` names. */
function localAcronymNewV12(m: Msg, x: Sentence): boolean {
  const a = LOCAL_ACRONYM_V12.exec(m.rawSentences[x.k] ?? '');
  if (a === null) return false;
  const word = /(\p{Lu}{2,6})s?$/u.exec(a[0])![1]!.toLowerCase();
  return !m.sentences.some((y) => y.k < x.k && hasWord(y.n, word));
}
/** (v56 V12) The verb's own object is such an office (the raw sentence's acronym may belong to another verb's: "If you call the county SWCD, ask for …"). */
const ACRONYM_OBJECT_V12 = /^(?:the|your|ur) (?:local|nearest|regional|area|district|county|state) [a-z]{2,6}\b/;
/** (v56 V12) A condition or the provider's own act before the verb: "If you call the county SWCD, …", "I'll ask the local FSDO". */
const CONDITION_V12 = /\b(?:if|when|whenever|once|unless|before|after|i|we|ill|well|id|let me)(?: [a-z]+){0,2} $/;
/** (v56 V12) The referring verbs `LOCAL_ACRONYM_V12` reads (the verb as matched, normalised). */
const LOCAL_ACRONYM_VERB_V12 = /^(?:ask|call|contact|visit|e ?mail|write to|check with|talk to|speak (?:to|with)|reach out to|stop by|go to)$/;
/**
 * (v62 AB2, `askAcronymAB2`) In the raw sentence, "ask / call / phone / e-mail / write to / visit the" and an agency by its acronym
 * (two to six capitals, a plural's "s"): "ask the FAA for permission", "call the NTSB" [not a possessive or a compound ("the FAA's
 * app", "the FAA-approved list"), not the agency's site, form, map or rules, nor "the AI", "the FAQ", "the PDF", "the ISBN" …].
 */
const ACRONYM_AB2 =
  /(?:^|[^\p{L}])(?:[Aa]sk|[Cc]all|[Pp]hone|[Ee]-?mail|[Ww]rite to|[Vv]isit)[ \t]+the[ \t]+(?!(?:AI|API|FAQs?|PDFs?|URL|ISBN|VIN|ID|OK|TV|PC|ATM|OPAC|GPS|APP|USB|CD|DVD|QR|PIN|SSN|EIN|IP|RSVP)(?![\p{L}\p{N}]))\p{Lu}{2,6}s?(?![\p{L}\p{N}'\u2019&-])(?![ \t]+(?:\p{L}+[ \t]+)?(?:maps?|site|website|web site|page|pages|form|forms|PDF|pdf|portal|apps?|viewer|data|layers?|database|search|tool|index|list|report|guide|handbook|manual|FAQs?|faq|charts?|rules?|regulations?)\b)/u;
/** (v62 AB2) The verbs `ACRONYM_AB2` reads (the verb as matched, normalised). */
const ACRONYM_VERB_AB2 = /^(?:ask|call|phone|e ?mail|write to|visit)$/;
/** (v62 AB2) The verb's own object is "the" and one word of two to six letters ("the faa for permission"). */
const ACRONYM_OBJECT_AB2 = /^the [a-z]{2,6}\b(?![-&])/;
/** (v62 AB3, `initialismsAB3`) A two-letter initialism with its dots, a word of its own: "u.s.", "d.c.", "u.k.". */
const INITIALISM_AB3 = /(?<![a-z0-9.@/-])([a-z])\.([a-z])\.(?= |$)/g;
/**
 * (v62 AB4, `visitNamedAddressAB4`) In the raw sentence, "visit" and a capitalised name (its capitalised words with the small words
 * between them; its last word group 1), a comma and a house number: "visit Sandy Spring Friends Meeting, 17715 Meeting House Rd".
 */
const VISIT_NAMED_AB4 =
  /(?:^|[^\p{L}])[Vv]isit[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}'\u2019.&-]*(?:[ \t]+(?:(?:of|for|and|the|on|at|de|del|la|&)[ \t]+)?(\p{Lu}[\p{L}\p{N}'\u2019.&-]*)){0,7},[ \t]+\d{1,6}[ \t]+\p{L}/u;
/**
 * (v70 AJ3, `takeNamedAddressAJ3`) VISIT_NAMED_AB4 with "take / bring / carry it / them / the <thing> (in / over) to" for "visit": "you
 * can take it to the Maryland Geological Survey, 2300 St. Paul Street, Baltimore".
 */
const TAKE_NAMED_AJ3 = new RegExp(
  VISIT_NAMED_AB4.source.replace(String.raw`[Vv]isit[ \t]+`, String.raw`(?:[Tt]ake|[Bb]ring|[Cc]arry)[ \t]+(?:it|them|(?:the|your|ur)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?)[ \t]+(?:(?:in|over)[ \t]+)?to[ \t]+`),
  'u',
);
/**
 * (v70 AJ3) A take / bring / carry verb of `referralVerb` ("take it to", "bring them to"), not a ride taken ("Take the Metro to
 * Smithsonian Station, 1200 Independence Avenue SW, then walk …").
 */
const TAKE_VERB_AJ3 = /^(?:take|bring|carry)\b(?! (?:the |a |an |your |ur )?(?:metro|bus|buses|train|trains|subway|light rail|marc|amtrak|ferry|water taxi|shuttle|cab|taxi|uber|lyft|circulator|trolley|streetcar|line|route|exit|ramp|stairs|elevator|escalator|road|highway|beltway|parkway|turnpike|bridge|tunnel|trail|path)\b)/;
/** (v62 AB4) A name's last word that makes it a sight to see, not a party: "Great Falls Overlook", "Gunpowder Falls State Park". */
const SIGHT_NAME_AB4 = /^(?:Overlook|Falls|Park|Trail|Beach|Lake|River|Creek|Mountain|Memorial|Monument|Gardens?|Square|Plaza|Bridge|Island|Forest|Preserve|Lighthouse|Fort|Battlefield|Zoo|Aquarium|Arboretum)$/u;
/**
 * (v62 AB4) After the address, the visit's purpose is to see or do something there ("in April to see the falls", "to walk the
 * trail").
 */
const SIGHT_AB4 = /^[^;.]*? to (?:see|view|watch|look at|photograph|admire|enjoy|take in|walk|hike|tour|explore)\b(?! (?:if|whether|what|how|who|when)\b)/;
/**
 * (v62 AB4) Raw sentence `raw` visits a named party (`VISIT_NAMED_AB4`, or (v70 AJ3) takes something to one: `TAKE_NAMED_AJ3`) that
 * is no sight (`SIGHT_NAME_AB4`).
 */
function namedNoSightAB4(raw: string, named: RegExp = VISIT_NAMED_AB4): boolean {
  const v = named.exec(raw);
  return v !== null && !(v[1] !== undefined && SIGHT_NAME_AB4.test(v[1]));
}
/**
 * (v62 AB9, `hyphenVerbAB9`) Raw sentence `raw` joins `verb` to the next word by a hyphen-minus ("ask-a-librarian"), not a dash.
 */
function hyphenAfterAB9(raw: string, verb: string): boolean {
  const low = raw.toLowerCase();
  for (let i = low.indexOf(`${verb}-`); i >= 0; i = low.indexOf(`${verb}-`, i + 1)) {
    const before = i === 0 ? 32 : low.charCodeAt(i - 1);
    const next = low.charCodeAt(i + verb.length + 1);
    if (!(before >= 97 && before <= 122) && ((next >= 97 && next <= 122) || (next >= 48 && next <= 57))) return true;
  }
  return false;
}
/**
 * (v62 AB11, `esCliticBeforeAB11`) A Spanish verb with its indirect object pronoun: "mándeles", "escríbale", "envíeles", "llámele".
 */
const ES_CLITIC_AB11 = /^(?:escrib|llam|mand|envi|marqu|pregunt)[a-z]*les?$/;
/**
 * (v62 AB11) A Spanish condition's clause up to its comma ("si el museo le pide muestras,"; not a time: "Cuando la Sociedad abra el
 * lunes, llámeles").
 */
const ES_IF_CLAUSE_AB11 = /\bsi\b[^,;:]*,/g;
/** (v62 AB13, `ifYouVerbAB13`) "if you" (or "if you ever / do") right before the referring verb. */
const IF_YOU_AB13 = /\bif (?:you|u)(?: ever| do)? $/;
/**
 * (v62 AB13) The object's clause up to a comma, a semicolon or a stop before a space (not the dots of an address: "info@hcgs.org
 * they …").
 */
const ifClauseAB13 = (object: string): string => {
  const end = object.search(/[,;:]\s|[.!?](?=\s|$)/);
  return end < 0 ? object : object.slice(0, end);
};
/**
 * (v63 AC2, `worthVisitAC2`) A visit or a call as a noun that is worth making, right before the verb: "Definitely worth a visit:
 * Spiro Mounds …", "The Spiro Mounds Archaeological Center is well worth a visit", "the county clerk is worth a quick call" (v47 M4
 * read "worth a visit to …" only).
 */
const WORTH_A_AC2 = /\bworth (?:a|an)(?: (?:quick|short|brief|phone|day|special|second))? $/;
/** (v63 AC2) Not worth it: "not / isn't / hardly / never … worth a visit". */
const NOT_WORTH_AC2 = /\b(?:not|isnt|arent|wasnt|werent|hardly|never|no longer)\b[^,;:.!?]*$/;
/**
 * (v63 AC2) A colon or a dash opens what is worth the visit: "worth a visit: Spiro Mounds …", "worth a call - the county clerk …".
 */
const WORTH_WHAT_AC2 = /^(?::|-|\u2013|\u2014)\s*/;
/**
 * (v72 AL2, `worthAddressAL2`) A street address set off by commas just before "is / are (also) worth a": "The Talbot Historical
 * Society's research library, 25 S. Washington Street in Easton, is also worth a visit" (the party is named before the address).
 */
const ADDRESS_APPOSITIVE_AL2 = /, \d{1,6}(?:-\d{1,4})? [^,;:!?]{2,60}(?:, [a-z .]{2,30})?,(?= (?:is|are|s)\b[^,;:.!?]*$)/;
/**
 * (v63 AC2, `worthVisitAC2`) `before` (the sentence up to the verb) ends "worth a" with no negation in its clause, and the party is
 * named after a colon or dash (`object`) or as the clause's subject before "worth": "Definitely worth a visit: Spiro Mounds
 * Archaeological Center is open …", "The … Center is well worth a visit" [not "The overlook is worth a visit", a sight; not "The
 * museum is not worth a visit"]; (v72 AL2, `addressAL2`) with a street address set off by commas before "is … worth a" left out.
 */
function worthAC2(P: Session['P'], before0: string, object: string, addressAL2 = false, pronounAN4 = false): boolean {
  if (!WORTH_A_AC2.test(before0)) return false;
  const before = addressAL2 ? before0.replace(ADDRESS_APPOSITIVE_AL2, '') : before0;
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const lead = before.slice(cut + 1);
  if (NOT_WORTH_AC2.test(lead)) return false;
  if (WORTH_WHAT_AC2.test(object)) return P.referralParty.test(clauseOf(P, object.replace(WORTH_WHAT_AC2, '')));
  // (v74 AN4, `worthPronounAN4`) "Your county's Soil Conservation District office also knows farmers …, so they're worth a call":
  // the clause's subject a pronoun, the party named in the sentence's clause before it
  if (pronounAN4 && cut > 0 && before[cut] === ',' && WORTH_PRONOUN_AN4.test(lead)) return P.referralParty.test(before.slice(0, cut));
  return P.referralParty.test(lead.replace(WORTH_A_AC2, ''));
}
/** (v74 AN4) A pronoun as the subject of "… worth a call / visit": "so they're (well) worth a call", "and it's worth a visit". */
const WORTH_PRONOUN_AN4 = /^ (?:(?:and|so|but|since|as) )?(?:theyre|they are|theyd be|they would be|they are also|theyre also|its|it is|it would be|its also) (?:(?:well|definitely|def|really|probably|also|certainly) )?worth (?:a|an)\b/;
/**
 * (v63 AC8, `tryNamedAC8`) In the raw sentence, "try" and a capitalised name (its small words and a place after "in / on / near"
 * allowed), then its phone or e-mail: "Try Quilters Hideaway in Squirrel Hill, 412-555-0173" [not a database or a site: the contact
 * must be a phone or an e-mail].
 */
const TRY_NAMED_AC8 =
  /(?:^|[^\p{L}])[Tt]ry[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}'\u2019&.-]*(?:[ \t]+(?:(?:of|and|the|&|in|on|at|near|de)[ \t]+)?\p{Lu}[\p{L}\p{N}'\u2019&.-]*){0,6},?[ \t]+(?:at[ \t]+|on[ \t]+)?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[\w.+-]+@[\w-]+\.)/u;
/**
 * (v63 AC10, `kinPronounAC10`) The referring verb's object is "her" or "him" with no way to reach them after it ("Ask her
 * permission on the recording itself", "call him on speaker from a quiet room") [not a possessive "her" before a noun: "ask her
 * school's guidance office", "check with her pharmacist"].
 */
const KIN_OBJECT_AC10 =
  /^(?:him|her(?! (?!(?:to|if|whether|for|about|when|what|how|on|in|at|with|permission|consent|directly|first|too|again|before|after|and|or|so|because|tonight|today|tomorrow|now|later|up|over|back|yourself)\b)[a-z]))\b(?! (?:at|via|by phone|by email|by e mail)\b)(?![^.;]*\d{3}[ .-]\d{4})(?![^.;]*@)/;
/** (v63 AC10) The patron's own kin or friend, by gender: "my aunt", "my great grandmother"; "my grandfather", "my son". */
const KIN_HER_AC10 =
  /\bmy (?:[a-z]+ )?(?:grandma|grandmother|granny|gran|nana|grammy|mom|mum|mother|mama|aunt|auntie|sister|daughter|wife|niece|girlfriend|stepmom|stepmother|godmother|grandmothers|grandmas)\b/;
const KIN_HIM_AC10 =
  /\bmy (?:[a-z]+ )?(?:grandpa|grandfather|granddad|grandad|gramps|papa|dad|father|uncle|brother|son|husband|nephew|boyfriend|stepdad|stepfather|godfather|grandfathers|grandpas)\b/;
/**
 * (v63 AC10) A person the provider named or described before, whom "her / him" may point to: a title and a name, a person's role,
 * or a capitalised name at a place ("Arthur in our Digital Media Lab", "Ms. Ortiz", "our archivist").
 */
const PERSON_BEFORE_AC10 =
  /\b(?:(?:ms|mrs|miss|mr|dr|prof)\.? [a-z]+|librarians?|archivists?|curators?|specialists?|clerks?|coordinators?|directors?|managers?|officers?|agents?|lawyers?|attorneys?|counsell?ors?|advis[eo]rs?|volunteers?|docents?|historians?|genealogists?|experts?|colleagues?|coworkers?|co-workers?|supervisors?|representatives?|reps?|rangers?|teachers?|professors?|instructors?|coaches|coach|doctors?|nurses?|vets?|veterinarians?|conservators?|appraisers?|pastors?|priests?|rabbis?|imams?)\b/;
/** (v63 AC10) The provider's own role in their introduction: "a librarian", "the reference librarian on duty". */
const OWN_ROLE_AC10 = /\b(?:(?:reference|youth|teen|adult|duty|research|staff|children'?s|law|school|public) )?librarians?\b/g;
/**
 * (v63 AC10) In raw text, a capitalised name at, from or with a place: "Arthur in our Digital Media Lab", "Dana at the Archives"
 * (the name in group 1; not after "I'm / this is / it's / my name is": the provider's own).
 */
const NAME_AT_AC10 =
  /(?<!(?:I['\u2019]?m|I am|[Tt]his is|[Ii]t['\u2019]?s|name is|[Hh]ere['\u2019]?s)[ \t]+)(?:^|(?<=[^\p{L}]))(\p{Lu}\p{Ll}+)[ \t]+(?:at|from|with|in|of)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?\p{Lu}/gu;
/** (v63 AC10) Raw text `raw` (by `author`) names someone other than its author at a place (`NAME_AT_AC10`). */
function namedOtherAC10(raw: string, author: string | null): boolean {
  const own = author === null ? '' : (author.split(/\s+/)[0] ?? '');
  for (const x of raw.matchAll(NAME_AT_AC10)) if (x[1] !== own) return true;
  return false;
}
/**
 * (v63 AC10, `kinPronounAC10`) "her / him" (`pronoun`) is the patron's own kin: a patron message before `m` names kin of that
 * gender ("my aunt in Ghana", "my grandfather"), and no provider text before the verb names or describes a person the pronoun could
 * point to (`PERSON_BEFORE_AC10`, `NAME_AT_AC10`): not `before` (sentence `x` up to the verb), the raw sentence `raw`, the
 * sentences of `m` before `x`, nor earlier provider messages (their own introduction in the opening without its role): "can I
 * record a zoom call with my aunt …?" "… Ask her permission on the recording itself, too." [not "Our archivist, Ms. Reyes, knows
 * the collection: call her at …"].
 */
function kinPronounAC10(s: Session, m: Msg, x: Sentence, pronoun: string, before: string, raw: string): boolean {
  const kin = pronoun === 'her' ? KIN_HER_AC10 : KIN_HIM_AC10;
  if (!s.patron.some((p) => p.pos < m.pos && kin.test(p.n))) return false;
  if (PERSON_BEFORE_AC10.test(before) || namedOtherAC10(raw, m.author)) return false;
  // the provider's earlier sentences, their own introduction in the opening without its role ("Sam, a librarian with Ask Us")
  const namesPerson = (v: Msg, upTo: number): boolean => {
    const self = openingMessage(s, v) ? selfIdentifies(s, v) : -1;
    for (const y of v.sentences) {
      if (y.k >= upTo) break;
      if (y.k === self ? PERSON_BEFORE_AC10.test(y.n.replace(OWN_ROLE_AC10, ' ')) : PERSON_BEFORE_AC10.test(y.n) || namedOtherAC10(v.rawSentences[y.k] ?? '', v.author)) return true;
    }
    return false;
  };
  if (namesPerson(m, x.k)) return false;
  for (const v of s.vis) {
    if (v.pos >= m.pos) break;
    if (v.role === 'provider' && namesPerson(v, Infinity)) return false;
  }
  return true;
}
/**
 * (v63 AC13, `relativeReachAC13`) The verb in a relative clause with the patron as its subject: ", which you can reach with that
 * card at kcpls.org" (what is reached is the clause's antecedent) [not "that", also a conjunction: "long enough that you should
 * call your doctor's office"].
 */
const REL_YOU_AC13 = /(?:^|[ ,(])which (?:you|u) (?:can|could|may|will|would|should|can also|could also)(?: (?:also|easily|then|still|now|always))? $/;
/** (v63 AC13) The antecedent's clause: `before` up to its "which", from the last stop, semicolon or colon. */
function antecedentAC13(before: string): string {
  const rel = before.lastIndexOf('which ');
  const head = rel < 0 ? before : before.slice(0, rel);
  return head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('!'), head.lastIndexOf('?')) + 1);
}
/**
 * (v11 K9, `spanishReferralK9`) CAPITAL_OBJECT_K1 in Spanish: "Usted puede contactar Catholic Charities", "hable con
 * Legal Aid", "comuníquese con la Oficina del Secretario" (not "hable con Usted", "contacte a su médico").
 */
const CAPITAL_OBJECT_ES_K9 =
  /(?:^|[^\p{L}])(?:[Cc]ontact(?:ar|e|a|en)|[Cc]omun[ií](?:quese|carse|cate) con|[Hh]abl(?:e|ar|a) con|[Pp][óo]ngase en contacto con|[Pp]onerse en contacto con)[ \t]+(?:(?:a|al|con)[ \t]+)?(?:(?:el|la|los|las)[ \t]+)?(?!(?:Usted|Ud|Ustedes|Ellos|Ellas|Él|Ella|Nosotros|Su|Sus|Tu|Tus|Mi|Mis|Nuestro|Nuestra|Este|Esta|Ese|Esa|Info|Información)\b)\p{Lu}[\p{L}'\u2019&.-]*/u;
/** (v11 K9, `spanishReferralK9`) COORDINATED_E in Spanish: "vuelva a escribirnos más tarde o llame al…". */
const COORDINATED_ES_K9 = /^(?!(?:si|cuando|aunque|porque|mientras|donde|que|quien|ellos|ellas|el|ella)\b)[^,;:()]* (?:o|y)(?: (?:tambien|luego|despues))?$/;
/** (v11 K1, `askOnBehalfK1`) The provider will ask the party named before: "…may know more; I'll ask her and get back to you". */
const ASK_ON_BEHALF_K1 =
  /\b(?:ill|i will|let me|im going to|i am going to|well|we will|i can|i could|i shall)(?: (?:just|also|gladly|happily|quickly|go ahead and|be happy to))? (?:ask|check with|contact|email|e mail|call|consult|message|text|reach out to|get in touch with|touch base with) (?:her|him|them)\b/;
/** (v49 O9) The provider waits on the party's answer: "once I hear back from her", "when we get a reply from them". */
const HEAR_BACK_O9 = /\b(?:once|when|after|as soon as|if) (?:i|we) (?:hear back|hear|get an answer|get a reply|get an answer back|get word) from (?:her|him|them)\b/;
/** (v11 K6, `toPatronK6`) The object goes to the patron: "them to you", "a copy over to you", "the scans to u". */
const TO_PATRON_K6 =
  /^(?:(?:it|them|this|that|these|those|everything|one|a copy|copies|(?:the|a|an|some|your|my|our|any) (?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+) )?(?:over |back |along |straight |directly )?to (?:you|u)\b/;
/**
 * (v50 P15, `toYourselfP15`) K6's object sent to the patron's own self or address: "them to yourself", "it to your own e-mail",
 * "the scans to your inbox" (the scanning station's and the printer's "e-mail it to yourself": no one outside the chat).
 */
const TO_SELF_P15 =
  /^(?:(?:it|them|this|that|these|those|everything|one|a copy|copies|(?:the|a|an|some|your|my|our|any|all|both) (?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+) )?(?:over |back |along |straight |directly )?to (?:yourself|urself|yourselves|your own(?: [a-z-]+)? (?:email|e mail|address|account|phone|inbox)|your (?:email|e mail|inbox|phone|cell|account|drive|google drive|gmail))\b/;
/** (v50 P15) `object` opens on TO_SELF_P15, and the rest of its clause names no party (its pronouns are the things sent). */
function toSelfP15(P: Session['P'], object: string): boolean {
  const t = TO_SELF_P15.exec(object);
  return t !== null && !P.referralParty.test(clauseOf(P, object.slice(t[0].length)).replace(PRONOUNS_P15, ' '));
}
/** (v50 P15) "… and save them to Drive": the pronouns after the patron's own address are the things sent, no party. */
const PRONOUNS_P15 = /\b(?:them|it|they|these|those)\b/g;
/** The meetings a booking verb books (v12 M2, v15 O2). */
const MEETING = String.raw`(?:appointment|consultation|consult|meeting|session|one on one|1 on 1|1:1)`;
/** The end of a booking verb's match that names where it is booked: "… at", "… through", "… via", "… on". */
const BOOKED_AT = String.raw`s? (?:at|through|via|on)$`;
/** (v15 O2, `bookAtPartyO2`) A booking verb whose match ends in "at" / "through" / "via" ("book a session at", "book a research appointment at"). */
const BOOK_AT_O2 = new RegExp(MEETING + BOOKED_AT);
/** (v16 P6, `bookTimeP6`) "book a time at", "reserve a slot at": a time booked at a scheduling page, as BOOK_AT_O2. */
const BOOK_AT_P6 = new RegExp(String.raw`\b(?:time|time slot|timeslot|slot)` + BOOKED_AT);
/** (v15 O2) Before the booking verb, a person or a help unit to book with (not "the library has study rooms"). */
const BOOKED_PARTY_O2 = /\b(?:center|centre|office|librarian|librarians|tutor|tutors|tutoring|advisor|adviser|advisors|advisers|counselor|counsellor|coach|specialist|professor|instructor|team|staff)\b/;
/** `o` up to its clause's end: the referring verb's object clause (v15 O2, `partyNotInAddressO2`: also once its addresses are blanked). */
function clauseOf(P: Session['P'], o: string): string {
  const upTo = o.search(P.clauseEnd);
  return upTo >= 0 ? o.slice(0, upTo) : o;
}
/**
 * (v15 O2, `bookAtPartyO2`; v16 P6, `bookTimeP6`) The booking verb `verb` (its match), whose object opens with a
 * scheduling page, books the help unit or person named in `n` before it (`at`, the verb's position).
 */
function booksAtPage(s: Session, verb: string, object: string, n: string, at: number, prev?: Sentence): boolean {
  if (s.rubric.bookAtPartyO2 !== true) return false;
  // (v32 M1, `inPersonBookM1`) "pida una cita en …" after "en persona" (CITA_AT_M1), read below only after "in person"
  const cita = s.rubric.inPersonBookM1 === true && CITA_AT_M1.test(verb);
  if (!cita && !BOOK_AT_O2.test(verb) && !(s.rubric.bookTimeP6 === true && BOOK_AT_P6.test(verb))) return false;
  if (!PAGE_FIRST_O2.test(object)) return false;
  const head = withoutAddresses(n.slice(0, at));
  // (v32 M1, `inPersonBookM1`) "You have to apply in person, so book an appointment at mva.maryland.gov/appointments"
  if (s.rubric.inPersonBookM1 === true && inPersonM1(head)) return true;
  if (cita) return false;
  if (BOOKED_PARTY_O2.test(head)) return true;
  // (v17 Q3, `bookedBeforeQ3`) the verb opens its sentence: the party the sentence before names ("Tax-Aide volunteers are
  // at the Main Library Tuesdays. Book an appointment at …")
  if (s.rubric.bookedBeforeQ3 !== true || prev === undefined || !CONNECTORS_ONLY_V6.test(head.trim())) return false;
  const bare = withoutAddresses(prev.n);
  return BOOKED_PARTY_O2.test(bare) || BOOKED_PARTY_Q3.test(bare);
}
/** (v32 M1, `inPersonBookM1`) The Spanish imperative of booking an appointment at a page: "pida una cita en", "haga su cita en". */
const CITA_AT_M1 = / cita en$/;
/** (v17 Q3, `bookedBeforeQ3`) More people to book with: volunteers, tax preparers, benefits navigators. */
const BOOKED_PARTY_Q3 = /\b(?:volunteers?|preparers?|navigators?|caseworkers?|case managers?)\b/;
/** (v15 O2) The booking's object is a web address (a scheduling page), not a room ("book a session at the Media Studio"). */
const PAGE_FIRST_O2 = /^(?:https?:\/\/|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b/;
/** (v12 M2, `bookWithM2`) A booking verb whose match ends in "with" ("book a session with", "schedule a consultation with"). */
const BOOK_VERB_M2 = new RegExp(`${MEETING} with$`);
/**
 * (v12 M2, `bookWithM2`) In the raw sentence, the booked thing, "with" and a capitalised name (not a pronoun or a
 * meeting tool): "book a session with the Writing Studio", "a consultation with Academic Skills".
 */
const BOOK_WITH_M2 =
  /(?:[Aa]ppointment|[Cc]onsultation|[Cc]onsult|[Mm]eeting|[Ss]ession|[Oo]ne[ -]on[ -]one|1[ -]on[ -]1|1:1)s?[ \t]+with[ \t]+(?:the[ \t]+|our[ \t]+)?(?!(?:Us|Me|Them|Him|Her|It|This|That|Our|Your|Their|My|I|We|You|Zoom|Teams|Microsoft|Google|Meet|Webex|Skype|LibCal|Calendly|Bookings)\b)\p{Lu}/u;
/** (v15 O4, `bookRoleO4`) The object of a booking verb: the meeting "with" one of the library's helpers by role. */
const BOOK_ROLE_O4 = new RegExp(String.raw`^(?:a|an|your) (?:[a-z0-9-]+ ){0,3}?` + BOOK_ROLE_SRC_O4);
/** (v9 N) An object of two words or more after an article or possessive ("the Register of Wills", "la Casa de la Cultura"). */
const NAMED_OBJECT_N = /^(?:the|your|their|his|her|el|la|los|las|su|sus) (?!(?:same|other|following|above|below|person|people|one|ones)\b)[a-z0-9&-]+ [a-z0-9&-]+/;
/** (v9 N) A contact verb that ends its sentence or opens a list: "Write or call:", "Email them:", "Call -". */
const BARE_OBJECT_N = /^(?:(?:them|him|her|us) ?)?(?:(?:at|on) ?)?(?:[:-]|$)/;
/** (v9 N) The sentence before a bare contact verb names a party or speaks of one ("an appointment with them"). */
function partyBefore(s: Session, n: string): boolean {
  const bare = withoutAddresses(n);
  return THEM.test(bare) || namesParty(s, bare);
}
/** (v9 N) Verbs of getting in touch (not "visit", "go to", "see": a website named after those is a source to use). */
const CONTACT_VERB_N = /^(?:contact|email|e mail|write|reach|get in touch|get in contact|send|message|dm|comuniquese|comunicate|comunicarse|pongase|ponerse|ponte|contacte|contactar|contacta|escriba|escribe|escribir)\b/;
/** (v9 N) A name of one to six words, then "at" / "en" / "through" / "via" and a web address. */
const NAMED_AT_URL_N = /^(?:[a-z0-9&-]+ ){1,6}?(?:at|en|through|via|on) (?:https?:\/\/|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|info|us|io|co|md|mx|es)\b/;
function namedAtUrl(o: string): boolean {
  return o.includes('.') && NAMED_AT_URL_N.test(o);
}
/**
 * (v9 N, `prepLeadInN`) A prepositional phrase opening the clause, no comma: "and for the appeal talk to a tax
 * attorney", "for the chromebook hit up the ref desk". Not one with a subject or a relative clause ("for people who
 * call the office", "about a week after you call"), nor before a gerund ("for students visiting the archives").
 */
const PREP_LEAD_N = /^(?:(?:and|or|but|so|then|also|just),?\s*)*(?:for|about|regarding|as for|with|on) (?:[a-z0-9&-]+ ){0,4}?[a-z0-9&-]+$/;
const PREP_NOT_N = /\b(?:who|that|which|whose|where|you|u|i|we|they|he|she|it|to|will|can|could|would|should|is|are|was|were|if|when|after|before|while)\b/;
/**
 * (v22 V3, `purposeLeadInV3`) An English purpose clause opening the clause before the verb, without the comma: "to book a
 * reading room visit", "and to request a scan", "in order to see the originals" (at most five words after the verb).
 */
const PURPOSE_EN_V3 =
  /^(?:(?:and|or|also|then|so|but|just),?\s*)*(?:to|in order to) (?:book|make|schedule|set up|arrange|request|order|get|see|view|visit|use|reserve|register|sign up|apply|enroll|access|look at|find out|ask about|check on)\b(?: [a-z0-9&-]+){0,5}$/;
/** (v23 X3, `purposeLongX3`) V3's purpose clause with up to eight words after the verb ("to order a copy of the death certificate"). */
const PURPOSE_LONG_X3 = new RegExp(retext(PURPOSE_EN_V3.source, '{0,5}$', '{0,8}$'));
/** (v22 V3) Words that give the purpose clause its own subject, modal or relative ("to see if they can", "to book one you"). */
const PURPOSE_NOT_V3 = /\b(?:who|that|which|whose|where|you|u|i|we|they|he|she|it|will|can|could|would|should|is|are|was|were|if|when|whether)\b/;
/**
 * (v22 V9, `purposeSubjectV9`) The purpose clause ends on a subject of other people: "to see the originals most
 * researchers (visit …)", "to get a passport most people (visit …)": what others do, no instruction to the patron.
 */
const PURPOSE_SUBJECT_V9 =
  /(?:\b(?:most|many|some|other|all|a few|lots of|a lot of|plenty of) (?:people|folks|researchers|genealogists|patrons|visitors|students|customers|families|residents|users|applicants|travelers|travellers)|\b(?:people|folks|everyone|everybody|others))$/;
/**
 * (v23 X8, `purposeStaffX8`) The purpose clause ends on a group as its subject: "(to request records …) our genealogy
 * volunteers", "the reference staff", "their archivists" (who then visit or call, for the patron or on their own); not
 * the object of a preposition ("to request a proctor from the staff").
 */
const PURPOSE_STAFF_X8 =
  /(?<!\b(?:from|with|for|to|by|of|about|at|on|in|and|or) )\b(?:our|the|their) (?:[a-z-]+ ){0,2}(?:volunteers|staff|staffers|librarians|archivists|docents|interns|genealogists|clerks|employees)$/;
/** (v16 P4, `purposeLeadInP4`) A Spanish purpose clause before the verb: "para inscribirse", "y para pedir una cita". */
const PURPOSE_ES_P4 = /^(?:(?:y|o|tambien|ademas),?\s*)*para (?:[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?)(?: [a-z0-9]+){0,3}$/;
/** (v19 S3, `prepLeadInEsS3`) A Spanish prepositional phrase before the verb: "para ayuda con su caso", "y sobre el depósito". */
const PREP_LEAD_ES_S3 = /^(?:(?:y|o|tambien|ademas),?\s*)*(?:para|sobre|con respecto a|en cuanto a) (?:[a-z0-9-]+ ){0,5}?[a-z0-9-]+$/;
const PREP_NOT_ES_S3 = /\b(?:que|quien|quienes|cual|donde|cuando|si|usted|ustedes|ud|uds|yo|tu|ella|ellos|ellas|nosotros|se|le|les)\b/;
function prepLeadIn(prefix: string, verb: string): boolean {
  return !verb.endsWith('ing') && PREP_LEAD_N.test(prefix) && !PREP_NOT_N.test(prefix);
}
/**
 * (v10 W, `forThatLeadInW`) A lead-in whose prepositional object is a pronoun alone: "so for that", "for this one",
 * "and for those". Nothing else may stand in the clause before the verb (not "for that reason we call…", which
 * has no verb after it here, nor "for people that…", which has more words).
 */
const FOR_THAT_W = /^(?:(?:and|or|but|so|then|also|just),?\s*)*(?:for|about|with) (?:that|this|those|these|it|them)(?: (?:one|ones|part|bit|issue|problem|question|step))?$/;
/**
 * (v21 U2, `forThatPleaseU2`) A politeness word between `FOR_THAT_W`'s lead-in and the verb: "and for that please email the
 * makerspace staff at …", "; for that, kindly call …" (the lead-in before it must be `FOR_THAT_W` whole: "for that reason
 * please…" is not it).
 */
const POLITE_TAIL_U2 = /,? (?:please|pls|plz|kindly)$/;
function forThatPleaseU2(prefix: string): boolean {
  const t = POLITE_TAIL_U2.exec(prefix);
  return t !== null && FOR_THAT_W.test(prefix.slice(0, t.index));
}
/** (v7 B) "Ask a Librarian" as the service's name: "a librarian" closed by punctuation or a service word. */
const SERVICE_NAME_OBJECT = /^(?:a|the) librarian(?:\s*(?:[,.!:;]|-|$)| (?:here|chat|service|team)\b)/;
/**
 * (v69 AI13, `serviceSymbolAI13`) SERVICE_NAME_OBJECT with symbols after the name ("Otis at Calvert Library, Ask a Librarian 🙂"):
 * emoji and dingbats, as written or as normalised text's one-byte stand-ins (text.ts `symbolsOneByte`).
 */
const SERVICE_NAME_OBJECT_AI13 = new RegExp(SERVICE_NAME_OBJECT.source.replace(String.raw`(?:\s*(?:`, String.raw`(?:[\s\x80-\x9f\u2600-\u27bf\ud800-\udfff\ufe0f]*(?:`));

/**
 * (v7 D, `ownChatNotReferralD`) The object names this chat: "(just) ask a librarian here on chat anytime", "ask
 * us again on this chat", "ask one of our librarians here" point back to the service, to no party outside it.
 */
const OWN_CHAT_OBJECT = /^(?:a|the|one of (?:our|the)|any of (?:our|the)) (?:[a-z]+ )?(?:librarians?|staff)\b(?: [a-z]+){0,2}? (?:here\b|(?:on|in|through|via|over) (?:this |the |our )?chat\b)/;

/**
 * (v16 P7, `newChatPartyP7`) Just before "will / can help": a librarian or staff of a new chat ("start a new chat after 2
 * and a librarian will help", "chat back later and one of our librarians can help").
 */
const NEW_CHAT_PARTY_P7 =
  /\b(?:(?:new|another) (?:chat|session)|chat (?:back|again))\b[^.;!?]{0,40}?\b(?:and|where|when) (?:a|the|another|one of (?:our|the)|our) (?:[a-z]+ )?(?:librarians?|staff(?: members?)?|colleagues?) $/;
/** (v16 P7) What follows the new chat in `NEW_CHAT_PARTY_P7`: up to 40 letters, then "and / where / when" and the librarian. */
const CHAT_STAFF_TAIL_P7 = NEW_CHAT_PARTY_P7.source.slice(NEW_CHAT_PARTY_P7.source.indexOf('[^.;!?]{0,40}?'));
/**
 * (v68 AH5, `logBackInAH5`) P7 after logging or signing back in: "Please log back in later, or any time, and a librarian will help
 * with the rest." [not "come back to the branch and a librarian will help": a place]
 */
const LOG_BACK_AH5 = new RegExp(
  String.raw`\b(?:(?:log|sign|logging|signing) (?:back (?:in|on)|(?:in|on) again)|reconnect|reconnecting)\b(?! (?:there|to (?:their|its|the[a-z]*)|into (?:their|its)|on (?:their|its))\b)` +
    CHAT_STAFF_TAIL_P7,
);

/**
 * (v44 J18, `newChatCommaJ18`) `NEW_CHAT_PARTY_P7` with a comma between the new chat and the librarian, said as the patron's
 * next chat: "If you start a new chat, the overnight librarian can …", "Just open a new chat after 9, the evening staff can
 * …", "Please make new chat later, our librarian can …" [not
 * "Before you start a new chat, the school librarian can …", "If you'd rather not wait for another chat, a law librarian can
 * …", "No need for a new chat, the circulation staff can help you at the desk": people outside the chat].
 */
const NEW_CHAT_COMMA_J18 =
  /(?:\b(?:if|when|once) (?:you|u)(?:d like to| would like to| want to| wanna)? |(?:^|[.!?] )(?:(?:just|please|pls|so|ok|okay),? )*|\bto )(?:(?:start|open|begin|make|try)(?: (?:a|an|another))?(?: new)? (?:chat|session)|(?:come|log|pop) back (?:on|in|for)|chat (?:back|in|again)(?: in| again)?)\b[^.;!?,]{0,40}?, (?:a|the|another|one of (?:our|the)|our) (?:(?:next|overnight|evening|night|morning|daytime|weekend|day|late|other) (?:librarians?|staff|colleagues?)|librarians?|colleagues?)(?: on duty)? $/;
/** (v44 J17) How far after the party's "can help / will know" `PASS_ON_THEM_J17` looks. */
const PASS_ON_CHARS_J17 = 160;
/**
 * (v44 J17, `passOnThemJ17`) Right after the party's "can help / will know best", in the same clause chain (", so", ",", " -",
 * " and", no other clause with "and" between): the provider passes the question on to them, for the patron ("let me send this
 * along to her", "I shall forward your query on to him"), and tells the patron to do nothing else ("… will know best, so I'll pass
 * your question on to them and someone will get back to you"), as v11's "I'll ask her" (`ASK_ON_BEHALF_K1`) [not "… can help,
 * and I'll forward this to them too, but it's quickest if you take a sample to them", "… will know best, and I can pass your
 * question to them if you like", nor a pass-on after another party's clause: "The Register of Wills can help with the forms,
 * and our law librarian will know the local rules, so I'll pass your question on to her"].
 */
const PASS_ON_THEM_J17 =
  /^(?:(?! and )[^.;!?]){0,80}?(?:,? so|,| -| and)? (?:ill|i will|i shall|let me|let us|well|we will|we shall|im going to|i am going to|im gonna|ive|i have|weve|we have|i just|we just)(?: (?:just|also|go ahead and|now))? (?:pass|forward|send|hand|refer|give)(?: (?:your question|your request|your query|the question|the request|this|it|that))?(?: (?:on|along|over))? to (?:her|him|them)\b(?! (?:too|also|as well)\b)(?![^.;!?]*\b(?:but|if (?:you|u) (?:like|want|prefer)|(?:you|u) (?:should|must|need to|can also|gotta)|go in|stop by|walk in)\b)/;

/** (v62 AB6, `semicolonPassOnAB6`) J17's pass-on after a semicolon as well: "… for you; I'll pass your question to them". */
const PASS_ON_SEMI_AB6 = new RegExp(retext(PASS_ON_THEM_J17.source, '(?:,? so|,| -| and)?', '(?:,? so|,| -| and|;)?'));
/**
 * (v63 AC4, `passOnReplyAC4`) J17's pass-on (AB6's, with its semicolon; not "give") with no "to them", the party's reply promised
 * instead: "Calvert's staff will know which
 * branches proctor, so I'll pass your question on and someone from Calvert Library will contact you by Friday", "…; I'll forward
 * it along and one of their staff will be in touch" [not with the patron still sent: "… and they'll call you, but you can also stop
 * by", nor an offer: "I can pass it on if you like"].
 */
const PASS_ON_REPLY_AC4 = new RegExp(
  retext(
    retext(PASS_ON_SEMI_AB6.source, '(?:pass|forward|send|hand|refer|give)', '(?:pass|forward|send|hand|refer)'),
    String.raw`(?: (?:on|along|over))? to (?:her|him|them)\b(?! (?:too|also|as well)\b)`,
    String.raw` (?:on|along|over)(?: to (?:her|him|them))?,? (?:and|so) (?:someone|somebody|a (?:librarian|staff member)|(?:one of )?(?:their|the) (?:staff|librarians?|team)|staff|they|she|he)(?: (?:from|at|in|with|on) (?:[a-z'&-]+ ){0,5}?[a-z'&-]+)? (?:will|should|can|shall|is going to|are going to)(?: (?:be able to|be happy to|also|then))? (?:(?:contact|call|email|e mail|phone|text|get back to|get in touch with|reach out to|reach|follow up with|write to|message|be in touch with) (?:you|u)\b|be in touch\b)`,
  ),
);

/**
 * (v45 K7, `passOnNextK7`) A sentence that opens by passing the question on to "her / him / them" for the patron: "I'll forward
 * your question to her and she'll e-mail you within two business days." (J17's pass-on, as the next sentence) [not "I can pass it
 * to her if you like", "I'll send this to her so she has the checklist" (the patron's daughter), nor with the patron still sent
 * there: "… I'll pass your request to them. You will still need to sign the release in person at their office."].
 */
const PASS_ON_NEXT_K7 =
  /^(?:(?:so|and|ok|okay),? )?(?:ill|i will|i shall|let me|let us|well|we will|we shall|im going to|i am going to|im gonna|ive|i have|weve|we have|i just|we just)(?: (?:just|also|go ahead and|now))? (?:pass|forward|refer|send|hand)(?: (?:your question|your request|your query|the question|the request|this|it|that))?(?: (?:on|along|over))? to (?:her|him|them)(?: (?:your|the) (?:question|request|query))?\b(?! (?:too|also|as well)\b)(?! so (?:she|he|they) (?:has|have|can|gets?|knows?)\b)(?![^.;!?]*\b(?:but|if (?:you|u) (?:like|want|prefer)|(?:you|u) (?:should|must|need to|can also|gotta)|go in|stop by|walk in)\b)/;
/** (v45 K7) What still sends the patron to the party in a later sentence of the message. */
const STILL_SENT_K7 =
  /\b(?:(?:you|u) (?:can|could|should|may|might|will|must|need to|have to)(?: still| also)? (?:call|phone|email|e mail|contact|visit|stop by|go|head|sign|bring|reach|write)|youll (?:still |also )?need to|in person|stop by|drop by|drop in|visit (?:them|her|him|their|the)|(?:call|phone|email|e mail|contact) (?:them|her|him)|their office|her office|his office|still need to)\b/;
/**
 * (v45 K7) The clause after the party's "may know / can help" (`after`) has no other clause ("and", ";"), the next sentence of `m`
 * passes the question on to them (`PASS_ON_NEXT_K7`), and no later sentence of `m` still sends the patron to anyone.
 */
function passOnNextK7(m: Msg, x: Sentence, after: string): boolean {
  if (after.includes(' and ') || after.includes(';')) return false;
  const next = m.sentences[x.k + 1];
  if (next === undefined || !PASS_ON_NEXT_K7.test(next.n)) return false;
  return !stillSentAfterK7(m, x.k + 1);
}
/** (v45 K7) A sentence of `m` after sentence `k` still sends the patron to someone (`STILL_SENT_K7`). */
function stillSentAfterK7(m: Msg, k: number): boolean {
  for (let j = k + 1; j < m.sentences.length; j++) if (STILL_SENT_K7.test(m.sentences[j]!.n)) return true;
  return false;
}
/** (v13 N8, `serviceLibraryN8`) A service named "Ask the Music Library", "Ask a Law Librarian": the object, then a break or "here". */
const SERVICE_LIBRARY_N8 = /^(?:a|an|the|your) (?:[a-z&-]+ ){0,3}(?:librarian|library|archivist|archives)(?:\s*(?:[,.!:;]|-|$)| (?:here|chat|service|team|desk)\b)/;
/**
 * (v15 O4) In the raw sentence, "Ask" and an acronym in capitals closed by punctuation or "here": "Ask RPL,", "Ask NYPL
 * here", "Ask SFPL -" (not "Ask DMV staff", "Ask the DMV").
 */
const SERVICE_ACRONYM_O4 = /(?:^|[^\p{L}])[Aa]sk[ \t]+\p{Lu}{2,6}(?:[ \t]*(?:[,!:;]|\.(?!\p{L})|[-\u2013\u2014](?=[ \t]|$)|$)|[ \t]+here\b)/u;
/** (v13 N8) Nothing before "ask" in the sentence but a greeting ("Hi!", "Welcome to"). */
/**
 * (v19 SM) "Ask Sac here", "Ask Colorado here", "Ask Tulsa City-County Library, this is Dee", "Ask Evansville Library, Mo
 * here": a service's name of capitalised words, then "here" or the provider's introduction.
 * (v19 S7, within `serviceHereSM`) "here" not followed by a place or a clause ("Ask Legal Aid here in town, they do free
 * consults"), and "this is" / "I'm" only before a capitalised name ("Ask Mr Okafor, I'm sure he still has spots" refers).
 */
/** (v19 S7) What may not follow "here" in the service's name: a place or a clause ("Ask Legal Aid here in town, they…"). */
const NOT_PLACE_AFTER = String.raw`(?![ \t]+(?:in|at|on|near|by|around|downtown|locally|for|too|also|and|they|who|can|will|do|does|is|are)\b)`;
const SERVICE_HERE_SM = new RegExp(
  String.raw`(?:^|[^\p{L}])[Aa]sk[ \t]+(?:\p{Lu}[\p{L}'\u2019&-]*[ \t]+){0,4}\p{Lu}[\p{L}'\u2019&-]*(?:[ \t]+here\b${NOT_PLACE_AFTER}|[ \t]*[,:\u2013\u2014-][ \t]*(?:(?:[Tt]his is|I'?m|I\u2019m|I am)(?=[ \t]+\p{Lu})|\p{Lu}\p{Ll}*[ \t]+here\b${NOT_PLACE_AFTER}))`,
  'u',
);
/** (v19 SM) A call verb, and a phone number given as its alternative object ("…, o al 1-800-935-9935", "… or 410-555-0100"). */
const CALL_ALT_SM = /^(?:call|llam|marc|phone|ring)/;
/** (v19 S7, within `altContactSM`) not the library's own number ("…, or 555-201-0100 here at the library", "o al … de la biblioteca"). */
const ALT_CONTACT_SM = /^[^;.!?]{0,80}?,? (?:o|or) (?:al |at |on )?(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)(?! ?\(?(?:here|(?:at|in) (?:the|our|this) (?:library|branch|desk|front desk|circulation desk)|(?:de|en) (?:la|nuestra|esta) (?:biblioteca|sucursal)|aqui|our|the library|la biblioteca|nuestro)\b)/;
/**
 * (v29 D1, `serviceNameAtD1`) In the raw sentence, "Ask" and a capitalised name (with "text / chat / SMS" after it), then a
 * capitalised first name "@ / at / from" a capitalised place: "Ask Lib text, Cam @ Sacramento Public Library", "Ask Tulsa
 * chat - Dee at Tulsa City-County Library" (not "Ask Legal Aid, they're at …", "Ask Dr. Lee at the clinic").
 */
const SERVICE_NAME_AT_D1 =
  /(?:^|[^\p{L}])[Aa]sk[ \t]+(?:\p{Lu}[\p{L}'\u2019&-]*[ \t]+){0,3}\p{Lu}[\p{L}'\u2019&-]*(?:[ \t]+(?:[Tt]ext|[Tt]xt|[Cc]hat|SMS))?[ \t]*[,:\u2013\u2014-][ \t]*\p{Lu}\p{Ll}{1,15}[ \t]*(?:@|at|from)[ \t]+\p{Lu}/u;
const SERVICE_LEAD_N8 = /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|welcome to|thanks for (?:contacting|using|reaching out to))[ ,!.:-]*)?$/;
/**
 * (v63 AC3, `serviceLeadThereAC3`) N8's greeting with "there / all / everyone / folks / again" after it, and "howdy", "greetings",
 * "good day": "Hey there! Ask MI Librarian, this is Drew at Capital Area District Library." (v19 SM's service before the
 * introduction, "Hey there!" its own sentence before it).
 */
const SERVICE_LEAD_AC3 = /^(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|welcome to|thanks for (?:contacting|using|reaching out to))(?: (?:there|all|everyone|everybody|folks|again))?[ ,!.:-]*)?$/;
/**
 * (v43 I2, `serviceNameAtI2`) In the raw sentence, a service named "Ask" with an article and a capitalised library, librarian,
 * archive or expert, then "at / @ / from / with / for" its library in capitalised words that end the clause (a comma and no
 * "they / who …" after it, or "here"): "Ask the Library at Westfield Memorial Library, this is Irene", "Ask Your Library at
 * Sample County here", "Ask the Experts at Sample College, Jo speaking" (not "ask the library at your school", "Ask the
 * Archivist at the County Historical Society for the deed", "Ask the Experts at the Extension Office, they know soil").
 */
const SERVICE_NAME_AT_I2 =
  /(?:^|[^\p{L}])Ask[ \t]+(?:[Tt]he|[Aa]n?|[Yy]our|[Oo]ur)[ \t]+(?:\p{Lu}[\p{L}'\u2019&-]*[ \t]+){0,2}(?:Librarians?|Library|Libraries|Archivists?|Archives|Experts?|Specialists?)[ \t]+(?:at|@|from|with|for)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'\u2019&.-]*[ \t]+){0,5}\p{Lu}[\p{L}'\u2019&.-]*(?:[ \t]*(?:[,!:;\u2013\u2014]|-[ \t]|\.(?![\p{L}\d])|$)(?![ \t]*(?:they|who|which|she|he|where)\b)|[ \t]+here\b)/u;
/** (v43 I2) v11's other verbs of a service's name, capitalised with "Librarian": "Text a Librarian", "Chat with a Librarian". */
const SERVICE_VERB_NAME_I2 = /(?:^|[^\p{L}])(?:Text|Txt|TXT|Email|E-mail|Call|Chat with|Chat|Message|Phone)[ \t]+(?:[Aa]|[Tt]he|[Yy]our)[ \t]+Librarians?(?![\p{L}])/u;
/** (v10 Y, `serviceNameAtY`) "Ask a Librarian at Loyola…", "ask a librarian @ the State Library": the service and its library. */
const SERVICE_NAME_AT_Y = /^(?:a|the) librarian (?:at|@|from|with|for) /;
/**
 * (v10 Z2, `serviceMediumZ2`) "Ask a Librarian text service at…", "Ask a Librarian SMS line", "Ask a Librarian live
 * chat team", "Ask a Librarian 24/7 service": the service's name, one or two medium words, then a service noun (the
 * noun is required: "ask a librarian online at your school" names no service).
 */
const SERVICE_MEDIUM_Z2 = /^(?:a|the) librarian (?:(?:text|texting|txt|sms|mobile|live|chat|online|virtual|web|email|e mail|24 ?\/ ?7|24x7|after hours|reference) ){1,2}(?:service|services|line|team|desk|program|chat)\b/;
/**
 * (v11 K4, `serviceVerbNameK4`) Other verbs of a service's name: "Text a Librarian", "Chat with a Librarian", "Email a
 * Librarian", "Call a Librarian" (the verb as the referral family finds it; its object then read as Y's and Z2's are).
 */
const SERVICE_VERB_K4 = /^(?:text|txt|email|e mail|call|chat with|chat|message|phone)$/;
/** (v10 Y) `m` is one of the provider's first two visible messages (where the greeting and introduction are). */
function openingMessage(s: Session, m: Msg): boolean {
  return providerMessagesBefore(s, m, 2) < 2;
}

/** (v11 K8) A service line after "al", "at" or "on": "llame al 2-1-1", "call at 311". */
const SERVICE_LINE_AT_K8 = /^(?:al|at|on) (?:[2-8]-?1-?1|988)\b(?![\d-])/;
/** (v12 L2, `textShortCodeL2`) A keyword and a short code to text: "text HOME to 741741", "txt TEEN to 839863". */
const SHORT_CODE_L2 = /^(?:[a-z]{2,12} )?to \d{5,6}(?![\d-])/;
/** (v12 L2, `elidedObjectL2`) A verb of calling with its object left out: "call or text anytime", "call 24/7", "text any time.". */
const ELIDED_L2 = /^(?:(?:or|and) (?:call|text|chat|txt) )?(?:anytime|any time|24 ?\/ ?7|day or night|night or day|now|right now|right away|today|tonight)?\s*(?:[.,;!]|$)/;
/** (v12 L2) The line named before the verb: a crisis or service number as the subject ("988 is there…"), or a phone. */
const LINE_BEFORE_L2 = /(?:^|[^\d.-])(?:988|[2-8]-?1-?1)(?: (?:is|are|line|lifeline)\b)|(?:^|[^\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/;
/** (v12 L2, `hopeCanHelpL2`) A wish about a party already named: "I hope they can help", "hopefully she can". */
const HOPE_L2 = /\b(?:hope|hopefully|lets hope)(?: that)? (?:they|he|she|theyll|one of them)\s*$/;
/** (v11 K8) A toll-free number in letters: "1-800-MEDICARE", "1 888 GOT MILK" (not a web address: "1-800-flowers.com"). */
const VANITY_K8 = /^(?:(?:at|on|al) )?1[ .-]?8(?:00|88|77|66|55|44|33)[ .-]?[a-z]{3,10}(?:[ .-][a-z]{1,6})?\b(?!\.[a-z]|@)/;
/** (v16 P5, `tagQuestionP5`) A tag closing an imperative, after a comma: "…, okay?", "…, ok?", "…, alright?". */
const TAG_Q_P5 = /, ?(?:okay|ok|alright|all right)[ ?!.]*$/;
/** (v11 K8) A suggestion as a question: "have you tried calling…", "have you thought about contacting…", "why not call…". */
/** (v11 K8) The opening of a suggestion put as a question (SUGGEST_Q_K8's, and alone SUGGEST_LEAD_K8). */
const SUGGEST_OPENING_K8 = String.raw`(?:(?:and|or|also|so|but|oh|hmm|ok|okay),? )*(?:have (?:you|u) (?:tried|thought about|considered|thought of)|did (?:you|u) try|why not|maybe try|what about|how about)`;
const SUGGEST_Q_K8 = new RegExp(`^${SUGGEST_OPENING_K8}` + String.raw` (?:calling|contacting|emailing|e mailing|asking|visiting|talking to|talking with|speaking to|speaking with|reaching out to|getting in touch with|writing to|phoning|texting|call|contact|email|ask|visit|talk to|reach out to)\b`);
const SUGGEST_LEAD_K8 = new RegExp(`^${SUGGEST_OPENING_K8}$`);
/** (v11 K8) The patron asks whom to get in touch with: "who do i call about that?", "who should I contact", "a quien llamo". */
const ASKS_WHO_K8 =
  /\b(?:who|whom|which office|which department|what office|what department|what agency|which agency) (?:do|should|can|could|would|must|am) (?:i|we) (?:supposed to |need to |have to )?(?:call|contact|talk to|talk with|speak to|speak with|ask|write to|email|reach out to|see|go to|get in touch with)\b|\ba quien (?:llamo|le (?:llamo|pregunto|escribo)|contacto|debo (?:llamar|contactar|preguntar|escribir)|puedo (?:llamar|contactar|preguntar))\b/;
/** (v11 K8) The provider speaks of acting themselves ("I'll ask our archivist", "let me check with…"). */
const SELF_ACTS_K8 = /\b(?:i|we|ill|well|id|im|ive|let me|let us|lemme)\b/;
/**
 * (v11 K8, `answerWhoK8`) `m` is the provider's first message after a patron message that asks whom to get in touch with,
 * and its first sentence names a party (not the provider acting, not a question): it tells the patron whom to call.
 */
function answersWho(s: Session, m: Msg): boolean {
  if (m.pos <= 0) return false;
  const prev = s.vis[m.pos - 1]!;
  if (prev.role !== 'patron' || !ASKS_WHO_K8.test(prev.n)) return false;
  // the first sentence after the greeting and the provider's introduction ("Hi, Jo at Sample County Library.")
  const self = selfIdentifies(s, m);
  const x = m.sentences.find((y) => y.k !== self && !m.sHas(y, F.greeting));
  if (!x || x.q || SELF_ACTS_K8.test(x.n)) return false;
  // (v19 SM, `negatedWhoSM`) "No, …, so don't call the number on the back of your EBT card for this; it's a library fine":
  // the answer is not to call anyone (a party the sentence may still name, "call the clerk instead", is a referral of its own)
  if (s.rubric.negatedWhoSM === true) {
    // (v19 S7) not when a later clause names the party that handles it instead ("You don't need to call the state, the City
    // Streets Division handles potholes"): the answer is that party
    const neg = NEGATED_CONTACT_SM.exec(x.n);
    if (neg !== null) {
      const rest = x.n.slice(neg.index + neg[0].length);
      if (!partyOpensClause(s, rest, NEGATED_THEN_S7) && !(s.rubric.negatedThenVerbT6 === true && partyOpensClause(s, rest, NEGATED_THEN_VERB_T6))) return false;
    }
  }
  return s.P.referralParty.test(withoutAddresses(x.n));
}
/** (v19 S7, within `negatedWhoSM`) A clause after the negated call that opens with a party: ", the City Streets Division handles…". */
const NEGATED_THEN_S7 = /[;,:] ?(?:(?:but|instead|rather|so) )?(?:the|your|their|a|an) /;
/** (v20 T6, within `negatedWhoSM`) A later clause that sends the patron to a party another way: "; walk over to the Registrar's office". */
const NEGATED_THEN_VERB_T6 =
  /[;,:] ?(?:(?:but|instead|rather|so|just) )?(?:email|e mail|write to|text|contact|visit|go to|go over to|stop by|walk over to|walk to|head to|head over to|ask|see|call|phone) /;
/**
 * A clause of `rest` that `lead` opens names a party within its first five words ("…, the county Highway Department picks
 * up…", "…; walk over to the Registrar's office in …"; not "…; it's a library fine").
 */
function partyOpensClause(s: Session, rest: string, lead: RegExp): boolean {
  const t = lead.exec(rest);
  if (t === null) return false;
  const tail = withoutAddresses(rest.slice(t.index + t[0].length));
  const p = firstNamedParty(s, tail);
  return p !== null && tail.slice(0, p.index).split(' ').length <= 5;
}
/** (v19 SM) Telling the patron not to contact someone: "don't call the number on …", "no need to contact them". */
const NEGATED_CONTACT_SM =
  /\b(?:dont|do not|never|no need to|theres no need to)(?: (?:need|have) to)? (?:call|contact|phone|ring|email|e mail|text|visit|go to|ask|bother (?:calling|contacting|with)|llame|llamar)\b/;

/**
 * (v25 Z6, `haveCallZ6`) "Have your client call Maryland Legal Aid at …." opens like a question ("have you …?") but tells the
 * patron to have the person they ask for contact someone; a sentence ending in "?" stays a question ("Have your client
 * called Legal Aid yet?").
 */
const HAVE_CALL_Z6 =
  /^(?:(?:and|also|then|so|please|just|maybe|or),? )*have (?:your|the|her|his|their) (?:client|clients|family|neighbou?r|friend|mom|mum|mother|dad|father|son|daughter|husband|wife|grandma|grandpa|grandmother|grandfather|patron|student|students) (?:call|contact|phone|ring|email|e mail|write to|visit|stop by|reach out to|get in touch with|speak (?:with|to)|talk (?:with|to)|ask|check with)\b[^?]*$/;
/**
 * (v52 R2, `haveCallR2`) Z6's "Have your client call …" with a parenthesis, an aside between commas or another step before the verb:
 * "Have your mother (or you, with her on the line) call 1-800-MEDICARE …", "Have your daughter, with you beside her, call …", "Have
 * your dad hang up and call …" (not a sentence ending in "?").
 */
const HAVE_CALL_R2 = new RegExp(
  String.raw`^(?:(?:and|also|then|so|please|just|maybe|or),? )*have (?:your|ur|the|her|his|their) (?:${RELATIVES_R2})(?: \([^()]{1,80}\) |, [^,()]{1,60}, | (?:[a-z]+ ){1,3}and (?:then )?)(?:call|contact|phone|ring|email|e mail|write to|visit|stop by|reach out to|get in touch with|speak (?:with|to)|talk (?:with|to)|ask|check with)\b[^?]*$`,
);

/** (v53 S4, `dashAsideS4`) R2's reading with the aside between dashes: "Have your sister -- with her ID ready -- call …". */
const HAVE_CALL_S4 = new RegExp(retext(HAVE_CALL_R2.source, String.raw`|, [^,()]{1,60}, |`, String.raw`|, [^,()]{1,60}, | -{1,2} [^()-]{1,60} -{1,2} |`));

/** Index of the first sentence of `m` that refers the patron to someone outside the chat, -1 if none. */
export function referralSentence(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const hit = m.memo.referral;
  if (hit !== UNSET) return hit;
  let found = -1;
  if (m.has(F.referralVerb) || m.has(F.referralCanHelp) || m.has(F.referralOnesToAsk)) {
    for (const x of m.sentences) {
      if (isReferral(s, m, x)) {
        found = x.k;
        break;
      }
    }
  }
  // (v11 K8, `answerWhoK8`) "who do i call about that?" answered "The Department of Revenue, …: 717-787-8201."
  if (found < 0 && s.rubric.answerWhoK8 === true && answersWho(s, m)) found = 0;
  // (v31 I2, `visitAddressI2`) "Come to the free legal clinic at our Central Library, 2nd floor, 400 Cathedral St"
  // (the verb's words tested first: contacts are not otherwise read for every provider message)
  if (found < 0 && s.rubric.visitAddressI2 === true && visitWordI2(m.n) && contacts(s, m).address) found = visitAddressI2(s, m);
  // (v31 I2, `bookByPhoneI2`) "Carroll Transit's rides run Fridays; book a day ahead at 410-363-0622"
  if (found < 0 && s.rubric.bookByPhoneI2 === true && bookWordI2(m.n) && contacts(s, m).phone) found = bookByPhoneI2(s, m);
  // (v31 K4, `bookStaffK4`) "you can book a free job-help appointment with our career staff at hclibrary.org/jobhelp"
  if (found < 0 && s.rubric.bookStaffK4 === true && m.n.includes(' with ') && bookWordK4(m.n) && hasContactK4(contacts(s, m))) found = bookStaffK4(s, m);
  m.memo.referral = found;
  return found;
}

/** (v31 I2, `visitAddressI2`) A word `VISIT_I2` needs ("come", "walk", "pop", "drop", "stop"), as a substring: a cheap first test. */
const visitWordI2 = (n: string): boolean => n.includes('come') || n.includes('walk') || n.includes('pop') || n.includes('drop') || n.includes('stop');
/** (v31 I2, `bookByPhoneI2`) A word `BOOK_BY_PHONE_I2` needs, as a substring: a cheap first test. */
const bookWordI2 = (n: string): boolean => n.includes('book') || n.includes('reserve') || n.includes('schedule') || n.includes('register') || n.includes('sign up');
/** (v31 K4, `bookStaffK4`) A word `BOOK_STAFF_K4` needs, as a substring: a cheap first test. */
const bookWordK4 = (n: string): boolean => n.includes('book') || n.includes('schedule') || n.includes('make') || n.includes('set up') || n.includes('request') || n.includes('reserve');
/** (v31 K4, `bookStaffK4`) A message with a URL, phone or e-mail: only there can a booking page or number follow. */
const hasContactK4 = (c: Contacts): boolean => c.url || c.phone || c.email;

/** (v9 T) Sentence `x` of `m` refers the patron to someone outside the chat (facts.ts: its contact is the party's). */
export function refersPatron(s: Session, m: Msg, x: Sentence): boolean {
  if (m.role !== 'provider' || !(m.has(F.referralVerb) || m.has(F.referralCanHelp) || m.has(F.referralOnesToAsk))) return false;
  return isReferral(s, m, x);
}

/**
 * (v27 B7, `boundedBeforeB7`) How much of the sentence before a referral verb (or "… can help") `isReferral` reads for its
 * lead-ins, actors and parties: the tests ran over the whole sentence before it once for each verb, quadratic in a long
 * sentence with many verbs.
 */
const BEFORE_MAX_B7 = 400;
/**
 * (v8 K) Whether sentence `x` is a referral; with `verbs`, every referring verb's position in the sentence is
 * collected there (the verbs that pass the tests below) instead of stopping at the first.
 */
function isReferral(s: Session, m: Msg, x: Sentence, verbs?: number[]): boolean {
  const P = s.P;
  const n = x.n;
  /** the sentence as written, for the tests that read capitals (K1's, K9's and M2's named objects) */
  const raw = m.rawSentences[x.k] ?? '';
  // The tests on the whole sentence as written give one answer per sentence: each runs once, not once per verb (a long
  // sentence with a verb every few words made them quadratic). Same answers for every rubric.
  let rawHits: Map<RegExp, boolean> | undefined;
  const onRaw = (re: RegExp): boolean => {
    rawHits ??= new Map();
    let hit = rawHits.get(re);
    if (hit === undefined) rawHits.set(re, (hit = re.test(raw)));
    return hit;
  };
  // (v11 K8, `suggestQuestionK8`) "Have you tried calling your insurance company?": a suggestion, not a question
  const suggestQ = x.q && s.rubric.suggestQuestionK8 === true && SUGGEST_Q_K8.test(n);
  // (v16 P5, `tagQuestionP5`) "Reach out to a crisis line tonight, okay?": an imperative with a tag, no question
  // (v52 R2, v53 S4) the widest "Have your client, …, call …" the rubric reads (S4's contains R2's)
  const haveCall = s.rubric.dashAsideS4 === true ? HAVE_CALL_S4 : s.rubric.haveCallR2 === true ? HAVE_CALL_R2 : null;
  if (x.q && !suggestQ && !(s.rubric.tagQuestionP5 === true && TAG_Q_P5.test(n)) && !(s.rubric.haveCallZ6 === true && HAVE_CALL_Z6.test(n)) && !(haveCall !== null && haveCall.test(n))) return false;
  // (v13 N7, `colleagueClauseN7`) "…and my colleague can help with the test, or call the reference desk at …": only
  // the clauses after the colleague's may still refer
  let from = 0;
  const notice = m.sHas(x, F.transferNotice);
  const t = notice && (s.rubric.partyConnectsNM === true || s.rubric.colleagueClauseN7 === true) ? m.execFrom(x, F.transferNotice, 0) : null;
  if (notice && !(s.rubric.partyConnectsNM === true && t !== null && partyConnectsNM(x, t))) {
    if (s.rubric.colleagueClauseN7 !== true || t === null) return false;
    const rest = n.slice(t.index + t[0].length).search(CLAUSE_BREAK_N7);
    if (rest < 0) return false;
    from = t.index + t[0].length + rest;
  }
  // (v52 R19, `colleagueTransferR19`) "Our colleague Omar at the … Center can answer this best. I'm transferring you to him now": the
  // transfer's colleague (announced in the next sentence or the one after), no referral
  // (v57 W13, `librarianTransferW13`) "Our law librarian June can give you the exact statute. One moment while I transfer you to her."
  // (a desk or a library the chat goes to is not such a librarian: `toColleagueR19`'s `desks`)
  const r19 = s.rubric.colleagueTransferR19 === true;
  const colleagueR19 = r19 ? COLLEAGUE_R19.exec(n) : null;
  const colleague = colleagueR19 ?? (r19 && s.rubric.librarianTransferW13 === true ? LIBRARIAN_W13.exec(n) : null);
  if (colleague !== null && m.sentences.some((y) => (y.k === x.k + 1 || y.k === x.k + 2) && m.sHas(y, F.transferNotice) && toColleagueR19(colleague[1], y.n, colleagueR19 !== null))) return false;
  if (from === 0 && m.sHas(x, F.referralOnesToAsk)) return true;
  // "Call their reference desk", "you can reach them at", "it's worth asking them".
  const byContact = s.rubric.referralByContact === true;
  let v: RegExpExecArray | null;
  let after = 0;
  while ((v = m.execFrom(x, F.referralVerb, after)) !== null) {
    after = v.index + v[0].length;
    const at = v.index;
    if (at < from) continue;
    // (v62 AB9, `hyphenVerbAB9`) "ask-a-librarian", "a call-in show": a verb joined by a hyphen to the next word is none
    // (a hyphen as written: "Visit—or call—the Lakeview Historical Society" has dashes, "-" once normalised)
    if (s.rubric.hyphenVerbAB9 === true && n.charCodeAt(at + v[0].length) === 45 /* - */ && hyphenAfterAB9(raw, v[0])) continue;
    // (v68 AH20, `termDefinedAH20`) "Dropping in means catching a wave when …": the verb is a term being explained, no one to visit
    if (s.rubric.termDefinedAH20 === true && TERM_DEFINED_AH20.test(n.slice(at + v[0].length, at + v[0].length + 24))) continue;
    // (v27 B7, `boundedBeforeB7`) what stands before the verb is read in its last BEFORE_MAX_B7 characters
    const head = s.rubric.boundedBeforeB7 === true && at > BEFORE_MAX_B7 ? at - BEFORE_MAX_B7 : 0;
    // (v68 AH4, `kinThemAH4`) "take it to them at 14 Maple Drive" after the patron's "my grandparents … live at 14 Maple Drive":
    // the patron's own people
    if (s.rubric.kinThemAH4 === true && TAKE_TO_AH4.test(v[0]) && n.startsWith('them at ', at + v[0].length + 1) && kinThemAH4(s, m, x, n.slice(head, at), n.slice(at + v[0].length + 9))) continue;
    const object0 = n.slice(at + v[0].length, at + v[0].length + OBJECT_CHARS).trimStart();
    // (v62 AB3, `initialismsAB3`) "ask the U.S. Lighthouse Society": the object's two-letter initialisms read as one word ("the us
    // lighthouse society"), so that no clause ends at their dots and the object's tests read the name past them
    const object = s.rubric.initialismsAB3 === true && object0.includes('.') ? object0.replace(INITIALISM_AB3, '$1$2') : object0;
    // (v62 AB13, `ifYouVerbAB13`) "If you call the U.S. Embassy, have your passport number ready.": a condition with no way to
    // reach the party in its clause, no referral ["… will search it for you if you call 301-777-1200", "If you e-mail our Outreach
    // office at outreach@…, they will contact you" still refer]
    if (s.rubric.ifYouVerbAB13 === true && at >= 7 && IF_YOU_AB13.test(n.slice(Math.max(0, at - 24), at)) && !hasReachableContact(contactsIn(s, ifClauseAB13(object)))) continue;
    // (v63 AC10, `kinPronounAC10`) "Ask her permission on the recording itself", "call him on speaker": the patron's own kin, named
    // by the patron ("my aunt in Ghana"), no party outside the chat
    if (s.rubric.kinPronounAC10 === true && KIN_OBJECT_AC10.test(object) && kinPronounAC10(s, m, x, object.startsWith('her') ? 'her' : 'him', n.slice(head, at), raw)) continue;
    // (v63 AC13, `relativeReachAC13`) "… are in NewsBank's "America's News", which you can reach with that card at kcpls.org": what
    // is reached is the clause's antecedent, no party unless it names one
    if (s.rubric.relativeReachAC13 === true && REL_YOU_AC13.test(n.slice(head, at)) && !P.referralParty.test(antecedentAC13(n.slice(head, at)))) continue;
    // (v5) "email researchhelp@linwood.edu": an address, not a web page to use
    // (v10 Y) "dial 3-1-1 and ask for the recorder", "call 211": an N-1-1 line is a number to call
    const contactObject =
      byContact &&
      (contactFirst(object) ||
        (s.rubric.serviceLineY === true && SERVICE_LINE_Y.test(object)) ||
        // (v11 K8, `contactObjectK8`) "llame al 2-1-1", "call 1-800-MEDICARE"
        (s.rubric.contactObjectK8 === true && (SERVICE_LINE_AT_K8.test(object) || VANITY_K8.test(object))) ||
        // (v61 AA7, `esToContactAA7`) "Escríbales a collections@…", "Escríbale al correo …": a Spanish verb with its object pronoun
        (s.rubric.esToContactAA7 === true && ES_CLITIC_AA7.test(v[0]) && ES_TO_AA7.test(object) && contactFirst(object.replace(ES_TO_AA7, ''))) ||
        // (v12 L2) "text HOME to 741741"; "988 is there if you need it, call or text anytime"
        (s.rubric.textShortCodeL2 === true && (v[0] === 'text' || v[0] === 'txt') && SHORT_CODE_L2.test(object)) ||
        (s.rubric.elidedObjectL2 === true && ELIDED_L2.test(object) && LINE_BEFORE_L2.test(n.slice(head, at))) ||
        // (v19 SM, `altContactSM`) "Llame al número que está atrás de su tarjeta, o al 1-800-935-9935 de Chase"
        (s.rubric.altContactSM === true && CALL_ALT_SM.test(v[0]) && ALT_CONTACT_SM.test(n.slice(at + v[0].length))) ||
        // (v29 D2, `numberToCallD2`) "Then 301-600-1544 is the number to call: that's Frederick County Animal Control"
        (s.rubric.numberToCallD2 === true && CALL_ALT_SM.test(v[0]) && at > 0 && n.charCodeAt(at - 2) === 111 /* o */ && numberToCallD2(s, n.slice(Math.max(head, at - 80), at).trimEnd())) ||
        // (v23 X1, `visitAddressX1`) "DC Health Vital Records issues them: …, or visit 899 North Capitol St NE": the street
        // address visited is the party's named before the verb
        (s.rubric.visitAddressX1 === true && v[0] === 'visit' && VISIT_ADDRESS_X1.test(object) && contactsIn(s, object).address && P.referralParty.test(n.slice(head, at)) &&
          // (v23 X10, `visitSightX10`) "visit 101 e main st to read the inscription": a thing seen there, no party visited
          !(s.rubric.visitSightX10 === true && SIGHT_X10.test(object))) ||
        // (v68 AH16, `writeItAtAH16`) "The International Tennis Hall of Fame keeps … in its library; you can write to or visit it
        // at 194 Bellevue Avenue, …": the street address written to is the party's named before the verb
        (s.rubric.writeItAtAH16 === true && v[0] === 'write to' && WRITE_IT_AT_AH16.test(object) && contactsIn(s, object).address && P.referralParty.test(n.slice(head, at))));
    // (v15 O2, `bookAtPartyO2`) "The Math Tutoring Center does free tutoring: book a session at tutoring.mccneb.edu": the
    // scheduling page books the party named before the verb
    // (v17 Q3, `phoneLabelQ3`) "…Clinic, 1101 E 37th St, Hibbing, phone 218-263-9698": a label after a street address
    if (s.rubric.phoneLabelQ3 === true && contactObject && v[0] === 'phone' && PHONE_LABEL_Q3.test(n.slice(head, at)) && contactsIn(s, n.slice(head, at)).address) continue;
    // (v18 RM, `byTextRM`) "you can get the code by text: support.indeed.com > …": a means of getting something, no number to text
    if (s.rubric.byTextRM === true && (v[0] === 'text' || v[0] === 'txt') && at >= 3 && n.startsWith('by ', at - 3) && !contactsIn(s, object).phone) continue;
    // (v23 X2, `preteriteEsX2`) "llamé a la oficina de vivienda esta mañana": the provider's own call, no imperative
    if (s.rubric.preteriteEsX2 === true && PRETERITE_ES_X2.test(v[0]) && preteriteEsX2(raw, v[0])) continue;
    // (v67 AG9, AG10) not AG's own calls and visits after a tip's or an example's lead-in: "One tip from it: come to one of their
    // school science shows, kids notice who shows up.", "Por ejemplo: llame antes de ir, así sabe si su abuela …"
    const agBack = agBackOnly(s, v[0], object);
    if (agBack && EXAMPLE_LEAD_AG.test(earlierText(m, x) + n.slice(head, at))) continue;
    const bookAt = booksAtPage(s, v[0], object, n, at, x.k > 0 ? m.sentences[x.k - 1] : undefined);
    // (v63 AC2, `worthVisitAC2`) a visit or a call worth making, its party named (read once: the party's test and the lead-in's)
    const worth = s.rubric.worthVisitAC2 === true && (v[0] === 'visit' || v[0] === 'call') && worthAC2(P, n.slice(head, at), object, s.rubric.worthAddressAL2 === true, s.rubric.worthPronounAN4 === true);
    // (v72 AL1, `usNameAL1`) "contact US Sailing's education department": a body's name, not the library
    if ((US_ME.test(object) && !(s.rubric.usNameAL1 === true && object.startsWith('us ') && onRaw(US_NAME_AL1) && !onRaw(US_LOWER_AL1))) || (!contactObject && !bookAt && P.referralNotParty.test(object))) continue;
    // (v46 L4, `nounNotVerbL4`) "delete the email and open Amazon yourself": a noun after an article or possessive, no verb
    if (s.rubric.nounNotVerbL4 === true && NOUN_VERB_L4.test(v[0]) && NOUN_BEFORE_L4.test(n.slice(head, at)) && NOUN_NEXT_L4.test(object)) continue;
    // (v17 Q4, `contactsPatronQ4`) "…and text you by Friday": the patron is the one contacted
    if (s.rubric.contactsPatronQ4 === true && object.charCodeAt(0) === 121 /* y */ && CONTACTS_PATRON_Q4.test(object)) continue;
    // (v11 K6) "…your library, the Berkshire Athenaeum, to pull the pages and email them to you": sent to the patron
    if (s.rubric.toPatronK6 === true && TO_PATRON_K6.test(object)) continue;
    // (v50 P15, `toYourselfP15`) "E-mail them to yourself and save them to Drive": sent to the patron's own address, no party
    // after it in the clause ("email it to urself then call the county clerk", "to your account manager", "to yourself and to the
    // HR office" still refer)
    if (s.rubric.toYourselfP15 === true && toSelfP15(P, object)) continue;
    const objectClause = clauseOf(P, object);
    // (v9 S) "give Births, Deaths and Marriages Victoria a bell": whoever is given a call is the party
    const giveACall = s.rubric.giveACallPartyS === true && v[0] === 'give';
    // (v5) "The IT Service Desk can reset that: call 555-318-7000": the object is the party's contact
    // (v15 O2, `partyNotInAddressO2`) "Go to CINAHL Complete (library.pima.edu/databases)": a word of an address is no party
    const partyClause0 = s.rubric.partyNotInAddressO2 === true && (object.includes('.') || object.includes('@')) ? clauseOf(P, withoutAddresses(object)) : objectClause;
    // (v54 T5, `relativeCutT5`) "ask about the Medicare Savings Programs, which can pay her Part B premium": not a relative clause's party
    const partyClause = s.rubric.relativeCutT5 === true ? partyClause0.replace(RELATIVE_T5, '') : partyClause0;
    if (
      !giveACall &&
      !P.referralParty.test(partyClause) &&
      !bookAt &&
      !(contactObject && (s.rubric.contactObjectAloneT === true || P.referralParty.test(n.slice(head, at)))) &&
      // (v6) "please call Maryland Legal Aid at 1-888-…": a name, then how to reach it
      // (v71 AK6, `oneAtAK6`) "…, or stop by the one at Smithsburg": another party of the kind named before the verb
      !(s.rubric.oneAtAK6 === true && ONE_AT_OBJECT_AK6.test(object) && P.referralParty.test(n.slice(head, at))) &&
      !(s.rubric.referralNamedAtContact === true && (namedAtContact(object, s.rubric.glossNameAH3 === true ? NAMED_AT_AH3 : NAMED_AT) || (s.rubric.appositiveAtAK2 === true && namedAtContact(object, NAMED_AT_AK2)) || (s.rubric.namedAtAddressAK7 === true && VISIT_VERB_AK7.test(v[0]) && NAMED_AT_ADDRESS_AK7.test(object) && contactsIn(s, object).address) || (s.rubric.localNumberF2 === true && namedAtLocalF2(object, v[0])) || (s.rubric.namedAtPhoneH1 === true && namedAtPhoneH1(s, object, v[0])))) &&
      // (v9 N) "comuníquese con CASA de Maryland en wearecasa.org/…": a name, then its web address
      !(s.rubric.oddContactsN === true && CONTACT_VERB_N.test(v[0]) && namedAtUrl(object)) &&
      // (v9 N) "Contact the Register of Wills in Towson": what one is told to contact is a party, whatever its name
      !(s.rubric.contactObjectPartyN === true && GET_IN_TOUCH_N.test(v[0]) && NAMED_OBJECT_N.test(objectClause)) &&
      // (v11 K1) "You can also contact Catholic Charities for a free legal review": a capitalised name after the verb
      !(s.rubric.namedObjectK1 === true && GET_IN_TOUCH_N.test(v[0]) && onRaw(CAPITAL_OBJECT_K1)) &&
      // (v55 U20, `fileNamedU20`) "File your claim with Lufthansa on its form at lufthansa.com/…": what a paper is filed with, named
      !(s.rubric.fileNamedU20 === true && v[0].startsWith('fil') && onRaw(FILE_NAMED_U20)) &&
      // (v56 V12, `localAcronymV12`) "You could also ask the local FSDO whether they kept any file on it": a local office by its acronym
      !(s.rubric.localAcronymV12 === true && LOCAL_ACRONYM_VERB_V12.test(v[0]) && ACRONYM_OBJECT_V12.test(object) && onRaw(LOCAL_ACRONYM_V12) && !CONDITION_V12.test(n.slice(head, at))) &&
      // (v62 AB2, `askAcronymAB2`) "ask the FAA for permission before you fly": an agency by its acronym (V12's after "the local")
      !(s.rubric.askAcronymAB2 === true && ACRONYM_VERB_AB2.test(v[0]) && ACRONYM_OBJECT_AB2.test(object) && onRaw(ACRONYM_AB2) && !CONDITION_V12.test(n.slice(head, at))) &&
      // (v62 AB4, `visitNamedAddressAB4`) "visit Sandy Spring Friends Meeting, 17715 Meeting House Rd": a named place and its
      // address (not a sight: "visit Great Falls Overlook, 11710 MacArthur Blvd, in April to see the falls")
      !(s.rubric.visitNamedAddressAB4 === true && v[0] === 'visit' && namedNoSightAB4(raw) && contactsIn(s, object).address && !SIGHT_AB4.test(object)) &&
      // (v70 AJ3, `takeNamedAddressAJ3`) "you can take it to the Maryland Geological Survey, 2300 St. Paul Street, Baltimore"
      !(s.rubric.takeNamedAddressAJ3 === true && TAKE_VERB_AJ3.test(v[0]) && namedNoSightAB4(raw, TAKE_NAMED_AJ3) && contactsIn(s, object).address && !SIGHT_AB4.test(object)) &&
      // (v62 AB11, `esCliticBeforeAB11`) "El Centro … identifica muestras: mándeles fotos por correo": the party named before the
      // verb (not in a condition's clause: "si el museo le pide muestras, envíele fotos por correo")
      !(s.rubric.esCliticBeforeAB11 === true && ES_CLITIC_AB11.test(v[0]) && P.referralParty.test(withoutAddresses(n.slice(head, at)).replace(ES_IF_CLAUSE_AB11, ' '))) &&
      // (v63 AC2, `worthVisitAC2`) "Definitely worth a visit: Spiro Mounds Archaeological Center is open …": the party after the
      // colon, or the clause's subject before "is well worth a visit"
      !worth &&
      // (v63 AC8, `tryNamedAC8`) "Try Quilters Hideaway in Squirrel Hill, 412-555-0173": a named place and its phone
      !(s.rubric.tryNamedAC8 === true && v[0] === 'try' && onRaw(TRY_NAMED_AC8)) &&
      // (v13 N7) "call the Ohio SBDC at Ashford State, which advises …: (740) 555-0190": a named party and its phone
      !(s.rubric.callNamedN7 === true && CALL_VERB_N7.test(v[0]) && onRaw(CALL_NAMED_N7) && contactsIn(s, n.slice(at)).phone) &&
      // (v34 Y2, `llamarNamedY2`) "También puede llamar a CASA, que ayuda a inquilinos, al 301-431-4185": the same in Spanish
      // (Z1) not when the number is labelled as the library's own: "Puede llamar a CASA, que ayuda a inquilinos, y nosotros
      // seguimos al 301-555-0100, la línea de la biblioteca"
      !(s.rubric.llamarNamedY2 === true && LLAMAR_VERB_Y2.test(v[0]) && onRaw(LLAMAR_NAMED_Y2) && contactsIn(s, n.slice(at)).phone && !LLAMAR_OWN_Z1.test(n.slice(at))) &&
      // (v30 F1, `byMeansYouF1`) "… by ringing the ATO's publication ordering line on 1300 720 092": the same in -ing (the
      // clause must still open as one telling the patron what to do, below)
      // (G1) only in such a clause: "Last year you could order it by ringing the ATO on 1300 720 092, but that line has
      // closed", "Whoever told you that you can get it by ringing the ATO on 13 28 61 was wrong" tell no one to call
      !(s.rubric.byMeansYouF1 === true && (v[0] === 'calling' || v[0] === 'ringing' || v[0] === 'phoning') && byMeansClauseF1(n.slice(head, at), s.rubric.classYouV11 === true) && onRaw(CALLING_NAMED_F1) && contactsIn(s, n.slice(at)).phone) &&
      // (v12 M2) "book a session with the Writing Studio": the one a session is booked with is a party
      !(s.rubric.bookWithM2 === true && BOOK_VERB_M2.test(v[0]) && onRaw(BOOK_WITH_M2)) &&
      // (v15 O4) "book a free 45-minute resume review with a career coach at …": the helper booked with is the party
      !(s.rubric.bookRoleO4 === true && BOOK_ROLE_O4.test(object)) &&
      // (v31 K4, `callLineK4`) "call the unemployment claims line", "ring the Centrelink employment services line on 132 850"
      // (v32 L2, `callLineNarrowL2`) not "I'd call the summary line your pitch", "call the line under your name 'Summary'"
      !(s.rubric.callLineK4 === true && callLineK4(v[0], objectClause) && !(s.rubric.callLineNarrowL2 === true && namingLineL2(objectClause))) &&
      // (v65 AE5, `callLineEsAE5`) "llame a la línea de mascotas exóticas de la FWC, 888-483-4681": K4's line in Spanish
      !(s.rubric.callLineEsAE5 === true && LLAMAR_VERB_Y2.test(v[0]) && LINEA_AE5.test(object)) &&
      // (v65 AE6, `callAheadAE6`) "The Pencil Museum is next door. Call ahead.": a call to the party named before it in the message
      // (v65 AE3, `theirEventAE3`) "The Milwaukee Aquarium Society has a site at …. You can drop in at one of their monthly
      // meetings.": a visit to the party's own meeting or event, the party named before it in the message
      // (v67 AG9, AG10) the same in Spanish ("Llame antes de ir", "Puede ir a una de sus reuniones mensuales") and with "come to"
      !((agBack || callsOrVisitsBackAE(s, v[0], object)) && namesParty(s, withoutAddresses(earlierText(m, x) + n.slice(head, at)))) &&
      // (v32 M3, `localOneM3`) "Most fire stations do free car seat checks, so just swing by your local one": the party before it
      !(s.rubric.localOneM3 === true && localOneM3(objectClause, withoutAddresses(n.slice(head, at)), (t) => P.referralParty.test(t))) &&
      // (v16 P4, `contactAfterPartyP4`) "… College tiene inglés de noche. Para inscribirse llame al 720-423-4700": the party of
      // the sentence before
      !(s.rubric.contactAfterPartyP4 === true && contactObject && x.k > 0 && partyBefore(s, m.sentences[x.k - 1]!.n)) &&
      // (v11 K9) "Usted puede contactar Catholic Charities": the same in Spanish
      !(s.rubric.spanishReferralK9 === true && GET_IN_TOUCH_N.test(v[0]) && onRaw(CAPITAL_OBJECT_ES_K9)) &&
      // (v9 N) "…you need an appointment with them. Write or call:" and a signature block: the party of the sentence before
      !(s.rubric.bareVerbPartyN === true && BARE_OBJECT_N.test(object) && x.k > 0 && partyBefore(s, m.sentences[x.k - 1]!.n)) &&
      // (v18 RM) "report the seller to the CFPB": what one reports to is a party, whatever its name (the verb's own pattern
      // requires "to" and a word after it)
      !(s.rubric.namedUrlRM === true && REPORT_TO_RM.test(v[0])) &&
      // (v18 RM, `visitBackRM`) "… the Job Help Desk in Room 204 … can sit with you, …, drop in.": the party before it
      !(s.rubric.visitBackRM === true && VISIT_BACK_RM.test(v[0]) && P.referralParty.test(withoutAddresses(n.slice(head, at)))) &&
      // (v52 R16, `inPersonBackR16`) "… are with the Cook County Clerk: order online at …, or go in person to 118 N. Clark St.": a
      // street address visited in person, the party named before it
      !(s.rubric.inPersonBackR16 === true && IN_PERSON_TO_R16.test(v[0]) && STREET_OBJECT_R16.test(object) && P.referralParty.test(withoutAddresses(n.slice(head, at)))) &&
      // (v23 X3, `anotherChatX3`) "The law library runs its own chat, so you'd need to start another chat on their page,
      // lawlib.example.edu/ask": the party named before it in the sentence, its chat page the way to reach it
      !(s.rubric.anotherChatX3 === true && v[0].endsWith(' another chat') && contactsIn(s, object).url && P.referralParty.test(withoutAddresses(n.slice(head, at)))) &&
      // (v23 X3, `whatsappCallsX3`) "WhatsApp the Tamil Sangam on +91 98400 12345": a named party and its phone, as v13's "call"
      !(s.rubric.whatsappCallsX3 === true && v[0] === 'whatsapp' && onRaw(WHATSAPP_NAMED_X3) && contactsIn(s, n.slice(at)).phone)
    )
      continue;
    const before = n.slice(head, at);
    // (v11 K8, `closedParenK8`) "Email the Bursar (bursar@…) or stop by …": a closed parenthesis opens no clause
    const closedParen = s.rubric.closedParenK8 === true && before.lastIndexOf(')') > before.lastIndexOf('(');
    // (v53 S4, `dashAsideS4`) " -- " opens a clause as " - " does (the clause starts after both dashes)
    const doubleDash = s.rubric.dashAsideS4 === true ? before.lastIndexOf(' -- ') : -1;
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), closedParen ? -1 : before.lastIndexOf('('), before.lastIndexOf(' - '), doubleDash < 0 ? -1 : doubleDash + 2);
    let prefix = before.slice(clauseStart + 1).trim();
    if (closedParen) prefix = prefix.replace(CLOSED_PAREN_K8, '').replace(/\s+/g, ' ').trim();
    // (v11 K8, `contactObjectK8`) "…first: [Contact Disability Resources](https://…)": a markdown link opens the clause
    if (s.rubric.contactObjectK8 === true && prefix.startsWith('[')) prefix = prefix.slice(1).trimStart();
    // (v8 H) " - " opens the clause: the dash is no lead-in
    if (s.rubric.dashClauseH === true && prefix.startsWith('-')) prefix = prefix.slice(1).trimStart();
    // (v56 V11, `classYouV11`) "Philadelphia jurors can ask for a new date … or by calling the Jury Commission at …", "Houston residents
    // apply in person at the …", "families can call the Army Funeral Honors line at …": the class the patron belongs to, told what
    // to do, is read as "you"
    if (s.rubric.classYouV11 === true) prefix = classAsYouV11(prefix);
    // (v7 B) "Hi, Ask a Librarian, this is Sunil at Annapolis Library": the service's name, not "ask a librarian"
    if (
      s.rubric.serviceNameNotReferralB === true &&
      v[0] === 'ask' &&
      prefix === '' &&
      (s.rubric.serviceSymbolAI13 === true ? SERVICE_NAME_OBJECT_AI13 : SERVICE_NAME_OBJECT).test(object) &&
      !P.referralActor.test(before) &&
      (selfIdentifies(s, m) >= 0 || m.has(F.greeting))
    )
      continue;
    if (s.rubric.ownChatNotReferralD === true && v[0].endsWith('ask') && OWN_CHAT_OBJECT.test(objectClause)) continue;
    // (v10 Y) "Hi! Ask a Librarian at Loyola University Chicago, I'm Beth.": the service's name and its library
    if (
      s.rubric.serviceNameAtY === true &&
      (v[0] === 'ask' || (s.rubric.serviceVerbNameK4 === true && SERVICE_VERB_K4.test(v[0]))) &&
      prefix === '' &&
      (SERVICE_NAME_AT_Y.test(object) || (s.rubric.serviceMediumZ2 === true && SERVICE_MEDIUM_Z2.test(object))) &&
      !P.referralActor.test(before) &&
      openingMessage(s, m) &&
      (selfIdentifies(s, m) >= 0 || m.has(F.greeting))
    )
      continue;
    // (v13 N8, `serviceLibraryN8`) "Hi! Ask the Music Library, Eli here.": a service named after its library, opening the
    // first message's sentence (or after a greeting)
    if (
      s.rubric.serviceLibraryN8 === true &&
      v[0] === 'ask' &&
      SERVICE_LIBRARY_N8.test(object) &&
      SERVICE_LEAD_N8.test(before) &&
      openingMessage(s, m) &&
      (selfIdentifies(s, m) >= 0 || m.has(F.greeting))
    )
      continue;
    // (v43 I2, `serviceNameAtI2`) "Hello, Ask the Library at Westfield Memorial Library, this is Irene.": a service named "Ask the
    // Library", "Ask Your Library", "Ask the Experts" (capitalised) and its library, in the opening; and "Hi! Wes, college
    // librarian, Text a Librarian service here.": v7's service name with v11's other verbs
    if (
      s.rubric.serviceNameAtI2 === true &&
      prefix === '' &&
      ((v[0] === 'ask' && onRaw(SERVICE_NAME_AT_I2)) || (SERVICE_VERB_K4.test(v[0]) && SERVICE_NAME_OBJECT.test(object) && onRaw(SERVICE_VERB_NAME_I2))) &&
      !P.referralActor.test(before) &&
      openingMessage(s, m) &&
      (selfIdentifies(s, m) >= 0 || m.has(F.greeting))
    )
      continue;
    // (v15 O4, `serviceAcronymO4`) "Hi, Ask RPL, this is Greg at Ridgeport Public Library.": the service's name, an acronym;
    // (v19 SM, `serviceHereSM`) or capitalised words then "here" or the provider's introduction ("Good afternoon, Ask Sac
    // here, this is Lena …", "hi! Ask Tulsa City-County Library, this is Dee."), with only a greeting before it in the message
    // (v63 AC3, `serviceLeadThereAC3`) "Hey there! Ask MI Librarian, this is Drew at …": "hey there" as the greeting before it
    const leadO4 = s.rubric.serviceLeadThereAC3 === true ? SERVICE_LEAD_AC3 : SERVICE_LEAD_N8;
    if (
      s.rubric.serviceAcronymO4 === true &&
      v[0] === 'ask' &&
      leadO4.test(before) &&
      (onRaw(SERVICE_ACRONYM_O4) ||
        (s.rubric.serviceHereSM === true && onRaw(SERVICE_HERE_SM) && m.sentences.every((y) => y.k >= x.k || leadO4.test(y.n))) ||
        // (v29 D1, `serviceNameAtD1`) "hi! Ask Lib text, Cam @ Sacramento Public Library.": the service, then a name at the library
        (s.rubric.serviceNameAtD1 === true && onRaw(SERVICE_NAME_AT_D1) && m.sentences.every((y) => y.k >= x.k || leadO4.test(y.n)))) &&
      openingMessage(s, m) &&
      selfIdentifies(s, m) >= 0
    )
      continue;
    // (v29 D1, `consultingHoldD1`) "Checking with our genealogy desk, one moment.": the provider consults, on hold
    if (s.rubric.consultingHoldD1 === true && (prefix === '' || prefix === 'just' || prefix === 'now') && GERUND_D1.test(v[0]) && (m.sHas(x, F.hold) || m.sHas(x, F.holdWeak)) && !GERUND_SUBJECT_D1.test(n.slice(after, after + 120))) continue;
    const advice = ADVICE.test(prefix);
    if (SELF_BEFORE.test(prefix) && !SUGGESTS.test(prefix) && !advice && !(s.rubric.requestYouY3 === true && REQUEST_YOU_Y3.test(prefix))) continue;
    // (v21 U1, `otherSubjectU1`) "…; they review plans before people go to the bank": the clause's own subject acts
    if (s.rubric.otherSubjectU1 === true && prefix.length > 5 && OTHER_SUBJECT_U1.test(prefix)) continue;
    // (v30 H4, `forYouAndH4`) "Our Maryland Department can search it for you and e-mail what they find": the party's own act
    if (s.rubric.forYouAndH4 === true && prefix.endsWith(' and') && forYouAndH4(prefix)) continue;
    // (v17 Q2, `theySubjectQ2`) "…, and they can send it straight to the employer": the agency acts, not the patron
    if (s.rubric.theySubjectQ2 === true && prefix.includes('they') && THEY_SUBJECT_Q2.test(prefix)) continue;
    // (v23 X5, `theyTailX5`) "If you need an e-copy, email the Reserves desk at … and they can check with Prof. Okafor": the
    // desk is the subject of the clause "and they can", whatever an earlier clause said to the patron
    if (s.rubric.theyTailX5 === true && prefix.includes('they') && THEY_TAIL_X5.test(prefix)) continue;
    if (
      (s.rubric.referralButA === true ? CONNECTORS_ONLY_V6 : CONNECTORS_ONLY).test(prefix) ||
      advice ||
      // (v32 M1, `inPersonBookM1`) "…se tramita en persona, así que pida una cita en …": the booking right after "in person"
      // is told to the patron ("así que" is no connector of v6's)
      (bookAt && s.rubric.inPersonBookM1 === true && inPersonM1(withoutAddresses(before))) ||
      // (v32 L2, `helpToNarrowL2`) not "It might help to call the hiring manager by name in the letter"
      (P.referralActor.test(s.rubric.classYouV11 === true ? classAsYouV11(before) : before) && !(s.rubric.helpToNarrowL2 === true && callByNameL2(v[0], before, objectClause))) ||
      (s.rubric.referralLeadInE === true && (LEAD_IN_E.test(prefix) || COORDINATED_E.test(prefix))) ||
      (s.rubric.leadInsS === true && LEAD_IN_S.test(prefix)) ||
      // (v62 AB12, `feelFreeAB12`) "feel free to contact the county clerk", "you're welcome to just visit …"
      (s.rubric.feelFreeAB12 === true && FEEL_FREE_AB12.test(prefix)) ||
      // (v63 AC2, `worthVisitAC2`) "Definitely worth a visit: …", "The … Center is well worth a visit"
      worth ||
      // (v33 S3, `okLeadInS3`) "ok so take ur release papers to the MVA", "okay, just call the facility at …"
      (s.rubric.okLeadInS3 === true && prefix.length < 30 && okLeadInS3(prefix, object)) ||
      // (v37 E8, `yesLeadE8`) "ya just call 311 lol", "yeah ask ur teacher …" (which reaches here as "yes ask …")
      (s.rubric.yesLeadE8 === true && prefix.length < 30 && yesLeadE8(prefix, object)) ||
      // (v29 D1, `purposeSendD1`) "To send it by mail, write to the Division of Vital Records, PO Box …": the purpose clause
      // and the imperative after its comma read together as one "send … to" verb
      (s.rubric.purposeSendD1 === true && PURPOSE_TO_D1.test(prefix) && v[0].includes(', ') && SEND_THEN_WRITE_D1.test(v[0]) && !PURPOSE_NO_PARTY_D1.test(object)) ||
      // (v29 D1, `youFileD1`) "You file it with the Circuit Court clerk in your county": the procedure told to the patron
      (s.rubric.youFileD1 === true && YOU_FILE_D1.test(prefix) && v[0].startsWith('fil')) ||
      // (v43 I13, `youDoI13`) "Then you order it from the Division of Vital Records: online at …": the next step, with other
      // verbs of getting in touch, in a sentence that asks nothing and gives the way to reach them
      (s.rubric.youDoI13 === true && !x.q && THEN_YOU_I13.test(prefix) && YOU_DO_I13.test(v[0]) && youDoI13(s, n)) ||
      // (v29 D1, `relayedLeadD1`) "Ms. Ortiz said to tell you to call her at …": a third party's instruction relayed
      (s.rubric.relayedLeadD1 === true && prefix.includes('u') && RELAYED_LEAD_D1.test(prefix)) ||
      // (v50 P6, `relayedLeadP6`) "They ask you to call the Parks office at …", "They say to call …", "You're asked to call …"
      (s.rubric.relayedLeadP6 === true && RELAYED_LEAD_P6.test(prefix)) ||
      // (v52 R12, `relayedPeopleR12`) "Hillsborough County asks people to report unlicensed contractors to its … office at …"
      (s.rubric.relayedPeopleR12 === true && RELAYED_PEOPLE_R12.test(prefix)) ||
      // (v53 S6, `youTwoS6`) "you two can apply together at the clerk's office", "both of you should call …"
      (s.rubric.youTwoS6 === true && YOU_TWO_S6.test(prefix)) ||
      // (v53 S15, `timeToS15`) "Set up a time to sit down with someone from the Small Business Development Center, 330-555-0150"
      (s.rubric.timeToS15 === true && (prefix.endsWith(' to') || prefix.endsWith(' para')) && TIME_TO_S15.test(prefix)) ||
      // (v53 S16, `youDoS16`) "u take the written test at the DMV, bring ur permit fee", "you just show up at the court on the hearing
      // date", "you apply to the Board of Registered Nursing at …", "you'd file at the … Small Claims Court": the procedure told
      (s.rubric.youDoS16 === true && ((YOU_DO_VERB_S16.test(v[0]) && YOU_DO_S16.test(prefix)) || (v[0] !== 'bring' && /^[a-z]+ing\b/.test(v[0]) && YOU_BY_S16.test(prefix)))) ||
      // (v54 T6, `recordWithT6`) "k so u record the deed w/ the Durham County Register of Deeds, …: dconc.gov/…"; (v55 U1,
      // `youRecordU1`) "You record the deed with the Register of Deeds at …", with no acknowledgment before it
      (s.rubric.recordWithT6 === true && YOU_DO_VERB_T6.test(v[0]) && (s.rubric.youRecordU1 === true ? YOU_DO_U1 : YOU_DO_T6).test(prefix)) ||
      // (v55 U18, `soLeadU18`) "rules change by airline so double check w ur airline b4 u go": "so" with no comma before it
      (s.rubric.soLeadU18 === true && (prefix.includes(' so') || prefix.includes(' asi que')) && SO_LEAD_U18.test(prefix)) ||
      // (v54 T13, `purposeLeadT13`) "to report it while its happening call GJPD non-emergency at 970-555-0150"
      (s.rubric.purposeLeadT13 === true && !v[0].endsWith('ing') && PURPOSE_LEAD_T13.test(prefix) && !PURPOSE_SUBJECT_T13.test(prefix)) ||
      // (v50 P8, `startByP8`) "You start by asking the plan for a coverage determination", "The first step is to call the clerk"
      (s.rubric.startByP8 === true && START_BY_P8.test(prefix)) ||
      // (v50 P4, `byChannelP4`) "Reservations are taken by phone at the Parks office, 410-…": the channel and its party, whatever
      // the clause before says (the provider's own act and another subject's are left out above)
      (s.rubric.byChannelP4 === true && v[0].startsWith('by ')) ||
      // (v24 Y1, `bestLeadY1`) "Best give Citizens Advice a bell", "You're best to ring the council"
      (s.rubric.bestLeadY1 === true && prefix.includes('be') && BEST_LEAD_Y1.test(prefix)) ||
      (s.rubric.spanishLeadInV === true && LEAD_IN_ES_V.test(prefix)) ||
      // (v67 AG5, `pluralLeadEsAG5`) "Pueden comunicarse por teléfono con la taquilla …", "Deben llamar a …": the same to "ustedes"
      (s.rubric.pluralLeadEsAG5 === true && LEAD_IN_ES_AG5.test(prefix)) ||
      (s.rubric.spanishReferralK9 === true && COORDINATED_ES_K9.test(prefix)) ||
      (s.rubric.prepLeadInN === true && prepLeadIn(prefix, v[0])) ||
      // (v46 L12, `haveThemL12`) "please have him talk to an immigration lawyer", "get your cousin to call the clinic": the
      // patron told to have someone they speak for get in touch
      (s.rubric.haveThemL12 === true && HAVE_THEM_L12.test(prefix)) ||
      // (v47 M4, `nounCallM4`) "Make a quick call to the county clerk at …", "A visit to the Records Office at … would settle it"
      (s.rubric.nounCallM4 === true && nounCallM4(v[0], prefix, object)) ||
      (s.rubric.forThatLeadInW === true && FOR_THAT_W.test(prefix)) ||
      (s.rubric.forThatPleaseU2 === true && forThatPleaseU2(prefix)) ||
      (s.rubric.purposeLeadInP4 === true && PURPOSE_ES_P4.test(prefix)) ||
      // (v22 V3, `purposeLeadInV3`) "To make an appointment call the archives at …": an English purpose clause, no comma
      (s.rubric.purposeLeadInV3 === true &&
        prefix.includes('to ') &&
        (s.rubric.purposeLongX3 === true ? PURPOSE_LONG_X3 : PURPOSE_EN_V3).test(prefix) &&
        !PURPOSE_NOT_V3.test(prefix) &&
        // (v22 V9, `purposeSubjectV9`) "To see the originals most researchers visit the archives": others are the subject
        !(s.rubric.purposeSubjectV9 === true && PURPOSE_SUBJECT_V9.test(prefix)) &&
        // (v23 X8, `purposeStaffX8`) "To request records from before 1950 our genealogy volunteers visit the State Archives"
        !(s.rubric.purposeStaffX8 === true && PURPOSE_STAFF_X8.test(prefix))) ||
      // (v32 Q3, `purposeItQ3`) "To book it just stop by the Tech Desk": V3's purpose clause, its object "it"
      (s.rubric.purposeItQ3 === true && prefix.includes('to ') && purposeItQ3(prefix)) ||
      (s.rubric.prepLeadInEsS3 === true && PREP_LEAD_ES_S3.test(prefix) && !PREP_NOT_ES_S3.test(prefix)) ||
      (suggestQ && SUGGEST_LEAD_K8.test(prefix)) ||
      // (v21 U1, `byMeansU1`) "Book by calling the Tax-Aide line at …": an imperative and the means of doing it
      (s.rubric.byMeansU1 === true && prefix.endsWith(' by') && v[0].endsWith('ing') && BY_MEANS_U1.test(prefix)) ||
      // (v66 AF4, `reportByChannelAF4`) "Monarch Watch asks you to report recovered tags by e-mail at tagging@…", "Please renew it
      // by phone at 410-…": a means verb's clause told to the patron, then the channel and its contact; (v67 AG12) "by fax at …"
      (s.rubric.reportByChannelAF4 === true && contactObject && prefix.endsWith(' by') && (CHANNEL_AF4.test(v[0]) || (s.rubric.faxAG12 === true && v[0] === 'fax')) && byChannelLeadAF4(prefix)) ||
      // (v68 AH19, `passiveMeansAH19`) "Los asientos … se compran llamando a su Oficina de Accesibilidad al 202-…", "Wheelchair
      // seats are bought by calling the Accessibility Office at …": how the thing the patron wants is had, the party and its
      // contact after
      (s.rubric.passiveMeansAH19 === true && GERUND_AH19.test(v[0]) && PASSIVE_MEANS_AH19.test(prefix) && !FOR_YOU_AH19.test(n.slice(at))) ||
      // (v50 P5, `byMeansWideP5`) "Renew by calling the customer service center, …", "Renew online, or by calling …"
      (s.rubric.byMeansWideP5 === true && prefix.endsWith('by') && ING_P5.test(v[0]) && byMeansP5(prefix, before, clauseStart)) ||
      // (v30 F1, `byMeansYouF1`) "you can order the form by ringing the ATO's ordering line on …": what the patron can do, and how
      (s.rubric.byMeansYouF1 === true && prefix.endsWith(' by') && v[0].endsWith('ing') && BY_MEANS_YOU_F1.test(prefix)) ||
      // (v29 D2, `numberToCallD2`) "Then 301-600-1544 is the number to call": the number said to be the one to call
      (s.rubric.numberToCallD2 === true && contactObject && prefix.endsWith(' to') && numberToCallD2(s, prefix))
    ) {
      if (!verbs) return true;
      verbs.push(at);
    }
  }
  if (verbs && verbs.length > 0) return true;
  // "The District Court Self-Help Center can walk you through it."
  let h: RegExpExecArray | null;
  after = 0;
  while ((h = m.execFrom(x, F.referralCanHelp, after)) !== null) {
    after = h.index + h[0].length;
    if (h.index < from) continue;
    const head = s.rubric.boundedBeforeB7 === true && h.index > BEFORE_MAX_B7 ? h.index - BEFORE_MAX_B7 : 0;
    // (v20 T2, `transferPronounT2`) "I'm transferring you to Maria…; she can tell you about placement": the colleague
    // (v20 T8) not when the transfer does not happen: "I can't transfer you to the law library…; they can…"
    // (v63 AC11, `transferClauseAC11`) "I'm going to transfer you to Arthur in our Digital Media Lab; he'll know what our equipment
    // can handle.": whatever "can" follows in the clause the colleague's pronoun opens, when it names no party ("…; she says the
    // Land Records office can handle certified copies" still refers)
    if (
      s.rubric.transferPronounT2 === true &&
      from > 0 &&
      (TRANSFER_PRONOUN_T2.test(n.slice(from, h.index)) ||
        (s.rubric.transferClauseAC11 === true && TRANSFER_CLAUSE_AC11.test(n.slice(from, h.index)) && !P.referralParty.test(n.slice(from, h.index).replace(PRONOUN_AC11, '').replace(COLLEAGUES_OWN_AC11, ' ')))) &&
      !(t !== null && NO_TRANSFER_T8.test(n.slice(Math.max(0, t.index - 24), t.index + 12)))
    )
      continue;
    const subject = n.slice(Math.max(0, h.index - SUBJECT_CHARS), h.index);
    // (v34 Z3, `noPuedeZ3`) "El consulado no le puede ayudar con eso": denied
    if (s.rubric.noPuedeZ3 === true && subject.endsWith('no ') && NO_PUEDE_Z3.test(h[0]) && /\bno $/.test(subject)) continue;
    // (v34 Z3, `resourceSubjectEsZ3`) "La guía del Contralor le puede ayudar con eso": a resource opens the subject
    // (v35 E1, `resourceSubjectNarrowE1`) not with a party beside the resource: "El folleto y la oficina del condado le pueden informar"
    if (s.rubric.resourceSubjectEsZ3 === true && NO_PUEDE_Z3.test(h[0]) && RESOURCE_SUBJECT_ES_Z3.test(subject) && !(s.rubric.resourceSubjectNarrowE1 === true && RESOURCE_AND_PARTY_ES_E1.test(subject))) continue;
    // (v34 Z3, `othersObjectZ3`) "The SBA can help small businesses in many ways": a class of people, not the patron
    // (v35 E1, `othersObjectNarrowE1`) not when the class is the patron's: "… can help families who are behind on rent like you are"
    if (s.rubric.othersObjectZ3 === true && h[0].endsWith('help')) {
      const object = n.slice(h.index + h[0].length, h.index + h[0].length + 80);
      if (OTHERS_OBJECT_Z3.test(object) && !(s.rubric.othersObjectNarrowE1 === true && PATRON_CLASS_E1.test(object))) continue;
    }
    if ((SUBJECT_NOT_PARTY.test(subject) && !(s.rubric.partyThereQ === true && THERE_PARTY_Q.test(subject))) || SUBJECT_IS_RESOURCE.test(subject)) continue;
    // (v37 E8, `cardSubjectE8`) "Your library card can hook you up with free films on Kanopy": the card, no party
    if (s.rubric.cardSubjectE8 === true && CARD_SUBJECT_E8.test(subject) && !(s.rubric.cardSubjectNarrowE9 === true && cardPartyE9(subject)) && !(s.rubric.cardPartyWideE11 === true && cardPartyE11(subject))) continue;
    // (v30 F1, `resourceModalF1`) "The MVA app can check that for you at …": the resource before the modal
    if (s.rubric.resourceModalF1 === true && SUBJECT_IS_RESOURCE.test(subject.replace(MODAL_TAIL_F1, ''))) continue;
    // (v30 F3, `onlineTutorsF3`) "HelpNow has live tutors … who can walk you through those": the database's own tutors
    if (s.rubric.onlineTutorsF3 === true && subject.includes('tutor') && onlineTutorsF3(subject)) continue;
    // (v12 L2) "I hope they can help.": a wish about the party named before, no new referral
    if (s.rubric.hopeCanHelpL2 === true && HOPE_L2.test(subject)) continue;
    // (v6) "I'll pass your question on to the reference staff, who can look into it": on the patron's behalf
    // (the whole sentence before it: the party's name may be long)
    if (s.rubric.referralOnBehalf === true && PASSED_ON.test(n.slice(head, h.index))) continue;
    if (s.rubric.passedOnWishO1 === true && PASSED_ON_WISH_O1.test(n.slice(head, h.index))) continue;
    // (v16 P7) "you can start a new chat after 2 and a librarian will help": the service itself, no party outside the chat
    if (s.rubric.newChatPartyP7 === true && NEW_CHAT_PARTY_P7.test(subject)) continue;
    // (v68 AH5, `logBackInAH5`) "Please log back in later, …, and a librarian will help with the rest."
    if (s.rubric.logBackInAH5 === true && LOG_BACK_AH5.test(subject)) continue;
    // (v44 J18, `newChatCommaJ18`) "If you start a new chat, the overnight librarian can go through it with you": the same
    if (s.rubric.newChatCommaJ18 === true && NEW_CHAT_COMMA_J18.test(subject)) continue;
    // (v44 J17, `passOnThemJ17`) "… staff will know best, so I'll pass your question on to them": consulted for the patron
    if (s.rubric.passOnThemJ17 === true && PASS_ON_THEM_J17.test(n.slice(h.index + h[0].length, h.index + h[0].length + PASS_ON_CHARS_J17))) continue;
    // (v62 AB6, `semicolonPassOnAB6`) "… staff can look into dealer records for you; I'll pass your question to them.": J17 across
    // a semicolon, when no later sentence of `m` still sends the patron to them (K7's `STILL_SENT_K7`)
    if (s.rubric.semicolonPassOnAB6 === true && PASS_ON_SEMI_AB6.test(n.slice(h.index + h[0].length, h.index + h[0].length + PASS_ON_CHARS_J17)) && !stillSentAfterK7(m, x.k)) continue;
    // (v63 AC4, `passOnReplyAC4`) "… staff will know which branches proctor, so I'll pass your question on and someone from Calvert
    // Library will contact you by Friday": J17 with the party's reply for "to them"
    if (s.rubric.passOnReplyAC4 === true && PASS_ON_REPLY_AC4.test(n.slice(h.index + h[0].length, h.index + h[0].length + PASS_ON_CHARS_J17)) && !stillSentAfterK7(m, x.k)) continue;
    // (v45 K7, `passOnNextK7`) "Our business librarian may know … I'll forward your question to her and she'll e-mail you": the next sentence
    if (s.rubric.passOnNextK7 === true && passOnNextK7(m, x, n.slice(h.index + h[0].length))) continue;
    // (v11 K1) "Our map curator may know more about its value; I'll ask her and get back to you": consulted for the patron
    if (s.rubric.askOnBehalfK1 === true && ASK_ON_BEHALF_K1.test(s.rubric.boundedBeforeB7 === true ? n.slice(h.index, h.index + BEFORE_MAX_B7) : n.slice(h.index))) continue;
    // (v49 O9, `hearBackO9`) "Our audiovisual archivist may know of a local copy — I'll e-mail you once I hear back from her."
    if (s.rubric.hearBackO9 === true && HEAR_BACK_O9.test(n.slice(h.index, h.index + BEFORE_MAX_B7))) continue;
    // (v20 T4, `reachYouT4`) "…our biology liaison can also help you subset it. Can I get your e-mail so she can reach you?"
    if (s.rubric.reachYouT4 === true && reachYouNextT4(m, x)) continue;
    // (v5) "I can point you to people who can advise you": a kind of party, not one to contact
    if (byContact && endsWhoThat(subject) && SUBJECT_INDEFINITE.test(subject)) continue;
    if (P.referralParty.test(subject)) return true;
    // (v12 M4, `countedPartiesM4`) "Three places can help: OSHIIP counsels…; the Area Agency on Aging…": the parties listed
    if (s.rubric.countedPartiesM4 === true && COUNTED_M4.test(subject) && COLON_LIST_M4.test(n.slice(h.index + h[0].length))) return true;
    // (v11 K8, `acronymPartyK8`) "APPRISE can help with that": an acronym in capitals just before the modal
    if (s.rubric.acronymPartyK8 === true && acronymSubject(s, m, x, subject)) return true;
    // (v34 Z3, `theAcronymZ3`) "The SBA can help with that.": the acronym after an article
    const acronym = s.rubric.theAcronymZ3 === true ? THE_ACRONYM_Z3.exec(subject) : null;
    // (v36 E4, `acronymShapeE4`) the sentence says which, whatever the lists: "The IMEI can tell you …; type it into the
    // checker at imei.info" (a thing), "The ACS can help with rides to treatment, they run a program …" (a party)
    if (acronym !== null && s.rubric.acronymShapeE4 === true) {
      const shape = acronymShapeE4(n.slice(after, after + SHAPE_CHARS_E4));
      // (v37 E5, `bodyRequiresE5`) not "it requires approval …": "Your HOA can tell you, it requires approval for any new fence"
      if (shape > 0 && !(s.rubric.bodyRequiresE5 === true && bodyRequiresE5(n.slice(after, after + SHAPE_CHARS_E4)))) continue;
      if (shape < 0 && acronymSubject(s, m, x, ' ' + acronym[1]!)) return true;
    }
    // (v36 E4, `theAcronymEsE4`) "La SBA le puede ayudar con eso": Z3's acronym after a Spanish article, its lists and
    // E1's read as in English; "…, ellos tienen asesores gratis" a party whatever the lists
    if (acronym === null && s.rubric.theAcronymEsE4 === true && NO_PUEDE_Z3.test(h[0])) {
      const es = THE_ACRONYM_ES_E4.exec(subject);
      if (es !== null) {
        const rest = n.slice(after, after + SHAPE_CHARS_E4);
        const thing = THING_ACRONYM_Z3.test(es[1]!) || (s.rubric.theAcronymNarrowE1 === true && thingAcronymE1(es[1]!, subject));
        if ((!thing || partyEllosE4(rest)) && acronymSubject(s, m, x, ' ' + es[1]!)) return true;
      }
    }
    // (v36 E4, `serviceShapeE4`) "The Credit Monitoring Service can tell you …; you can turn it on in your bank's app" (a
    // product), "The Park Reservation Service can help you book a pavilion; they take calls on weekdays" (a party)
    if (s.rubric.serviceShapeE4 === true && s.rubric.serviceNameZ3 === true && subject.endsWith('service ') && !OWN_SERVICE_Z3.test(subject)) {
      const shape = serviceShapeE4(n.slice(after, after + SHAPE_CHARS_E4));
      if (shape > 0) continue;
      if (shape < 0 && SERVICE_NAME_Z3.test(m.rawSentences[x.k] ?? '') && !SERVICE_OWNER_Z3.test(m.rawSentences[x.k] ?? '')) return true;
    }
    // (v35 E1, `theAcronymNarrowE1`) not a thing ("The VIN can tell you the model year", "Your P60 can tell you that") nor the
    // provider's own check ("I checked whether the SBA can help with that")
    if (acronym !== null && !THING_ACRONYM_Z3.test(acronym[1]!) && !(s.rubric.theAcronymNarrowE1 === true && thingAcronymE1(acronym[1]!, subject)) && acronymSubject(s, m, x, ' ' + acronym[1]!)) return true;
    // (v34 Z3, `serviceNameZ3`) "The Taxpayer Advocate Service can sort that out for you": an agency named "… Service"
    // (v35 E1, `serviceNameNarrowE1`) not a product to sign up for: "The Email Reminder Service can tell you when your books are due"
    if (s.rubric.serviceNameZ3 === true && subject.endsWith('service ') && !OWN_SERVICE_Z3.test(subject) && !(s.rubric.serviceNameNarrowE1 === true && SERVICE_PRODUCT_E1.test(subject))) {
      const raw = m.rawSentences[x.k] ?? '';
      if (SERVICE_NAME_Z3.test(raw) && !SERVICE_OWNER_Z3.test(raw)) return true;
    }
  }
  return false;
}

/**
 * (v56 V11, `classYouV11`) A clause that opens on a class of people the patron belongs to, as its subject, before a modal or the verb:
 * "Philadelphia jurors can", "Houston residents", "first-time applicants should", "families" (up to three words of place or kind
 * before the class, none a verb or a conjunction) [not a quantifier ("most / many / some / other residents …" describe others), not
 * "your parents" (the patron's own, not the patron), not "people", "folks", "others" (U1's third parties), not "… encourages
 * homeowners to" (R12's relayed instruction)].
 */
const CLASS_YOU_V11 =
  /^(?:(?:and|or|also|then|so|but|just),?\s*)*(?!(?:most|many|some|other|few|several|all|the|our|their|his|her|your|ur|my|these|those|such)\b)(?:(?!(?:ask|asks|asked|want|wants|tell|tells|told|advise|advises|urge|urges|encourage|encourages|instruct|instructs|direct|directs|require|requires|expect|expects|help|helps|allow|allows|let|lets|and|or|but|if|when|for|to|of|that|who|with|by)\b)[a-z][a-z-]* ){0,3}?(?:residents|jurors|applicants|taxpayers|voters|parents|families|tenants|renters|homeowners|veterans|seniors|travelers|travellers|drivers|boaters|anglers|hunters|claimants|beneficiaries|survivors|caregivers|retirees|filers|recipients|newcomers|immigrants|heirs|executors|cyclists|commuters|jobseekers|job seekers|patients|borrowers|policyholders|consumers)(?=$| (?:can|could|should|may|might|must|need to|have to|will need to|will have to|would need to|just|also|first|then|usually|typically|generally|normally|simply|still)\b| [a-z]+(?<!s)\b)/;
/** (v56 V11) Clause `c` with the patron's class that opens it as its subject read as "you" (`CLASS_YOU_V11`). */
function classAsYouV11(c: string): string {
  return c.length > 5 && CLASS_YOU_V11.test(c) ? c.replace(CLASS_YOU_V11, 'you') : c;
}
/**
 * (v21 U1, `otherSubjectU1`) The clause before a referring verb ends on a third party as its subject, alone or after a
 * conjunction, and an adverb at most: "they review plans before people", "though most people also", "; many owners" (not "before
 * you", the patron).
 */
const OTHER_SUBJECT_U1 =
  /(?:^|\b(?:before|after|when|whenever|until|once|while|because|since|as|though|although|and|but|so|where|if)\s+)(?:most |many |some |other |a lot of |lots of |small |new )?(?:people|folks|others|owners|business owners|applicants|borrowers|clients|customers|entrepreneurs)(?: (?:also|usually|often|first|still|just|typically|normally|generally|sometimes|then))?$/;
/**
 * (v50 P5, `byMeansWideP5`) U1's imperative with more verbs of doing something through a party: "renew by", "report it by",
 * "order them by", "pay the fee by", "file the claim by", "cancel by".
 */
/** (v50 P5) The imperatives of doing something through a party, U1's and more. */
const MEANS_VERBS_P5 = '(?:renew|order|report|file|pay|cancel|update|change|replace|submit|appeal|dispute|claim|obtain|get|start|request|apply|register|enroll|enrol|book|schedule|reserve|sign up|make|set up|arrange|rsvp)';
const BY_MEANS_P5 = new RegExp(`^(?:(?:and|or|also|then|so|please|just|first),?\\s*)*${MEANS_VERBS_P5}\\b(?: [a-z0-9-]+){0,5}? by$`);
/** (v50 P5) A referring verb in -ing, or with its preposition after it ("by writing to the water billing office"). */
const ING_P5 = /ing(?: to| with)?$/;
/** (v66 AF4, `reportByChannelAF4`) A channel named as a noun after "by" ("by e-mail", "by phone", "by text"), as verbs read. */
const CHANNEL_AF4 = /^(?:email|phone|text)$/;
/** (v66 AF4) A means verb and up to five words, then "by", ending the clause (P5's verbs). */
const MEANS_BY_AF4 = new RegExp(`\\b${MEANS_VERBS_P5}\\b(?: [a-z0-9-]+){0,5}? by$`);
/**
 * (v66 AF4) Clause `prefix` ("… report recovered tags by") opens as one telling the patron what to do before its means verb:
 * nothing, v6's connectors ("please", "you can", "you should" …) or P6's relayed instruction ("Monarch Watch asks you to", "They
 * want you to").
 */
function byChannelLeadAF4(prefix: string): boolean {
  const m = MEANS_BY_AF4.exec(prefix);
  if (m === null) return false;
  const lead = prefix.slice(0, m.index).trim();
  return lead === '' || CONNECTORS_ONLY_V6.test(lead) || RELAYED_LEAD_P6.test(lead);
}
/** (v50 P5) The clause before ", or by …" opens on such an imperative (or "you can …" one): "Renew online, or by calling …". */
const BY_MEANS_OR_P5 = new RegExp(
  `^(?:(?:and|also|then|so|please|just|first),?\\s*)*(?:(?:you|u) (?:can|could|may|need to|have to|should|will need to) (?:also )?)?${MEANS_VERBS_P5}\\b[^,;:()]{0,60}$`,
);
/** (v50 P5) `prefix` (the clause before the verb in -ing) is P5's imperative and "by", or "or by" after a clause P5 opens. */
function byMeansP5(prefix: string, before: string, clauseStart: number): boolean {
  if (BY_MEANS_P5.test(prefix)) return true;
  return /^(?:or|and|or else|or just)? ?by$/.test(prefix) && clauseStart > 0 && BY_MEANS_OR_P5.test(before.slice(0, clauseStart).trim());
}
/**
 * (v52 R12, `relayedPeopleR12`) An agency's instruction to everyone, relayed: "… asks people to", "… wants residents to", "…
 * encourages homeowners to", "… tells consumers to" (before the referring verb; the agency is the clause's subject).
 */
const RELAYED_PEOPLE_R12 =
  /\b(?:ask|asks|asked|want|wants|tell|tells|advise|advises|urge|urges|encourage|encourages|instruct|instructs|direct|directs|require|requires|expect|expects)(?: (?:all|any))? (?:people|residents|homeowners|tenants|renters|landlords|customers|consumers|the public|everyone|anyone|victims|parents|families|patients|applicants|drivers|owners|businesses|taxpayers|voters|veterans|seniors|students|citizens|members of the public) (?:to|2)$/;
/**
 * (v53 S6, `youTwoS6`) v6's "you can" said to a couple or a group: "you two can", "both of you should", "the two of you will need to",
 * "y'all can" (before the referring verb).
 */
const YOU_TWO_S6 =
  /^(?:(?:and|or|also|then|so|but|just),?\s*)*(?:you two|you 2|you both|both of you|the two of you|you guys|yall|you all)(?: (?:can|could|should|will|would|may|might|must|need to|have to|will need to|will have to|ll|d))?(?: (?:also|just|first|then|both|together))?$/;
/**
 * (v53 S15, `timeToS15`) A time arranged to see the party: "set up a time to", "make an appointment to", "book a slot to", "haga una
 * cita para", after v6's lead-ins or none (before "meet / sit down with", "talk to", "hablar con", "visit" …).
 */
const TIME_TO_S15 =
  /^(?:(?:and|or|also|then|so|but|just|please|first|next|you can|you could|you should|you may|you might|try to|puede|debe|tiene que),?\s*)*(?:(?:set up|make|book|schedule|arrange|find|pick)(?: (?:a|an))? (?:time|appointment|appt|meeting|slot|date|day) to|(?:haga|hacer|pida|pedir|saque|sacar|programe|programar|agende|agendar) (?:una )?cita para)$/;
/**
 * (v53 S16, `youDoS16`) The procedure told to the patron: "you take", "u just show up at", "then you'll apply to", "you'd file at",
 * after a phrase of purpose or place ("For an RN license in California you apply to …"; the contact need not be in the sentence, as
 * v43 I13's "you order" needs; D1's "you file it with" had no modal).
 */
const YOU_DO_S16 = /^(?:(?:for|in|to) [a-z0-9' -]{1,60}? )?(?:(?:and|then|so|next|first|after that|afterwards|afterward|later),?\s*)*(?:you|u|youll|youd|ull)(?: (?:will|ll|then|first|just|also|can|could|would|d))*$/;
/** (v53 S16) The same with the means after it: "You renew by filing Form I-765 with USCIS …", "you apply by calling …". */
const YOU_BY_S16 = /^(?:(?:and|then|so|first),?\s*)*(?:you|u)(?: (?:can|could|just|then|also))? [a-z]+(?: (?:it|them|this|that|yours|online))? by$/;
/** (v53 S16) The verbs `YOU_DO_S16` reads: R5's "take", v18's "show / turn up at", v1's "apply at / to", S20's "file at". */
const YOU_DO_VERB_S16 = /^(?:take|taking|(?:show|turn) up at|apply\b|file|filing)/;
/** (v54 T6) S16's procedure after an acknowledgment ("k so u …", "ok, then you …"). */
const YOU_DO_T6 = new RegExp(`^(?:(?:k|kk|ok|okay|alright|right|sure|yes|yeah|yep|great|perfect),?\\s*)+${YOU_DO_S16.source.slice(1)}`);
/**
 * (v55 U18, `soLeadU18`) A clause of two words or more ending in "so" ("así que") and only connectors after it, as chat-speak writes
 * it with no comma ("rules change by airline so double check …", "they close at 5 so just call …", "hours change by season so def
 * email …", "esto cambia cada año así que llame a …"); with the comma, the clause was already cut off before "so" [not an
 * acknowledgment before it: "ok so visit hours are …" is v33 S3's, which reads the object].
 */
const SO_LEAD_U18 = /^(?!(?:ok|okay|k|kk|alright|right|yes|yeah|well|oh|hmm|um|and|so|but|asi que|pues)\b)(?:[a-z0-9'-]+ ){2,}(?:so|asi que)(?:,?\s*(?:and|or|also|then|just|definitely|def|simply|try|try to|please|maybe|probably|best to|mejor|tambien|solo))*$/;
/** (v55 U1) T6's lead-in with the acknowledgment optional ("You record the deed with …"; T6 wanted one or more). */
const YOU_DO_U1 = new RegExp(retext(YOU_DO_T6.source, ',?\\s*)+', ',?\\s*)*'));
/** (v54 T6) S16's verbs and T6's "record … with" (rubric.ts `RECORD_WITH_T6`). */
const YOU_DO_VERB_T6 = new RegExp(`${YOU_DO_VERB_S16.source.slice(0, -1)}|record\\b)`);
/**
 * (v54 T13) A purpose clause opening the sentence with no comma before the imperative: "to report it while its happening", "To
 * renew", "2 renew ur tags", "To see if they still have openings" [a verb after "to", not "be" ("To be honest calling the clinic
 * …"); not "…, to the e-mail on your library account" (a noun after it); not ending on a subject of its own (`PURPOSE_SUBJECT_T13`:
 * "To book it most people stop by the Tech Desk"); not "I want to report it" (read by the lead-ins above)].
 */
const PURPOSE_LEAD_T13 = /^(?:(?:and|so|ok|okay|k|kk|then|also),?\s*)*(?:in order )?(?:to|2) (?!(?:be|the|a|an|your|ur|my|our|their|his|her|its|this|that|these|those|each|every|all|any|some|me|us|him|them)\b)[a-z]+(?: [a-z0-9']+){0,9}$/;
/** (v54 T13) Words of how often, and modals, that may end a subject's clause before its verb. */
const OFTEN_T13 = 'usually|often|always|typically|normally|generally|sometimes|mostly';
const MODAL_T13 = 'should|must|will|would|can|could|may|might|needs? to|has to|have to|tends? to';
/**
 * (v54 T13) The purpose clause ends on a subject of its own, the main clause's: people named ("To book it most people", "… our
 * genealogy volunteers"), any word before "usually / often / always …" ("To renew seniors often"), or a modal ("To get a permit the
 * contractor should").
 */
const PURPOSE_SUBJECT_T13 = new RegExp(
  `\\b(?:[a-z]+ (?:${OFTEN_T13})|${MODAL_T13})$|\\b(?:seniors|adults|kids|children|teens|veterans|patients|voters|i|we|you|u|they|he|she|people|everyone|everybody|folks|researchers|patrons|students|visitors|others|anyone|nobody|families|parents|contractors|owners|landlords|tenants|applicants|residents|drivers|employers|businesses|customers|members|users|buyers|sellers|volunteers|staff|librarians|archivists|clerks|workers|lawyers|attorneys|agents|counselors|team|most|many|some)(?: (?:${OFTEN_T13}|just|first|also|then|${MODAL_T13}))*$`,
);
/** (v54 T5) A relative clause after the referring verb's object, to the end of the clause: ", which can pay her …". */
const RELATIVE_T5 = /,? (?:which|whose) .*$/;
/**
 * (v50 P6, `relayedLeadP6`) D1's relayed instruction with more words: "they ask you to", "they want you to", "they tell you to",
 * "they recommend you", "they ask that you", "they'd like you to", "they say to", "you're asked to", "you'll be required to", "ur supposed
 * to" (before the referring verb).
 */
const RELAYED_LEAD_P6 =
  /(?:\b(?:ask|asks|asked|want|wants|wanted|tell|tells|told|advise|advises|advised|recommend|recommends|recommended|suggest|suggests|suggested|require|requires|required|prefer|prefers|need|needs|expect|expects|encourage|encourages|instruct|instructs)(?: (?:that|for))? (?:you|u)(?: (?:to|2|should|must))?|\b[a-z]*d like (?:you|u) (?:to|2)|\b(?:say|says|said)(?: (?:you should|you can))?(?: (?:to|2))?|\b(?:(?:you|u)(?:re| are| will be|ll be| ll be| may be| might be)|ur|youre) (?:asked|told|advised|required|encouraged|instructed|expected|supposed) (?:to|2))(?: (?:just|also|please|first))?$/;
/**
 * (v50 P8, `startByP8`) The procedure's first step told to the patron: "you start by", "you'll want to begin by", "start off by",
 * "the first step is (to)", "your next step is" (before the referring verb; v21 U1 had the imperative "Start by calling …"). Not
 * "you" alone: "so u call the county clerk" is v42 I13's narration.
 */
const START_BY_P8 =
  /^(?:(?:and|so|then|ok|okay|well),? )*(?:(?:(?:you|u)(?: (?:just|then|first|can|could|should|would|must|need to|have to|gotta|got to|will need to|ll need to|ll want to|ll|may want to|might want to|want to))? )?(?:start|begin|get started|kick off|start off)(?: (?:off|it|things|things off|the process))? by|(?:(?:the|your) (?:first|next|best first) step|step (?:one|1)) (?:is|would be|will be)(?: to)?)$/;
/**
 * (v21 U1, `byMeansU1`) A clause opening on an imperative of booking, applying or signing up, then "by" (before the verb in
 * -ing): "book by", "make an appointment by", "apply for the waiver by", "sign up for a slot by".
 */
const BY_MEANS_U1 =
  /^(?:(?:and|or|also|then|so|please|just|first),?\s*)*(?:book|schedule|register|sign up|apply|enroll|enrol|reserve|request|make|set up|arrange|rsvp)\b(?: [a-z0-9-]+){0,4}? by$/;
/**
 * (v20 T4, `reachYouT4`) The provider's question asking for the patron's e-mail or phone so that someone can reach them: "Can
 * I get your e-mail so she can reach you?", "What's the best number for you, so that Ruth can call you?" (not "…so I can
 * e-mail you their link", the provider's own delivery).
 */
const REACH_YOU_T4 =
  /\b(?:your|ur) (?:e mail|email|phone|number|cell|contact)\b[^?]{0,60}?\bso (?:that )?(?!(?:i|we|ill|well)\b)(?:she|he|they|someone|somebody|(?:the|our|my) [a-z]+(?: [a-z]+)?|[a-z]+) (?:can|could|will|may) (?:reach|contact|email|e mail|write to|get in touch with|get back to|follow up with|call) (?:you|u)\b/;
/** (v20 T4) The sentence after `x` in `m` is such a question. */
function reachYouNextT4(m: Msg, x: Sentence): boolean {
  const y = m.sentences[x.k + 1];
  return y !== undefined && y.q && REACH_YOU_T4.test(y.n) && !GAVE_THEM_T8.test(y.n);
}
/**
 * (v20 T8, within `reachYouT4`) The question asks whether the patron gave the party their contact: "Have you given them your phone number so they can call you back?", "Did you leave
 * them your email …": the party is referred to, not consulted by the provider.
 */
const GAVE_THEM_T8 = /\b(?:give|gave|given|leave|left|send|sent|tell|told|email|emailed|text|texted) (?:them|him|her)\b/;

/**
 * (v13, the merge's, `partyConnectsNM`) The transfer notice `t` in sentence `x` is a party's doing, not the provider's: "Call
 * United Way at 2-1-1; they can connect you with LIHEAP", "call 211, who can connect you with a shelter".
 */
function partyConnectsNM(x: Sentence, t: RegExpExecArray): boolean {
  return PARTY_CONNECTS_NM.test(x.n.slice(0, t.index)) || PARTY_LEAD_NM.test(t[0]);
}
/** (v13, the merge's) Transfer words that open on their third-party subject ("who can transfer"). */
const PARTY_LEAD_NM = /^(?:they|theyll|he|hell|she|shell|who|which)\b/;
/** (v13, the merge's) A third party as the subject right before the transfer words ("they can ", "who will "). */
const PARTY_CONNECTS_NM = /\b(?:they|theyll|he|hell|she|shell|who|which|staff there|folks there|people there)(?: (?:can|could|will|would|may|might|should|usually|often|also|then|are able to|is able to))* $/;

/** (v52 R19) The provider's colleague: "our colleague Omar", "my coworker at …" (the word after it, the colleague's name, if any). */
const COLLEAGUE_R19 = /\b(?:our|my) (?:colleague|colleagues|coworker|coworkers|co-worker|co-workers|teammate|fellow librarian|fellow librarians)\b(?: ([a-z]+))?/;
/**
 * (v57 W13) R19's colleague as the library's own librarian or specialist of a kind (up to two words), with a name or none ("Our law
 * librarian June", "our genealogy specialist", "Our outdoor-recreation specialist Marco"): the transfer in the next sentences goes to
 * them.
 */
const LIBRARIAN_W13 = /\b(?:our|my) (?:[a-z]+(?:-[a-z]+)? ){0,2}?(?:librarian|librarians|specialist|specialists|expert|experts|archivist|archivists)\b(?: ([a-z]+))?/;
/** (v52 R19) Whom a transfer sentence names: "transferring you (over / now / back) to <word>". */
const TRANSFER_TO_R19 = /\btransferr?(?:ing|ed|s)? (?:you|u|this|the chat|your chat)(?: (?:over|now|back|right now|directly))? to ([a-z]+)/;
/**
 * (v52 R19) The transfer sentence `t` goes to the colleague named `name` (the word after "our colleague", if any): to no one named,
 * "to him / her / them", to "the / our …" (a desk or a library), or to that name; not to another person ("My colleague Sam … so
 * call him. I'm transferring you to Rosa for the rest.": another provider, the colleague still referred).
 * (v57 W13) For W13's librarian (`desks` false), not to "the / our …": "Our law librarian June can help you: june.k@… For now I'm
 * transferring you to the reference desk" still refers to June.
 */
function toColleagueR19(name: string | undefined, t: string, desks = true): boolean {
  const to = TRANSFER_TO_R19.exec(t)?.[1];
  if (to === undefined || (desks ? /^(?:him|her|them|the|our|my|a|an|their|his)$/ : /^(?:him|her|them)$/).test(to)) return true;
  return name === to;
}
/** (v20 T2) The clause after a transfer notice opens on a pronoun alone, the colleague's: "; she can", "; and he will". */
const TRANSFER_PRONOUN_T2 = /^[;,]? *(?:and |so )?(?:she|he|they|shell|hell|theyll)(?: (?:also|can|will|could|would|should|may|might|is able to|are able to))* *$/;
/**
 * (v63 AC11, `transferClauseAC11`) T2's clause opened by the colleague's pronoun, with more words before "can help": "; he'll know
 * what our equipment can handle", "; she knows which forms you can use" (in the clause: no stop, comma or semicolon).
 */
/** (v63 AC11) The pronoun opening TRANSFER_CLAUSE_AC11's clause (left out before the clause is read for a party: "her" is one). */
const PRONOUN_AC11 = /^[;,]? *(?:and |so )?(?:she|he|they|shell|hell|theyll|shes|hes|theyre)\b/;
const TRANSFER_CLAUSE_AC11 = new RegExp(`${PRONOUN_AC11.source}[^;,.!?]*$`);
/** (v63 AC11) The colleague's own people, left out as well: "she and her team can handle …". */
const COLLEAGUES_OWN_AC11 = /\b(?:her|his|their) (?:own )?[a-z-]+\b/g;

/**
 * (v20 T8, within `transferPronounT2`) The transfer notice says the transfer does not happen: "I can't transfer you", "I'm unable to
 * transfer you", "I tried to transfer you", "I'd transfer you … but", "I wish I could transfer you".
 */
const NO_TRANSFER_T8 = /\b(?:cant|cannot|can not|couldnt|could not|unable to|not able to|wish i could|tried to|trying to|id|i would|was going to|wanted to) (?:(?:just|easily|simply) )?transfer\b/;
/** (v13 N7) Where a clause of its own begins after a colleague's: ", or", "; ", ", but". */
const CLAUSE_BREAK_N7 = /[;]|,? or (?=call|contact|email|e mail|phone|visit|stop|ask|reach|write|text)|, but /;

/** (v12 M4) A count of places or organisations: "three places", "a few organizations". */
const COUNTED_SRC_M4 = String.raw`\b(?:two|three|four|five|a few|several|a couple of|a couple|a number of|some) (?:places|organizations|organisations|nonprofits|groups|offices)`;
/** (v12 M4) The rest of a can-help clause that opens a list with a colon: "can help:", "can help with that:". */
const COLON_TAIL_SRC_M4 = String.raw`(?: (?:with|you with) (?:that|this|it|both|those|each))?(?: (?:too|here|out))?\s*:`;
/** (v12 M4) The count right before "can help". */
const COUNTED_M4 = new RegExp(`${COUNTED_SRC_M4}\\s*$`);
/** (v12 M4) After "can help", the colon that opens the list. */
const COLON_LIST_M4 = new RegExp(`^${COLON_TAIL_SRC_M4}`);
/** (v12 M4) "three places can help:", the whole lead of a counted list of parties. */
const COUNTED_LIST_M4 = new RegExp(`${COUNTED_SRC_M4} (?:can|could|may|might|will|should be able to) (?:help|assist)${COLON_TAIL_SRC_M4}`);
/** (v12 M4) The list's parties: split at semicolons, else at commas or "and"/"or" before "the". */
const LIST_SPLIT_M4 = /,\s*(?:and |or )?(?=the\b)|,?\s+(?:and|or)\s+(?=the\b)/;
/**
 * (v68 AH6, v67 AG6) The lead of a list of places to visit or parties to ask, with its colon: "two sure stops:", "two good places
 * to ask:".
 */
const STOPS_LIST_AH6 =
  /\b(?:two|three|four|a few|a couple of|some) (?:(?:(?:sure|good|great|must-see|must see|worthwhile|fun|easy|nearby|likely|useful|best|obvious|other|possible|right) )?(?:places to (?:visit|go|stop|ask|contact|call)|(?:people|persons|folks|ones|offices|experts|groups|organi[sz]ations) to (?:ask|contact|call|check with|talk to|speak to|speak with|email|write to))|(?:sure|good|great|must-see|must see|worthwhile|fun|easy|nearby|best|obvious) stops)(?: for [a-z ]{1,30}?)? ?:/;
/**
 * (v68 AH6, `stopsListAH6`) Sentence `k` of `m` lists places or parties after `STOPS_LIST_AH6` and one of them comes with no way to
 * reach it.
 */
function stopsListUnreachedAH6(s: Session, m: Msg, k: number): boolean {
  const items = listItemsM4(m, k, STOPS_LIST_AH6);
  if (items === null) return false;
  // an item run by an earlier one is reached through it ("…, and the Drum Point Lighthouse, which the museum runs")
  // (a place that is no party, "the boardwalk along the river right behind it", needs none)
  return items.length > 1 && items.some((it, j) => namesParty(s, it) && !hasReachableContact(contactsIn(s, it)) && !runByEarlierAH6(items.slice(0, j), it));
}
/** (v68 AH6) "which / that the <word> runs / operates / owns …", the word in an earlier item. */
const RUN_BY_AH6 = /\b(?:which|that) (?:the|our|their) (?:[a-z]+ ){0,2}([a-z]+) (?:runs|operates|owns|manages|maintains|staffs)\b|\b(?:run|operated|owned|managed|maintained) by (?:the|our) (?:[a-z]+ ){0,2}([a-z]+)\b/;
function runByEarlierAH6(earlier: readonly string[], it: string): boolean {
  const r = RUN_BY_AH6.exec(it);
  const w = r?.[1] ?? r?.[2];
  return w !== undefined && earlier.some((e) => hasWord(e, w));
}
/** (v12 M4; v68 AH6) The items listed after `lead` in sentence `k` of `m`, split as `LIST_SPLIT_M4` says; null when `lead` is not there. */
function listItemsM4(m: Msg, k: number, lead: RegExp): string[] | null {
  const x = m.sentences[k];
  if (!x) return null;
  const h = lead.exec(x.n);
  if (h === null) return null;
  const rest = x.n.slice(h.index + h[0].length);
  return rest.includes(';') ? rest.split(';') : rest.split(LIST_SPLIT_M4);
}
/** (v12 M4) Sentence `k` of `m` lists parties after "N places can help:" and one of them comes with no way to reach it. */
function countedListUnreached(s: Session, m: Msg, k: number): boolean {
  const items = listItemsM4(m, k, COUNTED_LIST_M4);
  if (items === null) return false;
  for (const it of items) if (/[a-z]/.test(it) && !hasReachableContact(contactsIn(s, it))) return true;
  return false;
}
/** (v11 K8) The word just before "can help" (at most two words back: "AARP Tax-Aide can…"), lower case. */
const SUBJECT_WORDS_K8 = /(?:^|[^a-z0-9&-])([a-z][a-z0-9&]{1,9})(?: [a-z][a-z0-9&-]{1,12})?\s*$/;
/** (v11 K8) Capitals that name no party: file formats, keys, parts of the web, the patron's own things. */
const NOT_ACRONYM_PARTY_K8 = /^(?:faq|faqs|pdf|pdfs|url|urls|app|apps|usb|gps|id|ids|pin|pins|wifi|api|csv|html|isbn|issn|doi|ok|okay|tv|dvd|dvds|cd|cds|pc|mac|it|us|am|pm|ctrl|alt|esc|vpn|ai|ill|otp|sms|ebt|snap)$/;
function acronymSubject(s: Session, m: Msg, x: Sentence, subject: string): boolean {
  const w = SUBJECT_WORDS_K8.exec(subject)?.[1];
  if (!w || w.length < 3 || NOT_ACRONYM_PARTY_K8.test(w) || s.P.knownResource.test(w)) return false;
  const raw = m.rawSentences[x.k] ?? '';
  const up = w.toUpperCase();
  for (let i = raw.indexOf(up); i >= 0; i = raw.indexOf(up, i + 1)) {
    const a = i === 0 ? '' : raw[i - 1]!;
    const b = raw[i + up.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(a) && !/[\p{L}\p{N}]/u.test(b)) return true;
  }
  return false;
}

/**
 * (v34 Z3, `theAcronymZ3`) The words before the modal end on "the", "your", "ur" or "a" (and "local"), then one word, the
 * acronym (checked in capitals in the raw sentence by `acronymSubject`): "the sba ", "your local sbdc ".
 */
const THE_ACRONYM_Z3 = /(?:^|[^a-z0-9&'-])(?:the|your|ur|a|an)(?: local)? ([a-z][a-z0-9&]{2,9}) ?$/;
/**
 * (v34 Z3) Capitals after "the" that name a thing, not a party: an index, a test, a manual, a form, a survey. (v34 Z3 checked
 * by Z5) and more things of those kinds: tests ("The ACT can tell you where you stand"), the library's own systems ("The OPAC
 * can tell you if it is checked in"), safety data sheets ("The SDS can tell you what gloves to wear"), the patron's plans and
 * statements ("ur IEP can help w that", "Your EOB can tell you what the insurer paid"), reference works and codes ("The OED
 * can tell you", "The CFR can answer"), laws, and kinds of account or company ("An LLC can help with that", "Your HSA can
 * help with that"): not parties to contact.
 */
const THING_ACRONYM_Z3 =
  /^(?:cpi|gdp|sat|gre|gmat|lsat|mcat|ged|toefl|ielts|dsm|mla|apa|fafsa|acs|nec|ada|act|psat|asvab|hiset|tabe|ssat|isee|opac|ils|lms|sds|msds|iep|ieps|ifsp|eob|eobs|oed|cfr|ocga|llc|llcs|ira|iras|hsa|fsa|ein|itin|hmo|ppo|fmla|hipaa|ferpa|flsa|aca)$/;
/**
 * (v34 Z3, `serviceNameZ3`) In the raw sentence, two to six capitalised words, the last "Service", then a modal: "The
 * Taxpayer Advocate Service can", "National Park Service would".
 */
const SERVICE_NAME_Z3 = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}'\u2019.&-]*[ \t]+){1,5}Service[ \t]+(?:can|could|will|would|should|may|might)\b/u;
/**
 * (v34 Z3 checked by Z5) The "… Service" name after a preposition, the owner of a thing that is the subject: "A report from the
 * Congressional Research Service can help with that", "The trail maps of the National Park Service can help".
 */
const SERVICE_OWNER_Z3 = /\b(?:of|from|by|on|about|in)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'\u2019.&-]*[ \t]+){1,5}Service[ \t]+(?:can|could|will|would|should|may|might)\b/u;
/** (v34 Z3) The chat service's or the library's own: "our …", "ask us", "chat", "reference", "library", "interlibrary loan". */
const OWN_SERVICE_Z3 = /\b(?:our|this|my|ask|chat|reference|librar[a-z]{1,6}|interlibrary|loan|online|text|homework|tutoring)\b(?: [a-z'-]+){0,5} service $/;
/**
 * (v34 Z3, `othersObjectZ3`) After "can help": a class of people as the object, no "like you(rs)" or "such as you(rs)"
 * after it: " small businesses in many ways", " seniors".
 */
const OTHERS_OBJECT_Z3 =
  /^ (?:(?:small|local|new|other|many|most|low-income|low income|older|young|first-time|first time) ){0,2}(?:businesses|business owners|people|families|seniors|veterans|students|tenants|owners|entrepreneurs|companies|startups|immigrants|residents|patients|kids|children|parents|homeowners|renters|workers|consumers|taxpayers)\b(?! (?:[a-z-]+ ){0,2}?(?:like|such as|including) (?:you|u|yours|yourself)\b)(?! (?:[a-z-]+ ){0,2}?(?:in|with) (?:your|ur) (?:situation|position|case|shoes|circumstances)\b)(?! (?:[a-z-]+ ){0,2}?like the one (?:you|u|youre|ur)\b)/;
/** (v34 Z3) The Spanish forms of referralCanHelp: "le puede ayudar", "pueden informarle". */
const NO_PUEDE_Z3 = /^(?:le|te|les|lo|la|los|las|puede|pueden|podria|podrian)\b/;
/**
 * (v34 Z3, `resourceSubjectEsZ3`) A Spanish subject opened by a resource (after the start, a comma or "y / pero / o /
 * también"), up to six words after it: "la guia del contralor ", "su pagina web ". (v34 Z3 checked by Z5) Not "enlace" as a
 * person, the liaison: "El enlace comunitario de la escuela le puede ayudar" (a referral).
 */
const RESOURCE_SUBJECT_ES_Z3 =
  /(?:^|[,;:] ?|\b(?:y|pero|o|tambien) )(?:la|el|esta|este|esa|ese|su|sus|nuestra|nuestro|una|un|las|los) (?:guias?|paginas?|sitios?|web|base de datos|bases de datos|catalogos?|formularios?|folletos?|listas?|aplicacion|app|portal|enlaces?(?! (?:comunitari[oa]s?|familiar(?:es)?|escolar(?:es)?|bilingues?|de (?:la |las |los )?(?:escuelas?|familias?|padres|comunidad)\b))|articulos?|libros?|herramientas?)\b(?: [a-z0-9-]+){0,6} ?$/;

const THEM = /\b(?:their|them|they|theyre|theyll)\b/;
const OURS = /\b(?:our|us)\b/;

/**
 * Contact details for the referral in sentence `k` of `m`: in the message, or in the next provider
 * message about "them". A next message that signs the provider's own name and library (a
 * signature) gives the provider's contact, not the party's, unless the party is the provider's own
 * library ("our reference desk").
 */
function contactFor(s: Session, m: Msg, k: number): Msg | null {
  if (
    s.rubric.referralByContact === true
      ? partyContactIn(s, m) && (s.rubric.referralStretchA !== true || (s.rubric.contactOwnerN === true ? ownedContact(s, m, k) : stretchContact(s, m, k)))
      : hasReachableContact(contacts(s, m))
  )
    return m;
  const next = contactNext(s, m, k);
  if (next === null && s.rubric.contactBeforeY === true) return contactBefore(s, m, k);
  return next;
}

/** (v10 Y, `ackBetweenY`) A patron message that only acknowledges: "ok", "thanks!", "got it, thx", "yes perfect". */
const ACK_ONLY_Y =
  /^(?:ok+|okay|k|kk|alright|all right|thanks|thank you|thx|ty|tysm|got it|great|cool|sure|perfect|yes|yeah|yep|yup|ya|hmm+|mm+|oh|ah|i see|sounds good|nice)(?:[ ,.!]+(?:ok+|okay|thanks|thank you|thx|ty|got it|great|cool|sure|perfect|yes|yeah|yep|so much))*[ .!]*$/;
/** (v10 Y) A referral that points back with a pronoun: "give them a call", "email her", "ask them for the form". */
const PRONOUN_REFERRAL_Y =
  /\b(?:give|call|email|e mail|phone|ring|text|contact|ask|write to|visit|reach out to|get in touch with|talk to|talk with|speak to|speak with) (?:them|him|her)\b(?! (?:[a-z]+ )?(?:staff|office|desk|department|team|librarian|counselor|counsellor|advisor|adviser|doctor|lawyer)\b)/;
/**
 * (v10 Y, `contactBeforeY`) The contact for a referral in sentence `k` of `m` that points back with a pronoun and
 * carries none itself: the provider's message just before `m` (no patron message between) when it gives a way to reach
 * someone other than the patron (a URL after a resource's name is the resource's) and a party is named there or in the
 * referring sentence ("which service center has appointments") ("…Service Centers issue licenses, phone 612-348-8241." then "…give them a call.").
 */
function contactBefore(s: Session, m: Msg, k: number): Msg | null {
  const ref = m.sentences[k];
  if (!ref || !PRONOUN_REFERRAL_Y.test(ref.n)) return null;
  // (v55 U19, `pronounBackU19`) "Please call them this week." after "Is that what you needed?" and the patron's thanks: the messages
  // between that name no party (and give no contact) are passed over
  // [only for a message that names no party of its own ("The Dunmore Historical Society keeps files …, so I'd contact them" points
  // to the society), and to a message that names the party]
  const back = s.rubric.pronounBackU19 === true && !namesParty(s, m.n);
  let passed = false;
  for (let p = m.pos - 1; p >= 0; p--) {
    const prev = s.vis[p]!;
    if (prev.role === 'patron') {
      if (back && !namesParty(s, prev.n)) {
        passed = true;
        continue;
      }
      return null;
    }
    if (prev.role !== 'provider') continue;
    if (back && !namesParty(s, prev.n) && !partyContactIn(s, prev)) {
      passed = true;
      continue;
    }
    if (passed && !namesParty(s, withoutAddresses(prev.n))) return null;
    // a phone, e-mail or address not the patron's, or a URL not a resource's ("the county guide is at …" is no way to reach them)
    if (!partyContactIn(s, prev) || !prev.sentences.some((x) => partyContactText(s, x.n, true))) return null;
    // (v18 R2, `pronounNamedHereR2`) "them" points to the party an earlier sentence of `m` names, not to `prev`'s
    if (s.rubric.pronounNamedHereR2 === true && namedHereR2(s, m, k, prev)) return null;
    return namesParty(s, withoutAddresses(prev.n)) || namesParty(s, ref.n) ? prev : null;
  }
  return null;
}

/**
 * (v18 R2, `pronounNamedHereR2`) A sentence of `m` before sentence `k` names a party ("The Cuyahoga County Archives may
 * also have the coroner's files.") that `prev` does not name (neither its first word nor two of its words, as v13 N8's
 * `partyWordsN8`): the pronoun of sentence `k` points to that party.
 */
function namedHereR2(s: Session, m: Msg, k: number, prev: Msg): boolean {
  let pb: string | undefined;
  for (const x of m.sentences) {
    if (x.k >= k) break;
    const bare = withoutAddresses(x.n);
    if (!namesParty(s, bare)) continue;
    const words = namingWords(bare);
    pb ??= withoutAddresses(prev.n);
    if (words.length > 0 && !hasWord(pb, words[0]!) && sharedWords(pb, words) < 2) return true;
  }
  return false;
}

/**
 * (v36 G6, `pronounLeadPartyG6`) The referral `ref` of `m` points back with a pronoun ("so ask her", "check with them") to a
 * party its own sentence names before the verb, with naming words ("Whether AI is allowed is up to your instructor, so check
 * with them"), and sentence `x`, an earlier one of `m`, gives a URL but no phone, e-mail or address
 * and names neither that party's first word nor two of its words: `x`'s URL is not the party's ("The format is at
 * apastyle.apa.org/blog/how-to-cite-chatgpt.").
 */
function pronounLeadG6(s: Session, m: Msg, ref: Sentence, x: Sentence): boolean {
  const v = m.execFrom(ref, F.referralVerb, 0);
  if (!v || v.index === 0) return false;
  const lead = withoutAddresses(ref.n.slice(0, v.index));
  if (!namesParty(s, lead)) return false;
  const words = partyWordsIn(lead);
  if (words.length === 0) return false;
  const c = contactsIn(s, x.n);
  if (c.phone || c.email || c.address) return false;
  const bare = withoutAddresses(x.n);
  return !hasWord(bare, words[0]!) && sharedWords(bare, words) < 2;
}

/**
 * (v6) The contact for the referral in sentence `k` is in that sentence or after it, or in an
 * earlier sentence that gives a phone, e-mail or address, or speaks of the party ("their site is
 * …", a party word): a URL before it for something else ("Our obituary index at fcpl.org/obits
 * lists it. For the burial, ask the cemetery office.") is no way to reach the party.
 */
function stretchContact(s: Session, m: Msg, k: number): boolean {
  if (k === 0) return true;
  for (const x of m.sentences) {
    const c = contactsIn(s, x.n);
    if (!hasReachableContact(c)) continue;
    if (x.k >= k || c.phone || c.email || c.address || THEM.test(x.n) || namesParty(s, x.n)) return true;
  }
  return false;
}

/**
 * (v9 N, `contactOwnerN`) Whose contact each sentence of `m` gives, for the referral in sentence `k` (RUBRIC.md: every
 * party referred to "comes with a way to reach them"). The referral's own sentence: any contact but the patron's.
 * Another sentence: a URL whose nearest owner before it is a resource ("our FAFSA guide (libguides…)", "the form is
 * at …"; not "their site") is the resource's; after the referral, a sentence that signs with the provider's own
 * name (or follows one that does: a signature block) gives the provider's contact; before the referral, a sentence
 * gives the referred party's contact when the referral points back to it ("… call them"), names the same party, or
 * names no party and gives a phone, e-mail or address, or a URL with "their/them" (v6's reading), and not when it
 * names another party ("The People's Law Library explains the steps: …" before "ask the Register of Wills staff").
 */
function ownedContact(s: Session, m: Msg, k: number, otherSentencesOnly = false): boolean {
  const ref = m.sentences[k];
  if (!ref) return false;
  if (!otherSentencesOnly && (s.rubric.urlBeforeVerbN5 === true ? ownSentenceContactN5(s, m, ref) : partyContactText(s, ref.n, false))) return true;
  let party: Party | undefined;
  let names: string[] | undefined;
  let signed = false;
  for (const x of m.sentences) {
    if (x.k === k) continue;
    // a signature block: the line with the provider's own name and every line after it
    if (!signed && x.k > k) signed = ownNameIn((names ??= ownNamesOf(s, m)), x);
    party ??= partyOf(s, m, ref);
    // (v19 SM, `subjectUrlSM`) "The CFPB explains overdraft rules at consumerfinance.gov/…" before "… file a complaint with the
    // CFPB": the URL of a sentence whose subject is the party is the party's
    if (
      s.rubric.subjectUrlSM === true &&
      x.k < k &&
      subjectUrlSM(s, m, ref, x, party) &&
      // (v23 X2, `personHeadX2`) not for a person of a kind sharing only its first word with the subject ("Ask your
      // workforce counselor" after "The Texas Workforce Commission explains benefits at …")
      !(s.rubric.personHeadX2 === true && personHeadX2(s, withoutAddresses(x.n), party))
    )
      return true;
    // (v29 D2, `nameLabelD2`) a later sentence's URL on a domain that spells the party's whole name is the party's own
    if (s.rubric.nameLabelD2 === true && x.k > k && !signed && !party.pronoun && nameLabelD2(s, x, party)) return true;
    // (v31 I3, `theirSiteBeforeI3`) "Kalamazoo's website is kpl.gov." before "Please contact their circulation department"
    if (s.rubric.theirSiteBeforeI3 === true && x.k < k && theirSiteBeforeI3(s, ref, x)) return true;
    if (!partyContactText(s, x.n, true, party.words)) continue;
    if (x.k > k) {
      if (signed) continue;
      // (v16, `laterContactOwnerV16`) a later sentence's contact is the party's only when that sentence or the address points to it
      if (s.rubric.laterContactOwnerV16 === true && !laterContactTheParty(s, m, ref, x, party)) continue;
      return true;
    }
    // (v36 G6, `pronounLeadPartyG6`) not a URL-only sentence that does not name the party the referral's own sentence names
    // before the verb ("The format is at apastyle.apa.org/…" before "It's up to your instructor, so check with them")
    if (party.pronoun) {
      // (v37 E6, `pronounHostE6`) unless the URL's host is a word of the referral's sentence (mva.maryland.gov, "the MVA")
      if (s.rubric.pronounLeadPartyG6 === true && pronounLeadG6(s, m, ref, x) && !(s.rubric.pronounHostE6 === true && pronounHostE6(ref.n, x.n))) continue;
      return true;
    }
    const bare = withoutAddresses(x.n);
    // (v13 N8, `partyWordsN8`) the party's first word or two of its words, not a later one shared by chance ("rental
    // only" before "contact Boosey & Hawkes' rental library"; "the details are on columbuslibrary.org" … "our Homebound
    // Services folks" shares "homebound", the first)
    if (
      (s.rubric.partyWordsN8 === true
        ? party.words.length > 0 && (hasWord(bare, party.words[0]!) || sharedWords(bare, party.words) >= 2)
        : party.words.some((w) => hasWord(bare, w))) &&
      // (v34 Z4, `sourceSubjectZ4`) not a sentence whose subject is a source with its URL ("The zabihah.com directory lists
      // halal stores …" before "ask at the halal butcher"): a word shared with what the source lists
      // (v34 Z4 checked by Z5) unless the source's domain names the party: "The mdcourts.gov directory lists every District
      // Court clerk's office. Call the District Court clerk's office …" (the courts' own site)
      !(s.rubric.sourceSubjectZ4 === true && sourceSubjectZ4(x.n, party.words))
    ) {
      // (v23 X2, `personHeadX2`) "The Texas Workforce Commission explains benefits at twc.texas.gov/…" before "Ask your
      // workforce counselor at the local center": another party shares only the first word of a person of a kind
      if (s.rubric.personHeadX2 === true && personHeadX2(s, bare, party)) continue;
      return true;
    }
    if (namesParty(s, bare)) continue;
    const c = contactsIn(s, x.n);
    // (v34 Z7, `theyResourceZ7`) not a resource's "they" ("… guidelines and they're free at wpath.org/soc8")
    // (v57 W12, `orgTheirW12`) nor the "their" of an organisation the sentence names in capitals before it ("The American Academy of
    // Pediatrics says …; their guide is at healthychildren.org" before "You can also ask her pediatrician")
    if (c.phone || c.email || c.address || (THEM.test(bare) && !(s.rubric.theyResourceZ7 === true && theyResourceZ7(bare)) && !(s.rubric.orgTheirW12 === true && orgTheirW12(m.rawSentences[x.k] ?? '', bare)))) return true;
  }
  return false;
}

/**
 * (v57 W12) A name in capitals (two capitalised words or more, "of / for / and / the / &" between them, not counting an opening
 * "The"; or an acronym) and, after it in the same sentence, "their / they / them".
 */
const ORG_THEIR_W12 = /(?:\b(?!The\b)[A-Z][a-z]+(?: (?:of|for|and|on|the|&))?(?: [A-Z][a-z]+)+|\b[A-Z]{2,6}\b)[^.!?]*?\b(?:[Tt]heir|[Tt]hey|[Tt]hem|[Tt]hey['\u2019]re|[Tt]heyre)\b/;
/**
 * (v57 W12, `orgTheirW12`) Sentence `raw` (as written; `bare` normalised with its addresses blanked, one pointing word in it) names
 * an organisation in capitals before its "their": the URL there is that organisation's, not a later party's ("The American Academy
 * of Pediatrics says to use the harness …; their guide is at healthychildren.org …" before "You can also ask her pediatrician";
 * "Bloodworks Northwest runs most drives; their host page is …" before "call your local Red Cross chapter").
 */
function orgTheirW12(raw: string, bare: string): boolean {
  if ((bare.match(THEM_ALL_Z7)?.length ?? 0) !== 1) return false;
  return ORG_THEIR_W12.test(raw);
}

/** (v31 I3, `theirSiteBeforeI3`) A sentence that opens by saying whose website is the URL: "Kalamazoo's website is kpl.gov", "Their site is at …". */
const NAMED_SITE_I3 = /^(?:(?:and|also|so|ok|okay) )?(?:(?:the )?(?:[a-z0-9-]+ ){0,4}?[a-z0-9-]+s|their|its) (?:own )?(?:website|web site|site|homepage|home page) (?:is|is at|can be found at)\b/;
/**
 * (v31 I3, `theirSiteBeforeI3`) Sentence `x`, before the referral `ref`, opens by saying whose website its URL is, and the
 * referral points back with "their" ("Please contact their circulation department directly"): the site is the party's.
 */
function theirSiteBeforeI3(s: Session, ref: Sentence, x: Sentence): boolean {
  if (!ref.n.includes('their')) return false;
  const t = THEIR_I3.exec(ref.n);
  // (second wave J1) "their" points back to the party whose site it is only when no other party is referred to before it:
  // not "Please call the school district and ask their registrar", "Ask your landlord to contact their insurer"
  return t !== null && !OTHER_OBJECT_J1.test(ref.n.slice(0, t.index)) && NAMED_SITE_I3.test(x.n) && contactsIn(s, x.n).url;
}
/** (second wave J1, `theirSiteBeforeI3`) A referring verb with an object other than "their" ("call the school district", "ask your landlord"). */
const OTHER_OBJECT_J1 =
  /\b(?:contact|call|phone|ring|ask|email|e mail|visit|write to|talk to|talk with|speak to|speak with|check with|reach out to|get in touch with|stop by|go to) (?!their\b|directly\b|also\b|just\b)[a-z]/;
/** (v31 I3, `theirSiteBeforeI3`) A referring verb whose object opens with "their": "contact their circulation department", "call their main desk". */
const THEIR_I3 = /\b(?:contact|call|phone|ring|ask|email|e mail|visit|write to|talk to|talk with|speak to|speak with|check with|reach out to|get in touch with|stop by|go to)(?: (?:directly|also|just))? their\b/;

/**
 * (v23 X2) A phone number given as an alternative ("…, or 614-555-0199, our reference line", "…, o al 555-201-0100 de la
 * biblioteca") and labelled as the library's own right after it.
 */
const OWN_ALT_X2 =
  /(?:^|[ ,;])(?:or|o) (?:call |llame |al |at |on )?(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d),? \(?(?:here (?:at|in) (?:the|our|this) (?:library|branch)|(?:de|en) (?:la|nuestra|esta) (?:biblioteca|sucursal)|our (?:[a-z]+ )?(?:line|number|desk|phone)|(?:the|this) librarys (?:[a-z]+ )?(?:line|number|desk|phone))\b/g;
/**
 * (v23 X2, `ownNumberX2`) The referral's sentence `k` of `m` gives the library's own number as the alternative (OWN_ALT_X2),
 * and once it is taken out neither the sentence nor another sentence of `m` gives the party's contact (`ownedContact`), and
 * the party referred to is not the library itself.
 */
function ownNumberOnlyX2(s: Session, m: Msg, k: number): boolean {
  const x = m.sentences[k]!;
  OWN_ALT_X2.lastIndex = 0;
  if (!OWN_ALT_X2.test(x.n)) return false;
  const v = m.execFrom(x, F.referralVerb, 0);
  if (v !== null && OWN_PARTY_X2.test(x.n.slice(v.index + v[0].length).trimStart())) return false;
  // (v23 X8, `ownRoomX8`) "Call the Bookmobile, or …, our main line": a room or service of the library itself
  if (v !== null && s.rubric.ownRoomX8 === true && OWN_ROOM_X8.test(x.n.slice(v.index + v[0].length).trimStart())) return false;
  return !hasReachableContact(contactsIn(s, x.n.replace(OWN_ALT_X2, ' '))) && !ownedContact(s, m, k, true);
}
/**
 * (v39 E14, `ownContactWideE14`) As X2's `ownNumberOnlyX2`: the referral's sentence `k` of `m` has no contact but the library's
 * own after "llámenos / comuníquese con nosotros / call us" (classify.ts `ownOnlyE14`: no URL or address either), no other
 * sentence gives the party's, and the party is not the library itself.
 */
function ownNumberOnlyE14(s: Session, m: Msg, k: number): boolean {
  const x = m.sentences[k]!;
  if (!ownOnlyE14(s, x.n) || contactsIn(s, x.n).url || contactsIn(s, x.n).address) return false;
  const v = m.execFrom(x, F.referralVerb, 0);
  if (v !== null && /^(?:con |a )?(?:nosotros|us)\b/.test(x.n.slice(v.index + v[0].length).trimStart())) return false;
  if (v !== null && OWN_PARTY_X2.test(x.n.slice(v.index + v[0].length).trimStart())) return false;
  return !ownedContact(s, m, k, true);
}
/**
 * (v40 E19, `ownContactNextE19`) As E14's `ownNumberOnlyE14`, the library's own number in another sentence of the message
 * ("Hable con su casero. Si no le contesta, llámenos al 410-…"): the referral's sentence `k` has no contact of its own, and
 * every other sentence's e-mail or phone follows the library's own contact verb (no URL or address): the party has none.
 */
function ownNumberElsewhereE19(s: Session, m: Msg, k: number): boolean {
  const x = m.sentences[k]!;
  if (hasReachableContact(contactsIn(s, x.n))) return false;
  let own = false;
  for (const y of m.sentences) {
    if (y.k === k) continue;
    const c = contactsIn(s, y.n);
    if (!hasReachableContact(c)) continue;
    if (c.url || c.address || !ownOnlyE14(s, y.n)) return false;
    own = true;
  }
  // (v40 E23, `ownDeptOwnerE23`, `ownDeptSectionsE23`) E19's departments read by `ownDeptEsE23`
  if (!own || (s.rubric.ownDeptEsE19 === true && ownDeptEsE23(s, x.n))) return false;
  const v = m.execFrom(x, F.referralVerb, 0);
  if (v !== null && /^(?:con |a )?(?:nosotros|us)\b/.test(x.n.slice(v.index + v[0].length).trimStart())) return false;
  return !(v !== null && OWN_PARTY_X2.test(x.n.slice(v.index + v[0].length).trimStart()));
}
/**
 * (v23 X8, `ownRoomX8`) The referred party is a room, collection or service of a library ("the Local History Room", "the
 * Bookmobile"), not another institution's ("the county's Records Room", "the museum's collection").
 */
const OWN_ROOM_X8 =
  /^(?:(?:to|with) )?(?:the|our) (?!(?:[a-z-]+ ){0,3}?(?:county|countys|court|courts|courthouse|city|citys|state|states|clerk|clerks|recorder|recorders|hospital|hospitals|university|universitys|college|colleges|school|schools|museum|museums|archives|society|societys)\b)(?:[a-z-]+ ){0,3}?(?:room|collection|collections|bookmobile|makerspace|maker space|media lab|computer lab|homework center|teen space|stacks)(?=$|[ ,;:.!?(])/;
/** (v23 X2) The referred party is the library itself or its desk ("call our reference desk, or …, our main line"). */
const OWN_PARTY_X2 =
  /^(?:al |a |to |with )?(?:our|us|the library|the librarys|this library|la biblioteca|nuestra|nuestro|(?:the|a) (?:reference|circulation|front|information|help|service|children'?s|youth) (?:desk|librarian|staff|department|line)|a librarian)\b/;

/** (v23 X2) A referring verb whose normalised form is also the first person's preterite with its accent taken off. */
const PRETERITE_ES_X2 = /^(?:llame|pregunte|consulte|hable|visite|contacte)\b/;
/** (v23 X2) A letter of a Spanish word, for word edges around accented letters (`\b` does not see them). */
const ES_LETTER_X2 = 'a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00fc\u00f1';
/**
 * (v23 X2, `preteriteEsX2`) The sentence as written, `raw`, holds the referring verb `verb` only as the first person's
 * preterite ("llamé", "pregunté", "consulté": the provider's own call or question), never as the imperative ("llame").
 */
function preteriteEsX2(raw: string, verb: string): boolean {
  const [past, now] = PRETERITE_FORMS_X2.get(PRETERITE_ES_X2.exec(verb)![0])!;
  const text = raw.normalize('NFC').toLowerCase();
  return past.test(text) && !now.test(text);
}
/** (v23 X2) Each verb of PRETERITE_ES_X2 as a whole word: its preterite ("llamé") and its form as normalised ("llame"). */
const PRETERITE_FORMS_X2 = new Map(
  ['llame', 'pregunte', 'consulte', 'hable', 'visite', 'contacte'].map((w) => [
    w,
    [new RegExp(`(?<![${ES_LETTER_X2}])${w.slice(0, -1)}\u00e9(?![${ES_LETTER_X2}])`), new RegExp(`(?<![${ES_LETTER_X2}])${w}(?![${ES_LETTER_X2}])`)] as const,
  ]),
);

/** (v23 X2) The last word of a referred party that makes it a person of a kind ("your workforce counselor", "a social worker"). */
const PERSON_HEAD_X2 =
  /^(?:counselor|counsellor|counselors|counsellors|worker|workers|caseworker|caseworkers|advisor|adviser|advisors|advisers|officer|officers|agent|agents|attorney|lawyer|navigator|navigators|coordinator|representative|rep|specialist|specialists|consultant|nurse|doctor|teacher|pharmacist|planner|librarian)$/;
/**
 * (v23 X2, `personHeadX2`) Sentence text `bare` (before the referral) names another party and shares only the referred
 * party's first word with it, and the referred party (two words or more) ends in a person's role that `bare` does not
 * hold: "The Social Security Administration explains survivor benefits at ssa.gov/…" is no way to reach "a social worker at
 * the hospital".
 */
function personHeadX2(s: Session, bare: string, party: Party): boolean {
  if (party.pronoun || party.words.length < 2) return false;
  const head = party.words[party.words.length - 1]!;
  if (!PERSON_HEAD_X2.test(head) || hasWordOrPossessive(bare, head) || hasWord(bare, head + 's')) return false;
  // (v23 X8, `personStemX8`) the office of the person's role ("counseling office" for "counselor", "advising" for "advisor")
  if (s.rubric.personStemX8 === true && roleStemX8(bare, head)) return false;
  // the party's naming words of three letters or more ("legal aid attorney": "legal" and "aid" both shared)
  let shared = 0;
  for (const w of party.text.split(/[^a-z0-9]+/)) if (w.length >= 3 && !GENERIC_N.has(w) && hasWord(bare, w)) shared++;
  return shared <= 1 && namesParty(s, bare);
}

/**
 * (v23 X8, `personStemX8`) `bare` holds a word opening with the stem of role word `head` (its first five letters, or all
 * but its last for a shorter one): "counseling" for "counselor", "advising" for "advisor", "nursing" for "nurse".
 */
function roleStemX8(bare: string, head: string): boolean {
  const stem = head.slice(0, Math.max(4, Math.min(5, head.length - 1)));
  for (const w of bare.split(/[^a-z0-9]+/)) if (w.length > stem.length && w.startsWith(stem) && w !== head) return true;
  return false;
}

/** (v34 Z6, Z8) The words of its own (3+ letters, not generic) of `party`: "the county's Office of Emergency Management" has some, "the office" none. */
function ownWordsZ6(party: string): string[] {
  return party.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !GENERIC_N.has(w));
}
/** (v35 E2) A role in an organisation, or the kind of club it is: "president", "curator", "docents", "club". */
const ROLE_E2 = /^(?:president|presidents|chair|chairs|chairperson|secretary|treasurer|director|directors|curator|curators|archivist|archivists|docent|docents|coordinator|coordinators|organizer|organizers|organiser|organisers|volunteer|volunteers|member|members|officer|officers|webmaster|club|clubs)$/;
/**
 * (v35 E2, `subjectTopicRoleE2`) A party (the words after the verb) names only a role or a club's officer: its words of its
 * own (`ownWordsZ6`) but "one" are all roles ("the club president", "the curator", "one of the docents").
 */
function roleOnlyE2(own: readonly string[]): boolean {
  const roles = own.filter((w) => w !== 'one');
  return roles.length > 0 && roles.every((w) => ROLE_E2.test(w));
}
/**
 * (v36 E3, `relativeRunsE3`) A relative clause after a referred party that says it runs, staffs or serves as a party named
 * with "the" and a few words, the clause ending there: ", who run the Sun's reprint desk,", ", which serves as the Sun's
 * reprint desk,". Not ", which runs the reading room with many of the Sun's negatives" (what the party keeps, not who it is),
 * nor ", which runs a …".
 */
const RELATIVE_RUNS_E3 =
  /^, (?:who|which) (?:run|runs|ran|manage|manages|managed|operate|operates|operated|staff|staffs|staffed|head|heads|headed|oversee|oversees|serve as|serves as|served as|act as|acts as) the(?: [a-z]+){1,4}(?:[,.;:!]|$)/;
/** (v34 Z6, `subjectTopicZ6`) The topic a referral's party is asked about: " about …", " regarding …", " concerning …". */
const TOPIC_Z6 = / (?:about|regarding|concerning)\b/;
/**
 * (v19 SM) Sentence `x` opens with a party as its subject ("The CFPB explains overdraft rules at consumerfinance.gov/…": a
 * party word within its first five words) and gives a URL, and the referral's sentence `ref` names that party from its
 * verb on ("… file a complaint with the CFPB"): the URL is the party's own.
 */
function subjectUrlSM(s: Session, m: Msg, ref: Sentence, x: Sentence, party: Party): boolean {
  const bare = withoutAddresses(x.n);
  const p = firstNamedParty(s, bare);
  if (p === null) return false;
  const head = bare.slice(0, p.index + p[0].length);
  if (head.split(' ').length > 5 || !contactsIn(s, x.n).url) return false;
  // (v19 S7) a party after the verb that shares a word with the subject but opens with another is another party of the kind
  // ("talk to a private attorney" after "The Ohio Attorney General explains … at ohioprotects.org")
  if (!party.pronoun && party.words.length > 1 && !hasWord(head, party.words[0]!) && party.words.some((w) => hasWord(head, w))) return false;
  const v = m.execFrom(ref, F.referralVerb, 0);
  let after = v ? ref.n.slice(v.index) : ref.n;
  // (v34 Z6, `subjectTopicZ6`) a party named after the verb: its words, not those of the topic after it ("call the county's Office
  // of Emergency Management about their flood warning system" after "FEMA's Flood Map Service Center at msc.fema.gov …")
  if (s.rubric.subjectTopicZ6 === true && v && !party.pronoun) {
    const t = TOPIC_Z6.exec(after);
    // (Z8) only when that party has a word of its own: "call the office about a flood permit" after "The Maryland Flood Office
    // explains permits at flood.maryland.gov" is that office (the generic words point back), so its topic still lends
    // (v35 E2, `subjectTopicRoleE2`) nor when that party is only a role or a club's officer ("hit up the club president about
    // league loaner scopes" after "the howard astro league has star nights at howardastro.org"): the topic says whose
    if (t !== null && namesParty(s, after.slice(0, t.index))) {
      const own = ownWordsZ6(after.slice(v[0].length, t.index));
      if (own.length > 0 && !(s.rubric.subjectTopicRoleE2 === true && roleOnlyE2(own))) after = after.slice(0, t.index);
    }
  }
  // (v35 G3, `relativePartyG3`) nor those of a relative clause after it ("write to the Maryland State Archives' Special
  // Collections, who hold many of the Sun's negatives" after "The Sun's photo archive … baltimoresun.com/reprints")
  if (s.rubric.relativePartyG3 === true && v && !party.pronoun && after.includes(', wh')) {
    const c = RELATIVE_G3.exec(after);
    // (v35 G3 checked by J2) not a clause that says whose the party is: "Email the research desk, which is part of the Sun's library"
    // (v36 E3, `relativeRunsE3`) nor one that says the party runs or serves as the one named, ending there: "Write to the photo
    // archivists, who run the Sun's reprint desk, about …", "Email the Calvert Street front office, which serves as the Sun's reprint desk"
    if (c !== null && namesParty(s, after.slice(0, c.index)) && !RELATIVE_OWNER_G3.test(after.slice(c.index)) && !(s.rubric.relativeRunsE3 === true && RELATIVE_RUNS_E3.test(after.slice(c.index))))
      after = after.slice(0, c.index);
  }
  for (const w of head.split(/[^a-z0-9]+/)) if (w.length >= 3 && !GENERIC_N.has(w) && hasWord(after, w)) return true;
  return false;
}

/**
 * (v16, `laterContactOwnerV16`) Sentence `x` of `m`, after the referral in sentence `ref`, gives the referred party's
 * contact when it points to the party ("their", "them", one of its words, "the Register's page"); otherwise a phone,
 * e-mail or postal address counts unless the sentence refers the patron to another party it names ("call your crop
 * insurance agent … The Graham County Extension office can help you assess the stand: 785-421-3411"), and a URL only when
 * the sentence speaks of contact details ("contact information for all Maryland public libraries at …"), is the address
 * with a label at most ("Website: mdlab.org"), or the URL's domain opens with a word of the party ("call the IRS about
 * that. The CP14 notice is explained at irs.gov/cp14"). Not "check with Financial Aid … Meanwhile the library lends
 * textbooks: library.hccs.edu/…", nor "Ask your ESL teacher… The levels are explained at casas.org": a page of something
 * else.
 */
function laterContactTheParty(s: Session, m: Msg, ref: Sentence, x: Sentence, party: Party): boolean {
  const bare = withoutAddresses(x.n);
  if (THEM.test(bare)) return true;
  // a referral that points back ("check with them") is about the party its own sentence names ("Book vouchers are set up
  // by Financial Aid, so you'll want to check with them")
  const text = party.pronoun ? ref.n : party.text;
  const states = s.rubric.stateNameX4 === true;
  const named = party.pronoun ? partyWordsIn(text) : party.words;
  // (v23 X4, `stateNameX4`) a state's name is no word of the party's own ("Ohio Legal Help" after "the Ohio Attorney General's …")
  const words = states ? named.filter((w) => !STATE_WORDS_X4.has(w)) : named;
  // one of the party's words, also possessive ("the Register's page")
  for (const w of words) {
    if (!(hasWord(bare, w) || hasWord(bare, w + 's'))) continue;
    if (s.rubric.otherReferralK1 === true && !party.pronoun && otherReferralK1(s, m, x, words)) break;
    return true;
  }
  const c = contactsIn(s, x.n);
  if (c.phone || c.email || c.address) return !(namesParty(s, bare) && refersPatron(s, m, x));
  if (LABEL_ONLY_V16.test(bare) || CONTACT_WORDS_V16.test(bare)) return true;
  // a domain that opens with one of the party's words ("the IRS" and irs.gov, "llame al 988" and 988lifeline.org)
  const tokens = text.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !GENERIC_N.has(w) && !URL_LABELS_N5.has(w));
  for (const u of x.n.matchAll(s.P.global('url'))) {
    for (const label of hostLabels(u[0])) {
      for (const w of tokens) {
        if (!states) {
          if (label.startsWith(w)) return true;
          continue;
        }
        // (v23 X4) a state's name is the party's only as a whole label ("tax.ohio.gov"), not at the start of another
        // ("ohiolegalhelp"), which is read from the word after it ("ohioattorneygeneral": "attorney…")
        if (STATE_WORDS_X4.has(w) ? label === w : label.startsWith(w) || afterStateX4(label).startsWith(w)) return true;
        // (v23 X8, `stateLabelX8`) a party named by its state alone ("the Montana State Library") and a label that is the
        // state and generic words only ("montanastatelibrary")
        if (s.rubric.stateLabelX8 === true && STATE_WORDS_X4.has(w) && label.startsWith(w) && genericRunX8(label.slice(w.length)) && tokens.every((t) => STATE_WORDS_X4.has(t))) return true;
      }
    }
  }
  return false;
}
/**
 * (v31 K1, `otherReferralK1`) Sentence `x` refers the patron to another party: a
 * referring verb whose object names a party that shares none of `words` (the first party's) ("If the issuer does not
 * resolve it, you may submit a complaint to the CFPB at consumerfinance.gov/complaint"). Not "You can reach the issuer at …".
 */
function otherReferralK1(s: Session, m: Msg, x: Sentence, words: readonly string[]): boolean {
  const v = m.execFrom(x, F.referralVerb, 0);
  if (v === null) return false;
  const object = withoutAddresses(x.n.slice(v.index + v[0].length, v.index + v[0].length + OBJECT_CHARS));
  if (!namesParty(s, object) || THEM.test(object)) return false;
  for (const w of words) if (hasWord(object, w) || hasWord(object, w + 's')) return false;
  return true;
}
/** (v23 X4, `stateNameX4`) US state names (their words of four letters or more; "maryland" is in `GENERIC_N` already). */
const STATE_WORDS_X4 = new Set(
  ('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa ' +
    'kansas kentucky louisiana maine massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire ' +
    'jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia ' +
    'washington wisconsin wyoming').split(' '),
);
/** (v23 X8, `stateLabelX8`) `rest` (of a domain label) is generic words run together, or nothing: "statelibrary", "libraries". */
function genericRunX8(rest: string): boolean {
  if (rest === '') return true;
  for (const g of GENERIC_N) if (g.length >= 4 && rest.startsWith(g) && genericRunX8(rest.slice(g.length))) return true;
  return false;
}
/** (v23 X4) A domain label with a state's name at its start left out: "ohiolegalhelp" → "legalhelp"; other labels as they are. */
function afterStateX4(label: string): string {
  for (let i = 4; i < label.length; i++) if (STATE_WORDS_X4.has(label.slice(0, i))) return label.slice(i);
  return label;
}
/** (v16) Words of a sentence that gives contact details: "You can find contact information for all … libraries at …". */
const CONTACT_WORDS_V16 = /\b(?:contact|contacts|contacto|directory|directorio)\b/;
/** The words of `n` that may name a party: four letters or more, not generic, addresses left out. */
function partyWordsIn(n: string): string[] {
  return namingWords(withoutAddresses(n));
}
/** The words of `bare` (addresses already left out) that may name a party: four letters or more, not generic. */
function namingWords(bare: string): string[] {
  return bare.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !GENERIC_N.has(w));
}
/** (v16) A sentence that is an address and at most a three-word label: "Website: …", "Online at …", "More: …". */
const LABEL_ONLY_V16 = /^[^a-z0-9]*(?:[a-z0-9]+(?:[^a-z0-9]+|$)){0,3}$/;

/** (v13 N8) How many of the party's `words` text `n` holds (stops at two). */
function sharedWords(n: string, words: readonly string[]): number {
  let k = 0;
  for (const w of words) if (hasWord(n, w) && ++k >= 2) break;
  return k;
}

/**
 * (v13 N5, `urlBeforeVerbN5`) The referral's own sentence gives a way to reach the party: anything from the referring verb
 * on counts; before the verb, a URL that a resource named just before it owns ("the Zoning Code (tempe.gov/zdc) …, so
 * check with the Community Development Department") does not, unless its domain names the party after the verb. With no verb (a can-help referral) the whole sentence counts.
 */
function ownSentenceContactN5(s: Session, m: Msg, ref: Sentence): boolean {
  const n = ref.n;
  if (!partyContactText(s, n, false)) return false;
  const v = m.execFrom(ref, F.referralVerb, 0);
  if (v === null) {
    // (v34 Z4, `sourceHeadZ4`) "The parcel viewer is at gis.samplecounty.gov; the planning department can tell you …"
    if (s.rubric.sourceHeadZ4 === true && sourceHeadZ4(s, n) && !POINTS_BACK_RM.test(withoutAddresses(n.slice(n.indexOf(';'))))) return false;
    // (v34 Z4, `sourceTailZ4`) "Your public defender can tell you …; the docket is on Case Search at casesearch…"
    const cut = s.rubric.sourceTailZ4 === true ? sourceCutZ4(s, n) : -1;
    return cut < 0 || partyContactText(s, n.slice(0, cut), false);
  }
  if (v.index === 0) return s.rubric.namedUrlRM !== true || (!n.includes(';') && !(s.rubric.sourceTailZ4 === true && sourceCutZ4(s, n) > 0)) || afterVerbContactRM(s, n);
  const after = n.slice(v.index);
  if (s.rubric.namedUrlRM === true ? afterVerbContactRM(s, after, n.slice(0, v.index)) : partyContactText(s, after, false)) return true;
  const before = n.slice(0, v.index);
  // a URL whose domain names the party after the verb is the party's ("the online form at service.nsw.gov.au…, then take
  // your ID to a Service NSW centre")
  for (const u of before.matchAll(s.P.global('url'))) {
    for (const label of hostLabels(u[0])) if (label.length >= 3 && !URL_LABELS_N5.has(label) && hasWord(after, label)) return true;
  }
  // (v18 RM) "MLA 9 recommends DOIs (style.mla.org), …, so e-mail your professor": the URL of a thing named before it
  if (s.rubric.namedUrlRM === true && !PRONOUN_OBJECT_N.test(after.slice(v[0].length).trimStart()) && urlsNamedBeforeRM(s, before)) return false;
  // (v32 M3, `sourceClauseM3`) "The recall is listed at nhtsa.gov/recalls; check with the dealership …": a source's clause
  if (s.rubric.sourceClauseM3 === true && !PRONOUN_OBJECT_N.test(after.slice(v[0].length).trimStart()) && sourceClauseM3(s, before, (t) => namesParty(s, t), withoutAddresses, after.slice(v[0].length))) return false;
  return partyContactText(s, before, true);
}

/** (v57 W21) A clause saying where the party's mailing or postal address is: "; the mailing address, the steps and the form are at". */
const ADDRESS_AT_W21 = /[;,:] (?:and )?(?:the|its|their) (?:mailing |postal |street |office )?address(?:es)?\b[^.;!?]{0,60}?\b(?:is|are)(?: (?:listed|posted|given))? (?:at|on)\b/;
/** (v18 RM) Words that point back at a party: "; their nurse line is …", "; you can find its address …". */
const POINTS_BACK_RM = /\b(?:its|their|theirs|them|they|theyre|theyll|his|him|her|there)\b/;
/**
 * (v18 RM, `namedUrlRM`) The referral's sentence from its verb on (`after`) gives a way to reach the party. After a ";", a
 * clause that names a party of its own ("call your pediatrician; if you think too much was given, Poison Control is
 * 1-800-…"; "Send a letter to your landlord …; the Minnesota Attorney General's handbook explains it at …") or whose URL's
 * domain names a thing written before it in the clause ("; the FTC's steps are at consumer.ftc.gov/…") gives that one's
 * contact: only the verb's clause counts. Any other clause goes on about the party, as v13 N5 reads it ("; their nurse
 * line is …", "; book at mdsbdc.umd.edu").
 */
function afterVerbContactRM(s: Session, after: string, before = ''): boolean {
  // (v57 W21, `addressAtW21`) "Mail it to that office …; the mailing address, the steps and the form are at travel.state.gov"
  if (s.rubric.addressAtW21 === true && ADDRESS_AT_W21.test(after)) return partyContactText(s, after, false);
  // (v34 Z4, `sourceTailZ4`) "…ask ur case manager about the release date, the locator is at dpscs.maryland.gov/inmate"
  if (s.rubric.sourceTailZ4 === true) {
    const cut = sourceCutZ4(s, after, before);
    if (cut > 0) return partyContactText(s, after.slice(0, cut), false);
  }
  const semi = after.indexOf(';');
  if (semi < 0) return partyContactText(s, after, false);
  const head = after.slice(0, semi);
  const tail = after.slice(semi);
  const tailBare = withoutAddresses(tail);
  // (v33 U3, `ownPageTailU3`) "talk to your scoutmaster first; our project guidelines are at samplelibrary.org/eagle"
  const back = POINTS_BACK_RM.test(tailBare);
  if (s.rubric.ownPageTailU3 === true && !back && ownPageTailU3(head, tail)) return partyContactText(s, head, false);
  if (back || (!namesOtherPartyRM(s, tailBare, head) && !urlsNamedBeforeRM(s, tail))) return partyContactText(s, after, false);
  // (v33 S3, `partyDomainS3`) "…any MVA office; the ID is free if you were released from a Maryland facility: mva.maryland.gov/id"
  return partyContactText(s, head, false) || (s.rubric.partyDomainS3 === true && partyDomainS3(s, head, tail));
}

/**
 * (v34 Z4, `sourceTailZ4`) Where a clause of `n` after ";" or "," that says where a source is begins (classify.ts
 * `sourceTailZ4`; `before`: the sentence before `n`, where the party may be named), when it does not point back and no host
 * label of its URL names the party before it: else -1.
 */
function sourceCutZ4(s: Session, n: string, before = ''): number {
  let cut = sourceTailZ4(s, n, before);
  // (v37 G9, `actTailG9`) "Call Pepco …, and apply for energy assistance at dhs.maryland.gov/…": another step's web page
  if (cut <= 0 && s.rubric.actTailG9 === true) {
    cut = actTailG9(s, n, before);
    // (v37 E7, `ownHostE7`) "Contact Washington Gas …, and sign up at washgas.com/…": the party's own page, cut short
    if (cut > 0 && s.rubric.ownHostE7 === true && ownHostE7(s, n, cut, before)) cut = -1;
    // (v38 E10, `ownHostSuffixE10`) "Call the Washington Suburban Sanitary Commission …, and apply for it at wsscwater.com/…"
    if (cut > 0 && s.rubric.ownHostSuffixE10 === true && ownHostSuffixE10(s, n, cut, before)) cut = -1;
  }
  // (v38 E10, `actTailEsE10`) "Llame a Pepco por el plan de pagos, y solicite ayuda de energía en dhs.maryland.gov/ohep"
  // (its URL the party's own page, as for G9's: "Llame a WSSC por la fuga, y descargue el formulario en wsscwater.com/es")
  if (cut <= 0 && s.rubric.actTailEsE10 === true) {
    cut = actTailEsE10(s, n, before);
    if (cut > 0 && (ownHostE7(s, n, cut, before) || ownHostSuffixE10(s, n, cut, before))) cut = -1;
  }
  if (cut <= 0 || POINTS_BACK_RM.test(withoutAddresses(n.slice(cut))) || partyDomainS3(s, n.slice(0, cut), n.slice(cut))) return -1;
  return cut;
}

/** The naming words of each party `bare` (addresses left out) names, pronouns and "people" left out. */
function* namedPartyWords(s: Session, bare: string): Generator<string[]> {
  for (const p of bare.matchAll(s.P.global('referralParty'))) if (!NOT_NAMING.test(p[0].trim())) yield namingWords(p[0]);
}

/** (v68 AH13) Words of a referring part that name no party: its verbs, articles, conjunctions and the kinds of party. */
const NOT_NAME_AH13 =
  /^(?:stop|drop|come|head|swing|pop|ask|asking|calling|emailing|visiting|contacting|and|also|there|they|could|would|should|might|when|while|where|before|after|then|them|their|some|someone|somebody|anyone|folks|people|staff|desk|front|office|offices|center|centre|county|city|state|town|local|nearest|department|dept|society|museum|library|branch|group|club|association|agency|foundation|council|board|service|services|program|programs|team|hours|more|about|want|need|ahead|near|nearby|anything|together|again|once|today|tomorrow|week|weekend|even|good|great|best|sure)$/;
/**
 * (v68 AH13, `otherBeforeAH13`) `part` (from its referring verb) names its party, up to the first party word, by two words or more
 * of its own (four letters or more, none of `PARTY_STOP_V9`, `NOT_NAME_AH13`), and earlier sentence `y` holds none of them; not a
 * pronoun ("ask them whether …"), nor a party the list after its colon names ("place a freeze with each credit bureau: call …").
 */
function ownNameAH13(s: Session, y: string, part: string): boolean {
  const bare0 = withoutAddresses(part);
  if (bare0.trimEnd().endsWith(':')) return false;
  const p = firstNamedParty(s, bare0);
  if (p === null) return false;
  const words = longPartWordsX6(bare0.slice(0, p.index + p[0].length)).filter((w) => !NOT_NAME_AH13.test(w));
  if (words.length < 2) return false;
  const bare = withoutAddresses(y);
  return !words.some((w) => hasWord(bare, w) || hasWordOrPossessive(bare, w.replace(/s$/, '')));
}
/** (v18 RM) `bare` (addresses left out) names a party none of whose naming words `other` holds: "Poison Control" after "your pediatrician". */
function namesOtherPartyRM(s: Session, bare: string, other: string): boolean {
  for (const words of namedPartyWords(s, bare)) if (words.length > 0 && !words.some((w) => hasWord(other, w))) return true;
  return false;
}

/**
 * (v18 RM, `namedUrlRM`) Every way to reach someone in `n` is a URL whose domain has a label (three letters or more, not
 * "com", "org", "county"…) that `n` holds as a word, or a possessive, before the URL: "The FTC describes it here:
 * consumer.ftc.gov/…", "the FTC's steps are at consumer.ftc.gov/…". Such a URL is the named thing's.
 */
function urlsNamedBeforeRM(s: Session, n: string): boolean {
  const c = contactsIn(s, n);
  if (!c.url || c.phone || c.email || c.address) return false;
  for (const u of n.matchAll(s.P.global('url'))) {
    const pre = n.slice(0, u.index);
    if (!hostLabels(u[0]).some((label) => label.length >= 3 && !URL_LABELS_N5.has(label) && !GENERIC_N.has(label) && hasWordOrPossessive(pre, label))) return false;
  }
  return true;
}

/** `n` holds word `w`, or its possessive after normalisation ("the ftcs steps" holds "ftc"). */
function hasWordOrPossessive(n: string, w: string): boolean {
  return hasWord(n, w) || hasWord(n, `${w}s`);
}

/**
 * (v18 RM, `namedUrlRM`) Earlier sentence `y` lends its contact to the first party of a two-party sentence, whose first
 * part is `part`: unless its only contacts are URLs of things named before them and it names none of the part's party words.
 */
function lendsFirstPartRM(s: Session, y: Sentence, part: string): boolean {
  if (!urlsNamedBeforeRM(s, y.n)) return true;
  const bare = withoutAddresses(y.n);
  for (const words of namedPartyWords(s, withoutAddresses(part))) if (words.some((w) => hasWordOrPossessive(bare, w))) return true;
  return false;
}
/**
 * (v23 X6, `namedUrlLaterX6`) Later sentence `y` lends its contact to the last party of a two-party sentence, whose part is
 * `part`: unless its only contacts are URLs of things named before them and the part's party has naming words, none of
 * which `y` holds ("…o preguntar en el departamento de salud del condado." before "MedlinePlus en español
 * (medlineplus.gov/spanish) explica el examen."); a party named in generic words only takes it when `y` holds any word of
 * four letters or more of the part ("…or ask at the county health department. The health department's hours are at …").
 */
function lendsLastPartX6(s: Session, y: Sentence, part: string): boolean {
  if (!urlsNamedBeforeRM(s, y.n)) return true;
  const bare = withoutAddresses(y.n);
  const partBare = withoutAddresses(part);
  let named = false;
  for (const words of namedPartyWords(s, partBare)) {
    if (words.length === 0) continue;
    named = true;
    if (words.some((w) => hasWordOrPossessive(bare, w))) return true;
  }
  if (named) return false;
  // a party named in generic words only ("the county health department"): any word of four letters or more of the part
  return longPartWordsX6(partBare).some((w) => hasWordOrPossessive(bare, w.replace(/s$/, '')));
}
/** (v23 X6; v68 AH13) The words of `text` of four letters or more that are none of `PARTY_STOP_V9`. */
function longPartWordsX6(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !PARTY_STOP_V9.test(w));
}
/** Resource nouns: a URL after one (nearest) is the resource's. */
const RESOURCE_N =
  /\b(?:guides?|libguides?|forms?|pages?|webpages?|handouts?|brochures?|pamphlets?|leaflets?|flyers?|articles?|books?|ebooks?|databases?|catalogs?|record|lists?|listings?|checklists?|pdfs?|videos?|tutorials?|worksheets?|faqs?|maps?|index|indexes|indices|finding aids?|charts?|toolkits?|explainers?|templates?|sections?|chapters?|entry|entries|overview|summary|fact ?sheets?|blogs?|posts?|newsletters?|reports?|journals?|exhibits?|calculators?|policy|policies|rules|code|codes|statutes?|schedule|instructions|guia|guias|formularios?|pagina|paginas|articulos?|libros?|listas?|folletos?|catalogo|instrucciones)\b/g;
/** (v11 K8) More resource nouns: texts to read ("the zoning ordinance", "the policy manual", "the student handbook"). */
const MORE_RESOURCE_K8 = /\b(?:ordinances?|regulations?|bylaws?|by-laws?|manuals?|handbooks?|ordenanzas?|reglamentos?|manuales?)\b/g;
/** (v51 Q18) An application form, in English or Spanish: the URL after it is the form's ("La solicitud está en …"). */
const APPLICATION_Q18 = /\b(?:solicitud|solicitudes|planillas?|aplicacion|aplicaciones|applications?|application forms?)\b/g;
/** (v58 X2) Directories, and maps in Spanish (v1 read "maps"): the URL after them is theirs. */
const DIRECTORY_X2 = /\b(?:directory|directories|directorio|directorios|mapa|mapas)\b/g;
/** (v12 L6) Learning materials: the URL after them is theirs ("flash cards at …", "practice tests at …"). */
const LEARNING_RESOURCE_L6 = /\b(?:flash ?cards?|practice (?:tests?|questions|exams?|quizzes)|quizzes|exercises)\b/g;
/**
 * "their site", "its contact page", "su página": a resource of the party's; "the contact form", "the request form",
 * "the appointment page": a way to reach someone.
 */
const OWNED_BY_PARTY_N = /(?:\b(?:their|its|his|her|su|sus)(?: [a-z-]+){0,2}|\b(?:contact|contact us|request|question|questions|inquiry|enquiry|ask|ask us|appointment|appointments|booking|reservation|scheduling|email|e mail|message|contacto|citas?)) $/;
/**
 * (v62 AB7, `theirLongAB7`) OWNED_BY_PARTY_N's "their" opening the sentence with three or four words after it, none a verb or a
 * clause's word (not "its": "it's" is "its" once normalised, "it's on DarkSky International's map at …"; not after another owner:
 * "His old regiment and their muster rolls … are at …").
 */
const THEIR_LONG_AB7 = /^(?:(?:and|also|plus|so|then),? )?their(?: (?!(?:is|are|was|were|isnt|arent|has|have|but|so|because|if|when|which|that|then|or)\b)[a-z-]+){3,4} $/;
const URL_OR_MAIL_N = /(?:https?:\/\/|www\.)\S+|\S+@\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|info|us|io|co|md|mx|es|uk|ca)\b\S*/g;
function withoutAddresses(n: string): string {
  return n.replace(URL_OR_MAIL_N, ' ');
}
function hasWord(n: string, w: string): boolean {
  return wordIndex(n, w) >= 0;
}
/** Where `w` first stands as a whole word in `n`, or -1. */
function wordIndex(n: string, w: string): number {
  for (let i = n.indexOf(w); i >= 0; i = n.indexOf(w, i + 1)) {
    const a = i === 0 ? 32 : n.charCodeAt(i - 1);
    const b = i + w.length >= n.length ? 32 : n.charCodeAt(i + w.length);
    if (!isWordChar(a) && !isWordChar(b)) return i;
  }
  return -1;
}
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Text `n` gives a way to reach someone other than the patron; with `owned`, a URL that belongs to a resource named
 * just before it does not count.
 */
function partyContactText(s: Session, n: string, owned: boolean, words: readonly string[] = []): boolean {
  if (n.includes('[')) n = n.replace(PATRON_PLACEHOLDER, ' ');
  const c = contactsIn(s, n);
  if (!hasReachableContact(c)) return false;
  if (c.address) return true;
  if (c.url) {
    if (!owned) return true;
    for (const u of n.matchAll(s.P.global('url'))) if (!resourceOwned(s, n.slice(0, u.index), words)) return true;
  }
  if (!c.email && !c.phone) return false;
  return notPatronsOnly(s, n, c);
}

/** Where the last match of the global `re` in `text` starts, or `at` when that is later (or there is none). */
function lastMatchAt(re: RegExp, text: string, at: number): number {
  for (const r of text.matchAll(re)) if (r.index > at) at = r.index;
  return at;
}

/**
 * The nearest owner before a URL (text `pre`) is a resource, not a party, not "their …", and not the referred party's
 * (one of its `words`, possessive, just before the resource: "the Register's page").
 */
function resourceOwned(s: Session, pre: string, words: readonly string[]): boolean {
  const bare = withoutAddresses(pre);
  let at = lastMatchAt(RESOURCE_N, bare, -1);
  // (v10 Z1) a named resource ("JSTOR … you can reach it from <url>", "MedlinePlus explains it at <url>") owns a URL
  // after it as a resource noun does, when it is nearer the URL than any resource noun
  if (s.rubric.resourceNameOwnsUrlZ1 === true && s.P.knownResource.test(bare)) at = lastMatchAt(s.P.global('knownResource'), bare, at);
  // (v11 K8, `moreResourceNounsK8`) "the zoning ordinance is online at …", "the student handbook is at …"
  if (s.rubric.moreResourceNounsK8 === true) at = lastMatchAt(MORE_RESOURCE_K8, bare, at);
  // (v12 L6, `learningResourceL6`) "study with the free USCIS flash cards at …", "practice tests at …"
  if (s.rubric.learningResourceL6 === true) at = lastMatchAt(LEARNING_RESOURCE_L6, bare, at);
  // (v13 N7, `toolResourceN7`) "Medicare's Plan Finder at medicare.gov/plan-compare", "the branch locator at …"
  if (s.rubric.toolResourceN7 === true) at = lastMatchAt(TOOL_RESOURCE_N7, bare, at);
  // (v51 Q18, `applicationResourceQ18`) "La solicitud está en fairhavenlib…/becas.", "the application is at …"
  if (s.rubric.applicationResourceQ18 === true) at = lastMatchAt(APPLICATION_Q18, bare, at);
  // (v58 X2, `directoryResourceX2`) "… and has a provider directory: getpalliativecare.org", "El mapa de zonas (zonas.example.gov)"
  if (s.rubric.directoryResourceX2 === true) at = lastMatchAt(DIRECTORY_X2, bare, at);
  if (at < 0) return false;
  const head = bare.slice(0, at);
  if (OWNED_BY_PARTY_N.test(head)) return false;
  // (v62 AB7, `theirLongAB7`) "Their schedule and membership form are at …": "their" and up to four words
  if (s.rubric.theirLongAB7 === true && THEIR_LONG_AB7.test(head)) return false;
  // a possessive, "s" after normalisation ("the Registers page"; not "our cemetery index" before "ask the cemetery office")
  for (const w of head.split(/[^a-z0-9]+/).slice(-3)) if (w.length >= 4 && w.endsWith('s') && (words.includes(w) || words.includes(w.slice(0, -1)))) return false;
  const tail = bare.slice(at);
  for (const x of tail.matchAll(s.P.global('referralParty'))) {
    if (x.index === 0 || NOT_NAMING.test(x[0].trim())) continue;
    // (v65 AE7, `pluralTopicAE7`) "the guide 'Puzzles & Games in Libraries' is free at …": a plural after "in / on / about / for /
    // to" with no article is what the resource is about, not its owner
    if (s.rubric.pluralTopicAE7 === true && x[0].endsWith('s') && TOPIC_BEFORE_AE7.test(tail.slice(Math.max(0, x.index - 7), x.index))) continue;
    return false;
  }
  return true;
}
/** (v65 AE7) A preposition of topic just before a word. */
const TOPIC_BEFORE_AE7 = /\b(?:in|on|about|for|to) $/;

/** (v13 N7, `callNamedN7`) The verbs of calling. */
const CALL_VERB_N7 = /^(?:call|phone|ring)$/;
/**
 * (v13 N7, `callNamedN7`) In the raw sentence, a calling verb and a capitalised name with an acronym or two capitalised
 * words ("call the Ohio SBDC at Ashford State", "phone the Calder Senior Center"; not "call Us", "call the number").
 */
const CALL_NAMED_N7 =
  /(?:^|[^\p{L}])(?:[Cc]all|[Pp]hone|[Rr]ing)[ \t]+(?:the[ \t]+)?(?!(?:Us|Me|Them|Him|Her|It|This|That|Our|Your|Their|My|I|We|You)\b)(?:\p{Lu}[\p{L}&'\u2019.-]*[ \t]+)?(?:\p{Lu}{2,}\b|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+)/u;
/** (v23 X3, `whatsappCallsX3`) CALL_NAMED_N7 with "WhatsApp" as the verb: a capitalised name after it. */
const WHATSAPP_NAMED_X3 = new RegExp(retext(CALL_NAMED_N7.source, '(?:[Cc]all|[Pp]hone|[Rr]ing)', '(?:[Ww]hats[Aa]pp)'), 'u');
/**
 * (v30 F1, `byMeansYouF1`; G1) The clause before a contact verb in -ing (from its last comma, semicolon, colon or parenthesis)
 * tells the patron what they can do: "you can order the form by" (BY_MEANS_YOU_F1) or "book by" (BY_MEANS_U1).
 */
function byMeansClauseF1(before: string, classYou = false): boolean {
  const c0 = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('(')) + 1).trim();
  // (v56 V11, `classYouV11`) "Philadelphia jurors can ask for a new date … by": the patron's class as "you"
  const c = classYou ? classAsYouV11(c0) : c0;
  return c.endsWith(' by') && (BY_MEANS_YOU_F1.test(c) || BY_MEANS_U1.test(c));
}
/** (v30 F1, `byMeansYouF1`) CALL_NAMED_N7 with the verb in -ing: "by ringing the ATO's publication ordering line on …". */
const CALLING_NAMED_F1 = new RegExp(retext(CALL_NAMED_N7.source, '(?:[Cc]all|[Pp]hone|[Rr]ing)', '(?:[Cc]alling|[Pp]honing|[Rr]inging)'), 'u');
/** (v13 N7) Online tools: the URL after one is the tool's ("Plan Finder", "the branch locator", "the lookup tool"). */
const TOOL_RESOURCE_N7 = /\b(?:finders?|locators?|look ?up tools?|lookups?|search tools?|online tools?|tools?|trackers?|estimators?|planners?)\b/g;

/**
 * (v65 AE6, `callAheadAE6`) What follows the verb says when, not whom: "ahead", "beforehand", "in advance", "first" (at the end of
 * the clause or before "to / and / so / since / because / if / before / tho / too / please"; not "ahead of …", "first thing").
 */
const AHEAD_AE6 = /^(?:ahead|beforehand|in advance|first)(?=$| ?[,.;:!?)]| (?:to|and|so|since|because|as|if|before|just|tho|though|too|pls|please|ok|okay)\b)/;
/** Words that say which party a referral names, and whether it names it by a pronoun ("call them"). */
const PARTY_END_N = /(?: (?:in|at|near|on|for|about|by|if|whether|to|and|or|so|because|when|with|from|about|during|before|after|en|para|sobre|por|y|o)\b|[,;:(!?.])/;
/** (v21 U3) An indirect question after the party: " which edition she wants", " what pages you need" (a subject pronoun within three words). */
const PARTY_QUESTION_U3 = / (?:which|what) (?:[a-z]+ ){0,3}?(?:she|he|they|you|u|we|i)\b/;
/** "call them", "ask them for the forms" (not "talk to her school counselor": "her" there is a determiner). */
const PRONOUN_OBJECT_N = /^(?:them|him|her|there|ellos|ellas|les)(?=$|[,.;:!?)-]| (?:at|on|in|for|about|to|by|and|or|if|when|with|through|via|directly|first|too|also|as|today|tomorrow|now|up|back|please|yourself|before|after|during|so|because|or|y|o|al|en|para|sobre|por)\b)/;
/** (v19 S3, `pronounQuestionS3`) A pronoun before the question the patron is to ask: "ask them whether the list is open", "ask her which forms". */
const PRONOUN_QUESTION_S3 = /^(?:them|him|her) (?:whether|how|what|which|why|where|who)\b/;
const GENERIC_N = new Set(
  ('the our your their this that these those with from about into have will would could should please also just then them they there ' +
    'office offices department dept desk staff people folks team center centre services service division county state city local ' +
    'maryland library libraries branch forms form need want help more information info someone somebody person ones best right ' +
    'oficina departamento centro biblioteca condado estado').split(' '),
);
/** The party a referral names: its words (four letters or more, not generic) and its text; `pronoun` when it points back. */
type Party = { pronoun: boolean; words: string[]; text: string };
function partyOf(s: Session, m: Msg, ref: Sentence): Party {
  const v = m.execFrom(ref, F.referralVerb, 0);
  let t = v ? ref.n.slice(v.index + v[0].length).trimStart() : ref.n;
  if (v) {
    if (PRONOUN_OBJECT_N.test(t)) return { pronoun: true, words: [], text: t };
    // (v65 AE3, `theirEventAE3`) "drop in at one of their monthly meetings": "their" points back as "them" does
    // (v65 AE6, `callAheadAE6`) "Call ahead, since part of the year they open by appointment.": no party after the verb, the one
    // named before is called
    // (v67 AG9, AG10) "Llame antes de ir", "ir a una de sus reuniones mensuales": the same in Spanish
    if (
      (s.rubric.theirEventAE3 === true && THEIR_EVENT_AE3.test(t)) ||
      (s.rubric.callAheadAE6 === true && AHEAD_AE6.test(t)) ||
      (s.rubric.callAheadEsAG9 === true && AHEAD_ES_AG9.test(t)) ||
      (s.rubric.theirEventWideAG10 === true && THEIR_EVENT_ES_AG10.test(t))
    )
      return { pronoun: true, words: [], text: t };
    if (s.rubric.pronounQuestionS3 === true && PRONOUN_QUESTION_S3.test(t)) {
      // (v19 S7) the party the sentence names before the verb ("Your caseworker decides SNAP, so ask her whether you
      // qualify"): the pronoun points to it, not to an earlier sentence's contact
      const lead = withoutAddresses(ref.n.slice(0, v.index));
      if (!namesParty(s, lead)) return { pronoun: true, words: [], text: t };
      return { pronoun: false, words: partyWordsIn(lead), text: lead };
    }
    const end = t.slice(1).search(PARTY_END_N);
    if (end >= 0) t = t.slice(0, end + 1);
    // (v21 U3, `partyQuestionU3`) "ask your teacher which edition she wants": the party ends before the question
    if (s.rubric.partyQuestionU3 === true && t.includes(' wh')) {
      const q = t.slice(1).search(PARTY_QUESTION_U3);
      if (q >= 0) t = t.slice(0, q + 1);
    }
  }
  return { pronoun: false, words: partyWordsIn(t), text: t };
}

/** Sentence `x` holds one of the provider's own `names` (lower case; a signature line: "Jo Smith, Library Media Specialist"). */
function ownNameIn(names: readonly string[], x: Sentence): boolean {
  for (const w of names) if (w.length >= 2 && hasWord(x.n, w)) return true;
  return false;
}

/** A party word other than a pronoun or "people" ("lists him at Mount Olivet" names no party). */
const NOT_NAMING = /^(?:him|her|them|they|someone|somebody|people|folks|person)$/;
/** The first party word `n` holds, null when there is none or it is a pronoun or "people" (no name). */
function firstNamedParty(s: Session, n: string): RegExpExecArray | null {
  const re = s.P.global('referralParty');
  re.lastIndex = 0;
  const p = re.exec(n);
  return p === null || NOT_NAMING.test(p[0].trim()) ? null : p;
}
function namesParty(s: Session, n: string): boolean {
  for (const x of n.matchAll(s.P.global('referralParty'))) if (!NOT_NAMING.test(x[0].trim())) return true;
  return false;
}

/**
 * (v5) `m` gives a way to reach someone other than the patron: the patron's own e-mail or phone
 * repeated back ("Thank you, I've got dkim07@email.tcc.edu. You can also stop by your library's
 * circulation desk.") is not the party's contact.
 */
function partyContactIn(s: Session, m: Msg): boolean {
  const apart = s.rubric.referralPatronContactsApart === true;
  let c = contacts(s, m);
  let n = m.n;
  // (v6) a stored transcript's "[email]" and "[phone]" stand where the patron's own contacts were
  if (apart && n.includes('[')) {
    n = n.replace(PATRON_PLACEHOLDER, ' ');
    c = contactsIn(s, n);
  }
  if (c.url || c.address) return true;
  if (!c.email && !c.phone) return false;
  // only a message that repeats a contact back ("I've got…", "your email", "is that correct?") may
  // hold the patron's (v6: any message may); then: is each contact in it one the patron typed or the
  // patron fields hold?
  if (!apart && !m.has(F.patronContactContext)) return true;
  return notPatronsOnly(s, n, c);
}

/**
 * Text `n`, whose contacts are `c`, gives an e-mail or phone the patron did not type and the patron fields do not
 * hold; a contact the simple patterns do not spell out (a spelled address; v1-v5: also a placeholder) is the party's.
 */
function notPatronsOnly(s: Session, n: string, c: Contacts): boolean {
  // (v10 Y) a contact introduced as the patron's ("your email, kb@…", "I'll call you at …") is the patron's too
  const introduced = s.rubric.yourContactY === true;
  let found = false;
  const notPatrons = (key: string, at: number, phone: boolean): boolean => {
    found = true;
    return !patronGave(s, key, phone) && !(introduced && YOUR_CONTACT_Y.test(n.slice(Math.max(0, at - 40), at)));
  };
  if (c.email && n.includes('@')) for (const e of n.matchAll(EMAIL_TYPED)) if (notPatrons(e[0], e.index, false)) return true;
  if (c.phone) {
    for (const d of n.matchAll(PHONE_TYPED)) {
      const digits = d[0].replace(NOT_DIGIT, '');
      if (digits.length >= 7 && notPatrons(digits.slice(-10), d.index, true)) return true;
    }
  }
  return !found;
}

/**
 * (v10 Y, `yourContactY`) Text just before a contact that says it is the patron's: "your email, ", "your number is ",
 * "your cell: ", "I'll email you at ", "reach you at ".
 */
const YOUR_CONTACT_Y =
  /(?:\byour (?:e ?mail|email address|address|phone|phone number|number|cell|cell number|cell phone|mobile|mobile number|contact)(?: (?:is|as|at|of))?|\b(?:email|e mail|call|text|phone|ring|reach|contact|send (?:it|them|this|that|the [a-z]+) to) (?:you|u) at)\s*[,:(\-"]*\s*$/;
const NOT_DIGIT = /\D/g;
/** The privacy placeholders of the patron's own e-mail and phone in normalised text. */
const PATRON_PLACEHOLDER = /\[(?:email|phone)\]/g;
const EMAIL_TYPED = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const PHONE_TYPED = /\d[\d .()-]{5,}\d/g;

/**
 * A patron message's digits and its lower-cased text, taken once per message: `patronGave` runs for every contact of every
 * referral, and taking them again each time made a 200 KB message of 4,000 phone numbers, beside patron messages as long,
 * take ~3.5 s.
 */
const PATRON_DIGITS = new WeakMap<Msg, string>();
const PATRON_LOWER = new WeakMap<Msg, string>();
function digitsOf(pm: Msg): string {
  let d = PATRON_DIGITS.get(pm);
  if (d === undefined) PATRON_DIGITS.set(pm, (d = pm.raw.replace(NOT_DIGIT, '')));
  return d;
}
function lowerOf(pm: Msg): string {
  let d = PATRON_LOWER.get(pm);
  if (d === undefined) PATRON_LOWER.set(pm, (d = pm.raw.toLowerCase()));
  return d;
}

/** The patron typed this e-mail (lower case) or phone number (digits), or the patron fields hold it. */
function patronGave(s: Session, key: string, phone: boolean): boolean {
  const last4 = key.slice(-4);
  // (v14) the fields' placeholders as the stand-ins the chat's read as (timeline.ts)
  const { email: pe, phone: pp } = s.patronContact;
  if (phone ? typeof pp === 'string' && pp.replace(NOT_DIGIT, '').endsWith(key.slice(-7)) : typeof pe === 'string' && pe.trim().toLowerCase() === key) return true;
  for (const pm of s.vis) {
    if (pm.role !== 'patron') continue;
    const raw = pm.raw;
    if (phone ? raw.includes(last4) && digitsOf(pm).includes(key.slice(-7)) : raw.includes('@') && lowerOf(pm).includes(key)) return true;
  }
  return false;
}

const ABOUT_PARTY = /\b(?:their|them|they|number|phone|email|address|website|reach)\b/;
/** (v6) also "They're at 100 N. Calvert St.", "they've moved to…", "located at…" */
const ABOUT_PARTY_V6 = /\b(?:their|them|they|theyre|theyve|theyll|number|phone|email|address|website|reach|located)\b/;

/** (v9 T) A patron message between the referral and the next provider message that asks how to reach the party ("what's their number?"). */
const ASKS_ABOUT_PARTY_T = /\b(?:number|phone|email|e mail|address|website|site|contact|reach|call|write|hours|where|located|location)\b/;

/**
 * (v31 I3, `theyOpenAskI3`) The patron asks when "they" are open or close: "when are they open", "what time do they close?",
 * "are they open tomorrow" (not "do they open my account", "how do i open the ebook they sent").
 */
const THEY_OPEN_I3 =
  /\b(?:when|what time|what hours|how late|are|r|do|does|will|till when|until when)(?: [a-z]+){0,2}? (?:they|theyre|them)(?: (?:be|usually|still))? (?:open|opened|opening|close|closed|closing)\b(?! (?:my|the|a|an|it|this|that|your|accounts?|cards?)\b)/;
/**
 * (second wave J1, `theyOpenAskI3`) The "they" question stands alone: at most three words before it ("ok.", "ok thanks,
 * and") and at most ten in all, so "they" has no other antecedent in the message: not "btw my kids school, when are they
 * closing for spring break?", "ok. also when are they closing for renovations, i heard the branches are", "and the pool, are
 * they open sundays?".
 */
function theyOpenJ1(n: string): boolean {
  const t = THEY_OPEN_I3.exec(n);
  if (t === null || n.length > 90) return false;
  const words = (x: string) => x.split(' ').filter((w) => w.length > 0).length;
  const before = n.slice(0, t.index);
  // nor a thing named before it ("and the pool, are they open sundays?")
  return words(before) <= 3 && words(n) <= 10 && !/\b(?:the|my|your|ur|a|an|his|her|our|their)\b/.test(before);
}
/** (v43 I17, `bareContactNextI17`) A whole (normalised) message that is only a phone number or an e-mail address. */
const BARE_CONTACT_I17 = /^[ (+]*(?:(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)[ .!)]*$/;
/** (v43 I17) The library's own way back in a referral: "call us", "we", "our", "here at the library". */
const OWN_WAY_I17 = /\b(?:us|we|our|here at the library)\b/;
/**
 * (v43 I17, `bareContactNextI17`) `next`, sent within 30 s of `m`, is only a phone number or an e-mail address, and the referral
 * is the last sentence of `m`, with no way back to the library in it ("… Call the Register of Wills" / "410-555-0160"; not a
 * resource's URL, nor after "… call us back here at the library").
 */
function bareContactNextI17(m: Msg, k: number, next: Msg): boolean {
  const x = m.sentences[k];
  return x !== undefined && x === m.sentences[m.sentences.length - 1] && !OWN_WAY_I17.test(x.n) && next.t - m.t <= FRAGMENT_GAP_MS && BARE_CONTACT_I17.test(next.n);
}
/** (v43 I1, I18) Where sentence `x` of `m` uses a referring verb (`isReferral`'s positions; none if it refers to no one). */
function referringVerbs(s: Session, m: Msg, x: Sentence): number[] {
  const verbs: number[] = [];
  isReferral(s, m, x, verbs);
  return verbs;
}
/**
 * (v43 I18, `namedNextI18`) A sentence of `next` names the party of referring sentence `k` of `m` again (every word of its name
 * that tells it from others, `partyNameI1` after the sentence's last referring verb, `coreWordsI1`; one at least) and gives a
 * phone, an e-mail or a postal address in it, not the library's ("our", "us", "we"): "… worth talking to a lawyer first." /
 * "The Lawyer Referral Service …: 410-280-6961." [not a URL, which may be a resource's: "The clerk's forms are at …"; not
 * "Passport photos are taken at our Main branch too, 410-555-0000"].
 */
const OURS_WE_I18 = /\b(?:our|ours|us|we)\b/;
function namedNextI18(s: Session, m: Msg, k: number, next: Msg): boolean {
  const x = m.sentences[k];
  if (!x) return false;
  const verbs = referringVerbs(s, m, x);
  if (verbs.length === 0) return false;
  const words = coreWordsI1(partyNameI1(x.n.slice(verbs[verbs.length - 1]!)), new Set());
  if (words.size === 0) return false;
  return next.sentences.some((y) => {
    if (OURS_WE_I18.test(y.n)) return false;
    const c = contactsIn(s, y.n);
    if (!(c.phone || c.email || c.address)) return false;
    const there = wordsOf(withoutAddresses(y.n));
    return [...words].every((w) => there.has(w));
  });
}
/** The next provider message, when it gives the contact of the party referred to in sentence `k` of `m`. */
function contactNext(s: Session, m: Msg, k: number): Msg | null {
  const next = s.nextVisible(m, 'provider');
  if (!next || !(s.rubric.referralPatronContactsApart === true ? partyContactIn(s, next) : hasReachableContact(contacts(s, next)))) return null;
  // (v9 T) a new question from the patron between: the next message answers it, unless it asks about the party
  // ("whats their number?"), and then the answer ("It's 314-801-0800.") is about the party without naming it
  let asked = false;
  if (s.rubric.nextAfterPatronT === true) {
    for (let p = m.pos + 1; p < next.pos; p++) {
      const pm = s.vis[p]!;
      if (pm.role !== 'patron') continue;
      if (!ASKS_ABOUT_PARTY_T.test(pm.n) && !(s.rubric.theyOpenAskI3 === true && theyOpenJ1(pm.n))) {
        // (v10 Y) "ok", "thanks", "got it" asks nothing new: the next message may still go on about the party
        if (s.rubric.ackBetweenY === true && ACK_ONLY_Y.test(pm.n)) continue;
        return null;
      }
      asked = true;
    }
  }
  if (
    !asked &&
    !(s.rubric.referralNextTheyA === true ? ABOUT_PARTY_V6 : ABOUT_PARTY).test(next.n) &&
    // (v43 I17, `bareContactNextI17`) "… Call the Register of Wills" then, seconds later, "410-555-0160": a text that is only a contact
    !(s.rubric.bareContactNextI17 === true && bareContactNextI17(m, k, next)) &&
    // (v43 I18, `namedNextI18`) "… worth talking to a lawyer first." / "The … Lawyer Referral Service …: 410-280-6961."
    !(s.rubric.namedNextI18 === true && namedNextI18(s, m, k, next))
  )
    return null;
  if (!THEM.test(next.n) && selfIdentifies(s, next) >= 0 && !OURS.test(m.sentences[k]?.n ?? '')) return null;
  return next;
}

/**
 * The referral sentences of `m` after the first (`first`), each with the sentences up to the next
 * one: a second party in the same message needs its own contact ("contact the Land Records office
 * at 410-..., and ask the planning department"). A sentence about "them" goes on about the party
 * before it and starts no new one.
 */
function furtherParties(s: Session, m: Msg, first: number): { k: number; contact: boolean }[] {
  const out: { k: number; contact: boolean }[] = [];
  let cur: { k: number; contact: boolean } | null = null;
  let prevContact = false;
  for (const x of m.sentences) {
    if (x.k <= first) {
      // (v57 W1, `earlierOwnedW1`) a sentence before the first party's gives it no contact by a resource's URL ("The map
      // (aacounty.org/roads) doesn't list Pinecrest Ct. Ask your HOA. … call Road Operations at 410-555-0131.")
      prevContact ||= x.k < first && s.rubric.earlierOwnedW1 === true ? partyContactText(s, x.n, true) : hasReachableContact(contactsIn(s, x.n));
      continue;
    }
    if (
      isReferral(s, m, x) &&
      (!THEM.test(x.n) || (s.rubric.themNewPartyN8 === true && themNewParty(s, m, x)) || (s.rubric.subjectTheyQ3 === true && namedThenTheyQ3(s, m, x))) &&
      !(s.rubric.closedParenK8 === true && CONTACT_LABEL_K8.test(x.n))
    ) {
      cur = { k: x.k, contact: false };
      out.push(cur);
    }
    // (v11 K8, `ownedFurtherK8`) after a further party's own sentence, a resource's URL is no way to reach it
    let c = s.rubric.ownedFurtherK8 === true && cur && x.k !== cur.k ? partyContactText(s, x.n, true) : hasReachableContact(contactsIn(s, x.n));
    // (v23 X4, `furtherLaterX4`) and its contact there is the party's only as v16 reads a first party's later sentence
    if (c && cur && x.k > cur.k && s.rubric.furtherLaterX4 === true && s.rubric.laterContactOwnerV16 === true) {
      const ref = m.sentences[cur.k]!;
      c = laterContactTheParty(s, m, ref, x, partyOf(s, m, ref));
    }
    if (cur) cur.contact ||= c;
    else prevContact ||= c;
  }
  // the first party's contact: in its own stretch of the message (before the second party)
  // (v29 D2, `firstLaterD2`) or in a later sentence that names it with its contact ("The Tenant Union's hotline is …")
  // (v31 I3, `yourLibraryNewPartyI3`) not in the sentence that names the patron's own library as a party of its own
  const own = s.rubric.yourLibraryNewPartyI3 === true ? out.filter((q) => ownLibraryStartI3(m, q.k)).map((q) => q.k) : undefined;
  if (out.length > 0 && !prevContact && !(s.rubric.firstLaterD2 === true && firstLaterD2(s, m, first, own))) out.unshift({ k: first, contact: false });
  return out;
}

/**
 * (v29 D2, `numberToCallD2`) The text before a calling verb ends with a phone number said to be the one to call ("Then
 * 301-600-1544 is the number to call: that's …", "555-310-2200 would be their line to ring"): the verb's object is that number.
 */
const NUMBER_TO_CALL_D2 = / (?:is|would be|will be) (?:the|their|its|his|her|a|your) (?:[a-z]+ )?(?:number|line|phone number|hotline|helpline) to$/;
/** (v29 D2, `numberToCallD2`) The clause before the verb, `prefix`, says a phone number in it is the one to call. */
function numberToCallD2(s: Session, prefix: string): boolean {
  const r = NUMBER_TO_CALL_D2.exec(prefix);
  return r !== null && contactsIn(s, prefix.slice(Math.max(0, r.index - 30), r.index)).phone;
}
/**
 * (v29 D2, `namedClauseD2`) The clause `own` of sentence `k` of `m` opens with a verb of getting in touch whose object is the
 * capitalised name the raw sentence gives after such a verb (CAPITAL_OBJECT_K1: "…, and you can also talk to the Baltimore
 * Renters United organizers"): a party of its own, though no party word names it.
 */
function namedClauseD2(m: Msg, k: number, own: string, earlier: string): boolean {
  if (!GET_IN_TOUCH_N.test(own)) return false;
  const head = own.slice(0, OBJECT_CHARS);
  for (const c of (m.rawSentences[k] ?? '').matchAll(CAPITAL_OBJECTS_D2)) {
    // a verb in capitals inside the sentence is a name's word ("the USCIS Contact Center")
    const verbAt = c[0].charCodeAt(0) >= 65 && c[0].charCodeAt(0) <= 90 ? c.index : c.index + 1;
    if (verbAt > 0 && c[0].charCodeAt(verbAt - c.index) <= 90) continue;
    // (second wave E1) one capitalised word, not an acronym, is a person or a desk at the party just reached ("Call Legal Aid
    // at 410-951-7777 and speak with Maria, she handles evictions"); a name the sentence already gave before the verb is
    // the same party ("Email Admissions at admissions@…, and talk to Admissions about a fee waiver")
    if (SINGLE_NAME_D2.test(c[1]!)) continue;
    const first = firstWordOf(c[1]!);
    if (first.length >= 2 && hasWord(earlier, first)) continue;
    if (first.length >= 2 && hasWord(head, first)) return true;
  }
  return false;
}
/** (v29 D2, `namedClauseD2`) One capitalised word with a lower-case rest ("Maria", "Admissions"), no acronym ("CASA"). */
const SINGLE_NAME_D2 = /^\p{Lu}\p{Ll}[\p{Ll}'\u2019-]*$/u;
/** (v29 D2) CAPITAL_OBJECT_K1, every match of a sentence. */
const CAPITAL_OBJECTS_D2 = new RegExp(CAPITAL_OBJECT_K1.source, 'gu');

/**
 * (v73 AM1, `namedVisitAM1`) In the raw sentence, a verb of getting in touch, visiting or writing, then a capitalised name (group
 * 1): "stop by Jordan Kitt's Music", "stop in at the Y", "e-mail the Early Typewriter Collectors' Association", "contact Montgomery
 * History" (K1's name, the pronouns and page words left out as there).
 */
const CAPITAL_VISITS_AM1 = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Cc]ontact|[Tt]alk (?:to|with)|[Ss]peak (?:to|with)|[Cc]heck with|[Gg]et in touch with|[Rr]each out to|[Ss]top(?:ping)? (?:by|in at|into|in to|over at)|[Dd]rop(?:ping)? (?:by|in at|into|in to)|[Ss]wing(?:ing)? by|[Pp]op(?:ping)? (?:into|in at|by)|[Vv]isit(?:ing)?|[Hh]ead(?:ing)? (?:over )?to|[Ee]-?mail(?:ing)?|[Ww]rit(?:e|ing) to|[Cc]all(?:ing)?|[Pp]hon(?:e|ing)|[Rr]ing(?:ing)?)[ \t]+` +
    CAPITAL_OBJECT_K1.source.slice(CAPITAL_OBJECT_K1.source.indexOf(String.raw`(?:the[ \t]+)?`)),
  'gu',
);
/** (v73 AM1) A name that opens with a person's title ("Dr. Alvarez", "Ms. Reyes"): a person at the party, not one of its own. */
const PERSON_TITLE_AM1 = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sr|Sra|Srta)\b/;
/**
 * (v73 AM1, `namedVisitAM1`) The clause `own` opens with a verb whose object is a capitalised name the raw sentence gives after such
 * a verb (`firsts`, capitalNamesAM1's), whose first word the sentence's text before it (`earlier`) does not hold:
 * a party of its own. As namedClauseD2, not one capitalised word with a lower-case rest (a person or desk at the party just
 * reached), not a verb in capitals inside a name, not a name with a person's title ("Dr. Alvarez").
 */
function namedClauseAM1(firsts: readonly string[], own: string, earlier: string): boolean {
  const head = own.slice(0, OBJECT_CHARS);
  for (const first of firsts) {
    if (hasWord(earlier, first)) continue;
    // the name is the clause's own object: its verb opens the clause and the name comes in the clause's first words
    const at = wordIndex(head, first);
    if (at >= 0 && at < 40) return true;
  }
  return false;
}
/**
 * (v73 AM1) The first words of the names CAPITAL_VISITS_AM1 finds in raw sentence `raw`, as namedClauseAM1 reads them: not one
 * capitalised word with a lower-case rest, not a verb in capitals inside a name, not a name with a person's title. Found once a
 * sentence, whatever its number of verbs.
 */
function capitalNamesAM1(raw: string): string[] {
  const out: string[] = [];
  for (const c of raw.matchAll(CAPITAL_VISITS_AM1)) {
    const verbAt = c[0].charCodeAt(0) >= 65 && c[0].charCodeAt(0) <= 90 ? c.index : c.index + 1;
    if (verbAt > 0 && c[0].charCodeAt(verbAt - c.index) <= 90) continue;
    if (SINGLE_NAME_D2.test(c[1]!) || PERSON_TITLE_AM1.test(c[1]!)) continue;
    const first = firstWordOf(c[1]!);
    if (first.length > 0) out.push(first);
  }
  return out;
}
/** A capitalised name's first word as normalised text writes it ("jordan" of "Jordan Kitt's Music"). */
function firstWordOf(name: string): string {
  return name.toLowerCase().split(/[^a-z0-9]+/)[0]!;
}

/**
 * (v29 D2, `firstLaterD2`) A sentence of `m` after the referral in sentence `first` holds one of the referred party's words
 * (or its possessive: "The Tenant Union's hotline is 555-310-2200.") and a way to reach someone that is not a resource's.
 */
function firstLaterD2(s: Session, m: Msg, first: number, skip?: readonly number[]): boolean {
  const ref = m.sentences[first];
  if (!ref) return false;
  const party = partyOf(s, m, ref);
  if (party.pronoun || party.words.length === 0) return false;
  for (const y of m.sentences) {
    if (y.k <= first || (skip !== undefined && skip.includes(y.k))) continue;
    const bare = withoutAddresses(y.n);
    if (party.words.some((w) => hasWord(bare, w) || hasWord(bare, w + 's')) && partyContactText(s, y.n, true, party.words)) return true;
  }
  return false;
}

/**
 * (v29 D2, `nameLabelD2`) Sentence `x` has a URL with a domain label that is the party's name (its first two words or more,
 * up to six) run together, without its article ("montanastatelibrary" for "the Montana State Library"; eight letters or
 * more): the party's own site.
 */
function nameLabelD2(s: Session, x: Sentence, party: Party): boolean {
  const words = party.text.trim().replace(/^(?:the|your|their|our|a|an) /, '').split(/[^a-z0-9]+/, 6);
  // (second wave E1) the name is read up to its first word that is no name's ("the Montana State Library about …"), and
  // the label must hold the whole of it: "the Oregon State Library" is not reached at "guides.oregonstate.edu" (a
  // university's), nor "the Texas State Historical Association" at "texasstate…"
  const cut = words.findIndex((w, j) => j > 0 && NAME_END_D2.test(w));
  const name = cut > 0 ? words.slice(0, cut) : words;
  if (name.length < 2) return false;
  const run = name.join('');
  if (run.length < 8) return false;
  for (const u of x.n.matchAll(s.P.global('url'))) if (hostLabels(u[0]).includes(run)) return true;
  return false;
}
/** (v29 D2, `nameLabelD2`) A word that ends an organisation's name in the party's text: a preposition or a clause's word. */
const NAME_END_D2 = /^(?:about|for|in|at|on|to|with|from|by|near|who|that|which|regarding|re|if|and|or|they|their|it|its|so|as|since|because|when|instead|too|also|directly|first|today|now|please)$/;

/**
 * (v13 N8, `themNewPartyN8`) Sentence `x` of `m`, which points back with "them", names before the pronoun a party (not a
 * pronoun, not a generic office, desk or staff) none of whose words an earlier sentence of `m` holds: "The Coles County
 * Historical Society may also have records, so it's worth asking them too" after a sentence about the State Archives.
 */
function themNewParty(s: Session, m: Msg, x: Sentence): boolean {
  const t = THEM.exec(x.n);
  if (!t || t.index === 0) return false;
  const head = withoutAddresses(x.n.slice(0, t.index));
  // (v31 I3, `yourLibraryNewPartyI3`) "Your library, Loudoun County Public Library, can help …; call them at …" after another
  // party ("ask the Loudoun County Circuit Court Clerk"): the patron's own library, unless an earlier sentence names it too
  if (s.rubric.yourLibraryNewPartyI3 === true && yourLibraryNewI3(m, x, head)) return true;
  // (v56 V12, `localAcronymV12`) "… You could also ask the local FSDO whether they kept any file on it.": an office by its acronym,
  // not named before in the message
  if (s.rubric.localAcronymV12 === true && localAcronymNewV12(m, x)) return true;
  let earlier: string[] | undefined;
  // (v73 AM2, `whetherTheyAM2`) a possessive names the party an earlier sentence named ("Call the Middletown Valley Historical
  // Society at …. Then stop by the society's museum and ask if they …": one party)
  const am2 = s.rubric.whetherTheyAM2 === true;
  for (const words of namedPartyWords(s, head)) {
    if (words.length === 0) continue;
    earlier ??= m.sentences.filter((y) => y.k < x.k).map((y) => withoutAddresses(y.n));
    const owner = am2 ? ownerBeforeAM2(head, words[0]!) : null;
    if (!earlier.some((bare) => words.some((w) => hasWord(bare, w)) || (owner !== null && hasWord(bare, owner)))) return true;
  }
  return false;
}

/**
 * (v73 AM2) The word whose possessive comes in the three words before the party word `w` in `head` ("society" in "the society's
 * museum"), or null.
 */
function ownerBeforeAM2(head: string, w: string): string | null {
  const at = wordIndex(head, w);
  if (at <= 0) return null;
  const before = head.slice(0, at).trimEnd().split(' ');
  for (let j = before.length - 1; j >= Math.max(0, before.length - 3); j--) {
    const b = before[j]!;
    if (b.length >= 4 && b.endsWith('s') && /^[a-z]+$/.test(b)) return b.slice(0, -1);
  }
  return null;
}

/**
 * (v73 AM2) The object `obj` of sentence `x` of `m` opens with a capitalised name the raw sentence gives after a verb of getting in
 * touch, visiting or writing (AM1's CAPITAL_VISITS_AM1, not one capitalised word with a lower-case rest), whose first word no
 * earlier sentence of `m` holds.
 */
function capitalNewAM2(m: Msg, x: Sentence, obj: string): boolean {
  for (const c of (m.rawSentences[x.k] ?? '').matchAll(CAPITAL_VISITS_AM1)) {
    if (SINGLE_NAME_D2.test(c[1]!)) continue;
    const first = firstWordOf(c[1]!);
    if (first.length < 2 || !obj.trimStart().startsWith(first)) continue;
    if (m.sentences.some((y) => y.k < x.k && hasWord(withoutAddresses(y.n), first))) return false;
    return true;
  }
  return false;
}

/** (v73 AM2) `w` is a possessive ("societys", "museums") of a word that `bare` holds ("society", "museum"). */
function possessiveOfAM2(bare: string, w: string): boolean {
  return w.length > 3 && w.endsWith('s') && hasWord(bare, w.slice(0, -1));
}

/** (v31 I3, `yourLibraryNewPartyI3`) Sentence `k` of `m` starts a party of its own by naming the patron's own library before its "them". */
function ownLibraryStartI3(m: Msg, k: number): boolean {
  const x = m.sentences[k];
  if (!x) return false;
  const t = THEM.exec(x.n);
  return t !== null && t.index > 0 && yourLibraryNewI3(m, x, withoutAddresses(x.n.slice(0, t.index)));
}
/** (v31 I3, `yourLibraryNewPartyI3`) The patron's own library named: "your library", "your local / home / own library". */
const YOUR_LIBRARY_I3 = /\b(?:your|ur) (?:(?:own|local|home|public) )?(?:librar(?:y|ys|ies)|branch(?:es|s)?)\b/;

/** (second wave J1, `yourLibraryNewPartyI3`) One library or branch named (not "libraries don't keep deeds"). */
const A_LIBRARY_J1 = /\b(?:library|librarys|branch|branchs)\b/;
/** (v31 I3, `yourLibraryNewPartyI3`) `head`, the words of sentence `x` before its "them", names the patron's own library, which no earlier sentence of `m` names. */
function yourLibraryNewI3(m: Msg, x: Sentence, head: string): boolean {
  // (second wave J1) nor one that names a library or branch ("Contact Riverside Public Library's circulation desk. Your
  // library can waive the fee; call them at …", "Check with the Towson branch staff. Your branch can …": one party)
  return YOUR_LIBRARY_I3.test(head) && !m.sentences.some((y) => y.k < x.k && (YOUR_LIBRARY_I3.test(y.n) || A_LIBRARY_J1.test(y.n)));
}

/** (v17 Q3) "they" as the subject of a clause after the party: "…; they run the grants", ", and they can…". */
const THEY_SUBJECT_Q3 = /(?:[;,]|\b(?:and|since|because|as|who)) (?:they|theyre|theyll)\b/;
/**
 * (v73 AM2, `whetherTheyAM2`) Q3's "they" also after "whether / if" and the question words of a question put to the party: "stop in
 * at the kayak shop … and ask whether they run guided tours", "ask them … if they", "ask what they charge".
 */
const THEY_SUBJECT_AM2 = /(?:[;,]|\b(?:and|since|because|as|who|whether|if|what|when|how|where|which)) (?:they|theyre|theyll)\b/;
/**
 * (v17 Q3, `subjectTheyQ3`) Sentence `x` of `m` refers the patron to a party its referring verb names and then picks it up
 * with "they" as a clause's subject ("Also call your local Office of Home Energy Programs; they run the grants"), with no
 * pronoun before: a new party, unless an earlier sentence of `m` holds the party's first word or two of its words ("Call
 * the Land Records office at …. Ask the Land Records clerks; they can pull the deed" is the same party).
 */
function namedThenTheyQ3(s: Session, m: Msg, x: Sentence): boolean {
  const t = (s.rubric.whetherTheyAM2 === true ? THEY_SUBJECT_AM2 : THEY_SUBJECT_Q3).exec(x.n);
  if (t === null) return false;
  const head = x.n.slice(0, t.index);
  if (THEM.test(head)) return false;
  const v = m.execFrom(x, F.referralVerb, 0);
  if (v === null || v.index >= t.index) return false;
  const obj = withoutAddresses(head.slice(v.index + v[0].length));
  const am2 = s.rubric.whetherTheyAM2 === true;
  // (v73 AM2) or a capitalised name after the verb, no party word in it ("… ring Beans in the Belfry and ask when they …"): its
  // first word names the party
  if (!s.P.referralParty.test(obj)) return am2 && capitalNewAM2(m, x, obj);
  const words = partyWordsIn(obj);
  if (words.length === 0) return false;
  // (v73 AM2) a possessive names the party an earlier sentence named ("the society's library" after "the … Historical Society")
  for (const y of m.sentences) {
    if (y.k >= x.k) break;
    const bare = withoutAddresses(y.n);
    if (hasWord(bare, words[0]!) || sharedWords(bare, words) >= 2) return false;
    if (am2 && words.some((w) => possessiveOfAM2(bare, w))) return false;
  }
  return true;
}

/**
 * (v9 N) The verb at `at` names its party by the party's contact, before the next verb at `next`: "call the County
 * Treasurer at 410-555-0111, and for the appeal talk to a tax attorney" (a name, then "at" and a phone or e-mail).
 */
function namedBeforeNext(m: Msg, x: Sentence, at: number, next: number, longAA6 = false, commaAN6 = false): boolean {
  const v = m.execFrom(x, F.referralVerb, at);
  if (!v || v.index !== at) return false;
  const o = x.n.slice(at + v[0].length, next).trimStart();
  // (v61 AA6, `namedAtLongAA6`) "call the maryland dnr wildlife and heritage service at 410-555-0144": a name of up to ten words
  // (v74 AN6, `commaNameAN6`) "call permits, approvals and inspections at 410-555-0132": a name with commas among its words
  return o.length > 0 && namedAtContact(o, commaAN6 ? NAMED_AT_COMMA_AN6 : longAA6 ? NAMED_AT_LONG_AA6 : NAMED_AT);
}
/** (v61 AA6, `namedAtLongAA6`) v6's NAMED_AT with a name of up to ten words. */
const NAMED_AT_LONG_AA6 = /^(?:[a-z0-9&-]+ ){1,10}?(?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;
/** (v74 AN6, `commaNameAN6`) AA6's name of up to ten words, a comma allowed after each of its words but the last. */
const NAMED_AT_COMMA_AN6 = /^(?:[a-z0-9&-]+,? ){1,10}?(?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;

/** (v17 Q3, `phoneLabelQ3`) A listing's comma just before "phone", in a sentence that opens with no condition. */
const PHONE_LABEL_Q3 = /^(?!(?:if|when|whenever|once|after|before|unless)\b)[^;:]*, $/;
/** (v17 Q3, `byMeansQ3`) "by" just before a referring verb: "by calling …", "by emailing …". */
const BY_MEANS_Q3 = /\bby $/;
/** (v11 K8) A parenthetical closed within the lead-in: "(bursar@wcupa.edu)". */
const CLOSED_PAREN_K8 = /\([^()]*\)/g;
/** (v11 K8) A sentence that only labels a contact: "Phone: 610-891-4400.", "Email - help@x.org", "Tel. (215) 555-0100". */
const CONTACT_LABEL_K8 = /^(?:phone|tel|telephone|call|text|email|e mail|fax)\b[ .:-]*(?:\+?1[ .-]?)?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z.]+)[ .]*$/;
/** (v18 RM) v18's referring verb "report … to <party>" (rubric.ts, block RM). */
const REPORT_TO_RM = /^report(?:ing)?\b/;
/** (v18 RM) v18's visits with no object: "drop in", "go in person" (rubric.ts, block RM). */
const VISIT_BACK_RM = /^(?:(?:drop|pop|stop|walk|come) in|go in person)$/;
/** (v65 AE3, `theirEventAE3`) The verbs of a visit. */
const VISIT_VERB_AE3 = /^(?:visit|visiting|(?:drop|stop|pop|swing) (?:in|by|into|in at|in to)|stop at|drop into|pop into|go to|head to|walk in (?:at|to))$/;
/**
 * (v65 AE3, `theirEventAE3`) The object of a visit is one of "their" meetings or events: "(at) one of their monthly meetings",
 * "their next open house", "any of their swap meets" (up to two words before the event's noun).
 */
const THEIR_EVENT_AE3 =
  /^(?:(?:at|to) )?(?:(?:one|any) of )?their (?:(?!(?:and|or|but|if|when)\b)[a-z-]+ ){0,2}?(?:meetings?|meetups?|open houses?|club nights?|swap meets?|shows?|workshops?|events?|socials?|gatherings?|open days?|id days?|identification days?)\b/;
/**
 * (v67 AG10, `theirEventWideAG10`) AE3's visits with "come to / by" and in Spanish ("ir a", "vaya a", "pase por", "acuda a",
 * "visite" …).
 */
const VISIT_VERB_AG10 = /^(?:come to|come by|ir a|vaya a|vayan a|pase por|pasen por|acuda a|acudan a|acudir a|visite|visiten|visitar)$/;
/**
 * (v67 AG10) AE3's object in Spanish: "(a) una de sus reuniones mensuales", "sus próximos talleres", "alguna de sus ferias" (up to
 * two words before the event's noun; "sus" after a party named before it in the message).
 */
const THEIR_EVENT_ES_AG10 =
  /^(?:a )?(?:(?:una|uno|alguna|alguno|cualquiera) de )?sus (?:(?!(?:y|o|pero|si|cuando)\b)[a-z-]+ ){0,2}?(?:reuniones|talleres|eventos|ferias|exposiciones|jornadas|charlas|encuentros|tertulias|puertas abiertas|dias de identificacion)\b/;
/**
 * (v67 AG9, `callAheadEsAG9`) AE6's "call ahead" in Spanish, after v34 Y2's calling verb: "antes (de ir / visitar / venir …)",
 * "primero", "con anticipación / tiempo / antelación" (at the end of the clause or before "para / y / porque / ya que / pues /
 * si").
 */
const AHEAD_ES_AG9 =
  /^(?:antes(?: de (?:ir|visitar|venir|pasar|salir|llegar|acudir))?|primero|con (?:anticipacion|tiempo|antelacion))(?=$| ?[,.;:!?)]| (?:para|y|porque|ya que|pues|si|por si)\b)/;
/**
 * (v65 AE3, AE6) Verb `verb` and its object call or visit the party named before them in the message: "Call ahead", "drop in at
 * one of their monthly meetings" (v67's own, "Llame antes de ir", "come to one of their workshops", are `agBackOnly`'s).
 */
function callsOrVisitsBackAE(s: Session, verb: string, object: string): boolean {
  if (s.rubric.callAheadAE6 === true && CALL_VERB_N7.test(verb) && AHEAD_AE6.test(object)) return true;
  return s.rubric.theirEventAE3 === true && VISIT_VERB_AE3.test(verb) && THEIR_EVENT_AE3.test(object);
}
/**
 * (v67 AG9, AG10) The calls and visits back that only AG reads: "Llame antes de ir", "come to one of their workshops", "ir a una de
 * sus reuniones".
 */
function agBackOnly(s: Session, verb: string, object: string): boolean {
  if (s.rubric.callAheadEsAG9 === true && LLAMAR_VERB_Y2.test(verb) && AHEAD_ES_AG9.test(object)) return true;
  if (s.rubric.theirEventWideAG10 !== true || !VISIT_VERB_AG10.test(verb)) return false;
  return THEIR_EVENT_AE3.test(object) || THEIR_EVENT_ES_AG10.test(object);
}
/**
 * (v67 AG9, AG10) A tip's or an example's lead-in ending the clause before the verb: "por ejemplo:", "one tip from it:", "e.g.",
 * "Lo que aconseja el folleto:", "the guide suggests:".
 */
const EXAMPLE_LEAD_AG =
  /\b(?:por ejemplo|for example|for instance|e ?g|ej|(?:one|a|another|un|otro) (?:tip|consejo|idea|suggestion|sugerencia)(?: (?:from|in|de|del|en) (?:it|them|the [a-z-]+|la [a-z-]+|el [a-z-]+))?|tip|consejo|(?:aconseja|recomienda|sugiere|dice|says|suggests|recommends|advises)(?: (?:el|la|the|its|su) [a-z-]+)?)[,:]? ?$/;
/** (v65 AE3) The text of the sentences of `m` before sentence `x`, each followed by a space. */
function earlierText(m: Msg, x: Sentence): string {
  let t = '';
  for (const y of m.sentences) if (y.k < x.k) t += y.n + ' ';
  return t;
}
/** (v65 AE5, `callLineEsAE5`) A phone line in Spanish (after v34 Y2's `LLAMAR_VERB_Y2`), after an article or a possessive: "la línea de mascotas exóticas", "su línea de ayuda". */
const LINEA_AE5 = /^(?:la|su|una|esta|esa) linea\b(?! (?:de (?:espera|tiempo|comandos|texto|meta|salida)|por linea)\b)/;
/** (v52 R16) v18's "go / come / head … in person to / at" (rubric.ts v1, RM). */
const IN_PERSON_TO_R16 = /^(?:go|going|come|head|show up|appear|apply) in person (?:to|at)$/;
/** (v52 R16) An object that opens with a house number and a street: "118 N. Clark St.", "300 Elm Street". */
const STREET_OBJECT_R16 = /^\d{1,6}[a-z]? (?:[nsew]\.? |north |south |east |west )?(?:[a-z0-9.'-]+ ){0,3}?(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|pl|place|ct|court|pkwy|parkway|hwy|highway|sq|square|ter|terrace|cir|circle)\b/;
/** (v8 K) A part that goes on with the party before it: "ask for the records desk", "visit them". */
const SAME_PARTY_K = /^[a-z]+(?: [a-z]+)? for\b|\b(?:them|they|theyll|their|him|her|there)\b/;
/**
 * (v20 T3, `arrivalThereT3`) The "there" of the patron's own arrival: "when you get there", "once you're there", "if you go
 * there"; "are / be there" only after "you" (T8: "ask whether the benefits counselors are there on Fridays" is the office).
 */
const ARRIVAL_THERE_T3 = /\b(?:get|gets|getting|arrive|arrives|arriving|go|going|once|youre|youll be|(?:you|u) (?:are|will be|be)) there\b/g;
/** A part of a sentence that goes on with the party before it (`SAME_PARTY_K`), not by the "there" of arriving (v20 T3). */
function sameParty(s: Session, seg: string): boolean {
  if (!SAME_PARTY_K.test(seg)) return false;
  if (s.rubric.arrivalThereT3 !== true || !seg.includes(' there')) return true;
  return SAME_PARTY_K.test(seg.replace(ARRIVAL_THERE_T3, ''));
}

/**
 * (v71 AK3, `staffThereAK3`) A later part of the sentence that asks the staff, a librarian or someone, no party of its own named:
 * "visit our Cecil County History Room …, 301 Newark Ave, Elkton, and ask the staff for the town's business directories", "y
 * pregúntele al personal": the party's own people (not "ask the staff at the county archives": another party).
 */
const STAFF_ASK_AK3 =
  /^(?:ask|talk (?:to|with)|speak (?:to|with)|check with|chat with|pregunte(?:le)? (?:a|al)|hable con) (?:(?:the|a|an|one of the|any of the|someone on the|somebody on the|el|la|los|las|un|una|alguien del?) )?(?:[a-z-]+ )?(?:staff|staffers?|librarians?|archivists?|clerks?|volunteers?|docents?|someone|somebody|anyone|people|folks|person|personal|bibliotecari[oa]s?|alguien|encargad[oa]s?|voluntari[oa]s?)\b(?! (?:at|of|from|in|with|del?|en)\b)/;
/**
 * (v71 AK6, `oneAtAK6`) A part of the sentence that sends the patron to "the one / another one / the other one at <place>": another
 * party of the kind just named ("call the pro shop at Hagerstown Municipal Golf Course, 301-…, or stop by the one at Black Rock and
 * ask whether they regrip"), not the same one.
 */
/** (v71 AK6) "the one / another one / the other one at <place>" (not the same one, nor a time). */
const ONE_AT_PLACE_AK6 = String.raw`(?:the|another|the other) one (?:at|in|on|near|by|over at|out at|up at|down at|over in|out in|up in|down in) (?!(?:the )?(?:same|that|this|your|ur|their|its)\b|\d{1,2}(?::\d\d)? ?(?:am|pm|oclock)\b)[a-z0-9]`;
const ONE_AT_AK6 = new RegExp(String.raw`^[a-z ]*?\b${ONE_AT_PLACE_AK6}`);
/** (v71 AK6) The verb's object is "the one / another one / the other one at <place>" (`ONE_AT_PLACE_AK6` at the object's start). */
const ONE_AT_OBJECT_AK6 = new RegExp(`^${ONE_AT_PLACE_AK6}`);
/** (v56 V19) A party word that names the staff of a party, not a party of its own: "the clerk on duty", "someone", "the front desk". */
const STAFF_V19 = /^(?:clerks?|staff|staffers?|person|people|someone|somebody|agents?|representatives?|reps?|librarians?|archivists?|officers?|workers?|employees?|folks|team|desk|counter|window|they|them|he|she|him|her)$/;
/** (v56 V19) What ends a clause between the party and the pronoun. */
const CLAUSE_BREAK_V19 = /[,;:()]| or | and /;
/** (v56 V19) A word that holds a digit, "@", "." or "/": part of a number, an address or a URL. */
const CONTACT_TOKEN_V19 = /\S*[\d@./]\S*/g;
/** (v56 V19) The pronouns of `SAME_PARTY_K` that may point back to the party before ("there", "… for" and the possessives "their / her" left out). */
const PRONOUN_V19 = /\b(?:them|they|theyll|theyd|theyre|him)\b/;
/** (v68 AH11) Party words that are people of a party ("the coaches", "its volunteers"), not one of its own before "their". */
const PEOPLE_AH11 =
  /^(?:coach(?:es)?|instructors?|teachers?|volunteers?|members?|organi[sz]ers?|docents?|rangers?|guides?|tutors?|counselou?rs?|advis[eo]rs?|officers?|agents?|reps?|representatives?|specialists?|experts?|doctors?|nurses?|lawyers?|attorneys?|managers?|directors?|coordinators?|leaders?|players?|artists?|curators?|archivists?|librarians?|clerks?|staff|people|folks|someone|somebody|person|they|them)$/;
/**
 * (v68 AH11, `theirOwnPartyAH11`) PRONOUN_V19 with the possessive "their": "…, and call the … Visitor Center at 410-… to check
 * their hours" names its own party before "their" (what is checked is that party's).
 */
const PRONOUN_AH11 = /\b(?:them|they|theyll|theyd|theyre|him|their)\b/;
/** (v68 AH19) The library does it for the patron: "…, but our ILL staff does that part for you", "… place that call themselves". */
const FOR_YOU_AH19 =
  /\b(?:for (?:you|u)|on (?:your|ur) behalf|(?:does|do|handles?|takes? care of|places?|makes?) (?:that|this|it|the)(?: part| step| call| request)?|themselves|ourselves|myself)\b/;
/** (v68 AH19) A referring verb as a gerund: "calling", "emailing", "llamando a(l)", "escribiendo a(l)". */
const GERUND_AH19 = /(?:ing|(?:ando|iendo) al?)$/;
/**
 * (v68 AH19, `passiveMeansAH19`) Before a gerund: a passive of having the thing ("are bought / reserved / booked / ordered … by",
 * "se compran / reservan / piden / solicitan …").
 */
const PASSIVE_MEANS_AH19 =
  /(?:\b(?:are|is|can|must|may|should|need to|needs to|have to|has to|get|gets)(?: only)?(?: be)?(?: only)? (?:bought|sold|purchased|reserved|booked|made|ordered|requested|scheduled|arranged|renewed|paid for|obtained|handled|claimed) (?:only )?by|\bse (?:compran?|venden?|reservan?|piden?|solicitan?|hacen|consiguen?|programan?|agendan?|tramitan?|renuevan?|pagan?|obtienen?|reclaman?|sacan?)(?: (?:solo|solamente|unicamente))?)$/;
/** (v68 AH4) AH4's verbs: "take it to", "bring them in to", "drop the old flag by to", "carry the boxes to". */
const TAKE_TO_AH4 = /^(?:take|bring|drop|carry) .* to$/;
/** (v68 AH4) The patron's own people, in the patron's words. */
const KIN_AH4 =
  /\b(?:my|our|his|her|their) (?:[a-z]+ )?(?:grandparents?|grandma|grandpa|grandmother|grandfather|nana|papa|granny|grandkids?|grandchildren|grandchild|grandsons?|granddaughters?|nieces?|nephews?|godparents?|stepdad|stepmom|stepfather|stepmother|mom|mum|dad|mother|father|parents|aunt|aunts|uncle|uncles|brother|brothers|sister|sisters|cousins?|friends?|neighbou?rs?|kids|children|son|sons|daughter|daughters|family|in-laws?|husband|wife|partner|boss|teacher|students?|room-?mates?|house-?mates?|class-?mates?|team-?mates?|band-?mates?|co-?workers?|colleagues?|buddies|buddy|pals?|girlfriend|boyfriend|fiancee?|godchild|godson|goddaughter)\b/;
/**
 * (v68 AH4, `kinThemAH4`) The "them" of AH4's "… to them at <address>" in sentence `x` of `m` is the patron's own people: the
 * message before it (`before`, the sentence's words before the verb, and the sentences before) speaks of "your grandparents …", or
 * the patron gave the street address before it, speaking of "my grandparents …".
 */
function kinThemAH4(s: Session, m: Msg, x: Sentence, before: string, address: string): boolean {
  if (KIN_AH4.test((earlierText(m, x) + before).replace(/\byour\b/g, 'my'))) return true;
  const street = /^\d{1,6} [a-z]+/.exec(address)?.[0];
  if (street === undefined) return false;
  for (let p = m.pos - 1; p >= 0; p--) {
    const prev = s.vis[p]!;
    if (prev.role === 'patron' && prev.n.includes(street) && KIN_AH4.test(prev.n)) return true;
  }
  return false;
}
/** (v68 AH20, `termDefinedAH20`) Just after a referring verb: the verb explained as a term ("means", "is when", "refers to"). */
const TERM_DEFINED_AH20 = /^['"\u2019\u201d]? (?:means|meant|is when|is what|refers to|is a term|is slang|is surfer|significa|quiere decir)\b/;
/** (v68 AH17, `beforeGoingAH17`) Just before a referring verb: Spanish "antes de / después de / luego de" (a time clause). */
const BEFORE_VERB_AH17 = /\b(?:antes de|despues de|luego de) $/;
/**
 * (v56 V19, `partyBeforePronounV19`) Part `seg` of a sentence (from its referring verb) names a party (`referralParty`) before its
 * first pronoun, in the same clause: "calling your county sheriff's office so they know the scam is going around" (not "visit them",
 * "ask them for …"; not the staff of the party before, "Call the Records Office at …, and ask the clerk on duty whether they can
 * certify it").
 */
function partyBeforePronounV19(s: Session, seg: string): boolean {
  const p = (s.rubric.theirOwnPartyAH11 === true ? PRONOUN_AH11 : PRONOUN_V19).exec(seg);
  if (p === null || p.index === 0) return false;
  // in the part's own clause (not "text 988 (the … Lifeline), or chat with them at …"), the words before it without its contacts
  // (the 211 of "text … to 898-211", the "library" of "govinfo@library.berkeley.edu")
  const before = seg.slice(0, p.index);
  if (CLAUSE_BREAK_V19.test(before)) return false;
  // a party of its own: not only the staff of the party before ("ask the clerk on duty whether they …", "someone there")
  // (v68 AH11) before "their", an organisation, not people of the party before ("ask the coaches about their fall tryouts")
  const their = p[0] === 'their';
  for (const q of before.replace(CONTACT_TOKEN_V19, ' ').matchAll(s.P.global('referralParty'))) if (!STAFF_V19.test(q[0]) && !(their && PEOPLE_AH11.test(q[0].trim()))) return true;
  return false;
}
/**
 * (v8 K, `clauseReferralsK`) The first part of sentence `k` of `m` that refers the patron to a party of its own
 * with no way to reach it, -1 if none (or if the sentence refers to one party only). The sentence is cut at each
 * referring verb; a part that names no party ("call or email the clerk at …": "call or") joins the next. The
 * first part may use a contact earlier in the message, the last one a contact later in it or in the next message.
 */
/**
 * (v31 K3, `wishClauseK3`) A sentence's first clause is the patron's wish to talk to someone, up to its comma: "if you want to
 * talk to someone, ", "if youd like to speak with a lawyer, ", "when you need to chat with a person, ".
 */
const WISH_K3 = /^(?:(?:and|or|but|so|also),? )?(?:if|when|whenever) (?:you|u|youd)(?: (?:ever|really|still|would|just))? (?:want|need|like|wish|prefer) to (?:talk|speak|chat) (?:to|with) [a-z ]{1,40}, ?$/;
/**
 * (v60 Z4, `wishYouCanZ4`) WISH_K3 with the main clause opening "you can / could / may (also / always / just)", "please" or "feel
 * free to" before the referring verb: "if youd like to talk to someone, you can ", "if you need to speak with a counselor, please ".
 */
const WISH_CAN_Z4 = new RegExp(`${WISH_K3.source.slice(0, -', ?$'.length)}, (?:(?:you|u) (?:can|could|may)(?: (?:also|always|just))?|please|pls|just|feel free to) $`);
function clauseParties(s: Session, m: Msg, k: number): number {
  const x = m.sentences[k];
  if (!x) return -1;
  const verbs: number[] = [];
  isReferral(s, m, x, verbs);
  if (verbs.length < 2) return -1;
  const n = x.n;
  const rm = s.rubric.namedUrlRM === true;
  // (v73 AM1) the raw sentence's names after verbs of visiting or writing, found once when first asked for
  let names: string[] | undefined;
  const namesAM1 = (): string[] => (names ??= capitalNamesAM1(m.rawSentences[k] ?? ''));
  const starts = [0];
  let prev = verbs[0]!;
  for (let j = 1; j < verbs.length; j++) {
    const v = verbs[j]!;
    // (v17 Q3, `byMeansQ3`) "… at your local field office by calling the Contact Center at …": the means of reaching it
    if (s.rubric.byMeansQ3 === true && BY_MEANS_Q3.test(n.slice(Math.max(0, v - 8), v))) continue;
    // (v68 AH17, `beforeGoingAH17`) "le recomiendo llamar a la MVA al 410-… antes de ir a una oficina": the visit of a time clause
    // ("antes de / después de / luego de" + the verb) is when the patron calls, no party of its own
    if (s.rubric.beforeGoingAH17 === true && BEFORE_VERB_AH17.test(n.slice(Math.max(0, v - 12), v))) continue;
    // "call or email the clerk": the first verb names no party of its own
    // (v57 W27, `reportFirstW27`) "report … to <party>" names its party, whatever it is ("You can report an unshoveled walk to BOS:311
    // by calling 617-635-4500, and it's worth letting your landlord know too"), as v18 RM reads it in a later part
    // (v73 AM1, `namedVisitAM1`) "contact Montgomery History in Rockville through …, and you could also take it to …": a
    // capitalised name after the earlier verb names its party, though no party word does
    if (
      !s.P.referralParty.test(n.slice(prev, v)) &&
      !(s.rubric.contactOwnerN === true && namedBeforeNext(m, x, prev, v, s.rubric.namedAtLongAA6 === true, s.rubric.commaNameAN6 === true)) &&
      !(rm && s.rubric.reportFirstW27 === true && REPORT_TO_RM.test(n.slice(prev, v))) &&
      !(s.rubric.namedVisitAM1 === true && namedClauseAM1(namesAM1(), n.slice(prev, v), n.slice(0, prev)))
    ) {
      prev = v;
      continue;
    }
    // "call the clerk's office and ask for the records desk", "visit the branch and ask them": the same party
    // "…from the Division of Vital Records: call 410-764-3038": a verb with a contact and no party of its own
    const seg = n.slice(v, verbs[j + 1] ?? n.length);
    // (v18 RM) the verb's party is named before any ";": one after it is another clause's ("… line at 888-… and ask; the
    // AG's office will mail you a form"); and "report the seller to the CFPB at …": "report … to" names its party after
    // "to", whatever it is
    const own = rm && seg.includes(';') ? seg.slice(0, seg.indexOf(';')) : seg;
    // (v29 D2, `namedClauseD2`) "…, and you can also talk to the Baltimore Renters United organizers at their meetings": a
    // capitalised name after the verb is a party of its own, whatever pronoun comes after it
    const named = s.rubric.namedClauseD2 === true && !seg.includes(' there') && namedClauseD2(m, k, own, n.slice(0, v));
    // (v56 V19, `partyBeforePronounV19`) "…, and it's also worth calling your county sheriff's office so they know …": the part names a
    // party of its own before the pronoun, which is that party's, not the one before
    // (v71 AK3, `staffThereAK3`) "…, and ask the staff for …": the party's own people
    const same = (sameParty(s, seg) && !(s.rubric.partyBeforePronounV19 === true && partyBeforePronounV19(s, own))) || (s.rubric.staffThereAK3 === true && STAFF_ASK_AK3.test(seg));
    // (v71 AK6, `oneAtAK6`) "…, or stop by the one at Black Rock": another party of the kind
    const oneAt = s.rubric.oneAtAK6 === true && ONE_AT_AK6.test(own);
    // (v73 AM1, `namedVisitAM1`) "…, or stop by Jordan Kitt's Music and ask …", "…, or stop in at the Y on the east side …", "…,
    // and you could also e-mail the Early Typewriter Collectors' Association at …": a capitalised name after a verb of visiting or
    // writing, not named before in the sentence, is a party of its own
    // (not "… and speak to Dr. Alvarez there": the party just reached, as D2 reads it)
    if (
      !named &&
      !oneAt &&
      (same || (!s.P.referralParty.test(own) && !(rm && REPORT_TO_RM.test(seg)))) &&
      !(s.rubric.namedVisitAM1 === true && !seg.includes(' there') && namedClauseAM1(namesAM1(), own, n.slice(0, v)))
    )
      continue;
    starts.push(v);
    prev = v;
  }
  const parts: [number, number][] = starts.map((a, j) => [a, starts[j + 1] ?? n.length]);
  if (parts.length < 2) return -1;
  for (let j = 0; j < parts.length; j++) {
    const [a, b] = parts[j]!;
    if (hasReachableContact(contactsIn(s, n.slice(a, b)))) continue;
    // (v43 I1, `namedAgainI1`) "Email the Archives at ref@msa.gov, or stop by the front desk of the Archives": the same party
    if (s.rubric.namedAgainI1 === true && namedAgainPartI1(s, n, m.rawSentences[k] ?? '', parts, verbs[0]!, j)) continue;
    // (v31 K3, `wishClauseK3`) "If you want to talk to someone, call AARP's helpline at 877-…": the wish names no party of its own
    // (v32 L2, `wishClauseNarrowL2`) not when the main clause's only contact is the library's way back: "If you want to talk to
    // someone, call the Area Agency on Aging, or email us at ask@sample.org"
    // (v60 Z4, `wishYouCanZ4`) "If you'd like to talk to someone, you can call the … Helpline at 1-800-…"
    if (j === 0 && s.rubric.wishClauseK3 === true && (WISH_K3.test(n.slice(a, b)) || (s.rubric.wishYouCanZ4 === true && WISH_CAN_Z4.test(n.slice(a, b)))) && !(s.rubric.wishClauseNarrowL2 === true && !wishMainContactL2(s, n.slice(b, parts[1]![1])))) continue;
    // (v18 RM) not an earlier sentence whose only contacts are URLs of things it names ("The FTC describes it here: …")
    // (v68 AH13, `otherBeforeAH13`) not when the part names its party in words of its own that the earlier sentence does not hold
    // ("The National Park Service lists … at nps.gov/…. While you are in Cambridge, stop by the Dorchester County Historical
    // Society, and call …")
    if (j === 0 && m.sentences.some((y) => y.k < k && hasReachableContact(contactsIn(s, y.n)) && (!rm || lendsFirstPartRM(s, y, n.slice(a, b))) && !(s.rubric.otherBeforeAH13 === true && ownNameAH13(s, y.n, n.slice(verbs[0]!, b))))) continue;
    // (v18 RM) not a later sentence that names a party of its own ("…, or go to the nearest emergency room. Poison Control is
    // also at 1-800-222-1222.")
    if (
      j === parts.length - 1 &&
      (m.sentences.some(
        (y) =>
          y.k > k &&
          hasReachableContact(contactsIn(s, y.n)) &&
          !(rm && namesOtherPartyRM(s, withoutAddresses(y.n), n.slice(a, b))) &&
          // (v23 X6, `namedUrlLaterX6`) not a sentence whose only contacts are URLs of things it names before them, naming
          // none of the part's party words ("MedlinePlus en español (medlineplus.gov/spanish) explica el examen.")
          !(s.rubric.namedUrlLaterX6 === true && !lendsLastPartX6(s, y, n.slice(a, b))),
      ) ||
        contactNext(s, m, k) !== null)
    )
      continue;
    return x.k;
  }
  return -1;
}

/**
 * (v11, `namedElsewhereKM`) The contact of a party named in capitals ("contact SCORE") that another provider message gives
 * beside the same name, written the same way, before or after ("SCORE volunteers mentor owners for free; request one at
 * score.org."): a sentence of that message holds the name and a way to reach someone other than the patron.
 */
function namedElsewhere(s: Session, m: Msg, k: number): Msg | null {
  const raw = m.rawSentences[k];
  const name = raw === undefined ? undefined : CAPITAL_OBJECT_K1.exec(raw)?.[1]?.replace(/(?:['\u2019]s|[.'\u2019-])+$/, '');
  if (!name || name.length < 3) return null;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \t]+/g, '[ \\t]+');
  const same = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u');
  for (const o of s.prov) {
    if (o === m || !same.test(o.raw)) continue;
    const raws = o.rawSentences;
    for (const x of o.sentences) if (same.test(raws[x.k] ?? '') && partyContactText(s, x.n, true)) return o;
  }
  return null;
}

/** Another party named right before its contact: "the pharmacy at 410-…", "your insurer at claims@…" (v21 U6, v22 V1). */
/** What a contact starts with: a phone number, an e-mail address or a domain. */
const CONTACT_AHEAD = String.raw`(?=\(?\+?\d|[a-z0-9._%+-]+@|(?:https?:\/\/|www\.)?[a-z0-9-]+\.[a-z]{2,})`;
const PARTY_AT_CONTACT = String.raw`(?:the|your|a|an) (?:[a-z0-9&-]+ ){0,4}?[a-z0-9&-]+ (?:at|on) ${CONTACT_AHEAD}`;
/**
 * (v21 U6) A later clause about another party, named right before its contact: ", and the pharmacy at 410-555-0134",
 * ", or your insurer at claims@…" (an article or "your", at most five words, then "at / on" and the contact).
 */
const OTHER_PARTY_AT_U6 = new RegExp(`, (?:and|or|but|plus|while) ${PARTY_AT_CONTACT}`);
/**
 * (v65 AE8, `partyAtVerbAE8`) PARTY_AT_CONTACT whose words hold no auxiliary or modal ("r" for "are" too): "… or a sample is
 * explained at meteorite.unm.edu" is a clause about a thing, no party named before its contact [a participle alone is no verb
 * there: "or the lost and found desk at (410) 555-0166" is still another party].
 */
const CLAUSE_VERB_AE8 = String.raw`(?:is|are|r|was|were|be|been|being|isnt|arent|can|could|will|would|should|may|might|must|has|have|had)\b`;
const PARTY_AT_CONTACT_AE8 = String.raw`(?:the|your|a|an) (?:(?!${CLAUSE_VERB_AE8})[a-z0-9&-]+ ){0,4}?(?!${CLAUSE_VERB_AE8})[a-z0-9&-]+ (?:at|on) ${CONTACT_AHEAD}`;
const OTHER_PARTY_AT_AE8 = new RegExp(`, (?:and|or|but|plus|while) ${PARTY_AT_CONTACT_AE8}`);
/**
 * (v22 V1, `otherPartyOrV1`) The same clause after " or " with no comma: "call your doctor's office or the nurse advice line
 * at 1-800-…".
 */
const OTHER_PARTY_OR_V1 = new RegExp(` or ${PARTY_AT_CONTACT}`);
/** (v65 AE8) V1's clause, its words holding no auxiliary or modal. */
const OTHER_PARTY_OR_AE8 = new RegExp(` or ${PARTY_AT_CONTACT_AE8}`);
/** (v42 H1) What joins a second party to the first: "or (else)", "and", "and/or", "&", "as well as" (a non-native "or to"). */
const LINK_H1 = String.raw`,? (?:or(?: else)?|and|and\/or|&|as well as)(?: to| with)? (?:the|your|ur|a|an) `;
/**
 * (v42 H1, `otherPartyMarksH1`) The clause of another party named right before its contact, as `OTHER_PARTY_OR_V1`, also
 * after " and ", "&", "as well as" ("call your doctor and the pharmacy at 410-…"), its contact after "at / on / via / by
 * calling", in parentheses (an acronym may open them), after a colon, a comma or a dash ("contact the county clerk or the
 * State Archives (msa.maryland.gov)"). The party's words are group 1.
 */
const OTHER_PARTY_MARKS_H1 = new RegExp(
  String.raw`${LINK_H1}((?:[a-z0-9&-]+ ){0,5}?[a-z0-9&-]+)(?: (?:at|on|via|by calling|by phone at|by e ?mail at) | ?\((?:[a-z]{2,8}, )?|: |, | - )${CONTACT_AHEAD}`,
);
/**
 * (v42 H1) The last word of a second party's name that makes it a part, room or staff of the party before it ("the land
 * records unit", "the housing team", "the Archives' reading room", "a reference archivist"), or a thing, not a party ("the
 * clerk's website", "the online portal", "the court order", "the number to use").
 */
const NOT_ANOTHER_PARTY_H1 =
  /(?:^| )(?:units?|teams?|sections?|desks?|rooms?|staff|archivists?|librarians?|counters?|windows?|websites?|sites?|pages?|portals?|forms?|numbers?|fees?|hours|times?|orders?|cop(?:y|ies)|maps?|index|catalog(?:ue)?s?|databases?|guides?|apps?|links?|use)$/;
/** (v42 H1) The words `name` after "and / or" name a party of its own: a `referralParty` word, not `NOT_ANOTHER_PARTY_H1`. */
function anotherPartyH1(s: Session, name: string): boolean {
  return s.P.referralParty.test(name) && !NOT_ANOTHER_PARTY_H1.test(name);
}
/** (v42 H1) Words of a party's name that say nothing of which party it is. */
const PLACE_STOP_H1 = /^(?:county|state|city|town|office|offices|department|maryland|national|public|local)$/;
/** The words of normalised text `n`, each without a plural's (or a possessive's) final "s" (v22 V9's reading). */
function wordList(n: string): string[] {
  return n.split(/[^a-z0-9-]+/).map((w) => w.replace(/s$/, ''));
}
/** `wordList(n)` as a set. */
function wordsOf(n: string): Set<string> {
  return new Set(wordList(n));
}
/** (v42 H1) The words of a party's name in `text` that tell it from others (four letters or more). */
function partyWordsH1(text: string): string[] {
  return wordList(text).filter((w) => w.length >= 4 && !PARTY_STOP_V9.test(w) && !PLACE_STOP_H1.test(w));
}
/**
 * (v42 H1) A provider sentence other than sentence `k` of `m`, in any message, gives a way to reach someone and names a word of
 * the party's (`words`): "The clerk is at 410-…", "The county clerk's website is samplecounty.gov/clerk.".
 */
function reachedElsewhereH1(s: Session, m: Msg, k: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (const e of s.prov) {
    for (const y of e.sentences) {
      if ((e === m && y.k === k) || !hasReachableContact(contactsIn(s, y.n))) continue;
      const ys = wordsOf(y.n);
      if (words.some((w) => ys.has(w))) return true;
    }
  }
  return false;
}
/**
 * (v42 H1, `otherPartyMarksH1`) Referring sentence `k` of `m` names a first party and then another (`OTHER_PARTY_MARKS_H1`)
 * whose contact is the sentence's only one (v21's `otherPartyContactU6`); the second is a party of its own
 * (`anotherPartyH1`), and no provider sentence elsewhere gives the first party's contact.
 */
function otherPartyMarksH1(s: Session, m: Msg, k: number): boolean {
  const n = m.sentences[k]!.n;
  const o = OTHER_PARTY_MARKS_H1.exec(n);
  if (o === null || !anotherPartyH1(s, o[1]!)) return false;
  if (!otherPartyContactU6(s, m, k, OTHER_PARTY_MARKS_H1)) return false;
  const verbs: number[] = [];
  isReferral(s, m, m.sentences[k]!, verbs);
  const before = verbs.filter((v) => v < o.index);
  const first = before.length === 0 ? '' : n.slice(Math.max(...before), o.index).replace(/^\S+/, '');
  return !reachedElsewhereH1(s, m, k, partyWordsH1(first));
}
/**
 * (v22 V1, `resourceClauseV1`) A clause after ";" that gives the address of the library's own resource: "; the library's
 * guide to regional routes is at samplecountylibrary.org/…", "; our transit guide is online at …" (the library's, so no
 * outside party's: "Email the registrar; the form is at example.edu/transcript-form" still gives the registrar a way, v13's
 * reading, test/seventeenth-round-merge.test.ts).
 */
const RESOURCE_AT_V1 =
  /; (?:our|the librarys|the library) (?:[a-z0-9&-]+ ){0,5}?(?:guide|guides|page|pages|map|maps|list|lists|site|website|handout|brochure|chart|charts|schedule|schedules|faq|form|forms) (?:[a-z0-9&-]+ ){0,4}?(?:is|are) (?:also )?(?:online )?(?:at|on) (?=(?:https?:\/\/|www\.)?[a-z0-9-]+\.[a-z]{2,})/;
/**
 * (v21 U6, `otherPartyContactU6`) Referring sentence `k` of `m` refers with a verb before a clause of
 * `OTHER_PARTY_AT_U6`, which holds the sentence's only way to reach anyone, and refers with no verb of its own; no other
 * sentence of `m` gives a way to reach someone (a URL after the name of the thing it is, v18's `urlsNamedBeforeRM`, or one
 * that belongs to a resource named just before it, is no one's), nor does the next provider message: the party referred
 * to first has none.
 */
function otherPartyContactU6(s: Session, m: Msg, k: number, later: RegExp = OTHER_PARTY_AT_U6): boolean {
  const x = m.sentences[k];
  if (!x || ((later === OTHER_PARTY_AT_U6 || later === OTHER_PARTY_AT_AE8) && !x.n.includes(', '))) return false;
  const o = later.exec(x.n);
  if (o === null) return false;
  if (hasReachableContact(contactsIn(s, x.n.slice(0, o.index)))) return false;
  const verbs: number[] = [];
  isReferral(s, m, x, verbs);
  if (verbs.length === 0 || verbs.some((v) => v > o.index)) return false;
  // (a URL named as the thing it is, "MedlinePlus notes …: medlineplus.gov/…", is a source's, not the party's)
  if (m.sentences.some((y) => y.k !== k && hasReachableContact(contactsIn(s, y.n)) && !urlsNamedBeforeRM(s, y.n) && partyContactText(s, y.n, true))) return false;
  return contactNext(s, m, k) === null;
}

/** (v22 V9, `ownGuideV9`) "; our county's / city's / state's …": the government's page, not the library's own resource. */
const NOT_LIBRARYS_V9 = /; our (?:county|city|state|town|township|village|borough|parish|district)s? /;
/** (v22 V9) Words of a party's name that say nothing of whose it is. */
const PARTY_STOP_V9 = /^(?:with|your|their|the|this|that|them|about|whether|from|into|over|call|email|visit|contact|check|talk|speak|write|phone|ring|reach|please|also|just|first|local|nearest)$/;
/**
 * (v22 V9, `contactElsewhereV9`) The party referred to in sentence `k` of `m` (whose only contact `otherPartyOrV1` or
 * `resourceClauseV1` read as another's) has its own way to be reached after all: a second contact later in the same
 * sentence ("…or the nurse line at 1-800-… (the clinic itself is 503-…)"), or a phone, e-mail or postal address in a
 * sentence of an earlier provider message that shares a word of the party's name ("Eastside Family Medicine's office is
 * 503-…" before "call your doctor's office or …"; "The Douglas County Veterans Service Office … 402-…" before "Check with
 * the Veterans Service Office …; our veterans guide is at …").
 */
function contactElsewhereV9(s: Session, m: Msg, k: number, failed?: RegExp): boolean {
  const x = m.sentences[k];
  if (!x) return false;
  const n = x.n;
  // (v23 X3, `failedClauseX3`) the clause of the reading that failed the party, not the " or " clause whenever there is one
  const o = failed !== undefined ? failed.exec(n) : (OTHER_PARTY_OR_V1.exec(n) ?? RESOURCE_AT_V1.exec(n));
  if (o === null) return false;
  // a second contact after the one the clause gives
  const rest = n.slice(o.index + o[0].length).replace(/^(?:[\d()+ .-]{7,}|\S+)/, '');
  // (v23 X3) after the library's own resource, only a contact in a clause that names the party again (", or the agency's
  // customer line at 503-…"), not another party's (", or the county's ride line at 503-…")
  const named = failed === RESOURCE_AT_V1;
  if (!named && rest.length > 6 && hasReachableContact(contactsIn(s, rest))) return true;
  // the party's words: at most three content words after the last referring verb before the clause
  const verbs: number[] = [];
  isReferral(s, m, x, verbs);
  const before = verbs.filter((v) => v < o.index);
  if (before.length === 0) return false;
  const words = wordList(n.slice(Math.max(...before), o.index))
    .slice(1)
    .filter((w) => w.length >= 4 && !PARTY_STOP_V9.test(w))
    .slice(0, 3);
  if (words.length === 0) return false;
  if (named && rest.length > 6 && hasReachableContact(contactsIn(s, rest))) {
    const rs = wordsOf(rest);
    if (words.some((w) => rs.has(w))) return true;
  }
  for (const e of s.prov) {
    if (e.pos >= m.pos) break;
    for (const y of e.sentences) {
      const c = contactsIn(s, y.n);
      if (!(c.phone || c.email || c.address)) continue;
      const ys = wordsOf(y.n);
      if (words.some((w) => ys.has(w))) return true;
    }
  }
  return false;
}

/**
 * (v22 V1, `otherPartyOrV1`, `resourceClauseV1`) The clause whose contact is another party's or a resource's, so that the
 * party referred to in sentence `k` of `m` has none: " or <party> at …" first, then "; our <resource> is at …"; null when
 * neither reading fails the party.
 */
function failedClause(s: Session, m: Msg, k: number): RegExp | null {
  const n = m.sentences[k]!.n;
  if (s.rubric.otherPartyOrV1 === true && n.includes(' or ')) {
    const or = s.rubric.partyAtVerbAE8 === true ? OTHER_PARTY_OR_AE8 : OTHER_PARTY_OR_V1;
    if (otherPartyContactU6(s, m, k, or)) return or;
  }
  if (s.rubric.otherPartyMarksH1 === true && otherPartyMarksH1(s, m, k)) return OTHER_PARTY_MARKS_H1;
  if (
    s.rubric.resourceClauseV1 === true &&
    n.includes('; ') &&
    !(s.rubric.ownGuideV9 === true && NOT_LIBRARYS_V9.test(n)) &&
    otherPartyContactU6(s, m, k, RESOURCE_AT_V1)
  )
    return RESOURCE_AT_V1;
  return null;
}

/**
 * (v42 H1, `trailingPartyH1`) A sentence that ends by listing a party after another's contact: "… (msa.maryland.gov) or the
 * county clerk.", "… at 410-555-0100, and your landlord."
 */
const TRAILING_PARTY_H1 = new RegExp(String.raw`${LINK_H1}((?:[a-z0-9&-]+ ){0,5}[a-z0-9&-]+) ?[.!]?$`);
/** The contact a text ends with: a phone number written with spaces or the last word. */
const LAST_CONTACT_H1 = /(?:\+?[\d(][\d()+ .-]{6,}|\S+)$/;
/**
 * (v51 Q14, `trailingPartyWideQ14`) H1's trailing party after "her / his / their / any" and before "as well", "too", "also", "right
 * away": "Report the call to the FTC at ReportFraud.ftc.gov, and to her local police department as well." (its words must end on
 * a party, `endsOnPartyQ14`: not a clause, "… at askus@ccplnet.org and their staff will fix your account").
 */
const TRAILING_PARTY_Q14 = new RegExp(
  String.raw`,? (?:or(?: else)?|and|and\/or|&|as well as)(?: to| with)? (?:the|your|ur|a|an|her|his|their|any) ((?:[a-z0-9&-]+ ){0,5}?[a-z0-9&-]+?)(?: (?:as well|too|also|right away|first|instead|if you can|if needed))? ?[.!]?$`,
);
/** (v51 Q14) Words `name` end on a word of `referralParty`'s: the last match reaches the end of `name`. */
function endsOnPartyQ14(s: Session, name: string): boolean {
  let end = -1;
  for (const x of name.matchAll(s.P.global('referralParty'))) end = x.index + x[0].length;
  return end >= name.length;
}
/**
 * (v42 H1, `trailingPartyH1`) Referring sentence `x` of `m` ends with a party of its own (`TRAILING_PARTY_H1`,
 * `anotherPartyH1`, no contact) listed right after another party's contact; no provider sentence elsewhere names it with a
 * way to reach it, nor does the next provider message give one ("Their number is …").
 */
function trailingPartyH1(s: Session, m: Msg, x: Sentence): boolean {
  const wide = s.rubric.trailingPartyWideQ14 === true;
  const o = (wide ? TRAILING_PARTY_Q14 : TRAILING_PARTY_H1).exec(x.n);
  if (o === null || !anotherPartyH1(s, o[1]!) || hasReachableContact(contactsIn(s, o[1]!))) return false;
  // (v51 Q14) the words end on the party ("her local police department"), not on what a clause says of it ("their office
  // staff explain the steps")
  if (wide && !endsOnPartyQ14(s, o[1]!)) return false;
  const last = LAST_CONTACT_H1.exec(x.n.slice(0, o.index));
  if (last === null || !hasReachableContact(contactsIn(s, last[0])) || !isReferral(s, m, x)) return false;
  return !reachedElsewhereH1(s, m, x.k, partyWordsH1(o[1]!)) && contactNext(s, m, x.k) === null;
}

/** (v43 I1) Words of a party's name too common to tell one party from another ("the help desk", "the main office"). */
const GENERIC_I1 =
  /^(?:center|centre|service|desk|room|front|main|help|line|unit|team|section|branch|information|info|division|program|general|customer|support|staff|record|people|person|someone|somebody|office|department|dept|public|oficina|centro|departamento|servicio|sucursal|mostrador|sala|ventanilla)$/;
/** (v57 W16) Words that place a local chapter ("your area … chapter"), none of the name's. */
const CHAPTER_PLACE_W16 = ['area', 'local', 'regional', 'nearest', 'nearby', 'neighborhood', 'neighbourhood'];
/** (v43 I1) Words that say whose a party is: a county's, a city's, a state's … */
const JURISDICTION_I1 = /^(?:county|city|state|town|federal|national|municipal|district|condado|ciudad|estado|estatal)$/;
/** (v43 I1) A party said to be the patron's nearest one: "your local library", "the nearest office", "su biblioteca local". */
const LOCAL_I1 = /\b(?:local|nearest|neighbou?rhood|mas cercana|mas cercano)\b/;
/** (v43 I1) An acronym in a raw sentence ("IRS", "MVA", "SSA"): a word of a party's name shorter than four letters. */
const ACRONYM_I1 = /(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu;
/** (v43 I1) The particles after a referring verb before its party: "stop by the …", "reach out to …", "llame al …". */
const PARTICLES_I1 = /^(?:(?:by|in|at|to|out|over|into|with|up|down|round|around|on|past|through|al|a|con|en)(?: |$))+/;
/** (v43 I1) Where a party's name ends: a preposition, a conjunction, a clause or a punctuation mark. */
const NAME_END_I1 =
  / (?:at|in|on|with|for|about|and|or|to|if|when|so|because|who|that|which|where|during|between|before|after|by|via|from|near|while|until|today|tomorrow|now|too|also|instead|first|again|downtown|en|con|para|y|o|si|cuando|antes|despues|por|al|mas)\b|[,;:(.!?]/;
/** (v43 I1) A party's name that is only "the / their desk, counter, window or office": the unit of a party named before it. */
const BARE_UNIT_I1 = /^(?:the|their|its) (?:front |main )?(?:desk|counter|window|office)$/;
/**
 * (v43 I1) The party of the part before a bare unit, named by a pronoun or as a library's own department or branch: "call them
 * at … or stop by the desk", "Call Circulation at … You can also stop by the desk." (not "Call the IRS at … or stop by the desk").
 */
const PRONOUN_PARTY_I1 = /^(?:them|him|her|(?:the |your |our )?(?:circulation|circ|reference|interlibrary loan|ill|youth services|adult services|childrens|teen services|library|branch|main library|branch library))$/;
/** (v43 I1) Where a text's first contact starts (`CONTACT_AHEAD`). */
const FIRST_CONTACT_I1 = new RegExp(String.raw`(?:^| )${CONTACT_AHEAD}`);
/** (v43 I1) The name of the party of `text` (a referring verb and what follows it): after the verb and its particles, up to `NAME_END_I1` or a contact. */
function partyNameI1(text: string): string {
  const after = text.replace(/^\S+ ?/, '').replace(PARTICLES_I1, '');
  const end = NAME_END_I1.exec(after);
  const at = FIRST_CONTACT_I1.exec(after);
  return after.slice(0, Math.min(end?.index ?? after.length, at?.index ?? after.length));
}
/** (v43 I1) The words of party name `name` that tell it from others: four letters or more, no stop, generic or county word, or an acronym of `acronyms`. */
function coreWordsI1(name: string, acronyms: ReadonlySet<string>): Set<string> {
  return new Set(wordList(name).filter((w) => !/^\d/.test(w) && (acronyms.has(w) || (w.length >= 4 && !PARTY_STOP_V9.test(w) && !GENERIC_I1.test(w) && !JURISDICTION_I1.test(w)))));
}
/**
 * (v43 I1, `namedAgainI1`) `text`, a referring verb and what follows it, names again the party of one of `others` (each a
 * referring verb and what follows it, with a way to reach someone): the two names (`partyNameI1`) have the same words that
 * tell one party from another (`coreWordsI1`, one at least; the acronyms of `raw`, the raw sentence, among them), and every
 * county, city or state word of `text` is in the other, and a party said to be the patron's local one is no state's or
 * county's named in the other. "…, or visit your local Social Security office" after "Call Social Security at 800-…"; not
 * "the county health department" after "the Maryland Department of Health at …", "your local food bank" after "the Maryland
 * Food Bank at …", "your local library" after "the State Library at …", "our Archives desk" (the library's own) after "the
 * Archives at …". A name that is only "the desk / counter / window / office" is the unit of the party before it, named "them"
 * in one of `before` (the texts before `text`) with a way to reach it ("Circulation can clear it: call them at (410)5550100 or
 * stop by the desk"; not "Call the IRS at … or stop by the desk", the library's).
 */
function namedAgainI1(s: Session, text: string, raw: string, others: readonly string[], before: readonly string[]): boolean {
  const name = partyNameI1(text);
  // "call them at (410)5550100 or stop by the desk": the desk, counter or office of the party a contact reaches
  if (BARE_UNIT_I1.test(name)) return before.some((o) => hasReachableContact(contactsIn(s, o)) && PRONOUN_PARTY_I1.test(partyNameI1(o)));
  if (name.startsWith('our ') || !s.P.referralParty.test(name)) return false;
  const acronyms = new Set([...raw.matchAll(ACRONYM_I1)].map((a) => a[0].toLowerCase().replace(/s$/, '')));
  const words = coreWordsI1(name, acronyms);
  // (v57 W16, `chapterAgainW16`) "Call the American Red Cross at 1-800-… or visit your local Red Cross chapter": a local chapter of
  // the party named before it with its contact is that party named again (its other words all in the other's name)
  // (and "area / local / regional / nearest" before it: "ask at your area Sierra Club chapter")
  const chapter = s.rubric.chapterAgainW16 === true && (words.delete('chapter') || words.delete('chapters'));
  if (chapter) for (const w of CHAPTER_PLACE_W16) words.delete(w);
  if (words.size === 0) return false;
  const places = wordList(text).filter((w) => JURISDICTION_I1.test(w));
  const local = LOCAL_I1.test(text);
  return others.some((o) => {
    if (!hasReachableContact(contactsIn(s, o))) return false;
    const other = coreWordsI1(partyNameI1(o), acronyms);
    if ((!chapter && other.size !== words.size) || [...words].some((w) => !other.has(w))) return false;
    const all = wordsOf(withoutAddresses(o));
    if (!places.every((w) => all.has(w))) return false;
    // "your local library" after "the State Library at …": the patron's own, another party
    return !(local && wordList(partyNameI1(o)).some((w) => JURISDICTION_I1.test(w) && !places.includes(w)));
  });
}
/**
 * (v43 I1) Part `j` of sentence text `n` (`clauseParties`' parts, each from its referring verb; the first from `first`, the
 * sentence's first verb) names again the party another part gives a way to reach (`namedAgainI1`).
 */
function namedAgainPartI1(s: Session, n: string, raw: string, parts: readonly (readonly [number, number])[], first: number, j: number): boolean {
  const texts = parts.map(([a, b], i) => n.slice(i === 0 ? first : a, b));
  return namedAgainI1(s, texts[j]!, raw, texts.filter((_, i) => i !== j), texts.slice(0, j));
}
/**
 * (v43 I1) Sentence `k` of `m`, from its first referring verb, names again the party another referring sentence of `m` gives a
 * way to reach (`namedAgainI1`).
 */
function namedAgainSentenceI1(s: Session, m: Msg, k: number): boolean {
  const fromVerb = (y: Sentence): string | null => {
    const verbs = referringVerbs(s, m, y);
    return verbs.length === 0 ? null : y.n.slice(verbs[0]!);
  };
  const own = fromVerb(m.sentences[k]!);
  if (own === null) return false;
  const reach = m.sentences.filter((y) => y.k !== k && hasReachableContact(contactsIn(s, y.n)));
  const others = reach.flatMap((y) => fromVerb(y) ?? []);
  return namedAgainI1(s, own, m.rawSentences[k] ?? '', others, reach.filter((y) => y.k < k).map((y) => y.n));
}

/**
 * (v24 Y5, `referralTakenBackY5`) A message or sentence that opens (after "actually / oh / sorry / wait …") by taking back
 * what was just said: "scratch that", "never mind (that / about the …)", "forget / disregard / ignore that (what I said about
 * the …)", "strike that" (an "about …" must name a word of the referral sentence: "forget what I said about the hours"
 * takes back a detail); or by "not the <word>" where the word is one of the referral sentence's ("Sorry, not the
 * Recorder!").
 */
const REFERRAL_TAKE_BACK_Y5 =
  /^(?:(?:actually|oh|oops|whoops|wait|sorry|hmm+|no|ah|um+|hold on|on second thought)\b[ ,!.:-]*)*(?:(scratch that|never ?mind(?: that| about (?:the |that |those )?([a-z]+(?: [a-z]+){0,3}?))?|(?:forget|disregard|ignore) (?:that|my last message|what i said(?: about (?:the |that |those )?([a-z]+(?: [a-z]+){0,3}?))?)|strike that)(?= ?[,.!;:-]|$)|not the ([a-z]{4,})(?: [a-z]+){0,3}?(?= ?[,.!;:-]|$))/;
/** (v24 Y5) After "scratch that": a detail of the same party corrected ("Scratch that, their number is 859-…"). */
const DETAIL_Y5 = /^ ?[,.!;:-]* ?(?:(?:the|their|its|his|her|the right|the correct) (?:number|phone|line|email|e mail|address|site|website|url|link|page|extension|hours)\b|(?:its|it is) (?:actually )?\d)/;
/**
 * (v24 Y5, `referralTakenBackY5`) The referral of sentence `k` of `m` is taken back by a later sentence of `m` or by the
 * next provider message: 'dropped' (no referral), the correcting message when it swaps the party ("not the Recorder"),
 * null when nothing takes it back. A take-back followed by a phone or e-mail, or by "their number / the site is …",
 * corrects a detail of the same referral and takes nothing back.
 */
function takenBackY5(s: Session, m: Msg, k: number): 'dropped' | Msg | null {
  const ref = m.sentences[k]?.n ?? '';
  const y10 = s.rubric.takeBackNarrowY10 === true;
  const judge = (n: string, by: Msg): 'dropped' | Msg | null => {
    const t = REFERRAL_TAKE_BACK_Y5.exec(n);
    if (!t) return null;
    if (t[4] !== undefined) {
      if (!new RegExp(`\\b${t[4]}\\b`).test(ref)) return null;
      // (v24 Y10) "not the Recorder": a word of the party's name, capitalised where the referral named it
      if (y10 && !capitalisedY10(m.rawSentences[k] ?? '', t[4])) return null;
      return by;
    }
    // "forget what I said about the courthouse": only about a word of the referral sentence
    const about = t[2] ?? t[3];
    if (about !== undefined && !about.split(' ').some((w) => w.length >= 4 && new RegExp(`\\b${w}\\b`).test(ref))) return null;
    // (v24 Y10) "never mind about the form fee": the last word of what it is about, in the referral sentence
    if (y10 && about !== undefined && !new RegExp(`\\b${about.split(' ').pop()!}\\b`).test(ref)) return null;
    const rest = n.slice(t.index + t[0].length);
    const c = contactsIn(s, rest);
    // (v24 Y10) "Oops, scratch that, Tuesdays!", "Ignore that, typo in the link: …": a detail corrected
    if (y10 && DETAIL_Y10.test(rest)) return null;
    return c.phone || c.email || DETAIL_Y5.test(rest) ? null : 'dropped';
  };
  for (const x of m.sentences) {
    if (x.k <= k) continue;
    // (v24 Y10) only the sentence right after the referral takes it back
    if (y10 && x.k > k + 1) break;
    const j = judge(x.n, m);
    if (j === 'dropped') return j;
  }
  // (v24 Y10) the next message takes back the referral only when the referral was the last statement of its message
  if (y10 && m.sentences.some((x) => x.k > k && !x.q)) return null;
  for (let p = m.pos + 1; p < s.vis.length; p++) {
    const next = s.vis[p]!;
    if (next.role === 'provider') return judge(next.n, next);
  }
  return null;
}

/** (v24 Y10) After a take-back: a weekday, a number, a typo or a wrong link / window corrected, not the party. */
const DETAIL_Y10 = /^ ?[,.!;:-]* ?(?:(?:on |i meant |i mean )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:i meant |i mean )?\d|(?:a |my )?typos?\b|(?:the |my )?wrong (?:link|url|address|window|chat|tab|day|date|time|hours)\b)/;
/** (v24 Y10) `word` (normalised) is written with a capital in the raw sentence `raw`. */
function capitalisedY10(raw: string, word: string): boolean {
  const cap = word[0]!.toUpperCase() + word.slice(1);
  return new RegExp(`(?:^|[^A-Za-z])(?:${cap}|${word.toUpperCase()})(?![a-z])`).test(raw);
}

/**
 * (v54 T12) What a sentence says before its first referring verb (which names no party: it is the first), ending in a web address
 * used and "or": "request it online at dph.georgia.gov/immunization-section (GRITS parent access), or", "Order it from
 * records.example.gov/order or", "Get it online through the county portal at taxes.example.gov, or" (the address's first label
 * captured, for `ownSiteT12`).
 */
const ONLINE_AT_T12 = /(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:[a-z0-9-]+\.)*[a-z]{2,}(?:\/[^ ,;]*)?(?: \([^()]*\))?(?: [a-z]+){0,3}[,;]? (?:or|and)(?: (?:you|u) (?:can|could))? $/;
/**
 * (v54 T12) The referring verb's object is the patron's own party: "ask your child's old pediatrician's office", "call your bank"
 * [not "mail your request to the Secretary of State's office": the request is the patron's, the office is not].
 */
const YOUR_PARTY_T12 = /^(?:ask|call|phone|ring|contact|visit|see|email|e mail|text|check with|talk to|talk with|speak to|speak with|go to|stop by|write to)(?: (?:at|by))? (?:your|ur|his|her|their)\b/;
/** (v56 V21, `eachPartyV21`) T12's party of the patron's own, and each or every one of a kind ("ask each fair", "call every clinic"). */
const YOUR_PARTY_V21 = new RegExp(retext(YOUR_PARTY_T12.source, '(?:your|ur|his|her|their)', '(?:your|ur|his|her|their|each|every)'));
/**
 * (v54 T12, `onlineFirstT12`) Referral sentence `k` of `m` gets its only contact from a thing done online before the referring verb
 * ("request it online at <URL>, or ask your child's old pediatrician's office to print it"): the URL is the resource's, and the
 * patron's own party after it ("your …") has none: no other sentence of the message, no later provider message gives a phone or an
 * e-mail, and the address is not the party's own site [not the agency that also takes the order by mail: the thirty-first round's
 * "You can order copies online at health.maryland.gov/vsa, or write to the Division of Vital Records with the form" passes].
 */
function onlineFirstT12(s: Session, m: Msg, k: number): boolean {
  const x = m.sentences[k]!;
  const at = referringVerbs(s, m, x)[0];
  if (at === undefined) return false;
  const online = ONLINE_AT_T12.exec(x.n.slice(0, at));
  // (v56 V21, `eachPartyV21`) "Apply at cdtfa.ca.gov (…), and ask each fair whether they need a temporary permit too"
  if (online === null || !(s.rubric.eachPartyV21 === true ? YOUR_PARTY_V21 : YOUR_PARTY_T12).test(x.n.slice(at))) return false;
  if (hasReachableContact(contactsIn(s, x.n.slice(at)))) return false;
  if (m.sentences.some((y) => y.k !== k && hasReachableContact(contactsIn(s, y.n)))) return false;
  if (laterPhoneOrEmailT12(s, m, k)) return false;
  // the address is the party's own site ("Apply online at ssa.example.gov, or visit your local Social Security office")
  return !ownSiteT12(online[1]!, x.n.slice(at));
}
/**
 * (v56 V22) After the first referring verb's clause, a clause after a comma or semicolon (and "and / or / then") that does something
 * online at a web address: ", and request your free ChexSystems report at chexsystems.com", "; then download the form from irs.gov"
 * (the address's first label captured, for `ownSiteT12`); in Spanish ", y pida su informe gratis en chexsystems.com" [not "… and print
 * disabled at …" with no comma; not "find it / them / one / the nearest one at …", the party's own page or its locator].
 */
const ONLINE_AFTER_V22 =
  /(?:[,;] (?:(?:and|or|then|and then|plus) )?|,? y (?:luego |tambien )?)(?:(?:you|u) (?:can|could|should|may) |puede )?(?:(?:also|then|just) )?(?:request|order|get|download|pull|check|view|print|see|find|look up|fill out|complete|submit|apply for|sign up|register|renew|read|pida|solicite|descargue|consulte|revise|llene|complete|obtenga|busque|imprima|inscribase|registrese)\b(?! (?:it|them|its|their|his|her|lo|la|los|las|one|ones|yours|(?:the|your|a) (?:nearest|closest|local)|(?:the|your) (?:nearest|closest) one)\b)[^,;:]{0,60}? (?:at|from|on|through|via|en|desde) (?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:[a-z0-9-]+\.)*[a-z]{2,}/;
/** (v56 V22) The referring verb at the head of its clause, with its particle and preposition ("reach out to", "check with", "call"). */
const VERB_HEAD_V22 = /^[a-z]+(?: (?:out|in touch|back|up|over|by|in|down))?(?: (?:to|with|at))? /;
/** (v56 V22) Where a party's name ends after its verb: "to / whether / if / about / for …" start what is asked of it. */
const PARTY_END_V22 = / (?:to|whether|if|about|for|so|when|that|who|which|because|on|at|in|por|que|si|sobre|para|en)\b/;
/**
 * (v56 V22, `onlineAfterV22`) T12 the other way round: referral sentence `k` of `m` gets its only contact from a thing done online in a
 * later clause ("ask the credit union to update ChexSystems, and request your free ChexSystems report at chexsystems.com"): the first
 * party has none in its own clause, nor after the address, in another sentence of the message (a resource's URL named before it there,
 * "the Bank On list at joinbankon.org/accounts", is no one's) or a later provider message, and the address is not the first party's
 * own site (its name read up to "to / whether / …").
 */
function onlineAfterV22(s: Session, m: Msg, k: number): boolean {
  const x = m.sentences[k]!;
  const at = referringVerbs(s, m, x)[0];
  if (at === undefined) return false;
  const rest = x.n.slice(at);
  const o = ONLINE_AFTER_V22.exec(rest);
  if (o === null) return false;
  const head = rest.slice(0, o.index);
  if (hasReachableContact(contactsIn(s, head)) || hasReachableContact(contactsIn(s, rest.slice(o.index + o[0].length)))) return false;
  // another sentence's contact, unless it is a resource's named before it ("the Bank On list at joinbankon.org/accounts"), as U6 reads
  if (m.sentences.some((y) => y.k !== k && hasReachableContact(contactsIn(s, y.n)) && !urlsNamedBeforeRM(s, y.n) && partyContactText(s, y.n, true))) return false;
  if (laterPhoneOrEmailT12(s, m, k)) return false;
  // the party's name after its verb (which may hold a "to": "reach out to the …") to "to / whether / about …"
  const name = head.replace(VERB_HEAD_V22, '');
  const end = name.search(PARTY_END_V22);
  return !ownSiteT12(o[1]!, 'x ' + (end < 0 ? name : name.slice(0, end)));
}
/**
 * (v54 T12, v56 V22) A later provider message gives a phone or an e-mail ("Dr. Patel's office line is 410-555-0134."): the next message
 * about "them" (`contactNext`) or any provider message after `m`.
 */
function laterPhoneOrEmailT12(s: Session, m: Msg, k: number): boolean {
  if (contactNext(s, m, k) !== null) return true;
  for (const o of s.prov) {
    if (o.pos <= m.pos) continue;
    const c = contactsIn(s, o.n);
    if (c.phone || c.email) return true;
  }
  return false;
}
/** (v54 T12) Words of a party's name that say nothing of whose it is. */
const NOT_NAMING_T12 = new Set(['your', 'ur', 'his', 'her', 'their', 'local', 'nearest', 'the', 'a', 'an', 'of', 'and', 'office', 'offices', 'department', 'dept', 'to', 'or', 'at', 'in', 'old', 'new', 'own']);
/**
 * (v54 T12) The web address whose first label is `label` is the site of the party named in `after` (the referring verb and its
 * object, to the clause's end): the label holds a word of the name (three letters or more: "irs" and "your local IRS office") or
 * begins with its first two initials ("ssa" and "Social Security").
 */
function ownSiteT12(label: string, after: string): boolean {
  const words = after.split(/[,;:.!?]/, 1)[0]!.split(' ').slice(1).map((w) => (w.length > 4 ? w.replace(/s$/, '') : w)).filter((w) => w !== '' && !NOT_NAMING_T12.has(w));
  if (words.some((w) => w.length >= 3 && label.includes(w))) return true;
  return words.length >= 2 && label.startsWith(words[0]![0]! + words[1]![0]!);
}

/**
 * (v58 X28, `passedOnX28`) The provider passes the patron's question or details to a party, and the party will contact the patron:
 * "I'll send them your question and they'll reach out within 72 hours", "I'll pass your details to them and they'll call you" [not
 * "I'll pass your details to them, so give them a call tomorrow": the patron still calls].
 */
const PASSED_ON_X28 =
  /\b(?:ill|i will|well|we will|im going to|i am going to|were going to|let me|i can|we can) (?:send|pass|forward|give|hand|refer|email)(?: (?:them|her|him))? (?:your|the|this|that) (?:[a-z]+ )?(?:question|questions|details|info|information|request|contact info|contact information|number|email|name|query|case|message)(?: (?:on|along|over))?(?: to (?:them|her|him))?(?:,? and|,? so) (?:they|she|he|someone)(?:ll| will| can| should) (?:call|contact|email|e mail|text|reach out|get in touch|get back|follow up|be in touch)\b/;

export const referralContact: Check = (s) => {
  const id = 'referral.contact';
  const referrals: { m: Msg; k: number }[] = [];
  for (const m of s.prov) {
    const k = referralSentence(s, m);
    if (k >= 0) referrals.push({ m, k });
  }
  // (v31 I5, `numberOnLabelI5`) "Your pharmacist can check it …; the number is on your prescription label.": a party, no number
  const onLabel = s.rubric.numberOnLabelI5 === true ? numberOnLabelI5(s) : null;
  if (onLabel !== null) return result(id, 'fail', 'referred the patron to a party whose number is only said to be on a label, card or bill, with no e-mail, phone, postal address or URL', [ev(onLabel.m, onLabel.k)]);
  if (referrals.length === 0) return na(id, 'no referral to a person or organisation outside the chat');
  const evidence = [];
  let passedOn = false;
  for (const r of referrals) {
    // (v24 Y5, `referralTakenBackY5`) "…visit the County Clerk's land records office." then "Actually, scratch that, we have
    // them here: …": no referral; "Sorry, not the Recorder! The Register of Wills …: 610-…" swaps the party
    const back = s.rubric.referralTakenBackY5 === true ? takenBackY5(s, r.m, r.k) : null;
    if (back === 'dropped') continue;
    // (v58 X28, `passedOnX28`) "… can look into the Story County holdings too: I'll send them your question and they'll reach out
    // within 72 hours": the provider passes the question on and the party contacts the patron (staff consulted on the patron's
    // behalf), in the referring sentence or the next
    if (s.rubric.passedOnX28 === true && r.m.sentences.some((x) => (x.k === r.k || x.k === r.k + 1) && PASSED_ON_X28.test(x.n))) {
      passedOn = true;
      continue;
    }
    if (back !== null) {
      if (!hasReachableContact(contacts(s, back))) {
        return result(id, 'fail', 'referred the patron (to the party named in the correction) without an e-mail, phone, postal address or URL to reach them', [ev(back)]);
      }
      evidence.push(ev(r.m, r.k), ev(back));
      continue;
    }
    const c = contactFor(s, r.m, r.k) ?? (s.rubric.namedElsewhereKM === true ? namedElsewhere(s, r.m, r.k) : null);
    if (!c) {
      return result(id, 'fail', 'referred the patron without an e-mail, phone, postal address or URL to reach them', [ev(r.m, r.k)]);
    }
    // (v21 U6, `otherPartyContactU6`) "Please call your doctor's office, and the pharmacy at 410-555-0134 can also check.":
    // the sentence's only contact is the next party's
    if (c === r.m && s.rubric.otherPartyContactU6 === true && otherPartyContactU6(s, r.m, r.k, s.rubric.partyAtVerbAE8 === true ? OTHER_PARTY_AT_AE8 : OTHER_PARTY_AT_U6)) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the contact given is another party\'s)', [ev(r.m, r.k)]);
    }
    // (v22 V1, `otherPartyOrV1`, `resourceClauseV1`) "…call your doctor's office or the nurse advice line at 1-800-…", "Check
    // with the transit agency whether …; the library's guide … is at …": the sentence's only contact is another's
    const failed = c === r.m ? failedClause(s, r.m, r.k) : null;
    if (
      failed !== null &&
      // (v22 V9, `contactElsewhereV9`) the party's own contact later in the sentence or in an earlier provider message
      // (v23 X3, `failedClauseX3`) read after the clause of the reading that failed it
      !(s.rubric.contactElsewhereV9 === true && contactElsewhereV9(s, r.m, r.k, s.rubric.failedClauseX3 === true ? failed : undefined))
    ) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the contact given is another party\'s or a resource\'s)', [ev(r.m, r.k)]);
    }
    // (v54 T12, `onlineFirstT12`) "request it online at <URL>, or ask your child's old pediatrician's office to print it"
    // (v56 V22, `onlineAfterV22`) "ask the credit union to update ChexSystems, and request your free ChexSystems report at
    // chexsystems.com": the same, the URL used online after the party
    if (c === r.m && ((s.rubric.onlineFirstT12 === true && onlineFirstT12(s, r.m, r.k)) || (s.rubric.onlineAfterV22 === true && onlineAfterV22(s, r.m, r.k)))) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the URL given is a resource used online)', [ev(r.m, r.k)]);
    }
    // (v42 H1, `trailingPartyH1`) "contact the State Archives (msa.maryland.gov) or the county clerk.": the party listed last has none
    const trailing = c === r.m && s.rubric.trailingPartyH1 === true ? r.m.sentences.find((x) => x.k >= r.k && trailingPartyH1(s, r.m, x)) : undefined;
    if (trailing !== undefined) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the contact given is another party\'s)', [ev(r.m, trailing.k)]);
    }
    // (v34 Y1, `thenStepY1`) "Start at patents.google.com, then make an appointment with our PTRC librarian": the URL is the first step's
    if (c === r.m && s.rubric.thenStepY1 === true && thenStepY1(s, r.m, r.k)) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the URL given is a first step\'s resource)', [ev(r.m, r.k)]);
    }
    // (v23 X2, `ownNumberX2`) "Call your caseworker, or 614-555-0199, our reference line, …": the only number is the
    // library's own, given as the alternative
    if (c === r.m && s.rubric.ownNumberX2 === true && ownNumberOnlyX2(s, r.m, r.k)) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the number given is the library\'s own)', [ev(r.m, r.k)]);
    }
    // (v39 E14, `ownContactWideE14`) "Pregúntele a su casero …, y llámenos al 410-…": the only number follows the library's own
    // "llámenos / comuníquese con nosotros / call us", and no other sentence gives the party's contact
    // (v40 E19, `ownDeptEsE19`) not when the party is the library's own department ("Pregunte en el departamento de Circulación")
    // (v40 E23) read by `ownDeptEsE23`: not another owner's department ("… del condado"), also the library's sections ("la sección infantil")
    if (c === r.m && s.rubric.ownContactWideE14 === true && ownNumberOnlyE14(s, r.m, r.k) && !(s.rubric.ownDeptEsE19 === true && ownDeptEsE23(s, r.m.sentences[r.k]!.n))) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the number given is the library\'s own)', [ev(r.m, r.k)]);
    }
    // (v40 E19, `ownContactNextE19`) "Hable con su casero. Si no le contesta, llámenos al 410-…": the library's number is in the next sentence
    if (c === r.m && s.rubric.ownContactNextE19 === true && ownNumberElsewhereE19(s, r.m, r.k)) {
      return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them (the number given is the library\'s own)', [ev(r.m, r.k)]);
    }
    if (c === r.m && s.rubric.clauseReferralsK === true) {
      // (v8 K) two parties in one sentence: each needs its own way to reach it
      // (clauseParties reads the sentence's referring verbs itself: a sentence that refers to nobody has none)
      for (const x of r.m.sentences) {
        if (x.k < r.k) continue;
        if (clauseParties(s, r.m, x.k) >= 0) {
          return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them', [ev(r.m, x.k)]);
        }
      }
    }
    // (v12 M4, `countedPartiesM4`) "Three places can help: A at …; B at …; and C.": each party listed needs its own way to reach it
    // (v68 AH6, `stopsListAH6`) "Two worthwhile stops: the … Visitor Center, 4068 Golden Hill Road, …, and the Harriet Tubman
    // Museum in downtown Cambridge.": the same for the places to visit or ask listed after a colon
    if (c === r.m && s.rubric.stopsListAH6 === true && stopsListUnreachedAH6(s, r.m, r.k)) {
      return result(id, 'fail', 'listed a party the patron can turn to without an e-mail, phone, postal address or URL to reach it', [ev(r.m, r.k)]);
    }
    if (c === r.m && s.rubric.countedPartiesM4 === true && countedListUnreached(s, r.m, r.k)) {
      return result(id, 'fail', 'listed a party the patron can turn to without an e-mail, phone, postal address or URL to reach it', [ev(r.m, r.k)]);
    }
    if (c === r.m && r.m.sentences.length > 1) {
      // several parties in one message: each needs a way to reach it (the last may use the next message's)
      const more = furtherParties(s, r.m, r.k);
      for (let j = 0; j < more.length; j++) {
        const q = more[j]!;
        if (q.contact || (j === more.length - 1 && contactNext(s, r.m, q.k) !== null)) continue;
        // (v43 I1, `namedAgainI1`) "Call Social Security at 800-772-1213. You can also visit your local Social Security office."
        if (s.rubric.namedAgainI1 === true && namedAgainSentenceI1(s, r.m, q.k)) continue;
        return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them', [ev(r.m, q.k)]);
      }
    }
    evidence.push(ev(r.m, r.k));
    if (c !== r.m) evidence.push(ev(c));
  }
  if (evidence.length === 0 && passedOn) return na(id, 'no referral to a person or organisation outside the chat (the provider passes the question to them, and they contact the patron)');
  if (evidence.length === 0) return na(id, 'no referral to a person or organisation outside the chat (the one made was taken back)');
  const what = referrals.length === 1 ? 'the referral comes' : `all ${referrals.length} referrals come`;
  return result(id, 'pass', `${what} with a way to reach them`, evidence);
};
